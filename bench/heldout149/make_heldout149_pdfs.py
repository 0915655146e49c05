"""Write HELD-OUT set 149 of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary documents of
the five commonest real kinds (two each), each in a house style of its own, for one honest measurement of the PDF
reader. Written by an author who did not read the reader (nothing under src/eobreader/ but model.py), its tests,
docs, accuracy scripts or scores.

Run:  python bench/heldout149/make_heldout149_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout149/make_heldout149_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (someone else runs this, once)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic output (reportlab invariant=1,
fpdf2 fixed creation date, no randomness). Helper module h149kit.py: drawing ops emitted by reportlab or fpdf2,
and the self-check. Truth format: the one of samples/pdf (samples/pdf/eobgen.py truth_line / write_truth),
printed values only, null for what a layout does not print (units null where no quantity is printed, modifiers []
where none are printed, description null unless the full wording is printed on the row). claim_id = the
provider's own account / patient-control / visit number; payer_claim_id = the payer's claim number / ICN / TCN;
patient = the person served exactly as printed (never the subscriber or guarantor unless the same person).
Credits printed in parentheses or with a minus are negative: on the two family statements the insurer's payment
is recorded as a negative paid and the uncoded insurance write-off as a negative discount. Adjustments only where the page prints group +
reason (+ amount) for the line; plan note letters, state EOB codes and RARCs are remarks. Claim totals are
recorded where the page prints them. A FROM / THRU pair printed on a line gives service_end (d2, r2). Claims whose
rows continue onto the next page: c1, c2, d1, m2, r1, s2. Every name, number, payer, provider, address and ID is invented;
descriptions are our own words.

Layouts (c = commercial member EOB, m = Medicare Summary Notice / Medicare Advantage EOB, d = state Medicaid RA,
r = Medicare-style paper remit from a clearinghouse / PM system, s = family statement):
  c1  commercial PPO member EOB, portrait Liberation Serif (reportlab): ruled table "Service date / Service
      (code) / Units / Billed / Discount / Allowed / Not covered / Deductible / Copay / Coins. / Plan paid /
      You owe / Rmk", patient band "For services to: <name> (spouse)" with claim # and "Patient acct", three
      family members, a long claim continued on page 2 with header repeated, remark legend
  c2  commercial HMO "claims statement", landscape DejaVu Sans (fpdf2), grey left sidebar on every page,
      "Visit / Code / Mod / Charged / Plan price / Excluded / Copay / Coinsurance / Plan pays / Member pays",
      dates "Jan 5, 2026", per-visit copay, excluded line, claim continued on page 2 WITHOUT repeated header
  m1  Medicare Summary Notice Part B, portrait core Helvetica (reportlab): per-claim boxes, "Service Provided &
      Billing Code", count first ("3 Therapeutic activities (97530-GO)"), Charged / Approved / Paid Provider /
      You May Be Billed / See Notes, lettered notes, a denied line
  m2  Medicare Advantage PPO member EOB, portrait DejaVu Serif Condensed (fpdf2): "Claim ID / Your provider's
      ref #", "Date / Service / Qty / Billed by provider / Plan allowed / Deductible / Coinsurance / Plan paid /
      Your cost", multi-claim month, a claim continued on page 2 with header repeated
  d1  state Medicaid RA, mainframe print landscape core Courier (reportlab): "CLIENT NAME / CLIENT NO / ICN /
      PCN", "SVC-DATE PROC MOD QTY BILLED ALLOWED CUTBACK PAID EOB", MM/DD/YY, QTY "2.00", a denied line,
      fixed 26 service rows per page so a claim continues on page 2 with page and column header repeated
  d2  state Medicaid RA, portrait Liberation Sans Narrow (fpdf2): boxed claim headers "Member / Member ID /
      TCN / Patient Acct", "Ln / From / Thru / Proc-Mod / Units / Charge / Allowed / Adj (grp-rsn amt) /
      Paid / RARC", "97140-GP-59", mm/dd/yyyy from = thru (service_end recorded), all adjustments in one cell,
      a denied line in a partially paid claim, claim totals, code legend
  r1  Medicare Part B paper remit printed by a PM system, portrait DejaVu Sans Mono (reportlab): "PATIENT / HIC
      / ACCT / ICN", "DOS PROC MOD UNITS BILLED ALLOWED DEDUCT COINS ADJ PAID", adjustment as "CO45 54.15" on
      sub-rows, claim totals, continued claim on page 2 with header
  r2  clearinghouse standard remit, landscape Liberation Mono (fpdf2): "Pt / Mbr ID / Pt Ctl # / Payer Clm #",
      "FROM THRU PROC MODS UNITS CHARGE ALLOWED DEDUCT COINS GRP-RSN AMT PAID", from/thru MMDDYY (service_end
      recorded), CO253
      sequestration, a denial, claim totals
  s1  pediatric therapy clinic family statement, portrait Liberation Sans (reportlab): "Date / Patient /
      Description / Code / Charges / Ins Paid / Adjust / Patient Bal", patient on every row, three children,
      visit # and insurer claim # in a visit band, "97530GO59" glued, no quantity printed, one copay per visit,
      credits in parentheses, "Visit total" rows
  s2  hospital outpatient rehab family statement, landscape Times (fpdf2): account blocks per family member,
      "Date / Rev / CPT / Description / Qty / Charges / Payments / Adjustments / Balance", trailing-minus credits,
      no modifiers printed, Rev 0424/0434, an account continued on page 2 with header

The self-check (--check) tests the factory, not the reader: page counts; every truth code, modifier, units value
and printed amount (in the layout's own money style) is on ONE extracted text row of its page (pdfplumber words
grouped by baseline); its service date on that row or above it; adjustment amounts and remarks on the row or the
rows just under it; ids and patients in the document text; billed - adjustments = paid where the layout prints
every adjustment; allowed - deductible - copay - coinsurance = paid on member EOBs; claim totals = the sum of the
lines and printed; at least three files carry a claim whose rows continue onto the next page.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eobgen import (  # noqa: E402
    DESC,
    FEE,
    FIXED_WHEN,
    SCHED,
    PlanState,
    Svc,
    claim_totals,
    commercial,
    dfmt,
    medicaid,
    medicare,
    money,
    total,
    truth_line,
    units_str,
    write_truth,
)
from h149kit import Doc, check_file, spans_pages  # noqa: E402

D = Decimal
J = lambda n: date(2026, 1, n)  # noqa: E731
META: dict = {}
for _c, _f, _s, _d in (("97533", "92.00", "34.10", "Sensory integration techniques"),
                       ("G0151", "120.00", "48.20", "Home health PT services, each 15 min"),
                       ("92526", "150.00", "77.95", "Feeding/swallowing treatment")):
    FEE.setdefault(_c, _f)
    SCHED.setdefault(_c, _s)
    DESC.setdefault(_c, _d)


def visits(days, plan, mods=("GO",), extra=None):
    """A run of therapy visits: each day 97530 + 97110 (+ extra), codes with the given modifiers."""
    out = []
    for i, d in enumerate(days):
        out.append(Svc(J(d), "97530", 2 + (i % 2), mods))
        out.append(Svc(J(d), "97110", 1 + (i % 3 == 0), mods))
        if extra and i % 2 == 0:
            out.append(Svc(J(d), extra[0], extra[1], extra[2]))
    return out


class Flow:
    def __init__(self, doc, top, bottom, on_new):
        self.doc, self.top, self.bottom, self.on_new = doc, top, bottom, on_new
        self.page = 0
        self.y = 0.0
        self.new()

    def new(self):
        self.rows = 0
        self.page = self.doc.new_page()
        self.y = self.top
        self.on_new(self)

    def need(self, h):
        if self.y + h > self.bottom:
            self.new()
            return True
        return False


def table(flow, cols, font, fb, size, rows_fn=None, lh=11, ruled=False, shade=None):
    """Draw the column header at flow.y. cols: (header, x, align)."""
    d = flow.doc
    nl = max(len(h.split("\n")) for h, _, _ in cols)
    if shade is not None:
        d.rect(cols[0][1] - 3, flow.y - size - 2, d.w - 2 * (cols[0][1] - 3), nl * (size + 2) + 4, fill=shade,
               stroke=False)
    for h, x, al in cols:
        for k, part in enumerate(h.split("\n")):
            d.text(x, flow.y + k * (size + 2), part, fb, size, al)
    flow.y += nl * (size + 2) + 2
    if ruled:
        d.line(cols[0][1] - 3, flow.y - size + 2, d.w - cols[0][1] + 3, flow.y - size + 2, 0.6)
    flow.y += 2


def row(flow, cols, cells, font, size, lh=11, ruled=False):
    d = flow.doc
    for (h, x, al), c in zip(cols, cells):
        if c != "":
            d.text(x, flow.y, c, font, size, al)
    if ruled:
        d.line(cols[0][1] - 3, flow.y + 3, d.w - cols[0][1] + 3, flow.y + 3, 0.2)
    flow.y += lh


def mods(s, sep=" "):
    return sep.join(s.mods)


def adj_list(s):
    return [[g, c, a] for g, c, a in s.adjs if a]


# ============================================================================== c1 commercial PPO, reportlab
def c1(out):
    doc = Doc(612, 792)
    F, B, Z = "LibSerif", "LibSerif-B", 6.6
    META["c1"] = dict(money=(",", "-"), dates=["mdy2"], plan_arith=True)
    cols = [("Service\ndate", 36, "l"), ("Service (code)", 76, "l"), ("Units", 212, "r"), ("Billed", 252, "r"),
            ("Discount", 290, "r"), ("Allowed", 328, "r"), ("Not\ncovered", 362, "r"), ("Deduct-\nible", 396, "r"),
            ("Copay", 428, "r"), ("Coins.", 460, "r"), ("Plan\npaid", 500, "r"), ("You\nowe", 540, "r"),
            ("Rmk", 552, "l")]
    state = {"claim": None}

    def on_new(f):
        d = f.doc
        d.text(36, 40, "NORTHFIELD MUTUAL HEALTH PLAN", B, 14)
        d.text(36, 54, "Explanation of Benefits - THIS IS NOT A BILL", F, 9)
        d.text(576, 40, f"Page {f.page} of 2", F, 8, "r")
        d.text(576, 52, "Statement date 02/03/26", F, 8, "r")
        d.line(36, 60, 576, 60, 1)
        if f.page == 1:
            d.text(36, 76, "Subscriber: DANIEL R. OKAFOR     Member ID: NMH 448120931-01     Group: 77120 Lakeview Schools",
                   F, 8)
            d.text(36, 88, "PPO Choice 2000  |  Family deductible met: $1,140.00 of $4,000.00", F, 8)
            f.y = 108
        else:
            f.y = 76
        if state["claim"] and f.page > 1:
            d.text(36, f.y, state["claim"] + " (continued)", B, 8)
            f.y += 12
            table(f, cols, F, B, Z, ruled=True)

    st = PlanState(ded_left=D("150.00"), coins_rate=D("0.20"))
    fam = [("Daniel Okafor", "self", "NM26-0140-2231", "LK-55021", "Lakeview Hand & Upper Limb Therapy",
            visits([5, 7, 9, 12, 14, 16, 19, 21, 23, 26], st, ("GO",)) + [Svc(J(9), "0552T", 1, (), denied="PR")]),
           ("Aisha Okafor", "spouse", "NM26-0141-0087", "LK-55108", "Lakeview Hand & Upper Limb Therapy",
            visits([2, 6, 8, 9, 12, 13, 15, 16, 20, 22, 23, 27, 29, 30], st, ("GO", "59"))),
           ("Tobi Okafor", "dependent", "NM26-0143-5519", "PW-3307", "Pinewood Speech Center",
            [Svc(J(13), "92523", 1, ("GN",)), Svc(J(20), "92507", 1, ("GN",)), Svc(J(27), "92507", 1, ("GN",))])]
    flow = Flow(doc, 0, 740, on_new)
    lines, claims = [], []
    for pat, rel, clm, acct, prov, svcs in fam:
        for s in svcs:
            commercial(s, st)
            if s.denied:
                s.remarks = ["N4"]
            elif s.deductible:
                s.remarks = ["D1"]
        flow.need(60)
        hdr = f"Claim {clm}"
        doc.rect(33, flow.y - 9, 546, 24, fill=0.9, stroke=False)
        doc.text(36, flow.y, f"For services to: {pat} ({rel})", B, 8.5)
        doc.text(300, flow.y, f"Claim # {clm}", F, 8)
        doc.text(36, flow.y + 11, f"Provider: {prov}    Patient acct: {acct}    Received 01/30/26", F, 7.5)
        flow.y += 28
        state["claim"] = hdr
        table(flow, cols, F, B, Z, ruled=True)
        for s in svcs:
            flow.need(12)
            row(flow, cols, [dfmt(s.dos, "mdy2"), f"{s.desc[:24]} ({s.code}{' ' + mods(s) if s.mods else ''})",
                             units_str(s.units)] + [money(getattr(s, k), ",") for k in
                            ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                             "paid", "owes")] + [" ".join(s.remarks)], F, Z, ruled=True)
            lines.append(truth_line(flow.page, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes"),
                                    remarks=s.remarks, description=False))
        state["claim"] = None
        flow.need(14)
        tt = [money(total(svcs, k), ",") for k in ("billed", "discount", "allowed", "not_covered", "deductible",
                                                    "copay", "coinsurance", "paid", "owes")]
        row(flow, cols, ["", "Claim totals", ""] + tt + [""], B, Z)
        flow.y += 8
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes"))})
    flow.need(50)
    doc.text(36, flow.y + 6, "Remark codes", B, 8)
    doc.text(36, flow.y + 18, "D1  Part of the allowed amount went toward the deductible.", F, 7.5)
    doc.text(36, flow.y + 28, "N4  The plan does not cover this service; the member is responsible.", F, 7.5)
    p = out / "h149_c1_ppo_member_eob.pdf"
    doc.save_reportlab(p, "Explanation of Benefits")
    write_truth(p, "c1", "reportlab", len(doc.pages), "commercial PPO member EOB [plan-arith]", lines, claims,
                [("D1", "deductible"), ("N4", "not covered")])
    return doc


# ============================================================================== generic house-style builder
def build(out, key, fname, producer, title, desc, page, fonts, head_lines, cols, cells, printed, fam, price,
          money_style, dates, *, units=True, modflag=True, adj=False, band=None, totals_keys=("billed", "paid"),
          repeat=True, ruled=False, shade=None, left=36, sidebar=None, remark_fn=None, legend=(), lh=11,
          extra_meta=None, planted=None, adj_col=-2, max_rows=None, thru=False):
    doc = Doc(*page)
    F, B, Z = fonts
    ms, neg = money_style
    META[key] = dict(money=money_style, dates=dates, adj_complete=adj, **(extra_meta or {}))
    state = {"claim": None}

    def on_new(f):
        d = f.doc
        y = 34
        for i, (t, bold, sz) in enumerate(head_lines):
            d.text(left, y, t.replace("{page}", str(f.page)), B if bold else F, sz)
            y += sz + 3
        d.line(left, y, d.w - left, y, 0.8)
        if sidebar:
            sidebar(d, f.page)
        f.y = y + 16
        if state["claim"]:
            d.text(left, f.y, state["claim"] + " - continued", B, Z + 1)
            f.y += 12
            if repeat:
                table(f, cols, F, B, Z, ruled=ruled, shade=shade)

    flow = Flow(doc, 0, page[1] - 48, on_new)
    flow.ff, flow.fb, flow.fz = F, B, Z
    lines, claims, findings = [], [], []
    for c in fam:
        pat, acct, clm, svcs = c["patient"], c["acct"], c["clm"], c["svcs"]
        for s in svcs:
            price(s)
            if remark_fn:
                s.remarks = remark_fn(s)
        flow.need(48)
        band(flow, c)
        state["claim"] = c.get("cont", pat)
        table(flow, cols, F, B, Z, ruled=ruled, shade=shade)
        for s in svcs:
            nsub = len(adj_list(s)) - 1 if adj == "sub" else 0
            if max_rows and flow.rows >= max_rows:  # fixed lines per page, as a print image has
                flow.new()
            flow.need(lh + 2 + nsub * lh)
            flow.rows += 1
            row(flow, cols, cells(s), F, Z, lh=lh, ruled=ruled)
            pg = flow.page
            if adj:
                extra = [f"{g}{rc} {money(a, ms, neg)}" for g, rc, a in adj_list(s)]
                if adj == "sub" and len(extra) > 1:
                    for e in extra[1:]:
                        flow.need(lh)
                        doc.text(cols[adj_col][1], flow.y, e, F, Z, "r")
                        flow.y += lh - 2
            lines.append(truth_line(pg, s, claim_id=acct, payer_claim_id=clm, patient=pat, printed=printed,
                                    units=units, modifiers=modflag, service_end=s.dos if thru else None, adjustments=adj_list(s) if adj else [],
                                    remarks=s.remarks, description=False))
        state["claim"] = None
        flow.need(lh + 4)
        tv = {k: total(svcs, {"patient_owes": "owes"}.get(k, k)) for k in totals_keys}
        shown = dict(tv)
        if planted and planted[0] == clm:
            shown[planted[1]] = tv[planted[1]] + D(planted[2])
            findings.append(f"claim-total-mismatch claim {clm}: printed {planted[1]} total "
                            f"{shown[planted[1]]} but the lines add up to {tv[planted[1]]}")
        tcells = []
        for (h, x, al), cval in zip(cols, cells(svcs[0])):
            tcells.append("")
        keymap = c.get("total_cols") or {}
        for k, ci in keymap.items():
            tcells[ci] = money(shown[k], ms, neg)
        tcells[c.get("total_label_col", 1)] = c.get("total_label", "Claim total")
        row(flow, cols, tcells, B, Z, lh=lh)
        flow.y += 10
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(
            **{k: v for k, v in tv.items() if k in keymap})})
    if legend:
        flow.need(14 + 10 * len(legend))
        doc.text(left, flow.y, "Code explanations", B, Z + 1)
        flow.y += 11
        for code, text in legend:
            doc.text(left, flow.y, f"{code}  {text}", F, Z)
            flow.y += 10
    p = out / fname
    if producer == "reportlab":
        doc.save_reportlab(p, title)
    else:
        doc.save_fpdf(p, title, FIXED_WHEN)
    write_truth(p, key, producer, len(doc.pages), desc, lines, claims, legend, findings)
    return doc


def simple_band(fmt, fill=None, box=False):
    def band(flow, c):
        d = flow.doc
        lx = 36 if d.w < 700 else 36
        if fill is not None or box:
            d.rect(lx - 3, flow.y - 10, d.w - 2 * lx + 6, 26, fill=fill, stroke=box)
        t1, t2 = fmt(c)
        d.text(lx, flow.y, t1, flow.fb, flow.fz + 1)
        d.text(lx, flow.y + 11, t2, flow.ff, flow.fz)
        flow.y += 26
    return band


M9 = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid", "patient_owes")


def c2(out):
    st = PlanState(visit_copay=D("30.00"))
    cols = [("Visit", 200, "l"), ("Code", 262, "l"), ("Mod", 298, "l"), ("Charged", 372, "r"),
            ("Plan price", 428, "r"), ("Excluded", 480, "r"), ("Copay", 524, "r"), ("Coinsurance", 584, "r"),
            ("Plan pays", 640, "r"), ("Member pays", 700, "r"), ("Why", 712, "l")]

    def cells(s):
        return [dfmt(s.dos, "mon"), s.code, mods(s, ","), money(s.billed), money(s.allowed), money(s.not_covered),
                money(s.copay), money(s.coinsurance), money(s.paid), money(s.owes), " ".join(s.remarks)]

    def sidebar(d, pg):
        d.rect(24, 60, 160, 500, fill=0.88, stroke=False)
        for i, t in enumerate(["HARBORLINE HMO", "Member: Grace Lindqvist", "Member # HLH-0093-41187",
                               "Plan: Harborline Select HMO", "Office visit copay $30", "", "Questions?",
                               "Call 1-800-555-0144", "Mon-Fri 8am-8pm", "", f"Sheet {pg} of 2"]):
            d.text(32, 80 + i * 13, t, "DejaVu-B" if i == 0 else "DejaVu", 7.5)

    def band(flow, c):
        d = flow.doc
        d.text(200, flow.y, f"{c['patient']}  -  Claim {c['clm']}", "DejaVu-B", 8)
        d.text(200, flow.y + 11, f"{c['prov']}   |   Provider's account no. {c['acct']}", "DejaVu", 7)
        flow.y += 26

    fam = [dict(patient="Grace Lindqvist", acct="SH-10442", clm="HL6017734201", prov="Shoreline Rehab Partners",
                svcs=visits([2, 5, 6, 8, 9, 12, 13, 15, 16, 19, 20, 22, 23, 26, 27, 29], st, ("GP",)) + [Svc(J(29), "G0283", 1, ("GP",),
                                                                                   denied="PR")]),
           dict(patient="Nils Lindqvist", acct="SH-10457", clm="HL6017734388", prov="Shoreline Rehab Partners",
                svcs=[Svc(J(7), "97161", 1, ("GP",)), Svc(J(14), "97140", 2, ("GP", "59")),
                      Svc(J(14), "97112", 1, ("GP",))]),
           dict(patient="Elsa Lindqvist", acct="BK-2290", clm="HL6017735012", prov="Bayview Kids Therapy",
                svcs=[Svc(J(9), "97165", 1, ("GO",)), Svc(J(16), "97530", 3, ("GO",)),
                      Svc(J(23), "97533", 2, ("GO",))])]
    for c in fam:
        c["total_cols"] = {"billed": 3, "paid": 8, "patient_owes": 9}
        c["cont"] = f"{c['patient']} - Claim {c['clm']}"
    return build(out, "c2", "h149_c2_hmo_claims_statement.pdf", "fpdf2", "Claims statement",
                 "commercial HMO claims statement, sidebar, continued without header [plan-arith]", (792, 612),
                 ("DejaVu", "DejaVu-B", 6.8),
                 [("Your Claims Statement  -  January 2026", True, 13), ("This is not a bill. Keep for your records.",
                                                                         False, 8)],
                 cols, cells, M9[2:] + ("billed",), fam, lambda s: commercial(s, st, "96"), ("$", "-"), ["mon"],
                 units=False, band=band, totals_keys=("billed", "paid", "patient_owes"), repeat=False,
                 left=200, sidebar=sidebar, remark_fn=lambda s: ["X"] if s.denied else [],
                 legend=[("X", "Service excluded under your HMO plan; you may be billed.")],
                 extra_meta={"plan_arith": True})


def m1(out):
    st = PlanState(ded_left=D("40.00"))
    cols = [("Service Provided & Billing Code", 40, "l"), ("Amount\nCharged", 330, "r"),
            ("Medicare\nApproved", 390, "r"), ("Medicare Paid\nProvider", 460, "r"),
            ("You May\nBe Billed", 520, "r"), ("See\nNotes", 535, "l")]

    def cells(s):
        return [f"{units_str(s.units)} {s.desc} ({s.code}{'-' + mods(s, '-') if s.mods else ''})",
                money(s.billed), money(s.allowed), money(s.paid), money(s.owes), ",".join(s.remarks)]

    def band(flow, c):
        d = flow.doc
        d.rect(36, flow.y - 10, 540, 30, fill=0.92, stroke=True)
        d.text(40, flow.y, f"{c['prov']}, {c['addr']}", "Helvetica-Bold", 8)
        d.text(40, flow.y + 11, f"Service date {dfmt(c['svcs'][0].dos, 'mdy2')}   Claim number {c['clm']}"
               + (f"   Provider account {c['acct']}" if c['acct'] else ""), "Helvetica", 7.5)
        flow.y += 32

    def rm(s):
        return ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    pat = "MARGARET E. HOLLOWAY"
    fam = [dict(patient=pat, acct="FW88213", clm="14-2602-118-877-000", prov="Fenwick Outpatient Therapy", addr="44 Alder Row, Fenwick, OH 45990",
                svcs=[Svc(J(6), "97161", 1, ("GP",)), Svc(J(6), "97110", 2, ("GP",)), Svc(J(6), "97140", 1, ("GP",))]),
           dict(patient=pat, acct="FW88301", clm="14-2602-131-204-000", prov="Fenwick Outpatient Therapy", addr="44 Alder Row, Fenwick, OH 45990",
                svcs=[Svc(J(13), "97110", 3, ("GP", "KX")), Svc(J(13), "97530", 1, ("GP", "CQ")),
                      Svc(J(13), "0552T", 1, (), denied="PR")]),
           dict(patient=pat, acct=None, clm="14-2602-140-556-000", prov="Riverbend Speech Associates", addr="2 Mill Pond Rd Ste 10, Corley, OH 45871",
                svcs=[Svc(J(20), "92523", 1, ("GN",)), Svc(J(20), "92507", 1, ("GN",))])]
    for c in fam:
        c["total_cols"] = {"billed": 1, "allowed": 2, "paid": 3, "patient_owes": 4}
        c["total_label_col"] = 0
    return build(out, "m1", "h149_m1_msn_part_b.pdf", "reportlab", "Medicare Summary Notice",
                 "Medicare Summary Notice Part B", (612, 792), ("Helvetica", "Helvetica-Bold", 7.2),
                 [("Medicare Summary Notice for Part B (Medical Insurance)", True, 13),
                  (f"{pat}   Medicare Number XXXXXXX4Q71   Dates of service Jan 1 - Jan 31, 2026   Page {{page}}",
                   False, 8)],
                 cols, cells, ("billed", "allowed", "paid", "patient_owes"), fam,
                 lambda s: medicare(s, st, deny_reason="50"), ("$", "-"), ["mdy2"], band=band,
                 totals_keys=("billed", "allowed", "paid", "patient_owes"), remark_fn=rm, ruled=True,
                 legend=[("A", "Your provider accepted assignment for this service."),
                         ("B", "Some of this amount counts toward your yearly Part B deductible."),
                         ("C", "Medicare does not pay for this item; you may be billed.")])


def m2(out):
    st = PlanState(ded_left=D("0.00"), coins_rate=D("0.15"), allowed_rate=D("0.61"))
    cols = [("Date", 36, "l"), ("Service", 80, "l"), ("Qty", 262, "r"), ("Billed by\nprovider", 318, "r"),
            ("Plan\nallowed", 368, "r"), ("Deductible", 416, "r"), ("Coinsurance", 468, "r"),
            ("Plan\npaid", 516, "r"), ("Your\ncost", 566, "r"), ("", 570, "l")]

    def cells(s):
        return [dfmt(s.dos, "mdy4"), f"{s.code} {mods(s)} {s.desc[:22]}".replace("  ", " "), units_str(s.units),
                money(s.billed, ","), money(s.allowed, ","), money(s.deductible, ","),
                money(s.coinsurance, ","), money(s.paid, ","), money(s.owes, ","), ""]

    def band(flow, c):
        d = flow.doc
        d.rect(33, flow.y - 10, 546, 26, fill=None, stroke=True)
        d.text(36, flow.y, f"Patient: {c['patient']}    Claim ID: {c['clm']}", "DVSerifC-B", 8)
        d.text(36, flow.y + 11, f"Provider: {c['prov']}    Your provider's ref #: {c['acct']}", "DVSerifC", 7)
        flow.y += 28
    p = "Walter J. Brennan"
    fam = [dict(patient=p, acct="VT-771204", clm="SPW2601-00418", prov="Valley Therapy Group",
                svcs=visits([2, 3, 5, 6, 7, 9, 10, 12, 13, 14, 16, 19, 20, 21, 23, 26, 27, 28, 30], st, ("GP",),
                            ("97112", 1, ("GP", "KX")))),
           dict(patient=p, acct="HO-3319", clm="SPW2601-00592", prov="Hillcrest Orthopedics",
                svcs=[Svc(J(8), "99213", 1, ()), Svc(J(8), "L3807", 1, ("RT",))])]
    for c in fam:
        c["total_cols"] = {"billed": 3, "allowed": 4, "paid": 7, "patient_owes": 8}
    return build(out, "m2", "h149_m2_ma_ppo_eob.pdf", "fpdf2", "Medicare Advantage EOB",
                 "Medicare Advantage PPO member EOB [plan-arith]", (612, 792), ("DVSerifC", "DVSerifC-B", 6.8),
                 [("SUMMIT PEAKS MEDICARE ADVANTAGE PPO", True, 12),
                  ("Explanation of Benefits for Walter J. Brennan - Member ID SPM 60719844 - January 2026", False, 8),
                  ("Page {page}", False, 7)],
                 cols, cells, ("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"), fam,
                 lambda s: commercial(s, st), (",", "-"), ["mdy4"], band=band,
                 totals_keys=("billed", "allowed", "paid", "patient_owes"), shade=0.85, lh=13,
                 extra_meta={"plan_arith": True})


def d1(out):
    cols = [("SVC-DATE", 40, "l"), ("PROC", 110, "l"), ("MOD", 160, "l"), ("QTY", 230, "r"),
            ("BILLED", 310, "r"), ("ALLOWED", 390, "r"), ("CUTBACK", 470, "r"), ("PAID", 550, "r"),
            ("EOB", 580, "l")]

    def cells(s):
        return [dfmt(s.dos, "mdy2"), s.code, mods(s), f"{s.units:.2f}", money(s.billed, ""),
                money(s.allowed, ""), money(s.discount, ""), money(s.paid, ""), " ".join(s.remarks)]

    def band(flow, c):
        d = flow.doc
        d.text(40, flow.y, f"CLIENT NAME: {c['patient']:<24} CLIENT NO: {c['mid']}", "Courier-Bold", 8)
        d.text(40, flow.y + 11, f"ICN: {c['clm']}   PCN: {c['acct']}   CLAIM STATUS: {c['status']}", "Courier", 8)
        flow.y += 26

    def rm(s):
        return ["0941"] if s.denied else (["0215"] if s.discount else ["0001"])
    fam = [dict(patient="RAMIREZ, MATEO", mid="610044727", acct="MTC2601-22", clm="2126012003418", status="PAID",
                svcs=[Svc(J(6), "92523", 1, ("GN",)), Svc(J(13), "92507", 1, ("GN",)),
                      Svc(J(20), "92526", 1, ("GN",), denied="CO")]),
           dict(patient="RAMIREZ, SOFIA", mid="610044719", acct="MTC2601-14", clm="2126012003417", status="PAID",
                svcs=visits([2, 5, 6, 7, 8, 9, 12, 13, 14, 15, 16, 19, 21, 26, 28], None, ("GO",))),
           dict(patient="OYELARAN, DEBORAH", mid="610098112", acct="MTC2601-31", clm="2126012003502", status="PAID",
                svcs=[Svc(J(8), "97166", 1, ("GO",)), Svc(J(15), "97535", 2, ("GO",)),
                      Svc(J(22), "97530", 3, ("GO",))])]
    for c in fam:
        c["total_cols"] = {"billed": 4, "allowed": 5, "paid": 7}
        c["cont"] = f"ICN {c['clm']}"
    return build(out, "d1", "h149_d1_medicaid_ra_mainframe.pdf", "reportlab", "Remittance Advice",
                 "state Medicaid RA, mainframe print", (792, 612), ("Courier", "Courier-Bold", 8),
                 [("STATE OF WESTMARCH  DEPARTMENT OF HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM", True, 9),
                  ("REMITTANCE ADVICE   PROV NO 0031877402  MAPLETON THERAPY COLLECTIVE   RA NO 0004418  "
                   "DATE 01/30/26   PAGE {page}", False, 8)],
                 cols, cells, ("billed", "allowed", "discount", "paid"), fam, lambda s: medicaid(s, "96"),
                 ("", "-"), ["mdy2"], band=band, totals_keys=("billed", "allowed", "paid"), remark_fn=rm, left=40,
                 max_rows=26, legend=[("0001", "PAID AS BILLED OR AT MAXIMUM FEE"), ("0215", "PAID AT PROGRAM FEE MAXIMUM"),
                         ("0941", "SERVICE NOT COVERED FOR CLIENT AGE/PROGRAM")], lh=10)


def d2(out):
    cols = [("Ln", 36, "l"), ("From", 52, "l"), ("Thru", 100, "l"), ("Proc-Mod", 148, "l"), ("Units", 222, "r"),
            ("Charge", 272, "r"), ("Allowed", 320, "r"), ("Adj (grp-rsn amt)", 330, "l"), ("Paid", 520, "r"),
            ("RARC", 530, "l")]
    counter = {"n": 0}

    def cells(s):
        counter["n"] += 1
        a = adj_list(s)
        return [str(counter["n"]), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"),
                s.code + "".join("-" + m for m in s.mods), units_str(s.units), money(s.billed, ","),
                money(s.allowed, ","), " ".join(f"{g}-{r} {money(x, ',')}" for g, r, x in a),
                money(s.paid, ","), " ".join(s.remarks)]

    def band(flow, c):
        d = flow.doc
        counter["n"] = 0
        d.rect(33, flow.y - 10, 546, 26, fill=0.93, stroke=True)
        d.text(36, flow.y, f"Member: {c['patient']}   Member ID: {c['mid']}   TCN: {c['clm']}", "LibNarrow-B", 8)
        d.text(36, flow.y + 11, f"Patient Acct: {c['acct']}   Bill type: professional   Status: {c['status']}",
               "LibNarrow", 7.5)
        flow.y += 28

    def rm(s):
        return ["N130"] if s.denied else []
    fam = [dict(patient="Kwame Asante", mid="WM70022841", acct="ACC-9913", clm="26030000147120", status="Paid",
                svcs=[Svc(J(5), "97165", 1, ("GO",)), Svc(J(9), "97530", 2, ("GO",)), Svc(J(9), "97535", 1, ("GO",))]),
           dict(patient="Lena Asante", mid="WM70022859", acct="ACC-9920", clm="26030000147121", status="Partial",
                svcs=[Svc(J(6), "97161", 1, ("GP",)), Svc(J(6), "97110", 2, ("GP",)),
                      Svc(J(13), "97140", 2, ("GP", "59"), denied="CO"), Svc(J(13), "97116", 2, ("GP",))]),
           dict(patient="Priya Natarajan", mid="WM70031177", acct="ACC-9944", clm="26030000147388", status="Paid",
                svcs=[Svc(J(14), "92507", 1, ("GN",)), Svc(J(21), "92507", 1, ("GN",)),
                      Svc(J(28), "92526", 1, ("GN",))])]
    for c in fam:
        c["total_cols"] = {"billed": 5, "allowed": 6, "paid": 8}
    return build(out, "d2", "h149_d2_medicaid_ra_portal.pdf", "fpdf2", "Medicaid Remittance Advice",
                 "state Medicaid RA, boxed portal print [adj-complete]", (612, 792), ("LibNarrow", "LibNarrow-B", 7),
                 [("Westmarch Medicaid  -  Provider Remittance Advice", True, 12),
                  ("Payee: Mapleton Therapy Collective   NPI 1437209956   Payment EFT 00087710   Issued 02/02/2026",
                   False, 8), ("Page {page}", False, 7)],
                 cols, cells, ("billed", "allowed", "paid"), fam, lambda s: medicaid(s, "204"), (",", "-"),
                 ["mdy4"], adj=True, band=band, thru=True, totals_keys=("billed", "allowed", "paid"), remark_fn=rm,
                 ruled=True, extra_meta={}, legend=[("CO-45", "Charge above the program maximum"),
                                                     ("CO-204", "Service not covered by the member's benefit plan"),
                                                     ("N130", "Consult the program's coverage rules")])


def r1(out):
    st = PlanState(ded_left=D("25.00"))
    cols = [("DOS", 36, "l"), ("PROC", 92, "l"), ("MOD", 130, "l"), ("UNITS", 196, "r"), ("BILLED", 250, "r"),
            ("ALLOWED", 302, "r"), ("DEDUCT", 350, "r"), ("COINS", 396, "r"), ("ADJ", 486, "r"), ("PAID", 540, "r"),
            ("", 546, "l")]

    def cells(s):
        a = adj_list(s)
        return [dfmt(s.dos, "mdy6"), s.code, mods(s), units_str(s.units), money(s.billed, ""), money(s.allowed, ""),
                money(s.deductible, ""), money(s.coinsurance, ""),
                f"{a[0][0]}{a[0][1]} {money(a[0][2], '')}" if a else "", money(s.paid, ""), " ".join(s.remarks)]

    def band(flow, c):
        d = flow.doc
        d.text(36, flow.y, f"PATIENT {c['patient']:<22} HIC {c['mid']}  ACCT {c['acct']}  ICN {c['clm']}",
               "DVMono-B", 7)
        d.text(36, flow.y + 10, "ASG Y  MOA MA01  RENDERING 1780034412", "DVMono", 7)
        flow.y += 24

    fam = [dict(patient="TRAN, HOWARD", mid="7WX4-TT2-QM81", acct="CR26011", clm="0226015800412",
                svcs=visits([2, 5, 6, 7, 9, 12, 13, 14, 16, 19, 20, 21, 23], st, ("GP", "KX"))),
           dict(patient="FELDMAN, RUTH", mid="3JK9-EN5-AP02", acct="CR26019", clm="0226015800519",
                svcs=[Svc(J(8), "97162" if "97162" in FEE else "97161", 1, ("GP",)), Svc(J(8), "97140", 2, ("GP",)),
                      Svc(J(15), "G0283", 1, ("GP",), denied="CO")])]
    for c in fam:
        c["total_cols"] = {"billed": 4, "allowed": 5, "paid": 9}
        c["cont"] = f"PATIENT {c['patient']} ICN {c['clm']}"
    return build(out, "r1", "h149_r1_pm_paper_remit.pdf", "reportlab", "Medicare remittance",
                 "Medicare Part B paper remit printed by a practice-management system [adj-complete]", (612, 792),
                 ("DVMono", "DVMono-B", 6.6),
                 [("CEDAR RIDGE PT - REMITTANCE PRINT (MEDICARE PART B, JURISDICTION 15)", True, 8),
                  ("CHECK/EFT 882001457  PAID 01/29/26  PROVIDER 00418RT  PAGE {page}", False, 7)],
                 cols, cells, ("billed", "allowed", "deductible", "coinsurance", "paid"), fam,
                 lambda s: medicare(s, st, deny_reason="96"), ("", "-"), ["mdy6"], adj="sub", band=band,
                 totals_keys=("billed", "allowed", "paid"), lh=10, adj_col=8,
                 legend=[("CO45", "contract amount exceeded"), ("PR1 / PR2", "deductible / coinsurance"),
                         ("CO253", "payment reduction"), ("CO96", "non-covered charge")])


def r2(out):
    st = PlanState(ded_left=D("0.00"))
    cols = [("FROM", 36, "l"), ("THRU", 84, "l"), ("PROC", 132, "l"), ("MODS", 176, "l"), ("UNITS", 250, "r"),
            ("CHARGE", 310, "r"), ("ALLOWED", 370, "r"), ("DEDUCT", 420, "r"), ("COINS", 470, "r"),
            ("GRP-RSN AMT", 480, "l"), ("PAID", 700, "r"), ("RMK", 710, "l")]

    def cells(s):
        a = adj_list(s)
        return [dfmt(s.dos, "mdy6"), dfmt(s.dos, "mdy6"), s.code, mods(s), units_str(s.units), money(s.billed, ","),
                money(s.allowed, ","), money(s.deductible, ","), money(s.coinsurance, ","),
                "  ".join(f"{g}-{r} {money(x, ',')}" for g, r, x in a), money(s.paid, ","), " ".join(s.remarks)]

    def band(flow, c):
        d = flow.doc
        d.line(36, flow.y - 9, 756, flow.y - 9, 0.4)
        d.text(36, flow.y, f"Pt: {c['patient']}   Mbr ID: {c['mid']}   Pt Ctl #: {c['acct']}   "
               f"Payer Clm #: {c['clm']}   Status: 1 PROCESSED AS PRIMARY", "LibMono", 7.5)
        flow.y += 14

    def rm(s):
        return ["M86"] if s.denied else (["N809"] if s.code == "97530" and s.units > 2 else [])
    fam = [dict(patient="Ingrid Solberg", mid="2PF7-MK3-XR44", acct="ALR-40117", clm="22602711500318",
                svcs=[Svc(J(5), "97163", 1, ("GP",)), Svc(J(5), "97110", 2, ("GP",)), Svc(J(7), "97530", 3, ("GP",)),
                      Svc(J(7), "97116", 2, ("GP",))]),
           dict(patient="Harold Beaumont", mid="9TD2-UC8-LP61", acct="ALR-40125", clm="22602711500407",
                svcs=[Svc(J(6), "97168", 1, ("GO",)), Svc(J(6), "97535", 2, ("GO", "CO")),
                      Svc(J(13), "97535", 2, ("GO", "CO")), Svc(J(13), "97760", 1, ("GO",), denied="CO")]),
           dict(patient="Ingrid Solberg", mid="2PF7-MK3-XR44", acct="ALR-40188", clm="22602711500611",
                svcs=[Svc(J(12), "97110", 3, ("GP", "KX")), Svc(J(12), "97140", 1, ("GP", "59")),
                      Svc(J(14), "97110", 3, ("GP", "KX")), Svc(J(14), "97112", 2, ("GP",))])]
    for c in fam:
        c["total_cols"] = {"billed": 5, "allowed": 6, "paid": 10}
    return build(out, "r2", "h149_r2_clearinghouse_remit.pdf", "fpdf2", "Standard paper remit",
                 "clearinghouse standard paper remit (Medicare) [adj-complete]", (792, 612),
                 ("LibMono", "LibMono-B", 7),
                 [("CLEARPATH EXCHANGE - STANDARD PAPER REMITTANCE", True, 10),
                  ("Payer: MEDICARE PART B (J6)   Payee: ALDER REHAB SERVICES LLC   TRN 1*81002214*1993001177   "
                   "Pmt date 01/27/2026   Pg {page}", False, 7.5)],
                 cols, cells, ("billed", "allowed", "deductible", "coinsurance", "paid"), fam,
                 lambda s: medicare(s, st, deny_reason="50"), (",", "-"), ["mdy6"], adj=True, band=band, thru=True,
                 totals_keys=("billed", "allowed", "paid"), remark_fn=rm, lh=10,
                 legend=[("M86", "Service denied: a required element is missing"),
                         ("N809", "Time units reviewed against the plan of care")])


def s1(out):
    cols = [("Date", 36, "l"), ("Patient", 84, "l"), ("Description", 166, "l"), ("Code", 330, "l"),
            ("Charges", 430, "r"), ("Ins Paid", 480, "r"), ("Adjust", 530, "r"), ("Patient Bal", 576, "r")]

    plans: dict = {}

    def price(s):  # one $25 copay per visit
        st = plans.setdefault((s._pat, s.dos), PlanState(visit_copay=D("25.00")))
        commercial(s, st)
        s.paid, s.discount = -s.paid, -s.discount  # printed as credits

    def cells(s):
        return [dfmt(s.dos, "mdyn"), s._pat, s.desc[:28], s.code + "".join(s.mods), money(s.billed),
                money(s.paid, "$", "()"), money(s.discount, "$", "()"), money(s.owes)]

    def band(flow, c):
        d = flow.doc
        d.text(36, flow.y, f"Visit {c['acct']}  -  billed to Bluecrest Health, claim {c['clm']}", "LibSans-B", 7.5)
        flow.y += 12
    fam = []
    for pat, acct, clm, svcs in (
            ("Noah Whitfield", "V-204411", "BC8812004417", [Svc(J(5), "97530", 2, ("GO",)), Svc(J(5), "97535", 1, ("GO",))]),
            ("Lily Whitfield", "V-204419", "BC8812004502", [Svc(J(6), "92507", 1, ("GN",))]),
            ("Noah Whitfield", "V-204460", "BC8812005093", [Svc(J(12), "97530", 3, ("GO", "59")),
                                                            Svc(J(12), "97533", 1, ("GO",))]),
            ("Owen Whitfield", "V-204471", "BC8812005120", [Svc(J(13), "97166", 1, ("GO",)),
                                                            Svc(J(13), "97110", 1, ("GO",))]),
            ("Lily Whitfield", "V-204488", "BC8812005377", [Svc(J(20), "92507", 1, ("GN",))])):
        for s in svcs:
            s._pat = pat
        fam.append(dict(patient=pat, acct=acct, clm=clm, svcs=svcs,
                        total_cols={"billed": 4, "patient_owes": 7}, total_label_col=2,
                        total_label="Visit total"))
    doc = build(out, "s1", "h149_s1_clinic_family_statement.pdf", "reportlab", "Statement",
                "pediatric therapy clinic family statement", (612, 792), ("LibSans", "LibSans-B", 7),
                [("Little Harbor Pediatric Therapy", True, 13),
                 ("18 Quay Street, Suite 4, Port Ellis, ME 04999   (207) 555-0190", False, 8),
                 ("STATEMENT  -  Guarantor: Rebecca Whitfield  -  Statement date 02/04/2026  -  Page {page}", False, 8)],
                cols, cells, ("billed", "paid", "discount", "patient_owes"), fam, price, ("$", "()"), ["mdyn"], units=False,
                band=band, totals_keys=("billed", "patient_owes"), ruled=True)
    return doc


def s2(out):
    cols = [("Date", 36, "l"), ("Rev", 90, "l"), ("CPT", 122, "l"), ("Description", 190, "l"), ("Qty", 420, "r"),
            ("Charges", 490, "r"), ("Payments", 560, "r"), ("Adjustments", 640, "r"), ("Balance", 720, "r")]

    def cells(s):
        return [dfmt(s.dos, "mdy4"), {"GO": "0434", "GP": "0424", "GN": "0444"}[s.mods[0]],
                s.code, s.desc, units_str(s.units), money(s.billed, ","), money(s.paid, ",", "trail"),
                money(s.discount, ",", "trail"), money(s.owes, ",")]

    def band(flow, c):
        d = flow.doc
        d.rect(33, flow.y - 10, 726, 26, fill=0.9, stroke=False)
        d.text(36, flow.y, f"Hospital account {c['acct']}   Patient: {c['patient']}", "Times-Bold", 8.5)
        d.text(36, flow.y + 11, f"Outpatient Rehabilitation   Primary insurance: Granite State Health   "
               f"Insurance claim no. {c['clm']}", "Times-Roman", 7.5)
        flow.y += 28
    st = PlanState(ded_left=D("300.00"), coins_rate=D("0.10"))
    fam = [dict(patient="Carmen Delacroix-Ruiz", acct="HA70019834", clm="GSH-26-0038812",
                svcs=visits([2, 5, 7, 8, 12, 14, 15, 19, 21, 22, 26, 28, 29], st, ("GO",),
                            ("97140", 1, ("GO", "59")))),
           dict(patient="Julian Ruiz", acct="HA70020117", clm="GSH-26-0041190",
                svcs=[Svc(J(9), "97161", 1, ("GP",)), Svc(J(9), "97110", 2, ("GP",)), Svc(J(16), "97112", 2, ("GP",))])]
    for c in fam:
        c["total_cols"] = {"billed": 5, "paid": 6, "patient_owes": 8}
        c["cont"] = f"Hospital account {c['acct']} ({c['patient']})"
        c["total_label_col"] = 3
        c["total_label"] = "Account totals"

    def price(s):  # insurance payment and contractual write-off are printed as credits
        commercial(s, st)
        s.paid, s.discount = -s.paid, -s.discount

    doc = build(out, "s2", "h149_s2_hospital_family_statement.pdf", "fpdf2", "Patient statement",
                "hospital outpatient rehab family statement", (792, 612), ("Times-Roman", "Times-Bold", 7.5),
                [("ST. ALBAN REGIONAL MEDICAL CENTER", True, 13),
                 ("Patient Financial Services - Guarantor statement for ROBERTO RUIZ - Statement date 02/06/2026 "
                  "- Page {page}", False, 8)],
                cols, cells, ("billed", "paid", "discount", "patient_owes"), fam, price, (",", "trail"), ["mdy4"], units=True, modflag=False,
                band=band, totals_keys=("billed", "paid", "patient_owes"), lh=11)
    return doc


LAYOUTS = [c1, c2, m1, m2, d1, d2, r1, r2, s1, s2]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout149_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)
    print(out)
    if "--check" in argv:
        bad = 0
        spans = 0
        nlines = npages = 0
        for p in sorted(out.glob("h149_*.pdf")):
            key = p.name.split("_")[1]
            errs = check_file(p, META[key])
            t = json.loads(Path(str(p) + ".truth.json").read_text())
            spans += spans_pages(t)
            nlines += len(t["lines"])
            npages += t["pages"]
            print(f"{p.name}: {len(t['lines'])} lines, {t['pages']} pages, continued claim={spans_pages(t)}, "
                  f"{'OK' if not errs else str(len(errs)) + ' problems'}")
            for e in errs[:12]:
                print("   ", e)
            bad += bool(errs)
        if spans < 3:
            print(f"only {spans} files have a claim continued onto the next page")
            bad += 1
        print(f"total {nlines} lines, {npages} pages; {'CHECK PASSED' if not bad else 'CHECK FAILED'}")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
