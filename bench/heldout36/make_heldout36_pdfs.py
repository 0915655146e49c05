"""Write the THIRTY-SIXTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
independent measurement of the PDF reader on the five commonest real document kinds (commercial member EOBs,
Medicare Summary Notice / Medicare Advantage member EOBs, state Medicaid remittance advices, Medicare-style paper
remits reprinted by a clearinghouse or practice-management system, family statements from a therapy clinic or a
hospital), two house styles each, none of them copied from sets 1-35. Written without looking at the reader, its
tests or its docs, and without running the reader on these files.

Run:  python bench/heldout36/make_heldout36_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout36/make_heldout36_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (done by someone else, once)

Refuses to write under samples/. Never commit the PDFs this writes. Drawing (one set of drawing operations rendered
by reportlab invariant=1 or fpdf2 with a fixed creation date) and the self-check live in bench/heldout36/h36kit.py;
the service records, plan arithmetic, formats and the truth writer are samples/pdf/eobgen.py's, imported.
Truth format: the one of samples/pdf (<name>.pdf.truth.json), printed values only, null for what a layout does not
print (units null where no quantity is printed; modifiers [] where none are printed); description is null
throughout. claim_id = the provider's own account / patient-control / visit / hospital-account number printed with
the claim (null where none is: the Medicare Summary Notice, one hospital-outpatient claim in c1), payer_claim_id =
the payer's claim number / ICN / TCN, patient = the person who got the service exactly as printed (capitals and
"LAST, FIRST" where printed so; not the subscriber, employee or guarantor unless the same person). Where a line
prints From and To (or SPR "MMDD MMDDYY"), service_end is the To / Thru date. Adjustments only where a group and
reason code are printed with the line (uncoded "price reduction" / "insurance adjustment" columns give []). Printed
note / remark / EOB codes on a row are its remarks. A line whose insurance result is printed "Pending" has paid and
patient_owes null. Every name, number, payer, provider, address and ID is invented; descriptions are our own words.

Layouts (10 files, 278 service lines, 22 pages; a claim continues onto the next page in c2, m2, d2, p2, s2):
  c1  commercial PPO family member EOB, reportlab portrait Liberation Sans 6.9 pt: subscriber box, family
      "benefits adding up" table (four members), grey bars "Services for <NAME> (Daughter)" + "Claim #", provider /
      patient account # / received line, Date(s) 01/05/26 / What was done (wrapped long wording) / Code "97530 GO 59"
      / Provider charged / Price reduction / Plan allowance / Not covered / Toward deductible / Copay / Coinsurance /
      Plan paid / Your share / Why codes, $ money, a not-covered (patient's) line, a visit-limit denial, a claim
      without provider account number, claim totals, "Why" legend, no units printed
  c2  employer-plan "Health Benefits Statement" from a TPA, fpdf2 landscape DejaVu Serif Condensed: dark banner,
      member bands "<NAME> · Son", claim lines "Claim <no.> Received ... Provider ... Provider's patient no. ...",
      Service date 01/05/2026 / Service / CPT/HCPCS + Mod "GP,59" / Qty / Billed / Member rate / Not payable /
      Deductible / Copay / Coinsurance / Plan paid / You owe / Remark, no-$ money, per-code copays, a prior-approval
      denial and an excluded service, three family members, a claim continued on page 2 under "(continued from
      previous page)"; PLANTED claim-total mismatch (You owe total of claim 2601-47720-00)
  m1  Medicare Summary Notice Part B, reportlab portrait DejaVu Serif: dashboard page 1 (deductible status, "Did
      Medicare approve all services?", total you may be billed, providers list), then shaded claim heads (date
      "January 6, 2026", provider, referred by, assignment, Claim Number), Service Provided & Billing Code with the
      code at the end of wrapped wording "(97110-GP-KX)" / Amount Provider Charged / Medicare-Approved Amount / Amount
      Medicare Paid / Maximum You May Be Billed / See Notes "A, B, D", per-claim totals, a not-covered line, a
      deductible-only claim paying $0.00, lettered notes; the line date is printed only in the claim head
  m2  Medicare Advantage HMO-POS monthly member EOB, fpdf2 portrait Liberation Serif: member box, shaded claim heads
      (Claim ID / Provider / Provider's reference no. / network status), Date of service "Jan 5, 2026" / Service you
      received / Code "97110 GP CQ" / Qty / Provider's charge / Plan's allowed amount / Plan's share / Your share /
      Note, $30 per-visit copay on the first line of a visit, a bundled $0 line, a no-prior-approval denial, claim
      totals, a claim continued on page 2 with its head repeated "(continued)", numbered notes
  d1  state Medicaid fee-for-service REMITTANCE ADVICE, reportlab landscape Liberation Sans Narrow (proportional):
      payee / RA number heads, "*** CLAIMS PAID / DENIED / ADJUSTED ***" bands, claim head line RECIPIENT NAME "LAST,
      FIRST" / RECIPIENT ID / PATIENT NO / ICN / CLAIM STATUS / BILLED ... PAID, LN / FROM DOS / TO DOS 01/05/26 /
      PROC MOD / UNITS "2.00" / BILLED AMT / ALLOWED AMT / TPL AMT / CO-PAY / PAID AMT / EOB CODES (state 4-digit codes),
      plain money without thousands separators, a void with trailing-minus amounts "160.00-" and its replacement,
      denials (eligibility, authorization), RA summary and EOB code descriptions
  d2  state Medicaid "PROVIDER REMITTANCE ADVICE - PROFESSIONAL CLAIMS", fpdf2 portrait core Helvetica: boxed
      billing-provider / RA head, shaded claim bars (TCN / Recipient "LAST, FIRST M" / Medicaid ID / Pt Acct No /
      Claim Status), Ln / Dates of Service as weekly spans "01/05/26-01/09/26" with summed units (service_end) /
      Procedure / Mods "92507 GN U1" / Units / Charged / Allowed / TPL / Paid / Adj Grp / CARC / Amount "CO 45 12.30"
      stacked per line (CO 119 unit cap, CO 97 bundled line) / RARC / Line Status, a denied claim (CO 16), claim
      totals, a claim continued on page 2, payment summary and code glossary
  p1  Medicare Part B standard paper remit REPRINTED by a clearinghouse, reportlab landscape core Courier 8 pt:
      contractor / provider / PROVIDER # / CHECK/EFT # heads on every page, PERF PROV / SERV DATE "0105 010526" / POS /
      NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT (CO-45, PR-1, PR-2, CO-253 stacked) / PROV PD,
      "REM:" lines, NAME / MID / ACNT / ICN / ASG / MOA claim lines, PT RESP + CLAIM TOTALS + NET, a PR-96 not-covered
      line, a CO-50 denial, a reversal (MOA MA67, negative amounts) and its correction claim, totals and glossary
  p2  practice-management "ERA Payment Detail" of a Medicare Part B payment, fpdf2 portrait DejaVu Sans Condensed:
      grey patient bars ("LAST, FIRST M" / Acct# / Payer Claim# / status), DOS "1/6/2026" / CPT / Mod / Units /
      Charge / Allowed / Deduct / Coins / Adjustments stacked "CO-45 / PR-2 / CO-253" with amounts / Paid / Remark /
      Posted, assistant (CQ / CO modifier) reduced lines, a CO-18 duplicate denial, claim totals, check totals, a
      claim continued on page 2 under a repeated bar "- continued -"
  s1  pediatric therapy clinic family STATEMENT to a guarantor, reportlab portrait DejaVu Sans Condensed: statement
      box (amount due), "Account activity" table Date / Patient "Osei-Marsh, Kofi" / Description / CPT / Mod / Units /
      Charge / Insurance paid / Insurance adjustment (negative, uncoded) / Your balance, visit sub-heads "Visit <no.>
      - <insurer>, claim # <no.>" (commercial and Medicaid managed-care children), visits still "awaiting insurer"
      printed "Pending" (no insurer claim number), three children, no per-visit totals, table heading repeated on
      page 2, aging boxes; no claim totals are printed (claims list empty)
  s2  hospital PATIENT STATEMENT to a guarantor, fpdf2 landscape Liberation Serif: shaded right sidebar (guarantor,
      help text), boxed hospital-account heads (Hospital Account / Patient "LAST, FIRST" / department / dates / primary
      insurance claim no.), Post Date / Service Date 01/05/26 / Rev / CPT/HCPCS "97530-GO" / upper-case Description /
      Qty / Charges, then account-level insurer payment and contractual adjustment rows (not service lines: the lines
      carry billed only), account total charges and balance, mother and two children, an account continued on
      page 2 "(continued)"

The self-check (--check) tests the factory, not the reader (pdfplumber on the written files): page counts; for every
truth line, its date (or From-To / SPR date pair), code + modifiers as the layout prints them, units and every
printed amount are found as whole tokens on ONE text line of its page (two neighbouring lines for m1, whose code
ends wrapped wording), remark codes on the row (on the page for p1 "REM:" lines and m1 notes), adjustment codes and
amounts on the page, claim / payer ids and patients in the text layer; billed - adjustments = paid where every
adjustment is printed with its amount; allowed - deductible - copay - coinsurance = paid where all are printed and
no sequestration applies; printed claim totals = the sum of their lines and appear in the text, unless the mismatch
is the planted expected finding, which must really be a mismatch; legend codes printed.
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

import eobgen  # noqa: E402
from eobgen import (ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare,  # noqa: E402
                    money, negate, q, total, truth_line, write_truth)
from h36kit import Doc, check_file  # noqa: E402

# A few codes the shared charge master lacks (invented fees, our own wording).
for _c, _fee, _sch, _d in (("97533", "90.00", "31.50", "Sensory integration activities"),
                           ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
                           ("97750", "140.00", "38.90", "Physical performance test"),
                           ("29125", "120.00", "52.60", "Forearm splint application, static"),
                           ("G0151", "150.00", "64.00", "Home health PT visit, 15 min")):
    eobgen.FEE.setdefault(_c, _fee)
    eobgen.SCHED.setdefault(_c, _sch)
    eobgen.DESC.setdefault(_c, _d)

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


def D(day: int, month: int = 1) -> date:
    return date(2026, month, day)


def S(day, code, units=1, mods=(), denied=None, month=1, end=None) -> Svc:
    s = Svc(D(day, month), code, Decimal(str(units)), tuple(mods), denied=denied)
    if end:
        s.end = D(end, month)
    return s


def M(style):
    return lambda d: money(d, style)


class Flow:
    """A y cursor over pages: header_fn(doc) draws page furniture and returns the first free y; cont(y) redraws a
    continued table's heading."""

    def __init__(self, doc: Doc, header_fn, bottom: float):
        self.doc, self.header_fn, self.bottom, self.cont = doc, header_fn, bottom, None
        self.new()

    def new(self):
        self.doc.new_page()
        self.y = self.header_fn(self.doc)
        if self.cont:
            self.y = self.cont(self.y)

    def need(self, h: float):
        if self.y + h > self.bottom:
            self.new()


def col_heads(doc, y, cols, font, size, lead=None):
    """cols: (key, header, x, align). Headers may hold '\\n'; returns y below the heading."""
    lead = lead or size + 1.5
    n = max(h.count("\n") + 1 for _, h, _, _ in cols)
    for _, h, x, al in cols:
        parts = h.split("\n")
        off = n - len(parts)
        for i, p in enumerate(parts):
            doc.text(x, y + (off + i) * lead, p, font, size, al)
    return y + (n - 1) * lead


def row(doc, y, cols, vals, font, size):
    for key, _, x, al in cols:
        v = vals.get(key)
        if v:
            doc.text(x, y, v, font, size, al)


def page_numbers(doc, fmt, x, y, font, size, align="r"):
    n = len(doc.pages)
    for i in range(n):
        doc.pages[i].append(("t", x - (0 if align == "l" else
                                       __import__("h36kit").width(fmt.format(i + 1, n), font, size)),
                             y, fmt.format(i + 1, n), font, size))


def short(t, maxw, font, size):
    """Cut a description at a word or comma boundary so it fits maxw points."""
    from h36kit import width
    while width(t, font, size) > maxw and " " in t:
        t = t.rsplit(" ", 1)[0].rstrip(",")
    return t


def T(lines, doc, s, cid, pcid, pat, printed, **kw):
    kw.setdefault("description", False)
    lines.append(truth_line(doc.pno, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed, **kw))


def CT(cid, pcid, pat, **tot):
    return {"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": claim_totals(**tot)}


SPECS: dict[str, dict] = {}
LAYOUTS: list = []


def layout(name, spec):
    def deco(fn):
        SPECS[name] = spec
        LAYOUTS.append((name, fn))
        return fn
    return deco


# =========================================================================================== c1
C1_PRINTED = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
              "patient_owes")


@layout("c1_commercial_family_eob", dict(date=lambda d: dfmt(d, "mdy2"), money=M("$"),
                                         code=lambda c, m: " ".join((c,) + tuple(m)), units=str,
                                         row_fields=C1_PRINTED))
def c1(out: Path):
    """Commercial PPO member EOB to a subscriber for a family, reportlab portrait Liberation Sans."""
    doc = Doc(*LETTER)
    F, FB, SZ = "LS", "LS-B", 6.9
    cols = [("d", "Date(s)", 36, "l"), ("w", "What was done", 72, "l"), ("c", "Code", 190, "l"),
            ("billed", "Provider\ncharged", 262, "r"), ("discount", "Price\nreduction", 300, "r"),
            ("allowed", "Plan\nallowance", 338, "r"), ("not_covered", "Not\ncovered", 374, "r"),
            ("deductible", "Toward\ndeductible", 414, "r"), ("copay", "Copay", 446, "r"),
            ("coinsurance", "Coin-\nsurance", 482, "r"), ("paid", "Plan\npaid", 520, "r"),
            ("owes", "Your\nshare", 556, "r"), ("why", "Why", 562, "l")]

    def header(d: Doc):
        d.text(36, 44, "NORTHGATE MUTUAL", "LS-B", 15)
        d.text(36, 56, "HEALTH PLAN  \u2022  Choice PPO", "LS", 8)
        d.text(576, 42, "Explanation of Benefits", "LS-B", 12, "r")
        d.text(576, 54, "THIS IS NOT A BILL", "LS-B", 8, "r")
        d.line(36, 64, 576, 64, 1.2)
        d.text(36, 766, "Northgate Mutual Health Plan, PO Box 4471, Harrow Falls, OH 43918  \u2022  Member services "
               "1-877-555-0142 (TTY 711)  \u2022  Statement date January 22, 2026", F, 6.2)
        return 80

    fl = Flow(doc, header, 740)
    d = doc
    d.text(36, 86, "MARISOL ALVAREZ-KRANE", F, 8.5)
    d.text(36, 96, "2217 BARTLETT RIDGE RD", F, 8.5)
    d.text(36, 106, "HARROW FALLS OH 43920-1184", F, 8.5)
    d.rect(360, 76, 216, 58, fill=0.93)
    for i, (k, v) in enumerate((("Subscriber", "Marisol Alvarez-Krane"), ("Member ID", "NMH448120937"),
                                ("Group", "0071552  Keystone Tool & Die"), ("Statement period", "Jan 1 - Jan 21, 2026"))):
        d.text(366, 88 + i * 11, k + ":", FB, 7.4)
        d.text(446, 88 + i * 11, v, F, 7.4)
    y = 150
    d.text(36, y, "How your family's benefits are adding up (2026 plan year, in-network)", FB, 8.5)
    acc = [("Family member", 36, "l"), ("Deductible met", 250, "r"), ("Deductible limit", 330, "r"),
           ("Out-of-pocket met", 430, "r"), ("Out-of-pocket limit", 520, "r")]
    y += 12
    for h, x, al in acc:
        d.text(x, y, h, FB, 7, al)
    d.line(36, y + 3, 576, y + 3, 0.4)
    fam = [("Marisol Alvarez-Krane (Self)", "$0.00", "$0.00"), ("Tomas Alvarez-Krane (Spouse)", "$220.00", "$220.00"),
           ("Sophie Alvarez-Krane (Daughter)", "$300.00", "$412.18"), ("Mateo Alvarez-Krane (Son)", "$148.40", "$171.92")]
    for name, dm, om in fam:
        y += 10
        for v, (h, x, al) in zip((name, dm, "$750.00", om, "$4,500.00"), acc):
            d.text(x, y, v, F, 7, al)
    fl.y = y + 20
    lines, claims = [], []
    LEG = {"P1": "Your plan's network price is lower than the charge; you do not pay the reduction.",
           "D2": "This amount counts toward your deductible.",
           "N8": "This service is not covered under your benefit plan. The provider may bill you for it.",
           "V4": "Visits above your plan's yearly therapy visit limit are not covered; the network provider may "
                 "not bill you for them.",
           "C3": "A fixed copay applies to this kind of visit."}
    members = {"SOPHIE ALVAREZ-KRANE": PlanState(ded_left=Decimal("300.00"), coins_rate=Decimal("0.20")),
               "MATEO ALVAREZ-KRANE": PlanState(ded_left=Decimal("148.40"), coins_rate=Decimal("0.20")),
               "TOMAS ALVAREZ-KRANE": PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.20"),
                                                copay_codes={"99213": Decimal("35.00")})}
    data = [
        ("SOPHIE ALVAREZ-KRANE", "Daughter", "Brightpath Kids Therapy, LLC", "BKT-20571", "26014-882103-00",
         [S(5, "97166", 1, ("GO",)), S(5, "97530", 2, ("GO",)), S(7, "97530", 2, ("GO",)), S(7, "97533", 1, ("GO",)),
          S(12, "97530", 2, ("GO",)), S(12, "97535", 1, ("GO",)), S(14, "97530", 2, ("GO", "59")),
          S(14, "97140", 1, ("GO",)), S(19, "97533", 1, ("GO",), denied="PR")]),
        ("MATEO ALVAREZ-KRANE", "Son", "Brightpath Kids Therapy, LLC", "BKT-20588", "26015-113947-00",
         [S(6, "92523", 1), S(8, "92507", 1, ("GN",)), S(13, "92507", 1, ("GN",)), S(15, "92507", 1, ("GN",)),
          S(16, "92526", 1, ("GN",)), S(20, "92507", 1, ("GN",), denied="CO")]),
        ("TOMAS ALVAREZ-KRANE", "Spouse", "Riverside Orthopaedic & Hand Center", "RO-7716042", "26016-440218-00",
         [S(9, "99213", 1), S(9, "97760", 1, ("GO",)), S(9, "L3807", 1, ("RT",)), S(16, "97110", 2, ("GO",)),
          S(16, "97140", 1, ("GO", "59")), S(21, "97110", 2, ("GO",)), S(21, "97112", 1, ("GO",))]),
        ("SOPHIE ALVAREZ-KRANE", "Daughter", "Lakeview Children's Hospital Outpatient Rehab", None,
         "26018-902611-00", [S(17, "97165", 1, ("GO",)), S(17, "97110", 1, ("GO",))]),
    ]
    for pat, rel, prov, acct, clm, svcs in data:
        st = members[pat]
        for s in svcs:
            commercial(s, st, deny_reason="96")
        bar = f"Services for {pat} ({rel})"

        def cont(y, bar=bar, clm=clm):
            doc.rect(36, y - 8, 540, 11, fill=0.86, stroke=False)
            doc.text(40, y, bar + "  (continued)", FB, 7.6)
            doc.text(572, y, "Claim # " + clm, FB, 7.6, "r")
            return col_heads(doc, y + 12, cols, FB, 6.4) + 11

        fl.need(48)
        y = fl.y
        d.rect(36, y - 8, 540, 11, fill=0.86, stroke=False)
        d.text(40, y, bar, FB, 7.6)
        d.text(572, y, "Claim # " + clm, FB, 7.6, "r")
        info = f"Provider: {prov} (in network)"
        if acct:
            info += f"    Patient account #: {acct}"
        info += "    Received 01/22/2026" if clm.startswith("26018") else "    Received 01/20/2026"
        d.text(40, y + 11, info, F, 6.8)
        fl.y = col_heads(d, y + 24, cols, FB, 6.4) + 11
        fl.cont = cont
        for s in svcs:
            w = doc.wrap(eobgen.LONG_DESC.get(s.code, s.desc) if s.code in ("97140", "97535", "97760") else s.desc,
                         F, SZ, 112)
            fl.need(9 * len(w) + 2)
            why = []
            if s.denied == "PR":
                why = ["N8"]
            elif s.denied == "CO":
                why = ["V4"]
            else:
                why.append("P1")
                if s.deductible:
                    why.append("D2")
                if s.copay:
                    why.append("C3")
            vals = {"d": dfmt(s.dos, "mdy2"), "c": " ".join((s.code,) + s.mods), "why": " ".join(why)}
            for k in ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
                      "owes"):
                vals[k] = money(getattr(s, k), "$")
            row(d, fl.y, cols, vals, F, SZ)
            for i, t in enumerate(w):
                d.text(72, fl.y + 9 * i, t, F, SZ)
            T(lines, d, s, acct, clm, pat, C1_PRINTED, units=False, remarks=why)
            fl.y += 9 * len(w) + 1.5
        fl.cont = None
        fl.need(14)
        d.line(236, fl.y - 5, 576, fl.y - 5, 0.4)
        vals = {"w": "Totals for this claim"}
        for k in ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid", "owes"):
            vals[k] = money(total(svcs, k), "$")
        row(d, fl.y + 2, cols, vals, FB, SZ)
        claims.append(CT(acct, clm, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                         paid=total(svcs, "paid"), patient_owes=total(svcs, "owes")))
        fl.y += 22
    fl.need(80)
    d.text(36, fl.y, "What the codes in the \u201cWhy\u201d column mean", FB, 8.5)
    fl.y += 11
    for k, v in LEG.items():
        d.text(40, fl.y, k, FB, 7)
        d.text(62, fl.y, v, F, 7)
        fl.y += 9.5
    fl.y += 6
    for t in ("Questions about a claim? Call the number on your member ID card. You have 180 days from the date of "
              "this statement to ask us to review a decision.",):
        for w in d.wrap(t, F, 7, 540):
            d.text(36, fl.y, w, F, 7)
            fl.y += 9
    page_numbers(doc, "Page {} of {}", 576, 74, F, 7)
    pdf = out / "c1_commercial_family_eob.pdf"
    doc.save_reportlab(pdf, "Explanation of Benefits")
    write_truth(pdf, "c1", "reportlab", len(doc.pages), "commercial PPO family member EOB", lines, claims,
                list(LEG.items()))
    return pdf


# =========================================================================================== c2
C2_PRINTED = ("billed", "allowed", "paid", "deductible", "copay", "coinsurance", "not_covered", "patient_owes")


@layout("c2_employer_plan_statement", dict(date=lambda d: dfmt(d, "mdy4"), money=M(","),
                                           code=lambda c, m: c + (" " + ",".join(m) if m else ""), units=str,
                                           row_fields=C2_PRINTED, planted_field=("patient_owes",)))
def c2(out: Path):
    """Employer plan member EOB ("Health Benefits Statement"), fpdf2 landscape DejaVu Serif Condensed."""
    doc = Doc(*LAND)
    F, FB, SZ = "DSeC", "DSeC-B", 7.2
    cols = [("d", "Service date", 30, "l"), ("w", "Service", 84, "l"), ("c", "CPT/HCPCS  Mod", 226, "l"),
            ("u", "Qty", 306, "r"), ("billed", "Billed", 360, "r"), ("allowed", "Member\nrate", 412, "r"),
            ("not_covered", "Not\npayable", 460, "r"), ("deductible", "Deductible", 512, "r"),
            ("copay", "Copay", 552, "r"), ("coinsurance", "Coinsurance", 606, "r"), ("paid", "Plan\npaid", 654, "r"),
            ("owes", "You\nowe", 700, "r"), ("rm", "Remark", 712, "l")]

    def header(d: Doc):
        d.rect(0, 0, 792, 40, fill=0.22, stroke=False)
        d.text(30, 25, "Cascade Employers Health Trust", FB, 14)
        d.text(762, 18, "Health Benefits Statement", FB, 10, "r")
        d.text(762, 31, "Administered by Pinnacle Benefit Services", F, 7.5, "r")
        d.text(30, 596, "Pinnacle Benefit Services \u00b7 1180 Quarry Lane, Suite 300, Bellmont, WA 98112 \u00b7 "
               "(800) 555-0199 \u00b7 This is not a bill. Keep this statement for your records.", F, 6.5)
        return 60

    fl = Flow(doc, header, 575)
    d = doc
    d.text(30, 60, "ELENA MARCHETTI-ROWE", F, 8.5)
    d.text(30, 70, "88 WINSLOW COURT APT 4B", F, 8.5)
    d.text(30, 80, "BELLMONT WA 98115", F, 8.5)
    kv = (("Employee", "Elena Marchetti-Rowe"), ("Employee ID", "CEH-2093318"), ("Group", "CEHT-0412 Cascade Regional"),
          ("Statement date", "01/26/2026"))
    for i, (k, v) in enumerate(kv):
        d.text(520, 60 + i * 10, k, FB, 7.5)
        d.text(600, 60 + i * 10, v, F, 7.5)
    fl.y = 112
    LEG = {"R07": "Amount above the network rate; your provider agreed not to bill it.",
           "R15": "Applied to the deductible for this family member.",
           "R22": "Not payable: no prior approval was on file for this therapy. Your provider cannot bill you.",
           "R31": "Not payable: this service is excluded under your plan."}
    lines, claims, findings = [], [], []
    fam = {"Elena": PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.10")),
           "Noah": PlanState(ded_left=Decimal("125.00"), coins_rate=Decimal("0.10")),
           "Lucia": PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.10"), copay_codes={"92507": Decimal("20")})}
    members = [
        ("NOAH MARCHETTI-ROWE", "Son", "Noah", [
            ("2601-44718-02", "01/14/2026", "Cedar Hollow Therapy Group", "CH-88213",
             [S(5, "97162", 1, ("GP",)), S(5, "97110", 2, ("GP",)), S(8, "97110", 2, ("GP",)),
              S(8, "97112", 1, ("GP",)), S(12, "97110", 2, ("GP",)), S(12, "97140", 1, ("GP", "59")),
              S(15, "97116", 2, ("GP",)), S(15, "97110", 1, ("GP",))]),
            ("2601-51004-01", "01/21/2026", "Cedar Hollow Therapy Group", "CH-88377",
             [S(19, "97110", 2, ("GP",)), S(19, "97530", 1, ("GP",)), S(22, "97110", 2, ("GP",)),
              S(22, "97112", 1, ("GP",), denied="CO")]),
        ]),
        ("LUCIA MARCHETTI-ROWE", "Daughter", "Lucia", [
            ("2601-47720-00", "01/16/2026", "Talk & Play Speech Studio", "TPS-1190",
             [S(6, "92523", 1), S(9, "92507", 1), S(13, "92507", 1), S(16, "92507", 1), S(20, "92507", 1),
              S(23, "92507", 1)]),
        ]),
        ("ELENA MARCHETTI-ROWE", "Employee", "Elena", [
            ("2601-50312-00", "01/20/2026", "Bellmont Hand & Upper Extremity", "BH-20261107",
             [S(7, "97165", 1, ("GO",)), S(7, "97760", 1, ("GO",)), S(7, "L3807", 1, ("LT",)),
              S(14, "97140", 1, ("GO",)), S(14, "97110", 2, ("GO",)), S(14, "0552T", 1, denied="PR")]),
        ]),
    ]
    plant_claim = "2601-47720-00"
    for pat, rel, key, clms in members:
        fl.need(60)
        d.rect(30, fl.y - 9, 732, 13, fill=0.8, stroke=False)
        d.text(34, fl.y, f"{pat}  \u00b7  {rel}", FB, 8.5)
        fl.y += 18
        for clm, rcv, prov, ref, svcs in clms:
            for s in svcs:
                commercial(s, fam[key], deny_reason="197" if s.denied == "CO" else "96")
            fl.need(50)
            head = f"Claim {clm}   Received {rcv}   Provider: {prov}   Provider's patient no.: {ref}   In network"
            d.text(30, fl.y, head, FB, 7.4)
            d.line(30, fl.y + 3, 762, fl.y + 3, 0.3)

            def cont(y, pat=pat, clm=clm):
                doc.text(30, y, f"{pat} \u2014 Claim {clm} (continued from previous page)", FB, 7.4)
                return col_heads(doc, y + 12, cols, FB, 6.6) + 11

            fl.y = col_heads(d, fl.y + 13, cols, FB, 6.6) + 11
            fl.cont = cont
            for s in svcs:
                fl.need(10)
                rm = ["R22"] if s.denied == "CO" else ["R31"] if s.denied == "PR" else ["R07"] + (
                    ["R15"] if s.deductible else [])
                vals = {"d": dfmt(s.dos, "mdy4"), "w": short(s.desc, 128, "DSeC", 7.2), "c": s.code + ("  " + ",".join(s.mods) if s.mods else ""),
                        "u": eobgen.units_str(s.units), "rm": " ".join(rm)}
                for k in C2_PRINTED:
                    vals["owes" if k == "patient_owes" else k] = money(getattr(s, "owes" if k == "patient_owes" else k), ",")
                row(d, fl.y, cols, vals, F, SZ)
                T(lines, d, s, ref, clm, pat, C2_PRINTED, remarks=rm)
                fl.y += 9.6
            fl.cont = None
            fl.need(14)
            tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
            printed_owes = tot["owes"]
            if clm == plant_claim:
                printed_owes = tot["owes"] + Decimal("20.00")
                findings.append(f"claim-total-mismatch claim {clm}: printed You owe total {printed_owes} but the "
                                f"lines add up to {tot['owes']}")
            d.line(320, fl.y - 6, 762, fl.y - 6, 0.3)
            vals = {"w": "Claim totals", "billed": money(tot["billed"], ","), "allowed": money(tot["allowed"], ","),
                    "paid": money(tot["paid"], ","), "owes": money(printed_owes, ",")}
            row(d, fl.y + 1, cols, vals, FB, SZ)
            claims.append(CT(ref, clm, pat, billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"],
                             patient_owes=printed_owes))
            fl.y += 20
    fl.need(60)
    d.text(30, fl.y, "Remark codes", FB, 8.5)
    for k, v in LEG.items():
        fl.y += 10
        d.text(30, fl.y, k, FB, 7.2)
        d.text(58, fl.y, v, F, 7.2)
    page_numbers(doc, "Page {} of {}", 762, 50, F, 7)
    pdf = out / "c2_employer_plan_statement.pdf"
    doc.save_fpdf(pdf, "Health Benefits Statement")
    write_truth(pdf, "c2", "fpdf2", len(doc.pages), "employer plan member EOB (TPA), family", lines, claims,
                list(LEG.items()), findings)
    return pdf


# =========================================================================================== m1
M1_PRINTED = ("billed", "allowed", "paid", "patient_owes")


@layout("m1_medicare_summary_notice", dict(date=None, money=M("$"), window=2,
                                           code=lambda c, m: "(" + "-".join((c,) + tuple(m)) + ")", units=str,
                                           row_fields=M1_PRINTED, remarks_on_row=False))
def m1(out: Path):
    """Medicare Summary Notice, Part B, reportlab portrait DejaVu Serif."""
    doc = Doc(*LETTER)
    F, FB, SZ = "DSe", "DSe-B", 7.6
    NAME = "GERALD OKONKWO"

    def header(d: Doc):
        if d.pno == 1:
            return 40
        d.text(40, 40, f"{NAME}  |  Medicare Number XXX-XX-4821  |  Medicare Summary Notice for Part B", F, 7.5)
        d.line(40, 46, 572, 46, 0.6)
        return 64

    fl = Flow(doc, header, 740)
    d = doc
    d.text(40, 56, "Medicare Summary Notice", FB, 17)
    d.text(40, 72, "for Part B (Medical Insurance)", FB, 11)
    d.text(40, 86, "The official summary of your Medicare claims, mailed every 3 months", F, 8)
    d.text(40, 120, NAME, F, 9)
    d.text(40, 131, "4408 OLD MILL CROSSING", F, 9)
    d.text(40, 142, "GRANITE BEND MO 65019-2207", F, 9)
    d.rect(340, 100, 232, 70, fill=0.92)
    for i, t in enumerate(("Notice for " + NAME.title(), "Medicare Number  XXX-XX-4821",
                           "Date of This Notice  April 3, 2026", "Claims Processed Between",
                           "January 2 - March 31, 2026")):
        d.text(348, 114 + i * 11, t, FB if i == 0 else F, 8)
    svc_claims = [
        (D(6), "Granite Bend Rehabilitation Associates", "Dr. Alma Serrano", "26-0106-114208-3",
         [S(6, "97163", 1, ("GP",)), S(6, "97110", 2, ("GP", "KX"))]),
        (D(13), "Granite Bend Rehabilitation Associates", "Dr. Alma Serrano", "26-0114-220931-5",
         [S(13, "97110", 2, ("GP", "KX")), S(13, "97140", 1, ("GP", "59")), S(13, "97112", 1, ("GP",)),
          S(13, "G0283", 1, ("GP",))]),
        (D(16), "Ozark Valley Speech & Swallow Clinic", "Dr. Hugh Whitcombe", "26-0119-507714-2",
         [S(16, "92523", 1, ("GN",)), S(16, "92526", 1, ("GN",)), S(16, "92507", 1, ("GN",))]),
        (D(27), "Granite Bend Rehabilitation Associates", "Dr. Alma Serrano", "26-0128-330072-1",
         [S(27, "97110", 3, ("GP", "KX")), S(27, "97530", 1, ("GP",)), S(27, "97116", 1, ("GP", "CQ")),
          S(27, "0552T", 1, ("GP",), denied="PR"), S(27, "97140", 1, ("GP",))]),
        (D(10, 2), "Ozark Valley Speech & Swallow Clinic", "Dr. Hugh Whitcombe", "26-0212-661230-4",
         [S(10, "92507", 1, ("GN",), month=2), S(10, "92526", 1, ("GN",), month=2)]),
        (D(3, 3), "Mid-Missouri Orthotic Lab", "Dr. Alma Serrano", "26-0306-774101-9",
         [S(3, "L3807", 1, ("RT",), month=3), S(3, "97760", 2, ("GO",), month=3)]),
    ]
    st = PlanState(ded_left=Decimal("283.00"))
    for _, _, _, _, svcs in svc_claims:
        for s in svcs:
            medicare(s, st)
    grand = sum((total(x[4], "owes") for x in svc_claims), ZERO)
    y = 196
    d.rect(40, y - 12, 250, 120, fill=None)
    d.text(48, y, "Your Deductible Status", FB, 9)
    for i, t in enumerate(("Your deductible is what you must pay", "for most health services before", "Medicare pays.",
                           "You have now met $283.00 of your", "$283.00 Part B deductible for 2026.")):
        d.text(48, y + 14 + i * 10, t, F, 8)
    d.rect(310, y - 12, 262, 120, fill=0.95)
    d.text(318, y, "Did Medicare approve all services?", FB, 9)
    d.text(318, y + 14, "NO. Medicare denied 1 service. Look for NO", F, 8)
    d.text(318, y + 24, "in the claims pages.", F, 8)
    d.text(318, y + 44, "Total You May Be Billed", FB, 9)
    d.text(318, y + 58, money(grand, "$"), FB, 14)
    d.text(40, 340, "Providers with claims this period", FB, 9)
    seen = []
    for c in svc_claims:
        if c[1] not in seen:
            seen.append(c[1])
    for i, p in enumerate(seen):
        d.text(48, 354 + i * 11, p, F, 8)
    for i, t in enumerate(("Be informed! Review every line of this notice. If you see a service you did not get, call "
                           "the number below.", "Get help: 1-800-555-0163 (TTY 1-877-555-0148). Contractor: "
                           "Heartland Part B Services.")):
        d.text(40, 410 + i * 11, t, F, 7.5)
    fl.new()
    d.text(40, fl.y, "Your Claims & Costs This Period", FB, 12)
    fl.y += 18
    cols = [("w", "Service Provided &\nBilling Code", 44, "l"), ("billed", "Amount\nProvider\nCharged", 376, "r"),
            ("allowed", "Medicare-\nApproved\nAmount", 430, "r"), ("paid", "Amount\nMedicare\nPaid", 484, "r"),
            ("owes", "Maximum\nYou May\nBe Billed", 536, "r"), ("n", "See\nNotes", 544, "l")]
    lines, claims = [], []
    LEG = {"A": "This information is being sent to your supplemental insurer, if you have one. They will tell "
                "you what they will pay.",
           "B": "Your provider stated this therapy was medically needed above the yearly amount (KX).",
           "C": "Medicare does not cover this item or service. You are responsible for the full charge.",
           "D": "This amount was applied to your Part B deductible."}
    for dt, prov, ref, clm, svcs in svc_claims:
        fl.need(90)
        y = fl.y
        d.rect(40, y - 10, 532, 40, fill=0.93, stroke=False)
        d.text(44, y, dfmt(dt, "month"), FB, 9)
        d.text(44, y + 11, prov, F, 8)
        d.text(44, y + 22, f"Referred by: {ref}", F, 7.5)
        d.text(568, y, f"Service Provider Accepts Medicare Assignment", F, 7.5, "r")
        d.text(568, y + 11, f"Claim Number: {clm}", F, 7.5, "r")
        fl.y = col_heads(d, y + 42, cols, FB, 7) + 6
        d.line(40, fl.y - 3, 572, fl.y - 3, 0.5)
        fl.y += 8

        def cont(y, dt=dt, clm=clm):
            doc.text(44, y, f"{dfmt(dt, 'month')}, Claim Number {clm} (continued)", FB, 8.5)
            yy = col_heads(doc, y + 14, cols, FB, 7) + 6
            doc.line(40, yy - 3, 572, yy - 3, 0.5)
            return yy + 8

        fl.cont = cont
        for s in svcs:
            desc = eobgen.LONG_DESC.get(s.code, s.desc) + " (" + "-".join((s.code,) + s.mods) + ")"
            w = d.wrap(desc, F, SZ, 250)
            fl.need(len(w) * 9.5 + 3)
            notes = ["C"] if s.denied else (["A"] + (["B"] if "KX" in s.mods else []) + (["D"] if s.deductible else []))
            vals = {k: money(getattr(s, k), "$") for k in ("billed", "allowed", "paid", "owes")}
            vals["n"] = ", ".join(notes)
            vals["w"] = w[0]
            row(d, fl.y, cols, vals, F, SZ)
            for i, t in enumerate(w[1:], 1):
                d.text(44, fl.y + 9.5 * i, t, F, SZ)
            T(lines, d, s, None, clm, NAME, M1_PRINTED, units=False, remarks=notes)
            fl.y += 9.5 * len(w) + 3
        fl.cont = None
        fl.need(12)
        d.line(40, fl.y - 6, 572, fl.y - 6, 0.3)
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        vals = {k: money(v, "$") for k, v in tot.items()}
        vals["w"] = "Total for Claim"
        row(d, fl.y + 2, cols, vals, FB, SZ)
        claims.append(CT(None, clm, NAME, billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"],
                         patient_owes=tot["owes"]))
        fl.y += 24
    fl.need(80)
    d.text(40, fl.y, "Notes for Claims Above", FB, 10)
    fl.y += 4
    for k, v in LEG.items():
        for i, t in enumerate(d.wrap(v, F, 7.6, 500)):
            fl.y += 10
            if i == 0:
                d.text(44, fl.y, k, FB, 7.6)
            d.text(60, fl.y, t, F, 7.6)
    page_numbers(doc, "Page {} of {}", 572, 770, F, 7.5)
    pdf = out / "m1_medicare_summary_notice.pdf"
    doc.save_reportlab(pdf, "Medicare Summary Notice")
    write_truth(pdf, "m1", "reportlab", len(doc.pages), "Medicare Summary Notice Part B", lines, claims,
                list(LEG.items()))
    return pdf


# =========================================================================================== m2
M2_PRINTED = ("billed", "allowed", "paid", "patient_owes")


@layout("m2_medicare_advantage_eob", dict(date=lambda d: dfmt(d, "mon"), money=M("$"),
                                          code=lambda c, m: " ".join((c,) + tuple(m)), units=str,
                                          row_fields=M2_PRINTED))
def m2(out: Path):
    """Medicare Advantage HMO-POS monthly member EOB, fpdf2 portrait Liberation Serif."""
    doc = Doc(*LETTER)
    F, FB, SZ = "LSe", "LSe-B", 7.8
    NAME = "Dolores M. Fenwick"

    def header(d: Doc):
        d.text(36, 40, "Harborview Senior Advantage (HMO-POS)", FB, 13)
        d.text(576, 40, "Explanation of Benefits", FB, 12, "r")
        d.text(576, 52, "for Medicare medical services \u2013 January 2026", F, 8.5, "r")
        d.line(36, 58, 576, 58, 2, 0.4)
        d.text(36, 770, "Harborview Senior Advantage is an HMO-POS plan with a Medicare contract. H9921_EOB26_M. "
               "Member Services 1-866-555-0107, 8 a.m.-8 p.m., seven days a week.", F, 6.5)
        return 76

    fl = Flow(doc, header, 740)
    d = doc
    d.text(36, 80, NAME.upper(), F, 9)
    d.text(36, 91, "71 PELICAN WHARF LN", F, 9)
    d.text(36, 102, "PORT ALDER FL 32940", F, 9)
    d.rect(330, 70, 246, 50, fill=0.92)
    for i, (k, v) in enumerate((("Member", NAME), ("Member ID", "HSA60417731"), ("Period", "Jan 1 - Jan 31, 2026"))):
        d.text(338, 84 + i * 12, k, FB, 8)
        d.text(420, 84 + i * 12, v, F, 8)
    fl.y = 140
    d.text(36, fl.y, "Your medical claims in detail", FB, 11)
    fl.y += 6
    d.text(36, fl.y + 10, "Each claim shows the services your provider billed, what our plan allowed and paid, and "
           "your share. Your share is the most the provider can ask you to pay.", F, 7.6)
    fl.y += 30
    cols = [("d", "Date of\nservice", 40, "l"), ("w", "Service you received", 96, "l"), ("c", "Code", 262, "l"),
            ("u", "Qty", 318, "r"), ("billed", "Provider's\ncharge", 376, "r"),
            ("allowed", "Plan's allowed\namount", 440, "r"), ("paid", "Plan's\nshare", 492, "r"),
            ("owes", "Your\nshare", 538, "r"), ("n", "Note", 546, "l")]
    LEG = {"1": "You pay a $30 copay for each outpatient therapy visit.",
           "2": "This service was denied because it was not approved in advance. Because your provider is in our "
                "network, you do not have to pay for it.",
           "3": "This service is included in another service on this claim and is not paid separately."}
    st = PlanState(visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.46"))
    data = [("M26-0104773-01", "Fox Run Outpatient Therapy", "FR-5512", [
                S(5, "97161", 1, ("GP",)), S(5, "97110", 2, ("GP",)), S(7, "97110", 2, ("GP",)), S(7, "97140", 1, ("GP",)),
                S(9, "97110", 2, ("GP",)), S(9, "97112", 1, ("GP",)), S(12, "97110", 2, ("GP",)),
                S(12, "97530", 1, ("GP",)), S(14, "97110", 2, ("GP",)), S(14, "97116", 1, ("GP",)),
                S(16, "97110", 2, ("GP", "CQ")), S(16, "97140", 1, ("GP", "CQ"))]),
            ("M26-0118220-01", "Fox Run Outpatient Therapy", "FR-5609", [
                S(19, "97110", 2, ("GP",)), S(19, "97112", 1, ("GP",)), S(21, "97110", 2, ("GP", "CQ")),
                S(21, "G0283", 1, ("GP",)), S(23, "97110", 2, ("GP",)), S(23, "97530", 2, ("GP",)),
                S(26, "97750", 1, ("GP",), denied="CO")]),
            ("M26-0121561-00", "Port Alder Hand Therapy", "PAHT-30418", [
                S(20, "97165", 1, ("GO",)), S(20, "97760", 1, ("GO",)), S(20, "L3807", 1, ("RT",)),
                S(27, "97140", 1, ("GO",)), S(27, "97110", 1, ("GO",))]),
            ("M26-0125904-00", "Seaside Speech & Swallowing Center", "SSC-0071842", [
                S(8, "92523", 1, ("GN",)), S(8, "92526", 1, ("GN",)), S(15, "92507", 1, ("GN",)),
                S(15, "92526", 1, ("GN",)), S(22, "92507", 1, ("GN",)), S(22, "92526", 1, ("GN",)),
                S(29, "92507", 1, ("GN",)), S(29, "92526", 1, ("GN",)), S(30, "92507", 1, ("GN",))])]
    lines, claims = [], []
    for clm, prov, ref, svcs in data:
        for s in svcs:
            commercial(s, st, deny_reason="197")
        fl.need(56)
        y = fl.y
        d.rect(36, y - 10, 540, 26, fill=0.88, stroke=False)
        d.text(40, y, f"Claim ID: {clm}", FB, 8.5)
        d.text(220, y, f"Provider: {prov}", F, 8.5)
        d.text(40, y + 11, f"Provider's reference no.: {ref}", F, 7.8)
        d.text(220, y + 11, "Network status: in network   Claim processed 02/03/2026", F, 7.8)
        fl.y = col_heads(d, y + 30, cols, FB, 7.2) + 11

        def cont(y, clm=clm, prov=prov):
            doc.rect(36, y - 10, 540, 14, fill=0.88, stroke=False)
            doc.text(40, y, f"Claim ID: {clm}   {prov}   (continued)", FB, 8.5)
            return col_heads(doc, y + 18, cols, FB, 7.2) + 11

        fl.cont = cont
        for s in svcs:
            fl.need(11)
            n = ["2"] if s.denied else (["1"] if s.copay else [])
            if not s.denied and s.code == "G0283":
                n = ["3"]
                s.paid, s.owes, s.allowed = ZERO, ZERO, ZERO
                s.copay = ZERO
            vals = {"d": dfmt(s.dos, "mon"), "w": short(s.desc, 160, "LSe", 7.8), "c": " ".join((s.code,) + s.mods),
                    "u": eobgen.units_str(s.units), "n": ", ".join(n)}
            for k in ("billed", "allowed", "paid", "owes"):
                vals[k] = money(getattr(s, k), "$")
            row(d, fl.y, cols, vals, F, SZ)
            d.line(40, fl.y + 3, 576, fl.y + 3, 0.2, 0.6)
            T(lines, d, s, ref, clm, NAME, M2_PRINTED, remarks=n)
            fl.y += 11
        fl.cont = None
        fl.need(14)
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        vals = {k: money(v, "$") for k, v in tot.items()}
        vals["w"] = "Claim total"
        row(d, fl.y + 1, cols, vals, FB, SZ)
        claims.append(CT(ref, clm, NAME, billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"],
                         patient_owes=tot["owes"]))
        fl.y += 24
    fl.need(70)
    d.text(36, fl.y, "Notes about your claims", FB, 10)
    for k, v in LEG.items():
        for i, t in enumerate(d.wrap(v, F, 7.8, 500)):
            fl.y += 10
            if i == 0:
                d.text(40, fl.y, k + ".", FB, 7.8)
            d.text(54, fl.y, t, F, 7.8)
    page_numbers(doc, "Page {} of {}", 576, 782, F, 7)
    pdf = out / "m2_medicare_advantage_eob.pdf"
    doc.save_fpdf(pdf, "Explanation of Benefits")
    write_truth(pdf, "m2", "fpdf2", len(doc.pages), "Medicare Advantage HMO-POS member EOB", lines, claims,
                list(LEG.items()))
    return pdf


# =========================================================================================== d1
D1_PRINTED = ("billed", "allowed", "copay", "paid")


def _d1_money(d):
    return money(d, "", "trail")


@layout("d1_medicaid_ra_sections", dict(date=lambda d: dfmt(d, "mdy2"), money=_d1_money,
                                        code=lambda c, m: " ".join((c,) + tuple(m)), units=lambda u: u + ".00" if "." not in u else u,
                                        row_fields=D1_PRINTED))
def d1(out: Path):
    """State Medicaid fee-for-service remittance advice, reportlab landscape Liberation Sans Narrow."""
    doc = Doc(*LAND)
    F, FB, SZ = "LSN", "LSN-B", 7.4

    def header(d: Doc):
        d.text(396, 30, "STATE OF NORTH PLAINS  \u2013  DEPARTMENT OF HUMAN SERVICES  \u2013  MEDICAL ASSISTANCE PROGRAM",
               FB, 9, "c")
        d.text(396, 42, "REMITTANCE ADVICE", FB, 11, "c")
        for i, (k, v) in enumerate((("PAYEE", "PRAIRIE WIND PEDIATRIC THERAPY INC"), ("PAYEE ID", "400872115"),
                                    ("NPI", "1730449902"))):
            d.text(30, 58 + i * 9, f"{k}: {v}", F, 7.5)
        for i, (k, v) in enumerate((("RA NUMBER", "0004418273"), ("RA DATE", "01/30/2026"),
                                    ("CHECK/EFT NO", "EFT 88120496"))):
            d.text(600, 58 + i * 9, f"{k}: {v}", F, 7.5)
        d.line(30, 84, 762, 84, 0.8)
        return 98

    fl = Flow(doc, header, 572)
    d = doc
    cols = [("ln", "LN", 46, "r"), ("f", "FROM DOS", 56, "l"), ("t", "TO DOS", 100, "l"), ("p", "PROC  MOD", 146, "l"),
            ("u", "UNITS", 236, "r"), ("billed", "BILLED AMT", 300, "r"), ("allowed", "ALLOWED AMT", 362, "r"),
            ("tpl", "TPL AMT", 410, "r"), ("copay", "CO-PAY", 452, "r"), ("paid", "PAID AMT", 508, "r"),
            ("eob", "EOB CODES", 524, "l")]
    LEG = {"0301": "Payment at the program's maximum fee for this procedure.",
           "0517": "Prior authorization number missing or does not cover these dates of service.",
           "1142": "Recipient was not eligible on the date of service.",
           "2206": "Claim adjusted: original payment taken back and claim paid again below.",
           "0880": "Units reduced to the number authorized."}
    recips = [("HARTLEY, JONAH", "30118842207"), ("HARTLEY, WREN", "30118842215"), ("NAKAMURA-PEREZ, ISLA", "30290017734"),
              ("OYELARAN, DAVID", "30077651902"), ("BRANDT, EVIE", "30411208856")]
    paid = [
        (recips[0], "WP-4471", "2226009150113", [S(5, "97530", 2, ("GO",)), S(5, "97535", 1, ("GO",)),
                                                 S(12, "97530", 2, ("GO",)), S(12, "97112", 1, ("GO",)),
                                                 S(19, "97530", 3, ("GO",)), S(19, "97533", 1, ("GO",))]),
        (recips[1], "WP-4472", "2226009150121", [S(6, "92507", 1, ("GN",)), S(13, "92507", 1, ("GN",)),
                                                 S(20, "92507", 1, ("GN",)), S(27, "92507", 1, ("GN",))]),
        (recips[2], "WP-3390", "2226009150139", [S(7, "97167", 1, ("GO",)), S(8, "97530", 2, ("GO",)),
                                                 S(8, "97110", 1, ("GO",)), S(14, "97530", 2, ("GO", "59")),
                                                 S(14, "97140", 1, ("GO",)), S(21, "97530", 2, ("GO",)),
                                                 S(21, "97535", 2, ("GO",)), S(28, "97530", 2, ("GO",)),
                                                 S(28, "97112", 1, ("GO",))]),
        (recips[3], "WP-5012", "2226009150147", [S(9, "97162", 1, ("GP",)), S(9, "97110", 2, ("GP",)),
                                                 S(16, "97110", 2, ("GP",)), S(16, "97116", 2, ("GP",)),
                                                 S(23, "97110", 2, ("GP",)), S(23, "97112", 2, ("GP",))]),
    ]
    denied = [(recips[4], "WP-5120", "2226009150155", [S(12, "97165", 1, ("GO",), denied="CO"),
                                                       S(12, "97530", 2, ("GO",), denied="CO")], "1142"),
              (recips[0], "WP-4398", "2226009150163", [S(2, "97530", 4, ("GO",), denied="CO")], "0517")]
    orig = [S(22, "92507", 1, ("GN",)), S(22, "92526", 1, ("GN",))]
    lines, claims = [], []

    def draw_claim(rec, acct, icn, svcs, status, eobs):
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid")}
        fl.need(40)
        d.text(30, fl.y, f"RECIPIENT NAME: {rec[0]}", FB, SZ)
        d.text(190, fl.y, f"RECIPIENT ID: {rec[1]}", F, SZ)
        d.text(300, fl.y, f"PATIENT NO: {acct}", F, SZ)
        d.text(400, fl.y, f"ICN: {icn}", F, SZ)
        d.text(500, fl.y, f"CLAIM STATUS: {status}", F, SZ)
        d.text(620, fl.y, f"BILLED {_d1_money(tot['billed'])}   PAID {_d1_money(tot['paid'])}", FB, SZ)
        fl.y = col_heads(d, fl.y + 11, cols, FB, 6.8) + 3
        d.line(30, fl.y, 762, fl.y, 0.3)
        fl.y += 9

        def cont(y, rec=rec, icn=icn):
            doc.text(30, y, f"RECIPIENT NAME: {rec[0]}   ICN: {icn}   *** CONTINUED ***", FB, SZ)
            yy = col_heads(doc, y + 11, cols, FB, 6.8) + 3
            doc.line(30, yy, 762, yy, 0.3)
            return yy + 9

        fl.cont = cont
        for i, s in enumerate(svcs, 1):
            fl.need(10)
            s.end = s.end or s.dos
            e = eobs(s)
            vals = {"ln": str(i), "f": dfmt(s.dos, "mdy2"), "t": dfmt(s.end, "mdy2"),
                    "p": s.code + ("   " + " ".join(s.mods) if s.mods else ""), "u": f"{s.units:.2f}",
                    "billed": _d1_money(s.billed), "allowed": _d1_money(s.allowed), "tpl": "0.00",
                    "copay": "0.00", "paid": _d1_money(s.paid), "eob": " ".join(e)}
            row(d, fl.y, cols, vals, F, SZ)
            T(lines, d, s, acct, icn, rec[0], D1_PRINTED, service_end=s.end, remarks=e,
              overrides={"copay": "0.00"})
            fl.y += 9.4
        fl.cont = None
        claims.append(CT(acct, icn, rec[0], billed=tot["billed"], paid=tot["paid"]))
        fl.y += 8

    def section(title):
        fl.need(40)
        d.rect(30, fl.y - 9, 732, 13, fill=0.85, stroke=False)
        d.text(34, fl.y, title, FB, 8.5)
        fl.y += 16

    section("*** CLAIMS PAID ***")
    for rec, acct, icn, svcs in paid:
        for s in svcs:
            medicaid(s)
        draw_claim(rec, acct, icn, svcs, "PAID", lambda s: ["0301"] if s.discount else [])
    section("*** CLAIMS DENIED ***")
    for rec, acct, icn, svcs, code in denied:
        for s in svcs:
            medicaid(s)
        draw_claim(rec, acct, icn, svcs, "DENIED", lambda s, code=code: [code])
    section("*** CLAIMS ADJUSTED ***")
    for s in orig:
        medicaid(s)
    void = [negate(s) for s in orig]
    draw_claim(recips[1], "WP-4310", "2226002040118", void, "VOID", lambda s: ["2206"])
    repl = [S(22, "92507", 1, ("GN",)), S(22, "92526", 1, ("GN",))]
    for s in repl:
        medicaid(s)
    repl[1].units = Decimal("1")
    draw_claim(recips[1], "WP-4310", "2226009150171", repl, "PAID", lambda s: ["0301"])
    fl.need(120)
    allc = [c for c in claims]
    tb = sum(Decimal(c["totals"]["billed"]) for c in allc)
    tp = sum(Decimal(c["totals"]["paid"]) for c in allc)
    d.text(30, fl.y, "RA SUMMARY", FB, 9)
    fl.y += 11
    for k, v in (("CLAIMS ON THIS RA", str(len(allc))), ("TOTAL BILLED", _d1_money(tb)), ("NET PAYMENT", _d1_money(tp))):
        d.text(34, fl.y, k, F, 8)
        d.text(220, fl.y, v, F, 8, "r")
        fl.y += 10
    fl.y += 8
    d.text(30, fl.y, "EOB CODE DESCRIPTIONS", FB, 9)
    for k, v in LEG.items():
        fl.y += 10
        d.text(34, fl.y, k, FB, 7.6)
        d.text(64, fl.y, v, F, 7.6)
    page_numbers(doc, "PAGE {} OF {}", 762, 596, F, 7)
    pdf = out / "d1_medicaid_ra_sections.pdf"
    doc.save_reportlab(pdf, "Remittance Advice")
    write_truth(pdf, "d1", "reportlab", len(doc.pages), "state Medicaid FFS remittance advice", lines, claims,
                list(LEG.items()))
    return pdf


# =========================================================================================== d2
D2_PRINTED = ("billed", "allowed", "paid")


def _d2_money(d):
    return money(d, ",", "()")


@layout("d2_medicaid_ra_professional", dict(pair=lambda a, b: f"{dfmt(a, 'mdy2')}-{dfmt(b, 'mdy2')}",
                                            money=_d2_money, code=lambda c, m: " ".join((c,) + tuple(m)),
                                            units=str, row_fields=D2_PRINTED))
def d2(out: Path):
    """State Medicaid remittance advice (professional), fpdf2 portrait core Helvetica."""
    doc = Doc(*LETTER)
    F, FB, SZ = "Helvetica", "Helvetica-Bold", 6.9

    def header(d: Doc):
        d.text(36, 36, "LAKELAND STATE MEDICAID PROGRAM", FB, 11)
        d.text(36, 47, "Fiscal Agent: Meridian Health Systems Solutions, P.O. Box 60021, Capitol City, LK 70111", F, 7)
        d.text(576, 36, "PROVIDER REMITTANCE ADVICE", FB, 10, "r")
        d.text(576, 47, "PROFESSIONAL CLAIMS", F, 8, "r")
        d.rect(36, 54, 540, 24, fill=0.95)
        d.text(42, 64, "Billing Provider: HEARTSONG SPEECH & OCCUPATIONAL THERAPY PLLC", F, 7.2)
        d.text(42, 73, "Medicaid Provider No: 0082211470   NPI: 1265530871", F, 7.2)
        d.text(570, 64, "RA No: 2026-0131-00771   Payment Date: 01/31/2026", F, 7.2, "r")
        d.text(570, 73, "Payment: EFT 0000412871", F, 7.2, "r")
        return 94

    fl = Flow(doc, header, 744)
    d = doc
    cols = [("ln", "Ln", 40, "l"), ("dt", "Dates of Service", 54, "l"), ("p", "Procedure / Mods", 126, "l"),
            ("u", "Units", 206, "r"), ("billed", "Charged", 250, "r"), ("allowed", "Allowed", 292, "r"),
            ("tpl", "TPL", 322, "r"), ("paid", "Paid", 364, "r"), ("adj", "Adj Grp / CARC / Amount", 372, "l"),
            ("rarc", "RARC", 470, "l"), ("st", "Line Status", 520, "l")]
    LEG = {"CO 45": "Charge is above the program fee; difference written off by the provider.",
           "CO 119": "Benefit maximum for the period reached for this service.",
           "CO 16": "Claim is missing information needed to process it.",
           "N640": "Exceeds the program's visit or unit limit for the dates shown.",
           "M51": "Procedure code billed is missing, incomplete or does not fit the service.",
           "N20": "Service not paid separately from another service on this claim."}
    recs = [("KOWALCZYK, AVA M", "991284406"), ("KOWALCZYK, ELI J", "991284414"), ("DUBOIS-GRANT, MAYA", "990017365"),
            ("AHMADI, SAMIR", "991550231"), ("TREMBLAY, ROSE", "990442781")]
    data = [
        (recs[0], "77152", "26012-0048812", [S(5, "92507", 4, ("GN", "U1"), end=9), S(12, "92507", 4, ("GN", "U1"), end=16),
                                               S(19, "92507", 4, ("GN", "U1"), end=23), S(26, "92507", 3, ("GN", "U1"), end=30)]),
        (recs[1], "77153", "26012-0048820", [S(5, "97530", 6, ("GO",), end=9), S(5, "97535", 2, ("GO",), end=9),
                                               S(12, "97530", 6, ("GO",), end=16), S(12, "97112", 2, ("GO",), end=16),
                                               S(19, "97530", 6, ("GO",), end=23), S(19, "97535", 2, ("GO",), end=23),
                                               S(26, "97530", 8, ("GO",), end=30)]),
        (recs[2], "77201", "26012-0048838", [S(8, "92523", 1, ()), S(8, "92507", 1, ("GN",)),
                                               S(15, "92507", 1, ("GN",)), S(22, "92507", 1, ("GN",)),
                                               S(22, "92526", 1, ("GN",)), S(29, "92507", 1, ("GN",))]),
        (recs[3], "77240", "26012-0048846", [S(6, "97166", 1, ("GO",)), S(6, "97530", 2, ("GO",)),
                                               S(13, "97530", 2, ("GO", "59")), S(13, "97140", 1, ("GO",)),
                                               S(20, "97530", 2, ("GO",)), S(20, "97110", 2, ("GO",)),
                                               S(27, "97530", 2, ("GO",)), S(27, "97533", 1, ("GO",)),
                                               S(30, "97530", 2, ("GO",))]),
        (("VASQUEZ-ORTIZ, LEO", "991602258"), "77262", "26012-0048862", [
            S(6, "97530", 4, ("GO", "U1"), end=8), S(6, "97112", 2, ("GO", "U1"), end=8),
            S(13, "97530", 4, ("GO", "U1"), end=15), S(13, "97535", 2, ("GO", "U1"), end=15),
            S(20, "97530", 4, ("GO", "U1"), end=22), S(20, "97112", 2, ("GO", "U1"), end=22),
            S(27, "97530", 4, ("GO", "U1"), end=29), S(27, "97535", 2, ("GO", "U1"), end=29)]),
        (("HOLLOWAY, GRACE", "990871104"), "77270", "26012-0048870", [
            S(5, "97161", 1, ("GP",)), S(5, "97110", 2, ("GP",)), S(12, "97110", 2, ("GP",)),
            S(12, "97116", 1, ("GP",)), S(19, "97110", 2, ("GP",)), S(19, "97140", 1, ("GP", "59")),
            S(26, "97110", 2, ("GP",)), S(26, "97116", 1, ("GP",))]),
        (recs[4], "77255", "26012-0048854", [S(7, "97165", 1, ("GO",), denied="CO"), S(7, "97530", 2, ("GO",), denied="CO")]),
    ]
    lines, claims = [], []
    for rec, acct, tcn, svcs in data:
        status = "DENIED" if all(s.denied for s in svcs) else "PAID"
        for s in svcs:
            medicaid(s, deny_reason="16")
            s.end = s.end or s.dos
        # a unit cap on one weekly line: CO 119 on part of the allowed amount
        if tcn.endswith("8820"):
            x = svcs[6]
            cut = q(x.allowed / 4)
            x.allowed -= cut
            x.paid = x.allowed
            x.adjs.append(("CO", "119", cut))
        if tcn.endswith("8838"):
            x = svcs[4]
            x.adjs = [("CO", "45", x.discount), ("CO", "97", x.allowed)] if x.discount else [("CO", "97", x.allowed)]
            x.paid = ZERO
            x.allowed_print = True
        fl.need(40)
        y = fl.y
        d.rect(36, y - 9, 540, 13, fill=0.82, stroke=False)
        d.text(40, y, f"TCN {tcn}", FB, 7.4)
        d.text(130, y, f"Recipient: {rec[0]}", FB, 7.4)
        d.text(290, y, f"Medicaid ID: {rec[1]}", F, 7.4)
        d.text(390, y, f"Pt Acct No: {acct}", F, 7.4)
        d.text(572, y, f"Claim Status: {status}", FB, 7.4, "r")
        fl.y = col_heads(d, y + 14, cols, FB, 6.6) + 10

        def cont(y, rec=rec, tcn=tcn):
            doc.rect(36, y - 9, 540, 13, fill=0.82, stroke=False)
            doc.text(40, y, f"TCN {tcn}   Recipient: {rec[0]}   (continued)", FB, 7.4)
            return col_heads(doc, y + 14, cols, FB, 6.6) + 10

        fl.cont = cont
        for i, s in enumerate(svcs, 1):
            adjs = s.adjs or []
            fl.need(9 * max(1, len(adjs)) + 1)
            rarc = []
            if s.denied:
                rarc = ["M51"]
            elif any(c == "119" for _, c, _ in adjs):
                rarc = ["N640"]
            elif any(c == "97" for _, c, _ in adjs):
                rarc = ["N20"]
            vals = {"ln": str(i), "dt": f"{dfmt(s.dos, 'mdy2')}-{dfmt(s.end, 'mdy2')}",
                    "p": " ".join((s.code,) + s.mods), "u": eobgen.units_str(s.units),
                    "billed": _d2_money(s.billed), "allowed": _d2_money(s.allowed), "tpl": "0.00",
                    "paid": _d2_money(s.paid), "rarc": " ".join(rarc), "st": "DENY" if s.denied else "PAY"}
            row(d, fl.y, cols, vals, F, SZ)
            for j, (g, c, a) in enumerate(adjs):
                d.text(372, fl.y + 8.6 * j, f"{g} {c} {_d2_money(a)}", F, SZ)
            T(lines, d, s, acct, tcn, rec[0], D2_PRINTED, service_end=s.end, adjustments=adjs, remarks=rarc)
            fl.y += 8.6 * max(1, len(adjs)) + 1.5
        fl.cont = None
        fl.need(12)
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid")}
        d.line(200, fl.y - 5, 576, fl.y - 5, 0.3)
        row(d, fl.y + 2, cols, {"p": "Claim Totals", "billed": _d2_money(tot["billed"]),
                                "allowed": _d2_money(tot["allowed"]), "paid": _d2_money(tot["paid"])}, FB, SZ)
        claims.append(CT(acct, tcn, rec[0], billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"]))
        fl.y += 20
    fl.need(110)
    d.text(36, fl.y, "Payment Summary", FB, 9)
    tp = sum(Decimal(c["totals"]["paid"]) for c in claims)
    for k, v in (("Claims paid", "6"), ("Claims denied", "1"), ("Total paid this RA", _d2_money(tp))):
        fl.y += 10
        d.text(40, fl.y, k, F, 7.5)
        d.text(220, fl.y, v, F, 7.5, "r")
    fl.y += 18
    d.text(36, fl.y, "Adjustment and Remark Code Glossary", FB, 9)
    for k, v in LEG.items():
        fl.y += 9.5
        d.text(40, fl.y, k, FB, 7)
        d.text(86, fl.y, v, F, 7)
    LEG2 = [(k.split()[-1], v) for k, v in LEG.items()] + [("97", "Paid as part of another service on this claim.")]
    fl.y += 9.5
    d.text(40, fl.y, "CO 97", FB, 7)
    d.text(86, fl.y, LEG2[-1][1], F, 7)
    page_numbers(doc, "Page {} of {}", 576, 770, F, 7)
    pdf = out / "d2_medicaid_ra_professional.pdf"
    doc.save_fpdf(pdf, "Provider Remittance Advice")
    write_truth(pdf, "d2", "fpdf2", len(doc.pages), "state Medicaid professional remittance advice", lines, claims,
                LEG2)
    return pdf


# =========================================================================================== p1
P1_PRINTED = ("billed", "allowed", "deductible", "coinsurance", "paid")


def _spr_date(a, b):
    return f"{a:%m%d} {b:%m%d%y}"


@layout("p1_clearinghouse_spr", dict(pair=_spr_date, money=M(""), code=lambda c, m: c + (" " + " ".join(m) if m else ""),
                                     units=str, row_fields=P1_PRINTED, remarks_on_row=False, seq_in_paid=True))
def p1(out: Path):
    """Medicare Part B standard paper remittance re-printed by a clearinghouse, reportlab landscape core Courier."""
    doc = Doc(*LAND)
    F, FB, SZ = "Courier", "Courier-Bold", 8.0
    cw = 8.0 * 0.6  # Courier advance

    def X(col):
        return 30 + col * cw

    def header(d: Doc):
        d.text(30, 26, "CLEARPATH EDI SERVICES  -  REMITTANCE PRINT (STANDARD PAPER FORMAT)  -  RECEIVED 835 "
               "FILE CP260129-0044", FB, 7.3)
        d.line(30, 30, 762, 30, 0.4)
        d.text(X(0), 42, "HEARTLAND PART B SERVICES", F, SZ)
        d.text(X(60), 42, "MEDICARE", F, SZ)
        d.text(X(70), 42, "REMITTANCE", F, SZ)
        d.text(X(0), 51, "PO BOX 7200", F, SZ)
        d.text(X(64), 51, "ADVICE", F, SZ)
        d.text(X(0), 60, "OZARK CITY MO 65800", F, SZ)
        d.text(X(0), 78, "RIVERBEND THERAPY & HAND CLINIC", F, SZ)
        d.text(X(100), 78, "PROVIDER #: 4418820317", F, SZ)
        d.text(X(0), 87, "918 CANAL ST", F, SZ)
        d.text(X(100), 87, "DATE: 01/29/2026", F, SZ)
        d.text(X(0), 96, "FLINT RIVER MO 65109", F, SZ)
        d.text(X(100), 96, "CHECK/EFT #: 0077120934", F, SZ)
        for c, t, al in ((0, "PERF PROV", "l"), (12, "SERV DATE", "l"), (25, "POS", "l"), (29, "NOS", "l"),
                         (34, "PROC", "l"), (40, "MODS", "l"), (65, "BILLED", "r"), (76, "ALLOWED", "r"),
                         (87, "DEDUCT", "r"), (98, "COINS", "r"), (100, "GRP/RC-AMT", "l"), (133, "PROV PD", "r")):
            d.text(X(c), 114, t, F, SZ, al)
        d.text(X(0), 123, "_" * 133, F, SZ)
        return 140

    fl = Flow(doc, header, 584)
    d = doc

    def svc_line(y, s, rem):
        mods = " ".join(s.mods)
        # columns in characters
        parts = [(0, "1982207713"), (12, _spr_date(s.dos, s.end or s.dos)), (25, "11"), (29, eobgen.units_str(s.units)),
                 (34, s.code), (40, mods)]
        for c, t in parts:
            d.text(X(c), y, t, F, SZ)
        for c, v in ((65, s.billed), (76, s.allowed), (87, s.deductible), (98, s.coinsurance), (133, s.paid)):
            d.text(X(c), y, money(v, ""), F, SZ, "r")
        for j, (g, c, a) in enumerate(s.adjs):
            d.text(X(100), y + 9 * j, f"{g}-{c}", F, SZ)
            d.text(X(121), y + 9 * j, money(a, ""), F, SZ, "r")
        n = max(1, len(s.adjs))
        if rem:
            d.text(X(12), y + 9 * n, "REM: " + " ".join(rem), F, SZ)
            n += 1
        return y + 9 * n + 2

    st = PlanState(ded_left=Decimal("52.40"))
    pats = [("WHITFIELD, ARLENE", "3QF7TX2MK41", "RHC100482", "2226012345670", [
                S(5, "97165", 1, ("GO",)), S(5, "97530", 2, ("GO", "KX")), S(5, "97760", 1, ("GO",)),
                S(5, "L3807", 1, ("RT",))]),
            ("DELGADO, RAMON", "7HT2WQ9PL03", "RHC100517", "2226012345688", [
                S(7, "97110", 3, ("GP",)), S(7, "97140", 1, ("GP", "59")), S(7, "97112", 1, ("GP", "CQ")),
                S(9, "97110", 2, ("GP",)), S(9, "97116", 1, ("GP",)), S(9, "G0283", 1, ("GP",)),
                S(12, "97110", 2, ("GP", "CQ")), S(12, "97530", 2, ("GP",)), S(12, "0552T", 1, ("GP",), denied="PR")]),
            ("ESPINOZA-LAKE, JUNE", "2MW8RK4TT17", "RHC100530", "2226012345696", [
                S(8, "92523", 1, ("GN",)), S(8, "92526", 1, ("GN",)), S(14, "92507", 1, ("GN",)),
                S(14, "92526", 1, ("GN",))]),
            ("HOLLIS, BERNARD", "9KD3XP7NN52", "RHC100544", "2226012345704", [
                S(13, "97163", 1, ("GP",)), S(13, "97110", 2, ("GP",)), S(15, "97110", 2, ("GP",)),
                S(15, "97140", 1, ("GP",)), S(20, "97750", 1, ("GP",), denied="CO")])]
    lines, claims = [], []
    tot_paid = ZERO

    def claim(name, mid, acnt, icn, svcs, moa="MA01", reversal=False):
        nonlocal tot_paid
        for s in svcs:
            s.end = s.dos
        fl.need(60)
        d.text(X(0), fl.y, f"NAME  {name}", F, SZ)
        d.text(X(30), fl.y, f"MID  {mid}", F, SZ)
        d.text(X(50), fl.y, f"ACNT  {acnt}", F, SZ)
        d.text(X(72), fl.y, f"ICN  {icn}", F, SZ)
        d.text(X(96), fl.y, f"ASG Y  MOA {moa}", F, SZ)
        fl.y += 12

        def cont(y, name=name, icn=icn):
            doc.text(X(0), y, f"NAME  {name}", F, SZ)
            doc.text(X(72), y, f"ICN  {icn}  (CONT)", F, SZ)
            return y + 12

        fl.cont = cont
        for s in svcs:
            rem = ["N211"] if s.denied == "PR" else ["M80"] if s.denied == "CO" else (["N630"] if "KX" in s.mods else [])
            fl.need(9 * (max(1, len(s.adjs)) + (1 if rem else 0)) + 2)
            T(lines, d, s, acnt, icn, name, P1_PRINTED, service_end=s.end, adjustments=s.adjs, remarks=rem)
            fl.y = svc_line(fl.y, s, rem)
        fl.cont = None
        fl.need(22)
        pr = total(svcs, "deductible") + total(svcs, "coinsurance") + (
            total([s for s in svcs if s.denied == "PR"], "billed"))
        d.text(X(0), fl.y, f"PT RESP  {money(pr, '')}", F, SZ)
        d.text(X(34), fl.y, "CLAIM TOTALS", F, SZ)
        for c, k in ((65, "billed"), (76, "allowed"), (87, "deductible"), (98, "coinsurance"), (133, "paid")):
            d.text(X(c), fl.y, money(total(svcs, k), ""), F, SZ, "r")
        d.text(X(100), fl.y, "ADJ TOTAL", F, SZ)
        fl.y += 9
        d.text(X(34), fl.y, "NET", F, SZ)
        d.text(X(133), fl.y, money(total(svcs, "paid"), ""), F, SZ, "r")
        claims.append(CT(acnt, icn, name, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                         paid=total(svcs, "paid")))
        tot_paid += total(svcs, "paid")
        fl.y += 18

    for name, mid, acnt, icn, svcs in pats:
        for s in svcs:
            medicare(s, st, deny_reason="96" if s.denied == "PR" else "50")
        claim(name, mid, acnt, icn, svcs)
    # a reversal of an earlier claim and its correction
    old = [S(22, "97110", 2, ("GP",), month=12), S(22, "97112", 1, ("GP",), month=12)]
    for s in old:
        s.dos = date(2025, 12, 22)
        medicare(s, PlanState())
    rev = [negate(s) for s in old]
    for s in rev:
        s.dos = date(2025, 12, 22)
    claim("PRUITT, HELENA", "5RT9MM2KA88", "RHC099871", "2225356778120", rev, moa="MA67")
    new = [S(22, "97110", 2, ("GP",), month=12), S(22, "97112", 1, ("GP", "59"), month=12)]
    for s in new:
        s.dos = date(2025, 12, 22)
        medicare(s, PlanState())
    claim("PRUITT, HELENA", "5RT9MM2KA88", "RHC099871", "2226012345712", new)
    fl.need(60)
    d.text(X(0), fl.y, f"TOTALS:  # OF CLAIMS  {len(claims)}   PROV PD AMT", F, SZ)
    d.text(X(60), fl.y, money(tot_paid, ""), F, SZ, "r")
    fl.y += 9
    d.text(X(0), fl.y, "PROVIDER ADJ DETAILS:  NONE", F, SZ)
    fl.y += 18
    LEG = {"N211": "Service cannot be appealed on this basis; beneficiary notice on file.",
           "M80": "Not paid when billed with another service on the same day.",
           "N630": "Therapy above the yearly threshold; medical review attestation (KX) accepted.",
           "MA67": "Correction to a prior claim.", "MA01": "Appeal rights explained on the last page."}
    d.text(X(0), fl.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES", F, SZ)
    for k, v in LEG.items():
        fl.y += 9
        d.text(X(0), fl.y, f"{k:<6} {v}", F, SZ)
    page_numbers(doc, "PAGE #: {} OF {}", X(133), 42, F, SZ)
    pdf = out / "p1_clearinghouse_spr.pdf"
    doc.save_reportlab(pdf, "Remittance Print")
    write_truth(pdf, "p1", "reportlab", len(doc.pages), "clearinghouse reprint of a Medicare Part B paper remit", lines,
                claims, list(LEG.items()))
    return pdf


# =========================================================================================== p2
P2_PRINTED = ("billed", "allowed", "deductible", "coinsurance", "paid")


@layout("p2_pm_era_detail", dict(date=lambda d: dfmt(d, "mdyn"), money=M(","), code=lambda c, m: " ".join((c,) + tuple(m)),
                                 units=str, row_fields=P2_PRINTED, seq_in_paid=True))
def p2(out: Path):
    """Practice-management "ERA Payment Detail" of a Medicare Part B payment, fpdf2 portrait DejaVu Sans Condensed."""
    doc = Doc(*LETTER)
    F, FB, SZ = "DSC", "DSC-B", 6.9

    def header(d: Doc):
        d.text(36, 34, "TheraDesk Practice Manager", FB, 8)
        d.text(576, 34, "Printed 02/02/2026 09:14 by jmercado", F, 6.8, "r")
        d.text(36, 50, "ERA Payment Detail", FB, 13)
        d.text(36, 62, "Practice: Summit Ridge Physical & Occupational Therapy    Location: Main Clinic", F, 7.4)
        d.text(36, 72, "Payer: MEDICARE PART B - NORTHERN PLAINS (Payer ID 04412)    Check/EFT: 8820417715    "
               "Check Date: 01/27/2026    Check Amount: see totals", F, 7.4)
        d.line(36, 78, 576, 78, 0.8)
        return 94

    fl = Flow(doc, header, 748)
    d = doc
    cols = [("d", "DOS", 40, "l"), ("c", "CPT", 82, "l"), ("m", "Mod", 110, "l"), ("u", "Units", 160, "r"),
            ("billed", "Charge", 204, "r"), ("allowed", "Allowed", 246, "r"), ("deductible", "Deduct", 284, "r"),
            ("coinsurance", "Coins", 320, "r"), ("a", "Adjustments", 330, "l"), ("paid", "Paid", 442, "r"),
            ("r", "Remark", 452, "l"), ("post", "Posted", 500, "l")]
    st = PlanState(ded_left=Decimal("0"))
    pats = [("ABERNATHY, COLE R", "100284", "22260118044120", [
                S(6, "97110", 2, ("GP", "KX")), S(6, "97140", 1, ("GP",)), S(8, "97110", 2, ("GP",)),
                S(8, "97112", 1, ("GP", "59")), S(13, "97110", 3, ("GP", "CQ")), S(13, "G0283", 1, ("GP",)),
                S(15, "97110", 2, ("GP",)), S(15, "97530", 1, ("GP",))]),
            ("MORROW, PATRICIA A", "100311", "22260118044138", [
                S(7, "97166", 1, ("GO",)), S(7, "97535", 2, ("GO",)), S(9, "97530", 2, ("GO",)),
                S(9, "97535", 1, ("GO", "CO")), S(14, "97530", 2, ("GO",)), S(14, "97129", 1, ("GO",))]),
            ("NGUYEN, THANH V", "100342", "22260118044146", [
                S(12, "92523", 1, ("GN",)), S(12, "92526", 1, ("GN",)), S(19, "92507", 1, ("GN",)),
                S(19, "92526", 1, ("GN",), denied="CO"), S(21, "92507", 1, ("GN",)), S(26, "92507", 1, ("GN",)),
                S(26, "92526", 1, ("GN",)), S(28, "92507", 1, ("GN",))]),
            ("ABERNATHY, JOAN E", "100285", "22260118044154", [
                S(16, "97161", 1, ("GP",)), S(16, "97110", 2, ("GP",)), S(20, "97110", 2, ("GP",)),
                S(20, "97116", 2, ("GP",)), S(22, "97110", 2, ("GP",)), S(22, "97750", 1, ("GP",))])]
    lines, claims = [], []
    LEG = {"N630": "Therapy over the yearly threshold; KX attestation accepted.",
           "M86": "Service denied because payment already made for the same or a similar service.",
           "N122": "Service includes a payment reduction for an assistant (CQ / CO).",
           "MA18": "Claim forwarded to the patient's supplemental insurer."}
    grand = ZERO
    for name, acct, icn, svcs in pats:
        for s in svcs:
            medicare(s, st, deny_reason="18")
            if "CQ" in s.mods or "CO" in s.mods:
                # assistant differential: 15% off the fee schedule, shown as its own CO-45 part
                cut = q(s.allowed * Decimal("0.15"))
                s.allowed -= cut
                s.coinsurance = q(s.allowed * Decimal("0.20"))
                s.seq = q((s.allowed - s.coinsurance) * Decimal("0.02"))
                s.paid = s.allowed - s.coinsurance - s.seq
                s.adjs = [("CO", "45", s.billed - s.allowed), ("PR", "2", s.coinsurance), ("CO", "253", s.seq)]
        fl.need(40)
        d.rect(36, fl.y - 9, 540, 12, fill=0.9, stroke=False)
        d.text(40, fl.y, name, FB, 7.6)
        d.text(170, fl.y, f"Acct# {acct}", F, 7.4)
        d.text(240, fl.y, f"Payer Claim# {icn}", F, 7.4)
        d.text(380, fl.y, "HIC/MBI: on file", F, 7.4)
        d.text(572, fl.y, "Status: Processed as Primary (1)", F, 7.4, "r")
        fl.y = col_heads(d, fl.y + 13, cols, FB, 6.6) + 10

        def cont(y, name=name, icn=icn):
            doc.rect(36, y - 9, 540, 12, fill=0.9, stroke=False)
            doc.text(40, y, f"{name}   Payer Claim# {icn}   - continued -", FB, 7.6)
            return col_heads(doc, y + 13, cols, FB, 6.6) + 10

        fl.cont = cont
        for s in svcs:
            n = max(1, len(s.adjs))
            fl.need(8.4 * n + 2)
            rem = ["M86"] if s.denied else (["N630"] if "KX" in s.mods else ["N122"] if {"CQ", "CO"} & set(s.mods) else [])
            vals = {"d": dfmt(s.dos, "mdyn"), "c": s.code, "m": " ".join(s.mods), "u": eobgen.units_str(s.units),
                    "r": " ".join(rem), "post": "Y"}
            for k in P2_PRINTED:
                vals[k] = money(getattr(s, k), ",")
            row(d, fl.y, cols, vals, F, SZ)
            for j, (g, c, a) in enumerate(s.adjs):
                d.text(330, fl.y + 8.4 * j, f"{g}-{c}", F, SZ)
                d.text(404, fl.y + 8.4 * j, money(a, ","), F, SZ, "r")
            T(lines, d, s, acct, icn, name, P2_PRINTED, adjustments=s.adjs, remarks=rem)
            fl.y += 8.4 * n + 2
        fl.cont = None
        fl.need(12)
        d.line(150, fl.y - 5, 576, fl.y - 5, 0.3)
        vals = {"c": "Claim Total"}
        for k in P2_PRINTED:
            vals[k] = money(total(svcs, k), ",")
        row(d, fl.y + 2, cols, vals, FB, SZ)
        d.text(452, fl.y + 2, "MA18", F, SZ)
        claims.append(CT(acct, icn, name, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                         paid=total(svcs, "paid")))
        grand += total(svcs, "paid")
        fl.y += 22
    fl.need(90)
    d.text(36, fl.y, "Check Totals", FB, 9)
    fl.y += 11
    d.text(40, fl.y, f"Claims: {len(claims)}    Total paid: {money(grand, ',')}    Provider-level adjustments: 0.00", F, 7.4)
    fl.y += 16
    d.text(36, fl.y, "Remark code descriptions", FB, 8.5)
    for k, v in LEG.items():
        fl.y += 9.5
        d.text(40, fl.y, k, FB, 7)
        d.text(80, fl.y, v, F, 7)
    page_numbers(doc, "Page {} of {}", 576, 772, F, 6.8)
    pdf = out / "p2_pm_era_detail.pdf"
    doc.save_fpdf(pdf, "ERA Payment Detail")
    write_truth(pdf, "p2", "fpdf2", len(doc.pages), "practice-management ERA detail print of a Medicare payment",
                lines, claims, list(LEG.items()))
    return pdf


# =========================================================================================== s1
S1_PRINTED = ("billed", "paid", "patient_owes")


@layout("s1_therapy_family_statement", dict(date=lambda d: dfmt(d, "mdy4"), money=M("$"),
                                            code=lambda c, m: c + (" " + " ".join(m) if m else ""), units=str,
                                            row_fields=S1_PRINTED))
def s1(out: Path):
    """Pediatric therapy clinic family statement to a guarantor, reportlab portrait DejaVu Sans Condensed."""
    doc = Doc(*LETTER)
    F, FB, SZ = "DSC", "DSC-B", 7.2
    GUAR = "DANIEL OSEI-MARSH"

    def header(d: Doc):
        d.text(36, 40, "Willowbend Pediatric Therapy", FB, 14)
        d.text(36, 52, "Occupational \u2022 Speech \u2022 Physical Therapy for Kids", F, 8)
        d.text(36, 62, "3300 Orchard Hill Pkwy, Suite 210, Fenmore, IN 46077  \u2022  Billing office (317) 555-0128", F, 7)
        d.text(576, 40, "STATEMENT", FB, 13, "r")
        d.line(36, 70, 576, 70, 1)
        return 84

    fl = Flow(doc, header, 700)
    d = doc
    d.text(36, 96, GUAR, F, 9)
    d.text(36, 107, "1459 CHESTNUT BEND DR", F, 9)
    d.text(36, 118, "FENMORE IN 46077-3312", F, 9)
    lines, claims = [], []
    fam = [("Osei-Marsh, Kofi", "Evergreen Health PPO", Decimal("0.20")),
           ("Osei-Marsh, Amara", "Evergreen Health PPO", Decimal("0.20")),
           ("Osei-Marsh, Zuri", "Hoosier Kids Medicaid (MCO: Bluestem Care)", ZERO)]
    visits = [
        (0, "40127", "EV26-00817723", [S(5, "97530", 2, ("GO",)), S(5, "97533", 1, ("GO",))]),
        (1, "40131", "EV26-00817731", [S(6, "92523", 1)]),
        (0, "40155", "EV26-00902210", [S(12, "97530", 2, ("GO",)), S(12, "97535", 1, ("GO",))]),
        (2, "40160", "BSC-2601-448812", [S(13, "97162", 1, ("GP",)), S(13, "97110", 1, ("GP",))]),
        (1, "40168", "EV26-00902288", [S(13, "92507", 1, ("GN",))]),
        (0, "40190", "EV26-01033417", [S(19, "97530", 2, ("GO",)), S(19, "97112", 1, ("GO",))]),
        (2, "40194", "BSC-2601-512077", [S(20, "97110", 2, ("GP",)), S(20, "97116", 1, ("GP",))]),
        (1, "40203", "EV26-01033492", [S(20, "92507", 1, ("GN",)), S(20, "92526", 1, ("GN",), denied="PR")]),
        (2, "40199", "BSC-2601-530051", [S(22, "97110", 2, ("GP",)), S(22, "97530", 1, ("GP",)),
                                          S(22, "97112", 1, ("GP",))]),
        (0, "40207", "EV26-01102281", [S(21, "97530", 2, ("GO",)), S(21, "97533", 1, ("GO",)),
                                       S(21, "97535", 1, ("GO",))]),
        (1, "40211", "EV26-01102299", [S(23, "92507", 1, ("GN",))]),
        (0, "40219", None, [S(26, "97530", 2, ("GO",)), S(26, "97140", 1, ("GO", "59"))]),
        (1, "40224", None, [S(27, "92507", 1, ("GN",))]),
        (2, "40230", None, [S(27, "97110", 2, ("GP",)), S(27, "97530", 1, ("GP",))]),
    ]
    visits.sort(key=lambda v: (v[3][0].dos, v[0]))
    visits = [(w, str(40127 + 6 * i), icl, svcs) for i, (w, _, icl, svcs) in enumerate(visits)]
    states = {0: PlanState(ded_left=Decimal("84.00")), 1: PlanState(ded_left=ZERO, copay_codes={"92507": Decimal("25")}),
              }
    for who, cid, icl, svcs in visits:
        for s in svcs:
            if who == 2:
                medicaid(s)
            else:
                commercial(s, states[who], deny_reason="96")
    due = sum((s.owes for _, _, icl, svcs in visits if icl for s in svcs), ZERO)
    d.rect(360, 88, 216, 64, fill=0.93)
    for i, (k, v) in enumerate((("Statement date", "02/02/2026"), ("Guarantor account", "G-0021874"),
                                ("Please pay by", "02/27/2026"), ("Amount due", money(due, "$")))):
        d.text(366, 100 + i * 13, k, FB if i == 3 else F, 8.5)
        d.text(570, 100 + i * 13, v, FB if i == 3 else F, 8.5, "r")
    d.text(36, 168, "Account activity for January 2026", FB, 10)
    cols = [("d", "Date", 36, "l"), ("p", "Patient", 84, "l"), ("w", "Description", 160, "l"), ("c", "CPT / Mod", 300, "l"),
            ("u", "Units", 368, "r"), ("billed", "Charge", 416, "r"), ("paid", "Insurance\npaid", 468, "r"),
            ("adj", "Insurance\nadjustment", 522, "r"), ("owes", "Your\nbalance", 572, "r")]

    def thead(y):
        y = col_heads(doc, y, cols, FB, 7) + 4
        doc.line(36, y, 576, y, 0.6)
        return y + 10

    fl.y = thead(184)

    def cont(y):
        doc.text(36, y, f"Account activity for January 2026 (continued) \u2013 {GUAR}, account G-0021874", FB, 8.5)
        return thead(y + 16)

    fl.cont = cont
    for who, cid, icl, svcs in visits:
        pat, ins, _ = fam[who]
        fl.need(22)
        sub = f"Visit {cid}  \u2013  {ins}" + (f", claim # {icl}" if icl else ", claim sent 01/29/2026 \u2013 awaiting insurer")
        d.text(84, fl.y, sub, "DSC", 6.8)
        d.line(84, fl.y + 2.5, 576, fl.y + 2.5, 0.2, 0.6)
        fl.y += 11
        for s in svcs:
            fl.need(10)
            vals = {"d": dfmt(s.dos, "mdy4"), "p": pat, "w": short(s.desc, 136, "DSC", 7.2), "c": s.code + (" " + " ".join(s.mods) if s.mods else ""),
                    "u": eobgen.units_str(s.units), "billed": money(s.billed, "$")}
            if icl:
                vals["paid"] = money(s.paid, "$")
                vals["adj"] = money(-(s.billed - s.paid - s.owes), "$")
                vals["owes"] = money(s.owes, "$")
                printed = S1_PRINTED
            else:
                vals["paid"] = "Pending"
                printed = ("billed",)
            row(d, fl.y, cols, vals, F, SZ)
            T(lines, d, s, cid, icl, pat, printed)
            fl.y += 10
        fl.y += 3
    fl.cont = None
    fl.need(70)
    d.line(36, fl.y, 576, fl.y, 0.6)
    fl.y += 12
    d.text(300, fl.y, "Total amount due from you", FB, 9)
    d.text(572, fl.y, money(due, "$"), FB, 9, "r")
    fl.y += 18
    ages = (("Current", money(due, "$")), ("31-60 days", "$0.00"), ("61-90 days", "$0.00"), ("Over 90 days", "$0.00"))
    for i, (k, v) in enumerate(ages):
        d.rect(36 + i * 135, fl.y - 9, 135, 26)
        d.text(42 + i * 135, fl.y, k, F, 7.5)
        d.text(42 + i * 135, fl.y + 11, v, FB, 8)
    fl.y += 34
    for t in ("Visits marked 'awaiting insurer' are not yet billed to you. Copays and balances can be paid online at "
              "pay.willowbendkids.example or by phone.",):
        for w in d.wrap(t, F, 7.2, 540):
            d.text(36, fl.y, w, F, 7.2)
            fl.y += 9
    page_numbers(doc, "Page {} of {}", 576, 770, F, 7)
    pdf = out / "s1_therapy_family_statement.pdf"
    doc.save_reportlab(pdf, "Statement")
    write_truth(pdf, "s1", "reportlab", len(doc.pages), "pediatric therapy clinic family statement", lines, claims, [])
    return pdf


# =========================================================================================== s2
S2_PRINTED = ("billed",)


@layout("s2_hospital_guarantor_statement", dict(date=lambda d: dfmt(d, "mdy2"), money=M(","),
                                                code=lambda c, m: c + ("-" + "-".join(m) if m else ""), units=str,
                                                row_fields=S2_PRINTED))
def s2(out: Path):
    """Hospital statement to a guarantor with itemized outpatient rehab charges, fpdf2 landscape Liberation Serif."""
    doc = Doc(*LAND)
    F, FB, SZ = "LSe", "LSe-B", 8.0

    def header(d: Doc):
        d.text(30, 36, "ST. BRENDAN REGIONAL MEDICAL CENTER", FB, 13)
        d.text(30, 48, "Patient Financial Services \u00b7 600 Abbey Road \u00b7 Kells Harbor, ME 04112 \u00b7 "
               "(207) 555-0190", F, 8)
        d.text(762, 36, "PATIENT STATEMENT", FB, 12, "r")
        d.line(30, 56, 762, 56, 0.8)
        d.rect(612, 64, 150, 500, fill=0.94, stroke=False)
        for i, t in enumerate(("Guarantor", "MAUREEN T. DELACROIX", "", "Guarantor No. 000481227",
                               "Statement Date 02/04/2026", "", "Questions about your bill?", "Call (207) 555-0190",
                               "Mon-Fri 8:00-4:30", "", "Financial assistance is available.",
                               "Ask us for an application.")):
            d.text(618, 80 + i * 11, t, FB if i in (0, 6) else F, 7.8)
        return 74

    fl = Flow(doc, header, 570)
    d = doc
    cols = [("post", "Post Date", 34, "l"), ("d", "Service Date", 84, "l"), ("rev", "Rev", 142, "l"),
            ("c", "CPT/HCPCS", 168, "l"), ("w", "Description", 230, "l"), ("u", "Qty", 432, "r"),
            ("billed", "Charges", 490, "r"), ("cr", "Payments/\nAdjustments", 556, "r"), ("bal", "", 600, "r")]
    lines, claims = [], []
    REV = {"97": "0434", "92": "0444", "G0": "0424", "L3": "0274", "29": "0761"}
    accts = [
        ("7700412856", "DELACROIX, THEO", "Outpatient Rehabilitation - Pediatric", "Keystone Health Alliance",
         "KHA260218477", [S(5, "97165", 1, ("GO",)), S(5, "97530", 2, ("GO",)), S(7, "97530", 2, ("GO",)),
                          S(7, "97533", 1, ("GO",)), S(12, "97530", 2, ("GO",)), S(12, "97535", 1, ("GO",)),
                          S(14, "97530", 2, ("GO",)), S(14, "97112", 1, ("GO",)), S(19, "97530", 2, ("GO",)),
                          S(21, "97530", 2, ("GO",)), S(21, "97140", 1, ("GO", "59")), S(26, "97530", 2, ("GO",)),
                          S(28, "97530", 2, ("GO",)), S(28, "97535", 1, ("GO",))]),
        ("7700419031", "DELACROIX, CLAIRE", "Outpatient Rehabilitation - Speech", "Keystone Health Alliance",
         "KHA260220915", [S(8, "92523", 1, ()), S(15, "92507", 1, ("GN",)), S(22, "92507", 1, ("GN",)),
                          S(29, "92507", 1, ("GN",))]),
        ("7700420778", "DELACROIX, MAUREEN T", "Hand Therapy & Orthopaedic Clinic", "Keystone Health Alliance",
         "KHA260223340", [S(9, "29125", 1, ("RT",)), S(9, "97760", 1, ("GO",)), S(9, "L3807", 1, ("RT",)),
                          S(16, "97140", 1, ("GO",)), S(16, "97110", 2, ("GO",))]),
    ]
    st = PlanState(ded_left=Decimal("210.00"))
    grand = ZERO
    for acct, pat, dept, ins, icl, svcs in accts:
        for s in svcs:
            commercial(s, st)
        fl.need(70)
        y = fl.y
        d.rect(30, y - 10, 576, 26, fill=None)
        d.text(34, y, f"Hospital Account {acct}", FB, 8.5)
        d.text(190, y, f"Patient: {pat}", FB, 8.5)
        d.text(380, y, dept, F, 8.2)
        d.text(34, y + 11, f"Dates of service {dfmt(svcs[0].dos, 'mdy2')} - {dfmt(svcs[-1].dos, 'mdy2')}", F, 8)
        d.text(190, y + 11, f"Primary insurance: {ins}, claim no. {icl}", F, 8)
        fl.y = col_heads(d, y + 30, cols, FB, 7.6) + 4
        d.line(30, fl.y, 606, fl.y, 0.4)
        fl.y += 10

        def cont(y, acct=acct, pat=pat):
            doc.text(34, y, f"Hospital Account {acct}  Patient: {pat}  (continued)", FB, 8.5)
            yy = col_heads(doc, y + 16, cols, FB, 7.6) + 4
            doc.line(30, yy, 606, yy, 0.4)
            return yy + 10

        fl.cont = cont
        for s in svcs:
            fl.need(11)
            vals = {"post": dfmt(s.dos + (date(2026, 1, 2) - date(2026, 1, 1)), "mdy2"), "d": dfmt(s.dos, "mdy2"),
                    "rev": REV[s.code[:2]], "c": s.code + ("-" + "-".join(s.mods) if s.mods else ""),
                    "w": short(s.desc.upper(), 196, "LSe", 8.0), "u": eobgen.units_str(s.units), "billed": money(s.billed, ",")}
            row(d, fl.y, cols, vals, F, SZ)
            T(lines, d, s, acct, icl, pat, S2_PRINTED)
            fl.y += 10.5
        fl.cont = None
        fl.need(48)
        paid, owes = total(svcs, "paid"), total(svcs, "owes")
        adj = total(svcs, "billed") - paid - owes
        for k, v in ((f"01/30/26  {ins.upper()} PAYMENT", paid), (f"01/30/26  {ins.upper()} CONTRACTUAL ADJUSTMENT", adj)):
            d.text(84, fl.y, k, F, SZ)
            d.text(556, fl.y, money(-v, ","), F, SZ, "r")
            fl.y += 10.5
        d.line(300, fl.y - 6, 606, fl.y - 6, 0.3)
        d.text(230, fl.y + 1, "Account total charges", FB, SZ)
        d.text(490, fl.y + 1, money(total(svcs, "billed"), ","), FB, SZ, "r")
        fl.y += 11
        d.text(230, fl.y + 1, "Account balance (your responsibility)", FB, SZ)
        d.text(600, fl.y + 1, money(owes, ","), FB, SZ, "r")
        grand += owes
        claims.append(CT(acct, icl, pat, billed=total(svcs, "billed")))
        fl.y += 24
    fl.need(40)
    d.rect(30, fl.y - 10, 576, 18, fill=0.85, stroke=False)
    d.text(34, fl.y + 2, "TOTAL AMOUNT DUE FROM GUARANTOR", FB, 9)
    d.text(600, fl.y + 2, money(grand, ","), FB, 9, "r")
    page_numbers(doc, "Page {} of {}", 762, 596, F, 7.5)
    pdf = out / "s2_hospital_guarantor_statement.pdf"
    doc.save_fpdf(pdf, "Patient Statement")
    write_truth(pdf, "s2", "fpdf2", len(doc.pages), "hospital guarantor statement, itemized outpatient rehab", lines,
                claims, [])
    return pdf


# =========================================================================================== main

def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout36_"))
    samples = (REPO / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        print("refusing to write under samples/: held-out PDFs must never sit beside the dev samples")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for name, fn in LAYOUTS:
        made.append((name, fn(out)))
    print(f"wrote {len(made)} PDFs to {out}")
    if "--check" in argv:
        import json
        errs = []
        nl = np = 0
        for name, pdf in made:
            e = check_file(pdf, SPECS[name])
            t = json.loads(Path(str(pdf) + ".truth.json").read_text())
            nl += len(t["lines"])
            np += t["pages"]
            print(f"  {pdf.name}: {len(t['lines'])} lines, {t['pages']} pages, {len(t['claims'])} claims"
                  f"{'' if not e else f', {len(e)} problems'}")
            errs += e
        for e in errs[:80]:
            print("   ", e)
        print(f"check: {'OK' if not errs else 'FAILED'} ({nl} lines, {np} pages, {len(errs)} problems)")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
