"""Write held-out set 127 of synthetic PDF EOB layouts (with truth files) into a folder: two layouts of each of
the five commonest real document kinds, each in a house style of its own, for one honest measurement of the PDF
reader. Written independently of the reader (its code, tests and scores were not looked at).

Run:  python bench/heldout127/make_heldout127_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout127/make_heldout127_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed for the line); claim_id = the provider's own account /
patient-control / invoice / visit number, payer_claim_id = the payer's claim number / ICN / TCN / reference,
patient exactly as printed (the person who got the service, not the subscriber or guarantor). Statement
"Ins Paid" is the line's paid, "Balance" / "Your part" its patient_owes; statement write-offs carry no
group/reason code, so they are not truth adjustments. Every name, number, payer, provider, address and ID is
invented; descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation
date, seeded choices only). Helper drawing/pagination layer: bench/heldout127/h127draw.py.

Layouts (two each of: commercial member EOB, Medicare Summary Notice / MA member EOB, state Medicaid RA,
Medicare-style paper remit from a clearinghouse / PM system, family statement from a clinic / hospital):
  k1  commercial member EOB "Benefit Details", portrait Liberation Sans, 3 family members: "For: NAME (Relationship)"
      heads with "Claim ID" and "Provider Ref #", columns Service Date / What was done / Code / Provider Charged /
      Network Price / Not Payable / Applied to Deductible / Copay / Coinsurance / Plan Paid / Your Share / Why,
      code as "97530 GO", no units, lettered Why codes with legend, a claim continues onto page 2 with repeated
      heads "(continued)"; claim total rows (reportlab)
  k2  commercial PPO EOB, landscape fpdf2 DejaVu Sans Condensed, gridded rows: per-claim band with "Patient",
      "Claim #", "Patient Acct", columns Dates / Proc / Mod / Qty "1.0" / Charges / Disallowed / Covered /
      Deductible / Coins / Copay / Paid to Provider / Member Resp / Remarks, long descriptions wrapped on a second
      row under the code, a PR-denied line, subscriber + two family members, one claim per visit
  m1  Medicare Summary Notice Part B, reportlab portrait DejaVu Serif: left column "Your Claims & Costs" intro +
      right sidebar box on page 1, claims headed "Claim number / Provider / Referred by", rows "Service Provided &
      Billing Code" as words + "(97110-GP)" on the amounts row, Amount Provider Charged / Medicare-Approved Amount
      / Amount Medicare Paid / Maximum You May Be Billed / See Notes, Yes/No "Service Approved?", no units, notes
      legend, a claim continues on page 2 with "(continued)" head
  m2  Medicare Advantage HMO member "Explanation of Benefits" monthly, fpdf2 portrait Liberation Serif: boxed
      claim heads "Claim # / Your provider's acct / Member", columns Date of service / Service & code / Provider
      billed / Plan allowed / Plan paid / Your cost share / Note, codes "97112-GP", units "x2" appended to the code
      cell, per-visit specialist copay, a $0 no-authorization denial, two members of one household (spouses)
  d1  state Medicaid remittance advice, reportlab landscape Courier core, dashed rules, mainframe sections "PAID
      CLAIMS" / "DENIED CLAIMS" / "ADJUSTMENTS": claim line "NAME LAST,FIRST  MEDICAID ID  ICN  PCN" then detail
      "LI  SERVICE DATES  PROC  MOD1 MOD2  UNITS  BILLED  ALLOWED  PAID  EXPL CODES", service spans "010526-010926"
      (service_end), units "4.000", a void with trailing "-" and its replacement, page banner repeated with the
      column heading on every page, explanation code legend
  d2  state Medicaid RA portal print, fpdf2 portrait Liberation Sans Narrow, boxed grid with zebra rows: "Recipient
      / Recipient ID / TCN / Pat Acct No / Claim Status" header rows, detail "Ln / From / To / Procedure / Modifiers
      / Units / Billed / Allowed / Paid / CARC / RARC", CARC as "CO-45" with amounts in a separate "Adj Amt" column,
      a 26-line claim, a CO-119 denied line with RARC N362, "TCN ... continued" band if a claim crosses a page
  p1  Medicare-style paper remit re-rendered by a clearinghouse "Remittance Detail", reportlab portrait Helvetica:
      claim boxes "Patient / HIC / Acct / ICN / Status", "Svc Date / POS / Units / Code / Modifiers / Charge /
      Allowed / Deductible / Coins / Adj Codes / Paid", all adjustments in one cell "CO-45 58.15 PR-2 7.37",
      claim totals line, provider-level summary, a denied line (CO-50)
  p2  practice-management "Medicare Remittance Report", fpdf2 landscape Liberation Mono: fixed-width lines
      "PT NAME / MBI / ACCT# / ICN / ASG / MOA", "FROM  THRU  POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS ADJ
      RC-AMT PAID", dates MMDD YY, adjustment codes "CO45" and amounts stacked in one cell, claim continues on the
      next page without a repeated header
  s1  outpatient therapy clinic family statement, reportlab portrait Liberation Serif: guarantor remit stub and
      account box, visit heading rows "Visit 2601-xxxx  Patient: First Last  Ins claim #", rows Date / Code /
      Description / Units / Charges / Ins Paid / Ins Adjust / Your Part, 3 family members, patient payments as
      non-service rows, visit totals, an unbilled visit (no claim #, null paid), aging box; a visit's lines
      continue on page 2 under a repeated visit heading "(continued)" and column heading
  s2  hospital outpatient rehab family statement, fpdf2 portrait DejaVu Sans: "Account summary" per hospital
      account (visit) and patient, rows Date / Rev / HCPCS / Mod / Description / Qty / Charges / Insurance paid /
      Adjustments / Patient responsibility, a charge reversal "(95.00)", insurance pending (null paid), family
      of three

The self-check (--check) tests the factory, not the reader: for every truth line, its date, code, each modifier,
units, every printed amount and each adjustment amount/reason and remark, formatted as the layout prints them,
are on ONE text line of the truth's page (pdfplumber text layer); ids and patients are on the document's text;
page counts match; the arithmetic holds (billed - adjustments = paid where a layout prints every adjustment with
its amount; allowed - deductible - copay - coinsurance = paid where printed; claim totals = sum of lines);
at least three files have a claim whose lines straddle a page break.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (ZERO, LONG_DESC, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, q, total, truth_line, units_str, write_truth)
from h127draw import Flow, Surface  # noqa: E402

D = date


def mods_join(s, sep=" "):
    return sep.join(s.mods)


# ----------------------------------------------------------------------------------------------- data

def visits(rng, start, n, menu, gap=(2, 5)):
    """n visits of 1-4 services drawn from menu: [(code, mods, units)]."""
    out, d = [], start
    for _ in range(n):
        k = rng.randint(1, min(4, len(menu)))
        picks = rng.sample(menu, k)
        out.append((d, [Svc(d, c, u, tuple(m)) for c, m, u in picks]))
        d += timedelta(days=rng.randint(*gap))
    return out


OT = [("97530", ("GO",), 2), ("97110", ("GO",), 1), ("97535", ("GO",), 1), ("97140", ("GO", "59"), 1),
      ("97112", ("GO",), 2), ("97168", ("GO",), 1)]
PT = [("97110", ("GP",), 2), ("97140", ("GP", "59"), 1), ("97112", ("GP",), 1), ("97116", ("GP",), 1),
      ("97530", ("GP",), 2), ("G0283", ("GP",), 1)]
PTKX = [("97110", ("GP", "KX"), 2), ("97140", ("GP", "KX"), 1), ("97112", ("GP", "CQ"), 1),
        ("97530", ("GP",), 2), ("97116", ("GP",), 1)]
SLP = [("92507", ("GN",), 1), ("92526", ("GN",), 1), ("97129", ("GN",), 1)]


class Doc:
    """Collects truth while a layout draws."""

    def __init__(self, name, layout, producer, description, fmt):
        self.name, self.layout, self.producer, self.description = name, layout, producer, description
        self.lines, self.claims, self.legend, self.findings = [], [], [], []
        self.fmt = fmt  # dict: money(d)->str, date(d)->str, units(u)->str|None, printed tuple, all_adjs bool
        self.needles = []  # per truth line: list of strings that must share a text line on that page
        self.straddle = False
        self.page_needles = []  # (page, text) that must be somewhere on that page

    def add(self, page, s, *, claim_id, pcn, patient, adjs=None, remarks=None, extra_needles=(), code=True,
            units=True, mods=True, end=None, desc=True, overrides=None, date_on_row=True):
        f = self.fmt
        row = truth_line(page, s, claim_id=claim_id, payer_claim_id=pcn, patient=patient, printed=f["printed"],
                         service_end=end, units=units, modifiers=mods, code=code, adjustments=adjs,
                         remarks=remarks, overrides=overrides, description=desc)
        self.lines.append(row)
        nd = ([f["date"](s.dos)] if date_on_row else []) + list(extra_needles)
        if code:
            nd.append(s.code)
        if mods:
            nd += list(s.mods)
        if units:
            nd.append(f["units"](s.units))
        for k in f["printed"]:
            v = row[k]
            if v is not None:
                nd.append(f["money"](Decimal(v)))
        for g, c, a in row["adjustments"]:
            nd.append(c)
            if a is not None and f.get("adj_amounts", True):
                nd.append(f["money"](Decimal(a)))
        nd += row["remarks"]
        self.needles.append(nd)
        return row

    def claim(self, claim_id, pcn, patient, rows_svcs, totals):
        self.claims.append({"claim_id": claim_id, "payer_claim_id": pcn, "patient": patient, "totals": totals})
        pages = {r["page"] for r in rows_svcs}
        if len(pages) > 1:
            self.straddle = True

    def write(self, out: Path, pages: int):
        write_truth(out / self.name, self.layout, self.producer, pages, self.description, self.lines, self.claims,
                    self.legend, self.findings)
        meta = {"needles": self.needles, "page_needles": self.page_needles, "straddle": self.straddle, "all_adjs": self.fmt.get("all_adjs", False)}
        side = out / ".h127check"  # self-check sidecars kept out of the measured folder's top level
        side.mkdir(exist_ok=True)
        (side / (self.name + ".check.json")).write_text(json.dumps(meta, indent=0))


# ---------------------------------------------------------------------------------------------- k1

def k1(out: Path):
    name = "h127_k1_commercial_benefit_details.pdf"
    rng = random.Random(1271)
    fm = lambda d: money(d, "$")  # noqa: E731
    doc = Doc(name, "k1", "reportlab", "commercial member EOB, family, continued claim", {
        "money": fm, "date": lambda d: dfmt(d, "mdy4"), "units": units_str,
        "printed": ("billed", "discount", "not_covered", "deductible", "copay", "coinsurance", "paid", "owes"),
        "all_adjs": False})
    doc.fmt["printed"] = ("billed", "discount", "not_covered", "deductible", "copay", "coinsurance", "paid",
                          "patient_owes")
    sf = Surface(out / name, "reportlab")
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.78"))
    fam = [("Tobias Wrenfield", "Self", "LKH-55102", "7731", OT, 2),
           ("Marisol Wrenfield", "Spouse", "LKH-55310", "7744", PT, 2),
           ("Ezra Wrenfield", "Dependent", "LKH-55876", "7790", OT + SLP, 1)]
    claims = []
    for i, (pt, rel, acct, clno, menu, nv) in enumerate(fam):
        vs = visits(rng, D(2026, 1, 5 + i), nv if i != 2 else 1, menu)
        svcs = [s for _, ss in vs for s in ss]
        if i == 2:  # long claim -> continues onto page 2
            svcs = [Svc(D(2026, 1, 6) + timedelta(days=3 * k), c, u, m)
                    for k, (c, m, u) in enumerate([("97165", ("GO",), 1), ("92523", ("GN",), 1)] + OT[:5] + SLP
                                                   + OT[:4] + SLP[:2] + OT + SLP + OT[:3])]
        for j, s in enumerate(svcs):
            if i == 1 and j == 1:
                s.denied = "PR"
            commercial(s, st, deny_reason="96")
        claims.append((pt, rel, acct, f"26{clno}0{i}18{i}", svcs))

    def page_top(sf, n):
        sf.font("LibSansB", 10)
        sf.text(36, 40, "LAKEHAVEN HEALTH PLAN")
        sf.font("LibSans", 8)
        sf.text(576, 40, f"Explanation of Benefits  |  Page {n}", "r")
        sf.text(36, 52, "THIS IS NOT A BILL")
        sf.line(36, 58, 576, 58, 1.2)
        return 70

    page_top(sf, 1)
    sf.font("LibSans", 9)
    y = 80
    for t in ("Tobias Wrenfield", "418 Quarry Bend Rd", "Millbrook, VT 05999"):
        sf.text(36, y, t)
        y += 12
    sf.rect(330, 76, 246, 62)
    for k, t in enumerate(("Member ID: LHX 448 20931", "Group: 02288 Orchard Valley Schools",
                           "Statement date: 02/11/2026", "Plan: Lakehaven Choice PPO")):
        sf.text(338, 90 + k * 12, t)
    sf.font("LibSansB", 11)
    sf.text(36, 160, "Benefit Details")
    sf.font("LibSans", 8)
    sf.text(36, 174, "Below is how your plan processed claims for you and your covered family members.")
    cols = [("Service\nDate", 36, "l"), ("What was done", 84, "l"), ("Code", 178, "l"),
            ("Provider\nCharged", 252, "r"), ("Network\nPrice", 292, "r"), ("Not\nPayable", 330, "r"),
            ("Applied to\nDeductible", 374, "r"), ("Copay", 408, "r"), ("Coins-\nurance", 446, "r"),
            ("Plan\nPaid", 488, "r"), ("Your\nShare", 532, "r"), ("Why", 550, "l")]
    fl = Flow(sf, cols, font="LibSans", bold="LibSansB", size=7.2, lead=11, top=186, bottom=54, rule=True,
              head_fill=0.88, page_top=page_top, right=576)
    why = {"45": "A", "96": "C"}
    doc.legend = [("A", "The charge is above the amount this plan has agreed to with network providers."),
                  ("B", "Part of this amount was put toward your deductible or coinsurance."),
                  ("C", "This service is not a covered benefit under your plan; you may be billed.")]
    for pt, rel, acct, pcn, svcs in claims:
        def head(f, cont, pt=pt, rel=rel, acct=acct, pcn=pcn):
            f.text(36, f"For: {pt.upper()} ({rel})" + ("   (continued)" if cont else ""), font="LibSansB",
                   size=8.5, lead=14, fill=0.95, keep=40)
            f.text(36, f"Claim ID: {pcn}     Provider Ref #: {acct}     Provider: Greenlaw Rehab & Therapy, PLLC",
                   size=7.5, lead=11)
        fl.claim_head = head
        head(fl, False)
        fl.header()
        rows = []
        for s in svcs:
            w = why["96"] if s.denied else ("A" + ("B" if s.owes and not s.copay else ""))
            pg = fl.row([fmt_d(s.dos), s.desc[:22], f"{s.code} {mods_join(s)}", fm(s.billed), fm(s.discount),
                         fm(s.not_covered), fm(s.deductible), fm(s.copay), fm(s.coinsurance), fm(s.paid),
                         fm(s.owes), w])
            rows.append(doc.add(pg, s, claim_id=acct, pcn=pcn, patient=pt.upper(), units=False,
                                remarks=list(w), desc=False))
        fl.claim_head = None
        tot = [fm(total(svcs, a)) for a in ("billed", "discount", "not_covered", "deductible", "copay",
                                            "coinsurance", "paid", "owes")]
        fl.row(["", "Claim total", "", *tot, ""], bold=True)
        fl.gap(8)
        doc.claim(acct, pcn, pt.upper(), rows, claim_totals(total(svcs, "billed"), None, total(svcs, "paid"),
                                                             total(svcs, "owes")))
    fl.gap(6)
    fl.text(36, "What the Why codes mean", font="LibSansB", keep=40)
    for c, t in doc.legend:
        fl.text(36, f"{c}  {t}", size=7.5)
    fl.text(36, "Questions? Call Member Services at 1-800-555-0147 (TTY 711), Monday-Friday 8 a.m. to 6 p.m.",
            size=7.5)
    sf.save()
    doc.write(out, sf.pages)


def fmt_d(d):
    return dfmt(d, "mdy4")


# ---------------------------------------------------------------------------------------------- k2

def k2(out: Path):
    name = "h127_k2_ppo_grid_landscape.pdf"
    rng = random.Random(1272)
    fm = lambda d: money(d, ",")  # noqa: E731
    df = lambda d: dfmt(d, "mdy2")  # noqa: E731
    uf = lambda u: f"{u:.1f}"  # noqa: E731
    doc = Doc(name, "k2", "fpdf2", "commercial PPO EOB, landscape grid", {
        "money": fm, "date": df, "units": uf, "all_adjs": False,
        "printed": ("billed", "not_covered", "allowed", "deductible", "coinsurance", "copay", "paid",
                    "patient_owes")})
    sf = Surface(out / name, "fpdf2", land=True)
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.74"),
                   copay_codes={"99213": Decimal("35.00")})
    people = [("Priya Osterhagen", "PT-20418", PT + [("99213", (), 1)], 3),
              ("Calum Osterhagen", "PT-20433", OT + [("L3807", ("RT",), 1), ("97760", ("GO",), 1)], 3),
              ("Anika Osterhagen", "PT-20451", SLP + [("92523", ("GN",), 1)], 2)]

    def page_top(sf, n):
        sf.font("DejaCondB", 12)
        sf.text(36, 36, "BRIGHTWATER MUTUAL  -  PPO Explanation of Benefits")
        sf.font("DejaCond", 8)
        sf.text(756, 36, f"Page {n}", "r")
        sf.text(36, 48, "Subscriber: Priya Osterhagen    ID: BWM-8830-1147-02    Group: 66120-Harbor Freight Lines"
                        "    Issued: 02/09/2026")
        return 62

    page_top(sf, 1)
    cols = [("Dates", 38, "l"), ("Proc", 82, "l"), ("Mod", 116, "l"), ("Qty", 160, "r"), ("Charges", 214, "r"),
            ("Disallowed", 270, "r"), ("Covered", 322, "r"), ("Deductible", 378, "r"), ("Coins", 426, "r"),
            ("Copay", 470, "r"), ("Paid to\nProvider", 530, "r"), ("Member\nResp", 590, "r"),
            ("Remarks", 600, "l")]
    fl = Flow(sf, cols, font="DejaCond", bold="DejaCondB", size=7.5, lead=12, top=70, bottom=40, grid=True,
              head_fill=0.8, page_top=page_top, right=756, repeat_header=False)
    for i, (pt, acct, menu, nv) in enumerate(people):
        vs = visits(rng, D(2026, 1, 7 + i), nv, menu)
        for v, (d, ss) in enumerate(vs):
            pcn = f"E{26012 + i}{v}{4471 + 17 * i + v:05d}"
            for j, s in enumerate(ss):
                if i == 0 and v == 1 and j == 0:
                    s.denied = "PR"
                commercial(s, st, deny_reason="204")
                s.not_covered = s.not_covered + s.discount  # this plan prints one "Disallowed" column
            fl.text(38, f"Patient: {pt}    Claim #: {pcn}    Patient Acct: {acct}-{v + 1}    "
                        f"Provider: Harborview Therapy Associates (In-network)", font="DejaCondB", size=8,
                    lead=14, fill=0.9, keep=30)
            fl.header()
            rows = []
            for s in ss:
                rem = "PR204" if s.denied else ("N130" if s.code == "L3807" else "")
                pg = fl.row([df(s.dos), s.code, mods_join(s), uf(s.units), fm(s.billed), fm(s.not_covered),
                             fm(s.allowed), fm(s.deductible), fm(s.coinsurance), fm(s.copay), fm(s.paid),
                             fm(s.owes), rem], keep=12 if s.code in LONG_DESC else 0)
                if s.code in LONG_DESC:
                    s.desc = LONG_DESC[s.code]
                fl.text(84, s.desc, size=6.8, lead=10)
                rows.append(doc.add(pg, s, claim_id=f"{acct}-{v + 1}", pcn=pcn, patient=pt,
                                    remarks=[rem] if rem else []))
            tot = [fm(total(ss, a)) for a in ("billed", "not_covered", "allowed", "deductible", "coinsurance",
                                              "copay", "paid", "owes")]
            fl.row(["Totals", "", "", "", *tot, ""], bold=True)
            fl.gap(6)
            doc.claim(f"{acct}-{v + 1}", pcn, pt, rows, claim_totals(total(ss, "billed"), total(ss, "allowed"),
                                                                     total(ss, "paid"), total(ss, "owes")))
    doc.legend = [("PR204", "Not a benefit of this plan; the member is responsible."),
                  ("N130", "Check your plan booklet for limits on this item.")]
    fl.gap(4)
    for c, t in doc.legend:
        fl.text(38, f"{c}: {t}", size=7)
    sf.save()
    doc.write(out, sf.pages)


# ---------------------------------------------------------------------------------------------- m1

def m1(out: Path):
    name = "h127_m1_msn_partb_sidebar.pdf"
    rng = random.Random(1273)
    fm = lambda d: money(d, "$")  # noqa: E731
    df = lambda d: dfmt(d, "mdy4")  # noqa: E731
    doc = Doc(name, "m1", "reportlab", "Medicare Summary Notice Part B with sidebar", {
        "money": fm, "date": df, "units": units_str, "all_adjs": False,
        "printed": ("billed", "allowed", "paid", "patient_owes")})
    sf = Surface(out / name, "reportlab")
    st = PlanState(ded_left=Decimal("40.00"))
    pt = "GWENDOLYN R. ASHCOMBE"

    def page_top(sf, n):
        sf.font("DejaSerifB", 12)
        sf.text(36, 40, "Medicare Summary Notice for Part B (Medical Insurance)")
        sf.font("DejaSerif", 8)
        sf.text(576, 40, f"Page {n}", "r")
        sf.text(36, 54, f"{pt}   Medicare Number XXXX-XX7-GK42")
        sf.line(36, 60, 576, 60, 1)
        return 72

    page_top(sf, 1)
    # sidebar
    sf.rect(392, 72, 184, 160)
    sf.font("DejaSerifB", 9)
    sf.text(400, 88, "Your Deductible Status")
    sf.font("DejaSerif", 7.5)
    for k, t in enumerate(("Your deductible is what you must", "pay each year before Medicare pays.",
                           "You have now met $257.00 of your", "$283.00 Part B deductible for 2026.", "",
                           "Be Informed!", "Watch for charges for services", "you did not receive. Report them",
                           "at 1-800-555-0188.")):
        sf.text(400, 102 + k * 11, t)
    sf.font("DejaSerif", 9)
    for k, t in enumerate(("GWENDOLYN R ASHCOMBE", "27 TALLOWBROOK LN", "PINE HOLLOW OR 97999", "",
                           "Dates of service: January 1 - March 31, 2026", "This notice date: April 6, 2026",
                           "Total you may be billed (see below)")):
        sf.text(36, 90 + k * 13, t)
    cols = [("Service Provided &\nBilling Code", 36, "l"), ("Service\nApproved?", 218, "c"),
            ("Amount Provider\nCharged", 316, "r"), ("Medicare-\nApproved\nAmount", 384, "r"),
            ("Amount\nMedicare\nPaid", 446, "r"), ("Maximum You\nMay Be Billed", 520, "r"),
            ("See\nNotes", 548, "l")]
    fl = Flow(sf, cols, font="DejaSerif", bold="DejaSerifB", size=7.4, lead=11.5, top=250, bottom=60,
              rule=False, head_fill=None, page_top=page_top)
    fl.text(36, "Your Claims & Costs This Period", font="DejaSerifB", size=11, lead=18)
    provs = [("Riverbend Physical Therapy", "Dr. Hollis Tamberlane", PTKX, 4, "RBT"),
             ("Cedar Point Hand & OT Clinic", "Dr. Simone Orvell", OT, 3, "CPH"),
             ("Pine Hollow Speech Associates", "Dr. Simone Orvell", SLP, 2, "PHS")]
    doc.legend = [("A", "The amount Medicare paid was cut by 2% under federal spending reduction rules."),
                  ("B", "This amount went toward your yearly Part B deductible."),
                  ("C", "Medicare does not pay for this service when billed this way; you are not responsible "
                        "for it.")]
    for i, (prov, ref, menu, nv, pre) in enumerate(provs):
        vs = visits(rng, D(2026, 1, 12 + 9 * i), nv, menu, gap=(6, 9))
        ss = [s for _, x in vs for s in x]
        if i == 0:
            ss += [Svc(D(2026, 2, 27), "97110", 2, ("GP", "KX")), Svc(D(2026, 3, 3), "97140", 1, ("GP", "KX")),
                   Svc(D(2026, 3, 3), "97116", 1, ("GP",)), Svc(D(2026, 3, 6), "97530", 2, ("GP",)),
                   Svc(D(2026, 3, 6), "0552T", 1, ("GP",)), Svc(D(2026, 3, 10), "97112", 1, ("GP", "CQ")),
                   Svc(D(2026, 3, 13), "97110", 2, ("GP", "KX")), Svc(D(2026, 3, 17), "97140", 1, ("GP", "KX")),
                   Svc(D(2026, 3, 20), "97530", 2, ("GP", "CQ")), Svc(D(2026, 3, 24), "97110", 1, ("GP", "KX"))]
        for s in ss:
            if s.code == "0552T":
                s.denied = "CO"
            medicare(s, st)
        pcn = f"26{i + 3}0{1140 + 77 * i}{392 + i}0"
        acct = f"{pre}{60021 + 311 * i}"

        def head(f, cont, prov=prov, pcn=pcn, ref=ref):
            f.text(36, f"{prov}" + ("  (continued)" if cont else ""), font="DejaSerifB", size=9, lead=14, keep=50)
            f.text(36, f"Claim number {pcn}   Referred by: {ref}   Provider acct: {acct}", size=7.5, lead=11)
        fl.claim_head = head
        head(fl, False)
        fl.header()
        rows = []
        for s in ss:
            notes = "C" if s.denied else ("A" + ("B" if s.deductible else ""))
            fl.gap(3)
            fl.text(36, f"{dfmt(s.dos, 'month')}", font="DejaSerifB", size=7, lead=10, keep=12)
            owes = s.owes
            pg = fl.row([f"{s.desc[:27]} ({s.code}-{'-'.join(s.mods)})", "No" if s.denied else "Yes",
                         fm(s.billed), fm(s.allowed), fm(s.paid), fm(owes), ", ".join(notes.lower())])
            # the date sits on the line above the service: checked separately (extra needle not the date)
            row = doc.add(pg, s, claim_id=acct, pcn=pcn, patient=pt, units=False, desc=False,
                          remarks=list(notes.lower()), date_on_row=False)
            doc.page_needles.append((pg, dfmt(s.dos, "month")))
            rows.append(row)
        fl.claim_head = None
        fl.row([f"Total for Claim {pcn}", "", fm(total(ss, "billed")), fm(total(ss, "allowed")),
                fm(total(ss, "paid")), fm(total(ss, "owes")), ""], bold=True)
        fl.gap(10)
        doc.claim(acct, pcn, pt, rows, claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                                    total(ss, "owes")))
    fl.text(36, "Notes for Your Claims", font="DejaSerifB", size=10, lead=15, keep=50)
    for c, t in doc.legend:
        fl.text(36, f"{c.lower()}  {t}", size=7.5)
    sf.save()
    doc.write(out, sf.pages)


# ---------------------------------------------------------------------------------------------- m2

def m2(out: Path):
    name = "h127_m2_medicare_advantage_hmo.pdf"
    rng = random.Random(1274)
    fm = lambda d: money(d, "$")  # noqa: E731
    df = lambda d: dfmt(d, "mon")  # noqa: E731
    doc = Doc(name, "m2", "fpdf2", "Medicare Advantage HMO member EOB, household of two", {
        "money": fm, "date": df, "units": lambda u: f"x{units_str(u)}", "all_adjs": False,
        "printed": ("billed", "allowed", "paid", "patient_owes")})
    sf = Surface(out / name, "fpdf2")

    def page_top(sf, n):
        sf.rect(36, 30, 540, 26, fill=0.2, stroke=False)
        sf.font("LibSerifB", 13)
        if sf.producer == "fpdf2":
            sf.p.set_text_color(255, 255, 255)
        sf.text(44, 48, "Summit Silver Advantage (HMO)")
        sf.font("LibSerif", 8)
        sf.text(568, 48, f"Your Explanation of Benefits  -  page {n}", "r")
        sf.p.set_text_color(0, 0, 0)
        return 68

    page_top(sf, 1)
    sf.font("LibSerif", 9)
    for k, t in enumerate(("Harlan & Odette Vexworth", "1902 Saltmarsh Way", "Dunmore Flats, NM 88999", "",
                           "This notice covers claims we processed January 1 - January 31, 2026.",
                           "It is not a bill. Keep it with your health records.")):
        sf.text(36, 84 + k * 12, t)
    sf.rect(370, 76, 206, 70)
    for k, t in enumerate(("Your out-of-pocket total for 2026", "Spent so far:  $310.00",
                           "Yearly maximum:  $5,900.00", "Member Services 1-888-555-0139")):
        sf.text(378, 92 + k * 13, t)
    cols = [("Date of service", 40, "l"), ("Service & code", 116, "l"), ("Provider billed", 368, "r"),
            ("Plan allowed", 430, "r"), ("Plan paid", 486, "r"), ("Your cost share", 548, "r"), ("Note", 554, "l")]
    fl = Flow(sf, cols, font="LibSerif", bold="LibSerifB", size=8, lead=13, top=170, bottom=56, rule=True,
              head_fill=0.9, page_top=page_top)
    members = [("Harlan Vexworth", "SSA-81172039", PTKX + [("99213", (), 1)], 3),
               ("Odette Vexworth", "SSA-81172047", OT + [("G0283", ("GO",), 1)], 3)]
    doc.legend = [("1", "Your plan's specialist copay of $40.00 applies once per visit day."),
                  ("2", "No prior approval was on file; the provider may not bill you for this service."),
                  ("3", "Paid at the plan's contracted rate.")]
    for i, (pt, mid, menu, nv) in enumerate(members):
        vs = visits(rng, D(2026, 1, 6 + i), nv, menu, gap=(3, 7))
        for v, (d, ss) in enumerate(vs):
            st = PlanState(visit_copay=Decimal("40.00"), allowed_rate=Decimal("0.55"))
            for j, s in enumerate(ss):
                if i == 1 and v == 2 and j == len(ss) - 1:
                    s.denied = "CO"
                commercial(s, st, deny_reason="197")
            pcn = f"SSA{2601 + i}{v}-{90311 + 231 * i + 17 * v}"
            acct = f"V{8840 + 7 * v + 30 * i}"
            fl.gap(4)
            fl.room(60)
            y0 = fl.y
            sf.rect(36, y0, 540, 28)
            fl.text(42, f"Claim # {pcn}      Member: {pt} ({mid})", font="LibSerifB", size=8.5, lead=13)
            fl.text(42, f"Provider: Mesa Verde Rehabilitation Group      Your provider's acct: {acct}", size=8,
                    lead=13)
            fl.gap(4)
            fl.header()
            rows = []
            for s in ss:
                note = "2" if s.denied else ("1" if s.copay else "3")
                unit_txt = f"  x{units_str(s.units)}" if s.units > 1 else ""
                pg = fl.row([df(s.dos), f"{s.desc[:30]} ({s.code}{'-' + '-'.join(s.mods) if s.mods else ''})"
                             + unit_txt, fm(s.billed), fm(s.allowed), fm(s.paid), fm(s.owes), note])
                rows.append(doc.add(pg, s, claim_id=acct, pcn=pcn, patient=pt, units=s.units > 1, desc=False,
                                    remarks=[note]))
            fl.row(["", "Claim totals", fm(total(ss, "billed")), fm(total(ss, "allowed")), fm(total(ss, "paid")),
                    fm(total(ss, "owes")), ""], bold=True)
            doc.claim(acct, pcn, pt, rows, claim_totals(total(ss, "billed"), total(ss, "allowed"),
                                                        total(ss, "paid"), total(ss, "owes")))
    fl.gap(8)
    fl.text(36, "Notes", font="LibSerifB", keep=40)
    for c, t in doc.legend:
        fl.text(36, f"{c}.  {t}", size=7.5)
    sf.save()
    doc.write(out, sf.pages)


# ---------------------------------------------------------------------------------------------- d1

def d1(out: Path):
    name = "h127_d1_medicaid_ra_courier.pdf"
    rng = random.Random(1275)
    fm = lambda d: money(d, ",", "trail")  # noqa: E731
    df = lambda d: dfmt(d, "mdy6")  # noqa: E731
    uf = lambda u: f"{u:.3f}"  # noqa: E731
    doc = Doc(name, "d1", "reportlab", "state Medicaid RA, Courier landscape, spans and a void", {
        "money": fm, "date": df, "units": uf, "all_adjs": True,
        "printed": ("billed", "allowed", "paid")})
    sf = Surface(out / name, "reportlab", land=True)

    def page_top(sf, n):
        sf.font("CourB", 9)
        sf.text(36, 34, "STATE OF NORTHRIDGE  DEPT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM")
        sf.text(756, 34, f"PAGE {n:>4}", "r")
        sf.font("Cour", 8)
        sf.text(36, 45, "REMITTANCE ADVICE   RA NO 0004471902   PAYMENT DATE 02/13/26   PROVIDER 1009341177 "
                        "  SUMMIT KIDS THERAPY COOPERATIVE")
        sf.line(36, 50, 756, 50, 0.6)
        return 58

    page_top(sf, 1)
    cols = [("LI", 36, "l"), ("SERVICE DATES", 58, "l"), ("PROC", 168, "l"), ("MOD1", 212, "l"), ("MOD2", 248, "l"),
            ("UNITS", 318, "r"), ("BILLED", 398, "r"), ("ALLOWED", 470, "r"), ("PAID", 540, "r"),
            ("EXPL CODES", 556, "l")]
    fl = Flow(sf, cols, font="Cour", bold="CourB", size=7.8, lead=10.5, top=62, bottom=44, head_fill=None,
              page_top=page_top)
    kids = [("QUILLFEATHER,JUNO", "700188421", OT), ("QUILLFEATHER,ROWAN", "700188439", SLP),
            ("MBEKI-HALVERSON,TESS", "700203318", PT), ("DORSAINVIL,ARLO", "700215540", OT + SLP)]
    sections = {"PAID CLAIMS": [], "DENIED CLAIMS": [], "ADJUSTMENTS": []}
    n = 0
    for i, (nm, rid, menu) in enumerate(kids):
        for v in range(2 if i < 3 else 1):
            start = D(2026, 1, 5) + timedelta(days=14 * v + i)
            ss = []
            for code, mods, u in rng.sample(menu, min(3, len(menu))):
                if rng.random() < 0.5:
                    s = Svc(start, code, u * 4, mods)
                    s.end = start + timedelta(days=4)
                else:
                    s = Svc(start + timedelta(days=rng.randint(0, 3)), code, u, mods)
                ss.append(s)
            denied = i == 2 and v == 1
            for s in ss:
                if denied:
                    s.denied = "CO"
                medicaid(s, deny_reason="177")
            n += 1
            icn = f"26{33 + n:03d}0{41870 + 613 * n}"
            pcn = f"SKT{5100 + 23 * n}"
            sections["DENIED CLAIMS" if denied else "PAID CLAIMS"].append((nm, rid, icn, pcn, ss))
    # a void of the first paid claim, and its replacement with one more unit on the first line
    nm, rid, icn0, pcn0, ss0 = sections["PAID CLAIMS"][0]
    void = [negate(s) for s in ss0]
    for s0, v in zip(ss0, void):
        v.end = s0.end
    rep = []
    for k, s0 in enumerate(ss0):
        s = Svc(s0.dos, s0.code, s0.units + (1 if k == 0 else 0), s0.mods)
        s.end = s0.end
        medicaid(s)
        rep.append(s)
    sections["ADJUSTMENTS"] = [(nm, rid, f"26{99:03d}0{50110}", pcn0, void),
                               (nm, rid, f"26{99:03d}0{50128}", pcn0, rep)]
    expl = {"45": "0045", "177": "0177", "void": "0910", "rep": "0911"}
    doc.legend = [("0045", "PAID AT THE PROGRAM FEE SCHEDULE; CHARGE ABOVE MAXIMUM NOT PAYABLE"),
                  ("0177", "RECIPIENT NOT ELIGIBLE ON DATE OF SERVICE"),
                  ("0910", "CREDIT: PRIOR PAYMENT TAKEN BACK FOR REPROCESSING"),
                  ("0911", "CLAIM REPROCESSED AFTER CORRECTION")]
    grand = ZERO
    for sec, claims in sections.items():
        fl.text(36, f"*** {sec} ***", font="CourB", size=8.5, lead=14, keep=40)
        for k, (nm, rid, icn, pcn, ss) in enumerate(claims):
            tag = "void" if (sec == "ADJUSTMENTS" and k == 0) else ("rep" if sec == "ADJUSTMENTS" else None)

            def head(f, cont, nm=nm, rid=rid, icn=icn, pcn=pcn, ss=ss):
                f.text(36, f"NAME {nm:<22} MEDICAID ID {rid}  ICN {icn}  PCN {pcn}"
                           f"  CLAIM BILLED {fm(total(ss, 'billed'))}" + ("  (CONT)" if cont else ""),
                       font="CourB", size=7.8, lead=11, keep=30)
            fl.claim_head = head
            head(fl, False)
            fl.header()
            fl.sf.line(36, fl.y - 1, 756, fl.y - 1, 0.3)
            rows = []
            for li, s in enumerate(ss, 1):
                codes = [expl[tag]] if tag else []
                codes += [expl[r] for g, r, a in s.adjs if r in expl]
                dates = df(s.dos) + ("-" + df(s.end) if s.end else "")
                pg = fl.row([f"{li:02d}", dates, s.code, s.mods[0] if s.mods else "",
                             s.mods[1] if len(s.mods) > 1 else "", uf(s.units), fm(s.billed), fm(s.allowed),
                             fm(s.paid), " ".join(codes)])
                rows.append(doc.add(pg, s, claim_id=pcn, pcn=icn, patient=nm, end=s.end, desc=False,
                                    remarks=codes, adjs=[], extra_needles=[dates]))
            fl.claim_head = None
            fl.row(["", "CLAIM TOTAL", "", "", "", "", fm(total(ss, "billed")), fm(total(ss, "allowed")),
                    fm(total(ss, "paid")), ""], bold=True)
            fl.sf.line(36, fl.y + 2, 756, fl.y + 2, 0.3)
            fl.gap(5)
            grand += total(ss, "paid")
            doc.claim(pcn, icn, nm, rows, claim_totals(total(ss, "billed"), total(ss, "allowed"),
                                                       total(ss, "paid")))
    fl.text(36, f"TOTAL PAYMENT THIS RA {fm(grand)}   EFT TRACE 88120045519", font="CourB", keep=60)
    fl.gap(6)
    fl.text(36, "EXPLANATION OF CODES", font="CourB")
    for c, t in doc.legend:
        fl.text(36, f"{c}  {t}")
    sf.save()
    doc.fmt["all_adjs"] = False
    doc.write(out, sf.pages)


# ---------------------------------------------------------------------------------------------- d2

def d2(out: Path):
    name = "h127_d2_medicaid_ra_portal_grid.pdf"
    rng = random.Random(1276)
    fm = lambda d: money(d, ",")  # noqa: E731
    df = lambda d: dfmt(d, "mdy4")  # noqa: E731
    uf = lambda u: f"{u:.2f}"  # noqa: E731
    doc = Doc(name, "d2", "fpdf2", "state Medicaid RA portal print, grid, continued claim", {
        "money": fm, "date": df, "units": uf, "all_adjs": True,
        "printed": ("billed", "allowed", "paid")})
    sf = Surface(out / name, "fpdf2")

    def page_top(sf, n):
        sf.font("LibNarrowB", 11)
        sf.text(36, 36, "Bayou Plains Medicaid  |  Provider Remittance Advice")
        sf.font("LibNarrow", 8)
        sf.text(576, 36, f"Page {n}", "r")
        sf.text(36, 48, "Billing Provider: Delta Reach Pediatric Therapy LLC   NPI 1660091255   "
                        "Payment #: 0030917722   Issue Date: 02/17/2026")
        sf.line(36, 53, 576, 53, 1)
        return 60

    page_top(sf, 1)
    cols = [("Ln", 40, "l"), ("From", 56, "l"), ("To", 104, "l"), ("Procedure", 152, "l"), ("Modifiers", 192, "l"),
            ("Units", 252, "r"), ("Billed", 306, "r"), ("Allowed", 356, "r"), ("Paid", 404, "r"), ("CARC", 412, "l"),
            ("Adj Amt", 490, "r"), ("RARC", 498, "l")]
    fl = Flow(sf, cols, font="LibNarrow", bold="LibNarrowB", size=7.8, lead=12, top=64, bottom=50, grid=True,
              zebra=True, head_fill=0.82, page_top=page_top, right=576)
    recips = [("Boudreaux, Remy", "LA4410928821", SLP, 2, False),
              ("Boudreaux, Lila M", "LA4410928813", OT + SLP, 1, True),
              ("Thibodaux-Sands, Amara", "LA4413370406", PT, 2, False),
              ("Fontenot, Cyrus", "LA4418102277", OT, 1, False)]
    doc.legend = [("CO-45", "Charge exceeds the program's maximum allowable; write off the difference."),
                  ("CO-119", "Yearly benefit limit for this service has been reached."),
                  ("N362", "Units over the allowed number for the period."),
                  ("M86", "Service denied because payment for it was already made under another code.")]
    n = 0
    for nm, rid, menu, nv, longc in recips:
        for v in range(nv):
            n += 1
            if longc:
                ss = [Svc(D(2026, 1, 5) + timedelta(days=2 * k), c, u, m)
                      for k, (c, m, u) in enumerate(menu * 4)][:26]
            else:
                ss = [s for _, x in visits(rng, D(2026, 1, 6 + 3 * n), 2, menu) for s in x]
            for j, s in enumerate(ss):
                if nm.startswith("Fontenot") and j == 1:
                    s.denied = "CO"
                medicaid(s, deny_reason="119")
            tcn = f"2603{6 + v}{n:02d}{558210 + 97 * n}"
            pacct = f"DR-{31200 + 41 * n}"
            status = "Denied" if all(s.denied for s in ss) else "Paid"

            def head(f, cont, nm=nm, rid=rid, tcn=tcn, pacct=pacct, ss=ss, status=status):
                if cont:
                    f.text(40, f"TCN {tcn} continued", font="LibNarrowB", lead=13, fill=0.75, keep=30)
                    return
                f.text(40, f"Recipient: {nm}     Recipient ID: {rid}", font="LibNarrowB", lead=13, fill=0.75,
                       keep=50)
                f.text(40, f"TCN: {tcn}     Pat Acct No: {pacct}     Claim Status: {status}     "
                           f"Claim Billed: {fm(total(ss, 'billed'))}     Claim Paid: {fm(total(ss, 'paid'))}",
                       lead=13, fill=0.9)
            fl.claim_head = head
            head(fl, False)
            fl.header()
            rows = []
            for li, s in enumerate(ss, 1):
                adj = s.adjs[0] if s.adjs else None
                rarc = "N362" if (adj and adj[1] == "119") else ""
                pg = fl.row([str(li), df(s.dos), df(s.dos), s.code, " ".join(s.mods), uf(s.units), fm(s.billed),
                             fm(s.allowed), fm(s.paid), f"{adj[0]}-{adj[1]}" if adj else "",
                             fm(adj[2]) if adj else "", rarc])
                rows.append(doc.add(pg, s, claim_id=pacct, pcn=tcn, patient=nm, adjs=s.adjs, desc=False,
                                    remarks=[rarc] if rarc else [], end=None))
            fl.claim_head = None
            fl.row(["", "Claim Totals", "", "", "", "", fm(total(ss, "billed")), fm(total(ss, "allowed")),
                    fm(total(ss, "paid")), "", "", ""], bold=True)
            fl.gap(8)
            doc.claim(pacct, tcn, nm, rows, claim_totals(total(ss, "billed"), total(ss, "allowed"),
                                                         total(ss, "paid")))
    fl.text(40, "Remark and adjustment codes", font="LibNarrowB", keep=50)
    for c, t in doc.legend:
        fl.text(40, f"{c}  {t}")
    sf.save()
    doc.write(out, sf.pages)


# ---------------------------------------------------------------------------------------------- p1

def p1(out: Path):
    name = "h127_p1_clearinghouse_remit_detail.pdf"
    rng = random.Random(1277)
    fm = lambda d: money(d, ",")  # noqa: E731
    df = lambda d: dfmt(d, "mdy4")  # noqa: E731
    doc = Doc(name, "p1", "reportlab", "Medicare-style remit re-rendered by a clearinghouse", {
        "money": fm, "date": df, "units": units_str, "all_adjs": True,
        "printed": ("billed", "allowed", "deductible", "coinsurance", "paid")})
    sf = Surface(out / name, "reportlab")

    def page_top(sf, n):
        sf.font("HelvB", 11)
        sf.text(36, 38, "ClaimBridge Exchange  -  Remittance Detail")
        sf.font("Helv", 7.5)
        sf.text(576, 38, f"Page {n}", "r")
        sf.text(36, 50, "Payer: Great Lakes Medicare Administrative Services (Part B)    Payee: Lakeshore Therapy "
                        "Partners    NPI 1437700982    Check/EFT: 882001773    Paid 02/20/2026")
        sf.line(36, 55, 576, 55, 0.8)
        return 64

    page_top(sf, 1)
    cols = [("Svc Date", 40, "l"), ("POS", 88, "l"), ("Units", 124, "r"), ("Code", 132, "l"), ("Modifiers", 162, "l"),
            ("Charge", 240, "r"), ("Allowed", 284, "r"), ("Deductible", 330, "r"), ("Coins", 368, "r"),
            ("Adj Codes", 374, "l"), ("Paid", 572, "r")]
    fl = Flow(sf, cols, font="Helv", bold="HelvB", size=7.2, lead=11, top=66, bottom=50, rule=True,
              head_fill=0.9, page_top=page_top, right=576)
    pts = [("HOLLOWAY, BERNADETTE", "8RT4-JK2-MW51", PTKX), ("AZIZI, KAMRAN", "3FX9-PL7-QD26", PT),
           ("NIEMINEN, ASTRID", "6GA2-TB8-HN43", OT), ("OKONKWO-BELL, DESMOND", "2WQ5-CV1-RZ78", PTKX + SLP)]
    doc.legend = [("CO-45", "Above the fee schedule; contractual write-off."),
                  ("PR-1", "Deductible."), ("PR-2", "Coinsurance."), ("CO-253", "Federal payment reduction."),
                  ("CO-50", "Not deemed medically necessary by the payer."), ("MA01", "Appeal rights notice."),
                  ("N115", "Local coverage policy applied.")]
    tot_paid = ZERO
    for i, (nm, hic, menu) in enumerate(pts):
        st = PlanState(ded_left=Decimal("35.00") if i == 1 else ZERO)
        ss = [s for _, x in visits(rng, D(2026, 1, 8 + i), 2, menu) for s in x]
        for j, s in enumerate(ss):
            if i == 3 and j == 0:
                s.denied = "CO"
            medicare(s, st)
        acct = f"LTP{400120 + 37 * i}"
        icn = f"1226{29 + i:03d}{70455 + 1131 * i}"
        fl.gap(4)
        fl.room(60)
        y0 = fl.y
        fl.text(40, f"Patient: {nm}      HIC: {hic}      Acct: {acct}      ICN: {icn}      Status: "
                    f"{'1 Processed as Primary'}", font="HelvB", size=7.6, lead=13, fill=0.93)
        sf.rect(36, y0, 540, 13)
        fl.header()
        rows = []
        for s in ss:
            adj = " ".join(f"{g}-{r} {fm(a)}" for g, r, a in s.adjs)
            rem = ["N115"] if s.denied else []
            pg = fl.row([df(s.dos), "11", units_str(s.units), s.code, " ".join(s.mods), fm(s.billed),
                         fm(s.allowed), fm(s.deductible), fm(s.coinsurance), adj + (" N115" if rem else ""),
                         fm(s.paid)])
            rows.append(doc.add(pg, s, claim_id=acct, pcn=icn, patient=nm, adjs=s.adjs, desc=False, remarks=rem))
        pr = total(ss, "owes")
        fl.row(["", "", "", "", "Claim totals", fm(total(ss, "billed")), fm(total(ss, "allowed")),
                fm(total(ss, "deductible")), fm(total(ss, "coinsurance")), f"Pt Resp {fm(pr)}",
                fm(total(ss, "paid"))], bold=True)
        tot_paid += total(ss, "paid")
        doc.claim(acct, icn, nm, rows, claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                                    None))
    fl.gap(10)
    fl.text(40, f"Provider summary:  claims 4   total paid {fm(tot_paid)}   PLB: none", font="HelvB", keep=80)
    fl.text(40, "Code glossary", font="HelvB")
    for c, t in doc.legend:
        fl.text(40, f"{c}: {t}", size=7)
    sf.save()
    doc.write(out, sf.pages)


# ---------------------------------------------------------------------------------------------- p2

def p2(out: Path):
    name = "h127_p2_pm_medicare_remit_mono.pdf"
    rng = random.Random(1278)
    fm = lambda d: money(d, "")  # noqa: E731
    doc = Doc(name, "p2", "fpdf2", "PM-system Medicare remittance report, monospace landscape", {
        "money": fm, "date": lambda d: f"{d:%m%d}", "units": units_str, "all_adjs": True,
        "printed": ("billed", "allowed", "deductible", "coinsurance", "paid")})
    sf = Surface(out / name, "fpdf2", land=True)

    def page_top(sf, n):
        sf.font("LibMonoB", 8.5)
        sf.text(36, 32, "TIDEWATER PRACTICE SOLUTIONS v9.4          MEDICARE REMITTANCE REPORT")
        sf.text(756, 32, f"PG {n:03d}", "r")
        sf.font("LibMono", 7.5)
        sf.text(36, 43, "PAYEE: SANDCASTLE PHYSICAL & OCCUPATIONAL THERAPY   NPI 1285546003   CHECK# 00927718   "
                        "DATE 021926   MCR JURISDICTION J-K")
        sf.text(36, 53, "-" * 124)
        return 60

    page_top(sf, 1)
    cols = [("FROM", 36, "l"), ("THRU", 72, "l"), ("YR", 108, "l"), ("POS", 130, "l"), ("NOS", 174, "r"),
            ("PROC", 184, "l"), ("MODS", 224, "l"), ("BILLED", 324, "r"), ("ALLOWED", 380, "r"),
            ("DEDUCT", 432, "r"), ("COINS", 480, "r"), ("ADJ RC-AMT", 490, "l"), ("PAID", 720, "r")]
    fl = Flow(sf, cols, font="LibMono", bold="LibMonoB", size=7.4, lead=10.5, top=62, bottom=44, head_fill=None,
              page_top=page_top, right=756, repeat_header=False)
    pts = [("FARQUHAR, LEONORA", "1EG4TE5MK72", PTKX), ("PELLETIER, GASTON", "5QW8NH2JD19", OT),
           ("ABERNATHY-LUZ, CELESTE", "7PK3UV6XR44", PTKX + OT), ("IVERSEN, THOR", "4MB1CY9LP08", PT)]
    doc.legend = [("MA01", "YOU MAY APPEAL THIS DETERMINATION WITHIN 120 DAYS"),
                  ("N640", "EXCEEDS ALLOWED FREQUENCY FOR THIS SERVICE"),
                  ("MA18", "CLAIM FORWARDED TO SUPPLEMENTAL INSURER")]
    for i, (nm, mbi, menu) in enumerate(pts):
        st = PlanState(ded_left=Decimal("50.00") if i == 0 else ZERO)
        if i == 2:
            ss = [Svc(D(2026, 1, 5) + timedelta(days=2 * k), c, u, m) for k, (c, m, u) in enumerate(menu * 3)][:24]
        else:
            ss = [s for _, x in visits(rng, D(2026, 1, 12 + i), 3, menu) for s in x]
        for j, s in enumerate(ss):
            if i == 3 and j == 2:
                s.denied = "CO"
            medicare(s, st, deny_reason="119")
        acct = f"{11870 + 59 * i}"
        icn = f"0226{52 + i:03d}{4418 + 271 * i}0"
        moa = "MA01 MA18" if i == 1 else "MA01"
        fl.text(36, f"NAME {nm:<24} MBI {mbi}   ACCT# {acct:<8} ICN {icn}   ASG Y   MOA {moa}", font="LibMonoB",
                keep=30)
        fl.header()
        rows = []
        for s in ss:
            adj = " ".join(f"{g}{r} {fm(a)}" for g, r, a in s.adjs)
            rem = ["N640"] if s.denied else []
            pg = fl.row([f"{s.dos:%m%d}", f"{s.dos:%m%d}", f"{s.dos:%y}", "11", units_str(s.units), s.code,
                         " ".join(s.mods), fm(s.billed), fm(s.allowed), fm(s.deductible), fm(s.coinsurance),
                         adj + (" N640" if rem else ""), fm(s.paid)])
            rows.append(doc.add(pg, s, claim_id=acct, pcn=icn, patient=nm, adjs=[(g, r, a) for g, r, a in s.adjs],
                                desc=False, remarks=rem))
        fl.row(["PT RESP", fm(total(ss, "owes")), "", "", "", "", "CLAIM TOTALS", fm(total(ss, "billed")),
                fm(total(ss, "allowed")), fm(total(ss, "deductible")), fm(total(ss, "coinsurance")), "",
                fm(total(ss, "paid"))], bold=True)
        fl.text(36, "-" * 124)
        doc.claim(acct, icn, nm, rows, claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                                    None))
    fl.text(36, "REMARK CODES", font="LibMonoB", keep=40)
    for c, t in doc.legend:
        fl.text(36, f"{c:<6}{t}")
    sf.save()
    doc.write(out, sf.pages)


# ---------------------------------------------------------------------------------------------- s1

def s1(out: Path):
    name = "h127_s1_therapy_clinic_family_statement.pdf"
    rng = random.Random(1279)
    fm = lambda d: money(d, ",", "-")  # noqa: E731
    df = lambda d: dfmt(d, "mdy4")  # noqa: E731
    doc = Doc(name, "s1", "reportlab", "therapy clinic family statement, 3 patients, continued visits", {
        "money": fm, "date": df, "units": units_str, "all_adjs": False,
        "printed": ("billed", "paid", "discount", "patient_owes")})
    sf = Surface(out / name, "reportlab")

    def page_top(sf, n):
        sf.font("LibSerifB", 14)
        sf.text(36, 42, "Willow Fork Pediatric Therapy")
        sf.font("LibSerif", 8)
        sf.text(36, 54, "Occupational, Physical & Speech Therapy  -  66 Kestrel Row, Suite 4, Ashgrove, KY 40999  -  "
                        "(502) 555-0114")
        sf.text(576, 42, f"Statement page {n}", "r")
        sf.line(36, 60, 576, 60, 1.5)
        return 70

    page_top(sf, 1)
    # remit stub
    sf.rect(36, 70, 540, 78)
    sf.font("LibSerif", 8.5)
    for k, t in enumerate(("Guarantor: Delphine Marchetti-Oyelaran", "2215 Larkspur Trace", "Ashgrove, KY 40999")):
        sf.text(44, 86 + k * 12, t)
    for k, t in enumerate(("Guarantor Account: WF-004417", "Statement Date: 02/24/2026", "Amount Due: see below",
                           "Please return the top portion with your payment.")):
        sf.text(330, 86 + k * 12, t)
    sf.line(36, 156, 576, 156, 0.5)
    sf.text(36, 166, "- - - - - - - - - - - - - - - - - - - - detach here - - - - - - - - - - - - - - - - - - - -")
    cols = [("Date", 40, "l"), ("Code", 92, "l"), ("Description", 150, "l"), ("Units", 318, "r"),
            ("Charges", 372, "r"), ("Ins Paid", 426, "r"), ("Ins Adjust", 482, "r"), ("Your Part", 540, "r")]
    fl = Flow(sf, cols, font="LibSerif", bold="LibSerifB", size=7.8, lead=12, top=178, bottom=60, rule=True,
              head_fill=0.86, page_top=page_top, right=576, zebra=False)
    kids = [("Nico Marchetti-Oyelaran", OT + SLP, 3), ("Ivy Marchetti-Oyelaran", SLP + [("92523", ("GN",), 1)], 2),
            ("Delphine Marchetti-Oyelaran", PT, 2)]
    fl.header()
    balance = ZERO
    for i, (pt, menu, nv) in enumerate(kids):
        st = PlanState(ded_left=Decimal("75.00") if i == 0 else ZERO, coins_rate=Decimal("0.10"),
                       allowed_rate=Decimal("0.80"))
        vs = visits(rng, D(2026, 1, 6 + 2 * i), nv, menu)
        if i == 2:
            vs[0] = (vs[0][0], [Svc(vs[0][0] + timedelta(days=3 * k), c, u, m)
                                for k, (c, m, u) in enumerate(PT * 2 + [("97161", ("GP",), 1)])])
        if i == 0:
            vs[1] = (vs[1][0], [Svc(vs[1][0], c, u, m) for c, m, u in OT[:5]])
            vs[2] = (vs[2][0], [Svc(vs[2][0], c, u, m) for c, m, u in OT[:4] + SLP])
        for v, (d, ss) in enumerate(vs):
            for j, s in enumerate(ss):
                if i == 1 and v == 1 and j == 0:
                    s.denied = "PR"
                commercial(s, st, deny_reason="96")
            visit = f"2601-{3310 + 47 * i + 9 * v}"
            icn = f"KY{26011900 + 331 * i + 23 * v}" if not (i == 2 and v == 1) else None

            def head(f, cont, visit=visit, pt=pt, icn=icn):
                f.text(40, f"Visit {visit}   Patient: {pt}   Ins claim # {icn or 'not yet billed'}   "
                           "Insurance: Bluegrass Family Health" + ("   (continued)" if cont else ""),
                       font="LibSerifB", size=8, lead=13, fill=0.94, keep=24)
            fl.claim_head = head
            head(fl, False)
            rows = []
            for s in ss:
                pending = icn is None
                if pending:
                    pg = fl.row([df(s.dos), "".join([s.code] + list(s.mods)), s.desc[:30], units_str(s.units),
                                 fm(s.billed), "", "", fm(s.billed)])
                    s.owes = s.billed
                    rows.append(doc.add(pg, s, claim_id=visit, pcn=None, patient=pt, desc=len(s.desc) <= 30,
                                        overrides={"paid": None, "discount": None, "patient_owes": str(q(s.billed))}))
                    balance += s.billed
                    continue
                pg = fl.row([df(s.dos), "".join([s.code] + list(s.mods)), s.desc[:30], units_str(s.units),
                             fm(s.billed), fm(s.paid), fm(s.discount), fm(s.owes)])
                rows.append(doc.add(pg, s, claim_id=visit, pcn=icn, patient=pt, desc=len(s.desc) <= 30))
                balance += s.owes
            fl.claim_head = None
            pend = icn is None
            fl.row(["", "", f"Visit {visit} total", "", fm(total(ss, "billed")),
                    "" if pend else fm(total(ss, "paid")), "" if pend else fm(total(ss, "discount")),
                    fm(total(ss, "owes"))], bold=True)
            doc.claim(visit, icn, pt, rows, claim_totals(total(ss, "billed"), None,
                                                         None if icn is None else total(ss, "paid"),
                                                         total(ss, "owes")))
            if i == 0 and v == 0:
                fl.row([df(d + timedelta(days=20)), "", "Payment - thank you (check 2281)", "", "", "", "",
                        fm(-Decimal("40.00"))])
                balance -= Decimal("40.00")
    fl.gap(10)
    fl.room(80)
    y0 = fl.y
    sf.rect(36, y0, 540, 44)
    sf.font("LibSerifB", 8)
    for k, (h, v) in enumerate((("Current", balance), ("31-60 days", ZERO), ("61-90 days", ZERO),
                                ("Over 90", ZERO), ("Amount Due", balance))):
        sf.text(80 + 100 * k, y0 + 16, h, "c")
        sf.text(80 + 100 * k, y0 + 32, fm(v), "c")
    sf.save()
    doc.write(out, sf.pages)


# ---------------------------------------------------------------------------------------------- s2

def s2(out: Path):
    name = "h127_s2_hospital_rehab_family_statement.pdf"
    rng = random.Random(1280)
    fm = lambda d: money(d, ",", "()")  # noqa: E731
    df = lambda d: dfmt(d, "mdy2")  # noqa: E731
    doc = Doc(name, "s2", "fpdf2", "hospital outpatient rehab family statement", {
        "money": fm, "date": df, "units": units_str, "all_adjs": False,
        "printed": ("billed", "paid", "discount", "patient_owes")})
    sf = Surface(out / name, "fpdf2")
    REV = {"O": "0430", "P": "0420", "N": "0440"}

    def page_top(sf, n):
        sf.font("DejaSansB", 12)
        sf.text(36, 38, "St. Brigid Regional Medical Center")
        sf.font("DejaSans", 7.5)
        sf.text(36, 50, "Outpatient Rehabilitation Services  |  Patient Financial Services 1-866-555-0172")
        sf.text(576, 38, f"Page {n}", "r")
        return 64

    page_top(sf, 1)
    sf.rect(360, 60, 216, 58, fill=0.92)
    sf.font("DejaSans", 8)
    for k, t in enumerate(("Guarantor: Ambrose Kellerman-Tsai", "Statement date: 03/02/2026",
                           "Guarantor no.: 88-4410297", "Total due: see account summaries")):
        sf.text(368, 74 + k * 12, t)
    for k, t in enumerate(("Ambrose Kellerman-Tsai", "90 Orchard Hill Ct", "Fennimore, WI 53999")):
        sf.text(36, 74 + k * 12, t)
    cols = [("Date", 38, "l"), ("Rev", 78, "l"), ("HCPCS", 104, "l"), ("Mod", 140, "l"), ("Description", 170, "l"),
            ("Qty", 328, "r"), ("Charges", 378, "r"), ("Insurance\npaid", 430, "r"), ("Adjust-\nments", 482, "r"),
            ("Patient\nresponsibility", 572, "r")]
    fl = Flow(sf, cols, font="DejaSans", bold="DejaSansB", size=7, lead=11.5, top=136, bottom=50, rule=False,
              head_fill=0.85, page_top=page_top, right=576)
    fam = [("Mei Kellerman-Tsai", OT), ("Oskar Kellerman-Tsai", PT + [("L3807", ("LT",), 1)]),
           ("Ambrose Kellerman-Tsai", SLP)]
    doc.legend = []
    for i, (pt, menu) in enumerate(fam):
        st = PlanState(ded_left=Decimal("90.00") if i == 1 else ZERO, coins_rate=Decimal("0.20"),
                       allowed_rate=Decimal("0.70"))
        for v, (d, ss) in enumerate(visits(rng, D(2026, 1, 9 + 4 * i), 2, menu, gap=(7, 12))):
            for s in ss:
                commercial(s, st)
            hacct = f"H{60044120 + 1317 * i + 58 * v}"
            pending = (i == 2 and v == 1)
            ref = None if pending else f"WPS{2602}{i}{v}{71940 + 13 * i}"
            fl.gap(4)
            fl.text(38, f"Account summary  -  Hospital account {hacct}  -  Patient: {pt}", font="DejaSansB",
                    size=8, lead=13, fill=0.9, keep=50)
            fl.text(38, f"Primary insurance: Badger State Health Cooperative   Claim ref: "
                        f"{ref or 'billed 02/26/2026, awaiting payment'}", size=7, lead=11)
            fl.header()
            rows = []
            extra = []
            if i == 0 and v == 0:  # a charge posted twice and reversed
                dup = Svc(ss[0].dos, ss[0].code, ss[0].units, ss[0].mods)
                dup.owes = dup.billed
                rev = negate(dup)
                extra = [dup, rev]
            for s in ss + extra:
                rc = "0274" if s.code == "L3807" else REV.get(s.mods[0][1] if s.mods else "", "0420")
                is_extra = any(s is e for e in extra)
                if pending:
                    s.owes = ZERO
                    pg = fl.row([df(s.dos), rc, s.code, " ".join(s.mods), s.desc[:28], units_str(s.units),
                                 fm(s.billed), "Pending", "", fm(ZERO)])
                    rows.append(doc.add(pg, s, claim_id=hacct, pcn=ref, patient=pt, desc=len(s.desc) <= 28,
                                        overrides={"paid": None, "discount": None}))
                    continue
                if is_extra:
                    pg = fl.row([df(s.dos), rc, s.code, " ".join(s.mods),
                                 "Charge reversal" if s.billed < 0 else s.desc[:28], units_str(s.units),
                                 fm(s.billed), fm(ZERO), fm(ZERO), fm(s.owes)])
                    rows.append(doc.add(pg, s, claim_id=hacct, pcn=ref, patient=pt, desc=False,
                                        overrides={"paid": "0.00", "discount": "0.00"}))
                    continue
                pg = fl.row([df(s.dos), rc, s.code, " ".join(s.mods), s.desc[:28], units_str(s.units),
                             fm(s.billed), fm(s.paid), fm(s.discount), fm(s.owes)])
                rows.append(doc.add(pg, s, claim_id=hacct, pcn=ref, patient=pt, desc=len(s.desc) <= 28))
            allss = ss + extra
            tb = total(allss, "billed")
            tp = None if pending else total(ss, "paid")
            to = total(allss, "owes")
            fl.row(["", "", "", "", "Account totals", "", fm(tb), "" if tp is None else fm(tp),
                    "" if pending else fm(total(ss, "discount")), fm(to)], bold=True)
            doc.claim(hacct, ref, pt, rows, claim_totals(tb, None, tp, to))
    fl.gap(10)
    fl.text(38, "Insurance paid and adjustments are posted from your insurer's explanation of benefits. "
                "Questions about a charge? Call us before the due date.", size=7)
    sf.save()
    doc.write(out, sf.pages)


# ---------------------------------------------------------------------------------------------- check

LAYOUTS = [k1, k2, m1, m2, d1, d2, p1, p2, s1, s2]


def squash(t: str) -> str:
    return re.sub(r"\s+", "", t)


def check(out: Path) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    straddles = 0
    producers = set()
    for pdf in sorted(out.glob("h127_*.pdf")):
        truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
        meta = json.loads((out / ".h127check" / (pdf.name + ".check.json")).read_text())
        producers.add(truth["producer"])
        with pdfplumber.open(pdf) as doc:
            pages = [p.extract_text() or "" for p in doc.pages]
        raw = pdf.read_bytes()
        if (b"ReportLab" in raw) != (truth["producer"] == "reportlab") or \
                (b"fpdf" in raw.lower()) != (truth["producer"] == "fpdf2"):
            errs.append(f"{pdf.name}: producer mark does not match {truth['producer']}")
        if len(pages) != truth["pages"]:
            errs.append(f"{pdf.name}: pages {len(pages)} != {truth['pages']}")
        whole = squash("\n".join(pages))
        plines = [[squash(x) for x in p.split("\n")] for p in pages]
        for n, (row, nd) in enumerate(zip(truth["lines"], meta["needles"])):
            pg = row["page"]
            if not 1 <= pg <= len(pages):
                errs.append(f"{pdf.name} line {n}: page {pg} out of range")
                continue
            want = [squash(x) for x in nd if x]
            if not any(all(w in ln for w in want) for ln in plines[pg - 1]):
                errs.append(f"{pdf.name} line {n} p{pg}: not all of {nd} on one text line")
            for key in ("claim_id", "payer_claim_id", "patient"):
                if row[key] and squash(row[key]) not in whole:
                    errs.append(f"{pdf.name} line {n}: {key} {row[key]!r} not in text")
            if row["description"] and squash(row["description"]) not in whole:
                errs.append(f"{pdf.name} line {n}: description {row['description']!r} not in text")
            if row["units"] is not None and row["units"] in ("0",):
                errs.append(f"{pdf.name} line {n}: zero units")
            amts = {k: (Decimal(row[k]) if row[k] is not None else None) for k in
                    ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                     "not_covered", "discount")}
            if meta["all_adjs"] and amts["billed"] is not None and amts["paid"] is not None:
                adj = sum((Decimal(a[2]) for a in row["adjustments"]), ZERO)
                if amts["billed"] - adj != amts["paid"]:
                    errs.append(f"{pdf.name} line {n}: billed - adjustments != paid")
            if all(amts[k] is not None for k in ("allowed", "deductible", "copay", "coinsurance", "paid")):
                if amts["allowed"] - amts["deductible"] - amts["copay"] - amts["coinsurance"] != amts["paid"]:
                    errs.append(f"{pdf.name} line {n}: allowed arithmetic")
            if all(amts[k] is not None for k in ("billed", "not_covered", "allowed")):
                if amts["billed"] - (amts["discount"] or ZERO) - amts["not_covered"] != amts["allowed"]:
                    errs.append(f"{pdf.name} line {n}: billed - discount - not covered != allowed")
            if amts["patient_owes"] is not None and amts["billed"] is not None and amts["paid"] is not None \
                    and amts["discount"] is not None and truth["layout"].startswith("s"):
                if amts["billed"] - amts["discount"] - amts["paid"] != amts["patient_owes"]:
                    errs.append(f"{pdf.name} line {n}: statement line does not balance")
        for pg, txt in meta["page_needles"]:
            if squash(txt) not in squash(pages[pg - 1]):
                errs.append(f"{pdf.name}: {txt!r} not on page {pg}")
        seen = set()
        for c in truth["claims"]:
            key = (c["claim_id"], c["payer_claim_id"], c["patient"])
            if key in seen:
                errs.append(f"{pdf.name}: duplicate claim {key}")
            seen.add(key)
            mine = [r for r in truth["lines"] if (r["claim_id"], r["payer_claim_id"], r["patient"]) == key]
            if not mine:
                errs.append(f"{pdf.name}: claim {key} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum((Decimal(r[k]) for r in mine if r[k] is not None), ZERO)
                if s != Decimal(v):
                    errs.append(f"{pdf.name}: claim {key} {k} total {v} != lines {s}")
                if money_any(Decimal(v), pages) is False:
                    errs.append(f"{pdf.name}: claim {key} {k} total {v} not printed")
        straddles += meta["straddle"]
        if len({r["patient"] for r in truth["lines"]}) < 2 and truth["layout"] != "m1":  # an MSN: one person
            errs.append(f"{pdf.name}: fewer than two patients")
    if straddles < 3:
        errs.append(f"only {straddles} files have a claim across a page break")
    if len(producers) < 2:
        errs.append("fewer than two producers")
    return errs


def money_any(v: Decimal, pages) -> bool:
    text = squash("".join(pages))
    forms = {money(v, "$"), money(v, ","), money(v, ""), money(v, ",", "()"), money(v, ",", "trail")}
    return any(f in text for f in forms)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout127_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for f in LAYOUTS:
        f(out)
    n = len(LAYOUTS)
    lines = sum(len(json.loads(p.read_text())["lines"]) for p in out.glob("h127_*.truth.json"))
    print(f"wrote {n} PDFs ({lines} service lines) to {out}")
    if a.check:
        errs = check(out)
        for e in errs:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "passed")
        for p in sorted(out.glob("h127_*.truth.json")):
            t = json.loads(p.read_text())
            m = json.loads((out / ".h127check" / (p.name[:-len(".truth.json")] + ".check.json")).read_text())
            print(f"  {t['layout']:3} {t['producer']:9} pages {t['pages']}  lines {len(t['lines']):3}  "
                  f"claims {len(t['claims']):2}  straddle {m['straddle']}")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
