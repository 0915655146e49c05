"""Write the FIFTY-SECOND held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader on the five commonest real document kinds, two house styles of each, drawn
unlike the earlier sets. Written by an independent author who did not look at the reader or how it reads these.

Run:  python bench/heldout52/make_heldout52_pdfs.py OUT_DIR            (writes the PDFs and truth files)
      python bench/heldout52/make_heldout52_pdfs.py OUT_DIR --check    (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; files are <name>.pdf.truth.json), printed values
only, null for what a layout does not print (units too: no units printed -> null; modifiers [] when none printed);
description is null throughout. claim_id = the provider's own account / patient-control / visit / invoice number
printed with the claim (null where none is printed, e.g. on a Medicare Summary Notice), payer_claim_id = the
payer's claim number / ICN / TCN / CCN printed with it (null where none is), patient = the person who got the
service exactly as printed (capitals / "LAST, FIRST" where printed so; never the guarantor or plan holder unless
the same person). Adjustments are recorded only where the page prints group + reason (+ amount). Every name, number,
payer, provider, address and ID is invented; descriptions are our own words. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness). Fonts: DejaVu / Liberation TrueType when installed, else
PDF core fonts. Drawing (one top-origin API over both producers), the truth collector and the --check reader live
in bench/heldout52/h52kit.py.

Layouts (10 files, two of each kind):
  k01 commercial member EOB for a family of three, reportlab portrait DejaVu Serif Condensed: page-1 "At a glance"
      box + deductible meter, shaded "Claim for" bands with claim number and "Provider's patient account", code and
      modifier glued with a hyphen inside the service cell ("97530-GO"), long wording wrapped onto a second line,
      Billed / Plan discount / Plan allowance / Deductible / Copay / Coinsurance / Plan paid / You owe / Remark, no
      units, dates 01/05/26, per-claim totals, claim 2 runs on to page 2 under "(continued)" and a repeated header
  k02 commercial member EOB, fpdf2 landscape Liberation Sans: "Claim detail" per claim with Procedure / Mod /
      Units / wrapped Description columns, "Jan 5, 2026" dates, Amount billed / Network discount / Not covered /
      Covered amount / Deductible / Copay / Coinsurance / Paid by plan / Your responsibility / Notes, a not-covered
      line, two patients, page-2 header repeated, notes legend
  k03 Medicare Summary Notice Part B, reportlab portrait Liberation Serif: page-1 facts box and deductible status,
      claims by provider with the date in the provider heading (no date on the service row), "Service Provided &
      Billing Code" with the code in parentheses, Amount Provider Charged / Medicare-Approved Amount / Amount
      Medicare Paid / Maximum You May Be Billed / See Notes, lettered notes, a claim that continues onto the next
      page, name + Medicare number + page on every page; claim_id null
  k04 Medicare Advantage HMO member EOB, fpdf2 portrait DejaVu Sans Condensed: "This month / So far this year"
      boxes, claim heads with claim number and received date, per-visit copay, a prior-authorization denial at $0
      your share, "Provider billed / Plan approved / Plan's share / Your share / Note", no units
  k05 state Medicaid remittance advice in the RAD style, fpdf2 landscape core Courier 7 pt: ADJUSTMENTS / APPROVES
      / DENIES sections, every row carries RAD code, CCN, recipient "LAST, FIRST", recipient ID and account no.,
      SERV DATE as MMDDYY, PROC + MODS, QTY, BILLED and PAID only, a void (minus amounts) and its re-payment,
      section totals, header repeated on page 2; allowed null
  k06 Medicaid managed-care / fee-for-service portal remittance, reportlab portrait Liberation Sans: one boxed
      block per claim (TCN, Member, Member ID, Patient Acct #, status), Ln / From / To / Proc / Mods / Units /
      Billed / Allowed / Copay / TPL / Paid / Adjustments ("CO-45 54.15", stacked), a denied line, a CREDIT (void)
      claim with minus amounts, a claim continued onto page 2 under "(continued)"
  k07 Medicare standard-paper-remit style reprint from a practice-management system, reportlab landscape DejaVu
      Sans Mono: NAME / MID / ACNT / ICN / ASG / MOA claim line, PERF PROV / SERV DATE "0105 010526" / POS / NOS /
      PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD, further adjustments on sub-rows,
      PT RESP and CLAIM TOTALS rows, NET, a claim running onto page 2 under the repeated heading
  k08 clearinghouse "Remittance Advice Detail" of a Medicare payment, fpdf2 portrait Liberation Serif: ruled claim
      blocks with status "1 - Processed as Primary" / "22 - Reversal", Svc Date / Proc:Mod / Units / Charge /
      Allowed / Deduct / Coins / Grp-Rsn / Adj Amt / Paid / Remarks, adjustments stacked one per sub-row, a reversal
      with minus amounts and its correction, claim totals
  k09 therapy clinic family statement, fpdf2 portrait DejaVu Serif: guarantor box and amount due sidebar, one
      section per family member (three people), visit heads with visit no. and the insurer's claim no., Date / Code
      / Description / Units / Charge / Ins. paid / Ins. adj. / Pt paid / Balance, a patient payment non-service row,
      visit totals; planted visit-total mismatch declared as an expected finding
  k10 hospital itemized guarantor statement, reportlab landscape Liberation Sans Narrow: one account per child,
      Date / Rev / CPT-HCPCS / Mod / Description / Qty / Charges, insurance payment and adjustment summarized per
      account (no per-line paid), account continues onto page 2 with "Account ... (continued)"; billed only

The self-check (--check) tests the factory, not the reader: the page count; every truth code, modifier, units
value, amount, date, adjustment and remark is in the text layer on the text row(s) where that service line was
drawn (units and amounts on the service's own row); ids and patients on the line's page (or the page before for
run-on rows); billed - adjustments = paid where every adjustment is printed with its amount; claim totals = sum of
lines unless the claim carries a planted expected finding; at least three files have a claim running across a page
break.
"""
from __future__ import annotations

import shutil
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import h52kit as K  # noqa: E402

G = K.G
Svc, q, money, dfmt, ZERO = G.Svc, G.q, G.money, G.dfmt, G.ZERO
G.FEE.update({"99283": "480.00", "73110": "260.00", "97163": "265.00", "97162": "240.00", "97533": "88.00",
              "G0151": "140.00", "97035": "40.00", "97010": "25.00"})
G.SCHED.update({"99283": "141.20", "73110": "31.62", "97162": "101.12", "97533": "31.90", "G0151": "58.40",
                "97035": "12.55", "97010": "5.60"})
G.DESC.update({"99283": "Emergency department visit", "73110": "X-ray of wrist, 3 views",
               "97162": "PT evaluation, moderate complexity", "97533": "Sensory integration activities",
               "G0151": "Home health PT visit, per 15 min", "97035": "Ultrasound therapy", "97010": "Hot/cold pack"})


def D(m, d):
    return date(2026, m, d)


def sv(day, code, units, mods=(), month=1, denied=None, desc=""):
    return Svc(D(month, day), code, units, tuple(mods), denied=denied, desc=desc)


def head(doc, y, cols, labels, lh):
    """labels may hold '\n' for stacked headings: last line on y."""
    for key, x, al in cols:
        parts = labels.get(key, "").split("\n")
        for i, p in enumerate(reversed(parts)):
            doc.text(x, y - i * lh, p, al)


def cells(doc, y, cols, vals):
    for key, x, al in cols:
        v = vals.get(key)
        if v:
            doc.text(x, y, v, al)


def cm(s):
    return "-".join((s.code,) + s.mods)


# =============================================================================================== k01
def k01(out: Path):
    name = "k01_family_member_eob"
    doc = K.Doc("reportlab", title="Explanation of Benefits")
    bk = K.Book(name, "reportlab", "commercial member EOB for a family, shaded claim bands, glued code-modifier")
    doc.start(out / f"{name}.pdf")
    F = "DVSerifCond"
    st = G.PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    claims = [
        ("Wren Oyelaran-Fisk", "2601K33904", "BRK-40117", "Brookfield Kids Therapy Center", [
            sv(5, "97165", 1, ["GO"]), sv(5, "97530", 2, ["GO"]), sv(12, "97530", 2, ["GO"]),
            sv(12, "97535", 1, ["GO"], desc=G.LONG_DESC["97535"])]),
        ("Tobiah Oyelaran-Fisk", "2601K34388", "SLP-77215", "Lakeline Speech & Language Associates", [
            sv(6, "92523", 1, ["GN"]), sv(8, "92507", 1, ["GN"]), sv(13, "92507", 1, ["GN"]),
            sv(15, "92507", 1, ["GN"]), sv(20, "92507", 1, ["GN"]), sv(22, "92507", 1, ["GN"]),
            sv(27, "92507", 1, ["GN"]), sv(28, "92526", 1, ["GN"]), sv(29, "92507", 1, ["GN"]),
            sv(29, "92526", 1, ["GN"]), sv(30, "92507", 1, ["GN", "KX"], denied="PR"),
            sv(31, "92507", 1, ["GN", "KX"], denied="PR")]),
        ("Marisol Oyelaran-Fisk", "2601K35120", "PT-118842", "Eastbend Physical Therapy", [
            sv(7, "97161", 1, ["GP"]), sv(7, "97140", 2, ["GP", "59"], desc=G.LONG_DESC["97140"]),
            sv(14, "97110", 3, ["GP"]), sv(14, "G0283", 1, ["GP"])]),
    ]
    rem = {}
    for _, _, _, _, ss in claims:
        for s in ss:
            G.commercial(s, st, deny_reason="119")
            rs = []
            if s.denied:
                rs = ["NC4"]
            else:
                rs = ["NW1"] + (["DD2"] if s.deductible else [])
            rem[id(s)] = rs
    cols = [("date", 40, "l"), ("svc", 82, "l"), ("billed", 268, "r"), ("disc", 310, "r"), ("allow", 352, "r"),
            ("ded", 392, "r"), ("copay", 426, "r"), ("coins", 466, "r"), ("paid", 508, "r"), ("owe", 548, "r"),
            ("rmk", 556, "l")]
    labels = {"date": "Date of\nservice", "svc": "Service\n(code-modifier)", "billed": "Billed", "disc": "Plan\ndiscount",
              "allow": "Plan\nallowance", "ded": "Deduct-\nible", "copay": "Copay", "coins": "Co-\ninsurance",
              "paid": "Plan\npaid", "owe": "You\nowe", "rmk": "Re-\nmark"}

    def furniture(pg):
        doc.font(F, 14, True)
        doc.text(40, 46, "NORTHGATE MUTUAL HEALTH")
        doc.font(F, 7.5)
        doc.text(40, 57, "PO Box 77410, Fenmore, OH 43988  |  Member services 1-800-555-0143")
        doc.font(F, 11, True)
        doc.text(572, 46, "Explanation of Benefits", "r")
        doc.font(F, 7.5)
        doc.text(572, 57, "THIS IS NOT A BILL   Statement date 02/03/26   Page %d of 2" % pg, "r")
        doc.line(40, 63, 572, 63, 1.2)

    def colhead(y):
        doc.font(F, 6.8, True)
        head(doc, y, cols, labels, 7.6)
        doc.line(40, y + 3, 572, y + 3, 0.6)
        return y + 13

    doc.new_page()
    furniture(1)
    doc.font(F, 8)
    doc.text(40, 82, "Subscriber: Marisol Oyelaran-Fisk     Member ID: NGM 44810277-01     Group: 60218 Cobalt Ridge Schools")
    doc.text(40, 93, "Mailed to: 1882 Larchmont Trail, Apt 4, Fenmore, OH 43990")
    doc.rect(40, 102, 532, 64, fill=0.93)
    doc.font(F, 9, True)
    doc.text(48, 116, "At a glance: claims processed Jan 18 - Feb 01, 2026")
    doc.font(F, 8)
    allsv = [s for *_, ss in claims for s in ss]
    doc.text(48, 130, "Providers billed %s   Your plan paid %s   Your total cost %s" % (
        money(G.total(allsv, "billed")), money(G.total(allsv, "paid")), money(G.total(allsv, "owes"))))
    doc.text(48, 142, "Family deductible: $250.00 of $250.00 met. Coinsurance after deductible: 20% in network.")
    doc.text(48, 154, "Questions about a claim? Call the number above and give the claim number shown in each band.")
    doc.font(F, 9, True)
    doc.text(40, 190, "Where your family stands for plan year 2026")
    doc.font(F, 7.6, True)
    for x, t in ((40, "Person"), (200, "Deductible met"), (300, "Out-of-pocket met"), (420, "Speech visits used")):
        doc.text(x, 204, t)
    doc.line(40, 207, 572, 207, 0.4)
    doc.font(F, 7.6)
    for i, (p, a, b, c) in enumerate((("Marisol Oyelaran-Fisk", "$0.00 of $250.00", "$0.00 of $3,000.00", "-"),
                                      ("Wren Oyelaran-Fisk", "$250.00 of $250.00", "See claims", "-"),
                                      ("Tobiah Oyelaran-Fisk", "$0.00 of $250.00", "See claims", "12 of 12"))):
        for x, t in ((40, p), (200, a), (300, b), (420, c)):
            doc.text(x, 218 + 11 * i, t)
    doc.font(F, 7.4)
    doc.text(40, 262, "Family totals count every covered person on the policy. Amounts below are as of the date of this statement.")
    doc.rect(40, 280, 532, 140)
    doc.font(F, 9, True)
    doc.text(48, 296, "Important information about your coverage")
    doc.font(F, 7.6)
    for i, t in enumerate(["Speech therapy is covered for up to 12 visits per person each plan year. Visits after the limit are",
                           "not covered unless your provider asks us for an extension before the visit.",
                           "Physical and occupational therapy visits are covered with no visit limit when medically necessary.",
                           "Use in-network providers to keep your costs lower. Out-of-network claims are paid at 60%.",
                           "Register at the member website to see your claims as soon as they are processed, and to go",
                           "paperless. Your privacy notice is available on request.",
                           "If you have other insurance, tell us so we can coordinate your benefits.",
                           "",
                           "Fraud tip line: if a claim lists a service nobody in your family received, call 1-800-555-0150.",
                           "Language help is available at no cost. Ask member services for an interpreter.",
                           "Large-print and braille copies of this statement are available on request."]):
        doc.text(48, 310 + 10 * i, t)
    y = 460
    y = colhead(y)
    for ci, (pat, cn, acct, prov, ss) in enumerate(claims):
        doc.rect(40, y - 8, 532, 22, fill=0.85, stroke=False)
        doc.font(F, 8, True)
        doc.text(44, y + 1, f"Claim for {pat}    Claim number {cn}")
        doc.font(F, 7.2)
        doc.text(44, y + 10, f"Provider: {prov}    Provider's patient account: {acct}    In network")
        y += 24
        for s in ss:
            if y > 700:
                doc.font(F, 7, True)
                doc.text(44, y, "Continued on next page")
                doc.new_page()
                furniture(2)
                y = 80
                doc.font(F, 8, True)
                doc.text(44, y, f"Claim for {pat}    Claim number {cn}  (continued)")
                y = colhead(y + 22)
            doc.font(F, 7.4)
            first = f"{cm(s)} "
            txt = K.wrap(doc, first + s.desc, 150)
            vals = {"date": dfmt(s.dos, "mdy2"), "svc": txt[0], "billed": money(s.billed, ","),
                    "disc": money(s.discount, ","), "allow": money(s.allowed, ","), "ded": money(s.deductible, ","),
                    "copay": money(s.copay, ","), "coins": money(s.coinsurance, ","), "paid": money(s.paid, ","),
                    "owe": money(s.owes, ","), "rmk": " ".join(rem[id(s)])}
            cells(doc, y, cols, vals)
            ys = [y]
            for extra in txt[1:]:
                y += 9
                doc.text(82, y, extra)
            bk.add(doc.pages, ys, s, claim_id=acct, payer_claim_id=cn, patient=pat,
                   printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid",
                            "patient_owes"), units=False, remarks=rem[id(s)])
            y += 11
        doc.line(200, y - 7, 572, y - 7, 0.4)
        doc.font(F, 7.4, True)
        cells(doc, y, cols, {"svc": "Claim totals", "billed": money(G.total(ss, "billed"), ","),
                             "paid": money(G.total(ss, "paid"), ","), "owe": money(G.total(ss, "owes"), ",")})
        bk.claim(acct, cn, pat, billed=G.total(ss, "billed"), paid=G.total(ss, "paid"),
                 patient_owes=G.total(ss, "owes"))
        y += 20
    bk.legend = [("NW1", "In-network price applied; the discount is not yours to pay."),
                 ("DD2", "Part of this went toward the family deductible."),
                 ("NC4", "Visits beyond the yearly speech limit are not covered; you may be billed.")]
    doc.font(F, 7.5, True)
    doc.text(40, y + 6, "Remark codes")
    doc.font(F, 7.2)
    for i, (c, t) in enumerate(bk.legend):
        doc.text(40, y + 17 + 9 * i, f"{c}  {t}")
    doc.text(40, 760, "You may appeal within 180 days of this statement. See the back of your member handbook.")
    doc.save()
    return bk, doc.pages


# =============================================================================================== k02
def k02(out: Path):
    name = "k02_claim_detail_landscape"
    doc = K.Doc("fpdf2", landscape=True, title="Claim detail")
    bk = K.Book(name, "fpdf2", "commercial member EOB, landscape, separate Procedure/Mod/Units columns")
    doc.start(out / f"{name}.pdf")
    F = "LibSans"
    st = G.PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.84"),
                     copay_codes={"99213": Decimal("35.00")})
    claims = [
        ("Declan Arbuthnot", "EOB26-0093371", "INV 55012", "Summit Hand Therapy PLLC", [
            sv(5, "97166", 1, ["GO"]), sv(5, "97760", 2, ["GO"], desc=G.LONG_DESC["97760"]),
            sv(5, "L3807", 1, ["RT"], desc=G.LONG_DESC["L3807"]), sv(9, "97140", 2, ["GO"]),
            sv(9, "0552T", 1, [], denied="PR")]),
        ("Imogen Arbuthnot", "EOB26-0094410", "INV 55128", "Summit Hand Therapy PLLC", [
            sv(14, "97163", 1, ["GP"]), sv(14, "97110", 2, ["GP"]), sv(14, "97112", 1, ["GP", "59"]),
            sv(21, "97116", 2, ["GP"]), sv(21, "97530", 1, ["GP"])]),
        ("Imogen Arbuthnot", "EOB26-0095982", None, "Ridgeway Family Medicine", [
            sv(16, "99213", 1, []), sv(16, "73110", 1, ["RT"])]),
        ("Declan Arbuthnot", "EOB26-0097104", "INV 55390", "Summit Hand Therapy PLLC", [
            sv(23, "97168", 1, ["GO"]), sv(23, "97140", 2, ["GO"]), sv(23, "97110", 2, ["GO"]),
            sv(28, "97530", 2, ["GO"]), sv(28, "97535", 1, ["GO"]), sv(28, "G0283", 1, ["GO"])]),
        ("Imogen Arbuthnot", "EOB26-0098215", "INV 55431", "Summit Hand Therapy PLLC", [
            sv(27, "97110", 2, ["GP"]), sv(27, "97112", 1, ["GP"]), sv(29, "97116", 2, ["GP"]),
            sv(29, "97530", 1, ["GP"]), sv(30, "97110", 2, ["GP", "KX"])]),
    ]
    for *_, ss in claims:
        for s in ss:
            G.commercial(s, st, deny_reason="96")
    cols = [("date", 30, "l"), ("proc", 92, "l"), ("mod", 124, "l"), ("units", 160, "r"), ("desc", 168, "l"),
            ("billed", 372, "r"), ("disc", 418, "r"), ("nc", 462, "r"), ("cov", 506, "r"), ("ded", 546, "r"),
            ("copay", 584, "r"), ("coins", 626, "r"), ("paid", 672, "r"), ("resp", 722, "r"), ("notes", 732, "l")]
    labels = {"date": "Date of\nservice", "proc": "Proce-\ndure", "mod": "Mod", "units": "Units", "desc": "Description",
              "billed": "Amount\nbilled", "disc": "Network\ndiscount", "nc": "Not\ncovered", "cov": "Covered\namount",
              "ded": "Deduct-\nible", "copay": "Copay", "coins": "Coins-\nurance", "paid": "Paid by\nplan",
              "resp": "Your\nresponsibility", "notes": "Notes"}

    def furniture():
        doc.rect(0, 0, 792, 40, fill=0.2, stroke=False)
        doc.font(F, 15, True)
        doc.text(30, 26, "CASCADE VALLEY HEALTH PLAN", color=1.0)
        doc.font(F, 9)
        doc.text(762, 18, "Claim detail - Explanation of Benefits", "r", color=1.0)
        doc.text(762, 31, "Page %d" % doc.pages, "r", color=1.0)
        doc.font(F, 8)
        doc.text(30, 56, "Member: Declan Arbuthnot   ID CVH-208-445-119   Plan: Silver Choice PPO   Date prepared: Feb 4, 2026")

    def colhead(y):
        doc.font(F, 7, True)
        head(doc, y, cols, labels, 8)
        doc.line(30, y + 3, 762, y + 3, 0.7)
        return y + 14

    doc.new_page()
    furniture()
    y = colhead(84)
    for pat, cn, inv, prov, ss in claims:
        if y > 470:
            doc.new_page()
            furniture()
            y = colhead(84)
        doc.font(F, 8, True)
        ref = f"   Provider invoice: {inv}" if inv else ""
        doc.text(30, y, f"Patient: {pat}   Provider: {prov}   Claim no. {cn}{ref}")
        doc.line(30, y + 3, 762, y + 3, 0.3, gray=0.6)
        y += 13
        for s in ss:
            doc.font(F, 7.4)
            nts = ["N7"] if s.denied else (["D1"] if s.deductible else [])
            lines = K.wrap(doc, s.desc, 150)
            cells(doc, y, cols, {"date": dfmt(s.dos, "mon"), "proc": s.code, "mod": " ".join(s.mods),
                                 "units": G.units_str(s.units), "desc": lines[0], "billed": money(s.billed, "$"),
                                 "disc": money(s.discount, "$"), "nc": money(s.not_covered, "$"),
                                 "cov": money(s.allowed, "$"), "ded": money(s.deductible, "$"),
                                 "copay": money(s.copay, "$"), "coins": money(s.coinsurance, "$"),
                                 "paid": money(s.paid, "$"), "resp": money(s.owes, "$"), "notes": " ".join(nts)})
            bk.add(doc.pages, [y], s, claim_id=inv, payer_claim_id=cn, patient=pat,
                   printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                            "paid", "patient_owes"), remarks=nts)
            for extra in lines[1:]:
                y += 9
                doc.text(168, y, extra)
            y += 12
        doc.font(F, 7.4, True)
        cells(doc, y, cols, {"desc": "Total for this claim", "billed": money(G.total(ss, "billed"), "$"),
                             "cov": money(G.total(ss, "allowed"), "$"), "paid": money(G.total(ss, "paid"), "$"),
                             "resp": money(G.total(ss, "owes"), "$")})
        bk.claim(inv, cn, pat, billed=G.total(ss, "billed"), allowed=G.total(ss, "allowed"),
                 paid=G.total(ss, "paid"), patient_owes=G.total(ss, "owes"))
        y += 24
    bk.legend = [("D1", "Applied to your in-network deductible."),
                 ("N7", "This service is considered investigational under your plan; the provider may bill you.")]
    doc.font(F, 7.5, True)
    doc.text(30, y, "Notes")
    doc.font(F, 7.3)
    for i, (c, t) in enumerate(bk.legend):
        doc.text(30, y + 11 + 9 * i, f"{c} - {t}")
    doc.text(30, 590, "Keep this statement for your records. To file an appeal, write to Cascade Valley Health Plan, "
             "Appeals Unit, 410 Alder Row, Tacoma Flats, WA 98499.")
    doc.save()
    return bk, doc.pages


# =============================================================================================== k03
def k03(out: Path):
    name = "k03_medicare_summary_notice"
    doc = K.Doc("reportlab", title="Medicare Summary Notice")
    bk = K.Book(name, "reportlab", "Medicare Summary Notice Part B, date in provider heading, code in parentheses")
    doc.start(out / f"{name}.pdf")
    F = "LibSerif"
    who = "Harriet L. Quenneville"
    mbi = "7QK4-TR2-HD81"
    st = G.PlanState(ded_left=Decimal("120.00"))
    provs = [
        ("Pinecrest Outpatient Rehabilitation", "Jan 6, 2026", "12-26011-508-330", [
            sv(6, "97163", 1, ["GP"]), sv(6, "97110", 2, ["GP", "KX"]), sv(6, "97140", 1, ["GP"]),
            sv(6, "97112", 1, ["GP"]), sv(6, "97530", 1, ["GP"]), sv(6, "G0283", 1, ["GP"]),
            sv(6, "97010", 1, ["GP"])]),
        ("Dr. Anselm Vrettos, MD", "Jan 9, 2026", "12-26013-220-417", [
            sv(9, "99213", 1, []), sv(9, "73110", 1, ["LT"])]),
        ("Pinecrest Outpatient Rehabilitation", "Jan 13, 2026", "12-26017-508-912", [
            sv(13, "97110", 2, ["GP", "KX"]), sv(13, "97112", 1, ["GP"]), sv(13, "97530", 1, ["GP"]),
            sv(13, "97140", 1, ["GP", "59"]), sv(13, "G0283", 1, ["GP"]), sv(13, "97116", 1, ["GP"]),
            sv(13, "97035", 1, ["GP"]), sv(13, "97010", 1, ["GP"], denied="PR")]),
        ("Marrow Creek Occupational Therapy", "Jan 20, 2026", "12-26024-661-045", [
            sv(20, "97166", 1, ["GO"]), sv(20, "97535", 2, ["GO"]), sv(20, "97530", 1, ["GO"]),
            sv(20, "97760", 1, ["GO"]), sv(20, "97140", 1, ["GO", "59"]), sv(20, "97112", 1, ["GO"]),
            sv(20, "G0283", 1, ["GO"]), sv(20, "0552T", 1, ["GO"], denied="PR")]),
    ]
    notes = {}
    for *_, ss in provs:
        for s in ss:
            G.medicare(s, st, deny_reason="50")
            notes[id(s)] = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    cols = [("svc", 50, "l"), ("ch", 340, "r"), ("ap", 410, "r"), ("pd", 480, "r"), ("mb", 548, "r"),
            ("nt", 556, "l")]
    labels = {"svc": "Service Provided & Billing Code", "ch": "Amount\nProvider\nCharged", "ap": "Medicare-\nApproved\nAmount",
              "pd": "Amount\nMedicare\nPaid", "mb": "Maximum\nYou May\nBe Billed", "nt": "See\nNotes"}
    NP = 3

    def pagehead():
        doc.font(F, 8)
        doc.text(50, 34, f"{who}  |  Medicare Number {mbi}")
        doc.text(562, 34, f"Page {doc.pages} of {NP}", "r")
        doc.line(50, 40, 562, 40, 0.5)

    doc.new_page()
    doc.font(F, 18, True)
    doc.text(50, 70, "Medicare Summary Notice")
    doc.font(F, 10)
    doc.text(50, 86, "for Part B (Medical Insurance)")
    doc.text(50, 104, "Your record of Part B claims processed between January 3 and February 2, 2026")
    doc.font(F, 10, True)
    doc.text(50, 140, who.upper())
    doc.font(F, 10)
    doc.text(50, 153, "62 Thistledown Court")
    doc.text(50, 166, "Marrow Creek, VT 05999")
    doc.rect(330, 120, 232, 80)
    doc.font(F, 9, True)
    doc.text(338, 134, "Notice for " + who)
    doc.font(F, 9)
    doc.text(338, 148, "Medicare Number  " + mbi)
    doc.text(338, 161, "Date of This Notice  February 5, 2026")
    doc.text(338, 174, "Customer Service  1-800-555-0177 (toll-free)")
    doc.text(338, 187, "TTY  1-877-555-0148")
    allsv = [s for *_, ss in provs for s in ss]
    doc.rect(50, 220, 512, 96, fill=0.94)
    doc.font(F, 11, True)
    doc.text(60, 238, "Your Deductible Status")
    doc.font(F, 9.5)
    doc.text(60, 254, "Your Part B deductible for 2026 is now met. (The yearly amount is set by law.)")
    doc.font(F, 11, True)
    doc.text(60, 280, "Total You May Be Billed:  " + money(G.total(allsv, "owes")))
    doc.font(F, 9.5)
    doc.text(60, 296, f"Providers with claims this period: Pinecrest Outpatient Rehabilitation, Dr. Anselm Vrettos, MD,")
    doc.text(60, 308, "Marrow Creek Occupational Therapy")
    doc.font(F, 9)
    for i, t in enumerate(["Check this notice against your records. If you spot a service you did not receive,",
                           "call the number above. If you disagree with a decision, you may ask for a redetermination",
                           "within 120 days of the date of this notice; see the last page for how.",
                           "", "This notice is not a bill. Do not send money to Medicare."]):
        doc.text(50, 340 + 13 * i, t)
    doc.new_page()
    pagehead()
    doc.font(F, 13, True)
    doc.text(50, 64, "Your Claims & Costs This Period")
    y = 84
    for prov, dstr, cn, ss in provs:
        need = 60 + 22 * len(ss)
        if y + 60 > 740:
            doc.new_page()
            pagehead()
            y = 64
        doc.rect(50, y - 10, 512, 30, fill=0.9, stroke=False)
        doc.font(F, 10, True)
        doc.text(54, y + 2, f"{prov}, {dstr}")
        dy = y + 2
        doc.font(F, 8.5)
        doc.text(54, y + 14, f"Claim number {cn}   Assigned claim: your provider accepted the approved amount")
        y += 48
        doc.font(F, 7.6, True)
        head(doc, y, cols, labels, 8.4)
        doc.line(50, y + 3, 562, y + 3, 0.6)
        y += 14
        datey, datepg = dy, doc.pages
        for s in ss:
            if y > 735:
                doc.new_page()
                pagehead()
                doc.font(F, 10, True)
                doc.text(54, 64, f"{prov}, {dstr} (continued)")
                datey, datepg = 64, doc.pages
                y = 90
                doc.font(F, 7.6, True)
                head(doc, y, cols, labels, 8.4)
                y += 14
            doc.font(F, 8.6)
            txt = K.wrap(doc, f"{s.desc} ({cm(s)})", 200)
            cells(doc, y, cols, {"svc": txt[0], "ch": money(s.billed), "ap": money(s.allowed), "pd": money(s.paid),
                                 "mb": money(s.owes), "nt": ", ".join(notes[id(s)])})
            ys = [y] + [y + 10 * (i + 1) for i in range(len(txt) - 1)] + ([datey] if datepg == doc.pages else [])
            for i, extra in enumerate(txt[1:]):
                doc.text(58, y + 10 * (i + 1), extra)
            bk.add(doc.pages, ys, s, claim_id=None, payer_claim_id=cn, patient=who,
                   printed=("billed", "allowed", "paid", "patient_owes"), units=False, remarks=notes[id(s)])
            y += 10 * len(txt) + 5
        doc.line(50, y - 8, 562, y - 8, 0.4)
        doc.font(F, 8.6, True)
        cells(doc, y, cols, {"svc": "Total for this claim", "ch": money(G.total(ss, "billed")),
                             "ap": money(G.total(ss, "allowed")), "pd": money(G.total(ss, "paid")),
                             "mb": money(G.total(ss, "owes"))})
        bk.claim(None, cn, who, billed=G.total(ss, "billed"), allowed=G.total(ss, "allowed"),
                 paid=G.total(ss, "paid"), patient_owes=G.total(ss, "owes"))
        y += 30
    bk.legend = [("A", "The provider agreed to take the approved amount; you pay only your share shown."),
                 ("B", "Part of this amount went toward your yearly deductible."),
                 ("C", "Medicare does not cover this service because it is not considered reasonable for your "
                       "condition. Because you were told in writing beforehand, you may be billed.")]
    if y > 660:
        doc.new_page()
        pagehead()
        y = 70
    doc.font(F, 11, True)
    doc.text(50, y, "Notes for Claims Above")
    doc.font(F, 8.6)
    for i, (c, t) in enumerate(bk.legend):
        for j, part in enumerate(K.wrap(doc, f"{c}  {t}", 500)):
            doc.text(50, y + 14 + 11 * (2 * i + j), part)
    assert doc.pages == NP, doc.pages
    doc.save()
    return bk, doc.pages


# =============================================================================================== k04
def k04(out: Path):
    name = "k04_medicare_advantage_eob"
    doc = K.Doc("fpdf2", title="Medicare Advantage EOB")
    bk = K.Book(name, "fpdf2", "Medicare Advantage HMO member EOB, per-visit copay, prior-authorization denial")
    doc.start(out / f"{name}.pdf")
    F = "DVSansCond"
    who = "Rupert Okonkwo-Lindahl"
    st = G.PlanState(allowed_rate=Decimal("0.52"), visit_copay=Decimal("30.00"))
    claims = [
        ("Bayshore Rehab Partners", "MA-26-0117-4420", "Jan 9, 2026", [
            sv(5, "97161", 1, ["GP"]), sv(5, "97110", 2, ["GP"]), sv(7, "97110", 2, ["GP", "CQ"]),
            sv(7, "97140", 1, ["GP", "CQ"])]),
        ("Bayshore Rehab Partners", "MA-26-0121-0935", "Jan 16, 2026", [
            sv(12, "97112", 2, ["GP"]), sv(12, "97530", 1, ["GP"]), sv(14, "97116", 2, ["GP", "CQ"]),
            sv(14, "97035", 1, ["GP"], denied="CO")]),
        ("Harlow Speech & Swallow Clinic", "MA-26-0124-7781", "Jan 23, 2026", [
            sv(19, "92526", 1, ["GN"]), sv(21, "92526", 1, ["GN"]), sv(21, "92507", 1, ["GN"])]),
    ]
    for *_, ss in claims:
        for s in ss:
            G.commercial(s, st, deny_reason="15")
            if s.denied:
                s.owes = ZERO
    cols = [("date", 40, "l"), ("svc", 92, "l"), ("billed", 352, "r"), ("appr", 410, "r"), ("plan", 468, "r"),
            ("you", 522, "r"), ("note", 532, "l")]
    labels = {"date": "Date", "svc": "Service and code", "billed": "Provider\nbilled", "appr": "Plan\napproved",
              "plan": "Plan's\nshare", "you": "Your\nshare", "note": "Note"}
    doc.new_page()
    doc.font(F, 16, True)
    doc.text(40, 50, "Sunward Senior Advantage (HMO)")
    doc.font(F, 9)
    doc.text(40, 64, "Medicare Advantage plan offered by Sunward Health Cooperative")
    doc.font(F, 12, True)
    doc.text(572, 50, "Part C Explanation of Benefits", "r")
    doc.font(F, 9)
    doc.text(572, 64, "For claims processed in January 2026", "r")
    doc.line(40, 72, 572, 72, 1)
    doc.text(40, 92, f"Member: {who}     Member ID: SW 7720-0419-88     Notice date: 02/06/2026")
    doc.text(40, 105, "Dear Member, here is a summary of the medical services your plan processed this month.")
    allsv = [s for *_, ss in claims for s in ss]
    for bx, title, mult in ((40, "This month", 1), (310, "So far this year", 1)):
        doc.rect(bx, 118, 262, 58, fill=0.95)
        doc.font(F, 9.5, True)
        doc.text(bx + 8, 132, title)
        doc.font(F, 8.5)
        doc.text(bx + 8, 146, "Total billed by providers " + money(G.total(allsv, "billed")))
        doc.text(bx + 8, 158, "Plan paid " + money(G.total(allsv, "paid")))
        doc.text(bx + 8, 170, "Your share " + money(G.total(allsv, "owes")) + " (counts toward your $4,900 yearly maximum)")
    y = 204
    for prov, cn, recv, ss in claims:
        if y > 640:
            doc.new_page()
            y = 60
        doc.rect(40, y - 11, 532, 16, fill=0.82, stroke=False)
        doc.font(F, 9, True)
        doc.text(44, y, f"{prov}   Claim # {cn}   Received {recv}")
        y += 18
        doc.font(F, 7.6, True)
        head(doc, y, cols, labels, 8.5)
        doc.line(40, y + 3, 572, y + 3, 0.5)
        y += 13
        for s in ss:
            doc.font(F, 8.2)
            nt = ["P2"] if s.denied else (["C1"] if s.copay else [])
            cells(doc, y, cols, {"date": dfmt(s.dos, "mdy4"), "svc": f"{s.desc} - {cm(s)}", "billed": money(s.billed),
                                 "appr": money(s.allowed), "plan": money(s.paid), "you": money(s.owes),
                                 "note": " ".join(nt)})
            bk.add(doc.pages, [y], s, claim_id=None, payer_claim_id=cn, patient=who,
                   printed=("billed", "allowed", "paid", "patient_owes"), units=False, remarks=nt)
            y += 12
        doc.font(F, 8.2, True)
        cells(doc, y, cols, {"svc": "Claim total", "billed": money(G.total(ss, "billed")),
                             "appr": money(G.total(ss, "allowed")), "plan": money(G.total(ss, "paid")),
                             "you": money(G.total(ss, "owes"))})
        bk.claim(None, cn, who, billed=G.total(ss, "billed"), allowed=G.total(ss, "allowed"),
                 paid=G.total(ss, "paid"), patient_owes=G.total(ss, "owes"))
        y += 26
    bk.legend = [("C1", "Your $30.00 specialist copay for the visit day was taken from this line."),
                 ("P2", "Approval was needed before this service. Your provider cannot bill you for it.")]
    if y > 680:
        doc.new_page()
        y = 60
    doc.font(F, 9, True)
    doc.text(40, y, "Notes")
    doc.font(F, 8.2)
    for i, (c, t) in enumerate(bk.legend):
        doc.text(40, y + 12 + 10 * i, f"{c}: {t}")
    doc.text(40, y + 50, "If you disagree with a decision, you can ask for an appeal within 65 days. Call 1-800-555-0191.")
    doc.save()
    return bk, doc.pages


# =============================================================================================== k05
def k05(out: Path):
    name = "k05_medicaid_rad"
    doc = K.Doc("fpdf2", landscape=True, title="Remittance Advice")
    bk = K.Book(name, "fpdf2", "state Medicaid RAD-style remittance: ids on every row, billed and paid only")
    doc.start(out / f"{name}.pdf")
    F = "Courier"
    # (recipient, rid, acct, ccn, lines, section)
    data = []
    prior = [sv(8, "92507", 1, ["GN"], month=12), sv(8, "92526", 1, ["GN"], month=12)]
    for s in prior:
        s.dos = date(2025, 12, 8)
        G.medicaid(s)
    void = [G.negate(s) for s in prior]
    repay = [Svc(date(2025, 12, 8), "92507", 1, ("GN",)), Svc(date(2025, 12, 8), "92526", 1, ("GN", "KX"))]
    for s in repay:
        G.medicaid(s)
    data.append(("ADJUSTMENTS", "VANDERSLOOT, PIPER", "94417730C", "AC-30418", "2535601021880", void, "0401"))
    data.append(("ADJUSTMENTS", "VANDERSLOOT, PIPER", "94417730C", "AC-30418", "2601501144722", repay, "0402"))
    a1 = [sv(d, "97530", 2, ["GO"]) for d in (5, 7, 12, 14)] + [sv(19, "97535", 1, ["GO"])]
    a2 = [sv(6, "92507", 1, ["GN"]), sv(13, "92507", 1, ["GN"]), sv(20, "92507", 1, ["GN"]),
          sv(27, "92507", 1, ["GN"])]
    a3 = [sv(5, "97168", 1, ["GO"]), sv(9, "97110", 3, ["GO"]), sv(9, "97112", 1, ["GO", "59"]),
          sv(16, "97110", 3, ["GO"]), sv(16, "97533", 2, ["GO"]), sv(23, "97110", 3, ["GO"]),
          sv(23, "97533", 2, ["GO"]), sv(30, "97110", 2, ["GO"])]
    a4 = [sv(d, "92507", 1, ["GN"]) for d in (5, 8, 12, 15, 19, 22, 26, 29)]
    a5 = [sv(6, "97163", 1, ["GP"]), sv(6, "97110", 2, ["GP"])] + [
        sv(d, c, 2, ["GP"]) for d in (13, 20, 27) for c in ("97110", "97116")]
    for ss in (a1, a2, a3, a4, a5):
        for s in ss:
            G.medicaid(s)
    data.append(("APPROVES", "ESTRADA-COYLE, MATEO", "95120884E", "AC-30522", "2602601077310", a1, "0036"))
    data.append(("APPROVES", "NAKASHIMA, JUNE", "93388104A", "AC-30547", "2602601077311", a2, "0036"))
    data.append(("APPROVES", "VANDERSLOOT, PIPER", "94417730C", "AC-30561", "2602601077312", a3, "0036"))
    data.append(("APPROVES", "WHITFORD, OLLIE", "96650217D", "AC-30566", "2602601077313", a4, "0036"))
    data.append(("APPROVES", "ZAMBRANO-ICHE, LUZ", "92218840F", "AC-30571", "2602601077314", a5, "0036"))
    d1 = [sv(15, "97150", 1, ["GO"], denied="CO"), sv(22, "97150", 1, ["GO"], denied="CO")]
    d2 = [sv(26, "92523", 1, ["GN"], denied="CO")]
    for ss in (d1, d2):
        for s in ss:
            G.medicaid(s, deny_reason="197")
    data.append(("DENIES", "ESTRADA-COYLE, MATEO", "95120884E", "AC-30590", "2602601077340", d1, "0314"))
    data.append(("DENIES", "OKAFOR-BRUNN, ELIJAH", "97002315B", "AC-30602", "2602601077341", d2, "0062"))
    cols = [("rad", 24, "l"), ("ccn", 58, "l"), ("name", 128, "l"), ("acct", 262, "l"), ("rid", 318, "l"),
            ("date", 378, "l"), ("proc", 420, "l"), ("mods", 452, "l"), ("qty", 500, "r"), ("billed", 560, "r"),
            ("paid", 620, "r"), ("line", 632, "l")]
    labels = {"rad": "RAD\nCODE", "ccn": "CLAIM\nCONTROL NO.", "name": "RECIPIENT NAME", "acct": "PATIENT\nACCT NO.",
              "rid": "RECIPIENT\nID", "date": "SERV\nDATE", "proc": "PROC\nCODE", "mods": "MODS", "qty": "QTY",
              "billed": "BILLED\nAMOUNT", "paid": "PAYMENT\nAMOUNT", "line": "LINE STATUS"}

    def furniture():
        doc.font(F, 8, True)
        doc.text(24, 28, "DEPARTMENT OF HEALTH CARE ACCESS - STATE MEDICAL ASSISTANCE PROGRAM")
        doc.text(768, 28, f"PAGE {doc.pages:3d}", "r")
        doc.font(F, 7)
        doc.text(24, 38, "REMITTANCE ADVICE DETAILS      PROVIDER: LITTLE OAKS PEDIATRIC THERAPY INC      PROV NO 0087743216")
        doc.text(768, 38, "WARRANT NO 44180213   DATE 02/06/26", "r")
        doc.line(24, 43, 768, 43, 0.5)

    def colhead(y, sec):
        doc.font(F, 7, True)
        doc.text(24, y, f"*** {sec} ***")
        y += 16
        head(doc, y, cols, labels, 7.5)
        doc.line(24, y + 3, 768, y + 3, 0.4)
        return y + 12

    doc.new_page()
    furniture()
    y = 58
    sec_now = None
    for i, (sec, nm, rid, acct, ccn, ss, rad) in enumerate(data):
        if sec != sec_now:
            if sec_now is not None:
                doc.font(F, 7, True)
                cells(doc, y, cols, {"name": f"{sec_now} TOTAL", "billed": money(tot_b, ""),
                                     "paid": money(tot_p, "")})
                y += 16
            sec_now, tot_b, tot_p = sec, ZERO, ZERO
            if y > 520:
                doc.new_page()
                furniture()
                y = 58
            y = colhead(y, sec)
        for s in ss:
            if y > 560:
                doc.new_page()
                furniture()
                y = colhead(58, sec + " (CONTINUED)")
            doc.font(F, 7)
            status = "VOID" if s.billed < 0 else ("DENIED" if s.denied else "PAID")
            cells(doc, y, cols, {"rad": rad, "ccn": ccn, "name": nm, "acct": acct, "rid": rid,
                                 "date": dfmt(s.dos, "mdy6"), "proc": s.code, "mods": " ".join(s.mods),
                                 "qty": G.units_str(abs(s.units)), "billed": money(s.billed, ""),
                                 "paid": money(s.paid, ""), "line": status})
            bk.add(doc.pages, [y], s, claim_id=acct, payer_claim_id=ccn, patient=nm, printed=("billed", "paid"),
                   remarks=[rad])
            tot_b += s.billed
            tot_p += s.paid
            y += 10
        bk.claim(acct, ccn, nm)
        y += 4
    doc.font(F, 7, True)
    cells(doc, y, cols, {"name": f"{sec_now} TOTAL", "billed": money(tot_b, ""), "paid": money(tot_p, "")})
    y += 22
    bk.legend = [("0036", "Paid in line with the program fee schedule."),
                 ("0401", "Earlier payment taken back so the claim can be re-processed."),
                 ("0402", "Replacement claim paid after correction."),
                 ("0314", "Group sessions need a current treatment authorization on file."),
                 ("0062", "Recipient not eligible for this service on the date shown.")]
    if y > 540:
        doc.new_page()
        furniture()
        y = 60
    doc.font(F, 7, True)
    doc.text(24, y, "RAD CODE MESSAGES")
    doc.font(F, 7)
    for i, (c, t) in enumerate(bk.legend):
        doc.text(24, y + 10 + 9 * i, f"{c}  {t.upper()}")
    doc.save()
    return bk, doc.pages


# =============================================================================================== k06
def k06(out: Path):
    name = "k06_medicaid_portal_remit"
    doc = K.Doc("reportlab", title="Remittance Advice")
    bk = K.Book(name, "reportlab", "Medicaid portal remittance, boxed claim blocks, stacked CARC adjustments")
    doc.start(out / f"{name}.pdf")
    F = "LibSans"
    cl = []
    c1 = [sv(5, "97165", 1, ["GO"]), sv(5, "97530", 2, ["GO"]), sv(8, "97530", 2, ["GO"]),
          sv(8, "97110", 1, ["GO", "59"])]
    c2 = [sv(d, c, 1, ["GN"]) for d in (6, 9, 13, 16, 20, 23, 27, 30) for c in ("92507", "92526")]
    c3 = [sv(12, "97112", 2, ["GP"]), sv(12, "97150", 1, ["GP"], denied="CO"), sv(19, "97112", 2, ["GP"])]
    c5 = [sv(d, c, 2, ["GO"]) for d in (7, 14, 21, 28) for c in ("97530", "97533")]
    for ss in (c1, c2, c3, c5):
        for s in ss:
            G.medicaid(s, deny_reason="96")
    old = [sv(15, "97530", 3, ["GO"], month=12), sv(15, "97535", 1, ["GO"], month=12)]
    for s in old:
        s.dos = date(2025, 12, 15)
        G.medicaid(s)
    c4 = [G.negate(s) for s in old]
    cl = [("MARGUERITE SOLVIK", "MX40021877", "PA-60231", "2026036004512", "PAID", c1),
          ("ANIKA FERREIRA-BOLT", "MX40113560", "PA-60250", "2026036004514", "PAID", c3),
          ("SILAS NGATA-MOORE", "MX40120336", "PA-60262", "2026036004516", "PAID", c5),
          ("CALLUM DE LA ROSA", "MX40098014", "PA-60244", "2026036004513", "PAID", c2),
          ("MARGUERITE SOLVIK", "MX40021877", "PA-59118", "2026036004515", "CREDIT (VOID OF 2025350017744)", c4)]
    cols = [("ln", 34, "l"), ("from", 52, "l"), ("to", 100, "l"), ("proc", 148, "l"), ("mods", 182, "l"),
            ("units", 232, "r"), ("billed", 282, "r"), ("allow", 330, "r"), ("copay", 368, "r"), ("tpl", 400, "r"),
            ("paid", 448, "r"), ("adj", 458, "l"), ("adjamt", 544, "r"), ("rarc", 550, "l")]
    labels = {"ln": "Ln", "from": "From", "to": "To", "proc": "Proc", "mods": "Mods", "units": "Units",
              "billed": "Billed", "allow": "Allowed", "copay": "Copay", "tpl": "TPL", "paid": "Paid",
              "adj": "Adj reason", "adjamt": "Adj amt", "rarc": "RARC"}

    def furniture():
        doc.font(F, 12, True)
        doc.text(30, 40, "Keystone Valley Medicaid - Provider Remittance Advice")
        doc.font(F, 7.5)
        doc.text(30, 52, "Payee: Hearthstone Pediatric Therapies LLC   NPI 1568822049   RA # 7001452   Payment date 02/05/2026")
        doc.text(582, 40, f"Page {doc.pages} of 2", "r")
        doc.line(30, 58, 582, 58, 1)

    doc.new_page()
    furniture()
    doc.rect(30, 640, 552, 104)
    doc.font(F, 8.5, True)
    doc.text(38, 655, "Program messages")
    doc.font(F, 7.5)
    for i, t in enumerate(["Therapy visits for members under 21 no longer need a paper prescription on file when the plan of care",
                           "is signed within 30 days. Claims for group therapy (97150) still need an authorization number.",
                           "Starting March 1, 2026 remittance advices will only be posted to the provider portal. Sign up for",
                           "electronic funds transfer and the 835 file in the portal under Payments > Enrollment.",
                           "Questions about this remittance: Provider Services 1-800-555-0126, Monday to Friday 7 am - 6 pm.",
                           "Keep this advice with your records for at least six years."]):
        doc.text(38, 668 + 11 * i, t)
    y = 78
    for nm, mid, acct, tcn, status, ss in cl:
        if y > 640:
            doc.new_page()
            furniture()
            y = 78
        doc.rect(30, y - 11, 552, 28, fill=0.9)
        doc.font(F, 8, True)
        doc.text(34, y, f"TCN {tcn}    Member: {nm}    Member ID {mid}    Patient Acct # {acct}")
        doc.font(F, 7.5)
        doc.text(34, y + 11, f"Claim status: {status}    Billed {money(G.total(ss, 'billed'), ',')}    "
                             f"Allowed {money(G.total(ss, 'allowed'), ',')}    Paid {money(G.total(ss, 'paid'), ',')}")
        bk.claim(acct, tcn, nm, billed=G.total(ss, "billed"), allowed=G.total(ss, "allowed"),
                 paid=G.total(ss, "paid"))
        y += 30
        doc.font(F, 7, True)
        head(doc, y, cols, labels, 8)
        doc.line(30, y + 3, 582, y + 3, 0.4)
        y += 12
        for n, s in enumerate(ss, 1):
            if doc.pages == 1 and y + 9 * max(1, len(s.adjs)) > 626:
                doc.new_page()
                furniture()
                y = 78
                doc.font(F, 8, True)
                doc.text(34, y, f"TCN {tcn}    Member: {nm}  (continued)")
                y += 16
                doc.font(F, 7, True)
                head(doc, y, cols, labels, 8)
                y += 12
            doc.font(F, 7.4)
            rarc = ["N130"] if s.denied else []
            a0 = s.adjs[0] if s.adjs else None
            cells(doc, y, cols, {"ln": str(n), "from": dfmt(s.dos, "mdy4"), "to": dfmt(s.dos, "mdy4"),
                                 "proc": s.code, "mods": " ".join(s.mods), "units": G.units_str(abs(s.units)),
                                 "billed": money(s.billed, ","), "allow": money(s.allowed, ","),
                                 "copay": money(ZERO, ","), "tpl": money(ZERO, ","), "paid": money(s.paid, ","),
                                 "adj": f"{a0[0]}-{a0[1]}" if a0 else "", "adjamt": money(a0[2], ",") if a0 else "",
                                 "rarc": " ".join(rarc)})
            ys = [y]
            for g, c, a in s.adjs[1:]:
                y += 9
                cells(doc, y, cols, {"adj": f"{g}-{c}", "adjamt": money(a, ",")})
                ys.append(y)
            bk.add(doc.pages, ys, s, claim_id=acct, payer_claim_id=tcn, patient=nm, service_end=s.dos,
                   printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=rarc, full_adj=True,
                   overrides={"copay": "0.00"})
            y += 11
        y += 16
    bk.legend = [("N130", "Check the program's coverage rules for group sessions.")]
    doc.font(F, 7.5, True)
    doc.text(30, y, "Remark legend")
    doc.font(F, 7.3)
    doc.text(30, y + 10, "N130 - " + bk.legend[0][1] + "   CO-45: amount above the program fee.   CO-96: not covered.")
    assert doc.pages == 2, doc.pages
    doc.save()
    return bk, doc.pages


# =============================================================================================== k07
def k07(out: Path):
    name = "k07_spr_reprint"
    doc = K.Doc("reportlab", landscape=True, title="Medicare Remittance Reprint")
    bk = K.Book(name, "reportlab", "Medicare standard-paper-remit reprint, sub-row adjustments, NET per claim")
    doc.start(out / f"{name}.pdf")
    F = "DVMono"
    st = G.PlanState(ded_left=Decimal("90.00"))
    cl = [
        ("ABERNETHY, CORA", "4RX7JT2MK55", "CRP-77120", "0226027155430", "1093372641", [
            sv(5, "97110", 3, ["GP", "KX"]), sv(5, "97140", 1, ["GP"]), sv(7, "97110", 3, ["GP", "KX"]),
            sv(7, "97530", 1, ["GP", "CQ"])]),
        ("BRANNIGAN, TEODOR", "8PW2HD6YT14", "CRP-77164", "0226027155431", "1093372641", [
            sv(6, "97166", 1, ["GO"]), sv(6, "97535", 2, ["GO"]), sv(8, "97535", 2, ["GO"]),
            sv(8, "97530", 2, ["GO"]), sv(13, "97530", 2, ["GO"]), sv(13, "97760", 1, ["GO"]),
            sv(15, "97530", 2, ["GO"]), sv(15, "97168", 1, ["GO"])]),
        ("FAIRWEATHER, LUDMILA", "2GK9NS4QX80", "CRP-77201", "0226027155432", "1740286613", [
            sv(9, "92523", 1, ["GN"]), sv(12, "92507", 1, ["GN"]), sv(12, "97129", 1, ["GN"], denied="CO")]),
    ]
    for *_, ss in cl:
        for s in ss:
            G.medicare(s, st, deny_reason="96")
    cols = [("perf", 24, "l"), ("date", 96, "l"), ("pos", 170, "l"), ("nos", 198, "r"), ("proc", 208, "l"),
            ("mods", 248, "l"), ("billed", 364, "r"), ("allow", 424, "r"), ("ded", 478, "r"), ("coins", 532, "r"),
            ("grp", 546, "l"), ("gamt", 660, "r"), ("pd", 730, "r")]
    labels = {"perf": "PERF PROV", "date": "SERV DATE", "pos": "POS", "nos": "NOS", "proc": "PROC",
              "mods": "MODS", "billed": "BILLED", "allow": "ALLOWED", "ded": "DEDUCT", "coins": "COINS",
              "grp": "GRP/RC-AMT", "gamt": "", "pd": "PROV PD"}

    def furniture():
        doc.font(F, 8, True)
        doc.text(24, 30, "CLEARBROOK PRACTICE SUITE - REMITTANCE REPRINT")
        doc.font(F, 7)
        doc.text(24, 41, "PAYER: MEDICARE PART B - INVENTED MAC REGION 9      PAYEE: CEDAR RUN PHYSICAL & OCCUPATIONAL THERAPY")
        doc.text(24, 51, "NPI 1326610048   CHECK/EFT # 882140016   REMIT DATE 02/04/26")
        doc.text(768, 30, f"PAGE #: {doc.pages} OF 2", "r")
        doc.line(24, 56, 768, 56, 0.6)
        doc.font(F, 6.8, True)
        head(doc, 70, cols, labels, 8)
        doc.text(24, 80, "NAME")
        doc.text(208, 80, "MID")
        doc.text(364, 80, "ACNT", "r")
        doc.text(478, 80, "ICN", "r")
        doc.text(546, 80, "ASG  MOA")
        doc.line(24, 84, 768, 84, 0.4)
        return 100

    doc.new_page()
    y = furniture()
    doc.font(F, 6.8)
    bb = ["PROVIDER BULLETIN BOARD",
          "THERAPY CLAIMS OVER THE YEARLY THRESHOLD NEED THE KX MODIFIER WHEN SERVICES REMAIN MEDICALLY NEEDED.",
          "SERVICES BY A THERAPY ASSISTANT ARE PAID AT 85 PERCENT: REPORT THEM WITH THE CQ OR CO MODIFIER.",
          "REDETERMINATION REQUESTS MUST BE RECEIVED WITHIN 120 DAYS OF THE DATE ON THIS REMITTANCE.",
          "THIS REPRINT WAS PRODUCED FROM THE ELECTRONIC REMITTANCE ON FILE; IT IS NOT AN ORIGINAL NOTICE."]
    doc.text(24, y, "*" * 118)
    for i, t in enumerate(bb):
        doc.text(24, y + 10 * (i + 1), "* " + t.ljust(114) + " *")
    doc.text(24, y + 10 * (len(bb) + 1), "*" * 118)
    y += 10 * (len(bb) + 3)
    for nm, mid, acct, icn, perf, ss in cl:
        doc.font(F, 6.8)
        doc.text(24, y, f"NAME {nm}")
        doc.text(208, y, f"MID {mid}")
        doc.text(300, y, f"ACNT {acct}")
        doc.text(410, y, f"ICN {icn}")
        doc.text(546, y, "ASG Y  MOA MA01")
        y += 11
        for s in ss:
            need = 10 * len(s.adjs)
            if y + need > 570:
                doc.new_page()
                y = furniture()
                doc.font(F, 6.8)
                doc.text(24, y, f"NAME {nm}   (CONT)   ICN {icn}")
                y += 11
            doc.font(F, 6.8)
            g0 = s.adjs[0]
            cells(doc, y, cols, {"perf": perf, "date": f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}", "pos": "11",
                                 "nos": G.units_str(s.units), "proc": s.code, "mods": " ".join(s.mods),
                                 "billed": money(s.billed, ""), "allow": money(s.allowed, ""),
                                 "ded": money(s.deductible, ""), "coins": money(s.coinsurance, ""),
                                 "grp": f"{g0[0]}-{g0[1]}", "gamt": money(g0[2], ""), "pd": money(s.paid, "")})
            ys = [y]
            for g, c, a in s.adjs[1:]:
                y += 9
                cells(doc, y, cols, {"grp": f"{g}-{c}", "gamt": money(a, "")})
                ys.append(y)
            bk.add(doc.pages, ys, s, claim_id=acct, payer_claim_id=icn, patient=nm,
                   printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                   full_adj=True)
            y += 11
        pr = G.total(ss, "deductible") + G.total(ss, "coinsurance")
        adj_t = sum((a for s in ss for _, _, a in s.adjs), ZERO)
        doc.text(24, y, f"PT RESP {money(pr, '')}")
        cells(doc, y, cols, {"date": "", "proc": "CLAIM TOTALS", "billed": money(G.total(ss, "billed"), ""),
                             "allow": money(G.total(ss, "allowed"), ""), "ded": money(G.total(ss, "deductible"), ""),
                             "coins": money(G.total(ss, "coinsurance"), ""), "gamt": money(adj_t, ""),
                             "pd": money(G.total(ss, "paid"), "")})
        y += 10
        doc.text(24, y, "ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00")
        doc.text(730, y, f"NET {money(G.total(ss, 'paid'), '')}", "r")
        bk.claim(acct, icn, nm, billed=G.total(ss, "billed"), allowed=G.total(ss, "allowed"),
                 paid=G.total(ss, "paid"))
        y += 6
        doc.line(24, y, 768, y, 0.3)
        y += 14
    allsv = [s for *_, ss in cl for s in ss]
    doc.font(F, 6.8, True)
    doc.text(24, y + 6, f"TOTALS: # OF CLAIMS 3   BILLED AMT {money(G.total(allsv, 'billed'), '')}   "
                        f"ALLOWED AMT {money(G.total(allsv, 'allowed'), '')}   PROV PD AMT {money(G.total(allsv, 'paid'), '')}")
    doc.font(F, 6.8)
    doc.text(24, y + 20, "GLOSSARY: CO = CONTRACTUAL OBLIGATION  PR = PATIENT RESPONSIBILITY  MA01 = SEE APPEAL RIGHTS")
    assert doc.pages == 2, doc.pages
    doc.save()
    return bk, doc.pages


# =============================================================================================== k08
def k08(out: Path):
    name = "k08_clearinghouse_remit_detail"
    doc = K.Doc("fpdf2", title="Remittance Advice Detail")
    bk = K.Book(name, "fpdf2", "clearinghouse remittance detail of a Medicare payment, stacked adjustments, reversal")
    doc.start(out / f"{name}.pdf")
    F = "LibSerif"
    st = G.PlanState(ded_left=ZERO)
    old = [Svc(D(1, 6), "97530", 2, ("GO",)), Svc(D(1, 6), "97535", 2, ("GO",))]
    for s in old:
        G.medicare(s, st)
    rev = [G.negate(s) for s in old]
    corr = [Svc(D(1, 6), "97530", 2, ("GO", "KX")), Svc(D(1, 6), "97535", 2, ("GO", "KX"))]
    c3 = [sv(8, "97162", 1, ["GP"]), sv(8, "97110", 2, ["GP"]), sv(10, "97110", 2, ["GP", "CQ"]),
          sv(10, "97112", 1, ["GP", "CQ"]), sv(10, "97010", 1, ["GP"], denied="CO")]
    c4 = [sv(14, "97167", 1, ["GO"]), sv(14, "97530", 3, ["GO"]), sv(16, "97530", 3, ["GO", "KX"])]
    for ss in (corr, c3, c4):
        for s in ss:
            G.medicare(s, st, deny_reason="97")
    cl = [("Pelletier, Bram", "5HN3WX8RT02", "ORC-18832", "0226012240017", "22 - Reversal of Previous Payment", rev),
          ("Pelletier, Bram", "5HN3WX8RT02", "ORC-18832", "0226034410288", "1 - Processed as Primary", corr),
          ("Szabo-Lund, Greta", "9TC6LA4EW71", "ORC-18877", "0226034410289", "1 - Processed as Primary", c3),
          ("Underhill, Nash", "3FD8MP1KJ46", "ORC-18901", "0226034410290", "1 - Processed as Primary", c4)]
    cols = [("date", 32, "l"), ("proc", 82, "l"), ("units", 150, "r"), ("charge", 198, "r"), ("allow", 244, "r"),
            ("ded", 284, "r"), ("coins", 324, "r"), ("grp", 336, "l"), ("adj", 412, "r"), ("paid", 462, "r"),
            ("rmk", 472, "l")]
    labels = {"date": "Svc Date", "proc": "Proc:Mod", "units": "Units", "charge": "Charge", "allow": "Allowed",
              "ded": "Deduct", "coins": "Coins", "grp": "Grp-Rsn", "adj": "Adj Amt", "paid": "Paid", "rmk": "Remarks"}
    doc.new_page()
    doc.font(F, 13, True)
    doc.text(32, 40, "RelayPoint Claims Exchange")
    doc.font(F, 9)
    doc.text(32, 53, "Remittance Advice Detail  |  Payer: MEDICARE PART B (INVENTED CONTRACTOR 14)")
    doc.text(32, 65, "Payee: Orchard Row Rehabilitation, 19 Tanner Mill Rd, Quarry Falls, NH 03999   Payee NPI 1902277314")
    doc.text(32, 77, "Trace (EFT) 77203145880   Payment date 02/03/2026   Total payment shown below")
    doc.line(32, 84, 580, 84, 1)
    y = 102
    for nm, mid, pcn, icn, status, ss in cl:
        if y > 650:
            doc.new_page()
            y = 50
        doc.rect(32, y - 10, 548, 26, fill=0.93)
        doc.font(F, 8.5, True)
        doc.text(36, y, f"Patient: {nm}   Member ID: {mid}   Patient Control #: {pcn}")
        doc.font(F, 8)
        doc.text(36, y + 11, f"Payer Claim Control #: {icn}   Claim Status: {status}   Charge "
                             f"{money(G.total(ss, 'billed'), ',')}   Payment {money(G.total(ss, 'paid'), ',')}   "
                             f"Patient Resp {money(G.total(ss, 'owes'), ',')}")
        bk.claim(pcn, icn, nm, billed=G.total(ss, "billed"), paid=G.total(ss, "paid"),
                 patient_owes=G.total(ss, "owes"))
        y += 30
        doc.font(F, 7.6, True)
        head(doc, y, cols, labels, 8)
        doc.line(32, y + 3, 580, y + 3, 0.4)
        y += 12
        for s in ss:
            doc.font(F, 7.8)
            rm = ["N20"] if s.denied else (["M86"] if "KX" in s.mods else [])
            g0 = s.adjs[0]
            cells(doc, y, cols, {"date": dfmt(s.dos, "mdy4"), "proc": ":".join((s.code,) + s.mods),
                                 "units": G.units_str(abs(s.units)), "charge": money(s.billed, ","),
                                 "allow": money(s.allowed, ","), "ded": money(s.deductible, ","),
                                 "coins": money(s.coinsurance, ","), "grp": f"{g0[0]}-{g0[1]}",
                                 "adj": money(g0[2], ","), "paid": money(s.paid, ","), "rmk": " ".join(rm)})
            ys = [y]
            for g, c, a in s.adjs[1:]:
                y += 9.5
                cells(doc, y, cols, {"grp": f"{g}-{c}", "adj": money(a, ",")})
                ys.append(y)
            bk.add(doc.pages, ys, s, claim_id=pcn, payer_claim_id=icn, patient=nm,
                   printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                   remarks=rm, full_adj=True)
            doc.line(32, y + 3, 580, y + 3, 0.2, gray=0.7)
            y += 12
        y += 12
    allsv = [s for *_, ss in cl for s in ss]
    doc.font(F, 8.5, True)
    doc.text(32, y, f"Total payment this remittance: {money(G.total(allsv, 'paid'))}")
    doc.font(F, 7.8)
    bk.legend = [("M86", "Service over the yearly therapy threshold; medical need was attested with the modifier."),
                 ("N20", "Not paid separately when billed with another service that day.")]
    for i, (c, t) in enumerate(bk.legend):
        doc.text(32, y + 14 + 10 * i, f"{c}  {t}")
    doc.save()
    return bk, doc.pages


# =============================================================================================== k09
def k09(out: Path):
    name = "k09_clinic_family_statement"
    doc = K.Doc("fpdf2", title="Statement")
    bk = K.Book(name, "fpdf2", "therapy clinic family statement, visit heads with insurer claim no., planted mismatch")
    doc.start(out / f"{name}.pdf")
    F = "DVSerif"
    ins = "Crestline Health Plan"
    people = [
        ("Juniper Halloran", [
            ("V-20931", "CHP26-110482", [sv(5, "97166", 1, ["GO"]), sv(5, "97533", 1, ["GO"])]),
            ("V-21018", "CHP26-113907", [sv(12, "97530", 2, ["GO"]), sv(12, "97533", 1, ["GO"])])]),
        ("Ambrose Halloran", [
            ("V-20955", "CHP26-110611", [sv(6, "92523", 1, ["GN"])]),
            ("V-21077", "CHP26-114220", [sv(13, "92507", 1, ["GN"]), sv(20, "92507", 1, ["GN"])])]),
        ("Colette Halloran", [
            ("V-21102", "CHP26-114901", [sv(15, "97161", 1, ["GP"]), sv(15, "97140", 1, ["GP"]),
                                         sv(15, "97110", 2, ["GP"])])]),
    ]
    planted = "V-21077"
    for _, visits in people:
        for vn, cn, ss in visits:
            for s in ss:
                s.allowed = q(s.billed * Decimal("0.70"))
                s.discount = s.billed - s.allowed
                s.paid = q(s.allowed * Decimal("0.80"))
                s.owes = s.allowed - s.paid
                s.pp = ZERO
    people[0][1][0][2][0].pp = Decimal("20.00")
    people[0][1][0][2][0].owes -= Decimal("20.00")
    cols = [("date", 40, "l"), ("code", 92, "l"), ("desc", 150, "l"), ("units", 318, "r"), ("charge", 372, "r"),
            ("ipd", 424, "r"), ("iadj", 472, "r"), ("ppd", 516, "r"), ("bal", 572, "r")]
    labels = {"date": "Date", "code": "Code", "desc": "Description", "units": "Units", "charge": "Charge",
              "ipd": "Ins. paid", "iadj": "Ins. adj.", "ppd": "Pt paid", "bal": "Balance"}
    doc.new_page()
    doc.font(F, 15, True)
    doc.text(40, 48, "Tidewater Kids Therapy & Family Rehab")
    doc.font(F, 8)
    doc.text(40, 61, "207 Brackenridge Ave, Suite 3  -  Port Ellery, ME 04999  -  Billing office (207) 555-0162")
    doc.rect(400, 76, 172, 80, fill=0.9)
    allsv = [s for _, v in people for _, _, ss in v for s in ss]
    due = G.total(allsv, "owes")
    doc.font(F, 9, True)
    doc.text(408, 92, "STATEMENT")
    doc.font(F, 8)
    doc.text(408, 106, "Statement date: 02/07/2026")
    doc.text(408, 118, "Guarantor acct: G-5510")
    doc.text(408, 130, "Please pay by: 03/01/2026")
    doc.font(F, 10, True)
    doc.text(408, 147, "Amount due " + money(due))
    doc.font(F, 9)
    doc.text(40, 92, "Guarantor")
    doc.text(40, 105, "Colette Halloran")
    doc.text(40, 117, "48 Windrow Lane")
    doc.text(40, 129, "Port Ellery, ME 04998")
    y = 182
    doc.font(F, 7.4, True)
    head(doc, y, cols, labels, 8)
    doc.line(40, y + 3, 572, y + 3, 0.8)
    y += 16
    for pat, visits in people:
        doc.font(F, 9, True)
        doc.text(40, y, f"Patient: {pat}")
        y += 13
        for vn, cn, ss in visits:
            doc.font(F, 7.6, True)
            doc.text(48, y, f"Visit {vn}   billed to {ins}, claim no. {cn}")
            y += 11
            for s in ss:
                doc.font(F, 7.6)
                cells(doc, y, cols, {"date": dfmt(s.dos, "mdy4"), "code": cm(s), "desc": s.desc[:34],
                                     "units": G.units_str(s.units), "charge": money(s.billed, ","),
                                     "ipd": money(s.paid, ","), "iadj": money(s.discount, ","),
                                     "ppd": money(s.pp, ","), "bal": money(s.owes, ",")})
                bk.add(doc.pages, [y], s, claim_id=vn, payer_claim_id=cn, patient=pat,
                       printed=("billed", "paid", "patient_owes"))
                y += 11
            tb, tbal = G.total(ss, "billed"), G.total(ss, "owes")
            if vn == planted:
                tbal += Decimal("10.00")
                bk.findings.append(f"claim-total-mismatch claim {vn}: printed visit balance total "
                                   f"{tbal} but the lines add up to {tbal - Decimal('10.00')}")
            doc.font(F, 7.6, True)
            cells(doc, y, cols, {"desc": "Visit total", "charge": money(tb, ","), "bal": money(tbal, ",")})
            bk.claim(vn, cn, pat, billed=tb, patient_owes=tbal)
            y += 15
        y += 4
    doc.font(F, 7.6)
    doc.text(48, y, "01/28/2026   Payment received - thank you (check 3318)")
    doc.text(572, y, "-20.00", "r")
    y += 24
    doc.line(40, y - 10, 572, y - 10, 0.5)
    doc.font(F, 8)
    for i, t in enumerate(["Insurance adjustments are the in-network discount your plan negotiated.",
                           "Questions about this statement? Call the billing office Monday - Friday, 8 am to 4 pm.",
                           "We offer payment plans. Balances over 90 days may be referred for collection."]):
        doc.text(40, y + 12 * i, t)
    doc.line(40, 700, 572, 700, 0.5)
    doc.font(F, 7.5)
    doc.text(40, 712, "- - - - - - - - - - - - - - - Detach and return with your payment - - - - - - - - - - - - - - -")
    doc.text(40, 726, "Guarantor acct G-5510   Colette Halloran   Amount due " + money(due) + "   Amount enclosed $________")
    doc.save()
    return bk, doc.pages


# =============================================================================================== k10
def k10(out: Path):
    name = "k10_hospital_itemized_statement"
    doc = K.Doc("reportlab", landscape=True, title="Itemized Statement")
    bk = K.Book(name, "reportlab", "hospital itemized guarantor statement, revenue codes, billed only")
    doc.start(out / f"{name}.pdf")
    F = "LibSansNarrow"
    rev = {"97110": "0420", "97112": "0420", "97116": "0420", "97161": "0424", "97530": "0430", "97165": "0434",
           "97535": "0430", "97140": "0420", "92507": "0440", "92523": "0444", "99283": "0450", "73110": "0320",
           "97760": "0430", "L3807": "0274"}
    accts = [
        ("HA-7004218", "Felix Drummond-Achebe", "Meridian Shield PPO", "MSP-2601-88123", [
            sv(2, "99283", 1, []), sv(2, "73110", 1, ["LT"]), sv(7, "97165", 1, ["GO"]),
            sv(7, "97760", 1, ["GO"]), sv(7, "L3807", 1, ["LT"]), sv(14, "97530", 2, ["GO"]),
            sv(14, "97535", 1, ["GO"]), sv(21, "97530", 2, ["GO"]), sv(21, "97110", 1, ["GO"]),
            sv(28, "97530", 2, ["GO"]), sv(28, "97140", 1, ["GO", "59"])]),
        ("HA-7004377", "Ophelia Drummond-Achebe", "Meridian Shield PPO", "MSP-2601-90456", [
            sv(5, "92523", 1, ["GN"])] + [sv(d, "92507", 1, ["GN"]) for d in (8, 12, 15, 19, 22, 26, 29)] + [
            sv(9, "97161", 1, ["GP"])] + [sv(d, c, 2, ["GP"]) for d in (16, 23, 30) for c in ("97112", "97116")] + [
            sv(30, "97530", 1, ["GP", "59"])]),
    ]
    cols = [("date", 36, "l"), ("rev", 96, "l"), ("cpt", 132, "l"), ("mod", 182, "l"), ("desc", 214, "l"),
            ("qty", 500, "r"), ("chg", 580, "r")]
    labels = {"date": "Date", "rev": "Rev", "cpt": "CPT/HCPCS", "mod": "Mod", "desc": "Description", "qty": "Qty",
              "chg": "Charges"}

    def furniture():
        doc.font(F, 15, True)
        doc.text(36, 40, "St. Brendan's Children's Hospital")
        doc.font(F, 8.5)
        doc.text(36, 53, "Patient Financial Services  |  900 Orchard Hill Blvd, Lowry Springs, CO 80999  |  (719) 555-0135")
        doc.font(F, 11, True)
        doc.text(756, 40, "ITEMIZED STATEMENT", "r")
        doc.font(F, 8.5)
        doc.text(756, 53, f"Guarantor: Sabine Drummond-Achebe   Guarantor #4401982   Page {doc.pages} of 2", "r")
        doc.line(36, 60, 756, 60, 1)
        # right sidebar
        doc.rect(606, 74, 150, 130, fill=0.92)
        doc.font(F, 9, True)
        doc.text(614, 90, "Summary")
        doc.font(F, 8.5)
        allsv = [s for *_, ss in accts for s in ss]
        doc.text(614, 106, "Total charges " + money(G.total(allsv, "billed")))
        doc.text(614, 120, "Statement date 02/09/2026")
        doc.text(614, 134, "Pay online at")
        doc.text(614, 146, "brendanpay.example.org")
        doc.text(614, 162, "Financial help is available;")
        doc.text(614, 174, "ask about our discount policy.")

    def colhead(y):
        doc.font(F, 8, True)
        head(doc, y, cols, labels, 9)
        doc.line(36, y + 3, 590, y + 3, 0.6)
        return y + 13

    doc.new_page()
    furniture()
    y = 84
    for acct, pat, plan, ref, ss in accts:
        doc.rect(36, y - 10, 554, 26, fill=0.85, stroke=False)
        doc.font(F, 9, True)
        doc.text(40, y, f"Account {acct}   Patient: {pat}   Outpatient rehabilitation and emergency services")
        doc.font(F, 8.5)
        doc.text(40, y + 11, f"Primary insurance: {plan}   Insurance claim ref {ref}")
        y = colhead(y + 34)
        for s in ss:
            if y > 520:
                doc.font(F, 8, True)
                doc.text(40, y, "Continued on next page")
                doc.new_page()
                furniture()
                y = 84
                doc.font(F, 9, True)
                doc.text(40, y, f"Account {acct} (continued)   Patient: {pat}")
                y = colhead(y + 20)
            doc.font(F, 8.6)
            cells(doc, y, cols, {"date": dfmt(s.dos, "mdy2"), "rev": rev[s.code], "cpt": s.code,
                                 "mod": " ".join(s.mods), "desc": s.desc, "qty": G.units_str(s.units),
                                 "chg": money(s.billed, ",")})
            bk.add(doc.pages, [y], s, claim_id=acct, payer_claim_id=ref, patient=pat, printed=("billed",))
            y += 12
        tb = G.total(ss, "billed")
        ipay = q(tb * Decimal("0.46"))
        iadj = q(tb * Decimal("0.38"))
        doc.line(420, y - 8, 590, y - 8, 0.4)
        doc.font(F, 8.6, True)
        for lab, v in (("Total charges", tb), (f"Insurance payment - {plan}", -ipay),
                       ("Insurance contractual adjustment", -iadj), ("Account balance", tb - ipay - iadj)):
            doc.text(214, y, lab)
            doc.text(580, y, money(v, ","), "r")
            y += 11
        bk.claim(acct, ref, pat, billed=tb)
        y += 16
    doc.font(F, 8.5)
    doc.text(36, y, "Charges for therapy are billed per visit; quantities are 15-minute units where the service is timed.")
    assert doc.pages == 2, doc.pages
    doc.save()
    return bk, doc.pages


LAYOUTS = [k01, k02, k03, k04, k05, k06, k07, k08, k09, k10]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    if args:
        out = Path(args[0]).resolve()
    else:
        import tempfile
        out = Path(tempfile.mkdtemp(prefix="heldout52_"))
    samples = (Path(__file__).resolve().parents[2] / "samples").resolve()
    if out == samples or samples in out.parents:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    results = []
    for fn in LAYOUTS:
        bk, pages = fn(out)
        pdf = out / f"{bk.name}.pdf"
        bk.write(pdf, pages)
        results.append((pdf, bk, pages))
        print(f"wrote {pdf.name}: {len(bk.lines)} lines, {pages} pages")
    print(f"{len(results)} files, {sum(len(b.lines) for _, b, _ in results)} lines, "
          f"{sum(p for *_, p in results)} pages -> {out}")
    if not check:
        return 0
    bad = 0
    spans = 0
    producers = set()
    for pdf, bk, pages in results:
        errs = K.check_file(pdf, bk.where)
        producers.add(bk.producer)
        byclaim: dict = {}
        for ln in bk.lines:
            byclaim.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
        if any(len(p) > 1 for p in byclaim.values()):
            spans += 1
        for e in errs:
            print(f"  {pdf.name}: {e}")
        bad += len(errs)
    if spans < 3:
        print(f"  only {spans} files have a claim running across a page break")
        bad += 1
    if len(producers) < 2:
        bad += 1
    print("check:", "OK" if not bad else f"{bad} problems", f"({spans} files with run-on claims)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
