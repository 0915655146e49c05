"""Write the 105th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten documents of
the five commonest real kinds (two each), in house styles not used by the earlier sets.

Run:  python bench/heldout105/make_heldout105_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout105/make_heldout105_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Helper: bench/heldout105/h105kit.py (one
drawing API over reportlab and fpdf2). Deterministic (reportlab invariant=1, fpdf2 fixed creation date).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth / truth_line), printed values only, null
for what a layout does not print (units null where no quantity is printed); claim_id = the provider's own
account / visit / patient-control number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly
as printed (the person served). Every name, number, payer, provider and ID is invented; descriptions are our
own words. Adjustments are recorded only where the layout prints group + reason codes.

Layouts:
  a1  commercial PPO member EOB, portrait Helvetica: "Amount billed / Plan discount / Allowed amount / Not
      covered / Deductible / Coinsurance / Copay / Plan paid / Note", "Claim for <patient>" headings, code and
      modifiers spaced ("97140 GP 59"), 3 family members, a denied line with note N7 (reportlab)
  a2  commercial family "Explanation of Benefits", landscape DejaVu Sans Condensed, boxed claim headings and
      shaded column header: "Provider charged / Amount saved / Plan allowance / ... / What you owe", hyphenated
      "97140-GO-59", "Svc count", a contractual denial with remark R4, HSA deductible (fpdf2)
  m1  Medicare Summary Notice Part B, Liberation Serif portrait: one beneficiary, claim per visit with
      "Service date: January 7, 2026" in the heading, code in parentheses after the description, "Service
      approved?" Yes/No, no units, notes letters A/B, a non-covered line billed to the patient (reportlab)
  m2  Medicare Advantage member EOB, Liberation Sans: two household members, "Provider's charge / Plan's approved
      amount / Plan's share / Your share", "Jan 6, 2026", quantity "x2", per-visit copay; claim rows run onto
      page 2 under a "continued from previous page" heading and a repeated column header (fpdf2)
  d1  state Medicaid remittance advice, landscape Courier: RECIP ID / NAME / ICN / PAT ACCT heading per claim,
      FROM/TO DOS, PROC and MODS apart, UNITS "2.00", adjustments "CO-45 58.15" in row, trailing-minus amounts
      on a voided claim followed by its replacement, a denied line with an EOB code (reportlab)
  d2  Medicaid managed-care RA, portrait DejaVu Sans Mono with shaded claim bars: TCN / Client / Pat Ctl #,
      "97140:GP:59", "CO45 47.89" in row, a denied line with remark N362, continuation pages (fpdf2)
  r1  Medicare-style standard paper remit printed by a clearinghouse, Liberation Mono: NAME / MID / ACNT / ICN
      / ASG / MOA heading, PERF PROV, SERV DATE "0105 010526", POS, NOS, PROC, MODS, GRP/RC-AMT stacked one
      adjustment per text line under the service (reportlab)
  r2  practice-management "Remittance Detail", landscape Liberation Sans Narrow, boxed header: Patient /
      Account # / Payer Claim #, "1/8/2026", Mod "GP,59", Units "2.0", Adj Code and Adj Amt stacked per line,
      Pt Resp; a claim continues on page 2 (fpdf2)
  s1  pediatric therapy clinic family statement to the guarantor, DejaVu Sans: three children, episode headings
      with the clinic's account number and insurer claim number, "Charges / Ins Paid / Adjust / You Owe", no
      units, one child's rows continue on page 2 under a repeated heading and column header (reportlab)
  s2  hospital outpatient-rehab guarantor statement, core Times: two family members, revenue code 0420,
      CPT/HCPCS and Mod apart, long descriptions wrapped to two lines, "06-JAN-2026", Qty, "Charges / Ins Payment
      / Patient Bal" (fpdf2)

The self-check (--check) tests the factory, not the reader: page counts; for every truth line, one extracted
text row (pdfplumber words grouped by baseline) holds its code (+ modifiers), every non-null amount, units,
service date and remarks in the layout's own formatting (dates printed only in a claim heading, and stacked
adjustments, are looked for on the page); claim ids and patients are in the document; billed - printed
adjustments = paid; billed - discount = allowed; printed claim totals equal the sum of their lines and are
printed.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from h105kit import Page, wrap  # noqa: E402
from samples.pdf.eobgen import (  # noqa: E402
    LONG_DESC, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money, negate, q,
    total, truth_line, units_str, write_truth,
)

D = date
FMT: dict[str, dict] = {}   # layout -> how it prints values (used by --check to find them on the row)


class Claim:
    def __init__(self, patient, claim_id, payer_claim_id, svcs, **kw):
        self.patient, self.claim_id, self.payer_claim_id, self.svcs = patient, claim_id, payer_claim_id, svcs
        self.__dict__.update(kw)


def cm(svcs, st, **kw):
    return [commercial(s, st, **kw) for s in svcs]


def mc(svcs, st, **kw):
    return [medicare(s, st, **kw) for s in svcs]


def md(svcs, **kw):
    return [medicaid(s, **kw) for s in svcs]


class Flow:
    """A y cursor that starts a new page (and calls the continuation header) when the page is full."""

    def __init__(self, pg: Page, top: float, bottom: float, on_new, footer=None):
        self.pg, self.top, self.bottom, self.on_new, self.footer = pg, top, bottom, on_new, footer
        self.y = top

    def need(self, h: float) -> None:
        if self.y + h > self.bottom:
            self.break_page()

    def break_page(self) -> None:
        if self.footer:
            self.footer(self.pg)
        self.pg.new_page()
        self.y = self.on_new(self.pg)


def cells(pg: Page, y: float, cols, vals, font, size):
    for (x, al), v in zip(cols, vals):
        if v:
            pg.text(x, y, v, font, size, al)


# ============================================================================ a1: commercial member EOB (reportlab)

def a1(out: Path):
    name = "h105_a1_commercial_member_eob"
    FMT[name] = dict(money=lambda d: money(d, "$"), date=lambda d: dfmt(d, "mdy2"), units=lambda u: units_str(u),
                     code=lambda c, m: " ".join((c,) + tuple(m)))
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    st2 = PlanState(ded_left=ZERO, copay_codes={"99213": Decimal("35.00")}, allowed_rate=Decimal("0.74"))
    claims = [
        Claim("Marisol Okonkwo-Reyes", "TRX-88120", "C26-0114-55201", cm([
            Svc(D(2026, 1, 6), "97166", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 6), "97535", 1, ("GO",))], st), prov="Lakeshore Hand & Upper Limb Therapy"),
        Claim("Teodoro Okonkwo-Reyes", "TRX-88147", "C26-0121-60418", cm([
            Svc(D(2026, 1, 13), "92507", 1, ("GN",)), Svc(D(2026, 1, 15), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 20), "92507", 1, ("GN",)), Svc(D(2026, 1, 22), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 27), "92507", 1, ("GN",)), Svc(D(2026, 1, 29), "92526", 1, ("GN",), denied="PR")],
            st, deny_reason="96"), prov="Brightwater Pediatric Speech Center"),
        Claim("Ines Okonkwo-Reyes", "ACC0049913", "C26-0126-71190", cm([
            Svc(D(2026, 1, 19), "99213", 1, ()), Svc(D(2026, 1, 19), "97110", 3, ("GP",)),
            Svc(D(2026, 1, 19), "97140", 2, ("GP", "59")), Svc(D(2026, 1, 21), "97110", 3, ("GP",)),
            Svc(D(2026, 1, 21), "97112", 2, ("GP",)), Svc(D(2026, 1, 23), "97110", 3, ("GP",)),
            Svc(D(2026, 1, 23), "97116", 2, ("GP", "KX"))], st2), prov="Northgate Orthopedic & Spine Rehab"),
    ]
    claims[1].svcs[5].remarks = ["N7"]
    for s in claims[1].svcs[:5]:
        pass
    pg = Page("reportlab", out / f"{name}.pdf")
    L, R = 36, 576
    cols = [(L, "l"), (82, "l"), (160, "r"), (214, "r"), (260, "r"), (306, "r"), (348, "r"), (390, "r"),
            (432, "r"), (472, "r"), (522, "r"), (534, "l")]
    heads = [("Date(s)", "of Service"), ("Service", "code"), ("Units", ""), ("Amount", "billed"),
             ("Plan", "discount"), ("Allowed", "amount"), ("Not", "covered"), ("Deduct-", "ible"),
             ("Coins-", "urance"), ("Copay", ""), ("Plan", "paid"), ("Note", "")]

    def colhead(p, y):
        p.rect(L, y - 10, R - L, 24, 0.4, fill=0.9)
        for (x, al), (h1, h2) in zip(cols, heads):
            p.text(x + (0 if al == "l" else 0), y, h1, "HelvB", 7, al)
            if h2:
                p.text(x, y + 9, h2, "HelvB", 7, al)
        return y + 22

    state = {"claim": None}

    def on_new(p):
        p.text(L, 40, "Keystone Meridian Health Plan", "HelvB", 12)
        p.text(R, 40, f"Explanation of Benefits  -  page {p.pages}", "Helv", 8, "r")
        p.text(L, 52, "THIS IS NOT A BILL", "HelvB", 8)
        y = 72
        if state["claim"] is not None:
            c = state["claim"]
            p.text(L, y, f"Claim for {c.patient} (continued)   Claim number {c.payer_claim_id}", "HelvB", 8.5)
            y += 14
            y = colhead(p, y)
        return y

    def footer(p):
        p.hline(L, R, 748)
        p.text(L, 758, "Keystone Meridian Health Plan, PO Box 66017, Harrow Bay, PA 17990  |  Member services"
               " 1-800-555-0142 (TTY 711)", "Helv", 6.5)

    pg.new_page()
    pg.text(L, 40, "Keystone Meridian Health Plan", "HelvB", 14)
    pg.text(L, 54, "Your Explanation of Benefits (EOB)", "Helv", 10)
    pg.text(R, 40, "THIS IS NOT A BILL", "HelvB", 10, "r")
    pg.text(R, 54, "Statement date: 02/03/26", "Helv", 8, "r")
    for i, t in enumerate(["GUSTAVO OKONKWO-REYES", "4410 FERNHOLLOW CT", "CEDAR LANDING PA 17842"]):
        pg.text(L, 84 + i * 11, t, "Helv", 9)
    pg.rect(360, 74, 216, 56, 0.5)
    for i, t in enumerate(["Subscriber: Gustavo Okonkwo-Reyes", "Member ID: KMH 772 104 339", "Group: 0048812 Harbor"
                           " Freight Cooperative", "Plan: PPO Choice 1500"]):
        pg.text(366, 86 + i * 11, t, "Helv", 7.5)
    pg.text(L, 150, "Here is how your plan handled recent claims for you and your family. Keep this for your"
            " records. Amounts in", "Helv", 8.5)
    pg.text(L, 161, "\"Plan paid\" were sent to the provider; you may owe the deductible, coinsurance, copay and any"
            " amount not covered.", "Helv", 8.5)
    fl = Flow(pg, 180, 730, on_new, footer)
    lines, rowtok, ctot = [], [], []
    printed = ("billed", "discount", "allowed", "not_covered", "deductible", "coinsurance", "copay", "paid")
    for c in claims:
        fl.need(80)
        y = fl.y + 6
        pg.text(L, y, f"Claim for {c.patient}", "HelvB", 10)
        pg.text(L, y + 12, f"Provider: {c.prov}   |   Claim number: {c.payer_claim_id}   |   Patient account:"
                f" {c.claim_id}   |   Processed 01/30/26", "Helv", 7.5)
        fl.y = colhead(pg, y + 30)
        state["claim"] = c
        for s in c.svcs:
            fl.need(12)
            y = fl.y
            vals = [dfmt(s.dos, "mdy2"), " ".join((s.code,) + s.mods), units_str(s.units), money(s.billed),
                    money(s.discount), money(s.allowed), money(s.not_covered), money(s.deductible),
                    money(s.coinsurance), money(s.copay), money(s.paid), " ".join(s.remarks)]
            cells(pg, y, cols, vals, "Helv", 7.5)
            lines.append(truth_line(pg.pages, s, claim_id=c.claim_id, payer_claim_id=c.payer_claim_id,
                                    patient=c.patient, printed=printed, remarks=s.remarks, description=False))
            fl.y += 12
        fl.need(16)
        pg.hline(L, R, fl.y - 8)
        y = fl.y
        pg.text(L, y, "Claim totals", "HelvB", 7.5)
        cells(pg, y, cols[3:11], [money(total(c.svcs, a)) for a in ("billed", "discount", "allowed", "not_covered",
                                                                     "deductible", "coinsurance", "copay", "paid")],
              "HelvB", 7.5)
        owes = total(c.svcs, "owes")
        pg.text(L, y + 11, f"Your share for this claim: {money(owes)}", "Helv", 7.5)
        ctot.append(dict(claim_id=c.claim_id, payer_claim_id=c.payer_claim_id, patient=c.patient,
                         totals=claim_totals(total(c.svcs, "billed"), total(c.svcs, "allowed"),
                                             total(c.svcs, "paid"), owes)))
        state["claim"] = None
        fl.y += 30
    legend = [("N7", "This service is not a covered benefit under your plan; the provider may bill you.")]
    fl.need(40)
    pg.text(L, fl.y, "Notes", "HelvB", 9)
    pg.text(L, fl.y + 12, "N7  " + legend[0][1], "Helv", 7.5)
    footer(pg)
    pages = pg.save()
    return name, "reportlab", pages, "commercial PPO member EOB, three family members", lines, ctot, legend, []


# ============================================================================ generic table engine for the rest

def table_doc(name, producer, kind, claims, *, landscape=False, font="Helv", bold="HelvB", size=7.5,
              banner=(), address=(), intro=(), cols=(), printed=(), fmt=None, claim_head=None, repeat_head=True,
              boxed=False, totals=True, legend=(), findings=(), footer_text="", units=True, modifiers=True,
              row_h=11.0, adj_in_row=True, wrap_desc=None, total_override=None, totals_label="Claim total",
              out=None, tail=(), bottom=None):
    FMT[name] = fmt
    pg = Page(producer, out / f"{name}.pdf", landscape)
    L, R = 36, pg.W - 36
    bottom = bottom or pg.H - 60
    state = {"claim": None}

    def colhead(p, y):
        if boxed:
            p.rect(L, y - 9, R - L, 22, 0.5, fill=0.88)
        else:
            p.hline(L, R, y - 10, 0.8)
        for head, x, al, _ in cols:
            h = head.split("|")
            p.text(x, y, h[0], bold, size - 0.5, al)
            if len(h) > 1:
                p.text(x, y + 8.5, h[1], bold, size - 0.5, al)
        if not boxed:
            p.hline(L, R, y + 12, 0.4)
        return y + 23

    def on_new(p):
        p.text(L, 38, banner[0], bold, 11)
        p.text(R, 38, f"Page {p.pages}", font, 8, "r")
        y = 62
        if state["claim"] is not None:
            c = state["claim"]
            y = claim_head(p, y, c, True)
            if repeat_head:
                y = colhead(p, y)
        return y

    def footer(p):
        p.hline(L, R, pg.H - 44, 0.4)
        p.text(L, pg.H - 34, footer_text, font, 6.5)

    pg.new_page()
    y = 40
    for i, (t, f, s) in enumerate(banner[1:] if isinstance(banner[0], str) and False else []):
        pass
    pg.text(L, y, banner[0], bold, 14)
    for i, t in enumerate(banner[1:]):
        pg.text(L, y + 13 + i * 10, t, font, 8)
    for i, t in enumerate(address):
        pg.text(R, y + 16 + i * 10, t, font, 8, "r")
    y = max(y + 13 + len(banner) * 10, y + len(address) * 10) + 14
    for t in intro:
        pg.text(L, y, t, font, size + 0.5)
        y += 11
    fl = Flow(pg, y + 8, bottom, on_new, footer)
    lines, ctot = [], []
    for c in claims:
        fl.need(70)
        fl.y = claim_head(pg, fl.y, c, False)
        fl.y = colhead(pg, fl.y)
        state["claim"] = c
        for s in c.svcs:
            extra = []
            if wrap_desc:
                extra = wrap(pg, wrap_desc[1](s), font, size, wrap_desc[0])
            nadj = 0 if adj_in_row else max(0, len(s.adjs) - 1)
            fl.need(row_h * (1 + max(nadj, len(extra) - 1)))
            y = fl.y
            for head, x, al, fn in cols:
                v = fn(s)
                if v:
                    if isinstance(v, list):
                        for k, vv in enumerate(v):
                            pg.text(x, y + k * (row_h - 1.5), vv, font, size, al)
                    else:
                        pg.text(x, y, v, font, size, al)
            if wrap_desc:
                for k, t in enumerate(extra):
                    pg.text(wrap_desc[2], y + k * (row_h - 1.5), t, font, size)
            lines.append(truth_line(pg.pages, s, claim_id=c.claim_id, payer_claim_id=c.payer_claim_id,
                                    patient=c.patient, printed=printed, units=units, modifiers=modifiers,
                                    adjustments=s.adjs if fmt.get("adj") else [], remarks=s.remarks,
                                    description=False))
            fl.y += row_h * (1 + max(nadj, len(extra) - 1))
        tv = {}
        if totals:
            fl.need(20)
            pg.hline(L, R, fl.y - 8, 0.4)
            pg.text(L, fl.y, totals_label, bold, size)
            for head, x, al, fn in cols:
                attr = getattr(fn, "attr", None)
                if attr:
                    v = total(c.svcs, attr)
                    if total_override and c.claim_id in total_override and attr in total_override[c.claim_id]:
                        v = total_override[c.claim_id][attr]
                    tv[attr] = v
                    pg.text(x, fl.y, fmt["money"](v), bold, size, al)
            fl.y += 12
        ctot.append(dict(claim_id=c.claim_id, payer_claim_id=c.payer_claim_id, patient=c.patient,
                         totals=claim_totals(tv.get("billed"), tv.get("allowed"), tv.get("paid"), tv.get("owes"))))
        state["claim"] = None
        fl.y += 14
    if legend:
        fl.need(14 + 10 * len(legend))
        pg.text(L, fl.y, "Explanation of codes", bold, 8.5)
        fl.y += 11
        for k, t in legend:
            fl.need(10)
            pg.text(L, fl.y, f"{k}", bold, 7)
            pg.text(L + 44, fl.y, t, font, 7)
            fl.y += 10
    for t in tail:
        fl.need(12)
        pg.text(L, fl.y + 4, t, font, 7.5)
        fl.y += 11
    footer(pg)
    pages = pg.save()
    return name, producer, pages, kind, lines, ctot, list(legend), list(findings)


def col(attr, fm):
    f = lambda s: fm(getattr(s, attr))  # noqa: E731
    f.attr = attr
    return f


def no_zero(fm):
    return lambda d: fm(d) if d else "0.00"


def run(start: date, step: int, n: int, pattern, extra=None):
    """n visits from start every step days; pattern = list of (code, units, mods) per visit."""
    from datetime import timedelta
    out = []
    for i in range(n):
        d = start + timedelta(days=step * i)
        for code, u, mods in pattern:
            out.append(Svc(d, code, u, mods))
    return out


M = lambda d: money(d, "$")  # noqa: E731
C = lambda d: money(d, ",")  # noqa: E731
P = lambda d: money(d, "")  # noqa: E731


def a2(out):
    st = PlanState(ded_left=Decimal("400.00"), coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.81"))
    st2 = PlanState(ded_left=ZERO, visit_copay=Decimal("40.00"), allowed_rate=Decimal("0.80"))
    c1 = run(D(2026, 1, 5), 7, 4, [("97530", 2, ("GO",)), ("97140", 1, ("GO", "59"))])
    c1.insert(0, Svc(D(2026, 1, 2), "97167", 1, ("GO",)))
    c2 = run(D(2026, 1, 8), 3, 5, [("97110", 2, ("GP",)), ("97112", 1, ("GP",))])
    c2.append(Svc(D(2026, 1, 22), "G0283", 1, ("GP",), denied="CO"))
    c3 = [Svc(D(2026, 1, 14), "99213", 1, ()), Svc(D(2026, 1, 14), "L3807", 1, ("RT",)),
          Svc(D(2026, 1, 14), "97760", 2, ("GO",))]
    claims = [Claim("Priya Vantongeren", "PV-300518", "7726-01149-0031", cm(c1, st)),
              Claim("Hollis Vantongeren", "PV-300544", "7726-01160-0207", cm(c2, st, deny_reason="50")),
              Claim("Priya Vantongeren", "HB-77120", "7726-01171-0112", cm(c3, st2))]
    claims[1].svcs[-1].remarks = ["R4"]
    for c, pv in zip(claims, ["Tidewater Occupational Therapy Group", "Calloway Physical Therapy & Balance",
                              "Harborview Hand Surgery Associates"]):
        c.prov = pv

    def head(p, y, c, cont):
        p.rect(36, y - 10, p.W - 72, 26, 0.6)
        p.text(42, y, f"Patient: {c.patient}" + ("   (claim continued)" if cont else ""), "DVCondB", 9)
        p.text(42, y + 11, f"Claim ID {c.payer_claim_id}    Provider: {c.prov}    Provider's patient #"
               f" {c.claim_id}    Received 01/26/2026    Paid 01/29/2026", "DVCond", 7.5)
        return y + 30
    cols = [("Service|date", 40, "l", lambda s: dfmt(s.dos, "mdy4")),
            ("Procedure", 98, "l", lambda s: "-".join((s.code,) + s.mods)),
            ("Description", 160, "l", lambda s: s.desc[:34]),
            ("Svc|count", 318, "r", lambda s: units_str(s.units)),
            ("Provider|charged", 368, "r", col("billed", C)), ("Amount|saved", 414, "r", col("discount", C)),
            ("Plan|allowance", 462, "r", col("allowed", C)), ("Not|covered", 506, "r", col("not_covered", C)),
            ("Your|deductible", 556, "r", col("deductible", C)), ("Your|copay", 596, "r", col("copay", C)),
            ("Your|coinsurance", 648, "r", col("coinsurance", C)), ("Plan|paid", 692, "r", col("paid", C)),
            ("What you|owe", 738, "r", col("owes", C)), ("Remark", 744, "l", lambda s: " ".join(s.remarks))]
    return table_doc(
        "h105_a2_commercial_health_statement", "fpdf2", "commercial member EOB (family), landscape", claims,
        landscape=True, font="DVCond", bold="DVCondB", size=7.5, boxed=True, out=out,
        banner=("Cascadia Mutual Health", "Explanation of Benefits for your family - not a bill",
                "Member: Bastian Vantongeren   ID CMH-55190-0422   Plan: Silver HSA 3000"),
        address=("Statement period 01/01/2026 - 01/31/2026", "Questions? 1-888-555-0199", "cascadiamutual.example"),
        intro=("We process claims as we receive them. 'What you owe' is the most your provider can ask you to pay.",),
        cols=cols, claim_head=head, printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes"),
        fmt=dict(money=C, date=lambda d: dfmt(d, "mdy4"), units=units_str, code=lambda c, m: "-".join((c,) + tuple(m))),
        legend=[("R4", "Service is not payable when billed this way; your provider may not bill you.")],
        footer_text="Cascadia Mutual Health, 900 Quarry Ridge Way, Suite 12, Olmsted WA 98370. Keep this statement"
                    " for your tax records.", totals_label="Totals for this claim", row_h=12)


def m1(out):
    st = PlanState(ded_left=Decimal("97.00"))
    claims = []
    for i, (d, pv, svcs) in enumerate([
        (D(2026, 1, 7), "Riverbend Outpatient Rehabilitation", [Svc(D(2026, 1, 7), "97161", 1, ("GP",)),
                                                                Svc(D(2026, 1, 7), "97110", 2, ("GP", "KX"))]),
        (D(2026, 1, 9), "Riverbend Outpatient Rehabilitation", [Svc(D(2026, 1, 9), "97110", 2, ("GP",)),
                                                                Svc(D(2026, 1, 9), "97140", 1, ("GP",)),
                                                                Svc(D(2026, 1, 9), "G0283", 1, ("GP",))]),
        (D(2026, 1, 12), "Amelia Strand Occupational Therapy", [Svc(D(2026, 1, 12), "97165", 1, ("GO",)),
                                                                 Svc(D(2026, 1, 12), "97535", 2, ("GO",)),
                                                                 Svc(D(2026, 1, 12), "0552T", 1, ())]),
        (D(2026, 1, 16), "Amelia Strand Occupational Therapy", [Svc(D(2026, 1, 16), "97535", 2, ("GO",)),
                                                                 Svc(D(2026, 1, 16), "97530", 1, ("GO",))]),
        (D(2026, 1, 21), "Riverbend Outpatient Rehabilitation", [Svc(D(2026, 1, 21), "97110", 2, ("GP", "CQ")),
                                                                 Svc(D(2026, 1, 21), "97116", 1, ("GP", "CQ"))]),
    ]):
        sv = mc(svcs, st)
        claims.append(Claim("ROSALIND M. ABERNATHY-QUILL", None, f"26-0{i + 12}-41377-{580 + i}", sv, prov=pv, d=d))
    claims[2].svcs[2].__dict__.update(denied="PR")
    s = claims[2].svcs[2]
    s.not_covered, s.owes, s.adjs, s.allowed, s.discount, s.paid, s.coinsurance, s.seq, s.deductible = \
        s.billed, s.billed, [("PR", "204", s.billed)], ZERO, ZERO, ZERO, ZERO, ZERO, ZERO
    for c in claims:
        for s in c.svcs:
            s.remarks = ["B"] if s.denied else (["A"] if s.deductible else [])

    def head(p, y, c, cont):
        p.text(36, y, f"{c.prov}" + (" (continued)" if cont else ""), "LibSerifB", 10)
        p.text(36, y + 11, f"Service date: {dfmt(c.d, 'month')}    Claim number: {c.payer_claim_id}    "
               "Submitted charges: " + M(total(c.svcs, 'billed')), "LibSerif", 8.5)
        return y + 26
    cols = [("Service provided &|billing code", 40, "l",
             lambda s: f"{s.desc} ({'-'.join((s.code,) + s.mods)})"),
            ("Service|approved?", 270, "l", lambda s: "No" if s.denied else "Yes"),
            ("Amount provider|charged", 380, "r", col("billed", M)),
            ("Medicare-|approved amount", 450, "r", col("allowed", M)),
            ("Medicare|paid", 500, "r", col("paid", M)), ("You may|be billed", 548, "r", col("owes", M)),
            ("See|notes", 556, "l", lambda s: " ".join(s.remarks))]
    return table_doc(
        "h105_m1_medicare_summary_notice", "reportlab", "Medicare Summary Notice, Part B, one beneficiary", claims,
        font="LibSerif", bold="LibSerifB", size=8, out=out,
        banner=("Medicare Summary Notice for Part B (Medical Insurance)", "The official summary of your Medicare claims", "ROSALIND M. ABERNATHY-QUILL",
                "Medicare Number XXXX-XXX-7Q42", "THIS IS NOT A BILL"),
        address=("Notice for February 2, 2026", "Claims processed Nov 1, 2025 - Jan 31, 2026",
                 "Customer Service: 1-800-555-0177 (TTY 1-877-555-0148)"),
        intro=("Your Claims & Costs This Period. Did Medicare approve all services? NO - see notes below.",),
        cols=cols, claim_head=head, printed=("billed", "allowed", "paid", "patient_owes"), units=False,
        fmt=dict(money=M, date=None, date_page=lambda d: dfmt(d, "month"), units=None,
                 code=lambda c, m: "(" + "-".join((c,) + tuple(m)) + ")"),
        legend=[("A", "This amount went toward your yearly Part B deductible."),
                ("B", "Medicare does not pay for this item; you may be billed because you signed a notice first.")],
        footer_text="If you disagree with a decision, you may file an appeal within 120 days. Invented sample for"
                    " testing.", totals_label="Total for this claim", row_h=13,
        tail=("Your deductible status: you have met the Part B deductible for 2026.",))


def m2(out):
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.70"))
    c1 = run(D(2026, 1, 5), 2, 13, [("97110", 2, ("GP",)), ("97530", 1, ("GP",))])
    c2 = [Svc(D(2026, 1, 6), "92523", 1, ("GN",))] + run(D(2026, 1, 8), 3, 8, [("92507", 1, ("GN",))])
    claims = [Claim("Wendell Oyelaran", "RB11-40923", "MA2601-883104", cm(c1, st), prov="Fairhaven Physical Therapy"),
              Claim("Cecile Oyelaran", "SP-5521-07", "MA2601-883377", cm(c2, st), prov="Quillfeather Speech Services")]

    def head(p, y, c, cont):
        p.text(36, y, f"{c.patient}: claim {c.payer_claim_id}" + (" - continued from previous page" if cont else ""),
               "LibSansB", 9)
        p.text(36, y + 11, f"{c.prov}  -  provider's account {c.claim_id}  -  in-network", "LibSans", 7.5)
        return y + 28
    cols = [("Date", 40, "l", lambda s: dfmt(s.dos, "mon")), ("Service", 104, "l", lambda s: s.desc[:28]),
            ("Code", 250, "l", lambda s: " ".join((s.code,) + s.mods)), ("Qty", 318, "r", lambda s: "x" + units_str(s.units)),
            ("Provider's|charge", 380, "r", col("billed", M)), ("Plan's approved|amount", 450, "r", col("allowed", M)),
            ("Plan's|share", 510, "r", col("paid", M)), ("Your|share", 570, "r", col("owes", M))]
    return table_doc(
        "h105_m2_medicare_advantage_eob", "fpdf2", "Medicare Advantage member EOB, two household members", claims,
        font="LibSans", bold="LibSansB", size=8, out=out, repeat_head=True,
        banner=("Sunward Senior Advantage (HMO)", "Your Explanation of Benefits for January 2026",
                "This is not a bill."),
        address=("Member: Wendell Oyelaran  ID SSA-4471092", "Plan H9921-004", "Call 1-855-555-0163, 8am-8pm"),
        intro=("Part B medical claims in detail. Your share is a $25.00 copay per therapy visit.",),
        cols=cols, claim_head=head, printed=("billed", "allowed", "paid", "patient_owes"),
        fmt=dict(money=M, date=lambda d: dfmt(d, "mon"), units=lambda u: "x" + units_str(u),
                 code=lambda c, m: " ".join((c,) + tuple(m))),
        footer_text="Sunward Senior Advantage is an invented Medicare Advantage plan used for testing.", row_h=14,
        totals_label="Claim totals")


def d1(out):
    c1 = md(run(D(2026, 1, 5), 2, 6, [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]))
    c2 = md([Svc(D(2026, 1, 6), "92507", 1, ("GN",)), Svc(D(2026, 1, 6), "92526", 1, ("GN",), denied="CO")],
            deny_reason="B15")
    old = md([Svc(D(2025, 12, 15), "97110", 3, ("GP",)), Svc(D(2025, 12, 15), "97112", 1, ("GP",))])
    c3 = [negate(s) for s in old]
    c4 = md([Svc(D(2025, 12, 15), "97110", 3, ("GP",)), Svc(D(2025, 12, 15), "97112", 2, ("GP",))])
    for s in c2:
        if s.denied:
            s.remarks = ["0218"]
    claims = [Claim("LUNDQVIST, ESME", "EL40011", "2226005118804", c1, rid="800441927", st="PAID"),
              Claim("LUNDQVIST, ARLO", "AL40012", "2226005118911", c2, rid="800441935", st="PAID"),
              Claim("BARTHOLEMEW, NIA", "NB39877", "5026006200140", c3, rid="812203308", st="ADJUSTED (VOID OF 2225350441170)"),
              Claim("BARTHOLEMEW, NIA", "NB39877", "5026006200141", c4, rid="812203308", st="ADJUSTED (REPLACEMENT)")]
    T = lambda d: money(d, ",", "trail")  # noqa: E731

    def head(p, y, c, cont):
        p.text(36, y, f"RECIP ID {c.rid}  NAME {c.patient:<22} ICN {c.payer_claim_id}  PAT ACCT {c.claim_id}"
               f"  STATUS {c.st}" + (" CONT" if cont else ""), "CourB", 8)
        return y + 14
    cols = [("FROM DOS", 60, "l", lambda s: dfmt(s.dos, "mdy2")),
            ("TO DOS", 112, "l", lambda s: dfmt(s.dos, "mdy2")), ("PROC", 164, "l", lambda s: s.code),
            ("MODS", 204, "l", lambda s: " ".join(s.mods)), ("UNITS", 274, "r", lambda s: f"{s.units:.2f}"),
            ("BILLED", 340, "r", col("billed", T)), ("ALLOWED", 404, "r", col("allowed", T)),
            ("TPL", 446, "r", lambda s: "0.00"), ("PAID", 510, "r", col("paid", T)),
            ("ADJ GRP-RSN AMT", 524, "l", lambda s: " ".join(f"{g}-{r} {T(a)}" for g, r, a in s.adjs)),
            ("EOB", 660, "l", lambda s: " ".join(s.remarks))]
    for k, c in enumerate(cols):
        pass
    return table_doc(
        "h105_d1_medicaid_remittance_advice", "reportlab", "state Medicaid remittance advice with void/replacement",
        claims, landscape=True, font="Cour", bold="CourB", size=7.5, out=out,
        banner=("STATE OF NORTH MERIDIAN MEDICAL ASSISTANCE PROGRAM", "REMITTANCE ADVICE - PROFESSIONAL SERVICES",
                "PAYEE: KESTREL BAY PEDIATRIC THERAPY  NPI 1902847716  PROVIDER NO 0044718-02"),
        address=("RA NUMBER 0002611  WARRANT 770193", "RA DATE 01/30/26", "PAY CYCLE 2026-05"),
        cols=cols, claim_head=head, printed=("billed", "allowed", "paid"),
        fmt=dict(money=T, date=lambda d: dfmt(d, "mdy2"), units=lambda u: f"{u:.2f}", code=lambda c, m: c,
                 mods=True, adj=True, adj_fmt=lambda g, r, a: f"{g}-{r} {T(a)}"),
        legend=[("0218", "Service not payable on the same day as the companion treatment billed.")],
        footer_text="THIS RA IS AN INVENTED TEST DOCUMENT. QUESTIONS: PROVIDER RELATIONS 1-877-555-0110",
        totals_label="CLAIM TOTAL", row_h=11)


def d2(out):
    c1 = md(run(D(2026, 1, 5), 1, 20, [("97110", 2, ("GP",)), ("97140", 1, ("GP", "59"))]))
    c2 = md(run(D(2026, 1, 13), 2, 8, [("97530", 3, ("GO",))]))
    c3 = md([Svc(D(2026, 1, 20), "97163", 1, ("GP",)), Svc(D(2026, 1, 20), "97150", 1, ("GP",), denied="CO")],
            deny_reason="119")
    c3[1].remarks = ["N362"]
    claims = [Claim("Tomasz Villaroel", "7710-V", "TCN 26013000045", c1), Claim("Tomasz Villaroel", "7711-V",
              "TCN 26013000046", c2), Claim("Ysabel Villaroel", "7730-V", "TCN 26013000102", c3)]
    for c in claims:
        c.payer_claim_id = c.payer_claim_id.split()[1]

    def head(p, y, c, cont):
        p.rect(36, y - 9, p.W - 72, 14, 0.5, fill=0.92)
        p.text(40, y, f"TCN: {c.payer_claim_id}   Client: {c.patient}   Pat Ctl #: {c.claim_id}" +
               ("   (cont.)" if cont else ""), "DVMonoB", 7.5)
        return y + 16
    cols = [("Svc Date", 40, "l", lambda s: dfmt(s.dos, "mdy4")), ("Proc/Mods", 104, "l",
            lambda s: ":".join((s.code,) + s.mods)), ("Qty", 196, "r", lambda s: units_str(s.units)),
            ("Billed", 256, "r", col("billed", P)), ("Allowed", 312, "r", col("allowed", P)),
            ("Paid", 364, "r", col("paid", P)), ("Adj", 372, "l", lambda s: " ".join(f"{g}{r} {P(a)}" for g, r, a in s.adjs)),
            ("Remark", 500, "l", lambda s: " ".join(s.remarks))]
    return table_doc(
        "h105_d2_medicaid_ra_portrait", "fpdf2", "state Medicaid managed-care remittance advice, portrait", claims,
        font="DVMono", bold="DVMonoB", size=7, out=out, boxed=True,
        banner=("PRAIRIE STATE HEALTH CONNECT - MEDICAID", "Provider Remittance Advice",
                "Billing provider: Lantern Creek Rehabilitation LLC  Medicaid ID 2200871"),
        address=("RA #: 9931-002", "Issue date: 01/31/2026", "EFT trace: 1000448812"),
        cols=cols, claim_head=head, printed=("billed", "allowed", "paid"),
        fmt=dict(money=P, date=lambda d: dfmt(d, "mdy4"), units=units_str, code=lambda c, m: ":".join((c,) + tuple(m)),
                 adj=True, adj_fmt=lambda g, r, a: f"{g}{r} {P(a)}"),
        legend=[("N362", "Units or visits exceed what the program allows for this period.")],
        footer_text="Prairie State Health Connect is invented. Retain for 7 years.", row_h=11, totals_label="Claim Totals")


def r1(out):
    st = PlanState(ded_left=Decimal("60.00"))
    c1 = mc(run(D(2026, 1, 5), 3, 4, [("97110", 2, ("GP",)), ("97140", 1, ("GP",))]), st)
    st2 = PlanState(ded_left=ZERO)
    c2 = mc(run(D(2026, 1, 6), 7, 3, [("97530", 2, ("GO", "KX")), ("97535", 1, ("GO",))]), st2)
    claims = [Claim("OKAFOR, LUCINDA", "40028A", "2226010066110", c1, mid="1EG4TE5MK72"),
              Claim("PELLETIER, RAUL", "40031B", "2226010066342", c2, mid="7HX2KA3RN19")]
    S = lambda d: f"{d.month:02d}{d.day:02d} {dfmt(d, 'mdy6')}"  # noqa: E731

    def head(p, y, c, cont):
        p.text(36, y, f"NAME {c.patient:<18} MID {c.mid}  ACNT {c.claim_id}  ICN {c.payer_claim_id}  ASG Y MOA MA01"
               + (" CONT" if cont else ""), "LibMono", 7)
        return y + 12
    cols = [("PERF PROV", 36, "l", lambda s: "1447820391"), ("SERV DATE", 90, "l", lambda s: S(s.dos)),
            ("POS", 152, "l", lambda s: "11"), ("NOS", 180, "r", lambda s: units_str(s.units)),
            ("PROC", 186, "l", lambda s: s.code), ("MODS", 216, "l", lambda s: " ".join(s.mods)),
            ("BILLED", 300, "r", col("billed", P)), ("ALLOWED", 345, "r", col("allowed", P)),
            ("DEDUCT", 385, "r", col("deductible", P)), ("COINS", 425, "r", col("coinsurance", P)),
            ("GRP/RC-AMT", 432, "l", lambda s: [f"{g}-{r} {P(a)}" for g, r, a in s.adjs]),
            ("PROV PD", 576, "r", col("paid", P))]
    return table_doc(
        "h105_r1_clearinghouse_standard_paper_remit", "reportlab", "Medicare-style standard paper remit (clearinghouse)",
        claims, font="LibMono", bold="LibMonoB", size=7, out=out, adj_in_row=False, row_h=10,
        banner=("MEDICARE PART B REMITTANCE - PRINTED BY CLEARSTREAM EDI", "PROVIDER: FOXGLOVE THERAPY ASSOCIATES",
                "NPI 1447820391   CHECK/EFT # 000338172   DATE 01/28/26"),
        address=("PAYER: NORTHERN PLAINS MAC (INVENTED)", "REMIT PAGE CONTROL 44-118"),
        cols=cols, claim_head=head, printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
        fmt=dict(money=P, date=S, units=units_str, code=lambda c, m: c, mods=True, adj=True,
                 adj_fmt=lambda g, r, a: f"{g}-{r} {P(a)}", adj_page=True),
        footer_text="PRINTED FROM 835 BY CLEARSTREAM EDI - INVENTED TEST DOCUMENT", totals_label="CLAIM TOTALS")


def r2(out):
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"))
    c1 = mc(run(D(2026, 1, 8), 7, 3, [("97112", 2, ("GP",)), ("97110", 1, ("GP",)), ("97116", 1, ("GP", "59"))]), st)
    c2 = mc([Svc(D(2026, 1, 9), "92523", 1, ("GN",)), Svc(D(2026, 1, 14), "92507", 1, ("GN",)),
             Svc(D(2026, 1, 21), "92507", 1, ("GN",))], st)
    claims = [Claim("Dunmore, Agatha", "PT-2026-0142", "26011500387001", c1),
              Claim("Fairweather, Clement", "SL-2026-0077", "26011500387118", c2)]

    def head(p, y, c, cont):
        p.text(36, y, f"Patient: {c.patient}    Account #: {c.claim_id}    Payer Claim #: {c.payer_claim_id}"
               "    Status: Processed as primary" + ("    (continued)" if cont else ""), "LibNarrowB", 8)
        return y + 14
    cols = [("DOS", 40, "l", lambda s: dfmt(s.dos, "mdyn")), ("CPT", 96, "l", lambda s: s.code),
            ("Mod", 130, "l", lambda s: ",".join(s.mods)), ("Units", 186, "r", lambda s: f"{s.units:.1f}"),
            ("Charged", 246, "r", col("billed", C)), ("Allowed", 300, "r", col("allowed", C)),
            ("Deduct", 344, "r", col("deductible", C)), ("Coins", 388, "r", col("coinsurance", C)),
            ("Adj Code", 404, "l", lambda s: [f"{g}-{r}" for g, r, a in s.adjs]),
            ("Adj Amt", 490, "r", lambda s: [C(a) for g, r, a in s.adjs]),
            ("Paid", 556, "r", col("paid", C)), ("Pt Resp", 612, "r", col("owes", C))]
    return table_doc(
        "h105_r2_pm_remittance_detail", "fpdf2", "practice-management remittance detail print", claims,
        landscape=True, font="LibNarrow", bold="LibNarrowB", size=8, out=out, adj_in_row=False, boxed=True, row_h=11,
        banner=("TheraLedger PM - Remittance Detail", "Payer: Medicare Part B (invented MAC)  Check 0000882101",
                "Practice: Sandpiper Rehab & Speech  Run 02/02/2026 07:14"),
        address=("Deposit date 01/30/2026", "Posted by: jmarlow"),
        cols=cols, claim_head=head, printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
        fmt=dict(money=C, date=lambda d: dfmt(d, "mdyn"), units=lambda u: f"{u:.1f}", code=lambda c, m: c,
                 mods_fmt=lambda m: ",".join(m), adj=True, adj_page=True, adj_fmt=lambda g, r, a: f"{g}-{r}"),
        footer_text="TheraLedger PM is invented. Report RMT-DET v4.", totals_label="Claim totals")


def s1(out):
    st = PlanState(ded_left=Decimal("80.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85"))
    kids = [("Juniper Halvorsen", "V-20931", "HP88-1120", run(D(2026, 1, 5), 3, 9, [("97530", 2, ("GO",)),
                                                                                      ("97112", 1, ("GO",))])),
            ("Otis Halvorsen", "V-20944", "HP88-1187", [Svc(D(2026, 1, 9), "92523", 1, ("GN",)),
                                                        Svc(D(2026, 1, 16), "92507", 1, ("GN",))]),
            ("Mabel Halvorsen", "V-20958", "HP88-1203", run(D(2026, 1, 5), 2, 10, [("97110", 1, ("GP",)),
                                                                                     ("97530", 1, ("GP",))]))]
    claims = [Claim(p, v, icn, cm(s, st)) for p, v, icn, s in kids]

    def head(p, y, c, cont):
        p.text(36, y, f"Patient: {c.patient}   Episode acct # {c.claim_id}   Billed to Heartland Plains Health, claim"
               f" {c.payer_claim_id}" + ("  (continued)" if cont else ""), "DVSansB", 7.5)
        return y + 14
    cols = [("Date", 40, "l", lambda s: dfmt(s.dos, "mdy4")), ("Description", 96, "l", lambda s: s.desc[:30]),
            ("Code", 256, "l", lambda s: "-".join((s.code,) + s.mods)),
            ("Charges", 352, "r", col("billed", C)), ("Ins Paid", 404, "r", col("paid", C)),
            ("Adjust", 452, "r", col("discount", C)), ("You Owe", 500, "r", col("owes", C))]
    return table_doc(
        "h105_s1_therapy_family_statement", "reportlab", "pediatric therapy clinic family statement", claims,
        font="DVSans", bold="DVSansB", size=7.5, out=out, units=False, row_h=13,
        banner=("Little Compass Pediatric Therapy", "Statement for the Halvorsen family",
                "Guarantor: Annika Halvorsen, 19 Birchmoor Lane, Pell City KS 66412"),
        address=("Statement date 02/01/2026", "Account HF-00913", "Amount due by 02/25/2026"),
        cols=cols, claim_head=head, printed=("billed", "paid", "discount", "patient_owes"),
        fmt=dict(money=C, date=lambda d: dfmt(d, "mdy4"), units=None, code=lambda c, m: "-".join((c,) + tuple(m))),
        footer_text="Pay online at littlecompass.example/pay or call 620-555-0134. Invented test statement.",
        totals_label="Visit total")


def s2(out):
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.76"))
    c1 = run(D(2026, 1, 5), 7, 4, [("97140", 1, ("GP",)), ("97110", 2, ("GP",)), ("G0283", 1, ("GP",))])
    c2 = [Svc(D(2026, 1, 8), "97760", 1, ("GO",)), Svc(D(2026, 1, 8), "L3807", 1, ("LT",)),
          Svc(D(2026, 1, 22), "97168", 1, ("GO",))]
    claims = [Claim("RENFROW, SILAS J", "4400918273", "HLP26011800951", cm(c1, st)),
              Claim("RENFROW, DELPHINE", "4400921106", "HLP26012500413", cm(c2, st))]

    def head(p, y, c, cont):
        p.text(36, y, f"Patient: {c.patient}   Account No. {c.claim_id}   Insurance: Granite Ridge Health  Claim"
               f" {c.payer_claim_id}" + ("  - continued" if cont else ""), "TimesB", 8.5)
        return y + 14
    cols = [("Svc Date", 40, "l", lambda s: dfmt(s.dos, "dmy")), ("Rev", 96, "l", lambda s: "0420"),
            ("CPT/HCPCS", 122, "l", lambda s: s.code), ("Mod", 168, "l", lambda s: " ".join(s.mods)),
            ("Description", 194, "l", lambda s: ""), ("Qty", 370, "r", lambda s: units_str(s.units)),
            ("Charges", 424, "r", col("billed", C)), ("Ins Payment", 478, "r", col("paid", C)),
            ("Patient Bal", 540, "r", col("owes", C))]
    return table_doc(
        "h105_s2_hospital_family_statement", "fpdf2", "hospital outpatient-rehab family statement", claims,
        font="Times", bold="TimesB", size=8, out=out, row_h=11,
        wrap_desc=(165, lambda s: LONG_DESC.get(s.code, s.desc), 194),
        banner=("St. Brigid Regional Medical Center", "Patient Financial Services - Guarantor Statement",
                "Guarantor: Silas J Renfrow, 72 Kettle Run Rd, Lowell Fork OH 43990"),
        address=("Statement Date 02/02/2026", "Guarantor No. G-558120", "Total Due $0.00 after insurance"),
        cols=cols, claim_head=head, printed=("billed", "paid", "patient_owes"),
        fmt=dict(money=C, date=lambda d: dfmt(d, "dmy"), units=units_str, code=lambda c, m: c, mods=True),
        footer_text="St. Brigid Regional Medical Center is invented. Financial assistance: 1-800-555-0187.",
        totals_label="Account totals")


# ================================================================================================ main / check

LAYOUTS = [a1, a2, m1, m2, d1, d2, r1, r2, s1, s2]


def _rows(page):
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        for r in rows:
            if abs(r[0]["top"] - w["top"]) < 2.5:
                r.append(w)
                break
        else:
            rows.append([w])
    return [[w["text"] for w in sorted(r, key=lambda w: w["x0"])] for r in rows]


def _has(row, tok):
    t = tok.split()
    return any(row[i:i + len(t)] == t for i in range(len(row) - len(t) + 1))


def check(out: Path) -> list[str]:
    import pdfplumber
    errs = []
    for name, fmt in FMT.items():
        tr = json.loads((out / f"{name}.pdf.truth.json").read_text())
        with pdfplumber.open(out / f"{name}.pdf") as pdf:
            if len(pdf.pages) != tr["pages"]:
                errs.append(f"{name}: pages {len(pdf.pages)} != {tr['pages']}")
            rows = [_rows(p) for p in pdf.pages]
            texts = [p.extract_text() or "" for p in pdf.pages]
        doc = "\n".join(texts)
        for i, ln in enumerate(tr["lines"]):
            pr = rows[ln["page"] - 1]
            toks = []
            if fmt.get("mods"):
                toks.append(ln["code"])
                toks += ln["modifiers"]
            else:
                toks.append(fmt["code"](ln["code"], ln["modifiers"]))
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None:
                    toks.append(fmt["money"](Decimal(ln[k])))
            if ln["units"] is not None:
                toks.append(fmt["units"](Decimal(ln["units"])))
            d = date.fromisoformat(ln["service_date"])
            if fmt.get("date"):
                toks.append(fmt["date"](d))
            elif fmt["date_page"](d) not in texts[ln["page"] - 1]:
                errs.append(f"{name} line {i}: date not on page")
            toks += ln["remarks"]
            adjt = [fmt["adj_fmt"](g, r, Decimal(a)) for g, r, a in ln["adjustments"]]
            if fmt.get("adj_page"):
                for a in adjt:
                    if a not in texts[ln["page"] - 1]:
                        errs.append(f"{name} line {i}: adjustment {a} not on page")
            else:
                toks += adjt
            if not any(all(_has(r, t) for t in toks) for r in pr):
                errs.append(f"{name} line {i}: no single row holds {toks}")
            if ln["adjustments"] and ln["billed"] is not None and ln["paid"] is not None:
                if q(ln["billed"]) - sum(q(a) for _, _, a in ln["adjustments"]) != q(ln["paid"]):
                    errs.append(f"{name} line {i}: billed - adjustments != paid")
            if ln["billed"] and ln["allowed"] and ln["discount"] and q(ln["discount"]):
                if q(ln["billed"]) - q(ln["discount"]) != q(ln["allowed"]):
                    errs.append(f"{name} line {i}: billed - discount != allowed")
            if ln["units"] is None and fmt.get("units"):
                errs.append(f"{name} line {i}: units printed but null")
        for c in tr["claims"]:
            for k in ("claim_id", "payer_claim_id", "patient"):
                if c[k] is not None and c[k] not in doc:
                    errs.append(f"{name}: {k} {c[k]} not in document")
            mine = [ln for ln in tr["lines"] if ln["claim_id"] == c["claim_id"] and ln["payer_claim_id"] ==
                    c["payer_claim_id"]]
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if any(ln[k] is None for ln in mine):
                    continue
                ssum = sum(q(ln[k]) for ln in mine)
                if ssum != q(v) and not any(c["payer_claim_id"] in f for f in tr["expected_findings"]):
                    errs.append(f"{name}: claim {c['payer_claim_id']} total {k} {v} != lines {ssum}")
                if fmt["money"](Decimal(v)) not in doc:
                    errs.append(f"{name}: total {v} not printed")
        if not any(ln["page"] > 1 for ln in tr["lines"]) and tr["pages"] > 1:
            pass
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout105_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    nl = 0
    for fn in LAYOUTS:
        name, producer, pages, desc, lines, claims, legend, findings = fn(out)
        write_truth(out / f"{name}.pdf", name, producer, pages, desc, lines, claims, legend, findings)
        multi = sorted({(ln["claim_id"], ln["payer_claim_id"]) for ln in lines
                        if ln["page"] > 1} & {(ln["claim_id"], ln["payer_claim_id"]) for ln in lines if ln["page"] == 1})
        print(f"{name}: {producer}, {pages} page(s), {len(lines)} lines, {len(claims)} claims,"
              f" claims spanning a page break: {len(multi)}")
        nl += len(lines)
    print(f"{len(LAYOUTS)} PDFs, {nl} lines -> {out}")
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
