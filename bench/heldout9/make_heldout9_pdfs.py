"""Write the NINTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on document kinds nobody developing it has seen. (bench/heldout/ .. heldout8/
came earlier and may have been looked at while the reader was developed.)

Run:  python bench/heldout9/make_heldout9_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout9/make_heldout9_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print; claim_id = the provider's own account / invoice / visit / patient-control number,
payer_claim_id = the payer's claim number / ICN / need / voucher reference, patient exactly as printed (the
person who got the service). Every name, number, payer, provider, address and ID is invented; descriptions
are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts (everyday kinds not in the dev samples nor in the eight earlier held-out sets):
  v1  commercial member EOB, landscape Helvetica: "Amount billed / Negotiated savings / Not payable / Negotiated
      rate / Applied to deductible / Your copay / Your coinsurance / Plan pays / Your total cost / Notes",
      code and modifiers with spaces ("97530 GO 59"), 3 family members, column header repeated on page 2 with
      a "(continued)" claim line, numbered notes legend (reportlab)
  v2  federal family-program (CHAMPVA-style) provider EOB, landscape core Times: "Svc Dates" as "01-05-26 thru
      01-09-26", Mods column "GP 59", Qty "4.0", "Cost Share", 3-character reason codes, a reversed prior claim
      with leading-minus amounts and its replacement (fpdf2)
  v3  health-care sharing ministry "Explanation of Sharing" for a household: Need # per claim, "Billed /
      Discount / Ineligible / Eligible / Personal Responsibility / Shared", "Jan 5, 2026", CPT only (reportlab,
      Times)
  v4  state children's special health care program provider payment statement: client heading rows, Mod 1 /
      Mod 2 columns, other-insurance-paid column, family share, "1/5/2026", forced page break with the column
      header and "Page 1 of 2" repeated (fpdf2, DejaVu Sans Condensed)
  v5  commercial provider portal "Claim Summary" print: claim status line, "97140-GP", units "2.00", adjustment
      reasons stacked in one cell ("CO-45 54.15" on successive text lines), RARC column, a denied claim,
      CARC legend (reportlab, DejaVu Sans)
  v6  therapy clinic "Statement of Account" to a family (guarantor), visit heading rows with the insurer's claim
      number, glued "97530GO", Qty, "Ins Paid / Ins Adj / You Owe", patient payments as non-service rows,
      no repeated header (fpdf2, Liberation Sans)
  v7  IPA (medical group) remittance exported from a spreadsheet: cell grid, ids on every row, "5-Jan-26"
      dates, per-visit copay, adjustment "CO45" + amount, reversal in parentheses, header repeated on page 2
      (fpdf2, Liberation Sans Narrow, landscape)
  v8  state vocational rehabilitation vendor payment remittance: authorization column, service date ranges
      "01/05/2026 - 01/16/2026" with summed units, unit rate, amount authorized capped (reportlab, Liberation
      Serif)
  v9  hand-therapy / orthotics member EOB: "Charged / Not covered / Discount / Allowed / Deductible / Coinsurance
      / Copay / Plan paid / Your share / Expl", glued "L3807RT", 99213 and G0283, letter explanation codes, the
      table runs on to page 2 WITHOUT a repeated header; PLANTED claim-total mismatch (reportlab, DejaVu Sans
      Condensed)
  v10 children's hospital outpatient-rehab itemized statement with insurance activity: revenue code column,
      "01-05-2026", HCPCS and Mod apart, a charge correction printed "95.00-", Medicaid ICN and commercial claim
      number per account (fpdf2, DejaVu Sans)

The self-check (--check) tests the factory, not the reader: every truth amount, code, modifier, units value,
remark, adjustment code and date is in its page's text layer, ids and patients in the document's, the page
count matches, and the documents' own arithmetic holds (billed - discount - not covered = allowed where those
are printed; allowed - deductible - copay - coinsurance = paid where printed and no other payer shares the line;
billed - adjustments = paid where the layout prints every adjustment with its amount; claim totals = sum of
lines unless the mismatch is a planted expected finding, and the planted one really is).
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import dataclass, field
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

FONTDIR = Path("/usr/share/fonts/truetype")
TTF = {
    "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf"),
    "dejavucond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
                   "dejavu/DejaVuSansCondensed-Oblique.ttf"),
    "libsans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
                "liberation/LiberationSans-Italic.ttf"),
    "libnarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf",
                  "liberation/LiberationSansNarrow-Italic.ttf"),
    "libserif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
                 "liberation/LiberationSerif-Italic.ttf"),
}
CORE = {"helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
        "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
        "courier": ("Courier", "Courier-Bold", "Courier-Oblique")}
CORE_FALLBACK = {"dejavu": "helvetica", "dejavucond": "helvetica", "libsans": "helvetica",
                 "libnarrow": "helvetica", "libserif": "times"}
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


def font_ok(fam: str) -> str:
    if fam in CORE:
        return fam
    if all((FONTDIR / p).exists() for p in TTF[fam]):
        return fam
    return CORE_FALLBACK[fam]


# ------------------------------------------------------------------------------------------ page model

@dataclass
class C:
    """One piece of text on a line: x is the left edge ('l'), right edge ('r') or centre ('c')."""
    x: float
    text: str
    a: str = "l"
    s: str = ""  # '' regular, 'b' bold, 'i' italic
    z: float | None = None


@dataclass
class El:
    kind: str  # line | rule | gap | header | endheader | break
    cells: list = field(default_factory=list)
    h: float = 0.0
    tags: list = field(default_factory=list)
    band: bool = False
    grid: list | None = None  # x positions of cell borders
    x0: float = 0.0
    x1: float = 0.0
    lw: float = 0.5
    lines: list = field(default_factory=list)  # header: list of El
    repeat: bool = True
    cont: El | None = None


class Doc:
    def __init__(self, size, font: str, fsize: float, lh: float, margin: float = 36.0):
        self.W, self.H = size
        self.font = font_ok(font)
        self.fsize, self.lh, self.m = fsize, lh, margin
        self.els: list[El] = []
        self.banner = None  # callable(page, n) -> list[list[C]] (fixed number of lines)
        self.banner_lines = 0
        self.footer = None  # callable(page, n) -> list[C]

    def line(self, cells, tags=(), band=False, grid=None, h=None):
        self.els.append(El("line", list(cells), h or self.lh, list(tags), band, grid))

    def text(self, x, s, style="", z=None, h=None):
        self.line([C(x, s, "l", style, z)], h=h)

    def rule(self, x0=None, x1=None, lw=0.5):
        self.els.append(El("rule", x0=self.m if x0 is None else x0, x1=self.W - self.m if x1 is None else x1,
                           lw=lw, h=3))

    def gap(self, h):
        self.els.append(El("gap", h=h))

    def header(self, lines, repeat=True, cont=None):
        self.els.append(El("header", lines=lines, repeat=repeat, cont=cont))

    def end_header(self):
        self.els.append(El("endheader"))

    def page_break(self):
        self.els.append(El("break"))

    def paginate(self):
        pages: list[list[tuple[float, El]]] = [[]]
        top = self.m + self.banner_lines * (self.lh + 4) + (6 if self.banner_lines else 0)
        bottom = self.H - self.m - 14
        y = top
        cur = None

        def new_page():
            nonlocal y
            pages.append([])
            y = top
            if cur is not None and cur.repeat:
                for e in ([cur.cont] if cur.cont else []) + cur.lines:
                    pages[-1].append((y, e))
                    y += e.h

        for e in self.els:
            if e.kind == "break":
                new_page()
                continue
            if e.kind == "endheader":
                cur = None
                continue
            if e.kind == "header":
                hh = sum(x.h for x in e.lines)
                if y + hh + self.lh > bottom:
                    new_page()
                cur = e
                for x in e.lines:
                    pages[-1].append((y, x))
                    y += x.h
                continue
            if y + e.h > bottom:
                new_page()
            for t in e.tags:
                t["page"] = len(pages)
            pages[-1].append((y, e))
            y += e.h
        return pages


def _styles(doc):
    return {"": 0, "b": 1, "i": 2}


def render_rl(doc: Doc, path: Path) -> int:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    if doc.font in CORE:
        names = CORE[doc.font]
    else:
        names = tuple(f"H9{doc.font}{i}" for i in range(3))
        for n, p in zip(names, TTF[doc.font], strict=True):
            pdfmetrics.registerFont(TTFont(n, str(FONTDIR / p)))
    pages = doc.paginate()
    n = len(pages)
    c = canvas.Canvas(str(path), pagesize=(doc.W, doc.H), invariant=1)
    c.setTitle("Explanation of benefits (synthetic)")
    H = doc.H

    def draw_line(y, e):
        if e.band:
            c.setFillGray(0.88)
            c.rect(doc.m - 2, H - y - e.h + 2, doc.W - 2 * doc.m + 4, e.h, stroke=0, fill=1)
            c.setFillGray(0)
        for cell in e.cells:
            z = cell.z or doc.fsize
            c.setFont(names[_styles(doc)[cell.s]], z)
            by = H - (y + z)
            if cell.a == "r":
                c.drawRightString(cell.x, by, cell.text)
            elif cell.a == "c":
                c.drawCentredString(cell.x, by, cell.text)
            else:
                c.drawString(cell.x, by, cell.text)
        if e.grid:
            c.setLineWidth(0.3)
            for gx in e.grid:
                c.line(gx, H - y + 1, gx, H - y - e.h + 1)
            c.line(e.grid[0], H - y - e.h + 1, e.grid[-1], H - y - e.h + 1)

    for i, page in enumerate(pages, 1):
        if doc.banner:
            for k, cells in enumerate(doc.banner(i, n)):
                draw_line(doc.m + k * (doc.lh + 4), El("line", cells, doc.lh))
        for y, e in page:
            if e.kind == "line":
                draw_line(y, e)
            elif e.kind == "rule":
                c.setLineWidth(e.lw)
                c.line(e.x0, H - y - 1, e.x1, H - y - 1)
        if doc.footer:
            draw_line(doc.H - doc.m, El("line", doc.footer(i, n), doc.lh))
        c.showPage()
    c.save()
    return n


def render_fpdf(doc: Doc, path: Path) -> int:
    from fpdf import FPDF
    pdf = FPDF(orientation="P", unit="pt", format=(doc.W, doc.H))
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(FIXED_WHEN)
    pdf.set_title("Explanation of benefits (synthetic)")
    if doc.font in CORE:
        fam = doc.font
    else:
        fam = "h9" + doc.font
        for st, p in zip(("", "B", "I"), TTF[doc.font], strict=True):
            pdf.add_font(fam, st, str(FONTDIR / p))
    smap = {"": "", "b": "B", "i": "I"}
    pages = doc.paginate()
    n = len(pages)

    def draw_line(y, e):
        if e.band:
            pdf.set_fill_color(225)
            pdf.rect(doc.m - 2, y - 2, doc.W - 2 * doc.m + 4, e.h, style="F")
        for cell in e.cells:
            z = cell.z or doc.fsize
            pdf.set_font(fam, smap[cell.s], z)
            w = pdf.get_string_width(cell.text)
            x = cell.x - w if cell.a == "r" else cell.x - w / 2 if cell.a == "c" else cell.x
            pdf.text(x, y + z, cell.text)
        if e.grid:
            pdf.set_line_width(0.3)
            for gx in e.grid:
                pdf.line(gx, y - 1, gx, y + e.h - 1)
            pdf.line(e.grid[0], y + e.h - 1, e.grid[-1], y + e.h - 1)

    for i, page in enumerate(pages, 1):
        pdf.add_page()
        if doc.banner:
            for k, cells in enumerate(doc.banner(i, n)):
                draw_line(doc.m + k * (doc.lh + 4), El("line", cells, doc.lh))
        for y, e in page:
            if e.kind == "line":
                draw_line(y, e)
            elif e.kind == "rule":
                pdf.set_line_width(e.lw)
                pdf.line(e.x0, y + 1, e.x1, y + 1)
        if doc.footer:
            draw_line(doc.H - doc.m, El("line", doc.footer(i, n), doc.lh))
    pdf.output(str(path))
    return n


class Tbl:
    """Columns: (label with \\n for stacked lines, x, align). x is the left edge or the right edge."""

    def __init__(self, doc: Doc, cols, style="b", grid=None):
        self.doc, self.cols, self.style, self.grid = doc, cols, style, grid

    def head(self, band=False):
        parts = [lab.split("\n") for lab, _, _ in self.cols]
        k = max(len(p) for p in parts)
        out = []
        for i in range(k):
            cells = []
            for p, (_, x, a) in zip(parts, self.cols, strict=True):
                j = i - (k - len(p))
                if j >= 0:
                    cells.append(C(x, p[j], a, self.style))
            out.append(El("line", cells, self.doc.lh, band=band, grid=self.grid if i == k - 1 else None))
        return out

    def cells(self, vals, style=""):
        return [C(x, v, a, style) for v, (_, x, a) in zip(vals, self.cols, strict=True) if v]


def adjs_of(s: Svc, amounts=True):
    return [[g, r, a if amounts else None] for g, r, a in s.adjs]


# --------------------------------------------------------------------------------------------- layouts

def v1(out: Path):
    doc = Doc(LAND, "helvetica", 7, 10.5)
    doc.banner_lines = 2
    doc.banner = lambda p, n: [[C(36, "Keystone Meridian Health Plan", "l", "b", 11),
                                C(756, "Explanation of Benefits - THIS IS NOT A BILL", "r", "b", 9)],
                               [C(36, "Prepared for: DANIEL OKAFOR   Member ID: KMH8841207   Group: 0047712"),
                                C(756, f"Statement date: February 2, 2026   Page {p} of {n}", "r")]]
    M = lambda d: money(d, "$")  # noqa: E731
    t = Tbl(doc, [("Service\ndate", 36, "l"), ("Description", 82, "l"), ("Code", 232, "l"),
                  ("Amount\nbilled", 330, "r"), ("Negotiated\nsavings", 385, "r"), ("Not\npayable", 430, "r"),
                  ("Negotiated\nrate", 482, "r"), ("Applied to\ndeductible", 537, "r"), ("Your\ncopay", 577, "r"),
                  ("Your\ncoinsurance", 632, "r"), ("Plan\npays", 677, "r"), ("Your total\ncost", 724, "r"),
                  ("Notes", 733, "l")])
    st = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"),
                   copay_codes={"99213": Decimal("30.00")})
    d = date
    claims_in = [
        ("Amara Okafor", "Bright Path Pediatric Therapy", "BPT-10482", "26A0140077301",
         [Svc(d(2026, 1, 5), "97165", 1, ("GO",)), Svc(d(2026, 1, 5), "97530", 2, ("GO",)),
          Svc(d(2026, 1, 7), "97530", 3, ("GO",)), Svc(d(2026, 1, 7), "97535", 1, ("GO",))]),
        ("Tobi Okafor", "Lakeside Speech & Feeding", "LSF0092211", "26A0140081944",
         [Svc(d(2026, 1, 6), "92523", 1), Svc(d(2026, 1, 6), "92507", 1),
          Svc(d(2026, 1, 13), "92507", 1), Svc(d(2026, 1, 13), "92526", 1, denied="PR")]),
        ("Daniel Okafor", "Northgate Orthopedic Hand Center", "NOH-331907", "26A0150002217",
         [Svc(d(2026, 1, 8), "99213", 1), Svc(d(2026, 1, 8), "L3807", 1, ("RT",)),
          Svc(d(2026, 1, 8), "97760", 2, ("GO", "RT")), Svc(d(2026, 1, 8), "G0283", 1, ("GP",))]),
        ("Amara Okafor", "Bright Path Pediatric Therapy", "BPT-10517", "26A0220064402",
         [Svc(d(2026, 1, 14), "97530", 2, ("GO", "59")), Svc(d(2026, 1, 14), "97110", 2, ("GO",)),
          Svc(d(2026, 1, 21), "97530", 3, ("GO",)), Svc(d(2026, 1, 21), "97112", 1, ("GO",)),
          Svc(d(2026, 1, 28), "97530", 2, ("GO",)), Svc(d(2026, 1, 28), "97535", 2, ("GO",))]),
    ]
    lines, claims = [], []
    for pat, prov, acct, clm, svcs in claims_in:
        doc.gap(4)
        doc.line([C(36, f"Patient: {pat}", "l", "b"), C(250, f"Claim ID: {clm}"), C(420, f"Provider: {prov}")],
                 band=True)
        doc.line([C(36, f"Patient account: {acct}"), C(250, "Received: 01/16/2026   Processed: 01/29/2026"),
                  C(420, "Network status: In network")])
        doc.header(t.head(), cont=El("line", [C(36, f"Claim ID: {clm} (continued)", "l", "i")], doc.lh))
        doc.rule(lw=0.4)
        for k, s in enumerate(svcs):
            if acct == "BPT-10517" and k == 3:
                doc.page_break()
            commercial(s, st)
            notes = (["1"] if s.deductible else []) + (["3"] if s.denied else []) + (["2"] if s.copay else [])
            code = " ".join((s.code,) + s.mods)
            tr = truth_line(0, s, claim_id=acct, payer_claim_id=clm, patient=pat, units=False,
                            printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                     "coinsurance", "paid", "patient_owes"), remarks=notes)
            lines.append(tr)
            doc.line(t.cells([dfmt(s.dos, "mdy4"), s.desc[:34], code, M(s.billed), M(s.discount),
                              M(s.not_covered), M(s.allowed), M(s.deductible), M(s.copay), M(s.coinsurance),
                              M(s.paid), M(s.owes), ", ".join(notes)]), tags=[tr])
        doc.rule(lw=0.4)
        tot = {k: total(svcs, k) for k in ("billed", "discount", "not_covered", "allowed", "deductible",
                                            "copay", "coinsurance", "paid", "owes")}
        doc.line(t.cells(["Total", "", "", M(tot["billed"]), M(tot["discount"]), M(tot["not_covered"]),
                          M(tot["allowed"]), M(tot["deductible"]), M(tot["copay"]), M(tot["coinsurance"]),
                          M(tot["paid"]), M(tot["owes"]), ""], "b"))
        doc.end_header()
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": {
            "billed": str(q(tot["billed"])), "allowed": str(q(tot["allowed"])), "paid": str(q(tot["paid"])),
            "patient_owes": str(q(tot["owes"]))}})
    legend = [("1", "This amount counts toward your plan-year deductible."),
              ("2", "Your copay for an office visit with a specialist."),
              ("3", "Your plan does not pay for this service; the provider may bill you for it.")]
    doc.gap(10)
    doc.text(36, "Notes", "b")
    for k, v in legend:
        doc.text(36, f"{k}   {v}")
    return doc, render_rl, lines, claims, legend, [], "commercial member EOB (Keystone Meridian)", {}


def v2(out: Path):
    doc = Doc(LAND, "times", 8.5, 11.5)
    doc.banner_lines = 3
    doc.banner = lambda p, n: [[C(36, "FEDERAL FAMILY HEALTH BENEFITS PROGRAM - CLAIMS CENTER", "l", "b", 11),
                                C(756, f"Page {p} of {n}", "r")],
                               [C(36, "PROVIDER EXPLANATION OF BENEFITS"), C(756, "Payment date: 02-02-26", "r")],
                               [C(36, "Payee: Piedmont Valley Physical Therapy LLC   Provider No: 4402918117   "
                                      "EFT Trace: 0002260331")]]
    t = Tbl(doc, [("Line", 36, "l"), ("Svc Dates", 62, "l"), ("Proc", 180, "l"), ("Mods", 218, "l"),
                  ("Qty", 275, "r"), ("Billed", 340, "r"), ("Allowable", 405, "r"), ("Deductible", 470, "r"),
                  ("Cost Share", 535, "r"), ("Paid", 600, "r"), ("Reason", 620, "l")])
    d = date
    D2 = lambda x: x.strftime("%m-%d-%y")  # noqa: E731
    st_l = PlanState(ded_left=Decimal("50.00"), coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.70"))
    st_c = PlanState(ded_left=ZERO, coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.70"))
    old = [Svc(d(2025, 12, 15), "97110", 2, ("GP",))]
    for s in old:
        commercial(s, st_c)
    rev = [negate(s) for s in old]
    repl = [Svc(d(2025, 12, 15), "97110", 3, ("GP",))]
    claims_in = [
        ("RIVERA-SOTO, LUCIA", "44817-A", "26012-884-10293", "PROCESSED AS PRIMARY - PAID", st_l,
         [Svc(d(2026, 1, 5), "97110", 4, ("GP",), end=d(2026, 1, 9)), Svc(d(2026, 1, 5), "97112", 2, ("GP",)),
          Svc(d(2026, 1, 9), "97140", 2, ("GP", "59"))]),
        ("ABERNATHY, COLE M", "45102-C", "26014-884-11807", "PROCESSED AS PRIMARY - PAID", st_c,
         [Svc(d(2026, 1, 12), "97161", 1, ("GP",)), Svc(d(2026, 1, 12), "97116", 2, ("GP",))]),
        ("ABERNATHY, COLE M", "43390-C", "25351-884-00412", "ADJUSTMENT - PRIOR PAYMENT REVERSED", None, rev),
        ("ABERNATHY, COLE M", "43390-C", "26020-884-00977", "CORRECTED CLAIM - PAID", st_c, repl),
    ]
    lines, claims = [], []
    for pat, acct, clm, status, st, svcs in claims_in:
        doc.gap(5)
        doc.line([C(36, f"Beneficiary: {pat}", "l", "b"), C(260, "Sponsor ID: XXX-XX-4417"),
                  C(400, f"Claim #: {clm}", "l", "b"), C(580, f"Patient Acct: {acct}")])
        doc.line([C(36, f"Claim status: {status}"), C(400, "Received: 01-20-26   Processed: 01-28-26")])
        doc.header(t.head())
        doc.rule(lw=0.3)
        for i, s in enumerate(svcs, 1):
            if st is not None:
                commercial(s, st)
            rs = ["R11"] if st is None else (["052"] if s.deductible else []) + ["017"]
            dates = f"{D2(s.dos)} thru {D2(s.end or s.dos)}"
            tr = truth_line(0, s, claim_id=acct, payer_claim_id=clm, patient=pat, service_end=s.end or s.dos,
                            printed=("billed", "allowed", "deductible", "coinsurance", "paid"), remarks=rs,
                            description=False)
            lines.append(tr)
            doc.line(t.cells([str(i), dates, s.code, " ".join(s.mods), f"{s.units:.1f}", money(s.billed, ","),
                              money(s.allowed, ","), money(s.deductible, ","), money(s.coinsurance, ","),
                              money(s.paid, ","), " ".join(rs)]), tags=[tr])
        tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
        doc.rule(lw=0.3)
        doc.line(t.cells(["", "CLAIM TOTAL", "", "", "", money(tb, ","), money(ta, ","),
                          money(total(svcs, "deductible"), ","), money(total(svcs, "coinsurance"), ","),
                          money(tp, ","), ""], "b"))
        doc.end_header()
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": {
            "billed": str(q(tb)), "allowed": str(q(ta)), "paid": str(q(tp)), "patient_owes": None}})
    legend = [("017", "Beneficiary cost share (25 percent of the allowable amount)."),
              ("052", "Allowable amount applied to the annual outpatient deductible."),
              ("R11", "Prior payment reversed; see the corrected claim on this statement.")]
    doc.gap(8)
    doc.text(36, "REASON CODE DESCRIPTIONS", "b")
    for k, v in legend:
        doc.line([C(36, k), C(70, v)])
    return doc, render_fpdf, lines, claims, legend, [], "federal family-program provider EOB", {}


def v3(out: Path):
    doc = Doc(LETTER, "times", 8.5, 11.5)
    doc.banner_lines = 2
    doc.banner = lambda p, n: [[C(36, "Good Neighbor Health Sharing", "l", "b", 13),
                                C(576, "Explanation of Sharing", "r", "b", 11)],
                               [C(36, "Household: The Lindgren-Bates Family   Member #: SH-5530918"),
                                C(576, f"Issued Feb 2, 2026  -  page {p} of {n}", "r")]]
    t = Tbl(doc, [("Date", 36, "l"), ("Service", 100, "l"), ("CPT", 238, "l"), ("Billed", 310, "r"),
                  ("Discount", 360, "r"), ("Ineligible", 410, "r"), ("Eligible", 460, "r"),
                  ("Personal\nResponsibility", 520, "r"), ("Shared", 565, "r"), ("Note", 568, "l")])
    M = lambda x: money(x, "$")  # noqa: E731
    st = PlanState(ded_left=Decimal("300.00"), coins_rate=ZERO, allowed_rate=Decimal("0.65"))
    d = date
    needs = [
        ("Soren Lindgren-Bates", "Harborview Kids Therapy", "HKT-77120", "N26-004417", "Shared",
         [Svc(d(2026, 1, 5), "97166", 1), Svc(d(2026, 1, 5), "97530", 2), Svc(d(2026, 1, 12), "97530", 2),
          Svc(d(2026, 1, 12), "97535", 1)]),
        ("Greta Lindgren-Bates", "Coastal Voice & Swallow Clinic", "CVS 2026-0319", "N26-004452",
         "Partially shared",
         [Svc(d(2026, 1, 8), "92523", 1), Svc(d(2026, 1, 15), "92507", 1), Svc(d(2026, 1, 15), "97129", 1,
                                                                            denied="PR")]),
        ("Soren Lindgren-Bates", "Harborview Kids Therapy", "HKT-77164", "N26-004890", "Shared",
         [Svc(d(2026, 1, 19), "97530", 3), Svc(d(2026, 1, 26), "97530", 2), Svc(d(2026, 1, 26), "97110", 1)]),
    ]
    lines, claims = [], []
    for pat, prov, ref, need, status, svcs in needs:
        doc.gap(6)
        doc.line([C(36, f"Need #: {need}", "l", "b"), C(160, f"Patient: {pat}", "l", "b"),
                  C(380, f"Need status: {status}")])
        doc.line([C(36, f"Provider: {prov}"), C(380, f"Provider reference: {ref}")])
        doc.header(t.head())
        doc.rule(lw=0.6)
        for s in svcs:
            commercial(s, st)
            notes = ["B"] if s.denied else (["A"] if s.deductible else [])
            tr = truth_line(0, s, claim_id=ref, payer_claim_id=need, patient=pat, units=False,
                            printed=("billed", "discount", "not_covered", "allowed", "patient_owes", "paid"),
                            remarks=notes)
            lines.append(tr)
            doc.line(t.cells([dfmt(s.dos, "mon"), s.desc[:28], s.code, M(s.billed), M(s.discount),
                              M(s.not_covered), M(s.allowed), M(s.owes), M(s.paid), " ".join(notes)]), tags=[tr])
        doc.rule(lw=0.3)
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        doc.line(t.cells(["Need total", "", "", M(tb), M(total(svcs, "discount")), M(total(svcs, "not_covered")),
                          M(ta), M(to), M(tp), ""], "b"))
        doc.end_header()
        claims.append({"claim_id": ref, "payer_claim_id": need, "patient": pat, "totals": {
            "billed": str(q(tb)), "allowed": str(q(ta)), "paid": str(q(tp)), "patient_owes": str(q(to))}})
    legend = [("A", "Counted toward your household's Annual Unshared Amount before sharing begins."),
              ("B", "Not eligible for sharing under the member guidelines; the member pays this amount.")]
    doc.gap(10)
    doc.text(36, "Notes", "b")
    for k, v in legend:
        doc.text(36, f"{k} - {v}")
    doc.text(36, "This statement is not insurance and is not a bill.", "i")
    return doc, render_rl, lines, claims, legend, [], "health-care sharing ministry Explanation of Sharing", {}


def v4(out: Path):
    doc = Doc(LETTER, "dejavucond", 7.5, 11)
    doc.banner_lines = 3
    doc.banner = lambda p, n: [[C(36, "Children's Special Health Services Program", "l", "b", 11),
                                C(576, f"Page {p} of {n}", "r")],
                               [C(36, "PROVIDER PAYMENT STATEMENT"), C(576, "Warrant date 2/2/2026", "r")],
                               [C(36, "Provider: Sunrise Developmental Therapies   Program provider ID: 7700451   "
                                      "Warrant #: W-00918842")]]
    t = Tbl(doc, [("Auth #", 36, "l"), ("Svc Date", 84, "l"), ("HCPCS", 130, "l"), ("Mod 1", 166, "l"),
                  ("Mod 2", 192, "l"), ("Units", 232, "r"), ("Charge", 282, "r"), ("Other Ins\nPaid", 334, "r"),
                  ("Program\nAllowed", 386, "r"), ("Program\nPaid", 436, "r"), ("Family\nShare", 484, "r"),
                  ("Invoice", 494, "l")])
    d = date
    clients = [
        ("MAYA T ESPINOZA", "0048812", "PA-55120", Decimal("0.60"), Decimal("5.00"),
         [("INV-40551", "2601600882", [Svc(d(2026, 1, 5), "97530", 4, ("GO",)), Svc(d(2026, 1, 5), "97535", 1,
                                                                                      ("GO",))]),
          ("INV-40588", "2601900147", [Svc(d(2026, 1, 12), "97530", 3, ("GO", "59")),
                                       Svc(d(2026, 1, 12), "97110", 1, ("GO",))])]),
        ("JONAH R PRZYBYLSKI", "0051307", "PA-55207", ZERO, ZERO,
         [("INV-40562", "2601600901", [Svc(d(2026, 1, 6), "92507", 1, ("GN",)), Svc(d(2026, 1, 6), "92526", 1,
                                                                                     ("GN",))]),
          ("INV-40601", "2602000233", [Svc(d(2026, 1, 13), "92507", 1, ("GN",))])]),
        ("ADA K WINTERBOURNE", "0049930", "PA-55311", Decimal("0.50"), Decimal("10.00"),
         [("INV-40617", "2602100518", [Svc(d(2026, 1, 14), "97760", 2, ("GO", "LT")),
                                       Svc(d(2026, 1, 14), "L3807", 1, ("LT",)),
                                       Svc(d(2026, 1, 21), "97530", 2, ("GO",))])]),
    ]
    doc.header(t.head(), repeat=True)
    doc.rule(lw=0.6)
    lines, claims, other = [], [], {}
    for ci, (pat, cid, auth, oth_rate, share, invs) in enumerate(clients):
        if ci == 2:
            doc.page_break()
        doc.line([C(36, f"CLIENT: {pat}", "l", "b"), C(220, f"Client ID {cid}"), C(320, "DOB on file")],
                 band=True)
        for inv, tcn, svcs in invs:
            doc.line([C(44, f"Invoice: {inv}   Program claim no.: {tcn}", "l", "i")])
            first = True
            for s in svcs:
                medicaid(s)
                s.seq = q(s.allowed * oth_rate)  # paid by the family's other insurance first
                s.owes = min(share, s.allowed - s.seq) if first else ZERO
                first = False
                s.paid = s.allowed - s.seq - s.owes
                tr = truth_line(0, s, claim_id=inv, payer_claim_id=tcn, patient=pat, description=False,
                                printed=("billed", "allowed", "paid", "patient_owes"))
                lines.append(tr)
                other[id(tr)] = True
                m = list(s.mods) + ["", ""]
                doc.line(t.cells([auth, dfmt(s.dos, "mdyn"), s.code, m[0], m[1], units_str(s.units),
                                  money(s.billed, ","), money(s.seq, ","), money(s.allowed, ","),
                                  money(s.paid, ","), money(s.owes, ","), inv]), tags=[tr])
            tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
            doc.line(t.cells(["", "Invoice total", "", "", "", "", money(tb, ","), money(total(svcs, "seq"), ","),
                              money(ta, ","), money(tp, ","), money(to, ","), ""], "b"))
            claims.append({"claim_id": inv, "payer_claim_id": tcn, "patient": pat, "totals": {
                "billed": str(q(tb)), "allowed": str(q(ta)), "paid": str(q(tp)), "patient_owes": str(q(to))}})
    doc.end_header()
    doc.gap(8)
    doc.text(36, "Family share is billed to the family by the provider. Other insurance must be billed first.")
    return (doc, render_fpdf, lines, claims, [], [], "children's special health care program payment statement",
            {"other_payer": True})


def v5(out: Path):
    doc = Doc(LETTER, "dejavu", 6.6, 10)
    doc.banner_lines = 2
    doc.banner = lambda p, n: [[C(36, "Prairie Shield Blue - Provider Portal", "l", "b", 10),
                                C(576, "Claim Summary", "r", "b", 10)],
                               [C(36, "Printed 02/02/26 09:14 by user kfarrow   Billing NPI 1649922071"),
                                C(576, f"{p}/{n}", "r")]]
    t = Tbl(doc, [("Ln", 36, "l"), ("DOS", 52, "l"), ("Procedure", 92, "l"), ("Units", 162, "r"),
                  ("Charge", 205, "r"), ("Allowed", 246, "r"), ("Deductible", 291, "r"), ("Copay", 325, "r"),
                  ("Coins", 358, "r"), ("Non-\nCovered", 405, "r"), ("Paid", 450, "r"),
                  ("Adjustment Reason", 460, "l"), ("RARC", 545, "l")], grid=None)
    M = lambda x: money(x, "$")  # noqa: E731
    st = PlanState(ded_left=Decimal("40.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.78"))
    d = date
    claims_in = [
        ("HOLLIS, BEATRIX J", "XQB912004411", "7718-00923", "2026012AB4470", "Finalized / Paid",
         [Svc(d(2026, 1, 5), "97140", 2, ("GP",)), Svc(d(2026, 1, 5), "97110", 2, ("GP",)),
          Svc(d(2026, 1, 5), "97112", 1, ("GP",))]),
        ("HOLLIS, THEODORE", "XQB912004411", "7718-00951", "2026013AB9021", "Finalized / Denied",
         [Svc(d(2026, 1, 7), "0552T", 1, ("GP",), denied="CO"), Svc(d(2026, 1, 7), "G0283", 1, ("GP",),
                                                                    denied="CO")]),
        ("MARSH-OYELARAN, FELIX", "XQB600187320", "7718-01007", "2026015AC0318", "Finalized / Paid",
         [Svc(d(2026, 1, 9), "97163", 1, ("GP",)), Svc(d(2026, 1, 9), "97530", 2, ("GP", "59")),
          Svc(d(2026, 1, 16), "97110", 3, ("GP",)), Svc(d(2026, 1, 16), "97116", 1, ("GP",))]),
    ]
    lines, claims = [], []
    for pat, sub, pcn, clm, status, svcs in claims_in:
        doc.gap(6)
        doc.line([C(36, f"Patient Name: {pat}", "l", "b"), C(250, f"Subscriber ID: {sub}"),
                  C(420, f"Claim #: {clm}", "l", "b")], band=True)
        doc.line([C(36, f"Patient Control #: {pcn}"), C(250, f"Claim Status: {status}"),
                  C(420, "Rendering: Westfield Motion PT")])
        doc.header(t.head())
        doc.rule(lw=0.4)
        for i, s in enumerate(svcs, 1):
            commercial(s, st, deny_reason="50")
            rarc = ["N386"] if s.denied else []
            tr = truth_line(0, s, claim_id=pcn, payer_claim_id=clm, patient=pat, description=False,
                            printed=("billed", "allowed", "deductible", "copay", "coinsurance", "not_covered",
                                     "paid"), adjustments=adjs_of(s), remarks=rarc)
            lines.append(tr)
            adj = [f"{g}-{r} {money(a, ',')}" for g, r, a in s.adjs]
            doc.line(t.cells([str(i), dfmt(s.dos, "mdy2"), s.code + "".join("-" + m for m in s.mods),
                              f"{s.units:.2f}", M(s.billed), M(s.allowed), M(s.deductible), M(s.copay),
                              M(s.coinsurance), M(s.not_covered), M(s.paid), adj[0], " ".join(rarc)]), tags=[tr],
                     h=9)
            for a in adj[1:]:
                doc.line([C(460, a)], h=9)
            doc.gap(2)
        doc.rule(lw=0.4)
        tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
        doc.line(t.cells(["", "Totals", "", "", M(tb), M(ta), M(total(svcs, "deductible")), M(total(svcs, "copay")),
                          M(total(svcs, "coinsurance")), M(total(svcs, "not_covered")), M(tp), "", ""], "b"))
        doc.end_header()
        claims.append({"claim_id": pcn, "payer_claim_id": clm, "patient": pat, "totals": {
            "billed": str(q(tb)), "allowed": str(q(ta)), "paid": str(q(tp)), "patient_owes": None}})
    legend = [("CO-45", "Charge is above the contracted fee; the difference is written off."),
              ("CO-50", "Payer judged the service not medically necessary; provider write-off."),
              ("PR-1", "Deductible the patient owes."), ("PR-2", "Coinsurance the patient owes."),
              ("N386", "Decision based on a published coverage policy; see the payer's website.")]
    doc.gap(10)
    doc.text(36, "Reason and remark codes on this claim summary", "b")
    for k, v in legend:
        doc.line([C(36, k), C(80, v)])
    return doc, render_rl, lines, claims, legend, [], "commercial provider portal claim summary", \
        {"adj_complete": True}


def v6(out: Path):
    doc = Doc(LETTER, "libsans", 7.5, 11)
    doc.banner_lines = 3
    doc.banner = lambda p, n: [[C(36, "Little Oaks Pediatric Therapy", "l", "b", 12),
                                C(576, "STATEMENT OF ACCOUNT", "r", "b", 11)],
                               [C(36, "2210 Fennimore Ave, Suite 4, Brookdale"),
                                C(576, "Statement date 02/02/26", "r")],
                               [C(36, "Guarantor: Renata Vasquez   Account: G-30917"),
                                C(576, f"Page {p} of {n}", "r")]]
    t = Tbl(doc, [("Date", 36, "l"), ("Patient", 76, "l"), ("Code", 140, "l"), ("Description", 184, "l"),
                  ("Qty", 352, "r"), ("Charge", 400, "r"), ("Ins Paid", 448, "r"), ("Ins Adj", 496, "r"),
                  ("You Owe", 546, "r")])
    M = lambda x: money(x, "$")  # noqa: E731
    d = date
    st = PlanState(ded_left=Decimal("40.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    visits = [
        ("Leo Vasquez", "V10877", "26005Q00124", d(2026, 1, 5),
         [Svc(d(2026, 1, 5), "97166", 1, ("GO",)), Svc(d(2026, 1, 5), "97530", 2, ("GO",))]),
        ("Ines Vasquez", "V10891", "26006Q00388", d(2026, 1, 6),
         [Svc(d(2026, 1, 6), "92507", 1, ("GN",)), Svc(d(2026, 1, 6), "92526", 1, ("GN",))]),
        ("Leo Vasquez", "V10933", "26012Q01175", d(2026, 1, 12),
         [Svc(d(2026, 1, 12), "97530", 3, ("GO",)), Svc(d(2026, 1, 12), "97112", 1, ("GO",))]),
        ("Ines Vasquez", "V10952", "26013Q01240", d(2026, 1, 13),
         [Svc(d(2026, 1, 13), "92507", 1, ("GN",))]),
        ("Leo Vasquez", "V10988", "26019Q02011", d(2026, 1, 19),
         [Svc(d(2026, 1, 19), "97530", 2, ("GO", "59")), Svc(d(2026, 1, 19), "97535", 2, ("GO",))]),
    ]
    doc.header(t.head(), repeat=False)
    doc.rule(lw=0.8)
    lines, claims = [], []
    for pat, visit, clm, vd, svcs in visits:
        doc.line([C(36, f"{dfmt(vd, 'mdy2')}   Visit #{visit}   Billed to Cascade Mutual Insurance   "
                        f"Claim #{clm}   Processed 01/27/26", "l", "b")], band=True)
        for s in svcs:
            commercial(s, st)
            tr = truth_line(0, s, claim_id=visit, payer_claim_id=clm, patient=pat,
                            printed=("billed", "paid", "discount", "patient_owes"))
            lines.append(tr)
            doc.line(t.cells([dfmt(s.dos, "mdy2"), pat, s.code + "".join(s.mods), s.desc[:32],
                              units_str(s.units), M(s.billed), M(s.paid), M(s.discount), M(s.owes)]), tags=[tr])
        tb, tp, to = (total(svcs, k) for k in ("billed", "paid", "owes"))
        doc.line(t.cells(["", "", "", "Visit total", "", M(tb), M(tp), M(total(svcs, "discount")), M(to)], "b"))
        claims.append({"claim_id": visit, "payer_claim_id": clm, "patient": pat, "totals": {
            "billed": str(q(tb)), "allowed": None, "paid": str(q(tp)), "patient_owes": str(q(to))}})
        if visit in ("V10877", "V10933"):
            doc.line(t.cells(["01/24/26", "", "", "Patient payment - thank you", "", "", "", "",
                              money(Decimal("-25.00"), "$")], "i"))
    doc.end_header()
    doc.rule(lw=0.8)
    doc.gap(4)
    doc.text(36, "Please pay the amount in the You Owe column. Questions? Call our billing office.", "i")
    return doc, render_fpdf, lines, claims, [], [], "therapy clinic family statement of account", {}


def v7(out: Path):
    doc = Doc(LAND, "libnarrow", 7, 11.5, margin=30)
    doc.banner_lines = 2
    doc.banner = lambda p, n: [[C(30, "Summit Valley Medical Group IPA - Remittance Detail", "l", "b", 10),
                                C(762, "Check/EFT #: 88120457   Paid: 2-Feb-26", "r")],
                               [C(30, "Payee: Redstone Hand & Upper Limb Therapy   Tax ID: XX-XXX4410"),
                                C(762, f"Page {p} of {n}", "r")]]
    xs = [30, 120, 178, 238, 296, 336, 370, 396, 422, 470, 516, 556, 604, 646, 692, 762]
    labels = ["Member Name", "Member ID", "Claim No", "Pt Acct No", "DOS", "CPT", "Mod", "Units", "Billed",
              "Allowed", "Copay", "Net Paid", "Adj Code", "Adj Amt", "Status"]
    aligns = ["l", "l", "l", "l", "l", "l", "l", "r", "r", "r", "r", "r", "l", "r", "l"]
    cols = []
    for i, (lab, a) in enumerate(zip(labels, aligns, strict=True)):
        cols.append((lab, xs[i] + 2 if a == "l" else xs[i + 1] - 3, a))
    t = Tbl(doc, cols, grid=xs)
    D = lambda x: f"{x.day}-{x:%b}-{x:%y}"  # noqa: E731
    M = lambda x: money(x, ",", "()")  # noqa: E731
    d = date
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.75"))
    old = [Svc(d(2025, 12, 18), "97140", 1, ("GO",)), Svc(d(2025, 12, 18), "97110", 1, ("GO",))]
    for s in old:
        commercial(s, st)
    claims_in = [
        ("Penhallow, Iris", "SV2204417", "C26-0104481", "RH55102", "Paid",
         [Svc(d(2026, 1, 5), "97165", 1, ("GO",)), Svc(d(2026, 1, 5), "97760", 1, ("GO", "RT")),
          Svc(d(2026, 1, 5), "L3807", 1, ("RT",))]),
        ("Penhallow, Iris", "SV2204417", "C26-0109930", "RH55188", "Paid",
         [Svc(d(2026, 1, 12), "97140", 2, ("GO",)), Svc(d(2026, 1, 12), "97110", 2, ("GO",)),
          Svc(d(2026, 1, 12), "G0283", 1, ("GO",))]),
        ("Quintero, Marcus", "SV3017782", "C26-0110214", "RH55203", "Paid",
         [Svc(d(2026, 1, 13), "99213", 1), Svc(d(2026, 1, 13), "97530", 2, ("GO", "59"))]),
        ("Quintero, Marcus", "SV3017782", "C25-0933107", "RH54877", "Reversed", [negate(s) for s in old]),
        ("Quintero, Marcus", "SV3017782", "C26-0113390", "RH54877", "Paid",
         [Svc(d(2025, 12, 18), "97140", 2, ("GO",)), Svc(d(2025, 12, 18), "97110", 1, ("GO",))]),
        ("Ashdown-Kemp, Rosa", "SV1190025", "C26-0115562", "RH55290", "Paid",
         [Svc(d(2026, 1, 20), "97167", 1, ("GO",)), Svc(d(2026, 1, 20), "97535", 2, ("GO",))]),
    ]
    doc.header(t.head(band=True))
    lines, claims = [], []
    for ci, (pat, mid, clm, acct, status, svcs) in enumerate(claims_in):
        if ci == 4:
            doc.page_break()
        for s in svcs:
            if status != "Reversed":
                commercial(s, st)
            adj = [("CO", "45", s.discount)]
            tr = truth_line(0, s, claim_id=acct, payer_claim_id=clm, patient=pat, description=False,
                            printed=("billed", "allowed", "copay", "paid"),
                            adjustments=[[g, r, a] for g, r, a in adj])
            lines.append(tr)
            doc.line(t.cells([pat, mid, clm, acct, D(s.dos), s.code, " ".join(s.mods), units_str(s.units),
                              M(s.billed), M(s.allowed), M(s.copay), M(s.paid), "CO45", M(s.discount), status]),
                     tags=[tr], grid=xs)
        tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
        doc.line(t.cells(["", "", "", "Claim Total", "", "", "", "", M(tb), M(ta), M(total(svcs, "copay")), M(tp),
                          "", M(total(svcs, "discount")), ""], "b"), grid=xs)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": {
            "billed": str(q(tb)), "allowed": str(q(ta)), "paid": str(q(tp)), "patient_owes": None}})
    doc.end_header()
    doc.gap(6)
    doc.text(30, "CO45 = charge exceeds the group's contracted rate (write-off). Copay is collected by the provider.")
    return doc, render_fpdf, lines, claims, [("CO45", "Charge exceeds the contracted rate; provider write-off.")], \
        [], "IPA remittance exported from a spreadsheet", {}


def v8(out: Path):
    doc = Doc(LETTER, "libserif", 8, 11.5)
    doc.banner_lines = 3
    doc.banner = lambda p, n: [[C(306, "Department of Workforce Services", "c", "b", 11)],
                               [C(306, "Division of Vocational Rehabilitation - Vendor Payment Remittance", "c", "b")],
                               [C(36, "Vendor: Ridgeway Occupational Therapy Associates   Vendor #: V-022871"),
                                C(576, f"Page {p} of {n}", "r")]]
    t = Tbl(doc, [("Authorization", 36, "l"), ("Service Date(s)", 100, "l"), ("Code", 200, "l"),
                  ("Description", 232, "l"), ("Units", 382, "r"), ("Unit Rate", 420, "r"),
                  ("Amount\nBilled", 468, "r"), ("Amount\nAuthorized", 516, "r"), ("Amount\nPaid", 556, "r"),
                  ("Rmk", 560, "l")])
    rate = {"97535": Decimal("48.00"), "97530": Decimal("52.00"), "97110": Decimal("44.00"),
            "97168": Decimal("110.00"), "97166": Decimal("160.00")}
    d = date
    consumers = [
        ("Tobias Wren", "HH-2026-0114", "PV-0026-118843", "Issued",
         [("A-771204", Svc(d(2026, 1, 5), "97535", 6, end=d(2026, 1, 16)), None),
          ("A-771204", Svc(d(2026, 1, 5), "97530", 4, end=d(2026, 1, 16)), None),
          ("A-771205", Svc(d(2026, 1, 20), "97168", 1, end=d(2026, 1, 20)), Decimal("100.00"))]),
        ("Alma Castellano-Reyes", "HH-2026-0121", "PV-0026-118844", "Issued",
         [("A-771388", Svc(d(2026, 1, 7), "97166", 1, end=d(2026, 1, 7)), None),
          ("A-771389", Svc(d(2026, 1, 12), "97110", 8, end=d(2026, 1, 30)), Decimal("300.00"))]),
    ]
    doc.header(t.head(), repeat=True)
    doc.rule(lw=0.5)
    lines, claims = [], []
    for pat, inv, pv, status, items in consumers:
        doc.line([C(36, f"Consumer: {pat}", "l", "b"), C(230, f"Invoice No.: {inv}"),
                  C(380, f"Payment Voucher: {pv}"), C(576, f"Status: {status}", "r")], band=True)
        svcs = []
        for auth, s, cap in items:
            s.allowed = q(rate[s.code] * s.units)
            if cap is not None:
                s.allowed = min(s.allowed, cap)
            s.paid = s.allowed
            rm = ["R2"] if cap is not None and s.allowed == cap else ["R1"]
            svcs.append(s)
            tr = truth_line(0, s, claim_id=inv, payer_claim_id=pv, patient=pat, service_end=s.end,
                            printed=("billed", "allowed", "paid"), remarks=rm)
            lines.append(tr)
            rng = f"{dfmt(s.dos, 'mdy4')} - {dfmt(s.end, 'mdy4')}"
            doc.line(t.cells([auth, rng, s.code, s.desc[:30], units_str(s.units), money(rate[s.code], ","),
                              money(s.billed, "$"), money(s.allowed, "$"), money(s.paid, "$"), rm[0]]), tags=[tr])
        tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
        doc.line(t.cells(["", "", "", "Invoice total", "", "", money(tb, "$"), money(ta, "$"), money(tp, "$"), ""],
                         "b"))
        doc.gap(4)
        claims.append({"claim_id": inv, "payer_claim_id": pv, "patient": pat, "totals": {
            "billed": str(q(tb)), "allowed": str(q(ta)), "paid": str(q(tp)), "patient_owes": None}})
    doc.end_header()
    legend = [("R1", "Paid at the division's fee schedule rate for the authorized service."),
              ("R2", "Paid up to the dollar limit of the authorization; the remainder is not payable.")]
    doc.gap(8)
    doc.text(36, "Remarks", "b")
    for k, v in legend:
        doc.line([C(36, k), C(60, v)])
    doc.text(36, "Vendors may not bill the consumer for any amount above the authorized amount.", "i")
    return doc, render_rl, lines, claims, legend, [], "state vocational rehabilitation vendor remittance", {}


def v9(out: Path):
    doc = Doc(LETTER, "dejavucond", 7, 10.5)
    doc.banner_lines = 3
    doc.banner = lambda p, n: [[C(36, "Copperline Health Insurance Company", "l", "b", 12),
                                C(576, "EXPLANATION OF BENEFITS", "r", "b", 10)],
                               [C(36, "Member: WENDELL PARK   ID: CPL-4471092-01   Plan: Copperline Choice PPO"),
                                C(576, "This is not a bill", "r", "i")],
                               [C(36, "Date issued: 02/02/26"), C(576, f"Page {p} of {n}", "r")]]
    t = Tbl(doc, [("Date of\nService", 36, "l"), ("Procedure", 78, "l"), ("Charged", 160, "r"),
                  ("Not\ncovered", 205, "r"), ("Discount", 250, "r"), ("Allowed", 295, "r"),
                  ("Deductible", 342, "r"), ("Coinsurance", 392, "r"), ("Copay", 430, "r"),
                  ("Plan paid", 476, "r"), ("Your share", 522, "r"), ("Expl", 532, "l")])
    M = lambda x: money(x, "$")  # noqa: E731
    d = date
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.72"),
                   copay_codes={"99213": Decimal("35.00")})
    claims_in = [
        ("Wendell Park", "Tidewater Hand Therapy", "TH-2026-00417", "EC26014418820",
         [Svc(d(2026, 1, 6), "99213", 1), Svc(d(2026, 1, 6), "L3807", 1, ("RT",)),
          Svc(d(2026, 1, 6), "97760", 2, ("GO", "RT")), Svc(d(2026, 1, 13), "97110", 2, ("GO",)),
          Svc(d(2026, 1, 13), "97140", 1, ("GO", "59")), Svc(d(2026, 1, 13), "G0283", 1, ("GO",))]),
        ("Hye-jin Park", "Tidewater Hand Therapy", "TH-2026-00452", "EC26016620317",
         [Svc(d(2026, 1, 8), "97165", 1, ("GO",)), Svc(d(2026, 1, 8), "97530", 2, ("GO",)),
          Svc(d(2026, 1, 15), "97530", 2, ("GO",)), Svc(d(2026, 1, 15), "0552T", 1, ("GO",), denied="PR"),
          Svc(d(2026, 1, 22), "97530", 3, ("GO",)), Svc(d(2026, 1, 22), "97535", 1, ("GO",))]),
        ("Wendell Park", "Harbor Point Orthopedics", "HPO-88120", "EC26021105583",
         [Svc(d(2026, 1, 20), "99213", 1), Svc(d(2026, 1, 20), "G0283", 1)]),
    ]
    lines, claims, findings = [], [], []
    for ci, (pat, prov, acct, clm, svcs) in enumerate(claims_in):
        doc.gap(6)
        doc.line([C(36, f"Patient: {pat}", "l", "b"), C(200, f"Provider: {prov}"), C(400, f"Claim no. {clm}")],
                 band=True)
        doc.line([C(36, f"Your provider's account no. {acct}"), C(400, "Paid to: Provider")])
        doc.header(t.head(), repeat=False)
        doc.rule(lw=0.5)
        for k, s in enumerate(svcs):
            if ci == 1 and k == 4:
                doc.page_break()
            commercial(s, st)
            ex = (["DD"] if s.deductible else []) + (["NC"] if s.denied else []) + (["CP"] if s.copay else [])
            tr = truth_line(0, s, claim_id=acct, payer_claim_id=clm, patient=pat, description=False,
                            printed=("billed", "not_covered", "discount", "allowed", "deductible", "coinsurance",
                                     "copay", "paid", "patient_owes"), remarks=ex)
            lines.append(tr)
            doc.line(t.cells([dfmt(s.dos, "mdy2"), s.code + "".join(s.mods), M(s.billed), M(s.not_covered),
                              M(s.discount), M(s.allowed), M(s.deductible), M(s.coinsurance), M(s.copay), M(s.paid),
                              M(s.owes), " ".join(ex)]), tags=[tr])
        doc.end_header()
        doc.rule(lw=0.5)
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        printed_paid = tp
        if ci == 1:  # PLANTED: the printed plan-paid total is $5.00 higher than the lines
            printed_paid = tp + Decimal("5.00")
            findings.append({"kind": "claim_total_mismatch", "claim_id": acct, "payer_claim_id": clm,
                             "field": "paid", "printed": str(q(printed_paid)), "lines_sum": str(q(tp))})
        doc.line(t.cells(["Claim total", "", M(tb), M(total(svcs, "not_covered")), M(total(svcs, "discount")),
                          M(ta), M(total(svcs, "deductible")), M(total(svcs, "coinsurance")),
                          M(total(svcs, "copay")), M(printed_paid), M(to), ""], "b"))
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": {
            "billed": str(q(tb)), "allowed": str(q(ta)), "paid": str(q(printed_paid)), "patient_owes": str(q(to))}})
    legend = [("CP", "Fixed copay for an office visit."), ("DD", "Applied to your deductible."),
              ("NC", "This service is excluded by your plan; you may owe the provider.")]
    doc.gap(8)
    doc.text(36, "Explanation codes", "b")
    for k, v in legend:
        doc.line([C(36, k), C(60, v)])
    return doc, render_rl, lines, claims, legend, findings, "hand-therapy / orthotics member EOB", {}


def v10(out: Path):
    doc = Doc(LETTER, "dejavu", 6.8, 10.5)
    doc.banner_lines = 3
    doc.banner = lambda p, n: [[C(36, "Mercy Ridge Children's Hospital", "l", "b", 12),
                                C(576, "ITEMIZED STATEMENT", "r", "b", 10)],
                               [C(36, "Outpatient Rehabilitation Services - Guarantor: Sami Haddad"),
                                C(576, "Statement date 02-02-2026", "r")],
                               [C(36, "Questions about this bill? Patient Financial Services"),
                                C(576, f"Page {p} of {n}", "r")]]
    t = Tbl(doc, [("Date", 36, "l"), ("Rev\nCode", 88, "l"), ("HCPCS/\nCPT", 116, "l"), ("Mod", 154, "l"),
                  ("Units", 196, "r"), ("Description", 204, "l"), ("Charges", 400, "r"), ("Ins Paid", 446, "r"),
                  ("Ins\nAdjustment", 500, "r"), ("Patient\nDue", 546, "r")])
    rev = {"97530": "0434", "97535": "0434", "97166": "0434", "92507": "0444", "92526": "0444", "97110": "0424",
           "97112": "0424", "97116": "0424", "97161": "0424"}
    M = lambda x: money(x, ",", "trail")  # noqa: E731
    d = date
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.70"))
    accts = [
        ("Noor Haddad", "HAR88014471", "State Medicaid (Health Steps)", "ICN", "6626017004512", "mcd",
         [Svc(d(2026, 1, 5), "97166", 1, ("GO",)), Svc(d(2026, 1, 5), "97530", 2, ("GO",)),
          Svc(d(2026, 1, 12), "97530", 3, ("GO",)), Svc(d(2026, 1, 12), "97535", 1, ("GO",))]),
        ("Yusuf Haddad", "HAR88014502", "Allmark Health Plan", "Claim No.", "AM26-7704-1198", "com",
         [Svc(d(2026, 1, 7), "92507", 1, ("GN",)), Svc(d(2026, 1, 7), "92526", 1, ("GN",)),
          Svc(d(2026, 1, 14), "97161", 1, ("GP",)), Svc(d(2026, 1, 14), "97116", 2, ("GP",)),
          Svc(d(2026, 1, 14), "97112", 1, ("GP",))]),
    ]
    lines, claims = [], []
    doc.header(t.head(), repeat=True)
    doc.rule(lw=0.6)
    for pat, har, payer, idlab, pid, kind, svcs in accts:
        doc.gap(3)
        doc.line([C(36, f"Patient: {pat}", "l", "b"), C(200, f"Account #: {har}"),
                  C(340, f"Insurance: {payer}   {idlab} {pid}")], band=True)
        for s in svcs:
            if kind == "mcd":
                medicaid(s)
            else:
                commercial(s, st)
            tr = truth_line(0, s, claim_id=har, payer_claim_id=pid, patient=pat,
                            printed=("billed", "paid", "discount", "patient_owes"))
            lines.append(tr)
            doc.line(t.cells([s.dos.strftime("%m-%d-%Y"), rev[s.code], s.code, " ".join(s.mods),
                              units_str(s.units), s.desc[:38], M(s.billed), M(s.paid), M(s.discount), M(s.owes)]),
                     tags=[tr])
        if kind == "com":  # a duplicate charge reversed on the statement
            c = Svc(d(2026, 1, 14), "97116", 1, ("GP",))
            c.billed, c.owes = -c.billed, ZERO
            c.desc = "Charge correction - duplicate entry"
            svcs.append(c)
            tr = truth_line(0, c, claim_id=har, payer_claim_id=pid, patient=pat,
                            printed=("billed", "paid", "discount", "patient_owes"))
            lines.append(tr)
            doc.line(t.cells([c.dos.strftime("%m-%d-%Y"), rev[c.code], c.code, "GP", "1", c.desc, M(c.billed),
                              M(ZERO), M(ZERO), M(ZERO)]), tags=[tr])
        tb, tp, to = (total(svcs, k) for k in ("billed", "paid", "owes"))
        doc.line(t.cells(["", "", "", "", "", "Account totals", M(tb), M(tp), M(total(svcs, "discount")), M(to)],
                         "b"))
        claims.append({"claim_id": har, "payer_claim_id": pid, "patient": pat, "totals": {
            "billed": str(q(tb)), "allowed": None, "paid": str(q(tp)), "patient_owes": str(q(to))}})
    doc.end_header()
    doc.gap(6)
    doc.text(36, "Amounts followed by a minus sign (-) are credits to your account.", "i")
    return doc, render_fpdf, lines, claims, [], [], "children's hospital outpatient-rehab itemized statement", {}


LAYOUTS = {
    "h9_v1_member_eob_negotiated": v1, "h9_v2_federal_family_provider_eob": v2,
    "h9_v3_sharing_ministry_statement": v3, "h9_v4_childrens_program_payment": v4,
    "h9_v5_portal_claim_summary": v5, "h9_v6_clinic_family_statement": v6,
    "h9_v7_ipa_remit_spreadsheet": v7, "h9_v8_voc_rehab_remittance": v8,
    "h9_v9_hand_therapy_member_eob": v9, "h9_v10_hospital_itemized_statement": v10,
}
FLAGS: dict[str, dict] = {}


def build(out: Path) -> list[Path]:
    written = []
    for name, fn in LAYOUTS.items():
        path = out / f"{name}.pdf"
        doc, render, lines, claims, legend, findings, desc, flags = fn(out)
        pages = render(doc, path)
        producer = "reportlab" if render is render_rl else "fpdf2"
        FLAGS[name] = flags
        write_truth(path, name, producer, pages, desc, lines, claims, legend, findings)
        written.append(path)
    return written


# ------------------------------------------------------------------------------------------- self-check

def _dates(iso: str) -> set[str]:
    x = date.fromisoformat(iso)
    out = {dfmt(x, s) for s in ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso")}
    out |= {x.strftime("%m-%d-%y"), x.strftime("%m-%d-%Y"), f"{x.day}-{x:%b}-{x:%y}"}
    return out


def _amount_forms(v: str) -> set[str]:
    a = abs(Decimal(v))
    return {f"{a:,.2f}", f"{a:.2f}"}


def check(out: Path) -> list[str]:
    import pypdfium2 as pdfium
    errs: list[str] = []
    for name in LAYOUTS:
        path = out / f"{name}.pdf"
        tr = json.loads(Path(str(path) + ".truth.json").read_text(encoding="utf-8"))
        pdf = pdfium.PdfDocument(str(path))
        texts = [" ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf))]
        doc_text = " ".join(texts)
        if len(pdf) != tr["pages"]:
            errs.append(f"{name}: pages {len(pdf)} != {tr['pages']}")
        flags = FLAGS.get(name, {})
        for i, ln in enumerate(tr["lines"]):
            where = f"{name} line {i + 1}"
            pt = texts[ln["page"] - 1]
            if ln["code"] not in pt:
                errs.append(f"{where}: code")
            for m in ln["modifiers"]:
                if m not in pt:
                    errs.append(f"{where}: modifier {m}")
            if ln["units"] is not None and ln["units"] not in pt:
                errs.append(f"{where}: units")
            for k in ("service_date", "service_end"):
                if ln[k] and not any(f in pt for f in _dates(ln[k])):
                    errs.append(f"{where}: {k}")
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None and not any(f in pt for f in _amount_forms(ln[k])):
                    errs.append(f"{where}: {k} {ln[k]}")
            for g, r, a in ln["adjustments"]:
                if g not in pt or r not in pt or (a is not None and not any(f in pt for f in _amount_forms(a))):
                    errs.append(f"{where}: adjustment {g}-{r}")
            for r in ln["remarks"]:
                if r not in pt:
                    errs.append(f"{where}: remark {r}")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in doc_text:
                    errs.append(f"{where}: {k} {ln[k]} not in document")
            D = {k: Decimal(ln[k]) if ln[k] is not None else None for k in
                 ("billed", "allowed", "paid", "deductible", "copay", "coinsurance", "not_covered", "discount")}
            if D["billed"] is not None and D["allowed"] is not None and D["discount"] is not None:
                if D["billed"] - D["discount"] - (D["not_covered"] or ZERO) != D["allowed"]:
                    errs.append(f"{where}: billed - discount - not covered != allowed")
            parts = [D[k] for k in ("deductible", "copay", "coinsurance") if D[k] is not None]
            if D["allowed"] is not None and D["paid"] is not None and parts and not flags.get("other_payer"):
                if D["allowed"] - sum(parts, ZERO) != D["paid"]:
                    errs.append(f"{where}: allowed - patient share != paid")
            if flags.get("adj_complete") and ln["adjustments"]:
                if D["billed"] - sum((Decimal(a) for _, _, a in ln["adjustments"]), ZERO) != D["paid"]:
                    errs.append(f"{where}: billed - adjustments != paid")
        planted = {(f["claim_id"], f["field"]) for f in tr["expected_findings"]}
        for c in tr["claims"]:
            mine = [ln for ln in tr["lines"] if ln["claim_id"] == c["claim_id"]
                    and ln["payer_claim_id"] == c["payer_claim_id"]]
            if not mine:
                errs.append(f"{name}: claim {c['claim_id']} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum((Decimal(ln[k]) for ln in mine), ZERO)
                if not any(f in doc_text for f in _amount_forms(v)):
                    errs.append(f"{name}: claim {c['claim_id']} total {k} not printed")
                bad = s != Decimal(v)
                if bad != ((c["claim_id"], k) in planted):
                    errs.append(f"{name}: claim {c['claim_id']} {k} total {v} vs lines {s} (planted: "
                                f"{(c['claim_id'], k) in planted})")
        for code, _ in tr["legend"]:
            if code not in doc_text:
                errs.append(f"{name}: legend {code}")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="eob_heldout9_"))
    samples = (REPO / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        print("refusing to write under samples/: held-out PDFs must never sit beside the dev samples")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    written = build(out)
    print(out)
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("CHECK:", e)
        print(f"check: {len(written)} layouts, {len(errs)} problems")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
