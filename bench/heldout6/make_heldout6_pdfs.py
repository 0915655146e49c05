"""Write the SIXTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on document kinds nobody developing it has seen. (bench/heldout/ .. heldout5/
came earlier and may have been looked at while the reader was developed.)

Run:  python bench/heldout6/make_heldout6_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout6/make_heldout6_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print; claim_id = the provider's own account / invoice / patient-control number, payer_claim_id = the
payer's claim number / TCN / voucher / reference, patient exactly as printed.
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness). Fonts: Liberation /
DejaVu TrueType when installed, else the PDF core fonts.

Layouts (everyday kinds not in the dev samples nor in the five earlier held-out sets):
  r1  Blue-plan provider remittance, landscape, narrow sans font, shaded claim band with status, LN column,
      FROM and TO dates in two columns, PROC and MOD apart, glued adjustment codes without amounts ("CO45
      PR2"), header repeated on page 2; PLANTED claim-total mismatch (reportlab)
  r2  out-of-network reimbursement EOB paid to the subscriber (superbill claim for a child's OT): "Amount not
      covered" above the maximum allowed, "Jan 6, 2026" dates, lettered notes (fpdf2, core Helvetica)
  r3  state Early Intervention (Part C) central finance office payment statement to a therapy agency:
      monospaced, one voucher per child, insurance paid before the program, glued 97530GO (fpdf2, mono TTF)
  r4  state Medicaid fee-for-service RA in status sections (PAID / DENIED / ADJUSTED with a void and its
      replacement), MMDDYY from/to, 4-digit EOB codes, section + column header repeated per page (fpdf2, Courier)
  r5  VA community care network (TPA) provider remittance: boxed claim header with referral number, ruled grid,
      "01/05/2026 - 01/05/2026" in one cell, adjustment group / reason / amount in three columns, RARC
      (reportlab, serif TTF)
  r6  family "claims summary for tax records" for a whole plan year: flat table, one row per service, the
      payer's claim number on each row, member subtotals, header repeated on every page (fpdf2, DejaVu Sans)
  r7  self-funded employer plan member EOB from a TPA with a right-hand SIDEBAR (deductible meter, note
      definitions) printed beside the claim tables (reportlab, Helvetica)
  r8  commercial provider "Explanation of Payment" under a check voucher, two-row stacked column labels,
      "$" money with ($95.00) reversals, forwarded-to-secondary status (fpdf2, Liberation Sans)
  r9  app-style telehealth member EOB: one rounded card per claim with a status pill, modifiers 95/GT,
      a denied claim, "Jan 5, 2026" dates (reportlab, DejaVu Sans)
  r10 federal-employee style family EOB, landscape, Times, the column order Plan Paid before Deductible,
      "01/05/26 to 01/05/26" ranges, the table runs on to page 2 WITHOUT a repeated header (reportlab)

The self-check (--check) tests the factory, not the reader: every truth amount, code, modifier, remark, date, id
and patient is in its page's (ids and patients: the document's) text layer, the page count matches, and the
documents' own arithmetic holds (billed - discount - not covered = allowed where a discount is printed;
allowed - deductible - copay - coinsurance = paid where those are printed and no other payer shares the line;
billed - adjustments = paid where every adjustment amount is printed; claim totals = sum of lines unless the
mismatch is a planted expected finding, and the planted one really is).
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))

from eobgen import (  # noqa: E402
    FIXED_WHEN,
    SCHED,
    ZERO,
    PlanState,
    Svc,
    claim_totals,
    commercial,
    dfmt,
    medicaid,
    money,
    negate,
    q,
    total,
    truth_line,
    write_truth,
)

FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/truetype/dejavu"),
             Path("/usr/share/fonts/truetype/liberation2")]
TTF = {  # family -> (regular, bold) file names
    "narrow": ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf"),
    "libsans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "dejavu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "dvserif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
}
CORE_FALLBACK = {"narrow": "helv", "libsans": "helv", "dejavu": "helv", "dvserif": "times", "mono": "courier"}


def font_file(name: str) -> Path | None:
    for d in FONT_DIRS:
        if (d / name).is_file():
            return d / name
    return None


def ttf_paths(family: str) -> tuple[Path, Path] | None:
    if family not in TTF:
        return None
    r, b = (font_file(n) for n in TTF[family])
    return (r, b) if r and b else None


# ------------------------------------------------------------------------------------------- drawing

class Doc:
    """A tiny drawing surface, y measured from the top of the page, in points; two producers behind it."""

    def __init__(self, path: Path, producer: str, size: tuple[float, float], family: str) -> None:
        self.path, self.producer, self.W, self.H = path, producer, size[0], size[1]
        self.page = 1
        paths = ttf_paths(family)
        self.family = family if paths else CORE_FALLBACK.get(family, family)
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self.pm = pdfmetrics
            if paths:
                pdfmetrics.registerFont(TTFont(f"{family}-R", str(paths[0])))
                pdfmetrics.registerFont(TTFont(f"{family}-B", str(paths[1])))
                self.names = {"": f"{family}-R", "B": f"{family}-B"}
            else:
                core = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
                        "courier": ("Courier", "Courier-Bold")}[self.family]
                self.names = {"": core[0], "B": core[1]}
            self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="P", unit="pt", format=size)
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_auto_page_break(False)
            if paths:
                self.c.add_font(family, "", str(paths[0]))
                self.c.add_font(family, "B", str(paths[1]))
                self.fname = family
            else:
                self.fname = {"helv": "helvetica", "times": "times", "courier": "courier"}[self.family]
            self.c.add_page()
        self.font("", 9)

    def font(self, style: str, size: float) -> None:
        self.style, self.size = style, size
        if self.producer == "reportlab":
            self.c.setFont(self.names[style], size)
        else:
            self.c.set_font(self.fname, style, size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            return self.pm.stringWidth(s, self.names[self.style], self.size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, align: str = "l", style: str | None = None,
             size: float | None = None, gray: float = 0.0) -> None:
        """Baseline at y (from the top). align l / r (x is the right edge) / c (x is the centre)."""
        old = (self.style, self.size)
        if style is not None or size is not None:
            self.font(self.style if style is None else style, self.size if size is None else size)
        w = self.width(s)
        x0 = x if align == "l" else x - w if align == "r" else x - w / 2
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.drawString(x0, self.H - y, s)
            self.c.setFillGray(0)
        else:
            g = int(gray * 255)
            self.c.set_text_color(g, g, g)
            self.c.text(x0, y, s)
            self.c.set_text_color(0, 0, 0)
        if (self.style, self.size) != old:
            self.font(*old)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5, gray: float = 0.0,
             dash: bool = False) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.setStrokeGray(gray)
            self.c.setDash(2, 2) if dash else self.c.setDash()
            self.c.line(x1, self.H - y1, x2, self.H - y2)
            self.c.setDash()
            self.c.setStrokeGray(0)
        else:
            self.c.set_line_width(w)
            g = int(gray * 255)
            self.c.set_draw_color(g, g, g)
            if dash:
                self.c.set_dash_pattern(dash=2, gap=2)
            self.c.line(x1, y1, x2, y2)
            self.c.set_dash_pattern()
            self.c.set_draw_color(0, 0, 0)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             radius: float = 0.0, lw: float = 0.5) -> None:
        """y is the top edge."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            if radius:
                self.c.roundRect(x, self.H - y - h, w, h, radius, stroke=int(stroke), fill=int(fill is not None))
            else:
                self.c.rect(x, self.H - y - h, w, h, stroke=int(stroke), fill=int(fill is not None))
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
            style = ("F" if not stroke else "DF") if fill is not None else "D"
            self.c.rect(x, y, w, h, style=style, round_corners=bool(radius), corner_radius=radius)
            self.c.set_fill_color(0, 0, 0)

    def new_page(self) -> None:
        self.page += 1
        if self.producer == "reportlab":
            self.c.showPage()
            self.font(self.style, self.size)
        else:
            self.c.add_page()
            self.font(self.style, self.size)

    def save(self) -> None:
        if self.producer == "reportlab":
            self.c.save()
        else:
            self.c.output(str(self.path))


class Col:
    def __init__(self, head: str, w: float, align: str = "r") -> None:
        self.head, self.w, self.align = head, w, align


def col_x(x0: float, cols: list[Col]) -> list[float]:
    xs, x = [], x0
    for c in cols:
        xs.append(x)
        x += c.w
    return xs


def draw_cells(doc: Doc, x0: float, y: float, cols: list[Col], cells: list[str], pad: float = 2.0) -> None:
    """One text row, baseline y."""
    for x, c, s in zip(col_x(x0, cols), cols, cells, strict=True):
        if not s:
            continue
        if c.align == "l":
            doc.text(x + pad, y, s)
        elif c.align == "c":
            doc.text(x + c.w / 2, y, s, "c")
        else:
            doc.text(x + c.w - pad, y, s, "r")


def draw_head(doc: Doc, x0: float, y: float, cols: list[Col], lead: float, pad: float = 2.0,
              bottom: bool = True) -> float:
    """Column labels, stacked with '\\n'; labels aligned to the bottom line. Returns the last baseline."""
    depth = max(c.head.count("\n") + 1 for c in cols)
    for x, c in zip(col_x(x0, cols), cols, strict=True):
        parts = c.head.split("\n")
        for i, p in enumerate(parts):
            yy = y + (depth - len(parts) + i) * lead if bottom else y + i * lead
            if c.align == "l":
                doc.text(x + pad, yy, p)
            elif c.align == "c":
                doc.text(x + c.w / 2, yy, p, "c")
            else:
                doc.text(x + c.w - pad, yy, p, "r")
    return y + (depth - 1) * lead


def grid_row(doc: Doc, x0: float, top: float, h: float, cols: list[Col], lw: float = 0.4) -> None:
    xs = col_x(x0, cols) + [x0 + sum(c.w for c in cols)]
    doc.line(xs[0], top, xs[-1], top, lw)
    doc.line(xs[0], top + h, xs[-1], top + h, lw)
    for x in xs:
        doc.line(x, top, x, top + h, lw)


def amts(s: Svc, keys: tuple[str, ...], style: str = ",", neg: str = "-") -> list[str]:
    m = {"billed": s.billed, "discount": s.discount, "allowed": s.allowed, "not_covered": s.not_covered,
         "deductible": s.deductible, "copay": s.copay, "coinsurance": s.coinsurance, "paid": s.paid,
         "owes": s.owes, "patient_owes": s.owes}
    return [money(m[k], style, neg) for k in keys]


def units_txt(u: Decimal, style: str) -> str:
    if style == "2dp":
        return f"{u:.2f}"
    if style == "1dp":
        return f"{u:.1f}"
    return format(u.normalize(), "f")


def neg(s: Svc) -> Svc:
    """A reversal line (negate), with zero amounts kept as plain 0.00 rather than -0.00."""
    r = negate(s)
    for f in ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "seq", "paid",
              "owes"):
        if getattr(r, f) == 0:
            setattr(r, f, ZERO)
    r.adjs = [(g, c, ZERO if a == 0 else a) for g, c, a in r.adjs]
    return r


def D(m: int, d: int, y: int = 2026) -> date:
    return date(y, m, d)


def finding(key: str, label: str, printed: Decimal, lines: Decimal) -> str:
    return (f"claim-total-mismatch claim {key}: printed {label} total {q(printed)} but the lines add up to "
            f"{q(lines)}")


# ------------------------------------------------------------------------- r1 Blue-plan provider RA

def r1(out: Path) -> None:
    name = "r1_blue_provider_ra"
    path = out / f"{name}.pdf"
    doc = Doc(path, "reportlab", (792, 612), "narrow")
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("40.00")},
                   allowed_rate=Decimal("0.78"))
    claims = [
        ("OKONKWO-BARRETT, DESMOND", "XKP884120331", "RB-118204", "26012E004471", [
            Svc(D(1, 5), "97161", 1, ("GP",)), Svc(D(1, 5), "97110", 2, ("GP",)),
            Svc(D(1, 5), "97140", 1, ("GP", "59")), Svc(D(1, 5), "G0283", 1, ("GP",))]),
        ("LINDQVIST, MARISOL", "XKP551907214", "RB-118233", "26014E009318", [
            Svc(D(1, 7), "99213", 1), Svc(D(1, 7), "97530", 3, ("GO",)), Svc(D(1, 7), "97760", 1, ("GO",)),
            Svc(D(1, 7), "L3807", 1, ("RT",))]),
        ("LINDQVIST, MARISOL", "XKP551907214", "RB-118260", "26021E001102", [
            Svc(D(1, 14), "97530", 2, ("GO",)), Svc(D(1, 14), "97535", 1, ("GO",)),
            Svc(D(1, 14), "97112", 1, ("GO",))]),
        ("PAPADAKIS, THEO", "XKP300418856", "RB-118277", "26022E006650", [
            Svc(D(1, 15), "97112", 2, ("GP",)), Svc(D(1, 15), "97116", 1, ("GP",)),
            Svc(D(1, 15), "97150", 1, ("GP",), denied="CO")]),
        ("ABERNATHY-CRUZ, ELLA", "XKP712265049", "RB-118301", "26026E000219", [
            Svc(D(1, 20), "97165", 1, ("GO",)), Svc(D(1, 20), "97530", 2, ("GO",))]),
        ("OKONKWO-BARRETT, DESMOND", "XKP884120331", "RB-118322", "26028E004930", [
            Svc(D(1, 21), "97110", 3, ("GP",)), Svc(D(1, 21), "97140", 1, ("GP",)),
            Svc(D(1, 21), "97112", 1, ("GP",)), Svc(D(1, 21), "G0283", 1, ("GP",))]),
        ("PAPADAKIS, THEO", "XKP300418856", "RB-118340", "26029E002287", [
            Svc(D(1, 22), "97110", 2, ("GP",)), Svc(D(1, 22), "97116", 2, ("GP",))]),
    ]
    for _p, _m, _a, _c, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="97")
            if s.denied:
                s.remarks = ["M15"]
    cols = [Col("LN", 20, "c"), Col("FROM DOS", 50, "l"), Col("TO DOS", 50, "l"), Col("PROC", 36, "l"),
            Col("MOD", 34, "l"), Col("UNITS", 32), Col("BILLED", 54), Col("ALLOWED", 54), Col("DEDUCT", 46),
            Col("COINS", 46), Col("COPAY", 44), Col("PAT RESP", 50), Col("PAID", 54), Col("", 10), Col("ADJ CODES", 64, "l"),
            Col("RMK", 36, "l")]
    X0 = 36.0
    planted_key = "26021E001102"
    lines, ctruth, findings = [], [], []
    pages_total = 2

    def page_head(cont: bool) -> float:
        doc.font("B", 12)
        doc.text(X0, 40, "KEYSTONE PRAIRIE BLUE SHIELD")
        doc.font("", 8)
        doc.text(X0, 52, "Provider Services  PO Box 40118  Fallow Springs, NE 68011")
        doc.font("B", 11)
        doc.text(756, 40, "PROVIDER REMITTANCE ADVICE" + (" (CONTINUED)" if cont else ""), "r")
        doc.font("", 8)
        doc.text(756, 52, "PAYEE: RIVERBEND HAND & REHAB ASSOCIATES   NPI 1649205583   TIN XX-XXX4471", "r")
        doc.text(756, 62, "EFT TRACE 7730019925   PAYMENT DATE 02/06/2026   RA # 0206-55120", "r")
        doc.line(X0, 70, 756, 70, 1.0)
        doc.font("B", 7)
        y = draw_head(doc, X0, 82, cols, 8)
        doc.line(X0, y + 4, 756, y + 4, 0.6)
        doc.font("", 7.5)
        return y + 16

    def footer() -> None:
        doc.text(396, 594, f"PAGE {doc.page} OF {pages_total}", "c", size=7)

    y = page_head(False)
    for patient, member, acct, icn, svcs in claims:
        need = 26 + 11 * len(svcs) + 14
        if y + need > 560:
            footer()
            doc.new_page()
            y = page_head(True)
        doc.rect(X0, y - 9, 720, 12, fill=0.87, stroke=False)
        status = "DENIED IN PART" if any(s.denied for s in svcs) else "PROCESSED AS PRIMARY"
        doc.text(X0 + 3, y, f"PATIENT: {patient}", style="B")
        doc.text(X0 + 190, y, f"MEMBER ID: {member}")
        doc.text(X0 + 330, y, f"PATIENT ACCT: {acct}")
        doc.text(X0 + 460, y, f"CLAIM #: {icn}")
        doc.text(X0 + 590, y, f"STATUS: {status}")
        y += 13
        for i, s in enumerate(svcs, 1):
            codes = [f"{g}{r}" for g, r, _a in s.adjs]
            cells = [str(i), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                     units_txt(s.units, "2dp"),
                     *amts(s, ("billed", "allowed", "deductible", "coinsurance", "copay", "owes", "paid")), "",
                     " ".join(codes), " ".join(s.remarks)]
            draw_cells(doc, X0, y, cols, cells)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=patient,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "copay",
                                             "patient_owes", "paid"),
                                    service_end=s.dos, adjustments=[(g, r, None) for g, r, _a in s.adjs],
                                    remarks=s.remarks, description=False))
            y += 11
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        printed_paid = tp
        if icn == planted_key:
            printed_paid = tp + Decimal("10.00")
            findings.append(finding(icn, "PAID", printed_paid, tp))
        doc.line(X0 + 192, y - 8, 756, y - 8, 0.4)
        doc.font("B", 7.5)
        draw_cells(doc, X0, y, cols, ["", "CLAIM TOTALS", "", "", "", "", money(tb, ","), money(ta, ","),
                                      money(total(svcs, "deductible"), ","), money(total(svcs, "coinsurance"), ","),
                                      money(total(svcs, "copay"), ","), money(to, ","), money(printed_paid, ","),
                                      "", "", ""])
        doc.font("", 7.5)
        ctruth.append({"claim_id": acct, "payer_claim_id": icn, "patient": patient,
                       "totals": claim_totals(tb, ta, printed_paid, to)})
        y += 18
    all_svcs = [s for c in claims for s in c[4]]
    doc.line(X0, y - 6, 756, y - 6, 1.0)
    doc.text(X0, y + 4, f"PROVIDER TOTALS   CLAIMS {len(claims)}   BILLED {money(total(all_svcs, 'billed'), ',')}"
             f"   PAID {money(total(all_svcs, 'paid'), ',')}   PROVIDER ADJ 0.00   EFT AMOUNT "
             f"{money(total(all_svcs, 'paid'), ',')}", style="B")
    y += 22
    legend = [("M15", "Two services on the same day were billed apart but are paid as one; no separate payment."),
              ("CO45", "Charge is over the contracted fee; the difference is written off by the provider."),
              ("PR1", "Deductible: the patient's share, counted toward the yearly deductible."),
              ("PR2", "Coinsurance: the patient's percentage share of the allowed amount."),
              ("PR3", "Copay: the patient's fixed share for this kind of visit.")]
    doc.text(X0, y, "REMARK AND ADJUSTMENT CODE DESCRIPTIONS", style="B")
    for code, txt in legend:
        y += 10
        doc.text(X0, y, code)
        doc.text(X0 + 60, y, txt)
    footer()
    doc.save()
    write_truth(path, name, "reportlab", doc.page,
                "Blue-plan provider remittance advice, landscape, Liberation Sans Narrow: shaded claim band (patient, "
                "member id, patient acct, claim #, status), LN column, FROM DOS and TO DOS columns, PROC and MOD "
                "apart, UNITS 1.00, amounts without $, glued adjustment codes without amounts (CO45 PR2), remark "
                "column, CLAIM TOTALS rows, header repeated on page 2 with (CONTINUED), provider totals, code "
                "descriptions. PLANTED: claim 26021E001102's printed PAID total is 10.00 more than its lines.",
                lines, ctruth, legend, findings)


# ------------------------------------------------------------- r2 out-of-network reimbursement EOB

def oon(s: Svc, st: PlanState) -> Svc:
    """Out-of-network: the plan's maximum allowed amount; the charge above it is not covered (the member's)."""
    if s.denied:
        s.not_covered, s.owes = s.billed, s.billed
        return s
    s.allowed = q(s.billed * Decimal("0.60"))
    s.not_covered = s.billed - s.allowed
    s.deductible = min(st.ded_left, s.allowed)
    st.ded_left -= s.deductible
    s.coinsurance = q((s.allowed - s.deductible) * st.coins_rate)
    s.paid = s.allowed - s.deductible - s.coinsurance
    s.owes = s.not_covered + s.deductible + s.coinsurance
    return s


def r2(out: Path) -> None:
    name = "r2_oon_reimbursement_eob"
    path = out / f"{name}.pdf"
    doc = Doc(path, "fpdf2", (612, 792), "helv")
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.40"))
    patient = "Pippa Achterberg"
    claims = [
        ("LSP-5521-0126", "CL-7730-2291-04", "Received Feb 2, 2026", [
            Svc(D(1, 6), "97166", 1, ("GO",)), Svc(D(1, 6), "97530", 2, ("GO",)),
            Svc(D(1, 13), "97530", 2, ("GO",)), Svc(D(1, 20), "97530", 2, ("GO",)),
            Svc(D(1, 20), "97535", 1, ("GO",), denied="PR")]),
        ("LSP-5521-0226", "CL-7730-3318-11", "Received Mar 2, 2026", [
            Svc(D(2, 3), "97530", 2, ("GO",)), Svc(D(2, 3), "97112", 1, ("GO",)),
            Svc(D(2, 10), "97168", 1, ("GO",)), Svc(D(2, 17), "97530", 3, ("GO",))]),
    ]
    for _a, _c, _r, svcs in claims:
        for s in svcs:
            oon(s, st)
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    cols = [Col("Date of\nservice", 56, "l"), Col("Service", 108, "l"), Col("Code", 48, "l"),
            Col("Amount\ncharged", 46), Col("Amount not\ncovered", 48), Col("Allowed\namount", 46),
            Col("Deductible", 44), Col("Coinsurance", 46), Col("Plan\npaid", 40), Col("Your\nshare", 44),
            Col("Note", 26, "c")]
    X0 = 30.0
    doc.font("B", 15)
    doc.text(X0, 48, "Cedarline Health")
    doc.font("", 8)
    doc.text(X0, 60, "Cedarline Health Insurance Company  |  cedarline.example  |  1-800-555-0144")
    doc.font("B", 13)
    doc.text(582, 48, "Explanation of Benefits", "r")
    doc.font("B", 9)
    doc.text(582, 61, "THIS IS NOT A BILL", "r")
    doc.rect(X0, 72, 552, 58, fill=0.94, stroke=False)
    doc.font("", 8.5)
    info = [("Subscriber:", "Rosalind Achterberg"), ("Member ID:", "CDL0093318820"), ("Group:", "Fernwood Schools 44071"),
            ("Patient:", patient), ("Relationship:", "Child"), ("Statement date:", "March 3, 2026")]
    for k, (a, b) in enumerate(info):
        x = X0 + 8 + (k // 3) * 280
        yy = 86 + (k % 3) * 14
        doc.text(x, yy, a, style="B")
        doc.text(x + 80, yy, b)
    doc.font("", 8.5)
    doc.text(X0, 146, "Provider: Little Sprouts Pediatric OT (out of network)   Paid to: You, the subscriber")
    y = 164
    lines, ctruth = [], []
    for acct, cno, recv, svcs in claims:
        doc.font("B", 9.5)
        doc.text(X0, y, f"Claim number {cno}")
        doc.font("", 8)
        doc.text(X0 + 170, y, f"Provider's patient account {acct}   {recv}   Status: Processed")
        y += 8
        doc.line(X0, y, X0 + 552, y, 0.8)
        doc.font("B", 7)
        yb = draw_head(doc, X0, y + 10, cols, 8.5)
        doc.line(X0, yb + 4, X0 + 552, yb + 4, 0.4)
        y = yb + 15
        doc.font("", 7.5)
        for s in svcs:
            code = s.code + "".join("-" + m for m in s.mods)
            cells = [dfmt(s.dos, "mon"), s.desc if len(s.desc) < 28 else s.desc[:26].rstrip() + ".", code,
                     *amts(s, ("billed", "not_covered", "allowed", "deductible", "coinsurance", "paid", "owes"),
                           "$"), ",".join(s.remarks)]
            draw_cells(doc, X0, y, cols, cells)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=cno, patient=patient,
                                    printed=("billed", "not_covered", "allowed", "deductible", "coinsurance",
                                             "paid", "patient_owes"), units=False, remarks=s.remarks,
                                    description=len(s.desc) < 28))
            doc.line(X0, y + 4, X0 + 552, y + 4, 0.2, gray=0.6)
            y += 14
        t = {k: total(svcs, k) for k in ("billed", "not_covered", "allowed", "deductible", "coinsurance", "paid",
                                        "owes")}
        doc.font("B", 7.5)
        draw_cells(doc, X0, y, cols, ["Claim totals", "", "", *(money(t[k], "$") for k in t), ""])
        doc.line(X0, y - 9, X0 + 552, y - 9, 0.6)
        ctruth.append({"claim_id": acct, "payer_claim_id": cno, "patient": patient,
                       "totals": claim_totals(t["billed"], t["allowed"], t["paid"], t["owes"])})
        y += 14
        doc.font("", 8)
        doc.text(X0, y, f"We sent a check for {money(t['paid'], '$')} to Rosalind Achterberg. If you already paid "
                        "Little Sprouts Pediatric OT, keep this notice with your receipts.")
        y += 26
    doc.font("B", 9)
    doc.text(X0, y, "Your out-of-network deductible for 2026")
    doc.font("", 8)
    doc.text(X0, y + 12, "Deductible: $250.00    Met so far: $250.00    Remaining: $0.00")
    y += 34
    legend = [("A", "The provider charged more than this plan's highest allowed amount for an out-of-network "
                    "provider. You may owe the difference."),
              ("B", "This amount counts toward your out-of-network deductible."),
              ("C", "Your plan does not cover this service. You may owe the full charge.")]
    doc.font("B", 9)
    doc.text(X0, y, "Notes about your claims")
    doc.font("", 8)
    for code, txt in legend:
        y += 12
        doc.text(X0, y, code, style="B")
        doc.text(X0 + 16, y, txt)
    doc.text(306, 770, "Page 1 of 1", "c", size=7)
    doc.save()
    write_truth(path, name, "fpdf2", doc.page,
                "Out-of-network reimbursement member EOB (claim filed from a superbill for a child's OT, paid to the "
                "subscriber), portrait, core Helvetica: shaded member box, claim header line with the payer's claim "
                "number and the provider's patient account, stacked two-line column labels, Date of service 'Jan 6, "
                "2026', description and code 97530-GO apart, Amount not covered (above the maximum allowed) before "
                "Allowed amount, no units, $ amounts, lettered notes 'A,B', a denied line, claim totals, legend.",
                lines, ctruth, legend)


# ------------------------------------------------- r3 Early Intervention central finance office statement

def r3(out: Path) -> None:
    name = "r3_early_intervention_cfo"
    path = out / f"{name}.pdf"
    doc = Doc(path, "fpdf2", (792, 612), "mono")
    kids = [
        ("MARTINEZ-OYELARAN, AMARA", "0041-77120", "A26-00913", "EIV2601-00412", "BST-3391", True, "K. ADEYEMI OTR", [
            Svc(D(1, 5), "97530", 4, ("GO",)), Svc(D(1, 12), "97530", 4, ("GO",)), Svc(D(1, 19), "97530", 3, ("GO",)),
            Svc(D(1, 26), "97530", 4, ("GO",))]),
        ("BECKETT, ROWAN J", "0041-80233", "A26-01177", "EIV2601-00413", "BST-3392", False, "L. FERREIRA CCC-SLP", [
            Svc(D(1, 6), "92507", 1, ("GN",)), Svc(D(1, 13), "92507", 1, ("GN",)), Svc(D(1, 20), "92526", 1, ("GN",)),
            Svc(D(1, 27), "92507", 1, ("GN",))]),
        ("TRAN-HALVERSEN, MILO", "0041-81902", "A26-01240", "EIV2601-00414", "BST-3393", True, "P. OKAFOR DPT", [
            Svc(D(1, 7), "97110", 2, ("GP",)), Svc(D(1, 7), "97112", 2, ("GP",)), Svc(D(1, 14), "97110", 2, ("GP",)),
            Svc(D(1, 14), "97116", 2, ("GP",)), Svc(D(1, 21), "97112", 2, ("GP",)),
            Svc(D(1, 28), "97110", 2, ("GP",), denied="CO")]),
        ("OSEI-LINDGREN, HAZEL", "0041-82415", "A26-01305", "EIV2601-00415", "BST-3394", False, "K. ADEYEMI OTR", [
            Svc(D(1, 8), "97167", 1, ("GO",)), Svc(D(1, 15), "97530", 3, ("GO",)), Svc(D(1, 22), "97530", 3, ("GO",)),
            Svc(D(1, 29), "97535", 2, ("GO",))]),
        ("DUBOIS-AKANDE, FELIX", "0041-83006", "A26-01388", "EIV2601-00416", "BST-3395", True, "L. FERREIRA CCC-SLP", [
            Svc(D(1, 9), "92523", 1, ("GN",)), Svc(D(1, 16), "92507", 1, ("GN",)), Svc(D(1, 23), "92507", 1, ("GN",)),
            Svc(D(1, 30), "92507", 1, ("GN",))]),
        ("NAKASHIMA-BRAY, ODA", "0041-83517", "A26-01402", "EIV2601-00417", "BST-3396", False, "P. OKAFOR DPT", [
            Svc(D(1, 8), "97161", 1, ("GP",)), Svc(D(1, 15), "97110", 2, ("GP",)), Svc(D(1, 22), "97112", 2, ("GP",)),
            Svc(D(1, 29), "97110", 2, ("GP",))]),
    ]
    for kid in kids:
        for s in kid[7]:
            if s.denied:
                s.adjs = [("CO", "15", s.billed)]
                s.remarks = ["E31"]
                s.ins = ZERO
                continue
            s.allowed = min(s.billed, q(Decimal(SCHED[s.code]) * s.units * Decimal("1.25")))
            s.ins = q(s.allowed * Decimal("0.45")) if kid[5] else ZERO
            s.paid = s.allowed - s.ins
            s.adjs = [("CO", "45", s.billed - s.allowed)] + ([("OA", "23", s.ins)] if s.ins else [])
            s.remarks = ["E12"] if s.ins else []
    fmt = "{:<10}{:<10}{:>5}  {:>9} {:>9} {:>9} {:>9}   {:<13}{:<5} {:<20}"
    head = fmt.format("SVC DATE", "PROC/MOD", "UNITS", "CHARGED", "EI RATE", "INS PAID", "EI PAID", "ADJ", "RSN",
                      "PRACTITIONER")
    X0, LEAD = 36.0, 11.0
    lines, ctruth = [], []

    def page_head() -> float:
        doc.font("B", 8.5)
        doc.text(X0, 36, "STATE OF NORTH MERIDIAN       DEPARTMENT OF CHILD DEVELOPMENT AND FAMILY SUPPORTS")
        doc.text(X0, 47, "EARLY INTERVENTION PROGRAM - CENTRAL FINANCE OFFICE")
        doc.font("", 8.5)
        doc.text(X0, 58, f"PROVIDER PAYMENT STATEMENT        STATEMENT DATE: 02/09/26        PAGE {doc.page} OF 2")
        doc.text(X0, 69, "AGENCY: BRIGHT STEPS THERAPY GROUP      AGENCY ID: EI-20417      PAYMENT NO: 0009917")
        doc.text(X0, 84, "=" * 118)
        doc.text(X0, 95, head, style="B")
        doc.text(X0, 106, "-" * 118)
        return 120.0

    y = page_head()
    for child, eid, auth, vouch, inv, _insured, who, svcs in kids:
        if y + LEAD * (len(svcs) + 4) > 570:
            doc.new_page()
            y = page_head()
        doc.text(X0, y, f"CHILD: {child:<26} EI#: {eid}   AUTH: {auth}   VOUCHER: {vouch}   AGENCY INV: {inv}",
                 style="B")
        y += LEAD
        for s in svcs:
            adj = ",".join(f"{g}-{r}" for g, r, _a in s.adjs)
            row = fmt.format(dfmt(s.dos, "mdy2"), s.code + "".join(s.mods), units_txt(s.units, ""),
                             money(s.billed, ","), money(s.allowed, ","), money(s.ins, ","), money(s.paid, ","),
                             adj, " ".join(s.remarks), who)
            doc.text(X0, y, row)
            lines.append(truth_line(doc.page, s, claim_id=inv, payer_claim_id=vouch, patient=child,
                                    printed=("billed", "allowed", "paid"),
                                    adjustments=[(g, r, None) for g, r, _a in s.adjs], remarks=s.remarks,
                                    description=False))
            y += LEAD
        tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
        ti = sum((s.ins for s in svcs), ZERO)
        doc.text(X0, y, fmt.format("", "VOUCHER TOTAL", "", money(tb, ","), money(ta, ","), money(ti, ","),
                                   money(tp, ","), "", "", "").rstrip().replace("VOUCHER TOTAL  ", "VOUCHER TOTAL"),
                 style="B")
        ctruth.append({"claim_id": inv, "payer_claim_id": vouch, "patient": child,
                       "totals": claim_totals(tb, ta, tp, None)})
        y += LEAD * 2
    allp = sum((total(k[7], "paid") for k in kids), ZERO)
    doc.text(X0, y, "=" * 118)
    doc.text(X0, y + LEAD, f"TOTAL PAID THIS STATEMENT: {money(allp, ',')}      FAMILY FEES COLLECTED: 0.00",
             style="B")
    y += LEAD * 3
    legend = [("E12", "The child's health insurance paid first; the program pays the rest of its rate."),
              ("E31", "No service authorization covers this date; the line is not paid."),
              ("CO-45", "Charge above the program's rate; the agency writes off the difference."),
              ("OA-23", "Amount already paid by another payer (the child's insurance)."),
              ("CO-15", "Authorization missing or not valid for this service.")]
    doc.text(X0, y, "REASON CODE LEGEND", style="B")
    for code, txt in legend:
        y += LEAD
        doc.text(X0, y, f"{code:<8}{txt}")
    doc.save()
    write_truth(path, name, "fpdf2", doc.page,
                "State Early Intervention (IDEA Part C) central finance office payment statement to a therapy "
                "agency, landscape, monospaced DejaVu Sans Mono text lines: one voucher per child (CHILD / EI# / "
                "AUTH / VOUCHER = payer id / AGENCY INV = provider id), glued PROC/MOD 97530GO, integer units, "
                "CHARGED / EI RATE / INS PAID (the child's insurance, not in truth) / EI PAID, adjustment codes "
                "without amounts 'CO-45,OA-23', reason codes E12, practitioner column, VOUCHER TOTAL rows, column "
                "header repeated on page 2, reason code legend.",
                lines, ctruth, legend)


# ------------------------------------------------------------ r4 Medicaid FFS RA in status sections

def r4(out: Path) -> None:
    name = "r4_medicaid_ra_sections"
    path = out / f"{name}.pdf"
    doc = Doc(path, "fpdf2", (792, 612), "courier")
    paid_claims = [
        ("HOLLOWAY-NAKAMURA, JUNE", "M00417752190", "2602800451000113", "SPT-33018", [
            Svc(D(1, 5), "97530", 4, ("GO",)), Svc(D(1, 5), "97535", 2, ("GO",)), Svc(D(1, 7), "97530", 4, ("GO",))]),
        ("QUINTERO, ELIAS", "M00522018437", "2602800451000114", "SPT-33021", [
            Svc(D(1, 6), "92507", 1, ("GN",)), Svc(D(1, 8), "92507", 1, ("GN",)), Svc(D(1, 13), "92526", 1, ("GN",)),
            Svc(D(1, 15), "92507", 1, ("GN",))]),
        ("HOLLOWAY-NAKAMURA, JUNE", "M00417752190", "2602800451000115", "SPT-33040", [
            Svc(D(1, 12), "97530", 3, ("GO", "59")), Svc(D(1, 12), "97112", 1, ("GO",)),
            Svc(D(1, 14), "97530", 4, ("GO",))]),
        ("FITZGERALD-AMOAH, NIA", "M00630094415", "2602800451000116", "SPT-33052", [
            Svc(D(1, 9), "97110", 2, ("GP",)), Svc(D(1, 9), "97116", 2, ("GP",)), Svc(D(1, 16), "97110", 3, ("GP",))]),
    ]
    for c in paid_claims:
        for s in c[4]:
            medicaid(s)
            s.remarks = ["0134"]
    denied = [("QUINTERO, ELIAS", "M00522018437", "2602800451000117", "SPT-33058", [
        Svc(D(1, 20), "92507", 1, ("GN",), denied="CO"), Svc(D(1, 22), "92507", 1, ("GN",), denied="CO")])]
    for c in denied:
        for s in c[4]:
            medicaid(s)
            s.remarks = ["0427", "0283"]
    orig = [Svc(D(12, 8, 2025), "97530", 3, ("GO",)), Svc(D(12, 8, 2025), "97535", 1, ("GO",))]
    for s in orig:
        medicaid(s)
    voids = [neg(s) for s in orig]
    repl = [Svc(D(12, 8, 2025), "97530", 4, ("GO",)), Svc(D(12, 8, 2025), "97535", 1, ("GO",))]
    for s in repl:
        medicaid(s)
    for s in voids:
        s.remarks = ["0901"]
    for s in repl:
        s.remarks = ["0902"]
    adjusted = [("FITZGERALD-AMOAH, NIA", "M00630094415", "2602800451000118", "SPT-32417", voids),
                ("FITZGERALD-AMOAH, NIA", "M00630094415", "2602800451000119", "SPT-32417", repl)]
    X0, LEAD = 30.0, 10.5
    fmt = "  {:>2}  {:<6}  {:<6}  {:<6} {:<6} {:>6}  {:>10}  {:>10}  {:>10}  {}"
    lines, ctruth = [], []

    def page_head() -> float:
        doc.font("", 7.5)
        doc.text(X0, 32, "DEPARTMENT OF HEALTH SERVICES - MEDICAL ASSISTANCE PROGRAM" + " " * 30 + "REMITTANCE ADVICE"
                 + " " * 22 + f"PAGE: {doc.page:>4}")
        doc.text(X0, 42, "PROVIDER: SUNDIAL PEDIATRIC THERAPY LLC      PROVIDER ID: 0098812345      RA NUMBER: "
                         "2026-0104417      PAYMENT DATE: 01/28/26")
        doc.text(X0, 52, "-" * 158)
        return 66.0

    def sect_head(y: float, title: str) -> float:
        doc.text(X0, y, f"*** {title} ***", style="B")
        doc.text(X0, y + LEAD, f"{'RECIPIENT NAME':<28}{'RECIPIENT ID':<15}{'TCN':<20}PATIENT ACCT #")
        doc.text(X0, y + 2 * LEAD, fmt.format("LN", "FROM", "TO", "PROC", "MODS", "UNITS", "BILLED", "ALLOWED",
                                              "PAID", "EOB CODES"))
        return y + 3.6 * LEAD

    y = page_head()
    for title, group in (("CLAIMS PAID", paid_claims), ("CLAIMS DENIED", denied), ("CLAIMS ADJUSTED", adjusted)):
        y = sect_head(y, title)
        for rname, rid, tcn, acct, svcs in group:
            if y + LEAD * (len(svcs) + 3) > 585:
                doc.new_page()
                y = sect_head(page_head(), f"{title} (CONTINUED)")
            label = f"{rname:<28}{rid:<15}{tcn:<20}{acct}"
            if svcs is voids:
                label += "     VOID OF TCN 2535100451000092"
            if svcs is repl:
                label += "     REPLACES TCN 2535100451000092"
            doc.text(X0, y, label)
            y += LEAD
            for n, s in enumerate(svcs, 1):
                doc.text(X0, y, fmt.format(n, dfmt(s.dos, "mdy6"), dfmt(s.dos, "mdy6"), s.code, " ".join(s.mods),
                                           units_txt(s.units, "1dp"), money(s.billed, ",", "trail"),
                                           money(s.allowed, ",", "trail"), money(s.paid, ",", "trail"),
                                           " ".join(s.remarks)))
                lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=tcn, patient=rname,
                                        printed=("billed", "allowed", "paid"), service_end=s.dos,
                                        remarks=s.remarks, description=False))
                y += LEAD
            tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
            doc.text(X0, y, fmt.format("", "", "", "CLAIM", "TOTAL", "", money(tb, ",", "trail"),
                                       money(ta, ",", "trail"), money(tp, ",", "trail"), "").rstrip())
            ctruth.append({"claim_id": acct, "payer_claim_id": tcn, "patient": rname,
                           "totals": claim_totals(tb, ta, tp, None)})
            y += LEAD * 1.6
        y += LEAD * 0.6
    net = sum((total(c[4], "paid") for c in paid_claims + adjusted), ZERO)
    if y + LEAD * 12 > 585:
        doc.new_page()
        y = page_head()
    doc.text(X0, y, "-" * 158)
    doc.text(X0, y + LEAD, f"PAYMENT SUMMARY    CLAIMS PAID: {len(paid_claims)}    CLAIMS DENIED: {len(denied)}    "
                           f"CLAIMS ADJUSTED: 2    NET PAYMENT: {money(net, ',')}", style="B")
    y += LEAD * 3
    legend = [("0134", "Paid at the program's fee schedule amount."),
              ("0283", "Service limit for this benefit period has been reached."),
              ("0427", "Prior authorization required; none on file for these dates."),
              ("0901", "Claim voided at the provider's request; earlier payment taken back."),
              ("0902", "Replacement claim: paid as corrected.")]
    doc.text(X0, y, "EOB CODE   DESCRIPTION", style="B")
    for code, txt in legend:
        y += LEAD
        doc.text(X0, y, f"{code:<11}{txt}")
    doc.save()
    write_truth(path, name, "fpdf2", doc.page,
                "State Medicaid fee-for-service remittance advice in status sections (CLAIMS PAID / CLAIMS DENIED / "
                "CLAIMS ADJUSTED), landscape Courier text: recipient line (name, recipient id, TCN = payer id, "
                "patient acct = provider id) then LN rows with FROM and TO as MMDDYY, MODS column ('GO 59'), units "
                "4.0, 4-digit EOB codes as remarks, a void with trailing-minus amounts and its replacement, CLAIM "
                "TOTAL rows, section and column headers repeated on page 2 with (CONTINUED), payment summary, EOB "
                "code legend. No adjustment codes printed.",
                lines, ctruth, legend)


# ---------------------------------------------------- r5 VA community care network provider remittance

def r5(out: Path) -> None:
    name = "r5_va_ccn_remittance"
    path = out / f"{name}.pdf"
    doc = Doc(path, "reportlab", (612, 792), "dvserif")
    claims = [
        ("KOWALCZYK-REYES, DOMINIC", "2026011900417", "HPT-90218", "VA0001298844", "01/19/2026", [
            Svc(D(1, 5), "97161", 1, ("GP",)), Svc(D(1, 5), "97110", 2, ("GP",)), Svc(D(1, 5), "97140", 1, ("GP", "59")),
            Svc(D(1, 5), "G0283", 1, ("GP",)), Svc(D(1, 7), "97110", 2, ("GP",)), Svc(D(1, 7), "97112", 1, ("GP",))]),
        ("ABERNETHY, LORETTA M", "2026012200988", "HPT-90233", "VA0001301577", "01/22/2026", [
            Svc(D(1, 8), "97760", 1, ("GP",)), Svc(D(1, 8), "L3807", 1, ("RT",)), Svc(D(1, 8), "97110", 1, ("GP",)),
            Svc(D(1, 12), "97110", 2, ("GP",)), Svc(D(1, 12), "97530", 2, ("GP",), denied="CO")]),
        ("KOWALCZYK-REYES, DOMINIC", "2026012600311", "HPT-90251", "VA0001298844", "01/26/2026", [
            Svc(D(1, 12), "97110", 2, ("GP",)), Svc(D(1, 12), "97116", 2, ("GP",)), Svc(D(1, 12), "97140", 1, ("GP",)),
            Svc(D(1, 12), "G0283", 1, ("GP",)), Svc(D(1, 14), "97110", 3, ("GP",))]),
        ("OYELOWO, SAMUEL T", "2026012800546", "HPT-90266", "VA0001310092", "01/28/2026", [
            Svc(D(1, 15), "97163", 1, ("GP",)), Svc(D(1, 15), "97110", 2, ("GP",)), Svc(D(1, 15), "97140", 1, ("GP",)),
            Svc(D(1, 20), "97110", 2, ("GP", "KX")), Svc(D(1, 20), "97112", 2, ("GP",))]),
        ("ABERNETHY, LORETTA M", "2026013000127", "HPT-90279", "VA0001301577", "01/30/2026", [
            Svc(D(1, 19), "97110", 2, ("GP",)), Svc(D(1, 19), "97140", 1, ("GP",)), Svc(D(1, 21), "97110", 2, ("GP",)),
            Svc(D(1, 21), "97760", 1, ("GP",))]),
    ]
    for c in claims:
        for s in c[5]:
            if s.denied:
                s.adjs = [("CO", "197", s.billed)]
                s.remarks = ["N54"]
                continue
            s.allowed = q(Decimal(SCHED[s.code]) * s.units)
            s.paid = s.allowed
            s.adjs = [("CO", "45", s.billed - s.allowed)]
    cols = [Col("Line", 22, "c"), Col("Service Dates", 92, "l"), Col("Procedure", 42, "l"),
            Col("Modifier(s)", 46, "l"), Col("Units", 24, "c"), Col("Billed", 50), Col("Allowed", 50),
            Col("Paid", 50), Col("Grp", 24, "c"), Col("Reason", 30, "c"), Col("Adj Amount", 50), Col("RARC", 36, "c")]
    X0 = 47.0
    W = sum(c.w for c in cols)
    lines, ctruth = [], []

    def page_head() -> float:
        doc.font("B", 12)
        doc.text(X0, 44, "Community Care Network")
        doc.font("", 8)
        doc.text(X0, 56, "Administered for the Department of Veterans Affairs by Meridian Federal Health Services")
        doc.font("B", 11)
        doc.text(X0 + W, 44, "Provider Remittance Advice", "r")
        doc.font("", 8)
        doc.text(X0, 70, "Payee: Harborview Physical Therapy PLLC   NPI 1790438812")
        doc.text(X0 + W, 70, "Payment: EFT 000918227   Issued 02/03/2026", "r")
        doc.line(X0, 78, X0 + W, 78, 1.2)
        return 96.0

    y = page_head()
    for vet, cno, pcn, ref, recv, svcs in claims:
        need = 50 + 14 + 12 * (len(svcs) + 1) + 20
        if y + need > 740:
            doc.text(306, 770, f"Page {doc.page}", "c", size=7)
            doc.new_page()
            y = page_head()
        doc.rect(X0, y - 10, W, 40, stroke=True, lw=0.6)
        doc.font("", 8)
        pairs = [("Veteran:", vet), ("Claim No.:", cno), ("Patient Control No.:", pcn), ("Referral No.:", ref),
                 ("Date Received:", recv), ("Claim Status:", "Paid" if not any(s.denied for s in svcs)
                                            else "Partially Paid")]
        for k, (a, b) in enumerate(pairs):
            xx = X0 + 6 + (k % 2) * 260
            yy = y + 2 + (k // 2) * 11
            doc.text(xx, yy, a, style="B")
            doc.text(xx + 100, yy, b)
        y += 36
        doc.font("B", 6.8)
        grid_row(doc, X0, y, 13, cols)
        doc.rect(X0, y, W, 13, fill=0.88, stroke=False)
        grid_row(doc, X0, y, 13, cols)
        draw_head(doc, X0, y + 9, cols, 8)
        y += 13
        doc.font("", 6.8)
        for n, s in enumerate(svcs, 1):
            grid_row(doc, X0, y, 12, cols)
            g, r, a = s.adjs[0]
            cells = [str(n), f"{dfmt(s.dos, 'mdy4')} - {dfmt(s.dos, 'mdy4')}", s.code, " ".join(s.mods),
                     units_txt(s.units, ""), money(s.billed, ","), money(s.allowed, ","), money(s.paid, ","), g, r,
                     money(a, ","), " ".join(s.remarks)]
            draw_cells(doc, X0, y + 8.5, cols, cells)
            lines.append(truth_line(doc.page, s, claim_id=pcn, payer_claim_id=cno, patient=vet,
                                    printed=("billed", "allowed", "paid"), service_end=s.dos,
                                    adjustments=s.adjs, remarks=s.remarks, description=False))
            y += 12
        tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
        tadj = sum((a for s in svcs for _g, _r, a in s.adjs), ZERO)
        grid_row(doc, X0, y, 12, cols)
        doc.font("B", 6.8)
        draw_cells(doc, X0, y + 8.5, cols, ["", "Claim Total", "", "", "", money(tb, ","), money(ta, ","),
                                             money(tp, ","), "", "", money(tadj, ","), ""])
        ctruth.append({"claim_id": pcn, "payer_claim_id": cno, "patient": vet, "totals": claim_totals(tb, ta, tp)})
        y += 34
    legend = [("N54", "The service is not part of the approved referral; ask the VA for a new or updated referral."),
              ("CARC 45", "Charge is above the network rate; the provider may not bill the Veteran for it."),
              ("CARC 197", "Needed approval (referral or authorization) was not on file.")]
    doc.font("B", 8)
    doc.text(X0, y, "Remark Code Descriptions")
    doc.font("", 7.5)
    for code, txt in legend:
        y += 11
        doc.text(X0, y, code)
        doc.text(X0 + 50, y, txt)
    doc.text(X0, y + 18, "Veterans may not be billed for any amount on this remittance.")
    doc.text(306, 770, f"Page {doc.page}", "c", size=7)
    doc.save()
    write_truth(path, name, "reportlab", doc.page,
                "VA community care network provider remittance from a TPA, portrait, DejaVu Serif: boxed claim "
                "header (Veteran, Claim No. = payer id, Patient Control No. = provider id, Referral No., status), "
                "ruled grid with shaded header, Service Dates '01/05/2026 - 01/05/2026' in one cell, Procedure and "
                "Modifier(s) apart ('GP 59', 'GP KX'), adjustment Grp / Reason / Adj Amount in three columns, RARC "
                "column, a referral denial CO-197 N54, Claim Total rows, claims moved whole to page 2.",
                lines, ctruth, legend)


# ------------------------------------------------------------- r6 family claims summary for tax records

def r6(out: Path) -> None:
    name = "r6_tax_year_claims_summary"
    path = out / f"{name}.pdf"
    doc = Doc(path, "fpdf2", (612, 792), "dejavu")
    y0 = date(2025, 1, 7)
    members = []
    st_i = PlanState(visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.74"))
    rows_i = []
    for w in range(40):
        dos = y0 + timedelta(days=7 * w)
        svcs = [Svc(dos, "97530", 2)] + ([Svc(dos, "97112", 1)] if w % 3 == 0 else [])
        if w in (0, 26):
            svcs = [Svc(dos, "97168" if w else "97165", 1)] + svcs
        cno = f"PM25-{100233 + w * 17:06d}"
        for s in svcs:
            commercial(s, st_i)
            rows_i.append((s, cno, "Cloverleaf Children's Therapy"))
    members.append(("Ines", rows_i))
    st_o = PlanState(ded_left=Decimal("500.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.70"))
    rows_o = []
    for w in range(16):
        dos = date(2025, 3, 4) + timedelta(days=7 * w + (w % 2) * 2)
        svcs = [Svc(dos, "97110", 2), Svc(dos, "97140", 1)] if w else [Svc(dos, "97161", 1), Svc(dos, "97110", 1)]
        cno = f"PM25-{300118 + w * 29:06d}"
        for s in svcs:
            commercial(s, st_o)
            rows_o.append((s, cno, "Northgate Physical Therapy"))
    members.append(("Odette", rows_o))
    st_h = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("40.00")},
                     allowed_rate=Decimal("0.72"))
    rows_h = []
    for k, (m, d_, codes) in enumerate([(2, 11, ["99213"]), (2, 25, ["97110", "G0283"]), (3, 6, ["97110", "G0283"]),
                                        (5, 20, ["99213"]), (9, 9, ["99213", "97140"])]):
        dos = date(2025, m, d_)
        cno = f"PM25-{500077 + k * 41:06d}"
        for c in codes:
            s = commercial(Svc(dos, c, 1), st_h)
            rows_h.append((s, cno, "Lakeshore Sports Medicine"))
    members.append(("Harlan", rows_h))
    cols = [Col("Date of service", 70, "l"), Col("Member", 44, "l"), Col("Provider", 118, "l"),
            Col("Claim number", 76, "l"), Col("Service", 42, "l"), Col("Billed", 58), Col("Plan paid", 58),
            Col("Your cost", 58)]
    X0 = 42.0
    W = sum(c.w for c in cols)
    lines, ctruth = [], []
    seen: dict[str, dict] = {}

    def head(first: bool) -> float:
        y = 40.0
        if first:
            doc.font("B", 14)
            doc.text(X0, 46, "Pinecrest Mutual Health")
            doc.font("", 8)
            doc.text(X0, 58, "2025 Claims Summary  -  for your tax records. This is not a bill.")
            doc.text(X0, 70, "Subscriber: Harlan Vukovic   Member ID: PMH-20044187-01   Plan year: 01/01/2025 - "
                             "12/31/2025")
            doc.text(X0, 82, "This summary lists claims we processed for your family during the plan year. Amounts "
                             "you paid may count as medical expenses.")
            y = 100.0
        doc.rect(X0, y, W, 14, fill=0.2, stroke=False)
        doc.font("B", 7.5)
        for x, c in zip(col_x(X0, cols), cols, strict=True):
            if c.align == "l":
                doc.text(x + 3, y + 10, c.head, gray=1.0)
            else:
                doc.text(x + c.w - 3, y + 10, c.head, "r", gray=1.0)
        doc.font("", 7.5)
        return y + 26

    def foot() -> None:
        pass

    y = head(True)
    grand = {"billed": ZERO, "paid": ZERO, "owes": ZERO}
    n = 0
    for member, rows in members:
        for s, cno, prov in rows:
            if y > 748:
                foot()
                doc.new_page()
                y = head(False)
            if n % 2:
                doc.rect(X0, y - 9, W, 12.5, fill=0.94, stroke=False)
            n += 1
            draw_cells(doc, X0, y, cols, [dfmt(s.dos, "mdyn"), member, prov, cno, s.code,
                                          *amts(s, ("billed", "paid", "owes"), "$")], pad=3)
            lines.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=cno, patient=member,
                                    printed=("billed", "paid", "patient_owes"), units=False, description=False))
            if cno not in seen:
                seen[cno] = {"claim_id": None, "payer_claim_id": cno, "patient": member,
                             "totals": claim_totals()}
                ctruth.append(seen[cno])
            y += 12.5
        svcs = [r[0] for r in rows]
        t = [total(svcs, k) for k in ("billed", "paid", "owes")]
        for k, v in zip(("billed", "paid", "owes"), t, strict=True):
            grand[k] += v
        doc.line(X0, y - 8, X0 + W, y - 8, 0.5)
        doc.font("B", 7.5)
        draw_cells(doc, X0, y + 1, cols, [f"Total for {member}", "", "", "", "", *(money(v, "$") for v in t)],
                   pad=3)
        doc.font("", 7.5)
        y += 22
    doc.line(X0, y - 8, X0 + W, y - 8, 1.2)
    doc.font("B", 8)
    draw_cells(doc, X0, y + 2, cols, ["Total for all members", "", "", "", "",
                                      *(money(grand[k], "$") for k in ("billed", "paid", "owes"))], pad=3)
    doc.font("", 7.5)
    for p in range(1, doc.page + 1):  # footers last, when the page count is known
        doc.c.page = p
        doc.text(306, 770, f"Page {p} of {doc.page}", "c", size=7)
    doc.save()
    write_truth(path, name, "fpdf2", doc.page,
                "Family 'claims summary for tax records' for a plan year, portrait, DejaVu Sans: one flat table, one "
                "row per service, dark header band with white labels repeated on every page, Date of service "
                "'1/7/2025', Member first name, Provider, the payer's Claim number on each row (a claim may take "
                "two or three rows), Service code without modifiers, no units, Billed / Plan paid / Your cost in $, "
                "shaded alternate rows, 'Total for <member>' subtotals and a family total (not claim totals), "
                "'Page 2 of 2' footers.",
                lines, ctruth, [])


# -------------------------------------------------------- r7 TPA member EOB with a right-hand sidebar

def r7(out: Path) -> None:
    name = "r7_tpa_member_eob_sidebar"
    path = out / f"{name}.pdf"
    doc = Doc(path, "reportlab", (612, 792), "helv")
    kid = PlanState(visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.76"))
    mom = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("35.00")},
                    allowed_rate=Decimal("0.76"))
    claims = [
        ("Noor Ong-Mbeki", "8840-2601-00571", "TPT-20418", "Tidewater Pediatric Therapy", kid, [
            Svc(D(1, 5), "97165", 1, ("GO",)), Svc(D(1, 5), "97530", 2, ("GO",)), Svc(D(1, 12), "97530", 2, ("GO",)),
            Svc(D(1, 12), "97112", 1, ("GO",))]),
        ("Celeste Ong-Mbeki", "8840-2601-00644", "BHS-771302", "Bayside Hand & Upper Limb Clinic", mom, [
            Svc(D(1, 8), "99213", 1), Svc(D(1, 8), "97760", 1, ("GO",)), Svc(D(1, 8), "L3807", 1, ("LT",)),
            Svc(D(1, 15), "97140", 1, ("GO",)), Svc(D(1, 15), "97110", 2, ("GO",))]),
        ("Noor Ong-Mbeki", "8840-2601-00702", "TPT-20466", "Tidewater Pediatric Therapy", kid, [
            Svc(D(1, 19), "97530", 2, ("GO",)), Svc(D(1, 19), "97535", 1, ("GO",)),
            Svc(D(1, 26), "97530", 3, ("GO",))]),
    ]
    for c in claims:
        for s in c[5]:
            commercial(s, c[4])
            s.remarks = ((["DE"] if s.deductible else []) + (["OV" if s.code == "99213" else "VC"] if s.copay else [])
                         + (["CI"] if s.coinsurance else []))
    cols = [Col("Date", 40, "l"), Col("Code", 50, "l"), Col("Billed", 44), Col("Savings", 42), Col("Allowed", 44),
            Col("Plan pays", 44), Col("You owe", 42), Col("Note", 30, "c")]
    X0 = 36.0
    W = sum(c.w for c in cols)
    lines, ctruth = [], []
    doc.font("B", 14)
    doc.text(X0, 46, "Harborstone Employee Health Plan")
    doc.font("", 8)
    doc.text(X0, 58, "Administered by Beaconfield Benefit Administrators, Inc.  The plan is self-funded by your employer.")
    doc.font("B", 11)
    doc.text(576, 46, "Explanation of Benefits", "r")
    doc.font("", 8)
    doc.text(576, 58, "This is not a bill", "r")
    doc.line(X0, 66, 576, 66, 1.0)
    doc.text(X0, 80, "Member: Celeste Ong-Mbeki    ID: HSB-004418207    Group: 22-0917 Harborstone Marine    "
                     "Date: 02/04/2026")
    # sidebar
    sx = X0 + W + 20
    sw = 576 - sx
    doc.rect(sx, 92, sw, 420, fill=0.93, stroke=False)
    side = [("B", "Your 2026 plan year"), ("", "Deductible (family)"), ("", "$120.00 met of $1,500.00"),
            ("", "Out-of-pocket (family)"), ("", "$402.54 met of $6,000.00"), ("", ""),
            ("B", "What the notes mean"), ("B", "VC"), ("", "Therapy visit copay: your fixed"), ("", "share for each visit day."),
            ("B", "OV"), ("", "Office visit copay."), ("B", "DE"), ("", "Counted toward your deductible."),
            ("B", "CI"), ("", "Your coinsurance: 20% of the"), ("", "allowed amount."), ("", ""),
            ("B", "Savings"), ("", "is the discount from the"), ("", "provider's network contract."), ("", ""),
            ("B", "Questions?"), ("", "Call 1-888-555-0190"), ("", "Mon-Fri 8 a.m. to 6 p.m.")]
    yy = 108.0
    for st_, txt in side:
        doc.text(sx + 8, yy, txt, style=st_, size=8)
        yy += 11.5
    y = 104.0
    for patient, cno, acct, prov, _st, svcs in claims:
        doc.font("B", 9)
        doc.text(X0, y, f"{patient}  -  {prov}")
        doc.font("", 7.5)
        doc.text(X0, y + 11, f"Claim number: {cno}    Provider's patient no.: {acct}")
        y += 24
        doc.font("B", 7.5)
        draw_head(doc, X0, y, cols, 8)
        doc.line(X0, y + 3, X0 + W, y + 3, 0.6)
        doc.font("", 7.5)
        y += 14
        for s in svcs:
            code = s.code + ("  " + " ".join(s.mods) if s.mods else "")
            draw_cells(doc, X0, y, cols, [dfmt(s.dos, "mdy2"), code,
                                          *amts(s, ("billed", "discount", "allowed", "paid", "owes"), "$"),
                                          " ".join(s.remarks)])
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=cno, patient=patient,
                                    printed=("billed", "discount", "allowed", "paid", "patient_owes"),
                                    units=False, remarks=s.remarks, description=False))
            y += 12
        t = {k: total(svcs, k) for k in ("billed", "discount", "allowed", "paid", "owes")}
        doc.line(X0, y - 8, X0 + W, y - 8, 0.4)
        doc.font("B", 7.5)
        draw_cells(doc, X0, y + 1, cols, ["Claim total", "", *(money(v, "$") for v in t.values()), ""])
        ctruth.append({"claim_id": acct, "payer_claim_id": cno, "patient": patient,
                       "totals": claim_totals(t["billed"], t["allowed"], t["paid"], t["owes"])})
        y += 30
    allsv = [s for c in claims for s in c[5]]
    doc.font("B", 9)
    doc.text(X0, y, f"Total you may owe your providers: {money(total(allsv, 'owes'), '$')}")
    doc.font("", 7.5)
    doc.text(X0, y + 14, "Pay only after you get a bill from the provider. Compare it with this statement first.")
    doc.text(306, 770, "Page 1 of 1", "c", size=7)
    doc.save()
    legend = [("VC", "Therapy visit copay: your fixed share for each visit day."), ("OV", "Office visit copay."),
              ("DE", "Counted toward your deductible."), ("CI", "Your coinsurance: 20% of the allowed amount.")]
    write_truth(path, name, "reportlab", doc.page,
                "Self-funded employer plan member EOB from a TPA, portrait, core Helvetica: a shaded right-hand "
                "SIDEBAR (deductible / out-of-pocket meters, note definitions) printed beside the claim tables, so "
                "its text shares baselines with service rows; per claim a bold patient - provider line and claim / "
                "patient numbers; columns Date (01/05/26) | Code ('97530  GO') | Billed | Savings | Allowed | Plan "
                "pays | You owe | Note (payer letters VC/OV/DE/CI); no units; Claim total rows.",
                lines, ctruth, legend)


# ------------------------------------------------ r8 provider Explanation of Payment under a check voucher

def r8(out: Path) -> None:
    name = "r8_eop_check_voucher"
    path = out / f"{name}.pdf"
    doc = Doc(path, "fpdf2", (792, 612), "libsans")
    st = PlanState(ded_left=Decimal("85.00"), coins_rate=Decimal("0.10"), copay_codes={"92523": Decimal("50.00")},
                   allowed_rate=Decimal("0.81"))
    claims = [
        ("Beaumont, Lila", "SRS-77801", "OV260203118", "OVH44820193", "Processed as Primary - Forwarded to Secondary", [
            Svc(D(1, 6), "92523", 1, ("GN",)), Svc(D(1, 13), "92507", 1, ("GN",)), Svc(D(1, 20), "92507", 1, ("GN",))]),
        ("Szabo-Whitfield, Arlo", "SRS-77815", "OV260203127", "OVH51193320", "Processed as Primary", [
            Svc(D(1, 7), "97530", 2, ("GO",)), Svc(D(1, 7), "97535", 1, ("GO",)), Svc(D(1, 14), "92526", 1, ("GN",)),
            Svc(D(1, 14), "97530", 2, ("GO", "59"))]),
    ]
    for c in claims:
        for s in c[5]:
            commercial(s, st)
    orig = [Svc(D(12, 9, 2025), "97530", 3, ("GO",)), Svc(D(12, 9, 2025), "97112", 1, ("GO",))]
    st2 = PlanState(coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.81"))
    for s in orig:
        commercial(s, st2)
    rev = [neg(s) for s in orig]
    claims.append(("Szabo-Whitfield, Arlo", "SRS-76220", "OV251219044", "OVH51193320",
                   "Reversed - Claim adjusted, see corrected claim", rev))
    corr = [Svc(D(12, 9, 2025), "97530", 3, ("GO",)), Svc(D(12, 9, 2025), "97112", 1, ("GO", "59"))]
    for s in corr:
        commercial(s, st2)
    claims.append(("Szabo-Whitfield, Arlo", "SRS-76220", "OV260203131", "OVH51193320", "Corrected claim", corr))
    cols = [Col("Date of\nService", 58, "l"), Col("Procedure\nCode", 62, "l"), Col("Units", 30, "c"),
            Col("Amount\nBilled", 60), Col("Amount\nAllowed", 60), Col("Deductible", 54), Col("Coinsurance", 58),
            Col("Copay", 48), Col("Patient\nResp", 54), Col("Amount\nPaid", 60), Col("", 10),
            Col("Adj\nCodes", 86, "l"), Col("Remarks", 50, "l")]
    X0 = 36.0
    W = sum(c.w for c in cols)
    pay = sum((total(c[5], "paid") for c in claims), ZERO)
    # check voucher
    doc.font("B", 12)
    doc.text(X0, 40, "Orchard Valley Health Plan")
    doc.font("", 8)
    doc.text(X0, 51, "2210 Quarry Bend Road, Suite 400, Lindell, OR 97090")
    doc.text(720, 40, "Check No. 0004471985", "r", style="B", size=9)
    doc.text(720, 52, "Date 02/06/2026", "r")
    doc.text(X0, 76, "Pay to the order of:  Summit Ridge Speech & Occupational Therapy")
    doc.text(X0, 88, "4417 Larkspur Avenue, Lindell, OR 97091")
    doc.rect(560, 66, 160, 22, fill=None, stroke=True)
    doc.text(714, 81, f"Amount {money(pay, '$')}", "r", style="B", size=10)
    doc.text(X0, 110, "NOT NEGOTIABLE - REMITTANCE COPY.  VOID AFTER 180 DAYS.", style="B", size=7.5)
    doc.line(X0 - 10, 122, 756, 122, 0.6, dash=True)
    doc.font("B", 11)
    doc.text(X0, 142, "EXPLANATION OF PAYMENT")
    doc.font("", 8)
    doc.text(720, 142, "Provider NPI 1508827734   Tax ID XX-XXX0391", "r")
    y = 160.0
    lines, ctruth = [], []
    for patient, acct, cno, mid, status, svcs in claims:
        if y + 40 + 12 * len(svcs) > 585:
            doc.text(396, 596, f"Page {doc.page}", "c", size=7)
            doc.new_page()
            doc.text(X0, 40, "Orchard Valley Health Plan - Explanation of Payment (continued)", style="B", size=10)
            y = 60.0
        doc.rect(X0, y - 9, W, 12, fill=0.9, stroke=False)
        doc.font("B", 8)
        doc.text(X0 + 3, y, f"Patient: {patient}")
        doc.font("", 8)
        doc.text(X0 + 150, y, f"Patient Acct #: {acct}    Claim #: {cno}    Member ID: {mid}    Status: {status}")
        y += 10
        doc.font("B", 7)
        yb = draw_head(doc, X0, y + 7, cols, 8)
        doc.line(X0, yb + 3, X0 + W, yb + 3, 0.5)
        doc.font("", 7.5)
        y = yb + 14
        for s in svcs:
            adj = ", ".join(f"{g}-{r}" for g, r, _a in s.adjs)
            draw_cells(doc, X0, y, cols, [dfmt(s.dos, "mdy4"), s.code + "".join(" " + m for m in s.mods),
                                          units_txt(s.units, ""),
                                          *amts(s, ("billed", "allowed", "deductible", "coinsurance", "copay", "owes",
                                                    "paid"), "$", "()"), "", adj, " ".join(s.remarks)])
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=cno, patient=patient,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "copay",
                                             "patient_owes", "paid"),
                                    adjustments=[(g, r, None) for g, r, _a in s.adjs], remarks=s.remarks,
                                    description=False))
            y += 12
        t = [total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "copay", "owes", "paid")]
        doc.line(X0 + 150, y - 8, X0 + W - 136, y - 8, 0.4)
        doc.font("B", 7.5)
        draw_cells(doc, X0, y + 1, cols, ["Claim Totals:", "", "", *(money(v, "$", "()") for v in t), "", "", ""])
        ctruth.append({"claim_id": acct, "payer_claim_id": cno, "patient": patient,
                       "totals": claim_totals(t[0], t[1], t[6], t[5])})
        y += 26
    doc.font("B", 8.5)
    doc.text(X0, y, f"Total Paid This Remittance: {money(pay, '$')}")
    y += 16
    legend = [("CO-45", "Charge exceeds the contracted fee; the provider writes off the difference."),
              ("PR-1", "Patient's deductible."), ("PR-2", "Patient's coinsurance."), ("PR-3", "Patient's copay.")]
    doc.font("", 7.5)
    for code, txt in legend:
        doc.text(X0, y, code, style="B")
        doc.text(X0 + 40, y, txt)
        y += 10
    doc.text(396, 596, f"Page {doc.page}", "c", size=7)
    doc.save()
    write_truth(path, name, "fpdf2", doc.page,
                "Commercial provider Explanation of Payment printed under a check voucher (check number, pay-to, "
                "amount, NOT NEGOTIABLE, dashed tear line), landscape, Liberation Sans: shaded claim band (patient, "
                "patient acct # = provider id, claim # = payer id, member id, status incl. forwarded to secondary), "
                "two-row stacked column labels per claim, Procedure Code '97530 GO 59', units, $ amounts with "
                "($95.00) negatives for a reversed claim followed by its corrected claim, Adj Codes without "
                "amounts, Claim Totals rows, code list.",
                lines, ctruth, legend)


# ------------------------------------------------------------------ r9 app-style telehealth member EOB

def r9(out: Path) -> None:
    name = "r9_telehealth_card_eob"
    path = out / f"{name}.pdf"
    doc = Doc(path, "reportlab", (612, 792), "dejavu")
    st = PlanState(ded_left=Decimal("40.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.80"))
    cards = [
        ("Kai Halvorsen-Duarte", "LH-26-0193-884", "BWT-10442", "Speech therapy", "Brightwave Telehealth Therapy",
         "Jan 21, 2026", [Svc(D(1, 5), "92507", 1, ("GN", "95")), Svc(D(1, 12), "92507", 1, ("GN", "95"))]),
        ("Kai Halvorsen-Duarte", "LH-26-0201-317", "BWT-10471", "Feeding therapy", "Brightwave Telehealth Therapy",
         "Jan 28, 2026", [Svc(D(1, 19), "92526", 1, ("GN", "95")), Svc(D(1, 19), "92507", 1, ("GN", "95"))]),
        ("Maren Halvorsen-Duarte", "LH-26-0204-552", "CTO-5530", "Occupational therapy",
         "Cedar & Tide OT Telepractice", "Jan 30, 2026",
         [Svc(D(1, 14), "97165", 1, ("GO", "GT")), Svc(D(1, 21), "97530", 2, ("GO", "GT")),
          Svc(D(1, 21), "97535", 1, ("GO", "GT"))]),
        ("Maren Halvorsen-Duarte", "LH-26-0209-006", "CTO-5561", "Occupational therapy",
         "Cedar & Tide OT Telepractice", "Feb 3, 2026", [Svc(D(1, 28), "97129", 1, ("GO", "95"), denied="PR")]),
        ("Kai Halvorsen-Duarte", "LH-26-0212-140", "BWT-10503", "Speech therapy", "Brightwave Telehealth Therapy",
         "Feb 4, 2026", [Svc(D(1, 26), "92507", 1, ("GN", "95")), Svc(D(2, 2), "92507", 1, ("GN", "95"))]),
    ]
    for c in cards:
        for s in c[6]:
            commercial(s, st)
    cols = [Col("Date", 70, "l"), Col("Service", 150, "l"), Col("Code", 70, "l"), Col("Billed", 56),
            Col("Discount", 56), Col("Plan paid", 56), Col("You pay", 56)]
    X0 = 48.0
    W = sum(c.w for c in cols)
    lines, ctruth = [], []

    def page_head() -> float:
        doc.font("B", 16)
        doc.text(X0, 50, "lumen health")
        doc.font("", 8)
        doc.text(X0 + W, 44, "Explanation of benefits", "r", style="B", size=11)  # noqa: RUF001
        doc.text(X0 + W, 57, "Member: Jonas Halvorsen-Duarte  ·  ID LMN 7781 0042 19", "r")
        doc.line(X0, 66, X0 + W, 66, 0.5, gray=0.6)
        return 84.0

    def foot() -> None:
        doc.rect(X0, 668, W, 64, fill=0.95, stroke=False, radius=6)
        doc.text(X0 + 10, 684, "How to read this", style="B", size=8)
        doc.font("", 7)
        doc.text(X0 + 10, 697, "Billed is what the provider asked for. Discount is what they agreed to take off as "
                               "part of our network.", size=7)
        doc.text(X0 + 10, 708, "Plan paid went straight to the provider. You pay is what the provider may still "
                               "bill you. This is not a bill.", size=7)
        doc.text(306, 760, f"{doc.page}/2", "c", size=7)

    y = page_head()
    for patient, cno, acct, kind, prov, processed, svcs in cards:
        h = 52 + 15 * len(svcs) + 18
        if y + h > 650:
            foot()
            doc.new_page()
            y = page_head()
        doc.rect(X0, y, W, h, fill=None, stroke=True, radius=8, lw=0.7)
        denied = all(s.denied for s in svcs)
        pill = "Denied" if denied else "Paid"
        doc.rect(X0 + W - 62, y + 8, 52, 14, fill=0.85 if denied else 0.75, stroke=False, radius=7)
        doc.text(X0 + W - 36, y + 18, pill, "c", style="B", size=8)
        doc.text(X0 + 12, y + 18, f"{kind} with {prov}", style="B", size=10)
        doc.text(X0 + 12, y + 31, f"For {patient}  ·  Claim {cno}  ·  Provider account {acct}  ·  Processed "
                                  f"{processed}", style="", size=7.5, gray=0.3)
        yy = y + 47
        doc.font("B", 7)
        draw_cells(doc, X0 + 4, yy, cols, [c.head for c in cols], pad=8)
        doc.line(X0 + 10, yy + 4, X0 + W - 10, yy + 4, 0.3, gray=0.6)
        doc.font("", 7.5)
        yy += 15
        for s in svcs:
            shown = s.desc if len(s.desc) <= 34 else s.desc.split(",")[0]
            draw_cells(doc, X0 + 4, yy, cols, [dfmt(s.dos, "mon"), shown, s.code + " " + " ".join(s.mods),
                                               *amts(s, ("billed", "discount", "paid", "owes"), "$")], pad=8)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=cno, patient=patient,
                                    printed=("billed", "discount", "paid", "patient_owes"), units=False,
                                    overrides={"description": shown}))
            yy += 15
        t = [total(svcs, k) for k in ("billed", "discount", "paid", "owes")]
        doc.line(X0 + 10, yy - 10, X0 + W - 10, yy - 10, 0.3, gray=0.6)
        doc.font("B", 7.5)
        draw_cells(doc, X0 + 4, yy, cols, ["Total", "", "", *(money(v, "$") for v in t)], pad=8)
        ctruth.append({"claim_id": acct, "payer_claim_id": cno, "patient": patient,
                       "totals": claim_totals(t[0], None, t[2], t[3])})
        y += h + 14
        if denied:
            doc.text(X0 + 4, y - 2, "Why you pay this: your plan does not cover this service when it is given by "
                                    "video. You can ask us to look again (appeal) within 180 days.", style="", size=7)
            y += 12
    foot()
    doc.save()
    write_truth(path, name, "reportlab", doc.page,
                "App-style telehealth member EOB, portrait, DejaVu Sans: one rounded card per claim with a status "
                "pill (Paid / Denied), a title line '<therapy> with <provider>' and a grey line 'For <patient> · "
                "Claim <id> · Provider account <id> · Processed <date>', inner table Date ('Jan 5, 2026') | Service "
                "| Code ('92507 GN 95', telehealth 95 / GT) | Billed | Discount | Plan paid | You pay, no units, "
                "Total row per card, a denied video service the member pays, page footers '1/2'.",
                lines, ctruth, [])


# ---------------------------------------------- r10 federal-employee style family EOB, Times, landscape

def r10(out: Path) -> None:
    name = "r10_federal_family_eob"
    path = out / f"{name}.pdf"
    doc = Doc(path, "reportlab", (792, 612), "times")
    st = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.15"), copay_codes={"99213": Decimal("25.00")},
                   allowed_rate=Decimal("0.80"))
    claims = [
        ("WESTBROOK, AUGUST", "Self", "260110-77231-00", "FVP-40017", "Fairview Physical Therapy", [
            Svc(D(1, 5), "97161", 1), Svc(D(1, 5), "97110", 2), Svc(D(1, 5), "97140", 1), Svc(D(1, 9), "97110", 2),
            Svc(D(1, 9), "G0283", 1)]),
        ("WESTBROOK, CLEMENTINE", "Child", "260114-80519-00", "SGC-2291", "Saltgrass Children's Therapy", [
            Svc(D(1, 6), "92523", 1), Svc(D(1, 13), "92507", 1), Svc(D(1, 20), "92507", 1), Svc(D(1, 27), "92507", 1),
            Svc(D(1, 27), "92526", 1)]),
        ("WESTBROOK, CLEMENTINE", "Child", "260121-81006-00", "SGC-2314", "Saltgrass Children's Therapy", [
            Svc(D(1, 8), "97166", 1), Svc(D(1, 15), "97530", 2), Svc(D(1, 22), "97530", 2),
            Svc(D(1, 22), "97150", 1, denied="PR"), Svc(D(1, 29), "97530", 2)]),
        ("WESTBROOK, HOLLIS", "Child", "260126-82443-00", "LMG-90127", "Linden Medical Group", [
            Svc(D(1, 16), "99213", 1), Svc(D(1, 23), "97110", 1)]),
        ("WESTBROOK, AUGUST", "Self", "260129-83002-00", "FVP-40052", "Fairview Physical Therapy", [
            Svc(D(1, 14), "97110", 2), Svc(D(1, 14), "97112", 1), Svc(D(1, 16), "97110", 2),
            Svc(D(1, 16), "97140", 1), Svc(D(1, 21), "97110", 3)]),
    ]
    for c in claims:
        for s in c[5]:
            commercial(s, st)
            s.remarks = ["17"] if s.denied else ["12"] if s.deductible else ["34"] if s.copay else []
    cols = [Col("Dates of Service", 92, "l"), Col("Description", 132, "l"), Col("Procedure", 46, "l"),
            Col("Provider\nBilled", 56), Col("Plan\nAllowance", 56), Col("Non-\nCovered", 50),
            Col("Plan\nPaid", 52), Col("Deductible", 52), Col("Copay", 44), Col("Coinsurance", 54),
            Col("Your\nResponsibility", 64), Col("Note", 22, "c")]
    X0 = 36.0
    W = sum(c.w for c in cols)
    lines, ctruth = [], []
    doc.font("B", 13)
    doc.text(X0, 42, "National Civil Servants Health Benefit Plan")
    doc.font("", 9)
    doc.text(X0, 55, "Standard Option  ·  Explanation of Benefits  ·  THIS IS NOT A BILL")
    doc.text(X0 + W, 42, "Enrollee: August Westbrook", "r")
    doc.text(X0 + W, 55, "Enrollment code 105   ID R40218875   Issued February 9, 2026", "r")
    doc.line(X0, 62, X0 + W, 62, 1.0)
    doc.font("B", 8)
    yb = draw_head(doc, X0, 78, cols, 9)
    doc.line(X0, yb + 4, X0 + W, yb + 4, 0.8)
    y = yb + 18
    doc.font("", 8)
    for patient, rel, cno, acct, prov, svcs in claims:
        for idx, s in enumerate([None, *svcs]):
            if y > 470:
                doc.text(396, 592, f"Page {doc.page} of 2", "c", size=7.5)
                doc.new_page()
                doc.font("", 8)
                doc.text(X0, 40, "Explanation of Benefits for August Westbrook, continued", style="B", size=9)
                y = 62.0
            if s is None:
                doc.text(X0, y, f"Patient: {patient} ({rel})   Provider: {prov}   Claim: {cno}   "
                                f"Patient Account: {acct}", style="B")
                y += 12
                continue
            draw_cells(doc, X0, y, cols, [f"{dfmt(s.dos, 'mdy2')} to {dfmt(s.dos, 'mdy2')}", s.desc[:30], s.code,
                                          *amts(s, ("billed", "allowed", "not_covered", "paid", "deductible", "copay",
                                                    "coinsurance", "owes")), " ".join(s.remarks)])
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=cno, patient=patient,
                                    printed=("billed", "allowed", "not_covered", "paid", "deductible", "copay",
                                             "coinsurance", "patient_owes"), service_end=s.dos, units=False,
                                    modifiers=False, remarks=s.remarks, description=len(s.desc) <= 30))
            y += 12
            if idx == len(svcs):
                t = [total(svcs, k) for k in ("billed", "allowed", "not_covered", "paid", "deductible", "copay",
                                              "coinsurance", "owes")]
                doc.line(X0 + 270, y - 9, X0 + W - 22, y - 9, 0.4)
                doc.font("B", 8)
                draw_cells(doc, X0, y, cols, ["", "Claim total", "", *(money(v) for v in t), ""])
                doc.font("", 8)
                ctruth.append({"claim_id": acct, "payer_claim_id": cno, "patient": patient,
                               "totals": claim_totals(t[0], t[1], t[3], t[7])})
                y += 20
    legend = [("12", "This amount was applied to your calendar year deductible."),
              ("17", "Group therapy on the same day as another therapy visit is not a covered benefit."),
              ("34", "Your copayment for an office visit.")]
    y += 6
    doc.text(X0, y, "Notes", style="B", size=9)
    for code, txt in legend:
        y += 11
        doc.text(X0, y, code)
        doc.text(X0 + 20, y, txt)
    doc.text(396, 592, f"Page {doc.page} of 2", "c", size=7.5)
    doc.save()
    write_truth(path, name, "reportlab", doc.page,
                "Federal-employee style family EOB, landscape, core Times: one long table for the whole family with "
                "a bold 'Patient: ... Provider: ... Claim: ... Patient Account: ...' row above each claim's lines, "
                "column order Provider Billed | Plan Allowance | Non-Covered | Plan Paid | Deductible | Copay | "
                "Coinsurance | Your Responsibility | Note, stacked labels, dates '01/05/26 to 01/05/26' in one cell, "
                "no modifiers or units, numeric notes, Claim total rows; the table runs on to page 2 WITHOUT its "
                "column header (only a 'continued' title).",
                lines, ctruth, legend)


# ------------------------------------------------------------------------------------------------ main

LAYOUTS = {"r1": r1, "r2": r2, "r3": r3, "r4": r4, "r5": r5, "r6": r6, "r7": r7, "r8": r8, "r9": r9, "r10": r10}


AMOUNT_KEYS = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
               "discount")
DATE_STYLES = ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")


def _dec(v: str | None) -> Decimal | None:
    return None if v is None else Decimal(v)


def check_one(tp: Path) -> int:
    """Truth against the PDF's text layer and the document's own arithmetic; returns the number of problems."""
    import pdfplumber

    t = json.loads(tp.read_text(encoding="utf-8"))
    bad: list[str] = []
    with pdfplumber.open(tp.with_name(tp.name.removesuffix(".truth.json"))) as pdf:
        if len(pdf.pages) != t["pages"]:
            bad.append(f"page count {len(pdf.pages)} != {t['pages']}")
        texts = [(p.extract_text() or "") for p in pdf.pages]
    whole = "\n".join(texts)
    for ln in t["lines"]:
        txt = texts[ln["page"] - 1]
        vals = [ln[k] for k in AMOUNT_KEYS if ln[k] is not None] + [a[2] for a in ln["adjustments"] if a[2]]
        for v in vals:
            x = abs(Decimal(v))
            if f"{x:,.2f}" not in txt and f"{x:.2f}" not in txt:
                bad.append(f"amount {v} not on page {ln['page']} ({ln['code']})")
        for tok in [ln["code"], *ln["modifiers"], *ln["remarks"], *(a[0] for a in ln["adjustments"]),
                    *(a[1] for a in ln["adjustments"])]:
            if tok and tok not in txt:
                bad.append(f"{tok!r} not on page {ln['page']}")
        for key in ("service_date", "service_end"):
            if ln[key]:
                d = date.fromisoformat(ln[key])
                if not any(dfmt(d, st) in txt for st in DATE_STYLES):
                    bad.append(f"date {ln[key]} not on page {ln['page']}")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if ln[key] and ln[key] not in whole:
                bad.append(f"{key} {ln[key]!r} not in the document")
        if ln["units"] is not None and ln["units"] not in txt:
            bad.append(f"units {ln['units']} not on page")
        b, dsc, nc, al = (_dec(ln[k]) for k in ("billed", "discount", "not_covered", "allowed"))
        de, cp, co, pd = (_dec(ln[k]) for k in ("deductible", "copay", "coinsurance", "paid"))
        if None not in (b, al, dsc) and b - dsc - (nc or 0) != al:
            bad.append(f"billed - discount - not covered != allowed ({ln['code']} {b} {dsc} {nc} {al})")
        if None not in (al, pd) and (de is not None or co is not None or cp is not None):
            if al - (de or 0) - (cp or 0) - (co or 0) != pd:
                bad.append(f"allowed - patient share != paid ({ln['code']})")
        if ln["patient_owes"] is not None and None not in (de, cp, co):
            if (de or 0) + (cp or 0) + (co or 0) + (nc or 0) != Decimal(ln["patient_owes"]):
                bad.append(f"patient owes != its parts ({ln['code']})")
        adj = ln["adjustments"]
        if adj and None not in (b, pd) and all(a[2] is not None for a in adj):
            if b - sum(Decimal(a[2]) for a in adj) != pd:
                bad.append(f"billed - adjustments != paid ({ln['code']})")
    planted_seen = 0
    for c in t["claims"]:
        mine = [ln for ln in t["lines"]
                if ln["payer_claim_id"] == c["payer_claim_id"] and ln["claim_id"] == c["claim_id"]]
        if not mine:
            bad.append(f"claim {c['payer_claim_id']} has no lines")
        for k, v in c["totals"].items():
            vals = [ln[k] for ln in mine]
            if v is None or not vals or None in vals:
                continue
            sm = sum(Decimal(x) for x in vals)
            if sm != Decimal(v):
                key = c["payer_claim_id"] or c["claim_id"]
                if any(key in f for f in t["expected_findings"]):
                    planted_seen += 1
                else:
                    bad.append(f"claim {key} {k} total {v} != lines {sm} (not planted)")
    if planted_seen != len(t["expected_findings"]):
        bad.append(f"{len(t['expected_findings'])} planted findings, {planted_seen} real mismatches")
    for m in bad:
        print(f"  {tp.name}: {m}")
    print(f"{tp.name}: {t['producer']}, {t['pages']} page(s), {len(t['lines'])} lines, {len(t['claims'])} claims, "
          f"{len(t['legend'])} legend entries, {len(t['expected_findings'])} planted; problems {len(bad)}")
    return len(bad)


def check(out: Path) -> int:
    problems = sum(check_one(tp) for tp in sorted(out.glob("*.pdf.truth.json")))
    print("problems:", problems)
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="eob_heldout6_"))
    out = out.resolve()
    if (ROOT / "samples").resolve() in (out, *out.parents):
        print("refusing to write held-out layouts under samples/:", out, file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS.values():
        fn(out)
    print(out)
    if "--check" in argv:
        return check(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
