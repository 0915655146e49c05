"""Write the 168th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on layouts nobody developing it has seen.

Run:  python bench/heldout168/make_heldout168_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout168/make_heldout168_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Truth format: the one of samples/pdf (see
samples/pdf/eobgen.py); printed values only, null for what a layout does not print (units null where no
quantity is printed; description always null). claim_id = the provider's own account / patient-control /
visit / hospital-account number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as
printed (the person served, not the subscriber or guarantor). Adjustments are listed only where the page
prints group + reason (+ amount) for the line; remarks are the printed note / EOB / remark codes of the line.
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic (reportlab invariant=1, fpdf2 fixed creation date, no randomness). h168kit.py draws the pages.

Layouts (two each of the five commonest kinds):
  c1  commercial member EOB (reportlab, portrait Liberation Sans): shaded claim bars per family member,
      "Billed by provider / Your plan discount / Covered amount / Plan paid / Your part / Note", code glued to
      modifier with a hyphen before a wrapped description, no units, note letters, 3 family members, a claim
      continued on page 2 with the column header repeated and "(continued)"
  c2  commercial member EOB (fpdf2, landscape DejaVu Sans Condensed, boxed grid): "Charged / Not Covered /
      Discount / Allowed / Deductible / Copay / Coinsurance / Plan Paid / You Owe / Remark", Mod column with two
      modifiers, Qty "4.0", a denied line, subscriber and patient both named, PLANTED "You Owe" total mismatch
  m1  Medicare Advantage member EOB (reportlab, portrait core Times): "Provider's charge / Plan's approved amount
      / Plan's share / Your share", code "97110 GP" column, Qty, notes, one member, claim spills to page 2
  m2  Medicare Summary Notice Part B (fpdf2, portrait Liberation Serif): page-1 deductible box, claims keyed by a
      "January 6, 2026" heading, "Service Provided & Billing Code" with "(97530)" after the words, no units,
      "Maximum You May Be Billed", letter notes, a denied service
  d1  state Medicaid remittance advice (reportlab, landscape core Courier): upper-case mainframe print, PAID /
      DENIED / ADJUSTMENTS sections, recipient name "LAST, FIRST", ICN and PAT ACCT per claim, FROM/TO dates
      "01/05/26", MOD1 MOD2, 4-digit EOB codes, a credit (reversal) with trailing-minus amounts, header repeated
  d2  state Medicaid remittance advice (fpdf2, portrait Liberation Sans Narrow, ruled): TCN / Member ID,
      "Proc:Mods" glued with colons, "Submitted / Allowed / TPL / Co-pay / Paid", CARC "CO-45 51.20" per line,
      RARC column, an adjusted claim with parenthesised negatives, a claim split across pages without a header
  p1  clearinghouse print of a Medicare Part B remittance (fpdf2, landscape DejaVu Sans Mono): "PERF PROV / SERV
      DATE / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD" with extra
      adjustments on the lines below, NAME/HIC/ACNT/ICN/ASG/MOA claim lines, claim totals, sequestration
  p2  practice-management ERA detail (reportlab, portrait DejaVu Sans Condensed, boxed claim panels): "Pt Ctrl #
      / Payer Claim #", patient and subscriber, "Charge / Allowed / Deduct / Coins / Copay / Adj / Paid / RC",
      adjustments stacked "CO45 = 12.60", commercial payer, panels continue on the next page with a banner
  s1  therapy clinic family statement (fpdf2, portrait core Helvetica): remittance stub box, visit rows with
      insurer claim numbers, "Charge / Ins Paid / Ins Adj / You Owe" per service, units, payments as
      non-service rows, 3 children, table runs on to page 2 without a repeated header
  s2  hospital guarantor statement (reportlab, portrait DejaVu Serif Condensed, left sidebar): hospital-account
      blocks per family member, "Rev / Code / Description / Qty / Amount" with wrapped descriptions, insurance
      payment and adjustment at account level (so only the charge is a line value), 3 family members

The self-check (--check) tests the factory, never the reader: page counts; every truth code, modifier, units,
date (where the row prints it) and amount is on the SAME extracted text line as its service (pdfplumber);
adjustments and remarks on that line or the few lines under it; claim_id / payer_claim_id / patient on the
line's page or a neighbouring page (continuations;
the hospital statement prints the insurer's claim number under the account's lines); printed claim totals present; billed - adjustments = paid
where every adjustment is printed; claim totals = sum of lines except the planted mismatch, which really
differs; at least three files have a claim whose rows continue on a later page.
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
from h168kit import Doc  # noqa: E402

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
D = date


def V(d: date, *items, **kw) -> list[Svc]:
    out = []
    for it in items:
        code, units = it[0], it[1]
        mods = tuple(it[2].split()) if len(it) > 2 and it[2] else ()
        s = Svc(d, code, Decimal(str(units)), mods)
        if len(it) > 3:
            s.denied = it[3]
        out.append(s)
    return out


# Per layout: how its rows print values, so --check can look for them.  code(code, mods) -> tokens.
FMT: dict[str, dict] = {}
ALL: dict[str, object] = {}


def layout(name, producer, **fmt):
    def deco(fn):
        FMT[name] = dict(producer=producer, **fmt)
        ALL[name] = fn
        return fn
    return deco


class Rec:
    """Collects truth lines and claims while a layout draws."""

    def __init__(self, printed, units=True, mods=True, with_adjs=False, end=False):
        self.lines, self.claims = [], []
        self.printed, self.units, self.mods, self.with_adjs, self.end = printed, units, mods, with_adjs, end

    def line(self, doc, s, cl, remarks=()):
        self.lines.append(truth_line(
            doc.page_no, s, claim_id=cl.get("acct"), payer_claim_id=cl.get("icn"), patient=cl.get("patient"),
            printed=self.printed, units=self.units, modifiers=self.mods, description=False,
            service_end=(s.end or s.dos) if self.end else None,
            adjustments=[list(a) for a in s.adjs] if self.with_adjs else [], remarks=list(remarks)))

    def claim(self, cl, **tot):
        self.claims.append({"claim_id": cl.get("acct"), "payer_claim_id": cl.get("icn"),
                            "patient": cl.get("patient"), "totals": claim_totals(**tot)})


def hline(doc, x1, x2, y=None, lw=0.5):
    y = doc.y if y is None else y
    doc.line(x1, y, x2, y, lw)


# =================================================================================================== c1
@layout("c1_family_benefits_summary", "reportlab", money=lambda d: money(d, "$"), date=lambda d: dfmt(d, "mdy2"),
        code=lambda c, m: ["-".join((c,) + tuple(m))], units=None, date_on_row=True)
def c1(path: Path):
    R, B = "LibSans", "LibSans-B"
    doc = Doc(LETTER, margin_bottom=60)
    cols = [(36, 52, "l"), (88, 170, "l"), (258, 62, "r"), (320, 62, "r"), (382, 62, "r"), (444, 56, "r"),
            (500, 50, "r"), (550, 28, "c")]
    heads = [["Date of", "service"], ["Service", ""], ["Billed by", "provider"], ["Your plan", "discount"],
             ["Covered", "amount"], ["Plan", "paid"], ["Your", "part"], ["Note", ""]]
    st = {"cur": None}

    def furniture(d):
        d.text(36, 40, "HARBORLINE MUTUAL HEALTH PLAN", B, 13)
        d.text(36, 53, "PO Box 44120  Cedar Falls, WI 53998-4120", R, 8)
        d.text(576, 40, "Your Health Benefits Summary", B, 11, "r")
        d.text(576, 53, "This is not a bill", R, 8, "r")
        hline(d, 36, 576, 60, 1.2)
        d.text(576, 760, f"Page {d.page_no}", R, 7, "r")
        d.text(36, 760, "Member services 1-800-555-0142  TTY 711  Hours 8 a.m. - 8 p.m. weekdays", R, 7)
        d.y = 70

    def colhead(d):
        d.rect(36, d.y, 540, 22, fill=0.88)
        for (x, w, al), hh in zip(cols, heads):
            for k, t in enumerate(hh):
                xx = x + 2 if al == "l" else (x + w - 2 if al == "r" else x + w / 2)
                d.text(xx, d.y + 9 + 9 * k, t, B, 7, al)
        d.y += 25

    def cont(d):
        if st["cur"]:
            cl = st["cur"]
            d.text(36, d.y + 9, f"Claim {cl['icn']} for {cl['patient']} (continued)", B, 8)
            d.y += 13
            colhead(d)

    doc.on_new_page = furniture
    doc.new_page()
    doc.on_continue = cont
    doc.text(36, 84, "Subscriber: Gideon Farrow-Lind", R, 9)
    doc.text(36, 96, "Member ID: HMX 4471 0938 02      Group: 7710-OPN  Lakeshore Freight Co.", R, 9)
    doc.text(36, 108, "Statement date: February 9, 2026", R, 9)
    doc.rect(360, 76, 216, 40)
    doc.text(368, 88, "Plan year deductible (family): $1,500.00", R, 8)
    doc.text(368, 100, "Met so far: $612.40      Remaining: $887.60", R, 8)
    doc.text(368, 112, "Out-of-pocket met so far: $1,044.18", R, 8)
    doc.y = 126
    st_plan = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    claims = [
        dict(patient="Ivy Farrow-Lind", rel="Daughter", icn="HM26-0108-448201", acct="LPT-20913",
             prov="Lakeshore Pediatric Therapy",
             svcs=V(D(2026, 1, 6), ("97165", 1, "GO")) + V(D(2026, 1, 8), ("97530", 3, "GO"), ("97535", 1, "GO"))
             + V(D(2026, 1, 13), ("97530", 2, "GO"), ("97112", 2, "GO 59"))
             + V(D(2026, 1, 15), ("97530", 3, "GO"), ("97760", 1, "GO"))),
        dict(patient="Gideon Farrow-Lind", rel="Self", icn="HM26-0114-450077", acct="88120334",
             prov="Bayside Orthopedic & Sports Rehab",
             svcs=V(D(2026, 1, 9), ("97161", 1, "GP"), ("97140", 2, "GP"))
             + V(D(2026, 1, 12), ("97110", 3, "GP"), ("97140", 1, "GP 59"), ("G0283", 1, "GP", "PR"))),
        dict(patient="Teo Farrow-Lind", rel="Son", icn="HM26-0121-452910", acct="LPT-20977",
             prov="Lakeshore Pediatric Therapy",
             svcs=V(D(2026, 1, 16), ("92523", 1, "GN")) + V(D(2026, 1, 20), ("92507", 1, "GN"))
             + V(D(2026, 1, 22), ("92507", 1, "GN"), ("99213", 1, "25", "CO"))),
        dict(patient="Ivy Farrow-Lind", rel="Daughter", icn="HM26-0203-455614", acct="LPT-21044",
             prov="Lakeshore Pediatric Therapy",
             svcs=V(D(2026, 1, 20), ("97530", 3, "GO"), ("97535", 1, "GO"))
             + V(D(2026, 1, 22), ("97530", 2, "GO"), ("97112", 2, "GO 59"))
             + V(D(2026, 1, 27), ("97530", 3, "GO"), ("97760", 1, "GO"))
             + V(D(2026, 1, 29), ("97530", 3, "GO"), ("97535", 1, "GO"))
             + V(D(2026, 1, 30), ("97168", 1, "GO"), ("97530", 2, "GO"))),
    ]
    rec = Rec(("billed", "discount", "allowed", "paid", "patient_owes"), units=False)
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st_plan, deny_reason="96")
            if s.code in LONG_DESC:
                s.desc = LONG_DESC[s.code]
        doc.need(70)
        doc.rect(36, doc.y, 540, 30, fill=0.93)
        doc.text(40, doc.y + 11, f"{cl['patient']} ({cl['rel']})", B, 9)
        doc.text(572, doc.y + 11, f"Claim number {cl['icn']}", R, 8, "r")
        doc.text(40, doc.y + 24, f"Provider: {cl['prov']}", R, 8)
        doc.text(572, doc.y + 24, f"Patient account {cl['acct']}", R, 8, "r")
        doc.y += 34
        st["cur"] = cl
        colhead(doc)
        for s in cl["svcs"]:
            note = "B" if s.denied == "PR" else ("C" if s.denied else ("D" if s.deductible else "A"))
            doc.need(22)
            vals = [dfmt(s.dos, "mdy2"), "-".join((s.code,) + s.mods) + "  " + s.desc, money(s.billed),
                    money(s.discount), money(s.allowed), money(s.paid), money(s.owes), note]
            rec.line(doc, s, cl, remarks=[note])
            doc.cells(cols, vals, R, 7.5, lead=9.5, wrapcol=1)
            hline(doc, 36, 576, doc.y - 0.5, 0.25)
        st["cur"] = None
        sv = cl["svcs"]
        doc.need(16)
        tv = ["", "Claim totals", money(total(sv, "billed")), money(total(sv, "discount")),
              money(total(sv, "allowed")), money(total(sv, "paid")), money(total(sv, "owes")), ""]
        doc.cells(cols, tv, B, 7.5)
        doc.y += 10
        rec.claim(cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                  patient_owes=total(sv, "owes"))
    legend = [("A", "Paid under your plan's in-network benefit after the plan discount."),
              ("B", "Not a covered benefit under your plan; you are responsible for this amount."),
              ("C", "Billed separately from a service already paid; the provider may not bill you."),
              ("D", "Part of the covered amount went toward your deductible.")]
    doc.need(70)
    doc.text(36, doc.y + 10, "Notes", B, 9)
    doc.y += 14
    for k, t in legend:
        doc.text(40, doc.y + 9, f"{k}  {t}", R, 8)
        doc.y += 11
    doc.save(path, "reportlab", "Health Benefits Summary")
    return doc, rec, legend, []


# =================================================================================================== c2
@layout("c2_cooperative_eob_grid", "fpdf2", money=lambda d: money(d, ","), date=lambda d: dfmt(d, "mdy4"),
        code=lambda c, m: [c] + ([" ".join(m)] if m else []), units=lambda u: f"{u:.1f}", date_on_row=True)
def c2(path: Path):
    R, B = "DejaCond", "DejaCond-B"
    doc = Doc(LAND, margin_bottom=48)
    xs = [30, 82, 120, 150, 176, 230, 284, 336, 390, 442, 490, 542, 596, 650, 700]
    cols = [(xs[i], xs[i + 1] - xs[i], "l" if i < 3 else "r") for i in range(len(xs) - 1)] + [(700, 62, "c")]
    heads = ["Svc Date", "Code", "Mod", "Qty", "Charged", "Not Covered", "Discount", "Allowed", "Deductible",
             "Copay", "Coinsurance", "Plan Paid", "You Owe", "Remark"]
    cols = cols[:len(heads)]

    def furniture(d):
        d.text(30, 36, "Summit Ridge Health Cooperative", B, 14)
        d.text(30, 48, "Explanation of Benefits  -  THIS IS NOT A BILL", R, 9)
        d.text(762, 36, "Questions? 1-888-555-0193", R, 8, "r")
        d.text(762, 48, "summitridgecoop.example", R, 8, "r")
        d.text(762, 590, f"Page {d.page_no}", R, 7, "r")
        d.text(30, 590, "Summit Ridge Health Cooperative, 1200 Quarry Road, Boulder Flats, CO 80999", R, 7)
        d.y = 60

    def grid_head(d):
        d.rect(30, d.y, 732, 14, fill=0.85)
        for (x, w, al), h in zip(cols, heads):
            xx = x + 2 if al == "l" else (x + w - 2 if al == "r" else x + w / 2)
            d.text(xx, d.y + 10, h, B, 7, al)
        d.y += 15

    doc.on_new_page = furniture
    doc.new_page()
    doc.on_continue = grid_head
    doc.text(30, 72, "Subscriber: Darnell Quist      Member ID: SRC-009-71-4420      Plan: Ridge Choice PPO 2500", R, 8)
    doc.text(30, 83, "Statement date: 02/11/2026      Period: 01/01/2026 through 01/31/2026", R, 8)
    doc.y = 92
    stp = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.10"),
                    copay_codes={"97110": Decimal("30.00"), "97530": Decimal("30.00")}, allowed_rate=Decimal("0.74"))
    claims = [
        dict(patient="Ayla Quist", icn="7730261190045", acct="BW-55102", prov="Bramblewood Therapy Group",
             svcs=V(D(2026, 1, 5), ("97166", 1, "GO")) + V(D(2026, 1, 7), ("97530", 4, "GO"), ("97535", 2, "GO 59"))
             + V(D(2026, 1, 12), ("97530", 4, "GO"), ("97140", 1, "GO 59"))),
        dict(patient="Darnell Quist", icn="7730261190108", acct="CW88410", prov="Crestwood Spine & Joint PT",
             svcs=V(D(2026, 1, 9), ("97163", 1, "GP"), ("97110", 3, "GP KX"), ("0552T", 1, "", "PR"))
             + V(D(2026, 1, 14), ("97110", 2, "GP"), ("97116", 2, "GP"))),
        dict(patient="Rosa Quist", icn="7730261190231", acct="BW-55187", prov="Bramblewood Therapy Group",
             svcs=V(D(2026, 1, 19), ("92507", 1, "GN")) + V(D(2026, 1, 21), ("92507", 1, "GN"), ("92526", 1, "GN"))),
        dict(patient="Ayla Quist", icn="7730261190377", acct="BW-55230", prov="Bramblewood Therapy Group",
             svcs=V(D(2026, 1, 26), ("97530", 3, "GO CQ"), ("97112", 1, "GO"))),
    ]
    rec = Rec(("billed", "not_covered", "discount", "allowed", "deductible", "copay", "coinsurance", "paid",
               "patient_owes"))
    findings = []
    for n, cl in enumerate(claims):
        for s in cl["svcs"]:
            commercial(s, stp, deny_reason="204")
        doc.need(60)
        doc.rect(30, doc.y, 732, 26)
        doc.text(34, doc.y + 10, f"Patient: {cl['patient']}", B, 8)
        doc.text(250, doc.y + 10, f"Claim #: {cl['icn']}", R, 8)
        doc.text(450, doc.y + 10, f"Provider: {cl['prov']} (in network)", R, 8)
        doc.text(34, doc.y + 21, f"Patient Acct: {cl['acct']}", R, 8)
        doc.text(250, doc.y + 21, "Processed: 02/06/2026", R, 8)
        doc.y += 28
        grid_head(doc)
        for s in cl["svcs"]:
            doc.need(14)
            rmk = "N4" if s.denied else ("D1" if s.deductible else ("P2" if s.copay else "P1"))
            vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), f"{s.units:.1f}", money(s.billed, ","),
                    money(s.not_covered, ","), money(s.discount, ","), money(s.allowed, ","),
                    money(s.deductible, ","), money(s.copay, ","), money(s.coinsurance, ","), money(s.paid, ","),
                    money(s.owes, ","), rmk]
            doc.rect(30, doc.y, 732, 12)
            for x, w, _ in cols[1:]:
                doc.line(x, doc.y, x, doc.y + 12, 0.3)
            rec.line(doc, s, cl, remarks=[rmk])
            doc.cells(cols, vals, R, 7, lead=11)
        sv = cl["svcs"]
        owes_printed = total(sv, "owes")
        if n == 1:
            owes_printed += Decimal("10.00")
            findings.append(f"claim-total-mismatch claim {cl['icn']}: printed You Owe total "
                            f"{q(owes_printed)} but the lines add up to {q(total(sv, 'owes'))}")
        doc.need(14)
        tv = ["Totals", "", "", "", money(total(sv, "billed"), ","), money(total(sv, "not_covered"), ","),
              money(total(sv, "discount"), ","), money(total(sv, "allowed"), ","),
              money(total(sv, "deductible"), ","), money(total(sv, "copay"), ","),
              money(total(sv, "coinsurance"), ","), money(total(sv, "paid"), ","), money(owes_printed, ","), ""]
        doc.rect(30, doc.y, 732, 12, fill=0.93)
        doc.cells(cols, tv, B, 7, lead=11)
        doc.y += 12
        rec.claim(cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                  patient_owes=owes_printed)
    legend = [("P1", "Paid at the cooperative's contracted rate less your coinsurance."),
              ("P2", "Your office-visit copay for therapy applies to this service."),
              ("D1", "Applied toward your calendar-year deductible."),
              ("N4", "Experimental or unproven under your plan's medical policy; you may be billed.")]
    doc.need(60)
    doc.text(30, doc.y + 8, "Remark codes", B, 8)
    doc.y += 10
    for k, t in legend:
        doc.text(34, doc.y + 8, f"{k} - {t}", R, 7)
        doc.y += 10
    doc.save(path, "fpdf2", "Explanation of Benefits")
    return doc, rec, legend, findings


# =================================================================================================== m1
@layout("m1_advantage_member_eob", "reportlab", money=lambda d: money(d, "$"), date=lambda d: dfmt(d, "mon"),
        code=lambda c, m: [" ".join((c,) + tuple(m))], units=units_str, date_on_row=True)
def m1(path: Path):
    R, B = "Times-Roman", "Times-Bold"
    doc = Doc(LETTER, margin_bottom=64)
    cols = [(40, 62, "l"), (102, 58, "l"), (160, 150, "l"), (310, 26, "r"), (336, 58, "r"), (394, 62, "r"),
            (456, 52, "r"), (508, 46, "r"), (554, 22, "c")]
    heads = [["Date"], ["Code"], ["Service you received"], ["Qty"], ["Provider's", "charge"],
             ["Plan's approved", "amount"], ["Plan's", "share"], ["Your", "share"], ["Note"]]

    def furniture(d):
        d.text(40, 42, "Bayfront Senior Advantage (HMO)", B, 14)
        d.text(40, 56, "Explanation of Benefits for Part C medical services", R, 10)
        d.text(572, 42, "Member: Wendell P. Ashgrove", R, 9, "r")
        d.text(572, 54, "Member number: BSA-30418877", R, 9, "r")
        hline(d, 40, 572, 64, 0.8)
        d.text(306, 760, f"Page {d.page_no} of {{N}}", R, 8, "c")
        d.text(40, 748, "Bayfront Senior Advantage is an HMO plan with a Medicare contract. Call 1-877-555-0166.", R, 7)
        d.y = 74

    def colhead(d):
        for (x, w, al), hh in zip(cols, heads):
            for k, t in enumerate(hh):
                xx = x + 2 if al == "l" else (x + w - 2 if al == "r" else x + w / 2)
                d.text(xx, d.y + 9 + 9 * k, t, B, 8, al)
        d.y += 25
        hline(d, 40, 572, d.y - 3, 0.6)

    def cont(d):
        d.text(40, d.y + 10, "Your medical services, continued", B, 10)
        d.y += 16
        colhead(d)

    doc.on_new_page = furniture
    doc.new_page()
    doc.on_continue = cont
    doc.text(40, 90, "This notice covers claims we processed from January 1 through January 31, 2026.", R, 10)
    doc.text(40, 104, "It is not a bill. Keep it with your records.", R, 10)
    doc.rect(40, 112, 532, 36)
    doc.text(48, 126, "Your medical out-of-pocket maximum for 2026: $4,900.00", R, 9)
    doc.text(48, 140, "Amount you have paid toward it so far: $186.52", R, 9)
    doc.y = 160
    patient = "Wendell P. Ashgrove"
    stp = PlanState(ded_left=ZERO, coins_rate=Decimal("0.15"))
    claims = [
        dict(icn="BSA-26-00418-A", acct="NS-70213", prov="Northshore Outpatient Rehabilitation",
             svcs=V(D(2026, 1, 5), ("97163", 1, "GP")) + V(D(2026, 1, 7), ("97110", 2, "GP"), ("97112", 1, "GP"),
                                                            ("97140", 1, "GP 59"))
             + V(D(2026, 1, 9), ("97110", 2, "GP"), ("97116", 2, "GP"))
             + V(D(2026, 1, 12), ("97110", 2, "GP CQ"), ("97112", 2, "GP CQ"))
             + V(D(2026, 1, 14), ("97110", 2, "GP CQ"), ("97530", 2, "GP"))
             + V(D(2026, 1, 16), ("97110", 3, "GP KX"), ("97140", 1, "GP KX"))),
        dict(icn="BSA-26-00533-C", acct="HV11904", prov="Harbor View Hand & Upper Limb Clinic",
             svcs=V(D(2026, 1, 20), ("97165", 1, "GO"), ("97760", 1, "GO"), ("L3807", 1, "RT"))
             + V(D(2026, 1, 27), ("97760", 1, "GO"), ("G0283", 1, "GO", "CO"))),
        dict(icn="BSA-26-00602-B", acct="NS-70388", prov="Northshore Outpatient Rehabilitation",
             svcs=V(D(2026, 1, 19), ("97110", 2, "GP"), ("97530", 1, "GP"))
             + V(D(2026, 1, 21), ("97110", 2, "GP CQ"), ("97112", 2, "GP CQ"))
             + V(D(2026, 1, 23), ("97110", 2, "GP"), ("97116", 2, "GP"))
             + V(D(2026, 1, 26), ("97110", 3, "GP KX"), ("97140", 1, "GP KX"))
             + V(D(2026, 1, 28), ("97110", 2, "GP"), ("97530", 1, "GP"))
             + V(D(2026, 1, 30), ("97110", 2, "GP"), ("97112", 1, "GP"))),
    ]
    rec = Rec(("billed", "allowed", "paid", "patient_owes"))
    for cl in claims:
        cl["patient"] = patient
        for s in cl["svcs"]:
            medicare(s, stp, sequestration=False, deny_reason="97")
        doc.need(70)
        doc.text(40, doc.y + 12, f"Claim number {cl['icn']}", B, 10)
        doc.text(40, doc.y + 24, f"Provider: {cl['prov']}    Your account with this provider: {cl['acct']}", R, 9)
        doc.y += 30
        colhead(doc)
        for s in cl["svcs"]:
            doc.need(14)
            note = "3" if s.denied else ("1" if "KX" in s.mods else "2")
            vals = [dfmt(s.dos, "mon"), " ".join((s.code,) + s.mods), s.desc, units_str(s.units), money(s.billed),
                    money(s.allowed), money(s.paid), money(s.owes), note]
            rec.line(doc, s, cl, remarks=[note])
            doc.cells(cols, vals, R, 8, lead=11, wrapcol=2)
        sv = cl["svcs"]
        hline(doc, 336, 554, doc.y, 0.4)
        doc.cells(cols, ["", "", "Total for this claim", "", money(total(sv, "billed")), money(total(sv, "allowed")),
                         money(total(sv, "paid")), money(total(sv, "owes")), ""], B, 8)
        doc.y += 12
        rec.claim(cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                  patient_owes=total(sv, "owes"))
    legend = [("1", "Therapy above the yearly threshold; your provider documented that it is medically needed."),
              ("2", "Your share is the plan's 15% coinsurance for outpatient rehabilitation."),
              ("3", "Included in another service paid the same day; you do not owe this amount.")]
    doc.need(60)
    doc.text(40, doc.y + 10, "Notes about your services", B, 10)
    doc.y += 14
    for k, t in legend:
        doc.text(44, doc.y + 9, f"Note {k}: {t}", R, 8.5)
        doc.y += 11
    n = doc.page_no
    for pg in doc.pages:
        for i, op in enumerate(pg):
            if op[0] == "t" and "{N}" in op[3]:
                pg[i] = op[:3] + (op[3].replace("{N}", str(n)),) + op[4:]
    doc.save(path, "reportlab", "Explanation of Benefits - Part C")
    return doc, rec, legend, []


# =================================================================================================== m2
@layout("m2_summary_notice_partb", "fpdf2", money=lambda d: money(d, "$"), date=lambda d: dfmt(d, "month"),
        code=lambda c, m: [f"({c})"], units=None, date_on_row=False)
def m2(path: Path):
    R, B = "LibSerif", "LibSerif-B"
    doc = Doc(LETTER, margin_bottom=60)
    cols = [(48, 232, "l"), (280, 70, "r"), (350, 74, "r"), (424, 68, "r"), (492, 62, "r"), (554, 26, "c")]
    heads = [["Service Provided & Billing Code"], ["Amount", "Provider", "Charged"], ["Medicare-", "Approved",
             "Amount"], ["Amount", "Medicare", "Paid"], ["Maximum", "You May", "Be Billed"], ["See", "Notes"]]

    def furniture(d):
        d.text(48, 40, "Medicare Summary Notice", B, 16)
        d.text(48, 54, "for Part B (Medical Insurance)", R, 10)
        d.text(564, 40, "Beatrix L. Thornquist", B, 10, "r")
        d.text(564, 53, f"January 2026  |  Page {d.page_no} of {{N}}", R, 9, "r")
        hline(d, 48, 564, 62, 1.5)
        d.y = 72

    doc.on_new_page = furniture
    doc.new_page()
    doc.rect(48, 76, 250, 70)
    doc.text(56, 90, "Your Deductible Status", B, 11)
    doc.text(56, 106, "Your deductible is what you must pay each", R, 9)
    doc.text(56, 118, "year before Medicare pays. You have met", R, 9)
    doc.text(56, 130, "$187.00 of your $283.00 Part B deductible for 2026.", R, 9)
    doc.rect(314, 76, 250, 70)
    doc.text(322, 90, "Your Claims & Costs This Period", B, 11)
    doc.text(322, 106, "Did Medicare approve all services?  NO", R, 9)
    doc.text(322, 118, "See claim from Maplecrest Therapy, note C.", R, 9)
    doc.text(322, 130, "Medicare number ending in: 7X42", R, 9)
    doc.y = 160
    doc.text(48, doc.y + 12, "Your Claims for Part B (Medical Insurance)", B, 12)
    doc.y += 20
    patient = "Beatrix L. Thornquist"
    stp = PlanState(ded_left=Decimal("96.00"), coins_rate=Decimal("0.20"))
    claims = [
        dict(icn="26-0106-33904-102", prov="Maplecrest Therapy Services, 410 Orchard Row, Pell City, AL 35999",
             svcs=V(D(2026, 1, 6), ("97167", 1, "GO"), ("97535", 1, "GO"))),
        dict(icn="26-0108-34112-504", prov="Maplecrest Therapy Services, 410 Orchard Row, Pell City, AL 35999",
             svcs=V(D(2026, 1, 8), ("97530", 2, "GO"), ("97535", 2, "GO"), ("97129", 1, "GO"),
                    ("0552T", 1, "", "PR"))),
        dict(icn="26-0113-35871-220", prov="Pell City Family Medicine, 22 Dogwood Lane, Pell City, AL 35999",
             svcs=V(D(2026, 1, 13), ("99213", 1, ""))),
        dict(icn="26-0115-36410-008", prov="Maplecrest Therapy Services, 410 Orchard Row, Pell City, AL 35999",
             svcs=V(D(2026, 1, 15), ("97530", 3, "GO"), ("97110", 1, "GO"))),
        dict(icn="26-0120-37733-316", prov="Maplecrest Therapy Services, 410 Orchard Row, Pell City, AL 35999",
             svcs=V(D(2026, 1, 20), ("97530", 2, "GO"), ("97112", 1, "GO"), ("97535", 1, "GO"))),
        dict(icn="26-0122-38006-441", prov="Coosa Valley Orthotics & Supply, 9 Mill St, Sylacauga, AL 35998",
             svcs=V(D(2026, 1, 22), ("L3807", 1, "RT"))),
    ]
    rec = Rec(("billed", "allowed", "paid", "patient_owes"), units=False, mods=False)
    for cl in claims:
        cl["patient"] = patient
        for s in cl["svcs"]:
            medicare(s, stp, sequestration=True, deny_reason="50")
        doc.need(100)
        doc.text(48, doc.y + 12, dfmt(cl["svcs"][0].dos, "month"), B, 11)
        doc.text(48, doc.y + 25, cl["prov"], R, 9)
        doc.text(48, doc.y + 37, f"Claim number: {cl['icn']}", R, 9)
        doc.y += 42
        doc.rect(48, doc.y, 516, 32, fill=0.9)
        for (x, w, al), hh in zip(cols, heads):
            for k, t in enumerate(hh):
                xx = x + 2 if al == "l" else (x + w - 2 if al == "r" else x + w / 2)
                doc.text(xx, doc.y + 9 + 9 * k, t, B, 7.5, al)
        doc.y += 34
        for s in cl["svcs"]:
            note = "C" if s.denied else ("A" if s.deductible else "B")
            label = f"{s.desc} ({s.code})"
            vals = [label, money(s.billed), money(s.allowed), money(s.paid), money(s.owes), note]
            rec.line(doc, s, cl, remarks=[note])
            doc.cells(cols, vals, R, 9, lead=12)
            hline(doc, 48, 564, doc.y - 1, 0.3)
        sv = cl["svcs"]
        doc.cells(cols, ["Total", money(total(sv, "billed")), money(total(sv, "allowed")), money(total(sv, "paid")),
                         money(total(sv, "owes")), ""], B, 9, lead=12)
        doc.y += 10
        rec.claim(cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                  patient_owes=total(sv, "owes"))
    legend = [("A", "This approved amount went toward your yearly Part B deductible."),
              ("B", "Medicare paid 80% of the approved amount after a 2% federal payment reduction."),
              ("C", "Medicare does not pay for this item or service because it is not considered reasonable "
                    "and necessary for you; you may be billed.")]
    doc.need(70)
    doc.text(48, doc.y + 12, "Notes for Claims Above", B, 11)
    doc.y += 16
    for k, t in legend:
        doc.text(52, doc.y + 9, f"{k}  {t[:110]}", R, 8.5)
        doc.y += 11
        if len(t) > 110:
            doc.text(62, doc.y + 9, t[110:].strip(), R, 8.5)
            doc.y += 11
    n = doc.page_no
    for pg in doc.pages:
        for i, op in enumerate(pg):
            if op[0] == "t" and "{N}" in op[3]:
                pg[i] = op[:3] + (op[3].replace("{N}", str(n)),) + op[4:]
    doc.save(path, "fpdf2", "Medicare Summary Notice")
    return doc, rec, legend, []


# =================================================================================================== d1
@layout("d1_medicaid_ra_mainframe", "reportlab", money=lambda d: money(d, ",", "trail"),
        date=lambda d: dfmt(d, "mdy2"), code=lambda c, m: [c] + list(m), units=lambda u: f"{u:.2f}",
        date_on_row=True)
def d1(path: Path):
    R, B = "Courier", "Courier-Bold"
    doc = Doc(LAND, margin_bottom=40)
    xs = [24, 44, 104, 164, 214, 244, 274, 324, 394, 464, 534, 600]
    cols = [(xs[i], xs[i + 1] - xs[i], "r" if i in (6, 7, 8, 9) else "l") for i in range(len(xs) - 1)]
    cols[10] = (560, 80, "l")
    heads = ["LN", "FROM DOS", "TO DOS", "PROC", "MOD1", "MOD2", "UNITS", "BILLED AMT", "ALLOWED AMT",
             "PAID AMT", "EOB CODES"]
    sec = {"name": ""}

    def furniture(d):
        d.text(24, 30, "STATE OF NORTHMARK  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", B, 8)
        d.text(24, 40, "PROVIDER REMITTANCE ADVICE", B, 8)
        d.text(768, 30, f"RA NUMBER 0004471822   PAGE {d.page_no:4d}", R, 8, "r")
        d.text(768, 40, "RA DATE 02/04/26   PAYMENT 0098812204 EFT", R, 8, "r")
        d.text(24, 52, "PROVIDER: WILLOWBROOK CHILD DEVELOPMENT CENTER   NPI 1992004871   TAXONOMY 225X00000X", R, 8)
        hline(d, 24, 768, 57, 0.5)
        d.y = 62

    def colhead(d):
        d.text(24, d.y + 8, "*** " + sec["name"] + " ***", B, 8)
        d.y += 12
        for (x, w, al), h in zip(cols, heads):
            d.text(x + (w - 2 if al == "r" else 2), d.y + 8, h, R, 7.5, al)
        d.y += 11
        d.text(24, d.y + 6, "-" * 150, R, 7)
        d.y += 9

    doc.on_new_page = furniture
    doc.new_page()
    doc.on_continue = colhead
    P = [("PAID CLAIMS", [
        dict(patient="OKONJO, TEMPERANCE", rid="700481129034", icn="2026027000411", acct="WB-3301",
             svcs=V(D(2026, 1, 5), ("97530", 4, "GO"), ("97535", 2, "GO")) + V(D(2026, 1, 7), ("97530", 4, "GO"))
             + V(D(2026, 1, 9), ("97530", 3, "GO"), ("97112", 1, "GO 59"))
             + V(D(2026, 1, 12), ("97530", 4, "GO")) + V(D(2026, 1, 14), ("97530", 4, "GO"), ("97110", 2, "GO"))),
        dict(patient="HALVORSEN, PIP", rid="700519903317", icn="2026027000412", acct="WB-3318",
             svcs=V(D(2026, 1, 6), ("92523", 1, "GN")) + V(D(2026, 1, 8), ("92507", 1, "GN"))
             + V(D(2026, 1, 13), ("92507", 1, "GN")) + V(D(2026, 1, 15), ("92507", 1, "GN"), ("92526", 1, "GN"))),
        dict(patient="OKONJO, MALACHI", rid="700481129042", icn="2026027000413", acct="WB-3302",
             svcs=V(D(2026, 1, 6), ("97166", 1, "GO")) + V(D(2026, 1, 13), ("97530", 4, "GO"), ("97140", 1, "GO"))
             + V(D(2026, 1, 20), ("97530", 4, "GO"), ("97150", 1, "GO"))
             + V(D(2026, 1, 27), ("97530", 4, "GO"), ("97535", 1, "GO"))),
        dict(patient="VASQUEZ-REYNE, LUZ", rid="700662004418", icn="2026027000414", acct="WB-3345",
             svcs=V(D(2026, 1, 16), ("97161", 1, "GP")) + V(D(2026, 1, 21), ("97110", 3, "GP"), ("97116", 2, "GP"))
             + V(D(2026, 1, 23), ("97110", 3, "GP"), ("97112", 2, "GP"))),
    ]), ("DENIED CLAIMS", [
        dict(patient="HALVORSEN, PIP", rid="700519903317", icn="2026027000490", acct="WB-3320",
             svcs=V(D(2026, 1, 22), ("92507", 1, "GN", "CO"), ("92526", 1, "GN", "CO"))),
    ]), ("ADJUSTMENTS", [])]
    rec = Rec(("billed", "allowed", "paid"), end=True)
    # the credit (full reversal) of an earlier paid claim, then its replacement
    orig = V(D(2025, 12, 15), ("97530", 4, "GO"), ("97535", 2, "GO"))
    for s in orig:
        medicaid(s)
    rev = dict(patient="OKONJO, TEMPERANCE", rid="700481129034", icn="2026027100415", acct="WB-3190",
               svcs=[negate(s) for s in orig], note="CREDIT OF ICN 2025351000872")
    repl_s = V(D(2025, 12, 15), ("97530", 3, "GO"), ("97535", 2, "GO"))
    repl = dict(patient="OKONJO, TEMPERANCE", rid="700481129034", icn="2026027100416", acct="WB-3190",
                svcs=repl_s, note="REPLACES ICN 2025351000872")
    P[2][1].extend([rev, repl])
    for name, cls in P:
        sec["name"] = name
        doc.need(60)
        colhead(doc)
        for cl in cls:
            if cl is not rev:
                for s in cl["svcs"]:
                    if not s.adjs and not s.paid:
                        medicaid(s, deny_reason="96")
            doc.need(36)
            doc.text(24, doc.y + 8, f"RECIP NAME: {cl['patient']:<22} RECIP ID: {cl['rid']}   ICN: {cl['icn']}   "
                                    f"PAT ACCT: {cl['acct']}" + (f"   {cl['note']}" if cl.get("note") else ""), R, 7.5)
            doc.y += 11
            for i, s in enumerate(cl["svcs"], 1):
                doc.need(10)
                eob = "0417" if s.denied else ("0770" if s.billed < 0 else "0102")
                vals = [f"{i:02d}", dfmt(s.dos, "mdy2"), dfmt(s.dos, "mdy2"), s.code,
                        s.mods[0] if s.mods else "", s.mods[1] if len(s.mods) > 1 else "", f"{s.units:.2f}",
                        money(s.billed, ",", "trail"), money(s.allowed, ",", "trail"), money(s.paid, ",", "trail"),
                        eob]
                rec.line(doc, s, cl, remarks=[eob])
                doc.cells(cols, vals, R, 7.5, lead=9.5)
            sv = cl["svcs"]
            doc.cells(cols, ["", "", "", "", "", "", "CLAIM TOTAL", money(total(sv, "billed"), ",", "trail"),
                             money(total(sv, "allowed"), ",", "trail"), money(total(sv, "paid"), ",", "trail"), ""],
                      R, 7.5, lead=9.5)
            doc.y += 5
            rec.claim(cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"))
    legend = [("0102", "PAID AT THE STATE MAXIMUM FEE FOR THIS PROCEDURE. RECIPIENT MAY NOT BE BILLED."),
              ("0417", "SERVICE LIMIT FOR THE BENEFIT PERIOD HAS BEEN REACHED. NO PAYMENT."),
              ("0770", "CREDIT - THE ORIGINAL CLAIM SHOWN IS RECOUPED IN FULL.")]
    doc.need(50)
    doc.text(24, doc.y + 10, "EOB CODE DESCRIPTIONS", B, 8)
    doc.y += 13
    for k, t in legend:
        doc.text(24, doc.y + 8, f"{k}  {t}", R, 7.5)
        doc.y += 10
    doc.save(path, "reportlab", "Remittance Advice")
    return doc, rec, legend, []


# =================================================================================================== d2
def _paren(d):
    return money(d, ",", "()")


@layout("d2_medicaid_ra_ruled", "fpdf2", money=_paren, date=lambda d: dfmt(d, "mdy4"),
        code=lambda c, m: [":".join((c,) + tuple(m))], units=units_str, date_on_row=True,
        adj=lambda g, c, a: f"{g}-{c} {_paren(Decimal(a))}")
def d2(path: Path):
    R, B = "LibNarrow", "LibNarrow-B"
    doc = Doc(LETTER, margin_bottom=56)
    xs = [36, 56, 106, 176, 204, 254, 304, 336, 366, 416, 500, 576]
    al = ["l", "l", "l", "r", "r", "r", "r", "r", "r", "l", "l"]
    cols = [(xs[i], xs[i + 1] - xs[i], al[i]) for i in range(len(xs) - 1)]
    heads = ["Line", "Dt of Svc", "Proc:Mods", "Units", "Submitted", "Allowed", "TPL", "Co-pay", "Paid",
             "CARC / Amount", "RARC"]
    cols[9] = (426, 74, "l")

    def furniture(d):
        d.text(36, 38, "Commonwealth of Eastvale  -  Medicaid Management Information System", B, 11)
        d.text(36, 51, "Remittance Advice  -  Professional Claims", R, 9)
        d.text(576, 38, f"Page {d.page_no}", R, 8, "r")
        d.text(576, 51, "Payment date 02/03/2026  Check/EFT 5521090", R, 8, "r")
        hline(d, 36, 576, 57, 1.0)
        d.text(36, 770, "Questions about this remittance: Provider Services 1-800-555-0127 option 3", R, 7)
        d.y = 64

    def colhead(d):
        for (x, w, a), h in zip(cols, heads):
            d.text(x + (w - 2 if a == "r" else 2), d.y + 9, h, B, 8, a)
        d.y += 12
        hline(d, 36, 576, d.y, 0.7)
        d.y += 2

    doc.on_new_page = furniture
    doc.new_page()
    doc.text(36, 76, "Provider: Riverside Speech & Occupational Therapy, LLC    Provider ID 0044182910", R, 9)
    doc.text(36, 88, "Pay-to: 77 Canal Street, Suite 4, Marlowe, EV 02999", R, 9)
    doc.y = 96
    orig = V(D(2025, 12, 18), ("92507", 1, "GN"), ("92526", 1, "GN"))
    for s in orig:
        medicaid(s)
    claims = [
        dict(patient="Ezekiel Brannigan", mid="EV40019823", icn="26031004417", acct="RSOT-8801", status="PAID",
             svcs=V(D(2026, 1, 6), ("92523", 1, "GN"))
             + V(D(2026, 1, 8), ("92507", 1, "GN")) + V(D(2026, 1, 13), ("92507", 1, "GN"))
             + V(D(2026, 1, 15), ("92507", 1, "GN"), ("92526", 1, "GN"))
             + V(D(2026, 1, 20), ("92507", 1, "GN")) + V(D(2026, 1, 22), ("92507", 1, "GN"), ("92526", 1, "GN"))),
        dict(patient="Marisol Tenney", mid="EV40116602", icn="26031004418", acct="RSOT-8815", status="PAID",
             svcs=V(D(2026, 1, 7), ("97165", 1, "GO")) + V(D(2026, 1, 9), ("97530", 4, "GO"), ("97535", 1, "GO"))
             + V(D(2026, 1, 14), ("97530", 4, "GO"), ("97129", 2, "GO", "CO"))
             + V(D(2026, 1, 16), ("97530", 3, "GO"), ("97112", 2, "GO 59"))
             + V(D(2026, 1, 21), ("97530", 4, "GO"), ("97535", 2, "GO"))
             + V(D(2026, 1, 23), ("97530", 4, "GO"), ("97140", 1, "GO 59"))),
        dict(patient="Ezekiel Brannigan", mid="EV40019823", icn="26031004419", acct="RSOT-8640",
             status="ADJUSTED - reverses TCN 25352008810", svcs=[negate(s) for s in orig]),
        dict(patient="Ezekiel Brannigan", mid="EV40019823", icn="26031004420", acct="RSOT-8640",
             status="ADJUSTED - replacement", svcs=V(D(2025, 12, 18), ("92507", 1, "GN 59"), ("92526", 1, "GN"))),
        dict(patient="Kit Oyelaran-Moss", mid="EV40220781", icn="26031004421", acct="RSOT-8852", status="PAID",
             svcs=V(D(2026, 1, 5), ("97166", 1, "GO")) + V(D(2026, 1, 7), ("97530", 2, "GO"), ("97110", 2, "GO"))
             + V(D(2026, 1, 12), ("97530", 3, "GO"), ("97535", 1, "GO"))
             + V(D(2026, 1, 14), ("97530", 3, "GO"), ("97112", 1, "GO"))
             + V(D(2026, 1, 19), ("97530", 2, "GO"), ("97110", 2, "GO"))
             + V(D(2026, 1, 21), ("97530", 3, "GO"), ("97140", 1, "GO 59"))
             + V(D(2026, 1, 26), ("97530", 2, "GO"), ("97535", 2, "GO"))
             + V(D(2026, 1, 28), ("97530", 4, "GO"))),
    ]
    rec = Rec(("billed", "allowed", "paid"), with_adjs=True)
    for cl in claims:
        if "reverses" not in cl["status"]:
            for s in cl["svcs"]:
                medicaid(s, deny_reason="119")
        doc.need(40)
        doc.rect(36, doc.y, 540, 13, fill=0.9)
        doc.text(40, doc.y + 9.5, f"TCN {cl['icn']}   Member: {cl['patient']}   Member ID {cl['mid']}   "
                                  f"Patient Acct {cl['acct']}   Status: {cl['status']}", B, 8)
        doc.y += 15
        colhead(doc)
        for i, s in enumerate(cl["svcs"], 1):
            doc.need(12)
            rarc = "N640" if s.denied else ("N381" if s.billed < 0 else "")
            adj = " ".join(f"{g}-{c} {_paren(a)}" for g, c, a in s.adjs)
            vals = [str(i), dfmt(s.dos, "mdy4"), ":".join((s.code,) + s.mods), units_str(s.units), _paren(s.billed),
                    _paren(s.allowed), "0.00", "0.00", _paren(s.paid), adj, rarc]
            rec.line(doc, s, cl, remarks=[rarc] if rarc else [])
            doc.cells(cols, vals, R, 8, lead=10.5)
            hline(doc, 36, 576, doc.y - 0.5, 0.2)
        sv = cl["svcs"]
        doc.cells(cols, ["", "", "Claim total", "", _paren(total(sv, "billed")), _paren(total(sv, "allowed")),
                         "0.00", "0.00", _paren(total(sv, "paid")), "", ""], B, 8, lead=10.5)
        doc.y += 8
        rec.claim(cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"))
    legend = [("CO-45", "Charge above the Commonwealth fee schedule; provider write-off."),
              ("CO-119", "Benefit maximum for this period already reached."),
              ("N640", "Exceeds the visit limit set for this member's benefit."),
              ("N381", "Claim adjusted; see the replacement TCN on this remittance.")]
    doc.need(60)
    doc.text(36, doc.y + 10, "Code glossary", B, 9)
    doc.y += 13
    for k, t in legend:
        doc.text(40, doc.y + 8, f"{k}: {t}", R, 8)
        doc.y += 10
    doc.save(path, "fpdf2", "Medicaid Remittance Advice")
    return doc, rec, legend, []


# =================================================================================================== p1
@layout("p1_clearinghouse_partb_remit", "fpdf2", money=lambda d: money(d, ""), date=lambda d: dfmt(d, "mdy6"),
        code=lambda c, m: [c] + list(m), units=units_str, date_on_row=True,
        adj=lambda g, c, a: f"{g}-{c}" if a is None else f"{g}-{c} {money(Decimal(a), '')}")
def p1(path: Path):
    R, B = "DejaMono", "DejaMono-B"
    doc = Doc(LAND, margin_bottom=40)
    # fixed pitch: column start positions in points
    xs = [24, 96, 170, 196, 220, 262, 320, 388, 450, 512, 574, 676, 760]
    al = ["l", "l", "l", "r", "l", "l", "r", "r", "r", "r", "l", "r"]
    cols = [(xs[i], xs[i + 1] - xs[i], al[i]) for i in range(len(xs) - 1)]
    heads = ["PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT", "COINS",
             "GRP/RC-AMT", "PROV PD"]
    cols[10] = (588, 88, "l")

    def furniture(d):
        d.text(24, 28, "CLEARPATH EXCHANGE - STANDARD PAPER REMITTANCE PRINT  (from 835 file CPX-26020418)", B, 8)
        d.text(24, 39, "MEDICARE PART B - JURISDICTION 17 CONTRACTOR        PROVIDER # 55X0921   STONEGATE PHYSICAL "
                       "& OCCUPATIONAL THERAPY", R, 7)
        d.text(768, 28, f"PAGE #: {d.page_no} OF {{N}}", R, 7, "r")
        d.text(768, 39, "DATE: 02/05/2026  CHECK/EFT #: 0000771940", R, 7, "r")
        d.y = 46
        for (x, w, a), h in zip(cols, heads):
            d.text(x + (w - 2 if a == "r" else 2), d.y + 8, h, B, 7, a)
        d.y += 10
        hline(d, 24, 768, d.y, 0.4)
        d.y += 3

    doc.on_new_page = furniture
    doc.new_page()
    stp = PlanState(ded_left=Decimal("40.00"))
    claims = [
        dict(patient="BELLWEATHER, ROSALIND", hic="7QW2-HN5-MK81", acct="SG044810", icn="22260240177310",
             perf="PT8812004", svcs=V(D(2026, 1, 5), ("97161", 1, "GP")) + V(D(2026, 1, 7), ("97110", 3, "GP"),
                                                                            ("97140", 1, "GP 59"))
             + V(D(2026, 1, 9), ("97110", 2, "GP"), ("97112", 2, "GP")) + V(D(2026, 1, 12), ("97110", 2, "GP CQ"),
                                                                           ("97530", 1, "GP CQ"))
             + V(D(2026, 1, 14), ("97110", 3, "GP"), ("97116", 1, "GP"))),
        dict(patient="DUQUESNE, ALBERT", hic="3FT9-RJ2-WA40", acct="SG044877", icn="22260240177311",
             perf="OT2290377", svcs=V(D(2026, 1, 6), ("97166", 1, "GO")) + V(D(2026, 1, 8), ("97530", 2, "GO"),
                                                                            ("97535", 2, "GO"))
             + V(D(2026, 1, 13), ("97530", 3, "GO"), ("97760", 1, "GO"), ("G0283", 1, "GO", "CO"))),
        dict(patient="BELLWEATHER, ROSALIND", hic="7QW2-HN5-MK81", acct="SG044912", icn="22260240177312",
             perf="PT8812004", svcs=V(D(2026, 1, 19), ("97110", 3, "GP KX"), ("97140", 1, "GP KX"))
             + V(D(2026, 1, 21), ("97110", 3, "GP KX"), ("97112", 1, "GP KX"))),
        dict(patient="NAKASHIMA, RUTH", hic="5PL1-QE7-TT22", acct="SG045003", icn="22260240177313",
             perf="SLP660018", svcs=V(D(2026, 1, 22), ("92523", 1, "GN")) + V(D(2026, 1, 27), ("92507", 1, "GN"))),
    ]
    rec = Rec(("billed", "allowed", "deductible", "coinsurance", "paid"), with_adjs=True)
    for cl in claims:
        for s in cl["svcs"]:
            medicare(s, stp, sequestration=True, deny_reason="97")
        doc.need(50)
        doc.text(24, doc.y + 8, f"NAME {cl['patient']:<24} HIC {cl['hic']}   ACNT {cl['acct']:<10} "
                                f"ICN {cl['icn']}   ASG Y   MOA MA01", R, 7)
        doc.y += 12
        for s in cl["svcs"]:
            doc.need(10 * max(1, len(s.adjs)))
            g, c, a = s.adjs[0]
            vals = [cl["perf"], dfmt(s.dos, "mdy6") + " " + dfmt(s.dos, "mdy6"), "11", units_str(s.units), s.code,
                    " ".join(s.mods), money(s.billed, ""), money(s.allowed, ""), money(s.deductible, ""),
                    money(s.coinsurance, ""), f"{g}-{c} {money(a, '')}", money(s.paid, "")]
            rmk = ["M86"] if s.denied else []
            if rmk:
                vals[10] += "  RARC M86"
            rec.line(doc, s, cl, remarks=rmk)
            doc.cells(cols, vals, R, 7, lead=9)
            for g, c, a in s.adjs[1:]:
                doc.text(cols[10][0] + 2, doc.y + 7, f"{g}-{c} {money(a, '')}", R, 7)
                doc.y += 9
        sv = cl["svcs"]
        pr = total(sv, "deductible") + total(sv, "coinsurance")
        doc.text(24, doc.y + 8, f"PT RESP {money(pr, '')}", R, 7)
        vals = ["", "CLAIM TOTALS", "", "", "", "", money(total(sv, "billed"), ""), money(total(sv, "allowed"), ""),
                money(total(sv, "deductible"), ""), money(total(sv, "coinsurance"), ""), "",
                money(total(sv, "paid"), "")]
        doc.cells(cols, vals, R, 7, lead=9)
        doc.text(574, doc.y + 7, f"NET {money(total(sv, 'paid'), '')}", R, 7)
        doc.y += 14
        rec.claim(cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"))
    legend = [("CO-45", "Charge exceeds the fee schedule amount."), ("PR-1", "Deductible amount."),
              ("PR-2", "Coinsurance amount."), ("CO-253", "Sequestration reduction."),
              ("CO-97", "Payment included in another service on the same date."),
              ("M86", "Service denied because payment already made for a related procedure.")]
    doc.need(70)
    doc.text(24, doc.y + 8, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES", B, 7)
    doc.y += 11
    for k, t in legend:
        doc.text(24, doc.y + 8, f"{k:<8}{t}", R, 7)
        doc.y += 9
    n = doc.page_no
    for pg in doc.pages:
        for i, op in enumerate(pg):
            if op[0] == "t" and "{N}" in op[3]:
                pg[i] = op[:3] + (op[3].replace("{N}", str(n)),) + op[4:]
    doc.save(path, "fpdf2", "Standard Paper Remittance")
    return doc, rec, legend, []


# =================================================================================================== p2
@layout("p2_pm_era_detail_panels", "reportlab", money=lambda d: money(d, "$"), date=lambda d: dfmt(d, "mdyn"),
        code=lambda c, m: [c] + ([",".join(m)] if m else []), units=lambda u: f"{u:.1f}", date_on_row=True,
        adj=lambda g, c, a: f"{g}{c} = {money(Decimal(a), '$')}")
def p2(path: Path):
    R, B = "DejaCond", "DejaCond-B"
    doc = Doc(LETTER, margin_bottom=52)
    xs = [40, 90, 124, 170, 196, 246, 296, 340, 384, 420, 500, 546, 572]
    al = ["l", "l", "l", "r", "r", "r", "r", "r", "r", "l", "r", "c"]
    cols = [(xs[i], xs[i + 1] - xs[i], al[i]) for i in range(len(xs) - 1)]
    heads = ["DOS", "Proc", "Mods", "Units", "Charge", "Allowed", "Deduct", "Coins", "Copay", "Adj", "Paid", "RC"]
    st = {"cur": None}

    def furniture(d):
        d.rect(40, 30, 532, 30, fill=0.86)
        d.text(48, 44, "TheraDesk PM", B, 12)
        d.text(48, 55, "Electronic Remittance Detail", R, 8)
        d.text(564, 44, "Eastfork Pediatric & Adult Therapy", R, 9, "r")
        d.text(564, 55, "Run 02/10/2026 08:14  user: mkeller", R, 7, "r")
        d.text(306, 770, f"TheraDesk PM - ERA detail - page {d.page_no}", R, 7, "c")
        d.y = 70

    def colhead(d):
        for (x, w, a), h in zip(cols, heads):
            xx = x + 2 if a == "l" else (x + w - 2 if a == "r" else x + w / 2)
            d.text(xx, d.y + 8, h, B, 7, a)
        d.y += 11
        hline(d, 40, 572, d.y, 0.4)
        d.y += 2

    def cont(d):
        cl = st["cur"]
        if cl:
            d.rect(40, d.y, 532, 12, fill=0.92)
            d.text(44, d.y + 9, f"Continued - Pt Ctrl # {cl['acct']}  {cl['patient']}", B, 7.5)
            d.y += 14
            colhead(d)

    doc.on_new_page = furniture
    doc.new_page()
    doc.on_continue = cont
    doc.text(40, 82, "Payer: Corvane Health Insurance Company     Payer ID 61044     Trace # 1MN88204117", R, 8)
    doc.text(40, 93, "Payment: EFT {EFT} on 2/6/2026      Payee NPI 1437720019", R, 8)
    doc.y = 102
    stp = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.70"))
    claims = [
        dict(patient="Jalen R. Morrow", sub="Teresa Morrow", acct="TD-20931", icn="9920260170044",
             svcs=V(D(2026, 1, 5), ("97161", 1, "GP"))
             + V(D(2026, 1, 7), ("97110", 2, "GP"), ("97530", 2, "GP"))
             + V(D(2026, 1, 12), ("97110", 2, "GP"), ("97140", 1, "GP 59"))
             + V(D(2026, 1, 14), ("97110", 2, "GP"), ("97112", 1, "GP"))),
        dict(patient="Teresa Morrow", sub="Teresa Morrow", acct="TD-20958", icn="9920260170051",
             svcs=V(D(2026, 1, 8), ("97165", 1, "GO"), ("97760", 1, "GO")) + V(D(2026, 1, 8), ("L3807", 1, "LT"))
             + V(D(2026, 1, 15), ("97760", 1, "GO"), ("97530", 2, "GO"))
             + V(D(2026, 1, 22), ("97530", 2, "GO"), ("97535", 1, "GO"))
             + V(D(2026, 1, 29), ("97530", 2, "GO"), ("97140", 1, "GO", "CO"))),
        dict(patient="Nia Morrow", sub="Teresa Morrow", acct="TD-21002", icn="9920260170068",
             svcs=V(D(2026, 1, 16), ("92523", 1, "GN")) + V(D(2026, 1, 23), ("92507", 1, "GN"))),
        dict(patient="Owen Pardee", sub="Lucille Pardee", acct="TD-21017", icn="9920260170075",
             svcs=V(D(2026, 1, 26), ("97163", 1, "GP"), ("97116", 2, "GP"))),
    ]
    rec = Rec(("billed", "allowed", "deductible", "coinsurance", "copay", "paid"), with_adjs=True)
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, stp, deny_reason="97")
        doc.need(80)
        top, top_page = doc.y, doc.page_no
        doc.text(44, doc.y + 10, f"Patient: {cl['patient']}", B, 8)
        doc.text(220, doc.y + 10, f"Subscriber: {cl['sub']}", R, 8)
        doc.text(44, doc.y + 21, f"Pt Ctrl #: {cl['acct']}", R, 8)
        doc.text(220, doc.y + 21, f"Payer Claim #: {cl['icn']}", R, 8)
        doc.text(568, doc.y + 10, "Status: 1 - Processed as primary", R, 8, "r")
        doc.y += 26
        st["cur"] = cl
        colhead(doc)
        for s in cl["svcs"]:
            doc.need(9 * len(s.adjs) + 3)
            rc = "M15" if s.denied else ""
            g, c, a = s.adjs[0]
            vals = [dfmt(s.dos, "mdyn"), s.code, ",".join(s.mods), f"{s.units:.1f}", money(s.billed),
                    money(s.allowed), money(s.deductible), money(s.coinsurance), money(s.copay),
                    f"{g}{c} = {money(a)}", money(s.paid), rc]
            rec.line(doc, s, cl, remarks=[rc] if rc else [])
            doc.cells(cols, vals, R, 7, lead=9)
            for g, c, a in s.adjs[1:]:
                doc.text(cols[9][0] + 2, doc.y + 6, f"{g}{c} = {money(a)}", R, 7)
                doc.y += 9
        st["cur"] = None
        sv = cl["svcs"]
        hline(doc, 196, 572, doc.y, 0.4)
        doc.cells(cols, ["Claim", "", "", "", money(total(sv, "billed")), money(total(sv, "allowed")),
                         money(total(sv, "deductible")), money(total(sv, "coinsurance")), money(total(sv, "copay")),
                         "", money(total(sv, "paid")), ""], B, 7, lead=9)
        if doc.page_no == top_page:
            doc.rect(40, top, 532, doc.y - top + 2, lw=0.6)
        doc.y += 10
        rec.claim(cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"))
    legend = [("CO45", "Charges above the contracted maximum."), ("PR1", "Deductible."), ("PR2", "Coinsurance."),
              ("CO97", "Bundled into another service on this date."),
              ("M15", "Separately billed service was bundled.")]
    doc.need(60)
    doc.text(40, doc.y + 9, "Adjustment / remark codes on this ERA", B, 8)
    doc.y += 12
    for k, t in legend:
        doc.text(44, doc.y + 8, f"{k}  {t}", R, 7.5)
        doc.y += 10
    eft = sum((total(cl["svcs"], "paid") for cl in claims), ZERO)
    for pg in doc.pages:
        for i, op in enumerate(pg):
            if op[0] == "t" and "{EFT}" in op[3]:
                pg[i] = op[:3] + (op[3].replace("{EFT}", money(eft)),) + op[4:]
    doc.save(path, "reportlab", "ERA detail")
    return doc, rec, legend, []


# =================================================================================================== s1
@layout("s1_clinic_family_statement", "fpdf2", money=lambda d: money(d, "$"), date=lambda d: dfmt(d, "mdy4"),
        code=lambda c, m: [c + "".join(f"-{x}" for x in m)], units=units_str, date_on_row=True)
def s1(path: Path):
    R, B = "Helvetica", "Helvetica-Bold"
    doc = Doc(LETTER, margin_bottom=50)
    xs = [36, 92, 170, 238, 340, 364, 420, 476, 526, 576]
    al = ["l", "l", "l", "l", "r", "r", "r", "r", "r"]
    cols = [(xs[i], xs[i + 1] - xs[i], al[i]) for i in range(len(xs) - 1)]
    heads = ["Date", "Patient", "Service", "Description", "Units", "Charge", "Ins Paid", "Ins Adj", "You Owe"]

    def furniture(d):
        d.text(36, 40, "BRIGHTPATH PEDIATRIC THERAPY", B, 13)
        d.text(36, 52, "3150 Kestrel Avenue, Suite 200  |  Fairmount, OR 97999  |  (541) 555-0188", R, 8)
        d.text(576, 770, f"Page {d.page_no}", R, 8, "r")
        d.y = 62

    doc.on_new_page = furniture
    doc.new_page()
    doc.rect(372, 66, 204, 66)
    for i, (k, v) in enumerate([("Statement Date", "02/12/2026"), ("Account No.", "G-100482"),
                                ("Amount Due", "{DUE}"), ("Amount Enclosed", "$__________")]):
        doc.text(378, 79 + 15 * i, k, B, 8)
        doc.text(570, 79 + 15 * i, v, R, 8, "r")
    doc.text(36, 80, "Guarantor:", B, 9)
    doc.text(36, 92, "Priya and Samuel Okafor", R, 9)
    doc.text(36, 104, "1488 Larkspur Court", R, 9)
    doc.text(36, 116, "Fairmount, OR 97999", R, 9)
    doc.text(36, 144, "Please detach the top portion and return it with your payment.", R, 7)
    hline(doc, 36, 576, 150, 0.5)
    doc.y = 156
    doc.text(36, doc.y + 10, "PATIENT STATEMENT - ACCOUNT ACTIVITY", B, 10)
    doc.y += 16
    for (x, w, a), h in zip(cols, heads):
        doc.text(x + (w - 2 if a == "r" else 2), doc.y + 9, h, B, 8, a)
    doc.y += 12
    hline(doc, 36, 576, doc.y, 0.8)
    doc.y += 2
    stp = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    kids = {"Anika": "Anika Okafor", "Rowan": "Rowan Okafor", "Elodie": "Elodie Okafor"}
    visits = [
        ("Anika", "V-118204", "CH5520194471", V(D(2026, 1, 5), ("97165", 1, "GO"))),
        ("Rowan", "V-118211", "CH5520194488", V(D(2026, 1, 6), ("92523", 1, "GN"))),
        ("Anika", "V-118290", "CH5520197702", V(D(2026, 1, 12), ("97530", 3, "GO"), ("97535", 1, "GO"))),
        ("Rowan", "V-118302", "CH5520197719", V(D(2026, 1, 13), ("92507", 1, "GN"))),
        ("Elodie", "V-118344", "CH5520198850", V(D(2026, 1, 14), ("97161", 1, "GP"), ("97116", 2, "GP"))),
        ("Anika", "V-118379", "CH5520199913", V(D(2026, 1, 19), ("97530", 3, "GO"), ("97112", 1, "GO 59"))),
        ("Rowan", "V-118391", "CH5520199920", V(D(2026, 1, 20), ("92507", 1, "GN"), ("92526", 1, "GN"))),
        ("Elodie", "V-118405", "CH5520200144", V(D(2026, 1, 21), ("97110", 2, "GP"), ("97116", 2, "GP"),
                                                  ("97150", 1, "GP", "PR"))),
        ("Anika", "V-118466", "CH5520201037", V(D(2026, 1, 26), ("97530", 4, "GO"))),
        ("Rowan", "V-118478", "CH5520201044", V(D(2026, 1, 27), ("92507", 1, "GN"))),
        ("Elodie", "V-118490", "CH5520201051", V(D(2026, 1, 28), ("97110", 2, "GP"), ("97530", 1, "GP"))),
        ("Anika", "V-118512", "CH5520201622", V(D(2026, 1, 29), ("97530", 3, "GO"), ("97535", 1, "GO"))),
        ("Rowan", "V-118530", "CH5520202208", V(D(2026, 2, 3), ("92507", 1, "GN"))),
        ("Elodie", "V-118547", "CH5520202215", V(D(2026, 2, 4), ("97110", 2, "GP"), ("97116", 1, "GP"))),
        ("Anika", "V-118561", "CH5520202730", V(D(2026, 2, 5), ("97530", 4, "GO"))),
        ("Rowan", "V-118588", "CH5520203011", V(D(2026, 2, 10), ("92507", 1, "GN"), ("92526", 1, "GN"))),
        ("Elodie", "V-118604", "CH5520203349", V(D(2026, 2, 11), ("97110", 2, "GP"), ("97530", 2, "GP"))),
    ]
    rec = Rec(("billed", "paid", "patient_owes"))
    due = ZERO
    for k, (kid, vis, icn, svcs) in enumerate(visits):
        cl = dict(patient=kids[kid], acct=vis, icn=icn)
        for s in svcs:
            commercial(s, stp, deny_reason="96")
        doc.need(24)
        doc.text(40, doc.y + 9, f"Visit {vis}  -  billed to Crestline Health Plan, claim {icn}", B, 7.5)
        doc.y += 12
        for s in svcs:
            doc.need(12)
            insadj = s.billed - s.paid - s.owes
            assert insadj >= 0
            vals = [dfmt(s.dos, "mdy4"), kids[kid], s.code + "".join(f"-{x}" for x in s.mods), s.desc,
                    units_str(s.units), money(s.billed), money(s.paid), money(insadj), money(s.owes)]
            rec.line(doc, s, cl)
            doc.cells(cols, vals, R, 7.5, lead=9, wrapcol=3)
        if kid == "Elodie" and k == 4:
            doc.need(12)
            doc.cells(cols, ["01/30/2026", "", "PMT", "Patient payment - thank you", "", "", "", "",
                             money(Decimal("-40.00"))], R, 7.5, lead=10)
            due -= Decimal("40.00")
        due += total(svcs, "owes")
        doc.y += 3
        rec.claim(cl)
    hline(doc, 36, 576, doc.y, 0.8)
    doc.need(40)
    doc.text(420, doc.y + 12, "Balance due from you:", B, 9, "r")
    doc.text(576, doc.y + 12, money(due), B, 9, "r")
    doc.y += 20
    doc.text(36, doc.y + 10, "Insurance has processed every visit shown. Questions about your bill? Call our "
                             "billing office at (541) 555-0188.", R, 7.5)
    for pg in doc.pages:
        for i, op in enumerate(pg):
            if op[0] == "t" and "{DUE}" in op[3]:
                pg[i] = op[:3] + (money(due),) + op[4:]
    doc.save(path, "fpdf2", "Patient Statement")
    return doc, rec, [], []


# =================================================================================================== s2
@layout("s2_hospital_guarantor_statement", "reportlab", money=lambda d: money(d, ","),
        date=lambda d: dfmt(d, "mdy2"), code=lambda c, m: [" ".join((c,) + tuple(m))], units=units_str,
        date_on_row=True)
def s2(path: Path):
    R, B = "DejaSerifCond", "DejaSerifCond-B"
    doc = Doc(LETTER, margin_bottom=56)
    X0 = 190
    xs = [X0, X0 + 44, X0 + 74, X0 + 130, X0 + 316, X0 + 338, X0 + 386]
    al = ["l", "l", "l", "l", "r", "r"]
    cols = [(xs[i], xs[i + 1] - xs[i], al[i]) for i in range(len(xs) - 1)]
    heads = ["Date", "Rev", "Code", "Description", "Qty", "Amount"]

    def furniture(d):
        d.rect(30, 30, 148, 730, fill=0.94)
        d.text(38, 48, "St. Aldric Regional", B, 10)
        d.text(38, 60, "Medical Center", B, 10)
        d.text(38, 80, "Guarantor no. 400188273", R, 7.5)
        d.text(38, 92, "Statement date 02/13/2026", R, 7.5)
        d.text(38, 120, "Questions?", B, 8)
        d.text(38, 131, "Patient Financial Services", R, 7.5)
        d.text(38, 142, "(608) 555-0104, Mon-Fri", R, 7.5)
        d.text(38, 170, "Pay online", B, 8)
        d.text(38, 181, "pay.staldric.example", R, 7.5)
        d.text(38, 209, "Financial assistance", B, 8)
        d.text(38, 220, "Ask us about our charity", R, 7.5)
        d.text(38, 231, "care and payment plans.", R, 7.5)
        d.text(576, 770, f"Page {d.page_no} of {{N}}", R, 7.5, "r")
        d.y = 36

    def colhead(d):
        for (x, w, a), h in zip(cols, heads):
            d.text(x + (w - 2 if a == "r" else 2), d.y + 9, h, B, 8, a)
        d.y += 12
        hline(d, X0, 576, d.y, 0.6)
        d.y += 2

    cur = {"cl": None}

    def cont(d):
        if cur["cl"]:
            d.text(X0, d.y + 10, f"Hospital account {cur['cl']['acct']} (continued)", B, 8.5)
            d.y += 14
            colhead(d)

    doc.on_new_page = furniture
    doc.new_page()
    doc.on_continue = cont
    doc.text(X0, 50, "GUARANTOR STATEMENT", B, 13)
    doc.text(X0, 66, "Helena Rinaldi", R, 9)
    doc.text(X0, 77, "2207 Juniper Hollow Rd, Brookmere, WI 53999", R, 9)
    doc.rect(420, 40, 156, 44)
    doc.text(428, 54, "Total amount due", R, 8)
    doc.text(568, 72, "{DUE}", B, 12, "r")
    doc.y = 96
    stp = PlanState(ded_left=Decimal("300.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.65"))
    REV = {"97": "0434", "92": "0444", "99": "0510", "G0": "0420", "L3": "0274", "05": "0420"}
    accts = [
        dict(patient="Mateo Rinaldi", acct="60019382", icn="WP-260117-88410", where="Outpatient Rehabilitation",
             svcs=V(D(2026, 1, 7), ("97166", 1, "GO"), ("97760", 1, "GO"), ("L3807", 1, "RT"))
             + V(D(2026, 1, 14), ("97760", 1, "GO"), ("97140", 1, "GO"))
             + V(D(2026, 1, 21), ("97530", 2, "GO"), ("97110", 1, "GO"))),
        dict(patient="Helena Rinaldi", acct="60019455", icn="WP-260124-90233", where="Rehabilitation - Physical",
             svcs=V(D(2026, 1, 12), ("97163", 1, "GP"), ("97110", 2, "GP"), ("G0283", 1, "GP"))
             + V(D(2026, 1, 19), ("97110", 2, "GP"), ("97112", 2, "GP"), ("0552T", 1, ""))),
        dict(patient="Giulia Rinaldi", acct="60019501", icn="WP-260130-91876", where="Speech Pathology Clinic",
             svcs=V(D(2026, 1, 22), ("92523", 1, "GN")) + V(D(2026, 1, 29), ("92507", 1, "GN"), ("99213", 1, ""))),
        dict(patient="Mateo Rinaldi", acct="60019627", icn="WP-260206-93310", where="Outpatient Rehabilitation",
             svcs=V(D(2026, 1, 28), ("97530", 2, "GO"), ("97140", 1, "GO"), ("97760", 1, "GO"))
             + V(D(2026, 2, 2), ("97530", 2, "GO"), ("97110", 1, "GO"))
             + V(D(2026, 2, 4), ("97530", 2, "GO"), ("97535", 1, "GO"), ("97140", 1, "GO"))
             + V(D(2026, 2, 9), ("97168", 1, "GO"), ("97530", 1, "GO"))),
    ]
    rec = Rec(("billed",))
    due = ZERO
    for cl in accts:
        for s in cl["svcs"]:
            commercial(s, stp)
            if s.code in LONG_DESC:
                s.desc = LONG_DESC[s.code]
        doc.need(80)
        doc.rect(X0, doc.y, 576 - X0, 26, fill=0.85)
        doc.text(X0 + 4, doc.y + 10, f"Patient: {cl['patient']}", B, 9)
        doc.text(572, doc.y + 10, f"Hospital account {cl['acct']}", R, 8, "r")
        doc.text(X0 + 4, doc.y + 22, cl["where"], R, 8)
        doc.y += 29
        colhead(doc)
        cur["cl"] = cl
        for s in cl["svcs"]:
            doc.need(22)
            vals = [dfmt(s.dos, "mdy2"), REV[s.code[:2]], " ".join((s.code,) + s.mods), s.desc, units_str(s.units),
                    money(s.billed, ",")]
            rec.line(doc, s, cl)
            doc.cells(cols, vals, R, 7.5, lead=9.5, wrapcol=3)
        cur["cl"] = None
        sv = cl["svcs"]
        owes = total(sv, "owes")
        due += owes
        hline(doc, X0 + 316, 576, doc.y, 0.4)
        for lab, v in [("Total charges", total(sv, "billed")),
                       (f"Wolf Prairie payment, claim {cl['icn']}", -total(sv, "paid")),
                       ("Wolf Prairie Health Plan contractual adjustment", -(total(sv, "billed") - total(sv, "paid")
                                                                            - owes)),
                       ("Your balance for this account", owes)]:
            doc.need(12)
            doc.text(X0 + 130, doc.y + 9, lab, B if lab.startswith(("Total", "Your")) else R, 7.5)
            doc.text(574, doc.y + 9, money(v, ","), R, 7.5, "r")
            doc.y += 11
        doc.y += 8
        rec.claim(cl, billed=total(sv, "billed"))
    doc.need(30)
    doc.text(X0, doc.y + 10, "Amounts you owe reflect your plan's deductible and coinsurance.", R, 8)
    n = doc.page_no
    for pg in doc.pages:
        for i, op in enumerate(pg):
            if op[0] == "t":
                if "{N}" in op[3]:
                    pg[i] = op[:3] + (op[3].replace("{N}", str(n)),) + op[4:]
                elif op[3] == "{DUE}":
                    pg[i] = op[:3] + ("$" + money(due, ","),) + op[4:]
    doc.save(path, "reportlab", "Guarantor Statement")
    return doc, rec, [], []


# ================================================================================================ driver
def build(out: Path) -> None:
    for name, fn in ALL.items():
        path = out / f"{name}.pdf"
        doc, rec, legend, findings = fn(path)
        f = FMT[name]
        write_truth(path, name, f["producer"], doc.page_no, (fn.__doc__ or name), rec.lines, rec.claims, legend,
                    findings)


def _lines(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: list[tuple[float, list]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        for r in rows:
            if abs(r[0] - w["top"]) < 2.0:
                r[1].append(w)
                break
        else:
            rows.append((w["top"], [w]))
    rows.sort(key=lambda r: r[0])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def check(out: Path) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    spill_files = 0
    for name in ALL:
        f = FMT[name]
        path = out / f"{name}.pdf"
        t = json.loads(Path(str(path) + ".truth.json").read_text())
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != t["pages"]:
                errs.append(f"{name}: pages {len(pdf.pages)} != {t['pages']}")
            plines = [_lines(p) for p in pdf.pages]
        ptext = ["\n".join(x) for x in plines]
        doc_text = "\n".join(ptext)
        pages_of_claim: dict = {}
        for i, ln in enumerate(t["lines"]):
            pg = ln["page"]
            key = (ln["claim_id"], ln["payer_claim_id"])
            pages_of_claim.setdefault(key, set()).add(pg)
            toks = list(f["code"](ln["code"], ln["modifiers"]))
            if f["date_on_row"]:
                toks.append(f["date"](date.fromisoformat(ln["service_date"])))
            if ln["units"] is not None:
                toks.append(f["units"](Decimal(ln["units"])))
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None:
                    toks.append(f["money"](Decimal(ln[k])))
            cand = [j for j, row in enumerate(plines[pg - 1]) if all(tok in row for tok in toks)]
            if not cand:
                errs.append(f"{name} line {i}: no text line on page {pg} holds {toks}")
                continue
            extra = [f.get("adj", str)(*a) for a in ln["adjustments"]] + list(ln["remarks"])
            if extra:
                ok = any(all(tok in "\n".join(plines[pg - 1][j:j + 4]) for tok in extra) for j in cand)
                if not ok:
                    errs.append(f"{name} line {i}: adjustments/remarks {extra} not at the row")
            if not f["date_on_row"] and f["date"](date.fromisoformat(ln["service_date"])) not in ptext[pg - 1]:
                errs.append(f"{name} line {i}: date not on page")
            near = "\n".join(ptext[max(0, pg - 2):pg + 1])
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in near:
                    errs.append(f"{name} line {i}: {k} {ln[k]!r} not on its page or a neighbour")
            if ln["adjustments"] and all(a[2] is not None for a in ln["adjustments"]):
                adj = sum(Decimal(a[2]) for a in ln["adjustments"])
                if Decimal(ln["billed"]) - adj != Decimal(ln["paid"]):
                    errs.append(f"{name} line {i}: billed - adjustments != paid")
        if any(len(v) > 1 for v in pages_of_claim.values()):
            spill_files += 1
        planted = " ".join(t["expected_findings"])
        for c in t["claims"]:
            rows = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"]) ==
                    (c["claim_id"], c["payer_claim_id"])]
            if not rows:
                errs.append(f"{name}: claim {c['payer_claim_id']} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum(Decimal(r[k]) for r in rows if r[k] is not None)
                if f["money"](Decimal(v)) not in doc_text:
                    errs.append(f"{name}: claim total {k} {v} not printed")
                is_planted = str(c["payer_claim_id"]) in planted and k == "patient_owes"
                if is_planted and s == Decimal(v):
                    errs.append(f"{name}: planted mismatch does not differ")
                if not is_planted and s != Decimal(v):
                    errs.append(f"{name}: claim {c['payer_claim_id']} {k} total {v} != lines {s}")
        for k, _ in t["legend"]:
            if k not in doc_text:
                errs.append(f"{name}: legend code {k} not printed")
    if spill_files < 3:
        errs.append(f"only {spill_files} files have a claim continuing onto a later page")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout168_"))
    out = out.resolve()
    if (REPO / "samples").resolve() in (out, *out.parents):
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    build(out)
    print(out)
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("CHECK:", e)
        n = sum(len(json.loads(p.read_text())["lines"]) for p in out.glob("*.truth.json"))
        pg = sum(json.loads(p.read_text())["pages"] for p in out.glob("*.truth.json"))
        print(f"{len(ALL)} files, {n} service lines, {pg} pages: " + ("CHECK OK" if not errs else
                                                                       f"{len(errs)} problems"))
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
