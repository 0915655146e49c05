"""Write the 137th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on ten ordinary documents of the five commonest real kinds, two of each, in house
styles unlike the earlier sets. Written by an author who never read the reader nor ran it on these files.

Run:  python bench/heldout137/make_heldout137_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout137/make_heldout137_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness). h137kit.py holds the drawing helpers (one page model, two producers) and
the self-check.

Truth format: samples/pdf/eobgen.py's (``<name>.pdf.truth.json`` written by eobgen.write_truth), printed values
only, null for what a layout does not print (units null where no quantity is printed; modifiers [] where the
layout prints CPT only; adjustments only where group+reason codes are printed; description always null).
claim_id = the provider's own account / patient-account / visit number (null where not printed, e.g. the MSN);
payer_claim_id = the payer's claim number / ICN / TCN; patient = the person served, exactly as printed ("EZEKIEL P
MORROWGATE", "NAVARRO-FINCH, ODALYS"), never the subscriber or guarantor. Reversal lines carry negative amounts,
and negative units where the units are printed negative. Every name, number, payer, provider and ID is invented;
descriptions are our own words.

Layouts:
  h137_01 commercial member EOB for a family (subscriber + 3 patients), portrait Liberation Sans: "Amount billed /
          Plan discount / Allowed amount / Not covered / Deductible / Copay / Coinsurance / Plan paid / You owe /
          Remark", code and modifiers spaced ("97140 GO 59"), wrapped two-to-four-line descriptions, no units, a
          PR-denied line, claim continued on page 2 with "(continued)" and repeated header, remark legend (reportlab)
  h137_02 commercial "Health Care Claim Statement", landscape DejaVu Serif with a grey left sidebar (member,
          accumulators): "Provider's charge / Network savings / Ineligible / Covered / ... / Paid to provider / Your
          responsibility / Reason", "97533-GO", Units column, per-visit copay, a reversed claim in parentheses with
          "-2" units followed by its KX-corrected replacement, three family patients (fpdf2)
  h137_03 Medicare Advantage (HMO) monthly member EOB, portrait DejaVu Sans: cost summary box, shaded claim
          headings, "Provider charged / Total cost / Plan's share / Your share / Note", code in parentheses after
          the description ("(97110-GP-CQ)") with the amounts on the line that ends with the code, "Jan 5, 2026",
          no units, one claim without a patient account number, claim continued onto page 2 (reportlab)
  h137_04 Medicare Summary Notice, older Part B "assigned claims" paper format, Liberation Serif: count printed
          before the service ("3 Therapeutic activities (97530-GO-KX)") = units, "Amount Charged / Medicare
          Approved / Medicare Paid Provider / You May Be Billed / See Notes", claim heading with provider and
          referrer, no provider account number, column header repeated on page 2 mid-claim (fpdf2)
  h137_05 state Medicaid remittance advice, landscape core Courier line-printer style: PAID / DENIED / ADJUSTED
          sections, recipient heading row "NAME  RECIP ID  ICN  PATIENT ACCT", MMDDYY from/thru with weekly ranges and
          summed units, "4.00" units, TPL column, 4-digit state EOB codes, original claim reversed with trailing
          minus "147.40-" and its replacement, warrant summary (reportlab)
  h137_06 state Medicaid "Remittance Statement", portrait DejaVu Sans Condensed, boxed claim blocks with shaded
          member bars: "Ln / Svc From / Svc To / Procedure / Mods / Units / Charged / Allowed / Copay / Reimbursed /
          Adj Grp-Rsn / Adj Amount / Remark", stacked CO-45 + PR-3 rows, partial and fully denied claims, glossary
          (fpdf2)
  h137_07 practice-management "Insurance Payment Detail" print of a Medicare ERA, portrait core Helvetica: shaded
          patient bands "Patient / Acct # / ICN / Claim status", "DOS / CPT / Mod / Units / Charge / Allowed /
          Deduct / Coins / Adj Code / Adj Amt / Remark / Paid", CO-45/PR-1/PR-2/CO-253 stacked under each line,
          CQ/CO assistant lines, a bundled denial, band repeated "(cont'd)" on page 2 (fpdf2)
  h137_08 clearinghouse standard paper remit from a Medicare 835, portrait DejaVu Sans Mono: "PERF PROV  SERV DATE
          POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD", "0112 011226" dates, "NAME / HIC / ACNT /
          ICN / ASG / MOA" heading, stacked GRP/RC rows, PT RESP + CLAIM TOTALS rows, 12-line claim continued with a
          CONT'D heading, check totals and glossary (reportlab)
  h137_09 pediatric therapy clinic family statement to a guarantor (3 children), core Times: tear-off stub, grey
          right sidebar with account summary, visit heading rows with the insurer's claim number, CPT only (no
          modifiers, no units), "Charge / Ins paid / Ins adj / You paid / Balance", visits "pending" at insurance
          (paid null), front-desk copays (reportlab)
  h137_10 hospital guarantor statement for family accounts, Liberation Sans Narrow: account heading per visit,
          "Date / Rev / CPT/HCPCS / Mod / Qty / Description / Amount", a duplicate charge and its reversal,
          account-level insurance payment (payer claim number printed there) / contractual / balance rows, an
          account continued on page 2 with "(continued)" and the header repeated (fpdf2)

The self-check (--check) tests the factory, not the reader (pdfplumber on the written files): page count; for
every truth line a single text row on its page holding its code, every printed modifier, its units and every
non-null amount; its date(s), printed adjustment reason codes and amounts, and remark codes on the page; its ids
and patient on its page or an adjacent one; billed - adjustments = paid where every adjustment is printed; each
claim's ids in the document, each printed claim total in the text and equal to the sum of its lines (no planted
mismatches in this set). It also reports how many claims continue across pages.
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

import eobgen as E  # noqa: E402
from eobgen import ZERO, PlanState, Svc, dfmt, money, q  # noqa: E402
from h137kit import LAND, LETTER, Page, check_folder, render_fpdf, render_reportlab, wrap  # noqa: E402

# Extra invented charges / schedule / our own wording for codes the sample factory lacks.
E.FEE.update({"97533": "105.00", "97035": "45.00", "97018": "38.00", "95992": "140.00", "99214": "225.00",
              "72100": "180.00", "A4556": "22.00", "97542": "88.00", "92610": "265.00", "97124": "70.00"})
E.SCHED.update({"97533": "38.90", "97035": "13.05", "97018": "9.62", "95992": "44.71", "99214": "124.35",
                "72100": "38.20", "A4556": "11.48", "97542": "31.77", "92610": "118.64", "97124": "28.30"})
E.DESC.update({"97533": "Sensory integration activities", "97035": "Ultrasound treatment",
               "97018": "Paraffin bath", "95992": "Repositioning maneuver for vertigo",
               "99214": "Office visit, established, moderate", "72100": "X-ray lower spine, 2-3 views",
               "A4556": "Electrodes, per pair", "97542": "Wheelchair training and fitting",
               "92610": "Swallow function evaluation", "97124": "Massage therapy"})
LONG = dict(E.LONG_DESC)
LONG.update({"97533": "Sensory integration techniques to improve how the child responds to touch, sound and movement",
             "97542": "Wheelchair management and propulsion training, including fitting, each 15 minutes",
             "92610": "Clinical evaluation of swallowing and oral feeding function at bedside or clinic"})

def d(m, dd):
    return date(2026, m, dd)


def tl(page, s, cid, pcid, pat, printed, **kw):
    return E.truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed, **kw)


def claim_rec(cid, pcid, pat, **totals):
    return {"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": E.claim_totals(**totals)}


def tot(svcs, attr):
    return sum((getattr(s, attr) for s in svcs), ZERO)


class Flow:
    """Pages with a running y; head(page, n) draws page furniture and returns the first free y."""

    def __init__(self, size, bottom, head):
        self.size, self.bottom, self.head = size, bottom, head
        self.pages: list[Page] = []
        self.new()

    def new(self):
        self.p = Page(self.size)
        self.pages.append(self.p)
        self.y = self.head(self.p, len(self.pages))

    @property
    def n(self):
        return len(self.pages)

    def need(self, h, on_break=None) -> bool:
        if self.y + h > self.bottom:
            self.new()
            if on_break:
                on_break()
            return True
        return False

    def footers(self, fn):
        for i, p in enumerate(self.pages, 1):
            fn(p, i, len(self.pages))


def finish(out: Path, name, flow_or_pages, producer, layout, desc, lines, claims, legend, findings=None):
    pages = flow_or_pages.pages if isinstance(flow_or_pages, Flow) else flow_or_pages
    path = out / f"{name}.pdf"
    (render_reportlab if producer == "reportlab" else render_fpdf)(pages, path, f"heldout137 {layout}")
    E.write_truth(path, layout, producer, len(pages), desc, lines, claims, legend, findings)
    return path


# ============================================================================================ L01
def l01_commercial_family(out: Path):
    """Commercial member EOB, portrait reportlab Liberation Sans, family of four."""
    F, FB = "LSans", "LSans-B"
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    st.copay_codes = {"99213": Decimal("30.00")}
    claims = [
        ("Teodor Lind", "TL-55120", "CR26-0048812-01", "Harbor Point Hand & Upper Limb Therapy",
         [Svc(d(1, 6), "97166", 1, ("GO",)), Svc(d(1, 6), "97760", 2, ("GO",)), Svc(d(1, 6), "L3807", 1, ("RT",))]),
        ("Teodor Lind", "TL-55187", "CR26-0051907-01", "Harbor Point Hand & Upper Limb Therapy",
         [Svc(d(1, 13), "97530", 2, ("GO",)), Svc(d(1, 13), "97140", 1, ("GO", "59")),
          Svc(d(1, 13), "97018", 1, ("GO",)), Svc(d(1, 15), "97530", 2, ("GO",)),
          Svc(d(1, 15), "97110", 1, ("GO",)), Svc(d(1, 20), "97530", 2, ("GO",)),
          Svc(d(1, 20), "97760", 1, ("GO",)), Svc(d(1, 22), "97530", 3, ("GO",)),
          Svc(d(1, 22), "97035", 1, ("GO",), denied="PR")]),
        ("Ingrid Lind", "00913344", "CR26-0050221-01", "Saltmarsh Family Medicine",
         [Svc(d(1, 9), "99213", 1), Svc(d(1, 9), "72100", 1)]),
        ("Anneliese Lind", "SP-20931", "CR26-0053310-02", "Little Harbor Speech & Language",
         [Svc(d(1, 12), "92523", 1, ("GN",)), Svc(d(1, 19), "92507", 1, ("GN",)),
          Svc(d(1, 26), "92507", 1, ("GN",))]),
    ]
    remark = {}
    for _, _, _, _, svcs in claims:
        for s in svcs:
            E.commercial(s, st, deny_reason="96")
            if s.denied:
                remark[id(s)] = "X4"
            elif s.deductible:
                remark[id(s)] = "D1"
            elif s.copay:
                remark[id(s)] = "C2"
            else:
                remark[id(s)] = "A7"
    cols = [("Service\ndate", 40, "L"), ("What was done", 80, "L"), ("Code", 200, "L"), ("Amount\nbilled", 270, "R"),
            ("Plan\ndiscount", 308, "R"), ("Allowed\namount", 346, "R"), ("Not\ncovered", 380, "R"),
            ("Deduct-\nible", 412, "R"), ("Copay", 442, "R"), ("Co-\ninsurance", 480, "R"),
            ("Plan\npaid", 514, "R"), ("You\nowe", 548, "R"), ("Re-\nmark", 556, "L")]
    claims = [claims[0], claims[2], claims[1], claims[3]]

    def head(p, n):
        p.t(40, 48, "CARDINAL RIDGE", FB, 16)
        p.t(40, 60, "HEALTH PLAN", F, 9)
        p.t(572, 46, "EXPLANATION OF BENEFITS", FB, 12, "R")
        p.t(572, 58, "THIS IS NOT A BILL", FB, 8, "R")
        p.line(40, 68, 572, 68, 1.2)
        if n == 1:
            p.t(40, 86, "Harriet Okonkwo-Lind", F, 9)
            p.t(40, 97, "418 Gannet Lane", F, 9)
            p.t(40, 108, "Port Aldous, ME 04677", F, 9)
            p.rect(340, 78, 232, 62)
            for i, (k, v) in enumerate((("Subscriber", "Harriet Okonkwo-Lind"), ("Member ID", "CRX 771 402 918"),
                                        ("Group", "Tidewater Boatworks 00417"), ("Statement date", "February 2, 2026"),
                                        ("Plan", "Ridge Choice PPO 1500"))):
                p.t(346, 89 + 11 * i, k, F, 7.5)
                p.t(430, 89 + 11 * i, v, FB, 7.5)
            p.t(40, 162, "Family deductible: $1,500.00 in network, $1,061.40 met so far. Out-of-pocket limit: $6,000.00,"
                " $1,298.12 met.", F, 7.5)
            p.t(40, 174, "Below is how we processed claims for you and the family members on your plan.", F, 7.5)
            return 196
        p.t(40, 86, "Harriet Okonkwo-Lind  |  Member ID CRX 771 402 918", F, 7.5)
        return 104

    fl = Flow(LETTER, 730, head)
    lines, crec = [], []

    def colhead():
        fl.p.rect(38, fl.y - 9, 536, 22, fill=0.88)
        for h, x, a in cols:
            for k, part in enumerate(h.split("\n")):
                fl.p.t(x, fl.y + k * 8, part, FB, 6.8, a)
        fl.y += 22

    for pat, acct, clm, prov, svcs in claims:
        fl.need(60)

        def claim_head(cont=False, pat=pat, acct=acct, clm=clm, prov=prov):
            fl.p.t(40, fl.y, f"Patient: {pat}" + ("  (continued)" if cont else ""), FB, 8.5)
            fl.p.t(300, fl.y, f"Claim number: {clm}", F, 8)
            fl.y += 11
            fl.p.t(40, fl.y, f"Provider: {prov}  (in network)", F, 7.5)
            fl.p.t(300, fl.y, f"Patient account no.: {acct}", F, 7.5)
            fl.y += 12
            colhead()

        claim_head()
        for s in svcs:
            dl = wrap(LONG.get(s.code, s.desc), 27)
            h = 10 * len(dl) + 2
            if fl.need(h):
                claim_head(True)
            y = fl.y
            vals = [dfmt(s.dos, "mdy2"), None, " ".join((s.code,) + s.mods), money(s.billed, ","),
                    money(s.discount, ","), money(s.allowed, ","), money(s.not_covered, ","),
                    money(s.deductible, ","), money(s.copay, ","), money(s.coinsurance, ","),
                    money(s.paid, ","), money(s.owes, ",")]
            for (hh, x, a), v in zip(cols, vals):
                if v is not None:
                    fl.p.t(x, y, v, F, 7.2, a)
            fl.p.t(558, y, remark[id(s)], F, 7)
            for k, part in enumerate(dl):
                fl.p.t(84, y + 10 * k, part, F, 7.2)
            fl.p.line(40, y + h - 7, 572, y + h - 7, 0.2)
            fl.y += h
            lines.append(tl(fl.n, s, acct, clm, pat, ("billed", "discount", "allowed", "not_covered", "deductible",
                                                     "copay", "coinsurance", "paid", "patient_owes"),
                            units=False, remarks=[remark[id(s)]], description=False))
        fl.need(14)
        tb, tp, to, ta = tot(svcs, "billed"), tot(svcs, "paid"), tot(svcs, "owes"), tot(svcs, "allowed")
        fl.p.t(84, fl.y, "Claim total", FB, 7.4)
        for x, v in ((270, tb), (346, ta), (514, tp), (548, to)):
            fl.p.t(x, fl.y, money(v, "$"), FB, 7.2, "R")
        fl.y += 22
        crec.append(claim_rec(acct, clm, pat, billed=tb, allowed=ta, paid=tp, patient_owes=to))
    legend = [("A7", "Your share is the coinsurance under your plan"), ("C2", "Office visit copay applies"),
              ("D1", "Amount went toward your deductible"),
              ("X4", "Service is not covered by your plan; you may be billed")]
    fl.need(14 + 10 * len(legend))
    fl.p.t(40, fl.y, "Remark codes", FB, 8)
    fl.y += 11
    for c, txt in legend:
        fl.p.t(40, fl.y, c, FB, 7.2)
        fl.p.t(62, fl.y, txt, F, 7.2)
        fl.y += 10

    def foot(p, i, n):
        p.line(40, 748, 572, 748, 0.4)
        p.t(40, 760, "Questions? Call Member Services at 1-800-555-0143 (TTY 711), 8 a.m. - 8 p.m.", F, 7)
        p.t(572, 760, f"Page {i} of {n}", F, 7, "R")
    fl.footers(foot)
    return finish(out, "h137_01_cardinal_member_eob", fl, "reportlab", "h137_01",
                  "commercial member EOB for a family (3 patients), remark letters, claim continued on next page",
                  lines, crec, legend)


# ============================================================================================ L02
def l02_commercial_landscape(out: Path):
    """Commercial member EOB, landscape fpdf2 DejaVu Serif, left sidebar, a reversed claim and its replacement."""
    F, FB = "DSerif", "DSerif-B"
    st = PlanState(ded_left=Decimal("40.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85"))
    st.visit_copay = Decimal("25.00")
    groups = [
        ("Marisol Quintero-Baek", "QB-330187", "LW2601170041", "Evergreen Kids Occupational Therapy",
         [Svc(d(1, 7), "97533", 3, ("GO",)), Svc(d(1, 7), "97530", 1, ("GO",)), Svc(d(1, 14), "97533", 3, ("GO",)),
          Svc(d(1, 14), "97535", 1, ("GO",)), Svc(d(1, 21), "97533", 2, ("GO",)),
          Svc(d(1, 21), "97150", 1, ("GO",), denied="PR")]),
        ("Dae-jung Baek", "QB-330402", "LW2601220187", "Riverbend Physical Therapy",
         [Svc(d(1, 16), "97161", 1, ("GP",)), Svc(d(1, 16), "97110", 2, ("GP",)), Svc(d(1, 16), "97140", 1, ("GP",))]),
    ]
    groups.append(("Soo-ah Baek", "QB-330611", "LW2601290056", "Chatterbox Pediatric Speech Center",
                   [Svc(d(1, 8), "92523", 1, ("GN",)), Svc(d(1, 15), "92507", 1, ("GN",)),
                    Svc(d(1, 15), "92526", 1, ("GN",)), Svc(d(1, 22), "92507", 1, ("GN",)),
                    Svc(d(1, 22), "92526", 1, ("GN",)), Svc(d(1, 29), "92507", 1, ("GN",))]))
    for _, _, _, _, svcs in groups:
        for s in svcs:
            E.commercial(s, st, deny_reason="204")
    # a claim processed last month, reversed now, and re-processed with the modifier corrected
    orig = [Svc(d(1, 2), "97110", 2, ("GP",)), Svc(d(1, 2), "97112", 1, ("GP",))]
    st2 = PlanState(ded_left=ZERO, coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85"))
    for s in orig:
        E.commercial(s, st2)
    rev = [E.negate(s) for s in orig]
    repl = [Svc(d(1, 2), "97110", 2, ("GP", "KX")), Svc(d(1, 2), "97112", 1, ("GP", "KX"))]
    for s in repl:
        E.commercial(s, PlanState(ded_left=ZERO, coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85")))
    groups.append(("Dae-jung Baek", "QB-329955", "LW2601050312-R", "Riverbend Physical Therapy", rev))
    groups.append(("Dae-jung Baek", "QB-329955", "LW2601050312-A1", "Riverbend Physical Therapy", repl))
    reason = {}
    for g in groups:
        for s in g[4]:
            reason[id(s)] = "N17" if s.denied else ("R05" if g[2].endswith("-R") else ("P10" if s.copay else "P20"))

    X0 = 196
    cols = [("Date of service", X0, "L"), ("Procedure", X0 + 62, "L"), ("Units", X0 + 132, "R"),
            ("Provider's charge", X0 + 190, "R"), ("Network savings", X0 + 240, "R"), ("Ineligible", X0 + 282, "R"),
            ("Covered", X0 + 324, "R"), ("Deductible", X0 + 366, "R"), ("Copay", X0 + 410, "R"),
            ("Co- insurance", X0 + 454, "R"), ("Paid to provider", X0 + 504, "R"), ("Your responsibility", X0 + 560, "R"),
            ("Reason", X0 + 570, "L")]

    def head(p, n):
        p.rect(0, 0, 792, 46, fill=0.82)
        p.t(30, 28, "LAKEWAY MUTUAL", FB, 15)
        p.t(762, 22, "Health Care Claim Statement", F, 10, "R")
        p.t(762, 35, "Not a bill - keep for your records", F, 7.5, "R")
        p.rect(20, 56, 160, 520, fill=0.93)
        side = ["Primary member", "Jae-won Baek", "", "Member number", "LWM-0448-21973", "", "Statement period",
                "Jan 1 - Jan 31, 2026", "", "Plan", "Lakeway Select EPO", "", "Covered on this plan",
                "Jae-won Baek", "Marisol Quintero-Baek", "Dae-jung Baek", "Soo-ah Baek"]
        if n == 1:
            side += ["", "Deductible (family)", "$500.00 of $500.00 met", "", "Out-of-pocket (family)",
                     "$1,742.18 of $7,000.00", "", "Need help?", "Call 1-888-555-0172", "lakewaymutual.example"]
        for i, v in enumerate(side):
            p.t(28, 72 + 11 * i, v, FB if v and (i == 0 or side[i - 1] == "") else F, 7)
        return 70

    fl = Flow(LAND, 560, head)
    lines, crec = [], []

    def colhead():
        fl.p.line(X0, fl.y - 8, 772, fl.y - 8, 0.8)
        for h, x, a in cols:
            parts = wrap(h, 12)
            for k, part in enumerate(parts):
                fl.p.t(x, fl.y + 8 * k, part, FB, 6.3, a)
        fl.y += 18
        fl.p.line(X0, fl.y - 8, 772, fl.y - 8, 0.4)

    for pat, acct, clm, prov, svcs in groups:
        fl.need(70)
        is_rev = clm.endswith("-R")
        fl.p.t(X0, fl.y, f"{pat}", FB, 9)
        fl.p.t(X0 + 200, fl.y, f"Claim ID {clm}", F, 7.5)
        fl.p.t(X0 + 360, fl.y, f"Your provider's account {acct}", F, 7.5)
        fl.y += 11
        note = ("This adjusts a claim we processed on 01/12/2026. Amounts below reverse the original payment."
                if is_rev else f"Provider: {prov}, in network.  Received 01/2{len(svcs) % 7}/2026")
        fl.p.t(X0, fl.y, note, F, 7)
        fl.y += 14
        colhead()
        for s in svcs:
            fl.need(12)
            m = lambda v: money(v, ",", "()")  # noqa: E731
            vals = [dfmt(s.dos, "mdy4"), "-".join((s.code,) + s.mods), E.units_str(s.units), m(s.billed),
                    m(s.discount), m(s.not_covered), m(s.allowed), m(s.deductible), m(s.copay), m(s.coinsurance),
                    m(s.paid), m(s.owes), reason[id(s)]]
            if is_rev:
                vals[2] = "-" + vals[2]
            for (h, x, a), v in zip(cols, vals):
                fl.p.t(x, fl.y, v, F, 7, a)
            fl.y += 12
            lines.append(tl(fl.n, s, acct, clm, pat, ("billed", "discount", "not_covered", "allowed", "deductible",
                                                     "copay", "coinsurance", "paid", "patient_owes"),
                            remarks=[reason[id(s)]], description=False,
                            overrides={"units": "-" + E.units_str(s.units)} if is_rev else None))
        tb, tp, to, ta = tot(svcs, "billed"), tot(svcs, "paid"), tot(svcs, "owes"), tot(svcs, "allowed")
        fl.p.line(X0, fl.y - 8, 772, fl.y - 8, 0.3)
        fl.p.t(X0, fl.y, "Claim totals", FB, 7)
        for x, v in ((X0 + 190, tb), (X0 + 324, ta), (X0 + 504, tp), (X0 + 560, to)):
            fl.p.t(x, fl.y, money(v, ",", "()"), FB, 7, "R")
        fl.y += 24
        crec.append(claim_rec(acct, clm, pat, billed=tb, allowed=ta, paid=tp, patient_owes=to))
    legend = [("N17", "This service is not a benefit of your plan; the provider may bill you"),
              ("P10", "Office visit copayment taken from the first service of the day"),
              ("P20", "Paid at the plan's in-network level after your coinsurance"),
              ("R05", "Reversal of an earlier payment; see the corrected claim that follows")]
    fl.need(16 + 10 * len(legend))
    fl.p.t(X0, fl.y, "Reason code explanations", FB, 8)
    fl.y += 11
    for c, txt in legend:
        fl.p.t(X0, fl.y, f"{c}  {txt}", F, 7)
        fl.y += 10

    def foot(p, i, n):
        p.t(X0, 596, "Lakeway Mutual Insurance Company, 90 Cedar Terrace, Bellmont, WA 98307", F, 6.5)
        p.t(772, 596, f"Page {i} of {n}", F, 6.5, "R")
    fl.footers(foot)
    return finish(out, "h137_02_lakeway_claim_statement", fl, "fpdf2", "h137_02",
                  "commercial member EOB, landscape with sidebar, two family patients, reversal + replacement",
                  lines, crec, legend)


# ============================================================================================ L03
def l03_medicare_advantage(out: Path):
    """Medicare Advantage member EOB (monthly), portrait reportlab DejaVu Sans."""
    F, FB = "DSans", "DSans-B"
    pat = "Winifred A. Castellane"

    def ma(s, copay):
        if s.denied:
            s.not_covered = s.billed
            s.owes = s.billed if s.denied == "PR" else ZERO
            return s
        s.allowed = q(Decimal(E.SCHED[s.code]) * s.units * Decimal("1.04"))
        s.copay = min(copay, s.allowed)
        s.paid = s.allowed - s.copay
        s.owes = s.copay
        return s

    cl = [
        ("Sunbury Outpatient Rehabilitation", "2026011400781", "SOR-118830",
         [(Svc(d(1, 5), "97163", 1, ("GP",)), Decimal("25.00")), (Svc(d(1, 5), "97110", 2, ("GP",)), ZERO),
          (Svc(d(1, 7), "97110", 2, ("GP",)), Decimal("25.00")), (Svc(d(1, 7), "97112", 1, ("GP",)), ZERO),
          (Svc(d(1, 7), "97116", 1, ("GP",)), ZERO), (Svc(d(1, 9), "97110", 2, ("GP", "CQ")), Decimal("25.00")),
          (Svc(d(1, 9), "97140", 1, ("GP", "CQ")), ZERO), (Svc(d(1, 12), "97110", 2, ("GP",)), Decimal("25.00")),
          (Svc(d(1, 12), "97112", 2, ("GP",)), ZERO), (Svc(d(1, 12), "G0283", 1, ("GP",)), ZERO),
          (Svc(d(1, 14), "97530", 2, ("GP", "KX")), Decimal("25.00")), (Svc(d(1, 14), "97110", 1, ("GP", "KX")), ZERO)]),
        ("Meadowlark Ear, Nose & Balance Clinic", "2026012000244", None,
         [(Svc(d(1, 15), "99214", 1), Decimal("40.00")), (Svc(d(1, 15), "95992", 1), ZERO)]),
        ("Sunbury Outpatient Rehabilitation", "2026012700913", "SOR-119402",
         [(Svc(d(1, 21), "97110", 2, ("GP",)), Decimal("25.00")), (Svc(d(1, 21), "97124", 1, ("GP",), denied="CO"),
                                                                  ZERO),
         (Svc(d(1, 23), "97110", 2, ("GP",)), Decimal("25.00")), (Svc(d(1, 23), "97112", 1, ("GP",)), ZERO),
         (Svc(d(1, 23), "97140", 1, ("GP", "59")), ZERO), (Svc(d(1, 26), "97110", 2, ("GP", "CQ")), Decimal("25.00")),
         (Svc(d(1, 26), "97116", 1, ("GP", "CQ")), ZERO), (Svc(d(1, 28), "97110", 3, ("GP",)),
                                                           Decimal("25.00")),
         (Svc(d(1, 28), "97035", 1, ("GP",)), ZERO)]),
    ]
    for _, _, _, items in cl:
        for s, c in items:
            ma(s, c)

    def head(p, n):
        p.t(48, 54, "Saguaro Senior Advantage (HMO)", FB, 13)
        p.t(48, 68, "A Medicare Advantage plan offered by Desert Willow Health", F, 8)
        p.t(564, 54, "Explanation of Benefits", FB, 11, "R")
        p.t(564, 68, "Medical services - January 2026", F, 8, "R")
        p.line(48, 76, 564, 76, 2)
        if n > 1:
            p.t(48, 92, f"{pat}  -  Member ID H9921-00488173", F, 7.5)
            return 112
        return 92

    fl = Flow(LETTER, 716, head)
    p = fl.p
    p.t(48, fl.y + 4, pat, FB, 10)
    p.t(48, fl.y + 17, "2207 Ocotillo Bend Apt 4", F, 8.5)
    p.t(48, fl.y + 29, "Sierra Vista Springs, AZ 85699", F, 8.5)
    p.t(330, fl.y + 4, "Member ID: H9921-00488173", F, 8)
    p.t(330, fl.y + 16, "Notice date: February 3, 2026", F, 8)
    p.t(330, fl.y + 28, "This is not a bill.", FB, 8)
    fl.y += 52
    all_s = [s for _, _, _, it in cl for s, _ in it]
    p.rect(48, fl.y, 516, 70)
    p.t(56, fl.y + 14, "Summary of your costs", FB, 9)
    p.t(330, fl.y + 14, "January", FB, 8, "R")
    p.t(430, fl.y + 14, "Year to date", FB, 8, "R")
    rows = [("Total cost of your services", tot(all_s, "allowed")), ("Amount the plan paid", tot(all_s, "paid")),
            ("Amount you owe providers", tot(all_s, "owes"))]
    for k, (lab, v) in enumerate(rows):
        p.t(56, fl.y + 28 + 12 * k, lab, F, 8)
        p.t(330, fl.y + 28 + 12 * k, money(v), F, 8, "R")
        p.t(430, fl.y + 28 + 12 * k, money(v), F, 8, "R")
    fl.y += 90
    p.t(48, fl.y, "Details of your medical claims", FB, 10)
    fl.y += 8
    p.t(48, fl.y + 10, "\"Total cost\" is the amount the plan approved. It is split between the plan's share and your share.",
        F, 7)
    fl.y += 28
    lines, crec = [], []
    notes = {}
    cols = [("Service", 52, "L"), ("Date", 262, "L"), ("Provider\ncharged", 364, "R"), ("Total cost", 420, "R"),
            ("Plan's\nshare", 472, "R"), ("Your\nshare", 520, "R"), ("Note", 530, "L")]
    for prov, clm, acct, items in cl:
        def claim_head(cont=False, prov=prov, clm=clm, acct=acct, first_dos=items[0][0].dos):
            fl.p.rect(48, fl.y - 10, 516, 26, fill=0.9)
            fl.p.t(52, fl.y, f"Claim {clm}" + ("  (continued)" if cont else ""), FB, 8)
            fl.p.t(300, fl.y, f"Provider: {prov}", F, 7.5)
            fl.p.t(52, fl.y + 11, "Patient account number: " + (acct or "not provided"), F, 7)
            fl.p.t(300, fl.y + 11, f"Received {dfmt(first_dos, 'mdy4')}", F, 7)
            fl.y += 30
            for h, x, a in cols:
                for k, part in enumerate(h.split("\n")):
                    fl.p.t(x, fl.y + 8 * k - (8 if "\n" in h else 0), part, FB, 7, a)
            fl.p.line(48, fl.y + 3, 564, fl.y + 3, 0.5)
            fl.y += 14
        fl.need(80)
        claim_head()
        for s, _ in items:
            desc = f"{s.desc} ({'-'.join((s.code,) + s.mods)})"
            dl = wrap(desc, 40)
            if fl.need(10 * len(dl) + 2):
                claim_head(True)
            note = "NC" if s.denied else ("CP" if s.copay else "")
            fl.p.t(52, fl.y, dl[0], F, 7.5)
            for k, part in enumerate(dl[1:], 1):
                fl.p.t(58, fl.y + 10 * k, part, F, 7.5)
            ya = fl.y + 10 * (len(dl) - 1)  # amounts sit on the line that ends with the code
            for x, v, a in ((262, dfmt(s.dos, "mon"), "L"), (364, money(s.billed), "R"), (420, money(s.allowed), "R"),
                            (472, money(s.paid), "R"), (520, money(s.owes), "R"), (530, note, "L")):
                fl.p.t(x, ya, v, F, 7.5, a)
            fl.y += 10 * len(dl) + 3
            if note:
                notes[note] = 1
            lines.append(tl(fl.n, s, acct, clm, pat, ("billed", "allowed", "paid", "patient_owes"), units=False,
                            remarks=[note] if note else [], description=False))
        ss = [s for s, _ in items]
        fl.p.line(48, fl.y - 7, 564, fl.y - 7, 0.3)
        fl.p.t(52, fl.y + 2, "Total for this claim", FB, 7.5)
        for x, v in ((364, tot(ss, "billed")), (420, tot(ss, "allowed")), (472, tot(ss, "paid")), (520, tot(ss, "owes"))):
            fl.p.t(x, fl.y + 2, money(v), FB, 7.5, "R")
        fl.y += 26
        crec.append(claim_rec(acct, clm, pat, billed=tot(ss, "billed"), allowed=tot(ss, "allowed"),
                              paid=tot(ss, "paid"), patient_owes=tot(ss, "owes")))
    legend = [("CP", "Your outpatient therapy copay for this visit"),
              ("NC", "Not covered by Medicare or your plan; the provider cannot bill you for it")]
    fl.need(40)
    fl.p.t(48, fl.y, "Notes", FB, 8.5)
    for k, (c, txt) in enumerate(legend):
        fl.p.t(48, fl.y + 12 + 10 * k, f"{c} - {txt}", F, 7.5)
    fl.y += 36

    def foot(p, i, n):
        p.t(48, 748, "Saguaro Senior Advantage Member Services: 1-866-555-0190, TTY 711, 8 a.m. to 8 p.m., 7 days a week.",
            F, 6.5)
        p.t(564, 760, f"Page {i} of {n}", F, 6.5, "R")
        p.t(48, 760, "H9921_EOB26_M", F, 6.5)
    fl.footers(foot)
    return finish(out, "h137_03_saguaro_ma_eob", fl, "reportlab", "h137_03",
                  "Medicare Advantage monthly member EOB, code in parentheses, no units, claim continued", lines,
                  crec, legend)


# ============================================================================================ L04
def l04_msn(out: Path):
    """Medicare Summary Notice, older paper Part B format, fpdf2 Liberation Serif, count before the service."""
    F, FB = "LSerif", "LSerif-B"
    pat = "EZEKIEL P MORROWGATE"
    st = PlanState(ded_left=Decimal("283.00"))
    cl = [
        ("Juniper Hollow Therapy Services", "Dr. Felicity Arandt", "12-26012-330-880",
         [Svc(d(1, 6), "97165", 1, ("GO",)), Svc(d(1, 6), "97535", 2, ("GO",)), Svc(d(1, 8), "97530", 3, ("GO",)),
          Svc(d(1, 8), "97535", 1, ("GO",)), Svc(d(1, 13), "97530", 2, ("GO",)), Svc(d(1, 13), "97112", 1, ("GO",)),
          Svc(d(1, 15), "97530", 3, ("GO",)), Svc(d(1, 15), "97542", 1, ("GO",))]),
        ("Quarry Road Internal Medicine", "", "12-26014-508-117",
         [Svc(d(1, 9), "99214", 1), Svc(d(1, 9), "A4556", 2, denied="CO")]),
        ("Juniper Hollow Therapy Services", "Dr. Felicity Arandt", "12-26023-331-402",
         [Svc(d(1, 20), "97530", 2, ("GO", "KX")), Svc(d(1, 20), "97535", 2, ("GO", "KX")),
          Svc(d(1, 22), "97530", 3, ("GO", "KX")), Svc(d(1, 22), "97168", 1, ("GO",))]),
        ("Juniper Hollow Therapy Services", "Dr. Felicity Arandt", "12-26030-332-019",
         [Svc(d(1, 27), "97530", 2, ("GO", "KX")), Svc(d(1, 27), "97535", 1, ("GO", "KX")),
          Svc(d(1, 27), "97760", 1, ("GO", "KX")), Svc(d(1, 29), "97530", 3, ("GO", "KX")),
          Svc(d(1, 29), "97535", 1, ("GO", "KX")), Svc(d(1, 29), "97018", 1, ("GO", "KX")),
          Svc(d(1, 30), "97530", 2, ("GO", "KX")), Svc(d(1, 30), "97112", 2, ("GO", "KX"))]),
    ]
    notes = {}
    for _, _, _, svcs in cl:
        for s in svcs:
            E.medicare(s, st)
            n = ["a"]
            if s.denied:
                n = ["e"]
            elif s.deductible:
                n += ["b"]
            notes[id(s)] = n

    def head(p, n):
        p.t(306, 40, "Medicare Summary Notice", FB, 15, "C")
        p.t(306, 54, "January 31, 2026", F, 9, "C")
        if n == 1:
            p.t(54, 80, pat, F, 10)
            p.t(54, 92, "4410 LANTERN HILL RD", F, 10)
            p.t(54, 104, "MAPLE CROSSING IN 46199-0412", F, 10)
            p.rect(336, 70, 222, 76)
            p.t(344, 84, "CUSTOMER SERVICE INFORMATION", FB, 8)
            p.t(344, 96, "Your Medicare Number: 7QR4-WT2-KM61", F, 8)
            p.t(344, 108, "If you have questions, write or call:", F, 8)
            p.t(344, 120, "Medicare Claims Office (invented)", F, 8)
            p.t(344, 132, "PO Box 660042, Fallowfield IN 46298", F, 8)
            p.t(54, 168, "BE INFORMED: Keep this notice with your health records. It is not a bill.", FB, 8.5)
            p.t(306, 192, "PART B MEDICAL INSURANCE - ASSIGNED CLAIMS", FB, 10, "C")
            return 212
        p.t(54, 74, f"{pat}     Medicare Number 7QR4-WT2-KM61", F, 8.5)
        p.t(306, 92, "PART B MEDICAL INSURANCE - ASSIGNED CLAIMS (continued)", FB, 10, "C")
        return 112

    fl = Flow(LETTER, 690, head)
    lines, crec = [], []
    cols = [("Dates of\nService", 54, "L"), ("Services Provided", 108, "L"), ("Amount\nCharged", 360, "R"),
            ("Medicare\nApproved", 412, "R"), ("Medicare\nPaid Provider", 470, "R"), ("You May\nBe Billed", 520, "R"),
            ("See\nNotes", 532, "L")]

    def colhead():
        for h, x, a in cols:
            for k, part in enumerate(h.split("\n")):
                fl.p.t(x, fl.y + 9 * k, part, FB, 8, a)
        fl.y += 12
        fl.p.line(54, fl.y, 558, fl.y, 0.7)
        fl.y += 12

    colhead()
    for prov, ref, clm, svcs in cl:
        fl.need(60, colhead)
        fl.p.t(54, fl.y, f"Claim Number: {clm}", FB, 8.5)
        fl.y += 11
        fl.p.t(54, fl.y, f"{prov}, 77 Mill Pond Ct, Maple Crossing IN 46199", F, 8.5)
        fl.y += 11
        if ref:
            fl.p.t(54, fl.y, f"Referred by: {ref}", F, 8.5)
            fl.y += 11
        fl.y += 2
        for s in svcs:
            if fl.need(12, colhead):
                fl.p.t(54, fl.y, f"Claim Number: {clm} (continued)", FB, 8.5)
                fl.y += 13
            y = fl.y
            fl.p.t(54, y, dfmt(s.dos, "mdy2"), F, 8.5)
            fl.p.t(108, y, f"{E.units_str(s.units)} {s.desc} ({s.code}{''.join('-' + m for m in s.mods)})", F, 8.5)
            for x, v in ((360, s.billed), (412, s.allowed), (470, s.paid), (520, s.owes)):
                fl.p.t(x, y, money(v, "$"), F, 8.5, "R")
            fl.p.t(532, y, ",".join(notes[id(s)]), F, 8.5)
            fl.y += 12
            lines.append(tl(fl.n, s, None, clm, pat, ("billed", "allowed", "paid", "patient_owes"),
                            remarks=[], description=False))
        fl.p.t(108, fl.y, "Claim Total", FB, 8.5)
        for x, a in ((360, "billed"), (412, "allowed"), (470, "paid"), (520, "owes")):
            fl.p.t(x, fl.y, money(tot(svcs, a), "$"), FB, 8.5, "R")
        fl.y += 22
        crec.append(claim_rec(None, clm, pat, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"),
                              paid=tot(svcs, "paid"), patient_owes=tot(svcs, "owes")))
    legend = [("a", "This information is being sent to your private insurer(s). Send any questions to them."),
              ("b", "$283.00 of this approved amount was applied toward your yearly Part B deductible."),
              ("e", "This item is paid only as part of another service; it is not billed to you separately."),
              ("", "A 2% reduction in Medicare payment applies to services on this notice.")]
    fl.need(20 + 12 * len(legend))
    fl.p.t(54, fl.y, "Notes Section:", FB, 9)
    fl.y += 12
    for c, txt in legend:
        fl.p.t(54, fl.y, c, F, 8.5)
        fl.p.t(68, fl.y, txt, F, 8.5)
        fl.y += 12

    def foot(p, i, n):
        p.line(54, 712, 558, 712, 0.5)
        p.t(54, 726, "THIS IS NOT A BILL - Keep this notice for your records.", F, 8)
        p.t(558, 726, f"Page {i} of {n}", F, 8, "R")
    fl.footers(foot)
    # remarks: the notes letters are printed, but they are MSN notes, not remark codes; keep them out of truth
    return finish(out, "h137_04_msn_partb_assigned", fl, "fpdf2", "h137_04",
                  "Medicare Summary Notice, older Part B assigned-claims format, count before service, continued "
                  "claim with repeated column header", lines, crec, [(c, t) for c, t in legend if c])


# ============================================================================================ L05
def l05_medicaid_ra_mono(out: Path):
    """State Medicaid remittance advice, landscape reportlab Courier, sections PAID / DENIED / ADJUSTED."""
    F, FB = "Cour", "Cour-B"
    payee = "TALLGRASS PEDIATRIC THERAPY LLC"

    def mk(rows, deny=None):
        out_ = []
        for dos, code, u, mods, end in rows:
            s = Svc(dos, code, u, mods, end=end, denied=deny)
            E.medicaid(s, deny_reason="16")
            out_.append(s)
        return out_

    paid = [
        ("NAVARRO-FINCH, ODALYS", "911402738", "2626020118004", "TPT-30912",
         mk([(d(1, 5), "97530", 4, ("GO",), None), (d(1, 5), "97533", 2, ("GO",), None),
             (d(1, 7), "97530", 4, ("GO",), None), (d(1, 12), "97530", 3, ("GO",), None),
             (d(1, 12), "97535", 1, ("GO",), None)])),
        ("NAVARRO-FINCH, TOMAS", "911402746", "2626020118005", "TPT-30913",
         mk([(d(1, 6), "92523", 1, ("GN",), None), (d(1, 8), "92507", 1, ("GN",), None),
             (d(1, 13), "92507", 1, ("GN",), None), (d(1, 15), "92507", 1, ("GN",), None)])),
        ("OKAFOR, DELPHINE", "907731150", "2626020118019", "TPT-30950",
         mk([(d(1, 5), "97110", 6, ("GP",), d(1, 9)), (d(1, 5), "97112", 4, ("GP",), d(1, 9)),
             (d(1, 12), "97110", 6, ("GP",), d(1, 16)), (d(1, 12), "97116", 2, ("GP",), d(1, 16)),
             (d(1, 19), "97110", 6, ("GP",), d(1, 23)), (d(1, 19), "97112", 4, ("GP",), d(1, 23)),
             (d(1, 26), "97110", 4, ("GP",), d(1, 30)), (d(1, 26), "97542", 2, ("GP",), d(1, 30)),
             (d(1, 26), "A4556", 1, (), d(1, 26))])),
        ("PRZYBYLSKI, ANYA", "915520087", "2626020118033", "TPT-31007",
         mk([(d(1, 14), "97165", 1, ("GO",), None), (d(1, 21), "97530", 3, ("GO",), None),
             (d(1, 28), "97530", 3, ("GO",), None)])),
    ]
    # other insurance (TPL) paid part of Anya's evaluation
    s_tpl = paid[3][4][0]
    tpl = {id(s_tpl): Decimal("60.00")}
    s_tpl.paid = s_tpl.allowed - Decimal("60.00")
    s_tpl.adjs = [("CO", "45", s_tpl.discount), ("OA", "23", Decimal("60.00"))]
    denied = [("VANTERPOOL, ISAIAH", "903318842", "2626020118051", "TPT-31022",
               mk([(d(1, 9), "97530", 4, ("GO",), None), (d(1, 9), "97533", 2, ("GO",), None)], deny="CO"))]
    orig = mk([(date(2025, 12, 15), "97530", 4, ("GO",), None),
               (date(2025, 12, 15), "97140", 2, ("GO",), None)])
    rev = [E.negate(s) for s in orig]
    repl = mk([(date(2025, 12, 15), "97530", 4, ("GO",), None), (date(2025, 12, 15), "97140", 2, ("GO", "59"), None)])
    adjusted = [("LOWELL-AMARU, KEANU", "908815523", "2625351044120", "TPT-29874", rev, "ORIGINAL CLAIM - DEBIT"),
                ("LOWELL-AMARU, KEANU", "908815523", "2626020118060", "TPT-29874", repl, "REPLACEMENT CLAIM")]
    eob = {}
    for grp in paid + denied:
        for s in grp[4]:
            eob[id(s)] = "0316" if s.denied else ("0044" if id(s) in tpl else "0001")
    for grp in adjusted:
        for s in grp[4]:
            eob[id(s)] = "0702" if "ORIG" in grp[5] else "0703"

    def head(p, n):
        p.t(36, 30, "STATE OF NORTH PLAINS", FB, 8)
        p.t(396, 30, "MEDICAL ASSISTANCE PROGRAM", FB, 8, "C")
        p.t(756, 30, "RUN DATE 01/30/26", F, 8, "R")
        p.t(36, 40, "DEPARTMENT OF HUMAN SERVICES", F, 8)
        p.t(396, 40, "PROVIDER REMITTANCE ADVICE", FB, 8, "C")
        p.t(756, 40, f"PAGE {n:4d} OF PAGENO", F, 8, "R")
        p.t(36, 54, f"PAYEE: {payee}   PROVIDER ID: 2004417760   RA NUMBER: 0000911873   WARRANT NO: 55012288   "
                    "WARRANT DATE: 01/30/26", F, 7.5)
        p.line(36, 60, 756, 60, 0.6)
        return 74

    fl = Flow(LAND, 548, head)
    lines, crec = [], []
    hdr1 = f"{'RECIPIENT NAME':<28}{'RECIPIENT ID':<14}{'ICN':<16}{'PATIENT ACCT':<14}"
    hdr2 = (f"{'LN':>4} {'FROM':<6} {'THRU':<6} {'PROC':<5} {'MODS':<6}{'UNITS':>7}{'BILLED':>11}{'ALLOWED':>11}"
            f"{'COPAY':>8}{'TPL':>9}{'PAID':>11}  {'EOB':<4}")

    def colhead():
        fl.p.t(36, fl.y, hdr1, FB, 7.5)
        fl.p.t(36, fl.y + 9, hdr2, FB, 7.5)
        fl.p.t(36, fl.y + 15, "-" * 118, F, 7.5)
        fl.y += 26

    def m(v):
        return money(v, ",", "trail")

    def section(title, groups):
        fl.need(60)
        fl.p.t(36, fl.y, f"***  CLAIM STATUS: {title}  ***   CLAIM TYPE: PROFESSIONAL (CMS-1500)", FB, 8)
        fl.y += 14
        colhead()
        for grp in groups:
            name, rid, icn, acct, svcs = grp[:5]
            fl.need(22, colhead)
            chead = f"{name:<28}{rid:<14}{icn:<16}{acct:<14}" + (f"  {grp[5]}" if len(grp) > 5 else "")
            fl.p.t(36, fl.y, chead, FB, 7.5)
            fl.y += 10
            for k, s in enumerate(svcs, 1):
                if fl.need(10, colhead):
                    fl.p.t(36, fl.y, f"{name:<28}{rid:<14}{icn:<16}{acct:<14}  (CONTINUED)", FB, 7.5)
                    fl.y += 10
                neg = s.billed < 0
                u = E.units_str(abs(s.units)) + (".00-" if neg else ".00")
                row = (f"{k:>4} {dfmt(s.dos, 'mdy6'):<6} {dfmt(s.end or s.dos, 'mdy6'):<6} {s.code:<5} "
                       f"{' '.join(s.mods):<6}{u:>7}{m(s.billed):>11}{m(s.allowed):>11}{m(ZERO):>8}"
                       f"{m(tpl.get(id(s), ZERO)):>9}{m(s.paid):>11}  {eob[id(s)]:<4}")
                fl.p.t(36, fl.y, row, F, 7.5)
                fl.y += 10
                lines.append(tl(fl.n, s, acct, icn, name, ("billed", "allowed", "paid"), service_end=s.end,
                                remarks=[eob[id(s)]], description=False,
                                overrides={"units": ("-" if neg else "") + E.units_str(abs(s.units))}))
            tb, ta, tp = tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid")
            row = f"{'':>4} {'CLAIM TOTAL':<31}{m(tb):>11}{m(ta):>11}{m(ZERO):>8}{m(sum((tpl.get(id(s), ZERO) for s in svcs), ZERO)):>9}{m(tp):>11}"
            fl.p.t(36, fl.y, row, FB, 7.5)
            fl.y += 16
            crec.append(claim_rec(acct, icn, name, billed=tb, allowed=ta, paid=tp))

    section("PAID", paid)
    section("DENIED", denied)
    section("ADJUSTED", adjusted)
    allp = [s for g in paid + denied + adjusted for s in g[4]]
    fl.need(90)
    fl.p.t(36, fl.y, "SUMMARY     CLAIMS PAID  4   DENIED  1   ADJUSTED  2", FB, 8)
    fl.p.t(36, fl.y + 10, f"            TOTAL BILLED {m(tot(allp, 'billed'))}    TOTAL PAID {m(tot(allp, 'paid'))}"
                          f"    NET WARRANT AMOUNT {m(tot(allp, 'paid'))}", F, 8)
    fl.y += 26
    legend = [("0001", "SERVICE PAID AT THE PROGRAM FEE SCHEDULE"),
              ("0044", "OTHER COVERAGE PAYMENT SUBTRACTED FROM ALLOWED AMOUNT"),
              ("0316", "PRIOR AUTHORIZATION NOT ON FILE FOR THESE DATES"),
              ("0702", "CLAIM REVERSED - ORIGINAL PAYMENT RECOVERED"),
              ("0703", "REPLACEMENT CLAIM PAID AFTER CORRECTION")]
    fl.p.t(36, fl.y, "EOB CODE DESCRIPTIONS", FB, 8)
    fl.y += 10
    for c, t in legend:
        fl.p.t(36, fl.y, f"{c}  {t}", F, 7.5)
        fl.y += 9

    def foot(p, i, n):
        for k, op in enumerate(p.ops):
            if op[0] == "t" and "PAGENO" in op[3]:
                p.ops[k] = op[:3] + (op[3].replace("PAGENO", f"{n:4d}"),) + op[4:]
    fl.footers(foot)
    return finish(out, "h137_05_northplains_medicaid_ra", fl, "reportlab", "h137_05",
                  "state Medicaid RA, monospace landscape, paid/denied/adjusted sections, service ranges, TPL, "
                  "trailing-minus reversal, claim continued", lines, crec, legend)


# ============================================================================================ L06
def l06_medicaid_ra_boxed(out: Path):
    """State Medicaid remittance statement, boxed claim blocks, fpdf2 DejaVu Sans Condensed portrait."""
    F, FB = "DCond", "DCond-B"
    groups = [
        ("Halvorsen, Bridget M", "MA0072219043", "26030-0004417-00", "HB011526", "PAID",
         [Svc(d(1, 15), "97166", 1, ("GO",)), Svc(d(1, 15), "97530", 2, ("GO",)),
          Svc(d(1, 22), "97530", 3, ("GO",)), Svc(d(1, 22), "97140", 1, ("GO", "59"))]),
        ("Halvorsen, Pieter J", "MA0072219051", "26030-0004418-00", "HP011626", "PAID",
         [Svc(d(1, 16), "92610", 1, ("GN",)), Svc(d(1, 23), "92526", 1, ("GN",)), Svc(d(1, 30), "92526", 1, ("GN",))]),
        ("Szczepanik, Rue", "MA0069930118", "26030-0004423-00", "SR010926", "PARTIAL",
         [Svc(d(1, 9), "97530", 4, ("GO",)), Svc(d(1, 9), "97535", 2, ("GO",)),
          Svc(d(1, 9), "97018", 1, ("GO",), denied="CO")]),
        ("Abernathy-Cole, Marcus", "MA0081157760", "26030-0004431-00", "AC012026", "PAID",
         [Svc(d(1, 20), "97161", 1, ("GP",)), Svc(d(1, 20), "97110", 3, ("GP",)),
          Svc(d(1, 27), "97110", 3, ("GP",)), Svc(d(1, 27), "97112", 2, ("GP",)),
          Svc(d(1, 29), "97110", 3, ("GP",)), Svc(d(1, 29), "97530", 1, ("GP",))]),
        ("Dunmore, Lila", "MA0070045512", "26030-0004440-00", "DL012126", "DENIED",
         [Svc(d(1, 21), "97533", 4, ("GO",), denied="CO"), Svc(d(1, 21), "97530", 2, ("GO",), denied="CO")]),
    ]
    copay = Decimal("2.00")
    rarc = {}
    for g in groups:
        first = True
        for s in g[5]:
            E.medicaid(s, deny_reason="197" if g[4] == "DENIED" else "96")
            rarc[id(s)] = "N54" if g[4] == "DENIED" else ("M80" if s.denied else "")
            if not s.denied and first and g[0].startswith("Abernathy"):
                s.copay = copay
                s.paid -= copay
                s.owes = copay
                s.adjs.append(("PR", "3", copay))
                first = False

    def head(p, n):
        p.rect(36, 30, 540, 44, fill=0.9)
        p.t(44, 46, "PRAIRIE STATE MEDICAL ASSISTANCE", FB, 11)
        p.t(44, 58, "Remittance Statement  -  Fee-for-Service", F, 8)
        p.t(568, 46, "Payment date 01/30/2026", F, 8, "R")
        p.t(568, 58, "Remit ID 2026-0130-00412", F, 8, "R")
        p.t(44, 68, "Pay to: Coldwater Rehab Partners  |  NPI 1730092215  |  Medicaid Provider 000448812  |  EFT 8800213",
            F, 7)
        return 92

    fl = Flow(LETTER, 730, head)
    lines, crec = [], []
    cols = [("Ln", 40, "L"), ("Svc From", 56, "L"), ("Svc To", 100, "L"), ("Procedure", 144, "L"), ("Mods", 184, "L"),
            ("Units", 234, "R"), ("Charged", 278, "R"), ("Allowed", 318, "R"), ("Copay", 348, "R"),
            ("Reimbursed", 398, "R"), ("Adj Grp-Rsn", 404, "L"), ("Adj Amount", 500, "R"), ("Remark", 510, "L")]
    for name, mid, tcn, acct, status, svcs in groups:
        h = 46 + 12 * sum(max(1, len(s.adjs)) for s in svcs)
        fl.need(min(h, 200))
        top = fl.y
        fl.p.rect(36, top, 540, 16, fill=0.85)
        fl.p.t(40, top + 11, f"Member: {name}", FB, 8)
        fl.p.t(210, top + 11, f"Member ID: {mid}", F, 7.5)
        fl.p.t(340, top + 11, f"TCN: {tcn}", F, 7.5)
        fl.p.t(572, top + 11, f"Status: {status}", FB, 7.5, "R")
        fl.p.t(40, top + 27, f"Patient Acct #: {acct}     Billing NPI 1730092215     Claim type: Professional", F, 7)
        fl.y = top + 42
        for hh, x, a in cols:
            fl.p.t(x, fl.y, hh, FB, 6.8, a)
        fl.p.line(36, fl.y + 3, 576, fl.y + 3, 0.4)
        fl.y += 13
        for k, s in enumerate(svcs, 1):
            y = fl.y
            vals = [str(k), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                    f"{s.units:.2f}", money(s.billed, ","), money(s.allowed, ","), money(s.copay, ","),
                    money(s.paid, ",")]
            for (hh, x, a), v in zip(cols, vals):
                fl.p.t(x, y, v, F, 7.2, a)
            for j, (g, rc, a) in enumerate(s.adjs):
                fl.p.t(404, y + 10 * j, f"{g}-{rc}", F, 7.2)
                fl.p.t(500, y + 10 * j, money(a, ","), F, 7.2, "R")
            fl.p.t(510, y, rarc[id(s)], F, 7.2)
            fl.y += 10 * max(1, len(s.adjs)) + 2
            lines.append(tl(fl.n, s, acct, tcn, name, ("billed", "allowed", "copay", "paid"),
                            adjustments=s.adjs, remarks=[rarc[id(s)]] if rarc[id(s)] else [], description=False))
        tb, ta, tp = tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid")
        fl.p.line(36, fl.y - 6, 576, fl.y - 6, 0.3)
        fl.p.t(56, fl.y + 2, "Claim totals", FB, 7.2)
        for x, v in ((278, tb), (318, ta), (398, tp)):
            fl.p.t(x, fl.y + 2, money(v, ","), FB, 7.2, "R")
        fl.y += 8
        fl.p.rect(36, top, 540, fl.y - top)
        fl.y += 16
        crec.append(claim_rec(acct, tcn, name, billed=tb, allowed=ta, paid=tp))
    legend = [("CO-45", "Charge above the program's maximum allowable"),
              ("CO-96", "Service not covered by the program"), ("CO-197", "No prior approval on file"),
              ("PR-3", "Member copayment"),
              ("M80", "Not paid separately when billed with another service the same day"),
              ("N54", "Claim data does not match the approval on file")]
    fl.need(20 + 10 * len(legend))
    fl.p.t(40, fl.y, "Adjustment reason and remark code glossary", FB, 8)
    fl.y += 11
    for c, t in legend:
        fl.p.t(40, fl.y, c, FB, 7)
        fl.p.t(90, fl.y, t, F, 7)
        fl.y += 10

    def foot(p, i, n):
        p.t(306, 760, f"Prairie State Medical Assistance  -  Page {i} of {n}", F, 7, "C")
    fl.footers(foot)
    return finish(out, "h137_06_prairie_medicaid_remit", fl, "fpdf2", "h137_06",
                  "state Medicaid remittance statement, boxed claim blocks, stacked adjustment rows, copay, denied "
                  "claim", lines, crec, legend)


# ============================================================================================ L07
def l07_pm_medicare_remit(out: Path):
    """Practice-management 'Insurance Payment Detail' print of a Medicare ERA, fpdf2 core Helvetica portrait."""
    F, FB = "Helv", "Helv-B"
    st = PlanState(ded_left=ZERO)
    groups = [
        ("OYELARAN, BEATRICE", "10433", "22260160044120", "1 - Processed as Primary",
         [Svc(d(1, 6), "97161", 1, ("GP",)), Svc(d(1, 6), "97110", 2, ("GP",)),
          Svc(d(1, 8), "97110", 2, ("GP",)), Svc(d(1, 8), "97140", 1, ("GP", "59"))]),
        ("HOLLINGSWORTH, AMOS", "10512", "22260160044131", "1 - Processed as Primary",
         [Svc(d(1, 7), "97530", 3, ("GO",)), Svc(d(1, 7), "97535", 1, ("GO",)), Svc(d(1, 9), "97530", 3, ("GO",)),
          Svc(d(1, 9), "97112", 1, ("GO",)), Svc(d(1, 12), "97530", 2, ("GO", "CO")),
          Svc(d(1, 12), "97535", 2, ("GO", "CO")), Svc(d(1, 14), "97530", 3, ("GO", "CO")),
          Svc(d(1, 14), "97760", 1, ("GO",)), Svc(d(1, 16), "97530", 2, ("GO", "KX")),
          Svc(d(1, 16), "97018", 1, ("GO", "KX"))]),
        ("TREMBLAY-OSEI, NORA", "10520", "22260160044157", "1 - Processed as Primary",
         [Svc(d(1, 13), "92523", 1, ("GN",)), Svc(d(1, 15), "92507", 1, ("GN",)),
          Svc(d(1, 15), "92526", 1, ("GN",), denied="CO")]),
        ("MCALLISTER, ROY", "10544", "22260160044168", "1 - Processed as Primary",
         [Svc(d(1, 20), "97110", 3, ("GP",)), Svc(d(1, 20), "97116", 1, ("GP",)),
          Svc(d(1, 22), "97110", 3, ("GP", "CQ")), Svc(d(1, 22), "G0283", 1, ("GP", "CQ"))]),
    ]
    st_amos = PlanState(ded_left=Decimal("120.00"))
    rarc = {}
    for g in groups:
        for s in g[4]:
            E.medicare(s, st_amos if g[0].startswith("HOLL") else st, deny_reason="97")
            if s.mods and "CQ" in s.mods or "CO" in s.mods:
                rarc[id(s)] = "N850"
            elif s.denied:
                rarc[id(s)] = "M15"
            else:
                rarc[id(s)] = ""

    def head(p, n):
        p.t(40, 36, "TheraLedger Practice Manager", FB, 8)
        p.t(572, 36, "Printed 02/02/2026 9:41 AM  by  kfarrow", F, 7, "R")
        p.t(306, 56, "Insurance Payment Detail", FB, 13, "C")
        p.t(306, 68, "Deposit 01/30/2026  -  Medicare Part B (Great Basin Medicare Services)", F, 8, "C")
        p.t(40, 84, "Practice: Copperline Rehab & Balance   NPI 1457700912   Check/EFT # 881004512937   "
                    "Check amount $2,347.92", F, 7)
        p.line(40, 90, 572, 90, 0.8)
        return 104

    fl = Flow(LETTER, 732, head)
    lines, crec = [], []
    cols = [("DOS", 44, "L"), ("CPT", 90, "L"), ("Mod", 120, "L"), ("Units", 176, "R"), ("Charge", 222, "R"),
            ("Allowed", 266, "R"), ("Deduct", 306, "R"), ("Coins", 342, "R"), ("Adj Code", 352, "L"),
            ("Adj Amt", 432, "R"), ("Remark", 442, "L"), ("Paid", 526, "R")]

    def colhead():
        for h, x, a in cols:
            fl.p.t(x, fl.y, h, FB, 7, a)
        fl.p.line(40, fl.y + 3, 572, fl.y + 3, 0.3)
        fl.y += 12

    for name, acct, icn, status, svcs in groups:
        def band(cont=False, name=name, acct=acct, icn=icn, status=status):
            fl.p.rect(40, fl.y - 9, 532, 24, fill=0.92)
            fl.p.t(44, fl.y, f"Patient: {name}" + ("   (cont'd)" if cont else ""), FB, 7.8)
            fl.p.t(230, fl.y, f"Acct #: {acct}", F, 7.5)
            fl.p.t(330, fl.y, f"ICN: {icn}", F, 7.5)
            fl.p.t(44, fl.y + 10, f"Claim status: {status}    HIC/MBI: on file    Crossover: none", F, 7)
            fl.y += 24
            colhead()
        fl.need(60)
        band()
        for s in svcs:
            h = 10 * max(1, len(s.adjs)) + 2
            if fl.need(h):
                band(True)
            y = fl.y
            vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), E.units_str(s.units), money(s.billed, ","),
                    money(s.allowed, ","), money(s.deductible, ","), money(s.coinsurance, ",")]
            for (hh, x, a), v in zip(cols, vals):
                fl.p.t(x, y, v, F, 7.2, a)
            for j, (g, rc, a) in enumerate(s.adjs):
                fl.p.t(352, y + 10 * j, f"{g}-{rc}", F, 7.2)
                fl.p.t(432, y + 10 * j, money(a, ","), F, 7.2, "R")
            fl.p.t(442, y, rarc[id(s)], F, 7.2)
            fl.p.t(526, y, money(s.paid, ","), F, 7.2, "R")
            fl.y += h
            lines.append(tl(fl.n, s, acct, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                            adjustments=s.adjs, remarks=[rarc[id(s)]] if rarc[id(s)] else [], description=False))
        tb, ta, tp = tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid")
        pr = tot(svcs, "owes")
        fl.p.line(40, fl.y - 7, 572, fl.y - 7, 0.3)
        fl.p.t(90, fl.y + 1, "Claim totals", FB, 7.2)
        for x, v in ((222, tb), (266, ta), (526, tp)):
            fl.p.t(x, fl.y + 1, money(v, ","), FB, 7.2, "R")
        fl.p.t(352, fl.y + 1, f"Patient resp {money(pr, ',')}", F, 7.2)
        fl.y += 20
        crec.append(claim_rec(acct, icn, name, billed=tb, allowed=ta, paid=tp, patient_owes=pr))
    legend = [("CO-45", "Fee schedule reduction"), ("CO-97", "Bundled into another service paid on this claim"),
              ("CO-253", "Federal payment reduction (2%)"), ("PR-1", "Part B deductible"), ("PR-2", "Coinsurance"),
              ("N850", "Service delivered in part by a therapy assistant"),
              ("M15", "Separately billed service bundled by edit")]
    fl.need(16 + 9 * len(legend))
    fl.p.t(44, fl.y, "Code legend", FB, 7.5)
    fl.y += 10
    for c, t in legend:
        fl.p.t(44, fl.y, f"{c:<8} {t}", F, 7)
        fl.y += 9

    def foot(p, i, n):
        p.t(40, 760, "TheraLedger PM  -  report RPT-EOB-07  -  confidential patient information", F, 6.5)
        p.t(572, 760, f"Page {i} of {n}", F, 6.5, "R")
    fl.footers(foot)
    return finish(out, "h137_07_theraledger_payment_detail", fl, "fpdf2", "h137_07",
                  "PM-system print of a Medicare ERA: patient bands, stacked adjustment rows, CQ/CO assistant lines, "
                  "a bundled denial, band repeated on continuation", lines, crec, legend)


# ============================================================================================ L08
def l08_clearinghouse_spr(out: Path):
    """Clearinghouse 'standard paper remit' rendering of a Medicare 835, reportlab DejaVu Sans Mono portrait."""
    F, FB = "DMono", "DMono-B"
    st = PlanState(ded_left=Decimal("60.00"))
    groups = [
        ("WEXLER, JUNE", "1EG4TE5MK72", "2201-WJ", "0226012345670",
         [Svc(d(1, 5), "97530", 3, ("GO",)), Svc(d(1, 5), "97535", 1, ("GO",)), Svc(d(1, 6), "97530", 2, ("GO",)),
          Svc(d(1, 6), "97112", 1, ("GO",)), Svc(d(1, 8), "97530", 3, ("GO",)), Svc(d(1, 8), "97760", 1, ("GO",)),
          Svc(d(1, 12), "97530", 2, ("GO", "KX")), Svc(d(1, 12), "97535", 2, ("GO", "KX")),
          Svc(d(1, 13), "97530", 3, ("GO", "KX")), Svc(d(1, 13), "97018", 1, ("GO", "KX")),
          Svc(d(1, 15), "97530", 3, ("GO", "KX")), Svc(d(1, 15), "97168", 1, ("GO",))]),
        ("PELLEGRINI, OSCAR", "5TN8CV2HJ40", "2204-PO", "0226012345688",
         [Svc(d(1, 7), "97163", 1, ("GP",)), Svc(d(1, 7), "97110", 2, ("GP",)), Svc(d(1, 9), "97110", 2, ("GP",)),
          Svc(d(1, 9), "97116", 2, ("GP",))]),
        ("ZAMBRANO, LUZ", "8KD1PX6RW93", "2209-ZL", "0226012345696",
         [Svc(d(1, 14), "92610", 1, ("GN",)), Svc(d(1, 16), "92526", 1, ("GN",)),
          Svc(d(1, 16), "92507", 1, ("GN", "59"))]),
        ("ABERNETHY, CLIVE", "3WQ7MM5TB18", "2211-AC", "0226012345709",
         [Svc(d(1, 20), "97110", 3, ("GP",)), Svc(d(1, 20), "97035", 1, ("GP",), denied="CO"),
          Svc(d(1, 22), "97110", 3, ("GP",)), Svc(d(1, 22), "97140", 2, ("GP",))]),
    ]
    for g in groups:
        stg = st if g[0].startswith("WEX") else PlanState(ded_left=ZERO)
        for s in g[4]:
            E.medicare(s, stg, deny_reason="50")

    def head(p, n):
        p.t(36, 30, "CLEARSTREAM CLAIMS EXCHANGE - STANDARD PAPER REMITTANCE (FROM 835)", FB, 7.6)
        p.t(576, 30, f"PAGE #: {n} OF PAGENO", F, 7.6, "R")
        p.t(36, 40, "PAYER: MEDICARE PART B, JURISDICTION 17 (INVENTED)", F, 7.6)
        p.t(576, 40, "DATE: 01/29/2026", F, 7.6, "R")
        p.t(36, 50, "PROVIDER: BIRCHWOOD NEURO REHAB GROUP    NPI #: 1881200457", F, 7.6)
        p.t(576, 50, "CHECK/EFT #: 5530028891", F, 7.6, "R")
        p.t(36, 66, f"{'PERF PROV':<11} {'SERV DATE':<11} {'POS':<3} {'NOS':>3} {'PROC':<5} {'MODS':<6}{'BILLED':>8} "
                    f"{'ALLOWED':>8} {'DEDUCT':>7} {'COINS':>7}  {'GRP/RC-AMT':<16}{'PROV PD':>10}", FB, 6.9)
        p.t(36, 76, "_" * 117, F, 6.9)
        return 92

    fl = Flow(LETTER, 724, head)
    lines, crec = [], []
    perf = "1144920017"

    def m(v):
        return f"{v:.2f}"

    groups = [groups[1], groups[2], groups[3], groups[0]]
    for name, hic, acct, icn, svcs in groups:
        chead = f"NAME {name:<22} HIC {hic:<14} ACNT {acct:<12} ICN {icn}  ASG Y  MOA MA01"
        fl.need(24)
        fl.p.t(36, fl.y, chead, F, 6.9)
        fl.y += 12
        for s in svcs:
            h = 9 * max(1, len(s.adjs))
            if fl.need(h):
                fl.p.t(36, fl.y, chead + "  CONT'D", F, 6.9)
                fl.y += 12
            y = fl.y
            mods = " ".join(s.mods)
            first = f"{s.adjs[0][0]}-{s.adjs[0][1]}" if s.adjs else ""
            row = (f"{perf:<11} {s.dos.strftime('%m%d')} "
                   f"{dfmt(s.dos, 'mdy6')}  11 {E.units_str(s.units):>3} {s.code:<5} {mods:<6}"
                   f"{m(s.billed):>8} {m(s.allowed):>8} {m(s.deductible):>7} {m(s.coinsurance):>7}  "
                   f"{first:<7}{m(s.adjs[0][2]) if s.adjs else '':>9}{m(s.paid):>10}")
            fl.p.t(36, y, row, F, 6.9)
            for j, (g, rc, a) in enumerate(s.adjs[1:], 1):
                fl.p.t(36, y + 9 * j, " " * 79 + f"{g + '-' + rc:<7}{m(a):>9}", F, 6.9)
            fl.y += h + 1
            lines.append(tl(fl.n, s, acct, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                            adjustments=s.adjs, remarks=[], description=False))
        tb, ta, tp = tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid")
        td, tc = tot(svcs, "deductible"), tot(svcs, "coinsurance")
        pr = td + tc
        fl.p.t(36, fl.y, f"{'PT RESP ' + m(pr):<30}{'CLAIM TOTALS':<14}{m(tb):>8} {m(ta):>8} {m(td):>7} "
                         f"{m(tc):>7}  {'':<7}{m(tb - tp):>9}{m(tp):>10}", F, 6.9)
        fl.y += 9
        fl.p.t(36, fl.y, "ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00   "
                         f"NET {m(tp):>10}", F, 6.9)
        fl.y += 18
        crec.append(claim_rec(acct, icn, name, billed=tb, allowed=ta, paid=tp, patient_owes=pr))
    allp = [s for g in groups for s in g[4]]
    fl.need(80)
    fl.p.t(36, fl.y, "TOTALS:  # OF CLAIMS   BILLED AMT   ALLOWED AMT   DEDUCT AMT   COINS AMT   PROV PD AMT   "
                     "CHECK AMT", FB, 6.9)
    fl.p.t(36, fl.y + 10, f"                   4   {m(tot(allp, 'billed')):>10}   {m(tot(allp, 'allowed')):>11}   "
                          f"{m(tot(allp, 'deductible')):>10}   {m(tot(allp, 'coinsurance')):>9}   "
                          f"{m(tot(allp, 'paid')):>11}   {m(tot(allp, 'paid')):>9}", F, 6.9)
    fl.y += 28
    legend = [("CO-45", "CHARGE EXCEEDS FEE SCHEDULE"), ("CO-50", "NOT MEDICALLY NECESSARY PER PAYER"),
              ("CO-253", "SEQUESTRATION REDUCTION"), ("PR-1", "DEDUCTIBLE"), ("PR-2", "COINSURANCE"),
              ("MA01", "APPEAL RIGHTS NOTICE ON FILE")]
    fl.p.t(36, fl.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", FB, 6.9)
    fl.y += 10
    for c, t in legend:
        fl.p.t(36, fl.y, f"{c:<8}{t}", F, 6.9)
        fl.y += 9

    def foot(p, i, n):
        for k, op in enumerate(p.ops):
            if op[0] == "t" and "PAGENO" in op[3]:
                p.ops[k] = op[:3] + (op[3].replace("PAGENO", str(n)),) + op[4:]
    fl.footers(foot)
    return finish(out, "h137_08_clearstream_spr", fl, "reportlab", "h137_08",
                  "clearinghouse standard paper remit from a Medicare 835, monospace, MMDD + MMDDYY service dates, "
                  "stacked GRP/RC rows, claim continued with CONT'D heading", lines, crec, legend)


# ============================================================================================ L09
def l09_clinic_family_statement(out: Path):
    """Pediatric therapy clinic family statement, reportlab core Times, right sidebar and tear-off stub."""
    F, FB = "Times", "Times-B"
    guar = "Celeste Vantongeren"
    st = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    st.visit_copay = Decimal("30.00")
    visits = [
        ("Milo Vantongeren", "V-88213", "BSH-77260100412", d(1, 5), [("97166", 1), ("97533", 2)]),
        ("Juniper Vantongeren", "V-88220", "BSH-77260100455", d(1, 6), [("92523", 1)]),
        ("Milo Vantongeren", "V-88241", "BSH-77260101187", d(1, 12), [("97533", 3), ("97530", 1)]),
        ("Oren Vantongeren", "V-88247", "BSH-77260101203", d(1, 13), [("97161", 1), ("97110", 2), ("97112", 1)]),
        ("Juniper Vantongeren", "V-88252", "BSH-77260101240", d(1, 13), [("92507", 1), ("92526", 1)]),
        ("Milo Vantongeren", "V-88279", "BSH-77260102011", d(1, 19), [("97533", 3), ("97535", 1)]),
        ("Oren Vantongeren", "V-88284", "BSH-77260102032", d(1, 20), [("97110", 2), ("97140", 1), ("97035", 1)]),
        ("Juniper Vantongeren", "V-88290", "BSH-77260102058", d(1, 20), [("92507", 1)]),
        ("Milo Vantongeren", "V-88301", None, d(1, 26), [("97533", 3), ("97530", 1)]),
        ("Oren Vantongeren", "V-88306", None, d(1, 27), [("97110", 2), ("97112", 1)]),
        ("Juniper Vantongeren", "V-88311", None, d(1, 27), [("92507", 1), ("92526", 1)]),
        ("Milo Vantongeren", "V-88325", None, d(1, 29), [("97533", 2), ("97535", 1), ("97530", 1)]),
    ]
    rows = []
    for pat, vno, clm, dos, items in visits:
        svcs = []
        for code, u in items:
            s = Svc(dos, code, u, denied="PR" if code == "97035" else None)
            if clm:
                E.commercial(s, st, deny_reason="96")
                s.ptpaid = s.copay  # copay collected at the front desk
                s.insadj = s.discount
                s.bal = s.billed - s.paid - s.insadj - s.ptpaid
                s.owes = s.bal
            else:
                s.ptpaid = ZERO
                s.insadj = ZERO
                s.bal = s.billed
                s.owes = s.bal
            svcs.append(s)
        rows.append((pat, vno, clm, dos, svcs))

    def stub(p):
        p.t(40, 40, "BRIGHTWATER PEDIATRIC THERAPY", FB, 12)
        p.t(40, 52, "1120 Heron Point Road, Suite 3  -  Clearlake, OR 97499  -  (541) 555-0128", F, 8.5)
        p.rect(380, 30, 192, 70)
        for k, (a, b) in enumerate((("Statement date", "02/01/2026"), ("Account number", "G-20418"),
                                    ("Amount due", "AMTDUE"), ("Please pay by", "02/25/2026"))):
            p.t(388, 44 + 15 * k, a, F, 9)
            p.t(564, 44 + 15 * k, b, FB, 9, "R")
        p.t(40, 76, guar, F, 10)
        p.t(40, 88, "58 Larkspur Court", F, 10)
        p.t(40, 100, "Clearlake, OR 97499", F, 10)
        p.t(40, 118, "Amount enclosed: $__________     Make checks payable to Brightwater Pediatric Therapy", F, 8.5)
        p.t(306, 132, "- - - - - - - - - - - - please detach and return the top portion with your payment - - - - - - - - - - - -",
            F, 7, "C")

    def head(p, n):
        if n == 1:
            stub(p)
            p.t(40, 156, "Family Statement", FB, 13)
            # sidebar
            p.rect(446, 146, 126, 300, fill=0.94)
            side = [("Account summary", FB), ("Previous balance   $0.00", F), ("New charges  NEWCH", F),
                    ("Insurance paid  INSPD", F), ("Adjustments  INSADJ", F), ("Your payments  PTPD", F),
                    ("Amount due  AMTDUE", FB), ("", F), ("Messages", FB),
                    ("Visits from 01/26 on", F), ("are waiting on your", F), ("insurance and are", F),
                    ("shown at full charge.", F), ("", F), ("Questions about this", F), ("bill? Call our billing", F),
                    ("office, Mon-Fri 8-4:", F), ("(541) 555-0131", F), ("", F), ("Pay online at", F),
                    ("brightwater-pt.example/pay", F)]
            for k, (txt, f) in enumerate(side):
                p.t(452, 162 + 12 * k, txt, f, 8.2)
            return 176
        p.t(40, 40, f"Brightwater Pediatric Therapy  -  Account G-20418  -  {guar}", F, 8.5)
        return 64

    fl = Flow(LETTER, 736, head)
    lines, crec = [], []
    cols = [("Date", 40, "L"), ("Patient / service", 84, "L"), ("Code", 226, "L"), ("Charge", 290, "R"),
            ("Ins paid", 330, "R"), ("Ins adj", 364, "R"), ("You paid", 400, "R"), ("Balance", 438, "R")]

    def colhead():
        fl.p.line(40, fl.y - 9, 438, fl.y - 9, 0.6)
        for h, x, a in cols:
            fl.p.t(x, fl.y, h, FB, 8.5, a)
        fl.p.line(40, fl.y + 3, 438, fl.y + 3, 0.6)
        fl.y += 15

    colhead()
    for pat, vno, clm, dos, svcs in rows:
        fl.need(14 + 11 * len(svcs), colhead)
        info = (f"billed to Beacon Shore Health 01/{dos.day + 2:02d}/26, claim {clm}" if clm
                else "billed to Beacon Shore Health, awaiting payment")
        fl.p.t(40, fl.y, dfmt(dos, "mdy2"), FB, 8.5)
        fl.p.t(84, fl.y, f"{pat}  -  visit {vno}", FB, 8.5)
        fl.y += 10
        fl.p.t(84, fl.y, info, "Times", 7.5)
        fl.y += 11
        for s in svcs:
            dl = wrap(s.desc, 27)
            for k, part in enumerate(dl):
                fl.p.t(92 + (6 if k else 0), fl.y + 10 * k, part, F, 8.2)
            fl.p.t(226, fl.y, s.code, F, 8.2)
            vals = [(290, money(s.billed, ",")), (330, money(s.paid, ",") if clm else "pending"),
                    (364, money(s.insadj, ",")), (400, money(s.ptpaid, ",")), (438, money(s.bal, ","))]
            for x, v in vals:
                fl.p.t(x, fl.y, v, F, 8.2, "R")
            fl.y += 10 * len(dl) + 1
            printed = ("billed", "paid", "patient_owes") if clm else ("billed", "patient_owes")
            lines.append(tl(fl.n, s, vno, clm, pat, printed, units=False, modifiers=False, description=False))
        fl.y += 5
        crec.append(claim_rec(vno, clm, pat))  # the statement prints no per-visit totals
    alls = [s for r in rows for s in r[4]]
    due = tot(alls, "bal")
    fl.need(30)
    fl.p.line(40, fl.y - 6, 438, fl.y - 6, 0.6)
    fl.p.t(84, fl.y + 4, "Totals this statement", FB, 8.5)
    for x, v in ((290, tot(alls, "billed")), (330, tot(alls, "paid")), (364, tot(alls, "insadj")),
                 (400, tot(alls, "ptpaid")), (438, due)):
        fl.p.t(x, fl.y + 4, money(v, ","), FB, 8.5, "R")
    subs = {"AMTDUE": money(due), "NEWCH": money(tot(alls, "billed")), "INSPD": money(-tot(alls, "paid")),
            "INSADJ": money(-tot(alls, "insadj")), "PTPD": money(-tot(alls, "ptpaid"))}

    def foot(p, i, n):
        for k, op in enumerate(p.ops):
            if op[0] == "t":
                txt = op[3]
                for a, b in subs.items():
                    txt = txt.replace(a, b)
                p.ops[k] = op[:3] + (txt,) + op[4:]
        p.t(306, 760, f"Page {i} of {n}  -  Thank you for trusting us with your family's care.", "Times", 7.5, "C")
    fl.footers(foot)
    return finish(out, "h137_09_brightwater_family_statement", fl, "reportlab", "h137_09",
                  "therapy clinic family statement (3 children), visit heading rows with insurer claim number, "
                  "pending visits, sidebar and stub", lines, crec, [])


# ============================================================================================ L10
def l10_hospital_statement(out: Path):
    """Hospital guarantor statement with several family accounts, fpdf2 Liberation Sans Narrow portrait."""
    F, FB = "LNarrow", "LNarrow-B"
    guar = "Thaddeus Orlov-Reyes"
    REV = {"97110": "0420", "97112": "0420", "97116": "0420", "97161": "0424", "97140": "0420", "97530": "0430",
           "97166": "0434", "97535": "0430", "97760": "0430", "L3807": "0274", "92523": "0444", "92507": "0440",
           "72100": "0320", "99214": "0510", "97018": "0430"}
    accts = [
        ("700124577", "Ravi Orlov-Reyes", "Emergency Department", "KHA26031E00958", "Keystone Health Alliance",
         [Svc(d(1, 2), "99214", 1), Svc(d(1, 2), "72100", 1)]),
        ("700118842", "Mina Orlov-Reyes", "Outpatient Rehabilitation", "KHA26029E00417", "Keystone Health Alliance",
         [Svc(d(1, 5), "97161", 1, ("GP",)), Svc(d(1, 5), "97110", 2, ("GP",)), Svc(d(1, 7), "97110", 2, ("GP",)),
          Svc(d(1, 7), "97140", 1, ("GP",)), Svc(d(1, 12), "97110", 3, ("GP",)), Svc(d(1, 12), "97112", 1, ("GP",)),
          Svc(d(1, 14), "97110", 2, ("GP",)), Svc(d(1, 14), "97116", 1, ("GP",)), Svc(d(1, 19), "97110", 3, ("GP",)),
          Svc(d(1, 19), "97112", 1, ("GP",)), Svc(d(1, 21), "97110", 2, ("GP",)), Svc(d(1, 21), "97140", 2, ("GP",)),
          Svc(d(1, 26), "97110", 3, ("GP", "KX")), Svc(d(1, 26), "97116", 1, ("GP", "KX"))]),
        ("700121309", "Ravi Orlov-Reyes", "Hand Therapy Clinic", "KHA26030E01122", "Keystone Health Alliance",
         [Svc(d(1, 9), "97166", 1, ("GO",)), Svc(d(1, 9), "97760", 1, ("GO",)), Svc(d(1, 9), "L3807", 1, ("LT",)),
          Svc(d(1, 16), "97530", 2, ("GO",)), Svc(d(1, 16), "97018", 1, ("GO",))]),
        ("700125016", "Talia Orlov-Reyes", "Speech Pathology", "KHA26033E00213", "Keystone Health Alliance",
         [Svc(d(1, 20), "92523", 1, ("GN",)), Svc(d(1, 27), "92507", 1, ("GN",))]),
    ]
    # a charge posted twice in error and reversed on the same account
    dup = Svc(d(1, 16), "97530", 2, ("GO",))
    rev = E.negate(dup)
    accts[2][5].insert(4, dup)
    accts[2][5].insert(5, rev)
    accts = [accts[3], accts[0], accts[2], accts[1]]

    def head(p, n):
        p.t(40, 40, "LAKESHORE REGIONAL MEDICAL CENTER", FB, 14)
        p.t(40, 52, "Patient Financial Services  -  PO Box 4410, Norwell Bay, MI 49930  -  1-877-555-0119", F, 8)
        p.t(572, 40, "Guarantor Statement", FB, 11, "R")
        p.t(572, 52, f"Statement date 02/02/2026  -  Page {n} of PAGENO", F, 8, "R")
        p.line(40, 60, 572, 60, 1)
        if n == 1:
            p.t(40, 78, guar, F, 10)
            p.t(40, 90, "902 Sandpiper Way", F, 10)
            p.t(40, 102, "Norwell Bay, MI 49931", F, 10)
            p.rect(372, 70, 200, 46)
            p.t(380, 84, "Guarantor number  G00554190", F, 9)
            p.t(380, 97, "Total due  TOTALDUE", FB, 10)
            p.t(380, 109, "Due by 02/27/2026", F, 9)
            p.t(40, 132, "This statement lists every open hospital account for you and the family members you are "
                         "responsible for.", F, 8.5)
            return 152
        p.t(40, 74, f"Guarantor {guar}  -  G00554190", F, 8.5)
        return 92

    fl = Flow(LETTER, 724, head)
    lines, crec = [], []
    cols = [("Date", 44, "L"), ("Rev", 92, "L"), ("CPT/HCPCS", 122, "L"), ("Mod", 172, "L"), ("Qty", 218, "R"),
            ("Description", 232, "L"), ("Amount", 568, "R")]

    def colhead():
        fl.p.rect(40, fl.y - 9, 532, 12, fill=0.88)
        for h, x, a in cols:
            fl.p.t(x, fl.y, h, FB, 8, a)
        fl.y += 13

    grand = ZERO
    for acct, pat, dept, clm, payer, svcs in accts:
        def ahead(cont=False, acct=acct, pat=pat, dept=dept, svcs=svcs, payer=payer):
            fl.p.t(44, fl.y, f"Account {acct}   Patient: {pat}   {dept}" + ("   (continued)" if cont else ""),
                   FB, 9)
            fl.y += 11
            if not cont:
                lo, hi = min(s.dos for s in svcs), max(s.dos for s in svcs)
                fl.p.t(44, fl.y, f"Dates of service {dfmt(lo, 'mdy4')} - {dfmt(hi, 'mdy4')}   Primary insurance: "
                                 f"{payer}", F, 8)
                fl.y += 12
            colhead()
        fl.need(40)
        ahead()
        for s in svcs:
            if fl.need(11):
                ahead(True)
            desc = "Charge reversal - posted in error" if s.billed < 0 else s.desc
            vals = [dfmt(s.dos, "mdy4"), REV[s.code], s.code, " ".join(s.mods), E.units_str(s.units), desc,
                    money(s.billed, ",")]
            for (h, x, a), v in zip(cols, vals):
                fl.p.t(x, fl.y, v, F, 8, a)
            fl.y += 11
            lines.append(tl(fl.n, s, acct, clm, pat, ("billed",), description=False))
        charges = tot(svcs, "billed")
        # account-level activity: payer paid, contractual, patient share
        allowed = q(charges * Decimal("0.62"))
        ins_paid = q(allowed * Decimal("0.80"))
        contr = charges - allowed
        bal = allowed - ins_paid
        grand += bal
        fl.need(60)
        fl.p.line(40, fl.y - 7, 572, fl.y - 7, 0.3)
        act = [("Total charges", charges, FB),
               (f"01/30/2026  Insurance payment - {payer}  (claim {clm})", -ins_paid, F),
               ("01/30/2026  Contractual allowance - per agreement with your plan", -contr, F),
               ("Account balance - your share after insurance", bal, FB)]
        for txt, v, f in act:
            fl.p.t(232, fl.y, txt, f, 8)
            fl.p.t(568, fl.y, money(v, ","), f, 8, "R")
            fl.y += 11
        fl.y += 12
        crec.append(claim_rec(acct, clm, pat, billed=charges, patient_owes=bal))
    fl.need(40)
    fl.p.t(232, fl.y, "TOTAL DUE FROM GUARANTOR", FB, 9.5)
    fl.p.t(568, fl.y, money(grand), FB, 9.5, "R")
    fl.y += 20
    fl.p.t(40, fl.y, "Financial assistance is available. Ask for our plain-language summary or apply at "
                     "lakeshore-regional.example/help.", F, 8)

    def foot(p, i, n):
        for k, op in enumerate(p.ops):
            if op[0] == "t" and ("PAGENO" in op[3] or "TOTALDUE" in op[3]):
                p.ops[k] = op[:3] + (op[3].replace("PAGENO", str(n)).replace("TOTALDUE", money(grand)),) + op[4:]
        p.t(306, 760, "Please include your guarantor number on your check. Keep this part for your records.", F, 7,
            "C")
    fl.footers(foot)
    return finish(out, "h137_10_lakeshore_guarantor_statement", fl, "fpdf2", "h137_10",
                  "hospital guarantor statement, family accounts, rev code column, charge reversal, account-level "
                  "insurance activity, account continued with repeated heading", lines, crec, [])


# ============================================================================================ main
LAYOUTS = [l01_commercial_family, l02_commercial_landscape, l03_medicare_advantage, l04_msn,
           l05_medicaid_ra_mono, l06_medicaid_ra_boxed,
           l07_pm_medicare_remit, l08_clearinghouse_spr,
           l09_clinic_family_statement, l10_hospital_statement]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="eob_heldout137_"))
    samples = (REPO / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        print("refusing to write under samples/: held-out PDFs must never sit beside the dev samples")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    written = [fn(out) for fn in LAYOUTS]
    print(out)
    if "--check" in argv:
        bad = check_folder(out)
        print(f"check: {len(written)} layouts, {bad} problems")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
