"""Write held-out set 211 of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, independent
measurement of the PDF reader on ordinary real-world document kinds in house styles not used by earlier sets.

Run:  python bench/heldout211/make_heldout211_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout211/make_heldout211_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Drawing helpers live in h211kit.py.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth / truth_line), printed values only,
null for what a layout does not print (units null where no quantity is printed); adjustments only where the
page prints group/reason codes; claim_id = the provider's own account / patient-control / visit number,
payer_claim_id = the payer's claim number / ICN / TCN, patient = the person served, exactly as printed.
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts:
  h211_cm_ledger          commercial member EOB for a family (subscriber + 2 children), landscape Liberation
      Sans: "Amount Billed / Plan Discount / Allowed Amount / Not Covered / Deductible / Copay / Coinsurance / Paid
      by Plan / Your Responsibility / Remark", "Code / Modifier" spaced ("97535 GO 59"), Qty, wrapped descriptions,
      shaded header repeated under a "Patient: ... (continued)" heading on page 2, denied orthotic line, remark
      legend (reportlab)
  h211_mcd_mainframe      state Medicaid remittance advice, mainframe print, landscape core Courier: RECIP / RECIP
      ID / ICN / PAT ACCT claim line, "LN FROM DOS TO DOS PROC MODS UNITS BILLED AMT ALLOWED AMT TPL AMT CO-PAY
      PAID AMT EOB", units "2.00", 4-digit state EOB codes, a VOID claim with trailing-minus amounts ("73.70-")
      and its REPLACEMENT, EOB code messages and RA total (fpdf2)
  h211_msn_partb          Medicare Summary Notice Part B, portrait Liberation Serif: page-1 notice box and
      deductible panel, claims keyed by "January 6, 2026" headings with provider and Claim Number, "Service
      Provided & Billing Code" with the code in parentheses, Service Approved? Yes/No, no units, no modifiers,
      note letters, a denied (No) line, notes and appeal section (fpdf2)
  h211_spr_pm             Medicare-style standard paper remit reprinted by a practice-management system,
      portrait Liberation Mono: "NAME ... MID ... ACNT ... ICN ... ASG Y MOA" claim lines, "PERF PROV SERV DATE POS
      NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD", dates "0112 011226", further adjustments and
      "REM:" stacked under GRP/RC-AMT, PT RESP / CLAIM TOTALS rows, claim continued with "(CONT)" (fpdf2)
  h211_stmt_clinic        therapy clinic family statement (responsible party + 3 patients), portrait Liberation
      Serif: tear-off header, visit headings with Visit # and insurance claim #, "Date / Patient / Description /
      CPT / Mod / Units / Charges / Ins Paid / Ins Adj / Balance", mods comma-joined ("GO,59"), insurer payment
      posting rows (text only) after each visit, a denied line left as balance, aging box (reportlab)
  h211_ma_eob             Medicare Advantage HMO member EOB, portrait DejaVu Sans: dark banner, summary and
      out-of-pocket boxes, provider-named claim blocks with "Claim number", "Service you received / Date / Code /
      Provider charged / Plan-approved amount / Plan's share / Your share / See note", code hyphenated with
      modifiers ("97110-GP-KX"), per-visit copay, a non-covered zero-pay line (reportlab)
  h211_mcd_boxed          state Medicaid remittance advice, portal print, portrait DejaVu Sans Condensed: boxed
      grid header, shaded Member / Member ID / TCN / Patient Account # / Claim Status blocks, "Units Billed /
      Units Paid", a date-range line "01/05/2026 - 01/09/2026", adjustment "CO 45 201.52" in the row with
      remark lines under it, a fully denied claim, payment summary and remark glossary (reportlab)
  h211_era_clearinghouse  clearinghouse printable 835 view, landscape Liberation Sans Narrow: Patient / Patient
      Ctrl # / Payer Claim # / Status heading, Line Ctrl #, "Adj Grp-Rsn / Adj Amount" with further adjustments
      stacked on sub-rows, mods colon-joined ("GO:59"), bundled denial, a status-22 reversal with leading minus
      and its corrected claim (reportlab)
  h211_cm_sections        commercial member EOB, one section per family member, portrait DejaVu Serif
      Condensed: "Claim processed for:", "Amount billed / Member rate savings / Amount not covered / Plan approved
      / Deductible / Coinsurance / Plan paid / What you owe / Code", code glued to the description, no units, no
      modifiers, the last claim runs onto page 2 WITHOUT a repeated header; PLANTED claim-total mismatch (fpdf2)
  h211_stmt_hospital      hospital outpatient family statement with a grey sidebar on every page, portrait
      DejaVu Sans: one account per visit, Rev / Code ("97140 GP 59") / Description / Qty / Amount, "1/5/2026",
      charges only per line (paid null), total charges, payment and contractual rows, account balance, a pending
      account with no insurance claim number (fpdf2)

The self-check (--check) tests the factory, not the reader: page counts; for every truth line a single text
row on its page (pdfplumber words grouped by baseline) carries its code, modifiers, units and every printed
amount in the layout's own formats (and its date where the row prints it, else the date is on the page);
adjustments and remarks on the page; ids and patient in the document; allowed - deductible - copay -
coinsurance = paid where printed; billed - adjustments = paid where every adjustment is printed; claim totals
are printed and equal the sum of the lines unless a planted mismatch is declared as an expected finding; and it
counts the claims whose rows continue onto a following page.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import eobgen as _eg  # noqa: E402
from eobgen import (  # noqa: E402
    ZERO,
    PlanState,
    Svc,
    commercial,
    dfmt,
    medicaid,
    medicare,
    money,
    negate,
    q,
    truth_line,
    units_str,
    write_truth,
)
from h211kit import Flow, Page, cells, colspec, wrap  # noqa: E402

D = date
# codes the shared fee tables lack (invented charge / fee amounts, our own wording); added in-process only
_eg.FEE.update({"97533": "92.00", "97162": "240.00"})
_eg.SCHED.update({"97533": "31.20", "97162": "101.12"})
_eg.DESC.update({"97533": "Sensory integration activities", "97162": "PT evaluation, moderate complexity"})
FMT: dict[str, dict] = {}
TOTAL: dict[str, int] = {}


@dataclass
class Claim:
    svcs: list
    claim_id: str | None
    payer_claim_id: str | None
    patient: str | None
    heading: list = field(default_factory=list)   # lines printed above the rows
    cont: str = ""                                 # heading printed when the claim runs onto a new page
    totals_row: bool = True
    plant: tuple | None = None                     # (field, printed value) a planted total mismatch
    adjs_printed: bool = False
    remarks_printed: bool = True
    extra_after: list = field(default_factory=list)  # non-service lines after the rows (payments etc.)
    keep_totals: tuple = ()                        # totals printed elsewhere when there is no totals row


@dataclass
class Spec:
    name: str
    producer: str
    landscape: bool
    fr: str
    fb: str
    size: float
    lh: float
    cols: list            # (title, width, align)
    x0: float
    row: object           # fn(svc, claim) -> list[str]
    printed: tuple
    money: object
    date: object
    units: object | None  # fn(Decimal) -> str, None when units are not printed
    mods: bool
    date_on_row: bool
    all_adj: bool
    first: object         # fn(pg) -> y
    nextp: object         # fn(pg) -> y
    foot: object          # fn(pg, total)
    claim_head: object    # fn(pg, flow, claim, cont: bool)
    totals: object        # fn(claim) -> list[str]
    finish: object        # fn(pg, flow)
    desc_col: int | None = None
    sub: object = None    # fn(svc, claim) -> list[str] sub-lines under the row
    sub_col: int = 1
    hdr: str = "rule"
    repeat_hdr: bool = True
    bottom: float = 0.0
    description: str = ""
    legend: list = field(default_factory=list)
    findings: list = field(default_factory=list)


def draw_hdr(pg: Page, sp: Spec, y: float) -> float:
    cs = colspec(sp.x0, [c[1] for c in sp.cols], "".join(c[2] for c in sp.cols))
    nl = max(c[0].count("\n") + 1 for c in sp.cols)
    h = nl * (sp.size + 1.5) + 5
    width = sum(c[1] for c in sp.cols)
    if sp.hdr == "shade":
        pg.rect(sp.x0, y, width, h, fill=0.86)
    elif sp.hdr == "box":
        pg.rect(sp.x0, y, width, h)
        for x, _w, _a in cs[1:]:
            pg.line(x, y, x, y + h, 0.4)
    pg.font(sp.fb, sp.size)
    for (x, w, a), (t, _w, _a) in zip(cs, sp.cols):
        parts = t.split("\n")
        off = nl - len(parts)
        for i, p in enumerate(parts):
            yy = y + (off + i + 1) * (sp.size + 1.5) + 1
            cells(pg, yy, [(x, w, a)], [p])
    if sp.hdr in ("rule", "shade"):
        pg.line(sp.x0, y + h, sp.x0 + width, y + h, 0.8)
    pg.font(sp.fr, sp.size)
    return y + h + sp.lh


def render(sp: Spec, out: Path, total: int | None) -> tuple[int, list, list]:
    pg = Page(out, sp.producer, sp.landscape, title=sp.description[:60])
    lines, claims = [], []
    state = {"claim": None}

    def on_page() -> float:
        y = sp.nextp(pg)
        if state["claim"] is not None:
            y = sp.claim_head(pg, flow, state["claim"], True, y)
        if sp.repeat_hdr and state["claim"] is not None:
            y = draw_hdr(pg, sp, y)
        pg.font(sp.fr, sp.size)
        return y

    flow = Flow(pg, 0, sp.bottom or (pg.H - 54), on_page, lambda: sp.foot(pg, total))
    flow.y = sp.first(pg)
    cs = colspec(sp.x0, [c[1] for c in sp.cols], "".join(c[2] for c in sp.cols))
    for cl in CLAIMS[sp.name]:
        flow.need(sp.lh * 4.5)
        state["claim"] = None
        flow.y = sp.claim_head(pg, flow, cl, False, flow.y)
        flow.y = draw_hdr(pg, sp, flow.y)
        state["claim"] = cl
        for s in cl.svcs:
            vals = sp.row(s, cl)
            extra = []
            if sp.desc_col is not None:
                w = cs[sp.desc_col][1] - 4
                pg.font(sp.fr, sp.size)
                parts = wrap(pg, vals[sp.desc_col], w)
                vals[sp.desc_col] = parts[0]
                extra = [(sp.desc_col, p) for p in parts[1:]]
            subs = sp.sub(s, cl) if sp.sub else []
            flow.need(sp.lh * (1 + len(extra) + len(subs)))
            pg.font(sp.fr, sp.size)
            cells(pg, flow.y, cs, vals)
            lines.append(truth_line(
                pg.pages, s, claim_id=cl.claim_id, payer_claim_id=cl.payer_claim_id, patient=cl.patient,
                printed=sp.printed, service_end=s.end, units=sp.units is not None, modifiers=sp.mods,
                adjustments=s.adjs if cl.adjs_printed else [], remarks=s.remarks if cl.remarks_printed else [],
            ))
            flow.y += sp.lh
            for ci, p in extra:
                cells(pg, flow.y, [cs[ci]], [p])
                flow.y += sp.lh
            for sl in subs:
                if isinstance(sl, list):
                    cells(pg, flow.y, cs, sl)
                else:
                    pg.text(cs[sp.sub_col][0] + 2, flow.y, sl)
                flow.y += sp.lh
        for e in cl.extra_after:
            flow.need(sp.lh)
            cells(pg, flow.y, cs, e)
            flow.y += sp.lh
        state["claim"] = None
        tv = {k: (None if any(getattr(s, a) is None for s in cl.svcs) else sum((getattr(s, a) for s in cl.svcs), ZERO))
              for k, a in (("billed", "billed"), ("allowed", "allowed"), ("paid", "paid"), ("patient_owes", "owes"))}
        tv = {k: (v if k in sp.printed else None) for k, v in tv.items()}
        if cl.totals_row:
            flow.need(sp.lh * 1.5)
            pg.line(sp.x0, flow.y - sp.lh + 3, sp.x0 + sum(c[1] for c in sp.cols), flow.y - sp.lh + 3, 0.4)
            pg.font(sp.fb, sp.size)
            tr = sp.totals(cl, tv)
            cells(pg, flow.y, cs, tr)
            pg.font(sp.fr, sp.size)
            flow.y += sp.lh
        else:
            tv = {k: (v if k in cl.keep_totals else None) for k, v in tv.items()}
        if cl.plant:
            tv[cl.plant[0]] = cl.plant[1]
        claims.append({"claim_id": cl.claim_id, "payer_claim_id": cl.payer_claim_id, "patient": cl.patient,
                       "totals": {k: (None if v is None else str(q(v))) for k, v in tv.items()}})
        flow.y += sp.lh * 0.8
    sp.finish(pg, flow)
    sp.foot(pg, total)
    pg.save()
    return pg.pages, lines, claims


CLAIMS: dict[str, list] = {}
SPECS: list[Spec] = []


def sv(dos, code, units, mods=(), **kw) -> Svc:
    s = Svc(dos, code, Decimal(str(units)), tuple(mods))
    for k, v in kw.items():
        setattr(s, k, v)
    return s


def block(pg: Page, x: float, y: float, rows: list[str], font: str, size: float, lh: float) -> float:
    pg.font(font, size)
    for r in rows:
        pg.text(x, y, r)
        y += lh
    return y


def m_(style="$", neg="-"):
    return lambda d: money(d, style, neg)


def pagefoot(text: str, align: str = "C", font: str = "Helvetica", size: float = 7.5):
    def foot(pg: Page, total: int | None) -> None:
        pg.font(font, size)
        t = text.format(p=pg.pages, n=total or "?")
        x = pg.W / 2 if align == "C" else pg.W - 40
        pg.text(x, pg.H - 28, t, align)
    return foot


# ---------------------------------------------------------------- 1. commercial member EOB (reportlab)
def L1() -> Spec:
    n = "h211_cm_ledger"
    st = {"ded": PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.10"),
                           copay_codes={"99213": Decimal("30.00")}, allowed_rate=Decimal("0.78"))}
    fam = [("Rosalind Achterberg", "Subscriber"), ("Tobias Achterberg", "Son"), ("Wren Achterberg", "Daughter")]
    data = [
        (fam[1][0], "PT-558210", "E26A0410772", "Harborline Pediatric Therapy", [
            sv(D(2026, 1, 6), "97165", 1, ("GO",)), sv(D(2026, 1, 6), "97530", 2, ("GO",)),
            sv(D(2026, 1, 13), "97530", 3, ("GO",)), sv(D(2026, 1, 13), "97535", 1, ("GO", "59")),
            sv(D(2026, 1, 20), "97530", 2, ("GO",)), sv(D(2026, 1, 20), "97112", 2, ("GO",)),
            sv(D(2026, 1, 27), "97530", 2, ("GO",)), sv(D(2026, 1, 27), "97140", 1, ("GO", "59")),
            sv(D(2026, 1, 27), "97760", 1, ("GO",), denied="PR"),
        ]),
        (fam[2][0], "PT-558377", "E26A0413905", "Harborline Pediatric Therapy", [
            sv(D(2026, 1, 8), "92523", 1, ("GN",)), sv(D(2026, 1, 15), "92507", 1, ("GN",)),
            sv(D(2026, 1, 22), "92507", 1, ("GN",)), sv(D(2026, 1, 29), "92507", 1, ("GN",)),
        ]),
        (fam[0][0], "00731-44", "E26A0420118", "Pinecrest Orthopedic Associates", [
            sv(D(2026, 1, 9), "99213", 1), sv(D(2026, 1, 9), "97161", 1, ("GP",)),
            sv(D(2026, 1, 16), "97110", 3, ("GP", "KX")), sv(D(2026, 1, 16), "G0283", 1, ("GP",)),
            sv(D(2026, 1, 23), "97110", 2, ("GP",)), sv(D(2026, 1, 23), "97140", 2, ("GP",)),
            sv(D(2026, 1, 30), "97110", 2, ("GP", "KX")), sv(D(2026, 1, 30), "97112", 1, ("GP",)),
            sv(D(2026, 2, 6), "97110", 2, ("GP", "KX")), sv(D(2026, 2, 6), "97140", 1, ("GP", "59")),
            sv(D(2026, 2, 6), "97116", 1, ("GP",)),
        ]),
        (fam[1][0], "PT-559004", "E26A0431260", "Harborline Pediatric Therapy", [
            sv(D(2026, 2, 3), "97168", 1, ("GO",)), sv(D(2026, 2, 3), "97530", 2, ("GO",)),
            sv(D(2026, 2, 10), "97530", 2, ("GO",)), sv(D(2026, 2, 10), "97535", 2, ("GO",)),
        ]),
    ]
    claims = []
    for pat, acct, pcn, prov, svcs in data:
        for s in svcs:
            commercial(s, st["ded"], deny_reason="96")
            s.remarks = ["N7"] if s.denied else (["D2"] if s.deductible else (["C4"] if s.copay else []))
        claims.append(Claim(svcs, acct, pcn, pat, heading=[prov]))
    CLAIMS[n] = claims
    mm = m_("$")
    cols = [("Service\nDate", 52, "L"), ("Service Description", 150, "L"), ("Code /\nModifier", 62, "L"),
            ("Qty", 24, "R"), ("Amount\nBilled", 52, "R"), ("Plan\nDiscount", 50, "R"), ("Allowed\nAmount", 50, "R"),
            ("Not\nCovered", 46, "R"), ("Deductible", 48, "R"), ("Copay", 40, "R"), ("Coinsurance", 52, "R"),
            ("Paid by\nPlan", 50, "R"), ("Your\nResponsibility", 62, "R"), ("Remark", 36, "C")]

    def row(s, cl):
        return [dfmt(s.dos, "mdy2"), s.desc, " ".join((s.code,) + s.mods), units_str(s.units), mm(s.billed),
                mm(s.discount), mm(s.allowed), mm(s.not_covered), mm(s.deductible), mm(s.copay),
                mm(s.coinsurance), mm(s.paid), mm(s.owes), " ".join(s.remarks)]

    def first(pg):
        pg.font("LibSans-B", 15)
        pg.text(36, 44, "CARDINAL RIDGE HEALTH PLAN")
        pg.font("LibSans", 8)
        pg.text(36, 56, "PO Box 40817  Millbrook, OH 43990-0817   |   Member Services 1-800-555-0147 (TTY 711)")
        pg.font("LibSans-B", 12)
        pg.text(pg.W - 36, 44, "EXPLANATION OF BENEFITS", "R")
        pg.font("LibSans", 8.5)
        pg.text(pg.W - 36, 57, "THIS IS NOT A BILL", "R")
        y = block(pg, 36, 84, ["ROSALIND ACHTERBERG", "2214 WICKHAM HOLLOW RD", "ASHGROVE OH 43817-2290"],
                  "LibSans", 9, 11.5)
        pg.rect(430, 72, 326, 62)
        block(pg, 438, 84, ["Subscriber: Rosalind Achterberg        Member ID: CRH884120573",
                            "Group: Tellmark Fabrication Co. (GRP 55190)",
                            "Statement date: 02/16/2026      Period: 01/01/2026 - 02/14/2026",
                            "Covered family: Rosalind, Tobias, Wren Achterberg"], "LibSans", 8.2, 12)
        pg.font("LibSans", 8)
        pg.text(36, y + 30, "Claims for you and your covered family members processed during this period are shown below. "
                "Keep this statement with your records.")
        return y + 50

    def nextp(pg):
        pg.font("LibSans-B", 9)
        pg.text(36, 40, "CARDINAL RIDGE HEALTH PLAN  -  Explanation of Benefits (continued)")
        pg.font("LibSans", 8)
        pg.text(pg.W - 36, 40, "Member ID: CRH884120573   Statement date: 02/16/2026", "R")
        pg.line(36, 46, pg.W - 36, 46)
        return 64

    def head(pg, flow, cl, cont, y):
        pg.font("LibSans-B", 9)
        pg.text(36, y, f"Patient: {cl.patient}" + ("   (continued)" if cont else ""))
        pg.font("LibSans", 8.5)
        pg.text(230, y, f"Claim Number: {cl.payer_claim_id}")
        pg.text(400, y, f"Provider: {cl.heading[0]}")
        pg.text(610, y, f"Patient Account: {cl.claim_id}")
        return y + 6

    def totals(cl, tv):
        sv_ = cl.svcs
        return ["", "Claim Totals", "", "", mm(tv["billed"]), mm(sum((s.discount for s in sv_), ZERO)),
                mm(tv["allowed"]), mm(sum((s.not_covered for s in sv_), ZERO)),
                mm(sum((s.deductible for s in sv_), ZERO)), mm(sum((s.copay for s in sv_), ZERO)),
                mm(sum((s.coinsurance for s in sv_), ZERO)), mm(tv["paid"]), mm(tv["patient_owes"]), ""]

    legend = [("C4", "Your plan's office-visit copay applies to this service."),
              ("D2", "This amount was applied to your calendar-year deductible."),
              ("N7", "Orthotic training is not a covered benefit under your plan; you may be billed.")]

    def finish(pg, flow):
        flow.need(80)
        pg.font("LibSans-B", 8.5)
        pg.text(36, flow.y + 6, "Remark Codes")
        pg.font("LibSans", 8)
        y = flow.y + 18
        for c, t in legend:
            pg.text(46, y, f"{c}   {t}")
            y += 10.5
        pg.text(36, y + 8, "Deductible (individual) met to date: $120.00 of $500.00.   Out-of-pocket met to date: "
                "see your member portal.")
        pg.text(36, y + 20, "You have the right to appeal within 180 days of this notice. Call Member Services for help.")

    return Spec(n, "reportlab", True, "LibSans", "LibSans-B", 7.4, 11.5, cols, 18, row,
                ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
                 "patient_owes"), mm, lambda d: dfmt(d, "mdy2"), units_str, True, True, False,
                first, nextp, pagefoot("Page {p} of {n}   EOB-CRH-260216", "R", "LibSans", 7.5), head, totals,
                finish, desc_col=1, hdr="shade", bottom=560, legend=legend,
                description="commercial member EOB for a family, landscape, shaded header, repeated on page 2")


# ---------------------------------------------------------------- 2. state Medicaid RA, mainframe print (fpdf2)
def L2() -> Spec:
    n = "h211_mcd_mainframe"
    mm = m_(",", "trail")
    recips = [
        ("DELACROIX, MARISOL", "Y40178823", "260280471100012", "MDX7741", [
            sv(D(2026, 1, 5), "97165", 1, ("GO",)), sv(D(2026, 1, 5), "97530", 2, ("GO",)),
            sv(D(2026, 1, 12), "97530", 3, ("GO",)), sv(D(2026, 1, 12), "97535", 1, ("GO",)),
            sv(D(2026, 1, 19), "97530", 2, ("GO",)), sv(D(2026, 1, 19), "97112", 2, ("GO",)),
            sv(D(2026, 1, 26), "97530", 2, ("GO",)), sv(D(2026, 1, 26), "97140", 1, ("GO", "59")),
        ]),
        ("OYELARAN, KEHINDE", "Y40233105", "260280471100013", "MDX7790", [
            sv(D(2026, 1, 7), "92523", 1, ("GN",)), sv(D(2026, 1, 14), "92507", 1, ("GN",)),
            sv(D(2026, 1, 21), "92507", 1, ("GN",)), sv(D(2026, 1, 28), "92526", 1, ("GN",), denied="CO"),
        ]),
        ("VANTERPOOL, JUDE", "Y39980412", "260280471100014", "MDX7802", [
            sv(D(2026, 1, 8), "97161", 1, ("GP",)), sv(D(2026, 1, 15), "97110", 3, ("GP",)),
            sv(D(2026, 1, 15), "97116", 2, ("GP",)), sv(D(2026, 1, 22), "97110", 2, ("GP",)),
            sv(D(2026, 1, 22), "97112", 2, ("GP",)), sv(D(2026, 1, 29), "97110", 2, ("GP",)),
            sv(D(2026, 1, 29), "97530", 2, ("GP",)), sv(D(2026, 2, 5), "97110", 2, ("GP",)),
            sv(D(2026, 2, 5), "97140", 2, ("GP", "59")), sv(D(2026, 2, 5), "97760", 1, ("GP",)),
        ]),
    ]
    claims = []
    for name, rid, icn, acct, svcs in recips:
        for s in svcs:
            medicaid(s, deny_reason="96")
            s.remarks = ["0412"] if s.denied else (["0097"] if s.discount else [])
        claims.append(Claim(svcs, acct, icn, name, heading=[rid, "PAID" if not any(s.denied for s in svcs) else "PAID"]))
    # a reversal (void) of an earlier paid claim and its replacement
    orig = [sv(D(2025, 12, 15), "97530", 2, ("GO",)), sv(D(2025, 12, 15), "97110", 2, ("GO",))]
    for s in orig:
        medicaid(s)
    rev = [negate(s) for s in orig]
    for s in rev:
        s.remarks = ["0901"]
    repl = [sv(D(2025, 12, 15), "97530", 3, ("GO",)), sv(D(2025, 12, 15), "97110", 1, ("GO",))]
    for s in repl:
        medicaid(s)
        s.remarks = ["0902"]
    claims.append(Claim(rev, "MDX7311", "260280471100015", "DELACROIX, MARISOL", heading=["Y40178823", "VOID"]))
    claims.append(Claim(repl, "MDX7311", "260280471100016", "DELACROIX, MARISOL", heading=["Y40178823", "REPLACEMENT"]))
    CLAIMS[n] = claims
    cols = [("LN", 22, "R"), ("FROM DOS", 58, "L"), ("TO DOS", 58, "L"), ("PROC", 44, "L"), ("MODS", 44, "L"),
            ("UNITS", 40, "R"), ("BILLED AMT", 72, "R"), ("ALLOWED AMT", 74, "R"), ("TPL AMT", 56, "R"),
            ("CO-PAY", 50, "R"), ("PAID AMT", 70, "R"), ("EOB", 40, "R")]

    def row(s, cl):
        i = cl.svcs.index(s) + 1
        return [f"{i:02d}", dfmt(s.dos, "mdy2"), dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods),
                f"{s.units:.2f}" if s.units >= 0 else f"{s.units:.2f}", mm(s.billed), mm(s.allowed), mm(ZERO),
                mm(ZERO), mm(s.paid), " ".join(s.remarks)]

    def top(pg, first):
        pg.font("Courier-Bold", 9)
        pg.text(30, 30, "STATE OF NORTH CASCADIA  DEPARTMENT OF HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM")
        pg.font("Courier", 8)
        pg.text(30, 42, "REMITTANCE ADVICE      RUN DATE 02/09/26      RA NUMBER 0004471926      PAYMENT MODE: EFT")
        pg.text(30, 53, "PROVIDER: BRIGHTWATER KIDS THERAPY LLC            PROVIDER ID: 100482713   NPI: 1588014471")
        pg.text(pg.W - 30, 30, f"PAGE {pg.pages:>4}", "R")
        pg.line(30, 58, pg.W - 30, 58)
        y = 70
        if first:
            y = block(pg, 30, 70, ["BRIGHTWATER KIDS THERAPY LLC", "ATTN BILLING OFFICE", "880 TAMARACK AVE STE 4",
                                   "COLDSPRING NC 98311"], "Courier", 8, 10)
            pg.text(400, 70, "CLAIM TYPE: PROFESSIONAL (CMS-1500)")
            pg.text(400, 80, "QUESTIONS: PROVIDER RELATIONS 1-800-555-0193")
            y += 8
        return y

    def head(pg, flow, cl, cont, y):
        pg.font("Courier-Bold", 8)
        st = cl.heading[1]
        pg.text(30, y, f"RECIP: {cl.patient:<24} RECIP ID: {cl.heading[0]}   ICN: {cl.payer_claim_id}   "
                       f"PAT ACCT: {cl.claim_id}   STATUS: {st}" + ("  (CONT)" if cont else ""))
        return y + 4

    def totals(cl, tv):
        return ["", "CLAIM TOTAL", "", "", "", "", mm(tv["billed"]), mm(tv["allowed"]), mm(ZERO), mm(ZERO),
                mm(tv["paid"]), ""]

    legend = [("0097", "PAYMENT LIMITED TO PROGRAM MAXIMUM FEE"), ("0412", "SERVICE NOT ON APPROVED PLAN OF CARE"),
              ("0901", "CLAIM VOIDED - SEE REPLACEMENT"), ("0902", "REPLACEMENT OF PREVIOUSLY PAID CLAIM")]

    def finish(pg, flow):
        flow.need(90)
        pg.font("Courier-Bold", 8)
        y = flow.y + 6
        pg.text(30, y, "EOB CODE MESSAGES")
        pg.font("Courier", 8)
        for c, t in legend:
            y += 10
            pg.text(30, y, f"{c}  {t}")
        paid = sum((s.paid for cl in claims for s in cl.svcs), ZERO)
        y += 16
        pg.font("Courier-Bold", 8)
        pg.text(30, y, f"TOTAL CLAIMS: {len(claims):>3}     NET PAYMENT THIS RA: {mm(paid):>12}")

    return Spec(n, "fpdf2", True, "Courier", "Courier-Bold", 8, 10.5, cols, 30, row,
                ("billed", "allowed", "paid"), mm, lambda d: dfmt(d, "mdy2"), lambda u: f"{u:.2f}", True, True,
                False, lambda pg: top(pg, True), lambda pg: top(pg, False),
                pagefoot("DHS-MA-RA-01 (REV 07/25)", "C", "Courier", 7), head, totals, finish,
                hdr="rule", bottom=560, legend=legend,
                description="state Medicaid RA mainframe print, landscape Courier, void with trailing minus")


# ---------------------------------------------------------------- 3. Medicare Summary Notice Part B (fpdf2)
def L3() -> Spec:
    n = "h211_msn_partb"
    mm = m_("$")
    st = PlanState(ded_left=Decimal("61.40"))
    bene = "HAROLD P. VANTONGEREN"
    data = [
        (D(2026, 1, 6), "Lakeview Outpatient Rehabilitation", "22601700321450", [
            sv(D(2026, 1, 6), "97163", 1, ("GP",)), sv(D(2026, 1, 6), "97110", 2, ("GP",)),
            sv(D(2026, 1, 6), "97140", 1, ("GP", "59"))]),
        (D(2026, 1, 8), "Lakeview Outpatient Rehabilitation", "22601700388112", [
            sv(D(2026, 1, 8), "97110", 2, ("GP",)), sv(D(2026, 1, 8), "97112", 1, ("GP",)),
            sv(D(2026, 1, 8), "97530", 1, ("GP", "CQ")), sv(D(2026, 1, 8), "G0283", 1, ("GP",))]),
        (D(2026, 1, 13), "Ferncliff Family Medicine", "22601900410075", [
            sv(D(2026, 1, 13), "99213", 1)]),
        (D(2026, 1, 15), "Lakeview Outpatient Rehabilitation", "22602000450218", [
            sv(D(2026, 1, 15), "97110", 3, ("GP", "KX")), sv(D(2026, 1, 15), "97116", 1, ("GP",)),
            sv(D(2026, 1, 15), "97530", 2, ("GP", "CQ")), sv(D(2026, 1, 15), "0552T", 1, ("GP",), denied="PR"),
            sv(D(2026, 1, 15), "97140", 1, ("GP", "59"))]),
        (D(2026, 1, 22), "Lakeview Outpatient Rehabilitation", "22602400502369", [
            sv(D(2026, 1, 22), "97110", 2, ("GP", "KX")), sv(D(2026, 1, 22), "97112", 2, ("GP",)),
            sv(D(2026, 1, 22), "97116", 1, ("GP",))]),
    ]
    claims = []
    for d, prov, num, svcs in data:
        for s in svcs:
            medicare(s, st, deny_reason="50")
            s.remarks = ["D"] if s.denied else (["A"] if s.deductible else [])
            if "CQ" in s.mods:
                s.remarks.append("C")
        claims.append(Claim(svcs, None, num, bene, heading=[d, prov]))
    CLAIMS[n] = claims
    cols = [("Service Provided & Billing Code", 206, "L"), ("Service\nApproved?", 52, "C"),
            ("Amount\nProvider\nCharged", 62, "R"), ("Medicare-\nApproved\nAmount", 62, "R"),
            ("Medicare\nPaid\nProvider", 60, "R"), ("Maximum\nYou May\nBe Billed", 62, "R"), ("See\nNotes", 36, "C")]

    def row(s, cl):
        return [f"{s.desc} ({s.code})", "No" if s.denied else "Yes", mm(s.billed), mm(s.allowed), mm(s.paid),
                mm(s.owes), ", ".join(s.remarks)]

    def first(pg):
        pg.font("LibSerif-B", 18)
        pg.text(36, 50, "Medicare Summary Notice")
        pg.font("LibSerif", 10)
        pg.text(36, 64, "for Part B (Medical Insurance)")
        pg.font("LibSerif-B", 10)
        pg.text(36, 84, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services")
        block(pg, 36, 112, [bene, "417 BARROWSWAY CT", "GLENMOOR IL 60998-4127"], "LibSerif", 10, 12.5)
        pg.rect(330, 100, 246, 76)
        block(pg, 338, 114, ["Notice for Harold P. Vantongeren", "Medicare Number  XXXXXXX4TK72",
                             "Date of This Notice  February 3, 2026",
                             "Claims Processed Between", "November 3, 2025 - February 1, 2026"], "LibSerif", 9, 12)
        pg.rect(36, 190, 540, 70, fill=0.92)
        block(pg, 46, 206, ["Your Deductible Status: You have now met $196.00 of your $257.00 Part B deductible for 2026.",
                            "Total You May Be Billed (see the claim pages):  " +
                            mm(sum((s.owes for c in claims for s in c.svcs), ZERO)),
                            "Did Medicare Approve All Services?  NO - see your claims below for details.",
                            "If you think a claim is wrong, you can appeal. See the last page."], "LibSerif", 9.5, 13)
        pg.font("LibSerif-B", 12)
        pg.text(36, 284, "Your Claims for Part B (Medical Insurance)")
        return 300

    def nextp(pg):
        pg.font("LibSerif", 8.5)
        pg.text(36, 36, f"{bene.title()}   Medicare Number XXXXXXX4TK72")
        pg.text(576, 36, "February 3, 2026", "R")
        pg.line(36, 41, 576, 41)
        return 58

    def head(pg, flow, cl, cont, y):
        pg.font("LibSerif-B", 10)
        pg.text(36, y, f"{dfmt(cl.heading[0], 'month')}" + (" (continued)" if cont else ""))
        pg.font("LibSerif", 9)
        pg.text(36, y + 12, f"{cl.heading[1]}, (312) 555-0{140 + len(cl.heading[1]) % 9}  |  Service Location: "
                            "2260 Northgate Rd, Glenmoor IL")
        pg.text(36, y + 24, f"Claim Number: {cl.payer_claim_id}   |   Provider Submitted: {mm(sum((s.billed for s in cl.svcs), ZERO))}")
        return y + 30

    def totals(cl, tv):
        return ["Total for this claim", "", mm(tv["billed"]), mm(tv["allowed"]), mm(tv["paid"]),
                mm(tv["patient_owes"]), ""]

    legend = [("A", "This amount counts toward your yearly Part B deductible."),
              ("C", "Services provided in part by a therapy assistant are paid at a reduced rate."),
              ("D", "Medicare does not cover this service. The provider may bill you for it.")]

    def finish(pg, flow):
        flow.need(110)
        y = flow.y + 8
        pg.font("LibSerif-B", 11)
        pg.text(36, y, "Notes for Your Claims")
        pg.font("LibSerif", 9)
        for c, t in legend:
            y += 13
            pg.text(46, y, f"{c}   {t}")
        y += 22
        pg.font("LibSerif-B", 11)
        pg.text(36, y, "How to Handle Denied Claims or File an Appeal")
        pg.font("LibSerif", 9)
        pg.text(36, y + 13, "Circle the services you disagree with and explain why, then mail this notice by "
                            "May 4, 2026 to the contractor address below.")
        pg.text(36, y + 25, "Great Plains Medicare Services, Part B Appeals, PO Box 60114, Fort Elwood KS 66900.")

    return Spec(n, "fpdf2", False, "LibSerif", "LibSerif-B", 8.6, 12, cols, 36, row,
                ("billed", "allowed", "paid", "patient_owes"), mm, lambda d: dfmt(d, "month"), None, False, False,
                False, first, nextp, pagefoot("Page {p} of {n}", "C", "LibSerif", 8), head, totals, finish,
                desc_col=0, hdr="rule", bottom=740, legend=legend,
                description="Medicare Summary Notice Part B, one beneficiary, claims keyed by date heading")


# ---------------------------------------------------------------- 4. PM-system paper remit, Medicare style (fpdf2)
def L4() -> Spec:
    n = "h211_spr_pm"
    st = PlanState(ded_left=Decimal("40.00"))
    pats = [
        ("MCALLISTER, DOREEN", "1EG4TE5MK72", "ACT-30911", "2226011410770", [
            sv(D(2026, 1, 12), "97166", 1, ("GO",)), sv(D(2026, 1, 12), "97530", 2, ("GO",)),
            sv(D(2026, 1, 12), "97535", 1, ("GO",))]),
        ("PRZYBYLSKI, ANTON", "3KQ8WD2RN15", "ACT-30925", "2226011410771", [
            sv(D(2026, 1, 13), "97110", 3, ("GP", "KX")), sv(D(2026, 1, 13), "97140", 1, ("GP", "59")),
            sv(D(2026, 1, 13), "97112", 1, ("GP",)), sv(D(2026, 1, 15), "97110", 2, ("GP", "KX")),
            sv(D(2026, 1, 15), "97530", 2, ("GP", "CQ")), sv(D(2026, 1, 15), "G0283", 1, ("GP",)),
            sv(D(2026, 1, 20), "97110", 2, ("GP", "KX")), sv(D(2026, 1, 20), "97116", 2, ("GP",)),
            sv(D(2026, 1, 20), "97140", 1, ("GP", "59")), sv(D(2026, 1, 22), "97110", 3, ("GP", "KX"))]),
        ("ESPINOZA-LARK, TERESA", "7HV2MJ9XA40", "ACT-30933", "2226011410772", [
            sv(D(2026, 1, 14), "92507", 1, ("GN",)), sv(D(2026, 1, 14), "92526", 1, ("GN",)),
            sv(D(2026, 1, 21), "92507", 1, ("GN",)), sv(D(2026, 1, 21), "97129", 1, ("GN",), denied="CO")]),
        ("WHITFORD, SAMUEL", "5PB1NC6HT33", "ACT-30940", "2226011410773", [
            sv(D(2026, 1, 16), "97168", 1, ("GO",)), sv(D(2026, 1, 16), "97760", 1, ("GO",)),
            sv(D(2026, 1, 16), "L3807", 1, ("RT",))]),
    ]
    claims = []
    for name, mbi, acct, icn, svcs in pats:
        for s in svcs:
            medicare(s, st, deny_reason="50")
            s.remarks = ["N386"] if s.denied else (["N130"] if "KX" in s.mods else [])
        claims.append(Claim(svcs, acct, icn, name, heading=[mbi], adjs_printed=True))
    CLAIMS[n] = claims
    mm = m_("", "-")

    def grc(a):
        return f"{a[0]}-{a[1]}"

    cols = [("PERF PROV", 58, "L"), ("SERV DATE", 62, "L"), ("POS", 22, "L"), ("NOS", 22, "R"), ("PROC", 34, "L"),
            ("MODS", 40, "L"), ("BILLED", 48, "R"), ("ALLOWED", 48, "R"), ("DEDUCT", 42, "R"), ("COINS", 40, "R"),
            ("GRP/RC-AMT", 82, "L"), ("PROV PD", 48, "R")]

    def row(s, cl):
        a = s.adjs[0]
        return ["1740022815", f"{s.dos:%m%d} {s.dos:%m%d%y}", "11", units_str(s.units), s.code, " ".join(s.mods),
                mm(s.billed), mm(s.allowed), mm(s.deductible), mm(s.coinsurance), f"{grc(a)} {mm(a[2])}", mm(s.paid)]

    def sub(s, cl):
        out = [f"{grc(a)} {mm(a[2])}" for a in s.adjs[1:]]
        if s.remarks:
            out.append("REM: " + " ".join(s.remarks))
        return out

    def top(pg, first):
        pg.font("LibMono-B", 9)
        pg.text(30, 34, "MEDICARE PART B  -  GREAT PLAINS MEDICARE SERVICES  (PAPER REMITTANCE REPRINT)")
        pg.font("LibMono", 7.6)
        pg.text(30, 45, "PROVIDER: ORCHARD STREET THERAPY GROUP    NPI 1740022815    PTAN 44K109")
        pg.text(30, 55, "CHECK/EFT #: 882041776    DATE: 01/30/26    REMIT SEQ: 0031")
        pg.text(582, 34, f"PAGE #: {pg.pages} OF {{n}}".replace("{n}", str(TOTAL.get(n, '?'))), "R")
        pg.text(582, 45, "Reprinted by PracticeLoom PM 6.2", "R")
        pg.line(30, 60, 582, 60)
        return 74 if not first else 84

    def head(pg, flow, cl, cont, y):
        pg.font("LibMono", 7.6)
        pg.text(30, y, f"NAME {cl.patient:<24}MID {cl.heading[0]}  ACNT {cl.claim_id}  ICN {cl.payer_claim_id}  ASG Y  MOA MA01"
                + (" (CONT)" if cont else ""))
        return y + 4

    def totals(cl, tv):
        ded = sum((s.deductible for s in cl.svcs), ZERO)
        co = sum((s.coinsurance for s in cl.svcs), ZERO)
        adj = sum((a[2] for s in cl.svcs for a in s.adjs if a[0] == "CO"), ZERO)
        return ["PT RESP", mm(sum((s.owes for s in cl.svcs), ZERO)), "CLAIM TOTALS", "", "", "", mm(tv["billed"]), mm(tv["allowed"]),
                mm(ded), mm(co), mm(adj), mm(tv["paid"])]

    legend = [("N130", "Benefit maximum threshold reviewed; therapy exception applied."),
              ("N386", "Coverage is decided by a local coverage policy; see the contractor site.")]

    def finish(pg, flow):
        flow.need(70)
        paid = sum((s.paid for c in claims for s in c.svcs), ZERO)
        billed = sum((s.billed for c in claims for s in c.svcs), ZERO)
        pg.font("LibMono-B", 7.6)
        y = flow.y + 6
        pg.text(30, y, f"TOTALS:  # OF CLAIMS {len(claims)}   BILLED AMT {mm(billed)}   PROV PD AMT {mm(paid)}   "
                       f"CHECK AMT {mm(paid)}")
        pg.font("LibMono", 7.6)
        for c, t in legend:
            y += 11
            pg.text(30, y, f"{c}  {t}")
        pg.text(30, y + 14, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES ARE LISTED ON THE CONTRACTOR WEB SITE.")

    return Spec(n, "fpdf2", False, "LibMono", "LibMono-B", 7.6, 10, cols, 30, row,
                ("billed", "allowed", "deductible", "coinsurance", "paid"), mm,
                lambda d: f"{d:%m%d} {d:%m%d%y}", units_str, True, True, True,
                lambda pg: top(pg, True), lambda pg: top(pg, False), lambda pg, t: None, head, totals, finish,
                sub=sub, sub_col=10, hdr="rule", bottom=750, legend=legend,
                description="Medicare-style standard paper remit reprinted by a practice-management system")


# ---------------------------------------------------------------- 5. therapy clinic family statement (reportlab)
def L5() -> Spec:
    n = "h211_stmt_clinic"
    mm = m_(",", "()")
    st = PlanState(ded_left=Decimal("0.00"), visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.74"))
    kids = [("Ingrid Solveig Halvorsen", "V-40127", "BM26013300418", [
                sv(D(2026, 1, 5), "97166", 1, ("GO",)), sv(D(2026, 1, 5), "97530", 2, ("GO",))]),
            ("Ingrid Solveig Halvorsen", "V-40188", "BM26013300655", [
                sv(D(2026, 1, 12), "97530", 3, ("GO",)), sv(D(2026, 1, 12), "97112", 1, ("GO",)),
                sv(D(2026, 1, 12), "97535", 1, ("GO",))]),
            ("Magnus Halvorsen", "V-40191", "BM26013300702", [
                sv(D(2026, 1, 13), "92523", 1, ("GN",)), sv(D(2026, 1, 20), "92507", 1, ("GN",)),
                sv(D(2026, 1, 27), "92507", 1, ("GN",)), sv(D(2026, 1, 27), "92526", 1, ("GN",), denied="PR")]),
            ("Ingrid Solveig Halvorsen", "V-40256", "BM26020400133", [
                sv(D(2026, 1, 19), "97530", 2, ("GO",)), sv(D(2026, 1, 19), "97140", 1, ("GO", "59")),
                sv(D(2026, 1, 26), "97530", 2, ("GO",)), sv(D(2026, 1, 26), "97535", 2, ("GO",)),
                sv(D(2026, 2, 2), "97530", 2, ("GO",)), sv(D(2026, 2, 2), "97760", 1, ("GO",)),
                sv(D(2026, 2, 2), "L3807", 1, ("LT",))]),
            ("Kari Halvorsen", "V-40270", "BM26020400190", [
                sv(D(2026, 1, 22), "97161", 1, ("GP",)), sv(D(2026, 1, 29), "97110", 3, ("GP",)),
                sv(D(2026, 1, 29), "97140", 1, ("GP",))])]
    claims = []
    for pat, visit, icn, svcs in kids:
        for s in svcs:
            commercial(s, st, deny_reason="96")
        paid = sum((s.paid for s in svcs), ZERO)
        extra = [[dfmt(svcs[-1].dos + (date(2026, 2, 9) - date(2026, 2, 2)), "mdy2"), "",
                  "Beacon Mutual payment posted, EFT 7731" + visit[-3:], "", "", "", "", "", "", ""]] if paid else []
        claims.append(Claim(svcs, visit, icn, pat, heading=[], extra_after=extra))
    CLAIMS[n] = claims
    cols = [("Date", 50, "L"), ("Patient", 92, "L"), ("Description", 132, "L"), ("CPT", 34, "L"), ("Mod", 36, "L"),
            ("Units", 28, "R"), ("Charges", 50, "R"), ("Ins Paid", 46, "R"), ("Ins Adj", 44, "R"),
            ("Balance", 48, "R")]

    def row(s, cl):
        return [dfmt(s.dos, "mdy2"), cl.patient.split()[0] + " " + cl.patient.split()[-1], s.desc, s.code,
                ",".join(s.mods), units_str(s.units), mm(s.billed), mm(s.paid), mm(s.discount), mm(s.owes)]

    def first(pg):
        pg.font("LibSerif-B", 16)
        pg.text(36, 48, "Fjordline Pediatric & Family Therapy")
        block(pg, 36, 62, ["1190 Spruce Landing Dr, Suite 210", "Harwick, MN 55490", "Billing office (651) 555-0128"],
              "LibSerif", 9, 11)
        pg.rect(380, 34, 196, 84)
        bal = sum((s.owes for c in claims for s in c.svcs), ZERO)
        block(pg, 388, 48, ["STATEMENT", "Statement Date: 02/12/2026", "Account No.: G-118204",
                            f"Amount Due: ${mm(bal)}", "Please Pay By: 03/05/2026"], "LibSerif", 9.5, 13)
        block(pg, 60, 130, ["Responsible Party:", "ASLAUG HALVORSEN", "88 Birchmeadow Ln", "Harwick MN 55491"],
              "LibSerif", 9.5, 12)
        pg.line(36, 186, 576, 186, 0.3)
        pg.font("LibSerif", 8)
        pg.text(36, 184, "- - - Please detach and return the top portion with your payment - - -")
        pg.font("LibSerif-B", 11)
        pg.text(36, 208, "Account Activity by Visit")
        pg.font("LibSerif", 8.5)
        pg.text(36, 221, "Family members on this account: Aslaug, Kari, Ingrid and Magnus Halvorsen. Primary insurance: "
                         "Beacon Mutual Health (ID BMH-5530127).")
        return 238

    def nextp(pg):
        pg.font("LibSerif", 8.5)
        pg.text(36, 38, "Fjordline Pediatric & Family Therapy  |  Account G-118204  |  Statement Date 02/12/2026")
        pg.line(36, 43, 576, 43, 0.5)
        return 60

    def head(pg, flow, cl, cont, y):
        pg.font("LibSerif-B", 8.5)
        pg.text(36, y, f"Visit # {cl.claim_id}   Patient: {cl.patient}   Insurance claim # {cl.payer_claim_id}"
                + ("   - continued from previous page" if cont else ""))
        return y + 4

    def totals(cl, tv):
        return ["", "Visit balance", "", "", "", "", mm(tv["billed"]), mm(tv["paid"]),
                mm(sum((s.discount for s in cl.svcs), ZERO)), mm(tv["patient_owes"])]

    def finish(pg, flow):
        flow.need(84)
        bal = sum((s.owes for c in claims for s in c.svcs), ZERO)
        y = flow.y + 4
        pg.rect(36, y, 540, 58)
        block(pg, 44, y + 14, [f"Current 0-30 days: {mm(bal)}     31-60 days: 0.00     61-90 days: 0.00     Over 90: 0.00",
                               f"Total Account Balance: ${mm(bal)}",
                               "Balances shown are after your insurance has processed. Questions? Call us weekdays 8-4.",
                               "We accept check, card or our online pay portal (reference your account number)."],
              "LibSerif", 9, 11.5)

    return Spec(n, "reportlab", False, "LibSerif", "LibSerif-B", 8, 11, cols, 36, row,
                ("billed", "paid", "discount", "patient_owes"), mm, lambda d: dfmt(d, "mdy2"), units_str, True, True,
                False, first, nextp, pagefoot("Page {p} of {n}", "R", "LibSerif", 8), head, totals, finish,
                desc_col=2, hdr="rule", bottom=740, legend=[],
                description="therapy clinic family statement by visit with insurance claim numbers")


# ---------------------------------------------------------------- 6. Medicare Advantage member EOB (reportlab)
def L6() -> Spec:
    n = "h211_ma_eob"
    mm = m_("$")
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.55"))
    mem = "Beatrice L. Okonkwo-Ferris"
    data = [
        ("MA2601-0044871", "Summit Pines Physical Therapy", [
            sv(D(2026, 1, 7), "97162" if False else "97161", 1, ("GP",)), sv(D(2026, 1, 7), "97110", 2, ("GP",))]),
        ("MA2601-0046120", "Summit Pines Physical Therapy", [
            sv(D(2026, 1, 9), "97110", 2, ("GP",)), sv(D(2026, 1, 9), "97112", 1, ("GP",)),
            sv(D(2026, 1, 9), "97140", 1, ("GP", "59"))]),
        ("MA2601-0050336", "Dr. Ignatius Wollaston, Family Practice", [
            sv(D(2026, 1, 12), "99213", 1)]),
        ("MA2601-0052904", "Summit Pines Physical Therapy", [
            sv(D(2026, 1, 14), "97110", 3, ("GP", "KX")), sv(D(2026, 1, 14), "97530", 1, ("GP", "CQ")),
            sv(D(2026, 1, 14), "G0283", 1, ("GP",)), sv(D(2026, 1, 16), "97110", 2, ("GP", "KX")),
            sv(D(2026, 1, 16), "97116", 2, ("GP",)), sv(D(2026, 1, 16), "0552T", 1, ("GP",), denied="CO")]),
        ("MA2601-0058817", "Summit Pines Physical Therapy", [
            sv(D(2026, 1, 21), "97110", 2, ("GP", "KX")), sv(D(2026, 1, 21), "97140", 2, ("GP",))]),
    ]
    claims = []
    for num, prov, svcs in data:
        for s in svcs:
            commercial(s, st, deny_reason="96")
            s.remarks = ["3"] if s.denied else (["1"] if s.copay else [])
        claims.append(Claim(svcs, None, num, mem, heading=[prov]))
    CLAIMS[n] = claims
    cols = [("Service you received", 146, "L"), ("Date", 56, "L"), ("Code", 68, "L"), ("Provider\ncharged", 60, "R"),
            ("Plan-approved\namount", 72, "R"), ("Plan's\nshare", 54, "R"), ("Your\nshare", 52, "R"), ("See\nnote", 32, "C")]

    def row(s, cl):
        return [s.desc, dfmt(s.dos, "mdy4"), "-".join((s.code,) + s.mods), mm(s.billed), mm(s.allowed), mm(s.paid),
                mm(s.owes), ", ".join(s.remarks)]

    def first(pg):
        pg.rect(0, 0, pg.W, 70, fill=0.2)
        if pg.producer == "reportlab":
            pg.c.setFillGray(1)
        pg.font("DjSans-B", 15)
        pg.text(36, 32, "Evergreen Senior Advantage (HMO)")
        pg.font("DjSans", 9)
        pg.text(36, 48, "Explanation of Benefits for Medicare medical services  -  January 2026")
        if pg.producer == "reportlab":
            pg.c.setFillGray(0)
        block(pg, 36, 96, ["BEATRICE L OKONKWO-FERRIS", "5503 CANTERWOOD DR APT 12", "LAUREL SPRINGS WA 98744"],
                  "DjSans", 8.5, 11)
        block(pg, 330, 96, ["Member: Beatrice L. Okonkwo-Ferris", "Member ID: ESA-77301948",
                            "Plan: H7789-014  Evergreen Senior Advantage", "Questions? 1-866-555-0175, 8 am - 8 pm"],
              "DjSans", 8.2, 11)
        pg.rect(36, 150, 260, 66)
        plan = sum((s.paid for c in claims for s in c.svcs), ZERO)
        you = sum((s.owes for c in claims for s in c.svcs), ZERO)
        block(pg, 44, 166, ["This month's summary", f"Plan has paid: {mm(plan)}", f"Your share: {mm(you)}",
                            "Deductible: this plan has no medical deductible"], "DjSans", 8.2, 12)
        pg.rect(316, 150, 260, 66)
        block(pg, 324, 166, ["Your maximum out-of-pocket for 2026: $4,900.00", "Amount you have reached: $187.35",
                             "Once you reach it, you pay $0 for covered", "medical services the rest of the year."],
              "DjSans", 8.2, 12)
        pg.font("DjSans-B", 11)
        pg.text(36, 240, "Your medical claims in detail")
        return 258

    def nextp(pg):
        pg.font("DjSans", 7.5)
        pg.text(36, 36, "Beatrice L. Okonkwo-Ferris  |  Member ID ESA-77301948  |  Explanation of Benefits, January 2026")
        pg.line(36, 42, 576, 42)
        return 60

    def head(pg, flow, cl, cont, y):
        pg.font("DjSans-B", 8.5)
        pg.text(36, y, cl.heading[0] + (" (continued)" if cont else ""))
        pg.font("DjSans", 7.8)
        pg.text(36, y + 11, f"Claim number {cl.payer_claim_id}   Claim status: Processed   Received 1/{cl.svcs[0].dos.day + 3}/2026")
        return y + 16

    def totals(cl, tv):
        return ["Claim total", "", "", mm(tv["billed"]), mm(tv["allowed"]), mm(tv["paid"]), mm(tv["patient_owes"]), ""]

    legend = [("1", "Your plan's specialist visit copay applies; one copay per visit."),
              ("3", "Not covered by your plan. Your provider may not bill you for this service.")]

    def finish(pg, flow):
        flow.need(90)
        y = flow.y + 4
        pg.font("DjSans-B", 9)
        pg.text(36, y, "Notes about your claims")
        pg.font("DjSans", 8)
        for c, t in legend:
            y += 12
            pg.text(44, y, f"Note {c}: {t}")
        y += 20
        pg.text(36, y, "If you disagree with a decision on this statement you may ask for a plan reconsideration within 65 days.")
        pg.text(36, y + 11, "Evergreen Senior Advantage is an HMO plan with a Medicare contract. Enrollment depends on contract renewal.")

    return Spec(n, "reportlab", False, "DjSans", "DjSans-B", 7.6, 11, cols, 36, row,
                ("billed", "allowed", "paid", "patient_owes"), mm, lambda d: dfmt(d, "mdy4"), None, True, True,
                False, first, nextp, pagefoot("Page {p} of {n}", "C", "DjSans", 7.5), head, totals, finish,
                desc_col=0, hdr="shade", bottom=730, legend=legend,
                description="Medicare Advantage HMO member EOB with summary boxes")


# ---------------------------------------------------------------- 7. state Medicaid RA, boxed portal print (reportlab)
def L7() -> Spec:
    n = "h211_mcd_boxed"
    mm = m_(",", "-")
    mems = [
        ("Zaragoza-Pell, Lucian", "MC883104672", "PA-61025", "2026034000817", [
            sv(D(2026, 1, 5), "97110", 4, ("GP",), end=D(2026, 1, 9)), sv(D(2026, 1, 5), "97112", 2, ("GP",), end=D(2026, 1, 9)),
            sv(D(2026, 1, 12), "97530", 2, ("GP",)), sv(D(2026, 1, 12), "97140", 1, ("GP", "59"))]),
        ("Abernathy, Quinn", "MC880219533", "PA-61031", "2026034000818", [
            sv(D(2026, 1, 6), "92523", 1, ("GN",)), sv(D(2026, 1, 13), "92507", 1, ("GN",)),
            sv(D(2026, 1, 20), "92507", 1, ("GN",)), sv(D(2026, 1, 27), "92507", 1, ("GN",)),
            sv(D(2026, 1, 27), "97129", 1, ("GN",))]),
        ("Thistlewood, Ember", "MC879551240", "PA-61044", "2026034000819", [
            sv(D(2026, 1, 7), "97167", 1, ("GO",)), sv(D(2026, 1, 14), "97530", 3, ("GO",)),
            sv(D(2026, 1, 14), "97535", 2, ("GO", "KX")), sv(D(2026, 1, 21), "97530", 2, ("GO",)),
            sv(D(2026, 1, 21), "97760", 1, ("GO",)), sv(D(2026, 1, 21), "L3807", 1, ("RT",), denied="CO"),
            sv(D(2026, 1, 28), "97530", 2, ("GO",)), sv(D(2026, 1, 28), "97112", 1, ("GO",))]),
        ("Abernathy, Quinn", "MC880219533", "PA-61052", "2026034000820", [
            sv(D(2026, 2, 3), "92507", 1, ("GN",), denied="CO")]),
    ]
    claims = []
    for name, mid, acct, tcn, svcs in mems:
        for s in svcs:
            medicaid(s, deny_reason="272" if s.code == "92507" else "96")
            s.remarks = (["N362"] if s.code == "92507" else ["M51"]) if s.denied else []
        status = "DENIED" if all(s.denied for s in svcs) else "PAID"
        claims.append(Claim(svcs, acct, tcn, name, heading=[mid, status], adjs_printed=True))
    CLAIMS[n] = claims
    cols = [("Ln", 18, "R"), ("Dates of Service", 92, "L"), ("Proc", 34, "L"), ("Modifiers", 46, "L"),
            ("Units\nBilled", 34, "R"), ("Units\nPaid", 30, "R"), ("Billed\nAmount", 54, "R"), ("Allowed\nAmount", 54, "R"),
            ("Copay\nAmount", 42, "R"), ("Paid\nAmount", 54, "R"), ("Adjustment / Remark", 92, "L")]

    def row(s, cl):
        i = cl.svcs.index(s) + 1
        ds = dfmt(s.dos, "mdy4") + (" - " + dfmt(s.end, "mdy4") if s.end else "")
        a = s.adjs[0] if s.adjs else None
        return [str(i), ds, s.code, " ".join(s.mods), units_str(s.units), "0" if s.denied else units_str(s.units),
                mm(s.billed), mm(s.allowed), mm(ZERO), mm(s.paid), f"{a[0]} {a[1]} {mm(a[2])}" if a else ""]

    def sub(s, cl):
        return ["Remark " + r for r in s.remarks]

    def first(pg):
        pg.rect(36, 30, 540, 56)
        pg.font("DjCond-B", 12)
        pg.text(46, 48, "Keystone Valley Medical Assistance  -  Provider Remittance Advice")
        pg.font("DjCond", 8)
        pg.text(46, 62, "Payee: Riverbend Rehabilitation Services Inc    Payee ID 0088214501    NPI 1316770024    Taxonomy 225X00000X")
        pg.text(46, 74, "Remittance date 02/06/2026    Payment number 0019447302 (EFT)    Cycle 2026-05")
        pg.font("DjCond-B", 9)
        pg.text(36, 104, "Claims Adjudicated This Cycle - Professional")
        pg.font("DjCond", 7.5)
        pg.text(36, 116, "Adjustment groups and reasons follow national code sets; remark codes are explained on the "
                         "last page of this remittance.")
        return 134

    def nextp(pg):
        pg.rect(36, 30, 540, 20)
        pg.font("DjCond-B", 8.5)
        pg.text(44, 43, "Keystone Valley Medical Assistance - Remittance Advice 02/06/2026 - Payee ID 0088214501")
        return 70

    def head(pg, flow, cl, cont, y):
        pg.rect(36, y - 9, 540, 26, fill=0.93)
        pg.font("DjCond-B", 8)
        pg.text(40, y, f"Member: {cl.patient}    Member ID: {cl.heading[0]}    TCN: {cl.payer_claim_id}"
                + ("    (continued)" if cont else ""))
        pg.font("DjCond", 8)
        pg.text(40, y + 11, f"Patient Account #: {cl.claim_id}    Claim Status: {cl.heading[1]}    Claim Type: Professional")
        return y + 22

    def totals(cl, tv):
        return ["", "Claim Totals", "", "", "", "", mm(tv["billed"]), mm(tv["allowed"]), mm(ZERO), mm(tv["paid"]), ""]

    legend = [("M51", "Procedure code missing or not valid for the billed supply."),
              ("N362", "Units exceed the number allowed for this service in the period.")]

    def finish(pg, flow):
        flow.need(110)
        y = flow.y + 6
        paid = sum((s.paid for c in claims for s in c.svcs), ZERO)
        pg.rect(36, y, 540, 36)
        pg.font("DjCond-B", 8.5)
        pg.text(44, y + 14, f"Payment Summary: Claims paid {sum(1 for c in claims if c.heading[1] == 'PAID')}   "
                            f"Claims denied {sum(1 for c in claims if c.heading[1] == 'DENIED')}   Total paid {mm(paid)}")
        pg.font("DjCond", 8)
        pg.text(44, y + 27, "Provider adjustments this cycle: none.")
        y += 52
        pg.font("DjCond-B", 8.5)
        pg.text(36, y, "Remark Code Glossary")
        pg.font("DjCond", 8)
        for c, t in legend:
            y += 11
            pg.text(44, y, f"{c}  {t}")

    return Spec(n, "reportlab", False, "DjCond", "DjCond-B", 7.6, 11, cols, 36, row,
                ("billed", "allowed", "paid"), mm, lambda d: dfmt(d, "mdy4"), units_str, True, True, True,
                first, nextp, pagefoot("Page {p} of {n}", "R", "DjCond", 7.5), head, totals, finish,
                sub=sub, sub_col=10, hdr="box", bottom=740, legend=legend,
                description="state Medicaid RA, boxed portal print with TCN, units billed/paid, one date-range line")


# ---------------------------------------------------------------- 8. clearinghouse ERA print (reportlab)
def L8() -> Spec:
    n = "h211_era_clearinghouse"
    mm = m_(",", "-")
    st = PlanState(ded_left=Decimal("85.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.69"))
    pts = [
        ("LINDQVIST, ASTRID M", "LQ0142-01", "T26012900441", [
            sv(D(2026, 1, 8), "97165", 1, ("GO",)), sv(D(2026, 1, 8), "97530", 2, ("GO",)),
            sv(D(2026, 1, 15), "97530", 3, ("GO",)), sv(D(2026, 1, 15), "97535", 1, ("GO",)),
            sv(D(2026, 1, 22), "97530", 2, ("GO",)), sv(D(2026, 1, 22), "97140", 1, ("GO", "59"))]),
        ("FAIRWEATHER, ODELL", "FW0877-03", "T26012900452", [
            sv(D(2026, 1, 9), "97161", 1, ("GP",)), sv(D(2026, 1, 9), "97110", 2, ("GP",)),
            sv(D(2026, 1, 16), "97110", 3, ("GP",)), sv(D(2026, 1, 16), "97112", 1, ("GP",)),
            sv(D(2026, 1, 16), "0552T", 1, ("GP",), denied="CO"), sv(D(2026, 1, 23), "97110", 2, ("GP",)),
            sv(D(2026, 1, 23), "97116", 2, ("GP",)), sv(D(2026, 1, 30), "97110", 2, ("GP",)),
            sv(D(2026, 1, 30), "97140", 2, ("GP",))]),
        ("MBEKI-HOLLIS, NAOMI", "MH0310-02", "T26012900467", [
            sv(D(2026, 1, 12), "92523", 1, ("GN",)), sv(D(2026, 1, 19), "92507", 1, ("GN",)),
            sv(D(2026, 1, 26), "92507", 1, ("GN",))]),
    ]
    claims = []
    for name, pcn, icn, svcs in pts:
        for s in svcs:
            commercial(s, st, deny_reason="97")
            s.remarks = ["M15"] if s.denied else []
        claims.append(Claim(svcs, pcn, icn, name, heading=["1", "Processed as Primary"], adjs_printed=True))
    # reversal of a December claim (status 22) and its corrected version
    old = [sv(D(2025, 12, 18), "97530", 2, ("GO",)), sv(D(2025, 12, 18), "97112", 1, ("GO",))]
    st2 = PlanState(allowed_rate=Decimal("0.69"))
    for s in old:
        commercial(s, st2)
    rev = [negate(s) for s in old]
    newer = [sv(D(2025, 12, 18), "97530", 2, ("GO",)), sv(D(2025, 12, 18), "97112", 1, ("GO", "59"))]
    for s in newer:
        commercial(s, PlanState(allowed_rate=Decimal("0.69")) if s.code == "97530" else st2)
    claims.append(Claim(rev, "LQ0131-01", "T26010800219", "LINDQVIST, ASTRID M",
                        heading=["22", "Reversal of Previous Payment"], adjs_printed=True))
    claims.append(Claim(newer, "LQ0131-01", "T26012900470", "LINDQVIST, ASTRID M",
                        heading=["1", "Processed as Primary - Corrected"], adjs_printed=True))
    CLAIMS[n] = claims
    cols = [("Line Ctrl #", 62, "L"), ("Service Date", 58, "L"), ("Proc", 38, "L"), ("Mods", 44, "L"),
            ("Units", 30, "R"), ("Charge", 56, "R"), ("Allowed", 56, "R"), ("Deductible", 54, "R"),
            ("Coinsurance", 58, "R"), ("Copay", 44, "R"), ("Adj Grp-Rsn", 58, "C"), ("Adj Amount", 52, "R"),
            ("Paid", 56, "R"), ("Remark", 40, "L")]

    def row(s, cl):
        i = cl.svcs.index(s) + 1
        a = s.adjs[0]
        return [f"{cl.claim_id[:6]}L{i}", dfmt(s.dos, "mdy2"), s.code, ":".join(s.mods), units_str(s.units),
                mm(s.billed), mm(s.allowed), mm(s.deductible), mm(s.coinsurance), mm(s.copay), f"{a[0]}-{a[1]}",
                mm(a[2]), mm(s.paid), " ".join(s.remarks)]

    def sub(s, cl):
        return [[""] * 10 + [f"{a[0]}-{a[1]}", mm(a[2]), "", ""] for a in s.adjs[1:]]

    def first(pg):
        pg.font("Narrow-B", 14)
        pg.text(36, 40, "ClaimHarbor Connect  |  Electronic Remittance Advice (835) - Printable View")
        pg.font("Narrow", 8.5)
        pg.text(36, 54, "Payer: Tidewater Mutual Health Plans, PO Box 22871, Norfield VA 23990    Payer ID 51190")
        pg.text(36, 65, "Payee: Seabright Therapy Partners    NPI 1205538812    TIN XX-XXX4417")
        pg.rect(540, 28, 216, 44)
        block(pg, 548, 41, ["Check/EFT Trace: 1TRC00719932", "Payment Date: 01/29/2026",
                            f"Total Payment: {mm(sum((s.paid for c in claims for s in c.svcs), ZERO))}"], "Narrow", 8.5, 11)
        pg.line(36, 80, pg.W - 36, 80, 1)
        return 98

    def nextp(pg):
        pg.font("Narrow", 8)
        pg.text(36, 36, "ClaimHarbor Connect ERA  -  Tidewater Mutual Health Plans  -  Trace 1TRC00719932")
        pg.line(36, 41, pg.W - 36, 41, 0.6)
        return 58

    def head(pg, flow, cl, cont, y):
        pg.font("Narrow-B", 8.5)
        pg.text(36, y, f"Patient: {cl.patient}" + ("  (cont.)" if cont else ""))
        pg.font("Narrow", 8.5)
        pg.text(200, y, f"Patient Ctrl #: {cl.claim_id}")
        pg.text(330, y, f"Payer Claim #: {cl.payer_claim_id}")
        pg.text(480, y, f"Status: {cl.heading[0]} - {cl.heading[1]}")
        pg.text(680, y, "Member ID: TMH" + cl.claim_id[-4:].replace("-", "") + "77")
        return y + 5

    def totals(cl, tv):
        return ["Claim Total", "", "", "", "", mm(tv["billed"]), mm(tv["allowed"]),
                mm(sum((s.deductible for s in cl.svcs), ZERO)), mm(sum((s.coinsurance for s in cl.svcs), ZERO)),
                mm(sum((s.copay for s in cl.svcs), ZERO)), "", "", mm(tv["paid"]), ""]

    legend = [("M15", "Separately billed service bundled into another service on the same date.")]

    def finish(pg, flow):
        flow.need(60)
        y = flow.y + 6
        pg.font("Narrow-B", 8.5)
        pg.text(36, y, "Remark codes used on this remittance")
        pg.font("Narrow", 8.5)
        pg.text(44, y + 12, "M15  " + legend[0][1])
        pg.text(36, y + 28, "Provider-level adjustments: none.   This printable view was generated by ClaimHarbor from the payer's 835 file.")

    return Spec(n, "reportlab", True, "Narrow", "Narrow-B", 8, 10.5, cols, 18, row,
                ("billed", "allowed", "deductible", "coinsurance", "copay", "paid"), mm, lambda d: dfmt(d, "mdy2"),
                units_str, True, True, True, first, nextp, pagefoot("Page {p} of {n}", "R", "Narrow", 8), head, totals,
                finish, sub=sub, sub_col=10, hdr="shade", bottom=565, legend=legend,
                description="clearinghouse printable ERA view, landscape, stacked adjustments, reversal and correction")


# ---------------------------------------------------------------- 9. commercial member EOB, per-person sections (fpdf2)
def L9() -> Spec:
    n = "h211_cm_sections"
    mm = m_("$")
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.81"))
    fam = [
        ("Cordelia Vasquez-Rahn", "HN-20931", "0260128775001", "Tallowbrook Speech & Feeding Clinic", [
            sv(D(2026, 1, 6), "92523", 1, ("GN",)), sv(D(2026, 1, 13), "92507", 1, ("GN",)),
            sv(D(2026, 1, 13), "92526", 1, ("GN",)), sv(D(2026, 1, 20), "92507", 1, ("GN",)),
            sv(D(2026, 1, 27), "92507", 1, ("GN",)), sv(D(2026, 1, 27), "92526", 1, ("GN",))]),
        ("Elias Vasquez-Rahn", "HN-20944", "0260128775002", "Tallowbrook Speech & Feeding Clinic", [
            sv(D(2026, 1, 8), "97165", 1, ("GO",)), sv(D(2026, 1, 8), "97530", 2, ("GO",)),
            sv(D(2026, 1, 15), "97530", 2, ("GO",)), sv(D(2026, 1, 15), "97533", 1, ("GO",)),
            sv(D(2026, 1, 22), "97530", 3, ("GO",)), sv(D(2026, 1, 22), "97112", 1, ("GO",)),
            sv(D(2026, 1, 29), "97530", 2, ("GO",)), sv(D(2026, 1, 29), "97535", 1, ("GO",)),
            sv(D(2026, 2, 5), "97530", 2, ("GO",)), sv(D(2026, 2, 5), "97150", 1, ("GO",), denied="PR")]),
        ("Marco Vasquez-Rahn", "0098312", "0260128775003", "Oakhurst Sports & Spine PT", [
            sv(D(2026, 1, 10), "97162", 1, ("GP",)), sv(D(2026, 1, 10), "97110", 2, ("GP",)),
            sv(D(2026, 1, 17), "97110", 2, ("GP",)), sv(D(2026, 1, 17), "97140", 2, ("GP", "59")),
            sv(D(2026, 1, 24), "97110", 2, ("GP",)), sv(D(2026, 1, 24), "97112", 1, ("GP",)),
            sv(D(2026, 1, 31), "97110", 2, ("GP",)), sv(D(2026, 1, 31), "97140", 1, ("GP", "59")),
            sv(D(2026, 2, 7), "97110", 2, ("GP",))]),
    ]
    claims = []
    for pat, acct, num, prov, svcs in fam:
        for s in svcs:
            commercial(s, st, deny_reason="204")
            s.remarks = ["NC1"] if s.denied else (["DED"] if s.deductible else [])
        claims.append(Claim(svcs, acct, num, pat, heading=[prov]))
    claims[2].plant = ("patient_owes", sum((s.owes for s in claims[2].svcs), ZERO) + Decimal("10.00"))
    CLAIMS[n] = claims
    cols = [("Date", 46, "L"), ("Service", 106, "L"), ("Amount\nbilled", 48, "R"), ("Member rate\nsavings", 50, "R"),
            ("Amount not\ncovered", 46, "R"), ("Plan\napproved", 46, "R"), ("Deductible", 44, "R"),
            ("Coinsurance", 48, "R"), ("Plan\npaid", 44, "R"), ("What you\nowe", 42, "R"), ("Code", 26, "C")]

    def row(s, cl):
        return [dfmt(s.dos, "mdy4"), f"{s.code} {s.desc}", mm(s.billed), mm(s.discount), mm(s.not_covered),
                mm(s.allowed), mm(s.deductible), mm(s.coinsurance), mm(s.paid), mm(s.owes), " ".join(s.remarks)]

    def first(pg):
        pg.font("DjSerifC-B", 14)
        pg.text(36, 44, "Meridian Crest Health Insurance Company")
        pg.font("DjSerifC", 8.5)
        pg.text(36, 57, "Your Explanation of Benefits  -  claims we processed January 1 through February 11, 2026")
        pg.rect(36, 70, 540, 1, fill=0)
        block(pg, 36, 90, ["LEONARDO VASQUEZ-RAHN", "1604 QUILLFEATHER TER", "BRANDT FALLS CO 80977"],
                  "DjSerifC", 9, 11.5)
        block(pg, 330, 90, ["Primary member: Leonardo Vasquez-Rahn", "Member ID: MCX 4410 2287 06",
                            "Group: Halden County Schools, 0441870", "Date prepared: February 12, 2026"],
              "DjSerifC", 8.5, 11.5)
        pg.font("DjSerifC-B", 9.5)
        pg.text(36, 150, "This is not a bill. Your providers may bill you for the amounts in \"What you owe\".")
        pg.font("DjSerifC", 8.5)
        pg.text(36, 163, "Claims for Cordelia, Elias and Marco are shown below, one section per person.")
        return 184

    def nextp(pg):
        pg.font("DjSerifC", 8)
        pg.text(36, 34, "Meridian Crest Health Insurance Company  |  Member ID MCX 4410 2287 06  |  February 12, 2026")
        pg.line(36, 39, 576, 39, 0.5)
        return 56

    def head(pg, flow, cl, cont, y):
        if cont:
            return y
        pg.rect(36, y - 10, 540, 28, fill=0.9)
        pg.font("DjSerifC-B", 9)
        pg.text(40, y, f"Claim processed for: {cl.patient}")
        pg.font("DjSerifC", 8)
        pg.text(300, y, f"Claim ID: {cl.payer_claim_id}")
        pg.text(40, y + 12, f"Provider: {cl.heading[0]}     Your provider's account number: {cl.claim_id}")
        return y + 22

    def totals(cl, tv):
        owes = cl.plant[1] if cl.plant else tv["patient_owes"]
        sv_ = cl.svcs
        return ["", "Claim totals", mm(tv["billed"]), mm(sum((s.discount for s in sv_), ZERO)),
                mm(sum((s.not_covered for s in sv_), ZERO)), mm(tv["allowed"]),
                mm(sum((s.deductible for s in sv_), ZERO)), mm(sum((s.coinsurance for s in sv_), ZERO)),
                mm(tv["paid"]), mm(owes), ""]

    legend = [("DED", "Applied to your plan-year deductible."),
              ("NC1", "Group therapy sessions are excluded under your plan; you are responsible.")]

    def finish(pg, flow):
        flow.need(70)
        y = flow.y + 4
        pg.font("DjSerifC-B", 9)
        pg.text(36, y, "What the codes mean")
        pg.font("DjSerifC", 8)
        for c, t in legend:
            y += 11
            pg.text(44, y, f"{c}  {t}")
        pg.text(36, y + 18, "Deductible met (family): $250.00 of $1,500.00.  Appeals: write within 180 days to PO Box 7720, Brandt Falls CO.")

    sp = Spec(n, "fpdf2", False, "DjSerifC", "DjSerifC-B", 7, 10.5, cols, 24, row,
              ("billed", "discount", "not_covered", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
              mm, lambda d: dfmt(d, "mdy4"), None, False, True, False, first, nextp,
              pagefoot("{p}/{n}", "R", "DjSerifC", 7.5), head, totals, finish, desc_col=1, hdr="rule",
              repeat_hdr=False, bottom=745, legend=legend,
              description="commercial member EOB, one section per family member, no repeated header on page 2")
    sp.findings = [f"claim-total-mismatch claim {claims[2].payer_claim_id}: printed What you owe total "
                   f"{q(claims[2].plant[1])} but the lines add up to {q(claims[2].plant[1] - Decimal('10.00'))}"]
    return sp


# ---------------------------------------------------------------- 10. hospital family statement with sidebar (fpdf2)
def L10() -> Spec:
    n = "h211_stmt_hospital"
    mm = m_("$", "-")
    accts = [
        ("Juniper Ashcombe", "HB77120431", "CLM-9921-40877", [
            sv(D(2026, 1, 5), "97163", 1, ("GP",)), sv(D(2026, 1, 5), "97110", 2, ("GP",)),
            sv(D(2026, 1, 5), "97140", 1, ("GP",)), sv(D(2026, 1, 5), "G0283", 1, ("GP",))]),
        ("Oskar Ashcombe", "HB77120588", "CLM-9921-41302", [
            sv(D(2026, 1, 9), "97167", 1, ("GO",)), sv(D(2026, 1, 9), "97530", 2, ("GO",)),
            sv(D(2026, 1, 9), "97535", 1, ("GO",)), sv(D(2026, 1, 9), "97760", 1, ("GO",)),
            sv(D(2026, 1, 9), "L3807", 1, ("RT",))]),
        ("Juniper Ashcombe", "HB77121170", "CLM-9921-42655", [
            sv(D(2026, 1, 19), "97110", 3, ("GP",)), sv(D(2026, 1, 19), "97112", 2, ("GP",)),
            sv(D(2026, 1, 19), "97116", 1, ("GP",)), sv(D(2026, 1, 19), "97140", 2, ("GP", "59")),
            sv(D(2026, 1, 19), "99213", 1, ("25",))]),
        ("Oskar Ashcombe", "HB77121359", "CLM-9921-43018", [
            sv(D(2026, 1, 21), "97168", 1, ("GO",)), sv(D(2026, 1, 21), "97530", 3, ("GO",)),
            sv(D(2026, 1, 21), "97535", 2, ("GO",)), sv(D(2026, 1, 21), "97112", 1, ("GO",)),
            sv(D(2026, 1, 21), "97140", 1, ("GO", "59")), sv(D(2026, 1, 21), "97760", 1, ("GO",)),
            sv(D(2026, 1, 21), "G0283", 1, ("GO",))]),
        ("Thea Ashcombe", "HB77121403", None, [
            sv(D(2026, 1, 23), "92523", 1, ("GN",)), sv(D(2026, 1, 23), "92507", 1, ("GN",))]),
    ]
    rev = {"97": "0420", "92": "0440", "99": "0510", "G0": "0420", "L3": "0274"}
    claims = []
    for pat, acct, ref, svcs in accts:
        for s in svcs:
            s.rev = rev.get(s.code[:2], "0430") if not s.code.startswith("975") and s.code not in ("97165", "97166", "97167", "97168", "97760") else "0430"
            s.allowed = s.paid = s.owes = None
        billed = sum((s.billed for s in svcs), ZERO)
        if ref:
            ins = q(billed * Decimal("0.58"))
            adj = q(billed * Decimal("0.27"))
            pd = dfmt(svcs[0].dos.replace(day=svcs[0].dos.day + 9), "mdyn")
            extra = [["", "", "", "Total charges", "", mm(billed)],
                     [pd, "", "", "Payment - Granite State Health", "", mm(-ins)],
                     [pd, "", "", "Contractual adjustment - Granite State", "", mm(-adj)],
                     ["", "", "", "Account balance", "", mm(billed - ins - adj)]]
        else:
            extra = [["", "", "", "Total charges", "", mm(billed)],
                     ["", "", "", "Pending with insurance - not yet due", "", ""],
                     ["", "", "", "Account balance", "", mm(billed)]]
        claims.append(Claim(svcs, acct, ref, pat, heading=[], extra_after=extra, totals_row=False,
                            keep_totals=("billed",)))
    CLAIMS[n] = claims
    cols = [("Date", 46, "L"), ("Rev", 28, "L"), ("Code", 58, "L"), ("Description", 176, "L"), ("Qty", 24, "R"),
            ("Amount", 58, "R")]

    def row(s, cl):
        return [dfmt(s.dos, "mdyn"), s.rev, " ".join((s.code,) + s.mods), s.desc, units_str(s.units), mm(s.billed)]

    def sidebar(pg):
        pg.rect(36, 30, 150, 700, fill=0.94)
        pg.font("DjSans-B", 8)
        block(pg, 42, 46, ["St. Alder Regional", "Health System"], "DjSans-B", 9, 11)
        block(pg, 42, 80, ["Questions about", "this statement?", "Call (603) 555-0162", "Mon-Fri 7:30-5:00",
                           "", "Pay online:", "pay.stalder-example.org", "", "Financial help may be",
                           "available. Ask us about", "our assistance program.", "", "Guarantor:", "Philippa Ashcombe",
                           "Guarantor #: 5528103"], "DjSans", 7.2, 10)

    def first(pg):
        sidebar(pg)
        pg.font("DjSans-B", 13)
        pg.text(200, 48, "Patient Statement")
        block(pg, 200, 64, ["Statement date: 02/10/2026", "Amount due: see account balances below",
                            "Due by: 03/02/2026"], "DjSans", 8.2, 11)
        block(pg, 200, 112, ["PHILIPPA ASHCOMBE", "43 LANTERN HILL RD", "DOVERBROOK NH 03899"], "DjSans", 8.5, 11)
        pg.font("DjSans", 7.6)
        pg.text(200, 160, "Each hospital visit is billed under its own account number. Family members on this statement:")
        pg.text(200, 170, "Juniper, Oskar and Thea Ashcombe.")
        return 190

    def nextp(pg):
        sidebar(pg)
        pg.font("DjSans", 7.5)
        pg.text(200, 42, "Patient Statement - Guarantor #5528103 - 02/10/2026 (continued)")
        return 60

    def head(pg, flow, cl, cont, y):
        pg.font("DjSans-B", 8.3)
        pg.text(200, y, f"Account {cl.claim_id}  -  Patient: {cl.patient}" + ("  (continued)" if cont else ""))
        pg.font("DjSans", 7.5)
        pg.text(200, y + 10, "Outpatient rehabilitation, St. Alder Therapy Pavilion" +
                (f"   |   Insurance claim {cl.payer_claim_id}" if cl.payer_claim_id else ""))
        return y + 14

    def totals(cl, tv):
        billed = tv["billed"]
        if cl.payer_claim_id:
            bal = billed - q(billed * Decimal("0.58")) - q(billed * Decimal("0.27"))
        else:
            bal = billed
        return ["", "", "", "Account balance", "", mm(bal)]

    def finish(pg, flow):
        flow.need(40)
        pg.font("DjSans-B", 8.5)
        pg.text(200, flow.y + 8, "Total charges on this statement: " +
                mm(sum((s.billed for c in claims for s in c.svcs), ZERO)))

    return Spec(n, "fpdf2", False, "DjSans", "DjSans-B", 7.4, 10.5, cols, 196, row, ("billed",), mm,
                lambda d: dfmt(d, "mdyn"), units_str, True, True, False, first, nextp,
                pagefoot("Page {p} of {n}", "R", "DjSans", 7), head, totals, finish, desc_col=3, hdr="rule",
                bottom=720, legend=[],
                description="hospital outpatient family statement with sidebar, charges per account")


LAYOUTS = [L1, L2, L3, L4, L5, L6, L7, L8, L9, L10]


# ---------------------------------------------------------------- driver and self-check
def build(out: Path) -> list[str]:
    names = []
    for mk in LAYOUTS:
        sp = mk()
        path = out / f"{sp.name}.pdf"
        pages, _l, _c = render(sp, path, None)
        TOTAL[sp.name] = pages
        pages, lines, claims = render(sp, path, pages)
        FMT[sp.name] = {"sp": sp}
        write_truth(path, sp.name, sp.producer, pages, sp.description, lines, claims, sp.legend, sp.findings)
        names.append(sp.name)
    return names


def _rows(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        for r in rows:
            if abs(r[0] - w["top"]) < 2.5:
                r[1].append(w)
                break
        else:
            rows.append([w["top"], [w]])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def _has(text: str, tok: str) -> bool:
    return re.search(r"(?<![\d.,$])" + re.escape(tok) + r"(?![\d])", text) is not None


def check(out: Path, names: list[str]) -> int:
    import pdfplumber
    bad = 0
    spans = 0
    for n in names:
        sp: Spec = FMT[n]["sp"]
        t = json.loads((out / f"{n}.pdf.truth.json").read_text())
        with pdfplumber.open(out / f"{n}.pdf") as pdf:
            if len(pdf.pages) != t["pages"]:
                print(n, "page count", len(pdf.pages), t["pages"])
                bad += 1
            prow = [_rows(p) for p in pdf.pages]
            ptxt = ["\n".join(r) for r in prow]
        doc = "\n".join(ptxt)
        for i, ln in enumerate(t["lines"]):
            pi = ln["page"] - 1
            toks = [ln["code"]]
            mods = ln["modifiers"]
            if ln["units"] is not None:
                toks.append(sp.units(Decimal(ln["units"])))
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln.get(k) is not None:
                    toks.append(sp.money(Decimal(ln[k])))
            dt = sp.date(date.fromisoformat(ln["service_date"]))
            if sp.date_on_row:
                toks.append(dt)
            elif dt not in ptxt[pi]:
                print(n, "line", i, "date not on page", dt)
                bad += 1
            if not any(all(_has(r, x) if x[-1:].isdigit() else x in r for x in toks) and all(x in r for x in mods)
                       for r in prow[pi]):
                print(n, "line", i, "row not found with", toks)
                bad += 1
            for g, c, a in ln["adjustments"]:
                if c not in ptxt[pi] or (a is not None and sp.money(Decimal(a)) not in ptxt[pi]):
                    print(n, "line", i, "adjustment not on page", g, c, a)
                    bad += 1
            for r in ln["remarks"]:
                if r not in ptxt[pi]:
                    print(n, "line", i, "remark not on page", r)
                    bad += 1
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in doc:
                    print(n, "line", i, k, "not in document", ln[k])
                    bad += 1
            if sp.all_adj and ln["adjustments"] and ln["billed"] is not None and ln["paid"] is not None:
                if Decimal(ln["billed"]) - sum(Decimal(a[2]) for a in ln["adjustments"]) != Decimal(ln["paid"]):
                    print(n, "line", i, "billed - adjustments != paid")
                    bad += 1
            if ln["allowed"] is not None and ln["paid"] is not None and ln["deductible"] is not None:
                if Decimal(ln["allowed"]) - Decimal(ln["deductible"]) - Decimal(ln["copay"] or 0) - \
                        Decimal(ln["coinsurance"] or 0) - sum((Decimal(a[2]) for a in ln["adjustments"]
                                                               if a[1] == "253"), ZERO) != Decimal(ln["paid"]):
                    print(n, "line", i, "allowed - share != paid")
                    bad += 1
        for c in t["claims"]:
            ls = [ln for ln in t["lines"] if ln["claim_id"] == c["claim_id"] and ln["payer_claim_id"] == c["payer_claim_id"]]
            if len({ln["page"] for ln in ls}) > 1:
                spans += 1
            planted = any((c["payer_claim_id"] or c["claim_id"]) in f for f in t["expected_findings"])
            mismatches = 0
            for k, v in c["totals"].items():
                if v is None or any(ln[k] is None for ln in ls):
                    continue
                s = sum((Decimal(ln[k]) for ln in ls), ZERO)
                if s != Decimal(v):
                    mismatches += 1
                    if not planted:
                        print(n, "claim total", c["payer_claim_id"], k, v, s)
                        bad += 1
                if sp.money(Decimal(v)) not in doc:
                    print(n, "claim total not printed", k, v)
                    bad += 1
            if planted and not mismatches:
                print(n, "planted mismatch not present", c["payer_claim_id"])
                bad += 1
        sp_n = sum(1 for c in t["claims"] if len({ln["page"] for ln in t["lines"] if ln["claim_id"] == c["claim_id"]
                                                 and ln["payer_claim_id"] == c["payer_claim_id"]}) > 1)
        print(f"{n}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims, "
              f"{sp_n} continued across pages")
    print("claims spanning pages:", spans)
    return bad


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout211_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    names = build(out)
    print("wrote", len(names), "PDFs to", out)
    if "--check" in argv:
        bad = check(out, names)
        print("CHECK", "OK" if not bad else f"FAILED ({bad})")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
