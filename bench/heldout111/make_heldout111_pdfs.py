"""Write the held-out set 111 of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary,
realistic documents, two of each of the five commonest real kinds, each in a house style of its own.

Run:  python bench/heldout111/make_heldout111_pdfs.py [OUT_DIR]            (default: a new temp folder, printed)
      python bench/heldout111/make_heldout111_pdfs.py OUT_DIR --check      (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (run by the measurer, once)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Helpers from samples/pdf/eobgen.py (Svc, plan arithmetic, money, dfmt, truth_line, write_truth); drawing back-ends,
the paginator helpers and text extraction live in h111kit.py next to this file. Deterministic (reportlab
invariant=1, fpdf2 fixed creation date, no randomness); each document is rendered twice so "Page n of N" is true.

Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout does
not print (units null where no quantity is printed; modifiers [] where none are printed; service_end only where a
"to" date is printed); claim_id = the provider's own account / patient-control / visit / invoice number,
payer_claim_id = the payer's claim number / ICN / TCN / reference, patient exactly as printed (the person served,
never the guarantor or subscriber unless the same person). Adjustments only where the line prints group+reason+
amount. On the family statements the insurer's write-off column is recorded as "discount" (no CARC printed) and
the per-line balance as patient_owes. Claim totals are the printed per-claim totals (null where none printed).
No planted mismatch in this set (expected_findings empty). Every name, number, payer, provider, address and ID is
invented; descriptions are our own words.

Layouts:
  m1  commercial PPO member EOB (reportlab, portrait Liberation Serif): "Claim for / Claim number / Provider
      account", columns "Date of service / What was done / Code / Billed / Discount / Allowed / Not covered /
      Deductible / Copay / Coinsurance / Plan paid / You owe / Remark", code "97530-GO", no units, wrapped long
      descriptions, 4 family members, claim continues with header repeated and "(continued)", remark legend
  m2  commercial HMO/EPO member EOB (fpdf2, landscape DejaVu Sans Condensed): boxed claim heads, "Serv. Date /
      Proc / Mod / Qty / Billed / Network Savings / Not Covered / Eligible / Deductible / Copay / Co-ins / Plan Paid
      / Member Resp. / Msg", three family members, denied lines, year-to-date accumulator sidebar on page 1
  n1  Medicare Summary Notice Part B (reportlab, portrait Helvetica large type): date per claim heading,
      "Service Provided & Billing Code" with "(97110-GP)" and "Qty 2", "Benefit Applied? / Amount Provider
      Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You May Be Billed / See Notes Below",
      letter notes, claim running on to page 2 without repeated column header
  n2  Medicare Advantage PPO member EOB (fpdf2, portrait Liberation Sans): "Claim ID / Patient account",
      "Date / Service description (code) / Units / Provider billed / Plan approved / Plan paid / Your share",
      codes glued "97530GO", non-therapy 99213/G0283 lines, a zero-pay line, claim total rows
  c1  state Medicaid remittance advice (fpdf2, landscape Courier): monospace report with "PAID CLAIMS" /
      "DENIED CLAIMS" / "ADJUSTED CLAIMS" sections, ICN + RECIPIENT + MED REC heads, "FROM-DOS TO-DOS" MMDDYY,
      MOD1 MOD2, units "4.00", EOB codes, a reversal with trailing-minus amounts and its re-payment, header
      repeated on continuation pages, claim totals
  c2  state Medicaid managed-care remittance (reportlab, portrait DejaVu Sans Mono in ruled boxes): "TCN",
      "Member", "Pat Ctrl #", "Ln / DOS / Procedure-Mods / Qty / Charge / Allowed / Paid / Adjustment (CARC)
      / RARC", adjustments "CO-45 12.34", denials, claim totals, code legend
  p1  Medicare-style paper remit from a clearinghouse (reportlab, landscape Courier): "PERF PROV / SERV DATE /
      POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD", "NAME / HIC / ACNT /
      ICN / ASG / MOA" claim heads, three adjustments on the line, "CLAIM TOTALS" rows, header repeated
  p2  practice-management "ERA posting report" (fpdf2, portrait Liberation Sans Narrow grid): commercial and
      Medicaid payers mixed, "Pt Acct / Payer Claim # / Patient", "DOS / CPT / Mod / Units / Charge / Allowed /
      Deduct / Coins / Copay / Adj Codes / Paid", adjustments "CO45 41.20 PR3 20.00" in one cell
  s1  pediatric therapy clinic family statement (reportlab, portrait Liberation Sans, right sidebar with amount
      due): visit heading rows "Visit # ... Ins claim # ...", "Date / Patient / Code / Description / Charges /
      Ins Paid / Ins Adj / Balance", 3 children, rows continue onto page 2 WITHOUT a repeated header
  s2  hospital outpatient rehab statement to a guarantor (fpdf2, portrait DejaVu Serif): account blocks per
      family member "Hospital Account No. / Insurance claim no.", "Date / Rev / CPT-HCPCS / Description / Qty /
      Charges / Ins Payments / Ins Adjustments / Your Balance", account subtotals, continued account on page 2

The self-check (--check) tests the factory, not the reader: every truth amount, code, modifier, units value,
remark and adjustment is printed as a token on the same extracted text line as its service row (the date on the
row or on the claim heading as the layout prints it), claim ids / payer ids / patients are in the page text, page
counts match the truth, billed - adjustments = paid where adjustments are printed, billed - discount -
not covered = allowed and allowed - deductible - copay - coinsurance = paid (Medicare: less 2% reduction) where
printed, claim totals = sum of lines, at least three files carry a claim continuing onto a later page.
"""

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
from eobgen import ZERO, PlanState, Svc, dfmt, money, q  # noqa: E402
from h111kit import FP, RL, has_tok, page_lines, wrap  # noqa: E402

D = date
G.FEE.setdefault("97533", "88.00")
G.SCHED.setdefault("97533", "31.90")
G.DESC.setdefault("97533", "Sensory integration techniques")


def svcs(month, spec):
    """spec: list of (day, code, units, mods, denied)."""
    out = []
    for item in spec:
        day, code, units, mods = item[:4]
        denied = item[4] if len(item) > 4 else None
        out.append(Svc(D(2026, month, day), code, Decimal(str(units)), tuple(mods), denied=denied))
    return out


# --------------------------------------------------------------------------------------- paginator

class Layout:
    name = ""
    land = False
    backend = RL
    bottom = 60.0
    repeat_head = True       # redraw claim head (cont) + table head on a continued page
    printed: tuple = ()
    units = True
    mods = True
    adj_printed = False
    date_on_row = True
    kind = ""
    desc_text = ""

    def __init__(self):
        self.claims = self.data()

    # hooks
    def data(self): raise NotImplementedError
    def furniture(self, d, pno, total): raise NotImplementedError
    def first(self, d, y): return y
    def claim_head(self, d, cl, y, cont): raise NotImplementedError
    def claim_head_h(self, cl, cont): return 30
    def table_head(self, d, y): return y
    def table_head_h(self): return 0
    def row(self, d, cl, s, y): raise NotImplementedError   # -> (new_y, tokens)
    def row_h(self, d, cl, s): return 11
    def claim_foot(self, d, cl, y): return y
    def claim_foot_h(self, cl): return 0
    def section(self, d, cl, y): return y        # section titles between claims
    def tail(self, d, y): return y
    def tail_h(self): return 0
    def remarks(self, cl, s): return []
    def totals(self, cl): return G.claim_totals()
    def legend(self): return []

    def render(self, path: Path, total: int):
        d = self.backend(path, self.land)
        self.d = d
        pno = 1
        d.new_page()
        y = self.furniture(d, pno, total)
        y = self.first(d, y)
        lines, claims = [], []
        for cl in self.claims:
            y2 = self.section(d, cl, y)
            if y2 != y:
                y = y2
            need = self.claim_head_h(cl, False) + self.table_head_h() + self.row_h(d, cl, cl["svcs"][0]) * 2
            if y + need > d.H - self.bottom:
                d.new_page()
                pno += 1
                y = self.furniture(d, pno, total)
                y = self.section(d, cl, y)
            y = self.claim_head(d, cl, y, False)
            y = self.table_head(d, y)
            cl["pages"] = {pno}
            for s in cl["svcs"]:
                h = self.row_h(d, cl, s)
                if y + h > d.H - self.bottom:
                    d.new_page()
                    pno += 1
                    y = self.furniture(d, pno, total)
                    if self.repeat_head:
                        y = self.claim_head(d, cl, y, True)
                        y = self.table_head(d, y)
                cl["pages"].add(pno)
                y, toks = self.row(d, cl, s, y)
                rem = self.remarks(cl, s)
                adjs = s.adjs if self.adj_printed else []
                t = G.truth_line(pno, s, claim_id=cl.get("acct"), payer_claim_id=cl.get("icn"),
                                 patient=cl.get("patient"), printed=self.printed, units=self.units,
                                 modifiers=self.mods, adjustments=adjs, remarks=rem,
                                 service_end=s.end, description=False)
                t["_tokens"] = toks
                t["_date_tok"] = cl.get("_date_tok") if not self.date_on_row else None
                lines.append(t)
            fh = self.claim_foot_h(cl)
            if y + fh > d.H - self.bottom:
                d.new_page()
                pno += 1
                y = self.furniture(d, pno, total)
                cl["pages"].add(pno)
            y = self.claim_foot(d, cl, y)
            claims.append({"claim_id": cl.get("acct"), "payer_claim_id": cl.get("icn"),
                           "patient": cl.get("patient"), "totals": self.totals(cl)})
        if y + self.tail_h() > d.H - self.bottom:
            d.new_page()
            pno += 1
            y = self.furniture(d, pno, total)
        self.tail(d, y)
        d.finish()
        return pno, lines, claims

    def write(self, out: Path):
        path = out / f"{self.name}.pdf"
        n, _, _ = self.render(path, 99)
        n2, lines, claims = self.render(path, n)
        assert n == n2
        side = [{"tokens": ln.pop("_tokens"), "date_tok": ln.pop("_date_tok")} for ln in lines]
        G.write_truth(path, self.name, self.backend.producer, n, self.desc_text, lines, claims, self.legend())
        spans = sum(1 for c in self.claims if len(c["pages"]) > 1)
        return path, side, spans


def tot(cl, *fields):
    out = {}
    for k in ("billed", "allowed", "paid", "patient_owes"):
        out[k] = G.total(cl["svcs"], G._ATTR.get(k, k)) if k in fields else None
    return G.claim_totals(**out)


# ============================================================================ m1 commercial PPO EOB

class M1(Layout):
    name = "m1_ppo_member_eob"
    kind = "commercial member EOB"
    desc_text = "Commercial PPO member EOB, family of four, claim continued on page 2."
    backend = RL
    printed = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
               "patient_owes")
    units = False
    bottom = 70
    F, FB, SZ = "LibSerif", "LibSerif-B", 7.2
    COLS = [("Date of\nservice", 36, "l"), ("What was done", 84, "l"), ("Code", 196, "l"), ("Billed", 268, "r"),
            ("Discount", 308, "r"), ("Allowed", 348, "r"), ("Not\ncovered", 388, "r"), ("Deductible", 428, "r"),
            ("Copay", 462, "r"), ("Coinsur-\nance", 498, "r"), ("Plan\npaid", 538, "r"), ("You\nowe", 574, "r"),
            ("Remark", 580, "l")]

    def data(self):
        st = {"Dana": PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20")),
              "kids": PlanState(ded_left=ZERO, copay_codes={"92507": Decimal("30.00")}, coins_rate=Decimal("0.10"))}
        cls = []
        def mk(acct, icn, pat, prov, month, spec, plan, rel):
            ss = svcs(month, spec)
            for s in ss:
                if s.code in G.LONG_DESC and s.code in ("97110", "97140", "97535"):
                    s.desc = G.LONG_DESC[s.code]
                G.commercial(s, st[plan], deny_reason="96")
            cls.append({"acct": acct, "icn": icn, "patient": pat, "prov": prov, "svcs": ss, "rel": rel})
        mk("HV-22817", "E26-0114-88201", "Dana R Whitcombe", "Harbor View Hand & Upper Limb Therapy", 1,
           [(6, "97166", 1, ("GO",)), (6, "97530", 2, ("GO",)), (13, "97530", 3, ("GO",)), (13, "97140", 1, ("GO", "59")),
            (20, "97110", 2, ("GO",)), (20, "97760", 1, ("GO",)), (27, "97530", 2, ("GO",)),
            (27, "0552T", 1, (), "PR")], "Dana", "Subscriber")
        mk("SLP-40931", "E26-0121-11470", "Milo J Whitcombe", "Brightwater Pediatric Speech", 1,
           [(8, "92523", 1, ("GN",)), (15, "92507", 1, ("GN",)), (22, "92507", 1, ("GN",)), (29, "92507", 1, ("GN",))],
           "kids", "Son")
        mk("HV-22904", "E26-0128-90315", "Tessa Whitcombe", "Harbor View Hand & Upper Limb Therapy", 1,
           [(9, "97165", 1, ("GO",)), (9, "97535", 2, ("GO",)), (16, "97530", 2, ("GO",)), (16, "97112", 1, ("GO",)),
            (23, "97535", 1, ("GO",)), (23, "97530", 2, ("GO", "KX")), (30, "97110", 1, ("GO",)),
            (30, "97530", 2, ("GO",)), (30, "97140", 1, ("GO",))], "kids", "Daughter")
        mk("PT-7716", "E26-0203-00562", "Graham Whitcombe", "Eastside Physical Therapy Group", 1,
           [(12, "97161", 1, ("GP",)), (12, "97110", 2, ("GP",)), (19, "97140", 1, ("GP",)), (19, "97116", 1, ("GP",)),
            (26, "97110", 2, ("GP", "CQ")), (26, "G0283", 1, ("GP",), "PR")], "kids", "Spouse")
        return cls

    def remarks(self, cl, s):
        if s.denied:
            return ["N4"]
        if s.deductible:
            return ["N1"]
        if s.copay:
            return ["N2"]
        return ["N3"] if s.coinsurance else []

    def legend(self):
        return [["N1", "Part of this amount was counted toward your yearly deductible."],
                ["N2", "A fixed copay applies to this kind of visit under your plan."],
                ["N3", "Your share is a percentage of the allowed amount after the plan discount."],
                ["N4", "Your plan does not include this service; the provider may bill you for it."]]

    def furniture(self, d, pno, total):
        d.text(36, 40, "CASCADE RIDGE HEALTH PLAN", self.FB, 14)
        d.text(36, 52, "PO Box 40117  Tacoma, WA 98401-0117   Member Services 1-800-555-0147", self.F, 7.5)
        d.text(576, 40, "Explanation of Benefits", self.FB, 12, "r")
        d.text(576, 52, "THIS IS NOT A BILL", self.FB, 8, "r")
        d.hline(36, 576, 58, 1.2)
        d.text(36, 70, "Subscriber: Dana R Whitcombe    Member ID: CRX 448 207 531    Group: 0041877 Lumen Freight Co.",
               self.F, 7.8)
        d.text(576, 70, f"Statement date: February 14, 2026    Page {pno} of {total}", self.F, 7.8, "r")
        d.hline(36, 576, d.H - 50, 0.4)
        d.text(36, d.H - 40, "Questions about a claim? Call the number above or sign in at myplan.cascaderidge.example.",
               self.F, 6.5)
        return 84

    def first(self, d, y):
        d.rect(36, y, 540, 46, fill=0.93)
        d.text(44, y + 13, "Your family's claims at a glance", self.FB, 9)
        d.text(44, y + 26, "We processed claims for four members of your family. Each claim is shown below with what "
               "the provider billed, the", self.F, 7.5)
        d.text(44, y + 36, "discount your network provider agreed to, what the plan paid and what you may owe. "
               "Remark codes are explained at the end.", self.F, 7.5)
        return y + 58

    def claim_head_h(self, cl, cont): return 44

    def claim_head(self, d, cl, y, cont):
        d.rect(36, y, 540, 16, fill=0.85)
        d.text(40, y + 11, f"Claim for: {cl['patient']} ({cl['rel']})" + ("  (continued)" if cont else ""), self.FB, 8.5)
        d.text(572, y + 11, f"Claim number: {cl['icn']}", self.FB, 8.5, "r")
        d.text(40, y + 27, f"Provider: {cl['prov']}    Provider account: {cl['acct']}    In network", self.F, 7.5)
        return y + 34

    def table_head_h(self): return 22

    def table_head(self, d, y):
        for h, x, al in self.COLS:
            for i, part in enumerate(h.split("\n")):
                d.text(x, y + 7 + 8 * i, part, self.FB, 6.6, al)
        d.hline(36, 576, y + 19, 0.6)
        return y + 22

    def row_h(self, d, cl, s):
        return 9.5 * len(wrap(d, s.desc, self.F, self.SZ, 108)) + 2

    def row(self, d, cl, s, y):
        y0 = y + 8
        code = "-".join((s.code,) + s.mods)
        vals = [dfmt(s.dos, "mdy2"), None, code] + [money(getattr(s, a), ",") for a in
                ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid", "owes")]
        rem = ",".join(self.remarks(cl, s))
        vals.append(rem)
        for (h, x, al), v in zip(self.COLS, vals):
            if v:
                d.text(x, y0, v, self.F, self.SZ, al)
        for i, part in enumerate(wrap(d, s.desc, self.F, self.SZ, 108)):
            d.text(84, y0 + 9.5 * i, part, self.F, self.SZ)
        return y + self.row_h(d, cl, s), [v for v in vals if v]

    def claim_foot_h(self, cl): return 20

    def claim_foot(self, d, cl, y):
        d.hline(230, 576, y + 1, 0.5)
        ss = cl["svcs"]
        d.text(84, y + 10, "Claim totals", self.FB, self.SZ)
        for a, x in (("billed", 268), ("discount", 308), ("allowed", 348), ("not_covered", 388), ("deductible", 428),
                     ("copay", 462), ("coinsurance", 498), ("paid", 538), ("owes", 574)):
            d.text(x, y + 10, money(G.total(ss, a), ","), self.FB, self.SZ, "r")
        return y + 22

    def totals(self, cl): return tot(cl, "billed", "allowed", "paid", "patient_owes")

    def tail_h(self): return 70

    def tail(self, d, y):
        d.text(36, y + 10, "Remark codes", self.FB, 9)
        for i, (c, t) in enumerate(self.legend()):
            d.text(36, y + 24 + 10 * i, c, self.FB, 7.5)
            d.text(60, y + 24 + 10 * i, t, self.F, 7.5)
        return y + 70


# ============================================================================ m2 commercial HMO EOB

class M2(Layout):
    name = "m2_epo_member_eob"
    kind = "commercial member EOB"
    desc_text = "Commercial EPO member EOB, landscape, boxed claim heads, accumulator sidebar."
    backend = FP
    land = True
    printed = ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
               "patient_owes")
    F, FB, SZ = "DejaCond", "DejaCond-B", 7.4
    X0, X1 = 36, 756
    COLS = [("Serv. Date", 40, "l"), ("Proc", 92, "l"), ("Mod", 126, "l"), ("Qty", 172, "r"), ("Description", 182, "l"),
            ("Billed", 372, "r"), ("Network Savings", 430, "r"), ("Not Covered", 478, "r"),
            ("Eligible", 516, "r"), ("Deductible", 562, "r"), ("Copay", 596, "r"), ("Co-ins", 630, "r"),
            ("Plan Paid", 682, "r"), ("Member Resp.", 732, "r"), ("Msg", 738, "l")]

    def data(self):
        st = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.78"))
        st2 = PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.78"))
        cls = []
        def mk(acct, icn, pat, prov, month, spec, plan):
            ss = svcs(month, spec)
            for s in ss:
                G.commercial(s, plan, deny_reason="50")
            cls.append({"acct": acct, "icn": icn, "patient": pat, "prov": prov, "svcs": ss})
        mk("0093318", "2026 041 55720", "ROSALIND OKONJO-BRAY", "Pinegate Rehabilitation Associates", 2,
           [(3, "97163", 1, ("GP",)), (3, "97110", 2, ("GP",)), (5, "97140", 2, ("GP",)), (5, "97112", 1, ("GP",)),
            (10, "97110", 3, ("GP", "KX"))], st)
        mk("0093402", "2026 041 55911", "KOFI OKONJO-BRAY", "Pinegate Rehabilitation Associates", 2,
           [(4, "97165", 1, ("GO",)), (4, "97530", 2, ("GO",)), (11, "97530", 2, ("GO",)), (11, "97535", 1, ("GO",)),
            (18, "97530", 3, ("GO",)), (18, "97129", 1, ("GO",), "CO"), (25, "97530", 2, ("GO",))], st2)
        mk("A-55108", "2026 045 10032", "AMARA OKONJO-BRAY", "Little Lantern Speech & Feeding", 2,
           [(6, "92523", 1, ()), (13, "92507", 1, ("GN",)), (13, "92526", 1, ("GN",), "PR"), (20, "92507", 1, ("GN",)),
            (27, "92507", 1, ("GN",))], st2)
        mk("0093577", "2026 052 31876", "ROSALIND OKONJO-BRAY", "Northfield Orthopedic Clinic", 2,
           [(17, "99213", 1, ("25",)), (17, "L3807", 1, ("RT",)), (17, "97760", 1, ("GO",))], st)
        return cls

    def remarks(self, cl, s):
        return ["D7"] if s.denied == "CO" else ["D9"] if s.denied else (["A1"] if s.deductible else [])

    def legend(self):
        return [["A1", "Amount applied to the member's annual deductible."],
                ["D7", "Provider write-off: the service was not authorized; do not pay this amount."],
                ["D9", "Not a covered benefit under this plan; member is responsible."]]

    def furniture(self, d, pno, total):
        d.text(self.X0, 36, "Meridian Lakes Health  |  Select EPO", self.FB, 13)
        d.text(self.X0, 48, "Claims Dept, 2200 Quarry Road, Suite 400, Madison, WI 53713", self.F, 7.5)
        d.text(self.X1, 36, "EXPLANATION OF BENEFITS", self.FB, 12, "r")
        d.text(self.X1, 48, f"Issued 03/02/2026  -  Page {pno} of {total}", self.F, 7.5, "r")
        d.hline(self.X0, self.X1, 54, 1.0)
        d.text(self.X0, d.H - 26, "Keep this notice for your records. This is not a bill. Call 888-555-0193 (TTY 711) "
               "with questions.", self.F, 6.8)
        return 66

    def first(self, d, y):
        d.text(self.X0, y + 8, "Member: Rosalind Okonjo-Bray   ID: MLH-5520-8817-01   Family coverage", self.F, 8)
        d.rect(560, y, 196, 54, fill=0.92)
        d.text(566, y + 11, "Plan year to date (family)", self.FB, 8)
        d.text(566, y + 23, "Deductible met: $600.00 of $1,500.00", self.F, 7.4)
        d.text(566, y + 33, "Out-of-pocket met: $1,212.40 of $6,000.00", self.F, 7.4)
        d.text(566, y + 43, "Prior-approval visits left: 14", self.F, 7.4)
        d.text(self.X0, y + 22, "The claims below were processed for you and your dependents.", self.F, 8)
        return y + 64

    def claim_head_h(self, cl, cont): return 28

    def claim_head(self, d, cl, y, cont):
        d.rect(self.X0, y, self.X1 - self.X0, 18)
        t = f"Patient: {cl['patient']}   Provider: {cl['prov']}   Claim #: {cl['icn']}   Patient Acct #: {cl['acct']}"
        d.text(40, y + 12, t + ("   (cont.)" if cont else ""), self.FB, 7.8)
        return y + 22

    def table_head_h(self): return 14

    def table_head(self, d, y):
        d.rect(self.X0, y, self.X1 - self.X0, 12, fill=0.8)
        for h, x, al in self.COLS:
            d.text(x, y + 9, h, self.FB, 6.8, al)
        return y + 14

    def row_h(self, d, cl, s): return 11

    def row(self, d, cl, s, y):
        vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), G.units_str(s.units), s.desc] + \
            [money(getattr(s, a), "$") for a in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                                 "coinsurance", "paid", "owes")] + [" ".join(self.remarks(cl, s))]
        for (h, x, al), v in zip(self.COLS, vals):
            if v:
                d.text(x, y + 8, v, self.F, self.SZ, al)
        d.hline(self.X0, self.X1, y + 10.5, 0.2)
        toks = [v for i, v in enumerate(vals) if v and i != 4 and i != 2] + list(s.mods)
        return y + 11, toks

    def claim_foot_h(self, cl): return 18

    def claim_foot(self, d, cl, y):
        ss = cl["svcs"]
        d.text(182, y + 9, "Total for this claim", self.FB, self.SZ)
        for a, x in (("billed", 372), ("discount", 430), ("not_covered", 478), ("allowed", 516), ("deductible", 562),
                     ("copay", 596), ("coinsurance", 630), ("paid", 682), ("owes", 732)):
            d.text(x, y + 9, money(G.total(ss, a), "$"), self.FB, self.SZ, "r")
        return y + 18

    def totals(self, cl): return tot(cl, "billed", "allowed", "paid", "patient_owes")

    def tail_h(self): return 50

    def tail(self, d, y):
        d.text(self.X0, y + 8, "Message codes", self.FB, 8.5)
        for i, (c, t) in enumerate(self.legend()):
            d.text(self.X0, y + 20 + 9 * i, f"{c}  {t}", self.F, 7.2)


# ============================================================================ n1 Medicare Summary Notice

class N1(Layout):
    name = "n1_msn_part_b"
    kind = "Medicare Summary Notice"
    desc_text = "Medicare Summary Notice Part B, claims by date, notes letters, claim running onto next page."
    backend = RL
    printed = ("billed", "allowed", "paid", "patient_owes")
    units = True
    mods = True
    date_on_row = False
    repeat_head = False
    bottom = 64
    F, FB = "Helv", "Helv-B"

    def data(self):
        st = PlanState(ded_left=Decimal("64.00"))
        cls = []
        def mk(icn, day, prov, spec, acct=None):
            ss = svcs(1, spec)
            for s in ss:
                G.medicare(s, st, deny_reason="96")
            cls.append({"acct": acct, "icn": icn, "patient": "HAROLD T. BRENNECKE", "prov": prov, "svcs": ss,
                        "day": D(2026, 1, day), "_date_tok": dfmt(D(2026, 1, day), "mon")})
        mk("26-005-71184-330", 6, "Lakeshore Outpatient Therapy LLC, (608) 555-0112",
           [(6, "97163", 1, ("GP",)), (6, "97110", 2, ("GP",)), (6, "97140", 1, ("GP", "59"))])
        mk("26-012-33901-217", 13, "Lakeshore Outpatient Therapy LLC, (608) 555-0112",
           [(13, "97110", 2, ("GP", "KX")), (13, "97112", 1, ("GP",)), (13, "97116", 1, ("GP",)),
            (13, "G0283", 1, ("GP",))])
        mk("26-019-80772-104", 20, "Dr. Celia Vantongeren, (608) 555-0150",
           [(20, "99213", 1, ()), (20, "L3807", 1, ("RT",)), (20, "97760", 1, ("GO",))])
        mk("26-026-40218-665", 27, "Lakeshore Outpatient Therapy LLC, (608) 555-0112",
           [(27, "97110", 3, ("GP", "CQ")), (27, "97140", 2, ("GP", "CQ")), (27, "97530", 2, ("GP",)),
            (27, "0552T", 1, ("GP",), "PR"), (27, "97112", 1, ("GP", "CQ"))])
        return cls

    def remarks(self, cl, s):
        r = []
        if s.denied:
            return ["D"]
        if s.deductible:
            r.append("A")
        if "CQ" in s.mods:
            r.append("C")
        r.append("B")
        return r

    def legend(self):
        return [["A", "This approved amount went toward your yearly Part B deductible."],
                ["B", "Medicare paid 80% of the approved amount, less a 2% federal payment cut."],
                ["C", "Part of this service was given by a therapy assistant; payment is set at a lower rate."],
                ["D", "Medicare does not cover this item. You may be billed the full amount."]]

    def furniture(self, d, pno, total):
        d.text(40, 44, "Medicare Summary Notice for Part B (Medical Insurance)", self.FB, 15)
        d.text(40, 62, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
               self.F, 9)
        d.text(572, 84, f"Page {pno} of {total}", self.F, 10, "r")
        d.text(40, 84, "HAROLD T. BRENNECKE   Medicare Number XXXXXXX4HV92", self.FB, 10)
        d.hline(40, 572, 92, 1.5)
        d.text(40, d.H - 36, "Your Claims & Costs This Period (continued on the next page if shown)", self.F, 7)
        d.text(572, d.H - 36, "Notice for HAROLD T. BRENNECKE", self.F, 7, "r")
        return 106

    def first(self, d, y):
        d.rect(40, y, 260, 92, fill=0.9)
        d.text(48, y + 16, "THIS IS NOT A BILL", self.FB, 12)
        d.text(48, y + 34, "Notice for period: January 1 - March 31, 2026", self.F, 9)
        d.text(48, y + 50, "Your Deductible Status:", self.FB, 9)
        d.text(48, y + 64, "You have now met $257 of your $257", self.F, 9)
        d.text(48, y + 78, "Part B deductible for 2026.", self.F, 9)
        d.text(316, y + 16, "Did Medicare Approve All Services?  NO", self.FB, 10)
        d.text(316, y + 34, "Number of Services Medicare Denied: 1", self.F, 9)
        d.text(316, y + 52, "See claims starting on this page. Look for NO in", self.F, 9)
        d.text(316, y + 66, "the \"Service Approved?\" column.", self.F, 9)
        d.text(40, y + 118, "Your Claims for Part B (Medical Insurance)", self.FB, 12)
        return y + 130

    def claim_head_h(self, cl, cont): return 62

    def claim_head(self, d, cl, y, cont):
        d.text(40, y + 14, f"{cl['_date_tok']}", self.FB, 11)
        d.text(40, y + 28, f"{cl['prov']}", self.F, 9)
        d.text(40, y + 40, f"Service Provider's Claim Number: {cl['icn']}", self.F, 9)
        d.hline(40, 572, y + 46, 0.8)
        cols = [("Service Provided &", "Billing Code", 40, "l"), ("Service", "Approved?", 282, "c"),
                ("Amount", "Provider Charged", 372, "r"), ("Medicare-", "Approved", 426, "r"),
                ("Amount", "Medicare Paid", 482, "r"), ("Maximum You", "May Be Billed", 538, "r"),
                ("See", "Notes", 548, "l")]
        for a, b, x, al in cols:
            d.text(x, y + 55, a, self.FB, 7.5, al)
            d.text(x, y + 64, b, self.FB, 7.5, al)
        d.hline(40, 572, y + 68, 0.5)
        return y + 72

    def row_h(self, d, cl, s): return 26

    def row(self, d, cl, s, y):
        code = "-".join((s.code,) + s.mods)
        vals = [("Yes" if not s.denied else "No", 282, "c")] + \
            [(money(getattr(s, a), "$"), x, "r") for a, x in (("billed", 372), ("allowed", 426), ("paid", 482),
                                                              ("owes", 538))] + \
            [(", ".join(self.remarks(cl, s)), 548, "l")]
        first = f"{s.desc} ({code})"
        d.text(40, y + 10, first, self.F, 8.5)
        for v, x, al in vals:
            d.text(x, y + 10, v, self.F, 8.5, al)
        d.text(52, y + 20, f"Qty {G.units_str(s.units)}", self.F, 8)
        toks = [f"({code})"] + [v for v, x, al in vals[1:5]] + [", ".join(self.remarks(cl, s))]
        toks = [t for t in toks if t]
        return y + 26, {"row": toks, "sub": [f"{G.units_str(s.units)}"]}

    def claim_foot_h(self, cl): return 20

    def claim_foot(self, d, cl, y):
        ss = cl["svcs"]
        d.hline(300, 572, y, 0.5)
        d.text(40, y + 12, "Total for Claim", self.FB, 9)
        for a, x in (("billed", 372), ("allowed", 426), ("paid", 482), ("owes", 538)):
            d.text(x, y + 12, money(G.total(ss, a), "$"), self.FB, 9, "r")
        return y + 26

    def totals(self, cl): return tot(cl, "billed", "allowed", "paid", "patient_owes")

    def tail_h(self): return 80

    def tail(self, d, y):
        d.text(40, y + 14, "Notes for Claims Above", self.FB, 11)
        for i, (c, t) in enumerate(self.legend()):
            d.text(40, y + 30 + 12 * i, f"{c}  {t}", self.F, 8.5)


# ============================================================================ n2 Medicare Advantage EOB

class N2(Layout):
    name = "n2_ma_ppo_eob"
    kind = "Medicare Advantage member EOB"
    desc_text = "Medicare Advantage PPO monthly member EOB with claim ID and patient account, unit column."
    backend = FP
    printed = ("billed", "allowed", "paid", "patient_owes")
    F, FB = "LibSans", "LibSans-B"
    bottom = 56

    def data(self):
        cls = []
        def mk(acct, icn, prov, spec, copay):
            ss = svcs(2, spec)
            for s in ss:
                if s.denied:
                    s.not_covered = s.billed
                    s.owes = ZERO
                    s.adjs = [("CO", "97", s.billed)]
                    continue
                s.allowed = q(Decimal(G.SCHED[s.code]) * s.units * Decimal("1.04"))
                s.copay = min(copay, s.allowed) if s is ss[0] else ZERO
                s.paid = s.allowed - s.copay
                s.owes = s.copay
            cls.append({"acct": acct, "icn": icn, "patient": "Lucille M. Arceneaux", "prov": prov, "svcs": ss})
        mk("LA0207-1", "MA26B0471190", "Bayou Crest Therapy Partners", [
            (2, "97161", 1, ("GP",)), (2, "97110", 2, ("GP",)), (2, "97530", 1, ("GP", "59"))], Decimal("20.00"))
        mk("LA0209-4", "MA26B0488025", "Bayou Crest Therapy Partners", [
            (9, "97110", 2, ("GP",)), (9, "97140", 1, ("GP",)), (9, "97112", 1, ("GP",)), (9, "G0283", 1, ("GP",))],
           Decimal("20.00"))
        mk("9917344", "MA26B0502611", "St. Romain Family Medicine", [
            (11, "99213", 1, ()), (11, "97760", 1, ("GO",), "CO")], Decimal("10.00"))
        mk("LA0216-2", "MA26B0519377", "Bayou Crest Therapy Partners", [
            (16, "97110", 2, ("GP", "CQ")), (16, "97116", 2, ("GP", "CQ")), (16, "97530", 2, ("GP",)),
            (23, "97110", 2, ("GP", "CQ")), (23, "97140", 1, ("GP", "CQ")), (23, "97112", 1, ("GP",))],
           Decimal("20.00"))
        mk("LA0302-7", "MA26B0550048", "Bayou Crest Therapy Partners", [
            (26, "97164", 1, ("GP",)) if False else (26, "97163", 1, ("GP",)), (26, "97110", 2, ("GP",))],
           Decimal("20.00"))
        return cls

    def remarks(self, cl, s):
        return ["M4"] if s.denied else (["M1"] if s.copay else [])

    def legend(self):
        return [["M1", "Your specialist/therapy copay for this visit."],
                ["M4", "Your provider billed a service we do not pay separately. You do not owe this amount."]]

    def furniture(self, d, pno, total):
        d.text(40, 40, "Gulfway Senior Advantage (PPO)", self.FB, 14)
        d.text(40, 53, "A Medicare Advantage plan offered by Gulfway Health Cooperative", self.F, 8)
        d.text(572, 40, "Your Explanation of Benefits", self.FB, 11, "r")
        d.text(572, 53, "for claims processed in February 2026", self.F, 8, "r")
        d.hline(40, 572, 60, 0.8)
        d.text(40, d.H - 28, "Gulfway Health Cooperative  H9981_EOB26_M  Page " + f"{pno} of {total}", self.F, 7)
        return 74

    def first(self, d, y):
        d.text(40, y + 10, "Member: Lucille M. Arceneaux     Member ID: GW3307718      Plan: H9981-004", self.F, 9)
        d.rect(40, y + 18, 532, 48)
        d.text(48, y + 31, "Part B medical costs", self.FB, 9)
        d.text(48, y + 44, "This month: plan paid $1,065.12 - you paid $70.00", self.F, 8.5)
        d.text(48, y + 57, "Year to date: plan paid $1,611.98 - you paid $120.00 toward your $4,900 maximum", self.F, 8.5)
        d.text(40, y + 84, "Your claims in detail", self.FB, 11)
        return y + 92

    def claim_head_h(self, cl, cont): return 40

    def claim_head(self, d, cl, y, cont):
        d.text(40, y + 12, f"{cl['prov']}", self.FB, 9.5)
        d.text(40, y + 24, f"Claim ID: {cl['icn']}    Patient account: {cl['acct']}    Patient: {cl['patient']}",
               self.F, 8)
        d.rect(40, y + 28, 532, 12, fill=0.88)
        for h, x, al in (("Date", 44, "l"), ("Service description (code)", 96, "l"), ("Units", 318, "r"),
                         ("Provider billed", 384, "r"), ("Plan approved", 444, "r"), ("Plan paid", 498, "r"),
                         ("Your share", 548, "r"), ("Note", 554, "l")):
            d.text(x, y + 37, h, self.FB, 7.5, al)
        return y + 42

    def row_h(self, d, cl, s): return 12

    def row(self, d, cl, s, y):
        code = s.code + "".join(s.mods)
        vals = [(dfmt(s.dos, "mdyn"), 44, "l"), (f"{s.desc} ({code})", 96, "l"), (G.units_str(s.units), 318, "r"),
                (money(s.billed, "$"), 384, "r"), (money(s.allowed, "$"), 444, "r"), (money(s.paid, "$"), 498, "r"),
                (money(s.owes, "$"), 548, "r"), (" ".join(self.remarks(cl, s)), 554, "l")]
        for v, x, al in vals:
            if v:
                d.text(x, y + 9, v, self.F, 8, al)
        toks = [vals[0][0], f"({code})"] + [v for v, x, al in vals[2:] if v]
        return y + 12, toks

    def claim_foot_h(self, cl): return 16

    def claim_foot(self, d, cl, y):
        ss = cl["svcs"]
        d.hline(330, 572, y + 1, 0.4)
        d.text(96, y + 11, "Claim total", self.FB, 8)
        for a, x in (("billed", 384), ("allowed", 444), ("paid", 498), ("owes", 548)):
            d.text(x, y + 11, money(G.total(ss, a), "$"), self.FB, 8, "r")
        return y + 22

    def totals(self, cl): return tot(cl, "billed", "allowed", "paid", "patient_owes")

    def tail_h(self): return 46

    def tail(self, d, y):
        d.text(40, y + 10, "Notes", self.FB, 9)
        for i, (c, t) in enumerate(self.legend()):
            d.text(40, y + 22 + 10 * i, f"{c}: {t}", self.F, 8)


# ============================================================================ c1 Medicaid RA monospace

class C1(Layout):
    name = "c1_medicaid_ra_mono"
    kind = "state Medicaid remittance advice"
    desc_text = "State Medicaid RA, monospace landscape, paid / denied / adjusted sections, reversal."
    backend = FP
    land = True
    printed = ("billed", "allowed", "paid")
    F, FB, SZ = "Cour", "Cour-B", 7.6
    bottom = 44

    def data(self):
        cls = []
        def mk(acct, icn, pat, spec, sec, deny="204", neg=False):
            ss = svcs(1, spec)
            for s in ss:
                s.end = s.dos + (s.end - s.dos if s.end else (D(2026, 1, 1) - D(2026, 1, 1)))
                G.medicaid(s, deny_reason=deny)
            if neg:
                ss = [G.negate(s) for s in ss]
                for s in ss:
                    s.end = s.dos
            cls.append({"acct": acct, "icn": icn, "patient": pat, "svcs": ss, "sec": sec, "rid": "7" + icn[-9:]})
        mk("TH26-0431", "2226012004511", "DELACROIX, JUNIPER", [(5, "97165", 1, ("GO",)), (5, "97530", 2, ("GO",)),
           (12, "97530", 3, ("GO",)), (12, "97535", 1, ("GO",)), (19, "97530", 2, ("GO", "59")), (19, "97112", 1, ("GO",))], "PAID")
        mk("TH26-0447", "2226012004512", "FAIRWEATHER, OTIS", [(6, "92523", 1, ("GN",)), (13, "92507", 1, ("GN",)),
           (20, "92507", 1, ("GN",)), (27, "92507", 1, ("GN",))], "PAID")
        mk("TH26-0452", "2226012004513", "NAKASHIMA-REYES, IVY", [(7, "97166", 1, ("GO",)), (7, "97530", 2, ("GO",)),
           (14, "97530", 2, ("GO",)), (14, "97140", 1, ("GO",)), (21, "97530", 2, ("GO",)), (21, "97110", 2, ("GO",)),
           (28, "97530", 2, ("GO",)), (28, "97535", 1, ("GO",))], "PAID")
        mk("TH26-0460", "2226012004514", "FAIRWEATHER, OTIS", [(8, "92526", 1, ("GN",), "CO"), (15, "92526", 1, ("GN",), "CO")],
           "DENIED")
        mk("TH25-1180", "2225349001877", "DELACROIX, JUNIPER", [(12, "97530", 3, ("GO",)), (12, "97535", 1, ("GO",))],
           "ADJUSTED", neg=True)
        mk("TH25-1180", "2226012004515", "DELACROIX, JUNIPER", [(12, "97530", 2, ("GO",)), (12, "97535", 1, ("GO",))],
           "ADJUSTED")
        return cls

    def remarks(self, cl, s):
        if s.denied:
            return ["0417"]
        if s.paid < 0:
            return ["0770"]
        return ["0102"] if cl["sec"] == "PAID" else ["0771"]

    def legend(self):
        return [["0102", "PAYMENT SET BY THE STATE FEE SCHEDULE. RECIPIENT MAY NOT BE BILLED THE DIFFERENCE."],
                ["0417", "SERVICE NEEDS A PRIOR APPROVAL THAT WAS NOT FOUND FOR THESE DATES."],
                ["0770", "EARLIER PAYMENT TAKEN BACK IN FULL. SEE REPLACEMENT CLAIM."],
                ["0771", "REPLACEMENT CLAIM PAID AFTER CORRECTION OF UNITS."]]

    def furniture(self, d, pno, total):
        d.text(36, 30, "STATE OF NORTH PLAINS  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", self.FB, 8.5)
        d.text(756, 30, f"PAGE {pno:>4} OF {total:>4}", self.FB, 8.5, "r")
        d.text(36, 41, "REMITTANCE ADVICE       PROVIDER: 0044718203  LITTLE OAK CHILDREN'S THERAPY        "
               "RA NBR: 0000718822   ISSUE DATE: 02/09/26", self.F, self.SZ)
        d.text(36, 52, "-" * 150, self.F, self.SZ)
        return 64

    def section(self, d, cl, y):
        prev = getattr(self, "_sec", None)
        if prev == cl["sec"] and self._sec_page == d.pages:
            return y
        if prev == cl["sec"]:
            return y
        self._sec = cl["sec"]
        self._sec_page = d.pages
        d.text(36, y + 8, f"*** {cl['sec']} CLAIMS ***", self.FB, 8.5)
        return y + 16

    def render(self, path, total):
        self._sec = None
        return super().render(path, total)

    def claim_head_h(self, cl, cont): return 34

    def claim_head(self, d, cl, y, cont):
        t = (f"ICN {cl['icn']}   RECIP: {cl['patient']:<24} RECIP ID: {cl['rid']}   MED REC/PAT ACCT: {cl['acct']}")
        d.text(36, y + 8, t + ("   ** CONTINUED **" if cont else ""), self.FB, self.SZ)
        d.text(36, y + 20, "   LN  FROM-DOS TO-DOS  PROC   MOD1 MOD2    UNITS      BILLED     ALLOWED    TPL AMT"
               "        PAID  EOB", self.F, self.SZ)
        d.text(36, y + 28, "   --  -------- ------  -----  ---- ----  -------  ----------  ----------  ---------"
               "  ----------  ----", self.F, self.SZ)
        self._ln = getattr(self, "_ln", 0) if cont else 0
        return y + 34

    def row_h(self, d, cl, s): return 10

    def row(self, d, cl, s, y):
        self._ln += 1
        m = list(s.mods) + ["", ""]
        tr = lambda a: money(a, ",", "trail") if a < 0 else money(a, ",") + " "
        u = f"{s.units:.2f}" if s.paid >= 0 else f"{s.units:.2f}-"
        rem = " ".join(self.remarks(cl, s))
        t = (f"   {self._ln:02d}  {dfmt(s.dos, 'mdy6')}   {dfmt(s.end, 'mdy6')}  {s.code:<5}  {m[0]:<4} {m[1]:<4}  "
             f"{u:>7}  {tr(s.billed):>11} {tr(s.allowed):>11}  {'0.00':>9}  {tr(s.paid):>11} {rem}")
        d.text(36, y + 8, t, self.F, self.SZ)
        toks = [dfmt(s.dos, "mdy6"), s.code] + [x for x in s.mods] + [u] + \
            [tr(a).strip() for a in (s.billed, s.allowed, s.paid)] + ([rem] if rem else [])
        return y + 10, toks

    def claim_foot_h(self, cl): return 16

    def claim_foot(self, d, cl, y):
        ss = cl["svcs"]
        tr = lambda a: money(a, ",", "trail") if a < 0 else money(a, ",") + " "
        t = (f"{'':49}CLAIM TOTAL {tr(G.total(ss, 'billed')):>11} {tr(G.total(ss, 'allowed')):>11}  {'0.00':>9}  "
             f"{tr(G.total(ss, 'paid')):>11}")
        d.text(36, y + 8, t, self.FB, self.SZ)
        return y + 16

    def totals(self, cl): return tot(cl, "billed", "allowed", "paid")

    def tail_h(self): return 70

    def tail(self, d, y):
        d.text(36, y + 8, "EOB CODE MESSAGES", self.FB, 8.5)
        for i, (c, t) in enumerate(self.legend()):
            d.text(36, y + 20 + 10 * i, f"{c}  {t}", self.F, self.SZ)


# ============================================================================ c2 Medicaid managed care RA

class C2(Layout):
    name = "c2_medicaid_mco_ra"
    kind = "state Medicaid remittance advice"
    desc_text = "Medicaid managed-care remittance, ruled boxes, CARC adjustments per line, RARC column."
    backend = RL
    printed = ("billed", "allowed", "paid")
    adj_printed = True
    F, FB, SZ = "DejaMono", "DejaMono-B", 7.0
    bottom = 56

    def data(self):
        cls = []
        def mk(acct, icn, pat, mid, spec):
            ss = svcs(2, spec)
            for s in ss:
                G.medicaid(s, deny_reason="B7" if False else "N/A") if False else G.medicaid(s, deny_reason="197")
            cls.append({"acct": acct, "icn": icn, "patient": pat, "mid": mid, "svcs": ss})
        mk("PC-118204", "8802604100217", "Benedetta Quarshie", "M00772015", [
            (2, "97161", 1, ("GP",)), (2, "97110", 2, ("GP",)), (9, "97110", 2, ("GP",)), (9, "97140", 2, ("GP", "59"))])
        mk("PC-118230", "8802604100218", "Ezekiel Fontenot", "M00913447", [
            (3, "97165", 1, ("GO",)), (3, "97530", 3, ("GO",)), (10, "97530", 3, ("GO",)), (10, "97535", 2, ("GO",)),
            (17, "97530", 3, ("GO",)), (17, "97533", 2, ("GO",), "CO"), (24, "97530", 2, ("GO",))])
        mk("PC-118255", "8802604100219", "Marisol Achterberg", "M01120880", [
            (4, "92523", 1, ("GN",)), (11, "92507", 1, ("GN",)), (18, "92507", 1, ("GN",)),
            (18, "92526", 1, ("GN",))])
        mk("PC-118262", "8802604100220", "Ezekiel Fontenot", "M00913447", [
            (5, "99213", 1, ()), (5, "97760", 1, ("GO",)), (5, "L3807", 1, ("LT",))])
        return cls

    def remarks(self, cl, s):
        return ["N54"] if s.denied else (["N381"] if s.code == "L3807" else [])

    def legend(self):
        return [["CO-45", "Charge is above the fee schedule for this plan; provider write-off."],
                ["CO-197", "No approval on file before the service was given."],
                ["N54", "The request for approval did not cover this procedure."],
                ["N381", "Paid at the contracted rate for the item."]]

    def furniture(self, d, pno, total):
        d.rect(36, 30, 540, 40)
        d.text(44, 45, "PRAIRIE STAR COMMUNITY CARE  (Medicaid Managed Care)", self.FB, 10)
        d.text(44, 58, "Provider Remittance Advice - Professional   Check/EFT: 00918812   Paid: 02/27/2026", self.F, 7.5)
        d.text(568, 45, f"Page {pno}/{total}", self.F, 8, "r")
        d.text(568, 58, "Payee: Kestrel Rehab Therapies  NPI 1093847261", self.F, 7.5, "r")
        d.text(36, d.H - 30, "Questions: Provider Services 1-866-555-0178. Corrections must be filed within 180 days.",
               self.F, 6.5)
        return 84

    def claim_head_h(self, cl, cont): return 36

    def claim_head(self, d, cl, y, cont):
        d.rect(36, y, 540, 14, fill=0.9)
        d.text(40, y + 10, f"Member: {cl['patient']}  ID: {cl['mid']}  TCN {cl['icn']}  Pat Ctrl #: {cl['acct']}",
               self.FB, 7.2)
        hd = " Ln DOS        Procedure-Mods   Qty    Charge   Allowed      Paid  Adjustment (CARC)    RARC"
        d.text(40, y + 25, hd, self.F, self.SZ)
        d.hline(36, 576, y + 29, 0.4)
        return y + 32

    def row_h(self, d, cl, s): return 10

    def row(self, d, cl, s, y):
        i = cl["svcs"].index(s) + 1
        pm = "-".join((s.code,) + s.mods)
        adj = "  ".join(f"{g}-{r} {money(a, '')}" for g, r, a in s.adjs)
        rem = " ".join(self.remarks(cl, s))
        t = (f" {i:>2} {dfmt(s.dos, 'mdy4')} {pm:<16} {G.units_str(s.units):>3} {money(s.billed, ''):>9} "
             f"{money(s.allowed, ''):>9} {money(s.paid, ''):>9}  {adj:<20} {rem}")
        d.text(40, y + 8, t, self.F, self.SZ)
        toks = [dfmt(s.dos, "mdy4"), pm, G.units_str(s.units), money(s.billed, ''), money(s.allowed, ''),
                money(s.paid, '')] + [f"{g}-{r}" for g, r, a in s.adjs] + [money(a, '') for g, r, a in s.adjs] + \
            ([rem] if rem else [])
        return y + 10, toks

    def claim_foot_h(self, cl): return 18

    def claim_foot(self, d, cl, y):
        ss = cl["svcs"]
        d.hline(36, 576, y + 1, 0.4)
        t = (f" Claim total{'':21}{money(G.total(ss, 'billed'), ''):>9} {money(G.total(ss, 'allowed'), ''):>9} "
             f"{money(G.total(ss, 'paid'), ''):>9}")
        d.text(40, y + 10, t, self.FB, self.SZ)
        return y + 22

    def totals(self, cl): return tot(cl, "billed", "allowed", "paid")

    def tail_h(self): return 60

    def tail(self, d, y):
        d.text(36, y + 10, "Adjustment and remark codes used on this advice", self.FB, 8)
        for i, (c, t) in enumerate(self.legend()):
            d.text(36, y + 22 + 9 * i, f"{c:<7} {t}", self.F, 7)


# ============================================================================ p1 clearinghouse SPR

class P1(Layout):
    name = "p1_clearinghouse_spr"
    kind = "Medicare-style paper remit"
    desc_text = "Clearinghouse-printed Medicare standard paper remit, landscape Courier, three adjustments per line."
    backend = RL
    land = True
    printed = ("billed", "allowed", "deductible", "coinsurance", "paid")
    adj_printed = True
    F, FB, SZ = "Cour", "Cour-B", 7.4
    bottom = 46

    def data(self):
        st = PlanState(ded_left=ZERO)
        cls = []
        def mk(acct, icn, pat, hic, spec, month=1):
            ss = svcs(month, spec)
            for s in ss:
                G.medicare(s, st, deny_reason="50")
            cls.append({"acct": acct, "icn": icn, "patient": pat, "hic": hic, "svcs": ss})
        mk("WRC0118A", "0226019188410", "PELLETIER, AUGUSTINE", "3QT7WA2RK51", [
            (5, "97110", 2, ("GP",)), (5, "97140", 1, ("GP",)), (7, "97110", 2, ("GP",)), (7, "97112", 1, ("GP",)),
            (12, "97110", 2, ("GP", "KX")), (12, "97530", 1, ("GP",)), (14, "97110", 2, ("GP", "KX")),
            (14, "97116", 1, ("GP",)), (19, "97110", 2, ("GP", "CQ")), (19, "97140", 1, ("GP", "CQ")),
            (21, "97110", 2, ("GP", "KX")), (21, "97112", 1, ("GP",)), (26, "97110", 2, ("GP", "KX")),
            (26, "97140", 1, ("GP",)), (26, "97116", 1, ("GP",))])
        mk("WRC0124C", "0226019188411", "STROUD, WINIFRED", "8HN2TC6YE03", [
            (6, "97166", 1, ("GO",)), (6, "97535", 1, ("GO",)), (13, "97530", 2, ("GO",)), (13, "97535", 1, ("GO",)),
            (20, "97530", 2, ("GO",)), (20, "97760", 1, ("GO",)), (20, "0552T", 1, ("GO",), "CO")])
        mk("WRC0131F", "0226026077301", "ABERNATHY, CYRUS", "5JD9FX1ML77", [
            (8, "92523", 1, ("GN",)), (15, "92507", 1, ("GN",)), (22, "92507", 1, ("GN",)), (29, "92507", 1, ("GN",))])
        mk("WRC0139D", "0226033051190", "IBARRA-QUINN, SOLEDAD", "2WV4PK8NA39", [
            (9, "97165", 1, ("GO",)), (9, "97530", 2, ("GO",)), (16, "97530", 2, ("GO",)), (16, "97535", 1, ("GO",)),
            (23, "97530", 3, ("GO",)), (23, "97112", 1, ("GO",)), (30, "97530", 2, ("GO",)),
            (30, "97140", 1, ("GO", "59")), (31, "97530", 2, ("GO",)), (31, "97535", 1, ("GO",)),
            (31, "97760", 1, ("GO",))])
        mk("WRC0133B", "0226026077302", "PELLETIER, AUGUSTINE", "3QT7WA2RK51", [
            (26, "97110", 2, ("GP",)), (26, "G0283", 1, ("GP",)), (28, "97110", 2, ("GP",)), (28, "97140", 1, ("GP",))])
        return cls

    def remarks(self, cl, s):
        return ["N130"] if s.denied else (["N640"] if "KX" in s.mods else [])

    def furniture(self, d, pno, total):
        d.text(36, 30, "MEDICARE PART B  STANDARD PAPER REMITTANCE (printed from 835 by Relaymark Claims Exchange)",
               self.FB, 8.5)
        d.text(756, 30, f"PAGE #: {pno} OF {total}", self.FB, 8.5, "r")
        d.text(36, 42, "PROVIDER #: 770118  WILLOW RUN REHAB CLINIC   NPI: 1457802296   DATE: 02/06/2026   "
               "CHECK/EFT #: 0000448172", self.F, self.SZ)
        t = ("PERF PROV   SERV DATE   POS NOS  PROC  MODS      BILLED    ALLOWED    DEDUCT     COINS   "
             "GRP/RC-AMT                          PROV PD")
        d.text(36, 58, t, self.FB, self.SZ)
        d.text(36, 66, "_" * 140, self.F, self.SZ)
        return 74

    def claim_head_h(self, cl, cont): return 14

    def claim_head(self, d, cl, y, cont):
        t = (f"NAME {cl['patient']:<22} HIC {cl['hic']}  ACNT {cl['acct']}  ICN {cl['icn']}  ASG Y  MOA MA01"
             + ("  (CONT)" if cont else ""))
        d.text(36, y + 9, t, self.F, self.SZ)
        return y + 14

    def row_h(self, d, cl, s): return 10

    def row(self, d, cl, s, y):
        mods = " ".join(s.mods)
        adj = " ".join(f"{g}-{r} {money(a, '')}" for g, r, a in s.adjs)
        rem = " ".join(self.remarks(cl, s))
        t = (f"PT0033811   {dfmt(s.dos, 'mdy6')}  11  {G.units_str(s.units):>3}  {s.code} {mods:<8} "
             f"{money(s.billed, ''):>9}  {money(s.allowed, ''):>9}  {money(s.deductible, ''):>8}  "
             f"{money(s.coinsurance, ''):>8}   {adj:<34} {money(s.paid, ''):>8} {rem}")
        d.text(36, y + 8, t, self.F, self.SZ)
        toks = [dfmt(s.dos, 'mdy6'), G.units_str(s.units), s.code] + list(s.mods) + \
            [money(getattr(s, a), '') for a in ("billed", "allowed", "deductible", "coinsurance", "paid")] + \
            [f"{g}-{r}" for g, r, a in s.adjs] + [money(a, '') for g, r, a in s.adjs] + ([rem] if rem else [])
        return y + 10, toks

    def claim_foot_h(self, cl): return 20

    def claim_foot(self, d, cl, y):
        ss = cl["svcs"]
        t = (f"PT RESP {money(G.total(ss, 'owes'), ''):>8}  CLAIM TOTALS              "
             f"{money(G.total(ss, 'billed'), ''):>9}  {money(G.total(ss, 'allowed'), ''):>9}  "
             f"{money(G.total(ss, 'deductible'), ''):>8}  {money(G.total(ss, 'coinsurance'), ''):>8}   "
             f"{'':34} {money(G.total(ss, 'paid'), ''):>8}")
        d.text(36, y + 8, t, self.F, self.SZ)
        d.text(36, y + 16, "ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00   NET "
               + money(G.total(ss, 'paid'), ''), self.F, self.SZ)
        return y + 24

    def totals(self, cl): return tot(cl, "billed", "allowed", "paid", "patient_owes")

    def tail_h(self): return 50

    def tail(self, d, y):
        d.text(36, y + 10, "GLOSSARY: Group, Reason, MOA, Remark and Reason Codes", self.FB, self.SZ)
        for i, t in enumerate([
                "CO-45  Charge is more than the fee schedule; not billable to the beneficiary.",
                "PR-2   Coinsurance owed by the beneficiary.   CO-253 Federal payment reduction.",
                "CO-50  Not considered reasonable and necessary by the payer.  N130 See plan benefit rules.",
                "N640   Therapy threshold exceeded; provider attests medical necessity (KX)."]):
            d.text(36, y + 20 + 9 * i, t, self.F, self.SZ)

    def legend(self):
        return [["N130", "See plan benefit rules."], ["N640", "Therapy threshold exceeded; medical necessity attested."]]


# ============================================================================ p2 PM ERA posting report

class P2(Layout):
    name = "p2_pm_era_posting"
    kind = "practice-management remit report"
    desc_text = "Practice-management ERA posting report, grid, mixed payers, stacked adjustment cell."
    backend = FP
    printed = ("billed", "allowed", "deductible", "coinsurance", "copay", "paid")
    adj_printed = True
    F, FB, SZ = "LibNarrow", "LibNarrow-B", 7.4
    bottom = 50
    COLS = [("DOS", 30, 72), ("CPT", 72, 104), ("Mod", 104, 136), ("Units", 136, 162), ("Charge", 162, 210),
            ("Allowed", 210, 256), ("Deduct", 256, 298), ("Coins", 298, 340), ("Copay", 340, 382),
            ("Adj Codes", 382, 530), ("Paid", 530, 582)]

    def data(self):
        cls = []
        st = PlanState(ded_left=Decimal("50.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.74"))
        st2 = PlanState(ded_left=ZERO, copay_codes={"97530": Decimal("15.00"), "92507": Decimal("15.00")},
                        allowed_rate=Decimal("0.70"))
        def mk(payer, acct, icn, pat, spec, fn):
            ss = svcs(2, spec)
            for s in ss:
                fn(s)
            cls.append({"payer": payer, "acct": acct, "icn": icn, "patient": pat, "svcs": ss})
        com = lambda s: G.commercial(s, st, deny_reason="204")
        com2 = lambda s: G.commercial(s, st2, deny_reason="204")
        mcd = lambda s: G.medicaid(s, deny_reason="16")
        mk("Summit Crest Insurance", "40021", "SC26020911874", "Yates, Philippa", [
            (2, "97163", 1, ("GP",)), (2, "97110", 2, ("GP",)), (4, "97110", 2, ("GP",)), (4, "97140", 1, ("GP", "59"))], com)
        mk("Summit Crest Insurance", "40037", "SC26020911902", "Oduya, Femi", [
            (3, "97530", 2, ("GO",)), (3, "97535", 1, ("GO",)), (10, "97530", 2, ("GO",)), (10, "97150", 1, ("GO",), "PR")],
           com2)
        mk("State Medicaid Fiscal Agent", "40052", "2226040330118", "Lindqvist, Bo", [
            (5, "92507", 1, ("GN",)), (12, "92507", 1, ("GN",)), (19, "92507", 1, ("GN",)), (19, "92526", 1, ("GN",), "CO"),
            (26, "92507", 1, ("GN",))], mcd)
        mk("Summit Crest Insurance", "40066", "SC26021612455", "Oduya, Femi", [
            (17, "97530", 2, ("GO",)), (17, "97112", 1, ("GO",)), (24, "97530", 2, ("GO", "KX"))], com2)
        return cls

    def furniture(self, d, pno, total):
        d.text(30, 30, "TIDEPOOL PEDIATRIC & ADULT THERAPY", self.FB, 11)
        d.text(30, 42, "ERA Posting Report - Electronic Remittance Detail", self.F, 9)
        d.text(582, 30, "Run 03/01/2026 07:42  User: BILLING2", self.F, 7.5, "r")
        d.text(582, 42, f"Page {pno} of {total}", self.F, 7.5, "r")
        d.hline(30, 582, 48, 0.8)
        d.text(30, d.H - 24, "rpt_era_post v4.2  -  Confidential patient information", self.F, 6.5)
        return 58

    def section(self, d, cl, y):
        if getattr(self, "_payer", None) == cl["payer"]:
            return y
        self._payer = cl["payer"]
        d.text(30, y + 10, f"Payer: {cl['payer']}    ERA trace: {abs(hash(cl['payer'])) % 1 + 880041}"
               f"    Deposit date 02/27/2026", self.FB, 8.5)
        return y + 16

    def render(self, path, total):
        self._payer = None
        return super().render(path, total)

    def claim_head_h(self, cl, cont): return 28

    def claim_head(self, d, cl, y, cont):
        d.text(30, y + 9, f"Pt Acct: {cl['acct']}   Patient: {cl['patient']}   Payer Claim #: {cl['icn']}"
               f"   Status: Processed as primary", self.FB, 7.6)
        d.rect(30, y + 12, 552, 12, fill=0.85)
        for h, x0, x1 in self.COLS:
            d.text(x0 + 2, y + 21, h, self.FB, self.SZ)
        return y + 24

    def row_h(self, d, cl, s): return 11

    def row(self, d, cl, s, y):
        adj = " ".join(f"{g}{r} {money(a, '')}" for g, r, a in s.adjs)
        vals = [dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), G.units_str(s.units)] + \
            [money(getattr(s, a), ",") for a in ("billed", "allowed", "deductible", "coinsurance", "copay")] + \
            [adj, money(s.paid, ",")]
        d.rect(30, y, 552, 11, lw=0.3)
        for (h, x0, x1), v in zip(self.COLS, vals):
            if h in ("Charge", "Allowed", "Deduct", "Coins", "Copay", "Paid", "Units"):
                d.text(x1 - 2, y + 8, v, self.F, self.SZ, "r")
            else:
                d.text(x0 + 2, y + 8, v, self.F, self.SZ)
            d.vline(x0, y, y + 11, 0.3)
        toks = [v for i, v in enumerate(vals) if v and i not in (2, 9)] + list(s.mods) + \
            [f"{g}{r}" for g, r, a in s.adjs] + [money(a, '') for g, r, a in s.adjs]
        return y + 11, toks

    def claim_foot_h(self, cl): return 18

    def claim_foot(self, d, cl, y):
        ss = cl["svcs"]
        d.text(104, y + 9, "Claim totals", self.FB, self.SZ)
        for a, x in (("billed", 208), ("allowed", 254), ("deductible", 296), ("coinsurance", 338), ("copay", 380),
                     ("paid", 580)):
            d.text(x, y + 9, money(G.total(ss, a), ","), self.FB, self.SZ, "r")
        return y + 18

    def totals(self, cl): return tot(cl, "billed", "allowed", "paid")


# ============================================================================ s1 clinic family statement

class S1(Layout):
    name = "s1_clinic_family_statement"
    kind = "therapy clinic family statement"
    desc_text = "Pediatric therapy clinic family statement, sidebar amount due, rows continue without header."
    backend = RL
    printed = ("billed", "paid", "discount", "patient_owes")
    units = False
    repeat_head = False
    F, FB, SZ = "LibSans", "LibSans-B", 7.6
    bottom = 60
    RX = 420  # table right edge; sidebar to the right on page 1

    def data(self):
        st = PlanState(ded_left=Decimal("90.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
        cls = []
        def mk(visit, claim, pat, month, spec):
            ss = svcs(month, spec)
            for s in ss:
                G.commercial(s, st, deny_reason="119")
            cls.append({"acct": visit, "icn": claim, "patient": pat, "svcs": ss})
        mk("V-30117", "KB7730015512", "Noor Haddad-Lowe", 1, [(7, "97165", 1, ("GO",)), (7, "97530", 2, ("GO",))])
        mk("V-30142", "KB7730018870", "Sami Haddad-Lowe", 1, [(8, "92523", 1, ("GN",)), (8, "92507", 1, ("GN",))])
        mk("V-30166", "KB7730022041", "Noor Haddad-Lowe", 1, [(14, "97530", 3, ("GO",)), (14, "97535", 1, ("GO",))])
        mk("V-30190", "KB7730025305", "Layla Haddad-Lowe", 1, [(15, "97161", 1, ("GP",)), (15, "97110", 2, ("GP",)),
                                                                (15, "97116", 1, ("GP",))])
        mk("V-30204", "KB7730028819", "Sami Haddad-Lowe", 1, [(22, "92507", 1, ("GN",)), (22, "92526", 1, ("GN",), "PR")])
        mk("V-30231", "KB7730031166", "Noor Haddad-Lowe", 1, [(21, "97530", 2, ("GO",)), (21, "97112", 1, ("GO",)),
                                                               (21, "97140", 1, ("GO",))])
        mk("V-30258", "KB7730034702", "Layla Haddad-Lowe", 1, [(29, "97110", 2, ("GP",)), (29, "97140", 1, ("GP",))])
        mk("V-30277", "KB7730037950", "Noor Haddad-Lowe", 2, [(4, "97530", 2, ("GO",)), (4, "97535", 2, ("GO",)),
                                                               (4, "97129", 1, ("GO",))])
        mk("V-30301", "KB7730041233", "Sami Haddad-Lowe", 2, [(5, "92507", 1, ("GN",))])
        mk("V-30340", "KB7730046018", "Noor Haddad-Lowe", 2, [(11, "97530", 2, ("GO",)), (11, "97535", 1, ("GO",))])
        mk("V-30352", "KB7730047711", "Sami Haddad-Lowe", 2, [(12, "92507", 1, ("GN",)), (12, "92526", 1, ("GN",))])
        mk("V-30366", "KB7730049025", "Layla Haddad-Lowe", 2, [(12, "97110", 2, ("GP",)), (12, "97140", 1, ("GP",)),
                                                                (12, "97116", 1, ("GP",))])
        mk("V-30371", "KB7730050136", "Noor Haddad-Lowe", 2, [(18, "97530", 3, ("GO",)), (18, "97112", 1, ("GO",)),
                                                               (18, "97129", 1, ("GO",))])
        mk("V-30384", "KB7730051902", "Sami Haddad-Lowe", 2, [(19, "92507", 1, ("GN",)), (19, "92526", 1, ("GN",))])
        mk("V-30397", "KB7730053318", "Layla Haddad-Lowe", 2, [(19, "97110", 2, ("GP",)), (19, "97530", 1, ("GP",))])
        mk("V-30405", "KB7730054471", "Noor Haddad-Lowe", 2, [(25, "97530", 2, ("GO",)), (25, "97535", 1, ("GO",)),
                                                               (25, "97140", 1, ("GO",))])
        mk("V-30325", "KB7730044410", "Layla Haddad-Lowe", 2, [(5, "97110", 2, ("GP",)), (5, "97112", 1, ("GP",)),
                                                                (5, "97530", 1, ("GP",))])
        return cls

    def furniture(self, d, pno, total):
        d.text(36, 42, "Sprout & Stride Children's Therapy", self.FB, 15)
        d.text(36, 55, "Occupational - Speech - Physical Therapy", self.F, 8.5)
        d.text(36, 66, "418 Alder Mill Lane, Boise, ID 83702  |  (208) 555-0164  |  billing@sproutstride.example",
               self.F, 7.5)
        d.text(576, 42, "STATEMENT", self.FB, 13, "r")
        d.text(576, 55, f"Page {pno} of {total}", self.F, 8, "r")
        d.hline(36, 576, 74, 0.8)
        d.text(36, d.H - 30, "Thank you for trusting us with your family's care. Balances over 60 days may be sent to "
               "a payment plan.", self.F, 7)
        if pno == 1:
            x = self.RX + 12
            d.rect(x, 86, 576 - x, 150, fill=0.94)
            d.text(x + 8, 102, "Account summary", self.FB, 9)
            d.text(x + 8, 118, "Guarantor:", self.F, 8)
            d.text(x + 8, 129, "Rana Haddad-Lowe", self.FB, 8)
            d.text(x + 8, 143, "Guarantor acct: G-004417", self.F, 8)
            d.text(x + 8, 157, "Statement date: 02/20/2026", self.F, 8)
            d.text(x + 8, 175, "Amount due", self.FB, 9)
            due = sum((s.owes for c in self.claims for s in c["svcs"]), ZERO)
            d.text(x + 8, 191, money(due, "$"), self.FB, 14)
            d.text(x + 8, 207, "Please pay by 03/15/2026", self.F, 8)
            d.text(x + 8, 222, "Pay online: sproutstride.example/pay", self.F, 7)
        return 88

    def first(self, d, y):
        d.text(36, y + 8, "Activity for your family", self.FB, 10)
        return y + 14

    def claim_head_h(self, cl, cont): return 26 if not self._hd else 12

    def render(self, path, total):
        self._hd = False
        return super().render(path, total)

    def claim_head(self, d, cl, y, cont):
        if not self._hd:
            self._hd = True
            for h, x, al in (("Date", 36, "l"), ("Patient", 78, "l"), ("Code", 160, "l"), ("Description", 200, "l"),
                             ("Charges", 324, "r"), ("Ins Paid", 356, "r"), ("Ins Adj", 388, "r"),
                             ("Balance", 420, "r")):
                d.text(x, y + 9, h, self.FB, 7.4, al)
            d.hline(36, self.RX, y + 12, 0.6)
            y += 14
        d.text(36, y + 9, f"Visit # {cl['acct']}   Billed to Keystone Benefit Co.   Ins claim # {cl['icn']}",
               "LibSans-B", 7.2, gray=0.25)
        return y + 12

    def row_h(self, d, cl, s): return 12

    def row(self, d, cl, s, y):
        code = s.code + " " + " ".join(s.mods)
        vals = [(dfmt(s.dos, "mdy4"), 36, "l"), (cl["patient"], 78, "l"), (code, 160, "l"),
                (s.desc[:22], 200, "l"), (money(s.billed, ","), 324, "r"),
                (money(s.paid, ","), 356, "r"), (money(s.discount, ","), 388, "r"), (money(s.owes, ","), 420, "r")]
        for v, x, al in vals:
            d.text(x, y + 8, v, self.F, 7.2, al)
        toks = [vals[0][0], s.code] + list(s.mods) + [v for v, x, al in vals[4:]]
        return y + 12, toks

    def claim_foot_h(self, cl): return 2

    def claim_foot(self, d, cl, y): return y + 2

    def tail_h(self): return 60

    def tail(self, d, y):
        d.hline(36, self.RX, y + 2, 0.6)
        allv = [s for c in self.claims for s in c["svcs"]]
        d.text(200, y + 12, "Totals", self.FB, 7.4)
        for a, x in (("billed", 324), ("paid", 356), ("discount", 388), ("owes", 420)):
            d.text(x, y + 12, money(G.total(allv, a), ","), self.FB, 7.2, "r")
        d.text(36, y + 30, "Ins Adj is the amount your insurer's contract asks us to write off. Balances shown are "
               "after insurance.", self.F, 7)


# ============================================================================ s2 hospital statement

class S2(Layout):
    name = "s2_hospital_rehab_statement"
    kind = "hospital family statement"
    desc_text = "Hospital outpatient rehab statement to a guarantor, account blocks per family member."
    backend = FP
    printed = ("billed", "paid", "discount", "patient_owes")
    F, FB, SZ = "DejaSerif", "DejaSerif-B", 6.8
    bottom = 62

    def data(self):
        st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.68"))
        cls = []
        def mk(hacct, claim, pat, spec, rev):
            ss = svcs(1, spec)
            for s in ss:
                G.commercial(s, st, deny_reason="96")
            cls.append({"acct": hacct, "icn": claim, "patient": pat, "svcs": ss, "rev": rev})
        mk("H200418772", "CLM-77-0193358", "MARGUERITE OYELARAN", [
            (5, "97163", 1, ("GP",)), (5, "97110", 2, ("GP",)), (7, "97110", 2, ("GP",)), (7, "97140", 1, ("GP",)),
            (12, "97110", 3, ("GP",)), (12, "97116", 1, ("GP",)), (14, "97110", 2, ("GP",)), (14, "97112", 1, ("GP",)),
            (19, "97110", 2, ("GP",)), (19, "97140", 2, ("GP",)), (21, "97110", 2, ("GP",)), (21, "G0283", 1, ("GP",)),
            (26, "97110", 2, ("GP",)), (26, "97530", 1, ("GP",)), (27, "97110", 2, ("GP",)), (27, "97140", 1, ("GP",)),
            (27, "97112", 1, ("GP",))], "0420")
        mk("H200419305", "CLM-77-0195021", "DESMOND OYELARAN", [
            (6, "97166", 1, ("GO",)), (6, "97530", 2, ("GO",)), (13, "97530", 2, ("GO",)), (13, "97535", 2, ("GO",)),
            (20, "97530", 3, ("GO",)), (20, "97760", 1, ("GO",)), (20, "L3807", 1, ("RT",)), (27, "97530", 2, ("GO",))],
           "0430")
        mk("H200420116", "CLM-77-0197744", "ADA OYELARAN", [
            (8, "92523", 1, ()), (15, "92507", 1, ("GN",)), (22, "92507", 1, ("GN",)), (29, "92507", 1, ("GN",)),
            (29, "92526", 1, ("GN",), "PR")], "0440")
        mk("H200421877", "CLM-77-0199310", "MARGUERITE OYELARAN", [
            (28, "97110", 2, ("GP",)), (28, "97140", 1, ("GP",)), (30, "97110", 2, ("GP",)), (30, "97112", 1, ("GP",)),
            (30, "97116", 1, ("GP",)), (31, "97110", 2, ("GP",)), (31, "97140", 1, ("GP",)),
            (31, "97530", 1, ("GP",))], "0420")
        mk("H200422054", "CLM-77-0199488", "DESMOND OYELARAN", [
            (29, "97530", 2, ("GO",)), (29, "97535", 1, ("GO",)), (30, "97168", 1, ("GO",)), (30, "97530", 2, ("GO",)),
            (30, "97110", 1, ("GO",))], "0430")
        return cls

    def furniture(self, d, pno, total):
        d.text(306, 38, "SAINT ODILE REGIONAL MEDICAL CENTER", self.FB, 12, "c")
        d.text(306, 50, "Outpatient Rehabilitation Services  -  Patient Financial Services  -  (503) 555-0126",
               self.F, 7.5, "c")
        d.hline(36, 576, 56, 1.0)
        d.text(36, 68, "Guarantor: WALTER OYELARAN      Guarantor No. 8830417      Statement Date 02/18/2026",
               self.F, 7.5)
        d.text(576, 68, f"Page {pno} of {total}", self.F, 7.5, "r")
        d.text(36, d.H - 30, "Detach and return the lower portion with your payment. Financial assistance is "
               "available; ask us how to apply.", self.F, 6.5)
        return 80

    def first(self, d, y):
        d.rect(36, y, 540, 34)
        d.text(44, y + 13, "Previous balance $0.00    New charges this period    Insurance payments    Adjustments",
               self.F, 7.5)
        allv = [s for c in self.claims for s in c["svcs"]]
        d.text(44, y + 26, f"Balance due now {money(G.total(allv, 'owes'), '$')}   -  thank you for your prompt "
               "payment", self.FB, 8)
        return y + 44

    def claim_head_h(self, cl, cont): return 38

    def claim_head(self, d, cl, y, cont):
        d.rect(36, y, 540, 14, fill=0.9)
        d.text(40, y + 10, f"Patient: {cl['patient']}    Hospital Account No. {cl['acct']}" +
               ("    (continued)" if cont else ""), self.FB, 7.8)
        d.text(40, y + 23, f"Insurance: Cobalt Point Health Plan    Insurance claim no. {cl['icn']}", self.F, 7.2)
        for h, x, al in (("Date", 40, "l"), ("Rev", 92, "l"), ("CPT/HCPCS", 118, "l"), ("Description", 178, "l"),
                         ("Qty", 340, "r"), ("Charges", 392, "r"), ("Ins Payments", 454, "r"),
                         ("Ins Adjustments", 520, "r"), ("Your Balance", 574, "r")):
            d.text(x, y + 34, h, self.FB, 6.8, al)
        d.hline(36, 576, y + 36, 0.5)
        return y + 38

    def row_h(self, d, cl, s): return 10

    def row(self, d, cl, s, y):
        rev = "0274" if s.code == "L3807" else cl["rev"]
        code = s.code + (" " + " ".join(s.mods) if s.mods else "")
        vals = [(dfmt(s.dos, "mdy2"), 40, "l"), (rev, 92, "l"), (code, 118, "l"), (s.desc[:30], 178, "l"),
                (G.units_str(s.units), 340, "r"), (money(s.billed, ","), 392, "r"),
                (money(-s.paid, ",", "trail"), 454, "r"), (money(-s.discount, ",", "trail"), 520, "r"),
                (money(s.owes, ","), 574, "r")]
        for v, x, al in vals:
            d.text(x, y + 8, v, self.F, self.SZ, al)
        toks = [vals[0][0], s.code] + list(s.mods) + [v for v, x, al in vals[4:]]
        return y + 10, toks

    def claim_foot_h(self, cl): return 16

    def claim_foot(self, d, cl, y):
        ss = cl["svcs"]
        d.hline(300, 576, y + 1, 0.4)
        d.text(178, y + 10, "Account subtotal", self.FB, self.SZ)
        d.text(392, y + 10, money(G.total(ss, "billed"), ","), self.FB, self.SZ, "r")
        d.text(454, y + 10, money(-G.total(ss, "paid"), ",", "trail"), self.FB, self.SZ, "r")
        d.text(520, y + 10, money(-G.total(ss, "discount"), ",", "trail"), self.FB, self.SZ, "r")
        d.text(574, y + 10, money(G.total(ss, "owes"), ","), self.FB, self.SZ, "r")
        return y + 20

    def totals(self, cl): return tot(cl, "billed", "paid", "patient_owes")


LAYOUTS = [M1, M2, N1, N2, C1, C2, P1, P2, S1, S2]


# ------------------------------------------------------------------------------------------- check

def check(out: Path, results) -> list[str]:
    errs = []
    spanning = 0
    for path, side, spans in results:
        t = json.loads(Path(str(path) + ".truth.json").read_text())
        pl = page_lines(path)
        if len(pl) != t["pages"]:
            errs.append(f"{path.name}: pages {len(pl)} != {t['pages']}")
        spanning += spans > 0
        full = "\n".join("\n".join(p) for p in pl)
        for ln, sd in zip(t["lines"], side):
            lines = pl[ln["page"] - 1]
            toks = sd["tokens"]
            sub = []
            if isinstance(toks, dict):
                toks, sub = toks["row"], toks["sub"]
            hits = [i for i, L in enumerate(lines) if all(has_tok(L, k) for k in toks)]
            if not hits:
                errs.append(f"{path.name} p{ln['page']}: no single text line holds {toks}")
                continue
            row = lines[hits[0]]
            if sub:
                nxt = lines[hits[0] + 1] if hits[0] + 1 < len(lines) else ""
                if not all(has_tok(nxt, k) for k in sub):
                    errs.append(f"{path.name}: sub-line {sub} missing under {row}")
            if sd["date_tok"] and sd["date_tok"] not in full:
                errs.append(f"{path.name}: date {sd['date_tok']} not on page {ln['page']}")
            # every truth value appears as a token of the row (or its sub-line)
            blob = row + " " + (lines[hits[0] + 1] if sub else "")
            if ln["code"] and ln["code"] not in blob:
                errs.append(f"{path.name}: code {ln['code']} not in row {row}")
            for m in ln["modifiers"]:
                if m not in blob:
                    errs.append(f"{path.name}: modifier {m} not in row {row}")
            if ln["units"] is not None and not any(has_tok(blob, u) for u in (ln["units"], ln["units"] + ".00",
                                                                               "Qty " + ln["units"])):
                if ln["units"] not in blob:
                    errs.append(f"{path.name}: units {ln['units']} not in row {row}")
            for k in G.AMOUNT_KEYS:
                v = ln[k]
                if v is None:
                    continue
                a = abs(Decimal(v))
                forms = {f"{a:,.2f}", f"{a:.2f}", f"${a:,.2f}"}
                if not any(f in blob for f in forms):
                    errs.append(f"{path.name}: {k} {v} not in row {row}")
            for g, r, a in ln["adjustments"]:
                if r not in blob or (a is not None and f"{abs(Decimal(a)):.2f}" not in blob):
                    errs.append(f"{path.name}: adjustment {g}-{r} {a} not in row {row}")
            for r in ln["remarks"]:
                if r not in blob:
                    errs.append(f"{path.name}: remark {r} not in row {row}")
            if ln["service_date"] is None:
                errs.append(f"{path.name}: no date")
            # arithmetic
            if ln["adjustments"] and ln["billed"] is not None and ln["paid"] is not None:
                s = sum(Decimal(a) for g, r, a in ln["adjustments"])
                if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                    errs.append(f"{path.name}: billed-adj != paid {ln}")
            if ln["allowed"] is not None and ln["discount"] is not None and ln["billed"] is not None:
                nc = Decimal(ln["not_covered"] or "0")
                if Decimal(ln["billed"]) - Decimal(ln["discount"]) - nc != Decimal(ln["allowed"]):
                    errs.append(f"{path.name}: billed-discount-nc != allowed {ln}")
            if ln["deductible"] is not None and ln["coinsurance"] is not None and ln["allowed"] is not None \
                    and ln["copay"] is not None:
                r = Decimal(ln["allowed"]) - Decimal(ln["deductible"]) - Decimal(ln["copay"]) - \
                    Decimal(ln["coinsurance"])
                if r != Decimal(ln["paid"]):
                    errs.append(f"{path.name}: allowed-shares != paid {ln}")
            if t["layout"].startswith("s") and ln["paid"] is not None:
                if Decimal(ln["billed"]) - Decimal(ln["paid"]) - Decimal(ln["discount"]) != Decimal(ln["patient_owes"]):
                    errs.append(f"{path.name}: statement row does not balance {ln}")
        for c in t["claims"]:
            for k in ("claim_id", "payer_claim_id", "patient"):
                if c[k] and c[k] not in full:
                    errs.append(f"{path.name}: {k} {c[k]} not in document text")
            mine = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"]) == (c["claim_id"],
                                                                                         c["payer_claim_id"])]
            if not mine:
                errs.append(f"{path.name}: claim without lines {c}")
            for k, v in c["totals"].items():
                if v is None or any(ln[k] is None for ln in mine):
                    continue
                s = sum(Decimal(ln[k]) for ln in mine)
                if s != Decimal(v):
                    errs.append(f"{path.name}: claim {c['payer_claim_id']} {k} total {v} != lines {s}")
                a = abs(Decimal(v))
                if not any(f in full for f in (f"{a:,.2f}", f"{a:.2f}")):
                    errs.append(f"{path.name}: claim total {v} not printed")
    if spanning < 3:
        errs.append(f"only {spanning} files have a claim spanning pages")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout111_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    results = []
    for L in LAYOUTS:
        p, side, spans = L().write(out)
        t = json.loads(Path(str(p) + ".truth.json").read_text())
        print(f"{p.name}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims, "
              f"spanning claims {spans}")
        results.append((p, side, spans))
    print(out)
    if "--check" in argv:
        errs = check(out, results)
        for e in errs[:60]:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "passed", f"({len(errs)} problems)")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
