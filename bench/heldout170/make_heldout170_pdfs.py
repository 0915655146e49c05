"""Write the HELD-OUT set 170 of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary
documents of the five commonest real kinds, two of each (commercial member EOBs; Medicare Summary Notice /
Medicare Advantage member EOB; state Medicaid remittance advices; Medicare-style paper remits from a practice-
management system and a clearinghouse; family statements from a therapy clinic and a hospital), written by an
author who never looked at the reader, its tests or its scores.

Run:  python bench/heldout170/make_heldout170_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout170/make_heldout170_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness). Drawing goes through _h170kit.py (one list of page
operations saved by either producer).

Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where the page prints no quantity; amounts null where the column is absent).
claim_id = the provider's own account / patient-control / visit / invoice number (null where the document prints
none, e.g. the MSN and the MA EOB); payer_claim_id = the payer's claim number / ICN / CCN; patient = the person
served, exactly as printed (never the participant / guarantor unless the same person). Claims carry only the
per-claim totals the page prints (null otherwise). Adjustments only where the page prints group+reason codes
with amounts (the two Medicare-style remits); state-specific RAD / EOB codes and member-EOB note letters are
remarks. No planted mismatch (expected_findings empty). Every name, number, payer, provider, address and ID is
invented; service descriptions are our own words.

Layouts:
  h170_trust_fund_eob            commercial member EOB from a union health & welfare trust fund, portrait
      Helvetica: "Benefit Payment Explanation", participant vs patient (relationship), "Amount Charged / PPO
      Reduction / Not Eligible / Eligible Expense / Deductible / Coinsurance / Fund Pays / Rmk", wrapped
      descriptions, a duplicate denial and an excluded service, remark legend, 3 family members (reportlab)
  h170_hdhp_member_eob           commercial HDHP/HSA member EOB, landscape Liberation Sans Narrow with a right
      "plan snapshot" sidebar: glued "97530-GO-KX" codes, Units, "Provider billed / Plan discount / Plan's price
      / Not covered / Your deduct. / Your coins. / Plan paid / You owe", 4 family members (fpdf2)
  h170_msn_part_a_outpatient     Medicare Summary Notice Part A (outpatient hospital therapy), DejaVu Serif:
      service + "(97530)" on one line, "Modifier GO; 2 unit(s)" on a second line, "Amount Facility Charged /
      Non-Covered Charges / Amount Medicare Paid / Max You May Be Billed", claim continued on page 2 (fpdf2)
  h170_ma_ppo_monthly_eob        Medicare Advantage PPO monthly member EOB, Liberation Serif, left sidebar on
      every page: "Jan 8" dates, "(97110 GP CQ)", "Provider charged / Plan-approved amount / Plan paid / Your
      share", an all-denied claim, numbered notes (reportlab)
  h170_medicaid_rad              state Medicaid "Remittance Advice Details", landscape Courier: one line per
      claim with recipient id, patient account, CCN, MMDDYY dates, QTY "2.00", APPROVES / ADJUSTS (trailing-
      minus take-back and replacement) / DENIES sections, RAD code legend (reportlab)
  h170_medicaid_remit_status     state Medicaid "R&S report", portrait DejaVu Sans Mono: PCN / ICN / Medicaid
      no. heading per claim, LN-numbered detail, void of an earlier ICN with trailing minus, denied section,
      financial summary, EOB code legend (fpdf2)
  h170_pm_medicare_remit         practice-management system print of a Medicare Part B remit, DejaVu Sans
      Condensed, shaded claim boxes: MBI / Acct # / ICN, "CO-45" etc. with amounts stacked under the line,
      RARC column, header box repeated with "(continued from previous page)" (reportlab)
  h170_clearinghouse_era_print   clearinghouse "ERA detail report", landscape Liberation Mono, SPR-like
      "REND-NPI SERV-DATE POS NOS PROC MODS ... GRP/RC-AMT PROV-PD", claim status 22 reversal and its
      corrected replacement, "PT RESP" and "NET" lines (fpdf2)
  h170_clinic_family_statement   pediatric therapy clinic family (guarantor) statement, Liberation Sans, tear-
      off top: visit #, patient column, glued "97530GO", Qty, "Charges / Ins. Paid / Ins. Adj. / Your Portion",
      a visit still pending insurance, per-child balances, 3 children (reportlab)
  h170_hospital_family_statement hospital guarantor statement, DejaVu Sans Condensed: account per household
      member with insurer claim #, rev code / HCPCS / Mod / wrapped description / Qty / Charges (trailing-minus
      credits in account summaries), account continues onto page 2 without a repeated header (fpdf2)

The self-check (--check) tests the factory, not the reader: page count; for every truth line, one extracted
text line (pdfplumber) of its page holds the date, code, modifiers, units and every printed amount of that line
(or, for the MSN's two-line services, the sub-line on the same page), remarks on the row, adjustment codes and
amounts on the page, ids and patients in the document; billed - discount - not covered = allowed, allowed -
deductible - copay - coinsurance = paid where printed, billed - adjustments = paid where every adjustment is
printed; claim totals = sum of the lines (or, where lines do not print that amount, the total is printed);
at least three files carry a claim continued onto the next page; two producers.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from _h170kit import Doc  # noqa: E402
from eobgen import (  # noqa: E402
    DESC, FEE, LONG_DESC, SCHED, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money, negate, q,
    total, truth_line, units_str, write_truth,
)

D = date
# codes this set uses that the shared invented fee tables lack (our own invented rates and words)
FEE.setdefault("97533", "88.00")
SCHED.setdefault("97533", "31.64")
DESC.setdefault("97533", "Sensory integration activities")


# ------------------------------------------------------------------------------------------- machinery

@dataclass
class Claim:
    claim_id: str | None
    payer_claim_id: str | None
    patient: str | None
    svcs: list
    extra: dict = field(default_factory=dict)


class Rec:
    """Truth lines plus, for the self-check, what must share a text line with each service."""

    def __init__(self):
        self.lines: list = []
        self.row_tokens: list = []   # per truth line: strings that must be on one text line of its page
        self.page_tokens: list = []  # (page, string) that must be somewhere on that page
        self.claims: list = []
        self.arith: list = []        # per truth line: True when every adjustment is printed with its amount

    def line(self, page, s, c: Claim, printed, tokens, adjustments=None, remarks=None, units=True,
             modifiers=True, full_adj=False, desc=True, page_tokens=()):
        self.lines.append(truth_line(page, s, claim_id=c.claim_id, payer_claim_id=c.payer_claim_id,
                                     patient=c.patient, printed=printed, units=units, modifiers=modifiers,
                                     adjustments=adjustments, remarks=remarks, description=desc))
        self.row_tokens.append([t for t in tokens if t])
        for t in page_tokens:
            self.page_tokens.append((page, t))
        self.arith.append(full_adj)

    def claim(self, c: Claim, **tot):
        self.claims.append({"claim_id": c.claim_id, "payer_claim_id": c.payer_claim_id, "patient": c.patient,
                            **claim_totals(**tot)})


class Flow:
    """Vertical cursor with page breaks; on_new draws the continuation furniture and returns the new y."""

    def __init__(self, doc: Doc, y: float, bottom: float, on_new):
        self.doc, self.y, self.bottom, self.on_new = doc, y, bottom, on_new

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.doc.new_page()
            self.y = self.on_new()
            return True
        return False


def head(doc: Doc, cols, y: float, font, lh: float) -> float:
    """cols: (heading with \\n, x, align).  Draws a multi-line heading bottom-aligned; returns y below it."""
    n = max(h.count("\n") + 1 for h, _, _ in cols)
    for h, x, al in cols:
        parts = h.split("\n")
        for i, p in enumerate(parts):
            doc.text(x, y + (n - len(parts) + i) * lh, p, al, font)
    return y + (n - 1) * lh


def row(doc: Doc, cols, vals, y: float, font) -> None:
    for (_, x, al), v in zip(cols, vals):
        if v:
            doc.text(x, y, v, al, font)


def wrap(doc: Doc, s: str, w: float, font) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if doc.width(t, font) <= w or not cur:
            cur = t
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


def footers(doc: Doc, fn) -> None:
    n = len(doc.pages)
    for i, ops in enumerate(doc.pages, 1):
        doc.pages[i - 1] = ops
        saved = doc.pages
        doc.pages = [ops]
        fn(i, n)
        doc.pages = saved


def S(dos, code, units=1, mods=(), denied=None, desc=""):
    return Svc(dos, code, units, tuple(mods), None, desc, denied)


def clip(t: str, n: int) -> str:
    """Cut a description at a word boundary to at most n characters, as a narrow column would print it."""
    if len(t) <= n:
        return t
    return t[:n].rsplit(" ", 1)[0].rstrip(",/")


def adjs_of(s: Svc):
    return [[g, c, a] for g, c, a in s.adjs]


# ============================================================================================ layouts
# ---------------------------------------------------------------- 1 commercial EOB, union trust fund

def lay_trust(out: Path):
    name, producer = "h170_trust_fund_eob", "reportlab"
    doc = Doc()
    R = Rec()
    F, FB = ("Helvetica", 7.6), ("Helvetica-Bold", 7.6)
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.78"))
    fam = [("DORIAN K. ASHWORTH", "Participant"), ("MERIEL ASHWORTH", "Spouse"),
           ("TOBIAS ASHWORTH", "Dependent Child"), ("WREN ASHWORTH", "Dependent Child")]
    claims = []
    plan = [
        (fam[2], "TA-40718", "26013-00412-7", [S(D(2026, 1, 6), "97165", 1, ["GO"]),
                                             S(D(2026, 1, 6), "97530", 2, ["GO"])]),
        (fam[2], "TA-40733", "26020-00977-1", [S(D(2026, 1, 13), "97530", 2, ["GO"]),
                                             S(D(2026, 1, 13), "97535", 1, ["GO"]),
                                             S(D(2026, 1, 13), "97760", 1, ["GO"], desc=LONG_DESC["97760"]),
                                             S(D(2026, 1, 15), "97530", 3, ["GO"]),
                                             S(D(2026, 1, 15), "97110", 1, ["GO", "59"]),
                                             S(D(2026, 1, 20), "97530", 2, ["GO"]),
                                             S(D(2026, 1, 20), "97112", 1, ["GO"]),
                                             S(D(2026, 1, 22), "97530", 2, ["GO"]),
                                             S(D(2026, 1, 22), "0552T", 1, [], "PR"),
                                             S(D(2026, 1, 27), "97530", 2, ["GO"]),
                                             S(D(2026, 1, 27), "97533", 1, ["GO"]),
                                             S(D(2026, 1, 29), "97530", 2, ["GO"]),
                                             S(D(2026, 1, 29), "97168", 1, ["GO"])]),
        (fam[1], "MA-11902", "26021-01355-4", [S(D(2026, 1, 9), "97161", 1, ["GP"]),
                                             S(D(2026, 1, 9), "97140", 2, ["GP"]),
                                             S(D(2026, 1, 9), "99213", 1, []),
                                             S(D(2026, 1, 12), "97110", 2, ["GP"]),
                                             S(D(2026, 1, 12), "97140", 1, ["GP"]),
                                             S(D(2026, 1, 16), "97110", 3, ["GP"])]),
        (fam[3], "WA-40801", "26027-00102-9", [S(D(2026, 1, 19), "92523", 1, ["GN"]),
                                             S(D(2026, 1, 26), "92507", 1, ["GN"]),
                                             S(D(2026, 1, 26), "92507", 1, ["GN", "59"], "CO")]),
    ]
    for (pt, rel), acct, fcn, svcs in plan:
        for s in svcs:
            commercial(s, st, deny_reason="96")
        claims.append(Claim(acct, fcn, pt, svcs, {"rel": rel}))
    claims = [claims[0], claims[2], claims[3], claims[1]]
    M = lambda d: money(d, ",")  # noqa: E731
    remark_of = lambda s: ("N7" if s.denied == "PR" else "D4") if s.denied else ("R2" if s.deductible else "")  # noqa: E731

    def top_furniture(first: bool) -> float:
        doc.text(40, 44, "TRI-COUNTY MILLWRIGHTS & ALLIED TRADES", "l", ("Helvetica-Bold", 12))
        doc.text(40, 57, "HEALTH AND WELFARE TRUST FUND", "l", ("Helvetica-Bold", 10))
        doc.text(40, 68, "Administrative Office  *  2290 Furnace Ridge Parkway, Suite 40  *  Elkbridge, OH 44917",
                 "l", ("Helvetica", 7))
        doc.text(572, 44, "BENEFIT PAYMENT EXPLANATION", "r", ("Helvetica-Bold", 10))
        doc.text(572, 57, "Participant: DORIAN K. ASHWORTH", "r", ("Helvetica", 8))
        doc.text(572, 68, "Participant No. TM-0047-3318    Local 1187", "r", ("Helvetica", 8))
        doc.line(40, 76, 572, 76, 1.2)
        if not first:
            return 92
        doc.text(40, 96, "DORIAN K. ASHWORTH", "l", F)
        doc.text(40, 106, "418 QUARRY HOLLOW LANE", "l", F)
        doc.text(40, 116, "ELKBRIDGE OH 44919-2036", "l", F)
        doc.rect(330, 88, 242, 50)
        for i, (k, v) in enumerate([("Statement date", "February 3, 2026"), ("Check / EFT no.", "None - see below"),
                                    ("Fund year", "2026 (Jan 1 - Dec 31)"), ("Questions", "1-888-555-0172")]):
            doc.text(336, 99 + i * 11, k, "l", FB)
            doc.text(420, 99 + i * 11, v, "l", F)
        doc.text(40, 152, "This is not a bill. It explains how the Fund processed claims for you and your eligible "
                 "dependents. Payment was sent to the provider.", "l", ("Helvetica", 7.5))
        return 172

    cols = [("Service\nDate", 42, "l"), ("Proc.\nCode", 80, "l"), ("Mod", 108, "l"), ("Service Description", 140, "l"),
            ("Amount\nCharged", 316, "r"), ("PPO\nReduction", 356, "r"), ("Not\nEligible", 392, "r"),
            ("Eligible\nExpense", 432, "r"), ("Deduct-\nible", 466, "r"), ("Co-\ninsurance", 506, "r"),
            ("Fund\nPays", 544, "r"), ("Rmk", 551, "l")]

    def colhead(y):
        doc.rect(40, y - 9, 532, 20, fill=0.88)
        return head(doc, cols, y, FB, 8.5) + 14

    cur = {"c": None}

    def on_new():
        y = top_furniture(False)
        c = cur["c"]
        doc.text(42, y, f"Patient: {c.patient} ({c.extra['rel']})   Provider Acct #: {c.claim_id}   "
                 f"Fund Claim No. {c.payer_claim_id}   (continued from previous page)", "l", FB)
        return colhead(y + 16)

    fl = Flow(doc, top_furniture(True), 716, on_new)
    provider = {"TA": "BRIGHT STEPS PEDIATRIC OT, LLC", "MA": "ORCHARD LANE PHYSICAL THERAPY",
                "WA": "CLEARVOICE SPEECH & HEARING"}
    for c in claims:
        fl.need(48)
        doc.text(42, fl.y, f"Patient: {c.patient} ({c.extra['rel']})", "l", ("Helvetica-Bold", 8.5))
        doc.text(572, fl.y, f"Fund Claim No. {c.payer_claim_id}", "r", FB)
        doc.text(42, fl.y + 10, f"Provider: {provider[c.claim_id[:2]]}   Provider Acct #: {c.claim_id}   "
                 f"Received 01/28/2026   Processed 02/02/2026", "l", F)
        cur["c"] = c
        fl.y = colhead(fl.y + 26)
        for s in c.svcs:
            lines = wrap(doc, s.desc, 112, F)
            fl.need(10 * len(lines) + 2)
            rm = remark_of(s)
            vals = [dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), lines[0], M(s.billed), M(s.discount),
                    M(s.not_covered), M(s.allowed), M(s.deductible), M(s.coinsurance), M(s.paid), rm]
            row(doc, cols, vals, fl.y, F)
            for i, extra in enumerate(lines[1:], 1):
                doc.text(140, fl.y + 9 * i, extra, "l", F)
            R.line(doc.page_no, s, c, ("billed", "discount", "not_covered", "allowed", "deductible",
                                       "coinsurance", "paid"),
                   [vals[0], s.code, *s.mods, *vals[4:11], rm], units=False, remarks=[rm] if rm else [])
            fl.y += 9 * len(lines) + 2
        fl.need(26)
        doc.line(280, fl.y - 6, 572, fl.y - 6)
        tv = [M(total(c.svcs, a)) for a in ("billed", "discount", "not_covered", "allowed", "deductible",
                                            "coinsurance", "paid")]
        row(doc, cols, ["", "", "", "Claim Totals", *tv, ""], fl.y + 2, FB)
        owes = total(c.svcs, "owes")
        doc.text(134, fl.y + 12, f"Your share for this claim (amount the provider may bill you): {M(owes)}", "l", F)
        R.claim(c, billed=total(c.svcs, "billed"), allowed=total(c.svcs, "allowed"), paid=total(c.svcs, "paid"),
                patient_owes=owes)
        fl.y += 30
    legend = [("R2", "Amount applied to your annual deductible."),
              ("D4", "Duplicate of a service already processed on this claim; provider may not bill you."),
              ("N7", "Service is excluded under the Plan of Benefits (Article VI); you are responsible.")]
    fl.need(60)
    doc.text(42, fl.y, "REMARK CODES", "l", FB)
    for i, (k, v) in enumerate(legend):
        doc.text(42, fl.y + 11 * (i + 1), k, "l", FB)
        doc.text(64, fl.y + 11 * (i + 1), v, "l", F)
    fl.y += 11 * len(legend) + 18
    doc.text(42, fl.y, "Deductible met to date (family): $150.00 of $450.00    Out-of-pocket met to date: "
             + M(sum((total(c.svcs, 'owes') for c in claims), ZERO)), "l", F)
    footers(doc, lambda i, n: (doc.line(40, 740, 572, 740), doc.text(40, 752, "TCMAT H&W Fund  -  Form BPE-7 (rev. 09/25)",
                                                                    "l", ("Helvetica", 6.5)),
                               doc.text(572, 752, f"Page {i} of {n}", "r", ("Helvetica", 7))))
    return name, producer, doc, R, legend, "commercial member EOB from a union health & welfare trust fund"


# --------------------------------------------------------------- 2 commercial HDHP member EOB, landscape

def lay_hdhp(out: Path):
    name, producer = "h170_hdhp_member_eob", "fpdf2"
    doc = Doc(landscape=True)
    R = Rec()
    F, FB = ("LNarrow", 8.2), ("LNarrow-B", 8.2)
    st = PlanState(ded_left=Decimal("900.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.74"))
    claims = [
        Claim("V0093318", "E26-0412-88017", "Priya Venkataraman-Holt", [
            S(D(2026, 1, 7), "97166", 1, ["GO"]), S(D(2026, 1, 7), "97530", 2, ["GO"]),
            S(D(2026, 1, 14), "97530", 3, ["GO"]), S(D(2026, 1, 14), "97140", 1, ["GO", "59"]),
            S(D(2026, 1, 21), "97530", 2, ["GO", "KX"]), S(D(2026, 1, 21), "97535", 2, ["GO"]),
            S(D(2026, 1, 28), "97530", 2, ["GO"]), S(D(2026, 1, 28), "97112", 1, ["GO"]),
            S(D(2026, 1, 28), "97168", 1, ["GO"])]),
        Claim("V0093402", "E26-0419-10322", "Anand Holt", [
            S(D(2026, 1, 12), "97163", 1, ["GP"]), S(D(2026, 1, 12), "97110", 2, ["GP"]),
            S(D(2026, 1, 12), "G0283", 1, ["GP"])]),
        Claim("V0093577", "E26-0426-33571", "Leela Holt", [
            S(D(2026, 1, 16), "92507", 1, ["GN"]), S(D(2026, 1, 23), "92507", 1, ["GN"]),
            S(D(2026, 1, 23), "97129", 2, ["GN"], "CO", "Cognitive skills treatment")]),
        Claim("V0093611", "E26-0430-40986", "Rohan Holt", [
            S(D(2026, 1, 9), "97161", 1, ["GP"]), S(D(2026, 1, 9), "97110", 2, ["GP"]),
            S(D(2026, 1, 13), "97110", 2, ["GP"]), S(D(2026, 1, 13), "97116", 1, ["GP"]),
            S(D(2026, 1, 16), "97110", 2, ["GP", "CQ"]), S(D(2026, 1, 16), "97140", 1, ["GP", "CQ"]),
            S(D(2026, 1, 20), "97110", 2, ["GP"]), S(D(2026, 1, 20), "97112", 1, ["GP"]),
            S(D(2026, 1, 23), "97110", 3, ["GP"]), S(D(2026, 1, 27), "97110", 2, ["GP"]),
            S(D(2026, 1, 27), "97530", 1, ["GP"])]),
    ]
    for c in claims:
        for s in c.svcs:
            commercial(s, st, deny_reason="197")
    M = lambda d: money(d, "$")  # noqa: E731
    code_of = lambda s: "-".join((s.code, *s.mods))  # noqa: E731

    def frame(first: bool) -> float:
        doc.rect(0, 0, 792, 40, fill=0.25)
        doc.text(36, 26, "Summit Ridge Health Plans", "l", ("LSans-B", 15))
        doc.text(756, 18, "Explanation of Benefits", "r", ("LSans-B", 11))
        doc.text(756, 31, "THIS IS NOT A BILL", "r", ("LSans", 8))
        # right sidebar
        doc.rect(600, 52, 172, 250, fill=0.93)
        sb = [("Member", "Anand Holt"), ("Member ID", "SRH 7720 4419 02"), ("Group", "MERIDIAN TOOL WORKS 55120"),
              ("Plan", "Bronze HSA-Qualified 3000"), ("Statement", "February 4, 2026"),
              ("Family deductible", "$3,000.00"), ("Met so far", "$2,100.00"), ("Remaining", "$900.00 -> $0.00"),
              ("Family out-of-pocket max", "$7,000.00")]
        y = 68
        doc.text(610, y, "YOUR PLAN SNAPSHOT", "l", FB)
        for k, v in sb:
            y += 12
            doc.text(610, y, k, "l", F)
            y += 10
            doc.text(618, y, v, "l", FB)
        doc.text(610, y + 20, "Paying from your HSA? Use the", "l", F)
        doc.text(610, y + 30, "'You owe' figure, not the charge.", "l", F)
        if not first:
            return 60
        doc.text(36, 62, "ANAND HOLT", "l", F)
        doc.text(36, 72, "77 CEDAR BLUFF TERRACE APT 3", "l", F)
        doc.text(36, 82, "MARROWBY PA 17094", "l", F)
        doc.text(300, 62, "Claims for your family processed January 26 - February 3, 2026", "l", FB)
        doc.text(300, 74, "Questions? Call 1-866-555-0148 (TTY 711) or visit summitridge.example", "l", F)
        return 104

    cols = [("Date of\nservice", 38, "l"), ("Service\ncode", 84, "l"), ("What you received", 136, "l"),
            ("Units", 294, "r"), ("Provider\nbilled", 344, "r"), ("Plan\ndiscount", 390, "r"),
            ("Plan's\nprice", 434, "r"), ("Not\ncovered", 474, "r"), ("Your\ndeductible", 518, "r"),
            ("Your\ncoinsurance", 562, "r"), ("Plan\npaid", 592, "r")]
    # "You owe" sits under the sidebar column? no: keep it a second line per claim total; the plan prints it per row
    cols = cols[:-1] + [("Plan\npaid", 556, "r"), ("You\nowe", 594, "r")]
    cols[9] = ("Your\ncoins.", 520, "r")
    cols[8] = ("Your\ndeduct.", 484, "r")
    cols[7] = ("Not\ncovered", 446, "r")
    cols[6] = ("Plan's\nprice", 410, "r")
    cols[5] = ("Plan\ndiscount", 372, "r")
    cols[4] = ("Provider\nbilled", 332, "r")
    cols[3] = ("Units", 282, "r")
    cur = {}

    def on_new():
        y = frame(False)
        c = cur["c"]
        doc.text(36, y, f"{c.patient} - claim {c.payer_claim_id} (continued)", "l", FB)
        return head(doc, cols, y + 16, FB, 9) + 13

    fl = Flow(doc, frame(True), 560, on_new)
    prov = ["Kestrel Hand & Upper Limb Therapy", "Northgate Sports PT", "Little Voices Speech Center",
            "Northgate Sports PT"]
    for c, pv in zip(claims, prov):
        fl.need(50)
        cur["c"] = c
        doc.rect(36, fl.y - 10, 558, 26, fill=0.85)
        doc.text(40, fl.y, f"Patient: {c.patient}", "l", ("LSans-B", 9))
        doc.text(260, fl.y, f"Claim number: {c.payer_claim_id}", "l", F)
        doc.text(420, fl.y, f"Your provider's account #: {c.claim_id}", "l", F)
        doc.text(40, fl.y + 11, f"Provider: {pv} (in-network)", "l", F)
        fl.y = head(doc, cols, fl.y + 28, FB, 9) + 4
        doc.line(36, fl.y, 594, fl.y, 0.4)
        fl.y += 10
        for s in c.svcs:
            fl.need(12)
            vals = [dfmt(s.dos, "mdy4"), code_of(s), s.desc[:34], units_str(s.units), M(s.billed), M(s.discount),
                    M(s.allowed), M(s.not_covered), M(s.deductible), M(s.coinsurance), M(s.paid), M(s.owes)]
            row(doc, cols, vals, fl.y, F)
            R.line(doc.page_no, s, c, ("billed", "discount", "allowed", "not_covered", "deductible", "coinsurance",
                                       "paid", "patient_owes"), [vals[0], vals[1], vals[3], *vals[4:]],
                   desc=len(s.desc) <= 34)
            fl.y += 11
        fl.need(20)
        doc.line(260, fl.y - 7, 594, fl.y - 7, 0.4)
        tv = [M(total(c.svcs, a)) for a in ("billed", "discount", "allowed", "not_covered", "deductible",
                                            "coinsurance", "paid", "owes")]
        row(doc, cols, ["", "", "Total for this claim", "", *tv], fl.y + 2, FB)
        R.claim(c, billed=total(c.svcs, "billed"), allowed=total(c.svcs, "allowed"), paid=total(c.svcs, "paid"),
                patient_owes=total(c.svcs, "owes"))
        fl.y += 26
    fl.need(40)
    doc.text(36, fl.y, "Why some services were not covered: a service billed on the same day as a therapy session "
             "that already includes it is not paid separately; your provider has agreed not to bill you for it.",
             "l", F)
    fl.y += 12
    doc.text(36, fl.y, "Appeal rights: you have 180 days from this statement to ask us to review any decision. "
             "See the back page of your member handbook.", "l", F)
    footers(doc, lambda i, n: doc.text(396, 596, f"Summit Ridge Health Plans  |  EOB-HSA-L  |  Page {i} of {n}", "c",
                                       ("LNarrow", 7)))
    return name, producer, doc, R, [], "commercial HDHP member EOB for a family, landscape with sidebar"


# ---------------------------------------------------------------- 3 Medicare Summary Notice, Part A outpatient

def lay_msn_a(out: Path):
    name, producer = "h170_msn_part_a_outpatient", "fpdf2"
    doc = Doc()
    R = Rec()
    F, FB = ("DVSerif", 8.6), ("DVSerif-B", 8.6)
    pt = "Harriet M. Oyelaran"
    st = PlanState(ded_left=Decimal("0.00"))
    claims = [
        Claim(None, "26-0119-4470-0281", pt, [S(D(2026, 1, 5), "97167", 1, ["GO"]),
                                             S(D(2026, 1, 5), "97530", 2, ["GO"]),
                                             S(D(2026, 1, 7), "97530", 3, ["GO"]),
                                             S(D(2026, 1, 7), "97535", 2, ["GO"]),
                                             S(D(2026, 1, 9), "97530", 2, ["GO", "KX"]),
                                             S(D(2026, 1, 9), "97110", 2, ["GO"]),
                                             S(D(2026, 1, 12), "97530", 2, ["GO"]),
                                             S(D(2026, 1, 12), "97112", 1, ["GO"]),
                                             S(D(2026, 1, 14), "97530", 2, ["GO"]),
                                             S(D(2026, 1, 14), "97760", 1, ["GO"]),
                                             S(D(2026, 1, 16), "97530", 2, ["GO", "CO"]),
                                             S(D(2026, 1, 16), "0552T", 1, [], "PR")], {"fac": 0}),
        Claim(None, "26-0126-4471-0093", pt, [S(D(2026, 1, 20), "92523", 1, ["GN"]),
                                             S(D(2026, 1, 22), "92526", 1, ["GN"]),
                                             S(D(2026, 1, 22), "92507", 1, ["GN"])], {"fac": 1}),
        Claim(None, "26-0202-4473-0518", pt, [S(D(2026, 1, 28), "97168", 1, ["GO"]),
                                             S(D(2026, 1, 28), "97530", 2, ["GO"])], {"fac": 0}),
    ]
    claims = [claims[1], claims[0], claims[2]]
    for c in claims:
        for s in c.svcs:
            medicare(s, st, sequestration=False)
    M = lambda d: money(d, "$")  # noqa: E731
    fac = [("Lakemont Community Hospital Outpatient Rehab", "1400 Lakemont Avenue, Brickfield, MO 65210"),
           ("Brickfield Hospital Speech Services", "22 Sorrel Court, Brickfield, MO 65212")]

    def top(first: bool) -> float:
        doc.text(40, 46, "Medicare Summary Notice for Part A (Hospital Insurance)", "l", ("DVSerif-B", 13))
        doc.text(40, 62, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid "
                 "Services", "l", ("DVSerif", 8))
        doc.text(572, 80, "HARRIET M. OYELARAN", "r", FB)
        if not first:
            doc.line(40, 86, 572, 86, 1.0)
            return 104
        doc.rect(40, 76, 250, 56)
        doc.text(48, 90, "Notice for", "l", F)
        doc.text(48, 102, "Harriet M. Oyelaran", "l", FB)
        doc.text(48, 114, "Medicare Number XXXXXX-7KT4", "l", F)
        doc.text(48, 126, "Date of This Notice  March 2, 2026", "l", F)
        doc.text(340, 102, "Claims Processed Between", "l", F)
        doc.text(340, 114, "December 1, 2025 - February 28, 2026", "l", FB)
        doc.rect(40, 146, 532, 64, fill=0.92)
        doc.text(48, 160, "Your Deductible Status", "l", ("DVSerif-B", 10))
        doc.text(48, 174, "Your deductible is what you must pay for most health services before Medicare begins "
                 "to pay.", "l", F)
        doc.text(48, 188, "Part A Deductible: You have now met your $1,736.00 deductible for inpatient hospital "
                 "care for", "l", F)
        doc.text(48, 200, "the benefit period that began on November 3, 2025.", "l", F)
        tot = sum((total(c.svcs, "owes") for c in claims), ZERO)
        doc.text(40, 228, "Total You May Be Billed", "l", ("DVSerif-B", 11))
        doc.text(572, 228, M(tot), "r", ("DVSerif-B", 11))
        doc.text(40, 242, "Did Medicare Approve All Services?  NO - See notes on the pages that follow.", "l", F)
        doc.text(40, 256, "Number of Facilities You Visited  2   Number of Claims  3", "l", F)
        doc.line(40, 266, 572, 266, 1.0)
        doc.text(40, 282, "Your Outpatient Hospital Claims for This Period", "l", ("DVSerif-B", 11))
        doc.text(40, 294, "Definitions of the columns below are on the last page of this notice.", "l", F)
        return 316

    cols = [("Service Provided & Billing Code", 44, "l"), ("Service\nApproved?", 314, "c"),
            ("Amount\nFacility\nCharged", 390, "r"), ("Non-\nCovered\nCharges", 446, "r"),
            ("Amount\nMedicare\nPaid", 504, "r"), ("Maximum You\nMay Be\nBilled", 560, "r"), ("See\nNotes", 566, "l")]
    cols[6] = ("Notes", 566, "l")
    cols[5] = ("Max You\nMay Be\nBilled", 556, "r")
    cur = {}

    def colhead(y):
        y = head(doc, cols, y, FB, 10)
        doc.line(40, y + 4, 572, y + 4, 0.5)
        return y + 15

    def on_new():
        y = top(False)
        c = cur["c"]
        doc.text(40, y, f"{fac[c.extra['fac']][0]}, continued (Claim number {c.payer_claim_id})", "l", FB)
        return colhead(y + 18)

    fl = Flow(doc, top(True), 730, on_new)
    for c in claims:
        fl.need(100)
        cur["c"] = c
        nm, ad = fac[c.extra["fac"]]
        d0, d1 = min(s.dos for s in c.svcs), max(s.dos for s in c.svcs)
        doc.text(40, fl.y, f"{dfmt(d0, 'month')} - {dfmt(d1, 'month')}", "l", ("DVSerif-B", 10))
        doc.text(40, fl.y + 12, f"{nm}, {ad}", "l", F)
        doc.text(40, fl.y + 23, "Referred by: Colm Adeyemi-Price", "l", F)
        doc.text(40, fl.y + 34, f"Claim number {c.payer_claim_id}", "l", F)
        fl.y = colhead(fl.y + 50)
        for s in c.svcs:
            fl.need(22)
            note = "C" if s.denied else ("A" if "KX" in s.mods else "")
            label = f"{dfmt(s.dos, 'mdy2')} {clip(s.desc, 33)} ({s.code})"
            vals = [label, "No" if s.denied else "Yes", M(s.billed), M(s.not_covered), M(s.paid), M(s.owes), note]
            row(doc, cols, vals, fl.y, F)
            mtxt = " ".join(s.mods)
            if mtxt:
                doc.text(60, fl.y + 10, f"Modifier {mtxt}; {units_str(s.units)} unit(s)", "l", ("DVSerif", 7.4))
            R.line(doc.page_no, s, c, ("billed", "not_covered", "paid", "patient_owes"),
                   [dfmt(s.dos, "mdy2"), f"({s.code})", *vals[2:6], note], units=False, modifiers=bool(mtxt),
                   remarks=[note] if note else [], desc=clip(s.desc, 33) == s.desc,
                   page_tokens=[f"Modifier {mtxt};"] if mtxt else [])
            if mtxt:
                R.lines[-1]["units"] = units_str(s.units)
                R.page_tokens.append((doc.page_no, f"{units_str(s.units)} unit(s)"))
            fl.y += 22 if mtxt else 12
        fl.need(16)
        tv = [M(total(c.svcs, a)) for a in ("billed", "not_covered", "paid", "owes")]
        doc.line(330, fl.y - 8, 572, fl.y - 8)
        row(doc, cols, ["Total for Claim " + c.payer_claim_id, "", *tv, ""], fl.y + 1, FB)
        R.claim(c, billed=total(c.svcs, "billed"), paid=total(c.svcs, "paid"), patient_owes=total(c.svcs, "owes"))
        fl.y += 30
    legend = [("A", "Your therapist documented that the therapy above the yearly threshold was medically needed."),
              ("C", "Medicare does not cover this service. You may have to pay; see if you signed a notice "
                    "before you got it.")]
    fl.need(70)
    doc.text(40, fl.y, "Notes for Claims Above", "l", ("DVSerif-B", 10))
    for i, (k, v) in enumerate(legend):
        doc.text(40, fl.y + 14 * (i + 1), k, "l", FB)
        doc.text(56, fl.y + 14 * (i + 1), v, "l", ("DVSerif", 7.8))
    footers(doc, lambda i, n: doc.text(306, 760, f"{pt.upper()}   |   Page {i} of {n}", "c", ("DVSerif", 7.5)))
    return name, producer, doc, R, legend, "Medicare Summary Notice Part A, outpatient hospital therapy"


# ---------------------------------------------------------------- 4 Medicare Advantage member EOB, two-column

def lay_ma(out: Path):
    name, producer = "h170_ma_ppo_monthly_eob", "reportlab"
    doc = Doc()
    R = Rec()
    F, FB = ("LSerif", 8.4), ("LSerif-B", 8.4)
    pt = "Ignatius P. Valderrama"
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.70"))
    claims = [
        Claim(None, "MA2601-558830", pt, [S(D(2026, 1, 8), "97161", 1, ["GP"]), S(D(2026, 1, 8), "97110", 2, ["GP"]),
                                          S(D(2026, 1, 13), "97110", 2, ["GP"]), S(D(2026, 1, 13), "97140", 1, ["GP"]),
                                          S(D(2026, 1, 15), "97110", 2, ["GP", "CQ"]),
                                          S(D(2026, 1, 15), "97116", 1, ["GP", "CQ"]),
                                          S(D(2026, 1, 20), "97110", 2, ["GP"]), S(D(2026, 1, 20), "97112", 1, ["GP"]),
                                          S(D(2026, 1, 22), "97110", 2, ["GP", "CQ"]),
                                          S(D(2026, 1, 22), "97530", 1, ["GP", "CQ"])], {"prov": 0}),
        Claim(None, "MA2601-561207", pt, [S(D(2026, 1, 19), "99213", 1, []), S(D(2026, 1, 19), "L3807", 1, ["RT"]),
                                          S(D(2026, 1, 19), "97760", 1, ["GO"])], {"prov": 1}),
        Claim(None, "MA2601-561208", pt, [S(D(2026, 1, 27), "G0283", 1, ["GP"], "CO")], {"prov": 0}),
    ]
    for c in claims:
        for s in c.svcs:
            commercial(s, st, deny_reason="50")
    M = lambda d: money(d, "$")  # noqa: E731
    prov = ["Valley Gate Rehabilitation Associates", "Crestline Orthopaedic & Hand Clinic"]
    X0 = 188  # main column starts here; left column is the sidebar

    def side(first: bool):
        doc.rect(30, 30, 146, 732, fill=0.94)
        doc.text(38, 50, "HARBORVIEW", "l", ("LSerif-B", 13))
        doc.text(38, 64, "Medicare Advantage PPO", "l", ("LSerif", 9))
        y = 92
        for k, v in [("Member", pt), ("Member ID", "HV0288135-01"), ("Plan", "Harborview Classic (PPO)"),
                     ("Contract/PBP", "H9912-004"), ("Month", "January 2026")]:
            doc.text(38, y, k, "l", ("LSerif", 7.5))
            doc.text(38, y + 10, v, "l", ("LSerif-B", 8))
            y += 26
        if first:
            doc.text(38, y + 8, "Your in-network", "l", FB)
            doc.text(38, y + 19, "out-of-pocket limit", "l", FB)
            doc.text(38, y + 33, "$5,900.00 for 2026", "l", F)
            doc.text(38, y + 45, "You have paid:", "l", F)
            doc.text(38, y + 56, "$214.63 so far", "l", F)
            doc.text(38, y + 80, "Call Member Services", "l", FB)
            doc.text(38, y + 91, "1-877-555-0139, 8 a.m.-8 p.m.", "l", ("LSerif", 7.5))
            doc.text(38, y + 101, "seven days a week (TTY 711)", "l", ("LSerif", 7.5))

    def top(first: bool) -> float:
        side(first)
        doc.text(X0, 50, "Your Explanation of Benefits", "l", ("LSerif-B", 15))
        doc.text(X0, 64, "for Medicare medical services you received - January 2026", "l", F)
        if not first:
            return 90
        doc.text(X0, 84, "IGNATIUS P VALDERRAMA", "l", F)
        doc.text(X0, 94, "9 WHITCOMB RIDGE ROAD", "l", F)
        doc.text(X0, 104, "PELLSTON FALLS WA 98827", "l", F)
        doc.rect(X0, 118, 394, 42)
        doc.text(X0 + 8, 132, "This is not a bill. It tells you about medical care covered by your plan this month,",
                 "l", F)
        doc.text(X0 + 8, 143, "what your plan paid, and the most a provider may bill you. Keep it with your records.",
                 "l", F)
        doc.text(X0, 182, "Your claims in detail", "l", ("LSerif-B", 11))
        return 202

    cols = [("Date", X0 + 2, "l"), ("Service (code)", X0 + 40, "l"), ("Provider\ncharged", 418, "r"),
            ("Plan-approved\namount", 470, "r"), ("Plan\npaid", 516, "r"), ("Your\nshare", 556, "r"), ("Note", 562, "l")]
    cur = {}

    def colhead(y):
        doc.line(X0, y - 20, 582, y - 20, 0.4)
        y = head(doc, cols, y, FB, 9.5)
        doc.line(X0, y + 3, 582, y + 3, 0.4)
        return y + 14

    def on_new():
        y = top(False)
        c = cur["c"]
        doc.text(X0, y, f"Claim {c.payer_claim_id} continued - {prov[c.extra['prov']]}", "l", FB)
        return colhead(y + 26)

    fl = Flow(doc, top(True), 736, on_new)
    for c in claims:
        fl.need(80)
        cur["c"] = c
        doc.text(X0, fl.y, prov[c.extra["prov"]], "l", ("LSerif-B", 9.5))
        doc.text(X0, fl.y + 11, f"Claim ID {c.payer_claim_id}   Received 01/30/2026   Status: "
                 + ("Denied" if all(s.denied for s in c.svcs) else "Processed"), "l", F)
        fl.y = colhead(fl.y + 36)
        for s in c.svcs:
            fl.need(12)
            note = "2" if s.denied else ("1" if "CQ" in s.mods else "")
            svc = f"{s.desc[:30]} ({s.code}{' ' + ' '.join(s.mods) if s.mods else ''})"
            vals = [dfmt(s.dos, "mon").replace(", 2026", ""), svc, M(s.billed), M(s.allowed), M(s.paid), M(s.owes),
                    note]
            row(doc, cols, vals, fl.y, ("LSerif", 7.9))
            R.line(doc.page_no, s, c, ("billed", "allowed", "paid", "patient_owes"),
                   [vals[0], s.code, *s.mods, *vals[2:6], note], units=False, remarks=[note] if note else [],
                   desc=len(s.desc) <= 30)
            fl.y += 12
        fl.need(16)
        tv = [M(total(c.svcs, a)) for a in ("billed", "allowed", "paid", "owes")]
        row(doc, cols, ["", "Claim total", *tv, ""], fl.y + 2, FB)
        R.claim(c, billed=total(c.svcs, "billed"), allowed=total(c.svcs, "allowed"), paid=total(c.svcs, "paid"),
                patient_owes=total(c.svcs, "owes"))
        fl.y += 28
    legend = [("1", "Service given by a therapy assistant; the plan pays a reduced rate for it."),
              ("2", "Not covered: this kind of stimulation is not a plan benefit when unattended. "
                    "The provider cannot bill you.")]
    fl.need(50)
    doc.text(X0, fl.y, "Notes", "l", ("LSerif-B", 10))
    for i, (k, v) in enumerate(legend):
        doc.text(X0, fl.y + 12 * (i + 1), f"{k}  {v}", "l", ("LSerif", 7.6))
    footers(doc, lambda i, n: doc.text(582, 776, f"H9912_EOB26_M  Page {i} of {n}", "r", ("LSerif", 7)))
    return name, producer, doc, R, legend, "Medicare Advantage PPO monthly member EOB with sidebar"


# ---------------------------------------------------------------- monospace helpers

class Mono:
    """Fixed-pitch line printer on a Doc."""

    def __init__(self, doc: Doc, font, size, x0, y0, lh, bottom, on_new):
        self.doc, self.f, self.x0, self.lh = doc, (font, size), x0, lh
        self.fl = Flow(doc, y0, bottom, on_new)

    def put(self, s: str = "", font=None):
        self.fl.need(self.lh)
        if s:
            self.doc.text(self.x0, self.fl.y, s, "l", font or self.f)
        self.fl.y += self.lh
        return self.doc.page_no


# ---------------------------------------------------------------- 5 Medicaid RA, RAD style (Courier, landscape)

def lay_mcd_rad(out: Path):
    name, producer = "h170_medicaid_rad", "reportlab"
    doc = Doc(landscape=True)
    R = Rec()
    kids = [("0917733402", "ESPINOZA-RUIZ, MATEO", "EMR-20417"), ("0917733410", "ESPINOZA-RUIZ, CAMILA", "EMR-20418"),
            ("0924410078", "THACKERAY, JUNE", "JT-77210"), ("0931106652", "NAKASHIMA, REN", "RN-51006")]
    seqs = [
        [S(D(2026, 1, 5), "97530", 2, ["GO"]), S(D(2026, 1, 5), "97535", 1, ["GO"])],
        [S(D(2026, 1, 6), "92507", 1, ["GN"]), S(D(2026, 1, 13), "92507", 1, ["GN"])],
        [S(D(2026, 1, 7), "97110", 3, ["GP"]), S(D(2026, 1, 7), "97140", 2, ["GP"]), S(D(2026, 1, 9), "97110", 2, ["GP"])],
        [S(D(2026, 1, 8), "97166", 1, ["GO"]), S(D(2026, 1, 8), "97530", 2, ["GO", "59"])],
    ]
    approves = []
    ccn = 6021400117
    for (rid, nm, acct), svcs in zip(kids, seqs):
        for s in svcs:
            medicaid(s)
            c = Claim(acct, f"{ccn:011d}", nm, [s], {"rid": rid})
            ccn += 3
            approves.append(c)
    den = [Claim("EMR-20399", "60213990012", "ESPINOZA-RUIZ, MATEO", [S(D(2026, 1, 2), "97530", 4, ["GO"], "CO")],
                 {"rid": "0917733402", "rad": "0321"}),
           Claim("JT-77190", "60213990020", "THACKERAY, JUNE", [S(D(2026, 1, 2), "97112", 1, ["GP"], "CO")],
                 {"rid": "0924410078", "rad": "9940"})]
    for c in den:
        medicaid(c.svcs[0], deny_reason="16")
    orig = S(D(2025, 12, 15), "97530", 2, ["GO"])
    medicaid(orig)
    adj = [Claim("RN-50987", "60211770044", "NAKASHIMA, REN", [negate(orig)], {"rid": "0931106652", "rad": "0131"}),
           Claim("RN-50987", "60213990038", "NAKASHIMA, REN", [S(D(2025, 12, 15), "97530", 3, ["GO"])],
                 {"rid": "0931106652", "rad": "0132"})]
    medicaid(adj[1].svcs[0])
    M = lambda d: money(d, "", "trail").rjust(10)  # noqa: E731

    def hdr(first=False):
        m.put("DEPARTMENT OF HEALTH CARE ASSISTANCE - STATE MEDICAL ASSISTANCE PROGRAM        REMITTANCE ADVICE "
              "DETAILS (RAD)", ("Courier-Bold", 8))
        m.put("PROVIDER: ARBOR CREEK PEDIATRIC THERAPIES INC     PROV NO: 1730449826     WARRANT NO: 00571884   "
              "     ISSUE DATE: 02/05/26")
        m.put("4410 SILVERPINE BLVD STE 12, RIVERTON CV 95921                                             PAGE "
              f"{doc.page_no}")
        m.put("-" * 132)
        m.put("RECIP ID     RECIPIENT NAME             PATIENT ACCT NO  CCN          SVC FROM  SVC THRU  PROC  "
              "MOD     QTY      BILLED     PAID  RAD")
        m.put("-" * 132)

    def on_new():
        m.fl.y = 36
        hdr()
        return m.fl.y

    m = Mono(doc, "Courier", 7.4, 24, 36, 10.5, 580, on_new)
    hdr(True)

    def section(title, cl, kind):
        m.put("")
        m.put(f"*** {title} ***", ("Courier-Bold", 7.4))
        for c in cl:
            s = c.svcs[0]
            rad = c.extra.get("rad", "0001" if s.paid == s.billed else "0002")
            paid = s.paid
            line = (f"{c.extra['rid']:<12} {c.patient:<26} {c.claim_id:<16} {c.payer_claim_id:<12} "
                    f"{dfmt(s.dos, 'mdy6'):<9} {dfmt(s.dos, 'mdy6'):<9} {s.code:<5} {' '.join(s.mods):<7}"
                    f"{money(s.units, '', ''):>4} {M(s.billed)} {M(paid):>8}  {rad}")
            pg = m.put(line)
            R.line(pg, s, c, ("billed", "paid"), [c.extra["rid"], c.claim_id, c.payer_claim_id, dfmt(s.dos, "mdy6"),
                                                   s.code, *s.mods, money(s.units, "", ""), M(s.billed).strip(),
                                                   money(paid, "", "trail"), rad],
                   remarks=[rad], desc=False)
            R.lines[-1]["units"] = units_str(s.units)
            R.claim(c)
        m.put(f"{'':<60}{title} TOTAL{'':>9}{M(sum((c.svcs[0].billed for c in cl), ZERO))}"
              f" {M(sum((c.svcs[0].paid for c in cl), ZERO)):>8}")

    section("APPROVES", approves, "a")
    section("ADJUSTS", adj, "j")
    section("DENIES", den, "d")
    m.put("")
    m.put("SUSPENDS: NONE THIS CYCLE")
    allc = approves + adj + den
    m.put(f"WARRANT AMOUNT: {money(sum((c.svcs[0].paid for c in allc), ZERO), ',')}     "
          "EARNINGS THIS CYCLE INCLUDE ALL APPROVED AND ADJUSTED CLAIMS")
    m.put("")
    legend = [("0001", "ALLOWED AS BILLED."), ("0002", "PAID AT THE STATE MAXIMUM ALLOWANCE FOR THIS PROCEDURE."),
              ("0131", "PRIOR PAYMENT TAKEN BACK; SEE REPLACEMENT CCN."),
              ("0132", "REPLACEMENT CLAIM PAID AFTER CORRECTION OF UNITS."),
              ("0321", "UNITS EXCEED THE DAILY LIMIT WITHOUT A TREATMENT AUTHORIZATION."),
              ("9940", "RECIPIENT NOT ELIGIBLE ON THE DATE OF SERVICE.")]
    m.put("RAD CODE MESSAGE TEXT", ("Courier-Bold", 7.4))
    for k, v in legend:
        m.put(f"{k}  {v}")
    return name, producer, doc, R, legend, "state Medicaid remittance advice details, one line per claim"


# ---------------------------------------------------------------- 6 Medicaid Remittance & Status (mono, portrait)

def lay_mcd_rs(out: Path):
    name, producer = "h170_medicaid_remit_status", "fpdf2"
    doc = Doc()
    R = Rec()
    paid = [
        Claim("00451877", "2026034100117", "BALLARD, SIENNA", [S(D(2026, 1, 12), "97165", 1, ["GO"]),
                                                              S(D(2026, 1, 12), "97530", 2, ["GO"]),
                                                              S(D(2026, 1, 14), "97530", 2, ["GO"]),
                                                              S(D(2026, 1, 14), "97533", 1, ["GO"]),
                                                              S(D(2026, 1, 19), "97530", 3, ["GO"]),
                                                              S(D(2026, 1, 21), "97530", 2, ["GO"]),
                                                              S(D(2026, 1, 21), "97110", 1, ["GO", "59"])],
              {"mid": "518830027"}),
        Claim("00451902", "2026034100125", "BALLARD, TEAGUE", [S(D(2026, 1, 13), "92523", 1, ["GN"]),
                                                              S(D(2026, 1, 20), "92507", 1, ["GN"])],
              {"mid": "518830035"}),
        Claim("00452011", "2026034100133", "OKONKWO-LINDQVIST, ADAEZE",
              [S(D(2026, 1, 15), "97112", 2, ["GP"]), S(D(2026, 1, 15), "97140", 1, ["GP"]),
               S(D(2026, 1, 22), "97116", 2, ["GP"]), S(D(2026, 1, 22), "97112", 2, ["GP"])], {"mid": "520014467"}),
    ]
    for c in paid:
        for s in c.svcs:
            medicaid(s)
    o1, o2 = S(D(2025, 12, 29), "97530", 2, ["GO"]), S(D(2025, 12, 29), "97535", 1, ["GO"])
    medicaid(o1)
    medicaid(o2)
    paid.append(Claim("00449930", "2026034100141", "BALLARD, SIENNA", [negate(o1), negate(o2)],
                      {"mid": "518830027", "void": "2025362200871"}))
    denied = [Claim("00452040", "2026034100158", "PRUITT, DELANEY", [S(D(2026, 1, 16), "97530", 4, ["GO"], "CO"),
                                                                    S(D(2026, 1, 16), "97760", 1, ["GO"], "CO")],
                    {"mid": "521907713"})]
    for s in denied[0].svcs:
        medicaid(s, deny_reason="15")
    M = lambda d: money(d, ",", "trail").rjust(10)  # noqa: E731

    def hdr():
        m.put("NORTH PLAINS MEDICAL ASSISTANCE PROGRAM                     R&S REPORT", ("DVMono-B", 7.6))
        m.put(f"PAYEE: LARKSPUR THERAPY COLLECTIVE          PAYEE ID: 4471902    RUN DATE: 02/06/2026  PAGE: "
              f"{doc.page_no:>3}")
        m.put("NPI: 1558203379                              CYCLE: 0206A        CHECK/EFT NO: 000883145")
        m.put("=" * 94)

    def on_new():
        m.fl.y = 40
        hdr()
        c = cur.get("c")
        if c is not None:
            m.put(f"{cur['sec']} (CONTINUED)", ("DVMono-B", 7.6))
            m.put(f"PATIENT NAME: {c.patient:<28} MEDICAID NO: {c.extra['mid']}")
            m.put(f"PCN: {c.claim_id:<12} ICN: {c.payer_claim_id}   (CONTINUED)")
            m.put(COLS)
            m.put("-" * 94)
        return m.fl.y

    COLS = "LN  FROM DOS  TO DOS    PL  PROC  MODS   UNITS     BILLED    ALLOWED       PAID  EOBS"
    m = Mono(doc, "DVMono", 7.6, 30, 40, 10.2, 748, on_new)
    cur: dict = {}
    hdr()
    eob_of = lambda s: "00412" if s.paid < 0 else ("07021" if s.denied else ("00200" if s.discount else "00100"))  # noqa: E731

    def block(sec, cl):
        cur["sec"] = sec
        m.put("")
        m.put(f"CLAIM TYPE: PROFESSIONAL        CLAIM STATUS: {sec}", ("DVMono-B", 7.6))
        m.put("-" * 94)
        for c in cl:
            cur["c"] = None
            m.fl.need(52)
            m.put(f"PATIENT NAME: {c.patient:<28} MEDICAID NO: {c.extra['mid']}")
            extra = f"   ORIGINAL ICN: {c.extra['void']}" if "void" in c.extra else ""
            m.put(f"PCN: {c.claim_id:<12} ICN: {c.payer_claim_id}{extra}")
            m.put(COLS)
            cur["c"] = c
            for i, s in enumerate(c.svcs, 1):
                e = eob_of(s)
                ln = (f"{i:>2}  {dfmt(s.dos, 'mdy4')} {dfmt(s.dos, 'mdy4')} 11  {s.code} {' '.join(s.mods):<6}"
                      f"{units_str(s.units):>6} {M(s.billed)} {M(s.allowed)} {M(s.paid)}  {e}")
                pg = m.put(ln)
                R.line(pg, s, c, ("billed", "allowed", "paid"),
                       [dfmt(s.dos, "mdy4"), s.code, *s.mods, units_str(s.units), M(s.billed).strip(),
                        M(s.allowed).strip(), M(s.paid).strip(), e], remarks=[e], desc=False)
            tb, ta, tp = (total(c.svcs, a) for a in ("billed", "allowed", "paid"))
            m.put(f"{'CLAIM TOTALS':>44}{M(tb)} {M(ta)} {M(tp)}")
            R.claim(c, billed=tb, allowed=ta, paid=tp)
            cur["c"] = None
            m.put("")

    block("PAID OR ADJUSTED", paid)
    block("DENIED", denied)
    allc = paid + denied
    m.fl.need(90)
    m.put("FINANCIAL TRANSACTIONS / SUMMARY", ("DVMono-B", 7.6))
    m.put(f"  CLAIMS PAID .................. {len(paid) - 1:>3}   AMOUNT {M(sum((total(c.svcs, 'paid') for c in paid[:-1]), ZERO))}")
    m.put(f"  CLAIMS ADJUSTED (VOID) ....... {1:>3}   AMOUNT {M(total(paid[-1].svcs, 'paid'))}")
    m.put(f"  CLAIMS DENIED ................ {len(denied):>3}   AMOUNT {M(ZERO)}")
    m.put(f"  NET PAYMENT .................. {'':>3}   AMOUNT {M(sum((total(c.svcs, 'paid') for c in allc), ZERO))}")
    m.put("")
    legend = [("00100", "PAID IN FULL AT THE BILLED AMOUNT."), ("00200", "PAID AT THE PROGRAM FEE SCHEDULE."),
              ("00412", "THIS CLAIM VOIDS THE ORIGINAL ICN SHOWN; PAYMENT RECOUPED."),
              ("07021", "SERVICE REQUIRES A PRIOR AUTHORIZATION NUMBER THAT WAS NOT ON THE CLAIM.")]
    m.put("EOB CODE DESCRIPTIONS", ("DVMono-B", 7.6))
    for k, v in legend:
        m.put(f"  {k}  {v}")
    return name, producer, doc, R, legend, "state Medicaid remittance & status report, mono portrait"


# ---------------------------------------------------------------- 7 PM-system Medicare remit, boxed claims

def lay_pm_remit(out: Path):
    name, producer = "h170_pm_medicare_remit", "reportlab"
    doc = Doc()
    R = Rec()
    F, FB = ("DVCond", 7.3), ("DVCond-B", 7.3)
    st = PlanState(ded_left=Decimal("60.00"))
    pts = [("HOLLOWAY, BERNADETTE", "1EG4TE5MK72", "HB00317"), ("QUILLFEATHER, AMOS", "7TR2WQ9NP14", "QA00422"),
           ("DESROSIERS, LUCILLE", "3KD8HM1XA55", "DL00508"), ("HOLLOWAY, BERNADETTE", "1EG4TE5MK72", "HB00331")]
    sv = [
        [S(D(2026, 1, 6), "97530", 2, ["GO"]), S(D(2026, 1, 6), "97535", 1, ["GO"]), S(D(2026, 1, 8), "97530", 2, ["GO"]),
         S(D(2026, 1, 8), "97140", 1, ["GO", "59"]), S(D(2026, 1, 13), "97530", 2, ["GO", "KX"]),
         S(D(2026, 1, 13), "97112", 1, ["GO"]), S(D(2026, 1, 15), "97530", 2, ["GO", "CO"]),
         S(D(2026, 1, 15), "97535", 2, ["GO", "CO"]), S(D(2026, 1, 20), "97168", 1, ["GO"])],
        [S(D(2026, 1, 7), "97163", 1, ["GP"]), S(D(2026, 1, 7), "97110", 2, ["GP"]), S(D(2026, 1, 7), "G0283", 1, ["GP"])],
        [S(D(2026, 1, 9), "92507", 1, ["GN"]), S(D(2026, 1, 9), "92526", 1, ["GN"], "CO")],
        [S(D(2026, 1, 22), "97530", 3, ["GO"]), S(D(2026, 1, 22), "97760", 1, ["GO"])],
    ]
    claims = []
    icn = 22260270011400
    for (nm, mbi, acct), svcs in zip(pts, sv):
        for s in svcs:
            medicare(s, st, deny_reason="97")
        claims.append(Claim(acct, str(icn), nm, svcs, {"mbi": mbi}))
        icn += 1037
    claims = claims[1:] + claims[:1]
    M = lambda d: money(d, ",")  # noqa: E731

    def top(first: bool) -> float:
        doc.text(36, 40, "PracticeLedger Pro  >  Remittance Advice (Medicare Part B)", "l", ("DVCond-B", 11))
        doc.text(36, 52, "Printed 02/07/2026 10:42 by user kmorales  |  Payer: Medicare Part B - Jurisdiction 12 "
                 "(Central Plains Admin. Services)", "l", F)
        doc.text(576, 40, "PRACTICE: HEARTWOOD REHAB GROUP", "r", FB)
        doc.text(576, 52, "NPI 1902334810  PTAN R77241", "r", F)
        doc.line(36, 58, 576, 58, 1)
        if not first:
            return 76
        doc.rect(36, 66, 540, 40, fill=0.93)
        doc.text(42, 78, "Check/EFT #: 882600417330", "l", FB)
        doc.text(220, 78, "Remit date: 02/04/2026", "l", F)
        doc.text(360, 78, "Payee: HEARTWOOD REHAB GROUP", "l", F)
        tp = sum((total(c.svcs, "paid") for c in claims), ZERO)
        doc.text(42, 92, f"EFT amount: {M(tp)}", "l", FB)
        doc.text(220, 92, f"Claims on this remit: {len(claims)}", "l", F)
        doc.text(360, 92, "Posted to ledger: Yes (batch 2207)", "l", F)
        return 124

    cols = [("DOS", 42, "l"), ("POS", 84, "l"), ("CPT/HCPCS", 102, "l"), ("Mods", 150, "l"), ("Units", 196, "r"),
            ("Billed", 236, "r"), ("Allowed", 276, "r"), ("Deduct", 310, "r"), ("Coins", 344, "r"),
            ("Adj Code", 352, "l"), ("Adj Amt", 424, "r"), ("Remark", 432, "l"), ("Paid", 570, "r")]
    cur: dict = {}

    def claimbox(c, y, cont=False):
        doc.rect(36, y - 10, 540, 26, fill=0.86)
        doc.text(42, y, f"Patient: {c.patient}", "l", FB)
        doc.text(220, y, f"MBI: {c.extra['mbi']}", "l", F)
        doc.text(330, y, f"Acct #: {c.claim_id}", "l", F)
        doc.text(430, y, f"ICN: {c.payer_claim_id}", "l", F)
        doc.text(42, y + 11, "Status: 1 - Processed as primary" + ("   (continued from previous page)" if cont else
                                                                     "   Rendering: NPI 1660218845"), "l", F)
        return head(doc, cols, y + 28, FB, 9) + 12

    def on_new():
        y = top(False)
        return claimbox(cur["c"], y, True)

    fl = Flow(doc, top(True), 740, on_new)
    for c in claims:
        fl.need(70)
        cur["c"] = c
        fl.y = claimbox(c, fl.y)
        for s in c.svcs:
            adj = s.adjs
            fl.need(10 * len(adj) + 2)
            rk = "N211" if s.denied else ("N657" if "59" in s.mods else "")
            vals = [dfmt(s.dos, "mdy2"), "11", s.code, " ".join(s.mods), units_str(s.units), M(s.billed),
                    M(s.allowed), M(s.deductible), M(s.coinsurance), f"{adj[0][0]}-{adj[0][1]}", M(adj[0][2]), rk,
                    M(s.paid)]
            row(doc, cols, vals, fl.y, F)
            for i, (g, rc, a) in enumerate(adj[1:], 1):
                doc.text(352, fl.y + 9 * i, f"{g}-{rc}", "l", F)
                doc.text(424, fl.y + 9 * i, M(a), "r", F)
            R.line(doc.page_no, s, c, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                   [vals[0], s.code, *s.mods, vals[4], *vals[5:11], rk, vals[12]], adjustments=adjs_of(s),
                   remarks=[rk] if rk else [], full_adj=True, desc=False,
                   page_tokens=[f"{g}-{rc}" for g, rc, _ in adj[1:]] + [M(a) for _, _, a in adj[1:]])
            fl.y += 9 * len(adj) + 3
        fl.need(14)
        doc.line(200, fl.y - 8, 576, fl.y - 8, 0.4)
        tv = [M(total(c.svcs, a)) for a in ("billed", "allowed", "deductible", "coinsurance")]
        row(doc, cols, ["", "", "Claim totals", "", "", *tv, "", "", "", M(total(c.svcs, "paid"))], fl.y, FB)
        doc.text(42, fl.y + 11, f"Pt resp: {M(total(c.svcs, 'owes'))}", "l", F)
        R.claim(c, billed=total(c.svcs, "billed"), allowed=total(c.svcs, "allowed"), paid=total(c.svcs, "paid"),
                patient_owes=total(c.svcs, "owes"))
        fl.y += 30
    legend = [("CO-45", "Charge above the fee schedule; contractual write-off."),
              ("CO-97", "Paid as part of another service on the same day."), ("PR-1", "Deductible."),
              ("PR-2", "Coinsurance."), ("CO-253", "Federal payment reduction (sequestration)."),
              ("N211", "Separate payment not allowed for this service."),
              ("N657", "Modifier reviewed; distinct procedure accepted.")]
    fl.need(90)
    doc.text(42, fl.y, "Adjustment / remark code glossary (PracticeLedger short text)", "l", FB)
    for i, (k, v) in enumerate(legend):
        doc.text(42, fl.y + 10 * (i + 1), k, "l", FB)
        doc.text(90, fl.y + 10 * (i + 1), v, "l", F)
    footers(doc, lambda i, n: doc.text(306, 764, f"PracticeLedger Pro  -  ERA 835 view  -  page {i}/{n}", "c", F))
    return name, producer, doc, R, legend, "practice-management Medicare Part B remittance print, boxed claims"


# ---------------------------------------------------------------- 8 clearinghouse ERA print (Liberation Mono, landscape)

def lay_ch_era(out: Path):
    name, producer = "h170_clearinghouse_era_print", "fpdf2"
    doc = Doc(landscape=True)
    R = Rec()
    st = PlanState(ded_left=ZERO)
    o = [S(D(2025, 12, 16), "97110", 3, ["GP"]), S(D(2025, 12, 16), "97140", 1, ["GP"])]
    for s in o:
        medicare(s, st)
    rev = [negate(s) for s in o]
    corr = [S(D(2025, 12, 16), "97110", 3, ["GP"]), S(D(2025, 12, 16), "97140", 1, ["GP", "59"])]
    for s in corr:
        medicare(s, st)
    a = [S(D(2026, 1, 12 + k * 2), cd, u, m) for k in range(5) for cd, u, m in
         (("97110", 2, ("GP",)), ("97112", 1, ("GP", "CQ")))]
    for s in a:
        medicare(s, st)
    b = [S(D(2026, 1, 14), "97166", 1, ["GO"]), S(D(2026, 1, 14), "97530", 2, ["GO"]),
         S(D(2026, 1, 16), "97530", 2, ["GO"])]
    for s in b:
        medicare(s, st)
    claims = [Claim("FERN0091", "22260190417200", "FERNSBY, ORLA", rev, {"st": "22", "mbi": "5HJ7QA2RT06"}),
              Claim("FERN0091", "22260190417300", "FERNSBY, ORLA", corr, {"st": "1", "mbi": "5HJ7QA2RT06"}),
              Claim("MUNT0140", "22260190452100", "MUNTHE, GUSTAV", a, {"st": "1", "mbi": "8WQ3LC4YU21"}),
              Claim("AHOL0177", "22260190488800", "AHOLIBAMAH, RUTH", b, {"st": "1", "mbi": "2PZ6NX8EB93"})]
    M = lambda d: money(d, "")  # noqa: E731
    FN = ("LMono", 7.2)

    def hdr():
        m.put("SWIFTLINK CLAIMS EXCHANGE    ERA DETAIL REPORT (X12 835 TO PRINT)              PAYER: MEDICARE B "
              f"- NORTHERN TIER                PAGE {doc.page_no}", ("LMono-B", 7.2))
        m.put("PAYEE: FOXGLOVE PHYSICAL THERAPY PLLC   NPI: 1447730981   TIN: XX-XXX7741   TRACE: 1RB00447120   "
              "PAID: 02/03/2026")
        m.put("-" * 150)
        m.put("REND-NPI   SERV-DATE    POS  NOS  PROC  MODS         BILLED   ALLOWED   DEDUCT    COINS  "
              "GRP/RC-AMT                        PROV-PD  RARC")
        m.put("-" * 150)

    def on_new():
        m.fl.y = 34
        hdr()
        c = cur.get("c")
        if c is not None:
            m.put(f"NAME {c.patient:<22} MID {c.extra['mbi']}  ACNT {c.claim_id}  ICN {c.payer_claim_id}  "
                  "*** CONTINUED ***")
        return m.fl.y

    cur: dict = {}
    m = Mono(doc, "LMono", 7.2, 24, 34, 10, 582, on_new)
    hdr()
    for c in claims:
        cur["c"] = None
        m.fl.need(40)
        m.put("")
        m.put(f"NAME {c.patient:<22} MID {c.extra['mbi']}  ACNT {c.claim_id}  ICN {c.payer_claim_id}  ASG Y  "
              f"CLM STATUS {c.extra['st']}  MOA MA01")
        cur["c"] = c
        for s in c.svcs:
            grp = " ".join(f"{g}-{rc} {M(x)}" for g, rc, x in s.adjs)
            rk = "M80" if "CQ" in s.mods and s.paid > 0 else ""
            ln = (f"1558830271 {s.dos:%m%d} {dfmt(s.dos, 'mdy6')}    11 {units_str(s.units):>4}"
                  f"  {s.code} {' '.join(s.mods):<8}{M(s.billed):>10}{M(s.allowed):>10}{M(s.deductible):>9}"
                  f"{M(s.coinsurance):>9}  {grp:<32}{M(s.paid):>9}  {rk}")
            pg = m.put(ln, FN)
            R.line(pg, s, c, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                   [dfmt(s.dos, "mdy6"), s.code, *s.mods, M(s.billed), M(s.allowed), M(s.deductible), M(s.coinsurance), M(s.paid),
                    *(f"{g}-{rc} {M(x)}" for g, rc, x in s.adjs), rk],
                   adjustments=adjs_of(s), remarks=[rk] if rk else [], full_adj=True, desc=False)
        tb, ta, tp = (total(c.svcs, x) for x in ("billed", "allowed", "paid"))
        m.put(f"PT RESP {M(total(c.svcs, 'owes')):>9}            CLAIM TOTALS {'':>12}{M(tb):>10}{M(ta):>10}"
              f"{M(total(c.svcs, 'deductible')):>9}{M(total(c.svcs, 'coinsurance')):>9}  {'':<32}{M(tp):>9}")
        m.put(f"{'':>20}NET {M(tp)}")
        R.claim(c, billed=tb, allowed=ta, paid=tp, patient_owes=total(c.svcs, "owes"))
        cur["c"] = None
    m.put("")
    tot = sum((total(c.svcs, "paid") for c in claims), ZERO)
    m.put(f"TOTALS: # OF CLAIMS {len(claims)}   BILLED AMT {M(sum((total(c.svcs, 'billed') for c in claims), ZERO))}"
          f"   PROV PD AMT {M(tot)}   PROV ADJ AMT 0.00   CHECK AMT {M(tot)}")
    m.put("")
    legend = [("22", "Claim status: this claim reverses an earlier payment."),
              ("M80", "Note: same-day service by an assistant under supervision (swiftlink text).")]
    for k, v in legend:
        m.put(f"{k:<5}{v}")
    return name, producer, doc, R, legend, "clearinghouse ERA-to-print, Medicare style, reversal and correction"


# ---------------------------------------------------------------- 9 therapy clinic family statement

def lay_clinic_stmt(out: Path):
    name, producer = "h170_clinic_family_statement", "reportlab"
    doc = Doc()
    R = Rec()
    F, FB = ("LSans", 7.8), ("LSans-B", 7.8)
    st = PlanState(ded_left=Decimal("120.00"), visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.80"))
    visits = [
        ("Nora Fairweather-Beck", "INV-30114", "BX91-2260017", [S(D(2026, 1, 6), "97165", 1, ["GO"]),
                                                                  S(D(2026, 1, 6), "97530", 1, ["GO"])]),
        ("Nora Fairweather-Beck", "INV-30158", "BX91-2260421", [S(D(2026, 1, 13), "97530", 2, ["GO"]),
                                                                  S(D(2026, 1, 13), "97533", 1, ["GO"])]),
        ("Silas Fairweather-Beck", "INV-30160", "BX91-2260433", [S(D(2026, 1, 13), "92523", 1, ["GN"])]),
        ("Nora Fairweather-Beck", "INV-30202", "BX91-2260877", [S(D(2026, 1, 20), "97530", 2, ["GO"]),
                                                                  S(D(2026, 1, 20), "97112", 1, ["GO"]),
                                                                  S(D(2026, 1, 20), "97150", 1, ["GO"], "PR")]),
        ("Silas Fairweather-Beck", "INV-30207", "BX91-2260880", [S(D(2026, 1, 20), "92507", 1, ["GN"])]),
        ("Silas Fairweather-Beck", "INV-30251", None, [S(D(2026, 1, 27), "92507", 1, ["GN"])]),
        ("Juniper Fairweather-Beck", "INV-30255", "BX91-2261302", [S(D(2026, 1, 27), "97161", 1, ["GP"]),
                                                                     S(D(2026, 1, 27), "97110", 2, ["GP"]),
                                                                     S(D(2026, 1, 27), "97140", 1, ["GP"])]),
    ]
    claims = []
    for pt, inv, cl, svcs in visits:
        for s in svcs:
            if cl is None:  # not yet billed to insurance: no payment, whole charge pending
                s.owes = ZERO
                continue
            commercial(s, st)
        claims.append(Claim(inv, cl, pt, svcs))
    M = lambda d: money(d, ",", "()")  # noqa: E731

    def stub():
        doc.text(36, 40, "WILLOWBROOK CHILDREN'S THERAPY CENTER", "l", ("LSans-B", 12))
        doc.text(36, 52, "Occupational, Physical & Speech Therapy for Kids", "l", ("LSans", 8))
        doc.text(36, 62, "60 Maplethorpe Drive, Suite B  |  Garnet Springs, VT 05771  |  (802) 555-0190", "l",
                 ("LSans", 7.5))

    def top(first: bool) -> float:
        stub()
        doc.text(576, 40, "FAMILY STATEMENT", "r", ("LSans-B", 11))
        doc.text(576, 52, "Guarantor: Marisol Fairweather-Beck", "r", F)
        doc.text(576, 62, "Account: G-100482", "r", F)
        if not first:
            doc.line(36, 70, 576, 70, 0.8)
            return 92
        doc.line(36, 70, 576, 70, 0.8)
        due = sum((total(c.svcs, "owes") for c in claims), ZERO)
        doc.text(36, 84, "Please detach and return the top portion with your payment.", "l", ("LSans", 7))
        doc.rect(330, 78, 246, 62)
        for i, (k, v) in enumerate([("Statement Date", "02/09/2026"), ("Account Number", "G-100482"),
                                    ("Amount Due", money(due, "$")), ("Due By", "03/01/2026")]):
            doc.text(338, 90 + 13 * i, k, "l", FB)
            doc.text(568, 90 + 13 * i, v, "r", FB if k == "Amount Due" else F)
        doc.text(36, 104, "MARISOL FAIRWEATHER-BECK", "l", F)
        doc.text(36, 114, "215 LINDENWOOD ROW", "l", F)
        doc.text(36, 124, "GARNET SPRINGS VT 05772", "l", F)
        doc.text(338, 152, "AMOUNT ENCLOSED $ ______________", "l", F)
        for x in range(36, 576, 8):
            doc.line(x, 166, x + 4, 166, 0.5)
        doc.text(36, 184, "Primary insurance on file: BlueCrest Vermont PPO, ID BXV448812007 (subscriber Marisol "
                 "Fairweather-Beck)", "l", F)
        return 206

    cols = [("Date", 38, "l"), ("Visit #", 80, "l"), ("Patient", 126, "l"), ("Service", 226, "l"), ("Code", 334, "l"),
            ("Qty", 388, "r"), ("Charges", 420, "r"), ("Ins. Paid", 464, "r"), ("Ins. Adj.", 508, "r"),
            ("Your Portion", 572, "r")]

    def colhead(y):
        doc.rect(36, y - 9, 540, 13, fill=0.85)
        return head(doc, cols, y, FB, 9) + 14

    fl = Flow(doc, colhead(top(True)), 720, lambda: colhead(top(False)))
    for c in claims:
        fl.need(12 * len(c.svcs) + 26)
        for s in c.svcs:
            fl.need(12)
            code = s.code + "".join(s.mods)
            insadj = s.billed - s.paid - s.owes
            pend = c.payer_claim_id is None
            vals = [dfmt(s.dos, "mdy4"), c.claim_id, c.patient, clip(s.desc, 25), code, units_str(s.units), M(s.billed),
                    "" if pend else M(s.paid), "" if pend else M(insadj), M(s.owes)]
            row(doc, cols, vals, fl.y, F)
            R.line(doc.page_no, s, c, ("billed", "patient_owes") if pend else ("billed", "paid", "patient_owes"),
                   [vals[0], c.claim_id, code, vals[5], vals[6], vals[7], vals[9]], desc=clip(s.desc, 25) == s.desc)
            fl.y += 11
        if c.payer_claim_id:
            doc.text(216, fl.y, f"BlueCrest claim {c.payer_claim_id} processed 01/30/2026", "l", ("LSans", 6.8))
        else:
            doc.text(216, fl.y, "Insurance billed 02/02/2026 - pending", "l", ("LSans", 6.8))
        fl.y += 14
        R.claim(c)
    fl.need(80)
    tb = sum((total(c.svcs, "billed") for c in claims), ZERO)
    tp = sum((total(c.svcs, "paid") for c in claims), ZERO)
    to = sum((total(c.svcs, "owes") for c in claims), ZERO)
    adj_t = sum((s.billed - s.paid - s.owes for c in claims if c.payer_claim_id for s in c.svcs), ZERO)
    doc.line(36, fl.y - 6, 576, fl.y - 6)
    row(doc, cols, ["", "", "Statement totals", "", "", "", M(tb), M(tp), M(adj_t), M(to)], fl.y + 4, FB)
    fl.y += 24
    for who in ("Nora", "Silas", "Juniper"):
        amt_ = sum((total(c.svcs, "owes") for c in claims if c.patient.startswith(who)), ZERO)
        doc.text(420, fl.y, f"{who}'s balance", "l", F)
        doc.text(572, fl.y, money(amt_, "$"), "r", F)
        fl.y += 11
    doc.text(38, fl.y + 6, "Payment plans are available - ask the front desk. We accept HSA and FSA cards.", "l", F)
    footers(doc, lambda i, n: doc.text(576, 760, f"Page {i} of {n}", "r", ("LSans", 7)))
    return name, producer, doc, R, [], "pediatric therapy clinic family statement (guarantor, three children)"


# ---------------------------------------------------------------- 10 hospital outpatient rehab family statement

def lay_hosp_stmt(out: Path):
    name, producer = "h170_hospital_family_statement", "fpdf2"
    doc = Doc()
    R = Rec()
    F, FB = ("DVCond", 7.6), ("DVCond-B", 7.6)
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.66"))
    accts = [
        ("Rosalind Achterberg", "60042271", "H7Q2600418", [S(D(2026, 1, 5), "97161", 1, ["GP"]),
                                                          S(D(2026, 1, 5), "97110", 2, ["GP"]),
                                                          S(D(2026, 1, 7), "97110", 2, ["GP"]),
                                                          S(D(2026, 1, 7), "97140", 2, ["GP"]),
                                                          S(D(2026, 1, 9), "97110", 3, ["GP"]),
                                                          S(D(2026, 1, 9), "97116", 1, ["GP"]),
                                                          S(D(2026, 1, 12), "97110", 2, ["GP"]),
                                                          S(D(2026, 1, 12), "97112", 2, ["GP"]),
                                                          S(D(2026, 1, 14), "97110", 2, ["GP"]),
                                                          S(D(2026, 1, 14), "G0283", 1, ["GP"]),
                                                          S(D(2026, 1, 16), "97110", 2, ["GP"]),
                                                          S(D(2026, 1, 16), "97530", 1, ["GP"]),
                                                          S(D(2026, 1, 19), "97110", 2, ["GP"]),
                                                          S(D(2026, 1, 19), "97140", 1, ["GP"]),
                                                          S(D(2026, 1, 21), "97110", 2, ["GP"]),
                                                          S(D(2026, 1, 21), "97112", 1, ["GP"])]),
        ("Emmett Achterberg", "60042388", "H7Q2600559", [S(D(2026, 1, 8), "97167", 1, ["GO"]),
                                                        S(D(2026, 1, 8), "97535", 2, ["GO"]),
                                                        S(D(2026, 1, 15), "97535", 1, ["GO"]),
                                                        S(D(2026, 1, 15), "L3807", 1, ["LT"])]),
        ("Ottilie Achterberg", "60042391", "H7Q2600562", [S(D(2026, 1, 21), "92523", 1, ["GN"]),
                                                         S(D(2026, 1, 21), "92507", 1, ["GN"])]),
    ]
    REV = {"GP": "0420", "GO": "0430", "GN": "0440", "LT": "0274"}
    claims = []
    for pt, acct, cl, svcs in accts:
        for s in svcs:
            commercial(s, st)
        claims.append(Claim(acct, cl, pt, svcs))
    claims = claims[1:] + claims[:1]
    M = lambda d: money(d, ",", "trail")  # noqa: E731

    def top(first: bool) -> float:
        doc.text(40, 44, "ST. BRENDAN VALLEY MEDICAL CENTER", "l", ("DVCond-B", 12))
        doc.text(40, 56, "Patient Financial Services  -  PO Box 4417, Cold Harbor, NE 68931  -  402-555-0163", "l",
                 ("DVCond", 7.4))
        doc.text(572, 44, "GUARANTOR STATEMENT", "r", ("DVCond-B", 10))
        doc.text(572, 56, "Guarantor #: 0098813  Statement date: 02/10/2026", "r", F)
        doc.line(40, 63, 572, 63, 0.9)
        if not first:
            return 80
        doc.text(40, 80, "Bertrand Achterberg", "l", F)
        doc.text(40, 90, "3 Tamarack Bend", "l", F)
        doc.text(40, 100, "Cold Harbor NE 68933-1120", "l", F)
        doc.rect(360, 72, 212, 40)
        due = sum((total(c.svcs, "owes") for c in claims), ZERO)
        doc.text(368, 84, "Total amount due", "l", FB)
        doc.text(564, 84, money(due, "$"), "r", FB)
        doc.text(368, 98, "Please pay by 03/05/2026", "l", F)
        doc.text(40, 124, "Below are the hospital accounts for members of your household, the charges posted, and "
                 "what insurance has done.", "l", F)
        return 146

    cols = [("Service Date", 44, "l"), ("Rev Code", 98, "l"), ("HCPCS", 136, "l"), ("Mod", 172, "l"),
            ("Description", 198, "l"), ("Qty", 420, "r"), ("Charges", 476, "r")]
    fl = Flow(doc, top(True), 736, lambda: top(False))
    for c in claims:
        fl.need(80)
        doc.rect(40, fl.y - 10, 532, 26, fill=0.9)
        doc.text(44, fl.y, f"Patient: {c.patient}", "l", FB)
        doc.text(240, fl.y, f"Account No. {c.claim_id}", "l", F)
        doc.text(380, fl.y, "Outpatient Rehabilitation", "l", F)
        doc.text(44, fl.y + 11, f"Insurance: Prairie Mutual Health PPO   Claim # {c.payer_claim_id}", "l", F)
        fl.y = head(doc, cols, fl.y + 28, FB, 9) + 12
        for s in c.svcs:
            lines = wrap(doc, LONG_DESC.get(s.code, s.desc), 200, F)
            fl.need(9 * len(lines) + 3)
            rev = REV[s.mods[0]] if s.code != "L3807" else "0274"
            vals = [dfmt(s.dos, "mdy4"), rev, s.code, " ".join(s.mods), lines[0], units_str(s.units), M(s.billed)]
            row(doc, cols, vals, fl.y, F)
            for i, extra in enumerate(lines[1:], 1):
                doc.text(198, fl.y + 9 * i, extra, "l", F)
            s.desc = LONG_DESC.get(s.code, s.desc)
            R.line(doc.page_no, s, c, ("billed",), [vals[0], s.code, *s.mods, vals[5], vals[6]])
            fl.y += 9 * len(lines) + 3
        tb, tp, to = (total(c.svcs, a) for a in ("billed", "paid", "owes"))
        fl.need(50)
        doc.line(380, fl.y - 6, 572, fl.y - 6, 0.4)
        for lab, v in [("Total charges", tb), ("Insurance payment 01/29/2026", -tp),
                       ("Insurance contractual adjustment", -(tb - tp - to)), ("Account balance (your share)", to)]:
            doc.text(300, fl.y + 2, lab, "l", FB if lab.startswith("Account") else F)
            doc.text(568, fl.y + 2, M(v), "r", FB if lab.startswith("Account") else F)
            fl.y += 10
        R.claim(c, billed=tb, patient_owes=to)
        fl.y += 16
    fl.need(30)
    doc.text(44, fl.y, "Financial assistance may be available. Ask for our Charity Care application or call 402-555-0163.",
             "l", F)
    footers(doc, lambda i, n: doc.text(306, 760, f"Guarantor 0098813  -  page {i} of {n}", "c", ("DVCond", 7)))
    return name, producer, doc, R, [], "hospital outpatient rehab guarantor statement, three household members"


# ============================================================================================ driver

LAYOUTS = [lay_trust, lay_hdhp, lay_msn_a, lay_ma, lay_mcd_rad, lay_mcd_rs, lay_pm_remit, lay_ch_era,
           lay_clinic_stmt, lay_hosp_stmt]


def build(out: Path) -> list:
    made = []
    for fn in LAYOUTS:
        name, producer, doc, R, legend, desc = fn(out)
        pdf = out / f"{name}.pdf"
        doc.save(pdf, producer, name)
        write_truth(pdf, name, producer, len(doc.pages), desc, R.lines, R.claims, legend)
        made.append((pdf, R))
    return made


import re  # noqa: E402

NUM = re.compile(r"\(?-?\$?\d[\d,]*\.\d{2,3}-?\)?")


def nums(text: str) -> set:
    out = set()
    for t in NUM.findall(text):
        neg = t.startswith("(") or t.startswith("-") or t.endswith("-") or t.endswith("-)")
        v = Decimal(t.strip("()-$").replace("$", "").replace(",", ""))
        out.add(q(-v if neg else v))
    return out


def squash(s: str) -> str:
    return "".join(s.split())


def check(made: list) -> list:
    import json

    import pdfplumber
    errs = []
    for pdf, R in made:
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        tag = pdf.name
        with pdfplumber.open(pdf) as P:
            if len(P.pages) != t["pages"]:
                errs.append(f"{tag}: page count {len(P.pages)} != {t['pages']}")
            ptexts = [p.extract_text() or "" for p in P.pages]
            plines = [[ln["text"] for ln in p.extract_text_lines()] for p in P.pages]
        alltext = "\n".join(ptexts)
        keys: dict = {}
        for i, ln in enumerate(t["lines"]):
            pg = ln["page"]
            if not 1 <= pg <= len(plines):
                errs.append(f"{tag} line {i}: bad page {pg}")
                continue
            toks = R.row_tokens[i]
            hit = [x for x in plines[pg - 1] if all(squash(tk) in squash(x) for tk in toks)]
            if not hit:
                errs.append(f"{tag} line {i} p{pg}: no text line holds {toks}")
                continue
            rowtxt = hit[0]
            if ln["code"] and ln["code"] not in rowtxt:
                errs.append(f"{tag} line {i}: code {ln['code']} not on row")
            for m in ln["modifiers"]:
                if m not in rowtxt and not any(m in tk for p_, tk in R.page_tokens if p_ == pg):
                    errs.append(f"{tag} line {i}: modifier {m} missing")
            d = date.fromisoformat(ln["service_date"])
            if not any(dfmt(d, st_) in rowtxt for st_ in ("mdy2", "mdy4", "mdy6", "mdY8", "mon", "month", "mdyn",
                                                          "iso", "dmy")) and \
                    dfmt(d, "mon").replace(f", {d.year}", "") not in rowtxt:
                errs.append(f"{tag} line {i}: date {d} not on row")
            rn = nums(rowtxt)
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln.get(k) is not None and Decimal(ln[k]) not in rn:
                    errs.append(f"{tag} line {i}: {k} {ln[k]} not on row: {rowtxt}")
            if ln["units"] is not None:
                u = Decimal(ln["units"])
                words = re.findall(r"\d+(?:\.\d+)?", rowtxt)
                subs = [tk for p_, tk in R.page_tokens if p_ == pg and "unit" in tk]
                if not any(Decimal(w) == u for w in words) and not any(tk.startswith(ln["units"]) for tk in subs):
                    errs.append(f"{tag} line {i}: units {u} not on row")
            for p_, tk in R.page_tokens:
                if p_ == pg and squash(tk) not in squash(ptexts[pg - 1]):
                    errs.append(f"{tag} p{pg}: page token {tk!r} missing")
            for g, rc, a in ln["adjustments"]:
                if f"{g}-{rc}" not in ptexts[pg - 1] or (a is not None and Decimal(a) not in nums(ptexts[pg - 1])):
                    errs.append(f"{tag} line {i}: adjustment {g}-{rc} {a} not on page")
            for rm in ln["remarks"]:
                if rm not in rowtxt:
                    errs.append(f"{tag} line {i}: remark {rm} not on row")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in alltext:
                    errs.append(f"{tag} line {i}: {k} {ln[k]!r} not in document")
            # arithmetic
            b, pd_ = Decimal(ln["billed"]) if ln["billed"] else None, Decimal(ln["paid"]) if ln["paid"] else None
            if R.arith[i] and b is not None and pd_ is not None:
                if b - sum((Decimal(a) for _, _, a in ln["adjustments"]), ZERO) != pd_:
                    errs.append(f"{tag} line {i}: billed - adjustments != paid")
            if ln["allowed"] is not None and pd_ is not None and not any(rc == "253" for _, rc, _ in ln["adjustments"]):
                share = sum((Decimal(ln[k]) for k in ("deductible", "copay", "coinsurance") if ln[k]), ZERO)
                if any(ln[k] is not None for k in ("deductible", "copay", "coinsurance")) and \
                        Decimal(ln["allowed"]) - share != pd_:
                    errs.append(f"{tag} line {i}: allowed - member share != paid")
            if ln["discount"] is not None and ln["allowed"] is not None:
                if Decimal(ln["billed"]) - Decimal(ln["discount"]) - Decimal(ln["not_covered"] or 0) != \
                        Decimal(ln["allowed"]):
                    errs.append(f"{tag} line {i}: billed - discount - not covered != allowed")
            keys.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), []).append(ln)
        for c in t["claims"]:
            ls = keys.get((c["claim_id"], c["payer_claim_id"], c["patient"]))
            if not ls:
                errs.append(f"{tag}: claim {c['claim_id']}/{c['payer_claim_id']} has no lines")
                continue
            for k in ("billed", "allowed", "paid", "patient_owes"):
                if c[k] is None:
                    continue
                if any(x[k] is None for x in ls):  # lines do not print it: only the printed total is checked
                    if Decimal(c[k]) not in nums(alltext):
                        errs.append(f"{tag}: claim total {k} {c[k]} not printed")
                    continue
                s_ = sum((Decimal(x[k]) for x in ls if x[k] is not None), ZERO)
                if s_ != Decimal(c[k]):
                    errs.append(f"{tag}: claim {c['payer_claim_id']} {k} total {c[k]} != lines {s_}")
                if Decimal(c[k]) not in nums(alltext):
                    errs.append(f"{tag}: claim total {k} {c[k]} not printed")
        ncl = len(keys)
        if ncl < 3:
            errs.append(f"{tag}: only {ncl} claims")
        # a claim continuing across a page break
        pages_by_claim = {k: {x["page"] for x in v} for k, v in keys.items()}
        t["_spans"] = sum(1 for v in pages_by_claim.values() if len(v) > 1)
        R.spans = t["_spans"]
        print(f"  {tag}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims, "
              f"{len({x['patient'] for x in t['lines']})} patients, claims spanning pages: {t['_spans']}")
    if sum(1 for _, R in made if R.spans) < 3:
        errs.append("fewer than three files carry a claim continued onto the next page")
    if len({t_ for t_ in (json.loads(Path(str(p) + '.truth.json').read_text())['producer'] for p, _ in made)}) < 2:
        errs.append("fewer than two producers")
    return errs


def main() -> int:
    ap = argparse.ArgumentParser(description="Write the held-out set 170 of synthetic PDF EOBs with truth files.")
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout170_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    made = build(out)
    print(f"wrote {len(made)} PDFs to {out}")
    if a.check:
        errs = check(made)
        for e in errs:
            print("CHECK FAIL:", e)
        print("check:", "FAILED" if errs else "OK")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
