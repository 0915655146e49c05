"""Write the 70th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary
documents of the five commonest real kinds (two each), in house styles of their own, for one honest measurement
of the PDF reader. Written without looking at the reader, its tests, its docs or its scores (only
src/eobreader/model.py for field meanings, samples/pdf/eobgen.py for helpers and the truth format, and the
earlier sets' docstrings to avoid repeating their document styles).

Run:  python bench/heldout70/make_heldout70_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout70/make_heldout70_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR                     (someone else, once)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Helper module h70.py (same folder): one top-left drawing API over reportlab / fpdf2, truth recorder, self-check.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Truth format: the one of samples/pdf (eobgen.write_truth, <name>.pdf.truth.json), PRINTED values only, null for
what a layout does not print (units null where no quantity is printed for the line, modifiers [] where none are
printed, description null throughout). claim_id = the provider's own account / patient-control / visit number;
payer_claim_id = the payer's claim number / ICN / claim reference; patient = the person who got the service,
exactly as printed, never the subscriber / guarantor unless the same person. Note / EOB / remark codes printed
on a line are its remarks. adjustments = [group, reason, amount] only where the line prints group + reason +
amount (d2, p1, p2), otherwise []. Reversals are lines with negative amounts. service_end only where a line
prints a real from-thru span. Per-layout decisions: m1 (MSN) prints no provider account, no units and no
modifiers, patient_owes = "Maximum You May Be Billed"; m2 "Your share" = patient_owes; member EOB "Plan
discount" / statement "Adjustment" (no code) = discount; s2 prints only charges per line (insurance activity is
account-level), so only billed is set; s1 "Ins Paid" = paid, "Pt Resp" = patient_owes, the patient as the
Patient column prints it ("Elsa Lindgren"), no claim totals printed; p2 "Pt Resp" = patient_owes; d1 THRU =
service_end; c2 "What you owe" = patient_owes. Every name, number, payer, provider, address and ID is invented;
descriptions are our own words.

Layouts (10 files, 302 service lines, 20 pages; a claim's rows continue onto the next page in c1, m1, d1, p1, s2)
(kind, vocabulary, producer, complications):
  c1  commercial PPO member EOB to a subscriber, family of three (reportlab, portrait Liberation Sans): page-1
      right sidebar "Your plan year so far" beside the letter, claim bars "Patient: <name> (relationship) |
      Claim # | Provider | Patient account #", columns Dates / Code / Mod / Billed / Plan discount / Allowed /
      Not covered / Deductible / Copay / Coinsurance / Plan paid / You owe / Remark, "01/05/2026", a denied
      line, claim total rows, a long claim continued on page 2 with "(continued)" and the header repeated
  c2  employer plan "Claims Statement" (fpdf2, landscape DejaVu Sans Condensed): member bands, spelled-out
      headings "What your provider billed / Your plan discount / What your plan allowed / Deductible / Copay /
      Coinsurance / Not covered / What your plan paid / What you owe", codes "97110 GP", Qty, "Jan 5, 2026",
      per-visit copay, four family members, an exclusion denial; PLANTED claim-total mismatch on What you owe
  m1  Medicare Summary Notice Part B (reportlab, portrait DejaVu Serif): page-1 dashboard, claims pages with
      per-claim boxes "Claim number / Provider / Service Provided & Billing Code", date column "01/05/26",
      wording "Therapeutic exercises (97110)", Yes/No approval, four money columns, note letters, a claim
      running from page 2 onto page 3 with the column header repeated
  m2  Medicare Advantage PPO member EOB (fpdf2, portrait Liberation Serif): cost summary boxes, per-claim
      tables "Claim number / Provider / Patient account", rows "Service date / Service / Code "97110-GP-KX" /
      Qty / Provider billed / Plan approved / Plan paid / Your share / Note", specialist copay per visit, a
      reprocessed claim (negative amounts) and its replacement, two pages
  d1  state Medicaid remittance advice (fpdf2, landscape DejaVu Sans Mono, fixed-width text rows): banner, PAID /
      DENIED / ADJUSTED sections, claim head "RECIP NAME / RECIP ID / ICN / PAT ACCT", detail lines LI / FROM /
      THRU / PROC / MOD / UNITS "4.0" / BILLED / ALLOWED / PAID / EOB, weekly from-thru spans, a void with
      leading-minus amounts, a claim continued onto page 2 with headings repeated
  d2  state Medicaid managed-care portal remittance (reportlab, portrait Helvetica): boxed claim panels,
      ruled grid rows Line / DOS / Procedure / Modifiers / Units "2.00" / Billed Amt / Allowed Amt / Paid Amt /
      Adj Reason "CO-45" / Adj Amt / Remark, a denied line, summary box
  p1  Medicare Part B standard paper remit re-printed by a clearinghouse (reportlab, portrait Liberation Mono):
      NAME / MID / ACNT / ICN / ASG / MOA, PERF PROV / SERV DATE "0105 010526" / POS / NOS / PROC / MODS / BILLED
      / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD, further adjustments on following print lines, PT RESP
      and CLAIM TOTALS, a claim continued on page 2
  p2  practice-management "Payment Posting Detail" of a Medicare deposit (fpdf2, landscape Liberation Sans
      Narrow): patient bands, "Proc/Mods 97110 GP KX", Units, Charge / Allowed / Deduct / Coins / Paid /
      "Adjustments" cell "CO-45=54.15; PR-2=7.37; CO-253=0.59", a zero-pay denied line, batch totals
  s1  outpatient therapy clinic family statement (reportlab, portrait Liberation Serif): remit stub, columns
      Date / Patient / Description / CPT / Units / Charges / Ins Paid / Adjust / Pt Resp, visit heads with
      visit number and insurer claim number, three children, a payment row, aging strip, two pages
  s2  hospital guarantor statement (fpdf2, portrait DejaVu Sans): one hospital account per family member,
      itemized Date / Rev / Code / Description / Qty / Amount, non-therapy codes, account-level insurance
      rows, a rehab account continued onto page 2 without a repeated header

The self-check (--check) tests the factory, not the reader: for each truth line one text line of its page (words
grouped by baseline with pdfplumber) holds the code, modifiers, units, service date (where printed on the row)
and every printed amount in the layout's own format; ids, patients, remark and adjustment codes are in the
document text; page counts; the documents' own arithmetic (billed - adjustments = paid where every adjustment is
printed; allowed - deductible - copay - coinsurance = paid where all printed; claim totals = sum of lines unless
the mismatch is the planted expected finding, and it really is).
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

from eobgen import DESC, FEE, SCHED, ZERO, PlanState, Svc, commercial, dfmt, medicaid, medicare, money, negate, q, total  # noqa: E402
from h70 import Doc, Truth, check  # noqa: E402

for k, fee, sch, d in (("97533", "90.00", "31.90", "Sensory integration activities"),
                       ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
                       ("97542", "70.00", "30.20", "Wheelchair management training"),
                       ("36415", "18.00", "3.00", "Blood draw, venous"), ("85025", "42.00", "7.77", "Blood count, complete"),
                       ("73110", "210.00", "38.00", "X-ray of wrist, three views"),
                       ("G0151", "140.00", "60.00", "Home health PT, each 15 minutes")):
    FEE.setdefault(k, fee)
    SCHED.setdefault(k, sch)
    DESC.setdefault(k, d)

D0 = date(2026, 1, 5)


def day(n):
    return D0 + timedelta(days=n)


def m2(d):
    return money(d, ",")


def plan_lines(kind, specs, st=None, **kw):
    out = []
    for sp in specs:
        dd, code, u = sp[:3]
        mods = sp[3] if len(sp) > 3 else ()
        den = sp[4] if len(sp) > 4 else None
        s = Svc(day(dd), code, Decimal(u), tuple(mods), denied=den)
        if kind == "c":
            commercial(s, st, **kw)
        elif kind == "m":
            medicare(s, st, **kw)
        else:
            medicaid(s, **kw)
        out.append(s)
    return out


def header_cells(d, y, cols, size, bold=True, nl=1, lead=None):
    """Column headings; long ones split over nl text lines, bottom line on baseline y."""
    lead = lead or size + 1.5
    for x, h, al in cols:
        words = h.split(" ")
        per = -(-len(words) // nl)
        parts = [" ".join(words[i:i + per]) for i in range(0, len(words), per)] if len(words) > 1 else [h]
        for k, part in enumerate(parts):
            d.t(x, y - (len(parts) - 1 - k) * lead, part, size, bold, al)


# ============================================================================================ c1
def c1(out):
    name = "c1_commercial_member_eob"
    d = Doc("reportlab", "LibSans")
    T = Truth(name, "c1", "reportlab", "commercial PPO member EOB, family of three, sidebar, continued claim")
    L, R = 36, 576
    d.t(L, 48, "MERIDEN VALLEY HEALTH PLAN", 15, True)
    d.t(L, 61, "PPO Select  |  PO Box 6120, Harlan Falls, OH 43911  |  1-800-555-0147", 7.5)
    d.t(R, 48, "EXPLANATION OF BENEFITS", 11, True, "r")
    d.t(R, 61, "THIS IS NOT A BILL", 8, True, "r")
    d.t(L, 92, "GRANT T. ASHWORTH", 9)
    d.t(L, 103, "1184 Sable Creek Rd", 9)
    d.t(L, 114, "Dunmore Heights, OH 43920", 9)
    d.t(L, 140, "Member ID: MVX402291730     Group: 00781-Kestrel Tool & Die     Statement date: 02/02/2026", 8)
    d.t(L, 160, "Dear Grant, here is how your plan handled recent claims for you and your family. Keep this", 8.5)
    d.t(L, 171, "statement with your records. Your provider may bill you for the amount under \"You owe\".", 8.5)
    d.rect(400, 84, 176, 92, 0.92)
    d.t(408, 97, "Your plan year so far", 9, True)
    for i, (a, b) in enumerate((("Family deductible met", "$1,150.00 of $3,000.00"),
                                ("Out-of-pocket met", "$1,622.40 of $8,000.00"), ("Therapy visits used", "19 of 40"))):
        d.t(408, 112 + i * 20, a, 7.5)
        d.t(568, 122 + i * 20, b, 7.5, False, "r")
    cols = [(L, "Dates", "l"), (86, "Code", "l"), (114, "Mod", "l"), (174, "Billed", "r"), (226, "Plan discount", "r"),
            (266, "Allowed", "r"), (310, "Not covered", "r"), (356, "Deductible", "r"), (392, "Copay", "r"),
            (442, "Coinsurance", "r"), (488, "Plan paid", "r"), (530, "You owe", "r"), (542, "Remark", "l")]
    fam = [("ASHWORTH, GRANT T", "Self", "Lakeshore Hand & Upper Limb Therapy", "LH-778120"),
           ("ASHWORTH, PIPER J", "Daughter", "Little Steps Pediatric Therapy", "LSP-30417"),
           ("ASHWORTH, COLE R", "Son", "Little Steps Pediatric Therapy", "LSP-30452")]
    st = PlanState(ded_left=Decimal("80.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    claims = [
        (0, "MV26011404471", [(0, "97165", 1, ("GO",)), (0, "97140", 2, ("GO", "59")), (2, "97530", 3, ("GO",)),
                              (4, "L3807", 1, ("RT",)), (4, "97760", 1, ("GO",))]),
        (1, "MV26011804512", [(1, "92523", 1, ("GN",)), (3, "92507", 1, ("GN",)), (8, "92507", 1, ("GN",)),
                              (10, "92507", 1, ("GN",)), (15, "92507", 1, ("GN",)), (17, "92507", 1, ("GN",)),
                              (22, "92507", 1, ("GN",)), (24, "92526", 1, ("GN",), "PR")]),
        (1, "MV26012604633", [(29, "97530", 2, ("GO",)), (29, "97533", 2, ("GO",)), (31, "97530", 2, ("GO",)),
                              (31, "97112", 1, ("GO",)), (36, "97530", 3, ("GO",)), (38, "97535", 2, ("GO",)),
                              (43, "97530", 2, ("GO",)), (43, "97533", 1, ("GO",)), (45, "97168", 1, ("GO",)),
                              (45, "97530", 2, ("GO",)), (50, "97530", 3, ("GO",)), (52, "97110", 2, ("GO",)),
                              (57, "97530", 2, ("GO",)), (59, "97533", 2, ("GO",))]),
        (2, "MV26020104702", [(3, "97161", 1, ("GP",)), (5, "97110", 2, ("GP",)), (5, "97116", 1, ("GP",)),
                              (10, "97110", 2, ("GP",)), (12, "97112", 1, ("GP", "59"))]),
    ]
    printed = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    y = 200

    def head(y, cont, fi, pcid):
        p, rel, prov, acct = fam[fi]
        d.rect(L, y - 10, R - L, 14, 0.85)
        d.t(L + 3, y, f"Patient: {p} ({rel})   Claim # {pcid}{'   (continued)' if cont else ''}", 8, True)
        y += 12
        d.t(L + 3, y, f"Provider: {prov}   Patient account #: {acct}{fi}{pcid[-3:]}", 7.5)
        y += 12
        header_cells(d, y, cols, 6.5)
        d.line(L, y + 3, R, y + 3)
        return y + 12

    for fi, pcid, specs in claims:
        svcs = plan_lines("c", specs, st)
        p, rel, prov, acct = fam[fi]
        cid = f"{acct}{fi}{pcid[-3:]}"
        if y > 690:
            d.new_page()
            y = 50
        y = head(y, False, fi, pcid)
        for s in svcs:
            if y > 730:
                d.t(R, 760, "Continued on next page", 7, False, "r")
                d.new_page()
                y = head(50, True, fi, pcid)
            if s.denied:
                s.remarks = ["R7"]
            ds = dfmt(s.dos, "mdy4")
            vals = [m2(getattr(s, a)) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                                 "coinsurance", "paid", "owes")]
            d.row(y, [(L, ds, "l"), (86, s.code, "l"), (114, " ".join(s.mods), "l")] +
                  [(x, v, "r") for (x, _, _), v in zip(cols[3:12], vals)] + [(548, " ".join(s.remarks), "l")], 7)
            T.add(d, s, cid=cid, pcid=pcid, pat=p, printed=printed, fm=m2, date_str=ds, units=False,
                  remarks=s.remarks)
            y += 11
        tots = [total(svcs, a) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                          "coinsurance", "paid", "owes")]
        d.line(L, y - 7, R, y - 7)
        d.row(y, [(L, "Claim total", "l")] + [(x, m2(v), "r") for (x, _, _), v in zip(cols[3:12], tots)], 7, True)
        T.claim(cid, pcid, p, billed=tots[0], allowed=tots[2], paid=tots[7], patient_owes=tots[8])
        y += 24
    if y > 700:
        d.new_page()
        y = 50
    d.t(L, y, "Remark codes", 8, True)
    d.t(L, y + 11, "R7  Feeding therapy on this date is not covered by your plan; the provider may bill you for it.", 7)
    T.legend = [("R7", "Feeding therapy on this date is not covered by your plan.")]
    d.t(L, 770, "Meriden Valley Health Plan  |  Questions? Call the number on your member card.", 6.5)
    return d, T


# ============================================================================================ c2
def c2(out):
    name = "c2_employer_claims_statement"
    d = Doc("fpdf2", "DVC", landscape=True)
    T = Truth(name, "c2", "fpdf2", "employer plan claims statement, four members, planted total mismatch")
    L, R = 30, 762
    d.rect(L, 24, R - L, 30, 0.82, False)
    d.t(L + 8, 44, "Tidewater Benefit Trust", 14, True)
    d.t(R - 8, 44, "Claims Statement  -  not a bill", 10, False, "r")
    d.t(L, 74, "For: MARISOL D. VANTERPOOL    Member number: TBT-0093318-01    Plan: Tidewater Trust Choice 500", 8)
    d.t(L, 86, "Statement period: 01/01/2026 - 01/31/2026    Page {P} of {N}", 8)
    hd = [(L, "Service date", "l"), (88, "Service", "l"), (250, "Code", "l"), (316, "Qty", "r"),
          (370, "What your provider billed", "r"), (422, "Your plan discount", "r"), (474, "What your plan allowed", "r"),
          (520, "Deductible", "r"), (560, "Copay", "r"), (610, "Coinsurance", "r"), (656, "Not covered", "r"),
          (704, "What your plan paid", "r"), (746, "What you owe", "r")]
    fam = [("Marisol Vanterpool", "You"), ("Ezra Vanterpool", "Spouse"), ("Lucia Vanterpool", "Child"),
           ("Mateo Vanterpool", "Child")]
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.74"))
    claims = [
        (0, "TB-2601-118204", "Harbor Point Physical Therapy", "HP-55102",
         [(0, "97162", 1, ("GP",)), (2, "97110", 2, ("GP",)), (2, "97140", 1, ("GP",)), (7, "97110", 2, ("GP",))]),
        (1, "TB-2601-118377", "Eastbank Orthopedic Group", "EOG-99410",
         [(3, "99213", 1, ()), (3, "73110", 1, ("RT",)), (3, "L3807", 1, ("RT",))]),
        (2, "TB-2601-119021", "Sprout Speech & Language Center", "SSL-2214",
         [(1, "92523", 1, ()), (8, "92507", 1, ()), (15, "92507", 1, ()), (22, "92507", 1, ()), (29, "92507", 1, ())]),
        (3, "TB-2601-119140", "Sprout Speech & Language Center", "SSL-2219",
         [(2, "97166", 1, ("GO",)), (9, "97530", 2, ("GO",)), (9, "97533", 1, ("GO",)), (16, "97530", 2, ("GO",)),
          (16, "0552T", 1, (), "PR"), (23, "97530", 2, ("GO",))]),
        (0, "TB-2601-119502", "Harbor Point Physical Therapy", "HP-55188",
         [(9, "97110", 2, ("GP",)), (9, "97112", 1, ("GP",)), (14, "97110", 2, ("GP",)), (14, "97140", 1, ("GP",)),
          (16, "97530", 2, ("GP",))]),
    ]
    printed = ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "not_covered", "paid", "patient_owes")
    y = 112
    cur = None
    for ci, (fi, pcid, prov, acct, specs) in enumerate(claims):
        svcs = plan_lines("c", specs, st, deny_reason="96")
        p, rel = fam[fi]
        if y > 500:
            d.new_page()
            d.t(L, 40, "Tidewater Benefit Trust  -  Claims Statement for MARISOL D. VANTERPOOL    Page {P} of {N}", 8)
            y = 64
        if cur != fi:
            d.rect(L, y - 11, R - L, 15, 0.88)
            d.t(L + 4, y, f"{p} ({rel})", 9, True)
            y += 16
            cur = fi
        d.t(L, y, f"Claim number {pcid}   |   {prov}   |   Provider's patient account {acct}   |   Processed 01/28/2026", 7.5)
        y += 11
        y += 8
        header_cells(d, y, hd, 6.5, nl=2)
        d.line(L, y + 3, R, y + 3, 0.3)
        y += 11
        for s in svcs:
            if s.denied:
                s.remarks = ["X4"]
            ds = dfmt(s.dos, "mon")
            cells = [(L, ds, "l"), (88, s.desc, "l"), (250, " ".join((s.code,) + s.mods), "l"),
                     (316, str(s.units.normalize()), "r")]
            for (x, _, _), a in zip(hd[4:], ("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                             "not_covered", "paid", "owes")):
                cells.append((x, money(getattr(s, a)), "r"))
            d.row(y, cells, 7)
            if s.remarks:
                d.t(750, y, s.remarks[0], 6, False)
            T.add(d, s, cid=acct, pcid=pcid, pat=p, printed=printed, fm=money, date_str=ds, remarks=s.remarks,
                  row_mods=[" ".join((s.code,) + s.mods)])
            y += 11
        tots = {a: total(svcs, a) for a in ("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                            "not_covered", "paid", "owes")}
        owes_print = tots["owes"]
        if ci == 3:
            owes_print = tots["owes"] + Decimal("20.00")
            T.findings.append(f"claim-total-mismatch claim {pcid}: printed What you owe total {q(owes_print)} but the "
                              f"lines add up to {q(tots['owes'])}")
        cells = [(L, "Claim totals", "l")]
        for (x, _, _), a in zip(hd[4:], tots):
            cells.append((x, money(owes_print if a == "owes" else tots[a]), "r"))
        d.line(L, y - 8, R, y - 8, 0.3)
        d.row(y, cells, 7, True)
        T.claim(acct, pcid, p, billed=tots["billed"], allowed=tots["allowed"], paid=tots["paid"], patient_owes=owes_print)
        y += 22
    d.t(L, y + 6, "X4  This service is excluded under your plan; you are responsible for the charge.", 7)
    T.legend = [("X4", "Service excluded under the plan.")]
    return d, T


# ============================================================================================ m1
def m1(out):
    name = "m1_medicare_summary_notice"
    d = Doc("reportlab", "DVSerif")
    T = Truth(name, "m1", "reportlab", "Medicare Summary Notice Part B, dashboard then claims, continued claim")
    L, R = 40, 572
    ben = "HOLLIS K. DRUMMOND"
    d.t(L, 50, "Medicare Summary Notice for Part B (Medical Insurance)", 13, True)
    d.t(L, 66, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 7.5)
    d.t(L, 96, ben, 10, True)
    d.t(L, 109, "77 Quarry Lane Apt 3", 9)
    d.t(L, 121, "Pell City, AL 35128", 9)
    d.rect(330, 86, 242, 70, 0.93)
    d.t(338, 100, "Notice for " + ben.title(), 8.5, True)
    d.t(338, 113, "Medicare Number  XXXX-XXX-7T42", 8)
    d.t(338, 125, "Date of This Notice  February 2, 2026", 8)
    d.t(338, 137, "Claims and Services for  November 1, 2025 - January 31, 2026", 8)
    d.t(L, 180, "Your Deductible Status", 11, True)
    d.t(L, 195, "You have met the Part B deductible for 2026.", 9)
    d.t(L, 225, "Did Medicare Approve All Services?  NO", 11, True)
    d.t(L, 240, "Look for NO in the claims section to see which services were not approved.", 9)
    d.t(L, 270, "Total You May Be Billed", 11, True)
    st = PlanState(ded_left=Decimal("40.00"))
    claims = [
        ("Birchwood Outpatient Rehabilitation", "26011801452960", [(0, "97161", 1), (2, "97110", 2), (2, "97140", 1),
                                                                   (4, "97110", 2), (4, "97112", 1)]),
        ("Coosa Valley Hand Clinic", "26012301774215", [(1, "97165", 1), (1, "L3807", 1), (8, "97760", 1),
                                                         (8, "0552T", 1, (), "PR")]),
        ("Talladega Speech & Swallowing Services", "26012601803348", [(6, "92523", 1), (13, "92526", 1),
                                                                       (20, "92526", 1), (27, "92507", 1)]),
        ("Birchwood Outpatient Rehabilitation", "26020201991077",
         [(9, "97110", 2), (9, "97112", 1), (11, "97110", 2), (11, "97140", 1), (16, "97110", 2), (16, "97116", 1),
          (18, "97110", 2), (18, "97530", 1), (23, "97110", 2), (23, "97112", 1), (25, "97110", 2), (25, "97140", 1),
          (30, "97116", 2), (30, "97530", 1), (32, "97110", 2), (32, "97112", 1), (37, "97110", 2), (37, "97140", 1),
          (39, "G0283", 1)]),
    ]
    built = []
    for prov, pcid, specs in claims:
        sv = []
        for sp in specs:
            s = Svc(day(sp[0]), sp[1], Decimal(sp[2]), (), denied=sp[4] if len(sp) > 4 else None)
            medicare(s, st, deny_reason="50")
            sv.append(s)
        built.append((prov, pcid, sv))
    allsv = [s for _, _, c in built for s in c]
    d.t(L, 286, money(total(allsv, "owes")), 16, True)
    d.t(L, 304, "Providers with claims this period", 10, True)
    for i, (prov, pcid, sv) in enumerate(built):
        d.t(L + 10, 320 + i * 13, f"{prov}  -  {dfmt(sv[0].dos, 'month')}", 9)
    d.t(L, 740, "THIS IS NOT A BILL", 9, True)
    cols = [(L, "Date", "l"), (86, "Service Provided & Billing Code", "l"), (316, "Did Medicare Approve?", "c"),
            (382, "Amount Provider Charged", "r"), (436, "Medicare- Approved Amount", "r"),
            (486, "Amount Medicare Paid", "r"), (538, "Maximum You May Be Billed", "r"), (546, "See Notes", "l")]

    def colhead(y):
        y += 8
        d.line(L, y - 26, R, y - 26)
        header_cells(d, y, cols, 6.5, nl=3, lead=8)
        d.line(L, y + 4, R, y + 4)
        return y + 14

    d.new_page()
    d.t(L, 40, f"{ben}   Page {{P}} of {{N}}", 8)
    d.t(L, 62, "Your Claims for Part B (Medical Insurance)", 12, True)
    y = 86
    for prov, pcid, sv in built:
        if y > 640:
            d.new_page()
            d.t(L, 40, f"{ben}   Page {{P}} of {{N}}", 8)
            y = 64
        d.rect(L, y - 11, R - L, 28, 0.9)
        d.t(L + 4, y, f"{prov}", 9, True)
        d.t(L + 4, y + 12, f"Claim number {pcid}   Service provider: 410 Commerce Blvd, Pell City, AL", 7.5)
        y += 40
        y = colhead(y)
        for s in sv:
            if y > 720:
                d.new_page()
                d.t(L, 40, f"{ben}   Page {{P}} of {{N}}", 8)
                d.t(L, 62, f"{prov}  Claim number {pcid} (continued)", 9, True)
                y = colhead(96)
            s.remarks = ["B"] if s.denied else (["A"] if s.code in ("97140", "92526") else [])
            ds = dfmt(s.dos, "mdy2")
            d.row(y, [(L, ds, "l"), (86, f"{s.desc} ({s.code})", "l"), (316, "No" if s.denied else "Yes", "c"),
                      (382, money(s.billed), "r"), (436, money(s.allowed), "r"), (486, money(s.paid), "r"),
                      (538, money(s.owes), "r"), (550, " ".join(s.remarks), "l")], 7.5)
            T.add(d, s, cid=None, pcid=pcid, pat=ben, printed=("billed", "allowed", "paid", "patient_owes"), fm=money,
                  date_str=ds, units=False, mods=False, remarks=s.remarks)
            y += 12
        d.line(L, y - 8, R, y - 8)
        d.row(y, [(86, "Total for this claim", "l"), (382, money(total(sv, "billed")), "r"),
                  (436, money(total(sv, "allowed")), "r"), (486, money(total(sv, "paid")), "r"),
                  (538, money(total(sv, "owes")), "r")], 7.5, True)
        T.claim(None, pcid, ben, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                patient_owes=total(sv, "owes"))
        y += 26
    d.t(L, y, "Notes for Claims Above", 9, True)
    d.t(L, y + 12, "A  This service was approved for the number of 15-minute units your therapist recorded.", 7.5)
    d.t(L, y + 23, "B  Medicare does not cover this service because it is not considered medically needed.", 7.5)
    T.legend = [("A", "Approved for the units recorded."), ("B", "Not covered as not medically needed.")]
    return d, T


# ============================================================================================ m2
def m2_layout(out):
    name = "m2_medicare_advantage_eob"
    d = Doc("fpdf2", "LibSerif")
    T = Truth(name, "m2", "fpdf2", "Medicare Advantage PPO member EOB, reprocessed claim, two pages")
    L, R = 42, 570
    mem = "Odessa F. Carrington"
    d.t(L, 50, "Palisade Senior Advantage (PPO)", 14, True)
    d.t(L, 64, "Explanation of Benefits for Medicare Part C medical services", 9)
    d.t(L, 92, "ODESSA F. CARRINGTON", 9)
    d.t(L, 103, "2210 Wickersham Ct", 9)
    d.t(L, 114, "Merriton, PA 17604", 9)
    d.t(R, 92, "Member ID: PSA-66190427", 8.5, False, "r")
    d.t(R, 103, "Reporting period: January 2026", 8.5, False, "r")
    d.t(R, 114, "Page {P} of {N}", 8.5, False, "r")
    cols = [(L, "Service date", "l"), (96, "Service", "l"), (254, "Code", "l"), (326, "Qty", "r"),
            (380, "Provider billed", "r"), (432, "Plan approved", "r"), (480, "Plan paid", "r"),
            (526, "Your share", "r"), (536, "Note", "l")]
    st_cop = Decimal("40.00")

    def ma(specs):
        out_ = []
        seen = set()
        for sp in specs:
            s = Svc(day(sp[0]), sp[1], Decimal(sp[2]), tuple(sp[3]), denied=sp[4] if len(sp) > 4 else None)
            if s.denied:
                s.not_covered = s.billed
                s.owes = s.billed
            else:
                s.allowed = q(Decimal(SCHED[s.code]) * s.units * Decimal("1.04"))
                s.copay = ZERO if s.dos in seen else min(st_cop, s.allowed)
                seen.add(s.dos)
                s.paid = s.allowed - s.copay
                s.owes = s.copay
            out_.append(s)
        return out_

    orig = ma([(0, "97166", 1, ("GO",)), (0, "97530", 2, ("GO",))])
    claims = [
        ("Riverbend Occupational Therapy", "PSA260114-00318", "RBOT-11872", [negate(s) for s in orig], "REVERSED"),
        ("Riverbend Occupational Therapy", "PSA260127-00902", "RBOT-11872",
         ma([(0, "97166", 1, ("GO",)), (0, "97530", 2, ("GO", "KX"))]), "CORRECTED"),
        ("Riverbend Occupational Therapy", "PSA260122-00655", "RBOT-11940",
         ma([(2, "97530", 2, ("GO", "KX")), (2, "97535", 1, ("GO", "KX")), (7, "97530", 2, ("GO", "KX")),
             (7, "97112", 1, ("GO", "KX")), (9, "97530", 3, ("GO", "KX")), (14, "97535", 2, ("GO", "KX")),
             (14, "97110", 1, ("GO", "CO")), (16, "97530", 2, ("GO", "KX"))])),
        ("Merriton Family Medicine", "PSA260120-00511", "MFM-0047713",
         ma([(3, "99213", 1, ()), (3, "36415", 1, ()), (3, "85025", 1, ())])),
        ("Riverbend Occupational Therapy", "PSA260129-01077", "RBOT-12003",
         ma([(21, "97530", 2, ("GO", "KX")), (21, "97140", 1, ("GO", "KX")), (23, "97530", 2, ("GO", "KX")),
             (23, "97760", 1, ("GO",)), (23, "0552T", 1, (), "PR"), (28, "97530", 2, ("GO", "KX")),
             (28, "97535", 1, ("GO", "CO")), (30, "97530", 2, ("GO", "KX"))])),
    ]
    allsv = [s for c in claims for s in c[3]]
    for i, (a, b) in enumerate((("Total charged by providers", total(allsv, "billed")),
                                ("Plan paid", total(allsv, "paid")), ("Your share", total(allsv, "owes")))):
        x = L + i * 178
        d.rect(x, 130, 168, 40, 0.93)
        d.t(x + 8, 146, a + " this period", 8.5)
        d.t(x + 8, 162, money(b), 11, True)
    y = 196
    for c in claims:
        prov, pcid, acct, sv = c[:4]
        tag = c[4] if len(c) > 4 else ""
        if y + 60 + 12 * len(sv) > 750:
            d.new_page()
            d.t(L, 44, f"{mem}  -  Member ID PSA-66190427  -  Page {{P}} of {{N}}", 8)
            y = 70
        d.line(L, y - 10, R, y - 10, 1.2)
        d.t(L, y + 2, f"Claim number {pcid}{'  (' + tag + ')' if tag else ''}", 9.5, True)
        d.t(L, y + 14, f"Patient: {mem}   Provider: {prov}   Patient account: {acct}", 8)
        y += 30
        d.row(y, cols, 7, True)
        d.line(L, y + 3, R, y + 3, 0.3)
        y += 13
        for s in sv:
            s.remarks = ["N2"] if s.denied else (["N1"] if s.paid < 0 else [])
            code = "-".join((s.code,) + s.mods)
            ds = dfmt(s.dos, "mdy4")
            d.row(y, [(L, ds, "l"), (96, s.desc, "l"), (254, code, "l"), (326, str(s.units.normalize()), "r"),
                      (380, money(s.billed), "r"), (432, money(s.allowed), "r"), (480, money(s.paid), "r"),
                      (526, money(s.owes), "r"), (540, " ".join(s.remarks), "l")], 7.5)
            T.add(d, s, cid=acct, pcid=pcid, pat=mem, printed=("billed", "allowed", "paid", "patient_owes"), fm=money,
                  date_str=ds, remarks=s.remarks, row_mods=[code])
            y += 12
        d.line(L, y - 8, R, y - 8, 0.3)
        d.row(y, [(96, "Claim total", "l"), (380, money(total(sv, "billed")), "r"), (432, money(total(sv, "allowed")), "r"),
                  (480, money(total(sv, "paid")), "r"), (526, money(total(sv, "owes")), "r")], 7.5, True)
        T.claim(acct, pcid, mem, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                patient_owes=total(sv, "owes"))
        y += 28
    d.t(L, y, "Notes", 9, True)
    d.t(L, y + 12, "N1  This claim was processed again; the earlier payment is taken back and shown as a negative.", 7.5)
    d.t(L, y + 23, "N2  Your plan does not cover this service. You may owe the full charge.", 7.5)
    T.legend = [("N1", "Claim processed again; earlier payment taken back."), ("N2", "Service not covered.")]
    return d, T


# ============================================================================================ d1
def d1(out):
    name = "d1_medicaid_ra_mono"
    d = Doc("fpdf2", "DVMono", landscape=True)
    T = Truth(name, "d1", "fpdf2", "state Medicaid RA, fixed-width, paid/denied/adjusted, continued claim")
    L = 28
    fs = 8.0
    cw = 0.602 * fs

    def X(col):
        return L + col * cw

    def banner():
        d.t(X(0), 30, "STATE OF NORTH PLAINS  DEPARTMENT OF HEALTH AND FAMILY SERVICES  MEDICAL ASSISTANCE PROGRAM", fs, True)
        d.t(X(0), 40, "REMITTANCE ADVICE          RA NUMBER 0004471823     PAYMENT DATE 01/30/2026     PAGE {P} OF {N}", fs)
        d.t(X(0), 50, "PAYEE: CRANE HOLLOW PEDIATRIC THERAPY LLC      PAYEE ID 0082291400     NPI 1598027746", fs)
        d.line(L, 55, 764, 55)

    def colhead(y):
        d.t(X(0), y, "LI  FROM      THRU      PROC   MOD    UNITS      BILLED     ALLOWED        PAID   EOB", fs, True)
        return y + 10

    banner()
    y = 72
    ppl = [("OKONKWO, ADAEZE", "NP40018822"), ("OKONKWO, CHIDI", "NP40018830"), ("BERGSTROM, LINNEA", "NP40207719"),
           ("PAQUIN, THEO", "NP40663102"), ("MWANGI, ZURI", "NP40710455")]

    def wk(start, code, u, mods=(), den=None):
        s = Svc(day(start), code, Decimal(u), tuple(mods), end=day(start + 4), denied=den)
        medicaid(s)
        return s

    sections = [
        ("CLAIMS PAID", [
            (0, "2601600412230", "CH-1021", [wk(0, "97530", 4, ("GO",)), wk(0, "97533", 2, ("GO",)),
                                               wk(7, "97530", 4, ("GO",)), wk(7, "97533", 2, ("GO",))]),
            (1, "2601600412231", "CH-1022", [wk(0, "92507", 2, ("GN",)), wk(7, "92507", 2, ("GN",)),
                                               wk(14, "92507", 2, ("GN",))]),
            (4, "2601600412239", "CH-1088", [wk(0, "97166", 1, ("GO",)), wk(0, "97530", 3, ("GO",)),
                                               wk(7, "97530", 4, ("GO",)), wk(7, "97535", 2, ("GO",)),
                                               wk(14, "97530", 4, ("GO",)), wk(14, "97112", 2, ("GO",)),
                                               wk(21, "97530", 4, ("GO",)), wk(21, "97535", 2, ("GO",))]),
            (2, "2601600412244", "CH-1107",
             [wk(0, "97110", 3, ("GP",)), wk(0, "97112", 2, ("GP",)), wk(7, "97110", 3, ("GP",)),
              wk(7, "97112", 2, ("GP",)), wk(14, "97110", 3, ("GP",)), wk(14, "97116", 2, ("GP",)),
              wk(21, "97110", 3, ("GP",)), wk(21, "97112", 2, ("GP",)), wk(28, "97110", 3, ("GP",)),
              wk(28, "97116", 2, ("GP",)), wk(35, "97110", 2, ("GP",)), wk(35, "97542", 2, ("GP",))]),
        ]),
        ("CLAIMS DENIED", [
            (3, "2601600412301", "CH-1160", [wk(0, "97535", 4, ("GO",), "CO"), wk(0, "97530", 2, ("GO",), "CO"),
                                               wk(7, "97535", 4, ("GO",), "CO"), wk(7, "97530", 2, ("GO",), "CO")]),
        ]),
        ("CLAIMS ADJUSTED", [
            (0, "2601600412377", "CH-0988", [negate(wk(-14, "97530", 4, ("GO",)))]),
            (0, "2601600412378", "CH-0988", [wk(-14, "97530", 3, ("GO",))]),
        ]),
    ]
    for sec, claims in sections:
        if y > 535:
            d.new_page()
            banner()
            y = 72
        d.t(X(0), y, f"*** {sec} ***", fs, True)
        y += 14
        for pi, icn, acct, sv in claims:
            nm, rid = ppl[pi]
            if y > 545:
                d.new_page()
                banner()
                y = 72
            head = (f"RECIP NAME {nm:<20} RECIP ID {rid}  ICN {icn}  PAT ACCT {acct:<8} "
                    f"BILLED {m2(total(sv, 'billed')):>9}  PAID {m2(total(sv, 'paid')):>9}")
            d.t(X(0), y, head, fs, True)
            y += 10
            y = colhead(y)
            for li, s in enumerate(sv, 1):
                if y > 560:
                    d.new_page()
                    banner()
                    d.t(X(0), 72, f"RECIP NAME {nm:<20} RECIP ID {rid}  ICN {icn}  (CONTINUED)", fs, True)
                    y = colhead(82)
                if s.denied:
                    s.remarks = ["0211"]
                elif s.paid < 0:
                    s.remarks = ["0820"]
                else:
                    s.remarks = ["0001"] if s.discount else []
                mm = " ".join(s.mods)
                txt = (f"{li:02d}  {dfmt(s.dos, 'mdy2')}  {dfmt(s.end, 'mdy2')}  {s.code}  {mm:<5}  "
                       f"{str(s.units.quantize(Decimal('0.0'))):>5}  {m2(s.billed):>10}  {m2(s.allowed):>10}  "
                       f"{m2(s.paid):>10}   {' '.join(s.remarks)}")
                d.t(X(0), y, txt, fs)
                y += 1
                T.add(d, s, cid=acct, pcid=icn, pat=nm, printed=("billed", "allowed", "paid"), fm=m2,
                      date_str=dfmt(s.dos, "mdy2"), end=s.end, remarks=s.remarks,
                      units_str=str(s.units.quantize(Decimal("0.0"))), extra=[dfmt(s.end, "mdy2")])
                y += 10
            T.claim(acct, icn, nm, billed=total(sv, "billed"), paid=total(sv, "paid"))
            y += 8
    y += 6
    if y > 520:
        d.new_page()
        banner()
        y = 72
    d.t(X(0), y, "EOB CODE MESSAGES", fs, True)
    d.t(X(0), y + 10, "0001  PAID AT THE PROGRAM MAXIMUM FEE", fs)
    d.t(X(0), y + 20, "0211  NO PRIOR AUTHORIZATION ON FILE FOR THESE DATES", fs)
    d.t(X(0), y + 30, "0820  ORIGINAL CLAIM VOIDED; SEE REPLACEMENT CLAIM", fs)
    T.legend = [("0001", "Paid at program maximum fee"), ("0211", "No prior authorization on file"),
                ("0820", "Original claim voided")]
    return d, T


# ============================================================================================ d2
def d2(out):
    name = "d2_medicaid_mco_portal_ra"
    d = Doc("reportlab", "Helvetica")
    T = Truth(name, "d2", "reportlab", "Medicaid managed-care portal remittance, boxed panels, ruled grid")
    L, R = 36, 576
    d.t(L, 46, "Keystone Community Health Partners", 13, True)
    d.t(L, 59, "A Medicaid managed care plan  |  Provider Remittance Advice", 8.5)
    d.t(R, 46, "Remit date: 01/29/2026", 8, False, "r")
    d.t(R, 57, "Check/EFT #: EFT00061732", 8, False, "r")
    d.t(R, 68, "Page {P} of {N}", 8, False, "r")
    d.t(L, 84, "Pay to: Hemlock Ridge Rehabilitation Services, 55 Mill Race Dr, Sayreton, KY 40488   Tax ID XX-XXX4410", 8)
    cols = [(L + 4, "Line", "l"), (64, "DOS", "l"), (118, "Procedure", "l"), (166, "Modifiers", "l"),
            (236, "Units", "r"), (290, "Billed Amt", "r"), (342, "Allowed Amt", "r"), (392, "Paid Amt", "r"),
            (400, "Adj Reason", "l"), (490, "Adj Amt", "r"), (500, "Remark", "l")]
    mem = [("Dunleavy, Rowan", "KC88120041"), ("Dunleavy, Maeve", "KC88120058"), ("Achterberg, Silas", "KC88339107"),
           ("Ferreira, Inês", "KC88402266")]
    claims = [
        (0, "KCH-26-0041722", "HR-7720", [(0, "97165", 1, ("GO",)), (0, "97530", 2, ("GO",)), (2, "97530", 2, ("GO",)),
                                          (2, "97112", 1, ("GO",))]),
        (1, "KCH-26-0041723", "HR-7721", [(0, "92523", 1, ("GN",)), (7, "92507", 1, ("GN",)), (14, "92507", 1, ("GN",))]),
        (2, "KCH-26-0041808", "HR-7805", [(3, "97161", 1, ("GP",)), (3, "97110", 2, ("GP",)),
                                          (5, "97110", 2, ("GP",)), (5, "97140", 1, ("GP", "59")),
                                          (10, "97110", 2, ("GP",)), (10, "97116", 2, ("GP",), "CO")]),
        (3, "KCH-26-0041911", "HR-7866", [(4, "97166", 1, ("GO",)), (4, "97535", 2, ("GO",)),
                                          (11, "97535", 2, ("GO",)), (11, "97530", 1, ("GO",)),
                                          (18, "97535", 2, ("GO",)), (18, "97530", 1, ("GO",))]),
        (0, "KCH-26-0042017", "HR-7902", [(9, "97530", 3, ("GO",)), (9, "97533", 1, ("GO",)),
                                          (16, "97530", 3, ("GO",)), (16, "97533", 1, ("GO",)),
                                          (23, "97530", 3, ("GO",)), (23, "97168", 1, ("GO",))]),
    ]
    y = 108
    for mi, icn, acct, specs in claims:
        sv = plan_lines("d", specs, deny_reason="198")
        nm, mid = mem[mi]
        h = 44 + 14 * len(sv) + 16
        if y + h > 740:
            d.new_page()
            d.t(L, 46, "Keystone Community Health Partners  -  Provider Remittance Advice (continued)", 9, True)
            d.t(R, 46, "Page {P} of {N}", 8, False, "r")
            y = 70
        d.rect(L, y, R - L, h)
        d.rect(L, y, R - L, 16, 0.88)
        d.t(L + 4, y + 11, f"Member: {nm}    Member ID: {mid}    Patient Acct #: {acct}    Claim #: {icn}", 8, True)
        d.t(L + 4, y + 26, f"Status: {'PAID' if any(s.paid for s in sv) else 'DENIED'}    Billed {money(total(sv, 'billed'))}"
                           f"    Paid {money(total(sv, 'paid'))}", 7.5)
        yy = y + 40
        d.row(yy, cols, 7, True)
        d.line(L, yy + 3, R, yy + 3)
        yy += 14
        for li, s in enumerate(sv, 1):
            s.remarks = ["N54"] if s.denied else []
            rs, ra = (f"{s.adjs[0][0]}-{s.adjs[0][1]}", m2(s.adjs[0][2])) if s.adjs else ("", "")
            ds = dfmt(s.dos, "mdy4")
            d.row(yy, [(L + 4, str(li), "l"), (64, ds, "l"), (118, s.code, "l"), (166, " ".join(s.mods), "l"),
                       (236, f"{s.units:.2f}", "r"), (290, m2(s.billed), "r"), (342, m2(s.allowed), "r"),
                       (392, m2(s.paid), "r"), (400, rs, "l"), (490, ra, "r"), (500, " ".join(s.remarks), "l")], 7.5)
            d.line(L, yy + 4, R, yy + 4, 0.2)
            T.add(d, s, cid=acct, pcid=icn, pat=nm, printed=("billed", "allowed", "paid"), fm=m2, date_str=ds,
                  adjs=s.adjs, remarks=s.remarks, units_str=f"{s.units:.2f}", extra=[rs] if rs else [])
            yy += 14
        d.row(yy, [(118, "Claim totals", "l"), (290, m2(total(sv, "billed")), "r"), (342, m2(total(sv, "allowed")), "r"),
                   (392, m2(total(sv, "paid")), "r")], 7.5, True)
        T.claim(acct, icn, nm, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"))
        y += h + 12
    d.t(L, y + 4, "Remark N54: the service exceeds the approved visit limit for this benefit period.", 7.5)
    T.legend = [("N54", "Exceeds approved visit limit.")]
    return d, T


# ============================================================================================ p1
def p1(out):
    name = "p1_medicare_spr_clearinghouse"
    d = Doc("reportlab", "LibMono")
    T = Truth(name, "p1", "reportlab", "Medicare Part B standard paper remit reprint, continued claim")
    fs = 6.6
    cw = 0.6 * fs
    L = 30

    def X(c):
        return L + c * cw

    def top():
        d.rect(24, 20, 564, 752, None)
        d.t(X(0), 34, "PALMETTO RIDGE MEDICARE ADMINISTRATIVE CONTRACTOR        MEDICARE REMITTANCE NOTICE", fs, True)
        d.t(X(0), 43, "Reprinted by ClearPath Exchange Services (clearinghouse)                 PAGE #: {P} OF {N}", fs)
        d.t(X(0), 52, "PROVIDER #: 0394418        DATE: 01/27/2026      CHECK/EFT #: 000882716402", fs)
        d.t(X(0), 61, "LAUREL FORK THERAPY ASSOCIATES, 9 TANNERY ST, ELLORE, SC 29117", fs)
        d.t(X(0), 78, f"{'PERF PROV':<12}{'SERV DATE':<12}{'POS':<4}{'NOS':>3}  {'PROC':<5} {'MODS':<9} {'BILLED':>9} "
                      f"{'ALLOWED':>9} {'DEDUCT':>7} {'COINS':>8}  {'GRP/RC-AMT':<15}  {'PROV PD':>9}", fs, True)
        d.line(L, 81, 582, 81)

    top()
    y = 94
    pts = [("WHITTLESEY, NAOMI", "3KL7TR9GH21", "LF40118"), ("ABERNATHY, OTIS", "5FD2QW8MN60", "LF40162"),
           ("QUINTERO, ROSA", "7HB4XC1PP38", "LF40190")]
    st = PlanState(ded_left=Decimal("30.00"))
    claims = [
        (0, "0226005118420", [(0, "97530", 2, ("GO", "KX")), (0, "97140", 1, ("GO", "59", "KX")),
                              (2, "97530", 2, ("GO", "KX")), (2, "97535", 1, ("GO", "KX"))]),
        (1, "0226005118557", [(1, "97163", 1, ("GP",)), (3, "97110", 2, ("GP", "CQ")), (3, "97116", 1, ("GP", "CQ")),
                              (8, "97110", 2, ("GP", "CQ")), (8, "97112", 1, ("GP", "CQ")), (10, "97110", 3, ("GP",)),
                              (15, "97110", 2, ("GP", "CQ")), (15, "97140", 1, ("GP", "CQ")),
                              (17, "97110", 2, ("GP",)), (17, "97112", 1, ("GP",)), (22, "97110", 2, ("GP", "CQ")),
                              (22, "97116", 1, ("GP", "CQ")), (24, "97110", 2, ("GP",)), (24, "97530", 1, ("GP",)),
                              (29, "97110", 2, ("GP", "CQ")), (29, "97112", 1, ("GP", "CQ")),
                              (31, "97110", 2, ("GP",)), (31, "97140", 1, ("GP",)),
                              (36, "97110", 2, ("GP", "CQ")), (36, "97116", 1, ("GP", "CQ")),
                              (38, "97110", 2, ("GP",)), (38, "97530", 1, ("GP",)), (38, "G0283", 1, ("GP",))]),
        (2, "0226005118603", [(4, "92507", 1, ("GN",)), (11, "92507", 1, ("GN",)), (11, "92526", 1, ("GN",), "CO"),
                              (18, "92507", 1, ("GN",))]),
    ]
    for pi, icn, specs in claims:
        sv = plan_lines("m", specs, st, deny_reason="96")
        nm, mid, acct = pts[pi]
        if y > 700:
            d.new_page()
            top()
            y = 94
        d.t(X(0), y, f"NAME  {nm:<18} MID {mid}  ACNT {acct}  ICN {icn}  ASG Y  MOA MA01", fs)
        y += 10
        for s in sv:
            n_adj_lines = max(1, len(s.adjs))
            if y + 9 * n_adj_lines > 740:
                d.t(X(0), y, "CLAIM CONTINUED ON NEXT PAGE", fs)
                d.new_page()
                top()
                y = 94
                d.t(X(0), y, f"NAME  {nm:<18} MID {mid}  ACNT {acct}  ICN {icn}  (CONT)", fs)
                y += 10
            if s.denied:
                s.remarks = ["M15"]
            a0 = s.adjs[0]
            sd = f"{s.dos:%m%d} {s.dos:%m%d%y}"
            mods = " ".join(s.mods)
            txt = (f"1829406633  {sd} 11  {str(s.units):>3}  {s.code} {mods:<9} {m2(s.billed):>9} {m2(s.allowed):>9} "
                   f"{m2(s.deductible):>7} {m2(s.coinsurance):>8}  {a0[0]}-{a0[1]:<4}{m2(a0[2]):>8}  {m2(s.paid):>9}")
            d.t(X(0), y, txt, fs)
            for g, c, a in s.adjs[1:]:
                y += 9
                d.t(X(87), y, f"{g}-{c:<4}{m2(a):>8}", fs)
            T.add(d, s, cid=acct, pcid=icn, pat=nm, printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                  fm=m2, date_str=sd, adjs=s.adjs, remarks=s.remarks, extra=[f"{a0[0]}-{a0[1]}"],
                  row_mods=list(s.mods))
            if s.remarks:
                y += 9
                d.t(X(12), y, "REM: " + " ".join(s.remarks), fs)
            y += 10
        resp = total(sv, "deductible") + total(sv, "coinsurance")
        left = (f"PT RESP {m2(resp):>9}".ljust(33) + "CLAIM TOTALS").ljust(49)
        d.t(X(0), y, left + f"{m2(total(sv, 'billed')):>9} {m2(total(sv, 'allowed')):>9} "
                     f"{m2(total(sv, 'deductible')):>7} {m2(total(sv, 'coinsurance')):>8}" + " " * 19 +
                     f"{m2(total(sv, 'paid')):>9}", fs)
        d.t(X(0), y + 9, f"ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00   NET {m2(total(sv, 'paid'))}", fs)
        T.claim(acct, icn, nm, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"))
        y += 26
    d.t(X(0), y, "TOTALS:  # OF CLAIMS 3   BILLED AMT / ALLOWED AMT / DED AMT / COINS AMT / PROV PD AMT SHOWN PER CLAIM", fs)
    d.t(X(0), y + 10, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", fs, True)
    d.t(X(0), y + 19, "CO  CONTRACTUAL OBLIGATION   PR  PATIENT RESPONSIBILITY   M15 BUNDLED WITH ANOTHER SERVICE BILLED THE SAME DAY", fs)
    T.legend = [("M15", "Bundled with another service the same day")]
    return d, T


# ============================================================================================ p2
def p2(out):
    name = "p2_pm_payment_posting_detail"
    d = Doc("fpdf2", "LibNarrow", landscape=True)
    T = Truth(name, "p2", "fpdf2", "PM payment posting detail of a Medicare deposit, adjustments cell")
    L, R = 30, 762
    d.t(L, 36, "Cedar Lantern Rehab  -  TheraLedger PM", 8)
    d.t(L, 54, "Payment Posting Detail", 15, True)
    d.t(R, 36, "Run 02/02/2026 08:14   Page {P} of {N}", 8, False, "r")
    d.t(L, 70, "Payer: MEDICARE PART B (JJ)    Deposit: EFT 1RX77120058 01/26/2026    Amount $1,388.09 (see totals)", 8.5)
    cols = [(L + 10, "DOS", "l"), (86, "Proc/Mods", "l"), (166, "Units", "r"), (216, "Charge", "r"),
            (264, "Allowed", "r"), (306, "Deduct", "r"), (348, "Coins", "r"), (396, "Paid", "r"),
            (412, "Adjustments", "l"), (640, "Pt Resp", "r"), (652, "Remarks", "l")]
    pts = [("Lindqvist, Harold", "CL-20811"), ("Moreau, Yvette", "CL-20846"), ("Esposito, Dom", "CL-20877"),
           ("Tran, Bao", "CL-20901")]
    st = PlanState(ded_left=Decimal("25.00"))
    claims = [
        (0, "2226017730118", [(0, "97110", 2, ("GP", "KX")), (0, "97140", 1, ("GP", "KX")), (2, "97110", 2, ("GP", "KX")),
                              (2, "G0283", 1, ("GP",))]),
        (1, "2226017730129", [(1, "97166", 1, ("GO",)), (3, "97530", 2, ("GO",)), (3, "97535", 1, ("GO",)),
                              (8, "97530", 2, ("GO", "CO")), (8, "0552T", 1, ("GO",), "CO")]),
        (2, "2226017730204", [(4, "92523", 1, ("GN",)), (11, "92507", 1, ("GN",)), (18, "92507", 1, ("GN",))]),
        (3, "2226017730311", [(7, "97162", 1, ("GP",)), (9, "97110", 3, ("GP", "CQ")), (14, "97110", 2, ("GP", "CQ")),
                              (14, "97112", 1, ("GP", "CQ")), (16, "97116", 2, ("GP", "CQ"))]),
    ]
    y = 96
    d.row(y, cols, 7.5, True)
    d.line(L, y + 3, R, y + 3)
    y += 16
    allsv = []
    for pi, icn, specs in claims:
        sv = plan_lines("m", specs, st, deny_reason="96")
        allsv += sv
        nm, acct = pts[pi]
        d.rect(L, y - 10, R - L, 14, 0.9, False)
        d.t(L + 4, y, f"Pt: {nm}    Acct {acct}    Claim ICN {icn}    Status: Processed as primary", 8, True)
        y += 14
        for s in sv:
            s.remarks = ["N130"] if s.denied else []
            adj = "; ".join(f"{g}-{c}={m2(a)}" for g, c, a in s.adjs)
            ds = dfmt(s.dos, "mdy2")
            pm = " ".join((s.code,) + s.mods)
            d.row(y, [(L + 10, ds, "l"), (86, pm, "l"), (166, str(s.units), "r"), (216, m2(s.billed), "r"),
                      (264, m2(s.allowed), "r"), (306, m2(s.deductible), "r"), (348, m2(s.coinsurance), "r"),
                      (396, m2(s.paid), "r"), (412, adj, "l"), (640, m2(s.owes), "r"),
                      (652, " ".join(s.remarks), "l")], 8)
            T.add(d, s, cid=acct, pcid=icn, pat=nm, printed=("billed", "allowed", "deductible", "coinsurance", "paid",
                                                             "patient_owes"),
                  fm=m2, date_str=ds, adjs=s.adjs, remarks=s.remarks, row_mods=[pm], extra=[adj])
            y += 12
        d.row(y, [(86, "Claim total", "l"), (216, m2(total(sv, "billed")), "r"), (264, m2(total(sv, "allowed")), "r"),
                  (396, m2(total(sv, "paid")), "r"), (640, m2(total(sv, "owes")), "r")], 8, True)
        T.claim(acct, icn, nm, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                patient_owes=total(sv, "owes"))
        y += 20
    d.line(L, y - 8, R, y - 8, 1)
    d.row(y, [(86, "Batch totals", "l"), (216, m2(total(allsv, "billed")), "r"), (264, m2(total(allsv, "allowed")), "r"),
              (396, m2(total(allsv, "paid")), "r")], 8.5, True)
    d.t(L, y + 18, "N130  Consult plan benefit documents for information about this service.", 7)
    T.legend = [("N130", "See plan benefit documents.")]
    return d, T


# ============================================================================================ s1
def s1(out):
    name = "s1_therapy_family_statement"
    d = Doc("reportlab", "LibSerif")
    T = Truth(name, "s1", "reportlab", "therapy clinic family statement, three children, two pages")
    L, R = 36, 576
    d.t(L, 46, "Willow & Wren Children's Therapy", 15, True)
    d.t(L, 60, "312 Orchard Row, Suite 4  -  Fennimore, WI 53809  -  (608) 555-0193", 8)
    d.rect(360, 30, 216, 68)
    for i, (a, b) in enumerate((("Statement date", "02/02/2026"), ("Guarantor account", "G-58814"),
                                ("Amount due", "$412.60"), ("Due by", "02/27/2026"))):
        d.t(366, 44 + i * 14, a, 8)
        d.t(570, 44 + i * 14, b, 8, True, "r")
    d.t(L, 88, "Bill to: Annika and Tomas Lindgren", 9)
    d.t(L, 100, "41 Larkspur Ave, Fennimore, WI 53809", 9)
    d.line(L, 116, R, 116, 0.3)
    d.t(L, 112, "- - - - - - - please detach and return the top portion with your payment - - - - - - -", 6.5)
    cols = [(L, "Date", "l"), (82, "Patient", "l"), (150, "Description", "l"), (296, "CPT", "l"), (340, "Units", "r"),
            (392, "Charges", "r"), (444, "Ins Paid", "r"), (496, "Adjust", "r"), (570, "Pt Resp", "r")]
    ins = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.80"))
    visits = [
        ("V-301144", "Elsa", "SH2601-88410", [(0, "97166", 1, ("GO",)), (0, "97530", 2, ("GO",))]),
        ("V-301152", "Bram", "SH2601-88422", [(1, "92523", 1, ("GN",))]),
        ("V-301160", "Ivy", "SH2601-88437", [(2, "97165", 1, ("GO",)), (2, "97533", 2, ("GO",))]),
        ("V-301188", "Elsa", "SH2601-88590", [(7, "97530", 3, ("GO",)), (7, "97112", 1, ("GO",))]),
        ("V-301191", "Bram", "SH2601-88602", [(8, "92507", 1, ("GN",))]),
        ("V-301203", "Ivy", "SH2601-88641", [(9, "97533", 2, ("GO",)), (9, "97530", 1, ("GO",))]),
        ("V-301240", "Elsa", "SH2601-88790", [(14, "97530", 3, ("GO",)), (14, "97535", 1, ("GO",))]),
        ("V-301247", "Bram", "SH2601-88801", [(15, "92507", 1, ("GN",)), (15, "92526", 1, ("GN",), "PR")]),
        ("V-301259", "Ivy", "SH2601-88855", [(16, "97533", 2, ("GO",)), (16, "97530", 2, ("GO",))]),
        ("V-301290", "Elsa", "SH2601-89011", [(21, "97530", 3, ("GO",)), (21, "97112", 1, ("GO",))]),
        ("V-301298", "Bram", "SH2601-89020", [(22, "92507", 1, ("GN",))]),
        ("V-301305", "Ivy", "SH2601-89034", [(23, "97533", 2, ("GO",)), (23, "97168", 1, ("GO",))]),
        ("V-301344", "Elsa", "SH2601-89201", [(28, "97530", 3, ("GO",)), (28, "97110", 1, ("GO",))]),
        ("V-301351", "Bram", "SH2601-89230", [(29, "92507", 1, ("GN",))]),
        ("V-301356", "Ivy", "SH2601-89247", [(30, "97533", 2, ("GO",)), (30, "97530", 2, ("GO",))]),
        ("V-301380", "Elsa", "SH2602-00118", [(35, "97530", 3, ("GO",)), (35, "97112", 1, ("GO",))]),
        ("V-301388", "Bram", "SH2602-00131", [(36, "92507", 1, ("GN",))]),
        ("V-301395", "Ivy", "SH2602-00152", [(37, "97533", 2, ("GO",)), (37, "97530", 1, ("GO",))]),
        ("V-301402", "Annika", "SH2602-00170", [(38, "97161", 1, ("GP",)), (38, "97110", 2, ("GP",)),
                                                (38, "97140", 1, ("GP",))]),
    ]
    y = 140
    d.t(L, y - 10, "Account activity", 10, True)
    y += 8

    def ch(y):
        d.row(y, cols, 7.5, True)
        d.line(L, y + 3, R, y + 3)
        return y + 13

    y = ch(y)
    due = []
    for vid, kid, clm, specs in visits:
        kid = kid + " Lindgren"
        sv = plan_lines("c", specs, ins, deny_reason="204")
        due.extend(sv)
        if y + 12 * (len(sv) + 1) > 735:
            d.t(R, 760, "continued on page 2", 7, False, "r")
            d.new_page()
            d.t(L, 46, "Willow & Wren Children's Therapy  -  Guarantor account G-58814  -  page {P} of {N}", 8.5)
            y = ch(70)
        d.t(L, y, f"Visit {vid}  -  {kid}  -  billed to Sheboygan Health Cooperative, claim {clm}", 7.5, True)
        y += 11
        for s in sv:
            ds = dfmt(s.dos, "mdy2")
            d.row(y, [(L, ds, "l"), (82, kid, "l"), (150, s.desc, "l"), (296, s.code, "l"),
                      (340, str(s.units), "r"), (392, m2(s.billed), "r"), (444, m2(s.paid), "r"),
                      (496, m2(s.discount), "r"), (570, m2(s.owes), "r")], 7.5)
            T.add(d, s, cid=vid, pcid=clm, pat=kid, printed=("billed", "paid", "discount", "patient_owes"), fm=m2,
                  date_str=ds, mods=False)
            y += 11
        T.claim(vid, clm, kid, billed=None)
        y += 3
    d.row(y + 2, [(150, "Payment - thank you (check 2281)", "l"), (570, "-150.00", "r")], 7.5)
    y += 22
    amount_due = total(due, "owes") - Decimal("150.00")
    d.pages[0] = [it if not (it[0] == "t" and it[3] == "$412.60") else it[:3] + (money(amount_due),) + it[4:]
                  for it in d.pages[0]]
    cur = total([s for s in due if s.dos >= date(2026, 1, 19)], "owes")
    aging = (("Current", money(cur)), ("31-60 days", money(amount_due - cur)), ("61-90 days", "$0.00"),
             ("Over 90", "$0.00"))
    for i, (a, b) in enumerate(aging):
        d.rect(L + i * 135, y, 130, 26)
        d.t(L + i * 135 + 6, y + 10, a, 7.5)
        d.t(L + i * 135 + 6, y + 21, b, 8.5, True)
    d.t(L, y + 44, "Questions about your bill? Call our billing office Monday-Friday 8-4.", 8)
    return d, T


# ============================================================================================ s2
def s2(out):
    name = "s2_hospital_guarantor_statement"
    d = Doc("fpdf2", "DV")
    T = Truth(name, "s2", "fpdf2", "hospital guarantor statement, accounts per family member, runs to page 2")
    L, R = 36, 576
    d.t(L, 44, "St. Brigid Regional Medical Center", 13, True)
    d.t(L, 57, "Patient Financial Services  |  1900 Ferrous Ave, Galvin, MN 55412", 7.5)
    d.t(R, 44, "GUARANTOR STATEMENT", 10, True, "r")
    d.t(R, 57, "Page {P} of {N}", 7.5, False, "r")
    d.t(L, 84, "Guarantor: NICHOLAS A. PELLETIER    Guarantor #: 7700418    Statement date: 02/01/2026", 8)
    accts = [
        ("PELLETIER, CLAIRE E", "HA30040977", "Outpatient physical therapy", "Lakes Mutual claim 26L0109-55190",
         [(1, "97163", 1, ("GP",)), (1, "97110", 2, ("GP",)), (3, "97110", 2, ("GP",)), (3, "97116", 1, ("GP",)),
          (8, "97110", 2, ("GP",)), (8, "97140", 1, ("GP",)), (10, "97110", 2, ("GP",)), (10, "G0283", 1, ("GP",))]),
        ("PELLETIER, JUNE M", "HA30041187", "Outpatient rehabilitation", "Lakes Mutual claim 26L0113-55821",
         [(0, "97167", 1, ("GO",)), (0, "97530", 2, ("GO",)), (2, "97530", 2, ("GO",)), (2, "97140", 1, ("GO",)),
          (7, "97530", 2, ("GO",)), (7, "97535", 1, ("GO",)), (9, "97530", 2, ("GO",)), (9, "97112", 1, ("GO",)),
          (14, "97530", 2, ("GO",)), (14, "97140", 1, ("GO",)), (16, "97530", 2, ("GO",)), (16, "97535", 1, ("GO",)),
          (21, "97530", 2, ("GO",)), (21, "97112", 1, ("GO",)), (23, "97530", 2, ("GO",)), (23, "97140", 1, ("GO",)),
          (28, "97530", 2, ("GO",)), (28, "97535", 1, ("GO",)), (30, "97530", 2, ("GO",)), (30, "97168", 1, ("GO",)),
          (35, "97530", 2, ("GO",)), (35, "97112", 1, ("GO",)), (37, "97530", 2, ("GO",)), (37, "97140", 1, ("GO",)),
          (42, "97530", 2, ("GO",)), (42, "97535", 1, ("GO",)), (44, "97530", 2, ("GO",)), (44, "97112", 1, ("GO",)),
          (49, "97530", 2, ("GO",)), (49, "97140", 1, ("GO",)), (51, "97530", 2, ("GO",)), (51, "97535", 1, ("GO",)),
          (56, "97530", 2, ("GO",)), (56, "97112", 1, ("GO",)), (58, "97168", 1, ("GO",)), (58, "97530", 1, ("GO",))]),
        ("PELLETIER, NICHOLAS A", "HA30041302", "Outpatient clinic / imaging", "Lakes Mutual claim 26L0120-60193",
         [(3, "99213", 1, ()), (3, "36415", 1, ()), (3, "85025", 1, ()), (3, "73110", 1, ("LT",))]),
        ("PELLETIER, OWEN J", "HA30041355", "Outpatient speech therapy", "Lakes Mutual claim 26L0127-61720",
         [(4, "92523", 1, ("GN",)), (11, "92507", 1, ("GN",)), (18, "92507", 1, ("GN",)), (25, "92507", 1, ("GN",))]),
    ]
    rev = {"97": "0430", "92": "0440", "99": "0510", "36": "0300", "85": "0300", "73": "0320"}
    y = 108
    for pat, ha, typ, ref, specs in accts:
        sv = [Svc(day(sp[0]), sp[1], Decimal(sp[2]), tuple(sp[3])) for sp in specs]
        if y > 690:
            d.new_page()
            y = 80
        d.rect(L, y - 11, R - L, 15, 0.9)
        d.t(L + 4, y, f"Patient: {pat}    Hospital account {ha}    {typ}", 8, True)
        y += 13
        d.t(L + 4, y, f"Insurance: {ref}", 7.5)
        y += 13
        d.row(y, [(L + 4, "Date", "l"), (100, "Rev", "l"), (136, "Code", "l"), (196, "Description", "l"),
                  (450, "Qty", "r"), (R - 4, "Amount", "r")], 7.5, True)
        d.line(L, y + 3, R, y + 3, 0.3)
        y += 12
        for s in sv:
            if y > 740:
                d.new_page()
                d.t(R, 44, "Guarantor 7700418  -  Page {P} of {N}", 7.5, False, "r")
                y = 70
            code = " ".join((s.code,) + s.mods)
            ds = dfmt(s.dos, "mdy4")
            d.row(y, [(L + 4, ds, "l"), (100, rev[s.code[:2]] if s.code[0].isdigit() else "0274", "l"),
                      (136, code, "l"), (196, s.desc.upper()[:40], "l"), (450, str(s.units), "r"),
                      (R - 4, m2(s.billed), "r")], 7.5)
            T.add(d, s, cid=ha, pcid=ref.split()[-1], pat=pat, printed=("billed",), fm=m2, date_str=ds, row_mods=[code])
            y += 12
        tb = total(sv, "billed")
        paid = q(tb * Decimal("0.52"))
        adj = q(tb * Decimal("0.36"))
        d.line(L, y - 7, R, y - 7, 0.3)
        for lab, v in (("Total charges", tb), ("Lakes Mutual payment", -paid), ("Contractual adjustment", -adj),
                       ("Account balance", tb - paid - adj)):
            d.row(y, [(196, lab, "l"), (R - 4, m2(v), "r")], 7.5, lab in ("Total charges", "Account balance"))
            y += 11
        T.claim(ha, ref.split()[-1], pat, billed=tb)
        y += 14
    d.t(L, y, "Pay online or call Patient Financial Services. Financial assistance is available; ask us.", 7.5)
    return d, T


LAYOUTS = [c1, c2, m1, m2_layout, d1, d2, p1, p2, s1, s2]


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout70_"))
    if "samples" in out.resolve().parts:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    nlines = npages = 0
    for fn in LAYOUTS:
        doc, T = fn(out)
        path = out / f"{T.name}.pdf"
        doc.save(path)
        pages = len(doc.pages)
        T.write(path, pages)
        nlines += len(T.lines)
        npages += pages
        if "--check" in argv:
            errs = check(path, T, pages)
            for e in errs[:12]:
                print(f"  {T.name}: {e}")
            bad += len(errs)
            print(f"{T.name}: {len(T.lines)} lines, {pages} pages, {'OK' if not errs else str(len(errs)) + ' errors'}")
    print(f"wrote {len(LAYOUTS)} PDFs ({nlines} lines, {npages} pages) to {out}")
    if "--check" in argv:
        print("CHECK", "PASSED" if not bad else f"FAILED ({bad})")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
