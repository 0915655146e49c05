"""Held-out set 106 of synthetic PDF EOB layouts (work in progress; see final docstring)."""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen as G  # noqa: E402
from eobgen import ZERO, PlanState, Svc, commercial, dfmt, medicaid, medicare, money, negate, q, total  # noqa: E402
from eobgen import truth_line, claim_totals, write_truth  # noqa: E402
from h106common import Doc, Flow, wrap, page_lines, find_row, dec  # noqa: E402

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
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat, printed=PRINTED_ALL,
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
    orig = [sv(D(12, 15) - timedelta(days=0), "97530", 2, ["GO"]), sv(D(12, 15), "97110", 1, ["GO"])]
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
    C = [(28, "L"), (86, "L"), (126, "L"), (166, "L"), (186, "R"), (196, "L"), (318, "R"), (364, "R"), (404, "R"),
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


LAYOUTS = [("l1_cedar_member_eob", l1), ("l5_north_plains_medicaid_ra", l5),
           ("l7_clearpath_medicare_remit", l7)]


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
