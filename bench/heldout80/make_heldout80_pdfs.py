"""Write the 80th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary documents
of the five commonest real kinds, two of each, in house styles unlike the earlier sets, for one honest measurement
of the PDF reader. Written without looking at the reader, its tests or how it does on these files.

Run:  python bench/heldout80/make_heldout80_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout80/make_heldout80_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Helper module: bench/heldout80/h80.py (one
drawing API over reportlab and fpdf2, a paging table flow, and the self-check).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py, ``<name>.pdf.truth.json``), printed values only, null
for what a layout does not print (units null where no quantity is printed; service_end only where a span is
printed, a one-day line keeps it null even where a TO column repeats the date); claim_id = the provider's own
account / patient-control / invoice number, payer_claim_id = the payer's claim number / ICN, patient exactly as
printed in the claim heading (the person served, never the guarantor or subscriber unless the same). Adjustments
only where group + reason + amount are printed for the line; remark / note / EOB / RARC codes of the line as
remarks. Claim totals as printed on the claim's total row. Every name, number, payer, provider, address and ID is
invented; descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed creation date).

Layouts:
  h80_commercial_pos_family_eob  commercial POS plan member EOB for a family of three, portrait Liberation Serif:
       subscriber box, shaded "Patient: X (Daughter) / Provider" banners with "Claim number / Provider account no.",
       Date of Service / Description / Proc / Modifier "97530 GO" / Units / Amount Charged / Plan Discount / Amount
       Allowed / Deductible / Copay / Coinsurance / Plan Paid / Your Share / Note letters, wrapped wording, an
       excluded (PR) laser line, claim continued on page 2 under a repeated banner + header (reportlab)
  h80_hdhp_family_claim_statement  HSA/HDHP "Claim Statement", landscape DejaVu Sans Condensed with a grey left
       sidebar (member, plan, deductible met): upper-case patient headings with Claim ID / Patient Acct, "97140-GO",
       Qty "2.00", Billed / Not Covered / Network Savings / Applied to Deductible / Coinsurance / Plan Paid / Member
       Owes / Remark, CO-bundled and PR-excluded denials, claim continued under a repeated heading; PLANTED total
       error (Member Owes total of 7Q2K412215 printed 10.00 too high) (fpdf2)
  h80_medicare_summary_notice_b  Medicare Summary Notice Part B, Liberation Sans: summary page with deductible box,
       provider/date/claim-number heading per claim, "2 Therapeutic exercises (97110-GP)" (quantity first), Did
       Medicare Approve / Amount Provider Charged / Medicare-Approved / Medicare Paid Provider / Maximum You May Be
       Billed / notes letters, a denied line, no provider account (claim_id null) (fpdf2)
  h80_medicare_advantage_ppo_eob  Medicare Advantage PPO monthly member EOB, Times: "Section 1" cost summary table,
       "Claim 2026-0119-MA-440172" headings with patient account number, "Jan 12, 2026", code "92507 GN", no
       units, provider charged / plan-approved / plan's share / your share, per-day copay, a reprocessed claim with
       minus amounts and its replacement, a CO-style denial (reportlab)
  h80_medicaid_ra_fixed_width  state Medicaid FFS remittance advice, landscape core Courier: PAID / DENIED / ADJUSTED
       CLAIMS sections, "RECIP: LAST, FIRST  RECIP ID  PAT ACCT  ICN  STATUS" heads, LN / FROM / TO (MMDDYY, one
       5-day span) / PROC / M1 / M2 / UNITS "3.00" / BILLED / ALLOWED / TPL / COPAY / PAID / 4-digit EOB codes, a
       recipient copay, a credit with trailing minus and its adjustment, payment summary, EOB legend (fpdf2)
  h80_medicaid_ra_boxed_grid  state Medicaid remittance advice, DejaVu Sans, boxed label-over-value beneficiary bar
       (Beneficiary Name / ID / Patient Account # / ICN / Claim Status), ruled grid, "01/05/2026 - 01/09/2026"
       weekly spans with summed units, one CARC "CO-45 465.20" per line in an ARC column, RARC column, a denied
       claim (CO-15) and a CO-97 line (reportlab)
  h80_clearinghouse_medicare_remit_detail  clearinghouse portal print of a Medicare Part B remittance, landscape
       Helvetica: boxed two-line claim banner (Patient Name / Medicare ID / Patient Control # / Payer Claim Control
       #), Svc Date / POS / CPT / Modifiers / Units / Submitted / Allowed / Deductible / Coinsurance, adjustments
       stacked in one cell "CO-45 $118.88 / PR-1 / PR-2 / CO-253", Paid, Remarks, a CO-B7 denial, claim continued
       on page 2 under a repeated banner (reportlab)
  h80_pm_era_register  practice-management "Insurance Remittance Register" for Medicare Part B, DejaVu Sans Mono:
       one-line claim heads "Acct / NAME / ICN / Status", DOS / CPT / Mod "GP,KX" / Un / Charge / Allowed / Deduct /
       Coins / Paid / PtResp / Rmk, an "ADJ CO 45 100.76  PR 2 11.85  CO 253 0.95" sub-line per service, a
       status-22 reversal in parentheses and its corrected claim, CQ assistant lines, claim runs on to page 2 under
       the repeated column header without its head (fpdf2)
  h80_therapy_clinic_family_statement  pediatric therapy clinic family statement, Helvetica: tear-off remittance
       block, three children, "Name - Invoice #" headings with the insurer's claim number, Date "1/5/2026" / Code /
       Mod / Qty / Charges / Insurance Payments / Insurance Adjustments / Patient Balance, a patient payment row,
       aging boxes (reportlab)
  h80_hospital_family_statement  hospital outpatient family statement, DejaVu Serif: per-patient accounts with
       department and date span, Service Date "06-JAN-2026" / Rev / upper-case wording / CPT/HCPCS "97110 GP" / Qty
       / Amount (charges only on service lines), insurer payment (with claim number) / contractual / balance rows
       under each account, one account still pending insurance (payer_claim_id null) (fpdf2)

The self-check (--check) tests the factory, not the reader: for every truth line a text row on its page (words
grouped by baseline from pdfplumber) carries the code, each modifier, the units and every printed amount; the
service date is on that row or in the claim heading above it; adjustments (group, reason, amount) and remarks are
on the row or the text lines just under it; ids and patients are in the document text; page counts and producers
match; billed - adjustments = paid wherever adjustments are printed; claim totals are printed and equal the sum
of the lines unless a planted mismatch is declared (and the planted one really differs); at least ten files, two
producers, and at least three files with a claim whose rows continue onto the next page.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen  # noqa: E402
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
from h80 import Canvas, Col, Table, check_folder  # noqa: E402

# A few more invented charges / fee-schedule amounts / our own wording for codes the shared tables lack.
for _c, _fee, _sch, _d in (
    ("97533", "92.00", "34.10", "Sensory integration activities"),
    ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
    ("99203", "185.00", "104.60", "Office visit, new patient"),
    ("A4556", "18.00", "14.92", "Electrode pads, per pair"),
    ("E0730", "120.00", "31.60", "TENS unit, four lead"),
):
    eobgen.FEE.setdefault(_c, _fee)
    eobgen.SCHED.setdefault(_c, _sch)
    eobgen.DESC.setdefault(_c, _d)
LONG = dict(eobgen.LONG_DESC)
LONG.update({
    "97533": "Sensory integration activities to improve adaptive responses, direct contact, each 15 minutes",
    "92507": "Individual treatment of speech, language, voice or communication disorder",
    "97112": "Neuromuscular re-education of balance, coordination and posture, each 15 minutes",
    "97165": "Occupational therapy evaluation, low complexity, 30 minutes typical",
    "97166": "Occupational therapy evaluation, moderate complexity, 45 minutes typical",
    "92523": "Evaluation of speech sound production together with language comprehension and expression",
})


def D(m: int, d: int) -> date:
    return date(2026, m, d)


def mk(fn: Callable, specs: list) -> list[Svc]:
    """specs: (dos, code, units, mods[, opts]) ; opts: denied, rm (remarks), long (use long wording), end."""
    out = []
    for sp in specs:
        dos, code, units, mods = sp[:4]
        o = sp[4] if len(sp) > 4 else {}
        desc = LONG.get(code, "") if o.get("long") else ""
        s = Svc(dos, code, Decimal(str(units)), tuple(mods), o.get("end"), desc, o.get("denied"))
        fn(s)
        s.remarks = list(o.get("rm", []))
        out.append(s)
    return out


class Tot:
    """A claim-total row: the sums of the lines, optionally with a planted error."""
    is_total = True

    def __init__(self, svcs: list[Svc], plant: dict | None = None):
        for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "seq",
                  "paid", "owes"):
            setattr(self, a, total(svcs, a) + Decimal((plant or {}).get(a, "0")))
        self.code, self.mods, self.units, self.remarks, self.adjs, self.desc = "", (), None, [], [], ""
        self.dos = svcs[0].dos


def tot(s) -> bool:
    return getattr(s, "is_total", False)


def M(attr: str, style: str = ",", neg: str = "-") -> Callable:
    return lambda s: money(getattr(s, attr), style, neg)


def SV(f: Callable, total_label: str = "") -> Callable:
    """A service-only cell (blank on total rows unless total_label)."""
    return lambda s: total_label if tot(s) else f(s)


@dataclass
class Claim:
    head: Callable                     # head(cv, table, cont) draws the claim heading at table.y, advances it
    head_h: float
    svcs: list[Svc]
    claim_id: str | None
    payer_claim_id: str | None
    patient: str | None
    total_fields: tuple = ()           # truth total fields printed on the total row
    plant: dict | None = None          # planted total error {"paid": "10.00"}
    after: Callable | None = None      # after(cv, table) draws extra non-service rows (payments etc.)
    after_h: float = 0.0


@dataclass
class Doc:
    name: str
    producer: str
    font: str
    landscape: bool
    description: str
    cols: list[Col]
    size: float
    lead: float
    bottom: float
    furniture: Callable
    claims: list[Claim]
    printed: tuple
    footer: Callable | None = None
    units: bool = True
    adj: bool = False
    remarks: bool = True
    print_end: bool = False
    repeat_head: bool = True
    header_each_page: bool = True
    head_rule: str = "rule"
    grid: bool = False
    sub: Callable | None = None        # sub(s) -> list of text lines printed under the service row
    sub_x: float = 0.0
    total_row: bool = True
    gap: float = 6.0
    trailer: Callable | None = None    # trailer(cv, table) after all claims
    trailer_h: float = 0.0
    legend: list = field(default_factory=list)
    sections: dict = field(default_factory=dict)   # claim index -> section title drawn before it
    x0: float | None = None


def build(doc: Doc, out: Path) -> None:
    n = _build(doc, out, None)
    _build(doc, out, n)


def _build(doc: Doc, out: Path, total_pages: int | None) -> int:
    path = out / f"{doc.name}.pdf"
    cv = Canvas(doc.producer, path, doc.landscape, doc.font, FIXED_WHEN)
    cv.total = total_pages or 0
    t = Table(cv, 0, doc.cols, doc.size, doc.lead, 0, doc.bottom, doc.furniture, doc.footer, doc.head_rule,
              doc.grid)
    t.x0 = doc.x0 if doc.x0 is not None else (cv.W - sum(c.w for c in doc.cols)) / 2
    t.start()
    lines, claims = [], []
    for ci, cl in enumerate(doc.claims):
        sec = doc.sections.get(ci)
        first_need = (16 if sec else 0) + cl.head_h + 14 + doc.lead * 2
        if not t.room(first_need):
            t.break_page()
        if sec:
            cv.text(t.x0, t.y + 11, sec, doc.size + 2, True)
            cv.line(t.x0, t.y + 14, t.x0 + sum(c.w for c in doc.cols), t.y + 14, 1.0)
            t.y += 18
        cl.head(cv, t, False)
        if doc.header_each_page or ci == 0 or doc.repeat_head:
            t.header()
        for s in cl.svcs:
            subs = doc.sub(s) if doc.sub else []
            h = t.row_height(s) + len(subs) * doc.lead
            if not t.room(h):
                t.break_page()
                if doc.repeat_head:
                    cl.head(cv, t, True)
                if doc.header_each_page or doc.repeat_head:
                    t.header()
            page = t.row(s)
            for txt in subs:
                cv.text(t.x0 + doc.sub_x, t.y + doc.lead - 2, txt, doc.size - 0.5)
                t.y += doc.lead
            lines.append(truth_line(
                page, s, claim_id=cl.claim_id, payer_claim_id=cl.payer_claim_id, patient=cl.patient,
                printed=doc.printed, units=doc.units, adjustments=s.adjs if doc.adj else [],
                remarks=s.remarks if doc.remarks else [], service_end=s.end if doc.print_end else None))
        tt = Tot(cl.svcs, cl.plant)
        if doc.total_row:
            if not t.room(t.row_height(tt)):
                t.break_page()
            t.row(tt, bold=True)
        if cl.after:
            if not t.room(cl.after_h):
                t.break_page()
            cl.after(cv, t)
        t.y += doc.gap
        tf = {k: (tt.owes if k == "patient_owes" else getattr(tt, k)) for k in cl.total_fields}
        claims.append({"claim_id": cl.claim_id, "payer_claim_id": cl.payer_claim_id, "patient": cl.patient,
                       "totals": claim_totals(**tf)})
    findings = []
    for cl, c in zip(doc.claims, claims):
        for k, v in (cl.plant or {}).items():
            key = "patient_owes" if k == "owes" else k
            sumv = total(cl.svcs, k)
            findings.append(f"claim-total-mismatch claim {cl.payer_claim_id}: printed {key} total "
                            f"{c['totals'][key]} but the lines add up to {q(sumv)}")
    if doc.trailer:
        if not t.room(doc.trailer_h):
            t.break_page()
        doc.trailer(cv, t)
    if doc.footer:
        doc.footer(cv, t.page, last=True)
    cv.save()
    pages = cv.pages
    write_truth(path, doc.name, doc.producer, pages, doc.description, lines, claims, doc.legend, findings)
    return pages


# =============================================================================================== layouts
def page_of(cv) -> str:
    return f"Page {cv.pages} of {cv.total or cv.pages}"


def para(cv, x, y, text, w, size, lead=None) -> float:
    """Wrapped paragraph; returns the y after it."""
    lead = lead or size + 2.5
    for ln in cv.wrap(text, w, size):
        y += lead
        cv.text(x, y, ln, size)
    return y


def legend_block(cv, t, title, legend, size, width=None) -> None:
    width = width or sum(c.w for c in t.cols)
    t.y += 4
    cv.text(t.x0, t.y + size + 2, title, size + 1, True)
    t.y += size + 5
    for code, txt in legend:
        cv.text(t.x0 + 4, t.y + size + 1, code, size, True)
        t.y = para(cv, t.x0 + 34, t.y - 1.5, txt, width - 40, size) + 2


# -------------------------------------------------------------------- 1. commercial POS family member EOB
def lay1() -> Doc:
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30.00")},
                   allowed_rate=Decimal("0.78"))
    C = lambda s: commercial(s, st)  # noqa: E731
    amara = mk(C, [(D(1, 5), "97165", 1, ["GO"], {"long": 1}), (D(1, 5), "97530", 2, ["GO"]),
                   (D(1, 8), "97530", 3, ["GO"]), (D(1, 8), "97533", 2, ["GO"], {"long": 1}),
                   (D(1, 12), "97535", 2, ["GO"], {"long": 1}), (D(1, 12), "97530", 3, ["GO"]),
                   (D(1, 15), "97530", 2, ["GO"]), (D(1, 15), "97533", 2, ["GO", "59"]),
                   (D(1, 19), "97530", 3, ["GO"]), (D(1, 19), "0552T", 1, [], {"denied": "PR", "rm": ["C"],
                                                                                 "long": 1}),
                   (D(1, 22), "97530", 2, ["GO"]), (D(1, 22), "97535", 1, ["GO"])])
    julian = mk(C, [(D(1, 7), "92523", 1, ["GN"], {"long": 1}), (D(1, 14), "92507", 1, ["GN"]),
                    (D(1, 21), "92507", 1, ["GN"])])
    dad_md = mk(C, [(D(1, 16), "99213", 1, [], {"rm": ["A"]}), (D(1, 16), "A4556", 2, [])])
    dad_pt = mk(C, [(D(1, 20), "97161", 1, ["GP"]), (D(1, 22), "97110", 2, ["GP"]),
                    (D(1, 22), "97140", 1, ["GP", "59"], {"long": 1}), (D(1, 26), "97110", 2, ["GP"]),
                    (D(1, 26), "97112", 2, ["GP"])])
    for s in amara[:2]:
        s.remarks = ["B"]
    size = 6.8

    def furniture(cv, page):
        cv.text(40, 46, "HARBORLIGHT MUTUAL HEALTH", 15, True)
        cv.text(40, 58, "Point-of-Service Plan  |  Group 0044817  |  Employer: Calder Freight Lines", 7.5)
        cv.text(572, 40, "EXPLANATION OF BENEFITS", 11, True, "r")
        cv.text(572, 52, "THIS IS NOT A BILL", 8, True, "r")
        cv.text(572, 63, "Statement date: February 2, 2026   " + page_of(cv), 7.5, False, "r")
        cv.line(40, 70, 572, 70, 1.2)
        if page > 1:
            cv.text(40, 82, "Subscriber: Darnell Okafor-Reyes    Member ID: HMX 804 221 937", 7.5)
            return 92
        for i, ln in enumerate(["DARNELL OKAFOR-REYES", "418 LINDEN HOLLOW CT", "MARLOW SPRINGS VA 23190-4412"]):
            cv.text(52, 100 + i * 10, ln, 8.5)
        cv.rect(330, 82, 242, 86)
        kv = [("Subscriber", "Darnell Okafor-Reyes"), ("Member ID", "HMX 804 221 937"),
              ("Plan year deductible (individual)", "$500.00"), ("Family deductible met to date", "$150.00"),
              ("Out-of-pocket maximum (family)", "$6,000.00")]
        for i, (k, v) in enumerate(kv):
            cv.text(338, 96 + i * 13, k, 7.5)
            cv.text(564, 96 + i * 13, v, 7.5, True, "r")
        y = para(cv, 40, 176, "We processed the claims below for you and the members of your family covered under this "
                 "plan. Compare each service with the bill you receive from the provider; you should not be asked to pay "
                 "more than the amount shown under Your Share. Note codes are explained after the last claim.", 532, 7.5)
        return y + 10

    def head(p_name, rel, prov, clm, acct, rec, proc):
        def h(cv, t, cont):
            w = sum(c.w for c in t.cols)
            cv.rect(t.x0, t.y, w, 24, fill=0.88, stroke=False)
            cv.text(t.x0 + 4, t.y + 9, f"Patient: {p_name} ({rel})" + ("   (continued)" if cont else ""), 7.5, True)
            cv.text(t.x0 + w - 4, t.y + 9, f"Provider: {prov}", 7.5, False, "r")
            cv.text(t.x0 + 4, t.y + 20, f"Claim number: {clm}    Provider account no.: {acct}    "
                    f"Received: {rec}    Processed: {proc}", 7)
            t.y += 26
        return h

    cols = [Col("Date of\nService", 42, "l", SV(lambda s: dfmt(s.dos, "mdy4"))),
            Col("Description", 110, "l", lambda s: "Claim totals" if tot(s) else s.desc, wrap=True),
            Col("Proc /\nModifier", 46, "l", SV(lambda s: " ".join((s.code,) + s.mods))),
            Col("Units", 22, "c", SV(lambda s: units_str(s.units))),
            Col("Amount\nCharged", 38, "r", M("billed")), Col("Plan\nDiscount", 36, "r", M("discount")),
            Col("Amount\nAllowed", 38, "r", M("allowed")), Col("Deduct-\nible", 34, "r", M("deductible")),
            Col("Copay", 32, "r", M("copay")), Col("Co-\ninsurance", 36, "r", M("coinsurance")),
            Col("Plan\nPaid", 38, "r", M("paid")), Col("Your\nShare", 38, "r", M("owes")),
            Col("Note", 22, "c", SV(lambda s: " ".join(s.remarks)))]
    legend = [("A", "A fixed copay applies to this office visit under your plan."),
              ("B", "Paid at the in-network level because the provider participates in your network."),
              ("C", "Your plan does not cover this treatment; it is listed among the exclusions in your "
                    "benefit booklet. You may ask for a review within 180 days.")]
    tf = ("billed", "allowed", "paid", "patient_owes")

    def trailer(cv, t):
        legend_block(cv, t, "Note codes", legend, 7)
        t.y = para(cv, t.x0, t.y + 4, "Questions about this statement? Call Member Services at 1-800-555-0147 "
                   "(TTY 711), Monday to Friday, 8 a.m. to 8 p.m. You have the right to appeal any decision shown "
                   "here; see the enclosed Appeal Rights notice.", 532, 7)

    def footer(cv, page, last):
        cv.line(40, 752, 572, 752, 0.5)
        cv.text(40, 762, "Harborlight Mutual Health  |  PO Box 7710, Norfield, VA 23502  |  harborlightmutual.example",
                6.5)
        if not last:
            cv.text(572, 762, "Continued on next page", 6.5, True, "r")

    return Doc("h80_commercial_pos_family_eob", "reportlab", "libserif", False,
               "Commercial POS plan member EOB for a family of three, Liberation Serif, shaded claim banners, "
               "continued claim with repeated banner and header", cols, size, 8.6, 740, furniture,
               [Claim(head("Amara Okafor-Reyes", "Daughter", "Tidewater Pediatric Therapy (In-network)",
                           "HLM2601140553", "TPT-88412", "01/20/2026", "01/27/2026"), 30, amara, "TPT-88412",
                      "HLM2601140553", "Amara Okafor-Reyes", tf),
                Claim(head("Julian Okafor-Reyes", "Son", "Bayside Speech Associates (In-network)", "HLM2601210129",
                           "BSA-30217", "01/22/2026", "01/28/2026"), 30, julian, "BSA-30217", "HLM2601210129",
                      "Julian Okafor-Reyes", tf),
                Claim(head("Darnell Okafor-Reyes", "Self", "Northshore Family Medicine (In-network)", "HLM2601230877",
                           "NFM-772019", "01/23/2026", "01/29/2026"), 30, dad_md, "NFM-772019", "HLM2601230877",
                      "Darnell Okafor-Reyes", tf),
                Claim(head("Darnell Okafor-Reyes", "Self", "Ridgeview Physical Therapy (In-network)", "HLM2601280301",
                           "RPT-1140-3", "01/28/2026", "01/30/2026"), 30, dad_pt, "RPT-1140-3", "HLM2601280301",
                      "Darnell Okafor-Reyes", tf)],
               ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes"),
               footer=footer, trailer=trailer, trailer_h=90, legend=legend)


# -------------------------------------------------------------------- 2. HDHP member EOB with a sidebar
def lay2() -> Doc:
    st = PlanState(ded_left=Decimal("1400.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74"))
    C = lambda s: commercial(s, st, deny_reason="97")  # noqa: E731
    theo = mk(C, [(D(1, 6), "97166", 1, ["GO"], {"rm": ["P14"]}), (D(1, 6), "97760", 1, ["GO"], {"long": 1}),
                  (D(1, 6), "L3807", 1, ["RT"], {"long": 1}), (D(1, 9), "97140", 2, ["GO"]),
                  (D(1, 9), "97110", 2, ["GO"]), (D(1, 13), "97140", 2, ["GO"]), (D(1, 13), "97110", 1, ["GO"]),
                  (D(1, 13), "97760", 1, ["GO"], {"denied": "CO", "rm": ["B22"]})])
    maren = mk(C, [(D(1, 8), "99203", 1, []), (D(1, 8), "E0730", 1, ["NU"], {"denied": "PR", "rm": ["X31"]})])
    soren = mk(C, [(D(1, 12), "97162", 1, ["GP"]), (D(1, 14), "97110", 3, ["GP"]), (D(1, 14), "97116", 1, ["GP"]),
                   (D(1, 19), "97110", 2, ["GP"]), (D(1, 19), "97112", 2, ["GP", "59"]),
                   (D(1, 21), "97110", 3, ["GP"]), (D(1, 21), "97530", 1, ["GP"]),
                   (D(1, 26), "97110", 2, ["GP"]), (D(1, 26), "97112", 1, ["GP"])])
    theo2 = mk(C, [(D(1, 20), "97140", 2, ["GO"]), (D(1, 20), "97530", 2, ["GO"]), (D(1, 22), "97140", 2, ["GO"]),
                   (D(1, 22), "97110", 2, ["GO"]), (D(1, 24), "97140", 1, ["GO"]), (D(1, 24), "97530", 2, ["GO"]),
                   (D(1, 27), "97168", 1, ["GO"])])

    def furniture(cv, page):
        cv.rect(24, 24, 176, 564, fill=0.93, stroke=False)
        cv.text(32, 46, "CORDILLA", 16, True)
        cv.text(32, 58, "HEALTH PLANS", 9, True)
        cv.text(32, 74, "Claim Statement", 10)
        cv.text(32, 86, "(Explanation of Benefits)", 7.5)
        y = 112
        side = [("Statement date", "February 2, 2026"), ("Primary member", "Theo Lindqvist"),
                ("Member ID", "CDH-5520-1187-00"), ("Plan", "Silver HSA Choice 2800"), ("Group", "TL-66120")]
        if page == 1:
            side += [("Family deductible", "$5,600.00"), ("Met so far", "$1,400.00"),
                     ("Family out-of-pocket limit", "$8,000.00"), ("Met so far", "$1,766.51")]
        for k, v in side:
            cv.text(32, y, k, 6.8)
            cv.text(32, y + 9, v, 8, True)
            y += 24
        if page == 1:
            para(cv, 32, y + 4, "Your HSA can reimburse what you owe on this statement. Keep it with your tax "
                 "records. This is not a bill: your providers will bill you for the Member Owes amounts.", 160, 6.8)
        cv.text(32, 578, page_of(cv), 7, True)
        cv.text(212, 40, "Claims processed January 20, 2026 through January 31, 2026", 10, True)
        cv.line(212, 46, 768, 46, 0.8)
        return 54

    def head(name, rel, prov, clm, acct, rec, proc):
        def h(cv, t, cont):
            cv.text(t.x0, t.y + 10, f"{name}  \u00b7  {rel}  \u00b7  Claim ID {clm}  \u00b7  Patient Acct {acct}"
                    + ("  \u00b7  continued" if cont else ""), 8, True)
            cv.text(t.x0, t.y + 20, f"Provider: {prov}  \u00b7  Network: In  \u00b7  Received {rec}  \u00b7  "
                    f"Processed {proc}", 7)
            t.y += 24
        return h

    cols = [Col("Service\nDate", 38, "l", SV(lambda s: dfmt(s.dos, "mdy2"))),
            Col("Description", 92, "l", lambda s: "Claim Total" if tot(s) else s.desc, wrap=True),
            Col("Procedure", 46, "l", SV(lambda s: "-".join((s.code,) + s.mods))),
            Col("Qty", 22, "r", SV(lambda s: f"{s.units:.2f}")),
            Col("Billed", 44, "r", M("billed")), Col("Not\nCovered", 40, "r", M("not_covered")),
            Col("Network\nSavings", 42, "r", M("discount")), Col("Applied to\nDeductible", 46, "r", M("deductible")),
            Col("Co-\ninsurance", 42, "r", M("coinsurance")), Col("Plan\nPaid", 42, "r", M("paid")),
            Col("Member\nOwes", 42, "r", M("owes")), Col("Remark", 30, "c", SV(lambda s: " ".join(s.remarks)))]
    legend = [("P14", "Applied at the network rate your plan has agreed with this provider."),
              ("B22", "Included in the payment for another service billed on the same day; the provider may "
                      "not bill you for it."),
              ("X31", "Equipment bought without the prior approval your plan requires; you are responsible.")]
    tf = ("billed", "paid", "patient_owes")

    def trailer(cv, t):
        legend_block(cv, t, "Remark codes", legend, 7, 540)
        t.y = para(cv, t.x0, t.y + 2, "To appeal, write to Cordilla Health Plans, Appeals Unit, PO Box 4410, Alder "
                   "Gap, CO 80911 within 180 days of this statement.", 540, 7)

    return Doc("h80_hdhp_family_claim_statement", "fpdf2", "dejavucond", True,
               "HDHP/HSA commercial claim statement, landscape, grey left sidebar, three family members, claim "
               "continued with repeated heading; planted Member Owes total error on one claim",
               cols, 6.6, 8.2, 560, furniture,
               [Claim(head("THEO LINDQVIST", "Self", "Northgate Hand & Upper Limb Therapy", "7Q2K411870", "NHT-20931",
                           "01/20/26", "01/27/26"), 26, theo, "NHT-20931", "7Q2K411870", "THEO LINDQVIST", tf),
                Claim(head("MAREN LINDQVIST", "Spouse", "Aldergate Primary Care", "7Q2K412215", "APC0099182",
                           "01/21/26", "01/27/26"), 26, maren, "APC0099182", "7Q2K412215", "MAREN LINDQVIST", tf,
                      plant={"owes": "10.00"}),
                Claim(head("SOREN LINDQVIST", "Dependent", "Foothill Kids Physical Therapy", "7Q2K413002",
                           "FKPT-5518", "01/28/26", "01/30/26"), 26, soren, "FKPT-5518", "7Q2K413002",
                      "SOREN LINDQVIST", tf),
                Claim(head("THEO LINDQVIST", "Self", "Northgate Hand & Upper Limb Therapy", "7Q2K413377", "NHT-21044",
                           "01/29/26", "01/31/26"), 26, theo2, "NHT-21044", "7Q2K413377", "THEO LINDQVIST", tf)],
               ("billed", "not_covered", "discount", "deductible", "coinsurance", "paid", "patient_owes"),
               trailer=trailer, trailer_h=80, legend=legend, x0=212, head_rule="none")


# -------------------------------------------------------------------- 3. Medicare Summary Notice, Part B
def lay3() -> Doc:
    st = PlanState(ded_left=Decimal("88.00"))
    MC = lambda s: medicare(s, st)  # noqa: E731
    c1 = mk(MC, [(D(1, 6), "97163", 1, ["GP"], {"rm": ["A"]}), (D(1, 6), "97110", 2, ["GP"]),
                 (D(1, 6), "97140", 1, ["GP", "59"])])
    c2 = mk(MC, [(D(1, 8), "97110", 2, ["GP"]), (D(1, 8), "97112", 2, ["GP"]), (D(1, 8), "97116", 1, ["GP"]),
                 (D(1, 8), "0552T", 1, [], {"denied": "PR", "rm": ["C"]})])
    c3 = mk(MC, [(D(1, 13), "97110", 2, ["GP", "KX"], {"rm": ["B"]}), (D(1, 13), "97112", 1, ["GP", "KX"]),
                 (D(1, 13), "G0283", 1, ["GP"])])
    c4 = mk(MC, [(D(1, 15), "92523", 1, ["GN"]), (D(1, 15), "92526", 1, ["GN"])])
    c5 = mk(MC, [(D(1, 20), "99213", 1, []), (D(1, 20), "A4556", 2, [])])
    name = "HARRIET VASQUEZ-LOWE"

    def furniture(cv, page):
        cv.text(40, 44, "Medicare Summary Notice", 18, True)
        cv.text(40, 58, "for Part B (Medical Insurance)", 11)
        cv.text(572, 44, "Harriet Vasquez-Lowe", 9, True, "r")
        cv.text(572, 56, page_of(cv), 8, False, "r")
        cv.line(40, 66, 572, 66, 2)
        if page > 1:
            return 80
        cv.text(40, 86, "The Official Summary of Your Medicare Claims (sample format, invented data)", 8)
        cv.rect(40, 96, 250, 100)
        lines = [("Notice for", name), ("Medicare Number", "XXX-XX-4T7K"), ("Date of This Notice", "February 2, 2026"),
                 ("Claims Processed Between", "November 3, 2025 \u2013 January 31, 2026")]
        for i, (k, v) in enumerate(lines):
            cv.text(48, 112 + i * 22, k, 7.5)
            cv.text(48, 122 + i * 22, v, 9, True)
        cv.rect(306, 96, 266, 100, fill=0.92)
        cv.text(314, 112, "Your Deductible Status", 10, True)
        para(cv, 314, 116, "Your deductible is what you must pay for most health services before Medicare begins "
             "to pay. Your Part B deductible for 2026 is $288.00. You have now met $288.00 of it.", 250, 8)
        cv.text(40, 218, "Be Informed!", 10, True)
        para(cv, 40, 220, "Check your claims for services you did not get. If you see a provider or a service you do "
             "not recognise, call the number on the last page. Keep this notice with your records.", 532, 8)
        cv.text(40, 268, "Your Claims for Part B (Medical Insurance)", 12, True)
        para(cv, 40, 270, "Part B helps pay for doctor visits, outpatient therapy and medical equipment. The number "
             "before each service is how many were billed.", 532, 8)
        return 300

    def head(prov, addr, ref, dt, clm):
        def h(cv, t, cont):
            cv.text(t.x0, t.y + 10, prov + ("  (continued)" if cont else ""), 9, True)
            cv.text(t.x0, t.y + 20, addr, 7.5)
            cv.text(t.x0 + 300, t.y + 10, f"Service Provided Date: {dt}", 8)
            cv.text(t.x0 + 300, t.y + 20, f"Claim Number: {clm}", 8)
            if ref:
                cv.text(t.x0, t.y + 30, f"Referred by: {ref}", 7.5)
            t.y += 34
        return h

    cols = [Col("Service Provided & Billing Code", 200, "l",
                lambda s: "Total for this claim" if tot(s) else
                f"{units_str(s.units)} {s.desc} ({'-'.join((s.code,) + s.mods)})"),
            Col("Did Medicare\nApprove the\nService?", 62, "c", SV(lambda s: "No" if s.denied else "Yes")),
            Col("Amount\nProvider\nCharged", 62, "r", M("billed", "$")),
            Col("Medicare-\nApproved\nAmount", 62, "r", M("allowed", "$")),
            Col("Medicare\nPaid\nProvider", 62, "r", M("paid", "$")),
            Col("Maximum\nYou May\nBe Billed", 62, "r", M("owes", "$")),
            Col("See\nNotes\nBelow", 40, "c", SV(lambda s: ", ".join(s.remarks)))]
    legend = [("A", "The approved amount is based on the Medicare fee schedule; $88.00 of it went to your "
                    "yearly deductible."),
              ("B", "Your provider noted that therapy beyond the yearly threshold was medically needed (KX)."),
              ("C", "Medicare does not pay for this service because it is not proven to work for your "
                    "condition. You may be billed for it because you were told before you got it."),
              ("D", "A 2% reduction required by federal law was applied to what Medicare paid the provider.")]
    for s in c1 + c2 + c3 + c4 + c5:
        if s.seq and "D" not in s.remarks:
            s.remarks.append("D")
    tf = ("billed", "allowed", "paid", "patient_owes")

    def trailer(cv, t):
        legend_block(cv, t, "Notes for Claims Above", legend, 7.5)
        t.y = para(cv, t.x0, t.y + 6, "How to handle denials or appeals: if you disagree with a coverage decision, "
                   "circle the item, explain why on a separate page, sign it and send it to the contractor address "
                   "below within 120 days of the date of this notice. Tri-Coast Medicare Services, Part B "
                   "Redeterminations, PO Box 3390, Pell City, AL 35125.", 532, 7.5)

    cl = lambda h, svcs, clm: Claim(h, 40, svcs, None, clm, name, tf)  # noqa: E731
    return Doc("h80_medicare_summary_notice_b", "fpdf2", "libsans", False,
               "Medicare Summary Notice Part B, quantity printed before the wording, code in brackets, no provider "
               "account; claim continued with provider heading repeated", cols, 7.6, 10.5, 740, furniture,
               [cl(head("Lakeview Outpatient Rehabilitation", "2210 Marsh Hen Blvd, Pell City, AL 35125",
                        "Priya Andersen", "January 6, 2026", "14026007331820"), c1, "14026007331820"),
                cl(head("Lakeview Outpatient Rehabilitation", "2210 Marsh Hen Blvd, Pell City, AL 35125",
                        "Priya Andersen", "January 8, 2026", "14026009110472"), c2, "14026009110472"),
                cl(head("Lakeview Outpatient Rehabilitation", "2210 Marsh Hen Blvd, Pell City, AL 35125",
                        "Priya Andersen", "January 13, 2026", "14026015662031"), c3, "14026015662031"),
                cl(head("Coosa Valley Speech & Swallowing", "81 Depot St Ste 4, Talladega, AL 35160",
                        "Owen Mbeki", "January 15, 2026", "14026030418855"), c4, "14026030418855"),
                cl(head("Pell City Family Practice", "15 Court Sq, Pell City, AL 35125", "",
                        "January 20, 2026", "14026022975106"), c5, "14026022975106")],
               ("billed", "allowed", "paid", "patient_owes"), units=True, trailer=trailer, trailer_h=150,
               legend=legend, head_rule="rule", header_each_page=True, gap=10)


# -------------------------------------------------------------------- 4. Medicare Advantage PPO member EOB
def lay4() -> Doc:
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.50"))

    def MA(s):
        if s.denied:
            s.not_covered = s.billed
            s.owes = s.billed if s.denied == "PR" else ZERO
            return s
        s.allowed = q(Decimal(eobgen.SCHED[s.code]) * s.units)
        key = s.dos
        s.copay = ZERO if key in st.copaid else min(st.visit_copay, s.allowed)
        st.copaid.add(key)
        s.paid = s.allowed - s.copay
        s.owes = s.copay
        return s

    c1 = mk(MA, [(D(1, 5), "92523", 1, ["GN"], {"long": 1, "rm": ["1"]}), (D(1, 12), "92507", 1, ["GN"]),
                 (D(1, 12), "92526", 1, ["GN"]), (D(1, 19), "92507", 1, ["GN"])])
    old = mk(lambda s: s, [(D(12, 15), "97110", 2, ["GP"]), (D(12, 15), "97140", 1, ["GP"])])
    old = [Svc(date(2025, 12, 15), s.code, s.units, s.mods) for s in old]
    st.copaid.clear()
    for s in old:
        MA(s)
    st.copaid.clear()
    rev = [negate(s) for s in old]
    for s in rev:
        s.remarks = ["4"]
    new = [Svc(date(2025, 12, 15), "97110", Decimal(2), ("GP",)), Svc(date(2025, 12, 15), "97140", Decimal(1),
                                                                       ("GP", "59"))]
    for s in new:
        MA(s)
        s.remarks = ["5"]
    st.copaid.clear()
    c3 = mk(MA, [(D(1, 7), "97110", 2, ["GP"]), (D(1, 7), "97112", 1, ["GP"]), (D(1, 14), "97110", 2, ["GP"]),
                 (D(1, 14), "97140", 1, ["GP"]), (D(1, 21), "97110", 2, ["GP"]), (D(1, 21), "97116", 1, ["GP"]),
                 (D(1, 21), "E0730", 1, ["NU"], {"denied": "CO", "rm": ["2"]}), (D(1, 23), "97110", 2, ["GP"]),
                 (D(1, 23), "97112", 1, ["GP"]), (D(1, 26), "97110", 2, ["GP"]), (D(1, 26), "97140", 1, ["GP"]),
                 (D(1, 28), "97110", 3, ["GP"]), (D(1, 30), "97110", 2, ["GP"]), (D(1, 30), "97116", 1, ["GP"])])
    c4 = mk(MA, [(D(1, 16), "99213", 1, [], {"rm": ["3"]})])
    name = "Gordon Feld"

    def furniture(cv, page):
        cv.text(306, 40, "EVERGREEN HARBOR MEDICARE ADVANTAGE PLUS (PPO)", 12, True, "c")
        cv.text(306, 53, "Your Explanation of Benefits for January 2026  \u2014  This is not a bill", 9, False, "c")
        cv.line(36, 60, 576, 60, 0.6)
        cv.line(36, 62, 576, 62, 0.6)
        cv.text(36, 74, f"Member: {name}    Member ID: EHM41872206    ", 8)
        cv.text(576, 74, page_of(cv), 8, False, "r")
        if page > 1:
            return 84
        cv.text(36, 96, "Section 1.  Summary of your medical costs", 10, True)
        allc = c1 + rev + new + c3 + c4
        tb, tp, to = (money(total(allc, k), "$") for k in ("billed", "paid", "owes"))
        rows = [("", "This month", "Year to date"), ("Total cost of services (what providers charged)", tb, tb),
                ("Amount the plan paid", tp, tp), ("Amount you paid or owe", to, to)]
        for i, r in enumerate(rows):
            y = 112 + i * 12
            cv.text(44, y, r[0], 8, i == 0)
            cv.text(430, y, r[1], 8, i == 0, "r")
            cv.text(540, y, r[2], 8, i == 0, "r")
        cv.text(36, 168, f"Your in-network out-of-pocket maximum for 2026 is $4,900.00. You have spent {to}.", 8)
        cv.text(36, 190, "Section 2.  Your medical claims in detail", 10, True)
        return 198

    def head(clm, prov, rec, acct, note=""):
        def h(cv, t, cont):
            cv.text(t.x0, t.y + 10, f"Claim {clm}" + (" (continued)" if cont else ""), 8.5, True)
            cv.text(t.x0 + 150, t.y + 10, f"{prov}  |  In-network  |  Received {rec}", 8)
            cv.text(t.x0, t.y + 20, f"Patient account number {acct}" + (f"   {note}" if note else ""), 7.5)
            t.y += 24
        return h

    cols = [Col("Date", 58, "l", SV(lambda s: dfmt(s.dos, "mon"))),
            Col("Service description", 150, "l", lambda s: "Claim total" if tot(s) else s.desc, wrap=True),
            Col("Code", 50, "l", SV(lambda s: " ".join((s.code,) + s.mods))),
            Col("Amount the\nprovider charged", 62, "r", M("billed", "$")),
            Col("Plan-approved\namount", 62, "r", M("allowed", "$")),
            Col("Plan's share", 56, "r", M("paid", "$")), Col("Your share", 56, "r", M("owes", "$")),
            Col("Notes", 30, "c", SV(lambda s: ",".join(s.remarks)))]
    legend = [("1", "Evaluation visits have the same copay as treatment visits under your plan."),
              ("2", "Not covered: this item needs approval from the plan before you get it. The provider may "
                    "not bill you."),
              ("3", "Primary care visit: your copay for this visit is $20.00."),
              ("4", "We reprocessed this claim. The earlier payment is taken back on these lines."),
              ("5", "Corrected payment after the provider sent a new modifier.")]
    tf = ("billed", "allowed", "paid", "patient_owes")
    claims = [Claim(head("2026-0119-MA-440172", "Bayfront Speech & Swallow Clinic", "Jan 19, 2026", "88-10342"),
                    28, c1, "88-10342", "2026-0119-MA-440172", name, tf),
              Claim(head("2025-1222-MA-301155", "Harborview Rehab Partners", "Dec 22, 2025", "HRP-772104",
                         "Reprocessed: amounts taken back"), 28, rev, "HRP-772104", "2025-1222-MA-301155", name, tf),
              Claim(head("2026-0123-MA-445980", "Harborview Rehab Partners", "Jan 23, 2026", "HRP-772104",
                         "Replaces claim 2025-1222-MA-301155"), 28, new, "HRP-772104", "2026-0123-MA-445980",
                    name, tf),
              Claim(head("2026-0129-MA-451236", "Harborview Rehab Partners", "Jan 29, 2026", "HRP-780551"), 28, c3,
                    "HRP-780551", "2026-0129-MA-451236", name, tf),
              Claim(head("2026-0126-MA-448803", "Cedar Point Internal Medicine", "Jan 26, 2026", "CPIM-30917"),
                    28, c4, "CPIM-30917", "2026-0126-MA-448803", name, tf)]

    def trailer(cv, t):
        legend_block(cv, t, "Notes", legend, 7.5)
        t.y = para(cv, t.x0, t.y + 4, "If we denied a service, you have the right to ask for an appeal within 65 days "
                   "of the date of this notice. Call Member Services at 1-877-555-0190 (TTY 711), 8 a.m. to 8 p.m., "
                   "seven days a week.", 528, 7.5)

    return Doc("h80_medicare_advantage_ppo_eob", "reportlab", "times", False,
               "Medicare Advantage PPO monthly member EOB, Times, summary table, per-visit copay, reprocessed claim "
               "with minus amounts and its replacement, claim continued with repeated heading", cols, 7.6, 9.6, 738,
               furniture, claims, ("billed", "allowed", "paid", "patient_owes"), units=False, trailer=trailer,
               trailer_h=110, legend=legend, head_rule="rule")


# -------------------------------------------------------------------- 5. state Medicaid RA, fixed-width
def lay5() -> Doc:
    MD = lambda s: medicaid(s)  # noqa: E731
    pruitt = mk(MD, [(D(1, 5), "97165", 1, ["GO"], {"rm": ["0125"]}), (D(1, 7), "97530", 3, ["GO"]),
                     (D(1, 9), "97530", 3, ["GO"]), (D(1, 12), "97110", 8, ["GO"], {"end": D(1, 16)}),
                     (D(1, 14), "97535", 2, ["GO"]), (D(1, 16), "97533", 2, ["GO"]), (D(1, 19), "97530", 3, ["GO"]),
                     (D(1, 21), "97530", 3, ["GO"]), (D(1, 23), "97535", 2, ["GO"]), (D(1, 26), "97530", 3, ["GO"]),
                     (D(1, 26), "97533", 1, ["GO", "59"]), (D(1, 28), "97530", 3, ["GO"]),
                     (D(1, 30), "97530", 2, ["GO"]), (D(1, 30), "97168", 1, ["GO"])])
    pruitt[4].copay = Decimal("3.00")
    pruitt[4].paid -= Decimal("3.00")
    pruitt[4].remarks = ["0351"]
    haas = mk(MD, [(D(1, 6), "92523", 1, ["GN"]), (D(1, 8), "92507", 1, ["GN"]), (D(1, 13), "92507", 1, ["GN"]),
                   (D(1, 15), "92507", 1, ["GN"]), (D(1, 20), "92507", 1, ["GN"]), (D(1, 22), "92526", 1, ["GN"]),
                   (D(1, 27), "92507", 1, ["GN"]), (D(1, 29), "92507", 1, ["GN"])])
    yuen = mk(MD, [(D(1, 8), "97161", 1, ["GP"]), (D(1, 8), "97110", 2, ["GP"]), (D(1, 15), "97110", 2, ["GP"]),
                   (D(1, 15), "97140", 2, ["GP"]), (D(1, 20), "97110", 2, ["GP"]), (D(1, 20), "97116", 1, ["GP"]),
                   (D(1, 22), "97110", 2, ["GP"]), (D(1, 22), "97112", 2, ["GP"]), (D(1, 27), "97110", 3, ["GP"]),
                   (D(1, 29), "97110", 2, ["GP"]), (D(1, 29), "97140", 1, ["GP"])])
    den = mk(lambda s: medicaid(s, "96"), [(D(1, 10), "97150", 1, ["GP"], {"denied": "CO", "rm": ["2011"]}),
                                           (D(1, 10), "97530", 2, ["GP"], {"denied": "CO", "rm": ["2011"]})])
    orig = mk(MD, [(D(12, 2), "97530", 2, ["GO"]), (D(12, 2), "97535", 1, ["GO"])])
    orig = [Svc(date(2025, 12, 2), s.code, s.units, s.mods) for s in orig]
    for s in orig:
        medicaid(s)
    cred = [negate(s) for s in orig]
    for s in cred:
        s.remarks = ["9100"]
    repl = [Svc(date(2025, 12, 2), "97530", Decimal(3), ("GO",)), Svc(date(2025, 12, 2), "97535", Decimal(1),
                                                                         ("GO",))]
    for s in repl:
        medicaid(s)
        s.remarks = ["9101"]
    W = 792

    def furniture(cv, page):
        cv.text(36, 34, "WESTMARCH DEPARTMENT OF MEDICAL ASSISTANCE", 9, True)
        cv.text(W / 2, 46, "MEDICAID REMITTANCE ADVICE", 10, True, "c")
        cv.text(756, 34, f"PAGE {cv.pages:>3}", 8, False, "r")
        cv.text(36, 58, "PAYEE: KESTREL VALLEY THERAPY GROUP       PAYEE ID: 440091872       NPI: 1386602417", 7.2)
        cv.text(36, 68, "RA NUMBER: 0002260204    WARRANT/EFT NO: 88013407    PAYMENT DATE: 02/04/2026", 7.2)
        cv.line(36, 74, 756, 74, 0.4)
        return 78

    def head(pt, rid, acct, icn, status):
        def h(cv, t, cont):
            cv.text(t.x0, t.y + 9, f"RECIP: {pt:<24} RECIP ID: {rid:<14} PAT ACCT: {acct:<12} ICN: {icn}   "
                    f"STATUS: {status}", 7.2, True)
            t.y += 12
        return h

    mny = lambda a, neg="trail": (lambda s: money(getattr(s, a), "", neg))  # noqa: E731
    cols = [Col("LN", 18, "l", lambda s: "" if tot(s) else f"{s.ln:02d}"),
            Col("FROM", 40, "l", SV(lambda s: dfmt(s.dos, "mdy6"))),
            Col("TO", 40, "l", SV(lambda s: dfmt(s.end or s.dos, "mdy6"))),
            Col("PROC", 36, "l", SV(lambda s: s.code, "CLAIM TOTAL")),
            Col("M1", 20, "l", SV(lambda s: s.mods[0] if s.mods else "")),
            Col("M2", 20, "l", SV(lambda s: s.mods[1] if len(s.mods) > 1 else "")),
            Col("UNITS", 36, "r", SV(lambda s: f"{abs(s.units):.2f}")),
            Col("BILLED", 56, "r", mny("billed")), Col("ALLOWED", 56, "r", mny("allowed")),
            Col("TPL", 44, "r", lambda s: "0.00"), Col("COPAY", 44, "r", mny("copay")),
            Col("PAID", 56, "r", mny("paid")), Col("", 12, "l", lambda s: ""),
            Col("EOB CODES", 70, "l", SV(lambda s: " ".join(s.remarks)))]
    for grp in (pruitt, haas, yuen, den, cred, repl):
        for i, s in enumerate(grp, 1):
            s.ln = i
    legend = [("0125", "Evaluation paid once per provider per 12 months for this recipient."),
              ("0351", "Recipient copayment taken from the payment for this line."),
              ("2011", "Group therapy and individual therapy on the same day need a prior authorization number."),
              ("9100", "Original claim credited in full; see the adjustment that follows."),
              ("9101", "Adjustment to a paid claim: corrected units paid.")]
    tf = ("billed", "allowed", "paid")

    def trailer(cv, t):
        cv.text(t.x0, t.y + 10, "PAYMENT SUMMARY", 8, True)
        rows = [("CLAIMS PAID", "3"), ("CLAIMS DENIED", "1"), ("CLAIMS ADJUSTED", "1"),
                ("WARRANT/EFT AMOUNT", money(total(pruitt + haas + yuen + cred + repl, "paid"), ","))]
        for i, (k, v) in enumerate(rows):
            cv.text(t.x0 + 10, t.y + 22 + i * 9, f"{k:<24}{v:>12}", 7.2)
        t.y += 22 + len(rows) * 9 + 4
        legend_block(cv, t, "EOB CODE DESCRIPTIONS", legend, 7.2)

    cl = lambda p, rid, acct, icn, st_, svcs: Claim(head(p, rid, acct, icn, st_), 14, svcs, acct, icn, p, tf)  # noqa
    return Doc("h80_medicaid_ra_fixed_width", "fpdf2", "cour", True,
               "State Medicaid fee-for-service remittance advice, landscape Courier, PAID/DENIED/ADJUSTED sections, "
               "MMDDYY FROM/TO, M1/M2, copay, trailing-minus credit and its adjustment, column header on every "
               "page, claim rows run on without the recipient line", cols, 7.2, 9.2, 580, furniture,
               [cl("PRUITT, JONAH R", "700418826 01", "KVT-5521", "2226012004410", "PAID", pruitt),
                cl("HAAS, MIRABEL", "700233104 02", "KVT-5530", "2226013008172", "PAID", haas),
                cl("YUEN, DOROTHEA L", "700902776 01", "KVT-5547", "2226016001953", "PAID", yuen),
                cl("CARVALHO, TEODORO", "700551208 03", "KVT-5512", "2226012004987", "DENIED", den),
                cl("HAAS, MIRABEL", "700233104 02", "KVT-5288", "2125337001146", "CREDIT", cred),
                cl("HAAS, MIRABEL", "700233104 02", "KVT-5288", "5226027000318", "ADJUSTMENT", repl)],
               ("billed", "allowed", "copay", "paid"), units=True, print_end=True, repeat_head=False,
               header_each_page=True, trailer=trailer, trailer_h=140, legend=legend, gap=5,
               sections={0: "PAID CLAIMS", 3: "DENIED CLAIMS", 4: "ADJUSTED CLAIMS"})


# -------------------------------------------------------------------- 6. state Medicaid RA, boxed grid
def lay6() -> Doc:
    MD = lambda s: medicaid(s)  # noqa: E731
    ortega = mk(MD, [(D(1, 5), "97530", 8, ["GO"], {"end": D(1, 9), "rm": ["N640"]}),
                     (D(1, 5), "97533", 4, ["GO", "59"], {"end": D(1, 9)}),
                     (D(1, 12), "97530", 8, ["GO"], {"end": D(1, 16)}), (D(1, 12), "97535", 2, ["GO"]),
                     (D(1, 19), "97530", 6, ["GO"], {"end": D(1, 23)}), (D(1, 19), "97168", 1, ["GO"]),
                     (D(1, 26), "97530", 6, ["GO"], {"end": D(1, 30)})])
    bly = mk(MD, [(D(1, 6), "92507", 1, ["GN"]), (D(1, 13), "92507", 1, ["GN"]),
                  (D(1, 13), "92526", 1, ["GN"], {"denied": "CO", "rm": ["M80"]}), (D(1, 20), "92507", 1, ["GN"])])
    bly[2].adjs = [("CO", "97", bly[2].billed)]
    tran = mk(lambda s: medicaid(s, "15"), [(D(1, 8), "97163", 1, ["GP"], {"denied": "CO", "rm": ["N54"]}),
                                            (D(1, 8), "97110", 2, ["GP"], {"denied": "CO", "rm": ["N54"]})])
    fenn = mk(MD, [(D(1, 6), "97165", 1, ["GO"]), (D(1, 7), "97530", 6, ["GO"], {"end": D(1, 9)}),
                   (D(1, 12), "97530", 8, ["GO"], {"end": D(1, 16)}), (D(1, 12), "97533", 4, ["GO"], {"end": D(1, 16)}),
                   (D(1, 19), "97530", 8, ["GO"], {"end": D(1, 23)}), (D(1, 19), "97535", 3, ["GO"], {"end": D(1, 23)}),
                   (D(1, 26), "97530", 6, ["GO"], {"end": D(1, 30)}), (D(1, 26), "97533", 4, ["GO"], {"end": D(1, 30)}),
                   (D(1, 28), "97168", 1, ["GO"])])
    mack = mk(MD, [(D(1, 14), "97112", 2, ["GP"]), (D(1, 14), "97116", 2, ["GP"]), (D(1, 21), "97112", 2, ["GP"]),
                   (D(1, 21), "97110", 2, ["GP", "CQ"], {"rm": ["N130"]})])

    def furniture(cv, page):
        cv.rect(36, 30, 540, 44)
        cv.text(44, 44, "Mesa Verde Health Care Authority", 11, True)
        cv.text(44, 56, "Medical Assistance Program \u2014 Remittance Advice", 8.5)
        cv.text(44, 67, "Billing Provider: Sagebrush Children's Therapy, LLC   Provider ID: 0098834   "
                "NPI: 1730456192", 7)
        cv.text(568, 44, "RA No. 26-0205-00417", 7.5, True, "r")
        cv.text(568, 56, "RA Date: 02/05/2026", 7.5, False, "r")
        cv.text(568, 67, page_of(cv), 7.5, False, "r")
        if page > 1:
            return 82
        cv.text(36, 92, "Payment Summary", 9, True)
        rows = [("Claims Paid", "4", "Billed " + money(total(ortega + bly + fenn + mack, "billed"), "$") + "   Paid "
                 + money(total(ortega + bly + fenn + mack, "paid"), "$")), ("Claims Denied", "1", "Billed $425.00"),
                ("EFT Number", "EF0260205117", "EFT Date 02/06/2026")]
        for i, r in enumerate(rows):
            cv.text(44, 104 + i * 10, r[0], 7.5)
            cv.text(200, 104 + i * 10, r[1], 7.5)
            cv.text(300, 104 + i * 10, r[2], 7.5)
        return 140

    def head(name, bid, acct, icn, status):
        def h(cv, t, cont):
            w = sum(c.w for c in t.cols)
            cv.rect(t.x0, t.y, w, 26, fill=0.9)
            lab = [("Beneficiary Name", name + (" (cont.)" if cont else "")), ("Beneficiary ID", bid),
                   ("Patient Account #", acct), ("ICN", icn), ("Claim Status", status)]
            x = t.x0 + 4
            for k, v in lab:
                cv.text(x, t.y + 10, k, 6.3)
                cv.text(x, t.y + 21, v, 7.3, True)
                x += 118 if k in ("Beneficiary Name",) else 98
            t.y += 28
        return h

    def dos(s):
        return dfmt(s.dos, "mdy4") + (" - " + dfmt(s.end, "mdy4") if s.end else "")

    cols = [Col("Ln", 16, "c", lambda s: "" if tot(s) else str(s.ln)),
            Col("Dates of Service", 104, "l", SV(dos, "Claim Totals")),
            Col("Procedure", 44, "l", SV(lambda s: s.code)), Col("Modifiers", 42, "l", SV(lambda s: " ".join(s.mods))),
            Col("Units", 30, "r", SV(lambda s: f"{s.units:.2f}")),
            Col("Billed Amt", 54, "r", M("billed")), Col("Allowed Amt", 54, "r", M("allowed")),
            Col("Paid Amt", 54, "r", M("paid")), Col("", 8, "l", lambda s: ""),
            Col("ARC", 76, "l", lambda s: [] if tot(s) else [f"{g}-{r} {money(a, ',')}" for g, r, a in s.adjs]),
            Col("RARC", 40, "l", SV(lambda s: " ".join(s.remarks)))]
    for grp in (ortega, bly, tran, fenn, mack):
        for i, s in enumerate(grp, 1):
            s.ln = i
    legend = [("N640", "Dates spanning a week were billed on one line; units were checked against the weekly cap."),
              ("M80", "Not paid separately when done on the same day as the other service on this claim."),
              ("N54", "The recipient's eligibility for the date of service could not be confirmed."),
              ("N130", "Service delivered by an assistant; paid at the assistant rate.")]
    tf = ("billed", "allowed", "paid")
    return Doc("h80_medicaid_ra_boxed_grid", "reportlab", "dejavu", False,
               "State Medicaid remittance advice, DejaVu Sans, boxed label-over-value beneficiary bar, ruled grid, "
               "weekly date spans, stacked CARC lines in one cell, RARC column, a denied claim, claim continued "
               "with repeated bar and header", cols, 6.6, 9.0, 745, furniture,
               [Claim(head("ORTEGA-BLY, CAMILLE", "0771224819", "SCT-40871", "3226030140022", "Paid"), 30, ortega,
                      "SCT-40871", "3226030140022", "ORTEGA-BLY, CAMILLE", tf),
                Claim(head("BLY, AUGUSTIN", "0771224827", "SCT-40872", "3226030140023", "Paid"), 30, bly,
                      "SCT-40872", "3226030140023", "BLY, AUGUSTIN", tf),
                Claim(head("TRAN, MINH-CHAU", "0698831045", "SCT-40911", "3226031150640", "Denied"), 30, tran,
                      "SCT-40911", "3226031150640", "TRAN, MINH-CHAU", tf),
                Claim(head("FENNIMORE, JUDE", "0744108832", "SCT-40917", "3226031150655", "Paid"), 30, fenn,
                      "SCT-40917", "3226031150655", "FENNIMORE, JUDE", tf),
                Claim(head("MACKINNON, ROSS", "0712209361", "SCT-40925", "3226031150688", "Paid"), 30, mack,
                      "SCT-40925", "3226031150688", "MACKINNON, ROSS", tf)],
               ("billed", "allowed", "paid"), units=True, adj=True, print_end=True, grid=True, head_rule="box",
               trailer=lambda cv, t: legend_block(cv, t, "Remark Code Key", legend, 6.8), trailer_h=70,
               legend=legend)


# -------------------------------------------------------------------- 7. clearinghouse Medicare remit detail
def lay7() -> Doc:
    st = PlanState(ded_left=Decimal("40.00"))
    MC = lambda s: medicare(s, st)  # noqa: E731
    whit = mk(MC, [(D(1, 5), "97161", 1, ["GP"]), (D(1, 5), "97110", 2, ["GP"]), (D(1, 7), "97110", 2, ["GP"]),
                   (D(1, 7), "97140", 1, ["GP", "59"]), (D(1, 9), "97110", 2, ["GP"]), (D(1, 9), "97112", 1, ["GP"]),
                   (D(1, 12), "97110", 2, ["GP"]), (D(1, 12), "97530", 1, ["GP"]), (D(1, 14), "97110", 2, ["GP"]),
                   (D(1, 14), "97140", 1, ["GP", "59"])])
    st.ded_left = Decimal("0.00")
    oyel = mk(MC, [(D(1, 6), "97166", 1, ["GO"]), (D(1, 8), "97530", 3, ["GO", "KX"], {"rm": ["N432"]}),
                   (D(1, 8), "97535", 1, ["GO", "CO"], {"rm": ["N130"]}), (D(1, 13), "97530", 2, ["GO", "KX"]),
                   (D(1, 13), "97760", 1, ["GO", "KX"]), (D(1, 15), "97530", 3, ["GO", "KX"]),
                   (D(1, 15), "97535", 1, ["GO", "KX"])])
    st.ded_left = Decimal("25.00")
    bran = mk(MC, [(D(1, 13), "92507", 1, ["GN"]), (D(1, 20), "92507", 1, ["GN"])])
    bran += mk(lambda s: medicare(s, st, deny_reason="B7"), [(D(1, 20), "92526", 1, ["GN"], {"denied": "CO",
                                                                                            "rm": ["N570"]})])

    def furniture(cv, page):
        cv.text(36, 36, "ClearPath Exchange", 13, True)
        cv.text(36, 47, "Remittance Detail \u2014 Medicare Part B (Tri-Coast Medicare Services)", 8.5)
        cv.text(756, 36, "Payee: Riverside Ortho & Rehab Center   NPI 1457720083   TIN XX-XXX4418", 7.5, False, "r")
        cv.text(756, 47, "Check/EFT #: 883120045   Issue Date: 01/30/2026   " + page_of(cv), 7.5, False, "r")
        cv.line(36, 54, 756, 54, 1)
        return 62

    def head(name, mid, pcn, icn, paid):
        def h(cv, t, cont):
            w = sum(c.w for c in t.cols)
            cv.rect(t.x0, t.y, w, 24)
            cv.text(t.x0 + 4, t.y + 10, f"Patient Name: {name}    Medicare ID: {mid}    Patient Control #: {pcn}    "
                    f"Payer Claim Control #: {icn}" + ("    (continued)" if cont else ""), 7.2, True)
            cv.text(t.x0 + 4, t.y + 20, "Claim Status: 1 - Processed as Primary    Assignment: Y    "
                    f"Rendering NPI: 1093857720    Claim Paid: {paid}", 7)
            t.y += 27
        return h

    cols = [Col("Svc Date", 44, "l", SV(lambda s: dfmt(s.dos, "mdy2"))), Col("POS", 22, "c", SV(lambda s: "11")),
            Col("CPT/HCPCS", 46, "l", SV(lambda s: s.code, "Totals")),
            Col("Modifiers", 46, "l", SV(lambda s: " ".join(s.mods))),
            Col("Units", 26, "r", SV(lambda s: units_str(s.units))),
            Col("Submitted", 54, "r", M("billed", "$")), Col("Allowed", 54, "r", M("allowed", "$")),
            Col("Deductible", 50, "r", M("deductible", "$")), Col("Coinsurance", 52, "r", M("coinsurance", "$")),
            Col("Adjustments\n(Grp-Rsn Amt)", 100, "l",
                lambda s: [] if tot(s) else [f"{g}-{r}  {money(a, '$')}" for g, r, a in s.adjs]),
            Col("Paid", 54, "r", M("paid", "$")), Col("Remarks", 44, "l", SV(lambda s: " ".join(s.remarks)))]
    legend = [("N432", "Therapy above the yearly threshold with the KX attestation."),
              ("N130", "Paid at the reduced rate for services furnished in part by an assistant."),
              ("N570", "Billed by a provider type that cannot bill this code; resubmit with the right provider.")]
    tf = ("billed", "allowed", "paid")

    def trailer(cv, t):
        legend_block(cv, t, "Remark Code Legend (clearinghouse summary)", legend, 7, 600)
        cv.text(t.x0, t.y + 12, "Totals for this remittance:  3 claims   Provider Paid "
                + money(total(whit + oyel + bran, "paid"), "$") + "   Provider Adjustments $0.00", 7.5, True)
        t.y += 16

    return Doc("h80_clearinghouse_medicare_remit_detail", "reportlab", "helv", True,
               "Clearinghouse portal print of a Medicare Part B remittance, landscape Helvetica, boxed two-line claim "
               "banner, stacked group-reason adjustments in one cell with dollar signs, CO-253 reduction, CO-B7 "
               "denial, claim continued with repeated banner", cols, 6.8, 8.4, 568, furniture,
               [Claim(head("WHITLOCK, EDNA M", "4TR7WQ2MM51", "ORC6012", "22260081337104",
                           money(total(whit, "paid"), "$")), 30, whit, "ORC6012", "22260081337104", "WHITLOCK, EDNA M",
                      tf),
                Claim(head("OYELARAN, FEMI", "7HD2PL5XK08", "ORC6019", "22260081337233",
                           money(total(oyel, "paid"), "$")), 30, oyel, "ORC6019", "22260081337233", "OYELARAN, FEMI",
                      tf),
                Claim(head("BRANDT-SOLIS, GRETA", "2JM9RT4WN65", "ORC6033", "22260091120877",
                           money(total(bran, "paid"), "$")), 30, bran, "ORC6033", "22260091120877",
                      "BRANDT-SOLIS, GRETA", tf)],
               ("billed", "allowed", "deductible", "coinsurance", "paid"), units=True, adj=True, grid=True,
               head_rule="shade", trailer=trailer, trailer_h=80, legend=legend)


# -------------------------------------------------------------------- 8. practice-management ERA register
def lay8() -> Doc:
    st = PlanState(ded_left=Decimal("0.00"))
    MC = lambda s: medicare(s, st)  # noqa: E731
    kow = mk(MC, [(D(1, 6), "97110", 2, ["GP", "KX"]), (D(1, 6), "97140", 1, ["GP", "KX"]),
                  (D(1, 8), "97110", 2, ["GP", "KX"]), (D(1, 8), "97112", 1, ["GP", "KX"])])
    old = [Svc(date(2025, 12, 9), "97110", Decimal(3), ("GP",)), Svc(date(2025, 12, 9), "97116", Decimal(1), ("GP",))]
    for s in old:
        medicare(s, st)
    rev = [negate(s) for s in old]
    for s in rev:
        s.remarks = ["MA67"]
    cor = [Svc(date(2025, 12, 9), "97110", Decimal(3), ("GP", "KX")), Svc(date(2025, 12, 9), "97116", Decimal(1),
                                                                          ("GP", "KX"))]
    for s in cor:
        medicare(s, st)
    st.ded_left = Decimal("60.00")
    dun = mk(MC, [(D(1, 12), "97162", 1, ["GP"]), (D(1, 14), "97110", 2, ["GP"]), (D(1, 14), "97530", 2, ["GP"]),
                  (D(1, 16), "97110", 2, ["GP"]), (D(1, 16), "97530", 2, ["GP"]), (D(1, 19), "97110", 3, ["GP"]),
                  (D(1, 21), "97110", 2, ["GP"]), (D(1, 21), "97112", 2, ["GP"]), (D(1, 23), "97110", 2, ["GP"]),
                  (D(1, 23), "97116", 1, ["GP"]), (D(1, 26), "97110", 2, ["GP"]), (D(1, 26), "G0283", 1, ["GP"]),
                  (D(1, 28), "97110", 2, ["GP"]), (D(1, 28), "97112", 2, ["GP"]), (D(1, 30), "97110", 3, ["GP"]),
                  (D(1, 30), "97116", 1, ["GP"])])
    mor = mk(MC, [(D(1, 7), "97110", 2, ["GP", "CQ"]), (D(1, 7), "97140", 1, ["GP", "CQ"]),
                  (D(1, 9), "97110", 2, ["GP", "CQ"]), (D(1, 9), "97530", 2, ["GP", "CQ"]),
                  (D(1, 13), "97110", 2, ["GP", "CQ"]), (D(1, 13), "97112", 2, ["GP", "CQ"]),
                  (D(1, 16), "97110", 2, ["GP", "CQ"]), (D(1, 16), "97116", 1, ["GP", "CQ"])])
    pell = mk(MC, [(D(1, 15), "97168", 1, ["GO"]), (D(1, 15), "97535", 2, ["GO"])])
    pell += mk(lambda s: medicare(s, st, deny_reason="96"), [(D(1, 15), "97150", 1, ["GO"], {"denied": "CO",
                                                                                            "rm": ["N20"]})])

    def furniture(cv, page):
        cv.text(40, 34, "TheraLedger PM 9.4", 7)
        cv.text(306, 34, "SUMMIT BEND THERAPY PARTNERS", 9, True, "c")
        cv.text(572, 34, "Run 02/03/2026 07:42", 7, False, "r")
        cv.text(306, 46, "INSURANCE REMITTANCE REGISTER - MEDICARE PART B", 8.5, True, "c")
        cv.text(40, 58, "Payer: MEDICARE PART B - TRI-COAST   Check: 0008841207  01/29/2026   Deposit batch: "
                        "DB-26-0131", 6.8)
        cv.text(572, 58, f"Pg {cv.pages}", 7, False, "r")
        cv.line(40, 63, 572, 63, 0.6)
        return 66

    def head(acct, name, icn, status):
        def h(cv, t, cont):
            cv.text(t.x0, t.y + 9, f"Acct {acct}  {name}  ICN {icn}  Status {status}", 6.8, True)
            t.y += 11
        return h

    mny = lambda a: (lambda s: money(getattr(s, a), ",", "()"))  # noqa: E731
    cols = [Col("DOS", 42, "l", SV(lambda s: dfmt(s.dos, "mdy2"))),
            Col("CPT", 30, "l", SV(lambda s: s.code, "Tot")),
            Col("Mod", 40, "l", SV(lambda s: ",".join(s.mods))),
            Col("Un", 16, "r", SV(lambda s: units_str(abs(s.units)))),
            Col("Charge", 50, "r", mny("billed")), Col("Allowed", 48, "r", mny("allowed")),
            Col("Deduct", 42, "r", mny("deductible")), Col("Coins", 42, "r", mny("coinsurance")),
            Col("Paid", 48, "r", mny("paid")), Col("PtResp", 44, "r", mny("owes")),
            Col("Rmk", 36, "l", SV(lambda s: " ".join(s.remarks)))]

    def sub(s):
        if not s.adjs:
            return []
        return ["ADJ  " + "   ".join(f"{g} {r} {money(a, ',', '()')}" for g, r, a in s.adjs)]

    tf = ("billed", "allowed", "paid", "patient_owes")
    legend = [("MA67", "Correction to a prior claim."), ("N20", "Not paid separately with the other service billed.")]

    def trailer(cv, t):
        allp = kow + rev + cor + dun + mor + pell
        cv.line(t.x0, t.y + 2, t.x0 + 438, t.y + 2, 0.6)
        cv.text(t.x0, t.y + 12, f"REGISTER TOTALS   6 claims   Charge {money(total(allp, 'billed'), ',', '()')}   "
                f"Paid {money(total(allp, 'paid'), ',', '()')}   PtResp {money(total(allp, 'owes'), ',', '()')}",
                6.8, True)
        t.y += 16

    return Doc("h80_pm_era_register", "fpdf2", "dejavumono", False,
               "Practice-management insurance remittance register for Medicare Part B, DejaVu Sans Mono, one-line "
               "claim heads, ADJ sub-line per service, reversal in parentheses and corrected claim, column header "
               "on each page, claim rows run on without the claim head", cols, 6.6, 8.2, 748, furniture,
               [Claim(head("SBT10442", "KOWALCZYK, BEATRIX", "22260111843307", "1 PRIMARY"), 12, kow, "SBT10442",
                      "22260111843307", "KOWALCZYK, BEATRIX", tf),
                Claim(head("SBT10398", "ABERNATHY, LIONEL", "22253470021145", "22 REVERSAL"), 12, rev, "SBT10398",
                      "22253470021145", "ABERNATHY, LIONEL", tf),
                Claim(head("SBT10398", "ABERNATHY, LIONEL", "22260111843419", "1 PRIMARY (CORRECTED)"), 12, cor,
                      "SBT10398", "22260111843419", "ABERNATHY, LIONEL", tf),
                Claim(head("SBT10467", "DUNMORE, CLAUDETTE", "22260120577801", "1 PRIMARY"), 12, dun, "SBT10467",
                      "22260120577801", "DUNMORE, CLAUDETTE", tf),
                Claim(head("SBT10480", "MORROW-AKANDE, IFEOMA", "22260120578010", "1 PRIMARY"), 12, mor, "SBT10480",
                      "22260120578010", "MORROW-AKANDE, IFEOMA", tf),
                Claim(head("SBT10471", "PELLETIER, AUGUSTE", "22260120577956", "1 PRIMARY"), 12, pell, "SBT10471",
                      "22260120577956", "PELLETIER, AUGUSTE", tf)],
               ("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"), units=True, adj=True,
               repeat_head=False, header_each_page=True, sub=sub, sub_x=46, trailer=trailer, trailer_h=30,
               legend=legend, gap=4, head_rule="rule")


# -------------------------------------------------------------------- 9. therapy clinic family statement
def lay9() -> Doc:
    st = PlanState(ded_left=Decimal("0.00"), visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.70"))
    C = lambda s: commercial(s, st)  # noqa: E731
    elio = mk(C, [(D(1, 5), "97166", 1, ["GO"]), (D(1, 5), "97530", 2, ["GO"]), (D(1, 12), "97530", 3, ["GO"]),
                  (D(1, 12), "97533", 1, ["GO", "59"])])
    nadia = mk(C, [(D(1, 6), "92523", 1, ["GN"], {"long": 1}), (D(1, 13), "92507", 1, ["GN"]),
                   (D(1, 15), "92507", 1, ["GN"]), (D(1, 20), "92507", 1, ["GN"]), (D(1, 22), "92526", 1, ["GN"]),
                   (D(1, 27), "92507", 1, ["GN"]), (D(1, 29), "92507", 1, ["GN"])])
    pim = mk(C, [(D(1, 7), "97161", 1, ["GP"]), (D(1, 7), "97110", 2, ["GP"]), (D(1, 14), "97110", 2, ["GP"]),
                 (D(1, 14), "97116", 2, ["GP"]), (D(1, 21), "97110", 2, ["GP"]), (D(1, 21), "97112", 1, ["GP"]),
                 (D(1, 28), "97110", 2, ["GP"]), (D(1, 28), "97116", 1, ["GP"]), (D(1, 30), "97110", 2, ["GP"]),
                 (D(1, 30), "97112", 2, ["GP"]), (D(1, 30), "97530", 1, ["GP"])])
    elio2 = mk(C, [(D(1, 19), "97530", 3, ["GO"]), (D(1, 19), "97535", 1, ["GO"]),
                   (D(1, 26), "97530", 2, ["GO"]), (D(1, 26), "0552T", 1, [], {"denied": "PR"})])
    allv = elio + nadia + pim + elio2

    def furniture(cv, page):
        cv.text(40, 42, "Little Compass Pediatric Therapy", 14, True)
        cv.text(40, 54, "OT \u2022 PT \u2022 Speech   |   77 Orchard Row, Suite B, Fennwick, OR 97301   |   (555) 013-7720", 7.5)
        cv.text(572, 42, "STATEMENT", 13, True, "r")
        cv.text(572, 54, page_of(cv), 7.5, False, "r")
        if page > 1:
            cv.text(40, 70, "Guarantor: Rosalind Achterberg   Account LCP-2207   (statement continued)", 8)
            return 80
        cv.rect(330, 66, 242, 76)
        for i, (k, v) in enumerate([("Statement Date", "02/02/2026"), ("Account Number", "LCP-2207"),
                                    ("Amount Due", money(total(allv, "owes") - Decimal("50.00"), "$")),
                                    ("Due By", "02/23/2026"), ("Amount Enclosed", "$ ____________")]):
            cv.text(338, 80 + i * 13, k, 8)
            cv.text(564, 80 + i * 13, v, 8, True, "r")
        cv.text(40, 84, "ROSALIND ACHTERBERG", 8.5)
        cv.text(40, 95, "1408 NW QUILLAN ST", 8.5)
        cv.text(40, 106, "FENNWICK OR 97304-2281", 8.5)
        cv.text(40, 132, "Please detach and return the top portion with your payment.", 7)
        for x in range(40, 572, 8):
            cv.line(x, 150, x + 4, 150, 0.5)
        cv.text(40, 170, "Account activity for the Achterberg family", 10, True)
        return 178

    def head(pt, visit, payer, pclm, filed):
        def h(cv, t, cont):
            cv.text(t.x0, t.y + 10, f"{pt}  \u2014  Invoice # {visit}" + ("  (continued)" if cont else ""), 8, True)
            cv.text(t.x0 + 500, t.y + 10, f"Billed to {payer} {filed}  \u2022  Claim {pclm}", 7, False, "r")
            t.y += 14
        return h

    cols = [Col("Date", 44, "l", SV(lambda s: dfmt(s.dos, "mdyn"))),
            Col("Description", 150, "l", lambda s: "Visit totals" if tot(s) else s.desc, wrap=True),
            Col("Code", 36, "l", SV(lambda s: s.code)), Col("Mod", 34, "l", SV(lambda s: " ".join(s.mods))),
            Col("Qty", 22, "c", SV(lambda s: units_str(s.units))),
            Col("Charges", 50, "r", M("billed")), Col("Insurance\nPayments", 52, "r", M("paid")),
            Col("Insurance\nAdjustments", 58, "r", M("discount")), Col("Patient\nBalance", 52, "r", M("owes"))]
    tf = ("billed", "paid", "patient_owes")

    def paid_row(txt, amt):
        def a(cv, t):
            cv.text(t.x0 + 46, t.y + 9, txt, 7, False)
            cv.text(t.x0 + sum(c.w for c in t.cols) - 2, t.y + 9, amt, 7, False, "r")
            t.y += 11
        return a

    def trailer(cv, t):
        w = sum(c.w for c in t.cols)
        t.y += 6
        heads = ["Current", "31-60 Days", "61-90 Days", "Over 90", "Total Due"]
        due = money(total(allv, "owes") - Decimal("50.00"), "$")
        vals = [due, "$0.00", "$0.00", "$0.00", due]
        cw = w / 5
        for i, (h_, v) in enumerate(zip(heads, vals)):
            cv.rect(t.x0 + i * cw, t.y, cw, 26)
            cv.text(t.x0 + i * cw + cw / 2, t.y + 10, h_, 7, True, "c")
            cv.text(t.x0 + i * cw + cw / 2, t.y + 21, v, 8, False, "c")
        t.y = para(cv, t.x0, t.y + 32, "Your insurance has processed the visits above. Balances shown are your "
                   "copays and any service your plan does not cover. Questions about your bill? Call our billing "
                   "office at (555) 013-7721. We accept card payments at littlecompass.example/pay.", w, 7.5)

    claims = [Claim(head("Elio Achterberg", "V-260105-031", "Cordilla Health Plans", "7Q2K420018", "1/13/2026"),
                    16, elio, "V-260105-031", "7Q2K420018", "Elio Achterberg", tf),
              Claim(head("Nadia Achterberg", "V-260106-012", "Cordilla Health Plans", "7Q2K420544", "1/28/2026"),
                    16, nadia, "V-260106-012", "7Q2K420544", "Nadia Achterberg", tf,
                    after=paid_row("1/30/2026  Patient payment - thank you (card ending 4471)", "-50.00"), after_h=12),
              Claim(head("Pim Achterberg", "V-260107-044", "Cordilla Health Plans", "7Q2K421130", "1/29/2026"),
                    16, pim, "V-260107-044", "7Q2K421130", "Pim Achterberg", tf),
              Claim(head("Elio Achterberg", "V-260119-027", "Cordilla Health Plans", "7Q2K421502", "1/27/2026"),
                    16, elio2, "V-260119-027", "7Q2K421502", "Elio Achterberg", tf)]
    return Doc("h80_therapy_clinic_family_statement", "reportlab", "helv", False,
               "Pediatric therapy clinic family statement with a tear-off remittance block, three children, visit "
               "headings with the insurer claim number, patient payment row, aging boxes, visit continued on the "
               "next page under a repeated column header", cols, 7.2, 9.0, 742, furniture, claims,
               ("billed", "discount", "paid", "patient_owes"), units=True, repeat_head=True, header_each_page=True,
               trailer=trailer, trailer_h=90, head_rule="shade", gap=8)


# -------------------------------------------------------------------- 10. hospital outpatient family statement
def lay10() -> Doc:
    REV = {"97110": "0420", "97112": "0420", "97116": "0420", "97161": "0424", "97530": "0430", "97535": "0430",
           "97165": "0434", "97140": "0420", "92507": "0440", "92523": "0444", "99213": "0510", "A4556": "0270",
           "G0283": "0420", "97533": "0430", "97166": "0434"}
    N = lambda s: s  # noqa: E731  (charges only)
    wen = mk(N, [(D(1, 6), "97161", 1, ["GP"]), (D(1, 6), "97110", 2, ["GP"]), (D(1, 8), "97110", 2, ["GP"]),
                 (D(1, 8), "97140", 1, ["GP"]), (D(1, 8), "G0283", 1, ["GP"]), (D(1, 13), "97110", 3, ["GP"]),
                 (D(1, 13), "97112", 1, ["GP"]), (D(1, 15), "97110", 2, ["GP"]), (D(1, 15), "97116", 1, ["GP"]),
                 (D(1, 15), "A4556", 2, [])])
    kei = mk(N, [(D(1, 7), "97166", 1, ["GO"]), (D(1, 7), "97530", 2, ["GO"]), (D(1, 14), "97530", 3, ["GO"]),
                 (D(1, 14), "97535", 1, ["GO"]), (D(1, 21), "97530", 2, ["GO"]), (D(1, 21), "97533", 2, ["GO", "59"]),
                 (D(1, 28), "97530", 3, ["GO"]), (D(1, 28), "97535", 2, ["GO"]), (D(1, 29), "97530", 2, ["GO"]),
                 (D(1, 29), "97533", 2, ["GO", "59"]), (D(1, 30), "97530", 3, ["GO"]), (D(1, 30), "97535", 1, ["GO"]),
                 (D(1, 31), "97530", 2, ["GO"])])
    hana = mk(N, [(D(1, 9), "92523", 1, ["GN"]), (D(1, 12), "92507", 1, ["GN"]), (D(1, 14), "92507", 1, ["GN"]),
                  (D(1, 16), "92507", 1, ["GN"]), (D(1, 19), "92507", 1, ["GN"]), (D(1, 21), "92507", 1, ["GN"]),
                  (D(1, 23), "92507", 1, ["GN"]), (D(1, 26), "92507", 1, ["GN"]), (D(1, 28), "92507", 1, ["GN"]),
                  (D(1, 30), "92507", 1, ["GN"])])
    clinic = mk(N, [(D(1, 20), "99213", 1, [])])

    def settle(svcs, rate, bal):
        b = total(svcs, "billed")
        pay = q(b * Decimal(rate))
        return money(-pay, ","), money(-(b - pay - Decimal(bal)), ","), money(Decimal(bal), ",")

    w_p, w_a, w_b = settle(wen, "0.58", "160.56")
    h_p, h_a, h_b = settle(hana, "0.47", "101.75")
    c_p, c_a, c_b = settle(clinic, "0.60", "30.00")
    due = money(Decimal("160.56") + Decimal("101.75") + Decimal("30.00"), "$")
    pending = money(total(kei, "billed"), "$")

    def furniture(cv, page):
        cv.text(40, 40, "St. Aurelia Regional Medical Center", 14, True)
        cv.text(40, 52, "Patient Financial Services  \u00b7  300 Basilica Ave  \u00b7  Corran Falls, MN 55802", 7.5)
        cv.text(572, 40, "Family Statement", 11, True, "r")
        cv.text(572, 52, "Statement date 02/02/2026  \u00b7  " + page_of(cv), 7.5, False, "r")
        cv.line(40, 58, 572, 58, 0.8)
        if page > 1:
            return 66
        cv.text(40, 76, "Guarantor", 7)
        cv.text(40, 87, "Wendell Marsh-Ito", 9, True)
        cv.text(40, 98, "62 Larchmont Terrace, Corran Falls, MN 55803", 8)
        cv.text(330, 76, "Guarantor number", 7)
        cv.text(330, 87, "G-0041187", 9, True)
        cv.text(450, 76, "Total you owe", 7)
        cv.text(450, 87, due, 9, True)
        y = para(cv, 40, 108, "This statement lists each outpatient account for your family. Charges are shown by "
                 "service; insurance payments and adjustments are shown under each account once your insurer has "
                 "paid.", 532, 7.5)
        return y + 8

    def head(pt, acct, dept, span):
        def h(cv, t, cont):
            w = sum(c.w for c in t.cols)
            cv.line(t.x0, t.y + 1, t.x0 + w, t.y + 1, 0.8)
            cv.text(t.x0, t.y + 11, f"Account {acct}   Patient: {pt}" + ("   (continued)" if cont else ""), 8, True)
            cv.text(t.x0 + w, t.y + 11, f"{dept}   {span}", 7, False, "r")
            t.y += 15
        return h

    cols = [Col("Service Date", 58, "l", SV(lambda s: dfmt(s.dos, "dmy"))),
            Col("Rev", 28, "l", SV(lambda s: REV[s.code])),
            Col("Description", 196, "l", lambda s: "Total charges" if tot(s) else s.desc.upper(), wrap=True),
            Col("CPT/HCPCS", 60, "l", SV(lambda s: " ".join((s.code,) + s.mods))),
            Col("Qty", 30, "r", SV(lambda s: units_str(s.units))),
            Col("Amount", 64, "r", M("billed"))]

    def act(rows):
        def a(cv, t):
            w = sum(c.w for c in t.cols)
            for txt, v in rows:
                cv.text(t.x0 + 86, t.y + 9, txt, 7.2)
                cv.text(t.x0 + w - 2, t.y + 9, v, 7.2, False, "r")
                t.y += 10
        return a

    tf = ("billed",)
    claims = [
        Claim(head("Wendell Marsh-Ito", "60022418873", "Outpatient Rehabilitation", "01/06/2026 - 01/15/2026"), 17,
              wen, "60022418873", "HLM2602020188", "Wendell Marsh-Ito", tf,
              after=act([("02/01/2026 Payment - Harborlight Mutual Health, claim HLM2602020188", w_p),
                         ("02/01/2026 Contractual adjustment - Harborlight Mutual Health", w_a),
                         ("Balance on this account (deductible and coinsurance)", w_b)]), after_h=32),
        Claim(head("Keiko Marsh-Ito", "60022419012", "Outpatient Rehabilitation", "01/07/2026 - 01/31/2026"), 17,
              kei, "60022419012", None, "Keiko Marsh-Ito", tf,
              after=act([("Claim sent to Harborlight Mutual Health 02/01/2026 - awaiting payment", ""),
                         ("Balance on this account (pending insurance)", pending[1:])]), after_h=22),
        Claim(head("Hana Marsh-Ito", "60022419177", "Speech-Language Pathology", "01/09/2026 - 01/30/2026"), 17,
              hana, "60022419177", "HLM2602030411", "Hana Marsh-Ito", tf,
              after=act([("02/02/2026 Payment - Harborlight Mutual Health, claim HLM2602030411", h_p),
                         ("02/02/2026 Contractual adjustment - Harborlight Mutual Health", h_a),
                         ("Balance on this account (coinsurance)", h_b)]), after_h=32),
        Claim(head("Wendell Marsh-Ito", "60022420355", "Corran Falls Clinic", "01/20/2026"), 17, clinic,
              "60022420355", "HLM2602030502", "Wendell Marsh-Ito", tf,
              after=act([("02/02/2026 Payment - Harborlight Mutual Health, claim HLM2602030502", c_p),
                         ("02/02/2026 Contractual adjustment - Harborlight Mutual Health", c_a),
                         ("Copay due", c_b)]), after_h=32)]

    def trailer(cv, t):
        w = sum(c.w for c in t.cols)
        cv.rect(t.x0, t.y + 4, w, 40, fill=0.94)
        cv.text(t.x0 + 8, t.y + 18, "Amount due now (accounts with insurance paid)", 8.5, True)
        cv.text(t.x0 + w - 8, t.y + 18, due, 9, True, "r")
        cv.text(t.x0 + 8, t.y + 32, f"Pending insurance: {pending} (not yet due). Financial assistance may be "
                "available; ask us about it at (555) 018-4400.", 7.2)
        t.y += 50

    return Doc("h80_hospital_family_statement", "fpdf2", "dejavuserif", False,
               "Hospital outpatient family statement, DejaVu Serif, per-patient accounts with revenue codes and "
               "upper-case wording, charges only on service lines, insurer payment and contractual rows under each "
               "account, account continued on the next page", cols, 7.0, 9.0, 745, furniture, claims, ("billed",),
               units=True, repeat_head=True, header_each_page=True, trailer=trailer, trailer_h=60, head_rule="rule",
               gap=10)


LAYOUTS = [lay1, lay2, lay3, lay4, lay5, lay6, lay7, lay8, lay9, lay10]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout80_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for f in LAYOUTS:
        build(f(), out)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if "--check" in argv:
        errs = check_folder(out)
        for e in errs:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
