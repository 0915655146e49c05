"""Write held-out set 95 of synthetic PDF EOB layouts (with truth files) into a folder: an independent measurement
of the PDF reader on the five commonest real document kinds, two house styles each, meant to differ from sets 1-91.

Run:  python bench/heldout95/make_heldout95_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout95/make_heldout95_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Truth format: the one of samples/pdf (see
samples/pdf/eobgen.py), printed values only, null for what a layout does not print (units null where no
quantity is printed); claim_id = the provider's own account / patient-control / visit number, payer_claim_id =
the payer's claim number / ICN / TCN, patient = the person served, exactly as printed. Adjustments are recorded
only where the page prints a group+reason code with an amount (a bare "Ins Adj" amount with no code is not an
adjustment triplet). Every name, number, payer, provider and ID is invented; descriptions are our own words.
Deterministic (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts (kind -- vocabulary -- producer -- complications):
  e1  commercial PPO member EOB, portrait Liberation Sans: boxed "Claim detail" panels (Patient / Claim number /
      Your provider's account no.), "Date of service / What you received [97530-GO] / Provider billed / Network
      savings / Not covered / Approved amount / Deductible / Copay / Coinsurance / Plan paid / You owe / Note",
      no units, 3 family members, claim continues onto page 2 with panel "(continued)" + header (reportlab)
  e2  employer HMO member EOB, landscape DejaVu Serif: ruled table "Service Date / Proc Code / Modifier / Units /
      Charges / Allowable / Ineligible / Deductible / Copay / Coinsurance / Benefit Paid / Member Resp / Remark",
      "01/05/26", 4 family members, a denied orthosis, remark legend (fpdf2)
  m1  Medicare Advantage PPO monthly member EOB, portrait Liberation Serif, left summary sidebar on page 1:
      per-visit blocks, "Service (code)" wording "Therapeutic exercises (97110 GP)", "Provider charged / Plan
      approved / Plan paid / Your share", no units, per-visit-day copay, message box at the foot of page 1,
      one beneficiary, 5 claims over 2 pages (reportlab)
  m2  Medicare Summary Notice Part B, portrait Liberation Sans Narrow: provider blocks with "Claim Number", rows
      "Service date / Services provided (count, wording, code) / Approved? / Amount charged / Medicare-approved /
      Medicare paid / Max you may be billed / Notes", "Jan 5, 2026", denied line, lettered notes (recorded as
      remarks), page-1 dashboard and messages, a claim continues on page 2 with "(continued)" + header (fpdf2)
  r1  state Medicaid RA, landscape core Courier caps: PAID CLAIMS / DENIED CLAIMS / ADJUSTED CLAIMS sections,
      "RECIPIENT / RECIP ID / ICN / PAT ACCT" claim lines, DOS CCYYMMDD, "PROC MOD1 MOD2 UNITS BILLED ALLOWED
      TPL PAID ARC ADJ-AMT EOB" (4-digit EOB codes recorded as remarks), page-1 banner messages, a void with
      trailing minus and its replacement, a long claim continued on page 2 with "(CONT)" + heads (reportlab)
  r2  Medicaid managed-care plan RA, portrait DejaVu Sans Condensed: shaded claim bars "Member / Member # /
      Claim Ref (TCN) / Patient Control #", rows "Ln / DOS / Service / Qty / Billed / Allowed / Paid / Grp-CARC /
      Adj Amt / RARC / Status", PR-3 copay adjustments stacked under the line, a denial, a long claim that
      continues on page 2 (fpdf2)
  p1  clearinghouse standard paper remit (Medicare-style), portrait Liberation Mono: "NAME / MID / ACNT / ICN /
      ASG / MOA" lines, "PERF PROV  SERV DATE  POS NOS PROC MODS  BILLED ALLOWED DEDUCT COINS GRP/RC-AMT
      PROV PD", "0105 010526" dates, CLAIM TOTALS, claim continues onto page 2 with heads repeated (reportlab)
  p2  practice-management "Remittance Detail" print, landscape core Helvetica gridded: claim header rows, "DOS /
      CPT / Mods / Units / Charge / Allowed / Deduct / Coins / Adj Codes / Adj Amt / Ins Paid / Pt Resp",
      "1/5/2026", negatives in parentheses, one adjustment per grid row, sequestration CO-253, 2 pages (fpdf2)
  s1  outpatient therapy clinic family statement, portrait DejaVu Sans with right "amount due" sidebar: patient
      bands, "Date / Code / Description / Units / Charges / Ins Paid / Ins Adj / Balance", claim # from insurer on
      the visit band, long wrapped descriptions, only the first modifier printed, a denied visit line,
      remittance stub at the foot of page 1, 3 family members; "Ins Adj" has no codes so adjustments are []
      (reportlab)
  s2  hospital outpatient rehab family statement, portrait core Times: account blocks (Account No. / Patient /
      Insurance claim #), "Date / Rev / CPT-HCPCS / Description / Qty / Charges" with insurance payment and
      adjustment rows per account (line paid null), a visit over two pages (fpdf2)

The self-check (--check) tests the factory, not the reader: page counts; each truth line's printed code, units,
amounts and date strings are on ONE text line of its page (pdfplumber), and those strings parse back to the truth
values; ids and patients are on the page; billed - adjustments = paid where every adjustment is printed;
allowed - deductible - copay - coinsurance = paid where those are printed; claim totals = sum of lines and the
printed totals are in the text layer; at least three files have a claim whose rows run onto a later page.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (LONG_DESC, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, q, total, truth_line, units_str, write_truth)
from h95kit import Canvas, Table  # noqa: E402

D = date
AMTK = {"billed": "billed", "discount": "discount", "notcov": "not_covered", "allowed": "allowed",
        "ded": "deductible", "copay": "copay", "coins": "coinsurance", "paid": "paid", "owes": "patient_owes"}
ATTR = {"billed": "billed", "discount": "discount", "notcov": "not_covered", "allowed": "allowed",
        "ded": "deductible", "copay": "copay", "coins": "coinsurance", "paid": "paid", "owes": "owes"}
RECORD = {}  # name -> list of (truth line index, page, printed strings)


def mk(dos, code, units, mods=(), denied=None, desc=""):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), denied=denied, desc=desc)


def dmon(d):
    return dfmt(d, "mon")


# ------------------------------------------------------------------ generic claim-table document writer

def write_doc(out, name, producer, landscape, sty, claims, legend, description):
    """sty: fonts f/b, size, lead, cols, furniture, bottom, heading(cv,t,claim,cont), totals(cv,t,claim),
    cells(svc, claim) -> dict, printed (truth amount keys), units, mods, adj (bool), rmk (bool), after(cv,t),
    repeat_head, grid, shade."""
    cv = Canvas(out / f"{name}.pdf", producer, landscape)
    t = Table(cv, sty["cols"], sty["f"], sty["b"], sty["size"], sty["lead"], sty["furniture"], sty["bottom"],
              head_rule=sty.get("head_rule", True), grid=sty.get("grid"), shade_head=sty.get("shade"))
    lines, cl_truth, rec = [], [], []
    head_page = [0]

    for ci, c in enumerate(claims):
        if sty.get("section") and c.get("section_title"):
            t.need(sty["lead"] * 8)
            sty["section"](cv, t, c["section_title"])
        t.need(sty["lead"] * 7)
        sty["heading"](cv, t, c, False)
        if head_page[0] != cv.pages or sty.get("head_each_claim"):
            t.head()
            head_page[0] = cv.pages
        for li, s in enumerate(c["svcs"]):
            cells = sty["cells"](s, c)
            extra = []
            if sty.get("adj") == "stack" and len(s.adjs) > 1:
                extra = [sty["adjfmt"](a) for a in s.adjs[1:]]
            lns, first = t.row(cells, extra=extra)
            if t.y + sty["lead"] * len(lns) > t.bot() or (ci, li) in sty.get("breaks", ()):
                t.new_page()
                if sty.get("cont_heading", True):
                    sty["heading"](cv, t, c, True)
                if sty.get("repeat_head", True):
                    t.head()
                head_page[0] = cv.pages
            page = cv.pages
            t.emit(lns)
            tl = truth_line(page, s, claim_id=c["claim_id"], payer_claim_id=c["pcn"], patient=c["patient"],
                            printed=tuple(AMTK[k] for k in sty["printed"]), units=sty["units"],
                            modifiers=sty["mods"], adjustments=s.adjs if sty.get("adj") else [],
                            remarks=s.remarks if sty.get("rmk") else [], description=sty.get("desc", True))
            if sty.get("desc_override"):
                tl["description"] = sty["desc_override"](s)
            lines.append(tl)
            rec.append((len(lines) - 1, page, {k: v for k, v in first.items() if k in sty["check_keys"]}))
        tots = {k: total(c["svcs"], ATTR[k]) for k in sty["printed"]}
        c["tots"] = tots
        if sty.get("totals"):
            t.need(sty["lead"] * 2)
            sty["totals"](cv, t, c)
        cl_truth.append({"claim_id": c["claim_id"], "payer_claim_id": c["pcn"], "patient": c["patient"],
                         "totals": claim_totals(**{AMTK[k] if AMTK[k] != "patient_owes" else "patient_owes":
                                                   tots[k] for k in sty["printed"]
                                                   if AMTK[k] in ("billed", "allowed", "paid", "patient_owes")})})
    if sty.get("after"):
        sty["after"](cv, t)
    pages = cv.pages
    cv.save()
    write_truth(out / f"{name}.pdf", name, producer, pages, description, lines, cl_truth, legend)
    RECORD[name] = (rec, sty)
    return pages


def moneyf(style="$", neg="-"):
    return lambda d: money(d, style, neg)


# ---------------------------------------------------------------------------------------- e1 commercial PPO

def layout_e1(out):
    st = PlanState(ded_left=Decimal("40.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    fam = [("Corinne Vashti-Bell", "Self"), ("Theo Vashti-Bell", "Son"), ("Maren Vashti-Bell", "Daughter")]
    claims = []
    specs = [
        (0, "PV-318840", "E26A0431887", "Brightwater Hand & Upper Limb Therapy",
         [mk(D(2026, 1, 5), "97165", 1, ("GO",)), mk(D(2026, 1, 5), "97760", 2, ("GO",)),
          mk(D(2026, 1, 5), "L3807", 1, ("RT",))]),
        (1, "PV-318902", "E26A0512040", "Little Oaks Pediatric Therapy",
         [mk(D(2026, 1, 7), "97530", 2, ("GO",)), mk(D(2026, 1, 7), "97112", 1, ("GO", "59")),
          mk(D(2026, 1, 14), "97530", 2, ("GO",)), mk(D(2026, 1, 14), "97535", 1, ("GO",)),
          mk(D(2026, 1, 21), "97530", 3, ("GO",)), mk(D(2026, 1, 21), "97110", 1, ("GO",)),
          mk(D(2026, 1, 28), "97530", 2, ("GO",)), mk(D(2026, 1, 28), "97112", 1, ("GO", "59")),
          mk(D(2026, 1, 28), "0552T", 1, (), denied="PR")]),
        (1, "PV-319058", "E26A0540961", "Little Oaks Pediatric Therapy",
         [mk(D(2026, 2, 4), "97530", 2, ("GO",)), mk(D(2026, 2, 4), "97535", 1, ("GO",)),
          mk(D(2026, 2, 11), "97530", 2, ("GO",)), mk(D(2026, 2, 11), "97112", 1, ("GO", "59")),
          mk(D(2026, 2, 18), "97530", 3, ("GO",)), mk(D(2026, 2, 18), "97110", 1, ("GO",)),
          mk(D(2026, 2, 25), "97168", 1, ("GO",)), mk(D(2026, 2, 25), "97530", 2, ("GO",))]),
        (2, "PV-319011", "E26A0560317", "Little Oaks Pediatric Therapy",
         [mk(D(2026, 1, 9), "92523", 1, ("GN",)), mk(D(2026, 1, 16), "92507", 1, ("GN",)),
          mk(D(2026, 1, 23), "92507", 1, ("GN",))]),
        (0, "PV-319115", "E26A0608822", "Brightwater Hand & Upper Limb Therapy",
         [mk(D(2026, 1, 19), "97140", 2, ("GO",)), mk(D(2026, 1, 19), "97110", 2, ("GO",)),
          mk(D(2026, 1, 26), "97168", 1, ("GO",)), mk(D(2026, 1, 26), "97140", 1, ("GO",))]),
    ]
    for who, acct, pcn, prov, svcs in specs:
        for s in svcs:
            commercial(s, st)
            if s.denied:
                s.remarks = ["NC7"]
            elif s.deductible:
                s.remarks = ["DD1"]
        claims.append(dict(patient=fam[who][0], rel=fam[who][1], claim_id=acct, pcn=pcn, prov=prov, svcs=svcs))
    M = moneyf("$")
    x = 36

    def furniture(cv, p):
        cv.text(x, 40, "NORTHFIELD MUTUAL HEALTH", "LibSans-B", 15)
        cv.text(x, 54, "Explanation of Benefits   -   THIS IS NOT A BILL", "LibSans", 9)
        cv.text(576, 40, "Statement date: February 2, 2026", "LibSans", 8, "r")
        cv.text(576, 51, "Member: Corinne Vashti-Bell   ID NMH558201473", "LibSans", 8, "r")
        cv.text(576, 62, "Group: Arlo Valley Schools  #40788", "LibSans", 8, "r")
        cv.line(x, 70, 576, 70, 1.2)
        cv.text(306, 770, f"Page {p}  |  Questions? Call Member Services 1-800-555-0148 (TTY 711)", "LibSans", 7,
                "c")
        if p > 1:
            return 92
        cv.rect(x, 84, 540, 118, fill=0.95)
        cv.text(x + 8, 100, "Your claims this period at a glance", "LibSans-B", 10)
        for i, (a, b) in enumerate([("Family members with claims", "3"), ("Claims processed", "5"),
                                    ("Plan year", "January 1 - December 31, 2026"),
                                    ("Family deductible met so far", "$40.00 of $1,500.00"),
                                    ("Family out-of-pocket met so far", "see totals below")]):
            cv.text(x + 8, 118 + 14 * i, a, "LibSans", 8.5)
            cv.text(x + 260, 118 + 14 * i, b, "LibSans", 8.5)
        cv.text(x, 226, "Keep this notice for your records. Compare it with the bills you get from your providers.",
                "LibSans", 8)
        cv.text(x, 240, "Amounts in \"You owe\" are what your provider may bill you after this plan's payment.",
                "LibSans", 8)
        cv.text(x, 252, "Save money: use in-network therapists, who accept the plan's approved amount.",
                "LibSans", 8)
        return 280

    def heading(cv, t, c, cont):
        t.y += 4
        cv.rect(x - 3, t.y - 10, 546, 26, fill=0.9)
        cv.text(x, t.y, f"Claim detail{' (continued)' if cont else ''}   Patient: {c['patient']} ({c['rel']})",
                "LibSans-B", 8.5)
        cv.text(x, t.y + 11, f"Provider: {c['prov']}    Claim number: {c['pcn']}    "
                f"Your provider's account no.: {c['claim_id']}", "LibSans", 7.5)
        t.y += 28

    cols = [("Date of\nservice", "dos", x, "l", 0), ("What you received", "desc", 80, "l", 120),
            ("Provider\nbilled", "billed", 243, "r", 0), ("Network\nsavings", "discount", 281, "r", 0),
            ("Not\ncovered", "notcov", 317, "r", 0), ("Approved\namount", "allowed", 357, "r", 0),
            ("Deduct-\nible", "ded", 392, "r", 0), ("Copay", "copay", 422, "r", 0),
            ("Coin-\nsurance", "coins", 459, "r", 0), ("Plan\npaid", "paid", 497, "r", 0),
            ("You\nowe", "owes", 535, "r", 0), ("Note", "rmk", 545, "l", 0)]

    def cells(s, c):
        d = {"dos": dfmt(s.dos, "mdy4"), "desc": f"[{s.code}{'-' + '-'.join(s.mods) if s.mods else ''}] "
             + s.desc, "rmk": " ".join(s.remarks)}
        for k in ("billed", "discount", "notcov", "allowed", "ded", "copay", "coins", "paid", "owes"):
            d[k] = M(getattr(s, ATTR[k]))
        return d

    def totals(cv, t, c):
        cv.line(200, t.y - 7, 540, t.y - 7)
        cv.text(80, t.y, "Claim totals", "LibSans-B", 7)
        for h, k, xx, al, ww in cols:
            if k in c["tots"]:
                cv.text(xx, t.y, M(c["tots"][k]), "LibSans-B", 7, "r")
        t.y += 16

    def after(cv, t):
        t.need(60)
        t.y += 8
        cv.text(x, t.y, "Notes", "LibSans-B", 8)
        for i, (k, v) in enumerate(LEG):
            cv.text(x, t.y + 11 * (i + 1), f"{k}  {v}", "LibSans", 7.5)
        t.y += 11 * (len(LEG) + 1)

    LEG = [("DD1", "Part of this approved amount counted toward your yearly deductible."),
           ("NC7", "This plan does not pay for this service; you may be billed the full charge.")]
    sty = dict(f="LibSans", b="LibSans-B", size=7, lead=9.5, cols=cols, furniture=furniture, bottom=740,
               heading=heading, cells=cells, totals=totals, after=after, printed=list(ATTR), units=False,
               mods=True, adj=False, rmk=True, money=M, head_each_claim=True, code_in_desc=True,
               check_keys=("dos", "billed", "discount", "notcov", "allowed",
                                                           "ded", "copay", "coins", "paid", "owes", "desc"),
               shade=None)
    return write_doc(out, "h95_e1_ppo_family_eob", "reportlab", False, sty, claims, LEG,
                     "Commercial PPO member EOB for a family, boxed claim panels, code in brackets"), claims


# ------------------------------------------------------------------------------------------ e2 employer HMO

def layout_e2(out):
    st = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.74"))
    fam = {"R": ("Raymond Okafor-Lind", "Subscriber"), "P": ("Priya Okafor-Lind", "Spouse"),
           "J": ("Jonah Okafor-Lind", "Dependent"), "L": ("Lila Okafor-Lind", "Dependent")}
    specs = [
        ("J", "LK70331", "2601-448120-00", "Cedar Ridge Kids Therapy",
         [mk(D(2026, 1, 6), "97166", 1, ("GO",)), mk(D(2026, 1, 6), "97530", 2, ("GO",))]),
        ("L", "LK70352", "2601-448121-00", "Cedar Ridge Kids Therapy",
         [mk(D(2026, 1, 8), "92523", 1, ("GN",)), mk(D(2026, 1, 15), "92507", 1, ("GN",)),
          mk(D(2026, 1, 22), "92507", 1, ("GN",))]),
        ("P", "AC-90127", "2601-451907-00", "Summit Sports & Spine PT",
         [mk(D(2026, 1, 12), "97161", 1, ("GP",)), mk(D(2026, 1, 12), "97140", 1, ("GP", "59")),
          mk(D(2026, 1, 19), "97110", 3, ("GP",)), mk(D(2026, 1, 19), "G0283", 1, ("GP",)),
          mk(D(2026, 1, 26), "97110", 2, ("GP",)), mk(D(2026, 1, 26), "97112", 1, ("GP",))]),
        ("R", "AC-90188", "2601-452660-00", "Summit Sports & Spine PT",
         [mk(D(2026, 1, 20), "99213", 1, ("25",)), mk(D(2026, 1, 20), "L3807", 1, ("LT",), denied="PR")]),
        ("J", "LK70410", "2601-453002-00", "Cedar Ridge Kids Therapy",
         [mk(D(2026, 1, 13), "97530", 3, ("GO",)), mk(D(2026, 1, 20), "97530", 2, ("GO",)),
          mk(D(2026, 1, 20), "97535", 1, ("GO",)), mk(D(2026, 1, 27), "97530", 2, ("GO",)),
          mk(D(2026, 1, 27), "97112", 1, ("GO", "59"))]),
    ]
    claims = []
    for who, acct, pcn, prov, svcs in specs:
        for s in svcs:
            commercial(s, st)
            s.remarks = ["X41"] if s.denied else (["C02"] if s.copay else [])
        claims.append(dict(patient=fam[who][0], rel=fam[who][1], claim_id=acct, pcn=pcn, prov=prov, svcs=svcs))
    M = moneyf(",", "-")

    def furniture(cv, p):
        cv.text(30, 36, "Keystone Valley Health Plan (HMO)", "DVSerif-B", 13)
        cv.text(30, 50, "Explanation of Benefits for services processed 01/01/2026 - 01/31/2026", "DVSerif", 8)
        cv.text(762, 36, "Subscriber: Raymond Okafor-Lind", "DVSerif", 8, "r")
        cv.text(762, 47, "Member ID: KVH-3318-77420   Group: 120455 Tri-County Foundry", "DVSerif", 8, "r")
        cv.line(30, 56, 762, 56, 1)
        cv.text(396, 592, f"Page {p}        This is not a bill. Keep for your tax and medical records.",
                "DVSerif", 7, "c")
        return 76

    def heading(cv, t, c, cont):
        t.y += 6
        cv.text(30, t.y, f"Patient: {c['patient']}   Relationship: {c['rel']}   Claim #: {c['pcn']}   "
                f"Patient Acct #: {c['claim_id']}   Provider: {c['prov']}", "DVSerif-B", 7.5)
        t.y += 12

    cols = [("Service\nDate", "dos", 30, "l", 0), ("Proc\nCode", "code", 80, "l", 0),
            ("Modifier", "mods", 118, "l", 0), ("Units", "units", 180, "r", 0),
            ("Charges", "billed", 240, "r", 0), ("Discount", "discount", 300, "r", 0),
            ("Ineligible", "notcov", 360, "r", 0), ("Allowable", "allowed", 420, "r", 0),
            ("Deductible", "ded", 480, "r", 0), ("Copay", "copay", 530, "r", 0),
            ("Coinsurance", "coins", 595, "r", 0), ("Benefit\nPaid", "paid", 650, "r", 0),
            ("Member\nResp", "owes", 705, "r", 0), ("Remark", "rmk", 720, "l", 0)]

    def cells(s, c):
        d = {"dos": dfmt(s.dos, "mdy2"), "code": s.code, "mods": " ".join(s.mods), "units": units_str(s.units),
             "rmk": " ".join(s.remarks)}
        for k in ("billed", "discount", "notcov", "allowed", "ded", "copay", "coins", "paid", "owes"):
            d[k] = M(getattr(s, ATTR[k]))
        return d

    def totals(cv, t, c):
        cv.line(200, t.y - 7, 710, t.y - 7, 0.4)
        cv.text(80, t.y, "Claim Total", "DVSerif-B", 7)
        for h, k, xx, al, ww in cols:
            if k in c["tots"]:
                cv.text(xx, t.y, M(c["tots"][k]), "DVSerif-B", 7, "r")
        t.y += 12

    LEG = [("C02", "Office visit copayment applied once for the date of service."),
           ("X41", "Brace or supply not a covered benefit under this HMO plan; member responsible.")]

    def after(cv, t):
        t.y += 10
        cv.text(30, t.y, "Remark Code Descriptions", "DVSerif-B", 8)
        for i, (k, v) in enumerate(LEG):
            cv.text(30, t.y + 10 * (i + 1), f"{k} - {v}", "DVSerif", 7.5)
        t.y += 30
        cv.text(30, t.y, "Appeal rights: you may ask us to review this decision within 180 days of this notice.",
                "DVSerif", 7.5)

    sty = dict(f="DVSerif", b="DVSerif-B", size=7, lead=10.5, cols=cols, furniture=furniture, bottom=575,
               heading=heading, cells=cells, totals=totals, after=after, printed=list(ATTR), units=True,
               mods=True, adj=False, rmk=True, money=M, head_each_claim=True, grid=0.3,
               desc=False, check_keys=("dos", "code", "mods", "units", "billed", "discount", "notcov", "allowed", "ded",
                           "copay", "coins", "paid", "owes", "rmk"))
    return write_doc(out, "h95_e2_hmo_family_eob", "fpdf2", True, sty, claims, LEG,
                     "Employer HMO member EOB, landscape ruled, four family members"), claims


# --------------------------------------------------------------------------------------- m1 Medicare Advantage

def layout_m1(out):
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.46"))
    who = "Harriet Solberg"
    specs = [
        ("HS-55120", "MA2601873340", "Fjord Point Physical Therapy",
         [mk(D(2026, 1, 5), "97163", 1, ("GP",)), mk(D(2026, 1, 5), "97110", 2, ("GP", "KX")),
          mk(D(2026, 1, 7), "97110", 2, ("GP",)), mk(D(2026, 1, 7), "97140", 1, ("GP",)),
          mk(D(2026, 1, 9), "97116", 2, ("GP",)), mk(D(2026, 1, 9), "97112", 1, ("GP",)),
          mk(D(2026, 1, 12), "97110", 2, ("GP", "CQ")), mk(D(2026, 1, 12), "97530", 1, ("GP", "CQ")),
          mk(D(2026, 1, 14), "97110", 2, ("GP", "CQ")), mk(D(2026, 1, 14), "97116", 1, ("GP", "CQ")),
          mk(D(2026, 1, 16), "97112", 2, ("GP",)), mk(D(2026, 1, 16), "97140", 1, ("GP", "59"))]),
        ("HS-55191", "MA2601902215", "Fjord Point Physical Therapy",
         [mk(D(2026, 1, 21), "97110", 2, ("GP", "CQ")), mk(D(2026, 1, 21), "97530", 2, ("GP", "CQ")),
          mk(D(2026, 1, 23), "97110", 2, ("GP", "CQ")), mk(D(2026, 1, 23), "0552T", 1, (), denied="PR"),
          mk(D(2026, 1, 28), "97116", 2, ("GP",)), mk(D(2026, 1, 28), "97112", 1, ("GP",))]),
        ("HS-55230", "MA2601945018", "Riverbend Internal Medicine",
         [mk(D(2026, 1, 26), "99213", 1, ())]),
        ("HS-55247", "MA2601988436", "Fjord Point Physical Therapy",
         [mk(D(2026, 1, 26), "97110", 2, ("GP",)), mk(D(2026, 1, 26), "97140", 1, ("GP",)),
          mk(D(2026, 1, 28), "97110", 2, ("GP", "CQ")), mk(D(2026, 1, 28), "97116", 1, ("GP", "CQ"))]),
        ("HS-55264", "MA2602011480", "Fjord Point Physical Therapy",
         [mk(D(2026, 1, 30), "97110", 3, ("GP",)), mk(D(2026, 1, 30), "97140", 1, ("GP",)),
          mk(D(2026, 2, 2), "97164", 1, ("GP",), desc="PT re-evaluation") if False else
          mk(D(2026, 2, 2), "97110", 2, ("GP",)), mk(D(2026, 2, 2), "97116", 1, ("GP",)),
          mk(D(2026, 2, 4), "97110", 2, ("GP", "KX")), mk(D(2026, 2, 4), "97530", 1, ("GP", "KX")),
          mk(D(2026, 2, 6), "97112", 2, ("GP",)), mk(D(2026, 2, 6), "97140", 1, ("GP", "59")),
          mk(D(2026, 2, 9), "97110", 2, ("GP",)), mk(D(2026, 2, 9), "97116", 2, ("GP",))]),
    ]
    claims = []
    for acct, pcn, prov, svcs in specs:
        for s in svcs:
            commercial(s, st)
            if s.denied:
                s.remarks = ["4"]
            elif s.copay:
                s.remarks = ["1"]
        claims.append(dict(patient=who, claim_id=acct, pcn=pcn, prov=prov, svcs=svcs))
    M = moneyf("$")

    def furniture(cv, p):
        cv.text(36, 40, "Tamarack Senior Advantage (PPO)", "LibSerif-B", 14)
        cv.text(36, 54, "Explanation of Benefits  -  Medical services, January 2026", "LibSerif", 9)
        cv.text(576, 40, f"Member: {who}", "LibSerif", 8.5, "r")
        cv.text(576, 52, "Member ID: TSA-80044712   Plan H0000-011", "LibSerif", 8.5, "r")
        cv.line(36, 62, 576, 62, 0.8)
        cv.text(36, 770, "Tamarack Senior Advantage is a Medicare Advantage organization with a Medicare contract.",
                "LibSerif", 6.5)
        cv.text(576, 770, f"Page {p}", "LibSerif", 7, "r")
        if p == 1:
            cv.rect(36, 74, 140, 500, fill=0.92, stroke=False)
            yy = 92
            for a, b in [("Summary of this notice", None), ("Total provider charges", "see claims"),
                         ("Deductible", "No medical deductible"), ("Office copay", "$20.00 per visit day"),
                         ("Out-of-pocket maximum", "$4,900.00"), ("Need help?", None),
                         ("Member Services", "1-800-555-0179"), ("8 a.m. - 8 p.m.", "seven days a week"),
                         ("Report fraud", "1-800-555-0133")]:
                cv.text(44, yy, a, "LibSerif-B" if b is None else "LibSerif", 8.5 if b is None else 7.5)
                if b:
                    cv.text(44, yy + 10, b, "LibSerif", 7.5)
                    yy += 12
                yy += 16
            cv.rect(190, 600, 386, 150, fill=0.97)
            cv.text(200, 618, "Important information about your coverage", "LibSerif-B", 9)
            for i, m in enumerate(["Therapy visits in 2026 have a $20.00 copay per visit day, however many",
                                   "services you get that day. Assistant-furnished therapy is paid the same as",
                                   "therapist-furnished therapy under this plan.",
                                   "Tell us within 60 days if anything on this notice looks wrong."]):
                cv.text(200, 634 + 12 * i, m, "LibSerif", 8)
            return 86
        return 80

    def heading(cv, t, c, cont):
        t.y += 6
        cv.text(190, t.y, f"Claim for {c['patient']} - {c['prov']}", "LibSerif-B", 8.5)
        cv.text(190, t.y + 11, f"Claim number {c['pcn']}   Provider's account {c['claim_id']}", "LibSerif", 7.5)
        t.y += 24

    cols = [("Service date", "dos", 190, "l", 0), ("Service (code)", "desc", 240, "l", 140),
            ("Provider\ncharged", "billed", 432, "r", 0), ("Plan\napproved", "allowed", 478, "r", 0),
            ("Plan paid", "paid", 524, "r", 0), ("Your\nshare", "owes", 560, "r", 0), ("", "rmk", 564, "l", 0)]

    def cells(s, c):
        code = f"{s.code} {' '.join(s.mods)}".strip()
        return {"dos": dfmt(s.dos, "mdy2"), "desc": f"{s.desc} ({code})", "billed": M(s.billed),
                "allowed": M(s.allowed), "paid": M(s.paid), "owes": M(s.owes), "rmk": " ".join(s.remarks)}

    def totals(cv, t, c):
        cv.text(240, t.y, "Total for this claim", "LibSerif-B", 7.5)
        for h, k, xx, al, ww in cols:
            if k in c["tots"]:
                cv.text(xx, t.y, M(c["tots"][k]), "LibSerif-B", 7.5, "r")
        t.y += 14

    LEG = [("1", "Your plan's copay for a therapy or office visit day."),
           ("4", "Not a covered benefit. The provider may bill you for it.")]

    def after(cv, t):
        t.y += 8
        cv.text(190, t.y, "Notes on your claims", "LibSerif-B", 8.5)
        for i, (k, v) in enumerate(LEG):
            cv.text(190, t.y + 11 * (i + 1), f"{k}.  {v}", "LibSerif", 7.5)

    sty = dict(f="LibSerif", b="LibSerif-B", size=7.5, lead=10, cols=cols, furniture=furniture,
               bottom=lambda p: 585 if p == 1 else 755,
               heading=heading, cells=cells, totals=totals, after=after, printed=["billed", "allowed", "paid",
                                                                                   "owes"],
               units=False, mods=True, adj=False, rmk=True, money=M, repeat_head=False, cont_heading=False,

               code_in_desc=True, check_keys=("dos", "desc", "billed", "allowed", "paid", "owes"))
    return write_doc(out, "h95_m1_ma_ppo_eob", "reportlab", False, sty, claims, LEG,
                     "Medicare Advantage PPO member EOB with a page-1 sidebar"), claims


# ---------------------------------------------------------------------------------------------- m2 MSN

def layout_m2(out):
    st = PlanState(ded_left=Decimal("60.00"))
    who = "Walter J. Pruett"
    specs = [
        (None, "14260105733021", "Lakeside Rehab Partners",
         [mk(D(2026, 1, 5), "97161", 1, ("GP",)), mk(D(2026, 1, 5), "97110", 2, ("GP",)),
          mk(D(2026, 1, 8), "97110", 2, ("GP",)), mk(D(2026, 1, 8), "97140", 1, ("GP",)),
          mk(D(2026, 1, 12), "97116", 2, ("GP",)), mk(D(2026, 1, 12), "0552T", 1, (), denied="PR")]),
        (None, "14260112906547", "Harbor Speech & Swallow Clinic",
         [mk(D(2026, 1, 9), "92523", 1, ("GN",)), mk(D(2026, 1, 16), "92526", 1, ("GN",)),
          mk(D(2026, 1, 23), "92507", 1, ("GN",))]),
        (None, "14260120411763", "Lakeside Rehab Partners",
         [mk(D(2026, 1, 15), "97110", 2, ("GP", "CQ")), mk(D(2026, 1, 15), "97112", 1, ("GP", "CQ")),
          mk(D(2026, 1, 19), "97110", 2, ("GP",)), mk(D(2026, 1, 19), "97530", 1, ("GP",)),
          mk(D(2026, 1, 22), "97110", 3, ("GP", "KX")), mk(D(2026, 1, 22), "97140", 1, ("GP", "KX")),
          mk(D(2026, 1, 26), "97110", 2, ("GP", "KX")), mk(D(2026, 1, 26), "97112", 1, ("GP", "KX")),
          mk(D(2026, 1, 29), "97110", 2, ("GP", "KX")), mk(D(2026, 1, 29), "97116", 1, ("GP", "KX")),
          mk(D(2026, 2, 2), "97110", 2, ("GP", "KX")), mk(D(2026, 2, 2), "97140", 1, ("GP", "KX"))]),
    ]
    claims = []
    for acct, pcn, prov, svcs in specs:
        for s in svcs:
            medicare(s, st)
            s.remarks = ["C"] if s.denied else (["A"] if s.deductible else (["B"] if "KX" in s.mods else []))
        claims.append(dict(patient=who, claim_id=acct, pcn=pcn, prov=prov, svcs=svcs))
    M = moneyf("$")

    def furniture(cv, p):
        cv.text(40, 44, "Medicare Summary Notice for Part B (Medical Insurance)", "Narrow-B", 14)
        cv.text(40, 58, f"{who}    Medicare Number XXXXXXX-T82M", "Narrow", 9)
        cv.text(572, 44, f"Page {p}", "Narrow", 9, "r")
        cv.line(40, 64, 572, 64, 1.5)
        cv.text(306, 772, "If you think a service was not received, call 1-800-MEDICARE. Keep this notice.",
                "Narrow", 7, "c")
        if p == 1:
            cv.rect(40, 76, 250, 90)
            cv.text(48, 92, "Did Medicare approve all services?", "Narrow-B", 10)
            cv.text(48, 106, "NO - Medicare denied 1 service. See page 2.", "Narrow", 9)
            cv.text(48, 126, "Total you may be billed", "Narrow-B", 10)
            cv.text(48, 140, "See each claim below", "Narrow", 9)
            cv.rect(310, 76, 262, 90)
            cv.text(318, 92, "Your deductible status", "Narrow-B", 10)
            cv.text(318, 106, "You have now met $60.00 of your $283.00", "Narrow", 9)
            cv.text(318, 118, "Part B deductible for 2026.", "Narrow", 9)
            cv.rect(40, 640, 532, 110, fill=0.94, stroke=False)
            cv.text(48, 658, "Your Messages from Medicare", "Narrow-B", 10)
            for i, m in enumerate(["Get a flu shot at no cost to you when your provider accepts assignment.",
                                   "Review this notice: compare the services listed with your own records.",
                                   "Want this notice electronically? Sign up through your online account."]):
                cv.text(48, 674 + 13 * i, m, "Narrow", 8.5)
            return 196
        return 86

    def heading(cv, t, c, cont):
        t.y += 6
        cv.text(40, t.y, c["prov"] + (" (continued)" if cont else ""), "Narrow-B", 10)
        cv.text(40, t.y + 12, f"Claim Number: {c['pcn']}    Received: Jan {c['svcs'][0].dos.day + 3}, 2026",
                "Narrow", 8.5)
        t.y += 27

    cols = [("Service\ndate", "dos", 40, "l", 0), ("Services provided", "desc", 98, "l", 170),
            ("Approved?", "ok", 280, "l", 0), ("Amount\ncharged", "billed", 365, "r", 0),
            ("Medicare-\napproved", "allowed", 415, "r", 0), ("Medicare\npaid", "paid", 465, "r", 0),
            ("Max you may\nbe billed", "owes", 530, "r", 0), ("Notes", "rmk", 545, "l", 0)]

    def cells(s, c):
        code = s.code + "".join("-" + m for m in s.mods)
        return {"dos": dmon(s.dos), "desc": f"{units_str(s.units)} {s.desc} ({code})",
                "ok": "No" if s.denied else "Yes", "billed": M(s.billed), "allowed": M(s.allowed),
                "paid": M(s.paid), "owes": M(s.owes), "rmk": " ".join(s.remarks)}

    def totals(cv, t, c):
        cv.line(300, t.y - 8, 572, t.y - 8)
        cv.text(98, t.y, "Total for this claim", "Narrow-B", 8.5)
        for h, k, xx, al, ww in cols:
            if k in c["tots"]:
                cv.text(xx, t.y, M(c["tots"][k]), "Narrow-B", 8.5, "r")
        t.y += 16

    LEG = [("A", "This amount went toward your yearly Part B deductible."),
           ("B", "The provider indicated therapy beyond the yearly threshold was medically needed."),
           ("C", "Medicare does not pay for this item or service; you may owe the provider.")]

    def after(cv, t):
        t.y += 10
        cv.text(40, t.y, "Notes for Claims Above", "Narrow-B", 10)
        for i, (k, v) in enumerate(LEG):
            cv.text(40, t.y + 12 * (i + 1), f"{k}  {v}", "Narrow", 8.5)

    sty = dict(f="Narrow", b="Narrow-B", size=8.5, lead=12.5, cols=cols, furniture=furniture,
               bottom=lambda p: 625 if p == 1 else 752,
               heading=heading, cells=cells, totals=totals, after=after, printed=["billed", "allowed", "paid",
                                                                                   "owes"],
               units=True, units_in=True, mods=True, adj=False, rmk=True, money=M, head_each_claim=True,

               code_in_desc=True, check_keys=("dos", "desc", "billed", "allowed", "paid", "owes"))
    return write_doc(out, "h95_m2_msn_partb", "fpdf2", False, sty, claims, LEG,
                     "Medicare Summary Notice Part B, count + wording + code in one cell"), claims


# ------------------------------------------------------------------------------------------ r1 Medicaid RA

def layout_r1(out):
    def md(s, deny=None, eob=None):
        if deny:
            s.denied = "CO"
            medicaid(s, deny)
        else:
            medicaid(s)
        s.remarks = [eob or ("0107" if s.discount else "0001")]
        return s

    c1 = [md(mk(D(2026, 1, 5) if i < 1 else D(2026, 1, 5 + i), code, u, mods))
          for i, (code, u, mods) in enumerate([("97165", 1, ("GO",)), ("97530", 2, ("GO",)), ("97530", 3, ("GO",)),
                                               ("97535", 2, ("GO",)), ("97530", 2, ("GO",)), ("97112", 1, ("GO", "59")),
                                               ("97530", 3, ("GO",)), ("97110", 2, ("GO",)), ("97530", 2, ("GO",)),
                                               ("97535", 1, ("GO",)), ("97530", 3, ("GO",)), ("97112", 2, ("GO",)),
                                               ("97530", 2, ("GO",)), ("97110", 1, ("GO",)),
                                               ("97530", 3, ("GO",)), ("97535", 1, ("GO",)), ("97530", 2, ("GO",)),
                                               ("97112", 1, ("GO", "59")), ("97530", 2, ("GO",)),
                                               ("97110", 2, ("GO",))])]
    orig = [md(mk(D(2025, 12, 15), "92507", 1, ("GN",))), md(mk(D(2025, 12, 22), "92507", 1, ("GN",)))]
    void = [negate(s) for s in orig]
    for v in void:
        v.remarks = ["0921"]
    repl = [md(mk(D(2025, 12, 15), "92507", 1, ("GN",))), md(mk(D(2025, 12, 22), "92526", 1, ("GN",)))]
    claims = [
        dict(section_title="PAID CLAIMS", patient="BRANNIGAN, ODALYS", rid="00913307751", claim_id="BOD40022",
             pcn="2226005118031",
             svcs=[md(mk(D(2026, 1, 8), "92523", 1, ("GN",))), md(mk(D(2026, 1, 15), "92507", 1, ("GN",))),
                   md(mk(D(2026, 1, 22), "92507", 1, ("GN",)))]),
        dict(patient="ALVAREZ-TRENT, MIKO", rid="00874412093", claim_id="MAT40017", pcn="2226005118030", svcs=c1),
        dict(section_title="DENIED CLAIMS", patient="CHO-WELLINGTON, RAE", rid="00866120448", claim_id="CRW40031",
             pcn="2226005118044", svcs=[md(mk(D(2026, 1, 9), "97530", 4, ("GO",)), "198", "0310"),
                                        md(mk(D(2026, 1, 9), "97535", 2, ("GO",)), "198", "0310")]),
        dict(section_title="ADJUSTED CLAIMS", patient="DUNMORE, TALLIS", rid="00852290316", claim_id="DTA39870",
             pcn="2225349007112", svcs=void),
        dict(patient="DUNMORE, TALLIS", rid="00852290316", claim_id="DTA39870", pcn="2226005118052", svcs=repl),
    ]
    M = moneyf(",", "trail")

    def furniture(cv, p):
        cv.text(30, 30, "STATE OF NORTH PLAINS  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", "Cour-B", 9)
        cv.text(30, 42, "REMITTANCE ADVICE", "Cour-B", 9)
        cv.text(762, 30, f"PAGE {p:>4}", "Cour", 8, "r")
        cv.text(30, 56, "PROVIDER NAME: PRAIRIE STAR PEDIATRIC THERAPY   PROVIDER NO: 0041187720   "
                "RA NO: 0000731905   WARRANT NO: 08841276   RA DATE: 20260130", "Cour", 7.5)
        cv.line(30, 62, 762, 62, 0.5)
        if p == 1:
            cv.rect(30, 72, 732, 186)
            cv.text(40, 86, "BANNER MESSAGES", "Cour-B", 8)
            for i, m in enumerate([
                    "EFFECTIVE 02/01/2026 OUTPATIENT THERAPY VISITS OVER 24 PER CALENDAR YEAR REQUIRE PRIOR APPROVAL.",
                    "CLAIMS MUST SHOW THE DISCIPLINE MODIFIER (GN, GO OR GP) ON EVERY THERAPY PROCEDURE LINE.",
                    "VOIDED CLAIMS APPEAR UNDER ADJUSTED CLAIMS WITH NEGATIVE AMOUNTS FOLLOWED BY THE REPLACEMENT.",
                    "QUESTIONS: PROVIDER RELATIONS 1-800-555-0166, MONDAY-FRIDAY 8:00-4:30 CENTRAL.",
                    "THIS RA SUMMARIZES ALL CLAIMS ADJUDICATED IN THE CYCLE ENDING 01/27/2026.",
                    "TPL AMOUNTS SHOW PAYMENTS BY OTHER INSURANCE ON FILE FOR THE RECIPIENT.",
                    "PROVIDERS MUST KEEP TREATMENT NOTES FOR SIX YEARS FROM THE DATE OF SERVICE.",
                    "ELECTRONIC RA FILES ARE AVAILABLE THROUGH THE PROVIDER PORTAL THE DAY AFTER THE CYCLE."]):
                cv.text(40, 102 + 12 * i, m, "Cour", 7.5)
            cv.text(40, 212, "PAYMENT SUMMARY: CLAIMS PAID 2  CLAIMS DENIED 1  CLAIMS ADJUSTED 2  "
                    "NET PAYMENT SEE WARRANT", "Cour", 7.5)
            return 278
        return 78

    def section(cv, t, title):
        t.y += 4
        cv.text(30, t.y, f"*** {title} ***", "Cour-B", 8)
        t.y += 12

    def heading(cv, t, c, cont):
        t.y += 2
        cv.text(30, t.y, f"RECIPIENT: {c['patient']:<24} RECIP ID: {c['rid']}   ICN: {c['pcn']}   "
                f"PAT ACCT: {c['claim_id']}{'   (CONT)' if cont else ''}", "Cour-B", 7.5)
        t.y += 11

    cols = [("LN", "ln", 30, "l", 0), ("FROM DOS", "dos", 52, "l", 0), ("TO DOS", "dos2", 106, "l", 0),
            ("PROC", "code", 160, "l", 0), ("MOD1", "m1", 196, "l", 0), ("MOD2", "m2", 226, "l", 0),
            ("UNITS", "units", 286, "r", 0), ("BILLED", "billed", 350, "r", 0),
            ("ALLOWED", "allowed", 410, "r", 0), ("TPL", "tpl", 455, "r", 0), ("PAID", "paid", 515, "r", 0),
            ("ARC", "adj", 530, "l", 0), ("ADJ-AMT", "adjamt", 620, "r", 0), ("EOB", "rmk", 640, "l", 0)]

    def cells(s, c):
        d8 = s.dos.strftime("%Y%m%d")
        a = s.adjs[0] if s.adjs else None
        return {"ln": f"{c['svcs'].index(s) + 1:02d}", "dos": d8, "dos2": d8, "code": s.code,
                "m1": s.mods[0] if s.mods else "", "m2": s.mods[1] if len(s.mods) > 1 else "",
                "units": f"{s.units:.2f}", "billed": M(s.billed), "allowed": M(s.allowed), "tpl": "0.00",
                "paid": M(s.paid), "adj": f"{a[0]}-{a[1]}" if a else "", "adjamt": M(a[2]) if a else "",
                "rmk": " ".join(s.remarks)}

    def totals(cv, t, c):
        cv.text(52, t.y, "CLAIM TOTAL", "Cour-B", 7.5)
        for h, k, xx, al, ww in cols:
            if k in c["tots"]:
                cv.text(xx, t.y, M(c["tots"][k]), "Cour-B", 7.5, "r")
        t.y += 13

    LEG = [("0001", "PAID AS BILLED OR AT THE PROGRAM RATE"), ("0107", "REDUCED TO THE PROGRAM FEE SCHEDULE"),
           ("0310", "NO PRIOR APPROVAL ON FILE FOR THIS THERAPY"), ("0921", "CLAIM VOIDED - SEE REPLACEMENT")]

    def after(cv, t):
        t.need(70)
        t.y += 6
        cv.text(30, t.y, "EOB CODE   DESCRIPTION", "Cour-B", 8)
        for i, (k, v) in enumerate(LEG):
            cv.text(30, t.y + 10 * (i + 1), f"{k}       {v}", "Cour", 7.5)

    sty = dict(f="Cour", b="Cour-B", size=7.5, lead=10, cols=cols, furniture=furniture,
               bottom=lambda p: 575, heading=heading, cells=cells, totals=totals, after=after, section=section,
               printed=["billed", "allowed", "paid"], units=True, mods=True, adj=True, rmk=True, money=M,
               desc=False, check_keys=("dos", "code", "m1", "m2", "units", "billed", "allowed", "paid", "adj", "adjamt"))
    return write_doc(out, "h95_r1_state_medicaid_ra", "reportlab", True, sty, claims, LEG,
                     "State Medicaid RA, fixed-width caps, sections, void and replacement"), claims


# ----------------------------------------------------------------------------------- r2 Medicaid managed care

def layout_r2(out):
    def md(s, copay=ZERO, deny=None):
        if deny:
            s.denied = "CO"
            medicaid(s, deny)
            s.remarks = ["N30"]
            return s
        medicaid(s)
        if copay:
            s.copay = copay
            s.paid -= copay
            s.adjs.append(("PR", "3", copay))
        return s

    claims = [
        dict(patient="Fenwick, Ollie", mid="R44190827", claim_id="PC-77310", pcn="TCN260120048812",
             svcs=[md(mk(D(2026, 1, 6), "97166", 1, ("GO",))), md(mk(D(2026, 1, 6), "97530", 2, ("GO",))),
                   md(mk(D(2026, 1, 13), "97530", 2, ("GO",))), md(mk(D(2026, 1, 13), "97533", 1, ("GO",),
                                                                      desc="Sensory integration activities")
                                                                   if False else mk(D(2026, 1, 13), "97112", 1,
                                                                                    ("GO", "59")))]),
        dict(patient="Fenwick, Junie", mid="R44190835", claim_id="PC-77311", pcn="TCN260120048813",
             svcs=[md(mk(D(2026, 1, 7), "92523", 1, ("GN",))), md(mk(D(2026, 1, 14), "92507", 1, ("GN",))),
                   md(mk(D(2026, 1, 21), "92507", 1, ("GN",))), md(mk(D(2026, 1, 28), "92507", 1, ("GN",)))]),
        dict(patient="Gallardo, Imani", mid="R30077514", claim_id="PC-77342", pcn="TCN260120051190",
             svcs=[md(mk(D(2026, 1, 8), "97161", 1, ("GP",)), Decimal("2.00")),
                   md(mk(D(2026, 1, 8), "97110", 2, ("GP",))), md(mk(D(2026, 1, 15), "97110", 2, ("GP",)),
                                                                  Decimal("2.00")),
                   md(mk(D(2026, 1, 15), "97140", 1, ("GP",))), md(mk(D(2026, 1, 15), "97760", 1, ("GP",)),
                                                                   deny="96"),
                   md(mk(D(2026, 1, 22), "97110", 2, ("GP",)), Decimal("2.00")),
                   md(mk(D(2026, 1, 22), "97116", 2, ("GP",))), md(mk(D(2026, 1, 29), "97110", 3, ("GP",)),
                                                                   Decimal("2.00")),
                   md(mk(D(2026, 1, 29), "97112", 1, ("GP",)))]),
        dict(patient="Hollis, Breck", mid="R51822046", claim_id="PC-77365", pcn="TCN260120053347",
             svcs=[md(mk(D(2026, 1, 20), "97165", 1, ("GO",))), md(mk(D(2026, 1, 20), "L3807", 1, ("RT",))),
                   md(mk(D(2026, 1, 27), "97760", 2, ("GO",))), md(mk(D(2026, 1, 27), "97530", 1, ("GO",)))]),
        dict(patient="Ibarra, Soledad", mid="R60214473", claim_id="PC-77391", pcn="TCN260120055102",
             svcs=[md(mk(D(2026, 1, 5 + 2 * (i // 2)), code, u, mods), Decimal("2.00") if i % 4 == 1 else ZERO)
                   for i, (code, u, mods) in enumerate([
                       ("97163", 1, ("GP",)), ("97110", 2, ("GP",)), ("97110", 2, ("GP",)), ("97116", 1, ("GP",)),
                       ("97112", 2, ("GP",)), ("97140", 1, ("GP", "59")), ("97110", 2, ("GP", "CQ")),
                       ("97530", 1, ("GP", "CQ")), ("97110", 3, ("GP",)), ("97116", 1, ("GP",)),
                       ("97112", 2, ("GP",)), ("97110", 1, ("GP",)), ("97530", 2, ("GP",)),
                       ("97140", 1, ("GP",))])]),
    ]
    for c in claims:
        for s in c["svcs"]:
            if not s.remarks and s.discount:
                s.remarks = ["N525"] if s.code == "97760" else []
    M = moneyf("$")

    def furniture(cv, p):
        cv.rect(36, 28, 540, 36, fill=0.2, stroke=False)
        cv.text(46, 44, "RiverLink Community Health Plan", "DVCond-B", 12, grey=1.0)
        cv.text(46, 57, "Medicaid Managed Care  -  Provider Remittance Advice", "DVCond", 8, grey=1.0)
        cv.text(566, 44, "Payment date 01/30/2026", "DVCond", 8, "r", grey=1.0)
        cv.text(566, 57, "EFT trace 1RL00260130447", "DVCond", 8, "r", grey=1.0)
        cv.text(36, 80, "Payee: Willow Creek Rehabilitation Services   NPI 1999000417   Tax ID XX-XXX4410",
                "DVCond", 8)
        cv.text(306, 770, f"Page {p}  -  RiverLink Community Health Plan provider services 1-888-555-0121",
                "DVCond", 7, "c")
        return 100

    def heading(cv, t, c, cont):
        t.y += 4
        cv.rect(36, t.y - 10, 540, 15, fill=0.85, stroke=False)
        cv.text(40, t.y, f"Member: {c['patient']}    Member #: {c['mid']}    Claim Ref (TCN): {c['pcn']}    "
                f"Patient Control #: {c['claim_id']}{'   continued' if cont else ''}", "DVCond-B", 7.5)
        t.y += 15

    cols = [("Ln", "ln", 40, "l", 0), ("DOS", "dos", 58, "l", 0), ("Service", "code", 110, "l", 0),
            ("Qty", "units", 178, "r", 0), ("Billed", "billed", 228, "r", 0), ("Allowed", "allowed", 278, "r", 0),
            ("Paid", "paid", 326, "r", 0), ("Grp-CARC  Adj Amt", "adj", 340, "l", 0), ("RARC", "rmk", 440, "l", 0),
            ("Status", "stat", 500, "l", 0)]

    def adjfmt(a):
        return {"adj": f"{a[0]}-{a[1]}  {M(a[2])}"}

    def cells(s, c):
        d = {"ln": str(c["svcs"].index(s) + 1), "dos": dfmt(s.dos, "mdy4"),
             "code": s.code + (" " + " ".join(s.mods) if s.mods else ""), "units": f"{s.units:.1f}",
             "billed": M(s.billed), "allowed": M(s.allowed), "paid": M(s.paid),
             "adj": adjfmt(s.adjs[0])["adj"] if s.adjs else "", "rmk": " ".join(s.remarks),
             "stat": "Denied" if s.denied else "Paid"}
        return d

    def totals(cv, t, c):
        cv.line(150, t.y - 7, 330, t.y - 7, 0.4)
        cv.text(110, t.y, "Claim totals", "DVCond-B", 7.5)
        for h, k, xx, al, ww in cols:
            if k in c["tots"]:
                cv.text(xx, t.y, M(c["tots"][k]), "DVCond-B", 7.5, "r")
        t.y += 14

    LEG = [("N30", "Member was not eligible for this benefit on this date (our wording)."),
           ("N525", "Priced from the plan's therapy fee table.")]

    def after(cv, t):
        t.need(50)
        t.y += 6
        cv.text(40, t.y, "Remark codes on this advice", "DVCond-B", 8)
        for i, (k, v) in enumerate(LEG):
            cv.text(40, t.y + 10 * (i + 1), f"{k}: {v}", "DVCond", 7.5)

    sty = dict(f="DVCond", b="DVCond-B", size=7.5, lead=10, cols=cols, furniture=furniture,
               bottom=lambda p: 750, heading=heading, cells=cells, totals=totals, after=after,
               printed=["billed", "allowed", "paid"], units=True, mods=True, adj="stack", adjfmt=adjfmt, rmk=True,
               money=M, head_each_claim=True,
               desc=False, check_keys=("dos", "code", "units", "billed", "allowed", "paid", "adj"))
    return write_doc(out, "h95_r2_medicaid_mco_ra", "fpdf2", False, sty, claims, LEG,
                     "Medicaid managed-care RA, shaded claim bars, stacked adjustments"), claims


# --------------------------------------------------------------------------- p1 clearinghouse paper remit

def layout_p1(out):
    st = PlanState(ded_left=Decimal("45.00"))
    def mc(s):
        medicare(s, st)
        return s
    claims = [
        dict(patient="KOWALCZYK, EDNA", mid="5TR2WQ8JA61", claim_id="KE0105R", pcn="0226035114020",
             svcs=[mc(mk(D(2026, 1, 5), "97165", 1, ("GO",))), mc(mk(D(2026, 1, 5), "97535", 2, ("GO",))),
                   mc(mk(D(2026, 1, 7), "97530", 2, ("GO",))), mc(mk(D(2026, 1, 7), "97535", 1, ("GO",))),
                   mc(mk(D(2026, 1, 9), "97530", 3, ("GO", "CO"))), mc(mk(D(2026, 1, 12), "97530", 2, ("GO",))),
                   mc(mk(D(2026, 1, 12), "97112", 1, ("GO", "59"))), mc(mk(D(2026, 1, 14), "97535", 2, ("GO", "CO"))),
                   mc(mk(D(2026, 1, 16), "97530", 2, ("GO", "KX"))), mc(mk(D(2026, 1, 16), "97110", 1, ("GO", "KX")))]),
        dict(patient="OYELARAN, FESTUS", mid="8PK6MD3XN20", claim_id="OF0106R", pcn="0226035114021",
             svcs=[mc(mk(D(2026, 1, 6), "97161", 1, ("GP",))), mc(mk(D(2026, 1, 6), "97110", 2, ("GP",))),
                   mc(mk(D(2026, 1, 13), "97110", 2, ("GP", "CQ"))), mc(mk(D(2026, 1, 13), "G0283", 1, ("GP",)))]),
        dict(patient="LINDGREN, ASTRID", mid="3VB9RE4HC55", claim_id="LA0108R", pcn="0226035114022",
             svcs=[mc(mk(D(2026, 1, 8), "92523", 1, ("GN",))), mc(mk(D(2026, 1, 15), "92526", 1, ("GN",))),
                   mc(mk(D(2026, 1, 22), "0552T", 1, ())), mc(mk(D(2026, 1, 29), "92507", 1, ("GN",))),
                   mc(mk(D(2026, 2, 5), "92507", 1, ("GN",))), mc(mk(D(2026, 2, 12), "92526", 1, ("GN", "KX")))]),
    ]
    st2 = PlanState(ded_left=ZERO)
    claims.append(dict(patient="MBEKI, SOLOMON", mid="2HJ7TY5PL83", claim_id="MS0120R", pcn="0226035114023",
                       svcs=[medicare(mk(D(2026, 1, 20), "97163", 1, ("GP",)), st2),
                             medicare(mk(D(2026, 1, 20), "97140", 2, ("GP", "59")), st2),
                             medicare(mk(D(2026, 1, 27), "97116", 2, ("GP",)), st2),
                             medicare(mk(D(2026, 1, 27), "97760", 1, ("GP",), denied="CO"), st2, deny_reason="50")]))
    M = moneyf("", "-")

    def furniture(cv, p):
        cv.text(36, 34, "MEDICARE PART B  STANDARD PAPER REMITTANCE  (PRINTED BY CLEARPOINT EDI SERVICES)",
                "LibMono-B", 7.5)
        cv.text(36, 46, "PAYER: GREAT RIVERS MEDICARE ADMINISTRATIVE CONTRACTOR      PAGE #: " + str(p), "LibMono", 7)
        cv.text(36, 56, "PROVIDER: NORTHGATE OUTPATIENT THERAPY      NPI #: 1999000921   REMIT #: 260130044817",
                "LibMono", 7)
        cv.text(36, 66, "CHECK/EFT #: 00072266013       DATE: 01/30/2026", "LibMono", 7)
        cv.line(36, 72, 576, 72, 0.4)
        return 88

    def heading(cv, t, c, cont):
        t.y += 4
        cv.text(36, t.y, f"NAME {c['patient']:<20} MID {c['mid']}  ACNT {c['claim_id']}  ICN {c['pcn']}  "
                f"ASG Y MOA MA01{' CONT' if cont else ''}", "LibMono", 6.8)
        t.y += 10

    cols = [("PERF PROV", "prov", 36, "l", 0), ("SERV DATE", "dos", 84, "l", 0), ("POS", "pos", 150, "l", 0),
            ("NOS", "units", 180, "r", 0), ("PROC", "code", 186, "l", 0), ("MODS", "mods", 218, "l", 0),
            ("BILLED", "billed", 320, "r", 0), ("ALLOWED", "allowed", 365, "r", 0),
            ("DEDUCT", "ded", 405, "r", 0), ("COINS", "coins", 445, "r", 0),
            ("GRP/RC-AMT", "adj", 452, "l", 0), ("PROV PD", "paid", 576, "r", 0)]

    def adjfmt(a):
        return {"adj": f"{a[0]}-{a[1]} {M(a[2]):>8}"}

    def cells(s, c):
        return {"prov": "1999000938", "dos": s.dos.strftime("%m%d") + " " + s.dos.strftime("%m%d%y"), "pos": "11",
                "units": units_str(s.units), "code": s.code, "mods": " ".join(s.mods), "billed": M(s.billed),
                "allowed": M(s.allowed), "ded": M(s.deductible), "coins": M(s.coinsurance),
                "adj": adjfmt(s.adjs[0])["adj"], "paid": M(s.paid)}

    def totals(cv, t, c):
        cv.text(84, t.y, "CLAIM TOTALS", "LibMono", 6.8)
        for h, k, xx, al, ww in cols:
            if k in c["tots"]:
                cv.text(xx, t.y, M(c["tots"][k]), "LibMono", 6.8, "r")
        t.y += 8
        cv.text(84, t.y, f"PT RESP {M(total(c['svcs'], 'owes'))}", "LibMono", 6.8)
        t.y += 12

    sty = dict(f="LibMono", b="LibMono", size=6.8, lead=9, cols=cols, furniture=furniture,
               bottom=lambda p: 750, heading=heading, cells=cells, totals=totals,
               printed=["billed", "allowed", "ded", "coins", "paid"], units=True, mods=True, adj="stack",
               adjfmt=adjfmt, rmk=False, money=M, head_each_claim=False, head_rule=False,
               desc=False, check_keys=("dos", "units", "code", "mods", "billed", "allowed", "ded", "coins", "adj", "paid"))

    def after(cv, t):
        t.need(40)
        t.y += 8
        cv.text(36, t.y, "TOTALS: # OF CLAIMS 4   BILLED AMT / ALLOWED AMT / PROV PD AMT AS SHOWN PER CLAIM ABOVE",
                "LibMono", 6.8)
        cv.text(36, t.y + 10, "GLOSSARY: GROUP, REASON, MOA, REMARK CODES - SEE THE PAYER'S PUBLISHED CODE LISTS",
                "LibMono", 6.8)
    sty["after"] = after
    # page 1 also carries a provider message box
    old = furniture

    def furniture2(cv, p):
        y = old(cv, p)
        if p == 1:
            cv.rect(36, y, 540, 40)
            cv.text(42, y + 12, "MESSAGE: THERAPY CLAIMS ABOVE THE ANNUAL THRESHOLD MUST CARRY THE KX MODIFIER WHEN",
                    "LibMono", 6.8)
            cv.text(42, y + 22, "THE SERVICES ARE MEDICALLY NECESSARY. SERVICES BY ASSISTANTS ARE PAID AT 85 PERCENT.",
                    "LibMono", 6.8)
            return y + 56
        return y
    sty["furniture"] = furniture2
    return write_doc(out, "h95_p1_clearinghouse_spr", "reportlab", False, sty, claims, [],
                     "Clearinghouse Medicare-style standard paper remit, monospace, stacked adjustments"), claims


# ------------------------------------------------------------------------- p2 practice-management remit print

def layout_p2(out):
    st = PlanState(ded_left=ZERO)
    pts = [("Castellanos, Ana M", "10443", "1126010844302"), ("Ferreira-Doyle, Quinn", "10488", "1126010844303"),
           ("Ibsen, Marguerite", "10512", "1126010844304"), ("Nakashima, Kenji", "10530", "1126010844305")]
    sv = [
        [mk(D(2026, 1, 5), "97167", 1, ("GO",)), mk(D(2026, 1, 5), "97530", 2, ("GO",)),
         mk(D(2026, 1, 8), "97530", 2, ("GO",)), mk(D(2026, 1, 8), "97535", 1, ("GO",))],
        [mk(D(2026, 1, 6), "97162", 1, ("GP",), desc="PT evaluation, moderate complexity")
         if False else mk(D(2026, 1, 6), "97161", 1, ("GP",)), mk(D(2026, 1, 6), "97110", 2, ("GP", "KX")),
         mk(D(2026, 1, 9), "97140", 1, ("GP", "59")), mk(D(2026, 1, 9), "97110", 2, ("GP", "CQ"))],
        [mk(D(2026, 1, 7), "92523", 1, ("GN",)), mk(D(2026, 1, 14), "92507", 1, ("GN",)),
         mk(D(2026, 1, 21), "92507", 1, ("GN",))],
        [mk(D(2026, 1, 12), "97168", 1, ("GO",)), mk(D(2026, 1, 12), "97760", 2, ("GO",)),
         mk(D(2026, 1, 12), "L3807", 1, ("LT",)), mk(D(2026, 1, 19), "97140", 2, ("GO",)),
         mk(D(2026, 1, 19), "99213", 1, ("25",), ) if False else mk(D(2026, 1, 19), "97530", 1, ("GO",))],
    ]
    st.ded_left = Decimal("30.00")
    claims = []
    for (nm, acct, icn), svcs in zip(pts, sv):
        for s in svcs:
            medicare(s, st)
        claims.append(dict(patient=nm, claim_id=acct, pcn=icn, svcs=svcs))
    M = moneyf(",", "()")

    def furniture(cv, p):
        cv.text(30, 32, "Remittance Detail", "Helv-B", 14)
        cv.text(30, 46, "Meadowlark Therapy Group  |  Practice billing system print  |  Run 02/02/2026 09:30",
                "Helv", 8)
        cv.text(762, 32, "Payer: Great Rivers Medicare (Part B)", "Helv", 8, "r")
        cv.text(762, 43, "Check/EFT: 00072266177   Paid 01/30/2026", "Helv", 8, "r")
        cv.line(30, 52, 762, 52, 1)
        cv.text(762, 596, f"Page {p}", "Helv", 7, "r")
        cv.text(30, 596, "Posted by: billing office   Batch 2026-0130-02", "Helv", 7)
        return 70

    def heading(cv, t, c, cont):
        t.y += 4
        cv.rect(27, t.y - 9, 738, 13, fill=0.88, stroke=True, lw=0.3)
        cv.text(32, t.y, f"Patient: {c['patient']}   Acct #: {c['claim_id']}   Payer ICN: {c['pcn']}   "
                "Claim status: 1 - Processed as primary", "Helv-B", 7.5)
        t.y += 14

    cols = [("DOS", "dos", 32, "l", 0), ("CPT", "code", 90, "l", 0), ("Mods", "mods", 130, "l", 0),
            ("Units", "units", 200, "r", 0), ("Charge", "billed", 260, "r", 0), ("Allowed", "allowed", 320, "r", 0),
            ("Deduct", "ded", 375, "r", 0), ("Coins", "coins", 430, "r", 0), ("Adj Codes", "adjc", 450, "l", 0),
            ("Adj Amt", "adja", 560, "r", 0), ("Ins Paid", "paid", 630, "r", 0), ("Pt Resp", "owes", 700, "r", 0),
            ("Post", "post", 715, "l", 0)]

    def adjfmt(a):
        return {"adjc": f"{a[0]}-{a[1]}", "adja": M(a[2])}

    def cells(s, c):
        d = {"dos": dfmt(s.dos, "mdyn"), "code": s.code, "mods": ",".join(s.mods), "units": units_str(s.units),
             "billed": M(s.billed), "allowed": M(s.allowed), "ded": M(s.deductible), "coins": M(s.coinsurance),
             "paid": M(s.paid), "owes": M(s.owes), "post": "Y"}
        d.update(adjfmt(s.adjs[0]))
        return d

    def totals(cv, t, c):
        cv.text(90, t.y, "Claim total", "Helv-B", 7.5)
        for h, k, xx, al, ww in cols:
            if k in c["tots"]:
                cv.text(xx, t.y, M(c["tots"][k]), "Helv-B", 7.5, "r")
        t.y += 14

    sty = dict(f="Helv", b="Helv-B", size=7.5, lead=11, cols=cols, furniture=furniture, bottom=lambda p: 580,
               heading=heading, cells=cells, totals=totals, printed=["billed", "allowed", "ded", "coins", "paid",
                                                                      "owes"],
               units=True, mods=True, adj="stack", adjfmt=adjfmt, rmk=False, money=M, grid=0.2, shade=0.95,
               head_each_claim=True,
               desc=False, check_keys=("dos", "code", "mods", "units", "billed", "allowed", "ded", "coins", "adjc", "adja",
                           "paid", "owes"))
    return write_doc(out, "h95_p2_pm_remit_detail", "fpdf2", True, sty, claims, [],
                     "Practice-management remittance detail print, gridded, stacked adjustment codes"), claims


# ------------------------------------------------------------------------------ s1 therapy clinic statement

def layout_s1(out):
    st = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.80"))
    fam = ["Ezra Lindqvist", "Saoirse Lindqvist", "Bodhi Lindqvist"]
    specs = [
        (0, "V-20931", "NM2601140772", [mk(D(2026, 1, 5), "97166", 1, ("GO",)), mk(D(2026, 1, 5), "97530", 2, ("GO",))]),
        (0, "V-20977", "NM2601190415", [mk(D(2026, 1, 12), "97530", 3, ("GO",)), mk(D(2026, 1, 12), "97535", 1, ("GO",)),
                                        mk(D(2026, 1, 12), "97112", 1, ("GO", "59"))]),
        (1, "V-21004", "NM2601220931", [mk(D(2026, 1, 14), "92523", 1, ("GN",)),
                                        mk(D(2026, 1, 14), "92507", 1, ("GN",), denied="PR")]),
        (1, "V-21062", "NM2601281166", [mk(D(2026, 1, 21), "92507", 1, ("GN",))]),
        (2, "V-21090", "NM2601290208", [mk(D(2026, 1, 22), "97165", 1, ("GO",)), mk(D(2026, 1, 22), "97760", 2, ("GO",)),
                                        mk(D(2026, 1, 22), "L3807", 1, ("RT",)), mk(D(2026, 1, 22), "97140", 1, ("GO",))]),
        (2, "V-21133", "NM2602020057", [mk(D(2026, 1, 29), "97530", 2, ("GO",)), mk(D(2026, 1, 29), "97110", 2, ("GO",)),
                                        mk(D(2026, 1, 29), "97140", 1, ("GO",)), mk(D(2026, 1, 29), "97535", 1, ("GO",)),
                                        mk(D(2026, 1, 29), "97112", 1, ("GO",))]),
    ]
    claims = []
    for who, visit, icn, svcs in specs:
        for s in svcs:
            commercial(s, st)
            s.desc = LONG_DESC.get(s.code, s.desc)
        claims.append(dict(patient=fam[who], claim_id=visit, pcn=icn, svcs=svcs))
    M = moneyf(",", "-")

    def furniture(cv, p):
        cv.text(36, 42, "Tidewater Occupational & Speech Therapy", "DVSans-B", 12)
        cv.text(36, 55, "218 Anchorage Lane, Suite 4  -  Port Ellery, ME 04999  -  (207) 555-0194", "DVSans", 7.5)
        cv.text(36, 70, "STATEMENT", "DVSans-B", 10)
        cv.text(36, 82, "Guarantor: Annika Lindqvist   Guarantor acct 55012   Statement date 02/02/2026", "DVSans",
                7.5)
        # right sidebar
        cv.rect(440, 36, 136, 720 if p == 1 else 60, fill=0.93, stroke=False)
        cv.text(448, 54, "Amount due", "DVSans-B", 9)
        cv.text(448, 70, "See balance below", "DVSans", 8)
        if p == 1:
            for i, m in enumerate(["Pay by 02/27/2026", "", "Ways to pay:", "Online at our patient", "portal,",
                                   "by phone 207-555-0194,", "or mail a check with", "the stub below.", "",
                                   "Insurance on file:", "Northfield Mutual", "Health (PPO)", "", "Ask about our",
                                   "payment plans."]):
                cv.text(448, 100 + 11 * i, m, "DVSans", 7.5)
        cv.text(36, 772, f"Page {p}   Please detach and return the lower portion with your payment.", "DVSans", 6.5)
        if p == 1:
            due = sum((total(c["svcs"], "owes") for c in claims), ZERO)
            cv.text(36, 660, "- - - - - - - - - - - - - - - - - - - - detach and return with payment - - - - - - - - - -"
                    " - - - - - - -", "DVSans", 6.5)
            cv.rect(36, 672, 394, 80)
            cv.text(44, 688, "Tidewater Occupational & Speech Therapy   PO Box 4410, Port Ellery, ME 04999",
                    "DVSans", 7.5)
            cv.text(44, 704, "Guarantor: Annika Lindqvist     Guarantor acct 55012", "DVSans", 7.5)
            cv.text(44, 720, f"Amount due: {M(due)}     Due by 02/27/2026", "DVSans-B", 8)
            cv.text(44, 736, "Amount enclosed: $__________      Card no. __________________  Exp ____", "DVSans", 7.5)
        return 104

    def heading(cv, t, c, cont):
        t.y += 4
        cv.line(36, t.y - 9, 430, t.y - 9, 0.6)
        cv.text(36, t.y, f"Patient: {c['patient']}   Visit #{c['claim_id']}   Insurance claim {c['pcn']}"
                + ("  (cont.)" if cont else ""), "DVSans-B", 7)
        t.y += 12

    cols = [("Date", "dos", 36, "l", 0), ("Code", "code", 80, "l", 0), ("Description", "desc", 128, "l", 120),
            ("Units", "units", 270, "r", 0), ("Charges", "billed", 312, "r", 0), ("Ins Paid", "paid", 352, "r", 0),
            ("Ins Adj", "iadj", 392, "r", 0), ("Balance", "owes", 432, "r", 0)]

    def cells(s, c):
        return {"dos": dfmt(s.dos, "mdy4"), "code": s.code + ("-" + s.mods[0] if s.mods else ""),
                "desc": s.desc, "units": units_str(s.units), "billed": M(s.billed), "paid": M(s.paid),
                "iadj": M(-(s.billed - s.paid - s.owes)), "owes": M(s.owes)}

    def totals(cv, t, c):
        cv.text(128, t.y, "Visit balance", "DVSans-B", 7)
        for h, k, xx, al, ww in cols:
            if k in c["tots"]:
                cv.text(xx, t.y, M(c["tots"][k]), "DVSans-B", 7, "r")
        t.y += 13

    def after(cv, t):
        t.need(90)
        t.y += 10
        due = sum((total(c["svcs"], "owes") for c in claims), ZERO)
        cv.text(36, t.y, f"TOTAL ACCOUNT BALANCE DUE   {M(due)}", "DVSans-B", 9)
        cv.line(36, t.y + 14, 430, t.y + 14, 0.5)

    sty = dict(f="DVSans", b="DVSans-B", size=6.6, lead=9, cols=cols, furniture=furniture, head_rule=False,
               bottom=lambda p: 645 if p == 1 else 750, heading=heading, cells=cells, totals=totals, after=after,
               printed=["billed", "paid", "owes"], units=True, mods=False, adj=False, rmk=False, money=M,
               head_each_claim=False,
               check_keys=("dos", "code", "desc", "units", "billed", "paid", "owes"))
    # the code cell prints only the first modifier: record exactly that
    for c in claims:
        for s in c["svcs"]:
            s.mods = s.mods[:1]
    sty["mods"] = True
    return write_doc(out, "h95_s1_clinic_family_statement", "reportlab", False, sty, claims, [],
                     "Therapy clinic family statement with a right sidebar"), claims


# ----------------------------------------------------------------------------- s2 hospital family statement

def layout_s2(out):
    REV = {"97530": "0430", "97535": "0430", "97165": "0430", "97168": "0430", "97760": "0430", "97110": "0420",
           "97140": "0420", "97161": "0420", "97116": "0420", "97112": "0420", "92507": "0440", "92523": "0440",
           "L3807": "0274", "G0283": "0420", "92526": "0440"}
    fam = ["Nora Beckwith", "Caleb Beckwith", "Ivy Beckwith"]
    specs = [
        (0, "7700418823", "MCD2026011804471", [mk(D(2026, 1, 6), "97161", 1, ("GP",)), mk(D(2026, 1, 6), "97110", 2, ("GP",)),
                                               mk(D(2026, 1, 6), "G0283", 1, ("GP",))]),
        (1, "7700419050", "MCD2026012003318",
         [mk(D(2026, 1, 7 + 5 * (i // 3)), code, u, mods) for i, (code, u, mods) in enumerate([
             ("97165", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO",)),
             ("97530", 3, ("GO",)), ("97112", 1, ("GO", "59")), ("97535", 1, ("GO",)),
             ("97530", 2, ("GO",)), ("97760", 1, ("GO",)), ("L3807", 1, ("RT",)),
             ("97530", 2, ("GO",)), ("97110", 1, ("GO",)), ("97535", 1, ("GO",)),
             ("97168", 1, ("GO",)), ("97530", 2, ("GO",)), ("97112", 1, ("GO",))])]),
        (2, "7700419377", "MCD2026012207756", [mk(D(2026, 1, 9), "92523", 1, ("GN",)), mk(D(2026, 1, 16), "92507", 1, ("GN",)),
                                               mk(D(2026, 1, 23), "92526", 1, ("GN",)), mk(D(2026, 1, 30), "92507", 1, ("GN",))]),
    ]
    claims = []
    for who, acct, icn, svcs in specs:
        for s in svcs:
            medicaid(s)
        claims.append(dict(patient=fam[who], claim_id=acct, pcn=icn, svcs=svcs))
    M = moneyf(",", "()")

    def furniture(cv, p):
        cv.text(40, 42, "St. Brigid Children's & Family Hospital", "Times-B", 15)
        cv.text(40, 56, "Outpatient Rehabilitation Services  -  Patient Financial Services", "Times", 9)
        cv.text(572, 42, "Guarantor: Delia Beckwith", "Times", 9, "r")
        cv.text(572, 54, "Statement date: 02/02/2026", "Times", 9, "r")
        cv.line(40, 62, 572, 62, 0.8)
        cv.text(306, 770, f"Page {p}   Questions about this statement: (555) 013-2200, Mon-Fri 8-5", "Times", 8, "c")
        if p == 1:
            cv.text(40, 80, "This statement lists each family member's outpatient account. Charges below were sent to",
                    "Times", 9)
            cv.text(40, 92, "Heartland Kids Medicaid Plan. Payments and adjustments appear under each account.",
                    "Times", 9)
            cv.rect(40, 104, 532, 150, fill=0.95)
            cv.text(50, 122, "Summary of your accounts", "Times-B", 11)
            for i, (a, b) in enumerate([("Accounts on this statement", "3"), ("Previous balance", "0.00"),
                                        ("New charges", "see accounts"), ("Insurance payments", "see accounts"),
                                        ("Adjustments", "see accounts"), ("Amount you owe", "0.00")]):
                cv.text(50, 140 + 15 * i, a, "Times", 9.5)
                cv.text(330, 140 + 15 * i, b, "Times", 9.5)
            cv.text(40, 270, "Financial assistance is available to eligible families. Ask us for an application.",
                    "Times", 9)
            return 292
        return 80

    def heading(cv, t, c, cont):
        t.y += 6
        cv.rect(40, t.y - 10, 532, 28)
        cv.text(46, t.y, f"Account No. {c['claim_id']}{'  (continued)' if cont else ''}     Patient: {c['patient']}",
                "Times-B", 9)
        cv.text(46, t.y + 12, f"Service type: Outpatient therapy     Insurance claim #: {c['pcn']}", "Times", 8.5)
        t.y += 30

    cols = [("Date", "dos", 46, "l", 0), ("Rev", "rev", 100, "l", 0), ("CPT/HCPCS", "code", 130, "l", 0),
            ("Description", "desc", 200, "l", 230), ("Qty", "units", 470, "r", 0), ("Charges", "billed", 560, "r", 0)]

    def cells(s, c):
        return {"dos": dfmt(s.dos, "mdy4"), "rev": REV[s.code], "code": s.code + " " + " ".join(s.mods),
                "desc": LONG_DESC.get(s.code, s.desc), "units": units_str(s.units), "billed": M(s.billed)}

    def totals(cv, t, c):
        b = c["tots"]["billed"]
        pd = total(c["svcs"], "paid")
        adj = b - pd
        for lab, v in [("Total charges", b), (f"Payment - Heartland Kids Medicaid Plan 01/30/2026", -pd),
                       ("Contractual adjustment - Medicaid", -adj), ("Account balance", ZERO)]:
            t.need(12)
            cv.text(200, t.y, lab, "Times-B" if lab.startswith(("Total", "Account")) else "Times", 8.5)
            cv.text(560, t.y, M(v), "Times-B" if lab.startswith(("Total", "Account")) else "Times", 8.5, "r")
            t.y += 11
        t.y += 4

    def after(cv, t):
        t.need(50)
        t.y += 8
        cv.text(40, t.y, "AMOUNT YOU OWE: 0.00   No payment is due. Keep this statement for your records.", "Times-B", 9)

    sty = dict(f="Times", b="Times-B", size=8.5, lead=11, cols=cols, furniture=furniture, bottom=lambda p: 745,
               heading=heading, cells=cells, totals=totals, after=after, printed=["billed"], units=True, mods=True,
               adj=False, rmk=False, money=M, head_each_claim=True,
               desc_override=lambda sv: LONG_DESC.get(sv.code, sv.desc),
               check_keys=("dos", "code", "units", "billed"))
    return write_doc(out, "h95_s2_hospital_family_statement", "fpdf2", False, sty, claims, [],
                     "Hospital outpatient rehab family statement, account blocks, payments per account"), claims


# ------------------------------------------------------------------------------------------------ check

def _num(s: str) -> Decimal:
    neg = s.strip().startswith("-") or s.strip().endswith("-") or "(" in s
    body = s.replace("$", "").replace(",", "").replace("(", "").replace(")", "").replace("-", "").strip()
    v = Decimal(body)
    return -v if neg else v


def _date_ok(sv: str, d: date) -> bool:
    forms = {dfmt(d, k) for k in ("mdy2", "mdy4", "mon", "mdyn", "iso", "dmy", "mdy6", "mdY8")}
    forms |= {d.strftime("%Y%m%d"), d.strftime("%m%d") + " " + d.strftime("%m%d%y"), d.strftime("%b %d")}
    return sv.strip() in forms or any(sv.strip().startswith(f) for f in forms)


def check(out: Path) -> list[str]:
    import pdfplumber
    errs = []
    cont_files = 0
    for name, (rec, sty) in RECORD.items():
        tr = json.loads((out / f"{name}.pdf.truth.json").read_text())
        with pdfplumber.open(out / f"{name}.pdf") as pdf:
            if len(pdf.pages) != tr["pages"]:
                errs.append(f"{name}: pages {len(pdf.pages)} != {tr['pages']}")
            texts = [(p.extract_text() or "") for p in pdf.pages]
        norm = [["".join(ln.split()) for ln in tx.splitlines()] for tx in texts]
        alltext = "".join("".join(n) for n in norm)
        for idx, page, printed in rec:
            ln = tr["lines"][idx]
            if ln["page"] != page:
                errs.append(f"{name}: line {idx} page mismatch")
            toks = ["".join(v.split()) for v in printed.values() if v]
            if not any(all(tk in row for tk in toks) for row in norm[page - 1]):
                errs.append(f"{name}: line {idx} not on one text line: {printed}")
            for k, v in printed.items():
                if k in AMTK and v:
                    if ln[AMTK[k]] is None or _num(v) != Decimal(ln[AMTK[k]]):
                        errs.append(f"{name}: line {idx} {k} printed {v} truth {ln[AMTK[k]]}")
                if k == "units" and v and ln["units"] != units_str(_num(v)):
                    errs.append(f"{name}: line {idx} units {v} vs {ln['units']}")
                if k == "code" and v and ln["code"] not in v:
                    errs.append(f"{name}: line {idx} code {v} vs {ln['code']}")
                if k == "desc" and v and ln["code"] not in v and sty.get("code_in_desc"):
                    errs.append(f"{name}: line {idx} code not in desc {v}")
                if k == "dos" and v and not _date_ok(v, date.fromisoformat(ln["service_date"])):
                    errs.append(f"{name}: line {idx} date {v} vs {ln['service_date']}")
            if "dos" not in printed and not any(_date_ok(r, date.fromisoformat(ln["service_date"]))
                                                for r in texts[page - 1].splitlines()):
                pass
            if ln["units"] is not None and "units" not in printed and not sty.get("units_in"):
                errs.append(f"{name}: line {idx} units truth without units cell")
            for m in ln["modifiers"]:
                if not any(m in v for v in printed.values() if v):
                    errs.append(f"{name}: line {idx} modifier {m} not on row")
            fp = min(x["page"] for x in tr["lines"] if (x["claim_id"], x["payer_claim_id"]) ==
                     (ln["claim_id"], ln["payer_claim_id"]))
            for key in ("claim_id", "payer_claim_id", "patient"):
                if ln[key] and "".join(ln[key].split()) not in "".join(norm[page - 1] + norm[fp - 1]):
                    errs.append(f"{name}: line {idx} {key} {ln[key]} not on page {page}")
            for g, r, a in ln["adjustments"]:
                if a is not None and str(abs(Decimal(a))) not in texts[page - 1].replace(",", ""):
                    errs.append(f"{name}: line {idx} adj {g}-{r} {a} not on page")
                if r not in texts[page - 1]:
                    errs.append(f"{name}: line {idx} adj reason {r} not on page")
            for rm in ln["remarks"]:
                if rm not in texts[page - 1]:
                    errs.append(f"{name}: line {idx} remark {rm} not on page")
            if ln["adjustments"] and ln["billed"] is not None and ln["paid"] is not None:
                if Decimal(ln["billed"]) - sum(Decimal(a[2]) for a in ln["adjustments"]) != Decimal(ln["paid"]):
                    errs.append(f"{name}: line {idx} billed - adjustments != paid")
            if all(ln[k] is not None for k in ("allowed", "deductible", "copay", "coinsurance", "paid")):
                if (Decimal(ln["allowed"]) - Decimal(ln["deductible"]) - Decimal(ln["copay"])
                        - Decimal(ln["coinsurance"]) != Decimal(ln["paid"])):
                    errs.append(f"{name}: line {idx} allowed - patient shares != paid")
        byclaim: dict = {}
        for ln in tr["lines"]:
            byclaim.setdefault((ln["claim_id"], ln["payer_claim_id"]), []).append(ln)
        if any(len({ln["page"] for ln in v}) > 1 for v in byclaim.values()):
            cont_files += 1
        M = sty.get("money")
        for c in tr["claims"]:
            ls = byclaim.get((c["claim_id"], c["payer_claim_id"]), [])
            for k, v in c["totals"].items():
                if v is None:
                    continue
                sm = sum((Decimal(ln[k]) for ln in ls), Decimal("0.00"))
                if sm != Decimal(v):
                    errs.append(f"{name}: claim {c['claim_id']} total {k} {v} != lines {sm}")
                if M and sty.get("totals") and "".join(M(Decimal(v)).split()) not in alltext:
                    errs.append(f"{name}: claim {c['claim_id']} printed total {k} {M(Decimal(v))} not in text")
        if len({ln["patient"] for ln in tr["lines"]}) < 1 or len(tr["claims"]) < 2:
            errs.append(f"{name}: too few claims")
    if cont_files < 3:
        errs.append(f"only {cont_files} files carry a claim continued onto a later page")
    print(f"checked {len(RECORD)} files; {cont_files} with a claim running over a page break")
    return errs


LAYOUTS = [layout_e1, layout_e2, layout_m1, layout_m2, layout_r1, layout_r2, layout_p1, layout_p2, layout_s1,
           layout_s2]


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout95_"))
    if "samples" in out.resolve().parts:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    summary = []
    for fn in LAYOUTS:
        pages, claims = fn(out)
        summary.append((fn.__name__, pages, sum(len(c["svcs"]) for c in claims)))
    for n, p, k in summary:
        print(f"{n}: {p} pages, {k} lines")
    print(out)
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("CHECK FAIL:", e)
        if errs:
            sys.exit(1)
        print("check passed")


if __name__ == "__main__":
    main(sys.argv[1:])
