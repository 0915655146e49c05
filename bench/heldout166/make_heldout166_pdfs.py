# ruff: noqa: B023  (page-heading closures are called within the loop iteration that defines them)
"""HELD-OUT set 166 of synthetic PDF EOB layouts (with truth files): an independent measurement of the PDF
reader on ten everyday documents, two of each of the five commonest real kinds, in house styles of their own.
Written without looking at the reader, its tests, docs or scores.

Run:  python bench/heldout166/make_heldout166_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout166/make_heldout166_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic output (reportlab invariant=1,
fpdf2 fixed creation date, no randomness). Helpers: samples/pdf/eobgen.py (Svc, plan arithmetic, money, dfmt,
truth format) and bench/heldout166/h166.py (a tiny drawing shim over reportlab / fpdf2 and the self-check).

Truth format: the one of samples/pdf (see samples/pdf/eobgen.py): printed values only, null for what a layout
does not print (units null where no quantity is printed; deductible/copay null where a layout prints them only
combined). claim_id = the provider's own patient account / patient control / visit / hospital account number;
payer_claim_id = the payer's claim number / ICN / TCN / claim control number; patient = the person served, exactly
as printed ("LAST, FIRST" on remits). Adjustments are recorded only where the page prints group + reason + amount
on the line; remarks are the note / remark / RARC codes printed on the line. Service_end only where a line prints
a real date span (Medicaid weekly spans). Claim totals only where a total for that claim is printed. Every name,
number, payer, provider, address and ID is invented; service descriptions are our own words.

Layouts:
  01 commercial PPO member EOB for a family of three, portrait Liberation Sans (reportlab): subscriber box,
     family summary table, grey claim bands "Patient: <name> (Dependent)" with "Claim number" and "Patient
     account", "Amount billed / Member savings / Amount allowed / Not payable / Deductible / Copay / Coinsurance /
     Plan pays / Your share / Rmk", code+modifiers spaced "97530 GO", no units, wrapped descriptions, a not-covered
     laser line the member owes; the third claim runs onto page 2 under a repeated band "(continued)" and header
  02 commercial "Claims Statement", landscape DejaVu Serif Condensed under a dark banner (fpdf2): plan-year
     tracker box, "Type of Service / Procedure / Mod / Qty / Amount Billed / Discounts / Amount Not Covered /
     Amount Allowed / Copay / Deductible (one column) / Coinsurance / What Your Plan Paid / What I Owe / See Notes",
     dates 01/05/2026, per-visit-day copay, a denied feeding line, hand-therapy orthosis + office visit; the
     daughter's claim continues on page 2 with repeated heading; PLANTED claim-total mismatch (What I Owe, Elias)
  03 Medicare Summary Notice Part B, portrait DejaVu Serif (reportlab): page-1 deductible / "Did Medicare approve
     all services?" boxes, provider blocks with "Claim number" and received date, "Date of Service / Service
     Provided & Billing Code / Service Approved? / Amount Provider Charged / Medicare-Approved Amount / Medicare
     Paid Provider / Maximum You May Be Billed / See Notes", code+mods in parentheses "(97110-GP-KX)" after the
     description, no units, no provider account (claim_id null), a "No" line, lettered notes, 2 pages
  04 Medicare Advantage HMO member EOB, portrait Liberation Sans Narrow (fpdf2): shaded cost sidebar, claim
     heads "Claim ML.." + "Provider's account number", white-on-dark column header, "Apr 6, 2026" dates, "97110 GP
     CQ" codes, Qty, "Provider's charge / Plan-approved amount / Plan's share / Your share / Note", $35 copay once a
     visit day, a non-covered line the member does not owe, zebra rows
  05 state Medicaid remittance advice, fixed-width Liberation Mono (reportlab): "RECIP / ID / PCN / ICN" heads,
     "LN SVC-DATE PROC M1 M2 UNITS BILLED ALLOWED TPL-AMT PAID GRP RSN ADJ-AMT RARC EOB", CO 45 on every line, a
     CO 197 / N54 denial, CLAIM TOTAL rows, ADJUSTED section with a VOID (trailing-minus amounts) and its
     replacement (same PCN, new ICN), EOB code glossary, payment summary, 2 pages
  06 state Medicaid fee-for-service RA, landscape DejaVu Sans Condensed, ruled grid (fpdf2): boxed member heads
     (Member / Member ID / Claim Ref # (TCN) / Provider Claim #), weekly "01/05/2026 - 01/09/2026" spans with summed
     units (service_end set), "$" money, member copay $3 (PR-3) stacked under CO-45 in the adjustment cells, a
     CO-204 / N130 denial, claim totals, 2 pages
  07 Medicare standard paper remit reprinted by a clearinghouse, core Courier (fpdf2): NAME / MID / ACNT / ICN /
     ASG / MOA heads, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD",
     SERV DATE "0302 030226", extra adjustments (PR-1, PR-2, CO-253) on the following text lines of the row, a
     CO-50 denial, PT RESP + CLAIM TOTALS + ADJ TO TOTALS lines, claim continued onto page 2, glossary
  08 practice-management "ERA Remittance Detail" in SPR format, landscape core Helvetica, proportional (reportlab):
     boxed patient heads (Patient / HIC/MBI / Pat Ctrl # / Payer Claim Control # / claim status), Rendering /
     From / Thru / POS / Units / Proc / Mods / Billed / Allowed / Deduct / Coins / Grp/Rsn / Adj Amt / Paid /
     Remarks with adjustments stacked in cells, a REVERSAL with parenthesised amounts and its re-processed claim,
     a CO-96 / N425 denial, a claim running over pages 2-3 with repeated heads, 3 pages
  09 pediatric therapy clinic family statement to a guarantor, DejaVu Sans (fpdf2): remittance stub box, patient
     bands for three children, visit sub-heads "Visit V-..." with the insurer's claim number, "Date / Code /
     Description / Units / Charge / Insurance Paid / Insurance Adjustment / Your Balance", no modifiers printed,
     visit totals for multi-line visits, a pending (not yet billed) visit with payer claim null, a patient payment
     row, amount due
  10 hospital outpatient-rehab patient statement, Liberation Serif with a right sidebar on page 1 (reportlab):
     accounts per patient (mother and two children), "Date / Rev / CPT/HCPCS / Description of service / Qty /
     Charges" (no modifiers, charges only per line), account-level insurance payment with the plan's claim
     number, contractual adjustment and patient balance (claim totals only)

The self-check (--check) tests the factory, not the reader: page counts; for every truth line, its row is found
in the page's pdfplumber text layer (by printed date + code or line tokens) and the code, modifiers, units, date
(and span end), every non-null amount, adjustment amount + reason and remark code are on that row's text line(s);
ids and patients appear in the document text; billed - adjustments = paid where a layout prints every adjustment;
allowed - deductible - copay - coinsurance (- CO-253) = paid where all are printed; printed claim totals equal the
sum of their lines unless planted (and the planted one really differs); at least three files carry a claim whose
rows span two pages.
"""
from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
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
from h166 import Doc, cells, check_file, wrap  # noqa: E402

D = date


def days(start: date, *offs: int) -> list[date]:
    return [start + timedelta(days=o) for o in offs]


def plan(dates: list[date], pattern: list[list[tuple]]) -> list[Svc]:
    """pattern[i % len] = [(code, units, mods), ...] for each visit date."""
    out = []
    for i, d in enumerate(dates):
        for code, u, mods in pattern[i % len(pattern)]:
            out.append(Svc(d, code, u, tuple(mods)))
    return out


class Build:
    def __init__(self, out: Path, name: str, producer: str, landscape: bool = False, all_adj: bool = False):
        self.path = out / f"{name}.pdf"
        self.name, self.producer, self.all_adj = name, producer, all_adj
        self.doc = Doc(producer, self.path, landscape, title="Statement")
        self.lines: list = []
        self.meta: list = []
        self.claims: list = []
        self.findings: list = []

    def rec(self, s: Svc, key: list[str], *, cid, pcid, pat, printed, band=1.0, **kw) -> None:
        self.lines.append(truth_line(self.doc.page_no, s, claim_id=cid, payer_claim_id=pcid, patient=pat,
                                     printed=printed, **kw))
        self.meta.append({"key": key, "band": band})

    def claim(self, cid, pcid, pat, **tot) -> None:
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": claim_totals(**tot)})

    def finish(self, layout: str, desc: str, legend: list) -> tuple:
        pages = self.doc.save()
        write_truth(self.path, layout, self.producer, pages, desc, self.lines, self.claims, legend, self.findings)
        return self.path, self.meta, self.all_adj


# ============================================================================ L01 commercial member EOB
def l01(out: Path):
    b = Build(out, "h166_01_commercial_family_eob", "reportlab")
    d = b.doc
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    zof = plan(days(D(2026, 1, 5), 0, 2, 7, 9, 14, 16, 21, 23, 28, 30, 35, 37),
               [[("97530", 2, ["GO"]), ("97535", 1, ["GO"])], [("97530", 3, ["GO"])]])
    zof.insert(0, Svc(D(2026, 1, 2), "97166", 1, ("GO",)))
    for s in zof:
        commercial(s, st)
    st2 = PlanState(ded_left=ZERO, copay_codes={"92507": Decimal("25.00"), "92523": Decimal("25.00")},
                    allowed_rate=Decimal("0.74"))
    jon = [Svc(D(2026, 1, 6), "92523", 1, ("GN",))] + plan(days(D(2026, 1, 13), 0, 7, 14), [[("92507", 1, ["GN"])]])
    for s in jon:
        commercial(s, st2)
    st3 = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.80"))
    ada = [Svc(D(2026, 1, 8), "97161", 1, ("GP",))] + plan(days(D(2026, 1, 12), 0, 5),
                                                          [[("97110", 2, ["GP"]), ("97140", 1, ["GP", "59"])]])
    ada.append(Svc(D(2026, 1, 17), "0552T", 1, (), denied="PR"))
    for s in ada:
        commercial(s, st3)
    claims = [
        ("Jonah Kowalczyk", "Dependent", "26013-11906-01", "BPT-40231", "Brightpath Pediatric Therapy LLC", jon),
        ("Adaeze Kowalczyk", "Spouse", "26019-52240-01", "LMR-7781-0", "Lakemoor Rehab & Sports PT", ada),
        ("Zofia Kowalczyk", "Dependent", "26011-40783-02", "BPT-40218", "Brightpath Pediatric Therapy LLC", zof),
    ]
    rmk = {"97530": "R7", "97535": "R7", "97166": "R7", "92523": "R3", "92507": "R3", "0552T": "N11"}
    cols = [(44, "l"), (108, "l"), (46, "l"), (36, "r"), (34, "r"), (36, "r"), (32, "r"), (34, "r"), (30, "r"),
            (34, "r"), (36, "r"), (36, "r"), (26, "c")]
    hdr = [["Date of", "service"], ["Service", ""], ["Code /", "modifier"], ["Amount", "billed"],
           ["Member", "savings"], ["Amount", "allowed"], ["Not", "payable"], ["Deduct-", "ible"], ["Copay", ""],
           ["Coin-", "surance"], ["Plan", "pays"], ["Your", "share"], ["Rmk", ""]]
    X = 34

    def top_of_page(first: bool) -> float:
        d.font("LibSans", 15, True)
        d.text(X, 46, "NORTHBROOK MERIDIAN")
        d.font("LibSans", 7.5)
        d.text(X, 56, "HEALTH PLANS  ·  PO Box 6120, Lansing Falls, MI 48999")
        d.font("LibSans", 12, True)
        d.text(d.W - X, 46, "Explanation of Benefits", "r")
        d.font("LibSans", 8)
        d.text(d.W - X, 58, "THIS IS NOT A BILL", "r")
        d.line(X, 64, d.W - X, 64, 1.2)
        if not first:
            d.font("LibSans", 7.5)
            d.text(X, 76, "Martin Kowalczyk  ·  Member ID NMH 4471 0928  ·  Statement date January 23, 2026")
            return 92
        d.font("LibSans", 9)
        for i, t in enumerate(["MARTIN KOWALCZYK", "418 ALDER BEND RD", "CEDAR HOLLOW MI 49990-2210"]):
            d.text(X, 86 + 11 * i, t)
        d.rect(340, 74, d.W - X - 340, 58)
        d.font("LibSans", 7.5)
        for i, (k, v) in enumerate([("Statement date", "January 23, 2026"), ("Subscriber", "Martin Kowalczyk"),
                                    ("Member ID", "NMH 4471 0928"), ("Group", "00-61822 Lakeshore Tool & Die"),
                                    ("Plan", "Open Access PPO 2500")]):
            d.text(346, 84 + 10 * i, k + ":")
            d.text(410, 84 + 10 * i, v)
        d.font("LibSans", 10, True)
        d.text(X, 152, "Claims we processed for your family")
        d.font("LibSans", 7.5, True)
        cells(d, X, 166, [(150, "l"), (90, "r"), (90, "r"), (90, "r")],
              ["Family member", "Amount billed", "Plan pays", "Your share"])
        d.font("LibSans", 7.5)
        y = 177
        for nm, rel, *_r, svcs in claims:
            cells(d, X, y, [(150, "l"), (90, "r"), (90, "r"), (90, "r")],
                  [f"{nm} ({rel})", money(total(svcs, "billed")), money(total(svcs, "paid")),
                   money(total(svcs, "owes"))])
            y += 10
        d.line(X, y - 7, X + 420, y - 7, 0.3)
        return y + 12

    def colhead(y: float) -> float:
        d.rect(X, y - 8, sum(w for w, _ in cols), 20, fill=0.92, stroke=False)
        d.font("LibSans", 6.3, True)
        cells(d, X, y, cols, hdr, lead=7.5)
        d.font("LibSans", 6.5)
        return y + 18

    y = top_of_page(True)
    bottom = d.H - 60
    for nm, rel, clm, acct, prov, svcs in claims:
        def band(y: float, cont: bool) -> float:
            d.rect(X, y - 9, sum(w for w, _ in cols), 22, fill=0.80, stroke=False)
            d.font("LibSans", 7.5, True)
            d.text(X + 3, y, f"Patient: {nm} ({rel})" + ("  (continued)" if cont else ""))
            d.text(X + 250, y, f"Claim number: {clm}")
            d.font("LibSans", 7)
            d.text(X + 3, y + 9, f"Provider: {prov}   ·   Patient account: {acct}   ·   In network   ·   "
                                 f"Received 01/{14 + len(svcs) % 5}/26")
            return colhead(y + 26)
        if y + 70 > bottom:
            d.new_page()
            y = top_of_page(False)
        y = band(y, False)
        for s in svcs:
            desc = wrap(d, s.desc, cols[1][0])
            h = 8 * len(desc) + 2
            if y + h > bottom:
                d.font("LibSans", 6.5)
                d.text(d.W - X, y + 4, "Continued on next page", "r")
                d.new_page()
                y = band(top_of_page(False), True)
            r = rmk.get(s.code, "R1") if (s.deductible or s.code in rmk) else ""
            if s.code == "97110" and s.deductible:
                r = "D2"
            code = " ".join((s.code,) + s.mods)
            ds = dfmt(s.dos, "mdy2")
            cells(d, X, y, cols, [ds, desc, code, money(s.billed, ","), money(s.discount, ","),
                                  money(s.allowed, ","), money(s.not_covered, ","), money(s.deductible, ","),
                                  money(s.copay, ","), money(s.coinsurance, ","), money(s.paid, ","),
                                  money(s.owes, ","), r], lead=8)
            b.rec(s, [ds, code], cid=acct, pcid=clm, pat=nm, band=4,
                  printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                           "paid", "patient_owes"), units=False, remarks=[r] if r else [],
                  description=True)
            y += h
        d.line(X, y - 6, X + sum(w for w, _ in cols), y - 6, 0.4)
        d.font("LibSans", 6.5, True)
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        cells(d, X, y + 2, cols, ["", "Claim totals", "", money(tb, "$"), money(total(svcs, "discount"), "$"),
                                  money(ta, "$"), money(total(svcs, "not_covered"), "$"),
                                  money(total(svcs, "deductible"), "$"), money(total(svcs, "copay"), "$"),
                                  money(total(svcs, "coinsurance"), "$"), money(tp, "$"), money(to, "$"), ""])
        b.claim(acct, clm, nm, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        y += 26
    legend = [("R1", "Your plan's network rate applied; what remains after your cost share was paid."),
              ("R3", "A copay applies to this therapy service under your plan."),
              ("R7", "Therapy visits for this member count toward the 60-visit yearly limit."),
              ("D2", "Part of the allowed amount went toward your deductible for the year."),
              ("N11", "Your plan does not cover this treatment. The provider may bill you for it.")]
    if y + 80 > bottom:
        d.new_page()
        y = top_of_page(False)
    d.font("LibSans", 8, True)
    d.text(X, y, "Remark codes")
    d.font("LibSans", 7)
    for i, (k, v) in enumerate(legend):
        d.text(X, y + 11 + 9 * i, k)
        d.text(X + 28, y + 11 + 9 * i, v)
    d.font("LibSans", 6.5)
    d.text(X, d.H - 30, "Questions? Call Member Services at 1-800-555-0147 (TTY 711), 8 a.m. to 8 p.m. You have "
                        "180 days from this notice to ask for an appeal.")
    return b.finish("commercial_family_eob", "Commercial PPO member EOB for a family of three", legend)


# ============================================================================ L02 commercial member EOB, landscape
def l02(out: Path):
    b = Build(out, "h166_02_commercial_claims_statement", "fpdf2", landscape=True)
    d = b.doc
    F = "DVSerifC"
    st1 = PlanState(ded_left=Decimal("60.00"), visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.71"))
    sop = [Svc(D(2026, 2, 2), "97165", 1, ("GO",))] + plan(
        days(D(2026, 2, 4), 0, 3, 7, 10, 14, 17, 21, 24, 28, 31),
        [[("97530", 2, ["GO"]), ("97112", 1, ["GO", "59"])], [("97530", 1, ["GO"]), ("97535", 2, ["GO"])],
         [("97530", 2, ["GO"]), ("97110", 1, ["GO"]), ("97535", 1, ["GO"])]])
    for s in sop:
        commercial(s, st1)
    st2 = PlanState(ded_left=ZERO, visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.71"))
    eli = [Svc(D(2026, 2, 3), "92523", 1, ("GN",))] + plan(days(D(2026, 2, 10), 0, 7), [[("92507", 1, ["GN"])]])
    eli.append(Svc(D(2026, 2, 24), "92526", 1, ("GN",), denied="CO"))
    for s in eli:
        commercial(s, st2)
    st3 = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.76"))
    mar = [Svc(D(2026, 2, 9), "99213", 1, ()), Svc(D(2026, 2, 9), "L3807", 1, ("RT",)),
           Svc(D(2026, 2, 16), "97760", 1, ("GO", "RT"))]
    for s in mar:
        commercial(s, st3)
    claims = [("Maren Lindqvist", "self", "E2602-771093", "HHC00981442", "Harbor Hand Center", mar),
              ("Elias Lindqvist", "son", "E2602-771245", "20260203-EL", "Saltmarsh Speech & Feeding", eli),
              ("Sophia Lindqvist", "daughter", "E2602-770861", "SK-118276", "Saltmarsh Kids OT", sop)]
    cols = [(52, "l"), (140, "l"), (40, "l"), (34, "l"), (26, "r"), (50, "r"), (48, "r"), (50, "r"), (50, "r"),
            (52, "r"), (50, "r"), (52, "r"), (52, "r"), (34, "c")]
    hdr = [["Service", "Date"], ["Type of Service", ""], ["Proce-", "dure"], ["Mod", ""], ["Qty", ""],
           ["Amount", "Billed"], ["Discounts", ""], ["Amount Not", "Covered"], ["Amount", "Allowed"],
           ["Copay /", "Deductible"], ["Co-", "insurance"], ["What Your", "Plan Paid"], ["What I", "Owe"],
           ["See", "Notes"]]
    X = 30
    TW = sum(w for w, _ in cols)

    def furniture(first: bool) -> float:
        d.gray(0.15)
        d.rect(0, 0, d.W, 40, fill=0.15, stroke=False)
        d.gray(1.0)
        d.font(F, 16, True)
        d.text(X, 27, "Tidewater Crest")
        d.font(F, 9)
        d.text(X + 140, 27, "Health & Life Insurance Co.")
        d.font(F, 13, True)
        d.text(d.W - X, 27, "CLAIMS STATEMENT", "r")
        d.gray(0.0)
        d.font(F, 7.5)
        d.text(d.W - X, 52, f"Page {d.page_no}", "r")
        d.text(X, 52, "Account: Saltwind Marine Supply  ·  ID: TCH-55102-88  ·  Statement for Maren Lindqvist"
                      "  ·  Issued 03/04/2026")
        if not first:
            return 72
        d.font(F, 9)
        for i, t in enumerate(["Maren Lindqvist", "77 Gull Point Terrace", "Port Ellery, ME 04999"]):
            d.text(X, 76 + 11 * i, t)
        d.font(F, 7.5)
        d.text(X, 118, "This statement shows claims we finished processing since your last statement.")
        d.text(X, 127, "It is not a bill. Your providers may bill you for the amount under \"What I Owe\".")
        # plan-year tracker box
        bx = 520
        d.rect(bx, 62, d.W - X - bx, 56)
        d.font(F, 8, True)
        d.text(bx + 6, 73, "Your plan year tracker (in network)")
        d.font(F, 7.5)
        for i, (k, v) in enumerate([("Individual deductible met", "$180.00 of $750.00"),
                                    ("Family deductible met", "$180.00 of $1,500.00"),
                                    ("Family out-of-pocket met", "$1,076.80 of $6,000.00")]):
            d.text(bx + 6, 85 + 10 * i, k)
            d.text(d.W - X - 6, 85 + 10 * i, v, "r")
        return 140

    def colhead(y: float) -> float:
        d.line(X, y - 9, X + TW, y - 9, 0.8)
        d.font(F, 6.8, True)
        cells(d, X, y, cols, hdr, lead=8)
        d.line(X, y + 11, X + TW, y + 11, 0.4)
        d.font(F, 7)
        return y + 21

    y = furniture(True)
    bottom = d.H - 46
    notes = {"92526": "NC", "97165": "CP", "92523": "CP", "L3807": "DM", "99213": "DD"}
    for nm, rel, clm, acct, prov, svcs in claims:
        def head(y: float, cont: bool) -> float:
            d.font(F, 8.5, True)
            d.text(X, y, f"{nm} ({rel})" + ("  - continued" if cont else ""))
            d.font(F, 7.5)
            d.text(X + 190, y, f"Claim ID {clm}   |   {prov}   |   Provider's patient no. {acct}   |   "
                               f"Processed 02/2{len(svcs) % 9}/2026")
            return colhead(y + 16)
        if y + 80 > bottom:
            d.new_page()
            y = furniture(False)
        y = head(y, False)
        for s in svcs:
            if y + 10 > bottom:
                d.new_page()
                y = head(furniture(False), True)
            ds = dfmt(s.dos, "mdy4")
            nt = notes.get(s.code, "")
            mods = " ".join(s.mods)
            cells(d, X, y, cols, [ds, s.desc, s.code, mods, units_str(s.units), money(s.billed, "$"),
                                  money(s.discount, "$"), money(s.not_covered, "$"), money(s.allowed, "$"),
                                  money(s.copay + s.deductible, "$"), money(s.coinsurance, "$"),
                                  money(s.paid, "$"), money(s.owes, "$"), nt])
            b.rec(s, [ds, s.code], cid=acct, pcid=clm, pat=nm,
                  printed=("billed", "discount", "not_covered", "allowed", "coinsurance", "paid", "patient_owes"),
                  remarks=[nt] if nt else [])
            y += 11
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        printed_owe = to
        if nm.startswith("Elias"):
            printed_owe = to + Decimal("10.00")
            b.findings.append({"kind": "claim_total_mismatch", "claim_id": acct, "payer_claim_id": clm,
                               "field": "patient_owes", "printed": str(printed_owe), "lines_sum": str(to),
                               "text": f"claim {clm}: printed What I Owe total {printed_owe} but the lines add "
                                       f"up to {to}"})
        d.line(X, y - 7, X + TW, y - 7, 0.4)
        d.font(F, 7, True)
        cells(d, X, y + 2, cols, ["Total", "", "", "", "", money(tb, "$"), money(total(svcs, "discount"), "$"),
                                  money(total(svcs, "not_covered"), "$"), money(ta, "$"),
                                  money(total(svcs, "copay") + total(svcs, "deductible"), "$"),
                                  money(total(svcs, "coinsurance"), "$"), money(tp, "$"),
                                  money(printed_owe, "$"), ""])
        b.claim(acct, clm, nm, billed=tb, allowed=ta, paid=tp, patient_owes=printed_owe)
        y += 28
    legend = [("CP", "A flat copay per visit day applies to therapy and evaluation visits."),
              ("NC", "Not covered: feeding therapy needs approval first. You are not responsible."),
              ("DM", "Durable medical item; counted toward your deductible before coinsurance."),
              ("DD", "Applied in part to your yearly deductible.")]
    if y + 60 > bottom:
        d.new_page()
        y = furniture(False)
    d.font(F, 8, True)
    d.text(X, y, "Notes")
    d.font(F, 7.5)
    for i, (k, v) in enumerate(legend):
        d.text(X, y + 11 + 9 * i, f"{k} - {v}")
    return b.finish("commercial_claims_statement", "Commercial member claims statement, landscape, family of three",
                    legend)


# ============================================================================ L03 Medicare Summary Notice
def l03(out: Path):
    b = Build(out, "h166_03_medicare_summary_notice", "reportlab")
    d = b.doc
    F = "DVSerif"
    st = PlanState(ded_left=Decimal("94.00"))
    pt = [Svc(D(2026, 3, 2), "97163", 1, ("GP",))] + plan(
        days(D(2026, 3, 4), 0, 2, 7, 9, 14, 16, 21, 23, 28, 30, 35),
        [[("97110", 2, ["GP", "KX"]), ("97140", 1, ["GP", "KX"])], [("97112", 1, ["GP", "KX"]), ("97116", 1, ["GP", "KX"])]])
    pt.append(Svc(D(2026, 3, 23), "G0283", 1, ("GP",), denied="CO"))
    for s in pt:
        medicare(s, st)
    st.ded_left = ZERO
    slp = [Svc(D(2026, 3, 10), "92523", 1, ("GN",)), Svc(D(2026, 3, 17), "92507", 1, ("GN",)),
           Svc(D(2026, 3, 24), "92507", 1, ("GN",))]
    for s in slp:
        medicare(s, st)
    ben = "Walter J. Abernathy-Cole"
    provs = [("Fernbrook Physical Therapy, PC", "(555) 014-2290", "2290 Quarry Mill Rd, Ste 4, Danvers Glen, OH 45999",
              "26-071-33102-4410", pt),
             ("Lakeview Voice & Swallow Clinic", "(555) 016-7711", "9 Willet Way, Danvers Glen, OH 45999",
              "26-082-90551-0170", slp)]
    X = 48

    def furniture(first: bool) -> float:
        d.font(F, 15, True)
        d.text(X, 52, "Medicare Summary Notice")
        d.font(F, 9)
        d.text(X, 66, "for Part B (Medical Services and Supplies)")
        d.font(F, 8)
        d.text(d.W - X, 52, f"{ben}", "r")
        d.text(d.W - X, 63, f"Page {d.page_no}", "r")
        d.line(X, 74, d.W - X, 74, 1.5)
        if not first:
            return 96
        d.font(F, 10, True)
        d.text(X, 96, "THIS IS NOT A BILL")
        d.font(F, 8.5)
        for i, t in enumerate([ben, "51 Bramblecrest Ave Apt 2", "Danvers Glen OH 45999-0013"]):
            d.text(X, 112 + 11 * i, t)
        d.rect(330, 86, d.W - X - 330, 92)
        d.font(F, 8.5, True)
        d.text(338, 99, "Your Medicare Number")
        d.font(F, 8.5)
        d.text(338, 110, "7QW2-HN4-TR61")
        d.font(F, 8.5, True)
        d.text(338, 126, "Your Deductible Status")
        d.font(F, 7.5)
        d.text(338, 137, "You have now met your Part B deductible")
        d.text(338, 147, "for 2026.")
        d.font(F, 8.5, True)
        d.text(338, 163, "Claims processed Mar 1 - May 31, 2026")
        d.font(F, 8.5, True)
        d.text(X, 160, "Did Medicare approve all services?  NO")
        d.font(F, 7.5)
        d.text(X, 171, "Look for NO in the \"Service Approved?\" column.")
        d.font(F, 11, True)
        d.text(X, 200, "Your Claims for Part B (Medical Services and Supplies)")
        return 220

    cols = [(50, "l"), (166, "l"), (44, "c"), (54, "r"), (58, "r"), (58, "r"), (58, "r"), (28, "c")]
    TW = sum(w for w, _ in cols)
    hdr = [["Date of", "Service"], ["Service Provided &", "Billing Code"], ["Service", "Approved?"],
           ["Amount", "Provider", "Charged"], ["Medicare-", "Approved", "Amount"], ["Medicare", "Paid", "Provider"],
           ["Maximum", "You May", "Be Billed"], ["See", "Notes"]]

    def colhead(y: float) -> float:
        d.rect(X, y - 9, TW, 30, fill=0.88, stroke=False)
        d.font(F, 6.8, True)
        cells(d, X, y, cols, hdr, lead=8)
        d.font(F, 7)
        return y + 30

    y = furniture(True)
    bottom = d.H - 70
    notes = {"97163": "A", "G0283": "C", "92523": "A"}
    for prov, ph, addr, clm, svcs in provs:
        def head(y: float, cont: bool) -> float:
            d.font(F, 8.5, True)
            d.text(X, y, prov + (" (continued)" if cont else ""))
            d.font(F, 7.5)
            d.text(X, y + 10, f"{addr}   {ph}")
            d.text(X, y + 20, f"Claim number {clm}   ·   Received on Apr 2, 2026   ·   "
                              "Service provided by your therapist")
            return colhead(y + 36)
        if y + 90 > bottom:
            d.new_page()
            y = furniture(False)
        y = head(y, False)
        for s in svcs:
            code = "-".join((s.code,) + s.mods)
            txt = wrap(d, f"{s.desc} ({code})", cols[1][0])
            h = 9 * len(txt) + 2
            if y + h > bottom:
                d.font(F, 7)
                d.text(X, y + 6, "Continued on next page")
                d.new_page()
                y = head(furniture(False), True)
            ds = dfmt(s.dos, "mdy2")
            appr = "No" if s.denied else "Yes"
            nt = notes.get(s.code, "B")
            cells(d, X, y, cols, [ds, txt, appr, money(s.billed, "$"), money(s.allowed, "$"), money(s.paid, "$"),
                                  money(s.owes, "$"), nt], lead=9)
            b.rec(s, [ds, appr], cid=None, pcid=clm, pat=ben, band=10,
                  printed=("billed", "allowed", "paid", "patient_owes"), units=False, remarks=[nt])
            y += h
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        d.line(X, y - 7, X + TW, y - 7, 0.6)
        d.font(F, 7, True)
        cells(d, X, y + 2, cols, ["", "Total for this claim", "", money(tb, "$"), money(ta, "$"), money(tp, "$"),
                                  money(to, "$"), ""])
        b.claim(None, clm, ben, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        y += 30
    legend = [("A", "An evaluation visit starts a new plan of care. Your therapist certified the plan."),
              ("B", "Medicare pays 80% of the approved amount after the yearly deductible. Amounts shown after the "
                    "2% federal payment reduction."),
              ("C", "This unattended stimulation is not paid when billed with the same-day therapy shown. You do "
                    "not owe this amount; the provider agreed to accept Medicare's decision.")]
    if y + 80 > bottom:
        d.new_page()
        y = furniture(False)
    d.font(F, 9, True)
    d.text(X, y, "Notes for Claims Above")
    d.font(F, 7.5)
    yy = y + 12
    for k, v in legend:
        for j, t in enumerate(wrap(d, v, d.W - 2 * X - 20)):
            if j == 0:
                d.text(X, yy, k)
            d.text(X + 16, yy, t)
            yy += 9
    d.font(F, 7)
    d.text(X, d.H - 34, "If you disagree with a decision, you can file an appeal within 120 days. Report fraud: "
                        "1-800-555-0190.")
    return b.finish("medicare_summary_notice", "Medicare Summary Notice Part B, one beneficiary, two providers",
                    legend)


# ============================================================================ L04 Medicare Advantage member EOB
def l04(out: Path):
    b = Build(out, "h166_04_medicare_advantage_eob", "fpdf2")
    d = b.doc
    F = "LibNarrow"
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("35.00"), allowed_rate=Decimal("0.62"))
    mem = "Henrietta O. Vasquez-Lund"
    ot = [Svc(D(2026, 4, 1), "97167", 1, ("GO",))] + plan(
        days(D(2026, 4, 3), 0, 4, 7, 11, 14, 18, 21, 25, 28, 32, 35),
        [[("97530", 2, ["GO"]), ("97535", 1, ["GO"])], [("97530", 1, ["GO", "CO"]), ("97112", 1, ["GO"])]])
    for s in ot:
        commercial(s, st)
    pt = [Svc(D(2026, 4, 6), "97161", 1, ("GP",)), Svc(D(2026, 4, 13), "97110", 3, ("GP", "CQ")),
          Svc(D(2026, 4, 13), "0552T", 1, ("GP",), denied="CO"), Svc(D(2026, 4, 20), "97110", 2, ("GP", "CQ"))]
    for s in pt:
        commercial(s, st)
    claims = [("Cardinal Ridge Outpatient Rehab", "ML2604-0093317", "CRR-5520917", pt),
              ("Meadowsweet Home & Clinic OT", "ML2604-0088401", "MSO/22781", ot)]
    X = 36
    cols = [(50, "l"), (150, "l"), (62, "l"), (24, "r"), (56, "r"), (56, "r"), (56, "r"), (50, "r"), (40, "c")]
    TW = sum(w for w, _ in cols)
    hdr = [["Date of", "service"], ["Service you received", ""], ["Code", ""], ["Qty", ""],
           ["Provider's", "charge"], ["Plan-approved", "amount"], ["Plan's", "share"], ["Your", "share"],
           ["Note", ""]]

    def furniture(first: bool) -> float:
        d.font(F, 16, True)
        d.text(X, 48, "Bluestem Senior Advantage (HMO)")
        d.font(F, 8)
        d.text(X, 60, "A Medicare Advantage plan from Bluestem Health Partners  ·  H9999-017")
        d.font(F, 10, True)
        d.text(d.W - X, 48, "Explanation of Benefits", "r")
        d.font(F, 8)
        d.text(d.W - X, 60, f"Claims processed Apr 1 - May 15, 2026  ·  page {d.page_no}", "r")
        d.line(X, 68, d.W - X, 68, 2)
        if not first:
            d.text(X, 82, f"{mem}  ·  Member ID BSA 300 481 227")
            return 102
        # left: address; right sidebar
        d.font(F, 9)
        for i, t in enumerate([mem.upper(), "3310 PRAIRIE SMOKE LN", "WILLOW FORKS KS 66999"]):
            d.text(X, 90 + 11 * i, t)
        d.font(F, 8.5, True)
        d.text(X, 136, f"Member: {mem}")
        sx = 372
        d.rect(sx, 80, d.W - X - sx, 110, fill=0.94)
        d.font(F, 9, True)
        d.text(sx + 8, 94, "Your costs so far in 2026")
        d.font(F, 8)
        for i, (k, v) in enumerate([("Medical out-of-pocket max", "$4,900.00"), ("Paid toward it so far", "$630.00"),
                                    ("Therapy copay per visit day", "$35.00"), ("Member ID", "BSA 300 481 227"),
                                    ("Questions", "1-866-555-0133 (TTY 711)")]):
            d.text(sx + 8, 110 + 14 * i, k)
            d.text(d.W - X - 8, 110 + 14 * i, v, "r")
        d.font(F, 8)
        for i, t in enumerate(["This notice lists the medical services your plan processed in April.",
                               "It is not a bill. Keep it with your records.",
                               "If a provider asks you to pay more than \"Your share\", call us."]):
            d.text(X, 154 + 10 * i, t)
        d.font(F, 11, True)
        d.text(X, 214, "Your medical claims in detail")
        return 234

    def colhead(y: float) -> float:
        d.rect(X, y - 9, TW, 22, fill=0.25, stroke=False)
        d.gray(1.0)
        d.font(F, 7.5, True)
        cells(d, X, y, cols, hdr, lead=8.5)
        d.gray(0.0)
        d.font(F, 8)
        return y + 22

    y = furniture(True)
    bottom = d.H - 56
    for prov, clm, acct, svcs in claims:
        def head(y: float, cont: bool) -> float:
            d.font(F, 9, True)
            d.text(X, y, f"Claim {clm}" + ("  (continued from previous page)" if cont else ""))
            d.font(F, 8)
            d.text(X, y + 11, f"{prov}   ·   Provider's account number: {acct}   ·   Claim status: Processed")
            return colhead(y + 27)
        if y + 80 > bottom:
            d.new_page()
            y = furniture(False)
        y = head(y, False)
        for i, s in enumerate(svcs):
            if y + 11 > bottom:
                d.new_page()
                y = head(furniture(False), True)
            if i % 2:
                d.rect(X, y - 8, TW, 11, fill=0.95, stroke=False)
            ds = dfmt(s.dos, "mon")
            code = " ".join((s.code,) + s.mods)
            nt = "3" if s.denied else ("1" if s.copay else "")
            cells(d, X, y, cols, [ds, s.desc, code, units_str(s.units), money(s.billed, "$"),
                                  money(s.allowed, "$"), money(s.paid, "$"), money(s.owes, "$"), nt])
            b.rec(s, [ds, code], cid=acct, pcid=clm, pat=mem,
                  printed=("billed", "allowed", "paid", "patient_owes"), remarks=[nt] if nt else [])
            y += 11
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        d.line(X, y - 7, X + TW, y - 7, 0.8)
        d.font(F, 8, True)
        cells(d, X, y + 2, cols, ["", "Claim total", "", "", money(tb, "$"), money(ta, "$"), money(tp, "$"),
                                  money(to, "$"), ""])
        b.claim(acct, clm, mem, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        y += 30
    legend = [("1", "Your $35.00 therapy copay applies once per visit day."),
              ("3", "The plan does not cover this laser treatment. The provider cannot bill you; it is their "
                    "write-off under the network contract.")]
    if y + 40 > bottom:
        d.new_page()
        y = furniture(False)
    d.font(F, 9, True)
    d.text(X, y, "Notes")
    d.font(F, 8)
    for i, (k, v) in enumerate(legend):
        d.text(X, y + 12 + 10 * i, f"{k}   {v}")
    return b.finish("medicare_advantage_eob", "Medicare Advantage HMO monthly member EOB", legend)


# ============================================================================ L05 state Medicaid RA, fixed-width
def l05(out: Path):
    b = Build(out, "h166_05_medicaid_remittance_advice", "reportlab", all_adj=True)
    d = b.doc
    F, SZ, LEAD = "LibMono", 6.6, 8.6
    X = 28
    recips = [
        ("OKAFOR, DESTINY", "98 7715 3302", "BPT40518", "2026041-00-18352",
         [Svc(D(2026, 1, 6), "97166", 1, ("GO",))] + plan(days(D(2026, 1, 8), 0, 5, 7, 12, 14, 19, 21, 26, 28, 33, 35),
                                                          [[("97530", 2, ("GO",)), ("97110", 1, ("GO",))],
                                                           [("97530", 3, ("GO",))], [("97535", 2, ("GO",))]])),
        ("MARCHETTI-DIAZ, LUCA", "98 2240 6619", "BPT40533", "2026041-00-18353",
         [Svc(D(2026, 1, 7), "92523", 1, ("GN",)), Svc(D(2026, 1, 14), "92507", 1, ("GN",)),
          Svc(D(2026, 1, 21), "92507", 1, ("GN",)), Svc(D(2026, 1, 21), "92526", 1, ("GN",), denied="CO")]),
        ("HOLLOWAY, JAMES T", "98 0093 8127", "BPT40551", "2026041-00-18355",
         plan(days(D(2026, 1, 5), 0, 2, 7, 9, 14, 16, 21, 23, 28),
              [[("97530", 2, ("GO",)), ("97110", 1, ("GO",))], [("97535", 1, ("GO",)), ("97112", 2, ("GO",))]])),
        ("TRAN, BAO-NGOC", "98 5521 0047", "BPT40547", "2026041-00-18354",
         plan(days(D(2026, 1, 9), 0, 7), [[("97530", 2, ("GO", "59")), ("97112", 1, ("GO",))]])),
    ]
    for *_h, svcs in recips:
        for s in svcs:
            medicaid(s, deny_reason="197")
            if s.denied:
                s.remarks = ["N54"]
            s.remarks = s.remarks or []
    # a void of an earlier paid claim and its replacement (units corrected 2 -> 3)
    old = Svc(D(2025, 12, 16), "97530", 2, ("GO",))
    medicaid(old)
    void = negate(old)
    rep = Svc(D(2025, 12, 16), "97530", 3, ("GO",))
    medicaid(rep)
    eob = {"45": "0143", "197": "0620"}

    def fmt_line(ln: int, s: Svc, neg: str = "trail") -> str:
        adj = s.adjs[0] if s.adjs else None
        m = list(s.mods) + ["", ""]
        return (f"{ln:>3} {dfmt(s.dos, 'mdy2'):<9}{s.code:<7}{m[0]:<3}{m[1]:<4}{units_str(s.units):>5} "
                f"{money(s.billed, ',', neg):>10}{money(s.allowed, ',', neg):>10}{money(ZERO, ','):>8}"
                f"{money(s.paid, ',', neg):>10}  {(adj[0] + ' ' + adj[1]) if adj else '':<7}"
                f"{money(adj[2], ',', neg) if adj else '':>9}  {' '.join(s.remarks):<6}"
                f"{eob.get(adj[1], '') if adj else '':>5}")
    hdr = (f"{'LN':>3} {'SVC-DATE':<9}{'PROC':<7}{'M1':<3}{'M2':<4}{'UNITS':>5} {'BILLED':>10}{'ALLOWED':>10}"
           f"{'TPL-AMT':>8}{'PAID':>10}  {'GRP RSN':<7}{'ADJ-AMT':>9}  {'RARC':<6}{'EOB':>5}")

    def furniture() -> float:
        d.font(F, SZ + 1.4, True)
        d.text(d.W / 2, 36, "STATE OF NEW CASCADIA  -  DEPARTMENT OF HEALTH CARE SERVICES", "c")
        d.text(d.W / 2, 46, "MEDICAL ASSISTANCE PROGRAM  -  PROVIDER REMITTANCE ADVICE", "c")
        d.font(F, SZ)
        rows = [f"PROVIDER: BRIGHTPATH PEDIATRIC THERAPY LLC           PROVIDER NO: 0049912871    PAGE: {d.page_no:>3}",
                "          2201 TAMARACK PKWY STE 110                  RA NUMBER:   0001287734",
                "          RIVERMONT NC 28999                          PAY DATE:    02/13/2026   EFT TRACE 8801234471"]
        for i, r in enumerate(rows):
            d.text(X, 62 + LEAD * i, r)
        d.text(X, 62 + LEAD * 3.5, "-" * 120)
        return 62 + LEAD * 5

    def header(y: float, section: str) -> float:
        d.font(F, SZ, True)
        d.text(X, y, f"CLAIM TYPE: PROFESSIONAL          STATUS: {section}")
        d.text(X, y + LEAD, hdr)
        d.font(F, SZ)
        d.text(X, y + 2 * LEAD, "-" * 120)
        return y + 3 * LEAD

    bottom = d.H - 48
    y = header(furniture(), "PAID CLAIMS")

    def emit_claim(y: float, nm, rid, pcn, icn, svcs, section, neg="trail", tag=""):
        def chead(y: float, cont: bool) -> float:
            d.font(F, SZ, True)
            d.text(X, y, f"RECIP: {nm:<24} ID: {rid:<14} PCN: {pcn:<10} ICN: {icn}{tag}"
                         + ("   *** CONTINUED ***" if cont else ""))
            d.font(F, SZ)
            return y + LEAD
        if y + 4 * LEAD > bottom:
            d.new_page()
            y = header(furniture(), section)
        y = chead(y, False)
        for i, s in enumerate(svcs, 1):
            if y + LEAD > bottom:
                d.text(X, y, "                       *** CLAIM CONTINUED ON NEXT PAGE ***")
                d.new_page()
                y = chead(header(furniture(), section), True)
            t = fmt_line(i, s, neg)
            d.text(X, y, t)
            ds = dfmt(s.dos, "mdy2")
            b.rec(s, [f"{i:>3} {ds}".strip(), s.code], cid=pcn, pcid=icn, pat=nm,
                  printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks)
            y += LEAD
        tb, ta, tp = (total(svcs, a) for a in ("billed", "allowed", "paid"))
        d.font(F, SZ, True)
        d.text(X, y, f"{'    CLAIM TOTAL':<34}{money(tb, ',', neg):>10}{money(ta, ',', neg):>10}{'0.00':>8}"
                     f"{money(tp, ',', neg):>10}")
        d.font(F, SZ)
        b.claim(pcn, icn, nm, billed=tb, allowed=ta, paid=tp)
        return y + 1.6 * LEAD

    for nm, rid, pcn, icn, svcs in recips:
        if all(s.denied for s in svcs):
            continue
        y = emit_claim(y, nm, rid, pcn, icn, svcs, "PAID CLAIMS")
    if y + 8 * LEAD > bottom:
        d.new_page()
        y = furniture()
    y = header(y + LEAD, "ADJUSTED CLAIMS (VOID / REPLACEMENT)")
    y = emit_claim(y, "OKAFOR, DESTINY", "98 7715 3302", "BPT39977", "2025352-00-04410", [void], "ADJUSTED",
                   tag="  VOID")
    y = emit_claim(y, "OKAFOR, DESTINY", "98 7715 3302", "BPT39977", "2026041-00-18360", [rep], "ADJUSTED",
                   tag="  REPLACES 2025352-00-04410")
    if y + 10 * LEAD > bottom:
        d.new_page()
        y = furniture()
    d.font(F, SZ, True)
    d.text(X, y + LEAD, "EOB CODE DESCRIPTIONS")
    d.font(F, SZ)
    legend = [("0143", "PAYMENT REDUCED TO THE STATE MAXIMUM FEE FOR THIS PROCEDURE."),
              ("0620", "SERVICE NEEDS A PRIOR APPROVAL NUMBER ON FILE FOR THIS DATE."),
              ("N54", "REMARK: APPROVAL ON FILE DOES NOT MATCH THE SERVICE BILLED.")]
    for i, (k, v) in enumerate(legend):
        d.text(X, y + (2 + i) * LEAD, f"{k:<6}{v}")
    tp = sum(total(r[4], "paid") for r in recips) + void.paid + rep.paid
    d.font(F, SZ, True)
    d.text(X, y + 6 * LEAD, f"PAYMENT SUMMARY:  CLAIMS PAID AMOUNT {money(tp, ','):>12}   NET PAYMENT {money(tp, ','):>12}")
    return b.finish("medicaid_remittance_advice", "State Medicaid remittance advice, fixed-width print, void and "
                    "replacement", legend)


# ============================================================================ L07 clearinghouse SPR (Courier)
def l07(out: Path):
    b = Build(out, "h166_07_clearinghouse_spr", "fpdf2", all_adj=True)
    d = b.doc
    F, SZ, LEAD = "Courier", 6.9, 8.4
    X = 26
    st = PlanState(ded_left=Decimal("94.00"))
    pats = [
        ("PELLEGRINO, ROSALIND", "4HX8TR2WK17", "FPT-884120", "0226071331024", "1780056622",
         [Svc(D(2026, 3, 2), "97163", 1, ("GP",))] + plan(days(D(2026, 3, 4), 0, 2, 7, 9, 14, 16),
                                                         [[("97110", 2, ("GP", "KX")), ("97140", 1, ("GP",))],
                                                          [("97112", 2, ("GP",)), ("97530", 1, ("GP",))]])),
        ("NAKAMURA-BELL, GORDON", "7JW3QP5NA82", "FPT-884175", "0226071331188", "1780056622",
         [Svc(D(2026, 3, 3), "97161", 1, ("GP",)), Svc(D(2026, 3, 10), "97110", 3, ("GP", "CQ")),
          Svc(D(2026, 3, 10), "G0283", 1, ("GP",), denied="CO")]),
        ("OYELARAN, FUNMILAYO", "2MK9VD4RT30", "FPT-884192", "0226071331255", "1326699012",
         [Svc(D(2026, 3, 5), "97165", 1, ("GO",))] + plan(days(D(2026, 3, 9), 0, 3, 7, 10, 14, 17, 21),
                                                         [[("97530", 2, ("GO",)), ("97535", 1, ("GO",))]])),
    ]
    for i, (*_h, svcs) in enumerate(pats):
        st.ded_left = Decimal("94.00") if i != 1 else ZERO
        for s in svcs:
            medicare(s, st)

    def serv(s: Svc) -> str:
        return f"{s.dos:%m%d} {s.dos:%m%d%y}"
    hdr = "PERF PROV   SERV DATE   POS NOS  PROC  MODS        BILLED   ALLOWED   DEDUCT    COINS  GRP/RC-AMT       PROV PD"

    def furniture() -> float:
        d.font(F, SZ + 1, True)
        d.text(X, 34, "PRAIRIEGATE MEDICARE SERVICES (PART B)             MEDICARE REMITTANCE NOTICE")
        d.font(F, SZ)
        rows = ["P.O. BOX 44190  FARGO CROSSING ND 58999             PROVIDER #: 3390418                PAGE #: " + str(d.page_no),
                "FERNBROOK PHYSICAL THERAPY PC                       DATE: 04/06/26",
                "2290 QUARRY MILL RD STE 4                           CHECK/EFT #: 100448213",
                "DANVERS GLEN OH 45999",
                "REPRINTED BY CLEARSTREAM EDI SERVICES - REMIT VIEWER 7.2 - NOT AN ORIGINAL",
                "", hdr, "-" * 118]
        for i, r in enumerate(rows):
            d.text(X, 50 + LEAD * i, r)
        return 50 + LEAD * (len(rows) + 0.6)

    y = furniture()
    bottom = d.H - 40
    tot_pd = ZERO
    for nm, mid, acnt, icn, npi, svcs in pats:
        def chead(y: float) -> float:
            d.text(X, y, f"NAME {nm:<24} MID {mid}  ACNT {acnt:<12} ICN {icn}  ASG Y  MOA MA01")
            return y + LEAD
        if y + 5 * LEAD > bottom:
            d.new_page()
            y = furniture()
        y = chead(y)
        for s in svcs:
            nadj = max(1, len(s.adjs))
            if y + nadj * LEAD > bottom:
                d.new_page()
                y = chead(furniture())
            mods = " ".join(s.mods)
            g, r, a = s.adjs[0]
            first = f"{g}-{r}"
            d.text(X, y, f"{npi:<11} {serv(s):<11} 11 {units_str(s.units):>4}  {s.code:<5} {mods:<8}"
                         f"{money(s.billed, ''):>10}{money(s.allowed, ''):>10}{money(s.deductible, ''):>9}"
                         f"{money(s.coinsurance, ''):>9}  {first:<7}{money(a, ''):>9}{money(s.paid, ''):>10}")
            for j, (g, r, a) in enumerate(s.adjs[1:], 1):
                d.text(X, y + j * LEAD, f"{'':>87}{g + '-' + r:<7}{money(a, ''):>9}")
            b.rec(s, [serv(s), s.code], cid=acnt, pcid=icn, pat=nm, band=(nadj - 1) * LEAD + 1,
                  printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs)
            y += nadj * LEAD
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        tot_pd += tp
        td, tc = total(svcs, "deductible"), total(svcs, "coinsurance")
        adj_sum = sum((a for s in svcs for _g, _r, a in s.adjs), ZERO)
        d.text(X, y, f"PT RESP {money(to, ''):>10}{'':>12}CLAIM TOTALS {money(tb, ''):>14}{money(ta, ''):>10}"
                     f"{money(td, ''):>9}{money(tc, ''):>9}{'':>9}{money(adj_sum, ''):>9}{money(tp, ''):>10}")
        d.text(X, y + LEAD, f"ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00"
                            f"{'NET':>20}{money(tp, ''):>10}")
        b.claim(acnt, icn, nm, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        y += 2.8 * LEAD
    if y + 6 * LEAD > bottom:
        d.new_page()
        y = furniture()
    d.text(X, y, "TOTALS:  # OF CLAIMS 3   BILLED AMT / ALLOWED AMT / DEDUCT AMT / COINS AMT SHOWN PER CLAIM ABOVE")
    d.text(X, y + LEAD, f"         PROV PD AMT {money(tot_pd, ''):>10}   CHECK AMT {money(tot_pd, ''):>10}")
    d.text(X, y + 3 * LEAD, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES")
    legend = [("CO", "Contractual obligation (provider write-off)"), ("PR", "Patient responsibility"),
              ("MA01", "Appeal rights message on claim"), ("45", "Charge exceeds fee schedule"),
              ("1", "Deductible"), ("2", "Coinsurance"), ("253", "Sequestration reduction"),
              ("50", "Not deemed medically necessary by the payer")]
    for i, (k, v) in enumerate(legend):
        d.text(X, y + (4 + i) * LEAD, f"{k:<6}{v.upper()}")
    return b.finish("clearinghouse_spr", "Medicare standard paper remittance reprinted by a clearinghouse", legend)


# ============================================================================ L06 Medicaid RA, ruled grid
def l06(out: Path):
    b = Build(out, "h166_06_medicaid_ra_grid", "fpdf2", landscape=True, all_adj=True)
    d = b.doc
    F = "DVCond"
    X = 24
    members = [
        ("Keisha M. Woodbury", "MCD 600 418 772", "SLH-2026-0415", "5126 040 7730 01", True,
         [(Svc(D(2026, 1, 5), "97530", 8, ("GO",)), D(2026, 1, 9)), (Svc(D(2026, 1, 5), "97110", 4, ("GO",)), D(2026, 1, 9)),
          (Svc(D(2026, 1, 12), "97530", 6, ("GO",)), D(2026, 1, 16)), (Svc(D(2026, 1, 12), "97535", 2, ("GO",)), D(2026, 1, 16)),
          (Svc(D(2026, 1, 19), "97530", 8, ("GO",)), D(2026, 1, 23)), (Svc(D(2026, 1, 19), "97112", 4, ("GO",)), D(2026, 1, 23)),
          (Svc(D(2026, 1, 26), "97530", 6, ("GO",)), D(2026, 1, 30)), (Svc(D(2026, 1, 26), "97110", 2, ("GO",)), D(2026, 1, 30))]),
        ("Rafael Quiñones Ortega", "MCD 600 902 115", "SLH-2026-0433", "5126 040 7731 01", True,
         [(Svc(D(2026, 1, 6), "97161", 1, ("GP",)), None), (Svc(D(2026, 1, 6), "97110", 2, ("GP",)), None),
          (Svc(D(2026, 1, 13), "97110", 3, ("GP", "CQ")), None), (Svc(D(2026, 1, 13), "97140", 1, ("GP",)), None),
          (Svc(D(2026, 1, 13), "97760", 1, ("GP",), denied="CO"), None)]),
        ("Amira Haddad", "MCD 601 337 208", "SLH-2026-0440", "5126 040 7732 01", False,
         [(Svc(D(2026, 1, 7), "92523", 1, ("GN",)), None), (Svc(D(2026, 1, 14), "92507", 1, ("GN",)), None),
          (Svc(D(2026, 1, 21), "92507", 1, ("GN",)), None), (Svc(D(2026, 1, 28), "92507", 1, ("GN",)), None)]),
        ("Theodore Kalnins", "MCD 598 004 561", "SLH-2026-0452", "5126 040 7733 01", True,
         [(Svc(D(2026, 1, 8), "97165", 1, ("GO",)), None), (Svc(D(2026, 1, 8), "97530", 2, ("GO",)), None),
          (Svc(D(2026, 1, 15), "97530", 2, ("GO",)), None), (Svc(D(2026, 1, 15), "97535", 1, ("GO",)), None),
          (Svc(D(2026, 1, 22), "97530", 3, ("GO",)), None), (Svc(D(2026, 1, 29), "97530", 3, ("GO",)), None),
          (Svc(D(2026, 1, 29), "97140", 1, ("GO", "59")), None)]),
    ]
    for nm, mid, pcn, tcn, adult, rows in members:
        seen = set()
        for s, _e in rows:
            medicaid(s, deny_reason="204")
            if s.denied:
                s.remarks = ["N130"]
            elif adult and s.dos not in seen and s.paid >= Decimal("3.00"):
                seen.add(s.dos)
                s.copay = Decimal("3.00")
                s.paid -= s.copay
                s.owes = s.copay
                s.adjs.append(("PR", "3", s.copay))
    cols = [(22, "c"), (92, "l"), (46, "l"), (44, "l"), (30, "r"), (58, "r"), (58, "r"), (46, "r"), (58, "r"),
            (12, "l"), (60, "l"), (54, "r"), (12, "l"), (44, "l"), (36, "l")]
    TW = sum(w for w, _ in cols)
    hdr = [["Ln", ""], ["Dates of Service", "From - To"], ["Procedure", ""], ["Modifiers", ""], ["Units", ""],
           ["Billed", "Amount"], ["Allowed", "Amount"], ["Member", "Copay"], ["Paid", "Amount"],
           ["Adjustment", "Grp / Reason"], ["Adjustment", "Amount"], ["Remark", "Codes"], ["Status", ""]]

    def furniture() -> float:
        d.rect(X, 22, d.W - 2 * X, 44)
        d.font(F, 12, True)
        d.text(X + 8, 38, "Sunhaven State Medical Assistance")
        d.font(F, 8)
        d.text(X + 8, 50, "Fee-for-Service Provider Remittance Advice  ·  administered by Keystone Fiscal Agent Services")
        d.text(X + 8, 60, "Payee: Silver Lantern Home Health & Rehab  ·  Payee ID 00770041  ·  NPI 1992044170")
        d.text(d.W - X - 8, 38, f"Remit date 02/06/2026   ·   Remit # 7730-0019   ·   Page {d.page_no}", "r")
        d.text(d.W - X - 8, 50, "Payment method: EFT   ·   Trace 5126040779", "r")
        return 86

    def colhead(y: float) -> float:
        d.rect(X, y - 9, TW, 20, fill=0.85)
        d.font(F, 6.8, True)
        cells(d, X, y, cols, hdr, lead=8)
        d.font(F, 7.2)
        return y + 20

    y = furniture()
    bottom = d.H - 40
    for nm, mid, pcn, tcn, adult, rows in members:
        def chead(y: float, cont: bool) -> float:
            d.rect(X, y - 9, TW, 24, fill=0.96)
            d.font(F, 7.5, True)
            d.text(X + 4, y, f"Member: {nm}" + ("   (continued)" if cont else ""))
            d.text(X + 190, y, f"Member ID: {mid}")
            d.text(X + 330, y, f"Claim Ref # (TCN): {tcn}")
            d.font(F, 7.2)
            d.text(X + 4, y + 10, f"Provider Claim # {pcn}   ·   Claim status: "
                                  f"{'Paid' if not any(s.denied for s, _ in rows) else 'Paid in part'}"
                                  "   ·   Claim type: Professional   ·   Received 01/31/2026")
            return colhead(y + 26)
        if y + 70 > bottom:
            d.new_page()
            y = furniture()
        y = chead(y, False)
        for i, (s, end) in enumerate(rows, 1):
            n = max(1, len(s.adjs))
            h = 9 * n + 3
            if y + h > bottom:
                d.new_page()
                y = chead(furniture(), True)
            span = dfmt(s.dos, "mdy4") + (" - " + dfmt(end, "mdy4") if end else "")
            grp = [f"{g}-{r}" for g, r, _a in s.adjs] or [""]
            amts = [money(a, "$") for _g, _r, a in s.adjs] or [""]
            cells(d, X, y, cols, [str(i), span, s.code, " ".join(s.mods), units_str(s.units), money(s.billed, "$"),
                                  money(s.allowed, "$"), money(s.copay, "$"), money(s.paid, "$"), "", grp, amts, "",
                                  " ".join(s.remarks), "Denied" if s.denied else "Paid"], lead=9)
            d.line(X, y + h - 8, X + TW, y + h - 8, 0.2)
            b.rec(s, [span, s.code], cid=pcn, pcid=tcn, pat=nm, band=(n - 1) * 9 + 1, service_end=end,
                  printed=("billed", "allowed", "copay", "paid"), adjustments=s.adjs, remarks=s.remarks)
            y += h
        svcs = [s for s, _ in rows]
        tb, ta, tp = (total(svcs, a) for a in ("billed", "allowed", "paid"))
        d.font(F, 7.2, True)
        cells(d, X, y, cols, ["", "Claim totals", "", "", "", money(tb, "$"), money(ta, "$"),
                              money(total(svcs, "copay"), "$"), money(tp, "$"), "", "", "", "", "", "", ""])
        b.claim(pcn, tcn, nm, billed=tb, allowed=ta, paid=tp)
        y += 24
    legend = [("N130", "Remark: consult plan benefit documents for this service's coverage limits."),
              ("CO-45", "Amount above the program's maximum fee; provider may not bill the member."),
              ("CO-204", "Service is not covered for this member's benefit plan."),
              ("PR-3", "Member copayment collected by the provider.")]
    if y + 60 > bottom:
        d.new_page()
        y = furniture()
    d.font(F, 8, True)
    d.text(X, y, "Codes used on this remittance")
    d.font(F, 7.5)
    for i, (k, v) in enumerate(legend):
        d.text(X, y + 11 + 9 * i, f"{k:<8} {v}")
    return b.finish("medicaid_ra_grid", "State Medicaid fee-for-service remittance advice, ruled grid, landscape",
                    legend)


# ============================================================================ L08 PM-system remit, proportional
def l08(out: Path):
    b = Build(out, "h166_08_pm_remit_detail", "reportlab", landscape=True, all_adj=True)
    d = b.doc
    F = "Helvetica"
    X = 28
    st = PlanState(ded_left=ZERO)
    pats = [
        ("Dorothea Finch", "1AB2CD3EF45", "LMR-10442", "11260550144020", "PROCESSED AS PRIMARY",
         [Svc(D(2026, 2, 3), "97110", 2, ("GP",)), Svc(D(2026, 2, 3), "97140", 1, ("GP", "59")),
          Svc(D(2026, 2, 5), "97110", 2, ("GP",)), Svc(D(2026, 2, 5), "97112", 1, ("GP",))], False),
        ("Ignatius Moreau", "9ZY8XW7VU65", "LMR-10391", "11260460099107", "REVERSAL OF PREVIOUS PAYMENT",
         [Svc(D(2026, 1, 20), "97530", 3, ("GP",)), Svc(D(2026, 1, 20), "97110", 1, ("GP",))], True),
        ("Ignatius Moreau", "9ZY8XW7VU65", "LMR-10391", "11260550144311", "PROCESSED AS PRIMARY",
         [Svc(D(2026, 1, 20), "97530", 2, ("GP",)), Svc(D(2026, 1, 20), "97110", 2, ("GP",))], False),
        ("Yolanda Petrakis", "5QR6ST7UV89", "LMR-10457", "11260550144588", "PROCESSED AS PRIMARY",
         [Svc(D(2026, 2, 2), "97163", 1, ("GP",))] + plan(days(D(2026, 2, 4), 0, 2, 7, 9, 14, 16),
                                                         [[("97110", 2, ("GP", "KX")), ("97116", 1, ("GP",)),
                                                           ("97140", 1, ("GP",))]]) +
         [Svc(D(2026, 2, 20), "0552T", 1, ("GP",), denied="CO")], False),
    ]
    rows_by = []
    for nm, hic, acct, icn, status, svcs, rev in pats:
        st.ded_left = Decimal("40.00") if nm.startswith("Dorothea") else ZERO
        out_svcs = []
        for s in svcs:
            medicare(s, st, deny_reason="96")
            if s.denied:
                s.remarks = ["N425"]
            out_svcs.append(negate(s) if rev else s)
        rows_by.append((nm, hic, acct, icn, status, out_svcs))
    cols = [(58, "l"), (52, "l"), (52, "l"), (24, "c"), (28, "c"), (36, "l"), (40, "l"), (56, "r"), (56, "r"),
            (50, "r"), (50, "r"), (52, "l"), (56, "r"), (56, "r"), (52, "l")]
    TW = sum(w for w, _ in cols)
    hdr = ["Rendering", "From", "Thru", "POS", "Units", "Proc", "Mods", "Billed", "Allowed", "Deduct", "Coins",
           "Grp/Rsn", "Adj Amt", "Paid", "Remarks"]

    def furniture() -> float:
        d.font(F, 7)
        d.text(X, 24, "TheraLedger Practice Manager 11.4  ·  Report: ERA Remittance Detail (Standard Paper Remit format)")
        d.text(d.W - X, 24, f"Printed 02/27/2026 4:12 PM  ·  User: JBRANDT  ·  Page {d.page_no}", "r")
        d.line(X, 28, d.W - X, 28, 0.4)
        d.font(F, 11, True)
        d.text(X, 46, "Lakemoor Rehab & Sports PT")
        d.font(F, 7.5)
        d.text(X, 57, "Payer: Heartland Plains Medicare Administrative Contractor - Part B  ·  Payer ID 04412")
        d.text(X, 66, "Check/EFT # 884201177  ·  Check date 02/24/2026  ·  NPI 1457790023  ·  PTAN LMR0099")
        d.rect(X, 78, TW, 13, fill=0.2, stroke=False)
        d.gray(1.0)
        d.font(F, 7, True)
        cells(d, X, 87, cols, hdr)
        d.gray(0.0)
        d.font(F, 7)
        return 104

    y = furniture()
    bottom = d.H - 40
    for nm, hic, acct, icn, status, svcs in rows_by:
        neg = any(s.billed < 0 for s in svcs)

        def chead(y: float, cont: bool) -> float:
            d.rect(X, y - 9, TW, 24, stroke=True)
            d.font(F, 7.5, True)
            d.text(X + 4, y, f"Patient: {nm}")
            d.text(X + 170, y, f"HIC/MBI: {hic}")
            d.text(X + 300, y, f"Pat Ctrl #: {acct}")
            d.text(X + 430, y, f"Payer Claim Control #: {icn}")
            d.font(F, 7)
            d.text(X + 4, y + 10, f"Claim status: {status}" + ("   (continued)" if cont else "")
                   + "   ·   Assignment: Y   ·   Claim frequency: " + ("8 - void" if neg else "1 - original"))
            return y + 26
        if y + 60 > bottom:
            d.new_page()
            y = furniture()
        y = chead(y, False)
        for s in svcs:
            n = max(1, len(s.adjs))
            h = 9 * n + 2
            if y + h > bottom:
                d.new_page()
                y = chead(furniture(), True)
            ds = dfmt(s.dos, "mdy4")
            grp = [f"{g}-{r}" for g, r, _a in s.adjs]
            amts = [money(a, ",", "()") for _g, _r, a in s.adjs]
            cells(d, X, y, cols, ["1457790023", ds, ds, "11", units_str(s.units), s.code, " ".join(s.mods),
                                  money(s.billed, ",", "()"), money(s.allowed, ",", "()"),
                                  money(s.deductible, ",", "()"), money(s.coinsurance, ",", "()"), grp, amts,
                                  money(s.paid, ",", "()"), " ".join(s.remarks)], lead=9)
            b.rec(s, [ds, s.code], cid=acct, pcid=icn, pat=nm, band=(n - 1) * 9 + 1,
                  printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                  remarks=s.remarks)
            d.line(X, y + h - 8, X + TW, y + h - 8, 0.15)
            y += h
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        d.font(F, 7, True)
        cells(d, X, y, cols, ["Claim totals", "", "", "", "", "", "", money(tb, ",", "()"), money(ta, ",", "()"),
                              money(total(svcs, "deductible"), ",", "()"), money(total(svcs, "coinsurance"), ",", "()"),
                              "", "", money(tp, ",", "()"), ""])
        d.font(F, 7)
        d.text(X + 4, y + 10, f"Patient responsibility: {money(to, ',', '()')}   ·   Interest: 0.00   ·   "
                              f"Net paid this claim: {money(tp, ',', '()')}")
        b.claim(acct, icn, nm, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        y += 30
    legend = [("CO-45", "Contracted fee schedule reduction"), ("PR-1", "Deductible"), ("PR-2", "Coinsurance"),
              ("CO-253", "Federal sequestration reduction"), ("CO-96", "Non-covered charge"),
              ("N425", "Statutorily excluded service")]
    if y + 50 > bottom:
        d.new_page()
        y = furniture()
    d.font(F, 7.5, True)
    d.text(X, y, "Adjustment and remark code glossary (posting legend)")
    d.font(F, 7)
    for i, (k, v) in enumerate(legend):
        d.text(X + (i % 3) * 230, y + 11 + 9 * (i // 3), f"{k}  {v}")
    return b.finish("pm_remit_detail", "Practice-management ERA remittance detail in standard paper remit format, "
                    "with a reversal and its correction", legend)


# ============================================================================ L09 therapy clinic family statement
def l09(out: Path):
    b = Build(out, "h166_09_clinic_family_statement", "fpdf2")
    d = b.doc
    F = "DVSans"
    X = 32
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.80"))
    kids = [
        ("Arjun Raghunathan-Hale", "Cascadia Mutual PPO",
         [("V-60418", "CM7741-2209-88", [Svc(D(2026, 1, 5), "97166", 1, ("GO",))]),
          ("V-60502", "CM7741-2388-10", [Svc(D(2026, 1, 12), "97530", 2, ("GO",)), Svc(D(2026, 1, 12), "97535", 1, ("GO",))]),
          ("V-60577", "CM7741-2490-37", [Svc(D(2026, 1, 19), "97530", 2, ("GO",)), Svc(D(2026, 1, 19), "97112", 1, ("GO",))]),
          ("V-60641", "CM7741-2601-52", [Svc(D(2026, 1, 26), "97530", 3, ("GO",))])]),
        ("Mira Raghunathan-Hale", "Cascadia Mutual PPO",
         [("V-60433", "CM7741-2215-04", [Svc(D(2026, 1, 6), "92523", 1, ("GN",))]),
          ("V-60519", "CM7741-2399-61", [Svc(D(2026, 1, 13), "92507", 1, ("GN",))]),
          ("V-60590", "CM7741-2502-18", [Svc(D(2026, 1, 20), "92507", 1, ("GN",)), Svc(D(2026, 1, 20), "92526", 1, ("GN",))]),
          ("V-60660", None, [Svc(D(2026, 1, 27), "92507", 1, ("GN",))])]),
        ("Kavi Raghunathan-Hale", "Cascadia Mutual PPO",
         [("V-60455", "CM7741-2231-76", [Svc(D(2026, 1, 7), "97165", 1, ("GO",)), Svc(D(2026, 1, 7), "97760", 1, ("GO",)),
                                         Svc(D(2026, 1, 7), "L3807", 1, ("LT",))]),
          ("V-60538", "CM7741-2410-93", [Svc(D(2026, 1, 14), "97530", 2, ("GO",)), Svc(D(2026, 1, 14), "97140", 1, ("GO", "59"))]),
          ("V-60611", "CM7741-2533-40", [Svc(D(2026, 1, 21), "97530", 2, ("GO",)), Svc(D(2026, 1, 21), "97110", 1, ("GO",))])]),
    ]
    for _nm, _ins, visits in kids:
        for vis, clm, svcs in visits:
            for s in svcs:
                if clm is None:  # not yet billed: the whole charge still shows as the balance pending insurance
                    s.owes = ZERO
                    continue
                commercial(s, st)
    cols = [(58, "l"), (46, "l"), (176, "l"), (30, "c"), (56, "r"), (58, "r"), (60, "r"), (64, "r")]
    TW = sum(w for w, _ in cols)
    hdr = [["Date", ""], ["Code", ""], ["Description", ""], ["Units", ""], ["Charge", ""], ["Insurance", "Paid"],
           ["Insurance", "Adjustment"], ["Your", "Balance"]]
    grand = sum((s.owes for _n, _i, v in kids for _v, _c, ss in v for s in ss), ZERO)
    paid_by_pt = Decimal("60.00")

    def furniture(first: bool) -> float:
        d.font(F, 13, True)
        d.text(X, 42, "Maple & Moss Pediatric Therapy")
        d.font(F, 7.5)
        d.text(X, 53, "Occupational · Speech · Feeding   |   880 Larkspur Court, Suite 3, Bellwether, OR 97999")
        d.text(X, 62, "Billing office (555) 013-8842   ·   billing@maplemoss.example")
        d.font(F, 11, True)
        d.text(d.W - X, 42, "STATEMENT", "r")
        d.font(F, 7.5)
        d.text(d.W - X, 53, f"Account G-20417   ·   page {d.page_no}", "r")
        if not first:
            d.line(X, 70, d.W - X, 70, 0.6)
            return 88
        d.rect(330, 72, d.W - X - 330, 62)
        d.font(F, 7.5)
        for i, (k, v) in enumerate([("Statement date", "03/02/2026"), ("Guarantor", "Priya Raghunathan-Hale"),
                                    ("Account no.", "G-20417"), ("Amount due", money(grand - paid_by_pt, "$")),
                                    ("Please pay by", "03/27/2026")]):
            d.text(336, 83 + 11 * i, k)
            d.text(d.W - X - 6, 83 + 11 * i, v, "r")
        d.font(F, 8.5)
        for i, t in enumerate(["Priya Raghunathan-Hale", "1204 Fernhill Loop", "Bellwether OR 97999"]):
            d.text(X, 90 + 11 * i, t)
        d.font(F, 6.5)
        d.text(d.W / 2, 146, "- - - - - - - - - -  Please detach and return the top portion with your payment  - - - - - - - - - -", "c")
        d.font(F, 10, True)
        d.text(X, 166, "Account activity for your family")
        return 184

    def colhead(y: float) -> float:
        d.font(F, 7, True)
        cells(d, X, y, cols, hdr, lead=8)
        d.line(X, y + 11, X + TW, y + 11, 0.6)
        d.font(F, 7)
        return y + 21

    y = furniture(True)
    bottom = d.H - 54
    for nm, ins, visits in kids:
        def phead(y: float, cont: bool) -> float:
            d.rect(X, y - 9, TW, 13, fill=0.90, stroke=False)
            d.font(F, 8, True)
            d.text(X + 3, y, f"Patient: {nm}" + ("  (continued)" if cont else ""))
            d.font(F, 7)
            d.text(X + TW - 3, y, f"Primary insurance: {ins}", "r")
            return colhead(y + 16)
        if y + 70 > bottom:
            d.new_page()
            y = furniture(False)
        y = phead(y, False)
        for vis, clm, svcs in visits:
            if y + 12 + 10 * len(svcs) > bottom:
                d.new_page()
                y = phead(furniture(False), True)
            d.font(F, 6.8)
            d.text(X + 3, y, f"Visit {vis}  ·  " + (f"billed to {ins} 0{1 + svcs[0].dos.day % 2}/2{svcs[0].dos.day % 8}/2026"
                                                   f"  ·  insurer claim # {clm}" if clm else
                                                   "claim pending with insurance - not yet due"))
            y += 10
            d.font(F, 7)
            for s in svcs:
                ds = dfmt(s.dos, "mdy4")
                if clm is None:
                    vals = [ds, s.code, s.desc, units_str(s.units), money(s.billed, "$"), "pending", "pending",
                            money(ZERO, "$")]
                else:
                    vals = [ds, s.code, s.desc, units_str(s.units), money(s.billed, "$"), money(s.paid, "$"),
                            money(s.billed - s.paid - s.owes, "$"), money(s.owes, "$")]
                cells(d, X, y, cols, vals)
                b.rec(s, [ds, s.code], cid=vis, pcid=clm, pat=nm, modifiers=False,
                      printed=("billed", "patient_owes") + (("paid",) if clm else ()))
                y += 10
            tb, tp, to = (total(svcs, a) for a in ("billed", "paid", "owes"))
            if len(svcs) > 1:
                b.claim(vis, clm, nm, billed=tb, paid=tp if clm else None, patient_owes=to)
                d.font(F, 6.8, True)
                cells(d, X, y, cols, ["", "", "Visit total", "", money(tb, "$"), money(tp, "$") if clm else "pending",
                                      money(tb - tp - to, "$") if clm else "pending", money(to, "$")])
                y += 10
            else:
                b.claim(vis, clm, nm)
            y += 3
        y += 6
    if y + 80 > bottom:
        d.new_page()
        y = furniture(False)
    d.font(F, 7)
    d.text(X + 3, y, "02/10/2026   Payment received - thank you (card ending 4471)")
    d.text(X + TW - 3, y, money(-paid_by_pt, "$"), "r")
    d.line(X, y + 5, X + TW, y + 5, 0.6)
    d.font(F, 8, True)
    d.text(X + 3, y + 16, "Amount due now")
    d.text(X + TW - 3, y + 16, money(grand - paid_by_pt, "$"), "r")
    d.font(F, 6.8)
    d.text(X, y + 34, "Balances shown as 'pending' are waiting on your insurance and are not due yet. Payment plans"
                      " are available; call the billing office.")
    return b.finish("clinic_family_statement", "Pediatric therapy clinic family statement to a guarantor, three "
                    "children, visit-grouped", [])


# ============================================================================ L10 hospital outpatient rehab statement
def l10(out: Path):
    b = Build(out, "h166_10_hospital_rehab_statement", "reportlab")
    d = b.doc
    F = "LibSerif"
    X = 30
    MAINW = 392
    SX = X + MAINW + 14
    REV = {"97110": "0420", "97140": "0420", "97112": "0420", "97161": "0420", "97116": "0420", "97530": "0430",
           "97535": "0430", "97166": "0434", "97168": "0430", "92507": "0440", "92523": "0444", "97760": "0430",
           "L3807": "0274"}
    accts = [
        ("40077120", "Nora Ferreira-Nash", "Evergreen Health Plan", "EHP26-00418823",
         [Svc(D(2026, 1, 6), "97161", 1, ("GP",))] + plan(days(D(2026, 1, 8), 0, 5, 7, 12, 14, 19),
                                                         [[("97110", 2, ("GP",)), ("97140", 1, ("GP",)),
                                                           ("97112", 1, ("GP",))]]), Decimal("0.70")),
        ("40077164", "Declan Ferreira-Nash", "Evergreen Health Plan", "EHP26-00419507",
         [Svc(D(2026, 1, 9), "97166", 1, ("GO",))] + plan(days(D(2026, 1, 16), 0, 7, 14),
                                                         [[("97530", 2, ("GO",)), ("97535", 1, ("GO",))]]) +
         [Svc(D(2026, 2, 6), "97760", 1, ("GO",)), Svc(D(2026, 2, 6), "L3807", 1, ("RT",))], Decimal("0.68")),
        ("40077201", "Maeve Ferreira-Nash", "Evergreen Health Plan", "EHP26-00420112",
         [Svc(D(2026, 1, 13), "92523", 1, ("GN",))] + plan(days(D(2026, 1, 20), 0, 7, 14), [[("92507", 1, ("GN",))]]),
         Decimal("0.72")),
    ]
    cols = [(52, "l"), (30, "l"), (52, "l"), (164, "l"), (26, "c"), (68, "r")]
    hdr = ["Date", "Rev", "CPT/HCPCS", "Description of service", "Qty", "Charges"]
    totals = []
    for acct, nm, ins, clm, svcs, rate in accts:
        tb = total(svcs, "billed")
        paid = q(tb * rate * Decimal("0.80"))
        adj = q(tb * (1 - rate))
        totals.append((tb, paid, adj, tb - paid - adj))
    due = sum((t[3] for t in totals), ZERO)

    def furniture(first: bool) -> float:
        d.font(F, 14, True)
        d.text(X, 44, "St. Brigid Regional Medical Center")
        d.font(F, 8)
        d.text(X, 55, "Outpatient Rehabilitation Services  ·  600 Harrow Street, Kettle Falls, WA 98999")
        d.font(F, 11, True)
        d.text(d.W - X, 44, "Patient Statement", "r")
        d.font(F, 8)
        d.text(d.W - X, 55, f"Guarantor: Colm Ferreira-Nash  ·  Page {d.page_no}", "r")
        d.line(X, 62, d.W - X, 62, 1)
        if not first:
            return 80
        # sidebar
        d.rect(SX, 72, d.W - X - SX, 250, fill=0.93, stroke=False)
        d.font(F, 10, True)
        d.text(SX + 8, 88, "Amount due")
        d.font(F, 16, True)
        d.text(SX + 8, 108, money(due, "$"))
        d.font(F, 8)
        side = ["Due date: 03/15/2026", "Guarantor no. G-8842105", "", "Pay online at the patient portal,",
                "by phone at (555) 018-3300, or mail", "the coupon on the back.", "", "Financial assistance",
                "You may qualify for free or reduced", "cost care. Ask us for an application.", "",
                "Questions about insurance?", "Call Patient Financial Services,", "Mon-Fri 8:00-4:30."]
        for i, t in enumerate(side):
            d.text(SX + 8, 124 + 10 * i, t)
        d.font(F, 8.5)
        for i, t in enumerate(["COLM FERREIRA-NASH", "77 BIRCH TERRACE", "KETTLE FALLS WA 98999"]):
            d.text(X, 84 + 11 * i, t)
        d.font(F, 8)
        d.text(X, 130, "Statement date 02/27/2026. This statement covers one account per patient visit series.")
        return 150

    def colhead(y: float) -> float:
        d.font(F, 7.5, True)
        cells(d, X, y, cols, hdr)
        d.line(X, y + 3, X + MAINW, y + 3, 0.5)
        d.font(F, 7.5)
        return y + 12

    y = furniture(True)
    bottom = d.H - 50
    for (acct, nm, ins, clm, svcs, _r), (tb, paid, adj, bal) in zip(accts, totals):
        def ahead(y: float, cont: bool) -> float:
            d.font(F, 8.5, True)
            d.text(X, y, f"Account {acct}   Patient: {nm}" + ("  (continued)" if cont else ""))
            d.font(F, 7.5)
            d.text(X, y + 10, f"Outpatient therapy series   ·   Primary insurance: {ins}")
            return colhead(y + 24)
        if y + 80 > bottom:
            d.new_page()
            y = furniture(False)
        y = ahead(y, False)
        for s in svcs:
            txt = wrap(d, s.desc, cols[3][0])
            h = 9 * len(txt) + 1
            if y + h > bottom:
                d.font(F, 7)
                d.text(X + MAINW, y, "continued", "r")
                d.new_page()
                y = ahead(furniture(False), True)
            ds = dfmt(s.dos, "mdy4")
            cells(d, X, y, cols, [ds, REV[s.code], s.code, txt, units_str(s.units), money(s.billed, ",")], lead=9)
            b.rec(s, [ds, s.code], cid=acct, pcid=clm, pat=nm, modifiers=False, band=1,
                  printed=("billed",))
            y += h
        if y + 60 > bottom:
            d.new_page()
            y = furniture(False)
        d.line(X, y - 6, X + MAINW, y - 6, 0.4)
        d.font(F, 7.5)
        rows = [("Total charges", money(tb, ",")),
                (f"Insurance payment - {ins} claim {clm}", money(paid, ",")),
                ("Insurance contractual adjustment", money(adj, ",")),
                ("Patient balance for this account", money(bal, ","))]
        for i, (k, v) in enumerate(rows):
            d.font(F, 7.5, i in (0, 3))
            d.text(X + 100, y + 4 + 10 * i, k)
            d.text(X + MAINW - 2, y + 4 + 10 * i, v, "r")
        b.claim(acct, clm, nm, billed=tb, paid=paid, patient_owes=bal)
        y += 56
    return b.finish("hospital_rehab_statement", "Hospital outpatient rehabilitation patient statement for a "
                    "guarantor, three patient accounts, sidebar", [])


LAYOUTS = [l01, l02, l03, l04, l05, l06, l07, l08, l09, l10]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout166_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    made = [f(out) for f in LAYOUTS]
    print(out)
    if "--check" in argv:
        errors: list[str] = []
        nl = npg = nspan = 0
        for path, meta, all_adj in made:
            a, p, sp = check_file(path, meta, all_adj, errors)
            nl, npg, nspan = nl + a, npg + p, nspan + sp
            print(f"  {path.name}: {a} lines, {p} pages{', claim spans pages' if sp else ''}")
        if nspan < 3 and len(made) >= 10:
            errors.append(f"only {nspan} files carry a claim spanning pages")
        for e in errors[:60]:
            print("FAIL", e)
        print(f"check: {len(made)} files, {nl} lines, {npg} pages, {len(errors)} problems")
        return 1 if errors else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
