"""Write the 79th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary documents
of the five commonest real kinds, two of each, in house styles unlike the earlier sets, for one honest measurement
of the PDF reader. Written without looking at the reader, its tests or how it does on these files.

Run:  python bench/heldout79/make_heldout79_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout79/make_heldout79_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Helper module: bench/heldout79/h79.py (one
drawing API over reportlab and fpdf2, and the self-check).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py, ``<name>.pdf.truth.json``), printed values only, null
for what a layout does not print (units null where no quantity is printed; a one-day line has service_end null even
where a THRU column repeats the date); claim_id = the provider's own account / patient-control / visit number,
payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the person served, never the
guarantor or subscriber unless the same). Adjustments only where group + reason + amount are printed for the line;
remark / note / EOB / RARC codes of the line as remarks. Claim totals as printed; claim-level-only figures (PT RESP,
account-level insurance payment) are in the claim totals but not on lines. Every name, number, payer, provider,
address and ID is invented; descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed
creation date, no randomness).

Layouts:
  m79a commercial PPO member EOB for a family (4 members), portrait Helvetica: "Your claims at a glance" summary,
       shaded claim banners "Patient: X (Son) / Claim number / Patient account", two-line service cell (wording, then
       "Code 97530 GO"), no units, Amount billed / Network discount / Allowed amount / Not covered / Deductible /
       Coinsurance / Plan paid / You owe / Notes, a PR-denied laser line, claim continued on page 2 under a repeated
       banner + header (reportlab)
  m79b self-funded employer plan "Statement of Benefits", landscape Liberation Serif, boxed ruled grid: Charges
       Submitted / Savings / Ineligible / Eligible Expense / Deductible / Copay / Coinsurance / Benefit Paid /
       Member Balance / Expl, "97110-GP-CQ" joined by hyphens, Qty, "01/07/26", visit copay, bundled (CO) and
       excluded (PR) denials, long wrapped wording, 3 family members; PLANTED claim-total mismatch (Benefit Paid total
       of LM2601880213 printed 10.00 too high) (fpdf2)
  m79c Medicare Summary Notice Part B, DejaVu Sans, 3 pages: summary page with deductible sidebar, "Your Claims &
       Costs This Period" with the date as each claim's heading ("January 13, 2026"), "Service Provided & Billing
       Code" wording with "(97140-GO-59)", Did Medicare Approve / Amount Provider Charged / Medicare-Approved Amount /
       Medicare Paid Provider / Maximum You May Be Billed / See Notes Below (letters), a denied line, no units,
       no provider account (claim_id null) (reportlab)
  m79d Medicare Advantage HMO monthly Part C member EOB, DejaVu Sans Condensed: two side-by-side summary boxes
       (month / year to date), per-claim banners with NPI, "(97760 GO KX)" on its own text line under wrapped
       wording, Amount the provider charged / Plan-approved amount / Plan paid / Your share: copay / Not covered /
       numeric notes, a CO-denied line, claim continued on page 2 under a repeated banner + header (fpdf2)
  m79e state Medicaid fee-for-service remittance advice, landscape Courier fixed width: CLAIMS PAID / CLAIMS DENIED /
       CLAIM ADJUSTMENTS sections, recipient heading rows "LAST, FIRST M  RECIPIENT ID  PATIENT ACCT NO  ICN",
       LN / FROM DOS / THRU DOS (weekly spans -> service_end) / PROC / MD1 / MD2 / UNITS "3.00" / BILLED / ALLOWED /
       TPL AMT / COPAY / PAID / 4-digit EOB codes, a recipient copay, an original claim credited with trailing-minus
       amounts and its replacement, payment summary and EOB code page (reportlab)
  m79f Medicaid managed-care plan provider remittance, portrait Liberation Sans Narrow: boxed label-over-value claim
       headers (Member Name / Member ID / Patient Control No. / TCN / Claim Status), Dates of Service "01/12/2026 -
       01/16/2026", "97535 GO 59", units, Billed / Allowed / Paid, stacked adjustments "CO-45 63.25" over "CO-94 1.00"
       (quality withhold) in one cell, RARC, partially paid and denied claims, claim continued on page 2 under a
       repeated box header (fpdf2)
  m79g clearinghouse print image of a Medicare Part B remit, Liberation Mono: NAME / MID / ACNT / ICN / ASG / MOA
       claim rows, PERF PROV / SERV DATE "0105 010526" / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS /
       GRP/RC-AMT / PROV PD, further adjustments (PR-1, PR-2, CO-253) and "REM" on the text lines below each service,
       PT RESP / CLAIM TOTALS / NET, a CO-B7 denial, claim continued on page 2 with "(CONT)" (reportlab)
  m79h practice-management "ERA Posting Detail Report", landscape core Helvetica: patient heading rows "Patient: LAST,
       FIRST  Acct #  Payer Claim #  Claim Status: 1 - Processed as Primary", DOS / Proc / Mod / Units / Charge /
       Allowed / Deduct / Coins / Copay / Ins Paid / Pt Resp / Line Ctl # / Posting, an italic "Adj: CO-45 $55.10
       PR-2 $13.49  Remarks: N130" sub-line per service, a status-22 reversal in parentheses and its corrected claim
       (fpdf2)
  m79i therapy clinic family statement with a detachable payment stub (guarantor, boxes), Liberation Sans: visit
       heading rows "Patient  Visit V-58812  date  Billed to <plan>, claim <no>", glued "97140GP59", Qty, Charges /
       Insurance Paid / Insurance Adjustment / Patient Paid / Balance (balance = patient_owes), 4 family members,
       visit totals, aging boxes, header repeated on page 2 (reportlab)
  m79j hospital outpatient family statement, DejaVu Serif, grey right-hand sidebar on every page (account summary,
       help text): "Your accounts at a glance", per-account boxes "Hospital account HAR 7720031  Insurance: ..., claim
       no. ...", Date / Service (wrapped) / Code "97140 GP 59" / Units / Charges only per line; insurer payment,
       contractual adjustment and amount owed per account; 3 family members; an account's rows run on to page 2
       WITHOUT a repeated header (fpdf2)

The self-check (--check) tests the factory, not the reader: the generator records the band where each service is
printed; the check reads the text layer back with pdfplumber and finds every truth code, modifier, units value,
date (and service_end), amount, adjustment (group, reason and amount parsed back) and remark INSIDE that band (a
claim-heading date inside its heading band), and parses each printed value back to the truth value; every truth
line has a band and every non-null value is verified; ids and patient are printed on the line's page or the page
before (run-on rows); page counts; the documents' own arithmetic (billed - discount - not covered = allowed;
allowed - deductible - copay - coinsurance = paid where printed; billed - adjustments = paid where every adjustment
is printed); every claim total is printed and equals the sum of its lines unless it is the planted expected
finding (which must really differ).
"""

# ruff: noqa: B023  (the per-claim heading closures are called only inside their own loop iteration)
from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
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
    q,
    total,
    truth_line,
    units_str,
    write_truth,
)
from h79 import Doc, check_one, ttf  # noqa: E402

MARKS: dict[str, list] = {}


def D(day: int, month: int = 1) -> date:
    return date(2026, month, day)


def S(day, code, units, mods=(), month=1, **kw) -> Svc:
    s = Svc(D(day, month), code, Decimal(str(units)), tuple(mods), **kw)
    return s


class Grid:
    """Columns: list of (key, header, width, align). Header labels may hold '\n'."""

    def __init__(self, doc: Doc, x0: float, cols: list, f: str = "R", sz: float = 7, hf: str = "B",
                 hsz: float | None = None, pad: float = 2):
        self.doc, self.cols, self.f, self.sz, self.hf, self.hsz, self.pad = doc, cols, f, sz, hf, hsz or sz, pad
        self.x = {}
        x = x0
        for key, _h, w, al in cols:
            self.x[key] = (x, w, al)
            x += w
        self.x0, self.x1 = x0, x

    def header(self, y: float, lead: float | None = None, rule: bool = True, fill: float | None = None,
               box: bool = False) -> float:
        lead = lead or self.hsz + 1.5
        n = max(h.count("\n") + 1 for _k, h, _w, _a in self.cols)
        hgt = n * lead + 4
        if fill is not None or box:
            self.doc.rect(self.x0, y, self.x1 - self.x0, hgt, fill=fill, stroke=box, lw=0.4)
        for key, h, w, al in self.cols:
            x, w, al = self.x[key]
            for i, part in enumerate(h.split("\n")):
                self.cell(x, w, al, y + 2 + self.hsz + i * lead + (n - 1 - h.count("\n")) * lead, part, self.hf,
                          self.hsz)
        if rule:
            self.doc.line(self.x0, y + hgt, self.x1, y + hgt, 0.6)
        return y + hgt

    def cell(self, x, w, al, y, s, f, sz):
        if al == "r":
            self.doc.text(x + w - self.pad, y, s, f, sz, "r")
        elif al == "c":
            self.doc.text(x + w / 2, y, s, f, sz, "c")
        else:
            self.doc.text(x + self.pad, y, s, f, sz)

    def row(self, y: float, cells: dict, lead: float | None = None, f: str | None = None) -> float:
        """Draw at baseline y; a list value spans several text lines. Returns the y of the last baseline."""
        lead = lead or self.sz + 2
        last = y
        for key, val in cells.items():
            if key not in self.x or val is None:
                continue
            x, w, al = self.x[key]
            vals = val if isinstance(val, list) else [val]
            for i, v in enumerate(vals):
                self.cell(x, w, al, y + i * lead, v, f or self.f, self.sz)
                last = max(last, y + i * lead)
        return last

    def vrules(self, y0, y1, lw=0.3, gray=0.5):
        for key, _h, w, _a in self.cols[:-1]:
            x, w, _ = self.x[key]
            self.doc.line(x + w, y0, x + w, y1, lw, gray)


def items(cells: dict, spec: dict) -> list:
    """spec: cell key -> (truth field, kind); list cells contribute each element (e.g. adjustments)."""
    out = []
    for key, (field, kind) in spec.items():
        v = cells.get(key)
        if v is None:
            continue
        if isinstance(v, list):
            for i, part in enumerate(v):
                out.append((f"{field}:{i}" if kind in ("adj", "remark") else field, part, kind))
        else:
            out.append((field, v, kind))
    return out


def two_pass(build, path: Path):
    """Run a layout twice: first to learn its page count (for "Page n of N"), then for real."""
    doc1, *_ = build(Path(tempfile.gettempdir()) / "h79_unsaved.pdf", None)  # never saved
    return build(path, doc1.page)


# ============================================================================= L1 commercial member EOB
def lay_m1(out: Path):
    name = "m79a_cobalt_ridge_member_eob.pdf"
    st = PlanState(ded_left=Decimal("300.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    claims = [
        dict(patient="Renata Okafor-Lund", rel="Spouse", prov="Harbor Point Physical Therapy", acct="HP-0099214",
             claim="E26-0127-301552", recd="01/26/2026",
             svcs=[S(8, "97161", 1, ("GP",)), S(8, "97140", 1, ("GP", "59")), S(8, "97110", 2, ("GP",)),
                   S(15, "0552T", 1, (), denied="PR")]),
        dict(patient="Ivy Okafor-Lund", rel="Daughter", prov="Brightwords Speech Clinic", acct="BW7741",
             claim="E26-0129-377015", recd="01/28/2026",
             svcs=[S(9, "92523", 1, ("GN",)), S(16, "92507", 1, ("GN",))]),
        dict(patient="Theo Okafor-Lund", rel="Son", prov="Little Lanterns Pediatric Therapy", acct="LLT-55102",
             claim="E26-0131-448170", recd="01/30/2026",
             svcs=[S(6, "97165", 1, ("GO",)), S(6, "97530", 2, ("GO",)), S(13, "97530", 3, ("GO",)),
                   S(13, "97535", 1, ("GO",)), S(20, "97530", 2, ("GO",)), S(20, "97112", 1, ("GO",)),
                   S(27, "97530", 2, ("GO",)), S(27, "97110", 2, ("GO",)), S(27, "97760", 1, ("GO", "59"))]),
        dict(patient="Daniel K. Okafor-Lund", rel="Self", prov="Westbank Family Medicine", acct="WFM-203318",
             claim="E26-0122-190664", recd="01/21/2026", svcs=[S(19, "99213", 1, ("25",)), S(19, "G0283", 1)]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st)
            if s.denied:
                s.remarks = ["N7"]
            elif s.deductible:
                s.remarks = ["D1"]
            elif s.discount:
                s.remarks = ["S2"]
    legend = [("S2", "Your provider is in our network and agreed to a lower rate; you do not pay the discount."),
              ("D1", "Part of this amount counts toward your yearly deductible."),
              ("N7", "Laser treatment is not a covered benefit under your plan. You may owe the full charge.")]

    def build(path, npages):
        doc = Doc("reportlab", path, {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique"})
        lines, ctruth = [], []
        cols = [("dos", "Date of\nservice", 46, "l"), ("svc", "Service", 122, "l"),
                ("billed", "Amount\nbilled", 44, "r"), ("disc", "Network\ndiscount", 44, "r"),
                ("allowed", "Allowed\namount", 44, "r"), ("nc", "Not\ncovered", 40, "r"),
                ("ded", "Deductible", 44, "r"), ("coins", "Coinsurance", 46, "r"),
                ("paid", "Plan\npaid", 42, "r"), ("owe", "You\nowe", 42, "r"), ("rmk", "Notes", 26, "c")]

        def furniture():
            doc.new_page()
            W = doc.W
            doc.text(36, 40, "COBALT RIDGE", "B", 16)
            doc.text(36, 52, "HEALTH PLAN", "R", 8)
            doc.text(W - 36, 36, "Explanation of Benefits", "B", 12, "r")
            doc.text(W - 36, 48, "THIS IS NOT A BILL", "B", 8, "r")
            doc.text(W - 36, 58, "Statement date: February 2, 2026", "R", 7.5, "r")
            doc.line(36, 66, W - 36, 66, 1.2)
            doc.text(36, 770, "Cobalt Ridge Health Plan  ·  PO Box 4410, Carver Falls, MN 55901  ·  Member services "
                     "1-800-555-0179 (TTY 711)", "R", 6.5)
            doc.text(W - 36, 770, f"Page {doc.page} of {npages or '?'}", "R", 6.5, "r")

        furniture()
        # member block and summary sidebar
        doc.text(36, 84, "Daniel K. Okafor-Lund", "B", 9)
        for i, t in enumerate(["1187 Quarry Hill Road", "Ashby Lake, MN 55712"]):
            doc.text(36, 95 + i * 10, t, "R", 8)
        doc.rect(330, 76, 246, 92, 0.6)
        doc.text(338, 88, "Member ID: CRX 402 7713 9   Group: 60-1184", "R", 7.5)
        doc.text(338, 99, "Plan: Cobalt Choice PPO 2500", "R", 7.5)
        doc.text(338, 113, "Family deductible (in network)", "B", 7.5)
        doc.text(338, 124, "Met so far this year: $300.00 of $2,500.00", "R", 7.5)
        doc.text(338, 138, "Family out-of-pocket maximum", "B", 7.5)
        doc.text(338, 149, "Met so far this year: $612.48 of $7,000.00", "R", 7.5)
        doc.text(338, 160, "Covered family members: 4", "R", 7.5)
        doc.text(36, 140, "Here is how we processed claims for you and your family.", "R", 8)
        doc.text(36, 151, "Keep this statement for your records; compare it with bills you receive.", "R", 8)
        y = 186
        doc.text(36, y, "Your claims at a glance", "B", 10)
        sg = Grid(doc, 36, [("p", "Family member", 150, "l"), ("v", "Provider", 170, "l"), ("b", "Billed", 70, "r"),
                            ("pp", "Plan paid", 70, "r"), ("o", "You owe", 80, "r")], sz=7.5)
        y = sg.header(y + 6, fill=0.93)
        for cl in claims:
            sg.row(y + 10, {"p": cl["patient"], "v": cl["prov"], "b": money(total(cl["svcs"], "billed")),
                            "pp": money(total(cl["svcs"], "paid")), "o": money(total(cl["svcs"], "owes"))})
            y += 13
        doc.line(36, y + 3, 576, y + 3, 0.6)
        y += 22
        doc.text(36, y, "Claim details", "B", 10)
        y += 8
        g = Grid(doc, 36, cols, sz=7)
        bottom = 730
        for cl in claims:
            def head(cont=False):
                nonlocal y
                doc.rect(36, y, 540, 26, fill=0.9, stroke=False)
                doc.text(40, y + 10, f"Patient: {cl['patient']} ({cl['rel']})" + ("  — continued" if cont else ""),
                         "B", 8)
                doc.text(330, y + 10, f"Claim number: {cl['claim']}", "B", 8)
                doc.text(40, y + 21, f"Provider: {cl['prov']}   In network   Patient account: {cl['acct']}", "R", 7)
                doc.text(330, y + 21, f"Received {cl['recd']}   Processed 02/02/2026", "R", 7)
                y = g.header(y + 28)
            if y > bottom - 80:
                furniture()
                y = 80
            head()
            for s in cl["svcs"]:
                dl = doc.wrap(s.desc, 116, "R", 7)
                rh = 4 + 9 * (len(dl) + 1)
                if y + rh > bottom:
                    furniture()
                    y = 80
                    head(cont=True)
                c = {"dos": dfmt(s.dos, "mdy4"), "svc": dl + [f"Code {s.code}" +
                                                               (" " + " ".join(s.mods) if s.mods else "")],
                     "billed": money(s.billed, ","), "disc": money(s.discount, ","),
                     "allowed": money(s.allowed, ","), "nc": money(s.not_covered, ","),
                     "ded": money(s.deductible, ","), "coins": money(s.coinsurance, ","),
                     "paid": money(s.paid, ","), "owe": money(s.owes, ","), "rmk": s.remarks[0]}
                yb = y + 9
                g.row(yb, c)
                spec = {"dos": ("service_date", "date:%m/%d/%Y"), "billed": ("billed", "money"),
                        "disc": ("discount", "money"), "allowed": ("allowed", "money"),
                        "nc": ("not_covered", "money"), "ded": ("deductible", "money"),
                        "coins": ("coinsurance", "money"), "paid": ("paid", "money"), "owe": ("patient_owes", "money"),
                        "rmk": ("remarks", "remark")}
                it = items(c, spec) + [("code", f"Code {s.code}", "code")]
                it = [x for x in it if x[1] not in dl]
                if s.mods:
                    it.append(("mods", c["svc"][-1], "mods"))
                it = [(f, p, k) if k != "remark" else ("remark:0", p, k) for f, p, k in it]
                lines.append(truth_line(doc.page, s, claim_id=cl["acct"], payer_claim_id=cl["claim"],
                                        patient=cl["patient"], units=False, remarks=s.remarks,
                                        printed=("billed", "discount", "allowed", "not_covered", "deductible",
                                                 "coinsurance", "paid", "patient_owes")))
                doc.mark(len(lines) - 1, y + 1, y + rh - 3, it)
                doc.line(36, y + rh - 1, 576, y + rh - 1, 0.2, 0.6)
                y += rh
            sv = cl["svcs"]
            tb = {k: total(sv, a) for k, a in (("b", "billed"), ("a", "allowed"), ("p", "paid"), ("o", "owes"))}
            tc = {"svc": "Claim totals", "billed": money(tb["b"], "$"), "disc": money(total(sv, "discount"), "$"),
                  "allowed": money(tb["a"], "$"), "nc": money(total(sv, "not_covered"), "$"),
                  "ded": money(total(sv, "deductible"), "$"), "coins": money(total(sv, "coinsurance"), "$"),
                  "paid": money(tb["p"], "$"), "owe": money(tb["o"], "$")}
            g.row(y + 9, tc, f="B")
            doc.line(36, y + 12, 576, y + 12, 0.8)
            y += 24
            ctruth.append({"claim_id": cl["acct"], "payer_claim_id": cl["claim"], "patient": cl["patient"],
                           "totals": claim_totals(tb["b"], tb["a"], tb["p"], tb["o"])})
        if y > bottom - 70:
            furniture()
            y = 80
        doc.text(36, y + 6, "Notes", "B", 9)
        for i, (k, t) in enumerate(legend):
            doc.text(40, y + 18 + i * 10, f"{k}", "B", 7)
            doc.text(60, y + 18 + i * 10, t, "R", 7)
        y += 20 + len(legend) * 10
        doc.text(36, y + 10, "Questions or an appeal? You have 180 days from this statement to ask us to review a "
                 "decision. Call the number below.", "I", 7)
        return doc, lines, ctruth, legend

    doc, lines, ctruth, legend = two_pass(build, out / name)
    pages = doc.save()
    write_truth(out / name, "m79a", "reportlab", pages, "commercial PPO family member EOB", lines, ctruth, legend)
    MARKS[name] = doc.marks


# ============================================================================= L2 commercial member EOB (fpdf2)
def lay_m2(out: Path):
    name = "m79b_lakemont_benefit_statement.pdf"
    mk = lambda: PlanState(ded_left=ZERO, visit_copay=Decimal("35.00"), allowed_rate=Decimal("0.74"))  # noqa: E731
    claims = [
        dict(patient="Juniper Abernathy-Sol", prov="Meadowgate Speech & Language", ref="MSL-26-00412",
             claim="LM2601880213", svcs=[S(7, "92523", 1, ("GN",)), S(14, "92507", 1, ("GN",)),
                                         S(21, "92507", 1, ("GN",)), S(28, "92507", 1, ("GN", "KX"))]),
        dict(patient="Oskar Abernathy-Sol", prov="Tall Pines Hand & Upper Limb Therapy", ref="TP-118-4470",
             claim="LM2601880577",
             svcs=[S(5, "97166", 1, ("GO",)), S(5, "97760", 2, ("GO",)), S(5, "L3807", 1, ("RT",)),
                   S(12, "97530", 2, ("GO",)), S(12, "97140", 1, ("GO", "59")), S(12, "97535", 1, ("GO",),
                                                                                  denied="CO"),
                   S(19, "97530", 2, ("GO",)), S(19, "97110", 2, ("GO",)), S(26, "97530", 3, ("GO",)),
                   S(26, "97168", 1, ("GO",)), S(26, "0552T", 1, ("GO",), denied="PR")]),
        dict(patient="Marguerite Abernathy-Sol", prov="Fernvale Orthopedic Associates", ref="FOA 77120-3",
             claim="LM2601881004", svcs=[S(22, "99213", 1, ()), S(22, "97161", 1, ("GP",)),
                                         S(22, "97110", 2, ("GP", "CQ"))]),
    ]
    for cl in claims:
        st = mk()
        for s in cl["svcs"]:
            commercial(s, st, deny_reason="97" if s.denied == "CO" else "96")
            if cl["patient"].startswith("Oskar"):
                s.desc = LONG_DESC.get(s.code, s.desc)
            s.remarks = ["X4"] if s.denied == "PR" else (["X9"] if s.denied else (["C1"] if s.copay else ["A2"]))
    legend = [("A2", "Eligible expense is the rate agreed with the network provider. Savings are not billable to you."),
              ("C1", "An office-visit copay applies once per provider per day."),
              ("X4", "Experimental or investigational service; excluded by the plan. Member balance applies."),
              ("X9", "Included in the payment for another service that day; the provider may not bill you.")]
    planted = claims[0]
    P = lambda d: money(d, ",", "-")  # noqa: E731

    def build(path, npages):
        doc = Doc("fpdf2", path, {"R": ttf("LiberationSerif-Regular"), "B": ttf("LiberationSerif-Bold")},
                  landscape=True)
        lines, ctruth, findings = [], [], []
        cols = [("dos", "Svc Date", 50, "l"), ("proc", "Procedure", 58, "l"), ("desc", "Description", 158, "l"),
                ("qty", "Qty", 26, "c"), ("chg", "Charges\nSubmitted", 46, "r"), ("sav", "Savings", 44, "r"),
                ("inel", "Ineligible", 44, "r"), ("elig", "Eligible\nExpense", 44, "r"),
                ("ded", "Deductible", 46, "r"), ("cop", "Copay", 42, "r"), ("coi", "Coinsurance", 50, "r"),
                ("ben", "Benefit\nPaid", 44, "r"), ("bal", "Member\nBalance", 46, "r"), ("ex", "Expl", 34, "c")]
        W = 792

        def furniture():
            doc.new_page()
            doc.rect(30, 24, 120, 34, fill=0.15, stroke=False)
            doc.text(38, 40, "LAKEMONT", "B", 14, gray=1)
            doc.text(38, 52, "Mutual Benefit Association", "R", 7.5, gray=1)
            doc.text(W / 2, 38, "STATEMENT OF BENEFITS", "B", 13, "c")
            doc.text(W / 2, 50, "This is not a bill. Keep for your records.", "R", 8, "c")
            doc.text(W - 30, 36, "Statement #: SB-0226-55318", "R", 8, "r")
            doc.text(W - 30, 47, "Date issued: 02/03/2026", "R", 8, "r")
            doc.text(W - 30, 58, f"Page {doc.page} of {npages or '?'}", "R", 8, "r")
            doc.line(30, 66, W - 30, 66, 1)
            doc.text(30, 596, "Lakemont Mutual Benefit Association administers the self-funded plan of Corvale "
                     "Logistics LLC; claims are paid from plan assets.  Customer Care 1-866-555-0142.", "R", 7)

        furniture()
        doc.text(30, 82, "Subscriber: Marguerite Abernathy-Sol", "B", 9)
        doc.text(30, 93, "ID: LMB-3390-17724-01   Group: CORVALE-04", "R", 8)
        doc.text(30, 104, "2259 Birchwood Terrace, Unit 4, Fallon Ridge, OR 97398", "R", 8)
        doc.rect(470, 74, 292, 40, 0.5)
        doc.text(478, 86, "Benefit period 01/01/2026 - 12/31/2026", "B", 8)
        doc.text(478, 97, "Individual deductible: met   Family deductible: met", "R", 8)
        doc.text(478, 108, "Out-of-pocket applied to date: $1,184.20 of $6,000.00", "R", 8)
        y = 128
        g = Grid(doc, 30, cols, sz=7.5, hsz=7.5)
        bottom = 560
        for cl in claims:
            sv = cl["svcs"]
            tots = {k: total(sv, a) for k, a in (("chg", "billed"), ("sav", "discount"), ("inel", "not_covered"),
                                                   ("elig", "allowed"), ("ded", "deductible"), ("cop", "copay"),
                                                   ("coi", "coinsurance"), ("ben", "paid"), ("bal", "owes"))}
            printed_ben = tots["ben"] + (Decimal("10.00") if cl is planted else ZERO)

            def head(cont=False):
                nonlocal y
                doc.rect(30, y, 732, 14, fill=0.85, stroke=True, lw=0.5)
                doc.text(34, y + 10, f"Patient: {cl['patient']}", "B", 8)
                doc.text(230, y + 10, f"Provider: {cl['prov']}", "R", 8)
                doc.text(470, y + 10, f"Claim ID: {cl['claim']}" + (" (cont'd)" if cont else ""), "B", 8)
                doc.text(640, y + 10, f"Provider Ref#: {cl['ref']}", "R", 8)
                y = g.header(y + 14, box=True)
                return y

            if y > bottom - 70:
                furniture()
                y = 80
            ytab = head()
            for s in sv:
                dl = doc.wrap(s.desc, 150, "R", 7.5)
                rh = 3 + 10 * len(dl)
                if y + rh > bottom:
                    g.vrules(ytab, y)
                    doc.rect(30, ytab, 732, y - ytab, 0.5)
                    doc.text(W - 30, y + 10, "Continued on next page", "R", 7, "r")
                    furniture()
                    y = 80
                    ytab = head(cont=True)
                c = {"dos": dfmt(s.dos, "mdy2"), "proc": "-".join((s.code,) + s.mods), "desc": dl,
                     "qty": units_str(s.units), "chg": P(s.billed), "sav": P(s.discount), "inel": P(s.not_covered),
                     "elig": P(s.allowed), "ded": P(s.deductible), "cop": P(s.copay), "coi": P(s.coinsurance),
                     "ben": P(s.paid), "bal": P(s.owes), "ex": s.remarks[0]}
                g.row(y + 9, c)
                it = items(c, {"dos": ("service_date", "date:%m/%d/%y"), "proc": ("code", "code"),
                               "qty": ("units", "units"), "chg": ("billed", "money"), "sav": ("discount", "money"),
                               "inel": ("not_covered", "money"), "elig": ("allowed", "money"),
                               "ded": ("deductible", "money"), "cop": ("copay", "money"),
                               "coi": ("coinsurance", "money"), "ben": ("paid", "money"),
                               "bal": ("patient_owes", "money")}) + [("remark:0", s.remarks[0], "remark")]
                if s.mods:
                    it.append(("mods", c["proc"], "mods"))
                lines.append(truth_line(doc.page, s, claim_id=cl["ref"], payer_claim_id=cl["claim"],
                                        patient=cl["patient"], remarks=s.remarks,
                                        printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                                 "coinsurance", "paid", "patient_owes")))
                doc.mark(len(lines) - 1, y + 1, y + rh, it)
                y += rh
                doc.line(30, y, 762, y, 0.2, 0.6)
            c = {"desc": "Claim Total"} | {k: P(v) for k, v in tots.items()}
            c["ben"] = P(printed_ben)
            doc.line(30, y, 762, y, 0.6)
            g.row(y + 10, c, f="B")
            y += 14
            g.vrules(ytab, y)
            doc.rect(30, ytab, 732, y - ytab, 0.5)
            y += 14
            ctruth.append({"claim_id": cl["ref"], "payer_claim_id": cl["claim"], "patient": cl["patient"],
                           "totals": claim_totals(tots["chg"], tots["elig"], printed_ben, tots["bal"])})
            if cl is planted:
                findings.append(f"claim-total-mismatch claim {cl['claim']}: printed Benefit Paid (paid) total "
                                f"{printed_ben} but the lines add up to {tots['ben']}")
        if y > bottom - 60:
            furniture()
            y = 80
        doc.text(30, y + 4, "Explanation Codes", "B", 9)
        for i, (k, t) in enumerate(legend):
            doc.text(34, y + 16 + i * 10, k, "B", 7.5)
            doc.text(60, y + 16 + i * 10, t, "R", 7.5)
        return doc, lines, ctruth, legend, findings

    doc, lines, ctruth, legend, findings = two_pass(build, out / name)
    pages = doc.save()
    write_truth(out / name, "m79b", "fpdf2", pages, "self-funded employer plan statement of benefits, family",
                lines, ctruth, legend, findings)
    MARKS[name] = doc.marks


# ============================================================================= L3 Medicare Summary Notice, Part B
def lay_msn(out: Path):
    name = "m79c_msn_part_b_quarterly.pdf"
    bene = "Wilhelmina R. Castellane"
    st = PlanState(ded_left=Decimal("96.00"))
    claims = [
        dict(when=D(6), prov="Crestline Outpatient Rehabilitation", phone="(555) 014-2231",
             by="Anneliese Voronova, OT", claim="12-26007-441-20700",
             svcs=[S(6, "97165", 1, ("GO",)), S(6, "97535", 2, ("GO",)), S(6, "97530", 1, ("GO",))]),
        dict(when=D(13), prov="Crestline Outpatient Rehabilitation", phone="(555) 014-2231",
             by="Anneliese Voronova, OT", claim="12-26014-441-31955",
             svcs=[S(13, "97530", 2, ("GO",)), S(13, "97112", 1, ("GO",)), S(13, "97140", 1, ("GO", "59")),
                   S(13, "97535", 1, ("GO",)), S(13, "G0283", 1, ("GO",)), S(13, "97760", 1, ("GO",)),
                   S(13, "0552T", 1, ("GO",), denied="PR")]),
        dict(when=D(15), prov="Dunmore Valley Internal Medicine", phone="(555) 019-7740",
             by="Oluwaseun Hartigan, MD", claim="12-26016-902-11038",
             svcs=[S(15, "99213", 1, ())]),
        dict(when=D(20), prov="Crestline Outpatient Rehabilitation", phone="(555) 014-2231",
             by="Tobias Lindgren-Ayo, PT", claim="12-26021-441-40612",
             svcs=[S(20, "97161", 1, ("GP",)), S(20, "97110", 3, ("GP", "KX")), S(20, "97116", 2, ("GP", "CQ"))]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            medicare(s, st, deny_reason="50")
            s.remarks = (["C", "D"] if s.denied else (["A", "B"] if s.deductible else ["A"]))
            if s.mods and "CQ" in s.mods:
                s.remarks = s.remarks + ["E"]
            if s.code == "0552T":
                s.desc = "Laser light therapy"
    legend = [("A", "This is the amount Medicare approves under its fee schedule. The provider accepted assignment "
                    "and cannot bill you for more."),
              ("B", "Some or all of the approved amount went toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this service because it is not considered reasonable and necessary "
                    "for your condition."),
              ("D", "You signed a written notice before you got this service saying you might have to pay, so you "
                    "may be billed."),
              ("E", "Part of this service was given by a therapy assistant, so Medicare pays at a reduced rate.")]

    def build(path, npages):
        doc = Doc("reportlab", path, {"R": ttf("DejaVuSans"), "B": ttf("DejaVuSans-Bold")})
        lines, ctruth = [], []
        W = 612

        def furniture(first=False):
            doc.new_page()
            doc.text(40, 42, "Medicare Summary Notice", "B", 15)
            doc.text(40, 56, "for Part B (Medical Insurance)", "R", 10)
            if not first:
                doc.text(W - 40, 42, bene, "R", 8, "r")
                doc.text(W - 40, 53, "Medicare Number: 7QX4-RT2-MK83", "R", 8, "r")
            doc.line(40, 64, W - 40, 64, 2)
            doc.text(40, 764, "If you need help, call 1-800-MEDICARE. This notice was issued February 4, 2026.", "R",
                     7)
            doc.text(W - 40, 764, f"Page {doc.page} of {npages or '?'}", "B", 8, "r")

        furniture(True)
        doc.text(40, 80, "The official summary of your Medicare claims. THIS IS NOT A BILL.", "B", 9)
        doc.text(40, 100, bene.upper(), "R", 9)
        doc.text(40, 112, "4418 JUNIPER HOLLOW LN", "R", 9)
        doc.text(40, 124, "CALLOWAY SPRINGS ND 58811-2046", "R", 9)
        doc.text(40, 148, "Dates of Service: November 1, 2025 – January 31, 2026", "R", 9)
        doc.text(40, 160, "Medicare Number: 7QX4-RT2-MK83", "R", 9)
        ally = total([s for c in claims for s in c["svcs"]], "owes")
        doc.rect(40, 178, 300, 70, 1)
        doc.text(50, 198, "Your Claims for Part B", "B", 10)
        doc.text(50, 214, "Did Medicare approve all services?   NO", "R", 9)
        doc.text(50, 228, "Number of services Medicare denied   1", "R", 9)
        doc.text(50, 242, f"Total you may be billed   {money(ally)}", "B", 9)
        doc.rect(360, 178, 212, 160, 0.5, fill=0.93)
        doc.text(368, 196, "Your Deductible Status", "B", 9)
        for i, t in enumerate(["Your deductible is what you must", "pay each year for most health", "services "
                               "before Medicare begins", "to pay. Part B deductible: You", "have now met your 2026 "
                               "deductible.", "", "Be Informed!", "Watch for charges for services", "you did not get. "
                               "Report them", "to the number below."]):
            doc.text(368, 210 + i * 11, t, "B" if t == "Be Informed!" else "R", 8)
        doc.text(40, 272, "Providers with claims this period", "B", 10)
        for i, cl in enumerate(claims):
            doc.text(48, 288 + i * 12, f"{cl['when']:%B} {cl['when'].day}, {cl['when'].year}   {cl['prov']}",
                     "R", 8.5)
        doc.text(40, 360, "How to check this notice", "B", 10)
        for i, t in enumerate(["Do you recognize the name of each provider? Check the dates.",
                               "Did you get the services listed? Do they match those on your receipts and bills?",
                               "If you already paid the bill, did you pay the right amount? See 'Maximum You May "
                               "Be Billed'."]):
            doc.text(48, 376 + i * 12, "• " + t, "R", 8.5)
        cols = [("svc", "Service Provided &\nBilling Code", 176, "l"), ("ok", "Did Medicare\nApprove the\nService?",
                                                                        60, "c"),
                ("chg", "Amount\nProvider\nCharged", 66, "r"), ("appr", "Medicare-\nApproved\nAmount", 66, "r"),
                ("pd", "Medicare\nPaid\nProvider", 66, "r"), ("max", "Maximum\nYou May\nBe Billed", 60, "r"),
                ("nt", "See\nNotes\nBelow", 38, "c")]
        g = Grid(doc, 40, cols, sz=8, hsz=7.5)
        furniture()
        doc.text(40, 84, "Your Claims & Costs This Period", "B", 12)
        y = 98
        bottom = 720
        for cl in claims:
            dl = f"{cl['when']:%B} {cl['when'].day}, {cl['when'].year}"
            hdr = {}

            def head(cont=False):
                nonlocal y
                if cont:
                    doc.text(40, y + 10, f"{cl['prov']} (continued from previous page)", "B", 9)
                    doc.text(40, y + 22, f"Claim Number: {cl['claim']}", "R", 8)
                    hdr["band"] = (doc.page, y, y + 24)
                    y += 28
                else:
                    doc.line(40, y, W - 40, y, 1)
                    doc.text(40, y + 13, dl, "B", 10)
                    doc.text(40, y + 26, f"{cl['prov']}, {cl['phone']}", "B", 8.5)
                    doc.text(40, y + 37, f"Service Provided By: {cl['by']}", "R", 8)
                    doc.text(300, y + 37, f"Claim Number: {cl['claim']}", "R", 8)
                    doc.text(300, y + 26, "Assigned: Yes", "R", 8)
                    hdr["band"] = (doc.page, y + 2, y + 16)
                    y += 42
                y = g.header(y, fill=0.88)

            if y > bottom - 90:
                furniture()
                y = 84
            head()
            first_band = hdr["band"]
            for s in cl["svcs"]:
                dsc = doc.wrap(f"{s.desc} ({'-'.join((s.code,) + s.mods)})", 170, "R", 8)
                rh = 4 + 10 * len(dsc)
                if y + rh > bottom:
                    doc.text(W - 40, y + 12, "Claim continues on next page", "R", 7.5, "r")
                    furniture()
                    y = 84
                    head(cont=True)
                c = {"svc": dsc, "ok": "No" if s.denied else "Yes", "chg": money(s.billed), "appr": money(s.allowed),
                     "pd": money(s.paid), "max": money(s.owes), "nt": ", ".join(s.remarks)}
                g.row(y + 10, c)
                codecell = "-".join((s.code,) + s.mods)
                it = items(c, {"chg": ("billed", "money"), "appr": ("allowed", "money"), "pd": ("paid", "money"),
                               "max": ("patient_owes", "money")})
                it += [("code", codecell, "code")] + [(f"remark:{i}", r, "remark") for i, r in enumerate(s.remarks)]
                if s.mods:
                    it.append(("mods", codecell, "mods"))
                it.append(("service_date", dl, "date:%B %d, %Y", first_band))
                lines.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=cl["claim"], patient=bene,
                                        units=False, remarks=s.remarks,
                                        printed=("billed", "allowed", "paid", "patient_owes")))
                doc.mark(len(lines) - 1, y + 1, y + rh, it)
                y += rh
                doc.line(40, y, W - 40, y, 0.3, 0.5)
            sv = cl["svcs"]
            tt = [total(sv, a) for a in ("billed", "allowed", "paid", "owes")]
            g.row(y + 11, {"svc": "Total for this claim", "chg": money(tt[0]), "appr": money(tt[1]),
                           "pd": money(tt[2]), "max": money(tt[3])}, f="B")
            y += 26
            ctruth.append({"claim_id": None, "payer_claim_id": cl["claim"], "patient": bene,
                           "totals": claim_totals(*tt)})
        if y > bottom - 90:
            furniture()
            y = 84
        doc.text(40, y + 8, "Notes for Claims Above", "B", 10)
        y += 20
        for k, t in legend:
            tl = doc.wrap(t, 470, "R", 8)
            doc.text(44, y + 2, k, "B", 8)
            for j, part in enumerate(tl):
                doc.text(60, y + 2 + j * 10, part, "R", 8)
            y += 10 * len(tl) + 3
        return doc, lines, ctruth, legend

    doc, lines, ctruth, legend = two_pass(build, out / name)
    pages = doc.save()
    write_truth(out / name, "m79c", "reportlab", pages, "Medicare Summary Notice Part B, one beneficiary", lines,
                ctruth, legend)
    MARKS[name] = doc.marks


# ============================================================================= L4 Medicare Advantage member EOB (fpdf2)
def lay_ma(out: Path):
    name = "m79d_sagebrook_advantage_eob.pdf"
    mem = "Augustin P. Delacroix-Webb"
    st = PlanState(visit_copay=Decimal("40.00"), allowed_rate=Decimal("0.52"))
    claims = [
        dict(prov="Riverbend Hand & Occupational Therapy", npi="1760044218", claim="MA26-0114-77321",
             recd="01/30/26",
             svcs=[S(5, "97167", 1, ("GO",)), S(5, "97760", 2, ("GO", "KX")), S(5, "L3807", 1, ("RT",)),
                   S(8, "97530", 2, ("GO",)), S(8, "97140", 1, ("GO", "59")), S(12, "97530", 2, ("GO",)),
                   S(12, "97110", 1, ("GO",)), S(15, "97530", 2, ("GO", "CO")), S(15, "97535", 1, ("GO", "CO")),
                   S(19, "97530", 2, ("GO",)), S(19, "97112", 1, ("GO",)), S(22, "97168", 1, ("GO",)),
                   S(22, "0552T", 1, ("GO",), denied="CO")]),
        dict(prov="Alder Court Primary Care", npi="1538810207", claim="MA26-0120-12094", recd="01/24/26",
             svcs=[S(20, "99213", 1, ("25",)), S(20, "G0283", 1, ())]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st, deny_reason="96")
            s.desc = LONG_DESC.get(s.code, s.desc) if cl is claims[0] else s.desc
            s.remarks = ["4"] if s.denied else (["1", "2"] if s.copay else ["1"])
    legend = [("1", "Sagebrook pays network providers a set amount. They agreed not to charge you more than your share."),
              ("2", "Your plan charges a $40.00 copay for each day you get outpatient rehabilitation or see a doctor."),
              ("4", "This service is not covered by your plan. Your provider should not bill you because it did not "
                    "ask us first whether it would be covered.")]

    def build(path, npages):
        doc = Doc("fpdf2", path, {"R": ttf("DejaVuSansCondensed"), "B": ttf("DejaVuSansCondensed-Bold")})
        lines, ctruth = [], []
        W = 612
        cols = [("dos", "Date of\nservice", 50, "l"), ("svc", "Service you got\n(billing code)", 172, "l"),
                ("chg", "Amount the\nprovider\ncharged", 58, "r"), ("appr", "Plan-\napproved\namount", 56, "r"),
                ("pd", "Plan paid", 52, "r"), ("cop", "Your share:\ncopay", 52, "r"), ("nc", "Not\ncovered", 50, "r"),
                ("nt", "Notes", 42, "c")]
        g = Grid(doc, 36, cols, sz=7.5, hsz=7)

        def furniture():
            doc.new_page()
            doc.text(36, 36, "SAGEBROOK", "B", 15)
            doc.text(36, 47, "Senior Advantage (HMO)", "R", 8)
            doc.text(W - 36, 34, "Part C Explanation of Benefits", "B", 10, "r")
            doc.text(W - 36, 45, "Medical services processed January 1 – January 31, 2026", "R", 7.5, "r")
            doc.line(36, 54, W - 36, 54, 0.8)
            doc.text(36, 770, f"{mem}  ·  Member ID S8830-41172-A  ·  Questions? 1-877-555-0163, 8 a.m. to 8 p.m.",
                     "R", 7)
            doc.text(W - 36, 770, f"Page {doc.page} of {npages or '?'}", "R", 7, "r")

        furniture()
        doc.text(36, 76, f"Explanation of Benefits for {mem}", "B", 12)
        doc.text(36, 89, "THIS IS NOT A BILL. It tells you what care you got and what you may owe.", "R", 8.5)
        doc.rect(36, 102, 264, 120, 0.6)
        doc.rect(312, 102, 264, 120, 0.6)
        doc.text(44, 118, "Your medical costs this month", "B", 9)
        allsv = [s for c in claims for s in c["svcs"]]
        rows = [("Total cost of services", money(total(allsv, "billed"))),
                ("Plan-approved amount", money(total(allsv, "allowed"))),
                ("Sagebrook paid", money(total(allsv, "paid"))), ("Your share", money(total(allsv, "owes")))]
        for i, (a, b) in enumerate(rows):
            doc.text(44, 136 + i * 14, a, "R", 8.5)
            doc.text(292, 136 + i * 14, b, "B", 8.5, "r")
        doc.text(320, 118, "Year to date (2026)", "B", 9)
        for i, (a, b) in enumerate([("Your share so far", money(total(allsv, "owes"))),
                                    ("Out-of-pocket limit", "$5,900.00"),
                                    ("Left until you reach the limit", money(Decimal("5900") - total(allsv, "owes"))),
                                    ("Rehab visits used", "7 of 60")]):
            doc.text(320, 136 + i * 14, a, "R", 8.5)
            doc.text(568, 136 + i * 14, b, "B", 8.5, "r")
        for i, t in enumerate(["Important plan news: starting March 1, 2026, prior approval is needed after your 20th "
                               "outpatient therapy visit", "in a year. Your therapist asks us for you. Call Member "
                               "Services if you would like a printed provider directory,", "or to learn about "
                               "help paying for your medicines (Extra Help)."]):
            doc.text(36, 240 + i * 11, t, "R", 8)
        doc.text(36, 290, "Your medical claims in detail", "B", 11)
        y = 298
        bottom = 735
        for cl in claims:
            def head(cont=False):
                nonlocal y
                doc.rect(36, y, 540, 28, fill=0.92, stroke=False)
                doc.text(42, y + 11, f"Claim number {cl['claim']}" + ("  (continued)" if cont else ""), "B", 8.5)
                doc.text(300, y + 11, f"Received {cl['recd']}  ·  Processed 02/02/26", "R", 8)
                doc.text(42, y + 23, f"Provider: {cl['prov']} (in network)   NPI {cl['npi']}", "R", 8)
                y = g.header(y + 30, rule=True)

            if y > bottom - 90:
                furniture()
                y = 66
            head()
            for s in cl["svcs"]:
                dsc = doc.wrap(s.desc, 166, "R", 7.5) + ["(" + " ".join((s.code,) + s.mods) + ")"]
                rh = 4 + 9.5 * len(dsc)
                if y + rh > bottom:
                    doc.text(576, y + 12, "This claim continues on the next page.", "R", 7, "r")
                    furniture()
                    y = 66
                    head(cont=True)
                c = {"dos": dfmt(s.dos, "mdy2"), "svc": dsc, "chg": money(s.billed), "appr": money(s.allowed),
                     "pd": money(s.paid), "cop": money(s.copay), "nc": money(s.not_covered),
                     "nt": " ".join(s.remarks)}
                g.row(y + 10, c, lead=9.5)
                it = items(c, {"dos": ("service_date", "date:%m/%d/%y"), "chg": ("billed", "money"),
                               "appr": ("allowed", "money"), "pd": ("paid", "money"), "cop": ("copay", "money"),
                               "nc": ("not_covered", "money")})
                it += [("code", dsc[-1], "code")] + [(f"remark:{i}", r, "remark") for i, r in enumerate(s.remarks)]
                if s.mods:
                    it.append(("mods", dsc[-1], "mods"))
                lines.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=cl["claim"], patient=mem,
                                        units=False, remarks=s.remarks,
                                        printed=("billed", "allowed", "paid", "copay", "not_covered")))
                doc.mark(len(lines) - 1, y + 1, y + rh, it)
                y += rh
                doc.line(36, y, 576, y, 0.25, 0.6)
            sv = cl["svcs"]
            tt = [total(sv, a) for a in ("billed", "allowed", "paid")]
            g.row(y + 11, {"svc": "Claim total", "chg": money(tt[0]), "appr": money(tt[1]), "pd": money(tt[2]),
                           "cop": money(total(sv, "copay")), "nc": money(total(sv, "not_covered"))}, f="B")
            y += 28
            ctruth.append({"claim_id": None, "payer_claim_id": cl["claim"], "patient": mem,
                           "totals": claim_totals(*tt)})
        doc.text(36, y + 4, "Notes", "B", 9)
        y += 16
        for k, t in legend:
            tl = doc.wrap(t, 500, "R", 7.5)
            doc.text(40, y, k, "B", 7.5)
            for j, part in enumerate(tl):
                doc.text(56, y + j * 9.5, part, "R", 7.5)
            y += 9.5 * len(tl) + 3
        return doc, lines, ctruth, legend

    doc, lines, ctruth, legend = two_pass(build, out / name)
    pages = doc.save()
    write_truth(out / name, "m79d", "fpdf2", pages, "Medicare Advantage HMO monthly Part C member EOB", lines,
                ctruth, legend)
    MARKS[name] = doc.marks


# ============================================================================= L5 state Medicaid RA, fixed-width
def lay_mcd_mono(out: Path):
    name = "m79e_north_alder_medicaid_ra.pdf"
    rng = lambda a, b, code, u, mods=(): Svc(D(a), code, Decimal(u), tuple(mods), end=D(b))  # noqa: E731
    paid = [
        dict(pt="HOLLOWAY, BRYNN A", rid="60017734219", acct="KB-22871", icn="2026034118870001",
             svcs=[S(6, "92523", 1, ("GN",)), rng(7, 9, "92507", 3, ("GN",)), rng(12, 16, "92507", 4, ("GN",)),
                   rng(19, 23, "92507", 4, ("GN",)), rng(26, 30, "92507", 3, ("GN",))]),
        dict(pt="OYELARAN, MATTEO J", rid="60022185507", acct="KB-22904", icn="2026034118870002",
             svcs=[S(5, "97165", 1, ("GO",)), S(5, "97530", 2, ("GO",)), S(12, "97530", 3, ("GO",)),
                   S(12, "97112", 1, ("GO",)), S(19, "97530", 2, ("GO",)), S(19, "97535", 2, ("GO",)),
                   S(26, "97530", 3, ("GO",)), S(26, "97110", 1, ("GO", "59")), S(26, "97760", 1, ("GO",))]),
        dict(pt="FENWICK-ADDO, LORNA", rid="60009918346", acct="KB-22911", icn="2026034118870003",
             svcs=[S(14, "97163", 1, ("GP",)), S(14, "97110", 2, ("GP",)), S(21, "97140", 2, ("GP",)),
                   S(21, "97116", 1, ("GP",))]),
    ]
    denied = [dict(pt="OYELARAN, ZURI K", rid="60022185515", acct="KB-22907", icn="2026034118870004",
                   svcs=[S(8, "97166", 1, ("GO",), denied="CO"), S(8, "97530", 2, ("GO",), denied="CO")])]
    orig = dict(pt="HOLLOWAY, BRYNN A", rid="60017734219", acct="KB-22655", icn="2025351044120017",
                svcs=[S(15, "92507", 2, ("GN",), month=12), S(17, "92507", 1, ("GN",), month=12)])
    newc = dict(pt="HOLLOWAY, BRYNN A", rid="60017734219", acct="KB-22655", icn="2026034118870005",
                svcs=[S(15, "92507", 2, ("GN",), month=12), S(17, "92507", 2, ("GN",), month=12)])
    for cl in [*paid, *denied, newc]:
        for s in cl["svcs"]:
            medicaid(s, deny_reason="16")
            s.remarks = ["0184", "2071"] if s.denied else (["0045"] if s.discount else ["0001"])
            if cl["pt"].startswith("FENWICK") and s.code == "97163":
                s.copay = Decimal("3.00")
                s.paid -= s.copay
                s.remarks = s.remarks + ["0306"]
    for s in orig["svcs"]:
        medicaid(s)
    for cl in (orig, newc):
        for s in cl["svcs"]:
            s.dos = s.dos.replace(year=2025)
    orig["svcs"] = [negate(s) for s in orig["svcs"]]
    for s in orig["svcs"]:
        s.remarks = ["0720"]
    for s in newc["svcs"]:
        s.remarks = ["0721"] + s.remarks
    legend = [("0001", "Paid in full at the program rate."),
              ("0045", "Billed amount is above the program maximum; paid at the fee schedule rate."),
              ("0184", "Recipient was not enrolled on the date of service."),
              ("2071", "Verify eligibility through the provider portal before you rebill."),
              ("0306", "Recipient copayment deducted from the payment."),
              ("0720", "Credit: the original claim is taken back in full."),
              ("0721", "Replacement claim for an adjusted service.")]
    M = lambda d: money(d, ",", "trail")  # noqa: E731
    hdr2 = (f"  {'LN':<2} {'FROM DOS':<8} {'THRU DOS':<8} {'PROC':<5} {'MD1':<3} {'MD2':<3} {'UNITS':>6} {'BILLED':>11} "
            f"{'ALLOWED':>11} {'TPL AMT':>10} {'COPAY':>7} {'PAID':>11}  EOB CODES")

    def build(path, npages):
        doc = Doc("reportlab", path, {"R": "Courier", "B": "Courier-Bold"}, landscape=True)
        lines, ctruth = [], []
        sz, lead = 7.6, 10.2
        state = {"y": 0, "section": ""}

        def furniture():
            doc.new_page()
            t = [f"{'STATE OF NORTH ALDER':<44}{'MEDICAL ASSISTANCE PROGRAM':<46}{'REMITTANCE ADVICE':>40}",
                 f"{'DEPARTMENT OF FAMILY HEALTH SERVICES':<44}{'PAYEE: KESTREL BAY THERAPY SERVICES LLC':<46}"
                 f"{'RA NO 0118832  DATE 02/04/26  PAGE ' + format(doc.page, '>2') + ' OF ' + format(npages or 0, '>2'):>40}",
                 f"{'FISCAL AGENT: NORTH ALDER MMIS, PO BOX 7720':<44}{'PAYEE ID 0044817200   NPI 1922073315':<46}"
                 f"{'EFT TRACE 8804417729':>40}"]
            for i, row in enumerate(t):
                doc.text(30, 30 + i * lead, row, "B" if i == 0 else "R", sz)
            doc.line(30, 30 + 2.6 * lead, 762, 30 + 2.6 * lead, 0.8)
            state["y"] = 30 + 4 * lead

        def colhead():
            y = state["y"]
            doc.text(30, y, f"{'RECIPIENT NAME':<26}{'RECIPIENT ID':<15}{'PATIENT ACCT NO':<17}{'ICN':<18}", "B", sz)
            doc.text(30, y + lead, hdr2, "B", sz)
            doc.text(30, y + 1.7 * lead, "-" * 120, "R", sz)
            state["y"] = y + 3 * lead

        def section(title):
            if state["y"] > 540:
                furniture()
            doc.text(30, state["y"], f"*** {title} ***", "B", sz + 0.6)
            state["y"] += 1.5 * lead
            state["section"] = title
            colhead()

        def claim(cl, cont_label=""):
            def chead(cont=False):
                doc.text(30, state["y"], f"{cl['pt']:<26}{cl['rid']:<15}{cl['acct']:<17}{cl['icn']:<18}"
                         + ("(CONTINUED)" if cont else cont_label), "B", sz)
                state["y"] += lead
            if state["y"] > 560 - 2 * lead:
                furniture()
                colhead()
            chead()
            for i, s in enumerate(cl["svcs"], 1):
                if state["y"] > 572:
                    doc.text(30, state["y"], f"{'CLAIM CONTINUED ON NEXT PAGE':>80}", "R", sz)
                    furniture()
                    doc.text(30, state["y"], f"*** {state['section']} (CONTINUED) ***", "B", sz + 0.6)
                    state["y"] += 1.5 * lead
                    colhead()
                    chead(True)
                y = state["y"]
                frm, thru = dfmt(s.dos, "mdy2"), dfmt(s.end or s.dos, "mdy2")
                m1, m2 = (list(s.mods) + ["", ""])[:2]
                row = (f"  {i:02d} {frm:<8} {thru:<8} {s.code:<5} {m1:<3} {m2:<3} {units_str(s.units) + '.00':>6} "
                       f"{M(s.billed):>11} {M(s.allowed):>11} {'0.00':>10} {M(s.copay):>7} {M(s.paid):>11}  "
                       f"{' '.join(s.remarks)}")
                doc.text(30, y, row, "R", sz)
                it = [("service_date", frm, "date:%m/%d/%y"), ("code", s.code, "code"),
                      ("units", units_str(s.units) + ".00", "units"), ("billed", M(s.billed), "money"),
                      ("allowed", M(s.allowed), "money"), ("copay", M(s.copay), "money"), ("paid", M(s.paid), "money")]
                if s.end:
                    it.append(("service_end", thru, "date:%m/%d/%y"))
                if s.mods:
                    it.append(("mods", " ".join((s.code,) + s.mods), "mods"))
                it += [(f"remark:{k}", r, "remark") for k, r in enumerate(s.remarks)]
                lines.append(truth_line(doc.page, s, claim_id=cl["acct"], payer_claim_id=cl["icn"], patient=cl["pt"],
                                        service_end=s.end, remarks=s.remarks,
                                        printed=("billed", "allowed", "copay", "paid")))
                doc.mark(len(lines) - 1, y - 7, y + 1, it)
                state["y"] += lead
            sv = cl["svcs"]
            tt = [total(sv, a) for a in ("billed", "allowed", "paid")]
            doc.text(30, state["y"], f"{'CLAIM TOTAL':>44} {M(tt[0]):>11} {M(tt[1]):>11} {'0.00':>10} "
                     f"{M(total(sv, 'copay')):>7} {M(tt[2]):>11}", "B", sz)
            state["y"] += 1.6 * lead
            ctruth.append({"claim_id": cl["acct"], "payer_claim_id": cl["icn"], "patient": cl["pt"],
                           "totals": claim_totals(tt[0], tt[1], tt[2])})

        furniture()
        section("CLAIMS PAID")
        for cl in paid:
            claim(cl)
        section("CLAIMS DENIED")
        for cl in denied:
            claim(cl)
        section("CLAIM ADJUSTMENTS")
        claim(orig, "  ORIGINAL CLAIM - CREDIT")
        claim(newc, "  ADJUSTED CLAIM - DEBIT")
        if state["y"] > 460:
            furniture()
        y = state["y"] + lead
        allp = [s for c in [*paid, *denied, orig, newc] for s in c["svcs"]]
        doc.text(30, y, "*** PAYMENT SUMMARY ***", "B", sz + 0.6)
        for i, (a, b) in enumerate([("CLAIMS PAID", M(total([s for c in paid for s in c["svcs"]], "paid"))),
                                    ("CLAIMS DENIED", "0.00"),
                                    ("NET ADJUSTMENTS", M(total(orig["svcs"] + newc["svcs"], "paid"))),
                                    ("NET PAYMENT AMOUNT", M(total(allp, "paid")))]):
            doc.text(30, y + (i + 1.5) * lead, f"  {a:<30}{b:>14}", "R", sz)
        y += 7 * lead
        doc.text(30, y, "*** EOB CODE DESCRIPTIONS ***", "B", sz + 0.6)
        for i, (k, t) in enumerate(legend):
            doc.text(30, y + (i + 1.5) * lead, f"  {k}  {t.upper()}", "R", sz)
        return doc, lines, ctruth, legend

    doc, lines, ctruth, legend = two_pass(build, out / name)
    pages = doc.save()
    write_truth(out / name, "m79e", "reportlab", pages, "state Medicaid fee-for-service remittance advice, fixed width",
                lines, ctruth, legend)
    MARKS[name] = doc.marks


# ============================================================================= L6 Medicaid managed-care RA (fpdf2)
def lay_mcd_box(out: Path):
    name = "m79f_evergreen_path_medicaid_remit.pdf"
    rng = lambda a, b, code, u, mods=(): Svc(D(a), code, Decimal(u), tuple(mods), end=D(b))  # noqa: E731
    claims = [
        dict(pt="Sol Nakamura-Reyes", mid="EP0047719203", pcn="TT2601-0481", tcn="26029E004471800", status="PAID",
             svcs=[S(6, "97166", 1, ("GO",)), rng(6, 9, "97530", 6, ("GO",)), rng(12, 16, "97530", 8, ("GO",)),
                   rng(12, 16, "97112", 2, ("GO",)), rng(19, 23, "97530", 8, ("GO",)),
                   rng(19, 23, "97535", 2, ("GO", "59")), rng(26, 30, "97530", 6, ("GO",)),
                   rng(26, 30, "97110", 4, ("GO",)), S(30, "97168", 1, ("GO",))]),
        dict(pt="Ines Nakamura-Reyes", mid="EP0047719211", pcn="TT2601-0482", tcn="26029E004471801",
             status="PARTIALLY PAID",
             svcs=[S(7, "92523", 1, ("GN",)), rng(12, 16, "92507", 3, ("GN",)), S(20, "92526", 1, ("GN",), denied="CO"),
                   rng(26, 30, "92507", 2, ("GN",))]),
        dict(pt="Mateo Nakamura-Reyes", mid="EP0047719238", pcn="TT2601-0490", tcn="26029E004471803", status="PAID",
             svcs=[S(5, "97163", 1, ("GP",)), rng(5, 9, "97110", 4, ("GP",)), rng(5, 9, "97140", 2, ("GP", "59")),
                   rng(12, 16, "97110", 4, ("GP",)), rng(12, 16, "97116", 2, ("GP",)),
                   rng(19, 23, "97110", 3, ("GP",)), rng(19, 23, "97530", 2, ("GP",)),
                   rng(26, 30, "97110", 4, ("GP",)), rng(26, 30, "97112", 2, ("GP",))]),
        dict(pt="Caspian Oduya", mid="EP0051102866", pcn="TT2601-0499", tcn="26029E004471802", status="DENIED",
             svcs=[S(21, "97161", 1, ("GP",), denied="CO"), S(21, "97110", 2, ("GP",), denied="CO")]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            if s.denied:
                medicaid(s, deny_reason="15" if cl["status"] == "DENIED" else "96")
                s.remarks = ["N54"] if cl["status"] == "DENIED" else ["M86"]
            else:
                medicaid(s)
                # the plan withholds 1.5% of each approved line for its quality pool, shown as its own adjustment
                wh = q(s.allowed * Decimal("0.015"))
                s.paid = s.allowed - wh
                s.adjs = s.adjs + [("CO", "94", wh)]
                s.remarks = ["N381"]
    legend = [("CO-45", "Charge is more than the plan's fee schedule; provider write-off."),
              ("CO-94", "Quality-pool withhold kept by the plan under the provider agreement."),
              ("CO-96", "Service not covered under the member's benefit package."),
              ("CO-15", "Authorization number missing or not valid for these dates."),
              ("N381", "Payment follows the terms of your participation agreement."),
              ("M86", "Service denied because payment was already made for a similar procedure that day."),
              ("N54", "Claim information does not match the authorization on file.")]
    M = lambda d: money(d, ",")  # noqa: E731

    def build(path, npages):
        doc = Doc("fpdf2", path, {"R": ttf("LiberationSansNarrow-Regular"), "B": ttf("LiberationSansNarrow-Bold")})
        lines, ctruth = [], []
        cols = [("ln", "Ln", 18, "c"), ("dos", "Dates of Service", 92, "l"), ("proc", "Procedure / Mods", 72, "l"),
                ("un", "Units", 30, "r"), ("chg", "Billed", 52, "r"), ("alw", "Allowed", 52, "r"),
                ("pd", "Paid", 52, "r"), ("sp", "", 14, "l"), ("adj", "Adj Group-CARC  Amount", 96, "l"),
                ("rarc", "RARC", 36, "c"), ("blank", "", 26, "l")]
        g = Grid(doc, 36, cols, sz=8, hsz=7.5)

        def furniture():
            doc.new_page()
            doc.rect(36, 28, 540, 44, 0.8)
            doc.text(44, 44, "Evergreen Path Health", "B", 14)
            doc.text(44, 57, "Medicaid Managed Care  ·  Provider Remittance Advice", "R", 8.5)
            doc.text(44, 67, "PO Box 30218, Tillamont, WA 98611", "R", 7.5)
            doc.text(568, 42, "Payee: Tidewater Kids Therapy Collective", "B", 8.5, "r")
            doc.text(568, 54, "Payee NPI 1487220391   Tax ID XX-XXX4410", "R", 8, "r")
            doc.text(568, 66, "Remit date 01/29/2026   EFT # 004471889", "R", 8, "r")
            doc.text(36, 776, "Keep this remittance for your records. Appeals must be received within 90 days of the "
                     "remit date.", "R", 7)
            doc.text(576, 776, f"Page {doc.page} of {npages or '?'}", "B", 7.5, "r")
            return 86

        y = furniture()
        bottom = 752
        for cl in claims:
            def head(cont=False):
                nonlocal y
                cells = [("Member Name", cl["pt"], 140), ("Member ID", cl["mid"], 90),
                         ("Patient Control No.", cl["pcn"], 90), ("TCN", cl["tcn"], 110),
                         ("Claim Status", cl["status"] + (" (cont.)" if cont else ""), 110)]
                x = 36
                for lab, val, w in cells:
                    doc.rect(x, y, w, 24, 0.5, fill=0.94)
                    doc.text(x + 3, y + 8, lab, "R", 6.5)
                    doc.text(x + 3, y + 19, val, "B", 8.5)
                    x += w
                y = g.header(y + 24, box=True)

            if y > bottom - 80:
                y = furniture()
            head()
            for i, s in enumerate(cl["svcs"], 1):
                adj = [f"{a}-{b} {M(c)}" for a, b, c in s.adjs]
                rh = 4 + 10 * max(1, len(adj))
                if y + rh > bottom:
                    doc.text(576, y + 10, "Claim continued on next page", "R", 7, "r")
                    y = furniture()
                    head(cont=True)
                dd = dfmt(s.dos, "mdy4") + (" - " + dfmt(s.end, "mdy4") if s.end else "")
                c = {"ln": str(i), "dos": dd, "proc": " ".join((s.code,) + s.mods), "un": units_str(s.units),
                     "chg": M(s.billed), "alw": M(s.allowed), "pd": M(s.paid), "adj": adj, "rarc": s.remarks[0]}
                g.row(y + 10, c)
                it = items(c, {"proc": ("code", "code"), "un": ("units", "units"), "chg": ("billed", "money"),
                               "alw": ("allowed", "money"), "pd": ("paid", "money"), "adj": ("adj", "adj"),
                               "rarc": ("remark:0", "remark")})
                it.append(("service_date", dfmt(s.dos, "mdy4"), "date:%m/%d/%Y"))
                if s.end:
                    it.append(("service_end", dfmt(s.end, "mdy4"), "date:%m/%d/%Y"))
                if s.mods:
                    it.append(("mods", c["proc"], "mods"))
                lines.append(truth_line(doc.page, s, claim_id=cl["pcn"], payer_claim_id=cl["tcn"], patient=cl["pt"],
                                        service_end=s.end, remarks=s.remarks, adjustments=s.adjs,
                                        printed=("billed", "allowed", "paid")))
                doc.mark(len(lines) - 1, y + 1, y + rh, it)
                y += rh
                doc.line(36, y, 576, y, 0.3, 0.5)
            sv = cl["svcs"]
            tt = [total(sv, a) for a in ("billed", "allowed", "paid")]
            doc.rect(36, y, 540, 14, 0.6)
            g.row(y + 10, {"proc": "Claim Totals", "chg": M(tt[0]), "alw": M(tt[1]), "pd": M(tt[2])}, f="B")
            y += 26
            ctruth.append({"claim_id": cl["pcn"], "payer_claim_id": cl["tcn"], "patient": cl["pt"],
                           "totals": claim_totals(tt[0], tt[1], tt[2])})
        if y > bottom - 130:
            y = furniture()
        allsv = [s for c in claims for s in c["svcs"]]
        doc.rect(36, y, 250, 62, 0.6)
        doc.text(42, y + 12, "Payment Summary", "B", 9)
        for i, (a, b) in enumerate([("Total billed", M(total(allsv, "billed"))),
                                    ("Total paid", M(total(allsv, "paid"))),
                                    ("Quality withhold", M(sum((a[2] for s in allsv for a in s.adjs if a[1] == "94"),
                                                               ZERO))),
                                    ("Net EFT amount", M(total(allsv, "paid")))]):
            doc.text(42, y + 24 + i * 10, a, "R", 8)
            doc.text(280, y + 24 + i * 10, b, "B", 8, "r")
        doc.text(300, y + 12, "Code Glossary", "B", 9)
        for i, (k, t) in enumerate(legend):
            tl = doc.wrap(t, 210, "R", 7)
            doc.text(300, y + 24 + i * 17, k, "B", 7)
            for j, part in enumerate(tl[:2]):
                doc.text(336, y + 24 + i * 17 + j * 8, part, "R", 7)
        return doc, lines, ctruth, legend

    doc, lines, ctruth, legend = two_pass(build, out / name)
    pages = doc.save()
    write_truth(out / name, "m79f", "fpdf2", pages, "Medicaid managed-care plan provider remittance advice, boxed",
                lines, ctruth, legend)
    MARKS[name] = doc.marks


# ============================================================================= L7 clearinghouse print of a Medicare remit
def lay_spr(out: Path):
    name = "m79g_clearinghouse_medicare_remit_print.pdf"
    st = PlanState(ded_left=Decimal("60.00"))
    claims = [
        dict(pt="PRZYBYLSKI, HELENE", mid="4FK7TR2XJ93", acct="SRT00058812", icn="0226027118440",
             svcs=[S(5, "97163", 1, ("GP",)), S(5, "97110", 2, ("GP",)), S(5, "97140", 1, ("GP", "59")),
                   S(9, "97110", 2, ("GP",)), S(9, "97112", 1, ("GP",)), S(9, "97530", 1, ("GP", "KX"))]),
        dict(pt="AMUNDSEN, TORVALD", mid="8QR2MM6KD51", acct="SRT00058830", icn="0226027118441",
             svcs=[S(6, "97165", 1, ("GO",)), S(6, "97535", 2, ("GO",)), S(13, "97530", 2, ("GO", "CO")),
                   S(13, "97760", 1, ("GO",)), S(13, "L3807", 1, ("RT",), denied="CO")]),
        dict(pt="NAKASHIMA-BELL, RUTH", mid="2ZC9HW4PE06", acct="SRT00058851", icn="0226027118442",
             svcs=[S(14, "92523", 1, ("GN",)), S(21, "92507", 1, ("GN",)), S(28, "92507", 1, ("GN",))]),
        dict(pt="OKONKWO-LAINE, FELIX", mid="6TN3JV8AB27", acct="SRT00058874", icn="0226027118443",
             svcs=[S(16, "97161", 1, ("GP",)), S(16, "97110", 2, ("GP",)), S(16, "G0283", 1, ("GP",)),
                   S(23, "97110", 3, ("GP", "CQ")), S(23, "97116", 1, ("GP", "CQ"))]),
    ]
    for cl in claims:
        if cl["pt"].startswith("AMUND"):
            st.ded_left = Decimal("40.00")
        for s in cl["svcs"]:
            medicare(s, st, deny_reason="B7")
            s.remarks = ["N211"] if s.denied else (["MA01"] if s.deductible else [])
    legend = [("CO-45", "Charge exceeds fee schedule/maximum allowable."), ("CO-253", "Sequestration reduction."),
              ("PR-1", "Deductible amount."), ("PR-2", "Coinsurance amount."),
              ("CO-B7", "Provider not certified for this equipment on this date."),
              ("MA01", "Appeal rights notice (see back of page)."), ("N211", "This decision may not be appealed.")]
    M = lambda d: money(d, "")  # noqa: E731
    HDR = (f"{'PERF PROV':<10}  {'SERV DATE':<11}  {'POS':<3} {'NOS':>3} {'PROC':<5} {'MODS':<9} {'BILLED':>9} "
           f"{'ALLOWED':>8} {'DEDUCT':>8} {'COINS':>8}  {'GRP/RC-AMT':<16} {'PROV PD':>8}")
    GRP = HDR.index("GRP/RC")

    def build(path, npages):
        doc = Doc("reportlab", path, {"R": ttf("LiberationMono-Regular"), "B": ttf("LiberationMono-Bold")})
        lines, ctruth = [], []
        sz, lead = 7.2, 9.6
        y = 0

        def T(s, f="R"):
            nonlocal y
            doc.text(34, y, s, f, sz)
            y += lead

        def furniture():
            nonlocal y
            doc.new_page()
            y = 34
            T("SUMMIT RIDGE THERAPY GROUP                CLEARWAVE CLAIMS EXCHANGE -- ERA PRINT IMAGE", "B")
            T("2200 KESTREL PARKWAY STE 140              PAYER: NORTHGATE MEDICARE ADMINISTRATIVE SERVICES")
            T("BRANDT RIVER, IA 52066                    PART B PROFESSIONAL REMITTANCE ADVICE")
            T(f"NPI 1609933871   PTAN 44F1920           CHECK/EFT #: 882100467  DATE: 02/06/2026   PAGE {doc.page:>2} "
              f"OF {npages or 0:>2}")
            doc.line(34, y - 4, 578, y - 4, 0.8)
            y += 4
            T(HDR, "B")
            T(" " * GRP + "REM", "B")
            doc.line(34, y - 4, 578, y - 4, 0.4)
            y += 3

        furniture()
        for cl in claims:
            def chead(cont=False):
                T(f"NAME {cl['pt']:<22} MID {cl['mid']:<12} ACNT {cl['acct']:<12} ICN {cl['icn']}  ASG Y MOA MA01"
                  + (" (CONT)" if cont else ""), "B")

            if y > 700:
                furniture()
            chead()
            for s in cl["svcs"]:
                adj = [(g_, r, a) for g_, r, a in s.adjs if a]
                need = lead * max(1, len(adj)) + (lead if s.remarks else 0)
                if y + need > 740:
                    T(" " * 40 + "*** CLAIM CONTINUED ON NEXT PAGE ***")
                    furniture()
                    chead(True)
                y0 = y
                sd = f"{s.dos:%m%d} {s.dos:%m%d%y}"
                mods = " ".join(s.mods)
                first = f"{adj[0][0]}-{adj[0][1]} {M(adj[0][2])}" if adj else ""
                T(f"1609933871  {sd}  11  {units_str(s.units):>3} {s.code:<5} {mods:<9} {M(s.billed):>9} "
                  f"{M(s.allowed):>8} {M(s.deductible):>8} {M(s.coinsurance):>8}  {first:<16} {M(s.paid):>8}")
                extra = []
                for g_, r, a in adj[1:]:
                    e = f"{g_}-{r} {M(a)}"
                    extra.append(e)
                    T(" " * GRP + e)
                if s.remarks:
                    T(" " * GRP + "REM " + " ".join(s.remarks))
                it = [("service_date", sd, "spr"), ("units", units_str(s.units), "units"), ("code", s.code, "code"),
                      ("billed", M(s.billed), "money"), ("allowed", M(s.allowed), "money"),
                      ("deductible", M(s.deductible), "money"), ("coinsurance", M(s.coinsurance), "money"),
                      ("paid", M(s.paid), "money")]
                if s.mods:
                    it.append(("mods", " ".join((s.code,) + s.mods), "mods"))
                allp = ([first] if first else []) + extra
                it += [(f"adj:{i}", e, "adj") for i, e in enumerate(allp)]
                it += [(f"remark:{i}", r, "remark") for i, r in enumerate(s.remarks)]
                lines.append(truth_line(doc.page, s, claim_id=cl["acct"], payer_claim_id=cl["icn"], patient=cl["pt"],
                                        remarks=s.remarks, adjustments=adj,
                                        printed=("billed", "allowed", "deductible", "coinsurance", "paid")))
                doc.mark(len(lines) - 1, y0 - 7, y - lead + 1, it)
            sv = cl["svcs"]
            tt = {a: total(sv, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")}
            T(f"PT RESP {M(tt['owes']):>10}" + " " * 14 + f"CLAIM TOTALS {M(tt['billed']):>9} {M(tt['allowed']):>8} "
              f"{M(tt['deductible']):>8} {M(tt['coinsurance']):>8}  {'':<16} {M(tt['paid']):>8}", "B")
            T(f"ADJ TO TOTALS:    PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00          NET {M(tt['paid']):>8}")
            y += lead * 0.6
            ctruth.append({"claim_id": cl["acct"], "payer_claim_id": cl["icn"], "patient": cl["pt"],
                           "totals": claim_totals(tt["billed"], tt["allowed"], tt["paid"], tt["owes"])})
        if y > 640:
            furniture()
        allsv = [s for c in claims for s in c["svcs"]]
        y += lead
        T("TOTALS:  # OF CLAIMS   BILLED AMT   ALLOWED AMT   DEDUCT AMT   COINS AMT   PROV PD AMT   CHECK AMT", "B")
        T(f"         {len(claims):>11} {M(total(allsv, 'billed')):>12} {M(total(allsv, 'allowed')):>13} "
          f"{M(total(allsv, 'deductible')):>12} {M(total(allsv, 'coinsurance')):>11} {M(total(allsv, 'paid')):>13} "
          f"{M(total(allsv, 'paid')):>11}")
        y += lead
        T("GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", "B")
        for k, t in legend:
            T(f"{k:<8}{t.upper()}")
        return doc, lines, ctruth, legend

    doc, lines, ctruth, legend = two_pass(build, out / name)
    pages = doc.save()
    write_truth(out / name, "m79g", "reportlab", pages, "clearinghouse print image of a Medicare Part B remittance",
                lines, ctruth, legend)
    MARKS[name] = doc.marks


# ============================================================================= L8 practice-management ERA posting report
def lay_pm(out: Path):
    name = "m79h_pm_era_posting_detail.pdf"
    ca = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.71"))
    cb = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.71"))
    claims = [
        dict(pt="ABERG, LINNEA", acct="100482", pcn="MC26A0041177", status="1 - Processed as Primary", st=ca,
             svcs=[S(5, "97166", 1, ("GO",)), S(5, "97530", 2, ("GO",)), S(8, "97530", 2, ("GO",)),
                   S(8, "97112", 1, ("GO",)), S(12, "97530", 3, ("GO",)), S(12, "97535", 1, ("GO", "59")),
                   S(15, "97530", 2, ("GO",)), S(15, "97110", 2, ("GO",)), S(19, "97530", 2, ("GO",)),
                   S(19, "97140", 1, ("GO", "59")), S(22, "97530", 3, ("GO",)), S(22, "97168", 1, ("GO",))]),
        dict(pt="ABERG, MAGNUS", acct="100483", pcn="MC26A0041178", status="1 - Processed as Primary", st=cb,
             svcs=[S(6, "92523", 1, ("GN",)), S(13, "92507", 1, ("GN",)), S(20, "92507", 1, ("GN",), denied="CO")]),
        dict(pt="DUBROVNIK-HALE, ASTRID", acct="100517", pcn="MC26A0037702", status="22 - Reversal of Previous Payment",
             st=None, svcs=[S(17, "97161", 1, ("GP",), month=12), S(17, "97110", 2, ("GP",), month=12)]),
        dict(pt="DUBROVNIK-HALE, ASTRID", acct="100517", pcn="MC26A0041190", status="1 - Processed as Primary",
             st=None, svcs=[S(17, "97161", 1, ("GP",), month=12), S(17, "97110", 2, ("GP",), month=12),
                            S(17, "97140", 1, ("GP",), month=12)]),
    ]
    for cl in claims:
        cl["svcs"] = [Svc(s.dos.replace(year=2025), s.code, s.units, s.mods, denied=s.denied) if s.dos.month == 12
                      else s for s in cl["svcs"]]
    for cl in claims:
        stt = cl["st"] or PlanState(allowed_rate=Decimal("0.71"))
        for s in cl["svcs"]:
            commercial(s, stt, deny_reason="119")
            s.remarks = ["N640"] if s.denied else (["N130"] if s.deductible else [])
    rev = claims[2]
    rev["svcs"] = [negate(s) for s in rev["svcs"]]
    for s in rev["svcs"]:
        s.remarks = ["MA67"]
    M = lambda d: money(d, "$", "()")  # noqa: E731

    def build(path, npages):
        doc = Doc("fpdf2", path, {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique"}, landscape=True)
        lines, ctruth = [], []
        cols = [("dos", "DOS", 56, "l"), ("proc", "Proc", 42, "l"), ("mod", "Mod", 40, "l"), ("un", "Units", 32, "r"),
                ("chg", "Charge", 60, "r"), ("alw", "Allowed", 60, "r"), ("ded", "Deduct", 54, "r"),
                ("coi", "Coins", 54, "r"), ("cop", "Copay", 54, "r"), ("pd", "Ins Paid", 60, "r"),
                ("pr", "Pt Resp", 60, "r"), ("sp", "", 8, "l"), ("ctl", "Line Ctl #", 66, "l"),
                ("post", "Posting", 58, "l")]
        g = Grid(doc, 36, cols, sz=7.5, hsz=7.5)

        def furniture():
            doc.new_page()
            doc.text(36, 32, "ERA Posting Detail Report", "B", 13)
            doc.text(36, 44, "Bluff Harbor Pediatric & Family Therapy  ·  TherapyDesk PM v12.4", "R", 8)
            doc.text(756, 32, "Payer: Meridian Crest Insurance Co (payer ID 60318)", "R", 8, "r")
            doc.text(756, 43, "EFT # 1TRN0226550183   EFT date 02/05/2026   Batch 26-0205-02", "R", 8, "r")
            doc.line(36, 50, 756, 50, 1)
            doc.text(36, 590, "Run 02/06/2026 08:14 by kmorales  ·  Posted to ledger: yes  ·  Confidential patient "
                     "information", "I", 7)
            doc.text(756, 590, f"Page {doc.page} of {npages or '?'}", "R", 7, "r")
            return g.header(56, fill=0.9)

        y = furniture()
        bottom = 570
        for cl in claims:
            def head(cont=False):
                nonlocal y
                doc.text(38, y + 12, f"Patient: {cl['pt']}", "B", 8)
                doc.text(210, y + 12, f"Acct #: {cl['acct']}", "R", 8)
                doc.text(300, y + 12, f"Payer Claim #: {cl['pcn']}", "R", 8)
                doc.text(460, y + 12, f"Claim Status: {cl['status']}" + ("   (continued)" if cont else ""), "R", 8)
                y += 16

            if y > bottom - 50:
                y = furniture()
            doc.line(36, y + 2, 756, y + 2, 0.4, 0.5)
            head()
            for i, s in enumerate(cl["svcs"], 1):
                adj = [(a, b, c) for a, b, c in s.adjs if c]
                sub = "Adj: " + "   ".join(f"{a}-{b} {M(c)}" for a, b, c in adj)
                if s.remarks:
                    sub += "     Remarks: " + " ".join(s.remarks)
                if y + 22 > bottom:
                    y = furniture()
                    head(cont=True)
                ctl = f"{cl['acct']}-{i:02d}"
                c = {"dos": dfmt(s.dos, "mdy4"), "proc": s.code, "mod": " ".join(s.mods), "un": units_str(s.units),
                     "chg": M(s.billed), "alw": M(s.allowed), "ded": M(s.deductible), "coi": M(s.coinsurance),
                     "cop": M(s.copay), "pd": M(s.paid), "pr": M(s.owes), "ctl": ctl,
                     "post": "Reversed" if s.paid < 0 else "Posted"}
                g.row(y + 9, c)
                doc.text(100, y + 18, sub, "I", 7)
                it = items(c, {"dos": ("service_date", "date:%m/%d/%Y"), "proc": ("code", "code"),
                               "un": ("units", "units"), "chg": ("billed", "money"), "alw": ("allowed", "money"),
                               "ded": ("deductible", "money"), "coi": ("coinsurance", "money"),
                               "cop": ("copay", "money"), "pd": ("paid", "money"), "pr": ("patient_owes", "money")})
                if s.mods:
                    it.append(("mods", f"{s.code} {c['mod']}", "mods"))
                it += [(f"adj:{k}", f"{a}-{b} {M(v)}", "adj") for k, (a, b, v) in enumerate(adj)]
                it += [(f"remark:{k}", r, "remark") for k, r in enumerate(s.remarks)]
                lines.append(truth_line(doc.page, s, claim_id=cl["acct"], payer_claim_id=cl["pcn"], patient=cl["pt"],
                                        remarks=s.remarks, adjustments=adj,
                                        printed=("billed", "allowed", "deductible", "coinsurance", "copay", "paid",
                                                 "patient_owes")))
                doc.mark(len(lines) - 1, y + 1, y + 20, it)
                y += 22
            sv = cl["svcs"]
            tt = {a: total(sv, a) for a in ("billed", "allowed", "deductible", "coinsurance", "copay", "paid", "owes")}
            doc.line(36 + 170, y, 756 - 132, y, 0.4)
            g.row(y + 9, {"mod": "Claim", "chg": M(tt["billed"]), "alw": M(tt["allowed"]), "ded": M(tt["deductible"]),
                          "coi": M(tt["coinsurance"]), "cop": M(tt["copay"]), "pd": M(tt["paid"]),
                          "pr": M(tt["owes"])}, f="B")
            y += 16
            ctruth.append({"claim_id": cl["acct"], "payer_claim_id": cl["pcn"], "patient": cl["pt"],
                           "totals": claim_totals(tt["billed"], tt["allowed"], tt["paid"], tt["owes"])})
        allsv = [s for c in claims for s in c["svcs"]]
        if y > bottom - 60:
            y = furniture()
        doc.rect(470, y + 6, 286, 50, 0.6)
        for i, (a, b) in enumerate([("Total insurance paid", M(total(allsv, "paid"))),
                                    ("Provider-level adjustments (PLB)", M(ZERO)),
                                    ("EFT amount", M(total(allsv, "paid")))]):
            doc.text(478, y + 20 + i * 12, a, "B" if i == 2 else "R", 8)
            doc.text(748, y + 20 + i * 12, b, "B" if i == 2 else "R", 8, "r")
        return doc, lines, ctruth, []

    doc, lines, ctruth, legend = two_pass(build, out / name)
    pages = doc.save()
    write_truth(out / name, "m79h", "fpdf2", pages, "practice-management system ERA posting detail report",
                lines, ctruth, legend)
    MARKS[name] = doc.marks


# ============================================================================= L9 therapy clinic family statement
def lay_clinic_stmt(out: Path):
    name = "m79i_willowbrook_family_statement.pdf"
    st = PlanState(ded_left=Decimal("85.00"), allowed_rate=Decimal("0.80"))
    visits = [
        dict(v="V-58812", pt="Rosalind Achterberg", d=D(6), ins="Cobalt Ridge Health Plan", clm="E26-0131-552903",
             svcs=[S(6, "97165", 1, ("GO",)), S(6, "97530", 2, ("GO",))], pp=[Decimal("40.00"), ZERO]),
        dict(v="V-58840", pt="Rosalind Achterberg", d=D(13), ins="Cobalt Ridge Health Plan", clm="E26-0131-552971",
             svcs=[S(13, "97530", 3, ("GO",)), S(13, "97112", 1, ("GO",)), S(13, "97535", 1, ("GO",))],
             pp=[ZERO, ZERO, ZERO]),
        dict(v="V-58851", pt="Felix Achterberg", d=D(14), ins="Cobalt Ridge Health Plan", clm="E26-0131-553044",
             svcs=[S(14, "92523", 1, ("GN",)), S(14, "92507", 1, ("GN",))], pp=[Decimal("25.00"), ZERO]),
        dict(v="V-58893", pt="Felix Achterberg", d=D(21), ins="Cobalt Ridge Health Plan", clm="E26-0131-553187",
             svcs=[S(21, "92507", 1, ("GN",)), S(21, "92526", 1, ("GN",), denied="PR")], pp=[ZERO, ZERO]),
        dict(v="V-58902", pt="Hanna Achterberg", d=D(22), ins="Cobalt Ridge Health Plan", clm="E26-0131-553260",
             svcs=[S(22, "97161", 1, ("GP",)), S(22, "97140", 1, ("GP", "59")), S(22, "97110", 2, ("GP",)),
                   S(22, "97760", 1, ("GP",))], pp=[Decimal("20.00"), ZERO, ZERO, ZERO]),
        dict(v="V-58947", pt="Rosalind Achterberg", d=D(27), ins="Cobalt Ridge Health Plan", clm="E26-0131-553318",
             svcs=[S(27, "97530", 2, ("GO",)), S(27, "97110", 2, ("GO",)), S(27, "97168", 1, ("GO",))],
             pp=[ZERO, ZERO, ZERO]),
        dict(v="V-58961", pt="Felix Achterberg", d=D(28), ins="Cobalt Ridge Health Plan", clm="E26-0131-553402",
             svcs=[S(28, "92507", 1, ("GN",)), S(28, "97530", 1, ("GN", "59"))], pp=[Decimal("25.00"), ZERO]),
        dict(v="V-58977", pt="Hanna Achterberg", d=D(29), ins="Cobalt Ridge Health Plan", clm="E26-0131-553455",
             svcs=[S(29, "97110", 3, ("GP",)), S(29, "97140", 1, ("GP", "59")), S(29, "97112", 1, ("GP",)),
                   S(29, "G0283", 1, ("GP",))], pp=[Decimal("20.00"), ZERO, ZERO, ZERO]),
        dict(v="V-58990", pt="Pieter Achterberg", d=D(30), ins="Cobalt Ridge Health Plan", clm="E26-0131-553519",
             svcs=[S(30, "97161", 1, ("GP",)), S(30, "97110", 2, ("GP", "KX")), S(30, "0552T", 1, ("GP",),
                                                                                     denied="PR")],
             pp=[ZERO, ZERO, ZERO]),
    ]
    for v in visits:
        for s, pp in zip(v["svcs"], v["pp"]):
            commercial(s, st)
            s.insadj = s.discount + (s.not_covered if s.denied == "CO" else ZERO)
            s.ptpaid = pp
            s.owes = s.owes - pp
            assert s.billed - s.insadj - s.paid - s.ptpaid == s.owes
    M = lambda d: money(d, ",")  # noqa: E731

    def build(path, npages):
        doc = Doc("reportlab", path, {"R": ttf("LiberationSans-Regular"), "B": ttf("LiberationSans-Bold"),
                                      "I": ttf("LiberationSans-Italic")})
        lines, ctruth = [], []
        cols = [("dos", "Date", 46, "l"), ("desc", "Description", 150, "l"), ("code", "Code", 58, "l"),
                ("qty", "Qty", 24, "c"), ("chg", "Charges", 52, "r"), ("ip", "Insurance\nPaid", 52, "r"),
                ("ia", "Insurance\nAdjustment", 54, "r"), ("pp", "Patient\nPaid", 48, "r"),
                ("bal", "Balance", 56, "r")]
        g = Grid(doc, 36, cols, sz=7.5, hsz=7.5)
        allsv = [s for v in visits for s in v["svcs"]]
        due = total(allsv, "owes")

        def furniture():
            doc.new_page()
            doc.text(36, 40, "Willowbrook Children's Therapy Center", "B", 13)
            doc.text(36, 52, "Occupational · Physical · Speech Therapy", "R", 8)
            doc.text(36, 62, "615 Larkspur Avenue, Suite 2 · Marrowfield, KS 66502 · Billing office (555) 013-8847", "R",
                     7.5)
            doc.text(576, 40, "STATEMENT", "B", 13, "r")
            doc.text(576, 52, f"Page {doc.page} of {npages or '?'}", "R", 8, "r")
            doc.text(36, 772, "We file your insurance for you. Balances shown are after insurance has processed each "
                     "visit.", "I", 7)
            return 74

        y = furniture()
        doc.rect(36, y, 540, 88, 0.6)
        doc.line(36, y + 88, 576, y + 88, 0.6)
        doc.text(44, y + 13, "PLEASE DETACH AND RETURN THIS PORTION WITH YOUR PAYMENT", "B", 7.5)
        doc.text(44, y + 30, "Guarantor:  Pieter Achterberg", "R", 8.5)
        doc.text(44, y + 42, "2741 Sandpiper Court", "R", 8.5)
        doc.text(44, y + 54, "Marrowfield, KS 66503", "R", 8.5)
        rows = [("Account number", "G-40281"), ("Statement date", "02/06/2026"), ("Payment due by", "03/01/2026"),
                ("Amount due", "$" + M(due)), ("Amount enclosed", "$____________")]
        for i, (a, b) in enumerate(rows):
            doc.rect(360, y + 6 + i * 15, 100, 15, 0.4, fill=0.92)
            doc.rect(460, y + 6 + i * 15, 108, 15, 0.4)
            doc.text(364, y + 16 + i * 15, a, "R", 7.5)
            doc.text(564, y + 16 + i * 15, b, "B", 8, "r")
        doc.text(44, y + 78, "Pay online at willowbrook-pay.example or call (555) 013-8847.  Cards accepted.", "I", 7)
        y += 104
        doc.text(36, y, "Account activity since your last statement (01/06/2026)", "B", 9.5)
        y = g.header(y + 6, fill=0.9)
        bottom = 740
        for v in visits:
            sv = v["svcs"]

            def head(cont=False):
                nonlocal y
                doc.text(38, y + 11, f"{v['pt']}   Visit {v['v']}   {dfmt(v['d'], 'mdy4')}" +
                         ("   (continued)" if cont else ""), "B", 8)
                doc.text(300, y + 11, f"Billed to {v['ins']}, claim {v['clm']}", "R", 7.5)
                y += 15

            if y > bottom - 40:
                y = furniture()
                y = g.header(y + 6, fill=0.9)
            head()
            for s in sv:
                dl = doc.wrap(s.desc, 144, "R", 7.5)
                rh = 3 + 9.5 * len(dl)
                if y + rh > bottom:
                    y = furniture()
                    y = g.header(y + 6, fill=0.9)
                    head(True)
                c = {"dos": dfmt(s.dos, "mdy2"), "desc": dl, "code": "".join((s.code,) + s.mods),
                     "qty": units_str(s.units), "chg": M(s.billed), "ip": M(s.paid), "ia": M(-s.insadj),
                     "pp": M(-s.ptpaid) if s.ptpaid else "", "bal": M(s.owes)}
                g.row(y + 9, c, lead=9.5)
                it = items(c, {"dos": ("service_date", "date:%m/%d/%y"), "code": ("code", "code"),
                               "qty": ("units", "units"), "chg": ("billed", "money"), "ip": ("paid", "money"),
                               "bal": ("patient_owes", "money")})
                if s.mods:
                    it.append(("mods", c["code"], "mods"))
                lines.append(truth_line(doc.page, s, claim_id=v["v"], payer_claim_id=v["clm"], patient=v["pt"],
                                        printed=("billed", "paid", "patient_owes")))
                doc.mark(len(lines) - 1, y + 1, y + rh, it)
                y += rh
            tt = [total(sv, "billed"), total(sv, "paid"), total(sv, "owes")]
            doc.line(290, y + 1, 576, y + 1, 0.4)
            g.row(y + 10, {"desc": "Visit total", "chg": M(tt[0]), "ip": M(tt[1]),
                           "ia": M(-sum((s.insadj for s in sv), ZERO)), "pp": M(-sum((s.ptpaid for s in sv), ZERO)),
                           "bal": M(tt[2])}, f="B")
            y += 18
            ctruth.append({"claim_id": v["v"], "payer_claim_id": v["clm"], "patient": v["pt"],
                           "totals": claim_totals(tt[0], None, tt[1], tt[2])})
        if y > bottom - 70:
            y = furniture()
        doc.line(36, y + 4, 576, y + 4, 1)
        aging = [("Current", M(due)), ("31-60 days", "0.00"), ("61-90 days", "0.00"), ("Over 90", "0.00"),
                 ("Amount due", M(due))]
        for i, (a, b) in enumerate(aging):
            doc.rect(36 + i * 108, y + 10, 108, 30, 0.4, fill=0.95 if i < 4 else 0.85)
            doc.text(36 + i * 108 + 54, y + 22, a, "B", 7.5, "c")
            doc.text(36 + i * 108 + 54, y + 34, b, "R", 8.5, "c")
        doc.text(36, y + 56, "Messages: Hanna's orthotic fitting is billed separately by the supplier. Ask us about a "
                 "no-interest payment plan.", "R", 7.5)
        return doc, lines, ctruth, []

    doc, lines, ctruth, legend = two_pass(build, out / name)
    pages = doc.save()
    write_truth(out / name, "m79i", "reportlab", pages, "therapy clinic family statement with detachable stub",
                lines, ctruth, legend)
    MARKS[name] = doc.marks


# ============================================================================= L10 hospital family statement (fpdf2)
def lay_hosp_stmt(out: Path):
    name = "m79j_larchmont_regional_statement.pdf"
    st = PlanState(ded_left=Decimal("150.00"), allowed_rate=Decimal("0.64"))
    accts = [
        dict(acct="HAR 7720058", pt="Jonah Marrow-Yoon", ins="Beacon Mutual", clm="BMH260129004452",
             svcs=[S(9, "92523", 1, ("GN",)), S(16, "92507", 1, ("GN",)), S(23, "92507", 1, ("GN",)),
                   S(23, "92526", 1, ("GN",))]),
        dict(acct="HAR 7720064", pt="Ada Marrow-Yoon", ins="Beacon Mutual", clm="BMH260129004460",
             svcs=[S(20, "97165", 1, ("GO",)), S(20, "97760", 2, ("GO",)), S(20, "L3807", 1, ("LT",))]),
        dict(acct="HAR 7720031", pt="Celestine Marrow-Yoon", ins="Beacon Mutual", clm="BMH260129004417",
             svcs=[S(5, "97163", 1, ("GP",)), S(5, "97110", 2, ("GP",)), S(5, "97140", 1, ("GP", "59")),
                   S(8, "97110", 3, ("GP",)), S(8, "97112", 1, ("GP",)), S(12, "97110", 2, ("GP", "KX")),
                   S(12, "97116", 2, ("GP",)), S(15, "97110", 2, ("GP",)), S(15, "G0283", 1, ("GP",)),
                   S(19, "97530", 2, ("GP",)), S(19, "97140", 1, ("GP",)), S(22, "97110", 3, ("GP",)),
                   S(22, "97535", 1, ("GP",)), S(26, "97110", 2, ("GP",))]),
    ]
    for a in accts:
        for s in a["svcs"]:
            commercial(s, st)
            s.desc = LONG_DESC.get(s.code, s.desc)
    M = lambda d: money(d, "$")  # noqa: E731

    def build(path, npages):
        doc = Doc("fpdf2", path, {"R": ttf("DejaVuSerif"), "B": ttf("DejaVuSerif-Bold")})
        lines, ctruth = [], []
        cols = [("dos", "Date", 50, "l"), ("desc", "Service", 176, "l"), ("code", "Code", 62, "l"),
                ("qty", "Units", 30, "r"), ("chg", "Charges", 62, "r")]
        g = Grid(doc, 30, cols, sz=7, hsz=7)
        allsv = [s for a in accts for s in a["svcs"]]
        due = total(allsv, "owes")

        def furniture():
            doc.new_page()
            doc.text(30, 40, "Larchmont Regional Health", "B", 14)
            doc.text(30, 52, "Outpatient Rehabilitation Services · 90 Harbor Bluff Road · Tessaly, ME 04987", "R", 7)
            doc.line(30, 60, 582, 60, 1.2)
            # right sidebar
            doc.rect(420, 70, 162, 690, 0.5, fill=0.94)
            sy = 86
            for t, f_ in [("Account summary", "B"), ("Guarantor: Lucien Marrow-Yoon", "R"),
                          ("Guarantor no. 88-410276", "R"), ("Statement date 02/09/2026", "R"), ("", "R"),
                          ("Total charges", "B"), (M(total(allsv, "billed")), "R"), ("Insurance paid", "B"),
                          (M(total(allsv, "paid")), "R"), ("Insurance adjustments", "B"),
                          (M(total(allsv, "billed") - total(allsv, "paid") - due), "R"),
                          ("Please pay this amount", "B"), (M(due), "B"), ("", "R"), ("Questions?", "B"),
                          ("Patient Financial Services", "R"), ("(555) 010-4482, Mon-Fri", "R"), ("", "R"),
                          ("Financial assistance", "B"), ("You may qualify for free or", "R"),
                          ("reduced-cost care. Ask us", "R"), ("for an application.", "R")]:
                doc.text(428, sy, t, f_, 7.5)
                sy += 11
            doc.text(30, 780, f"Larchmont Regional Health  ·  Page {doc.page} of {npages or '?'}", "R", 7)
            return 74

        y = furniture()
        doc.text(30, y + 10, "Statement for services to your family", "B", 10)
        doc.text(30, y + 22, "Lucien Marrow-Yoon · 15 Quarry Lane · Tessaly, ME 04988", "R", 7.5)
        y += 36
        doc.text(30, y + 4, "Your accounts at a glance", "B", 9)
        sg = Grid(doc, 30, [("a", "Hospital account", 86, "l"), ("p", "Patient", 120, "l"),
                            ("d", "Visits", 96, "l"), ("b", "Balance", 78, "r")], sz=7.5)
        y = sg.header(y + 8, fill=0.9)
        for a in accts:
            ds = sorted({s.dos for s in a["svcs"]})
            sg.row(y + 10, {"a": a["acct"], "p": a["pt"], "d": f"{dfmt(ds[0], 'mdy2')} - {dfmt(ds[-1], 'mdy2')}",
                            "b": M(total(a["svcs"], "owes"))})
            y += 12
        doc.line(30, y + 3, 410, y + 3, 0.5)
        y += 16
        bottom = 760
        for a in accts:
            sv = a["svcs"]
            if y > bottom - 90:
                y = furniture()
            doc.rect(30, y, 380, 26, 0.5)
            doc.text(34, y + 10, f"Patient: {a['pt']}", "B", 8)
            doc.text(34, y + 21, f"Hospital account {a['acct']}   Insurance: {a['ins']}, claim no. {a['clm']}", "R", 6.5)
            y = g.header(y + 28)
            for s in sv:
                dl = doc.wrap(s.desc, 170, "R", 7)
                rh = 3 + 9 * len(dl)
                if y + rh > bottom:
                    y = furniture()
                c = {"dos": dfmt(s.dos, "mdy2"), "desc": dl, "code": " ".join((s.code,) + s.mods),
                     "qty": units_str(s.units), "chg": M(s.billed)}
                g.row(y + 8, c, lead=9)
                it = items(c, {"dos": ("service_date", "date:%m/%d/%y"), "code": ("code", "code"),
                               "qty": ("units", "units"), "chg": ("billed", "money")})
                if s.mods:
                    it.append(("mods", c["code"], "mods"))
                lines.append(truth_line(doc.page, s, claim_id=a["acct"], payer_claim_id=a["clm"], patient=a["pt"],
                                        printed=("billed",)))
                doc.mark(len(lines) - 1, y + 1, y + rh, it)
                y += rh
            tb, tp, to = total(sv, "billed"), total(sv, "paid"), total(sv, "owes")
            if y + 50 > bottom:
                y = furniture()
            doc.line(30, y + 2, 410, y + 2, 0.5)
            for i, (lab, val) in enumerate([("Total charges", M(tb)), (f"{a['ins']} payment", M(-tp)),
                                            (f"{a['ins']} contractual adjustment", M(-(tb - tp - to))),
                                            ("Amount you owe for this account", M(to))]):
                doc.text(120, y + 12 + i * 10, lab, "B" if i == 3 else "R", 7.5)
                doc.text(408, y + 12 + i * 10, val, "B" if i == 3 else "R", 7.5, "r")
            y += 56
            ctruth.append({"claim_id": a["acct"], "payer_claim_id": a["clm"], "patient": a["pt"],
                           "totals": claim_totals(tb, None, tp, to)})
        if y > bottom - 60:
            y = furniture()
        doc.text(30, y + 6, "Important messages", "B", 9)
        for i, t in enumerate(["Charges are listed in the order services were given. Your insurer's payments and "
                               "adjustments", "are shown once for each hospital account. If your insurance has "
                               "changed, please call us.", "Payment is due 30 days from the statement date."]):
            doc.text(30, y + 18 + i * 10, t, "R", 7.5)
        return doc, lines, ctruth, []

    doc, lines, ctruth, legend = two_pass(build, out / name)
    pages = doc.save()
    write_truth(out / name, "m79j", "fpdf2", pages, "hospital outpatient family statement with sidebar",
                lines, ctruth, legend)
    MARKS[name] = doc.marks


LAYOUTS = [lay_m1, lay_m2, lay_msn, lay_ma, lay_mcd_mono, lay_mcd_box, lay_spr, lay_pm, lay_clinic_stmt,
           lay_hosp_stmt]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout79_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for lay in LAYOUTS:
        lay(out)
    print(out)
    if "--check" in argv:
        bad = 0
        for name, marks in MARKS.items():
            t = json.loads((out / (name + ".truth.json")).read_text())
            errs = check_one(out / name, t, marks)
            for e in errs[:25]:
                print("  FAIL", e)
            bad += len(errs)
            print(f"{name}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims, "
                  f"{len(t['expected_findings'])} expected findings: {'ok' if not errs else f'{len(errs)} problems'}")
        print("CHECK", "PASSED" if not bad else f"FAILED ({bad})")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
