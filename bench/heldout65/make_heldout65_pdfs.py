"""Write the SIXTY-FIFTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on the five commonest real document kinds, two house styles each, written
without looking at the reader.

Run:  python bench/heldout65/make_heldout65_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout65/make_heldout65_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed for the line); claim_id = the provider's own account /
patient-control / invoice / visit number, payer_claim_id = the payer's claim number / ICN / TCN / reference,
patient exactly as printed (the person who got the service, e.g. "NAKAMURA, SOFIA" where the page prints it
so). service_end is set only where a line prints a real span (from-thru on different days), else null.
Adjustments are listed only where the page prints group + reason + amount for the line. Every name, number,
payer, provider, address and ID is invented; descriptions are our own words. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness). Drawing kit: pagekit65.py (same folder).

Layouts (kind, vocabulary, producer, complications):
  c1  commercial PPO member EOB to the subscriber, four-person family (reportlab, portrait Liberation Sans 6.8
      pt): "Claim for <name> (Daughter)" bars, "Billed / Network savings / Not covered / Allowed / Deductible /
      Copay / Coinsurance / Plan paid / You owe / Notes", "97530 GO" codes with the description wrapped on a
      second small line, "01/05/26"; the daughter's claim runs onto page 2 with the column header repeated and
      "(continued)"; a bundled, not-covered line; numbered-notes legend
  c2  employer-plan "Statement of Health Benefits" grouped by family member (fpdf2, landscape DejaVu Sans
      Condensed): member bands, claim lines "Claim 2026-0113-00871 | Provider | Patient Acct", "97112-GP",
      per-visit copay, an out-of-network line denied to the member, "Amount not allowed / Excluded";
      PLANTED claim-total mismatch on "Member Pays"
  m1  Medicare Summary Notice Part B (fpdf2, portrait DejaVu Sans): page-1 deductible / approval dashboard,
      claims by provider with date heading rows ("Jan 7, 2026") over "2 Therapeutic exercises (97110-GP)" rows,
      Yes/No approval column, "Maximum You May Be Billed", lettered notes; one claim runs from page 1 onto page 2 with the column header repeated and "(continued)"
  m2  Medicare Advantage HMO member EOB (reportlab, landscape DejaVu Serif Condensed): "Provider's charge /
      Plan's approved amount / Plan paid / Your share", no units, per-visit copay, a REPROCESSED claim whose
      earlier payment is reversed with "-$" amounts followed by the replacement claim
  d1  state Medicaid remittance advice, line printer (reportlab, landscape core Courier 7.4 pt): banner,
      "RECIPIENT: LAST, FIRST  RID  PCN  TCN" claim lines, "SVC DT" as 010526, units "4.00", EOB codes,
      PAID and DENIED sections, a claim continued on page 2 with the headings repeated, claim totals
  d2  state Medicaid remittance advice, portal print (fpdf2, portrait Liberation Sans Narrow): boxed claim
      heads (Member / Member ID / Patient Acct # / ICN), ruled service rows with "CO 45 54.15" adjustment cells
      and RARC, PAID / DENIED / ADJUSTED sections with a void (negative) and its replacement
  p1  Medicare Part B standard paper remit printed by a clearinghouse viewer (fpdf2, portrait DejaVu Sans
      Mono 6.6 pt, fixed-width text rows): NAME / MID / ACNT / ICN / ASG / MOA, "0107 010726" dates, NOS, GRP/RC-AMT with one
      adjustment per print line under the service, PT RESP and CLAIM TOTALS, a reversal claim, two pages
  p2  practice-management "Insurance Payment Detail - ERA auto-post" of a Medicare deposit (reportlab,
      portrait Liberation Sans Narrow): patient bands "Pt: Hollis, June  Acct 20417  ICN ...", columns Charge /
      Allowed / Ins Pd / Ded / Coins / Contract Adj / Other Adj / Adj Codes / Pt Resp / Status, glued code list
      "CO45 PR2 CO253", a zero-pay bundled line, one dense page
  s1  therapy clinic family statement to the guarantor (fpdf2, portrait Liberation Serif): statement box,
      visit rows per child with invoice numbers and the insurer's claim reference, Charge / Insurance Paid /
      Adjustment (no codes) / Your Portion, a guarantor payment as a non-service row, aging strip, tear-off stub
  s2  hospital guarantor statement (reportlab, portrait DejaVu Sans Condensed): one account per family member,
      itemized "Date / Rev / CPT-HCPCS / Description / Qty / Charges" rows, insurance activity lines with the
      payer's claim number, a 16-visit rehab account that runs onto page 2 without a repeated header

The self-check (--check) tests the factory, not the reader: every truth amount, code, modifier, units value and
date is among the strings drawn on the line's own print row(s), and each such row is found as one text line
in the page's text layer (pdfplumber); ids, patients and remark codes are in the document's text; the page
count matches; the documents' own arithmetic holds (billed - discount - not covered = allowed and allowed -
deductible - copay - coinsurance = paid where printed; billed - adjustments = paid where every adjustment is
printed; claim totals = sum of lines unless the mismatch is the planted expected finding, and it really is).
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import eobgen  # noqa: E402
from eobgen import (  # noqa: E402
    FIXED_WHEN,
    ZERO,
    PlanState,
    Svc,
    commercial,
    dfmt,
    medicaid,
    medicare,
    money,
    negate,
    q,
    truth_line,
    units_str,
    write_truth,
)
from pagekit65 import Doc, num, on_line, page_lines, render_fpdf, render_reportlab  # noqa: E402

# A few extra invented fees and short descriptions of our own for codes the shared tables lack.
for _c, _f, _s, _d in (("97533", "90.00", "31.20", "Sensory integration techniques"),
                       ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
                       ("97010", "25.00", "0.00", "Hot or cold pack application"),
                       ("97018", "30.00", "4.12", "Paraffin bath"),
                       ("73110", "145.00", "38.90", "X-ray of wrist, 3 or more views"),
                       ("29125", "120.00", "61.07", "Short arm splint, static"),
                       ("A4556", "18.00", "12.40", "Electrodes, per pair")):
    eobgen.FEE.setdefault(_c, _f)
    eobgen.SCHED.setdefault(_c, _s)
    eobgen.DESC.setdefault(_c, _d)

D = date
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
MEMBER_PRINTED = ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
                  "patient_owes")


class Out:
    """What one layout produces: the page ops, truth lines with the strings drawn on their rows, claims."""

    def __init__(self, name, producer, description, datefmt):
        self.name, self.producer, self.description, self.datefmt = name, producer, description, datefmt
        self.lines: list[dict] = []
        self.rows: list[list[list[str]]] = []  # per line: groups of strings, each group one print row
        self.ctx: list[list[str]] = []  # per line: strings that must be on the same page (e.g. date heading)
        self.claims: list[dict] = []
        self.legend: list = []
        self.findings: list[str] = []
        self.full_adj: bool = False

    def add(self, truth, groups, ctx=()):
        self.lines.append(truth)
        self.rows.append([list(g) for g in groups])
        self.ctx.append(list(ctx))


def tl(page, s, cid, pcn, pat, printed, **kw):
    return truth_line(page, s, claim_id=cid, payer_claim_id=pcn, patient=pat, printed=printed, **kw)


def claim(cid, pcn, pat, billed=None, allowed=None, paid=None, owes=None):
    return {"claim_id": cid, "payer_claim_id": pcn, "patient": pat,
            "totals": {"billed": None if billed is None else str(q(billed)),
                       "allowed": None if allowed is None else str(q(allowed)),
                       "paid": None if paid is None else str(q(paid)),
                       "patient_owes": None if owes is None else str(q(owes))}}


def tot(svcs, attr):
    return sum((getattr(s, attr) for s in svcs), ZERO)


def footer(doc, text, font, size, al="c"):
    n = len(doc.pages)
    for i, ops in enumerate(doc.pages, 1):
        doc.pages_i = i
        s = text.format(i=i, n=n)
        saved = doc.pages
        doc.pages = [ops]
        x = doc.W / 2 if al == "c" else doc.W - 40
        doc.t(x, doc.H - 22, s, font, size, al)
        doc.pages = saved


# ================================================================================ c1 commercial member EOB
def c1():
    o = Out("h65_c1_commercial_family_eob", "reportlab", "commercial PPO member EOB, family of four", "mdy2")
    W, H = LETTER
    F, FB, sz = "LSans", "LSansB", 6.8

    def furn(doc, p):
        doc.t(40, 42, "NORTHFIELD MUTUAL HEALTH", "LSansB", 13)
        doc.t(40, 54, "PPO Select 1500  |  Group 0048820 - Alder & Finch Architects", F, 7.5)
        doc.t(W - 40, 42, "Explanation of Benefits", "LSansB", 11, "r")
        doc.t(W - 40, 54, "THIS IS NOT A BILL", "LSansB", 8, "r")
        doc.line(40, 60, W - 40, 60, 1.2)
        if p == 1:
            for i, s in enumerate(["Gregor Lindqvist", "2218 Quarry Hill Road", "Bellmont, OR 97390"]):
                doc.t(40, 80 + i * 10, s, F, 8)
            box = [("Statement date", "January 28, 2026"), ("Member ID", "NMH 4471 0882 05"),
                   ("Subscriber", "Gregor Lindqvist"), ("Member services", "1-800-555-0142")]
            doc.rect(360, 70, 212, 52)
            for i, (k, v) in enumerate(box):
                doc.t(366, 82 + i * 11, k, F, 7)
                doc.t(566, 82 + i * 11, v, FB, 7, "r")
            doc.t(40, 140, "Your family's claims processed December 29, 2025 - January 27, 2026", FB, 9)
            return 156
        doc.t(40, 74, "Gregor Lindqvist  -  Member ID NMH 4471 0882 05  -  January 28, 2026", F, 7)
        return 90

    doc = Doc(W, H, 60, furn)
    cols = [(40, "l"), (80, "l"), (150, "r"), (190, "r"), (236, "r"), (276, "r"), (316, "r"), (356, "r"),
            (390, "r"), (430, "r"), (472, "r"), (512, "r"), (520, "l")]
    heads = [("Date of", "service"), ("Service", "code"), ("", "Qty"), ("", "Billed"), ("Network", "savings"),
             ("Not", "covered"), ("", "Allowed"), ("", "Deductible"), ("", "Copay"), ("", "Coinsurance"),
             ("Plan", "paid"), ("You", "owe"), ("", "Notes")]

    def header():
        doc.rect(40, doc.y - 8, W - 80, 20, fill=0.88, stroke=False)
        doc.row(cols, [h[0] for h in heads], FB, 6.5, doc.y)
        doc.row(cols, [h[1] for h in heads], FB, 6.5, doc.y + 8)
        doc.y += 22

    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"))
    fam = [
        ("Milo Lindqvist", "Son", "Cedar Hollow Pediatric Therapy", "CHPT-30921", "NM2601-448830",
         [(D(2026, 1, 6), "92523", 1, ("GN",)), (D(2026, 1, 13), "92507", 1, ("GN",)),
          (D(2026, 1, 20), "92507", 1, ("GN",))]),
        ("Hanna Lindqvist", "Spouse", "Riverbend Physical Therapy", "RB-77145", "NM2601-451007",
         [(D(2026, 1, 8), "97161", 1, ("GP",)), (D(2026, 1, 8), "97010", 1, ("GP",), "CO"),
          (D(2026, 1, 15), "97110", 2, ("GP",)), (D(2026, 1, 15), "97140", 1, ("GP", "59"))]),
        ("Ava Lindqvist", "Daughter", "Cedar Hollow Pediatric Therapy", "CHPT-30917", "NM2601-448812",
         [(D(2026, 1, 5), "97165", 1, ("GO",))] +
         [(D(2026, 1, d), c, u, ("GO",)) for d in (7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30) for c, u in (("97530", 2), ("97535", 1))]),
        ("Gregor Lindqvist", "Self", "Westgate Hand & Wrist Clinic", "WHW-118204", "NM2601-452561",
         [(D(2026, 1, 21), "97166", 1, ("GO",)), (D(2026, 1, 21), "L3807", 1, ("RT",))]),
    ]
    notes = {"1": "Your provider is in our network; you are not billed for the network savings.",
             "2": "This amount counts toward your in-network deductible.",
             "3": "Included in the payment for another service on the same day; the provider may not bill you.",
             "4": "Coinsurance is your 20% share of the allowed amount after the deductible."}
    doc.page()
    for pat, rel, prov, acct, pcn, items in fam:
        svcs = []
        for it in items:
            s = Svc(it[0], it[1], it[2], it[3], denied=it[4] if len(it) > 4 else None)
            svcs.append(commercial(s, st, deny_reason="97"))
        doc.need(60)
        doc.rect(40, doc.y - 9, W - 80, 13, fill=0.78, stroke=False)
        bar = f"Claim for {pat} ({rel})"
        doc.t(44, doc.y, bar, "LSansB", 8)
        doc.y += 14
        doc.t(40, doc.y, f"Provider: {prov}   Claim number: {pcn}   Provider account no.: {acct}   "
                         f"Received 01/22/26   Processed 01/27/26", F, 7)
        doc.y += 12
        doc.cont = lambda pat=pat, rel=rel, pcn=pcn: (doc.t(40, doc.y, f"Claim for {pat} ({rel}) - claim number {pcn} (continued)", FB, 7.5),
                            setattr(doc, "y", doc.y + 12), header())
        header()
        for s in svcs:
            long_ = eobgen.LONG_DESC.get(s.code, s.desc)
            dl = doc.wrap(long_, F, 5.8, 300)
            doc.need(9 + 7 * len(dl))
            rm = ["1"] if not s.denied else ["3"]
            if s.deductible:
                rm.append("2")
            if s.coinsurance:
                rm.append("4")
            vals = [dfmt(s.dos, "mdy2"), " ".join((s.code,) + s.mods), units_str(s.units), money(s.billed, ","),
                    money(s.discount, ","), money(s.not_covered, ","), money(s.allowed, ","),
                    money(s.deductible, ","), money(s.copay, ","), money(s.coinsurance, ","), money(s.paid, ","),
                    money(s.owes, ","), " ".join(rm)]
            toks = doc.row(cols, vals, F, sz)
            doc.y += 7
            for ln in dl:
                doc.t(80, doc.y, ln, F, 5.8)
                doc.y += 7
            doc.y += 2
            o.add(tl(doc.pno, s, acct, pcn, pat, MEMBER_PRINTED, remarks=rm, overrides={"description": long_}),
                  [toks])
        doc.cont = None
        doc.need(14)
        doc.line(40, doc.y - 6, W - 40, doc.y - 6, 0.4)
        tv = ["Claim totals", "", "", money(tot(svcs, "billed"), ","), money(tot(svcs, "discount"), ","),
              money(tot(svcs, "not_covered"), ","), money(tot(svcs, "allowed"), ","),
              money(tot(svcs, "deductible"), ","), money(tot(svcs, "copay"), ","),
              money(tot(svcs, "coinsurance"), ","), money(tot(svcs, "paid"), ","), money(tot(svcs, "owes"), ","), ""]
        doc.row(cols, tv, FB, sz)
        doc.y += 20
        o.claims.append(claim(acct, pcn, pat, tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"),
                              tot(svcs, "owes")))
    doc.need(70)
    doc.t(40, doc.y, "Notes", FB, 8)
    doc.y += 10
    for k, v in notes.items():
        doc.t(40, doc.y, k, FB, 7)
        doc.t(52, doc.y, v, F, 7)
        doc.y += 9
    doc.y += 6
    doc.t(40, doc.y, "Questions about this statement? Call Member Services or write to PO Box 7710, Salem, OR "
                     "97309. You have 180 days to ask for a review.", F, 6.5)
    o.legend = list(notes.items())
    footer(doc, "Page {i} of {n}   |   NMH-EOB-0128-55120", F, 6.5)
    return o, doc


# ================================================================================ c2 employer statement
def c2():
    o = Out("h65_c2_statement_health_benefits", "fpdf2", "employer plan Statement of Health Benefits",
            "mdy4")
    W, H = LAND
    F, FB, sz = "DCond", "DCondB", 7.0

    def furn(doc, p):
        doc.rect(0, 0, W, 46, fill=0.82, stroke=False)
        doc.t(36, 26, "Granite Peak Health Plans", "DCondB", 15)
        doc.t(W - 36, 22, "STATEMENT OF HEALTH BENEFITS", "DCondB", 10, "r")
        doc.t(W - 36, 35, "Keep this statement for your records", F, 7, "r")
        doc.t(36, 62, "Subscriber: Teresa Okonkwo-Hale     Subscriber ID: GPH-663019-01     Plan: Choice Copay 30 "
                      "(Lindale County Schools)     Statement date: 02/03/2026", F, 7.5)
        return 82

    doc = Doc(W, H, 50, furn)
    xs = [36, 96, 160, 196, 250, 302, 346, 392, 440, 480, 530, 584, 640, 652]
    cols = [(36, "l"), (96, "l"), (172, "r"), (226, "r"), (282, "r"), (328, "r"), (376, "r"), (424, "r"),
            (466, "r"), (514, "r"), (566, "r"), (624, "r"), (640, "l")]
    heads = [("Date of", "Service"), ("Procedure/", "Modifiers"), ("", "Units"), ("Charged", "Amount"),
             ("Amount Not", "Allowed"), ("", "Excluded"), ("", "Allowed"), ("", "Deductible"), ("", "Copay"),
             ("", "Coinsurance"), ("Paid by", "Plan"), ("Member", "Pays"), ("", "Reason")]
    del xs

    def header():
        doc.line(36, doc.y - 8, W - 36, doc.y - 8, 0.6)
        doc.row(cols, [h[0] for h in heads], FB, 6.6, doc.y)
        doc.row(cols, [h[1] for h in heads], FB, 6.6, doc.y + 8)
        doc.line(36, doc.y + 11, W - 36, doc.y + 11, 0.6)
        doc.y += 21

    st_kids = PlanState(ded_left=Decimal("0.00"), visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.74"))
    st_self = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.70"))
    members = [
        ("Dario Okonkwo-Hale", "Dependent", st_kids, [
            ("2026-0113-00871", "Summit Kids Therapy Collaborative", "SKT-5521",
             [(D(2026, 1, 6), "97530", 3, ("GO",)), (D(2026, 1, 6), "97533", 1, ("GO",)),
              (D(2026, 1, 13), "97530", 2, ("GO",)), (D(2026, 1, 13), "97112", 1, ("GO",)),
              (D(2026, 1, 20), "97530", 2, ("GO",)), (D(2026, 1, 20), "97533", 1, ("GO",))]),
            ("2026-0122-01144", "Summit Kids Therapy Collaborative", "SKT-5538",
             [(D(2026, 1, 27), "92507", 1, ("GN",)), (D(2026, 1, 27), "92526", 1, ("GN",))])]),
        ("Lucia Okonkwo-Hale", "Dependent", st_kids, [
            ("2026-0116-00412", "Brightwater Speech & Language", "BSL-00982",
             [(D(2026, 1, 9), "92523", 1, ("GN",)), (D(2026, 1, 16), "92507", 1, ("GN",)),
              (D(2026, 1, 16), "92507", 1, ("GN", "59"), "PR")])]),
        ("Teresa Okonkwo-Hale", "Subscriber", st_self, [
            ("2026-0120-02290", "Eastline Physical Therapy", "EPT-44017",
             [(D(2026, 1, 12), "97162", 1, ("GP",)), (D(2026, 1, 12), "97140", 2, ("GP",)),
              (D(2026, 1, 19), "97110", 3, ("GP", "KX")), (D(2026, 1, 19), "G0283", 1, ("GP",))])]),
    ]
    reasons = {"A2": "Network rate applied; the provider agreed to accept the allowed amount.",
               "C5": "Office visit copay for therapy applied once per visit date.",
               "D1": "Amount applied to the calendar-year deductible.",
               "X7": "Second speech session on the same date is not a covered benefit; you are responsible."}
    doc.page()
    planted = "2026-0120-02290"
    for pat, rel, st, cls in members:
        doc.need(70)
        doc.rect(36, doc.y - 10, W - 72, 15, fill=0.86, stroke=False)
        doc.t(40, doc.y, f"Member: {pat}  ({rel})", FB, 8.5)
        doc.y += 18
        for pcn, prov, acct, items in cls:
            svcs = [commercial(Svc(i[0], i[1], i[2], i[3], denied=i[4] if len(i) > 4 else None), st,
                               deny_reason="96") for i in items]
            doc.need(50)
            doc.t(36, doc.y, f"Claim {pcn}  |  Provider: {prov}  |  Patient Acct: {acct}  |  Processed 01/30/2026",
                  FB, 7.2)
            doc.y += 12
            header()
            for s in svcs:
                doc.need(10)
                rs = ["X7"] if s.denied else ["A2"] + (["C5"] if s.copay else []) + (["D1"] if s.deductible else [])
                code = "-".join((s.code,) + s.mods)
                vals = [dfmt(s.dos, "mdy4"), code, units_str(s.units), money(s.billed), money(s.discount),
                        money(s.not_covered), money(s.allowed), money(s.deductible), money(s.copay),
                        money(s.coinsurance), money(s.paid), money(s.owes), ", ".join(rs)]
                toks = doc.row(cols, vals, F, sz)
                doc.y += 10
                o.add(tl(doc.pno, s, acct, pcn, pat, MEMBER_PRINTED, remarks=rs), [toks])
            owes = tot(svcs, "owes")
            printed_owes = owes + Decimal("10.00") if pcn == planted else owes
            if pcn == planted:
                o.findings.append(f"claim-total-mismatch claim {pcn}: printed Member Pays total "
                                  f"{q(printed_owes)} but the lines add up to {q(owes)}")
            doc.line(36, doc.y - 7, W - 36, doc.y - 7, 0.3)
            doc.row(cols, ["Claim Total", "", "", money(tot(svcs, "billed")), money(tot(svcs, "discount")),
                           money(tot(svcs, "not_covered")), money(tot(svcs, "allowed")),
                           money(tot(svcs, "deductible")), money(tot(svcs, "copay")),
                           money(tot(svcs, "coinsurance")), money(tot(svcs, "paid")), money(printed_owes), ""],
                    FB, sz)
            doc.y += 20
            o.claims.append(claim(acct, pcn, pat, tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"),
                                  printed_owes))
    doc.need(60)
    doc.t(36, doc.y, "Reason codes", FB, 8)
    doc.y += 11
    for k, v in reasons.items():
        doc.t(36, doc.y, f"{k}  {v}", F, 7)
        doc.y += 9
    o.legend = list(reasons.items())
    footer(doc, "Granite Peak Health Plans, 400 Summit Avenue, Lindale, CO 80911   -   page {i}/{n}", F, 6.5)
    return o, doc


# ================================================================================ m1 Medicare Summary Notice
def m1():
    o = Out("h65_m1_medicare_summary_notice", "fpdf2", "Medicare Summary Notice, Part B", "mon")
    W, H = LETTER
    F, FB = "DSans", "DSansB"
    pat = "Rosalind Quintero"

    def furn(doc, p):
        doc.t(40, 44, "Medicare Summary Notice", FB, 16)
        doc.t(40, 58, "for Part B (Medical Insurance)", F, 9)
        doc.t(W - 40, 44, f"{pat}", FB, 9, "r")
        doc.t(W - 40, 56, "Medicare Number XXX-XX-7TK4", F, 7.5, "r")
        doc.line(40, 66, W - 40, 66, 1.5)
        if p == 1:
            doc.t(40, 88, "The official summary of your Medicare claims", F, 7.5)
            doc.t(40, 104, pat, F, 8.5)
            doc.t(40, 115, "41 Sandpiper Lane, Apt 3", F, 8.5)
            doc.t(40, 126, "Port Avalon, ME 04092", F, 8.5)
            doc.rect(330, 80, 242, 92)
            doc.t(340, 94, "Your Deductible Status", FB, 9)
            doc.t(340, 106, "Your deductible is what you must pay each year", F, 6.8)
            doc.t(340, 115, "before Medicare starts to pay. You have now met", F, 6.8)
            doc.t(340, 124, "$283.00 of your $283.00 Part B deductible for 2026.", F, 6.8)
            doc.t(340, 142, "Did Medicare Approve All Services?", FB, 9)
            doc.t(340, 154, "NO - Medicare did not approve 1 service.", F, 7)
            doc.t(340, 164, "Look for \"No\" in the claims section.", F, 7)
            doc.t(40, 150, "This notice covers claims processed between", F, 7.5)
            doc.t(40, 160, "January 1 - March 31, 2026", FB, 7.5)
            doc.t(40, 196, "Your Claims & Costs This Period", FB, 12)
            return 216
        doc.t(40, 84, "Your Claims & Costs This Period (continued)", FB, 10)
        return 102

    doc = Doc(W, H, 56, furn)
    cols = [(40, "l"), (296, "c"), (368, "r"), (428, "r"), (484, "r"), (540, "r"), (560, "l")]

    def header():
        doc.rect(40, doc.y - 9, W - 80, 30, fill=0.9, stroke=False)
        heads = [("Service Provided &", "Billing Code", ""), ("Did Medicare", "Approve the", "Service?"),
                 ("Amount", "Provider", "Charged"), ("Medicare-", "Approved", "Amount"),
                 ("Amount", "Medicare", "Paid"), ("Maximum You", "May Be", "Billed"), ("See", "Notes", "Below")]
        for k in range(3):
            doc.row(cols, [h[k] for h in heads], FB, 6.5, doc.y + k * 8)
        doc.y += 30

    st = PlanState(ded_left=Decimal("283.00"))
    claims = [
        ("Harbor Hand & Upper Limb Clinic", "26-0119-5521-0783", "77 Wharf Street, Suite 2, Bayfield, ME 04011",
         [(D(2026, 1, 20), "97165", 1, ("GO",)), (D(2026, 1, 20), "97760", 2, ("GO",)),
          (D(2026, 1, 27), "97760", 1, ("GO",)), (D(2026, 1, 27), "97018", 1, ("GO",))]),
        ("Imani Boateng, MD", "26-0128-0042-1156", "9 Elm Court, Port Avalon, ME 04092",
         [(D(2026, 1, 28), "99213", 1, ()), (D(2026, 1, 28), "G0283", 1, (), "PR")]),
        ("Lakeshore Outpatient Therapy Associates", "26-0112-3307-4419",
         "1180 Harbor Road, Port Avalon, ME 04092",
         [(D(2026, 1, d), c, u, ("GP",)) for d in (5, 7, 9, 12, 14, 16, 21, 23, 28, 30)
          for c, u in (("97110", 2), ("97140", 1))] + [(D(2026, 1, 30), "97530", 2, ("GP", "KX"))]),
    ]
    notes = {"A": "The amount Medicare paid the provider for this claim is shown in the Amount Medicare Paid "
                  "column. It reflects a 2% federal payment reduction.",
             "B": "This amount was applied toward your Part B deductible.",
             "C": "Medicare does not pay for this service as billed. You may be billed for it.",
             "D": "Your provider confirmed therapy above the yearly threshold was medically needed."}
    doc.page()
    for prov, pcn, addr, items in claims:
        svcs = [medicare(Svc(i[0], i[1], i[2], i[3], denied=i[4] if len(i) > 4 else None), st) for i in items]
        doc.need(80)
        doc.t(40, doc.y, prov, FB, 9.5)
        doc.y += 11
        doc.t(40, doc.y, f"Provider's Billing Address: {addr}", F, 7)
        doc.y += 10
        doc.t(40, doc.y, f"Claim Number: {pcn}   Date Processed: Feb 2, 2026", F, 7)
        doc.y += 14
        doc.cont = lambda prov=prov, pcn=pcn: (doc.t(40, doc.y, f"{prov} - Claim Number {pcn} (continued)", FB, 8),
                                               setattr(doc, "y", doc.y + 14), header())
        header()
        last = None
        for s in svcs:
            brk = doc.need(24)
            if s.dos != last or brk:
                dh = dfmt(s.dos, "mon")
                doc.t(40, doc.y, dh, FB, 7.5)
                doc.y += 10
                last = s.dos
            nt = []
            if s.denied:
                nt = ["C"]
            else:
                nt = ["A"] + (["B"] if s.deductible else []) + (["D"] if "KX" in s.mods else [])
            code = "-".join((s.code,) + s.mods)
            desc = f"{units_str(s.units)} {s.desc} ({code})"
            vals = [desc, "No" if s.denied else "Yes", money(s.billed), money(s.allowed), money(s.paid),
                    money(s.owes), ", ".join(nt)]
            toks = doc.row(cols, vals, F, 7)
            doc.y += 11
            o.add(tl(doc.pno, s, None, pcn, pat, ("billed", "allowed", "paid", "patient_owes"), remarks=nt),
                  [toks], ctx=[dh])
        doc.cont = None
        doc.need(16)
        doc.line(40, doc.y - 7, W - 40, doc.y - 7, 0.6)
        doc.row(cols, ["Total for Claim " + pcn, "", money(tot(svcs, "billed")), money(tot(svcs, "allowed")),
                       money(tot(svcs, "paid")), money(tot(svcs, "owes")), ""], FB, 7)
        doc.y += 24
        o.claims.append(claim(None, pcn, pat, tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"),
                              tot(svcs, "owes")))
    doc.need(90)
    doc.t(40, doc.y, "Notes for Claims Above", FB, 10)
    doc.y += 12
    for k, v in notes.items():
        for j, ln in enumerate(doc.wrap(v, F, 7, 480)):
            if j == 0:
                doc.t(40, doc.y, k, FB, 7)
            doc.t(54, doc.y, ln, F, 7)
            doc.y += 9
    o.legend = list(notes.items())
    footer(doc, "Page {i} of {n}", F, 7)
    return o, doc


# ================================================================================ m2 Medicare Advantage EOB
def m2():
    o = Out("h65_m2_medicare_advantage_eob", "reportlab", "Medicare Advantage HMO member EOB", "mdy4")
    W, H = LAND
    F, FB = "DSerC", "DSerCB"
    pat = "Walter Osei"

    def furn(doc, p):
        doc.t(40, 40, "Evergreen Senior Advantage (HMO)", FB, 14)
        doc.t(40, 52, "Explanation of Benefits for Medicare Advantage members  -  January 2026", F, 8)
        doc.t(W - 40, 40, f"Member: {pat}", FB, 9, "r")
        doc.t(W - 40, 52, "Member ID: EVS-0093-4471-2   Plan H9990-014", F, 7.5, "r")
        doc.line(40, 58, W - 40, 58, 0.8)
        if p == 1:
            doc.rect(40, 68, 340, 44, fill=0.93)
            doc.t(48, 81, "Total costs this month", FB, 8)
            doc.t(48, 93, "Your plan paid and what you may owe appear below, one table per claim.", F, 7)
            doc.t(48, 104, "This is not a bill. Your providers may send you a bill for your share.", F, 7)
            doc.rect(400, 68, 352, 44)
            doc.t(408, 81, "Your maximum out-of-pocket for 2026: $4,900.00", F, 7.5)
            doc.t(408, 93, "Spent so far (in-network): see the claim tables", F, 7.5)
            return 132
        return 76

    doc = Doc(W, H, 48, furn)
    cols = [(40, "l"), (106, "l"), (420, "r"), (500, "r"), (570, "r"), (640, "r"), (660, "l")]

    def header():
        doc.line(40, doc.y - 9, W - 40, doc.y - 9, 0.5)
        doc.row(cols, ["Date", "Service", "Provider's charge", "Plan's approved", "Plan paid", "Your share",
                       "See notes"], FB, 7)
        doc.row(cols, ["", "", "", "amount", "", "", ""], FB, 7, doc.y + 8)
        doc.line(40, doc.y + 12, W - 40, doc.y + 12, 0.5)
        doc.y += 22

    st = PlanState(ded_left=ZERO, visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.46"))
    orig = [commercial(Svc(D(2026, 1, 6), "97110", 2, ("GP",)), st),
            commercial(Svc(D(2026, 1, 6), "97112", 1, ("GP",)), st)]
    st.copaid.clear()
    claims = [
        ("Pinecrest Rehabilitation Services", "E2601-77120",
         [(D(2026, 1, 8), "97161", 1, ("GP",)), (D(2026, 1, 13), "97110", 2, ("GP",)),
          (D(2026, 1, 13), "97140", 1, ("GP",)), (D(2026, 1, 15), "97116", 2, ("GP",)),
          (D(2026, 1, 15), "97110", 1, ("GP", "CQ"))], "new"),
        ("Pinecrest Rehabilitation Services", "E2512-66018", orig, "reversal"),
        ("Pinecrest Rehabilitation Services", "E2601-77355",
         [(D(2026, 1, 6), "97110", 2, ("GP",)), (D(2026, 1, 6), "97112", 2, ("GP",))], "replacement"),
        ("Northgate Orthopedic Group", "E2601-78002",
         [(D(2026, 1, 22), "99213", 1, ()), (D(2026, 1, 22), "29125", 1, ("LT",)),
          (D(2026, 1, 22), "73110", 1, ("LT",))], "new"),
    ]
    notes = {"1": "You pay a $20.00 copay for each day of outpatient therapy or office visit.",
             "2": "We reprocessed this claim. The earlier payment is reversed below and the claim paid again.",
             "3": "The plan pays in-network providers the approved amount; you owe only your share."}
    doc.page()
    for prov, pcn, items, kind in claims:
        if kind == "reversal":
            svcs = [negate(s) for s in items]
        else:
            svcs = [commercial(Svc(i[0], i[1], i[2], i[3]), st) for i in items]
        doc.need(70)
        title = f"Claim number {pcn}   {prov}   Received 01/26/2026"
        if kind == "reversal":
            title = f"Claim number {pcn}   {prov}   REVERSAL of payment made 12/30/2025"
        doc.rect(40, doc.y - 10, W - 80, 15, fill=0.82, stroke=False)
        doc.t(44, doc.y, title, FB, 8)
        doc.y += 16
        header()
        for s in svcs:
            doc.need(12)
            nt = ["2"] if kind != "new" else (["1", "3"] if s.copay else ["3"])
            vals = [dfmt(s.dos, "mdy4"), f"{s.desc} ({' '.join((s.code,) + s.mods)})", money(s.billed),
                    money(s.allowed), money(s.paid), money(s.owes), " ".join(nt)]
            toks = doc.row(cols, vals, F, 7.5)
            doc.y += 11
            o.add(tl(doc.pno, s, None, pcn, pat, ("billed", "allowed", "paid", "patient_owes"), units=False,
                     remarks=nt), [toks])
        doc.row(cols, ["", "Claim total", money(tot(svcs, "billed")), money(tot(svcs, "allowed")),
                       money(tot(svcs, "paid")), money(tot(svcs, "owes")), ""], FB, 7.5)
        doc.y += 22
        o.claims.append(claim(None, pcn, pat, tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"),
                              tot(svcs, "owes")))
    doc.need(50)
    doc.t(40, doc.y, "Notes", FB, 9)
    doc.y += 11
    for k, v in notes.items():
        doc.t(40, doc.y, f"{k}. {v}", F, 7.5)
        doc.y += 10
    o.legend = list(notes.items())
    footer(doc, "Evergreen Senior Advantage is an HMO plan with a Medicare contract.   Page {i} of {n}", F, 6.5)
    return o, doc


# ================================================================================ d1 Medicaid RA line printer
def d1():
    o = Out("h65_d1_medicaid_ra_lineprinter", "reportlab", "state Medicaid remittance advice, line printer",
            "mdy6")
    W, H = LAND
    F, sz = "Cour", 7.4

    def furn(doc, p):
        doc.t(30, 34, "COMMONWEALTH HEALTH COVERAGE PROGRAM          MEDICAL ASSISTANCE REMITTANCE ADVICE", F, 8.5)
        doc.t(30, 45, "PROVIDER: BRIGHT STEPS PEDIATRIC THERAPY LLC   PROV ID: 004417720   NPI: 1902836455", F, sz)
        doc.t(30, 55, f"RA NUMBER: 0000912284   WARRANT: 77104563   PAYMENT DATE: 020326   PAGE: {p:>3}", F, sz)
        doc.t(30, 64, "-" * 150, F, sz)
        return 78

    doc = Doc(W, H, 40, furn)
    cols = [(30, "l"), (50, "l"), (96, "l"), (140, "l"), (200, "r"), (260, "r"), (320, "r"), (366, "r"),
            (410, "r"), (460, "r"), (480, "l")]
    hd = ["LN", "SVC DT", "PROC", "MODIFIERS", "UNITS", "BILLED", "ALLOWED", "TPL AMT", "COPAY", "PAID", "EOB CODES"]

    def header():
        doc.row(cols, hd, F, sz)
        doc.y += 9
        doc.t(30, doc.y, "-" * 150, F, sz)
        doc.y += 10

    recips = [
        ("DUBOIS, THEO", "700998812", "BSP-4433", "2601507000188",
         [(D(2026, 1, 8), "92523", 1, ("GN",)), (D(2026, 1, 15), "92507", 1, ("GN",)),
          (D(2026, 1, 22), "92507", 1, ("GN",))], None),
        ("OKAFOR, JUNE", "701234007", "BSP-4451", "2601507000201",
         [(D(2026, 1, 10), "97165", 1, ("GO",)), (D(2026, 1, 10), "97535", 2, ("GO",))], None),
        ("NAKAMURA-REYES, SOFIA", "700123456", "BSP-4410", "2601507000123",
         [(D(2026, 1, d), c, u, m) for d in (5, 7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30)
          for c, u, m in (("97530", 3, ("GO",)), ("97533", 1, ("GO", "59")), ("97535", 1, ("GO",)))], None),
        ("PELLETIER, ARLO", "700551902", "BSP-4460", "2601507000342",
         [(D(2026, 1, 13), "97530", 4, ("GO",)), (D(2026, 1, 13), "97110", 2, ("GO",))], "DENIED"),
    ]
    eobs = {"0145": "PAID AT PROGRAM FEE SCHEDULE RATE", "0412": "UNITS REDUCED TO DAILY LIMIT NOT APPLIED - "
            "INFORMATIONAL", "2210": "PRIOR AUTHORIZATION NOT ON FILE FOR DATES BILLED",
            "0907": "RECIPIENT COPAY NOT APPLICABLE UNDER AGE 21"}
    doc.page()
    for section in ("PAID CLAIMS", "DENIED CLAIMS"):
        doc.need(40)
        doc.t(30, doc.y, f"*** CLAIM TYPE: PROFESSIONAL   STATUS: {section} ***", F, sz)
        doc.y += 14
        for name, rid, pcn_, tcn, items, stt in recips:
            if (stt == "DENIED") != (section == "DENIED CLAIMS"):
                continue
            svcs = [medicaid(Svc(i[0], i[1], i[2], i[3], denied="CO" if stt else None)) for i in items]
            doc.need(50)
            doc.t(30, doc.y, f"RECIPIENT: {name:<24} RID: {rid}   PCN: {pcn_:<10} TCN: {tcn}", F, sz)
            doc.y += 11
            doc.cont = lambda name=name, tcn=tcn: (doc.t(30, doc.y, f"RECIPIENT: {name} TCN: {tcn} - CONTINUED", F,
                                                         sz), setattr(doc, "y", doc.y + 11), header())
            header()
            for n, s in enumerate(svcs, 1):
                doc.need(10)
                ec = ["2210"] if stt else (["0145", "0907"] if n == 1 else ["0145"])
                vals = [f"{n:02d}", dfmt(s.dos, "mdy6"), s.code, " ".join(s.mods), f"{s.units:.2f}",
                        money(s.billed, ","), money(s.allowed, ","), "0.00", "0.00", money(s.paid, ","),
                        " ".join(ec)]
                toks = doc.row(cols, vals, F, sz)
                doc.y += 9.5
                o.add(tl(doc.pno, s, pcn_, tcn, name, ("billed", "allowed", "paid"), remarks=ec,
                         description=False), [toks])
            doc.cont = None
            doc.need(12)
            doc.row(cols, ["", "", "CLAIM TOTALS", "", "", money(tot(svcs, "billed"), ","),
                           money(tot(svcs, "allowed"), ","), "0.00", "0.00", money(tot(svcs, "paid"), ","), ""],
                    F, sz)
            doc.y += 18
            o.claims.append(claim(pcn_, tcn, name, tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid")))
    doc.need(60)
    doc.t(30, doc.y, "EOB CODE   DESCRIPTION", F, sz)
    doc.y += 10
    for k, v in eobs.items():
        doc.t(30, doc.y, f"{k}       {v}", F, sz)
        doc.y += 9
    o.legend = list(eobs.items())
    footer(doc, "END OF PAGE {i} OF {n}", F, 6.5)
    return o, doc


# ================================================================================ d2 Medicaid RA portal
def d2():
    o = Out("h65_d2_medicaid_ra_portal", "fpdf2", "state Medicaid remittance advice, portal print", "mdy4")
    W, H = LETTER
    F, FB = "LNar", "LNarB"

    def furn(doc, p):
        doc.t(36, 38, "Tri-River Medical Assistance Program", FB, 13)
        doc.t(36, 50, "Provider Remittance Advice  -  Professional Claims", F, 8.5)
        doc.t(W - 36, 38, "Remit date 01/30/2026", F, 8, "r")
        doc.t(W - 36, 50, f"EFT trace 5518830271   Payment {money(pay_total)}", F, 8, "r")
        doc.t(36, 64, "Payee: Kestrel Valley Therapy Group   Provider ID 2288104   NPI 1326059981", F, 7.5)
        doc.line(36, 70, W - 36, 70, 1)
        return 88

    doc = Doc(W, H, 46, furn)
    cols = [(40, "l"), (56, "l"), (104, "l"), (140, "l"), (192, "r"), (234, "r"), (278, "r"), (320, "r"),
            (330, "l"), (420, "l")]
    heads = ["Ln", "DOS", "Proc", "Mods", "Units", "Billed", "Allowed", "Paid", "Adj Grp/Rsn/Amt", "RARC"]

    def boxed_head(name, mid, acct, icn, billed, paid):
        doc.rect(36, doc.y - 10, W - 72, 26, fill=0.92)
        doc.t(40, doc.y, f"Member: {name}", FB, 8)
        doc.t(230, doc.y, f"Member ID: {mid}", F, 7.5)
        doc.t(380, doc.y, f"ICN: {icn}", F, 7.5)
        doc.t(40, doc.y + 11, f"Patient Acct #: {acct}", F, 7.5)
        doc.t(230, doc.y + 11, f"Claim billed: {money(billed)}", F, 7.5)
        doc.t(380, doc.y + 11, f"Claim paid: {money(paid)}", F, 7.5)
        doc.y += 30
        doc.row(cols, heads, FB, 7)
        doc.line(36, doc.y + 3, W - 36, doc.y + 3, 0.4)
        doc.y += 12

    o.full_adj = True
    base = [(D(2025, 12, 18), "97530", 2, ("GO",)), (D(2025, 12, 18), "97140", 1, ("GO",))]
    groups = [
        ("PAID CLAIMS", [
            ("Harper Vance", "TR40018822", "KV-20331", "2026015100041",
             [(D(2026, 1, 6), "97166", 1, ("GO",)), (D(2026, 1, 8), "97530", 2, ("GO",)),
              (D(2026, 1, 8), "97535", 1, ("GO",)), (D(2026, 1, 13), "97530", 2, ("GO",)),
              (D(2026, 1, 13), "97112", 1, ("GO",))], None),
            ("Elias Vance", "TR40018839", "KV-20335", "2026015100042",
             [(D(2026, 1, 7), "92523", 1, ("GN",)), (D(2026, 1, 14), "92507", 1, ("GN",))], None),
            ("Marisol Achterberg", "TR40771005", "KV-20348", "2026015100057",
             [(D(2026, 1, 9), "97161", 1, ("GP",)), (D(2026, 1, 9), "97110", 3, ("GP",)),
              (D(2026, 1, 16), "97110", 2, ("GP",)), (D(2026, 1, 16), "A4556", 1, ())], None)]),
        ("DENIED CLAIMS", [
            ("Nico Ferrand", "TR40559310", "KV-20352", "2026015100063",
             [(D(2026, 1, 12), "97530", 3, ("GO",)), (D(2026, 1, 12), "97533", 1, ("GO",))], "deny")]),
        ("ADJUSTED CLAIMS", [
            ("Harper Vance", "TR40018822", "KV-19877", "2026015100070", base, "void"),
            ("Harper Vance", "TR40018822", "KV-19877", "2026015100071",
             base + [(D(2025, 12, 18), "97535", 1, ("GO",))], None)]),
    ]
    rarc = {"N130": "Consult plan benefit documents for limits on this service.",
            "M86": "Service denied because payment already made for same or similar procedure.",
            "N54": "Claim information is inconsistent with pre-certified or authorized services."}
    carc = {"45": "Charge exceeds fee schedule / maximum allowable", "197": "Precertification / authorization "
            "absent", "129": "Prior processing information appears incorrect (reversal)"}
    pay_total = ZERO
    for _, cls in groups:
        for _n, _m, _a, _i, items, kind in cls:
            ps = sum((medicaid(Svc(i[0], i[1], i[2], i[3], denied="CO" if kind == "deny" else None)).paid
                      for i in items), ZERO)
            pay_total += -ps if kind == "void" else ps
    doc.page()
    for sec, cls in groups:
        doc.need(60)
        doc.rect(36, doc.y - 10, W - 72, 14, fill=0.72, stroke=False)
        doc.t(40, doc.y, sec, FB, 9)
        doc.y += 18
        for name, mid, acct, icn, items, kind in cls:
            svcs = [medicaid(Svc(i[0], i[1], i[2], i[3], denied="CO" if kind == "deny" else None)) for i in items]
            if kind == "void":
                svcs = [negate(s) for s in svcs]
                for s in svcs:
                    s.adjs = [("CR", "129", s.billed - s.paid)] if s.billed != s.paid else []
            doc.need(70)
            boxed_head(name, mid, acct, icn, tot(svcs, "billed"), tot(svcs, "paid"))
            for n, s in enumerate(svcs, 1):
                doc.need(12)
                adjcell = "; ".join(f"{g} {r} {money(a, ',')}" for g, r, a in s.adjs)
                rm = ["N54"] if kind == "deny" else (["N130"] if s.code == "A4556" else [])
                vals = [str(n), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), f"{s.units:.1f}",
                        money(s.billed, ","), money(s.allowed, ","), money(s.paid, ","), adjcell, " ".join(rm)]
                toks = doc.row(cols, vals, F, 7.5)
                doc.line(36, doc.y + 3, W - 36, doc.y + 3, 0.2, 0.6)
                doc.y += 11.5
                o.add(tl(doc.pno, s, acct, icn, name, ("billed", "allowed", "paid"), adjustments=s.adjs, remarks=rm,
                         description=False), [toks + adjcell.replace(";", "").split()])
            doc.y += 12
            o.claims.append(claim(acct, icn, name, tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid")))
    doc.need(90)
    doc.t(36, doc.y, "Adjustment reason and remark codes on this advice", FB, 8.5)
    doc.y += 11
    for k, v in list(carc.items()) + list(rarc.items()):
        doc.t(36, doc.y, f"{k:<6} {v}", F, 7.5)
        doc.y += 9.5
    o.legend = list(carc.items()) + list(rarc.items())
    footer(doc, "Page {i} of {n}", F, 7, "r")
    return o, doc


# ================================================================================ p1 standard paper remit
def p1():
    o = Out("h65_p1_medicare_spr_clearinghouse", "fpdf2", "Medicare Part B standard paper remit, clearinghouse",
            "mdy6")
    W, H = LETTER
    F, sz = "DMono", 6.6
    o.full_adj = True

    def furn(doc, p):
        doc.t(30, 26, "ClearPath Remit Viewer  -  printed 02/04/2026 08:15  -  user: billing2", "DSans", 6.5)
        doc.t(30, 44, "NORTHERN PLAINS MEDICARE SERVICES (JX)          MEDICARE REMITTANCE NOTICE", F, 7.5)
        doc.t(30, 54, "LARKSPUR THERAPY & REHAB PC                    NPI: 1740283365   DATE: 01/29/2026", F, sz)
        doc.t(30, 63, f"2290 PRAIRIE AVE                               CHECK/EFT #: 000184420977   PAGE #: {p}", F, sz)
        doc.t(30, 72, "MINOT HEIGHTS ND 58701", F, sz)
        doc.t(30, 86, "{:<11} {:<11} {:>3} {:>3} {:<5} {:<8} {:>9} {:>9} {:>9} {:>9} {:<16} {:>9}".format(
            "PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT", "COINS",
            "GRP/RC-AMT", "PROV PD"), F, sz)
        doc.t(30, 94, "-" * 122, F, sz)
        return 106

    doc = Doc(W, H, 44, furn)
    pts = [
        ("HOLLIS, JUNE", "4TR7XJ2MK19", "LTR20417", "0226029118440", [
            (D(2026, 1, 5), "97161", 1, ("GP",)), (D(2026, 1, 7), "97110", 2, ("GP",)),
            (D(2026, 1, 7), "97140", 1, ("GP",)), (D(2026, 1, 9), "97110", 2, ("GP",)),
            (D(2026, 1, 9), "97112", 1, ("GP",)), (D(2026, 1, 12), "97116", 2, ("GP", "CQ"))], "ded"),
        ("ABERNATHY, COLE", "7KQ2WD4PN63", "LTR20455", "0226029118452", [
            (D(2026, 1, 6), "97166", 1, ("GO",)), (D(2026, 1, 8), "97530", 2, ("GO",)),
            (D(2026, 1, 8), "97535", 1, ("GO",)), (D(2026, 1, 13), "97530", 3, ("GO", "KX"))], None),
        ("ABERNATHY, COLE", "7KQ2WD4PN63", "LTR20388", "0226029118467", [
            (D(2025, 12, 29), "97530", 2, ("GO",)), (D(2025, 12, 29), "97140", 1, ("GO",))], "rev"),
        ("TRAN, MINH", "2HH5TY8RE05", "LTR20460", "0226029118471", [
            (D(2026, 1, 14), "92523", 1, ("GN",)), (D(2026, 1, 21), "92507", 1, ("GN",)),
            (D(2026, 1, 21), "92526", 1, ("GN",)), (D(2026, 1, 28), "92507", 1, ("GN",))], None),
        ("SVENSSON, EBBA", "9AA3CE6LM28", "LTR20473", "0226029118486", [
            (D(2026, 1, 15), "97163", 1, ("GP",)), (D(2026, 1, 15), "G0283", 1, ("GP",)),
            (D(2026, 1, 22), "97110", 3, ("GP",)), (D(2026, 1, 22), "97140", 2, ("GP", "59"))], "ded"),
    ]
    doc.page()
    for name, mid, acct, icn, items, kind in pts:
        stt = PlanState(ded_left=Decimal("120.00") if kind == "ded" else ZERO)
        svcs = [medicare(Svc(i[0], i[1], i[2], i[3]), stt) for i in items]
        if kind == "rev":
            svcs = [negate(s) for s in svcs]
        nlines = len(svcs) + sum(len(s.adjs) - 1 for s in svcs)
        doc.need(30 + 9 * nlines)
        moa = "MA01" if kind != "rev" else "MA01 MA15"
        doc.t(30, doc.y, f"NAME {name:<18} MID {mid}  ACNT {acct:<10} ICN {icn}  ASG Y  MOA {moa}", F, sz)
        doc.y += 10
        for s in svcs:
            a0 = s.adjs[0]
            fmt = "{:<11} {:<4} {:<6} {:>3} {:>3} {:<5} {:<8} {:>9} {:>9} {:>9} {:>9} {:<7}{:>9} {:>9}"
            vals = ["1740283365", f"{s.dos:%m%d}", dfmt(s.dos, "mdy6"), "11", units_str(s.units), s.code,
                    " ".join(s.mods), money(s.billed, ""), money(s.allowed, ""), money(s.deductible, ""),
                    money(s.coinsurance, ""), f"{a0[0]}-{a0[1]}", money(a0[2], ""), money(s.paid, "")]
            doc.t(30, doc.y, fmt.format(*vals), F, sz)
            groups = [" ".join(vals).split()]
            doc.y += 9
            for g, r, a in s.adjs[1:]:
                ln = fmt.format(*([""] * 11 + [f"{g}-{r}", money(a, ""), ""]))
                doc.t(30, doc.y, ln.rstrip(), F, sz)
                groups.append([f"{g}-{r}", money(a, "")])
                doc.y += 9
            o.add(tl(doc.pno, s, acct, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                     adjustments=s.adjs, description=False, units=True), groups)
        pr = tot(svcs, "deductible") + tot(svcs, "coinsurance")
        fmt = "{:<11} {:<4} {:<6} {:>3} {:>3} {:<5} {:<8} {:>9} {:>9} {:>9} {:>9} {:<7}{:>9} {:>9}"
        doc.t(30, doc.y, f"PT RESP {money(pr, ''):>10}", F, sz)
        doc.y += 9
        doc.t(30, doc.y, fmt.format("CLAIM", "TOTALS", "", "", "", "", "", money(tot(svcs, "billed"), ""),
                                    money(tot(svcs, "allowed"), ""), money(tot(svcs, "deductible"), ""),
                                    money(tot(svcs, "coinsurance"), ""), "", "", money(tot(svcs, "paid"), "")), F, sz)
        doc.y += 9
        doc.t(30, doc.y, f"ADJ TO TOTALS: PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00   NET "
                         f"{money(tot(svcs, 'paid'), '')}", F, sz)
        doc.y += 16
        o.claims.append(claim(acct, icn, name, tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid")))
    o.legend = [("MA01", "Appeal rights notice"), ("MA15", "Claim separated / reprocessed notice")]
    doc.need(40)
    doc.t(30, doc.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", F, sz)
    doc.y += 9
    for k, v in (("CO", "Contractual obligation - provider write-off"), ("PR", "Patient responsibility"),
                 ("45", "Charge above the fee schedule amount"), ("1", "Deductible amount"),
                 ("2", "Coinsurance amount"), ("253", "Federal payment reduction")):
        doc.t(30, doc.y, f"{k:<5}{v}", F, sz)
        doc.y += 8.5
    footer(doc, "ClearPath Remit Viewer  page {i} of {n}", "DSans", 6)
    return o, doc


# ================================================================================ p2 PM payment detail
def p2():
    o = Out("h65_p2_pm_payment_detail", "reportlab", "practice-management Insurance Payment Detail", "mdy4")
    W, H = LETTER
    F, FB, sz = "LNar", "LNarB", 7.2
    o.full_adj = True

    def furn(doc, p):
        doc.t(36, 36, "TheraLedger PM", FB, 12)
        doc.t(36, 48, "Insurance Payment Detail  -  ERA auto-post", F, 9)
        doc.t(W - 36, 36, "Practice: Larkspur Therapy & Rehab PC", F, 8, "r")
        doc.t(W - 36, 48, "Payer: Medicare Part B (Northern Plains)   Deposit 01/30/2026", F, 8, "r")
        doc.t(36, 62, "Check/EFT 000184420977    Posted by: ERA batch 4471    Run 02/02/2026 07:02", F, 7.5)
        doc.line(36, 68, W - 36, 68, 0.8)
        return 84

    doc = Doc(W, H, 48, furn)
    cols = [(36, "l"), (82, "l"), (114, "l"), (150, "r"), (186, "r"), (224, "r"), (262, "r"), (298, "r"),
            (332, "r"), (372, "r"), (408, "r"), (416, "l"), (540, "r"), (548, "l")]
    heads = ["DOS", "Proc", "Mod", "Units", "Charge", "Allowed", "Ins Pd", "Ded", "Coins", "Contract Adj",
             "Other Adj", "Adj Codes", "Pt Resp", "Status"]

    def header():
        doc.rect(36, doc.y - 8, W - 72, 12, fill=0.85, stroke=False)
        doc.row(cols, heads, FB, 6.8)
        doc.y += 13

    pts = [
        ("Hollis, June", "20417", "0226029118440", [(D(2026, 1, d), c, u, ("GP",)) for d in (14, 16, 19, 21, 23, 26, 28)
                                                    for c, u in (("97110", 2), ("97140", 1))]),
        ("Abernathy, Cole", "20455", "0226029118498", [(D(2026, 1, 15), "97530", 2, ("GO",)),
                                                       (D(2026, 1, 15), "97535", 1, ("GO",)),
                                                       (D(2026, 1, 20), "97530", 2, ("GO", "KX"))]),
        ("Tran, Minh", "20460", "0226029118503", [(D(2026, 1, 29), "92507", 1, ("GN",))]),
        ("Svensson, Ebba", "20473", "0226029118515", [(D(2026, 1, 27), "97110", 2, ("GP",)),
                                                      (D(2026, 1, 27), "97530", 1, ("GP",)),
                                                      (D(2026, 1, 27), "97010", 1, ("GP",))]),
    ]
    doc.page()
    header()
    doc.cont = header
    for name, acct, icn, items in pts:
        svcs = [medicare(Svc(i[0], i[1], i[2], i[3]), PlanState(ded_left=ZERO)) for i in items]
        doc.need(40)
        doc.t(36, doc.y, f"Pt: {name}     Acct {acct}     ICN {icn}     Claim status: Processed as primary", FB, 7.5)
        doc.y += 11
        for s in svcs:
            doc.need(10)
            contract = sum((a for g, r, a in s.adjs if r == "45"), ZERO)
            other = sum((a for g, r, a in s.adjs if r == "253"), ZERO)
            codes = " ".join(f"{g}{r}" for g, r, a in s.adjs)
            vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), money(s.billed, ","),
                    money(s.allowed, ","), money(s.paid, ","), money(s.deductible, ","), money(s.coinsurance, ","),
                    money(contract, ","), money(other, ","), codes, money(s.owes, ","),
                    "Paid" if s.paid else "Zero pay"]
            toks = doc.row(cols, vals, F, sz)
            doc.y += 10
            o.add(tl(doc.pno, s, acct, icn, name, ("billed", "allowed", "paid", "deductible", "coinsurance",
                                                   "patient_owes"), adjustments=s.adjs, description=False),
                  [toks[:2] + toks[2].split() + toks[3:11] + codes.split() + toks[12:]])
        doc.line(150, doc.y - 7, 540, doc.y - 7, 0.3)
        doc.row(cols, ["", "Claim total", "", "", money(tot(svcs, "billed"), ","), money(tot(svcs, "allowed"), ","),
                       money(tot(svcs, "paid"), ","), money(tot(svcs, "deductible"), ","),
                       money(tot(svcs, "coinsurance"), ","), "", "", "", money(tot(svcs, "owes"), ","), ""], FB, sz)
        doc.y += 18
        o.claims.append(claim(acct, icn, name, tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"),
                              tot(svcs, "owes")))
    doc.cont = None
    doc.need(30)
    doc.t(36, doc.y, "Deposit total posted: see payer remit. Zero-pay lines were bundled by the payer (allowed "
                     "0.00) and written off as contractual.", F, 7)
    footer(doc, "TheraLedger PM  -  Insurance Payment Detail  -  Page {i} of {n}", F, 6.5)
    return o, doc


# ================================================================================ s1 therapy clinic statement
def s1():
    o = Out("h65_s1_therapy_family_statement", "fpdf2", "therapy clinic family statement", "mdy4")
    W, H = LETTER
    F, FB = "LSerif", "LSerifB"
    guar = "Priya Raman-Castell"

    def furn(doc, p):
        doc.t(40, 44, "Little Oaks Therapy Studio", FB, 15)
        doc.t(40, 56, "Pediatric occupational & speech therapy  -  615 Mulberry Row, Fairhaven, VT 05743", F, 7.5)
        doc.t(40, 66, "Billing office (802) 555-0186  -  billing@littleoaks.example", F, 7.5)
        if p == 1:
            doc.rect(372, 30, 200, 64)
            for i, (k, v) in enumerate((("Statement date", "02/02/2026"), ("Account no.", "LO-G-2207"),
                                        ("Responsible party", guar), ("Amount due", "$171.40"))):
                doc.t(378, 43 + i * 14, k, F, 7.5)
                doc.t(566, 43 + i * 14, v, FB, 7.5, "r")
            doc.t(40, 92, guar, F, 8.5)
            doc.t(40, 103, "88 Birchwood Terrace", F, 8.5)
            doc.t(40, 114, "Fairhaven, VT 05743", F, 8.5)
            doc.t(40, 138, "ACCOUNT ACTIVITY", FB, 10)
            return 156
        doc.t(40, 84, f"Account LO-G-2207  -  {guar}  -  continued", F, 8)
        return 102

    doc = Doc(W, H, 130, furn)
    cols = [(40, "l"), (92, "l"), (156, "l"), (300, "l"), (356, "r"), (412, "r"), (462, "r"), (514, "r"),
            (568, "r")]
    heads = ["Date", "Patient", "Service", "Code", "Units", "Charge", "Insurance", "Adjustment", "Your"]
    heads2 = ["", "", "", "", "", "", "Paid", "", "Portion"]

    def header():
        doc.line(40, doc.y - 9, W - 40, doc.y - 9, 0.8)
        doc.row(cols, heads, FB, 7.2)
        doc.row(cols, heads2, FB, 7.2, doc.y + 8)
        doc.line(40, doc.y + 12, W - 40, doc.y + 12, 0.8)
        doc.y += 22

    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.78"))
    visits = [
        ("Arjun Castell", "INV-10442", "BX7730021", D(2026, 1, 6), [("97166", 1, ("GO",))]),
        ("Arjun Castell", "INV-10458", "BX7730188", D(2026, 1, 13), [("97530", 2, ("GO",)), ("97533", 1, ("GO",))]),
        ("Mira Castell", "INV-10461", "BX7730190", D(2026, 1, 14), [("92523", 1, ("GN",))]),
        ("Arjun Castell", "INV-10473", "BX7730402", D(2026, 1, 20), [("97530", 2, ("GO",)), ("97112", 1, ("GO",))]),
        ("Mira Castell", "INV-10480", "BX7730415", D(2026, 1, 21), [("92507", 1, ("GN",)),
                                                                     ("92526", 1, ("GN", "59"))]),
    ]
    doc.page()
    header()
    doc.cont = header
    bal = ZERO
    for pat, inv, ref, dos, items in visits:
        svcs = [commercial(Svc(dos, c, u, m), st) for c, u, m in items]
        doc.need(14 + 11 * len(svcs))
        doc.t(40, doc.y, f"Visit {inv}  -  billed to Harborline Health Insurance, claim ref. {ref}", "LSerifB", 7)
        doc.y += 10
        for s in svcs:
            vals = [dfmt(s.dos, "mdy4"), pat, s.desc, " ".join((s.code,) + s.mods), units_str(s.units),
                    money(s.billed), money(s.paid), money(s.discount), money(s.owes)]
            if len(s.desc) > 30:
                vals[2] = s.desc[:28].rsplit(" ", 1)[0]
            toks = doc.row(cols, vals, F, 7.2)
            doc.y += 10.5
            bal += s.owes
            o.add(tl(doc.pno, s, inv, ref, pat, ("billed", "paid", "discount", "patient_owes"),
                     overrides={"description": vals[2]}), [toks])
        o.claims.append(claim(inv, ref, pat, tot(svcs, "billed"), None, tot(svcs, "paid"), tot(svcs, "owes")))
        doc.y += 3
    paid_by_guar = q(bal - Decimal("171.40"))
    doc.need(12)
    doc.row(cols, ["01/24/2026", guar, "Payment - thank you (card)", "", "", "", "", "", money(-paid_by_guar)],
            F, 7.2)
    doc.y += 14
    doc.cont = None
    doc.line(40, doc.y - 8, W - 40, doc.y - 8, 0.8)
    doc.t(462, doc.y, "Amount due", FB, 8, "r")
    doc.t(568, doc.y, "$171.40", FB, 8, "r")
    doc.y += 16
    ag = ["Current", "31-60 days", "61-90 days", "Over 90"]
    for i, a in enumerate(ag):
        doc.rect(40 + i * 133, doc.y - 9, 133, 26)
        doc.t(46 + i * 133, doc.y, a, F, 7)
        doc.t(166 + i * 133, doc.y + 11, "$171.40" if i == 0 else "$0.00", FB, 7.5, "r")
    # tear-off stub on the last page
    y0 = doc.H - 118
    doc.line(30, y0, W - 30, y0, 0.5, 0.5)
    doc.t(W / 2, y0 - 3, "- - - please detach and return the lower portion with your payment - - -", F, 6.5, "c")
    doc.t(40, y0 + 18, "Little Oaks Therapy Studio", FB, 9)
    doc.t(40, y0 + 30, "Account LO-G-2207   Statement date 02/02/2026", F, 8)
    doc.t(40, y0 + 42, "Amount due $171.40     Amount enclosed $__________", F, 8)
    footer(doc, "Page {i} of {n}", F, 7, "r")
    return o, doc


# ================================================================================ s2 hospital statement
def s2():
    o = Out("h65_s2_hospital_guarantor_statement", "reportlab", "hospital guarantor statement", "mdy2")
    W, H = LETTER
    F, FB = "DCond", "DCondB"
    guar = "Colm Adeyemi-Ward"

    def furn(doc, p):
        doc.t(40, 40, "ST. BRENDAN REGIONAL MEDICAL CENTER", FB, 12)
        doc.t(40, 51, "Patient Financial Services  -  1400 Lakeview Parkway, Grantham, WI 53590", F, 7.5)
        doc.t(W - 40, 40, "GUARANTOR STATEMENT", FB, 10, "r")
        doc.t(W - 40, 51, f"Guarantor: {guar}   No. G-00581266", F, 7.5, "r")
        doc.line(40, 57, W - 40, 57, 0.8)
        if p == 1:
            doc.t(40, 74, guar, F, 8.5)
            doc.t(40, 85, "3306 Ridgeline Drive", F, 8.5)
            doc.t(40, 96, "Grantham, WI 53590", F, 8.5)
            doc.rect(380, 66, 192, 40, fill=0.9)
            doc.t(388, 79, "Statement date: 02/05/26", F, 8)
            doc.t(388, 92, f"Please pay: {money(pay_total)} by 03/01/26", FB, 8)
            return 124
        return 74

    doc = Doc(W, H, 52, furn)
    cols = [(44, "l"), (88, "l"), (118, "l"), (176, "l"), (470, "r"), (560, "r")]
    accts = [
        ("Felix Adeyemi-Ward", "HB40023302", "Outpatient visit 01/17/26",
         [(D(2026, 1, 17), "73110", 1, ("RT",), "0320"), (D(2026, 1, 17), "29125", 1, ("RT",), "0450"),
          (D(2026, 1, 17), "97760", 1, ("GO",), "0430")],
         "Harbor Mutual Insurance", "HM26-0224-11973", Decimal("0.58")),
        ("Nora Adeyemi-Ward", "HB40021877", "Outpatient rehabilitation series 01/05/26 - 02/09/26, therapy plan of care",
         [(D(2026, 1, 5), "97167", 1, ("GO",), "0434")] +
         [(D(2026, 1, d), c, u, ("GO",), "0431") for d in (7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30)
          for c, u in (("97530", 2), ("97140", 1), ("97535", 1))] +
         [(D(2026, 2, d), c, u, ("GO",), "0431") for d in (2, 4, 6, 9)
          for c, u in (("97530", 2), ("97140", 1), ("97535", 1))] + [(D(2026, 1, 9), "L3807", 1, ("LT",), "0274")],
         "Harbor Mutual Insurance", "HM26-0219-55810", Decimal("0.62")),
    ]
    def dues(items, rate, acct):
        billed = sum((Svc(i[0], i[1], i[2], i[3]).billed for i in items), ZERO)
        ptpay = Decimal("25.00") if acct == "HB40021877" else ZERO
        return billed, q(billed * rate), q(billed * Decimal("0.30")), ptpay

    pay_total = ZERO
    for _, acct, _, items, _, _, rate in accts:
        b, pd, ad, pp = dues(items, rate, acct)
        pay_total += b - pd - ad - pp
    doc.page()
    total_due = ZERO
    for pat, acct, what, items, ins, pcn, rate in accts:
        svcs = []
        for i in items:
            s = Svc(i[0], i[1], i[2], i[3])
            s.desc = s.desc
            svcs.append((s, i[4]))
        doc.need(60)
        doc.rect(40, doc.y - 10, W - 80, 26, fill=0.88, stroke=False)
        doc.t(44, doc.y, f"Patient: {pat}", FB, 8.5)
        doc.t(300, doc.y, f"Account: {acct}", FB, 8.5)
        doc.t(44, doc.y + 11, what, F, 7.5)
        doc.y += 30
        doc.row(cols, ["Date", "Rev", "CPT/HCPCS", "Description", "Qty", "Charges"], FB, 7.2)
        doc.line(40, doc.y + 3, W - 40, doc.y + 3, 0.4)
        doc.y += 12
        for s, rev in svcs:
            doc.need(10)
            vals = [dfmt(s.dos, "mdy2"), rev, " ".join((s.code,) + s.mods), s.desc, units_str(s.units),
                    money(s.billed, ",")]
            toks = doc.row(cols, vals, F, 7.2)
            doc.y += 9.6
            o.add(tl(doc.pno, s, acct, pcn, pat, ("billed",)), [toks])
        billed = sum((s.billed for s, _ in svcs), ZERO)
        paid = q(billed * rate)
        adj = q(billed * Decimal("0.30"))
        ptpay = Decimal("25.00") if acct == "HB40021877" else ZERO
        due = billed - paid - adj - ptpay
        total_due += due
        doc.need(60)
        doc.line(40, doc.y - 6, W - 40, doc.y - 6, 0.4)
        doc.t(176, doc.y, "Total charges", FB, 7.5)
        doc.t(560, doc.y, money(billed, ","), FB, 7.5, "r")
        doc.y += 11
        for lab, a in ((f"01/31/26 {ins} payment - claim {pcn}", -paid),
                       (f"01/31/26 {ins} contractual adjustment - claim {pcn}", -adj),
                       ("01/18/26 Patient payment - thank you", -ptpay)):
            if a:
                doc.t(176, doc.y, lab, F, 7.5)
                doc.t(560, doc.y, money(a, ",", "()"), F, 7.5, "r")
                doc.y += 10
        doc.t(176, doc.y, f"Account balance {acct}", FB, 7.5)
        doc.t(560, doc.y, money(due, "$"), FB, 7.5, "r")
        doc.y += 24
        o.claims.append(claim(acct, pcn, pat, billed))
    assert q(total_due) == q(pay_total), total_due
    doc.need(40)
    doc.t(40, doc.y, "Financial assistance is available. Ask about payment plans at (608) 555-0174.", F, 7.5)
    footer(doc, "Page {i} of {n}", F, 7)
    return o, doc


LAYOUTS = [c1, c2, m1, m2, d1, d2, p1, p2, s1, s2]


# ================================================================================ writing and checking
def build(out_dir: Path):
    made = []
    for fn in LAYOUTS:
        o, doc = fn()
        path = out_dir / (o.name + ".pdf")
        if o.producer == "reportlab":
            render_reportlab(doc, path, o.description)
        else:
            render_fpdf(doc, path, o.description, FIXED_WHEN)
        write_truth(path, o.name, o.producer, len(doc.pages), o.description, o.lines, o.claims, o.legend,
                    o.findings)
        made.append((o, path, len(doc.pages)))
    return made


DATEF = {"mdy2": "mdy2", "mdy4": "mdy4", "mdy6": "mdy6", "mon": "mon"}


def check(made) -> list[str]:
    import pypdfium2  # noqa: F401  (second extractor available; pdfplumber is used for rows)

    errs = []
    for o, path, npages in made:
        tr = json.loads(Path(str(path) + ".truth.json").read_text())
        lines = page_lines(path)
        if len(lines) != npages or tr["pages"] != npages:
            errs.append(f"{o.name}: page count {len(lines)} vs {npages}")
        alltext = "\n".join("\n".join(p) for p in lines)
        for t, groups, ctx in zip(tr["lines"], o.rows, o.ctx):
            pl = lines[t["page"] - 1]
            ptext = "\n".join(pl)
            idx = []
            for g in groups:
                hit = [i for i, ln in enumerate(pl) if all(on_line(ln, tok) for tok in g)]
                if not hit:
                    errs.append(f"{o.name} p{t['page']}: row not found as one text line: {g}")
                idx.append(hit)
            if all(idx) and len(idx) > 1:
                if not any(all(any(abs(j - i0) <= len(groups) for j in h) for h in idx[1:]) for i0 in idx[0]):
                    errs.append(f"{o.name}: row groups not adjacent {groups}")
            for c in ctx:
                if c not in ptext:
                    errs.append(f"{o.name}: context {c!r} not on page {t['page']}")
            toks = [tok for g in groups for tok in g for tok in [tok] + tok.replace("(", " ").replace(")", " ")
                    .replace("-", " -").split()]
            nums = {num(x) for x in toks} | {num(x.lstrip("-")) for x in toks}
            nums.discard(None)
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if t[k] is not None and Decimal(t[k]) not in nums:
                    errs.append(f"{o.name}: {k} {t[k]} not on the row {groups}")
            joined = " ".join(" ".join(g) for g in groups)
            if t["code"] and t["code"] not in joined:
                errs.append(f"{o.name}: code {t['code']} not on row")
            for m in t["modifiers"]:
                if m not in joined.replace("-", " ").split() and m not in joined:
                    errs.append(f"{o.name}: modifier {m} not on row")
            if t["units"] is not None and Decimal(t["units"]) not in nums:
                errs.append(f"{o.name}: units {t['units']} not on row {groups}")
            ds = dfmt(date.fromisoformat(t["service_date"]), DATEF[o.datefmt])
            if ds not in joined and ds not in ctx:
                errs.append(f"{o.name}: date {ds} not on row")
            for g, r, a in t["adjustments"]:
                if a is not None and Decimal(a) not in nums:
                    errs.append(f"{o.name}: adjustment {g}-{r} {a} not on row")
                if r not in joined:
                    errs.append(f"{o.name}: reason {r} not on row")
            for rm in t["remarks"]:
                if rm not in joined and rm not in ptext:
                    errs.append(f"{o.name}: remark {rm} not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if t[k] and t[k] not in alltext:
                    errs.append(f"{o.name}: {k} {t[k]} not in document text")
            # arithmetic
            g = {k: Decimal(t[k]) if t[k] is not None else None for k in
                 ("billed", "allowed", "paid", "deductible", "copay", "coinsurance", "not_covered", "discount")}
            if None not in (g["billed"], g["discount"], g["not_covered"], g["allowed"]):
                if g["billed"] - g["discount"] - g["not_covered"] != g["allowed"]:
                    errs.append(f"{o.name}: billed-discount-not covered != allowed {t}")
            if None not in (g["allowed"], g["deductible"], g["coinsurance"], g["paid"]):
                seq = sum((Decimal(a) for gg, r, a in t["adjustments"] if r == "253"), ZERO)
                if g["allowed"] - g["deductible"] - (g["copay"] or ZERO) - g["coinsurance"] - seq != g["paid"]:
                    errs.append(f"{o.name}: allowed - shares != paid {t}")
            if o.full_adj:
                if g["billed"] - sum((Decimal(a) for _, _, a in t["adjustments"]), ZERO) != g["paid"]:
                    errs.append(f"{o.name}: billed - adjustments != paid {t}")
        planted = set()
        for f in tr["expected_findings"]:
            planted.add(f.split()[2].rstrip(":"))
        for c in tr["claims"]:
            mine = [t for t in tr["lines"] if t["payer_claim_id"] == c["payer_claim_id"]
                    and t["claim_id"] == c["claim_id"]]
            if not mine:
                errs.append(f"{o.name}: claim without lines {c}")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum((Decimal(t[k]) for t in mine if t[k] is not None), ZERO)
                if s != Decimal(v) and c["payer_claim_id"] not in planted:
                    errs.append(f"{o.name}: claim {c['payer_claim_id']} total {k} {v} != lines {s}")
                if f"{v:}" not in alltext.replace("$", "").replace(",", "") and k != "patient_owes" and False:
                    pass
            if c["payer_claim_id"] in planted:
                s = sum((Decimal(t["patient_owes"]) for t in mine), ZERO)
                if s == Decimal(c["totals"]["patient_owes"]):
                    errs.append(f"{o.name}: planted mismatch is not a mismatch")
        print(f"{o.name}: {o.producer}, {npages} pages, {len(tr['lines'])} lines, {len(tr['claims'])} claims")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout65_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    made = build(out)
    print(f"wrote {len(made)} PDFs to {out}")
    if "--check" in argv:
        errs = check(made)
        for e in errs[:60]:
            print("CHECK:", e)
        print(f"check: {'FAILED (' + str(len(errs)) + ')' if errs else 'ok'}")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
