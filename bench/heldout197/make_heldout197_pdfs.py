"""Write held-out set 197 of synthetic PDF EOB layouts (with truth files) into a folder: an independent, honest
measurement of the PDF reader on everyday document kinds, each in a house style of its own.

Run:  python bench/heldout197/make_heldout197_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout197/make_heldout197_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR    (done by someone else, once; the author never ran it)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness). Helper module: h197kit.py
(page model rendered by reportlab or fpdf2, and the self-check).

Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; one <name>.pdf.truth.json per PDF), printed
values only, null for what a layout does not print (units null where no quantity is printed for the line;
modifiers [] where none are printed). claim_id = the provider's own account / patient-control / visit / hospital
account number where the page prints one, payer_claim_id = the payer's claim number / ICN / TCN / reference,
patient = the person who got the service exactly as printed (never the subscriber / guarantor unless the same
person). Adjustments only where a group + reason code is printed on the line; remarks = the note / remark / EOB
codes printed on the line. Statement "adjustment" columns are recorded as discount, insurance payments as paid,
line balances as patient_owes, each with the sign printed (f2 prints insurance payments and adjustments as
"-$106.40", so its truth paid/discount are negative; f1 prints them unsigned). Claims carry the printed claim totals ("totals"), null where none is printed.
No planted mismatch in this set (expected_findings empty). Every name, number, payer, provider, address and ID is
invented; descriptions are our own words.

Layouts (two of each kind):
  c1  commercial PPO member EOB, portrait Liberation Sans: "THIS IS NOT A BILL" banner, member box, claim heading
      per family member ("Patient (relationship) / Claim # / Provider / Patient Acct #"), "Service Dates /
      Description of Service / Proc. Code / Billed Charges / Not Covered / Discount / Allowed / Deductible / Copay
      / Coinsurance / Plan Paid / You Owe / Notes", code as "97530-GO", wrapped descriptions, no units, a denied
      line, three family members, a long claim continued on page 2 with "(continued)" and the header repeated,
      claim totals, notes legend (reportlab)
  c2  commercial HMO member benefits statement, landscape DejaVu Serif with a page-1 band of three plan-year
      meter boxes (deductible / out-of-pocket / visits): "Visit Date / Procedure / Qty / Amount Charged / Not Allowed / Covered
      Amount / Deductible / Copay / Coinsurance / Paid by Plan / Member Owes / Reason", two-row services (code +
      modifiers on row 1, description on row 2), per-visit copay, four family members, header repeated with
      "continued" on the next page, claim subtotals (fpdf2)
  m1  Medicare Summary Notice Part B, portrait core Times: page-1 summary (deductible status, "Did Medicare
      approve all services?", total you may be billed), claims from page 2 under a date + provider + claim number
      heading, "Service Provided & Billing Code / Amount Provider Charged / Medicare-Approved Amount / Medicare
      Paid Provider / Maximum You May Be Billed / See Notes Below", "(97110-GP)" after wrapped words, lettered
      notes, no units, no provider account, a non-covered service, notes section on page 3 (reportlab)
  m2  Medicare Advantage HMO member EOB, portrait Liberation Serif, boxed claim cards: "Plan claim no. / Your
      provider's account", "Date / Service you received (code) / Qty / Provider charged / Plan's allowed amount /
      Plan paid / Not covered / You owe / Note", per-visit specialist copay, a denied service, page-1 totals box,
      a single member, two pages (fpdf2)
  r1  state Medicaid remittance advice, landscape core Courier: CLAIMS PAID / CLAIMS DENIED / CLAIM ADJUSTMENTS
      sections, claim heading "RECIPIENT NAME / RECIP ID / ICN / PATIENT ACCT", "LN FROM-DOS TO-DOS PROC MOD
      UNITS BILLED ALLOWED PAID EOB" with MMDDYY dates, a span line with summed units, a voided original with
      "-" amounts and its replacement, state EOB codes, claim totals, banner on every page (reportlab)
  r2  state Medicaid provider remittance, portrait DejaVu Sans Mono: claim heading "TCN / MEMBER / MEMBER NO /
      PCN", "DTL SVC DATE PROC MODIFIERS UNITS CHARGE MAX ALLOW REIMB ADJ" with every adjustment "CO45 48.38",
      "*** CLAIM CONTINUED ***" with header repeated on the next page, claim totals, provider bulletin (fpdf2)
  p1  clearinghouse print of a Medicare contractor remittance, landscape Liberation Mono: "PATIENT / HIC /
      PAT CTRL NO / PAYER CLAIM NO / MOA", "SERV DATE  POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS ADJ-CODES
      PROV PD" with "0105 010526" dates and stacked "CO-45 123.00" rows, PT RESP and CLAIM TOTALS lines, a claim
      crossing pages with the header repeated (fpdf2)
  p2  practice-management "Payment Posting Batch Detail" of a Medicare remittance, landscape DejaVu Sans
      Condensed, ruled grid with patient, account and ICN on every row: "DOS / CPT / Mod / Units / Charge /
      Allowed / Ded / Coins / Contr Adj / Seq / Paid / Pt Resp / CARC" (CARC codes without amounts), a reversal
      in parentheses and its re-post, claim subtotals, a claim crossing to page 2 under a repeated header
      (reportlab)
  f1  pediatric therapy clinic family statement, portrait core Helvetica: tear-off remittance stub, visit heading
      rows "Visit # / patient / billed to plan, claim #", "Date / Code / Description / Qty / Charges / Ins. Paid /
      Ins. Adj. / Balance", three children, aging boxes, messages (reportlab)
  f2  hospital outpatient-rehab family statement, landscape Liberation Sans Narrow: account sections per family
      member (hospital account # and insurer claim ref), "Service Date / Rev / Description / CPT/HCPCS / Qty /
      Charges / Insurance Paid / Insurance Adjust / Patient Due", a non-therapy lab and orthosis line, an account
      continued onto the next page with header repeated, account totals (fpdf2)

The self-check (--check) tests the factory, not the reader: the page count; every truth amount, code, modifier and
units value on the same extracted text line (or the wrapped line under it) as its service code; remarks and
adjustment codes with amounts in the few lines under it; each service date on its page; ids and patients in the
text; billed - discount - not covered = allowed and allowed - deductible - copay - coinsurance = paid where printed;
billed - adjustments = paid where a layout prints every adjustment with its amount; claim totals = sum of lines and
each printed.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    DESC,
    FEE,
    LONG_DESC,
    SCHED,
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
    total,
    truth_line,
    units_str,
    write_truth,
)
from h197kit import Page, check_file, render  # noqa: E402

D = date

# Codes the shared eobgen tables lack: our own invented fee, schedule amount and wording.
for _c, _f, _s, _d in (("97162", "245.00", "101.12", "PT evaluation, moderate complexity"),
                       ("97533", "88.00", "31.20", "Sensory integrative techniques"),
                       ("85025", "48.00", "7.77", "Blood count, complete, automated")):
    FEE.setdefault(_c, _f)
    SCHED.setdefault(_c, _s)
    DESC.setdefault(_c, _d)


# ------------------------------------------------------------------------------------------------ flow engine
@dataclass
class Row:
    h: float
    draw: Callable[[Page, float], None]
    truths: list = field(default_factory=list)
    claim: object = None
    keep: float = 0.0  # extra room needed below this row on the same page
    cont: Callable[[], list] | None = None  # rows to repeat at the top of a page when the claim continues


def paginate(rows: list[Row], top_first: float, top_other: float, bottom: float) -> list[list[tuple[float, Row]]]:
    pages: list[list[tuple[float, Row]]] = []
    y = None
    for r in rows:
        if r.h == -1:  # forced page break
            if not pages:
                pages.append([])
            pages.append([])
            y = top_other
            continue
        if y is None or y + r.h + r.keep > bottom:
            pages.append([])
            y = top_first if len(pages) == 1 else top_other
            if r.cont is not None:
                for cr in r.cont():
                    pages[-1].append((y, cr))
                    y += cr.h
        pages[-1].append((y, r))
        y += r.h
    return pages


def build(out: Path, name: str, producer: str, font: str, landscape: bool, rows: list[Row], top_first: float,
          top_other: float, bottom: float, furniture: Callable[[Page, int, int], None]) -> int:
    laid = paginate(rows, top_first, top_other, bottom)
    n = len(laid)
    pages = []
    for i, pl in enumerate(laid, 1):
        pg = Page()
        furniture(pg, i, n)
        for y, r in pl:
            r.draw(pg, y)
            for t in r.truths:
                t["page"] = i
        pages.append(pg)
    render(out / f"{name}.pdf", pages, producer, font, landscape, name)
    return n


def cells_drawer(cols: list[tuple[float, str]], cells: list[str], size: float, lh: float, bold=False):
    def draw(pg: Page, y: float) -> None:
        for (x, al), c in zip(cols, cells):
            for k, part in enumerate(str(c).split("\n")):
                if part:
                    pg.text(x, y + lh * (k + 1) - 2, part, size, bold, al)
    return draw


def nlines(cells: list[str]) -> int:
    return max(len(str(c).split("\n")) for c in cells)


def wrap(s: str, n: int) -> str:
    words, out, cur = s.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    out.append(cur)
    return "\n".join(out)


def text_row(items: list[tuple[float, str, str]], size: float, lh: float, bold=False, fill=None, rule=None,
             **kw) -> Row:
    def draw(pg: Page, y: float) -> None:
        if fill:
            pg.fill(fill[0], y, fill[1] - fill[0], lh + 1)
        for x, al, s in items:
            pg.text(x, y + lh - 2, s, size, bold, al)
        if rule:
            pg.line(rule[0], y + lh + 1, rule[1], y + lh + 1, 0.4)
    return Row(lh + (2 if rule or fill else 0), draw, **kw)


def spacer(h: float) -> Row:
    return Row(h, lambda pg, y: None)


def mods(s: Svc, sep: str) -> str:
    return sep.join(s.mods)


# ------------------------------------------------------------------------------------------------ claim data
def svcs(items, denied_reason=None) -> list[Svc]:
    out = []
    for it in items:
        d, code, u = it[:3]
        m = it[3] if len(it) > 3 else ()
        den = it[4] if len(it) > 4 else None
        out.append(Svc(d, code, Decimal(str(u)), tuple(m), denied=den))
    return out


# ================================================================================================= c1
def c1(out: Path) -> tuple[dict, bool]:
    name, prod, font = "h197_c1_ppo_member_eob", "reportlab", "LiberationSans"
    W = 612
    cols = [(30, "L"), (76, "L"), (176, "L"), (254, "R"), (288, "R"), (320, "R"), (354, "R"), (386, "R"),
            (414, "R"), (448, "R"), (484, "R"), (520, "R"), (530, "L")]
    hdr = ["Service\nDates", "Description of\nService", "Proc.\nCode", "Billed\nCharges", "Not\nCovered",
           "Discount", "Allowed", "Deduct-\nible", "Copay", "Coins-\nurance", "Plan\nPaid", "You\nOwe", "Notes"]
    fs, lh = 6.6, 8.4

    def hdr_row():
        def draw(pg, y):
            pg.fill(28, y, W - 56, 2 * lh + 3, 0.86)
            cells_drawer(cols, hdr, fs, lh, bold=True)(pg, y)
        return Row(2 * lh + 5, draw)

    fam = [("Odalys Brandtmeier", "Self"), ("Cassian Brandtmeier", "Son"), ("Junia Brandtmeier", "Daughter")]
    claims_spec = [
        (fam[1], "NVB-204417", "CSH26A1184401", "Northvale Bridges Pediatric Therapy", PlanState(ded_left=Decimal("150")), [
            (D(2026, 1, 6), "97165", 1, ("GO",)), (D(2026, 1, 6), "97530", 2, ("GO",)),
            (D(2026, 1, 13), "97530", 3, ("GO",)), (D(2026, 1, 13), "97535", 1, ("GO",)),
            (D(2026, 1, 20), "97530", 2, ("GO",)), (D(2026, 1, 20), "97112", 1, ("GO", "59")),
            (D(2026, 1, 27), "97530", 3, ("GO",)), (D(2026, 1, 27), "97140", 1, ("GO", "59")),
            (D(2026, 2, 3), "97530", 2, ("GO",)), (D(2026, 2, 3), "0552T", 1, (), "PR"),
            (D(2026, 2, 10), "97530", 3, ("GO",)), (D(2026, 2, 10), "97110", 1, ("GO",)),
            (D(2026, 2, 17), "97535", 2, ("GO",)), (D(2026, 2, 17), "97168", 1, ("GO",)),
            (D(2026, 2, 24), "97530", 2, ("GO",)), (D(2026, 2, 24), "97112", 1, ("GO",)),
            (D(2026, 3, 3), "97530", 3, ("GO",)), (D(2026, 3, 3), "97535", 1, ("GO",)),
            (D(2026, 3, 10), "97530", 2, ("GO",)), (D(2026, 3, 10), "97110", 2, ("GO",)),
        ]),
        (fam[2], "NVB-204502", "CSH26A1190127", "Northvale Bridges Pediatric Therapy", PlanState(ded_left=Decimal("40")), [
            (D(2026, 1, 8), "92523", 1, ("GN",)), (D(2026, 1, 15), "92507", 1, ("GN",)),
            (D(2026, 1, 22), "92507", 1, ("GN",)), (D(2026, 1, 29), "92507", 1, ("GN",)),
        ]),
        (fam[0], "LHW-88310", "CSH26A1201956", "Lakehaven Orthopedic & Hand Clinic", PlanState(
            ded_left=Decimal("0"), copay_codes={"99213": Decimal("35.00")}), [
            (D(2026, 2, 2), "99213", 1, ("25",)), (D(2026, 2, 2), "97760", 1, ("GO",)),
            (D(2026, 2, 2), "L3807", 1, ("RT",)), (D(2026, 2, 16), "97140", 2, ("GO",)),
        ]),
    ]
    rows: list[Row] = []
    truths, claims = [], []
    legend = [("N1", "This amount is above the plan's negotiated rate for an in-network provider; you do not owe it."),
              ("N2", "The plan does not cover this service; see your benefit booklet, section 7."),
              ("N3", "Applied to your plan-year deductible."), ("N4", "Office visit copay applies.")]
    for (pat, rel), acct, clm, prov, st, items in claims_spec:
        ss = [commercial(s, st, deny_reason="96") for s in svcs(items)]
        key = clm

        def cont(pat=pat, clm=clm):
            return [text_row([(30, "L", f"Patient: {pat}   Claim #: {clm}   (continued)")], 7.5, 10, bold=True),
                    hdr_row()]
        rows.append(spacer(6))
        rows.append(text_row([(30, "L", f"Patient: {pat} ({rel})"), (250, "L", f"Claim #: {clm}"),
                              (400, "L", f"Received: {dfmt(ss[-1].dos + timedelta(days=9), 'mdy4')}")],
                             7.8, 10, bold=True, fill=(28, W - 28), keep=60))
        rows.append(text_row([(30, "L", f"Provider: {prov}  (In-Network)"), (400, "L", f"Patient Acct #: {acct}")],
                             7.2, 9.5, keep=50))
        rows.append(hdr_row())
        for s in ss:
            notes = []
            if s.denied:
                notes = ["N2"]
            elif s.deductible:
                notes = ["N3"]
            elif s.copay:
                notes = ["N4"]
            if not s.denied and s.discount:
                notes = ["N1"] + notes
            desc = LONG_DESC.get(s.code, s.desc)
            cells = [dfmt(s.dos, "mdy2"), wrap(desc, 28), s.code + ("-" + "-".join(s.mods) if s.mods else ""),
                     money(s.billed, ","), money(s.not_covered, ","), money(s.discount, ","), money(s.allowed, ","),
                     money(s.deductible, ","), money(s.copay, ","), money(s.coinsurance, ","), money(s.paid, ","),
                     money(s.owes, ","), " ".join(notes)]
            t = truth_line(0, s, claim_id=acct, payer_claim_id=clm, patient=pat, units=False,
                           printed=("billed", "not_covered", "discount", "allowed", "deductible", "copay",
                                    "coinsurance", "paid", "patient_owes"), remarks=notes,
                           overrides={"description": desc})
            truths.append(t)
            n = nlines(cells)

            def draw(pg, y, cells=cells, n=n):
                cells_drawer(cols, cells, fs, lh)(pg, y)
                pg.line(28, y + n * lh + 2, W - 28, y + n * lh + 2, 0.2)
            rows.append(Row(n * lh + 3, draw, [t], key, cont=cont))
        tot = [money(total(ss, a), ",") for a in ("billed", "not_covered", "discount", "allowed", "deductible",
                                                   "copay", "coinsurance", "paid", "owes")]
        rows.append(Row(lh + 4, cells_drawer(cols, ["", "Claim Totals", ""] + tot + [""], fs, lh, bold=True)))
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                              total(ss, "owes"))})
    rows.append(spacer(10))
    rows.append(text_row([(30, "L", "Notes")], 8, 11, bold=True, keep=50))
    for c, txt in legend:
        rows.append(text_row([(30, "L", c), (52, "L", txt)], 7, 9.5))

    def furn(pg: Page, i: int, n: int) -> None:
        pg.text(30, 40, "CEDAR SUMMIT", 15, True)
        pg.text(30, 51, "Health Plan  |  PPO Choice 1500", 8)
        pg.text(W - 30, 40, "EXPLANATION OF BENEFITS", 11, True, "R")
        pg.text(W - 30, 52, "THIS IS NOT A BILL", 9, True, "R")
        pg.text(W - 30, 762, f"Page {i} of {n}", 7, False, "R")
        pg.text(30, 762, "Cedar Summit Health Plan, PO Box 44120, Millbrook, WV 25999  |  Member Services 1-800-555-0142", 6.5)
        if i == 1:
            pg.rect(28, 62, 290, 62)
            for k, s in enumerate(["Odalys Brandtmeier", "227 Fenwick Hollow Rd", "Ashgrove, WV 25901"]):
                pg.text(36, 78 + 11 * k, s, 8.5)
            pg.rect(330, 62, W - 358, 62)
            for k, (a, b) in enumerate([("Subscriber:", "Odalys Brandtmeier"), ("Member ID:", "CSX449120387"),
                                        ("Group:", "Tallow Creek Schools 40871"), ("Statement Date:", "03/28/2026")]):
                pg.text(338, 76 + 11.5 * k, a, 7.5, True)
                pg.text(420, 76 + 11.5 * k, b, 7.5)
        else:
            pg.text(30, 66, "Subscriber: Odalys Brandtmeier     Member ID: CSX449120387     Statement Date: 03/28/2026", 7.5)
    pages = build(out, name, prod, font, False, rows, 136, 78, 745, furn)
    write_truth(out / f"{name}.pdf", name, prod, pages, "commercial PPO member EOB, three family members",
                truths, claims, legend)
    return json.loads((out / f"{name}.pdf.truth.json").read_text()), False


# ================================================================================================= c2
def c2(out: Path) -> tuple[dict, bool]:
    name, prod, font = "h197_c2_hmo_benefit_statement", "fpdf2", "DejaVuSerif"
    W = 792
    X0 = 36
    cols = [(X0, "L"), (X0 + 52, "L"), (X0 + 190, "R"), (X0 + 248, "R"), (X0 + 300, "R"), (X0 + 352, "R"),
            (X0 + 402, "R"), (X0 + 446, "R"), (X0 + 500, "R"), (X0 + 556, "R"), (X0 + 610, "R"), (X0 + 622, "L")]
    hdr = ["Visit Date", "Procedure", "Qty", "Amount\nCharged", "Not\nAllowed", "Covered\nAmount", "Deductible",
           "Copay", "Coinsurance", "Paid by\nPlan", "Member\nOwes", "Reason"]
    fs, lh = 6.8, 8.6
    fam = ["Tobiah Quennell-Ashby", "Rosalind Quennell-Ashby", "Ezra Quennell-Ashby", "Wynne Quennell-Ashby"]
    st = PlanState(ded_left=Decimal("0"), visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.74"))
    spec = [
        (fam[2], "HLT-50931", "MK7-2026-0041873", "Hollowtree Kids Therapy Center", [
            (D(2026, 2, 2), "97166", 1, ("GO",)), (D(2026, 2, 2), "97530", 2, ("GO",)),
            (D(2026, 2, 9), "97530", 3, ("GO",)), (D(2026, 2, 9), "97533", 1, ("GO",)),
            (D(2026, 2, 16), "97530", 2, ("GO",)), (D(2026, 2, 16), "97112", 1, ("GO",)),
            (D(2026, 2, 23), "97530", 3, ("GO",))]),
        (fam[3], "HLT-51007", "MK7-2026-0042260", "Hollowtree Kids Therapy Center", [
            (D(2026, 2, 3), "92523", 1, ("GN",)), (D(2026, 2, 10), "92507", 1, ("GN",)),
            (D(2026, 2, 17), "92507", 1, ("GN",)), (D(2026, 2, 24), "92507", 1, ("GN",))]),
        (fam[1], "SPC-3318820", "MK7-2026-0043914", "Silverpine Spine & Sport PT", [
            (D(2026, 2, 4), "97162", 1, ("GP",)), (D(2026, 2, 4), "97110", 2, ("GP",)),
            (D(2026, 2, 11), "97110", 2, ("GP",)), (D(2026, 2, 11), "97140", 2, ("GP", "59")),
            (D(2026, 2, 18), "97110", 3, ("GP",)), (D(2026, 2, 18), "G0283", 1, ("GP",), "PR"),
            (D(2026, 2, 25), "97110", 2, ("GP",)), (D(2026, 2, 25), "97140", 1, ("GP",))]),
        (fam[0], "SPC-3319044", "MK7-2026-0044502", "Silverpine Spine & Sport PT", [
            (D(2026, 2, 5), "97161", 1, ("GP",)), (D(2026, 2, 12), "97110", 2, ("GP", "KX"))]),
    ]

    def hdr_row():
        def draw(pg, y):
            pg.line(X0, y, W - 36, y, 0.8)
            cells_drawer(cols, hdr, fs, lh, bold=True)(pg, y)
            pg.line(X0, y + 2 * lh + 3, W - 36, y + 2 * lh + 3, 0.8)
        return Row(2 * lh + 6, draw)

    rows, truths, claims = [], [], []
    legend = [("R1", "Covered amount is the network rate; the difference is not billed to you."),
              ("R2", "Specialist visit copay taken once per visit date."),
              ("R3", "Service not a covered benefit under your HMO plan.")]
    for pat, acct, clm, prov, items in spec:
        ss = [commercial(s, st, deny_reason="204") for s in svcs(items)]

        def cont(pat=pat, clm=clm):
            return [text_row([(X0, "L", f"{pat} - claim {clm} - continued")], 7.5, 10, bold=True), hdr_row()]
        rows.append(spacer(6))
        rows.append(text_row([(X0, "L", f"Member: {pat}"), (X0 + 210, "L", f"Claim Number {clm}"),
                              (X0 + 400, "L", f"Provider: {prov}")], 7.8, 10, bold=True, keep=70))
        rows.append(text_row([(X0, "L", f"Provider's account number {acct}"),
                              (X0 + 400, "L", "Network status: In plan")], 7, 9.5, keep=60))
        rows.append(hdr_row())
        for s in ss:
            rs = ["R3"] if s.denied else (["R1", "R2"] if s.copay else ["R1"])
            c1_ = [dfmt(s.dos, "mon"), f"{s.code} {' '.join(s.mods)}".strip(), units_str(s.units),
                   money(s.billed, "$"), money(s.discount + s.not_covered, "$"), money(s.allowed, "$"),
                   money(s.deductible, "$"), money(s.copay, "$"), money(s.coinsurance, "$"), money(s.paid, "$"),
                   money(s.owes, "$"), " ".join(rs)]
            t = truth_line(0, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                           printed=("billed", "allowed", "deductible", "copay", "coinsurance", "paid",
                                    "patient_owes"), remarks=rs)
            truths.append(t)

            def draw(pg, y, c=c1_, s=s):
                cells_drawer(cols, c, fs, lh)(pg, y)
                pg.text(X0 + 60, y + 2 * lh - 2, s.desc, 6.2)
            rows.append(Row(2 * lh + 3, draw, [t], clm, cont=cont))
        tt = [money(total(ss, a), "$") for a in ("billed",)] + [money(total(ss, "discount") + total(ss, "not_covered"), "$")] + \
             [money(total(ss, a), "$") for a in ("allowed", "deductible", "copay", "coinsurance", "paid", "owes")]

        def tdraw(pg, y, tt=tt):
            pg.line(cols[3][0] - 50, y + 1, W - 36 - 24, y + 1, 0.3)
            cells_drawer(cols, ["", "Claim subtotal", ""] + tt + [""], fs, lh, bold=True)(pg, y + 1)
        rows.append(Row(lh + 5, tdraw))
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                              total(ss, "owes"))})
    rows.append(spacer(8))
    rows.append(text_row([(X0, "L", "Reason codes")], 8, 11, bold=True, keep=40))
    for c, txt in legend:
        rows.append(text_row([(X0, "L", c), (X0 + 24, "L", txt)], 7, 9.5))

    def furn(pg, i, n):
        pg.text(36, 36, "Brightwater Community HMO", 14, True)
        pg.text(36, 48, "Member Benefits Statement  -  not a bill", 8.5)
        pg.text(W - 36, 36, "Statement period: 02/01/2026 - 02/28/2026", 8, False, "R")
        pg.text(W - 36, 48, "Subscriber: Tobiah Quennell-Ashby   ID BWH 7730-1184-02", 8, False, "R")
        pg.line(36, 56, W - 36, 56, 1.0)
        pg.text(W / 2, 590, f"Brightwater Community HMO  -  1 Lantern Quay, Port Emery, OR 97999  -  page {i} of {n}", 6.5,
                False, "C")
    # page 1 sidebar: the table is narrowed by starting the claims below a summary band instead
    rows.insert(0, Row(96, lambda pg, y: _c2_sidebar(pg, y)))
    pages = build(out, name, prod, font, True, rows, 64, 64, 575, furn)
    write_truth(out / f"{name}.pdf", name, prod, pages, "HMO member benefits statement, four family members",
                truths, claims, legend)
    return json.loads((out / f"{name}.pdf.truth.json").read_text()), False


def _c2_sidebar(pg: Page, y: float) -> None:
    boxes = [("Family deductible", "$0.00 of $1,000.00 met", "Not applicable to office therapy visits"),
             ("Family out-of-pocket", "$612.40 of $6,000.00", "Copays and coinsurance count"),
             ("Therapy visits used", "23 of 60 combined PT/OT/ST", "Plan year 01/01/2026 - 12/31/2026")]
    for k, (a, b, c) in enumerate(boxes):
        x = 36 + k * 244
        pg.rect(x, y + 4, 232, 80)
        pg.text(x + 8, y + 20, a, 8.5, True)
        pg.text(x + 8, y + 40, b, 10)
        pg.fill(x + 8, y + 50, 140, 8, 0.75)
        pg.text(x + 8, y + 74, c, 6.8)


# ================================================================================================= m1
def m1(out: Path) -> tuple[dict, bool]:
    name, prod, font = "h197_m1_msn_part_b", "reportlab", "Times"
    W = 612
    patient = "GERTRUDE A. VANTONGEREN"
    cols = [(40, "L"), (300, "R"), (370, "R"), (440, "R"), (512, "R"), (530, "L")]
    hdr = ["Service Provided & Billing Code", "Amount\nProvider\nCharged", "Medicare-\nApproved\nAmount",
           "Medicare\nPaid\nProvider", "Maximum\nYou May\nBe Billed", "See\nNotes\nBelow"]
    fs, lh = 8.6, 10.5
    st = PlanState(ded_left=Decimal("60.00"))
    spec = [
        (D(2026, 1, 7), "Driftwood Valley Rehabilitation, 410 Marlow Ave, Tessaly, ME 04999", "26-0107-31850-001", [
            ("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP", "59"))]),
        (D(2026, 1, 14), "Driftwood Valley Rehabilitation, 410 Marlow Ave, Tessaly, ME 04999", "26-0114-32072-001", [
            ("97110", 3, ("GP", "KX")), ("97112", 2, ("GP", "KX")), ("97116", 1, ("GP", "CQ")),
            ("97140", 2, ("GP", "59")), ("G0283", 1, ("GP",)), ("97530", 2, ("GP", "CQ")),
            ("0552T", 1, (), "PR"), ("97535", 1, ("GP",)), ("97110", 2, ("GP", "CQ")),
            ("97112", 1, ("GP",)), ("97140", 1, ("GP",)), ("97116", 2, ("GP",)), ("97530", 1, ("GP",))]),
        (D(2026, 1, 21), "Pennock Bay Hand Therapy, 3 Gull St, Rockmere, ME 04998", "26-0121-40417-002", [
            ("97168", 1, ("GO",)), ("97760", 1, ("GO",)), ("L3807", 1, ("RT",))]),
    ]
    rows, truths, claims = [], [], []
    notes = {"A": "This approved amount is lower than the charge; the provider cannot bill you the difference.",
             "B": "Medicare does not pay for this item; you may be billed for it because you signed a notice.",
             "C": "The amount Medicare paid the provider was reduced by 2% (federal spending cut).",
             "D": "Part of this amount was applied to your yearly Part B deductible."}

    def hdr_row():
        def draw(pg, y):
            pg.line(40, y, W - 40, y, 1.0)
            cells_drawer(cols, hdr, fs - 0.6, lh - 1, bold=True)(pg, y)
            pg.line(40, y + 3 * (lh - 1) + 3, W - 40, y + 3 * (lh - 1) + 3, 0.6)
        return Row(3 * (lh - 1) + 7, draw)

    rows.append(Row(-1, lambda pg, y: None))  # claims start on page 2
    rows.append(text_row([(40, "L", "Your Claims & Costs This Period")], 13, 16, bold=True))
    rows.append(text_row([(40, "L", "Part B Medical Services and Supplies")], 11, 14, bold=True))
    for dos, prov, clm, items in spec:
        ss = [medicare(s, st, deny_reason="N") for s in svcs([(dos,) + it for it in items])]
        for s in ss:
            if s.denied:
                s.adjs = []

        def cont(dos=dos, clm=clm):
            return [text_row([(40, "L", f"{dfmt(dos, 'month')}  Claim Number: {clm}  (continued)")], 9.5, 12,
                             bold=True), hdr_row()]
        rows.append(spacer(8))
        rows.append(text_row([(40, "L", dfmt(dos, "month"))], 10.5, 13, bold=True, keep=90))
        rows.append(text_row([(40, "L", prov)], 9, 11, keep=80))
        rows.append(text_row([(40, "L", "Referred by: Lucan Harrowgate"), (330, "L", f"Claim Number: {clm}")], 9, 11,
                             keep=70))
        rows.append(hdr_row())
        for s in ss:
            nt = ["B"] if s.denied else (["A", "D", "C"] if s.deductible else ["A", "C"])
            txt = f"{s.desc} ({s.code}" + (f"-{'-'.join(s.mods)}" if s.mods else "") + ")"
            if len(txt) > 44:  # the words wrap after the billing code, as the notice prints long names
                txt = f"{s.desc.split(',')[0]} ({s.code}" + (f"-{'-'.join(s.mods)}" if s.mods else "") + ")" + \
                      ("\n" + s.desc.split(",", 1)[1].strip() if "," in s.desc else "")
            cells = [txt, money(s.billed, "$"), money(s.allowed, "$"), money(s.paid, "$"), money(s.owes, "$"),
                     ", ".join(nt)]
            t = truth_line(0, s, claim_id=None, payer_claim_id=clm, patient=patient, units=False,
                           printed=("billed", "allowed", "paid", "patient_owes"), remarks=nt)
            truths.append(t)
            n = nlines(cells)
            rows.append(Row(n * lh + 3, cells_drawer(cols, cells, fs, lh), [t], clm, cont=cont))
        tt = [money(total(ss, a), "$") for a in ("billed", "allowed", "paid", "owes")]
        rows.append(Row(lh + 6, lambda pg, y, tt=tt: (pg.line(240, y + 1, W - 40, y + 1, 0.6),
                                                      cells_drawer(cols, ["Total for this claim"] + tt + [""], fs, lh,
                                                                   bold=True)(pg, y + 2))))
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": patient,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                              total(ss, "owes"))})
    rows.append(spacer(10))
    rows.append(text_row([(40, "L", "Notes for Claims Above")], 11, 14, bold=True, keep=60))
    for k, v in notes.items():
        rows.append(text_row([(40, "L", k), (54, "L", v)], 8.5, 11))
    all_owes = total([s for s in []], "owes")

    def furn(pg, i, n):
        pg.text(40, 40, "Medicare Summary Notice for Part B (Medical Insurance)", 14, True)
        pg.text(40, 56, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8)
        pg.text(W - 40, 760, f"{patient}   Page {i} of {n}", 8.5, False, "R")
        pg.text(40, 760, "Need help? Call 1-800-MEDICARE (1-800-633-4227)", 8.5)
        if i == 1:
            pg.rect(40, 72, 250, 70)
            for k, s in enumerate([patient, "88 SALT MEADOW LN APT 4", "TESSALY ME 04999-1120"]):
                pg.text(48, 92 + 12 * k, s, 9.5)
            pg.rect(310, 72, W - 350, 70)
            for k, s in enumerate(["Medicare Number  XXXX-XX6281", "Date of This Notice  March 30, 2026",
                                   "Claims Processed Between", "January 1 - March 30, 2026"]):
                pg.text(318, 90 + 12 * k, s, 9, k == 0)
            pg.text(40, 170, "Your Deductible Status", 13, True)
            pg.text(40, 188, "Your deductible is what you must pay each year for most health services before", 9.5)
            pg.text(40, 200, "Medicare begins to pay. You have now met your 2026 Part B deductible.", 9.5)
            pg.text(40, 232, "Did Medicare Approve All Services?", 13, True)
            pg.text(40, 250, "NO, Medicare did not approve 1 service. Look for NO in the notes on the claims pages.", 9.5)
            pg.text(40, 282, "Total You May Be Billed", 13, True)
            pg.text(40, 300, money(total_owes[0], "$"), 16, True)
            pg.text(40, 336, "Be Informed! Report suspected Medicare fraud or a charge for something you did not get.", 9)
    total_owes = [ZERO]
    # compute all services first for the page-1 total
    pages = None
    total_owes[0] = sum((Decimal(t["patient_owes"]) for t in truths), ZERO)
    del all_owes
    pages = build(out, name, prod, font, False, rows, 72, 72, 735, furn)
    write_truth(out / f"{name}.pdf", name, prod, pages, "Medicare Summary Notice Part B", truths, claims,
                list(notes.items()))
    return json.loads((out / f"{name}.pdf.truth.json").read_text()), False


# ================================================================================================= m2
def m2(out: Path) -> tuple[dict, bool]:
    name, prod, font = "h197_m2_ma_hmo_eob", "fpdf2", "LiberationSerif"
    W = 612
    patient = "Philippa Marrowstone"
    cols = [(44, "L"), (92, "L"), (288, "R"), (342, "R"), (392, "R"), (438, "R"), (484, "R"), (526, "R"),
            (534, "L")]
    hdr = ["Date", "Service you received (code)", "Qty", "Provider\ncharged", "Plan's\nallowed\namount",
           "Plan\npaid", "Not\ncovered", "You\nowe", "Note"]
    fs, lh = 8.4, 11.6
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.58"))
    spec = [
        ("Harborlight Outpatient Therapy", "HOT-612004", "MA26-00718834", [
            (D(2026, 2, 3), "97163", 1, ("GP",)), (D(2026, 2, 3), "97110", 2, ("GP",)),
            (D(2026, 2, 5), "97110", 2, ("GP",)), (D(2026, 2, 5), "97116", 1, ("GP",)),
            (D(2026, 2, 10), "97110", 2, ("GP", "CQ")), (D(2026, 2, 10), "97140", 1, ("GP", "59"))]),
        ("Harborlight Outpatient Therapy", "HOT-612188", "MA26-00733107", [
            (D(2026, 2, 12), "97110", 3, ("GP",)), (D(2026, 2, 12), "97112", 1, ("GP",)),
            (D(2026, 2, 17), "97110", 2, ("GP", "CQ")), (D(2026, 2, 17), "G0283", 1, ("GP",)),
            (D(2026, 2, 19), "97530", 2, ("GP",)), (D(2026, 2, 19), "0552T", 1, (), "CO")]),
        ("Westerly Speech & Swallow Clinic", "WSS-00917", "MA26-00741560", [
            (D(2026, 2, 6), "92523", 1, ("GN",)), (D(2026, 2, 13), "92526", 1, ("GN",)),
            (D(2026, 2, 20), "92507", 1, ("GN",)), (D(2026, 2, 27), "92507", 1, ("GN",))]),
        ("Fernhollow Family Medicine", "FFM-2290417", "MA26-00750092", [
            (D(2026, 2, 24), "99213", 1, ())]),
    ]
    rows, truths, claims = [], [], []
    legend = [("1", "Your plan's specialist visit copay, charged once per day."),
              ("2", "This service is not covered by your plan. The provider may not bill you for it."),
              ("3", "Paid at the plan's contracted rate for this provider.")]

    def hdr_row():
        return Row(3 * lh + 4, lambda pg, y: (pg.fill(40, y, W - 80, 3 * lh + 3, 0.9),
                                              cells_drawer(cols, hdr, fs, lh, bold=True)(pg, y)))
    for prov, acct, clm, items in spec:
        ss = [commercial(s, st, deny_reason="N") for s in svcs(items)]
        for s in ss:
            if s.denied:
                s.adjs = []
        n_rows = 4 + len(ss)
        box_h = 11 + 11 + (3 * lh + 4) + sum(lh + 3 for _ in ss) + lh + 6

        def box(pg, y, prov=prov, acct=acct, clm=clm, h=box_h):
            pg.rect(40, y, W - 80, h, 0.8)
            pg.text(46, y + 11, f"{prov}", 9, True)
            pg.text(W - 46, y + 11, f"Plan claim no. {clm}", 8.5, True, "R")
            pg.text(46, y + 22, "In-network provider", 7.5)
            pg.text(W - 46, y + 22, f"Your provider's account: {acct}", 7.5, False, "R")
        rows.append(spacer(8))
        rows.append(Row(26, box, keep=box_h - 26 if box_h < 400 else 60))
        rows.append(hdr_row())
        for s in ss:
            nt = ["2"] if s.denied else (["3", "1"] if s.copay else ["3"])
            cells = [dfmt(s.dos, "mdy2"), f"{s.desc} ({s.code}{' ' + ' '.join(s.mods) if s.mods else ''})",
                     units_str(s.units), money(s.billed, "$"), money(s.allowed, "$"), money(s.paid, "$"),
                     money(s.not_covered, "$"), money(s.owes, "$"), ", ".join(nt)]
            t = truth_line(0, s, claim_id=acct, payer_claim_id=clm, patient=patient,
                           printed=("billed", "allowed", "paid", "not_covered", "patient_owes"), remarks=nt)
            truths.append(t)
            rows.append(Row(lh + 3, cells_drawer(cols, cells, fs, lh), [t], clm))
        tt = [money(total(ss, a), "$") for a in ("billed", "allowed", "paid", "not_covered", "owes")]
        rows.append(Row(lh + 6, cells_drawer(cols, ["", "Claim total", ""] + tt + [""], fs, lh, bold=True)))
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": patient,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                              total(ss, "owes"))})
        del n_rows
    rows.append(spacer(10))
    rows.append(text_row([(44, "L", "What the notes mean")], 9.5, 12, bold=True, keep=40))
    for c, txt in legend:
        rows.append(text_row([(44, "L", c), (56, "L", txt)], 8, 10))
    allp = sum((Decimal(t["paid"]) for t in truths), ZERO)
    allo = sum((Decimal(t["patient_owes"]) for t in truths), ZERO)

    def furn(pg, i, n):
        pg.text(40, 38, "Seabright Senior Advantage (HMO)", 14, True)
        pg.text(40, 51, "Explanation of Benefits for February 2026 - a Medicare Advantage plan", 8.5)
        pg.text(W - 40, 38, f"Member: {patient}", 8.5, False, "R")
        pg.text(W - 40, 50, "Member ID: SSA-40087712", 8.5, False, "R")
        pg.line(40, 57, W - 40, 57, 1)
        pg.text(40, 765, "Seabright Senior Advantage is an HMO plan with a Medicare contract. Y9999_EOB26_M", 6.8)
        pg.text(W - 40, 765, f"Page {i} of {n}", 7.5, False, "R")
        if i == 1:
            pg.rect(40, 66, W - 80, 58, 0.8)
            pg.text(48, 80, "Your totals this month", 9.5, True)
            pg.text(48, 94, f"Plan paid for your care: {money(allp, '$')}", 8.5)
            pg.text(48, 106, f"Your share of the cost: {money(allo, '$')}", 8.5)
            pg.text(320, 94, "Plan-year out-of-pocket so far: $455.00", 8.5)
            pg.text(320, 106, "Out-of-pocket maximum: $5,900.00", 8.5)
    pages = build(out, name, prod, font, False, rows, 130, 64, 740, furn)
    write_truth(out / f"{name}.pdf", name, prod, pages, "Medicare Advantage HMO member EOB", truths, claims, legend)
    return json.loads((out / f"{name}.pdf.truth.json").read_text()), False


# ================================================================================================= r1
def r1(out: Path) -> tuple[dict, bool]:
    name, prod, font = "h197_r1_medicaid_ra", "reportlab", "Courier"
    W = 792
    fs, lh = 8.2, 11.5
    cw = fs * 0.6

    def line(s):
        return s

    rows, truths, claims = [], [], []
    HDR = "LN  FROM-DOS TO-DOS  PROC   MOD    UNITS      BILLED     ALLOWED        PAID  EOB"
    legend = [("0261", "Paid at the maximum fee for this procedure."), ("1407", "Service limit for the period reached."),
              ("7700", "Claim voided; payment recovered."), ("7701", "Replacement claim processed."),
              ("0512", "Therapy modifier missing or invalid for provider type.")]

    def hdr_row():
        return text_row([(30, "L", HDR)], fs, lh, bold=True, rule=(30, W - 30))
    sections = {"CLAIMS PAID": [], "CLAIMS DENIED": [], "CLAIM ADJUSTMENTS": []}
    recips = [("MORALES-KEENE, DASHIELL", "710448290"), ("MORALES-KEENE, ISOLDE", "710448291"),
              ("TRUEBLOOD, ANSEL", "709913374"), ("OYELARAN, CORDELIA", "711204456")]
    data = [
        ("CLAIMS PAID", recips[0], "2026041100817", "MK0411A", [
            (D(2026, 3, 2), "97530", 4, ("GO", "U1")), (D(2026, 3, 2), "97535", 2, ("GO",)),
            (D(2026, 3, 9), "97530", 4, ("GO",)), (D(2026, 3, 9), "97112", 1, ("GO",))], None),
        ("CLAIMS PAID", recips[1], "2026041100818", "MK0411B", [
            (D(2026, 3, 3), "92507", 1, ("GN",)), (D(2026, 3, 10), "92507", 1, ("GN",)),
            (D(2026, 3, 17), "92507", 1, ("GN",))], None),
        ("CLAIMS PAID", recips[2], "2026041100902", "TRU-3344", [
            (D(2026, 3, 4), "97110", 12, ("GP",), None, D(2026, 3, 18)),
            (D(2026, 3, 4), "97140", 6, ("GP",), None, D(2026, 3, 18))], None),
        ("CLAIMS DENIED", recips[3], "2026041100955", "OYE-1187", [
            (D(2026, 3, 5), "97530", 2, (), "CO"), (D(2026, 3, 5), "97165", 1, (), "CO")], "0512"),
        ("CLAIM ADJUSTMENTS", recips[2], "2026041101203", "TRU-3301", [
            (D(2026, 2, 11), "97110", 4, ("GP",)), (D(2026, 2, 11), "97116", 2, ("GP",))], "void"),
        ("CLAIM ADJUSTMENTS", recips[2], "2026041101204", "TRU-3301", [
            (D(2026, 2, 11), "97110", 4, ("GP",)), (D(2026, 2, 11), "97116", 1, ("GP",))], "repl"),
    ]
    for sec in sections:
        rows.append(spacer(6))
        rows.append(text_row([(30, "L", f"*** {sec} ***")], 8.5, 11, bold=True, keep=50))
        rows.append(hdr_row())
        for sname, (rname, rid), icn, acct, items, flag in data:
            if sname != sec:
                continue
            ss = []
            for it in items:
                s = Svc(it[0], it[1], Decimal(str(it[2])), tuple(it[3]), denied=it[4] if len(it) > 4 else None)
                s = medicaid(s)
                s.end = it[5] if len(it) > 5 else None
                ss.append(s)
            if flag == "void":
                ss = [negate(s) for s in ss]
            rows.append(spacer(3))
            rows.append(text_row([(30, "L", f"RECIPIENT NAME: {rname:<26} RECIP ID: {rid}   ICN: {icn}   "
                                            f"PATIENT ACCT: {acct}")], fs, lh, bold=True, keep=40))

            def cont(rname=rname, icn=icn):
                return [text_row([(30, "L", f"{rname}  ICN {icn}  CONTINUED")], fs, lh, bold=True), hdr_row()]
            for k, s in enumerate(ss, 1):
                eob = flag if flag in ("0512",) else ("7700" if flag == "void" else ("7701" if flag == "repl" else
                                                                                        ("1407" if s.discount == 0 else "0261")))
                md = " ".join(s.mods)
                to = s.end or s.dos
                txt = (f"{k:02d}  {dfmt(s.dos, 'mdy6'):<8} {dfmt(to, 'mdy6'):<7} {s.code:<6} {md:<6} {units_str(s.units):>5}"
                       f" {money(s.billed, ','):>11} {money(s.allowed, ','):>11} {money(s.paid, ','):>11}  {eob}")
                t = truth_line(0, s, claim_id=acct, payer_claim_id=icn, patient=rname, service_end=s.end,
                               printed=("billed", "allowed", "paid"), remarks=[eob])
                truths.append(t)
                rows.append(Row(lh, cells_drawer([(30, "L")], [txt], fs, lh), [t], icn, cont=cont))
            tb, ta, tp = total(ss, "billed"), total(ss, "allowed"), total(ss, "paid")
            rows.append(Row(lh + 2, cells_drawer([(30, "L")], [
                f"{'':4}{'CLAIM TOTAL':<38}{money(tb, ','):>11} {money(ta, ','):>11} {money(tp, ','):>11}"], fs, lh,
                bold=True)))
            claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": rname,
                           "totals": claim_totals(tb, ta, tp, None)})
    rows.append(spacer(8))
    paid_all = sum((Decimal(t["paid"]) for t in truths), ZERO)
    rows.append(text_row([(30, "L", "*** PAYMENT SUMMARY ***")], 8.5, 11, bold=True, keep=60))
    for ln in (f"CLAIMS PAID        3      AMOUNT {money(paid_all, ','):>12}",
               "CLAIMS DENIED      1",
               "CLAIM ADJUSTMENTS  2      NET OF VOID AND REPLACEMENT",
               "EFT NUMBER 0004418702     ISSUE DATE 04/14/2026"):
        rows.append(text_row([(30, "L", ln)], fs, lh))
    rows.append(spacer(8))
    rows.append(text_row([(30, "L", "EOB CODE DESCRIPTIONS")], 8, 10, bold=True, keep=40))
    for c, txt in legend:
        rows.append(text_row([(30, "L", f"{c}  {txt}")], fs, lh))
    del cw, line

    def furn(pg, i, n):
        pg.text(30, 30, "STATE OF NORTH CALDER  DEPARTMENT OF MEDICAL ASSISTANCE PROGRAMS", 9, True)
        pg.text(30, 41, "MEDICAID MANAGEMENT INFORMATION SYSTEM - REMITTANCE ADVICE", 8.5)
        pg.text(W - 30, 30, f"PAGE {i:>3} OF {n:>3}", 8.5, False, "R")
        pg.text(W - 30, 41, "RA DATE 04/14/2026   RA NO 0004418702", 8.5, False, "R")
        pg.text(30, 53, "PROVIDER: OTTERBROOK PEDIATRIC & ADULT THERAPY   NPI 1999002417   PAYEE ID 4400217", 8)
        pg.line(30, 58, W - 30, 58, 0.8)
    pages = build(out, name, prod, font, True, rows, 66, 66, 585, furn)
    write_truth(out / f"{name}.pdf", name, prod, pages, "state Medicaid remittance advice", truths, claims, legend)
    return json.loads((out / f"{name}.pdf.truth.json").read_text()), False


# ================================================================================================= r2
def r2(out: Path) -> tuple[dict, bool]:
    name, prod, font = "h197_r2_medicaid_remit", "fpdf2", "DejaVuSansMono"
    W = 612
    fs, lh = 7.2, 10
    HDR1 = "DTL SVC DATE   PROC  MODIFIERS UNITS    CHARGE MAX ALLOW     REIMB  ADJ (GROUP/REASON AMOUNT)"
    rows, truths, claims = [], [], []

    def hdr_row():
        return text_row([(30, "L", HDR1)], fs, lh, bold=True, rule=(30, W - 30))
    members = [("Halvorsen, Briar", "MN00419982"), ("Halvorsen, Sage", "MN00419983"),
               ("Delacourt-Ibe, Nnamdi", "MN00611470")]
    data_long = [
        (members[0], "TCN 26072-0014471", "HV-BR-0302", [
            (D(2026, 3, 2), "97166", 1, ("GO",)), (D(2026, 3, 2), "97530", 3, ("GO",)),
            (D(2026, 3, 4), "97530", 3, ("GO",)), (D(2026, 3, 4), "97535", 2, ("GO",)),
            (D(2026, 3, 6), "97530", 4, ("GO",)), (D(2026, 3, 9), "97530", 3, ("GO",)),
            (D(2026, 3, 9), "97112", 1, ("GO", "59")), (D(2026, 3, 11), "97530", 3, ("GO",)),
            (D(2026, 3, 13), "97533", 2, ("GO",)), (D(2026, 3, 16), "97530", 3, ("GO",)),
            (D(2026, 3, 18), "97530", 2, ("GO",)), (D(2026, 3, 18), "97140", 1, ("GO", "59")),
            (D(2026, 3, 20), "97530", 3, ("GO",)), (D(2026, 3, 23), "97168", 1, ("GO",)),
            (D(2026, 3, 23), "97530", 2, ("GO",)), (D(2026, 3, 25), "97530", 3, ("GO",)),
            (D(2026, 3, 25), "97535", 1, ("GO",)), (D(2026, 3, 27), "97530", 3, ("GO",)),
            (D(2026, 3, 30), "97530", 3, ("GO",)), (D(2026, 3, 30), "97110", 2, ("GO",))])]
    data = [
        (members[1], "TCN 26072-0014472", "HV-SG-0302", [
            (D(2026, 3, 3), "92523", 1, ("GN",)), (D(2026, 3, 10), "92507", 1, ("GN",)),
            (D(2026, 3, 17), "92507", 1, ("GN",)), (D(2026, 3, 24), "92507", 1, ("GN",)),
            (D(2026, 3, 31), "92526", 1, ("GN",), "CO")]),
        (members[2], "TCN 26072-0015208", "DI-NN-0305", [
            (D(2026, 3, 5), "97161", 1, ("GP",)), (D(2026, 3, 5), "97110", 2, ("GP",)),
            (D(2026, 3, 12), "97110", 2, ("GP",)), (D(2026, 3, 12), "97116", 2, ("GP",))]),
    ] + data_long
    for (mname, mno), tcn, pcn, items in data:
        ss = [medicaid(s, deny_reason="119") for s in svcs(items)]
        tcn_id = tcn.split(" ", 1)[1]

        def cont(tcn=tcn, mname=mname):
            return [text_row([(30, "L", f"*** CLAIM CONTINUED ***  {tcn}  {mname}")], fs, lh, bold=True), hdr_row()]
        rows.append(spacer(6))
        rows.append(text_row([(30, "L", f"{tcn}   MEMBER: {mname}   MEMBER NO: {mno}   PCN: {pcn}")], fs + 0.4,
                             lh + 1, bold=True, keep=50, fill=(28, W - 28)))
        rows.append(text_row([(30, "L", "CLAIM STATUS: " + ("PAID" if any(s.paid for s in ss) else "DENIED") +
                               "   BILLING NPI 1999087734   RENDERING NPI 1999087741")], fs, lh, keep=40))
        rows.append(hdr_row())
        for k, s in enumerate(ss, 1):
            adj = "  ".join(f"{g}{c} {money(a, '')}" for g, c, a in s.adjs)
            txt = (f"{k:>3} {dfmt(s.dos, 'mdy4')} {s.code:<5} {' '.join(s.mods):<9} {units_str(s.units):>5} "
                   f"{money(s.billed, ''):>9} {money(s.allowed, ''):>9} {money(s.paid, ''):>9}  {adj}")
            t = truth_line(0, s, claim_id=pcn, payer_claim_id=tcn_id, patient=mname,
                           printed=("billed", "allowed", "paid"), adjustments=s.adjs)
            truths.append(t)
            rows.append(Row(lh, cells_drawer([(30, "L")], [txt], fs, lh), [t], tcn, cont=cont))
        tb, ta, tp = total(ss, "billed"), total(ss, "allowed"), total(ss, "paid")
        rows.append(Row(lh + 3, cells_drawer([(30, "L")], [
            f"    CLAIM TOTALS{'':20} {money(tb, ''):>9} {money(ta, ''):>9} {money(tp, ''):>9}"], fs, lh, bold=True)))
        claims.append({"claim_id": pcn, "payer_claim_id": tcn_id, "patient": mname,
                       "totals": claim_totals(tb, ta, tp, None)})

    def furn(pg, i, n):
        pg.text(30, 32, "MIDLAKE STATE HEALTH COVERAGE PROGRAM (MEDICAID)", 9.5, True)
        pg.text(30, 43, "PROVIDER REMITTANCE ADVICE - CLAIM DETAIL", 8)
        pg.text(W - 30, 32, f"PAGE {i} OF {n}", 8, False, "R")
        pg.text(W - 30, 43, "WARRANT 88104472  04/03/2026", 8, False, "R")
        pg.text(30, 54, "PAYEE: WILLOWMERE THERAPY GROUP LLC   PAYEE NO 300441729", 7.5)
        pg.line(30, 58, W - 30, 58, 0.8)
        if i == 1:
            pg.rect(30, 64, W - 60, 150, 0.6)
            pg.text(38, 78, "PROVIDER BULLETIN", 8, True)
            bl = ["Therapy visits beyond 30 per year require prior approval. Submit requests through the",
                  "provider portal at least 10 business days before the visit limit is reached.", "",
                  "Beginning with this cycle, remittance detail lists every adjustment with its group and",
                  "reason code and the amount adjusted. Claim totals appear below each claim.", "",
                  "Payments are issued weekly. Claims received by Wednesday 5 p.m. are processed in the",
                  "following cycle. Keep this remittance advice with your financial records."]
            for k, b in enumerate(bl):
                pg.text(38, 92 + 10 * k, b, 7)
            pg.rect(30, 222, W - 60, 70, 0.6)
            pg.text(38, 236, "PAYMENT SUMMARY", 8, True)
            pg.text(38, 250, "CLAIMS PAID 3     CLAIMS DENIED 0     DETAIL LINES DENIED 1", 7.2)
            pg.text(38, 262, f"NET REIMBURSEMENT {money(net[0], '$')}     CHECK/EFT 88104472", 7.2)
            pg.text(38, 274, "PRIOR BALANCE OWED TO PROGRAM $0.00     AMOUNT WITHHELD $0.00", 7.2)
        pg.text(30, 770, "CARC/RARC codes are printed with the adjustment amount. Questions: provider line 1-888-555-0170", 6.3)
    net = [sum((Decimal(t["paid"]) for t in truths), ZERO)]
    pages = build(out, name, prod, font, False, rows, 340, 66, 755, furn)
    write_truth(out / f"{name}.pdf", name, prod, pages, "state Medicaid provider remittance", truths, claims, [])
    return json.loads((out / f"{name}.pdf.truth.json").read_text()), True


# ================================================================================================= p1
def p1(out: Path) -> tuple[dict, bool]:
    name, prod, font = "h197_p1_clearinghouse_mcr_remit", "fpdf2", "LiberationMono"
    W = 792
    fs, lh = 7.2, 9.0
    HDR = "SERV DATE    POS NOS PROC   MODS       BILLED    ALLOWED     DEDUCT      COINS  ADJ-CODES            PROV PD"
    rows, truths, claims = [], [], []

    def hdr_row():
        return text_row([(30, "L", HDR)], fs, lh, bold=True, rule=(30, W - 30))
    pts = [("FAIRWEATHER, LORNE", "7HX2TT4KQ81", "FW20260105", "2226013007340"),
           ("BALLANTINE, OTTILIE", "3MK9PW7RN22", "BA20260107", "2226013007341"),
           ("QUIMBY-NORD, ABEL", "5TR4CC1HE90", "QN20260112", "2226013007512")]
    st = PlanState(ded_left=Decimal("95.00"))
    data = [
        (pts[0], [(D(2026, 1, 5), "97163", 1, ("GP",)), (D(2026, 1, 5), "97110", 2, ("GP",)),
                  (D(2026, 1, 7), "97110", 2, ("GP", "KX")), (D(2026, 1, 7), "97140", 1, ("GP", "59")),
                  (D(2026, 1, 9), "97110", 3, ("GP", "CQ")), (D(2026, 1, 9), "97112", 1, ("GP",)),
                  (D(2026, 1, 12), "97110", 2, ("GP",)), (D(2026, 1, 12), "G0283", 1, ("GP",)),
                  (D(2026, 1, 14), "97530", 2, ("GP",)), (D(2026, 1, 14), "97116", 1, ("GP", "CQ")),
                  (D(2026, 1, 16), "97110", 2, ("GP",)), (D(2026, 1, 16), "97140", 2, ("GP", "59")),
                  (D(2026, 1, 19), "97110", 2, ("GP",))]),
        (pts[1], [(D(2026, 1, 7), "97165", 1, ("GO",)), (D(2026, 1, 7), "97535", 2, ("GO",)),
                  (D(2026, 1, 14), "97530", 3, ("GO", "CO")), (D(2026, 1, 14), "0552T", 1, (), "CO")]),
        (pts[2], [(D(2026, 1, 12), "92523", 1, ("GN",)), (D(2026, 1, 19), "92507", 1, ("GN",)),
                  (D(2026, 1, 26), "92507", 1, ("GN",))]),
    ]
    for (pn, hic, acnt, icn), items in data:
        ss = [medicare(s, st, deny_reason="96") for s in svcs(items)]

        def cont(pn=pn, icn=icn):
            return [text_row([(30, "L", f"PATIENT {pn}  ICN {icn}  (CLAIM CONTINUED)")], fs, lh, bold=True),
                    hdr_row()]
        rows.append(spacer(6))
        rows.append(text_row([(30, "L", f"PATIENT: {pn:<22} HIC: {hic}   PAT CTRL NO: {acnt}   "
                                        f"PAYER CLAIM NO: {icn}   ASG: Y   MOA: MA01 MA18")], fs, lh, bold=True, keep=45))
        rows.append(hdr_row())
        for s in ss:
            codes = [f"{g}-{c} {money(a, ',')}" for g, c, a in s.adjs]
            first = (f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}  11 {units_str(s.units):>3} {s.code:<6} {' '.join(s.mods):<8}"
                     f" {money(s.billed, ','):>9}  {money(s.allowed, ','):>9}  {money(s.deductible, ','):>9}  "
                     f"{money(s.coinsurance, ','):>9}  {codes[0]:<19} {money(s.paid, ','):>9}")
            lines_ = [first] + [f"{'':80}{c}" for c in codes[1:]]
            if s.denied:
                lines_.append(f"{'':80}REM: N130")
            t = truth_line(0, s, claim_id=acnt, payer_claim_id=icn, patient=pn,
                           printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                           remarks=["N130"] if s.denied else [])
            truths.append(t)
            rows.append(Row(lh * len(lines_) + 1, cells_drawer([(30, "L")], ["\n".join(lines_)], fs, lh), [t], icn,
                            cont=cont))
        tb, ta, tp = total(ss, "billed"), total(ss, "allowed"), total(ss, "paid")
        pr = total(ss, "owes")
        rows.append(Row(lh, cells_drawer([(30, "L")], [f"PT RESP {money(pr, ','):>9}"], fs, lh)))
        rows.append(Row(lh + 3, cells_drawer([(30, "L")], [
            f"CLAIM TOTALS{'':24}{money(tb, ','):>9}  {money(ta, ','):>9}  {money(total(ss, 'deductible'), ','):>9}  "
            f"{money(total(ss, 'coinsurance'), ','):>9}  {'':19} {money(tp, ','):>9}"], fs, lh, bold=True)))
        claims.append({"claim_id": acnt, "payer_claim_id": icn, "patient": pn,
                       "totals": claim_totals(tb, ta, tp, None)})
    net = sum((Decimal(t["paid"]) for t in truths), ZERO)
    rows.append(spacer(6))
    rows.append(text_row([(30, "L", f"TOTAL NET PAYMENT {money(net, ',')}   CHECK/EFT NO 0000883102   "
                                    f"PAYMENT DATE 02/06/2026")], fs, lh, bold=True))

    def furn(pg, i, n):
        pg.text(30, 28, "RELAYPOINT CLAIMS EXCHANGE - ELECTRONIC REMITTANCE (PRINTED VIEW)", 8.5, True)
        pg.text(30, 39, "PAYER: NORTHERN PLAINS MEDICARE ADMINISTRATIVE CONTRACTOR   PAYER ID 06999", 7.5)
        pg.text(30, 49, "PAYEE: GRANITE FALLS THERAPY ASSOCIATES   NPI 1999440178   TIN XX-XXX4410", 7.5)
        pg.text(W - 30, 28, f"PAGE {i} OF {n}", 8, False, "R")
        pg.text(W - 30, 39, "REPORT RUN 02/07/2026 06:14", 7.5, False, "R")
        pg.line(30, 54, W - 30, 54, 0.7)
        pg.text(30, 596, "Printed from the remittance file received by RelayPoint; group/reason codes as sent by payer.", 6.5)
    pages = build(out, name, prod, font, True, rows, 62, 62, 585, furn)
    write_truth(out / f"{name}.pdf", name, prod, pages, "clearinghouse print of a Medicare remittance", truths,
                claims, [])
    return json.loads((out / f"{name}.pdf.truth.json").read_text()), True


# ================================================================================================= p2
def p2(out: Path) -> tuple[dict, bool]:
    name, prod, font = "h197_p2_pm_posting_detail", "reportlab", "DejaVuSansCondensed"
    W = 792
    fs, lh = 7.0, 11.5
    cols = [(24, "L"), (104, "L"), (144, "L"), (208, "L"), (252, "L"), (282, "L"), (336, "R"), (384, "R"),
            (428, "R"), (462, "R"), (498, "R"), (546, "R"), (580, "R"), (622, "R"), (662, "R"), (670, "L")]
    hdr = ["Patient", "Acct", "Payer ICN", "DOS", "CPT", "Mod", "Units", "Charge", "Allowed", "Ded", "Coins",
           "Contr Adj", "Seq", "Paid", "Pt Resp", "CARC"]
    rows, truths, claims = [], [], []
    st = PlanState(ded_left=ZERO)
    data = [
        ("Ellery Rookwood", "A10338", "1226034001120", [
            (D(2026, 2, 2), "97110", 2, ("GP",)), (D(2026, 2, 2), "97140", 1, ("GP", "59")),
            (D(2026, 2, 4), "97110", 3, ("GP",)), (D(2026, 2, 4), "97112", 1, ("GP",))], None),
        ("Mavis Penhallow", "A10401", "1226034001187", [
            (D(2026, 2, 3), "97167", 1, ("GO",)), (D(2026, 2, 3), "97530", 2, ("GO",)),
            (D(2026, 2, 10), "97530", 3, ("GO",)), (D(2026, 2, 10), "97535", 1, ("GO",)),
            (D(2026, 2, 17), "97530", 2, ("GO",)), (D(2026, 2, 17), "97760", 1, ("GO",))], None),
        ("Ellery Rookwood", "A10291", "1226034001301", [
            (D(2026, 1, 26), "97110", 3, ("GP",)), (D(2026, 1, 26), "97140", 2, ("GP",))], "rev"),
        ("Ellery Rookwood", "A10291", "1226034001302", [
            (D(2026, 1, 26), "97110", 3, ("GP",)), (D(2026, 1, 26), "97140", 2, ("GP", "59"))], None),
        ("Horatio Vandemeer", "A10455", "1226034001416", [
            (D(2026, 2, 5), "97161", 1, ("GP",)), (D(2026, 2, 5), "97110", 2, ("GP", "KX")),
            (D(2026, 2, 12), "97110", 2, ("GP", "KX")), (D(2026, 2, 12), "97116", 1, ("GP",)),
            (D(2026, 2, 19), "97110", 2, ("GP", "CQ")), (D(2026, 2, 19), "0552T", 1, (), "CO"),
            (D(2026, 2, 26), "97110", 2, ("GP",)), (D(2026, 2, 26), "97530", 1, ("GP", "CQ"))], None),
        ("Winifred Oakhurst", "A10470", "1226034001422", [
            (D(2026, 2, 9), "92523", 1, ("GN",)), (D(2026, 2, 16), "92507", 1, ("GN",)),
            (D(2026, 2, 23), "92507", 1, ("GN",)), (D(2026, 2, 23), "92526", 1, ("GN",))], None),
        ("Mavis Penhallow", "A10533", "1226034001590", [
            (D(2026, 2, 24), "97530", 3, ("GO",)), (D(2026, 2, 24), "97168", 1, ("GO",))], None),
        ("Cosimo Ferrant", "A10541", "1226034001633", [
            (D(2026, 2, 6), "97163", 1, ("GP",)), (D(2026, 2, 6), "97110", 2, ("GP",)),
            (D(2026, 2, 13), "97110", 3, ("GP",)), (D(2026, 2, 13), "97140", 1, ("GP", "59")),
            (D(2026, 2, 20), "97110", 2, ("GP", "KX")), (D(2026, 2, 20), "97112", 2, ("GP", "KX"))], None),
        ("Winifred Oakhurst", "A10562", "1226034001701", [
            (D(2026, 3, 2), "92507", 1, ("GN",)), (D(2026, 3, 9), "92507", 1, ("GN",))], None),
    ]

    def hdr_row():
        def draw(pg, y):
            pg.fill(22, y, W - 44, 2 * lh + 2, 0.82)
            cells_drawer(cols, hdr, fs, lh, bold=True)(pg, y)
        return Row(2 * lh + 3, draw)
    rows.append(hdr_row())
    for pat, acct, icn, items, flag in data:
        ss = [medicare(s, st, deny_reason="96") for s in svcs(items)]
        if flag == "rev":
            ss = [negate(s) for s in ss]
        for s in ss:
            carc = " ".join(f"{g}-{c}" for g, c, _ in s.adjs)
            cells = [pat, acct, icn, dfmt(s.dos, "mdyn"), s.code, " ".join(s.mods), units_str(s.units),
                     money(s.billed, ",", "()"), money(s.allowed, ",", "()"),
                     money(s.deductible, ",", "()"), money(s.coinsurance, ",", "()"), money(s.discount + s.not_covered, ",", "()"),
                     money(s.seq, ",", "()"), money(s.paid, ",", "()"), money(s.owes, ",", "()"), carc]
            t = truth_line(0, s, claim_id=acct, payer_claim_id=icn, patient=pat,
                           printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                           adjustments=[(g, c, None) for g, c, _ in s.adjs])
            truths.append(t)

            def draw(pg, y, cells=cells):
                cells_drawer(cols, cells, fs, lh)(pg, y)
                pg.line(22, y + lh + 2, W - 22, y + lh + 2, 0.25)
            rows.append(Row(lh + 2, draw, [t], icn, cont=lambda: [hdr_row()]))
        sub = [money(total(ss, a), ",", "()") for a in ("billed", "allowed", "deductible", "coinsurance")] + \
              [money(total(ss, "discount") + total(ss, "not_covered"), ",", "()")] + \
              [money(total(ss, a), ",", "()") for a in ("seq", "paid", "owes")]

        def sdraw(pg, y, sub=sub, label=("Reversal subtotal " if flag else "Claim subtotal ") + f"{acct} / {icn}"):
            pg.fill(22, y, W - 44, lh + 2, 0.94)
            cells_drawer(cols, ["", "", label, "", "", "", ""] + sub + [""], fs, lh, bold=True)(pg, y)
            pg.line(22, y + lh + 2, W - 22, y + lh + 2, 0.6)
        rows.append(Row(lh + 4, sdraw))
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                              total(ss, "owes"))})

    def furn(pg, i, n):
        pg.text(24, 30, "Thimbleweed Practice Manager  -  Payment Posting Batch Detail", 11, True)
        pg.text(24, 42, "Practice: Corliss Street Rehabilitation  |  Batch 2026-0219-03  |  Payer: Medicare Part B (Jurisdiction 99)"
                "  |  EFT 441900271 for the batch", 7.5)
        pg.text(W - 24, 30, f"Page {i} / {n}", 8, False, "R")
        pg.text(W - 24, 42, "Printed 02/20/2026 by user KOSTERHOUT", 7.5, False, "R")
        pg.line(22, 48, W - 22, 48, 0.8)
        pg.text(24, 598, "Amounts in ( ) are recoupments of an earlier posting. Contr Adj = contractual write-off.", 6.5)
    pages = build(out, name, prod, font, True, rows, 56, 56, 585, furn)
    write_truth(out / f"{name}.pdf", name, prod, pages, "practice-management posting report of a Medicare remit",
                truths, claims, [])
    return json.loads((out / f"{name}.pdf.truth.json").read_text()), False


# ================================================================================================= f1
def f1(out: Path) -> tuple[dict, bool]:
    name, prod, font = "h197_f1_clinic_family_statement", "reportlab", "Helvetica"
    W = 612
    fs, lh = 7.6, 10
    cols = [(40, "L"), (92, "L"), (150, "L"), (330, "R"), (384, "R"), (436, "R"), (488, "R"), (560, "R")]
    hdr = ["Date", "Code", "Description", "Qty", "Charges", "Ins. Paid", "Ins. Adj.", "Balance"]
    kids = ["Fenna Oduya-Larkspur", "Tobin Oduya-Larkspur", "Marisol Oduya-Larkspur"]
    st = PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.78"))
    data = [
        (kids[0], "V-118204", "PMC-93310027", "Prairie Mutual Care", [
            (D(2026, 3, 2), "97530", 2, ("GO",)), (D(2026, 3, 2), "97535", 1, ("GO",))]),
        (kids[0], "V-118377", "PMC-93310288", "Prairie Mutual Care", [
            (D(2026, 3, 9), "97530", 3, ("GO",)), (D(2026, 3, 9), "97112", 1, ("GO",))]),
        (kids[1], "V-118209", "PMC-93310031", "Prairie Mutual Care", [
            (D(2026, 3, 3), "92507", 1, ("GN",)), (D(2026, 3, 10), "92507", 1, ("GN",))]),
        (kids[1], "V-118512", "PMC-93310577", "Prairie Mutual Care", [
            (D(2026, 3, 17), "92507", 1, ("GN",)), (D(2026, 3, 24), "92507", 1, ("GN",))]),
        (kids[0], "V-118530", "PMC-93310590", "Prairie Mutual Care", [
            (D(2026, 3, 16), "97530", 2, ("GO",)), (D(2026, 3, 16), "97533", 2, ("GO",)),
            (D(2026, 3, 23), "97530", 3, ("GO",))]),
        (kids[2], "V-118415", "PMC-93310402", "Prairie Mutual Care", [
            (D(2026, 3, 11), "97161", 1, ("GP",)), (D(2026, 3, 11), "97110", 2, ("GP",)),
            (D(2026, 3, 11), "97150", 1, ("GP",), "PR")]),
    ]
    rows, truths, claims = [], [], []

    def hdr_row():
        def draw(pg, y):
            cells_drawer(cols, hdr, fs, lh, bold=True)(pg, y)
            pg.line(38, y + lh + 2, W - 38, y + lh + 2, 0.8)
        return Row(lh + 5, draw)
    rows.append(hdr_row())
    grand = ZERO
    for pat, visit, clm, plan, items in data:
        ss = [commercial(s, st, deny_reason="96") for s in svcs(items)]
        rows.append(text_row([(40, "L", f"Visit # {visit}  -  Patient: {pat}  -  Billed to {plan}, claim # {clm}")],
                             7.6, 11, bold=True, fill=(38, W - 38), keep=30))
        for s in ss:
            adj = s.discount + s.not_covered if s.denied != "PR" else s.discount
            s.discount = adj
            cells = [dfmt(s.dos, "mdy4"), s.code + ("-" + s.mods[0] if s.mods else ""), s.desc, units_str(s.units),
                     money(s.billed, ","), money(s.paid, ","), money(adj, ","), money(s.owes, ",")]
            t = truth_line(0, s, claim_id=visit, payer_claim_id=clm, patient=pat,
                           printed=("billed", "paid", "discount", "patient_owes"))
            t["modifiers"] = list(s.mods[:1])
            truths.append(t)
            rows.append(Row(lh + 2, cells_drawer(cols, cells, fs, lh), [t]))
        grand += total(ss, "owes")
        rows.append(Row(lh + 3, cells_drawer(cols, ["", "", "Visit balance", "", money(total(ss, "billed"), ","),
                                                    money(total(ss, "paid"), ","), money(total(ss, "discount"), ","),
                                                    money(total(ss, "owes"), ",")], fs, lh, bold=True)))
        claims.append({"claim_id": visit, "payer_claim_id": clm, "patient": pat,
                       "totals": {"billed": str(total(ss, "billed")), "allowed": None,
                                  "paid": str(total(ss, "paid")), "patient_owes": str(total(ss, "owes"))}})
    rows.append(spacer(8))
    rows.append(text_row([(40, "L", "Messages")], 8.5, 11, bold=True))
    for m in ("Group social-skills sessions are not covered by your plan and are billed to you in full.",
              "We now accept payment by phone or on our patient portal. Thank you for choosing Little Fern Therapy."):
        rows.append(text_row([(40, "L", m)], 7.5, 10))

    def furn(pg, i, n):
        # tear-off stub
        pg.text(40, 40, "LITTLE FERN PEDIATRIC THERAPY", 12, True)
        pg.text(40, 52, "1840 Quarry Bend Rd, Suite 3, Alderwick, KS 66999  -  (620) 555-0188", 7.5)
        pg.rect(360, 28, W - 400, 80)
        for k, (a, b) in enumerate([("Statement Date", "03/31/2026"), ("Guarantor Account", "G-40917"),
                                    ("Amount Due", money(grand, "$")), ("Amount Enclosed", "$ ____________")]):
            pg.text(368, 44 + 18 * k, a, 7.5, True)
            pg.text(W - 48, 44 + 18 * k, b, 8.5, False, "R")
        for k, s in enumerate(["Adaeze Oduya-Larkspur", "77 Thistle Row", "Alderwick, KS 66999"]):
            pg.text(60, 80 + 11 * k, s, 9)
        pg.text(40, 124, "Please detach and return the top portion with your payment.", 6.8)
        pg.line(30, 130, W - 30, 130, 0.5)
        pg.text(40, 146, "STATEMENT OF ACCOUNT  -  Guarantor: Adaeze Oduya-Larkspur", 9.5, True)
        pg.text(W - 40, 146, f"Page {i} of {n}", 7.5, False, "R")
        # aging boxes
        labels = [("Current", money(grand, "$")), ("31-60 days", "$0.00"), ("61-90 days", "$0.00"),
                  ("Over 90", "$0.00"), ("Balance Due", money(grand, "$"))]
        for k, (a, b) in enumerate(labels):
            x = 40 + k * 106
            pg.rect(x, 716, 100, 30)
            pg.text(x + 50, 728, a, 7, True, "C")
            pg.text(x + 50, 741, b, 8.5, False, "C")
    pages = build(out, name, prod, font, False, rows, 158, 158, 705, furn)
    write_truth(out / f"{name}.pdf", name, prod, pages, "pediatric therapy clinic family statement", truths, claims,
                [])
    return json.loads((out / f"{name}.pdf.truth.json").read_text()), False


# ================================================================================================= f2
def f2(out: Path) -> tuple[dict, bool]:
    name, prod, font = "h197_f2_hospital_family_statement", "fpdf2", "LiberationSansNarrow"
    W = 792
    fs, lh = 7.8, 10
    cols = [(36, "L"), (96, "L"), (130, "L"), (372, "L"), (440, "R"), (506, "R"), (580, "R"), (660, "R"),
            (740, "R")]
    hdr = ["Service Date", "Rev", "Description", "CPT/HCPCS", "Qty", "Charges", "Insurance Paid", "Insurance Adjust",
           "Patient Due"]
    rev = {"97": "0430", "92": "0440", "L3": "0274", "85": "0300", "G0": "0420", "97110": "0420", "97140": "0420",
           "97161": "0424", "97116": "0420"}
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.70"))
    fam = ["Rutherford Spreckels", "Imogen Spreckels", "Lachlan Spreckels"]
    data_long = [
        (fam[1], "HA 70044821", "KLN-26-55091830", "Keel Line Health", [
            (D(2026, 1, 12), "97165", 1, ("GO",)), (D(2026, 1, 12), "97530", 2, ("GO",)),
            (D(2026, 1, 19), "97530", 3, ("GO",)), (D(2026, 1, 19), "97535", 1, ("GO",)),
            (D(2026, 1, 26), "97530", 2, ("GO",)), (D(2026, 1, 26), "97112", 1, ("GO",)),
            (D(2026, 2, 2), "97530", 3, ("GO",)), (D(2026, 2, 2), "97760", 1, ("GO",)),
            (D(2026, 2, 2), "L3807", 1, ("LT",)), (D(2026, 2, 9), "97530", 2, ("GO",)),
            (D(2026, 2, 9), "97535", 2, ("GO",)), (D(2026, 2, 16), "97530", 3, ("GO",)),
            (D(2026, 2, 16), "97168", 1, ("GO",)), (D(2026, 2, 23), "97530", 2, ("GO",)),
            (D(2026, 2, 23), "97112", 1, ("GO", "59")), (D(2026, 3, 2), "97530", 3, ("GO",)),
            (D(2026, 3, 2), "97535", 1, ("GO",)), (D(2026, 3, 9), "97530", 2, ("GO",)),
            (D(2026, 3, 9), "97110", 2, ("GO",)), (D(2026, 3, 16), "97530", 3, ("GO",)),
            (D(2026, 3, 16), "85025", 1, ()), (D(2026, 3, 23), "97530", 2, ("GO",)),
            (D(2026, 3, 23), "97535", 1, ("GO",)), (D(2026, 3, 30), "97530", 3, ("GO",))])]
    data = [
        (fam[2], "HA 70045107", "KLN-26-55093377", "Keel Line Health", [
            (D(2026, 1, 14), "92523", 1, ("GN",)), (D(2026, 1, 21), "92507", 1, ("GN",)),
            (D(2026, 1, 28), "92507", 1, ("GN",)), (D(2026, 2, 4), "92507", 1, ("GN",))]),
        (fam[0], "HA 70046650", "KLN-26-55098012", "Keel Line Health", [
            (D(2026, 2, 3), "97161", 1, ("GP",)), (D(2026, 2, 3), "97110", 2, ("GP",)),
            (D(2026, 2, 10), "97140", 2, ("GP",)), (D(2026, 2, 10), "G0283", 1, ("GP",), "PR")]),
    ] + data_long
    rows, truths, claims = [], [], []

    def hdr_row():
        def draw(pg, y):
            pg.line(34, y, W - 34, y, 0.6)
            cells_drawer(cols, hdr, fs, lh, bold=True)(pg, y)
            pg.line(34, y + lh + 3, W - 34, y + lh + 3, 0.6)
        return Row(lh + 6, draw)
    grand = ZERO
    for pat, ha, ref, ins, items in data:
        ss = [commercial(s, st, deny_reason="204") for s in svcs(items)]

        def cont(pat=pat, ha=ha):
            return [text_row([(36, "L", f"{pat} - Hospital Account {ha} (continued)")], 8.5, 12, bold=True), hdr_row()]
        rows.append(spacer(8))
        rows.append(text_row([(36, "L", f"Patient: {pat}"), (250, "L", f"Hospital Account # {ha}"),
                              (430, "L", "Outpatient Rehabilitation Services")], 8.8, 12, bold=True, keep=60,
                             fill=(34, W - 34)))
        rows.append(text_row([(36, "L", f"Primary insurance: {ins}   Insurance claim ref. {ref}   "
                                        f"Billed {dfmt(ss[-1].dos + timedelta(days=4), 'mdy4')}")], 7.8, 10, keep=50))
        rows.append(hdr_row())
        for s in ss:
            adj = s.discount + (s.not_covered if s.denied == "CO" else ZERO)
            s.discount = adj
            rc = rev.get(s.code, rev.get(s.code[:2], "0430"))
            code = s.code + (" " + " ".join(s.mods) if s.mods else "")
            cells = [dfmt(s.dos, "mdy4"), rc, s.desc, code, units_str(s.units), money(s.billed, "$"),
                     money(-s.paid, "$"), money(-adj, "$"), money(s.owes, "$")]
            t = truth_line(0, s, claim_id=ha.replace("HA ", ""), payer_claim_id=ref, patient=pat,
                           printed=("billed", "paid", "discount", "patient_owes"),
                           overrides={"paid": str(-s.paid), "discount": str(-adj)})
            truths.append(t)
            rows.append(Row(lh + 2, cells_drawer(cols, cells, fs, lh), [t], ha, cont=cont))
        grand += total(ss, "owes")
        rows.append(Row(lh + 5, lambda pg, y, ss=ss, ha=ha: (pg.line(480, y + 1, W - 34, y + 1, 0.4),
                                                          cells_drawer(cols, ["", "", f"Account {ha} totals", "", "",
                                                                              money(total(ss, "billed"), "$"),
                                                                              money(-total(ss, "paid"), "$"),
                                                                              money(-total(ss, "discount"), "$"),
                                                                              money(total(ss, "owes"), "$")], fs, lh,
                                                                       bold=True)(pg, y + 2))))
        claims.append({"claim_id": ha.replace("HA ", ""), "payer_claim_id": ref, "patient": pat,
                       "totals": {"billed": str(total(ss, "billed")), "allowed": None,
                                  "paid": str(-total(ss, "paid")), "patient_owes": str(total(ss, "owes"))}})

    def furn(pg, i, n):
        pg.text(36, 34, "ST. AVELINE REGIONAL MEDICAL CENTER", 13, True)
        pg.text(36, 46, "Patient Financial Services - 600 Cormorant Blvd, Wexbury, NH 03999 - 603-555-0134", 8)
        pg.text(W - 36, 34, "FAMILY STATEMENT", 11, True, "R")
        pg.text(W - 36, 46, f"Guarantor: Rutherford Spreckels  -  Guarantor # 5500712  -  Page {i} of {n}", 8, False,
                "R")
        pg.line(34, 52, W - 34, 52, 1.0)
        if i == 1:
            pg.rect(34, 58, 360, 44)
            pg.text(42, 72, "Statement date 04/06/2026      Please pay by 05/01/2026", 8.5)
            pg.text(42, 86, f"Total patient balance for all family accounts: {money(grand, '$')}", 9, True)
            pg.text(42, 97, "Financial assistance may be available; ask us about our discount program.", 7.2)
            pg.rect(404, 58, W - 438, 44)
            pg.text(412, 72, "Your insurance has paid its share of the accounts below.", 7.8)
            pg.text(412, 84, "Amounts under Patient Due are deductible, coinsurance or services your plan", 7.8)
            pg.text(412, 95, "does not cover.", 7.8)
        pg.text(36, 598, "Questions about this statement? Call Patient Financial Services weekdays 8-5.", 7)
    pages = build(out, name, prod, font, True, rows, 110, 62, 585, furn)
    write_truth(out / f"{name}.pdf", name, prod, pages, "hospital outpatient-rehab family statement", truths, claims,
                [])
    return json.loads((out / f"{name}.pdf.truth.json").read_text()), False


LAYOUTS = [c1, c2, m1, m2, r1, r2, p1, p2, f1, f2]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout197_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    results = []
    for fn in LAYOUTS:
        truth, full_adj = fn(out)
        results.append((truth, full_adj))
    print(out)
    if not check:
        return 0
    bad = 0
    multi_cont = 0
    for truth, full_adj in results:
        pdf = out / f"{truth['layout']}.pdf"
        errs = check_file(pdf, truth, full_adj)
        pats = {t["patient"] for t in truth["lines"]}
        crosses = sum(1 for c in truth["claims"]
                      if len({t["page"] for t in truth["lines"] if t["payer_claim_id"] == c["payer_claim_id"]
                              and t["patient"] == c["patient"]}) > 1)
        multi_cont += crosses > 0
        print(f"{truth['layout']:40} {truth['producer']:9} pages={truth['pages']} lines={len(truth['lines']):3} "
              f"claims={len(truth['claims'])} patients={len(pats)} cont_claims={crosses} "
              f"{'OK' if not errs else 'FAIL'}")
        for e in errs[:15]:
            print("   ", e)
        bad += bool(errs)
    if multi_cont < 3:
        print(f"only {multi_cont} files carry a claim continued across pages")
        bad += 1
    # determinism: write again into a second folder and compare bytes
    with tempfile.TemporaryDirectory() as td:
        for fn in LAYOUTS:
            fn(Path(td))
        for f in sorted(out.glob("h197_*")):
            if (Path(td) / f.name).read_bytes() != f.read_bytes():
                print("not deterministic:", f.name)
                bad += 1
    print("CHECK", "PASSED" if not bad else "FAILED")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
