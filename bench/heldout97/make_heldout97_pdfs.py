"""Write the 97th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an independent,
honest measurement of the PDF reader on the five commonest real document kinds, two house styles each, in
styles unlike the earlier sets.

Run:  python bench/heldout97/make_heldout97_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout97/make_heldout97_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py): printed values only, null when a layout does
not print a value for the line (units included: no printed quantity -> units null). claim_id = the provider's
own account / patient-control / visit number; payer_claim_id = the payer's claim number / ICN / TCN;
patient = the person who got the service, exactly as printed. Adjustments are recorded only where the page
prints a group+reason code (amount null when the code is printed without an amount); plain "adjustment" money
columns with no code are not adjustments in the truth. Descriptions are null (not scored here). Every name,
number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic output
(reportlab invariant=1, fpdf2 fixed creation date, no randomness). Helper: h97draw.py (drawing + producers).

Layouts:
  k01 commercial plan member EOB for a family, portrait core Helvetica (reportlab): shaded claim heading per
      patient/claim, Date of Service / Code "97530 GO" / Billed / Not Covered / Discount / Allowed / Deductible
      / Copay / Coinsurance / Plan Paid / You Owe / Note, no units, a claim continues on page 2 under a
      repeated header with "(continued)", a not-covered line, lettered notes legend
  k02 commercial plan member EOB, landscape DejaVu Sans Condensed (fpdf2) with a left sidebar (deductible
      meter, contact box): Procedure / Units / Amount Charged / Ineligible / Member Rate / Applied to Deductible
      / Copay / Coinsurance / Paid by Plan / Your Responsibility / Reason, 3 family members, per-claim totals,
      PLANTED claim-total mismatch, one page
  k03 Medicare Summary Notice Part B, portrait Liberation Serif (reportlab): date + claim number per claim
      heading, services "Therapeutic activities (97530)" with no per-line date/units/modifiers, Service Approved?
      / Amount Provider Charged / Medicare-Approved Amount / Medicare Paid Provider / Maximum You May Be Billed /
      See Notes, a denied line, claim totals, notes section; multi-page
  k04 Medicare Advantage member EOB, portrait Liberation Sans (fpdf2): boxed claim cards "Claim ID" and
      "Provider account", Date / Procedure "97110-GP-KX" / Qty / Provider Charged / Plan Approved / Plan Paid /
      Your Share / Remarks, a card split across pages, remark legend
  k05 state Medicaid remittance advice, landscape core Courier (reportlab): PAID / DENIED / ADJUSTED sections,
      claim header rows (recipient, recip id, patient acct, TCN), detail lines From / Thru "01/05/26",
      PROC / MOD / UNITS "3.00" / BILLED / ALLOWED / PAID / EOB codes, reversal with trailing minus, column
      header repeated on each page, section and grand totals
  k06 state Medicaid remittance advice, portrait DejaVu Sans (fpdf2): boxed claim blocks (Member, Medicaid ID,
      Patient Acct #, ICN), Ln / Service Date / Procedure / Modifiers / Units / Billed / Allowed / Paid /
      CARC codes "CO-45" without amounts, denied claim, ruled rows, block continues onto next page
  k07 clearinghouse ERA claim print of a Medicare Part B payment, portrait Liberation Mono (reportlab): claim
      block "Patient / MBI / Patient Ctrl # / Payer Claim #", Service Date / CPT / Mods / Units / Charge /
      Allowed / Deduct / Coins / Adjustments "CO-45 12.34" stacked one per text line / Paid, claim totals,
      several patients, a claim continues to page 2
  k08 practice-management "Insurance Payment Posting Detail" of a Medicare payment, landscape Liberation Sans
      Narrow (fpdf2): one ruled row per line with account, patient and payer ICN on every row, DOS
      "01/05/2026", Proc / Mod / Units / Charges / Allowed / Deduct / Coins / Paid / Adj Codes "CO45 PR2
      CO253" (codes without amounts), per-patient subtotals, batch totals
  k09 outpatient therapy clinic family statement, portrait DejaVu Serif (reportlab): remittance stub, per-child
      visit blocks "Visit #" with insurer claim number, Date / Description / CPT "97530GO" / Charges /
      Ins. Paid / Adjustments / Patient Due, patient payments as non-service rows, visit subtotals
  k10 hospital outpatient-rehab household statement, portrait Liberation Serif (fpdf2) with a right sidebar:
      accounts per family member with insurer reference, Date / Rev / CPT-HCPCS / Mod / Qty / Charges /
      Insurance Paid / Adjustments / Balance, account totals, account rows run onto page 2

The self-check (--check) tests the factory, never the reader: page counts; each line's code, modifiers,
units and every printed amount (and the date where the layout prints it per line) appear together on ONE
text line of the truth's page (pdfplumber extraction); adjustments' codes (and amounts where printed),
remarks, dates, ids and patients on the page / in the document; billed - discount - not covered = allowed and
allowed - deductible - copay - coinsurance = paid where printed; billed - adjustments = paid where every
adjustment is printed with its amount; claim totals = sum of lines except for planted, declared mismatches
(which must really mismatch); and at least three files have a claim whose lines continue onto the next page.
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
    ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money, negate, q, total,
    truth_line, units_str, write_truth,
)
from h97draw import Doc  # noqa: E402

D = date
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)

# How each layout prints values (used to write AND to check): date style, money style + negative style,
# units format, which fields sit on the service's own text line, whether every adjustment is printed with amount.
SPEC: dict[str, dict] = {}


def U(u: Decimal, fmt: str) -> str:
    if fmt == "2dp":
        return f"{u:.2f}"
    if fmt == "1dp":
        return f"{u:.1f}"
    return units_str(u)


class Book:
    """Truth collector for one document."""

    def __init__(self, name: str):
        self.name, self.lines, self.claims, self.findings = name, [], [], []
        self.sp = SPEC[name]

    def m(self, d: Decimal) -> str:
        return money(d, self.sp["money"], self.sp["neg"])

    def d(self, x: date) -> str:
        return dfmt(x, self.sp["date"])

    def u(self, x: Decimal) -> str:
        return U(x, self.sp["units"])

    def add(self, page: int, s: Svc, c: dict, printed: tuple, **kw) -> None:
        self.lines.append(truth_line(page, s, claim_id=c.get("cid"), payer_claim_id=c.get("pcn"),
                                     patient=c.get("pat"), printed=printed, description=False, **kw))

    def claim(self, c: dict, **totals) -> None:
        self.claims.append({"claim_id": c.get("cid"), "payer_claim_id": c.get("pcn"), "patient": c.get("pat"),
                            "totals": claim_totals(**totals)})


MSGS = [
    "Important: keep this notice with your records. It shows how each service was handled.",
    "Check that you received every service listed. If something looks wrong, call us first.",
    "Using in-network providers keeps your share of the cost lower.",
    "You have the right to ask for a review of any decision shown here within 180 days.",
    "Your privacy matters: we never share claim details without your permission.",
    "Preventive visits are covered with no cost share when you see a network provider.",
    "Therapy visits count toward the yearly visit allowance shown in your benefit summary.",
    "If another plan also covers you, tell us so claims can be coordinated.",
    "Language help is free. Call the number on the back of your ID card.",
    "Fraud hurts everyone. Report anything suspicious to our integrity line.",
    "Payments made to providers are shown in the paid column; you do not receive them.",
    "Online statements are available once you sign in to your account.",
    "Save paper: switch to electronic notices in your account preferences.",
    "Amounts may not add across rows if a service was adjusted after processing.",
]


def messages(doc: Doc, n: int, font: str, size: float, x: float, title: str = "Messages") -> None:
    """n lines of notices (the layout picks n so a long claim runs onto the next page, as real ones do)."""
    if not n:
        return
    doc.text(x, doc.y, title, font, size + 1)
    doc.y += size + 4
    for j in range(n):
        doc.text(x + 6, doc.y, "- " + MSGS[j % len(MSGS)], font, size)
        doc.y += size + 3
    doc.y += 6


def svcs_commercial(st: PlanState, rows: list) -> list[Svc]:
    out = []
    for r in rows:
        s = Svc(*r[:4]) if len(r) >= 4 else Svc(*r)
        if len(r) > 4:
            s.denied = r[4]
        out.append(commercial(s, st, deny_reason="96"))
    return out


# =============================================================================================== k01
SPEC["k01"] = dict(date="mdy4", money="$", neg="-", units="plain", producer="reportlab",
                   row=("date", "code", "mods", "billed", "not_covered", "discount", "allowed", "deductible",
                        "copay", "coinsurance", "paid", "patient_owes", "remarks"), all_adj=False)


def k01(out: Path, pad: int = 0) -> None:
    b = Book("k01")
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("35.00")})
    claims = [
        dict(pat="Juniper Halvorsen", cid="RPT-55102", pcn="26014Q00871", prov="Riverbend Pediatric Therapy",
             svcs=svcs_commercial(st, [(D(2026, 1, 6), "97165", 1, ("GO",)), (D(2026, 1, 6), "97530", 2, ("GO",)),
                                       (D(2026, 1, 13), "97530", 3, ("GO",)), (D(2026, 1, 13), "97535", 1, ("GO",)),
                                       (D(2026, 1, 20), "97530", 3, ("GO",)), (D(2026, 1, 20), "97112", 1, ("GO", "59")),
                                       (D(2026, 1, 27), "97530", 2, ("GO",)), (D(2026, 1, 27), "97110", 2, ("GO",))])),
        dict(pat="Corwin Halvorsen", cid="0093317", pcn="26019Q01544", prov="Lakeshore Orthopaedic Associates",
             svcs=svcs_commercial(st, [(D(2026, 1, 8), "99213", 1, ()), (D(2026, 1, 8), "L3807", 1, ("RT",)),
                                       (D(2026, 1, 8), "0552T", 1, (), "PR")])),
        dict(pat="Tobias Halvorsen", cid="RPT-55377", pcn="26022Q00419", prov="Riverbend Pediatric Therapy",
             svcs=svcs_commercial(st, [(D(2026, 1, 9), "92523", 1, ("GN",)), (D(2026, 1, 16), "92507", 1, ("GN",)),
                                       (D(2026, 1, 23), "92507", 1, ("GN",)), (D(2026, 1, 30), "92507", 1, ("GN",)),
                                       (D(2026, 1, 30), "97129", 1, ("GN",), "PR")])),
        dict(pat="Greta Halvorsen", cid="SHP-240915", pcn="26027Q00236", prov="Stonebridge Hand & Physical Therapy",
             svcs=svcs_commercial(st, [(D(2026, 1, 12), "97161", 1, ("GP",)), (D(2026, 1, 12), "97140", 2, ("GP",)),
                                       (D(2026, 1, 14), "97110", 2, ("GP",)), (D(2026, 1, 14), "97140", 1, ("GP",)),
                                       (D(2026, 1, 19), "97110", 3, ("GP",)), (D(2026, 1, 19), "97112", 1, ("GP",)),
                                       (D(2026, 1, 21), "97110", 2, ("GP",)), (D(2026, 1, 21), "97530", 2, ("GP",)),
                                       (D(2026, 1, 26), "97110", 2, ("GP",)), (D(2026, 1, 26), "97140", 2, ("GP", "59")),
                                       (D(2026, 1, 28), "97110", 3, ("GP",)), (D(2026, 1, 28), "G0283", 1, ("GP",)),
                                       (D(2026, 1, 30), "97110", 2, ("GP",)), (D(2026, 1, 30), "97116", 1, ("GP",))])),
    ]
    for c in claims:
        for s in c["svcs"]:
            if s.denied:
                s.remarks = ["C"]
            elif s.deductible:
                s.remarks = ["A"]
            elif s.copay:
                s.remarks = ["B"]
    doc = Doc(*LETTER, top=40, bottom=70)
    xs = [("Date of Service", 36, "l"), ("Code", 96, "l"), ("Billed", 178, "r"), ("Not Covered", 224, "r"),
          ("Discount", 268, "r"), ("Allowed", 312, "r"), ("Deductible", 358, "r"), ("Copay", 398, "r"),
          ("Coinsurance", 448, "r"), ("Plan Paid", 494, "r"), ("You Owe", 538, "r"), ("Note", 560, "l")]
    cols = [(x, a) for _, x, a in xs]

    def furniture(d: Doc) -> None:
        d.text(36, 34, "BLUESTEM MUTUAL HEALTH PLAN", "Helvetica-Bold", 13)
        d.text(36, 47, "Explanation of Benefits  -  THIS IS NOT A BILL", "Helvetica", 9)
        d.text(576, 34, "Statement date: 02/03/2026", "Helvetica", 8, "r")
        d.text(576, 45, "Member ID: BMH884120337", "Helvetica", 8, "r")
        d.text(576, 56, f"Page {d.page} of {{NP}}", "Helvetica", 8, "r")
        d.line(36, 62, 576, 62, 1.2)
        d.text(306, 760, "Bluestem Mutual Health Plan  |  PO Box 7120, Cedar Hollow, MN 55990  |  1-800-555-0182",
               "Helvetica", 7, "c", 0.3)
        d.y = 78

    doc.on_new_page = furniture
    doc.new_page()
    doc.text(36, doc.y, "Greta Halvorsen", "Helvetica-Bold", 9)
    doc.text(36, doc.y + 11, "2218 Quarry Ridge Rd", "Helvetica", 8)
    doc.text(36, doc.y + 21, "Cedar Hollow MN 55991", "Helvetica", 8)
    doc.text(330, doc.y, "Subscriber: Greta Halvorsen", "Helvetica", 8)
    doc.text(330, doc.y + 11, "Group: Tamarack Cooperative Creamery  #T0417", "Helvetica", 8)
    doc.text(330, doc.y + 21, "Plan: Bluestem PPO 1500", "Helvetica", 8)
    doc.y += 40
    doc.text(36, doc.y, "Here is what happened with the claims we processed for your family since your last "
             "statement.", "Helvetica", 8)
    doc.y += 16
    messages(doc, pad, "Helvetica", 7.5, 36)

    def header(d: Doc) -> None:
        d.rect(36, d.y - 9, 540, 13, fill=0.85, stroke=False)
        for h, x, a in xs:
            d.text(x if a != "r" else x, d.y, h, "Helvetica-Bold", 6.6, a)
        d.y += 12

    for c in claims:
        doc.need(60)
        doc.rect(36, doc.y - 10, 540, 26, fill=0.94, stroke=True, lw=0.4)
        doc.text(40, doc.y, f"Patient: {c['pat']}", "Helvetica-Bold", 8)
        doc.text(230, doc.y, f"Claim # {c['pcn']}", "Helvetica", 8)
        doc.text(380, doc.y, f"Patient account # {c['cid']}", "Helvetica", 8)
        doc.text(40, doc.y + 11, f"Provider: {c['prov']}  (in network)", "Helvetica", 7.5)
        doc.text(380, doc.y + 11, "Processed: 02/02/2026", "Helvetica", 7.5)
        doc.y += 28
        header(doc)
        for s in c["svcs"]:
            if doc.need(12):
                doc.text(40, doc.y, f"Patient: {c['pat']}   Claim # {c['pcn']} (continued)", "Helvetica-Bold", 8)
                doc.y += 12
                header(doc)
            code = " ".join((s.code,) + s.mods)
            doc.row(cols, [b.d(s.dos), code, b.m(s.billed), b.m(s.not_covered), b.m(s.discount), b.m(s.allowed),
                           b.m(s.deductible), b.m(s.copay), b.m(s.coinsurance), b.m(s.paid), b.m(s.owes),
                           " ".join(s.remarks)], "Helvetica", 7)
            doc.line(36, doc.y + 3, 576, doc.y + 3, 0.2, 0.6)
            b.add(doc.page, s, c, ("billed", "not_covered", "discount", "allowed", "deductible", "copay",
                                   "coinsurance", "paid", "patient_owes"), units=False, remarks=s.remarks)
            doc.y += 12
        sv = c["svcs"]
        doc.row(cols, ["Claim total", None, b.m(total(sv, "billed")), b.m(total(sv, "not_covered")),
                       b.m(total(sv, "discount")), b.m(total(sv, "allowed")), b.m(total(sv, "deductible")),
                       b.m(total(sv, "copay")), b.m(total(sv, "coinsurance")), b.m(total(sv, "paid")),
                       b.m(total(sv, "owes"))], "Helvetica-Bold", 7)
        b.claim(c, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                patient_owes=total(sv, "owes"))
        doc.y += 22
    doc.need(70)
    doc.text(36, doc.y, "Notes", "Helvetica-Bold", 9)
    legend = [("A", "Part of this amount counts toward your yearly deductible."),
              ("B", "This is your fixed copay for an office visit under your plan."),
              ("C", "Not covered: this service is not a benefit of your plan. You may be billed for it.")]
    for i, (k, t) in enumerate(legend):
        doc.text(36, doc.y + 12 + 10 * i, f"{k}  {t}", "Helvetica", 7.5)
    doc.render_reportlab(out / "k01_commercial_family_eob.pdf", "Explanation of Benefits")
    write_truth(out / "k01_commercial_family_eob.pdf", "k01", "reportlab", len(doc.pages),
                "commercial plan family member EOB", b.lines, b.claims, legend)


# =============================================================================================== k02
SPEC["k02"] = dict(date="mdy2", money=",", neg="-", units="plain", producer="fpdf2",
                   row=("date", "code", "units", "billed", "not_covered", "allowed", "deductible", "copay",
                        "coinsurance", "paid", "patient_owes", "remarks"), all_adj=False)


def k02(out: Path) -> None:
    b = Book("k02")
    st = PlanState(ded_left=Decimal("250.00"), visit_copay=Decimal("30.00"))
    rows = {
        "Marisol Ybarra-Quint": [(D(2026, 1, 5), "97161", 1, ("GP",)), (D(2026, 1, 5), "97110", 2, ("GP",)),
                                 (D(2026, 1, 7), "97110", 2, ("GP",)), (D(2026, 1, 7), "97140", 1, ("GP",)),
                                 (D(2026, 1, 12), "97110", 3, ("GP",)), (D(2026, 1, 12), "97116", 1, ("GP",)),
                                 (D(2026, 1, 14), "97110", 2, ("GP",)), (D(2026, 1, 14), "G0283", 1, ("GP",), "PR")],
        "Dario Ybarra-Quint": [(D(2026, 1, 6), "97166", 1, ("GO",)), (D(2026, 1, 6), "97530", 2, ("GO",)),
                               (D(2026, 1, 13), "97530", 3, ("GO",)), (D(2026, 1, 13), "97535", 1, ("GO",)),
                               (D(2026, 1, 20), "97530", 2, ("GO",)), (D(2026, 1, 20), "97760", 1, ("GO",))],
        "Ines Ybarra-Quint": [(D(2026, 1, 9), "92526", 1, ("GN",)), (D(2026, 1, 16), "92526", 1, ("GN",)),
                              (D(2026, 1, 23), "92507", 1, ("GN",)), (D(2026, 1, 23), "92526", 1, ("GN",))],
    }
    meta = {"Marisol Ybarra-Quint": ("SPC-3381904", "W26A0004417", "Sandpiper Physical Therapy"),
            "Dario Ybarra-Quint": ("88120-01", "W26A0006092", "Tidewater Hand & OT Clinic"),
            "Ines Ybarra-Quint": ("SLP/20431", "W26A0007730", "Little Harbor Speech & Feeding")}
    claims = []
    for pat, r in rows.items():
        sv = svcs_commercial(st, r)
        for s in sv:
            s.remarks = ["NC2"] if s.denied else (["D1"] if s.deductible else (["CP"] if s.copay else []))
        cid, pcn, prov = meta[pat]
        claims.append(dict(pat=pat, cid=cid, pcn=pcn, prov=prov, svcs=sv))
    doc = Doc(*LAND, top=36, bottom=48)
    F, FB = "DejaVuSansCond", "DejaVuSansCond-Bold"
    L0 = 200
    xs = [("Date", L0, "l"), ("Procedure", L0 + 40, "l"), ("Units", L0 + 118, "r"), ("Amount Charged", L0 + 180, "r"),
          ("Ineligible", L0 + 226, "r"), ("Member Rate", L0 + 276, "r"), ("Applied to Ded.", L0 + 334, "r"),
          ("Copay", L0 + 368, "r"), ("Coinsurance", L0 + 420, "r"), ("Paid by Plan", L0 + 470, "r"),
          ("Your Resp.", L0 + 518, "r"), ("Reason", L0 + 528, "l")]
    cols = [(x, a) for _, x, a in xs]

    def furniture(d: Doc) -> None:
        d.rect(24, 24, 160, 564, fill=0.92, stroke=False)
        d.text(32, 44, "HARBORLIGHT", FB, 14)
        d.text(32, 58, "Health Partners", F, 10)
        d.text(32, 90, "Member", FB, 8)
        d.text(32, 101, "Rafael Ybarra-Quint", F, 8)
        d.text(32, 111, "ID  HLP 2201 7745 03", F, 8)
        d.text(32, 121, "Plan  Choice Copay 30", F, 8)
        d.text(32, 150, "Family deductible 2026", FB, 8)
        d.text(32, 161, "Met $250.00 of $1,000.00", F, 8)
        d.rect(32, 166, 140, 6, fill=1.0)
        d.rect(32, 166, 35, 6, fill=0.3, stroke=False)
        d.text(32, 196, "Questions?", FB, 8)
        d.text(32, 207, "Call 1-888-555-0144", F, 8)
        d.text(32, 217, "TTY 711, Mon-Fri 8-6", F, 8)
        d.text(32, 570, f"Page {d.page} of {{NP}}", F, 7)
        d.text(L0, 44, "Claim Detail Statement", FB, 14)
        d.text(768, 44, "Issued 01/31/26", F, 8, "r")
        d.text(L0, 58, "This is not a bill. Keep it with your records.", F, 8)
        d.line(L0, 64, 768, 64, 0.8)
        d.y = 80

    doc.on_new_page = furniture
    doc.new_page()

    def header(d: Doc) -> None:
        d.line(L0, d.y - 9, 768, d.y - 9, 0.4)
        for h, x, a in xs:
            d.text(x, d.y, h, FB, 6.8, a)
        d.line(L0, d.y + 3, 768, d.y + 3, 0.4)
        d.y += 13

    for i, c in enumerate(claims):
        doc.need(50)
        doc.text(L0, doc.y, f"{c['pat']}", FB, 9)
        doc.text(L0 + 130, doc.y, f"Claim Number {c['pcn']}", F, 8)
        doc.text(L0 + 280, doc.y, f"Provider acct {c['cid']}", F, 8)
        doc.text(L0, doc.y + 11, f"Seen by: {c['prov']}, network provider", F, 7.5)
        doc.y += 24
        header(doc)
        for s in c["svcs"]:
            if doc.need(12):
                doc.text(L0, doc.y, f"{c['pat']} - Claim Number {c['pcn']} continued", FB, 8)
                doc.y += 12
                header(doc)
            doc.row(cols, [b.d(s.dos), "-".join((s.code,) + s.mods), b.u(s.units), b.m(s.billed),
                           b.m(s.not_covered), b.m(s.allowed), b.m(s.deductible), b.m(s.copay), b.m(s.coinsurance),
                           b.m(s.paid), b.m(s.owes), " ".join(s.remarks)], F, 7.2)
            b.add(doc.page, s, c, ("billed", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                                   "paid", "patient_owes"), remarks=s.remarks)
            doc.y += 12
        sv = c["svcs"]
        tb, tal, tp, to = (total(sv, k) for k in ("billed", "allowed", "paid", "owes"))
        if i == 1:  # planted: printed plan-paid total is 10.00 too high
            good = tp
            tp = tp + Decimal("10.00")
            b.findings.append(f"claim-total-mismatch claim {c['pcn']}: printed Paid by Plan total {tp:.2f} but "
                              f"the lines add up to {good:.2f}")
        doc.line(L0, doc.y - 8, 768, doc.y - 8, 0.3)
        doc.row(cols, ["Totals", None, None, b.m(tb), b.m(total(sv, "not_covered")), b.m(tal),
                       b.m(total(sv, "deductible")), b.m(total(sv, "copay")), b.m(total(sv, "coinsurance")),
                       b.m(tp), b.m(to)], FB, 7.2)
        b.claim(c, billed=tb, allowed=tal, paid=tp, patient_owes=to)
        doc.y += 24
    legend = [("D1", "Amount went toward the family deductible."), ("CP", "Your office visit copay for the day."),
              ("NC2", "Plan does not cover this service; the provider may bill you.")]
    doc.need(50)
    doc.text(L0, doc.y, "Reason codes", FB, 8)
    for j, (k, t) in enumerate(legend):
        doc.text(L0, doc.y + 11 + 10 * j, f"{k}: {t}", F, 7.5)
    doc.render_fpdf(out / "k02_commercial_claim_detail.pdf", "Claim Detail Statement")
    write_truth(out / "k02_commercial_claim_detail.pdf", "k02", "fpdf2", len(doc.pages),
                "commercial plan member EOB with sidebar", b.lines, b.claims, legend, b.findings)


# =============================================================================================== k03
SPEC["k03"] = dict(date="month", money="$", neg="-", units="plain", producer="reportlab",
                   row=("code", "billed", "allowed", "paid", "patient_owes", "remarks"), all_adj=False)


def k03(out: Path) -> None:
    b = Book("k03")
    st = PlanState(ded_left=Decimal("40.00"))
    pat = "WALTER P. ENSLEY"
    plan = [
        (D(2026, 1, 5), "52601005318840", "Keystone Valley Rehabilitation", [("97163", 1), ("97110", 2), ("97140", 1)]),
        (D(2026, 1, 8), "52601008402261", "Keystone Valley Rehabilitation", [("97110", 3), ("97112", 1),
                                                                             ("G0283", 1)]),
        (D(2026, 1, 12), "52601012117905", "Brookmere Family Medicine", [("99213", 1)]),
        (D(2026, 1, 15), "52601015520043", "Keystone Valley Rehabilitation", [("97110", 2), ("97116", 2),
                                                                              ("0552T", 1)]),
        (D(2026, 1, 20), "52601020076612", "Keystone Valley Rehabilitation", [("97110", 2), ("97530", 2),
                                                                              ("97140", 1)]),
        (D(2026, 1, 22), "52601022931177", "Keystone Valley Rehabilitation", [("97110", 3), ("97112", 1)]),
    ]
    claims = []
    for dos, pcn, prov, lines in plan:
        sv = []
        for code, u in lines:
            s = Svc(dos, code, u, ())
            if code == "0552T":
                s.denied = "PR"
            s = medicare(s, st, sequestration=True)
            s.remarks = ["C"] if s.denied else (["A"] if s.deductible else [])
            sv.append(s)
        claims.append(dict(pat=pat, cid=None, pcn=pcn, prov=prov, svcs=sv, dos=dos))
    doc = Doc(*LETTER, top=40, bottom=60)
    F, FB = "LibSerif", "LibSerif-Bold"

    def furniture(d: Doc) -> None:
        d.text(36, 40, "Medicare Summary Notice for Part B (Medical Insurance)", FB, 13)
        d.text(36, 54, f"{pat}   |   Notice date: February 4, 2026", F, 9)
        d.text(576, 54, f"Page {d.page} of {{NP}}", F, 9, "r")
        d.line(36, 60, 576, 60, 1.5)
        d.text(306, 770, "If you need help, call 1-800-555-0117. TTY users: 1-877-555-0148.", F, 8, "c")
        d.y = 76

    doc.on_new_page = furniture
    doc.new_page()
    doc.text(36, doc.y, "Your Claims for Part B (Medical Insurance)", FB, 11)
    doc.text(36, doc.y + 13, "Part B helps pay for doctors, outpatient therapy and supplies. Check that you got "
             "each service listed below.", F, 8.5)
    doc.y += 32
    cx = [(36, "l"), (300, "c"), (372, "r"), (432, "r"), (492, "r"), (548, "r"), (556, "l")]

    def header(d: Doc) -> None:
        d.rect(36, d.y - 10, 540, 24, fill=0.88, stroke=False)
        hd = [("Service Provided & Billing Code", 36), ("Service", 300), ("Amount", 372), ("Medicare-", 432),
              ("Medicare", 492), ("Maximum You", 548), ("See", 556)]
        hd2 = [("", 36), ("Approved?", 300), ("Provider Charged", 372), ("Approved Amount", 432),
               ("Paid Provider", 492), ("May Be Billed", 548), ("Notes", 556)]
        for (t, x), (_, a) in zip(hd, cx):
            d.text(x + (4 if a == "l" else 0), d.y - 1, t, FB, 7, a)
        for (t, x), (_, a) in zip(hd2, cx):
            d.text(x + (4 if a == "l" else 0), d.y + 8, t, FB, 7, a)
        d.y += 24

    for c in claims:
        doc.need(70)
        doc.text(36, doc.y, f"{dfmt(c['dos'], 'month')}", FB, 10)
        doc.text(36, doc.y + 12, f"{c['prov']}, 71 Millrace Street, Harrow PA 17602", F, 8.5)
        doc.text(36, doc.y + 23, "Claim number " + c["pcn"], F, 8.5)
        doc.y += 40
        header(doc)
        for s in c["svcs"]:
            if doc.need(14):
                doc.text(36, doc.y, f"{dfmt(c['dos'], 'month')} claim {c['pcn']} (continued)", FB, 9)
                doc.y += 14
                header(doc)
            doc.row(cx, [f"{s.desc} ({s.code})", "No" if s.denied else "Yes", b.m(s.billed), b.m(s.allowed),
                         b.m(s.paid), b.m(s.owes), " ".join(s.remarks)], F, 8)
            b.add(doc.page, s, c, ("billed", "allowed", "paid", "patient_owes"), units=False,
                  remarks=s.remarks)
            doc.line(36, doc.y + 4, 576, doc.y + 4, 0.3, 0.5)
            doc.y += 14
        sv = c["svcs"]
        doc.row(cx, ["Total for this claim", None, b.m(total(sv, "billed")), b.m(total(sv, "allowed")),
                     b.m(total(sv, "paid")), b.m(total(sv, "owes"))], FB, 8)
        b.claim(c, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                patient_owes=total(sv, "owes"))
        doc.y += 26
    legend = [("A", "This approved amount went toward your Part B deductible for the year."),
              ("C", "Medicare does not pay for this item because it is not considered reasonable or needed. "
                    "You were told in advance and may have to pay.")]
    doc.need(60)
    doc.text(36, doc.y, "Notes for Claims Above", FB, 10)
    for j, (k, t) in enumerate(legend):
        doc.text(36, doc.y + 14 + 12 * j, f"{k}  {t}", F, 8)
    doc.render_reportlab(out / "k03_medicare_summary_notice.pdf", "Medicare Summary Notice")
    write_truth(out / "k03_medicare_summary_notice.pdf", "k03", "reportlab", len(doc.pages),
                "Medicare Summary Notice Part B", b.lines, b.claims, legend)


# =============================================================================================== k04
SPEC["k04"] = dict(date="mdy4", money="$", neg="-", units="plain", producer="fpdf2",
                   row=("date", "code", "mods", "units", "billed", "allowed", "paid", "patient_owes", "remarks"),
                   all_adj=False)


def k04(out: Path, pad: int = 0) -> None:
    b = Book("k04")
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.55"))
    pat = "Lorraine B. Castellanos"
    spec = [
        ("MAC2601-000081734", "PT-771620", "Oakhurst Outpatient Rehab", [
            (D(2026, 1, 6), "97161", 1, ("GP",)), (D(2026, 1, 6), "97110", 2, ("GP",)),
            (D(2026, 1, 9), "97110", 2, ("GP",)), (D(2026, 1, 9), "97140", 2, ("GP", "CQ")),
            (D(2026, 1, 13), "97110", 3, ("GP", "KX")), (D(2026, 1, 13), "97112", 1, ("GP", "KX")),
            (D(2026, 1, 16), "97110", 2, ("GP", "KX")), (D(2026, 1, 16), "97530", 2, ("GP", "KX")),
            (D(2026, 1, 20), "97110", 2, ("GP", "KX")), (D(2026, 1, 20), "97140", 1, ("GP", "CQ", "KX")),
            (D(2026, 1, 23), "97116", 2, ("GP", "KX")), (D(2026, 1, 23), "G0283", 1, ("GP",), "CO")]),
        ("MAC2601-000093310", "E4471093", "Brookline Hand Surgery Group", [
            (D(2026, 1, 21), "99213", 1, ()), (D(2026, 1, 21), "L3807", 1, ("LT",))]),
        ("MAC2601-000102259", "PT-772044", "Oakhurst Outpatient Rehab", [
            (D(2026, 1, 27), "97110", 3, ("GP", "KX")), (D(2026, 1, 27), "97116", 1, ("GP", "KX"))]),
        ("MAC2601-000110472", "ST-30981", "Oakhurst Outpatient Rehab - Speech", [
            (D(2026, 1, 7), "92523", 1, ("GN",)), (D(2026, 1, 8), "92507", 1, ("GN",)),
            (D(2026, 1, 12), "92507", 1, ("GN",)), (D(2026, 1, 14), "92526", 1, ("GN",)),
            (D(2026, 1, 19), "92507", 1, ("GN",)), (D(2026, 1, 21), "92507", 1, ("GN", "KX")),
            (D(2026, 1, 26), "92507", 1, ("GN", "KX")), (D(2026, 1, 28), "92526", 1, ("GN", "KX")),
            (D(2026, 1, 28), "97129", 1, ("GN", "KX")), (D(2026, 1, 30), "92507", 1, ("GN", "KX"))]),
        ("MAC2601-000118830", "PT-772391", "Oakhurst Outpatient Rehab", [
            (D(2026, 1, 29), "97110", 2, ("GP", "KX")), (D(2026, 1, 29), "97140", 1, ("GP", "CQ", "KX")),
            (D(2026, 1, 30), "97110", 2, ("GP", "KX")), (D(2026, 1, 30), "97112", 1, ("GP", "KX")),
            (D(2026, 1, 30), "97530", 1, ("GP", "KX"))]),
    ]
    claims = []
    for pcn, cid, prov, rows in spec:
        sv = svcs_commercial(st, rows)
        for s in sv:
            s.remarks = ["X7"] if s.denied else (["P1"] if "CQ" in s.mods else [])
        claims.append(dict(pat=pat, cid=cid, pcn=pcn, prov=prov, svcs=sv))
    doc = Doc(*LETTER, top=40, bottom=56)
    F, FB = "LibSans", "LibSans-Bold"

    def furniture(d: Doc) -> None:
        d.text(40, 42, "Evergreen Crest Medicare Advantage (PPO)", FB, 12)
        d.text(40, 55, "Explanation of Benefits for medical services - January 2026", F, 9)
        d.text(572, 42, f"Member: {pat}", F, 8, "r")
        d.text(572, 53, "Member ID: ECM 61-44090-2", F, 8, "r")
        d.line(40, 62, 572, 62, 0.6)
        d.text(40, 770, "Evergreen Crest Health Plans, 900 Alderbrook Way, Tacoma Falls WA 98455", F, 7)
        d.text(572, 770, f"Page {d.page} of {{NP}}", F, 7, "r")
        d.y = 80

    doc.on_new_page = furniture
    doc.new_page()
    messages(doc, pad, F, 7.5, 40, "Plan news")
    doc.text(40, doc.y, "Your medical claims this period", FB, 11)
    doc.y += 20
    cx = [(48, "l"), (104, "l"), (200, "r"), (262, "r"), (322, "r"), (378, "r"), (430, "r"), (444, "l")]
    hd = ["Date", "Procedure", "Qty", "Provider Charged", "Plan Approved", "Plan Paid", "Your Share", "Remarks"]

    def header(d: Doc) -> None:
        d.row(cx, hd, FB, 7.2)
        d.line(44, d.y + 3, 568, d.y + 3, 0.4)
        d.y += 13

    for c in claims:
        doc.need(64)
        top = doc.y - 12
        doc.text(48, doc.y, f"Claim ID: {c['pcn']}", FB, 8.5)
        doc.text(260, doc.y, f"Provider account: {c['cid']}", F, 8)
        doc.text(48, doc.y + 11, f"{c['prov']} (in network)  -  claim processed 02/05/2026", F, 8)
        doc.y += 26
        header(doc)
        for s in c["svcs"]:
            if doc.need(12):
                doc.text(48, doc.y, f"Claim ID: {c['pcn']} - continued from previous page", FB, 8)
                doc.y += 14
                top = doc.y - 24
                header(doc)
            doc.row(cx, [b.d(s.dos), "-".join((s.code,) + s.mods), b.u(s.units), b.m(s.billed), b.m(s.allowed),
                         b.m(s.paid), b.m(s.owes), " ".join(s.remarks)], F, 7.6)
            b.add(doc.page, s, c, ("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks)
            doc.y += 12
        sv = c["svcs"]
        doc.row(cx, ["Claim totals", None, None, b.m(total(sv, "billed")), b.m(total(sv, "allowed")),
                     b.m(total(sv, "paid")), b.m(total(sv, "owes"))], FB, 7.6)
        b.claim(c, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                patient_owes=total(sv, "owes"))
        doc.rect(44, top, 524, doc.y + 6 - top, stroke=True, lw=0.6)
        doc.y += 26
    legend = [("P1", "Service given by a therapy assistant; the plan pays a reduced rate."),
              ("X7", "This item is not covered by your plan. The network provider cannot bill you for it.")]
    doc.need(50)
    doc.text(40, doc.y, "Remarks", FB, 9)
    for j, (k, t) in enumerate(legend):
        doc.text(40, doc.y + 12 + 10 * j, f"{k}  {t}", F, 7.5)
    doc.render_fpdf(out / "k04_medicare_advantage_eob.pdf", "Medicare Advantage EOB")
    write_truth(out / "k04_medicare_advantage_eob.pdf", "k04", "fpdf2", len(doc.pages),
                "Medicare Advantage member EOB", b.lines, b.claims, legend)


# =============================================================================================== k05
SPEC["k05"] = dict(date="mdy2", money=",", neg="trail", units="2dp", producer="reportlab",
                   row=("date", "code", "mods", "units", "billed", "allowed", "paid", "remarks"), all_adj=False)


def k05(out: Path) -> None:
    b = Book("k05")
    recips = [("MOREAU, ASHA K", "70023318841", "WV-11820"), ("PELLETIER, JONAH", "70019904127", "WV-11823"),
              ("MOREAU, CALLUM", "70023318859", "WV-11827"), ("OYELARAN, TEMI", "70031154276", "WV-11840"),
              ("VANTERPOOL, REESE", "70028860013", "WV-11851"), ("PELLETIER, NOOR", "70019904135", "WV-11856")]
    codes = [[("97165", 1, ("GO",)), ("97530", 3, ("GO",)), ("97535", 2, ("GO",))],
             [("92507", 1, ("GN",)), ("92526", 1, ("GN",))],
             [("97530", 4, ("GO",)), ("97112", 2, ("GO",)), ("97110", 2, ("GO", "59"))],
             [("97161", 1, ("GP",)), ("97110", 3, ("GP",)), ("97140", 2, ("GP",))],
             [("92523", 1, ("GN",)), ("92507", 1, ("GN",))],
             [("97530", 3, ("GO",)), ("97168", 1, ("GO",)), ("97150", 2, ("GO",))]]
    paid, denied, adjusted = [], [], []
    for i, ((nm, rid, acct), cl) in enumerate(zip(recips, codes)):
        for wk in range(2):
            dos = D(2026, 1, 5 + 7 * wk + i % 3)
            sv = []
            for code, u, mods in cl:
                s = Svc(dos, code, u, mods)
                s = medicaid(s)
                s.remarks = ["0093"] if s.discount else []
                sv.append(s)
            paid.append(dict(pat=nm, rid=rid, cid=f"{acct}-{wk + 1}", pcn=f"226{12 + i:02d}{wk}0{340 + 17 * i + wk:05d}",
                             svcs=sv))
    for nm, rid, acct, dos, cl in [("OYELARAN, TEMI", "70031154276", "WV-11841", D(2026, 1, 9),
                                    [("97110", 2, ("GP",)), ("97140", 1, ("GP",))]),
                                   ("MOREAU, CALLUM", "70023318859", "WV-11829", D(2026, 1, 14),
                                    [("97129", 2, ("GO",))])]:
        sv = []
        for code, u, mods in cl:
            s = medicaid(Svc(dos, code, u, mods, denied="CO"))
            s.remarks = ["0217", "0140"]
            sv.append(s)
        denied.append(dict(pat=nm, rid=rid, cid=acct, pcn=f"2260{len(denied) + 7}00{88120 + len(denied):05d}", svcs=sv))
    base = [medicaid(Svc(D(2025, 12, 15), "97530", 3, ("GO",))), medicaid(Svc(D(2025, 12, 15), "97535", 1, ("GO",)))]
    rev = [negate(s) for s in base]
    for s in rev:
        s.remarks = ["0801"]
    new = [medicaid(Svc(D(2025, 12, 15), "97530", 4, ("GO",))), medicaid(Svc(D(2025, 12, 15), "97535", 1, ("GO",)))]
    for s in new:
        s.remarks = ["0802"]
    adjusted.append(dict(pat="VANTERPOOL, REESE", rid="70028860013", cid="WV-11608", pcn="2253490012277",
                         svcs=rev, note="ORIGINAL CLAIM REVERSED"))
    adjusted.append(dict(pat="VANTERPOOL, REESE", rid="70028860013", cid="WV-11608", pcn="2260310004418",
                         svcs=new, note="REPLACEMENT CLAIM"))
    doc = Doc(*LAND, top=30, bottom=40)
    F, FB = "Courier", "Courier-Bold"
    cx = [(40, "l"), (64, "l"), (118, "l"), (172, "l"), (218, "l"), (300, "r"), (370, "r"), (440, "r"),
          (500, "r"), (520, "l")]
    hd = ["LN", "FROM DOS", "THRU DOS", "PROC", "MODS", "UNITS", "BILLED AMT", "ALLOWED AMT", "PAID AMT", "EOB CODES"]
    section = {"s": "PAID CLAIMS"}

    def furniture(d: Doc) -> None:
        d.text(396, 34, "WESTMARCH DEPARTMENT OF HUMAN SERVICES - MEDICAL ASSISTANCE PROGRAM", FB, 9, "c")
        d.text(396, 45, "REMITTANCE ADVICE", FB, 9, "c")
        d.text(40, 60, "PROVIDER: BRIGHTWATER CHILDREN'S THERAPY LLC   PROV ID: 0044718205   NPI: 1992847310", F, 7.5)
        d.text(40, 70, "RA NUMBER: 0000481177   WARRANT DATE: 01/30/26   PAYMENT METHOD: EFT", F, 7.5)
        d.text(752, 60, f"PAGE: {d.page:>4} OF {{NP}}", F, 7.5, "r")
        d.text(40, 86, f"*** {section['s']} ***", FB, 8)
        d.line(40, 91, 752, 91, 0.5)
        d.y = 102
        d.row(cx, hd, FB, 7)
        d.line(40, d.y + 3, 752, d.y + 3, 0.5)
        d.y += 14

    doc.on_new_page = furniture
    grand = [ZERO, ZERO, ZERO]
    first = True
    for title, group in (("PAID CLAIMS", paid), ("DENIED CLAIMS", denied), ("ADJUSTED CLAIMS", adjusted)):
        section["s"] = title
        if first:
            doc.new_page()
            first = False
        else:
            doc.need(60)
            doc.y += 6
            doc.text(40, doc.y, f"*** {title} ***", FB, 8)
            doc.y += 14
        st = [ZERO, ZERO, ZERO]
        for c in group:
            doc.need(22)
            doc.text(40, doc.y, f"RECIP: {c['pat']:<22} RECIP ID: {c['rid']}  PAT ACCT: {c['cid']:<10} "
                     f"TCN: {c['pcn']}" + (f"  {c['note']}" if c.get("note") else ""), FB, 7)
            doc.y += 11
            for n, s in enumerate(c["svcs"], 1):
                if doc.need(11):
                    doc.text(40, doc.y, f"RECIP: {c['pat']}  TCN: {c['pcn']}  (CONT)", FB, 7)
                    doc.y += 11
                doc.row(cx, [f"{n:02d}", b.d(s.dos), b.d(s.dos), s.code, " ".join(s.mods), b.u(s.units),
                             b.m(s.billed), b.m(s.allowed), b.m(s.paid), " ".join(s.remarks)], F, 7)
                b.add(doc.page, s, c, ("billed", "allowed", "paid"), remarks=s.remarks)
                doc.y += 10
            sv = c["svcs"]
            t = [total(sv, k) for k in ("billed", "allowed", "paid")]
            doc.row(cx[5:9], ["CLAIM TOTAL", b.m(t[0]), b.m(t[1]), b.m(t[2])], F, 7)
            b.claim(c, billed=t[0], allowed=t[1], paid=t[2])
            st = [x + y for x, y in zip(st, t)]
            doc.y += 14
        doc.row(cx[5:9], [f"{title.split()[0]} TOTAL", b.m(st[0]), b.m(st[1]), b.m(st[2])], FB, 7)
        grand = [x + y for x, y in zip(grand, st)]
        doc.y += 16
    doc.need(80)
    doc.text(40, doc.y, f"PAYMENT SUMMARY   CLAIMS BILLED {b.m(grand[0])}   NET PAYMENT {b.m(grand[2])}", FB, 7.5)
    legend = [("0093", "PAID AT THE PROGRAM FEE SCHEDULE RATE."), ("0217", "SERVICE NEEDS AN APPROVED PRIOR "
              "AUTHORIZATION ON FILE."), ("0140", "UNITS BILLED ARE OVER THE LIMIT FOR THE PERIOD."),
              ("0801", "ORIGINAL PAYMENT TAKEN BACK FOR CORRECTION."), ("0802", "CORRECTED CLAIM PAID.")]
    doc.text(40, doc.y + 14, "EOB CODE DESCRIPTIONS", FB, 7.5)
    for j, (k, t) in enumerate(legend):
        doc.text(40, doc.y + 25 + 9 * j, f"{k}  {t}", F, 7)
    doc.render_reportlab(out / "k05_medicaid_ra_courier.pdf", "Remittance Advice")
    write_truth(out / "k05_medicaid_ra_courier.pdf", "k05", "reportlab", len(doc.pages),
                "state Medicaid remittance advice", b.lines, b.claims, legend)


# =============================================================================================== k06
SPEC["k06"] = dict(date="mdy4", money=",", neg="-", units="plain", producer="fpdf2",
                   row=("date", "code", "mods", "units", "billed", "allowed", "paid"), all_adj=False, adj_sep="-")


def k06(out: Path, pad: int = 0) -> None:
    b = Book("k06")
    people = [("Kaia Brightwell", "MC40017723", "BT1047"), ("Soren Brightwell", "MC40017731", "BT1048"),
              ("Amara Delacourt-Nye", "MC40220418", "BT1052"), ("Felix Oduya", "MC40388105", "BT1060"),
              ("Priya Vanterhout", "MC40411296", "BT1066")]
    plans = [[("92523", 1, ("GN",)), ("92507", 1, ("GN",))] + [("92507", 1, ("GN",))] * 0,
             [("97530", 2, ("GO",)), ("97110", 1, ("GO",)), ("97112", 2, ("GO", "59"))],
             [("97167", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 2, ("GO",)), ("97760", 1, ("GO",))],
             [("97530", 3, ("GO",)), ("97150", 2, ("GO",))],
             [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97116", 2, ("GP",))]]
    claims = []
    for i, ((nm, mid, acct), pl) in enumerate(zip(people, plans)):
        for v in range(3 if i in (1, 2) else 2):
            dos = D(2026, 1, 6 + 7 * v + i)
            sv = []
            for code, u, mods in pl:
                s = medicaid(Svc(dos, code, u, mods, denied="CO" if (i == 3 and v == 1) else None),
                             deny_reason="15")
                sv.append(s)
            for s in sv:
                s.remarks = ["N54"] if s.denied else []
            claims.append(dict(pat=nm, mid=mid, cid=f"{acct}{v + 1:02d}", pcn=f"92026{i:01d}{v:01d}{7710 + i * 31 + v:05d}",
                               svcs=sv))
    doc = Doc(*LETTER, top=40, bottom=50)
    F, FB = "DejaVuSans", "DejaVuSans-Bold"
    cx = [(50, "l"), (68, "l"), (128, "l"), (178, "l"), (238, "r"), (300, "r"), (360, "r"), (420, "r"), (434, "l")]
    hd = ["Ln", "Service Date", "Procedure", "Modifiers", "Units", "Billed", "Allowed", "Paid", "Adj Codes"]

    def furniture(d: Doc) -> None:
        d.rect(40, 28, 532, 40, fill=0.9, stroke=True)
        d.text(48, 44, "Lakeland State Medicaid", FB, 12)
        d.text(48, 59, "Provider Remittance Advice  -  Cycle 2026-04", F, 8)
        d.text(564, 44, "Harborview Pediatric Rehab, NPI 1730048821", F, 7.5, "r")
        d.text(564, 56, "Payment date 02/06/2026   Check/EFT 0007719340", F, 7.5, "r")
        d.text(306, 772, f"Page {d.page} of {{NP}}", F, 7, "c")
        d.y = 86

    doc.on_new_page = furniture
    doc.new_page()
    messages(doc, pad, F, 7, 44, "Provider messages")

    def header(d: Doc) -> None:
        d.rect(44, d.y - 9, 524, 12, fill=0.8, stroke=False)
        d.row(cx, hd, FB, 6.8)
        d.y += 12

    def head(d: Doc, c: dict, cont: bool = False) -> None:
        d.text(50, d.y, f"Member: {c['pat']}", FB, 7.6)
        d.text(220, d.y, f"Medicaid ID: {c['mid']}", F, 7.4)
        d.text(370, d.y, f"Patient Acct #: {c['cid']}", F, 7.4)
        d.text(50, d.y + 10, f"ICN: {c['pcn']}" + ("   (continued)" if cont else
                                                       f"   Claim status: {'Denied' if c['svcs'][0].denied else 'Paid'}"),
               F, 7.4)
        d.y += 22

    for c in claims:
        doc.need(48)
        top = doc.y - 11
        head(doc, c)
        header(doc)
        for n, s in enumerate(c["svcs"], 1):
            if doc.need(13):
                top = doc.y - 11
                head(doc, c, True)
                header(doc)
            adj = [(g, r, None) for g, r, a in s.adjs]
            doc.row(cx, [str(n), b.d(s.dos), s.code, " ".join(s.mods), b.u(s.units), b.m(s.billed), b.m(s.allowed),
                         b.m(s.paid), " ".join(f"{g}-{r}" for g, r, _ in adj) + (" " + " ".join(s.remarks)
                                                                              if s.remarks else "")], F, 7.2)
            doc.line(44, doc.y + 3, 568, doc.y + 3, 0.3, 0.6)
            b.add(doc.page, s, c, ("billed", "allowed", "paid"), adjustments=adj, remarks=s.remarks)
            doc.y += 13
        sv = c["svcs"]
        doc.row(cx[4:8], ["Claim total", b.m(total(sv, "billed")), b.m(total(sv, "allowed")), b.m(total(sv, "paid"))],
                FB, 7.2)
        b.claim(c, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"))
        doc.rect(44, top, 524, doc.y + 5 - top, stroke=True)
        doc.y += 22
    legend = [("CO-45", "Charge is above the program's maximum; provider writes off the difference."),
              ("CO-15", "No valid authorization on file for the service."),
              ("N54", "Claim information is not consistent with the approved service plan.")]
    doc.need(50)
    doc.text(44, doc.y, "Adjustment and remark code glossary", FB, 8)
    for j, (k, t) in enumerate(legend):
        doc.text(44, doc.y + 11 + 10 * j, f"{k}  {t}", F, 7)
    doc.render_fpdf(out / "k06_medicaid_ra_boxed.pdf", "Provider Remittance Advice")
    write_truth(out / "k06_medicaid_ra_boxed.pdf", "k06", "fpdf2", len(doc.pages),
                "state Medicaid remittance advice, boxed claims", b.lines, b.claims, legend)


# =============================================================================================== k07
SPEC["k07"] = dict(date="mdy2", money=",", neg="-", units="plain", producer="reportlab",
                   row=("date", "code", "mods", "units", "billed", "allowed", "deductible", "coinsurance", "paid"),
                   all_adj=True, adj_sep="-")


def k07(out: Path, pad: int = 0) -> None:
    b = Book("k07")
    st = PlanState(ded_left=Decimal("60.00"))
    pts = [("BARNSDALE, HOLLIS", "4TR8-KD2-WN61", "HTC00412"), ("QUARLES, MAVIS E", "7JX1-PF4-HC83", "HTC00419"),
           ("BARNSDALE, OPAL", "4TR8-KD2-WN79", "HTC00433"), ("TEMPLETON, AUGUST", "2MW6-RT9-EE14", "HTC00441")]
    rows = [[("97165", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 2, ("GO",)), ("97140", 1, ("GO", "59"))],
            [("97110", 3, ("GP",)), ("97112", 2, ("GP",)), ("97140", 2, ("GP", "CQ")), ("97116", 2, ("GP",)),
             ("G0283", 1, ("GP",)), ("97530", 2, ("GP",)), ("97110", 2, ("GP", "KX")), ("97112", 1, ("GP", "KX"))],
            [("92507", 1, ("GN",)), ("92526", 1, ("GN",))],
            [("97168", 1, ("GO",)), ("97530", 3, ("GO", "KX")), ("97760", 2, ("GO", "KX")), ("L3807", 1, ("LT",))]]
    claims = []
    for i, ((nm, mbi, acct), rr) in enumerate(zip(pts, rows)):
        for v in range(2 if i != 1 else 1):
            dos = D(2026, 1, 7 + 9 * v + i)
            sv = [medicare(Svc(dos, c, u, m), st) for c, u, m in rr]
            claims.append(dict(pat=nm, mbi=mbi, cid=f"{acct}-{v + 1}", pcn=f"{261000 + 37 * i + v}{i}{v}88{4300 + i:04d}",
                               svcs=sv))
    doc = Doc(*LETTER, top=40, bottom=50)
    F, FB = "LibMono", "LibMono-Bold"
    cx = [(36, "l"), (86, "l"), (126, "l"), (194, "r"), (250, "r"), (304, "r"), (350, "r"), (396, "r"),
          (408, "l"), (576, "r")]
    hd = ["SVC DATE", "CPT", "MODS", "UNITS", "CHARGE", "ALLOWED", "DEDUCT", "COINS", "ADJUSTMENTS", "PAID"]

    def furniture(d: Doc) -> None:
        d.text(36, 36, "CROSSGATE CLAIMS EXCHANGE - ERA CLAIM PRINT", FB, 10)
        d.text(36, 48, "Payer: NORTHRIDGE MEDICARE ADMINISTRATOR (J-9 PART B)   Payee: HEARTHSTONE THERAPY CENTER", F, 7)
        d.text(36, 58, "Trace #: 1EFT00839114   Paid: 02/10/26   Payee NPI: 1558204476", F, 7)
        d.text(576, 36, f"Pg {d.page}/{{NP}}", F, 8, "r")
        d.line(36, 64, 576, 64, 0.7)
        d.text(36, 770, "Printed from 835 data by Crossgate Claims Exchange. Verify against your payment.", F, 6.5)
        d.y = 80

    doc.on_new_page = furniture
    doc.new_page()
    messages(doc, pad, F, 6.8, 36, "PAYER MESSAGES")

    def header(d: Doc) -> None:
        d.row(cx, hd, FB, 6.6)
        d.line(36, d.y + 3, 576, d.y + 3, 0.3)
        d.y += 12

    tp = ZERO
    for c in claims:
        doc.need(44)
        doc.text(36, doc.y, f"Patient: {c['pat']:<20} MBI: {c['mbi']}", FB, 7.4)
        doc.text(36, doc.y + 10, f"Patient Ctrl #: {c['cid']:<12} Payer Claim #: {c['pcn']}  Status: 1 PRIMARY", F, 7.2)
        doc.y += 24
        header(doc)
        for s in c["svcs"]:
            if doc.need(10 * len(s.adjs) + 2):
                doc.text(36, doc.y, f"Patient: {c['pat']}  Payer Claim #: {c['pcn']}  ...continued", FB, 7.2)
                doc.y += 12
                header(doc)
            adj = [f"{g}-{r} {b.m(a)}" for g, r, a in s.adjs]
            doc.row(cx, [b.d(s.dos), s.code, " ".join(s.mods), b.u(s.units), b.m(s.billed), b.m(s.allowed),
                         b.m(s.deductible), b.m(s.coinsurance), adj[0], b.m(s.paid)], F, 6.8)
            for j, a in enumerate(adj[1:], 1):
                doc.text(408, doc.y + 9 * j, a, F, 6.8)
            b.add(doc.page, s, c, ("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs)
            doc.y += 9 * len(adj) + 3
        sv = c["svcs"]
        doc.line(36, doc.y - 7, 576, doc.y - 7, 0.3, 0.5)
        doc.row([cx[0]] + cx[4:8] + [cx[9]], ["CLAIM TOTALS", b.m(total(sv, "billed")), b.m(total(sv, "allowed")),
                                               b.m(total(sv, "deductible")), b.m(total(sv, "coinsurance")),
                                               b.m(total(sv, "paid"))], FB, 6.8)
        b.claim(c, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"))
        tp += total(sv, "paid")
        doc.y += 22
    doc.need(30)
    doc.text(36, doc.y, f"TOTAL PAYMENT THIS ERA: {b.m(tp)}", FB, 8)
    legend = []
    doc.render_reportlab(out / "k07_clearinghouse_era_print.pdf", "ERA Claim Print")
    write_truth(out / "k07_clearinghouse_era_print.pdf", "k07", "reportlab", len(doc.pages),
                "clearinghouse ERA print of Medicare payment", b.lines, b.claims, legend)


# =============================================================================================== k08
SPEC["k08"] = dict(date="mdy4", money=",", neg="-", units="1dp", producer="fpdf2",
                   row=("date", "code", "mods", "units", "billed", "allowed", "deductible", "coinsurance", "paid"),
                   all_adj=False, adj_sep="")


def k08(out: Path) -> None:
    b = Book("k08")
    st = PlanState(ded_left=Decimal("25.00"))
    pts = [("10442", "Ferreira, Luz", [("97530", 2, ("GO",)), ("97110", 2, ("GO",)), ("97535", 1, ("GO",))]),
           ("10457", "Lindqvist, Bo", [("97110", 3, ("GP",)), ("97140", 1, ("GP", "59")), ("97116", 1, ("GP",))]),
           ("10463", "Ferreira, Abel", [("97166", 1, ("GO",)), ("97530", 2, ("GO",))]),
           ("10471", "Achebe-Rowe, Nan", [("92507", 1, ("GN",)), ("92526", 1, ("GN",)), ("97129", 2, ("GN",))]),
           ("10488", "Stroud, Wendell", [("97110", 2, ("GP", "CQ")), ("97112", 2, ("GP", "CQ")),
                                         ("G0283", 1, ("GP",))])]
    claims = []
    for i, (acct, nm, rr) in enumerate(pts):
        for v in range(2):
            dos = D(2026, 1, 5 + 8 * v + i)
            sv = [medicare(Svc(dos, c, u, m), st) for c, u, m in rr]
            claims.append(dict(pat=nm, cid=acct, pcn=f"22026{i}{v}{318800 + 47 * i + v:06d}", svcs=sv))
    doc = Doc(*LAND, top=30, bottom=40)
    F, FB = "LibNarrow", "LibSans-Bold"
    cx = [(30, "l"), (68, "l"), (148, "l"), (230, "l"), (280, "l"), (322, "l"), (376, "r"), (430, "r"), (484, "r"),
          (530, "r"), (576, "r"), (626, "r"), (640, "l")]
    hd = ["Acct", "Patient", "Payer ICN", "DOS", "Proc", "Mod", "Units", "Charges", "Allowed", "Deduct", "Coins",
          "Paid", "Adj Codes"]

    def furniture(d: Doc) -> None:
        d.text(30, 34, "Insurance Payment Posting Detail", FB, 12)
        d.text(30, 47, "TidalBay Practice Suite  -  Greystone Rehab & Wellness, PLLC", F, 8)
        d.text(762, 34, "Run 02/11/2026 07:42   User: MBEAL", F, 7.5, "r")
        d.text(762, 45, "Payer: Medicare Part B (Northridge)   Deposit 02/10/2026   EFT 1EFT00851027", F, 7.5, "r")
        d.text(762, 590, f"Page {d.page} of {{NP}}", F, 7.5, "r")
        d.y = 68
        d.rect(28, d.y - 9, 736, 12, fill=0.85, stroke=True)
        d.row(cx, hd, FB, 7)
        d.y += 14

    doc.on_new_page = furniture
    doc.new_page()
    for i in range(0, len(claims), 2):
        group = claims[i:i + 2]
        for c in group:
            for s in c["svcs"]:
                doc.need(12)
                codes = " ".join(f"{g}{r}" for g, r, _ in s.adjs)
                doc.row(cx, [c["cid"], c["pat"], c["pcn"], b.d(s.dos), s.code, " ".join(s.mods), b.u(s.units),
                             b.m(s.billed), b.m(s.allowed), b.m(s.deductible), b.m(s.coinsurance), b.m(s.paid), codes],
                        F, 7.4)
                doc.line(28, doc.y + 3, 764, doc.y + 3, 0.2, 0.6)
                b.add(doc.page, s, c, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                      adjustments=[(g, r, None) for g, r, _ in s.adjs])
                doc.y += 12
            b.claim(c)  # the posting detail prints no per-claim totals
        sv = [s for c in group for s in c["svcs"]]
        doc.need(16)
        doc.row(cx[1:2] + cx[7:12], [f"Patient subtotal: {group[0]['pat']}", b.m(total(sv, "billed")),
                                     b.m(total(sv, "allowed")), b.m(total(sv, "deductible")),
                                     b.m(total(sv, "coinsurance")), b.m(total(sv, "paid"))], FB, 7.2)
        doc.y += 18
    sv = [s for c in claims for s in c["svcs"]]
    doc.need(30)
    doc.line(28, doc.y - 9, 764, doc.y - 9, 1)
    doc.row(cx[1:2] + cx[7:12], ["Batch totals", b.m(total(sv, "billed")), b.m(total(sv, "allowed")),
                                 b.m(total(sv, "deductible")), b.m(total(sv, "coinsurance")), b.m(total(sv, "paid"))],
            FB, 7.4)
    doc.render_fpdf(out / "k08_pm_posting_detail.pdf", "Insurance Payment Posting Detail")
    write_truth(out / "k08_pm_posting_detail.pdf", "k08", "fpdf2", len(doc.pages),
                "practice-management posting detail of a Medicare payment", b.lines, b.claims, [])


# =============================================================================================== k09
SPEC["k09"] = dict(date="mdy2", money=",", neg="()", units="plain", producer="reportlab",
                   row=("date", "code", "mods", "billed", "paid", "patient_owes"), all_adj=False, glue=True)


def k09(out: Path) -> None:
    b = Book("k09")
    st = PlanState(ded_left=Decimal("80.00"), coins_rate=Decimal("0.10"))
    kids = [("Wren Abernathy-Cole", [(D(2026, 1, 6), [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]),
                                     (D(2026, 1, 13), [("97530", 3, ("GO",))]),
                                     (D(2026, 1, 20), [("97530", 2, ("GO",)), ("97112", 1, ("GO",))])]),
            ("Rowan Abernathy-Cole", [(D(2026, 1, 8), [("92523", 1, ("GN",))]),
                                      (D(2026, 1, 15), [("92507", 1, ("GN",))]),
                                      (D(2026, 1, 22), [("92507", 1, ("GN",)), ("92526", 1, ("GN",))])]),
            ("Ezra Abernathy-Cole", [(D(2026, 1, 9), [("97166", 1, ("GO",)), ("97760", 1, ("GO",))])])]
    claims = []
    vn = 3310
    for pat, visits in kids:
        for dos, items in visits:
            vn += 7
            sv = [commercial(Svc(dos, c, u, m), st) for c, u, m in items]
            claims.append(dict(pat=pat, cid=f"V{vn}", pcn=f"BMH26{vn * 3:07d}", svcs=sv, dos=dos))
    doc = Doc(*LETTER, top=40, bottom=60)
    F, FB = "DejaVuSerif", "DejaVuSerif-Bold"
    cx = [(40, "l"), (92, "l"), (300, "l"), (390, "r"), (448, "r"), (508, "r"), (572, "r")]
    hd = ["Date", "Description", "CPT", "Charges", "Ins. Paid", "Adjustments", "Patient Due"]
    due = sum((total(c["svcs"], "owes") for c in claims), ZERO) - Decimal("60.00")

    def furniture(d: Doc) -> None:
        d.text(40, 40, "Sprout & Stride Pediatric Therapy", FB, 12)
        d.text(40, 53, "1420 Wicklow Ave, Suite 3, Fernbrook OH 44820  |  (440) 555-0126", F, 7.5)
        d.text(572, 40, "FAMILY STATEMENT", FB, 10, "r")
        d.text(572, 53, f"Page {d.page} of {{NP}}", F, 7.5, "r")
        d.line(40, 60, 572, 60, 0.8)
        d.y = 76

    doc.on_new_page = furniture
    doc.new_page()
    doc.rect(40, doc.y - 10, 532, 62, fill=None, stroke=True)
    doc.text(48, doc.y + 2, "Guarantor: Noelle Abernathy-Cole", FB, 8)
    doc.text(48, doc.y + 14, "58 Orchard Bend Ln, Fernbrook OH 44821", F, 8)
    doc.text(48, doc.y + 26, "Guarantor account: G-20917", F, 8)
    doc.text(330, doc.y + 2, "Statement date: 02/06/26", F, 8)
    doc.text(330, doc.y + 14, "Please pay by: 03/01/26", F, 8)
    doc.text(330, doc.y + 26, f"AMOUNT DUE: ${due:,.2f}", FB, 9)
    doc.text(330, doc.y + 40, "Amount enclosed: $__________", F, 8)
    doc.y += 58
    doc.line(40, doc.y, 572, doc.y, 0.5, 0.5)
    doc.text(306, doc.y + 8, "- - - detach and return the top portion with your payment - - -", F, 6.5, "c", 0.4)
    doc.y += 26

    def header(d: Doc) -> None:
        d.row(cx, hd, FB, 7.2)
        d.line(40, d.y + 3, 572, d.y + 3, 0.5)
        d.y += 13

    cur = None
    for c in claims:
        if c["pat"] != cur:
            cur = c["pat"]
            doc.need(50)
            doc.rect(40, doc.y - 10, 532, 14, fill=0.9, stroke=False)
            doc.text(44, doc.y, f"Patient: {cur}", FB, 8.5)
            doc.y += 16
            header(doc)
        doc.need(14 * (len(c["svcs"]) + 3))
        doc.text(44, doc.y, f"Visit # {c['cid']}  -  filed to Bluestem Mutual, insurer claim {c['pcn']}", F, 7.2,
                 gray=0.25)
        doc.y += 12
        for s in c["svcs"]:
            doc.row(cx, [b.d(s.dos), s.desc, s.code + "".join(s.mods), b.m(s.billed), b.m(-s.paid),
                         b.m(-s.discount), b.m(s.owes)], F, 7.2)
            b.add(doc.page, s, c, ("billed", "patient_owes"), units=False,
                  overrides={"paid": str(q(s.paid))})
            doc.y += 12
        sv = c["svcs"]
        doc.row(cx, [None, "Visit balance", None, b.m(total(sv, "billed")), b.m(-total(sv, "paid")),
                     b.m(-total(sv, "discount")), b.m(total(sv, "owes"))], FB, 7.2)
        b.claim(c, billed=total(sv, "billed"), paid=total(sv, "paid"), patient_owes=total(sv, "owes"))
        doc.y += 16
    doc.need(40)
    doc.row(cx, [b.d(D(2026, 1, 28)), "Payment - thank you (card ending 4471)", None, None, None, None,
                 b.m(Decimal("-60.00"))], F, 7.2)
    doc.y += 16
    doc.text(572, doc.y, f"Total amount due: ${due:,.2f}", FB, 9, "r")
    doc.render_reportlab(out / "k09_therapy_family_statement.pdf", "Family Statement")
    write_truth(out / "k09_therapy_family_statement.pdf", "k09", "reportlab", len(doc.pages),
                "pediatric therapy clinic family statement", b.lines, b.claims, [])


# =============================================================================================== k10
SPEC["k10"] = dict(date="mdy4", money=",", neg="-", units="plain", producer="fpdf2",
                   row=("date", "code", "mods", "units", "billed", "paid", "patient_owes"), all_adj=False)

REV = {"97": "0430", "92": "0440", "99": "0510", "L3": "0274", "G0": "0420", "05": "0420"}


def k10(out: Path, pad: int = 0) -> None:
    b = Book("k10")
    st = PlanState(ded_left=Decimal("300.00"), coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.70"))
    fam = [("PETRAKIS, ELENI", "HA7730152", "NorthStar Health ref 88-2601-4471",
            [(D(2026, 1, 5), "97163", 1, ("GP",)), (D(2026, 1, 5), "97110", 2, ("GP",)),
             (D(2026, 1, 7), "97110", 2, ("GP",)), (D(2026, 1, 7), "97140", 1, ("GP",)),
             (D(2026, 1, 12), "97110", 3, ("GP",)), (D(2026, 1, 12), "97112", 1, ("GP",)),
             (D(2026, 1, 14), "97110", 2, ("GP",)), (D(2026, 1, 14), "97116", 2, ("GP",)),
             (D(2026, 1, 19), "97110", 2, ("GP",)), (D(2026, 1, 19), "G0283", 1, ("GP",)),
             (D(2026, 1, 21), "97110", 3, ("GP",)), (D(2026, 1, 21), "97140", 1, ("GP",)),
             (D(2026, 1, 26), "97110", 2, ("GP",)), (D(2026, 1, 26), "97530", 1, ("GP",))]),
           ("PETRAKIS, NIKOS", "HA7730188", "NorthStar Health ref 88-2601-5902",
            [(D(2026, 1, 9), "99213", 1, ()), (D(2026, 1, 9), "L3807", 1, ("RT",)),
             (D(2026, 1, 16), "97760", 2, ("GO",)), (D(2026, 1, 23), "97760", 1, ("GO",)),
             (D(2026, 1, 23), "97140", 1, ("GO",))]),
           ("PETRAKIS, DAFNI", "HA7730201", "NorthStar Health ref 88-2601-6230",
            [(D(2026, 1, 13), "92523", 1, ("GN",)), (D(2026, 1, 15), "92507", 1, ("GN",)),
             (D(2026, 1, 16), "97129", 1, ("GN",)), (D(2026, 1, 20), "92507", 1, ("GN",)),
             (D(2026, 1, 22), "92507", 1, ("GN",)), (D(2026, 1, 22), "97129", 2, ("GN",)),
             (D(2026, 1, 27), "92507", 1, ("GN",)), (D(2026, 1, 29), "92507", 1, ("GN",)),
             (D(2026, 1, 29), "92526", 1, ("GN",)), (D(2026, 1, 30), "92507", 1, ("GN",))])]
    claims = []
    for pat, acct, ref, rows in fam:
        sv = [commercial(Svc(*r), st) for r in rows]
        claims.append(dict(pat=pat, cid=acct, pcn=ref.split("ref ")[1], ref=ref, svcs=sv))
    doc = Doc(*LETTER, top=40, bottom=56)
    F, FB = "LibSerif", "LibSerif-Bold"
    R = 430
    cx = [(36, "l"), (88, "l"), (116, "l"), (152, "l"), (190, "r"), (238, "r"), (296, "r"), (352, "r"), (410, "r")]
    hd = ["Date", "Rev", "CPT", "Mod", "Qty", "Charges", "Ins Paid", "Adjustments", "Balance"]
    allsv = [s for c in claims for s in c["svcs"]]

    def furniture(d: Doc) -> None:
        d.text(36, 40, "Marrowbrook Regional Hospital", FB, 14)
        d.text(36, 53, "Outpatient Rehabilitation Services  -  Household Statement", F, 9)
        d.line(36, 60, 576, 60, 1)
        d.rect(R + 8, 70, 138, 680, fill=0.93, stroke=False)
        d.text(R + 14, 86, "Guarantor", FB, 9)
        d.text(R + 14, 98, "Stavros Petrakis", F, 8.5)
        d.text(R + 14, 109, "17 Heron Lake Dr", F, 8.5)
        d.text(R + 14, 120, "Millbrook VA 22640", F, 8.5)
        d.text(R + 14, 146, "Statement date", FB, 8.5)
        d.text(R + 14, 157, "02/09/2026", F, 8.5)
        d.text(R + 14, 180, "Household balance", FB, 8.5)
        d.text(R + 14, 192, f"${total(allsv, 'owes'):,.2f}", FB, 11)
        d.text(R + 14, 220, "Pay online at", F, 8)
        d.text(R + 14, 231, "marrowbrook.example/pay", F, 8)
        d.text(R + 14, 254, "Billing office", FB, 8.5)
        d.text(R + 14, 265, "(540) 555-0193", F, 8)
        d.text(R + 14, 276, "Mon-Fri 8:00-4:30", F, 8)
        d.text(306, 772, f"Page {d.page} of {{NP}}", F, 8, "c")
        d.y = 80

    doc.on_new_page = furniture
    doc.new_page()
    messages(doc, pad, F, 7.5, 36, "Notices")

    def header(d: Doc) -> None:
        d.row(cx, hd, FB, 7.6)
        d.line(36, d.y + 3, R, d.y + 3, 0.5)
        d.y += 13

    for c in claims:
        doc.need(60)
        doc.text(36, doc.y, f"Account {c['cid']}   Patient: {c['pat']}", FB, 8.5)
        doc.text(36, doc.y + 11, f"Insurance: NorthStar Health PPO, claim {c['pcn']}", F, 8)
        doc.y += 24
        header(doc)
        for s in c["svcs"]:
            if doc.need(12):
                doc.text(36, doc.y, f"Account {c['cid']} (continued)", FB, 8.5)
                doc.y += 13
                header(doc)
            adj = s.discount
            doc.row(cx, [b.d(s.dos), REV[s.code[:2]], s.code, " ".join(s.mods), b.u(s.units), b.m(s.billed),
                         b.m(-s.paid), b.m(-adj), b.m(s.owes)], F, 7.8)
            b.add(doc.page, s, c, ("billed", "patient_owes"), overrides={"paid": str(q(s.paid))})
            doc.y += 12
        sv = c["svcs"]
        doc.line(36, doc.y - 8, R, doc.y - 8, 0.3)
        doc.row(cx, ["Account total", None, None, None, None, b.m(total(sv, "billed")), b.m(-total(sv, "paid")),
                     b.m(-total(sv, "discount")), b.m(total(sv, "owes"))], FB, 7.8)
        b.claim(c, billed=total(sv, "billed"), paid=total(sv, "paid"), patient_owes=total(sv, "owes"))
        doc.y += 24
    doc.render_fpdf(out / "k10_hospital_household_statement.pdf", "Household Statement")
    write_truth(out / "k10_hospital_household_statement.pdf", "k10", "fpdf2", len(doc.pages),
                "hospital outpatient rehab household statement", b.lines, b.claims, [])


PADDED = {"k01", "k04", "k06", "k07", "k10"}


def spans(out: Path, name: str) -> bool:
    tf = next(out.glob(f"{name}_*.truth.json"))
    pages: dict = {}
    for ln in json.loads(tf.read_text())["lines"]:
        pages.setdefault(ln["payer_claim_id"], set()).add(ln["page"])
    return any(len(v) > 1 for v in pages.values())


LAYOUTS = [k01, k02, k03, k04, k05, k06, k07, k08, k09, k10]


# =============================================================================================== check
def check(out: Path) -> list[str]:
    import pdfplumber

    errs: list[str] = []
    cont_files = 0
    for tf in sorted(out.glob("*.truth.json")):
        t = json.loads(tf.read_text())
        pdf_path = Path(str(tf)[:-len(".truth.json")])
        sp = SPEC[t["layout"]]
        e = lambda m: errs.append(f"{pdf_path.name}: {m}")  # noqa: E731
        with pdfplumber.open(pdf_path) as pdf:
            texts = [p.extract_text() or "" for p in pdf.pages]
            if len(pdf.pages) != t["pages"]:
                e(f"pages {len(pdf.pages)} != {t['pages']}")
        alltext = "\n".join(texts)

        def fm(v: str) -> str:
            return money(Decimal(v), sp["money"], sp["neg"])

        sign = -1 if t["layout"] in ("k09", "k10") else 1  # statements print insurer payments as credits
        for i, ln in enumerate(t["lines"]):
            page = texts[ln["page"] - 1]
            toks = []
            if "code" in sp["row"]:
                toks.append(ln["code"])
            if "mods" in sp["row"]:
                toks += ln["modifiers"]
            if "units" in sp["row"] and ln["units"] is not None:
                toks.append(U(Decimal(ln["units"]), sp["units"]))
            if "date" in sp["row"]:
                toks.append(dfmt(date.fromisoformat(ln["service_date"]), sp["date"]))
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None:
                    v = Decimal(ln[k]) * (sign if k == "paid" else 1)
                    toks.append(fm(str(v)))
            if "remarks" in sp["row"]:
                toks += ln["remarks"]
            rows = [r for r in page.splitlines() if all(tok in r for tok in toks)]
            if not rows:
                e(f"line {i}: no single text line holds {toks}")
            elif sp.get("glue") and (ln["code"] + "".join(ln["modifiers"])) not in rows[0]:
                e(f"line {i}: glued code missing")
            if "date" not in sp["row"] and dfmt(date.fromisoformat(ln["service_date"]), sp["date"]) not in page:
                e(f"line {i}: date not on page")
            for r in ln["remarks"]:
                if r not in page:
                    e(f"line {i}: remark {r} not on page")
            for g, r, a in ln["adjustments"]:
                if f"{g}{sp.get('adj_sep', '-')}{r}" not in page:
                    e(f"line {i}: adj code {g}{r} not on page")
                if a is not None and f"{g}{sp.get('adj_sep', '-')}{r} {fm(a)}" not in page:
                    e(f"line {i}: adj {g}{r} {a} not on page")
            if ln["units"] is None and "units" in sp["row"]:
                e(f"line {i}: units null on a layout that prints units")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in alltext:
                    e(f"line {i}: {k} {ln[k]} not in document")
            D_ = {k: Decimal(ln[k]) if ln[k] is not None else None for k in
                  ("billed", "allowed", "paid", "deductible", "copay", "coinsurance", "not_covered", "discount")}
            if all(D_[k] is not None for k in ("billed", "discount", "not_covered", "allowed")):
                if D_["billed"] - D_["discount"] - D_["not_covered"] != D_["allowed"]:
                    e(f"line {i}: billed-discount-not covered != allowed")
            if all(D_[k] is not None for k in ("allowed", "deductible", "copay", "coinsurance", "paid")):
                if D_["allowed"] - D_["deductible"] - D_["copay"] - D_["coinsurance"] != D_["paid"]:
                    e(f"line {i}: allowed - cost share != paid")
            if sp["all_adj"]:
                if D_["billed"] - sum(Decimal(a) for _, _, a in ln["adjustments"]) != D_["paid"]:
                    e(f"line {i}: billed - adjustments != paid")
        # claim totals
        planted = " ".join(t["expected_findings"])
        spans = False
        by: dict = {}
        for ln in t["lines"]:
            by.setdefault((ln["claim_id"], ln["payer_claim_id"]), []).append(ln)
        for c in t["claims"]:
            ls = by.get((c["claim_id"], c["payer_claim_id"]), [])
            if not ls:
                e(f"claim {c['payer_claim_id']} has no lines")
                continue
            if c["patient"] and c["patient"] not in alltext:
                e(f"claim patient {c['patient']} not in document")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum(Decimal(x[k]) for x in ls if x[k] is not None)
                bad = s != Decimal(v)
                if bad != (str(c["payer_claim_id"]) in planted and k == "paid"):
                    e(f"claim {c['payer_claim_id']} {k}: printed {v} lines {s} (planted={str(c['payer_claim_id']) in planted})")
                if fm(str(Decimal(v) * (sign if k == "paid" else 1))) not in alltext:
                    e(f"claim {c['payer_claim_id']} total {k} {v} not printed")
            if len({x["page"] for x in ls}) > 1:
                spans = True
        cont_files += 1 if spans else 0
    if cont_files < 3:
        errs.append(f"only {cont_files} files have a claim continuing onto the next page (need 3)")
    if len(list(out.glob("*.truth.json"))) < 10:
        errs.append("fewer than 10 documents")
    print(f"files with claims continuing across a page: {cont_files}")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout97_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for f in LAYOUTS:
        f(out)
        if f.__name__ in PADDED:  # choose (deterministically) how many notice lines make a claim straddle a page
            for n in range(0, len(MSGS) + 1):
                f(out, n)
                if spans(out, f.__name__):
                    break
    print(out)
    if "--check" in argv:
        errs = check(out)
        for x in errs:
            print("CHECK FAIL", x)
        n = sum(len(json.loads(p.read_text())["lines"]) for p in out.glob("*.truth.json"))
        pg = sum(json.loads(p.read_text())["pages"] for p in out.glob("*.truth.json"))
        print(f"{len(LAYOUTS)} documents, {n} lines, {pg} pages; check {'FAILED' if errs else 'passed'}")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
