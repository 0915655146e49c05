"""Write the HELD-OUT set 143 of synthetic PDF EOB layouts (with truth files) into a folder: ten documents of the
five commonest real kinds (two each), in house styles unlike the earlier sets, for one honest measurement of
the PDF reader. Written by an author who did not look at the reader, its tests or its scores.

Run:  python bench/heldout143/make_heldout143_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout143/make_heldout143_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; written with its truth_line / write_truth),
printed values only, null for what a layout does not print (units null where no quantity is printed);
claim_id = the provider's own account / patient-control / visit / hospital-account number, payer_claim_id =
the payer's claim number / ICN / TCN / claim reference, patient exactly as printed (the person who got the
service, not the subscriber or guarantor unless the same person); adjustments only where the page prints a
group and reason code. Every name, number, payer, provider, address and ID is invented; descriptions are our
own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness). The page
kit (drawing operations, page flow, both renderers, the self-check) is in h143kit.py beside this file.

Layouts:
  01  commercial plan member EOB, portrait core Helvetica (reportlab): "Amount billed / Network savings /
      Allowed amount / Not covered / Deductible / Copay / Coinsurance / Plan paid / What you owe / Rmk",
      "97530 GO - Therapeutic activities" with wrapped descriptions, no units, four family members, a summary
      box, per-claim "Claim totals", a not-covered 0552T line, remark legend, "Page x of y"
  02  commercial family EOB, landscape DejaVu Sans (fpdf2): shaded member bands "Claims for NAME (Dependent)",
      "Claim ID / Provider account", "Date of service / Service (code) / Qty / Provider billed / Plan discount /
      Plan allowed / Not covered / Deductible / Copay / Coinsurance / Plan paid / You owe", code glued with
      dashes "(97530-GO-59)", visit copay, a denied line with a note line under it, no "$"
  03  Medicare Summary Notice Part B, portrait core Times (reportlab): deductible box, "Your Claims & Costs This
      Period", a date-of-service heading per claim (no date on the rows), "Service Provided & Billing Code"
      with long wrapped wording ending "(97110-GP-KX)" and amounts on that last line, lettered notes, a claim
      continued on page 2 with "(continued)" and the header repeated; no provider account number printed
  04  Medicare Advantage (Part C) monthly member EOB, portrait Liberation Serif (fpdf2): boxed claim headings,
      "Date / Service you received / Units / Provider's charge / Plan's approved / Plan paid / Your share /
      Note", "Jan 6, 2026", per-visit copay, a not-covered line; PLANTED claim-total mismatch (Your share)
  05  state Medicaid remittance advice, landscape Liberation Mono (reportlab): fixed-width "LN FROM-DOS
      THRU-DOS PROC M1 M2 M3 UNITS BILLED-AMT ALLOWED-AMT TPL-AMT CO-PAY PAID-AMT ADJ-GRP/RSN ADJ-AMT RA-EOB",
      recipient heading rows with RECIP ID / PCN / TCN, PAID / DENIED / ADJUSTED sections, a reversal with
      trailing-minus amounts and its replacement, units "4.00", four-digit RA-EOB codes with a legend
  06  Medicaid managed-care plan remittance advice, portrait DejaVu Sans Condensed (fpdf2): boxed shaded
      claim cards (Member / Member ID / Claim # / Patient acct #), ruled cell grid "Ln / From / To / Proc /
      Mods / Units / Charged / Allowed / Copay / Paid / Grp / CARC / Adj amt / RARC", "01/05/26", denied
      non-covered line, RARC legend
  07  clearinghouse print of a Medicare-style standard paper remit, portrait core Courier (reportlab): "PERF PROV
      SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD", "0105 010526" dates,
      NAME / HIC / ACNT / ICN / ASG / MOA claim lines, extra adjustments stacked under the row, REM lines,
      PT RESP / CLAIM TOTALS / ADJ TO TOTALS, a claim running onto page 2 with "(CONT'D)", glossary
  08  practice-management "ERA Posting Detail Report", landscape Liberation Sans Narrow (fpdf2): ids on every
      row (Patient / Acct # / Payer ICN), "Adj Code / Adj Amt" stacked per row, claim subtotals, a reversal in
      parentheses and its corrected claim, a claim continued on page 2 under the repeated header
  09  pediatric therapy clinic statement to a household, portrait Liberation Sans (reportlab): shaded right
      sidebar (account, date, page), patient sections for three children, visit heading rows "Visit V-44120 -
      billed to ... claim no. ...", "Date / Code / Description / Charges / Ins. paid / Adjust. / You owe",
      visit totals, a patient payment row, balance due
  10  hospital outpatient-rehab guarantor statement, portrait DejaVu Serif Condensed (fpdf2): shaded account
      headers per family member (hospital account, insurer claim ref), "Date / Rev / CPT/HCPCS / Mod /
      Description / Qty / Charges / Balance", revenue codes, wrapped long descriptions, a charge correction
      with quantity -1 and -95.00, account-level insurance payment / contractual allowance rows (not per line)

The self-check (--check) tests the factory, not the reader: every truth code, modifier, units value and
amount is on the text line of its own service row (words at the row's baseline, extracted with pdfplumber),
dates on the row (or on the page where the layout prints the date in a claim heading), ids, patients, remarks
and adjustment codes/amounts in the document's text, page counts match, and the documents' own arithmetic
holds (billed - discount - not covered = allowed where printed; allowed - member share = paid on member EOBs;
billed - adjustments = paid where every adjustment is printed; claim totals = sum of lines and are printed,
unless the mismatch is the planted expected finding, which really is there). It also checks that at least
three files carry a claim across a page break and that both producers are used.
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from h143kit import Doc, add_footers, check_file, render_fp, render_rl, sw, wrap  # noqa: E402

from samples.pdf.eobgen import (  # noqa: E402
    LONG_DESC, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money, negate, q,
    total, truth_line, units_str, write_truth,
)

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
D = date


@dataclass
class Out:
    name: str
    producer: str
    description: str
    doc: Doc
    lines: list = field(default_factory=list)
    claims: list = field(default_factory=list)
    legend: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    opts: dict = field(default_factory=dict)


def rec(o: Out, s: Svc, claim: tuple, printed: tuple, y: float | None = None, **kw) -> None:
    page = o.doc.anchor(y)
    o.lines.append(truth_line(page, s, claim_id=claim[0], payer_claim_id=claim[1], patient=claim[2],
                              printed=printed, **kw))


def add_claim(o: Out, claim: tuple, **tot) -> None:
    o.claims.append({"claim_id": claim[0], "payer_claim_id": claim[1], "patient": claim[2],
                     "totals": claim_totals(**tot)})


def mods_s(s: Svc, sep=" ") -> str:
    return sep.join(s.mods)


# =============================================================================== 01 commercial member EOB
def l01() -> Out:
    """Commercial member EOB, portrait Helvetica (reportlab)."""
    doc = Doc(*LETTER, top=40, bottom=60)
    o = Out("h143_01_commercial_member_eob", "reportlab", "commercial plan member EOB, family of four", doc)
    F, B = "Helvetica", "Helvetica-Bold"
    cols = [(36, "l", ["Service", "date(s)"]), (76, "l", ["Description of service", "(procedure code)"]),
            (262, "r", ["Amount", "billed"]), (304, "r", ["Network", "savings"]), (346, "r", ["Allowed", "amount"]),
            (386, "r", ["Not", "covered"]), (424, "r", ["Deduct-", "ible"]), (460, "r", ["Copay", ""]),
            (500, "r", ["Co-", "insurance"]), (540, "r", ["Plan", "paid"]), (578, "r", ["What you", "owe"]),
            (580, "l", ["Rmk", ""])]
    state = {"cont": None}

    def header(d: Doc, first: bool):
        d.t(36, 48, "NORTHGATE MUTUAL HEALTH", B, 13)
        d.t(36, 60, "PO Box 7720  |  Fallbrook Junction, OR 97088  |  northgatemutual.example", F, 7)
        d.t(576, 48, "EXPLANATION OF BENEFITS", B, 11, "r")
        d.t(576, 60, "THIS IS NOT A BILL", B, 8, "r")
        d.line(36, 66, 576, 66, 1.2)
        d.y = 80
        if first:
            d.t(36, 80, "Member: Ingrid Vasquez-Holloway", B, 8.5)
            d.t(36, 91, "Member ID: NGM 40721 8836 02", F, 8)
            d.t(36, 102, "Group: Tillamook Cedar Works, Group No. 00418-B", F, 8)
            d.t(36, 113, "Statement date: 02/16/26", F, 8)
            d.rect(360, 74, 216, 50, 0.6)
            d.t(368, 85, "Summary of this statement", B, 8)
            d.y = 132
        else:
            d.t(36, 80, "Member: Ingrid Vasquez-Holloway   Member ID: NGM 40721 8836 02", F, 8)
            d.y = 94
        if state["cont"]:
            d.t(36, d.y, state["cont"], B, 8)
            d.y += 6
            table_head(d)

    def table_head(d: Doc):
        d.rect(34, d.y, 544, 22, 0, 0.88)
        for x, a, t in cols:
            for k, ln in enumerate(t):
                if ln:
                    d.t(x if a == "l" else x, d.y + 9 + 8 * k, ln, B, 6.3, a)
        d.y += 30

    doc.on_page = header
    fam = [("Ingrid Vasquez-Holloway", "Self"), ("Tomas Holloway", "Spouse"), ("Pilar Holloway", "Daughter"),
           ("Beni Holloway", "Son")]
    st = PlanState(ded_left=q(120), coins_rate=Decimal("0.20"))
    visits = [
        (2, "Cascade Kids Therapy Group", "CKT-58812", "26A0311874", [
            (D(2026, 1, 6), "97166", 1, ("GO",)), (D(2026, 1, 6), "97530", 2, ("GO",)),
            (D(2026, 1, 13), "97530", 3, ("GO",)), (D(2026, 1, 13), "97535", 1, ("GO",)),
            (D(2026, 1, 20), "97530", 2, ("GO",)), (D(2026, 1, 20), "97112", 1, ("GO", "59")),
            (D(2026, 1, 27), "97530", 2, ("GO",)), (D(2026, 1, 27), "0552T", 1, ()),
            (D(2026, 2, 3), "97530", 2, ("GO",)), (D(2026, 2, 3), "97110", 1, ("GO",))]),
        (3, "Cascade Kids Therapy Group", "CKT-58840", "26A0312209", [
            (D(2026, 1, 8), "92523", 1, ("GN",)), (D(2026, 1, 15), "92507", 1, ("GN",)),
            (D(2026, 1, 22), "92507", 1, ("GN",))]),
        (0, "Willamette Hand & Upper Limb Clinic", "WH-0091734", "26A0318650", [
            (D(2026, 1, 9), "97165", 1, ("GO",)), (D(2026, 1, 9), "L3807", 1, ("RT",)),
            (D(2026, 1, 9), "97760", 1, ("GO",)), (D(2026, 1, 23), "97140", 2, ("GO",))]),
        (1, "Summit Ridge Physical Therapy", "SRPT 22-4471", "26A0320017", [
            (D(2026, 2, 2), "97161", 1, ("GP",)), (D(2026, 2, 2), "97110", 2, ("GP",)),
            (D(2026, 2, 9), "97140", 1, ("GP",)), (D(2026, 2, 9), "G0283", 1, ("GP",))]),
        (3, "Cascade Kids Therapy Group", "CKT-59107", "26A0322951", [
            (D(2026, 1, 29), "92507", 1, ("GN",)), (D(2026, 2, 5), "92507", 1, ("GN",)),
            (D(2026, 2, 5), "92526", 1, ("GN",)), (D(2026, 2, 12), "92507", 1, ("GN",)),
            (D(2026, 2, 12), "92526", 1, ("GN",)), (D(2026, 2, 19), "92507", 1, ("GN",)),
            (D(2026, 2, 19), "97129", 1, ("GN",)), (D(2026, 2, 26), "92507", 1, ("GN",))]),
    ]
    legend = [("R12", "Amount over what the network agreed to accept. The provider cannot bill you for it."),
              ("R40", "This service is not covered by your plan. You may be billed for it."),
              ("R57", "Applied to your calendar-year deductible.")]
    claims_out = []
    for who, prov, acct, clm, items in visits:
        svcs = []
        for dos, code, u, mods in items:
            s = Svc(dos, code, u, mods)
            if code == "0552T":
                s.denied = "PR"
            commercial(s, st)
            svcs.append(s)
        claims_out.append((fam[who][0], fam[who][1], prov, acct, clm, svcs))
    tb = sum(total(c[5], "billed") for c in claims_out)
    tp = sum(total(c[5], "paid") for c in claims_out)
    to = sum(total(c[5], "owes") for c in claims_out)
    doc.new_page()
    doc.t(368, 97, "Amount billed by providers", F, 7.5); doc.t(570, 97, money(tb), F, 7.5, "r")
    doc.t(368, 107, "Paid by your plan", F, 7.5); doc.t(570, 107, money(tp), F, 7.5, "r")
    doc.t(368, 117, "What you may owe providers", B, 7.5); doc.t(570, 117, money(to), B, 7.5, "r")
    for name, rel, prov, acct, clm, svcs in claims_out:
        claim = (acct, clm, name)
        doc.ensure(40)
        doc.y += 6
        doc.t(36, doc.y, f"Patient: {name} ({rel})", B, 8.5)
        doc.t(576, doc.y, f"Claim number: {clm}", B, 8, "r")
        doc.y += 11
        doc.t(36, doc.y, f"Provider: {prov}   Patient account no.: {acct}   Network status: In-network", F, 7.5)
        doc.y += 8
        table_head(doc)
        state["cont"] = f"Patient: {name}   Claim number: {clm} (continued)"
        for s in svcs:
            desc = f"{s.code}{' ' + mods_s(s) if s.mods else ''} - {s.desc}"
            dl = wrap(desc, F, 6.8, 150)
            doc.ensure(10 * len(dl) + 2)
            y = doc.y
            doc.t(36, y, dfmt(s.dos, "mdy2"), F, 6.8)
            for k, t in enumerate(dl):
                doc.t(76, y + 9 * k, t, F, 6.8)
            vals = [s.billed, s.discount, s.not_covered, s.deductible, s.copay, s.coinsurance, s.paid, s.owes]
            for (x, _, _), v in zip([cols[2]] + cols[3:11], [s.billed, s.discount, s.allowed, s.not_covered,
                                                             s.deductible, s.copay, s.coinsurance, s.paid, s.owes]):
                doc.t(x, y, money(v), F, 6.8, "r")
            rm = []
            if s.denied:
                rm = ["R40"]
            elif s.deductible:
                rm = ["R57"]
            if s.discount and not s.denied and not rm:
                rm = ["R12"]
            doc.t(582, y, " ".join(rm), F, 6.5)
            s.remarks = rm
            rec(o, s, claim, ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                              "paid", "patient_owes"), y=y, units=False, remarks=rm)
            doc.y += 9 * len(dl) + 3
            del vals
        state["cont"] = None
        doc.ensure(14)
        doc.line(220, doc.y - 6, 578, doc.y - 6, 0.4)
        doc.t(76, doc.y + 2, "Claim totals", B, 7)
        tots = {k: total(svcs, k) for k in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                              "coinsurance", "paid", "owes")}
        for (x, _, _), k in zip([cols[2]] + cols[3:11], tots):
            doc.t(x, doc.y + 2, money(tots[k]), B, 7, "r")
        add_claim(o, claim, billed=tots["billed"], allowed=tots["allowed"], paid=tots["paid"],
                  patient_owes=tots["owes"])
        doc.y += 14
    doc.ensure(60)
    doc.y += 8
    doc.t(36, doc.y, "Remark codes", B, 8)
    for c, t in legend:
        doc.y += 10
        doc.t(36, doc.y, c, B, 7); doc.t(60, doc.y, t, F, 7)
    o.legend = legend
    doc.y += 16
    doc.t(36, doc.y, "Questions? Call Member Services at 1-800-555-0143 (TTY 711), Monday-Friday 7 a.m.-7 p.m.", F, 7)

    def foot(d, i, n):
        d.line(36, 752, 576, 752, 0.4)
        d.t(36, 762, "NGM-EOB-3 (rev. 07/2025)   Keep this statement for your records.", F, 6.5)
        d.t(576, 762, f"Page {i} of {n}", F, 7, "r")
    add_footers(doc, foot)
    o.opts = {"member": True}
    return o


# =============================================================================== 02 commercial member EOB (fpdf2)
def l02() -> Out:
    """Commercial member EOB, landscape DejaVu Sans (fpdf2), family sections, Qty column."""
    doc = Doc(*LAND, top=36, bottom=48)
    o = Out("h143_02_commercial_family_eob", "fpdf2", "commercial plan family EOB, landscape, member sections", doc)
    F, B = "DejaVuSans", "DejaVuSans-Bold"
    hd = [(40, "l", "Date of service"), (112, "l", "Service (code)"), (314, "r", "Qty"), (372, "r", "Provider billed"),
          (428, "r", "Plan discount"), (484, "r", "Plan allowed"), (532, "r", "Not covered"), (580, "r", "Deductible"),
          (620, "r", "Copay"), (670, "r", "Coinsurance"), (716, "r", "Plan paid"), (762, "r", "You owe")]

    def head(d: Doc, first: bool):
        d.t(40, 44, "Beacon Prairie Health Plan", B, 14)
        d.t(40, 56, "Your Explanation of Benefits  -  claims processed 01/01/2026 through 01/31/2026", F, 8)
        d.t(752, 44, "Subscriber: Oluwaseun Marchetti", F, 8, "r")
        d.t(752, 55, "Subscriber ID: BPX771203945", F, 8, "r")
        d.line(40, 62, 752, 62, 0.8)
        d.y = 78
        if not first:
            thead(d)

    def thead(d: Doc):
        d.rect(36, d.y - 9, 726, 13, 0.4)
        for x, a, t in hd:
            d.t(x if a == "l" else x - 2, d.y, t, B, 6.2, a)
        d.y += 14

    doc.on_page = head
    st = PlanState(ded_left=q(60), visit_copay=q(30))
    fam = [("Oluwaseun Marchetti", "Subscriber"), ("Renata Marchetti", "Spouse"), ("Caio Marchetti", "Dependent"),
           ("Lulu Marchetti", "Dependent")]
    data = {
        2: [("Prairie Wind Pediatric OT", "PW-330871", "E2601-448120", [
            (D(2026, 1, 5), "97165", 1, ("GO",)), (D(2026, 1, 12), "97530", 3, ("GO",)),
            (D(2026, 1, 12), "97533", 1, ("GO",)), (D(2026, 1, 19), "97530", 2, ("GO",)),
            (D(2026, 1, 19), "97112", 2, ("GO",))])],
        3: [("Prairie Wind Pediatric OT", "PW-330902", "E2601-448377", [
            (D(2026, 1, 7), "92523", 1, ("GN",)), (D(2026, 1, 14), "92507", 1, ("GN",)),
            (D(2026, 1, 21), "92507", 1, ("GN",)), (D(2026, 1, 28), "92507", 1, ("GN",))])],
        1: [("Lakeshore Spine & Sport PT", "LSS0019922", "E2601-451006", [
            (D(2026, 1, 8), "97162", 1, ("GP",)), (D(2026, 1, 8), "97140", 2, ("GP",)),
            (D(2026, 1, 15), "97110", 3, ("GP",)), (D(2026, 1, 15), "97014", 1, ("GP",)),
            (D(2026, 1, 22), "97110", 2, ("GP",)), (D(2026, 1, 22), "97530", 1, ("GP", "59"))])],
        0: [("Meridian Family Medicine", "MFM-7712093", "E2601-452210", [
            (D(2026, 1, 20), "99213", 1, ()), (D(2026, 1, 20), "97760", 1, ("GO",))])],
    }
    extra = {"97533": ("Sensory integration activities", "112.00", "0"), "97162": ("PT evaluation, moderate complexity",
             "245.00", "0"), "97014": ("Unattended electrical stimulation", "40.00", "0")}
    from samples.pdf import eobgen as eg
    for k, (dsc, fee, sch) in extra.items():
        eg.DESC.setdefault(k, dsc); eg.FEE.setdefault(k, fee); eg.SCHED.setdefault(k, sch)
    doc.new_page()
    doc.t(40, doc.y, "What this statement shows: every claim we processed for members of your family this month. "
          "Amounts you owe are paid directly to the provider.", F, 7.5)
    doc.y += 16
    for who in (0, 1, 2, 3):
        name, rel = fam[who]
        doc.ensure(60)
        doc.rect(36, doc.y - 10, 726, 15, 0, 0.85)
        doc.t(44, doc.y, f"Claims for {name.upper()} ({rel})", B, 8.5)
        doc.y += 18
        for prov, acct, clm, items in data[who]:
            claim = (acct, clm, name.upper())
            svcs = []
            for dos, code, u, mods in items:
                s = Svc(dos, code, u, mods)
                if code == "97014":
                    s.denied = "PR"
                commercial(s, st, deny_reason="96")
                svcs.append(s)
            doc.ensure(44)
            doc.t(40, doc.y, f"Claim ID {clm}", B, 7.5)
            doc.t(160, doc.y, f"Provider: {prov}", F, 7.5)
            doc.t(420, doc.y, f"Provider account: {acct}", F, 7.5)
            doc.t(600, doc.y, "Processed 02/04/2026", F, 7.5)
            doc.y += 13
            thead(doc)
            for s in svcs:
                dl = wrap(f"{s.desc} ({s.code}{'-' + '-'.join(s.mods) if s.mods else ''})", F, 6.8, 186)
                if len(dl) > 1:
                    dl = wrap(f"{s.code}{'-' + '-'.join(s.mods) if s.mods else ''} {s.desc}", F, 6.8, 186)
                doc.ensure(9 * len(dl) + 3)
                y = doc.y
                doc.t(40, y, dfmt(s.dos, "mdy4"), F, 6.8)
                for k, t in enumerate(dl):
                    doc.t(112, y + 9 * k, t, F, 6.8)
                doc.t(316, y, units_str(s.units), F, 6.8, "r")
                for (x, _, _), v in zip(hd[3:], [s.billed, s.discount, s.allowed, s.not_covered, s.deductible,
                                                 s.copay, s.coinsurance, s.paid, s.owes]):
                    doc.t(x - 2, y, money(v, ","), F, 6.8, "r")
                rm = ["NC7"] if s.denied else []
                if rm:
                    doc.t(112, y + 9 * len(dl), "Note NC7: see message below", F, 6)
                    doc.y += 8
                s.remarks = rm
                rec(o, s, claim, ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                  "coinsurance", "paid", "patient_owes"), y=y, remarks=rm)
                doc.y += 9 * len(dl) + 2
            tots = {k: total(svcs, k) for k in ("billed", "discount", "allowed", "not_covered", "deductible",
                                                  "copay", "coinsurance", "paid", "owes")}
            doc.ensure(12)
            doc.line(330, doc.y - 7, 754, doc.y - 7, 0.3)
            doc.t(112, doc.y + 1, "Total for this claim", B, 6.8)
            for (x, _, _), k in zip(hd[3:], tots):
                doc.t(x - 2, doc.y + 1, money(tots[k], ","), B, 6.8, "r")
            add_claim(o, claim, billed=tots["billed"], allowed=tots["allowed"], paid=tots["paid"],
                      patient_owes=tots["owes"])
            doc.y += 18
    o.legend = [("NC7", "Your plan excludes this type of unattended electrical stimulation. The provider may bill you.")]
    doc.ensure(40)
    doc.t(40, doc.y, "Messages", B, 8); doc.y += 10
    doc.t(40, doc.y, "NC7  " + o.legend[0][1], F, 7); doc.y += 10
    doc.t(40, doc.y, "Appeals: you have 180 days from the date of this statement to ask us to review a decision.", F, 7)

    def foot(d, i, n):
        d.t(40, 590, "Beacon Prairie Health Plan, 2100 Sod House Road, Kearney Flats, NE 68899   |   This is not a bill.", F, 6.5)
        d.t(752, 590, f"{i} / {n}", F, 7, "r")
    add_footers(doc, foot)
    o.opts = {"member": True}
    return o


# =============================================================================== 03 Medicare Summary Notice
def l03() -> Out:
    doc = Doc(*LETTER, top=40, bottom=64)
    o = Out("h143_03_medicare_summary_notice", "reportlab", "Medicare Summary Notice Part B, quarterly", doc)
    F, B = "Times-Roman", "Times-Bold"
    ben = "MARGUERITE A. DELACOURT-OYELOWO"
    st = PlanState(ded_left=q(95), coins_rate=Decimal("0.20"))
    state = {"cont": None}

    def head(d: Doc, first: bool):
        d.t(40, 50, "Medicare Summary Notice for Part B (Medical Insurance)", B, 13)
        d.t(40, 63, f"{ben}   Medicare Number XXXXXXX-4T82", F, 9)
        d.line(40, 70, 572, 70, 1.5)
        d.y = 86
        if first:
            d.t(40, 86, "The Official Summary of Your Medicare Claims from the Medicare Program", F, 9)
            d.t(40, 99, "Notice for: Marguerite A. Delacourt-Oyelowo   Dates of service: December 1, 2025 - February 28, 2026", F, 9)
            d.rect(370, 108, 202, 60, 0.8)
            d.t(378, 121, "Your Deductible Status", B, 9)
            d.t(378, 134, "Your deductible is what you must pay", F, 8)
            d.t(378, 144, "each year before Medicare starts to pay.", F, 8)
            d.t(378, 157, "You have now met $283 of your $283 deductible.", F, 8)
            d.t(40, 121, "Total You May Be Billed", B, 9)
            d.y = 180
        elif state["cont"]:
            d.t(40, d.y, state["cont"], B, 9)
            d.y += 6
            thead(d)

    def thead(d: Doc):
        d.rect(40, d.y, 532, 26, 0.6, 0.92)
        for x, a, t in [(44, "l", ["Service Provided &", "Billing Code"]), (330, "r", ["Amount", "Provider Charged"]),
                        (406, "r", ["Medicare-", "Approved Amount"]), (476, "r", ["Medicare Paid", "Provider"]),
                        (538, "r", ["You May", "Be Billed"]), (568, "r", ["See", "Notes"])]:
            for k, ln in enumerate(t):
                d.t(x, d.y + 10 + 9 * k, ln, B, 7.8, a)
        d.y += 36

    doc.on_page = head
    claims = [
        ("Riverside Hand Therapy Associates, 18 Canal St., Port Essling, MN 55971", "26-0037-84102-011", D(2025, 12, 9),
         [("97165", 1, ("GO", "KX")), ("97760", 2, ("GO", "KX")), ("L3807", 1, ("RT",))]),
        ("Riverside Hand Therapy Associates, 18 Canal St., Port Essling, MN 55971", "26-0104-22917-006", D(2026, 1, 6),
         [("97140", 2, ("GO", "KX")), ("97110", 2, ("GO", "KX")), ("97530", 1, ("GO", "KX")), ("G0283", 1, ("GO",))]),
        ("North Lakes Therapy Services, 4401 Birch Ave., Winslow Bay, MN 55803", "26-0117-50024-101", D(2026, 1, 21),
         [("97161", 1, ("GP", "CQ")), ("97110", 3, ("GP", "CQ")), ("97112", 2, ("GP", "CQ")), ("97116", 2, ("GP", "CQ")),
          ("97140", 1, ("GP", "CQ")), ("97530", 2, ("GP", "CQ")), ("97535", 1, ("GP", "CQ")), ("0552T", 1, ())]),
        ("Meadowbrook Speech & Language Clinic, 9 Orchard Pl., Winslow Bay, MN 55803", "26-0131-77801-340", D(2026, 2, 3),
         [("92523", 1, ("GN",)), ("92507", 1, ("GN",))]),
    ]
    notes = [("A", "This information is being sent to your private insurer(s). Send any questions about that insurer's "
                   "payments to them."),
             ("B", "The amount Medicare paid the provider was reduced by 2% under the federal payment reduction law."),
             ("C", "Medicare does not pay for this item or service. You are responsible for the charge because the "
                   "provider gave you a signed written notice before the service."),
             ("D", "Your therapy costs this year are above the amount at which the provider must confirm that the "
                   "services are medically necessary; the provider did so.")]
    built = []
    for prov, clm, dos, items in claims:
        svcs = []
        for code, u, mods in items:
            s = Svc(dos, code, u, mods)
            if code == "0552T":
                s.denied = "PR"
            medicare(s, st, deny_reason="50")
            svcs.append(s)
        built.append((prov, clm, dos, svcs))
    tot_owe = sum(total(b[3], "owes") for b in built)
    doc.new_page()
    doc.t(40, 140, f"{money(tot_owe)}", B, 16)
    doc.t(40, 154, "See the claims section for details.", F, 8)
    doc.y = 196
    doc.t(40, doc.y, "Your Claims & Costs This Period", B, 12)
    doc.y += 16
    for prov, clm, dos, svcs in built:
        claim = (None, clm, "Marguerite A. Delacourt-Oyelowo")
        doc.ensure(90)
        doc.t(40, doc.y, f"Date of Service: {dfmt(dos, 'month')}", B, 9.5)
        doc.y += 12
        doc.t(40, doc.y, f"Claim Number: {clm}", F, 8.5)
        doc.y += 11
        doc.t(40, doc.y, f"Provider: {prov}", F, 8.5)
        doc.y += 8
        thead(doc)
        state["cont"] = f"Date of Service: {dfmt(dos, 'month')}   Claim Number: {clm} (continued)"
        for s in svcs:
            full = LONG_DESC.get(s.code, s.desc)
            dl = wrap(f"{full}", F, 8.5, 210)
            codes = f"({s.code}{'-' + '-'.join(s.mods) if s.mods else ''})"
            if sw(dl[-1] + " " + codes, F, 8.5) < 220:
                dl[-1] += " " + codes
            else:
                dl.append(codes)
            doc.ensure(10.5 * len(dl) + 4)
            y = doc.y
            for k, t in enumerate(dl):
                doc.t(44, y + 10.5 * k, t, F, 8.5)
            yl = y + 10.5 * (len(dl) - 1)
            nts = []
            if s.denied:
                nts = ["C"]
            else:
                nts = ["B"] + (["D"] if "KX" in s.mods else [])
            for x, v in ((330, s.billed), (406, s.allowed), (476, s.paid), (538, s.owes)):
                doc.t(x, yl, money(v), F, 8.5, "r")
            doc.t(568, yl, ", ".join(nts), F, 8.5, "r")
            rec(o, s, claim, ("billed", "allowed", "paid", "patient_owes"), y=yl, units=False, remarks=nts)
            o.lines[-1]["description"] = full
            doc.y += 10.5 * len(dl) + 4
        state["cont"] = None
        doc.ensure(14)
        doc.line(260, doc.y - 6, 572, doc.y - 6, 0.5)
        doc.t(44, doc.y + 2, "Total for Claim", B, 8.5)
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        for x, v in ((330, tb), (406, ta), (476, tp), (538, to)):
            doc.t(x, doc.y + 2, money(v), B, 8.5, "r")
        doc.t(568, doc.y + 2, "A", F, 8.5, "r")
        add_claim(o, claim, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        doc.y += 22
    doc.ensure(100)
    doc.t(40, doc.y, "Notes for Claims Above", B, 11)
    doc.y += 4
    for c, t in notes:
        for k, ln in enumerate(wrap(t, F, 8.5, 500)):
            doc.y += 11
            doc.t(40, doc.y, f"{c}" if k == 0 else "", B, 8.5)
            doc.t(56, doc.y, ln, F, 8.5)
    o.legend = notes

    def foot(d, i, n):
        d.t(40, 760, "Get help: call 1-800-555-0198 or visit the program website. Report fraud: 1-800-555-0176.", F, 7.5)
        d.t(572, 760, f"Page {i} of {n}", F, 8, "r")
    add_footers(doc, foot)
    o.opts.update({"date_on_row": False})
    return o


# =============================================================================== 04 Medicare Advantage member EOB
def l04() -> Out:
    doc = Doc(*LETTER, top=40, bottom=60)
    o = Out("h143_04_medicare_advantage_eob", "fpdf2", "Medicare Advantage (Part C) monthly member EOB", doc)
    F, B = "LiberationSerif", "LiberationSerif-Bold"
    mem = "Harold J. Pettigrew-Anand"
    st = PlanState(ded_left=ZERO, visit_copay=q(25))
    state = {"cont": None}
    cx = [(40, "l", "Date"), (96, "l", "Service you received"), (314, "r", "Units"), (370, "r", "Provider's charge"),
          (430, "r", "Plan's approved"), (482, "r", "Plan paid"), (530, "r", "Your share"), (572, "r", "Note")]

    def head(d: Doc, first: bool):
        d.t(40, 48, "SILVERPINE ADVANTAGE (HMO)", B, 12)
        d.t(572, 48, "Part C Explanation of Benefits", B, 10, "r")
        d.t(40, 60, "A Medicare Advantage plan offered by Silverpine Health Partners", F, 8)
        d.t(572, 60, "for the month of January 2026", F, 8, "r")
        d.line(40, 66, 572, 66, 0.7)
        d.y = 80
        if first:
            d.t(40, 80, f"Member: {mem}", B, 9)
            d.t(40, 91, "Member number: SPA-0048817-01", F, 8.5)
            d.t(330, 80, "Your plan costs so far this year", B, 9)
            d.t(330, 91, "Out-of-pocket maximum: $4,900.00", F, 8.5)
            d.y = 112
        elif state["cont"]:
            d.t(40, d.y, state["cont"], B, 8.5)
            d.y += 12
            thead(d)

    def thead(d: Doc):
        for x, a, t in cx:
            d.t(x, d.y, t, B, 7.5, a)
        d.line(40, d.y + 3, 572, d.y + 3, 0.6)
        d.y += 13

    doc.on_page = head
    claims = [
        ("Evergreen Outpatient Rehabilitation", "ER-2026-000417", "C2601M0049921", [
            (D(2026, 1, 6), "97167", 1, ("GO",)), (D(2026, 1, 6), "97535", 1, ("GO",)),
            (D(2026, 1, 8), "97530", 2, ("GO",)), (D(2026, 1, 8), "97110", 1, ("GO",)),
            (D(2026, 1, 13), "97530", 2, ("GO",)), (D(2026, 1, 13), "97112", 1, ("GO",)),
            (D(2026, 1, 15), "97530", 2, ("GO",)), (D(2026, 1, 15), "97140", 1, ("GO",)),
            (D(2026, 1, 20), "97530", 2, ("GO",)), (D(2026, 1, 20), "0552T", 1, ()),
            (D(2026, 1, 22), "97168", 1, ("GO",))]),
        ("Evergreen Outpatient Rehabilitation", "ER-2026-000452", "C2601M0051376", [
            (D(2026, 1, 27), "92507", 1, ("GN",)), (D(2026, 1, 29), "92507", 1, ("GN",))]),
        ("Dr. Anneliese Quarry, MD", "AQ88104", "C2601M0052008", [(D(2026, 1, 28), "99213", 1, ())]),
    ]
    doc.new_page()
    for prov, acct, clm, items in claims:
        claim = (acct, clm, mem)
        svcs = []
        for dos, code, u, mods in items:
            s = Svc(dos, code, u, mods)
            if code == "0552T":
                s.denied = "PR"
            commercial(s, st, deny_reason="204")
            svcs.append(s)
        doc.ensure(70)
        doc.rect(40, doc.y - 9, 532, 24, 0.5)
        doc.t(46, doc.y, f"Claim number {clm}", B, 8.5)
        doc.t(250, doc.y, f"Provider: {prov}", F, 8.5)
        doc.t(46, doc.y + 11, f"Provider's patient account #: {acct}   Status: processed 02/03/2026", F, 8)
        doc.y += 28
        thead(doc)
        state["cont"] = f"Claim number {clm} - continued from previous page"
        for s in svcs:
            doc.ensure(12)
            y = doc.y
            nt = "N4" if s.denied else ("N1" if s.copay else "")
            s.remarks = [nt] if nt else []
            doc.t(40, y, dfmt(s.dos, "mon"), F, 8)
            doc.t(96, y, f"{s.desc} - {s.code}{' ' + ' '.join(s.mods) if s.mods else ''}", F, 8)
            doc.t(314, y, units_str(s.units), F, 8, "r")
            for (x, _, _), v in zip(cx[3:7], (s.billed, s.allowed, s.paid, s.owes)):
                doc.t(x, y, money(v), F, 8, "r")
            doc.t(572, y, nt, F, 8, "r")
            rec(o, s, claim, ("billed", "allowed", "paid", "patient_owes"), y=y, remarks=s.remarks)
            doc.y += 11.5
        state["cont"] = None
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        pto = to
        if clm == "C2601M0049921":
            pto = to + q(10)  # planted: the printed share total is $10.00 more than the lines add up to
            o.findings.append(f"claim-total-mismatch claim {clm}: printed Your share total {pto} but the lines "
                              f"add up to {to}")
        doc.ensure(14)
        doc.line(330, doc.y - 7, 572, doc.y - 7, 0.4)
        doc.t(96, doc.y + 1, "Claim totals", B, 8)
        for (x, _, _), v in zip(cx[3:7], (tb, ta, tp, pto)):
            doc.t(x, doc.y + 1, money(v), B, 8, "r")
        add_claim(o, claim, billed=tb, allowed=ta, paid=tp, patient_owes=pto)
        doc.y += 24
    o.legend = [("N1", "Your plan's copayment for an outpatient therapy visit."),
                ("N4", "Not a covered benefit. You agreed in writing to pay for it before you received it.")]
    doc.ensure(60)
    doc.t(40, doc.y, "Notes on your claims", B, 9)
    for c, t in o.legend:
        doc.y += 11
        doc.t(40, doc.y, c, B, 8); doc.t(62, doc.y, t, F, 8)
    doc.y += 18
    doc.t(40, doc.y, "If you disagree with a coverage decision you may ask for an appeal within 65 days.", F, 8)

    def foot(d, i, n):
        d.t(40, 758, "Silverpine Advantage (HMO)  H9918_EOB26_C   Member services 1-888-555-0127, TTY 711", F, 7)
        d.t(572, 758, f"Page {i} of {n}", F, 7.5, "r")
    add_footers(doc, foot)
    o.opts = {"member": True}
    return o


# =============================================================================== 05 state Medicaid RA (mono)
def l05() -> Out:
    doc = Doc(*LAND, top=30, bottom=40)
    o = Out("h143_05_medicaid_ra_mono", "reportlab", "state Medicaid remittance advice, monospaced landscape", doc)
    F, B = "LiberationMono", "LiberationMono-Bold"
    Z = 7.2
    cw = sw("0", F, Z)
    state = {"cont": None}

    def col(n):
        return 30 + n * cw

    HDR = ("LN  FROM-DOS  THRU-DOS  PROC   M1 M2 M3  UNITS    BILLED-AMT   ALLOWED-AMT  TPL-AMT  CO-PAY"
           "    PAID-AMT  ADJ-GRP/RSN  ADJ-AMT   RA-EOB")

    def head(d: Doc, first: bool):
        d.t(30, 36, "DEPARTMENT OF HUMAN SERVICES - STATE OF WESTMARCH        MEDICAL ASSISTANCE PROGRAM", B, Z)
        d.t(30, 46, "PROVIDER REMITTANCE ADVICE          RA NUMBER 0002261845   WARRANT/EFT 7700418822   "
                    "PAYMENT DATE 02/13/2026", F, Z)
        d.t(30, 56, "PAYEE: HIGHLAND CHILDRENS THERAPY LLC   PAYEE ID 4400918237   NPI 1902837461   "
                    "TAXONOMY 225XR0403X", F, Z)
        d.t(762, 36, f"PAGE {d.pno:>4}", F, Z, "r")
        d.t(30, 66, "-" * 130, F, Z)
        d.y = 78
        d.t(30, d.y, HDR, B, Z)
        d.y += 8
        d.t(30, d.y, "-" * 130, F, Z)
        d.y += 11
        if state["cont"] and not first:
            d.t(30, d.y, state["cont"], F, Z)
            d.y += 11

    doc.on_page = head
    recips = [
        ("BRIGHTWELL, JUNIPER", "WM80044172", "HCT1182", "2026037001402", [
            (D(2026, 1, 5), "97165", 1, ("GO", "U5"), None), (D(2026, 1, 7), "97530", 4, ("GO", "U5"), None),
            (D(2026, 1, 12), "97530", 4, ("GO", "U5"), None), (D(2026, 1, 14), "97530", 3, ("GO", "U5"), None),
            (D(2026, 1, 14), "97535", 1, ("GO", "U5"), None), (D(2026, 1, 19), "97530", 4, ("GO", "U5"), None),
            (D(2026, 1, 21), "97530", 4, ("GO", "U5"), None), (D(2026, 1, 26), "97530", 4, ("GO", "U5"), None),
            (D(2026, 1, 28), "97530", 4, ("GO", "U5"), None), (D(2026, 1, 28), "97112", 2, ("GO", "U5", "59"), None),
            ]),
        ("BRIGHTWELL, SORREL", "WM80044173", "HCT1190", "2026037001418", [
            (D(2026, 1, 6), "92523", 1, ("GN",), None), (D(2026, 1, 13), "92507", 1, ("GN",), None),
            (D(2026, 1, 20), "92507", 1, ("GN",), None), (D(2026, 1, 27), "92507", 1, ("GN",), None),
            (D(2026, 1, 27), "92526", 1, ("GN",), None)]),
        ("OKONKWO-REYES, DARIAN", "WM71120985", "HCT1203", "2026037001433", [
            (D(2026, 1, 8), "97166", 1, ("GO",), None), (D(2026, 1, 8), "97530", 2, ("GO",), None),
            (D(2026, 1, 15), "97530", 2, ("GO",), None), (D(2026, 1, 22), "97530", 2, ("GO",), None),
            (D(2026, 1, 22), "97129", 1, ("GO",), None), (D(2026, 1, 29), "97530", 2, ("GO",), None),
            (D(2026, 2, 3), "97530", 2, ("GO",), None), (D(2026, 2, 3), "97535", 1, ("GO",), None),
            (D(2026, 2, 5), "97530", 2, ("GO",), None), (D(2026, 2, 5), "97112", 1, ("GO",), None),
            (D(2026, 2, 10), "97530", 2, ("GO",), None), (D(2026, 2, 10), "97168", 1, ("GO",), None)]),
    ]
    denied = [("TALLWATER, PEMBERLY", "WM66301274", "HCT1215", "2026037001460", [
        (D(2026, 1, 9), "97530", 3, ("GO",), "N"), (D(2026, 1, 9), "97110", 1, ("GO",), "N")])]
    adjusted = ("OKONKWO-REYES, DARIAN", "WM71120985", "HCT1099", "2025351009877", "2026037001455",
                [(D(2025, 12, 11), "97530", 2, ("GO",)), (D(2025, 12, 11), "97110", 1, ("GO",))])
    eob_legend = [("0421", "Units billed exceed the prior authorization on file; paid up to the authorized units."),
                  ("1107", "Recipient was not eligible for the program on the date of service."),
                  ("0310", "Payment made at the program's maximum fee for the procedure."),
                  ("2091", "Claim adjusted: original payment recovered, replacement claim paid.")]
    doc.new_page()

    def line_out(s, n, claim, eob):
        doc.ensure(11)
        y = doc.y
        mods = (list(s.mods) + ["", "", ""])[:3]
        adj = s.adjs[0] if s.adjs else None
        txt = (f"{n:>2}  {dfmt(s.dos, 'mdy4')}  {dfmt(s.dos, 'mdy4')}  {s.code:<5}  {mods[0]:<2} {mods[1]:<2} "
               f"{mods[2]:<2}  {units_str(s.units) + '.00':>5}  {money(s.billed, '', 'trail'):>12}  "
               f"{money(s.allowed, '', 'trail'):>12}  {'0.00':>7}  {'0.00':>6}  {money(s.paid, '', 'trail'):>10}  "
               f"{(adj[0] + '/' + adj[1]) if adj else '':<11}  {money(adj[2], '', 'trail') if adj else '':>8}   {eob}")
        doc.t(30, y, txt, F, Z)
        s.remarks = [eob] if eob else []
        rec(o, s, claim, ("billed", "allowed", "paid"), y=y, adjustments=s.adjs, remarks=s.remarks,
            description=False)
        doc.y += 10

    def claim_block(name, rid, pcn, tcn, svcs, status):
        claim = (pcn, tcn, name)
        doc.ensure(40)
        doc.t(30, doc.y, f"RECIPIENT: {name:<24} RECIP ID: {rid}   PCN: {pcn:<10} TCN: {tcn}   CLAIM STATUS: {status}",
              B, Z)
        doc.y += 11
        state["cont"] = f"RECIPIENT: {name:<24} TCN: {tcn}   (CONTINUED)"
        for n, (s, eob) in enumerate(svcs, 1):
            line_out(s, n, claim, eob)
        state["cont"] = None
        tb, ta, tp = (total([s for s, _ in svcs], k) for k in ("billed", "allowed", "paid"))
        doc.ensure(14)
        doc.t(30, doc.y, f"{'':>18}CLAIM TOTAL{'':>14}{money(tb, '', 'trail'):>12}  {money(ta, '', 'trail'):>12}"
                         f"  {'0.00':>7}  {'0.00':>6}  {money(tp, '', 'trail'):>10}", F, Z)
        add_claim(o, claim, billed=tb, allowed=ta, paid=tp)
        doc.y += 16

    doc.t(30, doc.y, "*** CLAIM TYPE: PROFESSIONAL / THERAPY SERVICES ***    SECTION: PAID CLAIMS", B, Z)
    doc.y += 14
    for name, rid, pcn, tcn, items in recips:
        svcs = []
        for dos, code, u, mods, _ in items:
            s = medicaid(Svc(dos, code, u, mods))
            eob = "0310" if s.discount else ""
            if code == "97530" and u == 4 and dos == D(2026, 1, 28):
                eob = "0421"
            svcs.append((s, eob))
        claim_block(name, rid, pcn, tcn, svcs, "PAID")
    doc.ensure(30)
    doc.t(30, doc.y, "SECTION: DENIED CLAIMS", B, Z)
    doc.y += 14
    for name, rid, pcn, tcn, items in denied:
        svcs = []
        for dos, code, u, mods, _ in items:
            s = medicaid(Svc(dos, code, u, mods, denied="CO"), deny_reason="177")
            svcs.append((s, "1107"))
        claim_block(name, rid, pcn, tcn, svcs, "DENIED")
    doc.ensure(30)
    doc.t(30, doc.y, "SECTION: ADJUSTED CLAIMS  (ORIGINAL TCN 2025351009877 REVERSED, REPLACEMENT PAID)", B, Z)
    doc.y += 14
    name, rid, pcn, old, new, items = adjusted
    orig = [medicaid(Svc(dos, code, u, mods)) for dos, code, u, mods in items]
    rev = [(negate(s), "2091") for s in orig]
    claim_block(name, rid, pcn, old, rev, "REVERSED")
    repl = []
    for dos, code, u, mods in items:
        s = medicaid(Svc(dos, code, u + (1 if code == "97530" else 0), mods))
        repl.append((s, "2091"))
    claim_block(name, rid, pcn, new, repl, "ADJUSTED")
    doc.ensure(70)
    doc.t(30, doc.y, "RA-EOB CODE DESCRIPTIONS", B, Z)
    for c, t in eob_legend:
        doc.y += 10
        doc.t(30, doc.y, f"{c}  {t.upper()}", F, Z)
    o.legend = eob_legend
    o.opts = {"full_adj": True}
    return o


# =============================================================================== 06 Medicaid managed-care RA (boxed)
def l06() -> Out:
    doc = Doc(*LETTER, top=36, bottom=56)
    o = Out("h143_06_medicaid_mco_ra_boxed", "fpdf2", "Medicaid managed-care plan remittance advice, boxed claims",
            doc)
    F, B = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"
    gx = [36, 56, 100, 144, 186, 224, 252, 296, 338, 378, 412, 442, 480, 520, 576]
    heads = ["Ln", "From", "To", "Proc", "Mods", "Units", "Charged", "Allowed", "Copay", "Paid", "Grp", "CARC",
             "Adj amt", "RARC"]
    state = {"cont": None}

    def head(d: Doc, first: bool):
        d.rect(36, 30, 540, 40, 0.8)
        d.t(44, 44, "RIVERBEND COMMUNITY HEALTH PLAN", B, 11)
        d.t(44, 56, "Medicaid Managed Care  |  Provider Remittance Advice", F, 8)
        d.t(44, 66, "Claims Dept, 300 Ferry Landing, Ste 12, Osprey Bend, LA 70799", F, 6.8)
        d.t(568, 44, "Remit date: 02/11/2026", F, 7.5, "r")
        d.t(568, 55, "EFT trace: 1RBCHP0211260047", F, 7.5, "r")
        d.t(568, 66, "Provider: Bayou Steps Pediatric Therapy  TIN XX-XXX4419", F, 6.8, "r")
        d.y = 86
        if state["cont"] and not first:
            d.t(36, d.y, state["cont"], B, 7.5)
            d.y += 6
            grid_head(d)

    def grid_head(d: Doc):
        d.rect(36, d.y, 540, 12, 0.5, 0.86)
        for i, h in enumerate(heads):
            d.t(gx[i] + 2, d.y + 9, h, B, 6.5)
        d.y += 12

    def grid_row(d: Doc, cells, bold=False):
        d.rect(36, d.y, 540, 12, 0.3)
        for x in gx[1:-1]:
            d.line(x, d.y, x, d.y + 12, 0.3)
        for i, c in enumerate(cells):
            if i in (6, 7, 8, 9, 12):
                d.t(gx[i + 1] - 2, d.y + 8.8, c, B if bold else F, 6.8, "r")
            else:
                d.t(gx[i] + 2, d.y + 8.8, c, B if bold else F, 6.8)
        d.y += 12
        return d.y - 3.2

    doc.on_page = head
    claims = [
        ("Esperanza Thibodeaux", "RB0045512800", "BST-10442", "26041LA0883310", [
            (D(2026, 1, 5), D(2026, 1, 5), "97166", 1, ("GO",)), (D(2026, 1, 5), D(2026, 1, 5), "97530", 2, ("GO",)),
            (D(2026, 1, 12), D(2026, 1, 12), "97530", 3, ("GO",)), (D(2026, 1, 12), D(2026, 1, 12), "97535", 1, ("GO",)),
            (D(2026, 1, 19), D(2026, 1, 19), "97530", 3, ("GO",)), (D(2026, 1, 26), D(2026, 1, 26), "97530", 3, ("GO",)),
            (D(2026, 1, 26), D(2026, 1, 26), "97112", 1, ("GO", "59"))]),
        ("Beau Thibodeaux", "RB0045512801", "BST-10451", "26041LA0883327", [
            (D(2026, 1, 6), D(2026, 1, 6), "92523", 1, ("GN",)), (D(2026, 1, 13), D(2026, 1, 13), "92507", 1, ("GN",)),
            (D(2026, 1, 20), D(2026, 1, 20), "92507", 1, ("GN",)), (D(2026, 1, 27), D(2026, 1, 27), "92507", 1, ("GN",))]),
        ("Marisela Guidry", "RB0031107745", "BST-10466", "26041LA0883354", [
            (D(2026, 1, 7), D(2026, 1, 7), "97163", 1, ("GP",)), (D(2026, 1, 14), D(2026, 1, 14), "97110", 2, ("GP",)),
            (D(2026, 1, 14), D(2026, 1, 14), "97116", 2, ("GP",)), (D(2026, 1, 21), D(2026, 1, 21), "97110", 2, ("GP",)),
            (D(2026, 1, 21), D(2026, 1, 21), "97140", 1, ("GP",)), (D(2026, 1, 28), D(2026, 1, 28), "97110", 2, ("GP",)),
            (D(2026, 1, 28), D(2026, 1, 28), "0552T", 1, ())]),
        ("Octave Landry", "RB0050093318", "BST-10470", "26041LA0883391", [
            (D(2026, 1, 8), D(2026, 1, 8), "97165", 1, ("GO",)), (D(2026, 1, 15), D(2026, 1, 15), "97530", 2, ("GO",)),
            (D(2026, 1, 15), D(2026, 1, 15), "97760", 1, ("GO",)), (D(2026, 1, 15), D(2026, 1, 15), "L3807", 1, ("LT",))]),
    ]
    doc.new_page()
    for name, mid, acct, icn, items in claims:
        claim = (acct, icn, name)
        svcs = []
        for frm, to, code, u, mods in items:
            s = Svc(frm, code, u, mods, denied="CO" if code in ("0552T",) else None)
            medicaid(s, deny_reason="96")
            if code == "0552T":
                s.remarks = ["N130"]
            elif code == "L3807":
                s.remarks = ["M79"]
            svcs.append(s)
        doc.ensure(64)
        doc.y += 4
        doc.rect(36, doc.y, 540, 26, 0.8, 0.95)
        doc.t(42, doc.y + 10, f"Member: {name}", B, 7.8)
        doc.t(210, doc.y + 10, f"Member ID: {mid}", F, 7.5)
        doc.t(360, doc.y + 10, f"Claim #: {icn}", B, 7.5)
        doc.t(42, doc.y + 21, f"Patient acct #: {acct}", F, 7.5)
        doc.t(210, doc.y + 21, "Claim status: Processed as primary", F, 7.5)
        doc.t(360, doc.y + 21, f"Billed {money(total(svcs, 'billed'), ',')}   Paid {money(total(svcs, 'paid'), ',')}",
              F, 7.5)
        doc.y += 26
        grid_head(doc)
        state["cont"] = f"Member: {name}   Claim #: {icn}   (lines continued)"
        for n, s in enumerate(svcs, 1):
            if doc.ensure(14):
                pass
            adj = s.adjs[0] if s.adjs else ("", "", None)
            cells = [str(n), dfmt(s.dos, "mdy4")[:6] + dfmt(s.dos, "mdy4")[8:], dfmt(s.dos, "mdy4")[:6] +
                     dfmt(s.dos, "mdy4")[8:], s.code, " ".join(s.mods), units_str(s.units),
                     money(s.billed, ","), money(s.allowed, ","), "0.00", money(s.paid, ","), adj[0], adj[1],
                     money(adj[2], ",") if adj[2] is not None else "", " ".join(s.remarks)]
            y = grid_row(doc, cells)
            rec(o, s, claim, ("billed", "allowed", "paid"), y=y, adjustments=s.adjs, remarks=s.remarks,
                description=False)
        state["cont"] = None
        tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
        doc.ensure(14)
        grid_row(doc, ["", "", "", "Claim", "total", "", money(tb, ","), money(ta, ","), "0.00", money(tp, ","), "",
                       "", money(tb - tp, ","), ""], bold=True)
        add_claim(o, claim, billed=tb, allowed=ta, paid=tp)
        doc.y += 8
    leg = [("N130", "Benefit limit or exclusion under the member's plan; see the member handbook."),
           ("M79", "Item billed without the required supporting documentation attached; resubmit with it.")]
    o.legend = leg
    doc.ensure(70)
    doc.y += 6
    doc.t(36, doc.y, "Claim adjustment reason codes on this remit: 45 = charge above fee schedule; 96 = non-covered "
                     "charge.", F, 7)
    for c, t in leg:
        doc.y += 10
        doc.t(36, doc.y, f"{c}: {t}", F, 7)

    def foot(d, i, n):
        d.line(36, 748, 576, 748, 0.3)
        d.t(36, 758, "Dates shown as MM/DD/YY. Questions about this remittance: Provider Services 1-866-555-0162.", F, 6.5)
        d.t(576, 758, f"Page {i} of {n}", F, 7, "r")
    add_footers(doc, foot)
    o.opts = {"full_adj": True}
    return o


# =============================================================================== 07 clearinghouse Medicare-style remit
def l07() -> Out:
    doc = Doc(*LETTER, top=36, bottom=50)
    o = Out("h143_07_clearinghouse_standard_remit", "reportlab",
            "Medicare-style standard paper remittance printed by a clearinghouse", doc)
    F, B = "Courier", "Courier-Bold"
    Z = 7.4
    state = {"cont": None}

    def head(d: Doc, first: bool):
        d.t(36, 40, "CLEARPATH EDI SERVICES - REMITTANCE PRINT (FROM 835)        RUN 02/18/26 06:41", F, Z)
        d.t(36, 50, "PAYER: PLAINSVIEW MEDICARE ADMINISTRATIVE SERVICES, JURISDICTION 9        "
                    "MEDICARE PART B", F, Z)
        d.t(36, 60, "PROVIDER: GRANITE FALLS REHAB PLLC   NPI 1447093821   CHECK/EFT #: 0087720145  "
                    "DATE: 02/16/26", F, Z)
        d.t(576, 40, f"PAGE #: {d.pno}", F, Z, "r")
        d.y = 76
        d.t(36, d.y, "PERF PROV   SERV DATE   POS NOS  PROC   MODS       BILLED   ALLOWED    DEDUCT     COINS "
                     "  GRP/RC-AMT      PROV PD", B, Z - 0.4)
        d.y += 6
        d.t(36, d.y, "_" * 122, F, Z - 0.6)
        d.y += 12
        if state["cont"] and not first:
            d.t(36, d.y, state["cont"], F, Z)
            d.y += 12

    doc.on_page = head
    st = PlanState(ded_left=q(40))
    pats = [
        ("PELLINGHAM, ORSON Q", "1EG4TE5MK72", "GFR-77104", "0226041730922", [
            (D(2026, 1, 5), "97161", 1, ("GP",)), (D(2026, 1, 5), "97110", 2, ("GP", "KX")),
            (D(2026, 1, 8), "97110", 2, ("GP", "KX")), (D(2026, 1, 8), "97140", 1, ("GP", "KX")),
            (D(2026, 1, 12), "97112", 2, ("GP", "CQ", "KX")), (D(2026, 1, 12), "97530", 1, ("GP", "CQ", "KX")),
            (D(2026, 1, 15), "97110", 2, ("GP", "CQ", "KX")), (D(2026, 1, 15), "G0283", 1, ("GP", "CQ"))]),
        ("VANTERPOOL, EDITH M", "6RQ2HV8NA15", "GFR-77131", "0226041730987", [
            (D(2026, 1, 6), "97165", 1, ("GO",)), (D(2026, 1, 6), "97535", 2, ("GO", "KX")),
            (D(2026, 1, 9), "97530", 2, ("GO", "KX")), (D(2026, 1, 9), "97535", 1, ("GO", "KX")),
            (D(2026, 1, 13), "97530", 2, ("GO", "CO", "KX")), (D(2026, 1, 16), "97168", 1, ("GO",)),
            (D(2026, 1, 20), "97530", 2, ("GO", "CO", "KX")), (D(2026, 1, 20), "97112", 1, ("GO", "CO", "KX")),
            (D(2026, 1, 23), "97530", 2, ("GO", "KX")), (D(2026, 1, 23), "97535", 1, ("GO", "KX")),
            (D(2026, 1, 27), "97530", 2, ("GO", "CO", "KX")), (D(2026, 1, 27), "97140", 1, ("GO", "CO", "KX")),
            (D(2026, 1, 30), "97530", 2, ("GO", "KX")), (D(2026, 1, 30), "97110", 1, ("GO", "KX"))]),
        ("ARCHULETA, BENICIO", "3TW9KD1PF40", "GFR-77158", "0226041731005", [
            (D(2026, 1, 7), "92523", 1, ("GN",)), (D(2026, 1, 14), "92507", 1, ("GN",)),
            (D(2026, 1, 21), "92507", 1, ("GN",)), (D(2026, 1, 21), "0552T", 1, ())]),
    ]
    doc.new_page()
    gtot = [ZERO] * 5
    for name, hic, acnt, icn, items in pats:
        claim = (acnt, icn, name)
        svcs = []
        for dos, code, u, mods in items:
            s = Svc(dos, code, u, mods, denied="CO" if code == "0552T" else None)
            medicare(s, st, deny_reason="96")
            if code == "0552T":
                s.remarks = ["N425"]
            svcs.append(s)
        doc.ensure(60)
        doc.t(36, doc.y, f"NAME {name:<22} HIC {hic}  ACNT {acnt:<11} ICN {icn}  ASG Y  MOA MA01 MA18", F, Z)
        doc.y += 13
        state["cont"] = f"NAME {name:<22} ICN {icn}  (CONT'D)"
        for s in svcs:
            doc.ensure(10 * len(s.adjs) + 4)
            y = doc.y
            a0 = s.adjs[0]
            rm = (" " + " ".join(s.remarks)) if s.remarks else ""
            txt = (f"1902837461  {dfmt(s.dos, 'mdy6')[:4]} {dfmt(s.dos, 'mdy6')}  11 {units_str(s.units):>3}  "
                   f"{s.code:<5}  {' '.join(s.mods):<9} {money(s.billed, ''):>8}  {money(s.allowed, ''):>8}  "
                   f"{money(s.deductible, ''):>8}  {money(s.coinsurance, ''):>8}   {a0[0]}-{a0[1]:<4}{money(a0[2], ''):>8}"
                   f"  {money(s.paid, ''):>8}")
            doc.t(36, y, txt, F, Z)
            doc.y += 9.5
            for g, rc, a in s.adjs[1:]:
                doc.t(36, doc.y, f"{'':>94}{g}-{rc:<4}{money(a, ''):>8}", F, Z)
                doc.y += 9.5
            if rm:
                doc.t(36, doc.y, f"{'':>12}REM:{rm}", F, Z)
                doc.y += 9.5
            rec(o, s, claim, ("billed", "allowed", "deductible", "coinsurance", "paid"), y=y, adjustments=s.adjs,
                remarks=s.remarks, description=False)
        state["cont"] = None
        t = [total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid")]
        gtot = [a + b for a, b in zip(gtot, t)]
        pr = total(svcs, "owes")
        doc.ensure(24)
        doc.t(36, doc.y, f"PT RESP {money(pr, ''):>9}{'':>12}CLAIM TOTALS {money(t[0], ''):>10}  {money(t[1], ''):>8}  "
                         f"{money(t[2], ''):>8}  {money(t[3], ''):>8}{'':>18}  {money(t[4], ''):>8}", F, Z)
        doc.y += 10
        doc.t(36, doc.y, f"ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00"
                         f"{'':>10}NET {money(t[4], ''):>8}", F, Z)
        add_claim(o, claim, billed=t[0], allowed=t[1], paid=t[4])
        doc.y += 18
    doc.ensure(60)
    doc.t(36, doc.y, f"TOTALS:  # OF CLAIMS {len(pats)}   BILLED AMT {money(gtot[0], '')}   ALLOWED AMT "
                     f"{money(gtot[1], '')}   DEDUCT AMT {money(gtot[2], '')}   COINS AMT {money(gtot[3], '')}", F, Z)
    doc.y += 10
    doc.t(36, doc.y, f"         PROV PD AMT {money(gtot[4], '')}   CHECK AMT {money(gtot[4], '')}", F, Z)
    doc.y += 18
    o.legend = [("N425", "Statutorily excluded service; no program payment is possible.")]
    doc.t(36, doc.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", B, Z)
    for c, t in [("CO", "Contractual obligation (provider write-off)"), ("PR", "Patient responsibility"),
                 ("N425", o.legend[0][1]), ("MA01", "Appeal rights notice code"), ("MA18", "Claim crossed over to the "
                                                                                     "supplemental insurer")]:
        doc.y += 10
        doc.t(36, doc.y, f"{c:<6}{t.upper()}", F, Z)
    o.opts = {"full_adj": True}
    return o


# =============================================================================== 08 practice-management ERA posting report
def l08() -> Out:
    doc = Doc(*LAND, top=34, bottom=44)
    o = Out("h143_08_pm_era_posting_report", "fpdf2",
            "practice-management system ERA posting detail for a Medicare payment, landscape", doc)
    F, B = "LiberationSansNarrow", "LiberationSansNarrow-Bold"
    cx = [(30, "l", "Patient"), (132, "l", "Acct #"), (184, "l", "Payer ICN"), (262, "l", "DOS"),
          (306, "l", "CPT"), (340, "l", "Mod"), (392, "r", "Units"), (440, "r", "Charge"), (490, "r", "Allowed"),
          (536, "r", "Deduct"), (580, "r", "Coins"), (626, "r", "Ins Paid"), (660, "l", "Adj Code"),
          (730, "r", "Adj Amt"), (736, "l", "Status")]

    def head(d: Doc, first: bool):
        d.t(30, 40, "TheraLedger PM  v9.4", B, 9)
        d.t(396, 40, "ERA Posting Detail Report", B, 12, "c")
        d.t(762, 40, "Printed 02/20/2026 4:12 PM  user: kmorrow", F, 7.5, "r")
        d.t(30, 52, "Practice: Cobblestone Therapy & Wellness (Loc 02 - Eastgate)", F, 8)
        d.t(396, 52, "Payer: Cardinal Plains Medicare Part B   Check/EFT 1CP00918330   Deposit 02/19/2026", F, 8, "c")
        d.line(30, 58, 762, 58, 0.8)
        d.y = 70
        for x, a, t in cx:
            d.t(x, d.y, t, B, 7.2, a)
        d.line(30, d.y + 3, 762, d.y + 3, 0.4)
        d.y += 13

    doc.on_page = head
    st = PlanState(ded_left=q(0))
    rows = [
        ("Halvorsen, Greta", "CT-200451", "2226040112930", [
            (D(2026, 1, 6), "97163", 1, ("GP",)), (D(2026, 1, 6), "97110", 2, ("GP", "KX")),
            (D(2026, 1, 9), "97110", 2, ("GP", "KX")), (D(2026, 1, 9), "97112", 1, ("GP", "KX")),
            (D(2026, 1, 13), "97140", 2, ("GP", "CQ", "KX")), (D(2026, 1, 13), "97530", 1, ("GP", "CQ", "KX"))]),
        ("Ibekwe, Chidi", "CT-200488", "2226040112957", [
            (D(2026, 1, 7), "97166", 1, ("GO",)), (D(2026, 1, 7), "97535", 2, ("GO", "KX")),
            (D(2026, 1, 14), "97530", 2, ("GO", "KX")), (D(2026, 1, 14), "97533", 1, ("GO", "KX")),
            (D(2026, 1, 21), "97530", 2, ("GO", "KX"))]),
        ("Sorensen-Baird, Elsie", "CT-200503", "2226040113001", [
            (D(2026, 1, 8), "92523", 1, ("GN",)), (D(2026, 1, 15), "92507", 1, ("GN",)),
            (D(2026, 1, 15), "92526", 1, ("GN",)), (D(2026, 1, 22), "92507", 1, ("GN",))]),
    ]
    from samples.pdf import eobgen as eg
    eg.DESC.setdefault("97533", "Sensory integration activities"); eg.FEE.setdefault("97533", "112.00")
    eg.SCHED["97533"] = eg.SCHED.get("97533", "0") if eg.SCHED.get("97533", "0") != "0" else "34.92"
    doc.new_page()
    gt = [ZERO] * 3

    def put(s, claim, status):
        doc.ensure(11 * max(1, len(s.adjs)))
        y = doc.y
        vals = [claim[2], claim[0], claim[1], dfmt(s.dos, "mdy2"), s.code, ",".join(s.mods), units_str(s.units),
                money(s.billed, ",", "()"), money(s.allowed, ",", "()"), money(s.deductible, ",", "()"),
                money(s.coinsurance, ",", "()"), money(s.paid, ",", "()")]
        for (x, a, _), v in zip(cx, vals):
            doc.t(x, y, v, F, 7.4, a)
        for k, (g, rc, amt_) in enumerate(s.adjs):
            doc.t(660, y + 10 * k, f"{g}-{rc}", F, 7.4)
            doc.t(730, y + 10 * k, money(amt_, ",", "()"), F, 7.4, "r")
        doc.t(736, y, status, F, 7.4)
        rec(o, s, claim, ("billed", "allowed", "deductible", "coinsurance", "paid"), y=y, adjustments=s.adjs,
            description=False)
        doc.y += 10 * max(1, len(s.adjs)) + 2

    for name, acct, icn, items in rows:
        claim = (acct, icn, name)
        svcs = []
        for dos, code, u, mods in items:
            s = medicare(Svc(dos, code, u, mods), st)
            svcs.append(s)
            put(s, claim, "Posted")
        t = [total(svcs, k) for k in ("billed", "allowed", "paid")]
        gt = [a + b for a, b in zip(gt, t)]
        doc.ensure(14)
        doc.t(306, doc.y, f"Claim subtotal ({len(svcs)} lines)", B, 7.2)
        for x, v in ((440, t[0]), (490, t[1]), (626, t[2])):
            doc.t(x, doc.y, money(v, ",", "()"), B, 7.2, "r")
        add_claim(o, claim, billed=t[0], allowed=t[1], paid=t[2])
        doc.y += 14
    # a takeback of an earlier payment and its corrected claim
    doc.ensure(30)
    doc.t(30, doc.y, "Reversals / corrected claims (payer claim frequency 7)", B, 7.6)
    doc.y += 12
    orig = [medicare(Svc(D(2025, 12, 16), "97110", 3, ("GP", "KX")), PlanState(), True),
            medicare(Svc(D(2025, 12, 16), "97140", 1, ("GP", "KX")), PlanState(), True)]
    claim = ("CT-199877", "2225352208816", "Halvorsen, Greta")
    rv = [negate(s) for s in orig]
    for s in rv:
        put(s, claim, "Reversed")
    t = [total(rv, k) for k in ("billed", "allowed", "paid")]
    doc.t(306, doc.y, "Claim subtotal (2 lines)", B, 7.2)
    for x, v in ((440, t[0]), (490, t[1]), (626, t[2])):
        doc.t(x, doc.y, money(v, ",", "()"), B, 7.2, "r")
    add_claim(o, claim, billed=t[0], allowed=t[1], paid=t[2])
    doc.y += 12
    claim = ("CT-199877", "2226040113058", "Halvorsen, Greta")
    cor = [medicare(Svc(D(2025, 12, 16), "97110", 2, ("GP", "KX")), PlanState(), True),
           medicare(Svc(D(2025, 12, 16), "97140", 2, ("GP", "KX")), PlanState(), True)]
    for s in cor:
        put(s, claim, "Posted")
    t2 = [total(cor, k) for k in ("billed", "allowed", "paid")]
    doc.t(306, doc.y, "Claim subtotal (2 lines)", B, 7.2)
    for x, v in ((440, t2[0]), (490, t2[1]), (626, t2[2])):
        doc.t(x, doc.y, money(v, ",", "()"), B, 7.2, "r")
    add_claim(o, claim, billed=t2[0], allowed=t2[1], paid=t2[2])
    gt = [a + b + c for a, b, c in zip(gt, t, t2)]
    doc.y += 18
    doc.ensure(30)
    doc.line(30, doc.y - 8, 762, doc.y - 8, 0.6)
    doc.t(306, doc.y, "Report total", B, 7.6)
    for x, v in ((440, gt[0]), (490, gt[1]), (626, gt[2])):
        doc.t(x, doc.y, money(v, ",", "()"), B, 7.6, "r")
    doc.y += 12
    doc.t(30, doc.y, "Adj codes: CO-45 contract write-off; CO-253 federal payment reduction; PR-1 deductible; "
                     "PR-2 coinsurance moved to patient balance.", F, 7)

    def foot(d, i, n):
        d.t(30, 590, "Confidential - contains protected health information", F, 6.8)
        d.t(762, 590, f"Page {i} of {n}", F, 7, "r")
    add_footers(doc, foot)
    o.opts = {"full_adj": True}
    return o


# =============================================================================== 09 therapy clinic family statement
def l09() -> Out:
    doc = Doc(*LETTER, top=40, bottom=64)
    o = Out("h143_09_clinic_family_statement", "reportlab",
            "pediatric therapy clinic statement to a household, sidebar, visits per child", doc)
    F, B = "LiberationSans", "LiberationSans-Bold"
    cx = [(40, "l", "Date"), (88, "l", "Code"), (150, "l", "Description"), (330, "r", "Charges"),
          (382, "r", "Ins. paid"), (426, "r", "Adjust."), (466, "r", "You owe")]
    state = {"cont": None}

    def head(d: Doc, first: bool):
        d.t(40, 50, "Little Oaks Therapy Collaborative", B, 14)
        d.t(40, 62, "Occupational - Speech - Physical Therapy for Children", F, 8)
        d.t(40, 72, "2207 Millbrook Pkwy, Ste 140, Cedar Hollow, TN 37299   (615) 555-0181", F, 7.5)
        # sidebar
        d.rect(480, 40, 96, 700 if first else 120, 0.6, 0.94)
        d.t(488, 56, "STATEMENT", B, 9)
        d.t(488, 70, "Account no.", F, 7); d.t(488, 80, "LOT-G-30917", B, 8)
        d.t(488, 96, "Statement date", F, 7); d.t(488, 106, "02/21/2026", B, 8)
        d.t(488, 122, "Page", F, 7); d.t(488, 132, f"{d.pno}", B, 8)
        d.y = 96
        if first:
            d.t(40, 96, "Statement for the family of", F, 8)
            d.t(40, 108, "Rosalind & Emeka Achterberg", B, 9)
            d.t(40, 119, "88 Quarry Lane, Cedar Hollow, TN 37298", F, 8)
            d.y = 142
        if state["cont"] and not first:
            d.t(40, d.y, state["cont"], B, 8.5)
            d.y += 12
            thead(d)

    def thead(d: Doc):
        for x, a, t in cx:
            d.t(x, d.y, t, B, 7.6, a)
        d.line(40, d.y + 3, 470, d.y + 3, 0.8)
        d.y += 13

    doc.on_page = head
    st = PlanState(ded_left=q(150), coins_rate=Decimal("0.10"))
    kids = [("Nia Achterberg", [
        ("V-44120", "CHP 26-0093341", D(2026, 1, 6), [("97165", 1, ("GO",)), ("97530", 2, ("GO",))]),
        ("V-44188", "CHP 26-0097710", D(2026, 1, 13), [("97530", 3, ("GO",)), ("97112", 1, ("GO",))]),
        ("V-44251", "CHP 26-0101852", D(2026, 1, 20), [("97530", 2, ("GO",)), ("97533", 1, ("GO",)),
                                                      ("97535", 1, ("GO",))]),
        ("V-44302", "CHP 26-0106004", D(2026, 1, 27), [("97530", 3, ("GO",)), ("97110", 1, ("GO",))])]),
        ("Tobias Achterberg", [
            ("V-44133", "CHP 26-0093390", D(2026, 1, 7), [("92523", 1, ("GN",))]),
            ("V-44199", "CHP 26-0097765", D(2026, 1, 14), [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
            ("V-44260", "CHP 26-0101901", D(2026, 1, 21), [("92507", 1, ("GN",))]),
            ("V-44311", "CHP 26-0106050", D(2026, 1, 28), [("92507", 1, ("GN",)), ("97129", 1, ("GN",))])]),
        ("Maeve Achterberg", [
            ("V-44275", "CHP 26-0102233", D(2026, 1, 22), [("97161", 1, ("GP",)), ("97116", 2, ("GP",)),
                                                          ("97110", 1, ("GP",))])])]
    from samples.pdf import eobgen as eg
    eg.DESC.setdefault("97533", "Sensory integration activities"); eg.FEE.setdefault("97533", "112.00")
    doc.new_page()
    grand = ZERO
    for kid, visits in kids:
        doc.ensure(50)
        doc.y += 4
        doc.t(40, doc.y, f"Patient: {kid}", B, 9.5)
        doc.y += 13
        thead(doc)
        for vis, icn, dos, items in visits:
            claim = (vis, icn, kid)
            svcs = [commercial(Svc(dos, c, u, m), st) for c, u, m in items]
            doc.ensure(14 + 11 * len(svcs))
            doc.t(40, doc.y, f"Visit {vis}  -  billed to Cumberland Heritage Plan 01/{dos.day + 2:02d}/2026, "
                             f"claim no. {icn}", F, 7.2)
            doc.y += 11
            state["cont"] = f"Patient: {kid} (continued)"
            for s in svcs:
                doc.ensure(11)
                y = doc.y
                vals = [dfmt(s.dos, "mdy4"), s.code + (" " + " ".join(s.mods) if s.mods else ""), short(s.desc),
                        money(s.billed), money(s.paid), money(s.discount), money(s.owes)]
                for (x, a, _), v in zip(cx, vals):
                    doc.t(x, y, v, F, 7.6, a)
                rec(o, s, claim, ("billed", "discount", "paid", "patient_owes"), y=y, units=False)
                o.lines[-1]["description"] = short(s.desc)
                doc.y += 11
            tb, tp, to = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "owes")
            add_claim(o, claim, billed=tb, paid=tp, patient_owes=to)
            doc.t(150, doc.y, "Visit total", B, 7.2)
            for x, v in ((330, tb), (382, tp), (426, total(svcs, "discount")), (466, to)):
                doc.t(x, doc.y, money(v), B, 7.2, "r")
            grand += to
            doc.y += 13
        state["cont"] = None
    doc.ensure(60)
    doc.y += 4
    doc.t(40, doc.y, "02/10/2026   Payment received - thank you (card ending 4471)", F, 7.6)
    doc.t(466, doc.y, money(q(-100)), F, 7.6, "r")
    doc.y += 14
    doc.line(300, doc.y - 8, 470, doc.y - 8, 0.8)
    doc.t(150, doc.y, "Balance due from you", B, 9)
    doc.t(466, doc.y, money(grand - 100), B, 9, "r")
    doc.y += 14
    doc.t(40, doc.y, "Insurance has processed every visit above. \"Adjust.\" is the amount the plan's contract "
                     "asks us to write off.", F, 7)

    def foot(d, i, n):
        d.line(40, 744, 470, 744, 0.4)
        d.t(40, 754, "Please detach and return the lower portion with your payment.  Questions about your bill: "
                     "billing@littleoaks.example", F, 6.6)
        d.t(470, 764, f"Page {i} of {n}", F, 7, "r")
    add_footers(doc, foot)
    o.opts = {}
    return o


# =============================================================================== 10 hospital guarantor statement
def l10() -> Out:
    doc = Doc(*LETTER, top=40, bottom=60)
    o = Out("h143_10_hospital_family_statement", "fpdf2",
            "hospital outpatient rehab itemized guarantor statement, accounts per family member", doc)
    F, B = "DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"
    cx = [(40, "l", "Date"), (98, "l", "Rev"), (126, "l", "CPT/HCPCS"), (182, "l", "Mod"), (210, "l", "Description"),
          (430, "r", "Qty"), (500, "r", "Charges"), (572, "r", "Balance")]
    state = {"cont": None}

    def head(d: Doc, first: bool):
        d.t(40, 48, "ST. ALBAN VALLEY MEDICAL CENTER", B, 12)
        d.t(40, 59, "Patient Financial Services - 14 Infirmary Row, Larchmont Falls, VT 05799", F, 7.5)
        d.t(572, 48, "GUARANTOR STATEMENT", B, 10, "r")
        d.t(572, 59, "Guarantor: Wendell Oduya-Strand   Guarantor no. 0071882", F, 7.5, "r")
        d.line(40, 65, 572, 65, 1)
        d.y = 80
        if state["cont"] and not first:
            d.t(40, d.y, state["cont"], B, 8)
            d.y += 12
            thead(d)

    def thead(d: Doc):
        d.line(40, d.y - 9, 572, d.y - 9, 0.4)
        for x, a, t in cx:
            d.t(x, d.y, t, B, 7.2, a)
        d.line(40, d.y + 3, 572, d.y + 3, 0.4)
        d.y += 13

    doc.on_page = head
    accts = [
        ("Wendell Oduya-Strand", "HAR 40018822", "Green Mountain Mutual", "GMM-26-0311475", [
            (D(2026, 1, 12), "0420", "97161", 1, ("GP",)), (D(2026, 1, 12), "0420", "97110", 2, ("GP",)),
            (D(2026, 1, 12), "0420", "97140", 1, ("GP",)), (D(2026, 1, 19), "0420", "97110", 3, ("GP",)),
            (D(2026, 1, 19), "0420", "97112", 1, ("GP",)), (D(2026, 1, 19), "0420", "G0283", 1, ("GP",)),
            (D(2026, 1, 26), "0420", "97110", 2, ("GP",)), (D(2026, 1, 26), "0420", "97530", 2, ("GP",)),
            (D(2026, 1, 26), "0420", "97140", 1, ("GP",)), (D(2026, 2, 2), "0420", "97110", 2, ("GP",)),
            (D(2026, 2, 2), "0420", "97116", 2, ("GP",)), (D(2026, 2, 9), "0420", "97110", 2, ("GP",)),
            (D(2026, 2, 9), "0420", "97530", 1, ("GP",))]),
        ("Sunniva Oduya-Strand", "HAR 40019307", "Green Mountain Mutual", "GMM-26-0314402", [
            (D(2026, 1, 14), "0430", "97167", 1, ("GO",)), (D(2026, 1, 14), "0430", "97530", 2, ("GO",)),
            (D(2026, 1, 21), "0430", "97530", 3, ("GO",)), (D(2026, 1, 21), "0430", "97535", 1, ("GO",)),
            (D(2026, 1, 28), "0430", "97760", 1, ("GO",)), (D(2026, 1, 28), "0274", "L3807", 1, ("LT",)),
            (D(2026, 1, 28), "0430", "97530", -1, ("GO",))]),
        ("Ansel Oduya-Strand", "HAR 40019866", "Vermont Kids Care (Medicaid)", "ICN 2026034771021", [
            (D(2026, 2, 3), "0440", "92523", 1, ("GN",)), (D(2026, 2, 10), "0440", "92507", 1, ("GN",)),
            (D(2026, 2, 17), "0440", "92507", 1, ("GN",))]),
    ]
    doc.new_page()
    doc.t(40, doc.y, "Statement date: February 27, 2026        Amount due: see summary on the last page", F, 8)
    doc.y += 18
    due = ZERO
    for pat, har, payer, icn, items in accts:
        claim = (har, icn.replace("ICN ", ""), pat)
        doc.ensure(70)
        doc.rect(40, doc.y - 10, 532, 27, 0.5, 0.93)
        doc.t(46, doc.y, f"Patient: {pat}", B, 8.5)
        doc.t(300, doc.y, f"Hospital account: {har}", B, 8)
        doc.t(46, doc.y + 11, f"Outpatient rehabilitation   Insurance: {payer}   Claim ref: {icn}", F, 7.5)
        doc.y += 28
        thead(doc)
        state["cont"] = f"Patient: {pat}   Hospital account: {har} (continued)"
        svcs = []
        for dos, rev, code, u, mods in items:
            if u < 0:  # a charge credited back: same service, negative quantity and amount
                s = Svc(dos, code, 1, mods)
                s.units = Decimal(-1)
                s.billed = -q(Decimal(FEE_OF(code)))
                s.desc = "Charge correction - " + s.desc.lower()
            else:
                s = Svc(dos, code, u, mods)
            svcs.append(s)
            desc = LONG_DESC.get(code, s.desc) if u > 0 else s.desc
            dl = wrap(desc, F, 7.2, 196)
            doc.ensure(9 * len(dl) + 2)
            y = doc.y
            vals = [dfmt(dos, "mdy4"), rev, code, " ".join(mods), None, units_str(s.units), money(s.billed, ",")]
            for (x, a, _), v in zip(cx, vals):
                if v is not None:
                    doc.t(x, y, v, F, 7.2, a)
            for k, t in enumerate(dl):
                doc.t(210, y + 9 * k, t, F, 7.2)
            rec(o, s, claim, ("billed",), y=y)
            o.lines[-1]["description"] = desc
            doc.y += 9 * len(dl) + 2
        state["cont"] = None
        tb = total(svcs, "billed")
        if "Medicaid" in payer:
            ins, adj = -q(tb * Decimal("0.48")), -(tb - q(tb * Decimal("0.48")))
        else:
            ins, adj = -q(tb * Decimal("0.61")), -q(tb * Decimal("0.22"))
        bal = tb + ins + adj
        due += bal
        doc.ensure(48)
        doc.line(440, doc.y - 7, 572, doc.y - 7, 0.4)
        doc.t(210, doc.y + 1, "Total charges", B, 7.4)
        doc.t(500, doc.y + 1, money(tb, ","), B, 7.4, "r")
        doc.y += 11
        doc.t(40, doc.y + 1, dfmt(D(2026, 2, 20), "mdy4"), F, 7.2)
        doc.t(210, doc.y + 1, f"Insurance payment - {payer}", F, 7.2)
        doc.t(500, doc.y + 1, money(ins, ","), F, 7.2, "r")
        doc.y += 10
        doc.t(40, doc.y + 1, dfmt(D(2026, 2, 20), "mdy4"), F, 7.2)
        doc.t(210, doc.y + 1, "Contractual allowance", F, 7.2)
        doc.t(500, doc.y + 1, money(adj, ","), F, 7.2, "r")
        doc.y += 10
        doc.t(210, doc.y + 1, "Account balance", B, 7.4)
        doc.t(572, doc.y + 1, money(bal, ","), B, 7.4, "r")
        add_claim(o, claim, billed=tb)
        doc.y += 20
    doc.ensure(40)
    doc.rect(330, doc.y - 10, 242, 22, 0.8)
    doc.t(338, doc.y + 4, "TOTAL AMOUNT DUE FROM GUARANTOR", B, 8)
    doc.t(566, doc.y + 4, money(due), B, 8.5, "r")

    def foot(d, i, n):
        d.t(40, 758, "Financial assistance is available; ask for our plain-language summary.  Pay online with "
                     "guarantor no. 0071882.", F, 6.6)
        d.t(572, 768, f"Page {i} of {n}", F, 7, "r")
    add_footers(doc, foot)
    return o


def short(t: str, n: int = 31) -> str:
    """A billing system's description field: cut to n characters at a word boundary."""
    return t if len(t) <= n else t[:n].rsplit(" ", 1)[0].rstrip(",-/")


def FEE_OF(code: str) -> str:
    from samples.pdf.eobgen import FEE
    return FEE[code]


LAYOUTS = [l01, l02, l03, l04, l05, l06, l07, l08, l09, l10]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout143_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    stats = []
    for fn in LAYOUTS:
        o = fn()
        path = out / (o.name + ".pdf")
        (render_rl if o.producer == "reportlab" else render_fp)(o.doc, path, o.description)
        write_truth(path, o.name, o.producer, len(o.doc.pages), o.description, o.lines, o.claims, o.legend,
                    o.findings)
        stats.append((o, path))
        print(f"{path.name}: {len(o.lines)} lines, {len(o.claims)} claims, {len(o.doc.pages)} pages")
        if check:
            truth = json.loads(Path(str(path) + ".truth.json").read_text())
            errs = check_file(path, truth, o.doc.anchors, o.opts)
            for e in errs:
                print("   CHECK:", e)
            bad += bool(errs)
    if check:
        spans = sum(1 for o, _ in stats if any(
            len({ln["page"] for ln in o.lines if (ln["claim_id"], ln["payer_claim_id"]) == (c["claim_id"],
                 c["payer_claim_id"])}) > 1 for c in o.claims))
        prods = {o.producer for o, _ in stats}
        if spans < 3:
            print("   CHECK: fewer than three files carry a claim across a page break"); bad += 1
        if len(prods) < 2:
            print("   CHECK: one producer only"); bad += 1
        print(f"check: {'FAILED' if bad else 'passed'} ({len(stats)} files, {spans} with a claim across pages)")
    print(out)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
