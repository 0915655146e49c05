"""Write the SEVENTY-FOURTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten
layouts, two of each of the five commonest real document kinds, each in a house style of its own.

Run:  python bench/heldout74/make_heldout74_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout74/make_heldout74_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units included); claim_id = the provider's own account / patient-control / visit number,
payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the person who got the
service). Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness). Drawing and the
self-check live in bench/heldout74/h74draw.py.

Layouts (10 files, 275 service lines, 19 pages; a claim's rows continue onto the next page in c1 c2 d1 p1 s2;
kind, vocabulary, producer, complications):
  c1  commercial PPO member EOB to a subscriber (fpdf2, portrait Liberation Sans 6.4 pt): dark member bands
      "Claims for <Name> (Daughter)", claim lines "Claim Number / Provider / Patient Account Number / Processed",
      zebra rows Date of Service "01/05/26" / Service Description / Procedure / Mod / Amount Billed / Discount /
      Not Covered / Allowed Amount / Deductible / Copay / Coinsurance / Plan Paid / Your Responsibility / Remark,
      no units, three family members, a not-covered laser line, a claim continued onto page 2 with the band
      "(continued)" and the column header repeated, remark legend
  c2  regional plan "Statement of Benefits Paid" (reportlab, landscape core Times, ruled grid): claim boxes
      "Patient / Relationship / Claim No. / Patient Acct / Provider", columns Line / Date of Service "1/5/2026" /
      Type of Svc / Procedure "97110-GP" / Days or Units / Charges / Excluded Amt / Excl Code / Eligible Amt /
      Deductible / Copay / Coinsurance / Benefit Paid / Patient Balance, four family members, $20 per-visit copay,
      an excluded line; PLANTED claim-total mismatch on one claim's Patient Balance (expected finding)
  m1  Medicare Summary Notice Part B (fpdf2, portrait DejaVu Sans): page 1 summary (deductible, claims total,
      providers list), "Your Claims for Part B" per claim: provider block with "Claim number", columns Date
      "01/05/2026" / Service Provided & Billing Code "Manual therapy techniques (97140)" / Service Approved? /
      Amount Provider Charged / Medicare-Approved Amount / Medicare Paid Provider / Maximum You May Be Billed /
      See Notes Below, claim totals, a not-approved line the patient may be billed for, lettered notes on the
      last page; no units, no modifiers, no provider account; three pages
  m2  Medicare Advantage HMO member EOB (reportlab, portrait Liberation Serif): plan banner, "This month / Year
      to date" cost table, claim heads "Claim # ... | Provider ... | Your provider's account # ...", rows Date
      "Jan 5, 2026" / Service and code "Gait training 97116 GP" / Qty / Provider charged / Plan-approved / Plan
      paid / Your share / Note, per-visit $25 copay (once per date), a not-covered line (share 0.00), four claims
      from three providers for one member, a code-first wrapped service cell, two pages
  d1  state Medicaid legacy RA (fpdf2, landscape DejaVu Sans Mono 7.4 pt fixed columns): banner on every page,
      "CLAIM STATUS: PAID / DENIED / ADJUSTMENT" sections, heads "RECIPIENT: LAST, FIRST  MEDICAID ID  PATIENT
      NO  ICN", detail lines "LN FROM-DATE TO-DATE PROC MODIFIERS QTY BILLED-AMT ALLOWED-AMT PAID-AMT ADJ-RSN ADJ-AMT
      RMK" with MMDDYYYY dates, multi-day spans, units "4.00", a void with trailing-minus amounts and its
      replacement, a long claim broken across pages with "** CONTINUED **", EOB/remark legend
  d2  state Medicaid "Remittance Advice - Professional" flat register (reportlab, landscape core Helvetica 6.6
      pt): ids on every row (Recipient Name "FIRST LAST", Recipient ID, ICN, Pt Acct), Line / DOS "01-05-2026" /
      Proc / Mod1 / Mod2 / Units / Billed / Allowed / Paid / Status / EOB, claim subtotal rows, denied claim
      (paid 0.00), zebra shading, payment summary box
  p1  Medicare Part B standard paper remit reprinted by a practice-management system (reportlab, portrait core
      Courier 6.8 pt): PERF PROV / SERV DATE "0105 010526" / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT /
      COINS / GRP/RC-AMT / PROV PD, NAME / MID / ACNT / ICN / ASG / MOA heads, extra adjustments on following
      print lines, PT RESP and CLAIM TOTALS rows, a claim continued onto page 2, provider totals
  p2  clearinghouse "Claim Payment Detail" of a Medicare payment (fpdf2, landscape Liberation Sans Narrow):
      shaded claim rows (Patient / Patient Control # / Payer Claim Control # / Status), service grid Svc Date
      "01/05/2026" / Proc / Mods "GP,KX" / Units / Charge / Allowed / Deductible / Coinsurance / Adjustments "CO45
      54.15 | PR2 7.37 | CO253 0.59" on one row / Remarks / Paid, a denied line, check summary
  s1  outpatient therapy clinic family statement (fpdf2, portrait Liberation Serif): remit stub at the bottom,
      visit heads "Visit V-.... | <Patient> | Billed to <payer> claim ...", rows Date / Code / Description / Units /
      Charges / Ins Paid / Ins Adj / Your Portion, three children, a payment row, aging strip
  s2  hospital guarantor statement (reportlab, portrait DejaVu Sans Condensed) with a shaded right sidebar on
      page 1: one hospital account per family member, itemized Date "01/05/26" / Rev / CPT-HCPCS / Description /
      Qty / Charges, account-level insurance rows, an account continued onto page 2 without a repeated header

The self-check (--check) tests the factory, not the reader: every truth code, date, modifier, units value and
printed amount is found on ONE text line of its page (pdfplumber text lines), remarks and adjustment codes on
the page, ids and patients in the document's text, the page count matches, and the documents' own arithmetic
holds (billed - discount - not covered = allowed; allowed - deductible - copay - coinsurance = paid; billed -
adjustments = paid where the layout prints every adjustment; claim totals = sum of lines and are printed, unless
a planted mismatch, and the planted one really is).
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eobgen import (LONG_DESC, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, q, total, truth_line, units_str, write_truth)
from h74draw import Canvas, check_file  # noqa: E402

D = date(2026, 1, 5)
NP = [1]  # total page count of the document being drawn (the driver draws each layout twice)


def dd(n: int) -> date:
    return D + timedelta(days=n)


# ------------------------------------------------------------------------------------------- shared table flow

class Col:
    def __init__(self, head, w, align="L", fn=None, wrap=False):
        self.head = head if isinstance(head, list) else [head]
        self.w, self.align, self.fn, self.wrap = w, align, fn, wrap


def put_cells(cv, x0, y, cols, vals, fam, size, bold=False):
    x = x0
    extra = []
    for c, v in zip(cols, vals):
        if c.wrap:
            parts = cv.wrap(v, c.w - 3, fam, size)
            v = parts[0]
            extra.append((x, parts[1:]))
        if c.align == "R":
            cv.text(x + c.w - 2, y, v, fam, size, bold, "R")
        elif c.align == "C":
            cv.text(x + c.w / 2, y, v, fam, size, bold, "C")
        else:
            cv.text(x + 2, y, v, fam, size, bold)
        x += c.w
    more = max((len(p) for _, p in extra), default=0)
    for x, parts in extra:
        for k, p in enumerate(parts):
            cv.text(x + 2, y + (k + 1) * (size + 1.5), p, fam, size, bold)
    return more


def put_head(cv, x0, y, cols, fam, size, fill=None, grid=False):
    n = max(len(c.head) for c in cols)
    h = n * (size + 1.5) + 4
    if fill is not None:
        cv.rect(x0, y, sum(c.w for c in cols), h, fill=fill, stroke=grid)
    x = x0
    for c in cols:
        for k, t in enumerate(c.head):
            yy = y + (n - len(c.head) + k + 1) * (size + 1.5)
            if c.align == "R":
                cv.text(x + c.w - 2, yy, t, fam, size, True, "R")
            elif c.align == "C":
                cv.text(x + c.w / 2, yy, t, fam, size, True, "C")
            else:
                cv.text(x + 2, yy, t, fam, size, True)
        if grid:
            cv.line(x, y, x, y + h, 0.4)
        x += c.w
    if grid:
        cv.line(x, y, x, y + h, 0.4)
    return y + h


def cfmt(code, mods, sep=" ", join=" "):
    return code + (sep + join.join(mods) if mods else "")


def build_claims(spec, plan, st_factory):
    """spec: list of (patient, acct, icn, provider, [(day, code, units, mods, denied)...], extras)."""
    out = []
    for patient, acct, icn, prov, rows, extra in spec:
        st = st_factory()
        svcs = []
        for day, code, units, mods, denied in rows:
            s = Svc(dd(day), code, units, tuple(mods), denied=denied)
            if code in LONG_DESC and extra.get("long"):
                s.desc = LONG_DESC[code]
            plan(s, st)
            svcs.append(s)
        out.append(dict(patient=patient, acct=acct, icn=icn, prov=prov, svcs=svcs, **extra))
    return out


def claim_rec(cl, svcs=None, **tot):
    return {"claim_id": cl["acct"], "payer_claim_id": cl["icn"], "patient": cl["patient"],
            "totals": claim_totals(**tot)}


# ============================================================================================ c1 commercial
def c1(out: Path):
    name = "h74_c1_commercial_ppo_eob.pdf"
    cv = Canvas("fpdf2", out / name)
    F, S = "LiberationSans", 6.4
    st = lambda: PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"))
    spec = [
        ("Marisol Quintero-Bays", "CF-880214", "E26011403317", "Riverbend Hand & Upper Limb Therapy",
         [(0, "97165", 1, ["GO"], None), (0, "97530", 2, ["GO"], None), (2, "97530", 2, ["GO"], None),
          (2, "97140", 1, ["GO", "59"], None), (4, "0552T", 1, [], "PR"), (7, "97110", 2, ["GO"], None),
          (9, "97530", 2, ["GO"], None), (9, "97535", 1, ["GO"], None), (11, "97110", 2, ["GO"], None)],
         {"rel": "SELF"}),
        ("Tobias Quintero-Bays", "CF-880377", "E26011403390", "Little Sprouts Speech Studio",
         [(1, "92523", 1, ["GN"], None), (8, "92507", 1, ["GN"], None), (15, "92507", 1, ["GN"], None)],
         {"rel": "SON"}),
        ("Ines Quintero-Bays", "CF-880512", "E26012107745", "Riverbend Hand & Upper Limb Therapy",
         [(3, "97166", 1, ["GO"], None)] + [(3 + 2 * k, c, u, ["GO"], None) for k, (c, u) in enumerate(
             [("97530", 2), ("97535", 1), ("97112", 2), ("97530", 3), ("97110", 2), ("97140", 1), ("97530", 2),
              ("97535", 2), ("97112", 1), ("97530", 2), ("97110", 1), ("97760", 1), ("97530", 2), ("97168", 1),
              ("97535", 1)], start=1)] + [(30, "L3807", 1, ["RT"], None)],
         {"rel": "DAUGHTER", "long": True}),
    ]
    claims = build_claims(spec, commercial, st)
    for cl in claims:
        for s in cl["svcs"]:
            s.remarks = (["N17"] if s.denied else ["A4"] + (["D1"] if s.deductible else []))
    cols = [Col(["Date of", "Service"], 38, "L", lambda s: dfmt(s.dos, "mdy2")),
            Col(["Service", "Description"], 96, "L", lambda s: s.desc, wrap=True),
            Col("Procedure", 36, "L", lambda s: s.code), Col("Mod", 26, "L", lambda s: " ".join(s.mods)),
            Col(["Amount", "Billed"], 36, "R", lambda s: money(s.billed, ",")),
            Col("Discount", 34, "R", lambda s: money(s.discount, ",")),
            Col(["Not", "Covered"], 32, "R", lambda s: money(s.not_covered, ",")),
            Col(["Allowed", "Amount"], 34, "R", lambda s: money(s.allowed, ",")),
            Col("Deductible", 36, "R", lambda s: money(s.deductible, ",")),
            Col("Copay", 28, "R", lambda s: money(s.copay, ",")),
            Col("Coinsurance", 44, "R", lambda s: money(s.coinsurance, ",")),
            Col(["Plan", "Paid"], 32, "R", lambda s: money(s.paid, ",")),
            Col(["Your", "Responsibility"], 44, "R", lambda s: money(s.owes, ",")),
            Col("Remark", 30, "L", lambda s: " ".join(s.remarks))]
    X0, BOT = 33, 740
    lines, crec = [], []

    def page_top(first):
        cv.new_page()
        cv.text(36, 40, "NORTHGATE MUTUAL HEALTH", F, 13, True)
        cv.text(36, 51, "PO Box 44190 · Cedar Flats, OR 97891 · 1-800-555-0142", F, 7)
        cv.text(576, 40, "EXPLANATION OF BENEFITS", F, 11, True, "R")
        cv.text(576, 51, "THIS IS NOT A BILL", F, 8, True, "R")
        cv.text(576, 62, f"Statement date 02/02/26 · Page {cv.page} of {NP[0]}", F, 7, False, "R")
        cv.line(36, 68, 576, 68, 1)
        if not first:
            return 82
        cv.text(36, 84, "Subscriber: Marisol Quintero-Bays", F, 8, True)
        cv.text(36, 94, "Member ID: NGM 4471 02938 · Group: 770215 Brightwater Logistics · Plan: Choice PPO", F, 7)
        cv.text(36, 104, "418 Alder Hollow Rd, Cedar Flats, OR 97891", F, 7)
        cv.rect(360, 78, 216, 58, fill=0.93)
        cv.text(366, 89, "Your family deductible (in network)", F, 7, True)
        cv.text(366, 99, "Met so far: $880.00 of $1,000.00", F, 7)
        cv.text(366, 109, "Out-of-pocket max met: $1,412.66 of $6,000.00", F, 7)
        cv.text(366, 119, "Questions? Call Member Services at the number above.", F, 6.5)
        cv.text(366, 129, "Or visit our member website.", F, 6.5)
        cv.text(36, 124, "Below is how we processed the claims we received for you and your family.", F, 7)
        return 150

    y = page_top(True)
    for cl in claims:
        for cont in (False,):
            pass
        need = 60
        if y + need > BOT:
            y = page_top(False)

        def band(yy, cont):
            cv.rect(X0, yy, 546, 11, fill=0.2, stroke=False)
            t = f"Claims for {cl['patient']} ({cl['rel'].title()})" + ("  (continued)" if cont else "")
            cv.text(X0 + 3, yy + 8, t, F, 7.5, True, gray=1.0)
            cv.text(X0 + 4, yy + 21, f"Claim Number: {cl['icn']}    Provider: {cl['prov']}    "
                                     f"Patient Account Number: {cl['acct']}    Processed: 01/29/26", F, 6.6)
            return put_head(cv, X0, yy + 25, cols, F, S, fill=0.85)

        y = band(y, False) + 1
        for i, s in enumerate(cl["svcs"]):
            nwrap = len(cv.wrap(s.desc, 93, F, S))
            rh = nwrap * (S + 1.5) + 2
            if y + rh > BOT:
                y = page_top(False)
                y = band(y, True) + 1
            if i % 2:
                cv.rect(X0, y, 546, rh, fill=0.95, stroke=False)
            put_cells(cv, X0, y + S + 1, cols, [c.fn(s) for c in cols], F, S)
            lines.append(truth_line(cv.page, s, claim_id=cl["acct"], payer_claim_id=cl["icn"], patient=cl["patient"],
                                    printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes"), units=False,
                                    remarks=s.remarks))
            y += rh
        sv = cl["svcs"]
        tot = {k: total(sv, a) for k, a in (("billed", "billed"), ("allowed", "allowed"), ("paid", "paid"),
                                            ("patient_owes", "owes"))}
        cv.line(X0, y, X0 + 546, y, 0.6)
        vals = ["", "Claim totals", "", "", money(tot["billed"], "$"), money(total(sv, "discount"), "$"),
                money(total(sv, "not_covered"), "$"), money(tot["allowed"], "$"), money(total(sv, "deductible"), "$"),
                money(total(sv, "copay"), "$"), money(total(sv, "coinsurance"), "$"), money(tot["paid"], "$"),
                money(tot["patient_owes"], "$"), ""]
        put_cells(cv, X0, y + S + 2, [Col(c.head, c.w, c.align) for c in cols], vals, F, S, True)
        y += 22
        crec.append(claim_rec(cl, **tot))
    legend = [("A4", "Your provider is in the Northgate network; the discount is not your responsibility."),
              ("D1", "Part of the allowed amount was counted toward your deductible."),
              ("N17", "Your plan does not cover this service; the provider may bill you for it.")]
    if y + 50 > BOT:
        y = page_top(False)
    cv.text(X0, y + 6, "Remark codes", F, 7.5, True)
    for k, (c, t) in enumerate(legend):
        cv.text(X0, y + 17 + 9 * k, f"{c}  {t}", F, 6.6)
    cv.text(X0, 770, "To appeal, write to us within 180 days of this notice. Keep this statement for your records.", F, 6)
    return finish(cv, name, lines, crec, legend, "commercial PPO member EOB, three family members", [])


# ============================================================================================ c2 commercial
def c2(out: Path):
    name = "h74_c2_statement_of_benefits_paid.pdf"
    cv = Canvas("reportlab", out / name, landscape=True)
    F, S = "Times", 7.2
    st = lambda: PlanState(ded_left=ZERO, visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.78"))
    TYPE = {"97": "THERAPY", "92": "SPEECH", "99": "OFFICE", "L3": "DME", "G0": "THERAPY", "05": "THERAPY"}
    spec = [
        ("Dwayne Okafor-Lind", "PT-20931", "7026-0114-5521", "Crossbridge Physical Therapy PC",
         [(0, "97161", 1, ["GP"], None), (0, "97110", 2, ["GP"], None), (2, "97110", 2, ["GP"], None),
          (2, "97140", 1, ["GP"], None), (2, "G0283", 1, ["GP"], None), (4, "97116", 2, ["GP"], None)],
         {"rel": "Employee"}),
        ("Celeste Okafor-Lind", "PT-20944", "7026-0114-5538", "Crossbridge Physical Therapy PC",
         [(1, "97163", 1, ["GP"], None), (3, "97112", 2, ["GP", "KX"], None), (3, "97530", 1, ["GP"], None),
          (8, "0552T", 1, [], "PR")], {"rel": "Spouse"}),
        ("Noor Okafor-Lind", "SLH-7719", "7026-0120-0082", "Harborview Speech & Hearing",
         [(1, "92523", 1, ["GN"], None), (7, "92507", 1, ["GN"], None), (14, "92507", 1, ["GN"], None),
          (21, "92507", 1, ["GN"], None)], {"rel": "Child"}),
        ("Rafferty Okafor-Lind", "OTK-33018", "7026-0121-4470", "Sunnyside Pediatric OT Group",
         [(2, "97165", 1, ["GO"], None), (9, "97530", 3, ["GO"], None), (9, "97535", 1, ["GO"], None),
          (16, "97530", 2, ["GO"], None), (16, "97112", 1, ["GO", "59"], None), (23, "97530", 2, ["GO"], None),
          (23, "99213", 1, [], None)], {"rel": "Child"}),
    ]
    claims = build_claims(spec, commercial, st)
    for cl in claims:
        for s in cl["svcs"]:
            s.remarks = ["X7"] if s.denied else ["NS"]
    cols = [Col("Line", 22, "C", None), Col(["Date of", "Service"], 50), Col(["Type", "of Svc"], 40),
            Col("Description", 104, wrap=True), Col("Procedure", 58), Col(["Days or", "Units"], 36, "C"),
            Col("Charges", 50, "R"), Col(["Excluded", "Amt"], 48, "R"), Col(["Excl", "Code"], 32, "C"),
            Col(["Eligible", "Amt"], 50, "R"), Col("Deductible", 48, "R"), Col("Copay", 40, "R"),
            Col("Coinsurance", 50, "R"), Col(["Benefit", "Paid"], 52, "R"), Col(["Patient", "Balance"], 52, "R")]
    X0, W, BOT = 30, 732, 575

    def row_vals(i, s):
        exc = s.not_covered if s.denied else s.discount
        return [str(i), dfmt(s.dos, "mdyn"), TYPE[s.code[:2]], s.desc, cfmt(s.code, s.mods, "-", "-"),
                units_str(s.units), money(s.billed, ","), money(exc, ","), s.remarks[0],
                money(s.allowed, ","), money(s.deductible, ","), money(s.copay, ","), money(s.coinsurance, ","),
                money(s.paid, ","), money(s.owes, ",")]

    def page_top(first):
        cv.new_page()
        cv.text(30, 36, "Lakeshore Benefit Trust", "Times", 15, True)
        cv.text(30, 47, "Administered by Pell & Ardmore Claims Services, 2200 Quarry Point Dr, Suite 410, Maple Ridge, WI 53920",
                "Times", 7.5)
        cv.text(762, 36, "STATEMENT OF BENEFITS PAID", "Times", 12, True, "R")
        cv.text(762, 47, f"Page {cv.page} of {NP[0]}", "Times", 7.5, False, "R")
        cv.line(30, 53, 762, 53, 1.2)
        if not first:
            return 64
        cv.text(30, 66, "Employee: Dwayne Okafor-Lind      Employee ID: LBT-0093381      Group: Maple Ridge School District",
                "Times", 8.5)
        cv.text(30, 77, "Statement Date: January 30, 2026      Payment issued to: the provider(s) listed below", "Times", 8.5)
        cv.text(30, 90, "This statement is for your information. Amounts under Patient Balance are what the provider may bill you.",
                "Times", 7.5)
        return 100

    lines, crec = [], []
    y = page_top(True)
    planted = None
    for ci, cl in enumerate(claims):
        def box(yy, cont):
            cv.rect(X0, yy, W, 24, fill=0.92)
            cv.text(X0 + 4, yy + 9, f"Patient: {cl['patient']}{'   (continued)' if cont else ''}", "Times", 8, True)
            cv.text(X0 + 230, yy + 9, f"Relationship: {cl['rel']}", "Times", 8)
            cv.text(X0 + 380, yy + 9, f"Claim No.: {cl['icn']}", "Times", 8, True)
            cv.text(X0 + 4, yy + 20, f"Provider: {cl['prov']}", "Times", 8)
            cv.text(X0 + 380, yy + 20, f"Patient Acct: {cl['acct']}", "Times", 8)
            cv.text(X0 + 560, yy + 20, "Received 01/26/2026  Paid 01/29/2026", "Times", 8)
            return put_head(cv, X0, yy + 24, cols, F, S, fill=None, grid=True)
        if y + 80 > BOT:
            y = page_top(False)
        y = box(y, False)
        cv.line(X0, y, X0 + W, y, 0.6)
        for i, s in enumerate(cl["svcs"], 1):
            nw = len(cv.wrap(s.desc, 101, F, S))
            rh = nw * (S + 1.5) + 3
            if y + rh > BOT:
                y = page_top(False)
                y = box(y, True)
                cv.line(X0, y, X0 + W, y, 0.6)
            put_cells(cv, X0, y + S + 1.5, cols, row_vals(i, s), F, S)
            y += rh
            cv.line(X0, y, X0 + W, y, 0.3)
            pr = ("billed", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes") + \
                 (("not_covered",) if s.denied else ("discount",))
            lines.append(truth_line(cv.page, s, claim_id=cl["acct"], payer_claim_id=cl["icn"], patient=cl["patient"],
                                    printed=pr, remarks=s.remarks))
        sv = cl["svcs"]
        tot = dict(billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                   patient_owes=total(sv, "owes"))
        if ci == 2:
            tot["patient_owes"] += Decimal("20.00")
            planted = f"claim-total-mismatch claim {cl['icn']}: printed Patient Balance total " \
                      f"{tot['patient_owes']} but the lines add up to {total(sv, 'owes')}"
        vals = ["", "", "", "Claim Total", "", "", money(tot["billed"], ","), "", "", money(tot["allowed"], ","),
                money(total(sv, "deductible"), ","), money(total(sv, "copay"), ","),
                money(total(sv, "coinsurance"), ","), money(tot["paid"], ","), money(tot["patient_owes"], ",")]
        put_cells(cv, X0, y + S + 2, [Col(c.head, c.w, c.align) for c in cols], vals, F, S, True)
        y += 22
        crec.append(claim_rec(cl, **tot))
    legend = [("NS", "Network savings: the amount above the network rate, which you do not owe."),
              ("X7", "Excluded: this plan does not include benefits for this service.")]
    if y + 48 > BOT:
        y = page_top(False)
    cv.text(X0 + 300, y + 4, "A $20.00 office-visit copay applies once per date of service.", "Times", 7.5)
    cv.text(X0, y + 4, "EXPLANATION CODES", "Times", 8, True)
    for k, (c, t) in enumerate(legend):
        cv.text(X0, y + 14 + 9 * k, f"{c} - {t}", "Times", 7.5)
    return finish(cv, name, lines, crec, legend, "employer plan statement of benefits paid, four family members",
                  [planted])


# ============================================================================================ m1 MSN
def m1(out: Path):
    name = "h74_m1_medicare_summary_notice.pdf"
    cv = Canvas("fpdf2", out / name)
    F, S = "DejaVuSans", 7.8
    BEN = "Eugenia P. Hartwell"
    shared = PlanState(ded_left=Decimal("64.20"))
    spec = [
        (BEN, None, "22-26-012-40715-8", ("Tamarack Valley Rehabilitation", "90 Foundry Sq, Ste 2", "Elm Crossing, KS 66411"),
         [(0, "97163", 1, ["GP"], None), (0, "97110", 2, ["GP"], None), (2, "97110", 3, ["GP"], None),
          (2, "97140", 1, ["GP"], None), (4, "97112", 2, ["GP"], None), (4, "97116", 1, ["GP"], None),
          (7, "97110", 2, ["GP", "KX"], None), (7, "G0283", 1, ["GP"], None), (9, "97112", 2, ["GP", "KX"], None)],
         {"ref": "Dr. Harlan Vesey"}),
        (BEN, None, "22-26-019-03364-1", ("Kestrel Hand Therapy Associates", "1406 Larkspur Ave", "Elm Crossing, KS 66412"),
         [(1, "97165", 1, ["GO"], None), (1, "97760", 1, ["GO"], None), (1, "L3807", 1, ["RT"], None),
          (8, "97530", 2, ["GO"], None), (8, "0552T", 1, [], "PR"), (15, "97140", 1, ["GO"], None),
          (15, "97535", 2, ["GO"], None), (22, "97530", 2, ["GO", "CO"], None), (22, "97168", 1, ["GO"], None),
          (29, "97530", 2, ["GO"], None), (29, "97110", 1, ["GO", "CO"], None)], {"ref": "Dr. Imani Castellanos"}),
        (BEN, None, "22-26-023-77180-4", ("Bluestem Speech and Swallowing Clinic", "77 Commerce Row", "Pratt Hollow, KS 66409"),
         [(3, "92523", 1, ["GN"], None), (10, "92507", 1, ["GN"], None), (10, "92526", 1, ["GN"], None),
          (17, "92507", 1, ["GN"], None), (24, "92507", 1, ["GN"], None), (24, "92526", 1, ["GN"], None),
          (31, "92507", 1, ["GN"], None), (31, "92526", 1, ["GN"], None), (38, "92507", 1, ["GN"], None)],
         {"ref": "Dr. Imani Castellanos"}),
    ]
    claims = build_claims(spec, lambda s, st: medicare(s, shared), PlanState)
    short = {"L3807": "Wrist-hand orthosis, custom fit", "92523": "Speech and language evaluation",
             "97760": "Orthotic management, training"}
    for cl in claims:
        for s in cl["svcs"]:
            s.desc = short.get(s.code, s.desc)
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    cols = [Col(["Date of", "Service"], 52), Col(["Service Provided &", "Billing Code"], 186, wrap=True),
            Col(["Service", "Approved?"], 46, "C"), Col(["Amount", "Provider", "Charged"], 58, "R"),
            Col(["Medicare-", "Approved", "Amount"], 58, "R"), Col(["Medicare", "Paid", "Provider"], 52, "R"),
            Col(["Maximum", "You May Be", "Billed"], 56, "R"), Col(["See", "Notes", "Below"], 32, "C")]
    X0, BOT = 36, 735
    allsv = [s for cl in claims for s in cl["svcs"]]

    def page_top():
        cv.new_page()
        cv.text(36, 36, f"{BEN}", F, 8, True)
        cv.text(36, 46, "Medicare Number XXX-XX-4471A", F, 7)
        cv.text(576, 36, "Medicare Summary Notice for Part B (Medical Insurance)", F, 8.5, True, "R")
        cv.text(576, 46, f"February 3, 2026 · Page {cv.page} of {NP[0]}", F, 7, False, "R")
        cv.line(36, 52, 576, 52, 0.8)
        return 66

    cv.new_page()
    cv.text(36, 50, "Medicare Summary Notice", F, 20, True)
    cv.text(36, 64, "for Part B (Medical Insurance)", F, 11)
    cv.text(36, 78, "A summary of the Part B claims Medicare processed for you. THIS IS NOT A BILL.", F, 8)
    cv.text(36, 104, BEN.upper(), F, 8)
    cv.text(36, 114, "2719 PRAIRIE WREN LN", F, 8)
    cv.text(36, 124, "ELM CROSSING KS 66411-3307", F, 8)
    cv.rect(330, 92, 246, 62, fill=0.92)
    cv.text(338, 104, "Dates of service: November 1, 2025 - January 31, 2026", F, 7)
    cv.text(338, 116, "Medicare Number XXX-XX-4471A", F, 7)
    cv.text(338, 128, "If you have questions, call your Medicare help line", F, 7)
    cv.text(338, 140, "(toll-free, 24 hours a day).", F, 7)
    cv.rect(36, 170, 260, 110)
    cv.text(44, 186, "Your Deductible Status", F, 11, True)
    cv.text(44, 202, "Your deductible is what you must pay each year for", F, 7.5)
    cv.text(44, 212, "Part B services before Medicare begins to pay.", F, 7.5)
    cv.text(44, 228, "You have now met your 2026 Part B deductible.", F, 7.5, True)
    cv.rect(316, 170, 260, 110)
    cv.text(324, 186, "Your Claims & Costs This Period", F, 11, True)
    cv.text(324, 204, "Did Medicare approve all services?", F, 7.5)
    cv.text(568, 204, "NO", F, 7.5, True, "R")
    cv.text(324, 218, "Number of services Medicare denied", F, 7.5)
    cv.text(568, 218, "1", F, 7.5, True, "R")
    cv.text(324, 236, "Total you may be billed", F, 7.5)
    cv.text(568, 236, money(total(allsv, "owes"), "$"), F, 9, True, "R")
    cv.text(36, 304, "Providers with claims this period", F, 10, True)
    for k, cl in enumerate(claims):
        cv.text(44, 320 + 12 * k, f"{dfmt(cl['svcs'][0].dos, 'month')} - {cl['prov'][0]}", F, 7.5)
    cv.text(36, 372, "Be informed: review your notice for services you did not receive. Report anything suspicious.",
            F, 7.5)
    cv.text(36, 740, "Keep this notice for your records. Your claims for Part B start on the next page.", F, 7)

    lines, crec = [], []
    y = page_top()
    cv.text(36, y, "Your Claims for Part B (Medical Insurance)", F, 11, True)
    y += 10
    for cl in claims:
        def head(yy, cont):
            cv.rect(X0, yy, 540, 34, fill=0.9)
            p = cl["prov"]
            cv.text(X0 + 5, yy + 10, p[0] + (" (continued)" if cont else ""), F, 7.5, True)
            cv.text(X0 + 5, yy + 19, f"{p[1]}, {p[2]}", F, 7)
            cv.text(X0 + 5, yy + 28, f"Referred by: {cl['ref']}", F, 7)
            cv.text(X0 + 300, yy + 10, f"Claim number {cl['icn']}", F, 7.5, True)
            cv.text(X0 + 300, yy + 19, "Service provider agreed to accept", F, 7)
            cv.text(X0 + 300, yy + 28, "Medicare's approved amount", F, 7)
            return put_head(cv, X0, yy + 36, cols, F, S - 0.6) + 1
        if y + 90 > BOT:
            y = page_top()
        y = head(y, False)
        for s in cl["svcs"]:
            txt = f"{s.desc} ({s.code})"
            nw = len(cv.wrap(txt, 183, F, S))
            rh = nw * (S + 1.5) + 3
            if y + rh > BOT:
                y = page_top()
                y = head(y, True)
            put_cells(cv, X0, y + S + 1, cols, [dfmt(s.dos, "mdy4"), txt, "No" if s.denied else "Yes",
                                               money(s.billed, "$"), money(s.allowed, "$"), money(s.paid, "$"),
                                               money(s.owes, "$"), ", ".join(s.remarks)], F, S)
            y += rh
            cv.line(X0, y, X0 + 540, y, 0.2)
            lines.append(truth_line(cv.page, s, claim_id=None, payer_claim_id=cl["icn"], patient=BEN,
                                    printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                                    modifiers=False, remarks=s.remarks))
        sv = cl["svcs"]
        tot = dict(billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                   patient_owes=total(sv, "owes"))
        put_cells(cv, X0, y + S + 2, [Col(c.head, c.w, c.align) for c in cols],
                  ["", "Total for this claim", "", money(tot["billed"], "$"), money(tot["allowed"], "$"),
                   money(tot["paid"], "$"), money(tot["patient_owes"], "$"), ""], F, S, True)
        y += 24
        crec.append({"claim_id": None, "payer_claim_id": cl["icn"], "patient": BEN, "totals": claim_totals(**tot)})
    legend = [("A", "Medicare paid the provider 80% of the approved amount, less a small required payment reduction."),
              ("B", "Part of this approved amount went toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this service. You signed a notice that you would pay for it.")]
    if y + 50 > BOT:
        y = page_top()
    cv.text(X0, y + 4, "Notes for Claims Above", F, 9, True)
    for k, (c, t) in enumerate(legend):
        cv.text(X0, y + 16 + 10 * k, f"{c}  {t}", F, 7)
    return finish(cv, name, lines, crec, legend, "Medicare Summary Notice Part B, three providers", [])


# ============================================================================================ m2 MA EOB
def ma_plan(s: Svc, st: PlanState) -> Svc:
    if s.denied:
        s.not_covered = s.billed
        s.owes = s.billed if s.denied == "PR" else ZERO
        return s
    from eobgen import SCHED
    s.allowed = q(Decimal(SCHED[s.code]) * s.units)
    if s.dos not in st.copaid:
        st.copaid.add(s.dos)
        s.copay = min(st.visit_copay, s.allowed)
    s.paid = s.allowed - s.copay
    s.owes = s.copay
    return s


def m2(out: Path):
    name = "h74_m2_medicare_advantage_eob.pdf"
    cv = Canvas("reportlab", out / name)
    F, S = "LiberationSerif", 7.6
    MEM = "Bartholomew J. Ashgrove"
    spec = [
        (MEM, "ACC-4410982", "MA2601-338107", "Ridgeline Outpatient Therapy",
         [(0, "97161", 1, ["GP"], None), (0, "97110", 2, ["GP"], None), (2, "97116", 2, ["GP"], None),
          (2, "97140", 1, ["GP", "59"], None), (4, "97110", 3, ["GP", "KX"], None), (7, "97112", 2, ["GP"], None),
          (7, "97530", 1, ["GP", "CQ"], None), (9, "97110", 2, ["GP", "CQ"], None), (11, "97116", 1, ["GP"], None)],
         {}),
        (MEM, "ACC-4410990", "MA2601-338552", "Ridgeline Outpatient Therapy",
         [(14, "97110", 2, ["GP"], None), (14, "G0283", 1, ["GP"], None), (16, "97140", 1, ["GP"], None),
          (16, "0552T", 1, [], "CO"), (18, "97112", 2, ["GP"], None), (21, "97110", 2, ["GP", "KX"], None),
          (21, "97530", 2, ["GP"], None), (23, "97116", 2, ["GP"], None), (23, "97140", 1, ["GP"], None),
          (25, "97110", 2, ["GP"], None), (25, "97112", 1, ["GP"], None), (28, "97530", 1, ["GP"], None)],
         {}),
        (MEM, "CPH-07731", "MA2601-341960", "Clearwater Primary Care Partners",
         [(6, "99213", 1, [], None)], {}),
        (MEM, "SP-55102", "MA2601-344218", "Lantern Speech & Cognitive Therapy",
         [(10, "92523", 1, ["GN"], None), (17, "97129", 2, ["GN"], None), (24, "97129", 2, ["GN"], None),
          (24, "92507", 1, ["GN"], None)], {}),
    ]
    copaid = PlanState(visit_copay=Decimal("25.00"))
    claims = build_claims(spec, lambda s, st: ma_plan(s, copaid), PlanState)
    for cl in claims:
        for s in cl["svcs"]:
            s.remarks = ["4"] if s.denied else (["1"] if s.copay else ["2"])
    cols = [Col("Date", 58), Col("Service and code", 170, wrap=True), Col("Qty", 26, "C"),
            Col(["Provider", "charged"], 56, "R"), Col(["Plan-", "approved"], 56, "R"), Col(["Plan", "paid"], 54, "R"),
            Col(["Your", "share"], 54, "R"), Col("Note", 30, "C")]
    X0, W, BOT = 54, 504, 735

    def page_top(first):
        cv.new_page()
        cv.rect(36, 24, 540, 30, fill=0.25, stroke=False)
        cv.text(44, 43, "Summit Evergreen Medicare Advantage (HMO)", "LiberationSerif", 13, True, gray=1.0)
        cv.text(568, 43, f"Page {cv.page} of {NP[0]}", "LiberationSerif", 8, False, "R", gray=1.0)
        cv.text(36, 68, f"Explanation of Benefits for {MEM} · Member ID SEM-60219977-01 · January 2026",
                "LiberationSerif", 8)
        if not first:
            return 84
        cv.text(36, 86, "Your Medicare Advantage Explanation of Benefits (EOB)", "LiberationSerif", 12, True)
        cv.text(36, 99, "This notice tells you about the medical care you got and what the plan paid. It is not a bill.",
                "LiberationSerif", 8)
        cv.rect(36, 108, 540, 60)
        cv.text(44, 121, "Your costs for medical care", "LiberationSerif", 9, True)
        allsv = [s for cl in claims for s in cl["svcs"]]
        for k, (lab, a, b) in enumerate((("Total cost of your care", total(allsv, "allowed") + Decimal("1204.35"),
                                         total(allsv, "allowed")),
                                        ("Plan's share", Decimal("951.40") + total(allsv, "paid"), total(allsv, "paid")),
                                        ("Your share", Decimal("175.00") + total(allsv, "owes"), total(allsv, "owes")))):
            cv.text(44, 134 + 10 * k, lab, "LiberationSerif", 8)
            cv.text(420, 134 + 10 * k, f"This month {money(b, '$')}", "LiberationSerif", 8, False, "R")
            cv.text(568, 134 + 10 * k, f"Year to date {money(a, '$')}", "LiberationSerif", 8, False, "R")
        cv.text(36, 186, "Your medical claims in detail", "LiberationSerif", 11, True)
        return 196

    lines, crec = [], []
    y = page_top(True)
    for ci, cl in enumerate(claims):
        def head(yy, cont):
            cv.line(X0 - 18, yy, X0 + W, yy, 1.0)
            cv.text(X0 - 18, yy + 11, f"Claim # {cl['icn']}  |  Provider: {cl['prov']}  |  Your provider's account # "
                                      f"{cl['acct']}" + ("  (continued)" if cont else ""), F, 8, True)
            cv.text(X0 - 18, yy + 21, "Claim received 01/27/2026 · Processed 01/30/2026 · Status: processed",
                    F, 7.5)
            return put_head(cv, X0, yy + 25, cols, F, S - 0.4, fill=0.88) + 1
        if y + 80 > BOT:
            y = page_top(False)
        y = head(y, False)
        for s in cl["svcs"]:
            txt = f"{cfmt(s.code, s.mods)} · {s.desc}"
            nw = len(cv.wrap(txt, 167, F, S))
            rh = nw * (S + 1.6) + 3
            if y + rh > BOT:
                y = page_top(False)
                y = head(y, True)
            put_cells(cv, X0, y + S + 1, cols, [dfmt(s.dos, "mon"), txt, units_str(s.units), money(s.billed, "$"),
                                               money(s.allowed, "$"), money(s.paid, "$"), money(s.owes, "$"),
                                               s.remarks[0]], F, S)
            y += rh
            lines.append(truth_line(cv.page, s, claim_id=cl["acct"], payer_claim_id=cl["icn"], patient=MEM,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks))
        sv = cl["svcs"]
        tot = dict(billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                   patient_owes=total(sv, "owes"))
        cv.line(X0, y, X0 + W, y, 0.4)
        put_cells(cv, X0, y + S + 2, [Col(c.head, c.w, c.align) for c in cols],
                  ["", "Claim total", "", money(tot["billed"], "$"), money(tot["allowed"], "$"), money(tot["paid"], "$"),
                   money(tot["patient_owes"], "$"), ""], F, S, True)
        y += 26
        crec.append({"claim_id": cl["acct"], "payer_claim_id": cl["icn"], "patient": MEM, "totals": claim_totals(**tot)})
    legend = [("1", "You pay a $25.00 copay for each outpatient therapy or office visit day."),
              ("2", "The plan paid this service in full; your visit copay was applied to another line that day."),
              ("4", "This service is not covered by the plan. The provider may not bill you for it.")]
    if y + 46 > BOT:
        y = page_top(False)
    cv.text(36, y + 4, "Notes", F, 9, True)
    for k, (c, t) in enumerate(legend):
        cv.text(36, y + 16 + 10 * k, f"{c}  {t}", F, 7.5)
    return finish(cv, name, lines, crec, legend, "Medicare Advantage HMO member EOB, four claims", [])


# ============================================================================================ d1 Medicaid legacy RA
def d1(out: Path):
    name = "h74_d1_medicaid_legacy_ra.pdf"
    cv = Canvas("fpdf2", out / name, landscape=True)
    F, S, LH = "DejaVuMono", 7.4, 11.0
    ADJ_ALL[name] = True
    EOB = {"45": "0127", "197": "0418"}

    def mk(day, code, units, mods, denied=None, span=0):
        s = Svc(dd(day), code, units, tuple(mods), end=dd(day + span), denied=denied)
        medicaid(s)
        s.remarks = [EOB["197" if denied else "45"]] if (denied or s.discount) else []
        return s

    recips = [
        ("VANTERPOOL, JOSIAH", "71002938845", "BPT-0412", "2026034118820001", "PAID",
         [mk(0, "97165", 1, ["GO"]), mk(0, "97530", 8, ["GO"], span=4), mk(7, "97535", 4, ["GO"], span=4),
          mk(7, "97110", 2, ["GO", "59"])]),
        ("LINDQVIST-MBEKI, SAGE", "71008830561", "BPT-0447", "2026034118820005", "PAID",
         [mk(1, "97166", 1, ["GO"]), mk(3, "97530", 2, ["GO"]), mk(3, "97112", 1, ["GO", "59"]),
          mk(8, "97530", 3, ["GO"]), mk(10, "97535", 2, ["GO"]), mk(15, "97530", 2, ["GO"]),
          mk(17, "97129", 2, ["GO"]), mk(22, "97168", 1, ["GO"])]),
        ("ABERNATHY-COLE, MAISIE", "71004417302", "BPT-0433", "2026034118820002", "PAID",
         [mk(1, "92523", 1, ["GN"]), mk(3, "92507", 1, ["GN"]), mk(8, "92507", 1, ["GN"]), mk(10, "92507", 1, ["GN"]),
          mk(14, "92507", 1, ["GN"]), mk(15, "92526", 1, ["GN"]), mk(17, "92507", 1, ["GN"]),
          mk(21, "92507", 1, ["GN"]), mk(22, "92526", 1, ["GN"]), mk(24, "92507", 1, ["GN"]),
          mk(28, "92507", 1, ["GN"]), mk(29, "92526", 1, ["GN"]), mk(31, "92507", 1, ["GN"]),
          mk(35, "92507", 1, ["GN"])]),
        ("OYELARAN, TEMI", "71009925160", "BPT-0458", "2026034118820003", "PAID",
         [mk(2, "97161", 1, ["GP"]), mk(2, "97112", 4, ["GP"], span=7), mk(9, "97116", 2, ["GP"]),
          mk(9, "97110", 3, ["GP"]), mk(16, "97760", 1, ["GO"]), mk(16, "L3807", 1, ["LT"]),
          mk(21, "97112", 2, ["GP"]), mk(21, "97110", 2, ["GP", "KX"]), mk(23, "97116", 3, ["GP"], span=5)]),
        ("DRISCOLL, FENWICK", "71001180447", "BPT-0460", "2026034118820004", "DENIED",
         [mk(4, "97530", 2, ["GO"], "CO"), mk(4, "97150", 1, ["GO"], "CO")]),
    ]
    orig = [mk(-20, "97530", 3, ["GO"]), mk(-20, "97140", 2, ["GO"])]
    voided = [negate(x) for x in orig]
    for a, b in zip(voided, orig):
        a.remarks = ["0992"]
    repl = [mk(-20, "97530", 4, ["GO"]), mk(-20, "97140", 2, ["GO"])]
    adj_claims = [("QUARSHIE, ELODIE", "71006652219", "BPT-0299", "2026034118830011", "VOID", voided),
                  ("QUARSHIE, ELODIE", "71006652219", "BPT-0299", "2026034118830012", "REPLACEMENT", repl)]

    def m(d):
        return money(d, ",", "trail")

    hdr = (f"{'LN':>3} {'FROM-DATE':<9} {'TO-DATE':<9} {'PROC':<6} {'MODIFIERS':<12}{'QTY':>7} {'BILLED-AMT':>12} "
           f"{'ALLOWED-AMT':>12} {'PAID-AMT':>11}  {'ADJ-RSN':<8}{'ADJ-AMT':>10}  {'RMK':<5}")

    def row(i, s):
        g, r, a = s.adjs[0] if s.adjs else ("", "", None)
        return (f"{i:>3} {s.dos:%m%d%Y}  {s.end:%m%d%Y}  {s.code:<6} {' '.join(s.mods):<12}"
                f"{s.units:>7.2f} {m(s.billed):>12} {m(s.allowed):>12} {m(s.paid):>11}  "
                f"{(g + '-' + r) if g else '':<8}{m(a) if a is not None else '':>10}  {' '.join(s.remarks):<5}")

    lines, crec = [], []
    BOT = 580
    state = {"y": 0}

    def page_top():
        cv.new_page()
        t = cv.text
        t(30, 28, "STATE OF NORTH VALE - DEPARTMENT OF HEALTH CARE SERVICES - MEDICAL ASSISTANCE PROGRAM", F, 7.5, True)
        t(762, 28, "REMITTANCE ADVICE", F, 7.5, True, "R")
        t(30, 38, f"PROVIDER: BRIGHTPATH PEDIATRIC THERAPY LLC   PROVIDER ID: 0049182270   RA NO: 2026-0204-00317   "
                  f"EFT DATE: 02/04/2026   PAGE: {cv.page} OF {NP[0]}", F, S)
        t(30, 47, "-" * 158, F, S)
        state["y"] = 58

    def emit(txt, bold=False):
        if state["y"] + LH > BOT:
            page_top()
        cv.text(30, state["y"], txt, F, S, bold)
        state["y"] += LH

    page_top()
    sections = [("*** CLAIM STATUS: PAID ***", [r for r in recips if r[4] == "PAID"]),
                ("*** CLAIM STATUS: DENIED ***", [r for r in recips if r[4] == "DENIED"]),
                ("*** CLAIM STATUS: ADJUSTMENT (VOID / REPLACEMENT) ***", adj_claims)]
    for title, group in sections:
        if state["y"] + 5 * LH > BOT:
            page_top()
        emit(title, True)
        for nm, mid, acct, icn, status, svcs in group:
            if state["y"] + 5 * LH > BOT:
                page_top()
            headline = f"RECIPIENT: {nm:<24} MEDICAID ID: {mid}   PATIENT NO: {acct:<10} ICN: {icn}   STATUS: {status}"
            emit(headline, True)
            emit(hdr)
            for i, s in enumerate(svcs, 1):
                if state["y"] + LH > BOT:
                    page_top()
                    emit(headline + "   ** CONTINUED **", True)
                    emit(hdr)
                emit(row(i, s))
                lines.append(truth_line(cv.page, s, claim_id=acct, payer_claim_id=icn, patient=nm,
                                        printed=("billed", "allowed", "paid"), service_end=s.end,
                                        adjustments=s.adjs, remarks=s.remarks))
            tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
            emit(f"{'':>3} {'CLAIM TOTAL':<45}{m(tb):>12} {m(ta):>12} {m(tp):>11}", True)
            emit("")
            crec.append({"claim_id": acct, "payer_claim_id": icn, "patient": nm,
                         "totals": claim_totals(billed=tb, allowed=ta, paid=tp)})
    legend = [("0127", "Paid at the program's maximum fee for this procedure."),
              ("0418", "Service requires a prior authorization that is not on file for these dates."),
              ("0992", "Claim voided at provider request; see the replacement claim that follows.")]
    allsv = [s for r in recips + adj_claims for s in r[5]]
    if state["y"] + 9 * LH > BOT:
        page_top()
    emit("*** RA SUMMARY ***", True)
    emit(f"CLAIMS PAID: 4   DENIED: 1   ADJUSTED: 2   TOTAL BILLED: {m(total(allsv, 'billed'))}   "
         f"TOTAL PAID: {m(total(allsv, 'paid'))}   NET EFT AMOUNT: {m(total(allsv, 'paid'))}")
    emit("")
    emit("EOB CODE DESCRIPTIONS", True)
    for c, t in legend:
        emit(f"{c}  {t.upper()}")
    return finish(cv, name, lines, crec, legend, "state Medicaid legacy remittance advice", [])


# ============================================================================================ d2 Medicaid register
def d2(out: Path):
    name = "h74_d2_medicaid_ra_register.pdf"
    cv = Canvas("reportlab", out / name, landscape=True)
    F, S = "Helvetica", 6.6

    def mk(day, code, units, mods, denied=None, copay=ZERO):
        s = Svc(dd(day), code, units, tuple(mods), denied=denied)
        medicaid(s)
        if copay and not denied:
            s.copay = copay
            s.paid = s.allowed - copay
        s.remarks = ["E202"] if denied else (["E010", "E033"] if copay else ["E010"])
        return s

    C = [("Keziah Montclair", "NV0082291407", "2603510044718", "TC-1187",
          [mk(0, "97163", 1, ["GP"]), mk(0, "97110", 2, ["GP"]), mk(2, "97140", 2, ["GP"]),
           mk(2, "97530", 1, ["GP"]), mk(4, "97110", 3, ["GP"]), mk(4, "99213", 1, [], copay=Decimal("3.00"))]),
         ("Lionel Montclair", "NV0082291415", "2603510044726", "TC-1188",
          [mk(1, "97165", 1, ["GO"]), mk(3, "97530", 2, ["GO"]), mk(8, "97535", 2, ["GO"]), mk(10, "97530", 3, ["GO"])]),
         ("Priya Venkataraman", "NV0090117365", "2603510044734", "TC-1201",
          [mk(1, "92523", 1, ["GN"]), mk(8, "92507", 1, ["GN"]), mk(15, "92507", 1, ["GN"]),
           mk(22, "92507", 1, ["GN"])]),
         ("Augustin Ferreira", "NV0071034528", "2603510044742", "TC-1214",
          [mk(6, "0552T", 1, [], "CO"), mk(6, "97112", 2, ["GP", "59"], "CO")]),
         ("Hollis Beaumont", "NV0066201873", "2603510044759", "TC-1220",
          [mk(3, "97161", 1, ["GP"]), mk(5, "97116", 2, ["GP"]), mk(5, "97112", 2, ["GP", "KX"]),
           mk(9, "97110", 2, ["GP", "CQ"]), mk(12, "97116", 2, ["GP"]), mk(12, "G0283", 1, ["GP"])]),
         ("Wren Oduya-Park", "NV0095530042", "2603510044767", "TC-1233",
          [mk(2, "97166", 1, ["GO"]), mk(9, "97530", 2, ["GO"]), mk(9, "97129", 1, ["GO"]),
           mk(16, "97530", 2, ["GO"]), mk(16, "97760", 1, ["GO"]), mk(23, "97530", 2, ["GO"])])]
    cols = [Col(["Recipient", "Name"], 80), Col(["Recipient", "ID"], 58), Col("ICN", 62), Col(["Pt", "Acct"], 38),
            Col("Line", 22, "C"), Col("DOS", 46), Col("Proc", 32), Col("Mod1", 24), Col("Mod2", 24),
            Col("Units", 28, "R"), Col(["Billed", "Amount"], 46, "R"), Col(["Allowed", "Amount"], 46, "R"),
            Col(["Recipient", "Copay"], 40, "R"), Col(["Paid", "Amount"], 46, "R"), Col("Status", 40),
            Col(["EOB", "Codes"], 50)]
    X0, W = 30, sum(c.w for c in cols)
    lines, crec = [], []
    cv.new_page()
    cv.text(30, 34, "North Vale Medicaid", "Helvetica-Bold" if False else F, 14, True)
    cv.text(30, 45, "Remittance Advice - Professional Claims", F, 9)
    cv.text(762, 34, "Payee: Stonebridge Community Therapy Center", F, 8, True, "R")
    cv.text(762, 45, "Payee NPI 1487720391 · Medicaid Provider No. 004419028 · RA Date 02/06/2026", F, 7.5, False, "R")
    cv.rect(560, 54, 202, 44, fill=0.93)
    allsv = [s for c in C for s in c[4]]
    cv.text(566, 65, "Payment Summary", F, 8, True)
    cv.text(566, 76, f"Claims on this RA: {len(C)}   Service lines: {len(allsv)}", F, 7)
    cv.text(566, 86, f"Total billed {money(total(allsv, 'billed'), '$')}   Total paid {money(total(allsv, 'paid'), '$')}",
            F, 7)
    cv.text(566, 95, "EFT trace 8840021376 · Page 1 of 1", F, 7)
    cv.text(30, 64, "Claims are listed in ICN order. Every service line repeats its recipient and claim identifiers.",
            F, 7)
    cv.text(30, 74, "A recipient copay, when charged, is subtracted from the allowed amount before payment.", F, 7)
    y = put_head(cv, X0, 104, cols, F, S, fill=0.8) + 1
    k = 0
    for nm, rid, icn, acct, svcs in C:
        for i, s in enumerate(svcs, 1):
            if k % 2:
                cv.rect(X0, y, W, S + 3.5, fill=0.94, stroke=False)
            k += 1
            mods = list(s.mods) + ["", ""]
            put_cells(cv, X0, y + S + 1, cols,
                      [nm, rid, icn, acct, str(i), dfmt(s.dos, "mdy4").replace("/", "-"), s.code, mods[0], mods[1],
                       f"{s.units:.2f}", money(s.billed, ","), money(s.allowed, ","), money(s.copay, ","),
                       money(s.paid, ","), "Denied" if s.denied else "Paid", " ".join(s.remarks)], F, S)
            y += S + 3.5
            lines.append(truth_line(1, s, claim_id=acct, payer_claim_id=icn, patient=nm,
                                    printed=("billed", "allowed", "copay", "paid"), remarks=s.remarks))
        tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
        cv.line(X0, y, X0 + W, y, 0.4)
        put_cells(cv, X0, y + S + 1.5, [Col(c.head, c.w, c.align) for c in cols],
                  ["", "", f"Claim {icn} subtotal", "", "", "", "", "", "", "", money(tb, ","), money(ta, ","),
                   money(total(svcs, "copay"), ","), money(tp, ","), "", ""], F, S, True)
        y += S + 8
        crec.append({"claim_id": acct, "payer_claim_id": icn, "patient": nm,
                     "totals": claim_totals(billed=tb, allowed=ta, paid=tp)})
    legend = [("E010", "Paid according to the Medicaid fee schedule."),
              ("E033", "Recipient copay deducted from the payment."),
              ("E202", "Service is not a benefit for this recipient's eligibility category.")]
    y += 10
    cv.text(X0, y, "EOB code explanations", F, 8, True)
    for j, (c, t) in enumerate(legend):
        cv.text(X0, y + 11 + 9 * j, f"{c}   {t}", F, 7)
    return finish(cv, name, lines, crec, legend, "state Medicaid professional RA register", [])


# ============================================================================================ p1 SPR reprint
def p1(out: Path):
    name = "h74_p1_medicare_spr_reprint.pdf"
    cv = Canvas("reportlab", out / name)
    F, S, LH = "Courier", 6.8, 9.2
    ADJ_ALL[name] = True
    PERF = "1104882736"
    bens = [("HARTWELL, EUGENIA", "4KT7XW2MN81", "TVR20260105A", "2226012407158", Decimal("0.00"),
             [(0, "97163", 1, ["GP"]), (0, "97110", 2, ["GP"]), (2, "97140", 1, ["GP"]), (2, "97112", 2, ["GP"])]),
            ("MORCOMBE, ALISTAIR", "7RD2QP9HE44", "TVR20260106C", "2226012407166", Decimal("40.00"),
             [(1, "97161", 1, ["GP"]), (1, "97116", 2, ["GP"]), (3, "97110", 3, ["GP"]), (3, "G0283", 1, ["GP"]),
              (6, "97110", 2, ["GP", "KX"]), (6, "97140", 1, ["GP", "59"]), (8, "97112", 2, ["GP", "KX"]),
              (8, "97530", 1, ["GP", "CQ"]), (10, "97110", 2, ["GP", "CQ"]), (13, "97116", 2, ["GP"]),
              (13, "97140", 1, ["GP"]), (15, "97110", 2, ["GP"]), (15, "0552T", 1, [], "CO")]),
            ("NAKASHIMA-REYES, DOLORES", "9AF3MT6KJ20", "TVR20260107B", "2226012407174", Decimal("0.00"),
             [(2, "97165", 1, ["GO"]), (2, "97530", 2, ["GO"]), (9, "97535", 2, ["GO"]), (9, "97760", 1, ["GO"]),
              (16, "97530", 2, ["GO", "CO"]), (16, "97168", 1, ["GO"])]),
            ("PEMBERTON, ARCHIBALD", "2WQ8HN5TR63", "TVR20260108D", "2226012407182", Decimal("0.00"),
             [(5, "92523", 1, ["GN"]), (12, "92507", 1, ["GN"]), (19, "92507", 1, ["GN"]), (19, "92526", 1, ["GN"])])]
    claims = []
    for nm, mid, acct, icn, ded, rows in bens:
        st = PlanState(ded_left=ded)
        sv = []
        for r in rows:
            sv2 = Svc(dd(r[0]), r[1], r[2], tuple(r[3]), end=dd(r[0]), denied=r[4] if len(r) > 4 else None)
            medicare(sv2, st)
            sv2.remarks = ["N425"] if sv2.denied else []
            sv.append(sv2)
        claims.append((nm, mid, acct, icn, sv))

    def m(d):
        return f"{d:.2f}"

    HDR = (f"{'PERF PROV':<11}{'SERV DATE':<13}{'POS':<4}{'NOS':>4}  {'PROC':<6}{'MODS':<12}{'BILLED':>9}{'ALLOWED':>10}"
           f"{'DEDUCT':>9}{'COINS':>9}  {'GRP/RC-AMT':<17}{'PROV PD':>9}")
    BOT = 750
    st = {"y": 0}

    def page_top():
        cv.new_page()
        t = cv.text
        t(36, 34, "PRAIRIEGATE GOVERNMENT HEALTH SERVICES  (MEDICARE PART B CONTRACTOR)", F, 7.5, True)
        t(36, 43, "MEDICARE REMITTANCE NOTICE  -  REPRINTED BY TALLGRASS PRACTICE SUITE 9.4 FOR INTERNAL POSTING", F, S)
        t(36, 55, "TAMARACK VALLEY REHABILITATION", F, S)
        t(340, 55, f"PROVIDER #: 1093847762    PAGE #: {cv.page} OF {NP[0]}", F, S)
        t(36, 64, "90 FOUNDRY SQ STE 2", F, S)
        t(340, 64, "DATE: 02/05/2026    CHECK/EFT #: 0004418823", F, S)
        t(36, 73, "ELM CROSSING KS 66411", F, S)
        t(36, 88, HDR, F, S, True)
        t(36, 96, "-" * 132, F, S)
        st["y"] = 107

    def emit(txt, bold=False):
        if st["y"] + LH > BOT:
            page_top()
        cv.text(36, st["y"], txt, F, S, bold)
        st["y"] += LH

    lines, crec = [], []
    page_top()
    for nm, mid, acct, icn, sv in claims:
        if st["y"] + 6 * LH > BOT:
            page_top()
        head = f"NAME {nm:<26}MID {mid:<13}ACNT {acct:<15}ICN {icn:<15}ASG Y  MOA MA01"
        emit(head, True)
        for s in sv:
            need = max(1, len(s.adjs))
            if st["y"] + need * LH > BOT:
                page_top()
                emit(head + "  (CONT)", True)
            g, r, a = s.adjs[0]
            emit(f"{PERF:<11}{s.dos:%m%d} {s.end:%m%d%y}  {'11':<4}{units_str(s.units):>4}  {s.code:<6}"
                 f"{' '.join(s.mods):<12}{m(s.billed):>9}{m(s.allowed):>10}{m(s.deductible):>9}{m(s.coinsurance):>9}  "
                 f"{g + '-' + r:<7}{m(a):>9}  {m(s.paid):>9}")
            for g, r, a in s.adjs[1:]:
                emit(" " * 90 + f"{g + '-' + r:<7}{m(a):>9}")
            if s.remarks:
                emit(" " * 11 + "REM: " + " ".join(s.remarks))
            lines.append(truth_line(cv.page, s, claim_id=acct, payer_claim_id=icn, patient=nm,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    service_end=s.end, adjustments=s.adjs, remarks=s.remarks))
        tb, ta, tp = total(sv, "billed"), total(sv, "allowed"), total(sv, "paid")
        co = sum((a for x in sv for g, r, a in x.adjs if g == "CO"), ZERO)
        emit(f"PT RESP {m(total(sv, 'owes')):>10}" + " " * 5 + f"{'CLAIM TOTALS':<19}{m(tb):>9}{m(ta):>10}"
             f"{m(total(sv, 'deductible')):>9}{m(total(sv, 'coinsurance')):>9}  {'':<7}{m(co):>9}  {m(tp):>9}")
        emit(f"ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00" + " " * 35 + f"NET {m(tp):>9}")
        emit("")
        crec.append({"claim_id": acct, "payer_claim_id": icn, "patient": nm,
                     "totals": claim_totals(billed=tb, allowed=ta, paid=tp, patient_owes=total(sv, "owes"))})
    allsv = [s for c in claims for s in c[4]]
    if st["y"] + 8 * LH > BOT:
        page_top()
    emit("TOTALS:  # OF CLAIMS  BILLED AMT  ALLOWED AMT  DEDUCT AMT  COINS AMT  TOTAL RC-AMT  PROV PD AMT  PROV ADJ AMT  CHECK AMT", True)
    emit(f"{'':9}{len(claims):>11}{m(total(allsv, 'billed')):>12}{m(total(allsv, 'allowed')):>13}"
         f"{m(total(allsv, 'deductible')):>12}{m(total(allsv, 'coinsurance')):>11}"
         f"{m(total(allsv, 'billed') - total(allsv, 'paid')):>14}{m(total(allsv, 'paid')):>13}{'0.00':>14}"
         f"{m(total(allsv, 'paid')):>11}")
    emit("")
    emit("GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", True)
    legend = [("CO", "Contractual obligation: the provider may not bill the patient for this amount."),
              ("PR", "Patient responsibility: the patient may be billed for this amount."),
              ("45", "The charge is more than the fee schedule amount."),
              ("1", "Amount applied to the patient's annual deductible."),
              ("2", "The patient's coinsurance share."),
              ("253", "The federal payment reduction taken from this payment."),
              ("50", "Medicare does not consider this service medically necessary as billed."),
              ("N425", "Statutorily excluded or not payable in this setting; see your manual."),
              ("MA01", "How to ask for a redetermination if you disagree with this decision.")]
    for c, t in legend:
        emit(f"{c:<6}{t.upper()}")
    return finish(cv, name, lines, crec, legend, "Medicare Part B standard paper remit reprinted by PM software", [])


# ============================================================================================ p2 clearinghouse
def p2(out: Path):
    name = "h74_p2_clearinghouse_claim_payment_detail.pdf"
    cv = Canvas("fpdf2", out / name, landscape=True)
    F, S = "LiberationNarrow", 7.4
    ADJ_ALL[name] = True
    pats = [("Quillfeather, Rosalind", "KHT-60311", "2226013388104", Decimal("0.00"),
             [(0, "97166", 1, ["GO"]), (0, "97530", 2, ["GO", "KX"]), (2, "97140", 1, ["GO"]),
              (2, "97760", 1, ["GO"]), (2, "L3807", 1, ["LT"])]),
            ("Szymanski, Teodor", "KHT-60328", "2226013388112", Decimal("83.00"),
             [(1, "97165", 1, ["GO"]), (3, "97530", 2, ["GO"]), (3, "97535", 1, ["GO", "CO"]),
              (8, "97110", 2, ["GO", "KX"]), (8, "0552T", 1, [], "CO")]),
            ("Abernethy, Louisa Mae", "KHT-60335", "2226013388120", Decimal("0.00"),
             [(4, "97168", 1, ["GO"]), (4, "97112", 2, ["GO", "59"]), (11, "97530", 3, ["GO"]),
              (11, "G0283", 1, ["GO"])]),
            ("Oyelowo, Babatunde", "KHT-60342", "2226013388138", Decimal("0.00"),
             [(5, "99213", 1, ["25"]), (5, "97140", 1, ["GP"]), (12, "97110", 2, ["GP"]), (12, "97116", 2, ["GP"])])]
    claims = []
    for nm, acct, icn, ded, rows in pats:
        st = PlanState(ded_left=ded)
        sv = []
        for r in rows:
            x = Svc(dd(r[0]), r[1], r[2], tuple(r[3]), denied=r[4] if len(r) > 4 else None)
            medicare(x, st)
            x.remarks = ["N115"] if x.denied else (["N807"] if "KX" in x.mods else [])
            sv.append(x)
        claims.append((nm, acct, icn, sv))
    cols = [Col("Svc Date", 52), Col("Proc", 36), Col("Mods", 44), Col("Units", 30, "R"), Col("Charge", 52, "R"),
            Col("Allowed", 52, "R"), Col("Deductible", 52, "R"), Col("Coinsurance", 54, "R"),
            Col("Adjustments (Group/Reason Amount)", 210), Col("Remarks", 50), Col("Paid", 56, "R")]
    X0, W = 36, sum(c.w for c in cols)
    lines, crec = [], []
    cv.new_page()
    cv.text(36, 36, "ClearPath Exchange", F, 14, True)
    cv.text(36, 47, "Remittance viewer · Claim Payment Detail", F, 8)
    cv.text(756, 36, "Payer: Prairiegate Government Health Services - Medicare Part B", F, 8, True, "R")
    cv.text(756, 47, "Payee: Kestrel Hand Therapy Associates · NPI 1730559214 · TIN on file", F, 8, False, "R")
    cv.rect(36, 56, 720, 24, fill=0.93)
    allsv = [x for c in claims for x in c[3]]
    cv.text(42, 66, f"Check/EFT #: 0004420977   Payment Date: 02/06/2026   Payment Method: ACH   "
                    f"Payment Amount: {money(total(allsv, 'paid'), '$')}   Claims: {len(claims)}", F, 8)
    cv.text(42, 75, "Printed 02/07/2026 09:14 by user kbarrow · Page 1 of 1", F, 7)
    y = 92
    for nm, acct, icn, sv in claims:
        cv.rect(X0, y, W, 13, fill=0.82, stroke=False)
        tb, tp = total(sv, "billed"), total(sv, "paid")
        cv.text(X0 + 4, y + 9, f"Patient: {nm}    Patient Control #: {acct}    Payer Claim Control #: {icn}    "
                               f"Status: Processed as Primary    Claim Charge: {money(tb, '$')}    "
                               f"Claim Paid: {money(tp, '$')}", F, S, True)
        y = put_head(cv, X0, y + 14, cols, F, S) + 1
        cv.line(X0, y, X0 + W, y, 0.4)
        for x in sv:
            adj = " | ".join(f"{g}{r} {a:.2f}" for g, r, a in x.adjs)
            put_cells(cv, X0, y + S + 1.5, cols, [dfmt(x.dos, "mdy4"), x.code, ",".join(x.mods), units_str(x.units),
                                                  money(x.billed, ","), money(x.allowed, ","), money(x.deductible, ","),
                                                  money(x.coinsurance, ","), adj, " ".join(x.remarks),
                                                  money(x.paid, ",")], F, S)
            y += S + 4
            cv.line(X0, y, X0 + W, y, 0.15)
            lines.append(truth_line(1, x, claim_id=acct, payer_claim_id=icn, patient=nm,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=x.adjs, remarks=x.remarks))
        put_cells(cv, X0, y + S + 2, [Col(c.head, c.w, c.align) for c in cols],
                  ["Claim totals", "", "", "", money(tb, ","), money(total(sv, "allowed"), ","),
                   money(total(sv, "deductible"), ","), money(total(sv, "coinsurance"), ","),
                   f"Patient responsibility {money(total(sv, 'owes'), ',')}", "", money(tp, ",")], F, S, True)
        y += 22
        crec.append({"claim_id": acct, "payer_claim_id": icn, "patient": nm,
                     "totals": claim_totals(billed=tb, allowed=total(sv, "allowed"), paid=tp,
                                            patient_owes=total(sv, "owes"))})
    legend = [("CO45", "Charge above the fee schedule; provider write-off."),
              ("PR1", "Deductible the patient owes."), ("PR2", "Coinsurance the patient owes."),
              ("CO253", "Federal payment reduction."), ("CO50", "Not paid: not considered necessary as billed."),
              ("N115", "A local coverage decision applies to this service."),
              ("N807", "Therapy threshold modifier accepted; documentation may be reviewed.")]
    cv.text(X0, y + 4, "Code key", F, 8, True)
    for k, (c, t) in enumerate(legend):
        cv.text(X0 + (k % 2) * 360, y + 15 + 9 * (k // 2), f"{c}  {t}", F, 7)
    return finish(cv, name, lines, crec, legend, "clearinghouse claim payment detail of a Medicare payment", [])


# ============================================================================================ s1 clinic statement
def s1(out: Path):
    name = "h74_s1_clinic_family_statement.pdf"
    cv = Canvas("fpdf2", out / name)
    F, S = "LiberationSerif", 7.8
    GUAR = "Rosalind Achterberg-Nwosu"
    com = PlanState(ded_left=ZERO, visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.80"))
    visits = [  # visit no, patient, payer, claim no, plan, rows
        ("V-30417", "Ezra Achterberg-Nwosu", "Cascade Family Health Plan", "88C0412239", "com",
         [(0, "97165", 1, ["GO"]), (0, "97530", 2, ["GO"])]),
        ("V-30422", "Matilda Achterberg-Nwosu", "North Vale Medicaid", "2603519906621", "mcd",
         [(1, "92523", 1, ["GN"])]),
        ("V-30468", "Ezra Achterberg-Nwosu", "Cascade Family Health Plan", "88C0412871", "com",
         [(7, "97530", 2, ["GO"]), (7, "97535", 1, ["GO"]), (7, "97112", 1, ["GO", "59"])]),
        ("V-30475", "Matilda Achterberg-Nwosu", "North Vale Medicaid", "2603519907784", "mcd",
         [(8, "92507", 1, ["GN"]), (8, "92526", 1, ["GN"])]),
        ("V-30481", "Jonah Achterberg-Nwosu", "Cascade Family Health Plan", "88C0413010", "com",
         [(9, "97166", 1, ["GO"]), (9, "97150", 1, ["GO"], "PR")]),
        ("V-30519", "Ezra Achterberg-Nwosu", "Cascade Family Health Plan", "88C0413365", "com",
         [(14, "97530", 3, ["GO"]), (14, "97760", 1, ["GO"])]),
        ("V-30526", "Jonah Achterberg-Nwosu", "Cascade Family Health Plan", "88C0413402", "com",
         [(16, "97530", 2, ["GO"]), (16, "97535", 1, ["GO"]), (16, "97150", 1, ["GO"], "PR")]),
        ("V-30530", "Matilda Achterberg-Nwosu", "North Vale Medicaid", "2603519909105", "mcd",
         [(15, "92507", 1, ["GN"])]),
        ("V-30577", "Ezra Achterberg-Nwosu", "Cascade Family Health Plan", "88C0414118", "com",
         [(21, "97530", 2, ["GO"]), (21, "97140", 1, ["GO"])]),
        ("V-30584", "Jonah Achterberg-Nwosu", "Cascade Family Health Plan", "88C0414126", "com",
         [(23, "97530", 2, ["GO"]), (23, "97112", 2, ["GO"])]),
    ]
    claims = []
    for vno, pat, payer, cno, kind, rows in visits:
        sv = []
        for r in rows:
            x = Svc(dd(r[0]), r[1], r[2], tuple(r[3]), denied=r[4] if len(r) > 4 else None)
            commercial(x, com) if kind == "com" else medicaid(x)
            sv.append(x)
        claims.append((vno, pat, payer, cno, sv))
    cols = [Col("Date", 48), Col("Code", 52), Col("Description", 156, wrap=True), Col("Units", 30, "C"),
            Col("Charges", 52, "R"), Col(["Ins", "Paid"], 52, "R"), Col(["Ins", "Adj"], 52, "R"),
            Col(["Your", "Portion"], 56, "R")]
    X0, W, BOT = 42, sum(c.w for c in cols), 640
    allsv = [x for c in claims for x in c[4]]
    payment = Decimal("90.00")
    due = total(allsv, "owes") - payment

    def page_top():
        cv.new_page()
        cv.text(42, 44, "Willowmere Children's Therapy", F, 16, True)
        cv.text(42, 56, "Occupational · Speech · Feeding Therapy  |  5120 Juniper Mill Rd, Suite B, Hollis Bend, MN 55870",
                F, 7.5)
        cv.text(42, 66, "Billing questions: (555) 010-4482, Mon-Thu 8:30-4:30", F, 7.5)
        cv.rect(400, 30, 170, 46)
        for k, (a, b) in enumerate((("Statement Date", "02/02/2026"), ("Account No.", "G-118204"),
                                    ("Amount Due", money(due, "$")), ("Page", f"{cv.page} of {NP[0]}"))):
            cv.text(406, 41 + 10 * k, a, F, 7.5, True)
            cv.text(564, 41 + 10 * k, b, F, 7.5, False, "R")
        return 92

    lines, crec = [], []
    y = page_top()
    cv.text(42, y, f"Responsible party: {GUAR}", F, 8.5, True)
    cv.text(42, y + 10, "77 Tamarind Court, Hollis Bend, MN 55871", F, 8)
    y += 22
    y = put_head(cv, X0, y, cols, F, S, fill=0.88) + 1
    for vno, pat, payer, cno, sv in claims:
        if y + 14 + 2 * (S + 5) > BOT:
            cv.text(42, BOT + 14, "Continued on next page", F, 7.5)
            y = page_top()
            y = put_head(cv, X0, y, cols, F, S, fill=0.88) + 1
        cv.text(X0 + 2, y + 9, f"Visit {vno}  |  {pat}  |  Billed to {payer}, claim {cno}", F, 8, True)
        y += 12
        for x in sv:
            nw = len(cv.wrap(x.desc, 153, F, S))
            rh = nw * (S + 1.5) + 3
            put_cells(cv, X0, y + S + 1, cols, [dfmt(x.dos, "mdy2"), cfmt(x.code, x.mods, "-", "-"), x.desc,
                                               units_str(x.units), money(x.billed, ","), money(x.paid, ","),
                                               money(x.billed - x.paid - x.owes, ","), money(x.owes, ",")], F, S)
            y += rh
            lines.append(truth_line(cv.page, x, claim_id=vno, payer_claim_id=cno, patient=pat,
                                    printed=("billed", "paid", "patient_owes")))
        tb, tp, to = total(sv, "billed"), total(sv, "paid"), total(sv, "owes")
        cv.line(X0 + 282, y, X0 + W, y, 0.3)
        put_cells(cv, X0, y + S + 1, [Col(c.head, c.w, c.align) for c in cols],
                  ["", "", "Visit total", "", money(tb, ","), money(tp, ","), money(tb - tp - to, ","),
                   money(to, ",")], F, S, True)
        y += S + 8
        crec.append({"claim_id": vno, "payer_claim_id": cno, "patient": pat,
                     "totals": claim_totals(billed=tb, paid=tp, patient_owes=to)})
    cv.text(X0 + 2, y + 9, "01/30/26   Payment received - thank you (check 2291)", F, S)
    cv.text(X0 + W - 2, y + 9, money(-payment, ","), F, S, False, "R")
    y += 20
    cv.rect(X0, y, W, 26)
    for k, (a, b) in enumerate((("Current", due), ("31-60 days", ZERO), ("61-90 days", ZERO), ("Over 90", ZERO),
                                ("Amount Due", due))):
        cv.text(X0 + 8 + 98 * k, y + 10, a, F, 7.5, True)
        cv.text(X0 + 8 + 98 * k, y + 20, money(b, "$"), F, 7.5)
    y += 40
    cv.text(X0, y, "Group sessions are not a covered benefit on your Cascade plan; those charges are yours to pay.", F, 7.5)
    cv.text(X0, y + 10, "Medicaid visits carry no family balance. Your $30.00 visit copay is shown under Your Portion.",
            F, 7.5)
    # remit stub
    yy = 700
    for k in range(0, 528, 8):
        cv.line(42 + k, yy, 46 + k, yy, 0.5)
    cv.text(42, yy + 14, "Please detach and return this portion with your payment", F, 7.5, True)
    cv.text(42, yy + 26, f"Account No. G-118204    {GUAR}", F, 8)
    cv.text(42, yy + 37, "Willowmere Children's Therapy · PO Box 3318 · Hollis Bend, MN 55870-3318", F, 8)
    cv.rect(400, yy + 8, 170, 36)
    cv.text(406, yy + 20, f"Amount Due: {money(due, '$')}", F, 8.5, True)
    cv.text(406, yy + 34, "Amount Enclosed: $ __________", F, 8)
    return finish(cv, name, lines, crec, [], "therapy clinic family statement, three children", [])


# ============================================================================================ s2 hospital statement
def s2(out: Path):
    name = "h74_s2_hospital_guarantor_statement.pdf"
    cv = Canvas("reportlab", out / name)
    F, S = "DejaVuCond", 7.3
    REV = {"971": "0430", "925": "0440", "921": "0440", "9716": "0424", "99": "0510", "L3": "0274", "G0": "0420",
           "05": "0420"}

    def rev(code, mods):
        if code.startswith("9716") and "GP" in mods:
            return "0424"
        if "GP" in mods:
            return "0420"
        if "GN" in mods:
            return "0440"
        return REV.get(code[:2], REV.get(code[:3], "0430"))

    accts = [
        ("40018822391", "Gideon Farrow-Ruiz", "Cascade Family Health Plan", "77Q2026014455",
         [(0, "97163", 1, ["GP"]), (0, "97110", 2, ["GP"]), (2, "97116", 2, ["GP"]), (2, "97140", 1, ["GP"]),
          (4, "97110", 3, ["GP"]), (4, "G0283", 1, ["GP"]), (7, "97112", 2, ["GP"]), (7, "97110", 2, ["GP"]),
          (9, "97116", 2, ["GP"]), (9, "97140", 1, ["GP"]), (11, "97110", 2, ["GP"]), (11, "97112", 1, ["GP"]),
          (14, "97110", 2, ["GP"]), (14, "97116", 1, ["GP"]), (16, "97112", 2, ["GP"]), (16, "97140", 1, ["GP"]),
          (18, "97110", 2, ["GP"])], Decimal("1412.30"), Decimal("631.40")),
        ("40018822405", "Paloma Farrow-Ruiz", "Cascade Family Health Plan", "77Q2026016012",
         [(1, "97165", 1, ["GO"]), (1, "97760", 1, ["GO"]), (1, "L3807", 1, ["RT"]), (8, "97530", 2, ["GO"]),
          (8, "97140", 1, ["GO", "59"]), (15, "97530", 2, ["GO"]), (15, "97535", 1, ["GO"]), (22, "97168", 1, ["GO"])],
         Decimal("902.17"), Decimal("301.40")),
        ("40018822413", "Ignatius Farrow-Ruiz", "Cascade Family Health Plan", "77Q2026017740",
         [(3, "99213", 1, []), (3, "92523", 1, ["GN"]), (10, "92507", 1, ["GN"]), (17, "92507", 1, ["GN"]),
          (24, "92507", 1, ["GN"]), (31, "92507", 1, ["GN"]), (31, "92526", 1, ["GN"]), (38, "92507", 1, ["GN"]),
          (38, "92526", 1, ["GN"]), (45, "92507", 1, ["GN"]), (52, "92507", 1, ["GN"])],
         Decimal("1051.41"), Decimal("405.00")),
    ]
    claims = []
    for acct, pat, payer, cno, rows, ins_pd, contr in accts:
        sv = [Svc(dd(r[0]), r[1], r[2], tuple(r[3])) for r in rows]
        claims.append((acct, pat, payer, cno, sv, ins_pd, contr))
    cols = [Col("Date", 40), Col("Rev", 26), Col("CPT/HCPCS", 50), Col("Description", 150, wrap=True),
            Col("Qty", 24, "C"), Col("Charges", 60, "R")]
    X0, W, BOT = 36, sum(c.w for c in cols), 748
    balance = sum((total(c[4], "billed") - c[5] - c[6] for c in claims), ZERO)

    def page_top(first):
        cv.new_page()
        cv.text(36, 40, "St. Brendan Regional Medical Center", F, 14, True)
        cv.text(36, 51, "Patient Financial Services · 600 Harrow Bluff Pkwy · Keel Harbor, ME 04619", F, 7.5)
        cv.text(36, 61, f"Guarantor Statement · Guarantor No. 9920471 · Statement date 03/10/2026 · Page {cv.page} of "
                        f"{NP[0]}", F, 7.5)
        cv.line(36, 67, 576, 67, 0.8)
        cv.rect(430, 76, 146, 300 if first else 120, fill=0.9, stroke=False)
        if first:
            sb = [("AMOUNT DUE", True, 10), (money(balance, "$"), True, 14), ("Please pay by 03/31/2026", False, 7.5),
                  ("", False, 7), ("ACCOUNT SUMMARY", True, 8), (f"Accounts on this statement: {len(claims)}", False, 7.5),
                  (f"Total charges: {money(sum((total(c[4], 'billed') for c in claims), ZERO), '$')}", False, 7.5),
                  (f"Insurance payments: {money(-sum((c[5] for c in claims), ZERO), '$')}", False, 7.5),
                  (f"Adjustments: {money(-sum((c[6] for c in claims), ZERO), '$')}", False, 7.5), ("", False, 7),
                  ("HOW TO PAY", True, 8), ("Online at our patient portal", False, 7.5),
                  ("By phone: (555) 010-7730", False, 7.5), ("By mail: use the slip on the last page", False, 7.5),
                  ("", False, 7), ("FINANCIAL HELP", True, 8), ("You may qualify for a discount.", False, 7.5),
                  ("Ask us for an application.", False, 7.5)]
        else:
            sb = [("MESSAGES", True, 8), ("Your insurer processed these", False, 7.5),
                  ("accounts; the balance shown is", False, 7.5), ("what remains after insurance.", False, 7.5)]
        yy = 92
        for t, b, sz in sb:
            cv.text(438, yy, t, F, sz, b)
            yy += sz + 5
        return 80

    lines, crec = [], []
    y = page_top(True)
    cv.text(36, y + 4, "Guarantor: Marguerite Farrow-Ruiz", F, 8.5, True)
    cv.text(36, y + 14, "12 Spindle Cove Ln, Keel Harbor, ME 04619", F, 8)
    y += 26
    y = put_head(cv, X0, y, cols, F, S) + 1
    cv.line(X0, y, X0 + W, y, 0.6)
    for acct, pat, payer, cno, sv, ins_pd, contr in claims:
        if y + 50 > BOT:
            y = page_top(False)
        cv.rect(X0, y + 2, W, 22, fill=0.85, stroke=False)
        cv.text(X0 + 3, y + 11, f"Hospital Account {acct}  ·  Patient: {pat}", F, 7.8, True)
        cv.text(X0 + 3, y + 20, f"Outpatient Rehabilitation  ·  {dfmt(sv[0].dos, 'mdy2')} - {dfmt(sv[-1].dos, 'mdy2')}"
                                f"  ·  Primary insurance: {payer}", F, 7)
        y += 27
        for x in sv:
            nw = len(cv.wrap(x.desc, 147, F, S))
            rh = nw * (S + 1.5) + 4.5
            if y + rh > BOT:
                y = page_top(False)
            put_cells(cv, X0, y + S + 1, cols, [dfmt(x.dos, "mdy2"), rev(x.code, x.mods), cfmt(x.code, x.mods),
                                               x.desc, units_str(x.units), money(x.billed, ",")], F, S)
            y += rh
            lines.append(truth_line(cv.page, x, claim_id=acct, payer_claim_id=cno, patient=pat, printed=("billed",)))
        tb = total(sv, "billed")
        rows = [("Total charges", money(tb, ","), True),
                (f"03/04/26  Insurance payment - {payer} claim {cno}", money(-ins_pd, ","), False),
                ("03/04/26  Contractual adjustment - insurance", money(-contr, ","), False),
                ("Account balance", money(tb - ins_pd - contr, ","), True)]
        for t, a, b in rows:
            if y + 10 > BOT:
                y = page_top(False)
            cv.text(X0 + 40, y + 8, t, F, S, b)
            cv.text(X0 + W - 2, y + 8, a, F, S, b, "R")
            y += 10
        y += 6
        crec.append({"claim_id": acct, "payer_claim_id": cno, "patient": pat, "totals": claim_totals(billed=tb)})
    y += 6
    if y + 60 > BOT:
        y = page_top(False)
    for k in range(0, int(W), 8):
        cv.line(36 + k, y, 40 + k, y, 0.5)
    cv.text(36, y + 14, "Return this slip with your payment", F, 8, True)
    cv.text(36, y + 26, "Guarantor No. 9920471 · Marguerite Farrow-Ruiz", F, 8)
    cv.text(36, y + 40, f"Amount due {money(balance, '$')}", F, 9, True)
    cv.text(200, y + 40, "Amount enclosed $ ________", F, 8)
    return finish(cv, name, lines, crec, [], "hospital guarantor statement, three family members", [])


def finish(cv, name, lines, claims, legend, desc, findings):
    pages = cv.save()
    return name, cv.producer, pages, desc, lines, claims, legend, findings


# ============================================================================================ driver
ADJ_ALL = {}  # layout name -> True when every adjustment is printed with its amount


def main(argv: list[str]) -> int:
    import tempfile
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout74_"))
    samples = (REPO / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    import json
    problems = []
    nlines = npages = 0
    for fn in LAYOUTS:
        NP[0] = 1
        r = fn(out)
        NP[0] = r[2]
        name, producer, pages, desc, lines, claims, legend, findings = fn(out)
        assert pages == NP[0], name
        write_truth(out / name, name.removesuffix(".pdf"), producer, pages, desc, lines, claims, legend, findings)
        nlines += len(lines)
        npages += pages
        print(f"{name}: {producer}, {pages} pages, {len(lines)} lines, {len(claims)} claims")
        if "--check" in argv:
            t = json.loads((out / (name + ".truth.json")).read_text())
            problems += check_file(out / name, t, ADJ_ALL.get(name, False))
    print(f"{len(LAYOUTS)} files, {nlines} lines, {npages} pages -> {out}")
    if "--check" in argv:
        for p in problems:
            print("PROBLEM", p)
        problems = sorted(set(problems))
        print("check:", "OK" if not problems else f"{len(problems)} problems")
        return 1 if problems else 0
    return 0


LAYOUTS = [c1, c2, m1, m2, d1, d2, p1, p2, s1, s2]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
