"""Write the 99th held-out set of synthetic PDF EOB layouts (with truth files): an honest measurement of the PDF
reader on house styles of the five commonest real kinds that nobody developing it has seen.

Run:  python bench/heldout99/make_heldout99_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout99/make_heldout99_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness). h99canvas.py is a thin drawing layer over both producers.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py), printed values only, null for what a layout does
not print (units null where no quantity is printed, modifiers [] where none are printed); claim_id = the
provider's own account / patient-control / visit / invoice number, payer_claim_id = the payer's claim number /
ICN / TCN, patient = the person who got the service, exactly as printed. Adjustments are recorded only where the
layout prints group/reason codes with amounts; remarks are the note / EOB / remark codes printed on the line.
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.

Layouts:
  c1  commercial PPO member EOB to the subscriber, family of three, boxed grey claim heads (patient / provider /
      claim number / provider's patient account), 13 money columns incl. network discount and not covered, note
      codes, a denied PR line, header repeated on the continuation page (reportlab, portrait Liberation Sans)
  c2  union/employer benefit-trust "Benefit Summary" grouped by family member, dark title band, "Jan 12, 2026"
      dates, "97140-GP-59", wording per line, four claims over three people (fpdf2, landscape DejaVu Serif Cond.)
  m1  Medicare Summary Notice Part B: page-1 dashboard, claims under date headings with claim number, service
      text with the code in parentheses, no units/modifiers/provider account, note letters (fpdf2, Liberation
      Serif)
  m2  Medicare Advantage PPO member EOB: page-1 sidebar, grey claim bars, per-day visit copay, a denied orthosis,
      a 16-line claim running onto page 2 with a "(continued)" bar (reportlab, DejaVu Sans)
  d1  state Medicaid remittance advice, line printer: banner every page, CLAIMS PAID / CLAIMS DENIED sections,
      TCN / RECIP NAME / PAT CNTL heads, MMDDYY dates, units "3.00", 4-digit EOB codes (reportlab, landscape
      core Courier)
  d2  state Medicaid portal RA: boxed member cards (Claim ICN / Patient Account #), weekly date spans, CARC with
      amount per line, one denied line, remarks (fpdf2, portrait DejaVu Sans Condensed)
  p1  clearinghouse print of a Medicare-style standard paper remit: NAME / MID / ACNT / ICN / MOA heads, MMDD
      MMDDYY dates, stacked GRP/RC-AMT rows, a reversal of an earlier claim with minus amounts, glossary box on
      every page (fpdf2, portrait core Courier)
  p2  practice-management "ERA Posting Register - Detail" of a Medicare payment: patient/visit/payer-claim heads,
      1/8/2026 dates, "97530-GO-KX", adjustment codes glued "CO45 63.25", ruled rows (reportlab, landscape
      Liberation Sans Narrow)
  s1  pediatric therapy clinic family statement with a left sidebar (amount due), visits headed with the visit
      number and the insurer's claim number, glued "97530GO", three children/parents (reportlab, Liberation Serif)
  s2  hospital outpatient-rehab patient statement to a guarantor, one account per family member, Rev / CPT /
      Mod / Description / Qty, insurance payments and adjustments per line (fpdf2, portrait DejaVu Sans)

The self-check (--check) tests the factory, not the reader: page count; every truth line's code (as the layout
writes it) and service date anchor one text row of its page (MSN: the date in the claim's heading above), and its
modifiers, units, every non-null amount (in the layout's money format), remark codes and adjustment
code+amount are on that same row (or the declared follow-on rows for stacked adjustments); ids and patients are
in the document text; billed - adjustments = paid where every adjustment is printed; billed - discount - not
covered = allowed where printed; claim totals are printed and equal the sum of their lines; at least three
files carry a claim whose rows continue onto the next page."""
from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (ZERO, LONG_DESC, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, q, total, truth_line, units_str, write_truth)
from h99canvas import Canvas  # noqa: E402

D = date
AMTS = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered", "discount")


@dataclass
class Claim:
    cid: str | None
    pcn: str | None
    patient: str
    svcs: list
    extra: dict = field(default_factory=dict)
    remarks: dict = field(default_factory=dict)   # svc index -> list of remark codes


@dataclass
class Spec:
    name: str
    layout: str
    producer: str
    family: str
    desc: str
    landscape: bool = False
    cols: list = field(default_factory=list)       # (heading, x, align, fn(svc, claim, i) -> str)
    row_size: float = 7.5
    row_h: float = 12
    head_size: float = 7
    bottom: float = 720
    printed: tuple = ()
    units: bool = True
    mods: bool = True
    adj_printed: bool = False
    adj_complete: bool = False
    mfmt: Callable = lambda d: money(d, ",")
    dstyle: str = "mdy4"
    date_on_row: bool = True
    code_tok: Callable = None
    units_tok: Callable = units_str
    extra_rows: int = 0
    legend: list = field(default_factory=list)
    afmt: Callable | None = None
    cid_in_truth: bool = True
    pcn_in_truth: bool = True


def code_tokens(line, style):
    c, m = line["code"], line["modifiers"]
    if style == "sep":
        return [c] + m
    if style == "dash":
        return ["-".join([c] + m)]
    if style == "glue":
        return [c + "".join(m)]
    if style == "paren":
        return [f"({c})"]
    if style == "colon":
        return [c + (":" + ":".join(m) if m else "")]
    raise ValueError(style)


# ---------------------------------------------------------------------------------------------- engine

class Doc:
    def __init__(self, spec: Spec, out: Path):
        self.spec, self.out = spec, out
        self.path = out / (spec.name + ".pdf")
        self.cv = Canvas(self.path, spec.producer, spec.family, spec.landscape)
        self.lines, self.claims, self.checks = [], [], []
        self.y = 0.0

    def page(self, furniture: Callable) -> None:
        self.cv.new_page()
        self.y = furniture(self)

    def col_header(self) -> None:
        cv, sp = self.cv, self.spec
        for h, x, al, _ in sp.cols:
            parts = h.split("\n")
            for k, p in enumerate(parts):
                cv.text(x, self.y + k * (sp.head_size + 1), p, sp.head_size, True, al)
        self.y += (sp.head_size + 1) * max(len(h.split("\n")) for h, *_ in sp.cols) + 2
        cv.line(sp.cols[0][1] - 2, self.y - 6, self.cv.W - 36, self.y - 6, 0.4)
        self.y += 4

    def row(self, s: Svc, c: Claim, i: int, after: Callable | None = None) -> None:
        sp, cv = self.spec, self.cv
        for _, x, al, fn in sp.cols:
            v = fn(s, c, i)
            if v:
                cv.text(x, self.y, v, sp.row_size, False, al)
        page = cv.page
        rem = c.remarks.get(i, [])
        self.y += sp.row_h
        if after:
            after(self, s, c, i)
        self.lines.append(truth_line(
            page, s, claim_id=c.cid if sp.cid_in_truth else None, payer_claim_id=c.pcn if sp.pcn_in_truth else None,
            patient=c.patient, printed=sp.printed, units=sp.units, modifiers=sp.mods,
            adjustments=s.adjs if sp.adj_printed else [], remarks=rem, description=False,
            service_end=s.end))

    def claim_truth(self, c: Claim, **tot) -> None:
        self.claims.append({"claim_id": c.cid if self.spec.cid_in_truth else None,
                            "payer_claim_id": c.pcn if self.spec.pcn_in_truth else None,
                            "patient": c.patient, "totals": claim_totals(**tot)})

    def finish(self) -> None:
        self.cv.save()
        sp = self.spec
        write_truth(self.path, sp.layout, sp.producer, self.cv.page, sp.desc, self.lines, self.claims, sp.legend)


def svc(d, code, u, mods=(), **kw):
    return Svc(d, code, Decimal(str(u)), tuple(mods), **kw)


def run_table(doc: Doc, furniture, claims, claim_head, total_row, *, repeat_header=True, cont_head=True,
              after=None, gap=8.0, keep=60.0):
    doc.page(furniture)
    for c in claims:
        if doc.y > doc.spec.bottom - keep:
            doc.page(furniture)
        claim_head(doc, c, False)
        doc.col_header()
        for i, s in enumerate(c.svcs):
            if doc.y > doc.spec.bottom:
                doc.page(furniture)
                if cont_head:
                    claim_head(doc, c, True)
                if repeat_header:
                    doc.col_header()
            doc.row(s, c, i, after)
        if doc.y > doc.spec.bottom + 10:
            doc.page(furniture)
        total_row(doc, c)
        doc.y += gap


def sums(c: Claim, *attrs):
    return [total(c.svcs, a) for a in attrs]


def footer(doc: Doc, text: str, size=6.5):
    cv = doc.cv
    cv.line(36, cv.H - 34, cv.W - 36, cv.H - 34, 0.3)
    cv.text(36, cv.H - 24, text, size, grey=0.3)
    cv.text(cv.W - 36, cv.H - 24, f"Page {cv.page}", size, align="r", grey=0.3)


# ================================================================================================ C1
def c1(out: Path) -> Doc:
    m = lambda d: money(d, ",")
    sp = Spec("h99_c1_member_eob_ppo", "h99-c1", "reportlab", "LiberationSans",
              "commercial PPO member EOB, family of three, boxed claim heads", printed=(
                  "billed", "discount", "allowed", "deductible", "copay", "coinsurance", "not_covered", "paid",
                  "patient_owes"), row_size=7.2, row_h=16, bottom=700, dstyle="mdy2", mfmt=m,
              legend=[("PD", "Your plan's provider agreement lowers what the office may charge."),
                      ("NC4", "This service was not covered under your benefit plan; you may owe the full charge."),
                      ("DD", "Part of this amount counted toward your yearly deductible.")])
    sp.code_tok = lambda ln: code_tokens(ln, "sep")
    X = [36, 78, 112, 140, 182, 226, 268, 306, 344, 392, 438, 486, 534]
    R = lambda x: x  # right edges
    sp.cols = [
        ("Date of\nservice", 36, "l", lambda s, c, i: dfmt(s.dos, "mdy2")),
        ("Service\ncode", 78, "l", lambda s, c, i: s.code),
        ("Mod", 110, "l", lambda s, c, i: " ".join(s.mods)),
        ("Units", R(162), "r", lambda s, c, i: units_str(s.units)),
        ("Amount\nbilled", R(208), "r", lambda s, c, i: m(s.billed)),
        ("Network\ndiscount", R(250), "r", lambda s, c, i: m(s.discount)),
        ("Allowed\namount", R(292), "r", lambda s, c, i: m(s.allowed)),
        ("Not\ncovered", R(332), "r", lambda s, c, i: m(s.not_covered)),
        ("Deductible", R(376), "r", lambda s, c, i: m(s.deductible)),
        ("Copay", R(414), "r", lambda s, c, i: m(s.copay)),
        ("Co-\ninsurance", R(456), "r", lambda s, c, i: m(s.coinsurance)),
        ("Plan\npaid", R(498), "r", lambda s, c, i: m(s.paid)),
        ("What you\nowe", R(540), "r", lambda s, c, i: m(s.owes)),
    ]
    doc = Doc(sp, out)
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    fam = "Okafor-Lindqvist"
    c_a = Claim("TPT-88213", "JRH2601143381", f"Ines {fam}", [
        commercial(svc(D(2026, 1, 6), "97165", 1, ["GO"]), st),
        commercial(svc(D(2026, 1, 8), "97530", 2, ["GO"]), st),
        commercial(svc(D(2026, 1, 8), "97535", 1, ["GO"]), st),
        commercial(svc(D(2026, 1, 13), "97530", 3, ["GO"]), st),
        commercial(svc(D(2026, 1, 13), "97110", 1, ["GO", "59"]), st),
        commercial(svc(D(2026, 1, 15), "97530", 2, ["GO"]), st),
        commercial(svc(D(2026, 1, 15), "97112", 1, ["GO"]), st),
        commercial(svc(D(2026, 1, 20), "97530", 3, ["GO"]), st),
        commercial(svc(D(2026, 1, 20), "97760", 1, ["GO"], denied="PR"), st, "96"),
        commercial(svc(D(2026, 1, 22), "97530", 2, ["GO"]), st),
        commercial(svc(D(2026, 1, 22), "97535", 2, ["GO"]), st),
    ], {"prov": "Tidewater Pediatric Therapy, LLC", "recv": "01/26/2026"}, {8: ["NC4"], 0: ["DD"]})
    st2 = PlanState(ded_left=ZERO, copay_codes={"99213": Decimal("35.00")}, allowed_rate=Decimal("0.74"))
    c_b = Claim("44021-7", "JRH2601205517", f"Teodoro {fam}", [
        commercial(svc(D(2026, 1, 9), "99213", 1), st2),
        commercial(svc(D(2026, 1, 9), "L3807", 1, ["RT"]), st2),
        commercial(svc(D(2026, 1, 9), "97760", 1, ["GP"]), st2),
    ], {"prov": "Saltmarsh Orthopaedic & Hand Center", "recv": "01/29/2026"})
    c_c = Claim("WH0091882", "JRH2601280020", f"Marisol {fam}", [
        commercial(svc(D(2026, 1, 16), "97161", 1, ["GP"]), st2),
        commercial(svc(D(2026, 1, 21), "97110", 2, ["GP"]), st2),
        commercial(svc(D(2026, 1, 21), "97140", 1, ["GP", "59"]), st2),
        commercial(svc(D(2026, 1, 23), "97110", 2, ["GP", "CQ"]), st2),
        commercial(svc(D(2026, 1, 23), "97116", 1, ["GP", "CQ"]), st2),
    ], {"prov": "Westhaven Physical Therapy", "recv": "02/02/2026"})

    def furn(doc):
        cv = doc.cv
        if cv.page == 1:
            cv.text(36, 52, "JUNIPER RIDGE", 16, True)
            cv.text(36, 64, "HEALTH PLAN", 9, True, grey=0.35)
            cv.text(36, 84, "PO Box 40417, Cold Harbor, NE 68991-0417", 7)
            cv.text(cv.W - 36, 52, "Explanation of Benefits", 13, True, "r")
            cv.text(cv.W - 36, 66, "THIS IS NOT A BILL", 8, True, "r")
            cv.rect(36, 100, 300, 70)
            for k, t in enumerate(["Marisol Okafor-Lindqvist", "2208 Fernbrook Terrace", "Lantern Falls, NE 68840"]):
                cv.text(46, 116 + k * 11, t, 8.5)
            cv.rect(360, 100, 216, 70, fill=0.93)
            for k, (a, b) in enumerate([("Statement date", "February 4, 2026"), ("Subscriber", "Marisol Okafor-Lindqvist"),
                                        ("Member ID", "JRX 771 40982"), ("Group", "Brightwater Mills 00417"),
                                        ("Plan", "Choice PPO 1500")]):
                cv.text(368, 114 + k * 11, a, 7, True)
                cv.text(568, 114 + k * 11, b, 7, align="r")
            cv.text(36, 190, "Family deductible met so far this year: $1,140.00 of $3,000.00.  "
                    "Out-of-pocket maximum met: $1,402.16 of $7,000.00.", 7.5)
            y = 214
        else:
            cv.text(36, 44, "Juniper Ridge Health Plan  -  Explanation of Benefits (continued)", 9, True)
            cv.text(cv.W - 36, 44, "Member ID JRX 771 40982", 7.5, align="r")
            y = 66
        footer(doc, "Questions? Call Member Services 1-800-555-0143 (TTY 711), Monday-Friday 8am-8pm. "
               "Keep this notice for your records.")
        return y

    def head(doc, c, cont):
        cv, y = doc.cv, doc.y
        cv.rect(36, y - 10, cv.W - 72, 26, fill=0.88)
        t = "  (continued)" if cont else ""
        cv.text(42, y, f"Patient: {c.patient}{t}", 8, True)
        cv.text(250, y, f"Provider: {c.extra['prov']}", 7.5)
        cv.text(42, y + 11, f"Claim number: {c.pcn}", 7.5)
        cv.text(200, y + 11, f"Provider's patient account: {c.cid}", 7.5)
        cv.text(410, y + 11, f"Date received: {c.extra['recv']}", 7.5)
        doc.y += 30

    def tot(doc, c):
        cv = doc.cv
        vals = sums(c, "billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid", "owes")
        cv.line(36, doc.y - 8, cv.W - 36, doc.y - 8, 0.4)
        cv.text(36, doc.y, "Claim total", 7.5, True)
        for (h, x, al, _), v in zip(sp.cols[4:13], vals):
            cv.text(x, doc.y, m(v), 7.2, True, "r")
        doc.claim_truth(c, billed=vals[0], allowed=vals[2], paid=vals[7], patient_owes=vals[8])
        notes = sorted({r for rr in c.remarks.values() for r in rr})
        doc.y += 12
        if notes:
            cv.text(36, doc.y, "Notes: see the note codes at the end of this statement.", 6.8, grey=0.3)
            doc.y += 10

    sp.cols.append(("Note", 552, "l", lambda s, c, i: " ".join(c.remarks.get(i, []))))
    run_table(doc, furn, [c_a, c_b, c_c], head, tot)
    doc.y += 8
    doc.cv.text(36, doc.y, "Note codes", 8, True)
    for k, (a, b) in enumerate(sp.legend):
        doc.cv.text(36, doc.y + 12 + k * 10, f"{a}  {b}", 7)
    doc.finish()
    return doc


# ================================================================================================ C2
def c2(out: Path) -> Doc:
    m = lambda d: money(d, "$")
    sp = Spec("h99_c2_benefit_summary", "h99-c2", "fpdf2", "DejaVuSerifCondensed",
              "employer plan member Benefit Summary grouped by family member, landscape",
              landscape=True, printed=("billed", "discount", "allowed", "deductible", "coinsurance", "paid",
                                       "patient_owes"), row_size=8, row_h=14, bottom=540, dstyle="mon", mfmt=m)
    sp.code_tok = lambda ln: code_tokens(ln, "dash")
    sp.cols = [
        ("Service date", 40, "l", lambda s, c, i: dfmt(s.dos, "mon")),
        ("Procedure", 118, "l", lambda s, c, i: "-".join((s.code,) + s.mods)),
        ("What was done", 190, "l", lambda s, c, i: s.desc),
        ("Qty", 372, "r", lambda s, c, i: units_str(s.units)),
        ("Charged", 432, "r", lambda s, c, i: m(s.billed)),
        ("Above allowed", 498, "r", lambda s, c, i: m(s.discount)),
        ("Allowed", 552, "r", lambda s, c, i: m(s.allowed)),
        ("Deductible", 610, "r", lambda s, c, i: m(s.deductible)),
        ("Coinsurance", 672, "r", lambda s, c, i: m(s.coinsurance)),
        ("Plan paid", 718, "r", lambda s, c, i: m(s.paid)),
        ("You owe", 758, "r", lambda s, c, i: m(s.owes)),
    ]
    doc = Doc(sp, out)
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.71"))
    fam = "Vasquez-Tran"
    cl = [
        Claim("SR-10442", "7716220048150", f"Leonie {fam}", [
            commercial(svc(D(2026, 1, 12), "92523", 1, ["GN"]), st),
            commercial(svc(D(2026, 1, 19), "92507", 1, ["GN"]), st),
            commercial(svc(D(2026, 1, 26), "92507", 1, ["GN"]), st)],
            {"prov": "Brightleaf Speech & Language Studio", "rel": "Daughter"}),
        Claim("SR-10517", "7716220051902", f"Leonie {fam}", [
            commercial(svc(D(2026, 2, 2), "92507", 1, ["GN"]), st),
            commercial(svc(D(2026, 2, 9), "92507", 1, ["GN"]), st)],
            {"prov": "Brightleaf Speech & Language Studio", "rel": "Daughter"}),
        Claim("000318846", "7716220049377", f"Anselm {fam}", [
            commercial(svc(D(2026, 1, 14), "97163", 1, ["GP"]), st),
            commercial(svc(D(2026, 1, 16), "97110", 3, ["GP"]), st),
            commercial(svc(D(2026, 1, 16), "97140", 1, ["GP", "59"]), st),
            commercial(svc(D(2026, 1, 21), "97110", 2, ["GP"]), st),
            commercial(svc(D(2026, 1, 21), "97112", 1, ["GP"]), st),
            commercial(svc(D(2026, 1, 23), "97110", 2, ["GP"]), st),
            commercial(svc(D(2026, 1, 23), "G0283", 1, ["GP"]), st),
            commercial(svc(D(2026, 1, 28), "97110", 2, ["GP"]), st),
            commercial(svc(D(2026, 1, 28), "97116", 1, ["GP"]), st)],
            {"prov": "Northgate Spine & Sports Rehab", "rel": "Self"}),
        Claim("V2026-0093", "7716220053368", f"Corinne {fam}", [
            commercial(svc(D(2026, 2, 3), "97166", 1, ["GO"]), st),
            commercial(svc(D(2026, 2, 5), "97530", 2, ["GO"]), st),
            commercial(svc(D(2026, 2, 5), "97140", 1, ["GO"]), st)],
            {"prov": "Lakeshore Hand Therapy Group", "rel": "Spouse"}),
    ]

    def furn(doc):
        cv = doc.cv
        cv.rect(0, 0, cv.W, 46, fill=0.2, stroke=False)
        cv.text(40, 28, "CASCADE TRADES BENEFIT TRUST", 14, True, grey=1)
        cv.text(cv.W - 40, 28, "Benefit Summary  -  not a bill", 11, True, "r", grey=1)
        y = 66
        if cv.page == 1:
            cv.text(40, y, "Prepared for: Anselm Vasquez-Tran    Member number: CTB-5520913-00    "
                    "Coverage: Family  -  Comprehensive Plan B    Issued: Feb 16, 2026", 8.5)
            cv.text(40, y + 13, "This summary lists claims we processed for you and your covered dependents between "
                    "Jan 20, 2026 and Feb 14, 2026.", 8)
            y += 34
        footer(doc, "Cascade Trades Benefit Trust, 1450 Millwright Ave, Port Ashby, WA 98871  -  Benefit questions: "
               "1-888-555-0199")
        return y

    last = {"who": None}

    def head(doc, c, cont):
        cv = doc.cv
        if c.patient != last["who"] or cont:
            cv.text(40, doc.y, f"Family member: {c.patient} ({c.extra['rel']})" + (" - continued" if cont else ""),
                    10, True)
            cv.line(40, doc.y + 3, cv.W - 36, doc.y + 3, 1.0)
            doc.y += 16
            last["who"] = c.patient
        cv.text(40, doc.y, f"Claim {c.pcn}   |   Billing provider: {c.extra['prov']}   |   "
                f"Provider's reference: {c.cid}", 8)
        doc.y += 14

    def tot(doc, c):
        cv = doc.cv
        v = sums(c, "billed", "discount", "allowed", "deductible", "coinsurance", "paid", "owes")
        cv.text(190, doc.y, "Totals for this claim", 8, True)
        for (h, x, al, _), a in zip(sp.cols[4:], v):
            cv.text(x, doc.y, m(a), 8, True, "r")
        doc.claim_truth(c, billed=v[0], allowed=v[2], paid=v[5], patient_owes=v[6])
        doc.y += 10

    run_table(doc, furn, cl, head, tot, repeat_header=True, gap=10)
    doc.finish()
    return doc


# ================================================================================================ M1
def m1(out: Path) -> Doc:
    m = lambda d: money(d, "$")
    sp = Spec("h99_m1_msn_partb", "h99-m1", "fpdf2", "LiberationSerif",
              "Medicare Summary Notice Part B: dashboard page, claims by date heading, codes in parentheses",
              printed=("billed", "allowed", "paid", "patient_owes"), units=False, mods=False, row_size=8.5,
              row_h=15, bottom=690, dstyle="mon", mfmt=m, date_on_row=False, cid_in_truth=False,
              legend=[("A", "This item counted toward your yearly Part B deductible."),
                      ("B", "Medicare does not pay for this item when billed with the other service on the same day."),
                      ("C", "The amount Medicare paid the provider was lowered by 2% under federal budget rules.")])
    sp.code_tok = lambda ln: code_tokens(ln, "paren")
    sp.cols = [
        ("Service Provided &\nBilling Code", 40, "l", lambda s, c, i: f"{s.desc} ({s.code})"),
        ("Amount\nProvider\nCharged", 334, "r", lambda s, c, i: m(s.billed)),
        ("Medicare-\nApproved\nAmount", 398, "r", lambda s, c, i: m(s.allowed)),
        ("Medicare\nPaid\nProvider", 460, "r", lambda s, c, i: m(s.paid)),
        ("Maximum You\nMay Be\nBilled", 528, "r", lambda s, c, i: m(s.owes)),
        ("See\nNotes", 546, "l", lambda s, c, i: " ".join(c.remarks.get(i, []))),
    ]
    doc = Doc(sp, out)
    st = PlanState(ded_left=Decimal("90.00"))
    who = "EUGENIA M. HARROWGATE"
    cl = []
    dates = [D(2026, 1, 5), D(2026, 1, 7), D(2026, 1, 12), D(2026, 1, 14), D(2026, 1, 20), D(2026, 1, 22)]
    ccn = ["12260093417720", "12260098804315", "12260140023851", "12260149552207", "12260210447019",
           "12260230071146"]
    for k, d in enumerate(dates):
        if k == 0:
            sv = [medicare(svc(d, "97165", 1, ["GO"]), st), medicare(svc(d, "97530", 2, ["GO"]), st)]
        elif k == 3:
            sv = [medicare(svc(d, "97530", 3, ["GO", "KX"]), st), medicare(svc(d, "97535", 1, ["GO", "KX"]), st),
                  medicare(svc(d, "97140", 1, ["GO"], denied="CO"), st, deny_reason="97"),
                  medicare(svc(d, "97110", 2, ["GO", "KX"]), st), medicare(svc(d, "97112", 1, ["GO", "KX"]), st),
                  medicare(svc(d, "G0283", 1, ["GO"]), st)]
        else:
            sv = [medicare(svc(d, "97530", 2, ["GO"]), st), medicare(svc(d, "97110", 1, ["GO"]), st),
                  medicare(svc(d, "97535", 1, ["GO"]), st)]
        rem = {j: ["C"] for j, x in enumerate(sv) if x.paid > 0}
        for j, x in enumerate(sv):
            if x.deductible:
                rem[j] = ["A"] + rem.get(j, [])
            if x.denied:
                rem[j] = ["B"]
        cl.append(Claim(None, ccn[k], who, sv, {"date": d}, rem))

    def furn(doc):
        cv = doc.cv
        cv.text(40, 44, "Medicare Summary Notice for Part B (Medical Insurance)", 14, True)
        cv.text(40, 58, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                8.5)
        cv.text(cv.W - 40, 44, f"Page {cv.page} of 3", 9, align="r")
        footer(doc, f"{who} - Notice for January 2026")
        if cv.page == 1:
            cv.text(40, 84, who, 10, True)
            cv.text(40, 96, "77 Old Cistern Lane", 9)
            cv.text(40, 108, "Marrow Bay, ME 04511-2230", 9)
            cv.rect(320, 76, 252, 108)
            for k, (a, b) in enumerate([("Medicare Number", "XXXX-XXX-4417"), ("Date of This Notice", "February 10, 2026"),
                                        ("Claims Processed Between", "January 8 - February 6, 2026")]):
                cv.text(328, 92 + k * 22, a, 8.5, True)
                cv.text(328, 103 + k * 22, b, 8.5)
            cv.rect(40, 200, 532, 120, fill=0.94)
            cv.text(52, 218, "Your Deductible Status", 11, True)
            cv.text(52, 234, "Your deductible is what you must pay each year before Medicare pays for covered", 8.5)
            cv.text(52, 245, "Part B services. You have now met $90.00 of your $283.00 Part B deductible for 2026.", 8.5)
            cv.text(52, 270, "Did Medicare Approve All Services?  NO - Medicare denied 1 service. See page 3.", 9, True)
            cv.text(52, 290, "Total You May Be Billed: see each claim. Always check a provider's bill against this notice.",
                    8.5)
            cv.text(40, 350, "How to Check This Notice", 11, True)
            for k, t in enumerate(["Do you recognize the name of each provider? Check the dates.",
                                   "Did you get the services listed? Do they match those on your receipts and bills?",
                                   "If you already paid the bill, did you pay the right amount? Check the maximum you",
                                   "may be billed. Report suspected fraud by calling 1-800-555-0133."]):
                cv.text(52, 366 + k * 12, t, 8.5)
            cv.new_page()
            return furn(doc)
        cv.text(40, 82, "Your Claims for Part B (Medical Insurance)" + (" - continued" if cv.page > 2 else ""), 11, True)
        return 104

    def head(doc, c, cont):
        cv = doc.cv
        d = c.extra["date"]
        cv.text(40, doc.y, dfmt(d, "mon") + (" (continued)" if cont else ""), 10, True)
        cv.text(140, doc.y, "Lindenfield Outpatient Therapy, (207) 555-0184", 8.5)
        cv.text(140, doc.y + 11, f"Service Provided By: Lindenfield Outpatient Therapy   Claim Number: {c.pcn}", 8)
        doc.y += 26

    def tot(doc, c):
        cv = doc.cv
        v = sums(c, "billed", "allowed", "paid", "owes")
        cv.text(40, doc.y, "Total for Claim", 8.5, True)
        for (h, x, al, _), a in zip(sp.cols[1:5], v):
            cv.text(x, doc.y, m(a), 8.5, True, "r")
        doc.claim_truth(c, billed=v[0], allowed=v[1], paid=v[2], patient_owes=v[3])
        doc.y += 8

    sp.head_size = 7.5
    run_table(doc, furn, cl, head, tot, repeat_header=True, gap=12)
    cv = doc.cv
    doc.y += 6
    cv.text(40, doc.y, "Notes for Your Claims", 10, True)
    for k, (a, b) in enumerate(sp.legend):
        cv.text(40, doc.y + 14 + 12 * k, f"{a}  {b}", 8)
    doc.finish()
    return doc


# ================================================================================================ M2
def m2(out: Path) -> Doc:
    m = lambda d: money(d, "$")
    sp = Spec("h99_m2_ma_ppo_eob", "h99-m2", "reportlab", "DejaVuSans",
              "Medicare Advantage PPO member EOB, right sidebar of totals on page 1, grey claim bars",
              printed=("billed", "allowed", "copay", "paid", "patient_owes"), row_size=7, row_h=22, bottom=706,
              dstyle="mdy4", mfmt=m,
              legend=[("V1", "Visit copay for outpatient rehabilitation applies once per day."),
                      ("X7", "Item needs prior approval from the plan; the provider may not bill you.")])
    sp.code_tok = lambda ln: code_tokens(ln, "sep")
    sp.cols = [
        ("Service date", 40, "l", lambda s, c, i: dfmt(s.dos, "mdy4")),
        ("Code", 96, "l", lambda s, c, i: s.code),
        ("Modifier", 130, "l", lambda s, c, i: " ".join(s.mods)),
        ("Units", 196, "r", lambda s, c, i: units_str(s.units)),
        ("Provider's\ncharge", 258, "r", lambda s, c, i: m(s.billed)),
        ("Plan's\napproved\namount", 320, "r", lambda s, c, i: m(s.allowed)),
        ("Plan's\nshare", 376, "r", lambda s, c, i: m(s.paid)),
        ("Copay", 420, "r", lambda s, c, i: m(s.copay)),
        ("Your share\n(you may be\nbilled)", 484, "r", lambda s, c, i: m(s.owes)),
        ("Note", 498, "l", lambda s, c, i: " ".join(c.remarks.get(i, []))),
    ]
    doc = Doc(sp, out)
    st = PlanState(visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.46"))
    cl = [
        Claim("HRH-3302157", "26A0119004471", "Bartholomew Quince", [
            commercial(svc(D(2026, 1, 6), "97161", 1, ["GP"]), st),
            commercial(svc(D(2026, 1, 8), "97110", 2, ["GP"]), st),
            commercial(svc(D(2026, 1, 8), "97140", 1, ["GP", "59"]), st),
            commercial(svc(D(2026, 1, 8), "97112", 1, ["GP"]), st),
            commercial(svc(D(2026, 1, 13), "97110", 2, ["GP", "CQ"]), st),
            commercial(svc(D(2026, 1, 13), "97116", 1, ["GP", "CQ"]), st),
            commercial(svc(D(2026, 1, 15), "97110", 2, ["GP"]), st),
            commercial(svc(D(2026, 1, 15), "97140", 1, ["GP"]), st),
            commercial(svc(D(2026, 1, 20), "97110", 3, ["GP"]), st),
            commercial(svc(D(2026, 1, 20), "G0283", 1, ["GP"]), st),
            commercial(svc(D(2026, 1, 22), "97110", 2, ["GP", "CQ"]), st),
            commercial(svc(D(2026, 1, 22), "97530", 1, ["GP", "CQ"]), st),
            commercial(svc(D(2026, 1, 27), "97110", 2, ["GP"]), st),
            commercial(svc(D(2026, 1, 27), "97112", 1, ["GP"]), st),
            commercial(svc(D(2026, 1, 29), "97110", 2, ["GP"]), st),
            commercial(svc(D(2026, 1, 29), "97116", 1, ["GP"]), st),
        ], {"prov": "Harbor Reach Rehabilitation"}),
        Claim("0055-81240", "26A0124017793", "Bartholomew Quince", [
            commercial(svc(D(2026, 1, 21), "99213", 1), st),
            commercial(svc(D(2026, 1, 21), "L3807", 1, ["LT"], denied="CO"), st, "197"),
        ], {"prov": "Quarrytown Family Medicine"}),
    ]
    cl.reverse()
    for c in cl:
        for i, s in enumerate(c.svcs):
            if s.copay:
                c.remarks[i] = ["V1"]
            if s.denied:
                c.remarks[i] = ["X7"]

    def furn(doc):
        cv = doc.cv
        cv.text(40, 46, "Larchmont Senior Health", 15, True)
        cv.text(40, 58, "Medicare Advantage PPO", 8.5, grey=0.35)
        cv.text(cv.W - 40, 46, "Your Explanation of Benefits", 11, True, "r")
        cv.text(cv.W - 40, 58, "for medical services in January 2026", 8, align="r")
        footer(doc, "Larchmont Senior Health is a Medicare Advantage organization with a Medicare contract. "
               "Member Services 1-877-555-0166, TTY 711.")
        if cv.page == 1:
            cv.rect(412, 78, 160, 150, fill=0.92)
            rows = [("Member", "Bartholomew Quince"), ("Member ID", "LSH00418872"), ("Plan year to date", ""),
                    ("Plan paid", "$1,118.30"), ("You paid or owe", "$360.00"), ("Out-of-pocket max", "$4,900.00")]
            for k, (a, b) in enumerate(rows):
                cv.text(420, 94 + k * 22, a, 7.5, True)
                cv.text(420, 105 + k * 22, b, 7.5)
            cv.text(40, 90, "Bartholomew Quince", 9)
            cv.text(40, 101, "1904 Sextant Way, Apt 3C", 9)
            cv.text(40, 112, "Fennimore Shoals, OR 97455", 9)
            cv.text(40, 140, "This is not a bill. It tells you what we paid for your care and what the", 8.5)
            cv.text(40, 152, "provider may bill you. If a provider bills you more, call us.", 8.5)
            return 246
        cv.text(40, 80, "Bartholomew Quince  |  Member ID LSH00418872", 8)
        return 100

    def head(doc, c, cont):
        cv = doc.cv
        cv.rect(40, doc.y - 10, cv.W - 80, 15, fill=0.8, stroke=False)
        cv.text(44, doc.y, f"Claim number {c.pcn}" + ("  (continued from previous page)" if cont else ""), 8, True)
        cv.text(cv.W - 44, doc.y, f"{c.extra['prov']}  -  Patient account {c.cid}", 7.5, align="r")
        doc.y += 20

    def tot(doc, c):
        cv = doc.cv
        v = sums(c, "billed", "allowed", "paid", "copay", "owes")
        cv.text(40, doc.y, "Claim totals", 7.5, True)
        for (h, x, al, _), a in zip(sp.cols[4:9], v):
            cv.text(x, doc.y, m(a), 7.5, True, "r")
        doc.claim_truth(c, billed=v[0], allowed=v[1], paid=v[2], patient_owes=v[4])
        doc.y += 10

    run_table(doc, furn, cl, head, tot, gap=12)
    cv = doc.cv
    doc.y += 4
    for k, (a, b) in enumerate(sp.legend):
        cv.text(40, doc.y + 11 * k, f"{a}: {b}", 7.5)
    doc.finish()
    return doc


# ================================================================================================ D1
def d1(out: Path) -> Doc:
    m = lambda d: money(d, "")
    sp = Spec("h99_d1_medicaid_ra_lineprinter", "h99-d1", "reportlab", "Courier",
              "state Medicaid remittance advice, line printer, landscape, PAID and DENIED sections",
              landscape=True, printed=("billed", "allowed", "paid"), row_size=7.6, row_h=14, bottom=540,
              dstyle="mdy6", mfmt=m, head_size=7.6,
              legend=[("0291", "Paid at the program's maximum fee for the procedure."),
                      ("0617", "Units over the weekly limit for this therapy were cut back."),
                      ("1120", "No prior authorization on file for this date; resubmit with the approval number.")])
    sp.code_tok = lambda ln: code_tokens(ln, "sep")
    sp.cols = [
        ("LN", 48, "l", lambda s, c, i: f"{i + 1:02d}"),
        ("SVC DATE", 72, "l", lambda s, c, i: dfmt(s.dos, "mdy6")),
        ("PROC", 126, "l", lambda s, c, i: s.code),
        ("MOD", 166, "l", lambda s, c, i: " ".join(s.mods)),
        ("UNITS", 238, "r", lambda s, c, i: f"{s.units:.2f}"),
        ("BILLED", 306, "r", lambda s, c, i: m(s.billed)),
        ("ALLOWED", 370, "r", lambda s, c, i: m(s.allowed)),
        ("PAID", 430, "r", lambda s, c, i: m(s.paid)),
        ("EOB CODES", 450, "l", lambda s, c, i: " ".join(c.remarks.get(i, []))),
    ]
    sp.units_tok = lambda u: f"{u:.2f}"
    doc = Doc(sp, out)
    mk = lambda d, code, u, mods=(), **k: medicaid(svc(d, code, u, mods, **k))
    paid = [
        Claim("3318-A", "2026034117820000", "QUINTERO, ALMA R", [
            mk(D(2026, 1, 5), "97530", 3, ["GO"]), mk(D(2026, 1, 5), "97535", 1, ["GO"]),
            mk(D(2026, 1, 7), "97530", 3, ["GO"]), mk(D(2026, 1, 7), "97110", 1, ["GO"])]),
        Claim("3320-A", "2026034117820011", "QUINTERO, MATEO J", [
            mk(D(2026, 1, 6), "92507", 1, ["GN"]), mk(D(2026, 1, 8), "92507", 1, ["GN"]),
            mk(D(2026, 1, 13), "92507", 1, ["GN"]), mk(D(2026, 1, 15), "92507", 1, ["GN"])]),
        Claim("3402-B", "2026034117820032", "FAIRWEATHER, DESMOND", [
            mk(D(2026, 1, 9), "97166", 1, ["GO"]), mk(D(2026, 1, 12), "97530", 2, ["GO"]),
            mk(D(2026, 1, 12), "97112", 1, ["GO"]), mk(D(2026, 1, 14), "97530", 2, ["GO"]),
            mk(D(2026, 1, 14), "97140", 1, ["GO", "59"]), mk(D(2026, 1, 16), "97530", 2, ["GO"]),
            mk(D(2026, 1, 16), "97535", 1, ["GO"]), mk(D(2026, 1, 19), "97530", 3, ["GO"]),
            mk(D(2026, 1, 21), "97530", 2, ["GO"]), mk(D(2026, 1, 21), "97110", 1, ["GO"]),
            mk(D(2026, 1, 23), "97530", 2, ["GO"]), mk(D(2026, 1, 23), "97535", 1, ["GO"]),
            mk(D(2026, 1, 26), "97530", 2, ["GO"]), mk(D(2026, 1, 26), "97112", 1, ["GO"]),
            mk(D(2026, 1, 28), "97530", 2, ["GO"]), mk(D(2026, 1, 28), "97110", 2, ["GO"])]),
        Claim("3415-C", "2026034117820047", "OYELARAN, TEMPERANCE", [
            mk(D(2026, 1, 20), "97161", 1, ["GP"]), mk(D(2026, 1, 22), "97110", 2, ["GP"]),
            mk(D(2026, 1, 22), "97140", 1, ["GP"])]),
    ]
    denied = [
        Claim("3409-A", "2026034117820095", "LINDGARD, ROWAN P", [
            mk(D(2026, 1, 12), "97530", 2, ["GO"], denied="CO"), mk(D(2026, 1, 12), "97535", 1, ["GO"], denied="CO")]),
    ]
    for c in paid:
        for k, x in enumerate(c.svcs):
            c.remarks[k] = ["0291"]
    paid[2].remarks[15] = ["0291", "0617"]
    for c in denied:
        for k in range(len(c.svcs)):
            c.remarks[k] = ["1120"]
    sect = {"name": "CLAIMS PAID"}

    def furn(doc):
        cv = doc.cv
        cv.text(40, 30, "STATE OF WESTMARCH  DEPT OF HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM", 8, True)
        cv.text(cv.W - 40, 30, f"PAGE {cv.page:4d}", 8, True, "r")
        cv.text(40, 40, "REMITTANCE ADVICE                     RA NUMBER 0004417      RA DATE 02/06/26", 8)
        cv.text(40, 50, "PROVIDER: RIVERSTONE CHILD & ADULT THERAPY   PROVIDER NO 0087713402   PAYEE NO 0087713402", 8)
        cv.text(40, 64, "*" * 30 + f"  {sect['name']}  " + "*" * 30, 8, True)
        return 80

    def head(doc, c, cont):
        cv = doc.cv
        cv.text(40, doc.y, f"TCN {c.pcn}  RECIP NAME {c.patient:<22} RECIP NO 4009{c.pcn[-6:]}  "
                f"PAT CNTL {c.cid}" + ("  *CONT*" if cont else ""), 7.6, True)
        doc.y += 12

    def tot(doc, c):
        cv = doc.cv
        v = sums(c, "billed", "allowed", "paid")
        cv.text(72, doc.y, "CLAIM TOTAL", 7.6, True)
        for (h, x, al, _), a in zip(sp.cols[5:8], v):
            cv.text(x, doc.y, m(a), 7.6, True, "r")
        doc.claim_truth(c, billed=v[0], allowed=v[1], paid=v[2])
        doc.y += 4

    run_table(doc, furn, [paid[0], paid[1], paid[3], paid[2]], head, tot, gap=8, keep=40)
    sect["name"] = "CLAIMS DENIED"
    run_table(doc, furn, denied, head, tot, gap=8)
    cv = doc.cv
    doc.y += 8
    cv.text(40, doc.y, "EOB CODE MESSAGES", 8, True)
    for k, (a, b) in enumerate(sp.legend):
        cv.text(40, doc.y + 11 * (k + 1), f"{a}  {b.upper()}", 7.6)
    doc.y += 50
    cv.text(40, doc.y, f"TOTAL PAID THIS RA {m(sum((total(c.svcs, 'paid') for c in paid), ZERO)):>12}   "
            "CHECK/EFT NO 000918244", 8, True)
    doc.finish()
    return doc


# ================================================================================================ D2
def d2(out: Path) -> Doc:
    m = lambda d: money(d, "$")
    sp = Spec("h99_d2_medicaid_ra_portal", "h99-d2", "fpdf2", "DejaVuSansCondensed",
              "state Medicaid managed-care-era portal RA, boxed claim cards, weekly date spans, CARC per line",
              printed=("billed", "allowed", "paid"), row_size=7.5, row_h=20, bottom=700, dstyle="mdy4", mfmt=m,
              adj_printed=True, adj_complete=True, afmt=lambda d: money(d, ","),
              legend=[("N130", "Check the plan's benefit limits for this service."),
                      ("M86", "Paid once only when billed twice for the same day.")])
    sp.code_tok = lambda ln: code_tokens(ln, "sep")
    sp.cols = [
        ("Ln", 44, "l", lambda s, c, i: str(i + 1)),
        ("Dates of service", 60, "l", lambda s, c, i: f"{dfmt(s.dos, 'mdy4')} - {dfmt(s.end, 'mdy4')}"),
        ("Procedure", 170, "l", lambda s, c, i: s.code),
        ("Mod", 214, "l", lambda s, c, i: " ".join(s.mods)),
        ("Units", 268, "r", lambda s, c, i: units_str(s.units)),
        ("Billed", 326, "r", lambda s, c, i: m(s.billed)),
        ("Allowed", 382, "r", lambda s, c, i: m(s.allowed)),
        ("Paid", 434, "r", lambda s, c, i: m(s.paid)),
        ("Adj reason", 448, "l", lambda s, c, i: "  ".join(f"{g}-{r} {money(a, ',')}" for g, r, a in s.adjs)),
        ("Remark", 540, "l", lambda s, c, i: " ".join(c.remarks.get(i, []))),
    ]

    def wk(d, code, u, mods, **k):
        x = medicaid(svc(d, code, u, mods, end=D(d.year, d.month, d.day + 4), **k))
        return x
    cl = [
        Claim("PA-220917", "52026040000318", "Delphine Ashcombe-Reyes", [
            wk(D(2026, 1, 5), "97530", 8, ["GO"]), wk(D(2026, 1, 5), "97535", 2, ["GO"]),
            wk(D(2026, 1, 12), "97530", 8, ["GO"]), wk(D(2026, 1, 12), "97535", 2, ["GO"])]),
        Claim("PA-220931", "52026040000322", "Tobias Ashcombe-Reyes", [
            wk(D(2026, 1, 5), "92507", 2, ["GN"]), wk(D(2026, 1, 12), "92507", 2, ["GN"]),
            wk(D(2026, 1, 12), "92507", 1, ["GN", "59"], denied="CO")]),
        Claim("PA-221004", "52026040000347", "Winslow Achterberg", [
            wk(D(2026, 1, 5), "97110", 6, ["GP"]), wk(D(2026, 1, 5), "97112", 2, ["GP"]),
            wk(D(2026, 1, 12), "97110", 6, ["GP"]), wk(D(2026, 1, 12), "97140", 2, ["GP"]),
            wk(D(2026, 1, 19), "97110", 6, ["GP"]), wk(D(2026, 1, 19), "97116", 2, ["GP"]),
            wk(D(2026, 1, 26), "97110", 4, ["GP"]), wk(D(2026, 1, 26), "97112", 2, ["GP"])]),
        Claim("PA-221020", "52026040000351", "Marguerite Solberg", [
            wk(D(2026, 1, 19), "97165", 1, ["GO"]), wk(D(2026, 1, 19), "97530", 4, ["GO"])]),
    ]
    cl[1].remarks[2] = ["M86"]
    cl[2].remarks[7] = ["N130"]
    doc = Doc(sp, out)

    def furn(doc):
        cv = doc.cv
        cv.rect(36, 30, cv.W - 72, 50)
        cv.text(44, 46, "Sagebrush State Medicaid", 13, True)
        cv.text(44, 60, "Provider Remittance Advice", 9)
        cv.text(44, 72, "Payee: Juniper Hollow Therapy Partners   NPI 1730049925   Payment 02/13/2026   EFT 7720194",
                7.5)
        cv.text(cv.W - 44, 46, f"Page {cv.page}", 8, align="r")
        cv.text(cv.W - 44, 60, "Remit ID RA-2026-0213-0088", 7.5, align="r")
        cv.text(36, cv.H - 24, "Sagebrush State Medicaid - Provider Services 1-800-555-0107", 6.5, grey=0.3)
        return 100

    def head(doc, c, cont):
        cv = doc.cv
        cv.rect(36, doc.y - 10, cv.W - 72, 28, fill=0.9)
        cv.text(42, doc.y, f"Member: {c.patient}" + (" (continued)" if cont else ""), 8, True)
        cv.text(250, doc.y, f"Member ID: 9{c.pcn[-7:]}X", 7.5)
        cv.text(42, doc.y + 12, f"Claim ICN: {c.pcn}", 7.5)
        cv.text(250, doc.y + 12, f"Patient Account #: {c.cid}", 7.5)
        cv.text(430, doc.y + 12, "Status: " + ("Denied" if all(x.denied for x in c.svcs) else "Paid"), 7.5)
        doc.y += 30

    def tot(doc, c):
        cv = doc.cv
        v = sums(c, "billed", "allowed", "paid")
        cv.line(36, doc.y - 12, cv.W - 36, doc.y - 12, 0.3)
        cv.text(170, doc.y, "Claim totals", 7.5, True)
        for (h, x, al, _), a in zip(sp.cols[5:8], v):
            cv.text(x, doc.y, m(a), 7.5, True, "r")
        doc.claim_truth(c, billed=v[0], allowed=v[1], paid=v[2])
        doc.y += 6

    run_table(doc, furn, cl, head, tot, gap=14)
    cv = doc.cv
    for k, (a, b) in enumerate(sp.legend):
        cv.text(40, doc.y + 11 * k, f"{a}: {b}", 7.5)
    doc.finish()
    return doc


# ================================================================================================ P1
def p1(out: Path) -> Doc:
    m = lambda d: money(d, "")
    sp = Spec("h99_p1_spr_clearinghouse", "h99-p1", "fpdf2", "Courier",
              "Medicare-style standard paper remit printed by a clearinghouse, portrait Courier, stacked CARCs",
              printed=("billed", "allowed", "deductible", "coinsurance", "paid"), row_size=7, row_h=9,
              bottom=590, dstyle="mdy6", mfmt=m, adj_printed=True, adj_complete=True, extra_rows=3, head_size=7,
              legend=[("MA01", "Appeal rights: ask for a redetermination within 120 days.")])
    sp.code_tok = lambda ln: code_tokens(ln, "sep")
    W = 4.2  # Courier 7pt advance

    def colx(n):
        return 36 + n * W
    sp.cols = [
        ("PERF PROV", colx(0), "l", lambda s, c, i: "1558203347"),
        ("SERV DATE", colx(11), "l", lambda s, c, i: f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}"),
        ("POS", colx(23), "l", lambda s, c, i: "11"),
        ("NOS", colx(27), "l", lambda s, c, i: units_str(s.units)),
        ("PROC", colx(31), "l", lambda s, c, i: s.code),
        ("MODS", colx(37), "l", lambda s, c, i: " ".join(s.mods)),
        ("BILLED", colx(55), "r", lambda s, c, i: m(s.billed)),
        ("ALLOWED", colx(64), "r", lambda s, c, i: m(s.allowed)),
        ("DEDUCT", colx(72), "r", lambda s, c, i: m(s.deductible)),
        ("COINS", colx(80), "r", lambda s, c, i: m(s.coinsurance)),
        ("GRP/RC-AMT", colx(82), "l", lambda s, c, i: f"{s.adjs[0][0]}-{s.adjs[0][1]} {m(s.adjs[0][2])}"),
        ("PROV PD", colx(125), "r", lambda s, c, i: m(s.paid)),
    ]

    def stack(doc, s, c, i):
        for g, r, a in s.adjs[1:]:
            doc.cv.text(colx(82), doc.y, f"{g}-{r} {m(a)}", 7)
            doc.y += 9
    doc = Doc(sp, out)
    st = PlanState(ded_left=Decimal("60.00"))
    cl = [
        Claim("50213B", "2226020455120", "HOLLISTER, DEAN", [
            medicare(svc(D(2026, 1, 6), "97163", 1, ["GP"]), st), medicare(svc(D(2026, 1, 8), "97110", 3, ["GP"]), st),
            medicare(svc(D(2026, 1, 8), "97140", 1, ["GP", "59"]), st)]),
        Claim("50219A", "2226020455138", "PEMBERTON, IVY", [
            medicare(svc(D(2026, 1, 7), "97530", 2, ["GO", "KX"]), st),
            medicare(svc(D(2026, 1, 7), "97535", 1, ["GO", "KX"]), st),
            medicare(svc(D(2026, 1, 9), "97530", 2, ["GO", "KX"]), st),
            medicare(svc(D(2026, 1, 9), "97112", 1, ["GO", "KX"]), st),
            medicare(svc(D(2026, 1, 14), "97530", 3, ["GO", "KX"]), st),
            medicare(svc(D(2026, 1, 14), "97140", 1, ["GO"], denied="CO"), st, deny_reason="97"),
            medicare(svc(D(2026, 1, 16), "97530", 2, ["GO", "KX"]), st),
            medicare(svc(D(2026, 1, 16), "97535", 1, ["GO", "KX"]), st),
            medicare(svc(D(2026, 1, 21), "97530", 2, ["GO", "KX"]), st),
            medicare(svc(D(2026, 1, 21), "97110", 2, ["GO", "CO"]), st),
            medicare(svc(D(2026, 1, 23), "97530", 2, ["GO", "KX"]), st),
            medicare(svc(D(2026, 1, 23), "97112", 1, ["GO", "CO"]), st)]),
        Claim("50244C", "2226020455201", "ABERNATHY, SOLOMON", [
            medicare(svc(D(2026, 1, 12), "92523", 1, ["GN"]), st),
            medicare(svc(D(2026, 1, 19), "92507", 1, ["GN"]), st)]),
    ]
    orig = medicare(svc(D(2025, 12, 15), "97110", 2, ["GP"]), PlanState())
    rev = negate(orig)
    cl.insert(1, Claim("49987A", "2225350118804", "HOLLISTER, DEAN", [rev], {"moa": "MA67"}))

    def furn(doc):
        cv = doc.cv
        cv.text(36, 30, "CLEARPATH REMIT SERVICES - STANDARD PAPER REMIT VIEW", 8, True)
        cv.text(cv.W - 36, 30, f"PAGE #: {cv.page}", 7, align="r")
        cv.text(36, 42, "MEDICARE PART B - JURISDICTION 14 (CONTRACTOR 01177)", 7)
        cv.text(36, 51, "PROVIDER # 4418203   BAYLEAF REHAB ASSOCIATES   DATE: 02/03/26   CHECK/EFT #: 883920117", 7)
        cv.text(36, 66, "PERF PROV  SERV DATE   POS NOS PROC  MODS             BILLED   ALLOWED  DEDUCT   COINS  "
                "GRP/RC-AMT", 7, True)
        cv.text(colx(125), 66, "PROV PD", 7, True, "r")
        cv.line(36, 70, cv.W - 36, 70, 0.3)
        cv.rect(36, 640, cv.W - 72, 110)
        cv.text(42, 652, "GLOSSARY: GROUP, REASON, MOA AND REMARK CODES", 7, True)
        for k, t in enumerate([
                "CO   PROVIDER WRITE-OFF: THE PATIENT MAY NOT BE BILLED FOR THIS AMOUNT.",
                "PR   PATIENT RESPONSIBILITY: THE PATIENT OR A SECONDARY PAYER MAY BE BILLED.",
                "45   CHARGE IS ABOVE THE FEE SCHEDULE OR CONTRACTED AMOUNT.",
                "1    APPLIED TO DEDUCTIBLE.         2    APPLIED TO COINSURANCE.",
                "97   PAYMENT FOR THIS SERVICE IS INCLUDED IN ANOTHER SERVICE ON THE SAME DATE.",
                "253  FEDERAL PAYMENT REDUCTION.",
                "MA01 YOU MAY ASK FOR A REVIEW OF THIS DECISION.   MA67 THIS CLAIM CORRECTS AN EARLIER ONE."]):
            cv.text(42, 666 + k * 10, t, 6.6)
        return 84

    def head(doc, c, cont):
        cv = doc.cv
        cv.text(36, doc.y, f"NAME {c.patient:<20} MID 7XK{c.pcn[-6:]}  ACNT {c.cid:<8} ICN {c.pcn}  ASG Y  MOA "
                f"{c.extra.get('moa', 'MA01')}", 7, True)
        doc.y += 11

    def tot(doc, c):
        cv = doc.cv
        v = sums(c, "billed", "allowed", "deductible", "coinsurance", "paid")
        cv.text(36, doc.y, f"PT RESP {m(sum(v[2:4], ZERO)):>8}", 7)
        cv.text(colx(27), doc.y, "CLAIM TOTALS", 7)
        for (h, x, al, _), a in zip([sp.cols[k] for k in (6, 7, 8, 9, 11)], v):
            cv.text(x, doc.y, m(a), 7, False, "r")
        doc.claim_truth(c, billed=v[0], allowed=v[1], paid=v[4])
        cv.text(colx(96), doc.y + 9, f"NET {m(v[4])}", 7)
        doc.y += 16

    doc.col_header = lambda: None  # the banner carries the column heads on every page
    run_table(doc, furn, cl, head, tot, gap=4, after=stack)
    doc.finish()
    return doc


# ================================================================================================ P2
def p2(out: Path) -> Doc:
    m = lambda d: money(d, ",", "()")
    sp = Spec("h99_p2_pm_era_posting", "h99-p2", "reportlab", "LiberationSansNarrow",
              "practice-management ERA posting register of a Medicare-contractor payment, landscape ruled grid",
              landscape=True, printed=("billed", "allowed", "deductible", "coinsurance", "paid"), row_size=7.4,
              row_h=13, bottom=548, dstyle="mdyn", mfmt=m, adj_printed=True, adj_complete=True, head_size=7,
              afmt=lambda d: money(d, ",", "()"))
    sp.code_tok = lambda ln: code_tokens(ln, "dash")
    sp.cols = [
        ("DOS", 40, "l", lambda s, c, i: dfmt(s.dos, "mdyn")),
        ("Proc-Mod", 92, "l", lambda s, c, i: "-".join((s.code,) + s.mods)),
        ("Qty", 170, "r", lambda s, c, i: units_str(s.units)),
        ("Charge", 224, "r", lambda s, c, i: m(s.billed)),
        ("Allowed", 274, "r", lambda s, c, i: m(s.allowed)),
        ("Deduct", 318, "r", lambda s, c, i: m(s.deductible)),
        ("Coins", 360, "r", lambda s, c, i: m(s.coinsurance)),
        ("Adjustment codes", 372, "l", lambda s, c, i: "  ".join(f"{g}{r} {m(a)}" for g, r, a in s.adjs)),
        ("Payment", 620, "r", lambda s, c, i: m(s.paid)),
        ("Posted to", 636, "l", lambda s, c, i: "Ins" if s.paid else "W/O"),
        ("Bal xfer", 752, "r", lambda s, c, i: m(s.owes)),
    ]
    doc = Doc(sp, out)
    st = PlanState(ded_left=ZERO)
    mc = lambda d, code, u, mods=(), **k: medicare(svc(d, code, u, mods, **k), st)
    cl = [
        Claim("V-118204", "6226030881470", "Thistlewood, Harriet", [
            mc(D(2026, 1, 8), "97168", 1, ["GO"]), mc(D(2026, 1, 8), "97530", 2, ["GO", "KX"]),
            mc(D(2026, 1, 8), "97535", 1, ["GO", "KX"])]),
        Claim("V-118260", "6226030881488", "Thistlewood, Harriet", [
            mc(D(2026, 1, 13), "97530", 3, ["GO", "KX"]), mc(D(2026, 1, 13), "97150", 1, ["GO"])]),
        Claim("V-118291", "6226030881512", "Nakashima-Borg, Felix", [
            mc(D(2026, 1, 9), "97161", 1, ["GP"]), mc(D(2026, 1, 14), "97110", 2, ["GP"]),
            mc(D(2026, 1, 14), "97140", 1, ["GP", "59"]), mc(D(2026, 1, 16), "97110", 2, ["GP", "CQ"]),
            mc(D(2026, 1, 16), "97112", 1, ["GP", "CQ"]), mc(D(2026, 1, 21), "97110", 2, ["GP"]),
            mc(D(2026, 1, 21), "97116", 1, ["GP"]), mc(D(2026, 1, 23), "97110", 2, ["GP", "CQ"]),
            mc(D(2026, 1, 23), "0552T", 1, ["GP"], denied="PR"), mc(D(2026, 1, 28), "97110", 2, ["GP"]),
            mc(D(2026, 1, 28), "97140", 1, ["GP"]), mc(D(2026, 1, 30), "97110", 2, ["GP"]),
            mc(D(2026, 1, 30), "97112", 1, ["GP"])]),
        Claim("V-118333", "6226030881539", "Oduya, Clement", [
            mc(D(2026, 1, 20), "92523", 1, ["GN"]), mc(D(2026, 1, 27), "92507", 1, ["GN"]),
            mc(D(2026, 1, 27), "92526", 1, ["GN"])]),
        Claim("V-118340", "6226030881547", "Ferreira-Lund, Agnes", [
            mc(D(2026, 1, 22), "97165", 1, ["GO"]), mc(D(2026, 1, 22), "97530", 1, ["GO"])]),
    ]
    # the 0552T line is denied as not covered: the patient owes it
    def furn(doc):
        cv = doc.cv
        cv.text(40, 36, "TANAGER PRACTICE SUITE", 10, True)
        cv.text(40, 47, "ERA Posting Register - Detail", 9)
        cv.text(cv.W - 40, 36, "Printed 02/09/2026 10:14 by mfolau", 7, align="r")
        cv.text(cv.W - 40, 47, f"Page {cv.page}", 7, align="r")
        cv.text(40, 62, "Practice: Copperleaf Rehabilitation Group   Payer: Northstar Medicare Services (Part B)   "
                "Deposit 02/06/2026   EFT trace 1K0884120077   Batch 2026-0206-03", 7.4)
        cv.line(40, 68, cv.W - 40, 68, 0.8)
        return 86

    def head(doc, c, cont):
        cv = doc.cv
        cv.text(40, doc.y, f"{c.patient}" + ("  (cont.)" if cont else ""), 8, True)
        cv.text(200, doc.y, f"Visit # {c.cid}", 7.4)
        cv.text(300, doc.y, f"Payer claim # {c.pcn}", 7.4)
        cv.text(460, doc.y, "Claim status: Processed as primary", 7.4)
        doc.y += 12

    def tot(doc, c):
        cv = doc.cv
        v = sums(c, "billed", "allowed", "deductible", "coinsurance", "paid", "owes")
        cv.line(40, doc.y - 9, cv.W - 40, doc.y - 9, 0.3)
        cv.text(92, doc.y, "Visit totals", 7.4, True)
        for x, a in zip((224, 274, 318, 360, 620, 752), v):
            cv.text(x, doc.y, m(a), 7.4, True, "r")
        doc.claim_truth(c, billed=v[0], allowed=v[1], paid=v[4])
        doc.y += 6

    orig_row = Doc.row

    def row(self, s, c, i, after=None):
        y = self.y
        orig_row(self, s, c, i, after)
        self.cv.line(40, y + 3, self.cv.W - 40, y + 3, 0.15)
    doc.row = row.__get__(doc)
    run_table(doc, furn, cl, head, tot, gap=12)
    v = sum((total(c.svcs, "paid") for c in cl), ZERO)
    doc.cv.text(40, doc.y + 6, f"Batch payment total {m(v)}   Claims posted {len(cl)}   Unapplied 0.00", 8, True)
    doc.finish()
    return doc


# ================================================================================================ S1
def s1(out: Path) -> Doc:
    m = lambda d: money(d, "$")
    sp = Spec("h99_s1_clinic_family_statement", "h99-s1", "reportlab", "LiberationSerif",
              "therapy clinic family statement with a left sidebar, visits grouped with the insurer's claim number",
              printed=("billed", "paid", "discount", "patient_owes"), row_size=8, row_h=15, bottom=690,
              dstyle="mdy2", mfmt=m)
    sp.code_tok = lambda ln: code_tokens(ln, "glue")
    X0 = 170
    sp.cols = [
        ("Date", X0, "l", lambda s, c, i: dfmt(s.dos, "mdy2")),
        ("Code", X0 + 42, "l", lambda s, c, i: s.code + "".join(s.mods)),
        ("Qty", X0 + 104, "r", lambda s, c, i: units_str(s.units)),
        ("Charges", X0 + 160, "r", lambda s, c, i: m(s.billed)),
        ("Insurance\npaid", X0 + 214, "r", lambda s, c, i: m(s.paid)),
        ("Contract\nreduction", X0 + 268, "r", lambda s, c, i: m(s.discount)),
        ("Your\nportion", X0 + 318, "r", lambda s, c, i: m(s.owes)),
        ("", X0 + 326, "l", lambda s, c, i: ""),
    ]
    doc = Doc(sp, out)
    sts: dict = {}

    def cm(d, code, u, mods=(), who="", **k):  # one copay per person per visit day
        st = sts.setdefault(who, PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.70")))
        return commercial(svc(d, code, u, mods, **k), st)
    fam = "Castellanos-Wright"
    cl = [
        Claim("0041172", "BM2601077410", f"Kai {fam}", [
            cm(D(2026, 1, 7), "97530", 2, ["GO"]), cm(D(2026, 1, 7), "97112", 1, ["GO"])]),
        Claim("0041208", "BM2601147732", f"Kai {fam}", [
            cm(D(2026, 1, 14), "97530", 3, ["GO"]), cm(D(2026, 1, 14), "97535", 1, ["GO"])]),
        Claim("0041233", "BM2601152218", f"Noor {fam}", [
            cm(D(2026, 1, 15), "92523", 1, ["GN"], who="N"), cm(D(2026, 1, 15), "92507", 1, ["GN", "59"], who="N")]),
        Claim("0041290", "BM2601211906", f"Noor {fam}", [
            cm(D(2026, 1, 21), "92507", 1, ["GN"], who="N")]),
        Claim("0041301", "BM2601214471", f"Kai {fam}", [
            cm(D(2026, 1, 21), "97530", 2, ["GO"]), cm(D(2026, 1, 21), "97110", 1, ["GO"]),
            cm(D(2026, 1, 21), "97760", 1, ["GO"], denied="PR")]),
        Claim("0041345", "BM2601282290", f"Elena {fam}", [
            cm(D(2026, 1, 28), "97140", 1, ["GP"], who="E"), cm(D(2026, 1, 28), "97110", 2, ["GP"], who="E")]),
    ]

    def furn(doc):
        cv = doc.cv
        cv.rect(0, 0, 150, cv.H, fill=0.9, stroke=False)
        cv.text(18, 50, "Little Otter", 13, True)
        cv.text(18, 64, "Pediatric & Family", 9)
        cv.text(18, 75, "Therapy", 9)
        cv.text(18, 98, "4150 Heron Bend Rd", 7.5)
        cv.text(18, 108, "Suite 210", 7.5)
        cv.text(18, 118, "Calder Mills, VT 05690", 7.5)
        cv.text(18, 128, "Billing: (802) 555-0172", 7.5)
        cv.text(18, 160, "Statement date", 7.5, True)
        cv.text(18, 171, "February 3, 2026", 8)
        cv.text(18, 192, "Guarantor account", 7.5, True)
        cv.text(18, 203, "G-20931", 8)
        cv.text(18, 224, "Amount due", 7.5, True)
        due = sum((total(c.svcs, "owes") for c in cl), ZERO) - Decimal("50.00")
        cv.text(18, 238, m(due), 12, True)
        cv.text(18, 252, "Due by 03/01/2026", 7.5)
        cv.text(18, 290, "We accept cards, checks", 7)
        cv.text(18, 299, "and online payment at", 7)
        cv.text(18, 308, "the family portal.", 7)
        cv.text(X0, 50, "Family Statement", 15, True)
        cv.text(cv.W - 36, 50, f"Page {cv.page}", 8, align="r")
        if cv.page == 1:
            cv.text(X0, 72, "Guarantor: Mirela Castellanos-Wright", 9)
            cv.text(X0, 84, "88 Sorrel Hill Lane, Calder Mills, VT 05690", 9)
            cv.text(X0, 100, "Primary insurance: Bayshore Mutual Health (billed for every visit below)", 8)
            cv.text(X0, 118, "Previous balance $50.00    Payment received 01/12/26 - thank you  ($50.00)", 8)
            return 144
        return 76

    def head(doc, c, cont):
        cv = doc.cv
        cv.text(X0, doc.y, f"{c.patient}  -  Visit {c.cid}  -  Bayshore Mutual claim {c.pcn}", 8.5, True)
        doc.y += 14

    def tot(doc, c):
        cv = doc.cv
        v = sums(c, "billed", "paid", "discount", "owes")
        for x, a in zip((X0 + 160, X0 + 214, X0 + 268, X0 + 318), v):
            cv.text(x, doc.y, m(a), 8, True, "r")
        cv.text(X0, doc.y, "Visit total", 8, True)
        doc.claim_truth(c, billed=v[0], paid=v[1], patient_owes=v[3])
        doc.y += 4

    run_table(doc, furn, cl, head, tot, gap=14, cont_head=True)
    doc.cv.text(X0, doc.y + 6, "Your portion includes visit copays and any service your plan did not cover.", 8)
    doc.finish()
    return doc


# ================================================================================================ S2
def s2(out: Path) -> Doc:
    m = lambda d: money(d, ",", "trail")
    sp = Spec("h99_s2_hospital_statement", "h99-s2", "fpdf2", "DejaVuSans",
              "hospital outpatient rehab statement to a guarantor, one account per family member, rev codes",
              printed=("billed", "paid", "discount", "patient_owes"), row_size=7, row_h=13, bottom=700,
              dstyle="mdy4", mfmt=m)
    sp.code_tok = lambda ln: code_tokens(ln, "sep")
    rev = {"97": "0430", "92": "0440", "97110": "0420", "97140": "0420", "97161": "0420", "99213": "0510"}
    sp.cols = [
        ("Service date", 36, "l", lambda s, c, i: dfmt(s.dos, "mdy4")),
        ("Rev", 96, "l", lambda s, c, i: rev.get(s.code, rev.get(s.code[:2], "0430"))),
        ("CPT/HCPCS", 122, "l", lambda s, c, i: s.code),
        ("Mod", 170, "l", lambda s, c, i: " ".join(s.mods)),
        ("Description", 204, "l", lambda s, c, i: s.desc),
        ("Qty", 372, "r", lambda s, c, i: units_str(s.units)),
        ("Charges", 420, "r", lambda s, c, i: m(s.billed)),
        ("Insurance\npayments", 470, "r", lambda s, c, i: m(s.paid)),
        ("Insurance\nadjustments", 526, "r", lambda s, c, i: m(s.discount)),
        ("Patient\nbalance", 576, "r", lambda s, c, i: m(s.owes)),
    ]
    doc = Doc(sp, out)
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.66"))
    cm = lambda d, code, u, mods=(), **k: commercial(svc(d, code, u, mods, **k), st)
    cl = [
        Claim("HB40077215", "ESP2601180335", "BRANNIGAN, OSWIN T", [
            cm(D(2026, 1, 5), "97167", 1, ["GO"]), cm(D(2026, 1, 7), "97530", 3, ["GO"]),
            cm(D(2026, 1, 7), "97535", 1, ["GO"]), cm(D(2026, 1, 9), "97530", 2, ["GO"]),
            cm(D(2026, 1, 9), "97112", 1, ["GO"]), cm(D(2026, 1, 12), "97530", 3, ["GO"]),
            cm(D(2026, 1, 14), "97530", 2, ["GO"]), cm(D(2026, 1, 14), "97535", 2, ["GO"]),
            cm(D(2026, 1, 16), "97530", 2, ["GO"]), cm(D(2026, 1, 16), "97129", 1, ["GO"]),
            cm(D(2026, 1, 19), "97530", 3, ["GO"]), cm(D(2026, 1, 21), "97530", 2, ["GO"]),
            cm(D(2026, 1, 21), "97110", 1, ["GO"]), cm(D(2026, 1, 23), "97168", 1, ["GO"])]),
        Claim("HB40077399", "ESP2601250918", "BRANNIGAN, PHOEBE A", [
            cm(D(2026, 1, 13), "92523", 1, ["GN"]), cm(D(2026, 1, 20), "92507", 1, ["GN"]),
            cm(D(2026, 1, 20), "92526", 1, ["GN"]), cm(D(2026, 1, 27), "92507", 1, ["GN"])]),
        Claim("HB40078021", "ESP2602010452", "BRANNIGAN, WILHELMINA", [
            cm(D(2026, 1, 26), "97161", 1, ["GP"]), cm(D(2026, 1, 28), "97110", 2, ["GP"]),
            cm(D(2026, 1, 28), "97140", 1, ["GP"])]),
    ]

    def furn(doc):
        cv = doc.cv
        cv.text(36, 40, "ST. ANSGAR VALLEY HOSPITAL", 13, True)
        cv.text(36, 52, "Outpatient Rehabilitation Services  |  600 Millrace Parkway, Dunmore Falls, MN 55890", 7.5)
        cv.text(cv.W - 36, 40, "PATIENT STATEMENT", 11, True, "r")
        cv.text(cv.W - 36, 52, f"Page {cv.page}", 7.5, align="r")
        cv.line(36, 58, cv.W - 36, 58, 1.2)
        if cv.page == 1:
            for k, t in enumerate(["Guarantor: BRANNIGAN, OSWIN T", "1127 Larkspur Court", "Dunmore Falls, MN 55891"]):
                cv.text(36, 76 + k * 11, t, 8.5)
            for k, (a, b) in enumerate([("Statement date", "02/11/2026"), ("Guarantor no.", "G00918830"),
                                        ("Insurance", "Elmstead Shared Plan"), ("Please pay", "by 03/08/2026")]):
                cv.text(380, 76 + k * 11, a, 8, True)
                cv.text(576, 76 + k * 11, b, 8, align="r")
            cv.text(36, 130, "Each family member's hospital account is listed separately. Insurance payments and "
                    "adjustments are shown on the line they apply to.", 7.5)
            return 152
        return 76

    def head(doc, c, cont):
        cv = doc.cv
        cv.rect(36, doc.y - 9, cv.W - 72, 13, fill=0.85, stroke=False)
        cv.text(40, doc.y, f"Account {c.cid}   Patient: {c.patient}   Insurance claim: {c.pcn}" +
                ("   (continued)" if cont else ""), 7.5, True)
        doc.y += 16

    def tot(doc, c):
        cv = doc.cv
        v = sums(c, "billed", "paid", "discount", "owes")
        cv.text(204, doc.y, "Account totals", 7.5, True)
        for x, a in zip((420, 470, 526, 576), v):
            cv.text(x, doc.y, m(a), 7.5, True, "r")
        doc.claim_truth(c, billed=v[0], paid=v[1], patient_owes=v[3])
        doc.y += 4

    run_table(doc, furn, cl, head, tot, gap=16, repeat_header=False)
    doc.finish()
    return doc


# ================================================================================================ check
def page_rows(pdf: Path):
    import pdfplumber
    pages = []
    with pdfplumber.open(pdf) as p:
        for pg in p.pages:
            words = pg.extract_words(x_tolerance=1.5, keep_blank_chars=False)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
                if rows and abs(rows[-1][0] - w["top"]) < 2.5:
                    rows[-1][1].append(w)
                else:
                    rows.append([w["top"], [w]])
            pages.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return pages


def check(doc: Doc) -> list[str]:
    import json
    sp, errs = doc.spec, []
    t = json.loads(Path(str(doc.path) + ".truth.json").read_text())
    pages = page_rows(doc.path)
    if len(pages) != t["pages"]:
        errs.append(f"page count {len(pages)} != {t['pages']}")
    alltext = "\n".join("\n".join(p) for p in pages)
    cursor = {}
    for n, ln in enumerate(t["lines"]):
        rows = pages[ln["page"] - 1]
        ctoks = sp.code_tok(ln)
        dtok = dfmt(date.fromisoformat(ln["service_date"]), sp.dstyle)
        anchors = [ctoks[0]] + ([dtok] if sp.date_on_row else [])
        start = cursor.get(ln["page"], 0)
        hit = None
        for k in range(start, len(rows)):
            words = rows[k].split()
            if all(a in words or (" " in a and a in rows[k]) for a in anchors):
                hit = k
                break
        if hit is None:
            errs.append(f"line {n}: row with {anchors} not found on page {ln['page']}")
            continue
        cursor[ln["page"]] = hit + 1
        cluster = " ".join(rows[hit:hit + 1 + sp.extra_rows])
        words = set(cluster.split())
        need = list(ctoks)
        if sp.units and ln["units"] is not None:
            need.append(sp.units_tok(Decimal(ln["units"])))
        for k in AMTS:
            if ln[k] is not None:
                need.append(sp.mfmt(Decimal(ln[k])))
        for r in ln["remarks"]:
            need.append(r)
        for tok in need:
            if tok not in words and not (" " in tok and tok in cluster):
                errs.append(f"line {n} p{ln['page']}: {tok!r} not on its row: {cluster!r}")
        for g, c, a in ln["adjustments"]:
            if not (c in cluster and (sp.afmt or sp.mfmt)(Decimal(a)) in cluster):
                errs.append(f"line {n}: adjustment {g}-{c} {a} not on its row: {cluster!r}")
        if not sp.date_on_row and dtok not in "\n".join(rows[:hit + 1]):
            errs.append(f"line {n}: date {dtok} not above the row")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if ln[key] and ln[key] not in alltext:
                errs.append(f"line {n}: {key} {ln[key]!r} not in the document")
        if sp.adj_complete:
            net = Decimal(ln["billed"]) - sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal(0))
            if net != Decimal(ln["paid"]):
                errs.append(f"line {n}: billed - adjustments {net} != paid {ln['paid']}")
        if ln["billed"] and ln["allowed"] and ln["discount"] and ln["not_covered"] is not None:
            if Decimal(ln["billed"]) - Decimal(ln["discount"]) - Decimal(ln["not_covered"]) != Decimal(ln["allowed"]):
                errs.append(f"line {n}: billed - discount - not covered != allowed")
    for c in t["claims"]:
        mine = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                (c["claim_id"], c["payer_claim_id"], c["patient"])]
        if not mine:
            errs.append(f"claim {c} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal(0))
            if s != Decimal(v):
                errs.append(f"claim {c['payer_claim_id'] or c['claim_id']}: {k} lines {s} != total {v}")
            if sp.mfmt(Decimal(v)) not in alltext:
                errs.append(f"claim total {k} {v} not printed")
    return errs


def spans(t: dict) -> int:
    pgs = {}
    for ln in t["lines"]:
        pgs.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
    return sum(1 for v in pgs.values() if len(v) > 1)


LAYOUTS = [c1, c2, m1, m2, d1, d2, p1, p2, s1, s2]


def main(argv: list[str]) -> int:
    import json
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout99_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    docs = [f(out) for f in LAYOUTS]
    print(out)
    bad = 0
    if "--check" in argv:
        cont = 0
        for d in docs:
            e = check(d)
            t = json.loads(Path(str(d.path) + ".truth.json").read_text())
            sp_n = spans(t)
            cont += 1 if sp_n else 0
            print(f"{d.spec.name}: {len(t['lines'])} lines, {t['pages']} pages, {len(t['claims'])} claims, "
                  f"{sp_n} spanning claim(s): {'OK' if not e else 'FAIL'}")
            for x in e[:12]:
                print("   ", x)
            bad += bool(e)
        if cont < 3:
            print(f"only {cont} files carry a claim continuing onto the next page")
            bad += 1
        print("CHECK", "PASSED" if not bad else "FAILED")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
