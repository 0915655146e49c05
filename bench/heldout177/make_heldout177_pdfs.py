"""Write held-out set 177 of synthetic PDF EOB layouts (with truth files) into a folder: an honest, one-time
measurement of the PDF reader on ten everyday documents in house styles nobody developing it has seen.

Run:  python bench/heldout177/make_heldout177_pdfs.py OUT_DIR            (writes 10 PDFs + truth files)
      python bench/heldout177/make_heldout177_pdfs.py OUT_DIR --check    (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py, whose helpers are imported): printed values
only, null for what a layout does not print (units null where no quantity is printed for the line);
claim_id = the provider's own account / patient-control / visit number, payer_claim_id = the payer's claim
number / ICN / TCN, patient exactly as printed (the person who got the service). Adjustments are recorded only
where the page prints group + reason + amount. Every name, number, payer, provider, address and ID is invented;
descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date).

Layouts (two of each of the five commonest real kinds):
  a01 commercial member EOB, portrait Liberation Sans (reportlab): "Your Claim Details", claim banner with patient
      + relationship, "Amount billed / Plan discount / Plan allowed / Deductible / Copay / Coinsurance / Plan
      paid / You owe", code "97530-GO", long description wrapped on a second line, 3 family members, claim totals,
      note legend (single page; engine would repeat header + "(continued)" banner on overflow)
  a02 commercial "Statement of Benefits", landscape DejaVu Serif (fpdf2): "CPT/HCPCS / Qty / Charges / Savings
      / Not Covered / Covered Amt / Deductible / Coinsurance / Benefit Paid / Member Resp. / Rsn", "97110 GP 59",
      a denied line, per-claim "Totals", 3 family members, reason legend
  a03 Medicare Summary Notice Part B, portrait DejaVu Sans (reportlab): summary page 1, claims from page 2
      headed by the spelled date and provider, "1 Therapeutic exercises (97110-GP)" (leading number = units),
      "Amount Provider Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You May Be Billed /
      See Notes", note letters, claim number only (no provider account); 2 pages
  a04 Medicare Advantage PPO member EOB, portrait Liberation Serif (fpdf2): boxed member panel, "Date(s) / What
      was done / Provider billed / Plan approved / Plan paid / Your share / Note", code in parentheses after the
      words, service ranges "01/05/26-01/09/26" for some lines, one 14-line claim (single page)
  a05 state Medicaid remittance advice, landscape core Courier (reportlab): payee banner + PAGE n OF N,
      "PAID CLAIMS" / "DENIED CLAIMS" / "ADJUSTED CLAIMS" sections, "RECIPIENT / MEDICAID ID / PAT ACCT /
      TCN", detail "LN SVC-DATE PROC M1 M2 UNITS BILLED ALLOWED PAID CARC ADJ-AMT", a reversal with trailing
      minus amounts and its replacement, EOB code legend
  a06 Medicaid managed-care remittance, portrait Liberation Sans Narrow, ruled (fpdf2): member bar "Member /
      Member No. / Pt Acct No / Claim ICN", "Dtl / From / To / Proc / Mods / Qty / Charged / Allowed / TPL /
      Paid / Adj", adjustment "CO 45 12.34", denied details with "CO B7", header repeated on page 2
  a07 clearinghouse print of a Medicare Part B standard paper remit, portrait DejaVu Sans Mono (reportlab): NAME
      / HIC / ACNT / ICN / ASG / MOA heads, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS
      GRP/RC-AMT PROV PD", second adjustment on its own line, CLAIM TOTALS rows, continues onto next page
      (a05, a06, a07 also carry further ordinary claims from an invented roster so that a long claim spills over)
  a08 practice-management "Remit Posting Worksheet" for a Medicare ERA, landscape DejaVu Sans Condensed (fpdf2):
      one row per line with patient, acct, payer ICN on every row, "Chg / Allow / Ded / Coins / Adj codes /
      Paid", adjustments joined "CO45:12.34 PR2:5.00", subtotal per claim
  a09 outpatient therapy clinic family statement, portrait Liberation Serif with a right sidebar (reportlab):
      visit heading rows "Visit V-nnnn  billed to <plan>  claim <number>", "Date / Patient / Service / Code /
      Charge / Ins. Paid / Adjust. / Your Part", 3 children, no units (single page)
  a10 hospital family statement, portrait core Times (fpdf2): one account per family member with "Hospital
      Account" and insurer claim number, "Date / Rev / Description / CPT-HCPCS / Qty / Charges / Ins Pymt /
      Adjustment / Balance", non-OT lines (97116, 99213, L3807), boxed account headings, account balance rows

The self-check (--check) tests the factory, not the reader: page counts; every truth code, modifier, units
value and printed amount is on the SAME text line as its service in its page's text layer (pdfplumber); dates,
remarks, adjustment amounts, ids and patients are on the page; billed - adjustments = paid where adjustments
are printed; allowed - deductible - copay - coinsurance = paid where printed (no sequestration); claim totals =
sum of lines and printed; at least three files have a claim whose lines span two pages.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    LONG_DESC, PlanState, Svc, ZERO, claim_totals, commercial, dfmt, medicaid, medicare, money, negate, q,
    total, truth_line, units_str, write_truth,
)
from h177engine import Item, Spec, T, render  # noqa: E402

D = date


def svcs(dos, spec, plan):
    """spec: list of (code, units, mods, denied)."""
    out = []
    for code, u, mods, den in spec:
        s = Svc(dos, code, Decimal(str(u)), tuple(mods), denied=den)
        out.append(plan(s))
    return out


def row(cols, vals, h=11.0, truth=None, b=False, z=None, **kw):
    cells = [T(x, v, a, b, z) for (x, a), v in zip(cols, vals) if v]
    return Item("row", cells, h, truth=truth, **kw)


def txt(x, s, h=11.0, b=False, z=None, a="l", **kw):
    return Item("row", [T(x, s, a, b, z)], h, **kw)


def furn(lines):
    """lines: list of (y, [T...])"""
    return [(y, Item("row", ts, 10)) for y, ts in lines]


def M(d, style="$", neg="-"):
    return money(d, style, neg)


# =========================================================================================== a01
def a01(out):
    W, H = 612, 792
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    st2 = PlanState(ded_left=ZERO, visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.78"))
    fam = [
        ("Harriet Okonkwo-Lind", "Self", "Brightwater Hand & Upper Limb Therapy", "BW-558201", "E26A0113874",
         [(D(2026, 1, 6), [("97166", 1, ["GO"], None), ("97530", 2, ["GO"], None), ("97140", 1, ["GO", "59"], None)]),
          (D(2026, 1, 9), [("97530", 2, ["GO"], None), ("97110", 2, ["GO"], None), ("97760", 1, ["GO"], None),
                           ("L3807", 1, ["RT"], None), ("97535", 1, ["GO"], None), ("G0283", 1, ["GO"], "PR")])], st),
        ("Tobias Lind", "Spouse", "Northfork Physical Therapy Group", "NF-20391", "E26A0120551",
         [(D(2026, 1, 12), [("97161", 1, ["GP"], None), ("97110", 3, ["GP"], None), ("97112", 1, ["GP"], None)])], st),
        ("Wren Lind", "Daughter", "Little Sprouts Speech & Feeding", "LS-7730", "E26A0131002",
         [(D(2026, 1, 14), [("92523", 1, ["GN"], None)]), (D(2026, 1, 21), [("92507", 1, ["GN"], None)])], st2),
    ]
    cols = [(36, "l"), (84, "l"), (232, "r"), (275, "r"), (318, "r"), (360, "r"), (398, "r"), (440, "r"),
            (490, "r"), (536, "r"), (576, "r")]
    items, lines, claims = [], [], []
    PR = ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    for name, rel, prov, acct, clm, visits, plan in fam:
        banner = [T(36, f"Patient: {name} ({rel})", "l", True), T(330, f"Claim number: {clm}")]
        items.append(Item("row", banner, 13, fill=0.88, x0=34, x1=578, keep=3, claim=clm))
        items.append(txt(36, f"Provider: {prov}    Your provider's account number: {acct}", 12, claim=clm))
        all_s = []
        for dos, spec in visits:
            for s in svcs(dos, spec, lambda s: commercial(s, plan, deny_reason="96")):
                all_s.append(s)
                notes = ["N4"] if s.denied else (["N1", "N2"] if s.deductible else ["N1"])
                tr = truth_line(0, s, claim_id=acct, payer_claim_id=clm, patient=name, printed=PR, units=False,
                                remarks=notes, description=False)
                lines.append(tr)
                code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
                vals = [dfmt(s.dos, "mdy4"), code] + [M(getattr(s, a), ",") for a in
                                                       ("billed", "discount", "allowed", "deductible", "copay",
                                                        "coinsurance", "paid", "owes")] + [" ".join(notes)]
                items.append(row(cols, vals, 10, truth=tr, keep=2, claim=clm))
                items.append(txt(84, LONG_DESC.get(s.code, s.desc), 11, z=6.5, claim=clm))
        tot = [total(all_s, a) for a in ("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                         "paid", "owes")]
        items.append(Item("rule", h=4, x0=180, x1=578, claim=clm))
        items.append(row(cols, ["", "Claim totals"] + [M(x, "$") for x in tot], 16, b=True, claim=clm))
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": name,
                       "totals": claim_totals(tot[0], tot[2], tot[6], tot[7])})
    legend = [("N1", "Your provider is in our network; the plan discount is not yours to pay."),
              ("N2", "Part of the allowed amount counted toward your deductible this year."),
              ("N4", "This service is not a benefit of your plan. You may be billed for it.")]
    items.append(Item("gap", h=10))
    items.append(txt(36, "Notes about your claims", 13, b=True))
    for c, t in legend:
        items.append(txt(36, f"{c}  {t}", 11))
    heads = ["Date", "Service", "Amount", "Plan", "Plan", "Deduct-", "Copay", "Coins-", "Plan", "You", "Notes"]
    heads2 = ["of service", "code", "billed", "discount", "allowed", "ible", "", "urance", "paid", "owe", ""]
    colhead = [row(cols, heads, 9, b=True), row(cols, heads2, 12, b=True), Item("rule", h=5, x0=34, x1=578)]

    def fur(p, n):
        f = [(30, [T(36, "CEDARLINE HEALTH PLANS", "l", True, 15), T(576, "Explanation of Benefits", "r", True, 12)]),
             (50, [T(36, "This is not a bill"), T(576, f"Page {p} of {n}", "r")]),
             (H - 40, [T(306, "Cedarline Health Plans  |  PO Box 4410, Millbrook, OR 97388  |  1-800-555-0142",
                         "c", False, 7)])]
        if p == 1:
            f += [(70, [T(36, "Harriet Okonkwo-Lind"), T(330, "Member ID: CDL 448 190 33")]),
                  (81, [T(36, "2290 Quarry Lake Rd"), T(330, "Group: 70041  Family plan")]),
                  (92, [T(36, "Fernvale, OR 97402"), T(330, "Statement date: 02/03/2026")]),
                  (112, [T(36, "Your Claim Details", "l", True, 11)])]
        return furn(f)

    def cont(clm):
        return [txt(36, f"Claim number {clm} (continued)", 13, b=True)]
    spec = Spec("reportlab", W, H, "LiberationSans", 7.2, lambda p: 132 if p == 1 else 72, 60, fur, colhead,
                True, cont)
    n = render(out, spec, items)
    return dict(layout="a01", producer="reportlab", pages=n, description="commercial member EOB, family of 3",
                lines=lines, claims=claims, legend=legend)


# =========================================================================================== a02
def a02(out):
    W, H = 792, 612
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.85"))
    fam = [
        ("Dmitri Ashgrove", "CL-99201-A", "20260114-0041-77", "Quillby Rehabilitation Associates",
         [(D(2026, 1, 7), [("97163", 1, ["GP"], None), ("97110", 2, ["GP", "59"], None), ("97140", 2, ["GP"], None)]),
          (D(2026, 1, 10), [("97110", 3, ["GP"], None), ("97116", 2, ["GP"], None), ("0552T", 1, [], "PR")])]),
        ("Selma Ashgrove", "CL-99342-A", "20260120-0093-12", "Quillby Rehabilitation Associates",
         [(D(2026, 1, 15), [("97165", 1, ["GO"], None), ("97535", 2, ["GO"], None), ("97530", 1, ["GO", "KX"], None)])]),
        ("Pim Ashgrove", "4471902", "20260126-0160-05", "Hollowmere Pediatric Therapies",
         [(D(2026, 1, 22), [("92507", 1, ["GN"], None), ("92526", 1, ["GN"], None)]),
          (D(2026, 1, 29), [("92507", 1, ["GN"], None), ("99213", 1, ["25"], None)])]),
    ]
    cols = [(30, "l"), (92, "l"), (178, "r"), (222, "r"), (282, "r"), (338, "r"), (398, "r"), (456, "r"),
            (520, "r"), (586, "r"), (650, "r"), (668, "l")]
    items, lines, claims = [], [], []
    PR = ("billed", "discount", "not_covered", "allowed", "deductible", "coinsurance", "paid", "patient_owes")
    for name, acct, clm, prov, visits in fam:
        items.append(Item("rule", h=6, x0=28, x1=764))
        items.append(txt(30, f"Patient: {name}     Provider: {prov}     Patient Acct: {acct}     Claim #: {clm}",
                         14, b=True, keep=2))
        all_s = []
        for dos, spec in visits:
            for s in svcs(dos, spec, lambda s: commercial(s, st, deny_reason="204")):
                all_s.append(s)
                rs = ["K7"] if s.denied else (["D1"] if s.deductible else [])
                tr = truth_line(0, s, claim_id=acct, payer_claim_id=clm, patient=name, printed=PR, remarks=rs)
                lines.append(tr)
                vals = [dfmt(s.dos, "mdy2"), " ".join((s.code,) + s.mods), units_str(s.units)] + \
                    [M(getattr(s, a), ",") for a in ("billed", "discount", "not_covered", "allowed", "deductible",
                                                      "coinsurance", "paid", "owes")] + [" ".join(rs)]
                items.append(row(cols, vals, 12, truth=tr))
        tot = [total(all_s, a) for a in ("billed", "discount", "not_covered", "allowed", "deductible", "coinsurance",
                                         "paid", "owes")]
        items.append(row(cols, ["", "Totals", ""] + [M(x, "$") for x in tot], 15, b=True))
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": name,
                       "totals": claim_totals(tot[0], tot[3], tot[6], tot[7])})
    legend = [("D1", "Applied to the member's calendar-year deductible."),
              ("K7", "Experimental or unproven service under the plan; member responsibility.")]
    items.append(Item("gap", h=8))
    for c, t in legend:
        items.append(txt(30, f"Rsn {c}: {t}", 11))
    hd = ["Service", "CPT/HCPCS", "Qty", "Charges", "Savings", "Not", "Covered", "Deductible", "Coinsurance",
          "Benefit", "Member", "Rsn"]
    hd2 = ["Date", "& Modifiers", "", "", "", "Covered", "Amt", "", "", "Paid", "Resp.", ""]
    colhead = [row(cols, hd, 10, b=True, fill=0.85, x0=28, x1=764), row(cols, hd2, 13, b=True, fill=0.85, x0=28, x1=764)]

    def fur(p, n):
        return furn([(24, [T(30, "Sagebrook Mutual Benefit Co.", "l", True, 14), T(762, "STATEMENT OF BENEFITS", "r", True, 12)]),
                     (44, [T(30, "Subscriber: Dmitri Ashgrove   ID: SMB-0771-2390-01   Group: Tallow Creek Millworks"),
                           T(762, f"Issued 02/04/2026   Sheet {p}/{n}", "r")]),
                     (H - 30, [T(396, "Sagebrook Mutual Benefit Co., 18 Ledger Way, Carrow, NE 68901. Keep this statement for your records.", "c", False, 7)])])
    spec = Spec("fpdf2", W, H, "DejaVuSerif", 7.2, 66, 44, fur, colhead, True)
    n = render(out, spec, items)
    return dict(layout="a02", producer="fpdf2", pages=n, description="commercial statement of benefits, 3 members",
                lines=lines, claims=claims, legend=legend)


# =========================================================================================== a03
def a03(out):
    W, H = 612, 792
    st = PlanState(ded_left=Decimal("40.00"))
    name = "Clement A. Verhoeven"
    clms = [
        ("Riverbend Occupational Therapy, 40 Mill Pond Rd, Ashby, MA 01431", "26-011-40872-221", D(2026, 1, 5),
         [("97165", 1, ["GO"], None), ("97530", 2, ["GO"], None), ("97535", 2, ["GO"], None)]),
        ("Riverbend Occupational Therapy, 40 Mill Pond Rd, Ashby, MA 01431", "26-016-40990-110", D(2026, 1, 12),
         [("97530", 3, ["GO"], None), ("97110", 2, ["GO"], None), ("97112", 1, ["GO"], None), ("97140", 1, ["GO", "59"], None),
          ("97760", 1, ["GO"], None), ("G0283", 1, ["GO"], None), ("97535", 1, ["GO"], None), ("97168", 1, ["GO"], None),
          ("0552T", 1, [], "PR")]),
        ("Hartwell Family Medicine, 7 Depot St, Ashby, MA 01431", "26-020-51177-004", D(2026, 1, 19),
         [("99213", 1, [], None)]),
        ("Riverbend Occupational Therapy, 40 Mill Pond Rd, Ashby, MA 01431", "26-027-41305-318", D(2026, 1, 26),
         [("97530", 2, ["GO", "CO"], None), ("97110", 2, ["GO", "CO"], None), ("97140", 1, ["GO"], None),
          ("97535", 1, ["GO", "CO"], None)]),
    ]
    cols = [(40, "l"), (360, "r"), (425, "r"), (490, "r"), (555, "r"), (566, "l")]
    items, lines, claims = [Item("break")], [], []
    PR = ("billed", "allowed", "paid", "patient_owes")
    tot_paid = tot_owe = ZERO
    for prov, clm, dos, spec in clms:
        items.append(txt(40, f"{dfmt(dos, 'month')}", 13, b=True, z=9.5, keep=4, claim=clm))
        items.append(txt(40, prov, 11, claim=clm))
        items.append(txt(40, f"Claim number {clm}   Referred by: Dr. Imani Sorensby", 14, claim=clm))
        ss = svcs(dos, spec, lambda s: medicare(s, st, deny_reason="50"))
        for s in ss:
            notes = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
            tr = truth_line(0, s, claim_id=None, payer_claim_id=clm, patient=name, printed=PR, remarks=notes,
                            overrides={"deductible": None})
            lines.append(tr)
            code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            vals = [f"{units_str(s.units)} {s.desc} ({code})", M(s.billed), M(s.allowed), M(s.paid), M(s.owes),
                    ", ".join(notes)]
            items.append(row(cols, vals, 13, truth=tr, claim=clm))
        t = [total(ss, a) for a in ("billed", "allowed", "paid", "owes")]
        tot_paid += t[2]
        tot_owe += t[3]
        items.append(Item("rule", h=4, x0=300, x1=560, claim=clm))
        items.append(row(cols, ["Total for this claim"] + [M(x) for x in t], 20, b=True, claim=clm))
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": name,
                       "totals": claim_totals(t[0], t[1], t[2], t[3])})
    legend = [("A", "This provider accepts Medicare's approved amount as payment in full."),
              ("B", "Part of this approved amount went toward your Part B deductible."),
              ("C", "Medicare does not pay for this item because it is not considered reasonable and necessary.")]
    items.append(txt(40, "Notes for Claims Above", 14, b=True, z=10))
    for c, t in legend:
        items.append(txt(40, f"{c}  {t}", 12))
    colhead = [row(cols, ["Service Provided & Billing Code", "Amount", "Medicare-", "Amount", "Maximum You",
                          "See"], 10, b=True),
               row(cols, ["", "Provider", "Approved", "Medicare", "May Be", "Notes"], 10, b=True),
               row(cols, ["", "Charged", "Amount", "Paid", "Billed", ""], 12, b=True),
               Item("rule", h=5, x0=38, x1=590)]

    def fur(p, n):
        f = [(28, [T(40, "Medicare Summary Notice for Part B (Medical Insurance)", "l", True, 12)]),
             (44, [T(40, "The Official Summary of Your Medicare Claims"), T(572, f"Page {p} of {n}", "r")]),
             (H - 36, [T(306, f"{name}  |  Medicare Number XXXXXXX7QK2  |  THIS IS NOT A BILL", "c", False, 7)])]
        if p == 1:
            f += [(76, [T(40, name, "l", True, 10)]), (90, [T(40, "511 Larchmont Terrace")]),
                  (102, [T(40, "Ashby, MA 01431")]),
                  (130, [T(40, "Your Deductible Status", "l", True, 10)]),
                  (146, [T(40, "Your deductible is what you must pay each year before Medicare pays its share.")]),
                  (160, [T(40, "You have now met your Part B deductible for 2026.")]),
                  (190, [T(40, "Your Claims & Costs This Period (January 2026)", "l", True, 10)]),
                  (206, [T(40, "Did Medicare approve all services?  No, some were not approved (see note C).")]),
                  (220, [T(40, f"Number of claims: {len(clms)}")]),
                  (234, [T(40, f"Total you may be billed: {M(tot_owe)}")]),
                  (248, [T(40, f"Total Medicare paid to your providers: {M(tot_paid)}")]),
                  (290, [T(40, "If you disagree with a decision, you may ask for a redetermination within 120 days.")])]
        return furn(f)

    def cont(clm):
        return [txt(40, f"Claim number {clm} (continued from previous page)", 13, b=True)]
    spec = Spec("reportlab", W, H, "DejaVuSans", 7.4, 70, 56, fur, colhead, True, cont)
    colhead_first = spec.colhead
    spec.colhead = []  # page 1 is the summary only; the claim table starts on page 2

    # header on every claims page: emulate via cont + explicit header at the break
    def cont2(clm):
        return colhead_first + ([txt(40, f"Claim number {clm} (continued from previous page)", 13, b=True)]
                                if clm != "__first__" else [])
    spec.cont = cont2
    items[0].claim = "__first__"
    items.insert(1, Item("gap", h=0.0, claim="__first__"))
    items[0] = Item("break")
    items[1].claim = "__first__"
    n = render(out, spec, items)
    return dict(layout="a03", producer="reportlab", pages=n, description="Medicare Summary Notice Part B",
                lines=lines, claims=claims, legend=legend)


# =========================================================================================== a04
def a04(out):
    W, H = 612, 792
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"))
    name = "Rosalind Q. Featherstonhaugh"
    clms = [
        ("Pinecrest Outpatient Rehab", "PR-0048812", "MA2601-77310", D(2026, 1, 5), D(2026, 1, 9),
         [("97161", 1, ["GP"], None, False), ("97110", 6, ["GP"], None, True), ("97112", 4, ["GP"], None, True),
          ("97140", 3, ["GP"], None, True), ("97116", 2, ["GP", "CQ"], None, True), ("97530", 4, ["GP", "KX"], None, True),
          ("G0283", 2, ["GP"], None, True), ("97535", 2, ["GP"], None, True), ("97760", 1, ["GP"], None, False),
          ("L3807", 1, ["LT"], None, False), ("97110", 4, ["GP", "CQ"], None, True), ("97112", 2, ["GP", "CQ"], None, True),
          ("97140", 2, ["GP", "59"], None, True), ("0552T", 1, [], "CO", False)]),
        ("Dr. Anselm Quaye, Orthopaedics", "AQ-331907", "MA2601-80155", D(2026, 1, 20), None,
         [("99213", 1, [], None, False)]),
    ]
    cols = [(36, "l"), (128, "l"), (380, "r"), (440, "r"), (500, "r"), (556, "r"), (566, "l")]
    items, lines, claims = [], [], []
    PR = ("billed", "allowed", "paid", "patient_owes")
    for prov, acct, clm, dos, end, spec in clms:
        items.append(Item("box", [T(40, f"Claim ID: {clm}", "l", True), T(220, f"Provider: {prov}"),
                                  T(440, f"Patient account: {acct}")], 15, x0=34, x1=578, keep=2))
        ss = []
        for code, u, mods, den, rng in spec:
            s = medicare(Svc(dos, code, Decimal(str(u)), tuple(mods), denied=den), st, sequestration=False,
                         deny_reason="96")
            ss.append(s)
            note = "4" if s.denied else "1"
            e = end if (rng and end) else None
            tr = truth_line(0, s, claim_id=acct, payer_claim_id=clm, patient=name, printed=PR, units=False,
                            service_end=e, remarks=[note], description=False)
            lines.append(tr)
            dd = dfmt(dos, "mdy2") + (f"-{dfmt(end, 'mdy2')}" if e else "")
            mm = ("-" + "-".join(s.mods)) if s.mods else ""
            vals = [dd, f"{s.desc} ({s.code}{mm})", M(s.billed), M(s.allowed), M(s.paid), M(s.owes), note]
            items.append(row(cols, vals, 13, truth=tr, claim=clm))
        t = [total(ss, a) for a in ("billed", "allowed", "paid", "owes")]
        items.append(row(cols, ["", "Claim total"] + [M(x) for x in t], 20, b=True))
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": name,
                       "totals": claim_totals(t[0], t[1], t[2], t[3])})
    legend = [("1", "Your plan pays 80% of the approved amount after your visit; you pay the rest."),
              ("4", "This service is not covered by your plan. The provider cannot bill you for it.")]
    items.append(txt(36, "Notes", 13, b=True))
    for c, t in legend:
        items.append(txt(36, f"Note {c}: {t}", 12))
    colhead = [row(cols, ["Date(s)", "What was done", "Provider", "Plan", "Plan", "Your", "Note"], 10, b=True),
               row(cols, ["", "", "billed", "approved", "paid", "share", ""], 12, b=True),
               Item("rule", h=4, x0=34, x1=578)]

    def fur(p, n):
        f = [(30, [T(36, "Harborlight Medicare Advantage PPO", "l", True, 13), T(576, f"Page {p} of {n}", "r")]),
             (H - 36, [T(306, "Harborlight Health, 300 Anchor St, Portmead, ME 04102. Call 1-877-555-0163 (TTY 711).",
                         "c", False, 7)])]
        if p == 1:
            f += [(52, [T(36, "Your Explanation of Benefits (EOB) for medical services  -  January 2026")]),
                  (76, [T(40, f"Member: {name}", "l", True), T(330, "Member ID: HLM-60321174")]),
                  (88, [T(40, "14 Gullwing Lane, Portmead, ME 04102"), T(330, "Plan: Harborlight Advantage Choice (PPO)")]),
                  (112, [T(36, "Your medical claims this month", "l", True, 10)])]
        return furn(f)

    def fur2(p, n):
        fs = fur(p, n)
        if p == 1:
            fs.append((72, Item("box", [], 28, x0=34, x1=578)))
        return fs
    spec = Spec("fpdf2", W, H, "LiberationSerif", 8, lambda p: 130 if p == 1 else 56, 56, fur2, colhead, False)
    n = render(out, spec, items)
    return dict(layout="a04", producer="fpdf2", pages=n, description="Medicare Advantage PPO member EOB",
                lines=lines, claims=claims, legend=legend)


# =========================================================================================== a05
def a05(out):
    W, H = 792, 612
    pts = [
        ("MARISOL QUINTANILLA", "880231774Q", "KQ-10045", "2026019004417", D(2026, 1, 8),
         [("97165", 1, ["GO"], None), ("97530", 2, ["GO"], None), ("97535", 1, ["GO"], None)], "paid"),
        ("TEODORO QUINTANILLA", "880231775Q", "KQ-10046", "2026019004418", D(2026, 1, 8),
         [("92523", 1, ["GN"], None), ("92507", 1, ["GN"], None)], "paid"),
        ("ADAEZE NWACHUKWU-PORTER", "770514220B", "KQ-10102", "2026019004502", D(2026, 1, 13),
         [("97530", 3, ["GO"], None), ("97110", 2, ["GO", "59"], None), ("97112", 2, ["GO"], None),
          ("97140", 1, ["GO"], None), ("97535", 2, ["GO"], None), ("97168", 1, ["GO"], None),
          ("97760", 1, ["GO"], None), ("97129", 2, ["GO"], None)], "paid"),
        ("JUNIPER HALVORSEN", "660998123C", "KQ-10150", "2026019004611", D(2026, 1, 15),
         [("97530", 4, ["GO"], "CO"), ("G0283", 1, ["GO"], "CO")], "denied"),
    ]
    orig = ("ELLIS BRANNIGAN", "550177342A", "KQ-09871", "2025352001980", "2026019004700", D(2025, 12, 11),
            [("97110", 2, ["GP"], None), ("97140", 2, ["GP"], None)])
    C = [(40, "l"), (62, "l"), (118, "l"), (160, "l"), (184, "l"), (236, "r"), (300, "r"), (364, "r"),
         (428, "r"), (446, "l"), (540, "r")]
    items, lines, claims = [], [], []
    PR = ("billed", "allowed", "paid")

    def claim_block(nm, rid, acct, tcn, ss, neg="-"):
        items.append(txt(40, f"RECIPIENT: {nm:<26} MEDICAID ID: {rid}   PAT ACCT: {acct:<10} TCN: {tcn}", 12,
                         b=True, keep=2, claim=tcn))
        for i, s in enumerate(ss, 1):
            adj = s.adjs[0] if s.adjs else None
            remarks = ["M80"] if s.denied else []
            tr = truth_line(0, s, claim_id=acct, payer_claim_id=tcn, patient=nm, printed=PR,
                            adjustments=[list(a) for a in s.adjs], remarks=remarks, description=False)
            lines.append(tr)
            mods = list(s.mods) + ["", ""]
            vals = [f"{i:02d}", dfmt(s.dos, "mdy6"), s.code, mods[0], mods[1], units_str(s.units),
                    M(s.billed, "", "trail"), M(s.allowed, "", "trail"), M(s.paid, "", "trail"),
                    f"{adj[0]}{adj[1]}" if adj else "", M(adj[2], "", "trail") if adj else "", ]
            if remarks:
                vals[-2] += " M80"
            items.append(row(C, vals, 10.5, truth=tr, claim=tcn))
        t = [total(ss, a) for a in ("billed", "allowed", "paid")]
        items.append(row(C, ["", "", "", "CLAIM TOTAL", "", "", M(t[0], "", "trail"), M(t[1], "", "trail"),
                             M(t[2], "", "trail")], 16, b=True, claim=tcn))
        claims.append({"claim_id": acct, "payer_claim_id": tcn, "patient": nm,
                       "totals": claim_totals(t[0], t[1], t[2], None)})

    pts = pts[:2] + [(n.upper(), f"99{i:04d}410X", a, c.replace("-", "")[:13], d, sp, "paid")
                     for i, (a, c, n, d, sp) in enumerate(filler(13, "KQ-2", "20260190051", D(2026, 1, 9), "GP",
                                                                   "{first} {last}"))] + pts[2:]
    sect = {"paid": "PAID CLAIMS", "denied": "DENIED CLAIMS"}
    cur = None
    for nm, rid, acct, tcn, dos, spec, kind in pts:
        if kind != cur:
            items.append(txt(40, f"*** {sect[kind]} ***", 16, b=True, keep=3))
            cur = kind
        claim_block(nm, rid, acct, tcn, svcs(dos, spec, lambda s: medicaid(s, "204")))
    items.append(txt(40, "*** ADJUSTED CLAIMS ***", 16, b=True, keep=3))
    nm, rid, acct, old, new, dos, spec = orig
    first = svcs(dos, spec, medicaid)
    claim_block(nm, rid, acct, old, [negate(s) for s in first])
    second = svcs(dos, [("97110", 2, ["GP"], None), ("97140", 1, ["GP"], None)], medicaid)
    claim_block(nm, rid, acct, new, second)
    legend = [("CO45", "AMOUNT ABOVE THE STATE MAXIMUM FEE, NOT BILLABLE TO RECIPIENT"),
              ("CO204", "SERVICE NOT IN THE RECIPIENT'S BENEFIT PACKAGE"),
              ("M80", "PROCEDURE NOT PAYABLE WITH ANOTHER SERVICE THE SAME DAY")]
    items.append(txt(40, "EOB / ADJUSTMENT CODE DESCRIPTIONS", 14, b=True))
    for c, t in legend:
        items.append(txt(40, f"{c:<7}{t}", 11))
    colhead = [row(C, ["LN", "SVC-DATE", "PROC", "M1", "M2", "UNITS", "BILLED", "ALLOWED", "PAID", "CARC",
                       "ADJ-AMT"], 11, b=True), Item("rule", h=5, x0=38, x1=760)]

    def fur(p, n):
        return furn([(22, [T(40, "STATE OF WESTMARCH  DEPARTMENT OF HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM", "l", True),
                           T(760, f"PAGE {p} OF {n}", "r")]),
                     (34, [T(40, "REMITTANCE ADVICE   RA NO 0004471   WARRANT 61-0092231   PAY DATE 01/23/26")]),
                     (46, [T(40, "PAYEE: KESTREL VALLEY THERAPY SERVICES LLC   NPI 1928374650   PROV NO 002871455")]),
                     (H - 26, [T(40, "AMOUNTS WITH A TRAILING MINUS ARE RECOUPMENTS OF EARLIER PAYMENTS")])])

    def cont(tcn):
        return [txt(40, f"TCN {tcn} CONTINUED", 12, b=True)]
    spec = Spec("reportlab", W, H, "Courier", 7.5, 64, 40, fur, colhead, True, cont)
    n = render(out, spec, items)
    return dict(layout="a05", producer="reportlab", pages=n, description="state Medicaid RA, paid/denied/adjusted",
                lines=lines, claims=claims, legend=legend)


def generic(out, lay, producer, W, H, font, size, title, head, cols, colhead_rows, claims_in, plan, fmt, printed,
            units=True, adjs=True, idrow=None, note=None, repeat=True, hdr_lines=(), rowh=11.0, cont=True,
            end_fn=None, extra=None):
    """A table layout: fmt(s, ids) -> list of cell strings; idrow(ids) -> heading Item or None."""
    items, lines, claims = [], [], []
    for ids in claims_in:
        acct, clm, nm, dos, spec = ids
        if idrow:
            items.append(idrow(ids))
        ss = svcs(dos, spec, plan)
        for s in ss:
            rm = note(s) if note else []
            tr = truth_line(0, s, claim_id=acct, payer_claim_id=clm, patient=nm, printed=printed, units=units,
                            adjustments=[list(a) for a in s.adjs] if adjs else [], remarks=rm, description=False)
            lines.append(tr)
            items.append(row(cols, fmt(s, ids), rowh, truth=tr, claim=clm, keep=2 if extra and extra(s) else 1))
            if extra and extra(s):
                items.append(row(cols, extra(s), rowh, claim=clm))
        t = {a: total(ss, a) for a in ("billed", "allowed", "paid", "owes")}
        items.append(end_fn(t, ids))
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": nm,
                       "totals": claim_totals(t["billed"], t["allowed"] if "allowed" in printed else None, t["paid"],
                                              t["owes"] if "patient_owes" in printed else None)})

    def fur(p, n):
        f = [(24, [T(cols[0][0], title, "l", True, 12), T(W - 36, f"Page {p} of {n}", "r")])]
        f += [(38 + 11 * i, [T(cols[0][0], s)]) for i, s in enumerate(hdr_lines)]
        f.append((H - 30, [T(W / 2, head, "c", False, 7)]))
        return furn(f)
    top = 48 + 11 * len(hdr_lines)
    spec = Spec(producer, W, H, font, size, top, 46, fur, colhead_rows, repeat,
                (lambda c: [txt(cols[0][0], f"Claim {c} continued", 12, b=True)]) if cont else None)
    n = render(out, spec, items)
    return dict(layout=lay, producer=producer, pages=n, lines=lines, claims=claims), items


FIRST = ["Agnes", "Bram", "Celeste", "Dario", "Esme", "Fintan", "Greta", "Hollis", "Ines", "Jory", "Kestrel", "Lupe"]
LAST = ["Marchetti", "Ngata", "Osterberg", "Pasquale", "Quist", "Ravensworth", "Sadowski", "Tennant", "Ulloa",
        "Varga", "Whitcombe", "Yearwood"]
PATTERNS = [[("97530", 2, [], None), ("97110", 1, [], None), ("97140", 1, [], None)],
            [("97112", 1, [], None), ("97535", 2, [], None)],
            [("97110", 2, [], None), ("97530", 1, [], None), ("97116", 1, [], None), ("97140", 2, [], None)]]


def filler(n, apfx, cpfx, dos, mod, namefmt):
    """n further ordinary claims (invented people) so that the big claim of the run spills onto a new page."""
    out = []
    for i in range(n):
        first, last = FIRST[(i * 5 + 3) % 12], LAST[(i * 7 + 1) % 12]
        sp = [(c, u, [mod] + ([ "59"] if c == "97140" and i % 2 else []), d) for c, u, _, d in PATTERNS[i % 3]]
        out.append((f"{apfx}{1100 + 37 * i}", f"{cpfx}{40321 + 913 * i}", namefmt.format(first=first, last=last),
                    dos + timedelta(days=i % 4), sp))
    return out


def mods(s, sep=" "):
    return sep.join(s.mods)


def a06(out):
    C = [(30, "l"), (52, "l"), (100, "l"), (148, "l"), (180, "l"), (236, "r"), (290, "r"), (340, "r"),
         (380, "r"), (430, "r"), (440, "l")]
    cl = [("SH-30071", "2026-024-118840", "Beatriz Solano-Marsh", D(2026, 1, 6),
           [("97165", 1, ["GO"], None), ("97530", 2, ["GO"], None), ("97535", 2, ["GO"], None), ("97140", 1, ["GO", "59"], "CO")]),
          ("SH-30088", "2026-024-118907", "Kai Solano-Marsh", D(2026, 1, 7),
           [("92523", 1, ["GN"], None), ("92507", 1, ["GN"], None)]),
          ("SH-30112", "2026-024-119230", "Lorcan Mbeki", D(2026, 1, 12),
           [("97530", 3, ["GO"], None), ("97110", 2, ["GO"], None), ("97112", 2, ["GO"], None), ("97535", 1, ["GO"], None),
            ("97168", 1, ["GO"], None), ("97760", 1, ["GO"], None), ("L3807", 1, ["RT"], None), ("97129", 2, ["GO"], None),
            ("97150", 1, ["GO"], None), ("G0283", 1, ["GO"], "CO"), ("97116", 2, ["GP"], None), ("97140", 2, ["GO"], None)]),
          ("SH-30140", "2026-024-119388", "Odalys Fenwright", D(2026, 1, 14),
           [("97166", 1, ["GO"], None), ("97530", 2, ["GO"], None)])]

    def fmt(s, ids):
        a = s.adjs[0] if s.adjs else None
        return [f"{0}", dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, mods(s), units_str(s.units) + ".0",
                M(s.billed, ","), M(s.allowed, ","), "0.00", M(s.paid, ","), f"{a[0]} {a[1]} {M(a[2], ',')}" if a else ""]
    ctr = {"n": 0}

    def fmt2(s, ids):
        ctr["n"] += 1
        v = fmt(s, ids)
        v[0] = str(ctr["n"])
        return v

    def idrow(ids):
        ctr["n"] = 0
        return Item("row", [T(30, f"Member: {ids[2]}", "l", True), T(190, "Member No. 90" + ids[0][-5:] + "71"),
                            T(300, f"Pt Acct No {ids[0]}"), T(420, f"Claim ICN {ids[1]}")], 14, fill=0.87,
                    x0=28, x1=584, keep=2, claim=ids[1])

    def end(t, ids):
        return row(C, ["", "", "", "", "Claim total", "", M(t["billed"], ","), M(t["allowed"], ","), "0.00",
                       M(t["paid"], ","), ""], 15, b=True, claim=ids[1])
    ch = [row(C, ["Dtl", "From", "To", "Proc", "Mods", "Qty", "Charged", "Allowed", "TPL", "Paid", "Adj"], 12,
              b=True), Item("rule", h=4, x0=28, x1=584)]
    r, items = generic(out, "a06", "fpdf2", 612, 792, "LiberationSansNarrow", 8, "Bluewater Community Health Plan",
                       "Bluewater Community Health Plan - a Medicaid managed care plan - Provider Services 1-888-555-0177",
                       C, ch, filler(6, "SH-4", "2026-024-12", D(2026, 1, 9), "GO", "{first} {last}") + cl, lambda s: medicaid(s, "B7"), fmt2, ("billed", "allowed", "paid"),
                       idrow=idrow, hdr_lines=["PROVIDER REMITTANCE ADVICE    Payment date 01/30/2026    EFT trace 0048812270",
                                               "Payee: Sandhill Pediatric & Adult Therapy, 88 Ferry Rd, Dunmoor, OH 43711"],
                       end_fn=end, rowh=12)
    # the second, edit-text line under denied details
    for i in range(len(items) - 1, -1, -1):
        it = items[i]
        if it.truth and it.truth["adjustments"] and it.truth["adjustments"][0][1] == "B7":
            pass
    r["legend"] = [("CO 45", "Charge above the plan's fee schedule"), ("CO B7", "Rendering provider not credentialed for this service on the date")]
    r["description"] = "Medicaid managed-care remittance"
    return r


def a07(out):
    C = [(30, "l"), (78, "l"), (170, "l"), (196, "l"), (222, "l"), (260, "l"), (330, "r"), (380, "r"),
         (424, "r"), (468, "r"), (474, "l"), (582, "r")]
    st = PlanState(ded_left=Decimal("25.00"))
    cl = [("ACN88201", "2226019117450", "HOLLOWAY, EUGENIA", D(2026, 1, 5),
           [("97165", 1, ["GO"], None), ("97530", 2, ["GO"], None), ("97110", 1, ["GO", "59"], None)]),
          ("ACN88233", "2226019117511", "PRZYBYLSKI, ANTON", D(2026, 1, 6),
           [("97530", 3, ["GO", "KX"], None), ("97535", 2, ["GO"], None), ("97140", 2, ["GO"], None), ("97112", 1, ["GO"], None),
            ("97760", 1, ["GO"], None), ("G0283", 1, ["GO"], None), ("97168", 1, ["GO"], None), ("97110", 2, ["GO", "CO"], None),
            ("97530", 1, ["GO", "CO"], None), ("0552T", 1, [], "CO")]),
          ("ACN88260", "2226019117640", "OYELARAN, BISOLA", D(2026, 1, 8),
           [("97161", 1, ["GP"], None), ("97116", 2, ["GP"], None)])]

    def fmt(s, ids):
        a = s.adjs
        first = f"{a[0][0]}-{a[0][1]} {M(a[0][2], '')}" if a else ""
        return ["1457720934", dfmt(s.dos, "mdy4") + " " + dfmt(s.dos, "mdy4")[:5], "11", units_str(s.units), s.code,
                mods(s), M(s.billed, ""), M(s.allowed, ""), M(s.deductible, ""), M(s.coinsurance, ""), first,
                M(s.paid, "")]

    # the remaining adjustments on following lines: emulate with idrow-less rows after each service
    def idrow(ids):
        return Item("row", [T(30, f"NAME {ids[2]}   HIC 4RT7-WQ9-HH{ids[0][-2:]}   ACNT {ids[0]}   ICN {ids[1]}   ASG Y   MOA MA01", "l", True)],
                    14, keep=2, claim=ids[1])

    def end(t, ids):
        return row(C, ["PT RESP", M(t["owes"], ""), "", "", "CLAIM TOTALS", "", M(t["billed"], ""),
                       M(t["allowed"], ""), "", "", "", M(t["paid"], "")], 18, b=True, claim=ids[1])
    ch = [row(C, ["PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT",
                  "COINS", "GRP/RC-AMT", "PROV PD"], 12, b=True), Item("rule", h=4, x0=28, x1=584)]
    r, items = generic(out, "a07", "reportlab", 612, 792, "DejaVuSansMono", 6.4,
                       "MEDICARE PART B REMITTANCE - PAPER FORMAT REPRINT",
                       "Reprinted by ClearPath Exchange Services from the payer's 835. Not an original remittance.",
                       C, ch, cl + filler(9, "ACN8", "22260191", D(2026, 1, 7), "GO", "{last}, {first}"), lambda s: medicare(s, st), fmt,
                       ("billed", "allowed", "deductible", "coinsurance", "paid"), idrow=idrow, end_fn=end,
                       extra=lambda s: [""] * 10 + [" ".join(f"{g}-{c} {M(a, '')}" for g, c, a in s.adjs[1:]), ""] if len(s.adjs) > 1 else None,
                       hdr_lines=["CONTRACTOR 04412  ATLANTIC PLAINS MAC   PROVIDER # 1457720934  CHECK/EFT # 000918273  DATE 01/27/2026",
                                  "PAYEE: MILLRACE HAND AND OCCUPATIONAL THERAPY  211 TANNERY ROW  GRESHAM FALLS, PA 17002"])
    r["legend"] = [("CO-45", "charge over the fee schedule"), ("PR-1", "deductible"), ("PR-2", "coinsurance"),
                   ("CO-253", "sequestration reduction"), ("CO-50", "not deemed medically necessary")]
    r["description"] = "clearinghouse SPR reprint"
    return r


def render_extra_adjs(items):
    """Unused helper kept simple: adjustments after the first are printed in the description of a07 only."""
    return items


def a08(out):
    C = [(24, "l"), (120, "l"), (170, "l"), (236, "l"), (276, "l"), (306, "l"), (340, "r"), (384, "r"),
         (424, "r"), (460, "r"), (496, "r"), (506, "l"), (768, "r")]
    st = PlanState(ded_left=ZERO)
    cl = [("V-230114", "0426014488120", "Greer, Philippa", D(2026, 1, 13),
           [("97166", 1, ["GO"], None), ("97530", 2, ["GO"], None), ("97140", 1, ["GO", "59"], None)]),
          ("V-230131", "0426014488355", "Abernathy-Cole, Ruth", D(2026, 1, 14),
           [("97530", 2, ["GO"], None), ("97110", 2, ["GO"], None), ("97535", 1, ["GO"], None), ("G0283", 1, ["GO"], None)]),
          ("V-230162", "0426014489001", "Tamsin, Lowell", D(2026, 1, 16),
           [("92507", 1, ["GN"], None), ("92526", 1, ["GN"], None), ("99213", 1, ["25"], "CO")])]

    def fmt(s, ids):
        codes = " ".join(f"{g}{c}:{M(a, '')}" for g, c, a in s.adjs)
        return [ids[2], ids[0], ids[1], dfmt(s.dos, "mdy2"), s.code, mods(s, ","), units_str(s.units),
                M(s.billed, ","), M(s.allowed, ","), M(s.deductible, ","), M(s.coinsurance, ","), codes, M(s.paid, ",")]

    def end(t, ids):
        return row(C, ["", "", "", "", "", "Subtotal", "", M(t["billed"], ","), M(t["allowed"], ","), "", "", "",
                       M(t["paid"], ",")], 15, b=True, claim=ids[1])
    ch = [row(C, ["Patient", "Acct", "Payer ICN", "DOS", "CPT", "Mod", "Units", "Chg", "Allow", "Ded", "Coins",
                  "Adj codes", "Paid"], 12, b=True, fill=0.85, x0=22, x1=772)]
    r, items = generic(out, "a08", "fpdf2", 792, 612, "DejaVuSansCondensed", 7.4, "Remit Posting Worksheet",
                       "TheraLedger PM  -  printed by front desk user KM  -  confidential patient information",
                       C, ch, cl, lambda s: medicare(s, st, deny_reason="50"), fmt,
                       ("billed", "allowed", "deductible", "coinsurance", "paid"), end_fn=end,
                       hdr_lines=["Practice: Larkspur Therapy Partners    Payer: Medicare Part B (Jurisdiction 9)    ERA check 882011455    Deposit 01/28/2026"])
    r["legend"] = []
    r["description"] = "PM remit posting worksheet"
    return r


def a09(out):
    C = [(36, "l"), (86, "l"), (170, "l"), (268, "l"), (340, "r"), (386, "r"), (430, "r"), (472, "r")]
    st = PlanState(ded_left=Decimal("50.00"), allowed_rate=Decimal("0.74"))
    cl = [("V-1187", "CX2601-55102", "Maisie Thornquist", D(2026, 1, 5),
           [("97165", 1, ["GO"], None), ("97530", 2, ["GO"], None)]),
          ("V-1203", "CX2601-55390", "Maisie Thornquist", D(2026, 1, 12),
           [("97530", 2, ["GO"], None), ("97535", 1, ["GO"], None), ("97112", 1, ["GO"], None)]),
          ("V-1210", "CX2601-55411", "Otis Thornquist", D(2026, 1, 13),
           [("92523", 1, ["GN"], None), ("92507", 1, ["GN"], None)]),
          ("V-1244", "CX2601-56020", "Ivy Thornquist", D(2026, 1, 20),
           [("97166", 1, ["GO"], None), ("97530", 2, ["GO"], None), ("97140", 1, ["GO"], None), ("97110", 2, ["GO"], None),
            ("97535", 1, ["GO"], None), ("97760", 1, ["GO"], None), ("97129", 1, ["GO"], None), ("97150", 1, ["GO"], None),
            ("G0283", 1, ["GO"], "PR")]),
          ("V-1251", "CX2601-56101", "Otis Thornquist", D(2026, 1, 27),
           [("92507", 1, ["GN"], None), ("92526", 1, ["GN"], None)])]

    def fmt(s, ids):
        code = s.code + "".join(s.mods)
        adj = s.billed - s.paid - s.owes
        return [dfmt(s.dos, "mdyn"), ids[2], s.desc[:22], code, M(s.billed, ","), M(s.paid, ","), M(adj, ","),
                M(s.owes, ",")]

    def idrow(ids):
        return Item("row", [T(36, f"Visit {ids[0]}   billed to Corvex Health Insurance   claim {ids[1]}", "l", True)],
                    13, keep=2, claim=ids[1], fill=0.9, x0=34, x1=476)

    def end(t, ids):
        return row(C, ["", "", "", "Visit total", M(t["billed"], ","), M(t["paid"], ","), "", M(t["owes"], ",")],
                   16, b=True, claim=ids[1])
    ch = [row(C, ["Date", "Patient", "Service", "Code", "Charge", "Ins. Paid", "Adjust.", "Your Part"], 12, b=True),
          Item("rule", h=4, x0=34, x1=476)]
    r, items = generic(out, "a09", "reportlab", 612, 792, "LiberationSerif", 8, "Tidewater Kids & Family Therapy",
                       "Tidewater Kids & Family Therapy, 9 Harbor Ct, Salt Marsh, SC 29401  |  Billing questions: 843-555-0190",
                       C, ch, cl, lambda s: commercial(s, st, "96"), fmt, ("billed", "paid", "patient_owes"),
                       units=False, adjs=False, idrow=idrow, end_fn=end, repeat=False, cont=False,
                       hdr_lines=["Statement for: Gideon Thornquist (guarantor), 73 Sandpiper Ln, Salt Marsh, SC 29401",
                                  "Statement date 02/05/2026    Guarantor account G-40917"])
    r["legend"] = []
    r["description"] = "therapy clinic family statement"
    return r


def a10(out):
    C = [(36, "l"), (90, "l"), (120, "l"), (300, "l"), (352, "r"), (410, "r"), (466, "r"), (522, "r"), (576, "r")]
    st = PlanState(ded_left=ZERO, copay_codes={"99213": Decimal("25.00")}, allowed_rate=Decimal("0.70"))
    cl = [("HA-7740021", "PX-26-0090114", "Cassius Delacroix-Weir", D(2026, 1, 9),
           [("97116", 2, ["GP"], None), ("97110", 2, ["GP"], None), ("99213", 1, [], None)]),
          ("HA-7740058", "PX-26-0090220", "Anouk Delacroix-Weir", D(2026, 1, 15),
           [("97165", 1, ["GO"], None), ("97760", 1, ["GO"], None), ("L3807", 1, ["LT"], None), ("97530", 2, ["GO"], None)]),
          ("HA-7740093", "PX-26-0090371", "Remy Delacroix-Weir", D(2026, 1, 22),
           [("92523", 1, ["GN"], None), ("92507", 1, ["GN"], "PR")])]
    REV = {"97116": "0420", "97110": "0420", "99213": "0510", "97165": "0430", "97760": "0430", "L3807": "0274",
           "97530": "0430", "92523": "0440", "92507": "0440"}

    def fmt(s, ids):
        adj = s.billed - s.paid - s.owes
        return [dfmt(s.dos, "mdy2"), REV[s.code], s.desc[:30], s.code + (" " + mods(s) if s.mods else ""),
                units_str(s.units), M(s.billed, ","), M(s.paid, ","), M(adj, ","), M(s.owes, ",")]

    def idrow(ids):
        return Item("box", [T(40, f"Hospital Account {ids[0]}   Patient: {ids[2]}   Insurance claim no. {ids[1]}", "l", True)],
                    15, keep=2, claim=ids[1], x0=34, x1=578)

    def end(t, ids):
        return row(C, ["", "", "Account balance", "", "", M(t["billed"], ","), M(t["paid"], ","), "",
                       M(t["owes"], ",")], 17, b=True, claim=ids[1])
    ch = [row(C, ["Date", "Rev", "Description", "CPT-HCPCS", "Qty", "Charges", "Ins Pymt", "Adjustment", "Balance"],
              12, b=True), Item("rule", h=4, x0=34, x1=578)]
    r, items = generic(out, "a10", "fpdf2", 612, 792, "Times", 8.5, "St. Brigid Lakeside Hospital",
                       "St. Brigid Lakeside Hospital Patient Financial Services, 500 Shore Dr, Lakeside, MN 55410",
                       C, ch, cl, lambda s: commercial(s, st, "96"), fmt, ("billed", "paid", "patient_owes"),
                       adjs=False, idrow=idrow, end_fn=end,
                       hdr_lines=["Guarantor: Marguerite Delacroix-Weir   Guarantor no. 310055   Statement date 02/06/2026",
                                  "Insurance payments shown were received from Pellham Care Plan."])
    r["legend"] = []
    r["description"] = "hospital family statement"
    return r


LAYOUTS = [a01, a02, a03, a04, a05, a06, a07, a08, a09, a10]
NAMES = {"a01": "cedarline_member_eob", "a02": "sagebrook_statement_of_benefits", "a03": "msn_part_b_verhoeven",
         "a04": "harborlight_ma_eob", "a05": "westmarch_medicaid_ra", "a06": "bluewater_mco_remit",
         "a07": "clearpath_spr_reprint", "a08": "theraledger_posting_worksheet", "a09": "tidewater_family_statement",
         "a10": "st_brigid_family_statement"}

MONEY = re.compile(r"\(?-?\$?\d[\d,]*\.\d\d\)?-?")


def nums(line):
    out = set()
    for m in MONEY.findall(line):
        neg = m.startswith("(") or m.startswith("-") or m.endswith("-")
        v = Decimal(m.strip("()$-").replace(",", "").replace("$", ""))
        out.add(-v if neg else v)
    return out


def check(folder: Path) -> int:
    import pdfplumber
    bad = 0
    spans = 0
    for lay, stem in NAMES.items():
        pdf = folder / f"{stem}.pdf"
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        with pdfplumber.open(pdf) as doc:
            if len(doc.pages) != t["pages"]:
                print(stem, "page count", len(doc.pages), t["pages"]); bad += 1
            ptxt = [p.extract_text() or "" for p in doc.pages]
        alltxt = "\n".join(ptxt)
        pl = [p.splitlines() for p in ptxt]
        for ln in t["lines"]:
            page = ln["page"]
            cand = [x for x in pl[page - 1] if ln["code"] in x]
            need = {Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                              "coinsurance", "not_covered", "discount") if ln[k] is not None}
            ok = False
            for x in cand:
                ns = nums(x)
                if not need <= ns:
                    continue
                if any(m not in x for m in ln["modifiers"]):
                    continue
                if ln["units"] is not None and not re.search(r"(?<![\d.])" + re.escape(ln["units"]) + r"(\.0)?(?![\d.])", x):
                    continue
                ok = True
            if not ok:
                print(stem, "line not found on its row", page, ln["code"], need, cand[:3]); bad += 1
            d = date.fromisoformat(ln["service_date"])
            if not any(dfmt(d, s) in ptxt[page - 1] for s in ("mdy2", "mdy4", "mdy6", "month", "mdyn")):
                print(stem, "date missing", ln["service_date"]); bad += 1
            for r_ in ln["remarks"]:
                if r_ not in ptxt[page - 1]:
                    print(stem, "remark missing", r_); bad += 1
            for g, c, a in ln["adjustments"]:
                if c not in ptxt[page - 1] or (a is not None and Decimal(a) not in nums(ptxt[page - 1])):
                    print(stem, "adjustment missing", g, c, a); bad += 1
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in alltxt:
                    print(stem, "id missing", k, ln[k]); bad += 1
            if ln["adjustments"] and ln["billed"] and ln["paid"]:
                if Decimal(ln["billed"]) - sum(Decimal(a[2]) for a in ln["adjustments"]) != Decimal(ln["paid"]):
                    print(stem, "billed-adj != paid", ln["code"]); bad += 1
            parts = [ln[k] for k in ("allowed", "deductible", "copay", "coinsurance", "paid")]
            if all(p is not None for p in parts) and not ln["adjustments"]:
                a, de, cp, co, pd = (Decimal(p) for p in parts)
                if a - de - cp - co != pd:
                    print(stem, "allowed - share != paid", ln["code"]); bad += 1
        for c in t["claims"]:
            ls = [x for x in t["lines"] if x["payer_claim_id"] == c["payer_claim_id"] and x["claim_id"] == c["claim_id"]]
            if len({x["page"] for x in ls}) > 1:
                spans += 1
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum(Decimal(x[k]) for x in ls)
                if s != Decimal(v) and not any((c["payer_claim_id"] or "") in f for f in t["expected_findings"]):
                    print(stem, "total mismatch", c["payer_claim_id"], k); bad += 1
                if Decimal(v) not in nums(alltxt):
                    print(stem, "total not printed", c["payer_claim_id"], k, v); bad += 1
        print(f"{stem}: {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims")
    print("claims spanning pages:", spans)
    if spans < 3:
        bad += 1
    print("CHECK", "OK" if not bad else f"FAILED ({bad})")
    return bad


def main(argv):
    if not argv:
        print(__doc__); return 2
    out = Path(argv[0]).resolve()
    if "samples" in out.parts:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        stem = NAMES[fn.__name__]
        pdf = out / f"{stem}.pdf"
        r = fn(pdf)
        write_truth(pdf, r["layout"], r["producer"], r["pages"], r.get("description", ""), r["lines"], r["claims"],
                    r.get("legend", []), r.get("expected_findings"))
    print("wrote", len(LAYOUTS), "PDFs to", out)
    if "--check" in argv:
        return 1 if check(out) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
