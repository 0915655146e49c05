"""Write the FORTY-EIGHTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on the five commonest real document kinds, two layouts each, in house styles of their
own. Written without looking at the reader, its tests or its docs (only src/eobreader/model.py for the meaning of
fields, samples/pdf/eobgen.py for helpers and the truth format, and earlier sets' docstrings).

Run:  python bench/heldout48/make_heldout48_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout48/make_heldout48_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Drawing wrapper (reportlab / fpdf2 in top-left coordinates), truth-row recorder and the self-check live in
bench/heldout48/h48kit.py. Each layout is drawn twice so that "Page n of N" is right. Deterministic output
(reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Truth format: the one of samples/pdf (eobgen.write_truth, <name>.pdf.truth.json), PRINTED values only, null for what
a layout does not print (units null where no quantity is printed; modifiers [] where none are printed; description
null throughout). claim_id = the provider's own patient account / visit / hospital account number; payer_claim_id =
the payer's claim number / ICN / TCN; patient = the person who got the service exactly as printed (never the
subscriber, employee or guarantor unless the same person). Where a layout prints From and To per line, service_end is
the To date. Adjustments are recorded only where the layout prints a group+reason code with an amount (d1, d2, p1,
p2); cost shares printed in named columns go to deductible / copay / coinsurance; message / note / remark / EOB
codes are remarks. Per-layout decisions: m1 (MSN) prints no provider account (claim_id null), no units, no
modifiers; m2 prints no provider account (claim_id null) and no units; s1 / s2 statements print only the charge per
line (billed), payer_claim_id = the insurer's claim number printed on the visit's insurance-payment row (s1) or the
account heading (s2), null for the visit not yet paid; p2 prints CO-45 / CO-253 in their own columns (adjustments),
deductible / coinsurance in theirs (not adjustments), other denials as "CO97 35.00".

Layouts (10 files, 325 service lines, 20 pages; a claim's rows continue onto the next page in c1, m1, d1, p1, s2):
  c1  commercial PPO member EOB for a family of three (reportlab, portrait, core Helvetica 6.6 pt): member address
      and plan-year box, "Claims processed this period" list, shaded two-line claim bars "Patient: <name>
      (<relationship>) / Claim number / Provider / Patient account no.", "Service date / Service / Code / modifiers
      ("97110 GO 59") / Amount charged / Network discount / Allowed amount / Not covered / Deductible / Copay /
      Coinsurance / Plan paid / You owe / Msg", "01/05/26", no units, a not-covered 0552T the member owes, 99213
      copay, "Claim totals" rows; the daughter's 32-line claim continues on page 2 under "(continued)" and a
      repeated column header; message-code legend
  c2  self-funded trust fund EOB from a third-party administrator (fpdf2, landscape, DejaVu Serif Condensed):
      employee line, per-claim heads "Patient / Relationship / Claim No. / Pt Acct / Payee", ruled table "From / To
      (01/05/2026) / Proc / Mod / Units "3.0" / Charges / PPO Savings / Excluded / Rsn / Covered Charges /
      Deductible / Pd % / Co-Ins / Benefit Paid / Patient Resp. / Rmk", four family members, an excluded line, a
      December claim reversed with "(160.00)" amounts and re-paid with corrected units; PLANTED claim-total mismatch
      (Benefit Paid total 10.00 too high on Theo Imes' claim)
  m1  Medicare Summary Notice Part B (fpdf2, portrait, DejaVu Sans): page-1 deductible / total-you-may-be-billed
      boxes and provider list, page-2 reading guide, then claims with provider, service-date span, claim number,
      "Date of service (01/05/2026) / Service Provided & Billing Code "Gait training (97116)" / Service Approved? /
      Amount Provider Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You May Be Billed / See
      Notes", a not-approved 0552T, "Total for this claim", a 32-line claim continued on page 3 with "(continued)"
      and the header repeated, letter notes
  m2  Medicare Advantage HMO member EOB (reportlab, landscape, Liberation Serif): this-month / year-to-date boxes,
      shaded claim bars "Claim number / Provider / Patient", "Date of service (Jan 6, 2026) / Service you received /
      Billing code / Modifier ("GP CQ") / Amount the provider billed / Plan-approved amount / Plan's share / Your
      copay / Not covered by plan / Total you may owe / Note", $20 copay once per visit day, a denied G0283
  d1  state Medicaid provider remittance advice (reportlab, portrait, DejaVu Sans Mono 6.8 pt fixed-width text): RA
      banner and column header every page, "*** CLAIMS PAID / CLAIMS DENIED / CLAIM ADJUSTMENTS - VOIDS ***",
      "RECIP: LAST, FIRST  MEDICAID ID  PAT ACCT  ICN" heads, "LN FROM DOS TO DOS POS PROC MODS UNITS BILLED ALLOWED
      PAID ADJ ADJ AMT EOB", MMDDYYYY dates, units "2.00", glued "CO45", 4-digit EOB codes, a prior-authorization
      denial, a void with trailing-minus "190.00-", "CLAIM TOTAL", a claim continued on page 2 "(CONT'D)"
  d2  Medicaid managed-care remittance advice (fpdf2, landscape, Liberation Sans): one bordered card per claim (grey
      key/value head Member / Member ID / Patient Acct # / TCN / Claim Status / Billed / Paid), "Ln / Svc From / Svc
      To (1/5/2026) / Proc / Mod1 / Mod2 / Units / Billed / Allowed / TPL / Paid / Adjustment (grp-rsn amt) /
      Remarks", other insurance paid part of some lines ("OA-23"), a denied claim, a second claim for one member
  p1  Medicare Part B standard paper remit printed by a clearinghouse viewer (reportlab, portrait, core Courier):
      NAME / MID / ACNT / ICN / ASG / MOA claim lines, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT
      COINS GRP/RC-AMT PROV PD", SERV DATE "0105 010526" (From MMDD, Thru MMDDYY), every adjustment (CO-45, PR-1,
      PR-2, CO-253, CO-50) with extra ones stacked on following lines, a denied 0552T with a REM line, a
      reversal (claim status 22, leading minus) and its corrected claim, CLAIM TOTALS / NET rows, two claims
      continued across page breaks with "(CONT)" heads
  p2  practice-management "Remittance Detail Report" of a Medicare payment (fpdf2, landscape, DejaVu Sans
      Condensed): column header every page, grey patient bars "<name>  Acct  Payer ICN", "DOS (1/6/2026) / CPT/Mod
      glued "97112GPCQ" / Qty "2.00" / Charge / Allowed / Deduct / Coins / CO45 / CO253 / Other adj / Ins Paid / Pt
      Resp / Remark", a CO97 denial, "Claim subtotal" rows
  s1  pediatric therapy clinic family statement (fpdf2, portrait, Liberation Sans Narrow): tear-off payment stub
      (guarantor, family account, amount due), "Account activity by visit": "Patient / Visit # / Insurance" heading
      rows, "Date / Description / CPT-Mod "97533-GO-59" / Units / Charges / Payments / Adjustments / Balance" with a
      running balance, "Visit charges" rows, insurer payment rows naming the insurer's claim number, "($270.36)"
      credits, three children, a visit still awaiting payment
  s2  hospital guarantor statement (reportlab, portrait, DejaVu Serif): guarantor block and account summary box,
      per-account shaded heads "Patient / Account no." with service-date span and the insurer's claim number,
      "Date (01/05/26) / Rev / HCPCS / Mod / Description of service / Qty / Charges / Credits", "Total charges",
      payment and contractual rows with trailing-minus credits, three family members; the father's 34-line
      account continues on page 2 "(continued from previous page)" with the header repeated

The self-check (--check) tests the factory, not the reader: it extracts each page's words with pdfplumber and, for
every truth line, re-formats the truth values in the layout's own print format (date, end date, code and modifiers
glued or apart, units, every non-null amount, every adjustment's code and amount, every remark) and finds each as a
whole token inside that service's own row band (the row, plus the stacked lines under it in p1), so a value
elsewhere on the page does not count; claim ids and patients are in the document text; every printed claim total
is on its claim's totals row and equals the sum of the lines, unless it is the planted mismatch declared as an
expected finding; the page count and every "Page n of N"; and the document's own arithmetic: billed - adjustments =
paid where every adjustment is printed (d1, d2, p1), allowed - deductible - copay - coinsurance (- CO-253 in p2) =
paid where the layout prints the cost shares (c1, c2, m2, p2).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import h48kit as K  # noqa: E402
from h48kit import G  # noqa: E402

Svc, q, ZERO = G.Svc, G.q, G.ZERO

# codes the shared fee tables lack (invented charges / rates)
for _c, _f, _s, _d in (("97533", "88.00", "31.10", "Sensory integration"),
                       ("97162", "245.00", "101.12", "PT evaluation, moderate complexity"),
                       ("99214", "230.00", "121.40", "Office visit, established, moderate"),
                       ("97750", "105.00", "33.90", "Physical performance test")):
    G.FEE.setdefault(_c, _f)
    G.SCHED.setdefault(_c, _s)
    G.DESC.setdefault(_c, _d)

WORDS = {  # our own short wording per code
    "97530": "Functional activities", "97110": "Therapeutic exercise", "97112": "Balance/neuro retraining",
    "97140": "Hands-on therapy", "97535": "Daily living skills training", "97533": "Sensory integration",
    "97165": "OT eval, low", "97166": "OT eval, moderate", "97167": "OT eval, high", "97168": "OT re-eval",
    "92507": "Speech therapy, individual", "92523": "Speech & language eval", "97161": "PT eval, low",
    "97162": "PT eval, moderate", "97163": "PT eval, high", "99213": "Office visit, est.",
    "99214": "Office visit, est., mod.", "G0283": "E-stim, unattended", "0552T": "Laser therapy",
    "97760": "Orthotic training", "L3807": "Wrist-hand orthosis", "97116": "Gait training",
    "97150": "Group therapy", "97129": "Cognitive skills", "97750": "Performance testing",
    "92526": "Feeding/swallowing therapy",
}


def d(mmdd: str, year: int = 2026) -> date:
    return date(year, int(mmdd[:2]), int(mmdd[2:]))


def S(mmdd: str, code: str, units, mods=(), denied=None) -> Svc:
    return Svc(d(mmdd), code, units, tuple(mods), denied=denied)


def series(dates: list[str], pattern: list[tuple]) -> list[Svc]:
    """Visits on the dates, each with the (code, units, mods) of the pattern."""
    return [S(dt, c, u, m) for dt in dates for c, u, m in pattern]


OT = [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]
PT = [("97110", 2, ("GP",)), ("97140", 1, ("GP", "59"))]
ST = [("92507", 1, ("GN",))]


class Flow:
    def __init__(self, doc, top, bottom, on_page):
        self.doc, self.top, self.bottom, self.on_page = doc, top, bottom, on_page
        self.y = top

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.doc.new_page()
            self.y = self.top
            self.on_page(self)
            return True
        return False


def cols_draw(doc, cols, y, cells, size, bold=False):
    """cols: list of (key, x, align); x = left edge for 'l', right edge for 'r', centre for 'c'."""
    for key, x, al in cols:
        v = cells.get(key)
        if v:
            doc.text(x, y, v, size, bold, al)


def header_draw(doc, cols, y, heads, size, bold=True, lead=None):
    lead = lead or size + 1
    for key, x, al in cols:
        for i, part in enumerate(heads.get(key, "").split("\n")):
            doc.text(x, y + i * lead, part, size, bold, al)


# ================================================================== c1 commercial PPO member EOB (reportlab)

def build_c1(doc, rec, total):
    F = K.Fmt(date=lambda x: G.dfmt(x, "mdy2"), money=lambda a: G.money(a, ","),
              code=lambda c, m: [" ".join([c, *m])])
    st = G.PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30")})
    claims = [
        ("Alan Voss", "Self", "NMS-30917", "CRH-2601-451007", "North Mill Sports Rehab",
         [S("0106", "97162", 1, ("GP",))] + series(["0108", "0113"], PT) + [S("0113", "0552T", 1, (), "PR")]),
        ("Ellis Voss", "Son", "BPT-55187", "CRH-2601-452913", "Brightside Pediatric Therapy",
         [S("0106", "92523", 1, ("GN",))] + series(["0113", "0120", "0127"], ST)),
        ("Nora Voss", "Daughter", "BPT-55120", "CRH-2601-448220", "Brightside Pediatric Therapy",
         [S("0105", "97166", 1, ("GO",))] + series(["0107", "0109", "0112", "0114", "0116", "0119", "0121", "0123",
                                                     "0126", "0128"], OT + [("97110", 1, ("GO", "59"))])
         + [S("0130", "97533", 2, ("GO",))]),
        ("Alan Voss", "Self", "24-00981", "CRH-2601-460455", "Maple Ave Family Practice",
         [S("0122", "99213", 1, ("25",)), S("0122", "G0283", 1)]),
    ]
    for *_, svcs in claims:
        for s in svcs:
            G.commercial(s, st, deny_reason="96")
    size = 6.6
    cols = [("date", 36, "l"), ("svc", 70, "l"), ("code", 156, "l"), ("billed", 236, "r"), ("disc", 272, "r"),
            ("allow", 308, "r"), ("nc", 342, "r"), ("ded", 376, "r"), ("cop", 406, "r"), ("coi", 440, "r"),
            ("paid", 478, "r"), ("owes", 516, "r"), ("msg", 526, "l")]
    heads = {"date": "Service\ndate", "svc": "Service", "code": "Code /\nmodifiers", "billed": "Amount\ncharged",
             "disc": "Network\ndiscount", "allow": "Allowed\namount", "nc": "Not\ncovered", "ded": "Deduct-\nible",
             "cop": "Copay", "coi": "Coins-\nurance", "paid": "Plan\npaid", "owes": "You\nowe", "msg": "Msg"}
    state = {"claim": None}

    def furniture(fl):
        doc.text(36, 30, "CEDAR RIDGE HEALTH PLAN", 11, True)
        doc.text(36, 40, "Explanation of Benefits  -  THIS IS NOT A BILL", 7.5)
        doc.text(576, 30, "Statement date: 02/02/26", 7, False, "r")
        doc.text(576, 40, "Member ID: CRH884120533   Group: 00417-PPO", 7, False, "r")
        doc.line(36, 46, 576, 46, 1)
        doc.text(306, 770, f"Page {doc.page} of {total}", 6.5, False, "c")
        doc.text(36, 770, "Questions? Call Member Services 1-800-555-0148 (TTY 711), Mon-Fri 8am-8pm.", 6)
        fl.y = 60
        if state["claim"] is not None and fl is not None and state.get("cont"):
            pt, rel, acct, pcn, prov = state["claim"]
            doc.rect(36, fl.y - 8, 540, 11, fill=0.88, stroke=False)
            doc.text(40, fl.y, f"{pt} ({rel}) - continued   Claim number {pcn}", 7, True)
            fl.y += 12
            header(fl)

    def header(fl):
        header_draw(doc, cols, fl.y, heads, 6.2)
        doc.line(36, fl.y + 9, 576, fl.y + 9)
        fl.y += 18

    fl = Flow(doc, 60, 748, furniture)
    furniture(fl)
    # member block and summary
    doc.text(36, fl.y + 8, "ALAN VOSS", 8, True)
    doc.text(36, fl.y + 18, "1874 QUARRY HILL RD", 8)
    doc.text(36, fl.y + 28, "LINDENPORT, OR 97388-2210", 8)
    doc.rect(330, fl.y, 246, 44, fill=0.95)
    doc.text(336, fl.y + 10, "Your plan year to date (family, in network)", 7, True)
    doc.text(336, fl.y + 21, "Deductible met:  $250.00 of $1,000.00", 7)
    doc.text(336, fl.y + 31, "Out-of-pocket met:  $1,112.40 of $6,000.00", 7)
    fl.y += 58
    doc.text(36, fl.y, "Claims processed this period", 9, True)
    fl.y += 12
    for pt, rel, acct, pcn, prov, svcs in claims:
        doc.text(40, fl.y, f"{pt}  -  {prov}", 7)
        doc.text(576, fl.y, "You owe " + G.money(G.total(svcs, "owes")), 7, False, "r")
        fl.y += 9
    fl.y += 8
    for pt, rel, acct, pcn, prov, svcs in claims:
        fl.need(60)
        state["claim"], state["cont"] = (pt, rel, acct, pcn, prov), False
        doc.rect(36, fl.y - 8, 540, 22, fill=0.88, stroke=False)
        doc.text(40, fl.y, f"Patient: {pt} ({rel})", 7.5, True)
        doc.text(250, fl.y, f"Claim number: {pcn}", 7.5, True)
        doc.text(40, fl.y + 10, f"Provider: {prov}  (in network)", 7)
        doc.text(250, fl.y + 10, f"Patient account no.: {acct}", 7)
        doc.text(440, fl.y + 10, "Processed 01/31/26", 7)
        fl.y += 24
        header(fl)
        state["cont"] = True
        for s in svcs:
            fl.need(10)
            m = ["NC"] if s.denied else (["D1"] if s.deductible else [])
            if s.copay:
                m = ["CP"]
            cols_draw(doc, cols, fl.y, {
                "date": F.date(s.dos), "svc": WORDS[s.code], "code": F.code(s.code, s.mods)[0],
                "billed": F.money(s.billed), "disc": F.money(s.discount), "allow": F.money(s.allowed),
                "nc": F.money(s.not_covered), "ded": F.money(s.deductible), "cop": F.money(s.copay),
                "coi": F.money(s.coinsurance), "paid": F.money(s.paid), "owes": F.money(s.owes),
                "msg": " ".join(m)}, size)
            rec.add(K.tline(doc.page, s, claim_id=acct, pcn=pcn, patient=pt, units=False,
                            printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                     "coinsurance", "paid", "patient_owes"), remarks=m), doc.page, fl.y - 7, fl.y + 2)
            fl.y += 10
        fl.need(12)
        doc.line(36, fl.y - 7, 576, fl.y - 7)
        tot = {k: G.total(svcs, a) for k, a in (("billed", "billed"), ("disc", "discount"), ("allow", "allowed"),
                                                  ("nc", "not_covered"), ("ded", "deductible"), ("cop", "copay"),
                                                  ("coi", "coinsurance"), ("paid", "paid"), ("owes", "owes"))}
        cols_draw(doc, cols, fl.y + 1, {"date": "Claim totals", **{k: F.money(v) for k, v in tot.items()}}, size, True)
        rec.claims.append(({"claim_id": acct, "payer_claim_id": pcn, "patient": pt,
                            "totals": G.claim_totals(tot["billed"], tot["allow"], tot["paid"], tot["owes"])},
                           [(doc.page, fl.y - 6, fl.y + 3)]))
        state["claim"] = None
        fl.y += 18
    fl.need(60)
    doc.text(36, fl.y, "Message codes", 8, True)
    legend = [("CP", "Your plan's office-visit copay applies to this service."),
              ("D1", "This amount counts toward your plan-year deductible."),
              ("NC", "Your plan does not cover this service; the provider may bill you for it.")]
    for i, (c, t) in enumerate(legend):
        doc.text(36, fl.y + 10 + 9 * i, f"{c}  {t}", 6.8)
    return F, {"cost_share": True, "page_of": True}, legend, []


# ================================================================== c2 TPA self-funded plan EOB (fpdf2)

def build_c2(doc, rec, total):
    F = K.Fmt(date=lambda x: G.dfmt(x, "mdy4"), end=lambda x: G.dfmt(x, "mdy4"),
              money=lambda a: G.money(a, ",", "()"), code=lambda c, m: [c, *m], units=lambda u: f"{u:.1f}")
    st = G.PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    fam = [("Rosa Delacroix-Imes", "Spouse"), ("Theo Imes", "Dependent"), ("June Imes", "Dependent"),
           ("Garrett Imes", "Employee")]
    raw = [
        (0, "WPT-88104", "TPA26-0117-3301", "Westbank Physical Therapy",
         [S("0105", "97161", 1, ("GP",))] + series(["0107", "0112", "0114"], [("97110", 3, ("GP",)),
                                                                               ("97112", 1, ("GP",))])),
        (1, "HH-71220", "TPA26-0118-0452", "Harbor Hands OT Group",
         [S("0106", "97167", 1, ("GO",)), S("0109", "97530", 3, ("GO",)), S("0109", "97760", 1, ("GO",)),
          S("0109", "L3807", 1, ("RT",)), S("0116", "97530", 3, ("GO",)), S("0116", "97535", 1, ("GO", "CO"))]),
        (2, "SLC-4409", "TPA26-0121-7790", "Speak Easy Language Clinic",
         [S("0108", "92523", 1, ("GN",)), S("0115", "92507", 1, ("GN",)), S("0122", "92507", 1, ("GN",)),
          S("0122", "97129", 2, ("GN",), "PR")]),
        (3, "MFP-20577", "TPA26-0125-1148", "Millford Primary Care",
         [S("0120", "99214", 1), S("0120", "G0283", 1)]),
    ]
    claims = []
    for who, acct, pcn, prov, svcs in raw:
        for s in svcs:
            G.commercial(s, st, deny_reason="204")
            s.discount = s.discount if not s.denied else ZERO
        claims.append((fam[who], acct, pcn, prov, svcs))
    # a reprocessed December claim: the earlier payment reversed, then the corrected line
    old = S("1229", "97110", 2, ("GP",))
    old.dos = date(2025, 12, 29)
    G.commercial(old, G.PlanState(allowed_rate=Decimal("0.78")))
    rev = G.negate(old)
    new = S("1229", "97110", 3, ("GP", "KX"))
    new.dos = date(2025, 12, 29)
    G.commercial(new, G.PlanState(allowed_rate=Decimal("0.78")))
    claims.append((fam[0], "WPT-87331", "TPA25-1230-5561A", "Westbank Physical Therapy", [rev, new]))
    size = 7
    cols = [("from", 30, "l"), ("to", 78, "l"), ("proc", 128, "l"), ("mod", 160, "l"), ("units", 210, "r"),
            ("billed", 262, "r"), ("disc", 312, "r"), ("nc", 358, "r"), ("rsn", 364, "l"), ("allow", 430, "r"),
            ("ded", 478, "r"), ("pct", 506, "r"), ("coi", 556, "r"), ("paid", 612, "r"), ("owes", 668, "r"),
            ("rmk", 680, "l")]
    heads = {"from": "From", "to": "To", "proc": "Proc", "mod": "Mod", "units": "Units", "billed": "Charges",
             "disc": "PPO\nSavings", "nc": "Excluded", "rsn": "Rsn", "allow": "Covered\nCharges",
             "ded": "Deductible", "pct": "Pd\n%", "coi": "Co-Ins", "paid": "Benefit\nPaid",
             "owes": "Patient\nResp.", "rmk": "Rmk"}
    planted = 1  # index of the claim whose printed Benefit Paid total is 10.00 too high

    def furniture(fl):
        doc.rect(24, 22, 744, 34, fill=0.93)
        doc.text(32, 36, "Lakeshore Trades Health & Welfare Fund", 12, True)
        doc.text(32, 48, "Administered by Corbel Benefit Administrators, Inc.  PO Box 40418, Dunmore, MN 55071", 7)
        doc.text(760, 36, "EXPLANATION OF BENEFITS", 10, True, "r")
        doc.text(760, 48, f"Page {doc.page} of {total}", 7, False, "r")
        doc.text(32, 594, "This statement is not a bill. Keep it with your records. Appeals must be filed within "
                 "180 days of the date of this statement.", 6.5)
        fl.y = 72

    def header(fl):
        doc.line(24, fl.y - 8, 768, fl.y - 8)
        header_draw(doc, cols, fl.y, heads, 6.6)
        doc.line(24, fl.y + 10, 768, fl.y + 10)
        fl.y += 20

    fl = Flow(doc, 72, 575, furniture)
    furniture(fl)
    doc.text(32, fl.y, "Employee: GARRETT IMES     SSN: XXX-XX-4471     Member No.: LTH0098812     "
             "Statement date: 02/02/2026", 7.5, True)
    doc.text(32, fl.y + 11, "Check no. 0007719420 issued to provider(s) as shown below. Claims are listed by patient.", 7)
    fl.y += 26
    for i, ((pt, rel), acct, pcn, prov, svcs) in enumerate(claims):
        fl.need(34 + 10 * len(svcs))
        doc.text(32, fl.y, f"Patient: {pt}", 8, True)
        doc.text(220, fl.y, f"Relationship: {rel}", 7.5)
        doc.text(330, fl.y, f"Claim No.: {pcn}", 7.5)
        doc.text(480, fl.y, f"Pt Acct: {acct}", 7.5)
        doc.text(600, fl.y, f"Payee: {prov}", 7.5)
        fl.y += 14
        header(fl)
        for s in svcs:
            r = []
            if s.denied:
                r = ["X4"]
            elif s.billed < 0:
                r = ["R9"]
            pct = "" if s.denied or not s.allowed else "80"
            cols_draw(doc, cols, fl.y, {
                "from": F.date(s.dos), "to": F.end(s.dos), "proc": s.code, "mod": " ".join(s.mods),
                "units": F.units(s.units), "billed": F.money(s.billed), "disc": F.money(s.discount),
                "nc": F.money(s.not_covered), "rsn": "X4" if s.denied else "", "allow": F.money(s.allowed),
                "ded": F.money(s.deductible), "pct": pct, "coi": F.money(s.coinsurance), "paid": F.money(s.paid),
                "owes": F.money(s.owes), "rmk": "R9" if s.billed < 0 else ""}, size)
            rec.add(K.tline(doc.page, s, claim_id=acct, pcn=pcn, patient=pt, end=s.dos, remarks=r,
                            printed=("billed", "discount", "not_covered", "allowed", "deductible", "coinsurance",
                                     "paid", "patient_owes")), doc.page, fl.y - 7, fl.y + 2)
            fl.y += 10
        tot = {k: G.total(svcs, k) for k in ("billed", "discount", "not_covered", "allowed", "deductible",
                                              "coinsurance", "paid", "owes")}
        ptot = dict(tot)
        if i == planted:
            ptot["paid"] += Decimal("10.00")
        doc.line(190, fl.y - 7, 768, fl.y - 7)
        cols_draw(doc, cols, fl.y + 1, {"proc": "Claim Totals", "billed": F.money(ptot["billed"]),
                                        "disc": F.money(ptot["discount"]), "nc": F.money(ptot["not_covered"]),
                                        "allow": F.money(ptot["allowed"]), "ded": F.money(ptot["deductible"]),
                                        "coi": F.money(ptot["coinsurance"]), "paid": F.money(ptot["paid"]),
                                        "owes": F.money(ptot["owes"])}, size, True)
        rec.claims.append(({"claim_id": acct, "payer_claim_id": pcn, "patient": pt,
                            "totals": G.claim_totals(ptot["billed"], ptot["allowed"], ptot["paid"], ptot["owes"])},
                           [(doc.page, fl.y - 6, fl.y + 3)]))
        fl.y += 22
    fl.need(50)
    legend = [("X4", "Charge excluded under the plan document; member is responsible."),
              ("R9", "Earlier processing reversed; claim re-processed with corrected modifier.")]
    doc.text(32, fl.y, "Remark / reason codes:", 7.5, True)
    for i, (c, t) in enumerate(legend):
        doc.text(32, fl.y + 10 + 9 * i, f"{c} - {t}", 7)
    pc = claims[planted]
    return F, {"cost_share": True, "page_of": True}, legend, [
        f"claim-total-mismatch claim {pc[2]}: printed Benefit Paid total "
        f"{G.total(pc[4], 'paid') + Decimal('10.00')} but the lines add up to {G.total(pc[4], 'paid')}"]


# ================================================================== m1 Medicare Summary Notice (fpdf2)

def build_m1(doc, rec, total):
    F = K.Fmt(date=lambda x: G.dfmt(x, "mdy4"), money=lambda a: G.money(a, "$"),
              code=lambda c, m: [f"({c})"])
    st = G.PlanState(ded_left=Decimal("60.00"))
    pt = "RUTH E CALLOWAY"
    claims = [
        ("Riverbend Outpatient Rehab", "26-019-04821-330",
         [S("0105", "97163", 1, ("GP",))] + series(["0107", "0109", "0112", "0114", "0116", "0120", "0122", "0126",
                                                     "0128", "0130"], [("97110", 2, ("GP", "KX")),
                                                                       ("97116", 1, ("GP",)),
                                                                       ("97140", 1, ("GP",))])
         + [S("0130", "97750", 1, ("GP",))]),
        ("Hollis Hand & Upper Limb Therapy", "26-023-11907-118",
         [S("0108", "97165", 1, ("GO",)), S("0115", "97760", 1, ("GO",)), S("0115", "L3807", 1, ("LT",)),
          S("0122", "97530", 2, ("GO",)), S("0122", "0552T", 1, (), "PR")]),
        ("Dr. Ines Marrow, MD", "26-027-55310-902", [S("0121", "99213", 1), S("0121", "G0283", 1)]),
    ]
    for _, _, svcs in claims:
        for s in svcs:
            G.medicare(s, st)
    size = 7.2
    cols = [("date", 40, "l"), ("svc", 96, "l"), ("ok", 300, "c"), ("billed", 372, "r"), ("allow", 436, "r"),
            ("paid", 500, "r"), ("owes", 552, "r"), ("note", 560, "l")]
    heads = {"date": "Date of\nservice", "svc": "Service Provided &\nBilling Code", "ok": "Service\nApproved?",
             "billed": "Amount\nProvider\nCharged", "allow": "Medicare-\nApproved\nAmount",
             "paid": "Amount\nMedicare\nPaid", "owes": "Maximum\nYou May\nBe Billed", "note": "See\nNotes"}
    state = {"cont": None}

    def furniture(fl):
        doc.text(40, 34, "Medicare Summary Notice for Part B (Medical Insurance)", 11, True)
        doc.text(40, 46, f"{pt}   |   Medicare Number XXXX-XX7-QM42   |   Notice date: February 2, 2026", 7)
        doc.line(40, 52, 572, 52, 1.2)
        doc.text(572, 768, f"Page {doc.page} of {total}", 7, False, "r")
        doc.text(40, 768, "Be sure to sign up at a secure Medicare website to get your notices electronically.", 6.3)
        fl.y = 70
        if state["cont"]:
            prov, pcn = state["cont"]
            doc.text(40, fl.y, f"{prov} (continued)   Claim number {pcn}", 8.5, True)
            fl.y += 14
            header(fl)

    def header(fl):
        doc.rect(40, fl.y - 9, 532, 30, fill=0.9, stroke=False)
        header_draw(doc, cols, fl.y, heads, 6.4, lead=8)
        fl.y += 32

    fl = Flow(doc, 70, 748, furniture)
    furniture(fl)
    # page 1 dashboard
    doc.rect(40, fl.y, 250, 90)
    doc.text(48, fl.y + 14, "Your Deductible Status", 9, True)
    doc.text(48, fl.y + 28, "Your deductible is what you must pay each year", 7)
    doc.text(48, fl.y + 38, "before Medicare pays. You have now met your", 7)
    doc.text(48, fl.y + 48, "2026 Part B deductible.", 7)
    doc.rect(310, fl.y, 262, 90)
    doc.text(318, fl.y + 14, "Total You May Be Billed", 9, True)
    owed = sum((G.total(s, "owes") for _, _, s in claims), ZERO)
    doc.text(318, fl.y + 32, G.money(owed), 16, True)
    doc.text(318, fl.y + 48, "Did Medicare approve all services?  NO", 7.5)
    doc.text(318, fl.y + 58, "Number of services Medicare denied: 1", 7.5)
    fl.y += 110
    doc.text(40, fl.y, "Providers with claims this period", 9, True)
    for i, (prov, _, svcs) in enumerate(claims):
        doc.text(48, fl.y + 12 + 10 * i, f"{prov}    {G.dfmt(min(s.dos for s in svcs), 'mon')}", 7.5)
    fl.y += 60
    doc.text(40, fl.y, "If you disagree with a coverage decision, you may appeal. See the last page.", 7.5)
    doc.new_page()
    furniture(fl)
    doc.rect(40, fl.y, 532, 250, fill=0.96)
    guide = ["How to read your claims", "",
             "1  Provider - the name of the office or facility that billed Medicare for your care.",
             "2  Service Provided & Billing Code - a short description of each service and its billing code.",
             "3  Service Approved? - 'Yes' means Medicare covered the service; 'No' means it did not.",
             "4  Amount Provider Charged - what the provider billed Medicare. You do not owe this amount.",
             "5  Medicare-Approved Amount - the most a provider who accepts assignment can be paid in full.",
             "6  Amount Medicare Paid - what Medicare paid the provider, after a small federal reduction.",
             "7  Maximum You May Be Billed - the most the provider may bill you. You may have other",
             "   insurance that pays some or all of this amount. Check with that insurance first.",
             "8  See Notes - letters that point to the notes at the end of this section.", "",
             "Compare this notice with the bills and receipts you get from your providers. If you see",
             "a service you did not get, or a charge that looks wrong, call your provider first. If you",
             "still have questions, call 1-800-555-0100 (TTY 1-877-555-0148).", "",
             "Fraud tip: Never give your Medicare Number to anyone who contacts you uninvited.",
             "To report suspected fraud, call the number above or visit the program's website."]
    for i, g in enumerate(guide):
        doc.text(50, fl.y + 16 + 12 * i, g, 8 if i else 10, not i)
    fl.y += 272
    doc.text(40, fl.y, "Your Claims & Costs This Period", 11, True)
    fl.y += 18
    for prov, pcn, svcs in claims:
        fl.need(70)
        doc.text(40, fl.y, prov, 8.5, True)
        doc.text(40, fl.y + 10, "Service dates: " + G.dfmt(min(s.dos for s in svcs), "mon") + " - " +
                 G.dfmt(max(s.dos for s in svcs), "mon"), 7)
        doc.text(300, fl.y + 10, f"Claim number {pcn}", 7)
        doc.text(300, fl.y + 20, "Provider has accepted assignment", 7)
        fl.y += 34
        header(fl)
        state["cont"] = (prov, pcn)
        for s in svcs:
            fl.need(11)
            note = ["C"] if s.denied else (["A"] if s.deductible else ["B"])
            cols_draw(doc, cols, fl.y, {"date": F.date(s.dos), "svc": f"{WORDS[s.code]} {F.code(s.code, ())[0]}",
                                        "ok": "No" if s.denied else "Yes", "billed": F.money(s.billed),
                                        "allow": F.money(s.allowed), "paid": F.money(s.paid),
                                        "owes": F.money(s.owes), "note": note[0]}, size)
            rec.add(K.tline(doc.page, s, claim_id=None, pcn=pcn, patient=pt, units=False, mods=False, remarks=note,
                            printed=("billed", "allowed", "paid", "patient_owes")), doc.page, fl.y - 7, fl.y + 2)
            fl.y += 11
        state["cont"] = None
        fl.need(14)
        doc.line(40, fl.y - 7, 572, fl.y - 7)
        t = {k: G.total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        cols_draw(doc, cols, fl.y + 1, {"svc": "Total for this claim", "billed": F.money(t["billed"]),
                                        "allow": F.money(t["allowed"]), "paid": F.money(t["paid"]),
                                        "owes": F.money(t["owes"])}, size, True)
        rec.claims.append(({"claim_id": None, "payer_claim_id": pcn, "patient": pt,
                            "totals": G.claim_totals(t["billed"], t["allowed"], t["paid"], t["owes"])},
                           [(doc.page, fl.y - 6, fl.y + 3)]))
        fl.y += 22
    legend = [("A", "This approved amount went toward your yearly Part B deductible."),
              ("B", "Medicare paid 80% of the approved amount after a 2% federal payment cut."),
              ("C", "Medicare does not pay for this item; you may be billed for it.")]
    fl.need(50)
    doc.text(40, fl.y, "Notes for Your Claims", 9, True)
    for i, (c, t) in enumerate(legend):
        doc.text(40, fl.y + 12 + 10 * i, f"{c}  {t}", 7.2)
    return F, {"page_of": True}, legend, []


# ================================================================== m2 Medicare Advantage EOB (reportlab)

def build_m2(doc, rec, total):
    F = K.Fmt(date=lambda x: G.dfmt(x, "mon"), money=lambda a: G.money(a, "$"),
              code=lambda c, m: [c, *m])
    pt = "Walter P. Osei"
    st = G.PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.46"))
    claims = [
        ("Summit Lane Therapy Services", "MA26W0104418",
         [S("0106", "97162", 1, ("GP",))] + series(["0108", "0113", "0115"], [("97110", 2, ("GP",)),
                                                                              ("97112", 1, ("GP", "CQ"))])),
        ("Summit Lane Therapy Services", "MA26W0109902",
         series(["0120", "0122", "0127"], [("97530", 2, ("GO",)), ("97535", 1, ("GO",))])),
        ("Aldergrove Medical Associates", "MA26W0111375",
         [S("0123", "99214", 1), S("0123", "G0283", 1, (), "PR"), S("0123", "97760", 1, ("GO",))]),
    ]
    for _, _, svcs in claims:
        for s in svcs:
            G.commercial(s, st, deny_reason="197")
    size = 7.4
    cols = [("date", 40, "l"), ("svc", 110, "l"), ("code", 250, "l"), ("mod", 290, "l"), ("billed", 400, "r"),
            ("allow", 470, "r"), ("paid", 535, "r"), ("cop", 590, "r"), ("nc", 650, "r"), ("owes", 710, "r"),
            ("note", 724, "l")]
    heads = {"date": "Date of\nservice", "svc": "Service you received", "code": "Billing\ncode",
             "mod": "Modifier", "billed": "Amount the\nprovider billed", "allow": "Plan-approved\namount",
             "paid": "Plan's\nshare", "cop": "Your\ncopay", "nc": "Not covered\nby plan",
             "owes": "Total you\nmay owe", "note": "Note"}

    def furniture(fl):
        doc.text(40, 36, "Tallgrass Senior Advantage (HMO)", 13, True)
        doc.text(40, 48, "Your Explanation of Benefits - medical services, January 2026", 8.5)
        doc.text(752, 36, f"Member: {pt}", 8, True, "r")
        doc.text(752, 48, f"Member ID: TSA-0044719-01   Page {doc.page} of {total}", 8, False, "r")
        doc.line(40, 56, 752, 56, 1.5)
        doc.text(40, 590, "Tallgrass Senior Advantage is an HMO plan with a Medicare contract. This is not a bill.", 6.5)
        fl.y = 74

    fl = Flow(doc, 74, 570, furniture)
    furniture(fl)
    # two-column summary band
    doc.rect(40, fl.y, 340, 62, fill=0.94)
    doc.text(48, fl.y + 14, "This month", 9, True)
    t_all = [s for _, _, sv in claims for s in sv]
    doc.text(48, fl.y + 28, "Total cost of your services:  " + G.money(G.total(t_all, "billed")), 8)
    doc.text(48, fl.y + 40, "Plan paid:  " + G.money(G.total(t_all, "paid")), 8)
    doc.text(48, fl.y + 52, "You may owe:  " + G.money(G.total(t_all, "owes")), 8)
    doc.rect(400, fl.y, 352, 62, fill=0.94)
    doc.text(408, fl.y + 14, "Year to date (2026)", 9, True)
    doc.text(408, fl.y + 28, "Your out-of-pocket spending:  $485.00 of $4,900.00 maximum", 8)
    doc.text(408, fl.y + 40, "Copay for each physical, occupational or speech therapy visit day: $20.00", 8)
    fl.y += 82
    for prov, pcn, svcs in claims:
        fl.need(60 + 11 * len(svcs))
        doc.rect(40, fl.y - 9, 712, 24, fill=0.86, stroke=False)
        doc.text(46, fl.y, f"Claim number {pcn}", 8.5, True)
        doc.text(260, fl.y, f"Provider: {prov}", 8.5)
        doc.text(46, fl.y + 11, f"Patient: {pt}     Processed: Jan 30, 2026     Network provider", 7.5)
        fl.y += 28
        header_draw(doc, cols, fl.y, heads, 6.6)
        doc.line(40, fl.y + 10, 752, fl.y + 10)
        fl.y += 21
        for s in svcs:
            note = ["4"] if s.denied else (["2"] if s.copay else ["1"])
            cols_draw(doc, cols, fl.y, {"date": F.date(s.dos), "svc": WORDS[s.code], "code": s.code,
                                        "mod": " ".join(s.mods), "billed": F.money(s.billed),
                                        "allow": F.money(s.allowed), "paid": F.money(s.paid),
                                        "cop": F.money(s.copay), "nc": F.money(s.not_covered),
                                        "owes": F.money(s.owes), "note": note[0]}, size)
            rec.add(K.tline(doc.page, s, claim_id=None, pcn=pcn, patient=pt, units=False, remarks=note,
                            printed=("billed", "allowed", "paid", "copay", "not_covered", "patient_owes")),
                    doc.page, fl.y - 7, fl.y + 2)
            fl.y += 11
        t = {k: G.total(svcs, k) for k in ("billed", "allowed", "paid", "copay", "not_covered", "owes")}
        doc.line(40, fl.y - 7, 752, fl.y - 7)
        cols_draw(doc, cols, fl.y + 1, {"svc": "Claim total", **{
            kk: F.money(t[k]) for kk, k in (("billed", "billed"), ("allow", "allowed"), ("paid", "paid"),
                                            ("cop", "copay"), ("nc", "not_covered"), ("owes", "owes"))}},
                  size, True)
        rec.claims.append(({"claim_id": None, "payer_claim_id": pcn, "patient": pt,
                            "totals": G.claim_totals(t["billed"], t["allowed"], t["paid"], t["owes"])},
                           [(doc.page, fl.y - 6, fl.y + 3)]))
        fl.y += 24
    legend = [("1", "Plan paid its full share for this covered service."),
              ("2", "Your therapy or office-visit copay was applied once for this visit day."),
              ("4", "This service is not covered by your plan; see your Evidence of Coverage.")]
    fl.need(50)
    doc.text(40, fl.y, "Notes", 9, True)
    for i, (c, t) in enumerate(legend):
        doc.text(40, fl.y + 12 + 10 * i, f"{c}  {t}", 7.5)
    return F, {"cost_share": True, "page_of": True}, legend, []


# ================================================================== d1 state Medicaid RA, fixed-width (reportlab)

def build_d1(doc, rec, total):
    F = K.Fmt(date=lambda x: G.dfmt(x, "mdY8"), end=lambda x: G.dfmt(x, "mdY8"),
              money=lambda a: G.money(a, "", "trail"), code=lambda c, m: [c, *m], units=lambda u: f"{u:.2f}",
              adj=lambda g, r, a: [f"{g}{r}", G.money(a, "", "trail")])
    recips = [
        ("HALVORSEN, MIKA J", "400192388110", "KPT55120", "2626011000123"),
        ("BRANDT-OKAFOR, LEVI", "400207745102", "KPT55201", "2626011000146"),
        ("TRAN, SOPHIE A", "400188210943", "KPT55233", "2626011000178"),
        ("GUZMAN, ELI R", "400215530077", "KPT55260", "2626011000209"),
        ("TRAN, SOPHIE A", "400188210943", "KPT54870", "2626011000231"),
        ("PELLETIER, NOAH", "400230019465", "KPT55302", "2626011000255"),
    ]
    paid_claims = [
        (1, [S("0106", "92523", 1, ("GN",))] + series(["0113", "0120", "0127"], [("92507", 1, ("GN",))])),
        (0, [S("0105", "97166", 1, ("GO",))] + series(["0107", "0109", "0112", "0114", "0116", "0120", "0122",
                                                        "0126", "0128"], [("97530", 2, ("GO",)),
                                                                          ("97533", 1, ("GO", "59")),
                                                                          ("97535", 1, ("GO",))])),
        (2, series(["0108", "0115", "0122", "0129"], [("97110", 2, ("GP",)), ("97112", 1, ("GP",)),
                                                      ("97140", 1, ("GP",))])),
        (5, [S("0106", "97165", 1, ("GO",))] + series(["0108", "0113", "0115", "0120", "0122", "0127", "0129"],
                                                       [("97530", 3, ("GO",)), ("97535", 1, ("GO",))])),
    ]
    denied = [(3, [S("0109", "97530", 3, ("GO",), "CO"), S("0109", "97535", 1, ("GO",), "CO")])]
    old = [S("1215", "97530", 2, ("GO",)), S("1215", "97535", 1, ("GO",))]
    for s in old:
        s.dos = date(2025, 12, 15)
        G.medicaid(s)
    voids = [(4, [G.negate(s) for s in old])]
    for _, svcs in paid_claims:
        for s in svcs:
            G.medicaid(s)
    for _, svcs in denied:
        for s in svcs:
            G.medicaid(s, deny_reason="197")
    size = 6.8

    def row(text, y, bold=False):
        doc.text(30, y, text, size, bold)

    HDR = (f"{'LN':<4}{'FROM DOS':<10}{'TO DOS':<10}{'POS':<4}{'PROC':<6}{'MODS':<7}{'UNITS':>5} {'BILLED':>10} "
           f"{'ALLOWED':>10} {'PAID':>10}  {'ADJ':<5}{'ADJ AMT':>8}   EOB")
    state = {"sec": None, "cont": None}

    def furniture(fl):
        row("STATE OF NORTH WESSEX  -  DEPARTMENT OF FAMILY HEALTH  -  MEDICAL ASSISTANCE PROGRAM", 30, True)
        row("PROVIDER REMITTANCE ADVICE                     RA NO. 0004417726      RA DATE 02/02/2026"
            f"      PAGE {doc.page} OF {total}", 40, True)
        row("PAYEE: KITE PEDIATRIC THERAPY LLC    PROVIDER ID 1093817745    TAXONOMY 225X00000X", 50)
        row("-" * 101, 58)
        row(HDR, 66, True)
        row("-" * 101, 74)
        fl.y = 86
        if state["sec"]:
            row(f"*** {state['sec']} (CONTINUED) ***", fl.y, True)
            fl.y += 10
        if state["cont"]:
            row(state["cont"] + "  (CONT'D)", fl.y)
            fl.y += 10

    fl = Flow(doc, 86, 760, furniture)
    furniture(fl)
    for title, group in (("CLAIMS PAID", paid_claims), ("CLAIMS DENIED", denied), ("CLAIM ADJUSTMENTS - VOIDS", voids)):
        fl.need(40)
        row(f"*** {title} ***", fl.y, True)
        state["sec"] = title
        fl.y += 12
        for who, svcs in group:
            name, mid, pcn, icn = recips[who]
            fl.need(34)
            head = f"RECIP: {name:<22} MEDICAID ID {mid}  PAT ACCT {pcn:<9} ICN {icn}"
            row(head, fl.y, True)
            fl.y += 10
            state["cont"] = head
            for n, s in enumerate(svcs, 1):
                fl.need(10)
                adj = s.adjs[0] if s.adjs else None
                eob = "0970" if s.denied else ("0915" if s.billed < 0 else "0001")
                txt = (f"{n:02d}  {F.date(s.dos)}  {F.end(s.dos)}  11  {s.code:<5} {' '.join(s.mods):<7}"
                       f"{F.units(s.units):>5} {F.money(s.billed):>10} {F.money(s.allowed):>10} {F.money(s.paid):>10}"
                       f"  {(adj[0] + adj[1]) if adj else '':<5}{F.money(adj[2]) if adj else '':>8}   {eob}")
                row(txt, fl.y)
                rec.add(K.tline(doc.page, s, claim_id=pcn, pcn=icn, patient=name, end=s.dos, adjs=s.adjs,
                                remarks=[eob], printed=("billed", "allowed", "paid")), doc.page, fl.y - 7, fl.y + 2)
                fl.y += 10
            state["cont"] = None
            t = {k: G.total(svcs, k) for k in ("billed", "allowed", "paid")}
            fl.need(10)
            row(f"{'    CLAIM TOTAL':<46} {F.money(t['billed']):>10} {F.money(t['allowed']):>10} "
                f"{F.money(t['paid']):>10}", fl.y, True)
            rec.claims.append(({"claim_id": pcn, "payer_claim_id": icn, "patient": name,
                                "totals": G.claim_totals(t["billed"], t["allowed"], t["paid"])},
                               [(doc.page, fl.y - 6, fl.y + 3)]))
            fl.y += 14
        state["sec"] = None
    fl.need(60)
    legend = [("0001", "PAID PER STATE FEE SCHEDULE"), ("0970", "SERVICE NEEDS AN APPROVED PRIOR AUTHORIZATION"),
              ("0915", "CLAIM VOIDED AT PROVIDER REQUEST; PRIOR PAYMENT RECOVERED")]
    row("EOB CODE DESCRIPTIONS", fl.y, True)
    for i, (c, t) in enumerate(legend):
        row(f"  {c}  {t}", fl.y + 10 + 10 * i)
    return F, {"adj_sum": True, "page_of": True}, legend, []


# ================================================================== d2 Medicaid managed-care RA, boxed (fpdf2)

def build_d2(doc, rec, total):
    F = K.Fmt(date=lambda x: G.dfmt(x, "mdyn"), end=lambda x: G.dfmt(x, "mdyn"),
              money=lambda a: G.money(a, ","), code=lambda c, m: [c, *m],
              adj=lambda g, r, a: [f"{g}-{r}", G.money(a, ",")])
    members = [("Aubrey Lindqvist", "MC7730018842", "TMH-19022"), ("Dario Feliciano", "MC7730023319", "TMH-19047"),
               ("Hazel Moreau", "MC7730009127", "TMH-19051"), ("Jonah Whitcomb", "MC7730031560", "TMH-19066")]
    raw = [
        (0, "2601W00881731", series(["0105", "0112", "0119"], [("97110", 2, ("GP",)), ("97140", 1, ("GP", "59"))])),
        (1, "2601W00881764", [S("0106", "97165", 1, ("GO",))] + series(["0113", "0120", "0127"],
                                                                        [("97530", 3, ("GO",))])),
        (2, "2601W00882015", [S("0107", "92523", 1, ("GN",)), S("0114", "92507", 1, ("GN",)),
                              S("0121", "92507", 1, ("GN",)), S("0128", "92507", 1, ("GN",))]),
        (3, "2601W00882240", [S("0108", "97161", 1, ("GP",), "CO"), S("0108", "97110", 2, ("GP",), "CO")]),
        (0, "2601W00883102", [S("0126", "97110", 2, ("GP",)), S("0126", "G0283", 1, ("GP",))]),
    ]
    claims = []
    for who, tcn, svcs in raw:
        for k, s in enumerate(svcs):
            G.medicaid(s, deny_reason="16")
            s.tpl = ZERO
            if who == 1 and s.code == "97530":  # other insurance paid part of the line
                s.tpl = q(s.allowed * Decimal("0.40"))
                s.paid = s.allowed - s.tpl
                s.adjs.append(("OA", "23", s.tpl))
            s.rmk = ["N381"] if s.denied else (["MA01"] if s.tpl else [])
            if s.denied:
                s.rmk = ["M76"]
        claims.append((members[who], tcn, svcs))
    size = 7
    cols = [("ln", 44, "r"), ("from", 52, "l"), ("to", 100, "l"), ("proc", 150, "l"), ("m1", 184, "l"),
            ("m2", 206, "l"), ("units", 252, "r"), ("billed", 310, "r"), ("allow", 366, "r"), ("tpl", 414, "r"),
            ("paid", 468, "r"), ("adj", 482, "l"), ("rmk", 660, "l")]
    heads = {"ln": "Ln", "from": "Svc From", "to": "Svc To", "proc": "Proc", "m1": "Mod1", "m2": "Mod2",
             "units": "Units", "billed": "Billed", "allow": "Allowed", "tpl": "TPL", "paid": "Paid",
             "adj": "Adjustment (grp-rsn amt)", "rmk": "Remarks"}

    def furniture(fl):
        doc.text(36, 34, "BayCrest Community Health Plan - Medicaid Managed Care", 12, True)
        doc.text(36, 46, "Remittance Advice   |   Payment #: EFT 558120073   |   Payment date: 01/30/2026", 7.5)
        doc.text(756, 34, "Payee: Tidewater Motion & Speech", 8, True, "r")
        doc.text(756, 46, "NPI 1447702918   TIN XX-XXX8815", 7.5, False, "r")
        doc.text(396, 596, f"Page {doc.page} of {total}", 7, False, "c")
        fl.y = 66

    fl = Flow(doc, 66, 580, furniture)
    furniture(fl)
    for (name, mid, acct), tcn, svcs in claims:
        h = 48 + 11 * len(svcs)
        fl.need(h + 10)
        y0 = fl.y
        doc.rect(36, y0, 720, 26, fill=0.9)
        status = "DENIED" if all(s.denied for s in svcs) else "PAID"
        labels = [("Member", name, 42), ("Member ID", mid, 190), ("Patient Acct #", acct, 300),
                  ("TCN", tcn, 410), ("Claim Status", status, 540), ("Billed", F.money(G.total(svcs, "billed")), 620),
                  ("Paid", F.money(G.total(svcs, "paid")), 690)]
        for lab, val, x in labels:
            doc.text(x, y0 + 10, lab, 6.3, False, gray=0.35)
            doc.text(x, y0 + 21, val, 7.6, True)
        fl.y = y0 + 36
        header_draw(doc, cols, fl.y, heads, 6.5)
        doc.line(36, fl.y + 3, 756, fl.y + 3, 0.3)
        fl.y += 12
        for n, s in enumerate(svcs, 1):
            adjtxt = "  ".join(f"{g}-{r} {F.money(a)}" for g, r, a in s.adjs)
            cols_draw(doc, cols, fl.y, {"ln": str(n), "from": F.date(s.dos), "to": F.end(s.dos), "proc": s.code,
                                        "m1": s.mods[0] if s.mods else "", "m2": s.mods[1] if len(s.mods) > 1 else "",
                                        "units": F.units(s.units), "billed": F.money(s.billed),
                                        "allow": F.money(s.allowed), "tpl": F.money(s.tpl), "paid": F.money(s.paid),
                                        "adj": adjtxt, "rmk": " ".join(s.rmk)}, size)
            rec.add(K.tline(doc.page, s, claim_id=acct, pcn=tcn, patient=name, end=s.dos, adjs=s.adjs,
                            remarks=s.rmk, printed=("billed", "allowed", "paid")), doc.page, fl.y - 7, fl.y + 2)
            fl.y += 11
        doc.rect(36, y0, 720, fl.y - y0 + 2)
        rec.claims.append(({"claim_id": acct, "payer_claim_id": tcn, "patient": name,
                            "totals": G.claim_totals(G.total(svcs, "billed"), None, G.total(svcs, "paid"))},
                           [(doc.page, y0 + 14, y0 + 24)]))
        fl.y += 16
    legend = [("M76", "Diagnosis missing or incomplete on the claim."),
              ("MA01", "Other coverage paid first; this payment is the balance due under Medicaid."),
              ("N381", "Contract terms applied.")]
    fl.need(46)
    doc.text(36, fl.y, "Remark code glossary", 8, True)
    for i, (c, t) in enumerate(legend):
        doc.text(36, fl.y + 11 + 9 * i, f"{c}: {t}", 7)
    return F, {"adj_sum": True, "page_of": True}, legend, []


# ================================================================== p1 clearinghouse Medicare paper remit (reportlab)

def build_p1(doc, rec, total):
    F = K.Fmt(date=lambda x: x.strftime("%m%d"), end=lambda x: G.dfmt(x, "mdy6"),
              money=lambda a: G.money(a, ""), code=lambda c, m: [c, *m],
              adj=lambda g, r, a: [f"{g}-{r}", G.money(a, "")])
    pats = [("DUNMORE, AGNES", "1HR7-WX2-PK19", "LCR30417", "0226019118240"),
            ("OYELARAN, FELIX", "7TQ2-AB9-CC03", "LCR30455", "0226019118257"),
            ("PRZYBYLSKI, HELEN", "3MM8-KD4-RE66", "LCR30462", "0226019118263"),
            ("OYELARAN, FELIX", "7TQ2-AB9-CC03", "LCR29981", "0226019118271"),
            ("OYELARAN, FELIX", "7TQ2-AB9-CC03", "LCR29981", "0226019118288")]
    st = G.PlanState(ded_left=Decimal("40.00"))
    claims = [
        (0, "1", [S("0105", "97163", 1, ("GP",))] + series(
            ["0107", "0109", "0112", "0114", "0116", "0119", "0121", "0123", "0126", "0128", "0130"],
            [("97110", 2, ("GP", "KX")), ("97140", 1, ("GP",)), ("97112", 1, ("GP", "KX"))])),
        (1, "1", series(["0106", "0113"], [("97530", 2, ("GO",)), ("97535", 1, ("GO", "CO"))])
         + [S("0113", "0552T", 1, (), "CO")]),
        (2, "1", [S("0108", "92523", 1, ("GN",)), S("0115", "92507", 1, ("GN",)), S("0122", "92507", 1, ("GN",))]),
    ]
    for _, _, svcs in claims:
        for s in svcs:
            G.medicare(s, st, deny_reason="50")
    old = [S("1218", "97530", 2, ("GO",)), S("1218", "97535", 1, ("GO",))]
    for s in old:
        s.dos = date(2025, 12, 18)
        G.medicare(s, G.PlanState())
    new = [S("1218", "97530", 2, ("GO", "KX")), S("1218", "97535", 1, ("GO", "KX"))]
    for s in new:
        s.dos = date(2025, 12, 18)
        G.medicare(s, G.PlanState())
    claims += [(3, "22", [G.negate(s) for s in old]), (4, "1", new)]
    size = 6.9
    # fixed-width Courier: 6.9 pt -> 4.14 pt per char

    def row(t, y, bold=False):
        doc.text(28, y, t, size, bold)

    state = {"cont": None}

    def furniture(fl):
        row("MEDICARE PART B  -  JURISDICTION 9 CONTRACTOR                         MEDICARE", 28, True)
        row("PO BOX 66020  FAIRHOLM  WV  26088                                    REMITTANCE", 37, True)
        row("                                                                       ADVICE", 46, True)
        row("LARKSPUR COMMUNITY REHAB            NPI #: 1982047731", 58)
        row(f"CHECK/EFT #: 0081142957             DATE: 01/29/2026     PAGE #: {doc.page} OF {total}", 67)
        row("  (Printed by ClaimBridge Exchange, RA viewer v4.2)", 76)
        row(f"{'PERF PROV':<12}{'SERV DATE':<13}{'POS':<4}{'NOS':>3}  {'PROC':<5} {'MODS':<9} {'BILLED':>8} "
            f"{'ALLOWED':>8} {'DEDUCT':>7} {'COINS':>7} {'GRP/RC-AMT':<15} {'PROV PD':>9}", 90, True)
        row("_" * 118, 93)
        fl.y = 106
        if state["cont"]:
            row(state["cont"] + " (CONT)", fl.y)
            fl.y += 10

    fl = Flow(doc, 106, 760, furniture)
    furniture(fl)
    for who, claim_status, svcs in claims:
        name, hic, acnt, icn = pats[who]
        fl.need(40)
        head = f"NAME {name:<20} MID {hic:<15} ACNT {acnt:<10} ICN {icn}  ASG Y  MOA MA01"
        row(head, fl.y, True)
        fl.y += 10
        state["cont"] = head
        for s in svcs:
            extra = s.adjs[1:]
            fl.need(10 * (1 + len(extra)))
            g, r, a = s.adjs[0]
            txt = (f"{'1447092815':<12}{F.date(s.dos)} {F.end(s.dos)}  11  {s.units.normalize():>3}  {s.code:<5} "
                   f"{' '.join(s.mods):<9} {F.money(s.billed):>8} {F.money(s.allowed):>8} {F.money(s.deductible):>7} "
                   f"{F.money(s.coinsurance):>7} {g}-{r:<4}{F.money(a):>8} {F.money(s.paid):>9}")
            row(txt, fl.y)
            top = fl.y - 7
            for g2, r2, a2 in extra:
                fl.y += 8.5
                row(f"{'':>84}{g2}-{r2:<4}{F.money(a2):>8}", fl.y)
            rem = ["M15"] if s.denied else []
            if rem:
                fl.y += 10
                row(f"{'':>12}REM: {rem[0]}", fl.y)
            rec.add(K.tline(doc.page, s, claim_id=acnt, pcn=icn, patient=name, end=s.dos, adjs=s.adjs,
                            remarks=rem, units=True, printed=("billed", "allowed", "deductible", "coinsurance", "paid")),
                    doc.page, top, fl.y + 2)
            fl.y += 10
        state["cont"] = None
        t = {k: G.total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")}
        fl.need(22)
        row(f"PT RESP {F.money(t['owes']):>8}          CLAIM TOTALS        {F.money(t['billed']):>8} "
            f"{F.money(t['allowed']):>8} {F.money(t['deductible']):>7} {F.money(t['coinsurance']):>7}"
            f"{'':>17} {F.money(t['paid']):>9}", fl.y)
        rec.claims.append(({"claim_id": acnt, "payer_claim_id": icn, "patient": name,
                            "totals": G.claim_totals(t["billed"], t["allowed"], t["paid"])},
                           [(doc.page, fl.y - 6, fl.y + 3)]))
        fl.y += 10
        row(f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00{'':>22}NET {F.money(t['paid']):>9}"
            f"   CLAIM STATUS {claim_status}", fl.y)
        fl.y += 16
    fl.need(40)
    row(f"TOTALS:  # OF CLAIMS {len(claims)}", fl.y, True)
    return F, {"adj_sum": True, "page_of": False}, [("M15", "Service not payable as billed; "
                                                             "see the coverage rules.")], []


# ================================================================== p2 practice-management remittance detail (fpdf2)

def build_p2(doc, rec, total):
    F = K.Fmt(date=lambda x: G.dfmt(x, "mdyn"), money=lambda a: G.money(a, ","),
              code=lambda c, m: [c + "".join(m)], units=lambda u: f"{u:.2f}",
              adj=lambda g, r, a: [G.money(a, ",")] if (g, r) in (("CO", "45"), ("CO", "253")) else
              [f"{g}{r}", G.money(a, ",")])
    pats = [("Marguerite Ellison", "10442", "ME26011944081"), ("Desmond Achterberg", "10519", "ME26011944102"),
            ("Priya Venkataraman", "10533", "ME26011944119"), ("Otis Fairbanks", "10560", "ME26011944126")]
    st = G.PlanState(ded_left=Decimal("0.00"))
    raw = [
        (0, series(["0106", "0108", "0113", "0115", "0120"], [("97110", 2, ("GP",)), ("97112", 1, ("GP", "CQ"))])),
        (1, [S("0107", "97165", 1, ("GO",)), S("0114", "97530", 2, ("GO",)), S("0114", "97535", 1, ("GO",)),
             S("0121", "97530", 2, ("GO",)), S("0121", "G0283", 1, (), "CO")]),
        (2, [S("0109", "92523", 1, ("GN",)), S("0116", "92507", 1, ("GN",)), S("0123", "92507", 1, ("GN",))]),
        (3, [S("0112", "99213", 1), S("0112", "97760", 1, ("GO",)), S("0112", "L3807", 1, ("RT",))]),
    ]
    for who, svcs in raw:
        for s in svcs:
            G.medicare(s, st, deny_reason="97")
    size = 7.2
    cols = [("dos", 30, "l"), ("cpt", 82, "l"), ("qty", 150, "r"), ("chg", 206, "r"), ("alw", 256, "r"),
            ("ded", 300, "r"), ("coi", 346, "r"), ("c45", 400, "r"), ("c253", 444, "r"), ("oth", 456, "l"),
            ("paid", 590, "r"), ("pr", 646, "r"), ("rmk", 660, "l")]
    heads = {"dos": "DOS", "cpt": "CPT/Mod", "qty": "Qty", "chg": "Charge", "alw": "Allowed", "ded": "Deduct",
             "coi": "Coins", "c45": "CO45", "c253": "CO253", "oth": "Other adj", "paid": "Ins Paid",
             "pr": "Pt Resp", "rmk": "Remark"}
    state = {"cont": None}

    def furniture(fl):
        doc.text(30, 30, "Foxglove Therapy Partners", 11, True)
        doc.text(30, 41, "Remittance Detail Report  -  Payer: Medicare Part B (J9)  -  Deposit 01/30/2026  "
                 "-  EFT 0081163004", 7.5)
        doc.text(762, 30, "Run date 02/02/2026 09:30", 7, False, "r")
        doc.text(762, 41, f"Page {doc.page} of {total}", 7, False, "r")
        doc.line(30, 46, 762, 46, 0.8)
        fl.y = 60
        header_draw(doc, cols, fl.y, heads, 6.8)
        doc.line(30, fl.y + 3, 762, fl.y + 3, 0.4)
        fl.y += 14
        if state["cont"]:
            doc.text(30, fl.y, state["cont"] + " (cont.)", 7.4, True)
            fl.y += 11

    fl = Flow(doc, 60, 580, furniture)
    furniture(fl)
    for who, svcs in raw:
        name, acct, icn = pats[who]
        fl.need(32)
        bar = f"{name}   Acct {acct}   Payer ICN {icn}"
        doc.rect(30, fl.y - 8, 732, 11, fill=0.9, stroke=False)
        doc.text(32, fl.y, bar, 7.4, True)
        fl.y += 12
        state["cont"] = bar
        for s in svcs:
            fl.need(11)
            c45 = sum((a for g, r, a in s.adjs if (g, r) == ("CO", "45")), ZERO)
            c253 = sum((a for g, r, a in s.adjs if (g, r) == ("CO", "253")), ZERO)
            oth = [(g, r, a) for g, r, a in s.adjs if (g, r) not in (("CO", "45"), ("CO", "253"), ("PR", "1"),
                                                                     ("PR", "2"))]
            adjs = [x for x in s.adjs if (x[0], x[1]) not in (("PR", "1"), ("PR", "2"))]
            rmk = ["N20"] if s.denied else []
            cols_draw(doc, cols, fl.y, {"dos": F.date(s.dos), "cpt": F.code(s.code, s.mods)[0],
                                        "qty": F.units(s.units), "chg": F.money(s.billed), "alw": F.money(s.allowed),
                                        "ded": F.money(s.deductible), "coi": F.money(s.coinsurance),
                                        "c45": F.money(c45), "c253": F.money(c253),
                                        "oth": " ".join(f"{g}{r} {F.money(a)}" for g, r, a in oth),
                                        "paid": F.money(s.paid), "pr": F.money(s.owes), "rmk": " ".join(rmk)}, size)
            rec.add(K.tline(doc.page, s, claim_id=acct, pcn=icn, patient=name, adjs=adjs, remarks=rmk,
                            printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes")),
                    doc.page, fl.y - 7, fl.y + 2)
            fl.y += 11
        state["cont"] = None
        t = {k: G.total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        fl.need(12)
        cols_draw(doc, cols, fl.y, {"cpt": "Claim subtotal", "chg": F.money(t["billed"]), "alw": F.money(t["allowed"]),
                                    "paid": F.money(t["paid"]), "pr": F.money(t["owes"])}, size, True)
        rec.claims.append(({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                            "totals": G.claim_totals(t["billed"], t["allowed"], t["paid"], t["owes"])},
                           [(doc.page, fl.y - 7, fl.y + 2)]))
        fl.y += 18
    return F, {"cost_share": True, "seq_reason": "253", "page_of": True}, [
        ("N20", "Service not paid separately.")], []


# ================================================================== s1 pediatric therapy family statement (fpdf2)

def build_s1(doc, rec, total):
    F = K.Fmt(date=lambda x: G.dfmt(x, "mdy4"), money=lambda a: G.money(a, "$", "()"),
              code=lambda c, m: ["-".join([c, *m])])
    kids = ["Tobi Adeyemi", "Zara Adeyemi", "Kemi Adeyemi"]
    visits = [
        (1, "V40117", "PHP 26005-77812", [S("0105", "97166", 1, ("GO",)), S("0105", "97533", 2, ("GO",))]),
        (0, "V40122", "PHP 26006-10234", [S("0106", "92507", 1, ("GN",)), S("0106", "92526", 1, ("GN",))]),
        (1, "V40158", "PHP 26012-44120", [S("0112", "97530", 3, ("GO",)), S("0112", "97535", 1, ("GO",)),
                                          S("0112", "97760", 1, ("GO",))]),
        (2, "V40161", "PHP 26013-50087", [S("0113", "97161", 1, ("GP",)), S("0113", "97110", 2, ("GP",)),
                                          S("0113", "97116", 1, ("GP",))]),
        (0, "V40190", "PHP 26019-22561", [S("0119", "92507", 1, ("GN",))]),
        (1, "V40203", "PHP 26020-07733", [S("0119", "97530", 3, ("GO",)), S("0119", "97533", 1, ("GO", "59"))]),
        (2, "V40236", None, [S("0127", "97110", 2, ("GP",)), S("0127", "97112", 1, ("GP",))]),
    ]
    sts = [G.PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.71")) for _ in kids]
    for who, _, _, svcs in visits:
        for s in svcs:
            G.commercial(s, sts[who])
    size = 7.6
    cols = [("date", 40, "l"), ("desc", 100, "l"), ("code", 262, "l"), ("units", 340, "r"), ("chg", 410, "r"),
            ("cred", 486, "r"), ("bal", 570, "r")]
    heads = {"date": "Date", "desc": "Description", "code": "CPT-Mod", "units": "Units", "chg": "Charges",
             "cred": "Payments /\nAdjustments", "bal": "Balance"}

    def furniture(fl):
        doc.text(40, 34, "Kestrel Pediatric Therapy", 14, True)
        doc.text(40, 46, "OT  |  PT  |  Speech  -  2210 Orchard Bend Way, Suite 4, Ferncastle, WA 98277  -  (360) 555-0172",
                 7.2)
        doc.text(572, 34, "FAMILY STATEMENT", 10, True, "r")
        doc.text(572, 46, f"Page {doc.page} of {total}", 7.2, False, "r")
        doc.text(306, 772, "Thank you for choosing Kestrel. Balances over 60 days may be referred to a payment plan.",
                 6.6, False, "c")
        fl.y = 66

    def header(fl):
        doc.rect(40, fl.y - 8, 532, 21, fill=0.88, stroke=False)
        header_draw(doc, cols, fl.y, heads, 7, lead=8)
        fl.y += 20

    fl = Flow(doc, 66, 752, lambda f: (furniture(f), header(f)))
    furniture(fl)
    # payment stub
    due = sum((G.total(v[3], "owes") for v in visits if v[2]), ZERO) + G.total(visits[-1][3], "billed")
    doc.rect(40, fl.y, 532, 70)
    doc.text(48, fl.y + 14, "Please detach and return this portion with your payment", 7.5, True)
    doc.text(48, fl.y + 28, "Guarantor: MONICA ADEYEMI", 8)
    doc.text(48, fl.y + 38, "418 HERON POINT LN", 8)
    doc.text(48, fl.y + 48, "FERNCASTLE WA 98276", 8)
    for i, (lab, val) in enumerate((("Family account no.", "FA-2207193"), ("Statement date", "02/02/2026"),
                                    ("Amount due", G.money(due)), ("Amount enclosed", "$______"))):
        doc.text(360, fl.y + 14 + 12 * i, lab, 7.5)
        doc.text(564, fl.y + 14 + 12 * i, val, 8, True, "r")
    fl.y += 78
    for x in range(40, 572, 8):
        doc.line(x, fl.y, x + 4, fl.y, 0.4)
    fl.y += 20
    doc.text(40, fl.y, "Account activity by visit", 10, True)
    fl.y += 16
    header(fl)
    bal = ZERO
    for who, visit, icn, svcs in visits:
        pt = kids[who]
        fl.need(40)
        doc.text(40, fl.y, f"Patient: {pt}    Visit # {visit}    Insurance: Pinecrest Health Plan", 7.6, True)
        fl.y += 11
        for s in svcs:
            fl.need(11)
            bal += s.billed
            cols_draw(doc, cols, fl.y, {"date": F.date(s.dos), "desc": WORDS[s.code], "code": F.code(s.code, s.mods)[0],
                                        "units": F.units(s.units), "chg": F.money(s.billed), "bal": F.money(bal)}, size)
            rec.add(K.tline(doc.page, s, claim_id=visit, pcn=icn.split()[1] if icn else None, patient=pt,
                            printed=("billed",)), doc.page, fl.y - 7, fl.y + 2)
            fl.y += 11
        tb = G.total(svcs, "billed")
        doc.text(100, fl.y, "Visit charges", size, True)
        doc.text(410, fl.y, F.money(tb), size, True, "r")
        rec.claims.append(({"claim_id": visit, "payer_claim_id": icn.split()[1] if icn else None, "patient": pt,
                            "totals": G.claim_totals(tb)}, [(doc.page, fl.y - 7, fl.y + 2)]))
        fl.y += 11
        if icn:
            for lab, amt in ((f"Insurance payment - Pinecrest claim {icn.split()[1]}", -G.total(svcs, "paid")),
                             ("Insurance contractual adjustment", -G.total(svcs, "discount"))):
                fl.need(11)
                bal += amt
                doc.text(40, fl.y, F.date(date(2026, 1, 28)), size)
                doc.text(100, fl.y, lab, size)
                doc.text(486, fl.y, F.money(amt), size, False, "r")
                doc.text(570, fl.y, F.money(bal), size, False, "r")
                fl.y += 11
        else:
            doc.text(100, fl.y, "Billed to Pinecrest Health Plan 01/28/2026 - awaiting payment", size)
            fl.y += 11
        fl.y += 6
    fl.need(30)
    doc.line(40, fl.y - 6, 572, fl.y - 6)
    doc.text(100, fl.y + 2, "Amount due from guarantor", 8.5, True)
    doc.text(570, fl.y + 2, G.money(due), 8.5, True, "r")
    return F, {"page_of": True}, [], []


# ================================================================== s2 hospital guarantor statement (reportlab)

REV = {"97": "0434", "92": "0444", "G0": "0420", "L3": "0274", "99": "0510"}


def build_s2(doc, rec, total):
    F = K.Fmt(date=lambda x: G.dfmt(x, "mdy2"), money=lambda a: G.money(a, ",", "trail"),
              code=lambda c, m: [c, *m])
    fam = ["Colm Whitlock", "Bridget Whitlock", "Aoife Whitlock"]
    accts = [
        (1, "HA70123009", "UHP-9918301-01", "Outpatient Rehabilitation - Occupational Therapy",
         [S("0108", "97167", 1, ("GO",)), S("0115", "97530", 2, ("GO",)), S("0115", "97760", 1, ("GO",)),
          S("0115", "L3807", 1, ("RT",)), S("0122", "97530", 2, ("GO",))]),
        (2, "HA70124577", "UHP-9918355-01", "Outpatient Rehabilitation - Speech Therapy",
         [S("0109", "92523", 1, ("GN",)), S("0116", "92507", 1, ("GN",)), S("0123", "92507", 1, ("GN",))]),
        (0, "HA70122338", "UHP-9918264-01", "Outpatient Rehabilitation - Physical Therapy",
         [S("0105", "97163", 1, ("GP",))] + series(["0107", "0109", "0112", "0114", "0116", "0119", "0121", "0123",
                                                     "0126", "0128", "0130"],
                                                    [("97110", 3, ("GP",)), ("97140", 1, ("GP", "59")), ("97112", 1, ("GP",))])),
    ]
    st = G.PlanState(ded_left=Decimal("300.00"), allowed_rate=Decimal("0.64"))
    for *_, svcs in accts:
        for s in svcs:
            G.commercial(s, st)
    size = 7.3
    cols = [("date", 36, "l"), ("rev", 80, "l"), ("code", 112, "l"), ("mod", 148, "l"), ("desc", 190, "l"),
            ("qty", 370, "r"), ("chg", 440, "r"), ("cred", 510, "r")]
    heads = {"date": "Date", "rev": "Rev", "code": "HCPCS", "mod": "Mod", "desc": "Description of service",
             "qty": "Qty", "chg": "Charges", "cred": "Credits"}
    state = {"cont": None}

    def furniture(fl):
        doc.rect(0, 0, 160, 792, fill=0.93, stroke=False) if False else None
        doc.text(36, 34, "ST. ALDRIC REGIONAL MEDICAL CENTER", 12, True)
        doc.text(36, 46, "Patient Financial Services  |  88 Cathedral Hill Rd, Bramwell, OH 43177  |  (614) 555-0193", 7)
        doc.text(576, 34, "GUARANTOR STATEMENT", 9, True, "r")
        doc.text(576, 46, f"Page {doc.page} of {total}", 7, False, "r")
        doc.line(36, 52, 576, 52, 1)
        doc.text(36, 770, "Guarantor: Declan Whitlock   |   Guarantor no. G-5580214   |   Statement date 02/02/26", 6.8)
        fl.y = 70
        if state["cont"]:
            doc.text(36, fl.y, state["cont"] + "  (continued from previous page)", 7.8, True)
            fl.y += 12
            header(fl)

    def header(fl):
        header_draw(doc, cols, fl.y, heads, 6.8)
        doc.line(36, fl.y + 3, 576, fl.y + 3, 0.4)
        fl.y += 13

    fl = Flow(doc, 70, 750, furniture)
    furniture(fl)
    doc.text(36, fl.y, "DECLAN WHITLOCK", 8.5, True)
    doc.text(36, fl.y + 10, "57 SORREL RIDGE CT, BRAMWELL OH 43178", 8)
    doc.rect(360, fl.y - 9, 216, 40, fill=0.92)
    doc.text(368, fl.y + 3, "Summary of your accounts", 8, True)
    due = sum((G.total(a[4], "owes") for a in accts), ZERO)
    doc.text(368, fl.y + 15, "Total patient balance due:", 7.5)
    doc.text(570, fl.y + 15, G.money(due, "$"), 8, True, "r")
    doc.text(368, fl.y + 25, "Please pay by 02/27/26", 7.5)
    fl.y += 46
    for who, acct, icn, kind, svcs in accts:
        pt = fam[who]
        fl.need(50)
        head = f"Patient: {pt}    Account no. {acct}"
        doc.rect(36, fl.y - 9, 540, 24, fill=0.86, stroke=False)
        doc.text(40, fl.y, head, 8, True)
        doc.text(40, fl.y + 10, f"{kind}   Service dates {F.date(min(s.dos for s in svcs))} - "
                 f"{F.date(max(s.dos for s in svcs))}   Insurer: Unity Heartland Plan, claim {icn}", 7)
        fl.y += 26
        header(fl)
        state["cont"] = head
        for s in svcs:
            fl.need(11)
            cols_draw(doc, cols, fl.y, {"date": F.date(s.dos), "rev": REV[s.code[:2]], "code": s.code,
                                        "mod": " ".join(s.mods), "desc": G.DESC[s.code][:40],
                                        "qty": F.units(s.units), "chg": F.money(s.billed)}, size)
            rec.add(K.tline(doc.page, s, claim_id=acct, pcn=icn, patient=pt, printed=("billed",)),
                    doc.page, fl.y - 7, fl.y + 2)
            fl.y += 11
        state["cont"] = None
        fl.need(50)
        tb = G.total(svcs, "billed")
        doc.line(36, fl.y - 7, 576, fl.y - 7, 0.4)
        cols_draw(doc, cols, fl.y + 1, {"desc": "Total charges", "chg": F.money(tb)}, size, True)
        rec.claims.append(({"claim_id": acct, "payer_claim_id": icn, "patient": pt,
                            "totals": G.claim_totals(tb)}, [(doc.page, fl.y - 6, fl.y + 3)]))
        fl.y += 11
        for lab, amt in (("Unity Heartland Plan payment", G.total(svcs, "paid")),
                         ("Contractual allowance - Unity Heartland", G.total(svcs, "discount"))):
            cols_draw(doc, cols, fl.y, {"date": "01/29/26", "desc": lab, "cred": F.money(-amt)}, size)
            fl.y += 11
        cols_draw(doc, cols, fl.y, {"desc": "Patient balance this account", "cred": F.money(G.total(svcs, "owes"))},
                  size, True)
        fl.y += 20
    return F, {"page_of": True}, [], []


# ==================================================================================== harness

LAYOUTS = [
    ("c1_ppo_family_eob", "reportlab", False, "Helvetica", build_c1,
     "Commercial PPO member EOB for a family, portrait core Helvetica, shaded claim bars, continued claim."),
    ("c2_tpa_fund_eob", "fpdf2", True, "DejaVuSerifCondensed", build_c2,
     "Self-funded trust fund EOB by a TPA, landscape, From/To per line, Pd %, reversal, planted total mismatch."),
    ("m1_msn_part_b", "fpdf2", False, "DejaVuSans", build_m1,
     "Medicare Summary Notice Part B, dashboard page then claims, Date column, continued claim."),
    ("m2_ma_hmo_eob", "reportlab", True, "LiberationSerif", build_m2,
     "Medicare Advantage HMO member EOB, landscape, month/YTD boxes, visit copay, denied line."),
    ("d1_medicaid_ra_text", "reportlab", False, "DejaVuSansMono", build_d1,
     "State Medicaid RA, fixed-width text, PAID/DENIED/VOID sections, trailing minus, continued claim."),
    ("d2_medicaid_mco_ra", "fpdf2", True, "LiberationSans", build_d2,
     "Medicaid managed-care RA, boxed claim cards, Mod1/Mod2, TPL column, adjustments with amounts."),
    ("p1_spr_clearinghouse", "reportlab", False, "Courier", build_p1,
     "Medicare Part B standard paper remit from a clearinghouse, Courier, stacked GRP/RC, reversal, continued."),
    ("p2_pm_remit_detail", "fpdf2", True, "DejaVuSansCondensed", build_p2,
     "Practice-management remittance detail of a Medicare payment, adjustment columns CO45/CO253/Other."),
    ("s1_peds_family_statement", "fpdf2", False, "LiberationSansNarrow", build_s1,
     "Pediatric therapy clinic family statement with payment stub, visits per child, insurer rows."),
    ("s2_hospital_guarantor_stmt", "reportlab", False, "DejaVuSerif", build_s2,
     "Hospital guarantor statement, accounts per family member, rev codes, account continued on next page."),
]


def render(out: Path, name, producer, landscape, font, fn):
    tmp = Path(tempfile.mkdtemp()) / (name + ".pdf")
    d0 = K.Doc(producer, tmp, landscape, font)
    fn(d0, K.Rec(), 99)
    d0.save()
    n = d0.page
    doc = K.Doc(producer, out / (name + ".pdf"), landscape, font)
    rec = K.Rec()
    F, arith, legend, findings = fn(doc, rec, n)
    doc.save()
    assert doc.page == n
    return doc.page, rec, F, arith, legend, findings


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout48_"))
    samples = (HERE.parents[1] / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    tl = tp = 0
    for name, producer, landscape, font, fn, desc in LAYOUTS:
        pages, rec, F, arith, legend, findings = render(out, name, producer, landscape, font, fn)
        lines = [r for r, *_ in rec.lines]
        claims = [c for c, _ in rec.claims]
        G.write_truth(out / (name + ".pdf"), name, producer, pages, desc, lines, claims, legend, findings)
        tl += len(lines)
        tp += pages
        msg = f"{name}: {len(lines)} lines, {len(claims)} claims, {pages} pages"
        if "--check" in argv:
            import json
            truth = json.loads((out / (name + ".pdf.truth.json")).read_text())
            errs = K.check(out / (name + ".pdf"), truth, rec, F, arith)
            msg += "  OK" if not errs else f"  {len(errs)} PROBLEMS"
            for e in errs[:12]:
                msg += "\n    " + e
            bad += bool(errs)
        print(msg)
    print(f"{len(LAYOUTS)} files, {tl} lines, {tp} pages -> {out}")
    if "--check" in argv:
        print("check:", "PASS" if not bad else f"FAIL ({bad} files)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
