"""Write the HELD-OUT set 128 of synthetic PDF EOB layouts (with truth files) into a folder: an honest measurement
of the PDF reader on the five commonest real kinds of EOB paperwork, two house styles each, written by an author
who never looked at the reader.

Run:  python bench/heldout128/make_heldout128_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout128/make_heldout128_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; write_truth/truth_line are reused), printed
values only, null for what a layout does not print (units null where no quantity is printed); claim_id = the
provider's own account / patient-control / visit number, payer_claim_id = the payer's claim number / ICN / TCN,
patient exactly as printed (the person served, not the subscriber or guarantor). Reversal lines carry negative
amounts. Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness). Helper: h128draw.py.

Layouts:
  v1  commercial member EOB for a family (subscriber + son + daughter), Helvetica portrait: "Amount charged /
      Member savings / Plan allowance / Not covered / Deductible / Copay / Coinsurance / Plan paid / What you
      owe / Note", "97530 GO 59", family summary box, shaded claim bands, no units, a plan-excluded line the
      member owes; the last claim runs on to page 2 with the column header repeated (reportlab)
  v2  commercial PPO member EOB, landscape DejaVu Sans Condensed: "Billed by provider / Network savings / Not
      covered / Allowed amount / Your plan paid / Your share / Why", "Jan 5, 2026", description + code glued
      ("Manual therapy 97140"), modifiers "GP, KX", Qty, a reversed claim (leading minus) and its replacement,
      a zero-pay bundled line; the last claim runs on to page 2 WITHOUT a repeated header (fpdf2)
  v3  Medicare Summary Notice Part B, Times portrait: "Service Provided & Billing Code" as
      "2 Therapeutic exercises (97110-GP-CQ)" (quantity first), "Medicare-Approved Amount / Amount Medicare Paid
      / Maximum You May Be Billed / See Notes", one beneficiary, provider address claim headings, claim number
      only (no provider account), a denied zero line; continues on page 2 with header repeated (reportlab)
  v4  Medicare Advantage (HMO) Part C member EOB, Liberation Serif portrait: boxed claim headings "Claim number /
      Patient account number", "Provider charged / Plan's approved amount / Plan's share / Your share",
      per-day rehab copay, a bundled CO denial, no units (fpdf2)
  v5  state Medicaid remittance advice, Courier landscape: recipient heading rows with RECIP ID / ICN / PAT
      ACCT #, LN, FROM/TO DOS "010626", PROC M1 M2, UNITS "2.00", TPL and COPAY columns, 4-digit EOB codes,
      a DENIED claim, header repeated on the continuation page (reportlab)
  v6  state Medicaid RA, DejaVu Sans Mono portrait: section bands (adjusted credit/debit, paid), MEMBER/TCN/PT
      ACCT heading rows, "97530-GO", trailing-minus credits "380.00-", GRP-RSN + ADJ AMT per line, RARC, net
      payment (fpdf2)
  v7  clearinghouse SPR-style print of a Medicare Part B remittance, Liberation Mono portrait: NAME/MID/ACNT/ICN
      heading line, PERF PROV, "0108 010826", POS, NOS, MODS "GP KX 59", deductible and coinsurance columns,
      GRP/RC-AMT one adjustment per line stacked under the service, claim totals + PT RESP, glossary; a claim
      runs on to page 2 with the header repeated (reportlab)
  v8  practice-management "Insurance Payment Detail" of a Medicare payment, Liberation Sans Narrow landscape
      grid: patient / Acct # / Payer ICN on every row, "GO:KX", Units "2.0", Contr Adj and Seq Red columns,
      claim total rows; PLANTED claim-total mismatch on one claim (paid +10.00) (fpdf2)
  v9  pediatric therapy clinic family statement (three children of one guarantor), Liberation Serif with a
      shaded left sidebar (amount due, account, page), visit heading rows with visit # and the insurer's claim
      number, glued "97530GO", "Charges / Insurance Paid / Insurance Adjust. / Your Portion", a patient
      payment row in parentheses, no units (reportlab)
  v10 hospital outpatient-rehab guarantor statement (three family members), core Helvetica portrait: account
      heading bands with insurance claim # (none on an account still awaiting payment), Rev code column,
      CPT/HCPCS and Mod apart, Qty, charges only per line, account-level payment / contractual allowance /
      balance rows; the long account runs on to page 2 with the header repeated (fpdf2)

The self-check (--check) tests the factory, not the reader: the page count matches; for every truth line the
printed cells of its row (date, code, modifiers, units, every amount, note codes) are found as whole tokens on
ONE extracted text line of the right page (pdfplumber); every non-null truth amount equals one of those cells,
units equal a printed quantity, modifiers and remarks are on the row, adjustment codes and amounts are on the
row or the stacked lines just under it; ids and patients are in the document text; billed - adjustments = paid
where the layout prints every adjustment with its amount (v6, v7); claim totals equal the sum of the lines and
are printed, except the planted mismatch, which really is one."""
from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
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
from h128draw import Doc, page_lines, parse_money  # noqa: E402

D = date


@dataclass
class Claim:
    patient: str
    cid: str | None
    pcn: str | None
    svcs: list
    info: dict = field(default_factory=dict)
    rem: dict = field(default_factory=dict)  # svc index -> remark codes


@dataclass
class Spec:
    name: str
    producer: str
    desc: str
    landscape: bool
    font: str
    bold: str
    size: float
    row_h: float
    cols: list              # (header lines tuple, x, align, getter(s, c, i) -> str, is_desc)
    printed: tuple
    units: bool
    top: object             # top(doc, page_no) -> y where claims start
    foot: object            # foot(doc, page_no)
    claim_head: object      # (doc, y, claim, cont) -> y
    claim_tail: object      # (doc, y, claim) -> y
    bottom: float
    style: str = "plain"    # plain | ruled | grid
    repeat_header: bool = True
    breaks: set = field(default_factory=set)
    wrap: dict = field(default_factory=dict)   # code -> second-line text under the desc column
    adjs: object = None     # (s) -> list of truth adjustments
    adj_complete: bool = False
    ending: object = None   # (doc, y) -> None, legend etc.
    legend: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    totals: object = None   # claim -> claim_totals dict
    modifiers: bool = True
    code: bool = True
    description: bool = False
    patient_on_line: bool = True
    extra: object = None    # (s, c, i) -> list of extra text lines [(x, text, align), ...] under the row


def build(spec: Spec, claims: list[Claim], out: Path):
    doc = Doc(spec.producer, spec.landscape)
    recs = []
    doc.page()
    y = spec.top(doc, doc.n)

    def header(y):
        lines = max(len(h[0]) for h in spec.cols)
        x0 = min(c[1] for c in spec.cols) - 4
        x1 = doc.W - x0
        if spec.style == "grid":
            doc.rect(x0, y - spec.size - 2, x1 - x0, lines * (spec.size + 2) + 4, fill=0.88)
        for k in range(lines):
            for h, x, a, _, _ in spec.cols:
                if k < len(h):
                    doc.text(x, y + k * (spec.size + 2), h[k], spec.bold, spec.size, a)
        y += (lines - 1) * (spec.size + 2) + 4
        if spec.style in ("ruled", "grid"):
            doc.line(x0, y, x1, y, 0.8)
        return y + spec.row_h

    for ci, c in enumerate(claims):
        y = spec.claim_head(doc, y, c, False)
        y = header(y)
        for li, s in enumerate(c.svcs):
            need = spec.row_h * (2 if s.code in spec.wrap else 1)
            if y + need > spec.bottom or (ci, li) in spec.breaks:
                spec.foot(doc, doc.n)
                doc.page()
                y = spec.top(doc, doc.n)
                y = spec.claim_head(doc, y, c, True)
                if spec.repeat_header:
                    y = header(y)
            cells = []
            for h, x, a, g, is_desc in spec.cols:
                t = g(s, c, li)
                if t:
                    doc.text(x, y, t, spec.font, spec.size, a)
                    if not is_desc:
                        cells.append(t)
            for ex in (spec.extra(s, c, li) if spec.extra else []):
                y += spec.row_h
                for xx, tt, aa in ex:
                    doc.text(xx, y, tt, spec.font, spec.size, aa)
            if s.code in spec.wrap:
                dx = [col for col in spec.cols if col[4]][0][1]
                y += spec.row_h * 0.9
                doc.text(dx + 6, y, spec.wrap[s.code], spec.font, spec.size - 0.5)
            if spec.style == "grid":
                x0 = min(col[1] for col in spec.cols) - 4
                doc.line(x0, y + 3, doc.W - x0, y + 3, 0.3)
            adjs = spec.adjs(s) if spec.adjs else []
            tl = truth_line(doc.n, s, claim_id=c.cid, payer_claim_id=c.pcn, patient=c.patient,
                            printed=spec.printed, units=spec.units, adjustments=adjs,
                            remarks=c.rem.get(li, []), modifiers=spec.modifiers, code=spec.code,
                            description=spec.description)
            recs.append((tl, cells))
            y += spec.row_h
        y = spec.claim_tail(doc, y, c)
        if y > spec.bottom and ci + 1 < len(claims):
            spec.foot(doc, doc.n)
            doc.page()
            y = spec.top(doc, doc.n)
    if spec.ending:
        if y + 90 > spec.bottom + 40:
            spec.foot(doc, doc.n)
            doc.page()
            y = spec.top(doc, doc.n)
        spec.ending(doc, y)
    spec.foot(doc, doc.n)
    total_pages = doc.n
    for ops in doc.pages:
        for i, op in enumerate(ops):
            if op[0] == "t" and "{T}" in op[3]:
                ops[i] = op[:3] + (op[3].replace("{T}", str(total_pages)),) + op[4:]
    pdf = out / f"{spec.name}.pdf"
    doc.save(pdf, spec.name)
    cl = []
    for c in claims:
        tot = spec.totals(c) if spec.totals else claim_totals()
        cl.append({"claim_id": c.cid, "payer_claim_id": c.pcn, "patient": c.patient, "totals": tot})
    write_truth(pdf, spec.name, spec.producer, total_pages, spec.desc, [r[0] for r in recs], cl, spec.legend,
                spec.findings)
    return pdf, recs


# ================================================================================== shared little helpers

def mods(s, sep=" "):
    return sep.join(s.mods)


def code_mod(s, sep="-", msep=" "):
    return s.code + (sep + msep.join(s.mods) if s.mods else "")


def T(doc, x, y, s, f="Helvetica", z=8, a="l"):
    doc.text(x, y, s, f, z, a)


def S(svcs, attr):
    return total(svcs, attr)


def std_adjs(s):
    return [[g, r, a] for g, r, a in s.adjs if a]


LAYOUTS = []


def short(t, n):
    if len(t) <= n:
        return t
    return t[:n].rsplit(" ", 1)[0].rstrip(",/")


def layout(fn):
    LAYOUTS.append(fn)
    return fn


# ---------------------------------------------------------------------------------------------- v1
@layout
def v1(out):
    st = PlanState(ded_left=q("120.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    stb = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"),
                    copay_codes={"99213": q("30.00")})
    a = [commercial(Svc(D(2026, 1, 6), "97165", 1, ("GO",)), st),
         commercial(Svc(D(2026, 1, 6), "97530", 2, ("GO",)), st),
         commercial(Svc(D(2026, 1, 8), "97530", 3, ("GO",)), st),
         commercial(Svc(D(2026, 1, 8), "97535", 1, ("GO", "59")), st),
         commercial(Svc(D(2026, 1, 13), "97530", 3, ("GO",)), st),
         commercial(Svc(D(2026, 1, 13), "97140", 1, ("GO", "59")), st),
         commercial(Svc(D(2026, 1, 15), "97530", 2, ("GO",)), st),
         commercial(Svc(D(2026, 1, 15), "97112", 1, ("GO",)), st),
         commercial(Svc(D(2026, 1, 20), "97168", 1, ("GO",)), st)]
    b = [commercial(Svc(D(2026, 1, 9), "99213", 1), stb),
         commercial(Svc(D(2026, 1, 9), "97110", 2, ("GP",)), stb),
         commercial(Svc(D(2026, 1, 9), "0552T", 1, denied="PR"), stb, deny_reason="96")]
    c = [commercial(Svc(D(2026, 1, 12), "92523", 1, ("GN",)), stb),
         commercial(Svc(D(2026, 1, 19), "92507", 1, ("GN",)), stb),
         commercial(Svc(D(2026, 1, 26), "92507", 1, ("GN",)), stb)]
    claims = [
        None,
        Claim("Eli Whitcomb", "BWT-88310", "2026-0114-55821", a,
              {"rel": "Son", "prov": "Brightwater Pediatric Therapy", "rcv": "01/22/2026", "prc": "01/27/2026"},
              {0: ["D1"], 1: ["D1"]}),
        Claim("Dana Whitcomb", "44-719022", "2026-0116-60413", b,
              {"rel": "Self", "prov": "Harborline Orthopedic & Spine", "rcv": "01/16/2026", "prc": "01/21/2026"},
              {0: ["C3"], 2: ["X9"]}),
        Claim("Juniper Whitcomb", "SLC-20931", "2026-0128-71006", c,
              {"rel": "Daughter", "prov": "Saltmarsh Language Center", "rcv": "01/29/2026", "prc": "02/02/2026"}),
    ]
    claims = [claims[2], claims[3], claims[1]]
    F, B = "Helvetica", "Helvetica-Bold"
    m = lambda v: money(v, ",")  # noqa: E731
    X = [36, 80, 232, 274, 318, 358, 398, 436, 476, 516, 552, 560]
    cols = [(("Service", "date"), X[0], "l", lambda s, c, i: dfmt(s.dos, "mdy4"), False),
            (("Service", "code"), X[1], "l", lambda s, c, i: code_mod(s, " "), False),
            (("Description",), 128, "l", lambda s, c, i: short(s.desc, 24), True),
            (("Amount", "charged"), X[2], "r", lambda s, c, i: m(s.billed), False),
            (("Member", "savings"), X[3], "r", lambda s, c, i: m(s.discount), False),
            (("Plan", "allowance"), X[4], "r", lambda s, c, i: m(s.allowed), False),
            (("Not", "covered"), X[5], "r", lambda s, c, i: m(s.not_covered), False),
            (("Deduct-", "ible"), X[6], "r", lambda s, c, i: m(s.deductible), False),
            (("Copay",), X[7], "r", lambda s, c, i: m(s.copay), False),
            (("Co-", "insurance"), X[8], "r", lambda s, c, i: m(s.coinsurance), False),
            (("Plan", "paid"), X[9], "r", lambda s, c, i: m(s.paid), False),
            (("What you", "owe"), X[10], "r", lambda s, c, i: m(s.owes), False),
            (("Note",), X[11], "l", lambda s, c, i: " ".join(c.rem.get(i, [])), False)]

    def top(doc, n):
        T(doc, 36, 40, "LARCHMONT MUTUAL", B, 15)
        T(doc, 36, 52, "HEALTH PLAN", F, 9)
        T(doc, 576, 40, "Explanation of Benefits", B, 12, "r")
        T(doc, 576, 52, "THIS IS NOT A BILL", B, 8, "r")
        T(doc, 576, 62, f"Page {n} of {{T}}", F, 7, "r")
        if n == 1:
            T(doc, 36, 86, "DANA WHITCOMB", F, 9)
            T(doc, 36, 97, "1187 QUILLFEATHER LANE", F, 9)
            T(doc, 36, 108, "MARROWVALE, OR 97399-0412", F, 9)
            doc.rect(340, 76, 236, 52)
            for k, (lab, v) in enumerate([("Subscriber", "Dana Whitcomb"), ("Member ID", "LMH 771 204 558"),
                                        ("Group", "Copperline Cooperative  #00481"),
                                        ("Statement date", "February 3, 2026")]):
                T(doc, 346, 87 + k * 11, lab + ":", B, 7.5)
                T(doc, 420, 87 + k * 11, v, F, 7.5)
            T(doc, 36, 146, "Your family's claims at a glance", B, 10)
            doc.line(36, 151, 576, 151, 1)
            hx = [36, 150, 300, 400, 480, 576]
            for k, h in enumerate(["Patient", "Provider", "Amount charged", "Plan paid", "What you owe"]):
                T(doc, hx[k] if k < 2 else hx[k + 1] - 6, 164, h, B, 7.5, "l" if k < 2 else "r")
            yy = 177
            for c in claims:
                T(doc, 36, yy, c.patient, F, 7.5)
                T(doc, 150, yy, c.info["prov"], F, 7.5)
                for k, a in enumerate(("billed", "paid", "owes")):
                    T(doc, hx[k + 3] - 6, yy, "$" + m(S(c.svcs, a)), F, 7.5, "r")
                yy += 11
            doc.line(36, yy - 6, 576, yy - 6, 0.4)
            T(doc, 36, yy + 4, "Total", B, 7.5)
            for k, a in enumerate(("billed", "paid", "owes")):
                T(doc, hx[k + 3] - 6, yy + 4, "$" + m(sum((S(c.svcs, a) for c in claims), ZERO)), B, 7.5, "r")
            T(doc, 36, yy + 24, "Claim details", B, 10)
            doc.line(36, yy + 29, 576, yy + 29, 1)
            return yy + 46
        T(doc, 36, 86, "Subscriber: Dana Whitcomb    Member ID: LMH 771 204 558", F, 8)
        doc.line(36, 92, 576, 92, 1)
        return 110

    def foot(doc, n):
        doc.line(36, 752, 576, 752, 0.4)
        T(doc, 36, 762, "Larchmont Mutual Health Plan  |  PO Box 6620, Fernbridge, OR 97001  |  Member Services "
                        "1-800-555-0147 (TTY 711)", F, 6.5)
        T(doc, 576, 772, "LMH-EOB-02  rev 09/25", F, 6, "r")

    def head(doc, y, c, cont):
        doc.rect(36, y - 9, 540, 26, fill=0.93)
        t = f"Patient: {c.patient} ({c.info['rel']})    Provider: {c.info['prov']}"
        T(doc, 40, y, t + ("    (continued)" if cont else ""), B, 8)
        T(doc, 40, y + 11, f"Claim number {c.pcn}    Patient account {c.cid}    Received {c.info['rcv']}    "
                           f"Processed {c.info['prc']}", F, 7.5)
        return y + 32

    def tail(doc, y, c):
        doc.line(36, y - 5, 576, y - 5, 0.5)
        sv = c.svcs
        T(doc, 36, y + 2, "Claim totals", B, 7.5)
        for attr, x in (("billed", X[2]), ("discount", X[3]), ("allowed", X[4]), ("not_covered", X[5]),
                        ("deductible", X[6]), ("copay", X[7]), ("coinsurance", X[8]), ("paid", X[9]),
                        ("owes", X[10])):
            T(doc, x, y + 2, m(S(sv, attr)), B, 7.5, "r")
        T(doc, 40, y + 14, f"Payment of ${m(S(sv, 'paid'))} was sent to {c.info['prov']}.", F, 7.5)
        return y + 38

    legend = [("C3", "Your plan's fixed office-visit copay was taken from this service."),
              ("D1", "This amount counts toward the family deductible for the plan year."),
              ("X9", "The plan does not cover this service; you may be billed for the full charge.")]

    def ending(doc, y):
        T(doc, 36, y, "Notes", B, 9)
        for k, (cd, t) in enumerate(legend):
            T(doc, 36, y + 12 + k * 10, cd, B, 7.5)
            T(doc, 56, y + 12 + k * 10, t, F, 7.5)
        y += 54
        doc.rect(36, y, 540, 40)
        T(doc, 42, y + 12, "Plan year to date (in-network)      Deductible met: $120.00 of $750.00 individual / "
                          "$120.00 of $1,500.00 family", F, 7.5)
        T(doc, 42, y + 24, "Out-of-pocket met: $561.34 of $4,000.00 family.   Appeals: you have 180 days from this "
                          "statement to ask us to review a decision.", F, 7.5)

    spec = Spec("h128_v1_commercial_member_eob_family", "reportlab",
                "Commercial member EOB for a family of three, Helvetica portrait, shaded claim bands, repeated "
                "column header on the continuation page", False, F, B, 7.2, 14.5, cols,
                ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
                 "patient_owes"), False, top, foot, head, tail, 690, "ruled", True,
                legend=legend, ending=ending,
                totals=lambda c: claim_totals(S(c.svcs, "billed"), S(c.svcs, "allowed"), S(c.svcs, "paid"),
                                              S(c.svcs, "owes")))
    spec.description = False
    return build(spec, claims, out)


# ---------------------------------------------------------------------------------------------- v2
@layout
def v2(out):
    st = PlanState(ded_left=q("60.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.70"))
    prior = [commercial(Svc(D(2026, 1, 5), "97161", 1, ("GP",)), PlanState(allowed_rate=Decimal("0.70"))),
             commercial(Svc(D(2026, 1, 5), "97110", 2, ("GP",)), PlanState(allowed_rate=Decimal("0.70")))]
    rev = [negate(x) for x in prior]
    new = [commercial(Svc(D(2026, 1, 5), "97161", 1, ("GP", "KX")), st),
           commercial(Svc(D(2026, 1, 5), "97110", 2, ("GP", "KX")), st)]
    a = [commercial(Svc(D(2026, 1, 7), "97110", 3, ("GP",)), st),
         commercial(Svc(D(2026, 1, 7), "97140", 1, ("GP", "59")), st),
         commercial(Svc(D(2026, 1, 9), "97116", 2, ("GP",)), st),
         commercial(Svc(D(2026, 1, 9), "97112", 1, ("GP",)), st),
         commercial(Svc(D(2026, 1, 14), "97110", 2, ("GP",)), st),
         commercial(Svc(D(2026, 1, 14), "97140", 2, ("GP", "59")), st),
         commercial(Svc(D(2026, 1, 16), "97110", 3, ("GP",)), st),
         commercial(Svc(D(2026, 1, 16), "G0283", 1, ("GP",), denied="CO"), st, deny_reason="B7")]
    b = [commercial(Svc(D(2026, 1, 12), "97166", 1, ("GO",)), st),
         commercial(Svc(D(2026, 1, 21), "97530", 3, ("GO",)), st),
         commercial(Svc(D(2026, 1, 21), "97535", 1, ("GO",)), st)]
    P1, P2, P3 = "Rohan Deshmukh-Laine", "Priya Deshmukh-Laine", "Anika Deshmukh-Laine"
    claims = [Claim(P1, "RV-300117", "E26005-40021-00", rev,
                    {"prov": "Riverbend Sports Physical Therapy", "st": "Adjusted - original payment taken back"}),
              Claim(P1, "RV-300117", "E26005-40021-01", new,
                    {"prov": "Riverbend Sports Physical Therapy", "st": "Adjusted - replacement claim"}, {}),
              Claim(P2, "RV-300240", "E26019-77310-00", a,
                    {"prov": "Riverbend Sports Physical Therapy", "st": "Processed"}, {7: ["N4"]}),
              Claim(P3, "0072214", "E26024-10988-00", b,
                    {"prov": "Little Acorns Pediatric OT", "st": "Processed"}, {0: ["D2"]})]
    F, B = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"
    m = lambda v: money(v, "$")  # noqa: E731
    X = [40, 120, 250, 300, 360, 420, 480, 540, 600, 660, 720]
    cols = [(("Date of", "service"), X[0], "l", lambda s, c, i: dfmt(s.dos, "mon"), False),
            (("Service",), X[1], "l", lambda s, c, i: f"{short(s.desc, 19)} {s.code}", False),
            (("Modifier",), 212, "l", lambda s, c, i: mods(s, ", "), False),
            (("Qty",), X[2] + 18, "r", lambda s, c, i: units_str(s.units), False),
            (("Billed by", "provider"), X[3] + 30, "r", lambda s, c, i: m(s.billed), False),
            (("Network", "savings"), X[4] + 30, "r", lambda s, c, i: m(s.discount), False),
            (("Not", "covered"), X[5] + 30, "r", lambda s, c, i: m(s.not_covered), False),
            (("Allowed", "amount"), X[6] + 30, "r", lambda s, c, i: m(s.allowed), False),
            (("Deductible",), X[7] + 30, "r", lambda s, c, i: m(s.deductible), False),
            (("Coinsurance",), X[8] + 34, "r", lambda s, c, i: m(s.coinsurance), False),
            (("Your plan", "paid"), X[9] + 26, "r", lambda s, c, i: m(s.paid), False),
            (("Your", "share"), X[10] + 14, "r", lambda s, c, i: m(s.owes), False),
            (("Why",), 742, "l", lambda s, c, i: " ".join(c.rem.get(i, [])), False)]

    def top(doc, n):
        T(doc, 40, 40, "tidewell", B, 20)
        T(doc, 40, 52, "HEALTH ALLIANCE", F, 7)
        T(doc, 752, 36, "Your Explanation of Benefits", B, 12, "r")
        T(doc, 752, 48, "Claims processed January 26 - February 6, 2026", F, 8, "r")
        T(doc, 752, 58, f"Page {n} of {{T}}", F, 7, "r")
        doc.line(40, 66, 752, 66, 1.2)
        if n == 1:
            T(doc, 40, 82, "Prepared for: Rohan Deshmukh-Laine   Member ID: TWH-0048817-01   Plan: Tidewell Choice PPO "
                           "2500   Group: Marisol Foods Inc. 22190", F, 8)
            T(doc, 40, 94, "Family members on this statement: Rohan, Priya and Anika Deshmukh-Laine", F, 8)
            return 118
        return 86

    def foot(doc, n):
        T(doc, 40, 585, "Questions? Call 1-866-555-0199 or sign in at members.tidewell.example. Keep this for your "
                        "records. This is not a bill.", F, 6.5)

    def head(doc, y, c, cont):
        doc.rect(36, y - 10, 720, 15, fill=0.9)
        T(doc, 40, y, f"{c.patient}  -  {c.info['prov']}" + ("  (continued from previous page)" if cont else ""),
          B, 8)
        T(doc, 752, y, f"Claim ID {c.pcn}   Provider acct {c.cid}   Status: {c.info['st']}", F, 7.5, "r")
        return y + 18

    def tail(doc, y, c):
        doc.line(40, y - 6, 752, y - 6, 0.5)
        T(doc, 40, y + 2, "Totals for this claim", B, 7.5)
        for attr, x in (("billed", X[3] + 30), ("discount", X[4] + 30), ("not_covered", X[5] + 30),
                        ("allowed", X[6] + 30), ("deductible", X[7] + 30), ("coinsurance", X[8] + 34),
                        ("paid", X[9] + 26), ("owes", X[10] + 14)):
            T(doc, x, y + 2, m(S(c.svcs, attr)), B, 7.5, "r")
        return y + 26

    legend = [("D2", "Applied to this member's deductible before the plan shares costs."),
              ("N4", "Not payable when billed on the same day as hands-on therapy; the provider may not bill you.")]

    def ending(doc, y):
        T(doc, 40, y, "What the codes in the Why column mean", B, 8.5)
        for k, (cd, t) in enumerate(legend):
            T(doc, 40, y + 12 + k * 10, f"{cd}  {t}", F, 7.5)
        T(doc, 40, y + 40, "Claim E26005-40021 was reprocessed after the provider sent a corrected claim; the first "
                           "payment is shown as taken back and the corrected payment is shown under the new claim ID.",
          F, 7.5)

    spec = Spec("h128_v2_commercial_member_eob_cards", "fpdf2",
                "Commercial PPO member EOB, landscape DejaVu Sans Condensed, claim bands, reversal and "
                "replacement claim, table runs on without a repeated header", True, F, B, 7.2, 13, cols,
                ("billed", "discount", "not_covered", "allowed", "deductible", "coinsurance", "paid",
                 "patient_owes"), True, top, foot, head, tail, 560, "ruled", False, legend=legend, ending=ending,
                totals=lambda c: claim_totals(S(c.svcs, "billed"), S(c.svcs, "allowed"), S(c.svcs, "paid"),
                                              S(c.svcs, "owes")))
    return build(spec, claims, out)


# ---------------------------------------------------------------------------------------------- v3
@layout
def v3(out):
    st = PlanState(ded_left=q("57.00"))
    a = [medicare(Svc(D(2026, 1, 6), "97163", 1, ("GP",)), st),
         medicare(Svc(D(2026, 1, 8), "97110", 2, ("GP",)), st),
         medicare(Svc(D(2026, 1, 8), "97140", 1, ("GP", "59")), st),
         medicare(Svc(D(2026, 1, 13), "97110", 2, ("GP", "CQ")), st),
         medicare(Svc(D(2026, 1, 13), "97116", 1, ("GP", "CQ")), st),
         medicare(Svc(D(2026, 1, 15), "97110", 2, ("GP",)), st),
         medicare(Svc(D(2026, 1, 15), "G0283", 1, ("GP",)), st)]
    b = [medicare(Svc(D(2026, 1, 20), "97166", 1, ("GO",)), st),
         medicare(Svc(D(2026, 1, 22), "97530", 2, ("GO",)), st),
         medicare(Svc(D(2026, 1, 22), "97535", 1, ("GO",)), st),
         medicare(Svc(D(2026, 1, 27), "97530", 2, ("GO",)), st),
         medicare(Svc(D(2026, 1, 27), "97760", 1, ("GO",), denied="CO"), st, deny_reason="B15")]
    cc = [medicare(Svc(D(2026, 1, 19), "92523", 1, ("GN",)), st),
          medicare(Svc(D(2026, 1, 21), "92507", 1, ("GN",)), st),
          medicare(Svc(D(2026, 1, 23), "92526", 1, ("GN",)), st),
          medicare(Svc(D(2026, 1, 26), "92507", 1, ("GN",)), st),
          medicare(Svc(D(2026, 1, 28), "92526", 1, ("GN",)), st)]
    P = "MARGARET L. OSTERHAUT"
    claims = [Claim(P, None, "26-0114-7781-0402", a,
                    {"prov": "Hollowell Physical Therapy Group", "addr": "210 Tanner Wharf Rd, Keelby, NH 03899",
                     "ref": "Anselm Petrakis"}, {0: ["A"], 6: ["B"]}),
              Claim(P, None, "26-0129-4410-0177", b,
                    {"prov": "Cedar Gap Occupational Therapy", "addr": "8 Millrace Ct, Suite 2, Dunmore Falls, "
                     "NH 03877", "ref": "Anselm Petrakis"}, {4: ["C", "D"]}),
              Claim(P, None, "26-0131-0958-0033", cc,
                    {"prov": "Tessaly Speech & Swallow Clinic", "addr": "77 Ferrous Ave, Keelby, NH 03899",
                     "ref": "Ruth Okonkwo-Hale"}, {0: ["A"]})]
    F, B = "Times-Roman", "Times-Bold"
    m = lambda v: money(v, "$")  # noqa: E731
    cols = [(("Date",), 44, "l", lambda s, c, i: dfmt(s.dos, "mdy2"), False),
            (("Service Provided & Billing Code",), 84, "l",
             lambda s, c, i: f"{units_str(s.units)} {short(s.desc, 28)} ({code_mod(s, '-', '-')})", False),
            (("",), 250, "l", lambda s, c, i: "", True),
            (("Amount", "Provider", "Charged"), 340, "r", lambda s, c, i: m(s.billed), False),
            (("Medicare-", "Approved", "Amount"), 405, "r", lambda s, c, i: m(s.allowed), False),
            (("Amount", "Medicare", "Paid"), 468, "r", lambda s, c, i: m(s.paid), False),
            (("Maximum", "You May Be", "Billed"), 532, "r", lambda s, c, i: m(s.owes), False),
            (("See", "Notes"), 548, "l", lambda s, c, i: " ".join(c.rem.get(i, [])), False)]

    def top(doc, n):
        T(doc, 40, 44, "Medicare Summary Notice for Part B (Medical Insurance)", B, 14)
        T(doc, 40, 58, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
          "Times-Italic", 8.5)
        T(doc, 572, 74, f"Page {n} of {{T}}", F, 8, "r")
        T(doc, 40, 74, f"{P}", B, 9)
        if n == 1:
            T(doc, 40, 86, "42 BRINDLE HILL RD APT 3", F, 9)
            T(doc, 40, 97, "KEELBY NH 03899-1120", F, 9)
            doc.rect(330, 84, 242, 60)
            for k, t in enumerate(["Medicare Number  XXXX-XX7-WK41", "Date of this notice  February 4, 2026",
                                   "Claims processed  Jan 5 - Feb 3, 2026", "Customer Service 1-800-555-0163"]):
                T(doc, 336, 96 + k * 12, t, F, 8.5)
            T(doc, 40, 168, "Your Deductible Status", B, 11)
            T(doc, 40, 182, "Your deductible is what you must pay each year for most health services before Medicare",
              F, 9)
            T(doc, 40, 193, "begins to pay. You have now met your $257.00 Part B deductible for 2026.", F, 9)
            T(doc, 40, 216, "Your Claims for Part B (Medical Insurance)", B, 11)
            T(doc, 40, 230, "Part B helps pay for outpatient therapy, doctor visits and supplies. The notes "
                            "at the end explain what the letters in the last column mean.", F, 9)
            return 256
        return 100

    def foot(doc, n):
        T(doc, 306, 770, "If you need help, call 1-800-555-0163. Fraud tip: compare the services on this notice with "
                         "your own records.", "Times-Italic", 7.5, "c")

    def head(doc, y, c, cont):
        T(doc, 40, y, f"{c.info['prov']}, {c.info['addr']}" + ("  (continued)" if cont else ""), B, 9)
        T(doc, 40, y + 11, f"Referred by: {c.info['ref']}   Service date(s) {dfmt(c.svcs[0].dos, 'mdy2')} - "
                           f"{dfmt(c.svcs[-1].dos, 'mdy2')}   Claim number: {c.pcn}", F, 8.5)
        return y + 30

    def tail(doc, y, c):
        doc.line(40, y - 7, 572, y - 7, 0.6)
        T(doc, 44, y + 2, "Total for this claim", B, 8.5)
        for attr, x in (("billed", 340), ("allowed", 405), ("paid", 468), ("owes", 532)):
            T(doc, x, y + 2, m(S(c.svcs, attr)), B, 8.5, "r")
        return y + 30

    legend = [("A", "This service was approved; Medicare pays 80% of the approved amount after the deductible."),
              ("B", "A 2% reduction in Medicare payment was applied as required by federal law."),
              ("C", "Medicare does not pay for this item when billed with this service. The provider cannot charge "
                    "you for it."),
              ("D", "You can ask for a redetermination (appeal) within 120 days of this notice.")]

    def ending(doc, y):
        T(doc, 40, y, "Notes for Claims Above", B, 10)
        for k, (cd, t) in enumerate(legend):
            T(doc, 40, y + 14 + k * 11, f"{cd}  {t}", F, 8.5)

    spec = Spec("h128_v3_medicare_summary_notice", "reportlab",
                "Medicare Summary Notice Part B, Times portrait, quantity and code in the service text, "
                "notes letters, claims run on to the next page with the header repeated", False, F, B, 8,
                16, cols, ("billed", "allowed", "paid", "patient_owes"), True, top, foot, head, tail, 740,
                "ruled", True, legend=legend, ending=ending,
                totals=lambda c: claim_totals(S(c.svcs, "billed"), S(c.svcs, "allowed"), S(c.svcs, "paid"),
                                              S(c.svcs, "owes")))

    def extra(s, c, i):
        return []
    return build(spec, claims, out)


# ---------------------------------------------------------------------------------------------- v4
@layout
def v4(out):
    st = PlanState(visit_copay=q("20.00"), allowed_rate=Decimal("0.64"))
    a = [commercial(Svc(D(2026, 1, 5), "97167", 1, ("GO",)), st),
         commercial(Svc(D(2026, 1, 7), "97530", 2, ("GO",)), st),
         commercial(Svc(D(2026, 1, 7), "97112", 1, ("GO",)), st),
         commercial(Svc(D(2026, 1, 12), "97530", 2, ("GO",)), st),
         commercial(Svc(D(2026, 1, 12), "97129", 1, ("GO",)), st)]
    b = [commercial(Svc(D(2026, 1, 9), "99213", 1, ("25",)), st),
         commercial(Svc(D(2026, 1, 9), "L3807", 1, ("RT",)), st),
         commercial(Svc(D(2026, 1, 9), "97760", 1, ("GO",), denied="CO"), st, deny_reason="97")]
    c = [commercial(Svc(D(2026, 1, 14), "97530", 2, ("GO",)), st),
         commercial(Svc(D(2026, 1, 14), "97535", 1, ("GO",)), st),
         commercial(Svc(D(2026, 1, 21), "97530", 2, ("GO",)), st),
         commercial(Svc(D(2026, 1, 21), "97150", 1, ("GO",)), st)]
    P = "Arturo Velazquez-Bloom"
    claims = [Claim(P, "AC-61508", "MA2601090441", a, {"prov": "Quarrystone Neuro Rehab", "net": "In-network"},
                    {0: ["CP"]}),
              Claim(P, "HT-22093-1", "MA2601130018", b, {"prov": "Palisade Hand & Upper Limb Center",
                                                         "net": "In-network"}, {2: ["NB"]}),
              Claim(P, "AC-61977", "MA2601260872", c, {"prov": "Quarrystone Neuro Rehab", "net": "In-network"})]
    F, B = "LiberationSerif", "LiberationSerif-Bold"
    m = lambda v: money(v, "$")  # noqa: E731
    cols = [(("Date of", "service"), 44, "l", lambda s, c, i: dfmt(s.dos, "mdy4"), False),
            (("Medical service or supply", "and code"), 104, "l", lambda s, c, i: short(s.desc, 30), True),
            (("",), 236, "l", lambda s, c, i: code_mod(s, " "), False),
            (("Provider", "charged"), 340, "r", lambda s, c, i: m(s.billed), False),
            (("Plan's", "approved", "amount"), 404, "r", lambda s, c, i: m(s.allowed), False),
            (("Plan's", "share"), 466, "r", lambda s, c, i: m(s.paid), False),
            (("Your", "share"), 524, "r", lambda s, c, i: m(s.owes), False),
            (("See", "note"), 540, "l", lambda s, c, i: " ".join(c.rem.get(i, [])), False)]

    def top(doc, n):
        T(doc, 44, 42, "Blue Heron Senior Advantage (HMO)", B, 13)
        T(doc, 44, 56, "Part C Explanation of Benefits (EOB)", F, 10)
        T(doc, 568, 42, "Member: Arturo Velazquez-Bloom", F, 8.5, "r")
        T(doc, 568, 53, "Member ID: BHS-440918273", F, 8.5, "r")
        T(doc, 568, 64, f"Page {n} of {{T}}", F, 8.5, "r")
        doc.line(44, 72, 568, 72, 2)
        if n == 1:
            doc.rect(44, 82, 524, 62, fill=0.95)
            T(doc, 52, 96, "This notice gives you a summary of the medical claims we processed in January 2026.",
              F, 9)
            T(doc, 52, 108, "It is not a bill. Your share is what you pay the provider; it counts toward your "
                            "yearly maximum out-of-pocket", F, 9)
            T(doc, 52, 120, "limit of $4,900.00 (you have paid $140.00 so far this year).", F, 9)
            T(doc, 52, 134, "Your copay for outpatient rehabilitation visits is $20.00 per day.", B, 9)
            T(doc, 44, 166, "Part 2: Your medical claims in detail", B, 11)
            return 186
        return 92

    def foot(doc, n):
        doc.line(44, 748, 568, 748, 0.4)
        T(doc, 44, 758, "Blue Heron Health Plans  -  Member Services 1-877-555-0126, 8 a.m. to 8 p.m., 7 days a week "
                        "(TTY 711)", F, 7.5)
        T(doc, 44, 768, "H9988_EOB26_C  Approved", F, 6.5)

    def head(doc, y, c, cont):
        doc.rect(44, y - 10, 524, 28)
        T(doc, 50, y, f"Claim number {c.pcn}", B, 9)
        T(doc, 230, y, f"{c.info['prov']} ({c.info['net']})", F, 9)
        T(doc, 50, y + 12, f"Patient account number {c.cid}", F, 8.5)
        return y + 36

    def tail(doc, y, c):
        doc.line(44, y - 7, 568, y - 7, 0.6)
        T(doc, 104, y + 3, "Claim total", B, 9)
        for attr, x in (("billed", 340), ("allowed", 404), ("paid", 466), ("owes", 524)):
            T(doc, x, y + 3, m(S(c.svcs, attr)), B, 9, "r")
        return y + 34

    legend = [("CP", "Your fixed copay for a rehabilitation visit day was applied."),
              ("NB", "This service is included in the payment for another service on the same day. The "
                     "provider may not bill you.")]

    def ending(doc, y):
        T(doc, 44, y, "Notes about your claims", B, 10)
        for k, (cd, t) in enumerate(legend):
            T(doc, 44, y + 14 + k * 12, cd, B, 8.5)
            T(doc, 64, y + 14 + k * 12, t, F, 8.5)

    spec = Spec("h128_v4_medicare_advantage_member_eob", "fpdf2",
                "Medicare Advantage Part C member EOB, Liberation Serif portrait, boxed claim headings, "
                "per-day copay, bundled zero line", False, F, B, 8.5, 15, cols,
                ("billed", "allowed", "paid", "patient_owes"), False, top, foot, head, tail, 735, "ruled", True,
                legend=legend, ending=ending,
                totals=lambda c: claim_totals(S(c.svcs, "billed"), S(c.svcs, "allowed"), S(c.svcs, "paid"),
                                              S(c.svcs, "owes")))
    return build(spec, claims, out)


# ---------------------------------------------------------------------------------------------- v5
@layout
def v5(out):
    rows = [
        ("HALVERSEN, TOBIAS", "40018827311", "PT-7710", "2026027001044", [
            medicaid(Svc(D(2026, 1, 6), "97161", 1, ("GP",))), medicaid(Svc(D(2026, 1, 6), "97110", 2, ("GP",))),
            medicaid(Svc(D(2026, 1, 8), "97110", 2, ("GP",))), medicaid(Svc(D(2026, 1, 8), "97140", 1, ("GP", "59"))),
            medicaid(Svc(D(2026, 1, 13), "97110", 2, ("GP",))), medicaid(Svc(D(2026, 1, 13), "97116", 2, ("GP",)))]),
        ("QUINTERO, ALMA R", "40022190658", "PT-7744", "2026027001045", [
            medicaid(Svc(D(2026, 1, 7), "97165", 1, ("GO",))), medicaid(Svc(D(2026, 1, 9), "97530", 3, ("GO",))),
            medicaid(Svc(D(2026, 1, 14), "97530", 3, ("GO",))), medicaid(Svc(D(2026, 1, 16), "97530", 2, ("GO",))),
            medicaid(Svc(D(2026, 1, 16), "97535", 1, ("GO",)))]),
        ("BOATENG, KWAME", "40031107725", "ST-0391", "2026027001046", [
            medicaid(Svc(D(2026, 1, 12), "92523", 1, ("GN",))), medicaid(Svc(D(2026, 1, 19), "92507", 1, ("GN",))),
            medicaid(Svc(D(2026, 1, 26), "92507", 1, ("GN",)))]),
        ("HALVERSEN, TOBIAS", "40018827311", "PT-7812", "2026031004410", [
            medicaid(Svc(D(2026, 1, 20), "97110", 2, ("GP",)), "204"),
            medicaid(Svc(D(2026, 1, 20), "G0283", 1, ("GP",)), "204")]),
    ]
    rows[3][4][0].denied = rows[3][4][1].denied = "CO"
    for sv in rows[3][4]:
        sv.not_covered, sv.allowed, sv.paid, sv.discount = sv.billed, ZERO, ZERO, ZERO
    claims = []
    for k, (nm, rid, acct, icn, sv) in enumerate(rows):
        rem = {i: (["0211"] if s.discount else ["0001"]) for i, s in enumerate(sv)}
        if k == 3:
            rem = {0: ["3102"], 1: ["3102", "0862"]}
        claims.append(Claim(nm, acct, icn, sv, {"rid": rid, "denied": k == 3}, rem))
    F, B = "Courier", "Courier-Bold"
    cols = [(("LN",), 30, "l", lambda s, c, i: f"{i + 1:02d}", False),
            (("FROM DOS",), 52, "l", lambda s, c, i: dfmt(s.dos, "mdy6"), False),
            (("TO DOS",), 100, "l", lambda s, c, i: dfmt(s.dos, "mdy6"), False),
            (("PROC",), 148, "l", lambda s, c, i: s.code, False),
            (("M1",), 184, "l", lambda s, c, i: s.mods[0] if s.mods else "", False),
            (("M2",), 202, "l", lambda s, c, i: s.mods[1] if len(s.mods) > 1 else "", False),
            (("UNITS",), 252, "r", lambda s, c, i: f"{s.units:.2f}", False),
            (("BILLED AMT",), 322, "r", lambda s, c, i: money(s.billed, ""), False),
            (("ALLOWED AMT",), 394, "r", lambda s, c, i: money(s.allowed, ""), False),
            (("TPL AMT",), 446, "r", lambda s, c, i: "0.00", False),
            (("COPAY",), 490, "r", lambda s, c, i: "0.00", False),
            (("PAID AMT",), 550, "r", lambda s, c, i: money(s.paid, ""), False),
            (("EOB CODES",), 566, "l", lambda s, c, i: " ".join(c.rem.get(i, [])), False)]

    def top(doc, n):
        T(doc, 30, 30, "STATE OF NORTH ARBOR", B, 9)
        T(doc, 30, 40, "DEPARTMENT OF HEALTH AND FAMILY SERVICES - MEDICAL ASSISTANCE PROGRAM", F, 8)
        T(doc, 396, 54, "REMITTANCE ADVICE", B, 10, "c")
        T(doc, 762, 30, f"RUN DATE 02/04/26   PAGE {n:>4}", F, 8, "r")
        T(doc, 762, 40, "RA NUMBER 0004471902   WARRANT/EFT 0091882714", F, 8, "r")
        T(doc, 30, 70, "PROVIDER: LAKEFRONT KIDS & ADULT THERAPY LLC   NPI 1558012297   MEDICAID PROV ID 004417720",
          F, 8)
        T(doc, 30, 80, "CLAIM TYPE: PROFESSIONAL (837P)        PAY CYCLE 2026-05", F, 8)
        doc.line(30, 86, 762, 86, 0.6)
        return 100

    def foot(doc, n):
        T(doc, 396, 590, "* * *  KEEP THIS REMITTANCE ADVICE FOR YOUR RECORDS  * * *", F, 7.5, "c")

    def head(doc, y, c, cont):
        st = "DENIED" if c.info["denied"] else "PAID"
        T(doc, 30, y, f"RECIPIENT: {c.patient:<22} RECIP ID: {c.info['rid']}   ICN: {c.pcn}   PAT ACCT #: {c.cid}"
                      f"   STATUS: {st}" + ("   *CONTINUED*" if cont else ""), B, 7.5)
        return y + 13

    def tail(doc, y, c):
        T(doc, 30, y, "CLAIM TOTALS", B, 7.5)
        for attr, x in (("billed", 322), ("allowed", 394), ("paid", 550)):
            T(doc, x, y, money(S(c.svcs, attr), ""), B, 7.5, "r")
        doc.line(30, y + 5, 762, y + 5, 0.3)
        return y + 20

    legend = [("0001", "Paid as billed."), ("0211", "Paid at the program's maximum fee for this procedure."),
              ("3102", "Recipient was not eligible for this program on the date of service."),
              ("0862", "Unattended electrical stimulation is not a covered therapy service for this program.")]

    def ending(doc, y):
        T(doc, 30, y, "EOB CODE DESCRIPTIONS", B, 8)
        for k, (cd, t) in enumerate(legend):
            T(doc, 30, y + 11 + k * 10, f"{cd}  {t}", F, 7.5)
        y += 60
        T(doc, 30, y, "PAYMENT SUMMARY   CLAIMS PAID 3   CLAIMS DENIED 1   "
                      f"TOTAL BILLED {money(sum((S(c.svcs, 'billed') for c in claims), ZERO), '')}   "
                      f"TOTAL PAID {money(sum((S(c.svcs, 'paid') for c in claims), ZERO), '')}", B, 7.5)

    spec = Spec("h128_v5_medicaid_ra_courier", "reportlab",
                "State Medicaid remittance advice, Courier landscape, recipient heading rows, from/to DOS, M1/M2, "
                "units with decimals, EOB codes, denied claim, header repeated on continuation", True, F, B, 7.5,
                11, cols, ("billed", "allowed", "paid"), True, top, foot, head, tail, 575, "ruled", True,
                legend=legend, ending=ending, breaks={(1, 3)},
                totals=lambda c: claim_totals(S(c.svcs, "billed"), S(c.svcs, "allowed"), S(c.svcs, "paid")))
    return build(spec, claims, out)


# ---------------------------------------------------------------------------------------------- v6
@layout
def v6(out):
    orig = [medicaid(Svc(D(2026, 1, 5), "97530", 4, ("GO",))), medicaid(Svc(D(2026, 1, 5), "97535", 2, ("GO",)))]
    rev = [negate(x) for x in orig]
    repl = [medicaid(Svc(D(2026, 1, 5), "97530", 3, ("GO",))), medicaid(Svc(D(2026, 1, 5), "97535", 2, ("GO",)))]
    a = [medicaid(Svc(D(2026, 1, 6), "92523", 1, ("GN",))), medicaid(Svc(D(2026, 1, 13), "92507", 1, ("GN",))),
         medicaid(Svc(D(2026, 1, 20), "92507", 1, ("GN",))), medicaid(Svc(D(2026, 1, 27), "92507", 1, ("GN",))),
         medicaid(Svc(D(2026, 1, 27), "92526", 1, ("GN", "59")))]
    b = [medicaid(Svc(D(2026, 1, 8), "97166", 1, ("GO",))), medicaid(Svc(D(2026, 1, 15), "97530", 3, ("GO",))),
         medicaid(Svc(D(2026, 1, 15), "97112", 1, ("GO",))), medicaid(Svc(D(2026, 1, 22), "97530", 3, ("GO",))),
         medicaid(Svc(D(2026, 1, 22), "97760", 1, ("GO",)), "B5")]
    b[4].denied = "CO"
    b[4].allowed = b[4].paid = b[4].discount = ZERO
    b[4].not_covered = b[4].billed
    b[4].adjs = [("CO", "B5", b[4].billed)]
    c = [medicaid(Svc(D(2026, 1, 9), "97110", 2, ("GP",))), medicaid(Svc(D(2026, 1, 9), "97140", 1, ("GP",))),
         medicaid(Svc(D(2026, 1, 16), "97110", 2, ("GP",))), medicaid(Svc(D(2026, 1, 16), "97140", 1, ("GP",)))]
    claims = [Claim("WINNIFRED ACHTERBERG", "MR0044821", "1226005330417", rev,
                    {"mid": "702281944A", "sec": "ADJUSTED CLAIMS - ORIGINAL (CREDIT)"}),
              Claim("WINNIFRED ACHTERBERG", "MR0044821", "1226033109882", repl,
                    {"mid": "702281944A", "sec": "ADJUSTED CLAIMS - REPLACEMENT (DEBIT)"}),
              Claim("DESHAWN PETTIGREW", "MR0045106", "1226028440015", a, {"mid": "703110287A", "sec": "PAID CLAIMS"}),
              Claim("LUCIA FENWICK-ORTIZ", "MR0045190", "1226028440031", b,
                    {"mid": "708844120A", "sec": "PAID CLAIMS"}, {4: ["N20"]}),
              Claim("OREN STAVROS", "MR0045222", "1226029001766", c, {"mid": "704099315A", "sec": "PAID CLAIMS"})]
    F, B = "DejaVuSansMono", "DejaVuSansMono-Bold"
    mt = lambda v: money(v, ",", "trail")  # noqa: E731

    def adjc(s, k):
        ad = [x for x in s.adjs if x[2]]
        return ad[0] if ad else None

    cols = [(("SVC DATE",), 34, "l", lambda s, c, i: dfmt(s.dos, "mdy2"), False),
            (("PROC-MOD",), 84, "l", lambda s, c, i: code_mod(s, "-", "-"), False),
            (("UNT",), 164, "r", lambda s, c, i: units_str(abs(s.units)), False),
            (("CHARGE",), 222, "r", lambda s, c, i: mt(s.billed), False),
            (("ALLOWED",), 278, "r", lambda s, c, i: mt(s.allowed), False),
            (("GRP-RSN",), 290, "l", lambda s, c, i: "-".join(adjc(s, 0)[:2]) if adjc(s, 0) else "", False),
            (("ADJ AMT",), 390, "r", lambda s, c, i: mt(adjc(s, 0)[2]) if adjc(s, 0) else "", False),
            (("PAID",), 446, "r", lambda s, c, i: mt(s.paid), False),
            (("RARC",), 456, "l", lambda s, c, i: " ".join(c.rem.get(i, [])), False)]

    def top(doc, n):
        T(doc, 34, 38, "GREAT PINES MEDICAID  /  HEALTHY FAMILIES PROGRAM", B, 10)
        T(doc, 34, 50, "PROVIDER REMITTANCE ADVICE - PROFESSIONAL SERVICES", F, 8)
        T(doc, 578, 38, f"PAGE {n} OF {{T}}", F, 8, "r")
        T(doc, 578, 50, "ISSUE DATE 02/05/2026", F, 8, "r")
        doc.rect(34, 58, 544, 34)
        T(doc, 40, 70, "PAYEE: MAPLEHURST THERAPY SERVICES      PAYEE ID 2201887   NPI 1902288415", F, 7.5)
        T(doc, 40, 82, "REMIT NO R26-0205-11840   PAYMENT METHOD EFT   TRACE 9007100842", F, 7.5)
        return 108

    def foot(doc, n):
        T(doc, 34, 772, "Great Pines Medicaid Provider Services 1-888-555-0172  |  Claim status line 1-888-555-0173",
          F, 6.5)

    seen = set()

    def head(doc, y, c, cont):
        if c.info["sec"] not in seen and not cont:
            seen.add(c.info["sec"])
            doc.rect(34, y - 9, 544, 13, fill=0.85)
            T(doc, 38, y, c.info["sec"], B, 8)
            y += 16
        T(doc, 34, y, f"MEMBER {c.patient}  ID {c.info['mid']}  TCN {c.pcn}  PT ACCT {c.cid}", B, 7.3)
        return y + 12

    def tail(doc, y, c):
        T(doc, 84, y, "CLAIM TOTAL", B, 7.3)
        for attr, x in (("billed", 222), ("allowed", 278), ("paid", 446)):
            T(doc, x, y, mt(S(c.svcs, attr)), B, 7.3, "r")
        return y + 20

    legend = [("N20", "Service is not separately payable with the other services on this date.")]

    def ending(doc, y):
        T(doc, 34, y, "REMARK CODES", B, 8)
        T(doc, 34, y + 11, "N20  " + legend[0][1], F, 7.3)
        T(doc, 34, y + 22, "ADJUSTMENT GROUP CO = PROVIDER WRITE-OFF.  AMOUNTS FOLLOWED BY - ARE RECOUPED.", F, 7.3)
        tp = sum((S(c.svcs, "paid") for c in claims), ZERO)
        T(doc, 34, y + 40, f"NET PAYMENT THIS REMITTANCE  {mt(tp)}", B, 8.5)

    spec = Spec("h128_v6_medicaid_ra_adjusted", "fpdf2",
                "State Medicaid RA, DejaVu Sans Mono portrait, sections for adjusted (credit/debit) and paid claims, "
                "trailing-minus credits, group-reason and adjustment amount per line", False, F, B, 7.3, 11.5, cols,
                ("billed", "allowed", "paid"), True, top, foot, head, tail, 750, "ruled", True, legend=legend,
                ending=ending, adjs=std_adjs,
                totals=lambda c: claim_totals(S(c.svcs, "billed"), S(c.svcs, "allowed"), S(c.svcs, "paid")))
    return (*build(spec, claims, out), True)


# ---------------------------------------------------------------------------------------------- v7
@layout
def v7(out):
    st = PlanState(ded_left=q("31.00"))
    st2 = PlanState()
    svs = [
        ("PELLETIER, GUY", "1EG4TE5MK73", "00219-PEL", "0226031204410", st, [
            Svc(D(2026, 1, 6), "97163", 1, ("GP",)), Svc(D(2026, 1, 8), "97110", 2, ("GP", "KX")),
            Svc(D(2026, 1, 8), "97140", 1, ("GP", "KX", "59")), Svc(D(2026, 1, 13), "97110", 3, ("GP", "KX"))]),
        ("ABERNATHY, RUTH", "3KQ9PN2WD18", "00245-ABE", "0226031204411", st2, [
            Svc(D(2026, 1, 7), "97165", 1, ("GO",)), Svc(D(2026, 1, 9), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 9), "97535", 1, ("GO", "CO"))]),
        ("OYELARAN, FEMI", "7TR2HX8LC04", "00251-OYE", "0226031204412", st2, [
            Svc(D(2026, 1, 12), "92507", 1, ("GN",)), Svc(D(2026, 1, 14), "92526", 1, ("GN",)),
            Svc(D(2026, 1, 16), "92507", 1, ("GN",)), Svc(D(2026, 1, 16), "97129", 1, ("GN",))]),
        ("PELLETIER, GUY", "1EG4TE5MK73", "00219-PEL", "0226031204413", st, [
            Svc(D(2026, 1, 15), "97110", 2, ("GP", "KX")), Svc(D(2026, 1, 15), "G0283", 1, ("GP",)),
            Svc(D(2026, 1, 20), "97116", 2, ("GP", "KX")), Svc(D(2026, 1, 20), "97112", 1, ("GP", "KX"))]),
    ]
    claims = []
    for nm, mbi, acct, icn, plan, sv in svs:
        sv = [medicare(x, plan) for x in sv]
        claims.append(Claim(nm, acct, icn, sv, {"mbi": mbi}))
    F, B = "LiberationMono", "LiberationMono-Bold"

    def adjrow(s, k):
        ad = [x for x in s.adjs if x[2]]
        return ad[k] if len(ad) > k else None

    def ac(s, k):
        a = adjrow(s, k)
        return f"{a[0]}-{a[1]}" if a else ""

    def aa(s, k):
        a = adjrow(s, k)
        return money(a[2], "") if a else ""

    cols = [(("PERF PROV",), 30, "l", lambda s, c, i: "1740229918", False),
            (("SERV DATE",), 92, "l", lambda s, c, i: f"{s.dos:%m%d} {s.dos:%m%d%y}", False),
            (("POS",), 168, "l", lambda s, c, i: "11", False),
            (("NOS",), 196, "r", lambda s, c, i: units_str(s.units), False),
            (("PROC",), 204, "l", lambda s, c, i: s.code, False),
            (("MODS",), 238, "l", lambda s, c, i: " ".join(s.mods), False),
            (("BILLED",), 334, "r", lambda s, c, i: money(s.billed, ""), False),
            (("ALLOWED",), 382, "r", lambda s, c, i: money(s.allowed, ""), False),
            (("DEDUCT",), 424, "r", lambda s, c, i: money(s.deductible, ""), False),
            (("COINS",), 466, "r", lambda s, c, i: money(s.coinsurance, ""), False),
            (("GRP/RC-AMT",), 474, "l", lambda s, c, i: ac(s, 0), False),
            (("",), 548, "r", lambda s, c, i: aa(s, 0), False),
            (("PROV PD",), 586, "r", lambda s, c, i: money(s.paid, ""), False)]

    def extra(s, c, i):
        rows = []
        k = 1
        while adjrow(s, k):
            rows.append([(474, ac(s, k), "l"), (548, aa(s, k), "r")])
            k += 1
        return rows

    def top(doc, n):
        T(doc, 30, 30, "MEDICARE-STYLE REMITTANCE (PRINTED FROM 835)      CLEARWAVE CLAIMS EXCHANGE", B, 8)
        T(doc, 30, 40, "PAYER: CASCADIA PART B MAC JURISDICTION 19", F, 7.5)
        T(doc, 586, 30, f"PAGE #: {n} OF {{T}}", F, 7.5, "r")
        T(doc, 30, 52, "PROVIDER #: 1740229918   HARBORVIEW OUTPATIENT REHABILITATION   CHECK/EFT #: 881020044   "
                       "DATE: 02/03/26", F, 7)
        doc.line(30, 58, 586, 58, 0.4)
        return 72

    def foot(doc, n):
        T(doc, 30, 770, "CLEARWAVE CLAIMS EXCHANGE - SPR PRINT SERVICE v4.2 - report RMT0118", F, 6.5)

    def head(doc, y, c, cont):
        T(doc, 30, y, f"NAME {c.patient:<18} MID {c.info['mbi']}  ACNT {c.cid}  ICN {c.pcn}  ASG Y  MOA MA01"
          + (" (CONT)" if cont else ""), B, 6.8)
        return y + 11

    def tail(doc, y, c):
        T(doc, 30, y, f"PT RESP {money(S(c.svcs, 'owes'), '')}", F, 6.8)
        T(doc, 204, y, "CLAIM TOTALS", B, 6.8)
        for attr, x in (("billed", 334), ("allowed", 382), ("deductible", 424), ("coinsurance", 466),
                        ("paid", 586)):
            T(doc, x, y, money(S(c.svcs, attr), ""), B, 6.8, "r")
        T(doc, 204, y + 10, "ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00", F, 6.8)
        return y + 26

    def ending(doc, y):
        tp = sum((S(c.svcs, "paid") for c in claims), ZERO)
        tb = sum((S(c.svcs, "billed") for c in claims), ZERO)
        T(doc, 30, y, "TOTALS:  # OF CLAIMS 4   BILLED AMT " + money(tb, "") + "   PROV PD AMT " + money(tp, "")
          + "   CHECK AMT " + money(tp, ""), B, 7)
        T(doc, 30, y + 14, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES", B, 7)
        for k, t in enumerate(["CO  Contractual obligation: amount the provider may not collect from the patient.",
                               "PR  Patient responsibility: amount that may be billed to the patient.",
                               "45  Charge above the fee schedule.   1  Deductible.   2  Coinsurance.",
                               "253 Federal payment reduction.   MA01 How to request a review of this decision."]):
            T(doc, 30, y + 25 + k * 9, t, F, 6.8)

    spec = Spec("h128_v7_clearinghouse_medicare_spr", "reportlab",
                "Clearinghouse print of a Medicare Part B remittance in SPR style, Liberation Mono portrait, "
                "one adjustment per line stacked under the service, claims run on to the next page", False, F, B,
                6.8, 10, cols, ("billed", "allowed", "deductible", "coinsurance", "paid"), True, top, foot, head,
                tail, 760, "plain", True, ending=ending, adjs=std_adjs, extra=extra, breaks={(3, 2)},
                legend=[("CO", "Contractual obligation"), ("PR", "Patient responsibility")],
                totals=lambda c: claim_totals(S(c.svcs, "billed"), S(c.svcs, "allowed"), S(c.svcs, "paid")))
    return (*build(spec, claims, out), True)


# ---------------------------------------------------------------------------------------------- v8
@layout
def v8(out):
    st = PlanState(ded_left=q("44.00"))
    st2 = PlanState()
    raw = [
        ("Lindqvist, Hanne", "A10482", "2226033587100", st, [
            Svc(D(2026, 1, 12), "97166", 1, ("GO",)), Svc(D(2026, 1, 14), "97530", 2, ("GO", "KX")),
            Svc(D(2026, 1, 14), "97140", 1, ("GO", "59")), Svc(D(2026, 1, 19), "97530", 3, ("GO", "KX"))]),
        ("Mbeki, Thandiwe", "A10517", "2226033587101", st2, [
            Svc(D(2026, 1, 13), "97161", 1, ("GP",)), Svc(D(2026, 1, 15), "97110", 2, ("GP", "CQ")),
            Svc(D(2026, 1, 15), "97112", 1, ("GP", "CQ")), Svc(D(2026, 1, 20), "97110", 2, ("GP", "CQ")),
            Svc(D(2026, 1, 20), "97116", 1, ("GP", "CQ"))]),
        ("Castellanos, Ignacio", "A10533", "2226034001872", st2, [
            Svc(D(2026, 1, 16), "92523", 1, ("GN",)), Svc(D(2026, 1, 23), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 23), "0552T", 1, (), denied="CO")]),
        ("Lindqvist, Hanne", "A10482", "2226035119040", st, [
            Svc(D(2026, 1, 21), "97530", 3, ("GO", "KX")), Svc(D(2026, 1, 21), "97535", 1, ("GO", "KX")),
            Svc(D(2026, 1, 26), "97168", 1, ("GO",)), Svc(D(2026, 1, 26), "97530", 2, ("GO", "KX"))]),
    ]
    claims = []
    for nm, acct, icn, plan, sv in raw:
        sv = [medicare(x, plan, deny_reason="96") for x in sv]
        claims.append(Claim(nm, acct, icn, sv, {}, {i: ["N130"] for i, x in enumerate(sv) if x.denied}))
    F, B = "LiberationSansNarrow", "LiberationSansNarrow-Bold"
    m = lambda v: money(v, ",")  # noqa: E731
    cols = [(("Patient",), 30, "l", lambda s, c, i: c.patient, False),
            (("Acct #",), 118, "l", lambda s, c, i: c.cid, False),
            (("Payer ICN",), 156, "l", lambda s, c, i: c.pcn, False),
            (("DOS",), 222, "l", lambda s, c, i: dfmt(s.dos, "mdy4"), False),
            (("CPT",), 268, "l", lambda s, c, i: s.code, False),
            (("Mod",), 296, "l", lambda s, c, i: mods(s, ":"), False),
            (("Units",), 352, "r", lambda s, c, i: f"{s.units:.1f}", False),
            (("Charge",), 402, "r", lambda s, c, i: m(s.billed), False),
            (("Allowed",), 448, "r", lambda s, c, i: m(s.allowed), False),
            (("Deduct",), 490, "r", lambda s, c, i: m(s.deductible), False),
            (("Coins",), 530, "r", lambda s, c, i: m(s.coinsurance), False),
            (("Contr Adj",), 578, "r", lambda s, c, i: m(s.discount if not s.denied else s.billed), False),
            (("Seq Red",), 620, "r", lambda s, c, i: m(s.seq), False),
            (("Paid",), 668, "r", lambda s, c, i: m(s.paid), False),
            (("Remarks",), 678, "l", lambda s, c, i: " ".join(c.rem.get(i, [])), False)]
    planted = claims[1]
    printed_paid = {id(c): S(c.svcs, "paid") + (q("10.00") if c is planted else ZERO) for c in claims}

    def top(doc, n):
        T(doc, 30, 30, "PracticeHarbor PM  -  Insurance Payment Detail (Remittance)", B, 11)
        T(doc, 30, 43, "Practice: Westbrook Rehabilitation Partners   Payer: Medicare Part B - Northline GBA   "
                       "EFT 7730011928  dated 02/02/2026", F, 8)
        T(doc, 762, 30, f"Printed 02/04/2026 08:14  user KDOAN   Page {n} of {{T}}", F, 7.5, "r")
        return 66

    def foot(doc, n):
        T(doc, 30, 590, "Amounts as received on the electronic remittance; posting batch PB-26-0204-03.", F, 7)

    def head(doc, y, c, cont):
        return y

    def tail(doc, y, c):
        doc.rect(26, y - 9, 740, 12, fill=0.93)
        T(doc, 222, y, f"Claim Total  {c.pcn}", B, 8)
        for attr, x in (("billed", 402), ("allowed", 448), ("deductible", 490), ("coinsurance", 530)):
            T(doc, x, y, m(S(c.svcs, attr)), B, 8, "r")
        T(doc, 668, y, m(printed_paid[id(c)]), B, 8, "r")
        return y + 22

    legend = [("N130", "Review the plan's benefit rules for this service; it is not payable.")]

    def ending(doc, y):
        T(doc, 30, y, "Remark codes on this remittance:  N130  " + legend[0][1], F, 8)
        T(doc, 30, y + 12, "Contr Adj = CO-45 (over fee schedule) or CO-96 (not covered); Seq Red = CO-253; Deduct = "
                           "PR-1; Coins = PR-2.", F, 8)

    spec = Spec("h128_v8_pm_system_remit_grid", "fpdf2",
                "Practice-management remittance print of a Medicare Part B payment, Liberation Sans Narrow "
                "landscape grid, patient and ids on every row, claim total rows, PLANTED claim-total mismatch",
                True, F, B, 8, 13, cols, ("billed", "allowed", "deductible", "coinsurance", "paid"), True, top,
                foot, head, tail, 575, "grid", True, legend=legend, ending=ending,
                findings=[{"kind": "claim_total_mismatch", "claim_id": planted.cid, "payer_claim_id": planted.pcn,
                           "field": "paid", "printed": str(printed_paid[id(planted)]),
                           "lines_sum": str(S(planted.svcs, "paid"))}],
                totals=lambda c: claim_totals(S(c.svcs, "billed"), S(c.svcs, "allowed"), printed_paid[id(c)]))
    return build(spec, claims, out)


# ---------------------------------------------------------------------------------------------- v9
@layout
def v9(out):
    import eobgen
    eobgen.FEE.setdefault("97533", "92.00")
    eobgen.DESC.setdefault("97533", "Sensory integration activities")
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.80"))
    claims = []
    vis = [("Mila Rasmussen", "V-40218", "26Q0021874", [Svc(D(2026, 1, 5), "97165", 1, ("GO",)),
                                                       Svc(D(2026, 1, 5), "97530", 1, ("GO",))]),
           ("Mila Rasmussen", "V-40266", "26Q0024410", [Svc(D(2026, 1, 12), "97530", 2, ("GO",)),
                                                       Svc(D(2026, 1, 12), "97533", 1, ("GO",))]),
           ("Oskar Rasmussen", "V-40231", "26Q0022090", [Svc(D(2026, 1, 7), "92523", 1, ("GN",)),
                                                        Svc(D(2026, 1, 14), "92507", 1, ("GN",))]),
           ("Oskar Rasmussen", "V-40297", "26Q0026655", [Svc(D(2026, 1, 21), "92507", 1, ("GN",)),
                                                        Svc(D(2026, 1, 21), "92526", 1, ("GN",))]),
           ("Freya Rasmussen", "V-40305", "26Q0027001", [Svc(D(2026, 1, 22), "97166", 1, ("GO",)),
                                                        Svc(D(2026, 1, 22), "97535", 1, ("GO",)),
                                                        Svc(D(2026, 1, 28), "97530", 2, ("GO",)),
                                                        Svc(D(2026, 1, 28), "97140", 1, ("GO",))])]
    for nm, vn, icn, sv in vis:
        claims.append(Claim(nm, vn, icn, [commercial(x, st) for x in sv]))
    F, B = "LiberationSerif", "LiberationSerif-Bold"
    m = lambda v: money(v, ",", "()")  # noqa: E731
    L = 196
    cols = [(("Date",), L, "l", lambda s, c, i: dfmt(s.dos, "mdy2"), False),
            (("Code",), L + 42, "l", lambda s, c, i: code_mod(s, ""), False),
            (("Description",), L + 90, "l", lambda s, c, i: short(s.desc, 24), True),
            (("Charges",), L + 232, "r", lambda s, c, i: m(s.billed), False),
            (("Insurance", "Paid"), L + 276, "r", lambda s, c, i: m(s.paid), False),
            (("Insurance", "Adjust."), L + 322, "r", lambda s, c, i: m(s.discount), False),
            (("Your", "Portion"), L + 380, "r", lambda s, c, i: m(s.owes), False)]

    def top(doc, n):
        doc.rect(24, 24, 158, 744, fill=0.94)
        T(doc, 32, 46, "Fjordside", B, 16)
        T(doc, 32, 60, "Children's Therapy", B, 11)
        for k, t in enumerate(["1402 Tern Landing Way", "Halcyon Bay, WA 98399", "Billing office",
                               "(360) 555-0188", "billing@fjordside.example"]):
            T(doc, 32, 76 + k * 11, t, F, 8)
        T(doc, 32, 150, "STATEMENT", B, 11)
        for k, (lab, v) in enumerate([("Statement date", "02/06/2026"), ("Guarantor", "Signe Rasmussen"),
                                    ("Family account", "FA-20877"), ("Page", f"{n} of {{T}}")]):
            T(doc, 32, 168 + k * 24, lab, F, 7.5)
            T(doc, 32, 178 + k * 24, v, B, 9)
        if n == 1:
            due = sum((S(c.svcs, "owes") for c in claims), ZERO) - q("40.00")
            doc.rect(30, 270, 146, 44)
            T(doc, 36, 284, "Amount due now", F, 8)
            T(doc, 36, 302, "$" + money(due, ","), B, 14)
            T(doc, 32, 336, "Please pay by 02/27/2026.", F, 8)
            T(doc, 32, 348, "Pay online or call us to", F, 8)
            T(doc, 32, 359, "set up a payment plan.", F, 8)
        T(doc, L, 46, "Family Statement - Therapy Services", B, 13)
        T(doc, L, 60, "Signe Rasmussen, 5 Gullwing Terrace, Halcyon Bay, WA 98399", F, 8.5)
        doc.line(L, 68, 588, 68, 0.8)
        return 88

    def foot(doc, n):
        T(doc, L, 760, "Insurance: Crestline Health Partners.  Payments you made are shown in parentheses.",
          "Times-Italic", 7.5)

    def head(doc, y, c, cont):
        T(doc, L, y, f"Patient: {c.patient}    Visit # {c.cid}    Billed to Crestline Health, claim {c.pcn}", B, 8)
        return y + 14

    def tail(doc, y, c):
        doc.line(L + 190, y - 8, 588, y - 8, 0.4)
        T(doc, L + 90, y + 1, "Visit totals", B, 8)
        T(doc, L + 232, y + 1, m(S(c.svcs, "billed")), B, 8, "r")
        T(doc, L + 276, y + 1, m(S(c.svcs, "paid")), B, 8, "r")
        T(doc, L + 322, y + 1, m(S(c.svcs, "discount")), B, 8, "r")
        T(doc, L + 380, y + 1, m(S(c.svcs, "owes")), B, 8, "r")
        y += 12
        if c is claims[1]:
            T(doc, L + 90, y + 1, "Patient payment 01/30/26 - thank you", F, 8)
            T(doc, L + 380, y + 1, m(q("-40.00")), F, 8, "r")
            y += 12
        return y + 14

    def ending(doc, y):
        tot = sum((S(c.svcs, "owes") for c in claims), ZERO) - q("40.00")
        T(doc, L, y, f"Balance due from family account FA-20877:  ${money(tot, ',')}", B, 10)
        T(doc, L, y + 14, "Questions about a charge? Call the billing office weekdays 8:30-4:30.", F, 8)

    spec = Spec("h128_v9_therapy_clinic_family_statement", "reportlab",
                "Pediatric therapy clinic family statement with a shaded left sidebar, Liberation Serif, visit "
                "heading rows with the insurer's claim number, glued code+modifier, a patient payment "
                "row in parentheses", False, F, B, 8, 13, cols, ("billed", "paid", "discount", "patient_owes"),
                False, top, foot, head, tail, 740, "ruled", True, ending=ending,
                totals=lambda c: claim_totals(S(c.svcs, "billed"), None, S(c.svcs, "paid"), S(c.svcs, "owes")))
    return build(spec, claims, out)


# --------------------------------------------------------------------------------------------- v10
@layout
def v10(out):
    accts = [
        ("Nadia Kowalczyk-Reyes", "HB0071204", "CV26-118830-02", D(2026, 1, 6), [
            ("0434", Svc(D(2026, 1, 6), "97167", 1, ("GO",))), ("0434", Svc(D(2026, 1, 6), "97530", 2, ("GO",))),
            ("0434", Svc(D(2026, 1, 8), "97530", 3, ("GO",))), ("0434", Svc(D(2026, 1, 8), "97112", 1, ("GO",))),
            ("0434", Svc(D(2026, 1, 13), "97530", 3, ("GO",))), ("0434", Svc(D(2026, 1, 13), "97535", 2, ("GO",))),
            ("0274", Svc(D(2026, 1, 13), "L3807", 1, ("LT",))), ("0434", Svc(D(2026, 1, 15), "97530", 2, ("GO",))),
            ("0434", Svc(D(2026, 1, 15), "97140", 1, ("GO", "59"))),
            ("0434", Svc(D(2026, 1, 20), "97530", 3, ("GO",))), ("0434", Svc(D(2026, 1, 22), "97530", 3, ("GO",))),
            ("0434", Svc(D(2026, 1, 22), "97168", 1, ("GO",)))], q("812.40"), q("1011.30")),
        ("Teodor Kowalczyk-Reyes", "HB0071388", "CV26-120047-01", D(2026, 1, 9), [
            ("0424", Svc(D(2026, 1, 9), "97161", 1, ("GP",))), ("0424", Svc(D(2026, 1, 9), "97110", 2, ("GP",))),
            ("0424", Svc(D(2026, 1, 16), "97110", 3, ("GP",))), ("0424", Svc(D(2026, 1, 16), "97116", 2, ("GP",))),
            ("0420", Svc(D(2026, 1, 16), "G0283", 1, ("GP",)))], q("402.15"), q("351.85")),
        ("Ines Kowalczyk-Reyes", "HB0071452", None, D(2026, 1, 27), [
            ("0444", Svc(D(2026, 1, 27), "92523", 1, ("GN",))), ("0444", Svc(D(2026, 1, 29), "92507", 1, ("GN",)))],
         ZERO, ZERO),
    ]
    claims = []
    rev = {}
    for nm, acct, clm, d0, lines, paid, adj in accts:
        sv = []
        for rc, x in lines:
            rev[id(x)] = rc
            sv.append(x)
        claims.append(Claim(nm, acct, clm, sv, {"pay": paid, "adj": adj, "d0": d0}))
    F, B = "Helvetica", "Helvetica-Bold"
    m = lambda v: money(v, ",")  # noqa: E731
    cols = [(("Date",), 40, "l", lambda s, c, i: dfmt(s.dos, "mdy4"), False),
            (("Rev",), 92, "l", lambda s, c, i: rev[id(s)], False),
            (("CPT/HCPCS",), 120, "l", lambda s, c, i: s.code, False),
            (("Mod",), 168, "l", lambda s, c, i: " ".join(s.mods), False),
            (("Description",), 206, "l", lambda s, c, i: short(s.desc, 34), True),
            (("Qty",), 420, "r", lambda s, c, i: units_str(s.units), False),
            (("Charges",), 490, "r", lambda s, c, i: m(s.billed), False),
            (("Balance",), 568, "r", lambda s, c, i: "", False)]

    def top(doc, n):
        T(doc, 40, 44, "ST. BRENDAN VALLEY MEDICAL CENTER", B, 13)
        T(doc, 40, 57, "Outpatient Rehabilitation Services  |  PO Box 4410  |  Cooper Falls, MT 59899", F, 8)
        T(doc, 572, 44, "Guarantor Statement", B, 11, "r")
        T(doc, 572, 57, f"Page {n} of {{T}}", F, 8, "r")
        doc.line(40, 64, 572, 64, 0.8)
        if n == 1:
            rows = [("Guarantor", "Beata Kowalczyk-Reyes"), ("Guarantor number", "G-5520914"),
                    ("Statement date", "02/05/2026"), ("Primary insurance", "Cedar Vale Health Plan")]
            for k, (lab, v) in enumerate(rows):
                T(doc, 40, 80 + k * 11, lab, F, 8)
                T(doc, 130, 80 + k * 11, v, B, 8)
            doc.rect(360, 72, 212, 48)
            T(doc, 368, 86, "Please pay this amount", F, 8)
            due = sum((S(c.svcs, "billed") - c.info["pay"] - c.info["adj"] for c in claims), ZERO)
            T(doc, 564, 108, "$" + m(due), B, 14, "r")
            T(doc, 40, 136, "Itemized activity by account (each visit or therapy series is its own account)", B, 9)
            return 156
        return 82

    def foot(doc, n):
        T(doc, 306, 770, "Financial assistance is available. Ask us, or visit our billing office. "
                         "Hospital tax ID 81-5550193.", F, 7, "c")

    def head(doc, y, c, cont):
        doc.rect(40, y - 9, 532, 13, fill=0.9)
        txt = f"Account {c.cid}   Patient: {c.patient}   Service from {dfmt(c.info['d0'], 'mdy4')}"
        if c.pcn:
            txt += f"   Insurance claim # {c.pcn}"
        T(doc, 44, y, txt + ("   (continued)" if cont else ""), B, 7.8)
        return y + 16

    def tail(doc, y, c):
        tb = S(c.svcs, "billed")
        T(doc, 206, y, "Total charges", B, 8)
        T(doc, 490, y, m(tb), B, 8, "r")
        y += 11
        bal = tb
        if c.info["pay"]:
            T(doc, 40, y, "02/02/2026", F, 8)
            T(doc, 206, y, "Cedar Vale Health Plan payment", F, 8)
            T(doc, 490, y, m(-c.info["pay"]), F, 8, "r")
            y += 11
            T(doc, 40, y, "02/02/2026", F, 8)
            T(doc, 206, y, "Contractual allowance - Cedar Vale", F, 8)
            T(doc, 490, y, m(-c.info["adj"]), F, 8, "r")
            y += 11
            bal = tb - c.info["pay"] - c.info["adj"]
        else:
            T(doc, 206, y, "Billed to Cedar Vale Health Plan 02/03/2026 - awaiting payment", F, 8)
            y += 11
        T(doc, 206, y, "Account balance", B, 8)
        T(doc, 568, y, m(bal), B, 8, "r")
        return y + 22

    spec = Spec("h128_v10_hospital_guarantor_statement", "fpdf2",
                "Hospital outpatient-rehab guarantor statement for three family members, core Helvetica portrait, "
                "revenue code column, account-level insurance payment/allowance rows, long account running on to "
                "page 2 with the header repeated", False, F, B, 8, 13, cols, ("billed",), True, top, foot, head,
                tail, 740, "ruled", True, breaks={(0, 9)},
                totals=lambda c: claim_totals(S(c.svcs, "billed")))
    return build(spec, claims, out)


# ============================================================================================== driver
def check(pdf: Path, recs, spec_adj_complete=False) -> list[str]:
    errs = []
    truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
    lines = page_lines(pdf)
    if len(lines) != truth["pages"]:
        errs.append(f"page count {len(lines)} != {truth['pages']}")
    alltext = "\n".join("\n".join(p) for p in lines)
    for tl, cells in recs:
        pg = lines[tl["page"] - 1]
        hit = [ln for ln in pg if all(f" {cl} " in f" {ln} " for cl in cells)]
        if not hit:
            errs.append(f"row not on one text line p{tl['page']}: {cells}")
            continue
        row = hit[0]
        k0 = pg.index(row)
        window = " ".join(pg[k0:k0 + 4])
        wvals = {parse_money(w) for w in window.split()}
        if tl["code"] and tl["code"] not in row:
            errs.append(f"code {tl['code']} not in row {row}")
        for md in tl["modifiers"]:
            if md not in row:
                errs.append(f"modifier {md} not in row {row}")
        if tl["units"] is not None and not any(
                c == tl["units"] or c.startswith(tl["units"] + " ") or
                ("." in c and c.rstrip("0").rstrip(".") == tl["units"]) for c in cells):
            errs.append(f"units {tl['units']} not a cell of {cells}")
        vals = {parse_money(c) for c in cells}
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if tl[k] is not None and Decimal(tl[k]) not in vals:
                errs.append(f"{k} {tl[k]} not printed in row {cells}")
        for g, r, a in tl["adjustments"]:
            if r not in window or (a is not None and Decimal(a) not in wvals):
                errs.append(f"adjustment {g} {r} {a} not in row {cells}")
        for r in tl["remarks"]:
            if r not in row:
                errs.append(f"remark {r} not in row {row}")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if tl[k] and tl[k] not in alltext:
                errs.append(f"{k} {tl[k]} not in document text")
        if tl["adjustments"] and all(a is not None for _, _, a in tl["adjustments"]) and tl["paid"] and \
                tl["billed"] and spec_adj_complete:
            if Decimal(tl["billed"]) - sum(Decimal(a) for _, _, a in tl["adjustments"]) != Decimal(tl["paid"]):
                errs.append(f"billed - adjustments != paid: {tl}")
    planted = {(f["payer_claim_id"], f["field"]) for f in truth["expected_findings"]}
    for c in truth["claims"]:
        ls = [t for t in truth["lines"] if (t["claim_id"], t["payer_claim_id"], t["patient"]) ==
              (c["claim_id"], c["payer_claim_id"], c["patient"])]
        if not ls:
            errs.append(f"claim without lines {c}")
        for k, v in c["totals"].items():
            if v is None:
                continue
            ssum = sum((Decimal(t[k]) for t in ls if t[k] is not None), Decimal("0.00"))
            if (c["payer_claim_id"], k) in planted:
                if ssum == Decimal(v):
                    errs.append(f"planted mismatch is not one: {c}")
            elif ssum != Decimal(v):
                errs.append(f"claim total {k} {v} != lines {ssum} for {c['claim_id']}")
            if not any(parse_money(w) == Decimal(v) for ln in alltext.split("\n") for w in ln.split()):
                errs.append(f"claim total {k} {v} not printed")
    return errs


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout128_"))
    if "samples" in out.resolve().parts:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    for fn in LAYOUTS:
        res = fn(out)
        pdf, recs = res[:2]
        adj_complete = res[2] if len(res) > 2 else False
        truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
        msg = f"{pdf.name}: {len(truth['lines'])} lines, {truth['pages']} pages"
        if "--check" in argv:
            errs = check(pdf, recs, adj_complete)
            bad += len(errs)
            msg += "  OK" if not errs else "  FAIL\n    " + "\n    ".join(errs[:12])
        print(msg)
    print(out)
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
