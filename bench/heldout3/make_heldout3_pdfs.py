"""Write the THIRD held-out set of synthetic PDF EOB layouts (with truth files) into a folder: the final, honest
measurement of the PDF reader on document kinds nobody developing it has seen. (bench/heldout/ and
bench/heldout2/ came earlier and may have been looked at while the reader was developed.)

Run:  python bench/heldout3/make_heldout3_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout3/make_heldout3_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print; claim_id = the provider's own account / claim / patient-control number, payer_claim_id = the
payer's claim number / ICN / DCN / TCN / reference, patient exactly as printed.
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts (kinds not in the dev samples nor in the first two held-out sets):
  n1  TRICARE-style beneficiary EOB (reportlab)        n7  Medicare supplement (Medigap) crossover EOB (reportlab)
  n2  integrated-plan member cost-share statement      n8  clinic billing-service patient statement (fpdf2)
      (fpdf2)                                          n9  two-column member EOB, claims side by side (reportlab)
  n3  union health fund EOB from a TPA (reportlab)     n10 provider EOP with a "Line total" row under each
  n4  CHIP children's notice, bilingual (fpdf2)            service (fpdf2)
  n5  vision-plan EOB with therapy codes (reportlab)   n11 all-caps monospaced claim print with ' | ' pipes (fpdf2)
  n6  hospital outpatient rehab facility claim EOB     n12 app-style member EOB, whole dollars as "$95"
      with revenue codes (fpdf2)                           (reportlab)

The self-check (--check) tests the factory, not the reader: every truth amount, code, remark, date and id is in
its page's text layer, the page count matches, and the documents' own arithmetic holds (billed - discount - not
covered = allowed; allowed - patient share = paid, or for the Medigap crossover plan paid = Medicare
coinsurance; billed - adjustments = paid; claim totals = sum of lines unless the mismatch is a planted
expected finding).
"""

from __future__ import annotations

import io
import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))

from eobgen import (  # noqa: E402
    DESC,
    FEE,
    FIXED_WHEN,
    SCHED,
    ZERO,
    PlanState,
    Svc,
    claim_totals,
    commercial,
    medicare,
    money,
    negate,
    q,
    total,
    truth_line,
    units_str,
    write_truth,
)
from fpdf import FPDF  # noqa: E402
from reportlab.lib.colors import Color, black, white  # noqa: E402
from reportlab.lib.pagesizes import landscape, letter  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402

D = date
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"),
             Path("/usr/share/fonts/truetype/liberation2")]

# Codes this set adds to the shared invented charge master / fee schedule (our own short wording).
_EXTRA = {
    # code: (charge, schedule, description)
    "92065": ("145.00", "38.90", "Orthoptic training (vision therapy)"),
    "92060": ("120.00", "52.10", "Eye teaming and alignment testing"),
    "92004": ("230.00", "139.50", "Eye exam, new patient"),
    "92014": ("160.00", "96.20", "Eye exam, returning patient"),
    "92015": ("55.00", "17.80", "Glasses prescription check"),
    "V2020": ("180.00", "130.00", "Eyeglass frames"),
    "V2100": ("60.00", "45.00", "Single vision lens"),
    "97533": ("98.00", "38.11", "Sensory integration activities"),
    "29125": ("145.00", "58.20", "Forearm-to-hand splint, static"),
    "97162": ("240.00", "101.12", "PT evaluation, moderate complexity"),
    "97164": ("130.00", "66.75", "PT re-evaluation"),
    "97018": ("40.00", "9.87", "Paraffin wax bath"),
    "97763": ("110.00", "40.20", "Orthotic follow-up visit"),
    "92610": ("240.00", "98.50", "Swallowing evaluation"),
    "97035": ("45.00", "14.22", "Ultrasound therapy"),
}
for _c, (_f, _s, _d) in _EXTRA.items():
    FEE.setdefault(_c, _f)
    SCHED.setdefault(_c, _s)
    DESC.setdefault(_c, _d)

# Hospital outpatient charge master (per unit), higher than a clinic's; revenue code per code.
HOSP = {"97166": "845.00", "97530": "312.00", "97110": "268.00", "97140": "254.00", "97112": "281.00",
        "97535": "276.00", "97163": "910.00", "97161": "760.00", "92523": "1180.00", "92507": "455.00",
        "92526": "498.00", "L3807": "1240.00", "97760": "296.00", "G0283": "118.00", "97018": "96.00"}
REV = {"97166": "0434", "97530": "0430", "97535": "0430", "97112": "0430", "97760": "0430", "97018": "0430",
       "97163": "0424", "97161": "0424", "97110": "0420", "97140": "0420", "G0283": "0420",
       "92523": "0444", "92507": "0440", "92526": "0440", "L3807": "0274"}


# =========================================================================================== helpers

def find_font(*names: str) -> Path | None:
    for n in names:
        for d in FONT_DIRS:
            if (d / n).exists():
                return d / n
    return None


def rl_font(alias: str, files: tuple[str, ...], core: str) -> str:
    """Register a TrueType font for reportlab (first file found), else use a core font."""
    from reportlab.pdfbase.ttfonts import TTFont

    if alias in pdfmetrics.getRegisteredFontNames():
        return alias
    p = find_font(*files)
    if p is None:
        return core
    pdfmetrics.registerFont(TTFont(alias, str(p)))
    return alias


def fp_font(pdf: FPDF, family: str, styles: dict[str, tuple[str, ...]], core: str) -> str:
    """Add a TrueType family to an fpdf2 document (styles '' 'B' 'I'), else fall back to a core font."""
    found = {st: find_font(*files) for st, files in styles.items()}
    if any(p is None for p in found.values()):
        return core
    for st, p in found.items():
        pdf.add_font(family, st, str(p))
    return family


def rl_twice(build, path: Path):
    """Build twice with reportlab: once to count pages (for 'Page x of N'), then for real."""
    n, _ = build(io.BytesIO(), None)
    pages, truth = build(str(path), n)
    if pages != n:
        raise RuntimeError(f"page count changed between passes: {n} != {pages}")
    return pages, truth


def put(c, x, y, s, font, size, align="L"):
    c.setFont(font, size)
    if align == "R":
        c.drawRightString(x, y, s)
    elif align == "C":
        c.drawCentredString(x, y, s)
    else:
        c.drawString(x, y, s)


def rl_cells(c, x0, y, cols, vals, font, size, pad=2.0):
    """One table row: cols = [(width, align)], vals the strings (None/'' = nothing)."""
    x = x0
    for (w, al), v in zip(cols, vals):
        if v:
            if al == "R":
                put(c, x + w - pad, y, v, font, size, "R")
            elif al == "C":
                put(c, x + w / 2, y, v, font, size, "C")
            else:
                put(c, x + pad, y, v, font, size)
        x += w


def rl_fit(c, text: str, width: float, font: str, size: float, floor: float = 5.8) -> float:
    """The font size at which text fits width (report writers shrink long descriptions)."""
    while size > floor and c.stringWidth(text, font, size) > width:
        size -= 0.2
    return size


def rl_stacked(c, x0, y, cols, labels, font, size, lead):
    """Header labels over several text lines (split on '|'); the last line sits on y."""
    x = x0
    for (w, al), lab in zip(cols, labels):
        parts = lab.split("|") if lab else []
        for k, p in enumerate(reversed(parts)):
            rl_cells(c, x, y + k * lead, [(w, al)], [p], font, size)
        x += w


def new_fpdf(orientation: str) -> FPDF:
    pdf = FPDF(orientation=orientation, unit="pt", format="letter")
    pdf.set_creation_date(FIXED_WHEN)
    pdf.set_auto_page_break(False)
    pdf.set_margins(30, 30, 30)
    pdf.alias_nb_pages()
    return pdf


def fp_row(pdf: FPDF, x0: float, y: float, cols, vals, h: float) -> None:
    """One fpdf2 table row at (x0, y): cols = [(width, align, ...)]."""
    x = x0
    for col, v in zip(cols, vals):
        w, al = col[0], col[1]
        if v:
            pdf.set_xy(x, y)
            pdf.cell(w, h, v, align={"L": "L", "R": "R", "C": "C"}[al])
        x += w


def fp_fit(pdf: FPDF, text: str, width: float, size: float, family: str, style: str = "", floor: float = 5.6) -> str:
    """Shrink the font until text fits the cell (as report writers do), then cut it; sets the font."""
    while size > floor:
        pdf.set_font(family, style, size)
        if pdf.get_string_width(text) <= width:
            return text
        size -= 0.2
    pdf.set_font(family, style, floor)
    while text and pdf.get_string_width(text) > width:
        text = text[:-1]
    return text.rstrip()


def d_mdy4(d: date) -> str:  # 01/05/2026
    return d.strftime("%m/%d/%Y")


def d_mdy2(d: date) -> str:  # 01/05/26
    return d.strftime("%m/%d/%y")


def d_short(d: date) -> str:  # 1/5/26
    return f"{d.month}/{d.day}/{d:%y}"


def d_dmy(d: date) -> str:  # 5-Jan-26
    return f"{d.day}-{d:%b}-{d:%y}"


def d_month(d: date) -> str:  # January 5, 2026
    return f"{d:%B} {d.day}, {d.year}"


def d_mon(d: date) -> str:  # Jan 5, 2026
    return f"{d:%b} {d.day}, {d.year}"


def whole(d: Decimal, neg: str = "-") -> str:
    """$95 for whole dollars, $74.10 otherwise; thousands separated."""
    d = q(d)
    a = abs(d)
    body = f"${a:,.0f}" if a == a.to_integral_value() else f"${a:,.2f}"
    return (neg + body) if d < 0 else body


def tl(page, s, cl, printed, **kw):
    """truth_line with the claim's ids and patient (cl: acct = provider's number, claim = payer's)."""
    return truth_line(page, s, claim_id=cl.get("acct"), payer_claim_id=cl.get("claim"), patient=cl["patient"],
                      printed=printed, **kw)


def claim_truth(cl, **totals):
    return {"claim_id": cl.get("acct"), "payer_claim_id": cl.get("claim"), "patient": cl["patient"],
            "totals": claim_totals(**totals)}


def reverse(s: Svc) -> Svc:
    """negate() from eobgen, with zero amounts kept as 0.00 (not -0.00)."""
    r = negate(s)
    for f in ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "seq", "paid",
              "owes"):
        if getattr(r, f) == 0:
            setattr(r, f, ZERO)
    r.adjs = [(g, c, ZERO if a == 0 else a) for g, c, a in r.adjs]
    return r


def uniq(pairs):
    seen, out = set(), []
    for p in pairs:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


# ==================================================================== N1 TRICARE-style EOB (reportlab, Helvetica)

def n1_tricare_eob(out: Path) -> None:
    """Beneficiary EOB of a military health program: quantity, wording and code in one 'Services Provided' cell
    ("2 Therapeutic activities (97530)"), only Amount Billed / TRICARE Approved per line, a claim summary and a
    beneficiary liability summary per claim, numbered remarks after each claim, deductible/cap table at the end."""
    name = "n1_tricare_eob"
    claims = [
        dict(patient="Emma R. Castellano", acct="HPT0051347", claim="2601-7044581-00",
             provider="Harbor Point Pediatric Therapy, PLLC", received="01/14/2026", processed="01/27/2026",
             ded=Decimal("50.00"),
             svcs=[Svc(D(2026, 1, 5), "97166", 1), Svc(D(2026, 1, 5), "97530", 2), Svc(D(2026, 1, 12), "97530", 3),
                   Svc(D(2026, 1, 12), "97535", 1), Svc(D(2026, 1, 19), "97530", 3), Svc(D(2026, 1, 19), "97112", 1)]),
        dict(patient="Lucas J. Castellano", acct="88213-01", claim="2601-7051102-00",
             provider="Brightwater Speech & Language Clinic", received="01/29/2026", processed="02/03/2026",
             ded=Decimal("150.00"),
             svcs=[Svc(D(2026, 1, 7), "92523", 1), Svc(D(2026, 1, 14), "92507", 1), Svc(D(2026, 1, 21), "92507", 1),
                   Svc(D(2026, 1, 21), "92526", 1), Svc(D(2026, 1, 28), "92507", 1)]),
        dict(patient="Andrea M. Castellano", acct="KS-2026-00417", claim="2601-7055930-00",
             provider="Keel Street Physical Therapy", received="01/26/2026", processed="02/04/2026",
             ded=ZERO,
             svcs=[Svc(D(2026, 1, 9), "97161", 1), Svc(D(2026, 1, 9), "97110", 2), Svc(D(2026, 1, 9), "97140", 1),
                   Svc(D(2026, 1, 9), "G0283", 1), Svc(D(2026, 1, 16), "97110", 2), Svc(D(2026, 1, 16), "97140", 1),
                   Svc(D(2026, 1, 16), "0552T", 1, denied="PR")]),
    ]
    texts = {"1": "The approved amount is the TRICARE maximum allowable charge for this service.",
             "2": "Part or all of the approved amount was applied to the fiscal year deductible.",
             "3": "This service is not a covered TRICARE benefit. The provider may bill you for it.",
             "4": "Your cost-share is 20 percent of the approved amount."}
    for cl in claims:
        st = PlanState(ded_left=cl["ded"], coins_rate=Decimal("0.20"))
        for s in cl["svcs"]:
            medicare(s, st, sequestration=False, deny_reason="96")
            s.remarks = ["3"] if s.denied else (["1", "2"] if s.deductible else ["1"])
    W, H = letter
    x0 = 44
    cols = [(70, "L"), (250, "L"), (75, "R"), (80, "R"), (49, "C")]
    F, FB = "Helvetica", "Helvetica-Bold"

    def build(target, n):
        c = rl_canvas.Canvas(target, pagesize=letter, invariant=1)
        c.setTitle("TRICARE Explanation of Benefits")
        lt, ct, legend = [], [], []
        st = {"page": 1, "y": 0.0}

        def head():
            put(c, x0, H - 46, "EASTWIND MILITARY HEALTH SERVICES", FB, 12)
            put(c, x0, H - 58, "TRICARE Claims Processing  |  P.O. Box 7702  |  Fairhaven, SC 29988", F, 7.5)
            put(c, W - x0, H - 46, "TRICARE Explanation of Benefits", FB, 12, "R")
            put(c, W - x0, H - 58, "This is a statement of the action taken on your TRICARE claim.", F, 7.5, "R")
            c.setLineWidth(1.2)
            c.line(x0, H - 64, W - x0, H - 64)
            put(c, W / 2, 30, f"Page {st['page']} of {n or 0}", F, 7.5, "C")
            put(c, x0, 30, "THIS IS NOT A BILL", FB, 7.5)
            put(c, W - x0, 30, "Keep this notice for your records.", F, 7.5, "R")
            st["y"] = H - 84

        def need(h):
            if st["y"] - h < 50:
                c.showPage()
                st["page"] += 1
                head()
                put(c, x0, st["y"], "Sponsor: ANDREA M. CASTELLANO     DoD Benefit Number: 1044 0192 33  (continued)",
                    F, 8)
                st["y"] -= 18

        head()
        y = st["y"]
        for i, ln in enumerate(("ANDREA M CASTELLANO", "4417 WILLOW BEND CT", "CEDAR HOLLOW NC 28399-4417")):
            put(c, x0, y - 14 - i * 11, ln, F, 9)
        bx = 330
        c.setLineWidth(0.6)
        c.rect(bx, y - 52, W - x0 - bx, 58, stroke=1, fill=0)
        for i, (k, v) in enumerate((("Date of Notice:", "02/05/2026"), ("Sponsor:", "Andrea M. Castellano"),
                                    ("DoD Benefit Number:", "1044 0192 33"), ("Sponsor SSN:", "XXX-XX-6614"))):
            put(c, bx + 8, y - 8 - i * 12, k, FB, 8)
            put(c, bx + 108, y - 8 - i * 12, v, F, 8)
        st["y"] = y - 78
        for cl in claims:
            svcs = cl["svcs"]
            need(80 + 14 * len(svcs))
            y = st["y"]
            c.setFillColor(Color(0.88, 0.90, 0.94))
            c.rect(x0, y - 4, W - 2 * x0, 14, stroke=0, fill=1)
            c.setFillColor(black)
            put(c, x0 + 4, y, f"Beneficiary: {cl['patient']}", FB, 9)
            put(c, W - x0 - 4, y, f"Claim Number: {cl['claim']}", FB, 9, "R")
            put(c, x0 + 4, y - 16, f"Services Provided By: {cl['provider']}", F, 8)
            put(c, W - x0 - 4, y - 16, f"Patient Account Number: {cl['acct']}", F, 8, "R")
            put(c, x0 + 4, y - 27, f"Claim Received: {cl['received']}     Claim Processed: {cl['processed']}", F, 8)
            y -= 50
            rl_stacked(c, x0, y, cols, ["Date of|Services", "Services Provided", "Amount|Billed", "TRICARE|Approved",
                                        "See|Remarks"], FB, 8, 9)
            c.setLineWidth(0.5)
            c.line(x0, y - 4, W - x0, y - 4)
            y -= 16
            for s in svcs:
                vals = [d_mdy4(s.dos), f"{units_str(s.units)}  {s.desc} ({s.code})", money(s.billed),
                        money(s.allowed), ", ".join(s.remarks)]
                rl_cells(c, x0, y, cols, vals, F, 8.5)
                lt.append(tl(st["page"], s, cl, ("billed", "allowed"), modifiers=False, remarks=s.remarks))
                y -= 13
            c.line(x0 + cols[0][0] + cols[1][0], y + 9, x0 + sum(w for w, _ in cols[:4]), y + 9)
            tb, ta = total(svcs, "billed"), total(svcs, "allowed")
            rl_cells(c, x0, y - 1, cols, ["", "Totals:", money(tb), money(ta), ""], FB, 8.5)
            y -= 20
            st["y"] = y
            need(86)
            y = st["y"]
            nc = total([s for s in svcs if s.denied], "billed")
            paid, owes = total(svcs, "paid"), total(svcs, "owes")
            ded, cs = total(svcs, "deductible"), total(svcs, "coinsurance")
            c.rect(x0, y - 58, 240, 66, stroke=1, fill=0)
            c.rect(x0 + 256, y - 58, W - 2 * x0 - 256, 66, stroke=1, fill=0)
            put(c, x0 + 6, y - 2, "Claim Summary", FB, 8.5)
            put(c, x0 + 262, y - 2, "Beneficiary Liability Summary", FB, 8.5)
            for i, (k, v) in enumerate((("Amount Billed", tb), ("TRICARE Approved", ta), ("Non-Covered", nc),
                                        ("Paid to Provider", paid))):
                put(c, x0 + 6, y - 15 - i * 11, k, F, 8)
                put(c, x0 + 232, y - 15 - i * 11, money(v), F, 8, "R")
            for i, (k, v) in enumerate((("Deductible", ded), ("Copayment", ZERO), ("Cost-Share", cs),
                                        ("Total Beneficiary Liability", owes))):
                put(c, x0 + 262, y - 15 - i * 11, k, FB if i == 3 else F, 8)
                put(c, W - x0 - 8, y - 15 - i * 11, money(v), FB if i == 3 else F, 8, "R")
            ct.append(claim_truth(cl, billed=tb, allowed=ta, paid=paid, patient_owes=owes))
            y -= 74
            codes = []
            for s in svcs:
                for r in s.remarks:
                    if r not in codes:
                        codes.append(r)
            if any(s.coinsurance for s in svcs):
                codes.append("4")
            st["y"] = y
            need(12 + 11 * len(codes))
            y = st["y"]
            put(c, x0, y, "Remarks:", FB, 8)
            for r in codes:
                put(c, x0 + 44, y, r, FB, 8)
                put(c, x0 + 58, y, texts[r], F, 8)
                legend.append((r, texts[r]))
                y -= 11
            st["y"] = y - 16
        need(80)
        y = st["y"]
        put(c, x0, y, "Fiscal Year 2026 Deductible and Catastrophic Cap Summary", FB, 9)
        y -= 6
        rows = [("", "Individual", "Family"), ("Deductible", "$150.00", "$300.00"),
                ("Deductible met to date", "$150.00", "$300.00"), ("Catastrophic cap", "$1,000.00", "$1,000.00"),
                ("Cap met to date", "$412.90", "$585.76")]
        for i, r in enumerate(rows):
            yy = y - 12 - i * 11
            rl_cells(c, x0, yy, [(170, "L"), (90, "R"), (90, "R")], list(r), FB if i == 0 else F, 8)
        c.showPage()
        c.save()
        return st["page"], (lt, ct, uniq(legend))

    path = out / f"{name}.pdf"
    pages, (lt, ct, legend) = rl_twice(build, path)
    write_truth(path, name, "reportlab", pages,
                "TRICARE-style beneficiary EOB, portrait Helvetica: address block and sponsor box; per claim a shaded "
                "bar (Beneficiary / Claim Number), provider and Patient Account Number, received/processed dates; "
                "columns Date of Services / Services Provided / Amount Billed / TRICARE Approved / See Remarks, where "
                "Services Provided holds the quantity, our wording and the code in parentheses ('2  Therapeutic "
                "activities (97530)'); no modifiers; a Totals row; Claim Summary and Beneficiary Liability Summary "
                "boxes (paid and patient share per claim only); numbered remarks after each claim; a denied "
                "(not covered) line; fiscal-year deductible/cap table at the end.",
                lt, ct, legend)


# ========================================= N2 integrated plan member cost-share statement (fpdf2, DejaVu Sans)

def n2_integrated_cost_share(out: Path) -> None:
    """An integrated plan (insurer and medical group in one) sends a monthly cost-share statement: one table per
    family member, a visit sub-heading row (date, department, reference number) above the visit's lines, a
    two-level header where 'Member cost share' spans Deductible / Copay / Coinsurance / Total, a year-to-date
    box, and a total per member (which spans several visits: there are no per-visit totals)."""
    name = "n2_integrated_cost_share"
    V = lambda m, d: D(2026, m, d)  # noqa: E731
    members = [
        dict(patient="Aiden Okafor-Lindqvist", rel="Son", mrn="11-884-2213", visits=[
            ("4471-2290-18", "Pediatric Rehabilitation, Fairmont Medical Center",
             [Svc(V(1, 5), "97166", 1, ("GO",)), Svc(V(1, 5), "97530", 2, ("GO",))]),
            ("4471-2316-04", "Pediatric Rehabilitation, Fairmont Medical Center",
             [Svc(V(1, 12), "97530", 3, ("GO",)), Svc(V(1, 12), "97535", 1, ("GO",))]),
            ("4471-2351-77", "Pediatric Rehabilitation, Fairmont Medical Center",
             [Svc(V(1, 19), "97530", 3, ("GO",)), Svc(V(1, 19), "97112", 1, ("GO",))]),
            ("4471-2388-30", "Pediatric Rehabilitation, Fairmont Medical Center",
             [Svc(V(1, 26), "97530", 2, ("GO",)), Svc(V(1, 26), "97533", 2, ("GO",))]),
        ]),
        dict(patient="Chidi Okafor-Lindqvist", rel="Self", mrn="11-884-2207", visits=[
            ("4471-2301-62", "Hand Therapy, Riverside Medical Offices",
             [Svc(V(1, 8), "97166", 1, ("GO",)), Svc(V(1, 8), "97760", 2, ("GO",)),
              Svc(V(1, 8), "L3807", 1, ("RT",))]),
            ("4471-2340-15", "Hand Therapy, Riverside Medical Offices",
             [Svc(V(1, 15), "97763", 1, ("GO",)), Svc(V(1, 15), "97140", 2, ("GO", "59")),
              Svc(V(1, 15), "97018", 1, ("GO",))]),
            ("4471-2379-91", "Hand Therapy, Riverside Medical Offices",
             [Svc(V(1, 22), "97110", 2, ("GO",)), Svc(V(1, 22), "97140", 1, ("GO",))]),
        ]),
        dict(patient="Zara Okafor-Lindqvist", rel="Daughter", mrn="11-884-2219", visits=[
            ("4471-2295-40", "Speech & Hearing Services, Fairmont Medical Center",
             [Svc(V(1, 6), "92523", 1, ("GN",))]),
            ("4471-2322-08", "Speech & Hearing Services, Fairmont Medical Center",
             [Svc(V(1, 13), "92507", 1, ("GN",))]),
            ("4471-2360-53", "Speech & Hearing Services, Fairmont Medical Center",
             [Svc(V(1, 20), "92507", 1, ("GN",)), Svc(V(1, 20), "92526", 1, ("GN",))]),
            ("4471-2395-26", "Speech & Hearing Services, Fairmont Medical Center",
             [Svc(V(1, 27), "92507", 1, ("GN",))]),
        ]),
        dict(patient="Nia Okafor-Lindqvist", rel="Spouse", mrn="11-884-2208", visits=[
            ("4471-2318-47", "Physical Therapy, Riverside Medical Offices",
             [Svc(V(1, 13), "97162", 1, ("GP",)), Svc(V(1, 13), "97110", 2, ("GP",))]),
            ("4471-2366-02", "Physical Therapy, Riverside Medical Offices",
             [Svc(V(1, 20), "97110", 2, ("GP",)), Svc(V(1, 20), "97140", 1, ("GP",)),
              Svc(V(1, 20), "97035", 1, ("GP",))]),
            ("4471-2399-13", "Physical Therapy, Riverside Medical Offices",
             [Svc(V(1, 27), "97110", 2, ("GP",)), Svc(V(1, 27), "97112", 1, ("GP",))]),
        ]),
    ]
    ded_left = {"Aiden Okafor-Lindqvist": ZERO, "Chidi Okafor-Lindqvist": Decimal("180.00"),
                "Zara Okafor-Lindqvist": ZERO, "Nia Okafor-Lindqvist": ZERO}
    for m in members:
        dl = ded_left[m["patient"]]
        for _ref, _dept, svcs in m["visits"]:
            copaid = False
            for s in svcs:
                s.allowed = q(s.billed * Decimal("0.72"))
                s.discount = s.billed - s.allowed
                if s.code.startswith("L"):  # equipment: deductible, then 20% coinsurance
                    s.deductible = min(dl, s.allowed)
                    dl -= s.deductible
                    s.coinsurance = q((s.allowed - s.deductible) * Decimal("0.20"))
                elif not copaid:  # one copay per therapy visit
                    s.copay = min(Decimal("25.00"), s.allowed)
                    copaid = True
                s.paid = s.allowed - s.deductible - s.copay - s.coinsurance
                s.owes = s.deductible + s.copay + s.coinsurance

    pdf = new_fpdf("P")
    pdf.set_title("Member Cost Share Statement")
    FN = fp_font(pdf, "NsSans", {"": ("DejaVuSans.ttf",), "B": ("DejaVuSans-Bold.ttf",)}, "Helvetica")
    dot = "\u00b7" if FN != "Helvetica" else "-"
    cols = [(42, "L"), (124, "L"), (34, "L"), (30, "L"), (22, "R"), (50, "R"), (48, "R"), (48, "R"), (44, "R"),
            (36, "R"), (36, "R"), (38, "R")]
    x0 = 30
    TW = sum(w for w, _ in cols)
    lt, ct = [], []
    all_svcs = [s for m in members for _r, _d, sv in m["visits"] for s in sv]

    def footer():
        pdf.set_font(FN, "", 6.5)
        pdf.set_text_color(90, 90, 90)
        pdf.set_xy(x0, 760)
        pdf.cell(TW / 2, 9, "Questions? Member Services 1-800-555-0142 (TTY 711), 7 a.m. to 8 p.m., 7 days a week.")
        pdf.cell(TW / 2, 9, f"Page {pdf.page_no()} of {{nb}}", align="R")
        pdf.set_text_color(0, 0, 0)

    def page_head(cont: bool):
        if pdf.page_no() > 0:
            footer()
        pdf.add_page()
        pdf.set_fill_color(0, 92, 120)
        pdf.rect(0, 0, 612, 8, style="F")
        pdf.set_text_color(0, 92, 120)
        pdf.set_font(FN, "B", 15)
        pdf.set_xy(x0, 22)
        pdf.cell(300, 18, "Northstar Health Partners")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font(FN, "B", 11)
        pdf.set_xy(330, 22)
        pdf.cell(TW - 300, 14, "Member Cost Share Statement", align="R")
        pdf.set_font(FN, "", 7.5)
        pdf.set_xy(x0, 41)
        pdf.cell(300, 10, "Health plan and medical group  " + dot + "  members.northstar.example")
        pdf.set_xy(330, 38)
        pdf.cell(TW - 300, 10, "Services from January 1, 2026 to January 31, 2026" + (" (continued)" if cont else ""),
                 align="R")
        pdf.set_draw_color(0, 92, 120)
        pdf.set_line_width(0.8)
        pdf.line(x0, 56, x0 + TW, 56)
        pdf.set_y(64)

    def table_head(y):
        pdf.set_font(FN, "B", 6.6)
        span_x = x0 + sum(w for w, _ in cols[:8])
        pdf.set_xy(span_x, y)
        pdf.cell(sum(w for w, _ in cols[8:]), 9, "Member cost share", align="C")
        pdf.set_line_width(0.4)
        pdf.line(span_x + 4, y + 9.5, x0 + TW - 2, y + 9.5)
        labels = [("Date", ""), ("Service", ""), ("Code", ""), ("Mod", ""), ("Qty", ""), ("Charges", ""),
                  ("Plan rate", ""), ("Plan paid", ""), ("Deductible", ""), ("Copay", ""), ("Coins.", ""),
                  ("Total", "")]
        fp_row(pdf, x0, y + 11, cols, [a for a, _ in labels], 9)
        pdf.set_draw_color(120, 120, 120)
        pdf.line(x0, y + 21, x0 + TW, y + 21)
        return y + 24

    page_head(False)
    pdf.set_font(FN, "", 8.5)
    pdf.set_xy(x0, 66)
    pdf.cell(300, 11, "CHIDI OKAFOR-LINDQVIST")
    for i, ln in enumerate(("2290 ALDER RUN LN APT 4", "MILLBROOK OR 97499-2290")):
        pdf.set_xy(x0, 77 + i * 11)
        pdf.cell(300, 11, ln)
    pdf.set_draw_color(0, 92, 120)
    pdf.set_fill_color(232, 242, 245)
    pdf.rect(330, 66, TW - 300, 54, style="DF")
    pdf.set_font(FN, "B", 7.5)
    pdf.set_xy(336, 69)
    pdf.cell(200, 10, "Your 2026 plan year so far")
    pdf.set_font(FN, "", 7.5)
    for i, ln in enumerate(("Subscriber: Chidi Okafor-Lindqvist   Plan: Northstar Silver HMO",
                            "Deductible (equipment and supplies): $200.00 of $200.00 met",
                            "Out-of-pocket maximum: "
                            f"{money(total(all_svcs, 'owes') + Decimal('164.35'))} of $3,500.00 (family) met")):
        pdf.set_xy(336, 80 + i * 10)
        pdf.cell(240, 10, ln)
    pdf.set_font(FN, "", 7.5)
    pdf.set_xy(x0, 128)
    pdf.multi_cell(TW, 10, "This is not a bill. It shows what each visit cost, what your plan paid and your share. "
                   "You may have paid some of your share at the visit already; any balance will come on a separate "
                   f"bill. Your total share for this period: {money(total(all_svcs, 'owes'))}.")
    y = pdf.get_y() + 8
    for m in members:
        if y + 24 + 24 + 4 * 11 > 740:
            page_head(True)
            y = 66
        pdf.set_font(FN, "B", 9)
        pdf.set_xy(x0, y)
        pdf.cell(TW, 12, f"{m['patient']}  {dot}  MRN {m['mrn']}  {dot}  {m['rel']}")
        y = table_head(y + 14)
        for ref, dept, svcs in m["visits"]:
            if y + 12.5 * (len(svcs) + 1) > 740:
                page_head(True)
                pdf.set_font(FN, "B", 8)
                pdf.set_xy(x0, 66)
                pdf.cell(TW, 11, f"{m['patient']} (continued)")
                y = table_head(80)
            pdf.set_fill_color(240, 240, 240)
            pdf.rect(x0, y, TW, 10.5, style="F")
            pdf.set_font(FN, "B", 6.8)
            pdf.set_xy(x0 + 2, y)
            pdf.cell(TW, 10.5, f"Visit {d_mdy2(svcs[0].dos)}  {dot}  {dept}  {dot}  Reference # {ref}")
            y += 12
            pdf.set_font(FN, "", 7.2)
            cl = dict(patient=m["patient"], acct=None, claim=ref)
            for s in svcs:
                vals = [d_mdy2(s.dos), "", s.code, " ".join(s.mods), units_str(s.units), money(s.billed),
                        money(s.allowed), money(s.paid), money(s.deductible), money(s.copay), money(s.coinsurance),
                        money(s.owes)]
                fp_row(pdf, x0, y, cols, vals, 12)
                pdf.set_xy(x0 + cols[0][0], y)
                pdf.cell(cols[1][0], 12, fp_fit(pdf, s.desc, cols[1][0] - 6, 7.2, FN))
                pdf.set_font(FN, "", 7.2)
                lt.append(tl(pdf.page_no(), s, cl, ("billed", "allowed", "paid", "deductible", "copay",
                                                    "coinsurance", "patient_owes")))
                y += 12.5
            ct.append(claim_truth(cl))
        svcs = [s for _r, _d, sv in m["visits"] for s in sv]
        pdf.set_draw_color(120, 120, 120)
        pdf.line(x0, y + 1, x0 + TW, y + 1)
        pdf.set_font(FN, "B", 6.8)
        vals = ["", f"Total for {m['patient'].split()[0]}", "", "", ""] + [
            money(total(svcs, k)) for k in ("billed", "allowed", "paid", "deductible", "copay", "coinsurance", "owes")]
        fp_row(pdf, x0, y + 2, cols, vals, 10.5)
        y += 26
    notes = ["Charges: what the medical group lists for the service.",
             "Plan rate: the amount the plan pays its own medical group for the service; you never owe more than "
             "your share of it.",
             "Copay: a set amount for each therapy visit. Deductible and coinsurance apply to equipment and supplies.",
             "To ask for a review of any item, write to Member Appeals within 180 days of this statement."]
    if y + 14 + 11 * len(notes) > 740:
        page_head(True)
        y = 70
    pdf.set_font(FN, "B", 8)
    pdf.set_xy(x0, y)
    pdf.cell(TW, 11, "About this statement")
    pdf.set_font(FN, "", 7.2)
    for i, t in enumerate(notes):
        pdf.set_xy(x0, y + 13 + i * 10.5)
        pdf.cell(TW, 10.5, dot + " " + t)
    footer()
    path = out / f"{name}.pdf"
    pdf.output(str(path))
    write_truth(path, name, "fpdf2", pdf.page_no(),
                "Integrated-plan (insurer + medical group) member cost share statement, portrait, DejaVu Sans: a "
                "year-to-date box; one table per family member (name, MRN, relationship); a shaded visit row "
                "(date, department, 'Reference #') above each visit's lines; two-level header where 'Member cost "
                "share' spans Deductible / Copay / Coinsurance / Total; Mod in its own column ('GO 59'); Qty; "
                "'Plan rate' (allowed) and 'Plan paid'; one total per member spanning several visits and no "
                "per-visit totals; dates 01/05/26; table runs onto page 2 with the header repeated.",
                lt, ct, [])


# ======================================= N3 union health fund EOB from a third-party administrator (reportlab)

def n3_union_fund_tpa(out: Path) -> None:
    """Self-funded (Taft-Hartley) union fund EOB printed by its TPA: landscape Times; per claim a header line with
    claim no., patient + relationship, provider, patient account and STATUS (PAID / DENIED / ADJUSTED); From and
    To date columns (5-Jan-26); monthly range lines with many units and amounts over $1,000; PPO Savings /
    Not Eligible / Rsn / Eligible Expense / Deductible / Co-Pay / % / Plan Pays / Member Pays; a planted total."""
    name = "n3_union_fund_tpa"
    claims = [
        dict(patient="Mia Kowalczyk", rel="Dependent Child", claim="26-004417-00", acct="SVOT-7781",
             provider="Steel Valley Pediatric OT", status="PAID", svcs=[
                 Svc(D(2026, 1, 5), "97165", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 2, ("GO",)),
                 Svc(D(2026, 1, 12), "97530", 3, ("GO",)), Svc(D(2026, 1, 12), "97533", 1, ("GO",), denied="PR"),
                 Svc(D(2026, 1, 19), "97530", 3, ("GO",)), Svc(D(2026, 1, 19), "97535", 1, ("GO",))]),
        dict(patient="Damian Kowalczyk", rel="Participant", claim="26-004502-00", acct="000193847",
             provider="Monongah Sports & Spine PT", status="PAID", svcs=[
                 Svc(D(2026, 1, 6), "97161", 1, ("GP",)),
                 Svc(D(2026, 1, 6), "97110", 8, ("GP",), end=D(2026, 1, 27)),
                 Svc(D(2026, 1, 6), "97140", 4, ("GP",), end=D(2026, 1, 27)),
                 Svc(D(2026, 1, 8), "97530", 12, ("GP",), end=D(2026, 1, 29)),
                 Svc(D(2026, 1, 8), "G0283", 6, ("GP",), end=D(2026, 1, 29))]),
        dict(patient="Owen Kowalczyk", rel="Dependent Child", claim="26-004588-00", acct="BSL-20931",
             provider="Bright Sounds Speech Therapy", status="DENIED", svcs=[
                 Svc(D(2026, 1, 7), "92523", 1, ("GN",), denied="CO"), Svc(D(2026, 1, 14), "92507", 1, ("GN",), denied="CO"),
                 Svc(D(2026, 1, 21), "92507", 1, ("GN",), denied="CO")]),
        dict(patient="Carla Kowalczyk", rel="Spouse", claim="26-004611-01", acct="HH-55120",
             provider="Three Rivers Hand Center", status="ADJUSTED",
             note="Reprocessed after the fund received the accident questionnaire; this claim replaces "
                  "claim 26-004611-00.", svcs=[
                 Svc(D(2026, 1, 9), "97166", 1, ("GO",)), Svc(D(2026, 1, 9), "97760", 2, ("GO",)),
                 Svc(D(2026, 1, 9), "L3807", 1, ("RT",)), Svc(D(2026, 1, 16), "97763", 1, ("GO",)),
                 Svc(D(2026, 1, 16), "97140", 2, ("GO",))]),
    ]
    ded = {"Mia Kowalczyk": Decimal("120.00"), "Damian Kowalczyk": Decimal("300.00"), "Owen Kowalczyk": ZERO,
           "Carla Kowalczyk": Decimal("45.00")}
    for cl in claims:
        st = PlanState(ded_left=ded[cl["patient"]], coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.76"))
        for s in cl["svcs"]:
            commercial(s, st, deny_reason="96" if s.denied == "PR" else "16")
            if s.denied:
                s.remarks = ["X17"] if s.denied == "PR" else ["C4"]
            else:
                s.remarks = ["P1", "D2"] if s.deductible else ["P1"]
    legend = [("P1", "Savings from the fund's preferred provider network. You do not owe this amount."),
              ("D2", "Applied to the individual deductible."),
              ("X17", "Not covered: the plan excludes sensory integration therapy."),
              ("C4", "Please return the other-coverage questionnaire; the claim will be reconsidered.")]
    W, H = landscape(letter)
    x0 = 36
    cols = [(46, "L"), (46, "L"), (58, "L"), (54, "L"), (28, "R"), (56, "R"), (50, "R"), (50, "R"), (36, "C"),
            (56, "R"), (50, "R"), (36, "R"), (28, "R"), (56, "R"), (56, "R")]
    heads = ["From", "To", "Type of|Service", "Procedure", "Units", "Charges", "PPO|Savings", "Not|Eligible", "Rsn",
             "Eligible|Expense", "Deductible", "Co-Pay", "%", "Plan|Pays", "Member|Pays"]
    TW = sum(w for w, _ in cols)
    SVC_TYPE = {"97": "Occ Therapy", "92": "Speech Ther", "L3": "DME/Orthotic"}
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    planted = claims[1]
    delta = Decimal("10.00")

    def stype(cl, s):
        if s.code.startswith("L"):
            return "DME/Orthotic"
        if cl["rel"] == "Participant":
            return "Phys Therapy"
        return SVC_TYPE.get(s.code[:2], "Phys Therapy")

    def build(target, n):
        c = rl_canvas.Canvas(target, pagesize=landscape(letter), invariant=1)
        c.setTitle("Explanation of Benefits")
        lt, ct, findings = [], [], []
        st = {"page": 1, "y": 0.0}

        def head():
            put(c, x0 + TW / 2, H - 40, "IRONWORKERS LOCAL 918 HEALTH AND WELFARE FUND", FB, 13, "C")
            put(c, x0 + TW / 2, H - 53, "Administered by Benchmark Benefit Administrators, Inc.  -  1200 Commerce Parkway, "
                "Suite 400  -  Harlan Ridge, PA 17099  -  (412) 555-0187", F, 8.5, "C")
            put(c, x0, H - 74, "EXPLANATION OF BENEFITS", FB, 11)
            put(c, x0 + 190, H - 74, "Participant: DAMIAN J. KOWALCZYK", F, 9)
            put(c, x0 + 380, H - 74, "Fund ID: 918-044712     Plan: Active Plan A", F, 9)
            put(c, x0 + TW, H - 74, f"EOB Date: 02/06/2026     Page {st['page']} of {n or 0}", F, 9, "R")
            c.setLineWidth(1.5)
            c.line(x0, H - 80, x0 + TW, H - 80)
            c.setLineWidth(0.5)
            c.line(x0, H - 83, x0 + TW, H - 83)
            st["y"] = H - 100

        def need(h):
            if st["y"] - h < 46:
                c.showPage()
                st["page"] += 1
                head()

        head()
        for cl in claims:
            svcs = cl["svcs"]
            need(64 + 12 * len(svcs))
            y = st["y"]
            put(c, x0, y, f"Claim No. {cl['claim']}", FB, 9)
            put(c, x0 + 120, y, f"Patient: {cl['patient']} ({cl['rel']})", F, 9)
            put(c, x0 + 340, y, f"Provider: {cl['provider']}", F, 9)
            put(c, x0 + 530, y, f"Patient Acct: {cl['acct']}", F, 9)
            put(c, x0 + TW, y, f"Status: {cl['status']}", FB, 9, "R")
            if cl.get("note"):
                y -= 11
                put(c, x0 + 12, y, cl["note"], FI, 8.5)
            y -= 24
            rl_stacked(c, x0, y, cols, heads, FB, 8, 9)
            c.line(x0, y - 3, x0 + TW, y - 3)
            y -= 14
            for s in svcs:
                end = s.end or s.dos
                pct = "0%" if s.denied else "80%"
                vals = [d_dmy(s.dos), d_dmy(end), stype(cl, s), "-".join((s.code,) + s.mods), units_str(s.units),
                        money(s.billed, ","), money(s.discount, ","), money(s.not_covered, ","), " ".join(s.remarks),
                        money(s.allowed, ","), money(s.deductible, ","), money(s.copay, ","), pct,
                        money(s.paid, ","), money(s.owes, ",")]
                rl_cells(c, x0, y, cols, vals, F, 8.5)
                lt.append(tl(st["page"], s, cl, ("billed", "discount", "not_covered", "allowed", "deductible",
                                                  "copay", "paid", "patient_owes"),
                             service_end=end, remarks=s.remarks))
                y -= 12
            keys = ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "paid", "owes")
            tots = {k: total(svcs, k) for k in keys}
            if cl is planted:
                tots["paid"] += delta
                findings.append(f"claim-total-mismatch claim {cl['claim']}: printed Plan Pays total "
                                f"{q(tots['paid'])} but the lines add up to {q(tots['paid'] - delta)}")
            c.line(x0 + sum(w for w, _ in cols[:5]), y + 8.5, x0 + TW, y + 8.5)
            tv = ["", "", "Claim Total", "", ""] + [money(tots[k], ",") for k in keys[:3]] + [""] + \
                [money(tots[k], ",") for k in keys[3:6]] + [""] + [money(tots[k], ",") for k in keys[6:]]
            rl_cells(c, x0, y - 1, cols, tv, FB, 8.5)
            ct.append(claim_truth(cl, billed=tots["billed"], allowed=tots["allowed"], paid=tots["paid"],
                                  patient_owes=tots["owes"]))
            st["y"] = y - 26
        need(150)
        y = st["y"]
        c.setLineWidth(0.5)
        c.rect(x0, y - 62, 330, 70, stroke=1, fill=0)
        put(c, x0 + 6, y - 2, "PAYMENT SUMMARY", FB, 9)
        pays = [(cl["provider"], total(cl["svcs"], "paid")) for cl in claims if total(cl["svcs"], "paid")]
        for i, (prov, v) in enumerate(pays):
            put(c, x0 + 6, y - 15 - i * 11, f"Paid to {prov}", F, 8.5)
            put(c, x0 + 320, y - 15 - i * 11, money(v, "$"), F, 8.5, "R")
        put(c, x0 + 6, y - 15 - len(pays) * 11, "Payments by EFT 0088412, issued 02/06/2026", FI, 8.5)
        bx = x0 + 350
        c.rect(bx, y - 62, TW - 350, 70, stroke=1, fill=0)
        put(c, bx + 6, y - 2, "2026 DEDUCTIBLE STATUS", FB, 9)
        for i, (k, v) in enumerate((("Damian (individual $300.00)", "$300.00 met"),
                                    ("Carla (individual $300.00)", "$300.00 met"),
                                    ("Mia (individual $300.00)", "$300.00 met"),
                                    ("Family ($900.00)", "$900.00 met"))):
            put(c, bx + 6, y - 15 - i * 11, k, F, 8.5)
            put(c, bx + 250, y - 15 - i * 11, v, F, 8.5, "R")
        y -= 82
        put(c, x0, y, "REASON CODES", FB, 9)
        for code, t in legend:
            y -= 11
            put(c, x0 + 6, y, code, FB, 8.5)
            put(c, x0 + 40, y, t, F, 8.5)
        y -= 18
        put(c, x0, y, "You may appeal any decision on this statement in writing within 180 days. The Fund's "
            "Board of Trustees decides appeals under the plan's claims procedures (ERISA Section 503).", FI, 8)
        c.showPage()
        c.save()
        return st["page"], (lt, ct, findings)

    path = out / f"{name}.pdf"
    pages, (lt, ct, findings) = rl_twice(build, path)
    write_truth(path, name, "reportlab", pages,
                "Union (Taft-Hartley) health fund EOB printed by a third-party administrator, landscape Times: claim "
                "line with Claim No. / Patient (relationship) / Provider / Patient Acct / Status (PAID, DENIED, "
                "ADJUSTED with a replacement note); From and To date columns as 5-Jan-26; Type of Service; "
                "Procedure 97110-GP; monthly range lines with 8-12 units and amounts over $1,000 (1,140.00); "
                "Charges / PPO Savings / Not Eligible / Rsn / Eligible Expense / Deductible / Co-Pay / % (80%) / "
                "Plan Pays / Member Pays (coinsurance not printed apart); Claim Total rows; payment summary and "
                "deductible status boxes, reason code legend. Planted: one Plan Pays claim total $10.00 too high.",
                lt, ct, legend, findings)


# ===================================================== N4 CHIP children's notice, bilingual (fpdf2, Helvetica)

def n4_chip_notice(out: Path) -> None:
    """A children's health program (CHIP) notice to the parent: letter opening, one block per visit whose heading
    carries the only date ('Visit on January 5, 2026'), the child, provider, claim number and provider account;
    English column headings with Spanish under them; the service lines have no dates; $5 visit copay; a service
    denied for missing prior approval (family owes nothing); a visit total per block; bilingual notes."""
    name = "n4_chip_notice"
    visits = [
        dict(patient="Sofia Marquez-Bell", claim="CH260105-88-04417", acct="SBT-2211",
             provider="Sunbeam Therapy for Kids", when=D(2026, 1, 5),
             codes=[("97166", 1, ("GO",)), ("97530", 2, ("GO",))]),
        dict(patient="Sofia Marquez-Bell", claim="CH260112-88-04931", acct="SBT-2211",
             provider="Sunbeam Therapy for Kids", when=D(2026, 1, 12),
             codes=[("97530", 3, ("GO",)), ("97533", 1, ("GO",), "CO")]),
        dict(patient="Sofia Marquez-Bell", claim="CH260119-88-05376", acct="SBT-2211",
             provider="Sunbeam Therapy for Kids", when=D(2026, 1, 19),
             codes=[("97530", 2, ("GO",)), ("97535", 1, ("GO",)), ("97112", 1, ("GO",))]),
        dict(patient="Diego Marquez-Bell", claim="CH260108-88-04702", acct="0049913",
             provider="Valle Verde Speech Center", when=D(2026, 1, 8),
             codes=[("92523", 1, ("GN",))]),
        dict(patient="Diego Marquez-Bell", claim="CH260115-88-05104", acct="0049913",
             provider="Valle Verde Speech Center", when=D(2026, 1, 15),
             codes=[("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
        dict(patient="Diego Marquez-Bell", claim="CH260122-88-05588", acct="0049913",
             provider="Valle Verde Speech Center", when=D(2026, 1, 22),
             codes=[("92507", 1, ("GN",))]),
        dict(patient="Diego Marquez-Bell", claim="CH260129-88-06020", acct="0049913",
             provider="Valle Verde Speech Center", when=D(2026, 1, 29),
             codes=[("92507", 1, ("GN",)), ("92610", 1, ("GN",), "CO")]),
    ]
    for v in visits:
        v["svcs"] = []
        copaid = False
        for c in v["codes"]:
            s = Svc(v["when"], c[0], c[1], c[2], denied=c[3] if len(c) > 3 else None)
            if s.denied:
                s.allowed = ZERO
                s.not_covered = s.billed
                s.adjs = [("CO", "197", s.billed)]
                s.remarks = ["P2"]
            else:
                s.allowed = min(s.billed, q(Decimal(SCHED[s.code]) * s.units))
                s.discount = s.billed - s.allowed
                if not copaid:
                    s.copay = Decimal("5.00")
                    copaid = True
                s.paid = s.allowed - s.copay
                s.owes = s.copay
                s.remarks = ["C1"] if s.copay else []
            v["svcs"].append(s)
    legend = [("C1", "A $5 copay applies to each visit. / Se aplica un copago de $5 por cada visita."),
              ("P2", "The provider needed our approval before giving this service. You do not owe anything for it. "
                     "/ El proveedor necesitaba nuestra aprobación antes del servicio. Usted no debe nada por esto.")]
    pdf = new_fpdf("P")
    pdf.set_title("Notice of Payment")
    FN = fp_font(pdf, "ChipSans", {"": ("LiberationSans-Regular.ttf", "DejaVuSans.ttf"),
                                   "B": ("LiberationSans-Bold.ttf", "DejaVuSans-Bold.ttf"),
                                   "I": ("LiberationSans-Italic.ttf", "DejaVuSans-Oblique.ttf")}, "Helvetica")
    x0 = 42
    cols = [(146, "L"), (42, "L"), (54, "L"), (38, "C"), (56, "R"), (52, "R"), (54, "R"), (50, "R"), (36, "C")]
    TW = sum(w for w, _ in cols)
    en = ["Service", "Code", "Modifier", "Units", "Provider billed", "Allowed", "CHIP paid", "Your copay", "Notes"]
    es = ["Servicio", "Código", "Modificador", "Unidades", "Facturado", "Permitido", "Pagó CHIP", "Su copago",
          "Notas"]
    lt, ct = [], []

    def footer():
        pdf.set_font(FN, "", 7)
        pdf.set_xy(x0, 758)
        pdf.cell(TW, 9, f"Bright Start Children's Health Program  -  Notice of Payment  -  Page {pdf.page_no()} of {{nb}}",
                 align="C")

    def page(first: bool):
        if pdf.page_no():
            footer()
        pdf.add_page()
        pdf.set_font(FN, "B", 14)
        pdf.set_text_color(20, 110, 60)
        pdf.set_xy(x0, 34)
        pdf.cell(300, 16, "Bright Start")
        pdf.set_font(FN, "", 8)
        pdf.set_xy(x0, 50)
        pdf.cell(300, 10, "Children's Health Program (CHIP)  |  Programa de Salud Infantil")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font(FN, "B", 11)
        pdf.set_xy(x0 + TW - 250, 34)
        pdf.cell(250, 14, "Notice of Payment / Aviso de Pago", align="R")
        pdf.set_font(FN, "", 8)
        pdf.set_xy(x0 + TW - 250, 50)
        pdf.cell(250, 10, "Notice date / Fecha: February 9, 2026" + ("" if first else "  (continued)"), align="R")
        pdf.set_draw_color(20, 110, 60)
        pdf.set_line_width(1)
        pdf.line(x0, 64, x0 + TW, 64)
        return 74

    y = page(True)
    pdf.set_font(FN, "", 9)
    for i, ln in enumerate(("To the parent or guardian of:", "SOFIA AND DIEGO MARQUEZ-BELL", "c/o Lorena Marquez-Bell",
                            "118 CALLE DEL SOL", "SAN BENITO SPRINGS NM 88099")):
        pdf.set_xy(x0, y + i * 11)
        pdf.cell(250, 11, ln)
    pdf.set_font(FN, "", 8)
    pdf.set_xy(x0 + 300, y)
    pdf.multi_cell(TW - 300, 10, "Case number / Número de caso: 7730-5512-09\nEnrollment group: CHIP Tier 2\n"
                   "Questions? Call 1-888-555-0163 (TTY 711).\n¿Preguntas? Llame al 1-888-555-0163.")
    y += 66
    pdf.set_font(FN, "", 8.5)
    pdf.set_xy(x0, y)
    pdf.multi_cell(TW, 11, "This notice tells you what Bright Start paid for your children's care. It is not a bill. "
                   "You only owe the copay shown for each visit. If a provider bills you for more, call us.\n"
                   "Este aviso le dice lo que Bright Start pagó por la atención de sus hijos. No es una factura.")
    y = pdf.get_y() + 10
    for v in visits:
        svcs = v["svcs"]
        h = 58 + 13 * len(svcs) + 14
        if y + h > 745:
            y = page(False)
        pdf.set_fill_color(228, 241, 232)
        pdf.rect(x0, y, TW, 26, style="F")
        pdf.set_font(FN, "B", 9)
        pdf.set_xy(x0 + 4, y + 2)
        pdf.cell(TW / 2, 11, f"Visit on {d_month(v['when'])}")
        pdf.set_font(FN, "", 8)
        pdf.cell(TW / 2 - 8, 11, f"Claim / Reclamo: {v['claim']}", align="R")
        pdf.set_xy(x0 + 4, y + 13)
        pdf.cell(TW / 2, 11, f"Child / Niño(a): {v['patient']}")
        pdf.cell(TW / 2 - 8, 11, f"{v['provider']}  -  Account {v['acct']}", align="R")
        y += 30
        pdf.set_font(FN, "B", 7.5)
        fp_row(pdf, x0, y, cols, en, 9)
        pdf.set_font(FN, "I", 7)
        fp_row(pdf, x0, y + 9, cols, es, 9)
        pdf.set_draw_color(150, 150, 150)
        pdf.set_line_width(0.4)
        pdf.line(x0, y + 19, x0 + TW, y + 19)
        y += 22
        pdf.set_font(FN, "", 8)
        for s in svcs:
            fp_row(pdf, x0, y, cols, [s.desc, s.code, " ".join(s.mods), units_str(s.units), money(s.billed),
                                      money(s.allowed), money(s.paid), money(s.copay), " ".join(s.remarks)], 12)
            lt.append(tl(pdf.page_no(), s, v, ("billed", "allowed", "paid", "copay"), remarks=s.remarks))
            y += 13
        pdf.line(x0 + sum(w for w, _ in cols[:4]), y, x0 + TW, y)
        pdf.set_font(FN, "B", 8)
        tots = [total(svcs, k) for k in ("billed", "allowed", "paid", "copay")]
        fp_row(pdf, x0, y + 1, cols, ["Visit total / Total de la visita", "", "", ""] + [money(t) for t in tots] + [""],
               12)
        ct.append(claim_truth(v, billed=tots[0], allowed=tots[1], paid=tots[2]))  # copay total: no key
        y += 24
    notes_h = 16 + 2 * 24 + 30
    if y + notes_h > 745:
        y = page(False)
    pdf.set_font(FN, "B", 9)
    pdf.set_xy(x0, y)
    pdf.cell(TW, 12, "Notes / Notas")
    y += 14
    for code, t in legend:
        pdf.set_font(FN, "B", 8)
        pdf.set_xy(x0, y)
        pdf.cell(24, 10, code)
        pdf.set_font(FN, "", 8)
        pdf.set_xy(x0 + 24, y)
        pdf.multi_cell(TW - 24, 10, t)
        y = pdf.get_y() + 3
    pdf.set_font(FN, "I", 7.5)
    pdf.set_xy(x0, y + 6)
    pdf.multi_cell(TW, 10, "You have the right to ask for a fair hearing within 90 days of this notice. / Usted tiene "
                   "derecho a pedir una audiencia imparcial dentro de los 90 días de este aviso.")
    footer()
    path = out / f"{name}.pdf"
    pdf.output(str(path))
    write_truth(path, name, "fpdf2", pdf.page_no(),
                "CHIP (children's health program) notice of payment to a parent, portrait, Liberation Sans: letter "
                "opening and case box; one shaded block per visit whose heading holds the ONLY date ('Visit on "
                "January 5, 2026'), child, claim number and provider account; bilingual column headings (English "
                "bold, Spanish italic beneath: Provider billed/Facturado, CHIP paid/Pagó CHIP, Your copay/Su "
                "copago...); Code, Modifier and Units columns; service lines without dates; $5 copay per visit; "
                "denied lines (prior approval, family owes nothing); Visit total rows; bilingual notes legend.",
                lt, ct, legend)


# ============================================ N5 vision-plan EOB with therapy codes mixed in (reportlab, Times)

def n5_vision_plan_eob(out: Path) -> None:
    """A vision benefits EOB: exam, materials (frames over the allowance are the member's), vision-therapy rider
    sessions, and OT codes billed by the same developmental-vision practice that the vision plan denies (send
    to the medical plan). The procedure column carries the code set: 'CPT 92065', 'HCPCS V2020'."""
    name = "n5_vision_plan_eob"
    claims = [
        dict(patient="Theo Albright", rel="Dependent", claim="V26-0105-2218", acct="BPDV-1180",
             provider="Bright Path Developmental Vision", items=[
                 ("92004", 1, (), D(2026, 1, 5), "exam"), ("92015", 1, (), D(2026, 1, 5), "exam2")]),
        dict(patient="Renata Albright", rel="Member", claim="V26-0106-2291", acct="LEO-77304",
             provider="Lakeside Eye & Optical", items=[
                 ("92014", 1, (), D(2026, 1, 6), "exam"), ("92015", 1, (), D(2026, 1, 6), "exam2"),
                 ("V2020", 1, (), D(2026, 1, 6), "frame"), ("V2100", 2, ("RT", "LT"), D(2026, 1, 6), "lens")]),
        dict(patient="Theo Albright", rel="Dependent", claim="V26-0121-3340", acct="BPDV-1180",
             provider="Bright Path Developmental Vision", items=[
                 ("92060", 1, (), D(2026, 1, 7), "vt"), ("92065", 1, (), D(2026, 1, 14), "vt"),
                 ("92065", 1, (), D(2026, 1, 21), "vt"), ("92065", 1, (), D(2026, 1, 28), "vt")]),
        dict(patient="Theo Albright", rel="Dependent", claim="V26-0121-3341", acct="BPDV-1180",
             provider="Bright Path Developmental Vision", items=[
                 ("97530", 2, ("GO",), D(2026, 1, 14), "deny"), ("97112", 1, ("GO",), D(2026, 1, 14), "deny"),
                 ("97530", 2, ("GO",), D(2026, 1, 28), "deny")]),
    ]
    allowance = {"92004": "96.00", "92014": "72.00", "92015": "17.80", "V2020": "130.00", "V2100": "45.00",
                 "92060": "52.10", "92065": "38.90"}
    for cl in claims:
        cl["svcs"] = []
        for code, u, mods, dos, kind in cl["items"]:
            s = Svc(dos, code, u, mods)
            if kind == "deny":
                s.owes = s.billed
                s.remarks = ["V7"]
            else:
                s.allowed = q(Decimal(allowance[code]) * s.units)
                if kind == "exam":
                    s.copay = Decimal("10.00")
                    s.remarks = ["E1"]
                elif kind == "lens":
                    s.copay = Decimal("25.00")
                    s.remarks = ["M1"]
                elif kind == "vt":
                    s.copay = Decimal("15.00")
                    s.remarks = ["T3"]
                s.paid = s.allowed - s.copay
                s.owes = s.copay
                if kind == "frame":  # over the frame allowance: the member's to pay
                    s.owes = s.billed - s.allowed
                    s.remarks = ["F2"]
            cl["svcs"].append(s)
    legend = [("E1", "Your exam copay applies."),
              ("M1", "Your copay for lenses applies; it covers both lenses."),
              ("F2", "Your frame allowance is $130.00. You pay the amount over the allowance."),
              ("T3", "Vision therapy rider: $15.00 copay per session; 24 sessions per plan year."),
              ("V7", "Not a vision benefit. Send this claim to your medical plan; you may owe the provider if that "
                     "plan does not pay.")]
    W, H = letter
    x0 = 40
    cols = [(46, "L"), (64, "L"), (30, "L"), (22, "C"), (118, "L"), (50, "R"), (52, "R"), (38, "R"), (46, "R"),
            (44, "R"), (26, "C")]
    heads = ["Service|Date", "Procedure", "Mod", "Qty", "Description", "Submitted", "Plan|Allowance", "Copay",
             "Plan Paid", "Patient|Resp.", "Rmk"]
    TW = sum(w for w, _ in cols)
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"

    def build(target, n):
        c = rl_canvas.Canvas(target, pagesize=letter, invariant=1)
        c.setTitle("Vision Explanation of Benefits")
        lt, ct = [], []
        st = {"page": 1, "y": 0.0}

        def head():
            c.setFillColor(Color(0.16, 0.30, 0.52))
            c.circle(x0 + 12, H - 50, 12, stroke=0, fill=1)
            c.setFillColor(white)
            put(c, x0 + 12, H - 54, "CS", FB, 10, "C")
            c.setFillColor(Color(0.16, 0.30, 0.52))
            put(c, x0 + 30, H - 48, "ClearSight Vision Plan", FB, 15)
            c.setFillColor(black)
            put(c, x0 + 30, H - 60, "Vision Benefits Explanation of Benefits", FI, 9)
            put(c, x0 + TW, H - 46, "Statement Date: 02/03/26", F, 9, "R")
            put(c, x0 + TW, H - 58, f"Page {st['page']} of {n or 0}", F, 9, "R")
            c.setStrokeColor(Color(0.16, 0.30, 0.52))
            c.setLineWidth(1)
            c.line(x0, H - 68, x0 + TW, H - 68)
            c.setStrokeColor(black)
            st["y"] = H - 86

        def need(h):
            if st["y"] - h < 56:
                c.showPage()
                st["page"] += 1
                head()

        head()
        y = st["y"]
        for i, (k, v) in enumerate((("Member:", "Renata Albright"), ("Member ID:", "CSV-0048812-01"),
                                    ("Group:", "Fox Hollow School District #0412"),
                                    ("Plan:", "ClearSight Choice with Vision Therapy Rider"))):
            put(c, x0, y - i * 11, k, FB, 9)
            put(c, x0 + 62, y - i * 11, v, F, 9)
        c.setLineWidth(0.5)
        c.rect(x0 + 300, y - 38, TW - 300, 48, stroke=1, fill=0)
        put(c, x0 + 306, y, "Benefit status for 2026", FB, 8.5)
        for i, ln in enumerate(("Exams: used (Renata 01/06/26, Theo 01/05/26)", "Lenses and frames: used (Renata)",
                                "Vision therapy sessions: Theo 4 of 24 used")):
            put(c, x0 + 306, y - 11 - i * 10, ln, F, 8.5)
        st["y"] = y - 62
        for cl in claims:
            svcs = cl["svcs"]
            need(58 + 12 * len(svcs))
            y = st["y"]
            put(c, x0, y, f"Patient: {cl['patient']} ({cl['rel']})", FB, 9)
            put(c, x0 + TW, y, f"Claim #: {cl['claim']}", FB, 9, "R")
            put(c, x0, y - 11, f"Provider: {cl['provider']}", F, 8.5)
            put(c, x0 + TW, y - 11, f"Provider Ref #: {cl['acct']}", F, 8.5, "R")
            y -= 30
            c.setFillColor(Color(0.90, 0.93, 0.97))
            c.rect(x0, y - 4, TW, 21, stroke=0, fill=1)
            c.setFillColor(black)
            rl_stacked(c, x0, y, cols, heads, FB, 7.8, 8.5)
            y -= 16
            for s in svcs:
                pre = "HCPCS" if s.code[0].isalpha() else "CPT"
                vals = [d_mdy2(s.dos), f"{pre} {s.code}", " ".join(s.mods), units_str(s.units), s.desc,
                        money(s.billed, ","), money(s.allowed, ","), money(s.copay, ","), money(s.paid, ","),
                        money(s.owes, ","), " ".join(s.remarks)]
                rl_cells(c, x0, y, cols, vals, F, 8.5)
                lt.append(tl(st["page"], s, cl, ("billed", "allowed", "copay", "paid", "patient_owes"),
                             remarks=s.remarks))
                y -= 12
            keys = ("billed", "allowed", "copay", "paid", "owes")
            tots = [total(svcs, k) for k in keys]
            c.setLineWidth(0.4)
            c.line(x0 + sum(w for w, _ in cols[:5]), y + 8.5, x0 + TW - cols[-1][0], y + 8.5)
            rl_cells(c, x0, y - 1, cols, ["", "", "", "", "Claim Totals"] + [money(t, ",") for t in tots] + [""],
                     FB, 8.5)
            ct.append(claim_truth(cl, billed=tots[0], allowed=tots[1], paid=tots[3], patient_owes=tots[4]))
            st["y"] = y - 28
        need(24 + 11 * len(legend))
        y = st["y"]
        put(c, x0, y, "Remark Codes", FB, 9)
        for code, t in legend:
            y -= 11
            put(c, x0 + 4, y, code, FB, 8.5)
            put(c, x0 + 28, y, t, F, 8.5)
        y -= 20
        put(c, x0, y, "This is not a bill. Payments were sent to the providers listed. For a review, write to ClearSight "
            "Appeals, P.O. Box 4410, Lindenport, WI 53099.", FI, 8)
        c.showPage()
        c.save()
        return st["page"], (lt, ct)

    path = out / f"{name}.pdf"
    pages, (lt, ct) = rl_twice(build, path)
    write_truth(path, name, "reportlab", pages,
                "Vision-plan EOB, portrait Times: member block and a benefit-status box; per claim Patient / Claim # / "
                "Provider / Provider Ref # lines above a shaded two-line header; Procedure column with code-set "
                "prefixes ('CPT 92065', 'HCPCS V2020'); Mod ('RT LT' for a pair of lenses, GO); Qty; Submitted / "
                "Plan Allowance / Copay / Plan Paid / Patient Resp.; frames over the allowance are the member's; "
                "vision-therapy rider sessions; OT codes (97530, 97112) from the same practice denied as not a "
                "vision benefit; Claim Totals rows; remark legend; dates 01/05/26; amounts without $.",
                lt, ct, legend)


# ==================================== N6 hospital outpatient rehab facility claim EOB with revenue codes (fpdf2)

def n6_hospital_rehab_rev_codes(out: Path) -> None:
    """An insurer's EOB for a hospital outpatient rehabilitation claim (UB-04, type of bill 131): revenue code
    column (0420/0424/0430/0434/0440/0444/0274) beside HCPCS/CPT, hospital charges with thousands separators and
    lines over $1,000, statement period in the claim box, the claim total printed as revenue code 0001 'Total
    Charges' (the UB-04 convention), a month-long claim that runs onto the next page with the header repeated."""
    name = "n6_hospital_rehab_rev_codes"
    J = "Jonah Whitfield-Reyes"
    A = "Ava Whitfield-Reyes"
    spec = [
        dict(patient=J, acct="26011840377", claim="26034-118872-00", period=(D(2026, 1, 5), D(2026, 1, 30)),
             ded=Decimal("750.00"), items=[
                 ("97166", 1, ("GO",), 5), ("97530", 2, ("GO",), 5), ("97161", 1, ("GP",), 8), ("97110", 3, ("GP",), 8),
                 ("97530", 4, ("GO",), 12), ("97535", 1, ("GO",), 12), ("97018", 1, ("GO",), 12, "CO"),
                 ("97110", 4, ("GP",), 15), ("97140", 2, ("GP",), 15), ("97530", 4, ("GO",), 19),
                 ("97112", 1, ("GO",), 19), ("97110", 3, ("GP",), 22), ("G0283", 1, ("GP",), 22),
                 ("97530", 3, ("GO",), 26), ("97760", 1, ("GO",), 26), ("L3807", 1, ("RT",), 26),
                 ("97110", 3, ("GP",), 29), ("97140", 1, ("GP",), 29), ("97530", 3, ("GO",), 30),
                 ("97535", 1, ("GO",), 30), ("97112", 1, ("GO",), 30)]),
        dict(patient=A, acct="26011840412", claim="26034-119305-00", period=(D(2026, 1, 7), D(2026, 1, 28)),
             ded=ZERO, items=[
                 ("92523", 1, ("GN",), 7), ("92507", 1, ("GN",), 14), ("92507", 1, ("GN",), 21),
                 ("92526", 1, ("GN",), 21), ("92507", 1, ("GN",), 28)]),
    ]
    claims = []
    for sp in spec:
        st = PlanState(ded_left=sp["ded"], coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.55"))
        svcs = []
        for it in sp["items"]:
            s = Svc(D(2026, 1, it[3]), it[0], it[1], it[2])
            s.billed = q(Decimal(HOSP[s.code]) * s.units)
            if len(it) > 4:  # bundled into another line: the hospital writes it off
                s.not_covered = s.billed
                s.adjs = [("CO", "97", s.billed)]
                s.remarks = ["H3"]
            else:
                commercial(s, st)
                s.remarks = ["H1", "H2"] if s.deductible else ["H1"]
            svcs.append(s)
        claims.append(dict(sp, svcs=svcs))
    claims.reverse()  # the short speech claim first; the long one then runs onto page 2
    legend = [("H1", "The hospital is in network; the discount is the difference between its charge and the "
                     "network rate. You do not owe the discount."),
              ("H2", "Applied to your deductible."),
              ("H3", "Included in the payment for another service on this claim; you do not owe this charge.")]
    pdf = new_fpdf("L")
    pdf.set_title("Explanation of Benefits - Facility Claim")
    FN = fp_font(pdf, "HCond", {"": ("DejaVuSansCondensed.ttf",), "B": ("DejaVuSansCondensed-Bold.ttf",)},
                 "Helvetica")
    cols = [(34, "L"), (44, "L"), (28, "L"), (46, "L"), (24, "R"), (112, "L"), (56, "R"), (48, "R"), (52, "R"),
            (54, "R"), (50, "R"), (52, "R"), (54, "R"), (50, "R"), (30, "C")]
    heads = [("Rev", "Code"), ("HCPCS/", "CPT"), ("", "Mod"), ("Service", "Date"), ("", "Units"), ("", "Description"),
             ("Total", "Charges"), ("Non-", "Covered"), ("Network", "Discount"), ("", "Allowed"), ("", "Deductible"),
             ("", "Coinsurance"), ("Plan", "Paid"), ("You", "Owe"), ("", "Rmk")]
    x0 = 30
    TW = sum(w for w, _ in cols)
    keys = ("billed", "not_covered", "discount", "allowed", "deductible", "coinsurance", "paid", "owes")
    lt, ct = [], []

    def footer():
        pdf.set_font(FN, "", 7)
        pdf.set_xy(x0, 586)
        pdf.cell(TW / 2, 9, "Summit Crest Health Insurance Company  |  Facility claims  |  1-866-555-0120")
        pdf.cell(TW / 2, 9, f"Page {pdf.page_no()} of {{nb}}", align="R")

    def page():
        if pdf.page_no():
            footer()
        pdf.add_page()
        pdf.set_font(FN, "B", 13)
        pdf.set_xy(x0, 26)
        pdf.cell(TW / 2, 16, "SUMMIT CREST HEALTH INSURANCE")
        pdf.set_font(FN, "B", 10)
        pdf.cell(TW / 2, 16, "EXPLANATION OF BENEFITS - FACILITY CLAIM", align="R")
        pdf.set_font(FN, "", 7.5)
        pdf.set_xy(x0, 42)
        pdf.cell(TW / 2, 10, "Subscriber: Marisol Whitfield-Reyes   Member ID: SCH-992-04-7713   Group: 88140 "
                 "Larkspur Logistics")
        pdf.cell(TW / 2, 10, "Date processed: 02/10/2026   This is not a bill", align="R")
        pdf.set_line_width(0.8)
        pdf.line(x0, 55, x0 + TW, 55)
        return 62

    def table_head(y):
        pdf.set_fill_color(225, 225, 225)
        pdf.rect(x0, y, TW, 20, style="F")
        pdf.set_font(FN, "B", 7)
        fp_row(pdf, x0, y + 1, cols, [a for a, _ in heads], 9)
        fp_row(pdf, x0, y + 10, cols, [b for _, b in heads], 9)
        return y + 23

    y = page()
    for cl in claims:
        if y + 80 > 570:
            y = page()
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.5)
        pdf.rect(x0, y, TW, 34)
        pdf.set_font(FN, "B", 8)
        pdf.set_xy(x0 + 5, y + 3)
        pdf.cell(230, 10, f"Patient: {cl['patient']}")
        pdf.cell(230, 10, f"Patient Control No: {cl['acct']}")
        pdf.cell(TW - 470, 10, f"DCN: {cl['claim']}", align="R")
        pdf.set_font(FN, "", 7.5)
        pdf.set_xy(x0 + 5, y + 13)
        pdf.cell(230, 10, "Facility: Riverbend Regional Medical Center")
        pdf.cell(230, 10, "Outpatient Rehabilitation (in network)   Type of bill: 131")
        pdf.cell(TW - 470, 10, f"Statement covers: {d_mdy4(cl['period'][0])} - {d_mdy4(cl['period'][1])}",
                 align="R")
        pdf.set_xy(x0 + 5, y + 23)
        pdf.cell(460, 10, "Claim status: Processed - paid to facility by EFT 7730125 on 02/10/2026")
        y = table_head(y + 38)
        for s in cl["svcs"]:
            if y + 14 > 548:
                pdf.set_font(FN, "", 7.5)
                pdf.set_xy(x0, y + 4)
                pdf.cell(TW, 10, "Claim continued on next page", align="R")
                y = page()
                pdf.set_font(FN, "B", 8)
                pdf.set_xy(x0, y)
                pdf.cell(TW, 10, f"Patient: {cl['patient']}   Patient Control No: {cl['acct']}   DCN: {cl['claim']}"
                         "   (continued)")
                y = table_head(y + 12)
            pdf.set_font(FN, "", 8)
            vals = [REV[s.code], s.code, " ".join(s.mods), d_mdy4(s.dos), units_str(s.units), ""] + \
                [money(getattr(s, k), ",") for k in keys] + [" ".join(s.remarks)]
            fp_row(pdf, x0, y, cols, vals, 12)
            pdf.set_xy(x0 + sum(w for w, _ in cols[:5]), y)
            pdf.cell(cols[5][0], 12, fp_fit(pdf, s.desc, cols[5][0] - 4, 8, FN))
            lt.append(tl(pdf.page_no(), s, cl, ("billed", "not_covered", "discount", "allowed", "deductible",
                                                "coinsurance", "paid", "patient_owes"), remarks=s.remarks))
            y += 14
        tots = [total(cl["svcs"], k) for k in keys]
        pdf.set_line_width(0.4)
        pdf.line(x0, y + 1, x0 + TW, y + 1)
        pdf.set_font(FN, "B", 7.5)
        fp_row(pdf, x0, y + 2, cols, ["0001", "", "", "", "", "Total Charges"] + [money(t, ",") for t in tots] + [""],
               11)
        ct.append(claim_truth(cl, billed=tots[0], allowed=tots[3], paid=tots[6], patient_owes=tots[7]))
        y += 30
    if y + 60 > 570:
        y = page()
    pdf.set_font(FN, "B", 8)
    pdf.set_xy(x0, y)
    pdf.cell(TW, 10, "Remark codes")
    pdf.set_font(FN, "", 7.5)
    for i, (code, t) in enumerate(legend):
        pdf.set_xy(x0, y + 12 + i * 10)
        pdf.cell(26, 10, code)
        pdf.cell(TW - 26, 10, t)
    y += 12 + 10 * len(legend) + 6
    pdf.set_xy(x0, y)
    pdf.cell(TW, 10, "Deductible 2026: Jonah $750.00 of $750.00 met; family $750.00 of $1,500.00 met.  "
             "Coinsurance: 20% of the allowed amount after the deductible.")
    footer()
    path = out / f"{name}.pdf"
    pdf.output(str(path))
    write_truth(path, name, "fpdf2", pdf.page_no(),
                "Insurer EOB for a hospital outpatient rehab facility claim (UB-04, TOB 131), landscape, DejaVu Sans "
                "Condensed: boxed claim header (Patient, Patient Control No, DCN, facility, statement-covers period, "
                "status); shaded two-line header Rev Code / HCPCS/CPT / Mod / Service Date / Units / Description / "
                "Total Charges / Non-Covered / Network Discount / Allowed / Deductible / Coinsurance / Plan Paid / "
                "You Owe / Rmk; revenue codes 0420/0424/0430/0434/0440/0444/0274 beside the CPT code; hospital "
                "charges over $1,000 with thousands separators (1,248.00); a bundled line written off as "
                "non-covered; claim total printed as revenue code 0001 'Total Charges'; a 21-line claim that runs "
                "onto page 2 with a continued header; dates 01/05/2026.",
                lt, ct, legend)


# ======================================= N7 Medicare supplement (Medigap) crossover EOB (reportlab, DejaVu Serif)

def n7_medigap_crossover(out: Path) -> None:
    """A Medicare supplement (Plan G) EOB for claims Medicare forwarded (crossover): per claim the insurer's claim
    number, Medicare's ICN and the provider's account; From - Thru dates in one cell; Medicare Approved and
    Medicare Paid beside the plan's own columns; Plan G pays Medicare's coinsurance, the member owes the Part B
    deductible; a line Medicare denied (nothing paid, nothing owed); modifiers spaced ('97140 GP 59')."""
    name = "n7_medigap_crossover"
    P = "Harold W. Brennan"
    claims = [
        dict(patient=P, claim="26-MS-0031187", icn="22026019338410", acct="BRA-660913",
             provider="Brookside Rehab Associates", processed="01/22/26", svcs=[
                 Svc(D(2026, 1, 5), "97161", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
                 Svc(D(2026, 1, 5), "97140", 1, ("GP", "59")), Svc(D(2026, 1, 7), "97110", 2, ("GP",)),
                 Svc(D(2026, 1, 7), "97112", 1, ("GP",)), Svc(D(2026, 1, 7), "G0283", 1, ("GP",))]),
        dict(patient=P, claim="26-MS-0034420", icn="22026026114205", acct="BRA-660913",
             provider="Brookside Rehab Associates", processed="01/29/26", svcs=[
                 Svc(D(2026, 1, 12), "97110", 2, ("GP",)), Svc(D(2026, 1, 12), "97140", 1, ("GP", "59")),
                 Svc(D(2026, 1, 14), "97110", 2, ("GP",)), Svc(D(2026, 1, 14), "97116", 1, ("GP",)),
                 Svc(D(2026, 1, 14), "0552T", 1, ("GP",), denied="CO")]),
        dict(patient=P, claim="26-MS-0036958", icn="22026033207781", acct="00418277",
             provider="Lakeview Hand & Upper Extremity OT", processed="02/03/26", svcs=[
                 Svc(D(2026, 1, 16), "97165", 1, ("GO",)), Svc(D(2026, 1, 16), "97760", 2, ("GO",)),
                 Svc(D(2026, 1, 23), "97763", 1, ("GO",)), Svc(D(2026, 1, 23), "97530", 2, ("GO",)),
                 Svc(D(2026, 1, 23), "97018", 1, ("GO",))]),
        dict(patient=P, claim="26-MS-0037102", icn="22026034450019", acct="SLP-30552",
             provider="Harborview Speech & Swallowing", processed="02/03/26", svcs=[
                 Svc(D(2026, 1, 20), "92610", 1, ("GN",)), Svc(D(2026, 1, 27), "92526", 1, ("GN",)),
                 Svc(D(2026, 1, 27), "92507", 1, ("GN",))]),
    ]
    st = PlanState(ded_left=Decimal("96.00"), coins_rate=Decimal("0.20"))
    for cl in claims:
        for s in cl["svcs"]:
            medicare(s, st, sequestration=True)
            s.medicare_paid = s.paid  # what Medicare paid the provider
            if s.denied:
                s.paid = ZERO
                s.owes = ZERO
                s.remarks = ["M4"]
            else:
                s.paid = s.coinsurance  # Plan G pays Medicare's coinsurance
                s.owes = s.deductible  # ... but not the Part B deductible
                s.remarks = ["M1", "M2"] if s.deductible else ["M1"]
    legend = [("M1", "Your Plan G paid the Medicare coinsurance for this service in full."),
              ("M2", "Plan G does not pay the Medicare Part B deductible. The provider may bill you for it."),
              ("M4", "Medicare did not approve this service, so this plan cannot pay it. Under Medicare's "
                     "rules the provider may not bill you.")]
    W, H = letter
    x0 = 38
    cols = [(86, "L"), (62, "L"), (50, "R"), (54, "R"), (50, "R"), (52, "R"), (56, "R"), (48, "R"), (50, "R"),
            (28, "C")]
    heads = ["Dates of Service|From - Thru", "Procedure", "Charges", "Medicare|Approved", "Medicare|Paid",
             "Part B|Deductible", "Medicare|Coinsurance", "Plan G|Paid", "Your|Balance", "Notes"]
    TW = sum(w for w, _ in cols)
    F = rl_font("MgSerif", ("DejaVuSerif.ttf", "LiberationSerif-Regular.ttf"), "Times-Roman")
    FB = rl_font("MgSerifB", ("DejaVuSerif-Bold.ttf", "LiberationSerif-Bold.ttf"), "Times-Bold")
    FI = rl_font("MgSerifI", ("DejaVuSerif-Italic.ttf", "LiberationSerif-Italic.ttf"), "Times-Italic")

    def build(target, n):
        c = rl_canvas.Canvas(target, pagesize=letter, invariant=1)
        c.setTitle("Medicare Supplement Explanation of Benefits")
        lt, ct = [], []
        st2 = {"page": 1, "y": 0.0}

        def head():
            c.setFillColor(Color(0.45, 0.12, 0.15))
            put(c, x0, H - 44, "Keystone Mutual Life & Health", FB, 14)
            c.setFillColor(black)
            put(c, x0, H - 57, "Medicare Supplement Insurance  |  Plan G", F, 8.5)
            put(c, x0 + TW, H - 44, "EXPLANATION OF BENEFITS", FB, 10, "R")
            put(c, x0 + TW, H - 57, f"Page {st2['page']} of {n or 0}", F, 8, "R")
            c.setStrokeColor(Color(0.45, 0.12, 0.15))
            c.setLineWidth(2)
            c.line(x0, H - 64, x0 + TW, H - 64)
            c.setStrokeColor(black)
            put(c, x0, 34, "Keystone Mutual Life & Health is not connected with or endorsed by the U.S. government "
                "or the federal Medicare program.", FI, 6.8)
            st2["y"] = H - 84

        def need(h):
            if st2["y"] - h < 54:
                c.showPage()
                st2["page"] += 1
                head()

        head()
        y = st2["y"]
        for i, (k, v) in enumerate((("Insured:", P), ("Policy No.:", "MS-G-4417208"),
                                    ("Medicare Number:", "1EG4-TE5-MK72"), ("Statement Date:", "02/06/26"))):
            put(c, x0, y - i * 12, k, FB, 8.5)
            put(c, x0 + 96, y - i * 12, v, F, 8.5)
        c.setFillColor(Color(0.97, 0.94, 0.90))
        c.rect(x0 + 270, y - 42, TW - 270, 52, stroke=0, fill=1)
        c.setFillColor(black)
        for i, ln in enumerate(("These claims were sent to us automatically by Medicare", "(Medicare crossover). Medicare's approved amount decides",
                                "what this plan pays. You do not need to file these claims.",
                                "THIS IS NOT A BILL.")):
            put(c, x0 + 276, y - i * 11, ln, FB if i == 3 else F, 7.6)
        st2["y"] = y - 66
        for cl in claims:
            svcs = cl["svcs"]
            need(70 + 13 * len(svcs))
            y = st2["y"]
            c.setLineWidth(0.6)
            c.line(x0, y + 10, x0 + TW, y + 10)
            put(c, x0, y, f"Claim Number: {cl['claim']}", FB, 8.5)
            put(c, x0 + 190, y, f"Medicare ICN: {cl['icn']}", F, 8.5)
            put(c, x0 + TW, y, f"Medicare processed: {cl['processed']}", F, 8.5, "R")
            put(c, x0, y - 12, f"Patient: {cl['patient']}", F, 8.5)
            put(c, x0 + 190, y - 12, f"Provider: {cl['provider']}", F, 8.5)
            put(c, x0 + TW, y - 12, f"Patient Account: {cl['acct']}", F, 8.5, "R")
            y -= 36
            rl_stacked(c, x0, y, cols, heads, FB, 7.2, 8.4)
            c.setLineWidth(0.4)
            c.line(x0, y - 4, x0 + TW, y - 4)
            y -= 15
            for s in svcs:
                vals = [f"{d_mdy2(s.dos)} - {d_mdy2(s.dos)}", " ".join((s.code,) + s.mods), money(s.billed),
                        money(s.allowed), money(s.medicare_paid), money(s.deductible), money(s.coinsurance),
                        money(s.paid), money(s.owes), " ".join(s.remarks)]
                rl_cells(c, x0, y, cols, vals, F, 7.8)
                lt.append(tl(st2["page"], s, cl, ("billed", "allowed", "deductible", "coinsurance", "paid",
                                                   "patient_owes"), service_end=s.dos, remarks=s.remarks))
                y -= 13
            tots = [total(svcs, k) for k in ("billed", "allowed", "medicare_paid", "deductible", "coinsurance",
                                             "paid", "owes")]
            c.line(x0 + cols[0][0] + cols[1][0], y + 9, x0 + TW - cols[-1][0], y + 9)
            rl_cells(c, x0, y - 1, cols, ["", "Claim Totals"] + [money(t) for t in tots] + [""], FB, 7.8)
            ct.append(claim_truth(cl, billed=tots[0], allowed=tots[1], paid=tots[5], patient_owes=tots[6]))
            st2["y"] = y - 30
        need(100)
        y = st2["y"]
        allsv = [s for cl in claims for s in cl["svcs"]]
        put(c, x0, y, "Summary of this statement", FB, 9)
        for i, (k, v) in enumerate((("Medicare paid providers", total(allsv, "medicare_paid")),
                                    ("Plan G paid providers", total(allsv, "paid")),
                                    ("Your balance (Part B deductible)", total(allsv, "owes")))):
            put(c, x0 + 6, y - 13 - i * 11, k, F, 8.2)
            put(c, x0 + 250, y - 13 - i * 11, money(v), F, 8.2, "R")
        y -= 60
        put(c, x0, y, "Notes", FB, 9)
        for code, t in legend:
            y -= 12
            put(c, x0 + 6, y, code, FB, 8)
            put(c, x0 + 30, y, t, F, 8)
        c.showPage()
        c.save()
        return st2["page"], (lt, ct)

    path = out / f"{name}.pdf"
    pages, (lt, ct) = rl_twice(build, path)
    write_truth(path, name, "reportlab", pages,
                "Medicare supplement (Medigap Plan G) crossover EOB, portrait, DejaVu Serif: insured block and a "
                "crossover notice; per claim the plan's Claim Number (payer_claim_id; Medicare's ICN is printed too), "
                "Medicare processed date, patient, provider, Patient Account; two-line headers Dates of Service "
                "From - Thru (one cell '01/05/26 - 01/05/26') / Procedure ('97140 GP 59') / Charges / Medicare "
                "Approved / Medicare Paid / Part B Deductible / Medicare Coinsurance / Plan G Paid / Your Balance / "
                "Notes; plan paid = Medicare coinsurance, your balance = Part B "
                "deductible; a Medicare-denied line; Claim Totals rows; statement summary and notes legend.",
                lt, ct, legend)


# ========================================= N8 clinic billing-service patient statement (fpdf2, Helvetica/Courier)

def n8_clinic_billing_statement(out: Path) -> None:
    """A family's bill from a clinic's outsourced billing service (not an EOB): a tear-off remittance stub on top,
    account activity (previous balance, a payment row without a code), then one section per child with per-line
    Charges / Ins. Paid / Ins. Adj. / Pt. Paid / Balance, an insurance note row under each visit, a total per child,
    an account summary and an aging strip. Lines print no modifiers and no units."""
    name = "n8_clinic_billing_statement"
    ACCT = "100-48812"
    kids = [
        dict(patient="Maya Denholm", visits=[
            (D(2026, 1, 5), [("97165", 1), ("97530", 2)], Decimal("25.00"), "01/21/26"),
            (D(2026, 1, 12), [("97530", 3), ("97535", 1)], ZERO, "01/27/26"),
            (D(2026, 1, 19), [("97530", 2), ("97533", 1, "PR")], ZERO, "01/30/26")]),
        dict(patient="Eli Denholm", visits=[
            (D(2026, 1, 8), [("92523", 1)], ZERO, "01/23/26"),
            (D(2026, 1, 15), [("92507", 1)], Decimal("20.00"), "01/29/26"),
            (D(2026, 1, 22), [("92507", 1), ("92526", 1)], ZERO, "01/30/26")]),
    ]
    st = PlanState(ded_left=Decimal("85.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    for k in kids:
        k["rows"] = []
        for dos, items, pt_paid, ins_date in k["visits"]:
            svcs = []
            for it in items:
                s = Svc(dos, it[0], it[1], denied=it[2] if len(it) > 2 else None)
                commercial(s, st)
                s.pt_paid = ZERO
                svcs.append(s)
            left = pt_paid  # paid at the front desk, applied to the visit's first lines
            for s in svcs:
                s.pt_paid = min(left, s.owes)
                left -= s.pt_paid
                s.balance = s.owes - s.pt_paid
            k["rows"].append((dos, svcs, ins_date))
    pdf = new_fpdf("P")
    pdf.set_title("Patient Statement")
    x0 = 36
    cols = [(46, "L"), (42, "L"), (150, "L"), (60, "R"), (60, "R"), (60, "R"), (56, "R"), (66, "R")]
    TW = sum(w for w, _ in cols)
    lt, ct = [], []
    allsv = [s for k in kids for _d, sv, _i in k["rows"] for s in sv]
    prev, paid_prev = Decimal("35.00"), Decimal("35.00")
    new_ch = total(allsv, "billed")
    ins_p, ins_a = total(allsv, "paid"), total(allsv, "discount") + total(allsv, "not_covered") - total(
        [s for s in allsv if s.denied], "owes")
    pt_p = total(allsv, "pt_paid") + paid_prev
    due = prev + new_ch - ins_p - ins_a - pt_p
    assert_due = total(allsv, "balance")
    if due != assert_due:
        raise RuntimeError(f"statement arithmetic: {due} != {assert_due}")

    pdf.add_page()
    # ---- tear-off stub
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_xy(x0, 30)
    pdf.cell(280, 14, "Little Oaks Pediatric Therapy")
    pdf.set_font("Helvetica", "", 7.5)
    pdf.set_xy(x0, 44)
    pdf.multi_cell(280, 9.5, "c/o Cascade Medical Billing Services\nP.O. Box 22810\nTumwater Falls, WA 98599-2810\n"
                   "Billing questions: (360) 555-0119, Mon-Fri 8-5")
    bx, bw = 330, TW - 294
    labels = [("Statement Date", "02/02/26"), ("Account No.", ACCT), ("Balance Due", money(due)),
              ("Please Pay By", "02/22/26"), ("Amount Enclosed", "$ ______________")]
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.5)
    for i, (k, v) in enumerate(labels):
        yy = 30 + i * 15
        pdf.rect(bx, yy, bw, 15)
        pdf.line(bx + 96, yy, bx + 96, yy + 15)
        pdf.set_font("Helvetica", "B", 7.5)
        pdf.set_xy(bx + 4, yy + 2)
        pdf.cell(90, 11, k)
        pdf.set_font("Helvetica", "B" if k == "Balance Due" else "", 8.5)
        pdf.set_xy(bx + 100, yy + 2)
        pdf.cell(bw - 104, 11, v)
    pdf.set_font("Helvetica", "", 9)
    for i, ln in enumerate(("RACHEL DENHOLM", "77 ORCHARD TERRACE", "BRIARWOOD WA 98598-0077")):
        pdf.set_xy(x0 + 20, 104 + i * 11)
        pdf.cell(250, 11, ln)
    pdf.set_font("Helvetica", "I", 7)
    pdf.set_xy(bx, 110)
    pdf.multi_cell(bw, 9, "Make checks payable to Little Oaks Pediatric Therapy. Write your account number on "
                   "your check. To pay by card, visit pay.littleoaks.example.")
    pdf.set_dash_pattern(dash=3, gap=2)
    pdf.line(x0 - 10, 150, x0 + TW + 10, 150)
    pdf.set_dash_pattern()
    pdf.set_font("Helvetica", "", 6.5)
    pdf.set_xy(x0, 151)
    pdf.cell(TW, 8, "Please detach and return the top portion with your payment.", align="C")
    # ---- statement body
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_xy(x0, 166)
    pdf.cell(TW / 2, 14, "PATIENT STATEMENT")
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(TW / 2, 14, f"Guarantor: Rachel Denholm   Account No. {ACCT}", align="R")
    y = 188

    def head(y):
        pdf.set_fill_color(52, 73, 94)
        pdf.rect(x0, y, TW, 14, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 7.5)
        fp_row(pdf, x0, y + 1, cols, ["Date", "Code", "Description", "Charges", "Ins. Paid", "Ins. Adj.", "Pt. Paid",
                                      "Balance"], 12)
        pdf.set_text_color(0, 0, 0)
        return y + 17

    pdf.set_font("Helvetica", "B", 8.5)
    pdf.set_xy(x0, y)
    pdf.cell(TW, 11, "Account activity")
    y = head(y + 12)
    pdf.set_font("Courier", "", 8)
    for vals in (["12/31/25", "", "Previous balance", "", "", "", "", money(prev, ",")],
                 ["01/14/26", "", "Payment - thank you (check #1042)", "", "", "", money(paid_prev, ","),
                  money(ZERO, ",")]):
        fp_row(pdf, x0, y, cols, vals, 11)
        y += 12
    y += 8
    for k in kids:
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.set_xy(x0, y)
        pdf.cell(TW, 11, f"Patient: {k['patient']}")
        y = head(y + 12)
        cl = dict(patient=k["patient"], acct=ACCT, claim=None)
        svcs_all = []
        for dos, svcs, ins_date in k["rows"]:
            for s in svcs:
                pdf.set_font("Courier", "", 8)
                fp_row(pdf, x0, y, cols, [d_mdy2(s.dos), s.code, "", money(s.billed, ","), money(s.paid, ","),
                                          money(s.discount + (s.not_covered if s.denied == "CO" else ZERO), ","),
                                          money(s.pt_paid, ","), money(s.balance, ",")], 11)
                pdf.set_xy(x0 + cols[0][0] + cols[1][0], y)
                pdf.cell(cols[2][0], 11, fp_fit(pdf, s.desc, cols[2][0] - 4, 8, "Courier", floor=6.4))
                lt.append(tl(pdf.page_no(), s, cl, ("billed", "paid", "discount"), units=False, modifiers=False,
                             overrides={"patient_owes": str(q(s.balance))}))
                y += 11.5
                svcs_all.append(s)
            pdf.set_font("Helvetica", "I", 7)
            pdf.set_text_color(90, 90, 90)
            pdf.set_xy(x0 + cols[0][0] + cols[1][0], y)
            denied = [s for s in svcs if s.denied]
            note = (f"BluePeak PPO billed {d_mdy2(dos + (D(2026, 1, 2) - D(2026, 1, 1)))}, processed {ins_date}"
                    + ("; one service not covered by your plan" if denied else ""))
            pdf.cell(TW - 88, 10, note)
            pdf.set_text_color(0, 0, 0)
            y += 13
        tots = [total(svcs_all, a) for a in ("billed", "paid", "discount", "pt_paid", "balance")]
        pdf.set_line_width(0.4)
        pdf.line(x0 + 238, y, x0 + TW, y)
        pdf.set_font("Courier", "B", 8)
        fp_row(pdf, x0, y + 1, cols, ["", "", f"Total for {k['patient'].split()[0]}"] + [money(t, ",") for t in tots],
               11)
        ct.append(claim_truth(cl, billed=tots[0], paid=tots[1], patient_owes=tots[4]))
        y += 24
    # ---- summary and aging
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.set_xy(x0, y)
    pdf.cell(200, 11, "Account summary")
    pdf.set_font("Courier", "", 8)
    rows = [("Previous balance", prev), ("New charges", new_ch), ("Insurance payments", -ins_p),
            ("Insurance adjustments", -ins_a), ("Your payments", -pt_p), ("BALANCE DUE", due)]
    for i, (k2, v) in enumerate(rows):
        pdf.set_font("Courier", "B" if k2 == "BALANCE DUE" else "", 8)
        pdf.set_xy(x0, y + 13 + i * 11)
        pdf.cell(130, 11, k2)
        pdf.cell(70, 11, money(v, ",", "()"), align="R")
    ax = x0 + 250
    aging = [("Current", due - Decimal("0.00")), ("31-60 days", ZERO), ("61-90 days", ZERO), ("91-120 days", ZERO),
             ("Over 120", ZERO)]
    aw = (TW - 250) / len(aging)
    for i, (k2, v) in enumerate(aging):
        pdf.rect(ax + i * aw, y + 13, aw, 30)
        pdf.set_font("Helvetica", "B", 7)
        pdf.set_xy(ax + i * aw, y + 15)
        pdf.cell(aw, 10, k2, align="C")
        pdf.set_font("Courier", "", 8)
        pdf.set_xy(ax + i * aw, y + 28)
        pdf.cell(aw, 12, money(v, ","), align="C")
    pdf.set_font("Helvetica", "", 7)
    pdf.set_xy(ax, y + 50)
    pdf.multi_cell(TW - 250, 9, "Your insurance has processed every visit on this statement. The balance is your "
                   "deductible, coinsurance and any service your plan does not cover. Payment plans are available; "
                   "call us before the due date.")
    pdf.set_font("Helvetica", "", 7)
    pdf.set_xy(x0, 760)
    pdf.cell(TW, 9, f"Page {pdf.page_no()} of {{nb}}", align="C")
    path = out / f"{name}.pdf"
    pdf.output(str(path))
    write_truth(path, name, "fpdf2", pdf.page_no(),
                "Clinic billing-service patient statement (a family's bill, not an EOB), portrait, Helvetica headings "
                "and Courier figures: tear-off remittance stub (Statement Date / Account No. / Balance Due / Please "
                "Pay By / Amount Enclosed) above a dashed cut line; account activity rows (previous balance, a "
                "payment without a code); one section per child under a dark header band Date / Code / Description "
                "/ Charges / Ins. Paid / Ins. Adj. / Pt. Paid / Balance; italic insurance note row under each visit; "
                "Total for <child> rows; account summary with (negative) amounts and an aging strip. Truth: Ins. Adj. "
                "(the insurer's contractual write-off) is recorded as discount, Balance as patient_owes; Pt. Paid "
                "has no truth key; the account number is the claim_id of every line; no units or modifiers printed.",
                lt, ct, [])


# ================================== N9 two-column member EOB, claims side by side (reportlab, Helvetica 7pt)

def n9_two_column_eob(out: Path) -> None:
    """A compact member EOB set in two newspaper columns: claims flow down the left column, then the right, then
    the next page, so two unrelated claim tables sit side by side at the same height. Codes and modifiers glued
    ('97530GO'), a Qty column, dates 1/5/26, claim status per claim (Paid / Denied / Adjusted, the adjusted claim
    carrying a reversal line with negative amounts)."""
    name = "n9_two_column_eob"
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"),
                   copay_codes={"99213": Decimal("35.00")})
    AVA, BEN, KIM = "Ava Thornbury", "Ben Thornbury", "Kimberly Thornbury"
    WK = "Wildflower Kids Therapy"
    raw = [
        dict(patient=AVA, claim="7Q2-55810", acct="44120", provider=WK, status="Paid", items=[
            ("97165", 1, ("GO",), (1, 5)), ("97530", 2, ("GO",), (1, 5)), ("97535", 1, ("GO",), (1, 5))]),
        dict(patient=BEN, claim="7Q2-55874", acct="44121", provider=WK, status="Paid", items=[
            ("92523", 1, ("GN",), (1, 6)), ("92507", 1, ("GN",), (1, 13))]),
        dict(patient=AVA, claim="7Q2-56102", acct="44120", provider=WK, status="Paid", items=[
            ("97530", 3, ("GO",), (1, 12)), ("97112", 1, ("GO",), (1, 12)), ("97530", 3, ("GO",), (1, 19)),
            ("97533", 1, ("GO",), (1, 19))]),
        dict(patient=KIM, claim="7Q2-56230", acct="A-30917", provider="Foothill Family Medicine", status="Paid",
             items=[("99213", 1, (), (1, 8))]),
        dict(patient=BEN, claim="7Q2-56388", acct="44121", provider=WK, status="Denied", items=[
            ("92526", 1, ("GN",), (1, 20), "PR"), ("92526", 1, ("GN",), (1, 27), "PR")]),
        dict(patient=KIM, claim="7Q2-56415", acct="HT-2290", provider="Summit Hand Therapy", status="Paid", items=[
            ("97166", 1, ("GO",), (1, 9)), ("97760", 2, ("GO",), (1, 9)), ("L3807", 1, ("LT",), (1, 9)),
            ("97140", 1, ("GO", "59"), (1, 16)), ("97110", 2, ("GO",), (1, 16))]),
        dict(patient=AVA, claim="7Q2-56702", acct="44120", provider=WK, status="Adjusted", items=[
            ("97530", 1, ("GO",), (1, 26), "REV"), ("97530", 2, ("GO",), (1, 26)), ("97535", 1, ("GO",), (1, 26))]),
        dict(patient=BEN, claim="7Q2-56731", acct="44121", provider=WK, status="Paid", items=[
            ("92507", 1, ("GN",), (1, 27)), ("92507", 1, ("GN",), (1, 29))]),
        dict(patient=KIM, claim="7Q2-56990", acct="HT-2290", provider="Summit Hand Therapy", status="Paid", items=[
            ("97763", 1, ("GO",), (1, 23)), ("97018", 1, ("GO",), (1, 23)), ("97110", 2, ("GO",), (1, 23)),
            ("G0283", 1, ("GO",), (1, 23))]),
        dict(patient=AVA, claim="7Q2-57118", acct="44120", provider=WK, status="Paid", items=[
            ("97530", 3, ("GO",), (1, 29)), ("97112", 1, ("GO",), (1, 29))]),
        dict(patient=KIM, claim="7Q2-57164", acct="HT-2290", provider="Summit Hand Therapy", status="Paid", items=[
            ("97140", 1, ("GO", "59"), (1, 30)), ("97110", 2, ("GO",), (1, 30)), ("97018", 1, ("GO",), (1, 30))]),
        dict(patient=BEN, claim="7Q2-57203", acct="44121", provider=WK, status="Paid", items=[
            ("92507", 1, ("GN",), (1, 30))]),
        dict(patient=KIM, claim="7Q2-57240", acct="A-30917", provider="Foothill Family Medicine", status="Paid",
             items=[("99213", 1, (), (1, 30)), ("97110", 1, ("GP",), (1, 30), "PR")]),
    ]
    claims = []
    for r in raw:
        svcs = []
        for it in r["items"]:
            flag = it[4] if len(it) > 4 else None
            s = Svc(D(2026, *it[3]), it[0], it[1], it[2], denied=flag if flag == "PR" else None)
            commercial(s, st if flag != "REV" else PlanState(allowed_rate=Decimal("0.80")), deny_reason="197")
            if flag == "REV":
                s = reverse(s)
                s.remarks = ["R2"]
            elif s.denied:
                s.remarks = ["N5"]
            elif s.deductible:
                s.remarks = ["D"]
            svcs.append(s)
        claims.append(dict(r, svcs=svcs))
    legend = [("D", "Counted toward your deductible."),
              ("N5", "Needs a referral from your primary care doctor. Ask your doctor for a referral and we will "
                     "look at the claim again."),
              ("R2", "Earlier payment for this line taken back; the corrected line below replaces it.")]
    W, H = letter
    x0, gut = 34, 20
    colw = (W - 2 * x0 - gut) / 2
    cols = [(34, "L"), (48, "L"), (18, "R"), (38, "R"), (38, "R"), (38, "R"), (34, "R"), (24.0, "C")]
    scale = colw / sum(w for w, _ in cols)
    cols = [(w * scale, a) for w, a in cols]
    F, FB = "Helvetica", "Helvetica-Bold"
    allsv = [s for cl in claims for s in cl["svcs"]]

    def build(target, n):
        c = rl_canvas.Canvas(target, pagesize=letter, invariant=1)
        c.setTitle("Explanation of Benefits")
        lt, ct = [], []
        st2 = {"page": 1, "col": 0, "y": 0.0, "top": 0.0}

        def head():
            c.setFillColor(Color(0.42, 0.18, 0.48))
            put(c, x0, H - 42, "Meridian Valley Health", FB, 14)
            c.setFillColor(black)
            put(c, x0, H - 54, "Explanation of Benefits  -  claims processed January 1-31, 2026", F, 8)
            put(c, W - x0, H - 42, "THIS IS NOT A BILL", FB, 9, "R")
            put(c, W - x0, H - 54, f"Page {st2['page']} of {n or 0}", F, 8, "R")
            c.setLineWidth(0.8)
            c.line(x0, H - 60, W - x0, H - 60)
            top = H - 74
            if st2["page"] == 1:
                put(c, x0, top, "Kimberly Thornbury   Member ID MVH-300-771-249   Group 50128   Plan: Meridian "
                    "Valley PPO 1500", F, 8)
                c.setFillColor(Color(0.95, 0.92, 0.96))
                c.rect(x0, top - 44, W - 2 * x0, 34, stroke=0, fill=1)
                c.setFillColor(black)
                for i, (k, v) in enumerate((("Providers billed", total(allsv, "billed")),
                                            ("Your plan paid", total(allsv, "paid")),
                                            ("You may owe providers", total(allsv, "owes")))):
                    put(c, x0 + 14 + i * 180, top - 22, k, F, 7.5)
                    put(c, x0 + 14 + i * 180, top - 36, money(v), FB, 11)
                top -= 58
            st2["top"] = top
            st2["y"] = top
            st2["col"] = 0
            c.setLineWidth(0.4)
            c.setStrokeColor(Color(0.7, 0.7, 0.7))
            c.line(W / 2, top + 4, W / 2, 50)
            c.setStrokeColor(black)

        def need(h):
            if st2["y"] - h < 52:
                if st2["col"] == 0:
                    st2["col"] = 1
                    st2["y"] = st2["top"]
                else:
                    c.showPage()
                    st2["page"] += 1
                    head()

        head()
        for cl in claims:
            svcs = cl["svcs"]
            need(44 + 10 * len(svcs) + 12)
            cx = x0 + st2["col"] * (colw + gut)
            y = st2["y"]
            put(c, cx, y - 8, f"{cl['patient']}", FB, 8)
            put(c, cx + colw, y - 8, f"Claim {cl['claim']}", FB, 7.5, "R")
            put(c, cx, y - 18, f"{cl['provider']}  -  Acct {cl['acct']}", F, 6.8)
            put(c, cx + colw, y - 18, f"Status: {cl['status']}", FB if cl["status"] != "Paid" else F, 6.8, "R")
            y -= 30
            rl_cells(c, cx, y, cols, ["Date", "Service", "Qty", "Billed", "Allowed", "Plan paid", "You owe", "Note"],
                     FB, 6.4, pad=1.2)
            c.setLineWidth(0.4)
            c.line(cx, y - 2.5, cx + colw, y - 2.5)
            y -= 10.5
            for s in svcs:
                vals = [d_short(s.dos), s.code + "".join(s.mods), units_str(s.units), money(s.billed),
                        money(s.allowed), money(s.paid), money(s.owes), " ".join(s.remarks)]
                rl_cells(c, cx, y, cols, vals, F, 6.8, pad=1.2)
                lt.append(tl(st2["page"], s, cl, ("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks,
                             units=True))
                y -= 10
            tots = [total(svcs, k) for k in ("billed", "allowed", "paid", "owes")]
            c.line(cx + sum(w for w, _ in cols[:3]), y + 7.5, cx + colw - cols[-1][0], y + 7.5)
            rl_cells(c, cx, y - 0.5, cols, ["", "Total", ""] + [money(t) for t in tots] + [""], FB, 6.8, pad=1.2)
            ct.append(claim_truth(cl, billed=tots[0], allowed=tots[1], paid=tots[2], patient_owes=tots[3]))
            st2["y"] = y - 18
        need(20 + 20 * len(legend))
        cx = x0 + st2["col"] * (colw + gut)
        y = st2["y"] - 6
        put(c, cx, y, "What the notes mean", FB, 8)
        for code, t in legend:
            y -= 10
            put(c, cx, y, code, FB, 6.8)
            words, ln = t.split(), ""
            for w in words:
                if c.stringWidth(ln + " " + w, F, 6.8) > colw - 26:
                    put(c, cx + 22, y, ln.strip(), F, 6.8)
                    y -= 8.5
                    ln = ""
                ln += " " + w
            put(c, cx + 22, y, ln.strip(), F, 6.8)
        c.showPage()
        c.save()
        return st2["page"], (lt, ct)

    path = out / f"{name}.pdf"
    pages, (lt, ct) = rl_twice(build, path)
    write_truth(path, name, "reportlab", pages,
                "Two-column member EOB, portrait Helvetica 6.8pt: banner, member line and a summary band on page 1; "
                "claims flow down the left column then the right (a thin rule between), so two claim tables sit "
                "side by side; per claim patient / Claim no. / provider - Acct / Status (Paid, Denied, Adjusted); "
                "columns Date (1/5/26) / Service (code and modifiers glued: 97530GO, 97140GO59) / Qty / Billed / "
                "Allowed / Plan paid / You owe / Note; an adjusted claim with a reversal line in negative amounts "
                "(-$95.00) before its corrected line; Total rows; notes legend at the end of the flow. Truth lines "
                "are in reading order (left column, then right).",
                lt, ct, legend)


# ============================== N10 provider EOP with a "Line total" row under each service (fpdf2, Liberation Narrow)

def n10_line_total_rows(out: Path) -> None:
    """A payer's provider Explanation of Payment where each service takes two rows: the service row (date, code,
    modifier, units, description, remarks) and under it a 'Line total' row that carries the amounts and the
    adjustments ('CO-45 62.70  PR-2 44.46'); claim statuses PAID / DENIED / REVERSED / ADJUSTED, the reversal
    printed with leading minus signs; patients written 'Last, First'."""
    name = "n10_line_total_rows"
    raw = [
        dict(patient="Ortiz, Camila", member="PSI8821004", acct="MTG-10482", claim="2026-0203-00417", status="PAID",
             ded=Decimal("40.00"), items=[("97165", 1, ("GO",), 5), ("97530", 3, ("GO",), 5),
                                          ("97535", 1, ("GO",), 12), ("97530", 2, ("GO",), 12)]),
        dict(patient="Nguyen, Bao", member="PSI7730019", acct="MTG-10511", claim="2026-0203-00452", status="PAID",
             ded=ZERO, items=[("97161", 1, ("GP",), 6), ("97110", 2, ("GP",), 6), ("97140", 1, ("GP", "59"), 6),
                              ("G0283", 1, ("GP",), 6)]),
        dict(patient="Halvorsen, Ingrid", member="PSI5518420", acct="MTG-09877", claim="2026-0115-00988",
             status="REVERSED", ded=ZERO, reverse=True,
             note="Original payment of 12/29/2025 reversed: billed with the wrong rendering provider.",
             items=[("97530", 3, ("GO",), (2025, 12, 15)), ("97112", 1, ("GO",), (2025, 12, 15))]),
        dict(patient="Halvorsen, Ingrid", member="PSI5518420", acct="MTG-09877", claim="2026-0203-00988",
             status="ADJUSTED", ded=ZERO, note="Corrected claim; replaces claim 2026-0115-00988.",
             items=[("97530", 3, ("GO",), (2025, 12, 15)), ("97112", 1, ("GO",), (2025, 12, 15))]),
        dict(patient="Abernathy, Josiah", member="PSI6604472", acct="MTG-10530", claim="2026-0203-00503",
             status="DENIED", ded=ZERO, deny=True,
             items=[("92523", 1, ("GN",), 9), ("92507", 1, ("GN",), 16)]),
        dict(patient="Ortiz, Camila", member="PSI8821004", acct="MTG-10533", claim="2026-0203-00519", status="PAID",
             ded=ZERO, items=[("97530", 3, ("GO",), 19), ("97112", 1, ("GO",), 19), ("97530", 3, ("GO",), 26),
                              ("97533", 1, ("GO",), 26, "CO97")]),
    ]
    claims = []
    for r in raw:
        st = PlanState(ded_left=r["ded"], coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
        svcs = []
        for it in r["items"]:
            dos = D(*it[3]) if isinstance(it[3], tuple) else D(2026, 1, it[3])
            s = Svc(dos, it[0], it[1], it[2])
            if r.get("deny"):
                s.not_covered = s.billed
                s.adjs = [("CO", "16", s.billed)]
                s.remarks = ["MA130"]
            elif len(it) > 4:
                s.not_covered = s.billed
                s.adjs = [("CO", "97", s.billed)]
                s.remarks = ["M15"]
            else:
                commercial(s, st)
                s.remarks = ["N130"] if s.deductible else []
            if r.get("reverse"):
                s = reverse(s)
                s.remarks = ["N20"]
            svcs.append(s)
        claims.append(dict(r, svcs=svcs))
    legend = [("N130", "Check the member's plan for limits on this service; part went to the deductible."),
              ("M15", "Paid as part of another service billed the same day; not paid on its own."),
              ("MA130", "Claim cannot be processed: required information is missing. Send a new claim."),
              ("N20", "Earlier payment taken back; see the corrected claim.")]
    pdf = new_fpdf("L")
    pdf.set_title("Provider Explanation of Payment")
    FN = fp_font(pdf, "NarrowSans", {"": ("LiberationSansNarrow-Regular.ttf", "DejaVuSansCondensed.ttf"),
                                     "B": ("LiberationSansNarrow-Bold.ttf", "DejaVuSansCondensed-Bold.ttf"),
                                     "I": ("LiberationSansNarrow-Italic.ttf", "DejaVuSansCondensed-Oblique.ttf")},
                 "Helvetica")
    x0 = 30
    cols = [(52, "L"), (36, "L"), (30, "L"), (26, "R"), (128, "L"), (54, "R"), (54, "R"), (52, "R"), (56, "R"),
            (54, "R"), (150, "L"), (40, "L")]
    TW = sum(w for w, _ in cols)
    heads = ["Service Date", "Proc", "Mod", "Units", "Description", "Billed", "Allowed", "Deductible", "Coinsurance",
             "Paid", "Adjustments", "Remarks"]
    lt, ct = [], []
    amt = lambda v: money(v, ",")  # noqa: E731

    def footer():
        pdf.set_font(FN, "", 7)
        pdf.set_xy(x0, 588)
        pdf.cell(TW, 9, f"Prairie Shield Insurance Company  -  Provider Services 1-877-555-0148  -  "
                        f"Page {pdf.page_no()} of {{nb}}", align="C")

    def page():
        if pdf.page_no():
            footer()
        pdf.add_page()
        pdf.set_font(FN, "B", 13)
        pdf.set_xy(x0, 28)
        pdf.cell(TW / 2, 15, "PRAIRIE SHIELD INSURANCE COMPANY")
        pdf.set_font(FN, "B", 10)
        pdf.cell(TW / 2, 15, "Provider Explanation of Payment", align="R")
        pdf.set_font(FN, "", 8)
        pdf.set_xy(x0, 44)
        pdf.cell(TW / 2, 10, "Payee: Meadowlark Therapy Group  -  NPI 1487339026  -  TIN XX-XXX4410")
        pdf.cell(TW / 2, 10, "EFT trace 00418827  -  Payment date 02/04/2026", align="R")
        pdf.set_line_width(1)
        pdf.line(x0, 57, x0 + TW, 57)
        return 64

    y = page()
    for cl in claims:
        svcs = cl["svcs"]
        need = 44 + 24 * len(svcs) + 14
        if y + need > 570:
            y = page()
        pdf.set_fill_color(235, 238, 242)
        pdf.rect(x0, y, TW, 13, style="F")
        pdf.set_font(FN, "B", 8)
        pdf.set_xy(x0 + 3, y + 1)
        pdf.cell(TW - 6, 11, f"Patient: {cl['patient']}    Member ID: {cl['member']}    Patient Acct #: {cl['acct']}    "
                             f"Claim #: {cl['claim']}")
        pdf.set_xy(x0 + 3, y + 1)
        pdf.cell(TW - 6, 11, f"Status: {cl['status']}", align="R")
        y += 14
        if cl.get("note"):
            pdf.set_font(FN, "I", 7.5)
            pdf.set_xy(x0 + 3, y)
            pdf.cell(TW, 10, cl["note"])
            y += 10
        pdf.set_font(FN, "B", 7.5)
        fp_row(pdf, x0, y, cols, heads, 11)
        pdf.set_line_width(0.4)
        pdf.line(x0, y + 11, x0 + TW, y + 11)
        y += 13
        for s in svcs:
            pdf.set_font(FN, "", 7.8)
            fp_row(pdf, x0, y, cols, [d_mdy4(s.dos), s.code, " ".join(s.mods), units_str(s.units), s.desc, "", "", "",
                                      "", "", "", " ".join(s.remarks)], 10.5)
            adj = "  ".join(f"{g}-{r} {amt(a)}" for g, r, a in s.adjs)
            pdf.set_font(FN, "", 7.8)
            fp_row(pdf, x0, y + 10.5, cols, ["", "", "", "", "     Line total", amt(s.billed), amt(s.allowed),
                                             amt(s.deductible), amt(s.coinsurance), amt(s.paid), adj, ""], 10.5)
            lt.append(tl(pdf.page_no(), s, cl, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                         adjustments=s.adjs, remarks=s.remarks))
            pdf.set_draw_color(200, 200, 200)
            pdf.line(x0, y + 22, x0 + TW, y + 22)
            pdf.set_draw_color(0, 0, 0)
            y += 23.5
        tots = [total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid")]
        pr = total(svcs, "owes")
        pdf.set_font(FN, "B", 7.8)
        fp_row(pdf, x0, y, cols, ["", "", "", "", "Claim total"] + [amt(t) for t in tots] +
               [f"Patient resp {amt(pr)}", ""], 11)
        ct.append(claim_truth(cl, billed=tots[0], allowed=tots[1], paid=tots[4], patient_owes=pr))
        y += 22
    allsv = [s for cl in claims for s in cl["svcs"]]
    if y + 50 + 11 * len(legend) > 570:
        y = page()
    pdf.set_line_width(0.6)
    pdf.rect(x0, y, 250, 40)
    pdf.set_font(FN, "B", 8)
    pdf.set_xy(x0 + 4, y + 2)
    pdf.cell(240, 11, "Payment summary")
    pdf.set_font(FN, "", 8)
    pdf.set_xy(x0 + 4, y + 13)
    pdf.cell(150, 11, "Total billed")
    pdf.cell(90, 11, amt(total(allsv, "billed")), align="R")
    pdf.set_xy(x0 + 4, y + 24)
    pdf.cell(150, 11, "Net payment this EFT")
    pdf.cell(90, 11, amt(total(allsv, "paid")), align="R")
    y += 52
    pdf.set_font(FN, "B", 8)
    pdf.set_xy(x0, y)
    pdf.cell(TW, 11, "Remark codes on this payment")
    pdf.set_font(FN, "", 7.8)
    for i, (code, t) in enumerate(legend):
        pdf.set_xy(x0, y + 12 + i * 10.5)
        pdf.cell(40, 10.5, code)
        pdf.cell(TW - 40, 10.5, t)
    footer()
    path = out / f"{name}.pdf"
    pdf.output(str(path))
    write_truth(path, name, "fpdf2", pdf.page_no(),
                "Provider explanation of payment, landscape, Liberation Sans Narrow: shaded claim bar (Patient 'Last, "
                "First' / Member ID / Patient Acct # / Claim # / Status PAID, DENIED, REVERSED, ADJUSTED) and an "
                "italic note for reversed/corrected claims; header row per claim; EACH SERVICE TAKES TWO ROWS: the "
                "service row (Service Date 01/05/2026, Proc, Mod, Units, Description, Remarks) and an indented "
                "'Line total' row with Billed / Allowed / Deductible / Coinsurance / Paid and the adjustments "
                "('CO-45 62.70  PR-2 44.46'); the reversal with leading minus amounts (-285.00) and 2025 dates; "
                "Claim total rows with 'Patient resp' in the adjustments column; payment summary and remark legend.",
                lt, ct, legend)


# =========================== N11 all-caps monospaced claim history print with ' | ' pipes (fpdf2, Courier, landscape)

def n11_pipe_caps_mono(out: Path) -> None:
    """A state-employee plan's claim history printed from a mainframe screen: all capitals, Courier, columns
    padded and separated by ' | ', ISO dates, code and modifier glued ('97530GO'), units '3.0', adjustment codes
    without dashes or amounts ('CO45 PR2'), no descriptions, a claim that breaks across the page with its header
    repeated, statuses PAID / DENIED / REVERSED (leading minus amounts)."""
    name = "n11_pipe_caps_mono"
    raw = [
        dict(patient="PRZYBYLSKI, ZOFIA", rel="CHILD", acct="NTR-88120", claim="26031A00447", status="PAID",
             provider="NORTH TRAIL PEDIATRIC REHAB", rcvd="2026-01-20", paid="2026-02-02", plan="copay",
             items=[("97165", 1, ("GO",), 5), ("97530", 2, ("GO",), 5), ("97530", 3, ("GO",), 12),
                    ("97112", 1, ("GO",), 12), ("97530", 3, ("GO",), 19), ("97535", 1, ("GO",), 19),
                    ("97530", 2, ("GO",), 26), ("97533", 2, ("GO",), 26)]),
        dict(patient="PRZYBYLSKI, TOMASZ A", rel="SELF", acct="0071-33920", claim="26031A00512", status="PAID",
             provider="LAKESIDE SPINE AND SPORTS PT", rcvd="2026-01-22", paid="2026-02-02", plan="ded",
             items=[("97161", 1, ("GP",), 7), ("97110", 2, ("GP",), 7), ("97140", 1, ("GP", "59"), 7),
                    ("G0283", 1, ("GP",), 7), ("97110", 3, ("GP",), 14), ("97116", 1, ("GP",), 14)]),
        dict(patient="PRZYBYLSKI, ZOFIA", rel="CHILD", acct="NTR-87745", claim="25351A02218", status="REVERSED",
             provider="NORTH TRAIL PEDIATRIC REHAB", rcvd="2025-12-18", paid="2026-02-02", plan="copay",
             items=[("97530", 3, ("GO",), (2025, 12, 8)), ("97535", 1, ("GO",), (2025, 12, 8))]),
        dict(patient="PRZYBYLSKI, HANNA", rel="SPOUSE", acct="SW-40218", claim="26031A00603", status="DENIED",
             provider="SILVERWATER SPEECH CLINIC", rcvd="2026-01-26", paid="2026-02-02", plan="deny",
             items=[("92523", 1, ("GN",), 13), ("92507", 1, ("GN",), 20)]),
        dict(patient="PRZYBYLSKI, TOMASZ A", rel="SELF", acct="0071-34102", claim="26031A00688", status="PAID",
             provider="LAKESIDE SPINE AND SPORTS PT", rcvd="2026-01-29", paid="2026-02-06", plan="ded",
             items=[("97110", 2, ("GP",), 21), ("97140", 2, ("GP",), 21), ("97112", 1, ("GP",), 28),
                    ("97110", 2, ("GP",), 28)]),
    ]
    states = {"copay": PlanState(allowed_rate=Decimal("0.82"), visit_copay=Decimal("20.00")),
              "ded": PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.82"))}
    order = [1, 2, 3, 0, 4]  # the 8-line claim last on page 1, so it breaks across the page
    raw = [raw[k] for k in order]
    claims = []
    for r in raw:
        svcs = []
        orig = PlanState(allowed_rate=Decimal("0.82"), visit_copay=Decimal("20.00"))  # as first processed
        for it in r["items"]:
            dos = D(*it[3]) if isinstance(it[3], tuple) else D(2026, 1, it[3])
            s = Svc(dos, it[0], it[1], it[2])
            if r["plan"] == "deny":
                s.not_covered = s.billed
                s.owes = s.billed
                s.adjs = [("PR", "27", s.billed)]
                s.remarks = ["N30"]
            else:
                commercial(s, states[r["plan"]] if r["status"] != "REVERSED" else orig)
                s.remarks = ["N130"] if s.deductible else []
            if r["status"] == "REVERSED":
                s = reverse(s)
                s.remarks = ["MA67"]
            s.adjs = [(g, c, a) for g, c, a in s.adjs if a]
            svcs.append(s)
        claims.append(dict(r, svcs=svcs))
    legend = [("N130", "CONSULT PLAN BENEFIT DOCUMENTS FOR LIMITS; DEDUCTIBLE APPLIED."),
              ("N30", "PATIENT NOT ELIGIBLE FOR THIS SERVICE ON THE DATE OF SERVICE."),
              ("MA67", "CORRECTION TO A PRIOR CLAIM; PRIOR PAYMENT REVERSED.")]
    pdf = new_fpdf("L")
    pdf.set_title("CLAIM HISTORY PRINT")
    x0, size, lead = 30, 8.0, 11.0
    widths = [2, 10, 9, 5, 9, 9, 8, 8, 7, 9, 8, 12, 5]
    heads = ["LN", "DOS", "PROC/MOD", "UNITS", "BILLED", "ALLOWED", "DEDUCT", "COINS", "COPAY", "PAID", "PT RESP",
             "ADJ", "RMK"]
    right = {3, 4, 5, 6, 7, 8, 9, 10}

    def row(vals):
        cells = []
        for i, (w, v) in enumerate(zip(widths, vals)):
            cells.append(v.rjust(w) if i in right else v.ljust(w))
        return " | ".join(cells)

    rule = "=" * len(row([""] * len(widths)))
    lt, ct = [], []
    state = {"y": 0.0}
    allsv = [s for cl in claims for s in cl["svcs"]]

    def text(s, bold=False):
        pdf.set_font("Courier", "B" if bold else "", size)
        pdf.set_xy(x0, state["y"])
        pdf.cell(0, lead, s)
        state["y"] += lead

    def page():
        pdf.add_page()
        state["y"] = 28
        text(f"{'HEARTLAND STATE EMPLOYEES BENEFIT PLAN':<52}{'CLAIM HISTORY PRINT':<34}RUN DATE: 2026-02-09")
        text(f"{'REPORT ID: CLMH0420':<52}{'MEMBER ID: 4471920-01':<34}PAGE: {pdf.page_no():>3} OF {{nb}}")
        text(f"{'SUBSCRIBER: PRZYBYLSKI, TOMASZ A':<52}GROUP: 00417 DEPT OF TRANSPORTATION")
        text(rule)

    def claim_head(cl, cont=False):
        text(f"CLAIM: {cl['claim']}{' (CONTINUED)' if cont else ''} | PATIENT: {cl['patient']} | REL: {cl['rel']} | "
             f"PAT ACCT: {cl['acct']} | STATUS: {cl['status']}", bold=True)
        if not cont:
            text(f"PROVIDER: {cl['provider']} | RCVD: {cl['rcvd']} | PROCESSED: {cl['paid']}")
        text(row(heads))
        text("-" * len(rule))

    page()
    for cl in claims:
        if state["y"] + lead * 6 > 530:
            page()
        claim_head(cl)
        for n, s in enumerate(cl["svcs"], 1):
            if state["y"] + lead > 530:
                text("*** CONTINUED ON NEXT PAGE ***")
                page()
                claim_head(cl, cont=True)
            adj = " ".join(f"{g}{c}" for g, c, _a in s.adjs)
            text(row([f"{n:02d}", s.dos.isoformat(), s.code + "".join(s.mods), f"{s.units:.1f}", money(s.billed, ""),
                      money(s.allowed, ""), money(s.deductible, ""), money(s.coinsurance, ""), money(s.copay, ""),
                      money(s.paid, ""), money(s.owes, ""), adj, " ".join(s.remarks)]))
            lt.append(tl(pdf.page_no(), s, cl, ("billed", "allowed", "deductible", "coinsurance", "copay", "paid",
                                                "patient_owes"),
                         adjustments=[(g, c, None) for g, c, _a in s.adjs], remarks=s.remarks, description=False))
        keys = ("billed", "allowed", "deductible", "coinsurance", "copay", "paid", "owes")
        tots = [total(cl["svcs"], k) for k in keys]
        text(row(["", "", "", "", *["-" * 8] * 2, *["-" * 7] * 3, "-" * 8, "-" * 7, "", ""]))
        text(row(["", "CLAIM TOTAL", "", ""] + [money(t, "") for t in tots] + ["", ""]), bold=True)
        ct.append(claim_truth(cl, billed=tots[0], allowed=tots[1], paid=tots[5], patient_owes=tots[6]))
        state["y"] += lead
    if state["y"] + lead * (8 + len(legend)) > 566:
        page()
    text(rule)
    text(row(["", "MEMBER TOTAL", "", ""] + [money(total(allsv, k), "") for k in
                                             ("billed", "allowed", "deductible", "coinsurance", "copay", "paid",
                                              "owes")] + ["", ""]), bold=True)
    state["y"] += lead
    text("REMARK CODES:")
    for code, t in legend:
        text(f"  {code:<6} {t}")
    text("ADJUSTMENT GROUPS: CO = CONTRACTUAL OBLIGATION  PR = PATIENT RESPONSIBILITY")
    state["y"] += lead
    text("*** END OF REPORT ***")
    path = out / f"{name}.pdf"
    pdf.output(str(path))
    write_truth(path, name, "fpdf2", pdf.page_no(),
                "Mainframe claim history print of a state-employee plan, landscape, ALL CAPS Courier 8pt: report "
                "header lines (RUN DATE, PAGE 1 OF 2), '=' and '-' rules as text; per claim a 'CLAIM: ... | PATIENT: "
                "LAST, FIRST | REL | PAT ACCT | STATUS' line and a PROVIDER / RCVD / PROCESSED line; columns padded "
                "and separated by ' | ': LN | DOS (2026-01-05) | PROC/MOD (97530GO, 97140GP59) | UNITS (3.0) | "
                "BILLED | ALLOWED | DEDUCT | COINS | COPAY | PAID | PT RESP | ADJ (CO45 PR3, no dashes, no "
                "amounts) | RMK; no descriptions; CLAIM TOTAL rows under a dashed text rule; an 8-line claim that "
                "breaks across the page with '*** CONTINUED ON NEXT PAGE ***' and a '(CONTINUED)' header; statuses "
                "PAID / REVERSED (-285.00 leading minus, 2025 dates) / DENIED; MEMBER TOTAL row; remark legend.",
                lt, ct, legend)


# ==================================== N12 app-style member EOB with whole dollars as "$95" (reportlab, TTF sans)

def n12_whole_dollar_app(out: Path) -> None:
    """A modern plan's app-generated EOB: friendly mixed-case wording, one rounded card per claim with a coloured
    status pill (Paid / Denied / Adjusted / Reversed), right-aligned amounts that drop the cents for whole
    dollars ('$95', '$1,140', '$15.20'), dates 'Jan 5, 2026', 'Your plan's price' for the allowed amount."""
    name = "n12_whole_dollar_app"
    RO, PR, AN = "Rohan Desai-Kapoor", "Priya Desai-Kapoor", "Anika Desai-Kapoor"
    raw = [
        dict(patient=RO, claim="JH-26-0441927", acct="PTK-5520", provider="Playtime Kinetics OT", status="Paid",
             processed="Jan 21, 2026", items=[("97165", 1, ("GO",), 5), ("97530", 2, ("GO",), 5),
                                              ("97530", 3, ("GO",), 12), ("97535", 1, ("GO",), 12)]),
        dict(patient=PR, claim="JH-26-0442210", acct="77-10384", provider="Granite Peak Physical Therapy",
             status="Paid", processed="Jan 23, 2026", items=[("97161", 1, ("GP",), 6), ("97110", 2, ("GP",), 6),
                                                             ("97140", 2, ("GP", "59"), 6), ("G0283", 1, ("GP",), 6)]),
        dict(patient=AN, claim="JH-26-0443388", acct="AS-3091", provider="Chatterbox Speech Studio",
             status="Denied", processed="Jan 26, 2026", items=[("92507", 1, ("GN",), 14, "PR"),
                                                               ("92507", 1, ("GN",), 21, "PR")],
             note="Speech therapy needs approval before visits start. Ask your provider to request it; then we can "
                  "look at this claim again."),
        dict(patient=RO, claim="JH-26-0439075", acct="PTK-5520", provider="Playtime Kinetics OT", status="Reversed",
             processed="Jan 28, 2026", items=[("97530", 12, ("GO",), (1, 19), "REV")],
             note="Your provider told us this visit was billed with the wrong number of units. We took back our "
                  "payment; the corrected claim is below."),
        dict(patient=RO, claim="JH-26-0444501", acct="PTK-5520", provider="Playtime Kinetics OT", status="Adjusted",
             processed="Jan 28, 2026", items=[("97530", 4, ("GO",), (1, 19)), ("97112", 1, ("GO",), (1, 19))],
             note="Corrected claim from your provider. It replaces claim JH-26-0439075."),
        dict(patient=PR, claim="JH-26-0445116", acct="77-10384", provider="Granite Peak Physical Therapy",
             status="Paid", processed="Jan 30, 2026", items=[("97110", 3, ("GP",), 20), ("97112", 1, ("GP",), 20),
                                                             ("97110", 2, ("GP",), 27), ("97140", 1, ("GP",), 27)]),
    ]
    claims = []
    st = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    for r in raw:
        svcs = []
        for it in r["items"]:
            dos = D(2026, *it[3]) if isinstance(it[3], tuple) else D(2026, 1, it[3])
            flag = it[4] if len(it) > 4 else None
            s = Svc(dos, it[0], it[1], it[2], denied="PR" if flag == "PR" else None)
            commercial(s, st if flag != "REV" else PlanState(allowed_rate=Decimal("0.80")), deny_reason="197")
            if flag == "REV":
                s = reverse(s)
            s.remarks = ["2"] if s.denied else (["1"] if s.deductible else [])
            svcs.append(s)
        claims.append(dict(r, svcs=svcs))
    legend = [("1", "Part of this went toward your deductible, the amount you pay each year before your plan "
                    "starts to share costs."),
              ("2", "Not approved ahead of time, so not covered yet. See the message on the claim.")]
    W, H = letter
    x0 = 40
    TW = W - 2 * x0
    cols = [(70, "L"), (132, "L"), (56, "L"), (30, "R"), (52, "R"), (62, "R"), (56, "R"), (48, "R"), (26, "C")]
    heads = ["Date", "Service", "Code", "Units", "Billed", "Your plan's|price", "Plan paid", "You owe", "Note"]
    scale = (TW - 16) / sum(w for w, _ in cols)
    cols = [(w * scale, a) for w, a in cols]
    F = rl_font("AppSans", ("LiberationSans-Regular.ttf", "DejaVuSans.ttf"), "Helvetica")
    FB = rl_font("AppSansB", ("LiberationSans-Bold.ttf", "DejaVuSans-Bold.ttf"), "Helvetica-Bold")
    PILL = {"Paid": Color(0.13, 0.55, 0.33), "Denied": Color(0.75, 0.20, 0.18), "Adjusted": Color(0.85, 0.55, 0.10),
            "Reversed": Color(0.45, 0.45, 0.50)}
    TEAL = Color(0.05, 0.42, 0.45)
    allsv = [s for cl in claims for s in cl["svcs"]]

    def build(target, n):
        c = rl_canvas.Canvas(target, pagesize=letter, invariant=1)
        c.setTitle("Explanation of Benefits")
        lt, ct = [], []
        st2 = {"page": 1, "y": 0.0}

        def head():
            c.setFillColor(TEAL)
            put(c, x0, H - 46, "juniper", FB, 20)
            c.setFillColor(Color(0.35, 0.35, 0.35))
            put(c, x0 + 78, H - 46, "health", F, 12)
            put(c, x0 + TW, H - 40, "Explanation of Benefits", FB, 10, "R")
            put(c, x0 + TW, H - 52, f"January 2026  \u2022  Page {st2['page']} of {n or 0}", F, 8, "R")
            c.setFillColor(black)
            put(c, x0, 30, "This is not a bill. Questions? Message us in the Juniper app or call 1-844-555-0131.",
                F, 7.5)
            st2["y"] = H - 74

        def need(h):
            if st2["y"] - h < 46:
                c.showPage()
                st2["page"] += 1
                head()

        head()
        y = st2["y"]
        put(c, x0, y - 4, "Hi Priya, here's what happened with your family's claims.", FB, 12)
        put(c, x0, y - 18, "Plan: Juniper Silver Family 3000  \u2022  Member ID JNP 5501 2283 40  \u2022  "
            "Covered: Priya, Rohan, Anika", F, 8.5)
        y -= 34
        c.setFillColor(Color(0.92, 0.96, 0.96))
        c.roundRect(x0, y - 44, TW, 44, 8, stroke=0, fill=1)
        for i, (k, v) in enumerate((("Providers billed", total(allsv, "billed")),
                                    ("Juniper paid", total(allsv, "paid")),
                                    ("Your share", total(allsv, "owes")))):
            c.setFillColor(Color(0.35, 0.35, 0.35))
            put(c, x0 + 16 + i * 175, y - 15, k, F, 8)
            c.setFillColor(TEAL if i < 2 else black)
            put(c, x0 + 16 + i * 175, y - 34, whole(v), FB, 15)
        c.setFillColor(black)
        st2["y"] = y - 62
        for cl in claims:
            svcs = cl["svcs"]
            note_lines = []
            if cl.get("note"):
                words, ln = cl["note"].split(), ""
                for w in words:
                    if c.stringWidth(ln + " " + w, F, 8) > TW - 24:
                        note_lines.append(ln.strip())
                        ln = ""
                    ln += " " + w
                note_lines.append(ln.strip())
            h = 68 + 14 * len(svcs) + 16 + 11 * len(note_lines)
            need(h + 10)
            y = st2["y"]
            top = y
            c.setStrokeColor(Color(0.82, 0.82, 0.82))
            c.setLineWidth(0.8)
            c.roundRect(x0, y - h, TW, h, 8, stroke=1, fill=0)
            c.setStrokeColor(black)
            put(c, x0 + 12, y - 18, cl["patient"], FB, 11)
            pw = c.stringWidth(cl["status"], FB, 8) + 16
            c.setFillColor(PILL[cl["status"]])
            c.roundRect(x0 + TW - 12 - pw, y - 22, pw, 14, 7, stroke=0, fill=1)
            c.setFillColor(white)
            put(c, x0 + TW - 12 - pw / 2, y - 18, cl["status"], FB, 8, "C")
            c.setFillColor(Color(0.35, 0.35, 0.35))
            put(c, x0 + 12, y - 32, f"{cl['provider']}  \u2022  Claim {cl['claim']}  \u2022  Provider account "
                f"{cl['acct']}  \u2022  Processed {cl['processed']}", F, 8)
            c.setFillColor(black)
            y -= 40
            for k2, ln in enumerate(note_lines):
                put(c, x0 + 12, y - 4 - 11 * k2, ln, F, 8)
            y -= 11 * len(note_lines) + (6 if note_lines else 0)
            c.setFillColor(Color(0.45, 0.45, 0.45))
            rl_stacked(c, x0 + 8, y - 14, cols, heads, F, 7.5, 8.5)
            c.setFillColor(black)
            c.setStrokeColor(Color(0.85, 0.85, 0.85))
            c.line(x0 + 8, y - 18, x0 + TW - 8, y - 18)
            y -= 32
            for s in svcs:
                vals = [d_mon(s.dos), s.desc, " ".join((s.code,) + s.mods), units_str(s.units), whole(s.billed),
                        whole(s.allowed), whole(s.paid), whole(s.owes), " ".join(s.remarks)]
                rl_cells(c, x0 + 8, y, cols[:1] + [(cols[1][0], "L")] + cols[2:], vals[:1] + [""] + vals[2:], F, 8.5)
                rl_cells(c, x0 + 8 + cols[0][0], y, cols[1:2], vals[1:2], F,
                         rl_fit(c, vals[1], cols[1][0] - 6, F, 8.5))
                lt.append(tl(st2["page"], s, cl, ("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks))
                y -= 14
            c.line(x0 + 8, y + 10, x0 + TW - 8, y + 10)
            c.setStrokeColor(black)
            tots = [total(svcs, k) for k in ("billed", "allowed", "paid", "owes")]
            rl_cells(c, x0 + 8, y - 3, cols, ["Claim total", "", "", ""] + [whole(t) for t in tots] + [""], FB, 8.5)
            ct.append(claim_truth(cl, billed=tots[0], allowed=tots[1], paid=tots[2], patient_owes=tots[3]))
            st2["y"] = top - h - 12
        need(30 + 22 * len(legend))
        y = st2["y"] - 4
        put(c, x0, y, "Notes", FB, 10)
        for code, t in legend:
            y -= 14
            put(c, x0 + 4, y, code, FB, 8.5)
            put(c, x0 + 18, y, t, F, 8.5)
        c.showPage()
        c.save()
        return st2["page"], (lt, ct)

    path = out / f"{name}.pdf"
    pages, (lt, ct) = rl_twice(build, path)
    write_truth(path, name, "reportlab", pages,
                "App-generated member EOB, portrait, Liberation Sans: greeting and a rounded summary band; one "
                "rounded card per claim with patient name, a coloured status pill (Paid / Denied / Adjusted / "
                "Reversed), a grey provider - Claim - Provider account - Processed line and a plain-language "
                "message for unusual claims; light grey headers Date / Service / Code / Units / Billed / Your "
                "plan's price (two lines) / Plan paid / You owe / Note; dates 'Jan 5, 2026'; amounts right-aligned "
                "with cents dropped for whole dollars ('$95', '$1,140', '$15.20', '-$1,140' on the reversal); "
                "code and modifiers spaced ('97140 GP 59'); Claim total rows; notes legend.",
                lt, ct, legend)


# ======================================================================================= self-check
# (layouts are defined above this line)

LAYOUTS = [n1_tricare_eob, n2_integrated_cost_share, n3_union_fund_tpa, n4_chip_notice, n5_vision_plan_eob,
           n6_hospital_rehab_rev_codes, n7_medigap_crossover,
           n8_clinic_billing_statement, n9_two_column_eob,
           n10_line_total_rows, n11_pipe_caps_mono, n12_whole_dollar_app]

AMOUNTS = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
           "discount")
# Layouts whose 'paid' is a secondary payer's payment (plan pays Medicare's coinsurance, not allowed - share).
SECONDARY = {"n7_medigap_crossover"}


def _dec(v):
    return None if v is None else Decimal(v)


def _money_forms(x: Decimal) -> list[str]:
    forms = [f"{x:,.2f}", f"{x:.2f}"]
    if x == x.to_integral_value():
        forms += [f"${x:,.0f}"]
    return forms


def _date_forms(iso: str) -> list[str]:
    d = date.fromisoformat(iso)
    return [d_mdy4(d), d_mdy2(d), d_short(d), d_dmy(d), d_month(d), d_mon(d), d.isoformat(),
            f"{d.month}/{d.day}/{d.year}"]


def check_folder(folder: Path) -> int:
    """Truth against the text layer and the documents' own arithmetic. Returns the number of problems."""
    import pdfplumber

    problems = 0
    for tp in sorted(folder.glob("*.pdf.truth.json")):
        t = json.loads(tp.read_text(encoding="utf-8"))
        bad = []
        with pdfplumber.open(tp.with_name(tp.name.removesuffix(".truth.json"))) as pdf:
            if len(pdf.pages) != t["pages"]:
                bad.append(f"page count {len(pdf.pages)} != {t['pages']}")
            texts = [" ".join(w["text"] for w in p.extract_words()) for p in pdf.pages]
        alltext = " ".join(texts)
        alltext_up = alltext.upper()
        for ln in t["lines"]:
            txt = texts[ln["page"] - 1]
            tag = f"{ln['code']} {ln['service_date']} p{ln['page']}"
            wanted = [(k, ln[k]) for k in AMOUNTS if ln[k] is not None]
            wanted += [("adjustment", a[2]) for a in ln["adjustments"] if a[2] is not None]
            for k, v in wanted:
                if not any(f in txt for f in _money_forms(abs(Decimal(v)))):
                    bad.append(f"{k} {v} of {tag} not on its page")
            for tok in [ln["code"]] + ln["remarks"] + ln["modifiers"]:
                if tok and tok not in txt:
                    bad.append(f"{tok} of {tag} not on its page")
            for k in ("service_date", "service_end"):
                if ln[k] and not any(f in txt or f.upper() in txt for f in _date_forms(ln[k])):
                    bad.append(f"{k} {ln[k]} of {tag} not on its page")
            if ln["units"] is not None and not any(f" {u} " in f" {txt} " for u in
                                                   (ln["units"], ln["units"] + ".0", ln["units"] + ".00")):
                bad.append(f"units {ln['units']} of {tag} not on its page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in alltext and ln[k].upper() not in alltext_up:
                    bad.append(f"{k} {ln[k]!r} not in the document")
            b, dsc, nc, al, de, cp, co, pd, ow = (_dec(ln[k]) for k in (
                "billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
                "patient_owes"))
            adj = ln["adjustments"]
            if None not in (b, dsc, al) and b - dsc - (nc or 0) != al:
                bad.append(f"billed - discount - not covered != allowed for {tag}")
            if t["layout"] in SECONDARY:
                if None not in (pd, co, al) and al and pd != co:
                    bad.append(f"secondary plan paid != Medicare coinsurance for {tag}")
                if None not in (ow, de, al) and al and ow != de:
                    bad.append(f"secondary: you owe != Medicare deductible for {tag}")
            else:
                if None not in (al, pd, ow) and co is None and de is not None and al:
                    if al - ow != pd:  # coinsurance not printed apart: the member's share is all of it
                        bad.append(f"allowed - member pays != paid for {tag}")
                elif None not in (al, pd) and (de, cp, co) != (None, None, None) and al:
                    if al - (de or 0) - (cp or 0) - (co or 0) != pd:
                        bad.append(f"allowed - patient share != paid for {tag}")
                denied = al == 0 and pd == 0
                if denied and ow is not None and b is not None and ow not in (0, b):
                    bad.append(f"denied line: patient owes neither 0 nor the charge for {tag}")
                elif not denied and None not in (ow, de, co) and ow != de + (cp or 0) + co:
                    bad.append(f"patient owes != its parts for {tag}")
            if adj and pd is not None and b is not None and all(a[2] is not None for a in adj):
                if b - sum(Decimal(a[2]) for a in adj) != pd:
                    bad.append(f"billed - adjustments != paid for {tag}")
        mismatched = set()
        for cl in t["claims"]:
            key = (cl["claim_id"], cl["payer_claim_id"], cl["patient"])
            lines = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) == key]
            if not lines:
                bad.append(f"claim {key} has no lines")
            for k, v in cl["totals"].items():
                vals = [ln[k] for ln in lines]
                if v is None or not vals or None in vals:
                    continue
                if not any(f in alltext for f in _money_forms(abs(Decimal(v)))):
                    bad.append(f"claim {key} {k} total {v} not in the document")
                s = sum(Decimal(x) for x in vals)
                if s != Decimal(v):
                    ident = cl["payer_claim_id"] or cl["claim_id"]
                    mismatched.add(ident)
                    if not any(ident in f for f in t["expected_findings"]):
                        bad.append(f"claim {ident} {k} total {v} != lines {s} (not planted)")
        for f in t["expected_findings"]:
            if not any(i in f for i in mismatched):
                bad.append(f"planted finding not present in the truth: {f}")
        for code, _text in t["legend"]:
            if code not in alltext:
                bad.append(f"legend code {code} not in the document")
        for b in bad:
            print(f"  {tp.name}: {b}")
        print(f"{tp.name}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims, "
              f"{len(t['legend'])} legend entries, {len(t['expected_findings'])} planted findings, "
              f"{len(bad)} problems")
        problems += len(bad)
    print("problems:", problems)
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="eob_heldout3_"))
    if out.resolve().is_relative_to((ROOT / "samples").resolve()):
        print("refusing to write held-out PDFs under samples/ (the reader must not see them)", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)
    print(out)
    if check:
        return 1 if check_folder(out) else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
