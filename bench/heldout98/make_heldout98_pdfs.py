"""Write HELD-OUT set 98 of synthetic PDF EOB layouts (with truth files) into a folder: an independent
measurement of the PDF reader on the five commonest real document kinds, two house styles each, none of them
looked at while the reader was developed.

Run:  python bench/heldout98/make_heldout98_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout98/make_heldout98_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Helper: bench/heldout98/h98kit.py (drawing
back-end for reportlab / fpdf2 in the same top-down point coordinates, and the self-check).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py truth_line / write_truth), printed values only,
null for what a layout does not print (units null where no quantity is printed on the line); claim_id = the
provider's own account / patient-control / invoice number, payer_claim_id = the payer's claim number / ICN /
TCN / claim ref (null on a self-pay hospital account), patient exactly as printed (e.g. "QUILL, MARISOL").
Adjustments are listed only where the layout prints group+reason+amount on the line. Every name, number,
payer, provider, address and ID is invented; descriptions are our own words. Deterministic output.

Layouts:
  a1  commercial member EOB for a family of three, portrait Liberation Serif: "Amount Billed / Network Savings /
      Allowed Amount / Deductible / Copay / Coinsurance / Plan Paid / What You Owe / Remarks", "97530 GO x2",
      wrapped two-line descriptions, a summary box, claim continued on pages 2 and 3 (reportlab)
  a2  commercial member EOB, landscape DejaVu Sans shaded grid header: "Charges / Not covered / Discount /
      Allowed / ... / Paid by plan / You owe / Notes", "92507-GN", "97110-GP-KX", Qty column, a denied unit,
      header repeated on page 2 with "(cont.)" claim; PLANTED claim-total mismatch on "You owe" (fpdf2)
  a3  Medicare Summary Notice, Part B, core Helvetica: "Service Provided & Billing Code / Amount Provider
      Charged / Medicare-Approved Amount / Medicare Paid Provider / Maximum You May Be Billed / See Notes",
      code and mods in parentheses after the description "(97140, GP/59)", no units, letter notes, a claim
      continued on page 2 (reportlab)
  a4  Medicare Advantage member EOB, Liberation Sans Narrow: per-visit copays, "Mar 2, 2026" dates,
      "(97110 - GP CQ)", no units, claim runs on to page 2 WITHOUT header or claim heading repeated (fpdf2)
  a5  state Medicaid remittance advice, landscape core Courier: RECIP NAME "LAST, FIRST", RECIP ID, ICN, PAT ACCT,
      line numbers, units "3.0", 4-digit EOB codes, "*** CLAIMS DENIED ***" section, header repeated (fpdf2)
  a6  state Medicaid remittance advice, DejaVu Sans Condensed, shaded claim boxes with TCN and Patient Control
      No., "CO 45 163.88" adjustment column, visit-limit denial with RARC, a reversed claim (negative amounts)
      and its replacement, claim continued on page 2 (reportlab)
  a7  clearinghouse reprint of a Medicare standard paper remit, landscape Liberation Mono: PERF PROV / SERV DATE
      "0203 020326" / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT stacked on
      following rows / PROV PD, "CO" as an OT-assistant modifier, PT RESP and CLAIM TOTALS rows (fpdf2)
  a8  practice-management "Insurance Payment Detail" of a Medicare payment, Liberation Sans: one row per line
      with all adjustments inline "CO-45 63.25 PR-2 13.35 CO-253 1.07", mods "GO,CO", header repeated but no
      claim heading on the continuation page (reportlab)
  a9  pediatric therapy clinic family statement, DejaVu Sans Condensed with a sidebar (amount due),
      guarantor plus two children, invoice rows with insurer claim #, glued "97112GO59", no units,
      "Charges / Ins Paid / Ins Adj / You Owe", a not-covered line owed in full, tear-off stub (reportlab)
  a10 hospital outpatient family statement by account, DejaVu Serif: revenue codes, "97530 GO", Qty, long
      descriptions cut to the column, account-level insurance payment / contractual allowance / balance
      (line amounts are charges only), a self-pay account with no payer claim, accounts continued on pages 2
      and 3 (fpdf2)

The self-check (--check) tests the factory, not the reader: for every truth line, one text row of its page
(pdfplumber words grouped by baseline) holds the code, the date, every modifier, every printed amount and
the units; adjustment codes/amounts and remarks are on the page; ids and patients are in the document; page
counts match; arithmetic holds per layout (allowed - deductible - copay - coinsurance [- CO-253] = paid;
allowed - patient share = paid; billed - adjustments = paid where every adjustment is printed; charges -
ins paid - ins adj = you owe on the statement); claim totals = sum of lines, except the planted mismatch,
which really is one. Output is byte-identical run to run.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from samples.pdf.eobgen import (DESC, FEE, LONG_DESC, SCHED, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, negate,  # noqa: E402
                                medicaid, medicare, money, q, total, truth_line, units_str, write_truth)
from h98kit import Doc, check_folder  # noqa: E402

D = date

# Extra invented charges / schedule amounts for codes the shared tables lack; our own short wording.
for _c, _f, _s, _d in (("97533", "98.00", "38.12", "Sensory integration activities"),
                       ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
                       ("92610", "185.00", "84.90", "Swallowing function evaluation"),
                       ("99214", "225.00", "124.67", "Office visit, established, moderate"),
                       ("97750", "140.00", "36.02", "Physical performance test")):
    FEE.setdefault(_c, _f)
    SCHED.setdefault(_c, _s)
    DESC.setdefault(_c, _d)


@dataclass
class Claim:
    patient: str | None
    cid: str | None
    pcn: str | None
    svcs: list
    info: dict = field(default_factory=dict)


def S(d, code, u, mods=(), denied=None, desc=""):
    return Svc(d, code, Decimal(str(u)), tuple(mods), None, desc, denied)


@dataclass
class Spec:
    """One table layout: callbacks draw the furniture; the engine places rows and records truth."""
    page_head: object            # (doc, first: bool) -> y
    col_head: object             # (doc, y) -> y
    claim_head: object           # (doc, claim, y, cont) -> y
    row: object                  # (doc, s, claim, y) -> None (draws one service row)
    extra: object = None         # (s, claim) -> list of strings drawn under the row (wraps, adj lines)
    extra_x: float = 0
    claim_foot: object = None    # (doc, claim, y) -> y
    page_foot: object = None     # (doc, pageno) -> None
    lh: float = 12
    bottom: float = 720
    repeat_head: bool = True
    cont_head: bool = True       # print claim heading again ("continued") on a new page
    force: set = field(default_factory=set)   # (claim index, row index) -> page break before that row
    printed: tuple = ()
    units: bool = True
    mods: bool = True
    remarks: object = None       # s -> list
    adjs: object = None          # s -> list of (g, c, amt)
    foot_h: float = 30


def run(doc: Doc, sp: Spec, claims: list[Claim], after=None):
    lines = []
    y = sp.page_head(doc, True)
    y = sp.col_head(doc, y)

    def brk(c, y_):
        if sp.page_foot:
            sp.page_foot(doc, doc.page)
        doc.new_page()
        y2 = sp.page_head(doc, False)
        if sp.repeat_head:
            y2 = sp.col_head(doc, y2)
        if sp.cont_head and c is not None:
            y2 = sp.claim_head(doc, c, y2, True)
        return y2

    for ci, c in enumerate(claims):
        if y + 3 * sp.lh > sp.bottom:
            y = brk(None, y)
        y = sp.claim_head(doc, c, y, False)
        for ri, s in enumerate(c.svcs):
            ex = sp.extra(s, c) if sp.extra else []
            if (ci, ri) in sp.force or y + sp.lh * (1 + len(ex)) > sp.bottom:
                y = brk(c, y)
            y += sp.lh
            sp.row(doc, s, c, y)
            for e in ex:
                y += sp.lh
                doc.text(sp.extra_x, y, e)
            lines.append(truth_line(doc.page, s, claim_id=c.cid, payer_claim_id=c.pcn, patient=c.patient,
                                    printed=sp.printed, units=sp.units, modifiers=sp.mods,
                                    adjustments=sp.adjs(s) if sp.adjs else [],
                                    remarks=sp.remarks(s) if sp.remarks else []))
        if sp.claim_foot:
            if y + sp.foot_h > sp.bottom:
                y = brk(None, y)
            y = sp.claim_foot(doc, c, y)
    if after:
        y = after(doc, y)
    if sp.page_foot:
        sp.page_foot(doc, doc.page)
    return lines


def tot(c: Claim, *keys, bump: dict | None = None):
    m = {"billed": "billed", "allowed": "allowed", "paid": "paid", "patient_owes": "owes"}
    vals = {k: total(c.svcs, m[k]) for k in keys}
    for k, v in (bump or {}).items():
        vals[k] += v
    return vals


def claims_truth(claims, keys, bumps=None):
    out = []
    for c in claims:
        v = tot(c, *keys, bump=(bumps or {}).get(c.pcn or c.cid))
        out.append({"claim_id": c.cid, "payer_claim_id": c.pcn, "patient": c.patient,
                    "totals": claim_totals(**v)})
    return out


def adjs_all(s):
    return [(g, c, a) for g, c, a in s.adjs if a]


def fit(doc, text, w):
    """Cut a description at a word boundary so it fits w points (a real print would truncate too)."""
    if doc.width(text) <= w:
        return text
    words = text.split()
    while words and doc.width(" ".join(words)) > w:
        words.pop()
    return " ".join(words).rstrip(",")


def modstr(s, sep=" "):
    return sep.join(s.mods)


LAYOUTS = []


def layout(fn):
    LAYOUTS.append(fn)
    return fn


def heads(doc, cols, labels, y, size=7, bold=True, lh=8.5):
    """labels: list of 'line1|line2' strings drawn above column anchors."""
    doc.font(size, bold)
    n = max(len(lb.split("|")) for lb in labels)
    for (x, al), lb in zip(cols, labels):
        parts = lb.split("|")
        for k, p in enumerate(parts):
            doc.text(x, y + (n - len(parts) + k + 1) * lh, p, al)
    doc.font(doc.size, False)
    return y + n * lh + 3


# ---------------------------------------------------------------------------- a1 commercial member EOB
@layout
def a1(out: Path):
    name = "a1_commercial_member_eob"
    doc = Doc(out / f"{name}.pdf", "reportlab", "LibSerif")
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30")})
    cl = [
        Claim("Theo Pemberton-Vance", "LPT-7781", "GR26-0113-55012", [commercial(x, st) for x in [
            S(D(2026, 1, 6), "97165", 1, ["GO"]), S(D(2026, 1, 8), "97530", 2, ["GO"]),
            S(D(2026, 1, 8), "97535", 1, ["GO"]), S(D(2026, 1, 13), "97530", 3, ["GO"]),
            S(D(2026, 1, 13), "97112", 1, ["GO", "59"])]], {"prov": "Lakeshore Pediatric Therapy"}),
        Claim("Ines Pemberton-Vance", "LPT-7795", "GR26-0120-61887", [commercial(x, st) for x in [
            S(D(2026, 1, 15), "97161", 1, ["GP"]), S(D(2026, 1, 20), "97110", 2, ["GP"]),
            S(D(2026, 1, 20), "97140", 1, ["GP", "59"]), S(D(2026, 1, 22), "97110", 2, ["GP"]),
            S(D(2026, 1, 22), "G0283", 1, ["GP"], denied="PR"), S(D(2026, 1, 27), "97110", 3, ["GP"]),
            S(D(2026, 1, 27), "97530", 1, ["GP"])]], {"prov": "Lakeshore Pediatric Therapy"}),
        Claim("Harold Pemberton-Vance", "NF-300412", "GR26-0122-70340", [commercial(x, st) for x in [
            S(D(2026, 1, 21), "99213", 1, ["25"]), S(D(2026, 1, 21), "L3807", 1, ["RT"])]],
              {"prov": "Northfield Orthopedic Associates"}),
    ]
    for s in cl[1].svcs:
        if s.denied:
            s.remarks = ["N7"]
    for c in cl:
        for s in c.svcs:
            if not s.denied:
                s.remarks = ["S1"] + (["D2"] if s.deductible else [])
    cols = [(40, "L"), (86, "L"), (200, "L"), (282, "R"), (320, "R"), (358, "R"), (394, "R"), (424, "R"),
            (458, "R"), (496, "R"), (534, "R"), (540, "L")]

    def ph(doc, first):
        doc.font(15, True)
        doc.text(40, 50, "GRANITE RIDGE HEALTH PLAN")
        doc.font(8)
        doc.text(40, 62, "PO Box 44120  Concord Falls, NH 03399  |  Member Services 1-800-555-0148")
        doc.font(11, True)
        doc.text(572, 50, "Explanation of Benefits", "R")
        doc.font(8, True)
        doc.text(572, 62, "THIS IS NOT A BILL", "R")
        doc.font(8)
        doc.hline(40, 572, 70, 1.2)
        doc.text(40, 82, "Subscriber: Harold Pemberton-Vance     Member ID: GRX448120973     Group: 0071-MAPLEWORKS")
        doc.text(572, 82, f"Statement date: February 2, 2026     Page {doc.page} of 3", "R")
        y = 90
        if first:
            doc.rect(40, 92, 532, 46)
            doc.font(9, True)
            doc.text(48, 106, "Your claims at a glance")
            doc.font(8)
            doc.text(48, 119, "Amount billed by your providers: " + money(sum(total(c.svcs, 'billed') for c in cl)))
            doc.text(48, 131, "What your plan paid: " + money(sum(total(c.svcs, 'paid') for c in cl)))
            doc.text(320, 119, "Deductible met so far in 2026: $250.00 of $250.00")
            doc.text(320, 131, "Out-of-pocket met so far in 2026: " + money(sum(total(c.svcs, 'owes') for c in cl)))
            y = 148
        return y

    def ch(doc, y):
        doc.size = 7
        y = heads(doc, cols, ["Date of|Service", "Service", "Code", "Amount|Billed", "Network|Savings", "Allowed|Amount",
                              "Deduct-|ible", "Copay", "Coins-|urance", "Plan|Paid", "What You|Owe", "Re-|marks"], y)
        doc.hline(40, 572, y - 1)
        return y

    def clh(doc, c, y, cont):
        doc.font(8, True)
        y += 12
        doc.text(40, y, f"Patient: {c.patient}" + ("  (continued)" if cont else ""))
        doc.text(250, y, f"Claim #: {c.pcn}")
        doc.text(420, y, f"Patient Acct #: {c.cid}")
        doc.font(7.5)
        y += 10
        doc.text(40, y, f"Provider: {c.info['prov']}   In network   Received 01/30/2026   Processed 02/01/2026")
        doc.font(7)
        return y

    def row(doc, s, c, y):
        doc.font(7)
        d = LONG_DESC.get(s.code, s.desc)
        first = d if doc.width(d) < 110 else d[:d.rfind(" ", 0, 30)]
        doc.row(cols[:11], [dfmt(s.dos, "mdy2"), first, f"{s.code} {modstr(s)}  x{units_str(s.units)}",
                            money(s.billed, ","), money(s.discount, ","), money(s.allowed, ","),
                            money(s.deductible, ","), money(s.copay, ","), money(s.coinsurance, ","),
                            money(s.paid, ","), money(s.owes, ",")], y)
        doc.text(cols[11][0], y, " ".join(s.remarks))

    def extra(s, c):
        d = LONG_DESC.get(s.code, s.desc)
        if d == s.desc or len(d) < 30:
            return []
        cut = d.rfind(" ", 0, 30)
        return [d[cut + 1:]]

    def cf(doc, c, y):
        y += 11
        doc.hline(260, 572, y - 8, 0.3)
        doc.font(7, True)
        v = tot(c, "billed", "allowed", "paid", "patient_owes")
        doc.text(92, y, "Claim total")
        doc.row([cols[3], cols[5], cols[9], cols[10]], [money(v["billed"], ","), money(v["allowed"], ","),
                                                        money(v["paid"], ","), money(v["patient_owes"], ",")], y)
        doc.font(7)
        y += 10
        doc.text(92, y, "Remark codes: " + ", ".join(sorted({r for s in c.svcs for r in s.remarks})))
        return y + 4

    def pf(doc, p):
        doc.font(6.5)
        doc.text(40, 760, "Questions about this statement? Call Member Services. Para asistencia en espanol, llame al 1-800-555-0148.")
        doc.text(40, 770, "Granite Ridge Health Plan is an invented plan for testing. Keep this notice for your records.")

    def after(doc, y):
        doc.font(8, True)
        y += 20
        doc.text(40, y, "Remark code explanations")
        doc.font(7.5)
        for k, v in LEG1:
            y += 11
            doc.text(40, y, f"{k}  {v}")
        y += 18
        doc.font(8, True)
        doc.text(40, y, "Your right to appeal")
        doc.font(7.5)
        y += 11
        doc.text(40, y, "You may ask us to review any decision on this notice within 180 days of the statement date.")
        return y

    sp = Spec(ph, ch, clh, row, extra=extra, extra_x=86, claim_foot=cf, page_foot=pf, lh=11, bottom=740,
              force={(1, 4), (2, 0)}, printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                                "paid", "patient_owes"),
              units=True, remarks=lambda s: s.remarks)
    lines = run(doc, sp, cl, after)
    pages = doc.save()
    write_truth(out / f"{name}.pdf", name, "reportlab", pages, "commercial member EOB, family of three", lines,
                claims_truth(cl, ("billed", "allowed", "paid", "patient_owes")), LEG1)


LEG1 = [("S1", "Your provider is in our network and accepted the allowed amount; you save the difference."),
        ("D2", "Part of this amount counted toward your yearly deductible."),
        ("N7", "Your plan does not cover this service. Your provider may ask you to pay for it.")]


# ---------------------------------------------------------------- a2 commercial member EOB, landscape grid
@layout
def a2(out: Path):
    name = "a2_commercial_family_eob_grid"
    doc = Doc(out / f"{name}.pdf", "fpdf2", "DVSans", landscape=True)
    st = PlanState(ded_left=Decimal("400.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.76"))
    mk = lambda *a, **k: commercial(S(*a, **k), st, deny_reason="96")  # noqa: E731
    cl = [
        Claim("Rosalind Okafor-Lindqvist", "TW55120", "7004418823", [
            mk(D(2026, 2, 3), "92523", 1, ["GN"]), mk(D(2026, 2, 5), "92507", 1, ["GN"]),
            mk(D(2026, 2, 10), "92507", 1, ["GN"]), mk(D(2026, 2, 12), "92507", 1, ["GN"]),
            mk(D(2026, 2, 12), "97129", 2, ["GN"]), mk(D(2026, 2, 17), "92507", 1, ["GN"]),
            mk(D(2026, 2, 19), "92507", 1, ["GN"]), mk(D(2026, 2, 19), "97129", 1, ["GN"], denied="CO")],
              {"prov": "Talking Waters Speech Clinic", "npi": "1730048815"}),
        Claim("Emeka Okafor-Lindqvist", "TW55188", "7004420196", [
            mk(D(2026, 2, 4), "97166", 1, ["GO"]), mk(D(2026, 2, 9), "97530", 2, ["GO"]),
            mk(D(2026, 2, 9), "97533", 1, ["GO"], desc="Sensory integration activities"),
            mk(D(2026, 2, 16), "97530", 2, ["GO"]), mk(D(2026, 2, 16), "97533", 1, ["GO"],
                                                     desc="Sensory integration activities")],
              {"prov": "Talking Waters Speech Clinic", "npi": "1730048815"}),
        Claim("Nils Okafor-Lindqvist", "AC-99017", "7004431550", [
            mk(D(2026, 2, 11), "97163", 1, ["GP"]), mk(D(2026, 2, 13), "97110", 3, ["GP", "KX"]),
            mk(D(2026, 2, 13), "97140", 1, ["GP", "59"])],
              {"prov": "Arbor Crest Physical Therapy", "npi": "1902771046"}),
    ]
    for c in cl:
        for s in c.svcs:
            s.remarks = ["X4"] if s.denied else (["P1"] if s.deductible else [])
    bump = {"7004420196": {"patient_owes": Decimal("10.00")}}
    cols = [(36, "L"), (92, "L"), (240, "L"), (300, "R"), (345, "R"), (395, "R"), (440, "R"), (485, "R"),
            (532, "R"), (570, "R"), (618, "R"), (668, "R"), (724, "L")]
    labels = ["Visit date", "Service", "Procedure", "Qty", "Charges", "Not covered", "Discount", "Allowed",
              "Deductible", "Copay", "Coinsurance", "Paid by plan", "Notes"]

    def ph(doc, first):
        doc.font(13, True)
        doc.text(36, 40, "Tidewater Mutual Benefit Association")
        doc.font(8)
        doc.text(36, 52, "1120 Harbor Commons Parkway, Suite 400, Bayport, MD 21199")
        doc.font(10, True)
        doc.text(756, 40, "EXPLANATION OF BENEFITS", "R")
        doc.font(8)
        doc.text(756, 52, "This is a summary of how your claims were processed. It is not a bill.", "R")
        doc.text(36, 66, "Plan holder: Adaeze Okafor-Lindqvist   ID: TMB-2281-04470   Plan: Choice PPO 2000")
        doc.text(756, 66, f"Issued 02/27/2026    Page {doc.page} of 2", "R")
        doc.hline(36, 756, 71, 1)
        return 78

    def ch(doc, y):
        doc.rect(36, y, 720, 14, 0.4, fill=0.85)
        doc.font(7, True)
        for (x, al), lb in zip(cols, labels):
            doc.text(x, y + 10, lb, al)
        doc.text(716, y + 10, "You owe", "R")
        doc.font(7.5)
        return y + 16

    def clh(doc, c, y, cont):
        doc.font(8, True)
        y += 13
        doc.text(36, y, f"{c.patient}" + (" (cont.)" if cont else ""))
        doc.font(7.5)
        doc.text(300, y, f"Claim ID {c.pcn}   Provider acct {c.cid}   {c.info['prov']} (NPI {c.info['npi']})")
        doc.hline(36, 756, y + 3, 0.3)
        return y + 2

    def row(doc, s, c, y):
        doc.font(7.5)
        vals = [dfmt(s.dos, "mdy4"), fit(doc, s.desc, 145), f"{s.code}-{'-'.join(s.mods)}", units_str(s.units)]
        vals += [money(getattr(s, k), "") for k in ("billed", "not_covered", "discount", "allowed", "deductible",
                                                     "copay", "coinsurance", "paid")]
        vals += [" ".join(s.remarks)]
        doc.row(cols, vals, y)
        doc.text(716, y, money(s.owes, ""), "R")

    def cf(doc, c, y):
        y += 12
        v = tot(c, "billed", "allowed", "paid", "patient_owes", bump=bump.get(c.pcn))
        doc.font(7.5, True)
        doc.text(92, y, "Totals for this claim")
        doc.row([cols[4], cols[7], cols[11]], [money(v["billed"], ""), money(v["allowed"], ""),
                                               money(v["paid"], "")], y)
        doc.text(716, y, money(v["patient_owes"], ""), "R")
        doc.font(7.5)
        return y + 4

    def pf(doc, p):
        doc.font(7)
        doc.hline(36, 756, 572, 0.3)
        doc.text(36, 582, "P1 Applied to your deductible.   X4 Charge exceeds the number of units the plan allows "
                          "for this service on one day; the provider may not bill you.")
        doc.text(36, 592, "To appeal, write to Appeals Unit, PO Box 7710, Bayport, MD 21198 within 180 days.")

    sp = Spec(ph, ch, clh, row, claim_foot=cf, page_foot=pf, lh=12, bottom=560, force={(1, 2)},
              printed=("billed", "not_covered", "discount", "allowed", "deductible", "copay", "coinsurance", "paid",
                       "patient_owes"), remarks=lambda s: s.remarks)
    lines = run(doc, sp, cl)
    pages = doc.save()
    c = cl[1]
    good = total(c.svcs, "owes")
    fnd = [f"claim-total-mismatch claim {c.pcn}: printed You owe total {q(good + 10)} but the lines add up to {good}"]
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages, "commercial member EOB, landscape grid", lines,
                claims_truth(cl, ("billed", "allowed", "paid", "patient_owes"), bump),
                [("P1", "Applied to your deductible."), ("X4", "Units over the daily limit; provider write-off.")],
                fnd)


# ------------------------------------------------------------------------- a3 Medicare Summary Notice
@layout
def a3(out: Path):
    name = "a3_medicare_summary_notice"
    doc = Doc(out / f"{name}.pdf", "reportlab", "Helvetica")
    st = PlanState(ded_left=Decimal("60.00"))
    mk = lambda *a, **k: medicare(S(*a, **k), st, sequestration=False)  # noqa: E731
    pt = "Wendell J. Harrowgate"
    cl = [
        Claim(pt, None, "26-031-04418-220", [
            mk(D(2026, 2, 2), "97161", 1, ["GP"]), mk(D(2026, 2, 4), "97110", 2, ["GP"]),
            mk(D(2026, 2, 4), "97112", 1, ["GP"]), mk(D(2026, 2, 9), "97110", 2, ["GP"]),
            mk(D(2026, 2, 9), "97140", 1, ["GP", "59"]), mk(D(2026, 2, 11), "97116", 2, ["GP", "CQ"]),
            mk(D(2026, 2, 16), "97110", 2, ["GP", "CQ"])],
              {"prov": ["Maple Hollow Rehabilitation", "48 Depot Street", "Greenvale, VT 05199"]}),
        Claim(pt, None, "26-034-11907-415", [
            mk(D(2026, 2, 6), "99213", 1), mk(D(2026, 2, 6), "G0283", 1, ["GP"]),
            mk(D(2026, 2, 6), "0552T", 1, denied="PR")],
              {"prov": ["Birchline Family Medicine", "9 Courthouse Square", "Greenvale, VT 05199"]}),
        Claim(pt, None, "26-038-20561-733", [
            mk(D(2026, 2, 18), "97168", 1, ["GO"]), mk(D(2026, 2, 20), "97535", 2, ["GO"]),
            mk(D(2026, 2, 23), "97530", 2, ["GO"]), mk(D(2026, 2, 25), "97530", 1, ["GO"])],
              {"prov": ["Maple Hollow Rehabilitation", "48 Depot Street", "Greenvale, VT 05199"]}),
    ]
    for c in cl:
        for s in c.svcs:
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    cols = [(50, "L"), (330, "R"), (400, "R"), (470, "R"), (540, "R"), (552, "L")]

    def ph(doc, first):
        doc.font(18, True)
        doc.text(50, 54, "Medicare Summary Notice")
        doc.font(9)
        doc.text(50, 68, "for Part B (Medical Insurance)")
        doc.text(562, 54, pt.upper(), "R")
        doc.text(562, 66, f"Page {doc.page} of 2", "R")
        doc.hline(50, 562, 76, 2)
        if first:
            doc.font(9)
            doc.text(400, 92, pt)
            doc.text(400, 103, "212 Quarry Hill Road")
            doc.text(400, 114, "Greenvale, VT 05199")
            doc.text(50, 92, "The amounts listed are not bills. Your doctors and suppliers may bill you up to the")
            doc.text(50, 104, "\"Maximum You May Be Billed\" amount.")
            doc.text(50, 116, "Medicare Number: 7RT4-WQ2-KM83")
            doc.rect(50, 124, 512, 30)
            doc.font(10, True)
            doc.text(58, 137, "Your Deductible Status")
            doc.font(8)
            doc.text(58, 149, "Your deductible is what you must pay each year before Medicare pays. You have now met it for 2026.")
            return 168
        doc.font(10, True)
        doc.text(50, 94, "Your Claims & Costs This Period (continued)")
        return 104

    def ch(doc, y):
        doc.size = 8
        y = heads(doc, cols, ["Service Provided & Billing Code", "Amount|Provider|Charged", "Medicare-|Approved|Amount",
                              "Medicare|Paid|Provider", "Maximum You|May Be|Billed", "See|Notes"], y, 8, True, 9.5)
        doc.hline(50, 562, y - 1, 0.8)
        return y

    def clh(doc, c, y, cont):
        y += 14
        doc.font(9, True)
        doc.text(50, y, " ".join(c.info["prov"][:1]) + (" (continued)" if cont else ""))
        doc.font(8)
        if not cont:
            doc.text(300, y, f"Claim Number: {c.pcn}")
            for ln in c.info["prov"][1:]:
                y += 10
                doc.text(50, y, ln)
            y += 10
            doc.text(50, y, "Did you get these services?  Yes")
        return y

    def row(doc, s, c, y):
        doc.font(8)
        mods = f", {'/'.join(s.mods)}" if s.mods else ""
        doc.text(50, y, f"{dfmt(s.dos, 'mdy4')}  {s.desc} ({s.code}{mods})")
        doc.row(cols[1:5], [money(s.billed), money(s.allowed), money(s.paid), money(s.owes)], y)
        doc.text(552, y, ", ".join(s.remarks))

    def cf(doc, c, y):
        y += 13
        doc.hline(280, 562, y - 9, 0.4)
        doc.font(8, True)
        v = tot(c, "billed", "allowed", "paid", "patient_owes")
        doc.text(50, y, "Total for this claim")
        doc.row(cols[1:5], [money(v[k]) for k in ("billed", "allowed", "paid", "patient_owes")], y)
        return y + 6

    def after(doc, y):
        y += 22
        doc.font(10, True)
        doc.text(50, y, "Notes for Your Claims Above")
        doc.font(8)
        for k, v in LEG3:
            y += 12
            doc.text(50, y, f"{k}  {v}")
        return y

    sp = Spec(ph, ch, clh, row, claim_foot=cf, lh=12, bottom=740, force={(2, 2)}, units=False,
              printed=("billed", "allowed", "paid", "patient_owes"), remarks=lambda s: s.remarks)
    lines = run(doc, sp, cl, after)
    pages = doc.save()
    write_truth(out / f"{name}.pdf", name, "reportlab", pages, "Medicare Summary Notice, Part B", lines,
                claims_truth(cl, ("billed", "allowed", "paid", "patient_owes")), LEG3)


LEG3 = [("A", "This approved amount is based on the Medicare fee schedule; you owe 20 percent coinsurance."),
        ("B", "Part of the approved amount went toward your yearly Part B deductible."),
        ("C", "Medicare does not pay for this service. You were told in advance you may have to pay.")]


# ------------------------------------------------------------------ a4 Medicare Advantage member EOB
@layout
def a4(out: Path):
    name = "a4_medicare_advantage_member_eob"
    doc = Doc(out / f"{name}.pdf", "fpdf2", "LibNarrow")
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.44"))
    mk = lambda *a, **k: commercial(S(*a, **k), st, deny_reason="50")  # noqa: E731
    pt = "Gertrude A. Vasquez-Mills"
    cl = [
        Claim(pt, "HRC0098812", "MA2603-0071184", [
            mk(D(2026, 3, 2), "97162", 1, ["GP"]), mk(D(2026, 3, 4), "97110", 2, ["GP"]),
            mk(D(2026, 3, 4), "97116", 1, ["GP"]), mk(D(2026, 3, 6), "97110", 2, ["GP", "CQ"]),
            mk(D(2026, 3, 6), "97140", 1, ["GP", "CQ"]), mk(D(2026, 3, 9), "97110", 2, ["GP", "CQ"]),
            mk(D(2026, 3, 9), "97112", 1, ["GP", "CQ"]), mk(D(2026, 3, 11), "97750", 1, ["GP"]),
            mk(D(2026, 3, 11), "97110", 2, ["GP"])],
              {"prov": "Heron Ridge Rehab Center", "ref": "in-network"}),
        Claim(pt, "WV-3318", "MA2603-0074420", [
            mk(D(2026, 3, 5), "92610", 1, ["GN"]), mk(D(2026, 3, 12), "92526", 1, ["GN"]),
            mk(D(2026, 3, 19), "92526", 1, ["GN"], denied="CO")],
              {"prov": "Willow Vale Speech & Swallow", "ref": "in-network"}),
        Claim(pt, "CP-771204", "MA2603-0079035", [
            mk(D(2026, 3, 16), "99214", 1), mk(D(2026, 3, 16), "L3807", 1, ["LT"])],
              {"prov": "Cobalt Point Hand Surgery", "ref": "in-network"}),
    ]
    for c in cl:
        for s in c.svcs:
            s.remarks = ["5"] if s.denied else (["1"] if s.copay else ["2"])
    cols = [(40, "L"), (100, "L"), (330, "R"), (392, "R"), (448, "R"), (510, "R"), (520, "L")]

    def ph(doc, first):
        if first:
            doc.rect(40, 36, 532, 62, 0.8)
            doc.font(15, True)
            doc.text(50, 56, "Summit Meadow Medicare Advantage (HMO)")
            doc.font(10)
            doc.text(50, 71, "Explanation of Benefits for March 2026 - Medical Services")
            doc.font(8.5)
            doc.text(50, 86, f"Member: {pt}    Member ID: SMA-604418827    This is not a bill.")
            doc.text(562, 56, "Summit Meadow Health", "R")
            doc.text(562, 68, "PO Box 2200, Larkfield, OR 97990", "R")
            doc.font(11, True)
            doc.text(40, 118, "Part 1: Your medical claims this month")
            doc.font(8.5)
            doc.text(40, 131, "For each claim, the plan's approved amount is what the provider agreed to accept. "
                              "You pay your copay.")
            return 138
        doc.font(8)
        doc.text(40, 40, f"Summit Meadow Medicare Advantage (HMO)  -  {pt}  -  March 2026 EOB")
        doc.hline(40, 572, 45, 0.4)
        return 52

    def ch(doc, y):
        doc.size = 8
        y = heads(doc, cols, ["Date", "Service you received (billing code)", "Provider|charged",
                              "Plan-approved|amount", "Plan|paid", "Your|share", "Notes"], y, 8, True, 9.5)
        doc.hline(40, 572, y - 1, 1)
        return y

    def clh(doc, c, y, cont):
        y += 14
        doc.font(9, True)
        doc.text(40, y, f"{c.info['prov']} ({c.info['ref']})")
        doc.font(8)
        doc.text(300, y, f"Claim number {c.pcn}")
        y += 11
        doc.text(40, y, f"Patient: {c.patient}    Provider's account number: {c.cid}")
        return y

    def row(doc, s, c, y):
        doc.font(8.5)
        m = (" - " + " ".join(s.mods)) if s.mods else ""
        doc.text(40, y, dfmt(s.dos, "mon"))
        doc.text(100, y, f"{fit(doc, s.desc, 150)} ({s.code}{m})")
        doc.row(cols[2:6], [money(s.billed), money(s.allowed), money(s.paid), money(s.owes)], y)
        doc.text(520, y, ", ".join(s.remarks))

    def cf(doc, c, y):
        y += 13
        doc.hline(250, 572, y - 9, 0.4)
        doc.font(8.5, True)
        v = tot(c, "billed", "allowed", "paid", "patient_owes")
        doc.text(100, y, "Claim total")
        doc.row(cols[2:6], [money(v[k]) for k in ("billed", "allowed", "paid", "patient_owes")], y)
        return y + 4

    def pf(doc, p):
        doc.font(7.5)
        doc.text(40, 758, f"Page {p} of 2")
        doc.text(572, 758, "Y0088_EOB26_M  Invented plan for testing", "R")

    def after(doc, y):
        y += 20
        doc.font(10, True)
        doc.text(40, y, "Part 2: What the notes mean")
        doc.font(8.5)
        for k, v in LEG4:
            y += 12
            doc.text(40, y, f"{k}.  {v}")
        return y

    sp = Spec(ph, ch, clh, row, claim_foot=cf, page_foot=pf, lh=13, bottom=740, repeat_head=False,
              cont_head=False, force={(0, 7)}, units=False,
              printed=("billed", "allowed", "paid", "patient_owes"), remarks=lambda s: s.remarks)
    lines = run(doc, sp, cl, after)
    pages = doc.save()
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages, "Medicare Advantage member EOB", lines,
                claims_truth(cl, ("billed", "allowed", "paid", "patient_owes")), LEG4)


LEG4 = [("1", "Your office-visit copay for this date applies to this service."),
        ("2", "The plan paid the full approved amount; your copay was taken on another line of the same visit."),
        ("5", "This service was not covered. The provider agreed not to bill you for it.")]


# ---------------------------------------------------------------------- a5 state Medicaid RA, monospace
@layout
def a5(out: Path):
    name = "a5_state_medicaid_ra_mono"
    doc = Doc(out / f"{name}.pdf", "fpdf2", "Courier", landscape=True)
    mk = lambda *a, **k: medicaid(S(*a, **k), deny_reason="16")  # noqa: E731
    cl = [
        Claim("QUILL, MARISOL", "MHC-20331", "2226061004410", [
            mk(D(2026, 3, 2), "97530", 3, ["GO"]), mk(D(2026, 3, 2), "97535", 1, ["GO"]),
            mk(D(2026, 3, 9), "97530", 3, ["GO"]), mk(D(2026, 3, 9), "97112", 1, ["GO"]),
            mk(D(2026, 3, 16), "97530", 4, ["GO"])], {"rid": "88014471203"}),
        Claim("QUILL, TOBIAS", "MHC-20348", "2226061004427", [
            mk(D(2026, 3, 3), "92507", 1, ["GN"]), mk(D(2026, 3, 10), "92507", 1, ["GN"]),
            mk(D(2026, 3, 17), "92507", 1, ["GN"]), mk(D(2026, 3, 17), "92526", 1, ["GN"])],
              {"rid": "88014471211"}),
        Claim("BRAITHWAITE, JUNO", "MHC-20402", "2226061004583", [
            mk(D(2026, 3, 4), "97166", 1, ["GO"]), mk(D(2026, 3, 6), "97530", 2, ["GO"]),
            mk(D(2026, 3, 6), "97533", 2, ["GO"]), mk(D(2026, 3, 11), "97530", 2, ["GO"]),
            mk(D(2026, 3, 13), "97530", 2, ["GO"]), mk(D(2026, 3, 13), "97110", 1, ["GO"]),
            mk(D(2026, 3, 18), "97530", 2, ["GO"]), mk(D(2026, 3, 20), "97530", 2, ["GO"])],
              {"rid": "88090013376"}),
        Claim("OYELARAN, DESMOND", "MHC-20417", "2226061004601", [
            mk(D(2026, 3, 5), "97167", 1, ["GO"], denied="CO"), mk(D(2026, 3, 5), "97760", 1, ["GO"], denied="CO")],
              {"rid": "88077120045", "denied": True}),
    ]
    for c in cl:
        for s in c.svcs:
            s.remarks = ["0271"] if s.denied else (["0045"] if s.discount else ["0001"])
    C = [(30, "L"), (62, "L"), (128, "L"), (170, "L"), (236, "R"), (300, "R"), (360, "R"), (430, "R"), (450, "L")]

    def ph(doc, first):
        doc.font(9, True)
        doc.text(30, 34, "STATE OF KESTREL - DEPARTMENT OF HEALTH CARE FINANCE - MEDICAL ASSISTANCE PROGRAM")
        doc.font(8)
        doc.text(30, 46, "REMITTANCE ADVICE        RA NUMBER: 0004471   WARRANT NO: 00118840   DATE: 03/27/2026")
        doc.text(762, 34, f"PAGE: {doc.page:4d}", "R")
        doc.text(30, 58, "PROVIDER: SPRUCE HOLLOW THERAPY GROUP LLC   PROVIDER ID: 004417720   TAXONOMY: 225X00000X")
        doc.text(30, 70, "-" * 122)
        return 74

    def ch(doc, y):
        doc.font(8)
        y += 10
        doc.row(C, ["LN", "DOS", "PROC", "MODS", "UNITS", "BILLED AMT", "ALLOWED AMT", "PAID AMT", "EOB CODES"], y)
        y += 8
        doc.text(30, y, "-" * 122)
        return y

    def clh(doc, c, y, cont):
        y += 14
        doc.font(8, True)
        if not cont and c.info.get("denied"):
            doc.text(30, y, "*** CLAIMS DENIED ***")
            y += 12
        doc.text(30, y, f"RECIP NAME: {c.patient:<20} RECIP ID: {c.info['rid']}  ICN: {c.pcn}  "
                        f"PAT ACCT: {c.cid}" + ("  (CONT)" if cont else ""))
        doc.font(8)
        c.info["ln"] = c.info.get("ln", 0) if cont else 0
        return y

    def row(doc, s, c, y):
        c.info["ln"] += 1
        doc.row(C, [f"{c.info['ln']:02d}", dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), f"{s.units:.1f}",
                    money(s.billed, ","), money(s.allowed, ","), money(s.paid, ","), " ".join(s.remarks)], y)

    def cf(doc, c, y):
        y += 12
        v = tot(c, "billed", "allowed", "paid")
        doc.row(C[4:8], ["CLAIM TOTAL", money(v["billed"], ","), money(v["allowed"], ","), money(v["paid"], ",")], y)
        return y + 2

    def after(doc, y):
        y += 20
        doc.text(30, y, "EOB CODE LEGEND")
        for k, v in LEG5:
            y += 11
            doc.text(30, y, f"{k}  {v.upper()}")
        y += 16
        allp = sum(total(c.svcs, "paid") for c in cl)
        doc.text(30, y, f"TOTAL CLAIMS: {len(cl)}     TOTAL PAID: {money(allp, ',')}     NET WARRANT: {money(allp, ',')}")
        return y

    sp = Spec(ph, ch, clh, row, claim_foot=cf, lh=11, bottom=560, force={(2, 5)},
              printed=("billed", "allowed", "paid"), remarks=lambda s: s.remarks)
    lines = run(doc, sp, cl, after)
    pages = doc.save()
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages, "state Medicaid remittance advice, monospace", lines,
                claims_truth(cl, ("billed", "allowed", "paid")), LEG5)


LEG5 = [("0001", "Paid as billed."), ("0045", "Paid at the program's maximum fee for this service."),
        ("0271", "Prior authorization for this service is missing or expired.")]


# ---------------------------------------------------------------- a6 state Medicaid RA, boxed claim blocks
@layout
def a6(out: Path):
    name = "a6_state_medicaid_ra_boxed"
    doc = Doc(out / f"{name}.pdf", "reportlab", "DVCond")
    mk = lambda *a, **k: medicaid(S(*a, **k), deny_reason="198")  # noqa: E731
    old = [mk(D(2026, 1, 14), "97110", 2, ["GP"]), mk(D(2026, 1, 14), "97140", 2, ["GP"])]
    cl = [
        Claim("Dario Fenwick-Obi", "OTH-5521", "26045000918273", [
            mk(D(2026, 2, 2), "97163", 1, ["GP"]), mk(D(2026, 2, 4), "97110", 2, ["GP"]),
            mk(D(2026, 2, 4), "97140", 1, ["GP"]), mk(D(2026, 2, 9), "97110", 3, ["GP"]),
            mk(D(2026, 2, 11), "97116", 2, ["GP"]), mk(D(2026, 2, 16), "97110", 2, ["GP"]),
            mk(D(2026, 2, 16), "97112", 2, ["GP"], denied="CO")],
              {"mid": "K0044187263", "status": "PAID"}),
        Claim("Lena Fenwick-Obi", "OTH-5490", "26012000771052", [negate(s) for s in old],
              {"mid": "K0044187271", "status": "ADJUSTED - CREDIT (original claim reversed)"}),
        Claim("Lena Fenwick-Obi", "OTH-5490", "26045000918302",
              [mk(D(2026, 1, 14), "97110", 2, ["GP"]), mk(D(2026, 1, 14), "97140", 1, ["GP"])],
              {"mid": "K0044187271", "status": "ADJUSTED - DEBIT (replacement)"}),
        Claim("Cyrus Amberley", "OTH-5533", "26045000918355", [
            mk(D(2026, 2, 3), "97165", 1, ["GO"]), mk(D(2026, 2, 5), "97530", 2, ["GO"]),
            mk(D(2026, 2, 5), "97535", 1, ["GO"])], {"mid": "K0090114538", "status": "PAID"}),
    ]
    for c in cl:
        for s in c.svcs:
            s.remarks = ["N130"] if s.denied else []
    C = [(46, "L"), (66, "L"), (112, "L"), (200, "R"), (250, "R"), (298, "R"), (344, "R"), (354, "L"), (530, "L")]

    def ph(doc, first):
        doc.font(13, True)
        doc.text(40, 44, "Meridian State Department of Family Health Services")
        doc.font(9)
        doc.text(40, 57, "Medical Assistance Provider Remittance Advice  -  Payment cycle 2026-09")
        doc.rect(400, 30, 172, 40, 0.6)
        doc.font(7.5)
        doc.text(406, 41, "Payee: Copperfield Outpatient Rehab")
        doc.text(406, 52, "Payee ID 7720014953   EFT 0009187720")
        doc.text(406, 63, f"Paid 03/02/2026      Page {doc.page} of 2")
        return 80

    def ch(doc, y):
        return y

    def clh(doc, c, y, cont):
        y += 8
        doc.rect(40, y, 532, 30, 0.6, fill=0.92)
        doc.font(8, True)
        doc.text(46, y + 11, f"Member: {c.patient}" + ("  (continued)" if cont else ""))
        doc.text(250, y + 11, f"TCN {c.pcn}")
        doc.text(400, y + 11, f"Patient Control No. {c.cid}")
        doc.font(7.5)
        doc.text(46, y + 24, f"Member ID {c.info['mid']}    Claim status: {c.info['status']}")
        y += 42
        doc.font(7, True)
        doc.row(C, ["Dtl", "Svc Date", "Procedure/Mods", "Units", "Charge", "Allowed", "Paid",
                    "Adjustment reason / amount", "Remark"], y)
        doc.hline(40, 572, y + 3, 0.3)
        doc.font(7.5)
        c.info["ln"] = c.info.get("ln", 0) if cont else 0
        return y

    def row(doc, s, c, y):
        c.info["ln"] += 1
        adj = "   ".join(f"{g} {r} {money(a, ',', '-')}" for g, r, a in adjs_all(s))
        doc.row(C, [str(c.info["ln"]), dfmt(s.dos, "mdy4"), f"{s.code} {modstr(s)}", units_str(s.units),
                    money(s.billed, ","), money(s.allowed, ","), money(s.paid, ","), adj, " ".join(s.remarks)], y)

    def cf(doc, c, y):
        y += 12
        doc.hline(150, 345, y - 9, 0.3)
        v = tot(c, "billed", "allowed", "paid")
        doc.font(7.5, True)
        doc.text(66, y, "Claim totals")
        doc.row(C[4:7], [money(v[k], ",") for k in ("billed", "allowed", "paid")], y)
        doc.font(7.5)
        return y + 6

    def after(doc, y):
        y += 18
        doc.font(8, True)
        doc.text(40, y, "Payment summary")
        doc.font(7.5)
        allp = sum(total(c.svcs, "paid") for c in cl)
        y += 11
        doc.text(40, y, f"Claims processed: {len(cl)}   Net payment this cycle: {money(allp)}")
        y += 14
        doc.font(8, True)
        doc.text(40, y, "Reason and remark codes on this advice")
        doc.font(7.5)
        for k, v in LEG6:
            y += 10
            doc.text(40, y, f"{k}: {v}")
        return y

    sp = Spec(ph, ch, clh, row, claim_foot=cf, lh=11, bottom=750, force={(0, 5)},
              printed=("billed", "allowed", "paid"), remarks=lambda s: s.remarks, adjs=adjs_all)
    lines = run(doc, sp, cl, after)
    pages = doc.save()
    write_truth(out / f"{name}.pdf", name, "reportlab", pages, "state Medicaid remittance advice, boxed claims", lines,
                claims_truth(cl, ("billed", "allowed", "paid")), LEG6)


LEG6 = [("45", "Charge is above the program fee; the difference is written off."),
        ("198", "Visit limit for this benefit period has been reached."),
        ("N130", "See the provider handbook for the benefit limit that applies.")]


# ------------------------------------------------------ a7 clearinghouse reprint of a Medicare paper remit
@layout
def a7(out: Path):
    name = "a7_clearinghouse_medicare_remit"
    doc = Doc(out / f"{name}.pdf", "fpdf2", "LibMono", landscape=True)
    st = PlanState(ded_left=Decimal("41.20"))
    mk = lambda *a, **k: medicare(S(*a, **k), st)  # noqa: E731
    cl = [
        Claim("HOLLOWAY, BEATRIX", "FPT00418", "2226034118270", [
            mk(D(2026, 2, 3), "97110", 2, ["GP", "KX"]), mk(D(2026, 2, 3), "97140", 1, ["GP", "KX"]),
            mk(D(2026, 2, 5), "97110", 2, ["GP", "KX"]), mk(D(2026, 2, 5), "97112", 1, ["GP", "KX"]),
            mk(D(2026, 2, 10), "97530", 2, ["GP", "KX"]), mk(D(2026, 2, 12), "97110", 3, ["GP", "KX"])]),
        Claim("STRAND, ERASMUS", "FPT00433", "2226034118305", [
            mk(D(2026, 2, 4), "97165", 1, ["GO"]), mk(D(2026, 2, 6), "97535", 2, ["GO"]),
            mk(D(2026, 2, 11), "97530", 2, ["GO", "CO"]), mk(D(2026, 2, 13), "97530", 2, ["GO", "CO"]),
            mk(D(2026, 2, 13), "G0283", 1, ["GO"])]),
        Claim("NAKASHIMA, PEARL", "FPT00447", "2226035220914", [
            mk(D(2026, 2, 9), "92523", 1, ["GN"]), mk(D(2026, 2, 16), "92507", 1, ["GN"]),
            mk(D(2026, 2, 18), "97129", 2, ["GN"], denied="CO")]),
    ]
    for c in cl:
        for s in c.svcs:
            s.remarks = ["N386"] if s.denied else []
    X = [(30, "L"), (100, "L"), (190, "L"), (226, "R"), (232, "L"), (270, "L"), (360, "R"), (420, "R"),
         (470, "R"), (520, "R"), (532, "L"), (690, "R"), (700, "L")]

    def ph(doc, first):
        doc.font(8)
        doc.text(30, 30, "CLEARPATH EXCHANGE  |  ERA-to-paper reprint  |  Batch 26-0227-0415   Printed 02/27/2026 07:12")
        doc.text(762, 30, f"PAGE #: {doc.page} OF 2", "R")
        doc.font(9, True)
        doc.text(396, 46, "MEDICARE PART B REMITTANCE ADVICE (STANDARD PAPER FORMAT)", "C")
        doc.font(8)
        doc.text(30, 60, "PAYER: GREAT LAKES MEDICARE ADMINISTRATIVE CONTRACTOR, J-88      PROVIDER #: 44R7710")
        doc.text(30, 71, "PROVIDER: FERNBROOK PHYSICAL THERAPY PLLC   NPI 1588004412       CHECK/EFT #: 0047712009  DATE: 02/26/2026")
        return 76

    def ch(doc, y):
        y += 14
        doc.font(7.5)
        doc.row(X, ["PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT",
                    "COINS", "GRP/RC-AMT", "PROV PD", "RARC"], y)
        y += 4
        doc.hline(30, 762, y, 0.4)
        return y

    def clh(doc, c, y, cont):
        y += 13
        doc.font(7.5)
        doc.text(30, y, f"NAME {c.patient:<22} MID 4TQ{c.pcn[-6:]}XK  ACNT {c.cid:<10} ICN {c.pcn}  ASG Y  "
                        "MOA MA01" + ("   (CONTINUED)" if cont else ""))
        return y

    def row(doc, s, c, y):
        adj = adjs_all(s)
        doc.row(X, ["1588004412", f"{s.dos:%m%d} {s.dos:%m%d%y}", "11", units_str(s.units), s.code, " ".join(s.mods),
                    money(s.billed, ""), money(s.allowed, ""), money(s.deductible, ""), money(s.coinsurance, ""),
                    f"{adj[0][0]}-{adj[0][1]}  {money(adj[0][2], '')}" if adj else "", money(s.paid, ""),
                    " ".join(s.remarks)], y)

    def extra(s, c):
        return [f"{g}-{r}  {money(a, '')}" for g, r, a in adjs_all(s)[1:]]

    def cf(doc, c, y):
        y += 11
        v = tot(c, "billed", "allowed", "paid")
        ded, coi = total(c.svcs, "deductible"), total(c.svcs, "coinsurance")
        doc.text(30, y, f"PT RESP   {money(ded + coi, '')}")
        doc.row([X[4]] + X[6:10] + [X[11]], ["CLAIM TOTALS", money(v["billed"], ""), money(v["allowed"], ""),
                                             money(ded, ""), money(coi, ""), money(v["paid"], "")], y)
        y += 11
        doc.text(30, y, f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00   NET {money(v['paid'], '')}")
        return y + 4

    def after(doc, y):
        y += 16
        allb = sum(total(c.svcs, "billed") for c in cl)
        allp = sum(total(c.svcs, "paid") for c in cl)
        doc.text(30, y, f"TOTALS: # OF CLAIMS {len(cl)}   BILLED AMT {money(allb, '')}   PROV PD AMT {money(allp, '')}"
                        f"   CHECK AMT {money(allp, '')}")
        y += 16
        doc.text(30, y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES")
        for k, v in LEG7:
            y += 10
            doc.text(30, y, f"{k:<6}{v}")
        return y

    sp = Spec(ph, ch, clh, row, extra=extra, extra_x=532, claim_foot=cf, lh=10.5, bottom=575, force={(1, 3)},
              printed=("billed", "allowed", "deductible", "coinsurance", "paid"), remarks=lambda s: s.remarks,
              adjs=adjs_all)
    lines = run(doc, sp, cl, after)
    pages = doc.save()
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages, "clearinghouse reprint of a Medicare paper remit", lines,
                claims_truth(cl, ("billed", "allowed", "paid")), LEG7)


LEG7 = [("CO", "Contractual obligation: amount the patient may not be billed."),
        ("PR", "Patient responsibility."), ("45", "Charge above the fee schedule amount."),
        ("1", "Deductible amount."), ("2", "Coinsurance amount."), ("253", "Federal payment reduction."),
        ("50", "Not deemed medically necessary by the payer."), ("N386", "Decision based on a coverage policy."),
        ("MA01", "You may appeal this decision in writing within 120 days.")]


# ------------------------------------------- a8 practice-management payment posting report (Medicare remit)
@layout
def a8(out: Path):
    name = "a8_pm_system_medicare_remit"
    doc = Doc(out / f"{name}.pdf", "reportlab", "LibSans")
    st = PlanState(ded_left=ZERO)
    mk = lambda *a, **k: medicare(S(*a, **k), st)  # noqa: E731
    cl = [
        Claim("Ambrose Tillinghast", "100482", "22260410031150", [
            mk(D(2026, 3, 2), "97168", 1, ["GO"]), mk(D(2026, 3, 4), "97535", 2, ["GO"]),
            mk(D(2026, 3, 4), "97530", 1, ["GO"]), mk(D(2026, 3, 9), "97535", 1, ["GO", "CO"]),
            mk(D(2026, 3, 9), "97530", 2, ["GO", "CO"])]),
        Claim("Marguerite Oduya", "100517", "22260410031168", [
            mk(D(2026, 3, 3), "97161", 1, ["GP"]), mk(D(2026, 3, 5), "97110", 2, ["GP"]),
            mk(D(2026, 3, 5), "97140", 1, ["GP", "59"]), mk(D(2026, 3, 10), "97110", 2, ["GP", "CQ"]),
            mk(D(2026, 3, 10), "97116", 1, ["GP", "CQ"]), mk(D(2026, 3, 12), "97110", 2, ["GP", "CQ"]),
            mk(D(2026, 3, 12), "0552T", 1, ["GP"], denied="CO")]),
        Claim("Ignatius Rorke", "100533", "22260410031209", [
            mk(D(2026, 3, 6), "92610", 1, ["GN"]), mk(D(2026, 3, 13), "92526", 1, ["GN"]),
            mk(D(2026, 3, 20), "92526", 1, ["GN"])]),
    ]
    for c in cl:
        for s in c.svcs:
            s.remarks = ["N425"] if s.denied else []
    X = [(36, "L"), (86, "L"), (124, "L"), (168, "R"), (216, "R"), (262, "R"), (300, "R"), (342, "R"),
         (352, "L"), (532, "R"), (540, "L")]

    def ph(doc, first):
        doc.font(7)
        doc.text(36, 30, "RidgeBack Practice Suite v11.4   Report PMT-220 Insurance Payment Detail   Run 03/31/2026 16:44  by: kmaloney")
        doc.font(12, True)
        doc.text(36, 48, "Cedar Loop Therapy Associates")
        doc.font(8.5)
        doc.text(36, 60, "Payer: Medicare Part B - Noreast Jurisdiction     Payment: EFT 884100271 dated 03/30/2026")
        doc.text(576, 48, f"Page {doc.page} of 2", "R")
        doc.hline(36, 576, 66, 0.8)
        return 70

    def ch(doc, y):
        y += 10
        doc.font(7, True)
        doc.row(X, ["DOS", "Proc", "Mod", "Units", "Charge", "Allowed", "Deduct", "Coins", "Adjustments (grp-rsn amt)",
                    "Paid", "Rmk"], y)
        doc.hline(36, 576, y + 3, 0.3)
        doc.font(8)
        return y + 2

    def clh(doc, c, y, cont):
        y += 14
        doc.font(8, True)
        doc.text(36, y, f"Pt: {c.patient}   Acct# {c.cid}   Payer ICN {c.pcn}" + ("   (cont'd)" if cont else ""))
        doc.font(8)
        return y

    def row(doc, s, c, y):
        adj = "  ".join(f"{g}-{r} {money(a, '')}" for g, r, a in adjs_all(s))
        doc.font(7.5)
        doc.row(X, [dfmt(s.dos, "mdy2"), s.code, ",".join(s.mods), units_str(s.units), money(s.billed, ","),
                    money(s.allowed, ","), money(s.deductible, ","), money(s.coinsurance, ","), adj,
                    money(s.paid, ","), " ".join(s.remarks)], y)

    def cf(doc, c, y):
        y += 11
        v = tot(c, "billed", "allowed", "paid")
        doc.font(7.5, True)
        doc.text(86, y, "Claim total")
        doc.row([X[4], X[5], X[9]], [money(v["billed"], ","), money(v["allowed"], ","), money(v["paid"], ",")], y)
        doc.font(7.5)
        doc.text(352, y, f"Pt resp {money(total(c.svcs, 'owes'), ',')} to pt")
        return y + 4

    def after(doc, y):
        y += 18
        allp = sum(total(c.svcs, "paid") for c in cl)
        doc.font(8, True)
        doc.text(36, y, f"Batch total posted: {money(allp)}     Claims: {len(cl)}     Unapplied: $0.00")
        doc.font(7.5)
        y += 12
        doc.text(36, y, "Rmk N425: payer says the service is not covered when billed this way. 253 = payment reduction.")
        return y

    sp = Spec(ph, ch, clh, row, claim_foot=cf, lh=11, bottom=760, repeat_head=True, cont_head=False,
              force={(1, 4)}, printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
              remarks=lambda s: s.remarks, adjs=adjs_all)
    lines = run(doc, sp, cl, after)
    pages = doc.save()
    write_truth(out / f"{name}.pdf", name, "reportlab", pages, "PM system Medicare payment detail", lines,
                claims_truth(cl, ("billed", "allowed", "paid")),
                [("N425", "Not covered when billed this way."), ("253", "Payment reduction.")])


# ------------------------------------------------------ a9 pediatric therapy clinic family statement
@layout
def a9(out: Path):
    name = "a9_therapy_clinic_family_statement"
    doc = Doc(out / f"{name}.pdf", "reportlab", "DVCond")
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.70"))
    mk = lambda *a, **k: commercial(S(*a, **k), st)  # noqa: E731
    cl = [
        Claim("Anika Vantongeren", "INV-30117", "BW26-4410982", [
            mk(D(2026, 2, 2), "97165", 1, ["GO"]), mk(D(2026, 2, 9), "97530", 2, ["GO"]),
            mk(D(2026, 2, 9), "97533", 1, ["GO"]), mk(D(2026, 2, 16), "97530", 2, ["GO"]),
            mk(D(2026, 2, 16), "97535", 1, ["GO"])]),
        Claim("Jonah Vantongeren", "INV-30124", "BW26-4411057", [
            mk(D(2026, 2, 3), "92523", 1, ["GN"]), mk(D(2026, 2, 10), "92507", 1, ["GN"]),
            mk(D(2026, 2, 17), "92507", 1, ["GN"]), mk(D(2026, 2, 24), "92507", 1, ["GN"]),
            mk(D(2026, 2, 24), "97129", 1, ["GN"], denied="PR")]),
        Claim("Anika Vantongeren", "INV-30188", "BW26-4419930", [
            mk(D(2026, 2, 23), "97530", 2, ["GO"]), mk(D(2026, 2, 23), "97112", 1, ["GO", "59"])]),
    ]
    X = [(36, "L"), (80, "L"), (170, "L"), (218, "L"), (360, "R"), (400, "R"), (440, "R"), (482, "R")]

    def ph(doc, first):
        doc.font(14, True)
        doc.text(36, 46, "Little Sprouts Pediatric Therapy")
        doc.font(8)
        doc.text(36, 58, "OT  \u00b7  Speech  \u00b7  Feeding        2290 Orchard Bend Road, Suite B, Hollins Ford, KS 66199")
        doc.text(36, 69, "Billing office (785) 555-0193  \u00b7  Mon-Thu 8:30-4:30")
        # sidebar
        doc.rect(494, 36, 82, 170 if first else 60, 0.6, fill=0.94)
        doc.font(7, True)
        doc.text(500, 48, "STATEMENT")
        doc.font(7)
        doc.text(500, 59, "Date 03/05/2026")
        doc.text(500, 70, f"Page {doc.page} of 2")
        if first:
            doc.text(500, 84, "Guarantor acct")
            doc.text(500, 94, "G-004471")
            doc.font(7, True)
            doc.text(500, 110, "Amount due")
            doc.font(11, True)
            doc.text(500, 124, money(sum(total(c.svcs, 'owes') for c in cl)))
            doc.font(7)
            doc.text(500, 138, "Due by 03/31/2026")
            doc.text(500, 152, "Pay online or call;")
            doc.text(500, 162, "payment plans are")
            doc.text(500, 172, "available.")
            doc.font(8)
            doc.text(36, 92, "Priya Vantongeren")
            doc.text(36, 103, "418 Sumac Court")
            doc.text(36, 114, "Hollins Ford, KS 66197")
            doc.text(36, 134, "Patients on this statement: Anika Vantongeren, Jonah Vantongeren")
            return 200
        return 80

    def ch(doc, y):
        y += 12
        doc.font(7, True)
        doc.row(X, ["Date", "Patient", "Code", "Description", "Charges", "Ins Paid", "Ins Adj", "You Owe"], y)
        doc.hline(36, 488, y + 3, 0.5)
        doc.font(7.5)
        return y + 2

    def clh(doc, c, y, cont):
        y += 13
        doc.font(7, True)
        doc.text(80, y, f"Invoice {c.cid}  -  billed to Bluewater Health Plan, claim # {c.pcn}"
                 + ("  (continued)" if cont else ""))
        doc.font(7.5)
        return y

    def row(doc, s, c, y):
        doc.font(7.5)
        doc.row(X, [dfmt(s.dos, "mdy4"), c.patient, s.code + "".join(s.mods), fit(doc, s.desc, 112),
                    money(s.billed, ","), money(s.paid, ","), money(s.discount, ","), money(s.owes, ",")], y)

    def cf(doc, c, y):
        y += 11
        v = tot(c, "billed", "paid", "patient_owes")
        doc.font(7.5, True)
        doc.text(218, y, f"Invoice {c.cid} total")
        doc.row([X[4], X[5], X[7]], [money(v["billed"], ","), money(v["paid"], ","), money(v["patient_owes"], ",")], y)
        doc.font(7.5)
        return y + 3

    def after(doc, y):
        y += 16
        doc.font(7.5)
        doc.text(36, y, "Ins Adj is the discount your insurer negotiated; you do not owe it. A service your plan does not")
        y += 10
        doc.text(36, y, "cover shows no insurance payment and is billed to you in full.")
        y += 16
        doc.hline(36, 576, y, 0.3)
        y += 12
        doc.text(36, y, "- - - - - - - - - - - - -  Please detach and return this portion with your payment  - - - - - - - - - - - - -")
        y += 14
        doc.text(36, y, f"Guarantor acct G-004471    Amount due {money(sum(total(c.svcs, 'owes') for c in cl))}    Amount enclosed $__________")
        return y

    sp = Spec(ph, ch, clh, row, claim_foot=cf, lh=11, bottom=720, force={(1, 3)}, units=False,
              printed=("billed", "paid", "discount", "patient_owes"))
    lines = run(doc, sp, cl, after)
    pages = doc.save()
    write_truth(out / f"{name}.pdf", name, "reportlab", pages, "pediatric therapy clinic family statement", lines,
                claims_truth(cl, ("billed", "paid", "patient_owes")), [])


# ------------------------------------------------ a10 hospital outpatient family statement, by account
@layout
def a10(out: Path):
    name = "a10_hospital_family_statement"
    doc = Doc(out / f"{name}.pdf", "fpdf2", "DVSerif")
    cl = [
        Claim("Celeste Marchetti-Boyd", "600128845", "PS2602118847", [
            S(D(2026, 1, 12), "97166", 1, ["GO"]), S(D(2026, 1, 14), "97530", 3, ["GO"]),
            S(D(2026, 1, 14), "97140", 1, ["GO"]), S(D(2026, 1, 19), "97530", 3, ["GO"]),
            S(D(2026, 1, 21), "97530", 2, ["GO"]), S(D(2026, 1, 21), "97760", 1, ["GO"]),
            S(D(2026, 1, 21), "L3807", 1, ["RT"])],
              {"ins": "Prairie Shield Insurance", "pay": "0.62", "dept": "Outpatient Hand & Upper Limb Therapy"}),
        Claim("Felix Marchetti-Boyd", "600131272", "PS2602120390", [
            S(D(2026, 1, 20), "97161", 1, ["GP"]), S(D(2026, 1, 22), "97110", 2, ["GP"]),
            S(D(2026, 1, 22), "97112", 1, ["GP"]), S(D(2026, 1, 27), "97110", 2, ["GP"]),
            S(D(2026, 1, 29), "97110", 2, ["GP"]), S(D(2026, 1, 29), "97116", 1, ["GP"])],
              {"ins": "Prairie Shield Insurance", "pay": "0.58", "dept": "Outpatient Physical Therapy"}),
        Claim("Rosa Marchetti-Boyd", "600133019", None, [
            S(D(2026, 2, 2), "92610", 1, ["GN"]), S(D(2026, 2, 4), "92526", 1, ["GN"])],
              {"ins": None, "dept": "Outpatient Speech Pathology"}),
    ]
    REV = {"GO": "0430", "GP": "0420", "GN": "0440", "RT": "0274"}
    X = [(40, "L"), (100, "L"), (140, "L"), (196, "L"), (470, "R"), (572, "R")]

    def ph(doc, first):
        doc.font(14, True)
        doc.text(40, 46, "St. Brigid Regional Medical Center")
        doc.font(8)
        doc.text(40, 58, "Patient Financial Services  |  77 Lantern Hill Drive, Ashcombe, NE 68999  |  (402) 555-0177")
        doc.text(572, 46, "PATIENT STATEMENT", "R")
        doc.text(572, 58, f"Page {doc.page} of 3", "R")
        doc.hline(40, 572, 64, 1.5)
        if first:
            doc.text(40, 80, "Guarantor: Lorenzo Marchetti-Boyd       Guarantor no. 2049917       Statement date 02/20/2026")
            doc.text(40, 92, "This statement lists each hospital account for your family. Insurance activity is shown under each account.")
            return 100
        return 70

    def ch(doc, y):
        return y

    def clh(doc, c, y, cont):
        y += 16
        doc.rect(40, y - 10, 532, 26, 0.5, fill=0.9)
        doc.font(8.5, True)
        doc.text(44, y, f"Account {c.cid}   Patient: {c.patient}" + ("   (continued)" if cont else ""))
        doc.font(7.5)
        doc.text(44, y + 11, f"{c.info['dept']}   Service dates {dfmt(c.svcs[0].dos, 'mdy4')} - "
                             f"{dfmt(c.svcs[-1].dos, 'mdy4')}   Primary: {c.info['ins'] or 'Self pay'}")
        y += 26
        doc.font(7.5, True)
        doc.row(X, ["Date", "Rev", "CPT/HCPCS", "Description", "Qty", "Amount"], y)
        doc.hline(40, 572, y + 3, 0.3)
        doc.font(7.5)
        return y

    def row(doc, s, c, y):
        doc.font(7.5)
        doc.row(X, [dfmt(s.dos, "mdy4"), REV[s.mods[0]], f"{s.code} {modstr(s)}", fit(doc, LONG_DESC.get(s.code, s.desc), 245),
                    units_str(s.units), money(s.billed, ",")], y)

    def cf(doc, c, y):
        b = total(c.svcs, "billed")
        y += 12
        doc.font(7.5, True)
        doc.text(196, y, "Total charges")
        doc.text(572, y, money(b, ","), "R")
        doc.font(7.5)
        if c.info["ins"]:
            paid = q(b * Decimal(c.info["pay"]))
            adj = q(b * Decimal("0.25"))
            y += 11
            doc.text(196, y, f"{c.info['ins']} payment 02/11/2026, claim ref {c.pcn}")
            doc.text(572, y, money(-paid, ",", "()"), "R")
            y += 11
            doc.text(196, y, "Contractual allowance")
            doc.text(572, y, money(-adj, ",", "()"), "R")
            bal = b - paid - adj
        else:
            y += 11
            doc.text(196, y, "Self-pay discount 25%")
            adj = q(b * Decimal("0.25"))
            doc.text(572, y, money(-adj, ",", "()"), "R")
            bal = b - adj
        y += 11
        doc.font(7.5, True)
        doc.text(196, y, "Account balance - patient responsibility")
        doc.text(572, y, money(bal, ","), "R")
        c.info["bal"] = bal
        return y + 4

    def after(doc, y):
        y += 20
        doc.font(9, True)
        doc.text(40, y, f"Total due from guarantor: {money(sum(c.info['bal'] for c in cl))}")
        doc.font(7.5)
        y += 12
        doc.text(40, y, "Financial assistance is available. Ask for an application or visit any registration desk.")
        return y

    sp = Spec(ph, ch, clh, row, claim_foot=cf, lh=11, bottom=740, force={(0, 5), (1, 4)}, foot_h=50,
              printed=("billed",), units=True)
    lines = run(doc, sp, cl, after)
    pages = doc.save()
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages, "hospital outpatient family statement", lines,
                claims_truth(cl, ("billed",)), [])


ARITH = {"a1_commercial_member_eob": {"alw"}, "a2_commercial_family_eob_grid": {"alw"},
         "a3_medicare_summary_notice": {"mo"}, "a4_medicare_advantage_member_eob": {"mo"},
         "a5_state_medicaid_ra_mono": {"mo"}, "a6_state_medicaid_ra_boxed": {"adj", "mo"},
         "a7_clearinghouse_medicare_remit": {"adj", "alw"}, "a8_pm_system_medicare_remit": {"adj", "alw"},
         "a9_therapy_clinic_family_statement": {"bal"}, "a10_hospital_family_statement": set()}


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout98_"))
    if "samples" in out.resolve().parts:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)
    print(out)
    if "--check" in argv:
        errs = check_folder(out, ARITH)
        for e in errs:
            print("FAIL", e)
        n = len(list(out.glob("*.truth.json")))
        print(f"check: {n} documents, {len(errs)} problems")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
