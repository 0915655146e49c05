"""Write the NINETY-FIRST held-out set of synthetic PDF EOB layouts (with truth files) into a folder: two layouts
of each of the five commonest real EOB kinds, each in a house style of its own.

Run:  python bench/heldout91/make_heldout91_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout91/make_heldout91_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. h91engine.py (same folder) is a small drawing
layer over reportlab and fpdf2. Deterministic (reportlab invariant=1, fpdf2 fixed creation date, no randomness).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py), printed values only, null where a layout does not
print a value (units null where no units are printed); claim_id = provider's account / patient-control / invoice
number (null on the MSN, which prints none), payer_claim_id = payer claim number / ICN, patient exactly as printed
(the person served, not the subscriber / guarantor). Adjustments recorded only where printed: with amounts where
the amount is printed, [group, reason, null] where only the code is printed (a06). Descriptions recorded only where
printed (cut to the printed length in a06/a10). Every name, number, payer, provider and id is invented.

Layouts:
  a01 commercial PPO member EOB for a family, portrait Liberation Serif: shaded claim bands "Services for: ... (rel)
      / Claim # / Patient account #", Service date / Service "97140:GO:59" / Units / Charges submitted / Amount not
      allowed / Amount allowed / Deductible / Copay / Coinsurance / Paid by plan / Your responsibility / Remark,
      remark legend, 2 pages (reportlab)
  a02 self-funded plan EOB printed by a TPA, landscape DejaVu Sans Mono caps: PATIENT / RELATIONSHIP / CLAIM NO /
      PATIENT ACCT line, PROC MOD NO. AMT CHARGED PPO SAVINGS NOT COVERED RSN COVERED AMT ... PAID AT BENEFIT PAID,
      office copay, denied write-off line, claim continued on page 2 with heads repeated (fpdf2)
  a03 Medicare Summary Notice in the older per-line-date style, portrait DejaVu Sans: claim number + provider +
      referred-by heading, "2 Therapeutic exercises (97110-GP-KX)" (count before the wording), Amount Charged /
      Medicare Approved / Medicare Paid Provider / You May Be Billed / See Notes Section, denied line (fpdf2)
  a04 Medicare Advantage HMO-POS member EOB, landscape Liberation Sans with shaded left sidebar: per-visit copay,
      "Service (code)" wording with "(97116 GP CQ)", Units, billed / plan-approved / plan's share / your share,
      non-covered orthosis, 2 pages (reportlab)
  a05 state Medicaid RA, portrait Liberation Mono: PAID / VOIDED sections, RECIPIENT / MEDICAID ID / ICN / PAT ACCT,
      LN SVC DATE PROC M1 M2 QTY "2.00", adjustment "CO-45 amount", 4-digit EOB codes, trailing-minus void, a long
      claim continued on page 2 (column heads once per page) (reportlab)
  a06 Medicaid managed-care RA, landscape DejaVu Sans Condensed, gridded: From / To spans with summed units, TPL
      column with OA-23, adjustment codes without amounts, RARC, denied line (fpdf2)
  a07 clearinghouse print of a Medicare Part B 835, landscape Liberation Sans Narrow: boxed claim heads, Line Ctrl #,
      "1/5/2026", "97110 GP KX", adjustments stacked one per text line, CO-253, denial; claim continued (reportlab)
  a08 practice-management payment posting report of a Medicare remit, portrait core Courier: ACCT# / PT / ICN,
      adjustment group+reason carried in column heads (CO45 / PR1 / PR2 / CO253), PT BAL (fpdf2)
  a09 outpatient therapy clinic statement to a guarantor, portrait core Helvetica: two-column top, invoice heading
      rows naming patient and insurer claim, Charge / Insurance Paid / Contractual Adjustment / Your Balance,
      two children, no repeated heads on page 2 (reportlab)
  a10 hospital itemized statement to a guarantor, portrait DejaVu Serif: account bands with patient and insurer
      claim, Rev / Description / CPT/HCPCS / Mod / Qty / Charges only (fpdf2)

The self-check (--check) tests the factory, not the reader: page counts; for every truth line one extracted text
line (pdfplumber) of its page holds the code, modifiers, service date, every printed amount, the units, the end
date and remarks; code-only adjustments on that row, adjustments with amounts on the page; descriptions on the page;
ids and patients printed; billed - adjustments = paid where every adjustment is printed with its amount; allowed -
deductible - copay - coinsurance = paid where all are printed; claim totals printed and equal to the line sums;
at least three files carry a claim across a page break."""

from __future__ import annotations

import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (LONG_DESC, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, q, total, truth_line, units_str, write_truth)
from h91engine import Doc  # noqa: E402

D = date


@dataclass
class Claim:
    patient: str
    claim_id: str | None
    pcn: str | None
    svcs: list
    head: dict = field(default_factory=dict)   # free text for the claim heading
    owes_total_label: str = ""


def visits(days: list[date], plan: list[tuple], proc, **kw) -> list[Svc]:
    out = []
    for d in days:
        for item in plan:
            code, units, mods = item[0], item[1], item[2]
            s = Svc(d, code, units, mods, **({"denied": item[3]} if len(item) > 3 else {}))
            out.append(proc(s, **kw) if kw else proc(s))
    return out


def weekdays(start: date, n: int, step: int = 2) -> list[date]:
    return [start + timedelta(days=step * i) for i in range(n)]


# ------------------------------------------------------------------------------------- table engine

@dataclass
class Col:
    head: str            # may hold "\n" for a two-line heading
    x: float             # left edge for 'l', right edge for 'r'
    align: str
    fn: object           # (svc, claim) -> str


@dataclass
class Spec:
    name: str
    layout: str
    producer: str
    font: str
    landscape: bool
    description: str
    cols: list
    printed: tuple
    size: float = 8.0
    row_h: float = 11.0
    top: float = 120.0
    bottom: float = 60.0
    units: bool = True
    modifiers: bool = True
    adj_mode: str = "none"      # none | full (amounts printed) | codes (codes only)
    adj_col: float | None = None  # x of stacked adjustments (extra adjustments on following text lines)
    desc_x: float | None = None   # second text line: description under the row at this x
    desc_w: float = 200
    long_desc: bool = False
    repeat_head: bool = True
    head_per_claim: bool = True
    remarks: bool = False
    rules: bool = False
    grid: bool = False
    end_dates: bool = False
    total_cols: dict = field(default_factory=dict)  # truth key -> column index for the claim total row
    total_label: str = "Claim total"
    furniture: object = None     # (doc, spec, pageno) -> None
    claim_head: object = None    # (doc, spec, claim, y, continued) -> y
    money_style: str = ","
    neg: str = "-"
    legend: list = field(default_factory=list)
    after: object = None         # (doc, spec, y, claims) -> None, end matter on the last page
    claim_ids_printed: bool = True
    min_rows_left: int = 3


def draw_colhead(doc: Doc, sp: Spec, y: float) -> float:
    nlines = max(c.head.count("\n") + 1 for c in sp.cols)
    hh = nlines * (sp.size + 1.5) + 3
    if sp.grid or sp.rules:
        doc.rect(sp.cols[0].x - 3, y - sp.size - 1, doc.W - 2 * (sp.cols[0].x - 3), hh, gray=0.85)
    for c in sp.cols:
        for i, part in enumerate(c.head.split("\n")):
            doc.text(c.x, y + i * (sp.size + 1.5), part, size=sp.size - 0.5, bold=True, align=c.align)
    y += hh
    if sp.rules:
        doc.line(sp.cols[0].x - 3, y - sp.size + 1, doc.W - sp.cols[0].x + 3, y - sp.size + 1, 0.8)
    return y + 2


def render(out: Path, sp: Spec, claims: list[Claim]) -> None:
    doc = Doc(out / sp.name, sp.producer, sp.font, sp.landscape, title=sp.layout)
    lines, ctruth = [], []
    pageno = 0

    def new_page() -> float:
        nonlocal pageno
        doc.new_page()
        pageno += 1
        sp.furniture(doc, sp, pageno)
        return sp.top

    y = new_page()
    if not sp.head_per_claim:
        y = draw_colhead(doc, sp, y)
    for ci, cl in enumerate(claims):
        need = 3 * sp.row_h + sp.size * 4
        if y + need > doc.H - sp.bottom:
            y = new_page()
            if not sp.head_per_claim:
                y = draw_colhead(doc, sp, y)
        y = sp.claim_head(doc, sp, cl, y, False)
        if sp.head_per_claim:
            y = draw_colhead(doc, sp, y)
        for s in cl.svcs:
            extra = 0
            dl = []
            if sp.desc_x is not None:
                text = LONG_DESC.get(s.code, s.desc) if sp.long_desc else s.desc
                dl = doc.wrap(text, sp.desc_w, sp.size - 0.5)
                extra = len(dl)
            stack = []
            if sp.adj_col is not None and sp.adj_mode == "full":
                stack = [f"{g}-{r} {money(a, '', '-')}" for g, r, a in s.adjs][1:]
                extra = max(extra, len(stack))
            if y + (1 + extra) * sp.row_h > doc.H - sp.bottom:
                y = new_page()
                if sp.repeat_head:
                    y = sp.claim_head(doc, sp, cl, y, True)
                    y = draw_colhead(doc, sp, y)
            page_of_row = pageno
            for c in sp.cols:
                doc.text(c.x, y, c.fn(s, cl), size=sp.size, bold=False, align=c.align)
            yy = y
            for i in range(extra):
                yy += sp.row_h
                if i < len(dl):
                    doc.text(sp.desc_x, yy, dl[i], size=sp.size - 0.5, bold=False)
                if i < len(stack):
                    doc.text(sp.adj_col, yy, stack[i], size=sp.size - 0.5, bold=False)
            if sp.grid:
                doc.line(sp.cols[0].x - 3, yy + 3, doc.W - sp.cols[0].x + 3, yy + 3, 0.3)
            y = yy + sp.row_h
            adjs = []
            if sp.adj_mode == "full":
                adjs = list(s.adjs)
            elif sp.adj_mode == "codes":
                adjs = [(g, r, None) for g, r, _ in s.adjs]
            row = truth_line(page_of_row, s, claim_id=cl.claim_id, payer_claim_id=cl.pcn, patient=cl.patient,
                             printed=sp.printed, service_end=s.end if sp.end_dates else None, units=sp.units,
                             modifiers=sp.modifiers, adjustments=adjs, remarks=s.remarks if sp.remarks else [],
                             description=getattr(sp, "desc_printed", False))
            cut = getattr(sp, "desc_cut", None)
            if cut and row["description"]:
                row["description"] = s.desc[:cut]
            lines.append(row)
        # claim total row
        tot = {k: total(cl.svcs, {"patient_owes": "owes"}.get(k, k)) for k in sp.total_cols}
        if sp.total_cols:
            if y + sp.row_h > doc.H - sp.bottom:
                y = new_page()
            if sp.rules or sp.grid:
                doc.line(sp.cols[0].x - 3, y - sp.size - 1, doc.W - sp.cols[0].x + 3, y - sp.size - 1, 0.6)
            doc.text(sp.cols[0].x, y, sp.total_label, size=sp.size, bold=True)
            for k, idx in sp.total_cols.items():
                c = sp.cols[idx]
                doc.text(c.x, y, money(tot[k], sp.money_style, sp.neg), size=sp.size, bold=True, align=c.align)
            y += sp.row_h
        y += sp.row_h * 0.8
        ctruth.append({"claim_id": cl.claim_id, "payer_claim_id": cl.pcn, "patient": cl.patient,
                       "totals": claim_totals(**{k: tot.get(k) for k in ("billed", "allowed", "paid", "patient_owes")})})
    if sp.after:
        if y + 90 > doc.H - sp.bottom:
            y = new_page()
        sp.after(doc, sp, y, claims)
    doc.save()
    write_truth(out / sp.name, sp.layout, sp.producer, pageno, sp.description, lines, ctruth, sp.legend)


def m(style=",", neg="-"):
    return lambda attr: (lambda s, c: money(getattr(s, attr), style, neg))


def footer(doc: Doc, text: str, pageno: int, fmt: str = "Page {n}") -> None:
    doc.text(36, doc.H - 28, text, size=6.5, bold=False)
    doc.text(doc.W - 36, doc.H - 28, fmt.format(n=pageno), size=7, bold=False, align="r")


def modj(s: Svc, sep: str) -> str:
    return sep.join((s.code,) + s.mods)


# ------------------------------------------------------------------------------------------ layouts

def L01(out: Path) -> None:
    """Commercial member EOB, family, reportlab Liberation Serif portrait."""
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    def c(s): return commercial(s, st)
    a = visits(weekdays(D(2026, 1, 6), 14, 2), [("97530", 2, ("GO",)), ("97535", 1, ("GO",)), ("97140", 1, ("GO", "59"))], c)
    for s in a:
        s.remarks = ["K2"] if s.deductible else ["K1"]
    b = visits([D(2026, 1, 9)], [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("0552T", 1, (), "PR")], c)
    for s in b:
        s.remarks = ["K4"] if s.denied else ["K1"]
    e = visits([D(2026, 1, 14), D(2026, 1, 21)], [("92507", 1, ("GN",))], c)
    for s in e:
        s.remarks = ["K3"]
    claims = [Claim("Harriet Quillon", "QPT-880141", "EB26-0113-70422", a, {"rel": "Daughter", "prov": "Ridgecrest Pediatric Therapy"}),
              Claim("Warren Quillon", "SRB-22093", "EB26-0120-11876", b, {"rel": "Self", "prov": "Stonebridge Physical Therapy"}),
              Claim("Ines Quillon", "HS-50477", "EB26-0127-30915", e, {"rel": "Spouse", "prov": "Harborside Speech Center"})]
    mm = m(",")

    def furn(doc, sp, n):
        doc.text(40, 46, "NORTHFIELD MUTUAL HEALTH PLAN", size=14, bold=True)
        doc.text(40, 60, "PO Box 7781, Carrow Falls, MN 55990    Member Services 1-800-555-0141", size=7.5, bold=False)
        doc.text(572, 46, "EXPLANATION OF BENEFITS", size=11, bold=True, align="r")
        doc.text(572, 60, "THIS IS NOT A BILL", size=8, bold=True, align="r")
        doc.text(40, 80, "Subscriber: Warren Quillon     Member ID: NMH 447019623     Group: Lakeshore Tool & Die 30021",
                 size=8, bold=False)
        doc.text(40, 92, "Statement date: 02/02/2026     Plan: Northfield Choice PPO", size=8, bold=False)
        doc.line(40, 100, 572, 100, 1)
        footer(doc, "Keep this notice for your records. Questions about a claim? Call the number above.", n,
               "Page {n}")

    def head(doc, sp, cl, y, cont):
        doc.rect(38, y - 9, 536, 24, gray=0.9)
        doc.text(42, y, f"Services for: {cl.patient} ({cl.head['rel']})" + ("  (continued)" if cont else ""), size=8.5, bold=True)
        doc.text(570, y, f"Claim #: {cl.pcn}", size=8, bold=False, align="r")
        doc.text(42, y + 11, f"Provider: {cl.head['prov']}", size=8, bold=False)
        doc.text(570, y + 11, f"Patient account #: {cl.claim_id}", size=8, bold=False, align="r")
        return y + 28

    cols = [Col("Service date", 40, "l", lambda s, c: dfmt(s.dos, "mdy4")),
            Col("Service", 88, "l", lambda s, c: modj(s, ":")),
            Col("Units", 160, "r", lambda s, c: units_str(s.units)),
            Col("Charges\nsubmitted", 206, "r", mm("billed")),
            Col("Amount not\nallowed", 250, "r", lambda s, c: money(s.discount + s.not_covered)),
            Col("Amount\nallowed", 292, "r", mm("allowed")),
            Col("Deductible", 340, "r", mm("deductible")),
            Col("Copay", 376, "r", mm("copay")),
            Col("Coinsurance", 428, "r", mm("coinsurance")),
            Col("Paid by\nplan", 468, "r", mm("paid")),
            Col("Your\nresponsibility", 528, "r", mm("owes")),
            Col("Remark", 540, "l", lambda s, c: ",".join(s.remarks))]
    sp = Spec("a01_commercial_member_eob_serif.pdf", "a01 commercial member EOB (family)", "reportlab", "LibSerif",
              False, "Commercial PPO member EOB for a family, Liberation Serif, claim bands, remark codes",
              cols, ("billed", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes"),
              size=7.5, row_h=10.5, top=118, furniture=furn, claim_head=head, remarks=True, rules=True,
              total_cols={"billed": 3, "allowed": 5, "paid": 9, "patient_owes": 10}, total_label="Claim totals",
              legend=[("K1", "The plan's contracted rate is lower than the charge; you are not billed the difference."),
                      ("K2", "Some of the allowed amount went toward your calendar-year deductible."),
                      ("K3", "Speech therapy visits are counted toward your yearly visit limit."),
                      ("K4", "Not a covered benefit under your plan; you may be billed for this service.")])

    def after(doc, sp, y, claims):
        doc.text(40, y + 6, "Remark codes", size=8.5, bold=True)
        for i, (k, t) in enumerate(sp.legend):
            doc.text(40, y + 18 + i * 10, f"{k}  {t}", size=7.5, bold=False)
    sp.after = after
    render(out, sp, claims)


def L02(out: Path) -> None:
    """Commercial member EOB, fpdf2 DejaVu Sans Mono landscape, older insurer print style."""
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.85"),
                   copay_codes={"99213": Decimal("35.00")})
    def c(s): return commercial(s, st, deny_reason="96")
    a = visits([D(2026, 1, 5)], [("99213", 1, ()), ("97760", 2, ("GO",)), ("L3807", 1, ("RT",))], c)
    b = visits(weekdays(D(2026, 1, 7), 9, 2), [("97110", 3, ("GP",)), ("97112", 1, ("GP",)), ("G0283", 1, ("GP",))], c)
    b[5] = commercial(Svc(b[5].dos, "G0283", 1, ("GP",), denied="CO"), st, deny_reason="96")
    e = visits([D(2026, 1, 12), D(2026, 1, 19)], [("97129", 2, ("GN",)), ("92507", 1, ("GN",))], c)
    for grp in (a, b, e):
        for s in grp:
            s.remarks = ["Z7"] if s.denied else (["D1"] if s.deductible else (["C5"] if s.copay else ["P2"]))
    claims = [Claim("ODALYS FENWICK", "48820931", "2601-77-004412", a, {"rel": "SPOUSE"}),
              Claim("MARCUS FENWICK", "48821177", "2601-77-009958", b, {"rel": "SON"}),
              Claim("PRISCA FENWICK", "48822003", "2602-77-000317", e, {"rel": "DAUGHTER"})]
    mm = m("")

    def furn(doc, sp, n):
        doc.text(36, 40, "GRANITE STATE BENEFIT ADMINISTRATORS, INC.", size=11, bold=True)
        doc.text(36, 52, "ADMINISTRATOR FOR: THE COOPER VALLEY SCHOOLS EMPLOYEE HEALTH TRUST", size=8, bold=False)
        doc.text(756, 40, "EXPLANATION OF BENEFITS", size=11, bold=True, align="r")
        doc.text(756, 52, "*** THIS IS NOT A BILL ***", size=8, bold=False, align="r")
        doc.text(36, 70, "EMPLOYEE: GREGOR FENWICK      SSN/ID: XXX-XX-6631      GROUP: CVS-0092      DATE: 02/02/26",
                 size=7.5, bold=False)
        doc.line(36, 76, 756, 76)
        footer(doc, "PAID AT = PERCENT OF THE COVERED AMOUNT PAID AFTER DEDUCTIBLE AND CO-PAY.  SEE REASON CODES ON LAST PAGE.", n,
               "PAGE {n}")

    def head(doc, sp, cl, y, cont):
        doc.text(36, y, f"PATIENT: {cl.patient:<18} RELATIONSHIP: {cl.head['rel']:<9} CLAIM NO: {cl.pcn}   "
                 f"PATIENT ACCT: {cl.claim_id}" + ("   CONTINUED" if cont else ""), size=7.5, bold=True)
        return y + 12

    def paidat(s, c):
        return "0%" if s.denied else ("100%" if s.copay or not s.coinsurance else "70%")
    cols = [Col("SERVICE\nDATE", 36, "l", lambda s, c: dfmt(s.dos, "mdy2")),
            Col("PROC", 84, "l", lambda s, c: s.code),
            Col("MOD", 120, "l", lambda s, c: " ".join(s.mods)),
            Col("NO.", 166, "r", lambda s, c: units_str(s.units)),
            Col("AMT\nCHARGED", 222, "r", mm("billed")),
            Col("PPO\nSAVINGS", 274, "r", mm("discount")),
            Col("NOT\nCOVERED", 326, "r", mm("not_covered")),
            Col("RSN", 336, "l", lambda s, c: ",".join(s.remarks)),
            Col("COVERED\nAMT", 410, "r", mm("allowed")),
            Col("DEDUCT", 460, "r", mm("deductible")),
            Col("CO-PAY", 508, "r", mm("copay")),
            Col("CO-INS", 556, "r", mm("coinsurance")),
            Col("PAID\nAT", 596, "r", paidat),
            Col("BENEFIT\nPAID", 650, "r", mm("paid")),
            Col("PATIENT\nOWES", 704, "r", mm("owes"))]
    sp = Spec("a02_commercial_eob_mono_landscape.pdf", "a02 commercial member EOB (TPA, monospace)", "fpdf2", "DjMono",
              True, "Self-funded plan EOB printed by a TPA, monospace landscape, PAID AT column, reason codes",
              cols, ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
                     "patient_owes"),
              size=7, row_h=10, top=92, bottom=50, furniture=furn, claim_head=head, remarks=True,
              total_cols={"billed": 4, "allowed": 8, "paid": 13, "patient_owes": 14}, total_label="CLAIM TOTAL",
              money_style="", legend=[("D1", "COVERED AMOUNT APPLIED TO THE CALENDAR YEAR DEDUCTIBLE."),
                                      ("C5", "OFFICE VISIT CO-PAY TAKEN; BALANCE PAID IN FULL."),
                                      ("P2", "PAID AT THE IN-NETWORK COINSURANCE LEVEL."),
                                      ("Z7", "SERVICE NOT PAYABLE WITH THE OTHER SERVICE BILLED THAT DAY; PROVIDER WRITE-OFF.")])

    def after(doc, sp, y, claims):
        doc.text(36, y + 6, "REASON CODES:", size=8, bold=True)
        for i, (k, t) in enumerate(sp.legend):
            doc.text(36, y + 18 + i * 10, f"{k} - {t}", size=7, bold=False)
    sp.after = after
    render(out, sp, claims)


def L03(out: Path) -> None:
    """Medicare Summary Notice, older per-line-date style, fpdf2 DejaVu Sans portrait."""
    st = PlanState(ded_left=Decimal("60.00"))
    def c(s): return medicare(s, st)
    a = visits(weekdays(D(2026, 1, 6), 3, 2), [("97110", 2, ("GP", "KX")), ("97140", 1, ("GP",))], c)
    b = visits([D(2026, 1, 13)], [("99213", 1, ()), ("G0283", 1, ("GP",)), ("0552T", 1, (), "PR")], c)
    e = visits(weekdays(D(2026, 1, 15), 4, 7), [("97530", 2, ("GO",)), ("97535", 1, ("GO", "CO"))], c)
    for grp in (a, b, e):
        for s in grp:
            s.remarks = ["c"] if s.denied else (["a", "b"] if s.deductible else ["a"])
    pat = "LORETTA M. PASCOE"
    claims = [Claim(pat, None, "26-00815-447-210", a, {"prov": "Eastfork Rehab Associates, 18 Mill Race Rd, Tolland Ridge, CT 06099", "ref": "Dr. Ames Korber"}),
              Claim(pat, None, "26-00822-019-604", b, {"prov": "Brookfall Family Medicine, 900 Kettle St, Tolland Ridge, CT 06099", "ref": None}),
              Claim(pat, None, "26-00907-551-038", e, {"prov": "Hand & Arm Therapy of Tolland, 5 Quarry Ln, Weston Flats, CT 06080", "ref": "Dr. Lena Ruvo"})]

    def furn(doc, sp, n):
        doc.text(40, 44, "MEDICARE SUMMARY NOTICE", size=14, bold=True)
        doc.text(40, 58, "An important notice about your Medicare claims for services from January 1 - 31, 2026", size=7.5, bold=False)
        doc.text(572, 44, "Page " + str(n), size=8, bold=False, align="r")
        if n == 1:
            doc.rect(40, 70, 250, 48)
            doc.text(46, 82, "LORETTA M. PASCOE", size=8, bold=True)
            doc.text(46, 93, "77 ORCHARD VIEW TER", size=8, bold=False)
            doc.text(46, 104, "WESTON FLATS CT 06080-1142", size=8, bold=False)
            doc.text(320, 82, "Medicare Number: 5QT2-HM4-XR81", size=8, bold=False)
            doc.text(320, 93, "Date of this notice: February 2, 2026", size=8, bold=False)
            doc.text(320, 104, "Need help? 1-800-555-0199 (TTY 1-877-555-0142)", size=8, bold=False)
            doc.text(40, 136, "PART B MEDICAL INSURANCE - ASSIGNED CLAIMS", size=10, bold=True)
        else:
            doc.text(40, 76, "LORETTA M. PASCOE   Medicare Number: 5QT2-HM4-XR81", size=8, bold=False)
            doc.text(40, 92, "PART B MEDICAL INSURANCE - ASSIGNED CLAIMS (continued)", size=10, bold=True)
        footer(doc, "THIS IS NOT A BILL - Keep this notice for your records.", n, "")
        sp.top = 156 if n == 1 else 112

    def head(doc, sp, cl, y, cont):
        doc.text(40, y, f"Claim number {cl.pcn}" + ("  (continued)" if cont else ""), size=8, bold=True)
        doc.text(40, y + 10, cl.head["prov"], size=7.5, bold=False)
        if cl.head["ref"]:
            doc.text(40, y + 20, f"Referred by: {cl.head['ref']}", size=7.5, bold=False)
            return y + 34
        return y + 24

    mm = m("$")
    cols = [Col("Dates of\nService", 40, "l", lambda s, c: dfmt(s.dos, "mdy2")),
            Col("Services Provided", 86, "l", lambda s, c: f"{units_str(s.units)} {s.desc} ({modj(s, '-')})"),
            Col("Amount\nCharged", 382, "r", mm("billed")),
            Col("Medicare\nApproved", 430, "r", mm("allowed")),
            Col("Medicare\nPaid Provider", 488, "r", mm("paid")),
            Col("You May Be\nBilled", 536, "r", mm("owes")),
            Col("See Notes\nSection", 542, "l", lambda s, c: ",".join(s.remarks))]
    sp = Spec("a03_medicare_summary_notice_classic.pdf", "a03 Medicare Summary Notice (classic)", "fpdf2", "DjSans",
              False, "Medicare Summary Notice in the older per-line date style, number of services before the wording",
              cols, ("billed", "allowed", "paid", "patient_owes"), size=7, row_h=11, furniture=furn,
              claim_head=head, remarks=True, claim_ids_printed=False,
              total_cols={"billed": 2, "allowed": 3, "paid": 4, "patient_owes": 5}, total_label="Claim Total",
              legend=[("a", "This information is being sent to your private insurer(s); send them any bills they request."),
                      ("b", "This approved amount has been applied toward your deductible."),
                      ("c", "Medicare does not pay for this item or service; you may be billed.")])

    def after(doc, sp, y, claims):
        doc.text(40, y + 6, "Notes Section:", size=9, bold=True)
        for i, (k, t) in enumerate(sp.legend):
            doc.text(40, y + 18 + i * 10, f"{k}  {t}", size=7.5, bold=False)
        doc.text(40, y + 56, "Deductible Information: You have now met $257.00 of your $257.00 Part B deductible for 2026.",
                 size=7.5, bold=False)
    sp.after = after
    render(out, sp, claims)


def L04(out: Path) -> None:
    """Medicare Advantage member EOB, reportlab Liberation Sans landscape with a left sidebar."""
    st = PlanState(visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.70"))
    def c(s): return commercial(s, st, deny_reason="B7")
    a = visits(weekdays(D(2026, 1, 5), 10, 2), [("97110", 2, ("GP",)), ("97112", 1, ("GP",)), ("97116", 1, ("GP", "CQ"))], c)
    b = visits([D(2026, 1, 20)], [("97163", 1, ("GP",)), ("L3807", 1, ("LT",), "CO")], c)
    for grp in (a, b):
        for s in grp:
            s.remarks = ["4"] if s.denied else (["1"] if s.copay else ["2"])
    pat = "Bertram Oyelaran"
    claims = [Claim(pat, "ORX-3309127", "MA26011900458", a, {"prov": "Cedar Pointe Outpatient Rehab"}),
              Claim(pat, "ORX-3309540", "MA26012300913", b, {"prov": "Cedar Pointe Outpatient Rehab"})]
    mm = m("$")

    def furn(doc, sp, n):
        doc.rect(0, 0, 168, doc.H, gray=0.92)
        doc.text(16, 44, "SilverCove Advantage", size=12, bold=True)
        doc.text(16, 58, "(HMO-POS)", size=9, bold=False)
        doc.text(16, 90, "Member: Bertram Oyelaran", size=7.5, bold=False)
        doc.text(16, 101, "Member ID: SCA-881-40263", size=7.5, bold=False)
        doc.text(16, 112, "Period: Jan 1 - Jan 31, 2026", size=7.5, bold=False)
        if n == 1:
            doc.text(16, 140, "Your out-of-pocket", size=8.5, bold=True)
            doc.text(16, 152, "maximum for 2026: $4,900.00", size=7.5, bold=False)
            doc.text(16, 170, "Questions? 1-866-555-0173", size=7.5, bold=False)
            doc.text(16, 181, "8 am - 8 pm, 7 days a week", size=7.5, bold=False)
        doc.text(184, 44, "Your Explanation of Benefits (EOB)", size=13, bold=True)
        doc.text(184, 58, "This is not a bill. It explains what the plan paid for services you received.", size=8, bold=False)
        doc.text(760, 44, f"Page {n}", size=8, bold=False, align="r")
        doc.line(184, 66, 760, 66, 0.8)
        doc.text(184, doc.H - 28, "SilverCove Advantage is an HMO-POS plan with a Medicare contract. H9901_EOB26_M", size=6.5, bold=False)

    def head(doc, sp, cl, y, cont):
        doc.text(184, y, f"Claim number {cl.pcn}" + (" (continued)" if cont else ""), size=9, bold=True)
        doc.text(400, y, f"Provider: {cl.head['prov']}", size=8, bold=False)
        doc.text(184, y + 11, f"Provider's reference no. {cl.claim_id}      Received Jan 28, 2026      Processed Jan 30, 2026",
                 size=7.5, bold=False)
        return y + 26

    cols = [Col("Service date", 184, "l", lambda s, c: dfmt(s.dos, "mon")),
            Col("Service (code)", 250, "l", lambda s, c: f"{s.desc} ({' '.join((s.code,) + s.mods)})"),
            Col("Units", 520, "r", lambda s, c: units_str(s.units)),
            Col("Amount the\nprovider billed", 580, "r", mm("billed")),
            Col("Total cost\n(plan-approved)", 638, "r", mm("allowed")),
            Col("Plan's\nshare", 684, "r", mm("paid")),
            Col("Your\nshare", 728, "r", mm("owes")),
            Col("Note", 738, "l", lambda s, c: ",".join(s.remarks))]
    sp = Spec("a04_medicare_advantage_eob_sidebar.pdf", "a04 Medicare Advantage member EOB", "reportlab", "LibSans",
              True, "Medicare Advantage HMO-POS member EOB, shaded left sidebar, per-visit copay, a non-covered orthosis",
              cols, ("billed", "allowed", "paid", "patient_owes"), size=7.5, row_h=11, top=88, bottom=50,
              furniture=furn, claim_head=head, remarks=True, rules=True,
              total_cols={"billed": 3, "allowed": 4, "paid": 5, "patient_owes": 6}, total_label="Total for this claim",
              legend=[("1", "Your plan's copay for an outpatient therapy visit, charged once per visit day."),
                      ("2", "No copay applies to the remaining services that day."),
                      ("4", "The plan does not cover this item; the provider cannot bill you for it.")])
    sp.desc_printed = True

    def after(doc, sp, y, claims):
        doc.text(184, y + 6, "Notes", size=9, bold=True)
        for i, (k, t) in enumerate(sp.legend):
            doc.text(184, y + 18 + i * 10, f"{k}  {t}", size=7.5, bold=False)
    sp.after = after
    render(out, sp, claims)


def L05(out: Path) -> None:
    """State Medicaid remittance advice, reportlab Liberation Mono portrait."""
    a = [medicaid(s) for s in [Svc(d, "92507", 1, ("GN",)) for d in weekdays(D(2026, 1, 5), 4, 7)]]
    b = [medicaid(s) for s in [Svc(D(2026, 1, 8), "97167", 1, ("GO",)), Svc(D(2026, 1, 8), "97530", 2, ("GO",)),
                               Svc(D(2026, 1, 8), "97150", 1, ("GO",), denied="CO")]]
    b[2] = medicaid(Svc(D(2026, 1, 8), "97150", 1, ("GO",), denied="CO"), deny_reason="97")
    big = [medicaid(Svc(d, cd, u, md)) for d in weekdays(D(2026, 1, 6), 24, 1)
           for cd, u, md in (("97530", 2, ("GO",)), ("97112", 1, ("GO", "59")), ("97535", 1, ("GO",)))]
    orig = [medicaid(Svc(D(2025, 12, 15), "92523", 1, ("GN",)))]
    void = [negate(orig[0])]
    for grp in (a, b, big, void):
        for s in grp:
            s.remarks = ["0112"] if s.denied else (["9921"] if s.billed < 0 else ["0001"])
    claims = [Claim("TALLEY, JUNIPER", "TJ0105", "2026012000048813", a, {"mid": "710448829", "sec": "PAID CLAIMS"}),
              Claim("ARCENEAUX, REMY", "AR0108", "2026012000049127", b, {"mid": "710339054", "sec": "PAID CLAIMS"}),
              Claim("BOUDREAU, CELESTINE", "BC0106", "2026012000051460", big, {"mid": "710772615", "sec": "PAID CLAIMS"}),
              Claim("TALLEY, JUNIPER", "TJ1215", "2026012500003391", void, {"mid": "710448829", "sec": "ADJUSTMENTS - VOIDED CLAIMS"})]

    def furn(doc, sp, n):
        doc.text(36, 36, "DEPARTMENT OF HEALTH AND FAMILY SERVICES - MEDICAL ASSISTANCE PROGRAM", size=8, bold=True)
        doc.text(36, 46, "REMITTANCE ADVICE                    RA NUMBER: 0418832     RUN DATE: 01/30/26", size=7.5, bold=False)
        doc.text(36, 56, "PAYEE: BAYOU KIDS THERAPY LLC   NPI: 1902846631   PROVIDER NO: 0044187", size=7.5, bold=False)
        doc.text(576, 36, f"PAGE {n:>4}", size=7.5, bold=False, align="r")
        doc.line(36, 62, 576, 62)
        footer(doc, "EOB CODE DESCRIPTIONS APPEAR ON THE SUMMARY PAGE. CLAIM ADJUSTMENT CODES SHOWN AS GRP-RSN AMOUNT.", n, "")

    last = {"sec": None}

    def head(doc, sp, cl, y, cont):
        if cl.head["sec"] != last["sec"] and not cont:
            last["sec"] = cl.head["sec"]
            doc.text(36, y, f"*** {cl.head['sec']} ***", size=8, bold=True)
            y += 13
        doc.text(36, y, f"RECIPIENT: {cl.patient:<20} MEDICAID ID: {cl.head['mid']}  ICN: {cl.pcn}  PAT ACCT: {cl.claim_id}"
                 + (" (CONT)" if cont else ""), size=6.8, bold=False)
        return y + 11

    cols = [Col("LN", 36, "l", lambda s, c: f"{c.svcs.index(s) + 1:02d}"),
            Col("SVC DATE", 52, "l", lambda s, c: dfmt(s.dos, "mdy2")),
            Col("PROC", 96, "l", lambda s, c: s.code),
            Col("M1", 126, "l", lambda s, c: s.mods[0] if s.mods else ""),
            Col("M2", 142, "l", lambda s, c: s.mods[1] if len(s.mods) > 1 else ""),
            Col("QTY", 178, "r", lambda s, c: f"{s.units:.2f}"),
            Col("BILLED", 228, "r", lambda s, c: money(s.billed, ",", "trail")),
            Col("ALLOWED", 276, "r", lambda s, c: money(s.allowed, ",", "trail")),
            Col("PAID", 322, "r", lambda s, c: money(s.paid, ",", "trail")),
            Col("ADJ GRP-RSN AMOUNT", 334, "l", lambda s, c: (f"{s.adjs[0][0]}-{s.adjs[0][1]} {money(s.adjs[0][2], '', 'trail')}" if s.adjs else "")),
            Col("EOB", 450, "l", lambda s, c: " ".join(s.remarks))]
    sp = Spec("a05_medicaid_ra_mono.pdf", "a05 state Medicaid remittance advice", "reportlab", "LibMono", False,
              "State Medicaid RA, Liberation Mono, paid / voided sections, QTY 2.00, trailing-minus void, long claim continued",
              cols, ("billed", "allowed", "paid"), size=6.8, row_h=9.5, top=76, bottom=46, furniture=furn,
              claim_head=head, remarks=True, adj_mode="full", adj_col=334, head_per_claim=False, neg="trail",
              total_cols={"billed": 6, "allowed": 7, "paid": 8}, total_label="CLAIM TOTALS",
              legend=[("0001", "PAID AT THE LESSER OF BILLED CHARGE OR PROGRAM MAXIMUM."),
                      ("0112", "SERVICE INCLUDED IN ANOTHER SERVICE PAID FOR THE SAME DATE."),
                      ("9921", "CLAIM VOIDED AT PROVIDER REQUEST; PAYMENT RECOVERED.")])

    def after(doc, sp, y, claims):
        doc.text(36, y + 6, "EOB CODE SUMMARY", size=8, bold=True)
        for i, (k, t) in enumerate(sp.legend):
            doc.text(36, y + 17 + i * 9.5, f"{k}  {t}", size=6.8, bold=False)
    sp.after = after
    render(out, sp, claims)


def L06(out: Path) -> None:
    """Medicaid managed-care RA, fpdf2 DejaVu Sans Condensed landscape, gridded, TPL column, date spans."""
    def mc(s, tpl=ZERO):
        medicaid(s)
        if tpl and not s.denied:
            s.paid = s.allowed - tpl
            s.tpl = tpl
            s.adjs.append(("OA", "23", tpl))
        return s
    a = []
    for d in weekdays(D(2026, 1, 5), 3, 7):
        s = Svc(d, "97530", 8, ("GO",), end=d + timedelta(days=4))
        a.append(mc(s))
    b = [mc(Svc(D(2026, 1, 9), "92523", 1, ("GN",)), Decimal("60.00")),
         mc(Svc(D(2026, 1, 16), "92507", 1, ("GN",)), Decimal("25.00")),
         mc(Svc(D(2026, 1, 23), "92507", 1, ("GN",)), Decimal("25.00"))]
    e = [mc(Svc(D(2026, 1, 12), "97166", 1, ("GO",))), mc(Svc(D(2026, 1, 12), "97760", 1, ("GO",))),
         medicaid(Svc(D(2026, 1, 12), "0552T", 1, (), denied="CO"), deny_reason="96")]
    for grp in (a, b, e):
        for s in grp:
            s.remarks = ["N130"] if s.denied else (["MA04"] if getattr(s, "tpl", None) else [])
    claims = [Claim("Quintero, Amaya", "PC-77120", "H2601500088", a, {"mid": "CX40991273"}),
              Claim("Quintero, Dario", "PC-77134", "H2601500091", b, {"mid": "CX40991281"}),
              Claim("Whitlock, Sunniva", "PC-77201", "H2601700230", e, {"mid": "CX51330067"})]

    def furn(doc, sp, n):
        doc.rect(36, 30, 720, 44, gray=0.88)
        doc.text(44, 46, "Lakeland Community Health Plan  -  Medicaid Managed Care", size=12, bold=True)
        doc.text(44, 60, "Provider Remittance Advice     Check/EFT No. 00913377     Paid Date 01/29/2026", size=8, bold=False)
        doc.text(748, 46, "Payee: Kidsbridge Therapy Partners", size=8, bold=False, align="r")
        doc.text(748, 60, "TIN 84-4410932   NPI 1336019284", size=8, bold=False, align="r")
        footer(doc, "OA-23 = amount paid by the member's other insurance (TPL). Questions: Provider Services 1-855-555-0116.", n,
               "Page {n}")

    def head(doc, sp, cl, y, cont):
        doc.rect(36, y - 9, 720, 12)
        doc.text(40, y, f"Member: {cl.patient}    Member ID: {cl.head['mid']}    Claim No.: {cl.pcn}    "
                 f"Patient Control No.: {cl.claim_id}    Status: Paid", size=7.5, bold=True)
        return y + 15

    mm = m(",")
    cols = [Col("Ln", 40, "l", lambda s, c: str(c.svcs.index(s) + 1)),
            Col("From", 58, "l", lambda s, c: dfmt(s.dos, "mdy4")),
            Col("To", 106, "l", lambda s, c: dfmt(s.end or s.dos, "mdy4")),
            Col("Proc", 156, "l", lambda s, c: s.code),
            Col("Mod", 188, "l", lambda s, c: ",".join(s.mods)),
            Col("Qty", 236, "r", lambda s, c: units_str(s.units)),
            Col("Billed", 290, "r", mm("billed")),
            Col("Allowed", 340, "r", mm("allowed")),
            Col("TPL", 386, "r", lambda s, c: money(getattr(s, "tpl", ZERO))),
            Col("Paid", 434, "r", mm("paid")),
            Col("Adj Codes", 446, "l", lambda s, c: " ".join(f"{g}-{r}" for g, r, _ in s.adjs)),
            Col("Remark", 530, "l", lambda s, c: " ".join(s.remarks)),
            Col("Description", 572, "l", lambda s, c: s.desc[:34])]
    sp = Spec("a06_medicaid_mco_ra_grid.pdf", "a06 Medicaid managed-care remittance advice", "fpdf2", "DjCond", True,
              "Medicaid MCO RA, gridded rows, From/To spans, TPL column, adjustment codes without amounts",
              cols, ("billed", "allowed", "paid"), size=7, row_h=12, top=96, bottom=50, furniture=furn,
              claim_head=head, remarks=True, adj_mode="codes", grid=True, end_dates=True,
              total_cols={"billed": 6, "allowed": 7, "paid": 9}, total_label="Claim Total",
              legend=[("N130", "Check the program's coverage policy for this service."),
                      ("MA04", "Other coverage paid first; this is the secondary payment.")])
    sp.desc_printed = True
    # the description cell is cut to 34 characters
    sp.desc_cut = 34
    render(out, sp, claims)


def L07(out: Path) -> None:
    """Clearinghouse Medicare remittance detail, reportlab Liberation Sans Narrow landscape, stacked adjustments."""
    st = PlanState(ded_left=Decimal("40.00"))
    def c(s): return medicare(s, st)
    a = visits(weekdays(D(2026, 1, 5), 9, 2), [("97110", 2, ("GP", "KX")), ("97140", 1, ("GP", "59"))], c)
    b = visits([D(2026, 1, 7)], [("97168", 1, ("GO",)), ("97530", 2, ("GO",)), ("97760", 1, ("GO",), "CO")], c)
    claims = [Claim("VANTERPOOL, ELSIE", "ELV-20419", "22026012441870", a, {"hic": "7RK4-TW2-MN50"}),
              Claim("MCCRAY, ODELL", "ODM-20477", "22026012441902", b, {"hic": "2FA9-QE1-HJ77"})]

    def furn(doc, sp, n):
        doc.text(36, 40, "ClearPath Exchange  |  Remittance Advice Detail", size=12, bold=True)
        doc.text(36, 54, "Payer: Medicare Part B - Jurisdiction 15 (contractor 15202)   Payee: Maple Hollow Therapy Center   NPI 1558203391",
                 size=7.5, bold=False)
        doc.text(36, 64, "Trace/EFT #: 1EFT2601290044   Payment Date: 01/29/2026   Production Date: 01/27/2026", size=7.5, bold=False)
        doc.text(756, 40, f"Page {n}", size=8, bold=False, align="r")
        footer(doc, "Printed from an electronic 835 by ClearPath Exchange. Group codes: CO contractual, PR patient responsibility, OA other.", n, "")

    def head(doc, sp, cl, y, cont):
        doc.rect(34, y - 9, 724, 24)
        doc.text(38, y, f"Pt Name: {cl.patient}    Medicare ID: {cl.head['hic']}    Patient Control #: {cl.claim_id}"
                 + ("    (continued)" if cont else ""), size=7.5, bold=True)
        doc.text(38, y + 11, f"Payer Claim Control #: {cl.pcn}    Claim Status: 1 - Processed as Primary    MOA: MA01", size=7.5, bold=False)
        return y + 28

    mm = m(",")
    cols = [Col("Line Ctrl #", 38, "l", lambda s, c: f"{c.claim_id[-5:]}-{c.svcs.index(s) + 1:02d}"),
            Col("DOS", 92, "l", lambda s, c: dfmt(s.dos, "mdyn")),
            Col("Proc / Mods", 140, "l", lambda s, c: " ".join((s.code,) + s.mods)),
            Col("Units", 228, "r", lambda s, c: units_str(s.units)),
            Col("Submitted", 286, "r", mm("billed")),
            Col("Allowed", 336, "r", mm("allowed")),
            Col("Deductible", 390, "r", mm("deductible")),
            Col("Coinsurance", 446, "r", mm("coinsurance")),
            Col("Adjustments", 470, "l", lambda s, c: (f"{s.adjs[0][0]}-{s.adjs[0][1]} {money(s.adjs[0][2], '', '-')}" if s.adjs else "")),
            Col("Remarks", 560, "l", lambda s, c: " ".join(s.remarks)),
            Col("Paid", 650, "r", mm("paid"))]
    for s in a + b:
        s.remarks = ["N130"] if s.denied else []
    sp = Spec("a07_clearinghouse_medicare_remit_narrow.pdf", "a07 clearinghouse Medicare remittance detail", "reportlab",
              "LibNarrow", True, "Clearinghouse print of a Medicare Part B 835, boxed claim heads, adjustments stacked one per text line",
              cols, ("billed", "allowed", "deductible", "coinsurance", "paid"), size=7.5, row_h=10.5, top=84, bottom=46,
              furniture=furn, claim_head=head, remarks=True, adj_mode="full", adj_col=470, rules=True,
              total_cols={"billed": 4, "allowed": 5, "paid": 10}, total_label="Claim Totals")
    render(out, sp, claims)


def L08(out: Path) -> None:
    """Practice-management payment posting report of a Medicare remit, fpdf2 core Courier portrait."""
    st = PlanState(ded_left=ZERO)
    def c(s): return medicare(s, st)
    groups = [("GALLOWAY, NEVA", "100482", "22026012900715", [("97161", 1, ("GP",)), ("97110", 2, ("GP",))], [D(2026, 1, 6)]),
              ("SZABO, LUDWIK", "100517", "22026012900722", [("92507", 1, ("GN",))], weekdays(D(2026, 1, 5), 4, 7)),
              ("ONYEKWERE, ADA", "100533", "22026012900746", [("97530", 2, ("GO",)), ("97535", 1, ("GO",))], weekdays(D(2026, 1, 8), 3, 7))]
    claims = [Claim(p, acct, icn, visits(days, plan, c)) for p, acct, icn, plan, days in groups]

    def furn(doc, sp, n):
        doc.text(36, 36, "TIDEWATER REHAB SERVICES - PRACTICE OFFICE", size=9, bold=True)
        doc.text(36, 47, "INSURANCE PAYMENT POSTING REPORT      BATCH 26-0131-02      POSTED BY: KLM", size=8, bold=False)
        doc.text(36, 58, "CARRIER: MEDICARE PART B   CHECK/EFT: 886420117   DEPOSIT 01/31/2026", size=8, bold=False)
        doc.text(576, 36, f"PAGE {n}", size=8, bold=False, align="r")
        doc.line(36, 64, 576, 64)
        footer(doc, "COLUMN HEADINGS CARRY THE ADJUSTMENT GROUP AND REASON CODE POSTED.", n, "")

    def head(doc, sp, cl, y, cont):
        doc.text(36, y, f"ACCT# {cl.claim_id}  PT: {cl.patient}  ICN: {cl.pcn}", size=7.5, bold=True)
        return y + 11

    mm = m("")
    cols = [Col("DOS", 36, "l", lambda s, c: dfmt(s.dos, "mdy6")),
            Col("CPT", 80, "l", lambda s, c: s.code),
            Col("MOD", 116, "l", lambda s, c: "/".join(s.mods)),
            Col("UN", 160, "r", lambda s, c: units_str(s.units)),
            Col("CHARGE", 210, "r", mm("billed")),
            Col("ALLOWED", 256, "r", mm("allowed")),
            Col("CO45", 302, "r", mm("discount")),
            Col("PR1", 342, "r", mm("deductible")),
            Col("PR2", 386, "r", mm("coinsurance")),
            Col("CO253", 430, "r", mm("seq")),
            Col("PAID", 480, "r", mm("paid")),
            Col("PT BAL", 530, "r", mm("owes"))]
    sp = Spec("a08_pm_posting_report_courier.pdf", "a08 practice-management Medicare payment posting report", "fpdf2",
              "Courier", False, "PM-system posting report of a Medicare remit, core Courier, adjustment codes carried in the column heads",
              cols, ("billed", "allowed", "discount", "deductible", "coinsurance", "paid", "patient_owes"), size=7.2,
              row_h=10, top=80, bottom=46, furniture=furn, claim_head=head, adj_mode="full", head_per_claim=False,
              total_cols={"billed": 4, "allowed": 5, "paid": 10, "patient_owes": 11}, total_label="ACCT TOTAL",
              money_style="")
    sp.adj_heads = True
    render(out, sp, claims)


def L09(out: Path) -> None:
    """Therapy clinic family statement, reportlab core Helvetica portrait, two-column top."""
    st = PlanState(allowed_rate=Decimal("0.80"), coins_rate=Decimal("0.10"), ded_left=Decimal("75.00"))
    def c(s): return commercial(s, st)
    fam = [("Nico Ashworth-Bell", "INV 60231", "BCX-2601-88412", weekdays(D(2026, 1, 5), 14, 2),
            [("97530", 2, ("GO",)), ("97112", 1, ("GO",)), ("97535", 1, ("GO",))]),
           ("Talia Ashworth-Bell", "INV 60248", "BCX-2601-90077", [D(2026, 1, 7), D(2026, 1, 14), D(2026, 1, 21)],
            [("92507", 1, ("GN",))]),
           ("Nico Ashworth-Bell", "INV 60302", "BCX-2602-01155", [D(2026, 1, 26)], [("97168", 1, ("GO",)), ("97530", 2, ("GO",))])]
    claims = [Claim(p, inv, cn, visits(days, plan, c)) for p, inv, cn, days, plan in fam]

    def furn(doc, sp, n):
        doc.text(40, 44, "Little Harbor Therapy Clinic", size=14, bold=True)
        doc.text(40, 57, "2210 Wharf Street, Suite 4, Port Ellery, ME 04099   (207) 555-0188", size=7.5, bold=False)
        if n == 1:
            doc.text(40, 82, "Statement for:", size=8, bold=True)
            doc.text(40, 93, "Corinne Ashworth-Bell (guarantor)", size=8, bold=False)
            doc.text(40, 104, "14 Gull Rock Rd, Port Ellery, ME 04099", size=8, bold=False)
            doc.rect(350, 70, 222, 48)
            doc.text(358, 82, "Guarantor account: 40-11873", size=8, bold=False)
            doc.text(358, 93, "Statement date: 02/02/2026", size=8, bold=False)
            doc.text(358, 104, "Please pay by: 02/27/2026", size=8, bold=False)
            sp.top = 140
        else:
            doc.text(40, 82, "Guarantor account 40-11873 (continued)", size=8, bold=False)
            sp.top = 100
        footer(doc, "Insurance: Bayline Commercial Health. We bill your insurance first; the balance shown is your share.", n,
               "Page {n}")

    def head(doc, sp, cl, y, cont):
        doc.text(40, y, f"{cl.claim_id} - Patient: {cl.patient} - billed to Bayline Commercial Health, claim {cl.pcn}",
                 size=7.8, bold=True)
        return y + 12

    cols = [Col("Date", 40, "l", lambda s, c: dfmt(s.dos, "mdy2")),
            Col("Code", 80, "l", lambda s, c: s.code),
            Col("Mod", 112, "l", lambda s, c: " ".join(s.mods)),
            Col("Description", 136, "l", lambda s, c: s.desc),
            Col("Units", 316, "r", lambda s, c: units_str(s.units)),
            Col("Charge", 364, "r", lambda s, c: money(s.billed, "$")),
            Col("Insurance\nPaid", 420, "r", lambda s, c: money(s.paid, "$")),
            Col("Contractual\nAdjustment", 480, "r", lambda s, c: money(s.discount, "$")),
            Col("Your\nBalance", 540, "r", lambda s, c: money(s.owes, "$"))]
    sp = Spec("a09_therapy_family_statement_helvetica.pdf", "a09 therapy clinic family statement", "reportlab", "Helvetica",
              False, "Outpatient therapy clinic statement to a guarantor, invoice heading rows, credits in parentheses",
              cols, ("billed", "paid", "discount", "patient_owes"), size=7.5, row_h=11, top=140, bottom=56,
              furniture=furn, claim_head=head, repeat_head=False, rules=True, head_per_claim=False,
              total_cols={"billed": 5, "patient_owes": 8}, total_label="Invoice total")
    sp.desc_printed = True
    render(out, sp, claims)


def L10(out: Path) -> None:
    """Hospital itemized statement, fpdf2 DejaVu Serif portrait, charges only per line."""
    fam = [("Rosalind Achterberg", "HA 7730441", "ZR260119551", [D(2026, 1, 8)],
            [("97163", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("G0283", 1, ("GP",))]),
           ("Milo Achterberg", "HA 7730562", "ZR260122904", weekdays(D(2026, 1, 9), 5, 4),
            [("92507", 1, ("GN",)), ("97129", 1, ("GN",))]),
           ("Milo Achterberg", "HA 7731008", "ZR260130117", [D(2026, 1, 28)], [("99213", 1, ("25",)), ("97760", 1, ("GO",)), ("L3807", 1, ("RT",))])]
    claims = [Claim(p, acct, cn, [Svc(d, cd, u, md) for d in days for cd, u, md in plan]) for p, acct, cn, days, plan in fam]
    REV = {"97163": "0424", "97110": "0420", "97140": "0420", "G0283": "0420", "92507": "0440", "97129": "0440",
           "99213": "0510", "97760": "0430", "L3807": "0274"}

    def furn(doc, sp, n):
        doc.rect(36, 30, 540, 40, gray=0.9)
        doc.text(44, 46, "St. Brennan Valley Hospital", size=13, bold=True)
        doc.text(44, 60, "Patient Financial Services - 400 Linden Parkway, Marrow Bend, OH 45090", size=7.5, bold=False)
        doc.text(568, 46, "ITEMIZED STATEMENT", size=10, bold=True, align="r")
        doc.text(568, 60, f"Page {n}", size=7.5, bold=False, align="r")
        doc.text(40, 86, "Guarantor: Pieter Achterberg     Statement date: 02/02/2026     Guarantor no. G-551902", size=8, bold=False)
        footer(doc, "Financial assistance is available. Call (513) 555-0163 or visit the cashier's office.", n, "")

    def head(doc, sp, cl, y, cont):
        doc.line(38, y - 10, 574, y - 10, 0.8)
        doc.text(40, y, f"Account {cl.claim_id}   Patient: {cl.patient}   Outpatient Rehabilitation", size=8, bold=True)
        doc.text(40, y + 11, f"Primary insurance: Ohio Valley Health Plan   Claim {cl.pcn}", size=7.5, bold=False)
        return y + 25

    def after_claim_lines(cl):
        pass

    cols = [Col("Service Date", 40, "l", lambda s, c: dfmt(s.dos, "mdy4")),
            Col("Rev", 100, "l", lambda s, c: REV[s.code]),
            Col("Description", 130, "l", lambda s, c: s.desc[:40]),
            Col("CPT/HCPCS", 380, "l", lambda s, c: s.code),
            Col("Mod", 434, "l", lambda s, c: " ".join(s.mods)),
            Col("Qty", 490, "r", lambda s, c: units_str(s.units)),
            Col("Charges", 570, "r", lambda s, c: money(s.billed, ","))]
    sp = Spec("a10_hospital_itemized_statement_serif.pdf", "a10 hospital itemized statement (family)", "fpdf2", "DjSerif",
              False, "Hospital outpatient itemized statement to a guarantor, per-account bands, revenue codes, charges only",
              cols, ("billed",), size=7.3, row_h=11, top=110, bottom=50, furniture=furn, claim_head=head,
              head_per_claim=True, repeat_head=True, total_cols={"billed": 6}, total_label="Total charges")
    sp.desc_printed = True
    sp.desc_cut = 40
    render(out, sp, claims)


LAYOUTS = [L01, L02, L03, L04, L05, L06, L07, L08, L09, L10]


# ------------------------------------------------------------------------------------------- check

def _amt_forms(v: str) -> list[str]:
    d = Decimal(v)
    a = abs(d)
    return [f"{a:,.2f}", f"{a:.2f}"]


DATE_STYLES = ("mdy2", "mdy4", "mdy6", "mon", "mdyn")


def check(out: Path) -> list[str]:
    import pdfplumber
    errs = []
    for f in sorted(out.glob("*.pdf")):
        t = json.loads(Path(str(f) + ".truth.json").read_text())
        with pdfplumber.open(f) as pdf:
            pages = [p.extract_text() or "" for p in pdf.pages]
        if len(pages) != t["pages"]:
            errs.append(f"{f.name}: pages {len(pages)} != {t['pages']}")
        alltext = "\n".join(pages)
        for i, ln in enumerate(t["lines"]):
            page = pages[ln["page"] - 1]
            toks = []
            if ln["code"]:
                toks.append(ln["code"])
            toks += ln["modifiers"]
            amts = [ln[k] for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                                    "not_covered", "discount") if ln[k] is not None]
            ok_line = None
            for tl in page.splitlines():
                d0 = date.fromisoformat(ln["service_date"])
                if all(x in tl for x in toks) and all(any(fm in tl for fm in _amt_forms(a)) for a in amts) and \
                        any(dfmt(d0, s) in tl for s in DATE_STYLES):
                    if ln["units"] is None or re.search(r"(?<![\d.])" + re.escape(ln["units"]) + r"(\.0+)?(?![\d])", tl):
                        ok_line = tl
                        break
            if ok_line is None:
                errs.append(f"{f.name} line {i}: no text line with {toks} {amts} units={ln['units']}")
                continue
            d = date.fromisoformat(ln["service_date"])
            if not any(dfmt(d, s) in ok_line for s in DATE_STYLES):
                errs.append(f"{f.name} line {i}: date not on its row")
            if ln["service_end"] and not any(dfmt(date.fromisoformat(ln["service_end"]), s) in ok_line for s in DATE_STYLES):
                errs.append(f"{f.name} line {i}: end date not on its row")
            for r in ln["remarks"]:
                if r not in ok_line:
                    errs.append(f"{f.name} line {i}: remark {r} not on row")
            if ln["description"] and ln["description"][:20] not in page:
                errs.append(f"{f.name} line {i}: description not on page")
            adjs = ln["adjustments"]
            for g, r, a in adjs:
                if a is None:
                    if f"{g}-{r}" not in ok_line:
                        errs.append(f"{f.name} line {i}: adj code {g}-{r} not on row")
                elif not (f"{g}-{r}" in page or f"{g}{r}" in page) or not any(fm in page for fm in _amt_forms(a)):
                    errs.append(f"{f.name} line {i}: adj {g}-{r} {a} not on page")
            if adjs and all(a is not None for _, _, a in adjs) and ln["paid"] is not None:
                if q(Decimal(ln["billed"]) - sum(Decimal(a) for _, _, a in adjs)) != q(Decimal(ln["paid"])):
                    errs.append(f"{f.name} line {i}: billed - adjustments != paid")
            if all(ln[k] is not None for k in ("allowed", "deductible", "copay", "coinsurance", "paid")):
                if Decimal(ln["allowed"]) - Decimal(ln["deductible"]) - Decimal(ln["copay"]) - Decimal(ln["coinsurance"]) != Decimal(ln["paid"]):
                    errs.append(f"{f.name} line {i}: allowed - shares != paid")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in alltext:
                    errs.append(f"{f.name} line {i}: {k} {ln[k]} not printed")
        for c in t["claims"]:
            rows = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"]) == (c["claim_id"], c["payer_claim_id"])]
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum(Decimal(r[k]) for r in rows)
                if q(s) != q(Decimal(v)):
                    errs.append(f"{f.name}: claim {c['payer_claim_id']} total {k} {v} != sum {s}")
                if not any(fm in alltext for fm in _amt_forms(v)):
                    errs.append(f"{f.name}: claim total {k} {v} not printed")
        cont = {}
        for ln in t["lines"]:
            cont.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
        t["_split"] = sum(1 for v in cont.values() if len(v) > 1)
        print(f"  {f.name}: {t['producer']}, {len(t['lines'])} lines, {len(t['claims'])} claims, {t['pages']} pages, "
              f"claims across a page break: {t['_split']}")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout91_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)
    print(out)
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("CHECK:", e)
        split_files = 0
        for f in out.glob("*.truth.json"):
            t = json.loads(f.read_text())
            keys = {}
            for ln in t["lines"]:
                keys.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
            split_files += any(len(v) > 1 for v in keys.values())
        if split_files < 3:
            errs.append(f"only {split_files} files carry a claim across a page break")
            print("CHECK:", errs[-1])
        print("check:", "FAILED" if errs else "passed", f"({len(errs)} problems)")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
