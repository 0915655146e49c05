"""Write held-out set 194 of synthetic PDF EOB layouts (with truth files) into a folder: an honest measurement
of the PDF reader on ten layouts of the five commonest real document kinds, two of each, written without
looking at the reader.

Run:  python bench/heldout194/make_heldout194_pdfs.py OUT_DIR            (writes 10 PDFs + truth files)
      python bench/heldout194/make_heldout194_pdfs.py OUT_DIR --check    (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (by whoever measures the reader, once)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1,
fpdf2 fixed creation date, no randomness). Truth format: the one of samples/pdf (samples/pdf/eobgen.py),
printed values only, null where a layout does not print a value (units null when no quantity is printed;
modifiers [] when none are printed); claim_id = the provider's own account / patient-control / invoice /
visit number, payer_claim_id = the payer's claim number / ICN / TCN / reference, patient = the person who
received the service exactly as printed (not the subscriber / guarantor unless the same person). Every
name, number, payer, provider, address and ID is invented; descriptions are our own words. Adjustments are
in the truth only where the page prints group+reason codes (with their amounts when printed).

Layouts:
  e1  commercial member EOB, portrait Liberation Serif (reportlab): family "Summary of Claims Processed",
      ruled claim blocks "Patient / Relationship / Claim No. / Patient Acct No. / Provider", columns "Date(s)
      of Service / Service / Proc. Code / Charges / Ineligible / Eligible Amount / Deductible / Co-pay /
      Co-ins / Paid to Provider / Member Resp. / Rmk", slash-joined "97530/GO", no units, 3 family members,
      a denied line, long OT claim continued on page 2 with "(continued)" and column heads repeated, legend
  e2  TPA (self-funded plan) "Claim Activity Statement", landscape DejaVu Sans Condensed (fpdf2): "Ln / Svc
      Date / Svc Code / # / Provider Billed / PPO Reduction / Excluded / Considered / Deductible / Copay /
      Coins. / Benefit Paid / Patient Resp. / Rsn", "97110 -GP" code cell, units "#", description on a second
      small line, a previously processed claim reversed in parentheses then reprocessed, 2 family members
  m1  Medicare Summary Notice Part B (older print), portrait DejaVu Serif (reportlab): per-claim "Claim
      number" and provider, "Dates of Service / Services and Service Codes / Amount Charged / Medicare
      Approved / Medicare Paid Provider / You May Be Billed / See Notes Section", units before the words and
      the code in parentheses "3 Therapeutic exercises (97110)", no modifiers, notes letters, 2 pages
  m2  Medicare Advantage member EOB, portrait Liberation Sans (fpdf2): "Medical services" per claim with
      "Claim number" and "Provider account", "Date / What was done / Code / Qty / Provider charged / Plan
      allowed / Plan paid / You owe / Note", modifiers spaced "97112 GP KX", a plan-denied line, a claim
      running onto the next page with NO repeated column header
  r1  state Medicaid remittance advice, portrait core Courier (fpdf2): "CLAIMS PAID" / "CLAIMS DENIED"
      sections, claim line "ICN / RECIPIENT / MEDICAID ID / PAT ACCT", detail "LI SVC-DATE PROC MOD QTY
      BILLED ALLOWED PAID GRP-RSN ADJ-AMT RMK" MMDDYY, "QTY 2.00", banner and column header repeated on
      every page, a paid claim's CLAIM TOTAL row falling at the top of page 2, EOB code messages
  r2  Medicaid managed-care payment voucher detail, landscape core Helvetica (reportlab), boxed member rows
      "Member / Member No. / Claim Ref / Provider Ref #", "From / To / Service / Mods / Units / Submitted /
      Approved / Adjustment (grp rsn amt) / Net Paid / Msg", a recoupment of a prior claim (leading minus)
  p1  clearinghouse standard paper remit (Medicare-style), portrait Liberation Mono (reportlab): "NAME / HIC /
      ACNT / ICN / ASG / MOA", "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT
      PROV PD", CLAIM TOTALS and NET lines, a claim continuing onto page 2 under the repeated header
  p2  practice-management "Remittance Posting Report", landscape Liberation Sans Narrow (fpdf2): patient
      heading rows with Acct and Payer Claim No., "DOS / CPT / Mod 1 / Mod 2 / Units / Charge / Allowed /
      Deduct / Coins / Adj Codes / Adj Amt / Paid", a fully denied line
  s1  outpatient therapy clinic family statement, portrait Liberation Serif (fpdf2) with a remittance stub:
      "Date / Patient / Invoice / Code / Description / Qty / Charge / Ins. Paid / Ins. Adj. / You Owe",
      three children, rows run onto page 2 under the repeated column header
  s2  hospital outpatient-rehab family statement, portrait DejaVu Sans Condensed (reportlab) with a right
      summary sidebar on page 1: one account per family member with "Account # / Patient / Insurance Claim
      #", "Date / Rev / CPT/HCPCS / Description / Units / Charges / Insurance / Adjustments / Balance"

--check verifies the factory, not the reader: every truth line's printed strings (date, code, modifiers,
units, amounts, adjustment codes) appear on ONE extracted text line of the recorded page (pdfplumber), and
parse back to the truth values; remarks, claim ids and patients are in the page's/document's text; page
counts match; billed - discount - not covered = allowed where printed; allowed - deductible - copay -
coinsurance = paid where printed; billed - adjustments = paid where every adjustment is printed; claim
totals = sum of their lines.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

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
from pens194 import Cols, Flow, Pen, wrap  # noqa: E402

D = date
EXTRA_FEE = {"97533": "98.00", "97162": "240.00", "97113": "90.00", "97018": "30.00", "G0151": "150.00"}
EXTRA_SCHED = {"97533": "33.90", "97162": "101.12", "97113": "36.25", "97018": "5.11", "G0151": "44.80"}
EXTRA_DESC = {"97533": "Sensory integration activities", "97162": "PT evaluation, moderate complexity",
              "97113": "Aquatic exercise therapy", "97018": "Paraffin bath", "G0151": "Home health PT visit"}

import eobgen  # noqa: E402

eobgen.FEE.update(EXTRA_FEE)
eobgen.SCHED.update(EXTRA_SCHED)
eobgen.DESC.update(EXTRA_DESC)


# ------------------------------------------------------------------------------------------ data helpers

def sv(d: date, code: str, units, mods=(), denied=None, long=False) -> Svc:
    s = Svc(d, code, units, tuple(mods), denied=denied)
    if long and code in LONG_DESC:
        s.desc = LONG_DESC[code]
    return s


class Claim:
    def __init__(self, claim_id, payer_claim_id, patient, svcs, **info):
        self.claim_id, self.payer_claim_id, self.patient, self.svcs = claim_id, payer_claim_id, patient, svcs
        self.info = info


class Doc:
    """Collects truth rows and the strings printed on each row."""

    def __init__(self):
        self.lines: list[dict] = []
        self.tokens: list[dict] = []

    def rec(self, page, s: Svc, c: Claim, printed, tok: dict, *, units=True, modifiers=True, adjustments=None,
            remarks=None, patient=None):
        self.lines.append(truth_line(page, s, claim_id=c.claim_id, payer_claim_id=c.payer_claim_id,
                                     patient=patient or c.patient, printed=printed, units=units,
                                     modifiers=modifiers, adjustments=adjustments, remarks=remarks))
        self.tokens.append(tok)


def claims_truth(claims, fields):
    out = []
    for c in claims:
        kw = {}
        for k in fields:
            kw[k] = total(c.svcs, {"patient_owes": "owes"}.get(k, k))
        out.append({"claim_id": c.claim_id, "payer_claim_id": c.payer_claim_id, "patient": c.patient,
                    "totals": claim_totals(**kw)})
    return out


def two_pass(build, path):
    """Render once to count pages, then again with the page total known."""
    n = build(path, None)
    n2 = build(path, n)
    assert n == n2, (n, n2)
    return n


# ================================================================================================ e1
def layout_e1(out: Path):
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.79"))
    fam = "Thornbury"
    c1 = [commercial(sv(D(2026, 1, 6) + timedelta(days=7 * (i // 3)), code, u, m, long=(code == "97535")), st)
          for i, (code, u, m) in enumerate([("97166", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO",)),
                                             ("97530", 3, ("GO",)), ("97110", 2, ("GO", "59")),
                                             ("97140", 1, ("GO",)), ("97530", 2, ("GO",)),
                                             ("97535", 2, ("GO",)), ("97112", 1, ("GO",)),
                                             ("97530", 2, ("GO",)), ("97110", 1, ("GO",)),
                                             ("97140", 2, ("GO", "59")), ("97530", 3, ("GO",)),
                                             ("97535", 1, ("GO",)), ("97168", 1, ("GO",)),
                                             ("97530", 2, ("GO",)), ("97112", 2, ("GO",)),
                                             ("97110", 2, ("GO",)), ("97530", 1, ("GO",)),
                                             ("97535", 1, ("GO",)), ("97530", 2, ("GO",)),
                                             ("97112", 1, ("GO",)), ("97535", 1, ("GO",)),
                                             ("97530", 3, ("GO",)), ("97140", 1, ("GO", "59")),
                                             ("97110", 1, ("GO",)), ("97530", 2, ("GO",)),
                                             ("97535", 2, ("GO",)), ("97112", 2, ("GO",))])]
    c2 = [commercial(sv(D(2026, 1, 8), "92523", 1, ()), st)]
    c2 += [commercial(sv(D(2026, 1, 9) + timedelta(days=2 * k), "92507", 1, ("GN",)), st) for k in range(10)]
    c2 += [commercial(sv(D(2026, 1, 22), "97129", 1, ("GN",), denied="PR"), st, deny_reason="96")]
    c3 = [commercial(sv(D(2026, 1, 12), "99213", 1, ("25",)), st),
          commercial(sv(D(2026, 1, 12), "L3807", 1, ("RT",), long=True), st),
          commercial(sv(D(2026, 1, 12), "97760", 1, ("GO",)), st)]
    claims = [
        Claim("OC7719034", "EB26-0126-81902", "Marguerite Thornbury", c3, rel="Spouse",
              prov="Carrow Orthopaedic Clinic"),
        Claim("HW-2260418", "EB26-0114-77310", "Imogen Thornbury", c1, rel="Dependent Child",
              prov="Westerly Hand & Upper Limb Therapy"),
        Claim("SLP-55092", "EB26-0121-80115", "Felix Thornbury", c2, rel="Dependent Child",
              prov="Little Voices Speech Studio"),
    ]
    remark = {"D": "D2", "PR": "X7"}
    legend = [("D2", "Part of the eligible amount was counted toward your calendar-year deductible."),
              ("X7", "Your plan does not pay for this service as billed. You may owe the charge."),
              ("P1", "Eligible amount is the network rate your provider agreed to accept.")]
    M = lambda d: money(d, ",")  # noqa: E731
    cols = Cols([("date", 36, "l"), ("svc", 86, "l"), ("code", 196, "l"), ("chg", 278, "r"),
                 ("inel", 318, "r"), ("elig", 358, "r"), ("ded", 396, "r"), ("cop", 430, "r"),
                 ("coi", 466, "r"), ("paid", 510, "r"), ("mem", 553, "r"), ("rmk", 560, "l")])
    heads1 = {"date": "Date(s) of", "svc": "Service", "code": "Proc.", "chg": "", "inel": "",
              "elig": "Eligible", "ded": "", "cop": "", "coi": "", "paid": "Paid to", "mem": "Member",
              "rmk": ""}
    heads2 = {"date": "Service", "svc": "", "code": "Code", "chg": "Charges", "inel": "Ineligible",
              "elig": "Amount", "ded": "Deductible", "cop": "Co-pay", "coi": "Co-ins", "paid": "Provider",
              "mem": "Resp.", "rmk": "Rmk"}

    def build(path, npages):
        pen = Pen("reportlab", path, "LiberationSerif")
        doc = Doc()
        state = {"claim": None}

        def banner(pen):
            pen.text(36, 40, "CASCADE BENEFIT PARTNERS", 15, True)
            pen.text(36, 52, "Health Plan Services  |  PO Box 40917  |  Tillamook Falls, OR 97199", 7.5)
            pen.text(576, 40, "EXPLANATION OF BENEFITS", 11, True, "r")
            pen.text(576, 52, "THIS IS NOT A BILL", 8, True, "r")
            pen.hline(36, 576, 58, 1.2)

        def footer(pen):
            pen.hline(36, 576, 752, 0.4)
            pen.text(36, 762, "Questions? Call Member Services at 1-800-555-0148 (TTY 711), Mon-Fri 7am-7pm.", 7)
            pen.text(576, 762, f"Page {pen.page} of {npages or 9}", 7, False, "r")

        def colheads(flow):
            pen.hline(36, 576, flow.y, 0.4)
            cols.draw(pen, flow.y + 9, heads1, 6.8, True)
            cols.draw(pen, flow.y + 17, heads2, 6.8, True)
            pen.hline(36, 576, flow.y + 21, 0.4)
            flow.y += 31

        def claim_head(flow, c, cont=False):
            pen.rect(36, flow.y, 540, 26, fill=0.92, stroke=False)
            t = f"Patient: {c.patient}" + ("   (continued)" if cont else "")
            pen.text(40, flow.y + 10, t, 8.5, True)
            pen.text(300, flow.y + 10, f"Relationship: {c.info['rel']}", 8)
            pen.text(40, flow.y + 21, f"Claim No.: {c.payer_claim_id}", 8)
            pen.text(190, flow.y + 21, f"Patient Acct No.: {c.claim_id}", 8)
            pen.text(360, flow.y + 21, f"Provider: {c.info['prov']}", 8)
            flow.y += 32
            colheads(flow)

        def on_new(flow):
            banner(pen)
            flow.y = 72
            if state["claim"] is not None:
                claim_head(flow, state["claim"], cont=True)

        banner(pen)
        pen.text(36, 80, "Subscriber: Aldous Thornbury", 9, True)
        pen.text(36, 92, "Member ID: CBP884120557    Group: 30417 - Fenwick Timber Cooperative", 8)
        pen.text(36, 104, "Statement date: 02/03/2026    Claims processed 01/14/2026 - 01/30/2026", 8)
        pen.text(36, 122, f"Summary of Claims Processed for the {fam} Family", 10.5, True)
        flow = Flow(pen, 72, 735, footer, on_new)
        flow.y = 136
        for c in claims:
            flow.need(90)
            claim_head(flow, c)
            state["claim"] = c
            for s in c.svcs:
                dl = wrap(pen, s.desc, 104, 7)
                flow.need(10 * len(dl) + 2)
                code = s.code + ("/" + "/".join(s.mods) if s.mods else "")
                rm = ["P1"]
                if s.denied:
                    rm = [remark["PR"]]
                elif s.deductible:
                    rm = ["P1", remark["D"]]
                cells = {"date": dfmt(s.dos, "mdy2"), "svc": dl[0], "code": code, "chg": M(s.billed),
                         "inel": M(s.not_covered), "elig": M(s.allowed), "ded": M(s.deductible),
                         "cop": M(s.copay), "coi": M(s.coinsurance), "paid": M(s.paid), "mem": M(s.owes),
                         "rmk": ",".join(rm)}
                cols.draw(pen, flow.y, cells, 7)
                for i, extra in enumerate(dl[1:]):
                    pen.text(86, flow.y + 9 * (i + 1), extra, 7)
                tok = {"date": cells["date"], "code": code, "billed": cells["chg"], "not_covered": cells["inel"],
                       "allowed": cells["elig"], "deductible": cells["ded"], "copay": cells["cop"],
                       "coinsurance": cells["coi"], "paid": cells["paid"], "patient_owes": cells["mem"]}
                doc.rec(pen.page, s, c, ("billed", "not_covered", "allowed", "deductible", "copay",
                                         "coinsurance", "paid", "patient_owes"), tok, units=False, remarks=rm)
                flow.y += 9 * len(dl) + 2
            state["claim"] = None
            flow.need(24)
            pen.hline(196, 576, flow.y - 6, 0.4)
            tot = {"svc": "Claim Totals", "chg": M(total(c.svcs, "billed")), "inel": M(total(c.svcs, "not_covered")),
                   "elig": M(total(c.svcs, "allowed")), "ded": M(total(c.svcs, "deductible")),
                   "cop": M(total(c.svcs, "copay")), "coi": M(total(c.svcs, "coinsurance")),
                   "paid": M(total(c.svcs, "paid")), "mem": M(total(c.svcs, "owes"))}
            cols.draw(pen, flow.y + 2, tot, 7, True)
            flow.y += 22
        flow.need(60)
        pen.text(36, flow.y, "Remark Codes", 9, True)
        flow.y += 12
        for k, v in legend:
            pen.text(36, flow.y, k, 7.5, True)
            pen.text(60, flow.y, v, 7.5)
            flow.y += 10
        footer(pen)
        pen.save()
        build.doc = doc
        return pen.page

    n = two_pass(build, out)
    doc = build.doc
    write_truth(out, "h194_e1_commercial_family_eob", "reportlab", n,
                "Commercial member EOB, family summary with ruled claim blocks, slash-joined code/modifiers, no units",
                doc.lines, claims_truth(claims, ("billed", "allowed", "paid", "patient_owes")), legend)
    return doc


# ============================================================================ generic claim-table renderer
class Spec:
    """One layout: furniture text, columns [(key, head1, head2, x, align)], and a row function
    row(s, claim) -> (cells, tok, printed, kwargs for Doc.rec)."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


def render(spec: Spec, claims, out: Path):
    cols = Cols([(k, x, a) for k, _h1, _h2, x, a in spec.cols])
    h1 = {k: a for k, a, _b, _x, _al in spec.cols}
    h2 = {k: b for k, _a, b, _x, _al in spec.cols}
    fs, lh = spec.size, spec.size + 2.6

    def build(path, npages):
        pen = Pen(spec.producer, path, spec.font, spec.landscape)
        W, H = pen.W, pen.H
        L, R = spec.margin, W - spec.margin
        doc = Doc()
        state = {"claim": None}

        def footer(pen):
            pen.hline(L, R, H - 34, 0.4)
            pen.text(L, H - 24, spec.foot, 6.8)
            pen.text(R, H - 24, spec.pagefmt.format(p=pen.page, n=npages or 9), 6.8, False, "r")

        def colheads(flow):
            if spec.boxed_head:
                pen.rect(L, flow.y, R - L, lh * 2 + 4, fill=0.85, stroke=False)
            else:
                pen.hline(L, R, flow.y, 0.5)
            cols.draw(pen, flow.y + lh, h1, fs - 0.4, True)
            cols.draw(pen, flow.y + 2 * lh, h2, fs - 0.4, True)
            if spec.rule_rows or not spec.boxed_head:
                pen.hline(L, R, flow.y + 2 * lh + 4, 0.5)
            flow.y += 2 * lh + 4 + lh

        def on_new(flow):
            flow.y = spec.banner(pen, L, R, first=False)
            if spec.head_every_page and not state["claim"]:
                colheads(flow)
            if state["claim"] is not None:
                if spec.cont_label:
                    flow.y = spec.claim_head(pen, L, R, flow.y, state["claim"], True)
                if getattr(spec, "cont_head", spec.repeat_head):
                    colheads(flow)

        y = spec.banner(pen, L, R, first=True)
        flow = Flow(pen, 0, H - spec.bottom, footer, on_new)
        flow.y = y
        if spec.head_every_page and not spec.repeat_head:
            colheads(flow)
        for section, group in spec.sections(claims):
            if section:
                flow.need(40)
                pen.text(L, flow.y, section, fs + 1.5, True)
                flow.y += lh + 4
            for c in group:
                flow.need(spec.min_claim)
                flow.y = spec.claim_head(pen, L, R, flow.y, c, False)
                if spec.repeat_head:
                    colheads(flow)
                state["claim"] = c
                for s in c.svcs:
                    cells, tok, printed, kw, extra = spec.row(s, c)
                    flow.need(lh * (1 + len(extra)) + 1)
                    cols.draw(pen, flow.y, cells, fs)
                    for i, (x, t) in enumerate(extra):
                        pen.text(x, flow.y + lh * (i + 1) - 1, t, fs - 1, False, "l", 0.25)
                    doc.rec(pen.page, s, c, printed, tok, **kw)
                    flow.y += lh * (1 + len(extra))
                    if spec.rule_rows:
                        pen.hline(L, R, flow.y - lh + 3, 0.2, 0.6)
                state["claim"] = None
                flow.need(lh * 3)
                flow.y = spec.claim_foot(pen, L, R, flow.y, c, cols)
        flow.need(spec.legend_h)
        flow.y = spec.tail(pen, L, R, flow.y)
        footer(pen)
        pen.save()
        build.doc = doc
        return pen.page

    n = two_pass(build, out)
    doc = build.doc
    write_truth(out, spec.name, spec.producer, n, spec.desc, doc.lines,
                claims_truth(claims, spec.totals), spec.legend)
    return doc


def legend_tail(title, legend, size=7.2):
    def tail(pen, L, R, y):
        y += 6
        pen.text(L, y, title, size + 1.5, True)
        y += size + 5
        for k, v in legend:
            pen.text(L, y, k, size, True)
            pen.text(L + 40, y, v, size)
            y += size + 3
        return y
    return tail


def one_section(claims):
    return [(None, claims)]


def totals_foot(label, keyfmt, gap=8, bold=True, rule=True):
    """keyfmt: {col key: (attr, formatter)}."""
    def foot(pen, L, R, y, c, cols):
        fs = 7
        if rule:
            pen.hline(L, R, y - 6, 0.3)
        cells = {k: f(total(c.svcs, a)) for k, (a, f) in keyfmt.items()}
        cells[label[0]] = label[1]
        cols.draw(pen, y + 2, cells, fs, bold)
        return y + 10 + gap
    return foot


def series(start: date, step_days: int, items, fn, per=3):
    """items: (code, units, mods[, denied]); `per` services per visit date, visits step_days apart."""
    out = []
    for i, it in enumerate(items):
        code, u, m = it[:3]
        den = it[3] if len(it) > 3 else None
        out.append(fn(sv(start + timedelta(days=step_days * (i // per)), code, u, m, den)))
    return out


def simple_banner(lines, rule_y_extra=6, title=None, right=None):
    """lines: list of (text, size, bold) on the left; right: list of (text, size, bold)."""
    def banner(pen, L, R, first):
        y = 34
        ry = 34
        for t, sz, b in lines if first else lines[:2]:
            pen.text(L, y, t, sz, b)
            y += sz + 3
        for t, sz, b in (right or []):
            pen.text(R, ry, t, sz, b, "r")
            ry += sz + 3
        y = max(y, ry)
        pen.hline(L, R, y - 2, 1.0)
        return y + rule_y_extra + 8
    return banner


# ================================================================================================ e2
def layout_e2(out: Path):
    st_a = PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74"),
                     copay_codes={"99213": Decimal("30.00")})
    st_b = PlanState(ded_left=Decimal("85.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74"))
    fa = lambda s: commercial(s, st_a)  # noqa: E731
    fb = lambda s: commercial(s, st_b, deny_reason="151")  # noqa: E731
    orig = series(D(2025, 12, 2), 2, [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",))],
                  lambda s: commercial(s, PlanState(allowed_rate=Decimal("0.74"), coins_rate=Decimal("0.10"))))
    rev = [negate(s) for s in orig]
    repro = series(D(2025, 12, 2), 2, [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",))],
                   lambda s: commercial(s, PlanState(allowed_rate=Decimal("0.80"), coins_rate=Decimal("0.10"))))
    c_b = series(D(2026, 1, 5), 3, [("97162", 1, ("GP",)), ("97110", 2, ("GP",)), ("97112", 1, ("GP",)),
                                    ("97110", 3, ("GP", "KX")), ("97116", 1, ("GP",)), ("97140", 2, ("GP", "59")),
                                    ("97110", 2, ("GP",)), ("97530", 1, ("GP",)), ("97113", 2, ("GP",), "CO"),
                                    ("97110", 2, ("GP",)), ("97112", 2, ("GP",)), ("G0283", 1, ("GP",))], fb)
    c_a = [fa(sv(D(2026, 1, 20), "99213", 1, ())), fa(sv(D(2026, 1, 20), "97018", 1, ("GO",)))]
    claims = [
        Claim("PTA-661207", "TPA-25-9930417-00", "Rosalind Achterberg", orig, rel="Self", prov="Keel Street Physical Therapy", note="Original processing 12/19/2025 - reversed"),
        Claim("PTA-661207", "TPA-25-9930417-00", "Rosalind Achterberg", rev, rel="Self", prov="Keel Street Physical Therapy", note="REVERSAL of previously processed claim"),
        Claim("PTA-661207", "TPA-26-9930417-01", "Rosalind Achterberg", repro, rel="Self", prov="Keel Street Physical Therapy", note="Reprocessed with corrected network rate"),
        Claim("PTA-668844", "TPA-26-9951620-00", "Rosalind Achterberg", c_b, rel="Self", prov="Keel Street Physical Therapy", note=""),
        Claim("FM-30019-2", "TPA-26-9960072-00", "Casimir Achterberg", c_a, rel="Son", prov="Brightwater Family Medicine", note=""),
    ]
    claims = claims[1:]  # the original processing is not reprinted; only its reversal and the reprocessing
    M = lambda d: money(d, ",", "()")  # noqa: E731
    legend = [("R03", "Amount above the PPO network rate; member is not responsible."),
              ("R15", "Applied to the member's calendar-year deductible."),
              ("R22", "Service is excluded under the plan document (aquatic therapy limit reached)."),
              ("R40", "Claim adjusted: earlier payment reversed and claim reprocessed.")]
    cols = [("ln", "", "Ln", 30, "l"), ("date", "Svc", "Date", 48, "l"), ("code", "Svc", "Code", 98, "l"),
            ("units", "", "#", 162, "r"), ("chg", "Provider", "Billed", 222, "r"),
            ("disc", "PPO", "Reduction", 282, "r"), ("exc", "", "Excluded", 334, "r"),
            ("cons", "", "Considered", 392, "r"), ("ded", "", "Deductible", 446, "r"),
            ("cop", "", "Copay", 490, "r"), ("coi", "", "Coins.", 534, "r"),
            ("paid", "Benefit", "Paid", 594, "r"), ("resp", "Patient", "Resp.", 650, "r"),
            ("rsn", "", "Rsn", 664, "l")]

    def row(s, c):
        i = c.svcs.index(s) + 1
        rs = ["R03"]
        if s.denied:
            rs = ["R22"]
        elif s.deductible:
            rs.append("R15")
        if s.billed < 0:
            rs.append("R40")
        code = s.code + (" -" + "-".join(s.mods) if s.mods else "")
        cells = {"ln": str(i), "date": dfmt(s.dos, "mdy4"), "code": code, "units": units_str(s.units),
                 "chg": M(s.billed), "disc": M(s.discount), "exc": M(s.not_covered), "cons": M(s.allowed),
                 "ded": M(s.deductible), "cop": M(s.copay), "coi": M(s.coinsurance), "paid": M(s.paid),
                 "resp": M(s.owes), "rsn": " ".join(rs)}
        tok = {k2: cells[k1] for k1, k2 in (("date", "date"), ("code", "code"), ("units", "units"),
               ("chg", "billed"), ("disc", "discount"), ("exc", "not_covered"), ("cons", "allowed"),
               ("ded", "deductible"), ("cop", "copay"), ("coi", "coinsurance"), ("paid", "paid"),
               ("resp", "patient_owes"))}
        pr = ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
              "patient_owes")
        return cells, tok, pr, {"remarks": rs}, [(98, s.desc)]

    def claim_head(pen, L, R, y, c, cont):
        pen.rect(L, y - 8, R - L, 24, None, True, 0.5)
        pen.text(L + 4, y + 1, f"Patient: {c.patient} ({c.info['rel']})" + ("  - continued" if cont else ""), 8, True)
        pen.text(L + 250, y + 1, f"Claim #: {c.payer_claim_id}", 8, True)
        pen.text(L + 430, y + 1, f"Provider Patient #: {c.claim_id}", 8)
        pen.text(L + 4, y + 11, f"Provider: {c.info['prov']}", 7.5)
        if c.info["note"]:
            pen.text(L + 250, y + 11, c.info["note"], 7.5, True)
        return y + 24

    keyf = {"chg": ("billed", M), "disc": ("discount", M), "exc": ("not_covered", M), "cons": ("allowed", M),
            "ded": ("deductible", M), "cop": ("copay", M), "coi": ("coinsurance", M), "paid": ("paid", M),
            "resp": ("owes", M)}
    spec = Spec(
        name="h194_e2_tpa_claim_activity", producer="fpdf2", font="DejaVuSansCondensed", landscape=True,
        desc="Self-funded plan administrator claim activity statement, reversal and reprocessing, units column",
        margin=28, size=7.2, bottom=52, cols=cols, row=row, claim_head=claim_head,
        claim_foot=totals_foot(("code", "Claim total"), keyf),
        banner=simple_banner([("Meridian Benefit Administrators, Inc.", 14, True),
                              ("Plan administrator for the Halvorsen Marine Employees Health Plan", 8, False),
                              ("Employee: Rosalind Achterberg     Employee ID: HM-0048817     Plan: Core PPO 500", 8, False),
                              ("Statement period: 01/01/2026 - 01/31/2026     Mailed: 02/04/2026", 8, False)],
                             right=[("CLAIM ACTIVITY STATEMENT", 11, True), ("This is not a bill", 8, False)]),
        foot="Meridian Benefit Administrators, Inc. - 2200 Kittredge Way, Suite 400, Port Alder, WA 98399 - 1-866-555-0172",
        pagefmt="Page {p} of {n}", boxed_head=True, rule_rows=False, head_every_page=False, repeat_head=True,
        cont_label=True, min_claim=80, sections=one_section, legend_h=70,
        tail=legend_tail("Reason Codes", legend), legend=legend,
        totals=("billed", "allowed", "paid", "patient_owes"))
    return render(spec, claims, out)


AMT_KEYS = ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
            "patient_owes")


def tokmap(cells: dict, pairs: dict) -> dict:
    """pairs: {cell key: truth key}."""
    return {tk: cells[ck] for ck, tk in pairs.items() if cells.get(ck)}


# ================================================================================================ m1
def layout_m1(out: Path):
    st = PlanState(ded_left=Decimal("40.00"))
    fm = lambda s: medicare(s, st)  # noqa: E731
    c1 = series(D(2026, 1, 6), 2, [("97163", 1, ("GP",)), ("97110", 3, ("GP",)), ("97140", 1, ("GP",)),
                                   ("97110", 2, ("GP",)), ("97112", 2, ("GP",)), ("97116", 1, ("GP",)),
                                   ("97110", 2, ("GP", "KX")), ("97530", 2, ("GP",)), ("97140", 1, ("GP",)),
                                   ("97110", 3, ("GP",)), ("97112", 1, ("GP",)), ("G0283", 1, ("GP",))], fm)
    c2 = series(D(2026, 1, 13), 7, [("97165", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO",)),
                                    ("97530", 3, ("GO",)), ("97535", 2, ("GO",)), ("97018", 1, ("GO",), "PR")], fm)
    c3 = [fm(sv(D(2026, 1, 21), "99213", 1, ())), fm(sv(D(2026, 1, 21), "L3807", 1, ("RT",)))]
    c4 = series(D(2026, 1, 23), 3, [("97168", 1, ("GO",)), ("97530", 2, ("GO",)), ("97760", 1, ("GO",)),
                                    ("97530", 3, ("GO",)), ("97110", 2, ("GO",)), ("97140", 1, ("GO",)),
                                    ("97530", 2, ("GO", "KX")), ("97535", 1, ("GO",)), ("97110", 2, ("GO",)),
                                    ("97530", 2, ("GO", "KX")), ("97112", 1, ("GO",)), ("97535", 2, ("GO",)),
                                    ("97530", 3, ("GO", "KX")), ("97110", 1, ("GO",))], fm, per=2)
    who = "Eleanor V. Marsden"
    claims = [Claim(None, "26-014-01187-533", who, c1, prov="Lakemont Physical Therapy Associates",
                    addr="81 Weir Lane, Ste 3, Colbridge, ME 04099", ref="Dr. Tobias Renwick"),
              Claim(None, "26-020-00934-118", who, c2, prov="Harbor Light Rehabilitation Center",
                    addr="400 Quay Street, Colbridge, ME 04099", ref="Dr. Tobias Renwick"),
              Claim(None, "26-027-02261-904", who, c3, prov="Pinecrest Orthopedics PA",
                    addr="12 Tannery Road, Alden Mills, ME 04097", ref=""),
              Claim(None, "26-033-00418-276", who, c4, prov="Harbor Light Rehabilitation Center",
                    addr="400 Quay Street, Colbridge, ME 04099", ref="Dr. Tobias Renwick")]
    legend = [("a", "This approved amount has been reduced by 2% under federal law (payment reduction)."),
              ("b", "$40.00 of this approved amount was applied toward your Part B deductible."),
              ("c", "Medicare does not pay for this item when it is furnished this way. You may be billed."),
              ("d", "Therapy services above the yearly threshold were confirmed as medically needed."),
              ("e", "You may owe coinsurance; check with any supplemental insurance you have.")]
    M = lambda d: money(d, "$")  # noqa: E731
    cols = [("date", "Dates of", "Service", 42, "l"), ("svc", "Services and Service Codes", "", 96, "l"),
            ("chg", "Amount", "Charged", 372, "r"), ("appr", "Medicare", "Approved", 426, "r"),
            ("paid", "Medicare Paid", "Provider", 494, "r"), ("owe", "You May", "Be Billed", 544, "r"),
            ("note", "See", "Notes", 552, "l")]

    def row(s, c):
        notes = []
        if s.denied:
            notes = ["c"]
        else:
            notes = ["a"] + (["b"] if s.deductible else []) + (["d"] if "KX" in s.mods else []) + ["e"]
        svc = f"{units_str(s.units)} {s.desc} ({s.code})"
        cells = {"date": dfmt(s.dos, "mdy2"), "svc": svc, "chg": M(s.billed), "appr": M(s.allowed),
                 "paid": M(s.paid), "owe": M(s.owes), "note": ",".join(notes)}
        tok = tokmap(cells, {"date": "date", "svc": "code", "chg": "billed", "appr": "allowed", "paid": "paid",
                             "owe": "patient_owes"})
        tok["units"] = svc
        return cells, tok, ("billed", "allowed", "paid", "patient_owes"), {"remarks": notes, "modifiers": False}, []

    def claim_head(pen, L, R, y, c, cont):
        pen.text(L, y, f"Claim number {c.payer_claim_id}" + ("  (continued)" if cont else ""), 8.5, True)
        pen.text(L, y + 11, c.info["prov"] + ", " + c.info["addr"], 7.8)
        y += 22
        if c.info["ref"]:
            pen.text(L, y, "Referred by: " + c.info["ref"], 7.8)
            y += 11
        return y + 2

    def foot(pen, L, R, y, c, cols):
        pen.hline(330, R, y - 6, 0.4)
        cols.draw(pen, y + 2, {"svc": "Claim Total", "chg": M(total(c.svcs, "billed")),
                               "appr": M(total(c.svcs, "allowed")), "paid": M(total(c.svcs, "paid")),
                               "owe": M(total(c.svcs, "owes"))}, 7.6, True)
        return y + 22

    def banner(pen, L, R, first):
        pen.text(L, 38, "Medicare Summary Notice", 16, True)
        pen.text(R, 34, "THIS IS NOT A BILL", 8, True, "r")
        pen.text(R, 45, "Keep this notice for your records.", 7.5, False, "r")
        pen.text(L, 52, "for Part B (Medical Insurance)", 9)
        pen.hline(L, R, 58, 1.2)
        if not first:
            pen.text(L, 72, f"{who}    Medicare Number XXXX-XXX-6218", 8)
            return 90
        pen.text(L, 74, who.upper(), 8.5, True)
        pen.text(L, 85, "227 HOLLISTER FARM RD", 8)
        pen.text(L, 96, "ALDEN MILLS ME 04097-3310", 8)
        pen.rect(330, 66, R - 330, 52, None, True, 0.6)
        pen.text(336, 78, "Your Medicare Number:  XXXX-XXX-6218", 8)
        pen.text(336, 90, "Notice date:  February 6, 2026", 8)
        pen.text(336, 102, "Claims received:  January 7 - February 2, 2026", 8)
        pen.text(336, 114, "Customer Service: 1-800-555-0193", 8)
        pen.text(L, 134, "Part B Medical Insurance - Assigned Claims", 11, True)
        pen.text(L, 146, "Your providers accepted assignment: they agreed to be paid no more than the Medicare-approved amount.", 7.6)
        return 164

    spec = Spec(
        name="h194_m1_msn_part_b", producer="reportlab", font="DejaVuSerif", landscape=False,
        desc="Medicare Summary Notice Part B, older print: units and code in the service words, no modifiers",
        margin=36, size=7.6, bottom=58, cols=cols, row=row, claim_head=claim_head, claim_foot=foot,
        banner=banner, foot="Medicare Summary Notice for Eleanor V. Marsden - If you disagree with a decision, see the appeal steps on the last page.",
        pagefmt="Page {p} of {n}", boxed_head=False, rule_rows=False, head_every_page=False, repeat_head=True,
        cont_label=True, min_claim=90, sections=one_section, legend_h=110,
        tail=legend_tail("Notes Section", legend), legend=legend,
        totals=("billed", "allowed", "paid", "patient_owes"))
    return render(spec, claims, out)


# ================================================================================================ m2
def layout_m2(out: Path):
    st = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.58"))
    fm = lambda s: commercial(s, st, deny_reason="B7")  # noqa: E731
    who = "Bartholomew Ashgrove"
    c1 = series(D(2026, 1, 5), 2, [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97112", 1, ("GP", "KX")),
                                   ("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("97112", 2, ("GP", "KX")),
                                   ("97110", 3, ("GP", "CQ")), ("97116", 1, ("GP", "CQ")),
                                   ("97110", 2, ("GP", "CQ")), ("97140", 1, ("GP",)),
                                   ("97112", 1, ("GP", "KX")), ("97110", 2, ("GP",)),
                                   ("97530", 2, ("GP",)), ("97110", 2, ("GP", "CQ")), ("97112", 1, ("GP",)),
                                   ("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("97116", 2, ("GP",)),
                                   ("97110", 2, ("GP",)), ("97112", 2, ("GP", "KX")), ("97530", 1, ("GP",)),
                                   ("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("97150", 1, ("GP",), "CO")], fm)
    c2 = [fm(sv(D(2026, 1, 16), "99213", 1, ())), fm(sv(D(2026, 1, 16), "G0283", 1, ()))]
    c3 = series(D(2026, 1, 22), 2, [("92523", 1, ("GN",))] + [("92507", 1, ("GN",))] * 14 + [("92526", 1, ("GN",))],
                fm, per=1)
    claims = [Claim("KPT0019952", "M26A0117004452", who, c1, prov="Fernhill Physical Therapy", rec="01/20/2026"),
              Claim("BFM-447031", "M26A0119006610", who, c2, prov="Birchway Family Medicine", rec="01/19/2026"),
              Claim("SP-11846", "M26A0203001127", who, c3, prov="Clearspeak Voice & Swallow Clinic", rec="02/03/2026")]
    legend = [("1", "You pay a $25.00 copay for each outpatient therapy or office visit day."),
              ("2", "Your provider is in network. The plan's allowed amount is the most they can charge."),
              ("3", "Group sessions are not covered under your plan. Your provider cannot bill you for this line.")]
    M = lambda d: money(d, "$")  # noqa: E731
    cols = [("date", "", "Date", 40, "l"), ("what", "", "What was done", 92, "l"), ("code", "", "Code", 236, "l"),
            ("qty", "", "Qty", 300, "r"), ("chg", "Provider", "charged", 362, "r"),
            ("alw", "Plan", "allowed", 416, "r"), ("paid", "Plan", "paid", 468, "r"),
            ("owe", "You", "owe", 520, "r"), ("note", "", "Note", 540, "l")]

    def row(s, c):
        notes = ["3"] if s.denied else (["1", "2"] if s.copay else ["2"])
        code = " ".join((s.code,) + s.mods)
        desc = s.desc if len(s.desc) < 30 else s.desc[:28].rstrip() + "."
        cells = {"date": dfmt(s.dos, "mdy4"), "what": desc, "code": code, "qty": units_str(s.units),
                 "chg": M(s.billed), "alw": M(s.allowed), "paid": M(s.paid), "owe": M(s.owes),
                 "note": " ".join(notes)}
        tok = tokmap(cells, {"date": "date", "code": "code", "qty": "units", "chg": "billed", "alw": "allowed",
                             "paid": "paid", "owe": "patient_owes"})
        return cells, tok, ("billed", "allowed", "paid", "patient_owes"), {"remarks": notes}, []

    def claim_head(pen, L, R, y, c, cont):
        if cont:
            return y + 4
        pen.rect(L, y - 9, R - L, 26, fill=0.93, stroke=False)
        pen.text(L + 4, y + 1, f"Medical services from {c.info['prov']}", 8.5, True)
        pen.text(L + 4, y + 12, f"Claim number: {c.payer_claim_id}    Provider account: {c.claim_id}    "
                 f"Received: {c.info['rec']}    Member: {who}", 7.4)
        return y + 24

    def foot(pen, L, R, y, c, cols):
        pen.hline(300, R, y - 7, 0.4)
        cols.draw(pen, y + 2, {"what": "Totals for this claim", "chg": M(total(c.svcs, "billed")),
                               "alw": M(total(c.svcs, "allowed")), "paid": M(total(c.svcs, "paid")),
                               "owe": M(total(c.svcs, "owes"))}, 7.4, True)
        return y + 24

    def banner(pen, L, R, first):
        pen.text(L, 40, "Northstar Senior Advantage (HMO-POS)", 14, True)
        pen.text(L, 52, "Your Explanation of Benefits for January 2026", 9)
        pen.text(R, 40, "Not a bill", 9, True, "r")
        pen.hline(L, R, 58, 1.5)
        if not first:
            return 74
        pen.rect(L, 66, 250, 58, fill=0.95, stroke=True, lw=0.5)
        pen.text(L + 6, 78, f"Member: {who}", 8, True)
        pen.text(L + 6, 90, "Member ID: NSA-330817255", 7.8)
        pen.text(L + 6, 102, "Plan: H9902-014 Senior Advantage Plus", 7.8)
        pen.text(L + 6, 114, "Questions: 1-877-555-0126 (TTY 711)", 7.8)
        pen.rect(310, 66, R - 310, 58, fill=None, stroke=True, lw=0.5)
        pen.text(316, 78, "Your out-of-pocket costs this year", 8, True)
        pen.text(316, 92, "Medical maximum out-of-pocket: $4,900.00", 7.8)
        pen.text(316, 104, "Spent so far: $410.00", 7.8)
        pen.text(316, 116, "Left before you reach the maximum: $4,490.00", 7.8)
        return 142

    spec = Spec(
        name="h194_m2_ma_member_eob", producer="fpdf2", font="LiberationSans", landscape=False,
        desc="Medicare Advantage member EOB: code cell with spaced modifiers, Qty, per-visit copay, continuation without column heads",
        margin=36, size=7.4, bottom=50, cols=cols, row=row, claim_head=claim_head, claim_foot=foot,
        banner=banner, foot="Northstar Health Plans - PO Box 7720, Brennock, MN 55499 - This plan has a contract with Medicare.",
        pagefmt="{p} of {n}", boxed_head=False, rule_rows=True, head_every_page=False, repeat_head=True,
        cont_head=False, cont_label=True, min_claim=90, sections=one_section, legend_h=70,
        tail=legend_tail("Notes about your claims", legend), legend=legend,
        totals=("billed", "allowed", "paid", "patient_owes"))
    return render(spec, claims, out)


# ================================================================================================ r1
def layout_r1(out: Path):
    fm = lambda s: medicaid(s, deny_reason="204")  # noqa: E731
    recips = [("HOLLOWAY, DESMOND", "100448271", "KT55310"), ("VANTERPOOL, AMARA", "100913384", "KT55342"),
              ("OYELARAN, JUDE", "101206657", "KT55377"), ("PRZYBYLA, NELL", "100775120", "KT55391"),
              ("HOLLOWAY, KEZIAH", "100448289", "KT55403")]
    data = [
        [("97165", 1, ("GO",)), ("97530", 2, ("GO",)), ("97533", 2, ("GO",)), ("97530", 3, ("GO",)),
         ("97535", 1, ("GO",)), ("97533", 2, ("GO",)), ("97530", 2, ("GO",)), ("97112", 1, ("GO",)),
         ("97530", 2, ("GO",)), ("97533", 1, ("GO",)), ("97535", 2, ("GO",)), ("97530", 2, ("GO",)),
         ("97168", 1, ("GO",)), ("97530", 2, ("GO",)), ("97533", 2, ("GO",)), ("97530", 1, ("GO",)),
         ("97530", 2, ("GO",)), ("97533", 2, ("GO",)), ("97535", 1, ("GO",)), ("97530", 3, ("GO",)),
         ("97112", 1, ("GO",)), ("97533", 2, ("GO",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO",))],
        [("92523", 1, ("GN",))] + [("92507", 1, ("GN",)), ("92526", 1, ("GN",))] * 9,
        [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97116", 1, ("GP",)), ("97110", 2, ("GP",)),
         ("97140", 1, ("GP", "59")), ("97110", 3, ("GP",)), ("97116", 1, ("GP",)), ("97112", 2, ("GP",)),
         ("97110", 2, ("GP",)), ("97140", 1, ("GP", "59")), ("97110", 2, ("GP",)), ("97116", 2, ("GP",)),
         ("97112", 1, ("GP",)), ("97110", 2, ("GP",))],
        [("97129", 1, ("GO",), "CO"), ("97129", 1, ("GO",), "CO")],
        [("92507", 1, ("GN",), "CO")],
    ]
    claims = []
    for i, ((nm, mid, acct), items) in enumerate(zip(recips, data)):
        svcs = series(D(2026, 1, 5) + timedelta(days=i), 3 if len(items) > 6 else 7, items, fm, per=2)
        claims.append(Claim(acct, f"22601{19 + i:02d}0{4471 + 37 * i}00", nm, svcs, mid=mid))
    legend = [("0101", "PAYMENT REFLECTS THE STATE MAXIMUM FEE FOR THIS PROCEDURE."),
              ("0452", "PRIOR AUTHORIZATION NUMBER MISSING OR DOES NOT MATCH THE SERVICE BILLED."),
              ("0718", "SERVICE BILLED MORE THAN ONCE FOR THE SAME DAY.")]

    def M(d):
        return money(d, "")

    cols = [("li", "", "LI", 30, "l"), ("dt", "", "SVC-DATE", 48, "l"), ("proc", "", "PROC", 98, "l"),
            ("mod", "", "MOD", 134, "l"), ("qty", "", "QTY", 186, "r"), ("bill", "", "BILLED", 244, "r"),
            ("alw", "", "ALLOWED", 302, "r"), ("paid", "", "PAID", 360, "r"), ("grp", "", "GRP-RSN", 372, "l"),
            ("adj", "", "ADJ-AMT", 466, "r"), ("rmk", "", "RMK", 480, "l")]

    def row(s, c):
        i = c.svcs.index(s) + 1
        rm = "0452" if (s.denied and i == 1) else ("0718" if s.denied else "0101")
        g, r, a = s.adjs[0] if s.adjs else ("", "", None)
        cells = {"li": f"{i:02d}", "dt": dfmt(s.dos, "mdy6"), "proc": s.code, "mod": " ".join(s.mods),
                 "qty": f"{s.units:.2f}", "bill": M(s.billed), "alw": M(s.allowed), "paid": M(s.paid),
                 "grp": f"{g}-{r}" if g else "", "adj": M(a) if a is not None else "", "rmk": rm}
        tok = tokmap(cells, {"dt": "date", "qty": "units", "bill": "billed", "alw": "allowed", "paid": "paid"})
        tok["code"] = s.code + " " + " ".join(s.mods)
        if g:
            tok["_adj"] = cells["grp"]
        return cells, tok, ("billed", "allowed", "paid"), {"remarks": [rm], "adjustments": s.adjs}, []

    def claim_head(pen, L, R, y, c, cont):
        pen.text(L, y, f"ICN {c.payer_claim_id}  RECIPIENT: {c.patient}  MEDICAID ID: {c.info['mid']}  "
                 f"PAT ACCT: {c.claim_id}" + ("  (CONT)" if cont else ""), 7, True)
        return y + 11

    def foot(pen, L, R, y, c, cols):
        cols.draw(pen, y, {"proc": "CLAIM TOTAL", "bill": M(total(c.svcs, "billed")),
                           "alw": M(total(c.svcs, "allowed")), "paid": M(total(c.svcs, "paid"))}, 7, False)
        pen.text(L, y + 6, "-" * 131, 5.5)
        return y + 18

    def banner(pen, L, R, first):
        pen.text(L, 30, "STATE OF NEW CALDERA - DEPARTMENT OF FAMILY HEALTH SERVICES", 8, True)
        pen.text(L, 40, "MEDICAL ASSISTANCE PROGRAM          PROVIDER REMITTANCE ADVICE", 8, True)
        pen.text(R, 30, "RA NUMBER 0026-0412", 7, False, "r")
        pen.text(R, 40, "RA DATE 02/05/2026", 7, False, "r")
        pen.text(L, 52, "PAYEE: BRAMBLE COVE PEDIATRIC THERAPY LLC     PROVIDER ID 0047731920     NPI 1093857264", 7)
        pen.text(L, 62, "WARRANT/EFT NO. E00581744                   PAYMENT CYCLE 2026-05", 7)
        pen.text(L, 68, "=" * 131, 5.5)
        return 80

    def sections(claims):
        return [("*** CLAIMS PAID ***", claims[:3]), ("*** CLAIMS DENIED ***", claims[3:])]

    spec = Spec(
        name="h194_r1_medicaid_ra_courier", producer="fpdf2", font="Courier", landscape=False,
        desc="State Medicaid RA, fixed width: PAID/DENIED sections, ICN claim lines, GRP-RSN adjustment cells",
        margin=30, size=7, bottom=44, cols=cols, row=row, claim_head=claim_head, claim_foot=foot,
        banner=banner, foot="THIS REMITTANCE ADVICE IS YOUR NOTICE OF PAYMENT. RETAIN FOR 6 YEARS.",
        pagefmt="PAGE {p} OF {n}", boxed_head=False, rule_rows=False, head_every_page=True, repeat_head=False,
        cont_label=True, min_claim=50, sections=sections, legend_h=60,
        tail=legend_tail("EOB CODE MESSAGES", legend, 6.8), legend=legend,
        totals=("billed", "allowed", "paid"))
    doc_all_adj["h194_r1_medicaid_ra_courier"] = True
    return render(spec, claims, out)


# ================================================================================================ r2
def layout_r2(out: Path):
    fm = lambda s: medicaid(s, deny_reason="B15")  # noqa: E731
    prior = series(D(2025, 12, 10), 0, [("97110", 3, ("GP",)), ("97140", 2, ("GP",))], fm)
    rev = [negate(s) for s in prior]
    claims = [
        Claim("WR-3381-A", "MCX2026-00417751", "Talia Brennecke", series(
            D(2026, 1, 6), 7, [("97166", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 2, ("GO",)),
                               ("97530", 3, ("GO",)), ("97110", 1, ("GO",))], fm, per=3), mno="RV00718842"),
        Claim("WR-3390-A", "MCX2026-00417769", "Osei Mensah-Larbi", series(
            D(2026, 1, 8), 7, [("92507", 1, ("GN",)), ("92507", 1, ("GN",)), ("92526", 1, ("GN",), "CO")], fm, per=1),
            mno="RV00733105"),
        Claim("WR-2964-B", "MCX2025-00398022-R", "Linnea Skov", rev, mno="RV00690417", note="Recoupment of claim paid 12/26/2025"),
        Claim("WR-3402-A", "MCX2026-00417802", "Linnea Skov", series(
            D(2026, 1, 12), 3, [("97110", 3, ("GP",)), ("97140", 2, ("GP", "59")), ("97112", 1, ("GP",)),
                                ("97110", 2, ("GP",)), ("97140", 1, ("GP",))], fm, per=3), mno="RV00690417"),
    ]
    legend = [("M11", "Paid at the plan's Medicaid fee schedule rate."),
              ("M46", "Procedure not payable with the other service billed on this date."),
              ("M90", "Prior payment taken back; see the replacement claim.")]
    M = lambda d: money(d, ",", "-")  # noqa: E731
    cols = [("dos", "Date of", "Service", 34, "l"), ("svc", "", "Service", 96, "l"), ("mods", "", "Mods", 140, "l"),
            ("units", "", "Units", 204, "r"), ("desc", "", "Description", 214, "l"),
            ("sub", "", "Submitted", 430, "r"), ("app", "", "Approved", 490, "r"),
            ("adj", "Adjustment", "(grp rsn amt)", 502, "l"), ("net", "Net", "Paid", 658, "r"),
            ("msg", "", "Msg", 668, "l")]

    def row(s, c):
        msg = "M46" if s.denied else ("M90" if s.billed < 0 else "M11")
        adj = "  ".join(f"{g} {r} {M(a)}" for g, r, a in s.adjs)
        cells = {"dos": dfmt(s.dos, "mdy4"), "svc": s.code, "mods": " ".join(s.mods), "units": units_str(s.units),
                 "desc": s.desc, "sub": M(s.billed), "app": M(s.allowed), "adj": adj, "net": M(s.paid), "msg": msg}
        tok = tokmap(cells, {"dos": "date", "units": "units", "sub": "billed", "app": "allowed", "net": "paid"})
        tok["code"] = s.code + " " + " ".join(s.mods)
        if adj:
            tok["_adj"] = adj
        return cells, tok, ("billed", "allowed", "paid"), {"remarks": [msg], "adjustments": s.adjs}, []

    def claim_head(pen, L, R, y, c, cont):
        pen.rect(L, y - 9, R - L, 14, fill=0.88, stroke=True, lw=0.4)
        pen.text(L + 4, y, f"Member: {c.patient}", 7.6, True)
        pen.text(L + 170, y, f"Member No.: {c.info['mno']}", 7.6)
        pen.text(L + 310, y, f"Claim Ref: {c.payer_claim_id}", 7.6, True)
        pen.text(L + 490, y, f"Provider Ref #: {c.claim_id}", 7.6)
        y += 12
        if c.info.get("note"):
            pen.text(L + 4, y, c.info["note"], 7, True)
            y += 10
        return y

    def foot(pen, L, R, y, c, cols):
        pen.hline(380, R, y - 7, 0.4)
        cols.draw(pen, y + 1, {"desc": "Claim totals", "sub": M(total(c.svcs, "billed")),
                               "app": M(total(c.svcs, "allowed")), "net": M(total(c.svcs, "paid"))}, 7.2, True)
        return y + 20

    def banner(pen, L, R, first):
        pen.text(L, 36, "RIVERVALE COMMUNITY HEALTH PLAN", 13, True)
        pen.text(L, 48, "A Medicaid managed care plan serving the Tri-County region", 8)
        pen.text(R, 36, "PAYMENT VOUCHER DETAIL", 11, True, "r")
        pen.text(R, 48, "Voucher 5518-0093   Paid 02/06/2026", 8, False, "r")
        pen.hline(L, R, 54, 1.0)
        if not first:
            return 72
        pen.rect(L, 62, 330, 40, None, True, 0.5)
        pen.text(L + 6, 74, "Pay to: Willowrun Therapy Group", 8, True)
        pen.text(L + 6, 85, "1770 Cedar Mill Pkwy, Ostrander, OH 43099", 7.6)
        pen.text(L + 6, 96, "Plan provider no. 4410027   NPI 1548820316", 7.6)
        pen.rect(R - 250, 62, 250, 40, fill=0.95, stroke=True, lw=0.5)
        pen.text(R - 244, 74, "EFT trace: 1RVCHP0206260093", 7.6)
        pen.text(R - 244, 85, "Payment method: Electronic funds transfer", 7.6)
        pen.text(R - 244, 96, "Questions: Provider Services 1-888-555-0163", 7.6)
        return 120

    spec = Spec(
        name="h194_r2_medicaid_mco_voucher", producer="reportlab", font="Helvetica", landscape=True,
        desc="Medicaid managed-care payment voucher detail, boxed member bars, adjustments as grp rsn amt, a recoupment",
        margin=30, size=7.2, bottom=46, cols=cols, row=row, claim_head=claim_head, claim_foot=foot,
        banner=banner, foot="Rivervale Community Health Plan - Claims, PO Box 6004, Ostrander, OH 43099",
        pagefmt="Page {p} of {n}", boxed_head=True, rule_rows=True, head_every_page=False, repeat_head=True,
        cont_label=True, min_claim=70, sections=one_section, legend_h=60,
        tail=legend_tail("Message codes", legend), legend=legend, totals=("billed", "allowed", "paid"))
    doc_all_adj["h194_r2_medicaid_mco_voucher"] = True
    return render(spec, claims, out)


# ================================================================================================ p1
def layout_p1(out: Path):
    st = PlanState(ded_left=Decimal("60.00"))
    fm = lambda s: medicare(s, st, deny_reason="50")  # noqa: E731
    pats = [("MCALLISTER, GRETA", "4RT7NK2WX81", "BR00311", "0226019447310"),
            ("DUVALL, ORRIN", "7HJ2QA5MP43", "BR00318", "0226019447322"),
            ("SANTORO, LIDIA", "2XC9LE8TB05", "BR00327", "0226023551107"),
            ("KWIATEK, HOLLIS", "9PF3MW6DN70", "BR00333", "0226023551119")]
    items = [
        [("97165", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO",)), ("97530", 3, ("GO", "KX")),
         ("97110", 2, ("GO",)), ("97140", 1, ("GO", "59")), ("97530", 2, ("GO", "KX")), ("97535", 2, ("GO",)),
         ("97112", 1, ("GO",)), ("97530", 2, ("GO", "CO")), ("97110", 2, ("GO", "CO")), ("97760", 1, ("GO",)),
         ("L3807", 1, ("RT",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO",))],
        [("97161", 1, ("GP",)), ("97110", 3, ("GP",)), ("97116", 2, ("GP",)), ("97140", 1, ("GP",)),
         ("97110", 2, ("GP", "KX")), ("97112", 1, ("GP",)), ("97140", 1, ("GP", "59")), ("97110", 2, ("GP", "CQ")),
         ("97116", 1, ("GP", "CQ")), ("97110", 3, ("GP", "KX")), ("97112", 2, ("GP",)), ("G0283", 1, ("GP",)),
         ("97110", 2, ("GP",)), ("97140", 1, ("GP",))],
        [("92523", 1, ("GN",)), ("92507", 1, ("GN",)), ("0552T", 1, ("GP",), "CO")],
        [("97168", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO",)), ("G0283", 1, ("GO",))],
    ]
    claims = []
    for i, ((nm, hic, acnt, icn), its) in enumerate(zip(pats, items)):
        svcs = series(D(2026, 1, 5) + timedelta(days=i), 2, its, fm, per=3)
        for s in svcs:
            if s.denied:
                s.remarks = ["N425"]
            elif "KX" in s.mods:
                s.remarks = ["N657"]
        claims.append(Claim(acnt, icn, nm, svcs, hic=hic))
    legend = [("CO-45", "Charge above the fee schedule; provider write-off."),
              ("PR-1", "Deductible amount."), ("PR-2", "Coinsurance amount."),
              ("CO-253", "Federal payment reduction."), ("CO-50", "Not deemed medically necessary by the payer."),
              ("N425", "Statutorily excluded service."), ("N657", "Therapy threshold exceeded; modifier on file.")]

    def M(d):
        return money(d, "")

    cols = [("perf", "", "PERF PROV", 30, "l"), ("dt", "", "SERV DATE", 96, "l"), ("pos", "", "POS", 168, "l"),
            ("nos", "", "NOS", 202, "r"), ("proc", "", "PROC", 212, "l"), ("mods", "", "MODS", 250, "l"),
            ("bill", "", "BILLED", 352, "r"), ("alw", "", "ALLOWED", 402, "r"), ("ded", "", "DEDUCT", 448, "r"),
            ("coi", "", "COINS", 490, "r"), ("grp", "", "GRP/RC-AMT", 496, "l"), ("pd", "", "PROV PD", 586, "r")]

    def row(s, c):
        adj = [f"{g}-{r}  {M(a)}" for g, r, a in s.adjs]
        d6 = dfmt(s.dos, "mdy6")
        cells = {"perf": "1730055912", "dt": f"{d6[:4]} {d6}", "pos": "11", "nos": units_str(s.units),
                 "proc": s.code, "mods": " ".join(s.mods), "bill": M(s.billed), "alw": M(s.allowed),
                 "ded": M(s.deductible), "coi": M(s.coinsurance), "grp": adj[0] if adj else "", "pd": M(s.paid)}
        tok = tokmap(cells, {"nos": "units", "bill": "billed", "alw": "allowed", "ded": "deductible",
                             "coi": "coinsurance", "pd": "paid"})
        tok["date"] = d6
        tok["code"] = s.code + " " + " ".join(s.mods)
        tok["_near"] = adj[1:] + [f"REM: {r}" for r in s.remarks]
        extra = [(496 - 4, a) for a in adj[1:]]
        if s.remarks:
            extra.append((96, "REM: " + " ".join(s.remarks)))
        return cells, tok, ("billed", "allowed", "deductible", "coinsurance", "paid"), \
            {"remarks": list(s.remarks), "adjustments": s.adjs}, extra

    def claim_head(pen, L, R, y, c, cont):
        pen.text(L, y, f"NAME {c.patient:<20} HIC {c.info['hic']}  ACNT {c.claim_id}   ICN {c.payer_claim_id}"
                 f"  ASG Y  MOA MA01" + ("   (CONT)" if cont else ""), 7)
        return y + 11

    def foot(pen, L, R, y, c, cols):
        pen.text(L, y, f"PT RESP {M(total(c.svcs, 'owes')):>9}", 7)
        cols.draw(pen, y, {"proc": "CLAIM TOTALS", "bill": M(total(c.svcs, "billed")),
                           "alw": M(total(c.svcs, "allowed")), "ded": M(total(c.svcs, "deductible")),
                           "coi": M(total(c.svcs, "coinsurance")), "pd": M(total(c.svcs, "paid"))}, 7)
        pen.text(L, y + 10, "ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00", 7)
        pen.text(R, y + 10, f"NET {M(total(c.svcs, 'paid'))}", 7, False, "r")
        return y + 26

    def banner(pen, L, R, first):
        pen.text(L, 28, "CLAIMBRIDGE EDI SERVICES - STANDARD PAPER REMIT PRINT", 7.5, True)
        pen.text(L, 38, "PAYER: NORTHERN PLAINS MEDICARE CONTRACTOR  JURISDICTION 8 PART B", 7)
        pen.text(L, 47, "PROVIDER: BIRCHWOOD REHAB & HAND CENTER   NPI 1730055912   PTAN BR22617", 7)
        pen.text(R, 28, "REMIT DATE 02/04/2026", 7, False, "r")
        pen.text(R, 38, "CHECK/EFT # 0007711492", 7, False, "r")
        pen.text(R, 47, "PAYER ID 04812", 7, False, "r")
        pen.hline(L, R, 54, 0.6)
        return 66

    spec = Spec(
        name="h194_p1_clearinghouse_mra", producer="reportlab", font="LiberationMono", landscape=False,
        desc="Clearinghouse print of a Medicare-style standard paper remit, stacked GRP/RC-AMT lines, REM lines",
        margin=30, size=7, bottom=46, cols=cols, row=row, claim_head=claim_head, claim_foot=foot,
        banner=banner, foot="GLOSSARY OF GROUP, REASON AND REMARK CODES APPEARS AFTER THE LAST CLAIM.",
        pagefmt="PAGE {p} OF {n}", boxed_head=False, rule_rows=False, head_every_page=True, repeat_head=False,
        cont_label=True, min_claim=60, sections=one_section, legend_h=90,
        tail=legend_tail("GLOSSARY", legend, 6.8), legend=legend,
        totals=("billed", "allowed", "paid"))
    doc_all_adj["h194_p1_clearinghouse_mra"] = True
    return render(spec, claims, out)


# ================================================================================================ p2
def layout_p2(out: Path):
    st = PlanState(ded_left=Decimal("0"))
    fm = lambda s: medicare(s, st, deny_reason="96")  # noqa: E731
    pats = [("Fenwick, Augustus", "PT-88120", "5226034118820"), ("Ibarra, Soledad", "PT-88134", "5226034118901"),
            ("Lindqvist, Per", "PT-88141", "5226037220455"), ("Abernathy, Corliss", "PT-88157", "5226037220517")]
    items = [
        [("97110", 2, ("GP",)), ("97112", 1, ("GP",)), ("97140", 1, ("GP", "59")), ("97110", 2, ("GP", "CQ")),
         ("97116", 1, ("GP", "CQ")), ("97110", 3, ("GP", "KX"))],
        [("97166", 1, ("GO",)), ("97535", 2, ("GO",)), ("97530", 2, ("GO",)), ("97018", 1, ("GO",), "CO")],
        [("92507", 1, ("GN",)), ("92526", 1, ("GN",))],
        [("97162", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("G0283", 1, ("GP",)),
         ("97110", 2, ("GP",)), ("97112", 2, ("GP", "KX"))],
    ]
    claims = []
    for i, ((nm, acct, icn), its) in enumerate(zip(pats, items)):
        svcs = series(D(2026, 1, 6) + timedelta(days=i), 2, its, fm, per=3)
        for s in svcs:
            if s.denied:
                s.remarks = ["M80"]
            elif "CQ" in s.mods:
                s.remarks = ["N807"]
        claims.append(Claim(acct, icn, nm, svcs))
    legend = [("M80", "Not covered when done on the same date as another billed service."),
              ("N807", "Payment adjusted for assistant-provided therapy.")]
    M = lambda d: money(d, ",")  # noqa: E731
    cols = [("dos", "", "DOS", 34, "l"), ("cpt", "", "CPT", 84, "l"), ("m1", "", "Mod 1", 118, "l"),
            ("m2", "", "Mod 2", 146, "l"), ("u", "", "Units", 196, "r"), ("chg", "", "Charge", 250, "r"),
            ("alw", "", "Allowed", 300, "r"), ("ded", "", "Deduct", 344, "r"), ("coi", "", "Coins", 388, "r"),
            ("adj", "", "Adj Codes / Amounts", 400, "l"), ("paid", "", "Paid", 640, "r"), ("rarc", "", "RARC", 652, "l"),
            ("pr", "Pt", "Resp", 740, "r")]

    def row(s, c):
        adj = "; ".join(f"{g}-{r} {M(a)}" for g, r, a in s.adjs)
        cells = {"dos": dfmt(s.dos, "mdy2"), "cpt": s.code, "m1": s.mods[0] if s.mods else "",
                 "m2": s.mods[1] if len(s.mods) > 1 else "", "u": f"{s.units:.1f}", "chg": M(s.billed),
                 "alw": M(s.allowed), "ded": M(s.deductible), "coi": M(s.coinsurance), "adj": adj,
                 "paid": M(s.paid), "rarc": " ".join(s.remarks), "pr": M(s.owes)}
        tok = tokmap(cells, {"dos": "date", "u": "units", "chg": "billed", "alw": "allowed", "ded": "deductible",
                             "coi": "coinsurance", "paid": "paid", "pr": "patient_owes"})
        tok["code"] = " ".join((s.code,) + s.mods)
        tok["_adj"] = adj
        return cells, tok, ("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"), \
            {"remarks": list(s.remarks), "adjustments": s.adjs}, []

    def claim_head(pen, L, R, y, c, cont):
        pen.text(L, y, f"Patient: {c.patient}", 8.2, True)
        pen.text(L + 190, y, f"Acct: {c.claim_id}", 8.2)
        pen.text(L + 300, y, f"Payer Claim No.: {c.payer_claim_id}", 8.2)
        pen.text(L + 500, y, "Status: 1 - Processed as primary", 8.2)
        pen.hline(L, R, y + 3, 0.3)
        return y + 13

    def foot(pen, L, R, y, c, cols):
        cols.draw(pen, y, {"cpt": "Claim Total", "chg": M(total(c.svcs, "billed")), "alw": M(total(c.svcs, "allowed")),
                           "ded": M(total(c.svcs, "deductible")), "coi": M(total(c.svcs, "coinsurance")),
                           "paid": M(total(c.svcs, "paid")), "pr": M(total(c.svcs, "owes"))}, 7.6, True)
        return y + 20

    def banner(pen, L, R, first):
        pen.text(L, 34, "TheraLedger Practice Manager", 12, True)
        pen.text(L, 46, "Remittance Posting Report - Medicare Part B (ERA import)", 9)
        pen.text(R, 34, "Cobbler's Gate Rehabilitation, LLC", 8.5, True, "r")
        pen.text(R, 46, "Run 02/06/2026 08:14   Check 881204577   Paid 02/03/2026", 7.6, False, "r")
        pen.hline(L, R, 52, 0.8)
        return 66

    spec = Spec(
        name="h194_p2_pm_medicare_posting", producer="fpdf2", font="LiberationSansNarrow", landscape=True,
        desc="Practice-management Medicare remittance posting report, Mod 1/Mod 2 columns, adjustment pairs in one cell",
        margin=30, size=7.6, bottom=44, cols=cols, row=row, claim_head=claim_head, claim_foot=foot,
        banner=banner, foot="TheraLedger PM v11.4 - report RMT-220 - confidential patient information",
        pagefmt="Page {p} / {n}", boxed_head=True, rule_rows=True, head_every_page=False, repeat_head=True,
        cont_label=True, min_claim=60, sections=one_section, legend_h=50,
        tail=legend_tail("Remark codes", legend), legend=legend,
        totals=("billed", "allowed", "paid", "patient_owes"))
    doc_all_adj["h194_p2_pm_medicare_posting"] = True
    return render(spec, claims, out)


# ================================================================================================ s1
def layout_s1(out: Path):
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.70"))
    fc = lambda s: commercial(s, st, deny_reason="119")  # noqa: E731
    kids = ["Juniper Halloran", "Rowan Halloran", "Wren Halloran"]
    plan = [  # (kid, date, items)
        (0, D(2025, 12, 1), [("97530", 2, ("GO",)), ("97533", 1, ("GO",))]),
        (1, D(2025, 12, 2), [("92507", 1, ("GN",))]),
        (2, D(2025, 12, 2), [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]),
        (0, D(2025, 12, 8), [("97530", 2, ("GO",)), ("97533", 2, ("GO",))]),
        (1, D(2025, 12, 9), [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
        (2, D(2025, 12, 9), [("97530", 1, ("GO",)), ("97535", 2, ("GO",))]),
        (0, D(2025, 12, 15), [("97530", 3, ("GO",)), ("97533", 1, ("GO",))]),
        (1, D(2025, 12, 16), [("92507", 1, ("GN",))]),
        (2, D(2025, 12, 16), [("97530", 2, ("GO",)), ("97110", 1, ("GO",))]),
        (0, D(2025, 12, 22), [("97530", 2, ("GO",)), ("97112", 1, ("GO",))]),
        (1, D(2025, 12, 23), [("92507", 1, ("GN",))]),
        (0, D(2026, 1, 5), [("97166", 1, ("GO",)), ("97533", 2, ("GO",))]),
        (1, D(2026, 1, 6), [("92523", 1, ())]),
        (0, D(2026, 1, 12), [("97530", 2, ("GO",)), ("97533", 2, ("GO",))]),
        (2, D(2026, 1, 13), [("97165", 1, ("GO",)), ("97535", 1, ("GO",))]),
        (1, D(2026, 1, 13), [("92507", 1, ("GN",))]),
        (0, D(2026, 1, 19), [("97530", 3, ("GO",)), ("97112", 1, ("GO",))]),
        (2, D(2026, 1, 20), [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]),
        (1, D(2026, 1, 20), [("92507", 1, ("GN",)), ("92526", 1, ("GN",), "PR")]),
        (0, D(2026, 1, 26), [("97530", 2, ("GO",)), ("97533", 2, ("GO",))]),
        (2, D(2026, 1, 27), [("97530", 2, ("GO",)), ("97110", 1, ("GO",))]),
        (1, D(2026, 1, 27), [("92507", 1, ("GN",))]),
        (0, D(2026, 2, 2), [("97168", 1, ("GO",)), ("97530", 2, ("GO",))]),
        (2, D(2026, 2, 2), [("97530", 1, ("GO",)), ("97533", 2, ("GO",))]),
        (1, D(2026, 2, 2), [("92507", 1, ("GN",))]),
        (2, D(2026, 2, 3), [("97530", 2, ("GO",)), ("97535", 2, ("GO",))]),
        (1, D(2026, 2, 3), [("92507", 1, ("GN",))]),
    ]
    claims = []
    for n, (k, d, its) in enumerate(plan):
        svcs = [fc(sv(d, c, u, m, *den)) for c, u, m, *den in its]
        claims.append(Claim(f"INV-{40679 + 3 * n}", None, kids[k], svcs, pay=(n in (4, 14, 19))))
    M = lambda d: money(d, ",")  # noqa: E731
    cols = [("dt", "", "Date", 34, "l"), ("pt", "", "Patient", 80, "l"), ("inv", "", "Invoice", 160, "l"),
            ("code", "", "Code", 208, "l"), ("desc", "", "Description", 254, "l"), ("qty", "", "Qty", 392, "r"),
            ("chg", "", "Charge", 436, "r"), ("ip", "Ins.", "Paid", 478, "r"), ("ia", "Ins.", "Adj.", 520, "r"),
            ("owe", "You", "Owe", 578, "r")]
    legend: list = []

    def row(s, c):
        desc = s.desc if len(s.desc) <= 27 else s.desc[:26].rstrip() + "."
        code = s.code + "".join(s.mods)
        cells = {"dt": dfmt(s.dos, "mdyn"), "pt": c.patient, "inv": c.claim_id, "code": code, "desc": desc,
                 "qty": units_str(s.units), "chg": M(s.billed), "ip": M(s.paid), "ia": M(s.discount),
                 "owe": M(s.owes)}
        tok = tokmap(cells, {"dt": "date", "code": "code", "qty": "units", "chg": "billed", "ip": "paid",
                             "ia": "discount", "owe": "patient_owes"})
        tok["_pt"] = c.patient
        return cells, tok, ("billed", "paid", "discount", "patient_owes"), {}, []

    def claim_head(pen, L, R, y, c, cont):
        return y

    def foot(pen, L, R, y, c, cols):
        if c.info["pay"]:
            amt = q(total(c.svcs, "owes") * Decimal("0.5"))
            cols.draw(pen, y, {"dt": dfmt(c.svcs[0].dos, "mdyn"),
                               "desc": "Payment at visit - thank you", "owe": money(-amt, ",", "()")}, 7.4)
            return y + 10
        return y

    def banner(pen, L, R, first):
        pen.text(L, 36, "Tidewater Kids Therapy Collaborative", 13, True)
        pen.text(L, 48, "Occupational, Speech & Feeding Therapy  -  509 Larkspur Ave, Brinton, NC 27599", 8)
        pen.text(R, 36, "STATEMENT", 12, True, "r")
        pen.hline(L, R, 54, 1.0)
        if not first:
            pen.text(L, 66, "Guarantor: Maeve Halloran     Account: G-20417     (continued)", 8)
            return 80
        # remittance stub
        pen.rect(L, 62, R - L, 74, None, True, 0.5)
        pen.text(L + 8, 76, "Please detach and return this portion with your payment", 7.5, True)
        pen.text(L + 8, 90, "Maeve Halloran", 8.5)
        pen.text(L + 8, 101, "18 Saltmeadow Court", 8.5)
        pen.text(L + 8, 112, "Brinton, NC 27598", 8.5)
        pen.text(330, 90, "Guarantor account:  G-20417", 8.5)
        pen.text(330, 101, "Statement date:  02/09/2026", 8.5)
        pen.text(330, 112, "Amount due:  see total below", 8.5, True)
        pen.text(330, 126, "Amount enclosed: $ ______________", 8.5)
        for i in range(0, int(R - L), 6):
            pen.hline(L + i, L + i + 3, 144, 0.4)
        pen.text(L, 160, "Activity since your last statement (insurance: Coastal Plains Mutual PPO, policy CPM-55082713)", 8, True)
        return 176

    def tail(pen, L, R, y):
        pays = sum((q(total(c.svcs, "owes") * Decimal("0.5")) for c in claims if c.info["pay"]), ZERO)
        due = sum((total(c.svcs, "owes") for c in claims), ZERO) - pays
        y += 4
        pen.hline(340, R, y - 8, 0.6)
        pen.text(520, y, "Total now due:", 9, True, "r")
        pen.text(R, y, money(due, "$"), 9, True, "r")
        pen.text(L, y + 16, "Insurance has processed every visit shown. Balances are due within 30 days.", 7.5)
        pen.text(L, y + 26, "Questions about your bill? Call our billing office at 919-555-0144, option 2.", 7.5)
        return y + 36

    spec = Spec(
        name="h194_s1_therapy_family_statement", producer="fpdf2", font="LiberationSerif", landscape=False,
        desc="Pediatric therapy clinic family statement with remittance stub, patient on each row, glued code+mods",
        margin=34, size=8.4, bottom=48, cols=cols, row=row, claim_head=claim_head, claim_foot=foot,
        banner=banner, foot="Tidewater Kids Therapy Collaborative - Tax ID 56-7712095 - www.tidewaterkids.example",
        pagefmt="Page {p} of {n}", boxed_head=False, rule_rows=True, head_every_page=True, repeat_head=False,
        cont_label=False, min_claim=14, sections=one_section, legend_h=50, tail=tail, legend=legend,
        totals=())
    return render(spec, claims, out)


# ================================================================================================ s2
def layout_s2(out: Path):
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.66"))
    fc = lambda s: commercial(s, st)  # noqa: E731
    REV = {"97": "0430", "92": "0440", "G0": "0420", "L3": "0274", "99": "0510"}
    accts = [
        ("H00719284", "Cordelia Nakashima-Byrd", "SVH26-0055120", series(
            D(2026, 1, 7), 2, [("97167", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO",)),
                               ("97530", 2, ("GO",)), ("97760", 1, ("GO",)), ("L3807", 1, ("LT",)),
                               ("97530", 3, ("GO",)), ("97140", 1, ("GO", "59")), ("97535", 2, ("GO",)),
                               ("97530", 2, ("GO",)), ("97018", 1, ("GO",)), ("97110", 2, ("GO",))], fc, per=3)),
        ("H00719301", "Anselm Nakashima-Byrd", "SVH26-0058841", series(
            D(2026, 1, 9), 4, [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97116", 1, ("GP",)),
                               ("97110", 2, ("GP",)), ("97112", 1, ("GP",)), ("G0283", 1, ("GP",))], fc, per=3)),
        ("H00720076", "Pippa Nakashima-Byrd", "SVH26-0061309", series(
            D(2026, 1, 14), 7, [("92523", 1, ("GN",)), ("92507", 1, ("GN",)), ("92507", 1, ("GN",))], fc, per=1)),
    ]
    claims = [Claim(a, icn, p, s) for a, p, icn, s in accts]
    M = lambda d: money(d, ",", "trail")  # noqa: E731
    cols = [("dt", "", "Date", 34, "l"), ("rev", "", "Rev", 80, "l"), ("cpt", "", "CPT/HCPCS", 108, "l"),
            ("desc", "", "Description", 166, "l"), ("u", "", "Units", 340, "r"), ("chg", "", "Charges", 400, "r"),
            ("ins", "", "Insurance", 454, "r"), ("adj", "", "Adjustments", 510, "r"), ("bal", "", "Balance", 576, "r")]

    def row(s, c):
        desc = s.desc if len(s.desc) <= 34 else s.desc[:33].rstrip() + "."
        cpt = s.code + (" " + " ".join(s.mods) if s.mods else "")
        cells = {"dt": dfmt(s.dos, "mdy4").replace("/", "-"), "rev": REV[s.code[:2]], "cpt": cpt, "desc": desc,
                 "u": units_str(s.units), "chg": M(s.billed)}
        tok = tokmap(cells, {"u": "units", "chg": "billed"})
        tok["code"] = cpt
        tok["date"] = cells["dt"]
        return cells, tok, ("billed",), {}, []

    def claim_head(pen, L, R, y, c, cont):
        pen.rect(L, y - 9, R - L, 24, fill=0.9, stroke=False)
        pen.text(L + 4, y + 1, f"Account #: {c.claim_id}", 8, True)
        pen.text(L + 130, y + 1, f"Patient: {c.patient}" + (" (continued)" if cont else ""), 8, True)
        pen.text(L + 4, y + 11, f"Outpatient rehabilitation    Insurance: Evergreen Mutual Health    Insurance Claim #: {c.payer_claim_id}", 7.2)
        return y + 22

    def foot(pen, L, R, y, c, cols):
        b, p, d = total(c.svcs, "billed"), total(c.svcs, "paid"), total(c.svcs, "discount") + total(c.svcs, "not_covered")
        cols.draw(pen, y, {"desc": "Total charges", "chg": M(b)}, 7.4, True)
        d_paid = dfmt(c.svcs[-1].dos + timedelta(days=16), "mdy4").replace("/", "-")
        cols.draw(pen, y + 10, {"dt": d_paid, "desc": "Evergreen Mutual payment", "ins": M(-p)}, 7.4)
        cols.draw(pen, y + 20, {"dt": d_paid, "desc": "Contractual allowance", "adj": M(-d)}, 7.4)
        cols.draw(pen, y + 30, {"desc": "Account balance - patient responsibility", "bal": M(b - p - d)}, 7.4, True)
        return y + 48

    def banner(pen, L, R, first):
        pen.text(L, 36, "St. Veronica Hospital", 15, True)
        pen.text(L, 48, "Patient Financial Services  |  3300 Marrow Hill Rd, Kestrel Bay, VT 05499", 7.8)
        pen.text(R, 36, "Family Statement", 11, True, "r")
        pen.hline(L, R, 54, 1.2)
        if not first:
            return 72
        pen.text(L, 70, "Guarantor: Hiroshi Byrd     Guarantor no. 0088241     Statement date 02/10/2026", 8)
        pen.rect(400, 80, R - 400, 60, fill=0.94, stroke=True, lw=0.5)
        pen.text(406, 94, "Amount due by 03/02/2026", 8, True)
        pen.text(R - 6, 94, money(sum((total(c.svcs, "owes") for c in claims), ZERO), "$"), 8, True, "r")
        pen.text(406, 108, "Pay online: pay.stveronica.example", 7.4)
        pen.text(406, 120, "Financial assistance: 802-555-0171", 7.4)
        pen.text(406, 132, "Ask about a payment plan", 7.4)
        pen.text(L, 94, "Hiroshi Byrd", 8.5)
        pen.text(L, 106, "7 Quarry Row", 8.5)
        pen.text(L, 118, "Kestrel Bay, VT 05498", 8.5)
        return 158

    def tail(pen, L, R, y):
        due = sum((total(c.svcs, "owes") for c in claims), ZERO)
        pen.text(L, y + 4, "Balance due for all family accounts", 9, True)
        pen.text(R, y + 4, money(due, "$"), 9, True, "r")
        pen.text(L, y + 18, "Charges are listed by revenue code. Insurance payments and allowances are shown per account.", 7.2)
        return y + 30

    spec = Spec(
        name="h194_s2_hospital_family_statement", producer="reportlab", font="DejaVuSansCondensed", landscape=False,
        desc="Hospital outpatient-rehab family statement: accounts per family member, rev codes, account-level insurance",
        margin=34, size=7.4, bottom=48, cols=cols, row=row, claim_head=claim_head, claim_foot=foot,
        banner=banner, foot="St. Veronica Hospital Patient Financial Services - 802-555-0170 - Mon-Fri 8:00-4:30",
        pagefmt="Page {p} of {n}", boxed_head=False, rule_rows=False, head_every_page=False, repeat_head=True,
        cont_label=True, min_claim=80, sections=one_section, legend_h=40, tail=tail, legend=[],
        totals=("billed",))
    return render(spec, claims, out)


# ================================================================================================ check
MONEY_RE = re.compile(r"^\(?-?\$?[\d,]*\.\d\d\)?-?$")


def pmoney(t: str) -> str:
    neg = t.startswith("-") or t.startswith("(") or t.endswith("-")
    v = Decimal(t.strip("()-$").replace(",", "").replace("$", ""))
    return str(q(-v if neg else v))


DATE_FMTS = ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")


def pdate(t: str, iso: str) -> bool:
    d = date.fromisoformat(iso)
    return any(dfmt(d, f) in (t, t.replace("-", "/")) for f in DATE_FMTS)


def has(line: str, tok: str) -> bool:
    """tok appears in line as a whole token (not inside a longer number or word)."""
    return re.search(r"(?<![\w.,$(-])" + re.escape(norm(tok)) + r"(?![\w)-]|[.,]\d)", line) is not None


def norm(t: str) -> str:
    return re.sub(r"\s+", " ", t).strip()


def check(out: Path, results: dict) -> list[str]:
    import pdfplumber

    errs = []
    for name, doc in results.items():
        pdf = out / f"{name}.pdf"
        truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
        with pdfplumber.open(pdf) as p:
            pages = [pg.extract_text() or "" for pg in p.pages]
        if len(pages) != truth["pages"]:
            errs.append(f"{name}: pages {len(pages)} != {truth['pages']}")
        alltext = norm(" ".join(pages))
        plines = [[norm(x) for x in t.splitlines()] for t in pages]
        assert len(truth["lines"]) == len(doc.tokens)
        for i, (ln, tok) in enumerate(zip(truth["lines"], doc.tokens)):
            where = f"{name} line {i + 1} ({ln['code']} {ln['service_date']})"
            row = [v for k, v in tok.items() if not k.startswith("_") and v]
            lines = plines[ln["page"] - 1]
            hit = [j for j, t in enumerate(lines) if all(has(t, r) for r in row)]
            if not hit:
                errs.append(f"{where}: no single text line on page {ln['page']} holds {row}")
            else:
                near = " ".join(lines[hit[0]: hit[0] + 5])
                for r in tok.get("_near", []):
                    if norm(r) not in near:
                        errs.append(f"{where}: {r!r} not under its row")
            for r in tok.get("_page", []):
                if norm(r) not in norm(pages[ln["page"] - 1]):
                    errs.append(f"{where}: {r!r} not on page")
            # printed strings parse back to the truth
            for k, v in tok.items():
                if k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                         "not_covered", "discount"):
                    if ln[k] is None or pmoney(v) != ln[k]:
                        errs.append(f"{where}: {k} printed {v} truth {ln[k]}")
                elif k in ("date", "date_p"):
                    if not pdate(v, ln["service_date"]):
                        errs.append(f"{where}: date {v} vs {ln['service_date']}")
                elif k == "code":
                    if ln["code"] not in v or any(m not in v.replace(ln["code"], "", 1) for m in ln["modifiers"]):
                        errs.append(f"{where}: code cell {v} vs {ln['code']} {ln['modifiers']}")
                elif k == "units":
                    if ln["units"] is None or units_str(Decimal(v.split()[0])) != ln["units"]:
                        errs.append(f"{where}: units {v} vs {ln['units']}")
            if "units" not in tok and ln["units"] is not None:
                errs.append(f"{where}: units in truth but not printed")
            for fld in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                        "not_covered", "discount"):
                if ln[fld] is not None and fld not in tok:
                    errs.append(f"{where}: {fld} in truth but not in row tokens")
            for g, r, a in ln["adjustments"]:
                if not re.search(rf"{g}\s*-?\s*{r}\b", near if hit else alltext):
                    errs.append(f"{where}: adjustment {g}-{r} not printed at its row")
                if a is not None and not any(pmoney(x) == a for x in re.findall(r"\(?-?[\d,]*\.\d\d\)?-?",
                                                                              near if hit else "")):
                    errs.append(f"{where}: adjustment amount {a} not at its row")
            for rm in ln["remarks"]:
                if rm not in norm(pages[ln["page"] - 1]):
                    errs.append(f"{where}: remark {rm} not on page")
            for idk in ("claim_id", "payer_claim_id", "patient"):
                if ln[idk] and norm(ln[idk]) not in alltext:
                    errs.append(f"{where}: {idk} {ln[idk]} not in text")
            # arithmetic
            A = {k: Decimal(ln[k]) for k in ("billed", "allowed", "paid", "deductible", "copay", "coinsurance",
                                             "not_covered", "discount") if ln[k] is not None}
            if {"billed", "discount", "not_covered", "allowed"} <= A.keys():
                if A["billed"] - A["discount"] - A["not_covered"] != A["allowed"] and A["not_covered"] == 0:
                    errs.append(f"{where}: billed-discount-not covered != allowed")
            if {"allowed", "deductible", "copay", "coinsurance", "paid"} <= A.keys():
                if A["allowed"] - A["deductible"] - A["copay"] - A["coinsurance"] != A["paid"]:
                    errs.append(f"{where}: allowed - cost share != paid")
            if doc_all_adj.get(name) and ln["billed"] is not None and ln["paid"] is not None:
                if Decimal(ln["billed"]) - sum(Decimal(a) for _g, _r, a in ln["adjustments"]) != Decimal(ln["paid"]):
                    errs.append(f"{where}: billed - adjustments != paid")
        for c in truth["claims"]:
            mine = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"]
                    and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
            if not mine:
                errs.append(f"{name}: claim {c} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal("0"))
                if str(q(s)) != v:
                    errs.append(f"{name}: claim {c['payer_claim_id']} total {k} {v} != lines {s}")
                if money(Decimal(v), ",") not in alltext and money(Decimal(v), "$") not in alltext \
                        and money(Decimal(v), "") not in alltext and money(Decimal(v), ",", "()") not in alltext:
                    errs.append(f"{name}: claim {c['payer_claim_id']} total {k} {v} not printed")
        print(f"{name}: {truth['pages']} pages, {len(truth['lines'])} lines, {len(truth['claims'])} claims")
    return errs


# layouts whose rows print every adjustment with its amount
doc_all_adj: dict[str, bool] = {}

LAYOUTS = {
    "h194_e1_commercial_family_eob": layout_e1, "h194_e2_tpa_claim_activity": layout_e2,
    "h194_m1_msn_part_b": layout_m1, "h194_m2_ma_member_eob": layout_m2,
    "h194_r1_medicaid_ra_courier": layout_r1, "h194_r2_medicaid_mco_voucher": layout_r2,
    "h194_p1_clearinghouse_mra": layout_p1, "h194_p2_pm_medicare_posting": layout_p2,
    "h194_s1_therapy_family_statement": layout_s1, "h194_s2_hospital_family_statement": layout_s2,
}


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        print(__doc__.splitlines()[4])
        return 2
    out = Path(args[0]).resolve()
    if (REPO / "samples").resolve() in (out, *out.parents):
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    results = {}
    for name, fn in LAYOUTS.items():
        results[name] = fn(out / f"{name}.pdf")
    print(f"wrote {len(results)} PDFs to {out}")
    if "--check" in argv:
        errs = check(out, results)
        for e in errs:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "passed", f"({len(errs)} problems)")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
