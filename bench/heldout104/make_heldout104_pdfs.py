"""Write the HELD-OUT set 104 of synthetic PDF EOB layouts (with truth files) into a folder: an honest measurement
of the PDF reader on the five commonest real document kinds (two layouts each), in house styles of their own.
Written independently of the reader (its code, tests, docs and accuracy scripts were not read or run).

Run:  python bench/heldout104/make_heldout104_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout104/make_heldout104_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py's truth_line / write_truth), printed values only,
null for what a layout does not print (units null where no quantity is printed; description null where the
layout prints none); claim_id = the provider's own account / invoice / medical-record / patient-control number,
payer_claim_id = the payer's claim number / ICN / TCN / claim reference, patient exactly as printed (the person
who got the service, never the subscriber or guarantor). Adjustments only where a group/reason code is printed
on the service row; remarks = the note / EOB / RARC / message codes printed on the row. A "network savings" /
"insurance adjustment" write-off column is recorded as discount. Claims carry their printed totals. Every name,
number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic output
(reportlab invariant=1, fpdf2 fixed creation date, no randomness). Helper kit: bench/heldout104/h104kit.py.

Layouts:
  cm1 commercial PPO family member EOB, portrait core Helvetica: "Amount billed / Network savings / Not covered /
      Allowed amount / Deductible / Copay / Coinsurance / Plan paid / You owe / Note", shaded claim band with
      patient, claim number and provider's patient account, code+mods with spaces, wrapped descriptions, denied
      PR and CO lines, 3 family members, a "Good to know" box at the foot of page 1, last claim continues on
      page 2 under the repeated column header, notes legend (reportlab)
  cm2 commercial member EOB with a shaded left sidebar (subscriber, out-of-pocket, tips), landscape DejaVu Sans
      Condensed: column band repeated under each claim heading, "Member rate / Plan paid / Your share / Why",
      "97110-GP-KX", per-visit copay, long wrapped descriptions, visit-limit denial, 3 family members (fpdf2)
  msn Medicare Summary Notice Part B, portrait Liberation Serif: page-1 summary panels, per-provider claims with
      "Service Provided & Billing Code" as "words (97110-GP)", "Did Medicare Approve?", "Maximum You May Be
      Billed", letter notes, no units, no provider account; a claim continues onto page 2 (reportlab)
  ma  Medicare Advantage (HMO) member EOB, portrait Liberation Sans: claim bands "Claim number ... |
      Provider's reference", Code and Modifier in separate columns ("GO, CO"), "Plan approved / Plan's share /
      Your share", $15 per-visit copay, a denied line, tip box on page 1, claim continues on page 2 (fpdf2)
  mcd1 state Medicaid provider RA, landscape core Courier: PAID / DENIED / ADJUSTED sections, "RECIP NAME / RECIP
      ID / ICN / PAT ACCT #" claim line, LN / FROM DOS / TO DOS / MOD1 / MOD2 / UNITS "2.00", trailing-minus
      reversal of a prior claim and its replacement, 4-digit EOB codes with legend, no descriptions (fpdf2)
  mcd2 state Medicaid "Remittance & Status Statement", portrait Liberation Mono: boxed client blocks (CLIENT,
      DOB, TCN, MED REC NO), "PROC-MODS", QTY "1.0", "CARC AMOUNT" as "CO-45 88.70", RARC column, PAY/DENY
      status, a fully denied claim (reportlab)
  spr clearinghouse-printed Medicare-style paper remit, portrait core Courier: NAME/HIC/ACNT/ICN/ASG/MOA claim
      line, PERF PROV / SERV DATE "0105 010526" / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS /
      GRP/RC-AMT (all adjustments in one cell, "REM N130") / PROV PD, PT RESP and claim totals (reportlab)
  pm  practice-management system "ERA Detail Report", landscape DejaVu Sans, full cell grid: claim band
      "Patient / Acct # / Insured / Payer Claim #", DOS / CPT / Mod / Units / Charge / Allowed / Deduct / Coins /
      Copay / Adjustment reasons "CO-45 27.55; PR-1 ..." / Remark / Paid / Pt Resp, a dependent child (fpdf2)
  fs1 therapy-clinic FAMILY STATEMENT with a right sidebar (amount due, ways to pay), Liberation Sans: invoice
      headings naming the insurer's claim, patient on every row, no units, "Ins. paid / Ins. adj. / Your part"
      with parenthesised negatives style, a payment stub at the foot of page 1, an invoice continues on page 2
      (fpdf2)
  fs2 hospital guarantor statement, portrait DejaVu Serif: account heading per family member with "Ins. claim
      ref", Rev / HCPCS / Mod / Qty / upper-case descriptions / Charges / Ins Paid / Ins Adj / Patient Balance /
      Msg, a not-covered line, account totals (reportlab)

The self-check (--check) tests the factory, not the reader: the page count matches; for every truth line a single
text line of its page (pdfplumber words grouped by baseline) holds its code, modifiers, service date (and end
date), units, every printed amount, every adjustment code with its amount and every remark; ids, patient and
description are in the document's text; billed - discount - not covered = allowed, allowed - deductible - copay -
coinsurance - sequestration = paid where printed; billed - adjustments = paid on layouts printing every adjustment
(mcd2, spr, pm); claim totals are printed and equal the sum of their lines (no planted mismatches in this set)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money,  # noqa: E402
                    negate, total, truth_line, units_str, write_truth)
from h104kit import Doc, check_file, wrap  # noqa: E402
from eobgen import DESC, FEE, SCHED  # noqa: E402

FEE.setdefault("97533", "88.00")
SCHED.setdefault("97533", "31.90")
DESC.setdefault("97533", "Sensory integration activities")
FEE.setdefault("97162", "235.00")
SCHED.setdefault("97162", "101.12")
DESC.setdefault("97162", "PT evaluation, moderate complexity")

D = date
DEBUG = bool(__import__("os").environ.get("H104_DEBUG"))


@dataclass
class Claim:
    patient: str | None
    claim_id: str | None
    payer_claim_id: str | None
    svcs: list
    info: dict = field(default_factory=dict)
    remarks: dict = field(default_factory=dict)  # index -> list of remark codes


@dataclass
class Col:
    head: list
    x: float
    align: str
    get: object  # fn(svc, claim, idx) -> str
    wrapw: float = 0  # > 0: wrapped text column (description)


@dataclass
class Spec:
    name: str
    producer: str
    size: tuple
    font: str
    bold: str
    fs: float
    rh: float
    cols: list
    printed: tuple
    furniture: object  # fn(doc, pageno) -> y
    claim_head: object  # fn(doc, y, claim, cont) -> y
    claim_foot: object  # fn(doc, y, claim) -> y
    header: object = None  # fn(doc, y) -> y   (column header)
    repeat_header: bool = True
    header_per_claim: bool = False
    units: bool = True
    adjs: bool = False
    all_adj: bool = False
    claim_id_on_truth: bool = True
    bottom: float = 60
    rule_rows: tuple | None = None  # (x1, x2) light rule under each row
    section: object = None  # fn(claim) -> section title or None
    section_draw: object = None
    footer: object = None  # fn(doc, pageno, npages)
    end: object = None  # fn(doc, y) -> y  (legend, totals)
    desc: bool = True
    totals_printed: tuple = ("billed", "paid")
    row_deco: object = None  # fn(doc, y, h) drawn around each service row
    bottom_first: float | None = None  # a taller bottom margin on page 1 (payment stub, message box)


def default_header(spec: Spec):
    def hdr(doc: Doc, y: float) -> float:
        n = max(len(c.head) for c in spec.cols)
        for c in spec.cols:
            for i, h in enumerate(c.head):
                yy = y + (n - len(c.head) + i) * (spec.fs + 1.5)
                doc.text(c.x, yy, h, spec.bold, spec.fs, c.align)
        y2 = y + (n - 1) * (spec.fs + 1.5) + 4
        x1 = min(c.x for c in spec.cols) - 4
        doc.line(x1, y2, doc.w - x1 if spec.rule_rows is None else spec.rule_rows[1], y2, 0.8)
        return y2 + spec.rh
    return hdr


def render(spec: Spec, claims: list[Claim], out: Path, legend: list, description: str) -> int:
    size = spec.size
    doc = Doc(size)
    hdr = spec.header or default_header(spec)
    lines, tclaims = [], []
    state = {"y": 0.0}

    def limit() -> float:
        b = spec.bottom_first if (spec.bottom_first and len(doc.pages) == 1) else spec.bottom
        return doc.h - b

    def new_page(with_header=True):
        p = doc.new_page()
        state["y"] = spec.furniture(doc, p)
        if spec.repeat_header and with_header and not spec.header_per_claim:
            state["y"] = hdr(doc, state["y"])
        return p

    new_page()
    cur_section = None
    for cl in claims:
        sec = spec.section(cl) if spec.section else None
        need = spec.rh * (4 + min(len(cl.svcs), 2))
        if state["y"] + need > limit():
            new_page()
        if sec and sec != cur_section:
            state["y"] = spec.section_draw(doc, state["y"], sec)
            cur_section = sec
        state["y"] = spec.claim_head(doc, state["y"], cl, False)
        if DEBUG:
            print(spec.name, cl.payer_claim_id, "start y", round(state["y"]), "limit", round(limit()),
                  "rows", len(cl.svcs), "page", len(doc.pages))
        if spec.header_per_claim:
            state["y"] = hdr(doc, state["y"])
        for i, s in enumerate(cl.svcs):
            texts = []
            for c in spec.cols:
                if c.wrapw:
                    texts.append(wrap(doc, c.get(s, cl, i), spec.font, spec.fs, c.wrapw))
                else:
                    texts.append([c.get(s, cl, i)])
            h = spec.rh * max(len(t) for t in texts)
            if state["y"] + h > limit():
                new_page()
                state["y"] = spec.claim_head(doc, state["y"], cl, True)
                if spec.header_per_claim:
                    state["y"] = hdr(doc, state["y"])
            y = state["y"]
            if spec.row_deco:
                spec.row_deco(doc, y, h)
            for c, t in zip(spec.cols, texts):
                for k, tt in enumerate(t):
                    doc.text(c.x, y + k * spec.rh, tt, spec.font, spec.fs, c.align)
            if spec.rule_rows:
                doc.line(spec.rule_rows[0], y + h - spec.rh + 3.5, spec.rule_rows[1], y + h - spec.rh + 3.5, 0.25)
            state["y"] = y + h
            lines.append(truth_line(
                len(doc.pages), s, claim_id=cl.claim_id if spec.claim_id_on_truth else None,
                payer_claim_id=cl.payer_claim_id, patient=cl.patient, printed=spec.printed,
                service_end=s.end, units=spec.units, adjustments=s.adjs if spec.adjs else [],
                remarks=cl.remarks.get(i, []), description=spec.desc))
        if state["y"] + spec.rh * 2 > limit():
            new_page()
        state["y"] = spec.claim_foot(doc, state["y"], cl)
        tot = {k: total(cl.svcs, {"patient_owes": "owes"}.get(k, k)) for k in spec.totals_printed}
        tclaims.append({"claim_id": cl.claim_id, "payer_claim_id": cl.payer_claim_id, "patient": cl.patient,
                        **claim_totals(**tot)})
    if spec.end:
        if state["y"] + 120 > limit():
            new_page(with_header=False)
        state["y"] = spec.end(doc, state["y"])
    n = len(doc.pages)
    if spec.footer:
        for i, ops in enumerate(doc.pages):
            doc.pages[i] = ops
            saved = doc.pages
            doc.pages = [ops]
            spec.footer(doc, i + 1, n)
            doc.pages = saved
    pdf = out / f"{spec.name}.pdf"
    doc.save(pdf, spec.producer)
    write_truth(pdf, spec.name, spec.producer, n, description, lines, tclaims, legend)
    return n


def mods(s, sep=" "):
    return sep.join(s.mods)


def code_mods(s, sep="-", msep="-"):
    return s.code + (sep + msep.join(s.mods) if s.mods else "")


# ============================================================================ layout 1: commercial member EOB
def lay_cm1(out: Path) -> int:
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30.00")})

    def mk(rows):
        return [commercial(Svc(d, c, u, m, denied=dn), st) for d, c, u, m, dn in rows]

    cl = [
        Claim("Noor Calloway-Baptiste", "LKT-204418", "E26-0113-58820", mk([
            (D(2026, 1, 6), "97166", 1, ("GO",), None), (D(2026, 1, 6), "97530", 2, ("GO",), None),
            (D(2026, 1, 13), "97530", 2, ("GO",), None), (D(2026, 1, 13), "97535", 1, ("GO",), None),
            (D(2026, 1, 20), "97112", 2, ("GO", "59"), None), (D(2026, 1, 20), "0552T", 1, (), "PR")]),
            {"prov": "Larkstone Kids Therapy Center", "recv": "01/23/2026"}, {5: ["X7"]}),
        Claim("Theo Calloway-Baptiste", "LKT-204431", "E26-0121-60117", mk([
            (D(2026, 1, 8), "92523", 1, ("GN",), None), (D(2026, 1, 15), "92507", 1, ("GN",), None),
            (D(2026, 1, 22), "92507", 1, ("GN",), None), (D(2026, 1, 29), "92507", 1, ("GN",), None),
            (D(2026, 1, 29), "97129", 1, ("GN",), None)]),
            {"prov": "Larkstone Kids Therapy Center", "recv": "02/02/2026"}),
        Claim("Rosa Calloway-Baptiste", "88130457", "E26-0126-61904", mk([
            (D(2026, 1, 12), "99213", 1, (), None), (D(2026, 1, 12), "L3807", 1, ("RT",), None),
            (D(2026, 1, 12), "97760", 1, ("GO",), None)]),
            {"prov": "Summit Hand & Upper Limb Clinic", "recv": "01/27/2026"}, {0: ["C2"]}),
        Claim("Rosa Calloway-Baptiste", "88130502", "E26-0203-64471", mk([
            (D(2026, 1, 26), "97140", 2, ("GO",), None), (D(2026, 1, 26), "97110", 2, ("GO",), None),
            (D(2026, 2, 2), "97140", 2, ("GO",), None), (D(2026, 2, 2), "97110", 1, ("GO",), None),
            (D(2026, 2, 2), "G0283", 1, (), "CO"), (D(2026, 2, 4), "97140", 1, ("GO",), None),
            (D(2026, 2, 4), "97110", 2, ("GO",), None), (D(2026, 2, 4), "97530", 1, ("GO", "59"), None)]),
            {"prov": "Summit Hand & Upper Limb Clinic", "recv": "02/05/2026"}, {4: ["X3"]}),
    ]
    m = lambda v: money(v, ",", "()")  # noqa: E731
    F, B = "Helvetica", "Helvetica-Bold"
    cols = [
        Col(["Date of", "service"], 40, "l", lambda s, c, i: dfmt(s.dos, "mdy2")),
        Col(["Service"], 84, "l", lambda s, c, i: s.desc, wrapw=112),
        Col(["Code"], 200, "l", lambda s, c, i: code_mods(s, " ", " ")),
        Col(["Units"], 262, "r", lambda s, c, i: units_str(s.units)),
        Col(["Amount", "billed"], 300, "r", lambda s, c, i: m(s.billed)),
        Col(["Network", "savings"], 338, "r", lambda s, c, i: m(s.discount)),
        Col(["Not", "covered"], 374, "r", lambda s, c, i: m(s.not_covered)),
        Col(["Allowed", "amount"], 412, "r", lambda s, c, i: m(s.allowed)),
        Col(["Deduct-", "ible"], 446, "r", lambda s, c, i: m(s.deductible)),
        Col(["Copay"], 478, "r", lambda s, c, i: m(s.copay)),
        Col(["Co-", "insurance"], 516, "r", lambda s, c, i: m(s.coinsurance)),
        Col(["Plan", "paid"], 552, "r", lambda s, c, i: m(s.paid)),
        Col(["You", "owe"], 584, "r", lambda s, c, i: m(s.owes)),
        Col(["Note"], 588, "l", lambda s, c, i: " ".join(c.remarks.get(i, []))),
    ]

    def furn(doc, p):
        doc.text(40, 44, "CEDARLINE HEALTH PLANS", B, 15)
        doc.text(40, 56, "PO Box 40917 · Tamsen, OR 97390-0917", F, 7.5)
        doc.text(572, 40, "Explanation of Benefits", B, 12, "r")
        doc.text(572, 52, "THIS IS NOT A BILL", B, 8, "r")
        if p == 1:
            doc.rect(40, 70, 532, 70)
            doc.text(48, 84, "Member: Priya Calloway-Baptiste", B, 9)
            doc.text(48, 96, "Member ID: CLH448201937   Group: 55012 - Vantry Logistics Inc.", F, 8)
            doc.text(48, 108, "Plan: Cedarline Choice PPO 1500", F, 8)
            doc.text(48, 120, "Statement date: 02/09/2026   Claims processed 01/23/2026 - 02/06/2026", F, 8)
            doc.text(330, 84, "Family deductible met so far: $1,180.00 of $3,000.00", F, 8)
            doc.text(330, 96, "Family out-of-pocket met: $1,642.19 of $7,000.00", F, 8)
            doc.text(330, 108, "Questions? Call 1-800-555-0148 (TTY 711)", F, 8)
            doc.text(40, 160, "Here's how your claims were processed", B, 11)
            return 178
        doc.text(40, 76, "Member: Priya Calloway-Baptiste   Member ID: CLH448201937", F, 8)
        return 96

    def head(doc, y, c, cont):
        doc.rect(36, y - 9, 540, 24, fill=0.92)
        lab = f"Patient: {c.patient}" + ("  (continued)" if cont else "")
        doc.text(40, y, lab, B, 8.5)
        doc.text(300, y, f"Claim number: {c.payer_claim_id}", F, 8)
        doc.text(40, y + 11, f"Provider: {c.info['prov']}   (in network)", F, 8)
        doc.text(300, y + 11, f"Patient account: {c.claim_id}   Received: {c.info['recv']}", F, 8)
        return y + 28

    def foot(doc, y, c):
        doc.line(270, y - 6, 590, y - 6, 0.5)
        doc.text(84, y + 2, "Claim totals", B, 8)
        for k, x in (("billed", 300), ("discount", 338), ("not_covered", 374), ("allowed", 412),
                     ("deductible", 446), ("copay", 478), ("coinsurance", 516), ("paid", 552), ("owes", 584)):
            doc.text(x, y + 2, m(total(c.svcs, k)), B, 7, "r")
        return y + 22

    def end(doc, y):
        y += 8
        doc.text(40, y, "Notes", B, 9)
        for k, t in LEG1:
            y += 11
            doc.text(40, y, f"{k}  {t}", F, 7.5)
        y += 18
        doc.text(40, y, "Your appeal rights: you may ask us to review any decision within 180 days of this "
                 "statement. See the back page of your member handbook.", F, 7)
        return y

    def footer(doc, p, n):
        if p == 1:
            doc.rect(40, 686, 532, 58, fill=0.95)
            doc.text(50, 698, "Good to know", B, 9)
            doc.text(50, 710, "Therapy visits: your plan covers up to 30 combined PT/OT/speech visits per person each "
                     "calendar year.", F, 7.5)
            doc.text(50, 720, "Noor, Theo and Rosa have used 9, 5 and 6 visits so far this year.", F, 7.5)
            doc.text(50, 730, "Want paperless EOBs? Sign in at cedarline-health.example and choose Go Paperless.",
                     F, 7.5)
            doc.text(50, 740, "Fraud hotline: if a claim lists care you did not get, call 1-800-555-0199.", F, 7.5)
        doc.line(40, 760, 572, 760)
        doc.text(40, 772, "Cedarline Health Plans · cedarline-health.example · Form EOB-M 11/25", F, 6.5)
        doc.text(572, 772, f"Page {p} of {n}", F, 7, "r")

    spec = Spec("h104_cm1_cedarline_member_eob", "reportlab", (612, 792), F, B, 7, 12.5, cols,
                ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
                 "patient_owes"), furn, head, foot, footer=footer, end=end, bottom=70, rule_rows=(38, 590), bottom_first=108,
                totals_printed=("billed", "allowed", "paid", "patient_owes"))
    for c in cl:
        c.info.setdefault("prov", "")
    return render(spec, cl, out, LEG1, "commercial PPO family member EOB, portrait Helvetica, claim band")


LEG1 = [("X7", "This service is not a covered benefit under your plan. You may be billed for it."),
        ("C2", "Your office-visit copay applies to this service."),
        ("X3", "Our network agreement does not allow the provider to bill you for this amount.")]


# ================================================================= layout 2: commercial member EOB, sidebar
def lay_cm2(out: Path) -> int:
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.10"), visit_copay=Decimal("25.00"),
                   allowed_rate=Decimal("0.76"))

    def mk(rows):
        return [commercial(Svc(d, c, u, m, denied=dn), st, deny_reason="96") for d, c, u, m, dn in rows]

    cl = [
        Claim("Jonah Okafor-Reyes", "0061734-02", "HMB7731200458", mk([
            (D(2026, 2, 3), "97161", 1, ("GP",), None), (D(2026, 2, 3), "97110", 2, ("GP",), None),
            (D(2026, 2, 5), "97110", 3, ("GP", "KX"), None), (D(2026, 2, 5), "97116", 1, ("GP",), None),
            (D(2026, 2, 10), "97140", 2, ("GP",), None), (D(2026, 2, 10), "97530", 1, ("GP", "59"), None),
            (D(2026, 2, 12), "97110", 2, ("GP", "KX"), None), (D(2026, 2, 12), "97112", 1, ("GP",), None),
            (D(2026, 2, 17), "97140", 2, ("GP",), None), (D(2026, 2, 17), "97110", 2, ("GP",), None),
            (D(2026, 2, 19), "G0283", 1, ("GP",), "PR"), (D(2026, 2, 19), "97530", 2, ("GP",), None),
            (D(2026, 2, 24), "97110", 2, ("GP",), None), (D(2026, 2, 24), "97116", 1, ("GP",), None)]),
            {"prov": "Riverbend Physical Therapy, PLLC", "npi": "1730029486"}, {10: ["NB4"], 0: ["CP1"]}),
        Claim("Amara Okafor-Reyes", "0061802-01", "HMB7731204112", mk([
            (D(2026, 2, 9), "97165", 1, ("GO",), None), (D(2026, 2, 16), "97530", 2, ("GO",), None),
            (D(2026, 2, 16), "97535", 1, ("GO",), None), (D(2026, 2, 23), "97530", 3, ("GO",), None)]),
            {"prov": "Riverbend Physical Therapy, PLLC", "npi": "1730029486"}, {0: ["CP1"]}),
        Claim("Lucia Okafor-Reyes", "V99014527", "HMB7731209930", mk([
            (D(2026, 2, 11), "92523", 1, ("GN",), None), (D(2026, 2, 18), "92507", 1, ("GN",), None),
            (D(2026, 2, 25), "92507", 1, ("GN",), "PR")]),
            {"prov": "Little Voices Speech Studio", "npi": "1588310947"}, {2: ["NB9"]}),
    ]
    for c in cl:
        for s in c.svcs:
            s.desc = LONG.get(s.code, s.desc)
    F, B = "DejaVuCond", "DejaVuCond-B"
    m = lambda v: money(v, "$", "-")  # noqa: E731
    X0 = 196
    cols = [
        Col(["Date(s)"], X0, "l", lambda s, c, i: dfmt(s.dos, "mdy4")),
        Col(["What you received"], X0 + 52, "l", lambda s, c, i: s.desc, wrapw=128),
        Col(["Proc. code"], X0 + 184, "l", lambda s, c, i: code_mods(s, "-", "-")),
        Col(["Qty"], X0 + 248, "r", lambda s, c, i: units_str(s.units)),
        Col(["Amount", "billed"], X0 + 290, "r", lambda s, c, i: m(s.billed)),
        Col(["Member", "rate"], X0 + 332, "r", lambda s, c, i: m(s.allowed)),
        Col(["Not", "covered"], X0 + 374, "r", lambda s, c, i: m(s.not_covered)),
        Col(["Plan", "paid"], X0 + 416, "r", lambda s, c, i: m(s.paid)),
        Col(["Copay"], X0 + 454, "r", lambda s, c, i: m(s.copay)),
        Col(["Coins."], X0 + 492, "r", lambda s, c, i: m(s.coinsurance)),
        Col(["Your", "share"], X0 + 534, "r", lambda s, c, i: m(s.owes)),
        Col(["Why"], X0 + 544, "l", lambda s, c, i: " ".join(c.remarks.get(i, []))),
    ]

    def furn(doc, p):
        doc.rect(24, 24, 156, 564, fill=0.94)
        doc.text(34, 48, "HARBORMARK", B, 14)
        doc.text(34, 60, "Health Benefits", F, 9)
        doc.text(34, 86, "Subscriber", B, 8)
        doc.text(34, 97, "Marguerite Okafor-Reyes", F, 8)
        doc.text(34, 108, "ID  HMK 5502 88417", F, 8)
        doc.text(34, 119, "Group  HB-20913", F, 8)
        if p == 1:
            doc.text(34, 146, "Your deductible", B, 8)
            doc.text(34, 157, "In-network family: $0 plan", F, 7.5)
            doc.text(34, 178, "Out-of-pocket so far", B, 8)
            doc.text(34, 189, "$913.40 of $6,350.00", F, 7.5)
            doc.text(34, 216, "Save money", B, 8)
            for k, t in enumerate(["Staying in network keeps", "your share lower. Find a", "provider at",
                                   "harbormark.example/find"]):
                doc.text(34, 227 + 11 * k, t, F, 7.5)
        doc.text(34, 560, "Member Services", B, 8)
        doc.text(34, 571, "1-888-555-0177", F, 7.5)
        doc.text(196, 44, "Your Explanation of Benefits", B, 15)
        doc.text(196, 58, "Statement period: February 1 - February 28, 2026   ·   This is not a bill.", F, 8)
        return 84

    def hdr(doc, y):
        doc.rect(X0 - 4, y - 9, 572, 22, fill=0.85)
        for c in cols:
            for k, h in enumerate(c.head):
                doc.text(c.x, y + (k if len(c.head) == 2 else 0.5) * 9, h, B, 7, c.align)
        return y + 26

    def head(doc, y, c, cont):
        doc.text(X0, y, f"{c.patient}{' - claim continued' if cont else ''}", B, 9.5)
        doc.text(X0, y + 11, f"{c.info['prov']}  ·  NPI {c.info['npi']}  ·  Claim ID {c.payer_claim_id}  ·  "
                 f"Provider's patient no. {c.claim_id}", F, 7.5)
        return y + 24

    def foot(doc, y, c):
        doc.line(X0 + 250, y - 6, X0 + 568, y - 6)
        doc.text(X0 + 184, y + 2, "Totals", B, 7.5)
        for k, x in (("billed", 290), ("allowed", 332), ("not_covered", 374), ("paid", 416), ("copay", 454),
                     ("coinsurance", 492), ("owes", 534)):
            doc.text(X0 + x, y + 2, m(total(c.svcs, k)), B, 7.5, "r")
        return y + 24

    def end(doc, y):
        doc.text(X0, y + 6, "Why codes", B, 8.5)
        for k, (a, t) in enumerate(LEG2):
            doc.text(X0, y + 18 + 10 * k, f"{a} - {t}", F, 7.5)
        return y + 60

    def footer(doc, p, n):
        doc.text(768, 592, f"{p}/{n}", F, 7, "r")
        doc.text(196, 592, "HarborMark Health Benefits is an invented plan administrator. EOB rev. 2025-10", F, 6.5)

    spec = Spec("h104_cm2_harbormark_sidebar_eob", "fpdf2", (792, 612), F, B, 7.5, 11.5, cols,
                ("billed", "allowed", "not_covered", "paid", "copay", "coinsurance", "patient_owes"), furn,
                head, foot, header=hdr, header_per_claim=True, footer=footer, end=end, bottom=44,
                totals_printed=("billed", "allowed", "paid", "patient_owes"))
    return render(spec, cl, out, LEG2, "commercial member EOB with left sidebar, landscape DejaVu Condensed")


LONG = {"97110": "Exercise therapy to rebuild strength and motion, per 15 minutes",
        "97140": "Hands-on joint and soft tissue therapy, per 15 minutes",
        "G0283": "Electrical stimulation, unattended, for other than wound care",
        "92523": "Speech sound and language evaluation"}
LEG2 = [("CP1", "A copay for the visit was taken from this service."),
        ("NB4", "Your plan does not cover this service. The provider can bill you."),
        ("NB9", "This visit is over your plan's yearly visit limit.")]


# ====================================================================== layout 3: Medicare Summary Notice
def lay_msn(out: Path) -> int:
    st = PlanState(ded_left=Decimal("257.00"))

    def mk(rows, dr="50"):
        return [medicare(Svc(d, c, u, m, denied=dn), st, deny_reason=dr) for d, c, u, m, dn in rows]

    pat = "WALTER B. FENWICK"
    cl = [
        Claim(pat, None, "26-015-88402-1173", mk([
            (D(2026, 1, 7), "97163", 1, ("GP",), None), (D(2026, 1, 7), "97110", 2, ("GP",), None),
            (D(2026, 1, 9), "97110", 2, ("GP",), None), (D(2026, 1, 9), "97140", 1, ("GP",), None),
            (D(2026, 1, 14), "97116", 2, ("GP",), None), (D(2026, 1, 14), "97110", 1, ("GP", "CQ"), None),
            (D(2026, 1, 16), "97112", 2, ("GP", "CQ"), None), (D(2026, 1, 16), "G0283", 1, ("GP",), None),
            (D(2026, 1, 21), "97110", 2, ("GP", "KX"), None), (D(2026, 1, 21), "97140", 2, ("GP", "59"), None),
            (D(2026, 1, 23), "97530", 2, ("GP",), None), (D(2026, 1, 23), "0552T", 1, ("GP",), "PR"),
            (D(2026, 1, 28), "97110", 2, ("GP", "KX"), None), (D(2026, 1, 28), "97116", 1, ("GP", "CQ"), None),
            (D(2026, 1, 30), "97112", 1, ("GP",), None), (D(2026, 1, 30), "97140", 2, ("GP",), None)]),
            {"prov": "Greyfield Orthopedic & Spine Rehab", "addr": "2210 Larch Ave, Suite 4, Millport, OH 45011",
             "ref": "Dr. Anneke Solberg", "dates": "January 7 - January 30, 2026"}, {11: ["C"], 15: ["B"]}),
        Claim(pat, None, "26-027-90115-0042", mk([
            (D(2026, 1, 12), "99213", 1, (), None), (D(2026, 1, 12), "97760", 1, ("GO",), None),
            (D(2026, 1, 12), "L3807", 1, ("RT",), None), (D(2026, 1, 19), "97760", 1, ("GO",), None),
            (D(2026, 1, 19), "97140", 1, ("GO",), None), (D(2026, 1, 26), "97760", 1, ("GO",), None),
            (D(2026, 1, 26), "97110", 2, ("GO",), None)]),
            {"prov": "Millport Hand Center", "addr": "80 Quarry Street, Millport, OH 45011",
             "ref": "Dr. Tomasz Iwu", "dates": "January 12 - January 26, 2026"}, {0: ["A"]}),
        Claim(pat, None, "26-033-91870-5521", mk([
            (D(2026, 1, 20), "92523", 1, ("GN",), None), (D(2026, 1, 27), "92507", 1, ("GN",), None),
            (D(2026, 1, 29), "92526", 1, ("GN",), "CO")], "204"),
            {"prov": "Lakeshore Speech & Swallow Services", "addr": "15 Pier Road, Vandalia Harbor, OH 45209",
             "ref": "Dr. Ruth Okonjo", "dates": "January 20 - January 29, 2026"}, {2: ["D"]}),
    ]
    short = {"L3807": "Hand splint, custom fitted", "97760": "Splint training", "92523": "Speech-language evaluation",
             "92526": "Swallowing therapy", "99213": "Office visit", "0552T": "Laser therapy",
             "G0283": "Electrical stimulation", "97112": "Balance/nerve retraining"}
    for c in cl:
        for s in c.svcs:
            s.desc = short.get(s.code, s.desc)
    F, B = "LibSerif", "LibSerif-B"
    m = lambda v: money(v, "$", "-")  # noqa: E731
    cols = [
        Col(["Service", "Date"], 44, "l", lambda s, c, i: dfmt(s.dos, "mon")),
        Col(["Service Provided &", "Billing Code"], 104, "l",
            lambda s, c, i: f"{s.desc} ({code_mods(s, '-', '-')})", wrapw=150),
        Col(["Did Medicare", "Approve?"], 296, "c", lambda s, c, i: "No" if s.denied else "Yes"),
        Col(["Amount", "Provider", "Charged"], 376, "r", lambda s, c, i: m(s.billed)),
        Col(["Medicare-", "Approved", "Amount"], 436, "r", lambda s, c, i: m(s.allowed)),
        Col(["Medicare", "Paid"], 488, "r", lambda s, c, i: m(s.paid)),
        Col(["Maximum", "You May Be", "Billed"], 548, "r", lambda s, c, i: m(s.owes)),
        Col(["See", "Notes"], 556, "l", lambda s, c, i: " ".join(c.remarks.get(i, []))),
    ]

    def furn(doc, p):
        if p == 1:
            doc.text(44, 50, "Medicare Summary Notice for Part B (Medical Insurance)", B, 14)
            doc.text(44, 64, "The Official Summary of Your Medicare Claims from the Centers for Medicare & "
                     "Medicaid Services", F, 8.5)
            doc.rect(44, 74, 250, 92)
            doc.text(52, 90, pat, B, 10)
            doc.text(52, 103, "Medicare Number XXXXX-XX8K41", F, 9)
            doc.text(52, 116, "Date of This Notice: February 18, 2026", F, 9)
            doc.text(52, 129, "Claims Processed Between:", F, 9)
            doc.text(52, 142, "November 18, 2025 - February 15, 2026", F, 9)
            doc.rect(312, 74, 256, 92, fill=0.93)
            doc.text(320, 90, "Your Deductible Status", B, 10)
            doc.text(320, 104, "Your deductible is what you must pay for", F, 8.5)
            doc.text(320, 115, "services each year before Medicare begins", F, 8.5)
            doc.text(320, 126, "to pay. You have now met $257.00 of your", F, 8.5)
            doc.text(320, 137, "$257.00 Part B deductible for 2026.", F, 8.5)
            doc.text(44, 190, "Your Claims & Costs This Period", B, 12)
            doc.rect(44, 198, 524, 66)
            doc.text(52, 214, "Did Medicare approve all services?", F, 9)
            doc.text(420, 214, "NO", B, 9)
            doc.text(52, 227, "Number of services Medicare denied:", F, 9)
            doc.text(420, 227, "2", B, 9)
            doc.text(52, 240, "Number of providers with claims this period:", F, 9)
            doc.text(420, 240, "3", B, 9)
            doc.text(52, 253, "Total you may be billed: see each claim below", F, 9)
            doc.text(44, 288, "Your Claims for Part B (Medical Insurance)", B, 12)
            doc.text(44, 301, "Part B helps pay for doctors' services, outpatient therapy and supplies. "
                     "Claims are listed by provider.", F, 8.5)
            return 324
        doc.text(44, 44, f"{pat}    Medicare Number XXXXX-XX8K41", F, 8.5)
        doc.text(44, 58, "Your Claims for Part B (Medical Insurance) - continued", B, 11)
        return 78

    def head(doc, y, c, cont):
        doc.line(44, y - 10, 568, y - 10, 1.2)
        doc.text(44, y, f"{c.info['dates']}{'  (continued from previous page)' if cont else ''}", B, 9.5)
        doc.text(44, y + 12, f"{c.info['prov']}, {c.info['addr']}", F, 8.5)
        doc.text(44, y + 23, f"Referred by: {c.info['ref']}", F, 8.5)
        doc.text(568, y + 12, f"Claim Number: {c.payer_claim_id}", F, 8.5, "r")
        doc.text(568, y + 23, "Provider accepted assignment", F, 8.5, "r")
        return y + 38

    def hdr(doc, y):
        doc.rect(44, y - 8, 524, 32, fill=0.88)
        for c in cols:
            for k, h in enumerate(c.head):
                doc.text(c.x, y + k * 9, h, B, 7.5, c.align)
        return y + 36

    def foot(doc, y, c):
        doc.line(330, y - 6, 568, y - 6)
        doc.text(104, y + 2, "Total for this claim", B, 8.5)
        for k, x in (("billed", 376), ("allowed", 436), ("paid", 488), ("owes", 548)):
            doc.text(x, y + 2, m(total(c.svcs, k)), B, 8.5, "r")
        return y + 30

    def end(doc, y):
        doc.text(44, y, "Notes for Your Claims", B, 11)
        for k, (a, t) in enumerate(LEG3):
            doc.text(44, y + 16 + 12 * k, f"{a}  {t}", F, 8.5)
        return y + 70

    def footer(doc, p, n):
        doc.text(306, 770, f"Page {p} of {n}", F, 8, "c")
        doc.text(44, 770, "Get help: 1-800-555-0123", F, 7.5)

    spec = Spec("h104_msn_partb_fenwick", "reportlab", (612, 792), F, B, 8, 11.5, cols,
                ("billed", "allowed", "paid", "patient_owes"), furn, head, foot, header=hdr,
                header_per_claim=True, footer=footer, end=end, bottom=70, units=False,
                totals_printed=("billed", "allowed", "paid", "patient_owes"))
    return render(spec, cl, out, LEG3, "Medicare Summary Notice Part B, Liberation Serif, per-provider claims")


LEG3 = [("A", "Your deductible for the year was met with this service."),
        ("B", "The approved amount was lowered by 2% under a federal spending rule."),
        ("C", "Medicare does not pay for this item. You may be billed the full charge."),
        ("D", "This service was not paid because it duplicates a service already processed.")]


# ================================================================ layout 4: Medicare Advantage member EOB
def lay_ma(out: Path) -> int:
    st = PlanState(visit_copay=Decimal("15.00"), allowed_rate=Decimal("0.44"))

    def mk(rows):
        return [commercial(Svc(d, c, u, m, denied=dn), st, deny_reason="197") for d, c, u, m, dn in rows]

    pat = "Beatriz L. Almanzar"
    cl = [
        Claim(pat, "AC-7781402", "MA2602119034", mk([
            (D(2026, 2, 2), "97165", 1, ("GO",), None), (D(2026, 2, 4), "97530", 2, ("GO", "CO"), None),
            (D(2026, 2, 4), "97535", 1, ("GO",), None), (D(2026, 2, 9), "97530", 2, ("GO",), None),
            (D(2026, 2, 9), "97112", 1, ("GO", "CO"), None), (D(2026, 2, 11), "97535", 2, ("GO",), None),
            (D(2026, 2, 16), "97530", 3, ("GO", "KX"), None), (D(2026, 2, 18), "97168", 1, ("GO",), None),
            (D(2026, 2, 18), "97129", 1, ("GO",), "CO"), (D(2026, 2, 23), "97530", 2, ("GO", "KX"), None),
            (D(2026, 2, 23), "97535", 1, ("GO", "KX"), None), (D(2026, 2, 25), "97530", 2, ("GO", "KX"), None),
            (D(2026, 2, 25), "97140", 1, ("GO",), None), (D(2026, 2, 27), "97110", 2, ("GO",), None),
            (D(2026, 2, 27), "97112", 2, ("GO",), None)]),
            {"prov": "Aldercrest Outpatient Rehabilitation", "net": "In network"}, {8: ["41"]}),
        Claim(pat, "330918", "MA2602207711", mk([
            (D(2026, 2, 13), "99213", 1, (), None), (D(2026, 2, 13), "G0283", 1, (), None)]),
            {"prov": "Hollis Family Medicine", "net": "In network"}),
        Claim(pat, "AC-7781466", "MA2602304528", mk([
            (D(2026, 2, 20), "97760", 1, ("GO",), None), (D(2026, 2, 20), "L3807", 1, ("LT",), None),
            (D(2026, 2, 24), "97760", 1, ("GO",), None), (D(2026, 2, 24), "97140", 1, ("GO",), None),
            (D(2026, 2, 26), "97760", 1, ("GO",), None), (D(2026, 2, 26), "97110", 2, ("GO",), None),
            (D(2026, 2, 27), "97760", 1, ("GO",), None), (D(2026, 2, 27), "97530", 1, ("GO",), None),
            (D(2026, 2, 27), "97535", 1, ("GO",), None), (D(2026, 2, 27), "G0283", 1, ("GO",), "CO")]),
            {"prov": "Aldercrest Outpatient Rehabilitation", "net": "In network"}, {1: ["12"], 9: ["41"]}),
    ]
    F, B = "LibSans", "LibSans-B"
    m = lambda v: money(v, "$", "-")  # noqa: E731
    cols = [
        Col(["Service", "date"], 40, "l", lambda s, c, i: dfmt(s.dos, "mdyn")),
        Col(["Service"], 92, "l", lambda s, c, i: s.desc, wrapw=150),
        Col(["Code"], 250, "l", lambda s, c, i: s.code),
        Col(["Modifier"], 286, "l", lambda s, c, i: ", ".join(s.mods)),
        Col(["Qty"], 340, "r", lambda s, c, i: units_str(s.units)),
        Col(["Provider", "charged"], 392, "r", lambda s, c, i: m(s.billed)),
        Col(["Plan", "approved"], 442, "r", lambda s, c, i: m(s.allowed)),
        Col(["Plan's", "share"], 490, "r", lambda s, c, i: m(s.paid)),
        Col(["Your", "share"], 536, "r", lambda s, c, i: m(s.owes)),
        Col(["Note"], 548, "l", lambda s, c, i: " ".join(c.remarks.get(i, []))),
    ]

    def furn(doc, p):
        doc.text(40, 46, "Northwind Senior Advantage (HMO)", B, 13)
        doc.text(40, 58, "A Medicare Advantage plan offered by Northwind Health Partners", F, 8)
        doc.text(572, 46, "Explanation of Benefits", B, 11, "r")
        doc.text(572, 58, "for Medicare medical services, February 2026", F, 8, "r")
        if p == 1:
            doc.text(40, 84, f"Member: {pat}", F, 9)
            doc.text(40, 96, "Member number: N0482271-00", F, 9)
            doc.text(330, 84, "Part C plan year total to date", B, 9)
            doc.text(330, 96, "You have paid $240.00 of your $3,900.00 yearly maximum.", F, 8)
            doc.rect(40, 108, 532, 34, fill=0.95)
            doc.text(48, 122, "Part C (medical) claims you had this month. This notice is not a bill. Keep it with "
                     "your records.", F, 8)
            doc.text(48, 134, "Amounts under 'Your share' are what you may owe the provider.", F, 8)
            return 164
        return 82

    def hdr(doc, y):
        for c in cols:
            for k, h in enumerate(c.head):
                doc.text(c.x, y + k * 9 + (9 if len(c.head) == 1 else 0), h, B, 7.5, c.align)
        doc.line(40, y + 13, 572, y + 13, 1)
        return y + 26

    def head(doc, y, c, cont):
        doc.rect(40, y - 9, 532, 25, fill=0.82)
        doc.text(44, y, f"Claim number {c.payer_claim_id}{'   continued' if cont else ''}", B, 8.5)
        doc.text(44, y + 11, f"{c.info['prov']} ({c.info['net']})  |  Provider's reference {c.claim_id}", F, 8)
        doc.text(568, y, "Processed 03/04/2026", F, 8, "r")
        return y + 30

    def foot(doc, y, c):
        doc.line(350, y - 7, 572, y - 7)
        doc.text(250, y + 2, "Claim total", B, 8)
        for k, x in (("billed", 392), ("allowed", 442), ("paid", 490), ("owes", 536)):
            doc.text(x, y + 2, m(total(c.svcs, k)), B, 8, "r")
        return y + 28

    def end(doc, y):
        doc.text(40, y, "Notes", B, 9)
        for k, (a, t) in enumerate(LEG4):
            doc.text(40, y + 13 + 11 * k, f"{a}: {t}", F, 8)
        return y + 50

    def footer(doc, p, n):
        if p == 1:
            doc.rect(40, 630, 532, 114, fill=0.93)
            doc.text(48, 648, "Tip: save on therapy visits", B, 9)
            doc.text(48, 660, "Visits with in-network therapists cost you a $15 copay per visit day. Out-of-network "
                     "visits are not covered", F, 7.5)
            doc.text(48, 670, "except for emergencies. Call us to find a therapist near you.", F, 7.5)
            doc.text(48, 684, "Keep track of your therapy visits", B, 9)
            doc.text(48, 698, "Outpatient therapy above the yearly threshold needs your therapist to confirm it is "
                     "medically necessary", F, 7.5)
            doc.text(48, 709, "(shown with the KX modifier). You do not need to do anything.", F, 7.5)
            doc.text(48, 726, "Report suspected fraud: 1-877-555-0191.", F, 7.5)
        doc.line(40, 756, 572, 756)
        doc.text(40, 768, "Y0000_EOB26_C  Northwind Health Partners (invented) · 1-877-555-0190, 8 a.m.-8 p.m.", F, 6.5)
        doc.text(572, 768, f"Page {p} of {n}", F, 7.5, "r")

    spec = Spec("h104_ma_northwind_eob", "fpdf2", (612, 792), F, B, 8, 11.5, cols,
                ("billed", "allowed", "paid", "patient_owes"), furn, head, foot, header=hdr, footer=footer,
                end=end, bottom=64, rule_rows=(40, 572), bottom_first=170,
                totals_printed=("billed", "allowed", "paid", "patient_owes"))
    return render(spec, cl, out, LEG4, "Medicare Advantage member EOB, Liberation Sans portrait")


LEG4 = [("41", "Your plan does not pay for this service when billed on the same day as a re-evaluation."),
        ("12", "The item was approved under your plan's durable equipment benefit.")]


# =========================================================================== layout 5: state Medicaid RA
def lay_mcd1(out: Path) -> int:
    def mk(rows, dr="197"):
        out_ = []
        for r in rows:
            d, c, u, m, dn = r[:5]
            s = medicaid(Svc(d, c, u, m, end=r[5] if len(r) > 5 else None, denied=dn), deny_reason=dr)
            out_.append(s)
        return out_

    orig = mk([(D(2025, 12, 1), "97530", 4, ("GO",), None, D(2025, 12, 5)),
               (D(2025, 12, 1), "97535", 2, ("GO",), None, D(2025, 12, 5))])
    rev = [negate(s) for s in orig]
    for s, o in zip(rev, orig):
        s.end = o.end
    cl = [
        Claim("DELACRUZ, MATEO", "PMT0418832", "2026041800212", mk([
            (D(2026, 1, 5), "97530", 2, ("GO", "U1"), None), (D(2026, 1, 5), "97110", 1, ("GO",), None),
            (D(2026, 1, 7), "97530", 2, ("GO", "U1"), None), (D(2026, 1, 7), "97535", 1, ("GO",), None),
            (D(2026, 1, 12), "97530", 2, ("GO", "U1"), None), (D(2026, 1, 12), "97112", 1, ("GO",), None),
            (D(2026, 1, 14), "97530", 2, ("GO", "U1"), None), (D(2026, 1, 14), "97535", 2, ("GO",), None)]),
            {"rid": "600841177", "sec": "PAID CLAIMS"}, {}),
        Claim("DELACRUZ, SOFIA", "PMT0418840", "2026041800219", mk([
            (D(2026, 1, 6), "92507", 1, ("GN",), None), (D(2026, 1, 13), "92507", 1, ("GN",), None),
            (D(2026, 1, 20), "92526", 1, ("GN",), None)]),
            {"rid": "600841185", "sec": "PAID CLAIMS"}, {}),
        Claim("WYNN, KAYLEE", "PMT0419003", "2026041800377", mk([
            (D(2026, 1, 8), "97165", 1, ("GO",), None), (D(2026, 1, 15), "97530", 3, ("GO",), None),
            (D(2026, 1, 22), "97530", 3, ("GO",), None), (D(2026, 1, 22), "97760", 1, ("GO",), None),
            (D(2026, 1, 29), "97530", 2, ("GO",), None), (D(2026, 1, 29), "97140", 1, ("GO",), None)]),
            {"rid": "611209355", "sec": "PAID CLAIMS"}, {}),
        Claim("BOATENG, ISAAC", "PMT0419110", "2026041800402", mk([
            (D(2026, 1, 9), "97166", 1, ("GO",), "CO"), (D(2026, 1, 9), "97530", 2, ("GO",), "CO")], "15"),
            {"rid": "620077418", "sec": "DENIED CLAIMS"}, {0: ["0271"], 1: ["0271", "0093"]}),
        Claim("WYNN, KAYLEE", "PMT0391766", "2025352700118", rev,
              {"rid": "611209355", "sec": "ADJUSTED CLAIMS - REVERSAL OF PRIOR PAYMENT"}, {0: ["0810"], 1: ["0810"]}),
        Claim("WYNN, KAYLEE", "PMT0391766", "2026041800509", mk(
            [(D(2025, 12, 1), "97530", 3, ("GO",), None, D(2025, 12, 5)),
             (D(2025, 12, 1), "97535", 2, ("GO",), None, D(2025, 12, 5))]),
            {"rid": "611209355", "sec": "ADJUSTED CLAIMS - REPLACEMENT"}, {0: ["0811"], 1: ["0811"]}),
    ]
    cl[0].remarks = {i: ["0001"] for i in range(8)}
    F, B = "Courier", "Courier-Bold"
    m = lambda v: money(v, ",", "trail")  # noqa: E731
    cols = [
        Col(["LN"], 36, "l", lambda s, c, i: f"{i + 1:02d}"),
        Col(["FROM DOS"], 60, "l", lambda s, c, i: dfmt(s.dos, "mdy2")),
        Col(["TO DOS"], 116, "l", lambda s, c, i: dfmt(s.end or s.dos, "mdy2")),
        Col(["PROC"], 172, "l", lambda s, c, i: s.code),
        Col(["MOD1"], 212, "l", lambda s, c, i: s.mods[0] if s.mods else ""),
        Col(["MOD2"], 246, "l", lambda s, c, i: s.mods[1] if len(s.mods) > 1 else ""),
        Col(["UNITS"], 320, "r", lambda s, c, i: f"{s.units:.2f}" if s.units >= 0 else f"{-s.units:.2f}-"),
        Col(["BILLED AMT"], 400, "r", lambda s, c, i: m(s.billed)),
        Col(["ALLOWED AMT"], 480, "r", lambda s, c, i: m(s.allowed)),
        Col(["PAID AMT"], 556, "r", lambda s, c, i: m(s.paid)),
        Col(["EOB CODES"], 580, "l", lambda s, c, i: " ".join(c.remarks.get(i, []))),
    ]

    def furn(doc, p):
        doc.text(36, 36, "STATE OF MONTARO - DEPARTMENT OF HEALTH AND FAMILY SERVICES", B, 9)
        doc.text(36, 47, "MEDICAL ASSISTANCE PROGRAM - PROVIDER REMITTANCE ADVICE", B, 9)
        doc.text(756, 36, f"PAGE {p:4d}", F, 8, "r")
        doc.text(756, 47, "RUN DATE 02/13/26", F, 8, "r")
        doc.text(36, 64, "PROVIDER: 0044718203  TIDEWATER PEDIATRIC THERAPY GROUP", F, 8)
        doc.text(36, 75, "RA NUMBER: 2604117   WARRANT/EFT: 00958214   PAYMENT DATE 02/16/26", F, 8)
        doc.line(36, 82, 756, 82)
        return 98

    def section_draw(doc, y, sec):
        doc.text(36, y, f"*** {sec} ***", B, 8.5)
        return y + 14

    def head(doc, y, c, cont):
        doc.text(36, y, f"RECIP NAME: {c.patient:<18} RECIP ID: {c.info['rid']}   ICN: {c.payer_claim_id}   "
                 f"PAT ACCT #: {c.claim_id}{'   (CONT)' if cont else ''}", F, 7.5)
        y += 11
        for col in cols:
            doc.text(col.x, y, col.head[0], B, 7, col.align)
        return y + 11

    def foot(doc, y, c):
        doc.text(172, y, "CLAIM TOTAL", B, 7.5)
        for k, x in (("billed", 400), ("allowed", 480), ("paid", 556)):
            doc.text(x, y, m(total(c.svcs, k)), B, 7.5, "r")
        doc.text(36, y + 6, "-" * 150, F, 5)
        return y + 20

    def end(doc, y):
        doc.text(36, y, "EOB CODE DESCRIPTIONS", B, 8)
        for k, (a, t) in enumerate(LEG5):
            doc.text(36, y + 12 + 10 * k, f"{a}  {t}", F, 7)
        return y + 80

    def footer(doc, p, n):
        doc.text(36, 596, "PROVIDER SERVICES 1-800-555-0164   MONTARO MAP (INVENTED PROGRAM)", F, 6.5)

    spec = Spec("h104_mcd1_montaro_ra", "fpdf2", (792, 612), F, B, 7.5, 10.5, cols,
                ("billed", "allowed", "paid"), furn, head, foot, repeat_header=False, footer=footer,
                end=end, bottom=40, section=lambda c: c.info["sec"], section_draw=section_draw, desc=False,
                totals_printed=("billed", "allowed", "paid"))
    return render(spec, cl, out, LEG5, "state Medicaid RA, landscape Courier, sections, reversal + replacement")


LEG5 = [("0001", "PAID IN FULL AT THE PROGRAM FEE SCHEDULE RATE"),
        ("0093", "UNITS EXCEED THE DAILY LIMIT FOR THIS PROCEDURE"),
        ("0271", "NO PRIOR AUTHORIZATION ON FILE FOR THESE DATES"),
        ("0810", "PRIOR PAYMENT RECOUPED - CLAIM ADJUSTED BY PROVIDER REQUEST"),
        ("0811", "REPLACEMENT CLAIM PAID")]


# ============================================================= layout 6: state Medicaid RA, claim blocks
def lay_mcd2(out: Path) -> int:
    def mk(rows, dr="16"):
        return [medicaid(Svc(d, c, u, m, denied=dn), deny_reason=dr) for d, c, u, m, dn in rows]

    cl = [
        Claim("HOLLOWAY, JUNIPER R", "MR-55201", "41260330051180", mk([
            (D(2026, 2, 2), "92507", 1, ("GN",), None), (D(2026, 2, 4), "92507", 1, ("GN",), None),
            (D(2026, 2, 9), "92507", 1, ("GN",), None), (D(2026, 2, 11), "92507", 1, ("GN", "59"), None),
            (D(2026, 2, 11), "92526", 1, ("GN",), None), (D(2026, 2, 16), "92507", 1, ("GN",), None),
            (D(2026, 2, 18), "92507", 1, ("GN",), None), (D(2026, 2, 23), "92507", 1, ("GN",), None),
            (D(2026, 2, 25), "92526", 1, ("GN",), None), (D(2026, 2, 25), "92507", 1, ("GN",), None)]),
            {"cid": "7710042986", "dob": "03/14/2019"}),
        Claim("HOLLOWAY, BRANSON T", "MR-55214", "41260330051196", mk([
            (D(2026, 2, 3), "97166", 1, ("GO",), None), (D(2026, 2, 3), "97530", 2, ("GO",), None),
            (D(2026, 2, 10), "97530", 3, ("GO",), None), (D(2026, 2, 10), "97533", 1, ("GO",), "CO"),
            (D(2026, 2, 17), "97530", 2, ("GO",), None), (D(2026, 2, 17), "97112", 2, ("GO",), None)]),
            {"cid": "7710042994", "dob": "08/30/2016"}, {3: ["N95"]}),
        Claim("ESPARZA, LEILANI", "MR-55380", "41260330051412", mk([
            (D(2026, 2, 5), "92523", 1, ("GN",), None), (D(2026, 2, 12), "92507", 1, ("GN",), None),
            (D(2026, 2, 19), "92507", 1, ("GN",), None), (D(2026, 2, 26), "92507", 1, ("GN",), None)]),
            {"cid": "7720185533", "dob": "11/02/2020"}),
        Claim("ODUYA, CALEB", "MR-55402", "41260330051577", mk([
            (D(2026, 2, 6), "97165", 1, ("GO",), "CO"), (D(2026, 2, 13), "97530", 2, ("GO",), "CO")], "29"),
            {"cid": "7731190027", "dob": "01/21/2015"}, {0: ["M77"], 1: ["M77"]}),
    ]
    F, B = "LibMono", "LibMono-B"
    m = lambda v: money(v, "", "-")  # noqa: E731
    cols = [
        Col(["LN"], 40, "l", lambda s, c, i: f"{i + 1}"),
        Col(["SVC DATE"], 58, "l", lambda s, c, i: dfmt(s.dos, "mdy4")),
        Col(["PROC-MODS"], 118, "l", lambda s, c, i: code_mods(s, " ", " ")),
        Col(["QTY"], 196, "r", lambda s, c, i: f"{s.units:.1f}"),
        Col(["SUBMITTED"], 254, "r", lambda s, c, i: m(s.billed)),
        Col(["ALLOWED"], 304, "r", lambda s, c, i: m(s.allowed)),
        Col(["PAID"], 352, "r", lambda s, c, i: m(s.paid)),
        Col(["CARC AMOUNT"], 362, "l", lambda s, c, i: " ".join(f"{g}-{r} {m(a)}" for g, r, a in s.adjs)),
        Col(["RARC"], 476, "l", lambda s, c, i: " ".join(c.remarks.get(i, []))),
        Col(["SVC STATUS"], 512, "l", lambda s, c, i: "DENY" if s.denied else "PAY"),
    ]
    cl[0].svcs[0].remarks = []

    def furn(doc, p):
        doc.text(40, 40, "ARROYO STATE HEALTH CARE AUTHORITY", B, 10)
        doc.text(40, 52, "Medical Assistance Remittance & Status Statement", F, 8.5)
        doc.text(572, 40, f"Page {p}", F, 8, "r")
        doc.text(572, 52, "Cycle 2026-03-04", F, 8, "r")
        doc.text(40, 68, "Payee: CANYON PEDIATRIC SPEECH & OT LLC   Payee ID 3300418  NPI 1194702865", F, 7.5)
        doc.text(40, 78, "EFT trace 90031177402   Net payment this cycle shown on last page", F, 7.5)
        doc.line(40, 84, 572, 84, 1)
        return 100

    def head(doc, y, c, cont):
        doc.rect(38, y - 9, 536, 24)
        doc.text(42, y, f"CLIENT {c.patient}   CLIENT ID {c.info['cid']}   DOB {c.info['dob']}", B, 7.5)
        doc.text(42, y + 10, f"TCN {c.payer_claim_id}   MED REC NO {c.claim_id}   CLAIM TYPE B-PROF"
                 f"{'   CONTINUED' if cont else ''}", F, 7.5)
        y += 26
        for col in cols:
            doc.text(col.x, y, col.head[0], B, 6.8, col.align)
        return y + 11

    def foot(doc, y, c):
        doc.text(118, y, "CLAIM TOTALS", B, 7)
        for k, x in (("billed", 254), ("allowed", 304), ("paid", 352)):
            doc.text(x, y, m(total(c.svcs, k)), B, 7, "r")
        return y + 22

    def end(doc, y):
        doc.text(40, y, "CODE LEGEND (summary wording; see the provider manual for full text)", B, 7.5)
        for k, (a, t) in enumerate(LEG6):
            doc.text(40, y + 11 + 10 * k, f"{a:<6} {t}", F, 7)
        return y + 70

    spec = Spec("h104_mcd2_arroyo_remit", "reportlab", (612, 792), F, B, 7, 10.5, cols,
                ("billed", "allowed", "paid"), furn, head, foot, repeat_header=False, end=end, bottom=50,
                adjs=True, all_adj=True, desc=False, totals_printed=("billed", "allowed", "paid"))
    return render(spec, cl, out, LEG6, "state Medicaid remittance & status statement, Liberation Mono, boxed "
                                       "client blocks")


LEG6 = [("CO-45", "charge above the program's maximum fee"), ("CO-16", "claim lacks information needed to pay"),
        ("CO-29", "filed after the program's time limit"), ("N95", "procedure not payable with the one above"),
        ("M77", "place of service missing or not valid")]


# ============================================================ layout 7: clearinghouse paper remit (SPR-like)
def lay_spr(out: Path) -> int:
    st = PlanState(ded_left=Decimal("60.00"))

    def mk(rows, dr="50"):
        return [medicare(Svc(d, c, u, m, denied=dn), st, deny_reason=dr) for d, c, u, m, dn in rows]

    cl = [
        Claim("PEMBERTON, ARLISS", "KPT2601-0087", "2226036114550", mk([
            (D(2026, 1, 5), "97161", 1, ("GP",), None), (D(2026, 1, 5), "97110", 2, ("GP",), None),
            (D(2026, 1, 7), "97110", 2, ("GP",), None), (D(2026, 1, 7), "97140", 1, ("GP",), None),
            (D(2026, 1, 12), "97116", 2, ("GP", "CQ"), None), (D(2026, 1, 12), "97110", 1, ("GP", "CQ"), None),
            (D(2026, 1, 14), "97530", 2, ("GP",), None), (D(2026, 1, 14), "97112", 1, ("GP",), None),
            (D(2026, 1, 19), "97110", 2, ("GP", "KX"), None), (D(2026, 1, 19), "G0283", 1, ("GP",), None),
            (D(2026, 1, 21), "97140", 2, ("GP",), None), (D(2026, 1, 21), "97110", 2, ("GP", "KX"), None)]),
            {"hic": "4TR8KD2WM61", "mid": "ARLISS"}),
        Claim("QUINTERO, ELENA", "KPT2601-0112", "2226036114561", mk([
            (D(2026, 1, 6), "97165", 1, ("GO",), None), (D(2026, 1, 8), "97535", 2, ("GO",), None),
            (D(2026, 1, 13), "97535", 1, ("GO",), None), (D(2026, 1, 13), "97530", 2, ("GO",), None),
            (D(2026, 1, 15), "0552T", 1, ("GO",), "PR")], "96"),
            {"hic": "7PA3QN5XC28"}),
        Claim("ABERNATHY, CLYDE", "KPT2601-0140", "2226036114602", mk([
            (D(2026, 1, 9), "92507", 1, ("GN",), None), (D(2026, 1, 16), "92507", 1, ("GN",), None),
            (D(2026, 1, 23), "92526", 1, ("GN",), None), (D(2026, 1, 30), "92507", 1, ("GN",), None),
            (D(2026, 1, 30), "92526", 1, ("GN", "59"), None)]),
            {"hic": "2HW6EJ9RT40"}),
    ]
    cl[1].remarks = {4: ["N130"]}
    F, B = "Courier", "Courier-Bold"
    m = lambda v: money(v, "", "-")  # noqa: E731
    cols = [
        Col(["PERF PROV"], 36, "l", lambda s, c, i: "1386550271"),
        Col(["SERV DATE"], 88, "l", lambda s, c, i: f"{s.dos:%m%d} {s.dos:%m%d%y}"),
        Col(["POS"], 148, "l", lambda s, c, i: "11"),
        Col(["NOS"], 178, "r", lambda s, c, i: units_str(s.units)),
        Col(["PROC"], 186, "l", lambda s, c, i: s.code),
        Col(["MODS"], 216, "l", lambda s, c, i: " ".join(s.mods)),
        Col(["BILLED"], 286, "r", lambda s, c, i: m(s.billed)),
        Col(["ALLOWED"], 326, "r", lambda s, c, i: m(s.allowed)),
        Col(["DEDUCT"], 362, "r", lambda s, c, i: m(s.deductible)),
        Col(["COINS"], 396, "r", lambda s, c, i: m(s.coinsurance)),
        Col(["GRP/RC-AMT"], 402, "l", lambda s, c, i: " ".join([f"{g}-{r} {m(a)}" for g, r, a in s.adjs]
                                                              + [f"REM {x}" for x in c.remarks.get(i, [])])),
        Col(["PROV PD"], 598, "r", lambda s, c, i: m(s.paid)),
    ]

    def furn(doc, p):
        doc.text(36, 34, "KESTREL CLEARING SERVICES  -  PRINTED REMITTANCE (FROM 835)", B, 8)
        doc.text(576, 34, f"PAGE #: {p} OF ##", F, 7, "r")
        doc.text(36, 46, "PAYER: JURISDICTION 9 PART B CONTRACTOR (INVENTED)     PAYER ID 09402", F, 7)
        doc.text(36, 56, "PROVIDER: KINGSPORT REHAB ASSOCIATES   NPI 1386550271   DATE: 02/11/2026", F, 7)
        doc.text(36, 66, "CHECK/EFT #: 0070491388              REMIT #: 2651", F, 7)
        doc.line(36, 72, 576, 72)
        return 86

    def hdr(doc, y):
        for c in cols:
            doc.text(c.x, y, c.head[0], B, 6.8, c.align)
        doc.text(36, y + 10, "_" * 132, F, 6.5)
        return y + 22

    def head(doc, y, c, cont):
        nm = c.patient
        doc.text(36, y, f"NAME {nm:<22} HIC {c.info['hic']}  ACNT {c.claim_id}  ICN {c.payer_claim_id}  "
                 f"ASG Y MOA MA01{' CONT' if cont else ''}", F, 6.8)
        return y + 11

    def foot(doc, y, c):
        doc.text(36, y, f"PT RESP {m(total(c.svcs, 'owes')):>9}", F, 6.8)
        doc.text(186, y, "CLAIM TOTALS", F, 6.8)
        for k, x in (("billed", 286), ("allowed", 326), ("deductible", 362), ("coinsurance", 396), ("paid", 598)):
            doc.text(x, y, m(total(c.svcs, k)), F, 6.8, "r")
        doc.text(470, y + 10, f"NET {m(total(c.svcs, 'paid'))}", F, 6.8)
        return y + 24

    def end(doc, y):
        doc.text(36, y, "TOTALS:  # OF CLAIMS 3   BILLED AMT " + m(sum((total(c.svcs, "billed") for c in cl), ZERO))
                 + "   PROV PD AMT " + m(sum((total(c.svcs, "paid") for c in cl), ZERO)), B, 7)
        doc.text(36, y + 14, "GLOSSARY: group, reason, MOA and remark codes", B, 7)
        for k, (a, t) in enumerate(LEG7):
            doc.text(36, y + 25 + 9 * k, f"{a:<7}{t}", F, 6.5)
        return y + 90

    def footer(doc, p, n):
        doc.pages[-1][:] = [op if not (op[0] == "T" and "OF ##" in op[3]) else
                         (op[0], op[1], op[2], op[3].replace("##", str(n)), *op[4:]) for op in doc.pages[-1]]

    spec = Spec("h104_spr_kestrel_remit", "reportlab", (612, 792), F, B, 6.3, 10, cols,
                ("billed", "allowed", "deductible", "coinsurance", "paid"), furn, head, foot, header=hdr,
                footer=footer, end=end, bottom=40, adjs=True, all_adj=True, desc=False,
                totals_printed=("billed", "allowed", "paid"))
    return render(spec, cl, out, LEG7, "clearinghouse printed Medicare-style remit, portrait Courier")


LEG7 = [("CO", "contractual obligation"), ("PR", "patient responsibility"), ("45", "charge over fee schedule"),
        ("1", "deductible amount"), ("2", "coinsurance amount"), ("253", "federal payment reduction"),
        ("96", "not a covered charge"), ("MA01", "appeal rights note"), ("N130", "see plan benefit limits")]


# ================================================== layout 8: practice-management system ERA print, ruled grid
def lay_pm(out: Path) -> int:
    st = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.71"))

    def mk(rows, dr="B7"):
        return [commercial(Svc(d, c, u, m, denied=dn), st, deny_reason=dr) for d, c, u, m, dn in rows]

    cl = [
        Claim("Greer, Tobias", "T-000418", "4G7Q20260211A0093", mk([
            (D(2026, 1, 19), "97162", 1, ("GP",), None), (D(2026, 1, 19), "97110", 2, ("GP",), None),
            (D(2026, 1, 21), "97140", 2, ("GP",), None), (D(2026, 1, 21), "97112", 1, ("GP",), None),
            (D(2026, 1, 26), "97110", 3, ("GP",), None), (D(2026, 1, 26), "97530", 1, ("GP",), None),
            (D(2026, 1, 28), "97140", 2, ("GP", "59"), None), (D(2026, 1, 28), "97110", 2, ("GP",), None),
            (D(2026, 2, 2), "97116", 2, ("GP",), None), (D(2026, 2, 2), "97110", 2, ("GP",), None),
            (D(2026, 2, 4), "97140", 1, ("GP",), None), (D(2026, 2, 4), "97530", 2, ("GP",), None)]),
            {"ins": "Greer, Tobias"}),
        Claim("Greer, Hazel", "T-000431", "4G7Q20260211A0107", mk([
            (D(2026, 1, 20), "97165", 1, ("GO",), None), (D(2026, 1, 27), "97530", 2, ("GO",), None),
            (D(2026, 1, 27), "97533", 1, ("GO",), "CO"), (D(2026, 2, 3), "97530", 2, ("GO",), None)]),
            {"ins": "Greer, Tobias"}, {2: ["N59"]}),
        Claim("Vasquez-Lind, Orla", "T-000452", "4G7Q20260211A0122", mk([
            (D(2026, 1, 22), "99213", 1, ("25",), None), (D(2026, 1, 22), "97760", 1, ("GO",), None),
            (D(2026, 1, 22), "L3807", 1, ("LT",), None)]),
            {"ins": "Vasquez-Lind, Orla"}),
    ]
    F, B = "DejaVuSans", "DejaVuSans-B"
    m = lambda v: money(v, ",", "-")  # noqa: E731
    xs = [30, 82, 126, 160, 192, 246, 298, 346, 390, 432, 606, 658, 706, 762]
    cols = [
        Col(["DOS"], xs[0] + 3, "l", lambda s, c, i: dfmt(s.dos, "mdy4")),
        Col(["CPT"], xs[1] + 3, "l", lambda s, c, i: s.code),
        Col(["Mod"], xs[2] + 3, "l", lambda s, c, i: " ".join(s.mods)),
        Col(["Units"], xs[4] - 3, "r", lambda s, c, i: units_str(s.units)),
        Col(["Charge"], xs[5] - 3, "r", lambda s, c, i: m(s.billed)),
        Col(["Allowed"], xs[6] - 3, "r", lambda s, c, i: m(s.allowed)),
        Col(["Deduct"], xs[7] - 3, "r", lambda s, c, i: m(s.deductible)),
        Col(["Coins"], xs[8] - 3, "r", lambda s, c, i: m(s.coinsurance)),
        Col(["Copay"], xs[9] - 3, "r", lambda s, c, i: m(s.copay)),
        Col(["Adjustment reasons"], xs[9] + 3, "l",
            lambda s, c, i: "; ".join(f"{g}-{r} {m(a)}" for g, r, a in s.adjs)),
        Col(["Remark"], xs[10] + 3, "l", lambda s, c, i: " ".join(c.remarks.get(i, []))),
        Col(["Paid"], xs[12] - 3, "r", lambda s, c, i: m(s.paid)),
        Col(["Pt Resp"], xs[13] - 3, "r", lambda s, c, i: m(s.owes)),
    ]

    def grid_row(doc, y, h):
        doc.rect(xs[0], y - 9, xs[-1] - xs[0], h)
        for x in xs[1:-1]:
            if x != xs[3]:
                doc.line(x, y - 9, x, y - 9 + h, 0.3)

    def furn(doc, p):
        doc.text(30, 34, "TheraLedger PM  |  ERA Detail Report", B, 11)
        doc.text(762, 34, "Printed 02/13/2026 10:42 by jpalomar", F, 7, "r")
        doc.text(30, 48, "Practice: Fernhill Rehab & Hand Therapy (Loc 02)   Payer: Pinecrest Mutual Insurance Co. "
                 "(PMIC)   Check/EFT: 8800132947   Check date: 02/11/2026   Payment: ACH", F, 7.5)
        doc.line(30, 54, 762, 54, 1)
        return 70

    def hdr(doc, y):
        doc.rect(xs[0], y - 9, xs[-1] - xs[0], 13, fill=0.8)
        for c in cols:
            doc.text(c.x, y, c.head[0], B, 6.8, c.align)
        return y + 14

    def head(doc, y, c, cont):
        doc.rect(xs[0], y - 9, xs[-1] - xs[0], 13, fill=0.95)
        doc.text(33, y, f"Patient: {c.patient}   Acct #: {c.claim_id}   Insured: {c.info['ins']}   "
                 f"Payer Claim #: {c.payer_claim_id}   Status: 1 - Processed as primary"
                 f"{'   (cont.)' if cont else ''}", B, 7)
        return hdr(doc, y + 13)

    def foot(doc, y, c):
        grid_row(doc, y, 13)
        doc.text(33, y, "Claim totals", B, 7)
        for k, x in (("billed", xs[5]), ("allowed", xs[6]), ("deductible", xs[7]), ("coinsurance", xs[8]),
                     ("copay", xs[9]), ("paid", xs[12]), ("owes", xs[13])):
            doc.text(x - 3, y, m(total(c.svcs, k)), B, 7, "r")
        return y + 24

    def end(doc, y):
        doc.text(30, y, "Payment summary: 3 claims, 19 service lines. Posted to ledger batch 2026-0211-07.", F, 7.5)
        doc.text(30, y + 12, "Reason/remark codes are shown as received; see the payer's 835 code list.", F, 7)
        return y + 30

    def footer(doc, p, n):
        doc.text(396, 596, f"Page {p} of {n}", F, 7, "c")

    spec = Spec("h104_pm_theraledger_era", "fpdf2", (792, 612), F, B, 6.8, 13, cols,
                ("billed", "allowed", "deductible", "coinsurance", "copay", "paid", "patient_owes"), furn, head,
                foot, header=hdr, repeat_header=False, footer=footer, end=end, bottom=40, adjs=True, all_adj=True,
                desc=False, totals_printed=("billed", "allowed", "paid", "patient_owes"))
    spec.row_deco = grid_row
    return render(spec, cl, out, [], "practice-management ERA detail print, landscape DejaVu Sans, cell grid")


# =========================================== layout 9: therapy clinic family statement with a right sidebar
def lay_fs1(out: Path) -> int:
    st = PlanState(ded_left=Decimal("40.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))

    def mk(rows):
        return [commercial(Svc(d, c, u, m, denied=dn), st) for d, c, u, m, dn in rows]

    cl = [
        Claim("Oliver Strand", "INV-26-01187", "BLU8800417265", mk([
            (D(2026, 1, 6), "97530", 2, ("GO",), None), (D(2026, 1, 6), "97535", 1, ("GO",), None),
            (D(2026, 1, 13), "97530", 2, ("GO",), None), (D(2026, 1, 13), "97112", 1, ("GO",), None),
            (D(2026, 1, 20), "97530", 3, ("GO",), None), (D(2026, 1, 27), "97530", 2, ("GO",), None),
            (D(2026, 1, 27), "97533", 1, ("GO",), "PR")]),
            {"ins": "BlueLark Health"}),
        Claim("Ada Strand", "INV-26-01192", "BLU8800417301", mk([
            (D(2026, 1, 8), "92523", 1, ("GN",), None), (D(2026, 1, 15), "92507", 1, ("GN",), None),
            (D(2026, 1, 22), "92507", 1, ("GN",), None), (D(2026, 1, 29), "92507", 1, ("GN",), None)]),
            {"ins": "BlueLark Health"}),
        Claim("Henrik Strand", "INV-26-01230", "BLU8800419954", mk([
            (D(2026, 1, 16), "97168", 1, ("GO",), None), (D(2026, 1, 16), "97140", 2, ("GO",), None),
            (D(2026, 1, 23), "97140", 2, ("GO",), None), (D(2026, 1, 23), "97110", 2, ("GO",), None),
            (D(2026, 1, 30), "97140", 1, ("GO",), None), (D(2026, 1, 30), "97110", 2, ("GO",), None),
            (D(2026, 1, 30), "G0283", 1, (), None), (D(2026, 2, 6), "97140", 2, ("GO",), None),
            (D(2026, 2, 6), "97110", 2, ("GO",), None), (D(2026, 2, 13), "97140", 1, ("GO",), None),
            (D(2026, 2, 13), "97110", 2, ("GO",), None), (D(2026, 2, 13), "97760", 1, ("GO",), None),
            (D(2026, 2, 20), "97110", 2, ("GO",), None)]),
            {"ins": "BlueLark Health"}),
    ]
    F, B = "LibSans", "LibSans-B"
    m = lambda v: money(v, ",", "()")  # noqa: E731
    cols = [
        Col(["Date"], 36, "l", lambda s, c, i: dfmt(s.dos, "mdy2")),
        Col(["Patient"], 74, "l", lambda s, c, i: c.patient),
        Col(["Code"], 132, "l", lambda s, c, i: s.code + "".join(f" {x}" for x in s.mods)),
        Col(["Description"], 178, "l", lambda s, c, i: s.desc, wrapw=96),
        Col(["Charge"], 308, "r", lambda s, c, i: m(s.billed)),
        Col(["Ins. paid"], 350, "r", lambda s, c, i: m(s.paid)),
        Col(["Ins. adj."], 392, "r", lambda s, c, i: m(s.discount)),
        Col(["Your part"], 436, "r", lambda s, c, i: m(s.owes)),
    ]

    def furn(doc, p):
        doc.rect(452, 30, 130, 730, fill=0.93)
        doc.text(460, 50, "Amount due", B, 10)
        doc.text(460, 66, "$" + m(sum((total(c.svcs, "owes") for c in cl), ZERO)), B, 14)
        doc.text(460, 82, "Please pay by 03/10/2026", F, 7.5)
        doc.text(460, 110, "Account", B, 8)
        doc.text(460, 121, "Family acct 40772", F, 7.5)
        doc.text(460, 132, "Guarantor: Ingrid Strand", F, 7.5)
        doc.text(460, 160, "Ways to pay", B, 8)
        for k, t in enumerate(["Online: wrenhollow.example/pay", "Phone: (541) 555-0132", "Mail the stub below",
                               "We accept HSA/FSA cards"]):
            doc.text(460, 171 + 10 * k, t, F, 7)
        doc.text(460, 230, "Questions about", B, 8)
        doc.text(460, 241, "insurance? Ask for Dee", F, 7)
        doc.text(460, 251, "in billing, Mon-Thu.", F, 7)
        doc.text(36, 46, "Wren Hollow Therapy for Kids & Adults", B, 13)
        doc.text(36, 58, "118 Sorrel Lane, Bexley Falls, OR 97008  ·  Tax ID 93-0000417", F, 7.5)
        doc.text(36, 76, "FAMILY STATEMENT", B, 10)
        doc.text(36, 88, f"Statement date 02/24/2026  ·  page {p}", F, 7.5)
        if p == 1:
            doc.text(36, 108, "Ingrid Strand", F, 8.5)
            doc.text(36, 119, "4417 Alder Bend Rd", F, 8.5)
            doc.text(36, 130, "Bexley Falls, OR 97008", F, 8.5)
            return 156
        return 108

    def head(doc, y, c, cont):
        doc.text(36, y, f"{c.patient} - Invoice {c.claim_id}" + (" (continued)" if cont else ""), B, 8.5)
        doc.text(36, y + 10, f"Billed to {c.info['ins']}, their claim {c.payer_claim_id}; insurance has finished "
                 "processing.", F, 7)
        return y + 24

    def foot(doc, y, c):
        doc.line(270, y - 7, 440, y - 7)
        doc.text(178, y + 1, "Invoice totals", B, 7.5)
        for k, x in (("billed", 308), ("paid", 350), ("discount", 392), ("owes", 436)):
            doc.text(x, y + 1, m(total(c.svcs, k)), B, 7.5, "r")
        return y + 22

    def end(doc, y):
        doc.text(36, y, "Thank you! Balances over 60 days may be sent to a payment plan. Insurance adjustments are "
                 "amounts", F, 7)
        doc.text(36, y + 10, "your insurer's contract says we cannot collect.", F, 7)
        doc.line(36, y + 24, 440, y + 24, 0.3)
        doc.text(36, y + 36, "- - - detach and return with payment - - -   Family acct 40772   Amount enclosed: ______",
                 F, 7)
        return y + 50

    def stub(doc, p, n):
        doc.text(36, 752, f"Page {p} of {n}", F, 7)
        if p != 1:
            return
        doc.line(36, 624, 440, 624, 0.4)
        doc.text(36, 660, "Please detach and return this portion with your payment", F, 6.5)
        doc.rect(36, 668, 404, 70)
        doc.text(44, 684, "Wren Hollow Therapy for Kids & Adults", B, 8)
        doc.text(44, 696, "Family acct 40772   Guarantor Ingrid Strand", F, 7.5)
        doc.text(44, 708, "Amount due $" + m(sum((total(c.svcs, "owes") for c in cl), ZERO)) +
                 "     Amount enclosed $__________", F, 7.5)
        doc.text(44, 724, "[ ] Charge my card on file      [ ] Set up a payment plan", F, 7.5)

    spec = Spec("h104_fs1_wrenhollow_family", "fpdf2", (612, 792), F, B, 7, 12.5, cols,
                ("billed", "paid", "discount", "patient_owes"), furn, head, foot, end=end, bottom=40,
                rule_rows=(36, 440), units=False, footer=stub, bottom_first=180, totals_printed=("billed", "paid", "patient_owes"))
    return render(spec, cl, out, [], "therapy clinic family statement, right sidebar, Liberation Sans (fpdf2)")


# ========================================= layout 10: hospital outpatient family statement, itemized accounts
def lay_fs2(out: Path) -> int:
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.68"))

    def mk(rows, dr="204"):
        return [commercial(Svc(d, c, u, m, denied=dn), st, deny_reason=dr) for d, c, u, m, dn in rows]

    rev = {"97": "0430", "92": "0440", "99": "0510", "L3": "0274", "G0": "0420", "05": "0420"}
    cl = [
        Claim("MARSH, GIDEON", "HB20661934", "SV4470019832", mk([
            (D(2026, 1, 5), "97163", 1, ("GP",), None), (D(2026, 1, 5), "97110", 2, ("GP",), None),
            (D(2026, 1, 7), "97110", 2, ("GP",), None), (D(2026, 1, 7), "97140", 2, ("GP",), None),
            (D(2026, 1, 9), "97116", 2, ("GP",), None), (D(2026, 1, 12), "97110", 3, ("GP",), None),
            (D(2026, 1, 12), "G0283", 1, ("GP",), None), (D(2026, 1, 14), "97530", 2, ("GP",), None),
            (D(2026, 1, 16), "97140", 2, ("GP",), None), (D(2026, 1, 16), "97110", 2, ("GP",), None),
            (D(2026, 1, 19), "97112", 2, ("GP",), None), (D(2026, 1, 21), "97110", 2, ("GP",), None),
            (D(2026, 1, 23), "97530", 2, ("GP",), None), (D(2026, 1, 23), "0552T", 1, ("GP",), "PR")]),
            {"svc": "Outpatient Rehabilitation - Physical Therapy", "ins": "Sagebrush Valley Health Plan"},
            {13: ["NC"]}),
        Claim("MARSH, PENELOPE", "HB20662048", "SV4470021107", mk([
            (D(2026, 1, 13), "97166", 1, ("GO",), None), (D(2026, 1, 13), "97535", 2, ("GO",), None),
            (D(2026, 1, 20), "97535", 2, ("GO",), None), (D(2026, 1, 20), "97530", 1, ("GO",), None),
            (D(2026, 1, 27), "97760", 1, ("GO",), None), (D(2026, 1, 27), "L3807", 1, ("RT",), None)]),
            {"svc": "Outpatient Rehabilitation - Occupational Therapy", "ins": "Sagebrush Valley Health Plan"}),
        Claim("MARSH, WREN", "HB20662311", "SV4470023850", mk([
            (D(2026, 1, 22), "99213", 1, (), None), (D(2026, 1, 22), "92523", 1, ("GN",), None),
            (D(2026, 1, 29), "92507", 1, ("GN",), None)]),
            {"svc": "Pediatric Outpatient Clinic / Speech Therapy", "ins": "Sagebrush Valley Health Plan"}),
    ]
    for c in cl:
        for s in c.svcs:
            s.desc = s.desc.upper()
    F, B = "DejaVuSerif", "DejaVuSerif-B"
    m = lambda v: money(v, ",", "-")  # noqa: E731
    cols = [
        Col(["Date"], 40, "l", lambda s, c, i: dfmt(s.dos, "mdy4")),
        Col(["Rev"], 92, "l", lambda s, c, i: rev[s.code[:2]]),
        Col(["HCPCS"], 118, "l", lambda s, c, i: s.code),
        Col(["Mod"], 152, "l", lambda s, c, i: " ".join(s.mods)),
        Col(["Qty"], 188, "r", lambda s, c, i: units_str(s.units)),
        Col(["Description"], 196, "l", lambda s, c, i: s.desc, wrapw=130),
        Col(["Charges"], 372, "r", lambda s, c, i: m(s.billed)),
        Col(["Ins Paid"], 420, "r", lambda s, c, i: m(s.paid)),
        Col(["Ins Adj"], 466, "r", lambda s, c, i: m(s.discount)),
        Col(["Patient", "Balance"], 514, "r", lambda s, c, i: m(s.owes)),
        Col(["Msg"], 522, "l", lambda s, c, i: " ".join(c.remarks.get(i, []))),
    ]

    def furn(doc, p):
        doc.text(40, 42, "ST. ODILE REGIONAL MEDICAL CENTER", B, 12)
        doc.text(40, 54, "Patient Financial Services · 900 Meridian Parkway · Corvane, ID 83402", F, 7)
        if p == 1:
            doc.rect(330, 66, 242, 74)
            doc.text(338, 80, "Guarantor statement", B, 9)
            doc.text(338, 93, "Guarantor: Lorna Marsh", F, 8)
            doc.text(338, 105, "Guarantor no. G-0093318", F, 8)
            doc.text(338, 117, "Statement date: 02/20/2026", F, 8)
            doc.text(338, 129, "Please pay by: 03/16/2026", F, 8)
            doc.text(40, 80, "LORNA MARSH", F, 8.5)
            doc.text(40, 92, "2207 CANYON WREN CT", F, 8.5)
            doc.text(40, 104, "CORVANE ID 83404-1120", F, 8.5)
            doc.text(40, 160, "Itemized activity for your family's hospital accounts", B, 10)
            return 184
        doc.text(572, 42, "Guarantor no. G-0093318", F, 8, "r")
        return 76

    def hdr(doc, y):
        doc.line(40, y - 10, 572, y - 10, 0.8)
        for c in cols:
            for k, h in enumerate(c.head):
                doc.text(c.x, y + k * 8 - (4 if len(c.head) == 2 else 0), h, B, 7, c.align)
        doc.line(40, y + 6, 572, y + 6, 0.8)
        return y + 18

    def head(doc, y, c, cont):
        doc.text(40, y, f"Patient: {c.patient}    Account: {c.claim_id}{'   (continued)' if cont else ''}", B, 8)
        doc.text(40, y + 10, f"{c.info['svc']}   Insurance: {c.info['ins']}   Ins. claim ref {c.payer_claim_id}",
                 F, 7)
        return y + 22

    def foot(doc, y, c):
        doc.text(196, y + 1, "ACCOUNT TOTAL", B, 7)
        for k, x in (("billed", 372), ("paid", 420), ("owes", 514)):
            doc.text(x, y + 1, m(total(c.svcs, k)), B, 7, "r")
        return y + 22

    def end(doc, y):
        doc.text(40, y, "Messages", B, 8.5)
        doc.text(40, y + 12, "NC  Your plan does not cover this service, so it is your responsibility.", F, 7)
        doc.text(40, y + 24, "Financial assistance is available. Ask us about a no-interest payment plan.", F, 7)
        return y + 40

    def footer(doc, p, n):
        doc.text(572, 772, f"Page {p} of {n}", F, 7, "r")
        doc.text(40, 772, "Billing questions: (208) 555-0119", F, 7)

    spec = Spec("h104_fs2_stodile_hospital", "reportlab", (612, 792), F, B, 7, 11, cols,
                ("billed", "paid", "discount", "patient_owes"), furn, head, foot, header=hdr, footer=footer,
                end=end, bottom=64, totals_printed=("billed", "paid", "patient_owes"))
    return render(spec, cl, out, [("NC", "not covered by plan; your responsibility")],
                  "hospital guarantor statement, itemized by account, DejaVu Serif (reportlab)")


# ==================================================================================================== main
LAYOUTS = [lay_cm1, lay_cm2, lay_msn, lay_ma, lay_mcd1, lay_mcd2, lay_spr, lay_pm, lay_fs1, lay_fs2]
ALL_ADJ = {"h104_mcd2_arroyo_remit": True, "h104_spr_kestrel_remit": True, "h104_pm_theraledger_era": True}


def main(argv: list[str]) -> int:
    import tempfile
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout104_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    errs, nlines, npages = [], 0, 0
    for lay in LAYOUTS:
        lay(out)
    for pdf in sorted(out.glob("h104_*.pdf")):
        import json
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        nlines += len(t["lines"])
        npages += t["pages"]
        if check:
            errs += check_file(pdf, ALL_ADJ.get(t["layout"], False))
    print(f"wrote {len(LAYOUTS)} PDFs, {nlines} service lines, {npages} pages into {out}")
    if check:
        for e in errs:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
