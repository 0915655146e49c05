"""Write the FIFTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on document kinds nobody developing it has seen. (bench/heldout/ .. heldout4/
came earlier and may have been looked at while the reader was developed.)

Run:  python bench/heldout5/make_heldout5_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout5/make_heldout5_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print; claim_id = the provider's own account / bill / patient-control number, payer_claim_id = the
payer's claim number / TCN / reference, patient exactly as printed.
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts (everyday kinds not in the dev samples nor in the four earlier held-out sets):
  q1  workers' compensation bill review "Explanation of Review" (EOR), one bill per page, ruled grid (reportlab)
  q2  Medicare Advantage monthly member EOB, code inside the service wording, per-visit copay, a claim table
      continued on page 2 under a repeated header (fpdf2, embedded TrueType font)
  q3  clearinghouse ERA viewer print: claim band with status, ISO dates, adjustments stacked in one cell,
      denied claim, reversal with negative amounts and its correction (reportlab, landscape)
  q4  Medicaid managed-care plan remittance, one flat table with the claim ids only on a claim's first row,
      M1/M2 modifier columns, DD-MON-YYYY dates, units 4.00, trailing-minus void, header repeated (fpdf2)
  q5  therapy benefit manager "Explanation of Payment" with an authorization-number column and accounting
      money ("$" at the cell's left edge, amount at its right) (fpdf2)
  q6  commercial "provider voucher", text only, glued PROC-MOD, POS column, column header on page 1 only (a
      claim runs on to page 2 with no header); PLANTED claim-total mismatch (reportlab)
  q7  member portal "Claim details" web print: two text lines per service (wording, then "Code 97530"),
      "Member rate", a pending claim printed with "--" (reportlab, embedded TrueType font)
  q8  older-style Medicare Summary Notice (pre-redesign wording), units as a count before the wording
      ("3 Therapeutic exercises (97110-GP)"), lettered notes (fpdf2)
  q9  auto insurance PIP (personal injury protection) medical EOB, two injured people on one accident claim,
      table continued with repeated header (reportlab, Times)
  q10 university student health plan EOB from its administrator: date ranges in one cell, "Coins %" column,
      "Not Covered" with a reason letter, glued code+modifier (fpdf2, Times)

The self-check (--check) tests the factory, not the reader: every truth amount, code, modifier, units value,
remark, adjustment, date, id and patient is in its page's (ids and patients: the document's) text layer, the
page count matches, and the documents' own arithmetic holds (billed - discount - not covered = allowed where a
discount is printed; allowed - deductible - copay - coinsurance = paid where those are printed; billed -
adjustments = paid where every adjustment amount is printed; patient owes = its parts (+ a not-covered amount);
claim totals = sum of lines unless the mismatch is a planted expected finding, and the planted one really is).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))

from eobgen import (  # noqa: E402
    AMOUNT_KEYS,
    DESC,
    FEE,
    FIXED_WHEN,
    SCHED,
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

# A few codes the shared charge master does not carry (invented charges and schedule amounts).
for _code, _fee, _sched, _desc in (
    ("97130", "70.00", "23.55", "Cognitive function intervention, each added 15 min"),
    ("99214", "225.00", "124.57", "Office visit, established patient, moderate"),
    ("L3908", "140.00", "62.15", "Wrist-hand orthosis, prefabricated"),
    ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
    ("97035", "45.00", "14.53", "Ultrasound therapy"),
):
    FEE.setdefault(_code, _fee)
    SCHED.setdefault(_code, _sched)
    DESC.setdefault(_code, _desc)

D = date.fromisoformat
VERA_DIR = None


def _vera(name: str) -> str:
    import reportlab

    return str(Path(reportlab.__file__).parent / "fonts" / name)


# ------------------------------------------------------------------------------------------ drawing
# One small drawing surface over each producer: y is measured from the top of the page (text: baseline).

class RL:
    producer = "reportlab"
    FONTS = {
        ("sans", ""): "Helvetica", ("sans", "B"): "Helvetica-Bold", ("sans", "I"): "Helvetica-Oblique",
        ("serif", ""): "Times-Roman", ("serif", "B"): "Times-Bold", ("serif", "I"): "Times-Italic",
        ("mono", ""): "Courier", ("mono", "B"): "Courier-Bold",
        ("vera", ""): "Vera", ("vera", "B"): "VeraBd", ("vera", "I"): "VeraIt",
    }

    def __init__(self, path: Path, landscape: bool = False) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas

        for n in ("Vera", "VeraBd", "VeraIt"):
            if n not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(n, _vera(n + ".ttf")))
        self._metrics = pdfmetrics
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        self.page = 1
        self.fn, self.fs = "Helvetica", 9.0

    def font(self, fam: str, size: float, style: str = "") -> None:
        self.fn, self.fs = self.FONTS[(fam, style)], size
        self.c.setFont(self.fn, size)

    def width(self, s: str) -> float:
        return self._metrics.stringWidth(s, self.fn, self.fs)

    def text(self, x: float, y: float, s: str, align: str = "l", gray: float = 0.0) -> None:
        self.c.setFillGray(gray)
        if align == "r":
            self.c.drawRightString(x, self.H - y, s)
        elif align == "c":
            self.c.drawCentredString(x, self.H - y, s)
        else:
            self.c.drawString(x, self.H - y, s)
        self.c.setFillGray(0)

    def hline(self, x1: float, x2: float, y: float, w: float = 0.5, gray: float = 0.0, dash: bool = False) -> None:
        self.c.setLineWidth(w)
        self.c.setStrokeGray(gray)
        if dash:
            self.c.setDash(2, 2)
        self.c.line(x1, self.H - y, x2, self.H - y)
        self.c.setDash()
        self.c.setStrokeGray(0)

    def vline(self, x: float, y1: float, y2: float, w: float = 0.5, gray: float = 0.0) -> None:
        self.c.setLineWidth(w)
        self.c.setStrokeGray(gray)
        self.c.line(x, self.H - y1, x, self.H - y2)
        self.c.setStrokeGray(0)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True) -> None:
        if fill is not None:
            self.c.setFillGray(fill)
        self.c.setLineWidth(0.5)
        self.c.rect(x, self.H - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke else 0)
        self.c.setFillGray(0)

    def new_page(self) -> None:
        self.c.showPage()
        self.page += 1
        self.c.setFont(self.fn, self.fs)

    def save(self) -> None:
        self.c.save()


class FP:
    producer = "fpdf2"
    FAM = {"sans": "helvetica", "serif": "times", "mono": "courier", "vera": "vera"}

    def __init__(self, path: Path, landscape: bool = False) -> None:
        from fpdf import FPDF

        self.path = path
        self.pdf = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
        self.pdf.set_creation_date(FIXED_WHEN)
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(0, 0, 0)
        self.pdf.add_font("vera", "", _vera("Vera.ttf"))
        self.pdf.add_font("vera", "B", _vera("VeraBd.ttf"))
        self.pdf.add_font("vera", "I", _vera("VeraIt.ttf"))
        self.pdf.add_page()
        self.W, self.H = self.pdf.w, self.pdf.h
        self.page = 1

    def font(self, fam: str, size: float, style: str = "") -> None:
        self.pdf.set_font(self.FAM[fam], style, size)

    def width(self, s: str) -> float:
        return self.pdf.get_string_width(s)

    def text(self, x: float, y: float, s: str, align: str = "l", gray: float = 0.0) -> None:
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        g = int(gray * 255)
        self.pdf.set_text_color(g, g, g)
        self.pdf.text(x, y, s)
        self.pdf.set_text_color(0, 0, 0)

    def hline(self, x1: float, x2: float, y: float, w: float = 0.5, gray: float = 0.0, dash: bool = False) -> None:
        g = int(gray * 255)
        self.pdf.set_draw_color(g, g, g)
        self.pdf.set_line_width(w)
        if dash:
            self.pdf.set_dash_pattern(dash=2, gap=2)
        self.pdf.line(x1, y, x2, y)
        self.pdf.set_dash_pattern()
        self.pdf.set_draw_color(0, 0, 0)

    def vline(self, x: float, y1: float, y2: float, w: float = 0.5, gray: float = 0.0) -> None:
        g = int(gray * 255)
        self.pdf.set_draw_color(g, g, g)
        self.pdf.set_line_width(w)
        self.pdf.line(x, y1, x, y2)
        self.pdf.set_draw_color(0, 0, 0)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True) -> None:
        self.pdf.set_line_width(0.5)
        if fill is not None:
            g = int(fill * 255)
            self.pdf.set_fill_color(g, g, g)
        style = ("DF" if stroke else "F") if fill is not None else "D"
        self.pdf.rect(x, y, w, h, style=style)

    def new_page(self) -> None:
        self.pdf.add_page()
        self.page += 1

    def save(self) -> None:
        self.pdf.output(str(self.path))


class Cols:
    """Columns laid left to right: key -> (left, right, align, title). Titles may hold '\\n'."""

    def __init__(self, x0: float, specs: list[tuple[str, str, float, str]]) -> None:
        self.c: dict[str, tuple[float, float, str, str]] = {}
        x = x0
        for key, title, w, al in specs:
            self.c[key] = (x, x + w, al, title)
            x += w
        self.x0, self.x1 = x0, x

    def put(self, cv, key: str, y: float, s: str, pad: float = 2.5, gray: float = 0.0) -> None:
        xl, xr, al, _ = self.c[key]
        if al == "r":
            cv.text(xr - pad, y, s, "r", gray)
        elif al == "c":
            cv.text((xl + xr) / 2, y, s, "c", gray)
        else:
            cv.text(xl + pad, y, s, "l", gray)

    def header(self, cv, y: float, lh: float) -> float:
        """Titles bottom-aligned; returns the baseline of the last header line."""
        n = max(t.count("\n") + 1 for _, _, _, t in self.c.values())
        for key, (_, _, _, t) in self.c.items():
            parts = t.split("\n")
            for i, p in enumerate(parts):
                self.put(cv, key, y + (n - len(parts) + i) * lh, p)
        return y + (n - 1) * lh

    def row(self, cv, y: float, vals: dict[str, str], **kw) -> None:
        for k, v in vals.items():
            if v:
                self.put(cv, k, y, v, **kw)

    def grid(self, cv, y1: float, y2: float, w: float = 0.4) -> None:
        xs = sorted({v[0] for v in self.c.values()} | {self.x1})
        for x in xs:
            cv.vline(x, y1, y2, w)


def ds(d: date, style: str) -> str:
    """Dates: the shared styles plus 01-05-2026, 1/5/26 and 05 Jan 2026."""
    if style == "mdy4dash":
        return d.strftime("%m-%d-%Y")
    if style == "mdyn2":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "dmon":
        return d.strftime("%d %b %Y")
    return dfmt(d, style)


DATE_STYLES = ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy", "mdy4dash", "mdyn2", "dmon")


def L(page: int, s: Svc, **kw) -> dict:
    return truth_line(page, s, **kw)


def claim_rec(claim_id, payer_claim_id, patient, svcs: list[Svc], keys: tuple[str, ...], override=None) -> dict:
    vals = {"billed": total(svcs, "billed"), "allowed": total(svcs, "allowed"), "paid": total(svcs, "paid"),
            "patient_owes": total(svcs, "owes")}
    vals = {k: (v if k in keys else None) for k, v in vals.items()}
    if override:
        vals.update(override)
    return {"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
            "totals": claim_totals(**vals)}


def wrap(cv, s: str, width: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if cur and cv.width(t) > width:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


# ------------------------------------------------------------------------------------------ q1
def wc(s: Svc, units_allowed: Decimal | None = None, bundled: bool = False) -> Svc:
    """Workers' comp: state fee schedule (an invented 132% of the program schedule), no patient share."""
    if bundled:
        s.allowed, s.discount, s.paid = ZERO, s.billed, ZERO
        return s
    u = units_allowed if units_allowed is not None else s.units
    s.allowed = min(s.billed, q(Decimal(SCHED[s.code]) * u * Decimal("1.32")))
    s.discount = s.billed - s.allowed
    s.paid = s.allowed
    return s


def q1_wc_eor(out: Path) -> None:
    name = "wc_explanation_of_review"
    path = out / f"{name}.pdf"
    cv = RL(path)
    claimant = "PRZYBYLSKI, TOMASZ J"
    carrier_claim = "WC25-118842"
    bills = [
        ("NHT-30417", D("2026-01-20"), [
            (wc(Svc(D("2026-01-05"), "97165", 1, ("GO",))), ["FS1"]),
            (wc(Svc(D("2026-01-05"), "97760", 2, ("GO",))), ["FS1"]),
            (wc(Svc(D("2026-01-05"), "L3807", 1, ("RT",))), ["FS1"]),
            (wc(Svc(D("2026-01-07"), "97140", 2, ("GO", "59"))), ["FS1"]),
            (wc(Svc(D("2026-01-07"), "97110", 3, ("GO",))), ["FS1"]),
            (wc(Svc(D("2026-01-07"), "G0283", 1, ("GO",)), bundled=True), ["P07"]),
            (wc(Svc(D("2026-01-09"), "97110", 2, ("GO",))), ["FS1"]),
            (wc(Svc(D("2026-01-09"), "97530", 2, ("GO",))), ["FS1"]),
        ]),
        ("NHT-30588", D("2026-01-27"), [
            (wc(Svc(D("2026-01-12"), "97140", 2, ("GO", "59"))), ["FS1"]),
            (wc(Svc(D("2026-01-12"), "97110", 4, ("GO",)), units_allowed=Decimal(3)), ["FS1", "U01"]),
            (wc(Svc(D("2026-01-12"), "97530", 1, ("GO",))), ["FS1"]),
            (wc(Svc(D("2026-01-14"), "97168", 1, ("GO",))), ["FS1"]),
            (wc(Svc(D("2026-01-14"), "97110", 3, ("GO",))), ["FS1"]),
            (wc(Svc(D("2026-01-14"), "97035", 1, ("GO",))), ["FS1"]),
            (wc(Svc(D("2026-01-16"), "97110", 3, ("GO",))), ["FS1"]),
            (wc(Svc(D("2026-01-16"), "97530", 2, ("GO",))), ["FS1"]),
        ]),
    ]
    legend = [
        ("FS1", "Allowance set by the state workers' compensation fee schedule for this code."),
        ("P07", "Included in the payment for another service on the same date; not paid separately."),
        ("U01", "Units allowed limited to the treatment time written in the therapy note."),
        ("RV9", "This bill was reviewed for the employer's insurer; the injured worker owes nothing for it."),
    ]
    lines, claims = [], []
    cols = Cols(36, [("ln", "Ln", 20, "c"), ("dos", "Date of\nService", 56, "l"), ("code", "Proc\nCode", 40, "l"),
                     ("mod", "Mod", 38, "l"), ("units", "Units", 30, "r"), ("billed", "Billed\nCharges", 62, "r"),
                     ("allowed", "Fee Schedule\nAllowance", 66, "r"), ("red", "Reduction", 58, "r"),
                     ("paid", "Recommended\nPayment", 68, "r"), ("expl", "Expl.\nCodes", 102, "l")])
    for bi, (acct, received, rows) in enumerate(bills):
        if bi:
            cv.new_page()
        cv.font("sans", 13, "B")
        cv.text(36, 50, "Keystone Mutual Casualty Company")
        cv.font("sans", 8.5)
        cv.text(36, 62, "Workers' Compensation Claims  |  PO Box 44120, Harrisford, PA 17099")
        cv.font("sans", 15, "B")
        cv.text(576, 52, "EXPLANATION OF REVIEW", "r")
        cv.font("sans", 8.5)
        cv.text(576, 64, f"Review Date: 02/03/2026     Bill Received: {ds(received, 'mdy4')}", "r")
        cv.rect(36, 76, 270, 72)
        cv.rect(306, 76, 270, 72)
        left = [("Claimant:", claimant), ("Employer:", "Riverbend Cold Storage LLC"),
                ("Date of Injury:", "10/28/2025"), ("Carrier Claim No.:", carrier_claim), ("Jurisdiction:", "PA")]
        right = [("Provider:", "Northgate Hand & Upper Extremity Therapy"), ("Provider Tax ID:", "23-4417802"),
                 ("Provider Bill/Acct No.:", acct), ("Diagnosis:", "S63.501A  S66.911A"),
                 ("Place of Service:", "11  Office")]
        for i, (k, v) in enumerate(left):
            cv.font("sans", 8, "B")
            cv.text(42, 90 + i * 13, k)
            cv.font("sans", 8)
            cv.text(118, 90 + i * 13, v)
        for i, (k, v) in enumerate(right):
            cv.font("sans", 8, "B")
            cv.text(312, 90 + i * 13, k)
            cv.font("sans", 8)
            cv.text(404, 90 + i * 13, v)
        y0 = 162
        cv.rect(cols.x0, y0, cols.x1 - cols.x0, 24, fill=0.88)
        cv.font("sans", 7.5, "B")
        cols.header(cv, y0 + 10, 9)
        y = y0 + 24
        cv.font("sans", 8)
        svcs = []
        for i, (s, codes) in enumerate(rows, 1):
            s.remarks = codes
            svcs.append(s)
            cv.hline(cols.x0, cols.x1, y, 0.3)
            yb = y + 11
            cols.row(cv, yb, {"ln": str(i), "dos": ds(s.dos, "mdy4"), "code": s.code, "mod": " ".join(s.mods),
                              "units": units_str(s.units), "billed": money(s.billed, ","),
                              "allowed": money(s.allowed, ","), "red": money(s.discount, ","),
                              "paid": money(s.paid, ","), "expl": " ".join(codes)})
            lines.append(L(cv.page, s, claim_id=acct, payer_claim_id=carrier_claim, patient=claimant,
                           printed=("billed", "allowed", "discount", "paid"), remarks=codes, description=False))
            y += 15
        cv.hline(cols.x0, cols.x1, y, 0.8)
        cols.grid(cv, y0, y + 16)
        cv.font("sans", 8, "B")
        cols.put(cv, "dos", y + 11, "BILL TOTALS")
        cols.row(cv, y + 11, {"billed": money(total(svcs, "billed"), "$"), "allowed": money(total(svcs, "allowed"), "$"),
                              "red": money(total(svcs, "discount"), "$"), "paid": money(total(svcs, "paid"), "$")})
        cv.hline(cols.x0, cols.x1, y + 16, 0.8)
        claims.append(claim_rec(acct, carrier_claim, claimant, svcs, ("billed", "allowed", "paid")))
        cv.font("sans", 8)
        y += 34
        for t in ("Recommended payment is based on the fee schedule in effect on the date of service. Questions about",
                  "this review: call 1-800-555-0147 and give the carrier claim number. Code RV9 applies to this whole bill."):
            cv.text(36, y, t)
            y += 11
        cv.font("sans", 7)
        cv.text(306, 760, f"Page {cv.page} of 2", "c")
    y += 12
    cv.font("sans", 9, "B")
    cv.text(36, y, "EXPLANATION CODES")
    cv.font("sans", 8)
    for code, txt in legend:
        y += 12
        cv.text(36, y, code)
        cv.text(70, y, txt)
    cv.save()
    write_truth(path, name, cv.producer, cv.page,
                "Workers' compensation Explanation of Review, one bill per page: boxed claimant/provider block "
                "(carrier claim no., provider bill/acct no., date of injury), ruled grid with Fee Schedule Allowance "
                "/ Reduction / Recommended Payment, separate Mod column, units reduced by review, a bundled line "
                "paid 0.00, BILL TOTALS row, explanation-code legend.",
                lines, claims, legend)


# ------------------------------------------------------------------------------------------ q2
def ma(s: Svc, st: PlanState, deny: bool = False) -> Svc:
    """Medicare Advantage: plan-approved = program schedule; a copay once per visit date; in-network denials
    are the provider's write-off."""
    if deny:
        s.not_covered = s.billed
        s.adjs = [("CO", "50", s.billed)]
        return s
    s.allowed = min(s.billed, q(Decimal(SCHED[s.code]) * s.units))
    s.discount = s.billed - s.allowed
    if s.dos not in st.copaid:
        st.copaid.add(s.dos)
        s.copay = min(st.visit_copay, s.allowed)
    s.paid = s.allowed - s.copay
    s.owes = s.copay
    return s


def q2_medicare_advantage(out: Path) -> None:
    name = "medicare_advantage_member_eob"
    path = out / f"{name}.pdf"
    cv = FP(path)
    member = "Beatrice Okonkwo-Hale"
    st1, st2, st3 = PlanState(visit_copay=Decimal("25")), PlanState(visit_copay=Decimal("25")), \
        PlanState(visit_copay=Decimal("10"))
    st4 = PlanState(visit_copay=Decimal("25"))
    claims_in = [
        ("26-0107-558201", "LSS-00912", "Lakeshore Speech & Swallow Clinic", D("2026-01-09"), [
            (ma(Svc(D("2026-01-06"), "92523", 1), st1), ["A"]),
            (ma(Svc(D("2026-01-06"), "92526", 1), st1), ["A"]),
        ]),
        ("26-0113-559470", "HPO-7731", "Harbor Point Occupational Therapy", D("2026-01-21"), [
            (ma(Svc(D("2026-01-08"), "97166", 1), st2), ["A"]),
            (ma(Svc(D("2026-01-08"), "97535", 2), st2), ["A"]),
            (ma(Svc(D("2026-01-12"), "97530", 3), st2), ["A"]),
            (ma(Svc(D("2026-01-12"), "97535", 1), st2), ["A"]),
            (ma(Svc(D("2026-01-15"), "97530", 2), st2), ["A"]),
            (ma(Svc(D("2026-01-15"), "97129", 1), st2), ["A"]),
            (ma(Svc(D("2026-01-15"), "97130", 2), st2), ["A"]),
            (ma(Svc(D("2026-01-19"), "97530", 2), st2), ["A"]),
            (ma(Svc(D("2026-01-19"), "97110", 2), st2), ["A"]),
        ]),
        ("26-0124-561377", "RPT-118204", "Ridgeview Physical Therapy & Balance", D("2026-01-28"), [
            (ma(Svc(D("2026-01-13"), "97162", 1), st4), ["A"]),
            (ma(Svc(D("2026-01-13"), "97110", 2), st4), ["A"]),
            (ma(Svc(D("2026-01-16"), "97110", 2), st4), ["A"]),
            (ma(Svc(D("2026-01-16"), "97116", 2), st4), ["A"]),
            (ma(Svc(D("2026-01-16"), "97112", 1), st4), ["A"]),
            (ma(Svc(D("2026-01-20"), "97110", 2), st4), ["A"]),
            (ma(Svc(D("2026-01-20"), "97116", 2), st4), ["A"]),
            (ma(Svc(D("2026-01-23"), "97110", 2), st4), ["A"]),
            (ma(Svc(D("2026-01-23"), "97112", 2), st4), ["A"]),
            (ma(Svc(D("2026-01-27"), "97110", 3), st4), ["A"]),
            (ma(Svc(D("2026-01-27"), "97140", 1), st4), ["A"]),
        ]),
        ("26-0120-560012", None, "Fairlane Family Medicine", D("2026-01-23"), [
            (ma(Svc(D("2026-01-16"), "99214", 1), st3), ["B"]),
            (ma(Svc(D("2026-01-16"), "G0283", 1), st3, deny=True), ["C"]),
        ]),
    ]
    legend = [
        ("A", "Your plan pays this provider the approved amount minus your visit copay. Your copay for a therapy "
              "visit is $25."),
        ("B", "Your copay for a visit with your primary care doctor is $10."),
        ("C", "This service is not covered when billed this way. The provider is in our network and cannot bill "
              "you for it."),
    ]
    allsv = [s for c in claims_in for s, _ in c[4]]
    plain = {"97129": "Thinking skills therapy, first 15 min", "97130": "Thinking skills therapy, added 15 min",
             "97535": "Self-care training", "99214": "Office visit, established patient"}
    for s in allsv:
        s.desc = plain.get(s.code, s.desc)
    cols = Cols(36, [("dos", "Date of\nservice", 60, "l"), ("svc", "Service and code", 196, "l"),
                     ("billed", "Provider\ncharged", 64, "r"), ("allowed", "Plan-approved\namount", 74, "r"),
                     ("paid", "Plan paid", 58, "r"), ("owes", "Your share", 54, "r"), ("notes", "Notes", 34, "c")])

    def header_band(y: float, cont: bool) -> float:
        cv.rect(cols.x0, y, cols.x1 - cols.x0, 24, fill=0.9, stroke=False)
        cv.font("vera", 7.2, "B")
        cols.header(cv, y + 10, 9)
        return y + 24

    def page_top() -> float:
        cv.font("vera", 14, "B")
        cv.text(40, 52, "Explanation of Benefits")
        cv.font("vera", 8)
        cv.text(40, 65, "Harborlight Medicare Advantage (HMO-POS)   |   THIS IS NOT A BILL")
        cv.text(572, 52, f"Member name: {member}", "r")
        cv.text(572, 63, "Member ID: HLM 8847120 01", "r")
        cv.hline(40, 572, 72, 1.2)
        return 90

    y = page_top()
    cv.font("vera", 8.5)
    cv.text(40, y, "For medical services you received from January 1, 2026 to January 31, 2026.")
    y += 16
    cv.rect(40, y, 532, 54)
    cv.font("vera", 8, "B")
    cv.text(48, y + 13, "Your plan summary")
    cv.text(300, y + 13, "This month", "r")
    cv.text(400, y + 13, "Year to date", "r")
    cv.font("vera", 8)
    sums = [("Total cost of your care", total(allsv, "billed")), ("What the plan paid", total(allsv, "paid")),
            ("Your share (what you may be billed)", total(allsv, "owes"))]
    for i, (k, v) in enumerate(sums):
        cv.text(48, y + 25 + i * 10, k)
        cv.text(300, y + 25 + i * 10, money(v, "$"), "r")
        cv.text(400, y + 25 + i * 10, money(v, "$"), "r")
    y += 74
    cv.font("vera", 11, "B")
    cv.text(40, y, "Your medical claims in detail")
    y += 14
    lines, claims = [], []
    bottom = 720
    for pcn, acct, prov, rec, rows in claims_in:
        if y + 60 > bottom:
            cv.new_page()
            y = page_top()
        cv.font("vera", 8.5, "B")
        cv.text(40, y, prov)
        cv.font("vera", 7.5)
        acct_txt = f"   Patient account #: {acct}" if acct else ""
        cv.text(40, y + 11, f"Claim number: {pcn}   Received: {ds(rec, 'mon')}{acct_txt}")
        y = header_band(y + 16, False)
        svcs = []
        for s, notes in rows:
            if y + 12 > bottom:
                cv.font("vera", 7, "I")
                cv.text(572, y + 10, "Claim continues on the next page", "r")
                cv.new_page()
                y = page_top()
                cv.font("vera", 8.5, "B")
                cv.text(40, y, f"{prov} (continued)")
                cv.font("vera", 7.5)
                cv.text(40, y + 11, f"Claim number: {pcn}")
                y = header_band(y + 16, True)
            svcs.append(s)
            cv.font("vera", 7.5)
            y += 11
            cols.row(cv, y, {"dos": ds(s.dos, "mon"), "svc": f"{s.desc} ({s.code})", "billed": money(s.billed, "$"),
                             "allowed": money(s.allowed, "$"), "paid": money(s.paid, "$"),
                             "owes": money(s.owes, "$"), "notes": ", ".join(notes)})
            cv.hline(cols.x0, cols.x1, y + 3.5, 0.25, 0.6)
            lines.append(L(cv.page, s, claim_id=acct, payer_claim_id=pcn, patient=member,
                           printed=("billed", "allowed", "paid", "patient_owes"), units=False, remarks=notes))
        y += 12
        cv.font("vera", 7.5, "B")
        cols.row(cv, y, {"svc": "Total for this claim", "billed": money(total(svcs, "billed"), "$"),
                         "allowed": money(total(svcs, "allowed"), "$"), "paid": money(total(svcs, "paid"), "$"),
                         "owes": money(total(svcs, "owes"), "$")})
        claims.append(claim_rec(acct, pcn, member, svcs, ("billed", "allowed", "paid", "patient_owes")))
        y += 22
    cv.font("vera", 9, "B")
    cv.text(40, y, "Notes about your claims")
    cv.font("vera", 7.5)
    for code, txt in legend:
        for j, part in enumerate(wrap(cv, txt, 500)):
            y += 10
            if j == 0:
                cv.text(40, y, code)
            cv.text(56, y, part)
    cv.save()
    write_truth(path, name, cv.producer, cv.page,
                "Medicare Advantage monthly member EOB (embedded Vera font): plan summary box, per-claim heading "
                "(provider, claim number, received date, patient account #), columns Provider charged / "
                "Plan-approved amount / Plan paid / Your share / Notes; code in parentheses inside the service "
                "wording, no units or modifiers; 'Jan 6, 2026' dates; a claim continued on page 2 under a repeated "
                "header; lettered notes.",
                lines, claims, legend)


# ------------------------------------------------------------------------------------------ q3
def q3_era_viewer(out: Path) -> None:
    name = "era_viewer_print"
    path = out / f"{name}.pdf"
    cv = RL(path, landscape=True)
    st_a = PlanState(ded_left=Decimal("40"), allowed_rate=Decimal("0.78"))
    st_b = PlanState(copay_codes={"92507": Decimal("30")}, allowed_rate=Decimal("0.78"))
    st_c = PlanState(allowed_rate=Decimal("0.78"))
    st_d = PlanState(allowed_rate=Decimal("0.78"), copay_codes={"97110": Decimal("20")})
    old = [commercial(Svc(D("2025-12-29"), "97110", 2, ("GP",)), st_d),
           commercial(Svc(D("2025-12-29"), "97140", 1, ("GP",)), st_d)]
    for s in old:
        s.remarks = ["MA67"]
    rev = [negate(s) for s in old]
    st_e = PlanState(allowed_rate=Decimal("0.78"), copay_codes={"97110": Decimal("20")})
    fixed = [commercial(Svc(D("2025-12-29"), "97110", 2, ("GP",)), st_e),
             commercial(Svc(D("2025-12-29"), "97140", 1, ("GP",)), st_e),
             commercial(Svc(D("2025-12-29"), "L3908", 1, ("LT",)), st_e)]
    for s in fixed:
        s.remarks = ["MA67"] if s.code != "L3908" else []
    denied = [commercial(Svc(D("2026-01-08"), "97110", 3, ("GP",), denied="CO"), st_c, deny_reason="197"),
              commercial(Svc(D("2026-01-08"), "97140", 2, ("GP",), denied="CO"), st_c, deny_reason="197")]
    for s in denied:
        s.remarks = ["M62"]
    claims_in = [
        ("NAKAMURA-REYES, SOFIA", "TPT-88104", "2026029A04417", "1 - Processed as Primary", "CBA66210401", [
            commercial(Svc(D("2026-01-05"), "97165", 1, ("GO",)), st_a),
            commercial(Svc(D("2026-01-05"), "97530", 2, ("GO",)), st_a),
            commercial(Svc(D("2026-01-12"), "97530", 3, ("GO",)), st_a),
            commercial(Svc(D("2026-01-12"), "97112", 1, ("GO", "59")), st_a),
        ]),
        ("NAKAMURA-REYES, KAI", "TPT-88131", "2026029A04418", "1 - Processed as Primary", "CBA66210402", [
            commercial(Svc(D("2026-01-07"), "92507", 1, ("GN",)), st_b),
            commercial(Svc(D("2026-01-14"), "92507", 1, ("GN",)), st_b),
            commercial(Svc(D("2026-01-21"), "92507", 1, ("GN",)), st_b),
        ]),
        ("OYELARAN, TEMITOPE", "TPT-87990", "2026029A04419", "4 - Denied", "CBA70155201", denied),
        ("OYELARAN, TEMITOPE", "TPT-87411", "2026015A02210", "22 - Reversal of Previous Payment", "CBA70155201", rev),
        ("OYELARAN, TEMITOPE", "TPT-87411", "2026029A04420", "1 - Processed as Primary", "CBA70155201", fixed),
    ]
    allsv = [s for c in claims_in for s in c[5]]
    cols = Cols(30, [("dos", "Svc Date", 58, "l"), ("proc", "Proc", 40, "l"), ("mods", "Mods", 42, "l"),
                     ("units", "Units", 30, "r"), ("billed", "Billed", 56, "r"), ("allowed", "Allowed", 56, "r"),
                     ("ded", "Deduct", 50, "r"), ("coins", "Coins", 50, "r"), ("copay", "Copay", 48, "r"),
                     ("owes", "Pt Resp", 52, "r"), ("paid", "Paid", 56, "r"), ("adj", "Adjustments", 118, "l"),
                     ("rem", "Remarks", 76, "l")])

    def m(d: Decimal) -> str:
        return money(d, ",", "-")

    def page_top() -> float:
        cv.font("sans", 11, "B")
        cv.text(30, 36, "Electronic Remittance Advice - Printable View")
        cv.font("sans", 7.5)
        cv.text(762, 36, f"Printed 2026-02-02 09:14   Page {cv.page} of 2", "r")
        cv.text(30, 48, "Payer: Cascadia Benefit Administrators (Payer ID 77841)     Payee: Tidewater Pediatric Therapy "
                        "Group     NPI: 1467203381")
        cv.text(30, 58, f"EFT Trace #: 1TRC26013000451     Payment Date: 2026-01-30     Payment Amount: "
                        f"{m(total(allsv, 'paid'))}")
        cv.hline(30, 762, 64, 1)
        return 78

    y = page_top()
    lines, claims = [], []
    legend = [
        ("CO-45", "Charge above the contracted fee; the provider writes it off."),
        ("PR-1", "Deductible amount."), ("PR-2", "Coinsurance amount."), ("PR-3", "Copay amount."),
        ("CO-197", "No precertification or authorization on file."),
        ("M62", "Missing or invalid treatment authorization number."),
        ("MA67", "Correction to a prior claim."),
    ]
    for pat, ctrl, pcn, status, mem, svcs in claims_in:
        need = 40 + 12 * sum(max(1, len(s.adjs)) for s in svcs)
        if y + need > 575:
            cv.new_page()
            y = page_top()
        cv.rect(30, y, 732, 26, fill=0.9, stroke=False)
        cv.font("sans", 7.5, "B")
        cv.text(34, y + 10, f"Patient: {pat}")
        cv.text(230, y + 10, f"Patient Ctrl #: {ctrl}")
        cv.text(390, y + 10, f"Payer Claim #: {pcn}")
        cv.text(560, y + 10, f"Claim Status: {status}")
        cv.font("sans", 7.5)
        cv.text(34, y + 21, f"Member ID: {mem}     Rendering NPI: 1730588214     Claim Received: 2026-01-20")
        y += 36
        cv.font("sans", 7, "B")
        cols.header(cv, y, 9)
        cv.hline(30, 762, y + 3, 0.4)
        cv.font("sans", 7.5)
        y += 13
        for s in svcs:
            adj = [f"{g}-{c}: {m(a)}" for g, c, a in s.adjs]
            cols.row(cv, y, {"dos": ds(s.dos, "iso"), "proc": s.code, "mods": ",".join(s.mods),
                             "units": units_str(s.units), "billed": m(s.billed), "allowed": m(s.allowed),
                             "ded": m(s.deductible), "coins": m(s.coinsurance), "copay": m(s.copay),
                             "owes": m(s.owes), "paid": m(s.paid), "rem": " ".join(s.remarks)})
            for j, a in enumerate(adj):
                cols.put(cv, "adj", y + j * 9, a, pad=12)
            lines.append(L(cv.page, s, claim_id=ctrl, payer_claim_id=pcn, patient=pat,
                           printed=("billed", "allowed", "deductible", "coinsurance", "copay", "patient_owes", "paid"),
                           adjustments=s.adjs, remarks=s.remarks, description=False))
            y += 9 * max(1, len(adj)) + 3
        cv.hline(cols.c["billed"][0], 762, y - 7, 0.4)
        cv.font("sans", 7.5, "B")
        cols.put(cv, "dos", y + 2, "Claim Totals:")
        cols.row(cv, y + 2, {k: m(total(svcs, a)) for k, a in (("billed", "billed"), ("allowed", "allowed"),
                                                                ("ded", "deductible"), ("coins", "coinsurance"),
                                                                ("copay", "copay"), ("owes", "owes"),
                                                                ("paid", "paid"))})
        claims.append(claim_rec(ctrl, pcn, pat, svcs, ("billed", "allowed", "paid", "patient_owes")))
        y += 20
    cv.font("sans", 8, "B")
    cv.text(30, y + 4, "Code Glossary")
    cv.font("sans", 7)
    for i, (code, txt) in enumerate(legend):
        cv.text(30 + (i % 2) * 366, y + 16 + (i // 2) * 10, f"{code}  {txt}")
    cv.save()
    write_truth(path, name, cv.producer, cv.page,
                "Clearinghouse ERA viewer print (landscape): grey claim band (patient, patient ctrl #, payer claim #, "
                "claim status code and words, member ID), ISO dates, Proc and Mods columns ('GO,59'), Pt Resp column, "
                "adjustments stacked one per text line in one cell ('CO-45: 23.50'), RARC remarks, a denied claim, "
                "a reversal (status 22) with leading-minus amounts and its corrected claim, code glossary.",
                lines, claims, legend)


# ------------------------------------------------------------------------------------------ q4
def q4_mco_medicaid(out: Path) -> None:
    name = "mco_medicaid_remit"
    path = out / f"{name}.pdf"
    cv = FP(path, landscape=True)

    def svc(d, code, units, mods, end=None, deny=None, eob=("E101",)):
        s = Svc(D(d), code, units, mods, D(end) if end else None, denied="CO" if deny else None)
        medicaid(s, deny_reason=deny or "197")
        s.remarks = [deny] if deny else list(eob)
        return s

    void_src = [svc("2025-12-16", "97530", 4, ("GO",)), svc("2025-12-16", "97535", 2, ("GO",))]
    void = [negate(s) for s in void_src]
    for s in void:
        s.remarks = ["E640"]
    claims_in = [
        ("2026030123450001", "BSP-4012", "PEMBERTON, ALIYAH", "77120934A", "PAID", [
            svc("2026-01-06", "97530", 4, ("GO",)), svc("2026-01-06", "97535", 2, ("GO",)),
            svc("2026-01-13", "97530", 4, ("GO",)), svc("2026-01-13", "97112", 2, ("GO", "59"))]),
        ("2026030123450002", "BSP-4013", "PEMBERTON, ZION", "77120935A", "PAID", [
            svc("2026-01-07", "92507", 1, ("GN",)), svc("2026-01-14", "92507", 1, ("GN",)),
            svc("2026-01-21", "92526", 1, ("GN",))]),
        ("2026030123450003", "BSP-3988", "ABERNATHY-COLE, RHYS", "80045512A", "PAID", [
            svc("2026-01-08", "92523", 1, ("GN",)), svc("2026-01-15", "97129", 1, ("GN",)),
            svc("2026-01-15", "97130", 2, ("GN",), deny="E204")]),
        ("2026030123450004", "BSP-4020", "VO, MINH ANH", "81230077A", "PAID", [
            svc("2026-01-09", "97165", 1, ("GO",)),
            svc("2026-01-12", "97110", 5, ("GO",), end="2026-01-16"),
            svc("2026-01-20", "97530", 3, ("GO",), end="2026-01-22"),
            svc("2026-01-20", "97760", 1, ("GO",), deny="E311")]),
        ("2026030123450005", "BSP-3701", "PEMBERTON, ALIYAH", "77120934A", "ADJUSTED", void),
        ("2026030123450006", "BSP-3701", "PEMBERTON, ALIYAH", "77120934A", "PAID", [
            svc("2025-12-16", "97530", 3, ("GO",), eob=("E101", "E652")), svc("2025-12-16", "97535", 2, ("GO",))]),
        ("2026030123450008", "BSP-4036", "OKONJO, ADAEZE", "80771209A", "PAID", [
            svc("2026-01-05", "92507", 1, ("GN",)), svc("2026-01-12", "92507", 1, ("GN",)),
            svc("2026-01-19", "92507", 1, ("GN",)), svc("2026-01-26", "92507", 1, ("GN",)),
            svc("2026-01-26", "92526", 1, ("GN",))]),
        ("2026030123450009", "BSP-4040", "ESTRADA-LUNA, MATEO", "81002394A", "PAID", [
            svc("2026-01-06", "97530", 3, ("GO",)), svc("2026-01-13", "97530", 3, ("GO",)),
            svc("2026-01-20", "97530", 3, ("GO",)), svc("2026-01-27", "97530", 3, ("GO",)),
            svc("2026-01-27", "97110", 2, ("GO",))]),
        ("2026030123450010", "BSP-4044", "ABERNATHY-COLE, RHYS", "80045512A", "PAID", [
            svc("2026-01-22", "97129", 1, ("GN",)), svc("2026-01-22", "97130", 1, ("GN",)),
            svc("2026-01-29", "97129", 1, ("GN",)), svc("2026-01-29", "97130", 1, ("GN",))]),
        ("2026030123450011", "BSP-4051", "FITZGERALD, NORA", "79315560A", "PAID", [
            svc("2026-01-23", "97166", 1, ("GO",)), svc("2026-01-23", "97535", 2, ("GO",)),
            svc("2026-01-27", "97530", 2, ("GO",)), svc("2026-01-27", "97535", 1, ("GO",))]),
        ("2026030123450007", "BSP-4031", "LINDQVIST, BO", "79900321A", "DENIED", [
            svc("2026-01-22", "97110", 2, ("GP",), deny="E270"), svc("2026-01-22", "97140", 1, ("GP",), deny="E270")]),
    ]
    legend = [
        ("E101", "Paid at the plan's Medicaid fee schedule amount."),
        ("E204", "Units over the yearly limit for this service."),
        ("E270", "Member was not enrolled with the plan on the date of service."),
        ("E311", "Service needs prior approval; none on file."),
        ("E640", "Claim voided; the earlier payment is taken back."),
        ("E652", "Replacement claim for a voided claim."),
    ]
    cols = Cols(24, [("tcn", "TCN", 78, "l"), ("acct", "Patient\nAcct #", 44, "l"), ("name", "Member Name", 90, "l"),
                     ("mid", "Member ID", 48, "l"), ("ln", "Ln", 16, "r"), ("from", "From DOS", 48, "l"),
                     ("to", "To DOS", 48, "l"), ("proc", "Proc", 28, "l"), ("m1", "M1", 16, "l"), ("m2", "M2", 16, "l"),
                     ("units", "Units", 28, "r"), ("billed", "Billed Amt", 44, "r"), ("allowed", "Allowed Amt", 46, "r"),
                     ("tpl", "TPL Amt", 34, "r"), ("copay", "Copay", 30, "r"), ("paid", "Paid Amt", 44, "r"),
                     ("status", "Status", 36, "l"), ("eob", "EOB Codes", 50, "l")])
    npages = 2

    def m(d: Decimal) -> str:
        return money(d, "", "trail")

    def page_top() -> float:
        cv.font("sans", 10, "B")
        cv.text(24, 34, "SUNFIELD COMMUNITY HEALTH PLAN - MEDICAID MANAGED CARE")
        cv.text(768, 34, "PROVIDER REMITTANCE ADVICE", "r")
        cv.font("sans", 7)
        cv.text(24, 46, "PROVIDER: BRIGHT STEPS PEDIATRIC THERAPY   PROVIDER ID: 0047712093   NPI: 1598820471")
        cv.text(768, 46, f"RA #: 26-0130-0058   RA DATE: 30-JAN-2026   PAGE {cv.page} OF {npages}", "r")
        cv.hline(24, 768, 52, 0.8)
        cv.font("sans", 6.5, "B")
        yh = cols.header(cv, 62, 8)
        cv.hline(24, 768, yh + 3, 0.8)
        return yh + 13

    y = page_top()
    lines, claims = [], []
    for tcn, acct, pat, mid, status, svcs in claims_in:
        if y + 11 * (len(svcs) + 1) > 570:
            cv.new_page()
            y = page_top()
        cv.font("sans", 6.5)
        for i, s in enumerate(svcs, 1):
            vals = {"ln": str(i), "from": ds(s.dos, "dmy"), "to": ds(s.end or s.dos, "dmy"), "proc": s.code,
                    "m1": s.mods[0] if s.mods else "", "m2": s.mods[1] if len(s.mods) > 1 else "",
                    "units": f"{s.units:.2f}", "billed": m(s.billed), "allowed": m(s.allowed), "tpl": m(ZERO),
                    "copay": m(ZERO), "paid": m(s.paid),
                    "status": "DENIED" if s.denied else ("VOID" if status == "ADJUSTED" else "PAID"),
                    "eob": " ".join(s.remarks)}
            if i == 1:
                vals.update({"tcn": tcn, "acct": acct, "name": pat, "mid": mid})
            cols.row(cv, y, vals)
            lines.append(L(cv.page, s, claim_id=acct, payer_claim_id=tcn, patient=pat, service_end=s.end or s.dos,
                           printed=("billed", "allowed", "copay", "paid"), remarks=s.remarks, description=False))
            y += 11
        cv.hline(cols.c["billed"][0], cols.c["paid"][1], y - 7, 0.3)
        cv.font("sans", 6.5, "B")
        cols.row(cv, y, {"proc": "CLAIM TOTAL", "status": status, "billed": m(total(svcs, "billed")),
                         "allowed": m(total(svcs, "allowed")), "tpl": m(ZERO), "copay": m(ZERO),
                         "paid": m(total(svcs, "paid"))})
        claims.append(claim_rec(acct, tcn, pat, svcs, ("billed", "allowed", "paid")))
        y += 15
    allsv = [s for c in claims_in for s in c[5]]
    cv.hline(24, 768, y - 4, 0.8)
    cv.font("sans", 7.5, "B")
    y += 8
    cv.text(24, y, "PROVIDER TOTALS")
    cv.font("sans", 7)
    for i, (k, v) in enumerate((("CLAIMS PROCESSED", str(len(claims_in))),
                                ("TOTAL BILLED", m(total(allsv, "billed"))),
                                ("TOTAL PAID", m(total(allsv, "paid"))),
                                ("NET PAYMENT (EFT 000448120)", m(total(allsv, "paid"))))):
        cv.text(24, y + 11 + i * 9, k)
        cv.text(220, y + 11 + i * 9, v, "r")
    y += 56
    cv.font("sans", 7.5, "B")
    cv.text(24, y, "EOB CODE DESCRIPTIONS")
    cv.font("sans", 7)
    for code, txt in legend:
        y += 9
        cv.text(24, y, code)
        cv.text(60, y, txt)
    cv.save()
    if cv.page != npages:
        raise SystemExit(f"{name}: expected {npages} pages, made {cv.page}")
    write_truth(path, name, cv.producer, cv.page,
                "Medicaid managed-care remittance (landscape, no grid): one flat table, TCN / patient acct / member "
                "name / member ID printed only on a claim's first row; From DOS / To DOS as 05-JAN-2026; Proc with "
                "M1 / M2 columns; units 4.00; TPL and Copay columns all 0.00; per-line status PAID / DENIED / VOID; "
                "a void claim with trailing-minus amounts and its replacement; CLAIM TOTAL rows; column header "
                "repeated on page 2; provider totals and EOB code legend.",
                lines, claims, legend)


# ------------------------------------------------------------------------------------------ q5
def contracted(s: Svc, st: PlanState, deny: str | None = None) -> Svc:
    """Therapy network: contracted rate (an invented 115% of the program schedule), copay once per visit."""
    if deny:
        s.discount = s.billed
        s.adjs = [("CO", deny, s.billed)]
        return s
    s.allowed = min(s.billed, q(Decimal(SCHED[s.code]) * s.units * Decimal("1.15")))
    s.discount = s.billed - s.allowed
    if s.dos not in st.copaid:
        st.copaid.add(s.dos)
        s.copay = min(st.visit_copay, s.allowed)
    s.paid = s.allowed - s.copay
    s.owes = s.copay
    return s


def q5_therapy_network_eop(out: Path) -> None:
    name = "therapy_network_eop"
    path = out / f"{name}.pdf"
    cv = FP(path)
    st1, st2, st3 = (PlanState(visit_copay=Decimal("30")) for _ in range(3))
    claims_in = [
        ("Quintero, Ramon", "PHP4471930", "AC-22871", "MRN26-0044871", "A26-11840", "01/21/2026", [
            (contracted(Svc(D("2026-01-07"), "97161", 1, ("GP",)), st1), ["M01", "M12"]),
            (contracted(Svc(D("2026-01-07"), "97110", 2, ("GP",)), st1), ["M01"]),
            (contracted(Svc(D("2026-01-09"), "97110", 3, ("GP",)), st1), ["M01", "M12"]),
            (contracted(Svc(D("2026-01-09"), "97140", 1, ("GP",)), st1), ["M01"]),
        ]),
        ("Quintero, Lucia", "PHP4471931", "AC-22902", "MRN26-0044902", "A26-11877", "01/22/2026", [
            (contracted(Svc(D("2026-01-08"), "97110", 3, ("GP", "KX")), st2), ["M01", "M12"]),
            (contracted(Svc(D("2026-01-08"), "97112", 2, ("GP", "KX")), st2), ["M01"]),
            (contracted(Svc(D("2026-01-15"), "97110", 3, ("GP", "KX")), st2), ["M01", "M12"]),
            (contracted(Svc(D("2026-01-15"), "97530", 2, ("GP", "KX")), st2, deny="198"), ["A40"]),
        ]),
        ("Fairweather, Dana", "PHP5102288", "AC-23010", "MRN26-0045330", "A26-12015", "01/26/2026", [
            (contracted(Svc(D("2026-01-13"), "97163", 1, ("GP",)), st3), ["M01", "M12"]),
            (contracted(Svc(D("2026-01-16"), "97110", 2, ("GP",)), st3), ["M01", "M12"]),
            (contracted(Svc(D("2026-01-16"), "G0283", 1, ("GP",)), st3), ["M01"]),
            (contracted(Svc(D("2026-01-16"), "97035", 1, ("GP",)), st3), ["M01"]),
        ]),
    ]
    legend = [
        ("M01", "Paid at the rate in your network agreement."),
        ("M12", "Member copay for the visit taken from the payment."),
        ("A40", "More units than the authorization allows; not payable, do not bill the member."),
    ]
    cols = Cols(36, [("auth", "Auth #", 62, "l"), ("dos", "Svc Date", 46, "l"), ("cpt", "CPT", 36, "l"),
                     ("mod", "Mod", 40, "l"), ("qty", "Qty", 24, "r"), ("billed", "Submitted", 62, "r"),
                     ("allowed", "Contracted", 62, "r"), ("owes", "Member Resp", 62, "r"), ("paid", "Paid", 62, "r"),
                     ("msg", "Msg", 84, "l")])

    def acct_money(key: str, y: float, d: Decimal) -> None:
        xl, xr, _, _ = cols.c[key]
        cv.text(xl + 10, y, "$")
        cv.text(xr - 3, y, money(d, ",", "()"), "r")

    cv.font("sans", 12, "B")
    cv.text(36, 48, "Meridian Rehab Network, LLC")
    cv.font("sans", 7.5)
    cv.text(36, 59, "Therapy benefits administrator for Pinecrest Health Plan")
    cv.text(36, 68, "2200 Commerce Row, Suite 400, Dellwood, OH 43099")
    cv.font("sans", 13, "B")
    cv.text(576, 48, "EXPLANATION OF PAYMENT", "r")
    cv.font("sans", 7.5)
    cv.text(576, 59, "Payment #: EFT 00884120    Payment Date: Feb 2, 2026", "r")
    cv.rect(36, 76, 540, 30)
    cv.text(42, 88, "Provider: Alder Creek Physical Therapy    TIN: XX-XXX1192    Provider #: MRN-PT-05518")
    cv.text(42, 99, "Please keep this notice with your records. Member responsibility may be billed to the member.")
    y = 124
    lines, claims = [], []
    for mem, mid, pnum, clm, auth, rec, rows in claims_in:
        cv.rect(36, y, 540, 22, fill=0.93)
        cv.font("sans", 7.5, "B")
        cv.text(40, y + 9, f"Member: {mem}")
        cv.text(190, y + 9, f"Member ID: {mid}")
        cv.text(330, y + 9, f"Your Patient #: {pnum}")
        cv.font("sans", 7.5)
        cv.text(40, y + 18, f"Claim #: {clm}      Received: {rec}      Authorization on file: {auth}")
        y += 34
        cv.font("sans", 7, "B")
        cols.header(cv, y, 9)
        cv.hline(36, 576, y + 3, 0.5)
        cv.font("sans", 7.5)
        svcs = []
        for s, msg in rows:
            s.remarks = msg
            svcs.append(s)
            y += 12
            cols.row(cv, y, {"auth": auth, "dos": ds(s.dos, "mdy2"), "cpt": s.code, "mod": " ".join(s.mods),
                             "qty": units_str(s.units), "msg": " ".join(msg)})
            for key, val in (("billed", s.billed), ("allowed", s.allowed), ("owes", s.owes), ("paid", s.paid)):
                acct_money(key, y, val)
            lines.append(L(cv.page, s, claim_id=pnum, payer_claim_id=clm, patient=mem,
                           printed=("billed", "allowed", "patient_owes", "paid"), remarks=msg, description=False))
        cv.hline(cols.c["billed"][0], 576, y + 4, 0.5)
        y += 14
        cv.font("sans", 7.5, "B")
        cols.put(cv, "dos", y, "Claim Total")
        for key, attr in (("billed", "billed"), ("allowed", "allowed"), ("owes", "owes"), ("paid", "paid")):
            acct_money(key, y, total(svcs, attr))
        claims.append(claim_rec(pnum, clm, mem, svcs, ("billed", "allowed", "paid", "patient_owes")))
        y += 22
    cv.font("sans", 8, "B")
    cv.text(36, y, "Message Codes")
    cv.font("sans", 7.5)
    for code, txt in legend:
        y += 11
        cv.text(36, y, code)
        cv.text(66, y, txt)
    cv.font("sans", 7)
    cv.text(306, 760, "Page 1 of 1", "c")
    cv.save()
    write_truth(path, name, cv.producer, cv.page,
                "Therapy benefit manager's Explanation of Payment to a PT clinic: shaded claim band (member, member "
                "ID, provider's 'Your Patient #', payer claim #, authorization), Auth # column repeated on every line, "
                "MM/DD/YY dates, 'GP KX' modifiers, accounting money with '$' at the cell's left edge and the amount "
                "at its right, a line denied for units over the authorization, Claim Total "
                "rows, message-code legend.",
                lines, claims, legend)


# ------------------------------------------------------------------------------------------ q6
def q6_provider_voucher(out: Path) -> None:
    name = "provider_voucher_continued"
    path = out / f"{name}.pdf"
    cv = RL(path)
    sa = PlanState(ded_left=Decimal("100"), allowed_rate=Decimal("0.74"))
    sb = PlanState(copay_codes={"99213": Decimal("40")}, allowed_rate=Decimal("0.74"))
    sc = PlanState(ded_left=Decimal("0"), allowed_rate=Decimal("0.74"))
    v1 = []
    for d in ("2026-01-05", "2026-01-07", "2026-01-09", "2026-01-12", "2026-01-14", "2026-01-16"):
        v1.append(commercial(Svc(D(d), "97110", 3, ("GP",)), sa))
        v1.append(commercial(Svc(D(d), "97140", 1, ("GP",)), sa))
    v2 = [commercial(Svc(D("2026-01-06"), "99213", 1), sb), commercial(Svc(D("2026-01-06"), "97161", 1, ("GP",)), sb),
          commercial(Svc(D("2026-01-06"), "97110", 2, ("GP",)), sb)]
    v3 = []
    for d in ("2026-01-06", "2026-01-13", "2026-01-20", "2026-01-27"):
        v3.append(commercial(Svc(D(d), "97530", 3, ("GO",)), sc))
        v3.append(commercial(Svc(D(d), "97535", 1, ("GO",)), sc))
    v4 = [commercial(Svc(D("2026-01-20"), "97760", 1, ("GO",), denied="PR"), sc),
          commercial(Svc(D("2026-01-20"), "L3807", 1, ("RT",), denied="PR"), sc)]
    sd = PlanState(ded_left=Decimal("250"), allowed_rate=Decimal("0.74"))
    v5 = []
    for d in ("2026-01-05", "2026-01-08", "2026-01-12", "2026-01-15", "2026-01-19"):
        v5.append(commercial(Svc(D(d), "92507", 1, ("GN",)), sd))
    v5.insert(0, commercial(Svc(D("2026-01-05"), "92523", 1, ("GN",)), sd))
    v6 = []
    for d in ("2026-01-07", "2026-01-14", "2026-01-21"):
        v6.append(commercial(Svc(D(d), "97530", 2, ("GO",)), sc))
        v6.append(commercial(Svc(D(d), "97112", 1, ("GO",)), sc))
        v6.append(commercial(Svc(D(d), "97110", 1, ("GO",)), sc))
    v0 = []
    for d in ("2026-01-06", "2026-01-08", "2026-01-13", "2026-01-15", "2026-01-20"):
        v0.append(commercial(Svc(D(d), "97530", 2, ("GO",)), sc))
        v0.append(commercial(Svc(D(d), "97112", 1, ("GO",)), sc))
    claims_in = [
        ("ROSSI, GIANNA", "PSH00287713-04", "MWT-7690", "2026012900415", "01/13/26", v0),
        ("OSTRANDER, MAEVE", "PSH00910442-03", "MWT-7698", "2026012900416", "01/14/26", v5),
        ("DUBOIS-KANE, FELIX", "PSH00562217-02", "MWT-7705", "2026012900417", "01/15/26", v6),
        ("HALVORSEN, INGRID", "PSH00418830-02", "MWT-7719", "2026012900418", "01/16/26", v1),
        ("HALVORSEN, ERIK", "PSH00418830-01", "MWT-7720", "2026012900419", "01/16/26", v2),
        ("MBEKI, THANDIWE", "PSH00733021-01", "MWT-7802", "2026012900420", "01/23/26", v3),
        ("MBEKI, THANDIWE", "PSH00733021-01", "MWT-7811", "2026012900421", "01/23/26", v4),
    ]
    planted = "2026012900420"
    legend = [
        ("CO45", "Charge is more than the contracted amount; provider write-off."),
        ("PR1", "Patient deductible."), ("PR2", "Patient coinsurance."), ("PR3", "Patient copay."),
        ("PR204", "Service not covered by the member's benefit plan; member may be billed."),
    ]
    cols = Cols(30, [("ln", "LN", 16, "r"), ("from", "FROM", 42, "l"), ("thru", "THRU", 42, "l"), ("pos", "POS", 22, "l"),
                     ("proc", "PROC-MOD", 50, "l"), ("units", "UNITS", 28, "r"), ("billed", "CHARGED", 46, "r"),
                     ("allowed", "ALLOWED", 44, "r"), ("disallow", "DISALLOWED", 52, "r"), ("ded", "DEDUCT", 40, "r"),
                     ("coins", "COINS", 38, "r"), ("copay", "COPAY", 36, "r"), ("paid", "PROV PD", 44, "r"),
                     ("rsn", "RSN", 52, "l")])

    def m(d: Decimal) -> str:
        return money(d, "")

    def banner() -> float:
        cv.font("sans", 10, "B")
        cv.text(30, 40, "PRAIRIE STATES HEALTH ALLIANCE")
        cv.text(582, 40, "PROVIDER VOUCHER", "r")
        cv.font("sans", 7.5)
        cv.text(30, 51, "PAYEE: MILL WHEEL THERAPY ASSOCIATES  PROV NO: 0041-7720-3  NPI 1821904456")
        cv.text(582, 51, f"VOUCHER NO 0004471182   DATE 01/29/26   PAGE {cv.page}", "r")
        cv.hline(30, 582, 56, 0.6)
        return 68

    y = banner()
    cv.font("sans", 6.8, "B")
    y = cols.header(cv, y, 8) + 3
    broke_inside: list[str] = []
    cv.hline(30, 582, y, 0.4, dash=True)
    y += 11
    lines, claims, findings = [], [], []
    for pat, mid, acct, clm, rcvd, svcs in claims_in:
        if y > 725:
            cv.new_page()
            y = banner()
        cv.font("sans", 7, "B")
        cv.text(30, y, f"PATIENT: {pat}    ID: {mid}    ACCT: {acct}    CLAIM: {clm}    RCVD: {rcvd}")
        y += 10
        cv.font("sans", 7)
        for i, s in enumerate(svcs, 1):
            if y > 740:
                if i > 1:
                    broke_inside.append(clm)
                cv.new_page()
                y = banner()
                cv.font("sans", 7)
            rsn = " ".join(f"{g}{c}" for g, c, a in s.adjs if a)
            cols.row(cv, y, {"ln": str(i), "from": ds(s.dos, "mdy2"), "thru": ds(s.dos, "mdy2"), "pos": "11",
                             "proc": s.code + ("-" + s.mods[0] if s.mods else ""), "units": f"{s.units:.2f}",
                             "billed": m(s.billed), "allowed": m(s.allowed), "disallow": m(s.discount + s.not_covered),
                             "ded": m(s.deductible), "coins": m(s.coinsurance), "copay": m(s.copay),
                             "paid": m(s.paid), "rsn": rsn})
            adjs = [(g, c, None) for g, c, a in s.adjs if a]
            over = {"discount": str(q(s.discount + s.not_covered))}
            lines.append(L(cv.page, s, claim_id=acct, payer_claim_id=clm, patient=pat, service_end=s.dos,
                           printed=("billed", "allowed", "deductible", "coinsurance", "copay", "paid"),
                           adjustments=adjs, description=False, overrides=over))
            y += 11
        paid_tot = total(svcs, "paid")
        shown = paid_tot + Decimal("10.00") if clm == planted else paid_tot
        if clm == planted:
            findings.append(f"claim-total-mismatch claim {clm}: printed PROV PD total {q(shown)} but the lines add up "
                            f"to {q(paid_tot)}")
        cv.font("sans", 7, "B")
        cols.row(cv, y, {"proc": "CLAIM TOTAL", "billed": m(total(svcs, "billed")), "allowed": m(total(svcs, "allowed")),
                         "disallow": m(total(svcs, "discount") + total(svcs, "not_covered")),
                         "ded": m(total(svcs, "deductible")), "coins": m(total(svcs, "coinsurance")),
                         "copay": m(total(svcs, "copay")), "paid": m(shown),
                         "rsn": f"PT RESP {m(total(svcs, 'owes'))}"})
        claims.append(claim_rec(acct, clm, pat, svcs, ("billed", "allowed", "paid", "patient_owes"),
                                override={"paid": shown} if clm == planted else None))
        y += 6
        cv.hline(30, 582, y, 0.4, dash=True)
        y += 12
    if not broke_inside:
        raise SystemExit(f"{name}: no claim runs on to the next page; adjust the spacing")
    allsv = [s for c in claims_in for s in c[5]]
    cv.font("sans", 7.5, "B")
    cv.text(30, y, f"VOUCHER TOTALS   CHARGED {m(total(allsv, 'billed'))}   PAID {m(total(allsv, 'paid'))}   "
                   f"CHECK/EFT AMOUNT {m(total(allsv, 'paid'))}")
    y += 16
    cv.text(30, y, "REASON CODE DESCRIPTIONS")
    cv.font("sans", 7)
    for code, txt in legend:
        y += 9
        cv.text(30, y, code)
        cv.text(70, y, txt)
    cv.save()
    write_truth(path, name, cv.producer, cv.page,
                "Commercial provider voucher, text only (no grid): column header printed once on page 1; claim header "
                "line (PATIENT / ID / ACCT / CLAIM / RCVD); FROM and THRU as MM/DD/YY; POS 11; PROC-MOD glued with a "
                "hyphen (97110-GP); units 3.00; DISALLOWED column; reason codes without amounts (CO45 PR2); CLAIM "
                "TOTAL line carrying PT RESP; a claim runs on to page 2 with no column header. PLANTED: "
                "claim 2026012900420 PROV PD total is 10.00 more than its lines.",
                lines, claims, legend, expected_findings=findings)


# ------------------------------------------------------------------------------------------ q7
def q7_portal_claim_detail(out: Path) -> None:
    name = "portal_claim_detail_print"
    path = out / f"{name}.pdf"
    cv = RL(path)
    sn = PlanState(ded_left=Decimal("150"), allowed_rate=Decimal("0.80"))
    sh = PlanState(copay_codes={"92507": Decimal("35")}, allowed_rate=Decimal("0.80"))
    pend = [Svc(D("2026-01-27"), "92523", 1), Svc(D("2026-01-27"), "92507", 1)]
    claims_in = [
        ("Noah K. Albright", "E2601-47718-03", "Processed", "Willow Street Pediatric OT", "01/16/2026", [
            commercial(Svc(D("2026-01-06"), "97165", 1), sn), commercial(Svc(D("2026-01-06"), "97530", 2), sn),
            commercial(Svc(D("2026-01-13"), "97530", 3), sn), commercial(Svc(D("2026-01-13"), "97535", 1), sn)]),
        ("Noah K. Albright", "E2601-49920-01", "Processed", "Brightline Orthotics & Therapy", "01/24/2026", [
            commercial(Svc(D("2026-01-20"), "97760", 1), sn),
            commercial(Svc(D("2026-01-20"), "L3807", 1, denied="PR"), sn)]),
        ("Hazel R. Albright", "E2601-51102-00", "Pending", "Cornerstone Speech Pathology", "01/29/2026", pend),
        ("Hazel R. Albright", "E2601-38810-02", "Processed", "Cornerstone Speech Pathology", "01/12/2026", [
            commercial(Svc(D("2025-12-29"), "92507", 1), sh), commercial(Svc(D("2026-01-05"), "92507", 1), sh),
            commercial(Svc(D("2026-01-08"), "92507", 1), sh)]),
    ]
    cols = Cols(40, [("svc", "Service", 108, "l"), ("dos", "Date", 50, "l"), ("billed", "Billed", 46, "r"),
                     ("allowed", "Member\nrate", 46, "r"), ("ded", "Deductible", 50, "r"), ("copay", "Copay", 40, "r"),
                     ("coins", "Coinsurance", 54, "r"), ("nc", "Not\ncovered", 42, "r"), ("paid", "Plan paid", 46, "r"),
                     ("owes", "Your cost", 48, "r")])
    short = {"97535": "Self-care training", "L3807": "Wrist-hand orthosis", "92523": "Speech evaluation",
             "97165": "OT evaluation", "97760": "Orthotic training", "92507": "Speech therapy",
             "97530": "Therapeutic activities"}
    for c in claims_in:
        for s in c[5]:
            s.desc = short.get(s.code, s.desc)

    def m(d: Decimal) -> str:
        return money(d, "$")

    def page_top() -> float:
        cv.font("vera", 6.5)
        cv.text(36, 22, "2/2/26, 9:41 AM", gray=0.35)
        cv.text(306, 22, "Claim details | Summit Crest Health", "c", gray=0.35)
        cv.font("vera", 7.5)
        cv.text(36, 44, "Home  >  Claims  >  Claim details", gray=0.35)
        cv.font("vera", 16, "B")
        cv.text(36, 66, "Claim details")
        cv.font("vera", 7.5)
        cv.text(576, 66, "Subscriber: Daniel Albright   Member ID: SCH-442018-77", "r")
        return 88

    y = page_top()
    lines, claims = [], []
    for k, (pat, clm, status, prov, rec, svcs) in enumerate(claims_in):
        if k == 2:
            cv.font("vera", 6.5)
            cv.text(306, 780, f"{cv.page}/2", "c", gray=0.35)
            cv.new_page()
            y = page_top()
        h = 76 + 22 * len(svcs)
        cv.rect(36, y, 540, h, stroke=True)
        cv.font("vera", 10, "B")
        cv.text(46, y + 16, f"{pat}  -  {prov}")
        cv.font("vera", 7.5)
        cv.text(46, y + 29, f"Claim ID  {clm}        Status  {status}        Received  {rec}")
        cv.font("vera", 6.5, "B")
        yy = cols.header(cv, y + 44, 8.5)
        cv.hline(40, 572, yy + 4, 0.5, 0.5)
        yy += 15
        for s in svcs:
            pending = status == "Pending"
            cv.font("vera", 7.5, "B")
            cols.put(cv, "svc", yy, s.desc)
            cv.font("vera", 6.5)
            cols.put(cv, "svc", yy + 9, f"Code {s.code}", gray=0.4)
            cv.font("vera", 7.5)
            vals = {"dos": ds(s.dos, "mdy4"), "billed": m(s.billed)}
            if pending:
                vals.update({k2: "--" for k2 in ("allowed", "ded", "copay", "coins", "nc", "paid", "owes")})
            else:
                vals.update({"allowed": m(s.allowed), "ded": m(s.deductible), "copay": m(s.copay),
                             "coins": m(s.coinsurance), "nc": m(s.not_covered), "paid": m(s.paid), "owes": m(s.owes)})
            cols.row(cv, yy, vals)
            printed = ("billed",) if pending else ("billed", "allowed", "deductible", "copay", "coinsurance",
                                                   "not_covered", "paid", "patient_owes")
            lines.append(L(cv.page, s, claim_id=None, payer_claim_id=clm, patient=pat, printed=printed,
                           units=False, modifiers=False, description=True))
            cv.hline(40, 572, yy + 13, 0.3, 0.8)
            yy += 22
        cv.font("vera", 7.5, "B")
        tot = {"svc": "Total", "billed": m(total(svcs, "billed"))}
        if status != "Pending":
            tot.update({"allowed": m(total(svcs, "allowed")), "ded": m(total(svcs, "deductible")),
                        "copay": m(total(svcs, "copay")), "coins": m(total(svcs, "coinsurance")),
                        "nc": m(total(svcs, "not_covered")), "paid": m(total(svcs, "paid")),
                        "owes": m(total(svcs, "owes"))})
        cols.row(cv, yy, tot)
        keys = ("billed",) if status == "Pending" else ("billed", "allowed", "paid", "patient_owes")
        claims.append(claim_rec(None, clm, pat, svcs, keys))
        y += h + 16
    cv.font("vera", 7)
    y += 4
    for t in ("Member rate is the amount your plan and this provider agreed on for the service. Pending claims",
              "show what was billed until we finish processing; the other amounts will appear when they are known."):
        cv.text(36, y, t)
        y += 10
    cv.font("vera", 6.5)
    cv.text(306, 780, f"{cv.page}/2", "c", gray=0.35)
    cv.save()
    write_truth(path, name, cv.producer, cv.page,
                "Member portal 'Claim details' web print (embedded Vera font): browser header line with date and title, "
                "one boxed card per claim (patient - provider, claim ID, status, received), two text lines per service "
                "(bold wording, then grey 'Code 97530' under it), columns Billed / Member rate / Deductible / Copay / "
                "Coinsurance / Not covered / Plan paid / Your cost, no modifiers or units; a Pending claim printed with "
                "'--' for every amount but Billed; a denied orthosis line the member owes; Total rows.",
                lines, claims, [])


# ------------------------------------------------------------------------------------------ q8
def q8_msn_classic(out: Path) -> None:
    name = "msn_classic_part_b"
    path = out / f"{name}.pdf"
    cv = FP(path)
    st = PlanState(ded_left=Decimal("118.40"))
    bene = "WALTER P INGERSOLL"

    def svc(d, code, units, mods=(), deny=None, notes=("a",)):
        s = medicare(Svc(D(d), code, units, mods, denied=deny), st)
        s.remarks = list(notes)
        if s.deductible and "b" not in s.remarks:
            s.remarks.append("b")
        return s

    claims_in = [
        ("12-26008-441-270", "Harrowgate Outpatient Rehab, 41 Mill Road, Tanbury, OH 44090",
         "Referred by: Anita Coleson", [
             svc("2026-01-05", "97161", 1, ("GP",)), svc("2026-01-05", "97110", 3, ("GP",)),
             svc("2026-01-05", "97140", 1, ("GP",)), svc("2026-01-08", "97110", 3, ("GP",)),
             svc("2026-01-08", "97116", 2, ("GP",))]),
        ("12-26012-118-904", "Fairmount Internal Medicine, 900 Quarry Ave, Tanbury, OH 44091",
         "Referred by: (none)", [
             svc("2026-01-09", "99214", 1), svc("2026-01-09", "G0283", 1, deny="PR", notes=("c",))]),
        ("12-26019-552-031", "Harrowgate Outpatient Rehab, 41 Mill Road, Tanbury, OH 44090",
         "Referred by: Anita Coleson", [
             svc("2026-01-15", "97110", 2, ("GP",)), svc("2026-01-15", "97530", 2, ("GP",)),
             svc("2026-01-15", "97112", 1, ("GP",)), svc("2026-01-19", "97110", 2, ("GP",)),
             svc("2026-01-19", "97530", 2, ("GP",)), svc("2026-01-19", "97112", 1, ("GP",))]),
    ]
    legend = [
        ("a", "This approved amount is what Medicare allows for the service. The provider was paid 80% of it, "
              "less 2% for the federal payment reduction."),
        ("b", "Part of this approved amount went toward your yearly Part B deductible."),
        ("c", "Medicare does not pay for this service billed this way. You signed a notice before you got it, "
              "so you may be billed."),
        ("d", "You have met $283.00 of your Part B deductible for 2026."),
    ]
    cols = Cols(36, [("dos", "Dates of\nService", 50, "l"), ("svc", "Services and Service Codes", 186, "l"),
                     ("billed", "Amount\nCharged", 60, "r"), ("allowed", "Medicare\nApproved", 60, "r"),
                     ("paid", "Medicare\nPaid\nProvider", 60, "r"), ("owes", "You May\nBe Billed", 60, "r"),
                     ("notes", "See\nNotes\nSection", 64, "c")])

    def m(d: Decimal) -> str:
        return money(d, "$")

    def top() -> float:
        cv.font("sans", 13, "B")
        cv.text(36, 46, "MEDICARE SUMMARY NOTICE")
        cv.font("sans", 8)
        cv.text(36, 58, f"{bene}   Medicare Number: 7EK4-TQ2-MN81   Date: February 4, 2026")
        cv.text(576, 46, f"Page {cv.page} of 2", "r")
        cv.hline(36, 576, 64, 1.5)
        return 80

    y = top()
    cv.font("sans", 8.5, "B")
    cv.text(36, y, "BE INFORMED: This notice shows what Medicare paid. THIS IS NOT A BILL.")
    y += 12
    cv.font("sans", 8)
    cv.text(36, y, "CUSTOMER SERVICE INFORMATION: 1-800-555-0199 (toll-free)")
    y += 18
    cv.font("sans", 10, "B")
    cv.text(36, y, "PART B MEDICAL INSURANCE - ASSIGNED CLAIMS")
    y += 14
    lines, claims = [], []
    for k, (clm, prov, ref, svcs) in enumerate(claims_in):
        if k == 2:
            cv.new_page()
            y = top()
        cv.font("sans", 8, "B")
        cv.text(36, y, f"Claim number {clm}")
        cv.font("sans", 8)
        cv.text(36, y + 10, prov)
        cv.text(36, y + 20, ref)
        cv.font("sans", 7.5, "B")
        yh = cols.header(cv, y + 34, 8.5)
        cv.hline(36, 576, yh + 3, 0.6)
        cv.font("sans", 7.5)
        yy = yh + 14
        for s in svcs:
            mod = f"-{s.mods[0]}" if s.mods else ""
            cols.row(cv, yy, {"dos": ds(s.dos, "mdy2"), "svc": f"{units_str(s.units)} {s.desc} ({s.code}{mod})",
                              "billed": m(s.billed), "allowed": m(s.allowed), "paid": m(s.paid), "owes": m(s.owes),
                              "notes": ", ".join(s.remarks)})
            lines.append(L(cv.page, s, claim_id=None, payer_claim_id=clm, patient=bene,
                           printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks))
            yy += 11
        cv.hline(cols.c["billed"][0], cols.c["owes"][1], yy - 7, 0.4)
        cv.font("sans", 7.5, "B")
        cols.row(cv, yy + 2, {"svc": "Claim Total", "billed": m(total(svcs, "billed")),
                              "allowed": m(total(svcs, "allowed")), "paid": m(total(svcs, "paid")),
                              "owes": m(total(svcs, "owes"))})
        claims.append(claim_rec(None, clm, bene, svcs, ("billed", "allowed", "paid", "patient_owes")))
        y = yy + 26
    cv.font("sans", 9, "B")
    cv.text(36, y, "Notes Section:")
    cv.font("sans", 7.5)
    for code, txt in legend:
        for j, part in enumerate(wrap(cv, txt, 500)):
            y += 10
            if j == 0:
                cv.text(36, y, code)
            cv.text(50, y, part)
    y += 20
    cv.font("sans", 8, "B")
    cv.text(36, y, "Deductible Information:")
    cv.font("sans", 7.5)
    cv.text(36, y + 10, "You have now met $283.00 of your $283.00 Part B deductible for 2026.")
    cv.save()
    write_truth(path, name, cv.producer, cv.page,
                "Older-style Medicare Summary Notice, Part B assigned claims: claim number, provider address and "
                "'Referred by' above each table; columns Dates of Service / Services and Service Codes / Amount "
                "Charged / Medicare Approved / Medicare Paid Provider / You May Be Billed / See Notes Section (three-line "
                "headers); units printed as a count before the wording and the code with a hyphenated modifier in "
                "parentheses ('3 Therapeutic exercises (97110-GP)'); a denied line the patient may be billed; lettered "
                "notes; deductible text with amounts.",
                lines, claims, legend)


# ------------------------------------------------------------------------------------------ q9
def pip(s: Svc, st: PlanState) -> Svc:
    """PIP: fee schedule (an invented 160% of the program schedule), policy deductible, 20% coinsurance."""
    s.allowed = min(s.billed, q(Decimal(SCHED[s.code]) * s.units * Decimal("1.60")))
    s.discount = s.billed - s.allowed
    s.deductible = min(st.ded_left, s.allowed)
    st.ded_left -= s.deductible
    s.coinsurance = q((s.allowed - s.deductible) * Decimal("0.20"))
    s.paid = s.allowed - s.deductible - s.coinsurance
    s.owes = s.deductible + s.coinsurance
    return s


def q9_pip_auto(out: Path) -> None:
    name = "auto_pip_medical_eob"
    path = out / f"{name}.pdf"
    cv = RL(path)
    sm, sj = PlanState(ded_left=Decimal("250")), PlanState(ded_left=Decimal("250"))
    mar = []
    for d, extra in (("2026-01-05", ("97161", 1)), ("2026-01-07", ("97112", 1)), ("2026-01-09", ("97112", 1)),
                     ("2026-01-12", ("97530", 2)), ("2026-01-14", ("97530", 2)), ("2026-01-16", ("97112", 1)),
                     ("2026-01-19", ("97530", 2)), ("2026-01-21", ("97112", 1)), ("2026-01-23", ("97530", 2)),
                     ("2026-01-26", ("97530", 2)), ("2026-01-28", ("97112", 1))):
        if d == "2026-01-05":
            mar.append(pip(Svc(D(d), *extra), sm))
        mar.append(pip(Svc(D(d), "97140", 2), sm))
        mar.append(pip(Svc(D(d), "97110", 2), sm))
        if d != "2026-01-05":
            mar.append(pip(Svc(D(d), *extra), sm))
        mar.append(pip(Svc(D(d), "G0283", 1), sm))
    jul = [pip(Svc(D("2026-01-06"), "97161", 1), sj), pip(Svc(D("2026-01-06"), "97140", 1), sj),
           pip(Svc(D("2026-01-08"), "97110", 3), sj), pip(Svc(D("2026-01-08"), "97140", 1), sj),
           pip(Svc(D("2026-01-13"), "97110", 3), sj), pip(Svc(D("2026-01-13"), "G0283", 1), sj)]
    for s in mar + jul:
        s.remarks = ["R2"] + (["R18"] if s.deductible else []) + ["R20"]
    people = [("Marisol Delacroix", "54A88120417-001", "CSS-61052", mar),
              ("Julien Delacroix", "54A88120417-002", "CSS-61053", jul)]
    legend = [
        ("R2", "Reduced to the amount allowed by the state PIP medical fee schedule."),
        ("R18", "Applied to the PIP deductible on the policy."),
        ("R20", "The policy pays 80% of the allowed amount; the 20% coinsurance is the injured person's share."),
    ]
    cols = Cols(36, [("dos", "Date of Service", 62, "l"), ("proc", "Procedure", 46, "l"), ("units", "Units", 28, "r"),
                     ("billed", "Amount Billed", 62, "r"), ("red", "Fee Schedule\nReduction", 62, "r"),
                     ("allowed", "Allowed", 56, "r"), ("ded", "Deductible\nApplied", 56, "r"),
                     ("coins", "Co-Ins 20%", 54, "r"), ("paid", "Amount Paid", 60, "r"), ("rsn", "Reason", 54, "l")])

    def m(d: Decimal) -> str:
        return money(d, "$")

    def top(cont: str | None) -> float:
        cv.font("serif", 14, "B")
        cv.text(36, 48, "Granite Shield Auto Insurance Company")
        cv.font("serif", 9)
        cv.text(36, 60, "Personal Injury Protection (PIP) - Explanation of Benefits")
        cv.text(576, 48, "Claim Number: 54A88120417", "r")
        cv.text(576, 60, "Date of Accident: 12/02/2025", "r")
        cv.hline(36, 576, 67, 0.8)
        if cont:
            cv.font("serif", 9, "I")
            cv.text(36, 82, cont)
            return 96
        return 80

    y = top(None)
    cv.font("serif", 9)
    for t in ("Insured: Gabriel Delacroix    Policy: GSA-7719024-03    Adjuster: R. Okafor, ext. 4471",
              "Provider: Coastal Spine & Sport Physical Therapy, 77 Harbor Blvd, Port Elan, FL 33901    "
              "Tax ID: 59-3318820"):
        cv.text(36, y, t)
        y += 12
    y += 6
    lines, claims = [], []
    for person, clm, acct, svcs in people:
        cv.font("serif", 10, "B")
        cv.text(36, y, f"Injured Person: {person}")
        cv.font("serif", 9)
        cv.text(250, y, f"Claimant No.: {clm}")
        cv.text(420, y, f"Your Account No.: {acct}")
        y += 8
        cv.font("serif", 8, "B")
        y = cols.header(cv, y + 10, 9)
        cv.hline(36, 576, y + 3, 0.6)
        y += 14
        cv.font("serif", 8.5)
        for s in svcs:
            if y > 740:
                cv.font("serif", 8, "I")
                cv.text(576, y, "Continued on next page", "r")
                cv.new_page()
                y = top(f"Injured Person: {person} (continued)")
                cv.font("serif", 8, "B")
                y = cols.header(cv, y, 9)
                cv.hline(36, 576, y + 3, 0.6)
                y += 14
                cv.font("serif", 8.5)
            cols.row(cv, y, {"dos": ds(s.dos, "mdyn"), "proc": s.code, "units": units_str(s.units),
                             "billed": m(s.billed), "red": m(s.discount), "allowed": m(s.allowed),
                             "ded": m(s.deductible), "coins": m(s.coinsurance), "paid": m(s.paid),
                             "rsn": ", ".join(s.remarks)})
            lines.append(L(cv.page, s, claim_id=acct, payer_claim_id=clm, patient=person,
                           printed=("billed", "discount", "allowed", "deductible", "coinsurance", "paid"),
                           remarks=s.remarks, description=False))
            y += 12
        cv.hline(cols.c["billed"][0], cols.c["paid"][1], y - 8, 0.5)
        cv.font("serif", 8.5, "B")
        cols.row(cv, y + 1, {"dos": f"Total for {person.split()[0]}", "billed": m(total(svcs, "billed")),
                             "red": m(total(svcs, "discount")), "allowed": m(total(svcs, "allowed")),
                             "ded": m(total(svcs, "deductible")), "coins": m(total(svcs, "coinsurance")),
                             "paid": m(total(svcs, "paid"))})
        claims.append(claim_rec(acct, clm, person, svcs, ("billed", "allowed", "paid")))
        cv.font("serif", 8.5)
        cv.text(36, y + 15, f"PIP medical benefits remaining for {person}: "
                            f"{m(Decimal('10000') - total(svcs, 'paid') - Decimal('1288.40'))} of $10,000.00")
        y += 34
    cv.font("serif", 9.5, "B")
    cv.text(36, y, "Reason Codes")
    cv.font("serif", 8.5)
    for code, txt in legend:
        y += 11
        cv.text(36, y, code)
        cv.text(66, y, txt)
    cv.save()
    write_truth(path, name, cv.producer, cv.page,
                "Auto insurance PIP medical EOB (Times): accident claim header, two injured people each with a "
                "claimant number and the provider's account no.; columns Amount Billed / Fee Schedule Reduction / "
                "Allowed / Deductible Applied / Co-Ins 20% / Amount Paid / Reason, dates 1/5/2026, code without "
                "modifiers, $ amounts; a person's table continues on page 2 under a repeated header; per "
                "person totals and benefits-remaining text with amounts; reason legend.",
                lines, claims, legend)


# ------------------------------------------------------------------------------------------ q10
def ship(s: Svc, st: PlanState, nc_reason: str | None = None) -> Svc:
    """Student plan: PPO discount and denied charges shown together as 'Not Covered'; deductible; plan pays 80%."""
    if nc_reason:
        s.not_covered = s.billed
        s.owes = s.billed
        s.remarks = [nc_reason]
        return s
    s.allowed = q(s.billed * Decimal("0.70"))
    s.not_covered = s.billed - s.allowed
    s.remarks = ["PD"]
    s.deductible = min(st.ded_left, s.allowed)
    st.ded_left -= s.deductible
    s.coinsurance = q((s.allowed - s.deductible) * Decimal("0.20"))
    s.paid = s.allowed - s.deductible - s.coinsurance
    s.owes = s.deductible + s.coinsurance
    return s


def q10_student_health(out: Path) -> None:
    name = "student_health_plan_eob"
    path = out / f"{name}.pdf"
    cv = FP(path)
    sp, sa = PlanState(ded_left=Decimal("200")), PlanState(ded_left=Decimal("0"))
    claims_in = [
        ("260114-00318", "Priya Ramaswamy", "Campus Way Physical Therapy", "CWP 5531", [
            ship(Svc(D("2026-01-05"), "97161", 1, ("GP",)), sp), ship(Svc(D("2026-01-05"), "97110", 2, ("GP",)), sp),
            ship(Svc(D("2026-01-07"), "97110", 2, ("GP",)), sp), ship(Svc(D("2026-01-07"), "97140", 1, ("GP",)), sp)]),
        ("260121-00502", "Arjun Ramaswamy", "Northfield Voice & Speech", "NVS-2207", [
            ship(Svc(D("2026-01-08"), "92523", 1, ("GN",)), sa), ship(Svc(D("2026-01-12"), "92507", 1, ("GN",)), sa),
            ship(Svc(D("2026-01-15"), "92507", 1, ("GN",)), sa), ship(Svc(D("2026-01-19"), "92507", 1, ("GN",)), sa)]),
        ("260127-00877", "Priya Ramaswamy", "Campus Way Physical Therapy", "CWP 5602", [
            ship(Svc(D("2026-01-12"), "97110", 2, ("GP",)), sp), ship(Svc(D("2026-01-12"), "97140", 1, ("GP",)), sp),
            ship(Svc(D("2026-01-12"), "97035", 1, ("GP",)), sp, nc_reason="NC"),
            ship(Svc(D("2026-01-14"), "97110", 2, ("GP",)), sp), ship(Svc(D("2026-01-14"), "97530", 1, ("GP",)), sp)]),
    ]
    legend = [
        ("PD", "Preferred provider discount: the provider agreed to accept a lower amount. You do not owe this part."),
        ("NC", "This service is not covered by the student plan. You may owe the provider for it."),
    ]
    cols = Cols(36, [("dates", "Service Dates", 86, "l"), ("proc", "Procedure", 50, "l"),
                     ("billed", "Charges", 54, "r"), ("nc", "Not Covered", 56, "r"), ("rsn", "Reason", 34, "c"),
                     ("allowed", "Covered", 54, "r"), ("ded", "Deductible", 54, "r"), ("pct", "Coins %", 40, "r"),
                     ("paid", "Benefit Paid", 60, "r"), ("pad", "", 52, "l")])

    def m(d: Decimal) -> str:
        return money(d, ",")

    cv.font("serif", 15, "B")
    cv.text(36, 50, "Ivy Crest University Student Health Insurance Plan")
    cv.font("serif", 9)
    cv.text(36, 62, "Administered by Larkspur Student Benefits, Inc.  -  PO Box 1187, Wexley, MA 02199")
    cv.font("serif", 13, "B")
    cv.text(576, 50, "EXPLANATION OF BENEFITS", "r")
    cv.font("serif", 9)
    cv.text(576, 62, "Statement Date: February 3, 2026", "r")
    cv.hline(36, 576, 70, 0.8)
    cv.text(36, 86, "Insured Student: Priya Ramaswamy      ID No.: LSB-2026-118804      Plan Year: 08/15/2025 - "
                    "08/14/2026")
    cv.text(36, 98, "Covered Dependent: Arjun Ramaswamy (Spouse)")
    y = 120
    lines, claims = [], []
    for clm, pat, prov, acct, svcs in claims_in:
        cv.font("serif", 9.5, "B")
        cv.text(36, y, f"Claim # {clm}")
        cv.font("serif", 9)
        cv.text(130, y, f"Patient: {pat}")
        cv.text(270, y, f"Provider: {prov}")
        cv.text(470, y, f"Patient Acct: {acct}")
        y += 6
        cv.hline(36, 576, y, 0.4)
        cv.font("serif", 8.5, "B")
        cols.header(cv, y + 11, 9)
        cv.hline(36, 576, y + 15, 0.4)
        y += 27
        cv.font("serif", 9)
        for s in svcs:
            cols.row(cv, y, {"dates": f"{ds(s.dos, 'mdy2')} - {ds(s.dos, 'mdy2')}",
                             "proc": s.code + "".join(s.mods), "billed": m(s.billed), "nc": m(s.not_covered),
                             "rsn": " ".join(s.remarks), "allowed": m(s.allowed), "ded": m(s.deductible),
                             "pct": "0%" if s.remarks == ["NC"] else "80%", "paid": m(s.paid)})
            lines.append(L(cv.page, s, claim_id=acct, payer_claim_id=clm, patient=pat, service_end=s.dos,
                           printed=("billed", "not_covered", "allowed", "deductible", "paid"), remarks=s.remarks,
                           description=False, units=False))
            y += 12
        cv.hline(cols.c["billed"][0], cols.c["paid"][1], y - 8, 0.4)
        cv.font("serif", 9, "B")
        cols.row(cv, y + 1, {"dates": "Claim Totals", "billed": m(total(svcs, "billed")),
                             "nc": m(total(svcs, "not_covered")), "allowed": m(total(svcs, "allowed")),
                             "ded": m(total(svcs, "deductible")), "paid": m(total(svcs, "paid"))})
        cv.font("serif", 9)
        cv.text(36, y + 14, f"Patient Responsibility for this claim: ${m(total(svcs, 'owes'))}   "
                            f"(deductible + 20% coinsurance + amounts not covered for reason NC)")
        claims.append(claim_rec(acct, clm, pat, svcs, ("billed", "allowed", "paid")))
        y += 36
    cv.font("serif", 10, "B")
    cv.text(36, y, "Reason Code Explanations")
    cv.font("serif", 9)
    for code, txt in legend:
        y += 12
        cv.text(36, y, code)
        cv.text(60, y, txt)
    y += 22
    cv.text(36, y, "Deductible met to date: Priya $200.00 of $200.00; Arjun $200.00 of $200.00. "
                   "Out-of-pocket met to date: $612.40 of $3,500.00.")
    cv.save()
    write_truth(path, name, cv.producer, cv.page,
                "University student health plan EOB from its administrator (Times): claim line above each table "
                "(claim #, patient, provider, patient acct with a space 'CWP 5531'), Service Dates as a range in one "
                "cell '01/05/26 - 01/05/26', code and modifier glued (97110GP), Not Covered holding the PPO discount "
                "with reason PD (or the whole charge, reason NC), Covered, Deductible, a 'Coins %' column (80%), "
                "Benefit Paid; no per-line coinsurance or patient amount; claim totals and a patient-responsibility "
                "sentence; reason legend.",
                lines, claims, legend)


# ------------------------------------------------------------------------------------------ self-check
LAYOUTS = [q1_wc_eor, q2_medicare_advantage, q3_era_viewer, q4_mco_medicaid, q5_therapy_network_eop,
           q6_provider_voucher, q7_portal_claim_detail, q8_msn_classic, q9_pip_auto, q10_student_health]

_MONEY = re.compile(r"\(?-?\$?\s?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}\)?-?")


def _moneys(text: str) -> set[Decimal]:
    out = set()
    for tok in _MONEY.findall(text):
        neg = tok.startswith("(") or tok.startswith("-") or tok.endswith("-")
        v = Decimal(re.sub(r"[^\d.]", "", tok))
        out.add(-v if neg else v)
    return out


def _dec(v: str | None) -> Decimal:
    return Decimal(v) if v is not None else ZERO


def check(folder: Path) -> list[str]:
    import pdfplumber

    problems: list[str] = []
    truths = sorted(folder.glob("*.pdf.truth.json"))
    if len(truths) < 10:
        problems.append(f"only {len(truths)} layouts in {folder}")
    for tj in truths:
        data = json.loads(tj.read_text(encoding="utf-8"))
        pdf = Path(str(tj)[: -len(".truth.json")])
        name = data["layout"]
        with pdfplumber.open(pdf) as doc:
            texts = [p.extract_text() or "" for p in doc.pages]
        if len(texts) != data["pages"]:
            problems.append(f"{name}: {len(texts)} pages, truth says {data['pages']}")
        whole = "\n".join(texts)
        monies = [_moneys(t) for t in texts]

        def bad(msg: str, name: str = name) -> None:
            problems.append(f"{name}: {msg}")

        for i, ln in enumerate(data["lines"]):
            where = f"line {i + 1} (p{ln['page']} {ln['code']} {ln['service_date']})"
            text = texts[ln["page"] - 1]
            for k in AMOUNT_KEYS:
                if ln[k] is not None and Decimal(ln[k]) not in monies[ln["page"] - 1]:
                    bad(f"{where}: {k} {ln[k]} not on the page")
            if ln["code"] and ln["code"] not in text:
                bad(f"{where}: code not on the page")
            for mod in ln["modifiers"]:
                if mod not in text:
                    bad(f"{where}: modifier {mod} not on the page")
            if ln["units"] is not None and not re.search(rf"(?<![\d.]){re.escape(ln['units'])}(?:\.0+)?(?![\d.])", text):
                bad(f"{where}: units {ln['units']} not on the page")
            for key in ("service_date", "service_end"):
                if ln[key] and not any(ds(D(ln[key]), st) in text for st in DATE_STYLES):
                    bad(f"{where}: {key} not on the page")
            for r in ln["remarks"]:
                if r not in text:
                    bad(f"{where}: remark {r} not on the page")
            for g, c, a in ln["adjustments"]:
                if not re.search(rf"{g}\W?{c}(?!\d)", text):
                    bad(f"{where}: adjustment {g}-{c} not on the page")
                if a is not None and Decimal(a) not in monies[ln["page"] - 1]:
                    bad(f"{where}: adjustment amount {a} not on the page")
            for key in ("claim_id", "payer_claim_id", "patient"):
                if ln[key] and ln[key] not in whole:
                    bad(f"{where}: {key} {ln[key]} not in the document")
            b, al, pd, ow = (ln[k] for k in ("billed", "allowed", "paid", "patient_owes"))
            ded, cop, coi, nc, disc = (ln[k] for k in ("deductible", "copay", "coinsurance", "not_covered", "discount"))
            if b is not None and al is not None and disc is not None:
                if _dec(b) - _dec(disc) - _dec(nc) != _dec(al):
                    bad(f"{where}: billed - discount - not covered != allowed")
            if al is not None and pd is not None:
                parts = [x for x in (ded, cop, coi) if x is not None]
                share = sum((_dec(x) for x in parts), ZERO)
                if parts and (coi is not None or ded is None):
                    if _dec(al) - share != _dec(pd):
                        bad(f"{where}: allowed - patient share != paid")
                elif ow is not None and not parts:
                    if _dec(pd) > _dec(al) - _dec(ow) and not (_dec(al) == _dec(pd) == ZERO):
                        bad(f"{where}: paid more than allowed - patient owes")
                elif _dec(pd) > _dec(al) - share:
                    bad(f"{where}: paid more than allowed - deductible")
            adj = ln["adjustments"]
            if adj and all(a is not None for _, _, a in adj) and b is not None and pd is not None:
                if _dec(b) - sum((Decimal(a) for _, _, a in adj), ZERO) != _dec(pd):
                    bad(f"{where}: billed - adjustments != paid")
            if ow is not None and any(x is not None for x in (ded, cop, coi)):
                rest = _dec(ow) - _dec(ded) - _dec(cop) - _dec(coi)
                if rest not in (ZERO, _dec(nc)):
                    bad(f"{where}: patient owes != its parts")
        planted = " ".join(data["expected_findings"])
        n_planted = 0
        for c in data["claims"]:
            mine = [ln for ln in data["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                    (c["claim_id"], c["payer_claim_id"], c["patient"])]
            if not mine:
                bad(f"claim {c['payer_claim_id']}: no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if not mine or Decimal(v) not in monies[mine[-1]["page"] - 1]:
                    bad(f"claim {c['payer_claim_id']}: total {k} {v} not on its last page")
                if all(ln[k] is None for ln in mine):
                    continue  # a claim-level amount the lines do not print (PT RESP)
                s = sum((_dec(ln[k]) for ln in mine), ZERO)
                if s != Decimal(v):
                    if c["payer_claim_id"] in planted or (c["claim_id"] and c["claim_id"] in planted):
                        n_planted += 1
                    else:
                        bad(f"claim {c['payer_claim_id']}: {k} total {v} but lines add up to {s}")
        if len(data["expected_findings"]) != n_planted:
            bad(f"{len(data['expected_findings'])} planted findings but {n_planted} real mismatches")
        for code, _txt in data["legend"]:
            if code not in whole:
                bad(f"legend code {code} not in the document")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", nargs="?", help="folder to write into (default: a new temp folder)")
    ap.add_argument("--check", action="store_true", help="self-check the written files (truth vs text, arithmetic)")
    args = ap.parse_args(argv)
    out = Path(args.out_dir) if args.out_dir else Path(tempfile.mkdtemp(prefix="eob_heldout5_"))
    if out.resolve().is_relative_to((ROOT / "samples").resolve()):
        print("refusing to write held-out PDFs under samples/ (the reader must not see them)", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for make in LAYOUTS:
        make(out)
    print(out)
    if args.check:
        problems = check(out)
        for p in problems:
            print("CHECK:", p)
        n = len(list(out.glob("*.pdf.truth.json")))
        print(f"self-check: {n} layouts, {len(problems)} problems")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
