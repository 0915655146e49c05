"""Write held-out set 191 of synthetic PDF EOB layouts (with truth files) into a folder: ten everyday documents,
two of each of the five commonest real kinds, for one honest measurement of the PDF reader. Written without
looking at the reader, its tests, docs or accuracy output.

Run:  python bench/heldout191/make_heldout191_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout191/make_heldout191_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness). h191kit.py (same folder) records drawing operations per
page and emits them through reportlab or fpdf2, and groups pdfplumber words into text lines for the check.
Plan arithmetic, formats and the truth writer come from samples/pdf/eobgen.py (imported); a few codes it lacks
(97533, 97162, 29125, 97018, G0151) are added in memory with invented prices.

Truth format: the one of samples/pdf (eobgen.write_truth / truth_line, <name>.pdf.truth.json), printed values
only, null for what a layout does not print (units null where no quantity is printed; modifiers [] where none
are printed). claim_id = the provider's own account / patient-control / visit number (null on the MSN and the
Medicare Advantage EOB, which print none), payer_claim_id = the payer's claim number / ICN / TCN / claim control
number, patient = the person served exactly as printed. Adjustments are recorded only where a group + reason code
is printed on the line with its amount; a statement's uncoded "Insurance Adjustment" column is recorded as
"discount". remarks = the note / remark / EOB codes printed on the line. Claim totals are the printed totals
(null where a layout prints none for that field). Every name, number, payer, provider, address and ID is
invented; descriptions are our own words.

Layouts:
  a1  commercial member EOB for a family (3 members), portrait Liberation Sans (reportlab): grey claim bands
      "Patient (relationship) / Provider / Claim Number / Patient Account", "Date of Service / Service
      Description / Service Code / Amount Billed / Network Discount / Amount Allowed / Not Covered / Deductible /
      Copay / Coinsurance / Plan Paid / Your Responsibility / Remark Code", "97535 GO 59", no units, "01/05/26",
      denied lines, a claim continued onto page 2 under a repeated header, remark legend
  a2  commercial HMO member EOB, landscape DejaVu Serif with a grey left sidebar (fpdf2): "Claim No. - patient -
      provider" headings with "Provider Ref No.", Procedure / Mod / Qty columns, "Charges / Plan Discount / Plan
      Allowance / Paid by Plan / Deductible / Co-pay / Co-ins / Not Covered / Member Owes / Code", no $ signs,
      per-visit copay, an excluded service owed in full, 3 family members; PLANTED claim-total mismatch
  b1  Medicare Summary Notice Part B, portrait core Times (reportlab): summary page 1, claims from page 2 under
      provider headings, three-line service cell "Jan 5, 2026 / description, / 2 units (97110-GP-CQ)", "Did
      Medicare Approve?", Maximum You May Be Billed, note letters, a 17-service claim continued onto page 3
  b2  Medicare Advantage PPO member EOB, portrait Liberation Sans Narrow, ruled grid (fpdf2): "Date of service /
      Service you received / Code / Provider charged / Plan's approved amount / Plan's share / Your share / See
      note", "1/6/2026", visit copays, a denied orthosis, out-of-pocket box
  c1  state Medicaid remittance advice, mainframe print, landscape core Courier (fpdf2): PAID / ADJUSTED CLAIMS
      sections, "RECIP: ... RECIP ID ... PAT ACCT ... ICN" claim lines, LN / FROM-DOS / TO-DOS (MMDDYY) / PROC /
      M1 / M2 / UNITS "2.00", trailing-minus reversal and its replacement, 4-digit EOB codes, a claim that
      continues onto page 2 with "*CONT*" and repeated heads
  c2  state Medicaid provider-portal remittance advice, portrait DejaVu Sans (reportlab): boxed claim blocks
      "TCN / Member / Medicaid ID / Patient Account No / Claim Status", Adj Grp/Rsn "CO/45" and Adj Amount
      columns, RARC remarks, a denied line and a fully denied claim
  d1  clearinghouse reprint of a Medicare Part B standard paper remit, portrait core Courier (reportlab):
      "NAME / MID / ACNT / ICN / ASG / MOA" claim lines, PERF PROV / SERV DATE "0105 010526" / POS / NOS / PROC /
      MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT (stacked "CO-45 ..." "PR-2 ..." "CO-253 ...") / PROV
      PD, CLAIM TOTALS and PT RESP lines, a 22-service claim running onto page 2 under the page heading
  d2  practice-management "ERA Detail Report", landscape DejaVu Sans Condensed grid (fpdf2): shaded claim band
      "Patient / Acct# / Payer Claim Control # / Status", DOS / Proc / Mod "GP,CQ" / Units / Description / Charged /
      Allowed / Deductible / Coins / Adj Codes (stacked "CO45 $..") / Pt Resp / Paid / Remark
  e1  pediatric therapy clinic family statement with a payment stub, portrait Liberation Serif (fpdf2): visit
      heading rows "Visit V-... - billed to <insurer>, claim ..." per child (3 children), Date / Patient (first
      name) / Code "97533-GO" / wrapped Description / Charges / Insurance Paid / Insurance Adjustment / Amount
      You Owe, visit totals, page 2 WITHOUT a repeated column header
  e2  hospital outpatient-rehab guarantor statement, portrait DejaVu Sans with a grey right sidebar (reportlab):
      accounts per family member (3), Date / Rev / CPT/HCPCS "97140 GP 59" / Description / Qty / Charges,
      account summary rows (insurer payment with its claim number, contractual adjustment, account balance);
      only charges are printed per line

The self-check (--check) tests the factory, not the reader: page counts; for every truth line its date, code,
each modifier, units, every printed amount, each adjustment (group+reason and amount) and each remark appear on
that service's own text lines (pdfplumber words grouped by baseline, at the rows the drawing layer recorded);
claim ids and patients appear in the document's text; billed - adjustments = paid where a layout prints every
adjustment; every printed claim total is in the text and equals the sum of its lines unless it is the planted
mismatch declared as an expected finding."""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen as G  # noqa: E402
from eobgen import ZERO, PlanState, Svc, dfmt, money, q, truth_line, units_str, write_truth  # noqa: E402
from h191kit import Doc, has, page_lines, row_text  # noqa: E402

# Codes the shared fee schedule lacks (invented prices, our own words).
for _c, _fee, _sch, _d in (("97533", "90.00", "34.10", "Sensory integration activities"),
                           ("97162", "235.00", "101.12", "PT evaluation, moderate complexity"),
                           ("29125", "140.00", "52.77", "Forearm splint application, static"),
                           ("97018", "30.00", "4.98", "Paraffin bath"),
                           ("G0151", "180.00", "61.40", "Home health physical therapy visit")):
    G.FEE[_c], G.SCHED[_c], G.DESC[_c] = _fee, _sch, _d


def D(y, m, d):
    return date(y, m, d)


def svc(dos, code, units, mods=(), denied=None, desc=""):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), desc=desc, denied=denied)


# ------------------------------------------------------------------------------------------- engine

class Layout:
    """One document: furniture, claim heading, columns, formats; claims is a list of dicts."""

    name = ""
    producer = "reportlab"
    land = False
    font, bold, size = "Helv", "Helv-B", 8.0
    lead = None
    printed: tuple = ()
    units = True
    mods = True
    adjust = False  # group/reason codes printed per line (recorded and arithmetic-checked)
    remarks = False
    desc = True
    repeat_header = True
    cont_label = "{head} (continued)"
    totals_row = True
    totals_fields: tuple = ("billed", "paid")
    rules = None
    page_of = None
    bottom = 50
    findings: list = []
    legend: list = []
    description = ""

    def M(self, d):
        return money(d, "$")

    def Dt(self, d):
        return dfmt(d, "mdy4")

    def U(self, u):
        return units_str(u)

    # to override
    def furniture(self, doc): ...
    def claim_head(self, doc, c, cont=False): ...
    def columns(self): return []
    def header(self, doc): ...
    def cells(self, s, c): return []
    def totals_cells(self, c, tot): return []
    def after_claim(self, doc, c): ...
    def before_claims(self, doc): ...
    def end(self, doc): ...

    def cols(self):
        out, x = [], self.x0
        for h, w, al, wr in self.columns():
            out.append((x, w, al, wr))
            x += w
        return out

    def build(self, out: Path):
        doc = Doc(self.land, self.bottom)
        self.doc = doc
        self.cur = None

        def onp(d):
            self.furniture(d)
            if self.cur is not None and self.in_table:
                if self.cont_label:
                    self.claim_head(d, self.cur, cont=True)
                if self.repeat_header:
                    self.header(d)
        doc.on_page = onp
        self.in_table = False
        doc.new_page()
        self.before_claims(doc)
        lines, claims = [], []
        cols = self.cols()
        for c in self.claims:
            self.cur = c
            self.in_table = False
            doc.need(60)
            self.claim_head(doc, c)
            self.header(doc)
            self.in_table = True
            for s in c["svcs"]:
                ys = doc.row(cols, self.cells(s, c), self.font, self.size, self.lead, key=len(lines),
                             rules=self.rules)
                pg = doc.rows[-1]["page"]
                lines.append(self.truth(pg, s, c))
            self.in_table = False
            tot = {k: sum((getattr(s, G._ATTR.get(k, k)) for s in c["svcs"]), ZERO) for k in self.totals_fields}
            tot.update(c.get("printed_total", {}))
            if self.totals_row:
                doc.row(cols, self.totals_cells(c, tot), self.bold, self.size, self.lead, rules=self.rules)
            self.after_claim(doc, c)
            cl = {"claim_id": c.get("cid"), "payer_claim_id": c.get("pcn"), "patient": c.get("patient"),
                  "totals": {k: (str(q(tot[k])) if (self.totals_row and k in tot) else None)
                             for k in ("billed", "allowed", "paid", "patient_owes")}}
            claims.append(cl)
        self.cur = None
        self.end(doc)
        pdf = out / (self.name + ".pdf")
        if self.producer == "reportlab":
            doc.save_rl(pdf, self.page_of)
        else:
            doc.save_fp(pdf, self.page_of, G.FIXED_WHEN)
        write_truth(pdf, self.name, self.producer, len(doc.pages), self.description, lines, claims,
                    self.legend, self.findings)
        return pdf

    def truth(self, page, s, c):
        return truth_line(page, s, claim_id=c.get("cid"), payer_claim_id=c.get("pcn"), patient=c.get("patient"),
                          printed=self.printed, units=self.units, modifiers=self.mods,
                          adjustments=[list(a) for a in s.adjs] if self.adjust else [],
                          remarks=s.remarks if self.remarks else [], description=self.desc)

    # ---- check
    def check(self, pdf: Path) -> list[str]:
        errs = []
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        pl = page_lines(pdf)
        if len(pl) != t["pages"] or len(pl) != len(self.doc.pages):
            errs.append(f"page count {len(pl)} vs {t['pages']}")
        alltext = "\n".join(x for p in pl for _m, x in p)
        for i, (ln, r) in enumerate(zip(t["lines"], self.doc.rows)):
            assert r["key"] == i
            rt = row_text(pl, r["page"], r["ys"], r["size"])
            if ln["page"] != r["page"]:
                errs.append(f"line {i} page")
            need = [ln["code"], *ln["modifiers"], *ln["remarks"]]
            need.append(self.Dt(date.fromisoformat(ln["service_date"])))
            if ln["units"] is not None:
                need.append(self.U(Decimal(ln["units"])))
            for k in G.AMOUNT_KEYS:
                if ln[k] is not None:
                    need.append(self.M(Decimal(ln[k])))
            for g, rc, a in ln["adjustments"]:
                need += [self.M(Decimal(a))] if a is not None else []
                if not any(has(rt, v) for v in (g + rc, f"{g}-{rc}", f"{g}/{rc}", f"{g} {rc}")):
                    errs.append(f"line {i}: adjustment {g} {rc} not on its row: {rt!r}")
            for v in need:
                if not has(rt, v):
                    errs.append(f"line {i}: {v!r} not on its row: {rt!r}")
            if self.adjust and ln["billed"] is not None and ln["paid"] is not None:
                if q(Decimal(ln["billed"]) - sum(Decimal(a[2]) for a in ln["adjustments"])) != q(Decimal(ln["paid"])):
                    errs.append(f"line {i}: billed - adjustments != paid")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in alltext:
                    errs.append(f"line {i}: {k} {ln[k]!r} not in text")
        planted = "\n".join(t["expected_findings"])
        for c in t["claims"]:
            mine = [ln for ln in t["lines"] if ln["claim_id"] == c["claim_id"] and ln["payer_claim_id"] ==
                    c["payer_claim_id"] and ln["patient"] == c["patient"]]
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if self.M(Decimal(v)) not in alltext:
                    errs.append(f"claim total {k} {v} not printed")
                s = q(sum(Decimal(ln[k]) for ln in mine if ln[k] is not None))
                if s != Decimal(v):
                    tag = f"claim-total-mismatch claim {c['payer_claim_id'] or c['claim_id']}"
                    if tag not in planted:
                        errs.append(f"claim {c['claim_id']}/{c['payer_claim_id']} {k}: lines {s} vs total {v}")
        for f in t["expected_findings"]:
            if "claim-total-mismatch" in f and not any(
                    f"claim {c['payer_claim_id'] or c['claim_id']}:" in f for c in t["claims"]):
                errs.append(f"planted finding names no claim: {f}")
        return errs


def hline(doc, x0, x1, y, w=0.5, g=0.0):
    doc.line(x0, y, x1, y, w, g)


def std_header(lay, doc, heads, font=None, size=None, shade=None, rule="below", lead=None):
    """Column heads (\\n = second line) at doc.y; grey band or rules."""
    font = font or lay.bold
    size = size or lay.size
    lead = lead or size * 1.15
    cols = lay.cols()
    n = max(h.count("\n") + 1 for h in heads)
    h = n * lead + 4
    doc.need(h + 14)
    top = doc.y
    x0, x1 = cols[0][0], cols[-1][0] + cols[-1][1]
    if shade is not None:
        doc.rect(x0, top, x1 - x0, h, fill=shade, stroke=(rule == "box"))
    for (x, w, al, _wr), hd in zip(cols, heads):
        parts = hd.split("\n")
        for i, ptxt in enumerate(parts):
            yy = top + lead * (i + 1 + n - len(parts))
            if al == "R":
                doc.text(x + w - 2, yy, ptxt, font, size, "R")
            elif al == "C":
                doc.text(x + w / 2, yy, ptxt, font, size, "C")
            else:
                doc.text(x + 2, yy, ptxt, font, size)
    doc.y = top + h
    if rule in ("below", "both"):
        doc.line(x0, doc.y, x1, doc.y, 0.6)
    if rule == "both":
        doc.line(x0, top, x1, top, 0.6)
    if rule == "grid":
        doc.rect(x0, top, x1 - x0, h)
        for x, w, _a, _w in cols[1:]:
            doc.line(x, top, x, top + h, 0.4)


def plan(svcs, fn, st=None, **kw):
    for s in svcs:
        if fn is G.medicaid:
            fn(s, **kw)
        else:
            fn(s, st, **kw)
    return svcs


def codemods(s, sep=" ", join=" "):
    return s.code + (sep + join.join(s.mods) if s.mods else "")


# ============================================================== A1 commercial member EOB (reportlab)
class A1(Layout):
    name = "h191_a1_commercial_family_eob"
    description = "commercial member EOB for a family, portrait Liberation Sans, boxed claim bands"
    producer = "reportlab"
    font, bold, size = "LibSans", "LibSans-B", 6.9
    x0 = 30
    printed = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
               "patient_owes")
    units = False
    remarks = True
    totals_fields = ("billed", "allowed", "paid", "patient_owes")
    rules = "under"
    page_of = (582, 770, "Page {i} of {n}", "LibSans", 7, "R")
    legend = [("A", "Your plan's network rate is lower than the billed charge; you do not owe the difference."),
              ("B", "This amount counts toward your calendar-year deductible."),
              ("C", "Your plan does not cover this service under your benefit booklet; see Section 6."),
              ("D", "Benefit limit for therapy visits applies; visits used are shown on your plan summary.")]

    def Dt(self, d):
        return dfmt(d, "mdy2")

    def columns(self):
        return [("Date of\nService", 40, "L", 0), ("Service Description", 84, "L", 1), ("Service\nCode", 50, "L", 0),
                ("Amount\nBilled", 37, "R", 0), ("Network\nDiscount", 37, "R", 0), ("Amount\nAllowed", 37, "R", 0),
                ("Not\nCovered", 35, "R", 0), ("Deductible", 38, "R", 0), ("Copay", 33, "R", 0),
                ("Co-\ninsurance", 40, "R", 0), ("Plan\nPaid", 37, "R", 0), ("Your\nResponsibility", 48, "R", 0),
                ("Remark\nCode", 26, "C", 0)]

    def furniture(self, doc):
        doc.text(30, 42, "TRILLIUM VALLEY HEALTH PLAN", "LibSans-B", 14)
        doc.text(30, 54, "PO Box 4471  Harlan Ridge, OR 97390-4471  |  Member Services 1-855-014-3290 (TTY 711)",
                 "LibSans", 7.5)
        doc.text(582, 42, "EXPLANATION OF BENEFITS", "LibSans-B", 11, "R")
        doc.text(582, 54, "THIS IS NOT A BILL", "LibSans-B", 8, "R")
        doc.line(30, 60, 582, 60, 1.2)
        doc.text(30, 770, "Keep this statement for your records. Questions about a claim? Call the number above or "
                 "visit the member site.", "LibSans", 6.5, gray=0.3)
        doc.y = 70
        if doc.pno == 1:
            doc.rect(30, 68, 270, 64, fill=0.93, stroke=False)
            for i, t in enumerate(["Subscriber: MARCUS T OYELARAN", "Member ID: TVH-208-44-1905",
                                   "Group: 0073316  Lanefield Tool & Die Employee Plan", "Statement date: 01/30/26",
                                   "Claims processed 01/12/26 through 01/29/26"]):
                doc.text(36, 80 + i * 11, t, "LibSans", 7.5)
            doc.text(312, 80, "MARCUS T OYELARAN", "LibSans", 9)
            doc.text(312, 92, "1187 SUMMIT CREST DR", "LibSans", 9)
            doc.text(312, 104, "HARLAN RIDGE OR 97391-2207", "LibSans", 9)
            doc.y = 146
            doc.text(30, doc.y, "Your Claim Details", "LibSans-B", 10)
            doc.y += 6

    def claim_head(self, doc, c, cont=False):
        doc.y += 6
        top = doc.y
        doc.rect(30, top, 552, 24, fill=0.85, stroke=False)
        who = f"Patient: {c['patient']}  ({c['rel']})"
        doc.text(34, top + 10, who + ("   - claim continued" if cont else ""), "LibSans-B", 7.6)
        doc.text(34, top + 20, f"Provider: {c['prov']}", "LibSans", 7.2)
        doc.text(578, top + 10, f"Claim Number: {c['pcn']}", "LibSans-B", 7.6, "R")
        doc.text(578, top + 20, f"Patient Account: {c['cid']}   Received {c['recv']}", "LibSans", 7.2, "R")
        doc.y = top + 26

    def header(self, doc):
        std_header(self, doc, [h for h, *_ in self.columns()], size=6.6, rule="below")

    def cells(self, s, c):
        M = self.M
        return [self.Dt(s.dos), s.desc, codemods(s), M(s.billed), M(s.discount), M(s.allowed), M(s.not_covered),
                M(s.deductible), M(s.copay), M(s.coinsurance), M(s.paid), M(s.owes), " ".join(s.remarks)]

    def totals_cells(self, c, t):
        M = self.M
        return ["", "Claim Totals", "", M(t["billed"]), "", M(t["allowed"]), "", "", "", "", M(t["paid"]),
                M(t["patient_owes"]), ""]

    def end(self, doc):
        doc.y += 14
        doc.need(70)
        doc.text(30, doc.y, "Remark Codes", "LibSans-B", 8.5)
        for k, v in self.legend:
            doc.y += 10
            doc.text(30, doc.y, f"{k}  {v}", "LibSans", 7)

    def __init__(self):
        st = PlanState(ded_left=q("150"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
        st.copay_codes = {"99213": q("35")}
        ada1 = plan([svc(D(2026, 1, 5), "97166", 1, ("GO",)), svc(D(2026, 1, 5), "97530", 2, ("GO",))],
                    G.commercial, st)
        ada2 = []
        for d in (7, 9, 12, 14, 16, 19, 21):
            ada2 += [svc(D(2026, 1, d), "97530", 2, ("GO",)), svc(D(2026, 1, d), "97535", 1, ("GO", "59"))]
        ada2.append(svc(D(2026, 1, 21), "97533", 1, ("GO",), denied="PR"))
        plan(ada2, G.commercial, st)
        tob = plan([svc(D(2026, 1, 8), "97161", 1, ("GP",)), svc(D(2026, 1, 8), "97110", 3, ("GP",)),
                    svc(D(2026, 1, 8), "97018", 1, ("GP",), denied="PR")], G.commercial, st)
        mar = plan([svc(D(2026, 1, 13), "99213", 1), svc(D(2026, 1, 13), "29125", 1, ("RT",))], G.commercial, st)
        for grp in (ada1, ada2, tob, mar):
            for s in grp:
                s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
        ada2[-3].remarks.append("D")
        prov = "Cedar Hollow Pediatric Therapy"
        self.claims = [
            dict(patient="ADA OYELARAN", rel="Daughter", cid="CHP-770142", pcn="E2601-0093-4471", prov=prov,
                 recv="01/12/26", svcs=ada1),
            dict(patient="ADA OYELARAN", rel="Daughter", cid="CHP-770518", pcn="E2601-0107-2290", prov=prov,
                 recv="01/23/26", svcs=ada2),
            dict(patient="TOBIAS OYELARAN", rel="Son", cid="58831-02", pcn="E2601-0098-6105",
                 prov="Brightwater Physical Therapy", recv="01/14/26", svcs=tob),
            dict(patient="MARCUS T OYELARAN", rel="Self", cid="MV0091377", pcn="E2601-0111-0336",
                 prov="Harlan Ridge Orthopedic Associates", recv="01/20/26", svcs=mar)]


# ============================================================== A2 commercial member EOB (fpdf2, landscape)
class A2(Layout):
    name = "h191_a2_commercial_sidebar_eob"
    description = "commercial HMO member EOB, landscape DejaVu Serif with a left sidebar, planted total mismatch"
    producer = "fpdf2"
    land = True
    font, bold, size = "DjSerif", "DjSerif-B", 6.8
    x0 = 190
    printed = ("billed", "discount", "allowed", "paid", "deductible", "copay", "coinsurance", "not_covered",
               "patient_owes")
    remarks = True
    totals_fields = ("billed", "paid", "patient_owes")
    rules = None
    repeat_header = True
    legend = [("N1", "Charge is above the amount agreed with your in-network provider."),
              ("N7", "Member cost share applied per your plan's schedule of benefits."),
              ("X3", "Service is excluded from coverage; the member is responsible.")]

    def M(self, d):
        return money(d, ",")

    def columns(self):
        return [("Date(s)", 38, "L", 0), ("Procedure", 46, "L", 0), ("Mod", 34, "L", 0), ("Qty", 20, "R", 0),
                ("Charges", 42, "R", 0), ("Plan\nDiscount", 40, "R", 0), ("Plan\nAllowance", 42, "R", 0),
                ("Paid by\nPlan", 42, "R", 0), ("Deductible", 44, "R", 0), ("Co-pay", 36, "R", 0),
                ("Co-ins", 38, "R", 0), ("Not\nCovered", 40, "R", 0), ("Member\nOwes", 44, "R", 0),
                ("Code", 34, "C", 0)]

    def Dt(self, d):
        return dfmt(d, "mdy2")

    def furniture(self, doc):
        doc.rect(0, 0, 176, doc.H, fill=0.9, stroke=False)
        doc.text(16, 40, "Northgate", "DjSerif-B", 16)
        doc.text(16, 56, "Health Partners HMO", "DjSerif", 10)
        side = ["Statement of Benefits", "", "Prepared for:", "LUCIA FERREIRA-BANKS", "Member no. NHP 55190-2",
                "Plan: Northgate Access HMO 20", "", "Period: 01/01/26 - 01/31/26", "Issued: 02/03/26", "",
                "Family deductible", "  Met so far: 250.00 of 1,500.00", "Family out-of-pocket",
                "  Met so far: 611.40 of 6,000.00", "", "Questions? 1-877-400-1822", "Mon-Fri 8 a.m.-7 p.m.",
                "", "This is not a bill."]
        for i, t in enumerate(side):
            doc.text(16, 84 + i * 12, t, "DjSerif-B" if t.endswith(":") or t.startswith("Statement") else "DjSerif",
                     7.6)
        doc.text(760, 40, "Explanation of Benefits", "DjSerif-B", 13, "R")
        doc.text(760, 52, f"Sheet {doc.pno}", "DjSerif", 7.5, "R")
        doc.line(190, 60, 760, 60, 0.8)
        doc.text(190, 590, "Northgate Health Partners, 600 Foundry Row, Delmont, MN 55472. Keep for your tax "
                 "and flexible-spending records.", "DjSerif", 6.3)
        doc.y = 66

    def claim_head(self, doc, c, cont=False):
        doc.y += 12
        t = f"Claim No. {c['pcn']}  -  {c['patient']}  -  {c['prov']}"
        if cont:
            t += "  (continued from previous sheet)"
        doc.text(190, doc.y, t, "DjSerif-B", 8)
        doc.y += 10
        doc.text(190, doc.y, f"Provider Ref No. {c['cid']}     Processed {c['proc']}     Network: {c['net']}",
                 "DjSerif", 7.2)
        doc.y += 2

    def header(self, doc):
        std_header(self, doc, [h for h, *_ in self.columns()], size=6.6, shade=0.8, rule="none")

    def cells(self, s, c):
        M = self.M
        return [self.Dt(s.dos), s.code, " ".join(s.mods), self.U(s.units), M(s.billed), M(s.discount),
                M(s.allowed), M(s.paid), M(s.deductible), M(s.copay), M(s.coinsurance), M(s.not_covered),
                M(s.owes), " ".join(s.remarks)]

    def totals_cells(self, c, t):
        M = self.M
        return ["Total", "", "", "", M(t["billed"]), "", "", M(t["paid"]), "", "", "", "", M(t["patient_owes"]),
                ""]

    def after_claim(self, doc, c):
        doc.line(190, doc.y + 2, 760, doc.y + 2, 0.3)

    def __init__(self):
        st = PlanState(ded_left=q("100"), allowed_rate=Decimal("0.74"), visit_copay=q("25"))
        kids = {"NOAH FERREIRA-BANKS": [], "INES FERREIRA-BANKS": [], "LUCIA FERREIRA-BANKS": []}
        n1 = plan([svc(D(2026, 1, 6), "92523", 1, ("GN",)), svc(D(2026, 1, 13), "92507", 1, ("GN",)),
                   svc(D(2026, 1, 20), "92507", 1, ("GN",)), svc(D(2026, 1, 27), "92507", 1, ("GN",))],
                  G.commercial, st)
        i1 = plan([svc(D(2026, 1, 7), "97165", 1, ("GO",)), svc(D(2026, 1, 7), "97533", 2, ("GO",)),
                   svc(D(2026, 1, 14), "97533", 2, ("GO",)), svc(D(2026, 1, 14), "97112", 1, ("GO", "59")),
                   svc(D(2026, 1, 21), "0552T", 1, (), denied="PR")], G.commercial, st, deny_reason="96")
        l1 = plan([svc(D(2026, 1, 9), "97140", 2, ("GP",)), svc(D(2026, 1, 9), "97110", 2, ("GP", "KX")),
                   svc(D(2026, 1, 16), "97140", 2, ("GP",)), svc(D(2026, 1, 16), "97110", 2, ("GP", "KX")),
                   svc(D(2026, 1, 23), "97140", 1, ("GP",)), svc(D(2026, 1, 23), "97110", 3, ("GP", "KX"))],
                  G.commercial, st)
        for grp in (n1, i1, l1):
            for s in grp:
                s.remarks = ["X3"] if s.denied else (["N1", "N7"] if s.owes else ["N1"])
        del kids
        self.claims = [
            dict(patient="NOAH FERREIRA-BANKS", cid="ST-30418", pcn="NHP26-0114-8830", prov="Wren & Finch Speech Clinic",
                 proc="01/29/26", net="In-network", svcs=n1),
            dict(patient="INES FERREIRA-BANKS", cid="TK88120-1", pcn="NHP26-0117-0452",
                 prov="Lakeshore Sensory Therapy Group", proc="01/30/26", net="In-network", svcs=i1),
            dict(patient="LUCIA FERREIRA-BANKS", cid="DPT-441906", pcn="NHP26-0121-7719",
                 prov="Delmont Spine & Joint PT", proc="01/31/26", net="In-network", svcs=l1)]
        wrong = sum((s.owes for s in i1), ZERO) + q("10.00")
        self.claims[1]["printed_total"] = {"patient_owes": wrong}
        self.findings = [f"claim-total-mismatch claim NHP26-0117-0452: printed Member Owes total "
                         f"{q(wrong)} but the lines add up to {q(wrong - q('10.00'))}"]


# ============================================================== B1 Medicare Summary Notice (reportlab, Times)
class B1(Layout):
    name = "h191_b1_medicare_summary_notice"
    description = "Medicare Summary Notice Part B, portrait core Times, summary page then claims"
    producer = "reportlab"
    font, bold, size = "Times", "Times-B", 8.6
    lead = 10.2
    x0 = 40
    printed = ("billed", "allowed", "paid", "patient_owes")
    mods = True
    remarks = True
    totals_fields = ("billed", "allowed", "paid", "patient_owes")
    rules = "under"
    page_of = (572, 762, "Page {i} of {n}", "Times", 8, "R")
    legend = [("A", "The amount Medicare approved is based on the fee schedule for your area."),
              ("B", "Your yearly Part B deductible was applied to part of this service."),
              ("C", "Medicare does not cover this item when it is provided this way. You may be billed."),
              ("D", "A 2% federal payment reduction was taken from the amount Medicare paid.")]

    def Dt(self, d):
        return dfmt(d, "mon")

    def U(self, u):
        return units_str(u)

    def columns(self):
        return [("Service Provided &\nBilling Code", 168, "L", 0), ("Did Medicare\nApprove?", 56, "C", 0),
                ("Amount the\nProvider Charged", 70, "R", 0), ("Medicare-\nApproved Amount", 72, "R", 0),
                ("Amount\nMedicare Paid", 64, "R", 0), ("Maximum You\nMay Be Billed", 70, "R", 0),
                ("See\nNotes", 32, "C", 0)]

    def furniture(self, doc):
        doc.text(40, 42, "Medicare Summary Notice for Part B (Medical Insurance)", "Times-B", 13)
        doc.text(40, 56, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid "
                 "Services", "Times", 8.5)
        doc.line(40, 62, 572, 62, 1)
        doc.text(40, 762, "THIS IS NOT A BILL  |  " + "HAZEL M. QUARTERMAINE  |  Medicare Number 7WQ2-JK4-MT83",
                 "Times", 8)
        doc.y = 74

    def before_claims(self, doc):
        y = 80
        doc.rect(40, y, 250, 120, fill=None)
        for i, t in enumerate(["HAZEL M. QUARTERMAINE", "42 TALLOW CREEK RD APT 3", "OSWEGATCHIE FALLS, NY 13691",
                               "", "Medicare Number: 7WQ2-JK4-MT83", "Date of This Notice: February 4, 2026",
                               "Claims and Services Processed", "Between November 4, 2025 - February 1, 2026"]):
            doc.text(46, y + 14 + i * 13, t, "Times-B" if i in (0, 6) else "Times", 9)
        doc.rect(310, y, 262, 120, fill=0.92)
        doc.text(318, y + 16, "Your Deductible Status", "Times-B", 10)
        doc.paragraph(318, "", "Times", 9, 240)
        for i, t in enumerate(["You have now met $141.40 of your $283.00 Part B", "deductible for 2026.", "",
                               "Total You May Be Billed: see each claim below.", "",
                               "Did Medicare approve all services? NO", "Number of providers: 2"]):
            doc.text(318, y + 32 + i * 12, t, "Times", 9)
        doc.y = y + 140
        doc.paragraph(40, "Be informed: Only pay the amount shown in the Maximum You May Be Billed column. If "
                      "you have supplemental insurance, it may pay some or all of that amount. Report "
                      "suspected fraud by calling 1-800-MEDICARE.", "Times", 9, 530)
        doc.y += 8
        doc.text(40, doc.y + 10, "Your Claims for Part B (Medical Insurance)", "Times-B", 11)
        doc.y += 16
        doc.paragraph(40, "Part B helps pay for outpatient therapy, doctor visits and supplies. The notes in the "
                      "last column are explained at the end of this notice.", "Times", 9, 530)
        doc.new_page()

    def claim_head(self, doc, c, cont=False):
        doc.y += 12
        if cont:
            doc.text(40, doc.y, f"{c['prov_name']} - claim {c['pcn']} (continued)", "Times-B", 9.5)
            doc.y += 4
            return
        doc.text(40, doc.y, f"{c['prov_name']}, {c['prov_addr']}", "Times-B", 9.5)
        doc.y += 11
        doc.text(40, doc.y, f"Referred by: {c['ref']}   Claim number {c['pcn']}", "Times", 9)
        doc.y += 4

    def header(self, doc):
        std_header(self, doc, [h for h, *_ in self.columns()], size=7.8, shade=0.88, rule="both")

    def cells(self, s, c):
        M = self.M
        u = self.U(s.units)
        desc = [self.Dt(s.dos), f"{s.desc},", f"{u} unit{'s' if s.units != 1 else ''} ({codemods(s, '-', '-')})"]
        return [desc, "No" if s.denied else "Yes", M(s.billed), M(s.allowed), M(s.paid), M(s.owes),
                ", ".join(s.remarks)]

    def totals_cells(self, c, t):
        M = self.M
        return ["Total for this claim", "", M(t["billed"]), M(t["allowed"]), M(t["paid"]),
                M(t["patient_owes"]), ""]

    def end(self, doc):
        doc.y += 16
        doc.need(80)
        doc.text(40, doc.y, "Notes for Claims Above", "Times-B", 10)
        for k, v in self.legend:
            doc.y += 12
            doc.text(40, doc.y, f"{k}  {v}", "Times", 9)

    def __init__(self):
        st = PlanState(ded_left=q("60.00"))
        c1 = []
        for d in (5, 7, 12, 14, 19, 21, 26, 28):
            c1 += [svc(D(2026, 1, d), "97110", 2, ("GP", "CQ")), svc(D(2026, 1, d), "97140", 1, ("GP",))]
        c1.insert(0, svc(D(2026, 1, 2), "97162", 1, ("GP",)))
        plan(c1, G.medicare, st)
        c2 = plan([svc(D(2026, 1, 15), "97168", 1, ("GO",)), svc(D(2026, 1, 15), "97535", 2, ("GO",)),
                   svc(D(2026, 1, 15), "97760", 1, ("GO", "KX")),
                   svc(D(2026, 1, 15), "97018", 1, ("GO",), denied="PR")], G.medicare, st)
        for s in c1 + c2:
            s.remarks = ["C"] if s.denied else ["A"] + (["B"] if s.deductible else []) + (["D"] if s.seq else [])
        self.claims = [
            dict(patient=None, cid=None, pcn="26-0123-11032-44", prov_name="St. Lawrence Hand & Upper Limb Clinic",
                 prov_addr="18 Mill Race Ln, Potsdam, NY 13676", ref="Ilse Vandermeer", svcs=c2),
            dict(patient=None, cid=None, pcn="26-0118-04417-90", prov_name="North Country Rehab Partners",
                 prov_addr="PO Box 212, Canton, NY 13617", ref="Ilse Vandermeer", svcs=c1)]
        for c in self.claims:
            c["patient"] = "HAZEL M. QUARTERMAINE"


# ============================================================== B2 Medicare Advantage member EOB (fpdf2)
class B2(Layout):
    name = "h191_b2_medicare_advantage_eob"
    description = "Medicare Advantage PPO monthly member EOB, portrait Liberation Sans Narrow, ruled grid"
    producer = "fpdf2"
    font, bold, size = "LibNarrow", "LibNarrow-B", 8.2
    x0 = 36
    printed = ("billed", "allowed", "paid", "patient_owes")
    units = False
    remarks = True
    totals_fields = ("billed", "allowed", "paid", "patient_owes")
    rules = "grid"
    page_of = (576, 40, "Page {i} of {n}", "LibNarrow", 8, "R")
    legend = [("1", "You paid your office copay for this visit."),
              ("2", "Approved at the amount we agreed with this provider."),
              ("3", "Prior approval was not on file; we did not pay. The provider may not bill you.")]

    def Dt(self, d):
        return dfmt(d, "mdyn")

    def columns(self):
        return [("Date of service", 58, "L", 0), ("Service you received", 170, "L", 1), ("Code", 58, "L", 0),
                ("Provider\ncharged", 52, "R", 0), ("Plan's approved\namount", 62, "R", 0),
                ("Plan's share", 52, "R", 0), ("Your share", 48, "R", 0), ("See\nnote", 40, "C", 0)]

    def furniture(self, doc):
        doc.text(36, 40, "Bramblewood Senior Advantage (PPO)", "LibNarrow-B", 13)
        doc.text(36, 52, "Explanation of Benefits for January 2026 - Medical services (Part C)", "LibNarrow", 9)
        doc.line(36, 58, 576, 58, 0.8)
        doc.text(36, 764, "Bramblewood Senior Advantage is a PPO plan with a Medicare contract. Enrollment depends "
                 "on contract renewal. H0000_EOB26_M", "LibNarrow", 6.5)
        doc.y = 66
        if doc.pno == 1:
            for i, t in enumerate(["CORNELIUS ABERNATHY-VOSS", "Member ID: BSA740019322", "Mailing date: February 6, 2026",
                                   "Need help? Call Member Services 1-866-552-0193, 8 a.m. - 8 p.m., 7 days"]):
                doc.text(36, 78 + i * 11, t, "LibNarrow-B" if i == 0 else "LibNarrow", 9)
            doc.rect(360, 68, 216, 52, fill=0.92)
            doc.text(366, 82, "Your total costs so far in 2026", "LibNarrow-B", 9)
            doc.text(366, 96, "Out-of-pocket maximum: $5,900.00", "LibNarrow", 8.5)
            doc.text(366, 108, "Paid toward it through January: $180.00", "LibNarrow", 8.5)
            doc.y = 140
            doc.text(36, doc.y, "Medical claims we processed this month", "LibNarrow-B", 11)

    def claim_head(self, doc, c, cont=False):
        doc.y += 12
        doc.text(36, doc.y, f"{c['prov']}  -  Claim ID {c['pcn']}" + ("  (continued)" if cont else ""),
                 "LibNarrow-B", 9)
        doc.y += 3

    def header(self, doc):
        std_header(self, doc, [h for h, *_ in self.columns()], size=7.8, shade=0.85, rule="grid")

    def cells(self, s, c):
        M = self.M
        return [self.Dt(s.dos), s.desc, codemods(s), M(s.billed), M(s.allowed), M(s.paid), M(s.owes),
                " ".join(s.remarks)]

    def totals_cells(self, c, t):
        M = self.M
        return ["", "Claim total", "", M(t["billed"]), M(t["allowed"]), M(t["paid"]), M(t["patient_owes"]), ""]

    def end(self, doc):
        doc.y += 16
        doc.need(60)
        doc.text(36, doc.y, "Notes about your claims", "LibNarrow-B", 10)
        for k, v in self.legend:
            doc.y += 11
            doc.text(36, doc.y, f"{k}   {v}", "LibNarrow", 8.5)

    def __init__(self):
        st = PlanState(visit_copay=q("30"), allowed_rate=Decimal("0.61"))
        a = plan([svc(D(2026, 1, 6), "97163", 1, ("GP",)), svc(D(2026, 1, 6), "97116", 1, ("GP",)),
                  svc(D(2026, 1, 8), "97116", 2, ("GP",)), svc(D(2026, 1, 8), "97530", 1, ("GP",)),
                  svc(D(2026, 1, 13), "97116", 2, ("GP",)), svc(D(2026, 1, 13), "97112", 1, ("GP", "59"))],
                 G.commercial, st)
        b = plan([svc(D(2026, 1, 16), "99213", 1), svc(D(2026, 1, 16), "G0283", 1, ("GP",)),
                  svc(D(2026, 1, 16), "L3807", 1, ("RT",), denied="CO")], G.commercial, st, deny_reason="197")
        for s in a + b:
            s.remarks = ["3"] if s.denied else (["1", "2"] if s.copay else ["2"])
        self.claims = [dict(patient="CORNELIUS ABERNATHY-VOSS", cid=None, pcn="BSA-26-00318870",
                            prov="Fairmount Outpatient Physical Therapy", svcs=a),
                       dict(patient="CORNELIUS ABERNATHY-VOSS", cid=None, pcn="BSA-26-00331409",
                            prov="Kestrel Bay Orthopedics", svcs=b)]


# ============================================================== C1 state Medicaid RA, mainframe (fpdf2, Courier)
class C1(Layout):
    name = "h191_c1_medicaid_ra_mainframe"
    description = "state Medicaid remittance advice, landscape core Courier, paid/adjusted sections"
    producer = "fpdf2"
    land = True
    font, bold, size = "Cour", "Cour-B", 7.4
    lead = 9.0
    x0 = 30
    printed = ("billed", "allowed", "paid")
    remarks = True
    mods = True
    totals_fields = ("billed", "allowed", "paid")
    rules = None
    cont_label = "x"
    bottom = 40
    legend = [("0041", "PAID AT STATE MAXIMUM FEE"), ("0117", "UNITS REDUCED TO THE AUTHORIZED AMOUNT"),
              ("0392", "PRIOR CLAIM TAKEN BACK, SEE REPLACEMENT CLAIM"), ("0605", "THERAPY CAP FOR MEMBER AGE "
                                                                              "GROUP REACHED")]

    def M(self, d):
        return money(d, ",", "trail")

    def Dt(self, d):
        return dfmt(d, "mdy6")

    def U(self, u):
        return f"{u:.2f}"

    def columns(self):
        return [("LN", 22, "L", 0), ("FROM-DOS", 50, "L", 0), ("TO-DOS", 50, "L", 0), ("PROC", 40, "L", 0),
                ("M1", 22, "L", 0), ("M2", 22, "L", 0), ("UNITS", 40, "R", 0), ("BILLED-AMT", 66, "R", 0),
                ("ALLOWED-AMT", 66, "R", 0), ("PAID-AMT", 66, "R", 0), ("  EOB CODES", 90, "L", 0)]

    def furniture(self, doc):
        f = "Cour"
        doc.text(30, 30, "RUN 02/02/26  RA0417P                 STATE OF TAMARACK  DEPARTMENT OF HUMAN SERVICES",
                 f, 7.6)
        doc.text(30, 40, "                                      MEDICAL ASSISTANCE PROGRAM - REMITTANCE ADVICE", f, 7.6)
        doc.text(30, 52, "PAYEE: PINECONE CHILDRENS THERAPY LLC      NPI 1938472610   PAYEE ID 00417752  "
                 f"RA NO 2600588   WARRANT 0093812   PAGE {doc.pno:>4}", f, 7.6)
        doc.line(30, 56, 760, 56, 0.5)
        doc.y = 58
        if self.section:
            doc.y += 10
            doc.text(30, doc.y, f"*** {self.section} ***", "Cour-B", 7.6)

    section = "PAID CLAIMS"

    def claim_head(self, doc, c, cont=False):
        doc.y += 11
        if c["section"] != self.section and not cont:
            self.section = c["section"]
            doc.text(30, doc.y, f"*** {self.section} ***", "Cour-B", 7.6)
            doc.y += 11
        t = (f"RECIP: {c['patient']:<24} RECIP ID: {c['rid']}  PAT ACCT: {c['cid']:<12} ICN: {c['pcn']}"
             f"  CLM STATUS: {c['status']}")
        doc.text(30, doc.y, t + ("  *CONT*" if cont else ""), "Cour", 7.4)
        doc.y += 1

    def header(self, doc):
        std_header(self, doc, [h for h, *_ in self.columns()], font="Cour", size=7.2, rule="none")
        doc.text(30, doc.y - 1, "-" * 150, "Cour", 5)

    def cells(self, s, c):
        M = self.M
        m = list(s.mods) + ["", ""]
        return [f"{c['svcs'].index(s) + 1:02d}", self.Dt(s.dos), self.Dt(s.dos), s.code, m[0], m[1], self.U(s.units),
                M(s.billed), M(s.allowed), M(s.paid), "  " + " ".join(s.remarks)]

    def totals_cells(self, c, t):
        M = self.M
        return ["", "CLAIM TOTAL", "", "", "", "", "", M(t["billed"]), M(t["allowed"]), M(t["paid"]), ""]

    def end(self, doc):
        doc.y += 14
        doc.need(70)
        doc.text(30, doc.y, "EOB CODE  EXPLANATION", "Cour-B", 7.4)
        for k, v in self.legend:
            doc.y += 9
            doc.text(30, doc.y, f"{k}      {v}", "Cour", 7.4)

    def __init__(self):
        self.section = "PAID CLAIMS"
        a = []
        for d in (5, 6, 7, 8, 9, 12, 13, 14, 15, 16, 20, 21, 22, 23, 26, 27):
            a.append(svc(D(2026, 1, d), "92507", 1, ("GN",)))
            if d % 2 == 0:
                a.append(svc(D(2026, 1, d), "92526", 1, ("GN", "59")))
        plan(a, G.medicaid)
        b = plan([svc(D(2026, 1, 7), "97530", 3, ("GO",)), svc(D(2026, 1, 7), "97112", 2, ("GO",)),
                  svc(D(2026, 1, 14), "97530", 3, ("GO",)), svc(D(2026, 1, 14), "97533", 2, ("GO",))], G.medicaid)
        v = []
        for d in (6, 8, 13, 15, 20, 22, 27):
            v += [svc(D(2026, 1, d), "97530", 2, ("GO",)), svc(D(2026, 1, d), "97110", 1, ("GO", "59"))]
        plan(v, G.medicaid)
        orig = plan([svc(D(2025, 12, 10), "97110", 2, ("GP",)), svc(D(2025, 12, 10), "97140", 2, ("GP",))],
                    G.medicaid)
        rev = [G.negate(s) for s in orig]
        repl = plan([svc(D(2025, 12, 10), "97110", 3, ("GP",)), svc(D(2025, 12, 10), "97140", 2, ("GP",))],
                    G.medicaid)
        for s in a + b + repl + v:
            s.remarks = ["0041"]
        b[3].remarks.append("0117")
        for s in rev:
            s.remarks = ["0392"]
        self.claims = [
            dict(section="PAID CLAIMS", patient="VANCE, ORLA", rid="TM40311208", cid="PCT10388",
                 pcn="2226012004409", status="PAID", svcs=v),
            dict(section="PAID CLAIMS", patient="HOLLOWAY, JUNIPER", rid="TM40017762", cid="PCT10442",
                 pcn="2226012004417", status="PAID", svcs=a),
            dict(section="PAID CLAIMS", patient="OKAFOR-LINDE, BEAU", rid="TM40209913", cid="PCT10519",
                 pcn="2226012004418", status="PAID", svcs=b),
            dict(section="ADJUSTED CLAIMS", patient="STRAND, MILO", rid="TM39877104", cid="PCT09870",
                 pcn="5225350118870", status="REVERSED", svcs=rev),
            dict(section="ADJUSTED CLAIMS", patient="STRAND, MILO", rid="TM39877104", cid="PCT09870",
                 pcn="5226029001233", status="ADJ-PAID", svcs=repl)]


# ============================================================== C2 Medicaid RA, portal PDF (reportlab, DejaVu)
class C2(Layout):
    name = "h191_c2_medicaid_ra_portal"
    description = "state Medicaid remittance advice from a provider portal, portrait DejaVu Sans, boxed claims"
    producer = "reportlab"
    font, bold, size = "DjSans", "DjSans-B", 6.6
    x0 = 28
    printed = ("billed", "allowed", "paid")
    adjust = True
    remarks = True
    totals_fields = ("billed", "allowed", "paid")
    rules = "under"
    page_of = (584, 38, "Page {i} of {n}", "DjSans", 7, "R")
    legend = [("N20", "Paid in full under the state fee schedule; no member cost sharing."),
              ("M80", "Not payable with another service billed the same day."),
              ("N130", "Review your program provider handbook for the benefit limit.")]

    def Dt(self, d):
        return dfmt(d, "mdy4")

    def columns(self):
        return [("Ln", 18, "L", 0), ("From DOS", 46, "L", 0), ("To DOS", 46, "L", 0), ("Procedure", 42, "L", 0),
                ("Modifiers", 42, "L", 0), ("Units", 28, "R", 0), ("Billed Amt", 50, "R", 0),
                ("Allowed Amt", 52, "R", 0), ("Adj Grp/Rsn", 52, "C", 0), ("Adj Amount", 50, "R", 0),
                ("Paid Amt", 50, "R", 0), ("Remarks", 80, "L", 0)]

    def furniture(self, doc):
        doc.text(28, 38, "Magnolia Plains Medicaid  |  Provider Remittance Advice", "DjSans-B", 11)
        doc.text(28, 50, "Payee: Riverbend Speech & Occupational Therapy  ·  Provider ID 4410098  ·  "
                 "Payment 02/02/2026  ·  EFT trace 0006671290", "DjSans", 7)
        doc.line(28, 56, 584, 56, 1.0)
        doc.text(28, 772, "Generated from the Magnolia Plains MMIS provider portal. Amounts in US dollars.",
                 "DjSans", 6.2, gray=0.35)
        doc.y = 62

    def claim_head(self, doc, c, cont=False):
        doc.y += 10
        top = doc.y
        doc.rect(28, top, 556, 26, fill=0.94)
        doc.text(32, top + 10, f"TCN {c['pcn']}" + ("  (continued)" if cont else ""), "DjSans-B", 7.4)
        doc.text(170, top + 10, f"Member: {c['patient']}", "DjSans", 7.2)
        doc.text(380, top + 10, f"Medicaid ID: {c['rid']}", "DjSans", 7.2)
        doc.text(32, top + 21, f"Patient Account No: {c['cid']}", "DjSans", 7.2)
        doc.text(170, top + 21, f"Claim Status: {c['status']}", "DjSans", 7.2)
        doc.text(380, top + 21, f"Claim Type: Professional (837P)", "DjSans", 7.2)
        doc.y = top + 27

    def header(self, doc):
        std_header(self, doc, [h for h, *_ in self.columns()], size=6.4, rule="below")

    def cells(self, s, c):
        M = self.M
        grp = [f"{g}/{r}" for g, r, _a in s.adjs]
        amt = [M(a) for _g, _r, a in s.adjs]
        return [str(c["svcs"].index(s) + 1), self.Dt(s.dos), self.Dt(s.dos), s.code, " ".join(s.mods),
                self.U(s.units), M(s.billed), M(s.allowed), grp or [""], amt or [""], M(s.paid), " ".join(s.remarks)]

    def totals_cells(self, c, t):
        M = self.M
        return ["", "Claim totals", "", "", "", "", M(t["billed"]), M(t["allowed"]), "", "", M(t["paid"]), ""]

    def end(self, doc):
        doc.y += 14
        doc.need(60)
        doc.text(28, doc.y, "Remark code glossary", "DjSans-B", 8)
        for k, v in self.legend:
            doc.y += 10
            doc.text(28, doc.y, f"{k}  {v}", "DjSans", 6.8)

    def __init__(self):
        a = plan([svc(D(2026, 1, 5), "92523", 1, ("GN",)), svc(D(2026, 1, 12), "92507", 1, ("GN",)),
                  svc(D(2026, 1, 19), "92507", 1, ("GN",)), svc(D(2026, 1, 26), "92507", 1, ("GN",))], G.medicaid)
        b = plan([svc(D(2026, 1, 8), "97167", 1, ("GO",)), svc(D(2026, 1, 8), "97530", 2, ("GO",)),
                  svc(D(2026, 1, 8), "97140", 1, ("GO", "59"), denied="CO")], G.medicaid, deny_reason="97")
        c_ = plan([svc(D(2026, 1, 9), "97110", 2, ("GP",)), svc(D(2026, 1, 9), "97112", 2, ("GP",)),
                   svc(D(2026, 1, 16), "97110", 2, ("GP",)), svc(D(2026, 1, 16), "97112", 2, ("GP",)),
                   svc(D(2026, 1, 23), "97110", 2, ("GP",)), svc(D(2026, 1, 23), "97116", 1, ("GP",))], G.medicaid)
        d_ = plan([svc(D(2026, 1, 14), "97535", 4, ("GO",), denied="CO")], G.medicaid, deny_reason="119")
        for s in a + b + c_:
            s.remarks = ["M80"] if s.denied else ["N20"]
        d_[0].remarks = ["N130"]
        self.claims = [
            dict(patient="ROSALIND ACHTERBERG", rid="MP0072231945", cid="RB-22018", pcn="26032000184410",
                 status="Paid", svcs=a),
            dict(patient="DEVIN MARQUETTE-OLU", rid="MP0069910287", cid="RB-22047", pcn="26032000184422",
                 status="Paid (1 line denied)", svcs=b),
            dict(patient="SOLANGE PIKE", rid="MP0081120554", cid="RB-22051", pcn="26032000184437", status="Paid",
                 svcs=c_),
            dict(patient="ROSALIND ACHTERBERG", rid="MP0072231945", cid="RB-22090", pcn="26032000184499",
                 status="Denied", svcs=d_)]


# ============================================================== D1 Medicare-style paper remit reprint (reportlab, Courier)
class D1(Layout):
    name = "h191_d1_clearinghouse_spr_reprint"
    description = "clearinghouse reprint of a Medicare Part B standard paper remit, portrait core Courier"
    producer = "reportlab"
    font, bold, size = "Cour", "Cour-B", 6.7
    lead = 8.2
    x0 = 22
    printed = ("billed", "allowed", "deductible", "coinsurance", "paid")
    adjust = True
    remarks = True
    totals_fields = ("billed", "allowed", "deductible", "coinsurance", "paid")
    rules = None
    bottom = 44
    repeat_header = False  # the page heading block carries the column heads
    legend = [("MA01", "Appeal rights: you may ask for a redetermination within 120 days."),
              ("N211", "This decision may not be appealed."), ("M15", "Bundled into another service billed "
                                                                     "the same day.")]

    def M(self, d):
        return money(d, "")

    def Dt(self, d):
        return dfmt(d, "mdy6")

    def columns(self):
        return [("PERF PROV", 56, "L", 0), ("SERV DATE", 62, "L", 0), ("POS", 20, "L", 0), ("NOS", 20, "R", 0),
                ("PROC", 32, "L", 0), ("MODS", 44, "L", 0), ("BILLED", 44, "R", 0), ("ALLOWED", 44, "R", 0),
                ("DEDUCT", 40, "R", 0), ("COINS", 38, "R", 0), ("  GRP/RC-AMT", 80, "L", 0), ("PROV PD", 44, "R", 0),
                (" RARC", 44, "L", 0)]

    def furniture(self, doc):
        f = "Cour"
        doc.text(22, 28, "SUMMIT GATE CLAIMS EXCHANGE - 835 REPRINT (STANDARD PAPER REMIT FORMAT)", "Cour-B", 7.5)
        doc.text(22, 38, "PAYER: NORTHERN PLAINS MEDICARE ADMINISTRATIVE CONTRACTOR, J-6 PART B   "
                 "PO BOX 7710  FARGO ND 58106", f, 6.8)
        doc.text(22, 47, "PROVIDER: HEARTLAND HANDS OCCUPATIONAL THERAPY   NPI 1660987221   PTAN 88O41D", f, 6.8)
        doc.text(22, 56, f"CHECK/EFT #: 40077128831   DATE: 01/29/2026   REMIT #: 0418   PAGE #: {doc.pno}", f, 6.8)
        doc.line(22, 60, 590, 60, 0.4)
        doc.y = 62
        if doc.pno > 1 or self.cur is None:
            self.header(doc)

    def claim_head(self, doc, c, cont=False):
        doc.y += 10
        t = (f"NAME {c['patient']:<20} MID {c['mid']}  ACNT {c['cid']:<12} ICN {c['pcn']}  ASG Y  MOA MA01")
        doc.text(22, doc.y, t + (" (CONT)" if cont else ""), "Cour", 6.7)

    def header(self, doc):
        if self.in_table is False and self.cur is not None:
            return  # the column heading is printed once at the top of each page
        std_header(self, doc, [h for h, *_ in self.columns()], font="Cour-B", size=6.5, rule="below")

    def cells(self, s, c):
        M = self.M
        adj = [f"{g}-{r} {M(a)}" for g, r, a in s.adjs]
        return [c["npi"], f"{s.dos:%m%d} {self.Dt(s.dos)}", "11", self.U(s.units), s.code, " ".join(s.mods),
                M(s.billed), M(s.allowed), M(s.deductible), M(s.coinsurance), adj, M(s.paid),
                " " + " ".join(s.remarks)]

    def totals_cells(self, c, t):
        M = self.M
        return ["CLAIM TOTALS", "", "", "", "", "", M(t["billed"]), M(t["allowed"]), M(t["deductible"]),
                M(t["coinsurance"]), "", M(t["paid"]), ""]

    def after_claim(self, doc, c):
        pr = sum((s.owes for s in c["svcs"]), ZERO)
        doc.y += 9
        doc.text(22, doc.y, f"PT RESP {self.M(pr):>9}     ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING "
                 f"CHARGE 0.00     NET {self.M(sum((s.paid for s in c['svcs']), ZERO))}", "Cour", 6.7)

    def end(self, doc):
        doc.y += 14
        doc.need(50)
        doc.text(22, doc.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", "Cour-B", 6.8)
        for k, v in self.legend + [("CO", "Contractual obligation"), ("PR", "Patient responsibility")]:
            doc.y += 8.5
            doc.text(22, doc.y, f"{k:<6}{v}", "Cour", 6.6)

    def __init__(self):
        st = PlanState(ded_left=q("40.00"))
        a = []
        for d in (5, 7, 9, 12, 14, 16, 20, 22, 26, 28, 30):
            a += [svc(D(2026, 1, d), "97530", 2, ("GO",)), svc(D(2026, 1, d), "97535", 1, ("GO", "KX"))]
        plan(a, G.medicare, st)
        b = plan([svc(D(2026, 1, 6), "97165", 1, ("GO",)), svc(D(2026, 1, 6), "97760", 2, ("GO",)),
                  svc(D(2026, 1, 13), "97140", 2, ("GO", "CO")), svc(D(2026, 1, 13), "97018", 1, ("GO",),
                                                                    denied="CO")], G.medicare, st, deny_reason="97")
        c_ = plan([svc(D(2026, 1, 8), "97168", 1, ("GO",)), svc(D(2026, 1, 8), "97110", 2, ("GO", "CO"))],
                  G.medicare, st)
        for s in a + b + c_:
            s.remarks = ["M15"] if s.denied else []
        a[0].remarks = ["N211"]
        self.claims = [
            dict(patient="ESPINOZA, TEODORO", mid="5FQ1WR7KC20", cid="HHOT004217", pcn="0226012044212",
                 npi="1337209981", svcs=b),
            dict(patient="DOLAN, PERPETUA", mid="3XK8TT2MM71", cid="HHOT004182", pcn="0226012044180", npi="1337209981",
                 svcs=a),
            dict(patient="MBEKI-HART, JOAN", mid="9GN6PD3EA48", cid="HHOT004230", pcn="0226015090337",
                 npi="1548836102", svcs=c_)]


# ============================================================== D2 PM-system ERA detail report (fpdf2, DejaVu Cond)
class D2(Layout):
    name = "h191_d2_pm_era_detail_report"
    description = "practice-management ERA detail report of a Medicare Part B remit, landscape DejaVu Sans Condensed grid"
    producer = "fpdf2"
    land = True
    font, bold, size = "DjCond", "DjCond-B", 7.2
    x0 = 36
    printed = ("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes")
    adjust = True
    remarks = True
    totals_fields = ("billed", "allowed", "paid", "patient_owes")
    rules = "grid"
    page_of = (756, 588, "Page {i} of {n}", "DjCond", 7, "R")
    legend = [("N807", "Payment adjusted under the outpatient therapy threshold rules (our wording)."),
              ("N640", "Exceeds the frequency allowed for this service.")]

    def Dt(self, d):
        return dfmt(d, "mdy2")

    def M(self, d):
        return money(d, "$")

    def columns(self):
        return [("DOS", 44, "L", 0), ("Proc", 34, "L", 0), ("Mod", 40, "L", 0), ("Units", 28, "R", 0),
                ("Description", 130, "L", 1), ("Charged", 52, "R", 0), ("Allowed", 52, "R", 0),
                ("Deductible", 50, "R", 0), ("Coins", 46, "R", 0), ("Adj Codes", 84, "L", 0),
                ("Pt Resp", 50, "R", 0), ("Paid", 52, "R", 0), ("Remark", 58, "L", 0)]

    def furniture(self, doc):
        doc.text(36, 34, "TheraLedger Practice Suite  -  ERA Detail Report", "DjCond-B", 12)
        doc.text(756, 34, "Printed 01/31/26 10:42 by kpatel", "DjCond", 7, "R")
        doc.text(36, 46, "Practice: Prairie Wind Therapy Group   |   Payer: Medicare Part B (Dakotas)   |   "
                 "Check/EFT 50012983344 dated 01/28/26   |   Posted to batch 2026-0131-02", "DjCond", 7.5)
        doc.line(36, 52, 756, 52, 0.8)
        doc.text(36, 588, "Confidential: contains protected health information.", "DjCond", 6.5)
        doc.y = 56

    def claim_head(self, doc, c, cont=False):
        doc.y += 8
        top = doc.y
        doc.rect(36, top, 720, 13, fill=0.86, stroke=False)
        doc.text(40, top + 9.5, f"Patient: {c['patient']}    Acct#: {c['cid']}    Payer Claim Control #: {c['pcn']}"
                 f"    Status: {c['status']}" + ("    (continued)" if cont else ""), "DjCond-B", 7.6)
        doc.y = top + 14

    def header(self, doc):
        std_header(self, doc, [h for h, *_ in self.columns()], size=7, shade=0.95, rule="grid")

    def cells(self, s, c):
        M = self.M
        return [self.Dt(s.dos), s.code, ",".join(s.mods), self.U(s.units), s.desc, M(s.billed), M(s.allowed),
                M(s.deductible), M(s.coinsurance), [f"{g}{r} {M(a)}" for g, r, a in s.adjs] or [""], M(s.owes),
                M(s.paid), " ".join(s.remarks)]

    def totals_cells(self, c, t):
        M = self.M
        return ["", "", "", "", "Claim total", M(t["billed"]), M(t["allowed"]), "", "", "", M(t["patient_owes"]),
                M(t["paid"]), ""]

    def __init__(self):
        st = PlanState(ded_left=q("0"))
        a = plan([svc(D(2026, 1, 5), "97161", 1, ("GP",)), svc(D(2026, 1, 5), "97110", 2, ("GP", "CQ")),
                  svc(D(2026, 1, 7), "97110", 2, ("GP", "CQ")), svc(D(2026, 1, 7), "97112", 1, ("GP",)),
                  svc(D(2026, 1, 9), "97110", 2, ("GP", "CQ")), svc(D(2026, 1, 9), "G0283", 1, ("GP",))],
                 G.medicare, st)
        b = plan([svc(D(2026, 1, 12), "92507", 1, ("GN",)), svc(D(2026, 1, 19), "92507", 1, ("GN", "KX")),
                  svc(D(2026, 1, 26), "92507", 1, ("GN", "KX"))], G.medicare, st)
        c_ = plan([svc(D(2026, 1, 14), "97150", 1, ("GP",), denied="CO"),
                   svc(D(2026, 1, 14), "97116", 2, ("GP",))], G.medicare, st, deny_reason="151")
        for s in a + b + c_:
            s.remarks = ["N640"] if s.denied else []
        b[1].remarks = ["N807"]
        b[2].remarks = ["N807"]
        self.claims = [
            dict(patient="LARKSPUR, VIVIAN", cid="PWT-61840", pcn="21026019551230", status="Processed as Primary",
                 svcs=a),
            dict(patient="TOLLEFSEN, ARNE", cid="PWT-61877", pcn="21026019551249", status="Processed as Primary",
                 svcs=b),
            dict(patient="GRUBER, MAE", cid="PWT-61902", pcn="21026026004418", status="Processed as Primary",
                 svcs=c_)]


# ============================================================== E1 therapy clinic family statement (fpdf2, Liberation Serif)
class E1(Layout):
    name = "h191_e1_clinic_family_statement"
    description = "pediatric therapy clinic family statement with payment stub, portrait Liberation Serif"
    producer = "fpdf2"
    font, bold, size = "LibSerif", "LibSerif-B", 8.0
    x0 = 34
    printed = ("billed", "paid", "discount", "patient_owes")
    units = False
    desc = True
    totals_fields = ("billed", "paid", "discount", "patient_owes")
    repeat_header = False
    cont_label = None
    rules = "under"
    bottom = 60

    def columns(self):
        return [("Date", 50, "L", 0), ("Patient", 82, "L", 0), ("Code", 58, "L", 0), ("Description", 140, "L", 1),
                ("Charges", 54, "R", 0), ("Insurance\nPaid", 54, "R", 0), ("Insurance\nAdjustment", 58, "R", 0),
                ("Amount You\nOwe", 48, "R", 0)]

    def furniture(self, doc):
        if doc.pno == 1:
            doc.text(34, 40, "Little Otter Therapy Center", "LibSerif-B", 15)
            doc.text(34, 52, "2290 Brookline Terrace, Suite 4  ·  Mapleton, VT 05743  ·  (802) 555-0148", "LibSerif", 8)
            doc.rect(360, 30, 218, 72)
            for i, (k, v) in enumerate([("Statement Date", "02/01/2026"), ("Guarantor Account", "G-100387"),
                                        ("Amount Due", self.M(sum((s.owes for c in self.claims for s in c["svcs"]), ZERO))), ("Due By", "02/21/2026")]):
                doc.text(366, 44 + i * 16, k, "LibSerif", 8.5)
                doc.text(572, 44 + i * 16, v, "LibSerif-B", 8.5, "R")
            for i, t in enumerate(["RAFAEL AND DENISE CORRIGAN-OSEI", "77 OLD QUARRY RD", "MAPLETON VT 05743-1102"]):
                doc.text(48, 82 + i * 11, t, "LibSerif", 9)
            doc.text(34, 122, "- - - - - - - - - Please detach and return the top portion with your payment - - - "
                     "- - - - - -", "LibSerif", 7.5, gray=0.4)
            doc.y = 140
            doc.text(34, doc.y, "Account Activity for Your Family", "LibSerif-B", 11)
            doc.y += 4
        else:
            doc.text(34, 40, "Little Otter Therapy Center  -  Guarantor G-100387  -  Statement 02/01/2026",
                     "LibSerif", 8.5)
            doc.text(578, 40, f"page {doc.pno}", "LibSerif", 8.5, "R")
            doc.y = 50
        doc.text(34, 772, "Payment options: pay online with your statement PIN, call our billing office weekdays, "
                 "or mail a check. Thank you!", "LibSerif", 7.5, gray=0.3)

    def claim_head(self, doc, c, cont=False):
        doc.y += 12
        doc.text(34, doc.y, f"Visit {c['cid']}  -  billed to {c['ins']}, claim {c['pcn']}  -  {c['when']}",
                 "LibSerif-B", 8.3)
        doc.y += 2

    def header(self, doc):
        if self.claims.index(self.cur) == 0:
            std_header(self, doc, [h for h, *_ in self.columns()], size=7.8, rule="both")

    def cells(self, s, c):
        M = self.M
        return [self.Dt(s.dos), c["first"], codemods(s, "-", "-"), s.desc, M(s.billed), M(s.paid), M(s.discount),
                M(s.owes)]

    def totals_cells(self, c, t):
        M = self.M
        return ["", "", "", "Visit totals", M(t["billed"]), M(t["paid"]), M(t["discount"]), M(t["patient_owes"])]

    def end(self, doc):
        tot = sum((s.owes for c in self.claims for s in c["svcs"]), ZERO)
        doc.y += 16
        doc.need(40)
        doc.text(420, doc.y, "Total Amount Due:", "LibSerif-B", 10)
        doc.text(578, doc.y, self.M(tot), "LibSerif-B", 10, "R")
        doc.y += 14
        doc.text(34, doc.y, "Insurance adjustments are the discounts your plan's contract requires us to write off.",
                 "LibSerif", 8)

    def __init__(self):
        st = PlanState(ded_left=q("75"), allowed_rate=Decimal("0.80"), coins_rate=Decimal("0.10"))
        ins = "Granite State Mutual"
        cl = []
        spec = [("Wyatt Corrigan-Osei", "Wyatt", "V-58102", "GSM2601091174", D(2026, 1, 6),
                 [("92523", 1, ("GN",)), ("92507", 1, ("GN", "59"))]),
                ("Priya Corrigan-Osei", "Priya", "V-58110", "GSM2601091190", D(2026, 1, 7),
                 [("97166", 1, ("GO",)), ("97533", 2, ("GO",)), ("97530", 1, ("GO",))]),
                ("Wyatt Corrigan-Osei", "Wyatt", "V-58131", "GSM2601150027", D(2026, 1, 13),
                 [("92507", 1, ("GN",))]),
                ("Priya Corrigan-Osei", "Priya", "V-58142", "GSM2601150051", D(2026, 1, 14),
                 [("97533", 2, ("GO",)), ("97530", 2, ("GO",)), ("97112", 1, ("GO",))]),
                ("Elsie Corrigan-Osei", "Elsie", "V-58150", "GSM2601160309", D(2026, 1, 15),
                 [("97165", 1, ("GO",)), ("97535", 2, ("GO",)), ("97129", 1, ()), ("97018", 1, ("GO",))]),
                ("Priya Corrigan-Osei", "Priya", "V-58177", "GSM2601220488", D(2026, 1, 21),
                 [("97533", 2, ("GO",)), ("97530", 2, ("GO",)), ("97110", 1, ("GO",)), ("97150", 1, ("GO",))]),
                ("Elsie Corrigan-Osei", "Elsie", "V-58190", "GSM2601230112", D(2026, 1, 22),
                 [("97535", 2, ("GO",)), ("97530", 2, ("GO",)), ("97129", 1, ()), ("97140", 1, ("GO",))]),
                ("Wyatt Corrigan-Osei", "Wyatt", "V-58204", "GSM2601290045", D(2026, 1, 27),
                 [("92507", 1, ("GN",)), ("92526", 1, ("GN",))])]
        for pat, first, cid, pcn, d, items in spec:
            ss = [svc(d, code, u, mods, denied="PR" if code == "97018" else None) for code, u, mods in items]
            plan(ss, G.commercial, st)
            for s in ss:
                s.desc = G.LONG_DESC.get(s.code, s.desc)
            cl.append(dict(patient=first, full=pat, first=first, cid=cid, pcn=pcn, ins=ins, when=f"{first}",
                           svcs=ss))
        for c in cl:
            c["when"] = f"patient {c['full']}"
            c["patient"] = c["full"]
        self.claims = cl


# ============================================================== E2 hospital family statement (reportlab, DejaVu Sans)
class E2(Layout):
    name = "h191_e2_hospital_family_statement"
    description = "hospital outpatient-rehab guarantor statement, portrait DejaVu Sans with a right sidebar"
    producer = "reportlab"
    font, bold, size = "DjSans", "DjSans-B", 6.9
    x0 = 30
    printed = ("billed",)
    totals_fields = ("billed",)
    rules = None
    page_of = (582, 776, "Page {i} of {n}", "DjSans", 7, "R")

    def Dt(self, d):
        return dfmt(d, "mdy4")

    def columns(self):
        return [("Date", 50, "L", 0), ("Rev", 26, "L", 0), ("CPT/HCPCS", 60, "L", 0), ("Description", 178, "L", 1),
                ("Qty", 24, "R", 0), ("Charges", 56, "R", 0)]

    def furniture(self, doc):
        doc.rect(444, 30, 138, 730, fill=0.93, stroke=False)
        doc.text(30, 42, "Saint Brigid Regional Medical Center", "DjSans-B", 12)
        doc.text(30, 54, "Outpatient Rehabilitation Services  ·  900 Harbor View Pkwy, Port Alder, WA 98368",
                 "DjSans", 6.8)
        side = ["PATIENT STATEMENT", "", "Guarantor:", "OLUWASEUN BRANDT", "Guarantor no. 004-771-39",
                "Statement date: 01/31/2026", "", "Pay online or call", "(360) 555-0177", "Mon-Fri 7:30-5:00", "",
                "Financial assistance", "is available. Ask us", "for an application.", "",
                "Your insurance has", "processed the visits", "shown; the balance", "after insurance is", "yours."]
        for i, t in enumerate(side):
            doc.text(450, 50 + i * 11, t, "DjSans-B" if i in (0, 2, 11) else "DjSans", 7)
        doc.line(30, 60, 436, 60, 0.8)
        doc.y = 64

    def claim_head(self, doc, c, cont=False):
        doc.y += 12
        doc.text(30, doc.y, f"Account {c['cid']}   Patient: {c['patient']}   Visit type: Outpatient therapy"
                 + ("   (continued)" if cont else ""), "DjSans-B", 7.6)
        doc.y += 2

    def header(self, doc):
        std_header(self, doc, [h for h, *_ in self.columns()], size=6.8, rule="both")

    def cells(self, s, c):
        return [self.Dt(s.dos), c["rev"][s.code], codemods(s), s.desc, self.U(s.units), self.M(s.billed)]

    def totals_cells(self, c, t):
        return ["", "", "", "Total charges", "", self.M(t["billed"])]

    def after_claim(self, doc, c):
        M = self.M
        rows = [(f"Payment - {c['ins']} (claim {c['pcn']})", -c["ins_paid"]),
                (f"Contractual adjustment - {c['ins']}", -c["ins_adj"]), ("Account balance", c["bal"])]
        for t, v in rows:
            doc.need(10)
            doc.y += 9.5
            doc.text(120, doc.y, t, "DjSans-B" if t.startswith("Account") else "DjSans", 6.9)
            doc.text(424, doc.y, M(v), "DjSans", 6.9, "R")

    def end(self, doc):
        doc.y += 18
        tot = sum((c["bal"] for c in self.claims), ZERO)
        doc.need(20)
        doc.text(30, doc.y, "AMOUNT DUE FROM YOU", "DjSans-B", 9)
        doc.text(424, doc.y, self.M(tot), "DjSans-B", 9, "R")

    def __init__(self):
        st = PlanState(ded_left=q("0"), allowed_rate=Decimal("0.66"), coins_rate=Decimal("0.15"))
        rev = {"97110": "0420", "97140": "0420", "97112": "0420", "97161": "0420", "97162": "0420", "97530": "0430",
               "97535": "0430", "97168": "0430", "97166": "0430", "97760": "0430", "L3807": "0274", "92507": "0440",
               "92523": "0440", "G0283": "0420", "97116": "0420", "97018": "0420"}
        accts = []
        a = []
        for d in (5, 7, 9, 12, 14, 16, 19, 21, 23):
            a += [svc(D(2026, 1, d), "97110", 2, ("GP",)), svc(D(2026, 1, d), "97140", 1, ("GP", "59"))]
        a.insert(0, svc(D(2026, 1, 2), "97162", 1, ("GP",)))
        a.append(svc(D(2026, 1, 23), "G0283", 1, ("GP",)))
        b = [svc(D(2026, 1, 8), "97166", 1, ("GO",)), svc(D(2026, 1, 8), "97760", 2, ("GO",)),
             svc(D(2026, 1, 8), "L3807", 1, ("LT",)), svc(D(2026, 1, 15), "97530", 2, ("GO",)),
             svc(D(2026, 1, 15), "97535", 1, ("GO",))]
        cc = [svc(D(2026, 1, 6), "92523", 1, ("GN",)), svc(D(2026, 1, 20), "92507", 1, ("GN",))]
        for s in b:
            s.desc = G.LONG_DESC.get(s.code, s.desc)
        for ss, pat, cid, pcn in ((a, "BRANDT, OLUWASEUN", "SB20260102-4471", "CX7781204519"),
                                  (b, "BRANDT, TEAGAN", "SB20260108-4520", "CX7781219960"),
                                  (cc, "BRANDT, FELIX", "SB20260106-4498", "CX7781211073")):
            plan(ss, G.commercial, st)
            accts.append(dict(patient=pat, cid=cid, pcn=pcn, ins="Cascade Crest Health Plan", rev=rev, svcs=ss,
                              ins_paid=sum((s.paid for s in ss), ZERO), ins_adj=sum((s.discount for s in ss), ZERO),
                              bal=sum((s.owes for s in ss), ZERO)))
        self.claims = accts


LAYOUTS = [A1, A2, B1, B2, C1, C2, D1, D2, E1, E2]



def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout191_"))
    if "samples" in out.resolve().parts:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    for L in LAYOUTS:
        lay = L()
        pdf = lay.build(out)
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        msg = f"{pdf.name}: {len(t['lines'])} lines, {t['pages']} pages, {len(t['claims'])} claims"
        if check:
            errs = lay.check(pdf)
            bad += len(errs)
            msg += "  OK" if not errs else "  FAIL\n    " + "\n    ".join(errs[:12])
        print(msg)
    print(out)
    if check:
        print("check:", "PASS" if not bad else f"FAIL ({bad})")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
