"""Write the HELD-OUT set 116 of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on ten documents of the five commonest real kinds (two each: commercial member
EOBs, Medicare Summary Notice / Medicare Advantage member EOB, state Medicaid remittance advices, Medicare-style
paper remits from a clearinghouse / practice-management system, family statements from a clinic / hospital), each
in a house style unlike the earlier sets. Written without looking at the reader or how it reads these files.

Run:  python bench/heldout116/make_heldout116_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout116/make_heldout116_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
canvas116.py (same folder) is a small drawing layer over reportlab / fpdf2 plus text-layer extraction for --check.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed); claim_id = the provider's own account / patient-control
/ visit / hospital account number, payer_claim_id = the payer's claim number / ICN / DCN, patient exactly as
printed (the person who got the service, not the subscriber / guarantor unless the same). Every name, number,
payer, provider, address and ID is invented; descriptions are our own words. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness).

Layouts:
  01  commercial PPO member "Your Claims Statement", portrait core Helvetica (reportlab): "Provider charged / Plan
      discount / Not covered / Plan's rate / Deductible / Copay / Coinsurance / Plan paid / You owe / Note",
      "97530 GO 59" in a Service cell with a grey description line under it, 01/05/26, three family members, a
      denied line the member owes, claim totals, one claim continued on page 2 with heading and columns repeated
  02  commercial "Explanation of Your Health Care Benefits", landscape Liberation Serif (fpdf2): boxed claim
      blocks with a shaded "Patient / Claim No. / Provider / Patient Acct" band, Code and Mod columns apart,
      "Jan 5, 2026" dates, truncated descriptions, per-visit $30 copay, a bundled write-off line, four family
      members; PLANTED claim-total mismatch (printed Your Responsibility total 10.00 too high)
  03  Medicare Summary Notice in the older format, portrait Liberation Serif (reportlab): "Dates of Service /
      Services Provided / Amount Charged / Medicare Approved / Medicare Paid Provider / You May Be Billed / See
      Notes Section", units and code inside the service text ("2 Therapeutic exercises (97110)"), no modifiers
      printed, Part B deductible, 2% reduction, a non-covered laser line, claim continued on page 2, notes a/b/c
  04  Medicare Advantage PPO member EOB, portrait DejaVu Sans (fpdf2): "Service details / Qty / Provider's charge /
      Plan-approved amount / Plan's share / Your share / Note", hyphen-chained "97140-GO-KX" heading a description
      that wraps to two or three lines, $25 visit copay, a non-covered line, claim totals, numbered notes
  05  state Medicaid "Provider Remittance Advice", landscape core Courier (reportlab): "BENEFICIARY / ICN / PROV
      ACCT / STATUS" heading rows (APPROVED / REJECTED / VOIDED / REPLACEMENT), LN / FROM / TO MMDDYY / PROC / MOD /
      UNITS "4.00" / BILLED / ALLOWED / TPL / CO-PAY / PAID / ADJ "CO45" / ADJ AMT / EOB 4-digit, trailing-minus
      void lines, column header repeated on every page, claim totals, payee summary
  06  state Medicaid "Provider Payment Statement" from a fiscal agent, portrait Liberation Sans Narrow (fpdf2):
      ruled grid, member band per claim with Member ID / DCN / Patient Acct #, "1/5/2026", Modifier(s) "GN 59",
      Submitted / Allowed / Co-pay / Reimbursed, a $1.00 co-pay whose PR-3 adjustment sits on a sub-row, a
      zero-pay line, a denied line, remark legend
  07  clearinghouse "Remittance Print" of a Medicare Part B payment, landscape DejaVu Sans Mono (reportlab):
      "Patient / Pt Ctrl # / Payer Claim #" heads, composite "HC:97110:GP:CQ", CHARGE / ALLOWED / DEDUCT / COINS,
      GRP/RSN + ADJ AMT stacked one per text line under each service, PROV PAID, RARC, claim continued on page 2
      with its heading repeated, a non-covered PR line, patient responsibility under claim totals
  08  practice-management "EOB Detail by Check" for a Medicare check, portrait DejaVu Sans Condensed (fpdf2):
      "Acct / patient / ICN" bands with claim status, DOS / CPT / Mod 1 / Mod 2 / Units / Billed / Approved /
      Deductible / Coins / Seq. Red. / Paid / Write-off, each service's "Adj: CO-45 116.30; PR-2 14.74; ..." on a
      grey second text line, a reversal claim with negative amounts and its corrected claim
  09  pediatric therapy clinic "Statement" to a guarantor, portrait Liberation Sans (fpdf2): detach stub with
      Amount Due, one "Visit V-nnnnn - billed to ... insurance claim ..." heading per visit, Date / Patient /
      Description / CPT / Mod / Units / Charges / Ins. Paid / Ins. Adj. / Your Portion, three children, runs on to
      page 2 with the header repeated, balance-forward block (claim totals not printed: null)
  10  hospital "Household Statement", portrait Helvetica with a grey left sidebar (reportlab): one account per
      family member with the insurer's claim number, Date / Rev / CPT/HCPCS "97140-GO-59" / Description / Qty /
      Amount, insurance payment and adjustment only at account level (lines carry billed only; totals billed only)

The self-check (--check) tests the factory, not the reader: for every truth line, one text row of its page (words
grouped by baseline, extracted with pdfplumber) carries the date, code (as the layout prints it), modifiers,
units and every printed amount and remark of that line; adjustment codes are on the page; ids, patient and
description are in the document; page counts match; billed - discount - not covered = allowed and allowed -
deductible - copay - coinsurance = paid on member EOBs; billed - adjustments = paid on remits that print every
adjustment; claim totals are printed and equal the sum of the lines unless the mismatch is a planted expected
finding, and the planted one really is one; legend codes are printed."""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eobgen import (  # noqa: E402
    LONG_DESC,
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

from canvas116 import Doc, has, page_rows  # noqa: E402

D = date
SPECS: dict[str, dict] = {}


@dataclass
class Claim:
    patient: str
    claim_id: str | None
    pcid: str | None
    provider: str
    svcs: list[Svc]
    extra: dict = field(default_factory=dict)


def visits(start: date, plan: list[tuple[int, list[tuple]]]) -> list[Svc]:
    """plan: [(day offset, [(code, units, mods[, denied])...])...]"""
    out = []
    for off, items in plan:
        for it in items:
            code, u, mods = it[0], it[1], it[2]
            out.append(Svc(start + timedelta(days=off), code, Decimal(str(u)), tuple(mods),
                           denied=it[3] if len(it) > 3 else None))
    return out


def cells(doc: Doc, x0: float, y: float, cols: list, vals: list, st: str = "R", size: float = 7,
          pad: float = 2) -> None:
    x = x0
    for (title, w, al), v in zip(cols, vals):
        if v:
            if al == "R":
                doc.text(x + w - pad, y, v, st, size, "R")
            elif al == "C":
                doc.text(x + w / 2, y, v, st, size, "C")
            else:
                doc.text(x + pad, y, v, st, size)
        x += w


def head(doc: Doc, x0: float, y: float, cols: list, st: str = "B", size: float = 6.5, lead: float = 7.5) -> float:
    """Column titles, '\n' for two-line titles; returns the baseline of the last title line."""
    n = max(len(c[0].split("\n")) for c in cols)
    x = x0
    for title, w, al in cols:
        parts = title.split("\n")
        parts = [""] * (n - len(parts)) + parts
        for i, p in enumerate(parts):
            yy = y + i * lead
            if al == "R":
                doc.text(x + w - 2, yy, p, st, size, "R")
            elif al == "C":
                doc.text(x + w / 2, yy, p, st, size, "C")
            else:
                doc.text(x + 2, yy, p, st, size)
        x += w
    return y + (n - 1) * lead


def wrap(doc: Doc, s: str, width: float, st: str, size: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if doc.width(t, st, size) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


def spec(name: str, **kw) -> None:
    SPECS[name] = kw


def M(d: Decimal, style: str = ",", neg: str = "-") -> str:
    return money(d, style, neg)


# ================================================================================ L1 commercial EOB (rl)
def l1(out: Path) -> None:
    name = "h116_01_commercial_claims_statement"
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.78"))
    fam = "Oyelaran-Pike"
    claims = [
        Claim(f"Renata {fam}", "BHC-77120", "SC2601-0884-203", "Bramblewood Hand & Upper Limb Clinic",
              visits(D(2026, 1, 6), [(0, [("97166", 1, ["GO"]), ("97760", 2, ["GO"]), ("L3807", 1, ["RT"])]),
                                     (7, [("97140", 2, ["GO"]), ("97110", 1, ["GO"])])])),
        Claim(f"Tobias {fam}", "LPT-40918", "SC2601-0907-551", "Larkspur Pediatric Therapy",
              visits(D(2026, 1, 5), [(0, [("97530", 3, ["GO"]), ("97112", 1, ["GO", "59"])]),
                                     (2, [("97530", 2, ["GO"]), ("97535", 2, ["GO"], "PR")]),
                                     (7, [("97530", 3, ["GO"]), ("97112", 1, ["GO", "59"])]),
                                     (9, [("97530", 2, ["GO"]), ("97110", 1, ["GO"])]),
                                     (14, [("97530", 3, ["GO"]), ("97112", 1, ["GO", "59"])]),
                                     (16, [("97168", 1, ["GO"]), ("97530", 2, ["GO"])]),
                                     (21, [("97530", 3, ["GO"]), ("97110", 2, ["GO"])])])),
        Claim(f"Ines {fam}", "QHS-88120", "SC2601-0913-017", "Quarry Hill Speech Associates",
              visits(D(2026, 1, 8), [(0, [("92523", 1, ["GN"])]), (6, [("92507", 1, ["GN"])]),
                                     (13, [("92507", 1, ["GN"])])])),
    ]
    for cl in claims:
        for s in cl.svcs:
            commercial(s, st, deny_reason="96")
            s.remarks = ["NC"] if s.denied else (["DD"] if s.deductible else ["PN"])
    doc = Doc(out / f"{name}.pdf", "reportlab", {"R": "Helvetica", "B": "Helvetica-Bold"})
    cols = [("Date of\nservice", 44, "L"), ("Service", 112, "L"), ("Provider\ncharged", 46, "R"),
            ("Plan\ndiscount", 42, "R"), ("Not\ncovered", 40, "R"), ("Plan's\nrate", 42, "R"),
            ("Deductible", 44, "R"), ("Copay", 32, "R"), ("Coinsurance", 46, "R"), ("Plan\npaid", 42, "R"),
            ("You\nowe", 40, "R"), ("Note", 28, "C")]
    x0, bottom = 36, 720
    lines, tclaims = [], []
    y = 0.0

    def page_top(pg: int) -> float:
        doc.text(36, 40, "SUMMIT CREST HEALTH PLAN", "B", 14)
        doc.text(36, 52, "PO Box 66120, Larchmont Falls, OR 97855   |   Member services 1-800-555-0142", "R", 7.5)
        doc.text(576, 40, "YOUR CLAIMS STATEMENT", "B", 11, "R")
        doc.text(576, 52, "THIS IS NOT A BILL", "B", 8, "R")
        doc.text(576, 62, f"Page {pg}", "R", 7.5, "R")
        doc.line(36, 68, 576, 68, 1.2)
        return 82

    def col_head(yy: float) -> float:
        doc.rect(x0, yy - 8, 540, 20, fill=0.88, stroke=False)
        b = head(doc, x0, yy, cols)
        return b + 11

    def claim_head(cl: Claim, yy: float, cont: bool = False) -> float:
        t = f"Patient: {cl.patient}    Claim #: {cl.pcid}    Provider: {cl.provider}"
        doc.text(x0, yy, t + ("   (continued)" if cont else ""), "B", 8)
        doc.text(x0, yy + 10, f"Your provider's account #: {cl.claim_id}    Network status: In network", "R", 7.5)
        return yy + 24

    pg = doc.new_page()
    y = page_top(pg)
    doc.text(36, y, f"Prepared for: Renata {fam}    Member ID: SCH 448 201 763    Group: 00912-OREGON MILLWORKS",
             "R", 8)
    doc.text(36, y + 11, "Statement period: January 1 - January 31, 2026    Plan: Summit Crest PPO 1500", "R", 8)
    y += 30
    for cl in claims:
        if y + 70 > bottom:
            pg = doc.new_page()
            y = page_top(pg)
        y = claim_head(cl, y)
        y = col_head(y)
        for s in cl.svcs:
            if y + 18 > bottom:
                doc.text(306, 760, "Continued on next page", "R", 7, "C")
                pg = doc.new_page()
                y = page_top(pg)
                y = claim_head(cl, y, cont=True)
                y = col_head(y)
            cm = " ".join(s.mods)
            cells(doc, x0, y, cols, [dfmt(s.dos, "mdy2"), f"{s.code} {cm}", M(s.billed), M(s.discount),
                                     M(s.not_covered), M(s.allowed), M(s.deductible), M(s.copay),
                                     M(s.coinsurance), M(s.paid), M(s.owes), ",".join(s.remarks)])
            doc.text(x0 + 46, y + 8, s.desc, "R", 6, gray=0.35)
            lines.append(truth_line(pg, s, claim_id=cl.claim_id, payer_claim_id=cl.pcid, patient=cl.patient,
                                    units=False, remarks=s.remarks,
                                    printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes")))
            doc.line(x0, y + 11, x0 + 540, y + 11, 0.3, 0.6)
            y += 20
        tv = [total(cl.svcs, a) for a in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                          "coinsurance", "paid", "owes")]
        cells(doc, x0, y, cols, ["Claim totals", ""] + [M(v, "$") for v in tv] + [""], "B")
        tclaims.append({"claim_id": cl.claim_id, "payer_claim_id": cl.pcid, "patient": cl.patient,
                        "totals": claim_totals(tv[0], tv[3], tv[7], tv[8])})
        y += 26
    legend = [("PN", "Your provider is in the Summit Crest network; the discount is not your cost."),
              ("DD", "Part or all of this amount counts toward your yearly deductible."),
              ("NC", "Your plan does not cover this service as billed. You may owe the provider.")]
    if y + 60 > bottom:
        pg = doc.new_page()
        y = page_top(pg)
    doc.text(x0, y, "Notes", "B", 9)
    for i, (k, v) in enumerate(legend):
        doc.text(x0, y + 12 + 10 * i, f"{k}  {v}", "R", 7.5)
    pages = doc.save()
    write_truth(doc.path, name, "reportlab", pages, "Commercial PPO member claims statement, portrait, three "
                "family members, one claim continued on page 2 with its heading and columns repeated.", lines,
                tclaims, legend)
    spec(name, row=lambda t: [dfmt(D.fromisoformat(t["service_date"]), "mdy2"),
                              " ".join([t["code"]] + t["modifiers"])] +
         [M(Decimal(t[k])) for k in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                     "coinsurance", "paid", "patient_owes")] + t["remarks"],
         eob=True, adj_full=False, money=lambda d: M(d, "$"))


# ================================================================================ L2 commercial EOB (fpdf2)
def l2(out: Path) -> None:
    name = "h116_02_commercial_benefits_explanation"
    st = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.74"), visit_copay=Decimal("30.00"))
    fam = "Vantreese"
    claims = [
        Claim(f"Marguerite {fam}", "NFM-550182", "EH 26 014 30221", "Northgate Family Medicine",
              visits(D(2026, 1, 9), [(0, [("99213", 1, ["25"]), ("G0283", 1, []), ("97110", 2, ["GP"])])])),
        Claim(f"Ezra {fam}", "QHS-88301", "EH 26 016 11874", "Quarry Hill Speech Associates",
              visits(D(2026, 1, 6), [(0, [("92523", 1, ["GN"])]), (2, [("92507", 1, ["GN"])]),
                                     (7, [("92507", 1, ["GN"])]), (9, [("92507", 1, ["GN"]), ("92526", 1, ["GN"], "CO")]),
                                     (14, [("92507", 1, ["GN"])])])),
        Claim(f"Pim {fam}", "LPT-41022", "EH 26 019 07716", "Larkspur Pediatric Therapy",
              visits(D(2026, 1, 12), [(0, [("97165", 1, ["GO"]), ("97530", 2, ["GO"])]),
                                      (3, [("97530", 3, ["GO"]), ("97535", 1, ["GO"])]),
                                      (10, [("97530", 3, ["GO"]), ("97112", 1, ["GO", "59"])])])),
        Claim(f"Hollis {fam}", "TOL-9120", "EH 26 022 90135", "Tidewater Orthotic Lab",
              visits(D(2026, 1, 20), [(0, [("97760", 1, ["GO"]), ("L3807", 1, ["LT"])])])),
    ]
    for cl in claims:
        for s in cl.svcs:
            commercial(s, st, deny_reason="B7")
            s.remarks = ["X4"] if s.denied else (["C1"] if s.copay else ["P0"])
    doc = Doc(out / f"{name}.pdf", "fpdf2", {"R": "LibSerif", "B": "LibSerif-B"}, landscape=True)
    cols = [("Date of Service", 76, "L"), ("Service Description", 130, "L"), ("Code", 38, "L"), ("Mod", 34, "L"),
            ("Amount\nCharged", 52, "R"), ("Network\nDiscount", 52, "R"), ("Not\nCovered", 46, "R"),
            ("Allowed\nAmount", 50, "R"), ("Deductible", 48, "R"), ("Copay", 40, "R"), ("Coinsurance", 50, "R"),
            ("Plan\nPaid", 48, "R"), ("Your\nResponsibility", 62, "R"), ("Remark", 30, "C")]
    x0, bottom = 18, 570
    lines, tclaims = [], []
    planted = claims[1]

    def top(pg: int) -> float:
        doc.text(18, 34, "Evergreen Mutual Health", "B", 16)
        doc.text(18, 46, "Administrator of the Pacific Woodworkers Benefit Trust", "R", 8)
        doc.text(774, 34, "EXPLANATION OF YOUR HEALTH CARE BENEFITS", "B", 11, "R")
        doc.text(774, 46, f"Issued February 2, 2026    Page {pg}", "R", 8, "R")
        doc.line(18, 52, 774, 52, 1)
        return 68

    pg = doc.new_page()
    y = top(pg)
    doc.rect(18, y - 10, 370, 48)
    doc.text(24, y, f"Subscriber: Hollis {fam}", "B", 9)
    doc.text(24, y + 12, "Subscriber ID: EMH-7720-41186    Group No: PWBT-0031", "R", 8)
    doc.text(24, y + 24, "Covered family members on this statement: Hollis, Marguerite, Ezra, Pim", "R", 8)
    doc.rect(400, y - 10, 374, 48)
    doc.text(406, y, "This is not a bill. Keep this notice with your records.", "B", 8.5)
    doc.text(406, y + 12, "Questions: call 1-888-555-0193 (TTY 711), Monday-Friday 7 a.m. to 7 p.m.", "R", 8)
    doc.text(406, y + 24, "Appeals must be filed within 180 days of the issue date shown above.", "R", 8)
    y += 56
    for cl in claims:
        n = len(cl.svcs)
        h = 40 + 13 * n + 18
        if y + h > bottom:
            pg = doc.new_page()
            y = top(pg)
        doc.rect(x0, y - 10, 756, h)
        doc.rect(x0, y - 10, 756, 14, fill=0.85)
        doc.text(x0 + 4, y, f"Patient: {cl.patient}", "B", 8.5)
        doc.text(x0 + 190, y, f"Claim No. {cl.pcid}", "B", 8.5)
        doc.text(x0 + 360, y, f"Provider: {cl.provider}", "R", 8.5)
        doc.text(x0 + 600, y, f"Patient Acct: {cl.claim_id}", "R", 8.5)
        y = head(doc, x0, y + 13, cols, size=7, lead=8) + 11
        for s in cl.svcs:
            cells(doc, x0, y, cols, [dfmt(s.dos, "mon"), s.desc[:30], s.code, " ".join(s.mods), M(s.billed),
                                     M(s.discount), M(s.not_covered), M(s.allowed), M(s.deductible), M(s.copay),
                                     M(s.coinsurance), M(s.paid), M(s.owes), s.remarks[0]], size=7.5)
            lines.append(truth_line(pg, s, claim_id=cl.claim_id, payer_claim_id=cl.pcid, patient=cl.patient,
                                    units=False, remarks=s.remarks, overrides={"description": s.desc[:30]},
                                    printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes")))
            y += 13
        tv = [total(cl.svcs, a) for a in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                          "coinsurance", "paid", "owes")]
        owes_printed = tv[8] + (Decimal("10.00") if cl is planted else ZERO)
        doc.line(x0 + 300, y - 8, x0 + 756, y - 8, 0.4)
        cells(doc, x0, y + 1, cols, ["", "Claim Totals", "", ""] + [M(v, "$") for v in tv[:8]] +
              [M(owes_printed, "$"), ""], "B", 7.5)
        tclaims.append({"claim_id": cl.claim_id, "payer_claim_id": cl.pcid, "patient": cl.patient,
                        "totals": claim_totals(tv[0], tv[3], tv[7], owes_printed)})
        y += 30
    legend = [("P0", "Paid at the network rate; the discount is not billed to you."),
              ("C1", "A fixed copay applies once per office or therapy visit."),
              ("X4", "Billed with another service the same day; included in that payment. Provider write-off.")]
    if y + 50 > bottom:
        pg = doc.new_page()
        y = top(pg)
    doc.text(x0, y, "Remark Codes", "B", 9)
    for i, (k, v) in enumerate(legend):
        doc.text(x0, y + 12 + 10 * i, f"{k} - {v}", "R", 8)
    pages = doc.save()
    tv8 = total(planted.svcs, "owes")
    write_truth(doc.path, name, "fpdf2", pages, "Commercial member EOB, landscape serif TTF, boxed claim blocks "
                "for four family members, separate code and modifier columns, a bundled denied line. One claim's "
                "Your Responsibility total is deliberately wrong.", lines, tclaims, legend,
                [f"claim-total-mismatch claim {planted.pcid}: printed Your Responsibility total "
                 f"{tv8 + Decimal('10.00')} but the lines add up to {tv8}"])
    spec(name, row=lambda t: [dfmt(D.fromisoformat(t["service_date"]), "mon"), t["code"],
                              " ".join(t["modifiers"])] +
         [M(Decimal(t[k])) for k in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                     "coinsurance", "paid", "patient_owes")] + t["remarks"],
         eob=True, money=lambda d: M(d, "$"))


# ================================================================================ L3 Medicare Summary Notice (rl)
def l3(out: Path) -> None:
    name = "h116_03_medicare_summary_notice_classic"
    st = PlanState(ded_left=Decimal("283.00"))
    pat = "CLEMENTINE R ASHWORTH-BOYD"
    claims = [
        Claim(pat, None, "12-26019-118-054", "Northgate Family Medicine",
              visits(D(2026, 1, 13), [(0, [("99213", 1, []), ("G0283", 1, [])])]),
              {"addr": ["9 Orchard Row", "Millbrook Station, VT 05766"], "ref": None}),
        Claim(pat, None, "12-26007-441-220", "Quarry Hill Outpatient Rehab",
              visits(D(2026, 1, 5), [(0, [("97161", 1, ["GP"]), ("97110", 2, ["GP"])]),
                                     (2, [("97110", 2, ["GP"]), ("97140", 1, ["GP"])]),
                                     (7, [("97110", 2, ["GP"]), ("97112", 1, ["GP"])]),
                                     (9, [("97110", 2, ["GP"]), ("97140", 1, ["GP"])]),
                                     (14, [("97116", 2, ["GP"]), ("97110", 1, ["GP"])]),
                                     (16, [("97116", 2, ["GP"]), ("97112", 1, ["GP"])]),
                                     (21, [("97110", 2, ["GP", "KX"]), ("97140", 1, ["GP", "KX"])]),
                                     (23, [("97110", 2, ["GP", "KX"]), ("0552T", 1, ["GP"], "PR")]),
                                     (28, [("97110", 2, ["GP", "KX"]), ("97140", 1, ["GP", "KX"])]),
                                     (30, [("97116", 2, ["GP", "KX"]), ("97112", 1, ["GP", "KX"])])]),
              {"addr": ["44 Foundry Lane, Suite 3", "Millbrook Station, VT 05766-1204"], "ref": "DANA WHITCOMBE"}),
    ]
    for cl in claims:
        for s in cl.svcs:
            medicare(s, st, deny_reason="50")
            s.remarks = ["c"] if s.denied else (["a", "b"] if s.deductible else ["a"])
    doc = Doc(out / f"{name}.pdf", "reportlab", {"R": "LibSerif", "B": "LibSerif-B"})
    cols = [("Dates of\nService", 58, "L"), ("Services Provided", 196, "L"), ("Amount\nCharged", 58, "R"),
            ("Medicare\nApproved", 58, "R"), ("Medicare\nPaid\nProvider", 58, "R"), ("You\nMay Be\nBilled", 58, "R"),
            ("See\nNotes\nSection", 46, "C")]
    x0, bottom = 40, 720
    lines, tclaims = [], []

    def top(pg: int) -> float:
        doc.text(40, 44, "Medicare Summary Notice", "B", 17)
        doc.text(40, 58, "February 2, 2026", "R", 10)
        doc.text(572, 44, f"Page {pg}", "R", 9, "R")
        doc.text(40, 74, pat, "B", 10)
        doc.text(40, 86, "Medicare Number  8PQ4-WK2-TD71", "R", 9)
        return 104

    pg = doc.new_page()
    y = top(pg)
    doc.text(40, y, "1208 HEMLOCK RIDGE RD", "R", 9)
    doc.text(40, y + 11, "MILLBROOK STATION VT 05766-2290", "R", 9)
    doc.rect(360, y - 12, 212, 74)
    doc.text(366, y, "CUSTOMER SERVICE INFORMATION", "B", 8.5)
    doc.text(366, y + 12, "Your Medicare Number: 8PQ4-WK2-TD71", "R", 8)
    doc.text(366, y + 24, "If you have questions, write or call:", "R", 8)
    doc.text(366, y + 36, "Medicare (#12400), PO Box 4410", "R", 8)
    doc.text(366, y + 48, "Hollins Gap, PA 17099  1-800-555-0177", "R", 8)
    y += 76
    doc.text(40, y, "This is a summary of claims processed from 11/03/2025 through 02/01/2026.", "R", 9)
    y += 20
    doc.text(40, y, "PART B MEDICAL INSURANCE - ASSIGNED CLAIMS", "B", 11)
    y += 18
    pagemap = []

    def claim_head(cl: Claim, yy: float, cont: bool) -> float:
        doc.text(x0, yy, f"Claim Number: {cl.pcid}" + ("  (continued)" if cont else ""), "B", 9)
        if cont:
            return yy + 14
        doc.text(x0, yy + 11, cl.provider, "R", 9)
        for i, a in enumerate(cl.extra["addr"]):
            doc.text(x0, yy + 22 + 11 * i, a, "R", 9)
        yy += 22 + 11 * len(cl.extra["addr"])
        if cl.extra["ref"]:
            doc.text(x0, yy, f"Referred by: {cl.extra['ref']}", "R", 9)
            yy += 11
        return yy + 6

    def colhead(yy: float) -> float:
        b = head(doc, x0, yy, cols, size=7.5, lead=8.5)
        doc.line(x0, b + 3, x0 + 532, b + 3, 0.6)
        return b + 14

    for cl in claims:
        if y + 90 > bottom:
            pg = doc.new_page()
            y = top(pg)
        y = claim_head(cl, y, False)
        y = colhead(y)
        for s in cl.svcs:
            d = s.desc
            txt = f"{units_str(s.units)} {d} ({s.code})"
            parts = wrap(doc, txt, 192, "R", 8.5)
            h = 11 * len(parts)
            if y + h > bottom:
                pg = doc.new_page()
                y = top(pg)
                y = claim_head(cl, y, True)
                y = colhead(y)
            cells(doc, x0, y, cols, [dfmt(s.dos, "mdy2"), parts[0], M(s.billed, "$"), M(s.allowed, "$"),
                                     M(s.paid, "$"), M(s.owes, "$"), ",".join(s.remarks)], size=8.5)
            for i, p in enumerate(parts[1:]):
                doc.text(x0 + 2, y + 11 * (i + 1), p, "R", 8.5)
            lines.append(truth_line(pg, s, claim_id=None, payer_claim_id=cl.pcid, patient=pat, modifiers=False,
                                    remarks=s.remarks, overrides={"description": d},
                                    printed=("billed", "allowed", "paid", "patient_owes")))
            y += h + 3
        tv = [total(cl.svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.line(x0 + 254, y - 8, x0 + 486, y - 8, 0.5)
        cells(doc, x0, y + 2, cols, ["", "Claim Total", *[M(v, "$") for v in tv], ""], "B", 8.5)
        tclaims.append({"claim_id": None, "payer_claim_id": cl.pcid, "patient": pat, "totals": claim_totals(*tv)})
        y += 28
    legend = [("a", "Medicare paid for this service at the approved amount less your coinsurance and a 2% federal "
                    "payment reduction."),
              ("b", "Part of the approved amount went toward your Part B deductible for 2026."),
              ("c", "Medicare does not pay for this item because it is not considered medically needed. You may "
                    "be billed if you signed a notice beforehand.")]
    if y + 70 > bottom:
        pg = doc.new_page()
        y = top(pg)
    doc.text(40, y, "Notes Section:", "B", 10)
    y += 13
    for k, v in legend:
        for i, p in enumerate(wrap(doc, f"{k}  {v}", 520, "R", 8.5)):
            doc.text(40 + (0 if i == 0 else 10), y, p, "R", 8.5)
            y += 10.5
    y += 8
    doc.text(40, y, "Deductible Information: You have met $283.00 of your 2026 Part B deductible.", "R", 8.5)
    doc.text(40, y + 12, "Appeals Information - Part B: If you disagree with any claims decision on this notice, "
             "you can request an appeal by June 2, 2026.", "R", 8.5)
    pages = doc.save()
    write_truth(doc.path, name, "reportlab", pages, "Medicare Summary Notice in the older one-beneficiary format, "
                "portrait serif TTF: units and code inside the service text, no modifiers, a long claim continued "
                "onto page 2, a non-covered laser line, notes legend.", lines, tclaims, legend)
    spec(name, row=lambda t: [dfmt(D.fromisoformat(t["service_date"]), "mdy2"), f"({t['code']})", t["units"]] +
         [M(Decimal(t[k]), "$") for k in ("billed", "allowed", "paid", "patient_owes")] + [",".join(t["remarks"])],
         money=lambda d: M(d, "$"))


# ================================================================================ L4 Medicare Advantage EOB (fpdf2)
def l4(out: Path) -> None:
    name = "h116_04_medicare_advantage_member_eob"
    st = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.46"), visit_copay=Decimal("25.00"))
    pat = "Augustin P. Feldermann"
    claims = [
        Claim(pat, None, "MA-2026-0110-48821", "Bramblewood Hand & Upper Limb Clinic",
              visits(D(2026, 1, 7), [(0, [("97165", 1, ["GO"]), ("97760", 2, ["GO"]), ("L3807", 1, ["RT"])]),
                                     (7, [("97760", 1, ["GO"]), ("97140", 2, ["GO"]), ("97530", 1, ["GO"])]),
                                     (14, [("97140", 2, ["GO"]), ("97110", 2, ["GO"]), ("0552T", 1, ["GO"], "CO")]),
                                     (21, [("97140", 2, ["GO", "KX"]), ("97530", 2, ["GO", "KX"]),
                                           ("97535", 1, ["GO", "KX"])])])),
        Claim(pat, None, "MA-2026-0124-11067", "Northgate Family Medicine",
              visits(D(2026, 1, 22), [(0, [("99213", 1, []), ("G0283", 1, [])])])),
    ]
    for cl in claims:
        for s in cl.svcs:
            commercial(s, st, deny_reason="96")
            s.remarks = ["3"] if s.denied else (["1"] if s.copay else ["2"])
    doc = Doc(out / f"{name}.pdf", "fpdf2", {"R": "DejaVu", "B": "DejaVu-B"})
    cols = [("Date", 52, "L"), ("Service details", 192, "L"), ("Qty", 26, "R"), ("Provider's\ncharge", 58, "R"),
            ("Plan-approved\namount", 66, "R"), ("Plan's\nshare", 54, "R"), ("Your\nshare", 50, "R"),
            ("Note", 34, "C")]
    x0, bottom = 40, 728
    lines, tclaims = [], []

    def top(pg: int) -> float:
        doc.rect(40, 28, 532, 34, fill=0.82, stroke=False)
        doc.text(48, 44, "NORTHWIND SENIOR ADVANTAGE (PPO)", "B", 12)
        doc.text(48, 56, "A Medicare Advantage plan with a Medicare contract", "R", 7.5)
        doc.text(564, 44, "Explanation of Benefits", "B", 11, "R")
        doc.text(564, 56, f"Page {pg}", "R", 7.5, "R")
        return 82

    pg = doc.new_page()
    y = top(pg)
    doc.text(40, y, f"Member: {pat}", "B", 9)
    doc.text(40, y + 12, "Member ID: NWS 5108 2274    Reporting period: January 1 - 31, 2026", "R", 8)
    doc.text(40, y + 24, "THIS IS NOT A BILL. It tells you what your plan paid for your Part C medical care.", "R", 8)
    y += 42
    doc.rect(40, y - 10, 532, 40, fill=0.93)
    doc.text(46, y, "Your total costs this year so far", "B", 8.5)
    doc.text(46, y + 12, "Out-of-pocket maximum for in-network care: $4,900.00.", "R", 8)
    doc.text(46, y + 23, "You have paid $175.00 of it, including this month.", "R", 8)
    y += 48
    doc.text(40, y, "Part C: Your medical claims in detail", "B", 10)
    y += 16

    def claim_head(cl: Claim, yy: float, cont: bool) -> float:
        doc.line(40, yy - 9, 572, yy - 9, 1.0)
        doc.text(40, yy, f"Claim number {cl.pcid}" + ("  (continued)" if cont else ""), "B", 8.5)
        doc.text(300, yy, f"Provider: {cl.provider}", "R", 8)
        b = head(doc, x0, yy + 14, cols, size=7, lead=8)
        doc.line(40, b + 3, 572, b + 3, 0.4, 0.5)
        return b + 13

    for cl in claims:
        if y + 80 > bottom:
            pg = doc.new_page()
            y = top(pg)
        y = claim_head(cl, y, False)
        for s in cl.svcs:
            d = LONG_DESC.get(s.code, s.desc)
            code = "-".join((s.code,) + s.mods)
            parts = wrap(doc, f"{code}  {d}", 186, "R", 7.5)
            h = 9.5 * len(parts) + 4
            if y + h > bottom:
                doc.text(306, 760, "(claim continues on the next page)", "R", 7, "C")
                pg = doc.new_page()
                y = top(pg)
                y = claim_head(cl, y, True)
            cells(doc, x0, y, cols, [dfmt(s.dos, "mdy4"), parts[0], units_str(s.units), M(s.billed, "$"),
                                     M(s.allowed, "$"), M(s.paid, "$"), M(s.owes, "$"), s.remarks[0]], size=7.5)
            for i, p in enumerate(parts[1:]):
                doc.text(x0 + 52 + 2, y + 9.5 * (i + 1), p, "R", 7.5)
            lines.append(truth_line(pg, s, claim_id=None, payer_claim_id=cl.pcid, patient=pat, remarks=s.remarks,
                                    overrides={"description": d},
                                    printed=("billed", "allowed", "paid", "patient_owes")))
            y += h
        tv = [total(cl.svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.rect(x0, y - 8, 532, 12, fill=0.9, stroke=False)
        cells(doc, x0, y + 1, cols, ["", "Total for this claim", "", *[M(v, "$") for v in tv], ""], "B", 7.5)
        tclaims.append({"claim_id": None, "payer_claim_id": cl.pcid, "patient": pat, "totals": claim_totals(*tv)})
        y += 26
    legend = [("1", "Your share is the $25.00 in-network copay for an outpatient rehabilitation or office visit."),
              ("2", "The plan paid the approved amount in full; no cost to you for this service."),
              ("3", "This service is not covered by your plan. A network provider cannot bill you for it.")]
    if y + 50 > bottom:
        pg = doc.new_page()
        y = top(pg)
    doc.text(40, y, "Notes about your claims", "B", 9)
    for i, (k, v) in enumerate(legend):
        doc.text(40, y + 12 + 10 * i, f"Note {k}: {v}", "R", 7.5)
    pages = doc.save()
    write_truth(doc.path, name, "fpdf2", pages, "Medicare Advantage member EOB, portrait DejaVu Sans: code-modifier "
                "chain glued with hyphens at the head of a wrapped service description, Qty, per-visit copay, a "
                "non-covered line, a claim continued on page 2.", lines, tclaims, legend)
    spec(name, row=lambda t: [dfmt(D.fromisoformat(t["service_date"]), "mdy4"),
                              "-".join([t["code"]] + t["modifiers"]), t["units"]] +
         [M(Decimal(t[k]), "$") for k in ("billed", "allowed", "paid", "patient_owes")] + t["remarks"],
         money=lambda d: M(d, "$"))


# ================================================================================ L5 state Medicaid RA (rl, Courier)
def l5(out: Path) -> None:
    name = "h116_05_medicaid_remittance_courier"
    prov = "LARKSPUR PEDIATRIC THERAPY LLC"
    paid_cl = [
        Claim("QUINTANA, MARISOL", "LPT40918A", "2026005104213", prov,
              visits(D(2026, 1, 5), [(0, [("97530", 4, ["GO"]), ("97112", 1, ["GO", "59"])]),
                                     (7, [("97530", 4, ["GO"]), ("97535", 1, ["GO"])]),
                                     (14, [("97530", 3, ["GO"]), ("97110", 1, ["GO"])]),
                                     (21, [("97530", 4, ["GO"]), ("97112", 1, ["GO", "59"])])])),
        Claim("QUINTANA, DAVIAN", "LPT41177A", "2026005104214", prov,
              visits(D(2026, 1, 6), [(0, [("92523", 1, ["GN"])]), (2, [("92507", 1, ["GN"])]),
                                     (9, [("92507", 1, ["GN"])]), (16, [("92507", 1, ["GN"])]),
                                     (23, [("92507", 1, ["GN"])])])),
        Claim("LINDQVIST, ASTRID", "LPT41305A", "2026005104261", prov,
              visits(D(2026, 1, 5), [(0, [("97165", 1, ["GO"]), ("97530", 2, ["GO"])]),
                                     (7, [("97530", 3, ["GO"]), ("97535", 1, ["GO"])]),
                                     (9, [("97530", 3, ["GO"]), ("97112", 1, ["GO", "59"])]),
                                     (14, [("97530", 3, ["GO"]), ("97535", 1, ["GO"])]),
                                     (16, [("97530", 3, ["GO"]), ("97110", 1, ["GO"])])])),
        Claim("BRANDT-OSEI, KOFI", "LPT39902A", "2026005104298", prov,
              visits(D(2026, 1, 8), [(0, [("97166", 1, ["GO"]), ("97530", 2, ["GO"])]),
                                     (7, [("97530", 3, ["GO"]), ("97110", 2, ["GO"])]),
                                     (14, [("97530", 3, ["GO"]), ("97140", 1, ["GO"])])])),
    ]
    den = Claim("MORALES-PEAK, ANAYA", "LPT40233A", "2026005104301", prov,
                visits(D(2026, 1, 12), [(0, [("97530", 2, ["GO"], "CO"), ("97535", 2, ["GO"], "CO")])]))
    for cl in paid_cl:
        for s in cl.svcs:
            medicaid(s)
            s.remarks = ["0045"] if s.discount else ["0001"]
    for s in den.svcs:
        medicaid(s, deny_reason="177")
        s.remarks = ["2410"]
    orig = visits(D(2025, 12, 15), [(0, [("97530", 3, ["GO"]), ("97110", 1, ["GO"])])])
    for s in orig:
        medicaid(s)
    rev = Claim("BRANDT-OSEI, KOFI", "LPT38810A", "2026005104355", prov, [negate(s) for s in orig],
                {"status": "VOID OF ICN 2025349087710"})
    for s in rev.svcs:
        s.remarks = ["0622"]
    repl = visits(D(2025, 12, 15), [(0, [("97530", 3, ["GO"]), ("97110", 2, ["GO"])])])
    for s in repl:
        medicaid(s)
        s.remarks = ["0623"]
    rep = Claim("BRANDT-OSEI, KOFI", "LPT38810A", "2026005104356", prov, repl, {"status": "REPLACES ICN 2025349087710"})
    allc = [(c, "APPROVED") for c in paid_cl] + [(den, "REJECTED")] + [(rev, "VOIDED"), (rep, "REPLACEMENT")]
    doc = Doc(out / f"{name}.pdf", "reportlab", {"R": "Courier", "B": "Courier-Bold"}, landscape=True)
    size, lh = 7.5, 10
    cols = [("LN", 22, "L"), ("FROM", 44, "L"), ("TO", 44, "L"), ("PROC", 40, "L"), ("MOD", 46, "L"),
            ("UNITS", 40, "R"), ("BILLED", 58, "R"), ("ALLOWED", 58, "R"), ("TPL", 40, "R"), ("CO-PAY", 44, "R"),
            ("PAID", 58, "R"), ("ADJ", 56, "C"), ("ADJ AMT", 58, "R"), ("EOB", 56, "C")]
    x0, bottom = 36, 560
    lines, tclaims = [], []

    def top(pg: int) -> float:
        doc.text(36, 30, "STATE OF NORTH CASCADIA  DEPARTMENT OF HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM", "B", 8)
        doc.text(756, 30, f"PAGE {pg:4d}", "R", 8, "R")
        doc.text(36, 40, "PROVIDER REMITTANCE ADVICE", "B", 8)
        doc.text(756, 40, "RA DATE 01/30/2026", "R", 8, "R")
        doc.text(36, 50, f"PAYEE: {prov}   PAYEE NO 0077314502   NPI 1922837465", "R", 8)
        doc.text(756, 50, "WARRANT NO 08817342", "R", 8, "R")
        doc.line(36, 56, 756, 56, 0.8)
        b = head(doc, x0, 68, cols, size=size)
        doc.line(36, b + 3, 756, b + 3, 0.4)
        return b + 15

    def fmt(d: Decimal) -> str:
        return M(d, "", "trail")

    pg = doc.new_page()
    y = top(pg)
    for cl, status in allc:
        if y + 4 * lh > bottom:
            pg = doc.new_page()
            y = top(pg)
        hdr = (f"BENEFICIARY: {cl.patient}   ICN: {cl.pcid}   PROV ACCT: {cl.claim_id}   STATUS: {status}")
        doc.text(x0, y, hdr, "B", size)
        y += lh
        if "status" in cl.extra:
            doc.text(x0 + 20, y, cl.extra["status"], "R", size)
            y += lh
        for i, s in enumerate(cl.svcs, 1):
            if y + lh > bottom:
                doc.text(36, 584, "*** CONTINUED ON NEXT PAGE ***", "R", size)
                pg = doc.new_page()
                y = top(pg)
                doc.text(x0, y, hdr + "  (CONT)", "B", size)
                y += lh
            a = s.adjs[0] if s.adjs else None
            cells(doc, x0, y, cols, [f"{i:02d}", dfmt(s.dos, "mdy6"), dfmt(s.end or s.dos, "mdy6"), s.code,
                                     " ".join(s.mods), f"{s.units:.2f}" if s.units >= 0 else f"{-s.units:.2f}",
                                     fmt(s.billed), fmt(s.allowed), "0.00", "0.00", fmt(s.paid),
                                     f"{a[0]}{a[1]}" if a else "", fmt(a[2]) if a else "", s.remarks[0]], size=size)
            lines.append(truth_line(pg, s, claim_id=cl.claim_id, payer_claim_id=cl.pcid, patient=cl.patient,
                                    description=False, remarks=s.remarks, adjustments=s.adjs,
                                    overrides={"units": units_str(abs(s.units)), "copay": "0.00"},
                                    printed=("billed", "allowed", "paid")))
            y += lh
        tv = [total(cl.svcs, a) for a in ("billed", "allowed", "paid")]
        cells(doc, x0, y, cols, ["", "CLAIM TOTAL", "", "", "", "", fmt(tv[0]), fmt(tv[1]), "0.00", "0.00",
                                 fmt(tv[2]), "", "", ""], "B", size)
        tclaims.append({"claim_id": cl.claim_id, "payer_claim_id": cl.pcid, "patient": cl.patient,
                        "totals": claim_totals(*tv)})
        y += 2 * lh
    legend = [("0001", "PAID IN FULL AT THE BILLED AMOUNT."),
              ("0045", "PAID AT THE PROGRAM MAXIMUM FEE FOR THIS PROCEDURE."),
              ("2410", "BENEFICIARY NOT ENROLLED IN THE PROGRAM ON THE DATE OF SERVICE."),
              ("0622", "THIS LINE VOIDS A PREVIOUSLY PAID CLAIM."),
              ("0623", "THIS LINE REPLACES A PREVIOUSLY PAID CLAIM.")]
    if y + 8 * lh > bottom:
        pg = doc.new_page()
        y = top(pg)
    net = sum((total(c.svcs, "paid") for c, _ in allc), ZERO)
    doc.text(x0, y, f"PAYEE SUMMARY  CLAIMS {len(allc)}  NET PAYMENT {fmt(net)}", "B", size)
    y += lh * 1.5
    doc.text(x0, y, "EOB CODE MESSAGES", "B", size)
    for k, v in legend:
        y += lh
        doc.text(x0, y, f"{k}  {v}", "R", size)
    pages = doc.save()
    write_truth(doc.path, name, "reportlab", pages, "State Medicaid remittance advice, landscape core Courier: "
                "beneficiary heading rows with ICN and provider account, FROM/TO MMDDYY, units 4.00, trailing-minus "
                "void lines and a replacement claim, a rejected claim, header repeated with a continued claim.",
                lines, tclaims, legend)
    spec(name, row=lambda t: [dfmt(D.fromisoformat(t["service_date"]), "mdy6"), t["code"], " ".join(t["modifiers"]),
                              f"{Decimal(t['units']):.2f}", fmt(Decimal(t["billed"])), fmt(Decimal(t["allowed"])),
                              fmt(Decimal(t["paid"]))] + t["remarks"] +
         ([f"{t['adjustments'][0][0]}{t['adjustments'][0][1]}", fmt(Decimal(t["adjustments"][0][2]))]
          if t["adjustments"] else []),
         adj_full=True, money=fmt)


# ================================================================================ L6 state Medicaid RA (fpdf2 grid)
def l6(out: Path) -> None:
    name = "h116_06_medicaid_payment_statement_grid"
    prov = "Quarry Hill Speech Associates"
    claims = [
        Claim("Pike, Ines", "QH-20931", "26012 004471 8", prov,
              visits(D(2026, 1, 5), [(0, [("92523", 1, ["GN"])]), (3, [("92507", 1, ["GN"])]),
                                     (10, [("92507", 1, ["GN"])]), (17, [("92507", 1, ["GN"]), ("92526", 1, ["GN", "59"])])])),
        Claim("Halloran, Seamus", "QH-21002", "26012 004472 6", prov,
              visits(D(2026, 1, 7), [(0, [("99213", 1, []), ("97129", 2, ["GN"])]),
                                     (7, [("97129", 2, ["GN"]), ("0552T", 1, [])])])),
        Claim("Halloran, Brigid", "QH-21003", "26012 004473 4", prov,
              visits(D(2026, 1, 7), [(0, [("92507", 1, ["GN"]), ("97150", 1, ["GN"], "CO")])])),
        Claim("Nakamura-Lowe, Emi", "QH-20874", "26012 004479 1", prov,
              visits(D(2026, 1, 9), [(0, [("92523", 1, ["GN"])]), (7, [("92507", 1, ["GN"])]),
                                     (14, [("92507", 1, ["GN"])]), (21, [("92526", 1, ["GN"])])])),
    ]
    for cl in claims:
        for s in cl.svcs:
            medicaid(s, deny_reason="119")
            if s.code == "99213":
                s.copay = Decimal("1.00")
                s.paid -= s.copay
                s.adjs.append(("PR", "3", s.copay))
            s.remarks = ["N362"] if s.denied else (["M86"] if s.code == "0552T" else [])
    doc = Doc(out / f"{name}.pdf", "fpdf2", {"R": "LibNarrow", "B": "LibNarrow-B"})
    cols = [("Ln", 20, "C"), ("Svc Date", 50, "L"), ("Procedure", 46, "L"), ("Modifier(s)", 46, "L"),
            ("Qty", 26, "R"), ("Submitted", 52, "R"), ("Allowed", 50, "R"), ("Co-pay", 40, "R"),
            ("Reimbursed", 54, "R"), ("Adj Reason", 46, "C"), ("Adj Amount", 54, "R"), ("Remark", 48, "C")]
    W = sum(c[1] for c in cols)
    x0, bottom = 40, 740
    lines, tclaims = [], []

    def top(pg: int) -> float:
        doc.text(40, 40, "Commonwealth of Glenhaven", "B", 13)
        doc.text(40, 52, "Office of Medical Assistance Programs - Fiscal Agent Services", "R", 9)
        doc.text(572, 40, "Provider Payment Statement", "B", 12, "R")
        doc.text(572, 52, f"Page {pg}", "R", 8, "R")
        doc.line(40, 58, 572, 58, 1.5)
        return 74

    def grid_head(yy: float) -> float:
        doc.rect(x0, yy - 9, W, 13, fill=0.8)
        x = x0
        for c in cols:
            doc.line(x, yy - 9, x, yy + 4, 0.3)
            x += c[1]
        head(doc, x0, yy, cols, size=7)
        return yy + 13

    pg = doc.new_page()
    y = top(pg)
    for i, (k, v) in enumerate([("Provider", prov), ("Medicaid Provider ID", "3104477120"),
                                ("Payment Date", "01/29/2026"), ("EFT Trace", "0000918842117")]):
        doc.text(40 + 270 * (i % 2), y + 12 * (i // 2), f"{k}: {v}", "R", 8.5)
    y += 34
    for cl in claims:
        n = len(cl.svcs)
        if y + 14 * (2 * n + 3) > bottom:
            pg = doc.new_page()
            y = top(pg)
        doc.rect(x0, y - 9, W, 13, fill=0.93)
        doc.text(x0 + 3, y, f"Member: {cl.patient}    Member ID: 88{cl.claim_id[-4:]}1457    DCN: {cl.pcid}    "
                 f"Patient Acct #: {cl.claim_id}", "B", 7.5)
        y = grid_head(y + 13)
        for i, s in enumerate(cl.svcs, 1):
            rows = max(1, len(s.adjs))
            h = 12 * rows
            doc.rect(x0, y - 9, W, h)
            a = s.adjs
            cells(doc, x0, y, cols, [str(i), dfmt(s.dos, "mdyn"), s.code, " ".join(s.mods), units_str(s.units),
                                     M(s.billed), M(s.allowed), M(s.copay), M(s.paid),
                                     f"{a[0][0]}-{a[0][1]}" if a else "", M(a[0][2]) if a else "",
                                     " ".join(s.remarks)], size=7.5)
            for j, (g, c, amt) in enumerate(a[1:], 1):
                cells(doc, x0, y + 12 * j, cols, [""] * 9 + [f"{g}-{c}", M(amt), ""], size=7.5)
            lines.append(truth_line(pg, s, claim_id=cl.claim_id, payer_claim_id=cl.pcid, patient=cl.patient,
                                    description=False, remarks=s.remarks, adjustments=s.adjs,
                                    printed=("billed", "allowed", "copay", "paid")))
            y += h
        tv = [total(cl.svcs, a) for a in ("billed", "allowed", "copay", "paid")]
        doc.rect(x0, y - 9, W, 12, fill=0.97)
        cells(doc, x0, y, cols, ["", "Claim total", "", "", "", *[M(v) for v in tv], "", "", ""], "B", 7.5)
        tclaims.append({"claim_id": cl.claim_id, "payer_claim_id": cl.pcid, "patient": cl.patient,
                        "totals": claim_totals(tv[0], tv[1], tv[3])})
        y += 24
    legend = [("N362", "Units or sessions beyond the number the program allows for this period."),
              ("M86", "Service is not separately payable under the program fee schedule.")]
    if y + 60 > bottom:
        pg = doc.new_page()
        y = top(pg)
    doc.text(40, y, "Adjustment reason groups: CO = provider write-off; PR = member cost share (co-pay).", "R", 8)
    doc.text(40, y + 12, "Remark codes on this statement:", "B", 8)
    for i, (k, v) in enumerate(legend):
        doc.text(40, y + 24 + 11 * i, f"{k}   {v}", "R", 8)
    pages = doc.save()
    write_truth(doc.path, name, "fpdf2", pages, "State Medicaid provider payment statement, portrait Liberation "
                "Sans Narrow, ruled grid: member band per claim with DCN and patient account, 1/5/2026 dates, "
                "second adjustment on a sub-row, $1.00 co-pay, zero-pay and denied lines.", lines, tclaims, legend)
    spec(name, row=lambda t: [dfmt(D.fromisoformat(t["service_date"]), "mdyn"), t["code"], " ".join(t["modifiers"]),
                              t["units"]] +
         [M(Decimal(t[k])) for k in ("billed", "allowed", "copay", "paid")] + t["remarks"] +
         ([f"{t['adjustments'][0][0]}-{t['adjustments'][0][1]}", M(Decimal(t["adjustments"][0][2]))]
          if t["adjustments"] else []),
         page=lambda t: [f"{g}-{c}" for g, c, _ in t["adjustments"]], adj_full=True, money=lambda d: M(d))


# ================================================================================ L7 clearinghouse remit print (rl)
def l7(out: Path) -> None:
    name = "h116_07_clearinghouse_remit_print"
    st = PlanState(ded_left=Decimal("120.00"))
    claims = [
        Claim("HALVORSEN, GRETA", "BHU-22071", "2226007118440", "",
              visits(D(2026, 1, 5), [(0, [("97163", 1, ["GP"]), ("97110", 2, ["GP"])]),
                                     (2, [("97110", 2, ["GP"]), ("97140", 1, ["GP", "59"])]),
                                     (7, [("97110", 2, ["GP"]), ("97116", 1, ["GP"])]),
                                     (9, [("97110", 2, ["GP", "CQ"]), ("97140", 1, ["GP", "CQ"])]),
                                     (14, [("97110", 2, ["GP", "CQ"]), ("97116", 1, ["GP", "CQ"])]),
                                     (16, [("97110", 2, ["GP", "KX"]), ("G0283", 1, ["GP"])])])),
        Claim("OKONKWO, BENEDICT", "BHU-22190", "2226008220913", "",
              visits(D(2026, 1, 6), [(0, [("97161", 1, ["GP"]), ("97112", 2, ["GP"])]),
                                     (7, [("97112", 2, ["GP"]), ("0552T", 1, ["GP"], "PR")])])),
        Claim("ST. CLAIRE, MARGOT", "BHU-21964", "2226009004461", "",
              visits(D(2026, 1, 8), [(0, [("97110", 3, ["GP"]), ("97530", 1, ["GP"])]),
                                     (7, [("97110", 3, ["GP"]), ("97530", 1, ["GP"])])])),
    ]
    for i, cl in enumerate(claims):
        if i:
            st.ded_left = ZERO
        for s in cl.svcs:
            medicare(s, st, deny_reason="50")
            s.remarks = ["N425"] if s.denied else (["N130"] if "KX" in s.mods else [])
    doc = Doc(out / f"{name}.pdf", "reportlab", {"R": "DejaVuMono", "B": "DejaVuMono-B"}, landscape=True)
    size, lh = 7, 9.5
    cols = [("SVC DATE", 56, "L"), ("PROC/MODS", 92, "L"), ("UNITS", 32, "R"), ("CHARGE", 54, "R"),
            ("ALLOWED", 54, "R"), ("DEDUCT", 48, "R"), ("COINS", 48, "R"), ("GRP/RSN", 60, "C"),
            ("ADJ AMT", 54, "R"), ("PROV PAID", 60, "R"), ("RARC", 48, "C")]
    x0, bottom = 40, 565
    lines, tclaims = [], []

    def top(pg: int) -> float:
        doc.text(40, 30, "RIVERBEND CLAIMS EXCHANGE  -  Remittance Print", "B", 9)
        doc.text(752, 30, f"Page {pg}", "R", 8, "R")
        doc.text(40, 41, "Payer: GRANITE PLAINS MEDICARE SERVICES (PART B)   Payer ID: 04412   "
                 "Payee: BELLHAVEN UPPER-BODY REHAB   NPI: 1558203311", "R", 7)
        doc.text(40, 51, "Check/EFT #: 883104729   Issue Date: 01/27/2026   Check Amount: SEE TOTAL", "R", 7)
        doc.line(40, 56, 752, 56, 0.7)
        b = head(doc, x0, 67, cols, size=size)
        doc.line(40, b + 3, 752, b + 3, 0.3)
        return b + 14

    pg = doc.new_page()
    y = top(pg)
    grand = ZERO
    for cl in claims:
        if y + 5 * lh > bottom:
            pg = doc.new_page()
            y = top(pg)
        hdr = f"Patient: {cl.patient}   Pt Ctrl #: {cl.claim_id}   Payer Claim #: {cl.pcid}"
        doc.text(x0, y, hdr, "B", size)
        doc.text(x0, y + lh, "Claim Status: 1 - Processed as Primary   MBI: 5TQ9-RD3-MN28   Claim Freq: 1", "R", size)
        y += 2 * lh + 2
        for s in cl.svcs:
            n = max(1, len(s.adjs))
            if y + n * lh > bottom:
                doc.text(40, 585, "Claim continued on next page", "R", size)
                pg = doc.new_page()
                y = top(pg)
                doc.text(x0, y, hdr + "   (continued)", "B", size)
                y += lh + 2
            a = s.adjs
            proc = ":".join(("HC", s.code) + s.mods)
            cells(doc, x0, y, cols, [dfmt(s.dos, "mdy4"), proc, units_str(s.units), M(s.billed, ""),
                                     M(s.allowed, ""), M(s.deductible, ""), M(s.coinsurance, ""),
                                     f"{a[0][0]}-{a[0][1]}", M(a[0][2], ""), M(s.paid, ""), " ".join(s.remarks)],
                  size=size)
            for j, (g, c, amt) in enumerate(a[1:], 1):
                cells(doc, x0, y + j * lh, cols, [""] * 7 + [f"{g}-{c}", M(amt, ""), "", ""], size=size)
            lines.append(truth_line(pg, s, claim_id=cl.claim_id, payer_claim_id=cl.pcid, patient=cl.patient,
                                    description=False, remarks=s.remarks, adjustments=s.adjs,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid")))
            y += n * lh + 2
        tv = [total(cl.svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid")]
        grand += tv[4]
        doc.line(x0, y - 7, 752, y - 7, 0.3, 0.5)
        cells(doc, x0, y + 1, cols, ["CLAIM TOTALS", "", "", *[M(v, "") for v in tv[:4]], "", "",
                                     M(tv[4], ""), ""], "B", size)
        doc.text(x0, y + lh + 1, f"Patient Responsibility: {M(total(cl.svcs, 'owes'), '')}", "R", size)
        tclaims.append({"claim_id": cl.claim_id, "payer_claim_id": cl.pcid, "patient": cl.patient,
                        "totals": claim_totals(tv[0], tv[1], tv[4])})
        y += 3 * lh
    legend = [("N130", "Check the plan's benefit rules for limits on this service."),
              ("N425", "Item or service is statutorily excluded or not covered as billed.")]
    if y + 6 * lh > bottom:
        pg = doc.new_page()
        y = top(pg)
    doc.text(x0, y, f"TOTAL PROVIDER PAID: {M(grand, '')}   PLB: NONE", "B", size)
    y += 1.5 * lh
    doc.text(x0, y, "GROUP CODES: CO Contractual Obligation  PR Patient Responsibility  OA Other Adjustment", "R", size)
    for k, v in legend:
        y += lh
        doc.text(x0, y, f"{k}: {v}", "R", size)
    pages = doc.save()
    write_truth(doc.path, name, "reportlab", pages, "Clearinghouse print of a Medicare Part B remittance, landscape "
                "DejaVu Sans Mono: HC:code:mod composite procedure, adjustments stacked one per text line under "
                "the service, claim continued on page 2 with its heading repeated, a non-covered PR line.",
                lines, tclaims, legend)
    spec(name, row=lambda t: [dfmt(D.fromisoformat(t["service_date"]), "mdy4"),
                              ":".join(["HC", t["code"]] + t["modifiers"]), t["units"],
                              f"{t['adjustments'][0][0]}-{t['adjustments'][0][1]}"] +
         [M(Decimal(t[k]), "") for k in ("billed", "allowed", "deductible", "coinsurance", "paid")] + t["remarks"],
         page=lambda t: [f"{g}-{c}" for g, c, _ in t["adjustments"]], adj_full=True, eob=False,
         money=lambda d: M(d, ""))


# ================================================================================ L8 PM remit detail (fpdf2)
def l8(out: Path) -> None:
    name = "h116_08_pm_eob_detail_by_check"
    st = PlanState(ded_left=ZERO)
    claims = [
        Claim("Pike, Tobias", "40918", "22-26010-055-310", "",
              visits(D(2026, 1, 5), [(0, [("97530", 3, ["GO"]), ("97112", 1, ["GO", "59"])]),
                                     (7, [("97530", 3, ["GO"]), ("97535", 1, ["GO"])])])),
        Claim("Lindqvist, Harald", "41230", "22-26010-055-311", "",
              visits(D(2026, 1, 6), [(0, [("97167", 1, ["GO"]), ("97530", 2, ["GO"])]),
                                     (2, [("97530", 2, ["GO"]), ("97535", 2, ["GO"])]),
                                     (9, [("97530", 2, ["GO", "CO"]), ("97535", 2, ["GO", "CO"])]),
                                     (16, [("97530", 2, ["GO", "KX"]), ("97760", 1, ["GO", "KX"])])])),
        Claim("Abernathy-Ruiz, Consuelo", "39477", "22-26011-201-082", "",
              visits(D(2026, 1, 8), [(0, [("97168", 1, ["GO"]), ("97140", 2, ["GO"])])])),
    ]
    for cl in claims:
        for s in cl.svcs:
            medicare(s, st)
            s.remarks = ["N130"] if "KX" in s.mods else []
    orig = visits(D(2025, 12, 16), [(0, [("97530", 2, ["GO"]), ("97110", 1, ["GO"])])])
    for s in orig:
        medicare(s, PlanState())
    rev = Claim("Abernathy-Ruiz, Consuelo", "38802", "22-25352-118-774", "", [negate(s) for s in orig],
                {"status": "22 - Reversal of previous payment"})
    repl = visits(D(2025, 12, 16), [(0, [("97530", 2, ["GO"]), ("97110", 2, ["GO"])])])
    for s in repl:
        medicare(s, PlanState())
    rep = Claim("Abernathy-Ruiz, Consuelo", "38802", "22-26012-400-019", "", repl,
                {"status": "1 - Processed as Primary (corrected claim)"})
    allc = claims + [rev, rep]
    doc = Doc(out / f"{name}.pdf", "fpdf2", {"R": "DejaVuCond", "B": "DejaVuCond-B"})
    cols = [("DOS", 46, "L"), ("CPT", 34, "L"), ("Mod 1", 28, "L"), ("Mod 2", 28, "L"), ("Units", 28, "R"),
            ("Billed", 50, "R"), ("Approved", 50, "R"), ("Deductible", 48, "R"), ("Coins", 44, "R"),
            ("Seq. Red.", 42, "R"), ("Paid", 50, "R"), ("Write-off", 50, "R")]
    x0, bottom = 36, 744
    lines, tclaims = [], []

    def top(pg: int) -> float:
        doc.text(36, 36, "Larkspur Pediatric Therapy - TheraLedger PM", "B", 10)
        doc.text(576, 36, "EOB Detail by Check", "B", 10, "R")
        doc.text(36, 47, "Printed 01/28/2026 09:14   User: kbrennan", "R", 7)
        doc.text(576, 47, f"Page {pg}", "R", 7, "R")
        doc.line(36, 52, 576, 52, 0.8)
        return 66

    pg = doc.new_page()
    y = top(pg)
    doc.text(36, y, "Carrier: Granite Plains Medicare Services   Check #: 883104766   Check Date: 01/26/2026", "B", 8)
    y += 18
    grand = ZERO
    for cl in allc:
        if y + 60 > bottom:
            pg = doc.new_page()
            y = top(pg)
        doc.rect(x0, y - 9, 540, 12, fill=0.9, stroke=False)
        doc.text(x0 + 3, y, f"Acct {cl.claim_id}  -  {cl.patient}  -  ICN {cl.pcid}", "B", 8)
        doc.text(x0 + 537, y, "Claim status: " + cl.extra.get("status", "1 - Processed as Primary"), "R", 7, "R")
        y = head(doc, x0, y + 13, cols, size=7) + 11
        for s in cl.svcs:
            if y + 22 > bottom:
                pg = doc.new_page()
                y = top(pg)
                doc.text(x0 + 3, y, f"Acct {cl.claim_id}  -  {cl.patient}  -  ICN {cl.pcid}  (continued)", "B", 8)
                y = head(doc, x0, y + 13, cols, size=7) + 11
            wo = s.discount + s.seq
            mods = list(s.mods) + ["", ""]
            cells(doc, x0, y, cols, [dfmt(s.dos, "mdy2"), s.code, mods[0], mods[1], units_str(s.units),
                                     M(s.billed), M(s.allowed), M(s.deductible), M(s.coinsurance), M(s.seq),
                                     M(s.paid), M(wo)], size=7.5)
            adj = "; ".join(f"{g}-{c} {M(a)}" for g, c, a in s.adjs)
            doc.text(x0 + 48, y + 9, f"Adj: {adj}" + (f"    Rmk: {' '.join(s.remarks)}" if s.remarks else ""),
                     "R", 6.5, gray=0.3)
            lines.append(truth_line(pg, s, claim_id=cl.claim_id, payer_claim_id=cl.pcid, patient=cl.patient,
                                    description=False, remarks=s.remarks, adjustments=s.adjs,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid")))
            y += 21
        tv = [total(cl.svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "seq", "paid")]
        grand += tv[5]
        doc.line(x0 + 150, y - 8, x0 + 540, y - 8, 0.4)
        cells(doc, x0, y, cols, ["Claim Total", "", "", "", "", *[M(v) for v in tv],
                                 M(total(cl.svcs, "discount") + tv[4])], "B", 7.5)
        tclaims.append({"claim_id": cl.claim_id, "payer_claim_id": cl.pcid, "patient": cl.patient,
                        "totals": claim_totals(tv[0], tv[1], tv[5])})
        y += 24
    legend = [("N130", "Benefit limits for this service apply; see plan rules.")]
    doc.text(x0, y, f"Check total posted: {M(grand, '$')}    Claims on check: {len(allc)}", "B", 8)
    doc.text(x0, y + 11, "Remark N130: benefit limits for this service apply; see plan rules.", "R", 7)
    pages = doc.save()
    write_truth(doc.path, name, "fpdf2", pages, "Practice-management EOB detail for one Medicare check, portrait "
                "DejaVu Sans Condensed: Mod 1 / Mod 2 columns, sequestration column, each service's adjustments on "
                "a grey second text line, a reversal claim with negative amounts and its corrected claim.",
                lines, tclaims, legend)
    spec(name, row=lambda t: [dfmt(D.fromisoformat(t["service_date"]), "mdy2"), t["code"], *t["modifiers"],
                              t["units"]] +
         [M(Decimal(t[k])) for k in ("billed", "allowed", "deductible", "coinsurance", "paid")],
         page=lambda t: [f"{g}-{c} {M(Decimal(a))}" for g, c, a in t["adjustments"]] + t["remarks"],
         adj_full=True, money=lambda d: M(d))


# ================================================================================ L9 therapy clinic family statement
def l9(out: Path) -> None:
    name = "h116_09_clinic_family_statement"
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    kids = ["Saoirse Strand-Okafor", "Felix Strand-Okafor", "Juniper Strand-Okafor"]
    plan = [(0, 5, "V-30411", [("97166", 1, ["GO"]), ("97530", 2, ["GO"])]),
            (1, 5, "V-30412", [("92523", 1, ["GN"])]),
            (0, 8, "V-30460", [("97530", 3, ["GO"]), ("97535", 1, ["GO"])]),
            (2, 9, "V-30471", [("97110", 2, ["GP"]), ("97112", 1, ["GP"])]),
            (1, 12, "V-30502", [("92507", 1, ["GN"])]),
            (0, 13, "V-30519", [("97530", 3, ["GO"]), ("97112", 1, ["GO", "59"])]),
            (2, 16, "V-30544", [("97110", 2, ["GP"]), ("97140", 1, ["GP"])]),
            (1, 19, "V-30571", [("92507", 1, ["GN"]), ("92526", 1, ["GN"], "PR")]),
            (0, 20, "V-30590", [("97530", 3, ["GO"]), ("97535", 1, ["GO"])]),
            (2, 23, "V-30612", [("97110", 2, ["GP"]), ("97530", 1, ["GP"])]),
            (0, 27, "V-30655", [("97168", 1, ["GO"]), ("97530", 2, ["GO"])]),
            (2, 27, "V-30658", [("97110", 2, ["GP"]), ("97140", 1, ["GP"])]),
            (1, 28, "V-30671", [("92507", 1, ["GN"])]),
            (0, 29, "V-30690", [("97530", 3, ["GO"]), ("97112", 1, ["GO", "59"])]),
            (2, 30, "V-30702", [("97110", 2, ["GP"]), ("97116", 1, ["GP"]), ("97140", 1, ["GP"])]),
            (1, 30, "V-30705", [("92507", 1, ["GN"]), ("92526", 1, ["GN"])])]
    claims = []
    for k, day, vno, items in plan:
        c = Claim(kids[k], vno, f"SC{2601000 + day * 37 + k}-{int(vno[2:]) % 97:02d}", "",
                  visits(D(2026, 1, day), [(0, items)]))
        for s in c.svcs:
            commercial(s, st, deny_reason="204")
        claims.append(c)
    doc = Doc(out / f"{name}.pdf", "fpdf2", {"R": "LibSans", "B": "LibSans-B"})
    cols = [("Date", 54, "L"), ("Patient", 92, "L"), ("Description", 118, "L"), ("CPT", 34, "L"),
            ("Mod", 34, "L"), ("Units", 28, "R"), ("Charges", 46, "R"), ("Ins. Paid", 46, "R"),
            ("Ins. Adj.", 44, "R"), ("Your Portion", 52, "R")]
    x0, bottom = 32, 740
    lines, tclaims = [], []
    bal = sum((total(c.svcs, "owes") for c in claims), ZERO)

    def top(pg: int, first: bool) -> float:
        doc.text(32, 38, "LARKSPUR PEDIATRIC THERAPY", "B", 13)
        doc.text(32, 50, "2150 Tamarack Ave, Suite 110  |  Larchmont Falls, OR 97855  |  (541) 555-0168", "R", 8)
        doc.text(580, 38, "STATEMENT", "B", 13, "R")
        doc.text(580, 50, f"Page {pg}", "R", 8, "R")
        if not first:
            doc.text(32, 64, "Guarantor: Wilhelmina Strand-Okafor    Guarantor #: G-11872 (continued)", "R", 8)
            return 84
        return 66

    def colhead(yy: float) -> float:
        doc.line(x0, yy - 9, x0 + 548, yy - 9, 0.8)
        head(doc, x0, yy, cols, size=7.5)
        doc.line(x0, yy + 4, x0 + 548, yy + 4, 0.8)
        return yy + 15

    pg = doc.new_page()
    y = top(pg, True)
    doc.rect(32, y, 548, 70, lw=0.8)
    doc.text(40, y + 13, "Please detach and return this portion with your payment.", "B", 8)
    doc.text(40, y + 27, "Wilhelmina Strand-Okafor", "R", 9)
    doc.text(40, y + 38, "77 Kestrel Bend Rd", "R", 9)
    doc.text(40, y + 49, "Larchmont Falls, OR 97855-4410", "R", 9)
    for i, (k, v) in enumerate([("Statement Date", "02/02/2026"), ("Guarantor #", "G-11872"),
                                ("Amount Due", M(bal, "$")), ("Pay By", "02/27/2026")]):
        doc.text(380, y + 13 + 12 * i, k, "R", 8.5)
        doc.text(572, y + 13 + 12 * i, v, "B", 8.5, "R")
    doc.line(32, y + 80, 580, y + 80, 0.5, 0.5)
    doc.text(306, y + 78, "- - - - - - - - - - - -  detach here  - - - - - - - - - - - -", "R", 6, "C", gray=0.5)
    y += 100
    doc.text(32, y, "Previous balance $120.00    Patient payment received 01/14/2026 - thank you", "R", 8)
    y += 18
    y = colhead(y)
    for c in claims:
        if y + 12 * (len(c.svcs) + 1) > bottom:
            doc.text(306, 765, "Statement continues on next page", "R", 7, "C")
            pg = doc.new_page()
            y = top(pg, False)
            y = colhead(y)
        doc.text(x0 + 2, y, f"Visit {c.claim_id}  -  billed to Summit Crest Health Plan 01/{c.svcs[0].dos.day + 2:02d}/2026,"
                 f" insurance claim {c.pcid}", "B", 7)
        y += 11
        for s in c.svcs:
            cells(doc, x0, y, cols, [dfmt(s.dos, "mdy4"), c.patient, s.desc[:26], s.code, " ".join(s.mods),
                                     units_str(s.units), M(s.billed), M(s.paid), M(s.discount), M(s.owes)], size=7.5)
            lines.append(truth_line(pg, s, claim_id=c.claim_id, payer_claim_id=c.pcid, patient=c.patient,
                                    overrides={"description": s.desc[:26]},
                                    printed=("billed", "paid", "discount", "patient_owes")))
            y += 11
        tclaims.append({"claim_id": c.claim_id, "payer_claim_id": c.pcid, "patient": c.patient,
                        "totals": claim_totals()})
        y += 4
    if y + 80 > bottom:
        pg = doc.new_page()
        y = top(pg, False)
    doc.line(x0, y - 6, x0 + 548, y - 6, 0.8)
    tv = [sum((total(c.svcs, a) for c in claims), ZERO) for a in ("billed", "paid", "discount", "owes")]
    cells(doc, x0, y + 4, cols, ["", "Totals this statement", "", "", "", "", *[M(v, "$") for v in tv]], "B", 7.5)
    y += 22
    for k, v in [("Previous balance", "120.00"), ("Payments received", "-120.00"),
                 ("New patient charges this period", M(tv[3])), ("Amount Due", M(bal, "$"))]:
        doc.text(400, y, k, "R", 8)
        doc.text(580, y, v, "B", 8, "R")
        y += 11
    doc.text(32, y + 6, "Your Portion is what your plan says you owe after it processed each visit (deductible and "
             "coinsurance, or a service your plan does not cover).", "R", 7)
    pages = doc.save()
    write_truth(doc.path, name, "fpdf2", pages, "Pediatric therapy clinic statement to a guarantor, portrait "
                "Liberation Sans, detach stub, one visit heading per visit naming the insurance claim, three "
                "children, table continued on page 2 with the header repeated.", lines, tclaims, [])
    spec(name, row=lambda t: [dfmt(D.fromisoformat(t["service_date"]), "mdy4"), t["code"], " ".join(t["modifiers"]),
                              t["units"]] + [M(Decimal(t[k])) for k in ("billed", "paid", "discount", "patient_owes")],
         money=lambda d: M(d, "$"))


# ================================================================================ L10 hospital household statement (rl)
def l10(out: Path) -> None:
    name = "h116_10_hospital_household_statement"
    st = PlanState(ded_left=Decimal("300.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.70"))
    accts = [
        Claim("Ezra Vantreese", "7004412893", "EH 26 031 55120", "Outpatient Rehabilitation - Pediatrics",
              visits(D(2026, 1, 6), [(0, [("97165", 1, ["GO"]), ("97530", 2, ["GO"])]),
                                     (7, [("97530", 3, ["GO"]), ("97760", 1, ["GO"])]),
                                     (14, [("97530", 3, ["GO"]), ("L3807", 1, ["RT"])])]),
              {"rev": {"97165": "0434", "97530": "0430", "97760": "0430", "L3807": "0274"}}),
        Claim("Marguerite Vantreese", "7004413310", "EH 26 033 80412", "Hand Therapy Center",
              visits(D(2026, 1, 9), [(0, [("97166", 1, ["GO"]), ("97140", 2, ["GO"]), ("G0283", 1, ["GO"])]),
                                     (7, [("97140", 2, ["GO"]), ("97110", 2, ["GO"]), ("0552T", 1, ["GO"], "PR")]),
                                     (14, [("97140", 2, ["GO", "59"]), ("97110", 2, ["GO"])]),
                                     (21, [("97168", 1, ["GO"]), ("97110", 2, ["GO"])])]),
              {"rev": {"97166": "0434", "97140": "0430", "G0283": "0430", "0552T": "0430", "97110": "0430",
                       "97168": "0434"}}),
        Claim("Hollis Vantreese", "7004414021", "EH 26 036 11007", "Outpatient Clinic - Family Medicine",
              visits(D(2026, 1, 22), [(0, [("99213", 1, [])])]), {"rev": {"99213": "0510"}}),
    ]
    for a in accts:
        for s in a.svcs:
            commercial(s, st, deny_reason="96")
    doc = Doc(out / f"{name}.pdf", "reportlab", {"R": "Helvetica", "B": "Helvetica-Bold"})
    side = 150
    x0 = 36 + side + 12
    cols = [("Date", 48, "L"), ("Rev", 26, "L"), ("CPT/HCPCS", 56, "L"), ("Description", 154, "L"),
            ("Qty", 22, "R"), ("Amount", 52, "R")]
    bottom = 740
    lines, tclaims = [], []

    def top(pg: int) -> float:
        doc.rect(36, 30, side, 730, fill=0.92, stroke=False)
        doc.text(44, 48, "ST. BRENDAN", "B", 13)
        doc.text(44, 62, "REGIONAL HEALTH", "B", 13)
        sb = ["Questions about this bill?", "Patient Financial Services", "(503) 555-0110", "Mon-Fri 8:00-4:30",
              "", "Ways to pay", "Online: pay.stbrendan.example", "Phone: (503) 555-0111", "Mail: use the coupon",
              "", "Need help paying?", "Ask us about financial", "assistance and payment", "plans.", "",
              f"Page {pg}"]
        for i, s in enumerate(sb):
            doc.text(44, 86 + 11 * i, s, "B" if s in ("Questions about this bill?", "Ways to pay",
                                                      "Need help paying?") else "R", 7.5)
        doc.text(576, 48, "HOUSEHOLD STATEMENT", "B", 12, "R")
        doc.text(576, 60, "Statement date 02/02/2026", "R", 8, "R")
        return 84

    def colhead(yy: float) -> float:
        b = head(doc, x0, yy, cols, size=7)
        doc.line(x0, b + 3, 576, b + 3, 0.5)
        return b + 13

    pg = doc.new_page()
    y = top(pg)
    doc.text(x0, y, "Guarantor: Hollis Vantreese    Guarantor ID 300918274", "B", 8.5)
    tot_due = sum((total(a.svcs, "owes") for a in accts), ZERO)
    doc.text(x0, y + 12, f"Accounts on this statement: {len(accts)}    Total amount due: {M(tot_due, '$')}", "R", 8.5)
    y += 34
    for a in accts:
        if y + 80 > bottom:
            pg = doc.new_page()
            y = top(pg)
        doc.line(x0, y - 10, 576, y - 10, 1.2)
        doc.text(x0, y, f"Patient: {a.patient}", "B", 9)
        doc.text(576, y, f"Account # {a.claim_id}", "B", 9, "R")
        doc.text(x0, y + 11, f"{a.provider}    Insurance: Evergreen Mutual Health, claim {a.pcid}", "R", 7.5)
        y = colhead(y + 26)
        for s in a.svcs:
            if y + 12 > bottom:
                pg = doc.new_page()
                y = top(pg)
                doc.text(x0, y, f"Patient: {a.patient}   Account # {a.claim_id}   (continued)", "B", 8.5)
                y = colhead(y + 14)
            code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            cells(doc, x0, y, cols, [dfmt(s.dos, "mdy4"), a.extra["rev"][s.code], code, s.desc[:30],
                                     units_str(s.units), M(s.billed)], size=7.5)
            lines.append(truth_line(pg, s, claim_id=a.claim_id, payer_claim_id=a.pcid, patient=a.patient,
                                    overrides={"description": s.desc[:30]}, printed=("billed",)))
            y += 11
        tb = total(a.svcs, "billed")
        rows = [("Total charges", M(tb)),
                ("Insurance payment - Evergreen Mutual Health", M(-total(a.svcs, "paid"))),
                ("Insurance contractual adjustment", M(-total(a.svcs, "discount"))),
                ("Patient responsibility (deductible, coinsurance, non-covered)", M(total(a.svcs, "owes")))]
        doc.line(x0 + 300, y - 7, 576, y - 7, 0.4)
        for i, (k, v) in enumerate(rows):
            doc.text(x0 + 80, y + 2, k, "B" if i in (0, 3) else "R", 7.5)
            doc.text(576, y + 2, v, "B" if i in (0, 3) else "R", 7.5, "R")
            y += 10
        tclaims.append({"claim_id": a.claim_id, "payer_claim_id": a.pcid, "patient": a.patient,
                        "totals": claim_totals(tb)})
        y += 22
    if y + 30 > bottom:
        pg = doc.new_page()
        y = top(pg)
    doc.text(x0, y, f"TOTAL AMOUNT DUE FROM HOUSEHOLD: {M(tot_due, '$')}", "B", 9)
    doc.text(x0, y + 12, "Your insurer has processed every visit listed above.", "R", 7.5)
    pages = doc.save()
    write_truth(doc.path, name, "reportlab", pages, "Hospital household statement, portrait Helvetica with a grey "
                "left sidebar: one account per family member, revenue code, CPT-modifier, Qty and charge per line; "
                "insurance payment and adjustment only at account level; an account continued on page 2.",
                lines, tclaims, [])
    spec(name, row=lambda t: [dfmt(D.fromisoformat(t["service_date"]), "mdy4"),
                              "-".join([t["code"]] + t["modifiers"]), t["units"], M(Decimal(t["billed"]))],
         money=lambda d: M(d))


# ================================================================================ driver and self-check
LAYOUTS = [l1, l2, l3, l4, l5, l6, l7, l8, l9, l10]


def check(out: Path) -> list[str]:
    errs: list[str] = []
    n = 0
    for tf in sorted(out.glob("*.truth.json")):
        n += 1
        t = json.loads(tf.read_text())
        pdf = Path(str(tf)[: -len(".truth.json")])
        sp = SPECS[t["layout"]]
        rows = page_rows(pdf)
        name = t["layout"]
        if len(rows) != t["pages"]:
            errs.append(f"{name}: pages {len(rows)} != {t['pages']}")
        alltext = "\n".join("\n".join(r) for r in rows)
        for i, ln in enumerate(t["lines"]):
            pr = rows[ln["page"] - 1]
            toks = [x for x in sp["row"](ln) if x]
            if not any(all(has(r, x) for x in toks) for r in pr):
                errs.append(f"{name} line {i} p{ln['page']}: no row with {toks}")
            page_txt = "\n".join(pr)
            for x in sp.get("page", lambda _t: [])(ln):
                if x not in page_txt:
                    errs.append(f"{name} line {i}: {x!r} not on page {ln['page']}")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in alltext:
                    errs.append(f"{name} line {i}: {k} {ln[k]!r} not in document")
            if ln["description"] and " ".join(ln["description"].split()[:2]) not in alltext:
                errs.append(f"{name} line {i}: description {ln['description']!r} not found")
            b = Decimal(ln["billed"]) if ln["billed"] else None
            if sp.get("adj_full") and b is not None and ln["paid"] is not None:
                adj = sum((Decimal(a[2]) for a in ln["adjustments"]), ZERO)
                if b - adj != Decimal(ln["paid"]):
                    errs.append(f"{name} line {i}: billed {b} - adjustments {adj} != paid {ln['paid']}")
            if sp.get("eob") and b is not None:
                vals = {k: Decimal(ln[k] or "0") for k in ("discount", "not_covered", "allowed", "deductible",
                                                              "copay", "coinsurance", "paid")}
                if ln["discount"] is not None and ln["not_covered"] is not None and \
                        b - vals["discount"] - vals["not_covered"] != vals["allowed"]:
                    errs.append(f"{name} line {i}: billed - discount - not covered != allowed")
                if ln["deductible"] is not None and vals["allowed"] - vals["deductible"] - vals["copay"] - \
                        vals["coinsurance"] != vals["paid"]:
                    errs.append(f"{name} line {i}: allowed - cost share != paid")
        found = set()
        for cl in t["claims"]:
            mine = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                    (cl["claim_id"], cl["payer_claim_id"], cl["patient"])]
            if not mine:
                errs.append(f"{name}: claim {cl} has no lines")
            for k, v in cl["totals"].items():
                if v is None:
                    continue
                s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), ZERO)
                mm = sp["money"](Decimal(v))
                if mm not in alltext:
                    errs.append(f"{name}: claim total {k} {mm} not printed")
                if s != Decimal(v):
                    msg = [f for f in t["expected_findings"] if cl["payer_claim_id"] and cl["payer_claim_id"] in f
                           or cl["claim_id"] and cl["claim_id"] in f]
                    if msg:
                        found.add(msg[0])
                    else:
                        errs.append(f"{name}: claim {cl['payer_claim_id'] or cl['claim_id']} {k} total {v} "
                                    f"!= lines {s}")
        for f in t["expected_findings"]:
            if f not in found:
                errs.append(f"{name}: planted finding not real: {f}")
        for k, v in t["legend"]:
            if k not in alltext:
                errs.append(f"{name}: legend code {k} not printed")
    if n < 10 and len(LAYOUTS) >= 10:
        errs.append(f"only {n} truth files")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout116_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("CHECK FAIL:", e)
        tot = 0
        for tf in sorted(out.glob("*.truth.json")):
            t = json.loads(tf.read_text())
            tot += len(t["lines"])
            print(f"  {t['layout']}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, "
                  f"{len(t['claims'])} claims")
        print(f"check: {'FAILED' if errs else 'passed'} ({tot} lines)")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
