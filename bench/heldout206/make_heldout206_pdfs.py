"""Write HELD-OUT set 206 of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary documents of
the five commonest real kinds, two of each, in house styles written for this set without looking at the reader.

Run:  python bench/heldout206/make_heldout206_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout206/make_heldout206_pdfs.py OUT_DIR --check     (also self-check the written files)
Then someone else measures the reader on OUT_DIR (bench/pdf_accuracy.py --folder OUT_DIR).

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth / truth_line, `<name>.pdf.truth.json`),
printed values only, null for what a layout does not print (units null where no quantity is printed, modifiers
[] where none are printed); claim_id = the provider's own account / patient-control / invoice / visit number,
payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the person served, never the
subscriber / guarantor unless the same person). A thru date equal to the from date is not recorded as
service_end. Adjustments are recorded only where the page prints group + reason + amount for the line; plan
note letters and state EOB codes go to remarks. Statement "insurance paid" columns are printed unsigned and
recorded as positive paid amounts; a reversal's amounts are negative, as printed. Claim totals are the ones the
page prints (null where it prints none). Every name, number, payer, provider, address and ID is invented;
descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no
randomness). kit206.py is the small drawing layer (one page model, two renderers) and the self-check.

Layouts (kind, vocabulary, producer, complications):
  a1 commercial PPO member EOB, portrait core Helvetica (reportlab): "Claim for / Claim number / Provider / Your
     provider's account no." banners, "Amount billed / Plan discount / Allowed amount / Deductible / Copay /
     Coinsurance / Plan paid / Your share / Remark", code "97530 GO" with the description on a second text line, no
     units, three family members, a claim that runs onto page 2 with "(continued)" and the header repeated
  a2 commercial HMO "Explanation of Benefits - Claim Detail", landscape Liberation Sans Narrow (fpdf2): right-hand
     year-to-date sidebar on page 1, "Line / From / Thru / Procedure / Mod / Qty / Charged / Not Covered / Allowed /
     Deductible / Coinsurance / Copay / Paid to Provider / Member Owes / Reason", mm/dd/yy, a denied PR line,
     three family members; PLANTED Member Owes claim-total mismatch
  b1 Medicare Summary Notice Part B, portrait Liberation Sans (reportlab): summary page, claims from page 2 with
     "Service Provided & Billing Code" as "Manual therapy (97140-GP)", month-name dates per row, Service Approved?,
     Amount Provider Charged / Medicare-Approved / Medicare Paid / Maximum You May Be Billed / See Notes, a
     non-approved line, a claim crossing page 2 -> 3 with "continued" and the header repeated
  b2 Medicare Advantage PPO monthly member EOB, portrait DejaVu Serif (fpdf2): boxed claims, "Provider's charge /
     Plan's approved amount / Plan's share / Your share / Note", service text "Gait training - 97116", no units,
     a denied line with zeros, a zero-pay bundled line, note legend, two pages
  c1 state Medicaid remittance advice, landscape core Courier (fpdf2): mainframe columns "LN FROM-DOS TO-DOS PROC
     M1 M2 UNITS BILLED ALLOWED TPL COPAY PAID EOB", mmddyy, ICN / PAT ACCT / RECIP lines, PAID and ADJUSTED
     sections with a reversal in trailing-minus amounts, a claim continued on page 2 under the repeated banner
  c2 state Medicaid RA, portrait DejaVu Sans Mono (reportlab): TCN / PCN / client heading per claim, "DTL FROM THRU
     PROC-MODS UNITS BILLED ALLOWED PAID ADJ RARC", adjustment "CO-45 41.20" on the row, DENIED CLAIMS section,
     multi-day span lines with a thru date, a claim continued on page 2 under its repeated TCN heading
  d1 Medicare-style standard paper remit from a clearinghouse, portrait core Courier (reportlab): "NAME / HIC /
     ACNT / ICN / ASG / MOA" claim heading, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS
     GRP/RC-AMT PROV PD", the first adjustment on the row and further ones on the next text lines, PT RESP and
     CLAIM TOTALS lines, a claim split across the page break with the column header repeated
  d2 practice-management ERA posting report, landscape Liberation Sans (fpdf2): ruled grid with patient / account /
     payer ICN on every row, "DOS / CPT / Mod / Units / Charge / Allowed / Deduct / Coins / Adj Codes / Paid / Pt
     Resp", several adjustments in one cell "CO45 22.80 PR2 9.12", claim subtotal rows, header repeated on page 2
  e1 outpatient therapy clinic family statement, portrait DejaVu Sans (reportlab): guarantor address block, aging
     box, visit heading rows "Invoice / patient / billed to plan, claim no.", "Date / Code / Description / Charge /
     Ins. Paid / Adjustment / Your Balance", glued "97110GP", patient payment rows, three children, runs onto
     page 2 with the header repeated
  e2 hospital outpatient-rehabilitation statement, portrait Liberation Serif (fpdf2): per hospital account itemized
     "Date / Rev / CPT-HCPCS / Description / Qty / Charges", insurance activity rows with the plan's claim number
     (paid only at account level, so line paid is null), two family members, an account continued on page 2
     without a repeated header

The self-check (--check) tests the factory, not the reader: the page count; every truth date, code, modifier,
units value, amount, adjustment and remark of a line is drawn on that line's own text row (found in the
pdfplumber text layer at the row's baseline; for d1, follow-on adjustment lines at theirs) and means the truth
value; ids and patients are in the document's text; billed - adjustments = paid where the layout prints every
adjustment (c2, d1, d2); printed claim totals = the sum of their lines and are in the text, unless the claim is
a declared planted mismatch.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
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
from kit206 import Doc, Flow, check_file, wrap  # noqa: E402

D = date
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
ALL_AMTS = ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes")


def cells(page, y, cols, vals, size, bold=False):
    for key, x, al in cols:
        if key in vals and vals[key] != "":
            page.text(x, y, vals[key], size, bold, al)


def header(page, y, cols, labels, size, lead=None):
    """labels: key -> text with '\n' for stacked lines; returns the y below the header."""
    lead = lead or size + 1
    n = max(len(t.split("\n")) for t in labels.values())
    for key, x, al in cols:
        if key not in labels:
            continue
        parts = labels[key].split("\n")
        parts = [""] * (n - len(parts)) + parts
        for i, t in enumerate(parts):
            if t:
                page.text(x, y + i * lead, t, size, True, al)
    return y + (n - 1) * lead


def cut(t, n):
    """Shorten a description at a word boundary, as a narrow column would."""
    if len(t) <= n:
        return t
    return t[:n].rsplit(" ", 1)[0].rstrip(" ,/")


def modstr(s, sep=" "):
    return sep.join(s.mods)


# ============================================================================================ a1
def a1(out: Path):
    doc = Doc(*LETTER, "Helvetica")
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.15"), copay_codes={"99213": Decimal("30.00")})
    fam = [
        ("Corwin Talbot-Mayne", "Self", "0126-77410-001", "Pinegate Orthopedic & Hand Therapy", "PGT-118402", [
            Svc(D(2026, 1, 6), "97165", 1, ("GO",)), Svc(D(2026, 1, 6), "97140", 2, ("GO", "59")),
            Svc(D(2026, 1, 8), "97530", 2, ("GO",)), Svc(D(2026, 1, 8), "97760", 1, ("GO",)),
            Svc(D(2026, 1, 8), "L3807", 1, ("RT",))]),
        ("Ilse Talbot-Mayne", "Spouse", "0126-77433-004", "Riverbend Family Medicine", "RFM-20931", [
            Svc(D(2026, 1, 9), "99213", 1), Svc(D(2026, 1, 9), "G0283", 1, ("GP",), denied="PR")]),
        ("Bastian Talbot-Mayne", "Son", "0126-77501-002", "Little Harbor Pediatric Therapy", "LHP-5540", [
            Svc(D(2026, 1, d), c, u, m) for d, c, u, m in [
                (5, "92523", 1, ("GN",)), (7, "92507", 1, ("GN",)), (9, "97530", 2, ("GO",)),
                (12, "92507", 1, ("GN",)), (12, "97112", 1, ("GO", "59")), (14, "97530", 3, ("GO",)),
                (16, "92507", 1, ("GN",)), (16, "97535", 1, ("GO",)), (19, "97530", 2, ("GO",)),
                (21, "92507", 1, ("GN",)), (21, "97110", 2, ("GO",)), (23, "97530", 2, ("GO",)),
                (26, "92507", 1, ("GN",)), (28, "97535", 2, ("GO",))]]),
    ]
    for f in fam:
        for s in f[5]:
            commercial(s, st, deny_reason="96")
            s.remarks = (["N4"] if s.denied else (["D1"] if s.deductible else (["C2"] if s.copay else ["P1"])))
    cols = [("date", 40, "l"), ("svc", 96, "l"), ("billed", 268, "r"), ("discount", 312, "r"), ("allowed", 356, "r"),
            ("deductible", 398, "r"), ("copay", 436, "r"), ("coinsurance", 480, "r"), ("paid", 522, "r"),
            ("patient_owes", 562, "r"), ("remark", 572, "l")]
    labels = {"date": "Date of\nservice", "svc": "Service", "billed": "Amount\nbilled", "discount": "Plan\ndiscount",
              "allowed": "Allowed\namount", "deductible": "Deduct-\nible", "copay": "Copay",
              "coinsurance": "Coin-\nsurance", "paid": "Plan\npaid", "patient_owes": "Your\nshare", "remark": "Rmk"}

    def furn(p, d, first):
        p.text(40, 50, "NORTHSHORE MUTUAL HEALTH", 15, True)
        p.text(40, 62, "PPO Choice Plus  |  P.O. Box 44180, Harlow Bay, WA 98021  |  1-800-555-0148", 7.5)
        p.text(572, 50, "EXPLANATION OF BENEFITS", 11, True, "r")
        p.text(572, 62, "THIS IS NOT A BILL", 8, True, "r")
        p.rule(40, 70, 572, 70, 1.2)
        if first:
            p.text(40, 88, "Corwin Talbot-Mayne", 9, True)
            p.text(40, 99, "2208 Alder Crest Lane", 8)
            p.text(40, 109, "Harlow Bay, WA 98024-1107", 8)
            p.text(360, 88, "Subscriber ID:  NMH 41172093", 8)
            p.text(360, 99, "Group:  ACORN LOGISTICS  #004418", 8)
            p.text(360, 109, "Statement date:  February 3, 2026", 8)
            p.box(40, 120, 532, 38, fill=0.94)
            p.text(48, 133, "Your family deductible: $60.00 of $1,500.00 met this plan year after these claims.", 8)
            p.text(48, 145, "Questions? Sign in to your member account or call the number on your ID card.", 8)
            return 178
        p.text(40, 84, "Subscriber ID:  NMH 41172093   Corwin Talbot-Mayne", 7.5)
        return 100

    fl = Flow(doc, 730, furn)
    lines, claims = [], []
    for name, rel, clm, prov, acct, svcs in fam:
        def banner(cont=False):
            fl.page.box(40, fl.y - 9, 532, 24, fill=0.86, stroke=False)
            fl.page.text(44, fl.y, f"Claim for: {name} ({rel})" + ("   (continued)" if cont else ""), 8, True)
            fl.page.text(330, fl.y, f"Claim number: {clm}", 8, True)
            fl.page.text(44, fl.y + 11, f"Provider: {prov}", 7.5)
            fl.page.text(330, fl.y + 11, f"Your provider's account no.: {acct}", 7.5)
            fl.y += 32
            fl.y = header(fl.page, fl.y, cols, labels, 6.5, 7.5) + 4
            fl.page.rule(40, fl.y, 572, fl.y, 0.6)
            fl.y += 10
        fl.need(100)
        banner()
        for s in svcs:
            if fl.need(22):
                banner(True)
            v = {"date": dfmt(s.dos, "mdy4"), "svc": f"{s.code} {modstr(s)}".strip(), "remark": " ".join(s.remarks)}
            for k in ALL_AMTS:
                v[k] = money(getattr(s, {"patient_owes": "owes"}.get(k, k)), ",")
            cells(fl.page, fl.y, cols, v, 7)
            fl.page.text(96, fl.y + 8.5, s.desc[:40], 6.5)
            doc.reg(fl.y, {"service_date": v["date"], "code": v["svc"], "mods": v["svc"], "remarks": s.remarks,
                           **{k: v[k] for k in ALL_AMTS}})
            lines.append(truth_line(doc.pno, s, claim_id=acct, payer_claim_id=clm, patient=name, units=False,
                                    printed=ALL_AMTS + ("not_covered",) if False else ALL_AMTS, remarks=s.remarks))
            fl.y += 21
        fl.page.rule(40, fl.y - 8, 572, fl.y - 8, 0.4)
        t = {k: money(total(svcs, {"patient_owes": "owes"}.get(k, k)), ",") for k in ALL_AMTS}
        t["svc"] = "Claim totals"
        cells(fl.page, fl.y + 1, cols, t, 7, True)
        fl.y += 26
        claims.append(dict(claim_id=acct, payer_claim_id=clm, patient=name, totals=claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes"))))
    legend = [("P1", "Paid at the network rate after your coinsurance share."),
              ("D1", "Part of the allowed amount counted toward your deductible."),
              ("C2", "Your office-visit copay under this plan."),
              ("N4", "Not covered: the plan does not pay for this service as billed. You may owe the provider.")]
    fl.need(60)
    fl.page.text(40, fl.y, "Remark codes", 8.5, True)
    for c, t in legend:
        fl.y += 11
        fl.page.text(40, fl.y, f"{c}  {t}", 7)
    doc.stamp_pages("Page {i} of {n}", 572, 770)
    return doc, "reportlab", lines, claims, legend, [], False, "commercial PPO member EOB, three family members"


# ============================================================================================ a2
def a2(out: Path):
    doc = Doc(*LAND, "LiberationSansNarrow")
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.10"), copay_codes={"97161": Decimal("40.00"),
                                                                           "97163": Decimal("40.00")})
    fam = [
        ("Yusra Delacourt-Ibe", "H00418823", "VST-66120", [
            Svc(D(2026, 1, 12), "97161", 1, ("GP",)), Svc(D(2026, 1, 12), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 14), "97140", 1, ("GP", "59")), Svc(D(2026, 1, 14), "97110", 2, ("GP", "CQ")),
            Svc(D(2026, 1, 14), "0552T", 1, denied="PR")]),
        ("Kamal Delacourt-Ibe", "H00419107", "VST-66342", [
            Svc(D(2026, 1, 15), "97163", 1, ("GP",)), Svc(D(2026, 1, 15), "97116", 2, ("GP",)),
            Svc(D(2026, 1, 20), "97112", 2, ("GP", "KX")), Svc(D(2026, 1, 20), "97530", 1, ("GP",))]),
        ("Noor Delacourt-Ibe", "H00420566", "VST-66517", [
            Svc(D(2026, 1, 21), "97166", 1, ("GO",)), Svc(D(2026, 1, 21), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 23), "97530", 2, ("GO",)), Svc(D(2026, 1, 23), "97129", 1, ("GO",)),
            Svc(D(2026, 1, 27), "97530", 2, ("GO",)), Svc(D(2026, 1, 27), "97140", 1, ("GO",))]),
    ]
    for f in fam:
        for s in f[3]:
            commercial(s, st, deny_reason="50")
            s.remarks = ["X14"] if s.denied else (["K02"] if s.copay else ["K10"])
    pr = ("billed", "not_covered", "allowed", "deductible", "coinsurance", "copay", "paid", "patient_owes")
    cols = [("ln", 30, "r"), ("from", 38, "l"), ("thru", 80, "l"), ("proc", 122, "l"), ("mod", 156, "l"),
            ("qty", 196, "r"), ("billed", 246, "r"), ("not_covered", 292, "r"), ("allowed", 338, "r"),
            ("deductible", 384, "r"), ("coinsurance", 430, "r"), ("copay", 470, "r"), ("paid", 520, "r"),
            ("patient_owes", 566, "r"), ("reason", 574, "l")]
    labels = {"ln": "Line", "from": "From", "thru": "Thru", "proc": "Procedure", "mod": "Mod", "qty": "Qty",
              "billed": "Charged", "not_covered": "Not\nCovered", "allowed": "Allowed", "deductible": "Deductible",
              "coinsurance": "Coinsurance", "copay": "Copay", "paid": "Paid to\nProvider",
              "patient_owes": "Member\nOwes", "reason": "Reason"}

    def furn(p, d, first):
        p.text(30, 40, "CASCADE VALLEY HEALTH PLAN", 16, True)
        p.text(30, 52, "HMO Select Network  -  1450 Fir Terrace Blvd, Suite 300, Ridgeport, OR 97381", 8)
        p.text(762, 40, "Explanation of Benefits - Claim Detail", 12, True, "r")
        p.text(762, 52, "Processed 01/30/26   Member: Farah Delacourt-Ibe   ID CVH-88130274", 8, False, "r")
        p.rule(30, 60, 762, 60, 1)
        if first:
            p.box(600, 72, 162, 150, fill=0.93)
            p.text(608, 86, "Your plan year to date", 9, True)
            for i, (a, b) in enumerate([("Individual deductible", "$0.00 of $0.00"),
                                        ("Family out-of-pocket", "$312.44"), ("OOP maximum", "$6,000.00"),
                                        ("Visits used (PT/OT)", "11 of 30")]):
                p.text(608, 104 + i * 24, a, 7.5)
                p.text(754, 114 + i * 24, b, 8, True, "r")
            p.text(30, 80, "This statement shows how we processed claims for you and the family members on", 8.5)
            p.text(30, 91, "your plan. It is not a bill. Your provider may bill you for the Member Owes amount.", 8.5)
            return 112
        return 78

    fl = Flow(doc, 570, furn)
    lines, claims, findings = [], [], []
    for name, clm, acct, svcs in fam:
        fl.need(90)
        fl.page.text(30, fl.y, f"Patient: {name}", 9, True)
        fl.page.text(190, fl.y, f"Claim #: {clm}", 9, True)
        fl.page.text(300, fl.y, f"Patient Account: {acct}", 8.5)
        fl.page.text(30, fl.y + 11, "Provider: Summit Ridge Physical & Occupational Therapy, LLC (In network)", 8)
        fl.y += 24
        fl.page.rule(30, fl.y - 9, 590, fl.y - 9, 0.5)
        fl.y = header(fl.page, fl.y, cols, labels, 7.5, 8.5) + 3
        fl.page.rule(30, fl.y, 590, fl.y, 0.5)
        fl.y += 11
        for i, s in enumerate(svcs, 1):
            v = {"ln": str(i), "from": dfmt(s.dos, "mdy2"), "thru": dfmt(s.dos, "mdy2"), "proc": s.code,
                 "mod": modstr(s), "qty": units_str(s.units), "reason": " ".join(s.remarks)}
            for k in pr:
                v[k] = money(getattr(s, {"patient_owes": "owes"}.get(k, k)), "$")
            cells(fl.page, fl.y, cols, v, 8)
            tok = {"service_date": v["from"], "code": s.code, "mods": v["mod"], "units": v["qty"],
                   "remarks": s.remarks, **{k: v[k] for k in pr}}
            doc.reg(fl.y, tok)
            lines.append(truth_line(doc.pno, s, claim_id=acct, payer_claim_id=clm, patient=name, printed=pr,
                                    remarks=s.remarks))
            fl.y += 13
        fl.page.rule(30, fl.y - 8, 590, fl.y - 8, 0.5)
        owes = total(svcs, "owes")
        printed_owes = owes
        if clm == "H00419107":
            printed_owes = owes + Decimal("10.00")
            findings.append(f"claim-total-mismatch claim {clm}: printed Member Owes total {printed_owes} but the "
                            f"lines add up to {owes}")
        t = {k: money(total(svcs, {"patient_owes": "owes"}.get(k, k)), "$") for k in pr}
        t["patient_owes"] = money(printed_owes, "$")
        t["proc"] = "Claim Total"
        cells(fl.page, fl.y, cols, t, 8, True)
        fl.y += 28
        claims.append(dict(claim_id=acct, payer_claim_id=clm, patient=name, totals=claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), printed_owes)))
    legend = [("K10", "Paid under your HMO benefit after coinsurance."), ("K02", "Evaluation visit copay applies."),
              ("X14", "Service is investigational under your plan and is not covered.")]
    fl.need(50)
    fl.page.text(30, fl.y, "Reason code explanations", 9, True)
    for c, t in legend:
        fl.y += 11
        fl.page.text(30, fl.y, f"{c} - {t}", 8)
    doc.stamp_pages("Page {i} of {n}", 762, 595)
    return doc, "fpdf2", lines, claims, legend, findings, False, "commercial HMO claim detail EOB, three members"


# ============================================================================================ b1
def b1(out: Path):
    doc = Doc(*LETTER, "LiberationSans")
    st = PlanState(ded_left=Decimal("120.00"))
    pt = "GWENDOLYN R. ASHBROOKE"
    cl = [
        ("26-0113-40771-01", "Ferncliff Outpatient Rehabilitation", [
            Svc(D(2026, 1, 5), "97163", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 7), "97140", 1, ("GP",)), Svc(D(2026, 1, 7), "97112", 2, ("GP", "KX")),
            Svc(D(2026, 1, 9), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 9), "97116", 1, ("GP", "CQ"))]),
        ("26-0120-41158-03", "Ferncliff Outpatient Rehabilitation", [
            Svc(D(2026, 1, d), c, u, m) for d, c, u, m in [
                (12, "97110", 2, ("GP",)), (12, "97140", 1, ("GP", "59")), (14, "97530", 2, ("GP",)),
                (14, "97112", 1, ("GP",)), (16, "97110", 2, ("GP", "CQ")), (16, "G0283", 1, ("GP",)),
                (19, "97530", 2, ("GP",)), (19, "97140", 1, ("GP",)), (21, "97110", 3, ("GP", "KX")),
                (21, "97116", 1, ("GP",)), (23, "97530", 2, ("GP",)), (23, "0552T", 1, ("GP",))]]),
        ("26-0122-40212-00", "Meadowlark Hand Clinic", [
            Svc(D(2026, 1, 20), "97760", 1, ("GO",)), Svc(D(2026, 1, 20), "L3807", 1, ("LT",))]),
    ]
    for c in cl:
        for s in c[2]:
            if s.code == "0552T":
                s.denied = "PR"
            medicare(s, st, deny_reason="50")
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    pr = ("billed", "allowed", "paid", "patient_owes")
    cols = [("date", 44, "l"), ("svc", 110, "l"), ("appr", 300, "l"), ("billed", 390, "r"), ("allowed", 448, "r"),
            ("paid", 500, "r"), ("patient_owes", 552, "r"), ("notes", 560, "l")]
    labels = {"date": "Date of\nService", "svc": "Service Provided &\nBilling Code", "appr": "Service\nApproved?",
              "billed": "Amount\nProvider\nCharged", "allowed": "Medicare-\nApproved\nAmount",
              "paid": "Medicare\nPaid", "patient_owes": "Maximum\nYou May\nBe Billed", "notes": "See\nNotes"}

    def furn(p, d, first):
        p.text(44, 46, "Medicare Summary Notice for Part B (Medical Insurance)", 13, True)
        p.text(44, 60, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
               7.5)
        p.rule(44, 68, 568, 68, 1.5)
        if first:
            p.text(44, 88, pt, 10, True)
            p.text(44, 100, "77 Quarry Hollow Road", 8.5)
            p.text(44, 111, "Elm Junction, VT 05482", 8.5)
            p.box(330, 78, 238, 62, fill=0.92)
            p.text(338, 92, "Medicare Number  XXXXXXX-4HM9", 8.5)
            p.text(338, 105, "Date of This Notice  February 4, 2026", 8.5)
            p.text(338, 118, "Claims Processed Between", 8.5)
            p.text(338, 130, "January 15 - February 2, 2026", 8.5)
            p.text(44, 164, "Your Deductible Status", 11, True)
            p.text(44, 178, "You have now met $257.00 of your $257.00 Part B deductible for 2026.", 9)
            p.text(44, 206, "Your Claims & Costs This Period", 11, True)
            p.text(44, 220, "Did Medicare approve all services?  NO - see pages 2-3 for the service that was not", 9)
            p.text(44, 232, "approved and why.", 9)
            p.text(44, 246, "Number of providers you saw: 2", 9)
            return 9999
        p.text(568, 84, f"{pt}   Page continued", 7, False, "r") if False else None
        p.text(44, 84, f"{pt}    Medicare Number XXXXXXX-4HM9", 8)
        return 104

    fl = Flow(doc, 730, furn)
    lines, claims = [], []
    cl = [cl[2], cl[0], cl[1]]
    fl.need(100)
    fl.page.text(44, fl.y, "Your Claims for Part B (Medical Insurance)", 12, True)
    for i, t in enumerate(["Part B covers outpatient therapy, doctor visits, supplies and some preventive care. The",
                           "claims below are grouped by the provider who billed Medicare. The notes letters in the",
                           "last column are explained after the last claim. If a service was not approved, read the",
                           "note and the appeal section on the last page before you pay the provider."]):
        fl.page.text(44, fl.y + 16 + 11 * i, t, 8.5)
    fl.y += 80
    for clm, prov, svcs in cl:
        def head(cont=False):
            fl.page.text(44, fl.y, prov + ("  (continued)" if cont else ""), 10, True)
            fl.page.text(44, fl.y + 12, f"Claim number {clm}    Provider's address: 410 Birch Row, Elm Junction, VT",
                         7.5)
            fl.y += 26
            fl.page.box(44, fl.y - 9, 524, 36, fill=0.88, stroke=False)
            fl.y = header(fl.page, fl.y, cols, labels, 7, 8) + 14
        fl.need(120)
        head()
        for s in svcs:
            if fl.need(18):
                head(True)
            dsc = cut(s.desc, 30)
            svc = f"{dsc} ({s.code}-{'-'.join(s.mods)})" if s.mods else f"{dsc} ({s.code})"
            v = {"date": dfmt(s.dos, "mon"), "svc": svc, "appr": "No" if s.denied else "Yes",
                 "notes": ", ".join(s.remarks)}
            for k in pr:
                v[k] = money(getattr(s, {"patient_owes": "owes"}.get(k, k)), "$")
            cells(fl.page, fl.y, cols, v, 7.5)
            fl.page.rule(44, fl.y + 6, 568, fl.y + 6, 0.3, 0.6)
            doc.reg(fl.y, {"service_date": v["date"], "code": svc, "mods": svc, "remarks": s.remarks,
                           **{k: v[k] for k in pr}})
            lines.append(truth_line(doc.pno, s, claim_id=None, payer_claim_id=clm, patient=pt, units=False,
                                    printed=pr, remarks=s.remarks, overrides={"description": dsc}))
            fl.y += 18
        t = {k: money(total(svcs, {"patient_owes": "owes"}.get(k, k)), "$") for k in pr}
        t["svc"] = "Total for this claim"
        cells(fl.page, fl.y, cols, t, 7.5, True)
        fl.y += 28
        claims.append(dict(claim_id=None, payer_claim_id=clm, patient=pt, totals=claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes"))))
    legend = [("A", "Medicare pays a set amount for this service; your provider agreed to accept it."),
              ("B", "Part of this amount went toward your yearly Part B deductible."),
              ("C", "Medicare does not cover this service because it is not considered proven for your condition.")]
    fl.need(60)
    fl.page.text(44, fl.y, "Notes for Claims Above", 10, True)
    for c, t in legend:
        fl.y += 12
        fl.page.text(44, fl.y, f"{c}  {t}", 7.5)
    doc.stamp_pages("Page {i} of {n}", 568, 770)
    return doc, "reportlab", lines, claims, legend, [], False, "Medicare Summary Notice Part B, one beneficiary"


# ============================================================================================ b2
def b2(out: Path):
    doc = Doc(*LETTER, "DejaVuSerif")
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.55"))
    pt = "Thaddeus Okonkwo-Birch"
    cl = [
        ("MA26-0108-93310", "Hollis Creek Therapy Partners", [
            Svc(D(2026, 1, 6), "97161", 1, ("GP",)), Svc(D(2026, 1, 6), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 8), "97116", 2, ("GP",)), Svc(D(2026, 1, 8), "97140", 1, ("GP",))]),
        ("MA26-0115-94102", "Hollis Creek Therapy Partners", [
            Svc(D(2026, 1, d), c, u, m) for d, c, u, m in [
                (13, "97110", 2, ("GP",)), (13, "97112", 1, ("GP",)), (15, "97116", 2, ("GP",)),
                (15, "G0283", 1, ("GP",)), (20, "97110", 2, ("GP", "KX")), (20, "97140", 1, ("GP",)),
                (22, "97530", 2, ("GP",)), (22, "97116", 1, ("GP",))]]),
        ("MA26-0127-96034", "Hollis Creek Therapy Partners", [
            Svc(D(2026, 1, d), c, u, m) for d, c, u, m in [
                (27, "97110", 2, ("GP",)), (27, "97112", 1, ("GP",)), (29, "97116", 2, ("GP",)),
                (29, "97140", 1, ("GP",)), (30, "97110", 2, ("GP",)), (30, "97530", 1, ("GP",))]]),
        ("MA26-0121-95877", "Eastbrook Family Physicians", [
            Svc(D(2026, 1, 19), "99213", 1), Svc(D(2026, 1, 19), "0552T", 1, denied="CO")]),
    ]
    for c in cl:
        for s in c[2]:
            commercial(s, st)
            if s.code == "G0283":  # bundled into the visit: approved and paid nothing
                s.allowed = s.paid = s.owes = s.copay = ZERO
                s.discount = s.billed
            if s.denied:
                s.owes = ZERO
            s.remarks = ["3"] if s.denied else (["2"] if s.code == "G0283" else ["1"])
    pr = ("billed", "allowed", "paid", "patient_owes")
    cols = [("date", 52, "l"), ("svc", 126, "l"), ("billed", 372, "r"), ("allowed", 436, "r"), ("paid", 494, "r"),
            ("patient_owes", 540, "r"), ("note", 548, "l")]
    labels = {"date": "Date of\nservice", "svc": "Services you received", "billed": "Provider's\ncharge",
              "allowed": "Plan's\napproved\namount", "paid": "Plan's\nshare", "patient_owes": "Your\nshare",
              "note": "Note"}

    def furn(p, d, first):
        p.box(40, 30, 532, 40, fill=0.85, stroke=False)
        p.text(50, 48, "Juniper Shore Medicare Advantage (PPO)", 13, True)
        p.text(50, 62, "Your Explanation of Benefits for January 2026", 9)
        p.text(562, 48, "Member ID: JSM-55102847", 8, False, "r")
        if first:
            p.text(50, 92, "Member: " + pt, 10, True)
            p.text(50, 105, "918 Lantern Bay Drive, Apt 4C, Corvallis Point, FL 33940", 8)
            p.text(50, 128, "This is a summary of the medical services you received. Keep it for your records.", 8.5)
            p.text(50, 140, "Your share for in-network therapy visits is a $25 copay per visit day.", 8.5)
            p.box(50, 152, 512, 62, fill=0.95)
            p.text(58, 166, "Your total costs so far in 2026", 9, True)
            for i, (a, b) in enumerate([("Your out-of-pocket costs this month", "$325.00"),
                                        ("Your out-of-pocket costs this year", "$325.00"),
                                        ("Your plan's maximum out-of-pocket amount (in network)", "$4,900.00")]):
                p.text(58, 180 + 12 * i, a, 8)
                p.text(554, 180 + 12 * i, b, 8, True, "r")
            return 240
        return 96

    fl = Flow(doc, 728, furn)
    lines, claims = [], []
    for clm, prov, svcs in cl:
        n = len(svcs)
        fl.need(60 + 16 * n)
        top = fl.y - 12
        fl.page.text(52, fl.y, f"{prov}", 9.5, True)
        fl.page.text(562, fl.y, f"Claim number: {clm}", 8, False, "r")
        fl.page.text(52, fl.y + 11, "In network  |  Claim processed January 29, 2026", 7.5)
        fl.y += 26
        fl.y = header(fl.page, fl.y, cols, labels, 7, 8) + 4
        fl.page.rule(46, fl.y, 566, fl.y, 0.5)
        fl.y += 11
        for s in svcs:
            dsc = cut(s.desc, 36)
            svc = f"{dsc} - {s.code}"
            v = {"date": dfmt(s.dos, "mdy4"), "svc": svc, "note": " ".join(s.remarks)}
            for k in pr:
                v[k] = money(getattr(s, {"patient_owes": "owes"}.get(k, k)), "$")
            cells(fl.page, fl.y, cols, v, 7.5)
            doc.reg(fl.y, {"service_date": v["date"], "code": svc, "remarks": s.remarks, **{k: v[k] for k in pr}})
            lines.append(truth_line(doc.pno, s, claim_id=None, payer_claim_id=clm, patient=pt, units=False,
                                    modifiers=False, printed=pr, remarks=s.remarks,
                                    overrides={"description": dsc}))
            fl.y += 16
        fl.page.rule(46, fl.y - 8, 566, fl.y - 8, 0.5)
        t = {k: money(total(svcs, {"patient_owes": "owes"}.get(k, k)), "$") for k in pr}
        t["svc"] = "Claim total"
        cells(fl.page, fl.y + 2, cols, t, 7.5, True)
        fl.page.box(44, top, 524, fl.y + 8 - top, fill=None)
        fl.y += 30
        claims.append(dict(claim_id=None, payer_claim_id=clm, patient=pt, totals=claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes"))))
    legend = [("1", "Your plan's in-network rate applies; your copay is charged once for the visit day."),
              ("2", "This service is included in another service from the same day, so it has no separate payment."),
              ("3", "Not a covered benefit. The provider is in network and may not bill you for it.")]
    fl.need(60)
    fl.page.text(52, fl.y, "Notes about your claims", 9.5, True)
    for c, t in legend:
        fl.y += 12
        fl.page.text(52, fl.y, f"{c}  {t}", 7.5)
    doc.stamp_pages("Page {i} of {n}", 562, 770)
    return doc, "fpdf2", lines, claims, legend, [], False, "Medicare Advantage PPO monthly member EOB"


# ============================================================================================ c1
def c1(out: Path):
    doc = Doc(*LAND, "Courier")
    cw = 7.2 * 0.6  # Courier 7.2 pt advance

    def col(n):
        return 30 + n * cw

    recips = [
        ("HOLLOWAY, JUNIPER R", "448120973K", "2226019004411", "NT-20931", [
            Svc(D(2026, 1, 5), "97530", 2, ("GO",)), Svc(D(2026, 1, 5), "97535", 1, ("GO",)),
            Svc(D(2026, 1, 7), "97530", 2, ("GO",)), Svc(D(2026, 1, 7), "97110", 1, ("GO", "59"))]),
        ("FENWICK-ADEYEMI, CORA J", "210774395A", "2226019004410", "NT-20940", [
            Svc(D(2026, 1, d), c, u, m) for d, c, u, m in [
                (5, "97165", 1, ("GO",)), (6, "97530", 2, ("GO",)), (6, "97535", 1, ("GO",)),
                (8, "97530", 2, ("GO",)), (8, "97110", 1, ("GO",)), (12, "97530", 2, ("GO",)),
                (12, "97112", 1, ("GO",)), (14, "97530", 3, ("GO",)), (19, "97535", 2, ("GO",)),
                (19, "97530", 1, ("GO",)), (21, "97530", 2, ("GO",)), (26, "97535", 1, ("GO",)),
                (26, "97530", 2, ("GO",)), (28, "97168", 1, ("GO",))]]),
        ("PRZYBYLSKI, OSKAR", "571002284B", "2226019004412", "NT-20977", [
            Svc(D(2026, 1, d), c, u, m) for d, c, u, m in [
                (6, "92507", 1, ("GN",)), (6, "92526", 1, ("GN",)), (8, "92507", 1, ("GN",)),
                (8, "97530", 2, ("GO",)), (13, "92507", 1, ("GN",)), (13, "92526", 1, ("GN",)),
                (15, "97530", 2, ("GO",)), (15, "97112", 1, ("GO",)), (20, "92507", 1, ("GN",)),
                (20, "92526", 1, ("GN",)), (22, "97530", 3, ("GO",)), (22, "97535", 1, ("GO",)),
                (27, "92507", 1, ("GN",)), (27, "97129", 2, ("GN",)), (29, "97530", 2, ("GO",)),
                (29, "97150", 1, ("GO",), )]]),
        ("VALENTINE-ORR, MAE", "330915547C", "2226019004413", "NT-21004", [
            Svc(D(2026, 1, 9), "97168", 1, ("GO",)), Svc(D(2026, 1, 9), "97760", 2, ("GO",)),
            Svc(D(2026, 1, 9), "97140", 1, ("GO",), denied="CO")]),
    ]
    for r in recips:
        for s in r[4]:
            medicaid(s, deny_reason="B7")
            s.remarks = ["0417"] if s.denied else (["0102"] if s.discount else ["0100"])
    orig = Svc(D(2025, 12, 17), "97530", 2, ("GO",))
    medicaid(orig)
    rev = negate(orig)
    rev.remarks = ["0711"]
    pr = ("billed", "allowed", "copay", "paid")
    hdr = ("LN  FROM-DOS TO-DOS   PROC  M1 M2  UNITS      BILLED     ALLOWED        TPL      COPAY        PAID  EOB")

    def furn(p, d, first):
        p.text(30, 34, "STATE OF NORTHWIND  DEPARTMENT OF HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM", 8.5, True)
        p.text(30, 45, "REMITTANCE ADVICE                    PROVIDER NO: 0044718200  THERAPY SERVICES OF GRAYLING LLC", 7.2)
        p.text(30, 55, "RA NUMBER: 0026-0119-7741    PAYMENT DATE: 01/30/2026    CHECK/EFT NO: E00918274", 7.2)
        p.text(30, 65, "-" * 170, 7.2)
        return 80

    fl = Flow(doc, 560, furn)
    lines, claims = [], []

    def sect_head(title, cont=False):
        fl.page.text(30, fl.y, f"*** {title} ***" + ("  (CONTINUED)" if cont else ""), 7.2, True)
        fl.y += 14

    def line_row(i, s, name, rid, icn, acct, neg):
        def mm(x):
            return money(x, "", "trail")
        end = s.end or s.dos
        v = [f"{i:02d}", dfmt(s.dos, "mdy6"), dfmt(end, "mdy6"), s.code,
             (s.mods[0] if s.mods else "").ljust(2), (s.mods[1] if len(s.mods) > 1 else "").ljust(2),
             units_str(s.units).rjust(5), mm(s.billed).rjust(11), mm(s.allowed).rjust(11), "0.00".rjust(10),
             mm(s.copay).rjust(10), mm(s.paid).rjust(11), " ".join(s.remarks)]
        txt = f"{v[0]}  {v[1]}   {v[2]}   {v[3]} {v[4]} {v[5]} {v[6]} {v[7]} {v[8]} {v[9]} {v[10]} {v[11]}  {v[12]}"
        fl.page.text(30, fl.y, txt, 7.2)
        doc.reg(fl.y, {"service_date": v[1], "code": s.code, "mods": " ".join(s.mods), "units": v[6].strip(),
                       "billed": v[7].strip(), "allowed": v[8].strip(), "copay": v[10].strip(),
                       "paid": v[11].strip(), "remarks": s.remarks})
        lines.append(truth_line(doc.pno, s, claim_id=acct, payer_claim_id=icn, patient=name, printed=pr,
                                remarks=s.remarks))
        fl.y += 11

    def claim(name, rid, icn, acct, svcs, title, note=""):
        def chead(cont=False):
            fl.page.text(30, fl.y, f"RECIP: {name:<26} RECIP ID: {rid}   ICN: {icn}   PAT ACCT: {acct}   "
                         f"{note}" + (" CONT" if cont else ""), 7.2)
            fl.y += 10
            fl.page.text(30, fl.y, hdr, 7.2, True)
            fl.y += 11
        fl.need(44)
        chead()
        for i, s in enumerate(svcs, 1):
            if fl.need(11):
                sect_head(title, True)
                chead(True)
            line_row(i, s, name, rid, icn, acct, False)
        tb, ta, tp = (money(total(svcs, k), "", "trail") for k in ("billed", "allowed", "paid"))
        fl.page.text(30, fl.y, " " * 26 + "CLAIM TOTAL" + " " * 6 + tb.rjust(11) + " " + ta.rjust(11) + " " * 24
                     + tp.rjust(11), 7.2, True)
        fl.y += 18
        claims.append(dict(claim_id=acct, payer_claim_id=icn, patient=name, totals=claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), None)))

    sect_head("PAID CLAIMS")
    for name, rid, icn, acct, svcs in recips:
        claim(name, rid, icn, acct, svcs, "PAID CLAIMS")
    fl.need(60)
    sect_head("ADJUSTED CLAIMS")
    claim("HOLLOWAY, JUNIPER R", "448120973K", "5226019000188", "NT-20611", [rev], "ADJUSTED CLAIMS",
          "ORIG ICN 2225351002270")
    fl.need(40)
    fl.page.text(30, fl.y, "EOB CODE MESSAGES", 7.2, True)
    legend = [("0100", "PAID IN FULL AT THE BILLED AMOUNT."),
              ("0102", "PAID AT THE PROGRAM MAXIMUM ALLOWABLE. BALANCE MAY NOT BE BILLED TO THE RECIPIENT."),
              ("0417", "DETAIL DENIED. SERVICE NOT PAYABLE WITH ANOTHER DETAIL ON THE SAME DATE."),
              ("0711", "CLAIM REVERSED AT PROVIDER REQUEST. SEE REPLACEMENT OR VOID LISTING.")]
    for c, t in legend:
        fl.y += 10
        fl.page.text(30, fl.y, f"{c}  {t}", 7.2)
    doc.stamp_pages("PAGE {i} OF {n}", 762, 34, 7.2)
    return doc, "fpdf2", lines, claims, legend, [], False, "state Medicaid RA, mainframe print"


# ============================================================================================ c2
def c2(out: Path):
    doc = Doc(*LETTER, "DejaVuSansMono")
    clients = [
        ("DESROSIERS, ELOISE M", "99017723", "26012900118401", "CR-3381", [
            Svc(D(2026, 1, 5), "97530", 4, ("GO",), end=D(2026, 1, 9)), Svc(D(2026, 1, 5), "97535", 2, ("GO",),
                                                                             end=D(2026, 1, 9)),
            Svc(D(2026, 1, 12), "97165", 1, ("GO",))]),
        ("ABERCROMBIE, TOVAH", "99021456", "26012900118402", "CR-3390", [
            Svc(D(2026, 1, d), c, u, m) for d, c, u, m in [
                (6, "92523", 1, ("GN",)), (8, "92507", 1, ("GN",)), (13, "92507", 1, ("GN",)),
                (15, "92526", 1, ("GN",)), (20, "92507", 1, ("GN",)), (22, "92526", 1, ("GN",)),
                (27, "92507", 1, ("GN",)), (29, "92507", 1, ("GN",))]]),
        ("ABERCROMBIE, LEVI", "99021457", "26012900118403", "CR-3391", [
            Svc(D(2026, 1, 7), "97530", 3, ("GO",), end=D(2026, 1, 14)), Svc(D(2026, 1, 7), "97112", 2, ("GO",)),
            Svc(D(2026, 1, 21), "97168", 1, ("GO",))]),
        ("HALVORSEN, BRIT E", "99028840", "26012900118406", "CR-3395", [
            Svc(D(2026, 1, d), c, u, m) for d, c, u, m in [
                (5, "97163", 1, ("GP",)), (7, "97110", 2, ("GP",)), (7, "97140", 1, ("GP", "59")),
                (9, "97116", 2, ("GP",)), (12, "97110", 2, ("GP",)), (12, "97112", 1, ("GP",)),
                (14, "97530", 2, ("GP",)), (16, "97110", 2, ("GP",)), (16, "97116", 1, ("GP",)),
                (21, "97110", 2, ("GP",)), (21, "97140", 1, ("GP",)), (23, "97112", 2, ("GP",)),
                (26, "97110", 2, ("GP",)), (28, "97530", 1, ("GP",)), (30, "97110", 2, ("GP",))]]),
        ("TRAN-WEXLER, JONAH", "99029113", "26012900118407", "CR-3398", [
            Svc(D(2026, 1, d), c, u, m) for d, c, u, m in [
                (6, "92523", 1, ("GN",)), (8, "92507", 1, ("GN",)), (8, "97530", 2, ("GO",)),
                (13, "92507", 1, ("GN",)), (13, "97530", 2, ("GO",)), (15, "92526", 1, ("GN",)),
                (20, "92507", 1, ("GN",)), (20, "97535", 1, ("GO",)), (22, "92507", 1, ("GN",)),
                (27, "92507", 1, ("GN",)), (27, "97530", 2, ("GO",)), (29, "92526", 1, ("GN",))]]),
        ("MOUNTJOY, FENWICK A", "99030018", "26012900118404", "CR-3402", [
            Svc(D(2026, 1, 16), "97110", 2, ("GP",)), Svc(D(2026, 1, 16), "97140", 1, ("GP",)),
            Svc(D(2026, 1, 23), "97110", 2, ("GP",)), Svc(D(2026, 1, 23), "97116", 1, ("GP",))]),
    ]
    denied = [("OYELARAN, BEATRIX", "99044120", "26012900118405", "CR-3417", [
        Svc(D(2026, 1, 26), "97530", 2, ("GO",), denied="CO"), Svc(D(2026, 1, 26), "97535", 1, ("GO",), denied="CO")])]
    for c in clients:
        for s in c[4]:
            if s.end:
                s.billed = q(Decimal("95.00" if s.code == "97530" else "82.00") * s.units)
            medicaid(s)
            s.remarks = ["N640"] if s.end else []
    for c in denied:
        for s in c[4]:
            medicaid(s, deny_reason="15")
            s.remarks = ["N54"]
    pr = ("billed", "allowed", "paid")
    sz = 7.0
    adv = sz * 0.602

    def furn(p, d, first):
        p.text(36, 40, "GREAT PLAINS STATE HEALTH CARE AUTHORITY", 10, True)
        p.text(36, 52, "Medicaid Remittance and Status Report", 8.5)
        p.text(36, 64, "Payee: WILLOWMERE PEDIATRIC & ADULT THERAPY   NPI 1902837465   Payee ID 200418877", sz)
        p.text(36, 74, "Report date 01/31/2026   Cycle 2026-05   Payment EFT 8811047", sz)
        p.rule(36, 80, 576, 80, 0.8)
        return 96

    fl = Flow(doc, 738, furn)
    lines, claims = [], []
    hdr = "DTL FROM     THRU     PROC-MODS     UNITS    BILLED   ALLOWED      PAID  ADJ              RARC"

    def claim(name, cid, tcn, pcn, svcs, sect):
        def chead(cont=False):
            fl.page.text(36, fl.y, f"TCN {tcn}   PCN {pcn}   CLIENT {name}   ID {cid}" + (" (CONT)" if cont else ""),
                         sz, True)
            fl.y += 10
            fl.page.text(36, fl.y, hdr, sz)
            fl.y += 3
            fl.page.rule(36, fl.y, 576, fl.y, 0.3)
            fl.y += 9
        fl.need(60)
        chead()
        for i, s in enumerate(svcs, 1):
            if fl.need(11):
                fl.page.text(36, fl.y, f"--- {sect} ---", sz, True)
                fl.y += 12
                chead(True)
            end = s.end or s.dos
            pm = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            adj = [f"{g}-{c} {money(a, '')}" for g, c, a in s.adjs]
            v = [f"{i:03d}", dfmt(s.dos, "mdy2"), dfmt(end, "mdy2"), pm.ljust(13), units_str(s.units).rjust(5),
                 money(s.billed, "").rjust(9), money(s.allowed, "").rjust(9), money(s.paid, "").rjust(9),
                 (adj[0] if adj else "").ljust(16), " ".join(s.remarks)]
            txt = " ".join(v[:3]) + " " + " ".join(v[3:8]) + "  " + v[8] + " " + v[9]
            fl.page.text(36, fl.y, txt, sz)
            tok = {"service_date": v[1], "code": pm, "mods": pm, "units": v[4].strip(), "billed": v[5].strip(),
                   "allowed": v[6].strip(), "paid": v[7].strip(), "adj": adj, "remarks": s.remarks}
            if s.end:
                tok["service_end"] = v[2]
            doc.reg(fl.y, tok)
            lines.append(truth_line(doc.pno, s, claim_id=pcn, payer_claim_id=tcn, patient=name, printed=pr,
                                    service_end=s.end, adjustments=s.adjs, remarks=s.remarks))
            fl.y += 11
        tb, ta, tp = (money(total(svcs, k), "") for k in ("billed", "allowed", "paid"))
        fl.page.text(36, fl.y, "CLAIM TOTAL".ljust(37) + tb.rjust(9) + " " + ta.rjust(9) + " " + tp.rjust(9), sz, True)
        fl.y += 18
        claims.append(dict(claim_id=pcn, payer_claim_id=tcn, patient=name, totals=claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), None)))

    fl.page.text(36, fl.y, "--- PAID CLAIMS ---", sz, True)
    fl.y += 12
    for c in clients:
        claim(*c, "PAID CLAIMS")
    fl.need(80)
    fl.page.text(36, fl.y, "--- DENIED CLAIMS ---", sz, True)
    fl.y += 12
    for c in denied:
        claim(*c, "DENIED CLAIMS")
    legend = [("CO-45", "Charge above the state fee schedule; the provider writes it off."),
              ("CO-15", "The prior authorization number on the claim is missing or does not match."),
              ("N640", "Span-dated line: units are the total for the dates shown."),
              ("N54", "Claim data does not agree with the authorization on file.")]
    fl.need(60)
    fl.page.text(36, fl.y, "ADJUSTMENT AND REMARK CODES ON THIS REPORT", sz, True)
    for c, t in legend:
        fl.y += 10
        fl.page.text(36, fl.y, f"{c:<6} {t}", sz)
    doc.stamp_pages("Page {i} of {n}", 576, 770, sz)
    return doc, "reportlab", lines, claims, legend, [], True, "state Medicaid RA with CARC/RARC, span dates"


# ============================================================================================ d1
def d1(out: Path):
    doc = Doc(*LETTER, "Courier")
    sz = 7.0
    st = PlanState(ded_left=Decimal("80.00"))
    pats = [
        ("FAIRWEATHER, ODILE", "1TW4AB7KE21", "LSR40118", "0226012004471", "ELMS", [
            Svc(D(2026, 1, 6), "97166", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 8), "97535", 2, ("GO",)), Svc(D(2026, 1, 8), "97140", 1, ("GO", "59"))]),
        ("QUANDT, RUDOLPH", "6PK2MX9TA04", "LSR40127", "0226012004472", "ELMS", [
            Svc(D(2026, 1, d), c, u, m) for d, c, u, m in [
                (5, "97163", 1, ("GP",)), (5, "97110", 2, ("GP",)), (7, "97112", 2, ("GP", "KX")),
                (7, "97116", 1, ("GP",)), (9, "97110", 2, ("GP", "CQ")), (9, "97140", 1, ("GP", "CQ")),
                (12, "97530", 2, ("GP",)), (12, "97110", 1, ("GP",)), (14, "97116", 2, ("GP", "KX")),
                (14, "97112", 1, ("GP",)), (16, "97110", 2, ("GP", "CQ")), (16, "97530", 1, ("GP",))]]),
        ("NAKASHIMA-ROWE, ADA", "3HE7DC1QN88", "LSR40133", "0226012004473", "RWIN", [
            Svc(D(2026, 1, 13), "92523", 1, ("GN",)), Svc(D(2026, 1, 15), "92507", 1, ("GN",))]),
    ]
    for p_ in pats:
        for s in p_[5]:
            medicare(s, st)
            s.remarks = []

    def furn(p, d, first):
        p.text(36, 36, "LAKESIDE CLAIMS EXCHANGE - PAPER REMITTANCE (MEDICARE PART B)", 8.5, True)
        p.text(36, 47, "PAYER: GREAT LAKES MEDICARE ADMINISTRATIVE SERVICES   PROVIDER #: 0917766   NPI 1457720391", sz)
        p.text(36, 57, "PROVIDER: LAKE SHORE REHAB & SPEECH  1180 DUNE VIEW RD  SAUGATUCK POINT MI 49410", sz)
        p.text(36, 67, "CHECK/EFT #: 0000714492   DATE: 01/28/2026   REMIT #: 0044", sz)
        p.rule(36, 73, 576, 73, 0.5)
        return 88

    cols_hdr = "PERF PROV   SERV DATE   POS NOS PROC  MODS     BILLED  ALLOWED  DEDUCT   COINS GRP/RC-AMT      PROV PD"
    fl = Flow(doc, 736, furn)
    lines, claims = [], []

    def colhead():
        fl.page.text(36, fl.y, cols_hdr, sz, True)
        fl.y += 12

    colhead()
    for name, hic, acnt, icn, perf, svcs in pats:
        def chead(cont=False):
            fl.page.text(36, fl.y, f"NAME {name:<22} HIC {hic}  ACNT {acnt}  ICN {icn}  ASG Y MOA MA01"
                         + (" CONT" if cont else ""), sz)
            fl.y += 11
        fl.need(50)
        chead()
        for s in svcs:
            h = 10 * max(1, len(s.adjs))
            if fl.need(h):
                colhead()
                chead(True)
            mods = " ".join(s.mods).ljust(5)
            adj = [f"{g}-{c}" + money(a, "").rjust(16 - len(g) - len(c) - 1) for g, c, a in s.adjs]
            date_s = f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}"
            row = (f"{perf:<11} {date_s}  11 {units_str(s.units):>3} {s.code} {mods} {money(s.billed, ''):>8} "
                   f"{money(s.allowed, ''):>8} {money(s.deductible, ''):>7} {money(s.coinsurance, ''):>7} "
                   f"{adj[0]:<16} {money(s.paid, ''):>7}")
            fl.page.text(36, fl.y, row, sz)
            y0 = fl.y
            for k, a in enumerate(adj[1:], 1):
                fl.page.text(36 + 78 * sz * 0.6, y0 + 10 * k, a, sz)
            adjs_tok = [adj[0]] + [(a, y0 + 10 * k) for k, a in enumerate(adj[1:], 1)]
            doc.reg(y0, {"service_date": dfmt(s.dos, "mdy6"), "code": s.code, "mods": mods.strip(),
                         "units": units_str(s.units), "billed": money(s.billed, ""), "allowed": money(s.allowed, ""),
                         "deductible": money(s.deductible, ""), "coinsurance": money(s.coinsurance, ""),
                         "paid": money(s.paid, ""), "adj": adjs_tok})
            lines.append(truth_line(doc.pno, s, claim_id=acnt, payer_claim_id=icn, patient=name,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, description=False))
            fl.y += h
        fl.need(24)
        ptr = total(svcs, "owes")
        fl.page.text(36, fl.y, f"PT RESP {money(ptr, ''):>9}", sz)
        fl.y += 10
        fl.page.text(36, fl.y, f"{'CLAIM TOTALS':<44}{money(total(svcs, 'billed'), ''):>8} "
                     f"{money(total(svcs, 'allowed'), ''):>8} {money(total(svcs, 'deductible'), ''):>7} "
                     f"{money(total(svcs, 'coinsurance'), ''):>7} {'':16} {money(total(svcs, 'paid'), ''):>7}", sz)
        fl.y += 10
        fl.page.text(36, fl.y, f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00   NET "
                     f"{money(total(svcs, 'paid'), '')}", sz)
        fl.y += 16
        claims.append(dict(claim_id=acnt, payer_claim_id=icn, patient=name, totals=claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), None)))
    fl.need(60)
    allp = [s for p_ in pats for s in p_[5]]
    fl.page.text(36, fl.y, "TOTALS:  # OF CLAIMS 3   BILLED AMT " + money(total(allp, "billed"), "") +
                 "   ALLOWED AMT " + money(total(allp, "allowed"), "") + "   PROV PD AMT " +
                 money(total(allp, "paid"), ""), sz, True)
    fl.y += 16
    legend = [("CO", "Contractual obligation: provider write-off, not billable to the patient."),
              ("PR", "Patient responsibility."), ("MA01", "Appeal rights: you may ask for a redetermination.")]
    fl.page.text(36, fl.y, "GLOSSARY: GROUP, REASON, MOA, REMARK CODES", sz, True)
    for c, t in legend:
        fl.y += 10
        fl.page.text(36, fl.y, f"{c:<5} {t}", sz)
    doc.stamp_pages("PAGE # {i} OF {n}", 576, 36, sz)
    return doc, "reportlab", lines, claims, legend, [], True, "Medicare-style standard paper remit, clearinghouse"


# ============================================================================================ d2
def d2(out: Path):
    doc = Doc(*LAND, "LiberationSans")
    sz = 7.0
    st = PlanState(ded_left=Decimal("40.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.76"))
    pats = [
        ("Quist, Arlo", "A-10447", "ERA0126881120", [
            Svc(D(2026, 1, 6), "97165", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 8), "97530", 2, ("GO",)), Svc(D(2026, 1, 8), "97535", 1, ("GO",))]),
        ("Lindgren-Osei, Maren", "A-10452", "ERA0126881121", [
            Svc(D(2026, 1, d), c, u, m) for d, c, u, m in [
                (5, "97161", 1, ("GP",)), (5, "97110", 2, ("GP",)), (7, "97140", 1, ("GP", "59")),
                (7, "97112", 2, ("GP",)), (9, "97110", 2, ("GP",)), (12, "97116", 2, ("GP",)),
                (12, "97110", 1, ("GP",)), (14, "97530", 2, ("GP",)), (16, "97110", 2, ("GP",)),
                (16, "97140", 1, ("GP",)), (19, "97112", 2, ("GP",)), (21, "97110", 2, ("GP",)),
                (21, "97116", 1, ("GP",)), (23, "97530", 2, ("GP",)), (26, "97110", 2, ("GP",)),
                (26, "97140", 1, ("GP",)), (28, "97112", 1, ("GP",)), (30, "97110", 2, ("GP",))]]),
        ("Hargreave, Simone", "A-10460", "ERA0126881123", [
            Svc(D(2026, 1, d), c, u, m) for d, c, u, m in [
                (6, "97166", 1, ("GO",)), (6, "97530", 2, ("GO",)), (8, "97535", 2, ("GO",)),
                (13, "97530", 2, ("GO",)), (13, "97140", 1, ("GO", "59")), (15, "97535", 1, ("GO",)),
                (20, "97530", 2, ("GO",)), (22, "97760", 1, ("GO",)), (22, "L3807", 1, ("RT",)),
                (27, "97530", 2, ("GO",)), (29, "97168", 1, ("GO",))]]),
        ("Ibarra-Lund, Teodoro", "A-10466", "ERA0126881124", [
            Svc(D(2026, 1, 9), "99213", 1), Svc(D(2026, 1, 9), "G0283", 1, ("GP",)),
            Svc(D(2026, 1, 16), "97110", 2, ("GP", "KX")), Svc(D(2026, 1, 16), "97140", 1, ("GP",))]),
        ("Quist, Petra", "A-10448", "ERA0126881125", [
            Svc(D(2026, 1, 20), "92523", 1, ("GN",)), Svc(D(2026, 1, 22), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 22), "97129", 1, ("GN",), denied="CO")]),
    ]
    for p_ in pats:
        for s in p_[3]:
            commercial(s, st, deny_reason="197")
    pr = ("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes")
    cols = [("pat", 34, "l"), ("acct", 128, "l"), ("icn", 170, "l"), ("dos", 236, "l"), ("cpt", 282, "l"),
            ("mod", 312, "l"), ("units", 356, "r"), ("billed", 402, "r"), ("allowed", 446, "r"),
            ("deductible", 486, "r"), ("coinsurance", 526, "r"), ("adj", 534, "l"), ("paid", 710, "r"),
            ("patient_owes", 756, "r")]
    labels = {"pat": "Patient", "acct": "Acct #", "icn": "Payer ICN", "dos": "DOS", "cpt": "CPT", "mod": "Mod",
              "units": "Units", "billed": "Charge", "allowed": "Allowed", "deductible": "Deduct",
              "coinsurance": "Coins", "adj": "Adj Codes", "paid": "Paid", "patient_owes": "Pt Resp"}
    grid_x = [30, 124, 166, 232, 278, 308, 340, 362, 408, 452, 492, 530, 676, 716, 762]

    def furn(p, d, first):
        p.text(30, 36, "TherapyDesk PM  -  ERA Detail / Payment Posting Report", 12, True)
        p.text(30, 49, "Practice: Brookhollow Rehab Associates   |   Payer: Tri-County Benefit Administrators "
               "(Payer ID 77204)   |   EFT 55092813 on 01/27/2026", 8)
        p.text(762, 36, "Run 02/02/2026 08:14", 7.5, False, "r")
        y = 70
        p.box(30, y - 10, 732, 14, fill=0.82)
        header(p, y, cols, labels, sz)
        for gx in grid_x:
            p.rule(gx, y - 10, gx, y + 4, 0.3)
        return y + 15

    fl = Flow(doc, 572, furn)
    lines, claims = [], []

    def gridrow(y):
        fl.page.rule(30, y + 4, 762, y + 4, 0.3)
        for gx in grid_x:
            fl.page.rule(gx, y - 9, gx, y + 4, 0.3)

    for name, acct, icn, svcs in pats:
        for s in svcs:
            fl.need(13)
            adj = [f"{g}{c} {money(a, '')}" for g, c, a in s.adjs]
            v = {"pat": name, "acct": acct, "icn": icn, "dos": dfmt(s.dos, "mdy4"), "cpt": s.code,
                 "mod": modstr(s, ","), "units": units_str(s.units), "adj": " ".join(adj)}
            for k in pr:
                v[k] = money(getattr(s, {"patient_owes": "owes"}.get(k, k)), "")
            cells(fl.page, fl.y, cols, v, sz)
            gridrow(fl.y)
            doc.reg(fl.y, {"service_date": v["dos"], "code": s.code, "mods": v["mod"], "units": v["units"],
                           "adj": adj, **{k: v[k] for k in pr}})
            lines.append(truth_line(doc.pno, s, claim_id=acct, payer_claim_id=icn, patient=name, printed=pr,
                                    adjustments=s.adjs, description=False))
            fl.y += 13
        fl.need(13)
        t = {k: money(total(svcs, {"patient_owes": "owes"}.get(k, k)), "") for k in pr}
        t["pat"] = f"Claim subtotal {icn}"
        fl.page.box(30, fl.y - 9, 732, 13, fill=0.94, stroke=False)
        cells(fl.page, fl.y, cols, t, sz, True)
        fl.y += 19
        claims.append(dict(claim_id=acct, payer_claim_id=icn, patient=name, totals=claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes"))))
    legend = [("CO45", "Above the contracted fee; written off."), ("PR1", "Deductible."), ("PR2", "Coinsurance."),
              ("CO197", "No authorization on file; written off.")]
    fl.need(50)
    fl.y += 6
    fl.page.text(30, fl.y, "Adjustment code key: " + "   ".join(f"{c} = {t}" for c, t in legend), 7)
    doc.stamp_pages("Page {i} of {n}", 762, 596, 7.5)
    return doc, "fpdf2", lines, claims, legend, [], True, "practice-management ERA posting report"


# ============================================================================================ e1
def e1(out: Path):
    doc = Doc(*LETTER, "DejaVuSans")
    sz = 7.5
    st = PlanState(ded_left=Decimal("45.00"), coins_rate=Decimal("0.20"))
    visits = [
        ("10482", "Pia Marchetti", "CL7H2026010558", [
            Svc(D(2026, 1, 5), "92523", 1, ("GN",)), Svc(D(2026, 1, 5), "92507", 1, ("GN",))]),
        ("10497", "Luca Marchetti", "CL7H2026010773", [
            Svc(D(2026, 1, 7), "97166", 1, ("GO",)), Svc(D(2026, 1, 7), "97530", 2, ("GO",))]),
        ("10503", "Pia Marchetti", "CL7H2026010981", [
            Svc(D(2026, 1, 12), "92507", 1, ("GN",)), Svc(D(2026, 1, 12), "92526", 1, ("GN",))]),
        ("10511", "Luca Marchetti", "CL7H2026011204", [
            Svc(D(2026, 1, 14), "97530", 2, ("GO",)), Svc(D(2026, 1, 14), "97110", 1, ("GO",)),
            Svc(D(2026, 1, 14), "97535", 1, ("GO",))]),
        ("10520", "Enzo Marchetti", "CL7H2026011466", [
            Svc(D(2026, 1, 16), "97165", 1, ("GO",)), Svc(D(2026, 1, 16), "97112", 1, ("GO",))]),
        ("10534", "Luca Marchetti", "CL7H2026011890", [
            Svc(D(2026, 1, 21), "97530", 2, ("GO",)), Svc(D(2026, 1, 21), "97535", 1, ("GO",)),
            Svc(D(2026, 1, 21), "97140", 1, ("GO",))]),
        ("10548", "Pia Marchetti", "CL7H2026012215", [
            Svc(D(2026, 1, 26), "92507", 1, ("GN",)), Svc(D(2026, 1, 26), "92526", 1, ("GN",))]),
        ("10551", "Enzo Marchetti", "CL7H2026012330", [
            Svc(D(2026, 1, 28), "97530", 2, ("GO",)), Svc(D(2026, 1, 28), "97110", 2, ("GO",))]),
        ("10560", "Luca Marchetti", "CL7H2026012612", [
            Svc(D(2026, 1, 29), "97530", 2, ("GO",)), Svc(D(2026, 1, 29), "97112", 1, ("GO",)),
            Svc(D(2026, 1, 29), "97535", 1, ("GO",))]),
        ("10566", "Pia Marchetti", "CL7H2026012744", [
            Svc(D(2026, 1, 30), "92507", 1, ("GN",)), Svc(D(2026, 1, 30), "92526", 1, ("GN",))]),
    ]
    for v in visits:
        for s in v[3]:
            commercial(s, st)
    cols = [("date", 40, "l"), ("code", 92, "l"), ("desc", 142, "l"), ("billed", 392, "r"), ("paid", 448, "r"),
            ("adj", 504, "r"), ("patient_owes", 570, "r")]
    labels = {"date": "Date", "code": "Code", "desc": "Description", "billed": "Charge", "paid": "Ins. Paid",
              "adj": "Adjustment", "patient_owes": "Your Balance"}

    def furn(p, d, first):
        p.text(40, 46, "Tidewater Kids & Family Therapy", 14, True)
        p.text(40, 58, "Occupational, Speech & Physical Therapy  ·  62 Ferry Slip Road  ·  Port Alden, ME 04110", 7.5)
        p.text(572, 46, "STATEMENT", 12, True, "r")
        if first:
            p.text(40, 90, "Guarantor:", 8, True)
            p.text(40, 102, "Rosaria Marchetti", 8.5)
            p.text(40, 113, "15 Gull Point Way", 8.5)
            p.text(40, 124, "Port Alden, ME 04112", 8.5)
            p.box(352, 80, 220, 56, fill=0.93)
            for i, (a, b) in enumerate([("Statement date", "02/05/2026"), ("Guarantor account", "G-004417"),
                                        ("Amount due", "$0.00"), ("Please pay by", "03/01/2026")]):
                p.text(360, 92 + i * 12, a, 8)
                p.text(566, 92 + i * 12, b, 8, True, "r")
            p.text(40, 150, "Insurance on file: Evergreen Coast Health (PPO), member ID EGC-6619043", 8)
            y = 172
        else:
            p.text(40, 76, "Guarantor account G-004417  ·  Rosaria Marchetti  ·  continued", 7.5)
            y = 96
        p.box(40, y - 10, 532, 14, fill=0.8, stroke=False)
        header(p, y, cols, labels, sz)
        return y + 16

    fl = Flow(doc, 690, furn)
    lines, claims = [], []
    bal = ZERO
    for inv, name, clm, svcs in visits:
        fl.need(40)
        fl.page.text(40, fl.y, f"Invoice {inv}  ·  Patient: {name}  ·  Billed to Evergreen Coast Health, "
                     f"claim no. {clm}", sz, True)
        fl.y += 12
        for s in svcs:
            if fl.need(14):
                fl.page.text(40, fl.y, f"Invoice {inv} (continued)  ·  Patient: {name}", sz, True)
                fl.y += 12
            adjust = s.billed - s.paid - s.owes
            v = {"date": dfmt(s.dos, "mdy4"), "code": s.code + "".join(s.mods), "desc": s.desc,
                 "billed": money(s.billed, ","), "paid": money(s.paid, ","), "adj": money(adjust, ","),
                 "patient_owes": money(s.owes, ",")}
            cells(fl.page, fl.y, cols, v, sz)
            doc.reg(fl.y, {"service_date": v["date"], "code": v["code"], "mods": v["code"], "billed": v["billed"],
                           "paid": v["paid"], "patient_owes": v["patient_owes"]})
            lines.append(truth_line(doc.pno, s, claim_id=inv, payer_claim_id=clm, patient=name, units=False,
                                    printed=("billed", "paid", "patient_owes")))
            bal += s.owes
            fl.y += 14
        fl.need(12)
        pay = total(svcs, "owes")
        fl.page.text(40, fl.y, dfmt(svcs[0].dos.replace(day=min(svcs[0].dos.day + 3, 31)), "mdy4"), sz)
        fl.page.text(142, fl.y, "Patient payment - thank you (card)", sz)
        fl.page.text(570, fl.y, money(-pay, ",", "()"), sz, False, "r")
        fl.y += 20
        claims.append(dict(claim_id=inv, payer_claim_id=clm, patient=name, totals=claim_totals()))
    fl.need(50)
    fl.page.rule(40, fl.y - 6, 572, fl.y - 6, 0.6)
    fl.page.text(40, fl.y + 4, "Account balance", 8.5, True)
    fl.page.text(570, fl.y + 4, "$0.00", 8.5, True, "r")
    fl.y += 24
    fl.page.text(40, fl.y, "Current 0.00   31-60 days 0.00   61-90 days 0.00   Over 90 days 0.00", 7.5)
    doc.stamp_pages("Page {i} of {n}", 572, 770)
    return doc, "reportlab", lines, claims, [], [], False, "therapy clinic family statement, three children"


# ============================================================================================ e2
def e2(out: Path):
    doc = Doc(*LETTER, "LiberationSerif")
    sz = 8.0
    accts = [None,
        ("5520193847", "Wren Achterberg", "LM26-0193377", "Lakeshore Mutual", "0420", [
            Svc(D(2026, 1, d), c, u, m) for d, c, u, m in [
                (7, "97163", 1, ("GP",)), (7, "97110", 2, ("GP",)), (9, "97110", 2, ("GP",)),
                (9, "97140", 1, ("GP",)), (12, "97116", 2, ("GP",)), (12, "97110", 1, ("GP",)),
                (14, "97112", 2, ("GP",)), (14, "G0283", 1, ("GP",)), (16, "97110", 2, ("GP",)),
                (16, "97140", 1, ("GP",)), (19, "97530", 2, ("GP",)), (19, "97116", 1, ("GP",)),
                (21, "97110", 2, ("GP",)), (21, "97112", 1, ("GP",)), (23, "97110", 2, ("GP",)),
                (23, "97140", 2, ("GP",)), (26, "97530", 2, ("GP",)), (26, "97116", 1, ("GP",)),
                (28, "97110", 2, ("GP",)), (28, "97112", 1, ("GP",)), (30, "97110", 2, ("GP",))]]),
        ("5520194012", "Marit Achterberg", "LM26-0194418", "Lakeshore Mutual", "0440", [
            Svc(D(2026, 1, 13), "92523", 1, ("GN",)), Svc(D(2026, 1, 15), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 20), "92507", 1, ("GN",)), Svc(D(2026, 1, 22), "92526", 1, ("GN",))]),
    ]
    accts = [accts[2], accts[1]]
    cols = [("date", 50, "l"), ("rev", 110, "l"), ("cpt", 146, "l"), ("desc", 214, "l"), ("qty", 470, "r"),
            ("billed", 560, "r")]

    def furn(p, d, first):
        p.text(50, 48, "ST. BRENDAN'S REGIONAL MEDICAL CENTER", 14, True)
        p.text(50, 61, "Patient Financial Services  ·  900 Harbor Heights Pkwy  ·  Kettle Falls, MN 55702", 8)
        p.rule(50, 68, 562, 68, 0.8)
        if first:
            p.text(50, 88, "Statement for: Jorund Achterberg (guarantor)", 9, True)
            p.text(50, 100, "4 Birchwood Court, Kettle Falls, MN 55704", 8.5)
            p.box(380, 78, 182, 48)
            p.text(388, 90, "Statement date: 02/06/2026", 8.5)
            p.text(388, 103, "Guarantor no.: 700418852", 8.5)
            p.text(388, 116, "Balance due: see account totals", 8.5)
            p.box(50, 136, 512, 50, fill=0.93)
            p.text(58, 149, "Important: your insurance has processed these accounts. The balance shown for each", 8.5)
            p.text(58, 161, "account is what remains after your plan's payment and contractual allowance. Payment", 8.5)
            p.text(58, 173, "plans are available with no interest; call us before the due date to set one up.", 8.5)
            p.text(50, 206, "Outpatient Rehabilitation Services - itemized by hospital account", 10, True)
            return 228
        return 90

    fl = Flow(doc, 690, furn)
    lines, claims = [], []
    for acct, name, clm, payer, rev, svcs in accts:
        fl.need(70)
        fl.page.text(50, fl.y, f"Hospital Account # {acct}   Patient: {name}", 9, True)
        fl.page.text(50, fl.y + 11, f"Outpatient therapy  ·  {dfmt(svcs[0].dos, 'mdy4')} - "
                     f"{dfmt(svcs[-1].dos, 'mdy4')}  ·  Primary coverage: {payer}", 8)
        fl.y += 26
        fl.page.text(50, fl.y, "Date", sz, True)
        fl.page.text(110, fl.y, "Rev", sz, True)
        fl.page.text(146, fl.y, "CPT/HCPCS", sz, True)
        fl.page.text(214, fl.y, "Description", sz, True)
        fl.page.text(470, fl.y, "Qty", sz, True, "r")
        fl.page.text(560, fl.y, "Charges", sz, True, "r")
        fl.page.rule(50, fl.y + 3, 562, fl.y + 3, 0.4)
        fl.y += 14
        for s in svcs:
            if fl.need(13):
                fl.page.text(50, fl.y, f"Account {acct} ({name}) - continued from previous page", 8, True)
                fl.y += 14
            cpt = s.code + (" " + " ".join(s.mods) if s.mods else "")
            v = {"date": dfmt(s.dos, "mdy4"), "rev": rev, "cpt": cpt, "desc": s.desc.upper()[:44],
                 "qty": units_str(s.units), "billed": money(s.billed, ",")}
            cells(fl.page, fl.y, cols, v, sz)
            doc.reg(fl.y, {"service_date": v["date"], "code": cpt, "mods": cpt, "units": v["qty"],
                           "billed": v["billed"]})
            lines.append(truth_line(doc.pno, s, claim_id=acct, payer_claim_id=clm, patient=name,
                                    printed=("billed",), overrides={"description": s.desc.upper()[:44]}))
            fl.y += 13
        tb = total(svcs, "billed")
        ins = q(tb * Decimal("0.52"))
        adj = q(tb * Decimal("0.36"))
        due = tb - ins - adj
        fl.need(60)
        fl.page.rule(330, fl.y - 6, 562, fl.y - 6, 0.4)
        for lab, val in [("Total charges", money(tb, ",")),
                         (f"Payment - {payer}  claim # {clm}", money(-ins, ",", "trail")),
                         (f"Contractual allowance - {payer}", money(-adj, ",", "trail")),
                         ("Account balance - patient responsibility", money(due, ","))]:
            fl.page.text(214, fl.y + 4, lab, sz)
            fl.page.text(560, fl.y + 4, val, sz, False, "r")
            fl.y += 12
        fl.y += 16
        claims.append(dict(claim_id=acct, payer_claim_id=clm, patient=name, totals=claim_totals(billed=tb)))
    fl.need(40)
    fl.page.text(50, fl.y, "Questions about this statement? Call Patient Financial Services, Monday-Friday.", 8)
    fl.page.text(50, fl.y + 11, "Financial assistance is available; ask for an application.", 8)
    doc.stamp_pages("Page {i} of {n}", 562, 772)
    return doc, "fpdf2", lines, claims, [], [], False, "hospital outpatient rehab itemized statement"


LAYOUTS = [("a1_commercial_ppo_eob", a1), ("a2_commercial_hmo_claim_detail", a2), ("b1_msn_part_b", b1),
           ("b2_medicare_advantage_eob", b2), ("c1_medicaid_ra_mainframe", c1), ("c2_medicaid_ra_carc", c2),
           ("d1_clearinghouse_paper_remit", d1), ("d2_pm_era_posting_report", d2),
           ("e1_clinic_family_statement", e1), ("e2_hospital_rehab_statement", e2)]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout206_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    for name, fn in LAYOUTS:
        path = out / f"{name}.pdf"
        doc, producer, lines, claims, legend, findings, all_adj, desc = fn(out)
        doc.render(path, producer, name.replace("_", " "))
        write_truth(path, name, producer, len(doc.pages), desc, lines, claims, legend, findings)
        msg = f"{path.name}: {producer}, {len(doc.pages)} pages, {len(lines)} lines, {len(claims)} claims"
        if check:
            errs = check_file(path, doc.rows, all_adj)
            spans = sorted({c["payer_claim_id"] for c in claims
                            if len({ln["page"] for ln in lines if ln["payer_claim_id"] == c["payer_claim_id"]}) > 1})
            msg += f", claims across pages: {spans or 'none'}"
            if errs:
                bad += 1
                msg += "\n   " + "\n   ".join(errs[:15])
            else:
                msg += "  OK"
        print(msg)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if check:
        print("CHECK " + ("PASSED" if not bad else f"FAILED in {bad} files"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
