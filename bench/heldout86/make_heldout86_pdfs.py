"""Write the EIGHTY-SIXTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on the five commonest real document kinds, two house styles each, written without
looking at the reader (its code, tests, docs or scores).

Run:  python bench/heldout86/make_heldout86_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout86/make_heldout86_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Helpers: samples/pdf/eobgen.py (plan arithmetic,
money/date formats, truth format) and bench/heldout86/h86lib.py (reportlab/fpdf2 drawing, the self-check).
Truth format: the one of samples/pdf (<name>.pdf.truth.json), printed values only, null for what a layout does not
print (units null where no quantity is printed; modifiers [] where the page prints none; adjustments [] where no
group/reason code is printed); claim_id = the provider's own account / patient-control / visit number,
payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the person served, not the
subscriber or guarantor). Every name, number, payer, provider, address and ID is invented; descriptions are our
own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts (kind / vocabulary / producer / complications):
  01  commercial plan family "Monthly Health Statement", portrait core Helvetica (reportlab): shaded claim heading
      "Patient: / Claim number: / Provider's account number:", columns "Billed by provider / Network savings /
      Allowed amount / Not covered / Deductible / Copay / Coinsurance / Plan paid / Your cost / Notes", "97530-GO",
      "01/06/26", description on its own line under the code, no units; 3 family members; the long claim
      continues on page 2 with "(continued)" and the column header repeated; a denied 0552T the member owes
  02  commercial "Claims Activity Statement", landscape DejaVu Sans Condensed (fpdf2): grouped by person,
      "Claim HMX-..." and "Patient acct no.", "Proc. / Mod (GO,59) / Units / Amount billed / Plan discount / Not
      covered / Covered amount / ... / Plan paid / Amount you owe / Codes", "01-07-2026"; 3 family members incl.
      L3807 and 0552T denial; PLANTED claim-total mismatch (printed Amount-you-owe total 20.00 too high)
  03  Medicare Summary Notice Part B, portrait Liberation Sans (reportlab): one claim per visit, date in the
      shaded claim heading ("Jan 6, 2026"), wrapped wording ending "(97110-GP-KX)" with the amounts on the
      code's text line, Service Approved? Yes/No, notes "A, C", "Total for Claim", no units
      (paid = Medicare Paid Provider after the 2% reduction, patient_owes = Maximum You May Be Billed)
  04  Medicare Advantage (HMO) member EOB, portrait Liberation Serif (fpdf2): "Claim ID PSA...", "Provider's claim
      reference", "Date / Code '97530 GO CO' / Qty / Provider billed / Plan discount / Plan's share / Your share /
      Notes", per-day therapy copay, a CO-denied orthotic line, month-long claim continued on page 2 with header
  05  state Medicaid weekly remittance advice, landscape core Courier (reportlab): "*** CLAIMS PAID / DENIED /
      ADJUSTED ***" sections, "RECIP: / ID: / ICN: / PAT ACCT:" claim lines, LN FROM THRU (mmddyy) PROC MODS
      UNITS "2.00", 4-digit EOB codes, date ranges with summed units, a reversal with trailing-minus "95.00-" and
      its replacement claim, a 46-line claim continued on page 2 "(CONTINUED FROM PRIOR PAGE)"
  06  state Medicaid "Claim Payment Summary", portrait DejaVu Sans (fpdf2): boxed member cards "Member Name /
      Member ID / TCN / Pat Acct No / Claim Status", grid "Ln / Svc From / Svc To / Proc / Mods / Units '2.0' /
      Billed / Allowed / Copay / Paid / Adj Rsn / Adj Amt / RARC" with a PR-3 copay stacked under CO-45, denied card
  07  clearinghouse "Deposit Reconciliation - 835 Claim Print" of a Medicare Part B payment, portrait DejaVu Sans
      Condensed (reportlab): shaded claim headers "Patient Ctrl # / Payer Claim Ctrl #", "97110:GP:KX", group-
      reason adjustments stacked one per text line under the service (CO-45, PR-1, PR-2, CO-253), a CO-50 denial
  08  practice-management "Payment Reconciliation Worksheet" of a Medicare payment, landscape Liberation Sans
      Narrow (fpdf2): account, patient and ICN on every row, M1/M2 columns, "1/5/2026", Contr Adj / Seq Red / Ded /
      Coins / Pt Resp / Paid, glued reason codes "CO45 PR2 CO253", a reversal in parentheses (MA67) and its
      correction; a 37-line claim runs onto page 2 with the header repeated, claim subtotals
  09  pediatric therapy clinic "Family Account Summary", portrait core Times (reportlab): remittance stub, per-child
      groups, "Visit V26-... - billed to ..., insurance claim no. CHP...", "Code / Description / Units / Charges /
      Insurance Paid / Insurance Adjustment / Your Balance", no modifiers printed, visit totals, payment row, aging
  10  hospital "Household Statement", portrait DejaVu Sans (fpdf2) with a shaded left sidebar: per-account
      "Account ... - Patient: ...", "Claim # TRV-...", Date / Rev / CPT/HCPCS "97530 GO" / Description / Qty /
      Charges; insurance payment and contractual adjustment only at account level (line paid/allowed null); the
      long account continues on page 2 without a repeated header

The self-check (--check) tests the factory, not the reader: page counts; for every truth line, one text line
of its page (pdfplumber) carries the printed code/modifier tokens, units, every printed amount, the service date
(or, where the layout prints it in the claim heading, the page does) and the remark codes; printed adjustment
group/reason codes and amounts sit in that row's block (the row and the stacked lines under it); ids and patients
are printed; billed - adjustments = paid where every adjustment is printed; claim totals are printed and equal
the sum of their lines, except the planted mismatch, which must really be a mismatch.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    FIXED_WHEN, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money, negate,
    total, truth_line, units_str, write_truth,
)
from h86lib import Doc, Fmt, check_pdf, wrap  # noqa: E402

D = Decimal
J = lambda m, d: date(2026, m, d)  # noqa: E731


@dataclass
class Claim:
    claim_id: str | None
    payer_claim_id: str | None
    patient: str | None
    svcs: list
    info: dict = field(default_factory=dict)
    section: str = ""


@dataclass
class Col:
    head: str
    x: float
    val: object            # (svc, claim) -> str
    align: str = "l"


class Layout:
    name = ""
    producer = "reportlab"
    font = "Helvetica"
    landscape = False
    size = 8.0
    lh = 11.0
    bottom = 740.0
    cols: list = []
    cols_per_claim = False
    repeat_cols = True
    desc = None            # (x, width, inline): description column; inline -> first line on the row
    printed: tuple = ()
    units = True
    mods = True
    adjs = False
    remarks = True
    desc_printed = True
    totals_keys: tuple = ()
    description = ""
    fmt: Fmt = None
    legend: list = []
    findings: list = []

    def claims(self) -> list:
        raise NotImplementedError

    # furniture, overridden per layout
    def first_page(self) -> float: return 60.0
    def later_page(self) -> float: return 60.0
    def footer(self) -> None: pass
    def section_head(self, y, name) -> float: return y
    def claim_head(self, y, c) -> float: return y
    def cont_head(self, y, c) -> float: return y
    def claim_foot(self, y, c) -> float: return y
    def end(self, y) -> float: return y
    def sub_rows(self, s, c) -> list: return []
    def head_h(self) -> float: return self.lh * 2

    def col_header(self, y):
        d = self.doc
        rows = max(c.head.count("\n") + 1 for c in self.cols)
        for c in self.cols:
            for k, part in enumerate(c.head.split("\n")):
                d.text(c.x, y + k * (self.size + 1), part, self.size, True, c.align)
        y += (rows - 1) * (self.size + 1) + 3
        d.line(self.cols[0].x - 2, y, d.W - self.cols[0].x + 2, y)
        return y + self.lh

    # engine
    def page_break(self, c):
        self.footer()
        self.doc.new_page()
        y = self.later_page()
        if c is not None and self.in_claim:
            y = self.cont_head(y, c)
        if (self.cols_per_claim and c is not None and self.in_claim and self.repeat_cols) or \
                (not self.cols_per_claim and self.repeat_cols):
            y = self.col_header(y)
        return y

    def need(self, y, h, c=None):
        if y + h > self.bottom:
            y = self.page_break(c)
        return y

    def row(self, y, s, c):
        d = self.doc
        dl = wrap(d, s.desc, self.desc[1], self.size) if self.desc else []
        subs = self.sub_rows(s, c)
        extra = (len(dl) - 1 if self.desc and self.desc[2] else len(dl)) + len(subs)
        y = self.need(y, self.lh * (1 + extra), c)
        for col in self.cols:
            d.text(col.x, y, col.val(s, c), self.size, False, col.align)
        self.record(s, c)
        k = 0
        if self.desc and self.desc[2]:
            d.text(self.desc[0], y, dl[0], self.size)
            dl = dl[1:]
        for part in dl:
            k += 1
            d.text(self.desc[0], y + k * self.lh, part, self.size)
        for sub in subs:
            k += 1
            for x, txt, al in sub:
                d.text(x, y + k * self.lh, txt, self.size, False, al)
        return y + self.lh * (1 + k)

    def record(self, s, c):
        self.truth.append(truth_line(
            self.doc.page, s, claim_id=c.claim_id, payer_claim_id=c.payer_claim_id, patient=c.patient,
            printed=self.printed, units=self.units, modifiers=self.mods, service_end=s.end,
            adjustments=s.adjs if self.adjs else [], remarks=s.remarks if self.remarks else [],
            description=self.desc_printed))

    def render(self, path, total_pages):
        self.total = total_pages
        self.truth = []
        self.in_claim = False
        self.doc = Doc(self.producer, path, self.landscape, self.font, FIXED_WHEN)
        y = self.first_page()
        if not self.cols_per_claim:
            y = self.col_header(y)
        sec = None
        for c in self.claims_:
            if c.section != sec:
                sec = c.section
                y = self.section_head(y, sec)
            y = self.need(y, self.head_h() + 2 * self.lh, None)
            y = self.claim_head(y, c)
            if self.cols_per_claim:
                y = self.col_header(y)
            self.in_claim = True
            for s in c.svcs:
                y = self.row(y, s, c)
            y = self.claim_foot(y, c)
            self.in_claim = False
        self.end(y)
        self.footer()
        self.doc.save()
        return self.doc.page

    def build(self, out: Path):
        self.claims_ = self.claims()
        path = out / (self.name + ".pdf")
        n = self.render(path, None)
        n2 = self.render(path, n)
        assert n == n2, (self.name, n, n2)
        claims = []
        for c in self.claims_:
            tk = {k: total(c.svcs, {"patient_owes": "owes"}.get(k, k)) for k in self.totals_keys}
            tk.update(c.info.get("totals_override", {}))
            claims.append({"claim_id": c.claim_id, "payer_claim_id": c.payer_claim_id, "patient": c.patient,
                           "totals": claim_totals(**tk)})
        write_truth(path, self.name, self.producer, n, self.description, self.truth, claims, self.legend,
                    self.findings)
        return path

    # helpers
    def m(self, v):
        return self.fmt.money(v)

    def tot(self, c, attr):
        return total(c.svcs, attr)


def S(dos, code, units, mods=(), **kw):
    return Svc(dos, code, D(str(units)), tuple(mods), **kw)


def iso2(fn):
    return lambda s: fn(date.fromisoformat(s))


# ===================================================================================== L01
class L01(Layout):
    """Commercial plan family 'Monthly Health Statement' (reportlab, portrait core Helvetica)."""
    name = "h86_01_monthly_health_statement"
    description = "Commercial plan monthly health statement for a family, claim blocks, repeated header"
    printed = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
               "patient_owes")
    units = False
    cols_per_claim = True
    totals_keys = ("billed", "allowed", "paid", "patient_owes")
    bottom = 735
    fmt = Fmt(money=lambda v: money(v, "$"), date=iso2(lambda d: dfmt(d, "mdy2")),
              code=lambda c, m: ["-".join([c, *m])], remark_tok=lambda r: r)
    legend = [("QA", "The network rate applies; the difference is not yours to pay."),
              ("QD", "Counted toward your deductible for the plan year."),
              ("QN", "Your plan does not cover this service; see your plan booklet."),
              ("QV", "Therapy visit copay, charged once per date.")]

    def claims(self):
        st = {"f": PlanState(ded_left=D("150.00"), coins_rate=D("0.20")),
              "k": PlanState(ded_left=D("0.00"), visit_copay=D("30.00")),
              "s": PlanState(ded_left=D("60.00"), coins_rate=D("0.10"))}
        out = []

        def mk(p, key, acct, clm, prov, svcs):
            for s in svcs:
                commercial(s, st[key])
                s.remarks = (["QA"] if s.discount else []) + (["QD"] if s.deductible else []) + \
                    (["QV"] if s.copay else []) + (["QN"] if s.denied else [])
            out.append(Claim(acct, clm, p, svcs, {"prov": prov}))
        mk("Teodora Vasquez-Lind", "f", "SRT-208817", "M26A0114-03321", "Shoreline Rehab & Therapy",
           [S(J(1, 6), "97165", 1, ["GO"]), S(J(1, 6), "97535", 2, ["GO"]), S(J(1, 9), "97530", 3, ["GO"]),
            S(J(1, 9), "97140", 1, ["GO", "59"]), S(J(1, 13), "97530", 2, ["GO"]), S(J(1, 13), "97110", 2, ["GO"]),
            S(J(1, 16), "97530", 2, ["GO"]), S(J(1, 16), "97112", 1, ["GO"]), S(J(1, 20), "97535", 2, ["GO"]),
            S(J(1, 20), "97530", 2, ["GO"]), S(J(1, 23), "97760", 1, ["GO"]), S(J(1, 23), "L3807", 1, ["RT"]),
            S(J(1, 27), "97530", 3, ["GO"]), S(J(1, 27), "97140", 1, ["GO", "59"]),
            S(J(1, 30), "97168", 1, ["GO"]), S(J(1, 30), "0552T", 1, [], denied="PR")])
        out.append(out.pop(0))
        mk("Milo Vasquez-Lind", "k", "SRT-208902", "M26A0121-04410", "Shoreline Rehab & Therapy",
           [S(J(1, 12), "92523", 1, ["GN"]), S(J(1, 19), "92507", 1, ["GN"]), S(J(1, 26), "92507", 1, ["GN"])])
        mk("Anselm Lind", "s", "EOC-55120", "M26A0128-07786", "Eastgate Orthopedic Clinic",
           [S(J(1, 21), "99213", 1, ["25"]), S(J(1, 21), "97161", 1, ["GP"]), S(J(1, 21), "97110", 2, ["GP"]),
            S(J(1, 28), "97110", 2, ["GP", "KX"]), S(J(1, 28), "97140", 2, ["GP"])])
        out.append(out.pop(0))
        return out

    cols = [Col("Date of\nservice", 36, lambda s, c: dfmt(s.dos, "mdy2")),
            Col("Service\ncode", 80, lambda s, c: "-".join([s.code, *s.mods])),
            Col("Billed by\nprovider", 184, lambda s, c: money(s.billed, "$"), "r"),
            Col("Network\nsavings", 230, lambda s, c: money(s.discount, "$"), "r"),
            Col("Allowed\namount", 276, lambda s, c: money(s.allowed, "$"), "r"),
            Col("Not\ncovered", 322, lambda s, c: money(s.not_covered, "$"), "r"),
            Col("Deduct-\nible", 364, lambda s, c: money(s.deductible, "$"), "r"),
            Col("Copay", 404, lambda s, c: money(s.copay, "$"), "r"),
            Col("Co-\ninsurance", 450, lambda s, c: money(s.coinsurance, "$"), "r"),
            Col("Plan\npaid", 496, lambda s, c: money(s.paid, "$"), "r"),
            Col("Your\ncost", 542, lambda s, c: money(s.owes, "$"), "r"),
            Col("Notes", 550, lambda s, c: " ".join(s.remarks))]
    desc = (88, 110, False)
    size = 7.5
    lh = 10

    def top(self):
        d = self.doc
        d.text(36, 40, "CEDARLINE HEALTH PLAN", 15, True)
        d.text(36, 52, "PO Box 48120 - Millbrook, OR 97399", 7.5)
        d.text(576, 40, "Monthly Health Statement", 12, True, "r")
        d.text(576, 52, "Claims processed January 1 - January 31, 2026", 7.5, False, "r")
        d.line(36, 60, 576, 60, 1.2)

    def first_page(self):
        d = self.doc
        self.top()
        d.text(36, 78, "Prepared for: ANSELM LIND", 9, True)
        d.text(36, 90, "Member ID: CDL-48830192-00   Group: 771045 Brightwater Logistics", 8)
        d.text(36, 101, "This is not a bill. Keep it with your records.", 8)
        d.rect(330, 70, 246, 56)
        d.text(338, 82, "Your family this period", 8.5, True)
        allc = self.claims_
        d.text(338, 95, "Total billed by providers", 8)
        d.text(568, 95, money(sum((self.tot(c, "billed") for c in allc), ZERO), "$"), 8, False, "r")
        d.text(338, 106, "Cedarline paid", 8)
        d.text(568, 106, money(sum((self.tot(c, "paid") for c in allc), ZERO), "$"), 8, False, "r")
        d.text(338, 117, "Your share (you may owe the provider)", 8)
        d.text(568, 117, money(sum((self.tot(c, "owes") for c in allc), ZERO), "$"), 8, False, "r")
        d.text(36, 144, "Claim details", 11, True)
        return 160

    def later_page(self):
        self.top()
        return 78

    def footer(self):
        d = self.doc
        d.line(36, 752, 576, 752)
        d.text(36, 762, "Questions? Member Services 1-800-555-0143 (TTY 711), Mon-Fri 8 am - 6 pm.", 7)
        d.text(576, 762, f"Page {d.page} of {self.total or 0}", 7, False, "r")

    def claim_head(self, y, c):
        d = self.doc
        d.rect(36, y - 9, 540, 24, 0.4, 0.92)
        d.text(40, y, f"Patient: {c.patient}", 8.5, True)
        d.text(250, y, f"Claim number: {c.payer_claim_id}", 8)
        d.text(40, y + 11, f"Provider: {c.info['prov']}", 8)
        d.text(250, y + 11, f"Provider's account number: {c.claim_id}", 8)
        return y + 30

    def cont_head(self, y, c):
        self.doc.text(36, y, f"Patient: {c.patient} - Claim number: {c.payer_claim_id} (continued)", 8.5, True)
        return y + 16

    def claim_foot(self, y, c):
        d = self.doc
        y = self.need(y, 14, c)
        d.line(140, y - 8, 576, y - 8)
        d.text(36, y, "Claim total", 7.5, True)
        for col, attr in ((2, "billed"), (4, "allowed"), (9, "paid"), (10, "owes")):
            d.text(self.cols[col].x, y, money(self.tot(c, attr), "$"), 7.5, True, "r")
        return y + 20

    def end(self, y):
        d = self.doc
        y = self.need(y, 80)
        d.text(36, y, "What the notes mean", 9, True)
        for k, (a, b) in enumerate(self.legend):
            d.text(36, y + 12 + k * 10, f"{a}  {b}", 7.5)
        return y


# ===================================================================================== L02
class L02(Layout):
    """Commercial 'Claims Activity Statement' (fpdf2, landscape DejaVu Sans Condensed)."""
    name = "h86_02_claims_activity_statement"
    description = "Commercial claims activity statement, family grouped by person, planted total mismatch"
    producer = "fpdf2"
    font = "DejaVuSansCondensed"
    landscape = True
    bottom = 560
    size = 7.5
    lh = 10.5
    printed = ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
               "patient_owes")
    totals_keys = ("billed", "allowed", "paid", "patient_owes")
    cols_per_claim = True
    fmt = Fmt(money=lambda v: money(v, ","), date=iso2(lambda d: d.strftime("%m-%d-%Y")),
              code=lambda c, m: [c] + ([",".join(m)] if m else []), remark_tok=lambda r: r)
    legend = [("41", "Amount above the contracted rate. You are not responsible for it."),
              ("52", "Applied to your in-network deductible."),
              ("63", "Coinsurance: your percentage share of the allowed amount."),
              ("88", "This service is excluded under your plan. You may be billed for it.")]

    def claims(self):
        st = PlanState(ded_left=D("250.00"), coins_rate=D("0.25"))
        st2 = PlanState(ded_left=D("0.00"), coins_rate=D("0.25"))
        out = []

        def mk(p, acct, clm, prov, svcs, plan=st):
            for s in svcs:
                commercial(s, plan, deny_reason="96")
                s.remarks = (["41"] if s.discount else []) + (["52"] if s.deductible else []) + \
                    (["63"] if s.coinsurance else []) + (["88"] if s.denied else [])
            out.append(Claim(acct, clm, p, svcs, {"prov": prov}))
        mk("Priyanka Osei", "PT4410-7", "HMX-260107-55821", "Bellfield Hand & Upper Limb Center",
           [S(J(1, 7), "97166", 1, ["GO"]), S(J(1, 7), "97760", 2, ["GO"]), S(J(1, 7), "L3807", 1, ["LT"]),
            S(J(1, 14), "97140", 2, ["GO"]), S(J(1, 14), "97110", 2, ["GO"])])
        mk("Priyanka Osei", "PT4410-9", "HMX-260121-61307", "Bellfield Hand & Upper Limb Center",
           [S(J(1, 21), "97530", 2, ["GO"]), S(J(1, 21), "97140", 1, ["GO", "59"]),
            S(J(1, 28), "97530", 2, ["GO"]), S(J(1, 28), "0552T", 1, [], denied="PR")])
        mk("Kwabena Osei", "0099812", "HMX-260115-58874", "Ridgeway Pediatric Therapy Group",
           [S(J(1, 8), "97163", 1, ["GP"]), S(J(1, 8), "97116", 2, ["GP"]), S(J(1, 15), "97112", 2, ["GP"]),
            S(J(1, 15), "97150", 1, ["GP"]), S(J(1, 22), "97112", 2, ["GP"]), S(J(1, 22), "97116", 1, ["GP"])],
           st2)
        mk("Adjoa Osei", "0099840", "HMX-260126-60455", "Ridgeway Pediatric Therapy Group",
           [S(J(1, 9), "92523", 1, ["GN"]), S(J(1, 16), "92507", 1, ["GN"]), S(J(1, 23), "92507", 1, ["GN"]),
            S(J(1, 30), "92526", 1, ["GN"])], st2)
        bad = out[2]
        real = self.tot(bad, "owes")
        bad.info["totals_override"] = {"patient_owes": real + D("20.00")}
        self.findings = [f"claim-total-mismatch claim {bad.payer_claim_id}: printed Amount You Owe total "
                         f"{real + D('20.00')} but the lines add up to {real}"]
        return out

    cols = [Col("Service date", 30, lambda s, c: s.dos.strftime("%m-%d-%Y")),
            Col("Proc.", 86, lambda s, c: s.code),
            Col("Mod", 116, lambda s, c: ",".join(s.mods)),
            Col("Units", 160, lambda s, c: units_str(s.units), "r"),
            Col("Amount\nbilled", 340, lambda s, c: money(s.billed, ","), "r"),
            Col("Plan\ndiscount", 388, lambda s, c: money(s.discount, ","), "r"),
            Col("Not\ncovered", 432, lambda s, c: money(s.not_covered, ","), "r"),
            Col("Covered\namount", 480, lambda s, c: money(s.allowed, ","), "r"),
            Col("Deductible", 530, lambda s, c: money(s.deductible, ","), "r"),
            Col("Copay", 568, lambda s, c: money(s.copay, ","), "r"),
            Col("Coinsurance", 620, lambda s, c: money(s.coinsurance, ","), "r"),
            Col("Plan\npaid", 668, lambda s, c: money(s.paid, ","), "r"),
            Col("Amount\nyou owe", 716, lambda s, c: money(s.owes, ","), "r"),
            Col("Codes", 726, lambda s, c: " ".join(s.remarks))]
    desc = (168, 128, True)

    def first_page(self):
        d = self.doc
        d.text(30, 38, "Harborview Mutual Health", 16, True)
        d.text(30, 50, "Claims Activity Statement  -  not a bill", 9)
        d.text(762, 36, "Statement date: February 3, 2026", 8, False, "r")
        d.text(762, 47, "Subscriber: PRIYANKA OSEI", 8, False, "r")
        d.text(762, 58, "ID HMV 3309 4471 02", 8, False, "r")
        d.line(30, 66, 762, 66, 1)
        d.text(30, 82, "Here is what happened with claims for you and the people on your plan. Amounts you owe "
               "are paid to the provider, not to Harborview.", 8)
        return 104

    def later_page(self):
        d = self.doc
        d.text(30, 36, "Harborview Mutual Health - Claims Activity Statement (continued)", 9, True)
        d.line(30, 42, 762, 42)
        return 58

    def footer(self):
        d = self.doc
        d.text(30, 590, "HMV-CAS 02/26", 6.5)
        d.text(762, 590, f"{d.page} / {self.total or 0}", 7, False, "r")

    def claim_head(self, y, c):
        d = self.doc
        d.text(30, y, c.patient, 10, True)
        d.text(220, y, f"Claim {c.payer_claim_id}", 8)
        d.text(360, y, f"{c.info['prov']}   Patient acct no. {c.claim_id}", 8)
        d.line(30, y + 3, 762, y + 3, 0.3)
        return y + 14

    def cont_head(self, y, c):
        self.doc.text(30, y, f"{c.patient}  Claim {c.payer_claim_id} - continued", 9, True)
        return y + 13

    def claim_foot(self, y, c):
        d = self.doc
        y = self.need(y, 14, c)
        d.text(168, y, "Totals for this claim", 7.5, True)
        tt = {"billed": self.tot(c, "billed"), "allowed": self.tot(c, "allowed"), "paid": self.tot(c, "paid"),
              "owes": c.info.get("totals_override", {}).get("patient_owes", self.tot(c, "owes"))}
        for col, attr in ((4, "billed"), (7, "allowed"), (11, "paid"), (12, "owes")):
            d.text(self.cols[col].x, y, money(tt[attr], ","), 7.5, True, "r")
        return y + 20

    def end(self, y):
        d = self.doc
        y = self.need(y, 70)
        d.text(30, y, "Code explanations", 9, True)
        for k, (a, b) in enumerate(self.legend):
            d.text(30, y + 12 + k * 10, f"{a}  {b}", 7.5)
        return y


# ===================================================================================== L03
class L03(Layout):
    """Medicare Summary Notice, Part B (reportlab, portrait Liberation Sans)."""
    name = "h86_03_msn_part_b"
    description = "Medicare Summary Notice Part B, one claim per visit, codes inside the wording"
    font = "LiberationSans"
    printed = ("billed", "allowed", "paid", "patient_owes")
    units = False
    remarks = True
    cols_per_claim = True
    totals_keys = ("billed", "allowed", "paid", "patient_owes")
    size = 8.5
    lh = 11
    bottom = 720
    fmt = Fmt(money=lambda v: money(v, "$"), date=iso2(lambda d: dfmt(d, "mon")), date_on_row=False,
              code=lambda c, m: ["(" + "-".join([c, *m]) + ")"], remark_tok=lambda r: r)
    legend = [("A", "Medicare pays a set fee for this service. This provider accepts that fee, so you can "
                    "be billed only your deductible and coinsurance."),
              ("B", "Part of this amount counts toward your yearly Part B deductible."),
              ("C", "Your secondary coverage, if any, may pick up the amount in the last column."),
              ("D", "Medicare does not pay for this service. The provider gave you written notice first, so "
                    "you may be billed for it.")]

    def claims(self):
        st = PlanState(ded_left=D("90.00"), coins_rate=D("0.20"))
        out = []
        visits = [
            (J(1, 6), "26-006-4471-1930-0", [S(J(1, 6), "97163", 1, ["GP"]), S(J(1, 6), "97110", 2, ["GP"]),
                                            S(J(1, 6), "97140", 1, ["GP", "59"])]),
            (J(1, 13), "26-013-4471-2208-0", [S(J(1, 13), "97110", 3, ["GP"]), S(J(1, 13), "97116", 1, ["GP"]),
                                             S(J(1, 13), "G0283", 1, ["GP"])]),
            (J(1, 20), "26-020-4471-2764-0", [S(J(1, 20), "97530", 2, ["GP", "CQ"]),
                                             S(J(1, 20), "97112", 1, ["GP", "CQ"]),
                                             S(J(1, 20), "0552T", 1, [], denied="PR")]),
            (J(1, 27), "26-027-4471-3115-0", [S(J(1, 27), "97110", 2, ["GP", "KX"]),
                                             S(J(1, 27), "97140", 2, ["GP", "KX"]),
                                             S(J(1, 27), "97116", 1, ["GP", "KX"])]),
        ]
        for dos, icn, svcs in visits:
            for s in svcs:
                medicare(s, st)
                s.remarks = ["D"] if s.denied else (["A", "B"] if s.deductible else ["A", "C"])
                s.desc = {"97163": "Physical therapy evaluation, high complexity",
                          "97110": "Therapeutic exercise to improve strength and motion, each 15 minutes",
                          "97140": "Hands-on manual therapy techniques, each 15 minutes",
                          "97116": "Walking (gait) training, each 15 minutes",
                          "G0283": "Electrical stimulation without a therapist present",
                          "97530": "Functional therapeutic activities, each 15 minutes",
                          "97112": "Balance and coordination retraining, each 15 minutes",
                          "0552T": "Laser light therapy for pain"}[s.code]
            out.append(Claim(None, icn, "ROSALEEN M. HAVERKAMP", svcs, {"dos": dos}))
        return out

    cols = [Col("Service Provided &\nBilling Code", 44, lambda s, c: ""),
            Col("Service\nApproved?", 262, lambda s, c: "", "c"),
            Col("Amount\nProvider\nCharged", 340, lambda s, c: "", "r"),
            Col("Medicare-\nApproved\nAmount", 402, lambda s, c: "", "r"),
            Col("Medicare\nPaid\nProvider", 460, lambda s, c: "", "r"),
            Col("Maximum\nYou May\nBe Billed", 520, lambda s, c: "", "r"),
            Col("See\nNotes", 530, lambda s, c: "")]

    def row(self, y, s, c):
        d = self.doc
        code = "(" + "-".join([s.code, *s.mods]) + ")"
        dl = wrap(d, s.desc + " " + code, 190, self.size)
        if not dl[-1].endswith(code):
            dl.append(code)
        y = self.need(y, self.lh * len(dl) + 3, c)
        for k, part in enumerate(dl):
            d.text(44, y + k * self.lh, part, self.size)
        yy = y + (len(dl) - 1) * self.lh
        d.text(262, yy, "No" if s.denied else "Yes", self.size, False, "c")
        for x, v in ((340, s.billed), (402, s.allowed), (460, s.paid), (520, s.owes)):
            d.text(x, yy, money(v, "$"), self.size, False, "r")
        d.text(530, yy, ", ".join(s.remarks), self.size)
        self.record(s, c)
        d.line(44, yy + 4, 568, yy + 4, 0.2)
        return yy + self.lh + 4

    def header_band(self):
        d = self.doc
        d.text(44, 42, "Medicare Summary Notice", 18, True)
        d.text(44, 56, "for Part B (Medical Insurance)", 11)
        d.text(568, 40, "ROSALEEN M. HAVERKAMP", 8.5, True, "r")
        d.text(568, 51, "Medicare Number XXX-XX-7730A", 8.5, False, "r")
        d.line(44, 64, 568, 64, 1.5)

    def first_page(self):
        d = self.doc
        self.header_band()
        d.text(44, 84, "The Official Summary of Your Medicare Part B Claims", 10, True)
        d.text(44, 98, "Claims processed from January 1 - March 31, 2026", 9)
        d.text(44, 118, "ROSALEEN M. HAVERKAMP", 9)
        d.text(44, 129, "207 CALDER HOLLOW RD", 9)
        d.text(44, 140, "FENWICK FALLS, WI 54099", 9)
        d.rect(320, 76, 248, 90)
        d.text(328, 90, "Your Deductible Status", 10, True)
        d.text(328, 103, "You have now met your $257.00 Part B", 8.5)
        d.text(328, 114, "deductible for 2026.", 8.5)
        d.text(328, 132, "Total You Can Be Billed", 10, True)
        tb = sum((self.tot(c, "owes") for c in self.claims_), ZERO)
        d.text(560, 132, money(tb, "$"), 10, True, "r")
        d.text(328, 146, "for the providers and claims on the next pages", 8)
        d.text(44, 186, "Your Claims & Costs This Period", 13, True)
        d.text(44, 200, "Each visit below is its own claim. Check the services against your own records.", 8.5)
        return 222

    def later_page(self):
        self.header_band()
        d = self.doc
        d.text(44, 84, "Your Claims & Costs This Period (continued)", 11, True)
        return 104

    def footer(self):
        d = self.doc
        d.text(306, 760, f"Page {d.page} of {self.total or 0}", 8, False, "c")

    def claim_head(self, y, c):
        d = self.doc
        d.rect(44, y - 10, 524, 40, 0.6, 0.93)
        d.text(50, y, dfmt(c.info["dos"], "mon"), 10, True)
        d.text(150, y, "Lakemont Physical Therapy Associates, (555) 555-0148", 8.5, True)
        d.text(150, y + 11, "8 Orchard Ridge Ct, Fenwick Falls, WI 54099", 8.5)
        d.text(150, y + 22, f"Claim number: {c.payer_claim_id}   Referred by: Hollis Brandt-Ode", 8.5)
        return y + 42

    def cont_head(self, y, c):
        self.doc.text(44, y, f"{dfmt(c.info['dos'], 'mon')} claim {c.payer_claim_id} (continued)", 9, True)
        return y + 14

    def head_h(self):
        return 90

    def claim_foot(self, y, c):
        d = self.doc
        y = self.need(y, 16, c)
        d.text(44, y, "Total for Claim", self.size, True)
        for x, a in ((340, "billed"), (402, "allowed"), (460, "paid"), (520, "owes")):
            d.text(x, y, money(self.tot(c, a), "$"), self.size, True, "r")
        return y + 24

    def end(self, y):
        d = self.doc
        y = self.need(y, 90)
        d.text(44, y, "Notes for Claims Above", 11, True)
        yy = y + 14
        for a, b in self.legend:
            for k, part in enumerate(wrap(d, b, 490, 8)):
                d.text(44, yy, a if k == 0 else "", 8, True)
                d.text(60, yy, part, 8)
                yy += 10
        return yy


# ===================================================================================== L04
class L04(Layout):
    """Medicare Advantage member EOB (fpdf2, portrait Liberation Serif)."""
    name = "h86_04_ma_member_eob"
    description = "Medicare Advantage monthly member EOB, per-visit copay, long claim continued with header"
    producer = "fpdf2"
    font = "LiberationSerif"
    printed = ("billed", "discount", "paid", "patient_owes")
    cols_per_claim = True
    totals_keys = ("billed", "paid", "patient_owes")
    size = 8
    lh = 11
    bottom = 720
    fmt = Fmt(money=lambda v: money(v, "$"), date=iso2(lambda d: dfmt(d, "mdy4")),
              code=lambda c, m: [c, *m], remark_tok=lambda r: r)
    legend = [("1", "Your plan's agreed rate with this provider is lower than the billed charge."),
              ("2", "Outpatient rehabilitation copay: one copay per day of therapy."),
              ("3", "This service needed approval from the plan before it was given. None was on file."),
              ("4", "Your therapy visits this year have passed the review point; medical need was confirmed.")]

    def claims(self):
        st = PlanState(visit_copay=D("25.00"))
        out = []
        mk = [S(J(1, 5), "97167", 1, ["GO"]), S(J(1, 5), "97535", 1, ["GO"])]
        for dd in (7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30):
            mk += [S(J(1, dd), "97530", 2, ["GO"] if dd < 21 else ["GO", "CO"]),
                   S(J(1, dd), "97535" if dd % 2 else "97112", 1, ["GO"] if dd < 21 else ["GO", "CO"])]
        mk.append(S(J(1, 30), "97168", 1, ["GO", "KX"]))
        for s in mk:
            commercial(s, st)
        c1 = Claim("HR-00771345", "PSA2601300044817", "Leopold F. Marchetti", mk, {"prov": "Hillrest Occupational Therapy"})
        b = [S(J(1, 15), "99213", 1, []), S(J(1, 15), "G0283", 1, ["GP"]), S(J(1, 15), "97760", 1, ["GO"], denied="CO")]
        for s in b:
            commercial(s, PlanState(visit_copay=D("15.00")))
        c2 = Claim("4471209", "PSA2601200031902", "Leopold F. Marchetti", b, {"prov": "Northfork Family Medicine"})
        for c in (c1, c2):
            for s in c.svcs:
                s.remarks = (["1"] if s.discount else []) + (["2"] if s.copay else []) + \
                    (["3"] if s.denied else []) + (["4"] if "KX" in s.mods else [])
        return [c2, c1]

    cols = [Col("Date", 40, lambda s, c: dfmt(s.dos, "mdy4")),
            Col("Code", 92, lambda s, c: " ".join([s.code, *s.mods])),
            Col("Qty", 150, lambda s, c: units_str(s.units), "r"),
            Col("Provider\nbilled", 380, lambda s, c: money(s.billed, "$"), "r"),
            Col("Plan\ndiscount", 430, lambda s, c: money(s.discount, "$"), "r"),
            Col("Plan's\nshare", 480, lambda s, c: money(s.paid, "$"), "r"),
            Col("Your\nshare", 530, lambda s, c: money(s.owes, "$"), "r"),
            Col("Notes", 542, lambda s, c: ",".join(s.remarks))]
    desc = (160, 100, True)

    def band(self):
        d = self.doc
        d.rect(40, 28, 532, 30, 0.5, 0.85)
        d.text(48, 47, "PINECREST SENIOR ADVANTAGE (HMO)", 13, True)
        d.text(564, 47, "Explanation of Benefits", 10, True, "r")

    def first_page(self):
        d = self.doc
        self.band()
        d.text(40, 76, "Your medical claims for January 2026", 12, True)
        d.text(40, 90, "Member: Leopold F. Marchetti    Member ID: PSA-0418-77392    Plan year 2026", 9)
        d.text(40, 102, "This is not a bill. It tells you what your plan paid and what you may owe.", 9)
        y = 122
        d.rect(40, y - 10, 532, 58)
        d.text(48, y, "Summary", 10, True)
        d.text(300, y, "This month", 9, True, "r")
        d.text(400, y, "Plan year to date", 9, True, "r")
        tot_b = sum((self.tot(c, "billed") for c in self.claims_), ZERO)
        tot_p = sum((self.tot(c, "paid") for c in self.claims_), ZERO)
        tot_o = sum((self.tot(c, "owes") for c in self.claims_), ZERO)
        for k, (lab, v) in enumerate((("Providers billed", tot_b), ("Your plan paid", tot_p),
                                      ("Your share", tot_o))):
            d.text(48, y + 12 + k * 11, lab, 9)
            d.text(300, y + 12 + k * 11, money(v, "$"), 9, False, "r")
            d.text(400, y + 12 + k * 11, money(v, "$"), 9, False, "r")
        d.text(420, y + 12, "Max out-of-pocket: $4,900.00", 8)
        d.text(420, y + 23, "Met so far: " + money(tot_o, "$"), 8)
        d.text(40, 196, "Claim details", 12, True)
        return 214

    def later_page(self):
        self.band()
        return 78

    def footer(self):
        d = self.doc
        d.line(40, 748, 572, 748)
        d.text(40, 758, "Pinecrest Senior Advantage is an HMO plan with a Medicare contract. H9921_EOB26", 7)
        d.text(572, 758, f"Page {d.page} of {self.total or 0}", 7, False, "r")

    def claim_head(self, y, c):
        d = self.doc
        d.text(40, y, f"Claim ID {c.payer_claim_id}", 9.5, True)
        d.text(250, y, f"Provider: {c.info['prov']}", 9)
        d.text(40, y + 11, f"Patient: {c.patient}    Provider's claim reference: {c.claim_id}", 8.5)
        return y + 24

    def cont_head(self, y, c):
        self.doc.text(40, y, f"Claim ID {c.payer_claim_id} continued", 9.5, True)
        return y + 14

    def claim_foot(self, y, c):
        d = self.doc
        y = self.need(y, 14, c)
        d.line(300, y - 8, 572, y - 8)
        d.text(160, y, "Claim total", 8, True)
        for x, a in ((380, "billed"), (480, "paid"), (530, "owes")):
            d.text(x, y, money(self.tot(c, a), "$"), 8, True, "r")
        return y + 22

    def end(self, y):
        d = self.doc
        y = self.need(y, 60)
        d.text(40, y, "About the notes", 10, True)
        for k, (a, b) in enumerate(self.legend):
            d.text(40, y + 12 + k * 10, f"{a}  {b}", 8)
        return y


# ===================================================================================== L05
def ra_units(u):
    return f"{D(u):.2f}"


class L05(Layout):
    """State Medicaid weekly remittance advice (reportlab, landscape Courier)."""
    name = "h86_05_medicaid_weekly_ra"
    description = "State Medicaid weekly remittance advice, paid/denied/adjusted sections, reversal, continued"
    font = "Courier"
    landscape = True
    size = 7.5
    lh = 10
    bottom = 560
    printed = ("billed", "allowed", "paid")
    mods = True
    totals_keys = ("billed", "allowed", "paid")
    fmt = Fmt(money=lambda v: money(v, "", "trail"), date=iso2(lambda d: dfmt(d, "mdy6")),
              code=lambda c, m: [c, *m], units=ra_units, remark_tok=lambda r: r)
    legend = [("0114", "PAID IN FULL AT THE PROGRAM RATE. RECIPIENT MAY NOT BE CHARGED THE DIFFERENCE."),
              ("0362", "SERVICE LIMIT FOR THE BENEFIT PERIOD HAS BEEN REACHED."),
              ("0790", "PRIOR APPROVAL NUMBER MISSING OR DOES NOT MATCH THE SERVICE."),
              ("0905", "CLAIM REVERSED. SEE REPLACEMENT CLAIM ON THIS ADVICE.")]

    def claims(self):
        out = []

        def mk(nm, rid, acct, icn, svcs, sec, deny=None):
            for s in svcs:
                if deny:
                    s.denied = "CO"
                medicaid(s)
                s.remarks = [deny] if deny else (["0114"] if s.discount else [])
            out.append(Claim(acct, icn, nm, svcs, {"rid": rid}, sec))
        mk("ABERNATHY-ROSS, LILA", "110073350902", "CKT8857", "2602030104418",
           [S(J(1, 6), "92523", 1, ["GN"]), S(J(1, 13), "92507", 1, ["GN"]), S(J(1, 20), "92507", 1, ["GN"]),
            S(J(1, 27), "92507", 1, ["GN"])], "PAID")
        mk("PRUITT, DESMOND", "110048821301", "CKT8841", "2602030104419",
           [S(J(1, 5), "97165", 1, ["GO"]), S(J(1, 5), "97530", 2, ["GO"]),
            S(J(1, 7), "97530", 2, ["GO"]), S(J(1, 7), "97112", 1, ["GO"]),
            S(J(1, 12), "97530", 3, ["GO"]), S(J(1, 14), "97535", 2, ["GO"]),
            S(J(1, 19), "97530", 2, ["GO"]), S(J(1, 21), "97112", 2, ["GO"]),
            S(J(1, 26), "97530", 2, ["GO"]), S(J(1, 28), "97535", 1, ["GO"])]
           + [S(J(2, dd), c, u, ["GO"]) for dd in (2, 4, 6, 9, 11, 13, 16, 18, 20, 23, 25, 27) for c, u in
              (("97530", 2), ("97112", 1), ("97535", 1))], "PAID")
        tr = S(J(1, 5), "97110", 8, ["GP"], end=J(1, 16))
        mk("NGUYEN-HALE, TOBIAS", "110091102704", "CKT8870", "2602030104421",
           [S(J(1, 5), "97161", 1, ["GP"]), tr, S(J(1, 19), "97140", 4, ["GP"], end=J(1, 30))], "PAID")
        mk("PRUITT, MARISOL", "110048821302", "CKT8862", "2602030104422",
           [S(J(1, 8), "97166", 1, ["GO"]), S(J(1, 8), "97760", 1, ["GO"]), S(J(1, 8), "L3807", 1, ["RT"])],
           "DENIED", "0790")
        orig = [S(J(1, 2), "97530", 2, ["GO"]), S(J(1, 2), "97140", 1, ["GO", "59"])]
        for s in orig:
            medicaid(s)
        rev = [negate(s) for s in orig]
        for s in rev:
            s.remarks = ["0905"]
        out.append(Claim("CKT8799", "2602030104423", "ABERNATHY-ROSS, LILA", rev,
                         {"rid": "110073350902", "orig": "2601130099817"}, "ADJUSTED"))
        mk("ABERNATHY-ROSS, LILA", "110073350902", "CKT8799", "2602030104424",
           [S(J(1, 2), "97530", 3, ["GO"]), S(J(1, 2), "97140", 1, ["GO", "59"])], "ADJUSTED")
        return out

    X = [30, 52, 96, 140, 178, 218, 290, 350, 410, 470]
    cols = [Col("LN", 30, lambda s, c: ""),
            Col("FROM", 52, lambda s, c: dfmt(s.dos, "mdy6")),
            Col("THRU", 96, lambda s, c: dfmt(s.end or s.dos, "mdy6")),
            Col("PROC", 140, lambda s, c: s.code),
            Col("MODS", 178, lambda s, c: " ".join(s.mods)),
            Col("UNITS", 262, lambda s, c: ra_units(s.units), "r"),
            Col("BILLED", 322, lambda s, c: money(s.billed, "", "trail"), "r"),
            Col("ALLOWED", 382, lambda s, c: money(s.allowed, "", "trail"), "r"),
            Col("PAID", 442, lambda s, c: money(s.paid, "", "trail"), "r"),
            Col("EOB CODES", 460, lambda s, c: " ".join(s.remarks))]
    desc = None
    desc_printed = False

    def row(self, y, s, c):
        self.ln = getattr(self, "ln", 0) + 1
        y2 = super().row(y, s, c)
        self.doc.text(30, y2 - self.lh, f"{c.svcs.index(s) + 1:02d}", self.size)
        return y2

    def top(self):
        d = self.doc
        d.text(30, 30, "STATE OF NORTH ALDER - DEPARTMENT OF HEALTH COVERAGE", 8, True)
        d.text(762, 30, "MEDICAL ASSISTANCE REMITTANCE ADVICE", 8, True, "r")
        d.text(30, 40, "PROVIDER: 0048812207  CLEARWATER KIDS THERAPY LLC  TAXONOMY 225X00000X", 7.5)
        d.text(762, 40, f"RA NO: 0003318  FIN CYCLE: 03/02/26  PAGE {d.page:>3} OF {self.total or 0:>3}", 7.5,
               False, "r")
        d.text(30, 50, "1440 TIDEWATER PKWY STE 3  MERROW, NA 60871", 7.5)
        d.line(30, 55, 762, 55)
        return 68

    def first_page(self):
        return self.top()

    def later_page(self):
        return self.top()

    def col_header(self, y):
        d = self.doc
        for c in self.cols:
            d.text(c.x, y, c.head, self.size, True, c.align)
        d.line(30, y + 3, 762, y + 3, 0.3)
        return y + self.lh + 2

    def section_head(self, y, name):
        y = self.need(y, 40)
        self.doc.text(30, y + 4, f"*** CLAIMS {name} ***", 8, True)
        return y + 16

    def claim_head(self, y, c):
        d = self.doc
        d.text(30, y, f"RECIP: {c.patient:<24} ID: {c.info['rid']}  ICN: {c.payer_claim_id}  "
               f"PAT ACCT: {c.claim_id}", self.size, True)
        if c.info.get("orig"):
            d.text(560, y, f"ORIG ICN: {c.info['orig']}", self.size)
        return y + self.lh

    def cont_head(self, y, c):
        self.doc.text(30, y, f"RECIP: {c.patient}  ICN: {c.payer_claim_id}  (CONTINUED FROM PRIOR PAGE)",
                      self.size, True)
        return y + self.lh

    def claim_foot(self, y, c):
        d = self.doc
        y = self.need(y, self.lh, c)
        d.text(178, y, "CLAIM TOTAL", self.size, True)
        for x, a in ((322, "billed"), (382, "allowed"), (442, "paid")):
            d.text(x, y, money(self.tot(c, a), "", "trail"), self.size, True, "r")
        return y + self.lh + 6

    def end(self, y):
        d = self.doc
        y = self.need(y, 110)
        d.line(30, y, 762, y)
        paid = sum((self.tot(c, "paid") for c in self.claims_), ZERO)
        d.text(30, y + 12, f"SUMMARY  CLAIMS PAID: 3  DENIED: 1  ADJUSTED: 2   NET PAYMENT: {money(paid, ',', 'trail')}"
               f"   EFT TRACE: 0092231177", self.size, True)
        d.text(30, y + 28, "EOB CODE MESSAGES", self.size, True)
        for k, (a, b) in enumerate(self.legend):
            d.text(30, y + 40 + k * 10, f"{a}  {b}", self.size)
        return y


# ===================================================================================== L06
def adj_tok(g, r, a):
    return [f"{g}-{r}", money(a, ",")]


class L06(Layout):
    """State Medicaid claim payment summary, boxed (fpdf2, portrait DejaVu Sans)."""
    name = "h86_06_medicaid_claim_payment_summary"
    description = "State Medicaid claim payment summary, boxed claim cards, TCN, CARC per line, continued card"
    producer = "fpdf2"
    font = "DejaVuSans"
    size = 6.8
    lh = 10
    bottom = 735
    printed = ("billed", "allowed", "copay", "paid")
    adjs = True
    cols_per_claim = True
    totals_keys = ("billed", "allowed", "paid")
    fmt = Fmt(money=lambda v: money(v, ","), date=iso2(lambda d: dfmt(d, "mdy4")),
              code=lambda c, m: [c] + ([" ".join(m)] if m else []), units=lambda u: f"{D(u):.1f}",
              adj=adj_tok, adj_block=2, adj_complete=True, remark_tok=lambda r: r)
    legend = [("CO-45", "Billed amount is over the program's maximum fee."),
              ("CO-197", "No prior approval was on file for this service."),
              ("PR-3", "Member copayment set by the program."),
              ("N19", "Paid at the program rate; see the fee schedule for this procedure."),
              ("M62", "Approval number was missing from the claim.")]
    desc = None
    desc_printed = False

    def claims(self):
        out = []

        def mk(nm, mid, acct, tcn, svcs, status="PAID", copay=False, deny=False):
            for s in svcs:
                if deny:
                    s.denied = "CO"
                medicaid(s)
                if copay and not s.denied and s.paid >= D("3.00") and s.code in ("97530", "97110", "92507"):
                    s.copay = D("3.00")
                    s.paid -= s.copay
                    s.adjs.append(("PR", "3", s.copay))
                s.remarks = ["M62"] if deny else ["N19"]
            out.append(Claim(acct, tcn, nm, svcs, {"mid": mid, "status": status}))
        mk("HOLLOWAY, JUNIPER R", "NA40882173", "BWP-11802", "26033400017752",
           [S(J(1, 5), "97167", 1, ["GO"]), S(J(1, 5), "97535", 2, ["GO"]), S(J(1, 6), "97530", 2, ["GO"]),
            S(J(1, 8), "97530", 2, ["GO"]), S(J(1, 9), "97112", 2, ["GO"]), S(J(1, 12), "97530", 3, ["GO"]),
            S(J(1, 13), "97535", 2, ["GO"]), S(J(1, 15), "97530", 2, ["GO"]), S(J(1, 16), "97140", 1, ["GO", "59"]),
            S(J(1, 19), "97530", 2, ["GO"]), S(J(1, 20), "97112", 2, ["GO"]), S(J(1, 22), "97530", 2, ["GO"]),
            S(J(1, 23), "97535", 1, ["GO"]), S(J(1, 26), "97530", 2, ["GO"]), S(J(1, 27), "97112", 1, ["GO"]),
            S(J(1, 29), "97530", 2, ["GO"]), S(J(1, 30), "97168", 1, ["GO"])], copay=True)
        first = out.pop()
        mk("TRAN, BAO-NGOC", "NA40917730", "BWP-11815", "26033400017753",
           [S(J(1, 7), "92523", 1, ["GN"]), S(J(1, 14), "92507", 1, ["GN"]), S(J(1, 21), "92507", 1, ["GN"]),
            S(J(1, 28), "92507", 1, ["GN"])])
        out.append(first)
        mk("HOLLOWAY, CASPIAN T", "NA40882174", "BWP-11820", "26033400017754",
           [S(J(1, 9), "97760", 1, ["GO"]), S(J(1, 9), "L3807", 1, ["LT"])], "DENIED", deny=True)
        mk("ODUYA, FELICITY", "NA41100285", "BWP-11831", "26033400017755",
           [S(J(1, 12), "97161", 1, ["GP"]), S(J(1, 12), "97110", 2, ["GP"]),
            S(J(1, 19), "97110", 2, ["GP"]), S(J(1, 19), "97116", 1, ["GP"])], copay=True)
        return out

    cols = [Col("Ln", 34, lambda s, c: ""),
            Col("Svc From", 50, lambda s, c: dfmt(s.dos, "mdy4")),
            Col("Svc To", 94, lambda s, c: dfmt(s.end or s.dos, "mdy4")),
            Col("Proc", 140, lambda s, c: s.code),
            Col("Mods", 168, lambda s, c: " ".join(s.mods)),
            Col("Units", 216, lambda s, c: f"{s.units:.1f}", "r"),
            Col("Billed", 262, lambda s, c: money(s.billed, ","), "r"),
            Col("Allowed", 306, lambda s, c: money(s.allowed, ","), "r"),
            Col("Copay", 340, lambda s, c: money(s.copay, ","), "r"),
            Col("Paid", 384, lambda s, c: money(s.paid, ","), "r"),
            Col("Adj Rsn", 394, lambda s, c: f"{s.adjs[0][0]}-{s.adjs[0][1]}" if s.adjs else ""),
            Col("Adj Amt", 470, lambda s, c: money(s.adjs[0][2], ",") if s.adjs else "", "r"),
            Col("RARC", 480, lambda s, c: " ".join(s.remarks))]

    def row(self, y, s, c):
        y2 = super().row(y, s, c)
        self.doc.text(34, y2 - self.lh * (1 + len(self.sub_rows(s, c))), str(c.svcs.index(s) + 1), self.size)
        return y2

    def sub_rows(self, s, c):
        return [[(394, f"{g}-{r}", "l"), (470, money(a, ","), "r")] for g, r, a in s.adjs[1:]]

    def top(self):
        d = self.doc
        d.text(34, 36, "North Alder Medical Assistance Program", 12, True)
        d.text(34, 47, "Claim Payment Summary - Remittance for Payment Cycle 2026-05", 8.5)
        d.text(578, 36, f"Page {d.page} of {self.total or 0}", 7.5, False, "r")
        d.text(578, 47, "Payee: Brightwillow Pediatric Therapy   Payee ID 7300418862", 7.5, False, "r")
        d.line(34, 53, 578, 53, 1)

    def first_page(self):
        d = self.doc
        self.top()
        d.rect(34, 62, 544, 36)
        d.text(40, 74, "Payment date: 02/04/2026     Payment method: EFT     Trace: 4408130027", 7.5)
        d.text(40, 86, "Remit to: Brightwillow Pediatric Therapy, 55 Sorrel Commons, Merrow NA 60874", 7.5)
        return 116

    def later_page(self):
        self.top()
        return 70

    def head_h(self):
        return 40

    def claim_head(self, y, c):
        d = self.doc
        d.rect(34, y - 9, 544, 26, 0.5, 0.9)
        d.text(40, y, f"Member Name: {c.patient}", 7.5, True)
        d.text(250, y, f"Member ID: {c.info['mid']}", 7.5)
        d.text(400, y, f"TCN: {c.payer_claim_id}", 7.5, True)
        d.text(40, y + 11, f"Pat Acct No: {c.claim_id}", 7.5)
        d.text(250, y + 11, f"Claim Status: {c.info['status']}", 7.5)
        d.text(400, y + 11, "Bill Type: Professional", 7.5)
        return y + 28

    def cont_head(self, y, c):
        self.doc.text(40, y, f"TCN: {c.payer_claim_id}  {c.patient}  (card continued)", 7.5, True)
        return y + 13

    def claim_foot(self, y, c):
        d = self.doc
        y = self.need(y, 12, c)
        d.line(34, y - 8, 578, y - 8, 0.3)
        d.text(140, y, "Claim Totals:", self.size, True)
        for x, a in ((262, "billed"), (306, "allowed"), (384, "paid")):
            d.text(x, y, money(self.tot(c, a), ","), self.size, True, "r")
        return y + 20

    def end(self, y):
        d = self.doc
        y = self.need(y, 80)
        d.text(34, y, "Adjustment and remark codes on this remittance", 8.5, True)
        for k, (a, b) in enumerate(self.legend):
            d.text(34, y + 12 + k * 10, f"{a:<8} {b}", 7)
        return y


# ===================================================================================== L07
class L07(Layout):
    """Clearinghouse deposit reconciliation print of a Medicare Part B 835 (reportlab, DejaVu Sans Condensed)."""
    name = "h86_07_clearinghouse_deposit_print"
    description = "Clearinghouse 835 claim print for a Medicare carrier payment, stacked adjustments"
    font = "DejaVuSansCondensed"
    size = 7
    lh = 9.5
    bottom = 740
    printed = ("billed", "allowed", "deductible", "coinsurance", "paid")
    adjs = True
    cols_per_claim = True
    totals_keys = ("billed", "allowed", "paid")
    fmt = Fmt(money=lambda v: money(v, ","), date=iso2(lambda d: dfmt(d, "mdy4")),
              code=lambda c, m: [":".join([c, *m])], adj=adj_tok, adj_block=4, adj_complete=True,
              remark_tok=lambda r: r)
    legend = [("CO", "Contractual obligation (provider write-off)"), ("PR", "Patient responsibility"),
              ("45", "Over the fee schedule amount"), ("1", "Deductible"), ("2", "Coinsurance"),
              ("253", "Federal payment reduction"), ("50", "Payer found the service not medically needed"),
              ("N386", "Coverage policy applies; see local determination")]
    desc = None
    desc_printed = False

    def claims(self):
        st = PlanState(ded_left=D("60.00"))
        out = []

        def mk(nm, pcn, icn, svcs):
            for s in svcs:
                medicare(s, st)
                s.remarks = ["N386"] if s.denied else []
            out.append(Claim(pcn, icn, nm, svcs))
        mk("HALVORSEN, INGRID K", "WPT-26-0118", "0226019044170",
           [S(J(1, 8), "97161", 1, ["GP"]), S(J(1, 8), "97110", 2, ["GP"]), S(J(1, 8), "97140", 1, ["GP", "59"])])
        mk("DUBOIS-KENT, AUGUSTIN", "WPT-26-0121", "0226019044171",
           [S(J(1, 9), "97530", 2, ["GP"]), S(J(1, 9), "97112", 1, ["GP"]), S(J(1, 9), "0552T", 1, ["GP"],
                                                                               denied="CO")])
        mk("HALVORSEN, INGRID K", "WPT-26-0133", "0226019044172",
           [S(J(1, 15), "97110", 3, ["GP", "KX"]), S(J(1, 15), "97116", 1, ["GP", "KX"]),
            S(J(1, 15), "G0283", 1, ["GP"])])
        mk("FERREIRA, OTTILIE", "WPT-26-0140", "0226019044173",
           [S(J(1, 20), "97165", 1, ["GO"]), S(J(1, 20), "97535", 2, ["GO"]), S(J(1, 22), "97530", 2, ["GO", "CO"]),
            S(J(1, 22), "97535", 1, ["GO", "CO"])])
        for s in out[1].svcs:
            if s.denied:
                s.adjs = [("CO", "50", s.billed)]
        return out

    cols = [Col("Svc Date", 36, lambda s, c: dfmt(s.dos, "mdy4")),
            Col("Proc:Mods", 84, lambda s, c: ":".join([s.code, *s.mods])),
            Col("Units", 156, lambda s, c: units_str(s.units), "r"),
            Col("Charge", 204, lambda s, c: money(s.billed, ","), "r"),
            Col("Allowed", 248, lambda s, c: money(s.allowed, ","), "r"),
            Col("Deduct", 288, lambda s, c: money(s.deductible, ","), "r"),
            Col("Coins", 326, lambda s, c: money(s.coinsurance, ","), "r"),
            Col("Paid", 370, lambda s, c: money(s.paid, ","), "r"),
            Col("Adjustments", 384, lambda s, c: f"{s.adjs[0][0]}-{s.adjs[0][1]}"),
            Col("", 470, lambda s, c: money(s.adjs[0][2], ","), "r"),
            Col("Remarks", 484, lambda s, c: " ".join(s.remarks))]

    def sub_rows(self, s, c):
        return [[(384, f"{g}-{r}", "l"), (470, money(a, ","), "r")] for g, r, a in s.adjs[1:]]

    def top(self):
        d = self.doc
        d.text(36, 34, "ClearPath Exchange", 13, True)
        d.text(36, 44, "Deposit Reconciliation - 835 Claim Print", 8)
        d.text(576, 34, "Willowmere Physical Therapy PC   NPI 1730449912", 7.5, False, "r")
        d.text(576, 44, f"Printed 02/05/2026 07:14   Page {d.page} of {self.total or 0}", 7, False, "r")
        d.line(36, 49, 576, 49, 1)

    def first_page(self):
        d = self.doc
        self.top()
        d.text(36, 64, "Payer: Great Lakes Medicare Services - Part B, Jurisdiction 8", 8, True)
        d.text(36, 75, "Payment: EFT  Trace #: 1EFT00882241907   Effective: 02/03/2026", 7.5)
        paid = sum((self.tot(c, "paid") for c in self.claims_), ZERO)
        d.text(576, 64, f"Deposit amount: {money(paid, '$')}", 8, True, "r")
        d.text(576, 75, f"Claims in deposit: {len(self.claims_)}", 7.5, False, "r")
        return 98

    def later_page(self):
        self.top()
        return 66

    def head_h(self):
        return 40

    def claim_head(self, y, c):
        d = self.doc
        d.rect(36, y - 9, 540, 24, 0.4, 0.88)
        d.text(40, y, f"Patient: {c.patient}", 7.5, True)
        d.text(220, y, f"Patient Ctrl #: {c.claim_id}", 7.5)
        d.text(380, y, f"Payer Claim Ctrl #: {c.payer_claim_id}", 7.5)
        d.text(40, y + 10, "Claim Status: 1 - Processed as Primary", 7)
        owes = self.tot(c, "owes")
        d.text(220, y + 10, f"Claim Charge: {money(self.tot(c, 'billed'), ',')}", 7)
        d.text(380, y + 10, f"Claim Paid: {money(self.tot(c, 'paid'), ',')}   Pt Resp: {money(owes, ',')}", 7)
        return y + 26

    def claim_foot(self, y, c):
        d = self.doc
        y = self.need(y, 12, c)
        d.text(84, y, "Line totals", self.size, True)
        for x, a in ((204, "billed"), (248, "allowed"), (370, "paid")):
            d.text(x, y, money(self.tot(c, a), ","), self.size, True, "r")
        return y + 18

    def end(self, y):
        d = self.doc
        y = self.need(y, 100)
        d.text(36, y, "Code glossary (clearinghouse summary wording)", 8, True)
        for k, (a, b) in enumerate(self.legend):
            d.text(36, y + 11 + k * 9, f"{a:<6} {b}", 7)
        return y


# ===================================================================================== L08
class L08(Layout):
    """Practice-management payment reconciliation worksheet of a Medicare payment (fpdf2, landscape narrow)."""
    name = "h86_08_pm_reconciliation_worksheet"
    description = "PM-system reconciliation worksheet of a Medicare Part B payment, ids on every row, reversal"
    producer = "fpdf2"
    font = "LiberationSansNarrow"
    landscape = True
    size = 7.5
    lh = 12
    bottom = 555
    printed = ("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes")
    adjs = True
    totals_keys = ("billed", "allowed", "paid", "patient_owes")
    fmt = Fmt(money=lambda v: money(v, ",", "()"), date=iso2(lambda d: dfmt(d, "mdyn")),
              code=lambda c, m: [c, *m], adj=lambda g, r, a: [f"{g}{r}"] + ([money(a, ",", "()")]
                                                                         if (g, r) in (("CO", "45"), ("CO", "253"))
                                                                         else []),
              adj_complete=True, remark_tok=lambda r: r)
    legend = [("CO45", "contractual write-off above the fee schedule"), ("CO253", "2% federal reduction"),
              ("PR1", "deductible"), ("PR2", "coinsurance"), ("MA67", "payer took back an earlier payment")]
    desc = None
    desc_printed = False

    def claims(self):
        st = PlanState(ded_left=D("110.00"))
        out = []

        def mk(nm, acct, icn, svcs, rem=()):
            for s in svcs:
                medicare(s, st)
                s.remarks = list(rem)
            out.append(Claim(acct, icn, nm, svcs))
            return svcs
        a = []
        for dd in (5, 7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30):
            a += [S(J(1, dd), "97110", 2, ["GP"]), S(J(1, dd), "97140", 1, ["GP", "59"])]
        for dd in (2, 4, 6, 9, 11, 13):
            a += [S(J(2, dd), "97110", 2, ["GP", "KX"]), S(J(2, dd), "97112", 1, ["GP", "KX"])]
        a.insert(0, S(J(1, 5), "97161", 1, ["GP"]))
        mk("QUILLFEATHER, ROY", "100517", "2226020311580",
           [S(J(1, 13), "92523", 1, ["GN"]), S(J(1, 20), "92507", 1, ["GN"]), S(J(1, 27), "92507", 1, ["GN"])])
        mk("MORTENSEN, ELSA", "100482", "2226020311581", a)
        orig = [S(J(1, 6), "97530", 3, ["GO"]), S(J(1, 6), "97535", 1, ["GO"])]
        st0 = PlanState(ded_left=D("0"))
        for s in orig:
            medicare(s, st0)
        rev = [negate(s) for s in orig]
        for s in rev:
            s.remarks = ["MA67"]
        out.append(Claim("100533", "2226020311582", "VANTERPOOL, HESTER", rev))
        corr = [S(J(1, 6), "97530", 3, ["GO", "KX"]), S(J(1, 6), "97535", 1, ["GO", "KX"])]
        for s in corr:
            medicare(s, st0)
        out.append(Claim("100533", "2226020311583", "VANTERPOOL, HESTER", corr))
        return out

    cols = [Col("Acct #", 24, lambda s, c: c.claim_id),
            Col("Patient", 58, lambda s, c: c.patient),
            Col("ICN", 150, lambda s, c: c.payer_claim_id),
            Col("DOS", 212, lambda s, c: dfmt(s.dos, "mdyn")),
            Col("CPT", 252, lambda s, c: s.code),
            Col("M1", 280, lambda s, c: s.mods[0] if s.mods else ""),
            Col("M2", 298, lambda s, c: s.mods[1] if len(s.mods) > 1 else ""),
            Col("Qty", 326, lambda s, c: units_str(s.units), "r"),
            Col("Charge", 372, lambda s, c: money(s.billed, ",", "()"), "r"),
            Col("Allowed", 414, lambda s, c: money(s.allowed, ",", "()"), "r"),
            Col("Contr Adj", 458, lambda s, c: money(sum((a for g, r, a in s.adjs if r == "45"), ZERO), ",", "()"),
                "r"),
            Col("Seq Red", 494, lambda s, c: money(s.seq, ",", "()"), "r"),
            Col("Ded", 530, lambda s, c: money(s.deductible, ",", "()"), "r"),
            Col("Coins", 566, lambda s, c: money(s.coinsurance, ",", "()"), "r"),
            Col("Pt Resp", 604, lambda s, c: money(s.owes, ",", "()"), "r"),
            Col("Paid", 646, lambda s, c: money(s.paid, ",", "()"), "r"),
            Col("Reasons", 654, lambda s, c: " ".join(f"{g}{r}" for g, r, _ in s.adjs)),
            Col("Rmk", 730, lambda s, c: " ".join(s.remarks))]

    def row(self, y, s, c):
        y2 = super().row(y, s, c)
        self.doc.line(24, y2 - self.lh + 3, 768, y2 - self.lh + 3, 0.15)
        return y2

    def top(self):
        d = self.doc
        d.text(24, 30, "TheraLedger PM  |  Payment Reconciliation Worksheet", 11, True)
        d.text(768, 30, f"Page {d.page} of {self.total or 0}", 8, False, "r")
        d.text(24, 42, "Practice: Cobalt Coast Therapy Partners   Payer: Pacifica Medicare Administrative Services "
               "(Part B)   Check/EFT: 882041557   Deposit date: 2/24/2026", 7.5)
        d.line(24, 48, 768, 48, 0.8)

    def first_page(self):
        self.top()
        return 66

    def later_page(self):
        self.top()
        return 66

    def claim_foot(self, y, c):
        d = self.doc
        y = self.need(y, 12, c)
        d.text(150, y, f"Claim {c.payer_claim_id} subtotal", self.size, True)
        for x, a in ((372, "billed"), (414, "allowed"), (604, "owes"), (646, "paid")):
            d.text(x, y, money(self.tot(c, a), ",", "()"), self.size, True, "r")
        return y + 16

    def end(self, y):
        d = self.doc
        y = self.need(y, 70)
        paid = sum((self.tot(c, "paid") for c in self.claims_), ZERO)
        d.text(24, y, f"Deposit total posted: {money(paid, ',', '()')}    Posted by: kmarlowe    Batch 26-0224-02",
               8, True)
        d.text(24, y + 14, "Reason key: " + "; ".join(f"{a} = {b}" for a, b in self.legend), 7)
        return y


# ===================================================================================== L09
class L09(Layout):
    """Therapy clinic family account summary statement (reportlab, portrait core Times)."""
    name = "h86_09_clinic_family_account_summary"
    description = "Pediatric therapy clinic family statement, visits per child with insurer claim no., payments"
    font = "Times-Roman"
    size = 8.5
    lh = 11
    bottom = 730
    printed = ("billed", "paid", "patient_owes")
    mods = False
    repeat_cols = False
    totals_keys = ("billed", "paid", "patient_owes")
    fmt = Fmt(money=lambda v: money(v, ","), date=iso2(lambda d: dfmt(d, "mdy4")), code=lambda c, m: [c])
    desc = (132, 150, True)
    remarks = False

    def claims(self):
        out = []
        st = PlanState(ded_left=D("120.00"), coins_rate=D("0.20"))

        def mk(p, visit, clm, svcs):
            for s in svcs:
                commercial(s, st)
            out.append(Claim(visit, clm, p, svcs))
        for kid, dates, codes in (
                ("Wren Castellanos", (6, 13, 20, 27), [("92507", 1, "GN")]),
                ("Ezra Castellanos", (7, 14, 21, 28), [("97530", 2, "GO"), ("97112", 1, "GO")]),
                ("Lucia Castellanos", (9, 16, 23, 30), [("97530", 2, "GO"), ("97535", 1, "GO"), ("97140", 1, "GO")])):
            for dd in dates:
                v = f"V26-{dd:02d}{len(out) + 31:03d}"
                mk(kid, v, f"CHP{dd:02d}0126{4410 + len(out)}", [S(J(1, dd), c, u, [m]) for c, u, m in codes])
        return out

    cols = [Col("Date", 40, lambda s, c: dfmt(s.dos, "mdy4")),
            Col("Code", 96, lambda s, c: s.code),
            Col("Description", 132, lambda s, c: ""),
            Col("Units", 300, lambda s, c: units_str(s.units), "r"),
            Col("Charges", 352, lambda s, c: money(s.billed, ","), "r"),
            Col("Insurance\nPaid", 410, lambda s, c: money(s.paid, ","), "r"),
            Col("Insurance\nAdjustment", 470, lambda s, c: money(s.billed - s.paid - s.owes, ","), "r"),
            Col("Your\nBalance", 530, lambda s, c: money(s.owes, ","), "r")]

    def first_page(self):
        d = self.doc
        d.text(40, 44, "Brightwillow Pediatric Therapy", 16, True)
        d.text(40, 56, "55 Sorrel Commons, Merrow NA 60874   |   Billing office (555) 555-0177", 8.5)
        d.rect(350, 30, 222, 74)
        d.text(358, 42, "Statement date      02/06/2026", 8.5)
        d.text(358, 54, "Account no.           G-20391", 8.5)
        d.text(358, 66, "Guarantor               Marisa Castellanos", 8.5)
        tb = sum((self.tot(c, "owes") for c in self.claims_), ZERO) - D("60.00")
        d.text(358, 80, f"Amount due           {money(tb, '$')}", 10, True)
        d.text(358, 94, "Amount enclosed   $__________", 8.5)
        d.text(40, 86, "MARISA CASTELLANOS", 9)
        d.text(40, 97, "4 FERNHOLLOW WAY", 9)
        d.text(40, 108, "MERROW NA 60873", 9)
        d.line(40, 118, 572, 118, 0.5)
        d.text(306, 126, "Please detach and return the top portion with your payment", 7, False, "c")
        d.text(40, 146, "Family Account Summary", 13, True)
        d.text(40, 158, "Insurance: Cedarline Health Plan, ID CDL-77210455, subscriber Marisa Castellanos", 8.5)
        return 178

    def later_page(self):
        d = self.doc
        d.text(40, 40, "Brightwillow Pediatric Therapy - Family Account Summary, account G-20391 (continued)", 9,
               True)
        return 60

    def footer(self):
        d = self.doc
        d.text(572, 760, f"Page {d.page} of {self.total or 0}", 8, False, "r")

    def claim_head(self, y, c):
        d = self.doc
        if getattr(self, "_last", None) != c.patient:
            y = self.need(y, 40)
            d.text(40, y + 4, f"Patient: {c.patient}", 10, True)
            y += 18
            self._last = c.patient
        d.text(40, y, f"Visit {c.claim_id} - billed to Cedarline Health Plan, insurance claim no. "
                      f"{c.payer_claim_id}", 8, True)
        return y + self.lh

    def cont_head(self, y, c):
        self.doc.text(40, y, f"{c.patient}, visit {c.claim_id} (continued)", 8, True)
        return y + self.lh

    def claim_foot(self, y, c):
        d = self.doc
        y = self.need(y, self.lh, c)
        d.text(132, y, "Visit total", self.size, True)
        for x, v in ((352, self.tot(c, "billed")), (410, self.tot(c, "paid")), (530, self.tot(c, "owes"))):
            d.text(x, y, money(v, ","), self.size, True, "r")
        return y + self.lh + 6

    def end(self, y):
        d = self.doc
        y = self.need(y, 90)
        d.line(40, y, 572, y)
        d.text(40, y + 14, "02/02/2026", 8.5)
        d.text(132, y + 14, "Payment received - thank you (card ending 3318)", 8.5)
        d.text(530, y + 14, "-60.00", 8.5, False, "r")
        tb = sum((self.tot(c, "owes") for c in self.claims_), ZERO)
        d.text(132, y + 30, "Total charges", 8.5, True)
        d.text(352, y + 30, money(sum((self.tot(c, "billed") for c in self.claims_), ZERO), ","), 8.5, True, "r")
        d.text(132, y + 42, "Balance due from you", 8.5, True)
        d.text(530, y + 42, money(tb - D("60.00"), ","), 8.5, True, "r")
        d.text(40, y + 62, "Current: " + money(tb - D("60.00"), "$") + "    31-60 days: $0.00    61-90 days: $0.00"
               "    Over 90 days: $0.00", 8)
        return y


# ===================================================================================== L10
class L10(Layout):
    """Hospital outpatient rehab household statement with a sidebar (fpdf2, portrait DejaVu Sans)."""
    name = "h86_10_hospital_household_statement"
    description = "Hospital household statement, sidebar, accounts per family member, account-level insurance"
    producer = "fpdf2"
    font = "DejaVuSans"
    size = 7
    lh = 12.5
    bottom = 740
    printed = ("billed",)
    remarks = False
    repeat_cols = False
    cols_per_claim = True
    totals_keys = ("billed",)
    fmt = Fmt(money=lambda v: money(v, "$"), date=iso2(lambda d: dfmt(d, "mdy2")),
              code=lambda c, m: [c, *m])
    desc = (300, 150, True)

    def claims(self):
        out = []
        st = PlanState(ded_left=D("300.00"), coins_rate=D("0.20"))

        def mk(p, acct, clm, svcs, ins):
            for s in svcs:
                commercial(s, st)
            out.append(Claim(acct, clm, p, svcs, {"ins": ins}))
        mk("ETTA QUIMBY-FROST", "0049917733", "TRV-26-0042817",
           [S(J(1, 5), "97166", 1, ["GO"])] + [S(J(1, d), c, u, ["GO"]) for d in (7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30)
                                                for c, u in (("97530", 2), ("97535", 1))]
           + [S(J(1, 28), "97760", 1, ["GO"]), S(J(1, 28), "L3807", 1, ["RT"])], "Trevail Health Insurance Co.")
        mk("SAMUEL QUIMBY-FROST", "0049920118", "TRV-26-0044102",
           [S(J(1, 12), "97163", 1, ["GP"]), S(J(1, 12), "97110", 2, ["GP"]), S(J(1, 19), "97110", 2, ["GP"]),
            S(J(1, 19), "97116", 1, ["GP"])], "Trevail Health Insurance Co.")
        mk("NOOR QUIMBY-FROST", "0049923305", "TRV-26-0045560",
           [S(J(1, 14), "92523", 1, ["GN"]), S(J(1, 21), "92507", 1, ["GN"]), S(J(1, 28), "92526", 1, ["GN"])],
           "Trevail Health Insurance Co.")
        out.append(out.pop(0))
        return out

    cols = [Col("Date", 184, lambda s, c: dfmt(s.dos, "mdy2")),
            Col("Rev", 222, lambda s, c: {"P": "0420", "N": "0440", "O": "0430"}.get(
                next((m[1] for m in s.mods if m[0] == "G"), "O"), "0430") if s.code != "L3807" else "0274"),
            Col("CPT/HCPCS", 248, lambda s, c: " ".join([s.code, *s.mods])),
            Col("Description", 300, lambda s, c: ""),
            Col("Qty", 470, lambda s, c: units_str(s.units), "r"),
            Col("Charges", 578, lambda s, c: money(s.billed, "$"), "r")]

    def sidebar(self):
        d = self.doc
        d.rect(30, 30, 140, 700, 0.5, 0.94)
        d.text(38, 48, "St. Aurelian", 12, True)
        d.text(38, 60, "Regional Hospital", 12, True)
        d.text(38, 86, "Household Statement", 9, True)
        d.text(38, 100, "Statement date 02/09/26", 7.5)
        d.text(38, 110, "Guarantor no. 7730015", 7.5)
        tb = sum((c.info["bal"] for c in self.claims_), ZERO)
        d.text(38, 140, "Amount due", 9, True)
        d.text(38, 154, money(tb, "$"), 13, True)
        d.text(38, 170, "Please pay by 03/06/26", 7.5)
        y = 200
        for t in ("Ways to pay", "By phone: (555) 555-0190", "By mail: use the slip", "on the last page",
                  "", "Questions about", "your bill?", "Patient Financial", "Services, weekdays", "7:30 am - 5 pm",
                  "", "Financial help may", "be available. Ask us", "about our discount", "program."):
            d.text(38, y, t, 7.5, t in ("Ways to pay", "Questions about", "your bill?"))
            y += 10

    def first_page(self):
        d = self.doc
        for c in self.claims_:
            b, pd_ = self.tot(c, "billed"), self.tot(c, "paid")
            c.info["adj"] = self.tot(c, "billed") - pd_ - self.tot(c, "owes")
            c.info["bal"] = b - pd_ - c.info["adj"]
        self.sidebar()
        d.text(184, 48, "HANNELORE QUIMBY-FROST", 9, True)
        d.text(184, 59, "12 LARKSPUR TERRACE", 8)
        d.text(184, 70, "OSBURN BAY, MN 55990", 8)
        d.text(184, 100, "Your household's outpatient therapy accounts", 11, True)
        d.text(184, 112, "Each account below is one course of care. Insurance activity is shown under the "
               "account.", 7.5)
        return 134

    def later_page(self):
        d = self.doc
        d.text(184, 40, "St. Aurelian Regional Hospital - Household Statement (continued)", 8.5, True)
        d.line(184, 45, 578, 45)
        return 62

    def footer(self):
        d = self.doc
        d.text(578, 765, f"Page {d.page} of {self.total or 0}", 7, False, "r")

    def head_h(self):
        return 40

    def claim_head(self, y, c):
        d = self.doc
        d.line(184, y - 9, 578, y - 9, 0.8)
        d.text(184, y, f"Account {c.claim_id}  -  Patient: {c.patient}", 8.5, True)
        d.text(184, y + 11, f"Outpatient Rehabilitation   Primary insurance: {c.info['ins']}   Claim # "
               f"{c.payer_claim_id}", 7)
        return y + 24

    def cont_head(self, y, c):
        self.doc.text(184, y, f"Account {c.claim_id} - {c.patient} (continued)", 8, True)
        return y + 12

    def claim_foot(self, y, c):
        d = self.doc
        y = self.need(y, 58, c)
        d.text(300, y, "Total charges", self.size, True)
        d.text(578, y, money(self.tot(c, "billed"), "$"), self.size, True, "r")
        rows = ((f"Insurance payment - {c.info['ins']}", -self.tot(c, "paid")),
                ("Insurance contractual adjustment", -c.info["adj"]),
                ("Account balance - your responsibility", c.info["bal"]))
        for k, (t, v) in enumerate(rows):
            d.text(300, y + (k + 1) * self.lh, t, self.size, k == 2)
            d.text(578, y + (k + 1) * self.lh, money(v, "$"), self.size, k == 2, "r")
        return y + 5 * self.lh


LAYOUTS = [L01, L02, L03, L04, L05, L06, L07, L08, L09, L10]


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout86_"))
    if "samples" in out.resolve().parts:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    for L in LAYOUTS:
        lay = L()
        path = lay.build(out)
        import json
        truth = json.loads(Path(str(path) + ".truth.json").read_text())
        msg = f"{path.name}: {truth['pages']} pages, {len(truth['lines'])} lines, {len(truth['claims'])} claims"
        if check:
            errs = check_pdf(path, truth, lay.fmt)
            if errs:
                bad += 1
                msg += f"  FAIL ({len(errs)})\n    " + "\n    ".join(errs[:12])
            else:
                msg += "  ok"
        print(msg)
    print(out)
    if check and bad:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
