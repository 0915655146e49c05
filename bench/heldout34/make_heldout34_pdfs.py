"""Write the THIRTY-FOURTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader on the five commonest real document kinds (commercial member EOBs, Medicare
Summary Notice / Medicare Advantage member EOB, state Medicaid remittance advices, Medicare remits re-printed by
practice-management / clearinghouse software, family statements from a therapy clinic and a hospital), two of
each, in house styles of their own. Written without looking at the reader or at how it reads these files.

Run:  python bench/heldout34/make_heldout34_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout34/make_heldout34_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; files are <name>.pdf.truth.json), printed values
only, null for what a layout does not print (units too: no units printed -> null; modifiers [] when none printed);
description is null throughout. claim_id = the provider's own account / patient-control / visit / hospital-account
number printed with the claim (null where none is, e.g. the MSN), payer_claim_id = the payer's claim number / ICN /
TCN / insurer claim no., patient = the person who got the service exactly as printed (capitals where printed so;
not the guarantor, subscriber or member unless the same person). Where a line prints From and Thru (or SPR "MMDD
MMDDYY"), service_end is the Thru date. Printed note / EOB / remark codes on a row are its remarks; adjustments are
only those printed with a group code. Every name, number, payer, provider, address and ID is invented;
descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no
randomness). Fonts: Liberation / DejaVu TrueType when installed, else PDF core fonts. Drawing (one top-origin API
over both producers), the truth collector and the self-check live in bench/heldout34/h34kit.py.

Layouts (10 files, 229 service lines, 17 pages):
  c1  commercial PPO member EOB for a family, portrait Liberation Sans: member box, grey claim bars "Claim for
      <Name> (Daughter)" + "Patient account number", two-line headings Amount billed / Plan discount / Allowed
      amount / Deductible / Copay / Coinsurance / Plan paid / Your cost / Notes, wrapped descriptions, code
      "97112 GO 59", no units, dates 01/05/26, a non-covered 0552T, Claim totals + "We paid" sentence, the third
      claim runs onto page 2 under a "- continued" bar and repeated headings (reportlab)
  c2  mutual benefit society "STATEMENT OF BENEFITS", landscape DejaVu Serif Condensed: PATIENT / RELATIONSHIP
      lines in capitals "LAST, FIRST", claim line "Claim ID ... Provider Patient No. ...", Service Dates
      "01/06/2026-01/06/2026", Proc / Mod / Units "2.00" / Charges / Plan Discount / Not Covered / Covered Amount /
      Deductible / Copay / Coinsurance / Paid By Plan / Member Resp. / Rsn, fixed copays, non-covered CO lines,
      Claim Total rows, three family members (fpdf2)
  m1  Medicare Summary Notice for Part B, DejaVu Sans: dashboard page, boxed claim heads per date ("January 6,
      2026", claim number, provider + address), wording with "(97110)" at the end and the amounts on its LAST
      text line, Service Approved? Yes/No, Amount Provider Charged / Medicare-Approved / Medicare Paid / Maximum You
      May Be Billed / See Notes letters, deductible, a non-approved 0552T, Total for Claim, 3 pages (reportlab)
  m2  Medicare Advantage HMO member EOB, portrait Liberation Sans: dark title band, out-of-pocket box, help box on
      page 1, shaded claim bars "Claim MA... provider - provider's account no.", Date 01/05/2026 / wrapped service
      / Code "97110-GP-CQ" / Units / Provider billed / Plan-approved amount / Plan's share / Your share / Note,
      $20 copay per visit day, a non-covered line, claim 2 runs onto page 2 "(continued from previous page)"
      (fpdf2)
  d1  state Medicaid fee-for-service REMITTANCE ADVICE, landscape DejaVu Sans Mono fixed-width text rows: CLAIM
      STATUS sections PAID / DENIED / ADJUSTED, "RECIP: LAST, FIRST  RECIP ID  ICN  PAT ACCT" heads, LN / FROM /
      THRU MMDDYY / PROC / M1 / M2 / UNITS "4.00" / BILLED / ALLOWED / TPL / COPAY / PAID / 4-digit EOB CODES, a
      void with trailing-minus amounts and units and its replacement, CLAIM TOTAL rows, EOB legend, 2 pages (fpdf2)
  d2  state Medicaid "Provider Remittance Advice - Professional Claims", portrait Liberation Serif: boxed label-over-
      value claim heads (Member Name / Member ID / TCN / Patient Account No. / Claim Status), Ln / Dates of Service
      "01-05-2026 - 01-05-2026" / Proc / Mods / Units "2.0" / Billed / Allowed / Paid / Adj Grp-Rsn "CO-45" / Adj
      Amt / Remark, a benefit-limit denial (CO-119, N130), Claim totals (reportlab)
  p1  Medicare Part B standard paper remit re-printed by practice-management software, portrait core Courier:
      print header with user and time, NAME / MID / ACNT / ICN / ASG / MOA claim lines, PERF PROV / SERV DATE "0105
      010526" / POS / NOS / PROC / MODS "GP KX" / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT (further
      adjustments on sub-rows) / PROV PD, a CO-96 denial with REM N425, PT RESP + CLAIM TOTALS + NET rows (fpdf2)
  p2  clearinghouse "Remittance Detail Report" of a Medicare Part B remit, landscape DejaVu Sans Condensed: grey
      claim bands (Patient "Last, First" / MBI / Patient Ctrl # / Payer Claim # / Status), Modifiers "GO, CO",
      money in parentheses for negatives, all adjustments in one cell "CO-45 116.30  PR-2 14.74  CO-253 1.18",
      a reversal of a December claim and its correction, a denied claim (MA130), a 23-line claim running onto
      page 2 under a "(continued)" band, Claim total rows with patient responsibility (reportlab)
  s1  pediatric therapy clinic family statement to a guarantor, portrait Liberation Sans Narrow: statement box,
      "Visit V-... Patient: <child> Billed to <plan>, claim <no.>" heads, Date / Code / Mod / Qty / Description /
      Charges / Insurance Paid / Insurance Adjustment (no code) / Your Portion / running Balance, three children,
      a non-covered group session, Visit total rows, AMOUNT DUE (fpdf2); truth: billed, paid, patient_owes
  s2  community hospital ITEMIZED STATEMENT to a guarantor, portrait Liberation Serif: boxed hospital-account
      bands (account, patient in capitals, insurer claim no.), Date / Rev / CPT/HCPCS / Mod / wrapped capitals
      Description / Qty / Charge, Total charges then account-level insurance payment and allowance rows (not
      service lines), an account continued on page 2 (reportlab); truth: billed only

The self-check (--check) tests the factory, not the reader: every truth amount, units value, modifier and code
is on the SAME extracted text row as its service (pdfplumber words grouped by baseline), dates / remarks /
adjustment codes on the line's page, ids and patients in the document's text, the page count and every printed
"Page n of N" match, the documents' own arithmetic holds (billed - adjustments = paid where every adjustment is
printed with its amount; allowed = paid + patient share where printed and no sequestration), and every claim
total printed equals the sum of its lines (no planted mismatch in this set).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from h34kit import Doc, Truth, check_file  # noqa: E402

from eobgen import (DESC, FEE, LONG_DESC, SCHED, PlanState, Svc, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate)

# invented fees for codes the shared charge master lacks (only in this process)
for _c, _f, _s, _d in (("97533", "98.00", "34.10", "Sensory integration activities"),
                       ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
                       ("97750", "130.00", "36.20", "Physical performance test"),
                       ("G0151", "140.00", "49.30", "Home health PT visit, 15 min")):
    FEE.setdefault(_c, _f)
    SCHED.setdefault(_c, _s)
    DESC.setdefault(_c, _d)

D = date
ZERO = Decimal("0.00")
FLAGS: dict[str, list] = {}


def m(x: Decimal, style: str = ",", neg: str = "-") -> str:
    return money(x, style, neg)


def wrap(doc: Doc, s: str, w: float) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if doc.width(t) <= w or not cur:
            cur = t
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


def svc(dos, code, units, mods=(), denied=None, desc=""):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), desc=desc, denied=denied)


# ======================================================================== c1 commercial member EOB (reportlab)

def c1(out: Path) -> None:
    name = "h34_c1_family_member_eob.pdf"
    doc = Doc(out / name, "reportlab", title="Explanation of Benefits")
    T = Truth()
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.78"))
    claims = [
        ("Nora Vellacott", "Daughter", "Brightpath Pediatric Therapy", "BPT-88213", "SRH-2601-004417",
         [svc(D(2026, 1, 5), "97165", 1, ("GO",)), svc(D(2026, 1, 5), "97530", 2, ("GO",)),
          svc(D(2026, 1, 12), "97530", 3, ("GO",)), svc(D(2026, 1, 12), "97535", 1, ("GO",)),
          svc(D(2026, 1, 19), "97530", 3, ("GO",)), svc(D(2026, 1, 19), "97112", 1, ("GO", "59")),
          svc(D(2026, 1, 26), "97530", 2, ("GO",)), svc(D(2026, 1, 26), "97140", 1, ("GO", "59")),
          svc(D(2026, 1, 26), "0552T", 1, (), "PR")]),
        ("Callum Vellacott", "Son", "Brightpath Pediatric Therapy", "BPT-88240", "SRH-2601-004652",
         [svc(D(2026, 1, 7), "92523", 1, ("GN",)), svc(D(2026, 1, 14), "92507", 1, ("GN",)),
          svc(D(2026, 1, 21), "92507", 1, ("GN",))]),
        ("Ines Vellacott", "Self", "Harborline Physical Therapy", "HPT0091734", "SRH-2601-005108",
         [svc(D(2026, 1, 9), "97161", 1, ("GP",)), svc(D(2026, 1, 9), "97110", 2, ("GP",)),
          svc(D(2026, 1, 16), "97110", 2, ("GP",)), svc(D(2026, 1, 16), "97140", 1, ("GP",)),
          svc(D(2026, 1, 16), "G0283", 1, ("GP",))]),
    ]
    for _, _, _, _, _, ss in claims:
        for s in ss:
            commercial(s, st)
    L, R = 40, 572
    cols = [("Service date", L, "l"), ("Service description", L + 52, "l"), ("Code", L + 176, "l"),
            ("Amount\nbilled", L + 262, "r"), ("Plan\ndiscount", L + 300, "r"), ("Allowed\namount", L + 338, "r"),
            ("Deduct-\nible", L + 372, "r"), ("Copay", L + 402, "r"), ("Co-\ninsurance", L + 440, "r"),
            ("Plan\npaid", L + 476, "r"), ("Your\ncost", L + 508, "r")]
    # the notes column sits at the far right
    notes_x = L + 512

    def furniture(first: bool) -> float:
        doc.font("LibSans", 14, True)
        doc.text(L, 48, "SUMMIT RIDGE HEALTH PLAN")
        doc.font("LibSans", 7.5)
        doc.text(L, 60, "PO Box 62018  |  Larchmont Falls, OR 97390  |  Member services 1-866-555-0148 (TTY 711)")
        doc.font("LibSans", 11, True)
        doc.text(R, 48, "Explanation of Benefits", "r")
        doc.font("LibSans", 8)
        doc.text(R, 60, "THIS IS NOT A BILL", "r")
        doc.text(R, 72, f"Page {doc.page} of {doc.total}", "r")
        doc.line(L, 78, R, 78, 1.2)
        if not first:
            doc.font("LibSans", 8)
            doc.text(L, 92, "Member: INES VELLACOTT   Member ID: XSR 4471 2290 06   Statement date: 02/03/26")
            return 108
        doc.font("LibSans", 9)
        for i, t in enumerate(["INES VELLACOTT", "2714 CEDAR HOLLOW LN", "MARSH GLEN OR 97402"]):
            doc.text(L, 100 + i * 11, t)
        doc.rect(330, 88, 242, 62)
        doc.font("LibSans", 8)
        for i, (k, v) in enumerate([("Member ID", "XSR 4471 2290 06"), ("Group", "BELLWOOD MILLWORKS 30218"),
                                    ("Plan", "Ridge Choice PPO 1500"), ("Statement date", "02/03/26"),
                                    ("Claims processed", "01/09/26 through 01/30/26")]):
            doc.text(338, 100 + i * 11, k)
            doc.text(440, 100 + i * 11, v)
        doc.font("LibSans", 8)
        doc.text(L, 168, "This statement shows how we handled claims for you and your family. Keep it with your "
                         "provider's bill. If a provider asks you to pay")
        doc.text(L, 178, "more than the \"Your cost\" amount, call us before paying. Notes are explained at the "
                         "end of this statement.")
        return 198

    def heads(y: float) -> float:
        doc.font("LibSans", 6.8, True)
        for h, x, a in cols:
            parts = h.split("\n")
            for j, p in enumerate(parts):
                doc.text(x, y + (j + 2 - len(parts)) * 8, p, a)
        doc.text(notes_x, y + 8, "Notes")
        doc.line(L, y + 11, R, y + 11, 0.6)
        return y + 22

    y = furniture(True)
    bottom = 730
    for patient, rel, prov, acct, clm, ss in claims:
        def claim_head(y: float, cont: bool = False) -> float:
            doc.rect(L, y - 10, R - L, 26, fill=0.88, stroke=False)
            doc.font("LibSans", 8.5, True)
            doc.text(L + 4, y, f"Claim for {patient} ({rel})" + ("  - continued" if cont else ""))
            doc.text(R - 4, y, f"Claim number {clm}", "r")
            doc.font("LibSans", 7.5)
            doc.text(L + 4, y + 11, f"Provider: {prov}    Patient account number: {acct}")
            doc.text(R - 4, y + 11, "Processed 01/30/26", "r")
            return heads(y + 30)
        if y > bottom - 60:
            doc.new_page()
            y = furniture(False)
        y = claim_head(y)
        for s in ss:
            desc = LONG_DESC.get(s.code, s.desc)
            doc.font("LibSans", 7.5)
            lines = wrap(doc, desc, 118)
            if y + 9 * len(lines) > bottom:
                doc.new_page()
                y = claim_head(furniture(False) + 4, True)
                doc.font("LibSans", 7.5)
            doc.text(cols[0][1], y, dfmt(s.dos, "mdy2"))
            for j, t in enumerate(lines):
                doc.text(cols[1][1], y + j * 9, t)
            doc.text(cols[2][1], y, " ".join((s.code,) + s.mods))
            vals = [s.billed, s.discount, s.allowed, s.deductible, s.copay, s.coinsurance, s.paid, s.owes]
            for (h, x, a), v in zip(cols[3:], vals):
                doc.text(x, y, m(v), a)
            note = ["D4"] if s.denied else (["A1"] if s.deductible else [])
            if note:
                doc.text(notes_x + 4, y, note[0])
            T.add(doc.page, s, acct, clm, patient, ("billed", "discount", "allowed", "deductible", "copay",
                                                    "coinsurance", "paid", "patient_owes"),
                  units=False, remarks=note)
            y += 9 * len(lines) + 3
            doc.line(L, y - 7, R, y - 7, 0.2)
        doc.font("LibSans", 7.5, True)
        doc.text(cols[1][1], y + 2, "Claim totals")
        tots = [sum((getattr(s, a) for s in ss), ZERO) for a in
                ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "owes")]
        for (h, x, a), v in zip(cols[3:], tots):
            doc.text(x, y + 2, m(v), a)
        doc.font("LibSans", 7.5)
        doc.text(cols[1][1], y + 13, f"We paid {money(tots[6])} to {prov}. "
                                     f"Your provider may bill you up to {money(tots[7])}.")
        T.claim(acct, clm, patient, ss)
        y += 34
    if y > bottom - 50:
        doc.new_page()
        y = furniture(False)
    doc.font("LibSans", 8, True)
    doc.text(L, y, "Notes")
    doc.font("LibSans", 7.5)
    legend = [("A1", "This amount counts toward your plan-year deductible."),
              ("D4", "Your plan does not include this service; the member is responsible for the charge.")]
    for i, (k, v) in enumerate(legend):
        doc.text(L, y + 11 + i * 10, f"{k}  {v}")
    pages = doc.save()
    FLAGS[name] = T.write(out / name, "h34_c1", "reportlab", pages,
                          "Commercial PPO member EOB for a family", legend)


# =========================================================== c2 commercial member EOB, landscape (fpdf2)

def c2(out: Path) -> None:
    name = "h34_c2_benefit_statement_landscape.pdf"
    doc = Doc(out / name, "fpdf2", landscape=True, title="Statement of Benefits")
    T = Truth()
    st = PlanState(ded_left=Decimal("0"), copay_codes={"97110": Decimal("25.00"), "97530": Decimal("25.00"),
                                                       "92507": Decimal("25.00"), "99213": Decimal("40.00")},
                   allowed_rate=Decimal("0.74"))
    groups = [
        ("OYELARAN-PIKE, MARGUERITE", "Spouse", [
            ("ADN77301452", "Crestfield Hand and Arm Clinic", "CHA-20466",
             [svc(D(2026, 1, 6), "97166", 1, ("GO",)), svc(D(2026, 1, 6), "97760", 1, ("GO",)),
              svc(D(2026, 1, 6), "L3807", 1, ("RT",)), svc(D(2026, 1, 13), "97110", 2, ("GO",)),
              svc(D(2026, 1, 13), "97140", 1, ("GO", "59"))]),
            ("ADN77302215", "Crestfield Hand and Arm Clinic", "CHA-20519",
             [svc(D(2026, 1, 20), "97110", 2, ("GO",)), svc(D(2026, 1, 20), "97140", 1, ("GO", "59")),
              svc(D(2026, 1, 20), "97530", 1, ("GO",)), svc(D(2026, 1, 27), "97110", 2, ("GO",)),
              svc(D(2026, 1, 27), "97140", 1, ("GO", "59")), svc(D(2026, 1, 27), "97760", 1, ("GO",)),
              svc(D(2026, 1, 27), "0552T", 1, (), "CO")])]),
        ("OYELARAN-PIKE, TOBIAS", "Dependent", [
            ("ADN77301588", "Little Oaks Speech & Feeding", "LOS/117203",
             [svc(D(2026, 1, 8), "92526", 1, ("GN",)), svc(D(2026, 1, 15), "92507", 1, ("GN",)),
              svc(D(2026, 1, 22), "92507", 1, ("GN",)), svc(D(2026, 1, 22), "97129", 1, ("GN",), "CO")]),
            ("ADN77301733", "Little Oaks Speech & Feeding", "LOS/117390",
             [svc(D(2026, 1, 29), "92507", 1, ("GN",)), svc(D(2026, 1, 29), "97530", 2, ("GO",)),
              svc(D(2026, 1, 30), "92507", 1, ("GN",)), svc(D(2026, 1, 30), "97530", 2, ("GO",)),
              svc(D(2026, 1, 30), "97112", 1, ("GO",)), svc(D(2026, 1, 31), "92507", 1, ("GN",)),
              svc(D(2026, 1, 31), "97533", 1, ("GO",)), svc(D(2026, 1, 31), "97150", 1, ("GN",))])]),
        ("OYELARAN-PIKE, DESMOND", "Subscriber", [
            ("ADN77301906", "Westmere Family Medicine", "WFM 00455201",
             [svc(D(2026, 1, 20), "99213", 1, ("25",)), svc(D(2026, 1, 20), "97110", 1, ("GP",))])]),
    ]
    for _, _, cl in groups:
        for c in cl:
            for s in c[3]:
                commercial(s, st, deny_reason="96")
    L, R = 30, 762
    cols = [("Service Dates", L, "l"), ("Proc", L + 96, "l"), ("Mod", L + 130, "l"), ("Units", L + 178, "r"),
            ("Charges", L + 236, "r"), ("Plan Discount", L + 300, "r"), ("Not Covered", L + 356, "r"),
            ("Covered Amount", L + 424, "r"), ("Deductible", L + 478, "r"), ("Copay", L + 522, "r"),
            ("Coinsurance", L + 578, "r"), ("Paid By Plan", L + 640, "r"), ("Member Resp.", L + 700, "r"),
            ("Rsn", L + 712, "l")]

    def furniture() -> float:
        doc.font("DVSerifCond", 15, True)
        doc.text(L, 44, "Keystone Mutual Benefit Society")
        doc.font("DVSerifCond", 8)
        doc.text(L, 56, "Health Benefits Division - 880 Foundry Square, Easton Ridge, PA 18319 - keystonemutual.example")
        doc.font("DVSerifCond", 12, True)
        doc.text(R, 44, "STATEMENT OF BENEFITS", "r")
        doc.font("DVSerifCond", 8)
        doc.text(R, 56, f"Subscriber: DESMOND OYELARAN-PIKE   ID KMB-3390-1174   Page {doc.page} of {doc.total}", "r")
        doc.line(L, 62, R, 62, 0.8)
        doc.font("DVSerifCond", 7, True)
        for h, x, a in cols:
            doc.text(x, 76, h, a)
        doc.line(L, 80, R, 80, 0.4)
        return 94

    y = furniture()
    doc.font("DVSerifCond", 8)
    legend = [("96", "Service is not a benefit of this plan; provider may not bill the member."),
              ("CP", "Fixed copayment applied for this visit type.")]
    for patient, rel, cl in groups:
        if y > 520:
            doc.new_page()
            y = furniture()
        doc.font("DVSerifCond", 9, True)
        doc.text(L, y, f"PATIENT: {patient}    RELATIONSHIP: {rel}")
        y += 13
        for clm, prov, acct, ss in cl:
            doc.font("DVSerifCond", 7.5)
            doc.text(L + 10, y, f"Claim ID {clm}   Provider: {prov}   Provider Patient No. {acct}   "
                                "Received 01/23/2026   Paid 01/30/2026")
            y += 11
            for s in ss:
                if y > 560:
                    doc.new_page()
                    y = furniture()
                    doc.font("DVSerifCond", 7.5)
                    doc.text(L + 10, y, f"Claim ID {clm} (continued)   PATIENT: {patient}")
                    y += 11
                doc.font("DVSerifCond", 7.5)
                ds = dfmt(s.dos, "mdy4")
                doc.text(cols[0][1], y, f"{ds}-{ds}")
                doc.text(cols[1][1], y, s.code)
                doc.text(cols[2][1], y, " ".join(s.mods))
                doc.text(cols[3][1], y, f"{s.units:.2f}", "r")
                vals = [s.billed, s.discount, s.not_covered, s.allowed, s.deductible, s.copay, s.coinsurance,
                        s.paid, s.owes]
                for (h, x, a), v in zip(cols[4:13], vals):
                    doc.text(x, y, m(v), a)
                rs = ["96"] if s.denied else (["CP"] if s.copay else [])
                if rs:
                    doc.text(cols[13][1], y, rs[0])
                T.add(doc.page, s, acct, clm, patient, ("billed", "discount", "not_covered", "allowed",
                                                        "deductible", "copay", "coinsurance", "paid",
                                                        "patient_owes"), service_end=s.dos, remarks=rs)
                y += 11
            doc.line(cols[4][1] - 40, y - 8, R, y - 8, 0.3)
            doc.font("DVSerifCond", 7.5, True)
            doc.text(cols[1][1], y, "Claim Total")
            tots = [sum((getattr(s, a) for s in ss), ZERO) for a in
                    ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
                     "owes")]
            for (h, x, a), v in zip(cols[4:13], tots):
                doc.text(x, y, m(v), a)
            T.claim(acct, clm, patient, ss)
            y += 18
    doc.font("DVSerifCond", 7.5)
    for i, (k, v) in enumerate(legend):
        doc.text(L, y + 6 + i * 10, f"Reason {k}: {v}")
    pages = doc.save()
    FLAGS[name] = T.write(out / name, "h34_c2", "fpdf2", pages, "Mutual benefit society statement of benefits",
                          legend)


# ============================================================ m1 Medicare Summary Notice, Part B (reportlab)

def m1(out: Path) -> None:
    name = "h34_m1_summary_notice_partb.pdf"
    doc = Doc(out / name, "reportlab", title="Medicare Summary Notice")
    T = Truth()
    st = PlanState(ded_left=Decimal("61.40"))
    patient = "HAROLD T. WINTERBOURNE"
    claims = [
        ("26-00512-744-310", "Lakeshore Hand & Upper Limb Therapy", "4410 Beacon Quay Rd, Port Adley, MI 49011",
         D(2026, 1, 6), [svc(D(2026, 1, 6), "97166", 1, ("GO",)), svc(D(2026, 1, 6), "97760", 1, ("GO",)),
                         svc(D(2026, 1, 6), "L3807", 1, ("RT",))]),
        ("26-00519-102-881", "Lakeshore Hand & Upper Limb Therapy", "4410 Beacon Quay Rd, Port Adley, MI 49011",
         D(2026, 1, 13), [svc(D(2026, 1, 13), "97110", 2, ("GO",)), svc(D(2026, 1, 13), "97140", 1, ("GO",)),
                          svc(D(2026, 1, 13), "97530", 1, ("GO",)), svc(D(2026, 1, 13), "0552T", 1, (), "PR"),
                          svc(D(2026, 1, 13), "G0283", 1, ("GO",))]),
        ("26-00526-330-047", "Port Adley Family Physicians", "17 Mercer Lane, Port Adley, MI 49011",
         D(2026, 1, 15), [svc(D(2026, 1, 15), "99213", 1)]),
        ("26-00533-615-902", "Lakeshore Hand & Upper Limb Therapy", "4410 Beacon Quay Rd, Port Adley, MI 49011",
         D(2026, 1, 20), [svc(D(2026, 1, 20), "97110", 2, ("GO",)), svc(D(2026, 1, 20), "97140", 1, ("GO",)),
                          svc(D(2026, 1, 20), "97530", 2, ("GO",)), svc(D(2026, 1, 20), "97535", 1, ("GO",)),
                          svc(D(2026, 1, 20), "97112", 1, ("GO",)), svc(D(2026, 1, 20), "97168", 1, ("GO",)),
                          svc(D(2026, 1, 20), "G0283", 1, ("GO",))]),
    ]
    for c in claims:
        for s in c[4]:
            medicare(s, st, sequestration=False)
    L, R = 54, 558
    allsv = [s for c in claims for s in c[4]]

    def top(label: str) -> None:
        doc.font("DVSans", 7)
        doc.text(L, 34, f"{patient}  |  Medicare Number XXX-XX-7Q21  |  Notice date: February 4, 2026")
        doc.text(R, 34, f"Page {doc.page} of {doc.total}", "r")
        doc.line(L, 40, R, 40, 0.4)
        doc.font("DVSans", 13, True)
        doc.text(L, 62, label)

    # page 1: dashboard
    doc.font("DVSans", 18, True)
    doc.text(L, 60, "Medicare Summary Notice")
    doc.font("DVSans", 10)
    doc.text(L, 76, "for Part B (Medical Insurance)")
    doc.font("DVSans", 8)
    doc.text(R, 60, "The Official Summary of Your", "r")
    doc.text(R, 70, "Medicare Claims from the Federal Program", "r")
    doc.font("DVSans", 9)
    for i, t in enumerate([patient, "88 TAMARACK BLUFF DR", "PORT ADLEY MI 49011-2204"]):
        doc.text(L, 110 + i * 12, t)
    doc.rect(320, 96, 238, 70)
    doc.font("DVSans", 8)
    for i, t in enumerate(["Medicare Number  XXX-XX-7Q21", "Date of This Notice  February 4, 2026",
                           "Claims Processed Between", "November 5, 2025 - February 3, 2026",
                           "Customer Service  1-800-555-0177"]):
        doc.text(328, 108 + i * 12, t)
    doc.rect(L, 190, R - L, 150, fill=0.93, stroke=False)
    doc.font("DVSans", 11, True)
    doc.text(L + 10, 210, "Your Deductible Status")
    doc.font("DVSans", 8.5)
    doc.text(L + 10, 224, "Your deductible is what you must pay for most health services before Medicare begins")
    doc.text(L + 10, 235, "to pay. Your Part B deductible for 2026 has now been met.")
    doc.font("DVSans", 11, True)
    doc.text(L + 10, 262, "Your Claims for Part B This Period")
    doc.font("DVSans", 8.5)
    doc.text(L + 10, 276, "Did Medicare approve all services?   NO - Medicare did not approve 1 service. See page 2.")
    doc.text(L + 10, 288, f"Number of providers you saw: 2   Number of claims: {len(claims)}")
    doc.font("DVSans", 11, True)
    doc.text(L + 10, 312, "Total You May Be Billed")
    doc.text(R - 10, 312, money(sum((s.owes for s in allsv), ZERO)), "r")
    doc.font("DVSans", 8)
    doc.text(L, 370, "Be informed: compare this notice with the dates and services on your own calendar and")
    doc.text(L, 381, "receipts. If you do not recognise a service, call the number above.")
    doc.new_page()
    top("Your Claims & Costs This Period")
    y = 86
    cx = [("Service Provided &\nBilling Code", L + 4, "l"), ("Service\nApproved?", L + 196, "l"),
          ("Amount\nProvider\nCharged", L + 300, "r"), ("Medicare-\nApproved\nAmount", L + 358, "r"),
          ("Amount\nMedicare\nPaid", L + 416, "r"), ("Maximum\nYou May\nBe Billed", L + 474, "r"),
          ("See\nNotes", L + 480, "l")]

    def heads(y: float) -> float:
        doc.font("DVSans", 6.8, True)
        for h, x, a in cx:
            ps = h.split("\n")
            for j, p in enumerate(ps):
                doc.text(x, y + (j + 3 - len(ps)) * 8, p, a)
        doc.line(L, y + 21, R, y + 21, 0.8)
        return y + 32

    def chead(y, clm, prov, addr, dos, cont=False) -> float:
        doc.rect(L, y, R - L, 36, fill=0.9, stroke=True)
        doc.font("DVSans", 8.5, True)
        doc.text(L + 6, y + 12, f"{dfmt(dos, 'month')}" + ("  (continued)" if cont else ""))
        doc.font("DVSans", 7.5)
        doc.text(L + 6, y + 23, f"Claim number {clm}")
        doc.text(L + 6, y + 32, f"{prov}, {addr}")
        return heads(y + 42)

    for clm, prov, addr, dos, ss in claims:
        if y > 690:
            doc.new_page()
            top("Your Claims & Costs This Period (continued)")
            y = 86
        y = chead(y, clm, prov, addr, dos)
        for s in ss:
            doc.font("DVSans", 7.5)
            lines = wrap(doc, f"{LONG_DESC.get(s.code, s.desc)} ({s.code})", 180)
            h = 10 * len(lines)
            if y + h > 720:
                doc.new_page()
                top("Your Claims & Costs This Period (continued)")
                y = chead(86, clm, prov, addr, dos, True)
                doc.font("DVSans", 7.5)
            for j, t in enumerate(lines):
                doc.text(cx[0][1], y + j * 10, t)
            yl = y + (len(lines) - 1) * 10
            doc.text(cx[1][1], yl, "No" if s.denied else "Yes")
            for (_, x, a), v in zip(cx[2:6], (s.billed, s.allowed, s.paid, s.owes)):
                doc.text(x, yl, money(v), a)
            nt = ["C"] if s.denied else (["A"] if s.deductible else [])
            if nt:
                doc.text(cx[6][1] + 6, yl, nt[0])
            T.add(doc.page, s, None, clm, patient, ("billed", "allowed", "paid", "patient_owes"), units=False,
                  modifiers=False, remarks=nt)
            y += h + 4
            doc.line(L, y - 8, R, y - 8, 0.2)
        doc.font("DVSans", 7.5, True)
        doc.text(cx[0][1], y + 2, "Total for Claim")
        for (_, x, a), at in zip(cx[2:6], ("billed", "allowed", "paid", "owes")):
            doc.text(x, y + 2, money(sum((getattr(s, at) for s in ss), ZERO)), a)
        T.claim(None, clm, patient, ss)
        y += 26
    doc.font("DVSans", 9, True)
    doc.text(L, y + 4, "Notes for Part B")
    legend = [("A", "Part of this approved amount was applied toward your yearly deductible."),
              ("C", "Medicare does not cover this item. Because you signed a notice in advance, you may be billed.")]
    doc.font("DVSans", 7.5)
    for i, (k, v) in enumerate(legend):
        doc.text(L, y + 16 + i * 10, f"{k}  {v}")
    pages = doc.save()
    FLAGS[name] = T.write(out / name, "h34_m1", "reportlab", pages, "Medicare Summary Notice for Part B", legend)


# ============================================================ m2 Medicare Advantage member EOB (fpdf2)

def m2(out: Path) -> None:
    name = "h34_m2_advantage_member_eob.pdf"
    doc = Doc(out / name, "fpdf2", title="Explanation of Benefits")
    T = Truth()
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.46"))
    patient = "ROSALIND M. ACHTERBERG"
    claims = [
        ("MA2601077321", "Meridian Outpatient Rehab - Dunmore", "DUN-0034471",
         [svc(D(2026, 1, 5), "97163", 1, ("GP",)), svc(D(2026, 1, 5), "97110", 2, ("GP",)),
          svc(D(2026, 1, 7), "97110", 2, ("GP",)), svc(D(2026, 1, 7), "97112", 1, ("GP",)),
          svc(D(2026, 1, 7), "97116", 1, ("GP", "CQ")), svc(D(2026, 1, 9), "97110", 2, ("GP", "CQ")),
          svc(D(2026, 1, 9), "97140", 1, ("GP",)), svc(D(2026, 1, 12), "97110", 2, ("GP",)),
          svc(D(2026, 1, 12), "97112", 1, ("GP", "KX")), svc(D(2026, 1, 12), "97530", 1, ("GP",)),
          svc(D(2026, 1, 14), "97110", 3, ("GP", "CQ")), svc(D(2026, 1, 14), "G0283", 1, ("GP",))]),
        ("MA2601081954", "Meridian Outpatient Rehab - Dunmore", "DUN-0034512",
         [svc(D(2026, 1, 16), "97110", 2, ("GP",)), svc(D(2026, 1, 16), "97116", 1, ("GP",)),
          svc(D(2026, 1, 21), "97110", 2, ("GP",)), svc(D(2026, 1, 21), "0552T", 1, (), "CO"),
          svc(D(2026, 1, 23), "97110", 2, ("GP", "CQ")), svc(D(2026, 1, 23), "97140", 1, ("GP",)),
          svc(D(2026, 1, 26), "97110", 2, ("GP",)), svc(D(2026, 1, 26), "97116", 1, ("GP", "CQ")),
          svc(D(2026, 1, 28), "97110", 2, ("GP",)), svc(D(2026, 1, 28), "97112", 1, ("GP",)),
          svc(D(2026, 1, 30), "97110", 2, ("GP", "KX"))]),
        ("MA2601090066", "Dr. Lucian Farrow-Ebbs", "PT29918",
         [svc(D(2026, 1, 22), "99213", 1)]),
    ]
    for c in claims:
        for s in c[3]:
            commercial(s, st, deny_reason="96")
    L, R = 36, 576
    cols = [("Date", L + 4, "l"), ("Service you received", L + 52, "l"), ("Code", L + 206, "l"),
            ("Units", L + 284, "r"), ("Provider\nbilled", L + 334, "r"), ("Plan-approved\namount", L + 392, "r"),
            ("Plan's\nshare", L + 440, "r"), ("Your\nshare", L + 484, "r"), ("Note", L + 496, "l")]

    def top() -> float:
        doc.rect(L, 30, R - L, 30, fill=0.2, stroke=False)
        doc.gray(1)
        doc.font("LibSans", 13, True)
        doc.text(L + 8, 50, "Evergreen Senior Advantage (HMO)")
        doc.font("LibSans", 8)
        doc.text(R - 8, 50, "Your Explanation of Benefits - January 2026", "r")
        doc.gray(0)
        doc.font("LibSans", 7)
        doc.text(L, 72, f"Member: {patient.upper()}   Member ID: EVA-55120448   Page {doc.page} of {doc.total}")
        return 90

    def heads(y: float) -> float:
        doc.font("LibSans", 7, True)
        for h, x, a in cols:
            ps = h.split("\n")
            for j, p in enumerate(ps):
                doc.text(x, y + (j + 2 - len(ps)) * 8, p, a)
        doc.line(L, y + 12, R, y + 12, 0.5)
        return y + 22

    y = top()
    doc.font("LibSans", 9)
    for i, t in enumerate([patient.upper(), "1209 WICKERSHAM CT", "DUNMORE PA 18512"]):
        doc.text(L, y + 12 * i, t)
    doc.rect(330, y - 10, 246, 58)
    doc.font("LibSans", 8, True)
    doc.text(338, y + 2, "Your costs for covered services")
    doc.font("LibSans", 8)
    allsv = [s for c in claims for s in c[3]]
    doc.text(338, y + 14, "This month")
    doc.text(568, y + 14, money(sum((s.owes for s in allsv), ZERO)), "r")
    doc.text(338, y + 26, "Since January 1 (counts toward your $4,900 limit)")
    doc.text(568, y + 26, money(sum((s.owes for s in allsv), ZERO)), "r")
    y += 70
    doc.font("LibSans", 11, True)
    doc.text(L, y, "Part C: Your medical claims, service by service")
    y += 18
    legend = [("1", "Your copay of $20.00 per therapy visit day was applied."),
              ("2", "This service is not covered by your plan. The provider cannot bill you for it.")]

    def chead(y, clm, prov, acct, cont=False) -> float:
        doc.rect(L, y - 9, R - L, 14, fill=0.86, stroke=False)
        doc.font("LibSans", 8, True)
        doc.text(L + 4, y, f"Claim {clm}" + (" (continued from previous page)" if cont else ""))
        doc.font("LibSans", 7.5)
        doc.text(L + 200, y, f"{prov}  -  provider's account no. {acct}")
        return heads(y + 10)

    doc.rect(L, 640, R - L, 110)
    doc.font("LibSans", 9, True)
    doc.text(L + 8, 656, "Questions, or think something is wrong?")
    doc.font("LibSans", 7.5)
    for i, t in enumerate(["Call Member Services at 1-877-555-0133 (TTY 711), 8 a.m. to 8 p.m., seven days a week.",
                           "If we denied a service or you disagree with what you owe, you can ask for an appeal within",
                           "65 days of the date of this notice. Keep this statement with your records.",
                           "Report suspected fraud to our Special Investigations line at 1-877-555-0199."]):
        doc.text(L + 8, 670 + 11 * i, t)
    for clm, prov, acct, ss in claims:
        if y > (600 if doc.page == 1 else 660):
            doc.new_page()
            y = top()
        y = chead(y, clm, prov, acct)
        for s in ss:
            doc.font("LibSans", 7.5)
            lines = wrap(doc, LONG_DESC.get(s.code, s.desc), 150)
            if y + 10 * len(lines) > (630 if doc.page == 1 else 730):
                doc.new_page()
                y = chead(top() + 6, clm, prov, acct, True)
                doc.font("LibSans", 7.5)
            doc.text(cols[0][1], y, dfmt(s.dos, "mdy4"))
            for j, t in enumerate(lines):
                doc.text(cols[1][1], y + 10 * j, t)
            doc.text(cols[2][1], y, s.code + ("-" + "-".join(s.mods) if s.mods else ""))
            doc.text(cols[3][1], y, str(int(s.units)), "r")
            for (_, x, a), v in zip(cols[4:8], (s.billed, s.allowed, s.paid, s.owes)):
                doc.text(x, y, money(v), a)
            nt = ["2"] if s.denied else (["1"] if s.copay else [])
            if nt:
                doc.text(cols[8][1] + 6, y, nt[0])
            T.add(doc.page, s, acct, clm, patient, ("billed", "allowed", "paid", "patient_owes"), remarks=nt)
            y += 10 * len(lines) + 3
        doc.line(L + 300, y - 8, R, y - 8, 0.3)
        doc.font("LibSans", 7.5, True)
        doc.text(cols[1][1], y + 1, "Total for this claim")
        for (_, x, a), at in zip(cols[4:8], ("billed", "allowed", "paid", "owes")):
            doc.text(x, y + 1, money(sum((getattr(s, at) for s in ss), ZERO)), a)
        T.claim(acct, clm, patient, ss)
        y += 24
    doc.font("LibSans", 7.5)
    for i, (k, v) in enumerate(legend):
        doc.text(L, y + i * 10, f"Note {k}: {v}")
    pages = doc.save()
    FLAGS[name] = T.write(out / name, "h34_m2", "fpdf2", pages, "Medicare Advantage HMO member EOB", legend)



# ====================================================== d1 state Medicaid RA, fixed-width landscape (fpdf2)

def d1(out: Path) -> None:
    name = "h34_d1_medicaid_ra_fixed.pdf"
    doc = Doc(out / name, "fpdf2", landscape=True, title="Remittance Advice")
    T = Truth()
    prov = "CEDARVALE PEDIATRIC THERAPY ASSOC"
    sections = [
        ("PAID", [
            ("QUINTERO-BLAKE, ELIAS", "71200438811", "2026019004412", "PH-30417",
             [svc(D(2026, 1, 5), "97530", 4, ("GO",)), svc(D(2026, 1, 5), "97535", 2, ("GO",)),
              svc(D(2026, 1, 12), "97530", 4, ("GO",)), svc(D(2026, 1, 12), "97533", 2, ("GO",))]),
            ("QUINTERO-BLAKE, MAYA", "71200438829", "2026019004413", "PH-30418",
             [svc(D(2026, 1, 6), "92507", 1, ("GN",)), svc(D(2026, 1, 13), "92507", 1, ("GN",)),
              svc(D(2026, 1, 20), "92507", 1, ("GN",)), svc(D(2026, 1, 27), "92507", 1, ("GN",))]),
            ("FAIRWEATHER, JONAH P", "71209917340", "2026019004420", "PH-30522",
             [svc(D(2026, 1, 7), "97165", 1, ("GO",)), svc(D(2026, 1, 14), "97530", 3, ("GO",)),
              svc(D(2026, 1, 14), "97112", 1, ("GO", "59")), svc(D(2026, 1, 21), "97530", 3, ("GO",)),
              svc(D(2026, 1, 21), "97112", 1, ("GO", "59")), svc(D(2026, 1, 28), "97530", 3, ("GO",)),
              svc(D(2026, 1, 28), "97110", 1, ("GO", "59"))]),
            ("ABERNATHY-LUZ, CORA", "71211060092", "2026019004431", "PH-30611",
             [svc(D(2026, 1, 8), "92523", 1, ("GN",)), svc(D(2026, 1, 15), "92507", 1, ("GN",)),
              svc(D(2026, 1, 15), "97530", 2, ("GO",)), svc(D(2026, 1, 22), "92507", 1, ("GN",)),
              svc(D(2026, 1, 22), "97530", 2, ("GO",))]),
            ("OKONKWO-HALE, BEATRIX", "71215532087", "2026019004440", "PH-30655",
             [svc(D(2026, 1, 5), "97530", 3, ("GO",)), svc(D(2026, 1, 5), "97533", 1, ("GO",)),
              svc(D(2026, 1, 12), "97530", 3, ("GO",)), svc(D(2026, 1, 12), "97533", 1, ("GO",)),
              svc(D(2026, 1, 19), "97530", 3, ("GO",)), svc(D(2026, 1, 19), "97535", 1, ("GO",)),
              svc(D(2026, 1, 26), "97530", 3, ("GO",)), svc(D(2026, 1, 26), "97533", 1, ("GO",)),
              svc(D(2026, 1, 30), "97168", 1, ("GO",))]),
        ]),
        ("DENIED", [
            ("NAKASHIMA-ROSS, TEO", "71214400516", "2026019004507", "PH-30702",
             [svc(D(2026, 1, 9), "97530", 4, ("GO",), "CO"), svc(D(2026, 1, 9), "97535", 2, ("GO",), "CO")]),
        ]),
        ("ADJUSTED", [
            ("FAIRWEATHER, JONAH P", "71209917340", "2025351008817", "PH-29960", "VOID",
             [svc(D(2025, 12, 10), "97530", 3, ("GO",)), svc(D(2025, 12, 10), "97112", 1, ("GO",))]),
            ("FAIRWEATHER, JONAH P", "71209917340", "2026019004588", "PH-29960", "REPL",
             [svc(D(2025, 12, 10), "97530", 3, ("GO",)), svc(D(2025, 12, 10), "97112", 1, ("GO", "59"))]),
        ]),
    ]
    for st_, cl in sections:
        for c in cl:
            for s in c[-1]:
                medicaid(s, deny_reason="197")
    # the void takes back the original payment
    voided = sections[2][1][0]
    sections[2][1][0] = voided[:-1] + ([negate(s) for s in voided[-1]],)
    L = 30
    fmt = "{:>3} {:<6} {:<6} {:<5} {:<2} {:<2} {:>7} {:>10} {:>10} {:>8} {:>7} {:>10}  {}"
    hdr = fmt.format("LN", "FROM", "THRU", "PROC", "M1", "M2", "UNITS", "BILLED", "ALLOWED", "TPL", "COPAY",
                     "PAID", "EOB CODES")

    def tm(x: Decimal) -> str:
        return money(x, ",", "trail")

    def top(section: str) -> float:
        doc.font("DVMono", 7.5)
        doc.text(L, 30, "STATE OF NORTH CASCADIA - DEPARTMENT OF HEALTH CARE ACCESS - MEDICAL ASSISTANCE PROGRAM")
        doc.text(L, 40, f"REMITTANCE ADVICE   RA NO 0004418802   WARRANT DATE 02/02/26   PAGE {doc.page:>3} OF "
                        f"{doc.total:>3}")
        doc.text(L, 50, f"PAYEE {prov}   PAYEE ID 1007734219   NPI 1982004455")
        doc.text(L, 66, f"CLAIM TYPE: PROFESSIONAL          CLAIM STATUS: {section}")
        doc.text(L, 80, hdr)
        doc.text(L, 88, "-" * len(hdr))
        return 100

    codes = {"PAID": "0001", "DENIED": "0217"}
    y = 0
    first = True
    for section, cl in sections:
        if first:
            y = top(section)
        elif y > 440:
            doc.new_page()
            y = top(section)
        else:
            doc.text(L, y + 4, f"CLAIM TYPE: PROFESSIONAL          CLAIM STATUS: {section}")
            doc.text(L, y + 18, hdr)
            doc.text(L, y + 26, "-" * len(hdr))
            y += 38
        first = False
        for c in cl:
            rname, rid, icn, acct = c[:4]
            ss = c[-1]
            tag = c[4] if len(c) == 6 else ""
            if y > 500:
                doc.new_page()
                y = top(section)
            doc.text(L, y, f"RECIP: {rname:<26} RECIP ID: {rid}  ICN: {icn}  PAT ACCT: {acct}"
                           + ("   ** VOID OF PRIOR PAYMENT **" if tag == "VOID" else "")
                           + ("   ** REPLACEMENT CLAIM **" if tag == "REPL" else ""))
            y += 11
            for n, s in enumerate(ss, 1):
                if y > 540:
                    doc.new_page()
                    y = top(section)
                    doc.text(L, y, f"RECIP: {rname:<26} ICN: {icn}  (CONTINUED)")
                    y += 11
                eob = ["0217", "0419"] if s.denied else (["0906"] if tag == "VOID" else ["0001"])
                ds = dfmt(s.dos, "mdy6")
                mods = list(s.mods) + ["", ""]
                u = f"{s.units:.2f}" + ("-" if s.billed < 0 else "")
                doc.text(L, y, fmt.format(n, ds, ds, s.code, mods[0], mods[1], u, tm(s.billed), tm(s.allowed),
                                          tm(ZERO), tm(s.copay), tm(s.paid), " ".join(eob)))
                T.add(doc.page, s, acct, icn, rname, ("billed", "allowed", "copay", "paid"), service_end=s.dos,
                      remarks=eob, overrides={"units": str(-s.units if s.billed < 0 else s.units)})
                y += 10
            tb = sum((s.billed for s in ss), ZERO)
            ta = sum((s.allowed for s in ss), ZERO)
            tp = sum((s.paid for s in ss), ZERO)
            doc.text(L, y, " " * 18 + "CLAIM TOTAL" + " " * 9 + f"{tm(tb):>11}{tm(ta):>11}" + " " * 18
                     + f"{tm(tp):>11}")
            T.claim(acct, icn, rname, ss, ("billed", "allowed", "paid"))
            y += 16
    legend = [("0001", "Paid at the program fee for this service."),
              ("0217", "The member had no therapy prior approval on file for this date."),
              ("0419", "Units above the approved amount cannot be paid."),
              ("0906", "Earlier payment recovered; see replacement claim.")]
    if y > 480:
        doc.new_page()
        y = top("SUMMARY")
    doc.text(L, y + 6, "EOB CODE DESCRIPTIONS")
    for i, (k, v) in enumerate(legend):
        doc.text(L, y + 18 + 10 * i, f"{k}  {v.upper()}")
    pages = doc.save()
    FLAGS[name] = T.write(out / name, "h34_d1", "fpdf2", pages, "State Medicaid fee-for-service RA, fixed width",
                          legend)


# ====================================================== d2 Medicaid managed-care-era RA, boxed (reportlab)

def d2(out: Path) -> None:
    name = "h34_d2_medicaid_ra_boxed.pdf"
    doc = Doc(out / name, "reportlab", title="Provider Remittance Advice")
    T = Truth()
    claims = [
        ("BRANNIGAN, ODESSA", "MC0442198704", "2602700113240", "SPK-10442", [
            svc(D(2026, 1, 5), "97162", 1, ("GP",)), svc(D(2026, 1, 5), "97110", 2, ("GP",)),
            svc(D(2026, 1, 7), "97110", 2, ("GP",)), svc(D(2026, 1, 7), "97140", 1, ("GP",)),
            svc(D(2026, 1, 7), "97112", 1, ("GP", "59"))]),
        ("BRANNIGAN, FELIX", "MC0442198712", "2602700113255", "SPK-10448", [
            svc(D(2026, 1, 6), "97530", 3, ("GO",)), svc(D(2026, 1, 6), "97535", 1, ("GO",)),
            svc(D(2026, 1, 13), "97530", 3, ("GO",)), svc(D(2026, 1, 13), "97533", 1, ("GO",), "CO")]),
        ("IKEDA-MORROW, SAGE", "MC0513077260", "2602700113302", "SPK-10471", [
            svc(D(2026, 1, 8), "92507", 1, ("GN",)), svc(D(2026, 1, 15), "92507", 1, ("GN",)),
            svc(D(2026, 1, 15), "92526", 1, ("GN",)), svc(D(2026, 1, 22), "92507", 1, ("GN",)),
            svc(D(2026, 1, 22), "92526", 1, ("GN",)), svc(D(2026, 1, 29), "92507", 1, ("GN",))]),
        ("PELLETIER, AUGUST", "MC0609913355", "2602700113377", "SPK-10502", [
            svc(D(2026, 1, 9), "97161", 1, ("GP",)), svc(D(2026, 1, 9), "97116", 2, ("GP",)),
            svc(D(2026, 1, 16), "97116", 2, ("GP",)), svc(D(2026, 1, 16), "97110", 2, ("GP", "CQ")),
            svc(D(2026, 1, 23), "97116", 2, ("GP",)), svc(D(2026, 1, 23), "97110", 2, ("GP", "CQ")),
            svc(D(2026, 1, 23), "97750", 1, ("GP",))]),
    ]
    for c in claims:
        for s in c[4]:
            if s.code == "97533":
                medicaid(s, deny_reason="119")
            else:
                medicaid(s)
    L, R = 36, 576
    cols = [("Ln", L + 4, "l"), ("Dates of Service", L + 22, "l"), ("Proc", L + 116, "l"), ("Mods", L + 150, "l"),
            ("Units", L + 200, "r"), ("Billed", L + 250, "r"), ("Allowed", L + 300, "r"), ("Paid", L + 346, "r"),
            ("Adj Grp-Rsn", L + 356, "l"), ("Adj Amt", L + 452, "r"), ("Remark", L + 462, "l")]

    def top() -> float:
        doc.font("LibSerif", 13, True)
        doc.text(L, 44, "Department of Family Health Services - Medical Assistance")
        doc.font("LibSerif", 9)
        doc.text(L, 57, "Provider Remittance Advice  -  Professional Claims")
        doc.text(R, 44, f"Page {doc.page} of {doc.total}", "r")
        doc.text(R, 57, "Payment date 02/02/2026", "r")
        doc.font("LibSerif", 8)
        doc.text(L, 70, "Payee: Sparrowhawk Rehabilitation Partners LLC   Provider ID 300771452   "
                        "EFT trace 0000447120093")
        doc.line(L, 76, R, 76, 1)
        return 92

    def heads(y):
        doc.font("LibSerif", 7.5, True)
        for h, x, a in cols:
            doc.text(x, y, h, a)
        doc.line(L, y + 3, R, y + 3, 0.4)
        return y + 13

    def box(y, c, cont=False):
        mname, mid, tcn, acct, ss = c
        doc.rect(L, y, R - L, 30, fill=0.94)
        doc.font("LibSerif", 6.5)
        labs = [("Member Name", L + 6), ("Member ID", L + 150), ("TCN", L + 240), ("Patient Account No.", L + 340),
                ("Claim Status", L + 450)]
        for lab, x in labs:
            doc.text(x, y + 10, lab)
        doc.font("LibSerif", 8.5, True)
        status = "PAID" if any(s.paid for s in ss) else "DENIED"
        for (lab, x), v in zip(labs, (mname, mid, tcn, acct, status + (" (cont.)" if cont else ""))):
            doc.text(x, y + 22, v)
        return heads(y + 44)

    y = top()
    for c in claims:
        ss = c[4]
        if y > 640:
            doc.new_page()
            y = top()
        y = box(y, c)
        for n, s in enumerate(ss, 1):
            nsub = max(1, len(s.adjs))
            if y + 10 * nsub > 740:
                doc.new_page()
                y = box(top(), c, True)
            doc.font("LibSerif", 8)
            ds = dfmt(s.dos, "mdy4").replace("/", "-")
            doc.text(cols[0][1], y, str(n))
            doc.text(cols[1][1], y, f"{ds} - {ds}")
            doc.text(cols[2][1], y, s.code)
            doc.text(cols[3][1], y, " ".join(s.mods))
            doc.text(cols[4][1], y, f"{s.units:.1f}", "r")
            for (_, x, a), v in zip(cols[5:8], (s.billed, s.allowed, s.paid)):
                doc.text(x, y, m(v), a)
            rm = ["N130"] if s.denied else []
            for j, (g, r, a) in enumerate(s.adjs):
                doc.text(cols[8][1], y + 10 * j, f"{g}-{r}")
                doc.text(cols[9][1], y + 10 * j, m(a), "r")
            if rm:
                doc.text(cols[10][1], y, rm[0])
            T.add(doc.page, s, c[3], c[2], c[0], ("billed", "allowed", "paid"), service_end=s.dos,
                  adjustments=s.adjs, remarks=rm, all_adjs=True)
            y += 10 * nsub + 2
        doc.line(cols[4][1], y - 7, R, y - 7, 0.3)
        doc.font("LibSerif", 8, True)
        doc.text(cols[1][1], y + 2, "Claim totals")
        for (_, x, a), at in zip(cols[5:8], ("billed", "allowed", "paid")):
            doc.text(x, y + 2, m(sum((getattr(s, at) for s in ss), ZERO)), a)
        T.claim(c[3], c[2], c[0], ss, ("billed", "allowed", "paid"))
        y += 22
    legend = [("45", "Charge is above the program fee; the difference is not payable."),
              ("119", "The benefit limit for this service has been reached."),
              ("N130", "Look at the program's benefit rules for limits on this service.")]
    doc.font("LibSerif", 7.5)
    if y > 700:
        doc.new_page()
        y = top()
    for i, (k, v) in enumerate(legend):
        doc.text(L, y + 10 * i, f"{k}: {v}")
    pages = doc.save()
    FLAGS[name] = T.write(out / name, "h34_d2", "reportlab", pages, "State Medicaid provider RA, boxed heads",
                          legend)


# ====================================== p1 Medicare standard paper remit re-printed by PM software (fpdf2)

def p1(out: Path) -> None:
    name = "h34_p1_spr_pm_reprint.pdf"
    doc = Doc(out / name, "fpdf2", title="Medicare Remittance")
    T = Truth()
    st = PlanState(ded_left=Decimal("0"))
    claims = [
        ("HOLLOWAY, BERNICE", "1EG4TE5MK72", "LHT-55012", "2226005123450", "MA01", [
            svc(D(2026, 1, 5), "97110", 2, ("GP", "KX")), svc(D(2026, 1, 5), "97140", 1, ("GP", "KX")),
            svc(D(2026, 1, 5), "97112", 1, ("GP", "KX"))]),
        ("DRUMMOND, ALVIN", "2HK9PW3RT15", "LHT-55019", "2226005123618", "MA01", [
            svc(D(2026, 1, 6), "97161", 1, ("GP",)), svc(D(2026, 1, 6), "97110", 2, ("GP",)),
            svc(D(2026, 1, 8), "97110", 2, ("GP", "CQ")), svc(D(2026, 1, 8), "97530", 1, ("GP", "CQ")),
            svc(D(2026, 1, 8), "G0283", 1, ("GP",))]),
        ("ESTRADA-VOSS, IMOGEN", "3NM2QA8LX40", "LHT-55024", "2226005124003", "MA01", [
            svc(D(2026, 1, 7), "97165", 1, ("GO",)), svc(D(2026, 1, 7), "97535", 2, ("GO",)),
            svc(D(2026, 1, 9), "97535", 2, ("GO",)), svc(D(2026, 1, 9), "97530", 2, ("GO",)),
            svc(D(2026, 1, 9), "0552T", 1, (), "CO")]),
        ("TREMBLAY, OSWIN", "4CJ7VB2DE63", "LHT-55031", "2226005124271", "MA01 MA18", [
            svc(D(2026, 1, 12), "97110", 3, ("GP",)), svc(D(2026, 1, 12), "97140", 1, ("GP",)),
            svc(D(2026, 1, 14), "97110", 3, ("GP",)), svc(D(2026, 1, 14), "97116", 1, ("GP",))]),
    ]
    st.ded_left = Decimal("40.00")
    for c in claims:
        for s in c[5]:
            medicare(s, st, deny_reason="96")
    L = 30

    def top() -> float:
        doc.font("Courier", 8, True)
        doc.text(L, 34, "RIVERBEND THERAPY SOFTWARE - REMITTANCE REPRINT (MEDICARE PART B)")
        doc.font("Courier", 7)
        doc.text(L, 44, f"PRINTED 02/03/2026 08:14  USER KDOUGLAS        PAGE {doc.page} OF {doc.total}")
        doc.text(L, 56, "GREAT LAKES MEDICARE ADMINISTRATIVE CONTRACTOR   PART B   MEDICARE REMITTANCE NOTICE")
        doc.text(L, 65, "PROVIDER: LAKE HARMON THERAPY GROUP     NPI 1447002913   CHECK/EFT #: 880041277   "
                        "DATE 01/30/2026")
        doc.text(L, 80, "PERF PROV  SERV DATE   POS NOS  PROC  MODS   BILLED  ALLOWED  DEDUCT   COINS  "
                        "GRP/RC-AMT      PROV PD")
        doc.text(L, 88, "-" * 110)
        return 100

    y = top()
    tm = lambda x: money(x, "", "-")  # noqa: E731
    for nm, mid, acnt, icn, moa, ss in claims:
        if y > 660:
            doc.new_page()
            y = top()
        doc.font("Courier", 7)
        doc.text(L, y, f"NAME {nm:<22} MID {mid}  ACNT {acnt}  ICN {icn}  ASG Y  MOA {moa}")
        y += 10
        for s in ss:
            nsub = len(s.adjs)
            if y + 9 * nsub > 740:
                doc.new_page()
                y = top()
                doc.text(L, y, f"NAME {nm:<22} MID {mid}  ACNT {acnt}  ICN {icn}  (CONT)")
                y += 10
            mods = " ".join(s.mods)
            g, r, a = s.adjs[0]
            doc.text(L, y, f"I7730415  {s.dos:%m%d} {s.dos:%m%d%y}  11  {int(s.units):>2}  {s.code} {mods:<6}"
                           f"{tm(s.billed):>8} {tm(s.allowed):>8} {tm(s.deductible):>7} {tm(s.coinsurance):>7}  "
                           f"{g}-{r:<4}{tm(a):>7} {tm(s.paid):>8}")
            for g, r, a in s.adjs[1:]:
                y += 9
                doc.text(L, y, " " * 81 + f"{g}-{r:<4}{tm(a):>7}")
            rm = ["N425"] if s.denied else []
            if rm:
                y += 9
                doc.text(L, y, " " * 10 + "REM: N425")
            T.add(doc.page, s, acnt, icn, nm, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                  service_end=s.dos, adjustments=s.adjs, remarks=rm, all_adjs=True)
            y += 10
        pr = sum((s.owes for s in ss), ZERO)
        doc.text(L, y, f"PT RESP {tm(pr):>8}" + " " * 16 + f"CLAIM TOTALS {tm(sum((s.billed for s in ss), ZERO)):>8} "
                       f"{tm(sum((s.allowed for s in ss), ZERO)):>8} {tm(sum((s.deductible for s in ss), ZERO)):>7} "
                       f"{tm(sum((s.coinsurance for s in ss), ZERO)):>7}" + " " * 14
                       + f"{tm(sum((s.paid for s in ss), ZERO)):>8}")
        T.claim(acnt, icn, nm, ss, ("billed", "allowed", "paid", "patient_owes"))
        doc.text(L, y + 9, " " * 62 + f"NET {tm(sum((s.paid for s in ss), ZERO)):>8}")
        y += 24
    legend = [("N425", "Statutorily excluded service(s).")]
    doc.text(L, y, "REMARK CODES: N425 - SERVICE IS OUTSIDE MEDICARE BENEFITS FOR THIS SETTING.")
    pages = doc.save()
    FLAGS[name] = T.write(out / name, "h34_p1", "fpdf2", pages, "Medicare paper remit reprinted by PM software",
                          legend)



# ================================ p2 clearinghouse Medicare remittance print, landscape proportional (reportlab)

def p2(out: Path) -> None:
    name = "h34_p2_clearinghouse_medicare_print.pdf"
    doc = Doc(out / name, "reportlab", landscape=True, title="Remittance Detail")
    T = Truth()
    st = PlanState(ded_left=Decimal("0"))
    orig = [svc(D(2025, 12, 16), "97530", 2, ("GO",)), svc(D(2025, 12, 16), "97535", 1, ("GO",))]
    for s in orig:
        medicare(s, st)
    claims = [
        ("Whitcombe, Delphine A", "5TR8KM1QJ04", "OTW260105-01", "1126012004551", "Processed as primary", [
            svc(D(2026, 1, 5), "97168", 1, ("GO",)), svc(D(2026, 1, 5), "97530", 2, ("GO",)),
            svc(D(2026, 1, 5), "97535", 1, ("GO", "59"))]),
        ("Whitcombe, Delphine A", "5TR8KM1QJ04", "OTW251216-03", "1125350311872", "Reversal of prior payment",
         [negate(s) for s in orig]),
        ("Whitcombe, Delphine A", "5TR8KM1QJ04", "OTW251216-03", "1126012004608", "Corrected claim", [
            svc(D(2025, 12, 16), "97530", 2, ("GO",)), svc(D(2025, 12, 16), "97535", 1, ("GO", "59"))]),
        ("Lindqvist, Maren", "7QD5HS2ZL88", "OTW260113-04", "1126012004839", "Denied", [
            svc(D(2026, 1, 13), "97129", 1, ("GO",), "CO"), svc(D(2026, 1, 13), "97533", 1, ("GO",), "CO")]),
        ("Castellanos, Ruben", "6VB3NP9XW27", "OTW260107-02", "1126012004712", "Processed as primary", [
            svc(D(2026, 1, 7), "97165", 1, ("GO",)), svc(D(2026, 1, 7), "97530", 1, ("GO", "CO")),
            svc(D(2026, 1, 9), "97530", 2, ("GO", "CO")), svc(D(2026, 1, 9), "97110", 1, ("GO",)),
            svc(D(2026, 1, 12), "97530", 2, ("GO", "CO")), svc(D(2026, 1, 12), "97140", 1, ("GO",)),
            svc(D(2026, 1, 14), "97530", 2, ("GO",)), svc(D(2026, 1, 14), "97760", 1, ("GO",)),
            svc(D(2026, 1, 14), "L3807", 1, ("LT",)), svc(D(2026, 1, 16), "97530", 2, ("GO", "CO")),
            svc(D(2026, 1, 16), "97535", 1, ("GO",)), svc(D(2026, 1, 19), "97530", 2, ("GO",)),
            svc(D(2026, 1, 19), "97110", 1, ("GO", "CO")), svc(D(2026, 1, 21), "97530", 2, ("GO", "CO")),
            svc(D(2026, 1, 21), "97140", 1, ("GO",)), svc(D(2026, 1, 23), "97530", 2, ("GO",)),
            svc(D(2026, 1, 23), "97535", 1, ("GO", "CO")), svc(D(2026, 1, 26), "97530", 2, ("GO", "CO")),
            svc(D(2026, 1, 26), "97110", 1, ("GO",)), svc(D(2026, 1, 28), "97530", 2, ("GO",)),
            svc(D(2026, 1, 28), "97760", 1, ("GO",)), svc(D(2026, 1, 30), "97530", 2, ("GO", "CO")),
            svc(D(2026, 1, 30), "97535", 1, ("GO",))]),
    ]
    for c in claims:
        if c[4].startswith("Reversal"):
            continue
        for s in c[5]:
            medicare(s, st, deny_reason="50")
    L, R = 28, 764
    cols = [("Svc Date", L + 4, "l"), ("Procedure", L + 56, "l"), ("Modifiers", L + 100, "l"),
            ("Units", L + 160, "r"), ("Charge", L + 210, "r"), ("Allowed", L + 258, "r"),
            ("Deductible", L + 306, "r"), ("Coinsurance", L + 358, "r"), ("Adjustments (Group-Reason Amount)",
                                                                        L + 372, "l"),
            ("Remarks", L + 560, "l"), ("Paid", L + 664, "r")]

    def top() -> float:
        doc.font("DVCond", 12, True)
        doc.text(L, 38, "ClaimBridge Exchange")
        doc.font("DVCond", 8)
        doc.text(L, 50, "Remittance Detail Report  |  Payer: Medicare Part B - Jurisdiction 9 (invented)  |  "
                        "Payee: Northgate Occupational Therapy PLLC, NPI 1336009125")
        doc.text(R, 38, f"Page {doc.page} of {doc.total}", "r")
        doc.text(L, 60, "Check/EFT 7730091442  |  Paid 01/29/2026  |  Run 02/02/2026")
        doc.line(L, 66, R, 66, 0.8)
        return 82

    def heads(y):
        doc.font("DVCond", 7, True)
        for h, x, a in cols:
            doc.text(x, y, h, a)
        doc.line(L, y + 3, R, y + 3, 0.3)
        return y + 12

    def band(y, c, cont=False):
        pat, mbi, pcn, icn, status, ss = c
        doc.rect(L, y - 9, R - L, 13, fill=0.85, stroke=False)
        doc.font("DVCond", 7.5, True)
        doc.text(L + 4, y, f"Patient: {pat}   MBI: {mbi}   Patient Ctrl #: {pcn}   Payer Claim #: {icn}   "
                           f"Status: {status}" + ("   (continued)" if cont else ""))
        return heads(y + 14)

    def mm(x):
        return money(x, ",", "()")

    y = top()
    for c in claims:
        ss = c[5]
        if y > 500:
            doc.new_page()
            y = top()
        y = band(y, c)
        for s in ss:
            if y > 560:
                doc.new_page()
                y = band(top(), c, True)
            doc.font("DVCond", 7.5)
            doc.text(cols[0][1], y, dfmt(s.dos, "mdy4"))
            doc.text(cols[1][1], y, s.code)
            doc.text(cols[2][1], y, ", ".join(s.mods))
            doc.text(cols[3][1], y, str(int(s.units)) if s.units > 0 else f"({int(-s.units)})", "r")
            for (_, x, a), v in zip(cols[4:8], (s.billed, s.allowed, s.deductible, s.coinsurance)):
                doc.text(x, y, mm(v), a)
            doc.text(cols[8][1], y, "  ".join(f"{g}-{r} {mm(a)}" for g, r, a in s.adjs))
            rm = ["MA130"] if s.denied else (["N640"] if s.code == "L3807" else [])
            doc.text(cols[9][1], y, " ".join(rm))
            doc.text(cols[10][1], y, mm(s.paid), "r")
            T.add(doc.page, s, c[2], c[3], c[0], ("billed", "allowed", "deductible", "coinsurance", "paid"),
                  adjustments=s.adjs, remarks=rm, all_adjs=True,
                  overrides={"units": str(s.units.normalize()) if s.units > 0 else str(-s.units.normalize())})
            y += 11
        doc.font("DVCond", 7.5, True)
        doc.text(cols[1][1], y, "Claim total")
        for (_, x, a), at in zip(cols[4:6], ("billed", "allowed")):
            doc.text(x, y, mm(sum((getattr(s, at) for s in ss), ZERO)), a)
        doc.text(cols[8][1], y, f"Patient responsibility {mm(sum((s.owes for s in ss), ZERO))}")
        doc.text(cols[10][1], y, mm(sum((s.paid for s in ss), ZERO)), "r")
        T.claim(c[2], c[3], c[0], ss)
        y += 20
    legend = [("MA130", "Claim has unprocessable information; resubmit as a new claim."),
              ("N640", "Exceeds the number of fittings allowed.")]
    doc.font("DVCond", 7)
    for i, (k, v) in enumerate(legend):
        doc.text(L, y + 10 * i, f"{k}  {v}")
    pages = doc.save()
    FLAGS[name] = T.write(out / name, "h34_p2", "reportlab", pages, "Clearinghouse Medicare remittance detail",
                          legend)


# ===================================================== s1 therapy clinic family statement (fpdf2)

def s1(out: Path) -> None:
    name = "h34_s1_clinic_family_statement.pdf"
    doc = Doc(out / name, "fpdf2", title="Statement")
    T = Truth()
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.70"))
    visits = [
        ("V-220914", "Pippa Hartigan", "Clearwater Health Alliance", "CWA9004417721", [
            svc(D(2026, 1, 5), "97166", 1, ("GO",)), svc(D(2026, 1, 5), "97530", 2, ("GO",))]),
        ("V-220963", "Pippa Hartigan", "Clearwater Health Alliance", "CWA9004419034", [
            svc(D(2026, 1, 12), "97530", 3, ("GO",)), svc(D(2026, 1, 12), "97533", 1, ("GO",))]),
        ("V-221002", "Rowan Hartigan", "Clearwater Health Alliance", "CWA9004419588", [
            svc(D(2026, 1, 13), "92523", 1, ("GN",)), svc(D(2026, 1, 13), "92507", 1, ("GN",))]),
        ("V-221047", "Rowan Hartigan", "Clearwater Health Alliance", "CWA9004420116", [
            svc(D(2026, 1, 20), "92507", 1, ("GN",)), svc(D(2026, 1, 20), "97150", 1, ("GN",), "PR")]),
        ("V-221090", "Pippa Hartigan", "Clearwater Health Alliance", "CWA9004420540", [
            svc(D(2026, 1, 26), "97530", 3, ("GO",)), svc(D(2026, 1, 26), "97535", 1, ("GO",)),
            svc(D(2026, 1, 26), "97112", 1, ("GO", "59"))]),
        ("V-221133", "Eamon Hartigan", "Clearwater Health Alliance", "CWA9004420871", [
            svc(D(2026, 1, 27), "97161", 1, ("GP",)), svc(D(2026, 1, 27), "97110", 2, ("GP",))]),
    ]
    for v in visits:
        for s in v[4]:
            commercial(s, st)
    L, R = 40, 572
    cols = [("Date", L, "l"), ("Code", L + 46, "l"), ("Mod", L + 80, "l"), ("Qty", L + 124, "r"),
            ("Description", L + 132, "l"), ("Charges", L + 330, "r"), ("Insurance\nPaid", L + 380, "r"),
            ("Insurance\nAdjustment", L + 436, "r"), ("Your\nPortion", L + 490, "r"), ("Balance", R, "r")]
    doc.font("LibNarrow", 16, True)
    doc.text(L, 50, "Tidewater Kids Therapy Collective")
    doc.font("LibNarrow", 8.5)
    doc.text(L, 62, "Occupational, Speech & Physical Therapy  -  2290 Foxglove Pkwy, Suite 4, Ashby Cove, NC 27940")
    doc.text(L, 72, "Billing office (252) 555-0161  -  billing@tidewaterkids.example")
    doc.rect(380, 86, 192, 66)
    doc.font("LibNarrow", 8.5)
    allsv = [s for v in visits for s in v[4]]
    due = sum((s.owes for s in allsv), ZERO)
    for i, (k, v) in enumerate([("Statement Date", "02/05/2026"), ("Account No.", "G-100388"),
                                ("Guarantor", "Siobhan Hartigan"), ("Amount Due", money(due)),
                                ("Please Pay By", "03/01/2026")]):
        doc.text(388, 98 + 12 * i, k)
        doc.text(564, 98 + 12 * i, v, "r")
    for i, t in enumerate(["SIOBHAN HARTIGAN", "61 MARSH WREN CT", "ASHBY COVE NC 27940"]):
        doc.text(L, 104 + 12 * i, t)
    doc.line(L, 166, R, 166, 0.4)
    doc.font("LibNarrow", 7, True)
    for h, x, a in cols:
        ps = h.split("\n")
        for j, p in enumerate(ps):
            doc.text(x, 180 + (j + 2 - len(ps)) * 8, p, a)
    doc.line(L, 192, R, 192, 0.4)
    y = 206
    bal = ZERO
    for vn, pat, ins, clm, ss in visits:
        if y > 700:
            doc.new_page()
            y = 60
        doc.font("LibNarrow", 8, True)
        doc.text(L, y, f"Visit {vn}   Patient: {pat}   Billed to {ins}, claim {clm}")
        y += 12
        doc.font("LibNarrow", 8)
        for s in ss:
            adj = s.billed - s.paid - s.owes
            bal += s.owes
            doc.text(cols[0][1], y, dfmt(s.dos, "mdy2"))
            doc.text(cols[1][1], y, s.code)
            doc.text(cols[2][1], y, " ".join(s.mods))
            doc.text(cols[3][1], y, str(int(s.units)), "r")
            doc.text(cols[4][1], y, s.desc[:40])
            for (_, x, a), v in zip(cols[5:9], (s.billed, s.paid, adj, s.owes)):
                doc.text(x, y, m(v), a)
            doc.text(cols[9][1], y, m(bal), "r")
            T.add(doc.page, s, vn, clm, pat, ("billed", "paid", "patient_owes"))
            y += 11
        doc.font("LibNarrow", 8, True)
        doc.text(cols[4][1], y, "Visit total")
        for (_, x, a), at in zip(cols[5:7], ("billed", "paid")):
            doc.text(x, y, m(sum((getattr(s, at) for s in ss), ZERO)), a)
        doc.text(cols[8][1], y, m(sum((s.owes for s in ss), ZERO)), "r")
        T.claim(vn, clm, pat, ss, ("billed", "paid", "patient_owes"))
        y += 18
    doc.font("LibNarrow", 9, True)
    doc.text(cols[4][1], y + 4, "AMOUNT DUE")
    doc.text(R, y + 4, money(due), "r")
    doc.font("LibNarrow", 7.5)
    doc.text(L, y + 24, "Your portion is what your plan says you owe (deductible, copay or coinsurance) or a "
                        "service your plan does not cover.")
    doc.text(L, y + 34, "Questions about this statement? Call us before the due date. Thank you!")
    pages = doc.save()
    FLAGS[name] = T.write(out / name, "h34_s1", "fpdf2", pages, "Pediatric therapy clinic family statement")


# ===================================================== s2 hospital itemized statement (reportlab)

def s2(out: Path) -> None:
    name = "h34_s2_hospital_itemized_statement.pdf"
    doc = Doc(out / name, "reportlab", title="Itemized Statement")
    T = Truth()
    rev = {"97110": "0420", "97140": "0420", "97116": "0420", "97161": "0420", "97162": "0420", "G0283": "0420",
           "97530": "0430", "97535": "0430", "97166": "0430", "97168": "0430", "92507": "0440", "92523": "0440",
           "97750": "0420", "99213": "0510"}
    accts = [
        ("H0078812450", "GIDEON ASHWORTH-LEE", "Riverstone Health Plan", "RHP26A0194471", [
            svc(D(2026, 1, 6), "97162", 1, ("GP",)), svc(D(2026, 1, 6), "97110", 2, ("GP",)),
            svc(D(2026, 1, 6), "G0283", 1, ("GP",)), svc(D(2026, 1, 8), "97110", 3, ("GP",)),
            svc(D(2026, 1, 8), "97140", 1, ("GP",)), svc(D(2026, 1, 8), "G0283", 1, ("GP",)),
            svc(D(2026, 1, 13), "97110", 3, ("GP",)), svc(D(2026, 1, 13), "97116", 1, ("GP",)),
            svc(D(2026, 1, 15), "97110", 3, ("GP",)), svc(D(2026, 1, 15), "97140", 1, ("GP",)),
            svc(D(2026, 1, 20), "97110", 2, ("GP",)), svc(D(2026, 1, 20), "97750", 1, ("GP",))]),
        ("H0078812597", "WILLA ASHWORTH-LEE", "Riverstone Health Plan", "RHP26A0201136", [
            svc(D(2026, 1, 7), "97166", 1, ("GO",)), svc(D(2026, 1, 7), "97530", 2, ("GO",)),
            svc(D(2026, 1, 14), "97530", 3, ("GO",)), svc(D(2026, 1, 14), "97535", 1, ("GO",)),
            svc(D(2026, 1, 21), "97530", 3, ("GO",)), svc(D(2026, 1, 21), "97535", 1, ("GO",)),
            svc(D(2026, 1, 28), "97168", 1, ("GO",)), svc(D(2026, 1, 28), "97530", 2, ("GO",)),
            svc(D(2026, 2, 4), "97530", 3, ("GO",)), svc(D(2026, 2, 4), "97535", 1, ("GO",)),
            svc(D(2026, 2, 11), "97530", 3, ("GO",)), svc(D(2026, 2, 11), "97110", 1, ("GO",)),
            svc(D(2026, 2, 18), "97530", 2, ("GO",))]),
        ("H0078812633", "WILLA ASHWORTH-LEE", "Riverstone Health Plan", "RHP26A0203380", [
            svc(D(2026, 1, 22), "92523", 1, ("GN",)), svc(D(2026, 1, 29), "92507", 1, ("GN",))]),
    ]
    L, R = 50, 562

    def top(first: bool) -> float:
        doc.font("LibSerif", 15, True)
        doc.text(L, 50, "St. Aldhelm Community Hospital")
        doc.font("LibSerif", 8.5)
        doc.text(L, 62, "Outpatient Rehabilitation Services  |  1400 Orchard Ridge Blvd, Hollin Springs, WI 53588")
        doc.font("LibSerif", 11, True)
        doc.text(R, 50, "ITEMIZED STATEMENT", "r")
        doc.font("LibSerif", 8.5)
        doc.text(R, 62, f"Guarantor: MARCUS ASHWORTH-LEE  |  Page {doc.page} of {doc.total}", "r")
        doc.line(L, 70, R, 70, 1.2)
        return 88 if not first else 150

    def heads(y):
        doc.font("LibSerif", 7.5, True)
        for h, x, a in (("Date", L + 6, "l"), ("Rev", L + 62, "l"), ("CPT/HCPCS", L + 92, "l"),
                        ("Mod", L + 146, "l"), ("Description", L + 176, "l"), ("Qty", L + 410, "r"),
                        ("Charge", R - 6, "r")):
            doc.text(x, y, h, a)
        doc.line(L, y + 3, R, y + 3, 0.3)
        return y + 13

    def band(y, a, cont=False):
        doc.rect(L, y - 10, R - L, 26, fill=0.92)
        doc.font("LibSerif", 8.5, True)
        doc.text(L + 6, y, f"Hospital Account {a[0]}   Patient: {a[1]}" + ("   (continued)" if cont else ""))
        doc.font("LibSerif", 7.5)
        doc.text(L + 6, y + 11, f"Primary insurance: {a[2]}   Insurance claim no. {a[3]}   "
                                "Visit type: Outpatient therapy series")
        return heads(y + 30)

    y = top(True)
    doc.font("LibSerif", 9)
    for i, t in enumerate(["MARCUS ASHWORTH-LEE", "905 LINDEN HOLLOW RD", "HOLLIN SPRINGS WI 53588"]):
        doc.text(L, 90 + 12 * i, t)
    doc.font("LibSerif", 8)
    doc.text(330, 90, "Statement date: 02/06/2026")
    doc.text(330, 102, "This itemization lists every charge on each account.")
    doc.text(330, 114, "Insurance payments are shown under the account total.")
    for a in accts:
        ss = a[4]
        if y > 640:
            doc.new_page()
            y = top(False)
        y = band(y, a)
        for s in ss:
            if y > 700:
                doc.new_page()
                y = band(top(False) + 6, a, True)
            doc.font("LibSerif", 8)
            doc.text(L + 6, y, dfmt(s.dos, "mdy4"))
            doc.text(L + 62, y, rev[s.code])
            doc.text(L + 92, y, s.code)
            doc.text(L + 146, y, " ".join(s.mods))
            dl = wrap(doc, LONG_DESC.get(s.code, s.desc).upper(), 200)
            for j, t in enumerate(dl):
                doc.text(L + 176, y + 10 * j, t)
            doc.text(L + 410, y, str(int(s.units)), "r")
            doc.text(R - 6, y, m(s.billed), "r")
            T.add(doc.page, s, a[0], a[3], a[1], ("billed",))
            y += 10 * len(dl) + 2
        tb = sum((s.billed for s in ss), ZERO)
        pay = q2(tb * Decimal("0.58"))
        adj = q2(tb * Decimal("0.27"))
        doc.line(L + 380, y - 7, R, y - 7, 0.3)
        doc.font("LibSerif", 8, True)
        doc.text(L + 176, y + 2, "Total charges")
        doc.text(R - 6, y + 2, m(tb), "r")
        doc.font("LibSerif", 8)
        doc.text(L + 176, y + 13, f"02/02/2026  Payment - {a[2]}")
        doc.text(R - 6, y + 13, m(-pay, ",", "()"), "r")
        doc.text(L + 176, y + 24, "02/02/2026  Contractual allowance")
        doc.text(R - 6, y + 24, m(-adj, ",", "()"), "r")
        doc.font("LibSerif", 8, True)
        doc.text(L + 176, y + 35, "Account balance")
        doc.text(R - 6, y + 35, m(tb - pay - adj), "r")
        T.claim(a[0], a[3], a[1], ss, ("billed",))
        y += 56
    pages = doc.save()
    FLAGS[name] = T.write(out / name, "h34_s2", "reportlab", pages, "Hospital outpatient rehab itemized statement")


def q2(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"))


LAYOUTS = [c1, c2, m1, m2, d1, d2, p1, p2, s1, s2]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout34_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for _ in range(2):  # second pass prints the right "Page n of N"
        for f in LAYOUTS:
            f(out)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if not check:
        return 0
    import json
    bad = 0
    nl = npg = 0
    for name, flags in sorted(FLAGS.items()):
        errs = check_file(out / name, flags)
        tj = json.loads((out / (name + ".truth.json")).read_text(encoding="utf-8"))
        nl += len(tj["lines"])
        npg += tj["pages"]
        print(f"{'OK ' if not errs else 'BAD'} {name}: {len(tj['lines'])} lines, {tj['pages']} pages, "
              f"{len(tj['claims'])} claims")
        for e in errs[:12]:
            print("    ", e)
        bad += bool(errs)
    print(f"check: {len(FLAGS) - bad}/{len(FLAGS)} files pass; {nl} lines, {npg} pages")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
