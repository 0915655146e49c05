"""Write the EIGHTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on document kinds nobody developing it has seen. (bench/heldout/ .. heldout7/
came earlier and may have been looked at while the reader was developed.)

Run:  python bench/heldout8/make_heldout8_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout8/make_heldout8_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print; claim_id = the provider's own account / visit / patient-control number, payer_claim_id = the
payer's claim number / ICN / reference, patient exactly as printed (the person who got the service).
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness). Fonts: Liberation /
DejaVu TrueType when installed, else the PDF core fonts.

Layouts (everyday kinds not in the dev samples nor in the seven earlier held-out sets):
  u1  regional HMO member "Statement of Benefits", portrait, serif font, two-column key/value claim header,
      separate Mod column, "Billed Charges / Amount Not Allowed / Eligible Amount / Copayment / ... / Patient
      Responsibility / Reason Code", dates 01/05/2026, plain 1,234.50 money, per-visit copay, a provider-
      liability denial, third claim on page 2 under its own header, payer reason-code legend (reportlab)
  u2  state Medicaid recipient "Explanation of Medicaid Benefits" (the fraud-check notice sent to members):
      ICN on every row, provider column, no modifiers, dates 1/5/26, "$" money, a $3.00 office-visit copay,
      a denied line with status Denied, two children (fpdf2, core Helvetica)
  u3  commercial provider remittance advice, landscape, small Helvetica: bold claim line with status code,
      LN / FROM / THRU / PROC / MOD ("GO 59") / UNITS "3.0", adjustments as "CO 45 54.15" stacked under the row,
      a reversal (status 22) with leading-minus amounts and its correction, header repeated on page 2 with
      "PAGE 2 OF 2", remark legend (reportlab)
  u4  therapy clinic "ERA posting batch report" from practice-management software, landscape: patient heading
      rows, Visit # and payer ICN columns, modifiers "GO,59", adjustment codes without amounts ("CO-45, PR-3"),
      visit total rows, batch total (fpdf2, Liberation Sans)
  u5  national-carrier member EOB, DejaVu Sans: "Amount billed / Your plan's discount / Amount not covered /
      Amount your plan paid / Deductible / Copay / Coinsurance / Total you owe", glued codes "97530GO", dates
      "Jan 05, 2026", a corrected claim with "-$160.00", table continued on page 2 under a repeated header and a
      "(continued)" claim line after a year-to-date panel, numbered remarks legend (reportlab)
  u6  TPA mainframe "PAYMENT REGISTER" in Courier, landscape, fixed-width columns, PROC-MOD "97110-GP-59",
      credits printed "285.00CR", payer reason codes (RSN) and legend, page and column headers repeated on
      pages 2 and 3 (fpdf2, core Courier)
  u7  self-funded plan TPA member EOB: "Charges / PPO Savings / Ineligible / Considered / Deductible / Copay /
      Coins % / Coinsurance / Benefit Paid / Remarks", patient in capitals, dates 1/5/2026, a member-liability
      ineligible line; PLANTED claim-total mismatch (reportlab, Helvetica)
  u8  Medicaid managed-care provider portal "Claims Payment Detail" print: claim row with the claim's totals
      printed ABOVE its line rows, Mod column, units "1.00", "Reason" + "Adj Amt" columns, statuses Paid /
      Denied / Partial (fpdf2, DejaVu Sans Condensed)
  u9  orthotics & hand-therapy clinic commercial "Explanation of Payment", landscape: grey claim band,
      "Billed / Disallowed / Allowed / Ded / Coins / Paid", modifiers "RT NU", L-codes, G0283, a bundled CO-97
      line, dates 01/05/26, a payment-summary box at the foot of page 1, the table runs on to page 2 WITHOUT a
      repeated header (reportlab, Liberation Sans)
  u10 employer plan member EOB with a spanning "YOUR SHARE" group header over Deductible / Copay / Coinsurance /
      Not covered, From and To in two columns, Qty column, office visit with copay, notes legend (fpdf2,
      Liberation Sans)

The self-check (--check) tests the factory, not the reader: every truth amount, code, modifier, units value,
remark, adjustment code and date is in its page's text layer, ids and patients in the document's, the page
count matches, and the documents' own arithmetic holds (billed - discount - not covered = allowed where those
are printed; allowed - deductible - copay - coinsurance = paid where printed; billed - adjustments = paid where
every adjustment amount is printed; claim totals = sum of lines unless the mismatch is a planted expected
finding, and the planted one really is).
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
    FIXED_WHEN,
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
    units_str,
    write_truth,
)

D = date
FONT_DIRS = ("/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/liberation2",
             "/usr/share/fonts/truetype/dejavu")
TTF = {
    "libsans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "libserif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    "dejavu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "dejavucond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
}
CORE_RL = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
           "courier": ("Courier", "Courier-Bold")}
CORE_FP = {"helv": "helvetica", "times": "times", "courier": "courier"}
FALLBACK = {"libsans": "helv", "libserif": "times", "dejavu": "helv", "dejavucond": "helv"}


def _font_file(name: str) -> Path | None:
    for d in FONT_DIRS:
        p = Path(d) / name
        if p.exists():
            return p
    return None


def _ttf_pair(key: str) -> tuple[Path, Path] | None:
    if key not in TTF:
        return None
    reg, bold = (_font_file(n) for n in TTF[key])
    return (reg, bold) if reg and bold else None


# --------------------------------------------------------------------------------------- drawing layer

class Doc:
    """A tiny drawing surface over reportlab or fpdf2; coordinates in points from the TOP-left corner,
    y is the text baseline."""

    def __init__(self, path: Path, producer: str, font: str = "helv", landscape: bool = False) -> None:
        self.path, self.producer = path, producer
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 1
        self.footer = None
        pair = _ttf_pair(font)
        if pair is None and font in FALLBACK:
            font = FALLBACK[font]
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas

            self._metrics = pdfmetrics
            if pair:
                pdfmetrics.registerFont(TTFont(f"{font}-R", str(pair[0])))
                pdfmetrics.registerFont(TTFont(f"{font}-B", str(pair[1])))
                self.fonts = (f"{font}-R", f"{font}-B")
            else:
                self.fonts = CORE_RL[font]
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(path.stem)
        else:
            from fpdf import FPDF

            self.pdf = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.pdf.set_creation_date(FIXED_WHEN)
            self.pdf.set_auto_page_break(False)
            self.pdf.set_title(path.stem)
            if pair:
                self.pdf.add_font(font, "", str(pair[0]))
                self.pdf.add_font(font, "B", str(pair[1]))
                self.fam = font
            else:
                self.fam = CORE_FP[font]
            self.pdf.add_page()

    def width(self, s: str, size: float, bold: bool = False) -> float:
        if self.producer == "reportlab":
            return self._metrics.stringWidth(s, self.fonts[bold], size)
        self.pdf.set_font(self.fam, "B" if bold else "", size)
        return self.pdf.get_string_width(s)

    def text(self, x: float, y: float, s: str, size: float = 8, bold: bool = False, align: str = "l") -> None:
        if not s:
            return
        w = self.width(s, size, bold)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFont(self.fonts[bold], size)
            self.c.drawString(x, self.H - y, s)
        else:
            self.pdf.set_font(self.fam, "B" if bold else "", size)
            self.pdf.text(x, y, s)

    def hline(self, x1: float, x2: float, y: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y, x2, self.H - y)
        else:
            self.pdf.set_line_width(w)
            self.pdf.line(x1, y, x2, y)

    def box(self, x: float, y: float, w: float, h: float, gray: float | None = 0.9, stroke: bool = False) -> None:
        """A rectangle with its top-left corner at (x, y); filled light grey unless gray is None."""
        if self.producer == "reportlab":
            if gray is not None:
                self.c.setFillGray(gray)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=0 if gray is None else 1)
            self.c.setFillGray(0)
        else:
            style = ("DF" if stroke else "F") if gray is not None else "D"
            if gray is not None:
                self.pdf.set_fill_color(int(gray * 255))
            self.pdf.rect(x, y, w, h, style=style)

    def newpage(self) -> None:
        if self.footer:
            self.footer(self)
        if self.producer == "reportlab":
            self.c.showPage()
        else:
            self.pdf.add_page()
        self.page += 1

    def save(self) -> int:
        if self.footer:
            self.footer(self)
        if self.producer == "reportlab":
            self.c.save()
        else:
            self.pdf.output(str(self.path))
        return self.page


Col = tuple[str, float, str]  # label (may hold "\n"), width, align l / r / c


def header(doc: Doc, x0: float, y: float, cols: list[Col], size: float, lead: float | None = None,
           bold: bool = True) -> float:
    """Column labels, bottom-aligned; returns the baseline of the last label line."""
    lead = lead or size + 1.5
    n = max(len(c[0].split("\n")) for c in cols)
    x = x0
    for label, w, al in cols:
        parts = label.split("\n")
        for i, part in enumerate(parts):
            yy = y + (n - len(parts) + i) * lead
            cell(doc, x, w, yy, part, al, size, bold)
        x += w
    return y + (n - 1) * lead


def cell(doc: Doc, x: float, w: float, y: float, s: str, al: str, size: float, bold: bool = False) -> None:
    if al == "r":
        doc.text(x + w - 2, y, s, size, bold, "r")
    elif al == "c":
        doc.text(x + w / 2, y, s, size, bold, "c")
    else:
        doc.text(x + 2, y, s, size, bold)


def row(doc: Doc, x0: float, y: float, cols: list[Col], vals: list[str], size: float, bold: bool = False) -> None:
    x = x0
    for (_, w, al), v in zip(cols, vals, strict=True):
        cell(doc, x, w, y, v, al, size, bold)
        x += w


def span(cols: list[Col]) -> float:
    return sum(c[1] for c in cols)


# --------------------------------------------------------------------------------------- value helpers

def short(text: str, n: int) -> str:
    """Cut a description to n characters at a word boundary, as a narrow printed column does."""
    if len(text) <= n:
        return text
    return text[:n].rsplit(" ", 1)[0].rstrip(",/")


def mdy2n(d: date) -> str:  # 1/5/26
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def mon0(d: date) -> str:  # Jan 05, 2026
    return d.strftime("%b %d, %Y")


def cr(d: Decimal) -> str:  # 285.00CR for a credit
    return f"{abs(q(d)):.2f}" + ("CR" if d < 0 else "")


def plain(d: Decimal) -> str:
    return money(d, ",")


def adj_amounts(s: Svc) -> list:
    return [[g, c, a] for g, c, a in s.adjs]


def adj_codes(s: Svc) -> list:
    return [[g, c, None] for g, c, _ in s.adjs]


def svc(dos: date, code: str, units: float | str, mods: tuple[str, ...] = (), **kw) -> Svc:
    return Svc(dos, code, Decimal(str(units)), mods, **kw)


# ============================================================================================ layouts

def u1_hmo_statement(out: Path) -> None:
    """Regional HMO member Statement of Benefits (reportlab, serif)."""
    name = "u1_hmo_statement_of_benefits"
    doc = Doc(out / f"{name}.pdf", "reportlab", "libserif")
    pages = 2
    doc.footer = lambda d: d.text(d.W / 2, d.H - 24, f"Page {d.page} of {pages}", 7, align="c")
    st = PlanState(ded_left=Decimal("40.00"), visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.78"))
    claims = [
        dict(patient="Amara Okafor", rel="Daughter", pcid="NCH26-0108-44127", cid="BPT-7731",
             prov="Brightpath Pediatric Therapy", recv="01/08/2026", proc="01/19/2026",
             svcs=[svc(D(2026, 1, 5), "97165", 1, ("GO",)), svc(D(2026, 1, 5), "97530", 2, ("GO",))]),
        dict(patient="Amara Okafor", rel="Daughter", pcid="NCH26-0115-50311", cid="BPT-7790",
             prov="Brightpath Pediatric Therapy", recv="01/15/2026", proc="01/22/2026",
             svcs=[svc(D(2026, 1, 12), "97530", 3, ("GO",)), svc(D(2026, 1, 12), "97535", 1, ("GO",)),
                   svc(D(2026, 1, 12), "97110", 1, ("GO", "59"))]),
        dict(patient="Tobias Okafor", rel="Son", pcid="NCH26-0113-47902", cid="LPT-000418",
             prov="Lakeshore Physical Therapy", recv="01/13/2026", proc="01/23/2026",
             svcs=[svc(D(2026, 1, 9), "97161", 1, ("GP",)), svc(D(2026, 1, 9), "97110", 2, ("GP",)),
                   svc(D(2026, 1, 9), "97140", 1, ("GP",), denied="CO")]),
    ]
    reasons = {"P10": "Amount above the plan's contracted rate. You do not owe this amount.",
               "P22": "Your office-visit copayment for this date of service.",
               "D41": "Provider did not get the required prior approval. The provider may not bill you."}
    for c in claims:
        for s in c["svcs"]:
            commercial(s, st)
            s.remarks = ["D41"] if s.denied else (["P10", "P22"] if s.copay else ["P10"])
    cols: list[Col] = [("Date of\nService", 44, "l"), ("Service Description", 92, "l"), ("Procedure", 38, "l"),
                       ("Mod", 22, "l"), ("Units", 22, "r"), ("Billed\nCharges", 38, "r"),
                       ("Amount\nNot\nAllowed", 36, "r"), ("Eligible\nAmount", 36, "r"), ("Copay-\nment", 32, "r"),
                       ("Deduct-\nible", 32, "r"), ("Coin-\nsurance", 34, "r"), ("Plan\nPayment", 38, "r"),
                       ("Patient\nRespon-\nsibility", 38, "r"), ("Reason\nCode", 32, "l")]
    x0 = 28
    lines, tclaims = [], []
    y = 40
    doc.text(x0, y, "NORTHGATE COMMUNITY HEALTH PLAN", 13, True)
    doc.text(doc.W - 28, y, "STATEMENT OF BENEFITS", 12, True, "r")
    y += 14
    doc.text(x0, y, "PO Box 4410, Millbrook, MN 55990   Member Services 1-800-555-0143", 8)
    doc.text(doc.W - 28, y, "THIS IS NOT A BILL", 9, True, "r")
    y += 22
    for k, v in (("Subscriber:", "Daniel Okafor"), ("Member ID:", "NGH 40211873-01"), ("Group:", "HMO 7702 - Riverbend Schools"),
                 ("Statement Date:", "01/26/2026")):
        doc.text(x0, y, k, 8, True)
        doc.text(x0 + 70, y, v, 8)
        y += 11
    y += 8
    for i, c in enumerate(claims):
        if i == 2:
            doc.newpage()
            y = 40
            doc.text(x0, y, "Statement of Benefits (continued)   Subscriber: Daniel Okafor   Member ID: NGH 40211873-01", 8)
            y += 18
        doc.hline(x0, x0 + span(cols), y - 9, 1)
        left = [("Patient:", c["patient"]), ("Relationship:", c["rel"]), ("Provider:", c["prov"])]
        right = [("Claim Number:", c["pcid"]), ("Provider's Patient No.:", c["cid"]),
                 ("Received / Processed:", f'{c["recv"]} / {c["proc"]}')]
        for (k1, v1), (k2, v2) in zip(left, right, strict=True):
            doc.text(x0, y, k1, 8, True)
            doc.text(x0 + 62, y, v1, 8)
            doc.text(x0 + 300, y, k2, 8, True)
            doc.text(x0 + 400, y, v2, 8)
            y += 11
        y += 6
        y = header(doc, x0, y, cols, 6.5)
        doc.hline(x0, x0 + span(cols), y + 3)
        y += 12
        for s in c["svcs"]:
            notallowed = s.billed if s.denied else s.discount
            row(doc, x0, y, cols, [dfmt(s.dos, "mdy4"), short(s.desc, 24), s.code,
                                   " ".join(s.mods), units_str(s.units), plain(s.billed), plain(notallowed),
                                   plain(s.allowed), plain(s.copay), plain(s.deductible), plain(s.coinsurance),
                                   plain(s.paid), plain(s.owes), " ".join(s.remarks)], 6.5)
            lines.append(truth_line(doc.page, s, claim_id=c["cid"], payer_claim_id=c["pcid"], patient=c["patient"],
                                    printed=("billed", "discount", "allowed", "copay", "deductible", "coinsurance",
                                             "paid", "patient_owes"), remarks=s.remarks,
                                    overrides={"discount": str(notallowed),
                                               "description": short(s.desc, 24)}))
            y += 11
        sv = c["svcs"]
        doc.hline(x0 + 196, x0 + span(cols), y - 8)
        na = total(sv, "discount") + sum((s.billed for s in sv if s.denied), ZERO)
        row(doc, x0, y, cols, ["", "Claim Totals", "", "", "", plain(total(sv, "billed")), plain(na),
                               plain(total(sv, "allowed")), plain(total(sv, "copay")), plain(total(sv, "deductible")),
                               plain(total(sv, "coinsurance")), plain(total(sv, "paid")), plain(total(sv, "owes")), ""],
            6.5, True)
        tclaims.append({"claim_id": c["cid"], "payer_claim_id": c["pcid"], "patient": c["patient"],
                        "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                               total(sv, "owes"))})
        y += 26
    doc.text(x0, y, "REASON CODE DESCRIPTIONS", 9, True)
    y += 13
    for k, v in reasons.items():
        doc.text(x0, y, k, 8, True)
        doc.text(x0 + 30, y, v, 8)
        y += 11
    n = doc.save()
    write_truth(doc.path, name, "reportlab", n,
                "Regional HMO member Statement of Benefits, portrait, Liberation Serif: two-column key/value claim "
                "header (patient, relationship, provider / claim number, provider's patient no., received / "
                "processed), 14 columns with labels over 1-3 lines, separate Mod column, dates 01/05/2026, plain "
                "1,234.50 money, per-visit copay, a provider-liability denial (Amount Not Allowed = billed), claim "
                "3 on page 2 under its own header, payer reason-code legend.",
                lines, tclaims, list(reasons.items()))


def u2_medicaid_eomb(out: Path) -> None:
    """Recipient-facing Explanation of Medicaid Benefits (fpdf2, core Helvetica)."""
    name = "u2_medicaid_recipient_eomb"
    doc = Doc(out / f"{name}.pdf", "fpdf2", "helv")
    kids = [
        ("JAYDEN M PRUITT", "708812345", [
            ("2026005118802", "Sunny Hill Speech Clinic",
             [svc(D(2026, 1, 5), "92523", 1, ("GN",)), svc(D(2026, 1, 5), "92507", 1, ("GN",))]),
            ("2026012204417", "Sunny Hill Speech Clinic", [svc(D(2026, 1, 12), "92507", 1, ("GN",))]),
        ]),
        ("KAYLEE R PRUITT", "708812346", [
            ("2026009931150", "Prairie View Family Medicine", [svc(D(2026, 1, 7), "99213", 1)]),
            ("2026016650093", "Westgate Rehab Services",
             [svc(D(2026, 1, 14), "97110", 2, ("GP",)), svc(D(2026, 1, 14), "G0283", 1, ("GP",), denied="CO")]),
        ]),
    ]
    for _, _, cl in kids:
        for _, _, sv in cl:
            for s in sv:
                medicaid(s)
                if s.code == "99213":
                    s.copay = Decimal("3.00")
                    s.paid -= s.copay
                    s.owes = s.copay
                    s.adjs.append(("PR", "3", s.copay))
    x0 = 36
    cols: list[Col] = [("Claim Number (ICN)", 82, "l"), ("Date of\nService", 46, "l"), ("Provider", 118, "l"),
                       ("Service\nCode", 40, "l"), ("Units", 28, "r"), ("Amount\nBilled", 52, "r"),
                       ("Amount\nMedicaid Paid", 62, "r"), ("Your\nCopay", 40, "r"), ("Status", 52, "l")]
    y = 44
    doc.text(x0, y, "Department of Health Care Services - Medical Assistance Program", 12, True)
    y += 16
    doc.text(x0, y, "EXPLANATION OF MEDICAID BENEFITS", 11, True)
    y += 14
    for t in ("This is not a bill. Medicaid paid the providers below for services billed under your household's",
              "Medicaid numbers. Please check each service. If you or your child did not get a service listed,",
              "call the Program Integrity line at 1-877-555-0190. Notice date: January 28, 2026."):
        doc.text(x0, y, t, 8.5)
        y += 11
    y += 6
    doc.text(x0, y, "Head of household: TERESA PRUITT        Case number: 55-0092231", 8.5, True)
    y += 20
    lines, tclaims = [], []
    for kid, mid, cl in kids:
        doc.box(x0, y - 10, span(cols), 14, 0.88)
        doc.text(x0 + 3, y, f"Recipient: {kid}", 9, True)
        doc.text(x0 + 260, y, f"Medicaid ID: {mid}", 9, True)
        y += 18
        y = header(doc, x0, y, cols, 7.5)
        doc.hline(x0, x0 + span(cols), y + 3)
        y += 13
        kid_paid = ZERO
        for icn, prov, sv in cl:
            for s in sv:
                status = "Denied" if s.denied else "Paid"
                row(doc, x0, y, cols, [icn, mdy2n(s.dos), prov, s.code, units_str(s.units), money(s.billed),
                                       money(s.paid), money(s.copay), status], 7.5)
                lines.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=icn, patient=kid,
                                        printed=("billed", "paid", "copay"), modifiers=False, description=False))
                kid_paid += s.paid
                y += 12
            tclaims.append({"claim_id": None, "payer_claim_id": icn, "patient": kid, "totals": claim_totals()})
        doc.hline(x0, x0 + span(cols), y - 8)
        doc.text(x0 + span(cols) - 94, y + 2, f"Total Medicaid paid for {kid.split()[0].title()}: {money(kid_paid)}",
                 8, True, "r")
        y += 28
    doc.text(x0, y, "Status: Paid = Medicaid paid the provider. Denied = Medicaid did not pay; the provider may not "
             "bill you for it.", 8)
    y += 11
    doc.text(x0, y, "A copay is the small amount Medicaid members pay for some visits.", 8)
    doc.text(doc.W / 2, doc.H - 24, "Page 1 of 1", 7, align="c")
    n = doc.save()
    write_truth(doc.path, name, "fpdf2", n,
                "State Medicaid recipient 'Explanation of Medicaid Benefits' (the notice asking members to confirm "
                "services), portrait, core Helvetica: household and recipient bands, the ICN on every row, provider "
                "column, no modifiers and no descriptions printed, dates 1/5/26, '$' money, a $3.00 copay on an office "
                "visit, a denied line, per-recipient paid total (not a claim total).",
                lines, tclaims, [])


def u3_provider_ra(out: Path) -> None:
    """Commercial provider remittance advice, landscape (reportlab)."""
    name = "u3_commercial_provider_ra"
    doc = Doc(out / f"{name}.pdf", "reportlab", "helv", landscape=True)
    pages = 2
    doc.footer = lambda d: d.text(d.W - 30, 30, f"PAGE {d.page} OF {pages}", 7, align="r")
    st = PlanState(ded_left=Decimal("0"), allowed_rate=Decimal("0.81"))
    st2 = PlanState(ded_left=Decimal("60.00"), allowed_rate=Decimal("0.81"))
    c1 = [svc(D(2026, 1, 6), "97530", 3, ("GO", "59")), svc(D(2026, 1, 6), "97112", 1, ("GO",)),
          svc(D(2026, 1, 8), "97530", 2, ("GO",))]
    c2 = [svc(D(2026, 1, 7), "97163", 1, ("GP",)), svc(D(2026, 1, 7), "97116", 2, ("GP",))]
    orig = [svc(D(2025, 12, 15), "97530", 3, ("GO",))]
    for s in c1:
        commercial(s, st)
    for s in c2:
        commercial(s, st2)
    for s in orig:
        commercial(s, PlanState())
    rev = [negate(s) for s in orig]
    corr = [svc(D(2025, 12, 15), "97530", 3, ("GO",)), svc(D(2025, 12, 15), "97535", 1, ("GO",), denied="CO")]
    for s in corr:
        commercial(s, PlanState(), deny_reason="97")
    c1[1].remarks = ["N640"]
    rev[0].remarks = ["MA67"]
    corr[1].remarks = ["N20"]
    claims = [
        dict(p="HOLLOWAY, JUNE", a="SRT-20931", c="2601538820117", m="XKC44120981", st="1 - PROCESSED AS PRIMARY", sv=c1),
        dict(p="MARSH, ELIJAH", a="SRT-20947", c="2601538820244", m="XKC50311274", st="1 - PROCESSED AS PRIMARY", sv=c2),
        dict(p="NGUYEN-BAPTISTE, CORA", a="SRT-19877", c="2512946601055", m="XKC38820016",
             st="22 - REVERSAL OF PREVIOUS PAYMENT", sv=rev),
        dict(p="NGUYEN-BAPTISTE, CORA", a="SRT-19877", c="2601538820391", m="XKC38820016", st="1 - PROCESSED AS PRIMARY",
             sv=corr),
    ]
    legend = [("N640", "Exceeds the number of units the plan allows per day for this service."),
              ("MA67", "Correction to a prior claim; the earlier payment is taken back."),
              ("N20", "Service not paid separately: it is included in another service on this claim.")]
    cols: list[Col] = [("LN", 18, "l"), ("FROM", 40, "l"), ("THRU", 40, "l"), ("PROC", 34, "l"), ("MOD", 36, "l"),
                       ("UNITS", 28, "r"), ("BILLED", 50, "r"), ("ALLOWED", 50, "r"), ("DEDUCT", 44, "r"),
                       ("COINS", 44, "r"), ("COPAY", 40, "r"), ("ADJ CODES", 80, "l"), ("PAID", 50, "r"),
                       ("PAT RESP", 46, "r"), ("RMK", 36, "l")]
    x0 = 30

    def top(d: Doc) -> float:
        y = 36
        d.text(x0, y, "CASCADE MUTUAL HEALTH", 11, True)
        d.text(d.W / 2, y, "PROVIDER REMITTANCE ADVICE", 11, True, "c")
        y += 12
        d.text(x0, y, "PAYEE: SUMMIT RIDGE THERAPY GROUP   NPI 1467720391   TAX ID XX-XXX4418", 7)
        d.text(d.W - 30, y, "EFT TRACE 800144592   PAYMENT DATE 01/23/2026", 7, align="r")
        y += 20
        y = header(d, x0, y, cols, 6.5)
        d.hline(x0, x0 + span(cols), y + 3, 0.8)
        return y + 16

    y = top(doc)
    lines, tclaims = [], []
    for i, c in enumerate(claims):
        if i == 2:
            doc.newpage()
            y = top(doc)
        doc.text(x0, y, f'PATIENT: {c["p"]}   PAT ACCT #: {c["a"]}   CLAIM #: {c["c"]}   MEMBER ID: {c["m"]}   '
                 f'STATUS: {c["st"]}', 7, True)
        y += 11
        for ln, s in enumerate(c["sv"], 1):
            first = s.adjs[0] if s.adjs else None
            adjtxt = [f"{g} {rc} {a:.2f}" for g, rc, a in s.adjs]
            row(doc, x0, y, cols, [str(ln), dfmt(s.dos, "mdy2"), dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods),
                                   f"{s.units:.1f}", money(s.billed, ""), money(s.allowed, ""),
                                   money(s.deductible, ""), money(s.coinsurance, ""), money(s.copay, ""),
                                   adjtxt[0] if first else "", money(s.paid, ""), money(s.owes, ""),
                                   " ".join(s.remarks)], 7)
            for extra in adjtxt[1:]:
                y += 9
                cell(doc, x0 + span(cols[:11]), 80, y, extra, "l", 7)
            lines.append(truth_line(doc.page, s, claim_id=c["a"], payer_claim_id=c["c"], patient=c["p"],
                                    printed=("billed", "allowed", "deductible", "coinsurance", "copay", "paid",
                                             "patient_owes"), service_end=s.dos, adjustments=adj_amounts(s),
                                    remarks=s.remarks, description=False))
            y += 11
        sv = c["sv"]
        row(doc, x0, y, cols, ["", "CLAIM TOTAL", "", "", "", "", money(total(sv, "billed"), ""),
                               money(total(sv, "allowed"), ""), money(total(sv, "deductible"), ""),
                               money(total(sv, "coinsurance"), ""), money(total(sv, "copay"), ""), "",
                               money(total(sv, "paid"), ""), money(total(sv, "owes"), ""), ""], 7, True)
        tclaims.append({"claim_id": c["a"], "payer_claim_id": c["c"], "patient": c["p"],
                        "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                               total(sv, "owes"))})
        doc.hline(x0, x0 + span(cols), y + 5, 0.3)
        y += 20
    allsv = [s for c in claims for s in c["sv"]]
    doc.text(x0, y, f"PROVIDER TOTALS   CLAIMS: {len(claims)}   BILLED: {money(total(allsv, 'billed'), '')}   "
             f"PAID: {money(total(allsv, 'paid'), '')}   CHECK/EFT AMOUNT: {money(total(allsv, 'paid'), '')}", 7.5, True)
    y += 22
    doc.text(x0, y, "REMARK CODE DESCRIPTIONS", 8, True)
    for code, t in legend:
        y += 10
        doc.text(x0, y, code, 7, True)
        doc.text(x0 + 34, y, t, 7)
    n = doc.save()
    write_truth(doc.path, name, "reportlab", n,
                "Commercial provider remittance advice, landscape, Helvetica 7: bold claim line (patient, pat acct #, "
                "claim #, member id, status code), LN / FROM / THRU / PROC / MOD ('GO 59' in one cell) / UNITS '3.0', "
                "adjustments 'CO 45 54.15' with further ones stacked under the row, a reversal (status 22) with "
                "leading-minus amounts and its correction with a CO-97 line, header repeated on page 2, 'PAGE 2 OF 2', "
                "provider totals, remark legend.",
                lines, tclaims, legend)


def u4_posting_report(out: Path) -> None:
    """Therapy clinic ERA posting batch report (fpdf2, Liberation Sans, landscape)."""
    name = "u4_clinic_era_posting_batch"
    doc = Doc(out / f"{name}.pdf", "fpdf2", "libsans", landscape=True)
    st = {k: PlanState(ded_left=Decimal(d), copay_codes={"97530": Decimal("20.00"), "97110": Decimal("20.00")},
                       allowed_rate=Decimal("0.76")) for k, d in (("a", "0"), ("b", "35.00"), ("c", "0"))}
    pts = [
        ("Ruiz, Camila", "10442", "a", [
            ("V-26-00871", "KV2601130005521", [svc(D(2026, 1, 6), "97530", 2, ("GO", "59")),
                                                svc(D(2026, 1, 6), "97535", 1, ("GO",))]),
            ("V-26-00934", "KV2601160009140", [svc(D(2026, 1, 13), "97530", 3, ("GO",))]),
        ]),
        ("Abernathy-Cole, Miles", "10517", "b", [
            ("V-26-00902", "KV2601140007733", [svc(D(2026, 1, 9), "97110", 2, ("GP",)),
                                                svc(D(2026, 1, 9), "97140", 1, ("GP", "59")),
                                                svc(D(2026, 1, 9), "G0283", 1, ("GP",))]),
        ]),
        ("Sato, Hana", "10603", "c", [
            ("V-26-00955", "KV2601200011029", [svc(D(2026, 1, 15), "92526", 1, ("GN",)),
                                                svc(D(2026, 1, 15), "92507", 1, ("GN",))]),
        ]),
    ]
    for _, _, k, visits in pts:
        for _, _, sv in visits:
            for s in sv:
                commercial(s, st[k])
    cols: list[Col] = [("Visit #", 62, "l"), ("DOS", 56, "l"), ("CPT", 38, "l"), ("Modifiers", 50, "l"),
                       ("Units", 30, "r"), ("Charge", 56, "r"), ("Allowed", 56, "r"), ("Ins Paid", 56, "r"),
                       ("Pt Resp", 52, "r"), ("Adj Codes", 100, "l"), ("Payer ICN", 90, "l")]
    x0 = 40
    y = 40
    doc.text(x0, y, "Oakfield Kids Therapy - ERA Posting Batch Report", 13, True)
    y += 15
    doc.text(x0, y, "Batch 4471   Payer: Keystone Valley Health   EFT 88201455   Deposit 01/27/2026   Posted by: mlopez",
             8.5)
    y += 22
    y = header(doc, x0, y, cols, 8)
    doc.hline(x0, x0 + span(cols), y + 4, 0.8)
    y += 18
    lines, tclaims = [], []
    allsv = []
    for pname, acct, _, visits in pts:
        doc.text(x0, y, f"{pname}   (Acct {acct})", 8.5, True)
        y += 13
        for vno, icn, sv in visits:
            for s in sv:
                row(doc, x0, y, cols, [vno, dfmt(s.dos, "mdy4"), s.code, ",".join(s.mods), units_str(s.units),
                                       money(s.billed), money(s.allowed), money(s.paid), money(s.owes),
                                       ", ".join(f"{g}-{c}" for g, c, _ in s.adjs), icn], 8)
                lines.append(truth_line(doc.page, s, claim_id=vno, payer_claim_id=icn, patient=pname,
                                        printed=("billed", "allowed", "paid", "patient_owes"),
                                        adjustments=adj_codes(s), description=False))
                y += 12
            row(doc, x0, y, cols, ["", "Visit total", "", "", "", money(total(sv, "billed")),
                                   money(total(sv, "allowed")), money(total(sv, "paid")), money(total(sv, "owes")),
                                   "", ""], 8, True)
            tclaims.append({"claim_id": vno, "payer_claim_id": icn, "patient": pname,
                            "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                                   total(sv, "owes"))})
            allsv += sv
            y += 16
    doc.hline(x0, x0 + span(cols), y - 8, 0.8)
    row(doc, x0, y + 2, cols, ["Batch total", "", "", "", "", money(total(allsv, "billed")),
                               money(total(allsv, "allowed")), money(total(allsv, "paid")),
                               money(total(allsv, "owes")), "", ""], 8, True)
    doc.text(x0, doc.H - 26, "Printed 01/27/2026 4:12 PM", 7)
    doc.text(doc.W - 40, doc.H - 26, "Page 1", 7, align="r")
    n = doc.save()
    write_truth(doc.path, name, "fpdf2", n,
                "Therapy clinic 'ERA Posting Batch Report' printed from practice-management software, landscape, "
                "Liberation Sans: patient heading rows with the clinic account, Visit # (claim_id) and Payer ICN "
                "columns on every row, Modifiers 'GO,59', dates 01/06/2026, '$' money, adjustment codes without "
                "amounts ('CO-45, PR-3'), Visit total rows, Batch total.",
                lines, tclaims, [])


def u5_national_member_eob(out: Path) -> None:
    """National carrier member EOB running onto page 2 (reportlab, DejaVu Sans)."""
    name = "u5_national_carrier_member_eob"
    doc = Doc(out / f"{name}.pdf", "reportlab", "dejavu")
    pages = 2
    doc.footer = lambda d: d.text(d.W - 36, d.H - 22, f"Page {d.page} of {pages}", 7, align="r")
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.80"))
    claims = [
        dict(p="Lucía Ferreira", pcid="E7R2KQ0041", cid="HPT118204", prov="Harborview Hand & Upper Limb Therapy",
             sv=[svc(D(2026, 1, 5), "97166", 1, ("GO",)), svc(D(2026, 1, 5), "97760", 2, ("GO",)),
                 svc(D(2026, 1, 5), "L3807", 1, ("RT",))]),
        dict(p="Lucía Ferreira", pcid="E7R2KQ0107", cid="HPT118377", prov="Harborview Hand & Upper Limb Therapy",
             sv=[svc(D(2026, 1, 12), "97530", 2, ("GO",)), svc(D(2026, 1, 12), "97140", 1, ("GO",)),
                 svc(D(2026, 1, 14), "97530", 2, ("GO",)), svc(D(2026, 1, 14), "97110", 1, ("GO",)),
                 svc(D(2026, 1, 16), "97530", 2, ("GO",)), svc(D(2026, 1, 16), "97140", 1, ("GO",)),
                 svc(D(2026, 1, 19), "97530", 2, ("GO",)), svc(D(2026, 1, 19), "97535", 1, ("GO",)),
                 svc(D(2026, 1, 21), "97530", 2, ("GO",)), svc(D(2026, 1, 21), "97140", 1, ("GO",)),
                 svc(D(2026, 1, 23), "97530", 2, ("GO",)), svc(D(2026, 1, 23), "97110", 1, ("GO",)),
                 svc(D(2026, 1, 26), "97530", 2, ("GO",)), svc(D(2026, 1, 26), "97140", 1, ("GO",)),
                 svc(D(2026, 1, 28), "97530", 2, ("GO",)), svc(D(2026, 1, 28), "97535", 1, ("GO",)),
                 svc(D(2026, 1, 30), "97168", 1, ("GO",)), svc(D(2026, 1, 30), "97530", 2, ("GO",))]),
        dict(p="Mateo Ferreira", pcid="E7R2KQ0215", cid="9934-MF", prov="Clearwater Speech & Language",
             sv=[svc(D(2026, 1, 8), "92507", 1, ("GN",)), svc(D(2026, 1, 8), "92526", 1, ("GN",), denied="PR")]),
        dict(p="Mateo Ferreira", pcid="E7R2KQ0233", cid="9934-MF-A", prov="Clearwater Speech & Language",
             sv=[]),
    ]
    for c in claims:
        for s in c["sv"]:
            commercial(s, st)
            if s.denied:
                s.remarks = ["3"]
    # a corrected claim: the earlier Dec line is taken back and paid again
    old = svc(D(2025, 12, 29), "92507", 1, ("GN",))
    commercial(old, PlanState())
    back = negate(old)
    back.remarks = ["5"]
    again = svc(D(2025, 12, 29), "92507", 1, ("GN", "KX"))
    commercial(again, PlanState())
    claims[3]["sv"] = [back, again]
    claims[0]["sv"][2].remarks = ["1"]
    legend = [("1", "The supply was billed with the visit; your plan pays it under durable equipment benefits."),
              ("3", "This service is not covered by your plan. You are responsible for the amount billed."),
              ("5", "We reprocessed an earlier claim. The first payment was reversed and the service paid again.")]
    cols: list[Col] = [("Service date", 60, "l"), ("Service", 98, "l"), ("Code", 44, "l"),
                       ("Amount\nbilled", 42, "r"), ("Your plan's\ndiscount", 46, "r"), ("Amount\nnot\ncovered", 38, "r"),
                       ("Amount\nyour plan\npaid", 42, "r"), ("Deduct-\nible", 38, "r"), ("Copay", 30, "r"),
                       ("Co-\ninsurance", 38, "r"), ("Total\nyou owe", 40, "r"), ("Re-\nmarks", 26, "l")]
    x0 = 34

    def colhead(d: Doc, y: float) -> float:
        d.box(x0, y - 9, span(cols), 34, 0.92)
        y = header(d, x0, y, cols, 6.5, 8)
        d.hline(x0, x0 + span(cols), y + 5, 0.6)
        return y + 16

    y = 40
    doc.text(x0, y, "Summit Crest Health Insurance Company", 12, True)
    doc.text(doc.W - 36, y, "Explanation of Benefits", 12, True, "r")
    y += 13
    doc.text(x0, y, "For: Renata Ferreira (subscriber)   ID: SCH9920174406   Plan: Open Access Plus 2500", 7.5)
    doc.text(doc.W - 36, y, "Statement date: Feb 02, 2026   This is not a bill", 7.5, align="r")
    y += 24
    doc.text(x0, y, "Claim details", 10, True)
    y += 14
    y = colhead(doc, y)
    lines, tclaims = [], []
    for c in claims:
        doc.text(x0, y, f'{c["p"]}  ·  {c["prov"]}  ·  Claim {c["pcid"]}  ·  Patient account {c["cid"]}', 7, True)
        y += 12
        for s in c["sv"]:
            if y > 500:
                # page 1 ends with the member's deductible / out-of-pocket panel
                doc.box(x0, 640, span(cols), 62, 0.95, True)
                doc.text(x0 + 6, 654, "Your plan year to date (in-network)", 8, True)
                doc.text(x0 + 6, 668, "Deductible: $1,300.00 met of $2,500.00", 7.5)
                doc.text(x0 + 6, 680, "Out-of-pocket maximum: $1,742.16 met of $6,000.00", 7.5)
                doc.text(x0 + 6, 692, "Claim details continue on the next page.", 7.5)
                doc.newpage()
                y = 44
                y = colhead(doc, y)
                doc.text(x0, y, f'{c["p"]}  ·  Claim {c["pcid"]} (continued)', 7, True)
                y += 12
            code = s.code + "".join(s.mods)
            row(doc, x0, y, cols, [mon0(s.dos), short(s.desc, 22), code, money(s.billed), money(s.discount),
                                   money(s.not_covered), money(s.paid), money(s.deductible), money(s.copay),
                                   money(s.coinsurance), money(s.owes), " ".join(s.remarks)], 6.5)
            lines.append(truth_line(doc.page, s, claim_id=c["cid"], payer_claim_id=c["pcid"], patient=c["p"],
                                    printed=("billed", "discount", "not_covered", "paid", "deductible", "copay",
                                             "coinsurance", "patient_owes"), remarks=s.remarks,
                                    overrides={"description": short(s.desc, 22)}))
            y += 12
        sv = c["sv"]
        doc.hline(x0 + 202, x0 + span(cols), y - 8, 0.4)
        row(doc, x0, y, cols, ["", "Claim total", "", money(total(sv, "billed")), money(total(sv, "discount")),
                               money(total(sv, "not_covered")), money(total(sv, "paid")),
                               money(total(sv, "deductible")), money(total(sv, "copay")),
                               money(total(sv, "coinsurance")), money(total(sv, "owes")), ""], 6.5, True)
        tclaims.append({"claim_id": c["cid"], "payer_claim_id": c["pcid"], "patient": c["p"],
                        "totals": claim_totals(total(sv, "billed"), None, total(sv, "paid"), total(sv, "owes"))})
        y += 22
    doc.text(x0, y, "Remarks", 9, True)
    for code, t in legend:
        y += 11
        doc.text(x0, y, code, 7.5, True)
        doc.text(x0 + 14, y, t, 7.5)
    n = doc.save()
    write_truth(doc.path, name, "reportlab", n,
                "National-carrier member EOB, portrait, DejaVu Sans (embedded): shaded header band with labels over "
                "1-3 lines, column order Amount billed / Your plan's discount / Amount not covered / Amount your plan "
                "paid / Deductible / Copay / Coinsurance / Total you owe / Remarks, claim lines "
                "'patient · provider · Claim · Patient account', glued codes '97530GO' / '92507GNKX', dates "
                "'Jan 05, 2026', a member-liability denial, a reprocessed claim with '-$160.00' reversal, a "
                "claim that continues on page 2 under a repeated header with a '(continued)' line, numbered remarks.",
                lines, tclaims, legend)


def u6_payment_register(out: Path) -> None:
    """TPA mainframe payment register, fixed width Courier (fpdf2)."""
    name = "u6_tpa_payment_register"
    doc = Doc(out / f"{name}.pdf", "fpdf2", "courier", landscape=True)
    pages = 3
    size, lead, x0 = 7.6, 10.2, 30
    st = PlanState(ded_left=Decimal("25.00"), copay_codes={"99213": Decimal("30.00")}, allowed_rate=Decimal("0.85"))
    claims = [
        dict(p="FENWICK, ISLA", a="55812-A", c="26012-00481-00", m="PSB0044192", sv=[
            svc(D(2026, 1, 5), "99213", 1, ("25",)), svc(D(2026, 1, 5), "97110", 2, ("GP", "59")),
            svc(D(2026, 1, 5), "97112", 1, ("GP",))]),
        dict(p="FENWICK, OWEN", a="55840-A", c="26012-00502-00", m="PSB0044192", sv=[
            svc(D(2026, 1, 7), "97161", 1, ("GP",)), svc(D(2026, 1, 7), "97110", 3, ("GP",)),
            svc(D(2026, 1, 12), "97110", 3, ("GP",)), svc(D(2026, 1, 12), "97140", 1, ("GP", "59")),
            svc(D(2026, 1, 14), "97110", 3, ("GP",)), svc(D(2026, 1, 14), "G0283", 1, ("GP",))]),
    ]
    orig = [svc(D(2025, 12, 17), "97530", 3, ("GO",)), svc(D(2025, 12, 17), "97110", 1, ("GO",))]
    for s in orig:
        commercial(s, PlanState(allowed_rate=Decimal("0.85")))
    claims.append(dict(p="DUARTE, BEATRIZ", a="55107-C", c="25351-01877-01", m="PSB0039920",
                       sv=[negate(s) for s in orig]))
    for c in claims[:2]:
        for s in c["sv"]:
            commercial(s, st)
    for c in claims:
        for s in c["sv"]:
            s.remarks = (["R7"] if s.billed < 0 else ["A1"] + (["D2"] if s.deductible else [])
                         + (["C3"] if s.copay else []))
    legend = [("A1", "CHARGE REDUCED TO THE NETWORK FEE. MEMBER NOT RESPONSIBLE FOR THE REDUCTION."),
              ("D2", "APPLIED TO THE MEMBER'S CALENDAR YEAR DEDUCTIBLE."),
              ("C3", "OFFICE VISIT COPAY TAKEN."),
              ("R7", "CLAIM ADJUSTED - PRIOR PAYMENT REVERSED (CREDIT).")]
    w = [10, 13, 6, 11, 11, 9, 9, 9, 11, 9]
    hdr = ["SVC-DATE", "PROC-MOD", "UNITS", "CHARGE", "ALLOWED", "DEDUCT", "CO-INS", "CO-PAY", "PAID", "RSN"]

    def fmt(vals: list[str]) -> str:
        out_ = ""
        for i, (v, n) in enumerate(zip(vals, w, strict=True)):
            out_ += v.ljust(n) if i in (0, 1, 9) else v.rjust(n - 1) + " "
        return out_.rstrip()

    def top(d: Doc) -> float:
        y = 34
        d.text(x0, y, "PRAIRIE STATES BENEFIT ADMINISTRATORS".ljust(70) + f"RUN DATE 01/30/26   PAGE {d.page:>3} OF {pages}",
               size, True)
        y += lead
        d.text(x0, y, "PAYMENT REGISTER - PROVIDER COPY".ljust(70) + "PLAN: GRAIN GROWERS COOPERATIVE HEALTH PLAN", size)
        y += lead
        d.text(x0, y, "PAYEE: RIVERBEND REHABILITATION ASSOC    TIN XX-XXX2270    CHECK NO 0004418820    "
               "CHECK DATE 01/30/26", size)
        y += lead * 2
        d.text(x0, y, fmt(hdr), size, True)
        y += lead
        d.text(x0, y, "-" * 98, size)
        return y + lead

    y = top(doc)
    lines, tclaims = [], []
    for i, c in enumerate(claims):
        if i == 2:
            doc.newpage()
            y = top(doc)
        doc.text(x0, y, f'PATIENT NAME: {c["p"]:<18} ACCOUNT NO: {c["a"]:<9} CLAIM NO: {c["c"]}   MEMBER ID: {c["m"]}',
                 size)
        y += lead
        for k, s in enumerate(c["sv"]):
            if i == 1 and k == 4:
                doc.newpage()
                y = top(doc)
                doc.text(x0, y, f'PATIENT NAME: {c["p"]:<18} ACCOUNT NO: {c["a"]:<9} CLAIM NO: {c["c"]}   (CONT)', size)
                y += lead
            pm = "-".join((s.code, *s.mods))
            doc.text(x0, y, fmt([dfmt(s.dos, "mdy2"), pm, units_str(s.units), cr(s.billed), cr(s.allowed),
                                 cr(s.deductible), cr(s.coinsurance), cr(s.copay), cr(s.paid), " ".join(s.remarks)]),
                     size)
            lines.append(truth_line(doc.page, s, claim_id=c["a"], payer_claim_id=c["c"], patient=c["p"],
                                    printed=("billed", "allowed", "deductible", "coinsurance", "copay", "paid"),
                                    remarks=s.remarks, description=False))
            y += lead
        sv = c["sv"]
        doc.text(x0, y, fmt(["", "CLAIM TOTAL", "", cr(total(sv, "billed")), cr(total(sv, "allowed")),
                             cr(total(sv, "deductible")), cr(total(sv, "coinsurance")), cr(total(sv, "copay")),
                             cr(total(sv, "paid")), ""]), size, True)
        tclaims.append({"claim_id": c["a"], "payer_claim_id": c["c"], "patient": c["p"],
                        "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"))})
        y += lead
        owes = total(sv, "deductible") + total(sv, "coinsurance") + total(sv, "copay")
        doc.text(x0, y, f"   MEMBER LIABILITY {cr(owes)}", size)
        y += lead * 2
    allsv = [s for c in claims for s in c["sv"]]
    doc.text(x0, y, f"CHECK TOTAL {cr(total(allsv, 'paid'))}", size, True)
    y += lead * 2
    doc.text(x0, y, "REASON CODE LEGEND", size, True)
    for code, t in legend:
        y += lead
        doc.text(x0, y, f"{code}  {t}", size)
    n = doc.save()
    write_truth(doc.path, name, "fpdf2", n,
                "TPA mainframe 'PAYMENT REGISTER', landscape, core Courier, every row one fixed-width text string: "
                "page header with PAGE n OF 3 and the column header repeated on every page, claim header line (patient "
                "name, account no, claim no, member id), SVC-DATE 01/05/26, PROC-MOD '97110-GP-59', amounts without "
                "'$' or commas, credits printed '285.00CR', payer reason codes in an RSN column with legend, claim "
                "total and member liability lines, a claim continued on page 2 '(CONT)'.",
                lines, tclaims, legend)


def u7_tpa_member_eob(out: Path) -> None:
    """Self-funded plan TPA member EOB with the 'Considered' wording; planted claim-total mismatch (reportlab)."""
    name = "u7_tpa_considered_eob"
    doc = Doc(out / f"{name}.pdf", "reportlab", "helv")
    st = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.83"))
    claims = [
        dict(p="ROSA M QUINTERO", pcid="T26-0119-003381", cid="ACC 77120", prov="Mesa Verde Occupational Therapy",
             sv=[svc(D(2026, 1, 6), "97167", 1, ("GO",)), svc(D(2026, 1, 6), "97530", 2, ("GO",))]),
        dict(p="ROSA M QUINTERO", pcid="T26-0126-004117", cid="ACC 77188", prov="Mesa Verde Occupational Therapy",
             sv=[svc(D(2026, 1, 13), "97530", 3, ("GO",)), svc(D(2026, 1, 13), "97140", 1, ("GO",)),
                 svc(D(2026, 1, 13), "0552T", 1, ("GO",), denied="PR")]),
        dict(p="ANDRES QUINTERO", pcid="T26-0127-004260", cid="SP-30915", prov="Desert Bloom Pediatric Speech",
             sv=[svc(D(2026, 1, 15), "92507", 1, ("GN",)), svc(D(2026, 1, 22), "92507", 1, ("GN",))]),
    ]
    for c in claims:
        for s in c["sv"]:
            commercial(s, st)
            s.remarks = ["EX27"] if s.denied else (["EX01"] + (["EX10"] if s.deductible else []))
    legend = [("EX01", "Savings from the PPO network. The provider agreed to accept the Considered amount."),
              ("EX10", "This amount was applied to the deductible."),
              ("EX27", "Experimental or investigational service - not a covered benefit. You may be billed.")]
    planted = claims[1]
    printed_paid = total(planted["sv"], "paid") + Decimal("5.00")
    cols: list[Col] = [("Date", 44, "l"), ("Description", 92, "l"), ("Code", 40, "l"), ("Charges", 40, "r"),
                       ("PPO\nSavings", 38, "r"), ("Ineligible", 40, "r"), ("Considered", 44, "r"),
                       ("Deductible", 42, "r"), ("Copay", 30, "r"), ("Coins\n%", 26, "r"), ("Coinsurance", 46, "r"),
                       ("Benefit\nPaid", 40, "r"), ("Remarks", 40, "l")]
    x0 = 24
    y = 40
    doc.text(x0, y, "Copperline Benefit Services", 13, True)
    y += 12
    doc.text(x0, y, "Claims administrator for the Sonoran Valley Unified School District Employee Health Plan", 7.5)
    doc.text(doc.W - 24, y - 12, "EXPLANATION OF BENEFITS", 11, True, "r")
    y += 18
    for k, v in (("Employee:", "HECTOR QUINTERO"), ("Employee ID:", "XXX-XX-4471 / CBS00981"), ("Date:", "02/03/2026")):
        doc.text(x0, y, k, 8, True)
        doc.text(x0 + 64, y, v, 8)
        y += 11
    y += 10
    lines, tclaims = [], []
    for c in claims:
        doc.box(x0, y - 10, span(cols), 26, None, True)
        doc.text(x0 + 4, y, f'Claim for: {c["p"]}', 8, True)
        doc.text(x0 + 220, y, f'Claim #: {c["pcid"]}', 8)
        y += 11
        doc.text(x0 + 4, y, f'Provider: {c["prov"]}', 8)
        doc.text(x0 + 220, y, f'Patient Acct #: {c["cid"]}', 8)
        y += 18
        y = header(doc, x0, y, cols, 6.5)
        doc.hline(x0, x0 + span(cols), y + 3)
        y += 12
        for s in c["sv"]:
            rate = "" if s.denied else "20%"
            row(doc, x0, y, cols, [dfmt(s.dos, "mdyn"), short(s.desc, 24), s.code + "".join(s.mods), money(s.billed),
                                   money(s.discount), money(s.not_covered), money(s.allowed), money(s.deductible),
                                   money(s.copay), rate, money(s.coinsurance), money(s.paid), " ".join(s.remarks)],
                6.5)
            lines.append(truth_line(doc.page, s, claim_id=c["cid"], payer_claim_id=c["pcid"], patient=c["p"],
                                    printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                             "coinsurance", "paid"), remarks=s.remarks, units=False,
                                    overrides={"description": short(s.desc, 24)}))
            y += 11
        sv = c["sv"]
        paid_t = printed_paid if c is planted else total(sv, "paid")
        doc.hline(x0, x0 + span(cols), y - 8)
        row(doc, x0, y, cols, ["", "Totals", "", money(total(sv, "billed")), money(total(sv, "discount")),
                               money(total(sv, "not_covered")), money(total(sv, "allowed")),
                               money(total(sv, "deductible")), money(total(sv, "copay")), "",
                               money(total(sv, "coinsurance")), money(paid_t), ""], 6.5, True)
        tclaims.append({"claim_id": c["cid"], "payer_claim_id": c["pcid"], "patient": c["p"],
                        "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), paid_t)})
        y += 12
        owes = total(sv, "owes")
        doc.text(x0 + 4, y, f"Amount you owe the provider for this claim: {money(owes)}   Benefit paid to: Provider",
                 7.5)
        y += 26
    doc.text(x0, y, "Remark Codes", 9, True)
    for code, t in legend:
        y += 11
        doc.text(x0, y, code, 7.5, True)
        doc.text(x0 + 30, y, t, 7.5)
    n = doc.save()
    write_truth(doc.path, name, "reportlab", n,
                "Self-funded employer plan member EOB from a TPA, portrait, Helvetica: boxed claim header ('Claim for:' "
                "patient in capitals, Claim #, Provider, Patient Acct #), columns Date / Description / Code (glued "
                "'97530GO') / Charges / PPO Savings / Ineligible / Considered / Deductible / Copay / Coins % / "
                "Coinsurance / Benefit Paid / Remarks, dates 1/6/2026, '$' money, a member-liability ineligible "
                "line, 'Amount you owe' sentence under each claim, remark legend. PLANTED: claim T26-0126-004117's "
                "Benefit Paid total is $5.00 more than its lines.",
                lines, tclaims, legend,
                [f"claim-total-mismatch claim {planted['pcid']}: printed Benefit Paid total {printed_paid} but the "
                 f"lines add up to {total(planted['sv'], 'paid')}"])


def u8_mco_portal(out: Path) -> None:
    """Medicaid MCO provider portal claims payment detail, claim totals above lines (fpdf2)."""
    name = "u8_mco_portal_claims_detail"
    doc = Doc(out / f"{name}.pdf", "fpdf2", "dejavucond")
    claims = [
        dict(p="ABERNATHY, LEO", a="88120", c="MC26011400778201", m="H44190277", st="Paid", sv=[
            svc(D(2026, 1, 6), "97530", 4, ("GO",)), svc(D(2026, 1, 6), "97112", 1, ("GO",))]),
        dict(p="ABERNATHY, LEO", a="88145", c="MC26011900781932", m="H44190277", st="Partial", sv=[
            svc(D(2026, 1, 13), "97530", 4, ("GO",)), svc(D(2026, 1, 13), "97535", 1, ("GO",), denied="CO")]),
        dict(p="PELLETIER, NORA", a="88162", c="MC26012100790455", m="H50022816", st="Paid", sv=[
            svc(D(2026, 1, 15), "92507", 1, ("GN",)), svc(D(2026, 1, 15), "92526", 1, ("GN",))]),
        dict(p="OYELARAN, DEJI", a="88170", c="MC26012100790460", m="H50337412", st="Denied", sv=[
            svc(D(2026, 1, 16), "97165", 1, ("GO",), denied="CO")]),
    ]
    for c in claims:
        for s in c["sv"]:
            medicaid(s, deny_reason="16" if c["st"] == "Denied" else "119")
    cols: list[Col] = [("Ln", 20, "l"), ("Service Date", 58, "l"), ("Procedure", 46, "l"), ("Mod", 28, "l"),
                       ("Units", 34, "r"), ("Billed", 54, "r"), ("Allowed", 54, "r"), ("Paid", 54, "r"),
                       ("Member Resp", 50, "r"), ("Reason", 40, "l"), ("Adj Amt", 50, "r")]
    x0 = 36
    y = 40
    doc.text(x0, y, "Heartland Family Health Plan (Medicaid)  ·  Provider Portal", 11, True)
    y += 14
    doc.text(x0, y, "Claims Payment Detail   Provider: Little Oaks Therapy Center   Payment #: 3310098   "
             "Paid date: 01/29/2026", 8)
    y += 22
    y = header(doc, x0, y, cols, 7.5)
    doc.hline(x0, x0 + span(cols), y + 4, 0.8)
    y += 18
    lines, tclaims = [], []
    for c in claims:
        sv = c["sv"]
        doc.box(x0, y - 10, span(cols), 26, 0.93)
        doc.text(x0 + 2, y, f'Claim {c["c"]}   Member: {c["p"]} ({c["m"]})   Patient Acct: {c["a"]}   '
                 f'Status: {c["st"]}', 7.5, True)
        y += 11
        row(doc, x0, y, cols, ["", "Claim totals", "", "", "", money(total(sv, "billed")),
                               money(total(sv, "allowed")), money(total(sv, "paid")), money(ZERO), "", ""], 7.5, True)
        tclaims.append({"claim_id": c["a"], "payer_claim_id": c["c"], "patient": c["p"],
                        "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), ZERO)})
        y += 14
        for ln, s in enumerate(sv, 1):
            adj = s.adjs[0] if s.adjs else None
            row(doc, x0, y, cols, [str(ln), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), f"{s.units:.2f}",
                                   money(s.billed), money(s.allowed), money(s.paid), money(s.owes),
                                   f"{adj[0]}-{adj[1]}" if adj else "", money(adj[2]) if adj else ""], 7.5)
            lines.append(truth_line(doc.page, s, claim_id=c["a"], payer_claim_id=c["c"], patient=c["p"],
                                    printed=("billed", "allowed", "paid", "patient_owes"),
                                    adjustments=adj_amounts(s), description=False))
            y += 12
        y += 10
    legend = [("CO-45", "Charge is above the plan's fee schedule; write-off."),
              ("CO-119", "Benefit limit for this service reached for the period."),
              ("CO-16", "Claim is missing information needed to pay; correct and resubmit.")]
    doc.text(x0, y, "Adjustment reasons on this page", 8.5, True)
    for code, t in legend:
        y += 11
        doc.text(x0, y, f"{code}: {t}", 7.5)
    doc.text(doc.W / 2, doc.H - 22, "Printed from the provider portal 01/29/2026  ·  1 of 1", 7, align="c")
    n = doc.save()
    write_truth(doc.path, name, "fpdf2", n,
                "Medicaid managed-care plan provider-portal 'Claims Payment Detail' print, portrait, DejaVu Sans "
                "Condensed: one page-level column header, shaded claim band (claim number, member name and id, "
                "patient acct, status Paid / Partial / Denied) followed by a 'Claim totals' row ABOVE the numbered "
                "line rows, Mod column, units '4.00', dates 01/06/2026, '$' money, Reason 'CO-45' with Adj Amt in its "
                "own column, adjustment reasons legend.",
                lines, tclaims, [])


def u9_oandp_eop(out: Path) -> None:
    """Orthotics & hand-therapy clinic commercial Explanation of Payment, runs to page 2 without header."""
    name = "u9_orthotics_explanation_of_payment"
    doc = Doc(out / f"{name}.pdf", "reportlab", "libsans", landscape=True)
    st = PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.74"))
    claims = [
        dict(p="Whitaker, Joan", a="OP-3318", c="26-0109-118822-00", recv="01/09/26", adj="01/21/26", sv=[
            svc(D(2026, 1, 5), "L3807", 1, ("RT", "NU")), svc(D(2026, 1, 5), "97760", 2, ("GO",)),
            svc(D(2026, 1, 5), "97140", 1, ("GO", "59")), svc(D(2026, 1, 5), "G0283", 1, ("GO",))]),
        dict(p="Whitaker, Joan", a="OP-3341", c="26-0116-120455-00", recv="01/16/26", adj="01/27/26", sv=[
            svc(D(2026, 1, 12), "97110", 2, ("GO",)), svc(D(2026, 1, 12), "97140", 1, ("GO",)),
            svc(D(2026, 1, 12), "G0283", 1, ("GO",))]),
        dict(p="Brandt, Samuel", a="OP-3356", c="26-0120-121907-00", recv="01/20/26", adj="01/28/26", sv=[
            svc(D(2026, 1, 14), "97165", 1, ("GO",)), svc(D(2026, 1, 14), "L3807", 1, ("LT", "NU")),
            svc(D(2026, 1, 14), "97760", 1, ("GO",)), svc(D(2026, 1, 16), "97530", 2, ("GO",)),
            svc(D(2026, 1, 16), "97110", 1, ("GO",)), svc(D(2026, 1, 19), "97530", 2, ("GO",)),
            svc(D(2026, 1, 19), "97140", 1, ("GO",)), svc(D(2026, 1, 21), "97530", 2, ("GO",)),
            svc(D(2026, 1, 21), "97110", 1, ("GO",)), svc(D(2026, 1, 23), "97530", 2, ("GO",)),
            svc(D(2026, 1, 23), "97140", 1, ("GO", "59")), svc(D(2026, 1, 23), "G0283", 1, ("GO",)),
            svc(D(2026, 1, 26), "97530", 2, ("GO",)), svc(D(2026, 1, 26), "97110", 1, ("GO",)),
            svc(D(2026, 1, 28), "97530", 2, ("GO",)), svc(D(2026, 1, 28), "97760", 1, ("GO",))]),
    ]
    for c in claims:
        for s in c["sv"]:
            commercial(s, st)
    b = claims[1]["sv"][2]  # G0283 bundled into the manual therapy that day
    b.allowed = b.paid = b.coinsurance = b.owes = ZERO
    b.discount = b.billed
    b.adjs = [("CO", "97", b.billed)]
    b.remarks = ["M15"]
    for c in claims:
        for s in c["sv"]:
            if s.code == "L3807":
                s.remarks = ["N211"]
    legend = [("M15", "Paid as part of another service on the same day; not paid on its own."),
              ("N211", "Custom-fitted supply: the fitting is included in the supply's payment.")]
    cols: list[Col] = [("Svc Date", 48, "l"), ("Code", 38, "l"), ("Modifier(s)", 50, "l"), ("Units", 30, "r"),
                       ("Billed", 56, "r"), ("Disallowed", 56, "r"), ("Allowed", 56, "r"), ("Ded", 44, "r"),
                       ("Coins", 50, "r"), ("Paid", 56, "r"), ("Adjustment", 140, "l"), ("Remark", 40, "l")]
    x0 = 40
    y = 38
    doc.text(x0, y, "Granite Shore Health Plans", 13, True)
    doc.text(doc.W - 40, y, "EXPLANATION OF PAYMENT", 11, True, "r")
    y += 13
    doc.text(x0, y, "Paid to: Coastal Hand & Orthotic Clinic  NPI 1902283345   Payment: check 61200874 dated 01/30/26",
             8)
    y += 22
    y = header(doc, x0, y, cols, 7.5)
    doc.hline(x0, x0 + span(cols), y + 4, 0.8)
    y += 18
    lines, tclaims = [], []
    for c in claims:
        doc.box(x0, y - 10, span(cols), 14, 0.87)
        doc.text(x0 + 3, y, f'Patient Name: {c["p"]}    Patient Account No.: {c["a"]}    Claim No.: {c["c"]}    '
                 f'Received: {c["recv"]}    Adjudicated: {c["adj"]}', 7.5, True)
        y += 16
        for s in c["sv"]:
            if y > doc.H - 200:
                allsv = [x for cc in claims for x in cc["sv"]]
                doc.box(x0, doc.H - 96, 300, 52, 0.93, True)
                doc.text(x0 + 6, doc.H - 82, "Payment summary", 8, True)
                doc.text(x0 + 6, doc.H - 69, f"Claims on this payment: {len(claims)}", 7.5)
                doc.text(x0 + 6, doc.H - 57, f"Total paid: {money(total(allsv, 'paid'))}", 7.5)
                doc.text(doc.W - 40, doc.H - 22, f"Page {doc.page}", 7, align="r")
                doc.newpage()
                y = 40
            row(doc, x0, y, cols, [dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), units_str(s.units),
                                   money(s.billed), money(s.discount), money(s.allowed), money(s.deductible),
                                   money(s.coinsurance), money(s.paid),
                                   " ".join(f"{g}-{r} {money(a)}" for g, r, a in s.adjs[:2]),
                                   " ".join(s.remarks)], 7.5)
            lines.append(truth_line(doc.page, s, claim_id=c["a"], payer_claim_id=c["c"], patient=c["p"],
                                    printed=("billed", "discount", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=adj_amounts(s)[:2], remarks=s.remarks, description=False))
            y += 12
        sv = c["sv"]
        doc.hline(x0 + 166, x0 + span(cols), y - 8, 0.4)
        row(doc, x0, y, cols, ["Claim Total", "", "", "", money(total(sv, "billed")), money(total(sv, "discount")),
                               money(total(sv, "allowed")), money(total(sv, "deductible")),
                               money(total(sv, "coinsurance")), money(total(sv, "paid")), "", ""], 7.5, True)
        tclaims.append({"claim_id": c["a"], "payer_claim_id": c["c"], "patient": c["p"],
                        "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"))})
        y += 24
    doc.text(x0, y, "Remark codes", 8.5, True)
    for code, t in legend:
        y += 11
        doc.text(x0, y, f"{code}  {t}", 7.5)
    doc.text(doc.W - 40, doc.H - 22, f"Page {doc.page}", 7, align="r")
    n = doc.save()
    write_truth(doc.path, name, "reportlab", n,
                "Orthotics & hand-therapy clinic commercial 'Explanation of Payment', landscape, Liberation Sans: one "
                "column header on page 1 only, grey claim band (Patient Name, Patient Account No., Claim No., "
                "Received, Adjudicated), Svc Date 01/05/26, Modifier(s) 'RT NU', Billed / Disallowed / Allowed / Ded / "
                "Coins / Paid, adjustments 'CO-45 $57.00 PR-2 $11.40' (first two printed), L3807, G0283 bundled "
                "(CO-97), a payment summary box at the foot of page 1, the last claim runs on to page 2 WITHOUT a "
                "repeated header, remark legend.",
                lines, tclaims, legend)


def u10_grouped_share(out: Path) -> None:
    """Employer plan member EOB with a spanning YOUR SHARE group header (fpdf2, Liberation Sans)."""
    name = "u10_member_eob_your_share_group"
    doc = Doc(out / f"{name}.pdf", "fpdf2", "libsans")
    st = PlanState(ded_left=Decimal("50.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.79"),
                   copay_codes={"99213": Decimal("35.00")})
    claims = [
        dict(p="Ellie Vandermeer", c="W2601-55120-9", a="31007", prov="Tulip Lane Pediatrics", sv=[
            svc(D(2026, 1, 6), "99213", 1)]),
        dict(p="Ellie Vandermeer", c="W2601-55348-2", a="T-1188", prov="Northshore Kids OT & PT", sv=[
            svc(D(2026, 1, 8), "97166", 1, ("GO",)), svc(D(2026, 1, 8), "97530", 2, ("GO",))]),
        dict(p="Ellie Vandermeer", c="W2601-56011-4", a="T-1214", prov="Northshore Kids OT & PT", sv=[
            svc(D(2026, 1, 15), "97530", 3, ("GO",)), svc(D(2026, 1, 15), "97150", 1, ("GO",), denied="PR")]),
        dict(p="Finn Vandermeer", c="W2601-56230-7", a="T-1220", prov="Northshore Kids OT & PT", sv=[
            svc(D(2026, 1, 16), "97163", 1, ("GP",)), svc(D(2026, 1, 20), "97116", 2, ("GP",), end=D(2026, 1, 22))]),
    ]
    for c in claims:
        for s in c["sv"]:
            commercial(s, st)
            s.remarks = ["B"] if s.denied else (["A"] if s.deductible else [])
    legend = [("A", "Part or all of this amount counts toward your deductible."),
              ("B", "Group sessions are not covered under your plan. You may owe the provider this amount.")]
    cols: list[Col] = [("From", 40, "l"), ("To", 40, "l"), ("Service", 84, "l"), ("Code", 30, "l"), ("Mods", 26, "l"),
                       ("Qty", 20, "r"), ("Billed", 42, "r"), ("Discount", 40, "r"), ("Plan paid", 42, "r"),
                       ("Deductible", 42, "r"), ("Copay", 34, "r"), ("Coinsurance", 46, "r"),
                       ("Not covered", 42, "r"), ("You owe", 40, "r"), ("Notes", 26, "l")]
    x0 = 18
    y = 40
    doc.text(x0, y, "Lakeside Mutual Employee Benefits", 13, True)
    y += 14
    doc.text(x0, y, "Explanation of Benefits  -  This is not a bill", 9)
    doc.text(doc.W - 18, y, "Member: Pieter Vandermeer   ID: LKM-220-448-101   Issued 01/31/2026", 7.5, align="r")
    y += 24
    lines, tclaims = [], []
    xs = x0 + span(cols[:9])
    for c in claims:
        doc.text(x0, y, f'{c["p"]}   |   {c["prov"]}   |   Claim number {c["c"]}   |   Provider account {c["a"]}',
                 8, True)
        y += 14
        # spanning group header over the four cost-share columns
        doc.box(xs, y - 9, span(cols[9:13]), 12, 0.85)
        doc.text(xs + span(cols[9:13]) / 2, y, "YOUR SHARE", 7, True, "c")
        y += 11
        y = header(doc, x0, y, cols, 6.5)
        doc.hline(x0, x0 + span(cols), y + 3)
        y += 12
        for s in c["sv"]:
            end = s.end or s.dos
            row(doc, x0, y, cols, [dfmt(s.dos, "mdy2"), dfmt(end, "mdy2"), short(s.desc, 20), s.code, " ".join(s.mods),
                                   units_str(s.units), money(s.billed), money(s.discount), money(s.paid),
                                   money(s.deductible), money(s.copay), money(s.coinsurance), money(s.not_covered),
                                   money(s.owes), " ".join(s.remarks)], 6.5)
            lines.append(truth_line(doc.page, s, claim_id=c["a"], payer_claim_id=c["c"], patient=c["p"],
                                    printed=("billed", "discount", "paid", "deductible", "copay", "coinsurance",
                                             "not_covered", "patient_owes"), service_end=end, remarks=s.remarks,
                                    overrides={"description": short(s.desc, 20)}))
            y += 11
        sv = c["sv"]
        doc.hline(x0, x0 + span(cols), y - 8, 0.3)
        row(doc, x0, y, cols, ["Total", "", "", "", "", "", money(total(sv, "billed")), money(total(sv, "discount")),
                               money(total(sv, "paid")), money(total(sv, "deductible")), money(total(sv, "copay")),
                               money(total(sv, "coinsurance")), money(total(sv, "not_covered")),
                               money(total(sv, "owes")), ""], 6.5, True)
        tclaims.append({"claim_id": c["a"], "payer_claim_id": c["c"], "patient": c["p"],
                        "totals": claim_totals(total(sv, "billed"), None, total(sv, "paid"), total(sv, "owes"))})
        y += 24
    doc.text(x0, y, "Notes", 9, True)
    for code, t in legend:
        y += 11
        doc.text(x0, y, f"{code} - {t}", 7.5)
    doc.text(doc.W / 2, doc.H - 22, "Page 1 of 1", 7, align="c")
    n = doc.save()
    write_truth(doc.path, name, "fpdf2", n,
                "Employer plan member EOB, portrait, Liberation Sans: claim line 'patient | provider | Claim number | "
                "Provider account', a shaded 'YOUR SHARE' group label spanning Deductible / Copay / Coinsurance / Not "
                "covered, From and To in two columns (01/05/26, one multi-day range), Code and Mods apart, Qty, "
                "'$' money, an office visit with a copay, a denied group-therapy line the member owes, lettered notes.",
                lines, tclaims, legend)


LAYOUTS = [u1_hmo_statement, u2_medicaid_eomb, u3_provider_ra, u4_posting_report, u5_national_member_eob,
           u6_payment_register, u7_tpa_member_eob, u8_mco_portal, u9_oandp_eop, u10_grouped_share]


# ============================================================================================ self-check

def _date_forms(iso: str) -> list[str]:
    d = date.fromisoformat(iso)
    return [dfmt(d, s) for s in ("mdy2", "mdy4", "mdyn", "mdY8", "mdy6", "mon")] + [mdy2n(d), mon0(d)]


def _has_amount(text: str, v: str) -> bool:
    a = abs(Decimal(v))
    return f"{a:.2f}" in text or f"{a:,.2f}" in text


def check(folder: Path) -> list[str]:
    import pdfplumber

    problems: list[str] = []
    for tp in sorted(folder.glob("*.truth.json")):
        t = json.loads(tp.read_text(encoding="utf-8"))
        pdf_path = Path(str(tp)[: -len(".truth.json")])
        with pdfplumber.open(pdf_path) as pdf:
            texts = [(p.extract_text() or "") for p in pdf.pages]
        name = t["layout"]
        if len(texts) != t["pages"]:
            problems.append(f"{name}: {len(texts)} pages, truth says {t['pages']}")
        doc = "\n".join(texts)
        flat_doc = re.sub(r"\s+", " ", doc)
        for i, ln in enumerate(t["lines"]):
            where = f"{name} line {i + 1}"
            text = texts[ln["page"] - 1]
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None and not _has_amount(text, ln[k]):
                    problems.append(f"{where}: {k} {ln[k]} not on page {ln['page']}")
            if ln["code"] not in text:
                problems.append(f"{where}: code {ln['code']} not on page")
            for m in ln["modifiers"]:
                if m not in text:
                    problems.append(f"{where}: modifier {m} not on page")
            if ln["units"] is not None and not re.search(rf"(?<![\d.]){re.escape(ln['units'])}(\.0+)?(?![\d.])", text):
                problems.append(f"{where}: units {ln['units']} not on page")
            for key in ("service_date", "service_end"):
                if ln[key] and not any(f in text for f in _date_forms(ln[key])):
                    problems.append(f"{where}: {key} {ln[key]} not on page")
            for r in ln["remarks"]:
                if r not in text:
                    problems.append(f"{where}: remark {r} not on page")
            for g, c, a in ln["adjustments"]:
                if not re.search(rf"{g}\W?{c}\b", text) or (a is not None and not _has_amount(text, a)):
                    problems.append(f"{where}: adjustment {g}-{c} {a} not on page")
            for key in ("claim_id", "payer_claim_id", "patient"):
                if ln[key] and ln[key] not in flat_doc:
                    problems.append(f"{where}: {key} {ln[key]} not in document")
            problems += _arith(where, ln)
        planted = " ".join(t["expected_findings"])
        for c in t["claims"]:
            mine = [ln for ln in t["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                    and ln["claim_id"] == c["claim_id"]]
            if not mine:
                problems.append(f"{name}: claim {c['payer_claim_id']} has no lines")
            is_planted = c["payer_claim_id"] in planted or (c["claim_id"] or "#") in planted
            off = []
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal("0.00"))
                if s != Decimal(v):
                    off.append(f"{k} total {v} vs lines {s}")
                if not _has_amount(doc, v):
                    problems.append(f"{name}: claim total {v} not printed")
            if is_planted and len(off) != 1:
                problems.append(f"{name}: planted claim {c['payer_claim_id']} should differ in one total: {off}")
            if not is_planted and off:
                problems.append(f"{name}: claim {c['payer_claim_id']} {off}")
        for code, _ in t["legend"]:
            if code not in doc:
                problems.append(f"{name}: legend code {code} not printed")
    return problems


def _arith(where: str, ln: dict) -> list[str]:
    def v(k: str) -> Decimal | None:
        return None if ln[k] is None else Decimal(ln[k])

    out: list[str] = []
    b, disc, nc, al, pd = v("billed"), v("discount"), v("not_covered"), v("allowed"), v("paid")
    ded, cop, coi, owes = v("deductible"), v("copay"), v("coinsurance"), v("patient_owes")
    share = sum((x for x in (ded, cop, coi) if x is not None), ZERO)
    if b is not None and disc is not None and al is not None and b - disc - (nc or ZERO) != al:
        out.append(f"{where}: billed - discount - not covered != allowed")
    if al is not None and pd is not None and (ded is not None or coi is not None) and al - share != pd:
        out.append(f"{where}: allowed - patient share != paid")
    if b is not None and disc is not None and nc is not None and pd is not None and al is None:
        if b - disc - nc - share != pd:
            out.append(f"{where}: billed - discount - not covered - share != paid")
    adjs = ln["adjustments"]
    if b is not None and pd is not None and adjs and all(a[2] is not None for a in adjs):
        if b - sum(Decimal(a[2]) for a in adjs) != pd:
            out.append(f"{where}: billed - adjustments != paid")
    if owes is not None and (ded is not None or cop is not None or coi is not None):
        if owes not in (share, share + (nc or ZERO)):
            out.append(f"{where}: patient owes != its parts")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", help="output folder (default: a new temp folder)")
    ap.add_argument("--check", action="store_true", help="self-check the written files")
    a = ap.parse_args(argv)
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="eob_heldout8_"))
    if (ROOT / "samples") in out.resolve().parents or out.resolve() == ROOT / "samples":
        print("refusing to write held-out PDFs under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)
    print(out)
    if a.check:
        probs = check(out)
        for p in probs:
            print("CHECK:", p)
        print(f"check: {len(LAYOUTS)} layouts, {len(probs)} problems")
        return 1 if probs else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
