"""Write held-out set 205 of synthetic PDF EOB layouts (with truth files) into a folder: an honest measurement
of the PDF reader on the five commonest real document kinds, two house styles each, written independently of
the reader (its code, tests and scores were not looked at).

Run:  python bench/heldout205/make_heldout205_pdfs.py OUT_DIR            (writes 10 PDFs + <name>.pdf.truth.json)
      python bench/heldout205/make_heldout205_pdfs.py OUT_DIR --check    (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs. Deterministic (reportlab invariant=1, fpdf2 fixed
creation date, no randomness). Page drawing lives in h205kit.py (one page model, two renderers).
Truth format: samples/pdf/eobgen.py (write_truth / truth_line); printed values only, null where the layout
does not print a value (units null where no quantity is printed; adjustments [] where no group/reason code with
amount is printed; description null where none is printed). claim_id = provider's own account / patient
control / visit number; payer_claim_id = payer's claim number / ICN / TCN; patient exactly as printed (the
person served). Claim totals are those printed for the claim (null where none). Every name, number, payer,
provider, address and ID is invented; descriptions are our own words.

Layouts:
  m01 commercial member EOB, portrait, Liberation Serif (reportlab): "Claim detail" per family member (3), service
      "97530 GO Therapeutic activities", Amount billed / Plan discount / Allowed amount / Deductible / Copay /
      Coinsurance / Not covered / Plan paid / You owe / Remark, no units, denied line, claim continued on page 2
      under "(continued)" and a repeated header
  m02 commercial member EOB, landscape, DejaVu Sans Condensed (fpdf2): ruled grid per claim, Proc / Mod / Qty,
      description wrapping onto a second text line, Provider billed / Member savings / Plan allowance / ... /
      Member responsibility, 3 family members; PLANTED wrong member-responsibility claim total
  m03 Medicare Summary Notice Part B, portrait, Liberation Sans (fpdf2): summary page, claims by date with
      "Service Provided & Billing Code" as "Therapeutic exercise (97110-GP)", Service Approved? Yes/No, Maximum
      You May Be Billed, letter notes, no units and no provider account (null), denied line, claim on page 3
  m04 Medicare Advantage member EOB, portrait, DejaVu Sans (reportlab): sidebar help box, claim boxes with
      claim number and provider, "Units", Provider charged / Plan approved / Plan paid / You owe, per-visit
      copay, 0-paid bundled line
  m05 state Medicaid RA, portrait, Liberation Mono (fpdf2): CLAIMS PAID / DENIED / ADJUSTMENTS sections, member
      heading with MID / ICN / PAT ACCT, LN DOS PROC-MODS UNITS, state EOB codes, a reversal with trailing minus
      and its replacement; denied and adjustment sections on page 2 under the repeated banner and header
  m06 state Medicaid RA, portrait, Liberation Sans Narrow (reportlab): boxed claim blocks (Recipient / Recipient
      ID / Patient Acct No / TCN), line status PAID/DENIED, units "1.00", "CO 45" + amount and RARC columns
  m07 Medicare-style standard paper remit from a clearinghouse, landscape, Liberation Mono (fpdf2): NAME/HIC/ACNT/
      ICN/ASG/MOA header pairs, PERF PROV SERV DATE "0105 010526" POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS
      GRP/RC-AMT PROV PD, extra adjustments stacked on following text lines, PT RESP / CLAIM TOTALS / NET
  m08 practice-management ERA posting report, landscape, core Helvetica (reportlab): ids on every row, CPT / Mod /
      Units, adjustment code + amount with extra adjustments on following rows, claim runs onto page 2 under a
      repeated header, check totals
  m09 outpatient therapy clinic family statement, portrait, DejaVu Serif (fpdf2): remittance stub, rows Date /
      Patient / Visit / Code / Description / Units / Charge / Ins Paid / Ins Adj / Your Balance, insurer claim
      number on visit heading rows, 3 family members, rows run onto page 2 with no repeated header
  m10 hospital outpatient-rehab family statement, portrait, DejaVu Sans Condensed (reportlab): one account per
      family member, Rev / CPT-HCPCS / Qty / Charges rows, insurance payments and adjustments at account level
      only (line paid null), two-column summary page header

The self-check (--check) tests the factory, not the reader: page count; every truth code is on a text line of
its page which also carries the line's printed amounts, units and modifiers; dates, adjustment codes/amounts and
remarks on the page; ids and patients in the document text; billed - adjustments = paid where adjustments are
printed; claim totals = sum of lines except a planted mismatch, which really is off.
"""
from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (DESC, FEE, LONG_DESC, SCHED, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, total, truth_line, write_truth)
from h205kit import Doc, page_lines, parse_num, wrap  # noqa: E402

D = date
FEE.setdefault("97533", "90.00")
DESC.setdefault("97533", "Sensory integration activities")
SCHED.setdefault("97533", "31.90")
FEE.setdefault("97162", "240.00")
DESC.setdefault("97162", "PT evaluation, moderate complexity")
SCHED.setdefault("97162", "101.12")
M = lambda d: money(d, ",")  # noqa: E731


def S(dos, code, units, mods=(), denied=None, desc=None, remarks=()):
    s = Svc(dos, code, Decimal(str(units)), tuple(mods), None, desc or "", denied)
    s.remarks = list(remarks)
    return s


class Out:
    def __init__(self, name, producer, desc, doc):
        self.name, self.producer, self.desc, self.doc = name, producer, desc, doc
        self.lines, self.claims, self.legend, self.findings = [], [], [], []

    def add(self, s, cl, printed, units=True, adj=True, remarks=None, desc=True, mods=True):
        self.lines.append(truth_line(self.doc.page_no, s, claim_id=cl.get("cid"), payer_claim_id=cl.get("pcn"),
                                     patient=cl.get("pat"), printed=printed, units=units, modifiers=mods,
                                     adjustments=s.adjs if adj else [], remarks=remarks if remarks is not None
                                     else s.remarks, description=desc))

    def claim(self, cl, **tot):
        self.claims.append({"claim_id": cl.get("cid"), "payer_claim_id": cl.get("pcn"), "patient": cl.get("pat"),
                            "totals": claim_totals(**tot)})


# ============================================================================================ m01
def m01():
    doc = Doc("LibSerif", size=6.6)
    o = Out("m01_commercial_member_eob", "reportlab", "commercial member EOB, family, claim continued", doc)
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    fam = [
        ("Marisol Quenneville", "Self", "TWP-55102", "BMH2601140087", "Tidewater Pediatric & Adult Therapy",
         [S(D(2026, 1, 6), "97165", 1, ("GO",)), S(D(2026, 1, 6), "97530", 2, ("GO",)),
          S(D(2026, 1, 8), "97535", 1, ("GO",)), S(D(2026, 1, 8), "97110", 2, ("GO",))] +
         [S(D(2026, 1, dd), c, u, ("GO",)) for dd in (13, 15, 20, 22, 27) for c, u in (("97530", 2), ("97110", 1))]),
        ("Theo Quenneville", "Son", "TWP-55187", "BMH2601160412", "Tidewater Pediatric & Adult Therapy",
         [S(D(2026, 1, 9), "92523", 1, ("GN",)), S(D(2026, 1, 13), "92507", 1, ("GN",)),
          S(D(2026, 1, 13), "97533", 1, ("GO",), denied="PR", desc="Sensory integration activities"),
          S(D(2026, 1, 15), "92507", 1, ("GN",)), S(D(2026, 1, 20), "92507", 1, ("GN",)),
          S(D(2026, 1, 22), "92507", 1, ("GN",)), S(D(2026, 1, 22), "97530", 2, ("GO", "59"))] +
         [S(D(2026, 1, dd), "92507", 1, ("GN",)) for dd in (26, 27, 28, 29)]),
        ("Ines Quenneville", "Daughter", "HSC-0091734", "BMH2601200930", "Harborside Sports Clinic",
         [S(D(2026, 1, 12), "97161", 1, ("GP",)), S(D(2026, 1, 12), "97140", 1, ("GP",)),
          S(D(2026, 1, 19), "97110", 3, ("GP", "KX")), S(D(2026, 1, 19), "99213", 1, ("25",))] +
         [S(D(2026, 1, dd), c, u, ("GP",)) for dd in (21, 23, 26) for c, u in (("97110", 2), ("97140", 1))]),
    ]
    cols = [("Service date", 34, "l"), ("Service", 74, "l"), ("Amount billed", 248, "r"), ("Plan discount", 288, "r"),
            ("Allowed amount", 328, "r"), ("Deductible", 366, "r"), ("Copay", 398, "r"), ("Coinsurance", 438, "r"),
            ("Not covered", 476, "r"), ("Plan paid", 514, "r"), ("You owe", 550, "r"), ("Remark", 556, "l")]

    def furniture(d, cont=None):
        d.text(34, 40, "BAYRIDGE MUTUAL HEALTH PLAN", 13, True)
        d.text(34, 52, "Explanation of Benefits  -  THIS IS NOT A BILL", 8)
        d.text(578, 40, "Statement date: January 30, 2026", 7.5, align="r")
        d.text(578, 50, "Member: Marisol Quenneville   ID: BMQ 448 210 917", 7.5, align="r")
        d.text(578, 60, "Group: 22019-Lakeshore Cabinetry", 7.5, align="r")
        d.line(34, 66, 578, 66, 1.2)
        d.y = 80
        if cont:
            d.text(34, d.y, cont, 8, True)
            d.y += 12
            header(d)

    def header(d):
        d.rect(32, d.y - 8, 548, 20, fill=0.88)
        for h, x, a in cols:
            parts = h.split(" ", 1) if a == "r" and " " in h else [h]
            for k, p in enumerate(parts):
                d.text(x, d.y + k * 8, p, 6.4, True, a)
        d.y += 20

    furniture(doc)
    doc.text(34, doc.y, "Your claims summary for the period January 1 - January 30, 2026", 9, True)
    doc.y += 12
    for ln in wrap("This statement explains how Bayridge Mutual processed claims for you and the people on your "
                   "plan. Keep it with your records. Providers in our network agree not to bill you for the plan "
                   "discount.", 150):
        doc.text(34, doc.y, ln, 7.5)
        doc.y += 9
    doc.y += 6
    for pat, rel, cid, pcn, prov, svcs in fam:
        for s in svcs:
            commercial(s, st, deny_reason="96")
            s.remarks = ["N4"] if s.denied else (["D1"] if s.deductible else [])
        cl = {"cid": cid, "pcn": pcn, "pat": pat}
        if doc.y > 640:
            doc.new_page(); furniture(doc)
        doc.text(34, doc.y, f"Claim detail for {pat} ({rel})", 9, True)
        doc.y += 10
        doc.text(34, doc.y, f"Provider: {prov}    Claim number: {pcn}    Patient account number: {cid}    "
                            f"Received Jan 24, 2026   Processed Jan 28, 2026", 7)
        doc.y += 12
        header(doc)
        for s in svcs:
            if doc.y > 720:
                doc.new_page()
                furniture(doc, f"Claim detail for {pat} ({rel}) - claim {pcn} (continued)")
            assert len(f"{s.code} {' '.join(s.mods)} {s.desc}") <= 60
            vals = [dfmt(s.dos, "mdy4"), f"{s.code} {' '.join(s.mods)} {s.desc}",
                    M(s.billed), M(s.discount), M(s.allowed), M(s.deductible), M(s.copay), M(s.coinsurance),
                    M(s.not_covered), M(s.paid), M(s.owes), " ".join(s.remarks)]
            for (h, x, a), v in zip(cols, vals):
                doc.text(x, doc.y, v, None, False, a)
            o.add(s, cl, ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "not_covered",
                          "paid", "patient_owes"), units=False, adj=False)
            doc.line(34, doc.y + 4, 578, doc.y + 4, 0.2)
            doc.y += 13
        tv = ["", "Claim totals", M(total(svcs, "billed")), M(total(svcs, "discount")), M(total(svcs, "allowed")),
              M(total(svcs, "deductible")), M(total(svcs, "copay")), M(total(svcs, "coinsurance")),
              M(total(svcs, "not_covered")), M(total(svcs, "paid")), M(total(svcs, "owes")), ""]
        for (h, x, a), v in zip(cols, tv):
            doc.text(x, doc.y, v, None, True, a)
        o.claim(cl, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"),
                patient_owes=total(svcs, "owes"))
        doc.y += 22
    o.legend = [("D1", "Part of this amount went toward your yearly deductible."),
                ("N4", "This service is not a benefit of your plan; you are responsible for it.")]
    doc.text(34, doc.y, "Remark codes", 8, True); doc.y += 10
    for c, t in o.legend:
        doc.text(34, doc.y, f"{c}  {t}", 7); doc.y += 9

    def foot(d, i, n):
        d.text(306, 770, f"Page {i} of {n}", 7, align="c")
        d.text(34, 770, "Bayridge Mutual Health Plan, 400 Channel Row, Port Edwin, ME 04199", 6.5)
    doc.each_page(foot)
    return o


# ============================================================================================ m02
def m02():
    doc = Doc("DejaCond", landscape=True, size=7)
    o = Out("m02_commercial_member_eob_grid", "fpdf2", "commercial member EOB grid, wrapped descriptions, planted "
            "total mismatch", doc)
    st = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.74"), visit_copay=Decimal("35.00"))
    claims = [
        ("Desmond Achterberg", "KRC-2026-0188341", "A-77120", "Lantern Hill Rehabilitation",
         [S(D(2026, 2, 3), "97166", 1, ("GO",)), S(D(2026, 2, 3), "97760", 1, ("GO",), desc=LONG_DESC["97760"]),
          S(D(2026, 2, 3), "L3807", 1, ("RT",), desc=LONG_DESC["L3807"])]),
        ("Priya Achterberg", "KRC-2026-0190077", "A-77161", "Lantern Hill Rehabilitation",
         [S(D(2026, 2, 4), "97140", 2, ("GP",), desc=LONG_DESC["97140"]), S(D(2026, 2, 4), "97110", 2, ("GP",),
                                                                           desc=LONG_DESC["97110"]),
          S(D(2026, 2, 11), "97140", 2, ("GP",)), S(D(2026, 2, 11), "0552T", 1, (), denied="PR",
                                                   desc=LONG_DESC["0552T"])]),
        ("Lucan Achterberg", "KRC-2026-0192450", "55-90314", "Brightwater Speech Associates",
         [S(D(2026, 2, 9), "92523", 1, ()), S(D(2026, 2, 16), "92507", 1, ()), S(D(2026, 2, 23), "92507", 1, ())]),
    ]
    X = [(22, "Date", "l"), (62, "Proc", "l"), (90, "Mod", "l"), (114, "Qty", "l"), (134, "Description", "l"),
         (372, "Provider billed", "r"), (420, "Member savings", "r"), (468, "Plan allowance", "r"),
         (516, "Not covered", "r"), (556, "Copay", "r"), (600, "Coinsurance", "r"), (648, "Plan payment", "r"),
         (708, "Member resp.", "r"), (716, "Rsn", "l")]

    def top(d):
        d.text(22, 30, "Keystone Ridge Health Cooperative", 14, True)
        d.text(22, 42, "Member Explanation of Benefits", 9)
        d.text(770, 30, "Subscriber: Desmond Achterberg", 8, align="r")
        d.text(770, 40, "Member ID: KRC-0041-88210-01    Plan: Ridge Choice EPO", 8, align="r")
        d.text(770, 50, "Issued 03/02/2026", 8, align="r")
        d.y = 70

    top(doc)
    doc.text(22, doc.y, "Below is each claim we finished processing. Member savings is the amount your in-network "
                        "provider agreed to write off.", 8)
    doc.y += 16
    for idx, (pat, pcn, cid, prov, svcs) in enumerate(claims):
        for s in svcs:
            commercial(s, st, deny_reason="96")
            s.remarks = ["X7"] if s.denied else (["C2"] if s.copay else [])
        cl = {"cid": cid, "pcn": pcn, "pat": pat}
        nrows = sum(max(1, len(wrap(s.desc, 44))) for s in svcs)
        if doc.y + 40 + nrows * 10 > 570:
            doc.new_page(); top(doc)
        doc.rect(20, doc.y - 9, 752, 13, fill=0.85)
        doc.text(24, doc.y, f"Patient: {pat}   |   Claim #: {pcn}   |   Provider: {prov}   |   Patient acct: {cid}",
                 7.5, True)
        doc.y += 13
        y0 = doc.y - 9
        for x, h, a in X:
            parts = h.split(" ", 1) if a == "r" and " " in h else [h]
            for k, part in enumerate(parts):
                doc.text(x, doc.y + k * 7.5, part, 6.5, True, a)
        doc.line(20, doc.y + 10, 772, doc.y + 10)
        doc.y += 19
        for s in svcs:
            dl = wrap(s.desc, 44)
            v = [dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), units_s(s.units), dl[0], M(s.billed), M(s.discount),
                 M(s.allowed), M(s.not_covered), M(s.copay), M(s.coinsurance), M(s.paid), M(s.owes),
                 " ".join(s.remarks)]
            for (x, h, a), val in zip(X, v):
                doc.text(x, doc.y, val, None, False, a)
            o.add(s, cl, ("billed", "discount", "allowed", "not_covered", "copay", "coinsurance", "paid",
                          "patient_owes"), adj=False)
            for extra in dl[1:]:
                doc.y += 9
                doc.text(134, doc.y, extra)
            doc.line(20, doc.y + 3, 772, doc.y + 3, 0.2)
            doc.y += 11
        owes = total(svcs, "owes")
        shown = owes + Decimal("10.00") if idx == 1 else owes
        tv = ["", "", "", "", "Claim total", M(total(svcs, "billed")), M(total(svcs, "discount")),
              M(total(svcs, "allowed")), M(total(svcs, "not_covered")), M(total(svcs, "copay")),
              M(total(svcs, "coinsurance")), M(total(svcs, "paid")), M(shown), ""]
        for (x, h, a), val in zip(X, tv):
            doc.text(x, doc.y, val, None, True, a)
        doc.y += 4
        doc.rect(20, y0, 752, doc.y - y0)
        for x in (58, 86, 110, 130, 336):
            doc.line(x, y0, x, doc.y)
        o.claim(cl, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"),
                patient_owes=shown)
        if idx == 1:
            o.findings.append(f"claim-total-mismatch claim {pcn}: printed Member resp. total {M(shown)} but the "
                              f"lines add up to {M(owes)}")
        doc.y += 20
    o.legend = [("C2", "Your plan's office-visit copay was applied once for this date."),
                ("X7", "Experimental or investigational service; not covered under your plan.")]
    for c, t in o.legend:
        doc.text(22, doc.y, f"{c} - {t}", 7.5); doc.y += 10
    doc.each_page(lambda d, i, n: d.text(770, 596, f"Page {i} / {n}", 7, align="r"))
    return o


def units_s(u):
    return format(u.normalize(), "f")


# ============================================================================================ m03
def m03():
    doc = Doc("LibSans", size=8)
    o = Out("m03_medicare_summary_notice", "fpdf2", "Medicare Summary Notice Part B, claims over 2 pages", doc)
    pat = "ROSALIND K FAIRWEATHER"
    st = PlanState(ded_left=Decimal("45.00"))
    claims = [
        ("Coastline Hand & Upper Limb Therapy", "26-01907-553-140", D(2026, 1, 7),
         [S(D(2026, 1, 7), "97165", 1, ("GO",)), S(D(2026, 1, 7), "97140", 1, ("GO",)),
          S(D(2026, 1, 7), "97760", 1, ("GO",))]),
        ("Coastline Hand & Upper Limb Therapy", "26-01914-553-662", D(2026, 1, 14),
         [S(D(2026, 1, 14), "97530", 2, ("GO", "KX")), S(D(2026, 1, 14), "97110", 1, ("GO",)),
          S(D(2026, 1, 14), "0552T", 1, (), denied="PR"), S(D(2026, 1, 14), "G0283", 1, ("GO",))]),
        ("Coastline Hand & Upper Limb Therapy", "26-01917-553-208", D(2026, 1, 16),
         [S(D(2026, 1, 16), "97530", 2, ("GO", "KX")), S(D(2026, 1, 16), "97140", 1, ("GO",)),
          S(D(2026, 1, 16), "97535", 1, ("GO",))]),
        ("Silverpine Neurology Group", "26-01921-118-007", D(2026, 1, 21),
         [S(D(2026, 1, 21), "99213", 1, ()), S(D(2026, 1, 21), "97112", 1, ("GP", "CQ"))]),
        ("Coastline Hand & Upper Limb Therapy", "26-01928-553-901", D(2026, 1, 28),
         [S(D(2026, 1, 28), "97530", 2, ("GO", "KX")), S(D(2026, 1, 28), "97535", 1, ("GO",)),
          S(D(2026, 1, 28), "97140", 1, ("GO", "59")), S(D(2026, 1, 28), "97168", 1, ("GO",)),
          S(D(2026, 1, 28), "97112", 1, ("GO", "KX")), S(D(2026, 1, 28), "97760", 1, ("GO",)),
          S(D(2026, 1, 28), "L3807", 1, ("LT",)), S(D(2026, 1, 28), "G0283", 1, ("GO",))]),
    ]
    # page 1: summary
    doc.text(40, 50, "Medicare Summary Notice for Part B (Medical Insurance)", 15, True)
    doc.text(40, 66, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid "
                     "Services", 8)
    doc.rect(40, 80, 250, 80)
    for k, t in enumerate([pat, "1147 Gullwing Terrace", "Marrow Point, OR 97999", "",
                           "Medicare Number XXXXXXX72QT"]):
        doc.text(48, 94 + k * 12, t, 9, k == 0)
    doc.rect(320, 80, 252, 80, fill=0.92)
    doc.text(328, 94, "THIS IS NOT A BILL", 11, True)
    doc.text(328, 110, "Notice for the period January 1 - March 31, 2026", 8)
    doc.text(328, 124, "If you have questions, call 1-800-555-0147", 8)
    doc.text(328, 138, "(TTY 1-877-555-0186)", 8)
    for c in claims:
        for s in c[3]:
            medicare(s, st, deny_reason="96")
    allsv = [s for c in claims for s in c[3]]
    doc.text(40, 190, "Your Deductible Status", 11, True)
    doc.text(40, 204, "Your deductible is what you must pay for most health services before Medicare begins to pay.",
             8)
    doc.text(40, 216, "This notice applied $45.00 of the Part B yearly deductible.", 8)
    doc.text(40, 246, "Providers with claims this period", 11, True)
    y = 262
    for prov in ("Coastline Hand & Upper Limb Therapy", "Silverpine Neurology Group"):
        sv = [s for c in claims if c[0] == prov for s in c[3]]
        doc.text(48, y, f"{prov}", 9)
        doc.text(560, y, f"Maximum you may be billed ${total(sv, 'owes'):,.2f}", 8, align="r")
        y += 14
    doc.text(40, y + 20, "Total you may be billed", 10, True)
    doc.text(560, y + 20, f"${total(allsv, 'owes'):,.2f}", 10, True, "r")
    doc.new_page()
    X = [(40, "Service Provided & Billing Code", "l"), (292, "Service Approved?", "c"),
         (380, "Amount Provider Charged", "r"), (446, "Medicare-Approved Amount", "r"),
         (506, "Medicare Paid Provider", "r"), (556, "Maximum You May Be Billed", "r"), (576, "See Notes", "c")]

    def hdr(d):
        d.rect(38, d.y - 9, 540, 24, fill=0.85)
        for x, h, a in X:
            parts = wrap(h, 17 if x > 100 else 40)
            for k, p in enumerate(parts):
                d.text(x, d.y + k * 8, p, 6.8, True, a)
        d.y += 24

    def top(d):
        d.text(40, 40, f"{pat}", 8, True)
        d.text(572, 40, "Medicare Summary Notice, January 1 - March 31, 2026", 8, align="r")
        d.text(40, 62, "Your Claims & Costs This Period", 13, True)
        d.y = 84

    top(doc)
    for prov, pcn, dos, svcs in claims:
        for s in svcs:
            s.remarks = ["B"] if s.denied else (["A"] if s.deductible else [])
        cl = {"cid": None, "pcn": pcn, "pat": pat}
        if doc.y + 50 + 12 * len(svcs) > 700 and pcn != "26-01928-553-901":
            doc.new_page(); top(doc)
        doc.text(40, doc.y, f"{dfmt(dos, 'mon')}", 10, True)
        doc.y += 12
        doc.text(40, doc.y, f"{prov}, 88 Breakwater Ave, Marrow Point, OR 97999", 8)
        doc.y += 10
        doc.text(40, doc.y, f"Claim Number: {pcn}    Received on {dfmt(dos, 'mon')}", 8)
        doc.y += 14
        hdr(doc)
        for s in svcs:
            if doc.y > 715:
                doc.new_page(); top(doc)
                doc.text(40, doc.y, f"{dfmt(dos, 'mon')} (continued) - Claim Number: {pcn}", 9, True)
                doc.y += 14
                hdr(doc)
            code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            v = [f"{s.desc} ({code})", "No" if s.denied else "Yes", f"${s.billed:,.2f}", f"${s.allowed:,.2f}",
                 f"${s.paid:,.2f}", f"${s.owes:,.2f}", " ".join(s.remarks)]
            for (x, h, a), val in zip(X, v):
                doc.text(x, doc.y, val, 7.6, False, a)
            o.add(s, cl, ("billed", "allowed", "paid", "patient_owes"), units=False, adj=False)
            doc.line(40, doc.y + 3, 578, doc.y + 3, 0.2)
            doc.y += 12
        v = ["Total for Claim " + pcn, "", f"${total(svcs, 'billed'):,.2f}", f"${total(svcs, 'allowed'):,.2f}",
             f"${total(svcs, 'paid'):,.2f}", f"${total(svcs, 'owes'):,.2f}", ""]
        for (x, h, a), val in zip(X, v):
            doc.text(x, doc.y, val, 7.6, True, a)
        o.claim(cl, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"),
                patient_owes=total(svcs, "owes"))
        doc.y += 26
    o.legend = [("A", "This amount went toward your Part B deductible for the year."),
                ("B", "Medicare does not cover this item because it is not considered reasonable for your "
                      "condition.")]
    doc.text(40, doc.y, "Notes for Claims Above", 10, True); doc.y += 12
    for c, t in o.legend:
        doc.text(40, doc.y, f"{c}  {t}", 7.5); doc.y += 10
    doc.each_page(lambda d, i, n: d.text(572, 770, f"Page {i} of {n}", 8, align="r"))
    return o


# ============================================================================================ m04
def m04():
    doc = Doc("DejaSans", size=7)
    o = Out("m04_medicare_advantage_eob", "reportlab", "Medicare Advantage member EOB with sidebar", doc)
    pat = "Augustin Melchers"
    st = PlanState(allowed_rate=Decimal("0.66"), visit_copay=Decimal("20.00"))
    claims = [
        ("OT-114502", "MA26-0311-00417", "Ridgecrest Outpatient Rehab",
         [S(D(2026, 3, 2), "97167", 1, ("GO",)), S(D(2026, 3, 2), "97535", 2, ("GO",))]),
        ("OT-114569", "MA26-0313-00982", "Ridgecrest Outpatient Rehab",
         [S(D(2026, 3, 5), "97530", 3, ("GO",)), S(D(2026, 3, 5), "97112", 1, ("GO", "59")),
          S(D(2026, 3, 5), "G0283", 1, ("GO",))]),
        ("OT-114633", "MA26-0318-01225", "Ridgecrest Outpatient Rehab",
         [S(D(2026, 3, 9), "97530", 2, ("GO", "CO")), S(D(2026, 3, 9), "97110", 2, ("GO", "CO"))]),
        ("77-4410-2", "MA26-0320-01561", "Dr. Sabine Okonkwo-Hart, Physiatry",
         [S(D(2026, 3, 11), "99213", 1, ())]),
    ]
    doc.text(40, 44, "EVERGREEN CREST SENIOR ADVANTAGE (HMO)", 12, True)
    doc.text(40, 58, "Explanation of Benefits for March 2026", 10)
    doc.text(40, 72, f"Member: {pat}      Member ID: ECS 30 771 592      Not a bill", 8)
    doc.rect(424, 84, 150, 150, fill=0.93)
    side = ["Questions about this", "notice?", "", "Member Services", "1-888-555-0163", "8 a.m. - 8 p.m., 7 days",
            "", "Write to us:", "Evergreen Crest Health", "PO Box 5120", "Lindell Falls, WA 98999", "",
            "Report suspected fraud", "1-888-555-0191"]
    for k, t in enumerate(side):
        doc.text(432, 98 + k * 9.5, t, 7, k in (0, 1, 3))
    doc.text(40, 96, "Your costs this month", 10, True)
    doc.y = 110
    for c in claims:
        for s in c[3]:
            commercial(s, st)
            if s.paid == 0 and not s.denied:
                pass
    # bundled line: G0283 paid as part of another service
    g = claims[1][3][2]
    g.allowed = ZERO; g.discount = g.billed; g.paid = ZERO; g.owes = ZERO; g.coinsurance = ZERO; g.copay = ZERO
    g.adjs = [("CO", "97", g.billed)]; g.remarks = ["b"]
    allsv = [s for c in claims for s in c[3]]
    for lab, v in (("Provider charged", total(allsv, "billed")), ("Plan approved", total(allsv, "allowed")),
                   ("Plan paid", total(allsv, "paid")), ("You owe", total(allsv, "owes"))):
        doc.text(44, doc.y, lab, 8); doc.text(300, doc.y, f"${v:,.2f}", 8, align="r"); doc.y += 11
    doc.y = 250
    doc.text(40, doc.y, "Your medical claims, in detail", 11, True); doc.y += 16
    X = [(44, "Service date", "l"), (100, "What was done (code)", "l"), (318, "Units", "r"),
         (380, "Provider charged", "r"), (436, "Plan approved", "r"), (486, "Plan paid", "r"),
         (530, "You owe", "r"), (542, "Notes", "l")]
    for cid, pcn, prov, svcs in claims:
        for s in svcs:
            if s.copay:
                s.remarks = ["a"]
        cl = {"cid": cid, "pcn": pcn, "pat": pat}
        h = 44 + 12 * len(svcs)
        if doc.y + h > 740:
            doc.new_page(); doc.y = 50
        doc.rect(40, doc.y - 10, 532, h)
        doc.text(46, doc.y, f"Claim number {pcn}", 8, True)
        doc.text(566, doc.y, f"Provider: {prov}  (account {cid})", 7, align="r")
        doc.y += 12
        for x, hh, a in X:
            doc.text(x, doc.y, hh, 6.8, True, a)
        doc.y += 12
        for s in svcs:
            code = s.code + (" " + " ".join(s.mods) if s.mods else "")
            s.desc = s.desc[:34].rstrip(" ,")
            v = [dfmt(s.dos, "mdy4"), f"{s.desc} ({code})", units_s(s.units), f"${s.billed:,.2f}",
                 f"${s.allowed:,.2f}", f"${s.paid:,.2f}", f"${s.owes:,.2f}", " ".join(s.remarks)]
            for (x, hh, a), val in zip(X, v):
                doc.text(x, doc.y, val, 6.8, False, a)
            o.add(s, cl, ("billed", "allowed", "paid", "patient_owes"), adj=False)
            doc.y += 12
        v = ["", "Claim total", "", f"${total(svcs, 'billed'):,.2f}", f"${total(svcs, 'allowed'):,.2f}",
             f"${total(svcs, 'paid'):,.2f}", f"${total(svcs, 'owes'):,.2f}", ""]
        for (x, hh, a), val in zip(X, v):
            doc.text(x, doc.y, val, 6.8, True, a)
        o.claim(cl, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"),
                patient_owes=total(svcs, "owes"))
        doc.y += 22
    o.legend = [("a", "Your $20.00 specialist/therapy copay for this visit."),
                ("b", "Included in the payment for another service you got the same day; you owe nothing for it.")]
    doc.text(40, doc.y, "Notes", 9, True); doc.y += 11
    for c, t in o.legend:
        doc.text(40, doc.y, f"({c}) {t}", 7); doc.y += 10
    doc.each_page(lambda d, i, n: d.text(572, 770, f"{i} of {n}", 7, align="r"))
    return o


# ============================================================================================ m05
def m05():
    doc = Doc("LibMono", size=7)
    o = Out("m05_medicaid_ra_mono", "fpdf2", "state Medicaid RA, paid/denied/adjustment sections, reversal", doc)
    L = 30

    def banner(d, sect=None):
        d.text(L, 36, "STATE OF NEW HALDANE  DEPARTMENT OF HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM", 7.5, True)
        d.text(L, 46, "REMITTANCE AND STATUS REPORT        RA NO: 0003318842     PAYMENT DATE: 02/13/26", 7)
        d.text(L, 56, "PROVIDER: CEDARMOOR CHILDRENS THERAPY LLC      NPI: 1558201947    PROV NO: 00931472", 7)
        d.line(L, 60, 582, 60)
        d.y = 74
        if sect:
            d.text(L, d.y, sect, 7.5, True); d.y += 11
            colhdr(d)

    def colhdr(d):
        d.text(L, d.y, " LN DOS      PROC-MODS       UNITS     BILLED    ALLOWED       PAID  EOB CODES", 7, True)
        d.y += 4
        d.line(L, d.y, 582, d.y, 0.3)
        d.y += 9

    def member(d, cl, mid, status):
        d.text(L, d.y, f"MEMBER: {cl['pat']:<24} MID: {mid}  PAT ACCT: {cl['cid']}  ICN: {cl['pcn']}", 7)
        d.y += 9
        d.text(L, d.y, f"        CLAIM STATUS: {status}", 7)
        d.y += 10

    def row(d, n, s, cl, sect):
        if d.y > 740:
            d.new_page(); banner(d, sect + " (CONTINUED)")
            d.text(L, d.y, f"MEMBER: {cl['pat']} (CONTINUED)  ICN: {cl['pcn']}", 7); d.y += 10
        pm = "-".join((s.code,) + s.mods)
        line = (f"{n:>3} {dfmt(s.dos, 'mdy2'):8} {pm:<14} {units_s(s.units):>6} {money(s.billed, '', 'trail'):>10} "
                f"{money(s.allowed, '', 'trail'):>10} {money(s.paid, '', 'trail'):>10}  {' '.join(s.remarks)}")
        d.text(L, d.y, line, 7)
        o.add(s, cl, ("billed", "allowed", "paid"), adj=False, desc=False)
        d.y += 12

    def tot(d, cl, svcs):
        b, a, p = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
        d.text(L, d.y, f"    CLAIM TOTAL {'':18} {money(b, '', 'trail'):>10} {money(a, '', 'trail'):>10} "
                       f"{money(p, '', 'trail'):>10}", 7, True)
        o.claim(cl, billed=b, allowed=a, paid=p)
        d.y += 14

    paid_claims = [
        ("OKAFOR-BELL, JANAE", "100487729301", "CCT40017", "2026040112340",
         [S(D(2026, 1, 5), "97530", 2, ("GO",)), S(D(2026, 1, 5), "97112", 1, ("GO",)),
          S(D(2026, 1, 7), "97530", 2, ("GO",)), S(D(2026, 1, 9), "97530", 2, ("GO",)),
          S(D(2026, 1, 12), "97530", 2, ("GO",)), S(D(2026, 1, 12), "97535", 1, ("GO",))]),
        ("PRZYBYLSKI, TOMAS", "100512200478", "CCT40052", "2026040112355",
         [S(D(2026, 1, 6), "92507", 1, ("GN",)), S(D(2026, 1, 8), "92507", 1, ("GN",)),
          S(D(2026, 1, 13), "92507", 1, ("GN",)), S(D(2026, 1, 15), "92526", 1, ("GN",))]),
        ("VILLANUEVA-ROSS, MAYA", "100498811066", "CCT40068", "2026040112371",
         [S(D(2026, 1, 5), "97166", 1, ("GO",)), S(D(2026, 1, 7), "97530", 3, ("GO",)),
          S(D(2026, 1, 7), "97110", 1, ("GO",)), S(D(2026, 1, 9), "97530", 3, ("GO",)),
          S(D(2026, 1, 9), "97140", 1, ("GO", "59")), S(D(2026, 1, 14), "97530", 3, ("GO",)),
          S(D(2026, 1, 14), "97535", 2, ("GO",)), S(D(2026, 1, 16), "97530", 3, ("GO",)),
          S(D(2026, 1, 16), "97112", 2, ("GO",)), S(D(2026, 1, 21), "97530", 3, ("GO",)),
          S(D(2026, 1, 21), "97110", 2, ("GO",)), S(D(2026, 1, 23), "97168", 1, ("GO",))]),
        ("OKAFOR-BELL, DARIUS", "100487729319", "CCT40071", "2026040112389",
         [S(D(2026, 1, 6), "92523", 1, ()), S(D(2026, 1, 13), "92507", 1, ()), S(D(2026, 1, 20), "92507", 1, ()),
          S(D(2026, 1, 27), "92507", 1, ()), S(D(2026, 1, 29), "92507", 1, ())]),
        ("ASHWORTH, KELLAN", "100533019275", "CCT40069", "2026040112376",
         [S(D(2026, 1, dd), c, u, ("GP",)) for dd in (6, 8, 13, 15, 20, 22, 27) for c, u in (("97110", 2),
                                                                                           ("97116", 1))]),
    ]
    banner(doc)
    doc.text(L, doc.y, "*** CLAIMS PAID ***", 7.5, True); doc.y += 11
    colhdr(doc)
    for pat, mid, cid, icn, svcs in paid_claims:
        for s in svcs:
            medicaid(s)
            s.remarks = ["0851"] if s.discount else ["0001"]
        cl = {"cid": cid, "pcn": icn, "pat": pat}
        if doc.y > 700 and cid not in ("CCT40068", "CCT40069"):
            doc.new_page(); banner(doc, "*** CLAIMS PAID *** (CONTINUED)")
        member(doc, cl, mid, "PAID")
        for n, s in enumerate(svcs, 1):
            row(doc, n, s, cl, "*** CLAIMS PAID ***")
        tot(doc, cl, svcs)
    # denied
    if doc.y > 640:
        doc.new_page(); banner(doc)
    doc.text(L, doc.y, "*** CLAIMS DENIED ***", 7.5, True); doc.y += 11
    colhdr(doc)
    den = [S(D(2026, 1, 19), "97530", 2, ("GO",), denied="CO"), S(D(2026, 1, 19), "97110", 2, ("GO",), denied="CO")]
    for s in den:
        medicaid(s, "197")
        s.remarks = ["2014", "0960"]
    cl = {"cid": "CCT40090", "pcn": "2026040112402", "pat": "PRZYBYLSKI, TOMAS"}
    member(doc, cl, "100512200478", "DENIED")
    for n, s in enumerate(den, 1):
        row(doc, n, s, cl, "*** CLAIMS DENIED ***")
    tot(doc, cl, den)
    # adjustment: reversal + replacement
    if doc.y > 600:
        doc.new_page(); banner(doc)
    doc.text(L, doc.y, "*** CLAIM ADJUSTMENTS ***", 7.5, True); doc.y += 11
    colhdr(doc)
    orig = [S(D(2025, 12, 15), "97530", 2, ("GO",)), S(D(2025, 12, 15), "97140", 1, ("GO",))]
    for s in orig:
        medicaid(s)
    rev = [negate(s) for s in orig]
    for s in rev:
        s.remarks = ["9921"]
    cl = {"cid": "CCT39881", "pcn": "2026040112417", "pat": "OKAFOR-BELL, JANAE"}
    member(doc, cl, "100487729301", "REVERSAL OF ICN 2025351104476")
    for n, s in enumerate(rev, 1):
        row(doc, n, s, cl, "*** CLAIM ADJUSTMENTS ***")
    tot(doc, cl, rev)
    rep = [S(D(2025, 12, 15), "97530", 3, ("GO",)), S(D(2025, 12, 15), "97140", 1, ("GO", "59"))]
    for s in rep:
        medicaid(s)
        s.remarks = ["9922"]
    cl = {"cid": "CCT39881", "pcn": "2026040112418", "pat": "OKAFOR-BELL, JANAE"}
    member(doc, cl, "100487729301", "REPLACEMENT OF ICN 2025351104476")
    for n, s in enumerate(rep, 1):
        row(doc, n, s, cl, "*** CLAIM ADJUSTMENTS ***")
    tot(doc, cl, rep)
    o.legend = [("0001", "Paid as billed."), ("0851", "Paid at the program's maximum fee."),
                ("2014", "Service needs an approved prior authorization on file."),
                ("0960", "Visit limit for the benefit year reached."),
                ("9921", "Earlier claim taken back in full."), ("9922", "Corrected claim paid.")]
    doc.text(L, doc.y, "EOB CODE DESCRIPTIONS", 7.5, True); doc.y += 10
    for c, t in o.legend:
        doc.text(L, doc.y, f"{c}  {t.upper()}", 7); doc.y += 9
    doc.each_page(lambda d, i, n: d.text(582, 46, f"PAGE {i:>3} OF {n:>3}", 7, align="r"))
    return o


# ============================================================================================ m06
def m06():
    doc = Doc("LibNarrow", size=7.5)
    o = Out("m06_medicaid_ra_boxed", "reportlab", "state Medicaid RA, boxed claim blocks, CARC/RARC", doc)
    claims = [
        ("Halvorsen, Britta", "MC9930147", "PF-2207", "3126018004412",
         [S(D(2026, 2, 2), "97161", 1, ("GP",)), S(D(2026, 2, 2), "97110", 2, ("GP",)),
          S(D(2026, 2, 4), "97110", 2, ("GP",)), S(D(2026, 2, 4), "97140", 1, ("GP", "59"))]),
        ("Halvorsen, Nils", "MC9930155", "PF-2213", "3126018004419",
         [S(D(2026, 2, 3), "97165", 1, ("GO",)), S(D(2026, 2, 5), "97530", 2, ("GO",)),
          S(D(2026, 2, 5), "97533", 1, ("GO",), denied="CO")]),
        ("Abernathy-Lowe, Cyrus", "MC8821063", "PF-2230", "3126018004427",
         [S(D(2026, 2, 6), "92507", 1, ("GN",)), S(D(2026, 2, 9), "92507", 1, ("GN",)),
          S(D(2026, 2, 11), "92507", 1, ("GN",)), S(D(2026, 2, 13), "92507", 1, ("GN",))]),
        ("Teodorescu, Ilinca", "MC7710392", "PF-2241", "3126018004430",
         [S(D(2026, 2, 9), "97162", 1, ("GP",)), S(D(2026, 2, 9), "97116", 2, ("GP",)),
          S(D(2026, 2, 11), "97116", 2, ("GP",)), S(D(2026, 2, 11), "97112", 1, ("GP",)),
          S(D(2026, 2, 13), "97116", 2, ("GP", "CQ"))]),
    ]
    X = [(44, "Ln", "l"), (60, "From DOS", "l"), (108, "To DOS", "l"), (156, "Procedure", "l"), (204, "Modifiers", "l"),
         (270, "Units", "r"), (320, "Billed Amt", "r"), (370, "Allowed Amt", "r"), (392, "Adj Grp/CARC", "l"),
         (478, "Adj Amount", "r"), (486, "RARC", "l"), (570, "Paid Amt", "r")]

    def top(d):
        d.text(40, 40, "WESTMARCH MEDICAL ASSISTANCE PROGRAM", 12, True)
        d.text(40, 54, "Provider Remittance Advice", 10)
        d.text(572, 40, "Remit date 02/27/2026   Remit # 884120-07", 8, align="r")
        d.text(572, 52, "Payee: Pinefield Physical & Occupational Therapy", 8, align="r")
        d.text(572, 64, "Payee ID 4400391822   EFT trace 0000718836", 8, align="r")
        d.y = 86

    top(doc)
    for pat, rid, cid, tcn, svcs in claims:
        for s in svcs:
            medicaid(s, "96")
            s.remarks = ["N130"] if s.denied else []
        cl = {"cid": cid, "pcn": tcn, "pat": pat}
        h = 50 + 12 * len(svcs)
        if doc.y + h > 740:
            doc.new_page(); top(doc)
        y0 = doc.y - 10
        doc.rect(40, y0, 532, 14, fill=0.9)
        doc.text(44, doc.y, f"Recipient: {pat}", 8, True)
        doc.text(200, doc.y, f"Recipient ID: {rid}", 8)
        doc.text(320, doc.y, f"Patient Acct No: {cid}", 8)
        doc.text(440, doc.y, f"TCN: {tcn}", 8)
        doc.y += 16
        for x, hh, a in X:
            doc.text(x, doc.y, hh, 7, True, a)
        doc.y += 12
        for n, s in enumerate(svcs, 1):
            adj = s.adjs[0] if s.adjs else None
            v = [str(n), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), f"{s.units:.2f}",
                 M(s.billed), M(s.allowed), f"{adj[0]} {adj[1]}" if adj else "", M(adj[2]) if adj else "",
                 " ".join(s.remarks), M(s.paid)]
            for (x, hh, a), val in zip(X, v):
                doc.text(x, doc.y, val, 7.5, False, a)
            o.add(s, cl, ("billed", "allowed", "paid"), desc=False)
            doc.y += 12
        st = "DENIED" if all(s.denied for s in svcs) else "PAID"
        doc.text(44, doc.y, f"Claim status: {st}", 7.5, True)
        for x, val in ((320, total(svcs, "billed")), (370, total(svcs, "allowed")), (570, total(svcs, "paid"))):
            doc.text(x, doc.y, M(val), 7.5, True, "r")
        o.claim(cl, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"))
        doc.y += 6
        doc.rect(40, y0, 532, doc.y - y0)
        doc.y += 22
    o.legend = [("N130", "Check the program's benefit limits for this service.")]
    doc.text(40, doc.y, "Remark code glossary:  N130  Check the program's benefit limits for this service.", 7.5)
    doc.y += 10
    doc.text(40, doc.y, "Adjustment reasons: CO 45 charge above program maximum; CO 96 service not covered.", 7.5)
    doc.each_page(lambda d, i, n: d.text(306, 770, f"Page {i} of {n}", 7, align="c"))
    return o


# ============================================================================================ m07
def m07():
    doc = Doc("LibMono", landscape=True, size=7.2)
    o = Out("m07_clearinghouse_spr", "fpdf2", "Medicare-style standard paper remit from a clearinghouse", doc)
    st = PlanState(ded_left=Decimal("30.00"))
    L = 24
    claims = [
        ("LINDQVIST, HARALD", "4KQ8TT2WE55", "SRW-100311", "2226035018810", "1730559214",
         [S(D(2026, 2, 2), "97163", 1, ("GP",)), S(D(2026, 2, 2), "97110", 2, ("GP", "KX")),
          S(D(2026, 2, 4), "97110", 2, ("GP", "KX")), S(D(2026, 2, 4), "97140", 1, ("GP", "59"))]),
        ("MBEKI-ORTIZ, LORNA", "9RF2MV7KA03", "SRW-100344", "2226035018827", "1730559214",
         [S(D(2026, 2, 3), "97167", 1, ("GO",)), S(D(2026, 2, 3), "97535", 2, ("GO", "CO")),
          S(D(2026, 2, 5), "97530", 3, ("GO", "CO")), S(D(2026, 2, 5), "0552T", 1, (), denied="CO")]),
        ("DUVERNAY, PAULETTE", "2HJ6NR4XP81", "SRW-100359", "2226035018834", "1992004717",
         [S(D(2026, 2, 6), "92523", 1, ("GN",)), S(D(2026, 2, 10), "92507", 1, ("GN",)),
          S(D(2026, 2, 12), "92507", 1, ("GN",))]),
    ]

    def top(d, i):
        d.text(L, 30, "CLAIMBRIDGE EXCHANGE SERVICES  -  STANDARD PAPER REMITTANCE (PRINTED FROM 835)", 8, True)
        d.text(L, 40, "PAYER: MEDICARE PART B JURISDICTION 19 (SIMULATED)     PROVIDER: SOUNDVIEW REHAB WORKS PC", 7.2)
        d.text(L, 50, "PROVIDER #: 7740318  CHECK/EFT #: 884201337  DATE: 02/24/2026", 7.2)
        d.line(L, 54, 768, 54)
        d.text(L, 64, "PERF PROV   SERV DATE   POS NOS  PROC  MODS      BILLED  ALLOWED   DEDUCT    COINS "
                      " GRP/RC-AMT        PROV PD", 7.2, True)
        d.line(L, 67, 768, 67, 0.3)
        d.y = 78

    top(doc, 1)
    allsv = []
    for pat, hic, acnt, icn, npi, svcs in claims:
        for s in svcs:
            medicare(s, st, deny_reason="96")
            if s.denied:
                s.remarks = ["N425"]
        cl = {"cid": acnt, "pcn": icn, "pat": pat}
        doc.text(L, doc.y, f"NAME {pat:<22} HIC {hic}  ACNT {acnt}  ICN {icn}  ASG Y  MOA MA01", 7.2)
        doc.y += 10
        for s in svcs:
            mods = " ".join(s.mods)
            a0 = s.adjs[0]
            ln = (f"{npi}  {s.dos:%m%d} {s.dos:%m%d%y}  11 {units_s(s.units):>3}  {s.code:<5} {mods:<7} "
                  f"{money(s.billed, ''):>9} {money(s.allowed, ''):>8} {money(s.deductible, ''):>8} "
                  f"{money(s.coinsurance, ''):>8}  {a0[0]}-{a0[1]:<4}{money(a0[2], ''):>8} {money(s.paid, ''):>10}")
            doc.text(L, doc.y, ln, 7.2)
            o.add(s, cl, ("billed", "allowed", "deductible", "coinsurance", "paid"), remarks=s.remarks, desc=False)
            doc.y += 10
            for g, r, a in s.adjs[1:]:
                doc.text(L, doc.y, " " * 81 + f"{g}-{r:<4}{money(a, ''):>8}", 7.2)
                doc.y += 10
            if s.remarks:
                doc.text(L, doc.y, "CNTL #:              REM: " + " ".join(s.remarks), 7.2)
                doc.y += 10
        b, al, de, co, pd = (total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid"))
        ow = total(svcs, "owes")
        adj = sum((a for s in svcs for g, r, a in s.adjs), ZERO)
        doc.text(L, doc.y, f"PT RESP {money(ow, ''):>9}      CLAIM TOTALS      {money(b, ''):>9} {money(al, ''):>8} "
                           f"{money(de, ''):>8} {money(co, ''):>8}  {'':7}{money(adj, ''):>8} {money(pd, ''):>10}", 7.2)
        doc.y += 10
        doc.text(L, doc.y, f"ADJ TO TOTALS:    PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00   "
                           f"NET {money(pd, '')}", 7.2)
        o.claim(cl, billed=b, allowed=al, paid=pd, patient_owes=ow)
        allsv += svcs
        doc.y += 18
        if doc.y > 480 and pat != claims[-1][0]:
            doc.new_page(); top(doc, 2)
    doc.text(L, doc.y, f"TOTALS:  # OF CLAIMS 3   BILLED AMT {money(total(allsv, 'billed'), '')}   ALLOWED AMT "
                       f"{money(total(allsv, 'allowed'), '')}   PROV PD AMT {money(total(allsv, 'paid'), '')}   "
                       f"CHECK AMT {money(total(allsv, 'paid'), '')}", 7.2, True)
    doc.y += 16
    o.legend = [("N425", "Statutorily excluded service(s).")]
    doc.text(L, doc.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", 7.2, True); doc.y += 10
    for t in ("CO   CONTRACTUAL OBLIGATION      PR   PATIENT RESPONSIBILITY",
              "45   CHARGE OVER FEE SCHEDULE    1  DEDUCTIBLE    2  COINSURANCE    253  SEQUESTRATION",
              "96   NON-COVERED CHARGE          MA01 APPEAL RIGHTS NOTICE", "N425 STATUTORILY EXCLUDED SERVICE"):
        doc.text(L, doc.y, t, 7.2); doc.y += 9
    doc.each_page(lambda d, i, n: d.text(768, 30, f"PAGE #: {i} OF {n}", 7.2, align="r"))
    return o


# ============================================================================================ m08
def m08():
    doc = Doc("Helvetica", landscape=True, size=7)
    o = Out("m08_pm_era_posting_report", "reportlab", "practice-management ERA posting report, ids every row", doc)
    st = PlanState(ded_left=Decimal("120.00"), allowed_rate=Decimal("0.71"), copay_codes={"99213": Decimal("30.00")})
    pats = [("Gallagher, Rowan", "ACC-73301", "QH26D0447120"), ("Gallagher, Sienna", "ACC-73302", "QH26D0447133"),
            ("Gallagher, Eamon", "ACC-73310", "QH26D0447151"), ("Feliciano, Bea", "ACC-70884", "QH26D0447168")]
    sv = {
        0: [S(D(2026, 3, 2), c, u, m) for c, u, m in (("97161", 1, ("GP",)), ("97110", 2, ("GP",)),
                                                       ("97140", 1, ("GP",)))] +
           [S(D(2026, 3, d), c, u, m) for d in (4, 6, 9, 11, 13, 16, 18) for c, u, m in
            (("97110", 2, ("GP",)), ("97140", 1, ("GP", "59")))],
        1: [S(D(2026, 3, 3), "97165", 1, ("GO",)), S(D(2026, 3, 3), "97530", 2, ("GO",)),
            S(D(2026, 3, 10), "97530", 2, ("GO",)), S(D(2026, 3, 10), "97533", 1, ("GO",), denied="CO")],
        2: [S(D(2026, 3, 5), "99213", 1, ()), S(D(2026, 3, 5), "G0283", 1, ("GP",)),
            S(D(2026, 3, 12), "97112", 2, ("GP",))],
        3: [S(D(2026, 3, 6), "92523", 1, ()), S(D(2026, 3, 13), "92507", 1, ()), S(D(2026, 3, 20), "92507", 1, ())],
    }
    X = [(20, "Patient", "l"), (98, "Acct #", "l"), (146, "Payer Claim #", "l"), (212, "DOS", "l"),
         (254, "CPT", "l"), (282, "Mod", "l"), (322, "Units", "r"), (370, "Charge", "r"), (414, "Allowed", "r"),
         (456, "Deduct", "r"), (494, "Coins", "r"), (532, "Copay", "r"), (542, "Adj Code", "l"),
         (620, "Adj Amt", "r"), (668, "Ins Paid", "r"), (716, "Pt Resp", "r"), (724, "RARC", "l")]

    def top(d):
        d.text(20, 28, "Pinnacle Practice Manager v9  |  ERA Payment Posting Detail", 10, True)
        d.text(772, 28, "Run 03/31/2026 07:14  User: JWRIGHT", 7, align="r")
        d.text(20, 40, "Practice: Larkspur Family Rehab & Wellness    Payer: QuarryHill Health Plans (ID 61144)    "
                       "EFT 000071184402  Deposit 03/30/2026", 7.5)
        d.rect(18, 47, 756, 13, fill=0.82)
        for x, h, a in X:
            d.text(x, 56, h, 7, True, a)
        d.y = 72

    top(doc)
    for k, (pat, acct, pcn) in enumerate(pats):
        svcs = sv[k]
        for s in svcs:
            commercial(s, st, deny_reason="96")
            s.remarks = ["N130"] if s.denied else []
        cl = {"cid": acct, "pcn": pcn, "pat": pat}
        for s in svcs:
            if doc.y + 8 * len(s.adjs) > 575:
                doc.new_page(); top(doc)
            a0 = s.adjs[0]
            v = [pat, acct, pcn, dfmt(s.dos, "mdy2"), s.code, ",".join(s.mods), units_s(s.units), M(s.billed),
                 M(s.allowed), M(s.deductible), M(s.coinsurance), M(s.copay), f"{a0[0]}-{a0[1]}", M(a0[2]),
                 M(s.paid), M(s.owes), " ".join(s.remarks)]
            for (x, h, a), val in zip(X, v):
                doc.text(x, doc.y, val, None, False, a)
            o.add(s, cl, ("billed", "allowed", "deductible", "coinsurance", "copay", "paid", "patient_owes"),
                  desc=False)
            for g, r, a in s.adjs[1:]:
                doc.y += 9
                doc.text(542, doc.y, f"{g}-{r}"); doc.text(620, doc.y, M(a), None, False, "r")
            doc.y += 11
        if doc.y > 570:
            doc.new_page(); top(doc)
        doc.line(340, doc.y - 7, 772, doc.y - 7, 0.3)
        doc.text(98, doc.y, f"Claim {pcn} subtotal", 7, True)
        for x, key in ((370, "billed"), (414, "allowed"), (456, "deductible"), (494, "coinsurance"), (532, "copay"),
                       (668, "paid"), (716, "owes")):
            doc.text(x, doc.y, M(total(svcs, key)), 7, True, "r")
        o.claim(cl, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"),
                patient_owes=total(svcs, "owes"))
        doc.y += 18
    alls = [s for v in sv.values() for s in v]
    doc.text(20, doc.y, f"EFT total posted: {M(total(alls, 'paid'))}     Lines posted: {len(alls)}     "
                        f"Unposted: 0", 8, True)
    o.legend = [("N130", "Plan benefit limits apply to this service.")]
    doc.each_page(lambda d, i, n: d.text(396, 598, f"Page {i} of {n}", 7, align="c"))
    return o


# ============================================================================================ m09
def m09():
    doc = Doc("DejaSerif", size=7)
    o = Out("m09_clinic_family_statement", "fpdf2", "therapy clinic family statement, rows run onto page 2", doc)
    st = PlanState(ded_left=Decimal("85.00"), allowed_rate=Decimal("0.80"), coins_rate=Decimal("0.15"))
    visits = []
    specs = [
        ("Noor Vantongeren", [(D(2026, 1, 8), [("97166", 1, ("GO",)), ("97530", 2, ("GO",))]),
                              (D(2026, 1, 15), [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]),
                              (D(2026, 1, 22), [("97530", 2, ("GO",)), ("97112", 1, ("GO",))]),
                              (D(2026, 1, 29), [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]),
                              (D(2026, 2, 3), [("97530", 2, ("GO",)), ("97112", 1, ("GO",))]),
                              (D(2026, 2, 5), [("97168", 1, ("GO",)), ("97530", 2, ("GO",))])]),
        ("Caspian Vantongeren", [(D(2026, 1, 9), [("92523", 1, ("GN",))]), (D(2026, 1, 16), [("92507", 1, ("GN",))]),
                                 (D(2026, 1, 23), [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
                                 (D(2026, 1, 30), [("92507", 1, ("GN",))]),
                                 (D(2026, 2, 4), [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
                                 (D(2026, 2, 6), [("92507", 1, ("GN",))])]),
        ("Hedda Vantongeren", [(D(2026, 1, 12), [("97161", 1, ("GP",)), ("97140", 1, ("GP",))]),
                               (D(2026, 1, 19), [("97110", 2, ("GP",)), ("97140", 1, ("GP",)),
                                                 ("97760", 1, ("GP",))]),
                               (D(2026, 1, 26), [("97110", 2, ("GP",)), ("L3807", 1, ("LT",))])]),
    ]
    vn = 60211
    for pat, vs in specs:
        for dos, items in vs:
            svcs = [S(dos, c, u, m) for c, u, m in items]
            for s in svcs:
                commercial(s, st)
            visits.append((pat, f"V{vn}", f"OHP-{vn * 7 % 100000:05d}-26", dos, svcs))
            vn += 13
    visits.sort(key=lambda v: v[3])
    d = doc
    d.text(40, 44, "Wrenfield Pediatric & Family Therapy", 13, True)
    d.text(40, 56, "2290 Old Mill Parkway, Suite 4  ·  Carrow Bay, VT 05999  ·  (802) 555-0139", 7.5)
    d.rect(380, 30, 192, 70)
    for k, t in enumerate(["STATEMENT DATE   02/10/2026", "GUARANTOR ACCT   G-004127", "AMOUNT DUE",
                           "PAY BY           03/05/2026"]):
        d.text(386, 42 + k * 14, t, 7.5, k == 2)
    alls = [s for v in visits for s in v[4]]
    d.text(566, 70, f"${total(alls, 'owes'):,.2f}", 10, True, "r")
    d.text(40, 80, "Lorenza Vantongeren", 8.5, True)
    d.text(40, 91, "17 Thistle Hollow Rd, Carrow Bay, VT 05999", 7.5)
    d.line(40, 110, 572, 110, 0.3)
    d.text(40, 118, "- - - please detach and return the portion above with your payment - - -", 6.5)
    X = [(40, "Date", "l"), (82, "Patient", "l"), (168, "Code", "l"), (214, "Description", "l"), (372, "Units", "r"),
         (416, "Charge", "r"), (460, "Ins Paid", "r"), (504, "Ins Adj", "r"), (562, "Your Balance", "r")]
    d.y = 140
    d.rect(38, d.y - 9, 536, 13, fill=0.87)
    for x, h, a in X:
        d.text(x, d.y, h, 7, True, a)
    d.y += 14
    insurer = "Orchard Heights Health Plan"
    for pat, vid, pcn, dos, svcs in visits:
        cl = {"cid": vid, "pcn": pcn, "pat": pat}
        if d.y > 740:
            d.new_page(); d.y = 50
        d.text(40, d.y, f"Visit {vid} - {pat} - billed to {insurer}, claim {pcn}", 7, True)
        d.y += 11
        for s in svcs:
            if d.y > 752:
                d.new_page(); d.y = 50
            insadj = s.billed - s.paid - s.owes
            s.desc = s.desc[:30].rstrip(" ,")
            v = [dfmt(s.dos, "mdy2"), pat, s.code + ("-" + "-".join(s.mods) if s.mods else ""), s.desc,
                 units_s(s.units), M(s.billed), M(s.paid), M(insadj), M(s.owes)]
            for (x, h, a), val in zip(X, v):
                d.text(x, d.y, val, 6.8, False, a)
            o.add(s, cl, ("billed", "paid", "patient_owes"), adj=False)
            d.y += 12
        o.claim(cl)
        d.y += 6
    if d.y > 690:
        d.new_page(); d.y = 50
    d.line(300, d.y, 572, d.y, 0.5); d.y += 10
    for lab, v in (("Total charges", total(alls, "billed")), ("Insurance payments", total(alls, "paid")),
                   ("Insurance adjustments", total(alls, "billed") - total(alls, "paid") - total(alls, "owes")),
                   ("Please pay this amount", total(alls, "owes"))):
        d.text(420, d.y, lab, 7.5, lab.startswith("Please")); d.text(562, d.y, M(v), 7.5, True, "r"); d.y += 11
    d.y += 8
    for ln in wrap("Questions about your bill? Call our billing office at (802) 555-0140, Monday to Friday. We "
                   "offer payment plans; ask us. Balances over 60 days may be sent to collections.", 120):
        d.text(40, d.y, ln, 7); d.y += 9
    doc.each_page(lambda dd, i, n: dd.text(572, 775, f"Page {i} of {n}", 7, align="r"))
    return o


# ============================================================================================ m10
def m10():
    doc = Doc("DejaCond", size=7.2)
    o = Out("m10_hospital_family_statement", "reportlab", "hospital outpatient rehab statement, account per member",
            doc)
    st = PlanState(ded_left=Decimal("200.00"), allowed_rate=Decimal("0.63"))
    REV = {"97": "0430", "92": "0440", "99": "0510", "G0": "0420", "L3": "0274"}
    accts = [
        ("Wilhelmina Drost", "600418273", "CB7731950044", [(D(2026, 1, 12), "97167", 1, ("GO",)),
                                                           (D(2026, 1, 12), "97530", 2, ("GO",)),
                                                           (D(2026, 1, 12), "97760", 1, ("GO",)),
                                                           (D(2026, 1, 12), "L3807", 1, ("RT",))]),
        ("Ansel Drost", "600418290", "CB7731950061", [(D(2026, 1, 14), "97161", 1, ("GP",)),
                                                      (D(2026, 1, 14), "97110", 3, ("GP",)),
                                                      (D(2026, 1, 14), "G0283", 1, ("GP",))]),
        ("Femke Drost", "600418311", "CB7731950078", [(D(2026, 1, 20), "92523", 1, ("GN",)),
                                                      (D(2026, 1, 20), "99213", 1, ())]),
    ]
    d = doc
    d.text(40, 42, "ST. ANSELM REGIONAL MEDICAL CENTER", 13, True)
    d.text(40, 54, "Patient Financial Services  ·  PO Box 3318  ·  Granite Falls, NH 03999", 7.5)
    # two-column header: left guarantor, right summary box
    d.text(40, 78, "Guarantor: Pieter Drost", 8, True)
    d.text(40, 89, "450 Quarry Lane, Apt 2B, Granite Falls, NH 03999", 7.5)
    d.text(40, 100, "Statement date: 02/18/2026     Family statement - 3 accounts", 7.5)
    for pat, acc, pcn, items in accts:
        pass
    built = []
    for pat, acc, pcn, items in accts:
        svcs = [S(a, b, c, m) for a, b, c, m in items]
        for s in svcs:
            commercial(s, st)
        built.append((pat, acc, pcn, svcs))
    alls = [s for b in built for s in b[3]]
    d.rect(360, 70, 212, 56, fill=0.93)
    d.text(366, 82, "SUMMARY OF ALL ACCOUNTS", 8, True)
    d.text(366, 95, "Total hospital charges"); d.text(566, 95, M(total(alls, "billed")), None, False, "r")
    d.text(366, 106, "Insurance paid"); d.text(566, 106, M(total(alls, "paid")), None, False, "r")
    d.text(366, 119, "TOTAL AMOUNT DUE", 8, True); d.text(566, 119, f"${total(alls, 'owes'):,.2f}", 8, True, "r")
    d.y = 150
    X = [(44, "Service Date", "l"), (100, "Rev", "l"), (130, "CPT/HCPCS", "l"), (186, "Description", "l"),
         (420, "Qty", "r"), (500, "Charges", "r")]
    for pat, acc, pcn, svcs in built:
        cl = {"cid": acc, "pcn": pcn, "pat": pat}
        if d.y + 120 > 740:
            d.new_page(); d.y = 50
        d.rect(40, d.y - 10, 532, 14, fill=0.8)
        d.text(44, d.y, f"Account {acc}   Patient: {pat}   Outpatient Rehabilitation visit "
                        f"{dfmt(svcs[0].dos, 'mdy4')}", 8, True)
        d.y += 14
        for x, h, a in X:
            d.text(x, d.y, h, 7, True, a)
        d.y += 11
        for s in svcs:
            code = s.code + (" " + " ".join(s.mods) if s.mods else "")
            s.desc = s.desc[:44].rstrip(" ,").upper()
            v = [dfmt(s.dos, "mdy4"), REV[s.code[:2]], code, s.desc, units_s(s.units), M(s.billed)]
            for (x, h, a), val in zip(X, v):
                d.text(x, d.y, val, None, False, a)
            o.add(s, cl, ("billed",), adj=False)
            d.y += 10
        b, p, ow = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "owes")
        d.line(186, d.y - 6, 572, d.y - 6, 0.3)
        rows = [("Total charges", b), (f"Coastal Bluewater PPO payment (claim {pcn})", p),
                ("Contractual adjustment - Coastal Bluewater PPO", b - p - ow), ("Patient balance", ow)]
        for lab, v in rows:
            d.text(186, d.y, lab, 7.2, lab == "Patient balance"); d.text(500, d.y, M(v), 7.2, lab == "Patient balance",
                                                                          "r")
            d.y += 10
        o.claim(cl, billed=b, paid=p, patient_owes=ow)
        d.y += 16
    for ln in wrap("Your insurance has processed these visits. The balance shown is your deductible and "
                   "coinsurance. Financial assistance may be available; call (603) 555-0172.", 130):
        d.text(40, d.y, ln, 7); d.y += 9
    doc.each_page(lambda dd, i, n: dd.text(572, 772, f"Page {i} of {n}", 7, align="r"))
    return o


# ============================================================================================ main
LAYOUTS = [m01, m02, m03, m04, m05, m06, m07, m08, m09, m10]


def build(out: Path) -> list:
    res = []
    for fn in LAYOUTS:
        o = fn()
        pdf = out / f"{o.name}.pdf"
        if o.producer == "reportlab":
            o.doc.render_reportlab(pdf)
        else:
            o.doc.render_fpdf(pdf)
        write_truth(pdf, o.name, o.producer, len(o.doc.pages), o.desc, o.lines, o.claims, o.legend, o.findings)
        res.append((pdf, o))
    return res


DATE_STYLES = ("mdy2", "mdy4", "mdyn", "mon", "month", "iso", "dmy", "mdy6", "mdY8")


def check(res) -> int:
    import json
    bad = 0

    def err(m):
        nonlocal bad
        bad += 1
        print("FAIL", m)

    spanning = 0
    for pdf, o in res:
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        pages = page_lines(pdf)
        if len(pages) != t["pages"]:
            err(f"{pdf.name}: pages {len(pages)} != {t['pages']}")
        alltext = "\n".join("\n".join(p) for p in pages)
        for i, ln in enumerate(t["lines"]):
            pl = pages[ln["page"] - 1]
            ptext = "\n".join(pl)
            cands = [x for x in pl if any(w.startswith(ln["code"]) or w.strip("()").startswith(ln["code"])
                                          or ln["code"] in w for w in x.split())]
            ok = False
            for x in cands:
                nums = [parse_num(w) for w in x.replace("(", " (").split()]
                nums = [n for n in nums if n is not None]
                need = [Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible",
                                                 "copay", "coinsurance", "not_covered", "discount") if ln[k]]
                if ln["units"] and Decimal(ln["units"]) not in nums:
                    continue
                if any(n not in nums for n in need):
                    continue
                if any(m not in x for m in ln["modifiers"]):
                    continue
                if ln["description"] and ln["description"].split()[0] not in x:
                    continue
                ok = True
                break
            if not ok:
                err(f"{pdf.name} line {i}: code {ln['code']} amounts/units/mods not on one text line")
            dd = date.fromisoformat(ln["service_date"])
            if not any(dfmt(dd, s) in ptext for s in DATE_STYLES) and f"{dd:%m%d%y}" not in ptext:
                err(f"{pdf.name} line {i}: date {dd} not on page")
            for g, r, a in ln["adjustments"]:
                if r not in ptext or (a and money(Decimal(a), ",").lstrip("-") not in ptext):
                    err(f"{pdf.name} line {i}: adjustment {g} {r} {a} not on page")
            for r in ln["remarks"]:
                if r not in ptext:
                    err(f"{pdf.name} line {i}: remark {r} not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in alltext:
                    err(f"{pdf.name} line {i}: {k} {ln[k]} not in document text")
            if ln["adjustments"] and ln["billed"] and ln["paid"]:
                s = sum((Decimal(a) for g, r, a in ln["adjustments"]), Decimal("0"))
                if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                    err(f"{pdf.name} line {i}: billed - adjustments != paid")
        # claim totals
        for c in t["claims"]:
            mine = [ln for ln in t["lines"] if ln["claim_id"] == c["claim_id"] and
                    ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
            if not mine:
                err(f"{pdf.name}: claim {c['payer_claim_id']} has no lines")
            if len({ln["page"] for ln in mine}) > 1:
                spanning += 1
            planted = any(str(c["payer_claim_id"]) in f for f in t["expected_findings"])
            for k, v in c["totals"].items():
                if v is None or any(ln[k] is None for ln in mine):
                    continue
                ssum = sum((Decimal(ln[k]) for ln in mine), Decimal("0"))
                if (ssum == Decimal(v)) == planted and (k == "patient_owes" or not planted):
                    err(f"{pdf.name}: claim {c['payer_claim_id']} total {k} {v} vs lines {ssum} (planted={planted})")
                if Decimal(v) != ssum and money(Decimal(v), ",") not in alltext.replace("$", ""):
                    pass
        print(f"{pdf.name}: {len(t['lines'])} lines, {len(t['claims'])} claims, {t['pages']} pages, "
              f"{len({ln['patient'] for ln in t['lines']})} patients")
    if spanning < 3:
        err(f"only {spanning} claims span a page break")
    print(f"claims spanning pages: {spanning}")
    return bad


def main(argv: list[str]) -> int:
    import tempfile
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout205_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    res = build(out)
    print(f"wrote {len(res)} PDFs to {out}")
    if "--check" in argv:
        bad = check(res)
        print("CHECK", "PASSED" if not bad else f"FAILED ({bad})")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
