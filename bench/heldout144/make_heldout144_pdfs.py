"""Write HELD-OUT set 144 of synthetic PDF EOB layouts (with truth files) into a folder: an honest measurement of
the PDF reader on the five commonest real document kinds, two house styles each, written without looking at
the reader.

Run:  python bench/heldout144/make_heldout144_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout144/make_heldout144_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py, written with its write_truth), printed values
only, null for what a layout does not print (units null where no quantity is printed); claim_id = the
provider's own account / patient-control / visit number, payer_claim_id = the payer's claim number / ICN / TCN,
patient exactly as printed (the person served, not the guarantor or plan holder). Every name, number, payer,
provider, address and ID is invented; descriptions are our own words. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness). Drawing layer and self-check in h144kit.py.

Layouts:
  a1  commercial member EOB for a family, portrait core Helvetica: per-claim blocks "Patient / Claim number /
      Provider / Patient account", columns "Amount billed / Plan discount / Plan allowed / Not covered /
      Deductible / Copay / Coinsurance / Plan paid / You owe / Notes", "97530-GO" glued codes, no units, a
      denied line, one claim running onto page 2 with "(continued)" and the column header repeated, notes
      legend (reportlab)
  a2  commercial member EOB, landscape DejaVu Sans Condensed: each service two text lines (description with
      amounts, then "Code 97110 | Mod GP | 3 units" beneath), "Jan 12, 2026" dates, "Provider charges /
      Amount saved / Covered by plan / Not covered / Plan paid / Deductible / Copay / Coinsurance / Your
      share", family of three, shaded claim bars, one claim without a provider account number (fpdf2)
  b1  Medicare Summary Notice (Part B), Liberation Serif portrait, 3 pages: page-1 summary, claims with
      "Service Provided & Billing Code" wrapped descriptions ending "(97110-GP)" (no units), "Amount Provider
      Charged / Medicare-Approved Amount / Medicare Paid Provider / Maximum You May Be Billed / See Notes",
      date per claim in a heading, letter notes, a claim continued on the next page (reportlab)
  b2  Medicare Advantage member EOB (monthly), core Helvetica portrait: "Service date / Service (code) / Qty /
      Provider charges / Plan's approved amount / Plan paid / Your share / Note", a denied orthotic, claim
      continued on page 2 with header repeated, year-to-date box (fpdf2)
  c1  state Medicaid remittance advice, Courier landscape monospace: "CLAIMS PAID / CLAIMS DENIED / CLAIM
      ADJUSTMENTS" sections, recipient heading line with ICN and PAT ACCT, "FROM-DOS TO-DOS" as MMDDYY, UNITS
      "4.00", state 4-digit EOB codes, a credit claim with trailing-minus amounts and its replacement, the
      report running onto page 2 with the page heading repeated, "PAGE n OF m" (fpdf2)
  c2  state Medicaid remittance advice, boxed DejaVu Sans portrait: claim boxes "Member / Member ID / TCN /
      Patient Acct #", line grid "Ln / DOS / Procedure / Modifiers / Units / Billed / Allowed / Grp / CARC /
      Adj Amount / Paid / RARC", a denied line (CO 197), copay 0 (reportlab)
  d1  Medicare-style standard paper remit printed by a clearinghouse, Liberation Mono portrait: "NAME / HIC /
      ACNT / ICN / ASG / MOA" heading, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS
      GRP/RC-AMT PROV PD", dates "0112 011226", further adjustments "PR-2" / "CO-253" on following text
      lines, "PT RESP" and "CLAIM TOTALS" rows, a claim continuing on the next page (fpdf2)
  d2  practice-management ERA posting report, landscape Liberation Sans Narrow: claim heading rows with payer
      claim # and account #, "Charge / Allowed / Ded / Coins / Copay / Adj (grp-rsn: amt) / Paid / Pt Resp",
      "01/12/2026", Mod column "GP 59", a reversal in (parentheses) and its corrected claim (reportlab)
  e1  therapy clinic family statement, DejaVu Sans portrait with a right sidebar (amount due box): visit
      heading rows "Visit V-xxxx  billed to <plan>, claim #", "Charge / Ins Paid / Adjust / Balance", three
      children, the table continues to page 2 WITHOUT a repeated header ("continued" note) (fpdf2)
  e2  children's hospital outpatient rehab family statement, DejaVu Serif portrait, two accounts per page:
      account heading with patient and the insurer's claim number, "Date / Rev / CPT-HCPCS / Mod / Description
      / Qty / Charges" lines (charges only), account-level insurance payment, contractual adjustment and
      balance rows; PLANTED claim-total mismatch on one account (reportlab)

The self-check (--check) tests the factory, not the reader: every truth amount, code, modifier, units value,
remark and adjustment code of a line is on the same text line as its code (or within the printed row's own
lines where a layout prints a service over two or three lines), the service date, ids and patient are on the
line's page, page counts match, billed - adjustments = paid where every adjustment is printed with its amount,
and each claim's printed totals equal the sum of its lines unless a mismatch is planted (and the planted one
really is a mismatch).
"""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (FIXED_WHEN, LONG_DESC, ZERO, PlanState, Svc, claim_totals, commercial, dfmt,  # noqa: E402
                    medicaid, medicare, money, negate, total, truth_line, units_str, write_truth)
from h144kit import Doc, check  # noqa: E402


def D(m: int, d: int) -> date:
    return date(2026, m, d)


def S(m, d, code, units, mods=(), desc="", denied=None) -> Svc:
    return Svc(D(m, d), code, Decimal(str(units)), tuple(mods), None, desc, denied)


def footer_pages(doc: Doc, fmt: str, x: float, y: float, size=7.0, align="R"):
    n = doc.npages
    for i, ops in enumerate(doc.pages):
        ops.append(("t", x, y, fmt.format(i + 1, n), size, False, align))


def fit(doc: Doc, text: str, w: float, size: float) -> str:
    """Shorten at a word boundary so the text fits the column, as a billing system's field would."""
    words = text.split()
    while len(words) > 1 and doc.width(" ".join(words), size) > w:
        words.pop()
    return " ".join(words).rstrip(",;")


LAYOUTS = {}


def layout(fn):
    LAYOUTS[fn.__name__] = fn
    return fn


# ---------------------------------------------------------------------------------------------- a1
@layout
def a1():
    doc = Doc("reportlab", "helv")
    lines, claims = [], []
    P = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid", "owes")
    cols = [("Date of", "service", 36, "L"), ("Service", "", 84, "L"), ("Code", "", 178, "L"),
            ("Amount", "billed", 258, "R"), ("Plan", "discount", 298, "R"), ("Plan", "allowed", 338, "R"),
            ("Not", "covered", 376, "R"), ("", "Deductible", 418, "R"), ("", "Copay", 452, "R"),
            ("Co-", "insurance", 492, "R"), ("Plan", "paid", 530, "R"), ("You", "owe", 566, "R"),
            ("", "Notes", 572, "L")]

    def header(y):
        doc.rect(34, y - 9, 560, 22, gray=0.9)
        for a, b, x, al in cols:
            if a:
                doc.text(x, y, a, 6.5, True, al)
            doc.text(x, y + 9, b, 6.5, True, al)
        return y + 24

    def pagetop():
        doc.text(36, 40, "NORTHGATE MUTUAL HEALTH", 13, True)
        doc.text(36, 52, "PO Box 40817, Harlan Springs, OH 43390  |  Member services 1-800-555-0148", 7)
        doc.text(576, 40, "EXPLANATION OF BENEFITS", 10, True, "R")
        doc.text(576, 52, "THIS IS NOT A BILL", 8, True, "R")
        doc.line(36, 60, 576, 60, 1.2)
        return 76

    y = pagetop()
    doc.text(36, y, "Subscriber: Tobias Quillon", 8, True)
    doc.text(36, y + 11, "Member ID: NMH 440 918 273   Group: 77120 Larch County Schools", 8)
    doc.text(360, y, "Statement date: 02/06/2026", 8)
    doc.text(360, y + 11, "Plan: Choice PPO Family", 8)
    y += 32
    doc.text(36, y, "Claims we processed for your family", 10, True)
    y += 14
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30.00")})
    data = [
        ("Mara Quillon", "NM-26-0114-77201", "Brightpath Pediatric Therapy", "BPT-55812",
         [S(1, 8, "97165", 1, ["GO"]), S(1, 8, "97530", 2, ["GO"]), S(1, 15, "97530", 3, ["GO"]),
          S(1, 15, "97535", 1, ["GO", "59"])]),
        ("Tobias Quillon", "NM-26-0121-30917", "Ridgeline Orthopedic Associates", "ROA-201177",
         [S(1, 13, "99213", 1), S(1, 13, "L3807", 1, ["RT"]), S(1, 13, "G0283", 1, denied="PR")]),
        ("Ezra Quillon", "NM-26-0129-55602", "Brightpath Pediatric Therapy", "BPT-55840",
         [S(1, 9, "92523", 1, ["GN"]), S(1, 16, "92507", 1, ["GN"]), S(1, 23, "92507", 1, ["GN"]),
          S(1, 23, "97530", 2, ["GO", "59"]), S(1, 30, "92507", 1, ["GN"]), S(1, 30, "97110", 2, ["GP"]),
          S(2, 2, "92507", 1, ["GN"]), S(2, 2, "97112", 2, ["GP", "KX"]), S(2, 3, "97140", 1, ["GP"]),
          S(2, 4, "92507", 1, ["GN"]), S(2, 4, "97530", 2, ["GO"]), S(2, 5, "97110", 2, ["GP"]),
          S(2, 5, "97112", 1, ["GP", "59"]), S(2, 9, "92507", 1, ["GN"]), S(2, 9, "97530", 3, ["GO"]),
          S(2, 10, "97110", 2, ["GP"]), S(2, 10, "97140", 1, ["GP"]), S(2, 11, "92507", 1, ["GN"]),
          S(2, 11, "97535", 1, ["GO"]), S(2, 12, "97112", 2, ["GP"]), S(2, 12, "97530", 2, ["GO"]),
          S(2, 16, "92507", 1, ["GN"]), S(2, 16, "97530", 2, ["GO", "59"]), S(2, 17, "97110", 3, ["GP"]),
          S(2, 17, "97140", 1, ["GP"]), S(2, 18, "92507", 1, ["GN"]), S(2, 18, "97535", 2, ["GO"]),
          S(2, 19, "97112", 2, ["GP", "KX"]), S(2, 19, "97530", 2, ["GO"]), S(2, 23, "92507", 1, ["GN"]),
          S(2, 23, "97110", 2, ["GP"]), S(2, 24, "97140", 2, ["GP"]), S(2, 24, "97530", 3, ["GO"])]),
    ]
    notes = {"PR": "N4", "deduct": "D1", "copay": "C2"}
    for pat, clm, prov, acct, svcs in data:
        for s in svcs:
            commercial(s, st, deny_reason="96")
            if s.denied:
                s.remarks = ["N4"]
            elif s.deductible:
                s.remarks = ["D1"]
            elif s.copay:
                s.remarks = ["C2"]
        if y > 640:
            doc.page()
            y = pagetop()
        doc.text(36, y, f"Patient: {pat}", 8, True)
        doc.text(200, y, f"Claim number: {clm}", 8)
        y += 10
        doc.text(36, y, f"Provider: {prov}", 8)
        doc.text(200, y, f"Patient account: {acct}", 8)
        y += 14
        y = header(y)
        for s in svcs:
            if y > 730:
                doc.text(576, y + 4, "Continued on next page", 7, False, "R")
                doc.page()
                y = pagetop()
                doc.text(36, y, f"Patient: {pat}   Claim number: {clm} (continued)   Patient account: {acct}", 8,
                         True)
                y += 14
                y = header(y)
            dl = doc.wrap(s.desc, 88, 6.5)
            vals = [dfmt(s.dos, "mdy2"), dl[0], s.code + "".join("-" + m for m in s.mods)]
            for k, extra in enumerate(dl[1:], 1):
                doc.text(84, y + 8 * k, extra, 6.5)
            for (a, b, x, al), v in zip(cols, vals):
                doc.text(x, y, v, 6.5, False, al)
            for (a, b, x, al), f in zip(cols[3:12], P):
                doc.text(x, y, money(getattr(s, f), ","), 6.5, False, al)
            doc.text(572, y, " ".join(s.remarks), 6.5)
            lines.append(truth_line(doc.npages, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=P[:-1] + ("patient_owes",), units=False, remarks=s.remarks,
                                    description=False))
            y += 11 + 8 * (len(dl) - 1)
        doc.line(36, y - 7, 576, y - 7, 0.4)
        doc.text(84, y + 1, "Claim total", 6.5, True)
        for (a, b, x, al), f in zip(cols[3:12], P):
            doc.text(x, y + 1, money(total(svcs, f), ","), 6.5, True, al)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                              total(svcs, "owes"))})
        y += 24
    legend = [("D1", "This amount counts toward your yearly deductible."),
              ("C2", "Your plan sets a fixed copay for this visit type."),
              ("N4", "Your plan does not cover this service; you may be billed for it.")]
    doc.text(36, y, "Notes", 9, True)
    for c, t in legend:
        y += 11
        doc.text(36, y, f"{c}  {t}", 7)
    footer_pages(doc, "Page {} of {}", 576, 770)
    return doc, lines, claims, legend, [], "commercial member EOB, family blocks, claim continued", \
        {"dates": ["mdy2"]}


# ---------------------------------------------------------------------------------------------- a2
@layout
def a2():
    doc = Doc("fpdf2", "DejaVuSansCondensed", landscape=True)
    lines, claims = [], []
    P = ("billed", "discount", "allowed", "not_covered", "paid", "deductible", "copay", "coinsurance", "owes")
    heads = ["Provider charges", "Amount saved", "Covered by plan", "Not covered", "Plan paid", "Deductible",
             "Copay", "Coinsurance", "Your share"]
    xs = [352, 402, 452, 500, 546, 592, 632, 680, 740]

    def top():
        doc.text(40, 42, "Cedar Ridge Health Alliance", 15, True)
        doc.text(40, 55, "Your Explanation of Benefits  ·  not a bill", 8)
        doc.text(752, 42, "Member: Priya Anand-Kessler", 8, False, "R")
        doc.text(752, 53, "ID CRH-7730-4411-02  ·  Issued Feb 4, 2026", 8, False, "R")
        doc.line(40, 62, 752, 62, 1)
        y = 80
        doc.text(40, y, "Service", 7, True)
        for h, x in zip(heads, xs):
            for k, part in enumerate(doc.wrap(h, 44, 7, True)):
                doc.text(x, y + 8 * k, part, 7, True, "R")
        return y + 22

    y = top()
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.10"))
    data = [("Priya Anand-Kessler", "CR2601180447", "Halvorsen Hand & Upper Limb Clinic", "HH-88120",
             [S(1, 12, "97166", 1, ["GO"]), S(1, 12, "97760", 2, ["GO"]), S(1, 19, "97110", 3, ["GO"]),
              S(1, 19, "97140", 2, ["GO", "59"])]),
            ("Devan Anand-Kessler", "CR2601220918", "Kestrel Speech & Language Group", None,
             [S(1, 14, "92523", 1, ["GN"]), S(1, 21, "92507", 1, ["GN"]), S(1, 28, "92507", 1, ["GN"]),
              S(1, 28, "97129", 2, denied="PR")]),
            ("Lila Anand-Kessler", "CR2602010073", "Halvorsen Hand & Upper Limb Clinic", "HH-88377",
             [S(1, 26, "97161", 1, ["GP"]), S(1, 26, "97116", 2, ["GP", "CQ"]), S(1, 29, "97112", 2, ["GP"])])]
    for pat, clm, prov, acct, svcs in data:
        for s in svcs:
            commercial(s, st, deny_reason="204")
            s.remarks = ["X3"] if s.denied else []
        doc.rect(40, y - 9, 712, 13, gray=0.88)
        head = f"{pat}  ·  Claim ID {clm}  ·  {prov}"
        if acct:
            head += f"  ·  Provider's patient account {acct}"
        doc.text(44, y, head, 7.5, True)
        y += 16
        for s in svcs:
            doc.text(44, y, f"{dfmt(s.dos, 'mon')}   {s.desc}", 7.5)
            for f, x in zip(P, xs):
                doc.text(x, y, money(getattr(s, f), "$"), 7.5, False, "R")
            if s.remarks:
                doc.text(746, y, s.remarks[0], 6.5)
            mods = " ".join(s.mods) if s.mods else "none"
            doc.text(56, y + 9, f"Code {s.code}  |  Mod {mods}  |  {units_str(s.units)} units", 6.5)
            lines.append(truth_line(doc.npages, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=P[:-1] + ("patient_owes",), remarks=s.remarks))
            y += 22
        doc.line(300, y - 10, 752, y - 10, 0.4)
        doc.text(300, y - 1, "Totals for this claim", 7, True, "R")
        for f, x in zip(P, xs):
            doc.text(x, y - 1, money(total(svcs, f), "$"), 7, True, "R")
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                              total(svcs, "owes"))})
        y += 18
        if y > 470 and pat != data[-1][0]:
            doc.page()
            y = top()
    legend = [("X3", "Not a covered benefit under your plan; the provider may bill you.")]
    doc.text(40, 560, "X3  " + legend[0][1], 7)
    doc.text(40, 572, "Questions? Call 1-888-555-0193 (TTY 711). You have 180 days to appeal a decision.", 7)
    footer_pages(doc, "Page {} of {}", 752, 592)
    return doc, lines, claims, legend, [], "commercial member EOB, two-line services", \
        {"dates": ["mon"], "span": 0, "up": 1}


# ---------------------------------------------------------------------------------------------- b1
@layout
def b1():
    doc = Doc("reportlab", "LiberationSerif")
    lines, claims = [], []
    pat = "RUTH A PELLEGRINO"
    doc.text(40, 46, "Medicare Summary Notice for Part B (Medical Insurance)", 15, True)
    doc.text(40, 62, "The Official Summary of Your Medicare Claims", 9)
    doc.text(40, 86, pat, 10, True)
    doc.text(40, 98, "118 Orchard Vale Rd", 9)
    doc.text(40, 110, "Millbridge, PA 17988", 9)
    doc.rect(330, 76, 242, 58)
    doc.text(338, 90, "Medicare Number  XXXXXXX4TK72", 9)
    doc.text(338, 104, "Date of This Notice  February 9, 2026", 9)
    doc.text(338, 118, "Claims Processed Between", 9)
    doc.text(338, 130, "November 10, 2025 - February 8, 2026", 9)
    doc.text(40, 160, "Your Deductible Status", 11, True)
    doc.text(40, 174, "You have now met $0.00 of your 2026 Part B deductible.", 9)
    doc.text(40, 200, "Your Claims & Costs This Period", 11, True)
    st = PlanState(ded_left=Decimal("0.00"))
    data = [("Lakeshore Outpatient Rehab", "06-26012-118-440", D(1, 12),
             [S(1, 12, "97161", 1, ["GP"]), S(1, 12, "97110", 2, ["GP", "KX"]), S(1, 12, "97140", 1, ["GP"])]),
            ("Lakeshore Outpatient Rehab", "06-26019-220-117", D(1, 19),
             [S(1, 19, "97110", 3, ["GP", "KX"]), S(1, 19, "97112", 2, ["GP", "KX"]),
              S(1, 19, "97530", 1, ["GP", "KX"]), S(1, 19, "G0283", 1, ["GP"]),
              S(1, 19, "97116", 1, ["GP", "CQ"]), S(1, 19, "97140", 1, ["GP", "KX"]),
              S(1, 19, "97535", 1, ["GP", "KX"]), S(1, 19, "97760", 1, ["GP"]), S(1, 19, "97110", 1, ["GP", "CQ"]),
              S(1, 19, "97112", 1, ["GP", "CQ"]), S(1, 19, "97530", 2, ["GP", "CQ"]), S(1, 19, "0552T", 1, ["GP"])]),
            ]
    data.insert(1, ("Bay Crossing Family Medicine", "06-26015-509-338", D(1, 15),
                    [S(1, 15, "99213", 1), S(1, 15, "0552T", 1, denied="PR")]))
    for _, _, _, svcs in data:
        for s in svcs:
            medicare(s, st, deny_reason="50")
            s.remarks = ["C"] if s.denied or not s.allowed else (["B"] if "CQ" in s.mods else ["A"])
    y = 214
    for prov, clm, dos, svcs in data:
        doc.text(40, y, f"{prov}: {dfmt(dos, 'month')}   Approved {money(total(svcs, 'allowed'))}   "
                 f"You may be billed {money(total(svcs, 'owes'))}", 9)
        y += 12
    doc.page()
    xs = [362, 420, 478, 536, 566]
    heads = [("Amount", "Provider", "Charged"), ("Medicare-", "Approved", "Amount"), ("Medicare", "Paid", "Provider"),
             ("Maximum", "You May", "Be Billed"), ("See", "Notes", "")]

    def colhead(y):
        doc.line(40, y - 10, 572, y - 10, 1)
        doc.text(40, y + 6, "Service Provided & Billing Code", 8, True)
        for (a, b, c), x in zip(heads, xs):
            al = "L" if x == 566 else "R"
            for k, t in enumerate((a, b, c)):
                doc.text(x if al == "R" else 552, y + 9 * k - 2, t, 7.5, True, al)
        doc.line(40, y + 24, 572, y + 24, 0.6)
        return y + 36

    y = 50
    doc.text(40, y, "Your Claims for Part B (Medical Insurance)", 12, True)
    y += 16
    doc.text(40, y, "Your claims are listed below by the date you got the service.", 8)
    y += 24
    for prov, clm, dos, svcs in data:
        if y > 690:
            doc.page()
            y = 50
        doc.text(40, y, f"{dfmt(dos, 'month')}", 9, True)
        y += 12
        doc.text(40, y, f"{prov}, 400 Harbor Mill Dr, Suite 3, Millbridge, PA 17988", 8)
        y += 11
        doc.text(40, y, f"Service provided by: Marguerite Osei, PT     Claim Number: {clm}", 8)
        y += 18
        y = colhead(y)
        for s in svcs:
            if y > 720:
                doc.text(572, y, "Claim continues on next page", 8, False, "R")
                doc.page()
                y = 50
                doc.text(40, y, f"{dfmt(dos, 'month')} (continued)   Claim Number: {clm}", 9, True)
                y += 20
                y = colhead(y)
            code = s.code + "".join("-" + m for m in s.mods[:1])
            desc = doc.wrap(f"{LONG_DESC.get(s.code, s.desc)} ({code})", 300, 8)
            vals = [money(s.billed), money(s.allowed), money(s.paid), money(s.owes)]
            for v, x in zip(vals, xs):
                doc.text(x, y, v, 8, False, "R")
            doc.text(552, y, " ".join(s.remarks), 8)
            for k, t in enumerate(desc):
                doc.text(40, y + 10 * k, t, 8)
            pg = doc.npages
            lines.append(truth_line(pg, s, claim_id=None, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                                    modifiers=True, remarks=s.remarks, description=False,
                                    overrides={"modifiers": list(s.mods[:1])}))
            y += 10 * len(desc) + 9
        doc.line(40, y - 6, 572, y - 6, 0.6)
        doc.text(40, y + 4, "Total for this claim", 8, True)
        for f, x in zip(("billed", "allowed", "paid", "owes"), xs):
            doc.text(x, y + 4, money(total(svcs, f)), 8, True, "R")
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                              total(svcs, "owes"))})
        y += 30
    legend = [("A", "This is the amount Medicare approved for the service; the 2% payment cut was applied."),
              ("B", "Part of this service was done by a therapy assistant, so the approved amount is lower."),
              ("C", "Medicare does not pay for this item because it is not proven necessary for your condition.")]
    if y > 680:
        doc.page()
        y = 50
    doc.text(40, y, "Notes for Claims Above", 10, True)
    for c, t in legend:
        y += 12
        doc.text(40, y, f"{c}  {t}", 8)
    footer_pages(doc, "Page {} of {}", 306, 770, 8, "C")
    for ops in doc.pages[1:]:
        ops.append(("t", 40, 30, f"{pat}    Medicare Number XXXXXXX4TK72", 8, True, "L"))
    return doc, lines, claims, legend, [], "Medicare Summary Notice Part B", {"dates": ["month"], "span": 0, "up": 2}


# ---------------------------------------------------------------------------------------------- b2
@layout
def b2():
    doc = Doc("fpdf2", "helv")
    lines, claims = [], []
    pat = "Gerald Whitcombe"
    xs = [40, 94, 268, 300, 356, 412, 464, 520, 548]
    heads = [("Service", "date"), ("Service", "(code)"), ("", "Qty"), ("Provider", "charges"),
             ("Plan's approved", "amount"), ("Plan", "paid"), ("Your", "share"), ("", "Note")]
    al = ["L", "L", "R", "R", "R", "R", "R", "L"]

    def top(first):
        doc.text(40, 40, "SUMMIT CREST MEDICARE ADVANTAGE (HMO)", 12, True)
        doc.text(40, 52, "Part C Explanation of Benefits  -  January 2026", 9)
        doc.text(572, 40, f"Member: {pat}", 8, False, "R")
        doc.text(572, 51, "Member number: SCM0049917305", 8, False, "R")
        doc.line(40, 58, 572, 58, 0.8)
        return 74

    def colhead(y):
        doc.rect(40, y - 8, 532, 20, gray=0.85)
        for (a, b), x, a_ in zip(heads, [44, 94, 280, 336, 396, 446, 500, 520], al):
            if a:
                doc.text(x, y, a, 6.8, True, a_)
            doc.text(x, y + 8, b, 6.8, True, a_)
        return y + 22

    y = top(True)
    doc.rect(360, y - 8, 212, 46)
    doc.text(366, y + 2, "Year-to-date (2026)", 8, True)
    doc.text(366, y + 14, "Your out-of-pocket costs: $145.00", 8)
    doc.text(366, y + 26, "Out-of-pocket maximum: $5,900.00", 8)
    doc.text(40, y + 2, "This notice explains the medical services we processed last month.", 8)
    doc.text(40, y + 14, "It is not a bill. Keep it with your health records.", 8)
    y += 56
    data = [("Riverbend Therapy Partners", "MA-2601-774120", "RTP-10455",
             [S(1, 6, "97163", 1, ["GP"]), S(1, 6, "97110", 2, ["GP"]), S(1, 8, "97110", 2, ["GP"]),
              S(1, 8, "97140", 2, ["GP", "59"]), S(1, 13, "97110", 2, ["GP"]), S(1, 13, "97112", 1, ["GP"]),
              S(1, 15, "97110", 2, ["GP"]), S(1, 15, "97530", 2, ["GP"]), S(1, 20, "97116", 2, ["GP", "CQ"]),
              S(1, 22, "97110", 2, ["GP", "CQ"]), S(1, 22, "97140", 1, ["GP"]), S(1, 27, "97112", 2, ["GP"]),
              S(1, 27, "97530", 1, ["GP"]), S(1, 29, "97110", 3, ["GP"]), S(1, 29, "97535", 1, ["GP"]),
              S(1, 30, "97110", 2, ["GP"]), S(1, 30, "97112", 1, ["GP"]), S(1, 31, "97530", 2, ["GP"]),
              S(1, 31, "97140", 1, ["GP", "59"]), S(1, 31, "97116", 2, ["GP", "CQ"])]
             + [S(2, d, c, u, ["GP"]) for d in (2, 3, 5, 6, 9, 10, 12, 13, 16, 17, 19, 20)
                for c, u in (("97110", 2), ("97112", 1))]),
            ("Northfield Orthotic Lab", "MA-2601-790388", None,
             [S(1, 16, "L3807", 1, ["LT"], denied="CO"), S(1, 16, "97760", 1, ["GO"])])]
    for prov, clm, acct, svcs in data:
        for s in svcs:
            if s.denied:
                s.not_covered = s.billed
                s.adjs = []
                s.remarks = ["17"]
                continue
            s.allowed = q2(Decimal(SCHEDMA[s.code]) * s.units)
            s.copay = Decimal("15.00") if s.code not in ("97163", "97760") else Decimal("0.00")
            s.copay = min(s.copay, s.allowed)
            s.paid = s.allowed - s.copay
            s.owes = s.copay
            s.remarks = ["04"] if s.copay else []
        doc.text(40, y, f"Claim number {clm}", 9, True)
        doc.text(200, y, f"Provider: {prov}" + (f"   (provider ref. {acct})" if acct else ""), 8)
        y += 14
        y = colhead(y)
        for s in svcs:
            if y > 720:
                doc.text(572, y, "Continued on next page", 7, False, "R")
                doc.page()
                y = top(False)
                doc.text(40, y, f"Claim number {clm} (continued)", 9, True)
                y += 14
                y = colhead(y)
            mod = (" " + " ".join(s.mods)) if s.mods else ""
            vals = [dfmt(s.dos, "mdy4"), f"{fit(doc, s.desc, 120, 6.8)} ({s.code}{mod})", units_str(s.units),
                    money(s.billed), money(s.allowed), money(s.paid), money(s.owes), " ".join(s.remarks)]
            for v, x, a_ in zip(vals, [44, 94, 280, 336, 396, 446, 500, 520], al):
                doc.text(x, y, v, 6.8, False, a_)
            lines.append(truth_line(doc.npages, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks,
                                    description=False))
            y += 11
        doc.line(40, y - 7, 572, y - 7, 0.4)
        doc.text(94, y + 1, "Claim totals", 7, True)
        for f, x in zip(("billed", "allowed", "paid", "owes"), [336, 396, 446, 500]):
            doc.text(x, y + 1, money(total(svcs, f)), 7, True, "R")
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                              total(svcs, "owes"))})
        y += 26
    legend = [("04", "This is your plan copay for an outpatient therapy visit."),
              ("17", "This item needs approval from the plan before you get it. You do not owe this amount.")]
    for c, t in legend:
        doc.text(40, y, f"Note {c}: {t}", 7.5)
        y += 11
    footer_pages(doc, "Page {} of {}", 572, 770)
    return doc, lines, claims, legend, [], "Medicare Advantage member EOB", {"dates": ["mdy4"]}


SCHEDMA = {"97163": "104.50", "97110": "30.40", "97140": "27.90", "97112": "34.30", "97530": "37.75",
           "97116": "30.80", "97535": "33.10", "97760": "42.20", "L3807": "290.00"}


def q2(x):
    return Decimal(x).quantize(Decimal("0.01"))


# ---------------------------------------------------------------------------------------------- c1
@layout
def c1():
    doc = Doc("fpdf2", "courier", landscape=True)
    lines, claims = [], []
    sz, lh = 7.6, 10.0
    X0 = 30

    def row(y, s, bold=False):
        doc.text(X0, y, s, sz, bold)

    def top():
        row(30, "STATE OF NEW HALCYON DEPARTMENT OF MEDICAL ASSISTANCE              REMITTANCE ADVICE", True)
        row(40, "PROVIDER: 0044812907 KINDLE CREEK PEDIATRIC THERAPY LLC      RA NUMBER: 0002210447   "
                "RA DATE: 02/05/26")
        row(50, "-" * 150)
        return 62

    HEAD = ("  LN  FROM-DOS  TO-DOS   PROC   MOD   MOD    UNITS       BILLED      ALLOWED      TPL AMT"
            "     PAID AMT   EOB")

    def detail(ln, s, sign_trail):
        def m(v):
            return money(v, "", "trail") if sign_trail else money(v, "")
        return (f"  {ln:02d}  {dfmt(s.dos, 'mdy6')}    {dfmt(s.dos, 'mdy6')}   {s.code}  "
                f"{(s.mods[0] if s.mods else ''):<5} {(s.mods[1] if len(s.mods) > 1 else ''):<5} "
                f"{s.units:>6.2f} {m(s.billed):>12} {m(s.allowed):>12} {m(ZERO):>12} {m(s.paid):>12}   "
                f"{' '.join(s.remarks)}")

    y = top()
    data = [
        ("CLAIMS PAID", "BEAUMONT, ISLA R", "900114772A", "2226034000151", "KCP4471",
         [S(1, 5, "97167", 1, ["GO"]), S(1, 5, "97530", 2, ["GO"]), S(1, 7, "97530", 3, ["GO"]),
          S(1, 7, "97535", 1, ["GO", "59"]), S(1, 12, "97530", 3, ["GO"]), S(1, 12, "97112", 2, ["GP"]),
          S(1, 14, "97530", 4, ["GO"]), S(1, 14, "97110", 2, ["GP"]), S(1, 19, "97530", 3, ["GO"]),
          S(1, 19, "97140", 1, ["GP", "59"]), S(1, 21, "97530", 3, ["GO"]), S(1, 21, "97535", 2, ["GO"]),
          S(1, 26, "97530", 3, ["GO"]), S(1, 26, "97112", 2, ["GP"]), S(1, 28, "97530", 4, ["GO"])], False),
        ("CLAIMS PAID", "BEAUMONT, ISLA R", "900114772A", "2226034000155", "KCP4473",
         [S(1, d, c, u, m) for d in (2, 3, 4, 9, 10, 11) for c, u, m in
          (("97530", 3, ["GO"]), ("97535", 1, ["GO", "59"]))], False),
        ("CLAIMS PAID", "TRAN, MILO", "900208815C", "2226034000152", "KCP4490",
         [S(1, 6, "92523", 1, ["GN"]), S(1, 13, "92507", 1, ["GN"]), S(1, 20, "92507", 1, ["GN"])], False),
        ("CLAIMS DENIED", "OKONKWO-REYES, DEMI", "900377120B", "2226034000153", "KCP4502",
         [S(1, 9, "97129", 2, denied="CO"), S(1, 9, "97150", 1, denied="CO")], False),
        ("CLAIM ADJUSTMENTS", "TRAN, MILO", "900208815C", "2225348009971", "KCP4333",
         [S(12, 16, "92507", 1, ["GN"])], True),
        ("CLAIM ADJUSTMENTS", "TRAN, MILO", "900208815C", "2226034000154", "KCP4333",
         [S(12, 16, "92507", 1, ["GN"]), S(12, 16, "92526", 1, ["GN"])], False),
    ]
    for sec, name, rid, icn, acct, svcs, credit in data:
        for s in svcs:
            if s.dos.month == 12:
                s.dos = date(2025, 12, 16)
            medicaid(s, deny_reason="96")
            s.remarks = ["0201"] if not s.denied else ["0732", "0815"]
        if credit:
            svcs[:] = [negate(s) for s in svcs]
            for s in svcs:
                s.remarks = ["9901"]
    cur = None
    for sec, name, rid, icn, acct, svcs, credit in data:
        if y > 548:
            doc.page()
            y = top()
        if sec != cur:
            row(y, f"*** {sec} ***", True)
            y += lh * 1.5
            cur = sec
        row(y, f"RECIPIENT NAME: {name:<22} RECIPIENT ID: {rid}   ICN: {icn}   PAT ACCT NO: {acct}")
        y += lh
        row(y, HEAD, True)
        y += lh
        for n, s in enumerate(svcs, 1):
            if y > 575:
                row(y + 4, "                                         ** CLAIM CONTINUED ON NEXT PAGE **")
                doc.page()
                y = top()
                row(y, f"RECIPIENT NAME: {name:<22} RECIPIENT ID: {rid}   ICN: {icn}   PAT ACCT NO: {acct}"
                       "   (CONTINUED)")
                y += lh
                row(y, HEAD, True)
                y += lh
            row(y, detail(n, s, credit))
            lines.append(truth_line(doc.npages, s, claim_id=acct, payer_claim_id=icn, patient=name,
                                    printed=("billed", "allowed", "paid"), service_end=s.dos,
                                    remarks=s.remarks, description=False))
            y += lh
        m = (lambda v: money(v, "", "trail")) if credit else (lambda v: money(v, ""))
        row(y, f"{'CLAIM TOTAL':>47} {m(total(svcs, 'billed')):>12} {m(total(svcs, 'allowed')):>12} "
               f"{m(ZERO):>12} {m(total(svcs, 'paid')):>12}", True)
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        y += lh * 2
    legend = [("0201", "PAID PER STATE FEE SCHEDULE. RECIPIENT MAY NOT BE BILLED FOR THE DIFFERENCE."),
              ("0732", "PRIOR APPROVAL WAS NOT FOUND FOR THIS SERVICE."),
              ("0815", "SERVICE NOT BILLABLE ON THE SAME DAY AS ANOTHER THERAPY SESSION."),
              ("9901", "CREDIT OF PREVIOUSLY PAID CLAIM; SEE REPLACEMENT CLAIM ON THIS RA.")]
    if y > 520:
        doc.page()
        y = top()
    row(y, "EOB CODE MESSAGES", True)
    for c, t in legend:
        y += lh
        row(y, f"{c}  {t}")
    footer_pages(doc, "PAGE {} OF {}", 760, 596, sz)
    return doc, lines, claims, legend, [], "state Medicaid RA, monospace", {"dates": ["mdy6"]}


# ---------------------------------------------------------------------------------------------- c2
@layout
def c2():
    doc = Doc("reportlab", "DejaVuSans")
    lines, claims = [], []
    cols = [("Ln", 44, "L"), ("DOS", 60, "L"), ("Procedure", 108, "L"), ("Modifiers", 152, "L"),
            ("Units", 214, "R"), ("Billed", 266, "R"), ("Allowed", 318, "R"), ("Grp", 326, "L"),
            ("CARC", 350, "L"), ("Adj Amount", 430, "R"), ("Paid", 484, "R"), ("RARC", 494, "L")]

    def top():
        doc.text(40, 42, "Commonwealth of Eastmarch  ·  Department of Health Services", 11, True)
        doc.text(40, 55, "Medicaid Provider Remittance Advice", 9)
        doc.text(572, 42, "Payment date 02/11/2026", 8, False, "R")
        doc.text(572, 54, "Check/EFT no. 0071823355", 8, False, "R")
        doc.text(40, 70, "Payee: Fernhill Rehabilitation Services   NPI 1730049218   Payee ID 600219944", 8)
        doc.line(40, 76, 572, 76, 1)
        return 94

    y = top()
    data = [("AVERY DUMONT", "E00419927", "326040001157", "FRS-20144",
             [S(1, 8, "97162" if False else "97161", 1, ["GP"]), S(1, 8, "97110", 2, ["GP"]),
              S(1, 15, "97110", 2, ["GP"]), S(1, 15, "97140", 1, ["GP", "59"]), S(1, 22, "97116", 2, ["GP"])]),
            ("NADIA FERREIRA", "E00522340", "326040001158", "FRS-20167",
             [S(1, 9, "97166", 1, ["GO"]), S(1, 9, "97530", 2, ["GO"]), S(1, 16, "97530", 3, ["GO"]),
              S(1, 16, "97535", 2, ["GO"]), S(1, 23, "97760", 1, ["GO"]), S(1, 23, "L3807", 1, ["LT"], denied="CO")]),
            ("OWEN FERREIRA", "E00522341", "326040001159", "FRS-20168",
             [S(1, 12, "92507", 1, ["GN"]), S(1, 19, "92507", 1, ["GN"]), S(1, 26, "92526", 1, ["GN"])])]
    for name, mid, tcn, acct, svcs in data:
        for s in svcs:
            medicaid(s, deny_reason="197")
            s.remarks = ["N54"] if s.denied else []
        h = 30 + 14 * len(svcs) + 16
        if y + h > 740:
            doc.page()
            y = top()
        doc.rect(40, y - 10, 532, h)
        doc.rect(40, y - 10, 532, 14, gray=0.9)
        doc.text(44, y, f"Member: {name}    Member ID: {mid}    TCN: {tcn}    Patient Acct #: {acct}", 7.5, True)
        y += 14
        for t, x, a in cols:
            doc.text(x, y, t, 6.5, True, a)
        doc.line(40, y + 3, 572, y + 3, 0.4)
        y += 13
        for n, s in enumerate(svcs, 1):
            g, c, a = s.adjs[0] if s.adjs else ("", "", ZERO)
            vals = [str(n), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), money(s.billed, ","),
                    money(s.allowed, ","), g, c, money(a, ",") if s.adjs else "", money(s.paid, ","),
                    " ".join(s.remarks)]
            for (t, x, al), v in zip(cols, vals):
                doc.text(x, y, v, 6.5, False, al)
            lines.append(truth_line(doc.npages, s, claim_id=acct, payer_claim_id=tcn, patient=name,
                                    printed=("billed", "allowed", "paid"), adjustments=s.adjs,
                                    remarks=s.remarks, description=False))
            y += 14
        doc.text(160, y, "Claim totals", 6.5, True)
        doc.text(266, y, money(total(svcs, "billed"), ","), 6.5, True, "R")
        doc.text(318, y, money(total(svcs, "allowed"), ","), 6.5, True, "R")
        doc.text(484, y, money(total(svcs, "paid"), ","), 6.5, True, "R")
        claims.append({"claim_id": acct, "payer_claim_id": tcn, "patient": name,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        y += 30
    legend = [("N54", "The item was not authorized; it may not be billed to the member.")]
    doc.text(40, y, "Remark N54: " + legend[0][1], 7)
    doc.text(40, y + 12, "Group CO = contractual obligation. Reason 45 = above the program's maximum fee; "
             "197 = authorization missing.", 7)
    footer_pages(doc, "Page {} of {}", 572, 772)
    return doc, lines, claims, legend, [], "state Medicaid RA, boxed claims", {"dates": ["mdy4"], "full_adj": True}


# ---------------------------------------------------------------------------------------------- d1
@layout
def d1():
    doc = Doc("fpdf2", "LiberationMono")
    lines, claims = [], []
    sz, lh = 6.6, 9.0

    def row(y, s, bold=False):
        doc.text(28, y, s, sz, bold)

    def top():
        row(30, "CLEARRELAY REMIT VIEWER - MEDICARE PART B STANDARD PAPER REMITTANCE", True)
        row(40, "PAYER: CENTRAL PLAINS MEDICARE ADMINISTRATIVE CONTRACTOR   PROVIDER #: 0918827   "
                "CHECK/EFT #: 8800412")
        row(49, "PAYEE: MEADOWLARK PHYSICAL & OCCUPATIONAL THERAPY   DATE: 02/10/2026")
        row(58, "PERF PROV  SERV DATE    POS NOS  PROC  MODS      BILLED   ALLOWED  DEDUCT   COINS"
                "   GRP/RC-AMT          PROV PD")
        row(64, "-" * 118)
        return 76

    def m(v):
        return money(v, "")
    y = top()
    st = PlanState(ded_left=Decimal("40.00"))
    data = [("HOLLOWAY, JUNE", "1EG4TE5MK72", "MPT-31870", "2226034118402", "1457781203",
             [S(1, 6, "97161", 1, ["GP"]), S(1, 6, "97110", 2, ["GP"]), S(1, 8, "97110", 2, ["GP"]),
              S(1, 8, "97140", 1, ["GP", "59"]), S(1, 13, "97112", 2, ["GP", "KX"]),
              S(1, 13, "97110", 1, ["GP", "CQ"]), S(1, 15, "97530", 2, ["GP", "KX"]),
              S(1, 20, "97110", 2, ["GP"]), S(1, 20, "G0283", 1, ["GP"])]
             + [S(1, d, c, u, m) for d in (21, 22, 23, 26, 27, 28, 29, 30) for c, u, m in
                (("97110", 2, ["GP", "KX"]), ("97140", 1, ["GP", "59"]), ("97112", 1, ["GP"]))]),
            ("PARISI, LEO", "3RT7WQ2HN10", "MPT-31902", "2226034118403", "1457781203",
             [S(1, 7, "97165", 1, ["GO"]), S(1, 7, "97535", 2, ["GO"]), S(1, 14, "97530", 3, ["GO"]),
              S(1, 14, "97535", 1, ["GO", "CO"])]),
            ("HOLLOWAY, JUNE", "1EG4TE5MK72", "MPT-31911", "2226034118404", "1457781203",
             [S(1, 22, "97110", 3, ["GP", "KX"]), S(1, 22, "97129", 1, denied="CO"),
              S(1, 27, "97112", 2, ["GP", "KX"]), S(1, 27, "97140", 2, ["GP"]), S(1, 29, "97116", 2, ["GP"])])]
    for name, hic, acnt, icn, npi, svcs in data:
        for s in svcs:
            medicare(s, st, deny_reason="50")
            s.remarks = ["N130"] if s.denied else []
    for name, hic, acnt, icn, npi, svcs in data:
        if y > 680:
            doc.page()
            y = top()
        row(y, f"NAME {name:<18} HIC {hic}  ACNT {acnt}  ICN {icn}  ASG Y  MOA MA01")
        y += lh * 1.3
        for s in svcs:
            adj = [f"{g}-{r}" for g, r, a in s.adjs]
            amts = [m(a) for g, r, a in s.adjs]
            h = lh * len(adj)
            if y + h > 740:
                row(y, "CONTINUED ON NEXT PAGE")
                doc.page()
                y = top()
                row(y, f"NAME {name:<18} HIC {hic}  ACNT {acnt}  ICN {icn}  (CONT)")
                y += lh * 1.3
            mods = " ".join(s.mods)
            row(y, f"{npi} {dfmt(s.dos, 'mdy2')[:2]}{dfmt(s.dos, 'mdy2')[3:5]} {dfmt(s.dos, 'mdy6')} 11 "
                   f"{units_str(s.units):>3}  {s.code} {mods:<8} {m(s.billed):>8} {m(s.allowed):>8} "
                   f"{m(s.deductible):>7} {m(s.coinsurance):>7}   {adj[0]:<7} {amts[0]:>8}   {m(s.paid):>9}")
            for a, v in zip(adj[1:], amts[1:]):
                y += lh
                row(y, f"{'':79}{a:<7} {v:>8}")
            if s.remarks:
                y += lh
                row(y, f"{'':28}REM: {' '.join(s.remarks)}")
            lines.append(truth_line(doc.npages, s, claim_id=acnt, payer_claim_id=icn, patient=name,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks, description=False))
            y += lh
        row(y, f"PT RESP {m(total(svcs, 'owes')):>9}{'':17}CLAIM TOTALS {m(total(svcs, 'billed')):>8} "
               f"{m(total(svcs, 'allowed')):>8} {m(total(svcs, 'deductible')):>7} {m(total(svcs, 'coinsurance')):>7}"
               f"{'':20}{m(total(svcs, 'paid')):>9}", True)
        y += lh
        row(y, f"{'':86}NET {m(total(svcs, 'paid')):>9}")
        claims.append({"claim_id": acnt, "payer_claim_id": icn, "patient": name,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                              total(svcs, "owes"))})
        y += lh * 2
    legend = [("N130", "Look up the benefit limits and coverage rules for this service.")]
    row(y, "GLOSSARY: GROUP, REASON, MOA, REMARK CODES")
    row(y + lh, "N130  " + legend[0][1])
    footer_pages(doc, "PAGE {} OF {}", 584, 770, sz)
    return doc, lines, claims, legend, [], "Medicare-style SPR from clearinghouse", \
        {"dates": ["mdy6"], "span": 3, "full_adj": True}


# ---------------------------------------------------------------------------------------------- d2
@layout
def d2():
    doc = Doc("reportlab", "LiberationSansNarrow", landscape=True)
    lines, claims = [], []
    cols = [("DOS", 36, "L"), ("Proc", 92, "L"), ("Mod", 126, "L"), ("Units", 176, "R"), ("Description", 186, "L"),
            ("Charge", 356, "R"), ("Allowed", 404, "R"), ("Ded", 444, "R"), ("Coins", 484, "R"),
            ("Copay", 522, "R"), ("Adj (grp-rsn: amt)", 532, "L"), ("Paid", 700, "R"), ("Pt Resp", 752, "R")]

    def top():
        doc.text(36, 36, "TallyPoint PM  ·  ERA Posting Report", 13, True)
        doc.text(36, 49, "Practice: Ashgrove Therapy Collective   Payer: Keystone Valley Health Plan   "
                 "EFT trace 3300918274   Deposit 02/12/2026", 8)
        doc.line(36, 56, 756, 56, 0.8)
        for t, x, a in cols:
            doc.text(x, 70, t, 7.5, True, a)
        doc.line(36, 74, 756, 74, 0.4)
        return 88

    y = top()
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.20"), copay_codes={"97530": Decimal("25.00")})
    orig = [S(12, 29, "97530", 2, ["GO"]), S(12, 29, "97535", 1, ["GO", "59"])]
    for s in orig:
        s.dos = date(2025, 12, 29)
        commercial(s, PlanState(coins_rate=Decimal("0.20")))
    rev = [negate(s) for s in orig]
    repl = [S(12, 29, "97530", 3, ["GO"]), S(12, 29, "97535", 1, ["GO", "59"])]
    for s in repl:
        s.dos = date(2025, 12, 29)
        commercial(s, PlanState(coins_rate=Decimal("0.20")))
    data = [("Castellano, Rosa", "ATC-77120", "KV26010883102", "", [S(1, 5, "97165", 1, ["GO"]),
             S(1, 5, "97530", 2, ["GO"]), S(1, 12, "97530", 3, ["GO"]), S(1, 12, "97140", 1, ["GO", "59"])]),
            ("Castellano, Rosa", "ATC-76902", "KV25120441870", "Reversal of prior payment", rev),
            ("Castellano, Rosa", "ATC-76902", "KV26010883119", "Corrected claim", repl),
            ("Mbeki, Thandi", "ATC-77188", "KV26010883140", "", [S(1, 7, "97161", 1, ["GP"]),
             S(1, 7, "97110", 2, ["GP"]), S(1, 14, "97110", 2, ["GP"]), S(1, 14, "97112", 1, ["GP", "59"]),
             S(1, 21, "97110", 2, ["GP"]), S(1, 21, "97530", 1, ["GP"]), S(1, 28, "97140", 2, ["GP"])]),
            ("Sorensen, Kai", "ATC-77201", "KV26010883166", "", [S(1, 9, "92523", 1, ["GN"]),
             S(1, 16, "92507", 1, ["GN"]), S(1, 23, "92507", 1, ["GN"]), S(1, 30, "92507", 1, ["GN"])])]
    for name, acct, pcn, note, svcs in data:
        if svcs is rev or svcs is repl:
            continue
        for s in svcs:
            commercial(s, st)
    for name, acct, pcn, note, svcs in data:
        if y + 16 + 12 * len(svcs) > 570:
            doc.page()
            y = top()
        doc.text(36, y, f"Patient: {name}    Acct #: {acct}    Payer Claim #: {pcn}" +
                 (f"    {note}" if note else ""), 8, True)
        y += 12
        for s in svcs:
            adj = "  ".join(f"{g}-{r}: {money(a, ',', '()')}" for g, r, a in s.adjs)
            vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(abs(s.units)), fit(doc, s.desc, 130, 7.5)]
            vals += [money(getattr(s, f), ",", "()") for f in ("billed", "allowed", "deductible", "coinsurance",
                                                               "copay")]
            vals += [adj, money(s.paid, ",", "()"), money(s.owes, ",", "()")]
            for (t, x, a), v in zip(cols, vals):
                doc.text(x, y, v, 7.5, False, a)
            lines.append(truth_line(doc.npages, s, claim_id=acct, payer_claim_id=pcn, patient=name,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "copay", "paid",
                                             "patient_owes"), adjustments=s.adjs, description=False))
            y += 12
        doc.line(330, y - 8, 756, y - 8, 0.3)
        doc.text(320, y + 1, "Claim total", 7.5, True, "R")
        for f, x in (("billed", 356), ("allowed", 404), ("paid", 700), ("owes", 752)):
            doc.text(x, y + 1, money(total(svcs, f), ",", "()"), 7.5, True, "R")
        claims.append({"claim_id": acct, "payer_claim_id": pcn, "patient": name,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                              total(svcs, "owes"))})
        y += 22
    footer_pages(doc, "Page {} of {}", 756, 590)
    return doc, lines, claims, [], [], "PM-system ERA posting report", {"dates": ["mdy4"], "full_adj": True}


# ---------------------------------------------------------------------------------------------- e1
@layout
def e1():
    doc = Doc("fpdf2", "DejaVuSans")
    lines, claims = [], []
    cols = [("Date", 36, "L"), ("Patient", 82, "L"), ("Code", 150, "L"), ("Description", 196, "L"),
            ("Charge", 336, "R"), ("Ins Paid", 378, "R"), ("Adjust", 418, "R"), ("Balance", 458, "R")]

    def side():
        doc.rect(474, 36, 102, 200, gray=0.93)
        for k, t in enumerate(["STATEMENT DATE", "02/14/2026", "", "ACCOUNT NO.", "WPT-G-01873", "",
                               "AMOUNT DUE", "$311.36", "", "PLEASE PAY BY", "03/10/2026"]):
            doc.text(482, 50 + 12 * k, t, 7, k in (0, 3, 6, 9))

    doc.text(36, 42, "Willowbend Pediatric Therapy", 14, True)
    doc.text(36, 54, "2290 Fennel Row, Suite B  ·  Lark Hollow, MN 55790  ·  (612) 555-0177", 7)
    doc.text(36, 78, "Family Statement", 11, True)
    doc.text(36, 94, "Guarantor: Daniel Orozco-Field", 8)
    doc.text(36, 105, "77 Thistle Ct, Lark Hollow, MN 55790", 8)
    side()
    y = 130
    for t, x, a in cols:
        doc.text(x, y, t, 7, True, a)
    doc.line(36, y + 3, 466, y + 3, 0.6)
    y += 14
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.10"))
    plan = "Crestline Health"
    data = [("Sofia Orozco", "V-30411", "88120554", [S(1, 6, "97166", 1, ["GO"]), S(1, 6, "97530", 2, ["GO"])]),
            ("Mateo Orozco", "V-30418", "88120561", [S(1, 7, "92523", 1, ["GN"])]),
            ("Sofia Orozco", "V-30462", "88121032", [S(1, 13, "97530", 3, ["GO"]), S(1, 13, "97535", 1, ["GO"])]),
            ("Mateo Orozco", "V-30470", "88121047", [S(1, 14, "92507", 1, ["GN"])]),
            ("Ines Orozco", "V-30477", "88121055", [S(1, 15, "97161", 1, ["GP"]), S(1, 15, "97110", 2, ["GP"])]),
            ("Sofia Orozco", "V-30501", "88121560", [S(1, 20, "97530", 3, ["GO"]), S(1, 20, "97112", 1, ["GO"])]),
            ("Mateo Orozco", "V-30509", "88121577", [S(1, 21, "92507", 1, ["GN"]), S(1, 21, "92526", 1, ["GN"])]),
            ("Ines Orozco", "V-30515", "88121590", [S(1, 22, "97110", 2, ["GP"]), S(1, 22, "97140", 1, ["GP"])]),
            ("Sofia Orozco", "V-30548", "88122019", [S(1, 27, "97530", 3, ["GO"]), S(1, 27, "97535", 1, ["GO"])]),
            ("Mateo Orozco", "V-30552", "88122026", [S(1, 28, "92507", 1, ["GN"])]),
            ("Ines Orozco", "V-30560", "88122040", [S(1, 29, "97110", 2, ["GP"]), S(1, 29, "97116", 1, ["GP"])])]
    data += [(p_, f"V-{30600 + 9 * k}", f"8812{2600 + 13 * k}", [S(2, 2 + k // 3, c, u, m)])
             for k, (p_, c, u, m) in enumerate([("Sofia Orozco", "97530", 3, ["GO"]), ("Mateo Orozco", "92507", 1, ["GN"]),
                                               ("Ines Orozco", "97110", 2, ["GP"])] * 8)]
    for pat, visit, clm, svcs in data:
        for s in svcs:
            commercial(s, st)
        first = pat.split()[0]
        if y > 740:
            doc.text(466, y, "continued on page 2", 7, False, "R")
            doc.page()
            doc.text(36, 40, "Willowbend Pediatric Therapy  ·  Family Statement  ·  Account WPT-G-01873", 8)
            y = 62
        doc.text(36, y, f"Visit {visit}  billed to {plan}, claim # {clm}", 7, True)
        y += 11
        for s in svcs:
            vals = [dfmt(s.dos, "mdy2"), first, f"{s.code} {' '.join(s.mods)}", fit(doc, s.desc, 96, 7), money(s.billed, ","),
                    money(s.paid, ","), money(s.discount, ","), money(s.owes, ",")]
            for (t, x, a), v in zip(cols, vals):
                doc.text(x, y, v, 7, False, a)
            lines.append(truth_line(doc.npages, s, claim_id=visit, payer_claim_id=clm, patient=first,
                                    printed=("billed", "patient_owes"), units=False, description=False,
                                    overrides={"paid": str(s.paid), "discount": str(s.discount)}))
            y += 11
        y += 4
        claims.append({"claim_id": visit, "payer_claim_id": clm, "patient": first,
                       "totals": claim_totals()})
    allsvc = [s for d in data for s in d[3]]
    doc.line(36, y, 466, y, 0.6)
    doc.text(196, y + 12, "Account totals", 7, True)
    for f, x, sg in (("billed", 336, 1), ("paid", 378, 1), ("discount", 418, 1), ("owes", 458, 1)):
        doc.text(x, y + 12, money(sg * total(allsvc, f), ","), 7, True, "R")
    doc.text(36, y + 34, "Your balance is what remains after your insurance paid. Questions? Call our billing desk.", 7)
    footer_pages(doc, "Page {} of {}", 576, 770)
    due = total(allsvc, "owes")
    for ops in doc.pages[:1]:
        for i, op in enumerate(ops):
            if op[0] == "t" and op[3] == "$311.36":
                ops[i] = op[:3] + (money(due),) + op[4:]
    return doc, lines, claims, [], [], "therapy clinic family statement", {"dates": ["mdy2"]}


# ---------------------------------------------------------------------------------------------- e2
@layout
def e2():
    doc = Doc("reportlab", "DejaVuSerif")
    lines, claims = [], []
    cols = [("Date", 40, "L"), ("Rev", 96, "L"), ("CPT/HCPCS", 124, "L"), ("Mod", 178, "L"),
            ("Description", 212, "L"), ("Qty", 470, "R"), ("Charges", 568, "R")]
    REV = {"97": "0430", "92": "0440", "99": "0510", "L3": "0274", "G0": "0420"}

    def top():
        doc.text(40, 40, "St. Anselm Regional Children's Hospital", 13, True)
        doc.text(40, 52, "Patient Financial Services · 1 Cloister Way · Vantry, WI 53980", 7)
        return 70

    y = top()
    doc.rect(40, y, 250, 52)
    doc.text(46, y + 12, "Statement for the family of", 7)
    doc.text(46, y + 24, "Renata Ferreira-Hale (guarantor)", 8, True)
    doc.text(46, y + 36, "Guarantor no. G-5518204", 7)
    doc.rect(320, y, 252, 52)
    doc.text(326, y + 12, "Statement date  Feb 16, 2026", 7)
    doc.text(326, y + 24, "Total due from you", 8, True)
    y += 72
    data = [("Lucia Ferreira-Hale", "700118822", "Bluewater Health", "BW2601-88213",
             [S(1, 6, "97167", 1, ["GO"]), S(1, 6, "97530", 2, ["GO"]), S(1, 6, "97760", 1, ["GO"]),
              S(1, 6, "L3807", 1, ["RT"])]),
            ("Tomas Ferreira-Hale", "700119035", "Bluewater Health", "BW2601-90077",
             [S(1, 13, "92523", 1, ["GN"]), S(1, 13, "92507", 1, ["GN"])]),
            ("Lucia Ferreira-Hale", "700119240", "Bluewater Health", "BW2601-93321",
             [S(1, 20, "97530", 3, ["GO"]), S(1, 20, "97535", 1, ["GO", "59"]), S(1, 20, "97110", 2, ["GP"]),
              S(1, 20, "G0283", 1, ["GP"]), S(1, 20, "99213", 1, ["25"])])]
    st = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.20"))
    findings = []
    grand = ZERO
    for pat, acct, ins, clm, svcs in data:
        for s in svcs:
            commercial(s, st)
        if y > 560:
            doc.page()
            y = top()
        doc.line(40, y - 10, 572, y - 10, 1)
        doc.text(40, y, f"Account {acct}   Patient: {pat}", 8.5, True)
        doc.text(572, y, f"Outpatient Rehabilitation  ·  {dfmt(svcs[0].dos, 'mon')}", 7.5, False, "R")
        y += 14
        for t, x, a in cols:
            doc.text(x, y, t, 7, True, a)
        y += 11
        for s in svcs:
            for k, dl in enumerate(doc.wrap(LONG_DESC.get(s.code, s.desc), 230, 7)):
                doc.text(212, y + 9 * k, dl, 7)
            vals = [dfmt(s.dos, "mdy2"), REV[s.code[:2]], s.code, " ".join(s.mods), None, units_str(s.units),
                    money(s.billed, ",")]
            for (t, x, a), v in zip(cols, vals):
                if v is not None:
                    doc.text(x, y, v, 7, False, a)
            nd = len(doc.wrap(LONG_DESC.get(s.code, s.desc), 230, 7))
            lines.append(truth_line(doc.npages, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed",), description=False))
            y += 9 * nd + 3
        billed = total(svcs, "billed")
        printed_billed = billed
        if acct == "700119240":
            printed_billed = billed + Decimal("10.00")
            findings.append(f"claim-total-mismatch claim {acct}: printed Total charges {printed_billed} "
                            f"but the lines add up to {billed}")
        paid, adj, owe = total(svcs, "paid"), total(svcs, "discount"), total(svcs, "owes")
        for lab, v in ((f"Total charges", printed_billed),
                       (f"Payment - {ins} claim {clm}", -paid), ("Contractual adjustment - insurance", -adj),
                       ("Patient balance for this account", owe)):
            doc.text(470, y + 4, lab, 7.5, lab.startswith("Patient"), "R")
            doc.text(568, y + 4, money(v, ","), 7.5, lab.startswith("Patient"), "R")
            y += 11
        grand += owe
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(billed=printed_billed, paid=paid, patient_owes=owe)})
        y += 22
    doc.pages[0].append(("t", 566, 70 + 24, money(grand), 10, True, "R"))
    doc.text(40, 740, "Financial assistance is available. Ask about a payment plan: (608) 555-0119.", 7)
    footer_pages(doc, "Page {} of {}", 572, 772)
    return doc, lines, claims, [], findings, "hospital family statement", {"dates": ["mdy2"], "span": 0}


# ---------------------------------------------------------------------------------------------- main
def main(argv: list[str]) -> int:
    import tempfile
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout144_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    for name, fn in LAYOUTS.items():
        doc, lines, claims, legend, findings, desc, spec = fn()
        pdf = out / f"heldout144_{name}.pdf"
        doc.save(pdf, FIXED_WHEN)
        write_truth(pdf, name, doc.producer, doc.npages, desc, lines, claims, legend, findings)
        msg = f"{pdf.name}: {doc.npages} pages, {len(lines)} lines, {len(claims)} claims"
        if "--check" in argv:
            errs = check(pdf, spec)
            bad += bool(errs)
            msg += " OK" if not errs else " FAIL\n  " + "\n  ".join(errs[:12])
        print(msg)
    print(out)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
