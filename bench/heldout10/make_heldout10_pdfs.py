"""Write the TENTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on MEMBER- and FAMILY-facing document kinds nobody developing it has seen.
(bench/heldout/ .. heldout9/ came earlier and may have been looked at while the reader was developed.)

Run:  python bench/heldout10/make_heldout10_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout10/make_heldout10_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; <name>.pdf.truth.json), printed values only,
null for what a layout does not print (units too: no units column -> null); description is null throughout.
claim_id = the provider's own account / bill / invoice number as printed with the claim (null where none is),
payer_claim_id = the payer's claim number / ICN / claim reference, patient = the person who got the service,
exactly as printed (in capitals where the page prints the name only in capitals). Every name, number, payer,
provider, address and ID is invented; descriptions are our own words. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness). Fonts: DejaVu / Liberation TrueType when installed,
else the PDF core fonts. Helpers (service record, truth collector, self-check) live in h10lib.py.

Layouts (member- and family-facing kinds not in the dev samples nor in the nine earlier held-out sets):
  w1  Medicare-Medicaid dual plan (D-SNP) monthly member EOB: "Provider charged / Plan-approved / Plan paid
      (Medicare) / Medicaid paid / Your share / See notes", code and modifier inside the wording "(97110 GP)",
      no units, dates 01/07/26, month + year-to-date box, notes letters, a non-covered line, 2 pages (reportlab,
      Helvetica)
  w2  limited-benefit (fixed indemnity) plan "Benefit Payment Statement" to the insured: "Charges Billed /
      Benefit Type / Schedule Benefit / Benefit Paid / Expl. Code", benefit paid once per day and capped per year
      (zero-pay lines), provider bill no. vs claim no., 3 covered persons, header repeated on page 2 (fpdf2,
      core Times); truth: billed and paid only (the schedule benefit is not an allowed amount)
  w3  LARGE-PRINT (16 pt) family member EOB: five columns "Date / Service / Billed / Plan paid / You owe", the
      wording with "(92507 GN)" wrapping over 2-3 text lines, a claim continued on the next page under a
      repeated header, a not-covered line the member owes, "Page 2 of 3" (fpdf2, DejaVu Sans)
  w4  plain-language redesigned member EOB, ONE CARD PER SERVICE: title, "Procedure code 97140 · Modifiers GO,
      59 · 1 unit", labelled value tiles stacked label-over-value (billed / network discount / not covered / plan
      allowed / plan paid / YOUR SHARE), a "made of: deductible · copay · coinsurance" line, claim banners,
      "Jan 8, 2026" dates, denied services with notes (reportlab, DejaVu Sans)
  w5  notice of adverse benefit determination (denial letter) to a parent: letter text, "Services we reviewed"
      table with the claim number on every row, Code / Mod / Units / Amount billed / Decision / Amount approved /
      Plan paid / You may owe / Reason, the provider's account no. as a sub-heading per claim, table continued on
      page 2 under a repeated header, appeal-rights page 3 (fpdf2, Liberation Serif)
  w6  state Medicaid medically-needy "notice of medical bills used to meet your spenddown": monospaced fixed-
      width rows, ICN and recipient (capitals) on every row, APPLIED TO SD (= what the recipient owes) / MA
      ALLOWED / MA PAID and a running SD BALANCE column (not a truth field), one benefit month per page with the
      header repeated; no claim totals printed (reportlab, Liberation Mono)
  w7  behavioral-health administrator member EOB for an autism benefit (ABA + speech/OT), landscape narrow font:
      weekly ranges "01/05/26 - 01/09/26" (service_end), units up to 40, HN/HO modifiers, Not Covered /
      Deductible / Coinsurance, authorization number and "Auth Units Left" columns (numbers that are not units),
      header repeated on page 2 (reportlab, Liberation Sans Narrow)
  w8  international private medical insurer's "Claim Settlement Statement" paid to the policyholder, A4 serif:
      DAY/MONTH/YEAR dates (05/01/2026 = 5 January), invoice no. on every row, "[CPT 97530 GO]" inside wrapped
      wording, Amount claimed / Eligible amount / Excess / Co-ins. / Amount settled, reasonable-and-customary
      reductions, an excluded appliance (E0720), a EUR payment summary (reportlab, DejaVu Serif)
  w9  self-funded reference-based-pricing plan member EOB, landscape: "Billed Charges / Reference Price / Amount
      Above Reference / Deductible / Coinsurance / Plan Paid / Your Responsibility / Remark Codes", dates
      1/12/2026, balance-billing protection text, header repeated on page 2; PLANTED claim-total mismatch
      (Plan Paid total of claim 7781-04 printed 10.00 too high) (fpdf2, Liberation Sans)
  w10 quarterly family health statement: one band per family member (name in capitals), dates WITHOUT the year
      ("Oct 14"; the year only in the statement period), "(97530-GO)" in the wording, Qty column, a shaded
      right-hand sidebar on every page, claims continued under a repeated header (fpdf2, DejaVu Sans Condensed)

The self-check (--check) tests the factory, not the reader: the generator keeps the rectangle where each service
is printed (its row or its card); the check reads the text layer back with pdfplumber and finds every truth
code, modifier, units value, date, amount, adjustment and remark INSIDE that rectangle; ids and patients in the
document's text; w10's yearless dates inside the printed period; page counts; the documents' own arithmetic where
the layout prints the parts (billed - discount - not covered = allowed; allowed - deductible - copay -
coinsurance = paid; patient owes = its parts; allowed - plan paid - Medicaid paid = your share); claim totals =
sum of lines, and are printed, unless the mismatch is the planted expected finding (which must really differ).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from h10lib import FIXED_WHEN, ZERO, Doc, L, check_docs, dfmt, money, q  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
D = Decimal
FONTS = Path("/usr/share/fonts/truetype")
TTF = {
    "DejaVuSans": FONTS / "dejavu/DejaVuSans.ttf", "DejaVuSans-Bold": FONTS / "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": FONTS / "dejavu/DejaVuSerif.ttf", "DejaVuSerif-Bold": FONTS / "dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansCondensed": FONTS / "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": FONTS / "dejavu/DejaVuSansCondensed-Bold.ttf",
    "LiberationMono": FONTS / "liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": FONTS / "liberation/LiberationMono-Bold.ttf",
    "LiberationSans": FONTS / "liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": FONTS / "liberation/LiberationSans-Bold.ttf",
    "LiberationSansNarrow": FONTS / "liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": FONTS / "liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationSerif": FONTS / "liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": FONTS / "liberation/LiberationSerif-Bold.ttf",
}


def ttf_ok(*names: str) -> bool:
    return all(TTF[n].exists() for n in names)


# ============================================================================================ plan math

class Plan:
    """Invented benefit arithmetic: allowed as a share of the charge, then deductible, copay, coinsurance."""

    def __init__(self, rate="0.80", ded="0", coins="0.20", visit_copay="0", copay_codes=()):
        self.rate, self.ded, self.coins = D(rate), D(ded), D(coins)
        self.visit_copay, self.copay_codes, self.seen = D(visit_copay), set(copay_codes), set()

    def apply(self, s: L, deny: bool = False, owes_denied: bool = False, allowed: Decimal | None = None) -> L:
        if deny:
            s.not_covered, s.allowed, s.discount = s.billed, ZERO, ZERO
            s.owes = s.billed if owes_denied else ZERO
            return s
        s.allowed = q(allowed) if allowed is not None else q(s.billed * self.rate)
        s.discount = s.billed - s.allowed
        rem = s.allowed
        s.deductible = min(self.ded, rem)
        self.ded -= s.deductible
        rem -= s.deductible
        if self.visit_copay and (s.dos, "v") not in self.seen and (not self.copay_codes or s.code in self.copay_codes):
            self.seen.add((s.dos, "v"))
            s.copay = min(self.visit_copay, rem)
            rem -= s.copay
        else:
            s.coinsurance = q(rem * self.coins)
            rem -= s.coinsurance
        s.paid = rem
        s.owes = s.deductible + s.copay + s.coinsurance
        return s


def tot(lines, attr):
    return sum((getattr(s, attr) for s in lines), ZERO)


# ============================================================================================ drawing

class RL:
    """reportlab canvas with page counting and reportlab-to-pdfplumber box conversion."""

    def __init__(self, path: Path, size, fonts=()):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        for f in fonts:
            try:
                pdfmetrics.getFont(f)
            except KeyError:
                pdfmetrics.registerFont(TTFont(f, str(TTF[f])))
        self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
        self.W, self.H = size
        self.page = 1

    def t(self, x, y, s, font, size, align="l", color=(0, 0, 0)):
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(font, size)
        if align == "r":
            c.drawRightString(x, y, s)
        elif align == "c":
            c.drawCentredString(x, y, s)
        else:
            c.drawString(x, y, s)
        c.setFillColorRGB(0, 0, 0)

    def width(self, s, font, size):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return stringWidth(s, font, size)

    def wrap(self, s, font, size, w):
        from reportlab.lib.utils import simpleSplit
        return simpleSplit(s, font, size, w) or [""]

    def row(self, y, cols, cells, font, size, lead):
        """cols: [(x, w, align)]. Draws wrapped cells with first baseline y; returns the number of text lines."""
        n = 1
        for (x, w, al), cell in zip(cols, cells):
            if cell is None:
                continue
            parts = self.wrap(cell, font, size, w - 3) if al == "l" else [cell]
            n = max(n, len(parts))
            for k, p in enumerate(parts):
                xx = x + w - 2 if al == "r" else (x + w / 2 if al == "c" else x + 1)
                self.t(xx, y - k * lead, p, font, size, al)
        return n

    def box(self, x0, y_first, x1, n, size, lead):
        """pdfplumber box for text lines drawn with first baseline y_first (reportlab coordinates)."""
        return (x0, self.H - (y_first + size + 1), x1, self.H - (y_first - (n - 1) * lead - size * 0.4))

    def rect(self, x, y, w, h, fill=None, stroke=True, width=0.5, radius=0):
        c = self.c
        c.setLineWidth(width)
        if fill:
            c.setFillColorRGB(*fill)
        if radius:
            c.roundRect(x, y, w, h, radius, stroke=int(stroke), fill=int(bool(fill)))
        else:
            c.rect(x, y, w, h, stroke=int(stroke), fill=int(bool(fill)))
        c.setFillColorRGB(0, 0, 0)

    def hline(self, x0, x1, y, width=0.5, gray=0.0, dash=None):
        c = self.c
        c.setLineWidth(width)
        c.setStrokeColorRGB(gray, gray, gray)
        if dash:
            c.setDash(*dash)
        c.line(x0, y, x1, y)
        c.setDash()
        c.setStrokeColorRGB(0, 0, 0)

    def newpage(self):
        self.c.showPage()
        self.page += 1

    def save(self) -> int:
        self.c.save()
        return self.page


def new_fpdf(orientation="P", fmt="letter", fonts=()):
    from fpdf import FPDF
    pdf = FPDF(orientation=orientation, unit="pt", format=fmt)
    pdf.set_creation_date(FIXED_WHEN)
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    for f in fonts:
        fam, _, style = f.partition("-")
        pdf.add_font(fam, "B" if style == "Bold" else "", str(TTF[f]))
    return pdf


def fp_lines(pdf, text, w):
    return pdf.multi_cell(w, 10, text, dry_run=True, output="LINES") or [""]


def fp_row(pdf, y, cols, cells, lead):
    """cols: [(x, w, align)]; cells wrapped; returns number of text lines. Box is (x, y, x1, y + n*lead)."""
    n = 1
    for (x, w, al), cell in zip(cols, cells):
        if cell is None:
            continue
        parts = fp_lines(pdf, cell, w - 2) if al == "L" else [cell]
        n = max(n, len(parts))
        for k, p in enumerate(parts):
            pdf.set_xy(x, y + k * lead)
            pdf.cell(w, lead, p, align=al)
    return n


def fp_text(pdf, x, y, s, w=0, align="L", h=None):
    pdf.set_xy(x, y)
    pdf.cell(w, h or pdf.font_size * 1.25, s, align=align)


# ============================================================================================ w1

def w1_dsnp_member_eob(out: Path) -> Doc:
    doc = Doc("w1_dsnp_member_eob", "dual-plan member EOB", "reportlab",
              "Medicare-Medicaid dual (D-SNP) plan monthly member EOB with Plan paid and Medicaid paid columns,"
              " code and modifier inside the wording, month and year-to-date boxes, notes letters, 2 pages",
              arith={"E"})
    from reportlab.lib.pagesizes import letter
    rl = RL(out / f"{doc.name}.pdf", letter)
    H, F, FB = rl.H, "Helvetica", "Helvetica-Bold"
    patient = "Orla M. Vanterpool"
    sched = {"97161": "101.12", "97110": "29.62", "97140": "27.11", "97112": "33.48", "G0283": "10.37",
             "97165": "98.20", "97760": "41.18", "L3807": "288.40", "99213": "88.46", "97530": "36.85"}

    def mk(dos, code, units, mods=(), deny=False, copay="0"):
        s = L(dos, code, units, mods)
        if deny:
            s.remarks = ["C"]
            return s
        s.allowed = q(D(sched[code]) * s.units)
        s.paid = q(s.allowed * D("0.80"))
        s.owes = D(copay)
        s.other = s.allowed - s.paid - s.owes
        s.remarks = ["A"] if not s.owes else ["D"]
        return s

    claims = [
        ("LOR-338104", "HL26-0107-55821", "Lakeshore Outpatient Rehabilitation", [
            mk(date(2026, 1, 7), "97161", 1, ("GP",)), mk(date(2026, 1, 7), "97110", 2, ("GP",)),
            mk(date(2026, 1, 7), "97140", 1, ("GP",))]),
        ("LOR-338377", "HL26-0116-60214", "Lakeshore Outpatient Rehabilitation", [
            mk(date(2026, 1, 14), "97110", 2, ("GP",)), mk(date(2026, 1, 14), "97112", 1, ("GP",)),
            mk(date(2026, 1, 14), "0552T", 1, deny=True), mk(date(2026, 1, 14), "G0283", 1, ("GP",))]),
        ("PHT-20931", "HL26-0123-70552", "Pinecrest Hand Therapy Associates", [
            mk(date(2026, 1, 21), "97165", 1, ("GO",)), mk(date(2026, 1, 21), "97760", 2, ("GO",)),
            mk(date(2026, 1, 21), "L3807", 1, ("RT",)), mk(date(2026, 1, 21), "97530", 1, ("GO",))]),
        ("EFM-0071932", "HL26-0127-71840", "Eastbay Family Medicine", [
            mk(date(2026, 1, 26), "99213", 1, (), copay="4.00")]),
    ]
    allines = [s for c in claims for s in c[3]]

    def header(first):
        rl.t(40, H - 48, "HARBORLIGHT", FB, 20, color=(0.05, 0.3, 0.5))
        rl.t(40, H - 62, "Health Plans", F, 10, color=(0.05, 0.3, 0.5))
        rl.t(572, H - 44, "Your Explanation of Benefits", FB, 14, "r")
        rl.t(572, H - 58, "Harborlight Duo Advantage (HMO D-SNP)", F, 9, "r")
        rl.t(572, H - 70, "For services processed January 1 - January 31, 2026", F, 9, "r")
        rl.hline(40, 572, H - 80, 1.2, 0.2)
        if not first:
            rl.t(40, H - 94, f"Member: {patient}     Member ID: HLD 6620 4418 07", F, 8.5)

    header(True)
    y = H - 100
    for k, s in enumerate(["Orla M. Vanterpool", "2290 Cordgrass Lane Apt 4", "Port Ashby, OR 97833-1190"]):
        rl.t(40, y - k * 12, s, F, 10)
    rl.t(40, y - 44, "Member ID: HLD 6620 4418 07", F, 9)
    rl.t(40, y - 56, "Medicaid ID: 40-7712-0935", F, 9)
    rl.t(40, y - 68, "This is not a bill.", FB, 10)
    # this month / year-to-date boxes
    bx = 320
    rl.rect(bx, y - 92, 252, 104, fill=(0.93, 0.96, 0.99))
    rl.t(bx + 8, y, "Your plan at a glance", FB, 10)
    rows = [("", "This month", "2026 so far"),
            ("Providers charged", money(tot(allines, "billed")), money(tot(allines, "billed"))),
            ("Plan paid", money(tot(allines, "paid")), money(tot(allines, "paid"))),
            ("Medicaid paid", money(tot(allines, "other")), money(tot(allines, "other"))),
            ("Your share", money(tot(allines, "owes")), money(tot(allines, "owes"))),
            ("Toward $0 out-of-pocket max", "$0.00", "$0.00")]
    for k, (a, b, c) in enumerate(rows):
        yy = y - 16 - k * 12
        fnt = FB if k == 0 else F
        rl.t(bx + 8, yy, a, fnt, 8.5)
        rl.t(bx + 185, yy, b, fnt, 8.5, "r")
        rl.t(bx + 245, yy, c, fnt, 8.5, "r")
    y -= 120
    rl.t(40, y, "Your claims this month", FB, 12)
    rl.t(40, y - 13, "Medicare benefits are paid first by your plan; your Medicaid benefits then pay what Medicare does "
         "not, so your share is usually $0.00.", F, 8)
    y -= 30
    cols = [(40, 52, "l"), (92, 172, "l"), (264, 58, "r"), (322, 58, "r"), (380, 62, "r"), (442, 60, "r"),
            (502, 44, "r"), (546, 26, "c")]
    heads = [("Date of", "service"), ("Service provided", "(code and modifier)"), ("Provider", "charged"),
             ("Plan-", "approved"), ("Plan paid", "(Medicare)"), ("Medicaid", "paid"), ("Your", "share"),
             ("See", "notes")]

    def colhead(y):
        rl.rect(40, y - 16, 532, 26, fill=(0.85, 0.9, 0.95), stroke=False)
        for (x, w, al), (a, b) in zip(cols, heads):
            xx = x + w - 2 if al == "r" else (x + w / 2 if al == "c" else x + 1)
            rl.t(xx, y + 1, a, FB, 7.5, al)
            rl.t(xx, y - 8, b, FB, 7.5, al)
        return y - 28

    def claim_block(y, acct, icn, prov, lines):
        rl.t(40, y, f"Claim number {icn}", FB, 9.5)
        rl.t(230, y, f"Provider: {prov}", F, 8.5)
        rl.t(40, y - 11, f"Patient: {patient}", F, 8.5)
        rl.t(230, y - 11, f"Provider account number: {acct}", F, 8.5)
        y = colhead(y - 26)
        for s in lines:
            cells = [dfmt(s.dos, "mdy2"), f"{s.desc} ({s.code}{' ' + ' '.join(s.mods) if s.mods else ''})",
                     money(s.billed), money(s.allowed), money(s.paid), money(s.other), money(s.owes),
                     " ".join(s.remarks)]
            n = rl.row(y, cols, cells, F, 8, 9.5)
            doc.add(rl.page, rl.box(40, y, 572, n, 8, 9.5), s, claim_id=acct, payer_claim_id=icn, patient=patient,
                    printed=("billed", "allowed", "paid", "patient_owes"), units=False, remarks=s.remarks,
                    other_printed=True)
            y -= n * 9.5 + 4
            rl.hline(40, 572, y + 7, 0.3, 0.7)
        cells = ["", "Claim total", money(tot(lines, "billed")), money(tot(lines, "allowed")), money(tot(lines, "paid")),
                 money(tot(lines, "other")), money(tot(lines, "owes")), ""]
        rl.row(y - 2, cols, cells, FB, 8, 9.5)
        doc.claim(acct, icn, patient, billed=tot(lines, "billed"), allowed=tot(lines, "allowed"),
                  paid=tot(lines, "paid"), patient_owes=tot(lines, "owes"))
        return y - 26

    for acct, icn, prov, lines in claims[:2]:
        y = claim_block(y, acct, icn, prov, lines)
    rl.t(306, 40, "Page 1 of 2", F, 8, "c")
    rl.t(40, 28, "Harborlight Health Plans, PO Box 40712, Port Ashby, OR 97830  |  Member Services 1-800-555-0143 (TTY 711),"
         " 8 a.m. to 8 p.m., 7 days a week", F, 6.5)
    rl.newpage()
    header(False)
    y = H - 116
    for acct, icn, prov, lines in claims[2:]:
        y = claim_block(y, acct, icn, prov, lines)
    y -= 6
    rl.t(40, y, "Notes about your claims", FB, 10)
    doc.legend = [("A", "Your plan paid the Medicare part and your Medicaid benefits paid the rest. You owe nothing."),
                  ("C", "This service is not covered by Medicare or Medicaid. Your provider may not bill you for it."),
                  ("D", "A small Medicaid copayment applies to this office visit.")]
    for k, (a, b) in enumerate(doc.legend):
        rl.t(40, y - 14 - k * 11, f"{a}", FB, 8)
        rl.t(56, y - 14 - k * 11, b, F, 8)
    y -= 64
    rl.rect(40, y - 50, 532, 58, fill=(0.97, 0.97, 0.9))
    rl.t(48, y - 6, "Think a claim is wrong?", FB, 9)
    rl.t(48, y - 19, "Call Member Services. You may ask for an appeal within 65 days of the date on this notice. If you", F, 8)
    rl.t(48, y - 30, "suspect fraud, call our Special Investigations line at 1-800-555-0178. Keep this notice with your", F, 8)
    rl.t(48, y - 41, "health records.", F, 8)
    rl.t(306, 40, "Page 2 of 2", F, 8, "c")
    doc.pages = rl.save()
    return doc


# ============================================================================================ w2

def w2_fixed_indemnity_statement(out: Path) -> Doc:
    doc = Doc("w2_fixed_indemnity_statement", "limited-benefit indemnity statement", "fpdf2",
              "limited medical (fixed indemnity) plan benefit payment statement to the insured: schedule benefit vs"
              " benefit paid, benefit type column, three covered persons, header repeated on page 2", arith=set())
    pdf = new_fpdf()
    pdf.set_font("Times", "", 10)
    insured = "Dariel Quon-Abbate"
    visit_ben, eval_ben, ov_ben = D("40.00"), D("75.00"), D("50.00")
    used = {"n": 0}  # therapy day benefits this covered person already used this policy year (max 20)
    evals = {"97161", "97162", "97165", "97166", "92523"}

    def benefit(lines, used_before):
        days = set()
        used["n"] = used_before
        for s in lines:
            if s.code in evals:
                s.btype, s.sched, s.paid, s.remarks = "Therapy Evaluation", eval_ben, eval_ben, ["E1"]
            elif s.code in ("99213", "99214"):
                s.btype, s.sched, s.paid, s.remarks = "Physician Office Visit", ov_ben, ov_ben, ["P1"]
            elif s.code == "29125":
                s.btype, s.sched, s.paid, s.remarks = "Not Scheduled", ZERO, ZERO, ["N1"]
            elif s.dos in days:
                s.btype, s.sched, s.paid, s.remarks = "Outpatient Therapy", ZERO, ZERO, ["T2"]
            else:
                days.add(s.dos)
                s.btype, s.sched = "Outpatient Therapy", visit_ben
                if used["n"] >= 20:
                    s.paid, s.remarks = ZERO, ["T3"]
                else:
                    used["n"] += 1
                    s.paid, s.remarks = visit_ben, ["T1"]
        return lines

    d = date
    claims = [
        ("55310", "2026-0093114", "Noor Quon-Abbate", "Riverbend Physical Therapy & Sports Rehab", benefit([
            L(d(2026, 1, 5), "97162", 1, ("GP",)), L(d(2026, 1, 5), "97110", 2, ("GP",)),
            L(d(2026, 1, 9), "97110", 2, ("GP",)), L(d(2026, 1, 9), "97140", 1, ("GP",)),
            L(d(2026, 1, 9), "97112", 1, ("GP",))], 6)),
        ("A-20719", "2026-0093188", "Jory Quon-Abbate", "Little Otter Pediatric Therapy", benefit([
            L(d(2026, 1, 6), "97166", 1, ("GO",)), L(d(2026, 1, 13), "97530", 2, ("GO",)),
            L(d(2026, 1, 13), "97533", 1, ("GO",)), L(d(2026, 1, 20), "97530", 2, ("GO",)),
            L(d(2026, 1, 27), "97530", 2, ("GO",)), L(d(2026, 1, 27), "97535", 1, ("GO",))], 18)),
        ("HC-88412", "2026-0094002", "Dariel Quon-Abbate", "Hollis Creek Orthopedic Clinic", benefit([
            L(d(2026, 1, 16), "99214", 1), L(d(2026, 1, 16), "29125", 1, ("LT",))], 0)),
    ]
    cols = [(40, 62, "L"), (102, 70, "L"), (172, 34, "C"), (206, 70, "R"), (282, 118, "L"), (400, 66, "R"),
            (466, 66, "R"), (536, 40, "C")]
    heads = ["Date", "Procedure", "Units", "Charges", "Benefit Type", "Schedule", "Benefit", "Expl."]
    heads2 = ["of Service", "/ Modifier", "", "Billed", "", "Benefit", "Paid", "Code"]
    page = {"n": 1}

    def top():
        pdf.add_page()
        pdf.set_font("Times", "B", 15)
        fp_text(pdf, 40, 36, "SUMMIT CREST LIFE & HEALTH INSURANCE COMPANY")
        pdf.set_font("Times", "", 9)
        fp_text(pdf, 40, 54, "Limited Medical Benefit Plan  -  Claims Office, 800 Granary Row, Cedar Falls Junction, IA 50699")
        pdf.set_font("Times", "B", 12)
        fp_text(pdf, 40, 74, "BENEFIT PAYMENT STATEMENT")
        pdf.set_font("Times", "", 9)
        fp_text(pdf, 372, 36, f"Page {page['n']} of 2", 200, "R")
        fp_text(pdf, 372, 48, "Statement Date: 02/03/2026", 200, "R")
        fp_text(pdf, 372, 60, "Policy Number: LMB-4471093", 200, "R")
        fp_text(pdf, 372, 72, f"Insured: {insured}", 200, "R")
        pdf.line(40, 90, 572, 90)

    def colhead(y):
        pdf.set_font("Times", "B", 8.5)
        pdf.line(40, y - 2, 572, y - 2)
        fp_row(pdf, y, cols, heads, 10)
        fp_row(pdf, y + 10, cols, heads2, 10)
        pdf.line(40, y + 22, 572, y + 22)
        pdf.set_font("Times", "", 9)
        return y + 26

    top()
    y = 102
    pdf.set_font("Times", "", 9.5)
    for k, s in enumerate([insured, "417 Wickham Terrace", "Dunmore Heights, IA 50211"]):
        fp_text(pdf, 40, y + k * 12, s)
    pdf.set_font("Times", "", 9)
    msg = ("This plan pays the fixed amounts shown in your Schedule of Benefits, whatever the provider charges. "
           "Benefits are paid to you unless you assigned them to the provider. This plan is not major medical "
           "coverage and does not satisfy any requirement to carry such coverage.")
    pdf.set_xy(300, y)
    pdf.multi_cell(272, 11, msg, align="L")
    y += 60
    fp_text(pdf, 40, y, "Payment to: Dariel Quon-Abbate     Check Number: 0031882764     Check Date: 02/03/2026")
    y += 22
    for k, (bill, clm, person, prov, lines) in enumerate(claims):
        if k == 2:
            pdf.set_font("Times", "I", 8)
            fp_text(pdf, 40, 752, "Continued on next page")
            page["n"] = 2
            top()
            y = 102
        pdf.set_font("Times", "B", 9.5)
        fp_text(pdf, 40, y, f"Claim No. {clm}")
        fp_text(pdf, 200, y, f"Covered Person: {person}")
        pdf.set_font("Times", "", 9)
        fp_text(pdf, 40, y + 12, f"Provider: {prov}")
        fp_text(pdf, 320, y + 12, f"Provider Bill No. {bill}")
        y = colhead(y + 30)
        for s in lines:
            cells = [dfmt(s.dos, "mdy4"), s.code + (f" {s.mods[0]}" if s.mods else ""), str(s.units),
                     money(s.billed, ","), s.btype, money(s.sched, ","), money(s.paid, ","), s.remarks[0]]
            n = fp_row(pdf, y, cols, cells, 12)
            doc.add(page["n"], (40, y, 572, y + n * 12), s, claim_id=bill, payer_claim_id=clm, patient=person,
                    printed=("billed", "paid"), remarks=s.remarks)
            y += n * 12
        pdf.line(206, y + 1, 572, y + 1)
        pdf.set_font("Times", "B", 9)
        fp_row(pdf, y + 3, cols, ["", "Claim Totals", "", money(tot(lines, "billed"), ","), "", "",
                                  money(tot(lines, "paid"), ","), ""], 12)
        doc.claim(bill, clm, person, billed=tot(lines, "billed"), paid=tot(lines, "paid"))
        y += 34
    pdf.set_font("Times", "B", 10)
    allp = tot([s for c in claims for s in c[4]], "paid")
    fp_text(pdf, 40, y, f"Total Benefits Paid This Statement: {money(allp)}")
    y += 22
    pdf.set_font("Times", "B", 9)
    fp_text(pdf, 40, y, "Therapy day benefits used this policy year: Noor 8 of 20, Jory 20 of 20, Dariel 0 of 20")
    y += 20
    fp_text(pdf, 40, y, "EXPLANATION CODES")
    pdf.set_font("Times", "", 9)
    doc.legend = [("T1", "Outpatient therapy day benefit paid at the scheduled amount."),
                  ("T2", "Only one therapy benefit is payable per covered person per day."),
                  ("T3", "The yearly number of therapy day benefits has been used."),
                  ("E1", "Therapy evaluation benefit paid at the scheduled amount."),
                  ("P1", "Physician office visit benefit paid at the scheduled amount."),
                  ("N1", "This service is not a scheduled benefit under your policy.")]
    for k, (a, b) in enumerate(doc.legend):
        fp_text(pdf, 40, y + 14 + k * 12, a)
        fp_text(pdf, 70, y + 14 + k * 12, b)
    y += 100
    pdf.set_font("Times", "I", 8)
    pdf.set_xy(40, y)
    pdf.multi_cell(532, 10, "If you disagree with how this claim was paid, write to the Claims Office within 180 days of the "
                   "statement date. Keep this statement for your records. Summit Crest is a fictional insurer.", align="L")
    doc.pages = pdf.page
    pdf.output(str(out / f"{doc.name}.pdf"))
    return doc


# ============================================================================================ w3

def w3_large_print_eob(out: Path) -> Doc:
    doc = Doc("w3_large_print_eob", "large-print member EOB", "fpdf2",
              "large-print (16 pt) family member EOB: five columns, service wording with the code wrapping over"
              " two or three text lines, a claim continued across pages under a repeated header, 'Page 2 of N'",
              arith=set())
    fonts = ("DejaVuSans", "DejaVuSans-Bold") if ttf_ok("DejaVuSans", "DejaVuSans-Bold") else ()
    fam = "DejaVuSans" if fonts else "Helvetica"
    pdf = new_fpdf(fonts=fonts)
    pdf.alias_nb_pages("{nb}")
    d = date
    tom, bea = "Tomasz Ilunga-Reyes", "Bea Ilunga-Reyes"
    pt, pb = Plan(rate="0.82", ded="0", coins="0.20"), Plan(rate="0.82", ded="150", coins="0.20")
    wording = {"92523": "Speech and language evaluation", "92507": "Speech therapy session",
               "97166": "Occupational therapy evaluation", "97530": "Therapy activities",
               "97535": "Daily living skills training", "97533": "Sensory integration therapy"}

    def mk(plan, dos, code, units, mods, deny=False):
        s = L(dos, code, units, mods, desc=wording[code])
        return plan.apply(s, deny=deny, owes_denied=True)

    claims = [
        ("SPK-1182", "26-CR-0041-7781", tom, "Brookhaven Speech & Language Center", [
            mk(pt, d(2026, 1, 6), "92523", 1, ("GN",)), mk(pt, d(2026, 1, 6), "92507", 1, ("GN",))]),
        ("SPK-1190", "26-CR-0042-0315", tom, "Brookhaven Speech & Language Center", [
            mk(pt, d(2026, 1, 13), "92507", 1, ("GN",)), mk(pt, d(2026, 1, 20), "92507", 1, ("GN",))]),
        ("0007719-03", "26-CR-0042-4460", bea, "Sprout & Sprocket Kids OT", [
            mk(pb, d(2026, 1, 8), "97166", 1, ("GO",)), mk(pb, d(2026, 1, 8), "97530", 2, ("GO",)),
            mk(pb, d(2026, 1, 15), "97530", 2, ("GO",)), mk(pb, d(2026, 1, 15), "97535", 1, ("GO",)),
            mk(pb, d(2026, 1, 15), "97533", 1, ("GO",), deny=True), mk(pb, d(2026, 1, 22), "97530", 2, ("GO",))]),
    ]
    cols = [(50, 108, "L"), (158, 170, "L"), (328, 80, "R"), (408, 80, "R"), (488, 80, "R")]
    lead = 20

    def pagehead():
        pdf.add_page()
        pdf.set_font(fam, "B", 18)
        fp_text(pdf, 50, 40, "Cardinal Ridge Health Plan")
        pdf.set_font(fam, "", 14)
        fp_text(pdf, 50, 64, "LARGE PRINT  Explanation of Benefits")
        fp_text(pdf, 50, 84, f"Page {pdf.page} of {{nb}}")
        pdf.line(50, 106, 568, 106)
        return 118

    def colhead(y):
        pdf.set_font(fam, "B", 16)
        pdf.set_fill_color(225, 225, 225)
        pdf.rect(50, y - 2, 518, 2 * lead + 4, style="F")
        fp_row(pdf, y, cols, ["Date", "Service", "Billed", "Plan", "You"], lead)
        fp_row(pdf, y + lead, cols, ["", "", "", "paid", "owe"], lead)
        pdf.set_font(fam, "", 16)
        return y + 2 * lead + 10

    y = pagehead()
    pdf.set_font(fam, "", 16)
    for k, s in enumerate(["Marisol Ilunga-Reyes", "88 Larkspur Court", "Fenwick, MN 55912"]):
        fp_text(pdf, 50, y + k * 22, s)
    y += 80
    pdf.set_font(fam, "B", 16)
    fp_text(pdf, 50, y, "THIS IS NOT A BILL")
    pdf.set_font(fam, "", 16)
    pdf.set_xy(50, y + 26)
    pdf.multi_cell(518, 21, "This statement shows the claims we processed from January 6 to January 31, 2026 for "
                   "members of your family. Keep it with your health records.", align="L")
    y = pdf.get_y() + 18
    bottom = 720
    for acct, clm, pat, prov, lines in claims:
        if y > bottom - 200:
            y = pagehead()
        pdf.set_font(fam, "B", 16)
        fp_text(pdf, 50, y, f"Patient: {pat}")
        pdf.set_font(fam, "", 16)
        fp_text(pdf, 50, y + 22, f"Claim number: {clm}")
        fp_text(pdf, 50, y + 44, f"Provider: {prov}")
        fp_text(pdf, 50, y + 66, f"Provider's account number: {acct}")
        y = colhead(y + 96)
        for s in lines:
            cells = [dfmt(s.dos, "mdy4"), f"{s.desc} ({s.code} {' '.join(s.mods)})", money(s.billed),
                     money(s.paid), money(s.owes)]
            n = len(fp_lines(pdf, cells[1], 168))
            if y + n * lead > bottom:
                pdf.set_font(fam, "", 14)
                fp_text(pdf, 50, bottom + 20, "This claim continues on the next page.")
                y = pagehead()
                pdf.set_font(fam, "B", 16)
                fp_text(pdf, 50, y, f"Claim {clm} (continued)")
                y = colhead(y + 28)
            n = fp_row(pdf, y, cols, cells, lead)
            doc.add(pdf.page, (50, y, 568, y + n * lead), s, claim_id=acct, payer_claim_id=clm, patient=pat,
                    printed=("billed", "paid", "patient_owes"), units=False)
            y += n * lead + 8
            pdf.line(50, y - 4, 568, y - 4)
        pdf.set_font(fam, "B", 16)
        fp_row(pdf, y + 2, cols, ["Total", "", money(tot(lines, "billed")), money(tot(lines, "paid")),
                                  money(tot(lines, "owes"))], lead)
        pdf.set_font(fam, "", 16)
        doc.claim(acct, clm, pat, billed=tot(lines, "billed"), paid=tot(lines, "paid"),
                  patient_owes=tot(lines, "owes"))
        ded, coi = tot(lines, "deductible"), tot(lines, "coinsurance")
        nc = tot(lines, "not_covered")
        why = f"Why you owe {money(tot(lines, 'owes'))}: deductible {money(ded)}, coinsurance {money(coi)}"
        why += f", services your plan does not cover {money(nc)}." if nc else "."
        pdf.set_xy(50, y + 30)
        pdf.multi_cell(518, 21, why, align="L")
        y = pdf.get_y() + 30
    if y > bottom - 150:
        y = pagehead()
    pdf.set_font(fam, "B", 16)
    fp_text(pdf, 50, y, "Questions?")
    pdf.set_font(fam, "", 16)
    pdf.set_xy(50, y + 26)
    pdf.multi_cell(518, 21, "Call Member Services at 1-800-555-0166 (TTY 711). You can ask for this statement in "
                   "other formats, such as braille or audio, at no cost.", align="L")
    doc.pages = pdf.page
    pdf.output(str(out / f"{doc.name}.pdf"))
    return doc


# ============================================================================================ w4

def w4_service_cards_eob(out: Path) -> Doc:
    doc = Doc("w4_service_cards_eob", "plain-language EOB, one card per service", "reportlab",
              "redesigned plain-language member EOB: one card per service with labelled value tiles (billed,"
              " discount, not covered, allowed, plan paid, your share) and a 'made of' line, claim banners,"
              " a denied service, 'Jan 8, 2026' dates", arith={"A", "B", "C"})
    from reportlab.lib.pagesizes import letter
    fonts = ("DejaVuSans", "DejaVuSans-Bold") if ttf_ok("DejaVuSans", "DejaVuSans-Bold") else ()
    F, FB = ("DejaVuSans", "DejaVuSans-Bold") if fonts else ("Helvetica", "Helvetica-Bold")
    rl = RL(out / f"{doc.name}.pdf", letter, fonts)
    H = rl.H
    d = date
    priya, ign = "Priya Castellanos-Oduya", "Ignatius Castellanos-Oduya"
    pp = Plan(rate="0.80", ded="120", coins="0.20")
    pi = Plan(rate="0.78", ded="0", coins="0.20", visit_copay="30")
    plain = {"97165": "Occupational therapy evaluation", "97760": "Splint fitting and training",
             "L3807": "Custom-fitted wrist and hand splint", "97140": "Hands-on therapy", "97018": "Warm wax treatment",
             "97162": "Physical therapy evaluation", "97110": "Strengthening exercises",
             "97112": "Balance and coordination training", "97014": "Electrical stimulation"}

    def mk(plan, dos, code, units, mods, deny=False, remark=None):
        s = plan.apply(L(dos, code, units, mods, desc=plain[code]), deny=deny)
        if remark:
            s.remarks = [remark]
        return s

    claims = [
        ("NHT-99401", "0M-7713-2026-0042", priya, "Northgate Hand & Upper Limb Therapy", d(2026, 1, 14), [
            mk(pp, d(2026, 1, 8), "97165", 1, ("GO",)), mk(pp, d(2026, 1, 8), "97760", 2, ("GO",)),
            mk(pp, d(2026, 1, 8), "L3807", 1, ("RT",)), mk(pp, d(2026, 1, 8), "97018", 1, ("GO",), deny=True,
                                                               remark="N7")]),
        ("NHT-99458", "0M-7713-2026-0107", priya, "Northgate Hand & Upper Limb Therapy", d(2026, 1, 21), [
            mk(pp, d(2026, 1, 15), "97140", 1, ("GO", "59")), mk(pp, d(2026, 1, 15), "97760", 1, ("GO",))]),
        ("24-118830", "0M-7713-2026-0150", ign, "Ridgeway Physical Therapy", d(2026, 1, 23), [
            mk(pi, d(2026, 1, 12), "97162", 1, ("GP",)), mk(pi, d(2026, 1, 12), "97110", 3, ("GP",)),
            mk(pi, d(2026, 1, 19), "97110", 2, ("GP",)), mk(pi, d(2026, 1, 19), "97112", 2, ("GP",)),
            mk(pi, d(2026, 1, 19), "97014", 1, ("GP",), deny=True, remark="N4")]),
    ]

    def pagehead(first):
        rl.rect(0, H - 70, rl.W, 70, fill=(0.16, 0.32, 0.30), stroke=False)
        rl.t(40, H - 40, "Meridian Valley Health", FB, 18, color=(1, 1, 1))
        rl.t(40, H - 58, "Your Benefits Statement  \u00b7  This is not a bill", F, 10, color=(1, 1, 1))
        rl.t(572, H - 40, f"Page {rl.page} of 3", F, 9, "r", color=(1, 1, 1))
        rl.t(572, H - 58, f"For: {ign} and family  \u00b7  ID MVH-30-88120-4", F, 8, "r", color=(1, 1, 1))
        return H - 96

    y = pagehead(True)
    rl.t(40, y, "What happened with your claims", FB, 13)
    rl.t(40, y - 16, "We processed 3 claims between Jan 14, 2026 and Jan 23, 2026. Each card below is one service.", F, 9)
    y -= 40
    cw = 532
    tiles = [("Billed by provider", "billed"), ("Network discount", "discount"), ("Not covered", "not_covered"),
             ("Plan allowed", "allowed"), ("Plan paid", "paid")]
    for acct, clm, pat, prov, recd, lines in claims:
        if y < 200:
            rl.newpage()
            y = pagehead(False)
        rl.rect(40, y - 30, cw, 38, fill=(0.9, 0.95, 0.94), stroke=False)
        rl.t(48, y - 6, f"{pat}  \u00b7  {prov}", FB, 10)
        rl.t(48, y - 21, f"Claim {clm}  \u00b7  Received {dfmt(recd, 'mon')}  \u00b7  Provider account no. {acct}", F, 8)
        y -= 44
        for s in lines:
            if y < 130:
                rl.newpage()
                y = pagehead(False)
                rl.t(40, y, f"{pat}  \u00b7  Claim {clm} (continued)", FB, 9)
                y -= 16
            top = y
            rl.rect(40, y - 84, cw, 88, fill=(1, 1, 1), radius=6)
            rl.t(50, y - 12, s.desc, FB, 10.5)
            rl.t(562, y - 12, dfmt(s.dos, "mon"), F, 9, "r")
            mods = ", ".join(s.mods)
            rl.t(50, y - 25, f"Procedure code {s.code}  \u00b7  Modifier{'s' if len(s.mods) > 1 else ''} {mods}  \u00b7  "
                 f"{s.units} unit{'s' if s.units != 1 else ''}", F, 8, color=(0.35, 0.35, 0.35))
            tx = 50
            for lab, attr in tiles:
                rl.t(tx, y - 42, lab, F, 7, color=(0.35, 0.35, 0.35))
                rl.t(tx, y - 55, money(getattr(s, attr)), FB, 10)
                tx += 82
            rl.rect(462, y - 62, 100, 30, fill=(0.98, 0.93, 0.82), stroke=False, radius=4)
            rl.t(470, y - 42, "YOUR SHARE", FB, 7)
            rl.t(554, y - 56, money(s.owes), FB, 11, "r")
            made = (f"Your share is made of: deductible {money(s.deductible)}  \u00b7  copay {money(s.copay)}  \u00b7  "
                    f"coinsurance {money(s.coinsurance)}")
            rl.t(50, y - 74, made, F, 7.5)
            if s.remarks:
                rl.t(562, y - 74, f"Note {s.remarks[0]}", FB, 7.5, "r")
            doc.add(rl.page, (40, H - top, 572, H - (y - 84)), s, claim_id=acct, payer_claim_id=clm, patient=pat,
                    printed=("billed", "discount", "not_covered", "allowed", "paid", "patient_owes", "deductible",
                             "copay", "coinsurance"), remarks=s.remarks)
            y -= 96
        rl.t(48, y, f"Claim total:  billed {money(tot(lines, 'billed'))}   plan allowed {money(tot(lines, 'allowed'))}"
             f"   plan paid {money(tot(lines, 'paid'))}   your share {money(tot(lines, 'owes'))}", FB, 8.5)
        doc.claim(acct, clm, pat, billed=tot(lines, "billed"), allowed=tot(lines, "allowed"), paid=tot(lines, "paid"),
                  patient_owes=tot(lines, "owes"))
        y -= 28
    doc.legend = [("N4", "This service is not covered when it is done without a therapist present. You do not owe it."),
                  ("N7", "Warm wax treatment is not a covered benefit of your plan. Your provider agreed not to bill you.")]
    if y < 140:
        rl.newpage()
        y = pagehead(False)
    rl.t(40, y, "Notes", FB, 11)
    for k, (a, b) in enumerate(doc.legend):
        rl.t(40, y - 16 - k * 12, a, FB, 8)
        rl.t(62, y - 16 - k * 12, b, F, 8)
    y -= 50
    rl.t(40, y, "Your 2026 deductible: $120.00 of $500.00 met (Priya)  \u00b7  $0.00 of $500.00 met (Ignatius)", F, 8)
    rl.t(40, y - 12, "Questions? Call 1-800-555-0190 or chat with us in the Meridian Valley app.", F, 8)
    doc.pages = rl.save()
    return doc


# ============================================================================================ w5

def w5_denial_letter(out: Path) -> Doc:
    doc = Doc("w5_denial_letter", "adverse benefit determination letter", "fpdf2",
              "notice of adverse benefit determination to a parent: letter text, a 'services we reviewed' table"
              " with claim number per row, Decision and Reason columns, partly approved claim, table continued on"
              " page 2 under a repeated header, appeal-rights page", arith={"E"})
    fonts = ("LiberationSerif", "LiberationSerif-Bold") if ttf_ok("LiberationSerif", "LiberationSerif-Bold") else ()
    fam = "LiberationSerif" if fonts else "Times"
    pdf = new_fpdf(fonts=fonts)
    d = date
    child = "Mateo Quispe-Hallorann"
    plan = Plan(rate="0.75", ded="0", coins="0.10")

    def mk(dos, code, units, mods, reason=None, approve=True):
        s = L(dos, code, units, mods)
        if approve:
            plan.apply(s)
            s.decision, s.remarks = "Approved", []
        else:
            s.allowed, s.paid, s.owes = ZERO, ZERO, ZERO
            s.decision, s.remarks = "Denied", [reason]
        return s

    claims = [
        ("TLC-5521", "BMH-26011-40977", [
            mk(d(2026, 1, 9), "92507", 1, ("GN",), "V20", False), mk(d(2026, 1, 9), "97530", 2, ("GO", "59"), "V20", False),
            mk(d(2026, 1, 9), "97535", 1, ("GO",))]),
        ("TLC-5604", "BMH-26020-51133", [
            mk(d(2026, 1, 16), "92507", 1, ("GN",), "V20", False), mk(d(2026, 1, 16), "92526", 1, ("GN",)),
            mk(d(2026, 1, 16), "97530", 3, ("GO",), "PA2", False), mk(d(2026, 1, 16), "97110", 1, ("GO",))]),
        ("TLC-5688", "BMH-26027-60388", [
            mk(d(2026, 1, 23), "92507", 1, ("GN",), "V20", False), mk(d(2026, 1, 23), "92526", 1, ("GN",)),
            mk(d(2026, 1, 23), "97112", 1, ("GO",))]),
    ]
    cols = [(40, 88, "L"), (128, 58, "L"), (186, 38, "L"), (224, 36, "L"), (260, 28, "C"), (288, 56, "R"),
            (344, 54, "L"), (398, 54, "R"), (452, 48, "R"), (500, 42, "R"), (542, 32, "C")]
    heads = [["Claim number", "Date of", "Code", "Mod", "Units", "Amount", "Decision", "Amount", "Plan", "You may", "Rea-"],
             ["", "service", "", "", "", "billed", "", "approved", "paid", "owe", "son"]]

    def footer():
        pdf.set_font(fam, "", 8)
        fp_text(pdf, 40, 752, "Bluestem Mutual Health Plan  \u2022  Utilization Management  \u2022  Letter ID UM-26-0201-3317"
                "      Page " + str(pdf.page) + " of 3")

    def colhead(y):
        pdf.set_font(fam, "B", 8.5)
        pdf.set_draw_color(0)
        pdf.rect(40, y - 3, 534, 26)
        fp_row(pdf, y, cols, heads[0], 10)
        fp_row(pdf, y + 10, cols, heads[1], 10)
        pdf.set_font(fam, "", 9)
        return y + 28

    pdf.add_page()
    pdf.set_font(fam, "B", 16)
    fp_text(pdf, 40, 40, "Bluestem Mutual Health Plan")
    pdf.set_font(fam, "", 9)
    fp_text(pdf, 40, 60, "1440 Prairie Commons Blvd, Suite 300, Millbrook, NE 68044")
    fp_text(pdf, 40, 72, "Member Services 1-800-555-0133  \u2022  TTY 711")
    pdf.set_font(fam, "", 10.5)
    fp_text(pdf, 40, 100, "February 2, 2026")
    for k, s in enumerate(["Renata Hallorann-Quispe", "5117 Juniper Hollow Rd", "Millbrook, NE 68044"]):
        fp_text(pdf, 40, 122 + k * 13, s)
    pdf.set_font(fam, "B", 10.5)
    fp_text(pdf, 40, 176, "NOTICE OF ADVERSE BENEFIT DETERMINATION")
    pdf.set_font(fam, "", 10.5)
    fp_text(pdf, 40, 192, f"Member: {child}     Member ID: BMH 772 015 48-02     Group: 40918 Quarry Ridge Schools")
    fp_text(pdf, 40, 206, "Provider: Tall Larch Children's Therapy")
    pdf.set_xy(40, 228)
    body = ("Dear Renata Hallorann-Quispe,\n\nWe reviewed the claims listed below for therapy your child received in "
            "January 2026. Some of the services were not approved. This letter explains our decision, what you may "
            "owe, and how to ask us to look at it again.\n\nYour plan covers up to 20 visits of speech therapy each "
            "calendar year, and therapy activities above 2 units a day need approval before the visit. Tall Larch "
            "Children's Therapy is in our network, so it may not bill you for services we denied for these reasons.")
    pdf.multi_cell(534, 14, body, align="L")
    y = pdf.get_y() + 14
    pdf.set_font(fam, "B", 11)
    fp_text(pdf, 40, y, "Services we reviewed")
    y = colhead(y + 20)
    for ci, (acct, clm, lines) in enumerate(claims):
        if ci == 2:
            footer()
            pdf.add_page()
            pdf.set_font(fam, "B", 11)
            fp_text(pdf, 40, 40, f"Services we reviewed (continued)  \u2022  Member: {child}")
            y = colhead(64)
        pdf.set_font(fam, "", 8.5)
        fp_text(pdf, 40, y, f"Provider's account no. {acct}")
        pdf.set_font(fam, "", 9)
        y += 12
        for s in lines:
            cells = [clm, dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), str(s.units), money(s.billed), s.decision,
                     money(s.allowed), money(s.paid), money(s.owes), " ".join(s.remarks)]
            n = fp_row(pdf, y, cols, cells, 13)
            doc.add(pdf.page, (40, y, 574, y + n * 13), s, claim_id=acct, payer_claim_id=clm, patient=child,
                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks)
            y += n * 13
        pdf.set_draw_color(150)
        pdf.line(40, y + 1, 574, y + 1)
        pdf.set_font(fam, "B", 9)
        fp_row(pdf, y + 3, cols, ["Claim total", "", "", "", "", money(tot(lines, "billed")), "",
                                  money(tot(lines, "allowed")), money(tot(lines, "paid")), money(tot(lines, "owes")), ""],
               13)
        pdf.set_font(fam, "", 9)
        doc.claim(acct, clm, child, billed=tot(lines, "billed"), allowed=tot(lines, "allowed"),
                  paid=tot(lines, "paid"), patient_owes=tot(lines, "owes"))
        y += 22
    doc.legend = [("V20", "The yearly limit of 20 speech therapy visits was reached before this date."),
                  ("PA2", "More than 2 units of therapy activities in one day needs approval first; none was on file.")]
    pdf.set_font(fam, "B", 10)
    fp_text(pdf, 40, y + 8, "What the reason codes mean")
    pdf.set_font(fam, "", 9.5)
    for k, (a, b) in enumerate(doc.legend):
        fp_text(pdf, 40, y + 24 + k * 13, a)
        fp_text(pdf, 76, y + 24 + k * 13, b)
    pdf.set_xy(40, y + 60)
    pdf.multi_cell(534, 13, "What you may owe: only the coinsurance shown for approved services. You do not owe "
                   "anything for the denied services listed above.", align="L")
    footer()
    pdf.add_page()
    pdf.set_font(fam, "B", 12)
    fp_text(pdf, 40, 40, "Your right to appeal")
    pdf.set_font(fam, "", 10.5)
    pdf.set_xy(40, 62)
    pdf.multi_cell(534, 14, "You, your child's provider, or someone you name may ask us to review this decision. Send "
                   "your request within 180 days of the date of this letter to: Bluestem Mutual Appeals Unit, PO Box "
                   "7702, Millbrook, NE 68045, or call 1-800-555-0133. Include the claim numbers above and any letters "
                   "or records from the therapist that explain why more visits are needed.\n\nIf your child's health "
                   "could be seriously harmed by waiting, ask for an expedited (fast) appeal; we will decide within 72 "
                   "hours. After our final decision you may ask for an external review by an independent review "
                   "organization at no cost to you.\n\nYou may request, free of charge, copies of all documents and "
                   "the plan rules we used to make this decision.", align="L")
    footer()
    doc.pages = pdf.page
    pdf.output(str(out / f"{doc.name}.pdf"))
    return doc


# ============================================================================================ w6

def w6_spenddown_notice(out: Path) -> Doc:
    doc = Doc("w6_spenddown_notice", "Medicaid spend-down notice", "reportlab",
              "state Medicaid medically-needy notice of bills used to meet the monthly spend-down: monospaced"
              " fixed-width rows, ICN and recipient on every row, APPLIED TO SD / MA ALLOWED / MA PAID with a"
              " running SD BALANCE column, one month per page with the header repeated", arith=set())
    from eobgen import SCHED
    from reportlab.lib.pagesizes import letter
    fonts = ("LiberationMono", "LiberationMono-Bold") if ttf_ok("LiberationMono", "LiberationMono-Bold") else ()
    F, FB = ("LiberationMono", "LiberationMono-Bold") if fonts else ("Courier", "Courier-Bold")
    rl = RL(out / f"{doc.name}.pdf", letter, fonts)
    H = rl.H
    sched = {**SCHED, "99214": "112.40"}
    kes, wren = "DUNMORE, KESTREL A", "DUNMORE, WREN T"
    d = date
    months = [
        ("JANUARY 2026", [
            ("2026005104417", kes, [L(d(2026, 1, 5), "99214", 1)]),
            ("2026006220931", kes, [L(d(2026, 1, 6), "97161", 1, ("GP",)), L(d(2026, 1, 6), "97110", 2, ("GP",)),
                                    L(d(2026, 1, 6), "97140", 1, ("GP",))]),
            ("2026009118804", wren, [L(d(2026, 1, 8), "92523", 1, ("GN",))]),
            ("2026013407712", kes, [L(d(2026, 1, 13), "97110", 2, ("GP",)), L(d(2026, 1, 13), "97112", 1, ("GP",))]),
            ("2026016551290", wren, [L(d(2026, 1, 15), "92507", 1, ("GN",))]),
            ("2026023380117", wren, [L(d(2026, 1, 22), "92507", 1, ("GN",))]),
            ("2026030114562", wren, [L(d(2026, 1, 29), "92507", 1, ("GN",))])]),
        ("FEBRUARY 2026", [
            ("2026033780026", kes, [L(d(2026, 2, 2), "97110", 2, ("GP",)), L(d(2026, 2, 2), "97140", 1, ("GP",))]),
            ("2026037002218", wren, [L(d(2026, 2, 5), "92507", 1, ("GN",))]),
            ("2026040219935", kes, [L(d(2026, 2, 9), "97110", 2, ("GP",)), L(d(2026, 2, 9), "97112", 1, ("GP",))]),
            ("2026044410873", wren, [L(d(2026, 2, 12), "92507", 1, ("GN",))]),
            ("2026051160044", wren, [L(d(2026, 2, 19), "92507", 1, ("GN",))]),
            ("2026058338519", wren, [L(d(2026, 2, 26), "92507", 1, ("GN",))])]),
    ]
    fmt = "{:<15}{:<20}{:<9}{:<6}{:<4}{:>5}{:>11}{:>14}{:>12}{:>10}{:>12}"
    head = fmt.format("ICN", "RECIPIENT", "DOS", "PROC", "MOD", "UNITS", "BILLED", "APPLIED TO SD", "MA ALLOWED",
                      "MA PAID", "SD BALANCE")
    size, lead = 7.4, 10.5
    for mi, (month, icns) in enumerate(months):
        if mi:
            rl.newpage()
        rl.t(36, H - 40, "STATE OF NORTH PLAINS", FB, 10)
        rl.t(36, H - 52, "DEPARTMENT OF HUMAN SERVICES - MEDICAL ASSISTANCE PROGRAM", F, 8)
        rl.t(576, H - 40, f"PAGE {mi + 1} OF 2", F, 8, "r")
        rl.t(576, H - 52, "NOTICE DATE 03/06/2026", F, 8, "r")
        rl.t(576, H - 64, "CASE NO 31-0044718", F, 8, "r")
        rl.t(36, H - 84, "NOTICE OF MEDICAL BILLS USED TO MEET YOUR SPENDDOWN", FB, 10)
        y = H - 104
        if mi == 0:
            for k, s in enumerate(["KESTREL A DUNMORE", "611 TANAGER ST", "OSWIN FALLS NP 58102"]):
                rl.t(36, y - k * 11, s, F, 8.5)
            msg = ["YOUR HOUSEHOLD HAS A MONTHLY SPENDDOWN OF $612.00. BILLS FOR MEDICAL CARE ARE COUNTED",
                   "IN DATE ORDER UNTIL THE SPENDDOWN IS MET. THE AMOUNT APPLIED TO SD IS YOURS TO PAY TO THE",
                   "PROVIDER. AFTER THE SPENDDOWN IS MET, MEDICAL ASSISTANCE PAYS FOR COVERED SERVICES FOR THE",
                   "REST OF THE MONTH."]
            for k, s in enumerate(msg):
                rl.t(36, y - 44 - k * 10, s, F, 7.5)
            y -= 96
        rl.t(36, y, f"BENEFIT MONTH: {month}     SPENDDOWN AMOUNT: 612.00", FB, 8.5)
        y -= 16
        rl.t(36, y, head, FB, size)
        rl.hline(36, 576, y - 3, 0.5)
        y -= lead + 3
        bal = D("612.00")
        totals = [ZERO] * 4
        for icn, who, lines in icns:
            for s in lines:
                s.allowed = min(s.billed, q(D(sched[s.code]) * s.units))
                s.owes = min(s.billed, bal)
                bal -= s.owes
                s.paid = max(ZERO, s.allowed - s.owes)
                row = fmt.format(icn, who, dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), f"{s.units}",
                                 money(s.billed, ","), money(s.owes, ","), money(s.allowed, ","), money(s.paid, ","),
                                 money(bal, ","))
                rl.t(36, y, row, F, size)
                doc.add(rl.page, rl.box(36, y, 576, 1, size, lead), s, claim_id=None, payer_claim_id=icn, patient=who,
                        printed=("billed", "allowed", "paid", "patient_owes"))
                for k, a in enumerate(("billed", "owes", "allowed", "paid")):
                    totals[k] += getattr(s, a)
                y -= lead
            doc.claim(None, icn, who)
        rl.hline(36, 576, y + 6, 0.5, dash=(2, 2))
        rl.t(36, y - 4, fmt.format(f"TOTAL {month}", "", "", "", "", "", *(money(t, ",") for t in totals), ""), FB, size)
        y -= 30
        rl.t(36, y, f"SPENDDOWN MET ON: {next(s.dos for _, _, ls in icns for s in ls if s.paid > 0):%m/%d/%y}", F, 8)
        y -= 40
        if mi == 1:
            for k, s in enumerate(["IF YOU THINK THIS NOTICE IS WRONG YOU MAY ASK FOR A FAIR HEARING WITHIN 30 DAYS.",
                                   "CALL YOUR COUNTY ELIGIBILITY WORKER AT 1-800-555-0121 OR WRITE TO THE ADDRESS ON",
                                   "THE BACK OF YOUR MEDICAL ASSISTANCE CARD. KEEP THIS NOTICE WITH YOUR BILLS."]):
                rl.t(36, y - k * 10, s, F, 7.5)
        rl.t(36, 30, "FORM MA-SD-114 (REV 07/25)", F, 7)
    doc.pages = rl.save()
    return doc


# ============================================================================================ w7

def w7_autism_benefit_eob(out: Path) -> Doc:
    doc = Doc("w7_autism_benefit_eob", "behavioral-health carve-out member EOB", "reportlab",
              "behavioral-health administrator member EOB for an autism benefit (ABA plus speech/OT): weekly date"
              " ranges '01/05/26 - 01/09/26', large unit counts, HN/HO credential modifiers, authorization number and"
              " units-left columns, a not-covered line, landscape narrow font, header repeated on page 2",
              arith={"B", "C"})
    from reportlab.lib.pagesizes import landscape, letter
    fonts = ("LiberationSansNarrow", "LiberationSansNarrow-Bold") if ttf_ok("LiberationSansNarrow") else ()
    F, FB = ("LiberationSansNarrow", "LiberationSansNarrow-Bold") if fonts else ("Helvetica", "Helvetica-Bold")
    rl = RL(out / f"{doc.name}.pdf", landscape(letter), fonts)
    H = rl.H
    d = date
    elio, sun = "Elio Aldana-Whitlock", "Sunniva Aldana-Whitlock"
    plan = Plan(rate="0.85", ded="250", coins="0.10")
    auth = {"97151": ["7HB-552019", 16], "97153": ["7HB-552020", 480], "97155": ["7HB-552021", 96],
            "97156": ["7HB-552022", 24]}

    def mk(dos, code, units, mods, end=None, deny=False):
        s = plan.apply(L(dos, code, units, mods, end=end), deny=deny)
        if code in auth:
            auth[code][1] -= int(units)
            s.auth, s.left = auth[code][0], str(auth[code][1])
            s.remarks = ["A1"]
        else:
            s.auth, s.left = "Not req.", "--"
            s.remarks = ["X9"] if deny else []
        return s

    claims = [
        ("ABA-7710-01", "KPB2601160093", elio, "Cedar Loop Autism Services", [
            mk(d(2026, 1, 5), "97151", 8, ("HO",)),
            mk(d(2026, 1, 5), "97153", 40, ("HN",), d(2026, 1, 9)), mk(d(2026, 1, 5), "97155", 8, ("HO",), d(2026, 1, 9)),
            mk(d(2026, 1, 7), "97156", 2, ("HO",))]),
        ("ABA-7710-02", "KPB2601230118", elio, "Cedar Loop Autism Services", [
            mk(d(2026, 1, 12), "97153", 38, ("HN",), d(2026, 1, 16)),
            mk(d(2026, 1, 12), "97155", 6, ("HO",), d(2026, 1, 16)), mk(d(2026, 1, 14), "97156", 2, ("HO",))]),
        ("WTC-40288", "KPB2601270231", sun, "Willow Table Therapy Co.", [
            mk(d(2026, 1, 6), "92507", 1, ("GN",)), mk(d(2026, 1, 6), "97530", 2, ("GO",)),
            mk(d(2026, 1, 20), "92507", 1, ("GN",)), mk(d(2026, 1, 20), "97533", 1, ("GO", "59"), deny=True)]),
    ]
    cols = [(36, 84, "l"), (120, 46, "l"), (166, 30, "l"), (196, 34, "r"), (230, 56, "r"), (286, 56, "r"),
            (342, 52, "r"), (394, 56, "r"), (450, 56, "r"), (506, 56, "r"), (562, 52, "r"), (618, 62, "l"),
            (680, 40, "r"), (722, 36, "c")]
    heads = [("Service", "Dates"), ("Proc", "Code"), ("Mod", ""), ("Units", ""), ("Billed", ""), ("Not", "Covered"),
             ("Allowed", ""), ("Deductible", ""), ("Coinsurance", ""), ("Plan", "Paid"), ("You", "Owe"), ("Auth", "Number"),
             ("Auth Units", "Left"), ("Rmk", "")]

    def pagehead(n):
        rl.t(36, H - 36, "KEYSTONE PATHWAYS", FB, 16, color=(0.3, 0.15, 0.45))
        rl.t(36, H - 48, "Behavioral Health", F, 9, color=(0.3, 0.15, 0.45))
        rl.t(400, H - 34, "EXPLANATION OF BENEFITS", FB, 12, "c")
        rl.t(400, H - 47, "Autism Services Benefit administered for the Tamarack Logistics Employee Health Plan", F, 8, "c")
        rl.t(756, H - 34, f"Page {n} of 2", F, 8, "r")
        rl.t(756, H - 46, "Date issued: 02/04/2026", F, 8, "r")
        rl.hline(36, 756, H - 56, 0.8)

    def colhead(y):
        rl.rect(36, y - 14, 720, 24, fill=(0.9, 0.87, 0.94), stroke=False)
        for (x, w, al), (a, b) in zip(cols, heads):
            xx = x + w - 2 if al == "r" else (x + w / 2 if al == "c" else x + 1)
            rl.t(xx, y + 1, a, FB, 7.5, al)
            rl.t(xx, y - 8, b, FB, 7.5, al)
        return y - 26

    pagehead(1)
    rl.t(36, H - 76, "Subscriber: Cyrus Aldana-Whitlock", F, 9)
    rl.t(36, H - 88, "Subscriber ID: TLX0058812  |  Group: TL-2290", F, 9)
    rl.t(300, H - 76, "Family deductible: $250.00 of $1,000.00 met after these claims", F, 9)
    rl.t(300, H - 88, "Family out-of-pocket: $412.06 of $4,000.00", F, 9)
    y = H - 116
    for ci, (acct, clm, pat, prov, lines) in enumerate(claims):
        if ci == 2:
            rl.t(400, 24, "continued on page 2", F, 7.5, "c")
            rl.newpage()
            pagehead(2)
            y = H - 80
        rl.t(36, y, f"Patient: {pat}", FB, 9)
        rl.t(200, y, f"Claim #: {clm}", F, 9)
        rl.t(330, y, f"Provider: {prov}", F, 9)
        rl.t(560, y, f"Provider Ref: {acct}", F, 9)
        y = colhead(y - 16)
        for s in lines:
            dates = dfmt(s.dos, "mdy2") + (f" - {dfmt(s.end, 'mdy2')}" if s.end else "")
            cells = [dates, s.code, " ".join(s.mods), str(s.units), money(s.billed, ","), money(s.not_covered, ","),
                     money(s.allowed, ","), money(s.deductible, ","), money(s.coinsurance, ","), money(s.paid, ","),
                     money(s.owes, ","), s.auth, s.left, " ".join(s.remarks)]
            n = rl.row(y, cols, cells, F, 8, 10)
            doc.add(rl.page, rl.box(36, y, 756, n, 8, 10), s, claim_id=acct, payer_claim_id=clm, patient=pat,
                    printed=("billed", "not_covered", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                    remarks=s.remarks, service_end=s.end)
            y -= n * 10 + 3
        rl.hline(230, 618, y + 8, 0.4)
        rl.row(y - 1, cols, ["Claim Totals", "", "", "", money(tot(lines, "billed"), ","),
                             money(tot(lines, "not_covered"), ","), money(tot(lines, "allowed"), ","),
                             money(tot(lines, "deductible"), ","), money(tot(lines, "coinsurance"), ","),
                             money(tot(lines, "paid"), ","), money(tot(lines, "owes"), ","), "", "", ""], FB, 8, 10)
        doc.claim(acct, clm, pat, billed=tot(lines, "billed"), allowed=tot(lines, "allowed"), paid=tot(lines, "paid"),
                  patient_owes=tot(lines, "owes"))
        y -= 34
    doc.legend = [("A1", "Units were counted against the authorization shown."),
                  ("X9", "This service is not part of the autism services benefit. Your in-network provider may not"
                         " bill you for it.")]
    rl.t(36, y, "Remark codes", FB, 9)
    for k, (a, b) in enumerate(doc.legend):
        rl.t(36, y - 13 - k * 11, a, FB, 8)
        rl.t(60, y - 13 - k * 11, b, F, 8)
    rl.t(36, y - 50, "When authorized units run low, your provider asks Keystone Pathways for more before the next"
         " visit. Questions: 1-800-555-0157, Monday-Friday 8-6.", F, 8)
    doc.pages = rl.save()
    return doc


# ============================================================================================ w8

def w8_international_settlement(out: Path) -> Doc:
    doc = Doc("w8_international_settlement", "international plan claim settlement statement", "reportlab",
              "international private medical insurer's claim settlement statement paid to the policyholder (A4,"
              " serif): DD/MM/YYYY dates, invoice number per row, Amount claimed / Eligible / Excess / Co-insurance /"
              " Settled (USD), reasonable-and-customary reductions, an excluded appliance, EUR payment summary",
              arith={"B"})
    from reportlab.lib.pagesizes import A4
    doc.date_fmt = lambda x: x.strftime("%d/%m/%Y")
    fonts = ("DejaVuSerif", "DejaVuSerif-Bold") if ttf_ok("DejaVuSerif", "DejaVuSerif-Bold") else ()
    F, FB = ("DejaVuSerif", "DejaVuSerif-Bold") if fonts else ("Times-Roman", "Times-Bold")
    rl = RL(out / f"{doc.name}.pdf", A4, fonts)
    H = rl.H
    d = date
    tob, hen = "Tobiah Oyelaran-Voss", "Henrike Oyelaran-Voss"
    rc = {"97165": "195.00", "97530": "88.00", "97112": "85.00", "97535": "70.00", "97161": "205.00", "97110": "72.00",
          "97140": "75.00"}
    excess = {tob: D("100.00"), hen: D("100.00")}
    words = {"97165": "Occupational therapy assessment", "97530": "Therapeutic activities", "97112": "Neuromuscular therapy",
             "97535": "Daily living skills training", "97161": "Physiotherapy assessment", "97110": "Therapeutic exercise",
             "97140": "Manual therapy", "E0720": "TENS unit (home use)"}

    def mk(who, dos, code, units, mods, note=None):
        s = L(dos, code, units, mods, desc=words[code])
        if code == "E0720":
            s.allowed, s.remarks = ZERO, ["EX"]
        else:
            s.allowed = min(s.billed, q(D(rc[code]) * s.units))
            s.remarks = ["RC"] if s.allowed < s.billed else []
        s.deductible = min(excess[who], s.allowed)
        excess[who] -= s.deductible
        s.coinsurance = q((s.allowed - s.deductible) * D("0.10"))
        s.paid = s.allowed - s.deductible - s.coinsurance
        return s

    claims = [
        ("BPT-26-0107", "CLM-2026-0041877", tob, "Brightwater Paediatric Therapy, Austin, Texas, USA", [
            mk(tob, d(2026, 1, 5), "97165", 1, ("GO",)), mk(tob, d(2026, 1, 5), "97530", 2, ("GO",))]),
        ("BPT-26-0119", "CLM-2026-0043102", tob, "Brightwater Paediatric Therapy, Austin, Texas, USA", [
            mk(tob, d(2026, 1, 12), "97530", 3, ("GO",)), mk(tob, d(2026, 1, 12), "97112", 1, ("GO",)),
            mk(tob, d(2026, 1, 19), "97530", 2, ("GO",)), mk(tob, d(2026, 1, 19), "97535", 1, ("GO",))]),
        ("SMC/4471", "CLM-2026-0043655", hen, "Shoal Creek Motion Clinic, Austin, Texas, USA", [
            mk(hen, d(2026, 1, 14), "97161", 1, ("GP",)), mk(hen, d(2026, 1, 14), "97110", 3, ("GP",)),
            mk(hen, d(2026, 1, 14), "97140", 1, ("GP",)), mk(hen, d(2026, 1, 14), "E0720", 1, ("NU",))]),
        ("SMC/4519", "CLM-2026-0045010", hen, "Shoal Creek Motion Clinic, Austin, Texas, USA", [
            mk(hen, d(2026, 1, 21), "97110", 2, ("GP",)), mk(hen, d(2026, 1, 21), "97140", 1, ("GP",)),
            mk(hen, d(2026, 1, 28), "97110", 2, ("GP",)), mk(hen, d(2026, 1, 28), "97140", 1, ("GP",))]),
    ]
    cols = [(28, 58, "l"), (86, 60, "l"), (146, 124, "l"), (270, 24, "c"), (294, 54, "r"), (348, 54, "r"),
            (402, 46, "r"), (448, 48, "r"), (496, 54, "r"), (550, 17, "c")]
    heads = [("Treatment", "date"), ("Invoice", "no."), ("Treatment / procedure", ""), ("Qty", ""), ("Amount", "claimed"),
             ("Eligible", "amount"), ("Excess", ""), ("Co-ins.", "(10%)"), ("Amount", "settled"), ("", "")]

    def pagehead(n):
        rl.t(28, H - 44, "AURELIAN GLOBAL HEALTH", FB, 15)
        rl.t(28, H - 57, "International Private Medical Insurance  |  Claims Services, Kadrioru 14, 10127 Tallinn, Estonia",
             F, 7.5)
        rl.t(567, H - 44, "CLAIM SETTLEMENT STATEMENT", FB, 10, "r")
        rl.t(567, H - 57, f"Page {n}/2", F, 7.5, "r")
        rl.hline(28, 567, H - 64, 0.8)

    def colhead(y):
        rl.hline(28, 567, y + 10, 0.6)
        for (x, w, al), (a, b) in zip(cols, heads):
            xx = x + w - 2 if al == "r" else (x + w / 2 if al == "c" else x + 1)
            rl.t(xx, y, a, FB, 7, al)
            rl.t(xx, y - 8, b, FB, 7, al)
        rl.hline(28, 567, y - 12, 0.6)
        return y - 24

    pagehead(1)
    info = [("Policyholder", hen), ("Policy number", "AGH/IPMI/884213"), ("Plan", "Global Silver, area of cover: worldwide"),
            ("Statement date", "04/02/2026"), ("Currency of cover", "USD")]
    for k, (a, b) in enumerate(info):
        rl.t(28, H - 84 - k * 11, a, F, 8)
        rl.t(120, H - 84 - k * 11, b, FB if k < 2 else F, 8)
    rl.t(330, H - 84, "All dates are shown as day/month/year.", F, 7.5)
    rl.t(330, H - 95, "Amounts are in US dollars unless shown otherwise.", F, 7.5)
    y = H - 150
    for ci, (inv, clm, who, prov, lines) in enumerate(claims):
        if ci == 2:
            rl.newpage()
            pagehead(2)
            y = H - 90
        rl.rect(28, y - 20, 539, 30, fill=(0.94, 0.94, 0.94), stroke=False)
        rl.t(32, y, f"Claim reference {clm}", FB, 8.5)
        rl.t(230, y, f"Insured person: {who}", F, 8)
        rl.t(32, y - 13, f"Provider: {prov}", F, 7.5)
        y = colhead(y - 34)
        for s in lines:
            cells = [s.dos.strftime("%d/%m/%Y"), inv, f"{s.desc} [CPT {s.code} {' '.join(s.mods)}]"
                     if s.code[0].isdigit() else f"{s.desc} [HCPCS {s.code} {' '.join(s.mods)}]", str(s.units),
                     money(s.billed, ","), money(s.allowed, ","), money(s.deductible, ","), money(s.coinsurance, ","),
                     money(s.paid, ","), " ".join(s.remarks)]
            n = rl.row(y, cols, cells, F, 7.3, 9)
            doc.add(rl.page, rl.box(28, y, 567, n, 7.3, 9), s, claim_id=inv, payer_claim_id=clm, patient=who,
                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"), remarks=s.remarks)
            y -= n * 9 + 3
        rl.hline(294, 567, y + 7, 0.4)
        rl.row(y - 2, cols, ["", "", "Claim total", "", money(tot(lines, "billed"), ","), money(tot(lines, "allowed"), ","),
                             money(tot(lines, "deductible"), ","), money(tot(lines, "coinsurance"), ","),
                             money(tot(lines, "paid"), ","), ""], FB, 7.3, 9)
        doc.claim(inv, clm, who, billed=tot(lines, "billed"), allowed=tot(lines, "allowed"), paid=tot(lines, "paid"))
        y -= 30
    allp = tot([s for c in claims for s in c[4]], "paid")
    rl.rect(28, y - 44, 539, 52)
    rl.t(36, y - 6, "Settlement", FB, 9)
    rl.t(36, y - 20, f"Total settled: USD {money(allp, ',')}   converted at USD/EUR 0.9214 = EUR {money(q(allp * D('0.9214')), ',')}",
         F, 8)
    rl.t(36, y - 32, "Paid by bank transfer to the account ending 4471 (IBAN on file) on 05/02/2026.", F, 8)
    doc.legend = [("RC", "Reduced to the reasonable and customary charge for the location of treatment."),
                  ("EX", "Appliances for home use are excluded under your plan (see Exclusions, section 7.3).")]
    y -= 64
    rl.t(28, y, "Notes", FB, 8.5)
    for k, (a, b) in enumerate(doc.legend):
        rl.t(28, y - 12 - k * 10, a, FB, 7.5)
        rl.t(48, y - 12 - k * 10, b, F, 7.5)
    rl.t(28, y - 40, "Your excess of USD 100.00 per insured person per policy year has now been fully applied for both"
         " insured persons.", F, 7.5)
    doc.pages = rl.save()
    return doc


# ============================================================================================ w9

def w9_reference_price_eob(out: Path) -> Doc:
    doc = Doc("w9_reference_price_eob", "reference-based-pricing plan member EOB", "fpdf2",
              "self-funded reference-based-pricing plan member EOB: Billed Charges / Reference Price / Amount Above"
              " Reference / Deductible / Coinsurance / Plan Paid / Your Responsibility, dates 1/12/2026, separate Mod"
              " column, balance-billing protection notice, header repeated on page 2; PLANTED claim-total mismatch",
              arith={"A", "B", "C"})
    from eobgen import SCHED
    fonts = ("LiberationSans", "LiberationSans-Bold") if ttf_ok("LiberationSans", "LiberationSans-Bold") else ()
    fam = "LiberationSans" if fonts else "Helvetica"
    pdf = new_fpdf("L", fonts=fonts)
    d = date
    aug, lie = "Augustin Prewitt-Nakagawa", "Liesl Prewitt-Nakagawa"
    plan = Plan(ded="300", coins="0.25")

    def mk(dos, code, units, mods):
        s = L(dos, code, units, mods)
        plan.apply(s, allowed=min(s.billed, q(D(SCHED[code]) * s.units * D("1.40"))))
        s.remarks = ["R1"] + (["R4"] if s.deductible else [])
        return s

    claims = [
        ("7781-01", "HFB-260112-0093", aug, "Ironwood Physical Therapy", [
            mk(d(2026, 1, 12), "97161", 1, ("GP",)), mk(d(2026, 1, 12), "97110", 2, ("GP",)),
            mk(d(2026, 1, 12), "97140", 1, ("GP",)), mk(d(2026, 1, 12), "G0283", 1, ("GP",))]),
        ("7781-04", "HFB-260126-0417", aug, "Ironwood Physical Therapy", [
            mk(d(2026, 1, 19), "97110", 2, ("GP",)), mk(d(2026, 1, 19), "97112", 1, ("GP",)),
            mk(d(2026, 1, 26), "97110", 2, ("GP",)), mk(d(2026, 1, 26), "97140", 1, ("GP", "59"))]),
        ("PT-33019", "HFB-260120-0288", lie, "Clearwater Pediatric OT", [
            mk(d(2026, 1, 14), "97165", 1, ("GO",)), mk(d(2026, 1, 14), "97530", 2, ("GO",)),
            mk(d(2026, 1, 21), "97530", 2, ("GO",)), mk(d(2026, 1, 21), "97535", 1, ("GO",))]),
    ]
    cols = [(36, 58, "L"), (94, 50, "L"), (144, 40, "L"), (184, 26, "C"), (210, 62, "R"), (272, 62, "R"),
            (334, 66, "R"), (400, 60, "R"), (460, 62, "R"), (522, 60, "R"), (582, 76, "R"), (664, 50, "L")]
    heads = [["Service", "Procedure", "Mod", "Qty", "Billed", "Reference", "Amount Above", "Deductible", "Coinsurance",
              "Plan Paid", "Your", "Remark"],
             ["Date", "", "", "", "Charges", "Price", "Reference", "", "", "", "Responsibility", "Codes"]]

    def pagehead():
        pdf.add_page()
        pdf.set_font(fam, "B", 14)
        fp_text(pdf, 36, 30, "Crestview Benefit Administrators")
        pdf.set_font(fam, "", 8)
        fp_text(pdf, 36, 48, "Claims administrator for the Halvorsen Fabrication Employee Benefit Plan (self-funded)")
        pdf.set_font(fam, "B", 12)
        fp_text(pdf, 556, 30, "EXPLANATION OF BENEFITS", 200, "R")
        pdf.set_font(fam, "", 8)
        fp_text(pdf, 556, 46, f"Page {pdf.page} of 2   |   Issued 02/05/2026", 200, "R")
        pdf.line(36, 62, 756, 62)

    def colhead(y):
        pdf.set_fill_color(215, 228, 240)
        pdf.rect(36, y - 2, 720, 24, style="F")
        pdf.set_font(fam, "B", 7.5)
        fp_row(pdf, y, cols, heads[0], 10)
        fp_row(pdf, y + 10, cols, heads[1], 10)
        pdf.set_font(fam, "", 7.8)
        return y + 27

    pagehead()
    pdf.set_font(fam, "", 8.5)
    for k, s in enumerate([f"Employee: {aug}", "Member ID: HFB-004418-00", "Plan: Reference Price Plan 2026"]):
        fp_text(pdf, 36, 72 + k * 11, s)
    pdf.set_xy(330, 72)
    pdf.set_font(fam, "", 7.8)
    pdf.multi_cell(426, 10, "Your plan pays providers a fair price set as a percentage of what Medicare pays (the "
                   "Reference Price), not the provider's billed charge. If a provider bills you for the Amount Above "
                   "Reference, do not pay it: call our Balance Bill Protection team at 1-800-555-0199 and we will "
                   "handle it for you.", align="L")
    y = 118
    for ci, (acct, clm, pat, prov, lines) in enumerate(claims):
        if ci == 2:
            pdf.set_font(fam, "", 7)
            fp_text(pdf, 36, 580, "Continued on page 2")
            pagehead()
            y = 74
        pdf.set_font(fam, "B", 8.5)
        fp_text(pdf, 36, y, f"Claim # {clm}   |   Patient: {pat}   |   Provider: {prov}   |   Patient Acct: {acct}")
        y = colhead(y + 14)
        for s in lines:
            cells = [dfmt(s.dos, "mdyn"), s.code, " ".join(s.mods), str(s.units), money(s.billed), money(s.allowed),
                     money(s.discount), money(s.deductible), money(s.coinsurance), money(s.paid), money(s.owes),
                     " ".join(s.remarks)]
            n = fp_row(pdf, y, cols, cells, 11)
            doc.add(pdf.page, (36, y, 756, y + n * 11), s, claim_id=acct, payer_claim_id=clm, patient=pat,
                    printed=("billed", "allowed", "discount", "deductible", "coinsurance", "paid", "patient_owes"),
                    remarks=s.remarks)
            y += n * 11 + 2
        tp = tot(lines, "paid")
        if clm == "HFB-260126-0417":
            doc.mismatch(acct, f"printed Plan Paid total {money(tp + 10, ',')} but the lines add up to {money(tp, ',')}")
            tp += 10
        pdf.line(210, y, 756, y)
        pdf.set_font(fam, "B", 7.8)
        fp_row(pdf, y + 2, cols, ["Claim Totals", "", "", "", money(tot(lines, "billed")), money(tot(lines, "allowed")),
                                  money(tot(lines, "discount")), money(tot(lines, "deductible")),
                                  money(tot(lines, "coinsurance")), money(tp), money(tot(lines, "owes")), ""], 11)
        doc.claim(acct, clm, pat, billed=tot(lines, "billed"), allowed=tot(lines, "allowed"), paid=tp,
                  patient_owes=tot(lines, "owes"))
        y += 34
    doc.legend = [("R1", "Paid at the Reference Price: 140% of the Medicare rate for this service and location."),
                  ("R4", "Applied to your 2026 deductible ($300.00 remaining before these claims).")]
    pdf.set_font(fam, "B", 8.5)
    fp_text(pdf, 36, y, "Remark Codes")
    pdf.set_font(fam, "", 8)
    for k, (a, b) in enumerate(doc.legend):
        fp_text(pdf, 36, y + 13 + k * 11, a)
        fp_text(pdf, 64, y + 13 + k * 11, b)
    doc.pages = pdf.page
    pdf.output(str(out / f"{doc.name}.pdf"))
    return doc


# ============================================================================================ w10

def w10_family_quarterly(out: Path) -> Doc:
    doc = Doc("w10_family_quarterly", "family quarterly health statement", "fpdf2",
              "quarterly family health statement: one section per family member, dates printed without the year"
              " ('Oct 14', the year only in the statement period), code glued to the modifier in the wording,"
              " Qty column, a right-hand sidebar on every page, 3 pages", arith={"E"})
    fonts = (("DejaVuSansCondensed", "DejaVuSansCondensed-Bold")
             if ttf_ok("DejaVuSansCondensed", "DejaVuSansCondensed-Bold") else ())
    fam = "DejaVuSansCondensed" if fonts else "Helvetica"
    pdf = new_fpdf(fonts=fonts)
    pdf.alias_nb_pages("{nb}")
    doc.date_fmt = lambda x: f"{x:%b} {x.day}"
    doc.period = (date(2025, 10, 1), date(2025, 12, 31))  # printed in the page header
    d = date
    sol, kofi, ama, nils = ("Solveig Amankwah-Lindqvist", "Kofi Amankwah-Lindqvist", "Ama Amankwah-Lindqvist",
                            "Nils Amankwah-Lindqvist")
    plan = Plan(rate="0.82", ded="200", coins="0.20", visit_copay="25", copay_codes=("99213",))
    short = {"99213": "Office visit", "97161": "PT evaluation", "97110": "Therapeutic exercise",
             "97140": "Manual therapy", "97166": "OT evaluation", "97530": "Therapeutic activities",
             "97535": "Self-care training", "92523": "Speech & language evaluation", "92507": "Speech therapy"}

    def mk(dos, code, units, mods=()):
        return plan.apply(L(dos, code, units, mods, desc=short[code]))

    members = [
        (sol, "01", [("FM-55102", "25Q4-80417-0", "Elmstead Family Medicine", [mk(d(2025, 10, 2), "99213", 1)]),
                     ("FM-55288", "25Q4-87702-3", "Elmstead Family Medicine", [mk(d(2025, 11, 20), "99213", 1)])]),
        (kofi, "02", [("IR-20931", "25Q4-85530-2", "Iron Range Physical Therapy", [
            mk(d(2025, 11, 4), "97161", 1, ("GP",)), mk(d(2025, 11, 4), "97110", 2, ("GP",)),
            mk(d(2025, 11, 11), "97110", 2, ("GP",)), mk(d(2025, 11, 11), "97140", 1, ("GP",))]),
                      ("IR-21088", "25Q4-90321-5", "Iron Range Physical Therapy", [
            mk(d(2025, 12, 2), "97110", 2, ("GP",)), mk(d(2025, 12, 2), "97140", 1, ("GP",)),
            mk(d(2025, 12, 9), "97110", 2, ("GP",)), mk(d(2025, 12, 9), "97140", 1, ("GP",))])]),
        (ama, "03", [("BSK-4410", "25Q4-88231-0", "Big Sky Kids Therapy", [
            mk(d(2025, 10, 14), "97166", 1, ("GO",)), mk(d(2025, 10, 14), "97530", 2, ("GO",)),
            mk(d(2025, 10, 28), "97530", 2, ("GO",)), mk(d(2025, 10, 28), "97535", 1, ("GO",))]),
                     ("BSK-4587", "25Q4-91006-1", "Big Sky Kids Therapy", [
                         mk(d(2025, 12, 9), "97530", 3, ("GO",)), mk(d(2025, 12, 9), "97535", 1, ("GO",)),
                         mk(d(2025, 12, 23), "97530", 2, ("GO",)), mk(d(2025, 12, 23), "97535", 1, ("GO",))])]),
        (nils, "04", [("0091-3377", "25Q4-89954-4", "Talkabout Speech Studio", [
            mk(d(2025, 11, 18), "92523", 1, ("GN",)), mk(d(2025, 12, 2), "92507", 1, ("GN",)),
            mk(d(2025, 12, 16), "92507", 1, ("GN",)), mk(d(2025, 12, 30), "92507", 1, ("GN",))])]),
    ]
    allines = [s for _, _, cl in members for c in cl for s in c[3]]
    cols = [(36, 40, "L"), (76, 142, "L"), (218, 26, "C"), (244, 50, "R"), (294, 50, "R"), (344, 50, "R"),
            (394, 44, "R")]

    def pagehead():
        pdf.add_page()
        pdf.set_fill_color(238, 242, 236)
        pdf.rect(448, 0, 164, 792, style="F")
        pdf.set_font(fam, "B", 15)
        fp_text(pdf, 36, 34, "Fjordline Health")
        pdf.set_font(fam, "", 9)
        fp_text(pdf, 36, 54, "Quarterly Family Health Statement  |  October 1 - December 31, 2025")
        fp_text(pdf, 36, 66, f"Page {pdf.page} of {{nb}}  |  Not a bill")
        pdf.line(36, 82, 438, 82)
        side = [("Family deductible", f"{money(D('1500') - plan.ded)} of $1,500.00"),
                ("Family out-of-pocket", f"{money(tot(allines, 'owes'))} of $6,000.00"),
                ("Plan paid this quarter", money(tot(allines, "paid"))), ("", ""),
                ("Good to know", ""), ("Therapy visits need no", ""), ("referral on your plan.", ""), ("", ""),
                ("Member Services", ""), ("1-800-555-0182", ""), ("fjordline.example/member", "")]
        yy = 40
        for a, b in side:
            pdf.set_font(fam, "B" if a in ("Good to know", "Member Services") else "", 8)
            fp_text(pdf, 458, yy, a)
            if b:
                pdf.set_font(fam, "B", 9)
                fp_text(pdf, 458, yy + 10, b)
                yy += 12
            yy += 13
        return 96

    def colhead(y):
        pdf.set_font(fam, "B", 8.2)
        fp_row(pdf, y, cols, ["Date", "Service", "Qty", "Billed", "Allowed", "Plan paid", "Your cost"], 11)
        pdf.line(36, y + 13, 438, y + 13)
        pdf.set_font(fam, "", 8.6)
        return y + 18

    y = pagehead()
    pdf.set_font(fam, "", 9)
    for k, s in enumerate([f"Subscriber: {sol}", "Plan: Fjordline Choice PPO 1500", "ID: FJL 3304 7719"]):
        fp_text(pdf, 36, y + k * 12, s)
    y += 48
    for who, mno, cl in members:
        if y > 600:
            y = pagehead()
        pdf.set_fill_color(40, 70, 60)
        pdf.set_text_color(255, 255, 255)
        pdf.rect(36, y, 402, 16, style="F")
        pdf.set_font(fam, "B", 9)
        fp_text(pdf, 42, y + 3, f"{who.upper()}  \u00b7  Member {mno}")
        pdf.set_text_color(0, 0, 0)
        y += 24
        for acct, clm, prov, lines in cl:
            if y > 640:
                y = pagehead()
            pdf.set_font(fam, "B", 8.6)
            fp_text(pdf, 36, y, f"Claim {clm}  \u00b7  {prov}  \u00b7  Acct {acct}")
            y = colhead(y + 13)
            for s in lines:
                cells = [f"{s.dos:%b} {s.dos.day}", f"{s.desc} ({s.code}{'-' + '-'.join(s.mods) if s.mods else ''})",
                         str(s.units), money(s.billed), money(s.allowed), money(s.paid), money(s.owes)]
                if y > 730:
                    y = pagehead()
                    pdf.set_font(fam, "B", 8.6)
                    fp_text(pdf, 36, y, f"{who.upper()}  \u00b7  Claim {clm} (continued)")
                    y = colhead(y + 14)
                n = fp_row(pdf, y, cols, cells, 13)
                doc.add(pdf.page, (36, y, 438, y + n * 13), s, claim_id=acct, payer_claim_id=clm, patient=who.upper(),
                        printed=("billed", "allowed", "paid", "patient_owes"))
                y += n * 13 + 2
            pdf.set_font(fam, "B", 8.6)
            fp_row(pdf, y + 1, cols, ["", "Claim total", "", money(tot(lines, "billed")), money(tot(lines, "allowed")),
                                      money(tot(lines, "paid")), money(tot(lines, "owes"))], 11)
            doc.claim(acct, clm, who.upper(), billed=tot(lines, "billed"), allowed=tot(lines, "allowed"),
                      paid=tot(lines, "paid"), patient_owes=tot(lines, "owes"))
            y += 28
        y += 8
    pdf.set_font(fam, "", 7.5)
    pdf.set_xy(36, y + 6)
    pdf.multi_cell(402, 10, "Your cost is what you paid or may still owe the provider (deductible, copay and "
                   "coinsurance). Separate Explanations of Benefits were mailed for each claim when it was processed.",
                   align="L")
    doc.pages = pdf.page
    pdf.output(str(out / f"{doc.name}.pdf"))
    return doc


# ============================================================================================ main

LAYOUTS = [w1_dsnp_member_eob, w2_fixed_indemnity_statement, w3_large_print_eob, w4_service_cards_eob,
           w5_denial_letter, w6_spenddown_notice, w7_autism_benefit_eob, w8_international_settlement,
           w9_reference_price_eob, w10_family_quarterly]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout10_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/: the reader must not be tuned on held-out documents")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    docs = []
    for make in LAYOUTS:
        doc = make(out)
        doc.write(out)
        docs.append(doc)
        print(f"{doc.name}.pdf  pages={doc.pages}  lines={len(doc.lines)}  claims={len(doc.claims)}")
    print(f"{len(docs)} documents, {sum(len(d.lines) for d in docs)} service lines, "
          f"{sum(d.pages for d in docs)} pages -> {out}")
    if "--check" in argv:
        errs = check_docs(out, docs)
        for e in errs:
            print("CHECK FAIL:", e)
        print("check: OK" if not errs else f"check: {len(errs)} problem(s)")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
