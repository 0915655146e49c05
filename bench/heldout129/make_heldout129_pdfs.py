"""Write held-out set 129 of synthetic PDF EOB layouts (with truth files): two each of the five commonest kinds
(commercial member EOB; Medicare Summary Notice / Medicare Advantage member EOB; state Medicaid remittance advice;
Medicare-style paper remit from a clearinghouse / practice-management system; family statement from a clinic or
hospital), each in a house style of its own.

Run:  python bench/heldout129/make_heldout129_pdfs.py OUT_DIR            (writes h129_*.pdf + .pdf.truth.json)
      python bench/heldout129/make_heldout129_pdfs.py OUT_DIR --check    (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness). Every name, number, payer, provider, address and ID is invented; service
wording is our own.
Truth format: the one of samples/pdf/eobgen.py, printed values only, null for what a layout does not print (units
null where no quantity is printed); claim_id = provider's account / patient-control / invoice / visit number,
payer_claim_id = payer's claim number / ICN / TCN / reference, patient = the person served exactly as printed.
Adjustments are listed only where the page prints group + reason + amount; remarks only where printed per line.

Layouts:
  c1  commercial member EOB, portrait Liberation Serif (reportlab): "Claim for ... (Son) / Claim no. / Your
      provider's account", "Visit date / Service / Provider asked for / Member rate savings / Not covered / Plan
      rate / Toward deductible / Copay / Coinsurance / Plan's share / Your share / Note", "97530 GO" with the
      wording on a grey line beneath, no units, 3 family members, a PR-denied line, one claim continues on page 2
      under repeated heading "(continued)" and column heads, numbered note legend, claim total rows
  c2  commercial out-of-network reimbursement statement to the subscriber, landscape Liberation Sans Narrow
      (fpdf2): claimant bands, "Svc Date / Proc / Mod ("GO/59") / Svc Cnt / Submitted / Allowable / Excluded /
      Deductible / Coinsurance / Benefit / Member Resp / Rsn", MM/DD/YY, 3 family members, a reversed prior
      claim with trailing-minus amounts and its reprocessed replacement; PLANTED claim-total mismatch
  m1  Medicare Summary Notice Part B, portrait DejaVu Serif (fpdf2, 2 pages): page-1 notice with deductible and
      total-you-may-be-billed boxes, claims by provider with "Claim Number", rows "Service date / Service
      Provided & Billing Code / Service Approved? / Amount Provider Charged / Medicare-Approved Amount / Medicare
      Paid / Maximum You May Be Billed / See Notes", wording + "(97110-GP)", no units, a denied line, notes
  m2  Medicare Advantage HMO member EOB, portrait DejaVu Sans Condensed (reportlab): boxed claim heads "Claim ID /
      Provider / Your account with this provider", "Date / Medical service or supply / Qty / Provider's charge /
      Plan-approved amount / Plan paid / Your share / See note", code-modifier "97530-GO" ahead of the wording,
      per-visit copay, a plan-denied line at $0 share, a claim continued on the next page with head repeated
  d1  state Medicaid remittance advice, landscape core Courier (reportlab): mainframe-style banner per page, "CLAIMS
      PAID" / "CLAIMS DENIED" / "ADJUSTED CLAIMS" sections, claim head "RECIPIENT NAME / RECIP ID / TCN /
      PATIENT ACCT", detail "LN DOS PROC M1 M2 UNITS BILLED ALLOWED PAID CARC EOB", units "4.00", void with
      leading-minus amounts, page header repeated on continuation, per-section totals
  d2  state Medicaid remittance advice, portrait DejaVu Sans Mono (fpdf2): per-claim two-line heads "ICN / Med Rec
      No / Recipient / Status", detail "SVC DATE / PROC-MOD ("97110-GP") / QTY / CHARGE / ALLOWED / PAID / ADJ
      ("CO-45 12.34") / RMK", denied claim, claim rows continue on page 2 under a repeated detail header
  r1  Medicare-style standard paper remit from a clearinghouse, landscape Liberation Mono (fpdf2): "NAME / HIC /
      ACNT / ICN / ASG / MOA" heads, "PERF PROV / SERV DATE (0105 010526) / POS / NOS / PROC / MODS / BILLED /
      ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD", extra adjustments stacked on the following text lines,
      "PT RESP / CLAIM TOTALS / NET", a denied line, claims continuing across pages with the heading repeated
  r2  practice-management "ERA Remittance Detail" print, landscape core Helvetica (reportlab), ruled grid: claim
      bands "Patient / Acct # / Payer Claim # / Status", "DOS / CPT / Mod / Units / Charge / Allowed / Deduct /
      Coins / Copay / Adj (CO-45) / Adj Amt / Paid / Rmk", extra adjustments on sub-rows, a reversal with
      parenthesised amounts, claim total rows
  s1  outpatient therapy clinic family statement, portrait Liberation Sans (reportlab): tear-off remit stub,
      guarantor account, visit heading rows "Inv # / patient / billed to insurer, claim ...", "Date / Code / Qty /
      Description / Charge / Ins Paid / Ins Adj / Your Balance", patient payments as non-service rows, three family
      members, one long page, a patient payment row, account balance due
  s2  hospital outpatient family statement, portrait DejaVu Sans Condensed (fpdf2): per-patient hospital account
      sections, itemized charges "Date / Rev / CPT-HCPCS / Mod / Description / Qty / Charges" (no per-line
      payments), a charge correction "-95.00", account-level insurance payment / adjustment rows, account balance,
      three family members, the longest account runs onto the next page

The self-check (--check) tests the factory, not the reader: page counts; for each truth line a single text row on
its page holding the printed date, code/modifiers, units and every non-null amount (formatted as that layout prints
them), adjustment and remark tokens on that row or the three rows after it; ids and patients in the document text;
billed - adjustments = paid where every adjustment is printed; allowed - deductible - copay - coinsurance = paid and
billed - discount - not covered = allowed where a member EOB prints those; claim totals printed and equal to the
sum of lines unless declared as a planted expected finding.
"""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    FIXED_WHEN, LONG_DESC, ZERO, PlanState, Svc, commercial, dfmt, medicaid, medicare, money, negate, q, total,
    truth_line, units_str, write_truth,
)
from h129kit import Doc, Table, check_file, render_fpdf, render_rl  # noqa: E402


def S(spec: str) -> list[Svc]:
    """'1/5 97530*3/GO/59; 1/5 97110*2/GO' -> services (2026)."""
    out = []
    for part in spec.split(";"):
        d, rest = part.split()
        m, dd = d.split("/")
        code, *mods = rest.split("/")
        code, u = code.split("*")
        out.append(Svc(date(2026, int(m), int(dd)), code, Decimal(u), tuple(mods)))
    return out


def series(days: str, pattern: str) -> str:
    """'1/5 1/7', '97530*2/GO; 97535*1/GO' -> the pattern on each day, as an S() spec."""
    return "; ".join(f"{dd} {p.strip()}" for dd in days.split() for p in pattern.split(";"))


def footer(doc: Doc, text: str, size: float = 7) -> None:
    n = len(doc.pages)
    for i, ops in enumerate(doc.pages, 1):
        s = text.format(p=i, n=n)
        x = doc.w / 2 - doc.width(s, "r", size) / 2
        ops.append(("t", x, doc.h - 20, s, "r", size, 0.3))


def T(d: Decimal) -> str:
    return str(q(d))


def tot(svcs, *keys):
    return [total(svcs, k) for k in keys]


# ================================================================================================ c1
def lay_c1():
    d = Doc("libserif", top=44, bottom=46)
    M = lambda x: money(x, "$")  # noqa: E731
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("35.00")})
    fam = [
        ("Marguerite Oyelaran", "Self", "PWM2601180044", "BPT-55102", "Brightline Pediatric & Adult Therapy",
         S("1/6 97165*1/GO; 1/6 97530*2/GO; 1/13 97530*3/GO; 1/13 97535*1/GO; 1/20 97530*2/GO/59; 1/20 97140*1/GO; 1/27 97530*2/GO; 1/27 97535*1/GO")),
        ("Tobias Oyelaran", "Son", "PWM2601180051", "BPT-55117", "Brightline Pediatric & Adult Therapy",
         S("1/7 92523*1/GN; 1/9 92507*1/GN; 1/14 92507*1/GN; 1/16 92507*1/GN; 1/21 92507*1/GN; 1/23 92507*1/GN; "
           "1/26 92526*1/GN; 1/28 92507*1/GN; 1/28 97530*2/GO; 1/30 92507*1/GN; 1/30 97530*2/GO; 2/2 92507*1/GN; "
           "2/4 92507*1/GN; 2/4 97112*2/GO; 2/6 92507*1/GN; 2/6 97530*1/GO; 2/9 0552T*1; "
           + series("2/11 2/13 2/16", "92507*1/GN; 97530*2/GO"))),
        ("Ines Oyelaran", "Daughter", "PWM2602030007", None, "Cedar Row Family Medicine",
         S("1/22 99213*1; 1/22 G0283*1")),
    ]
    deny = {("Tobias Oyelaran", "0552T")}
    cols = [("Visit date", 36, "l"), ("Service", 84, "l"), ("Provider\nasked for", 212, "r"),
            ("Member rate\nsavings", 258, "r"), ("Not\ncovered", 296, "r"), ("Plan\nrate", 336, "r"),
            ("Toward\ndeductible", 381, "r"), ("Copay", 419, "r"), ("Coin-\nsurance", 459, "r"),
            ("Plan's\nshare", 502, "r"), ("Your\nshare", 545, "r"), ("Note", 556, "l")]
    t = Table(d, cols, size=7.5, lead=12)
    lines, claims = [], []
    cur = {}

    def top(doc):
        doc.text(36, "PINEWOOD MUTUAL HEALTH PLAN", "b", 13)
        doc.text(576, "Explanation of Benefits", "b", 11, "r")
        doc.adv(13)
        doc.text(36, "P.O. Box 40117, Harlan Springs, OR 97455  \u00b7  Member services 1-800-555-0147", "r", 7.5)
        doc.text(576, "THIS IS NOT A BILL", "b", 8, "r")
        doc.adv(7)
        doc.hrule(lw=1.2)
        doc.adv(14)

    def brk(doc):
        top(doc)
        if cur:
            claim_head(cur["pat"], cur["rel"], cur["clm"], cur["acct"], cur["prov"], cont=True)

    def claim_head(pat, rel, clm, acct, prov, cont=False):
        d.rect(34, d.y - 10, 544, 26, fill=0.9, stroke=False)
        d.text(40, f"Claim for: {pat} ({rel})" + ("  (continued)" if cont else ""), "b", 8.5)
        d.text(572, f"Claim no. {clm}", "b", 8.5, "r")
        d.adv(11)
        d.text(40, f"Provider: {prov}", "r", 7.5)
        d.text(572, f"Your provider's account: {acct}" if acct else "Your provider's account: not supplied", "r",
               7.5, "r")
        d.adv(16)
        t.head()

    top(d)
    d.text(36, "Marguerite Oyelaran", "r", 9)
    d.text(360, "Member ID: PWM-884-20-1173", "r", 8)
    d.adv(11)
    d.text(36, "2290 Quillback Lane", "r", 9)
    d.text(360, "Group: Harlan Springs School District 4", "r", 8)
    d.adv(11)
    d.text(36, "Harlan Springs, OR 97455", "r", 9)
    d.text(360, "Statement date: February 11, 2026", "r", 8)
    d.adv(20)
    d.text(36, "Here is how we handled the claims we received for you and your family.", "i", 8.5)
    d.adv(18)
    d.on_break = brk
    for pat, rel, clm, acct, prov, svcs in fam:
        for s in svcs:
            if (pat, s.code) in deny:
                s.denied = "PR"
            commercial(s, st)
        d.need(70)
        cur.update(pat=pat, rel=rel, clm=clm, acct=acct, prov=prov)
        claim_head(pat, rel, clm, acct, prov)
        for s in svcs:
            d.need(22)
            note = "3" if s.denied else ("1" if s.deductible else ("2" if s.copay else ""))
            code = " ".join((s.code,) + s.mods)
            t.row([dfmt(s.dos, "mdy4"), code, M(s.billed), M(s.discount), M(s.not_covered), M(s.allowed),
                   M(s.deductible), M(s.copay), M(s.coinsurance), M(s.paid), M(s.owes), note])
            lines.append(truth_line(d.page, s, claim_id=acct, payer_claim_id=clm, patient=pat, units=False,
                                    printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes"),
                                    remarks=[note] if note else []))
            d.adv(-2.5)
            d.text(84, s.desc, "i", 6.5, gray=0.35)
            d.adv(9)
        d.hrule(-7, 0.4)
        b, di, nc, al, de, co, ci, pd, ow = tot(svcs, "billed", "discount", "not_covered", "allowed", "deductible",
                                               "copay", "coinsurance", "paid", "owes")
        t.row(["Claim total", "", M(b), M(di), M(nc), M(al), M(de), M(co), M(ci), M(pd), M(ow), ""], "b")
        d.adv(10)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": {
            "billed": T(b), "allowed": T(al), "paid": T(pd), "patient_owes": T(ow)}})
        cur.clear()
    legend = [("1", "Part of the plan's allowance went toward this year's deductible."),
              ("2", "Office-visit copay set by your plan."),
              ("3", "Your plan does not cover this service. You may owe the full amount.")]
    d.need(60)
    d.text(36, "Notes", "b", 9)
    d.adv(12)
    for k, v in legend:
        d.text(40, f"{k}  {v}", "r", 8)
        d.adv(11)
    footer(d, "Pinewood Mutual Health Plan  \u00b7  Page {p} of {n}")
    fmt = dict(money=lambda v: money(Decimal(v), "$"), date=lambda ln: dfmt(date.fromisoformat(ln["service_date"]),
               "mdy4"), code=lambda ln: [" ".join([ln["code"]] + ln["modifiers"])], cost_share=True)
    return d, "reportlab", lines, claims, legend, [], "commercial member EOB (family)", fmt


# ================================================================================================ c2
def lay_c2():
    d = Doc("libnarrow", landscape=True, top=40, bottom=40)
    M = lambda x: money(x, ",", "trail")  # noqa: E731
    st = PlanState(ded_left=Decimal("500.00"), coins_rate=Decimal("0.40"), allowed_rate=Decimal("0.70"))
    claims_in = [
        ("Declan Furtado-Reyes", "EMPLOYEE", "OX-5521-0038", "HW40021", False,
         S("1/5 97163*1/GP; 1/5 97110*2/GP; 1/8 97110*3/GP/KX; 1/8 97140*1/GP/59")),
        ("Paloma Furtado-Reyes", "SPOUSE", "OX-5521-0102", "HW40158", True,
         S("1/12 97530*2/GO; 1/12 97535*1/GO")),
        ("Paloma Furtado-Reyes", "SPOUSE", "OX-5521-0163", "HW40158", False,
         S("1/12 97530*2/GO; 1/12 97535*2/GO")),
        ("Mateo Furtado-Reyes", "CHILD", "OX-5521-0177", "HW40203", False,
         S("1/15 97112*2/GP/CQ; 1/15 97116*1/GP/CQ; 1/19 97112*2/GP/CQ; 1/19 0552T*1")),
    ]
    cols = [("Svc Date", 40, "l"), ("Proc", 88, "l"), ("Mod", 122, "l"), ("Description", 160, "l"),
            ("Svc Cnt", 352, "r"), ("Submitted", 404, "r"), ("Allowable", 452, "r"), ("Excluded", 498, "r"),
            ("Deductible", 548, "r"), ("Coinsurance", 602, "r"), ("Benefit", 646, "r"),
            ("Member Resp", 700, "r"), ("Rsn", 712, "l")]
    t = Table(d, cols, size=8, lead=14)
    lines, claims, findings = [], [], []

    def top(doc):
        doc.text(40, "HEARTWOOD ADMINISTRATORS, INC.", "b", 12)
        doc.text(752, "OUT-OF-NETWORK REIMBURSEMENT STATEMENT", "b", 10, "r")
        doc.adv(12)
        doc.text(40, "Claims administrator for the Oxbow Tool & Die Employee Health Plan  |  Customer care (555) 010-4471",
                 "r", 7.5)
        doc.text(752, "Benefits payable to: DECLAN FURTADO-REYES  |  Check 0070213  |  02/09/26", "r", 7.5, "r")
        doc.adv(6)
        doc.hrule(lw=1, x1=40, x2=752)
        doc.adv(14)

    top(d)
    d.on_break = top
    for i, (pat, rel, clm, acct, rev, svcs) in enumerate(claims_in):
        for s in svcs:
            if s.code == "0552T":
                s.denied = "PR"
            commercial(s, st, deny_reason="204")
            s.excl = s.not_covered
        if rev:
            svcs = [negate(s) for s in svcs]
        d.need(80)
        d.rect(38, d.y - 10, 716, 14, fill=0.85, stroke=False)
        d.text(42, f"Claimant: {pat}   Relationship: {rel}", "b", 8)
        d.text(430, f"Claim Ref: {clm}", "b", 8)
        d.text(750, f"Patient Control No.: {acct}", "r", 8, "r")
        d.adv(14)
        if rev:
            d.text(42, "REVERSAL OF PREVIOUSLY PROCESSED CLAIM - SEE REPROCESSED CLAIM BELOW", "i", 7.5)
            d.adv(12)
        t.head(rule=True)
        for s in svcs:
            d.need(14)
            rsn = "X7" if s.not_covered else ("D1" if s.deductible else "")
            t.row([dfmt(s.dos, "mdy2"), s.code, "/".join(s.mods), s.desc, units_str(s.units) if not rev
                   else "-" + units_str(s.units), M(s.billed), M(s.allowed), M(s.not_covered), M(s.deductible),
                   M(s.coinsurance), M(s.paid), M(s.owes), rsn])
            lines.append(truth_line(d.page, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "allowed", "not_covered", "deductible", "coinsurance", "paid",
                                             "patient_owes"), remarks=[rsn] if rsn else [],
                                    overrides={"units": ("-" if rev else "") + units_str(s.units)}))
        b, al, nc, de, ci, pd, ow = tot(svcs, "billed", "allowed", "not_covered", "deductible", "coinsurance", "paid",
                                       "owes")
        ppd = pd
        if i == 3:  # PLANTED: the printed benefit total is 12.00 above the lines
            ppd = pd + Decimal("12.00")
            findings.append({"kind": "claim_total_mismatch", "claim_id": acct, "payer_claim_id": clm,
                             "field": "paid", "printed": T(ppd), "lines_sum": T(pd)})
        d.hrule(-8, 0.4, 300, 752)
        t.row(["", "", "", "CLAIM TOTALS", "", M(b), M(al), M(nc), M(de), M(ci), M(ppd), M(ow), ""], "b")
        d.adv(8)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": {
            "billed": T(b), "allowed": T(al), "paid": T(ppd), "patient_owes": T(ow)}})
    legend = [("D1", "Applied to the out-of-network deductible."),
              ("X7", "Service is excluded under the plan document; the member is responsible.")]
    d.need(40)
    d.text(40, "REASON CODES", "b", 8)
    d.adv(11)
    for k, v in legend:
        d.text(44, f"{k}  {v}", "r", 7.5)
        d.adv(10)
    footer(d, "HWA-OON-STMT  Page {p} of {n}")
    fmt = dict(money=lambda v: money(Decimal(v), ",", "trail"),
               date=lambda ln: dfmt(date.fromisoformat(ln["service_date"]), "mdy2"),
               code=lambda ln: [ln["code"]] + (["/".join(ln["modifiers"])] if ln["modifiers"] else []),
               units=lambda u: u, cost_share=False)
    return d, "fpdf2", lines, claims, legend, findings, "commercial out-of-network reimbursement statement", fmt


# ================================================================================================ m1
def lay_m1():
    d = Doc("djserif", top=46, bottom=48)
    M = lambda x: money(x, "$")  # noqa: E731
    st = PlanState(ded_left=Decimal("40.00"))
    pat = "HAROLD T. VENKATESAN"
    provs = [
        ("Northgate Rehabilitation Partners", "(555) 013-2290", "12260050123450",
         S("1/5 97161*1/GP; 1/5 97110*2/GP; 1/8 97110*2/GP/KX; 1/8 97140*1/GP; 1/12 97110*3/GP/KX; "
           "1/12 97112*1/GP; 1/15 97110*2/GP/KX; 1/15 97530*1/GP; 1/15 0552T*1")),
        ("Lakeshore Hand & Upper Limb Clinic", "(555) 013-8801", "12260050877120",
         S("1/9 97165*1/GO; 1/9 97760*1/GO; 1/9 L3807*1/RT; 1/22 97530*2/GO; 1/22 97140*1/GO/59; 1/29 97530*2/GO")),
        ("Fennimore Internal Medicine", "(555) 013-4478", "12260051002003", S("1/20 99213*1; 1/20 G0283*1")),
    ]
    lines, claims = [], []
    d.text(40, "Medicare Summary Notice", "b", 18)
    d.adv(16)
    d.text(40, "for Part B (Medical Insurance)", "r", 11)
    d.adv(20)
    d.text(40, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", "i",
           7.5)
    d.adv(22)
    d.rect(330, d.y - 12, 242, 124, fill=None)
    yb = d.y
    for txt in ("HAROLD T. VENKATESAN", "508 CORMORANT WAY APT 3", "PELLSTON BAY, MI 49799"):
        d.text(40, txt, "r", 9)
        d.adv(12)
    d.adv(10)
    d.text(40, "Medicare Number  XXXXX-XX47W2", "r", 8.5)
    d.adv(12)
    d.text(40, "This notice is for  February 1, 2026 - April 30, 2026", "r", 8.5)
    d.text(338, "Your Deductible Status", "b", 9, y=yb)
    d.text(338, "You have now met $257.00 of your", "r", 8, y=yb + 13)
    d.text(338, "$257.00 Part B deductible for 2026.", "r", 8, y=yb + 24)
    d.text(338, "Total You May Be Billed", "b", 9, y=yb + 46)
    d.adv(60)
    for _, _, _, svcs in provs:
        for s in svcs:
            if s.code == "0552T":
                s.denied = "PR"
            medicare(s, st)
    tmb = sum((total(sv, "owes") for *_, sv in provs), ZERO)
    d.text(338, M(tmb), "b", 14, y=yb + 66)
    d.text(338, "See claim details starting on page 2.", "i", 7.5, y=yb + 84)
    d.text(40, "Did Medicare Approve All Services?  NO  (1 service was denied)", "b", 9)
    d.adv(14)
    d.text(40, "Number of Claims Processed:  3", "r", 9)
    d.adv(20)
    d.text(40, "If you want to appeal, follow the steps on the last page by July 30, 2026.", "r", 8.5)
    d.adv(12)
    d.text(40, "Call 1-800-555-0186 with questions. TTY users call 1-877-555-0102.", "r", 8.5)
    d.new_page()
    cols = [("Service\ndate", 40, "l"), ("Service Provided &\nBilling Code", 86, "l"), ("Service\nApproved?", 286, "c"),
            ("Amount\nProvider\nCharged", 346, "r"), ("Medicare-\nApproved\nAmount", 410, "r"),
            ("Medicare\nPaid", 468, "r"), ("Maximum You\nMay Be\nBilled", 530, "r"), ("See\nNotes", 540, "l")]
    t = Table(d, cols, size=7.5, lead=10.5)
    cur = {}

    def top(doc):
        doc.text(40, "Your Claims & Costs This Period", "b", 12)
        doc.text(572, "HAROLD T. VENKATESAN", "r", 8, "r")
        doc.adv(8)
        doc.hrule(lw=1.4, x1=40, x2=572)
        doc.adv(16)

    def brk(doc):
        top(doc)
        if cur:
            doc.text(40, f"{cur['prov']} (continued)  Claim Number: {cur['clm']}", "b", 8.5)
            doc.adv(14)
            t.head()
    top(d)
    d.on_break = brk
    for prov, ph, clm, svcs in provs:
        d.need(90)
        cur.update(prov=prov, clm=clm)
        d.text(40, prov, "b", 10)
        d.adv(11)
        d.text(40, f"{ph}    Service Provided By: {prov}    Claim Number: {clm}", "r", 7.5)
        d.adv(10)
        d.text(40, "Assigned?  Yes     Referred by: Vera Ashcombe, MD", "r", 7.5)
        d.adv(14)
        t.head()
        for s in svcs:
            d.need(22)
            words = f"{s.desc} ({'-'.join((s.code,) + s.mods)})"
            note = "C" if s.denied else ("A" if s.deductible else "")
            approved = "No" if s.denied else "Yes"
            first, rest = (words, "") if len(words) < 40 else (words[:words.rfind(" (")], words[words.rfind(" (")+1:])
            if rest:
                d.text(86, first, "r", 7.5)
                d.adv(9.5)
            t.row([dfmt(s.dos, "mdy2"), rest or first, approved, M(s.billed), M(s.allowed), M(s.paid), M(s.owes),
                   note])
            lines.append(truth_line(d.page, s, claim_id=None, payer_claim_id=clm, patient=pat, units=False,
                                    printed=("billed", "allowed", "paid", "patient_owes"),
                                    remarks=[note] if note else []))
        b, al, pd, ow = tot(svcs, "billed", "allowed", "paid", "owes")
        d.hrule(-8, 0.4, 40, 572)
        t.row(["", "Total for this claim", "", M(b), M(al), M(pd), M(ow), ""], "b")
        d.adv(10)
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": pat, "totals": {
            "billed": T(b), "allowed": T(al), "paid": T(pd), "patient_owes": T(ow)}})
        cur.clear()
    legend = [("A", "This approved amount was applied toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this item because it is not considered proven effective. You may be "
                    "billed."), ]
    d.need(50)
    d.text(40, "Notes for Claims Above", "b", 9)
    d.adv(12)
    for k, v in legend:
        d.text(44, f"{k}  {v}", "r", 7.5)
        d.adv(10)
    footer(d, "HAROLD T. VENKATESAN  |  Page {p} of {n}")
    fmt = dict(money=lambda v: money(Decimal(v), "$"),
               date=lambda ln: dfmt(date.fromisoformat(ln["service_date"]), "mdy2"),
               code=lambda ln: ["(" + "-".join([ln["code"]] + ln["modifiers"]) + ")"], cost_share=False)
    return d, "fpdf2", lines, claims, legend, [], "Medicare Summary Notice Part B", fmt


# ================================================================================================ m2
def lay_m2():
    d = Doc("djcond", top=44, bottom=46)
    M = lambda x: money(x, "$")  # noqa: E731
    pat = "Loretta M. Quackenbush"
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.58"))
    cl = [("MA26-0092204", "Halvorsen Speech & Swallow Center", "HSS-0871",
           S("1/16 92526*1/GN; 1/23 92507*1/GN; 1/23 92526*1/GN")),
          ("MA26-0093318", "Sutter Creek Outpatient Therapy", "SCOT-221946",
           S("1/6 97163*1/GP; 1/6 97110*2/GP; 1/8 97110*2/GP; 1/8 97116*1/GP; 1/13 97110*2/GP; 1/13 97112*1/GP; "
             "1/15 97110*2/GP/CQ; 1/15 97140*1/GP/CQ; 1/20 97110*2/GP/CQ; 1/20 97116*1/GP/CQ; 1/22 97110*2/GP/CQ; "
             "1/22 97112*1/GP/CQ; 1/27 97530*2/GP; 1/27 97150*1/GP; 1/29 97110*2/GP; 1/29 97140*1/GP; "
             + series("2/3 2/5 2/10 2/12 2/17 2/19 2/24 2/26 3/3", "97110*2/GP/CQ; 97116*1/GP/CQ"))),
          ("MA26-0094450", "Sutter Creek Outpatient Therapy", "SCOT-222310",
           S("2/3 97110*2/GP; 2/3 G0283*1/GP")),
          ]
    cols = [("Date", 40, "l"), ("Medical service or supply", 100, "l"), ("Qty", 306, "r"),
            ("Provider's\ncharge", 360, "r"), ("Plan-approved\namount", 420, "r"), ("Plan\npaid", 470, "r"),
            ("Your\nshare", 520, "r"), ("See\nnote", 532, "l")]
    t = Table(d, cols, size=8.5, lead=15)
    lines, claims = [], []
    cur = {}

    def top(doc):
        doc.rect(36, doc.y - 14, 540, 22, fill=0.15, stroke=False)
        doc.text(44, "SILVERLEAF ADVANTAGE (HMO)", "b", 12, gray=1)
        doc.text(568, "Part C Explanation of Benefits", "b", 9, "r", gray=1)
        doc.adv(22)
        doc.text(40, "Member: Loretta M. Quackenbush   Member ID: SLA-77104836   Reporting month: January 2026", "r", 8)
        doc.adv(16)

    def head(c, cont=False):
        d.rect(36, d.y - 10, 540, 26, fill=None)
        d.text(42, f"Claim ID: {c[0]}" + ("  (continued)" if cont else ""), "b", 8.5)
        d.text(300, f"Provider: {c[1]}", "r", 8)
        d.adv(11)
        d.text(42, f"Your account with this provider: {c[2]}", "r", 7.5)
        d.text(300, "Network status: In network", "r", 7.5)
        d.adv(17)
        t.head(fill=0.9)

    def brk(doc):
        top(doc)
        if cur:
            head(cur["c"], cont=True)
    top(d)
    d.text(40, "Your medical claims this month", "b", 11)
    d.adv(14)
    d.text(40, "This is not a bill. It tells you what Silverleaf Advantage paid and what your share is.", "i", 8)
    d.adv(18)
    d.on_break = brk
    for c in cl:
        svcs = c[3]
        for s in svcs:
            if s.code == "97150":
                s.denied = "CO"
            commercial(s, st)
        d.need(70)
        cur["c"] = c
        head(c)
        for s in svcs:
            d.need(12)
            note = "N2" if s.denied else ("N1" if s.copay else "")
            t.row([dfmt(s.dos, "mon"), f"{'-'.join((s.code,) + s.mods)} {s.desc}", units_str(s.units), M(s.billed),
                   M(s.allowed), M(s.paid), M(s.owes), note])
            lines.append(truth_line(d.page, s, claim_id=c[2], payer_claim_id=c[0], patient=pat,
                                    printed=("billed", "allowed", "paid", "patient_owes"),
                                    remarks=[note] if note else []))
        b, al, pd, ow = tot(svcs, "billed", "allowed", "paid", "owes")
        d.hrule(-8, 0.4)
        t.row(["", "Claim total", "", M(b), M(al), M(pd), M(ow), ""], "b")
        d.adv(12)
        claims.append({"claim_id": c[2], "payer_claim_id": c[0], "patient": pat, "totals": {
            "billed": T(b), "allowed": T(al), "paid": T(pd), "patient_owes": T(ow)}})
        cur.clear()
    legend = [("N1", "Your $20 copay for an outpatient therapy visit."),
              ("N2", "Group sessions are not covered under your plan. This provider is in network and may not bill "
                     "you.")]
    d.need(40)
    d.text(40, "Notes", "b", 9)
    d.adv(11)
    for k, v in legend:
        d.text(44, f"{k}  {v}", "r", 7.5)
        d.adv(10)
    footer(d, "Y0877_EOB26_M  Page {p} of {n}")
    fmt = dict(money=lambda v: money(Decimal(v), "$"), date=lambda ln: dfmt(date.fromisoformat(ln["service_date"]),
               "mon"), code=lambda ln: ["-".join([ln["code"]] + ln["modifiers"])], units=lambda u: u, cost_share=False)
    return d, "reportlab", lines, claims, legend, [], "Medicare Advantage HMO member EOB", fmt


# ================================================================================================ d1
def lay_d1():
    d = Doc("courier", landscape=True, top=36, bottom=36)
    M = lambda x: money(x, ",")  # noqa: E731
    paid = [("WHITCOMB, JALEN", "771044821", "2026019004417", "PT11802",
             S("1/5 97530*4/GO; 1/5 97535*2/GO; 1/7 97530*3/GO; 1/9 97530*4/GO/59; 1/9 97112*2/GO")),
            ("ABERNATHY-OKAFOR, ZOE", "771093310", "2026019004418", "PT11875",
             S("1/6 92523*1/GN; 1/8 92507*1/GN; 1/13 92507*1/GN; 1/15 92507*1/GN; 1/20 92507*1/GN; 1/22 92507*1/GN; "
               "1/27 92507*1/GN; 1/29 92507*1/GN")),
            ("PRZYBYLSKI, NOEL", "771120457", "2026019004420", "PT12004",
             S("1/12 97166*1/GO; 1/12 97530*2/GO; 1/14 97530*3/GO; 1/16 97530*3/GO; 1/19 97530*3/GO/KX; "
               "1/21 97110*2/GO; 1/23 97110*2/GO; 1/26 97760*2/GO; 1/26 L3807*1/LT"))]
    denied = [("DELACROIX, MIRABEL", "771150902", "2026019004431", "PT12019",
               S("1/14 97165*1/GO; 1/14 97530*2/GO"))]
    adjusted = [("WHITCOMB, JALEN", "771044821", "2026012003310", "PT11802", True, S("12/29 97530*4/GO")),
                ("WHITCOMB, JALEN", "771044821", "2026019004452", "PT11802", False, S("12/29 97530*3/GO"))]
    cols = [("LN", 40, "l"), ("DOS", 62, "l"), ("PROC", 118, "l"), ("M1", 160, "l"), ("M2", 182, "l"),
            ("UNITS", 240, "r"), ("BILLED", 310, "r"), ("ALLOWED", 380, "r"), ("PAID", 446, "r"),
            ("CARC", 460, "l"), ("CARC AMT", 556, "r"), ("EOB", 572, "l")]
    t = Table(d, cols, size=7.5, lead=10)
    lines, claims = [], []
    sec = {"name": ""}

    def top(doc):
        doc.text(40, "STATE OF NORTH PLAINS  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", "b", 8.5)
        doc.adv(11)
        doc.text(40, "REMITTANCE ADVICE        PROVIDER: WILLOWBEND THERAPY GROUP LLC   PROV NO: 0048817202   "
                 "RA NO: 0026104   WARRANT/EFT: 00913447   DATE: 02/06/2026", "r", 7.5)
        doc.adv(10)
        doc.hrule(x1=40, x2=752)
        doc.adv(14)
        if sec["name"]:
            doc.text(40, f"*** {sec['name']} ***" + (" (CONTINUED)" if doc.y < 80 else ""), "b", 8.5)
            doc.adv(13)

    top(d)
    d.on_break = top

    def claim(c, kind, void=False):
        name, rid, tcn, acct, svcs = c
        for s in svcs:
            if kind == "DENIED":
                s.denied = "CO"
                medicaid(s, deny_reason="16")
            else:
                medicaid(s)
        if void:
            svcs[:] = [negate(s) for s in svcs]
        d.need(50)
        d.text(40, f"RECIPIENT NAME: {name:<24} RECIP ID: {rid}   TCN: {tcn}   PATIENT ACCT: {acct}"
               + ("   VOID" if void else ""), "b", 7.5)
        d.adv(11)
        t.head(style="r", rule=False)
        for n, s in enumerate(svcs, 1):
            if d.need(12):
                t.head(style="r", rule=False)
            g, r, a = s.adjs[0] if s.adjs else ("", "", None)
            eob = "0413" if kind == "DENIED" else ("0960" if void else "")
            t.row([f"{n:02d}", dfmt(s.dos, "mdy4"), s.code, s.mods[0] if s.mods else "",
                   s.mods[1] if len(s.mods) > 1 else "", f"{s.units:.2f}" if not void else f"-{s.units:.2f}",
                   M(s.billed), M(s.allowed), M(s.paid), f"{g}{r}" if g else "", M(a) if a is not None else "", eob])
            lines.append(truth_line(d.page, s, claim_id=acct, payer_claim_id=tcn, patient=name,
                                    printed=("billed", "allowed", "paid"), adjustments=s.adjs,
                                    remarks=[eob] if eob else [],
                                    overrides={"units": ("-" if void else "") + units_str(s.units)}))
        b, al, pd = tot(svcs, "billed", "allowed", "paid")
        t.row(["", "CLAIM TOTAL", "", "", "", "", M(b), M(al), M(pd), "", "", ""], "b")
        d.adv(6)
        claims.append({"claim_id": acct, "payer_claim_id": tcn, "patient": name, "totals": {
            "billed": T(b), "allowed": T(al), "paid": T(pd), "patient_owes": None}})
        return pd

    for name, group in (("CLAIMS PAID", paid), ("CLAIMS DENIED", denied)):
        sec["name"] = name
        d.need(60)
        d.text(40, f"*** {name} ***", "b", 8.5)
        d.adv(13)
        ps = sum((claim(c, name.split()[1]) for c in group), ZERO)
        d.text(40, f"TOTAL {name}: {len(group)}    TOTAL PAID: {M(ps)}", "b", 7.5)
        d.adv(16)
    sec["name"] = "ADJUSTED CLAIMS"
    d.need(60)
    d.text(40, "*** ADJUSTED CLAIMS ***", "b", 8.5)
    d.adv(13)
    net = ZERO
    for name, rid, tcn, acct, void, svcs in adjusted:
        net += claim((name, rid, tcn, acct, svcs), "PAID", void=void)
    d.text(40, f"NET ADJUSTMENT: {M(net)}", "b", 7.5)
    d.adv(16)
    legend = [("0413", "SERVICE NOT PRIOR AUTHORIZED FOR THIS RECIPIENT."),
              ("0960", "CLAIM VOIDED AND REPLACED BY THE TCN THAT FOLLOWS.")]
    sec["name"] = ""
    d.need(40)
    d.text(40, "EOB CODE DESCRIPTIONS", "b", 8)
    d.adv(11)
    for k, v in legend:
        d.text(40, f"{k}  {v}", "r", 7.5)
        d.adv(10)
    footer(d, "RA0026104  PAGE {p} OF {n}")
    fmt = dict(money=lambda v: money(Decimal(v), ","), date=lambda ln: dfmt(date.fromisoformat(ln["service_date"]),
               "mdy4"), code=lambda ln: [ln["code"]] + ln["modifiers"],
               units=lambda u: (f"-{Decimal(u[1:]):.2f}" if u.startswith("-") else f"{Decimal(u):.2f}"),
               adj=lambda g, c, a: [f"{g}{c}", money(Decimal(a), ",")], adj_complete=True)
    return d, "reportlab", lines, claims, legend, [], "state Medicaid remittance advice (mainframe)", fmt


# ================================================================================================ d2
def lay_d2():
    d = Doc("djmono", top=40, bottom=44)
    M = lambda x: money(x, "")  # noqa: E731
    cl0 = [("26-033-0417721-00", "MR-30877", "FAIRWEATHER, ODESSA K", "PAID",
           S("1/6 97167*1/GO; 1/6 97530*3/GO; 1/8 97530*4/GO; 1/8 97535*2/GO; 1/13 97530*4/GO; 1/13 97129*2/GO; "
             "1/15 97530*4/GO; 1/15 97535*2/GO; 1/20 97530*3/GO/59; 1/20 97140*2/GO/59; 1/22 97530*4/GO; "
             "1/22 97129*2/GO; 1/27 97530*4/GO; 1/27 97535*2/GO; 1/29 97530*3/GO; 1/29 97168*1/GO; "
             "2/3 97530*4/GO; 2/3 97535*2/GO; 2/5 97530*4/GO; 2/5 97129*2/GO; "
             + series("2/10 2/12 2/17 2/19 2/24 2/26 3/3", "97530*4/GO; 97535*2/GO"))),
          ("26-033-0417730-00", "MR-31102", "TRAN-HOLLOWAY, BEAU", "PAID",
           S("1/9 92523*1/GN; 1/16 92507*1/GN; 1/23 92507*1/GN; 1/30 92507*1/GN")),
          ("26-033-0417744-00", "MR-31388", "GUNDERSEN, ILSE", "DENIED", S("1/14 97110*2/GP; 1/14 97112*2/GP"))]
    cl = [cl0[1], cl0[2], cl0[0]]
    cols = [("LN", 36, "l"), ("SVC DATE", 54, "l"), ("PROC-MOD", 112, "l"), ("QTY", 196, "r"),
            ("CHARGE", 256, "r"), ("ALLOWED", 316, "r"), ("PAID", 372, "r"), ("ADJ", 384, "l"),
            ("ADJ AMT", 496, "r"), ("RMK", 508, "l")]
    t = Table(d, cols, size=7.5, lead=13.5)
    lines, claims = [], []
    cur = {}

    def top(doc):
        doc.text(36, "LAKEHAVEN STATE MEDICAID - PROVIDER REMITTANCE ADVICE", "b", 9)
        doc.adv(11)
        doc.text(36, "PAYEE: RIVERSTONE CHILD & ADULT THERAPY  NPI 1902846671", "r", 7)
        doc.adv(9)
        doc.text(36, "PAYMENT DATE 02/10/2026  REMIT SEQ 000418  EFT TRACE 7730015526", "r", 7)
        doc.adv(6)
        doc.hrule(x1=36, x2=576)
        doc.adv(14)

    def brk(doc):
        top(doc)
        if cur:
            doc.text(36, f"ICN {cur['icn']}  (CONTINUED FROM PREVIOUS PAGE)", "b", 7.5)
            doc.adv(12)
            t.head()
    top(d)
    d.on_break = brk
    for icn, mrn, name, status, svcs in cl:
        for s in svcs:
            if status == "DENIED":
                s.denied = "CO"
                medicaid(s, deny_reason="197")
            else:
                medicaid(s)
        d.need(70)
        cur["icn"] = icn
        d.rect(34, d.y - 9, 544, 24, fill=None)
        d.text(38, f"ICN {icn}   MED REC NO {mrn}", "b", 7.5)
        d.text(572, f"STATUS: {status}", "b", 7.5, "r")
        d.adv(11)
        d.text(38, f"RECIPIENT {name}   ID 400{icn[7:13]}   BILL TYPE PROF", "r", 7)
        d.adv(16)
        t.head()
        for n, s in enumerate(svcs, 1):
            d.need(12)
            g, r, a = s.adjs[0] if s.adjs else ("", "", None)
            rmk = "N54" if status == "DENIED" else ""
            t.row([str(n), dfmt(s.dos, "mdy4"), "-".join((s.code,) + s.mods), units_str(s.units), M(s.billed),
                   M(s.allowed), M(s.paid), f"{g}-{r}" if g else "", M(a) if a is not None else "", rmk])
            lines.append(truth_line(d.page, s, claim_id=mrn, payer_claim_id=icn, patient=name,
                                    printed=("billed", "allowed", "paid"), adjustments=s.adjs,
                                    remarks=[rmk] if rmk else []))
        b, al, pd = tot(svcs, "billed", "allowed", "paid")
        d.hrule(-7, 0.3, 200, 576)
        t.row(["", "", "CLAIM TOTAL", "", M(b), M(al), M(pd), "", "", ""], "b")
        d.adv(8)
        claims.append({"claim_id": mrn, "payer_claim_id": icn, "patient": name, "totals": {
            "billed": T(b), "allowed": T(al), "paid": T(pd), "patient_owes": None}})
        cur.clear()
    legend = [("N54", "Prior approval on file does not cover this service.")]
    d.need(30)
    d.text(36, "REMARK CODES:  N54 - " + legend[0][1], "r", 7)
    footer(d, "PAGE {p} OF {n}")
    fmt = dict(money=lambda v: money(Decimal(v), ""), date=lambda ln: dfmt(date.fromisoformat(ln["service_date"]),
               "mdy4"), code=lambda ln: ["-".join([ln["code"]] + ln["modifiers"])], units=lambda u: u,
               adj=lambda g, c, a: [f"{g}-{c}", money(Decimal(a), "")], adj_complete=True)
    return d, "fpdf2", lines, claims, legend, [], "state Medicaid remittance advice (claim detail)", fmt


# ================================================================================================ r1
def spr_date(dd: date) -> str:
    return f"{dd:%m%d} {dd:%m%d%y}"


def lay_r1():
    d = Doc("libmono", landscape=True, top=36, bottom=36)
    M = lambda x: money(x, "")  # noqa: E731
    st = PlanState(ded_left=Decimal("60.00"))
    cl = [("KOWALCZYK, EDNA", "1EG4TE5MK73", "EK0412", "0226034117320",
           S("1/5 97165*1/GO; 1/5 97530*2/GO; 1/7 97530*2/GO/KX; 1/7 97535*1/GO; 1/12 97530*2/GO/KX; 1/12 97140*1/GO; "
             "1/14 97530*3/GO/KX; 1/14 97535*1/GO; 1/19 97530*2/GO/KX; 1/19 97760*1/GO; 1/21 97530*2/GO/KX; "
             "1/21 97535*1/GO; 1/26 97530*2/GO/KX; 1/26 97140*1/GO; 1/28 97530*2/GO/KX; 1/28 0552T*1")),
          ("MBEKI-LAWSON, ARTHUR", "2TW8NM1QA40", "AM0977", "0226034117355",
           S("1/8 97161*1/GP; 1/8 97110*2/GP; 1/15 97110*2/GP/CQ; 1/15 97116*1/GP/CQ")),
          ("OYELOWO, GRACE", "5HC2RP7JD16", "GO1150", "0226034117402",
           S("1/9 92523*1/GN; 1/16 92507*1/GN; 1/23 92507*1/GN"))]
    cl = [cl[1], cl[0], cl[2]]
    X = dict(perf=46, date=112, pos=200, nos=222, proc=244, mods=286, billed=392, allowed=446, ded=494,
             coins=540, grp=552, prov=752)
    hdr = [("PERF PROV", X["perf"] - 6, "l"), ("SERV DATE", X["date"], "l"), ("POS", X["pos"], "l"),
           ("NOS", X["nos"], "l"), ("PROC", X["proc"], "l"), ("MODS", X["mods"], "l"),
           ("BILLED", X["billed"], "r"), ("ALLOWED", X["allowed"], "r"), ("DEDUCT", X["ded"], "r"),
           ("COINS", X["coins"], "r"), ("GRP/RC-AMT", X["grp"], "l"), ("PROV PD", X["prov"], "r")]
    t = Table(d, hdr, size=7, lead=9.5)
    lines, claims = [], []
    cur = {}

    def top(doc):
        doc.text(40, "CLEARPATH EDI SERVICES  -  MEDICARE PART B REMITTANCE (STANDARD PAPER FORMAT)", "b", 8)
        doc.adv(10)
        doc.text(40, "PAYER: GREAT LAKES MEDICARE ADMINISTRATIVE CONTRACTOR J-6   PROVIDER #: 8821407   "
                 "CHECK/EFT #: 771204488   DATE: 02/04/2026", "r", 7)
        doc.adv(10)
        doc.text(40, "PAYEE: MERIDEN FALLS REHAB ASSOCIATES   NPI: 1649300218", "r", 7)
        doc.adv(12)
        t.head(style="r", rule=False)
        doc.adv(-2)
        doc.hrule(-8, x1=40, x2=752)
        doc.adv(2)

    def chead(c, cont=False):
        d.text(40, f"NAME {c[0]:<22} HIC {c[1]}  ACNT {c[2]:<8} ICN {c[3]}  ASG Y  MOA MA01 MA18"
               + ("  (CONT)" if cont else ""), "r", 7)
        d.adv(11)

    def brk(doc):
        top(doc)
        if cur:
            chead(cur["c"], cont=True)
    top(d)
    d.on_break = brk
    for c in cl:
        svcs = c[4]
        for s in svcs:
            if s.code == "0552T":
                s.denied = "CO"
            medicare(s, st, deny_reason="50")
        d.need(40)
        cur["c"] = c
        chead(c)
        for s in svcs:
            d.need(10 + 9.5 * len(s.adjs))
            row = ["1649300218", spr_date(s.dos), "11", units_str(s.units), s.code, " ".join(s.mods), M(s.billed),
                   M(s.allowed), M(s.deductible), M(s.coinsurance)]
            first = s.adjs[0]
            row += [f"{first[0]}-{first[1]}  {M(first[2])}", M(s.paid)]
            t.row(row)
            for g, r, a in s.adjs[1:]:
                d.text(X["grp"], f"{g}-{r}  {M(a)}", "r", 7)
                d.adv(9.5)
            lines.append(truth_line(d.page, s, claim_id=c[2], payer_claim_id=c[3], patient=c[0],
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, service_end=s.dos,
                                    remarks=[]))
        b, al, de, ci, pd, ow = tot(svcs, "billed", "allowed", "deductible", "coinsurance", "paid", "owes")
        d.need(24)
        d.text(40, f"PT RESP {M(ow):>10}", "r", 7)
        t.row(["", "", "", "", "", "CLAIM TOTALS", M(b), M(al), M(de), M(ci),
               "", M(pd)])
        d.text(40, f"ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00   NET {M(pd)}", "r", 7)
        d.adv(14)
        claims.append({"claim_id": c[2], "payer_claim_id": c[3], "patient": c[0], "totals": {
            "billed": T(b), "allowed": T(al), "paid": T(pd), "patient_owes": T(ow)}})
        cur.clear()
    legend = [("CO-45", "Charge exceeds the fee schedule; provider write-off."), ("PR-1", "Deductible."),
              ("PR-2", "Coinsurance."), ("CO-253", "Sequestration reduction."),
              ("CO-50", "Not medically necessary per the payer; provider write-off.")]
    d.need(30)
    d.text(40, "GLOSSARY: " + "   ".join(f"{k} {v}" for k, v in legend[:3]), "r", 6.5)
    d.adv(9)
    d.text(40, "          " + "   ".join(f"{k} {v}" for k, v in legend[3:]), "r", 6.5)
    footer(d, "CLEARPATH EDI  PAGE {p} OF {n}")
    fmt = dict(money=lambda v: money(Decimal(v), ""), date=lambda ln: spr_date(date.fromisoformat(ln["service_date"])),
               code=lambda ln: [ln["code"]] + ([" ".join(ln["modifiers"])] if ln["modifiers"] else []),
               units=lambda u: u, adj=lambda g, c, a: [f"{g}-{c}", money(Decimal(a), "")], adj_complete=True)
    return d, "fpdf2", lines, claims, legend, [], "Medicare-style standard paper remit (clearinghouse)", fmt


# ================================================================================================ r2
def lay_r2():
    d = Doc("helvetica", landscape=True, top=36, bottom=40)
    M = lambda x: money(x, ",", "()")  # noqa: E731
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.66"))
    cl = [("Abigail Stroud-Nakamura", "A-118204", "EV26013300871", "Processed as Primary", False,
           S("1/6 97166*1/GO; 1/6 97530*2/GO; 1/9 97530*2/GO; 1/9 97112*1/GO/59; 1/13 97530*3/GO")),
          ("Wendell Obi", "A-118377", "EV26012900114", "Reversal of Previous Payment", True,
           S("1/7 97110*3/GP; 1/7 97140*1/GP")),
          ("Wendell Obi", "A-118377", "EV26013300902", "Processed as Primary", False,
           S("1/7 97110*3/GP; 1/7 97140*1/GP/59")),
          ("Cordelia Vasquez-Lindgren", "A-118415", "EV26013300955", "Denied", False,
           S("1/16 97535*2/GO; 1/16 97129*2/GO")),
          ("Ruben Achebe-Moss", "A-118422", "EV26013301010", "Processed as Primary", False,
           S("1/20 92507*1/GN; 1/20 99213*1"))]
    cols = [("DOS", 40, "l"), ("CPT", 92, "l"), ("Mod", 130, "l"), ("Units", 186, "r"), ("Charge", 250, "r"),
            ("Allowed", 312, "r"), ("Deduct", 368, "r"), ("Coins", 420, "r"), ("Copay", 470, "r"),
            ("Adj", 484, "l"), ("Adj Amt", 572, "r"), ("Paid", 636, "r"), ("Rmk", 650, "l")]
    t = Table(d, cols, size=7.5, lead=12)
    lines, claims = [], []

    def top(doc):
        doc.text(40, "TheraDesk PM  \u2022  ERA Remittance Detail", "b", 12)
        doc.text(752, "Printed 02/12/2026 08:41 by jmarsh", "r", 7, "r")
        doc.adv(13)
        doc.text(40, "Practice: Juniper Flats Therapy & Wellness   Payer: Evergreen Shield Insurance Co.   "
                 "EFT Trace: 1EV0088217364   Payment Date: 02/09/2026", "r", 8)
        doc.adv(16)
    top(d)
    d.on_break = top
    for pat, acct, clm, status, rev, svcs in cl:
        for s in svcs:
            if status == "Denied":
                s.denied = "CO"
            commercial(s, st, deny_reason="197")
        if rev:
            svcs = [negate(s) for s in svcs]
        d.need(30 + 24 * len(svcs))
        d.rect(38, d.y - 10, 716, 14, fill=0.88, stroke=True)
        d.text(44, f"Patient: {pat}", "b", 8)
        d.text(250, f"Acct #: {acct}", "r", 8)
        d.text(380, f"Payer Claim #: {clm}", "r", 8)
        d.text(750, f"Status: {status}", "r", 8, "r")
        d.adv(18)
        t.head(rule=True)
        for s in svcs:
            rmk = "N20" if status == "Denied" else ("M15" if "59" in s.mods else "")
            y0 = d.y
            g0 = s.adjs[0]
            t.row([dfmt(s.dos, "mdy4"), s.code, ",".join(s.mods), units_str(s.units) if not rev else
                   "-" + units_str(s.units), M(s.billed), M(s.allowed), M(s.deductible), M(s.coinsurance),
                   M(s.copay), f"{g0[0]}-{g0[1]}", M(g0[2]), M(s.paid), rmk])
            for g, r, a in s.adjs[1:]:
                d.text(484, f"{g}-{r}", "r", 7.5)
                d.text(572, M(a), "r", 7.5, "r")
                d.adv(12)
            d.hrule(-9, 0.25, 40, 752, gray=0.6)
            lines.append(truth_line(d.page if y0 <= d.y else d.page - 1, s, claim_id=acct, payer_claim_id=clm,
                                    patient=pat, printed=("billed", "allowed", "deductible", "coinsurance", "copay",
                                                         "paid"),
                                    adjustments=s.adjs, remarks=[rmk] if rmk else [],
                                    overrides={"units": ("-" if rev else "") + units_str(s.units)}))
        b, al, pd = tot(svcs, "billed", "allowed", "paid")
        t.row(["Claim Totals", "", "", "", M(b), M(al), "", "", "", "", "", M(pd), ""], "b")
        d.adv(8)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": {
            "billed": T(b), "allowed": T(al), "paid": T(pd), "patient_owes": None}})
    legend = [("M15", "Separately billed services were bundled/reviewed."), ("N20", "Service not paid separately.")]
    d.need(30)
    d.text(40, "Remark codes: M15 - " + legend[0][1] + "   N20 - " + legend[1][1], "r", 7)
    footer(d, "TheraDesk PM  |  Page {p} of {n}")
    fmt = dict(money=lambda v: money(Decimal(v), ",", "()"),
               date=lambda ln: dfmt(date.fromisoformat(ln["service_date"]), "mdy4"),
               code=lambda ln: [ln["code"]] + ([",".join(ln["modifiers"])] if ln["modifiers"] else []),
               units=lambda u: u, adj=lambda g, c, a: [f"{g}-{c}", money(Decimal(a), ",", "()")],
               adj_complete=True)
    return d, "reportlab", lines, claims, legend, [], "practice-management ERA remittance detail", fmt


# ================================================================================================ s1
def lay_s1():
    d = Doc("libsans", top=40, bottom=46)
    M = lambda x: money(x, ",")  # noqa: E731
    st = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.75"))
    visits = [
        ("INV-30412", "Soren Lindqvist", "Tamarack Health Plan", "TH-9920-11806", S("1/5 97165*1/GO; 1/5 97530*2/GO")),
        ("INV-30455", "Soren Lindqvist", "Tamarack Health Plan", "TH-9920-11931",
         S("1/8 97530*3/GO; 1/8 97535*1/GO")),
        ("INV-30461", "Astrid Lindqvist", "Tamarack Health Plan", "TH-9920-11947",
         S("1/8 92523*1/GN; 1/12 92507*1/GN; 1/15 92507*1/GN")),
        ("INV-30502", "Soren Lindqvist", "Tamarack Health Plan", "TH-9920-12210",
         S("1/12 97530*2/GO/59; 1/12 97112*1/GO; 1/15 97530*3/GO; 1/15 97140*1/GO")),
        ("INV-30517", "Priya Lindqvist", "Tamarack Health Plan", "TH-9920-12254",
         S("1/14 97161*1/GP; 1/14 97110*2/GP; 1/21 97110*2/GP; 1/21 97140*1/GP")),
        ("INV-30560", "Astrid Lindqvist", "Tamarack Health Plan", "TH-9920-12618",
         S("1/19 92507*1/GN; 1/22 92507*1/GN; 1/26 92507*1/GN; 1/29 92507*1/GN; 1/29 97530*1/GO")),
        ("INV-30588", "Soren Lindqvist", "Tamarack Health Plan", "TH-9920-12702",
         S("1/19 97530*2/GO; 1/22 97530*3/GO; 1/22 97535*1/GO; 1/26 97530*2/GO; 1/29 97168*1/GO")),
    ]
    cols = [("Date", 44, "l"), ("Code", 96, "l"), ("Qty", 150, "r"), ("Description", 162, "l"),
            ("Charge", 392, "r"), ("Ins Paid", 444, "r"), ("Ins Adj", 496, "r"), ("Your Balance", 568, "r")]
    t = Table(d, cols, size=7.5, lead=11)
    lines, claims = [], []

    def colhead(doc):
        doc.text(44, "Lindqvist family account 88120 (continued)", "b", 8)
        doc.adv(14)
        t.head(fill=0.9)
    M2 = M
    # tear-off stub
    d.text(44, "CANOPY KIDS & FAMILY THERAPY", "b", 12)
    d.adv(11)
    d.text(44, "1180 Marrowstone Ave, Suite 210, Ferrisburg, VT 05456  \u00b7  Billing office (555) 014-6630", "r", 7.5)
    d.adv(16)
    sy = d.y
    d.rect(330, sy - 10, 246, 62, fill=None)
    for i, (k, v) in enumerate((("Statement Date", "02/14/2026"), ("Account No.", "88120"),
                                ("Amount Due", "see below"), ("Amount Enclosed", "$__________"))):
        d.text(338, k, "b", 8, y=sy + 4 + i * 13)
        d.text(568, v, "r", 8, "r", y=sy + 4 + i * 13)
    for i, s in enumerate(("Priya Lindqvist", "47 Fiddlehead Road", "Ferrisburg, VT 05456")):
        d.text(44, s, "r", 9, y=sy + 8 + i * 12)
    d.adv(62)
    d.text(44, "Please detach and return the top portion with your payment. Make checks payable to Canopy Kids & "
           "Family Therapy.", "i", 7)
    d.adv(6)
    d.line(36, d.y, 576, d.y, 0.6, 0.5)
    d.adv(18)
    d.text(44, "Guarantor: Priya Lindqvist    Account 88120    Patients on this account: Soren, Astrid, Priya", "r", 8)
    d.adv(16)
    t.head(fill=0.9)
    d.on_break = colhead
    bal_all = ZERO
    for inv, pat, ins, clm, svcs in visits:
        for s in svcs:
            commercial(s, st)
        d.need(40)
        d.text(44, f"{inv}  \u2014  {pat}  \u2014  billed to {ins}, claim {clm}", "b", 7.5)
        d.adv(11)
        for s in svcs:
            d.need(12)
            adj = s.billed - s.paid - s.owes
            t.row([dfmt(s.dos, "mdyn"), "".join((s.code,) + s.mods), units_str(s.units), s.desc, M(s.billed),
                   M(s.paid), M(adj), M(s.owes)])
            lines.append(truth_line(d.page, s, claim_id=inv, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "paid", "patient_owes")))
        b, pd, ow = tot(svcs, "billed", "paid", "owes")
        t.row(["", "", "", "Visit subtotal", M(b), M(pd), M(b - pd - ow), M(ow)], "b")
        bal_all += ow
        claims.append({"claim_id": inv, "payer_claim_id": clm, "patient": pat, "totals": {
            "billed": T(b), "allowed": None, "paid": T(pd), "patient_owes": T(ow)}})
        if inv == "INV-30455":
            t.row(["1/20/2026", "", "", "Payment - thank you (card ending 4410)", "", "", "", M2(-Decimal("25.00"))],
                  "i")
            bal_all -= Decimal("25.00")
        d.adv(4)
    d.need(40)
    d.hrule(-6, 1)
    d.text(44, "ACCOUNT BALANCE DUE", "b", 9)
    d.text(568, "$" + M(bal_all), "b", 9, "r")
    d.adv(14)
    d.text(44, "Questions? Call our billing office. Payment plans are available.", "i", 7.5)
    footer(d, "Canopy Kids & Family Therapy  \u00b7  Account 88120  \u00b7  Page {p} of {n}")
    fmt = dict(money=lambda v: money(Decimal(v), ","), date=lambda ln: dfmt(date.fromisoformat(ln["service_date"]),
               "mdyn"), code=lambda ln: ["".join([ln["code"]] + ln["modifiers"])], units=lambda u: u)
    return d, "reportlab", lines, claims, [], [], "therapy clinic family statement", fmt


# ================================================================================================ s2
REV = {"97110": "0420", "97112": "0420", "97116": "0420", "97140": "0420", "97161": "0424", "97163": "0424",
       "97530": "0430", "97535": "0430", "97165": "0434", "97760": "0430", "L3807": "0274", "92507": "0440",
       "92523": "0444", "G0283": "0420", "97150": "0430", "97166": "0434"}


def lay_s2():
    d = Doc("djcond", top=40, bottom=46)
    M = lambda x: money(x, ",")  # noqa: E731
    accts0 = [
        ("HA-7740198", "Nell Achterberg", "Bluestem Health Cooperative", "BHC-26-0051877",
         S("1/6 97163*1/GP; 1/6 97110*2/GP; 1/8 97110*2/GP; 1/8 97116*1/GP; 1/13 97110*3/GP; 1/13 G0283*1/GP; "
           "1/15 97112*2/GP; 1/15 97140*1/GP/59; 1/20 97110*2/GP; 1/20 97116*1/GP; 1/22 97110*2/GP; 1/22 97112*1/GP; "
           "1/27 97110*2/GP; 1/27 97140*1/GP; 1/29 97110*3/GP; 1/29 97116*1/GP; 2/3 97110*2/GP; 2/3 97112*2/GP; "
           "2/5 97110*2/GP; 2/5 G0283*1/GP; " + series("2/10 2/12 2/17 2/19 2/24", "97110*2/GP; 97116*1/GP")), Decimal("0.52"), True),
        ("HA-7740233", "Felix Achterberg", "Bluestem Health Cooperative", "BHC-26-0052240",
         S("1/9 97165*1/GO; 1/9 97760*1/GO; 1/9 L3807*1/RT; 1/16 97530*2/GO; 1/23 97530*2/GO"), Decimal("0.61"),
         False),
        ("HA-7740301", "Raymond Achterberg", "Bluestem Health Cooperative", "BHC-26-0053015",
         S("1/21 92523*1/GN; 1/28 92507*1/GN"), Decimal("0.55"), False),
    ]
    accts = [accts0[1], accts0[0], accts0[2]]
    cols = [("Date", 40, "l"), ("Rev", 88, "l"), ("CPT/HCPCS", 116, "l"), ("Mod", 164, "l"), ("Description", 196, "l"),
            ("Qty", 470, "r"), ("Charges", 568, "r")]
    t = Table(d, cols, size=8, lead=15)
    lines, claims = [], []
    cur = {}

    def top(doc):
        doc.text(40, "ST. AUDRA REGIONAL MEDICAL CENTER", "b", 12)
        doc.text(572, "Patient Statement", "b", 10, "r")
        doc.adv(11)
        doc.text(40, "Outpatient Rehabilitation Services  \u00b7  900 Larchmont Parkway, Deane City, KS 66012", "r", 7.5)
        doc.text(572, "Guarantor: Raymond Achterberg   Guarantor No. G-310882", "r", 7.5, "r")
        doc.adv(6)
        doc.hrule(lw=0.8, x1=40, x2=572)
        doc.adv(14)

    def brk(doc):
        top(doc)
        if cur:
            doc.text(40, f"Hospital Account {cur['a']}  \u2014  Patient: {cur['p']}  (continued)", "b", 8)
            doc.adv(13)
            t.head(rule=True)
    top(d)
    d.text(40, "Summary of account activity for services through February 5, 2026.  Statement date: 02/16/2026", "r",
           8)
    d.adv(18)
    d.on_break = brk
    due = ZERO
    for acct, pat, ins, clm, svcs, rate, corr in accts:
        d.need(80)
        cur.update(a=acct, p=pat)
        d.rect(38, d.y - 10, 536, 26, fill=0.92, stroke=False)
        d.text(44, f"Hospital Account {acct}   Patient: {pat}", "b", 8.5)
        d.adv(11)
        d.text(44, f"Primary insurance: {ins}   Claim no. {clm}   Billed 02/09/2026", "r", 7.5)
        d.adv(17)
        t.head(rule=True)
        rows = list(svcs)
        if corr:
            wrong = Svc(date(2026, 1, 15), "97530", Decimal("1"), ("GP",))
            rows.insert(8, wrong)
            fix = negate(wrong)
            fix.desc = "Charge correction: " + wrong.desc.lower()
            rows.insert(9, fix)
        for s in rows:
            d.need(12)
            desc = LONG_DESC.get(s.code, s.desc) if s.billed > 0 else s.desc
            if len(desc) > 60:
                desc = desc[:desc.rfind(" ", 0, 58)] + " ..."
            t.row([dfmt(s.dos, "mdy4"), REV[s.code], s.code, " ".join(s.mods), desc,
                   ("-" if s.billed < 0 else "") + units_str(s.units), M(s.billed)])
            tl = truth_line(d.page, s, claim_id=acct, payer_claim_id=clm, patient=pat, printed=("billed",),
                            overrides={"units": ("-" if s.billed < 0 else "") + units_str(s.units)})
            tl["description"] = desc
            lines.append(tl)
        b = total(rows, "billed")
        paid = q(b * rate)
        adj = q(b * Decimal("0.30"))
        owe = b - paid - adj
        d.need(50)
        d.hrule(-7, 0.4, 40, 572)
        t.row(["", "", "", "", "Total charges", "", M(b)], "b")
        t.row(["02/13/2026", "", "", "", f"{ins} payment", "", M(-paid)])
        t.row(["02/13/2026", "", "", "", f"{ins} contractual adjustment", "", M(-adj)])
        t.row(["", "", "", "", "Account balance (your responsibility)", "", M(owe)], "b")
        due += owe
        d.adv(8)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": {
            "billed": T(b), "allowed": None, "paid": None, "patient_owes": None}})
        cur.clear()
    d.need(30)
    d.rect(380, d.y - 12, 192, 20, fill=0.85, stroke=True)
    d.text(388, "TOTAL AMOUNT DUE", "b", 9)
    d.text(566, "$" + M(due), "b", 9, "r")
    footer(d, "St. Audra Regional Medical Center  \u00b7  Page {p} of {n}")
    fmt = dict(money=lambda v: money(Decimal(v), ","), date=lambda ln: dfmt(date.fromisoformat(ln["service_date"]),
               "mdy4"), code=lambda ln: [ln["code"]] + ([" ".join(ln["modifiers"])] if ln["modifiers"] else []),
               units=lambda u: u)
    return d, "fpdf2", lines, claims, [], [], "hospital outpatient family statement", fmt


LAYOUTS = {"h129_c1": lay_c1, "h129_c2": lay_c2, "h129_m1": lay_m1, "h129_m2": lay_m2, "h129_d1": lay_d1,
           "h129_d2": lay_d2, "h129_r1": lay_r1, "h129_r2": lay_r2, "h129_s1": lay_s1, "h129_s2": lay_s2}
FMTS: dict[str, dict] = {}


def build(out: Path) -> list[Path]:
    written = []
    for name, fn in LAYOUTS.items():
        doc, producer, lines, claims, legend, findings, desc, fmt = fn()
        path = out / f"{name}.pdf"
        if producer == "reportlab":
            render_rl(doc, path, desc)
        else:
            render_fpdf(doc, path, desc, FIXED_WHEN)
        write_truth(path, name, producer, len(doc.pages), desc, lines, claims, legend, findings)
        fmt.setdefault("units", lambda u: u)
        fmt.setdefault("adj", lambda g, c, a: [])
        fmt.setdefault("rem", lambda r: r)
        FMTS[name] = fmt
        written.append(path)
    return written


def check(out: Path) -> list[str]:
    errs = []
    for name, fmt in FMTS.items():
        errs += [f"{name}: {e}" for e in check_file(out / f"{name}.pdf", fmt)]
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        print("usage: make_heldout129_pdfs.py OUT_DIR [--check]")
        return 2
    out = Path(args[0])
    samples = (REPO / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    written = build(out)
    import json
    for p in written:
        tr = json.loads(Path(str(p) + ".truth.json").read_text())
        print(f"{p.name}: {tr['producer']}, {tr['pages']} pages, {len(tr['lines'])} lines, {len(tr['claims'])} claims")
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("CHECK:", e)
        print(f"check: {len(written)} layouts, {len(errs)} problems")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
