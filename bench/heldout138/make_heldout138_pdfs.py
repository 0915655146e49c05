"""Write HELD-OUT set 138 of synthetic PDF EOB layouts (with truth files): ten ordinary documents of the five
commonest real kinds, two each (commercial member EOBs; Medicare Summary Notice / Medicare Advantage member EOB;
state Medicaid remittance advices; Medicare-style paper remits from a clearinghouse / practice-management system;
family statements from a therapy clinic and a hospital), each in a house style of its own.

Run:  python bench/heldout138/make_heldout138_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout138/make_heldout138_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Helper: h138kit.py (Doc = page ops drawn by reportlab or fpdf2, "Page n of {NP}" filled at render; the self-check).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth / truth_line), printed values only, null
for what a layout does not print (units null where no quantity is printed; amounts null where the column is
absent; modifiers [] where none printed; adjustments only where group + reason + amount are printed on the line);
claim_id = the provider's own account / patient-control / visit number, payer_claim_id = the payer's claim
number / ICN / TCN, patient exactly as printed (the person served, never the subscriber / guarantor unless the
same person). Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts:
  p01 commercial member EOB for a family of three (reportlab, portrait Liberation Sans 7 pt): boxed member panel,
      per-person summary, shaded claim bars "Patient / Claim number / Provider / Your account no.", columns Date /
      Service / Billed / Network discount / Allowed / Deductible / Copay / Coinsurance / Plan paid / You owe / Notes,
      code + mods then a wrapped description, a PR denial, claim totals, a claim continued on page 2 under a
      repeated head, notes legend; no units printed
  p02 HDHP member EOB (fpdf2, landscape DejaVu Serif): left deductible sidebar on page 1, "Claim for" heads with
      relationship, Qty column, Charged / Discount / Not covered / Allowed / Deductible / Copay / Coins / Plan
      paid / Your share / Remark, "Jan 6, 2026" dates, subscriber + spouse + child, truncated descriptions,
      a claim continued on page 2 under a repeated head; PLANTED claim-total mismatch (plan paid
      total 10.00 higher than its lines) declared as an expected finding
  p03 Medicare Advantage PPO member EOB (reportlab, portrait DejaVu Sans Condensed): month summary box, claim
      heads with claim number and patient account, "97110 GP" + words, MM/DD/YY, Provider charged / Plan's
      approved amount / Plan paid / You pay / Note, per-visit copay, a provider-liable denial, runs onto page 2
      with the head repeated and "(continued)"
  p04 Medicare Summary Notice Part B (fpdf2, portrait Liberation Serif): page-1 notice, deductible status, claim
      blocks headed by the full date and "Claim number", services "Therapeutic exercises (97110-GP)" with the
      amounts, Yes/No approved, Amount provider charged / Medicare-approved / Medicare paid / Maximum you may be
      billed / See notes, claim totals, notes section; no units, no provider account
  p05 state Medicaid remittance advice (reportlab, portrait core Courier): banner + PAGE n OF N, PAID / DENIED /
      ADJUSTED sections, recipient heads RECIP NAME / RECIP ID / ICN / PAT ACCT, MMDDYYYY dates, units, BILLED /
      ALLOWED / TPL / PAID, 4-digit state EOB codes, a reversal with trailing-minus amounts and its replacement,
      two pages, the column head under every recipient head (repeated if a claim breaks), EOB legend
  p06 state Medicaid RA in a HIPAA-style grid (fpdf2, landscape DejaVu Sans Mono): TCN / MEMBER / MEMBER NO /
      PATIENT CONTROL NO heads, ruled rows "97530-GO-59", UNITS, CHARGE / ALLOWED / PAID / CARC adjustments
      "CO-45 12.34" stacked in the adjustment column, RARC, denied lines, claim totals, provider summary
  p07 clearinghouse standard-paper-remit print of a Medicare Part B payment (fpdf2, portrait core Courier):
      NAME "LAST, FIRST" / MID / ACNT / ICN / ASG / MOA, PERF PROV / SERV DATE "0106 010626" / POS / NOS / PROC /
      MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD with extra adjustments on following rows,
      PT RESP / CLAIM TOTALS, continuation onto page 2 with the head repeated
  p08 practice-management "ERA Payment Posting Detail" of a commercial payment (reportlab, landscape Liberation
      Sans Narrow): patient bands with acct and payer claim no., DOS "1/6/2026", CPT / Mods / Units / Charge /
      Allowed / Deduct / Copay / Coins / Paid / Adjustments "CO45 13.50; PR2 4.00" / Pt Resp, a denied line,
      claim subtotals and batch totals
  p09 therapy clinic family statement (fpdf2, portrait Liberation Sans): tear-off remit stub on top, three
      children of one guarantor, visit heads "Visit V-... / Ins claim ...", Date / Code / Description / Charges /
      Ins paid / Ins adjust / Your portion, payments and an aging box, no units, continues onto page 2
  p10 hospital guarantor statement (reportlab, portrait DejaVu Serif): accounts for two family members, account
      heads with insurer claim number, Date "01-06-2026" / Rev / CPT-HCPCS / Mod / Description / Qty / Charges,
      a charge correction printed as a negative line, insurance payment and adjustment rows (not services),
      account charge totals; only charges are printed per service line

The self-check (--check) tests the factory, not the reader: it re-extracts the text layer with pdfplumber, checks
the page count, that each truth line's code, modifiers, units, every printed amount and the date sit on ONE text
row of its page (the MSN prints the date in the claim head: there, on the page), adjustments and remarks on that
row or the next ones, ids and patients in the text, claim totals printed and equal to the sum of their lines
(unless planted and declared), billed - adjustments = paid where a layout prints every adjustment, legend codes
printed.
"""

from __future__ import annotations

import sys
import tempfile
import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    LONG_DESC,
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
    total,
    truth_line,
    units_str,
    write_truth,
)
from h138kit import LAND, LETTER, Doc, Flow, check, render_fpdf, render_rl  # noqa: E402

D = date
M = lambda d: money(d, ",")  # noqa: E731


def mk(dos, code, units=1, mods=(), denied=None, desc=""):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), desc=desc, denied=denied)


def cut(text: str, n: int) -> str:
    """Shorten a description at a word boundary, as a system with a fixed-width field would."""
    if len(text) <= n:
        return text
    out = text[:n].rsplit(" ", 1)[0].rstrip(",/(")
    return out[:-4] if out.endswith(" and") else out


def hyph(s: Svc) -> str:
    return "-".join((s.code,) + s.mods)


def sp(s: Svc) -> str:
    return " ".join((s.code,) + s.mods)


def footer(doc, text, y=None):
    doc.t(doc.W / 2, y or doc.H - 22, text, 6.5, a="c")


# ============================================================================ p01 commercial member EOB
def p01():
    doc = Doc(LETTER, "libsans")
    L, R = 30, 582
    sub = "Renata Salgado-Pierce"

    def page(d, f, first):
        d.t(L, 40, "NORTHFIELD MUTUAL", 15, True)
        d.t(L, 50, "Health Plan of the Lakes", 7.5)
        d.t(R, 38, "Explanation of Benefits", 12, True, "r")
        d.t(R, 50, "THIS IS NOT A BILL", 8, True, "r")
        footer(d, f"Northfield Mutual Health Plan  |  PO Box 4410, Granite Falls, MN 56298  |  Page {d.pno} of {{NP}}")
        if not first:
            d.t(L, 64, f"Member: {sub}   Member ID: NMH 662-40-1187   Statement date: 02/02/2026", 7)
            return 78
        d.box(L, 60, 270, 62, lw=0.7)
        for i, s in enumerate([f"Subscriber: {sub}", "Member ID: NMH 662-40-1187", "Group: 0081775 Lakeside School District",
                               "Plan: Choice PPO 1500", "Statement date: 02/02/2026"]):
            d.t(L + 6, 72 + i * 11, s, 7.5)
        d.t(320, 70, "RENATA SALGADO-PIERCE", 8)
        d.t(320, 80, "2207 WILLOW BEND CT", 8)
        d.t(320, 90, "ST CLOUD MN 56301-4478", 8)
        return 136

    f = Flow(doc, 748, page)
    cols = [30, 70, 268, 310, 350, 390, 428, 466, 508, 548, 555]

    def head(fl, cont=None):
        d = doc
        y = fl.y
        if cont:
            d.t(L, y + 8, cont, 7, True)
            y += 12
        d.box(L, y, R - L, 20, fill=0.88, lw=0)
        hs = [("Date of", "service", "l"), ("Service", "", "l"), ("Billed", "", "r"), ("Network", "discount", "r"),
              ("Allowed", "amount", "r"), ("Deduct-", "ible", "r"), ("Copay", "", "r"), ("Coins-", "urance", "r"),
              ("Plan", "paid", "r"), ("You", "owe", "r"), ("Notes", "", "l")]
        for x, (a, b, al) in zip(cols, hs):
            x2 = x + 2 if al == "l" else x
            d.t(x2, y + 8, a, 6.5, True, al)
            if b:
                d.t(x2, y + 16, b, 6.5, True, al)
        fl.y = y + 27

    P = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30.00")})
    kids = [
        ("Tomas Salgado-Pierce", "Son", "NM26A0140772", "Lakeside Pediatric Therapy", "LPT-30916",
         [mk(D(2026, 1, 6), "97165", 1, ["GO"]), mk(D(2026, 1, 8), "97530", 2, ["GO"]),
          mk(D(2026, 1, 8), "97535", 1, ["GO"]), mk(D(2026, 1, 13), "97530", 2, ["GO"]),
          mk(D(2026, 1, 13), "97112", 1, ["GO", "59"])]),
        ("Lucia Salgado-Pierce", "Daughter", "NM26A0152219", "Lakeside Pediatric Therapy", "LPT-30944",
         [mk(D(2026, 1, 7), "92523", 1, ["GN"]), mk(D(2026, 1, 14), "92507", 1, ["GN"]),
          mk(D(2026, 1, 14), "0552T", 1, [], denied="PR")]),
        ("Renata Salgado-Pierce", "Self", "NM26A0163385", "Granite Falls Family Medicine", "GFFM-118204",
         [mk(D(2026, 1, 9), "99213"), mk(D(2026, 1, 9), "G0283")]),
        ("Tomas Salgado-Pierce", "Son", "NM26A0171950", "Lakeside Pediatric Therapy", "LPT-31022",
         [mk(D(2026, 1, 20), "97530", 3, ["GO"]), mk(D(2026, 1, 20), "97140", 1, ["GO"]),
          mk(D(2026, 1, 22), "97530", 2, ["GO"]), mk(D(2026, 1, 22), "97110", 2, ["GO"]),
          mk(D(2026, 1, 27), "97168", 1, ["GO"]), mk(D(2026, 1, 27), "97535", 2, ["GO"])]),
    ]
    for _, _, _, _, _, svcs in kids:
        for s in svcs:
            commercial(s, P, deny_reason="96")
            s.remarks = ["N2"] if s.denied else (["D1"] if s.deductible else [])
    # per-person summary
    doc.t(L, f.y, "Your family's claims on this statement", 9, True)
    f.adv(12)
    people = ["Renata Salgado-Pierce", "Tomas Salgado-Pierce", "Lucia Salgado-Pierce"]
    for x, h in ((L + 4, "Family member"), (300, "Amount billed"), (400, "Plan paid"), (500, "You owe")):
        doc.t(x, f.y, h, 7, True, "l" if x == L + 4 else "r")
    f.adv(10)
    for p in people:
        ss = [s for k in kids if k[0] == p for s in k[5]]
        doc.t(L + 4, f.y, p, 7)
        doc.t(300, f.y, money(total(ss, "billed")), 7, a="r")
        doc.t(400, f.y, money(total(ss, "paid")), 7, a="r")
        doc.t(500, f.y, money(total(ss, "owes")), 7, a="r")
        f.adv(10)
    f.adv(10)
    lines, claims = [], []
    pr = ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    for pat, rel, clm, prov, acct, svcs in kids:
        f.need(60)
        doc.box(L, f.y, R - L, 24, fill=0.95, lw=0.4)
        doc.t(L + 4, f.y + 9, f"Patient: {pat} ({rel})", 7.5, True)
        doc.t(330, f.y + 9, f"Claim number: {clm}", 7.5)
        doc.t(L + 4, f.y + 19, f"Provider: {prov} (in network)", 7)
        doc.t(330, f.y + 19, f"Your account no.: {acct}", 7)
        f.adv(28)
        chead = f"{pat} - claim {clm} (continued)"
        head(f)
        f.repeat = lambda fl, c=chead: head(fl, c)
        for s in svcs:
            wrap = textwrap.wrap(LONG_DESC.get(s.code, s.desc), 29)
            f.need(9 * len(wrap) + 2)
            y = f.y
            vals = [dfmt(s.dos, "mdy4"), sp(s)] + [M(getattr(s, k)) for k in
                                                  ("billed", "discount", "allowed", "deductible", "copay",
                                                   "coinsurance", "paid", "owes")] + [" ".join(s.remarks)]
            for i, (x, v) in enumerate(zip(cols, vals)):
                doc.t(x + (2 if i in (0, 1, 10) else 0), y, v, 7, a="l" if i in (0, 1, 10) else "r")
            doc.t(cols[1] + 60, y, wrap[0], 7)
            for j, w in enumerate(wrap[1:], 1):
                doc.t(cols[1] + 60, y + 9 * j, w, 7)
            s.desc = " ".join(wrap)
            lines.append(truth_line(doc.pno, s, claim_id=acct, payer_claim_id=clm, patient=pat, printed=pr,
                                    units=False, remarks=s.remarks))
            f.adv(9 * len(wrap) + 2)
        f.repeat = None
        f.need(14)
        doc.hl(cols[1], R, f.y - 6)
        tv = [total(svcs, a) for a in ("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                       "paid", "owes")]
        doc.t(cols[1] + 2, f.y + 2, "Claim totals", 7, True)
        for x, v in zip(cols[2:10], tv):
            doc.t(x, f.y + 2, M(v), 7, True, "r")
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(tv[0], tv[2], tv[6], tv[7])})
        f.adv(20)
    legend = [("D1", "This amount counts toward your calendar-year deductible."),
              ("N2", "Your plan does not cover this service; the provider may bill you for it.")]
    f.need(40)
    doc.t(L, f.y, "What the notes mean", 8.5, True)
    f.adv(11)
    for k, v in legend:
        doc.t(L, f.y, k, 7, True)
        doc.t(L + 20, f.y, v, 7)
        f.adv(10)
    return doc, render_rl, lines, claims, legend, [], "commercial PPO member EOB for a family", {"window": 2}


# ============================================================================ p02 HDHP member EOB (fpdf2)
def p02():
    doc = Doc(LAND, "dejavuserif")
    L, R = 28, 764
    side = 170

    def page(d, f, first):
        d.t(L, 36, "Cascade Ridge Health Partners", 13, True)
        d.t(L, 47, "Health Savings PPO  ·  Member Services 1-800-555-0148", 7)
        d.t(R, 36, "EXPLANATION OF BENEFITS", 11, True, "r")
        d.t(R, 47, "Keep this statement for your records. This is not a bill.", 7, a="r")
        d.hl(L, R, 53, 1.0)
        d.t(R, 590, f"Page {d.pno} of {{NP}}", 7, a="r")
        d.t(L, 590, "EOB ref. CR-20260203-55810", 7)
        if first:
            d.box(L, 62, side - 10, 250, fill=0.93, lw=0)
            sy = 76
            for s, b in [("Your deductible", True), ("Family deductible: $3,400.00", False),
                         ("Met so far: $1,132.60", False), ("Remaining: $2,267.40", False), ("", False),
                         ("Out-of-pocket maximum", True), ("Family limit: $6,800.00", False),
                         ("Met so far: $1,290.95", False), ("", False), ("Subscriber", True),
                         ("Owen Achterberg", False), ("ID CRH-4471-09826", False), ("Group 55-2210", False),
                         ("", False), ("Questions?", True), ("Call the number above", False),
                         ("Mon-Fri 8am-6pm Pacific", False)]:
                d.t(L + 6, sy, s, 7, b)
                sy += 11
            return 66
        return 66

    f = Flow(doc, 570, page)
    cols = [("Date", "l"), ("Service", "l"), ("Qty", "r"), ("Charged", "r"), ("Discount", "r"),
            ("Not covered", "r"), ("Allowed", "r"), ("Deductible", "r"), ("Copay", "r"), ("Coins", "r"),
            ("Plan paid", "r"), ("Your share", "r"), ("Remark", "l")]

    def xs():
        x0 = L + side if doc.pno == 1 else L
        return [x0, x0 + 50, x0 + 186, x0 + 226, x0 + 264, x0 + 306, x0 + 344, x0 + 386, x0 + 420, x0 + 454,
                x0 + 494, x0 + 534, x0 + 540]

    def head(fl):
        X = xs()
        for (h, a), x in zip(cols, X):
            parts = h.split(" ", 1) if " " in h else ["", h]
            doc.t(x, fl.y, parts[0], 6.3, True, a)
            doc.t(x, fl.y + 8, parts[1], 6.3, True, a)
        doc.hl(X[0], R, fl.y + 11)
        fl.y += 20

    P = PlanState(ded_left=Decimal("400.00"), coins_rate=Decimal("0.10"))
    claims_in = [
        ("Ingrid Achterberg", "Spouse", "2601-88420-17", "Bayview Hand & Upper Limb Therapy", "BHT0045213",
         [mk(D(2026, 1, 6), "97166", 1, ["GO"]), mk(D(2026, 1, 6), "97760", 1, ["GO"]),
          mk(D(2026, 1, 6), "L3807", 1, ["RT"]), mk(D(2026, 1, 9), "97140", 2, ["GO"]),
          mk(D(2026, 1, 9), "97110", 2, ["GO"])]),
        ("Pieter Achterberg", "Child", "2601-88977-02", "Sound Speech & Language Center", "SSL-77120",
         [mk(D(2026, 1, 12), "92523", 1, ["GN"]), mk(D(2026, 1, 15), "92507", 1, ["GN"]),
          mk(D(2026, 1, 15), "97129", 2, ["GN"], denied="PR")]),
        ("Ingrid Achterberg", "Spouse", "2601-90135-44", "Bayview Hand & Upper Limb Therapy", "BHT0045391",
         [mk(D(2026, 1, 16), "97140", 2, ["GO"]), mk(D(2026, 1, 16), "97530", 1, ["GO"]),
          mk(D(2026, 1, 20), "97110", 3, ["GO"]), mk(D(2026, 1, 20), "97112", 1, ["GO"]),
          mk(D(2026, 1, 23), "97530", 2, ["GO"]), mk(D(2026, 1, 23), "97168", 1, ["GO"])]),
        ("Owen Achterberg", "Self", "2601-91402-86", "Harborline Physical Therapy", "HPT-7731906",
         [mk(D(2026, 1, 13), "97163", 1, ["GP"]), mk(D(2026, 1, 13), "97110", 2, ["GP"]),
          mk(D(2026, 1, 15), "97110", 2, ["GP"]), mk(D(2026, 1, 15), "97140", 1, ["GP", "59"]),
          mk(D(2026, 1, 20), "97112", 2, ["GP"]), mk(D(2026, 1, 20), "97116", 1, ["GP"]),
          mk(D(2026, 1, 22), "97110", 3, ["GP"]), mk(D(2026, 1, 22), "G0283", 1, ["GP"]),
          mk(D(2026, 1, 27), "97530", 2, ["GP"]), mk(D(2026, 1, 27), "97140", 1, ["GP"]),
          mk(D(2026, 1, 29), "97110", 2, ["GP"])]),
    ]
    lines, claims, findings = [], [], []
    pr = ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
          "patient_owes")
    for pat, rel, clm, prov, acct, svcs in claims_in:
        for s in svcs:
            commercial(s, P)
            s.remarks = ["PX"] if s.denied else (["DA"] if s.deductible else [])
        f.need(50)
        X = xs()
        doc.t(X[0], f.y + 4, f"Claim for {pat} ({rel})", 8.5, True)
        doc.t(X[0], f.y + 14, f"{prov}  ·  Claim no. {clm}  ·  Patient acct. {acct}  ·  Received 01/26/2026",
              7)
        f.adv(24)
        head(f)
        f.repeat = head
        for s in svcs:
            f.need(14)
            X = xs()
            v = [dfmt(s.dos, "mon"), f"{sp(s)}  {cut(s.desc, 20)}", units_str(s.units)] + [
                M(getattr(s, k)) for k in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                           "coinsurance", "paid", "owes")] + [" ".join(s.remarks)]
            for (h, a), x, t in zip(cols, X, v):
                doc.t(x, f.y, t, 6.3, a=a)
            s.desc = cut(s.desc, 20)
            lines.append(truth_line(doc.pno, s, claim_id=acct, payer_claim_id=clm, patient=pat, printed=pr,
                                    remarks=s.remarks))
            f.adv(14)
        f.repeat = None
        f.need(14)
        X = xs()
        doc.hl(X[3] - 40, R, f.y - 7)
        tv = {k: total(svcs, a) for k, a in (("billed", "billed"), ("allowed", "allowed"), ("paid", "paid"),
                                             ("owes", "owes"))}
        printed_paid = tv["paid"] + (Decimal("10.00") if clm == "2601-90135-44" else ZERO)
        doc.t(X[1], f.y, "Total for this claim", 7, True)
        for k, x in (("billed", X[3]), ("allowed", X[6]), ("owes", X[11])):
            doc.t(x, f.y, M(tv[k]), 7, True, "r")
        doc.t(X[10], f.y, M(printed_paid), 7, True, "r")
        if printed_paid != tv["paid"]:
            findings.append({"kind": "claim_total_mismatch", "claim_id": acct, "payer_claim_id": clm,
                             "field": "paid", "printed": str(printed_paid), "lines_sum": str(tv["paid"])})
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(tv["billed"], tv["allowed"], printed_paid, tv["owes"])})
        f.adv(22)
    legend = [("DA", "Applied to the deductible you pay before the plan shares costs."),
              ("PX", "Not a covered benefit under this plan; you are responsible for the charge.")]
    f.need(36)
    X = xs()
    doc.t(X[0], f.y, "Remark codes", 8, True)
    f.adv(10)
    for k, v in legend:
        doc.t(X[0], f.y, f"{k}  {v}", 7)
        f.adv(10)
    return doc, render_fpdf, lines, claims, legend, findings, "HDHP member EOB", {"window": 1}


# ============================================================================ p03 Medicare Advantage EOB
def p03():
    doc = Doc(LETTER, "dejavucond")
    L, R = 40, 572
    mem = "Harold T. Engstrom"

    def page(d, f, first):
        d.t(L, 44, "SILVERPINE Medicare Advantage (PPO)", 13, True)
        d.t(L, 56, "Offered by Silverpine Health Cooperative", 7.5)
        d.t(R, 44, "Explanation of Benefits", 11, True, "r")
        d.t(R, 56, "For medical services - January 2026", 7.5, a="r")
        d.hl(L, R, 62, 1.2)
        d.t(L, 770, "Y0091_EOB26_C   Silverpine Health Cooperative is an HMO-PPO plan with a Medicare contract.", 6)
        d.t(R, 770, f"Page {d.pno} of {{NP}}", 7, a="r")
        if not first:
            return 78
        d.t(L, 80, "HAROLD T ENGSTROM", 8.5)
        d.t(L, 91, "1418 QUARRY HILL RD APT 3", 8.5)
        d.t(L, 102, "DULUTH MN 55803", 8.5)
        d.box(330, 72, 242, 68, lw=0.8)
        for i, (a, b) in enumerate([("Member ID", "SPH 908 133 472"), ("Member", mem),
                                    ("Total approved by the plan", "see claims below"),
                                    ("Your in-network out-of-pocket so far", "$412.38 of $5,900.00")]):
            d.t(336, 85 + i * 14, a, 7.5)
            d.t(566, 85 + i * 14, b, 7.5, True, "r")
        return 160

    f = Flow(doc, 752, page)
    X = [L, L + 52, 330, 392, 452, 512, 520]

    def head(fl, cont=None):
        y = fl.y
        if cont:
            doc.t(L, y + 6, cont, 7.5, True)
            y += 14
        doc.hl(L, R, y - 2)
        for x, a, b, al in ((X[0], "Date", "", "l"), (X[1], "Service provided", "", "l"),
                            (X[2], "Provider", "charged", "r"), (X[3], "Plan's approved", "amount", "r"),
                            (X[4], "Plan", "paid", "r"), (X[5], "You", "pay", "r"), (X[6], "Note", "", "l")):
            doc.t(x, y + 8, a, 7, True, al)
            if b:
                doc.t(x, y + 16, b, 7, True, al)
        doc.hl(L, R, y + 20)
        fl.y = y + 30

    P = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.62"))
    data = [
        ("26011800412", "HTE-55021", "Arrowhead Rehab Associates",
         [mk(D(2026, 1, 5), "97161", 1, ["GP"]), mk(D(2026, 1, 5), "97110", 2, ["GP"]),
          mk(D(2026, 1, 7), "97110", 2, ["GP"]), mk(D(2026, 1, 7), "97140", 1, ["GP", "59"]),
          mk(D(2026, 1, 7), "97116", 1, ["GP"]), mk(D(2026, 1, 12), "97530", 2, ["GP", "CQ"]),
          mk(D(2026, 1, 12), "97112", 1, ["GP"]), mk(D(2026, 1, 14), "97110", 3, ["GP"]),
          mk(D(2026, 1, 14), "G0283", 1, ["GP"], denied="CO")]),
        ("26012700087", "HTE-55184", "North Shore Occupational Therapy",
         [mk(D(2026, 1, 16), "97166", 1, ["GO"]), mk(D(2026, 1, 16), "97535", 2, ["GO"]),
          mk(D(2026, 1, 21), "97530", 2, ["GO"]), mk(D(2026, 1, 21), "97535", 1, ["GO", "KX"]),
          mk(D(2026, 1, 23), "97530", 3, ["GO"]), mk(D(2026, 1, 23), "97140", 1, ["GO"]),
          mk(D(2026, 1, 28), "97168", 1, ["GO"]), mk(D(2026, 1, 28), "97535", 2, ["GO"])]),
        ("26013000311", "DUL-0098123", "Lakeview Internal Medicine",
         [mk(D(2026, 1, 19), "99213")]),
        ("26020300154", "HTE-55390", "Arrowhead Rehab Associates",
         [mk(D(2026, 1, 19), "97110", 2, ["GP"]), mk(D(2026, 1, 19), "97140", 1, ["GP"]),
          mk(D(2026, 1, 21), "97110", 2, ["GP", "KX"]), mk(D(2026, 1, 21), "97112", 1, ["GP"]),
          mk(D(2026, 1, 26), "97530", 2, ["GP", "CQ"]), mk(D(2026, 1, 26), "97116", 1, ["GP"]),
          mk(D(2026, 1, 28), "97110", 2, ["GP"]), mk(D(2026, 1, 28), "97140", 1, ["GP"]),
          mk(D(2026, 1, 30), "97110", 3, ["GP", "KX"])]),
    ]
    lines, claims = [], []
    for clm, acct, prov, svcs in data:
        for s in svcs:
            commercial(s, P)
            if s.denied:
                s.adjs, s.not_covered = [], ZERO
                s.allowed = ZERO
                s.remarks = ["C"]
            else:
                s.remarks = ["A"] if s.copay else []
        f.need(70)
        doc.box(L, f.y, R - L, 26, fill=0.9, lw=0)
        doc.t(L + 4, f.y + 10, f"Claim number {clm}", 8, True)
        doc.t(L + 4, f.y + 21, f"{prov}  ·  Patient account {acct}  ·  Network provider", 7)
        doc.t(R - 4, f.y + 10, f"Patient: {mem}", 7.5, a="r")
        f.adv(34)
        head(f)
        f.repeat = lambda fl, c=clm: head(fl, f"Claim number {c} (continued)")
        for s in svcs:
            f.need(12)
            v = [dfmt(s.dos, "mdy2"), f"{sp(s)}  {s.desc}", M(s.billed), M(s.allowed), M(s.paid), M(s.owes),
                 " ".join(s.remarks)]
            for x, t, al in zip(X, v, "llrrrrl"):
                doc.t(x, f.y, t, 7.3, a=al)
            lines.append(truth_line(doc.pno, s, claim_id=acct, payer_claim_id=clm, patient=mem,
                                    printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                                    remarks=s.remarks))
            f.adv(12)
        f.repeat = None
        f.need(14)
        doc.hl(X[2] - 50, R, f.y - 8)
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.t(X[1], f.y, "Claim total", 7.3, True)
        for x, v in zip(X[2:6], tv):
            doc.t(x, f.y, M(v), 7.3, True, "r")
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": mem, "totals": claim_totals(*tv)})
        f.adv(22)
    legend = [("A", "Your plan's copay for an outpatient therapy or office visit, charged once per date."),
              ("C", "The plan does not pay for this service; a network provider may not bill you for it.")]
    f.need(40)
    doc.t(L, f.y, "Notes", 8.5, True)
    f.adv(11)
    for k, v in legend:
        doc.t(L, f.y, f"{k} - {v}", 7.3)
        f.adv(10)
    return doc, render_rl, lines, claims, legend, [], "Medicare Advantage PPO member EOB", {"window": 1}


# ============================================================================ p04 Medicare Summary Notice
def p04():
    doc = Doc(LETTER, "libserif")
    L, R = 46, 566
    ben = "Marguerite A. Solberg"

    def page(d, f, first):
        d.t(L, 46, "Medicare Summary Notice for Part B (Medical Insurance)", 13, True)
        d.t(L, 58, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
            7.5)
        d.hl(L, R, 64, 1.5)
        d.t(L, 772, f"{ben.upper()}   Medicare Number XXXXXXX4K71", 7)
        d.t(R, 772, f"Page {d.pno} of {{NP}}", 7, a="r")
        if not first:
            return 82
        d.t(L, 84, "MARGUERITE A SOLBERG", 9)
        d.t(L, 96, "57 ORCHARD TERRACE", 9)
        d.t(L, 108, "FARGO ND 58103-2290", 9)
        d.box(330, 74, 236, 74, lw=0.8)
        for i, s in enumerate(["THIS IS NOT A BILL", "Notice for " + ben, "Medicare Number XXXXXXX4K71",
                               "Date of this notice: February 2, 2026", "Claims processed from November 2, 2025",
                               "to February 1, 2026"]):
            d.t(336, 86 + i * 11, s, 7.8, i == 0)
        d.t(L, 170, "Your Deductible Status", 10, True)
        d.t(L, 182, "You have now met $283.00 of your $283.00 Part B deductible for 2026.", 8)
        d.t(L, 200, "Your Claims for Part B (Medical Insurance)", 10, True)
        d.t(L, 212, "Part B helps pay for doctors, outpatient therapy and other medical services.", 8)
        return 232

    f = Flow(doc, 748, page)
    X = [L, 280, 352, 420, 476, 530, 538]

    def head(fl):
        for x, a, b, al in ((X[0], "Service Provided & Billing Code", "", "l"), (X[1], "Service", "Approved?", "r"),
                            (X[2], "Amount", "Provider Charged", "r"), (X[3], "Medicare-", "Approved Amount", "r"),
                            (X[4], "Medicare", "Paid", "r"), (X[5], "Maximum You", "May Be Billed", "r"),
                            (X[6], "See", "Notes", "l")):
            doc.t(x, fl.y, a, 6.8, True, al)
            doc.t(x, fl.y + 8, b, 6.8, True, al)
        doc.hl(L, R, fl.y + 11)
        fl.y += 21

    P = PlanState(ded_left=Decimal("120.00"))
    data = [
        (D(2026, 1, 6), "26-0061-7730-184", "Red River Therapy Group, (701) 555-0172", "4215 13th Ave S, Fargo ND",
         [mk(D(2026, 1, 6), "97163", 1, ["GP"]), mk(D(2026, 1, 6), "97110", 2, ["GP"]),
          mk(D(2026, 1, 6), "97140", 1, ["GP", "59"])]),
        (D(2026, 1, 9), "26-0091-2284-507", "Red River Therapy Group, (701) 555-0172", "4215 13th Ave S, Fargo ND",
         [mk(D(2026, 1, 9), "97110", 2, ["GP", "KX"]), mk(D(2026, 1, 9), "97112", 1, ["GP"]),
          mk(D(2026, 1, 9), "97530", 1, ["GP", "CQ"]), mk(D(2026, 1, 9), "0552T", 1, ["GP"], denied="PR")]),
        (D(2026, 1, 15), "26-0152-0043-611", "Prairie Speech Clinic, (701) 555-0109", "88 Broadway N, Fargo ND",
         [mk(D(2026, 1, 15), "92523", 1, ["GN"]), mk(D(2026, 1, 15), "92507", 1, ["GN"])]),
        (D(2026, 1, 20), "26-0208-5519-023", "Red River Therapy Group, (701) 555-0172", "4215 13th Ave S, Fargo ND",
         [mk(D(2026, 1, 20), "97110", 3, ["GP", "KX"]), mk(D(2026, 1, 20), "97116", 1, ["GP"]),
          mk(D(2026, 1, 20), "G0283", 1, ["GP"])]),
    ]
    lines, claims = [], []
    for dos, clm, prov, addr, svcs in data:
        for s in svcs:
            medicare(s, P)
            s.remarks = ["C"] if s.denied else (["A"] if s.deductible else [])
            if s.code in ("97110",) and "KX" in s.mods:
                s.remarks.append("B")
        f.need(80)
        doc.t(L, f.y, dfmt(dos, "month"), 9.5, True)
        f.adv(11)
        doc.t(L, f.y, f"{prov}", 8)
        doc.t(R, f.y, f"Claim number {clm}", 8, a="r")
        f.adv(10)
        doc.t(L, f.y, addr + "   Referred by: Nadia Oyelaran", 7.5)
        f.adv(14)
        head(f)
        for s in svcs:
            f.need(20)
            wrap = textwrap.wrap(f"{s.desc} ({hyph(s)})", 44)
            y0 = f.y + 9 * (len(wrap) - 1)
            for j, w in enumerate(wrap):
                doc.t(X[0], f.y + 9 * j, w, 7.8)
            v = ["No" if s.denied else "Yes", money(s.billed), money(s.allowed), money(s.paid), money(s.owes),
                 ", ".join(s.remarks)]
            for x, t, al in zip(X[1:], v, "rrrrrl"):
                doc.t(x, y0, t, 7.8, a=al)
            s.desc = " ".join(wrap).rsplit(" (", 1)[0]
            lines.append(truth_line(doc.pno, s, claim_id=None, payer_claim_id=clm, patient=ben,
                                    printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                                    remarks=s.remarks))
            f.adv(9 * len(wrap) + 3)
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.hl(X[2] - 40, R, f.y - 7)
        doc.t(X[0], f.y + 1, "Total for Claim " + clm, 7.8, True)
        for x, v in zip(X[2:6], tv):
            doc.t(x, f.y + 1, money(v), 7.8, True, "r")
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": ben, "totals": claim_totals(*tv)})
        f.adv(24)
    legend = [("A", "This approved amount went toward your yearly Part B deductible."),
              ("B", "The provider noted that therapy above the yearly threshold was medically needed."),
              ("C", "Medicare does not pay for this item or service; you may be billed for it.")]
    f.need(50)
    doc.t(L, f.y, "Notes for Claims Above", 10, True)
    f.adv(12)
    for k, v in legend:
        doc.t(L, f.y, f"{k}  {v}", 8)
        f.adv(11)
    return doc, render_fpdf, lines, claims, legend, [], "Medicare Summary Notice Part B", {"date_on_row": False,
                                                                                             "window": 1}


# ============================================================================ p05 Medicaid RA, Courier
def p05():
    doc = Doc(LETTER, "courier")
    L = 24
    z = 7.4

    def page(d, f, first):
        d.t(L, 30, "STATE OF NORTH MERIDIAN  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", z, True)
        d.t(L, 40, "REMITTANCE ADVICE                 RA NUMBER 0003318742   RA DATE 01/30/2026", z)
        d.t(L, 50, f"PROVIDER 1447280936 KESTREL VALLEY THERAPY SERVICES          PAGE {d.pno} OF {{NP}}", z)
        d.t(L, 60, "-" * 98, z)
        return 72

    f = Flow(doc, 760, page)
    CH = "LN FROM DOS  THRU DOS  PROC  MODS   UNITS     BILLED    ALLOWED     TPL       PAID  EOB"

    def head(fl):
        doc.t(L, fl.y, CH, z, True)
        fl.y += 11

    def row(ln, s, neg="trail"):
        mods = " ".join(s.mods).ljust(6)
        return (f"{ln:02d} {dfmt(s.dos, 'mdY8')}  {dfmt(s.dos, 'mdY8')}  {s.code} {mods} {units_str(s.units):>5} "
                f"{money(s.billed, '', neg):>10} {money(s.allowed, '', neg):>10} {'0.00':>7} "
                f"{money(s.paid, '', neg):>10}  {' '.join(s.remarks)}")

    sect = {
        "PAID CLAIMS": [
            ("ALVAREZ-KING, JOSIE", "NM40118823", "2026023000114", "KVT18830",
             [mk(D(2026, 1, 5), "97165", 1, ["GO"]), mk(D(2026, 1, 5), "97530", 2, ["GO"]),
              mk(D(2026, 1, 7), "97530", 3, ["GO"]), mk(D(2026, 1, 7), "97535", 1, ["GO"]),
              mk(D(2026, 1, 12), "97530", 2, ["GO"]), mk(D(2026, 1, 12), "97112", 2, ["GO", "59"])]),
            ("BRANNIGAN, COLE", "NM40207716", "2026023000131", "KVT18871",
             [mk(D(2026, 1, 6), "92523", 1, ["GN"]), mk(D(2026, 1, 8), "92507", 1, ["GN"]),
              mk(D(2026, 1, 13), "92507", 1, ["GN"]), mk(D(2026, 1, 15), "92526", 1, ["GN"]),
              mk(D(2026, 1, 20), "92507", 1, ["GN"])]),
            ("OKONKWO, ADAEZE", "NM40339052", "2026023000157", "KVT18902",
             [mk(D(2026, 1, 9), "97161", 1, ["GP"]), mk(D(2026, 1, 9), "97110", 2, ["GP"]),
              mk(D(2026, 1, 14), "97110", 2, ["GP"]), mk(D(2026, 1, 14), "97140", 1, ["GP"]),
              mk(D(2026, 1, 16), "97116", 2, ["GP"]), mk(D(2026, 1, 21), "97110", 3, ["GP"]),
              mk(D(2026, 1, 21), "97530", 1, ["GP"])]),
            ("ZIELINSKI, MAREK", "NM40370025", "2026023000171", "KVT18926",
             [mk(D(2026, 1, 6), "97166", 1, ["GO"]), mk(D(2026, 1, 6), "97535", 2, ["GO"]),
              mk(D(2026, 1, 8), "97535", 2, ["GO"]), mk(D(2026, 1, 8), "97530", 1, ["GO"]),
              mk(D(2026, 1, 13), "97530", 2, ["GO"]), mk(D(2026, 1, 15), "97535", 2, ["GO"]),
              mk(D(2026, 1, 20), "97530", 2, ["GO", "59"]), mk(D(2026, 1, 20), "97140", 1, ["GO"])]),
            ("BRANNIGAN, TESSA", "NM40207724", "2026023000188", "KVT18933",
             [mk(D(2026, 1, 7), "92523", 1, ["GN"]), mk(D(2026, 1, 9), "92507", 1, ["GN"]),
              mk(D(2026, 1, 14), "92507", 1, ["GN"]), mk(D(2026, 1, 16), "92507", 1, ["GN"]),
              mk(D(2026, 1, 21), "92507", 1, ["GN"]), mk(D(2026, 1, 23), "92526", 1, ["GN"]),
              mk(D(2026, 1, 28), "92507", 1, ["GN"])]),
        ],
        "DENIED CLAIMS": [
            ("TRUONG, MINH", "NM40451187", "2026023000162", "KVT18915",
             [mk(D(2026, 1, 13), "97530", 2, ["GO"], denied="CO"), mk(D(2026, 1, 13), "97535", 1, ["GO"],
                                                                      denied="CO")]),
        ],
    }
    lines, claims = [], []

    def emit(name, rid, icn, acct, svcs, neg="trail"):
        f.need(40)
        doc.t(L, f.y, f"RECIP NAME {name:<22} RECIP ID {rid}  ICN {icn}  PAT ACCT {acct}", z)
        f.adv(11)
        head(f)
        f.repeat = lambda fl, nm=name, ic=icn: (doc.t(L, fl.y, f"RECIP NAME {nm:<22} ICN {ic}  (CONT)", z),
                                                fl.adv(11), head(fl))
        for i, s in enumerate(svcs, 1):
            f.need(10)
            doc.t(L, f.y, row(i, s, neg), z)
            lines.append(truth_line(doc.pno, s, claim_id=acct, payer_claim_id=icn, patient=name,
                                    printed=("billed", "allowed", "paid"), remarks=s.remarks))
            f.adv(10)
        f.repeat = None
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid")]
        f.need(12)
        doc.t(L, f.y, f"{'CLAIM TOTAL':<41}{money(tv[0], '', neg):>11} {money(tv[1], '', neg):>10} "
                      f"{'0.00':>7} {money(tv[2], '', neg):>10}", z, True)
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                       "totals": claim_totals(tv[0], tv[1], tv[2])})
        f.adv(16)

    for title, cl in sect.items():
        f.need(50)
        doc.t(L, f.y, f"*** {title} ***", z, True)
        f.adv(12)
        for name, rid, icn, acct, svcs in cl:
            for s in svcs:
                medicaid(s, deny_reason="197")
                s.remarks = ["0412"] if s.denied else (["0009"] if s.discount else [])
            emit(name, rid, icn, acct, svcs)
    # adjusted claims: reversal of an earlier paid claim and its replacement
    f.need(50)
    doc.t(L, f.y, "*** ADJUSTED CLAIMS ***", z, True)
    f.adv(12)
    orig = [mk(D(2025, 12, 17), "97530", 2, ["GO"]), mk(D(2025, 12, 17), "97110", 1, ["GO"])]
    for s in orig:
        medicaid(s)
        s.remarks = ["0009"]
    rev = [negate(s) for s in orig]
    for s in rev:
        s.remarks = ["0777"]
    repl = [mk(D(2025, 12, 17), "97530", 3, ["GO"]), mk(D(2025, 12, 17), "97110", 1, ["GO"])]
    for s in repl:
        medicaid(s)
        s.remarks = ["0778", "0009"]
    emit("ALVAREZ-KING, JOSIE", "NM40118823", "2026023000298", "KVT18412", rev)
    emit("ALVAREZ-KING, JOSIE", "NM40118823", "2026023000299", "KVT18412", repl)
    legend = [("0009", "Paid at the program's maximum rate for this service."),
              ("0412", "Prior authorization for this therapy was not on file."),
              ("0777", "Credit: this earlier claim was taken back for correction."),
              ("0778", "Debit: claim reprocessed with corrected units.")]
    f.need(60)
    doc.t(L, f.y, "EOB CODE DESCRIPTIONS", z, True)
    f.adv(11)
    for k, v in legend:
        doc.t(L, f.y, f"{k}  {v}", z)
        f.adv(10)
    return doc, render_rl, lines, claims, legend, [], "state Medicaid remittance advice", {"window": 1}


# ============================================================================ p06 Medicaid RA grid, fpdf2
def p06():
    doc = Doc(LAND, "dejavumono")
    L, R = 24, 768
    z = 6.6

    def page(d, f, first):
        d.t(L, 30, "COMMONWEALTH OF ALDERSHIRE MEDICAID  -  PROVIDER REMITTANCE ADVICE", 9, True)
        d.t(L, 41, "PAYEE: SUMMIT BRIDGE PEDIATRIC REHAB LLC   NPI 1093356128   PAYEE ID 000718844", 7)
        d.t(R, 30, "REMIT DATE 02/02/2026", 7, a="r")
        d.t(R, 41, "EFT TRACE 8840017265", 7, a="r")
        d.t(R, 596, f"PAGE {d.pno} OF {{NP}}", 7, a="r")
        return 60

    f = Flow(doc, 575, page)
    X = [L, L + 30, L + 96, L + 162, L + 236, L + 300, L + 364, L + 428, L + 440, L + 540, L + 600]
    H = ["LN", "SVC DATE", "PROC-MODS", "UNITS", "CHARGE", "ALLOWED", "PAID", "ADJUSTMENTS (GRP-CARC AMT)", "",
         "RARC", ""]
    AL = "llllrrrl l "

    def head(fl):
        doc.box(L, fl.y - 8, R - L, 11, fill=0.85, lw=0.4)
        for x, h, a in zip(X, H, AL):
            if h:
                doc.t(x + (2 if a == "l" else 0), fl.y, h, z, True, "r" if a == "r" else "l")
        fl.y += 12

    data = [
        ("2260330041178", "HOLLOWAY, BRIGID", "AL77120954", "SB-0004419",
         [mk(D(2026, 1, 5), "97166", 1, ["GO"]), mk(D(2026, 1, 5), "97530", 2, ["GO", "59"]),
          mk(D(2026, 1, 8), "97530", 3, ["GO"]), mk(D(2026, 1, 8), "97535", 2, ["GO"]),
          mk(D(2026, 1, 12), "97530", 2, ["GO"]), mk(D(2026, 1, 12), "97112", 1, ["GO"], denied="CO")]),
        ("2260330041203", "HOLLOWAY, FINNEGAN", "AL77120962", "SB-0004420",
         [mk(D(2026, 1, 6), "92523", 1, ["GN"]), mk(D(2026, 1, 9), "92507", 1, ["GN"]),
          mk(D(2026, 1, 13), "92507", 1, ["GN"]), mk(D(2026, 1, 16), "92507", 1, ["GN"])]),
        ("2260330041255", "VASQUEZ-ORR, DELPHINE", "AL78005311", "SB-0004458",
         [mk(D(2026, 1, 7), "97161", 1, ["GP"]),
          mk(D(2026, 1, 7), "97110", 2, ["GP"]), mk(D(2026, 1, 14), "97116", 2, ["GP"]),
          mk(D(2026, 1, 14), "97140", 1, ["GP"]), mk(D(2026, 1, 21), "97110", 2, ["GP"]),
          mk(D(2026, 1, 21), "97760", 1, ["GP"], denied="CO")]),
        ("2260330041302", "PEMBERTON, AUGUST", "AL78114407", "SB-0004471",
         [mk(D(2026, 1, 19), "97165", 1, ["GO"]), mk(D(2026, 1, 19), "97530", 2, ["GO"]),
          mk(D(2026, 1, 22), "97530", 2, ["GO"]), mk(D(2026, 1, 22), "97535", 2, ["GO"])]),
    ]
    lines, claims = [], []
    grand = [ZERO, ZERO]
    for tcn, name, mid, pcn, svcs in data:
        for s in svcs:
            medicaid(s, deny_reason="96" if s.code == "97760" else "198")
            s.remarks = ["N54"] if s.denied and s.code == "97760" else (["M62"] if s.denied else [])
        f.need(50)
        doc.t(L, f.y, f"TCN {tcn}   MEMBER {name}   MEMBER NO {mid}   PATIENT CONTROL NO {pcn}   CLAIM STATUS "
                      f"{'PAID' if any(s.paid for s in svcs) else 'DENIED'}", z + 0.4, True)
        f.adv(12)
        head(f)
        f.repeat = head
        for i, s in enumerate(svcs, 1):
            nadj = max(1, len(s.adjs))
            f.need(9 * nadj + 3)
            y = f.y
            v = [f"{i}", dfmt(s.dos, "mdy4"), hyph(s), units_str(s.units), M(s.billed), M(s.allowed), M(s.paid)]
            for x, t, a in zip(X, v, AL):
                doc.t(x + (2 if a == "l" else 0), y, t, z, a="r" if a == "r" else "l")
            for j, (g, c, a) in enumerate(s.adjs):
                doc.t(X[7] + 2, y + 9 * j, f"{g}-{c} {M(a)}", z)
            doc.t(X[9] + 2, y, " ".join(s.remarks), z)
            doc.hl(L, R, y + 9 * (nadj - 1) + 3, 0.2)
            lines.append(truth_line(doc.pno, s, claim_id=pcn, payer_claim_id=tcn, patient=name,
                                    printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks,
                                    description=False))
            f.adv(9 * nadj + 3)
        f.repeat = None
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid")]
        grand[0] += tv[0]
        grand[1] += tv[2]
        f.need(12)
        doc.t(X[2] + 2, f.y, "CLAIM TOTALS", z, True)
        for x, v in zip(X[4:7], tv):
            doc.t(x, f.y, M(v), z, True, "r")
        claims.append({"claim_id": pcn, "payer_claim_id": tcn, "patient": name,
                       "totals": claim_totals(tv[0], tv[1], tv[2])})
        f.adv(18)
    legend = [("M62", "Treatment authorization missing or does not cover these dates."),
              ("N54", "Claim data conflicts with the authorized service.")]
    f.need(60)
    doc.t(L, f.y, f"PROVIDER SUMMARY   CLAIMS {len(data)}   TOTAL CHARGES {M(grand[0])}   TOTAL PAID {M(grand[1])}"
                  f"   NET PAYMENT {M(grand[1])}", z + 0.4, True)
    f.adv(14)
    doc.t(L, f.y, "REMARK CODES ON THIS REMITTANCE", z, True)
    f.adv(10)
    for k, v in legend:
        doc.t(L, f.y, f"{k}  {v}", z)
        f.adv(9)
    return doc, render_fpdf, lines, claims, legend, [], "state Medicaid RA grid", {"window": 4, "all_adj": True}


# ============================================================================ p07 SPR print, fpdf2 Courier
def p07():
    doc = Doc(LETTER, "courier")
    L = 22
    z = 6.9

    def page(d, f, first):
        d.t(L, 28, "CLEARPATH CLAIMS NETWORK - STANDARD PAPER REMIT VIEW           PRINTED 02/03/2026", z, True)
        d.t(L, 38, "PAYER: MIDPLAINS MEDICARE ADMINISTRATIVE SERVICES  JURISDICTION 5 PART B", z)
        d.t(L, 48, "PROVIDER #: 1558830217  ELMWOOD OUTPATIENT THERAPY PC       CHECK/EFT #: 0070441895", z)
        d.t(L, 58, f"REMIT DATE: 01/29/2026                                      PAGE #: {d.pno} OF {{NP}}", z)
        return 72

    f = Flow(doc, 765, page)
    CH = ["PERF PROV   SERV DATE    POS NOS PROC  MODS     BILLED  ALLOWED  DEDUCT   COINS GRP/RC-AMT     PROV PD"]

    def head(fl):
        doc.t(L, fl.y, CH[0], z, True)
        doc.t(L, fl.y + 8, "-" * 104, z)
        fl.y += 18

    P = PlanState(ded_left=Decimal("60.00"))
    data = [
        ("MCALLISTER, RUTH", "1QX7WT4HN62", "EOT55102", "0226029115480",
         [mk(D(2026, 1, 6), "97161", 1, ["GP"]), mk(D(2026, 1, 6), "97110", 2, ["GP"]),
          mk(D(2026, 1, 8), "97110", 2, ["GP"]), mk(D(2026, 1, 8), "97140", 1, ["GP", "59"]),
          mk(D(2026, 1, 13), "97116", 2, ["GP", "CQ"])]),
        ("DUCHARME, LEON", "5RT2KM8AB14", "EOT55131", "0226029115502",
         [mk(D(2026, 1, 7), "97165", 1, ["GO"]), mk(D(2026, 1, 7), "97535", 2, ["GO"]),
          mk(D(2026, 1, 9), "97530", 3, ["GO", "KX"]), mk(D(2026, 1, 14), "97530", 2, ["GO"]),
          mk(D(2026, 1, 14), "0552T", 1, ["GO"], denied="CO")]),
        ("YAMAMOTO-REESE, KAY", "8GH3PD1XC70", "EOT55177", "0226029115533",
         [mk(D(2026, 1, 12), "92523", 1, ["GN"]), mk(D(2026, 1, 15), "92507", 1, ["GN"]),
          mk(D(2026, 1, 19), "92507", 1, ["GN"]), mk(D(2026, 1, 22), "92526", 1, ["GN"])]),
        ("OSTROWSKI, WALTER", "3LM9VB6ZE25", "EOT55204", "0226029115571",
         [mk(D(2026, 1, 16), "97110", 3, ["GP", "KX"]), mk(D(2026, 1, 16), "97112", 1, ["GP"]),
          mk(D(2026, 1, 16), "G0283", 1, ["GP"]), mk(D(2026, 1, 21), "97110", 2, ["GP"]),
          mk(D(2026, 1, 21), "97530", 1, ["GP"])]),
    ]
    lines, claims = [], []
    for name, mid, acnt, icn, svcs in data:
        P.ded_left = Decimal("60.00") if name.startswith("D") else ZERO
        for s in svcs:
            medicare(s, P)
            s.remarks = ["N115"] if s.denied else []
        f.need(60)
        doc.t(L, f.y, f"NAME {name:<21} MID {mid}  ACNT {acnt}  ICN {icn}  ASG Y  MOA MA01", z)
        f.adv(10)
        head(f)
        f.repeat = head
        for s in svcs:
            f.need(9 * max(1, len(s.adjs)) + 2)
            a0 = s.adjs[0] if s.adjs else None
            adj = f"{a0[0]}-{a0[1]:<4}{money(a0[2], ''):>8}" if a0 else ""
            r = (f"1558830217  {s.dos:%m%d} {dfmt(s.dos, 'mdy6')}  11 {units_str(s.units):>3} {s.code} "
                 f"{''.join(m.ljust(3) for m in s.mods):<7}{money(s.billed, ''):>8} {money(s.allowed, ''):>8} "
                 f"{money(s.deductible, ''):>7} {money(s.coinsurance, ''):>7} {adj:<15}{money(s.paid, ''):>7}")
            doc.t(L, f.y, r, z)
            for g, c, a in s.adjs[1:]:
                f.adv(9)
                doc.t(L, f.y, " " * 79 + f"{g}-{c:<4}{money(a, ''):>8}", z)
            if s.remarks:
                f.adv(9)
                doc.t(L, f.y, f"{'':<12}REM: {' '.join(s.remarks)}", z)
            lines.append(truth_line(doc.pno, s, claim_id=acnt, payer_claim_id=icn, patient=name,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks, description=False))
            f.adv(10)
        f.repeat = None
        tb, ta, td, tc, tp = (total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid"))
        tco = sum((a for s in svcs for g, c, a in s.adjs if g == "CO"), ZERO)
        f.need(22)
        doc.t(L, f.y, f"{'PT RESP ' + format(money(td + tc, ''), '>9'):<28}{'CLAIM TOTALS':<17}"
                      f"{money(tb, ''):>8} {money(ta, ''):>8} {money(td, ''):>7} {money(tc, ''):>7} "
                      f"{'':<7}{money(tco, ''):>8}{money(tp, ''):>7}", z)
        f.adv(9)
        doc.t(L, f.y, f"{'':<58}NET {money(tp, ''):>9}", z)
        claims.append({"claim_id": acnt, "payer_claim_id": icn, "patient": name,
                       "totals": claim_totals(tb, ta, tp, td + tc)})
        f.adv(16)
    legend = [("N115", "Decision based on a local coverage determination; see the contractor's website."),
              ("MA01", "Appeal rights: you may ask for a redetermination within 120 days.")]
    f.need(50)
    doc.t(L, f.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES", z, True)
    f.adv(10)
    for k, v in legend + [("CO", "Contractual obligation"), ("PR", "Patient responsibility")]:
        doc.t(L, f.y, f"{k:<6}{v}", z)
        f.adv(9)
    opts = {"window": 5, "all_adj": True}
    return doc, render_fpdf, lines, claims, legend, [], "clearinghouse standard paper remit print", opts


# ============================================================================ p08 PM ERA posting detail
def p08():
    doc = Doc(LAND, "libnarrow")
    L, R = 28, 764
    z = 7.2

    def page(d, f, first):
        d.t(L, 32, "TheraLedger Practice Manager", 11, True)
        d.t(L, 43, "ERA Payment Posting Detail  -  Batch 2026-0131-07", 8)
        d.t(R, 32, "Willowmere Pediatric Therapy, Inc.", 8, True, "r")
        d.t(R, 43, "Payer: Keystone Blue Options PPO    Check/EFT 61190277   Paid 01/31/2026", 7.5, a="r")
        d.hl(L, R, 49, 0.8)
        d.t(L, 592, "Run by: jmercado   02/02/2026 14:07", 6.5)
        d.t(R, 592, f"Page {d.pno} of {{NP}}", 6.5, a="r")
        return 62

    f = Flow(doc, 578, page)
    X = [L + 10, L + 62, L + 104, L + 140, L + 180, L + 222, L + 264, L + 302, L + 340, L + 378, L + 420, L + 428,
         L + 640, L + 690]
    H = ["DOS", "CPT", "Mods", "Units", "Charge", "Allowed", "Deduct", "Copay", "Coins", "Paid", "",
         "Adjustments", "Pt Resp", "Rmk"]
    AL = "lllrrrrrrr lrl"

    def head(fl):
        for x, h, a in zip(X, H, AL):
            if h:
                doc.t(x, fl.y, h, z, True, "r" if a == "r" else "l")
        doc.hl(L, R, fl.y + 3, 0.4)
        fl.y += 12

    P = PlanState(ded_left=Decimal("85.00"), coins_rate=Decimal("0.15"), copay_codes={"92507": Decimal("20.00")})
    data = [
        ("Fairbanks, Sienna", "WPT-200417", "KB26011904471",
         [mk(D(2026, 1, 5), "97165", 1, ["GO"]), mk(D(2026, 1, 5), "97530", 2, ["GO"]),
          mk(D(2026, 1, 12), "97530", 2, ["GO"]), mk(D(2026, 1, 12), "97112", 1, ["GO"])]),
        ("Fairbanks, Jonah", "WPT-200418", "KB26011904502",
         [mk(D(2026, 1, 6), "92523", 1, ["GN"]), mk(D(2026, 1, 13), "92507", 1, ["GN"]),
          mk(D(2026, 1, 20), "92507", 1, ["GN"]), mk(D(2026, 1, 20), "97129", 1, ["GN"], denied="PR")]),
        ("Nakagawa, Emi", "WPT-200455", "KB26011905128",
         [mk(D(2026, 1, 8), "97166", 1, ["GO"]), mk(D(2026, 1, 8), "97535", 2, ["GO"]),
          mk(D(2026, 1, 15), "97530", 3, ["GO", "59"]), mk(D(2026, 1, 15), "97140", 1, ["GO"]),
          mk(D(2026, 1, 22), "97530", 2, ["GO"]), mk(D(2026, 1, 22), "97150", 1, ["GO"])]),
        ("Delacroix, Marcel", "WPT-200489", "KB26011905377",
         [mk(D(2026, 1, 9), "97161", 1, ["GP"]), mk(D(2026, 1, 9), "97110", 2, ["GP"]),
          mk(D(2026, 1, 16), "97110", 2, ["GP"]), mk(D(2026, 1, 16), "97116", 1, ["GP"])]),
    ]
    lines, claims = [], []
    gb = gp = ZERO
    for pat, acct, clm, svcs in data:
        for s in svcs:
            commercial(s, P, deny_reason="204")
            s.remarks = ["N130"] if s.denied else []
        f.need(46)
        doc.box(L, f.y - 8, R - L, 12, fill=0.9, lw=0)
        doc.t(L + 4, f.y, f"Patient: {pat}    Acct #: {acct}    Payer Claim #: {clm}    Status: Processed as "
                          f"primary", z, True)
        f.adv(14)
        head(f)
        f.repeat = head
        for s in svcs:
            f.need(11)
            adj = "; ".join(f"{g}{c} {M(a)}" for g, c, a in s.adjs)
            v = [dfmt(s.dos, "mdyn"), s.code, " ".join(s.mods), units_str(s.units)] + [
                M(getattr(s, k)) for k in ("billed", "allowed", "deductible", "copay", "coinsurance", "paid")] + [
                "", adj, M(s.owes), " ".join(s.remarks)]
            for x, t, a in zip(X, v, AL):
                if t:
                    doc.t(x, f.y, t, z, a="r" if a == "r" else "l")
            lines.append(truth_line(doc.pno, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "allowed", "deductible", "copay", "coinsurance", "paid",
                                             "patient_owes"), adjustments=s.adjs, remarks=s.remarks,
                                    description=False))
            f.adv(11)
        f.repeat = None
        tv = {k: total(svcs, k) for k in ("billed", "allowed", "deductible", "copay", "coinsurance", "paid", "owes")}
        gb += tv["billed"]
        gp += tv["paid"]
        f.need(12)
        doc.t(X[1], f.y, "Claim subtotal", z, True)
        for x, k in zip(X[4:10], ("billed", "allowed", "deductible", "copay", "coinsurance", "paid")):
            doc.t(x, f.y, M(tv[k]), z, True, "r")
        doc.t(X[12], f.y, M(tv["owes"]), z, True, "r")
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(tv["billed"], tv["allowed"], tv["paid"], tv["owes"])})
        f.adv(18)
    f.need(40)
    doc.hl(L, R, f.y - 8, 1)
    doc.t(L, f.y, f"Batch totals:  Charges {M(gb)}    Payments posted {M(gp)}    Claims {len(data)}", z + 0.5, True)
    f.adv(14)
    legend = [("N130", "Consult plan benefit documents for coverage limits.")]
    doc.t(L, f.y, "Remark N130: consult plan benefit documents for coverage limits (payer text, abbreviated).", z)
    return doc, render_rl, lines, claims, legend, [], "practice-management ERA posting detail", {"window": 1,
                                                                                                   "all_adj": True}


# ============================================================================ p09 clinic family statement
def p09():
    doc = Doc(LETTER, "libsans")
    L, R = 36, 576
    g = "Priya Ramaswamy-Cole"

    P = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.20"))
    kids = [
        ("Anika Cole", [
            ("V-882031", "OHC2601150337", [mk(D(2026, 1, 5), "97165", 1, ["GO"]), mk(D(2026, 1, 5), "97530", 2, ["GO"])]),
            ("V-882107", "OHC2601150391", [mk(D(2026, 1, 12), "97530", 2, ["GO"]),
                                           mk(D(2026, 1, 12), "97535", 1, ["GO"])]),
            ("V-882244", "OHC2601220048", [mk(D(2026, 1, 19), "97530", 3, ["GO"]),
                                           mk(D(2026, 1, 19), "97112", 1, ["GO", "59"])])]),
        ("Rohan Cole", [
            ("V-882058", "OHC2601150352", [mk(D(2026, 1, 6), "92523", 1, ["GN"])]),
            ("V-882153", "OHC2601160127", [mk(D(2026, 1, 13), "92507", 1, ["GN"]),
                                           mk(D(2026, 1, 13), "97129", 1, ["GN"], denied="PR")]),
            ("V-882290", "OHC2601220071", [mk(D(2026, 1, 20), "92507", 1, ["GN"])])]),
        ("Meera Cole", [
            ("V-882176", "OHC2601160144", [mk(D(2026, 1, 14), "97166", 1, ["GO"]),
                                           mk(D(2026, 1, 14), "97760", 1, ["GO"]),
                                           mk(D(2026, 1, 14), "L3807", 1, ["LT"])]),
            ("V-882311", "OHC2601230012", [mk(D(2026, 1, 21), "97760", 1, ["GO"]),
                                           mk(D(2026, 1, 21), "97110", 2, ["GO"])]),
            ("V-882398", "OHC2601290066", [mk(D(2026, 1, 28), "97760", 1, ["GO"]),
                                           mk(D(2026, 1, 28), "97530", 2, ["GO"])])]),
        ("Dev Cole", [
            ("V-882187", "OHC2601160159", [mk(D(2026, 1, 14), "97161", 1, ["GP"]),
                                           mk(D(2026, 1, 14), "97110", 2, ["GP"])]),
            ("V-882320", "OHC2601230035", [mk(D(2026, 1, 21), "97110", 2, ["GP"]),
                                           mk(D(2026, 1, 21), "97116", 1, ["GP"]),
                                           mk(D(2026, 1, 21), "97140", 1, ["GP"])]),
            ("V-882405", "OHC2601290081", [mk(D(2026, 1, 28), "97110", 2, ["GP"]),
                                           mk(D(2026, 1, 28), "97112", 1, ["GP"])])]),
    ]
    for _, visits in kids:
        for _, _, svcs in visits:
            for s in svcs:
                commercial(s, P)
    allsv = [s for _, v in kids for _, _, ss in v for s in ss]
    due = total(allsv, "owes") - Decimal("75.00")

    def page(d, f, first):
        d.t(R, 770, f"Page {d.pno} of {{NP}}", 7, a="r")
        d.t(L, 770, "Little Oaks Pediatric Therapy  ·  Billing office (614) 555-0183  ·  billing@littleoaks.example",
            6.5)
        if not first:
            d.t(L, 40, f"Little Oaks Pediatric Therapy - Statement for {g} (continued)", 9, True)
            return 58
        d.box(L, 30, R - L, 80, lw=0.6)
        d.t(L + 6, 44, "LITTLE OAKS PEDIATRIC THERAPY", 11, True)
        d.t(L + 6, 55, "3380 Tremont Ridge Rd, Suite 210", 7.5)
        d.t(L + 6, 64, "Upper Arlington, OH 43221", 7.5)
        d.t(L + 6, 84, g.upper(), 8)
        d.t(L + 6, 94, "611 KENSINGTON PL, COLUMBUS OH 43214", 8)
        for i, (a, b) in enumerate([("Statement date", "02/03/2026"), ("Guarantor account", "G-004471"),
                                    ("Amount due", money(due)), ("Please pay by", "02/24/2026"),
                                    ("Amount enclosed", "$ ____________")]):
            d.t(380, 44 + i * 12, a, 7.5)
            d.t(R - 6, 44 + i * 12, b, 7.5, True, "r")
        d.t(doc.W / 2, 118, "- - - - - - - - - - - - Please detach and return the top portion with your payment "
                            "- - - - - - - - - - - -", 6.5, a="c")
        return 140

    f = Flow(doc, 752, page)
    X = [L, L + 48, L + 108, 380, 432, 484, 536]
    H = ["Date", "Code", "Description", "Charges", "Ins paid", "Ins adjust", "Your portion"]

    def head(fl):
        doc.hl(L, R, fl.y - 9, 0.8)
        for x, h, i in zip(X, H, range(7)):
            doc.t(x if i < 3 else x, fl.y, h, 7.2, True, "l" if i < 3 else "r")
        doc.hl(L, R, fl.y + 3, 0.4)
        fl.y += 13

    lines, claims = [], []
    for kid, visits in kids:
        f.need(60)
        doc.t(L, f.y, f"Patient: {kid}", 9, True)
        doc.t(R, f.y, "Primary insurance: Buckeye Heartland Health (HMO)", 7, a="r")
        f.adv(14)
        head(f)
        f.repeat = head
        for visit, clm, svcs in visits:
            f.need(12 * (len(svcs) + 2))
            doc.t(X[0], f.y, f"Visit {visit}   {kid}   Ins claim {clm}", 7, True)
            f.adv(11)
            for s in svcs:
                v = [dfmt(s.dos, "mdy2"), hyph(s), cut(s.desc, 40), M(s.billed), M(s.paid), M(s.discount), M(s.owes)]
                for x, t, i in zip(X, v, range(7)):
                    doc.t(x, f.y, t, 7.2, a="l" if i < 3 else "r")
                s.desc = cut(s.desc, 40)
                ln = truth_line(doc.pno, s, claim_id=visit, payer_claim_id=clm, patient=kid,
                                printed=("billed", "paid", "discount", "patient_owes"), units=False)
                lines.append(ln)
                f.adv(11)
            tv = [total(svcs, "billed"), total(svcs, "owes")]
            doc.t(X[2], f.y, "Visit balance", 7, True)
            doc.t(X[3], f.y, M(tv[0]), 7, True, "r")
            doc.t(X[6], f.y, M(tv[1]), 7, True, "r")
            claims.append({"claim_id": visit, "payer_claim_id": clm, "patient": kid,
                           "totals": claim_totals(tv[0], None, None, tv[1])})
            f.adv(14)
        f.repeat = None
        f.adv(6)
    f.need(90)
    doc.t(L, f.y, "Payments received", 8.5, True)
    f.adv(11)
    doc.t(L, f.y, "01/28/26   Payment - thank you (card ending 4402)", 7.2)
    doc.t(X[6], f.y, "-75.00", 7.2, a="r")
    f.adv(16)
    doc.box(L, f.y, R - L, 30, lw=0.5)
    for i, (a, b) in enumerate([("Current", money(due)), ("31-60 days", "$0.00"), ("61-90 days", "$0.00"),
                                ("Over 90", "$0.00"), ("Total due", money(due))]):
        doc.t(L + 10 + i * 108, f.y + 12, a, 7.5)
        doc.t(L + 10 + i * 108, f.y + 23, b, 7.5, True)
    f.adv(44)
    doc.t(L, f.y, "Questions about your balance? We are glad to set up a payment plan.", 7.5)
    return doc, render_fpdf, lines, claims, [], [], "therapy clinic family statement", {"window": 1}


# ============================================================================ p10 hospital statement
def p10():
    doc = Doc(LETTER, "dejavuserif")
    L, R = 40, 572
    g = "Theodore Vanterpool"

    def page(d, f, first):
        d.t(L, 42, "St. Brendan Regional Medical Center", 13, True)
        d.t(L, 54, "Patient Financial Services · 900 Harborview Blvd · Port Elliott, WA 98362", 7)
        d.t(R, 42, "PATIENT STATEMENT", 10, True, "r")
        d.t(R, 54, f"Guarantor: {g}   Statement date 02/02/2026", 7, a="r")
        d.hl(L, R, 60, 1)
        d.t(doc.W / 2, 772, f"Page {d.pno} of {{NP}}  ·  Pay online at stbrendan.example/pay  ·  (360) 555-0190",
            6.5, a="c")
        return 78

    f = Flow(doc, 752, page)
    X = [L, L + 62, L + 96, L + 154, L + 184, 470, 540]
    H = ["Date", "Rev", "CPT/HCPCS", "Mod", "Description", "Qty", "Charges"]

    def head(fl):
        doc.box(L, fl.y - 9, R - L, 12, fill=0.9, lw=0)
        for x, h, i in zip(X, H, range(7)):
            doc.t(x, fl.y, h, 7, True, "r" if i >= 5 else "l")
        fl.y += 13

    rev = {"97110": "0420", "97140": "0420", "97116": "0420", "97161": "0420", "97112": "0420",
           "97166": "0430", "97530": "0430", "97535": "0430", "97168": "0430", "92523": "0440",
           "92507": "0440", "G0283": "0420", "99213": "0510"}
    accts = [
        ("Theodore Vanterpool", "HB40029917", "CLM 7730-26-004418", "Olympic Crest Health Plan", [
            mk(D(2026, 1, 5), "97161", 1, ["GP"]), mk(D(2026, 1, 5), "97110", 2, ["GP"]),
            mk(D(2026, 1, 5), "97140", 1, ["GP", "59"]), mk(D(2026, 1, 8), "97110", 3, ["GP"]),
            mk(D(2026, 1, 8), "97112", 1, ["GP"]), mk(D(2026, 1, 8), "G0283", 1, ["GP"]),
            mk(D(2026, 1, 12), "97110", 2, ["GP"]), mk(D(2026, 1, 12), "97116", 1, ["GP"]),
            mk(D(2026, 1, 15), "97110", 2, ["GP"]), mk(D(2026, 1, 15), "97140", 2, ["GP"]),
            mk(D(2026, 1, 19), "99213")]),
        ("Clementine Vanterpool", "HB40031256", "CLM 7730-26-005102", "Olympic Crest Health Plan", [
            mk(D(2026, 1, 7), "97166", 1, ["GO"]), mk(D(2026, 1, 7), "97530", 2, ["GO"]),
            mk(D(2026, 1, 9), "97530", 2, ["GO"]), mk(D(2026, 1, 9), "97535", 2, ["GO"]),
            mk(D(2026, 1, 14), "97530", 3, ["GO"]), mk(D(2026, 1, 16), "92523", 1, ["GN"]),
            mk(D(2026, 1, 21), "92507", 1, ["GN"]), mk(D(2026, 1, 21), "97168", 1, ["GO"])]),
        ("Marisol Vanterpool", "HB40033870", "CLM 7730-26-005877", "Olympic Crest Health Plan", [
            mk(D(2026, 1, 13), "97166", 1, ["GO"]), mk(D(2026, 1, 13), "97535", 2, ["GO"]),
            mk(D(2026, 1, 15), "97530", 2, ["GO"]), mk(D(2026, 1, 15), "97140", 1, ["GO"]),
            mk(D(2026, 1, 20), "97530", 2, ["GO"]), mk(D(2026, 1, 20), "97535", 1, ["GO"]),
            mk(D(2026, 1, 22), "97530", 3, ["GO"]), mk(D(2026, 1, 27), "97530", 2, ["GO"]),
            mk(D(2026, 1, 27), "97112", 1, ["GO"]), mk(D(2026, 1, 29), "97168", 1, ["GO"]),
            mk(D(2026, 1, 29), "97535", 2, ["GO"]), mk(D(2026, 1, 30), "99213")]),
    ]
    lines, claims = [], []
    grand = ZERO
    for pat, acct, clm, payer, svcs in accts:
        # a charge posted in error and reversed on the same account
        if acct == "HB40031256":
            wrong = mk(D(2026, 1, 9), "97530", 1, ["GO"])
            corr = negate(wrong)
            corr.desc = "Charge correction - therapeutic activities"
            svcs = svcs[:4] + [wrong, corr] + svcs[4:]
        f.need(60)
        doc.t(L, f.y, f"Account {acct}   Patient: {pat}", 9, True)
        f.adv(11)
        doc.t(L, f.y, f"Outpatient rehabilitation services   Insurance: {payer}   Insurer claim no. "
                      f"{clm.split(' ', 1)[1]}", 7)
        f.adv(16)
        head(f)
        f.repeat = lambda fl, a=acct: (doc.t(L, fl.y, f"Account {a} (continued)", 8, True), fl.adv(13), head(fl))
        for s in svcs:
            f.need(11)
            v = [s.dos.strftime("%m-%d-%Y"), rev[s.code], s.code, " ".join(s.mods), cut(s.desc, 44), units_str(s.units),
                 M(s.billed)]
            for x, t, i in zip(X, v, range(7)):
                doc.t(x, f.y, t, 7.2, a="r" if i >= 5 else "l")
            s.desc = cut(s.desc, 44)
            lines.append(truth_line(doc.pno, s, claim_id=acct, payer_claim_id=clm.split(" ", 1)[1], patient=pat,
                                    printed=("billed",)))
            f.adv(11)
        f.repeat = None
        tb = total(svcs, "billed")
        allowed = (tb * Decimal("0.58")).quantize(Decimal("0.01"))
        paid = (allowed * Decimal("0.8")).quantize(Decimal("0.01"))
        bal = allowed - paid
        f.need(60)
        doc.hl(X[5] - 30, R, f.y - 8)
        doc.t(X[4], f.y, "Total charges", 7.2, True)
        doc.t(X[6], f.y, M(tb), 7.2, True, "r")
        f.adv(11)
        for txt, amtv in ((f"01/27/2026 {payer} payment", -paid), ("01/27/2026 Insurance contractual adjustment",
                                                                   -(tb - allowed))):
            doc.t(X[4], f.y, txt, 7.2)
            doc.t(X[6], f.y, M(amtv), 7.2, a="r")
            f.adv(11)
        doc.t(X[4], f.y, "Account balance - your responsibility", 7.2, True)
        doc.t(X[6], f.y, M(bal), 7.2, True, "r")
        grand += bal
        claims.append({"claim_id": acct, "payer_claim_id": clm.split(" ", 1)[1], "patient": pat,
                       "totals": claim_totals(tb)})
        f.adv(22)
    f.need(40)
    doc.box(360, f.y, R - 360, 26, fill=0.92, lw=0.6)
    doc.t(368, f.y + 16, "Total amount due from guarantor", 8, True)
    doc.t(R - 6, f.y + 16, money(grand), 9, True, "r")
    return doc, render_rl, lines, claims, [], [], "hospital guarantor statement", {"window": 1}


LAYOUTS = [("p01_commercial_family_eob", p01, "reportlab"), ("p02_hdhp_member_eob", p02, "fpdf2"),
           ("p03_ma_ppo_member_eob", p03, "reportlab"), ("p04_msn_part_b", p04, "fpdf2"),
           ("p05_medicaid_ra_courier", p05, "reportlab"), ("p06_medicaid_ra_grid", p06, "fpdf2"),
           ("p07_spr_clearinghouse", p07, "fpdf2"), ("p08_pm_era_posting", p08, "reportlab"),
           ("p09_clinic_family_statement", p09, "fpdf2"), ("p10_hospital_guarantor_statement", p10, "reportlab")]


def build(out: Path) -> dict:
    opts = {}
    for name, fn, producer in LAYOUTS:
        doc, render, lines, claims, legend, findings, desc, o = fn()
        path = out / f"{name}.pdf"
        render(doc, path, f"{desc} (synthetic)")
        write_truth(path, name, producer, len(doc.pages), desc, lines, claims, legend, findings)
        opts[name] = o
        print(f"{path.name}: {len(doc.pages)} pages, {len(lines)} lines, {len(claims)} claims")
    return opts


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout138_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    opts = build(out)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if "--check" in argv:
        probs = check(out, opts)
        for p in probs:
            print("CHECK:", p)
        print("check:", "OK" if not probs else f"{len(probs)} problem(s)")
        return 1 if probs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
