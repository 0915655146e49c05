"""Write the 27th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten layouts, two of
each of the five commonest real kinds (commercial member EOBs, Medicare Summary Notice / Medicare Advantage member
EOB, state Medicaid remittance advices, Medicare remits reprinted by clearinghouses / practice-management systems,
family statements), each in a house style unlike sets 1-25.

Run:  python bench/heldout27/make_heldout27_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout27/make_heldout27_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Truth format: the one of samples/pdf (written
with samples/pdf/eobgen.write_truth, <name>.pdf.truth.json), printed values only, null for what a layout does not
print (units too); claim_id = the provider's own account / patient-control / visit / hospital-account number,
payer_claim_id = the payer's claim number / ICN / CCN / TCN, patient exactly as printed (the person served).
Every name, number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic
(reportlab invariant=1, fpdf2 fixed creation date, no randomness). h27kit.py holds the drawing kit and the check.

Layouts (10 files, 249 service lines, 19 pages):
  c1  commercial member EOB, portrait Liberation Sans: member box, family deductible table, grey claim bars "Claim
      ID # ... for <Name> (daughter)", provider + "Patient account #", Service date 01/05/26 / wrapped Service
      description / Code "97530 GO" / Amount billed / Discount / Amount allowed / Copay / Deductible / What your plan
      paid / Coinsurance / What I owe / See notes, no units, office copay, a non-covered 0552T the member owes, Total
      rows, "We paid $x to" lines, a claim continued on page 2 under "(continued)" + repeated header (reportlab)
  c2  mutual benefit association "Statement of Benefits", landscape DejaVu Serif, fully ruled: boxed two-row claim
      heads (Patient / Relationship / Claim # / Processed; Provider / Your provider's ref.), Ln / From / To
      01-05-2026 / Procedure / Mod / Units / Charges / Not Allowed / Allowed / Deductible / Copay / Coinsurance /
      Other Carrier / Paid At "80%" / Benefit Paid / Patient Resp. / Remark, a bundled denial (CO), a reversed
      December claim in parentheses with negative units and its corrected claim; PLANTED claim-total mismatch
      (Benefit Paid total of claim 2601-331466-01 printed 10.00 too high) (fpdf2)
  m1  Medicare Summary Notice Part B, portrait core Helvetica: dashboard page, fully ruled claim grids with the
      date on each row "1/5/26", wording with "(97110-GP-KX)" on its own text line, Service Approved? / Amount
      Provider Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You May Be Billed / See Notes,
      deductible, denied 0552T, Total for this claim, a 19-line claim continued onto page 3 (fpdf2)
  m2  Medicare Advantage HMO-POS member EOB (model-notice style), DejaVu Sans Condensed, dark title band, shaded
      left sidebar on page 1 with a claims summary, claim bars "Claim number ... | provider | Provider's account
      number ...", service cell of two text lines (wording; "Procedure code 97110 / Modifier GP CQ / 2 units"),
      Amount the provider billed / Total cost (plan-approved) / Plan's share / Your share, $30 copay once per day,
      a non-covered 0552T, claim totals, 3 pages (reportlab)
  d1  state Medicaid "REMITTANCE ADVICE DETAILS", portrait DejaVu Sans Mono fixed columns: PAID / DENIED / CLAIM
      ADJUSTMENTS sections, claim heading "CCN ... RECIPIENT LAST, FIRST ID ... PAT ACCT ...", LN / FROM / THRU
      010526 / PROC / M1 / M2 / QTY "2.0" / BILLED / ALLOWED / PAID / RAD (3-digit), credit claim with trailing
      minus (qty "2.0-") and its debit, CLAIM TOTAL rows, RA total, legend, 2 pages (fpdf2)
  d2  state Medicaid "Provider Remittance Advice" (newer portal), portrait Liberation Sans: payment tiles, dark
      member bars, shaded claim rows (TCN / Provider claim # / Status / Claim billed / Claim paid), Ln / DOS From /
      DOS To 01/05/2026 / Procedure / Modifiers / Units "3.00" / Billed / Allowed / Copay / Paid / Adjustment
      "CO:45 1,234.50" stacked / Remark, a bundled line in a paid claim (CO:97, M86), a denied claim (CO:197, N54)
      (reportlab)
  p1  practice-management "Insurance Remittance - Medicare Part B" print, landscape DejaVu Sans: total box, boxed
      two-row claim heads (Patient Last, First / Acct / MBI / ICN / Status; crossover), Svc Date / CPT / Mod "GO,KX"
      / Units / Charge / Allowed / Deductible / Coinsurance / Paid / Adjustments "CO45=102.15; PR2=15.95;
      CO253=1.28" / Remark, a reversal in parentheses and its correction, a CO-50 denial, Claim total rows, a claim
      continued on page 2 (reportlab)
  p2  clearinghouse "835 REMITTANCE REPORT (HUMAN-READABLE)", portrait Liberation Mono: CLP lines (patient ctrl #,
      status, charge, paid, pt resp), payer claim # + NM1 patient line, SVC lines "HC:97530:GO:KX" with 20260106
      dates / units / charge / allowed / paid and CAS "CO-45 174.45 | PR-2 22.11" continued on following text
      lines, LQ remark lines, a CO-96 denial (fpdf2)
  s1  pediatric therapy clinic family STATEMENT, portrait DejaVu Sans with a shaded left sidebar (amount due, pay
      online, aging): visit headings "Visit 10482 - <child> - billed to <plan>, claim <no.>", Date / Service / Code
      "97530 GO" / Units / Charge / Ins. Paid / Adjust. / You Owe, three children, visits still with the insurer
      ("Pending", blanks), Visit total rows, card payment row, Amount due (fpdf2)
  s2  community hospital family "Patient Statement", portrait core Times, ruled boxes: hospital-account headings
      (account, patient LAST, FIRST, service dates; insurance + Claim No. or awaiting insurance), Service Date / Rev /
      Code glued "97140GP59" / Description in capitals / Qty / Charges, account-level Total Charges, insurance
      payment, contractual adjustment and patient balance rows, an account continued on page 2 under a repeated
      "(continued)" heading (reportlab)

Truth decisions: c1 prints no units (null); c2's "Not Allowed" (billed - allowed, a denied line's whole charge) is
the discount, not_covered null, "Other Carrier" and "Paid At" are not truth fields; m1 prints no units, modifiers
inside the code text, no provider account (claim_id null), allowed = Medicare-Approved, patient_owes = Maximum You
May Be Billed; m2 allowed = Total cost (plan-approved), paid = Plan's share, patient_owes = Your share; d1/d2/p2
print no patient share per line (null); d2's Copay 0.00 is copay; p1's claim "Patient responsibility" is not a
totals field; s1's Adjust. is the discount, pending visits have billed only and payer_claim_id null; s2 prints
only charges per line (billed), payments are account-level. Reversal lines carry negative amounts and units.

The self-check (--check) tests the factory, not the reader: page counts; every truth value (code, modifiers, date
(s), units, amounts, adjustment group/reason/amount, remarks) formatted as the layout prints it is in the text of
that service's own row band on its page (chars read with pdfplumber), ids and patients in the document's text,
printed totals present; the documents' arithmetic (billed - adjustments = paid where every adjustment is printed,
allowed - deductible - copay - coinsurance = paid for member EOBs) and claim totals = sum of lines except the
planted mismatch, which must be exactly as declared in expected_findings.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen  # noqa: E402
from eobgen import (  # noqa: E402
    ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money, negate, q, total, truth_line,
    units_str, write_truth,
)
from h27kit import LAND, LETTER, Canvas, Col, Flow, Fmt, Reg, build_twice, check_file, wrap  # noqa: E402

# a few codes the shared charge master lacks (our own fees and wording)
for _c, _f, _s, _d in (("97533", "92.00", "34.10", "Sensory integration activities"),
                       ("97162", "235.00", "101.12", "PT evaluation, moderate complexity"),
                       ("G0151", "140.00", "52.40", "Home health PT visit, 15 minutes")):
    eobgen.FEE[_c], eobgen.SCHED[_c], eobgen.DESC[_c] = _f, _s, _d

D = date
GREY = (0.86, 0.86, 0.86)
LIGHT = (0.94, 0.95, 0.97)
DARK = (0.16, 0.24, 0.36)
WHITE = (1, 1, 1)


def row(fl: Flow, cols, texts, fam, size, lh, st="", rgb=(0, 0, 0), pad=2.0, fill=None, grid=False,
        rule=None, repeat=True, styles=None):
    """Draw one table row (cells may wrap); page-break first if it does not fit. Returns the band."""
    cv = fl.cv
    cells = []
    for c, t in zip(cols, texts):
        t = "" if t is None else t
        if isinstance(t, list):
            cells.append(t)
        elif c.wrap:
            cells.append(wrap(cv, t, c.w - 4, fam, size, st))
        else:
            cells.append([t])
    n = max(len(x) for x in cells)
    h = n * lh + 2 * pad
    fl.need(h, repeat)
    y0 = fl.y
    x0, x1 = cols[0].x, cols[-1].x + cols[-1].w
    if fill:
        cv.rect(x0, y0, x1 - x0, h, fill=fill, stroke=False)
    for j, (c, ls) in enumerate(zip(cols, cells)):
        cst = styles[j] if styles and styles[j] is not None else st
        for i, s in enumerate(ls):
            yb = y0 + pad + (i + 1) * lh - lh * 0.28
            x = c.x + 2 if c.a == "l" else (c.x + c.w - 2 if c.a == "r" else c.x + c.w / 2)
            cv.text(x, yb, s, fam, size, cst, c.a, rgb)
    if grid:
        for c in cols:
            cv.vline(c.x, y0, y0 + h, 0.4)
        cv.vline(x1, y0, y0 + h, 0.4)
        cv.hline(x0, x1, y0 + h, 0.4)
        cv.hline(x0, x1, y0, 0.4)
    elif rule is not None:
        cv.hline(x0, x1, y0 + h, 0.3, grey=rule)
    fl.y = y0 + h
    return (fl.pg, y0, y0 + h)


def cols_from(x0, spec):
    """spec: list of (width, align, wrap)."""
    out, x = [], x0
    for w, a, *wr in spec:
        out.append(Col(x, w, a, bool(wr and wr[0])))
        x += w
    return out


def fmt_mods(mods, sep=" "):
    return sep.join(mods)


class Layout:
    name = ""
    producer = ""
    desc = ""

    def __init__(self):
        self.lines, self.claims, self.bands, self.legend, self.findings = [], [], [], [], []
        self.totals_printed, self.planted = [], []

    def reset(self):
        self.lines, self.bands, self.totals_printed, self.claims, self.planted, self.findings = \
            [], [], [], [], [], []

    def add(self, band, s, **kw):
        self.bands.append(band)
        self.lines.append(truth_line(band[0], s, **kw))

    def write(self, out: Path) -> tuple[Path, Reg]:
        path = out / f"{self.name}.pdf"

        def build(target, n):
            self.reset()
            return self.build(target, n)

        pages = build_twice(build, path)
        write_truth(path, self.name, self.producer, pages, self.desc, self.lines, self.claims, self.legend,
                    self.findings)
        reg = Reg(self.fmt, list(self.bands), list(self.totals_printed), list(self.planted))
        return path, reg


# ======================================================================================= c1 commercial EOB
class C1(Layout):
    name = "h27_c1_member_eob_notes"
    producer = "reportlab"
    desc = ("Commercial plan member EOB, portrait Liberation Sans: member box, family deductible table, claim bars "
            "'Claim ID # ... for <Name> (relationship)', What your plan paid / What I owe columns, code+mods in one "
            "cell, no units, notes letters, a claim continued on page 2 with repeated header")
    fmt = Fmt(money=lambda d: money(d, "$"), date=lambda d: dfmt(d, "mdy2"), share_arith=True)

    def data(self):
        st_k = PlanState(ded_left=q(0), coins_rate=Decimal("0.20"))
        st_o = PlanState(ded_left=q(150), coins_rate=Decimal("0.20"))
        st_r = PlanState(ded_left=q(0), copay_codes={"99213": q(30)})
        k = [commercial(Svc(D(2026, 1, 6), c, u, m), st_k) for c, u, m in (
            ("97165", 1, ("GO",)), ("97530", 2, ("GO",)), ("97533", 2, ("GO", "59")))]
        k += [commercial(Svc(d_, c, u, m), st_k) for d_ in (D(2026, 1, 13), D(2026, 1, 20), D(2026, 1, 27))
              for c, u, m in (("97530", 3, ("GO",)), ("97535", 1, ("GO",)))]
        o = []
        for d_ in (D(2026, 1, 5), D(2026, 1, 7), D(2026, 1, 12), D(2026, 1, 14), D(2026, 1, 19), D(2026, 1, 21)):
            o += [commercial(Svc(d_, "92507", 1, ("GN",)), st_o)]
            if d_.day in (7, 14, 21):
                o += [commercial(Svc(d_, "97530", 2, ("GO",)), st_o)]
        o.insert(0, commercial(Svc(D(2026, 1, 5), "92523", 1, ("GN",), desc=eobgen.DESC["92523"]), st_o))
        r = [commercial(Svc(D(2026, 1, 8), "99213", 1, ()), st_r),
             commercial(Svc(D(2026, 1, 8), "97760", 1, ("GO",)), st_r),
             commercial(Svc(D(2026, 1, 8), "L3807", 1, ("RT",)), st_r),
             commercial(Svc(D(2026, 1, 8), "0552T", 1, (), denied="PR"), st_r)]
        for s in k + o + r:
            if s.owes and not s.denied:
                s.remarks = ["B"] if s.deductible else ["A"]
        r[3].remarks = ["D"]
        return [
            dict(pt="Kayla Fenwick", rel="daughter", claim="NH26-0114-00871", acct="BPT-20931",
                 prov="Brightpath Pediatric Therapy", svcs=k),
            dict(pt="Owen Fenwick", rel="son", claim="NH26-0121-01544", acct="SPK-7718-02",
                 prov="Sparrow Speech & Language Center", svcs=o),
            dict(pt="Rachel Fenwick", rel="self", claim="NH26-0116-00230", acct="AH104772",
                 prov="Alder Hand & Wrist Clinic", svcs=r),
        ]

    def build(self, target, n):
        cv = Canvas(target, LETTER, self.producer, ["LibSans"])
        F = "LibSans"
        M = 36

        def furn(cv, p, n):
            cv.text(M, 44, "NORTHGATE", F, 16, "b", rgb=DARK)
            cv.text(M + cv.width("NORTHGATE", F, 16, "b") + 6, 44, "HEALTH PLAN", F, 10, "", rgb=DARK)
            cv.text(cv.W - M, 40, "Explanation of Benefits", F, 13, "b", "r")
            cv.text(cv.W - M, 53, "THIS IS NOT A BILL", F, 8, "b", "r")
            cv.hline(M, cv.W - M, 60, 1.2, grey=0.3)
            if p == 1:
                return 68
            cv.text(M, 72, "Member: Rachel Fenwick   ID NGH-448120957   Statement date: January 27, 2026", F, 7.5)
            return 80

        def foot(cv, p, n):
            cv.hline(M, cv.W - M, 758, 0.4)
            cv.text(M, 768, "Northgate Health Plan, PO Box 6120, Harrow Falls, WI 53190  |  Member services "
                    "1-800-555-0142 (TTY 711)", F, 6.5)
            cv.text(cv.W - M, 768, f"Page {p} of {n or '?'}", F, 6.5, "", "r")

        fl = Flow(cv, n, furn, foot, 748)
        # address + member box
        for i, s in enumerate(("RACHEL FENWICK", "2218 LINDEN HOLLOW RD", "HARROW FALLS WI 53191-4402")):
            cv.text(M + 10, 96 + i * 11, s, F, 8.5)
        bx = 330
        cv.rect(bx, 74, cv.W - M - bx, 66, fill=LIGHT)
        for i, (a, b) in enumerate((("Member", "Rachel Fenwick"), ("Member ID", "NGH-448120957"),
                                    ("Group", "Tamarack Mills Inc. - 20177"), ("Plan", "Choice PPO 1500"),
                                    ("Statement date", "January 27, 2026"))):
            cv.text(bx + 8, 86 + i * 11.5, a, F, 7.5, "b")
            cv.text(bx + 90, 86 + i * 11.5, b, F, 7.5)
        fl.y = 150
        cv.text(M, fl.y, "Where you are with your plan year (family)", F, 9, "b")
        fl.y += 6
        dc = cols_from(M, [(150, "l"), (110, "r"), (110, "r"), (120, "r")])
        row(fl, dc, ["Family member", "Deductible met", "Deductible limit", "Out-of-pocket met"], F, 7, 9, "b",
            fill=GREY)
        for nm, a, b, c in (("Rachel Fenwick", "$500.00", "$500.00", "$1,212.40"),
                            ("Kayla Fenwick", "$500.00", "$500.00", "$804.16"),
                            ("Owen Fenwick", "$500.00", "$500.00", "$661.09")):
            row(fl, dc, [nm, a, b, c], F, 7, 9, rule=0.7)
        fl.y += 8
        cv.text(M, fl.y + 8, "Your claims in detail", F, 10, "b")
        fl.y += 14
        W = cv.W - 2 * M
        spec = [(34, "l"), (112, "l", True), (46, "l"), (44, "r"), (40, "r"), (44, "r"), (34, "r"), (40, "r"),
                (44, "r"), (42, "r"), (40, "r"), (20, "c")]
        cols = cols_from(M, spec)
        assert abs(sum(w for w, *_ in spec) - W) < 1, sum(w for w, *_ in spec)
        heads = [["Service", "date"], ["Service description"], ["Code"], ["Amount", "billed"], ["Discount"],
                 ["Amount", "allowed"], ["Copay"], ["Deduct-", "ible"], ["What your", "plan paid"],
                 ["Coinsur-", "ance"], ["What I", "owe"], ["See", "notes"]]
        cur = {}

        def head(cv, y):
            fl.y = y
            if cur.get("cl"):
                cl = cur["cl"]
                row(fl, [Col(M, W)], [f"Claim ID # {cl['claim']} for {cl['pt']} ({cl['rel']}) (continued)"], F,
                    7.5, 10, "b", fill=GREY, repeat=False)
            row(fl, cols, heads, F, 6.3, 7.4, "b", fill=LIGHT, repeat=False)
            return fl.y

        fm = self.fmt.money
        for cl in self.data():
            fl.y += 6
            fl.need(70, repeat=False)
            cur["cl"] = None
            row(fl, [Col(M, W)], [f"Claim ID # {cl['claim']} for {cl['pt']} ({cl['rel']})"], F, 8, 11, "b",
                fill=GREY)
            row(fl, [Col(M, W)], [f"Provider: {cl['prov']}   |   Patient account # {cl['acct']}   |   "
                                  "In-network   |   Processed 01/22/26"], F, 7, 9)
            head(cv, fl.y)
            cur["cl"] = cl
            fl.repeat = head
            for s in cl["svcs"]:
                b = row(fl, cols, [dfmt(s.dos, "mdy2"), s.desc, " ".join((s.code,) + s.mods), fm(s.billed),
                                   fm(s.discount), fm(s.allowed), fm(s.copay), fm(s.deductible), fm(s.paid),
                                   fm(s.coinsurance), fm(s.owes), ",".join(s.remarks)], F, 6.6, 8, rule=0.75)
                self.add(b, s, claim_id=cl["acct"], payer_claim_id=cl["claim"], patient=cl["pt"],
                         printed=("billed", "discount", "allowed", "copay", "deductible", "paid", "coinsurance",
                                  "patient_owes"), units=False, remarks=s.remarks)
            fl.repeat = None
            sv = cl["svcs"]
            tt = [fm(total(sv, a)) for a in ("billed", "discount", "allowed", "copay", "deductible", "paid",
                                             "coinsurance", "owes")]
            row(fl, cols, ["Total", "", ""] + tt + [""], F, 6.6, 8, "b", rule=0.2, repeat=False)
            self.totals_printed += tt
            cur["cl"] = None
            self.claims.append({"claim_id": cl["acct"], "payer_claim_id": cl["claim"], "patient": cl["pt"],
                                "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                                       total(sv, "owes"))})
            fl.need(12, repeat=False)
            cv.text(M, fl.y + 9, f"We paid {fm(total(sv, 'paid'))} to {cl['prov']}.", F, 7, "i")
            fl.y += 12
        self.legend = [("A", "Your share under your plan's cost-sharing for this service."),
                       ("B", "Part of the allowed amount went toward your deductible."),
                       ("D", "Your plan does not cover this service; you may be billed for it.")]
        fl.y += 8
        fl.need(50, repeat=False)
        cv.text(M, fl.y + 8, "Notes", F, 9, "b")
        fl.y += 10
        for a, b in self.legend:
            cv.text(M, fl.y + 9, f"{a}   {b}", F, 7)
            fl.y += 10
        fl.finish()
        return cv.pages


# ======================================================================================= c2 commercial EOB
class C2(Layout):
    name = "h27_c2_statement_of_benefits"
    producer = "fpdf2"
    desc = ("Mutual benefit association member 'Statement of Benefits', landscape DejaVu Serif, fully ruled grid: "
            "boxed two-row claim heads, From/To 01-05-2026, Not Allowed / Paid At %, reversal in parentheses and "
            "its replacement, planted claim-total mismatch")
    fmt = Fmt(money=lambda d: money(d, ",", "()"), date=lambda d: dfmt(d, "mdy4").replace("/", "-"),
              share_arith=True)

    def data(self):
        st_j = PlanState(ded_left=q(60))
        st_m = PlanState()
        st_d = PlanState(copay_codes={"99213": q(25)})
        j = [commercial(Svc(D(2026, 1, 5), c, u, m), st_j) for c, u, m in (
            ("97167", 1, ("GO",)), ("97760", 2, ("GO",)), ("L3807", 1, ("LT",)))]
        j2 = [commercial(Svc(d_, c, u, m), st_j) for d_ in (D(2026, 1, 9), D(2026, 1, 16)) for c, u, m in (
            ("97140", 2, ("GO", "59")), ("97110", 2, ("GO",)))]
        mi = [commercial(Svc(d_, c, u, m), st_m) for d_ in (D(2026, 1, 6), D(2026, 1, 13)) for c, u, m in (
            ("97112", 2, ("GP",)), ("97116", 1, ("GP",)))]
        mi.append(commercial(Svc(D(2026, 1, 13), "97150", 1, ("GP",), denied="CO"), st_m, deny_reason="96"))
        old = [commercial(Svc(D(2025, 12, 15), "97162", 1, ("GP",)), PlanState()),
               commercial(Svc(D(2025, 12, 15), "97110", 1, ("GP",)), PlanState())]
        rev = [negate(s) for s in old]
        new = [commercial(Svc(D(2025, 12, 15), "97162", 1, ("GP",)), PlanState()),
               commercial(Svc(D(2025, 12, 15), "97110", 3, ("GP",)), PlanState())]
        dn = [commercial(Svc(D(2026, 1, 20), "99213", 1, ()), st_d),
              commercial(Svc(D(2026, 1, 20), "G0283", 1, ("GP",)), st_d)]
        for s in j + j2 + mi + new + dn:
            s.remarks = ["DN" if s.denied else ("D1" if s.deductible else "")]
        for s in rev:
            s.remarks = ["RV"]
        for s in j + j2 + mi + new + dn + rev:
            s.remarks = [x for x in s.remarks if x]
        return [
            dict(pt="JONAH PELLETIER", rel="Dependent child", claim="2601-330918-01", ref="AHT-5512",
                 prov="Alderwood Hand & Upper Limb Therapy", svcs=j),
            dict(pt="JONAH PELLETIER", rel="Dependent child", claim="2601-331466-01", ref="AHT-5590",
                 prov="Alderwood Hand & Upper Limb Therapy", svcs=j2, plant=True),
            dict(pt="MIRA PELLETIER", rel="Spouse", claim="2601-332077-01", ref="00491827",
                 prov="Kestrel Balance & Gait Physical Therapy", svcs=mi),
            dict(pt="DANIEL PELLETIER", rel="Subscriber", claim="2512-228104-01", ref="WR-88120",
                 prov="Westridge Sports Physical Therapy", svcs=rev, note="ADJUSTMENT - reverses payment of 12/29/2025"),
            dict(pt="DANIEL PELLETIER", rel="Subscriber", claim="2512-228104-02", ref="WR-88120",
                 prov="Westridge Sports Physical Therapy", svcs=new, note="Corrected claim (units)"),
            dict(pt="DANIEL PELLETIER", rel="Subscriber", claim="2601-334210-01", ref="WR-88377",
                 prov="Westridge Sports Physical Therapy", svcs=dn),
        ]

    def build(self, target, n):
        cv = Canvas(target, LAND, self.producer, ["DVSerif"])
        F = "DVSerif"
        M = 28

        def furn(cv, p, n):
            cv.text(M, 36, "CASCADE MUTUAL BENEFIT ASSOCIATION", F, 12, "b")
            cv.text(M, 48, "Employee Health Benefit Fund  -  a self-insured plan", F, 7.5, "i")
            cv.text(cv.W - M, 36, "STATEMENT OF BENEFITS", F, 12, "b", "r")
            cv.text(cv.W - M, 48, "This is not a bill.  Keep for your records.", F, 7.5, "", "r")
            cv.hline(M, cv.W - M, 54, 1.0)
            return 60

        def foot(cv, p, n):
            cv.text(M, 592, "Questions? Benefit Services 1-866-555-0187, weekdays 7:30-5:00 Pacific.  "
                    "Cascade Mutual Benefit Association, 400 Tillicum Way, Olmstead WA 98512", F, 6.5)
            cv.text(cv.W - M, 592, f"Page {p} of {n or '?'}", F, 6.5, "", "r")

        fl = Flow(cv, n, furn, foot, 578)
        cv.text(M, 72, "DANIEL PELLETIER", F, 8.5, "b")
        cv.text(M, 83, "88 OSPREY BLUFF LANE  APT 3", F, 8.5)
        cv.text(M, 94, "OLMSTEAD WA 98513", F, 8.5)
        kv = (("Subscriber ID", "CMB0071429"), ("Group", "Harbor Ferries Union Local 19"),
              ("Statement Date", "01/29/2026"), ("Plan Year", "01/01/2026 - 12/31/2026"))
        for i, (a, b) in enumerate(kv):
            cv.text(470, 72 + i * 10, a + ":", F, 7.5, "b")
            cv.text(560, 72 + i * 10, b, F, 7.5)
        fl.y = 116
        W = cv.W - 2 * M
        spec = [(18, "c"), (50, "c"), (50, "c"), (42, "c"), (36, "c"), (26, "c"), (50, "r"), (48, "r"), (48, "r"),
                (46, "r"), (38, "r"), (48, "r"), (36, "r"), (30, "c"), (50, "r"), (50, "r"), (30, "c")]
        extra = W - sum(w for w, *_ in spec)
        spec[-1] = (30 + extra, "c")
        cols = cols_from(M, spec)
        heads = [["Ln"], ["From"], ["To"], ["Procedure"], ["Mod"], ["Units"], ["Charges"], ["Not", "Allowed"],
                 ["Allowed"], ["Deductible"], ["Copay"], ["Coinsurance"], ["Other", "Carrier"], ["Paid", "At"],
                 ["Benefit", "Paid"], ["Patient", "Resp."], ["Remark"]]
        cur = {}

        def head(cv, y):
            fl.y = y
            if cur.get("cl"):
                cl = cur["cl"]
                row(fl, [Col(M, W)], [f"Patient: {cl['pt']}   Claim #: {cl['claim']}   (continued from previous "
                                      "page)"], F, 7, 9, "b", fill=GREY, grid=True, repeat=False)
            row(fl, cols, heads, F, 6.2, 7.2, "b", fill=LIGHT, grid=True, repeat=False)
            return fl.y

        fm = self.fmt.money
        for ci, cl in enumerate(self.data()):
            fl.y += 8
            fl.need(64, repeat=False)
            cur["cl"] = None
            c4 = cols_from(M, [(W * 0.3, "l"), (W * 0.24, "l"), (W * 0.26, "l"), (W * 0.2, "l")])
            row(fl, c4, [f"Patient: {cl['pt']}", f"Relationship: {cl['rel']}", f"Claim #: {cl['claim']}",
                         "Processed: 01/27/2026"], F, 7.2, 9, "b", fill=GREY, grid=True, repeat=False)
            row(fl, c4, [f"Provider: {cl['prov']}", f"Your provider's ref.: {cl['ref']}", "Network: PPO",
                         cl.get("note", "")], F, 7, 9, grid=True, repeat=False)
            head(cv, fl.y)
            cur["cl"] = cl
            fl.repeat = head
            for i, s in enumerate(cl["svcs"], 1):
                pct = "" if s.denied or s.billed < 0 else ("100%" if s.copay else "80%")
                not_allowed = s.billed - s.allowed
                b = row(fl, cols, [str(i), self.fmt.date(s.dos), self.fmt.date(s.dos), s.code, " ".join(s.mods),
                                   units_str(s.units) if s.billed >= 0 else "-" + units_str(s.units),
                                   fm(s.billed), fm(not_allowed), fm(s.allowed), fm(s.deductible),
                                   fm(s.copay), fm(s.coinsurance), fm(ZERO), pct, fm(s.paid), fm(s.owes),
                                   " ".join(s.remarks)], F, 6.6, 8, grid=True)
                ov = {"discount": str(q(not_allowed)), "not_covered": None}
                if s.billed < 0:
                    ov["units"] = "-" + units_str(s.units)
                self.add(b, s, claim_id=cl["ref"], payer_claim_id=cl["claim"], patient=cl["pt"],
                         printed=("billed", "allowed", "deductible", "copay", "coinsurance", "paid",
                                  "patient_owes"), service_end=s.dos, remarks=s.remarks, description=False,
                         overrides=ov)
            fl.repeat = None
            sv = cl["svcs"]
            paid_t = total(sv, "paid")
            printed_paid = paid_t + Decimal("10.00") if cl.get("plant") else paid_t
            if cl.get("plant"):
                self.planted.append((ci, "paid", q(printed_paid)))
                self.findings.append(f"claim-total-mismatch claim {cl['claim']}: printed Benefit Paid total "
                                     f"{q(printed_paid)} but the lines add up to {q(paid_t)}")
            tt = [fm(total(sv, "billed")), fm(sum((s.billed - s.allowed for s in sv), ZERO)),
                  fm(total(sv, "allowed")), fm(total(sv, "deductible")), fm(total(sv, "copay")),
                  fm(total(sv, "coinsurance")), fm(ZERO), "", fm(printed_paid), fm(total(sv, "owes"))]
            row(fl, cols, ["", "Claim Totals", "", "", "", ""] + tt + [""], F, 6.6, 8, "b", grid=True,
                fill=LIGHT, repeat=False)
            self.totals_printed += tt
            cur["cl"] = None
            self.claims.append({"claim_id": cl["ref"], "payer_claim_id": cl["claim"], "patient": cl["pt"],
                                "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), printed_paid,
                                                       total(sv, "owes"))})
        self.legend = [("D1", "Amount applied to the deductible for the plan year."),
                       ("DN", "Not payable: this session is included in another service billed the same day."),
                       ("RV", "Earlier payment taken back; see the corrected claim that follows.")]
        fl.y += 10
        fl.need(46, repeat=False)
        cv.text(M, fl.y + 8, "Remark codes", F, 8, "b")
        fl.y += 10
        for a, b in self.legend:
            cv.text(M, fl.y + 8, f"{a} - {b}", F, 7)
            fl.y += 9
        fl.finish()
        return cv.pages


# ======================================================================================= m1 MSN
class M1(Layout):
    name = "h27_m1_medicare_summary_notice"
    producer = "fpdf2"
    desc = ("Medicare Summary Notice for Part B, portrait core Helvetica, fully ruled claim grids: date per row "
            "'1/5/26', wording with the billing code on its own text line, Service Approved?, approved / paid / "
            "maximum you may be billed, notes letters, Total for this claim, a claim continued on the next page")
    fmt = Fmt(money=lambda d: money(d, "$"), date=lambda d: f"{d.month}/{d.day}/{d:%y}")

    def data(self):
        st = PlanState(ded_left=q(283), coins_rate=Decimal("0.20"))
        a = []
        for d_ in (D(2026, 1, 5), D(2026, 1, 7), D(2026, 1, 12), D(2026, 1, 14), D(2026, 1, 19), D(2026, 1, 21),
                   D(2026, 1, 26), D(2026, 1, 28)):
            a += [medicare(Svc(d_, "97110", 2, ("GP", "KX")), st), medicare(Svc(d_, "97140", 1, ("GP", "59")), st)]
            if d_.day in (12, 26):
                a.append(medicare(Svc(d_, "97112", 1, ("GP", "KX")), st))
        a.insert(0, medicare(Svc(D(2026, 1, 5), "97163", 1, ("GP",)), st))
        b = [medicare(Svc(D(2026, 1, 9), "99213", 1, ()), st), medicare(Svc(D(2026, 1, 9), "G0283", 1, ()), st),
             medicare(Svc(D(2026, 1, 9), "0552T", 1, (), denied="PR"), st)]
        c = [medicare(Svc(D(2026, 1, 15), "97535", 2, ("GO",)), st),
             medicare(Svc(D(2026, 1, 15), "97530", 2, ("GO", "CO")), st)]
        for s in a + b + c:
            s.remarks = ["A"] if s.deductible else []
            if s.seq:
                s.remarks.append("C")
        b[2].remarks = ["D"]
        return [x for x in (
            dict(prov="Lakeshore Outpatient Physical Therapy", addr="610 Marram Dr, Sandpoint Cove, MI 49014",
                 claim="26-012-33041-557", ref="Referred by: Priya Anand-Lowe", svcs=a),
            dict(prov="Fernhill Family Medicine", addr="22 Cedar Row, Sandpoint Cove, MI 49014",
                 claim="26-013-02298-114", ref="", svcs=b),
            dict(prov="Harborview Home & Community OT", addr="1901 Wick St Ste 4, Benton Flats, MI 49022",
                 claim="26-020-51877-302", ref="Referred by: Priya Anand-Lowe", svcs=c),
        )[::-1]]

    def build(self, target, n):
        cv = Canvas(target, LETTER, self.producer, [])
        F = "Helvetica"
        M = 40
        PT = "GLORIA V. ASHBURNE"

        def furn(cv, p, n):
            cv.text(M, 40, "Medicare Summary Notice for Part B (Medical Insurance)", F, 13, "b")
            cv.text(M, 53, "The Official Summary of Your Medicare Claims", F, 8)
            cv.text(cv.W - M, 40, PT, F, 9, "b", "r")
            cv.text(cv.W - M, 53, "Notice date: February 3, 2026", F, 8, "", "r")
            cv.hline(M, cv.W - M, 60, 1.4)
            return 70

        def foot(cv, p, n):
            cv.text(M, 766, "Need help? Call 1-800-MEDICARE (1-800-633-4227).  Say 'Agent' to speak with a "
                    "representative.", F, 6.8)
            cv.text(cv.W - M, 766, f"Page {p} of {n or '?'}", F, 7, "b", "r")

        fl = Flow(cv, n, furn, foot, 752)
        claims = self.data()
        allv = [s for cl in claims for s in cl["svcs"]]
        # dashboard page
        cv.text(M, 84, "Medicare Number  XXXXX-XX7K42", F, 8.5)
        cv.text(M, 96, "Claims Processed Between  November 1, 2025 - January 31, 2026", F, 8.5)
        cv.rect(M, 108, 250, 90, stroke=True, lw=0.8)
        cv.text(M + 8, 124, "Your Deductible Status", F, 10, "b")
        cv.text(M + 8, 140, "Your deductible is what you must pay for", F, 8)
        cv.text(M + 8, 151, "health care each year before Medicare", F, 8)
        cv.text(M + 8, 162, "starts to pay.", F, 8)
        cv.text(M + 8, 180, "Part B Deductible: You have now met $283.00", F, 8, "b")
        cv.text(M + 8, 191, "of your $283.00 deductible for 2026.", F, 8, "b")
        x2 = M + 270
        cv.rect(x2, 108, cv.W - M - x2, 90, stroke=True, lw=0.8)
        cv.text(x2 + 8, 124, "Your Claims & Costs This Period", F, 10, "b")
        cv.text(x2 + 8, 142, "Did Medicare approve all services?", F, 8)
        cv.text(cv.W - M - 8, 142, "NO", F, 9, "b", "r")
        cv.text(x2 + 8, 157, "Number of services Medicare denied", F, 8)
        cv.text(cv.W - M - 8, 157, "1", F, 9, "b", "r")
        cv.text(x2 + 8, 175, "Total You May Be Billed", F, 8, "b")
        cv.text(cv.W - M - 8, 175, money(total(allv, "owes")), F, 11, "b", "r")
        cv.text(x2 + 8, 190, "See page 2 for how to read this notice.", F, 7, "i")
        fl.y = 214
        cv.text(M, fl.y, "Providers with claims this period", F, 9, "b")
        fl.y += 6
        for cl in claims:
            fl.y += 11
            cv.text(M + 8, fl.y, f"{cl['svcs'][0].dos:%B} {cl['svcs'][0].dos.day}, 2026   {cl['prov']}", F, 8)
        fl.y += 20
        for i, s in enumerate(("THIS IS NOT A BILL. Your providers may send you a bill for the amounts in the "
                               "'Maximum You May Be Billed' column.", "If you think Medicare made a mistake, you "
                               "can file an appeal by the date printed on the last page.",
                               "Be wary of anyone who asks for your Medicare Number over the phone.")):
            cv.text(M, fl.y + i * 12, s, F, 8)
        fl.new_page()
        cv.text(M, fl.y + 4, "Your Claims & Costs This Period", F, 11, "b")
        fl.y += 14
        W = cv.W - 2 * M
        spec = [(44, "l"), (160, "l", True), (48, "c"), (64, "r"), (64, "r"), (62, "r"), (62, "r"), (W - 504, "c")]
        cols = cols_from(M, spec)
        heads = [["Date"], ["Service Provided &", "Billing Code"], ["Service", "Approved?"], ["Amount", "Provider",
                 "Charged"], ["Medicare-", "Approved", "Amount"], ["Amount", "Medicare", "Paid"], ["Maximum", "You May",
                 "Be Billed"], ["See", "Notes"]]
        cur = {}

        def head(cv, y):
            fl.y = y
            if cur.get("cl"):
                row(fl, [Col(M, W)], [f"{cur['cl']['prov']}, Claim Number: {cur['cl']['claim']} (continued)"], F,
                    8, 10, "b", repeat=False)
            row(fl, cols, heads, F, 6.8, 7.8, "b", fill=GREY, grid=True, repeat=False)
            return fl.y

        fm = self.fmt.money
        for cl in claims:
            fl.y += 8
            fl.need(80, repeat=False)
            cur["cl"] = None
            row(fl, [Col(M, W)], [cl["prov"]], F, 9, 11, "b", repeat=False)
            row(fl, [Col(M, W)], [cl["addr"]], F, 7.5, 9, repeat=False)
            row(fl, [Col(M, W)], [f"Claim Number: {cl['claim']}" + (f"      {cl['ref']}" if cl["ref"] else "")],
                F, 7.5, 9, repeat=False)
            head(cv, fl.y)
            cur["cl"] = cl
            fl.repeat = head
            for s in cl["svcs"]:
                b = row(fl, cols, [self.fmt.date(s.dos), [s.desc, "(" + "-".join((s.code,) + s.mods) + ")"],
                                   "No" if s.denied else "Yes", fm(s.billed), fm(s.allowed), fm(s.paid),
                                   fm(s.owes), ", ".join(s.remarks)], F, 7, 8.4, grid=True)
                self.add(b, s, claim_id=None, payer_claim_id=cl["claim"], patient=PT,
                         printed=("billed", "allowed", "paid", "patient_owes"), units=False, remarks=s.remarks)
            fl.repeat = None
            sv = cl["svcs"]
            tt = [fm(total(sv, a)) for a in ("billed", "allowed", "paid", "owes")]
            row(fl, cols, ["", "Total for this claim", ""] + tt + [""], F, 7, 8.4, "b", grid=True, fill=LIGHT,
                repeat=False)
            self.totals_printed += tt
            cur["cl"] = None
            self.claims.append({"claim_id": None, "payer_claim_id": cl["claim"], "patient": PT,
                                "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                                       total(sv, "owes"))})
        self.legend = [("A", "This amount counts toward your yearly Part B deductible."),
                       ("C", "A 2% federal payment reduction was applied to what Medicare paid."),
                       ("D", "Medicare does not pay for this item or service; the provider may bill you.")]
        fl.y += 12
        fl.need(60, repeat=False)
        cv.text(M, fl.y + 8, "Notes for Claims Above", F, 10, "b")
        fl.y += 12
        for a, b in self.legend:
            cv.text(M, fl.y + 9, f"{a}  {b}", F, 8)
            fl.y += 11
        fl.finish()
        return cv.pages


# ======================================================================================= m2 MA EOB
class M2(Layout):
    name = "h27_m2_advantage_part_c_eob"
    producer = "reportlab"
    desc = ("Medicare Advantage HMO-POS member EOB (model-notice style), portrait DejaVu Sans Condensed with a "
            "shaded left sidebar on page 1: claim bars with claim number and provider account, service cell of two "
            "lines (wording, 'Procedure code 97110 / Modifier GP / 2 units'), billed / total cost / plan's share / "
            "your share, $30 copay per visit day, non-covered service, claim totals")
    fmt = Fmt(money=lambda d: money(d, "$"), date=lambda d: dfmt(d, "mdyn"), units=lambda u: units_str(u))

    def data(self):
        st = PlanState(visit_copay=q(30), allowed_rate=Decimal("0.64"))
        a = [commercial(Svc(d_, c, u, m), st) for d_ in (D(2026, 1, 6), D(2026, 1, 8), D(2026, 1, 13),
                                                           D(2026, 1, 15), D(2026, 1, 20), D(2026, 1, 22))
             for c, u, m in (("97110", 2, ("GP",)), ("97112", 1, ("GP",)), ("97140", 1, ("GP", "CQ")))]
        b = [commercial(Svc(D(2026, 1, 9), "92507", 1, ("GN",)), st),
             commercial(Svc(D(2026, 1, 9), "97129", 2, ("GN",)), st),
             commercial(Svc(D(2026, 1, 16), "92507", 1, ("GN",)), st)]
        c = [commercial(Svc(D(2026, 1, 27), "97168", 1, ("GO",)), st),
             commercial(Svc(D(2026, 1, 27), "97535", 2, ("GO",)), st),
             commercial(Svc(D(2026, 1, 27), "0552T", 1, (), denied="PR"), st)]
        for s in a + b + c:
            s.remarks = ["1"] if s.copay else []
        c[2].remarks = ["4"]
        return [dict(claim="8830126004519", prov="Riverside Aquatic & Sports Rehab", acct="77-4410", svcs=a),
                dict(claim="8830126011207", prov="Clearwater Voice & Cognition Clinic", acct="CVC0093381", svcs=b),
                dict(claim="8830126019960", prov="Sunpeak Occupational Therapy", acct="SOT-26-0412", svcs=c)]

    def build(self, target, n):
        cv = Canvas(target, LETTER, self.producer, ["DVCond"])
        F = "DVCond"
        PT = "Herbert L. Quayle"

        def furn(cv, p, n):
            cv.rect(0, 0, cv.W, 58, fill=DARK, stroke=False)
            cv.text(36, 30, "Keystone Silver Advantage (HMO-POS)", F, 14, "b", rgb=WHITE)
            cv.text(36, 46, "Explanation of Benefits for Medicare Advantage Members  -  Your Part C medical claims",
                    F, 8, rgb=WHITE)
            cv.text(cv.W - 36, 30, "January 2026", F, 10, "b", "r", rgb=WHITE)
            return 74

        def foot(cv, p, n):
            cv.hline(36, cv.W - 36, 760, 0.4, grey=0.5)
            cv.text(36, 770, "Keystone Silver Advantage is an HMO-POS plan with a Medicare contract.  H9921_EOB26_M",
                    F, 6.5)
            cv.text(cv.W - 36, 770, f"Page {p} of {n or '?'}", F, 6.5, "", "r")

        fl = Flow(cv, n, furn, foot, 750)
        claims = self.data()
        allv = [s for cl in claims for s in cl["svcs"]]
        # page 1: sidebar left, letter and summary right
        sw = 170
        cv.rect(0, 58, sw, 692, fill=LIGHT, stroke=False)
        sy = 84
        for s, st_, z in (("Member", "b", 8), (PT, "", 9), ("Member ID: KSA-2084417-01", "", 7.5), ("", "", 7),
                          ("Your costs this year", "b", 8), ("Out-of-pocket spent: $1,260.00", "", 7.5),
                          ("Out-of-pocket limit: $4,900.00", "", 7.5), ("", "", 7), ("Call us", "b", 8),
                          ("1-877-555-0161 (TTY 711)", "", 7.5), ("8 a.m. - 8 p.m., 7 days a week", "", 7.5),
                          ("", "", 7), ("Report fraud", "b", 8), ("If a service listed here was not", "", 7),
                          ("given to you, call us right away.", "", 7)):
            cv.text(14, sy, s, F, z, st_)
            sy += 12
        x = sw + 20
        for i, s in enumerate(("HERBERT L QUAYLE", "419 BRAMBLE CREEK CT", "MILLBURN PA 17044")):
            cv.text(x, 86 + i * 11, s, F, 8.5)
        cv.text(x, 136, "This notice gives you a summary of the medical claims we processed for you in January.",
                F, 8)
        cv.text(x, 147, "It is not a bill. Keep it with your health records.", F, 8)
        sc = cols_from(x, [(200, "l"), (100, "r"), (106, "r")])
        fl.y = 160
        row(fl, sc, ["Claims processed this month", "Total cost", "Your share"], F, 7.5, 9, "b", fill=GREY)
        for cl in claims:
            row(fl, sc, [cl["prov"], money(total(cl["svcs"], "allowed")), money(total(cl["svcs"], "owes"))], F, 7.5,
                9, rule=0.6)
        row(fl, sc, ["Total", money(total(allv, "allowed")), money(total(allv, "owes"))], F, 7.5, 9, "b")
        fl.new_page()
        M = 36
        W = cv.W - 2 * M
        spec = [(52, "l"), (190, "l"), (66, "r"), (72, "r"), (62, "r"), (62, "r"), (W - 504, "c")]
        cols = cols_from(M, spec)
        heads = [["Service", "date"], ["Service you received"], ["Amount the", "provider billed"],
                 ["Total cost", "(plan-approved)"], ["Plan's", "share"], ["Your", "share"], ["See", "notes"]]

        def head(cv, y):
            fl.y = y
            row(fl, cols, heads, F, 7, 8, "b", fill=GREY, repeat=False)
            return fl.y

        fm = self.fmt.money
        cv.text(M, fl.y + 6, "Your Part C medical claims in detail", F, 11, "b")
        fl.y += 14
        for cl in claims:
            fl.y += 8
            fl.need(70, repeat=False)
            row(fl, [Col(M, W)], [f"Claim number {cl['claim']}   |   {cl['prov']}   |   Provider's account "
                                  f"number {cl['acct']}"], F, 8, 10, "b", fill=LIGHT, repeat=False)
            head(cv, fl.y)
            fl.repeat = head
            for s in cl["svcs"]:
                l2 = f"Procedure code {s.code}"
                if s.mods:
                    l2 += "  /  Modifier " + " ".join(s.mods)
                l2 += f"  /  {units_str(s.units)} unit" + ("s" if s.units != 1 else "")
                b = row(fl, cols, [self.fmt.date(s.dos), [s.desc, l2], fm(s.billed), fm(s.allowed), fm(s.paid),
                                   fm(s.owes), " ".join(s.remarks)], F, 7, 8.2, rule=0.7)
                self.add(b, s, claim_id=cl["acct"], payer_claim_id=cl["claim"], patient=PT,
                         printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks)
            fl.repeat = None
            sv = cl["svcs"]
            tt = [fm(total(sv, a)) for a in ("billed", "allowed", "paid", "owes")]
            row(fl, cols, ["", "Totals for this claim"] + tt + [""], F, 7, 8.2, "b", repeat=False)
            self.totals_printed += tt
            self.claims.append({"claim_id": cl["acct"], "payer_claim_id": cl["claim"], "patient": PT,
                                "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                                       total(sv, "owes"))})
        self.legend = [("1", "Your share is the $30 copay for outpatient rehabilitation, charged once per day."),
                       ("4", "This service is not covered by your plan. You are responsible for the full charge.")]
        fl.y += 12
        fl.need(40, repeat=False)
        cv.text(M, fl.y + 8, "Notes", F, 9, "b")
        fl.y += 10
        for a, b in self.legend:
            cv.text(M, fl.y + 9, f"{a}.  {b}", F, 7.5)
            fl.y += 10
        fl.finish()
        return cv.pages


# ======================================================================================= d1 Medicaid RA mono
class D1(Layout):
    name = "h27_d1_medicaid_rad_mono"
    producer = "fpdf2"
    desc = ("State Medicaid 'Remittance Advice Details', portrait DejaVu Sans Mono fixed columns: PAID / DENIED / "
            "CLAIM ADJUSTMENTS sections, claim heading 'CCN ... RECIPIENT LAST, FIRST ... PAT ACCT', detail lines "
            "LN FROM THRU PROC M1 M2 QTY BILLED ALLOWED PAID RAD with mmddyy dates, reversal with trailing minus, "
            "claim continued on page 2 '(CONT)'")
    fmt = Fmt(money=lambda d: money(d, "", "trail"), date=lambda d: dfmt(d, "mdy6"),
              units=lambda u: f"{abs(u):.1f}" + ("-" if u < 0 else ""))

    def data(self):
        def md(c, u, m, d_, den=None):
            s = medicaid(Svc(d_, c, u, m, denied=den))
            s.remarks = ["306"] if den else (["104"] if s.discount else ["101"])
            return s
        a = [md(c, u, m, d_) for d_ in (D(2026, 1, 5), D(2026, 1, 7), D(2026, 1, 12), D(2026, 1, 14),
                                        D(2026, 1, 19), D(2026, 1, 21), D(2026, 1, 26))
             for c, u, m in (("97530", 2, ("GO", "U5")), ("97533", 1, ("GO", "")))]
        a = [s for s in a]
        for s in a:
            s.mods = tuple(x for x in s.mods if x)
        b = [md("92507", 1, ("GN",), d_) for d_ in (D(2026, 1, 6), D(2026, 1, 13), D(2026, 1, 20))]
        b.insert(0, md("92523", 1, ("GN",), D(2026, 1, 6)))
        c = [md("97110", 2, ("GP",), D(2026, 1, 8)), md("97116", 2, ("GP",), D(2026, 1, 8))]
        e = [md(c_, u, m, d_) for d_ in (D(2026, 1, 6), D(2026, 1, 8), D(2026, 1, 13), D(2026, 1, 15),
                                         D(2026, 1, 20), D(2026, 1, 22), D(2026, 1, 27), D(2026, 1, 29))
             for c_, u, m in (("97530", 1, ("GO",)), ("97112", 1, ("GO",)), ("97535", 1, ("GO",)))]
        dn = [md("97530", 3, ("GO",), D(2026, 1, 9), "CO"), md("97535", 2, ("GO",), D(2026, 1, 9), "CO")]
        old = [md("97112", 2, ("GP",), D(2025, 12, 16)), md("97110", 1, ("GP",), D(2025, 12, 16))]
        rev = [negate(s) for s in old]
        for s in rev:
            s.remarks = ["611"]
        new = [md("97112", 2, ("GP",), D(2025, 12, 16)), md("97110", 2, ("GP",), D(2025, 12, 16))]
        for s in new:
            s.remarks = ["612"]
        return [
            ("PAID CLAIMS", [dict(ccn="2601503388410", pt="VELASQUEZ, ANA", rid="91472285C", acct="KS-2210", svcs=a),
                             dict(ccn="2601503388411", pt="OYELARAN, TOBI", rid="93004117A", acct="KS-2231", svcs=b),
                             dict(ccn="2601503388412", pt="MCALLISTER, REN", rid="90881462F", acct="KS-2240",
                                  svcs=c),
                             dict(ccn="2601503388415", pt="PRZYBYLSKI, HANNA", rid="92210578B", acct="KS-2252",
                                  svcs=e)]),
            ("DENIED CLAIMS", [dict(ccn="2601503388413", pt="OYELARAN, TOBI", rid="93004117A", acct="KS-2233",
                                    svcs=dn)]),
            ("CLAIM ADJUSTMENTS", [dict(ccn="2512708812044", pt="MCALLISTER, REN", rid="90881462F", acct="KS-2104",
                                        svcs=rev, tag="ORIGINAL CLAIM - CREDIT"),
                                   dict(ccn="2601503388414", pt="MCALLISTER, REN", rid="90881462F", acct="KS-2104",
                                        svcs=new, tag="ADJUSTED CLAIM - DEBIT")]),
        ]

    def build(self, target, n):
        cv = Canvas(target, LETTER, self.producer, ["DVMono"])
        F = "DVMono"
        Z = 7.2
        M = 30
        cw = cv.width("0", F, Z)
        LH = 9.2

        def at(colno):
            return M + colno * cw

        def furn(cv, p, n):
            cv.text(at(0), 36, "STATE DEPARTMENT OF HEALTH CARE SERVICES - MEDICAL ASSISTANCE PROGRAM", F, Z, "b")
            cv.text(at(0), 36 + LH, "REMITTANCE ADVICE DETAILS", F, Z, "b")
            cv.text(at(86), 36, f"PAGE {p:>3}", F, Z, "", "l")
            cv.text(at(0), 36 + 2 * LH, "PROVIDER: KINDLE STREET PEDIATRIC THERAPY     PROV NO 0048812260    "
                    "RA NO 0601174", F, Z)
            cv.text(at(0), 36 + 3 * LH, "WARRANT DATE 01/30/26    WARRANT NO 118830472", F, Z)
            cv.hline(M, cv.W - M, 36 + 3.5 * LH, 0.6)
            return 36 + 4.2 * LH

        def foot(cv, p, n):
            cv.text(at(0), 770, "RAD CODE DESCRIPTIONS APPEAR ON THE LAST PAGE OF THIS REMITTANCE", F, 6.5)

        fl = Flow(cv, n, furn, foot, 752)
        hdr = f"{'LN':<3}{'FROM':<7}{'THRU':<7}{'PROC':<6}{'M1':<3}{'M2':<3}{'QTY':>5}{'BILLED':>11}{'ALLOWED':>11}" \
              f"{'PAID':>11}  RAD"
        cur = {}

        def line(s, st=""):
            fl.need(LH + 1)
            y0 = fl.y
            cv.text(at(0), y0 + LH * 0.78, s, F, Z, st)
            fl.y += LH
            return (fl.pg, y0, y0 + LH)

        def head(cv, y):
            fl.y = y
            if cur.get("sec"):
                fl.y += 2
                cv.text(at(0), fl.y + LH * 0.78, f"*** {cur['sec']} (CONTINUED) ***", F, Z, "b")
                fl.y += LH
            if cur.get("cl"):
                cl = cur["cl"]
                cv.text(at(0), fl.y + LH * 0.78, f"CCN {cl['ccn']}  RECIPIENT {cl['pt']}  (CONT)", F, Z, "b")
                fl.y += LH
                cv.text(at(0), fl.y + LH * 0.78, hdr, F, Z)
                fl.y += LH
            return fl.y

        fl.repeat = head
        fm = self.fmt.money
        allv = []
        for sec, claims in self.data():
            fl.y += 4
            cur["sec"], cur["cl"] = None, None
            fl.need(5 * LH)
            cur["sec"] = sec
            line(f"*** {sec} ***", "b")
            for cl in claims:
                cur["cl"] = None
                fl.need(4 * LH)
                fl.y += 3
                line(f"CCN {cl['ccn']}  RECIPIENT {cl['pt']:<18} ID {cl['rid']}  PAT ACCT {cl['acct']}", "b")
                if cl.get("tag"):
                    line(f"    {cl['tag']}")
                line(hdr)
                cur["cl"] = cl
                for i, s in enumerate(cl["svcs"], 1):
                    m1 = s.mods[0] if s.mods else ""
                    m2 = s.mods[1] if len(s.mods) > 1 else ""
                    qty = f"{s.units:.1f}" + ("-" if s.billed < 0 else "")
                    txt = (f"{i:02d} {dfmt(s.dos, 'mdy6'):<7}{dfmt(s.dos, 'mdy6'):<7}{s.code:<6}{m1:<3}{m2:<3}"
                           f"{qty:>5}{fm(s.billed):>11}{fm(s.allowed):>11}{fm(s.paid):>11}  {' '.join(s.remarks)}")
                    b = line(txt)
                    self.add(b, s, claim_id=cl["acct"], payer_claim_id=cl["ccn"], patient=cl["pt"],
                             printed=("billed", "allowed", "paid"), service_end=s.dos, remarks=s.remarks,
                             description=False, overrides={"units": ("-" if s.billed < 0 else "") + units_str(s.units)})
                cur["cl"] = None
                sv = cl["svcs"]
                allv += sv
                tt = [fm(total(sv, a)) for a in ("billed", "allowed", "paid")]
                line(f"{'':<3}{'CLAIM TOTAL':<31}{tt[0]:>11}{tt[1]:>11}{tt[2]:>11}", "b")
                self.totals_printed += tt
                self.claims.append({"claim_id": cl["acct"], "payer_claim_id": cl["ccn"], "patient": cl["pt"],
                                    "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"),
                                                           total(sv, "paid"))})
            cur["sec"] = None
        fl.y += 6
        line(f"{'':<3}{'RA TOTAL':<31}{fm(total(allv, 'billed')):>11}{fm(total(allv, 'allowed')):>11}"
             f"{fm(total(allv, 'paid')):>11}", "b")
        self.legend = [("101", "PAID IN FULL AT THE PROGRAM RATE."),
                       ("104", "PAID AT THE MAXIMUM PROGRAM ALLOWANCE; BALANCE NOT BILLABLE TO RECIPIENT."),
                       ("306", "TREATMENT AUTHORIZATION REQUIRED AND NOT ON FILE FOR THESE DATES."),
                       ("611", "CREDIT OF A PRIOR PAYMENT - SEE ADJUSTED CLAIM."),
                       ("612", "CLAIM REPROCESSED WITH CORRECTED QUANTITY.")]
        fl.y += 8
        line("RAD CODE  DESCRIPTION", "b")
        for a, b_ in self.legend:
            line(f"{a:<10}{b_}")
        fl.finish()
        return cv.pages


# ======================================================================================= d2 Medicaid RA modern
class D2(Layout):
    name = "h27_d2_medicaid_ra_members"
    producer = "reportlab"
    desc = ("State Medicaid provider remittance from a newer portal, portrait Liberation Sans: payment summary "
            "tiles, member group bars, shaded claim rows (TCN / Provider claim # / status / billed / paid), lines "
            "Ln / DOS From / DOS To / Procedure / Modifiers / Units '2.00' / Billed / Allowed / Copay / Paid / "
            "Adjustment 'CO:45 $x' stacked / Remark, denied lines inside paid claims, a denied claim")
    fmt = Fmt(money=lambda d: money(d, ","), date=lambda d: dfmt(d, "mdy4"), units=lambda u: f"{u:.2f}",
              adj=lambda g, r, a: [f"{g}:{r}"] + ([money(a, ",")] if a is not None else []), all_adjustments=True)

    def data(self):
        def md(c, u, m, d_, den=None, reason="197"):
            s = medicaid(Svc(d_, c, u, m, denied=den), deny_reason=reason)
            if den:
                s.remarks = ["N54"] if reason == "197" else ["M86"]
            return s
        g1 = [md(c, u, m, d_) for d_ in (D(2026, 1, 5), D(2026, 1, 12), D(2026, 1, 19))
              for c, u, m in (("97530", 3, ("GO",)), ("97112", 1, ("GO", "59")))]
        g1.append(md("97150", 1, ("GO",), D(2026, 1, 19), "CO", "97"))
        g2 = [md("92507", 1, ("GN",), d_) for d_ in (D(2026, 1, 6), D(2026, 1, 8), D(2026, 1, 13), D(2026, 1, 15))]
        g3 = [md("97166", 1, ("GO",), D(2026, 1, 7)), md("97535", 2, ("GO",), D(2026, 1, 7))]
        g4 = [md("97110", 2, ("GP",), D(2026, 1, 14), "CO"), md("97140", 1, ("GP",), D(2026, 1, 14), "CO")]
        g5 = [md(c, u, m, d_) for d_ in (D(2026, 1, 9), D(2026, 1, 16), D(2026, 1, 23))
              for c, u, m in (("97533", 2, ("GO",)), ("97530", 1, ("GO",)))]
        return [
            dict(mem="Okonkwo, Chidi", mid="7700412398", claims=[
                dict(tcn="26019000412", acct="BRK-61204", svcs=g1), dict(tcn="26019000413", acct="BRK-61219",
                                                                        svcs=g3)]),
            dict(mem="Farrow-Diaz, Lucia", mid="7700935170", claims=[
                dict(tcn="26019000414", acct="BRK-61233", svcs=g2)]),
            dict(mem="Haddad, Samir", mid="7701182044", claims=[
                dict(tcn="26019000415", acct="BRK-61240", svcs=g4), dict(tcn="26019000416", acct="BRK-61247",
                                                                        svcs=g5)]),
        ]

    def build(self, target, n):
        cv = Canvas(target, LETTER, self.producer, ["LibSans"])
        F = "LibSans"
        M = 30

        def furn(cv, p, n):
            cv.text(M, 38, "Department of Human Services  |  Medical Assistance Program", F, 8, "", rgb=DARK)
            cv.text(M, 54, "Provider Remittance Advice", F, 14, "b")
            cv.text(cv.W - M, 38, "Payee: Brookline Kids Therapy Collaborative", F, 7.5, "", "r")
            cv.text(cv.W - M, 48, "Payee ID 3301907725  |  NPI 1659021837", F, 7.5, "", "r")
            cv.text(cv.W - M, 58, "Remit date 01/28/2026  |  Remit # RA260128-0094", F, 7.5, "", "r")
            cv.hline(M, cv.W - M, 64, 1.5, grey=0.2)
            return 72

        def foot(cv, p, n):
            cv.text(M, 772, "Questions about this remittance: Provider Services 1-800-555-0193, option 4.", F, 6.5)
            cv.text(cv.W - M, 772, f"Page {p} of {n or '?'}", F, 6.5, "", "r")

        fl = Flow(cv, n, furn, foot, 758)
        mems = self.data()
        allv = [s for mm in mems for cl in mm["claims"] for s in cl["svcs"]]
        tiles = (("Payment amount", money(total(allv, "paid"))), ("Payment method", "EFT"),
                 ("EFT trace #", "1019283746"), ("Claims in this remit", str(sum(len(m["claims"]) for m in mems))))
        tw = (cv.W - 2 * M - 18) / 4
        for i, (a, b) in enumerate(tiles):
            x = M + i * (tw + 6)
            cv.rect(x, 76, tw, 34, fill=LIGHT, stroke=True, lw=0.4)
            cv.text(x + 6, 88, a, F, 7)
            cv.text(x + 6, 103, b, F, 10, "b")
        fl.y = 120
        W = cv.W - 2 * M
        spec = [(18, "c"), (48, "c"), (48, "c"), (48, "c"), (44, "c"), (30, "r"), (50, "r"), (50, "r"), (36, "r"),
                (50, "r"), (78, "l"), (W - 500, "l")]
        cols = cols_from(M, spec)
        heads = [["Ln"], ["DOS From"], ["DOS To"], ["Procedure"], ["Modifiers"], ["Units"], ["Billed"], ["Allowed"],
                 ["Copay"], ["Paid"], ["Adjustment"], ["Remark"]]
        cur = {}
        fm = self.fmt.money

        def head(cv, y):
            fl.y = y
            if cur.get("mm"):
                row(fl, [Col(M, W)], [f"Member: {cur['mm']['mem']}   Member ID {cur['mm']['mid']}   (continued)"],
                    F, 8, 10, "b", repeat=False)
            row(fl, cols, heads, F, 6.8, 8, "b", fill=GREY, repeat=False)
            return fl.y

        for mm in mems:
            fl.y += 6
            fl.need(80, repeat=False)
            cur["mm"] = None
            row(fl, [Col(M, W)], [f"Member: {mm['mem']}     Member ID {mm['mid']}"], F, 8.5, 11, "b",
                rgb=WHITE, fill=DARK, repeat=False)
            head(cv, fl.y)
            cur["mm"] = mm
            fl.repeat = head
            for cl in mm["claims"]:
                sv = cl["svcs"]
                status = "DENIED" if all(s.denied for s in sv) else "PAID"
                c5 = cols_from(M, [(W * 0.2, "l"), (W * 0.26, "l"), (W * 0.16, "l"), (W * 0.19, "l"), (W * 0.19, "l")])
                fl.need(30)
                tb, tp = fm(total(sv, "billed")), fm(total(sv, "paid"))
                row(fl, c5, [f"TCN {cl['tcn']}", f"Provider claim # {cl['acct']}", f"Status: {status}",
                             f"Claim billed {tb}", f"Claim paid {tp}"], F, 7.2, 9, "b", fill=LIGHT)
                self.totals_printed += [tb, tp]
                for i, s in enumerate(sv, 1):
                    adj = [f"{g}:{r} {money(a, ',')}" for g, r, a in s.adjs]
                    b = row(fl, cols, [str(i), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                                       f"{s.units:.2f}", fm(s.billed), fm(s.allowed), fm(ZERO), fm(s.paid),
                                       adj or [""], " ".join(s.remarks)], F, 7, 8.2, rule=0.8)
                    self.add(b, s, claim_id=cl["acct"], payer_claim_id=cl["tcn"], patient=mm["mem"],
                             printed=("billed", "allowed", "paid", "copay"), service_end=s.dos,
                             adjustments=s.adjs, remarks=s.remarks, description=False,
                             overrides={"copay": "0.00"})
                self.claims.append({"claim_id": cl["acct"], "payer_claim_id": cl["tcn"], "patient": mm["mem"],
                                    "totals": claim_totals(billed=total(sv, "billed"), paid=total(sv, "paid"))})
            fl.repeat = None
            cur["mm"] = None
        self.legend = [("CO:45", "Charge exceeds the program fee schedule."),
                       ("CO:197", "Prior authorization was not obtained."),
                       ("CO:97", "Included in the payment for another service on the same day."),
                       ("N54", "Authorization on file does not cover these dates."),
                       ("M86", "Service denied because payment already made for a similar procedure that day.")]
        fl.y += 10
        fl.need(70, repeat=False)
        cv.text(M, fl.y + 8, "Adjustment and remark codes on this remittance", F, 8.5, "b")
        fl.y += 10
        for a, b in self.legend:
            cv.text(M, fl.y + 9, a, F, 7.5, "b")
            cv.text(M + 50, fl.y + 9, b, F, 7.5)
            fl.y += 10
        fl.finish()
        return cv.pages


# ======================================================================================= p1 PM Medicare remit
class P1(Layout):
    name = "h27_p1_pm_medicare_remit"
    producer = "reportlab"
    desc = ("Practice-management 'Insurance Remittance - Medicare Part B' print, landscape DejaVu Sans: check box, "
            "boxed two-row claim heads (patient, account, MBI, ICN, status, crossover), Svc Date / CPT / Mod / Units / "
            "Charge / Allowed / Deductible / Coinsurance / Paid / Adjustments 'CO45=x; PR2=y; CO253=z' / Remark, "
            "a reversal in parentheses and its correction, a CO-50 denial, claim totals")
    fmt = Fmt(money=lambda d: money(d, ",", "()"), date=lambda d: dfmt(d, "mdy4"),
              adj=lambda g, r, a: [f"{g}{r}=" + (money(a, ",", "()") if a is not None else "")], all_adjustments=True)

    def data(self):
        def mc(st, d_, c, u, m, den=None):
            s = medicare(Svc(d_, c, u, m, denied=den), st)
            s.remarks = ["N130"] if den else ([] if not s.deductible else ["MA01"])
            return s
        st1 = PlanState(ded_left=q(120))
        a = [mc(st1, d_, c, u, m) for d_ in (D(2026, 1, 5), D(2026, 1, 7), D(2026, 1, 12))
             for c, u, m in (("97110", 2, ("GP",)), ("97140", 1, ("GP", "59")))]
        st2 = PlanState()
        b = [mc(st2, D(2026, 1, 6), "97166", 1, ("GO",)), mc(st2, D(2026, 1, 6), "97530", 2, ("GO", "KX")),
             mc(st2, D(2026, 1, 6), "0552T", 1, (), "CO")]
        st3 = PlanState()
        old = [mc(st3, D(2025, 12, 18), "97112", 1, ("GP",)), mc(st3, D(2025, 12, 18), "97110", 1, ("GP",))]
        rev = [negate(s) for s in old]
        for s in rev:
            s.remarks = []
        new = [mc(PlanState(), D(2025, 12, 18), "97112", 2, ("GP",)), mc(PlanState(), D(2025, 12, 18), "97110", 1,
                                                                          ("GP",))]
        c = [mc(st2, d_, c_, u, m) for d_ in (D(2026, 1, 13), D(2026, 1, 20), D(2026, 1, 27))
             for c_, u, m in (("97530", 2, ("GO", "CQ")), ("97535", 1, ("GO", "CQ")))]
        return [
            dict(pt="Trask, Eleanor M", acct="40119", mbi="3EK7-WQ2-MT81", icn="0226012004118", status="1 Primary",
                 svcs=a),
            dict(pt="Nakagawa, Robert", acct="40127", mbi="6TR2-HJ8-NP04", icn="0226012004119",
                 status="19 Primary, forwarded", svcs=b, xover="Crossed over to: Keel Mutual Medigap"),
            dict(pt="Delacroix, June", acct="39877", mbi="1PX9-CA5-QE37", icn="0225352118872",
                 status="22 Reversal of prior payment", svcs=rev),
            dict(pt="Delacroix, June", acct="39877", mbi="1PX9-CA5-QE37", icn="0226012004120",
                 status="1 Primary (corrected)", svcs=new),
            dict(pt="Nakagawa, Robert", acct="40166", mbi="6TR2-HJ8-NP04", icn="0226012004121",
                 status="19 Primary, forwarded", svcs=c, xover="Crossed over to: Keel Mutual Medigap"),
        ]

    def build(self, target, n):
        cv = Canvas(target, LAND, self.producer, ["DVSans"])
        F = "DVSans"
        M = 30

        def furn(cv, p, n):
            cv.text(M, 34, "TheraLedger PM", F, 11, "b", rgb=DARK)
            cv.text(M + 100, 34, "Insurance Remittance - Medicare Part B", F, 11, "b")
            cv.text(M, 46, "Stonebridge Therapy Associates  |  NPI 1780445921  |  Printed 02/02/2026 09:14 by kgarza",
                    F, 7)
            cv.text(cv.W - M, 34, "Payer: Medicare Part B - Great Lakes Jurisdiction", F, 7.5, "", "r")
            cv.text(cv.W - M, 46, "EFT # 880214455  |  Payment date 01/29/2026", F, 7.5, "", "r")
            cv.hline(M, cv.W - M, 52, 1.0)
            return 60

        def foot(cv, p, n):
            cv.text(M, 592, "TheraLedger PM - remittance posted from 835 file MCR_20260129_0412.835", F, 6.3, "i")
            cv.text(cv.W - M, 592, f"Page {p} of {n or '?'}", F, 6.5, "", "r")

        fl = Flow(cv, n, furn, foot, 578)
        W = cv.W - 2 * M
        spec = [(58, "l"), (38, "l"), (44, "l"), (28, "r"), (56, "r"), (56, "r"), (54, "r"), (58, "r"), (56, "r"),
                (200, "l", True), (W - 648, "l")]
        cols = cols_from(M, spec)
        heads = [["Svc Date"], ["CPT"], ["Mod"], ["Units"], ["Charge"], ["Allowed"], ["Deductible"], ["Coinsurance"],
                 ["Paid"], ["Adjustments (group+reason=amount)"], ["Remark"]]
        fm = self.fmt.money
        cur = {}

        def head(cv, y):
            fl.y = y
            if cur.get("cl"):
                row(fl, [Col(M, W)], [f"{cur['cl']['pt']}   Acct {cur['cl']['acct']}   ICN {cur['cl']['icn']}   "
                                      "(continued)"], F, 7.4, 9, "b", repeat=False)
            row(fl, cols, heads, F, 6.8, 8, "b", fill=GREY, repeat=False)
            return fl.y

        claims = self.data()
        allv = [s for cl in claims for s in cl["svcs"]]
        cv.rect(M, 62, 300, 30, stroke=True, lw=0.6)
        cv.text(M + 6, 74, f"Total paid this remittance: {money(total(allv, 'paid'), '$', '()')}", F, 8.5, "b")
        cv.text(M + 6, 86, f"Claims: {len(claims)}    Provider-level adjustments: none", F, 7.5)
        fl.y = 100
        for cl in claims:
            fl.y += 6
            fl.need(60, repeat=False)
            cur["cl"] = None
            cw4 = cols_from(M, [(W * 0.25, "l"), (W * 0.15, "l"), (W * 0.2, "l"), (W * 0.2, "l"), (W * 0.2, "l")])
            y0 = fl.y
            row(fl, cw4, [f"Patient: {cl['pt']}", f"Acct: {cl['acct']}", f"MBI: {cl['mbi']}", f"ICN: {cl['icn']}",
                          f"Status: {cl['status']}"], F, 7.4, 9, "b", fill=LIGHT, repeat=False)
            row(fl, cw4, ["Rendering: Stonebridge Therapy Associates", "POS 11", "Assigned: Y",
                          cl.get("xover", "Crossover: none"), ""], F, 7, 9, fill=LIGHT, repeat=False)
            cv.rect(M, y0, W, fl.y - y0, stroke=True, lw=0.5)
            head(cv, fl.y)
            cur["cl"] = cl
            fl.repeat = head
            for s in cl["svcs"]:
                adj = "; ".join(f"{g}{r}={fm(a)}" for g, r, a in s.adjs)
                b = row(fl, cols, [dfmt(s.dos, "mdy4"), s.code, ",".join(s.mods), units_str(s.units), fm(s.billed),
                                   fm(s.allowed), fm(s.deductible), fm(s.coinsurance), fm(s.paid), adj,
                                   " ".join(s.remarks)], F, 6.9, 8.2, rule=0.8)
                self.add(b, s, claim_id=cl["acct"], payer_claim_id=cl["icn"], patient=cl["pt"],
                         printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                         remarks=s.remarks, description=False)
            fl.repeat = None
            cur["cl"] = None
            sv = cl["svcs"]
            tt = [fm(total(sv, a)) for a in ("billed", "allowed", "deductible", "coinsurance", "paid")]
            row(fl, cols, ["Claim total", "", "", ""] + tt + [f"Patient responsibility "
                                                              f"{fm(total(sv, 'owes'))}", ""], F, 6.9, 8.2, "b",
                repeat=False)
            self.totals_printed += tt
            self.claims.append({"claim_id": cl["acct"], "payer_claim_id": cl["icn"], "patient": cl["pt"],
                                "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"))})
        self.legend = [("CO45", "Contractual: charge above the fee schedule"), ("PR1", "Deductible"),
                       ("PR2", "Coinsurance"), ("CO253", "Sequestration reduction"),
                       ("CO50", "Not deemed medically necessary by the payer"),
                       ("MA01", "Appeal rights notice"), ("N130", "Consult plan benefit documents")]
        fl.y += 8
        fl.need(30, repeat=False)
        cv.text(M, fl.y + 8, "Codes: " + ";  ".join(f"{a} {b}" for a, b in self.legend[:4]), F, 6.8)
        cv.text(M, fl.y + 18, "        " + ";  ".join(f"{a} {b}" for a, b in self.legend[4:]), F, 6.8)
        fl.y += 22
        fl.finish()
        return cv.pages


# ======================================================================================= p2 clearinghouse 835 print
class P2(Layout):
    name = "h27_p2_clearinghouse_835_report"
    producer = "fpdf2"
    desc = ("Clearinghouse '835 Remittance Report' text print, portrait Liberation Mono: CLP claim lines (patient "
            "control #, status, charge, paid, patient resp, payer claim #), NM1 patient line, SVC lines "
            "'HC:97530:GO:KX' with CCYYMMDD dates, units, charge, allowed, paid, CAS adjustments 'CO-45 174.45' "
            "on the same and following text lines, claim continued across a page break")
    fmt = Fmt(money=lambda d: money(d, "", "-"), date=lambda d: d.strftime("%Y%m%d"),
              adj=lambda g, r, a: [f"{g}-{r}"] + ([money(a, "", "-")] if a is not None else []), all_adjustments=True)

    def data(self):
        def mc(st, d_, c, u, m, den=None):
            s = medicare(Svc(d_, c, u, m, denied=den), st, deny_reason="96")
            s.remarks = ["N425"] if den else []
            return s
        s1 = PlanState(ded_left=q(40))
        a = [mc(s1, d_, c, u, m) for d_ in (D(2026, 1, 6), D(2026, 1, 8), D(2026, 1, 13), D(2026, 1, 15),
                                            D(2026, 1, 20), D(2026, 1, 22), D(2026, 1, 27))
             for c, u, m in (("97530", 3, ("GO", "KX")), ("97535", 1, ("GO", "KX")))]
        s2 = PlanState()
        b = [mc(s2, D(2026, 1, 9), "92507", 1, ("GN",)), mc(s2, D(2026, 1, 9), "92526", 1, ("GN",)),
             mc(s2, D(2026, 1, 9), "97129", 1, ("GN",), "CO")]
        c = [mc(PlanState(), D(2026, 1, 14), "97161", 1, ("GP",)), mc(PlanState(), D(2026, 1, 14), "97110", 2,
                                                                        ("GP", "CQ"))]
        return [dict(pcn="SR10422", icn="1026013145510", pt="OSTRANDER, WALTER", mid="5RN3XK8TQ21", svcs=a),
                dict(pcn="SR10447", icn="1026013145511", pt="BELLWEATHER, IDA", mid="2HF6MC4WA77", svcs=b),
                dict(pcn="SR10451", icn="1026013145512", pt="OSTRANDER, MAE", mid="8JD1TT5XR40", svcs=c)]

    def build(self, target, n):
        cv = Canvas(target, LETTER, self.producer, ["LibMono"])
        F = "LibMono"
        Z = 7.4
        M = 32
        cw = cv.width("0", F, Z)
        LH = 9.4
        fm = self.fmt.money

        def furn(cv, p, n):
            cv.text(M, 34, "CLEARPOINT EDI SERVICES", F, 9, "b")
            cv.text(M, 34 + LH, "835 REMITTANCE REPORT (HUMAN-READABLE)", F, Z, "b")
            cv.text(cv.W - M, 34, f"PAGE {p} OF {n or '?'}", F, Z, "", "r")
            cv.text(M, 34 + 2 * LH, "PAYER: MEDICARE PART B / J-M CONTRACTOR     PAYEE: RIVERBEND REHAB GROUP LLC  "
                    "NPI 1295570318", F, Z)
            cv.text(M, 34 + 3 * LH, "TRN: 1*880517742*1366014451   BPR: 812.37 ACH CCD   CHECK DATE: 20260130", F, Z)
            cv.hline(M, cv.W - M, 34 + 3.5 * LH, 0.5, dash=True)
            return 34 + 4.3 * LH

        def foot(cv, p, n):
            cv.text(M, 772, "Report generated 2026-02-02 from interchange 000412877. Not an original Medicare notice.",
                    F, 6.3)

        fl = Flow(cv, n, furn, foot, 756)
        cur = {}

        def line(s, st="", col=0):
            fl.need(LH + 1)
            y0 = fl.y
            cv.text(M + col * cw, y0 + LH * 0.78, s, F, Z, st)
            fl.y += LH
            return (fl.pg, y0, y0 + LH)

        hdr = f"     {'DATE':<9}{'PROCEDURE':<16}{'UNITS':>5}{'CHARGE':>10}{'ALLOWED':>10}{'PAID':>10}  ADJUSTMENTS"

        def head(cv, y):
            fl.y = y
            if cur.get("cl"):
                cl = cur["cl"]
                cv.text(M, fl.y + LH * 0.78, f"CLP  {cl['pcn']}  (CONTINUED)   NM1 {cl['pt']}", F, Z, "b")
                fl.y += LH
                cv.text(M, fl.y + LH * 0.78, hdr, F, Z)
                fl.y += LH
            return fl.y

        fl.repeat = head
        claims = self.data()
        allv = [s for cl in claims for s in cl["svcs"]]
        for cl in claims:
            sv = cl["svcs"]
            cur["cl"] = None
            fl.need(6 * LH)
            fl.y += 4
            tb, tp, tr = fm(total(sv, "billed")), fm(total(sv, "paid")), fm(total(sv, "owes"))
            line(f"CLP  PATIENT CTRL# {cl['pcn']:<9} STATUS 1 PRIMARY   CHARGE {tb:>9}  PAID {tp:>8}  PT RESP {tr}",
                 "b")
            line(f"     PAYER CLAIM# {cl['icn']}   FREQ 1   NM1 QC {cl['pt']}   MI {cl['mid']}")
            line(hdr)
            self.totals_printed += [tb, tp]
            cur["cl"] = cl
            for s in sv:
                proc = "HC:" + ":".join((s.code,) + s.mods)
                adjs = [f"{g}-{r} {fm(a)}" for g, r, a in s.adjs]
                first = adjs[:2]
                rest = [adjs[i:i + 2] for i in range(2, len(adjs), 2)]
                fl.need(LH * (1 + len(rest) + (1 if s.remarks else 0)) + 1)
                txt = (f"SVC  {s.dos:%Y%m%d} {proc:<16}{units_str(s.units):>5}{fm(s.billed):>10}{fm(s.allowed):>10}"
                       f"{fm(s.paid):>10}  {' | '.join(first)}")
                b0 = line(txt)
                b1 = b0
                for r_ in rest:
                    b1 = line(" " * 67 + " | ".join(r_))
                if s.remarks:
                    b1 = line(" " * 67 + "LQ HE:" + " ".join(s.remarks))
                self.add((b0[0], b0[1], b1[2]), s, claim_id=cl["pcn"], payer_claim_id=cl["icn"], patient=cl["pt"],
                         printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks,
                         description=False)
            cur["cl"] = None
            self.claims.append({"claim_id": cl["pcn"], "payer_claim_id": cl["icn"], "patient": cl["pt"],
                                "totals": claim_totals(billed=total(sv, "billed"), paid=total(sv, "paid"))})
        fl.y += 6
        line(f"TOTALS  CLAIMS {len(claims)}   CHARGES {fm(total(allv, 'billed'))}   PAID {fm(total(allv, 'paid'))}",
             "b")
        self.legend = [("CO-45", "CHARGE EXCEEDS FEE SCHEDULE"), ("PR-1", "DEDUCTIBLE"), ("PR-2", "COINSURANCE"),
                       ("CO-253", "SEQUESTRATION"), ("CO-96", "NON-COVERED CHARGE"),
                       ("N425", "STATUTORILY EXCLUDED SERVICE")]
        fl.y += 6
        line("CODE GLOSSARY: " + "; ".join(f"{a} {b}" for a, b in self.legend[:3]))
        line("               " + "; ".join(f"{a} {b}" for a, b in self.legend[3:]))
        fl.finish()
        return cv.pages


# ======================================================================================= s1 clinic statement
class S1(Layout):
    name = "h27_s1_clinic_family_statement"
    producer = "fpdf2"
    desc = ("Pediatric therapy clinic family statement, portrait DejaVu Sans with a shaded left sidebar on every "
            "page (amount due, pay online, aging): visit headings 'Visit 10482 - <child> - billed to <plan>, claim "
            "<no.>', Date / Service / Code / Units / Charge / Ins. Paid / Adjust. / You Owe, a visit pending at the "
            "insurer, a copay payment row, visit table continued on page 2 with repeated header")
    fmt = Fmt(money=lambda d: money(d, "$"), date=lambda d: dfmt(d, "mdy4"))

    def data(self):
        st = PlanState(ded_left=q(75))
        mk = lambda d_, c, u, m: commercial(Svc(d_, c, u, m), st)  # noqa: E731
        visits = [
            dict(v="10482", pt="Theo Albescu", ins="Harborline Health Plan", clm="2601187734",
                 svcs=[mk(D(2026, 1, 5), "97530", 2, ("GO",)), mk(D(2026, 1, 5), "97533", 1, ("GO",))]),
            dict(v="10491", pt="Ivy Albescu", ins="Harborline Health Plan", clm="2601187790",
                 svcs=[mk(D(2026, 1, 6), "92523", 1, ("GN",))]),
            dict(v="10503", pt="Theo Albescu", ins="Harborline Health Plan", clm="2601191102",
                 svcs=[mk(D(2026, 1, 12), "97530", 3, ("GO",)), mk(D(2026, 1, 12), "97112", 1, ("GO", "59"))]),
            dict(v="10517", pt="Ivy Albescu", ins="Harborline Health Plan", clm="2601191140",
                 svcs=[mk(D(2026, 1, 13), "92507", 1, ("GN",))]),
            dict(v="10529", pt="Theo Albescu", ins="Harborline Health Plan", clm="2601196655",
                 svcs=[mk(D(2026, 1, 19), "97530", 2, ("GO",)), mk(D(2026, 1, 19), "97535", 1, ("GO",)),
                       mk(D(2026, 1, 19), "97533", 1, ("GO",))]),
            dict(v="10530", pt="Nora Albescu", ins="Harborline Health Plan", clm="2601196671",
                 svcs=[mk(D(2026, 1, 19), "97161", 1, ("GP",)), mk(D(2026, 1, 19), "97110", 2, ("GP",))]),
            dict(v="10544", pt="Ivy Albescu", ins="Harborline Health Plan", clm="2601199012",
                 svcs=[mk(D(2026, 1, 20), "92507", 1, ("GN",))]),
            dict(v="10556", pt="Nora Albescu", ins="Harborline Health Plan", clm="2601201376",
                 svcs=[mk(D(2026, 1, 26), "97110", 2, ("GP",)), mk(D(2026, 1, 26), "97140", 1, ("GP",))]),
            dict(v="10561", pt="Theo Albescu", ins="Harborline Health Plan", clm="2601201388",
                 svcs=[mk(D(2026, 1, 26), "97530", 3, ("GO",)), mk(D(2026, 1, 26), "97533", 1, ("GO",))]),
            dict(v="10578", pt="Ivy Albescu", ins="Harborline Health Plan", clm=None,
                 svcs=[Svc(D(2026, 1, 27), "92507", 1, ("GN",))]),
            dict(v="10579", pt="Theo Albescu", ins="Harborline Health Plan", clm=None,
                 svcs=[Svc(D(2026, 1, 28), "97530", 2, ("GO",)), Svc(D(2026, 1, 28), "97535", 1, ("GO",))]),
        ]
        return visits

    def build(self, target, n):
        cv = Canvas(target, LETTER, self.producer, ["DVSans"])
        F = "DVSans"
        SB = 150
        visits = self.data()
        done = [s for v in visits if v["clm"] for s in v["svcs"]]
        due = total(done, "owes") - q(25)

        def furn(cv, p, n):
            cv.rect(0, 0, SB, cv.H, fill=(0.90, 0.93, 0.90), stroke=False)
            y = 40
            for s, st_, z in (("Little Oaks", "b", 13), ("Pediatric Therapy", "b", 9), ("", "", 6),
                              ("418 Quarry Lane, Suite 200", "", 7), ("Marlow Springs, OR 97355", "", 7),
                              ("(541) 555-0127", "", 7), ("", "", 6), ("Statement date", "b", 7.5),
                              ("01/31/2026", "", 8), ("Account number", "b", 7.5), ("LOP-00817", "", 8),
                              ("Amount due", "b", 7.5), (money(due), "b", 14), ("Due by 02/25/2026", "", 7),
                              ("", "", 6), ("Pay online", "b", 7.5), ("littleoaks-pay.example", "", 7),
                              ("or call our billing office", "", 7), ("Mon-Thu 8:30-4:30", "", 7), ("", "", 6),
                              ("Aging", "b", 7.5), ("Current: " + money(due), "", 7), ("31-60 days: $0.00", "", 7),
                              ("61-90 days: $0.00", "", 7), ("Over 90: $0.00", "", 7)):
                cv.text(14, y, s, F, z, st_)
                y += z + 5
            cv.text(SB + 20, 40, "STATEMENT", F, 15, "b")
            cv.text(cv.W - 30, 40, f"Page {p} of {n or '?'}", F, 7, "", "r")
            if p == 1:
                for i, s in enumerate(("Guarantor: Daniela Albescu", "77 Fennel Court",
                                       "Marlow Springs, OR 97356")):
                    cv.text(SB + 20, 62 + i * 11, s, F, 8.5)
                cv.text(SB + 20, 108, "Thank you for choosing Little Oaks. Below is the activity for Theo, Ivy and "
                        "Nora this month.", F, 7.5)
                return 118
            return 54

        def foot(cv, p, n):
            cv.text(SB + 20, 772, "Questions about your bill? Call (541) 555-0127 or write billing@littleoaks.example",
                    F, 6.5)

        fl = Flow(cv, n, furn, foot, 758)
        M = SB + 14
        W = cv.W - 28 - M
        spec = [(52, "l"), (W - 302, "l", True), (56, "l"), (30, "r"), (44, "r"), (42, "r"), (40, "r"), (38, "r")]
        cols = cols_from(M, spec)
        heads = [["Date"], ["Service"], ["Code"], ["Units"], ["Charge"], ["Ins. Paid"], ["Adjust."], ["You Owe"]]
        fm = self.fmt.money

        def head(cv, y):
            fl.y = y
            row(fl, cols, heads, F, 6.8, 8, "b", fill=GREY, repeat=False)
            return fl.y

        head(cv, fl.y)
        fl.repeat = head
        for v in visits:
            fl.need(34)
            if v["clm"]:
                vh = f"Visit {v['v']} - {v['pt']} - billed to {v['ins']}, claim {v['clm']}"
            else:
                vh = f"Visit {v['v']} - {v['pt']} - billed to {v['ins']} 01/29/2026, awaiting their decision"
            row(fl, [Col(M, W)], [vh], F, 7, 9, "b")
            for s in v["svcs"]:
                pend = v["clm"] is None
                b = row(fl, cols, [dfmt(s.dos, "mdy4"), s.desc, " ".join((s.code,) + s.mods), units_str(s.units),
                                   fm(s.billed), "Pending" if pend else fm(s.paid), "" if pend else fm(s.discount),
                                   "" if pend else fm(s.owes)], F, 6.8, 8, rule=0.8)
                self.add(b, s, claim_id=v["v"], payer_claim_id=v["clm"], patient=v["pt"],
                         printed=("billed",) if pend else ("billed", "paid", "discount", "patient_owes"))
            sv = v["svcs"]
            self.claims.append({"claim_id": v["v"], "payer_claim_id": v["clm"], "patient": v["pt"],
                                "totals": claim_totals(billed=total(sv, "billed"))})
            tb = fm(total(sv, "billed"))
            row(fl, cols, ["", "Visit total", "", "", tb, "", "", ""], F, 6.8, 8, "i")
            self.totals_printed.append(tb)
        fl.need(30)
        row(fl, cols, ["01/22/2026", "Payment - thank you (card ending 4417)", "", "", "", "", "", fm(q(-25))], F,
            6.8, 8)
        row(fl, cols, ["", "Amount due", "", "", "", "", "", fm(due)], F, 7.5, 9, "b")
        fl.repeat = None
        fl.finish()
        return cv.pages


# ======================================================================================= s2 hospital statement
class S2(Layout):
    name = "h27_s2_hospital_family_statement"
    producer = "reportlab"
    desc = ("Community hospital family statement, portrait core Times, ruled account boxes: account heading "
            "(hospital account no., patient, service dates, insurance and its claim no.), line items Service Date / "
            "Rev / Code glued '97140GP' / Description / Qty / Charges, then account-level insurance payment, "
            "contractual adjustment and patient balance rows; an account still with insurance; account continued "
            "on page 2 with repeated heading")
    fmt = Fmt(money=lambda d: money(d, ","), date=lambda d: dfmt(d, "mdy2"))

    def data(self):
        def acct(no, pt, ins, clm, items, pay_rate):
            svcs = [Svc(d_, c, u, m) for d_, c, u, m in items]
            tb = total(svcs, "billed")
            paid = q(tb * pay_rate) if clm else None
            adj = q(tb * Decimal("0.31")) if clm else None
            return dict(no=no, pt=pt, ins=ins, clm=clm, svcs=svcs, paid=paid, adj=adj)
        rev = {"97110": "0420", "97140": "0420", "97112": "0420", "97116": "0420", "97161": "0424",
               "97166": "0434", "97530": "0430", "97535": "0430", "92507": "0440", "92523": "0444",
               "99213": "0510", "L3807": "0274", "97760": "0430"}
        self.rev = rev
        liam = [(D(2026, 1, d_), c, u, m) for d_ in (5, 7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30)
                for c, u, m in (("97110", 2, ("GP",)), ("97140", 1, ("GP", "59")))]
        liam.insert(0, (D(2026, 1, 5), "97161", 1, ("GP",)))
        return [
            acct("4401882417", "BECKER, SOPHIE", "Prairie Union Health - PPO", "PU26A0093307",
                 [(D(2026, 1, 8), "97166", 1, ("GO",)), (D(2026, 1, 8), "97760", 1, ("GO",)),
                  (D(2026, 1, 8), "L3807", 1, ("RT",)), (D(2026, 1, 15), "97530", 2, ("GO",)),
                  (D(2026, 1, 15), "97535", 1, ("GO",))], Decimal("0.48")),
            acct("4401882301", "BECKER, LIAM", "Prairie Union Health - PPO", "PU26A0091184", liam, Decimal("0.52")),
            acct("4401882555", "BECKER, MAXWELL", "Prairie Union Health - PPO", None,
                 [(D(2026, 1, 22), "92523", 1, ("GN",)), (D(2026, 1, 29), "92507", 1, ("GN",))], None),
        ]

    def build(self, target, n):
        cv = Canvas(target, LETTER, self.producer, [])
        F = "Times"
        M = 40
        accts = self.data()

        def furn(cv, p, n):
            cv.text(M, 42, "SAINT BRENDAN COMMUNITY HOSPITAL", F, 13, "b")
            cv.text(M, 55, "Outpatient Rehabilitation Services  -  1200 Garrison Avenue, Kettle Ridge, KS 66801", F,
                    8.5)
            cv.text(cv.W - M, 42, "Patient Statement", F, 12, "b", "r")
            cv.text(cv.W - M, 55, "Guarantor: ANDREA BECKER   Guarantor No. G-0338127", F, 8.5, "", "r")
            cv.hline(M, cv.W - M, 62, 1.2)
            return 72

        def foot(cv, p, n):
            cv.hline(M, cv.W - M, 756, 0.4)
            cv.text(M, 768, "Financial assistance may be available. Call Patient Financial Services at "
                    "(620) 555-0175.", F, 7.5, "i")
            cv.text(cv.W - M, 768, f"Page {p} of {n or '?'}", F, 7.5, "", "r")

        fl = Flow(cv, n, furn, foot, 748)
        balance = sum((total(a["svcs"], "billed") - a["paid"] - a["adj"] for a in accts if a["clm"]), ZERO)
        cv.rect(M, 76, cv.W - 2 * M, 44, stroke=True, lw=0.8)
        for i, (a, b) in enumerate((("Statement Date", "01/31/2026"), ("Please Pay By", "02/27/2026"),
                                    ("Amount Due", money(balance)))):
            x = M + 10 + i * 180
            cv.text(x, 92, a, F, 9)
            cv.text(x, 110, b, F, 12, "b")
        fl.y = 132
        W = cv.W - 2 * M
        spec = [(56, "l"), (36, "l"), (58, "l"), (W - 240, "l", True), (30, "r"), (60, "r")]
        cols = cols_from(M, spec)
        heads = ["Service Date", "Rev", "Code", "Description", "Qty", "Charges"]
        fm = self.fmt.money
        cur = {}

        def head(cv, y):
            fl.y = y
            if cur.get("a"):
                row(fl, [Col(M, W)], [f"Hospital Account {cur['a']['no']}  -  {cur['a']['pt']}  (continued)"],
                    F, 8.5, 10, "b", fill=GREY, grid=True, repeat=False)
            row(fl, cols, heads, F, 8, 9.5, "b", grid=True, repeat=False)
            return fl.y

        for a in accts:
            fl.y += 10
            fl.need(90, repeat=False)
            cur["a"] = None
            sv = a["svcs"]
            d0, d1 = min(s.dos for s in sv), max(s.dos for s in sv)
            row(fl, [Col(M, W)], [f"Hospital Account {a['no']}  -  {a['pt']}  -  Services {dfmt(d0, 'mdy2')} to "
                                  f"{dfmt(d1, 'mdy2')}"], F, 8.5, 10, "b", fill=GREY, grid=True, repeat=False)
            ins = f"Insurance: {a['ins']}  -  " + (f"Claim No. {a['clm']}" if a["clm"] else
                                                    "Claim sent 01/30/2026, awaiting insurance")
            row(fl, [Col(M, W)], [ins], F, 8, 9.5, grid=True, repeat=False)
            head(cv, fl.y)
            cur["a"] = a
            fl.repeat = head
            for s in sv:
                b = row(fl, cols, [dfmt(s.dos, "mdy2"), self.rev[s.code], s.code + "".join(s.mods), s.desc.upper(),
                                   units_str(s.units), fm(s.billed)], F, 8, 9.5, grid=True)
                self.add(b, s, claim_id=a["no"], payer_claim_id=a["clm"], patient=a["pt"], printed=("billed",),
                         description=False)
            fl.repeat = None
            cur["a"] = None
            tb = total(sv, "billed")
            two = cols_from(M, [(W - 60, "r"), (60, "r")])
            row(fl, two, ["Total Charges", fm(tb)], F, 8, 9.5, "b", grid=True, repeat=False)
            self.totals_printed.append(fm(tb))
            if a["clm"]:
                row(fl, two, [f"Insurance Payment - Prairie Union Health 01/27/2026", fm(-a["paid"])], F, 8, 9.5,
                    grid=True, repeat=False)
                row(fl, two, ["Contractual Adjustment", fm(-a["adj"])], F, 8, 9.5, grid=True, repeat=False)
                row(fl, two, ["Patient Balance", fm(tb - a["paid"] - a["adj"])], F, 8, 9.5, "b", grid=True,
                    repeat=False)
            else:
                row(fl, two, ["Patient Balance (pending insurance)", fm(ZERO)], F, 8, 9.5, "b", grid=True,
                    repeat=False)
            self.claims.append({"claim_id": a["no"], "payer_claim_id": a["clm"], "patient": a["pt"],
                                "totals": claim_totals(billed=tb)})
        fl.finish()
        return cv.pages


LAYOUTS = [C1, C2, M1, M2, D1, D2, P1, P2, S1, S2]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Write held-out set 27 (synthetic PDF EOBs + truth).")
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args(argv)
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout27_"))
    if (ROOT / "samples") in out.resolve().parents or out.resolve() == (ROOT / "samples").resolve():
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    regs = []
    for L in LAYOUTS:
        path, reg = L().write(out)
        regs.append((path, reg))
    print(f"wrote {len(regs)} PDFs to {out}")
    if not a.check:
        return 0
    problems: list[str] = []
    nl = npg = 0
    for path, reg in regs:
        a_, b_ = check_file(path, reg, problems)
        nl += a_
        npg += b_
        print(f"  {path.name}: {a_} lines, {b_} pages")
    print(f"{len(regs)} files, {nl} service lines, {npg} pages")
    for p in problems:
        print("PROBLEM", p)
    print("check:", "FAILED" if problems else "passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
