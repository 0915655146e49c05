"""Write HELD-OUT set 106 of synthetic PDF EOB layouts (with truth files): ten documents, two of each of the five
commonest real kinds, each in a house style of its own, for one honest measurement of the PDF reader.

Run:  python bench/heldout106/make_heldout106_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout106/make_heldout106_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR     (done by someone else; the author never ran the reader)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness). Helpers: samples/pdf/eobgen.py (Svc, plan arithmetic, money, dfmt, truth
format) and bench/heldout106/h106common.py (one drawing API over reportlab and fpdf2, page flow, text-layer reading).

Truth format: the one of samples/pdf (eobgen.write_truth), printed values only; null for any amount a layout does
not print, units null where no quantity is printed, modifiers [] where none are printed; amounts negative where
the page prints them negative (trailing minus, parentheses, leading minus); adjustments [group, reason, amount or
null when the page prints the code without its amount]; claim_id = the provider's own account / patient-control /
visit / hospital-account number, payer_claim_id = the payer's claim number / ICN / TCN / insurer claim reference,
patient = the person served exactly as printed ("HOLLOWAY, JASMINE" where the page prints it so). Every name,
number, payer, provider, address and id is invented; descriptions are our own words.

Layouts:
  l1  commercial PPO member EOB, portrait, Liberation Sans: "Amount Billed / Plan Discount / Allowed Amount /
      Deductible / Copay / Coinsurance / Plan Paid / You Owe / Note", "97530-GO" then the description (wrapped),
      four family members, "Patient account", denied line owed in full, last claim continued on page 2 under a
      repeated heading + column header, note legend (reportlab)
  l2  commercial member EOB, landscape, DejaVu Sans Condensed: "Charges / Network Savings / Not Covered / Covered
      Amount / Deductible / Copay / Coinsurance / Plan Pays / Member Owes / Rmk", Proc, Mod ("GO 59") and Qty
      columns, descriptions cut to 26 characters by the print, office-visit copay, CO denial, four family members (fpdf2)
  l3  Medicare Summary Notice, Part B, DejaVu Serif: summary page, claims keyed by a "January 7, 2026" heading with
      provider and claim number, "Service Provided & Billing Code" with "(97140-GP-59-KX)" after the description
      (wrapped, code on the amounts line), "Maximum You May Be Billed", letter notes, claim continued on the next
      page, "Total for Claim #" rows, 3 pages (reportlab)
  l4  Medicare Advantage member EOB (monthly), core Times: "Provider's charge / Plan's approved / Plan's share /
      You owe / Note", "Jan 5, 2026", billing code printed on a second line under the description ("Code 97110 GP
      CQ"), per-visit copay, denied line, DME claim (fpdf2)
  l5  state Medicaid remittance advice, landscape core Courier: CLAIMS PAID / DENIED / ADJUSTED sections, "RECIP:
      LAST, FIRST" claim lines with PAT ACCT and ICN, FROM DOS / TO DOS, two MOD columns, UNITS "3.00", 4-digit
      EOB codes with legend, a claim continued on page 2 under a repeated header, a reversal with trailing-minus
      amounts and its replacement (fpdf2)
  l6  state Medicaid provider remittance statement, core Helvetica: one ruled box per claim with a shaded "TCN /
      Member / ID / Patient Acct / Status" band, span-billed "01/06/26-01/08/26" with summed units, TPL and Copay
      columns, ARC codes without amounts ("CO45 OA23"), RARC column, denied claim, 2 pages (reportlab)
  l7  clearinghouse print of a Medicare Part B remittance, core Courier: "NAME / MBI / ACNT / ICN / ASG / MOA"
      claim lines, "REND-PROV FROM THRU POS QTY PROC/MODS SUBMITTED APPROVED DEDUCT COINS GRP-RC ADJ-AMT PROV-PD",
      MMDDYY dates, extra adjustments (PR-1, PR-2, CO-253) stacked on lines below the service, PT RESP and CLAIM
      TOTALS, crossover line, a claim continued on page 2 (reportlab)
  l8  practice-management ERA posting detail report, landscape Liberation Sans Narrow: patient "Last, First",
      Acct # and Payer ICN on every row, "GP,59" mods, units "2.0", Deduct / Coins / Contractual / Seq columns
      with an "Adj Codes" list, claim subtotals, take-back in parentheses and corrected claim, 2 pages (fpdf2)
  l9  pediatric therapy clinic statement of account to a guarantor: remit stub with "Pay This Amount", visit
      heading rows ("Visit V260112-140 · Isabella Baines"), CPT only, "Charges / Ins. Paid / Ins. Adj. / Your
      Portion", insurer claim number on a line under each visit, three children, payment row, 2 pages (reportlab,
      DejaVu Sans)
  l10 hospital guarantor statement, DejaVu Serif Condensed, sidebar on page one: one account per family member
      (four), Rev / Code / Mod / Description / Qty / Amount, charges only per line; insurer payment with claim
      reference, contractual adjustment (trailing minus) and balance per account; last account continued on page 2 (fpdf2)

The self-check (--check) tests the factory, never the reader: page counts; for every truth line, a text line of
its page (pdfplumber) that holds its code+modifiers as the layout prints them, its date (or, where the layout
prints the date only in the claim heading, that date on the page), its units and every non-null amount as
whitespace tokens; the code on the next line where the layout prints it below (l4); its adjustment codes,
adjustment amounts and remark codes in that row's block (the row and the lines under it); claim ids and patients
in the document text; billed - discount - not covered = allowed where printed; billed - adjustments = paid where
every adjustment prints with its amount (l7, l8); every claim total printed and equal to the sum of its lines
(no planted mismatch in this set); and at least three files with a claim whose rows run onto the next page.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen as G  # noqa: E402
from eobgen import (  # noqa: E402  # noqa: E402
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
    write_truth,
)
from h106common import Doc, Flow, dec, find_row, page_lines, wrap  # noqa: E402

TT = "/usr/share/fonts/truetype/"
LIB, DJ = TT + "liberation/", TT + "dejavu/"

# extra invented fees and our own wording for a few non-therapy lines
G.FEE.update({"73110": "142.00", "36415": "18.00", "85025": "46.00", "99283": "410.00", "97035": "48.00",
              "A4565": "38.00", "E0114": "64.00", "92508": "70.00", "97113": "92.00", "97533": "88.00",
              "97162": "240.00", "99214": "225.00", "G0151": "140.00", "97750": "110.00"})
G.SCHED.update({"73110": "38.90", "36415": "3.00", "85025": "7.77", "99283": "121.40", "97035": "13.92",
                "A4565": "21.10", "E0114": "31.44", "92508": "23.10", "97113": "38.05", "97533": "29.50",
                "97162": "101.12", "99214": "124.11", "G0151": "52.20", "97750": "35.60"})
G.DESC.update({"73110": "X-ray of wrist, three views", "36415": "Blood draw by needle", "85025": "Complete blood count",
               "99283": "Emergency department visit, moderate", "97035": "Ultrasound therapy",
               "A4565": "Arm sling", "E0114": "Underarm crutches, pair", "92508": "Speech therapy, group",
               "97113": "Aquatic therapy exercises", "97533": "Sensory integration activities",
               "97162": "PT evaluation, moderate complexity", "99214": "Office visit, established, moderate",
               "G0151": "Home health physical therapy visit", "97750": "Physical performance test"})

D = lambda m, d: date(2026, m, d)  # noqa: E731
PRINTED_ALL = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
               "discount")
FMT: dict = {}


def sv(dos, code, units=1, mods=(), desc="", denied=None, end=None):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), end, desc, denied)


def cols_row(doc, y, cols, vals, role="R", size=7.0):
    for (x, al), v in zip(cols, vals):
        if v is not None and v != "":
            doc.text(x, y, v, role, size, al)


# =============================================================================================== L1
def l1(path, total_pages):
    """Commercial member EOB, reportlab, Liberation Sans, portrait, family of four."""
    m = lambda d: money(d, ",")  # noqa: E731
    FMT["l1_cedar_member_eob"] = dict(money=m, date=lambda d: dfmt(d, "mdy4"),
                                     code=lambda c, ms: ["-".join((c,) + tuple(ms))], units=None)
    doc = Doc(path, "reportlab", {"R": LIB + "LiberationSans-Regular.ttf", "B": LIB + "LiberationSans-Bold.ttf"},
              title="Explanation of Benefits")
    st = PlanState(ded_left=Decimal("350.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    fam = [
        ("Amara Okafor-Reyes", "Dependent", "26A0143377201", "LOP-55102", "Little Oaks Pediatric Therapy", [
            sv(D(1, 5), "97166", 1, ["GO"]), sv(D(1, 5), "97530", 2, ["GO"]), sv(D(1, 7), "97530", 2, ["GO"]),
            sv(D(1, 7), "97535", 1, ["GO"], desc=G.LONG_DESC["97535"]), sv(D(1, 12), "97530", 2, ["GO"]),
            sv(D(1, 12), "97112", 1, ["GO", "59"]), sv(D(1, 14), "97530", 2, ["GO"]),
            sv(D(1, 14), "97533", 1, ["GO"], denied="PR"), sv(D(1, 19), "97530", 2, ["GO"]),
            sv(D(1, 19), "97140", 1, ["GO", "59"], desc=G.LONG_DESC["97140"])]),
        ("Daniel Okafor-Reyes", "Subscriber", "26A0150091846", "HS-0092214", "Harbor Street Physical Therapy", [
            sv(D(1, 6), "97162", 1, ["GP"]), sv(D(1, 6), "97110", 2, ["GP"]), sv(D(1, 9), "97110", 2, ["GP"]),
            sv(D(1, 9), "97140", 1, ["GP", "59"])]),
        ("Theo Okafor-Reyes", "Dependent", "26A0158804410", "LOP-55177", "Little Oaks Pediatric Therapy", [
            sv(D(1, 13), "92523", 1, ["GN"]), sv(D(1, 20), "92507", 1, ["GN"])]),
        ("Priya Okafor-Reyes", "Spouse", "26A0151180027", "88410-2", "Westgate Orthopedic Associates", [
            sv(D(1, 8), "99213", 1, []), sv(D(1, 8), "73110", 1, ["RT"]), sv(D(1, 8), "A4565", 1, ["RT"]),
            sv(D(1, 8), "36415", 1, []), sv(D(1, 8), "85025", 1, []), sv(D(1, 15), "99213", 1, []),
            sv(D(1, 15), "E0114", 1, ["NU"])]),
    ]
    notes = {"T1": "Your plan has a contract with this provider. You are not billed for the plan discount.",
             "T2": "This amount counts toward your family deductible.",
             "T3": "Your plan does not cover this service for the diagnosis sent. You may be billed; call us to appeal.",
             "T4": "Coinsurance is your share of the allowed amount after the deductible."}
    # columns
    C = [(36, "L"), (84, "L"), (268, "R"), (308, "R"), (350, "R"), (390, "R"), (422, "R"), (462, "R"),
         (506, "R"), (550, "R"), (560, "L")]
    H1 = ["Service", "Service", "Amount", "Plan", "Allowed", "Deduct-", "Copay", "Co-", "Plan", "You", "Note"]
    H2 = ["Date", "", "Billed", "Discount", "Amount", "ible", "", "insurance", "Paid", "Owe", ""]
    H2[1] = "Code and Description"

    def top(d, first):
        d.text(36, 40, "CEDAR CREST", "B", 16)
        d.text(36, 52, "HEALTH PARTNERS", "R", 8)
        d.text(576, 40, "Explanation of Benefits", "B", 13, "R")
        d.text(576, 52, "THIS IS NOT A BILL", "B", 8, "R")
        if first:
            d.text(36, 84, "DANIEL OKAFOR-REYES", "R", 9)
            d.text(36, 95, "2217 WINDFALL LANE", "R", 9)
            d.text(36, 106, "MAPLE FORD, OR 97409", "R", 9)
            d.rect(340, 72, 236, 60)
            for i, (k, v) in enumerate([("Member ID", "CCH884120377"), ("Group", "OKR-EMPLOYER 4410"),
                                        ("Statement date", "01/28/2026"), ("Plan", "Cedar Choice PPO 1500")]):
                d.text(348, 86 + 12 * i, k, "R", 8)
                d.text(568, 86 + 12 * i, v, "B", 8, "R")
            d.text(36, 150, "Your family deductible (in network): $1,500.00   Met so far: $1,150.00   "
                   "Out-of-pocket maximum: $6,000.00   Met so far: $1,921.40", "R", 8)
            d.hline(36, 576, 158)
            d.text(36, 174, "Claims Detail", "B", 11)
            return 186
        d.text(36, 80, "Member: Daniel Okafor-Reyes   ID CCH884120377   Statement date 01/28/2026", "R", 8)
        d.text(36, 96, "Claims Detail (continued)", "B", 11)
        return 108

    def foot(d):
        d.hline(36, 576, 752)
        d.text(36, 764, "Cedar Crest Health Partners  PO Box 7710  Salem Ridge, OR 97301  1-800-555-0142", "R", 7)
        d.text(576, 764, f"Page {d.page} of {total_pages}", "R", 7)

    def colhead(fl):
        d = fl.doc
        d.rect(36, fl.y, 540, 22, 0.4, 0.9)
        cols_row(d, fl.y + 9, C, H1, "B", 6.8)
        cols_row(d, fl.y + 18, C, H2, "B", 6.8)
        fl.y += 32

    fl = Flow(doc, top, 740, foot)
    lines, claims = [], []
    for ci, (pat, rel, clm, acct, prov, svcs) in enumerate(fam):
        for s in svcs:
            commercial(s, st, "96")
            if s.denied:
                s.remarks = ["T3"]
            else:
                s.remarks = ["T1"] + (["T2"] if s.deductible else []) + (["T4"] if s.coinsurance else [])

        def heading(cont=False, pat=pat, rel=rel, clm=clm, acct=acct, prov=prov, ci=ci):
            d = fl.doc
            d.text(36, fl.y + 8, f"Patient: {pat} ({rel})" + ("   (continued)" if cont else ""), "B", 8.5)
            d.text(36, fl.y + 19, f"Claim number {clm}   Provider: {prov}   Patient account {acct}   "
                   f"Claim {ci + 1} of {len(fam)}", "R", 7.5)
            fl.y += 26
            colhead(fl)

        fl.need(72)
        heading()
        fl.cont = lambda h=heading: h(True)
        for s in svcs:
            dl = wrap(doc, s.desc, 120, "R", 7)
            fl.need(11 * len(dl) + 2)
            vals = [dfmt(s.dos, "mdy4"), "-".join((s.code,) + s.mods) + "  " + dl[0], m(s.billed), m(s.discount),
                    m(s.allowed), m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes),
                    " ".join(s.remarks)]
            cols_row(doc, fl.y, C, vals)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=tuple(k for k in PRINTED_ALL if k != "not_covered"),
                                    units=False, remarks=s.remarks))
            for extra in dl[1:]:
                fl.y += 9
                doc.text(120, fl.y, extra, "R", 7)
            fl.y += 12
        fl.cont = None
        fl.need(20)
        doc.hline(36, 576, fl.y - 7, 0.4)
        tv = ["", "Claim total", m(total(svcs, "billed")), m(total(svcs, "discount")), m(total(svcs, "allowed")),
              m(total(svcs, "deductible")), m(total(svcs, "copay")), m(total(svcs, "coinsurance")),
              m(total(svcs, "paid")), m(total(svcs, "owes")), ""]
        cols_row(doc, fl.y + 2, C, tv, "B")
        fl.y += 22
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                              total(svcs, "owes"))})
    fl.need(90)
    doc.text(36, fl.y + 4, "What the notes mean", "B", 9)
    fl.y += 16
    for k, v in notes.items():
        doc.text(36, fl.y, k, "B", 7.5)
        doc.text(56, fl.y, v, "R", 7.5)
        fl.y += 11
    fl.y += 6
    doc.text(36, fl.y, "You have the right to appeal. Call Member Services at 1-800-555-0142 within 180 days of this "
             "statement.", "R", 7.5)
    foot(doc)
    pages = doc.save()
    return dict(pages=pages, producer="reportlab", lines=lines, claims=claims, legend=list(notes.items()),
                description="Commercial PPO member EOB for a family of four; code-modifier then description, "
                            "wrapped descriptions, claim continued on page 2 with repeated header, denied line.")


# =============================================================================================== L5
def l5(path, total_pages):
    """State Medicaid RA, fpdf2, core Courier, landscape, paid / denied / adjusted sections."""
    m = lambda d: money(d, ",", "trail")  # noqa: E731
    FMT["l5_north_plains_medicaid_ra"] = dict(money=m, date=lambda d: dfmt(d, "mdy2"),
                                             code=lambda c, ms: [c] + list(ms), units=lambda u: f"{Decimal(u):.2f}",
                                             adj=lambda g, c: c)
    doc = Doc(path, "fpdf2", {"R": "Courier", "B": "Courier-Bold"}, landscape=True, title="Remittance Advice")
    C = [(30, "L"), (52, "L"), (100, "L"), (150, "L"), (190, "L"), (214, "L"), (270, "R"), (336, "R"), (400, "R"),
         (464, "R"), (478, "L")]
    HD = ["LN", "FROM DOS", "TO DOS", "PROC", "MOD", "MOD", "UNITS", "BILLED", "ALLOWED", "PAID", "EOB CODES"]
    sect = {"v": ""}

    def top(d, first):
        d.text(30, 30, "STATE OF NORTH PLAINS  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", "B", 8)
        d.text(762, 30, f"PAGE {d.page:3d} OF {total_pages:3d}", "R", 8, "R")
        d.text(30, 42, "PROVIDER REMITTANCE ADVICE        RA NUMBER 0004471902      RA DATE 01/30/26", "R", 8)
        d.text(30, 54, "PAYEE: PRAIRIE STEPS THERAPY GROUP LLC       PAYEE ID 1790024418    WARRANT 00871133", "R", 8)
        d.text(30, 66, "-" * 125, "R", 8)
        cols_row(d, 78, C, HD, "B", 8)
        d.text(30, 88, "-" * 125, "R", 8)
        return 102

    fl = Flow(doc, top, 430)
    lines, claims = [], []
    data = [
        ("PAID", "HOLLOWAY, JASMINE", "NP00412278", "PST-30118", "2026012000451", [
            sv(D(1, 5), "97165", 1, ["GO"]), sv(D(1, 5), "97530", 3, ["GO"]), sv(D(1, 8), "97530", 3, ["GO"]),
            sv(D(1, 12), "97530", 2, ["GO"]), sv(D(1, 12), "97535", 2, ["GO"]), sv(D(1, 15), "97530", 3, ["GO"]),
            sv(D(1, 19), "97530", 3, ["GO"]), sv(D(1, 19), "97112", 1, ["GO", "59"])]),
        ("PAID", "HOLLOWAY, DEVANTE", "NP00412279", "PST-30119", "2026012000452", [
            sv(D(1, 6), "92523", 1, ["GN"]), sv(D(1, 13), "92507", 1, ["GN"]), sv(D(1, 20), "92507", 1, ["GN"]),
            sv(D(1, 27), "92507", 1, ["GN"])]),
        ("PAID", "STRAND, ELI M", "NP00398104", "PST-29877", "2026012000466", [
            sv(D(1, 7), "97161", 1, ["GP"]), sv(D(1, 7), "97110", 2, ["GP"]), sv(D(1, 9), "97110", 2, ["GP"]),
            sv(D(1, 9), "97140", 2, ["GP", "59"]), sv(D(1, 14), "97116", 2, ["GP"]), sv(D(1, 16), "97110", 3, ["GP"]),
            sv(D(1, 21), "97110", 2, ["GP"]), sv(D(1, 21), "97530", 2, ["GP"]), sv(D(1, 23), "97116", 2, ["GP"]),
            sv(D(1, 28), "97110", 2, ["GP"])]),
        ("DENIED", "OYELARAN, TIMI", "NP00455610", "PST-30240", "2026012000512", [
            sv(D(1, 9), "97533", 2, ["GO"], denied="CO"), sv(D(1, 9), "97530", 2, ["GO"], denied="CO")]),
    ]
    for sc, pat, rid, pcn, icn, svcs in data:
        for s in svcs:
            medicaid(s, "204")
            s.remarks = ["0712"] if s.denied else (["0101"] + (["0230"] if s.discount else []))
        if sect["v"] != sc:
            fl.need(60)
            doc.text(30, fl.y, f"*** CLAIMS {sc} ***", "B", 8)
            sect["v"] = sc
            fl.y += 14
        claims_to_print = [(icn, svcs, False)]
        for cicn, csvcs, rev in claims_to_print:
            def heading(cont=False, pat=pat, rid=rid, pcn=pcn, cicn=cicn, csvcs=csvcs):
                doc.text(30, fl.y, f"RECIP: {pat:<22} RECIP ID: {rid}  PAT ACCT: {pcn:<10} ICN: {cicn}"
                         + ("   (CONTINUED)" if cont else ""), "B", 8)
                fl.y += 12
            fl.need(40)
            heading()
            fl.cont = lambda h=heading: h(True)
            for i, s in enumerate(csvcs):
                fl.need(12)
                cols_row(doc, fl.y, C, [f"{i + 1:02d}", dfmt(s.dos, "mdy2"), dfmt(s.dos, "mdy2"), s.code,
                                         s.mods[0] if s.mods else "", s.mods[1] if len(s.mods) > 1 else "",
                                         f"{s.units:.2f}", m(s.billed), m(s.allowed), m(s.paid), " ".join(s.remarks)],
                         "R", 8)
                lines.append(truth_line(doc.page, s, claim_id=pcn, payer_claim_id=cicn, patient=pat,
                                        printed=("billed", "allowed", "paid"), remarks=s.remarks))
                fl.y += 11
            fl.cont = None
            fl.need(14)
            cols_row(doc, fl.y, C, ["", "", "CLAIM TOTAL", "", "", "", "", m(total(csvcs, "billed")),
                                     m(total(csvcs, "allowed")), m(total(csvcs, "paid")), ""], "B", 8)
            fl.y += 18
            claims.append({"claim_id": pcn, "payer_claim_id": cicn, "patient": pat,
                           "totals": claim_totals(total(csvcs, "billed"), total(csvcs, "allowed"),
                                                  total(csvcs, "paid"))})
    # adjustments: a reversal of an earlier paid claim and its replacement
    orig = [sv(date(2025, 12, 15), "97530", 2, ["GO"]), sv(date(2025, 12, 15), "97110", 1, ["GO"])]
    for s in orig:
        medicaid(s)
    rev = [negate(s) for s in orig]
    repl = [sv(date(2025, 12, 15), "97530", 3, ["GO"]), sv(date(2025, 12, 15), "97110", 1, ["GO"])]
    for s in repl:
        medicaid(s)
    for s in rev:
        s.remarks = ["0901"]
    for s in repl:
        s.remarks = ["0902"]
    fl.need(60)
    doc.text(30, fl.y, "*** CLAIMS ADJUSTED ***", "B", 8)
    fl.y += 14
    for cicn, csvcs, tag in (("2025123000187", rev, "ORIGINAL ICN 2025121800044 REVERSED"),
                             ("2026012000588", repl, "REPLACEMENT FOR ICN 2025121800044")):
        fl.need(50)
        doc.text(30, fl.y, f"RECIP: {'STRAND, ELI M':<22} RECIP ID: NP00398104  PAT ACCT: PST-29501    ICN: {cicn}"
                 f"   {tag}", "B", 8)
        fl.y += 12
        for i, s in enumerate(csvcs):
            cols_row(doc, fl.y, C, [f"{i + 1:02d}", dfmt(s.dos, "mdy2"), dfmt(s.dos, "mdy2"), s.code, s.mods[0], "",
                                     f"{s.units:.2f}", m(s.billed), m(s.allowed), m(s.paid), " ".join(s.remarks)],
                     "R", 8)
            lines.append(truth_line(doc.page, s, claim_id="PST-29501", payer_claim_id=cicn, patient="STRAND, ELI M",
                                    printed=("billed", "allowed", "paid"), remarks=s.remarks))
            fl.y += 11
        cols_row(doc, fl.y, C, ["", "", "CLAIM TOTAL", "", "", "", "", m(total(csvcs, "billed")),
                                 m(total(csvcs, "allowed")), m(total(csvcs, "paid")), ""], "B", 8)
        fl.y += 18
        claims.append({"claim_id": "PST-29501", "payer_claim_id": cicn, "patient": "STRAND, ELI M",
                       "totals": claim_totals(total(csvcs, "billed"), total(csvcs, "allowed"), total(csvcs, "paid"))})
    legend = [("0101", "Paid in line with the state fee schedule."),
              ("0230", "Billed amount is above the maximum fee; the difference is not payable by the recipient."),
              ("0712", "No prior authorization on file for these dates."),
              ("0901", "Earlier payment taken back; see replacement claim."),
              ("0902", "Replacement claim processed with corrected units.")]
    fl.need(20 + 11 * len(legend))
    doc.text(30, fl.y, "EOB CODE DESCRIPTIONS", "B", 8)
    fl.y += 12
    for k, v in legend:
        doc.text(30, fl.y, f"{k}  {v}", "R", 8)
        fl.y += 11
    pages = doc.save()
    return dict(pages=pages, producer="fpdf2", lines=lines, claims=claims, legend=legend,
                description="State Medicaid remittance advice in Courier, landscape; paid/denied/adjusted sections, "
                            "claim continued across page break, reversal with trailing minus and its replacement.")


# =============================================================================================== L7
def l7(path, total_pages):
    """Clearinghouse print of a Medicare Part B remittance, reportlab, core Courier, portrait."""
    m = lambda d: money(d, "")  # noqa: E731
    FMT["l7_clearpath_medicare_remit"] = dict(money=m, date=lambda d: dfmt(d, "mdy6"),
                                             code=lambda c, ms: [" ".join((c,) + tuple(ms))],
                                             units=lambda u: u, adj=lambda g, c: f"{g}-{c}", all_adj=True)
    doc = Doc(path, "reportlab", {"R": "Courier", "B": "Courier-Bold"}, title="Medicare remittance")
    C = [(28, "L"), (86, "L"), (126, "L"), (166, "L"), (198, "R"), (206, "L"), (318, "R"), (364, "R"), (404, "R"),
         (444, "R"), (452, "L"), (540, "R"), (584, "R")]
    H = ["REND-PROV", "FROM", "THRU", "POS", "QTY", "PROC/MODS", "SUBMITTED", "APPROVED", "DEDUCT", "COINS",
         "GRP-RC", "ADJ-AMT", "PROV-PD"]

    def top(d, first):
        d.text(28, 30, "CLEARPATH EDI SERVICES - REMITTANCE PRINT (FROM 835)", "B", 8)
        d.text(584, 30, f"PAGE {d.page} OF {total_pages}", "R", 8, "R")
        d.text(28, 41, "PAYER: MIDLAND PLAINS MEDICARE ADMINISTRATIVE CONTRACTOR  JURISDICTION 7 PART B", "R", 7)
        d.text(28, 51, "PAYEE: RIVERSTONE REHAB PARTNERS  NPI 1588046271  TIN XX-XXX4471  EFT TRACE 884402176", "R", 7)
        d.text(28, 61, "PAYMENT DATE 01/29/2026   CHECK/EFT AMOUNT SEE SUMMARY", "R", 7)
        d.hline(28, 584, 66)
        cols_row(d, 76, C, H, "B", 6.5)
        d.hline(28, 584, 80)
        return 92

    fl = Flow(doc, top, 760)
    st = PlanState(ded_left=Decimal("60.00"))
    benes = [
        ("KOWALCZYK, EDMUND", "4TR7WQ2KM81", "RRP-104471", "2226011033450", "1588046271", [
            sv(D(1, 5), "97161", 1, ["GP"]), sv(D(1, 5), "97110", 2, ["GP", "KX"]), sv(D(1, 7), "97110", 2, ["GP"]),
            sv(D(1, 7), "97140", 1, ["GP", "59"]), sv(D(1, 12), "97110", 2, ["GP"]), sv(D(1, 12), "97112", 1, ["GP"]),
            sv(D(1, 14), "97110", 1, ["GP", "CQ"]), sv(D(1, 14), "97116", 2, ["GP", "CQ"]),
            sv(D(1, 19), "97110", 2, ["GP"]), sv(D(1, 19), "97140", 1, ["GP", "59"]),
            sv(D(1, 21), "97110", 2, ["GP"]), sv(D(1, 21), "97530", 1, ["GP"])]),
        ("ABERNATHY, LOUISE C", "7HN2EC5VD03", "RRP-104502", "2226011033451", "1588046271", [
            sv(D(1, 6), "97165", 1, ["GO"]), sv(D(1, 6), "97535", 2, ["GO"]), sv(D(1, 8), "97530", 2, ["GO"]),
            sv(D(1, 8), "0552T", 1, ["GO"], denied="PR")]),
        ("DELACROIX, ROBERT", "2XK9PL4TA66", "RRP-104533", "2226011033452", "1588046271", [
            sv(D(1, 9), "97163", 1, ["GP"]), sv(D(1, 13), "97110", 3, ["GP"]), sv(D(1, 13), "G0283", 1, ["GP"]),
            sv(D(1, 16), "97110", 3, ["GP"]), sv(D(1, 16), "97035", 1, ["GP"])]),
    ]
    lines, claims = [], []
    for pat, mbi, acct, icn, npi, svcs in benes:
        st.ded_left = Decimal("60.00") if pat.startswith("KOW") else ZERO
        for s in svcs:
            medicare(s, st, True, "96")
            s.remarks = ["N130"] if s.denied else []

        def heading(cont=False, pat=pat, mbi=mbi, acct=acct, icn=icn):
            doc.text(28, fl.y, f"NAME {pat:<20} MBI {mbi}  ACNT {acct}  ICN {icn}  ASG Y  MOA MA01"
                     + (" (CONT)" if cont else ""), "B", 7)
            fl.y += 11
        fl.need(40)
        heading()
        fl.cont = lambda h=heading: h(True)
        for s in svcs:
            fl.need(10 * len(s.adjs) + 2)
            g, c, a = s.adjs[0]
            cols_row(doc, fl.y, C, [npi, dfmt(s.dos, "mdy6"), dfmt(s.dos, "mdy6"), "11", G.units_str(s.units),
                                     " ".join((s.code,) + s.mods), m(s.billed), m(s.allowed), m(s.deductible),
                                     m(s.coinsurance), f"{g}-{c}", m(a), m(s.paid)], "R", 7)
            for g, c, a in s.adjs[1:]:
                fl.y += 9
                cols_row(doc, fl.y, C, [""] * 10 + [f"{g}-{c}", m(a), ""], "R", 7)
            if s.remarks:
                fl.y += 9
                doc.text(196, fl.y, "REM: " + " ".join(s.remarks), "R", 7)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=pat,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks))
            fl.y += 11
        fl.cont = None
        fl.need(30)
        pr = total(svcs, "owes")
        cols_row(doc, fl.y, C, ["PT RESP", m(pr), "", "", "", "CLAIM TOTALS", m(total(svcs, "billed")),
                                 m(total(svcs, "allowed")), m(total(svcs, "deductible")), m(total(svcs, "coinsurance")),
                                 "", "", m(total(svcs, "paid"))], "B", 7)
        fl.y += 10
        doc.text(28, fl.y, "CLAIM INFORMATION FORWARDED TO: GOLDEN YEARS SUPPLEMENT MUTUAL", "R", 7)
        fl.y += 16
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), None)})
    fl.need(60)
    allsv = [s for *_, sv_ in benes for s in sv_]
    doc.text(28, fl.y, f"TOTALS: # OF CLAIMS 3  BILLED AMT {m(total(allsv, 'billed'))}  ALLOWED AMT "
             f"{m(total(allsv, 'allowed'))}  PROV PD AMT {m(total(allsv, 'paid'))}", "B", 7)
    fl.y += 14
    legend = [("N130", "Consult plan benefit documents for coverage limits (clearinghouse summary).")]
    doc.text(28, fl.y, "GLOSSARY: GROUP, REASON, MOA AND REMARK CODES", "B", 7)
    fl.y += 10
    for k, v in legend + [("CO", "Contractual obligation"), ("PR", "Patient responsibility")]:
        doc.text(28, fl.y, f"{k:<6}{v}", "R", 7)
        fl.y += 9
    pages = doc.save()
    return dict(pages=pages, producer="reportlab", lines=lines, claims=claims, legend=legend,
                description="Clearinghouse print of a Medicare Part B remittance in Courier; stacked adjustment "
                            "lines, sequestration, long claim continued on page 2, crossover note.")


# =============================================================================================== L3
def l3(path, total_pages):
    """Medicare Summary Notice, Part B, reportlab, DejaVu Serif, one beneficiary, claim per date of service."""
    m = lambda d: money(d, "$")  # noqa: E731
    FMT["l3_msn_part_b"] = dict(money=m, date=None, claim_date=lambda d: dfmt(d, "month"),
                                code=lambda c, ms: ["(" + "-".join((c,) + tuple(ms)) + ")"], units=None)
    doc = Doc(path, "reportlab", {"R": DJ + "DejaVuSerif.ttf", "B": DJ + "DejaVuSerif-Bold.ttf"},
              title="Medicare Summary Notice")
    BENE = "Gertrude A. Halvorsen"
    st = PlanState(ded_left=Decimal("120.00"))
    cl = [  # (date, claim number, provider lines, services)
        (D(1, 5), "26-0050-1147-3820", ["Juniper Bend Physical Therapy, (555) 014-2270", "418 Orchard Row",
                                        "Lakeview Falls, MN 55906"], [
            sv(D(1, 5), "97161", 1, ["GP"]), sv(D(1, 5), "97110", 2, ["GP"]), sv(D(1, 5), "97140", 1, ["GP", "59"])]),
        (D(1, 7), "26-0072-1150-0914", ["Juniper Bend Physical Therapy, (555) 014-2270"], [
            sv(D(1, 7), "97110", 2, ["GP"]), sv(D(1, 7), "97112", 1, ["GP"]), sv(D(1, 7), "97140", 1, ["GP", "59"]),
            sv(D(1, 7), "G0283", 1, ["GP"])]),
        (D(1, 9), "26-0094-2218-6631", ["Lakeview Falls Family Medicine, (555) 014-8810", "Referred by: Paul Nyström, MD"], [
            sv(D(1, 9), "99214", 1, []), sv(D(1, 9), "36415", 1, []), sv(D(1, 9), "85025", 1, [])]),
        (D(1, 12), "26-0127-1151-2276", ["Juniper Bend Physical Therapy, (555) 014-2270"], [
            sv(D(1, 12), "97110", 2, ["GP", "KX"]), sv(D(1, 12), "97116", 1, ["GP", "KX"]),
            sv(D(1, 12), "97530", 1, ["GP", "KX"]), sv(D(1, 12), "97140", 1, ["GP", "59", "KX"]),
            sv(D(1, 12), "97035", 1, ["GP"], denied="CO")]),
        (D(1, 14), "26-0149-1152-8803", ["Juniper Bend Physical Therapy, (555) 014-2270"], [
            sv(D(1, 14), "97110", 1, ["GP", "CQ"]), sv(D(1, 14), "97116", 2, ["GP", "CQ"]),
            sv(D(1, 14), "97530", 1, ["GP", "CQ", "KX"])]),
        (D(1, 16), "26-0161-3340-0052", ["Northwind Medical Supply, (555) 014-3399"], [
            sv(D(1, 16), "E0114", 1, ["NU"]), sv(D(1, 16), "A4565", 1, ["NU"])]),
    ]
    notes = {"A": "This approved amount is the most this provider may charge you for this service.",
             "B": "You have met your Part B deductible for 2026.",
             "C": "Medicare does not pay for this service when billed with the other therapy done the same day. "
                  "The provider may not bill you for it.",
             "D": "Payment for therapy assistant services is reduced to a set percentage of the fee."}
    C = [(40, "L"), (330, "R"), (404, "R"), (478, "R"), (548, "R"), (572, "C")]

    def top(d, first):
        d.text(40, 42, "Medicare Summary Notice for Part B (Medical Insurance)", "B", 13)
        d.text(40, 56, f"{BENE}", "R", 9)
        d.text(572, 56, f"Page {d.page} of {total_pages}", "R", 9, "R")
        d.hline(40, 572, 62, 1.2)
        if first:
            d.text(40, 80, "The Official Summary of Your Medicare Claims (sample layout, invented data)", "R", 9)
            d.rect(40, 92, 250, 150)
            d.text(48, 108, "Your Information", "B", 10)
            for i, t in enumerate([BENE.upper(), "77 LARKSPUR COURT APT 4", "LAKEVIEW FALLS MN 55906",
                                   "Medicare Number XXXXXX-R31K", "Notice date: February 2, 2026"]):
                d.text(48, 124 + 13 * i, t, "R", 8.5)
            d.text(48, 200, "Claims processed from November 1, 2025", "R", 8.5)
            d.text(48, 213, "to January 31, 2026", "R", 8.5)
            d.rect(310, 92, 262, 150)
            d.text(318, 108, "Your Deductible Status", "B", 10)
            for i, t in enumerate(["Your deductible is what you must pay", "for services each year before Medicare",
                                   "starts to pay.", "Part B Deductible: You have now met", "your $257.00 deductible "
                                   "for 2026."]):
                d.text(318, 124 + 13 * i, t, "R", 8.5)
            d.text(40, 268, "Your Claims & Costs This Period", "B", 11)
            d.text(40, 284, "Did Medicare approve all services?  NO — see the notes about one service.", "R", 9)
            d.text(40, 298, "Total you may be billed: see each claim below.", "R", 9)
            d.text(40, 326, "Providers with claims this period", "B", 10)
            for i, (dd, _, pv, _) in enumerate(cl):
                d.text(52, 342 + 13 * i, f"{dfmt(dd, 'month')}  —  {pv[0].split(',')[0]}", "R", 9)
            d.text(40, 440, "Your Claims for Part B (Medical Insurance)", "B", 12)
            d.text(40, 454, "Part B covers outpatient care, supplies and some therapy. Read the notes for each claim.",
                   "R", 8.5)
            return 472
        return 84

    def colhead(fl):
        d = fl.doc
        heads = [("Service Provided &", "Billing Code"), ("Amount", "Provider Charged"), ("Medicare-", "Approved"),
                 ("Medicare", "Paid Provider"), ("Maximum You", "May Be Billed"), ("See", "Notes")]
        for (x, al), (a, b) in zip(C, heads):
            d.text(x, fl.y, a, "B", 7.5, al)
            d.text(x, fl.y + 9, b, "B", 7.5, al)
        d.hline(40, 572, fl.y + 13, 0.6)
        fl.y += 24

    def foot(d):
        d.text(40, 770, "Sample notice with invented data. Call 1-800-555-0199 with questions about this notice.",
               "R", 7)

    fl = Flow(doc, top, 748, foot)
    lines, claims = [], []
    for dd, cno, prov, svcs in cl:
        for s in svcs:
            medicare(s, st, True, "97")
            s.remarks = ["C"] if s.denied else (["A"] + (["D"] if "CQ" in s.mods else []))
        svcs[-1].remarks = svcs[-1].remarks + (["B"] if dd == D(1, 7) else [])

        def heading(cont=False, dd=dd, cno=cno, prov=prov):
            d = fl.doc
            d.text(40, fl.y, dfmt(dd, "month") + ("  (claim continued)" if cont else ""), "B", 10)
            fl.y += 13
            if not cont:
                for t in prov:
                    d.text(40, fl.y, t, "R", 8.5)
                    fl.y += 11
            d.text(40, fl.y, f"Claim number {cno}", "R", 8.5)
            fl.y += 14
            colhead(fl)
        fl.need(95)
        heading()
        fl.cont = lambda h=heading: h(True)
        for s in svcs:
            label = f"{s.desc} ({'-'.join((s.code,) + s.mods)})"
            dl = wrap(doc, label, 200, "R", 8.5)
            fl.need(12 * len(dl) + 4)
            for t in dl[:-1]:
                doc.text(40, fl.y, t, "R", 8.5)
                fl.y += 11
            cols_row(doc, fl.y, C, [dl[-1], m(s.billed), m(s.allowed), m(s.paid), m(s.owes), ", ".join(s.remarks)],
                     "R", 8.5)
            lines.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=cno, patient=BENE,
                                    printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                                    remarks=s.remarks))
            fl.y += 15
        fl.cont = None
        fl.need(24)
        doc.hline(40, 572, fl.y - 9, 0.4)
        cols_row(doc, fl.y + 1, C, ["Total for Claim #" + cno, m(total(svcs, "billed")), m(total(svcs, "allowed")),
                                    m(total(svcs, "paid")), m(total(svcs, "owes")), ""], "B", 8.5)
        fl.y += 28
        claims.append({"claim_id": None, "payer_claim_id": cno, "patient": BENE,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                              total(svcs, "owes"))})
    fl.need(30 + 26 * len(notes))
    doc.text(40, fl.y, "Notes for Claims Above", "B", 11)
    fl.y += 16
    for k, v in notes.items():
        for j, t in enumerate(wrap(doc, v, 490, "R", 8.5)):
            if j == 0:
                doc.text(40, fl.y, k, "B", 8.5)
            doc.text(60, fl.y, t, "R", 8.5)
            fl.y += 11
        fl.y += 4
    foot(doc)
    pages = doc.save()
    return dict(pages=pages, producer="reportlab", lines=lines, claims=claims, legend=list(notes.items()),
                description="Medicare Summary Notice, Part B: one beneficiary, claims keyed by date of service, "
                            "billing code in parentheses after the description, letter notes, claim totals.")


# =============================================================================================== L9
def l9(path, total_pages):
    """Pediatric therapy clinic family statement, reportlab, DejaVu Sans, remit stub, account summary sidebar."""
    m = lambda d: money(d, ",", "()")  # noqa: E731
    FMT["l9_brightpath_family_statement"] = dict(money=m, date=lambda d: dfmt(d, "mdy2"),
                                                code=lambda c, ms: [c], units=None)
    doc = Doc(path, "reportlab", {"R": DJ + "DejaVuSans.ttf", "B": DJ + "DejaVuSans-Bold.ttf"},
              title="Statement")
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74"))
    PAYER = "Harborview Health Plan"
    visits = [
        ("Isabella Baines", "V260105-118", "HV2601128840", [
            sv(D(1, 5), "97166", 1, ["GO"]), sv(D(1, 5), "97530", 2, ["GO"])]),
        ("Mateo Baines", "V260106-121", "HV2601129057", [
            sv(D(1, 6), "92523", 1, ["GN"])]),
        ("Isabella Baines", "V260112-140", "HV2601140221", [
            sv(D(1, 12), "97530", 2, ["GO"]), sv(D(1, 12), "97533", 1, ["GO"]), sv(D(1, 12), "97535", 1, ["GO"])]),
        ("Lucia Baines", "V260113-144", "HV2601140975", [
            sv(D(1, 13), "97162", 1, ["GP"]), sv(D(1, 13), "97110", 2, ["GP"]), sv(D(1, 13), "97112", 1, ["GP"])]),
        ("Mateo Baines", "V260113-146", "HV2601141002", [
            sv(D(1, 13), "92507", 1, ["GN"]), sv(D(1, 13), "92526", 1, ["GN"], denied="PR")]),
        ("Isabella Baines", "V260119-163", "HV2601152866", [
            sv(D(1, 19), "97530", 2, ["GO"]), sv(D(1, 19), "97533", 1, ["GO"]), sv(D(1, 19), "97112", 1, ["GO"]),
            sv(D(1, 19), "97140", 1, ["GO"]), sv(D(1, 19), "97535", 1, ["GO"])]),
        ("Lucia Baines", "V260120-170", "HV2601153390", [
            sv(D(1, 20), "97110", 2, ["GP"]), sv(D(1, 20), "97116", 1, ["GP"])]),
        ("Mateo Baines", "V260120-172", "HV2601153412", [
            sv(D(1, 20), "92507", 1, ["GN"]), sv(D(1, 20), "92526", 1, ["GN"])]),
        ("Isabella Baines", "V260126-188", "HV2601170034", [
            sv(D(1, 26), "97530", 2, ["GO"]), sv(D(1, 26), "97533", 1, ["GO"]), sv(D(1, 26), "97112", 1, ["GO"]),
            sv(D(1, 26), "97535", 1, ["GO"]), sv(D(1, 26), "97140", 1, ["GO"]), sv(D(1, 26), "97760", 1, ["GO"]),
            sv(D(1, 26), "L3807", 1, ["RT"])]),
        ("Lucia Baines", "V260127-191", "HV2601170588", [
            sv(D(1, 27), "97110", 2, ["GP"]), sv(D(1, 27), "97116", 1, ["GP"]), sv(D(1, 27), "97140", 1, ["GP"]),
            sv(D(1, 27), "97530", 1, ["GP"])]),
    ]
    for _, _, _, svcs in visits:
        for s in svcs:
            commercial(s, st, "96")
    allsv = [s for *_, v in visits for s in v]
    due = total(allsv, "owes") - Decimal("40.00")
    C = [(40, "L"), (88, "L"), (168, "L"), (208, "L"), (420, "R"), (468, "R"), (516, "R"), (576, "R")]

    def top(d, first):
        if first:
            d.rect(36, 30, 540, 96, 0.6)
            d.text(46, 48, "BRIGHTPATH KIDS THERAPY CENTER", "B", 11)
            d.text(46, 60, "1290 Meadowlark Parkway, Suite 200 · Fairhaven, WI 53122", "R", 7.5)
            d.text(46, 84, "MARISOL QUINTERO-BAINES", "R", 8.5)
            d.text(46, 95, "48 CINDER HILL DRIVE", "R", 8.5)
            d.text(46, 106, "FAIRHAVEN WI 53122", "R", 8.5)
            for i, (k, v) in enumerate([("Statement Date", "01/30/26"), ("Account Number", "G-40417"),
                                        ("Pay This Amount", "$" + f"{due:,.2f}"), ("Amount Enclosed", "$__________")]):
                d.text(360, 48 + 16 * i, k, "R", 8)
                d.text(566, 48 + 16 * i, v, "B", 8.5, "R")
            d.text(306, 138, "- - - - - - - - -  please detach and return the top portion with your payment  - - - - "
                   "- - - - -", "R", 6.5, "C")
            d.text(36, 162, "Statement of Account", "B", 12)
            d.text(36, 175, "Guarantor: Marisol Quintero-Baines   Account G-40417", "R", 8)
            return 196
        d.text(36, 40, "BRIGHTPATH KIDS THERAPY CENTER  ·  Account G-40417  ·  Statement 01/30/26", "B", 8.5)
        d.text(36, 54, "Statement of Account (continued)", "R", 8)
        return 70

    def colhead(fl):
        d = fl.doc
        d.hline(36, 576, fl.y - 9, 0.8)
        cols_row(d, fl.y, C, ["Date", "Patient", "CPT", "Description", "Charges", "Ins. Paid", "Ins. Adj.",
                              "Your Portion"], "B", 7.5)
        d.hline(36, 576, fl.y + 4, 0.8)
        fl.y += 16

    def foot(d):
        d.text(36, 772, "Questions about this statement? Billing office (555) 013-4470, Mon-Fri 8-4.  "
               "We accept checks, cards and payment plans.", "R", 7)
        d.text(576, 772, f"Page {d.page} of {total_pages}", "R", 7, "R")

    fl = Flow(doc, top, 752, foot)
    colhead(fl)
    fl.cont = lambda: colhead(fl)
    lines, claims = [], []
    for pat, visit, hv, svcs in visits:
        fl.need(14)
        doc.text(40, fl.y, f"Visit {visit}  ·  {pat}  ·  Brightpath clinic", "B", 7.5)
        fl.y += 12
        for s in svcs:
            fl.need(12)
            adj = s.billed - s.paid - s.owes
            cols_row(doc, fl.y, C, [dfmt(s.dos, "mdy2"), pat.split()[0], s.code, s.desc, m(s.billed), m(s.paid),
                                    m(adj), m(s.owes)], "R", 7.5)
            lines.append(truth_line(doc.page, s, claim_id=visit, payer_claim_id=hv, patient=pat,
                                    printed=("billed", "paid", "patient_owes"), units=False, modifiers=False))
            fl.y += 11
        fl.need(12)
        doc.text(208, fl.y, f"Billed to {PAYER} 01/2{len(claims) % 9}/26 · Claim# {hv} · processed", "R", 7)
        fl.y += 14
        claims.append({"claim_id": visit, "payer_claim_id": hv, "patient": pat,
                       "totals": claim_totals(None, None, None, None)})
    fl.need(40)
    doc.text(40, fl.y, "01/22/26", "R", 7.5)
    doc.text(208, fl.y, "Payment - thank you (card ending 4417)", "R", 7.5)
    doc.text(576, fl.y, m(Decimal("-40.00")), "R", 7.5, "R")
    fl.y += 14
    doc.hline(36, 576, fl.y - 8, 0.8)
    doc.text(432, fl.y + 2, "Amount Due", "B", 9, "R")
    doc.text(576, fl.y + 2, "$" + f"{due:,.2f}", "B", 9, "R")
    foot(doc)
    pages = doc.save()
    return dict(pages=pages, producer="reportlab", lines=lines, claims=claims, legend=[],
                description="Pediatric therapy clinic statement of account to a guarantor with three children; "
                            "visit heading rows, insurance claim number under each visit, insurance payments "
                            "printed as credits in parentheses, denied line fully the family's, patient payment row.")


# =============================================================================================== L2
def l2(path, total_pages):
    """Commercial member EOB, fpdf2, DejaVu Sans Condensed, landscape, separate Proc / Mod / Qty columns."""
    m = lambda d: money(d, "$")  # noqa: E731
    FMT["l2_bluewater_member_eob"] = dict(money=m, date=lambda d: dfmt(d, "mdy2"),
                                         code=lambda c, ms: [c] + ([" ".join(ms)] if ms else []),
                                         units=lambda u: u, adj=lambda g, c: c)
    doc = Doc(path, "fpdf2", {"R": DJ + "DejaVuSansCondensed.ttf", "B": DJ + "DejaVuSansCondensed-Bold.ttf"},
              landscape=True, title="Explanation of Benefits")
    st = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.70"),
                   copay_codes={"99213": Decimal("30.00"), "99214": Decimal("30.00")})
    fam = [
        ("Sofia Moore", "BMB-26-0117-88210", "Coastline Kids Therapy", "CKT0041872", [
            sv(D(1, 6), "97165", 1, ["GO"]), sv(D(1, 6), "97530", 2, ["GO"]), sv(D(1, 8), "97530", 2, ["GO"]),
            sv(D(1, 8), "97112", 1, ["GO", "59"]), sv(D(1, 13), "97530", 3, ["GO"]), sv(D(1, 15), "97530", 2, ["GO"]),
            sv(D(1, 15), "97535", 1, ["GO"]), sv(D(1, 20), "97530", 2, ["GO"]), sv(D(1, 22), "97530", 2, ["GO"]),
            sv(D(1, 22), "97533", 1, ["GO"], denied="CO")]),
        ("Rafael Moore", "BMB-26-0119-90344", "Seaside Sports Rehab", "SSR-7720-01", [
            sv(D(1, 7), "97161", 1, ["GP"]), sv(D(1, 7), "97140", 1, ["GP", "59"]), sv(D(1, 9), "97110", 2, ["GP"]),
            sv(D(1, 9), "97140", 1, ["GP", "59"])]),
        ("Helena Vasquez-Moore", "BMB-26-0120-11873", "Pier Point Internal Medicine", "PPIM 556102", [
            sv(D(1, 10), "99214", 1, []), sv(D(1, 10), "36415", 1, []), sv(D(1, 10), "85025", 1, [])]),
        ("Lucas Moore", "BMB-26-0124-30011", "Coastline Kids Therapy", "CKT0042210", [
            sv(D(1, 14), "92523", 1, ["GN"]), sv(D(1, 21), "92507", 1, ["GN"]), sv(D(1, 28), "92507", 1, ["GN"])]),
    ]
    C = [(30, "L"), (74, "L"), (196, "L"), (226, "L"), (272, "R"), (322, "R"), (370, "R"), (414, "R"), (462, "R"),
         (506, "R"), (546, "R"), (596, "R"), (646, "R"), (702, "R"), (714, "L")]
    H = [("Date of", "Service"), ("Service", ""), ("Proc", ""), ("Mod", ""), ("Qty", ""), ("Charges", ""),
         ("Network", "Savings"), ("Not", "Covered"), ("Covered", "Amount"), ("Deduct-", "ible"), ("Copay", ""),
         ("Coins-", "urance"), ("Plan", "Pays"), ("Member", "Owes"), ("Rmk", "")]
    rmk = {"R10": "Network savings: the provider agreed to the plan's rate; you do not pay the difference.",
           "R22": "Applied to your deductible.", "R31": "Your coinsurance share for this service.",
           "R35": "Your copay for this office visit.",
           "R48": "Not covered: billed with another service the plan includes. The provider cannot bill you."}

    def top(d, first):
        d.rect(30, 24, 732, 40, 0.6, 0.93)
        d.text(40, 42, "BLUEWATER MUTUAL", "B", 14)
        d.text(40, 56, "benefit plan for the Harbor County school employees", "R", 7.5)
        d.text(752, 42, "EXPLANATION OF BENEFITS", "B", 12, "R")
        d.text(752, 56, f"Statement date 02/03/2026 · Page {d.page} of {total_pages}", "R", 7.5, "R")
        if first:
            d.text(30, 84, "Subscriber: HELENA VASQUEZ-MOORE    ID BMW 7740 2231 09    Group 88-4410 HCSD    "
                   "Plan: Bluewater Choice 30", "R", 8)
            d.text(30, 97, "This is not a bill. It shows how we processed claims for you and your covered family "
                   "members.", "R", 8)
            return 118
        return 82

    def colhead(fl):
        d = fl.doc
        d.hline(30, 762, fl.y - 9, 0.8)
        for (x, al), (a, b) in zip(C, H):
            d.text(x, fl.y, a, "B", 7, al)
            d.text(x, fl.y + 8, b, "B", 7, al)
        d.hline(30, 762, fl.y + 12, 0.4)
        fl.y += 22

    fl = Flow(doc, top, 560)
    lines, claims = [], []
    for pat, clm, prov, acct, svcs in fam:
        for s in svcs:
            commercial(s, st, "97")
            if s.denied:
                s.remarks = ["R48"]
            else:
                s.remarks = ["R10"] + (["R22"] if s.deductible else []) + (["R35"] if s.copay else []) + \
                            (["R31"] if s.coinsurance else [])

        def heading(cont=False, pat=pat, clm=clm, prov=prov, acct=acct):
            doc.text(30, fl.y, f"{pat}  —  Claim {clm}" + ("  (continued from previous page)" if cont else ""),
                     "B", 8.5)
            fl.y += 11
            doc.text(30, fl.y, f"Provider: {prov}   Provider's patient acct. no. {acct}   In network", "R", 7.5)
            fl.y += 14
            colhead(fl)
        fl.need(70)
        heading()
        fl.cont = lambda h=heading: h(True)
        for s in svcs:
            fl.need(12)
            cols_row(doc, fl.y, C, [dfmt(s.dos, "mdy2"), s.desc[:26], s.code, " ".join(s.mods), G.units_str(s.units),
                                    m(s.billed), m(s.discount), m(s.not_covered), m(s.allowed), m(s.deductible),
                                    m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes), " ".join(s.remarks)], "R", 7)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat, printed=PRINTED_ALL,
                                    remarks=s.remarks, overrides={"description": s.desc[:26]}))
            fl.y += 11
        fl.cont = None
        fl.need(20)
        doc.hline(30, 762, fl.y - 8, 0.4)
        cols_row(doc, fl.y, C, ["", "Claim totals", "", "", "", m(total(svcs, "billed")), m(total(svcs, "discount")),
                                m(total(svcs, "not_covered")), m(total(svcs, "allowed")), m(total(svcs, "deductible")),
                                m(total(svcs, "copay")), m(total(svcs, "coinsurance")), m(total(svcs, "paid")),
                                m(total(svcs, "owes")), ""], "B", 7)
        fl.y += 22
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                              total(svcs, "owes"))})
    fl.need(20 + 11 * len(rmk))
    doc.text(30, fl.y, "Remark codes", "B", 8.5)
    fl.y += 12
    for k, v in rmk.items():
        doc.text(30, fl.y, f"{k}  {v}", "R", 7.5)
        fl.y += 10
    doc.text(30, 590, "Bluewater Mutual · 600 Breakwater Ave · Port Calder, ME 04011 · Member line 1-800-555-0177",
             "R", 7)
    pages = doc.save()
    return dict(pages=pages, producer="fpdf2", lines=lines, claims=claims, legend=list(rmk.items()),
                description="Commercial member EOB, landscape: Proc, Mod and Qty columns, network savings and "
                            "not-covered columns, four family members, descriptions cut short by the print, remark legend.")


# =============================================================================================== L4
def l4(path, total_pages):
    """Medicare Advantage member EOB, fpdf2, core Times, portrait, monthly."""
    m = lambda d: money(d, "$")  # noqa: E731
    FMT["l4_evergreen_ma_eob"] = dict(money=m, date=lambda d: dfmt(d, "mon"),
                                     code=lambda c, ms: [("Code " + c + " " + " ".join(ms)).strip()], units=None,
                                     code_below=True)
    doc = Doc(path, "fpdf2", {"R": "Times-Roman", "B": "Times-Bold"}, title="Explanation of Benefits")
    MEMBER = "Walter J. Brightwater"
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.40"))
    cl = [
        ("PT", "EV2601-07733914", "Fernhill Physical Therapy", [
            sv(D(1, 5), "97161", 1, ["GP"]), sv(D(1, 5), "97110", 2, ["GP"]), sv(D(1, 7), "97110", 2, ["GP"]),
            sv(D(1, 7), "97140", 1, ["GP", "59"]), sv(D(1, 12), "97110", 2, ["GP"]), sv(D(1, 12), "97116", 1, ["GP"]),
            sv(D(1, 14), "97110", 2, ["GP", "CQ"]), sv(D(1, 19), "97110", 2, ["GP"]), sv(D(1, 19), "97530", 1, ["GP"]),
            sv(D(1, 21), "97750", 1, ["GP"])]),
        ("MD", "EV2601-07740122", "Cascade Valley Primary Care", [
            sv(D(1, 8), "99213", 1, []), sv(D(1, 8), "G0283", 1, [], denied="CO")]),
        ("DME", "EV2601-07752608", "Alder Home Medical Supply", [
            sv(D(1, 9), "L3807", 1, ["RT"]), sv(D(1, 9), "A4565", 1, ["RT"])]),
    ]
    C = [(40, "L"), (104, "L"), (352, "R"), (412, "R"), (472, "R"), (530, "R"), (540, "L")]
    notes = {"1": "Your plan's approved amount is what the provider agreed to accept for this service.",
             "2": "You pay a $20.00 copay for each outpatient therapy or office visit.",
             "3": "The plan does not cover this service when it is billed this way. The provider may not bill you "
                  "for it. You can ask for a coverage decision."}

    def top(d, first):
        d.text(40, 46, "Evergreen Senior Advantage (HMO)", "B", 15)
        d.text(572, 46, f"Page {d.page} of {total_pages}", "R", 9, "R")
        d.text(40, 60, "Your Explanation of Benefits for medical services: January 2026", "R", 10)
        d.hline(40, 572, 66, 1.0)
        if first:
            d.text(40, 86, f"Member: {MEMBER}      Member ID: EVS 40028813      Notice date: February 6, 2026",
                   "R", 9.5)
            d.text(40, 104, "Section 1: Summary of your medical claims", "B", 11)
            d.text(40, 120, "This is not a bill. Your providers may send you a bill for the amounts in the "
                   "\"You owe\" column.", "R", 9.5)
            d.text(40, 144, "Section 2: Your claims in January 2026", "B", 11)
            return 164
        d.text(40, 84, f"{MEMBER}  -  Section 2 (continued)", "B", 10)
        return 104

    def colhead(fl):
        d = fl.doc
        d.rect(40, fl.y - 10, 532, 24, 0.4, 0.88)
        for (x, al), (a, b) in zip(C, [("Date", ""), ("Service and billing code", ""), ("Provider's", "charge"),
                                       ("Plan's", "approved"), ("Plan's", "share"), ("You", "owe"), ("Note", "")]):
            d.text(x, fl.y, a, "B", 8.5, al)
            d.text(x, fl.y + 10, b, "B", 8.5, al)
        fl.y += 26

    fl = Flow(doc, top, 740)
    lines, claims = [], []
    for kind, cno, prov, svcs in cl:
        for s in svcs:
            commercial(s, st, "96")
            s.remarks = ["3"] if s.denied else (["1"] + (["2"] if s.copay else []))

        def heading(cont=False, cno=cno, prov=prov):
            fl.doc.text(40, fl.y, f"{prov}   Claim number {cno}" + ("  (continued)" if cont else ""), "B", 9.5)
            fl.y += 16
            colhead(fl)
        fl.need(66)
        heading()
        fl.cont = lambda h=heading: h(True)
        for s in svcs:
            fl.need(26)
            cols_row(doc, fl.y, C, [dfmt(s.dos, "mon"), s.desc, m(s.billed), m(s.allowed), m(s.paid), m(s.owes),
                                    ", ".join(s.remarks)], "R", 9)
            doc.text(104, fl.y + 10, ("Code " + s.code + " " + " ".join(s.mods)).strip(), "R", 8)
            lines.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=cno, patient=MEMBER,
                                    printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                                    remarks=s.remarks))
            fl.y += 24
        fl.cont = None
        fl.need(20)
        doc.hline(40, 572, fl.y - 12, 0.5)
        cols_row(doc, fl.y, C, ["", "Claim total", m(total(svcs, "billed")), m(total(svcs, "allowed")),
                                m(total(svcs, "paid")), m(total(svcs, "owes")), ""], "B", 9)
        fl.y += 26
        claims.append({"claim_id": None, "payer_claim_id": cno, "patient": MEMBER,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                              total(svcs, "owes"))})
    fl.need(40 + 24 * len(notes))
    doc.text(40, fl.y, "Notes about your claims", "B", 11)
    fl.y += 16
    for k, v in notes.items():
        for j, t in enumerate(wrap(doc, v, 480, "R", 9)):
            doc.text(40, fl.y, k if j == 0 else "", "B", 9)
            doc.text(58, fl.y, t, "R", 9)
            fl.y += 12
    doc.text(40, 770, "Evergreen Senior Advantage is an HMO plan with a Medicare contract (invented plan). "
             "Call 1-800-555-0123, TTY 711.", "R", 7.5)
    pages = doc.save()
    return dict(pages=pages, producer="fpdf2", lines=lines, claims=claims, legend=list(notes.items()),
                description="Medicare Advantage member EOB (monthly): billing code on a second line under each "
                            "service, per-visit copay, denied line, DME claim, notes on page 2.")


# =============================================================================================== L6
def l6(path, total_pages):
    """State Medicaid remittance statement, reportlab, core Helvetica, portrait, one box per claim."""
    m = lambda d: money(d, ",")  # noqa: E731
    FMT["l6_ardenne_medicaid_rs"] = dict(money=m, date=lambda d: dfmt(d, "mdy2"),
                                        end=lambda a, b: f"{dfmt(a, 'mdy2')}-{dfmt(b, 'mdy2')}",
                                        code=lambda c, ms: [" ".join((c,) + tuple(ms))], units=lambda u: u,
                                        adj=lambda g, c: f"{g}{c}")
    doc = Doc(path, "reportlab", {"R": "Helvetica", "B": "Helvetica-Bold"}, title="Remittance Statement")
    C = [(39, "L"), (52, "L"), (124, "L"), (200, "R"), (250, "R"), (296, "R"), (336, "R"), (370, "R"), (414, "R"),
         (422, "L"), (500, "L")]
    H = ["Ln", "Service Dates", "Proc / Mods", "Units", "Billed", "Allowed", "TPL", "Copay", "Paid", "ARC",
         "RARC"]
    mem = [  # member, id, acct, tcn, status, tpl, copay, [(from, to, code, units, mods)]
        ("Keisha Darnell-Obi", "30948817A", "BCT-7781", "2601900017420", "PAID", Decimal("0"), Decimal("0"), [
            (D(1, 5), D(1, 9), "92507", 3, ["GN"]), (D(1, 12), D(1, 16), "92507", 3, ["GN"]),
            (D(1, 12), D(1, 12), "92523", 1, ["GN"]), (D(1, 19), D(1, 23), "92507", 2, ["GN"]),
            (D(1, 26), D(1, 30), "92507", 3, ["GN"])]),
        ("Marcus Darnell-Obi", "30948818A", "BCT-7782", "2601900017421", "PAID", Decimal("0"), Decimal("0"), [
            (D(1, 6), D(1, 6), "97165", 1, ["GO"]), (D(1, 6), D(1, 8), "97530", 6, ["GO"]),
            (D(1, 13), D(1, 15), "97530", 6, ["GO"]), (D(1, 13), D(1, 15), "97533", 2, ["GO"]),
            (D(1, 20), D(1, 22), "97530", 6, ["GO"]), (D(1, 20), D(1, 22), "97535", 2, ["GO"]),
            (D(1, 27), D(1, 29), "97530", 4, ["GO"]), (D(1, 27), D(1, 29), "97112", 2, ["GO", "59"]),
            (D(1, 27), D(1, 29), "97140", 2, ["GO", "59"])]),
        ("Samira Okonjo-Hale", "30977452A", "BCT-7786", "2601900017439", "PAID", Decimal("0"), Decimal("0"), [
            (D(1, 5), D(1, 5), "92523", 1, ["GN"]), (D(1, 6), D(1, 9), "92507", 4, ["GN"]),
            (D(1, 12), D(1, 16), "92507", 4, ["GN"]), (D(1, 12), D(1, 16), "92526", 2, ["GN"]),
            (D(1, 19), D(1, 23), "92507", 4, ["GN"]), (D(1, 19), D(1, 23), "92526", 2, ["GN"]),
            (D(1, 26), D(1, 30), "92507", 4, ["GN"]), (D(1, 26), D(1, 30), "92526", 2, ["GN"]),
            (D(1, 26), D(1, 26), "92508", 1, ["GN"]), (D(1, 28), D(1, 28), "97533", 1, ["GO"]),
            (D(1, 28), D(1, 30), "97530", 4, ["GO"]), (D(1, 29), D(1, 29), "97168", 1, ["GO"])]),
        ("Ayo Fenwick", "41120093B", "BCT-7790", "2601900017455", "PAID", Decimal("20.00"), Decimal("0"), [
            (D(1, 7), D(1, 7), "97161", 1, ["GP"]), (D(1, 7), D(1, 21), "97110", 6, ["GP"]),
            (D(1, 7), D(1, 21), "97116", 3, ["GP"])]),
        ("Rosalind Pettaway", "28876001C", "BCT-7801", "2601900017460", "PAID", Decimal("0"), Decimal("1.00"), [
            (D(1, 8), D(1, 8), "97163", 1, ["GP"]), (D(1, 8), D(1, 22), "97110", 4, ["GP"])]),
        ("Darius Quell", "51007734A", "BCT-7812", "2601900017493", "DENIED", Decimal("0"), Decimal("0"), [
            (D(1, 9), D(1, 9), "97167", 1, ["GO"]), (D(1, 9), D(1, 16), "97530", 4, ["GO"])]),
    ]
    state = {"box": None}

    def top(d, first):
        d.text(34, 36, "COMMONWEALTH OF ARDENNE", "B", 11)
        d.text(34, 48, "Department of Medical Assistance Services · Provider Remittance Statement", "R", 8.5)
        d.text(578, 36, f"Page {d.page} of {total_pages}", "R", 8, "R")
        d.text(578, 48, "Remit date 01/29/26   Payment no. 7004418", "R", 8, "R")
        d.hline(34, 578, 54, 1.0)
        if first:
            d.rect(34, 62, 544, 46)
            d.text(42, 76, "Payee: TIDEWATER SPEECH & REHAB CLINIC PLLC", "B", 8.5)
            d.text(42, 88, "Provider no. 0077104418   NPI 1447028830   Taxonomy 235Z00000X", "R", 8)
            d.text(42, 100, "412 Ferry Landing Rd, Cape Ardenne, AR 22910", "R", 8)
            return 126
        return 72

    def open_box(fl, sub, cont=False):
        d = fl.doc
        state["box"] = fl.y
        d.rect(34, fl.y, 544, 14, 0.6, 0.85)
        d.text(40, fl.y + 10, sub + ("  (continued)" if cont else ""), "B", 7.5)
        fl.y += 24
        cols_row(d, fl.y, C, H, "B", 7)
        d.hline(34, 578, fl.y + 3, 0.4)
        fl.y += 13

    def close_box(d, y):
        if state["box"] is not None:
            d.rect(34, state["box"], 544, y - state["box"], 0.6)
            state["box"] = None

    def foot(d):
        close_box(d, fl.y)
        d.text(34, 770, "Questions: Provider Services 1-888-555-0107. Keep this statement with your records.", "R", 7)

    fl = Flow(doc, top, 748, foot)
    lines, claims = [], []
    for pat, mid, acct, tcn, status, tpl, cop, rows in mem:
        svcs = []
        for a, b, code, u, mods in rows:
            sv_ = sv(a, code, u, mods, end=b if b != a else None)
            medicaid(sv_, "197") if status == "DENIED" else medicaid(sv_)
            if status == "DENIED":
                sv_.denied = "CO"
                medicaid(sv_, "197")
            svcs.append(sv_)
        if tpl:
            svcs[0].paid -= tpl
            svcs[0].adjs.append(("OA", "23", tpl))
        if cop:
            svcs[0].paid -= cop
            svcs[0].copay = cop
            svcs[0].adjs.append(("PR", "3", cop))
        for s in svcs:
            s.remarks = ["N54"] if status == "DENIED" else (["N381"] if s.end else [])
        sub = f"TCN {tcn}   Member: {pat}   ID {mid}   Patient Acct {acct}   Status: {status}"
        fl.need(70)
        open_box(fl, sub)
        fl.cont = lambda sub=sub: open_box(fl, sub, True)
        for i, s in enumerate(svcs):
            fl.need(12)
            t = tpl if i == 0 else ZERO
            dates = dfmt(s.dos, "mdy2") + (f"-{dfmt(s.end, 'mdy2')}" if s.end else "")
            cols_row(doc, fl.y, C, [str(i + 1), dates, " ".join((s.code,) + s.mods), G.units_str(s.units),
                                    m(s.billed), m(s.allowed), m(t), m(s.copay), m(s.paid),
                                    " ".join(f"{g}{c}" for g, c, _ in s.adjs), " ".join(s.remarks)], "R", 7.5)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=tcn, patient=pat,
                                    printed=("billed", "allowed", "copay", "paid"), service_end=s.end,
                                    adjustments=[(g, c, None) for g, c, _ in s.adjs], remarks=s.remarks))
            fl.y += 11
        fl.cont = None
        fl.need(16)
        doc.hline(34, 578, fl.y - 8, 0.4)
        cols_row(doc, fl.y, C, ["", "Claim total", "", "", m(total(svcs, "billed")), m(total(svcs, "allowed")),
                                m(tpl), m(total(svcs, "copay")), m(total(svcs, "paid")), "", ""], "B", 7.5)
        fl.y += 6
        close_box(doc, fl.y)
        fl.y += 16
        claims.append({"claim_id": acct, "payer_claim_id": tcn, "patient": pat,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
    legend = [("N381", "Span billing: units are the total for the dates shown."),
              ("N54", "Service not on the approved plan of care for these dates.")]
    fl.need(80)
    doc.text(34, fl.y, "Adjustment reason codes (ARC) and remark codes (RARC) used above", "B", 8)
    fl.y += 12
    for k, v in legend + [("CO45", "Amount above the program fee; not billable to the member."),
                          ("OA23", "Other insurance paid part of this service (TPL)."),
                          ("PR3", "Member copayment."), ("CO197", "Prior approval was missing.")]:
        doc.text(34, fl.y, f"{k:<7}", "B", 7.5)
        doc.text(70, fl.y, v, "R", 7.5)
        fl.y += 10
    foot(doc)
    pages = doc.save()
    return dict(pages=pages, producer="reportlab", lines=lines, claims=claims, legend=legend,
                description="State Medicaid remittance statement: one ruled box per claim with a shaded TCN band, "
                            "span-billed date ranges with summed units, TPL and copay columns, code-only ARC column, "
                            "denied claim, claim box continued on the next page.")


# =============================================================================================== L8
def l8(path, total_pages):
    """Practice-management ERA posting detail report, fpdf2, Liberation Sans Narrow, landscape."""
    m = lambda d: money(d, ",", "()")  # noqa: E731
    FMT["l8_therapydesk_era_posting"] = dict(money=m, date=lambda d: dfmt(d, "mdy4"),
                                            code=lambda c, ms: [c] + ([",".join(ms)] if ms else []),
                                            units=lambda u: f"{Decimal(u):.1f}", adj=lambda g, c: f"{g}{c}",
                                            all_adj=True)
    doc = Doc(path, "fpdf2", {"R": LIB + "LiberationSansNarrow-Regular.ttf",
                              "B": LIB + "LiberationSansNarrow-Bold.ttf"}, landscape=True, title="ERA Posting Detail")
    C = [(24, "L"), (108, "L"), (160, "L"), (230, "L"), (276, "L"), (306, "L"), (352, "R"), (396, "R"), (440, "R"),
         (480, "R"), (520, "R"), (566, "R"), (600, "R"), (644, "R"), (686, "R"), (694, "L")]
    H = ["Patient", "Acct #", "Payer ICN", "DOS", "CPT", "Mod", "Units", "Charge", "Allowed", "Deduct", "Coins",
         "Contractual", "Seq", "Paid", "Pt Resp", "Adj Codes"]
    st = PlanState(ded_left=ZERO)
    data = [
        ("Nakamura, Hideo", "TD-88102", "KV26011800713", [
            sv(D(1, 5), "97162", 1, ["GP"]), sv(D(1, 5), "97110", 2, ["GP"]), sv(D(1, 7), "97110", 2, ["GP"]),
            sv(D(1, 7), "97140", 1, ["GP", "59"]), sv(D(1, 9), "97110", 2, ["GP"]), sv(D(1, 9), "97116", 1, ["GP"]),
            sv(D(1, 12), "97110", 2, ["GP", "CQ"]), sv(D(1, 12), "97530", 1, ["GP", "CQ"])]),
        ("Pellegrino, Rosa", "TD-88140", "KV26011800744", [
            sv(D(1, 6), "97165", 1, ["GO"]), sv(D(1, 6), "97535", 2, ["GO"]), sv(D(1, 8), "97530", 2, ["GO"]),
            sv(D(1, 8), "97760", 1, ["GO"]), sv(D(1, 8), "L3807", 1, ["RT"]), sv(D(1, 13), "97530", 2, ["GO"]),
            sv(D(1, 13), "0552T", 1, ["GO"], denied="CO")]),
        ("Ortiz-Lang, Beatrix", "TD-88177", "KV26011800790", [
            sv(D(1, 7), "92523", 1, ["GN"]), sv(D(1, 14), "92507", 1, ["GN"]), sv(D(1, 21), "92526", 1, ["GN"])]),
        ("Sundqvist, Arne", "TD-88201", "KV26011800812", [
            sv(D(1, 8), "97163", 1, ["GP", "KX"]), sv(D(1, 8), "97112", 2, ["GP", "KX"]),
            sv(D(1, 15), "97110", 3, ["GP", "KX"]), sv(D(1, 15), "97140", 1, ["GP", "59", "KX"]),
            sv(D(1, 22), "97110", 3, ["GP", "KX"]), sv(D(1, 22), "G0283", 1, ["GP"])]),
        ("Whitlock, Jerome", "TD-88230", "KV26011800847", [
            sv(D(1, 5), "97161", 1, ["GP"]), sv(D(1, 5), "97110", 2, ["GP"]), sv(D(1, 7), "97110", 2, ["GP"]),
            sv(D(1, 7), "97035", 1, ["GP"]), sv(D(1, 9), "97110", 2, ["GP"]), sv(D(1, 9), "97140", 1, ["GP", "59"]),
            sv(D(1, 12), "97110", 2, ["GP"]), sv(D(1, 12), "97113", 2, ["GP"]), sv(D(1, 14), "97110", 2, ["GP"]),
            sv(D(1, 14), "97116", 1, ["GP"]), sv(D(1, 16), "97110", 2, ["GP", "CQ"]),
            sv(D(1, 16), "97530", 1, ["GP", "CQ"])]),
    ]

    def top(d, first):
        d.text(24, 30, "TherapyDesk PM", "B", 12)
        d.text(24, 42, "ERA Posting Detail Report", "R", 9)
        d.text(768, 30, "Run 02/02/2026 07:15  by jkessler", "R", 7.5, "R")
        d.text(768, 42, f"Page {d.page} of {total_pages}", "R", 7.5, "R")
        d.text(24, 58, "Payer: KEYSTONE VALLEY HEALTH - MEDICARE ADVANTAGE    Payer ID 66021    EFT # 0004471233    "
               "Deposit 01/30/2026    Practice: Larchmont Rehab & Hand Center", "R", 7.5)
        d.rect(24, 64, 744, 14, 0.3, 0.9)
        cols_row(d, 74, C, H, "B", 7.5)
        return 90

    fl = Flow(doc, top, 580)
    lines, claims = [], []

    def post(pat, acct, icn, svcs, note=""):
        for i, s in enumerate(svcs):
            fl.need(11)
            con = next((a for g, c, a in s.adjs if (g, c) in (("CO", "45"), ("CO", "50"))), ZERO)
            cols_row(doc, fl.y, C, [pat, acct, icn, dfmt(s.dos, "mdy4"), s.code, ",".join(s.mods),
                                    f"{s.units:.1f}", m(s.billed), m(s.allowed), m(s.deductible), m(s.coinsurance),
                                    m(con), m(s.seq), m(s.paid), m(s.owes),
                                    " ".join(f"{g}{c}" for g, c, _ in s.adjs)], "R", 7.5)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=pat,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                                    adjustments=s.adjs, remarks=[]))
            fl.y += 11
        cols_row(doc, fl.y, C, ["", "", "", "", "Claim subtotal" + note, "", "", m(total(svcs, "billed")),
                                m(total(svcs, "allowed")), "", "", "", "", m(total(svcs, "paid")),
                                m(total(svcs, "owes")), ""], "B", 7.5)
        doc.hline(24, 768, fl.y + 4, 0.3)
        fl.y += 16
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                              total(svcs, "owes"))})

    for pat, acct, icn, svcs in data:
        st.ded_left = Decimal("45.00") if acct == "TD-88140" else ZERO
        for s in svcs:
            medicare(s, st, True, "50")
        post(pat, acct, icn, svcs)
    # take-back of an earlier posting and the corrected claim
    old = [sv(date(2025, 12, 29), "97530", 2, ["GO"]), sv(date(2025, 12, 29), "97110", 2, ["GO"])]
    for s in old:
        medicare(s, st, True)
    rev = [negate(s) for s in old]
    new = [sv(date(2025, 12, 29), "97530", 2, ["GO"]), sv(date(2025, 12, 29), "97110", 1, ["GO"])]
    for s in new:
        medicare(s, st, True)
    fl.need(60)
    doc.text(24, fl.y, "Reversals and corrections", "B", 8)
    fl.y += 12
    post("Pellegrino, Rosa", "TD-87950", "KV26011800901", rev, " (reversal)")
    post("Pellegrino, Rosa", "TD-87950", "KV26011800902", new, " (corrected)")
    allsv = [x for *_, v in data for x in v] + rev + new
    fl.need(30)
    cols_row(doc, fl.y, C, ["", "", "", "", "EFT total", "", "", m(total(allsv, "billed")), m(total(allsv, "allowed")),
                            "", "", "", "", m(total(allsv, "paid")), m(total(allsv, "owes")), ""], "B", 8)
    fl.y += 14
    doc.text(24, fl.y, "Adj code key: CO45 contractual (in Contractual column)  CO50 not medically necessary "
             "(write-off, in Contractual column)  PR1 deductible  PR2 coinsurance  CO253 sequestration", "R", 7)
    pages = doc.save()
    return dict(pages=pages, producer="fpdf2", lines=lines, claims=claims, legend=[],
                description="Practice-management ERA posting report, landscape narrow font: patient, account and "
                            "payer ICN on every row, every adjustment amount in its own column with codes listed, "
                            "take-back in parentheses and corrected claim, header repeated on page 2.")


# ============================================================================================== L10
def l10(path, total_pages):
    """Hospital guarantor statement, fpdf2, DejaVu Serif, portrait, sidebar on page 1, accounts per patient."""
    m = lambda d: money(d, ",", "trail")  # noqa: E731
    FMT["l10_riverbend_hospital_statement"] = dict(money=m, date=lambda d: dfmt(d, "mdy4"),
                                                  code=lambda c, ms: [c] + list(ms), units=lambda u: u)
    doc = Doc(path, "fpdf2", {"R": DJ + "DejaVuSerifCondensed.ttf", "B": DJ + "DejaVuSerifCondensed-Bold.ttf"},
              title="Patient Statement")
    X0 = 190
    C = [(X0, "L"), (X0 + 52, "L"), (X0 + 78, "L"), (X0 + 108, "L"), (X0 + 134, "L"), (X0 + 330, "R"),
         (X0 + 390, "R")]
    accts = [
        ("Erin Whitcombe", "4400183390", "Emergency Department", "LHP-2601-451920", [
            ("0450", sv(D(1, 10), "99283", 1, ["25"])), ("0320", sv(D(1, 10), "73110", 1, ["LT"])),
            ("0300", sv(D(1, 10), "36415", 1, [])), ("0305", sv(D(1, 10), "85025", 1, [])),
            ("0274", sv(D(1, 10), "E0114", 1, ["NU"]))]),
        ("Colin Whitcombe", "4400185024", "Outpatient Rehabilitation", "LHP-2601-460033", [
            ("0434", sv(D(1, 15), "97166", 1, ["GO"])), ("0430", sv(D(1, 15), "97535", 2, ["GO"])),
            ("0430", sv(D(1, 22), "97530", 2, ["GO"])), ("0430", sv(D(1, 22), "97760", 1, ["GO"]))]),
        ("Noah Whitcombe", "4400182271", "Outpatient Rehabilitation", "LHP-2601-447188", [
            ("0424", sv(D(1, 5), "97161", 1, ["GP"])), ("0420", sv(D(1, 5), "97110", 2, ["GP"])),
            ("0420", sv(D(1, 7), "97110", 2, ["GP"])), ("0420", sv(D(1, 7), "97140", 1, ["GP"])),
            ("0420", sv(D(1, 9), "97116", 2, ["GP"])), ("0420", sv(D(1, 12), "97110", 2, ["GP"])),
            ("0420", sv(D(1, 12), "97112", 1, ["GP"])), ("0420", sv(D(1, 14), "97110", 2, ["GP"])),
            ("0420", sv(D(1, 14), "97530", 1, ["GP"])), ("0420", sv(D(1, 16), "97110", 2, ["GP"])),
            ("0420", sv(D(1, 16), "97140", 1, ["GP"])), ("0420", sv(D(1, 19), "97110", 2, ["GP"])),
            ("0420", sv(D(1, 19), "97116", 1, ["GP"])), ("0420", sv(D(1, 21), "97110", 2, ["GP"])),
            ("0270", sv(D(1, 21), "A4565", 1, []))]),
        ("Maeve Whitcombe", "4400186117", "Outpatient Speech Therapy", "LHP-2601-462570", [
            ("0444", sv(D(1, 16), "92523", 1, ["GN"])), ("0440", sv(D(1, 20), "92507", 1, ["GN"])),
            ("0440", sv(D(1, 23), "92507", 1, ["GN"])), ("0440", sv(D(1, 27), "92507", 1, ["GN"])),
            ("0440", sv(D(1, 30), "92508", 1, ["GN"]))]),
    ]
    pay = {}
    for _, acct, _, _, rows in accts:
        b = total([s for _, s in rows], "billed")
        pay[acct] = (q(b * Decimal("0.52")), q(b * Decimal("0.33")))
    bal = sum(total([s for _, s in r], "billed") - pay[a][0] - pay[a][1] for _, a, _, _, r in accts)

    def top(d, first):
        d.text(36, 40, "RIVERBEND", "B", 16)
        d.text(36, 52, "REGIONAL MEDICAL CENTER", "R", 8)
        d.text(576, 40, "Patient Statement", "B", 13, "R")
        d.text(576, 52, f"Guarantor Colin Whitcombe · Guarantor no. 900-221-7745 · Page {d.page} of {total_pages}",
               "R", 7.5, "R")
        d.hline(36, 576, 58, 1.0)
        if first:
            d.rect(36, 70, 140, 300, 0.5, 0.94)
            side = [("B", "Statement date"), ("R", "January 31, 2026"), ("R", ""), ("B", "Amount due"),
                    ("R", f"{bal:,.2f}"), ("R", ""), ("B", "Due by"), ("R", "February 25, 2026"), ("R", ""),
                    ("B", "Ways to pay"), ("R", "Online: pay.riverbend.example"), ("R", "Phone: (555) 011-6200"),
                    ("R", "Mail: the coupon on the back"), ("R", ""), ("B", "Need help paying?"),
                    ("R", "Ask about financial"), ("R", "assistance and payment"), ("R", "plans.")]
            for i, (r, t) in enumerate(side):
                d.text(44, 86 + 12 * i, t, r, 8)
            d.text(X0, 80, "Accounts on this statement", "B", 10)
            return 100
        d.text(X0, 76, "Accounts on this statement (continued)", "B", 10)
        return 96

    def colhead(fl):
        cols_row(fl.doc, fl.y, C, ["Date", "Rev", "Code", "Mod", "Description", "Qty", "Amount"], "B", 7.5)
        fl.doc.hline(X0, 580, fl.y + 3, 0.4)
        fl.y += 13

    fl = Flow(doc, top, 752)
    lines, claims = [], []
    for pat, acct, svc_type, ins_ref, rows in accts:
        svcs = [s for _, s in rows]

        def heading(cont=False, pat=pat, acct=acct, svc_type=svc_type, svcs=svcs):
            fl.doc.text(X0, fl.y, f"Account {acct} · {pat}" + (" (continued)" if cont else ""), "B", 8.5)
            fl.y += 11
            if not cont:
                fl.doc.text(X0, fl.y, f"{svc_type} · {dfmt(svcs[0].dos, 'mdy4')} to {dfmt(svcs[-1].dos, 'mdy4')}",
                            "R", 7.5)
                fl.y += 13
            colhead(fl)
        fl.need(60)
        heading()
        fl.cont = lambda h=heading: h(True)
        for rev, s in rows:
            fl.need(11)
            cols_row(doc, fl.y, C, [dfmt(s.dos, "mdy4"), rev, s.code, " ".join(s.mods), s.desc[:34],
                                    G.units_str(s.units), m(s.billed)], "R", 7.5)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=ins_ref, patient=pat,
                                    printed=("billed",), overrides={"description": s.desc[:34]}))
            fl.y += 12.5
        fl.cont = None
        pi, ai = pay[acct]
        b = total(svcs, "billed")
        fl.need(52)
        doc.hline(X0, 580, fl.y - 7, 0.3)
        for lab, v, r in (("Total charges", b, "B"),
                          (f"01/27/2026 Lakeshore Health Plan payment · claim {ins_ref}", -pi, "R"),
                          ("01/27/2026 Lakeshore Health Plan contractual adjustment", -ai, "R"),
                          ("Account balance (your responsibility)", b - pi - ai, "B")):
            doc.text(X0 + 52, fl.y, lab, r, 7.5)
            doc.text(X0 + 390, fl.y, m(v), r, 7.5, "R")
            fl.y += 10.5
        fl.y += 12
        claims.append({"claim_id": acct, "payer_claim_id": ins_ref, "patient": pat,
                       "totals": claim_totals(b, None, None, None)})
    fl.need(30)
    doc.text(X0, fl.y, "Amount due from guarantor", "B", 9)
    doc.text(X0 + 390, fl.y, f"{bal:,.2f}", "B", 9, "R")
    fl.y += 14
    doc.text(X0, fl.y, "Please include the guarantor number with your payment.", "R", 7.5)
    pages = doc.save()
    return dict(pages=pages, producer="fpdf2", lines=lines, claims=claims, legend=[],
                description="Hospital guarantor statement with a page-one sidebar: one account per family member, "
                            "revenue code, CPT/HCPCS and Mod apart, charges only per line; insurer payment, "
                            "contractual adjustment (trailing minus) and balance at account level; the last account "
                            "runs on to page 2 with its heading repeated.")


LAYOUTS = [("l6_ardenne_medicaid_rs", l6), ("l8_therapydesk_era_posting", l8),
           ("l10_riverbend_hospital_statement", l10), ("l2_bluewater_member_eob", l2), ("l4_evergreen_ma_eob", l4), ("l3_msn_part_b", l3), ("l9_brightpath_family_statement", l9), ("l1_cedar_member_eob", l1), ("l5_north_plains_medicaid_ra", l5),
           ("l7_clearpath_medicare_remit", l7)]

LAYOUTS.sort(key=lambda x: int(x[0][1:].split("_")[0]))

# ============================================================================================ runner
def build_all(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    for name, fn in LAYOUTS:
        pdf = out / f"{name}.pdf"
        r = fn(pdf, 0)
        r = fn(pdf, r["pages"])
        write_truth(pdf, name, r["producer"], r["pages"], r["description"], r["lines"], r["claims"], r["legend"],
                    r.get("findings"))
        print(f"{pdf.name}: {r['pages']} pages, {len(r['lines'])} lines, {len(r['claims'])} claims")


def check(out: Path) -> int:
    bad = 0
    spanning = 0

    def fail(*a):
        nonlocal bad
        bad += 1
        print("CHECK FAIL", *a)

    for name, _ in LAYOUTS:
        pdf = out / f"{name}.pdf"
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        f = FMT[name]
        pl = page_lines(pdf)
        if len(pl) != t["pages"]:
            fail(name, "page count", len(pl), t["pages"])
        alltext = "\n".join("\n".join(p) for p in pl)
        for ln in t["lines"]:
            lines = pl[ln["page"] - 1]
            sub = list(f["code"](ln["code"], ln["modifiers"])) if ln["code"] else []
            below = []
            if f.get("code_below"):
                below, sub = sub, []
            tk = []
            if f.get("date") and ln["service_date"]:
                ds = f["date"](date.fromisoformat(ln["service_date"]))
                if ln["service_end"] and f.get("end"):
                    ds = f["end"](date.fromisoformat(ln["service_date"]), date.fromisoformat(ln["service_end"]))
                sub.append(ds)
            elif ln["service_date"]:
                if f["claim_date"](date.fromisoformat(ln["service_date"])) not in "\n".join(lines):
                    fail(name, "claim-level date not on page", ln["service_date"])
            if ln["units"] is not None:
                tk.append(f["units"](ln["units"]))
            for k in G.AMOUNT_KEYS:
                if ln[k] is not None and not (f.get("skip_zero") and Decimal(ln[k]) == 0):
                    tk.append(f["money"](Decimal(ln[k])))
            i = find_row(lines, sub, tk)
            while below and i is not None and not all(b in lines[i + 1] for b in below):
                j = find_row(lines[i + 1:], sub, tk)
                i = None if j is None else i + 1 + j
            if i is None:
                fail(name, "row not found on page", ln["page"], ln["code"], sub, tk)
                continue
            block = "\n".join(lines[i:i + 5])
            btok = block.split()
            for g, c, a in ln["adjustments"]:
                if f["adj"](g, c) not in block:
                    fail(name, "adjustment code not in row", ln["code"], g, c)
                if a is not None and f["money"](Decimal(a)) not in btok:
                    fail(name, "adjustment amount not in row", ln["code"], a)
            for r in ln["remarks"]:
                if r not in btok and r not in block:
                    fail(name, "remark not in row", ln["code"], r)
            # arithmetic of the line
            b, dsc, nc, al = (dec(ln[k]) for k in ("billed", "discount", "not_covered", "allowed"))
            if None not in (b, dsc, nc, al) and b - dsc - nc != al:
                fail(name, "billed-discount-not covered != allowed", ln["code"])
            adj = ln["adjustments"]
            if adj and f.get("all_adj") and ln["billed"] and ln["paid"] and all(a[2] for a in adj):
                if dec(ln["billed"]) - sum(Decimal(a[2]) for a in adj) != dec(ln["paid"]):
                    fail(name, "billed - adjustments != paid", ln["code"])
        for c in t["claims"]:
            for k in ("claim_id", "payer_claim_id", "patient"):
                if c[k] and c[k] not in alltext:
                    fail(name, k, "not in text", c[k])
            cl = [x for x in t["lines"] if x["claim_id"] == c["claim_id"] and x["payer_claim_id"] == c["payer_claim_id"]
                  and x["patient"] == c["patient"]]
            if not cl:
                fail(name, "claim without lines", c)
            if len({x["page"] for x in cl}) > 1:
                spanning += 0 if name in getattr(check, "seen", set()) else 1
                check.seen = getattr(check, "seen", set()) | {name}
            for k, v in c["totals"].items():
                vals = [x[k] for x in cl]
                if v is None or None in vals:
                    continue
                if f["money"](Decimal(v)) not in alltext.split():
                    fail(name, "claim total not printed", k, v)
                s = sum(Decimal(x) for x in vals)
                key = c["payer_claim_id"] or c["claim_id"]
                planted = any(key in e for e in t["expected_findings"])
                if (s != Decimal(v)) != planted:
                    fail(name, "claim total", key, k, v, s, "planted" if planted else "")
        print(f"checked {name}: {len(t['lines'])} lines, {t['pages']} pages")
    if spanning < 3:
        fail("only", spanning, "files with a claim running onto the next page")
    print(f"files with a claim spanning pages: {spanning}")
    print("CHECK OK" if not bad else f"CHECK FAILED: {bad} problems")
    return 1 if bad else 0


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if args:
        out = Path(args[0]).resolve()
    else:
        import tempfile
        out = Path(tempfile.mkdtemp(prefix="heldout106_"))
    if (ROOT / "samples").resolve() in [out, *out.parents]:
        sys.exit("refusing to write under samples/")
    build_all(out)
    print("wrote", out)
    if "--check" in argv:
        return check(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
