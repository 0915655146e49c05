"""Write the SEVENTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on document kinds nobody developing it has seen. (bench/heldout/ .. heldout6/
came earlier and may have been looked at while the reader was developed.)

Run:  python bench/heldout7/make_heldout7_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout7/make_heldout7_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print; claim_id = the provider's own account / patient-control / claim reference number,
payer_claim_id = the payer's claim number / ICN / TCN / reference, patient exactly as printed.
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness). Fonts: DejaVu /
Liberation TrueType when installed, else the PDF core fonts.

Layouts (everyday kinds not in the dev samples nor in the six earlier held-out sets):
  s1  ACA marketplace (exchange) plan member EOB, portrait, 13 tight columns, "Service Dates" as 01-05-2026,
      "Network Savings" / "Plan Allowance" / "Plan Pays" / "Your Cost", three family members, the table runs on
      to page 2 under a repeated header with a "(continued)" claim line (reportlab, Helvetica)
  s2  school-district Medicaid (school-based IEP therapy) remittance: flat landscape table, student name, Medicaid
      ID and TCN on every row, code-modifier joined by a hyphen (92507-GN), units "2.0", dates 1/5/26, line
      status PAID / DENIED, claim totals, "Page 1 of 2" with the header repeated (fpdf2, core Helvetica)
  s3  Medicare DME supplier remittance (orthotics / hand therapy supplier), MREP-style print: Line Ctrl #,
      From / Thru dates, POS, modifiers "RT KX" in one cell, Grp/CARC and CARC Amt columns with further
      adjustments on sub-rows, sequestration, remark column and legend (reportlab, landscape, Liberation Sans)
  s4  Spanish-language member EOB ("Explicación de Beneficios") of a Puerto Rico style plan: Spanish headings
      (Cantidad facturada, Descuento, Cantidad permitida, Su responsabilidad), modifier column "Modif.",
      lettered notes legend (fpdf2, DejaVu Sans)
  s5  payer-portal "Claim Status" web print, one claim per page: key/value header in two columns, From / To,
      Modifiers "GO, 59", adjustments with amounts inline "CO-45 $57.00, PR-2 $7.60", line status, a denied
      claim (reportlab, Liberation Sans)
  s6  Medicare Advantage plan provider remittance, landscape, narrow font, DOS as 010526, "CPT/MOD" with a space,
      "ADJ CODES" as CO-45/PR-3, NET PAID, a reversal with trailing-minus amounts and its correction, header
      repeated on page 2; PLANTED claim-total mismatch (fpdf2, Liberation Sans Narrow)
  s7  employer PPO member EOB with a shaded claim box, serif font, headings stacked over 2-3 lines ("What your
      plan paid", "Amount not covered", "See notes"), dates 01/05/26, no units and no modifiers printed (reportlab,
      DejaVu Serif)
  s8  state Medicaid SECONDARY remittance after a commercial primary: "TPL AMT" column (paid by the other
      insurer), code and modifiers separated by spaces ("97530 GO 59"), adjustments "CO-45 40.54 OA-23 120.00"
      (fpdf2, core Helvetica, landscape)
  s9  Medicaid managed-care member "notice of claims processed" for a family: dates "January 5, 2026", provider
      column, status Paid / Denied, reason letter, the payer's claim number only (reportlab, Helvetica)
  s10 small TPA EOB printed all caps in a monospaced font with dotted rules, codes "97110-GP-59", the service
      wording on a second text line under the code line, leading-minus negatives, the table runs on to page 2
      WITHOUT a repeated header, REMARK CODES legend (fpdf2, Liberation Mono)

The self-check (--check) tests the factory, not the reader: every truth amount, code, modifier, units value,
remark, adjustment, date is in its page's text layer, ids and patients in the document's, the page count matches,
and the documents' own arithmetic holds (billed - discount - not covered = allowed where a discount is printed;
allowed - deductible - copay - coinsurance - sequestration / other payer = paid where those are printed; billed -
adjustments = paid where every adjustment amount is printed; claim totals = sum of lines unless the mismatch is
a planted expected finding, and the planted one really is).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))

from eobgen import (  # noqa: E402
    FIXED_WHEN,
    ZERO,
    PlanState,
    Svc,
    amt,
    claim_totals,
    commercial,
    dfmt,
    medicaid,
    medicare,
    money,
    negate,
    total,
    truth_line,
    units_str,
    write_truth,
)

D = date
FONT_FILES = {
    "dejavu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "dejavuB": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "serifB": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "lib": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "libB": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "narrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "narrowB": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "mono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "monoB": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
}
# core-font fallback for each key: (reportlab name, fpdf family, fpdf style)
CORE = {
    "helv": ("Helvetica", "helvetica", ""), "helvB": ("Helvetica-Bold", "helvetica", "B"),
    "times": ("Times-Roman", "times", ""), "cour": ("Courier", "courier", ""), "courB": ("Courier-Bold", "courier", "B"),
}
FALLBACK = {"dejavu": "helv", "dejavuB": "helvB", "serif": "times", "serifB": "times", "lib": "helv",
            "libB": "helvB", "narrow": "helv", "narrowB": "helvB", "mono": "cour", "monoB": "courB"}


def font_key(k: str) -> str:
    if k in CORE:
        return k
    return k if Path(FONT_FILES[k]).exists() else FALLBACK[k]


# ------------------------------------------------------------------------------------- drawing

class Doc:
    """Page operations in top-down points, rendered by either producer."""

    def __init__(self, w: float, h: float) -> None:
        self.w, self.h = w, h
        self.pages: list[list[tuple]] = []
        self.font = ("helv", 8.0)

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def set_font(self, key: str, size: float) -> None:
        self.font = (font_key(key), size)

    def text(self, x: float, y: float, s: str, align: str = "l", font: str | None = None,
             size: float | None = None) -> None:
        """'{PAGES}' in s is replaced by the document's page count when rendered."""
        f = font_key(font) if font else self.font[0]
        self.pages[-1].append(("text", x, y, s, align, f, size or self.font[1]))

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.5, dash: bool = False) -> None:
        self.pages[-1].append(("line", x1, y1, x2, y2, width, dash))

    def rect(self, x: float, y: float, w: float, h: float, gray: float = 0.9) -> None:
        self.pages[-1].append(("rect", x, y, w, h, gray))


def render_reportlab(doc: Doc, path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    used = {op[5] for pg in doc.pages for op in pg if op[0] == "text"}
    names = {}
    for k in used:
        if k in CORE:
            names[k] = CORE[k][0]
        else:
            nm = "H7" + k
            if nm not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(nm, FONT_FILES[k]))
            names[k] = nm
    c = canvas.Canvas(str(path), pagesize=(doc.w, doc.h), invariant=1)
    c.setTitle(path.stem)
    for pg in doc.pages:
        for op in pg:
            if op[0] == "rect":
                _, x, y, w, h, g = op
                c.setFillGray(g)
                c.rect(x, doc.h - y - h, w, h, stroke=0, fill=1)
                c.setFillGray(0)
            elif op[0] == "line":
                _, x1, y1, x2, y2, wd, dash = op
                c.setLineWidth(wd)
                c.setDash(1, 2) if dash else c.setDash()
                c.line(x1, doc.h - y1, x2, doc.h - y2)
            else:
                _, x, y, s, al, f, sz = op
                s = s.replace("{PAGES}", str(len(doc.pages)))
                c.setFont(names[f], sz)
                draw = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[al]
                draw(x, doc.h - y, s)
        c.showPage()
    c.save()


def render_fpdf(doc: Doc, path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(orientation="L" if doc.w > doc.h else "P", unit="pt", format="letter")
    pdf.set_creation_date(FIXED_WHEN)
    pdf.set_auto_page_break(False)
    pdf.set_title(path.stem)
    fams = {}
    used = {op[5] for pg in doc.pages for op in pg if op[0] == "text"}
    for k in sorted(used):
        if k in CORE:
            fams[k] = CORE[k][1:]
        else:
            pdf.add_font("h7" + k.lower(), "", FONT_FILES[k])
            fams[k] = ("h7" + k.lower(), "")
    for pg in doc.pages:
        pdf.add_page()
        for op in pg:
            if op[0] == "rect":
                _, x, y, w, h, g = op
                pdf.set_fill_color(int(g * 255))
                pdf.rect(x, y, w, h, style="F")
            elif op[0] == "line":
                _, x1, y1, x2, y2, wd, dash = op
                pdf.set_line_width(wd)
                if dash:
                    pdf.set_dash_pattern(dash=1, gap=2)
                else:
                    pdf.set_dash_pattern()
                pdf.line(x1, y1, x2, y2)
            else:
                _, x, y, s, al, f, sz = op
                s = s.replace("{PAGES}", str(len(doc.pages)))
                fam, sty = fams[f]
                pdf.set_font(fam, sty, sz)
                wd = pdf.get_string_width(s)
                x0 = x - wd if al == "r" else (x - wd / 2 if al == "c" else x)
                pdf.text(x0, y, s)
    pdf.output(str(path))


def headers(doc: Doc, cols: list[tuple], y: float, lead: float, font: str, size: float) -> float:
    """cols: (header text with '\\n', x, align). Multi-line headers are bottom-aligned; returns the next y."""
    n = max(len(c[0].split("\n")) for c in cols)
    for text, x, al in cols:
        parts = text.split("\n")
        for i, p in enumerate(parts):
            doc.text(x, y + (n - len(parts) + i) * lead, p, al, font, size)
    return y + (n - 1) * lead


def row(doc: Doc, cols: list[tuple], vals: list[str | None], y: float) -> None:
    for (_, x, al), v in zip(cols, vals, strict=True):
        if v:
            doc.text(x, y, v, al)


class Book:
    """Truth collected while drawing."""

    def __init__(self) -> None:
        self.lines: list[dict] = []
        self.claims: list[dict] = []


def mods_join(s: Svc, sep: str) -> str:
    return sep.join(s.mods)


def adjs_of(s: Svc) -> list[tuple]:
    return [(g, c, a) for g, c, a in s.adjs if a]


# ----------------------------------------------------------------------------------------- s1

def s1(out: Path) -> None:
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.78"),
                   copay_codes={"99213": Decimal("35.00")})
    fam = [
        ("Mila Okonkwo-Reyes", "BSPT-7719", "CRX2601130057", "Bright Steps Pediatric Therapy", [
            Svc(D(2026, 1, 5), "97165", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 12), "97530", 3, ("GO",)), Svc(D(2026, 1, 12), "97535", 1, ("GO",)),
            Svc(D(2026, 1, 19), "97530", 3, ("GO",)), Svc(D(2026, 1, 19), "97112", 1, ("GO", "59")),
            Svc(D(2026, 1, 26), "97530", 2, ("GO",)), Svc(D(2026, 1, 26), "97535", 2, ("GO",)),
        ]),
        ("Mila Okonkwo-Reyes", "BSPT-7758", "CRX2601270190", "Bright Steps Pediatric Therapy", [
            Svc(D(2026, 1, 28), "97530", 3, ("GO",)), Svc(D(2026, 1, 28), "97535", 1, ("GO",)),
            Svc(D(2026, 1, 30), "97530", 2, ("GO",)), Svc(D(2026, 1, 30), "97112", 1, ("GO",)),
        ]),
        ("Andres Okonkwo-Reyes", "HV-330182", "CRX2601160211", "Harbor View Family Medicine", [
            Svc(D(2026, 1, 8), "99213", 1, ()), Svc(D(2026, 1, 8), "0552T", 1, (), denied="PR"),
        ]),
        ("Tomas Okonkwo-Reyes", "BSPT-7731", "CRX2601200044", "Bright Steps Pediatric Therapy", [
            Svc(D(2026, 1, 14), "92523", 1, ("GN",)), Svc(D(2026, 1, 21), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 28), "92507", 1, ("GN",)), Svc(D(2026, 1, 28), "92526", 1, ("GN",)),
            Svc(D(2026, 1, 29), "92507", 1, ("GN",)), Svc(D(2026, 1, 30), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 30), "92526", 1, ("GN",)), Svc(D(2026, 1, 31), "92507", 1, ("GN",)),
        ]),
    ]
    doc = Doc(612, 792)
    b = Book()
    doc.set_font("helv", 6.3)
    X = [(("Service\nDates"), 28, "l"), ("Procedure", 76, "l"), ("Units", 136, "r"), ("Billed\nAmount", 177, "r"),
         ("Network\nSavings", 217, "r"), ("Plan\nAllowance", 258, "r"), ("Deductible", 298, "r"),
         ("Copay", 332, "r"), ("Coinsurance", 374, "r"), ("Not\nCovered", 412, "r"), ("Plan\nPays", 452, "r"),
         ("Your\nCost", 492, "r"), ("Notes", 502, "l")]

    def page_head(cont: bool) -> float:
        doc.new_page()
        doc.text(28, 40, "Cedar Ridge Health Exchange Plan", font="helvB", size=13)
        doc.text(28, 54, "Silver 70 HMO  ·  Individual & Family".replace("·", "-"), size=8)
        doc.text(584, 40, "EXPLANATION OF BENEFITS", "r", "helvB", 10)
        doc.text(584, 52, "THIS IS NOT A BILL", "r", "helvB", 8)
        doc.text(584, 770, f"Page {doc.page} of {{PAGES}}", "r", size=7)
        doc.text(28, 770, "Statement date: 02/04/2026    Member ID: CRX884102733", size=7)
        if cont:
            return 80
        doc.text(28, 78, "Subscriber: Ngozi Okonkwo-Reyes", size=8)
        doc.text(28, 89, "Member ID: CRX884102733     Group: IND-2026", size=8)
        doc.text(330, 78, "Plan year deductible (family): $300.00", size=8)
        doc.text(330, 89, "Applied so far this year: $150.00", size=8)
        return 110

    def table_head(y: float) -> float:
        doc.rect(26, y - 8, 560, 18, 0.88)
        y = headers(doc, X, y, 7.5, "helvB", 6.3) + 12
        return y

    y = page_head(False)
    for patient, acct, clm, prov, svcs in fam:
        for s in svcs:
            commercial(s, st)
            if s.denied:
                s.remarks = ["N7"]
        if y > 640:
            y = page_head(True)
        doc.text(28, y, f"Patient: {patient}", font="helvB", size=8)
        doc.text(200, y, f"Claim #: {clm}", font="helv", size=8)
        doc.text(360, y, "Status: Processed", font="helv", size=8)
        y += 10
        doc.text(28, y, f"Provider: {prov}", size=7.5)
        doc.text(200, y, f"Provider account #: {acct}", size=7.5)
        doc.text(360, y, "Received 01/30/2026   Processed 02/02/2026", size=7.5)
        y = table_head(y + 16)
        doc.set_font("helv", 6.3)
        for s in svcs:
            if y > 600:
                y = page_head(True)
                doc.text(28, y, f"{patient} - Claim # {clm} (continued)", font="helvB", size=8)
                y = table_head(y + 16)
                doc.set_font("helv", 6.3)
            code = s.code + (" " + " ".join(s.mods) if s.mods else "")
            vals = [dfmt(s.dos, "mdy4").replace("/", "-"), code, units_str(s.units), money(s.billed),
                    money(s.discount), money(s.allowed), money(s.deductible), money(s.copay), money(s.coinsurance),
                    money(s.not_covered), money(s.paid), money(s.owes), " ".join(s.remarks)]
            row(doc, X, vals, y)
            b.lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=patient,
                                      printed=("billed", "discount", "allowed", "deductible", "copay",
                                               "coinsurance", "not_covered", "paid", "patient_owes"),
                                      remarks=s.remarks, description=False))
            y += 12
        doc.line(28, y - 6, 584, y - 6, 0.4)
        tb = [None, "Claim totals", None, money(total(svcs, "billed")), money(total(svcs, "discount")),
              money(total(svcs, "allowed")), money(total(svcs, "deductible")), money(total(svcs, "copay")),
              money(total(svcs, "coinsurance")), money(total(svcs, "not_covered")), money(total(svcs, "paid")),
              money(total(svcs, "owes")), None]
        doc.set_font("helvB", 6.3)
        row(doc, X, tb, y + 2)
        doc.set_font("helv", 6.3)
        b.claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": patient,
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"),
                                                total(svcs, "paid"), total(svcs, "owes"))})
        y += 30
    legend = [("N7", "This service is not a covered benefit under your plan; the provider may bill you.")]
    doc.text(28, y, "Notes", font="helvB", size=8)
    for i, (c, t) in enumerate(legend):
        doc.text(28, y + 11 * (i + 1), f"{c}  {t}", size=7.5)
    doc.text(28, y + 40, "Questions? Call Member Services at 1-800-555-0148 (TTY 711).", size=7.5)
    path = out / "s1_marketplace_member_eob.pdf"
    render_reportlab(doc, path)
    write_truth(path, "s1_marketplace_member_eob", "reportlab", doc.page,
                "ACA marketplace HMO member EOB, portrait, 13 tight columns, 01-05-2026 dates, three family members,"
                " table continued on page 2 under a repeated header with a (continued) line, notes legend.",
                b.lines, b.claims, legend)


# ----------------------------------------------------------------------------------------- s2

def s2(out: Path) -> None:
    students = [
        ("LINDQVIST, ARLO", "M40029183", "SD-26-0107", "2026015004417", [
            Svc(D(2026, 1, 6), "92507", 2, ("GN",)), Svc(D(2026, 1, 8), "92507", 2, ("GN",)),
            Svc(D(2026, 1, 13), "92507", 2, ("GN",)), Svc(D(2026, 1, 15), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 20), "92523", 1, ("GN",))]),
        ("OYELARAN, SIMI", "M51177240", "SD-26-0108", "2026015004418", [
            Svc(D(2026, 1, 7), "97530", 2, ("GO",)), Svc(D(2026, 1, 14), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 21), "97530", 2, ("GO",)), Svc(D(2026, 1, 21), "97535", 1, ("GO",)),
            Svc(D(2026, 1, 28), "97168", 1, ("GO",))]),
        ("PARDEE, JONAH", "M38802215", "SD-26-0109", "2026015004419", [
            Svc(D(2026, 1, 9), "97110", 2, ("GP",)), Svc(D(2026, 1, 16), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 16), "97116", 1, ("GP",)), Svc(D(2026, 1, 23), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 30), "97150", 1, ("GP",), denied="CO")]),
        ("VASQUEZ-HUNT, ELENA", "M60319004", "SD-26-0110", "2026015004420", [
            Svc(D(2026, 1, 12), "92507", 1, ("GN",)), Svc(D(2026, 1, 19), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 26), "92507", 1, ("GN",))]),
        ("ABERNATHY, KOFI", "M47720831", "SD-26-0111", "2026015004421", [
            Svc(D(2026, 1, 5), "97530", 1, ("GO",)), Svc(D(2026, 1, 12), "97530", 1, ("GO",)),
            Svc(D(2026, 1, 26), "97530", 1, ("GO",)), Svc(D(2026, 1, 26), "97140", 1, ("GO", "59"))]),
        ("MBEKI, THANDO", "M52290117", "SD-26-0112", "2026015004422", [
            Svc(D(2026, 1, 6), "92507", 1, ("GN",)), Svc(D(2026, 1, 13), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 20), "92507", 1, ("GN",)), Svc(D(2026, 1, 27), "92507", 1, ("GN",))]),
        ("RASMUSSEN, IVY", "M49930126", "SD-26-0113", "2026015004423", [
            Svc(D(2026, 1, 8), "97530", 2, ("GO",)), Svc(D(2026, 1, 15), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 22), "97530", 2, ("GO",)), Svc(D(2026, 1, 29), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 29), "97168", 1, ("GO",))]),
    ]
    doc = Doc(792, 612)
    b = Book()
    X = [("Student Name", 24, "l"), ("Medicaid ID", 132, "l"), ("TCN", 192, "l"), ("Svc Date", 262, "l"),
         ("Proc-Mod", 302, "l"), ("Units", 372, "r"), ("Billed", 420, "r"), ("Allowed", 468, "r"),
         ("Paid", 510, "r"), ("Status", 522, "l"), ("Adj Rsn", 562, "l"), ("District Claim Ref", 620, "l")]

    def page_head() -> float:
        doc.new_page()
        doc.set_font("helvB", 11)
        doc.text(24, 36, "DEPARTMENT OF HEALTH CARE SERVICES - SCHOOL-BASED MEDICAID SERVICES")
        doc.set_font("helv", 8)
        doc.text(24, 50, "Provider: Juniper Valley Unified School District   NPI 1730004482   Remit date 02/06/2026")
        doc.text(24, 61, "Payment EFT 000771204   Program: IEP Health-Related Services")
        doc.text(768, 36, f"Page {doc.page} of {{PAGES}}", "r")
        doc.set_font("helvB", 7)
        row(doc, X, [c[0] for c in X], 82)
        doc.line(24, 86, 768, 86, 0.6)
        doc.set_font("helv", 7)
        return 97

    y = page_head()
    for name, mid, ref, tcn, svcs in students:
        for s in svcs:
            medicaid(s, deny_reason="96")
        if y > 480:
            y = page_head()
        for s in svcs:
            status = "DENIED" if s.denied else "PAID"
            vals = [name, mid, tcn, f"{s.dos.month}/{s.dos.day}/{s.dos:%y}", s.code + "-" + "-".join(s.mods),
                    f"{s.units:.1f}", money(s.billed, ","), money(s.allowed, ","), money(s.paid, ","), status,
                    " ".join(f"{g}-{c}" for g, c, _ in adjs_of(s)), ref]
            row(doc, X, vals, y)
            b.lines.append(truth_line(doc.page, s, claim_id=ref, payer_claim_id=tcn, patient=name,
                                      printed=("billed", "allowed", "paid"),
                                      adjustments=[(g, c, None) for g, c, _ in adjs_of(s)], description=False))
            y += 13
        doc.set_font("helvB", 7)
        row(doc, X, [None, None, None, None, "Claim Total", None, money(total(svcs, "billed"), ","),
                     money(total(svcs, "allowed"), ","), money(total(svcs, "paid"), ","), None, None, None], y)
        doc.set_font("helv", 7)
        doc.line(24, y + 4, 768, y + 4, 0.3)
        b.claims.append({"claim_id": ref, "payer_claim_id": tcn, "patient": name,
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        y += 18
    allsv = [s for st in students for s in st[4]]
    doc.set_font("helvB", 8)
    doc.text(24, y + 8, f"REMITTANCE TOTAL   Billed {money(total(allsv, 'billed'), ',')}   "
                        f"Paid {money(total(allsv, 'paid'), ',')}")
    doc.set_font("helv", 7)
    doc.text(24, y + 22, "Adj Rsn: CO-45 charge exceeds the state fee schedule; CO-96 service not covered for"
                         " this program.")
    legend = [("CO-45", "charge exceeds the state fee schedule"), ("CO-96", "service not covered for this program")]
    path = out / "s2_school_medicaid_ra.pdf"
    render_fpdf(doc, path)
    write_truth(path, "s2_school_medicaid_ra", "fpdf2", doc.page,
                "School-district Medicaid remittance for IEP therapy, landscape flat table with student name,"
                " Medicaid ID and TCN on every row, 92507-GN, units 2.0, dates 1/5/26, PAID/DENIED, claim totals,"
                " header repeated on page 2.", b.lines, b.claims, legend)


# ----------------------------------------------------------------------------------------- s3

def s3(out: Path) -> None:
    claims = [
        ("HOLLOWAY, JUNE A", "4TK7WE2QA18", "OPC-55120", "2126005118340", [
            Svc(D(2026, 1, 7), "L3807", 1, ("RT", "KX")), Svc(D(2026, 1, 7), "97760", 2, ("GO",)),
            Svc(D(2026, 1, 14), "97760", 1, ("GO",))], Decimal("120.00")),
        ("BRISCOE, OTIS", "7PM2RJ9XK44", "OPC-55131", "2126005118512", [
            Svc(D(2026, 1, 9), "L3807", 1, ("LT", "KX")), Svc(D(2026, 1, 9), "G0283", 1, ("GO",)),
            Svc(D(2026, 1, 16), "G0283", 1, ("GO",))], ZERO),
        ("NAKASHIMA, RUTH", "1QD5HG3MN07", "OPC-55140", "2126005119004", [
            Svc(D(2026, 1, 12), "97760", 3, ("GO",)), Svc(D(2026, 1, 12), "L3807", 1, ("RT",), denied="CO")],
         ZERO),
    ]
    doc = Doc(792, 612)
    b = Book()
    X = [("Line Ctrl #", 24, "l"), ("From Date", 82, "l"), ("Thru Date", 132, "l"), ("POS", 182, "l"),
         ("Units", 214, "r"), ("Proc", 224, "l"), ("Mods", 256, "l"), ("Billed", 330, "r"), ("Allowed", 378, "r"),
         ("Deduct", 420, "r"), ("Coins", 460, "r"), ("Grp/CARC", 470, "l"), ("CARC Amt", 548, "r"),
         ("Remark Codes", 560, "l"), ("Prov Pd", 660, "r")]
    doc.new_page()
    doc.set_font("libB", 12)
    doc.text(24, 34, "DME MAC Jurisdiction Q - Medicare Remittance Advice")
    doc.set_font("lib", 8)
    doc.text(24, 48, "Supplier: Keystone Orthotic & Hand Therapy Supply LLC   PTAN 44810Q   NPI 1568820013")
    doc.text(24, 59, "Check/EFT #: 0004415827   Payment date: 02/03/2026")
    doc.text(768, 34, "Page 1 of 1", "r")
    y = 84
    for ci, (name, mbi, pcn, icn, svcs, ded) in enumerate(claims):
        st = PlanState(ded_left=ded)
        for s in svcs:
            medicare(s, st, deny_reason="50")
            if s.denied:
                s.remarks = ["N115"]
            elif s.code == "L3807":
                s.remarks = ["N211"]
        doc.rect(22, y - 9, 748, 24, 0.9)
        doc.set_font("libB", 7.5)
        doc.text(24, y, f"Patient Name: {name}")
        doc.text(200, y, f"MBI: {mbi}")
        doc.text(320, y, f"Patient Ctrl #: {pcn}")
        doc.text(470, y, f"ICN: {icn}")
        doc.set_font("lib", 7.5)
        doc.text(24, y + 11, "Claim Status: 1 - Processed as Primary   Assignment: Y   Rendering NPI: 1568820013")
        y += 28
        doc.set_font("libB", 6.8)
        row(doc, X, [c[0] for c in X], y)
        doc.line(24, y + 3, 768, y + 3, 0.4)
        doc.set_font("lib", 6.8)
        y += 12
        for li, s in enumerate(svcs, 1):
            ad = adjs_of(s)
            vals = [f"{icn[-6:]}{li:02d}", dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), "12", units_str(s.units),
                    s.code, " ".join(s.mods), money(s.billed, ","), money(s.allowed, ","), money(s.deductible, ","),
                    money(s.coinsurance, ","), f"{ad[0][0]}-{ad[0][1]}", money(ad[0][2], ","),
                    " ".join(s.remarks), money(s.paid, ",")]
            row(doc, X, vals, y)
            for g, c, a in ad[1:]:
                y += 9
                doc.text(470, y, f"{g}-{c}")
                doc.text(548, y, money(a, ","), "r")
            b.lines.append(truth_line(1, s, claim_id=pcn, payer_claim_id=icn, patient=name, service_end=s.dos,
                                      printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                      adjustments=ad, remarks=s.remarks, description=False))
            y += 11
        doc.line(24, y - 7, 768, y - 7, 0.3)
        doc.set_font("libB", 6.8)
        row(doc, X, [None, "Claim Totals", None, None, None, None, None, money(total(svcs, "billed"), ","),
                     money(total(svcs, "allowed"), ","), money(total(svcs, "deductible"), ","),
                     money(total(svcs, "coinsurance"), ","), None, None, None, money(total(svcs, "paid"), ",")], y)
        doc.set_font("lib", 6.8)
        doc.text(24, y + 10, f"Patient Resp: {money(total(svcs, 'owes'), ',')}")
        b.claims.append({"claim_id": pcn, "payer_claim_id": icn, "patient": name,
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        y += 30
    legend = [("N211", "Item may not be billed again as a rental; purchase only."),
              ("N115", "Decision based on a local coverage policy; see the policy for details."),
              ("CO-50", "Not deemed medically necessary by the payer."),
              ("CO-253", "Federal payment reduction (sequestration).")]
    doc.set_font("libB", 8)
    doc.text(24, y, "Glossary: Group, Reason and Remark Codes")
    doc.set_font("lib", 7.5)
    for i, (c, t) in enumerate(legend, 1):
        doc.text(24, y + 10 * i, c)
        doc.text(70, y + 10 * i, t)
    path = out / "s3_dme_supplier_remit.pdf"
    render_reportlab(doc, path)
    write_truth(path, "s3_dme_supplier_remit", "reportlab", doc.page,
                "Medicare DME supplier remittance (MREP-like print), landscape: shaded claim band, Line Ctrl #, From"
                " and Thru dates, POS, Mods 'RT KX', Grp/CARC + CARC Amt with further adjustments on sub-rows,"
                " sequestration, remark codes and glossary.", b.lines, b.claims, legend)


# ----------------------------------------------------------------------------------------- s4

def s4(out: Path) -> None:
    st = PlanState(ded_left=Decimal("50.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"),
                   copay_codes={"99213": Decimal("15.00"), "92507": Decimal("10.00")})
    claims = [
        ("Valentina Ríos Colón", "TP-20931", "PR26011400382", "Centro Terapéutico Los Almendros", [
            Svc(D(2026, 1, 6), "97166", 1, ("GO",)), Svc(D(2026, 1, 13), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 13), "97112", 1, ("GO",)), Svc(D(2026, 1, 20), "97530", 3, ("GO",))]),
        ("Sebastián Ríos Colón", "TP-20957", "PR26011900417", "Centro Terapéutico Los Almendros", [
            Svc(D(2026, 1, 8), "92507", 1, ("GN",)), Svc(D(2026, 1, 15), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 15), "92526", 1, ("GN",), denied="PR")]),
        ("Valentina Ríos Colón", "CM-88120", "PR26012200519", "Clínica Médica del Parque", [
            Svc(D(2026, 1, 22), "99213", 1, ())]),
    ]
    doc = Doc(612, 792)
    b = Book()
    X = [("Fecha de\nservicio", 24, "l"), ("Código", 70, "l"), ("Modif.", 102, "l"), ("Cantidad\nfacturada", 166, "r"),
         ("Descuento", 208, "r"), ("Cantidad\npermitida", 250, "r"), ("Deducible", 290, "r"), ("Copago", 325, "r"),
         ("Coaseguro", 366, "r"), ("No\ncubierto", 402, "r"), ("Pagado por\nel plan", 448, "r"),
         ("Su respon-\nsabilidad", 494, "r"), ("Notas", 504, "l")]
    doc.new_page()
    doc.set_font("dejavuB", 13)
    doc.text(24, 40, "Plan de Salud Isla Verde")
    doc.set_font("dejavu", 9)
    doc.text(24, 54, "Explicación de Beneficios (EOB)  —  ESTO NO ES UNA FACTURA")
    doc.text(588, 40, "Fecha: 03/02/2026", "r")
    doc.text(24, 74, "Suscriptor: Marisol Colón Vega      Número de socio: IVS-3320914-01")
    doc.text(24, 86, "Período: 01/01/2026 al 01/31/2026")
    y = 112
    for pat, acct, clm, prov, svcs in claims:
        for s in svcs:
            commercial(s, st)
            if s.denied:
                s.remarks = ["C"]
            elif s.deductible:
                s.remarks = ["A"]
            elif s.copay:
                s.remarks = ["B"]
        doc.set_font("dejavuB", 8)
        doc.text(24, y, f"Paciente: {pat}")
        doc.text(250, y, f"Número de reclamación: {clm}")
        doc.set_font("dejavu", 7.5)
        doc.text(24, y + 11, f"Proveedor: {prov}")
        doc.text(250, y + 11, f"Núm. de cuenta del proveedor: {acct}")
        y += 26
        doc.line(24, y - 8, 588, y - 8, 0.4)
        y = headers(doc, X, y, 8, "dejavuB", 6.2) + 4
        doc.line(24, y, 588, y, 0.4)
        y += 10
        doc.set_font("dejavu", 6.8)
        for s in svcs:
            vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), money(s.billed), money(s.discount),
                    money(s.allowed), money(s.deductible), money(s.copay), money(s.coinsurance),
                    money(s.not_covered), money(s.paid), money(s.owes), " ".join(s.remarks)]
            row(doc, X, vals, y)
            b.lines.append(truth_line(1 if doc.page == 1 else doc.page, s, claim_id=acct, payer_claim_id=clm,
                                      patient=pat, printed=("billed", "discount", "allowed", "deductible", "copay",
                                                            "coinsurance", "not_covered", "paid", "patient_owes"),
                                      remarks=s.remarks, description=False))
            y += 11
        doc.set_font("dejavuB", 6.8)
        row(doc, X, ["Total de la reclamación", None, None, money(total(svcs, "billed")), None,
                     money(total(svcs, "allowed")), None, None, None, None, money(total(svcs, "paid")),
                     money(total(svcs, "owes")), None], y)
        b.claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                                total(svcs, "owes"))})
        y += 28
    legend = [("A", "Se aplicó a su deducible anual."), ("B", "Copago fijo por la visita según su plan."),
              ("C", "Servicio no cubierto por su plan; usted es responsable del cargo.")]
    doc.set_font("dejavuB", 8)
    doc.text(24, y, "Notas explicativas")
    doc.set_font("dejavu", 7.5)
    for i, (c, t) in enumerate(legend, 1):
        doc.text(24, y + 11 * i, f"{c}: {t}")
    doc.text(24, 760, "Si no está de acuerdo con esta decisión, tiene derecho a apelar dentro de 180 días.")
    path = out / "s4_spanish_member_eob.pdf"
    render_fpdf(doc, path)
    write_truth(path, "s4_spanish_member_eob", "fpdf2", doc.page,
                "Spanish-language member EOB (Puerto Rico style plan), DejaVu Sans, Spanish headings, separate"
                " Modif. column, $ amounts, lettered notes legend.", b.lines, b.claims, legend)


# ----------------------------------------------------------------------------------------- s5

def s5(out: Path) -> None:
    claims = [
        ("KERRIGAN, POPPY", "PCN 60117", "EC2601143389001", "Finalized - Paid", [
            Svc(D(2026, 1, 5), "97530", 3, ("GO",)), Svc(D(2026, 1, 5), "97110", 1, ("GO", "59")),
            Svc(D(2026, 1, 7), "97530", 2, ("GO",)), Svc(D(2026, 1, 7), "97535", 1, ("GO",))],
         PlanState(ded_left=Decimal("40.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.70"))),
        ("KERRIGAN, POPPY", "PCN 60188", "EC2601213390417", "Finalized - Denied", [
            Svc(D(2026, 1, 12), "97530", 3, ("GO",), denied="CO"), Svc(D(2026, 1, 12), "97140", 1, ("GO", "59"),
                                                                         denied="CO")], PlanState()),
        ("FAIRWEATHER, DEV", "PCN 60203", "EC2601233391102", "Finalized - Paid", [
            Svc(D(2026, 1, 14), "97163", 1, ("GP",)), Svc(D(2026, 1, 14), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 21), "97110", 2, ("GP",)), Svc(D(2026, 1, 21), "97112", 1, ("GP",)),
            Svc(D(2026, 1, 21), "G0283", 1, ("GP",))],
         PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.75"))),
    ]
    doc = Doc(612, 792)
    b = Book()
    X = [("Line", 28, "l"), ("From", 50, "l"), ("To", 98, "l"), ("Procedure", 146, "l"), ("Modifiers", 186, "l"),
         ("Units", 240, "r"), ("Charged", 286, "r"), ("Allowed", 328, "r"), ("Paid", 368, "r"),
         ("Patient Resp", 418, "r"), ("Line Status", 426, "l"), ("Adjustments", 476, "l")]
    for name, pcn, clm, status, svcs, st in claims:
        for s in svcs:
            commercial(s, st, deny_reason="197")
            if s.denied:
                s.remarks = ["N54"]
        doc.new_page()
        doc.set_font("libB", 14)
        doc.text(28, 40, "Claim Status Detail")
        doc.set_font("lib", 7)
        doc.text(584, 30, "Printed 02/05/2026 10:42 AM", "r")
        doc.text(584, 40, "Provider portal - Evergreen Commercial Health", "r")
        doc.line(28, 48, 584, 48, 1)
        kv = [("Patient", name), ("Member ID", "ECH00418832"), ("Date of Birth", "04/11/2016"),
              ("Payer Claim Number", clm), ("Patient Control Number", pcn.split()[1]), ("Claim Status", status)]
        kv2 = [("Billing Provider", "Riverbend Kids Therapy Group"), ("NPI", "1902284417"),
               ("Received", "01/26/2026"), ("Finalized", "02/02/2026"), ("Check/EFT", "EFT 88120443"),
               ("Total Paid", money(total(svcs, "paid")))]
        doc.set_font("lib", 8)
        for i, ((k1, v1), (k2, v2)) in enumerate(zip(kv, kv2, strict=True)):
            yy = 66 + i * 13
            doc.text(28, yy, k1, font="libB")
            doc.text(140, yy, v1)
            doc.text(320, yy, k2, font="libB")
            doc.text(420, yy, v2)
        y = 160
        doc.text(28, y, "Service Lines", font="libB", size=10)
        y += 16
        doc.rect(26, y - 9, 560, 13, 0.92)
        doc.set_font("libB", 6.8)
        row(doc, X, [c[0] for c in X], y)
        doc.set_font("lib", 6.8)
        y += 14
        pcn_no = pcn.split()[1]
        for li, s in enumerate(svcs, 1):
            ad = adjs_of(s)
            ls = "Denied" if s.denied else "Paid"
            vals = [str(li), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, ", ".join(s.mods), units_str(s.units),
                    money(s.billed), money(s.allowed), money(s.paid), money(s.owes), ls,
                    ", ".join(f"{g}-{c} {money(a)}" for g, c, a in ad)]
            row(doc, X, vals, y)
            if s.remarks:
                y += 9
                doc.text(476, y, "Remarks: " + " ".join(s.remarks))
            b.lines.append(truth_line(doc.page, s, claim_id=pcn_no, payer_claim_id=clm, patient=name,
                                      service_end=s.dos, printed=("billed", "allowed", "paid", "patient_owes"),
                                      adjustments=ad, remarks=s.remarks, description=False))
            y += 13
        doc.line(28, y - 8, 584, y - 8, 0.4)
        doc.set_font("libB", 6.8)
        row(doc, X, [None, "Totals", None, None, None, None, money(total(svcs, "billed")),
                     money(total(svcs, "allowed")), money(total(svcs, "paid")), money(total(svcs, "owes")), None,
                     None], y)
        b.claims.append({"claim_id": pcn_no, "payer_claim_id": clm, "patient": name,
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                                total(svcs, "owes"))})
        if any(s.remarks for s in svcs):
            doc.set_font("lib", 7)
            doc.text(28, y + 24, "N54: Claim information is inconsistent with the authorization on file.")
        doc.set_font("lib", 6.5)
        doc.text(28, 770, "This page is a print of claim information as of the date above; it is not a payment.")
        doc.text(584, 770, f"{doc.page}/3", "r")
    path = out / "s5_portal_claim_status.pdf"
    render_reportlab(doc, path)
    write_truth(path, "s5_portal_claim_status", "reportlab", doc.page,
                "Payer provider-portal Claim Status Detail print, one claim per page, key/value header in two"
                " columns, From/To, Modifiers 'GO, 59', inline adjustments 'CO-45 $57.00, PR-2 $7.60', line status,"
                " a denied claim with a remark line.", b.lines, b.claims,
                [("N54", "Claim information is inconsistent with the authorization on file.")])


# ----------------------------------------------------------------------------------------- s6

def s6(out: Path) -> None:
    def mk(ded: str, copay: str) -> PlanState:
        return PlanState(ded_left=Decimal(ded), allowed_rate=Decimal("0.62"), visit_copay=Decimal(copay))

    orig = [Svc(D(2025, 12, 15), "97110", 3, ("GP",)), Svc(D(2025, 12, 15), "97140", 1, ("GP",))]
    st0 = mk("0", "20")
    for s in orig:
        commercial(s, st0)
    rev = [negate(s) for s in orig]
    corr = [Svc(D(2025, 12, 15), "97110", 2, ("GP",)), Svc(D(2025, 12, 15), "97140", 1, ("GP", "59"))]
    claims = [
        ("PELLETIER, GRACE", "H55120447", "RB-118820", "MA26012700114", "PROCESSED AS PRIMARY", [
            Svc(D(2026, 1, 6), "97161", 1, ("GP",)), Svc(D(2026, 1, 8), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 8), "97116", 1, ("GP",)), Svc(D(2026, 1, 13), "97110", 3, ("GP",))], mk("25", "20")),
        ("IWASAKI, HAROLD", "H55139021", "RB-118834", "MA26012700131", "PROCESSED AS PRIMARY", [
            Svc(D(2026, 1, 7), "97168", 1, ("GO",)), Svc(D(2026, 1, 7), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 9), "97530", 2, ("GO",)), Svc(D(2026, 1, 14), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 14), "99213", 1, ("25",))], mk("0", "20")),
        ("DOUCETTE, MARIE", "H55102273", "RB-117902", "MA26012700152", "REVERSAL OF PRIOR PAYMENT", rev, None),
        ("DOUCETTE, MARIE", "H55102273", "RB-117902", "MA26012700153", "CORRECTED CLAIM", corr, mk("0", "20")),
        ("OKAFOR, BENEDICT", "H55177730", "RB-118851", "MA26012700170", "PROCESSED AS PRIMARY", [
            Svc(D(2026, 1, 16), "97112", 2, ("GP",)), Svc(D(2026, 1, 16), "G0283", 1, ("GP",)),
            Svc(D(2026, 1, 21), "97112", 2, ("GP",)), Svc(D(2026, 1, 21), "97110", 1, ("GP",))], mk("0", "20")),
        ("SANTORO, LUCILLE", "H55160338", "RB-118866", "MA26012700188", "PROCESSED AS PRIMARY", [
            Svc(D(2026, 1, 20), "97166", 1, ("GO",)), Svc(D(2026, 1, 22), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 22), "97535", 1, ("GO",)), Svc(D(2026, 1, 27), "97530", 3, ("GO",))], mk("40", "20")),
        ("FARQUHAR, EDWIN", "H55112905", "RB-118870", "MA26012700191", "PROCESSED AS PRIMARY", [
            Svc(D(2026, 1, 23), "97110", 2, ("GP",)), Svc(D(2026, 1, 23), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 28), "97110", 2, ("GP",)), Svc(D(2026, 1, 28), "97116", 1, ("GP",))], mk("0", "20")),
    ]
    planted = "MA26012700131"
    doc = Doc(792, 612)
    b = Book()
    X = [("DOS", 30, "l"), ("CPT/MOD", 70, "l"), ("QTY", 138, "r"), ("CHARGED", 190, "r"), ("ALLOWED", 240, "r"),
         ("DEDUCT", 284, "r"), ("COINS", 322, "r"), ("COPAY", 360, "r"), ("PT RESP", 404, "r"),
         ("ADJ CODES", 420, "l"), ("ADJ AMT", 530, "r"), ("REMARKS", 546, "l"), ("NET PAID", 660, "r")]
    findings = []

    def page_head() -> float:
        doc.new_page()
        doc.set_font("narrowB", 12)
        doc.text(30, 34, "SUMMIT SENIOR ADVANTAGE (HMO-POS)")
        doc.set_font("narrow", 8.5)
        doc.text(30, 47, "PROVIDER REMITTANCE ADVICE   -   PAYEE: ROCKBRIDGE OUTPATIENT REHAB PC   TIN XX-XXX4471")
        doc.text(30, 58, "CHECK NO 5518204   CHECK DATE 01/30/2026")
        doc.text(762, 34, f"PAGE {doc.page} OF {{PAGES}}", "r")
        doc.set_font("narrowB", 7.5)
        row(doc, X, [c[0] for c in X], 80)
        doc.line(30, 84, 762, 84, 0.8)
        doc.set_font("narrow", 7.5)
        return 98

    y = page_head()
    for name, mem, acct, clm, status, svcs, st in claims:
        if st is not None:
            for s in svcs:
                commercial(s, st)
        if y + 12 * (len(svcs) + 3) > 560:
            y = page_head()
        doc.set_font("narrowB", 7.5)
        doc.text(30, y, f"PATIENT: {name}    MEMBER#: {mem}    PATIENT ACCT#: {acct}    CLAIM#: {clm}    "
                        f"STATUS: {status}")
        doc.set_font("narrow", 7.5)
        y += 12
        for s in svcs:
            ad = adjs_of(s)
            vals = [dfmt(s.dos, "mdy6"), f"{s.code} {' '.join(s.mods)}".strip(), units_str(abs(s.units)),
                    money(s.billed, ",", "trail"), money(s.allowed, ",", "trail"), money(s.deductible, ",", "trail"),
                    money(s.coinsurance, ",", "trail"), money(s.copay, ",", "trail"), money(s.owes, ",", "trail"),
                    "/".join(f"{g}-{c}" for g, c, _ in ad), None, None, money(s.paid, ",", "trail")]
            row(doc, X, vals, y)
            for i, (_, _, a) in enumerate(ad):
                doc.text(530, y + 9 * i, money(a, ",", "trail"), "r")
            rm = ["MA67"] if status.startswith("REVERSAL") else []
            if rm:
                doc.text(546, y, " ".join(rm))
            b.lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=name,
                                      printed=("billed", "allowed", "deductible", "coinsurance", "copay",
                                               "patient_owes", "paid"), adjustments=ad, remarks=rm,
                                      description=False))
            y += 9 * max(1, len(ad)) + 3
        tp = total(svcs, "paid")
        printed_paid = tp + Decimal("5.00") if clm == planted else tp
        if clm == planted:
            findings.append(f"claim-total-mismatch claim {clm}: printed NET PAID total {printed_paid} but the lines"
                            f" add up to {tp}")
        doc.line(30, y - 7, 762, y - 7, 0.3)
        doc.set_font("narrowB", 7.5)
        row(doc, X, ["CLAIM TOTAL", None, None, money(total(svcs, "billed"), ",", "trail"),
                     money(total(svcs, "allowed"), ",", "trail"), None, None, None,
                     money(total(svcs, "owes"), ",", "trail"), None, None, None, money(printed_paid, ",", "trail")], y)
        doc.set_font("narrow", 7.5)
        b.claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": name,
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), printed_paid,
                                                total(svcs, "owes"))})
        y += 22
    legend = [("MA67", "Correction to a prior claim.")]
    doc.text(30, y + 4, "CODES: CO-45 CHARGE EXCEEDS CONTRACTED RATE  PR-1 DEDUCTIBLE  PR-3 COPAYMENT  "
                        "MA67 CORRECTION TO A PRIOR CLAIM")
    path = out / "s6_ma_provider_ra.pdf"
    render_fpdf(doc, path)
    write_truth(path, "s6_ma_provider_ra", "fpdf2", doc.page,
                "Medicare Advantage plan provider remittance, landscape, Liberation Sans Narrow, DOS as 010526,"
                " 'CPT/MOD' with a space, ADJ CODES CO-45/PR-3 with stacked ADJ AMT, reversal with trailing-minus"
                " amounts and its correction, header repeated on page 2; PLANTED NET PAID claim-total mismatch.",
                b.lines, b.claims, legend, findings)


# ----------------------------------------------------------------------------------------- s7

def s7(out: Path) -> None:
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.74"),
                   copay_codes={"99213": Decimal("30.00")})
    claims = [
        ("Harriet Quill", "Q-4471-03", "9260114778201", "Mapleleaf Hand & Upper Limb Therapy", [
            Svc(D(2026, 1, 5), "97166", 1), Svc(D(2026, 1, 5), "97760", 2), Svc(D(2026, 1, 5), "L3807", 1),
            Svc(D(2026, 1, 12), "97140", 2), Svc(D(2026, 1, 12), "97110", 2)]),
        ("Harriet Quill", "Q-4471-09", "9260121779930", "Mapleleaf Hand & Upper Limb Therapy", [
            Svc(D(2026, 1, 19), "97140", 2), Svc(D(2026, 1, 19), "97110", 2),
            Svc(D(2026, 1, 19), "0552T", 1, denied="PR")]),
        ("Rowan Quill", "48812", "9260126780412", "Lakeshore Pediatric Associates", [
            Svc(D(2026, 1, 23), "99213", 1)]),
    ]
    doc = Doc(612, 792)
    b = Book()
    X = [("Service\ndate", 30, "l"), ("Type of service", 70, "l"), ("Service\ncode", 178, "l"),
         ("Amount\nbilled", 246, "r"), ("Discount", 286, "r"), ("Amount\nallowed", 326, "r"),
         ("Amount\nnot\ncovered", 362, "r"), ("Copay", 392, "r"), ("Deductible", 434, "r"),
         ("Coinsurance", 478, "r"), ("What\nyour plan\npaid", 518, "r"), ("What I\nowe", 552, "r"),
         ("See\nnotes", 560, "l")]
    doc.new_page()
    doc.set_font("serifB", 14)
    doc.text(30, 42, "Northgate Employers Health Alliance")
    doc.set_font("serif", 8)
    doc.text(30, 56, "Open Access Plus PPO   ·   Administered for Fenwick Logistics, Inc.".replace("·", "|"))
    doc.text(582, 42, "Explanation of Benefits", "r", "serifB", 11)
    doc.text(582, 56, "Statement date: January 30, 2026", "r")
    doc.text(30, 78, "Customer: Daniel Quill   ID: NHA5520381   Account: 3341207")
    y = 100
    for pat, acct, clm, prov, svcs in claims:
        for s in svcs:
            commercial(s, st)
            if s.denied:
                s.remarks = ["3"]
            elif s.deductible:
                s.remarks = ["1"]
            elif s.code == "L3807":
                s.remarks = ["2"]
        doc.rect(28, y - 10, 556, 36, 0.9)
        doc.set_font("serifB", 8)
        doc.text(34, y, f"{pat}")
        doc.set_font("serif", 7.5)
        doc.text(34, y + 11, f"Service provider: {prov}")
        doc.text(34, y + 21, f"Provider's patient account #: {acct}")
        doc.text(330, y, f"Claim # {clm}")
        doc.text(330, y + 11, "Received: 01/27/2026   Processed: 01/29/2026")
        doc.text(330, y + 21, "In-network")
        y += 42
        y = headers(doc, X, y, 8, "serifB", 6.2) + 4
        doc.line(30, y, 582, y, 0.5)
        y += 10
        doc.set_font("serif", 6.6)
        for s in svcs:
            vals = [dfmt(s.dos, "mdy2"), s.desc[:26], s.code, money(s.billed), money(s.discount),
                    money(s.allowed), money(s.not_covered), money(s.copay), money(s.deductible),
                    money(s.coinsurance), money(s.paid), money(s.owes), ", ".join(s.remarks)]
            row(doc, X, vals, y)
            tl = truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat, units=False,
                            modifiers=False, printed=("billed", "discount", "allowed", "not_covered", "copay",
                                                      "deductible", "coinsurance", "paid", "patient_owes"),
                            remarks=s.remarks, overrides={"description": s.desc[:26]})
            b.lines.append(tl)
            y += 11
        doc.line(30, y - 7, 582, y - 7, 0.3)
        doc.set_font("serifB", 6.6)
        row(doc, X, [None, "Total", None, money(total(svcs, "billed")), money(total(svcs, "discount")),
                     money(total(svcs, "allowed")), money(total(svcs, "not_covered")), money(total(svcs, "copay")),
                     money(total(svcs, "deductible")), money(total(svcs, "coinsurance")), money(total(svcs, "paid")),
                     money(total(svcs, "owes")), None], y)
        b.claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                                total(svcs, "owes"))})
        y += 30
    legend = [("1", "This amount counts toward your deductible for the year."),
              ("2", "Supply was reviewed and allowed at the network rate for custom-fitted items."),
              ("3", "Your plan does not cover this service. You may owe the provider the full charge.")]
    doc.set_font("serifB", 9)
    doc.text(30, y, "Notes")
    doc.set_font("serif", 7.5)
    for i, (c, t) in enumerate(legend, 1):
        doc.text(30, y + 11 * i, f"({c}) {t}")
    doc.text(306, 770, "Page 1 of 1", "c")
    path = out / "s7_employer_ppo_eob.pdf"
    render_reportlab(doc, path)
    write_truth(path, "s7_employer_ppo_eob", "reportlab", doc.page,
                "Employer PPO member EOB, DejaVu Serif, shaded claim boxes, headings stacked over 2-3 lines (What"
                " your plan paid, Amount not covered), dates 01/05/26, truncated service wording, no units or"
                " modifiers, numbered notes.", b.lines, b.claims, legend)


# ----------------------------------------------------------------------------------------- s8

def s8(out: Path) -> None:
    # Commercial primary paid first; Medicaid pays up to its own allowance minus what the primary paid.
    claims = [
        ("GUTIERREZ, NOEMI", "112873340", "ACCT-30418", "0126028440017", [
            (Svc(D(2026, 1, 6), "97530", 3, ("GO", "59")), "60.00"), (Svc(D(2026, 1, 6), "97535", 1, ("GO",)), "10.00"),
            (Svc(D(2026, 1, 13), "97530", 3, ("GO",)), "60.00"), (Svc(D(2026, 1, 13), "97112", 1, ("GO",)), "12.00")]),
        ("GUTIERREZ, MATEO", "112873358", "ACCT-30422", "0126028440018", [
            (Svc(D(2026, 1, 7), "92507", 1, ("GN",)), "40.00"), (Svc(D(2026, 1, 14), "92507", 1, ("GN",)), "40.00"),
            (Svc(D(2026, 1, 21), "92507", 1, ("GN",)), "71.30"), (Svc(D(2026, 1, 21), "92526", 1, ("GN",)), "30.00")]),
        ("STROUD, KELLAN", "109554127", "ACCT-30431", "0126028440019", [
            (Svc(D(2026, 1, 9), "97110", 2, ("GP",)), "35.00"), (Svc(D(2026, 1, 9), "97140", 1, ("GP", "59")), "15.00"),
            (Svc(D(2026, 1, 16), "97110", 2, ("GP",)), "35.00")]),
    ]
    doc = Doc(792, 612)
    b = Book()
    X = [("LN", 28, "l"), ("SVC DATE", 44, "l"), ("PROCEDURE / MODIFIERS", 96, "l"), ("UNITS", 210, "r"),
         ("BILLED", 262, "r"), ("TPL AMT", 310, "r"), ("ALLOWED", 360, "r"), ("PAID", 404, "r"),
         ("ADJUSTMENTS (GRP-RSN AMT)", 424, "l"), ("RMK", 600, "l")]
    doc.new_page()
    doc.set_font("helvB", 11)
    doc.text(28, 36, "STATE MEDICAL ASSISTANCE PROGRAM  -  REMITTANCE ADVICE  (CROSSOVER / TPL CLAIMS)")
    doc.set_font("helv", 8)
    doc.text(28, 50, "PROVIDER: HEARTHSTONE PEDIATRIC THERAPY CENTER   MEDICAID PROVIDER ID 004471902   RA# 2026-0205-118")
    doc.text(764, 36, "PAGE 1 OF 1", "r")
    y = 76
    for name, rid, acct, icn, items in claims:
        svcs = []
        for s, tpl in items:
            medicaid(s)
            tpl_d = min(Decimal(tpl), s.allowed)
            s.paid = s.allowed - tpl_d
            s.adjs = [(g, c, a) for g, c, a in s.adjs] + [("OA", "23", tpl_d)]
            s.seq = tpl_d
            svcs.append(s)
        doc.set_font("helvB", 7.5)
        doc.text(28, y, f"RECIPIENT: {name}")
        doc.text(220, y, f"RECIP ID: {rid}")
        doc.text(340, y, f"ICN: {icn}")
        doc.text(470, y, f"PAT ACCT: {acct}")
        doc.text(600, y, "CLAIM STATUS: PAID")
        y += 12
        doc.set_font("helvB", 6.8)
        row(doc, X, [c[0] for c in X], y)
        doc.set_font("helv", 7)
        y += 11
        for li, s in enumerate(svcs, 1):
            ad = adjs_of(s)
            rm = ["N4"] if s.paid == 0 else []
            vals = [str(li), dfmt(s.dos, "mdy4"), f"{s.code} {' '.join(s.mods)}", units_str(s.units),
                    money(s.billed, ","), money(s.seq, ","), money(s.allowed, ","), money(s.paid, ","),
                    "  ".join(f"{g}-{c} {money(a, ',')}" for g, c, a in ad), " ".join(rm)]
            row(doc, X, vals, y)
            b.lines.append(truth_line(1, s, claim_id=acct, payer_claim_id=icn, patient=name,
                                      printed=("billed", "allowed", "paid"), adjustments=ad, remarks=rm,
                                      description=False))
            y += 10
        doc.line(28, y - 6, 764, y - 6, 0.3)
        doc.set_font("helvB", 7)
        row(doc, X, [None, "CLAIM TOTAL", None, None, money(total(svcs, "billed"), ","), money(total(svcs, "seq"), ","),
                     money(total(svcs, "allowed"), ","), money(total(svcs, "paid"), ","), None, None], y)
        b.claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        y += 24
    legend = [("N4", "The other insurer already paid at least our allowance, so this program pays nothing more.")]
    doc.set_font("helv", 7)
    doc.text(28, y, "TPL AMT = AMOUNT PAID BY THE RECIPIENT'S OTHER INSURANCE. OA-23 = PRIOR PAYER'S PAYMENT.")
    doc.text(28, y + 11, "N4 - " + legend[0][1])
    path = out / "s8_medicaid_secondary_ra.pdf"
    render_fpdf(doc, path)
    write_truth(path, "s8_medicaid_secondary_ra", "fpdf2", doc.page,
                "State Medicaid secondary (crossover/TPL) remittance, landscape, TPL AMT column, code and modifiers"
                " separated by spaces, inline adjustments 'CO-45 40.54  OA-23 120.00', claim header line per"
                " recipient.", b.lines, b.claims, legend)


# ----------------------------------------------------------------------------------------- s9

def s9(out: Path) -> None:
    claims = [
        ("Zuri Abernathy-Cole", "MC2601074412", "Little Oaks Therapy Collaborative", "Paid", [
            Svc(D(2026, 1, 5), "97530", 2, ("GO",)), Svc(D(2026, 1, 5), "97535", 1, ("GO",))]),
        ("Zuri Abernathy-Cole", "MC2601124988", "Little Oaks Therapy Collaborative", "Paid", [
            Svc(D(2026, 1, 12), "97530", 2, ("GO",)), Svc(D(2026, 1, 12), "97112", 1, ("GO",))]),
        ("Kai Abernathy-Cole", "MC2601155210", "Sunnyside Speech & Language", "Denied", [
            Svc(D(2026, 1, 15), "92523", 1, ("GN",), denied="CO")]),
        ("Kai Abernathy-Cole", "MC2601225533", "Sunnyside Speech & Language", "Paid", [
            Svc(D(2026, 1, 22), "92523", 1, ("GN",)), Svc(D(2026, 1, 29), "92507", 1, ("GN",))]),
    ]
    doc = Doc(612, 792)
    b = Book()
    X = [("Date", 30, "l"), ("Provider", 110, "l"), ("Service", 248, "l"), ("Code", 380, "l"),
         ("Amount Billed", 468, "r"), ("Amount Paid", 524, "r"), ("You Owe", 570, "r"), ("Reason", 576, "l")]
    doc.new_page()
    doc.set_font("helvB", 13)
    doc.text(30, 44, "Bayside Community Health Plan")
    doc.set_font("helv", 8.5)
    doc.text(30, 58, "A Medicaid Managed Care Plan")
    doc.text(30, 86, "NOTICE OF CLAIMS PROCESSED", font="helvB", size=10)
    doc.text(30, 100, "For services from January 1, 2026 to January 31, 2026. This is not a bill. Members do not pay"
                      " for covered services.")
    doc.text(30, 112, "Head of household: Imani Abernathy-Cole")
    y = 138
    for pat, clm, prov, status, svcs in claims:
        for s in svcs:
            medicaid(s, deny_reason="N")
        doc.set_font("helvB", 8.5)
        doc.text(30, y, f"{pat}  -  Claim number {clm}  -  {status}")
        y += 14
        doc.set_font("helvB", 7)
        row(doc, X, [c[0] for c in X], y)
        doc.line(30, y + 3, 582, y + 3, 0.5)
        doc.set_font("helv", 7)
        y += 13
        for s in svcs:
            rsn = ["D"] if s.denied else []
            owes = ZERO
            s.owes = owes
            vals = [dfmt(s.dos, "month"), prov[:24], s.desc[:28], f"{s.code}-{'-'.join(s.mods)}",
                    money(s.billed), money(s.paid), money(owes), " ".join(rsn)]
            row(doc, X, vals, y)
            b.lines.append(truth_line(1, s, claim_id=None, payer_claim_id=clm, patient=pat, units=False,
                                      printed=("billed", "paid", "patient_owes"), remarks=rsn,
                                      overrides={"description": s.desc[:28]}))
            y += 11
        doc.line(30, y - 7, 582, y - 7, 0.3)
        doc.set_font("helvB", 7)
        row(doc, X, [None, None, "Claim total", None, money(total(svcs, "billed")), money(total(svcs, "paid")),
                     money(ZERO), None], y)
        b.claims.append({"claim_id": None, "payer_claim_id": clm, "patient": pat,
                         "totals": claim_totals(total(svcs, "billed"), None, total(svcs, "paid"), ZERO)})
        y += 26
    legend = [("D", "The provider did not get approval before this service. You do not have to pay; the provider"
                    " may ask us again.")]
    doc.set_font("helvB", 8)
    doc.text(30, y, "Reason codes")
    doc.set_font("helv", 7.5)
    doc.text(30, y + 11, "D  " + legend[0][1])
    doc.text(30, y + 32, "You have the right to appeal. Call Member Services at 1-888-555-0199.")
    path = out / "s9_medicaid_mco_family_notice.pdf"
    render_reportlab(doc, path)
    write_truth(path, "s9_medicaid_mco_family_notice", "reportlab", doc.page,
                "Medicaid managed-care member notice of claims processed for a family: dates 'January 5, 2026',"
                " provider and service columns, code 97530-GO, status Paid/Denied in the claim heading, reason"
                " letter, payer claim number only, $0.00 You Owe.", b.lines, b.claims, legend)


# ----------------------------------------------------------------------------------------- s10

def s10(out: Path) -> None:
    st = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.85"))
    orig = Svc(D(2025, 12, 29), "97110", 2, ("GP",))
    commercial(orig, PlanState(coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.85")))
    claims = [
        ("CALLOWAY, BRIDGET M", "PT00981", "TPA-260119-00831", [
            Svc(D(2026, 1, 5), "97163", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP", "59")),
            Svc(D(2026, 1, 7), "97110", 3, ("GP",)), Svc(D(2026, 1, 7), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 9), "97110", 2, ("GP",)), Svc(D(2026, 1, 9), "97116", 1, ("GP",)),
            Svc(D(2026, 1, 12), "97110", 2, ("GP",)), Svc(D(2026, 1, 12), "G0283", 1, ("GP",)),
            Svc(D(2026, 1, 14), "97110", 2, ("GP",)), Svc(D(2026, 1, 14), "97112", 1, ("GP",)),
            Svc(D(2026, 1, 16), "97110", 2, ("GP",)), Svc(D(2026, 1, 16), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 19), "97110", 3, ("GP",)), Svc(D(2026, 1, 21), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 21), "97116", 1, ("GP",)), Svc(D(2026, 1, 23), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 23), "G0283", 1, ("GP",))]),
        ("CALLOWAY, BRIDGET M", "PT00977", "TPA-260119-00832", [negate(orig)]),
        ("CALLOWAY, FINN R", "OT04412", "TPA-260121-00907", [
            Svc(D(2026, 1, 16), "97167", 1, ("GO",)), Svc(D(2026, 1, 16), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 23), "97530", 3, ("GO",)), Svc(D(2026, 1, 23), "97129", 1, ("GO",), denied="PR")]),
    ]
    doc = Doc(612, 792)
    b = Book()
    X = [("DATE OF SVC", 30, "l"), ("PROC CODE", 100, "l"), ("UNITS", 200, "r"), ("CHARGE", 262, "r"),
         ("ALLOWED", 318, "r"), ("DEDUCTIBLE", 380, "r"), ("COINS", 428, "r"), ("PAID", 476, "r"),
         ("PT RESP", 528, "r"), ("RMK", 540, "l")]
    doc.new_page()
    doc.set_font("monoB", 10)
    doc.text(30, 40, "GRANITE STATE BENEFIT ADMINISTRATORS")
    doc.set_font("mono", 7.5)
    doc.text(30, 52, "EXPLANATION OF BENEFITS - PLUMBERS & PIPEFITTERS LOCAL 412 HEALTH PLAN")
    doc.text(30, 64, "EMPLOYEE: CALLOWAY, DEREK J     EMPLOYEE ID: GSB-7781042     DATE: 02/03/2026")
    doc.text(30, 76, "PAYEE: ASHFORD PHYSICAL & OCCUPATIONAL THERAPY")
    doc.line(30, 84, 582, 84, 0.6, dash=True)
    y = 100

    def colhead(y: float) -> float:
        doc.set_font("monoB", 6.8)
        row(doc, X, [c[0] for c in X], y)
        doc.line(30, y + 3, 582, y + 3, 0.5, dash=True)
        doc.set_font("mono", 6.8)
        return y + 12

    for pat, acct, clm, svcs in claims:
        for s in svcs:
            if s.paid or s.billed < 0:
                continue
            commercial(s, st)
            if s.denied:
                s.remarks = ["X4"]
        doc.set_font("monoB", 7.2)
        doc.text(30, y, f"PATIENT: {pat}   CLAIM NO: {clm}   PATIENT ACCT: {acct}")
        y += 12
        y = colhead(y)
        for s in svcs:
            if y > 640:
                doc.text(306, 775, f"PAGE {doc.page}", "c")
                doc.new_page()
                doc.set_font("mono", 6.8)
                y = 40
            rm = ["X7"] if s.billed < 0 else list(s.remarks)
            vals = [dfmt(s.dos, "mdy4"), s.code + "-" + "-".join(s.mods), f"{s.units:.2f}" if s.units > 0 else
                    f"{-s.units:.2f}", money(s.billed, ""), money(s.allowed, ""), money(s.deductible, ""),
                    money(s.coinsurance, ""), money(s.paid, ""), money(s.owes, ""), " ".join(rm)]
            row(doc, X, vals, y)
            doc.text(40, y + 8, s.desc.upper())
            b.lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                      printed=("billed", "allowed", "deductible", "coinsurance", "paid",
                                               "patient_owes"), remarks=rm, overrides={"description": s.desc.upper()}))
            y += 20
        doc.line(30, y - 8, 582, y - 8, 0.4, dash=True)
        doc.set_font("monoB", 6.8)
        row(doc, X, ["CLAIM TOTALS", None, None, money(total(svcs, "billed"), ""), money(total(svcs, "allowed"), ""),
                     money(total(svcs, "deductible"), ""), money(total(svcs, "coinsurance"), ""),
                     money(total(svcs, "paid"), ""), money(total(svcs, "owes"), ""), None], y)
        doc.set_font("mono", 6.8)
        b.claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                                total(svcs, "owes"))})
        y += 26
    legend = [("X4", "SERVICE EXCLUDED BY THE PLAN DOCUMENT; MEMBER RESPONSIBLE."),
              ("X7", "PRIOR PAYMENT REVERSED; CLAIM REPROCESSED UNDER A NEW NUMBER.")]
    doc.set_font("monoB", 7.5)
    doc.text(30, y, "REMARK CODES:")
    doc.set_font("mono", 7.5)
    for i, (c, t) in enumerate(legend, 1):
        doc.text(30, y + 10 * i, f"{c} - {t}")
    doc.text(306, 775, f"PAGE {doc.page}", "c")
    path = out / "s10_tpa_mono_eob.pdf"
    render_fpdf(doc, path)
    write_truth(path, "s10_tpa_mono_eob", "fpdf2", doc.page,
                "Small TPA union-plan EOB, all caps Liberation Mono, dashed rules, codes 97110-GP-59, service wording"
                " on a second text line under each code line, leading-minus reversal, table continued on page 2"
                " WITHOUT a repeated header, REMARK CODES legend.", b.lines, b.claims, legend)


LAYOUTS = [s1, s2, s3, s4, s5, s6, s7, s8, s9, s10]


# ----------------------------------------------------------------------------------------- check

DATE_STYLES = ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")


def _date_forms(iso: str) -> set[str]:
    d = date.fromisoformat(iso)
    forms = {dfmt(d, s) for s in DATE_STYLES}
    forms.add(dfmt(d, "mdy4").replace("/", "-"))
    forms.add(f"{d.month}/{d.day}/{d:%y}")
    return forms


def check(folder: Path) -> list[str]:
    import pypdfium2 as pdfium

    errs: list[str] = []
    for tp in sorted(folder.glob("*.truth.json")):
        t = json.loads(tp.read_text(encoding="utf-8"))
        pdf = pdfium.PdfDocument(str(tp)[: -len(".truth.json")])
        pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
        name = t["layout"]
        if len(pages) != t["pages"]:
            errs.append(f"{name}: {len(pages)} pages, truth says {t['pages']}")
        norm = [p.replace("$", "").replace(",", "") for p in pages]
        alltext = "\n".join(pages)
        for i, ln in enumerate(t["lines"]):
            pg, raw = norm[ln["page"] - 1], pages[ln["page"] - 1]
            where = f"{name} line {i + 1}"

            def need(v: str, txt: str = pg, what: str = "", where: str = where) -> None:
                if v not in txt:
                    errs.append(f"{where}: {what} {v!r} not on its page")
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None:
                    need(ln[k].lstrip("-"), what=k)
            need(ln["code"], what="code")
            for m in ln["modifiers"]:
                need(m, what="modifier")
            if ln["units"] is not None:
                need(ln["units"], what="units")
            for r in ln["remarks"]:
                need(r, raw, "remark")
            for g, c, a in ln["adjustments"]:
                need(c, raw, "adjustment reason")
                if a is not None:
                    need(a.lstrip("-"), what="adjustment amount")
            for k in ("service_date", "service_end"):
                if ln[k] and not any(f in raw for f in _date_forms(ln[k])):
                    errs.append(f"{where}: {k} {ln[k]} not on its page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in alltext:
                    errs.append(f"{where}: {k} {ln[k]!r} not in the document")
            # arithmetic
            d = {k: Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                               "coinsurance", "not_covered", "discount") if ln[k] is not None}
            other = sum((Decimal(a) for g, c, a in ln["adjustments"] if a and (g, c) in (("CO", "253"), ("OA", "23"))),
                        ZERO)
            if "discount" in d and "billed" in d and "allowed" in d:
                if d["billed"] - d["discount"] - d.get("not_covered", ZERO) != d["allowed"]:
                    errs.append(f"{where}: billed - discount - not covered != allowed")
            if "allowed" in d and "paid" in d and any(k in d for k in ("deductible", "copay", "coinsurance")):
                share = d.get("deductible", ZERO) + d.get("copay", ZERO) + d.get("coinsurance", ZERO)
                if d["allowed"] - share - other != d["paid"]:
                    errs.append(f"{where}: allowed - patient share != paid")
            if ln["adjustments"] and all(a is not None for _, _, a in ln["adjustments"]) and "billed" in d:
                if d["billed"] - sum(Decimal(a) for _, _, a in ln["adjustments"]) != d["paid"]:
                    errs.append(f"{where}: billed - adjustments != paid")
            denied_unlisted = "not_covered" not in d and d.get("allowed") == ZERO
            if "patient_owes" in d and any(k in d for k in ("deductible", "copay", "coinsurance")) \
                    and not denied_unlisted:
                parts = sum((d.get(k, ZERO) for k in ("deductible", "copay", "coinsurance", "not_covered")), ZERO)
                if parts != d["patient_owes"]:
                    errs.append(f"{where}: patient owes != its parts")
        planted = " ".join(t["expected_findings"])
        found_mismatch: set[str] = set()
        for c in t["claims"]:
            ls = [ln for ln in t["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                  and ln["claim_id"] == c["claim_id"]]
            if not ls:
                errs.append(f"{name}: claim {c['payer_claim_id']} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = amt(sum((Decimal(ln[k]) for ln in ls if ln[k] is not None), ZERO))
                if s != v:
                    found_mismatch.add(c["payer_claim_id"])
                    if c["payer_claim_id"] not in planted:
                        errs.append(f"{name}: claim {c['payer_claim_id']} total {k} {v} vs lines {s} (unplanned)")
                if v.lstrip("-") not in "\n".join(norm):
                    errs.append(f"{name}: claim total {k} {v} not printed")
        for c in t["claims"]:
            if c["payer_claim_id"] and c["payer_claim_id"] in planted and c["payer_claim_id"] not in found_mismatch:
                errs.append(f"{name}: planted mismatch on {c['payer_claim_id']} is not a mismatch")
        for code, _ in t["legend"]:
            if code not in alltext:
                errs.append(f"{name}: legend code {code} not printed")
    return errs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", nargs="?", help="output folder (default: a new temp folder)")
    ap.add_argument("--check", action="store_true", help="self-check the written files")
    a = ap.parse_args(argv)
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout7_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/: held-out PDFs must stay out of the repo's samples", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for f in LAYOUTS:
        f(out)
    print(out)
    if a.check:
        errs = check(out)
        for e in errs:
            print("CHECK:", e)
        n = len(list(out.glob("*.truth.json")))
        lines = sum(len(json.loads(p.read_text())["lines"]) for p in out.glob("*.truth.json"))
        print(f"check: {n} layouts, {lines} lines, {len(errs)} problems")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
