"""Write the FIFTY-NINTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader on the five commonest real document kinds, two house styles each, written
by an author who did not look at the reader (sets 1-57 came earlier and may have been seen).

Run:  python bench/heldout59/make_heldout59_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout59/make_heldout59_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py writes it: <name>.pdf.truth.json), printed values
only, null for what a layout does not print (units null where no quantity is printed for the line, modifiers []
where none are printed); claim_id = the provider's own account / patient-control / invoice number,
payer_claim_id = the payer's claim number / ICN / TCN / reference, patient exactly as printed (the person
served, never the subscriber or guarantor unless the same). Adjustments are recorded only where the page prints
group + reason codes for the line; remarks are the note / remark / EOB codes printed on the line. Statement
"Ins. adjustment" / "Write-off" / "Discount" columns are the truth discount. Every name, number, payer,
provider, address and ID is invented; descriptions are our own words. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness); each document is laid out twice so pages can print
"Page n of N". Helpers: bench/heldout59/h59.py (page ops, two renderers, text-line extraction).

Layouts:
  c1  commercial HMO/POS member EOB "Benefit Statement" to the subscriber (reportlab, portrait Liberation Sans):
      member box + plan-year accumulators sidebar on page 1, claim heads "Patient: <name> (Spouse) - Claim
      Number ... - Provider ... - Your provider's account ...", columns Service Dates / Service / Provider
      Charges / Network Savings / Allowed / Deductible / Copay / Coinsurance / Not Covered / Plan Payment /
      You Owe / Note, codes "97530/GO", wrapped wording, three family members, a not-covered line,
      the longest claim continues onto page 2 under "Patient: ... (continued)" with the column header repeated,
      claim totals, note legend
  c2  union-trust (Taft-Hartley) self-funded plan EOB printed by a third-party administrator (fpdf2, landscape
      DejaVu Serif): "Participant" / "Claimant" blocks, claim line "Claim Ref ... Patient Control # ...", columns
      From / To / Proc / Mod / Qty / Amount Charged / Excluded / Discount / Eligible / Deductible / Co-Pay /
      Coins / Benefit Paid / Remark, dates "01-05-26", per-visit copay, an excluded line, PLANTED claim total
      mismatch on one claim (declared expected finding)
  m1  Medicare Summary Notice Part B (fpdf2, portrait Liberation Serif): page-1 facts column ("Your Deductible
      Status", "Claims processed") at the right, provider blocks "Claim number" / "Provider's name", date in
      the block head "Date of Service: 01/05/2026", description with the code in parentheses "(97110)", Service
      Approved? / Amount Provider Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You May
      Be Billed / See Notes; no units, modifiers, or account numbers; a denied line; notes legend
  m2  Medicare Advantage HMO member EOB (reportlab, portrait DejaVu Sans Condensed): "Member Explanation of
      Benefits", summary table this period / year to date, ruled claim rows "Date | Service (code) | Provider
      billed | Plan approved | Plan paid | You paid or may owe | Note", code + mod "97140 GP", "Provider account",
      multi-page with a claim continuing onto page 2 without a repeated header ("continued" text only)
  d1  state Medicaid remittance advice, line-printer (fpdf2, landscape DejaVu Sans Mono): page banner repeated
      every page, "PAID CLAIMS" / "DENIED CLAIMS" sections, claim head "RECIPIENT NAME ... MEDICAID ID ... ICN
      ... PAT ACCT ...", lines with FROM/THRU "010526 010526", PROC, M1 M2, UNITS "4.00", BILLED, ALLOWED,
      TPL, COPAY, PAID, EOB codes, claim totals, EOB message list and run totals on page 2 (a break inside a claim
      would print "*** CONTINUED ***")
  d2  state Medicaid remittance advice (reportlab, portrait Liberation Sans Narrow): fully boxed claim cards,
      "Transaction Control Number", "Beneficiary", "Provider Claim #", lines Ln / DOS / Proc-Mod "92507-GN" /
      Units / Charge / Allowed / Paid / Group-CARC "CO 45" / Adj Amt / RARC, a denied claim, every adjustment
      printed (billed - adjustments = paid)
  p1  clearinghouse 835 print "Remittance Advice - Professional" (reportlab, portrait core Courier): check/EFT
      box, claim heads "PATIENT / PAT CTRL NO / PAYER CLM NO / STATUS", lines REND PROV / DOS / PROC / MOD /
      UNITS / CHARGE / ALLOWED / DEDUCT / COINS / PAID, each adjustment on its own row under the line
      "ADJ CO-45 78.15", a denied line (CO-50) with RARC, a reversed claim with trailing-minus amounts and its
      replacement, PT RESP per claim (a claim-level total only), header repeated on page 2
  p2  practice-management "Insurance Payment Posting Report" (fpdf2, landscape Liberation Sans Narrow):
      payment batch box, "Acct #" / "Patient" / "Claim ID", columns DOS / CPT / Mods "GP KX" / Units "1.0" /
      Billed / Allowed / Ins Paid / Contract Adj / Deduct / Coins / Transfer to Pt, adjustment reasons "CO45"
      etc in one cell, a claim continuing on page 2 with header repeated
  s1  therapy clinic family statement (reportlab, portrait Liberation Serif): return-stub band with amount due
      box, "Statement Date" sidebar, ledger "Date / Patient / Code / Service / Charge / Insurance Paid /
      Adjustment / You Owe", visit notes "Filed to <plan> claim ...", four family members, aging strip
  s2  hospital outpatient statement with separate patient accounts (fpdf2, portrait DejaVu Sans): guarantor and
      account summary, per-account "Visit # / Patient / Insurance claim #" heads, rows Date / Rev / CPT-Mod /
      Description (wrapped) / Qty / Charges / Insurance Paid / Discount / Patient Balance, an account running onto
      page 2 with "(continued)" and repeated header

The self-check (--check) tests the factory, not the reader: page counts; every truth line is found on its page's
text layer (pdfplumber words grouped into text lines) with its code, modifiers, units, date token, every non-null
amount, each printed adjustment code and amount, and its remark codes on the SAME text line (or the stacked
adjustment rows directly under it for p1); ids and patients are in the document's text; claim totals are printed;
arithmetic: billed - printed adjustments = paid where every adjustment is printed (d2, p1), allowed - deductible -
copay - coinsurance = paid for the member EOBs, and claim totals equal the sum of lines except the planted one.
"""

from __future__ import annotations

import argparse
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

import eobgen  # noqa: E402
from eobgen import (FIXED_WHEN, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, total, truth_line, units_str, write_truth)
from h59 import Pages, num, render_fpdf, render_reportlab, text_lines, width, wrap  # noqa: E402

# a few extra invented fees for codes the shared tables lack
for _c, _f, _s, _d in (("97533", "92.00", "34.10", "Sensory integration activities"),
                       ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
                       ("97018", "30.00", "4.21", "Paraffin bath treatment"),
                       ("99203", "210.00", "112.40", "Office visit, new patient"),
                       ("A4565", "28.00", "9.80", "Arm sling")):
    eobgen.FEE[_c], eobgen.SCHED[_c], eobgen.DESC[_c] = _f, _s, _d

D = date
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


def ds(d, st):
    if st == "mdyd":
        return d.strftime("%m-%d-%y")
    if st == "mdy6":
        return d.strftime("%m%d%y")
    return dfmt(d, st)


class Claim:
    def __init__(self, patient, claim_id, payer_claim_id, svcs, provider="", rel="", note=""):
        self.patient, self.claim_id, self.payer_claim_id = patient, claim_id, payer_claim_id
        self.svcs, self.provider, self.rel, self.note = svcs, provider, rel, note
        self.rows: list[tuple[int, Svc]] = []


# ------------------------------------------------------------------------------------------- flowing table

class Flow:
    """Writes rows top to bottom; on overflow starts a page, draws furniture and (optionally) a repeated header."""

    def __init__(self, pg: Pages, furniture, bottom: float):
        self.pg, self.furniture, self.bottom = pg, furniture, bottom
        self.y = 0.0
        self.on_break = None  # callable(y) -> y, drawn after furniture on a continuation page

    def page(self):
        self.pg.new()
        self.y = self.furniture(self.pg, self.pg.n)

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.page()
            if self.on_break:
                self.y = self.on_break(self.y)
            return True
        return False


def two_pass(build):
    """build(total_pages or None) -> Pages; run twice so 'Page n of N' is right."""
    first = build(None)
    return build(first.n)


# ------------------------------------------------------------------------------------------------ layouts
# Each layout: build(tot) -> (Pages, claims, meta). meta: printed fields, units/mods flags, date style, etc.

FONT = {}


def cols_header(pg, y, cols, font, size, lh, rule=True, box=None):
    """cols: list of (heading lines, x, align). Returns y below header."""
    nl = max(len(h) for h, _, _ in cols)
    if box is not None:
        pg.rect(box[0], y - size - 2, box[1] - box[0], nl * lh + 4, fill=box[2], lw=0.4)
    for h, x, al in cols:
        for i, s in enumerate(h):
            pg.text(x, y + i * lh, s, font, size, al)
    y += (nl - 1) * lh + 4
    if rule:
        pg.line(cols[0][1] - 2 if cols[0][2] == "l" else 30, y, pg.w - 30, y, 0.6)
    return y + lh


def fam_commercial(seed_claims, st_kwargs):
    out = []
    for spec in seed_claims:
        st = PlanState(**st_kwargs)
        out.append(spec(st))
    return out


# ---------------------------------------------------------------- c1 commercial member EOB (reportlab)

def data_c1():
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    def S(*a, **k):
        return commercial(Svc(*a, **k), st)
    c = []
    c.append(Claim("Harriet Okonkwo-Bell", "WRP-602281", "7H26011400391", [
        S(D(2026, 1, 5), "97166", 1, ("GO",)), S(D(2026, 1, 5), "97530", 2, ("GO",)),
        S(D(2026, 1, 7), "97530", 2, ("GO",)), S(D(2026, 1, 7), "97535", 1, ("GO",), desc=eobgen.LONG_DESC["97535"]),
        S(D(2026, 1, 9), "97140", 1, ("GO", "59"), desc=eobgen.LONG_DESC["97140"]),
        S(D(2026, 1, 9), "97110", 2, ("GO",)), S(D(2026, 1, 12), "97530", 3, ("GO",)),
        S(D(2026, 1, 12), "97018", 1, ("GO",)), S(D(2026, 1, 14), "97535", 2, ("GO",)),
        S(D(2026, 1, 14), "97760", 1, ("GO",), desc=eobgen.LONG_DESC["97760"]),
        S(D(2026, 1, 16), "97530", 2, ("GO",)), S(D(2026, 1, 16), "97110", 1, ("GO",)),
        S(D(2026, 1, 19), "97168", 1, ("GO",)), S(D(2026, 1, 19), "97140", 1, ("GO",)),
        S(D(2026, 1, 21), "97530", 2, ("GO",)), S(D(2026, 1, 21), "97110", 1, ("GO", "59")),
        S(D(2026, 1, 23), "97535", 2, ("GO",)), S(D(2026, 1, 23), "97140", 1, ("GO",)),
    ], "Westridge Hand & Upper Limb Therapy", "Spouse"))
    st2 = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    c.append(Claim("Theo Okonkwo-Bell", "WRP-602307", "7H26011800722", [
        commercial(Svc(D(2026, 1, 8), "92523", 1, ("GN",)), st2),
        commercial(Svc(D(2026, 1, 15), "92507", 1, ("GN",)), st2),
        commercial(Svc(D(2026, 1, 15), "97533", 1, ("GO",), denied="PR"), st2, "96"),
    ], "Westridge Pediatric Speech Center", "Son"))
    st3 = PlanState(ded_left=Decimal("40.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    c.append(Claim("Daniel Okonkwo-Bell", "BSM-118840", "7H26012100045", [
        commercial(Svc(D(2026, 1, 20), "99203", 1), st3),
        commercial(Svc(D(2026, 1, 20), "A4565", 1), st3),
    ], "Brookside Sports Medicine Group", "Self"))
    notes = {"97533": ["N4"], "97166": ["N1"], "99203": ["N1", "N2"]}
    for cl in c:
        for s in cl.svcs:
            s.remarks = list(notes.get(s.code, ["N1"] if s.deductible else []))
            if s.denied:
                s.remarks = ["N4"]
    c = [c[1], c[2], c[0]]
    legend = [("N1", "Part of the allowed amount was applied to your plan-year deductible."),
              ("N2", "An office-visit copay applies to this service under your plan."),
              ("N4", "Your plan does not cover this service. You may be billed for it.")]
    return c, legend


def build_c1(tot, claims, legend):
    pg = Pages(*LETTER)
    F, B, fs, lh = "LibSans", "LibSans-B", 6.9, 10.4
    X = dict(date=36, svc=78, chg=282, sav=314, alw=346, ded=376, cop=402, coi=432, nc=462, pay=496, you=536, note=544)
    cols = [(["Service", "Dates"], X["date"], "l"), (["Service"], X["svc"], "l"),
            (["Provider", "Charges"], X["chg"], "r"), (["Network", "Savings"], X["sav"], "r"),
            (["Allowed", "Amount"], X["alw"], "r"), (["Deduct-", "ible"], X["ded"], "r"),
            (["Copay"], X["cop"], "r"), (["Coin-", "surance"], X["coi"], "r"), (["Not", "Covered"], X["nc"], "r"),
            (["Plan", "Payment"], X["pay"], "r"), (["You", "Owe"], X["you"], "r"),
            (["Note"], X["note"], "l")]

    def furniture(p, n):
        p.text(36, 40, "SUMMIT CREST HEALTH PLAN", B, 13)
        p.text(36, 52, "POS Choice Plus  |  Member Services 1-800-555-0148  |  summitcrest.example", F, 7.5)
        p.text(576, 40, "BENEFIT STATEMENT", B, 11, "r")
        p.text(576, 52, "This is not a bill", F, 8, "r")
        p.line(36, 58, 576, 58, 1.2)
        if tot:
            p.text(306, 770, f"Page {n} of {tot}", F, 7, "c")
        p.text(36, 770, "SCHP-BS-04 (rev. 2025)", F, 6.5)
        if n == 1:
            p.text(36, 78, "MARGARET OKONKWO-BELL", B, 9)
            p.text(36, 89, "2214 Larkspur Terrace Apt 3", F, 8.5)
            p.text(36, 100, "Fairhaven, OR 97999-0142", F, 8.5)
            p.rect(36, 112, 300, 46, lw=0.6)
            for i, (a, b) in enumerate((("Subscriber:", "Margaret Okonkwo-Bell"), ("Member ID:", "SCX 884 201 776"),
                                        ("Group:", "0048812 - Alder Valley Schools"), ("Statement date:", "January 30, 2026"))):
                p.text(42, 123 + i * 10, a, B, 7.5)
                p.text(120, 123 + i * 10, b, F, 7.5)
            p.rect(350, 70, 226, 88, fill=0.92, lw=0.6)
            p.text(356, 82, "Your plan year to date", B, 8.5)
            for i, (a, b) in enumerate((("Family deductible met", "$290.00 of $1,500.00"),
                                        ("Family out-of-pocket met", "$612.40 of $6,000.00"),
                                        ("Visits used: therapy", "9 of 30"),
                                        ("Plan year", "01/01/2026 - 12/31/2026"))):
                p.text(356, 96 + i * 12, a, F, 7.5)
                p.text(570, 96 + i * 12, b, F, 7.5, "r")
            p.text(36, 178, "Claims at a glance", B, 9)
            for i, (a, b_, c_, d_) in enumerate([("Patient", "Provider", "Plan paid", "You owe")] + [
                    (cl.patient, cl.provider, money(total(cl.svcs, "paid")), money(total(cl.svcs, "owes"))) for cl in claims]):
                yy = 192 + i * 11
                p.text(40, yy, a, B if i == 0 else F, 7.5)
                p.text(190, yy, b_, B if i == 0 else F, 7.5)
                p.text(440, yy, c_, B if i == 0 else F, 7.5, "r")
                p.text(520, yy, d_, B if i == 0 else F, 7.5, "r")
            p.rect(36, 706, 540, 44, fill=0.95, lw=0.5)
            p.text(42, 718, "Your rights: you may ask for a review of any decision on this statement within 180 days. Call us", F, 7)
            p.text(42, 729, "or write to the address below. Language help is free: call the number on your member card.", F, 7)
            p.text(42, 740, "Fraud tip line 1-800-555-0177.", F, 7)
            return 200 + 11 * len(claims) + 12
        return 74

    def claim_head(p, y, cl, cont):
        p.rect(34, y - 8, 544, 12, fill=0.85, lw=0)
        s = f"Patient: {cl.patient} ({cl.rel})" + ("  (continued)" if cont else "")
        p.text(38, y + 1, s, B, 7.8)
        if not cont:
            p.text(300, y + 1, f"Claim Number {cl.payer_claim_id}", B, 7.8)
        y += lh + 2
        if not cont:
            p.text(38, y, f"Provider: {cl.provider}   Your provider's account: {cl.claim_id}   Received 01/22/2026   Processed 01/28/2026", F, 7)
            y += lh + 2
        return cols_header(p, y, cols, B, fs, lh - 1.5)

    pg.new()
    fl = Flow(pg, furniture, 698)
    fl.y = furniture(pg, 1)
    for cl in claims:
        cl.rows = []
        fl.on_break = None
        fl.need(60)
        fl.y = claim_head(pg, fl.y, cl, False)
        fl.on_break = lambda y, cl=cl: claim_head(pg, y, cl, True)
        for s in cl.svcs:
            dl = wrap(s.desc, F, fs, 114)
            fl.need(lh * len(dl) + 2)
            y = fl.y
            pg.text(X["date"], y, dfmt(s.dos, "mdy2"), F, fs)
            pg.text(X["svc"], y, f"{s.code}/{'/'.join(s.mods)}" if s.mods else s.code, F, fs)
            for i, t in enumerate(dl):
                pg.text(X["svc"] + 52, y + i * lh, t, F, fs)
            for k, a in (("chg", s.billed), ("sav", s.discount), ("alw", s.allowed), ("ded", s.deductible),
                         ("cop", s.copay), ("coi", s.coinsurance), ("nc", s.not_covered), ("pay", s.paid),
                         ("you", s.owes)):
                pg.text(X[k], y, money(a, ","), F, fs, "r")
            pg.text(X["note"], y, " ".join(s.remarks), F, fs)
            cl.rows.append((pg.n, s))
            fl.y += lh * len(dl) + 1
        fl.on_break = None
        fl.need(lh * 2)
        pg.line(X["chg"] - 30, fl.y - 6, X["you"], fl.y - 6, 0.4)
        pg.text(X["svc"], fl.y + 1, "Claim Total", B, fs)
        for k, a in (("chg", "billed"), ("sav", "discount"), ("alw", "allowed"), ("ded", "deductible"),
                     ("cop", "copay"), ("coi", "coinsurance"), ("nc", "not_covered"), ("pay", "paid"), ("you", "owes")):
            pg.text(X[k], fl.y + 1, money(total(cl.svcs, a), ","), B, fs, "r")
        fl.y += lh * 2.2
    fl.need(14 + 10 * len(legend))
    pg.text(36, fl.y, "Notes", B, 8.5)
    fl.y += 11
    for k, v in legend:
        pg.text(36, fl.y, k, B, 7.5)
        pg.text(58, fl.y, v, F, 7.5)
        fl.y += 10
    fl.y += 6
    pg.text(36, fl.y, "Questions or an appeal: call Member Services or write to PO Box 33018, Salem, OR 97399.", F, 7.5)
    return pg


# ---------------------------------------------------------------- c2 union trust TPA EOB (fpdf2)

def data_c2():
    st = PlanState(ded_left=Decimal("100.00"), allowed_rate=Decimal("0.85"), visit_copay=Decimal("25.00"))
    def S(*a, **k):
        return commercial(Svc(*a, **k), st)
    c = [Claim("ROSALIND VANTERPOOL", "PC44710", "TR-2601-008815", [
        S(D(2026, 1, 6), "97161", 1, ("GP",)), S(D(2026, 1, 6), "97110", 2, ("GP",)),
        S(D(2026, 1, 8), "97110", 2, ("GP",)), S(D(2026, 1, 8), "97112", 1, ("GP",)),
        S(D(2026, 1, 13), "97140", 1, ("GP",)), S(D(2026, 1, 13), "97110", 2, ("GP", "KX")),
    ], "Harborline Physical Therapy", "Spouse")]
    st2 = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.85"), visit_copay=Decimal("25.00"))
    c.append(Claim("MILES VANTERPOOL", "PC44791", "TR-2601-009120", [
        commercial(Svc(D(2026, 1, 9), "97165", 1, ("GO",)), st2),
        commercial(Svc(D(2026, 1, 9), "97533", 1, ("GO",), denied="CO"), st2, "B7"),
        commercial(Svc(D(2026, 1, 16), "97530", 2, ("GO",)), st2),
        commercial(Svc(D(2026, 1, 16), "97535", 1, ("GO",)), st2),
    ], "Harborline Physical Therapy", "Dependent"))
    st3 = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.85"), visit_copay=Decimal("25.00"))
    c.append(Claim("ISLA VANTERPOOL", "PC44802", "TR-2601-009133", [
        commercial(Svc(D(2026, 1, 12), "92507", 1, ("GN",)), st3),
        commercial(Svc(D(2026, 1, 19), "92507", 1, ("GN",)), st3),
        commercial(Svc(D(2026, 1, 26), "92507", 1, ("GN",)), st3),
    ], "Tidewater Speech Associates", "Dependent"))
    for cl in c:
        for s in cl.svcs:
            s.remarks = ["X2"] if s.denied else (["D1"] if s.deductible else (["C5"] if s.copay else []))
    legend = [("C5", "Per-visit copay taken from the first service of the day."),
              ("D1", "Applied toward the individual calendar-year deductible."),
              ("X2", "Excluded: the Plan Document does not list this service as a covered therapy.")]
    return c, legend


def build_c2(tot, claims, legend, bump):
    pg = Pages(*LAND)
    F, B, fs, lh = "DVSerif", "DVSerif-B", 7.2, 10
    X = dict(frm=40, to=84, proc=128, mod=166, qty=218, chg=280, exc=335, dis=388, elg=442, ded=494, cop=540,
             coi=588, pay=650, rem=666)
    cols = [(["From"], X["frm"], "l"), (["To"], X["to"], "l"), (["Proc"], X["proc"], "l"), (["Mod"], X["mod"], "l"),
            (["Qty"], X["qty"], "r"), (["Amount", "Charged"], X["chg"], "r"), (["Excluded"], X["exc"], "r"),
            (["Discount"], X["dis"], "r"), (["Eligible"], X["elg"], "r"), (["Deductible"], X["ded"], "r"),
            (["Co-Pay"], X["cop"], "r"), (["Coins"], X["coi"], "r"), (["Benefit", "Paid"], X["pay"], "r"),
            (["Remark"], X["rem"], "l")]

    def furniture(p, n):
        p.rect(0, 0, 792, 46, fill=0.25, lw=0)
        p.text(40, 28, "IRONWORKERS & ALLIED TRADES HEALTH TRUST - LOCAL 1187", B, 12)
        p.text(752, 28, "EXPLANATION OF BENEFITS", B, 10, "r")
        p.text(40, 60, "Administered by Keystone Benefit Administrators, Inc.  PO Box 70412  Harrisburg PA 17199  (717) 555-0199", F, 7)
        if tot:
            p.text(752, 60, f"Page {n} of {tot}", F, 7, "r")
        p.text(40, 590, "Keep this statement for your records. Claims appeals must be filed with the Board of Trustees within 180 days.", F, 6.5)
        if n == 1:
            p.rect(40, 70, 330, 54, lw=0.5)
            for i, s in enumerate(("Participant: ANTON VANTERPOOL", "Participant ID: 55-0918-22", "Employer: Delmar Steel Erectors",
                                   "EOB Date: 01/31/2026")):
                p.text(46, 82 + i * 11, s, F if i else B, 7.5)
            p.rect(390, 70, 362, 54, fill=0.93, lw=0.5)
            p.text(396, 82, "Amounts shown for each claimant. A claimant is the family member who received care.", F, 7)
            p.text(396, 94, "Eligible = Amount Charged - Excluded - Discount.", F, 7)
            p.text(396, 106, "Benefit Paid = Eligible - Deductible - Co-Pay - Coins.", F, 7)
            return 144
        return 80

    def head(p, y, cl):
        p.line(40, y - 9, 752, y - 9, 0.8)
        p.text(40, y, f"Claimant: {cl.patient}", B, 8)
        p.text(230, y, f"Relationship: {cl.rel}", F, 7.5)
        p.text(360, y, f"Claim Ref {cl.payer_claim_id}", F, 7.5)
        p.text(500, y, f"Patient Control # {cl.claim_id}", F, 7.5)
        y += lh
        p.text(40, y, f"Provider: {cl.provider}   (In-network)   Paid to provider", F, 7.5)
        return cols_header(p, y + lh + 2, cols, B, fs, lh - 2)

    pg.new()
    fl = Flow(pg, furniture, 570)
    fl.y = furniture(pg, 1)
    for ci, cl in enumerate(claims):
        cl.rows = []
        fl.need(50 + lh * len(cl.svcs))
        fl.y = head(pg, fl.y, cl)
        for s in cl.svcs:
            y = fl.y
            pg.text(X["frm"], y, ds(s.dos, "mdyd"), F, fs)
            pg.text(X["to"], y, ds(s.dos, "mdyd"), F, fs)
            pg.text(X["proc"], y, s.code, F, fs)
            pg.text(X["mod"], y, " ".join(s.mods), F, fs)
            pg.text(X["qty"], y, f"{s.units:.1f}", F, fs, "r")
            for k, a in (("chg", s.billed), ("exc", s.not_covered), ("dis", s.discount), ("elg", s.allowed),
                         ("ded", s.deductible), ("cop", s.copay), ("coi", s.coinsurance), ("pay", s.paid)):
                pg.text(X[k], y, money(a, ""), F, fs, "r")
            pg.text(X["rem"], y, " ".join(s.remarks), F, fs)
            cl.rows.append((pg.n, s))
            fl.y += lh
        y = fl.y + 2
        pg.line(X["qty"] + 20, y - 8, X["pay"], y - 8, 0.4)
        pg.text(X["proc"], y, "Claim Totals", B, fs)
        for k, a in (("chg", "billed"), ("exc", "not_covered"), ("dis", "discount"), ("elg", "allowed"),
                     ("ded", "deductible"), ("cop", "copay"), ("coi", "coinsurance"), ("pay", "paid")):
            v = total(cl.svcs, a) + (bump if (ci == 1 and a == "paid") else ZERO)
            pg.text(X[k], y, money(v, ""), B, fs, "r")
        fl.y = y + lh * 2
    fl.need(12 + 10 * len(legend))
    pg.text(40, fl.y, "Remark Codes", B, 8)
    fl.y += 11
    for k, v in legend:
        pg.text(40, fl.y, f"{k} - {v}", F, 7)
        fl.y += 10
    return pg


# ---------------------------------------------------------------- m1 Medicare Summary Notice (fpdf2)

def data_m1():
    st = PlanState(ded_left=Decimal("120.00"))
    def S(*a, **k):
        return medicare(Svc(*a, **k), st, sequestration=False)
    c = [Claim("WALTER J. PRZYBYLSKI", None, "26-018-44920-7", [
        S(D(2026, 1, 5), "97163", 1, ("GP",)), S(D(2026, 1, 5), "97110", 2, ("GP",)),
        S(D(2026, 1, 5), "97140", 1, ("GP",)),
    ], "Lakeview Rehab Partners"),
        Claim("WALTER J. PRZYBYLSKI", None, "26-023-51107-3", [
            S(D(2026, 1, 12), "97110", 2, ("GP",)), S(D(2026, 1, 12), "97112", 1, ("GP",)),
            S(D(2026, 1, 12), "97116", 1, ("GP",)), S(D(2026, 1, 12), "0552T", 1, denied="PR"),
        ], "Lakeview Rehab Partners"),
        Claim("WALTER J. PRZYBYLSKI", None, "26-027-60388-1", [
            S(D(2026, 1, 19), "92523", 1, ("GN",)), S(D(2026, 1, 19), "92507", 1, ("GN",)),
        ], "North Shore Speech & Swallow Clinic")]
    for cl in c:
        for s in cl.svcs:
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    legend = [("A", "The amount Medicare paid the provider is 80% of the Medicare-approved amount after any deductible."),
              ("B", "This amount went toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this item. You may be billed; you can appeal.")]
    return c, legend


def build_m1(tot, claims, legend):
    pg = Pages(*LETTER)
    F, B, fs, lh = "LibSerif", "LibSerif-B", 8, 11
    X = dict(desc=40, ok=300, chg=380, apr=440, paid=498, max=556, note=562)
    cols = [(["Service Provided &", "Billing Code"], X["desc"], "l"), (["Service", "Approved?"], X["ok"], "l"),
            (["Amount", "Provider", "Charged"], X["chg"], "r"), (["Medicare-", "Approved", "Amount"], X["apr"], "r"),
            (["Amount", "Medicare", "Paid"], X["paid"], "r"), (["Maximum", "You May", "Be Billed"], X["max"], "r"),
            (["See", "Notes"], X["note"], "l")]

    def furniture(p, n):
        p.text(40, 40, "Medicare Summary Notice", B, 16)
        p.text(40, 54, "for Part B (Medical Insurance)", F, 10)
        p.text(572, 40, "WALTER J. PRZYBYLSKI", B, 9, "r")
        p.text(572, 52, "Medicare Number XXXXXXX2K71", F, 8, "r")
        if tot:
            p.text(572, 770, f"Page {n} of {tot}", F, 8, "r")
        p.text(40, 770, "Medicare Summary Notice  |  Jan 2026", F, 8)
        p.line(40, 62, 572, 62, 1)
        if n == 1:
            p.text(40, 80, "The amount you may be billed for the 3 claims processed this period:", F, 9)
            owe = sum((s.owes for cl in claims for s in cl.svcs), ZERO)
            p.text(40, 96, money(owe), B, 14)
            p.text(40, 112, "Did Medicare approve all services?  NO - see notes on the claim pages.", F, 8.5)
            p.rect(390, 70, 182, 74, fill=0.9, lw=0.5)
            p.text(396, 82, "Your Deductible Status", B, 8.5)
            p.text(396, 94, "Your Part B deductible is $283.00.", F, 7.5)
            p.text(396, 105, "You have now met $283.00 of it.", F, 7.5)
            p.text(396, 120, "Claims processed: Dec 20 - Jan 20", F, 7.5)
            p.text(396, 131, "Be alert to fraud: 1-800-555-0133", F, 7.5)
            p.text(40, 160, "Your Claims for Part B (Medical Insurance)", B, 11)
            return 182
        return 80

    pg.new()
    fl = Flow(pg, furniture, 740)
    fl.y = furniture(pg, 1)
    for cl in claims:
        cl.rows = []
        fl.need(80)
        y = fl.y
        pg.rect(38, y - 10, 536, 40, fill=0.95, lw=0.5)
        pg.text(44, y, f"Date of Service: {dfmt(cl.svcs[0].dos, 'mdy4')}", B, 9)
        pg.text(300, y, f"Claim number {cl.payer_claim_id}", F, 8.5)
        pg.text(44, y + 12, f"{cl.provider}, 880 Harbor Point Rd, Cedar Shoals, WI 53999", F, 8)
        pg.text(44, y + 24, "Provider's name and address; referred by Dr. Ines Calderwood", F, 7.5)
        y = cols_header(pg, y + 44, cols, B, fs - 0.5, lh - 2)
        fl.y = y
        for s in cl.svcs:
            dl = wrap(f"{s.desc} ({s.code})", F, fs, 250)
            fl.need(lh * len(dl) + 2)
            y = fl.y
            for i, t in enumerate(dl):
                pg.text(X["desc"], y + i * lh, t, F, fs)
            pg.text(X["ok"], y, "No" if s.denied else "Yes", F, fs)
            for k, a in (("chg", s.billed), ("apr", s.allowed), ("paid", s.paid), ("max", s.owes)):
                pg.text(X[k], y, money(a), F, fs, "r")
            pg.text(X["note"], y, ", ".join(s.remarks), F, fs)
            cl.rows.append((pg.n, s))
            fl.y += lh * len(dl) + 2
        pg.line(X["chg"] - 50, fl.y - 8, X["max"], fl.y - 8, 0.5)
        pg.text(X["desc"], fl.y + 1, "Total for this claim", B, fs)
        for k, a in (("chg", "billed"), ("apr", "allowed"), ("paid", "paid"), ("max", "owes")):
            pg.text(X[k], fl.y + 1, money(total(cl.svcs, a)), B, fs, "r")
        fl.y += lh * 2.4
    fl.need(14 + 11 * len(legend))
    pg.text(40, fl.y, "Notes for Claims Above", B, 10)
    fl.y += 13
    for k, v in legend:
        pg.text(40, fl.y, f"{k}  {v}", F, 8)
        fl.y += 11
    return pg


# ---------------------------------------------------------------- m2 Medicare Advantage EOB (reportlab)

def data_m2():
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("20.00"))
    def S(*a, **k):
        s = medicare(Svc(*a, **k), st, sequestration=False)
        return s
    # MA HMO: plan pays allowed minus a per-visit copay (no coinsurance)
    def ma(s: Svc, copaid: set):
        if s.denied:
            return s
        s.coinsurance = ZERO
        rem = s.allowed
        s.copay = ZERO
        if s.dos not in copaid:
            copaid.add(s.dos)
            s.copay = min(Decimal("20.00"), rem)
        s.paid = rem - s.copay
        s.owes = s.copay
        return s
    cp: set = set()
    svcs = [S(D(2026, 1, d), code, u, mods) for d, code, u, mods in (
        (6, "97162", 1, ("GP",)), (6, "97110", 2, ("GP",)), (6, "97140", 1, ("GP",)), (9, "97110", 2, ("GP",)),
        (9, "97112", 1, ("GP", "CQ")), (9, "97116", 1, ("GP",)), (8, "97110", 2, ("GP",)), (8, "97140", 1, ("GP",)),
        (13, "97112", 2, ("GP",)), (13, "97110", 1, ("GP", "CQ")), (15, "97530", 2, ("GP",)),
        (15, "97140", 1, ("GP",)), (20, "97110", 2, ("GP", "CQ")), (20, "97116", 1, ("GP",)),
        (22, "97112", 1, ("GP",)), (22, "97530", 1, ("GP", "CQ")), (27, "97110", 2, ("GP",)),
        (27, "97140", 1, ("GP",)), (29, "97112", 2, ("GP",)), (29, "97110", 1, ("GP", "CQ")),
        (30, "97530", 2, ("GP",)), (30, "97140", 1, ("GP",)))]
    svcs = [ma(s, cp) for s in svcs]
    cp2: set = set()
    svcs2 = [ma(S(D(2026, 1, 14), "97168", 1, ("GO",)), cp2), ma(S(D(2026, 1, 14), "97535", 2, ("GO",)), cp2),
             ma(S(D(2026, 1, 21), "97535", 1, ("GO",)), cp2),
             S(D(2026, 1, 21), "97018", 1, ("GO",), denied="PR")]
    c = [Claim("Beatrix Lindqvist-Amado", "HTW-9082", "MA2601180032", svcs2, "Hand Therapy of Westmoor"),
         Claim("Beatrix Lindqvist-Amado", "LRC-33017", "MA2601177425", svcs, "Riverbend Outpatient Rehab")]
    for cl in c:
        for s in cl.svcs:
            s.remarks = ["3"] if s.denied else (["1"] if s.copay else [])
    legend = [("1", "Your plan's specialist/therapy copay for the visit."),
              ("3", "Not covered by your plan. The provider may bill you; see your appeal rights.")]
    return c, legend


def build_m2(tot, claims, legend):
    pg = Pages(*LETTER)
    F, B, fs, lh = "DVCond", "DVCond-B", 7.6, 13.5
    X = dict(date=44, svc=96, bill=378, apr=436, pay=494, you=552, note=558)
    cols = [(["Date"], X["date"], "l"), (["Service (code)"], X["svc"], "l"), (["Provider", "billed"], X["bill"], "r"),
            (["Plan", "approved"], X["apr"], "r"), (["Plan", "paid"], X["pay"], "r"),
            (["You paid", "or may owe"], X["you"], "r"), (["Note"], X["note"], "l")]

    def furniture(p, n):
        p.text(44, 42, "Meridian Gold Advantage (HMO)", B, 12)
        p.text(44, 55, "Member Explanation of Benefits  -  January 2026", F, 9)
        p.text(568, 42, "Beatrix Lindqvist-Amado", F, 8, "r")
        p.text(568, 53, "Member ID  MGA-300-418-552", F, 8, "r")
        p.line(44, 62, 568, 62, 0.8)
        if tot:
            p.text(568, 772, f"{n} / {tot}", F, 7, "r")
        p.text(44, 772, "Meridian Gold Advantage is an HMO plan with a Medicare contract. H9999_EOB26_M", F, 6.5)
        p.line(44, 722, 568, 722, 0.4)
        p.text(44, 734, "Questions? Member Services 1-888-555-0164 (TTY 711), 8 a.m. to 8 p.m., 7 days a week.", F, 7)
        p.text(44, 745, "If you disagree with a decision, you can ask us for a redetermination within 65 days.", F, 7)
        if n == 1:
            p.text(44, 80, "Summary", B, 10)
            rows = [("", "This period", "Year to date"), ("Total provider billed",
                    money(sum((total(c.svcs, "billed") for c in claims), ZERO)), "same"),
                    ("Total plan paid", money(sum((total(c.svcs, "paid") for c in claims), ZERO)), "same"),
                    ("You paid or may owe", money(sum((total(c.svcs, "owes") for c in claims), ZERO)), "same")]
            for i, (a, b, c_) in enumerate(rows):
                yy = 94 + i * 12
                p.text(50, yy, a, B if i == 0 else F, 8)
                p.text(300, yy, b, B if i == 0 else F, 8, "r")
                p.text(400, yy, c_, B if i == 0 else F, 8, "r")
                p.line(44, yy + 3, 420, yy + 3, 0.3)
            p.rect(44, 160, 524, 58, fill=0.93, lw=0.5)
            p.text(50, 173, "Your out-of-pocket spending in 2026", B, 8.5)
            p.text(50, 186, "You have spent $230.00 toward your $4,900.00 in-network maximum out-of-pocket amount.", F, 8)
            p.text(50, 198, "Once you reach the maximum, the plan pays 100% of covered services for the rest of 2026.", F, 8)
            p.text(50, 210, "Drug costs are reported separately in your Part D statement.", F, 8)
            p.text(44, 238, "Your claims this period", B, 10)
            return 258
        return 80

    pg.new()
    fl = Flow(pg, furniture, 712)
    fl.y = furniture(pg, 1)
    for cl in claims:
        cl.rows = []
        fl.need(70)
        y = fl.y
        pg.text(44, y, f"{cl.provider}", B, 9)
        pg.text(568, y, f"Claim {cl.payer_claim_id}", F, 8, "r")
        pg.text(44, y + 11, f"Provider account {cl.claim_id}  -  Patient: {cl.patient}  -  In network", F, 7.5)
        fl.y = cols_header(pg, y + 26, cols, B, fs, lh - 3)
        fl.on_break = lambda yy, cl=cl: (pg.text(44, yy, f"{cl.provider}  Claim {cl.payer_claim_id}  continued", F, 7.5), yy + lh)[1]
        for s in cl.svcs:
            fl.need(lh)
            y = fl.y
            pg.text(X["date"], y, dfmt(s.dos, "mon").replace(", 2026", ""), F, fs)
            pg.text(X["svc"], y, f"{s.desc} ({s.code} {' '.join(s.mods)})", F, fs)
            for k, a in (("bill", s.billed), ("apr", s.allowed), ("pay", s.paid), ("you", s.owes)):
                pg.text(X[k], y, money(a), F, fs, "r")
            pg.text(X["note"], y, " ".join(s.remarks), F, fs)
            pg.line(44, y + 4, 568, y + 4, 0.25)
            cl.rows.append((pg.n, s))
            fl.y += lh
        fl.on_break = None
        fl.need(lh)
        pg.text(X["svc"], fl.y, "Claim total", B, fs)
        for k, a in (("bill", "billed"), ("apr", "allowed"), ("pay", "paid"), ("you", "owes")):
            pg.text(X[k], fl.y, money(total(cl.svcs, a)), B, fs, "r")
        fl.y += lh * 2.2
    fl.need(14 + 11 * len(legend))
    pg.text(44, fl.y, "Notes", B, 9)
    fl.y += 12
    for k, v in legend:
        pg.text(44, fl.y, f"{k}. {v}", F, 7.5)
        fl.y += 11
    return pg


# ---------------------------------------------------------------- d1 Medicaid RA, line printer (fpdf2)

def data_d1():
    def M(*a, **k):
        return medicaid(Svc(*a, **k))
    def MD(*a, **k):
        return medicaid(Svc(*a, denied="CO", **k), "16")
    paid = [
        Claim("FONTAINE, JUDE A", "SB24180", "2026012000418", [
            M(D(2026, 1, 5), "92523", 1, ("GN",)), M(D(2026, 1, 7), "92507", 1, ("GN",)),
            M(D(2026, 1, 9), "92507", 1, ("GN",)), M(D(2026, 1, 12), "92507", 1, ("GN",)),
        ]),
        Claim("FONTAINE, PEARL M", "SB24188", "2026012000419", [
            M(D(2026, 1, 5), "97165", 1, ("GO",)), M(D(2026, 1, 5), "97530", 4, ("GO",)),
            M(D(2026, 1, 7), "97530", 4, ("GO",)), M(D(2026, 1, 7), "97533", 2, ("GO",)),
            M(D(2026, 1, 9), "97530", 3, ("GO",)), M(D(2026, 1, 9), "97112", 1, ("GO",)),
            M(D(2026, 1, 12), "97530", 4, ("GO",)), M(D(2026, 1, 12), "97533", 2, ("GO",)),
            M(D(2026, 1, 14), "97530", 4, ("GO",)), M(D(2026, 1, 14), "97110", 1, ("GO",)),
            M(D(2026, 1, 16), "97530", 3, ("GO",)), M(D(2026, 1, 16), "97533", 2, ("GO",)),
            M(D(2026, 1, 19), "97530", 4, ("GO",)), M(D(2026, 1, 19), "97112", 2, ("GO",)),
            M(D(2026, 1, 21), "97530", 4, ("GO",)), M(D(2026, 1, 21), "97535", 1, ("GO",)),
        ]),
        Claim("OYELARAN, KOFI", "SB24201", "2026012000433", [
            M(D(2026, 1, 6), "97161", 1, ("GP",)), M(D(2026, 1, 6), "97110", 2, ("GP",)),
            M(D(2026, 1, 13), "97110", 2, ("GP",)), M(D(2026, 1, 13), "97116", 1, ("GP",)),
        ]),
    ]
    paid = [paid[0], paid[2], paid[1]]
    denied = [Claim("MARCHETTI, LUCA", "SB24215", "2026012000451", [
        MD(D(2026, 1, 8), "97530", 2, ("GO",)), MD(D(2026, 1, 8), "97535", 1, ("GO",))])]
    for cl in paid:
        for s in cl.svcs:
            s.remarks = ["0461"] if s.discount else ["0001"]
    for cl in denied:
        for s in cl.svcs:
            s.remarks = ["0203", "0810"]
    legend = [("0001", "LINE PAID AS BILLED"), ("0461", "PAID AT THE DEPARTMENT FEE SCHEDULE RATE"),
              ("0203", "RECIPIENT NOT ELIGIBLE ON DATE OF SERVICE"), ("0810", "CHECK ELIGIBILITY BEFORE REBILLING")]
    return (paid, denied), legend


def build_d1(tot, claims, legend):
    paid, denied = claims
    pg = Pages(*LAND)
    F, B, fs, lh = "DVMono", "DVMono-B", 7.6, 11
    cw = width("0", F, fs)

    def at(col):
        return 30 + col * cw

    def banner(p, n):
        p.text(at(0), 30, "STATE OF NEW CALDONIA  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", B, fs)
        p.text(at(100), 30, f"PAGE {n:>4}" + (f" OF {tot}" if tot else ""), F, fs)
        p.text(at(0), 30 + lh, "REMITTANCE ADVICE   RUN DATE 01/24/26   PAYMENT CYCLE 2604   WARRANT 0083317462", F, fs)
        p.text(at(0), 30 + 2 * lh, "PAYEE  KINDRED STEPS PEDIATRIC THERAPY LLC      PROVIDER NO 400127731   NPI 1999900417", F, fs)
        p.line(30, 30 + 2.4 * lh, 762, 30 + 2.4 * lh, 0.5)
        h1 = "RECIPIENT NAME / MEDICAID ID / ICN / PATIENT ACCT"
        h2 = "LN  FROM   THRU    PROC   M1 M2   UNITS     BILLED    ALLOWED        TPL   COPAY       PAID  EOB"
        p.text(at(0), 30 + 3.4 * lh, h1, B, fs)
        p.text(at(4), 30 + 4.4 * lh, h2, B, fs)
        p.line(30, 30 + 4.8 * lh, 762, 30 + 4.8 * lh, 0.5)
        return 30 + 6 * lh

    def row(s, i):
        m = list(s.mods) + ["", ""]
        return (f"{i:>2}  {ds(s.dos, 'mdy6')} {ds(s.dos, 'mdy6')}  {s.code:<5}  {m[0]:<2} {m[1]:<2}"
                f" {s.units:>7.2f} {money(s.billed, ','):>10} {money(s.allowed, ','):>10} {'0.00':>10}"
                f" {'0.00':>7} {money(s.paid, ','):>10}  {' '.join(s.remarks)}")

    pg.new()
    fl = Flow(pg, banner, 570)
    fl.y = banner(pg, 1)
    for title, group in (("*** PAID CLAIMS ***", paid), ("*** DENIED CLAIMS ***", denied)):
        fl.need(4 * lh)
        pg.text(at(0), fl.y, title, B, fs)
        fl.y += lh * 1.4
        for k, cl in enumerate(group):
            cl.rows = []
            fl.need(3 * lh)
            mid = f"{8801200 + 37 * (k + 1) + len(cl.patient):09d}"
            pg.text(at(0), fl.y, f"{cl.patient:<24} {mid}   ICN {cl.payer_claim_id}   PAT ACCT {cl.claim_id}", F, fs)
            fl.y += lh
            fl.on_break = lambda y, cl=cl: (pg.text(at(0), y, f"{cl.patient:<24} *** CONTINUED ***   ICN {cl.payer_claim_id}", F, fs), y + lh)[1]
            for i, s in enumerate(cl.svcs, 1):
                fl.need(lh)
                pg.text(at(4), fl.y, row(s, i), F, fs)
                cl.rows.append((pg.n, s))
                fl.y += lh
            fl.on_break = None
            fl.need(lh)
            t = (f"{'    CLAIM TOTAL':<40}{money(total(cl.svcs, 'billed'), ','):>10} {money(total(cl.svcs, 'allowed'), ','):>10}"
                 f" {'0.00':>10} {'0.00':>7} {money(total(cl.svcs, 'paid'), ','):>10}")
            pg.text(at(4), fl.y, t, F, fs)
            fl.y += lh * 1.6
    fl.need(lh * (4 + len(legend)))
    pg.text(at(0), fl.y, "EOB CODE MESSAGES", B, fs)
    fl.y += lh
    for k, v in legend:
        pg.text(at(2), fl.y, f"{k}  {v}", F, fs)
        fl.y += lh
    allp = paid + denied
    pg.text(at(0), fl.y + lh, f"TOTAL CLAIMS {len(allp)}   TOTAL BILLED {money(sum((total(c.svcs, 'billed') for c in allp), ZERO), ',')}"
            f"   TOTAL PAID {money(sum((total(c.svcs, 'paid') for c in allp), ZERO), ',')}", B, fs)
    return pg


# ---------------------------------------------------------------- d2 Medicaid RA, boxed cards (reportlab)

def data_d2():
    def M(*a, **k):
        return medicaid(Svc(*a, **k))
    c = [
        Claim("Amara Delacroix-Huang", "TCX-50118", "426011900731", [
            M(D(2026, 1, 6), "92523", 1, ("GN",)), M(D(2026, 1, 8), "92507", 1, ("GN",)),
            M(D(2026, 1, 13), "92507", 1, ("GN",)), M(D(2026, 1, 15), "92507", 1, ("GN",)),
            M(D(2026, 1, 20), "92507", 1, ("GN",))]),
        Claim("Remy Delacroix-Huang", "TCX-50124", "426011900744", [
            M(D(2026, 1, 6), "97166", 1, ("GO",)), M(D(2026, 1, 6), "97530", 3, ("GO",)),
            M(D(2026, 1, 13), "97530", 3, ("GO", "59")), M(D(2026, 1, 13), "97140", 1, ("GO", "59")),
            M(D(2026, 1, 20), "97530", 2, ("GO",)),
            medicaid(Svc(D(2026, 1, 20), "97018", 1, ("GO",), denied="CO"), "96")]),
        Claim("Silas Brandt-Ouma", "TCX-50139", "426011900802", [
            medicaid(Svc(D(2026, 1, 9), "97110", 2, ("GP",), denied="CO"), "27"),
            medicaid(Svc(D(2026, 1, 9), "97112", 1, ("GP",), denied="CO"), "27")]),
    ]
    for cl in c:
        for s in cl.svcs:
            s.remarks = (["N130"] if s.adjs and s.adjs[0][1] == "96" else ["MA61"]) if s.denied else []
    return c, []


def build_d2(tot, claims, legend):
    pg = Pages(*LETTER)
    F, B, fs, lh = "LibNarrow", "LibNarrow-B", 7.8, 11
    X = dict(ln=42, dos=60, proc=108, un=190, chg=240, alw=290, paid=340, grp=356, adj=430, rarc=442)
    cols = [(["Ln"], X["ln"], "l"), (["DOS"], X["dos"], "l"), (["Proc-Mod"], X["proc"], "l"), (["Units"], X["un"], "r"),
            (["Charge"], X["chg"], "r"), (["Allowed"], X["alw"], "r"), (["Paid"], X["paid"], "r"),
            (["Group-CARC"], X["grp"], "l"), (["Adj Amt"], X["adj"], "r"), (["RARC"], X["rarc"], "l")]

    def furniture(p, n):
        p.text(40, 40, "Prairie Bluff Medicaid Health Services", B, 12)
        p.text(40, 52, "Provider Remittance Advice  -  Professional Claims", F, 9)
        p.text(572, 40, "Payee: Cedar Hollow Therapy Group", F, 8, "r")
        p.text(572, 51, "Medicaid Provider ID 7718320045   Remit # 0009122605", F, 8, "r")
        p.text(572, 62, "Payment date 01/23/2026   EFT trace 26023771802", F, 8, "r")
        p.line(40, 68, 572, 68, 1)
        if tot:
            p.text(306, 772, f"Page {n} of {tot}", F, 7.5, "c")
        return 88

    pg.new()
    fl = Flow(pg, furniture, 735)
    fl.y = furniture(pg, 1)
    for cl in claims:
        cl.rows = []
        nrows = sum(max(1, len(s.adjs)) for s in cl.svcs)
        fl.need(60 + nrows * lh)
        top = fl.y
        y = top
        pg.rect(40, y - 10, 532, 26, fill=0.9, lw=0.6)
        status = "DENIED" if all(s.denied for s in cl.svcs) else "PAID"
        pg.text(44, y, f"Beneficiary: {cl.patient}", B, 8)
        pg.text(230, y, f"Medicaid ID: 90{cl.claim_id[-5:]}04", F, 8)
        pg.text(380, y, f"Claim status: {status}", B, 8)
        pg.text(44, y + 11, f"Transaction Control Number: {cl.payer_claim_id}", F, 8)
        pg.text(230, y + 11, f"Provider Claim #: {cl.claim_id}", F, 8)
        pg.text(380, y + 11, "Claim type: Professional", F, 8)
        y = cols_header(pg, y + 28, cols, B, fs, lh)
        for i, s in enumerate(cl.svcs, 1):
            pg.text(X["ln"], y, str(i), F, fs)
            pg.text(X["dos"], y, dfmt(s.dos, "mdy4"), F, fs)
            pg.text(X["proc"], y, "-".join((s.code,) + s.mods), F, fs)
            pg.text(X["un"], y, units_str(s.units), F, fs, "r")
            for k, a in (("chg", s.billed), ("alw", s.allowed), ("paid", s.paid)):
                pg.text(X[k], y, money(a, ","), F, fs, "r")
            pg.text(X["rarc"], y, " ".join(s.remarks), F, fs)
            adjs = s.adjs or []
            for j, (g, r, a) in enumerate(adjs):
                pg.text(X["grp"], y + j * lh, f"{g} {r}", F, fs)
                pg.text(X["adj"], y + j * lh, money(a, ","), F, fs, "r")
            cl.rows.append((pg.n, s))
            y += lh * max(1, len(adjs))
        pg.line(X["un"], y - 8, X["adj"], y - 8, 0.4)
        pg.text(X["proc"], y, "Claim totals", B, fs)
        for k, a in (("chg", "billed"), ("alw", "allowed"), ("paid", "paid")):
            pg.text(X[k], y, money(total(cl.svcs, a), ","), B, fs, "r")
        pg.text(X["adj"], y, money(sum((a for s in cl.svcs for _, _, a in s.adjs), ZERO), ","), B, fs, "r")
        y += 6
        pg.rect(40, top - 10, 532, y - top + 10, lw=0.6)
        fl.y = y + 18
    fl.need(60)
    pg.text(40, fl.y, "Payment summary", B, 9)
    allb = sum((total(c.svcs, "billed") for c in claims), ZERO)
    allp = sum((total(c.svcs, "paid") for c in claims), ZERO)
    pg.text(40, fl.y + 12, f"Claims on this remittance: {len(claims)}    Total charges {money(allb)}    Total paid {money(allp)}", F, 8)
    pg.text(40, fl.y + 24, "Adjustment group CO = provider write-off. CARC and RARC codes follow the national code lists.", F, 7.5)
    return pg


# ---------------------------------------------------------------- p1 clearinghouse 835 print (reportlab, Courier)

def data_p1():
    st = PlanState(ded_left=Decimal("60.00"))
    def S(*a, **k):
        return medicare(Svc(*a, **k), st)
    st0 = PlanState(ded_left=ZERO)
    orig = [medicare(Svc(D(2025, 12, 29), "97110", 2, ("GP",)), st0), medicare(Svc(D(2025, 12, 29), "97140", 1, ("GP",)), st0)]
    c = [
        Claim("GREENLEAF, OTTILIE", "GRN0105A", "22026015551290", [
            S(D(2026, 1, 5), "97110", 2, ("GP",)), S(D(2026, 1, 5), "97112", 1, ("GP",)),
            S(D(2026, 1, 7), "97110", 2, ("GP", "KX")), S(D(2026, 1, 7), "97140", 1, ("GP", "59")),
            S(D(2026, 1, 9), "97530", 2, ("GP",)), S(D(2026, 1, 9), "G0283", 1, ("GP",)),
            S(D(2026, 1, 12), "97110", 2, ("GP", "KX"))]),
        Claim("ABERNATHY, CLYDE R", "ABR1229C", "22025365440117", [negate(s) for s in orig]),
        Claim("ABERNATHY, CLYDE R", "ABR1229C", "22026016602281", [
            medicare(Svc(D(2025, 12, 29), "97110", 2, ("GP", "KX")), PlanState(ded_left=ZERO)),
            medicare(Svc(D(2025, 12, 29), "97140", 1, ("GP", "KX")), PlanState(ded_left=ZERO))]),
        Claim("TANAKA-REYES, MIRIAM", "TNK0108D", "22026015551301", [
            medicare(Svc(D(2026, 1, 8), "97168", 1, ("GO",)), PlanState(ded_left=ZERO)),
            medicare(Svc(D(2026, 1, 8), "97535", 2, ("GO",)), PlanState(ded_left=ZERO)),
            medicare(Svc(D(2026, 1, 8), "0552T", 1, ("GO",), denied="CO"), PlanState(), deny_reason="50")]),
    ]
    c = [c[1], c[2], c[0], c[3]]
    for cl in c:
        for s in cl.svcs:
            s.remarks = ["N115"] if s.denied else []
    return c, [("N115", "Decision based on a local coverage determination (see remark list).")]


def build_p1(tot, claims, legend):
    pg = Pages(*LETTER)
    F, B, fs, lh = "Courier", "Courier-Bold", 7, 9
    cw = width("0", F, fs)

    def at(col):
        return 28 + col * cw

    hdr = (f"{'REND PROV':<10}  {'DOS':<10} {'POS':<3} {'PROC':<5} {'MOD':<5} {'UNITS':>5} {'CHARGE':>9} {'ALLOWED':>9}"
           f" {'DEDUCT':>9} {'COINS':>9} {'PAID':>9}")

    def furniture(p, n):
        p.text(at(0), 30, "CLEARPATH EDI SERVICES - REMITTANCE ADVICE - PROFESSIONAL (835 PRINT)", B, 8)
        p.text(at(0), 30 + lh, "PAYER: NATIONAL GOVERNMENT SERVICES TEST CONTRACTOR J99  PART B", F, fs)
        if tot:
            p.text(584, 30, f"PAGE {n} OF {tot}", F, fs, "r")
        p.text(at(0), 30 + 2 * lh, "PAYEE: WILLOWMERE OUTPATIENT THERAPY PC   NPI 1999900883   TIN XX-XXX4471", F, fs)
        if n == 1:
            p.rect(at(0) - 2, 30 + 2.6 * lh, 540, 2.4 * lh, lw=0.6)
            p.text(at(1), 30 + 3.5 * lh, "EFT TRACE 1SEE0260123004417   PAYMENT DATE 01/23/2026   METHOD ACH", F, fs)
            allp = sum((total(c.svcs, "paid") for c in claims), ZERO)
            p.text(at(1), 30 + 4.5 * lh, f"TOTAL PAYMENT {money(allp, ',', 'trail')}   CLAIMS {len(claims)}", F, fs)
            y = 30 + 6.2 * lh
        else:
            y = 30 + 3.4 * lh
        p.text(at(0), y, hdr, B, fs)
        p.line(28, y + 3, 584, y + 3, 0.5)
        return y + lh * 1.3

    pg.new()
    fl = Flow(pg, furniture, 750)
    fl.y = furniture(pg, 1)
    rend = "1999900890"
    for cl in claims:
        cl.rows = []
        fl.need(5 * lh)
        rev = cl.svcs[0].billed < 0
        status = "22 REVERSAL" if rev else ("4 DENIED" if all(s.denied for s in cl.svcs) else "1 PROCESSED AS PRIMARY")
        pg.text(at(0), fl.y, f"PATIENT {cl.patient:<22} PAT CTRL NO {cl.claim_id:<10} PAYER CLM NO {cl.payer_claim_id}", B, fs)
        pg.text(at(0), fl.y + lh, f"  HIC XXXXXXX{cl.claim_id[:2]}{len(cl.patient)}   STATUS {status}", F, fs)
        fl.y += 2 * lh
        fl.on_break = lambda y, cl=cl: (pg.text(at(0), y, f"PATIENT {cl.patient:<22} PAYER CLM NO {cl.payer_claim_id}  (CONT)", B, fs), y + lh)[1]
        for s in cl.svcs:
            fl.need(lh * (1 + len(s.adjs) + (1 if s.remarks else 0)))
            m = " ".join(s.mods)
            t = (f"{rend}  {dfmt(s.dos, 'mdy4')} {'11':<3} {s.code:<5} {m:<5} {units_str(s.units):>5} {money(s.billed, ',', 'trail'):>9}"
                 f" {money(s.allowed, ',', 'trail'):>9} {money(s.deductible, ',', 'trail'):>9} {money(s.coinsurance, ',', 'trail'):>9}"
                 f" {money(s.paid, ',', 'trail'):>9}")
            pg.text(at(0), fl.y, t, F, fs)
            cl.rows.append((pg.n, s))
            fl.y += lh
            for g, r, a in s.adjs:
                pg.text(at(13), fl.y, f"ADJ {g}-{r:<4} {money(a, ',', 'trail'):>9}", F, fs)
                fl.y += lh
            if s.remarks:
                pg.text(at(13), fl.y, "RMK " + " ".join(s.remarks), F, fs)
                fl.y += lh
        fl.on_break = None
        fl.need(lh * 2)
        t = (f"{'CLAIM TOTALS':<45}{money(total(cl.svcs, 'billed'), ',', 'trail'):>9} {money(total(cl.svcs, 'allowed'), ',', 'trail'):>9}"
             f" {money(total(cl.svcs, 'deductible'), ',', 'trail'):>9} {money(total(cl.svcs, 'coinsurance'), ',', 'trail'):>9}"
             f" {money(total(cl.svcs, 'paid'), ',', 'trail'):>9}")
        pg.text(at(0), fl.y, t, B, fs)
        fl.y += lh
        pg.text(at(0), fl.y, f"  PT RESP {money(total(cl.svcs, 'owes'), ',', 'trail')}", F, fs)
        fl.y += lh * 1.5
    fl.need(lh * 4)
    pg.text(at(0), fl.y, "GROUP CODES: CO CONTRACTUAL   PR PATIENT RESPONSIBILITY   OA OTHER", F, fs)
    pg.text(at(0), fl.y + lh, "REMARK N115 SEE LOCAL COVERAGE POLICY ON THE CONTRACTOR WEBSITE", F, fs)
    return pg


# ---------------------------------------------------------------- p2 PM posting report (fpdf2, landscape)

def data_p2():
    st = PlanState(ded_left=Decimal("75.00"), allowed_rate=Decimal("0.74"))
    def S(*a, **k):
        return commercial(Svc(*a, **k), st)
    stb = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.74"), copay_codes={"92507": Decimal("30.00")})
    c = [
        Claim("Vasquez-Morrow, Elena", "10448", "HB26013000817", [
            S(D(2026, 1, 5), "97163", 1, ("GP",)), S(D(2026, 1, 5), "97110", 2, ("GP",)),
            S(D(2026, 1, 7), "97110", 2, ("GP", "KX")), S(D(2026, 1, 7), "97112", 1, ("GP",)),
            S(D(2026, 1, 9), "97140", 1, ("GP",)), S(D(2026, 1, 9), "97530", 2, ("GP",)),
            S(D(2026, 1, 12), "97110", 3, ("GP", "KX")), S(D(2026, 1, 12), "97116", 1, ("GP",)),
            S(D(2026, 1, 14), "97110", 2, ("GP", "KX")), S(D(2026, 1, 14), "97140", 1, ("GP", "59")),
            S(D(2026, 1, 16), "97112", 2, ("GP",)), S(D(2026, 1, 16), "97530", 1, ("GP",)),
            S(D(2026, 1, 19), "97110", 2, ("GP", "KX")), S(D(2026, 1, 19), "97140", 1, ("GP",)),
            S(D(2026, 1, 21), "97110", 2, ("GP", "KX")), S(D(2026, 1, 21), "97112", 1, ("GP",)),
            S(D(2026, 1, 23), "97530", 2, ("GP",)), S(D(2026, 1, 23), "97116", 1, ("GP",)),
            S(D(2026, 1, 26), "97110", 2, ("GP", "KX")), S(D(2026, 1, 26), "97140", 1, ("GP",)),
            S(D(2026, 1, 28), "97110", 2, ("GP", "KX")), S(D(2026, 1, 28), "97112", 1, ("GP",)),
            S(D(2026, 1, 30), "97530", 2, ("GP",)), S(D(2026, 1, 30), "97140", 1, ("GP",)),
        ]),
        Claim("Bui, Thanh", "10502", "HB26013000902", [
            commercial(Svc(D(2026, 1, 13), "92507", 1, ("GN",)), stb), commercial(Svc(D(2026, 1, 20), "92507", 1, ("GN",)), stb),
            commercial(Svc(D(2026, 1, 27), "92507", 1, ("GN",)), stb)]),
    ]
    stc = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.74"), coins_rate=Decimal("0.20"))
    c.insert(0, Claim("Okafor, Adaeze", "10391", "HB26013000688", [
        commercial(Svc(D(2026, 1, 6), "97166", 1, ("GO",)), stc), commercial(Svc(D(2026, 1, 6), "97530", 2, ("GO",)), stc),
        commercial(Svc(D(2026, 1, 8), "97530", 2, ("GO",)), stc), commercial(Svc(D(2026, 1, 8), "97535", 1, ("GO",)), stc),
        commercial(Svc(D(2026, 1, 13), "97530", 2, ("GO",)), stc), commercial(Svc(D(2026, 1, 13), "97140", 1, ("GO", "59")), stc),
        commercial(Svc(D(2026, 1, 15), "97530", 3, ("GO",)), stc)]))
    c[1], c[2] = c[2], c[1]
    return c, []


def build_p2(tot, claims, legend):
    pg = Pages(*LAND)
    F, B, fs, lh = "LibNarrow", "LibNarrow-B", 7.6, 12.5
    X = dict(dos=36, cpt=84, mod=120, un=172, bil=222, alw=268, paid=314, cadj=362, ded=404, coi=446, cop=486,
             pt=536, rsn=548)
    cols = [(["DOS"], X["dos"], "l"), (["CPT"], X["cpt"], "l"), (["Mods"], X["mod"], "l"), (["Units"], X["un"], "r"),
            (["Billed"], X["bil"], "r"), (["Allowed"], X["alw"], "r"), (["Ins Paid"], X["paid"], "r"),
            (["Contract Adj"], X["cadj"], "r"), (["Deduct"], X["ded"], "r"), (["Coins"], X["coi"], "r"),
            (["Copay"], X["cop"], "r"), (["Transfer to Pt"], X["pt"], "r"), (["Adj Reasons"], X["rsn"], "l")]

    def furniture(p, n):
        p.text(36, 34, "TheraLedger PM  >  Payments  >  Insurance Payment Posting Report", F, 8)
        p.text(756, 34, "Printed 02/02/2026 09:30 by jkessler", F, 7, "r")
        p.text(36, 50, "Pinecrest Physical & Speech Therapy", B, 11)
        if tot:
            p.text(756, 50, f"Page {n} of {tot}", F, 8, "r")
        if n == 1:
            p.rect(36, 60, 720, 30, fill=0.93, lw=0.5)
            p.text(42, 72, "Batch 2026-0131-04   Payer: Highland Benefit Mutual (Commercial)   Payment: EFT 0000918833   Check date 01/31/2026", F, 8)
            allp = sum((total(c.svcs, "paid") for c in claims), ZERO)
            p.text(42, 84, f"Payment amount {money(allp)}   Posted {money(allp)}   Unapplied $0.00", F, 8)
            y = 108
        else:
            y = 68
        return cols_header(p, y, cols, B, fs, lh)

    def head(p, y, cl, cont=False):
        p.rect(36, y - 8, 720, 11, fill=0.82, lw=0)
        p.text(40, y, f"Acct # {cl.claim_id}    Patient: {cl.patient}    Claim ID {cl.payer_claim_id}    Status: Paid"
               + ("    (continued)" if cont else ""), B, 7.8)
        return y + lh + 1

    pg.new()
    fl = Flow(pg, furniture, 575)
    fl.y = furniture(pg, 1)
    for cl in claims:
        cl.rows = []
        fl.need(3 * lh)
        fl.y = head(pg, fl.y, cl)
        fl.on_break = lambda y, cl=cl: head(pg, y, cl, True)
        for s in cl.svcs:
            fl.need(lh)
            y = fl.y
            pg.text(X["dos"], y, dfmt(s.dos, "mdy4"), F, fs)
            pg.text(X["cpt"], y, s.code, F, fs)
            pg.text(X["mod"], y, " ".join(s.mods), F, fs)
            pg.text(X["un"], y, f"{s.units:.1f}", F, fs, "r")
            for k, a in (("bil", s.billed), ("alw", s.allowed), ("paid", s.paid), ("cadj", s.discount),
                         ("ded", s.deductible), ("coi", s.coinsurance), ("cop", s.copay), ("pt", s.owes)):
                pg.text(X[k], y, money(a, ","), F, fs, "r")
            pg.text(X["rsn"], y, ", ".join(f"{g}{r} {money(a, ',')}" for g, r, a in s.adjs), F, fs)
            cl.rows.append((pg.n, s))
            fl.y += lh
        fl.on_break = None
        fl.need(lh * 2)
        pg.line(X["un"], fl.y - 7, X["pt"], fl.y - 7, 0.4)
        pg.text(X["cpt"], fl.y + 1, "Claim total", B, fs)
        for k, a in (("bil", "billed"), ("alw", "allowed"), ("paid", "paid"), ("cadj", "discount"),
                     ("ded", "deductible"), ("coi", "coinsurance"), ("cop", "copay"), ("pt", "owes")):
            pg.text(X[k], fl.y + 1, money(total(cl.svcs, a), ","), B, fs, "r")
        fl.y += lh * 2
    return pg


# ---------------------------------------------------------------- s1 therapy clinic family statement (reportlab)

def data_s1():
    def fam(ded):
        return PlanState(ded_left=Decimal(ded), allowed_rate=Decimal("0.80"), copay_codes={})
    st = fam("0.00")
    c = [
        Claim("Noor Haddad-Sorensen", "INV-88102", "QB5502186610", [
            commercial(Svc(D(2026, 1, 6), "97167", 1, ("GO",)), st), commercial(Svc(D(2026, 1, 6), "97533", 2, ("GO",)), st)],
            "Quarry Bay Health Partners"),
        Claim("Noor Haddad-Sorensen", "INV-88164", "QB5502194471", [
            commercial(Svc(D(2026, 1, 13), "97533", 2, ("GO",)), st), commercial(Svc(D(2026, 1, 13), "97530", 1, ("GO",)), st)],
            "Quarry Bay Health Partners"),
        Claim("Elias Haddad-Sorensen", "INV-88119", "QB5502187032", [
            commercial(Svc(D(2026, 1, 7), "92523", 1, ("GN",)), fam("50.00")),
            commercial(Svc(D(2026, 1, 7), "92507", 1, ("GN",), denied="PR"), fam("0"), "97")],
            "Quarry Bay Health Partners"),
        Claim("Yara Haddad-Sorensen", "INV-88140", "QB5502190918", [
            commercial(Svc(D(2026, 1, 9), "97165", 1, ("GO",)), fam("0")),
            commercial(Svc(D(2026, 1, 9), "97530", 2, ("GO",)), fam("0"))],
            "Quarry Bay Health Partners"),
        Claim("Samir Haddad-Sorensen", "INV-88177", "QB5502199305", [
            commercial(Svc(D(2026, 1, 15), "97140", 1, ("GP",)), fam("0")),
            commercial(Svc(D(2026, 1, 15), "97110", 2, ("GP",)), fam("0"))],
            "Quarry Bay Health Partners"),
    ]
    return c, []


def build_s1(tot, claims, legend):
    pg = Pages(*LETTER)
    F, B, fs, lh = "LibSerif", "LibSerif-B", 8.2, 11.5
    X = dict(date=40, pat=88, code=180, svc=240, chg=420, ins=470, adj=520, owe=572)
    cols = [(["Date"], X["date"], "l"), (["Patient"], X["pat"], "l"), (["Code"], X["code"], "l"),
            (["Service"], X["svc"], "l"), (["Charge"], X["chg"], "r"), (["Insurance", "Paid"], X["ins"], "r"),
            (["Adjustment"], X["adj"], "r"), (["You Owe"], X["owe"], "r")]
    due = sum((total(c.svcs, "owes") for c in claims), ZERO) - Decimal("40.00")

    def furniture(p, n):
        if n == 1:
            p.rect(40, 30, 532, 74, fill=0.94, lw=0.6)
            p.text(46, 44, "Please detach and return this portion with your payment", F, 7.5)
            p.text(46, 58, "LITTLE OAKS THERAPY COLLECTIVE", B, 11)
            p.text(46, 71, "419 Millbrook Ave, Suite 2  -  Ashgrove, VT 05999", F, 8)
            p.text(46, 84, "Guarantor: Dalia Haddad-Sorensen   Guarantor #: G-20417", F, 8)
            p.rect(420, 40, 146, 56, lw=0.8)
            p.text(426, 54, "Statement Date 02/02/2026", F, 8)
            p.text(426, 68, "Amount Due", B, 9)
            p.text(560, 68, money(due), B, 11, "r")
            p.text(426, 84, "Pay by 02/25/2026", F, 8)
            p.line(40, 112, 572, 112, 0.3)
            p.text(40, 128, "Account Activity", B, 11)
            p.text(572, 128, "Questions? Billing office (802) 555-0176, Mon-Fri 8-4", F, 8, "r")
            y = 146
        else:
            p.text(40, 40, "LITTLE OAKS THERAPY COLLECTIVE  -  Guarantor # G-20417  -  Statement 02/02/2026", F, 8)
            y = 60
        if tot:
            p.text(306, 772, f"Page {n} of {tot}", F, 7.5, "c")
        return cols_header(p, y, cols, B, fs, lh - 2)

    pg.new()
    fl = Flow(pg, furniture, 700)
    fl.y = furniture(pg, 1)
    for cl in claims:
        cl.rows = []
        fl.need(lh * (len(cl.svcs) + 2))
        for s in cl.svcs:
            y = fl.y
            pg.text(X["date"], y, dfmt(s.dos, "mdyn"), F, fs)
            pg.text(X["pat"], y, cl.patient.split()[0], F, fs)
            pg.text(X["code"], y, s.code + "".join(s.mods), F, fs)
            pg.text(X["svc"], y, s.desc + ("  (not covered)" if s.denied else ""), F, fs)
            for k, a in (("chg", s.billed), ("ins", s.paid), ("adj", s.discount), ("owe", s.owes)):
                pg.text(X[k], y, money(a, ","), F, fs, "r")
            cl.rows.append((pg.n, s))
            fl.y += lh
        pg.text(X["pat"], fl.y, f"Invoice {cl.claim_id} for {cl.patient}: filed to {cl.provider} 01/16/2026, claim {cl.payer_claim_id}", F, 7.4)
        pg.text(X["owe"], fl.y, money(total(cl.svcs, "owes"), ","), B, fs, "r")
        pg.text(X["adj"] - 30, fl.y, "Invoice total", F, 7.4, "r")
        fl.y += lh
        pg.line(40, fl.y - 8, 572, fl.y - 8, 0.25)
        fl.y += 3
    fl.need(lh * 5)
    pg.text(X["date"], fl.y, "1/22/2026", F, fs)
    pg.text(X["svc"], fl.y, "Payment received - thank you (check 2231)", F, fs)
    pg.text(X["owe"], fl.y, money(Decimal("-40.00"), ",", "()"), F, fs, "r")
    fl.y += lh * 2
    pg.rect(40, fl.y - 10, 532, 24, fill=0.93, lw=0.4)
    for i, (a, b) in enumerate((("Current", money(due)), ("31-60 days", "$0.00"), ("61-90 days", "$0.00"), ("Over 90", "$0.00"), ("Amount Due", money(due)))):
        pg.text(60 + i * 105, fl.y, a, B, 7.5)
        pg.text(60 + i * 105, fl.y + 10, b, F, 7.5)
    return pg


# ---------------------------------------------------------------- s2 hospital outpatient statement (fpdf2)

def data_s2():
    st = PlanState(ded_left=Decimal("200.00"), allowed_rate=Decimal("0.70"), coins_rate=Decimal("0.10"))
    def S(*a, **k):
        return commercial(Svc(*a, **k), st)
    c = [
        Claim("Orla Fitzwilliam", "V700214455", "CF26-0041187", [
            S(D(2026, 1, 5), "97166", 1, ("GO",)), S(D(2026, 1, 5), "97760", 1, ("GO",), desc=eobgen.LONG_DESC["97760"]),
            S(D(2026, 1, 5), "L3807", 1, ("RT",), desc=eobgen.LONG_DESC["L3807"]),
            S(D(2026, 1, 8), "97140", 1, ("GO",), desc=eobgen.LONG_DESC["97140"]), S(D(2026, 1, 8), "97110", 2, ("GO",)),
            S(D(2026, 1, 12), "97140", 1, ("GO",), desc=eobgen.LONG_DESC["97140"]), S(D(2026, 1, 12), "97018", 1, ("GO",)),
            S(D(2026, 1, 15), "97110", 2, ("GO",)), S(D(2026, 1, 15), "97760", 1, ("GO",), desc=eobgen.LONG_DESC["97760"]),
            S(D(2026, 1, 19), "97140", 1, ("GO",)), S(D(2026, 1, 19), "97110", 2, ("GO",), desc=eobgen.LONG_DESC["97110"]),
            S(D(2026, 1, 22), "97168", 1, ("GO",), desc=eobgen.LONG_DESC["97168"]), S(D(2026, 1, 22), "G0283", 1, ("GO",), desc=eobgen.LONG_DESC["G0283"]),
            S(D(2026, 1, 26), "97530", 2, ("GO",), desc=eobgen.LONG_DESC["97530"]), S(D(2026, 1, 26), "97018", 1, ("GO",)),
            S(D(2026, 1, 28), "97140", 1, ("GO",)), S(D(2026, 1, 28), "97110", 2, ("GO",), desc=eobgen.LONG_DESC["97110"]),
            S(D(2026, 1, 30), "97530", 1, ("GO",)), S(D(2026, 1, 30), "97535", 1, ("GO",), desc=eobgen.LONG_DESC["97535"]),
            S(D(2026, 1, 31), "97140", 1, ("GO",), desc=eobgen.LONG_DESC["97140"]), S(D(2026, 1, 31), "97110", 1, ("GO",)),
            S(D(2026, 1, 31), "97760", 1, ("GO",), desc=eobgen.LONG_DESC["97760"]),
        ]),
        Claim("Declan Fitzwilliam", "V700219980", "CF26-0043302", [
            commercial(Svc(D(2026, 1, 14), "97161", 1, ("GP",)), PlanState(allowed_rate=Decimal("0.70"), coins_rate=Decimal("0.10"))),
            commercial(Svc(D(2026, 1, 14), "97110", 2, ("GP",)), PlanState(allowed_rate=Decimal("0.70"), coins_rate=Decimal("0.10")))]),
    ]
    stm = PlanState(allowed_rate=Decimal("0.70"), coins_rate=Decimal("0.10"))
    c.insert(1, Claim("Maeve Fitzwilliam", "V700220113", "CF26-0043517", [
        commercial(Svc(D(2026, 1, 16), "92523", 1, ("GN",)), stm), commercial(Svc(D(2026, 1, 23), "92507", 1, ("GN",)), stm),
        commercial(Svc(D(2026, 1, 30), "92507", 1, ("GN",)), stm)]))
    c = [c[1], c[2], c[0]]
    rev = {"L3807": "0274", "G0283": "0420", "97018": "0420"}
    for cl in c:
        for s in cl.svcs:
            s.rev = rev.get(s.code, "0430" if "GO" in s.mods else "0420")
    return c, []


def build_s2(tot, claims, legend):
    pg = Pages(*LETTER)
    F, B, fs, lh = "DVSans", "DVSans-B", 6.8, 10.5
    X = dict(date=36, rev=84, cpt=112, desc=160, qty=350, chg=400, ins=452, dis=500, bal=560)
    cols = [(["Date"], X["date"], "l"), (["Rev"], X["rev"], "l"), (["CPT-Mod"], X["cpt"], "l"),
            (["Description"], X["desc"], "l"), (["Qty"], X["qty"], "r"), (["Charges"], X["chg"], "r"),
            (["Insurance", "Paid"], X["ins"], "r"), (["Discount"], X["dis"], "r"), (["Patient", "Balance"], X["bal"], "r")]
    due = sum((total(c.svcs, "owes") for c in claims), ZERO)

    def furniture(p, n):
        p.text(36, 38, "St. Brigid Regional Medical Center", B, 12)
        p.text(36, 50, "Outpatient Rehabilitation Services  -  Patient Financial Services  (555) 410-2200", F, 7.5)
        p.text(576, 38, "PATIENT STATEMENT", B, 10, "r")
        if tot:
            p.text(576, 50, f"Page {n} of {tot}", F, 7.5, "r")
        p.line(36, 56, 576, 56, 0.8)
        if n == 1:
            p.text(36, 72, "Guarantor: Fiona Fitzwilliam", B, 8)
            p.text(36, 82, "77 Heron Quay Road, Port Amberley, ME 04999", F, 7.5)
            p.rect(360, 64, 216, 40, fill=0.9, lw=0.5)
            p.text(366, 75, "Statement date: 02/01/2026", F, 7.5)
            p.text(366, 86, f"Total patient balance: {money(due)}", B, 8)
            p.text(366, 97, "Accounts on this statement: 3", F, 7.5)
            p.rect(36, 690, 540, 56, lw=0.6)
            p.text(42, 702, "Financial assistance is available. You may qualify for free or reduced-cost care based on household", F, 7)
            p.text(42, 712, "income. Ask for an application at any registration desk or call Patient Financial Services.", F, 7)
            p.text(42, 726, "Pay online at stbrigid-pay.example with your Visit #, or call to set up a no-interest payment plan.", F, 7)
            return 122
        return 70

    def head(p, y, cl, cont=False):
        p.rect(36, y - 8, 540, 11, fill=0.88, lw=0)
        p.text(40, y, f"Visit # {cl.claim_id}    Patient: {cl.patient}    Insurance claim # {cl.payer_claim_id}"
               + ("    (continued)" if cont else "    Cedarfield Mutual PPO"), B, 7.2)
        return cols_header(p, y + lh + 2, cols, B, fs, lh - 1.5, rule=True)

    pg.new()
    fl = Flow(pg, furniture, 680)
    fl.y = furniture(pg, 1)
    for cl in claims:
        cl.rows = []
        fl.need(5 * lh)
        fl.y = head(pg, fl.y, cl)
        fl.on_break = lambda y, cl=cl: head(pg, y, cl, True)
        for s in cl.svcs:
            dl = wrap(s.desc, F, fs, 160)
            fl.need(lh * len(dl))
            y = fl.y
            pg.text(X["date"], y, dfmt(s.dos, "mdy4"), F, fs)
            pg.text(X["rev"], y, s.rev, F, fs)
            pg.text(X["cpt"], y, "-".join((s.code,) + s.mods), F, fs)
            for i, t in enumerate(dl):
                pg.text(X["desc"], y + i * lh, t, F, fs)
            pg.text(X["qty"], y, units_str(s.units), F, fs, "r")
            for k, a in (("chg", s.billed), ("ins", s.paid), ("dis", s.discount), ("bal", s.owes)):
                pg.text(X[k], y, money(a, ","), F, fs, "r")
            cl.rows.append((pg.n, s))
            fl.y += lh * len(dl)
        fl.on_break = None
        fl.need(lh * 2)
        pg.line(X["qty"], fl.y - 7, X["bal"], fl.y - 7, 0.4)
        pg.text(X["desc"], fl.y + 1, "Account totals", B, fs)
        for k, a in (("chg", "billed"), ("ins", "paid"), ("dis", "discount"), ("bal", "owes")):
            pg.text(X[k], fl.y + 1, money(total(cl.svcs, a), ","), B, fs, "r")
        fl.y += lh * 2.4
    fl.need(30)
    pg.text(36, fl.y, "Insurance Paid is what Cedarfield Mutual paid; Discount is the contracted reduction. Balance includes deductible and coinsurance.", F, 6.8)
    return pg


# ------------------------------------------------------------------------------------------------ registry

ALL4 = ("billed", "allowed", "paid", "patient_owes")
LAYOUTS = {
    # name: (file, producer, data, build, meta)
    "c1": ("c1_commercial_benefit_statement.pdf", "reportlab", data_c1, build_c1, dict(
        printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "not_covered", "paid",
                 "patient_owes"), units=False, mods=True, adj=False, date="mdy2", totals=ALL4,
        desc="commercial POS member benefit statement, three family members, continued claim")),
    "c2": ("c2_trust_fund_eob.pdf", "fpdf2", data_c2, build_c2, dict(
        printed=("billed", "not_covered", "discount", "allowed", "deductible", "copay", "coinsurance", "paid"),
        units=True, mods=True, adj=False, date="mdyd", totals=("billed", "allowed", "paid"), bump=Decimal("10.00"),
        desc="union health trust EOB printed by a TPA, three claimants, planted total mismatch")),
    "m1": ("m1_medicare_summary_notice.pdf", "fpdf2", data_m1, build_m1, dict(
        printed=ALL4, units=False, mods=False, adj=False, date=None, totals=ALL4, no_claim_id=True,
        desc="Medicare Summary Notice Part B, three claims")),
    "m2": ("m2_ma_member_eob.pdf", "reportlab", data_m2, build_m2, dict(
        printed=ALL4, units=False, mods=True, adj=False, date="mon_short", totals=ALL4,
        desc="Medicare Advantage HMO member EOB, long claim over two pages")),
    "d1": ("d1_medicaid_ra_lineprinter.pdf", "fpdf2", data_d1, build_d1, dict(
        printed=("billed", "allowed", "copay", "paid"), units=True, mods=True, adj=False, date="mdy6",
        totals=("billed", "allowed", "paid"), desc="state Medicaid RA, line printer, paid and denied sections")),
    "d2": ("d2_medicaid_ra_cards.pdf", "reportlab", data_d2, build_d2, dict(
        printed=("billed", "allowed", "paid"), units=True, mods=True, adj=True, date="mdy4", stack=2,
        totals=("billed", "allowed", "paid"), desc="state Medicaid RA with boxed claim cards and CARC/RARC")),
    "p1": ("p1_clearinghouse_835_print.pdf", "reportlab", data_p1, build_p1, dict(
        printed=("billed", "allowed", "deductible", "coinsurance", "paid"), units=True, mods=True, adj=True,
        date="mdy4", stack=5, totals=ALL4, desc="clearinghouse 835 print of a Medicare Part B payment, reversal")),
    "p2": ("p2_pm_posting_report.pdf", "fpdf2", data_p2, build_p2, dict(
        printed=("billed", "allowed", "paid", "discount", "deductible", "coinsurance", "copay", "patient_owes"),
        units=True, mods=True, adj=True, date="mdy4", totals=ALL4,
        desc="practice-management insurance payment posting report, long claim over two pages")),
    "s1": ("s1_clinic_family_statement.pdf", "reportlab", data_s1, build_s1, dict(
        printed=("billed", "paid", "discount", "patient_owes"), units=False, mods=True, adj=False, date="mdyn",
        totals=("patient_owes",), desc="therapy clinic family statement, four children and a parent")),
    "s2": ("s2_hospital_outpatient_statement.pdf", "fpdf2", data_s2, build_s2, dict(
        printed=("billed", "paid", "discount", "patient_owes"), units=True, mods=True, adj=False, date="mdy4",
        totals=("billed", "paid", "patient_owes"), desc="hospital outpatient rehab statement, two accounts")),
}


def flat_claims(claims):
    if isinstance(claims, tuple):
        return [c for g in claims for c in g]
    return claims


def make(name, out: Path):
    fname, producer, data, build, meta = LAYOUTS[name]
    claims, legend = data()
    if "bump" in meta:
        pg = two_pass(lambda t: build(t, claims, legend, meta["bump"]))
    else:
        pg = two_pass(lambda t: build(t, claims, legend))
    path = out / fname
    title = f"heldout59 {name}"
    if producer == "reportlab":
        render_reportlab(pg, path, title)
    else:
        render_fpdf(pg, path, title, FIXED_WHEN)
    lines, cl_out, findings = [], [], []
    for ci, cl in enumerate(flat_claims(claims)):
        for page, s in cl.rows:
            lines.append(truth_line(page, s, claim_id=cl.claim_id, payer_claim_id=cl.payer_claim_id, patient=cl.patient,
                                    printed=meta["printed"], units=meta["units"], modifiers=meta["mods"],
                                    adjustments=s.adjs if meta["adj"] else [], remarks=s.remarks))
        tots = {k: (total(cl.svcs, "owes" if k == "patient_owes" else k) if k in meta["totals"] else None)
                for k in ALL4}
        if meta.get("bump") and ci == 1:
            printed = tots["paid"] + meta["bump"]
            findings.append(f"claim-total-mismatch claim {cl.payer_claim_id}: printed Benefit Paid total "
                            f"{printed} but the lines add up to {tots['paid']}")
            tots["paid"] = printed
        cl_out.append({"claim_id": cl.claim_id, "payer_claim_id": cl.payer_claim_id, "patient": cl.patient,
                       "totals": claim_totals(**tots)})
    write_truth(path, name, producer, pg.n, meta["desc"], lines, cl_out, legend, findings)
    return path


# ------------------------------------------------------------------------------------------------ check

def date_token(d: str, style):
    dd = date.fromisoformat(d)
    if style == "mon_short":
        return f"{dd:%b} {dd.day}"
    return ds(dd, style)


def check(out: Path) -> list[str]:
    import re
    from collections import Counter
    errs = []
    spanning = 0
    for name, (fname, producer, data, build, meta) in LAYOUTS.items():
        path = out / fname
        truth = json.loads(Path(str(path) + ".truth.json").read_text())
        pages = text_lines(path)
        if len(pages) != truth["pages"]:
            errs.append(f"{name}: pages {len(pages)} != {truth['pages']}")
            continue
        doc = "\n".join(l for p in pages for l in p)
        docnums = Counter(v for p in pages for l in p for v in (num(t) for t in l.split()) if v is not None)
        for i, ln in enumerate(truth["lines"]):
            plines = pages[ln["page"] - 1]
            tok = date_token(ln["service_date"], meta["date"]) if meta["date"] else None
            if tok is None and dfmt(date.fromisoformat(ln["service_date"]), "mdy4") not in "\n".join(plines):
                errs.append(f"{name} line {i}: service date not on page")
            ok = False
            why = "code/date row not found"
            for j, t in enumerate(plines):
                if ln["code"] not in t:
                    continue
                if tok and not re.search(r"(?<![\w/.-])" + re.escape(tok) + r"(?![\w/])", t):
                    continue
                win = plines[j:j + 1 + meta.get("stack", 0)]
                text = " ".join(win)
                nums = Counter(v for v in (num(x) for x in text.split()) if v is not None)
                need = Counter(Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible",
                                                       "copay", "coinsurance", "not_covered", "discount")
                               if ln[k] is not None)
                need += Counter(Decimal(a) for _, _, a in ln["adjustments"] if a is not None)
                miss = need - nums
                if miss:
                    why = f"amounts missing {dict(miss)} in {text!r}"
                    continue
                if ln["units"] is not None and Decimal(ln["units"]) not in nums:
                    why = f"units {ln['units']} missing"
                    continue
                bad = [m for m in ln["modifiers"] if m not in t]
                bad += [r for r in ln["remarks"] if not re.search(r"\b" + re.escape(r) + r"\b", text)]
                bad += [f"{g}.?{c}" for g, c, _ in ln["adjustments"] if not re.search(g + r"[- ]?" + c + r"\b", text)]
                if bad:
                    why = f"missing {bad}"
                    continue
                ok = True
                break
            if not ok:
                errs.append(f"{name} line {i} ({ln['code']} {ln['service_date']} p{ln['page']}): {why}")
            # arithmetic per line
            D_ = {k: Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                              "coinsurance", "discount", "not_covered") if ln[k] is not None}
            if ln["adjustments"]:
                if D_["billed"] - sum(Decimal(a) for _, _, a in ln["adjustments"]) != D_["paid"]:
                    errs.append(f"{name} line {i}: billed - adjustments != paid")
            if "deductible" in D_ and "coinsurance" in D_ and "allowed" in D_ and not ln["adjustments"]:
                if D_["allowed"] - D_["deductible"] - D_.get("copay", ZERO) - D_["coinsurance"] != D_["paid"]:
                    errs.append(f"{name} line {i}: allowed - patient share != paid")
            if "discount" in D_ and "allowed" in D_:
                if D_["billed"] - D_["discount"] - D_.get("not_covered", ZERO) != D_["allowed"]:
                    errs.append(f"{name} line {i}: billed - discount - not covered != allowed")
            if set(D_) == {"billed", "paid", "discount", "patient_owes"}:
                if D_["billed"] - D_["discount"] - D_["paid"] != D_["patient_owes"]:
                    errs.append(f"{name} line {i}: statement arithmetic")
        # claims
        mism = 0
        for c in truth["claims"]:
            for v in (c["claim_id"], c["payer_claim_id"], c["patient"]):
                if v is not None and v not in doc:
                    errs.append(f"{name}: {v!r} not in text")
            mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"]) == (c["claim_id"], c["payer_claim_id"])]
            if not mine:
                errs.append(f"{name}: claim {c['payer_claim_id']} has no lines")
            if len({ln["page"] for ln in mine}) > 1:
                spanning += 1
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if Decimal(v) not in docnums:
                    errs.append(f"{name}: claim {c['payer_claim_id']} total {k} {v} not printed")
                if any(ln[k] is None for ln in mine):
                    continue  # a claim-level figure the lines do not print (p1's PT RESP)
                s = sum((Decimal(ln[k]) for ln in mine), ZERO)
                if s != Decimal(v):
                    mism += 1
                    if not any(c["payer_claim_id"] in f for f in truth["expected_findings"]):
                        errs.append(f"{name}: claim {c['payer_claim_id']} {k} total {v} != lines {s}")
        if mism != len(truth["expected_findings"]):
            errs.append(f"{name}: {mism} mismatches vs {len(truth['expected_findings'])} planted")
        if not meta.get("no_claim_id") and any(c["claim_id"] is None for c in truth["claims"]):
            errs.append(f"{name}: missing claim_id")
    if spanning < 3:
        errs.append(f"only {spanning} claims continue across pages (need >= 3 files)")
    return errs


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--only", action="append")
    a = ap.parse_args(argv)
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout59_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    for name in LAYOUTS:
        if a.only and name not in a.only:
            continue
        p = make(name, out)
        t = json.loads(Path(str(p) + ".truth.json").read_text())
        print(f"{name}  {p.name}  pages={t['pages']} lines={len(t['lines'])} claims={len(t['claims'])}")
    print(out)
    if a.check:
        errs = check(out)
        for e in errs:
            print("CHECK FAIL:", e)
        print("check:", "FAILED" if errs else "ok")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
