"""Write the 114th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on ten everyday documents, two of each of the five commonest real kinds.

Run:  python bench/heldout114/make_heldout114_pdfs.py OUT_DIR            (writes 10 PDFs + truth files)
      python bench/heldout114/make_heldout114_pdfs.py OUT_DIR --check    (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, data written out by hand, no randomness).
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null when no count is printed); claim_id = the provider's own account / patient-control /
invoice / visit number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the
person who got the service, not the guarantor or subscriber). Adjustments are recorded only where a group+reason
code is printed. Every name, number, payer, provider, address and ID is invented; descriptions are our own words.

Layouts:
  m1  commercial member EOB, portrait Helvetica: per-claim boxes "Claim for <name> (relationship)", "Amount billed
      / Plan discount / Amount allowed / Deductible / Copay / Coinsurance / Plan paid / Your responsibility /
      Remark", code + modifiers in parentheses after the description, 3 family members, a claim continuing on
      page 2 with header repeated and "(continued)", a denied line (reportlab)
  m2  commercial member "Benefits statement", landscape DejaVu Sans: Date / Code / Mod / Qty columns, wrapped
      descriptions on a second text line, "What the provider billed / Discount / Not covered / Plan paid / You
      owe", 4 family members, year-to-date sidebar on page 1, notes legend, a claim running onto page 2 with no
      repeated header (fpdf2)
  n1  Medicare Summary Notice (Part B), portrait DejaVu Sans: cover page with summary boxes, "Your Claims & Costs
      This Period", rows "Therapeutic exercises (97110-GP x2)", "Amount Provider Charged / Medicare-Approved
      Amount / Medicare Paid / You May Be Billed / See Notes", a claim continuing to the next page, lettered
      notes (reportlab)
  n2  Medicare Advantage member EOB, portrait Liberation Serif: "Claim ID", "Provider's charge / Plan-approved
      amount / Plan's share / Your share", per-visit copay, a not-covered item, monthly and year-to-date totals
      boxes (fpdf2)
  d1  state Medicaid remittance advice, landscape Courier (core): "CLAIMS PAID / CLAIMS DENIED / CLAIM ADJUSTMENTS"
      sections, RECIP NAME "LAST, FIRST", ICN, PATIENT ACCT, MMDDYY dates, units "4.0", state EOB codes,
      reversal with trailing-minus amounts and its replacement, header repeated on each page, a claim split
      across pages (fpdf2)
  d2  state Medicaid provider remittance, portrait Liberation Sans Narrow, boxed grid: TCN, Member, Pat Ctrl #,
      Ln / Svc Date / Proc / Mod 1 / Mod 2 / Units / Billed / Allowed / TPL / Paid / CARC / Adj Amt / RARC,
      denied claim, CARC and RARC legends (reportlab)
  s1  clearinghouse Medicare-style standard paper remit, landscape Courier: NAME / MID / ACNT / ICN / ASG / MOA
      heading, PERF PROV / SERV DATE "0105 010526" / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS
      / GRP/RC-AMT / PROV PD, extra adjustments on following lines, PT RESP and CLAIM TOTALS, a claim split
      across pages (reportlab)
  s2  practice-management ERA print, portrait DejaVu Sans Condensed, ruled: shaded claim heading rows, "Acct #",
      "Payer Claim #", Svc Date / CPT / Mod / Units / Charge / Allowed / Ded / Coins / Adjustments "CO45=..." /
      Paid, claim totals rows, check summary (fpdf2)
  f1  therapy clinic family statement, portrait DejaVu Serif: tear-off stub, guarantor address, per-visit invoice
      number and insurer claim number, Date / Patient / Code / Description / Charges / Ins. Paid / Ins. Adjust /
      Balance, 3 family members, aging strip (reportlab)
  f2  hospital outpatient family statement, portrait Liberation Sans: accounts per encounter, Rev / HCPCS / Mod /
      Qty / Charges lines, insurer payment and adjustment as account activity rows (line paid not printed),
      account balance, rows running onto page 2 without a repeated header (fpdf2)

The self-check (--check) tests the factory, not the reader: the page count, every truth line's date, code,
modifiers, units and amounts printed on ONE text row of its page (as the layout formats them), remarks and
adjustment codes/amounts in the page's text, ids and patients in the document's text, billed - adjustments =
paid where every adjustment is printed, allowed - patient share = paid where both are printed, and each claim's
printed totals equal the sum of its lines.
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
import eobgen  # noqa: E402
from eobgen import (FIXED_WHEN, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, q, total, truth_line, units_str, write_truth)

# a few more invented charges / schedule amounts for codes the sample factory does not list
for _c, _f, _s, _d in (("97533", "88.00", "31.20", "Sensory integration activities"),
                       ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
                       ("92610", "180.00", "74.35", "Swallowing function evaluation"),
                       ("97750", "110.00", "35.90", "Physical performance test"),
                       ("99214", "235.00", "124.61", "Office visit, established, moderate")):
    eobgen.FEE.setdefault(_c, _f)
    eobgen.SCHED.setdefault(_c, _s)
    eobgen.DESC.setdefault(_c, _d)

FONTS = "/usr/share/fonts/truetype"
TTF = {
    "DejaVu": f"{FONTS}/dejavu/DejaVuSans.ttf", "DejaVu-B": f"{FONTS}/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuC": f"{FONTS}/dejavu/DejaVuSansCondensed.ttf", "DejaVuC-B": f"{FONTS}/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": f"{FONTS}/dejavu/DejaVuSerif.ttf", "DejaVuSerif-B": f"{FONTS}/dejavu/DejaVuSerif-Bold.ttf",
    "LibSerif": f"{FONTS}/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": f"{FONTS}/liberation/LiberationSerif-Bold.ttf",
    "LibNarrow": f"{FONTS}/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": f"{FONTS}/liberation/LiberationSansNarrow-Bold.ttf",
    "LibSans": f"{FONTS}/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": f"{FONTS}/liberation/LiberationSans-Bold.ttf",
}


def D(m: int, d: int, y: int = 2026) -> date:
    return date(y, m, d)


# ------------------------------------------------------------------------------------------ canvases
class RL:
    """reportlab canvas with a top-left origin."""

    def __init__(self, path: Path, land: bool = False):
        from reportlab.lib.pagesizes import landscape, letter
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        self.pm = pdfmetrics
        for n, p in TTF.items():
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, p))
        size = landscape(letter) if land else letter
        self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
        self.W, self.H = size
        self.pages = 1
        self.fn = ("Helvetica", 9)

    def font(self, n, z):
        self.fn = (n, z)
        self.c.setFont(n, z)

    def width(self, t):
        return self.pm.stringWidth(t, *self.fn)

    def text(self, x, y, t, a="l"):
        if a == "r":
            self.c.drawRightString(x, self.H - y, t)
        elif a == "c":
            self.c.drawCentredString(x, self.H - y, t)
        else:
            self.c.drawString(x, self.H - y, t)

    def line(self, x1, y1, x2, y2, w=0.5):
        self.c.setLineWidth(w)
        self.c.line(x1, self.H - y1, x2, self.H - y2)

    def rect(self, x, y, w, h, fill=None, lw=0.5):
        self.c.setLineWidth(lw)
        if fill is not None:
            self.c.setFillGray(fill)
        self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1 if fill is not None else 0)
        self.c.setFillGray(0)

    def newpage(self):
        self.c.showPage()
        self.pages += 1
        self.font(*self.fn)

    def save(self):
        self.c.save()


class FP:
    """fpdf2 document with the same drawing calls (points, top-left origin)."""

    def __init__(self, path: Path, land: bool = False):
        from fpdf import FPDF
        self.path = path
        self.p = FPDF(orientation="L" if land else "P", unit="pt", format="letter")
        self.p.set_creation_date(FIXED_WHEN)
        self.p.set_auto_page_break(False)
        for n, f in TTF.items():
            self.p.add_font(n, "", f)
        self.p.add_page()
        self.W, self.H = self.p.w, self.p.h
        self.pages = 1
        self.fn = ("Helvetica", 9)

    def font(self, n, z):
        self.fn = (n, z)
        if n in TTF:
            self.p.set_font(n, "", z)
        else:
            base, _, st = n.partition("-")
            self.p.set_font(base, "B" if st == "Bold" else "", z)

    def width(self, t):
        return self.p.get_string_width(t)

    def text(self, x, y, t, a="l"):
        w = self.width(t)
        self.p.text(x - (w if a == "r" else w / 2 if a == "c" else 0), y, t)

    def line(self, x1, y1, x2, y2, w=0.5):
        self.p.set_line_width(w)
        self.p.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, fill=None, lw=0.5):
        self.p.set_line_width(lw)
        if fill is not None:
            g = int(fill * 255)
            self.p.set_fill_color(g, g, g)
        self.p.rect(x, y, w, h, style="DF" if fill is not None else "D")

    def newpage(self):
        self.p.add_page()
        self.pages += 1
        self.font(*self.fn)

    def save(self):
        self.p.output(str(self.path))


class Flow:
    """A cursor running down the pages; on a break it draws the page furniture (and the caller's header)."""

    def __init__(self, cv, furniture, bottom):
        self.cv, self.furniture, self.bottom = cv, furniture, bottom
        self.on_break = None
        self.y = furniture(cv, 1)

    def need(self, h):
        if self.y + h > self.bottom:
            self.cv.newpage()
            self.y = self.furniture(self.cv, self.cv.pages)
            if self.on_break:
                self.y = self.on_break(self.y)
            return True
        return False


@dataclass
class Claim:
    patient: str
    cid: str | None
    pcid: str | None
    svcs: list
    provider: str = ""
    rel: str = ""
    extra: str = ""


def S(dos, code, units, mods=(), denied=None, desc=None):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), None, desc or "", denied)


# layout name -> formats the self-check uses to find a row's values
FMT: dict[str, dict] = {}


def cells_cols(cv, y, cols, cells):
    for (x, a), t in zip(cols, cells):
        if t:
            cv.text(x, y, t, a)


# ====================================================================================== m1 commercial
def m1(path, T):
    cv = RL(path)
    claims = []
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    fam = [("Harriet Wexley-Boone", "Self"), ("Caleb Boone", "Son"), ("June Boone", "Daughter")]
    c1 = Claim("Caleb Boone", "BRK-220417", "E26-0093315", [
        commercial(S(D(1, 6), "97165", 1, ["GO"]), st),
        commercial(S(D(1, 6), "97530", 2, ["GO"]), st),
        commercial(S(D(1, 8), "97530", 2, ["GO"]), st),
        commercial(S(D(1, 8), "97533", 1, ["GO", "59"]), st),
        commercial(S(D(1, 13), "97530", 2, ["GO"]), st),
        commercial(S(D(1, 13), "97535", 1, ["GO"]), st),
        commercial(S(D(1, 15), "97530", 3, ["GO"]), st),
        commercial(S(D(1, 20), "97530", 2, ["GO"]), st),
        commercial(S(D(1, 20), "97112", 1, ["GO", "59"]), st),
        commercial(S(D(1, 22), "97530", 2, ["GO"]), st),
        commercial(S(D(1, 22), "97533", 1, ["GO"], denied="PR"), st),
        commercial(S(D(1, 27), "97530", 2, ["GO"]), st),
        commercial(S(D(1, 29), "97168", 1, ["GO"]), st),
    ], "Brookfield Pediatric Therapy Group", "Son")
    c2 = Claim("Harriet Wexley-Boone", "BRK-220488", "E26-0101962", [
        commercial(S(D(1, 14), "97161", 1, ["GP"]), st),
        commercial(S(D(1, 14), "97110", 2, ["GP"]), st),
        commercial(S(D(1, 21), "97140", 1, ["GP"]), st),
        commercial(S(D(1, 21), "97110", 2, ["GP", "CQ"]), st),
    ], "Lakeside Physical Therapy & Spine", "Self")
    c3 = Claim("June Boone", "0044718-01", "E26-0107730", [
        commercial(S(D(1, 9), "92523", 1, ["GN"]), st),
        commercial(S(D(1, 16), "92507", 1, ["GN"]), st),
        commercial(S(D(1, 23), "92507", 1, ["GN"]), st),
    ], "Northgate Speech & Language Center", "Daughter")
    remark = {}
    for c in (c1, c2, c3):
        for s in c.svcs:
            r = []
            if s.denied:
                r.append("N7")
            else:
                r.append("A2")
                if s.deductible:
                    r.append("D1")
                if "59" in s.mods:
                    r.append("M4")
            s.remarks = r
    legend = [("A2", "Your provider is in our network. The plan discount is not something you owe."),
              ("D1", "Part of this amount counts toward your yearly deductible."),
              ("M4", "Extra modifier reviewed; the service was separate from the others that day."),
              ("N7", "Not covered: your plan limits this kind of service to one per visit. You may be billed.")]
    M = lambda d: money(d, "$")  # noqa: E731
    FMT["h114_m1_commercial_member_eob"] = dict(date=lambda d: dfmt(d, "mdy2"), money=M, units=None,
                                                code=lambda c, m: [f"({' '.join([c, *m])})"])

    def furn(cv, pno):
        cv.font("Helvetica-Bold", 15)
        cv.text(40, 48, "Cascadia Mutual Health")
        cv.font("Helvetica", 8)
        cv.text(40, 60, "PO Box 48210  Tacoma, WA 98402-8210   |   Member Services 1-800-555-0187 (TTY 711)")
        cv.font("Helvetica-Bold", 11)
        cv.text(572, 48, "Explanation of Benefits", "r")
        cv.font("Helvetica", 8)
        cv.text(572, 60, "THIS IS NOT A BILL", "r")
        cv.text(572, 72, f"Page {pno} of {T}", "r")
        cv.line(40, 78, 572, 78, 1.2)
        cv.font("Helvetica", 8)
        cv.text(40, 760, "Keep this statement for your records. Questions about a claim? Call the number above or sign in at "
                         "cascadiamutual.example.")
        cv.text(40, 770, "Member: Harriet Wexley-Boone   Member ID: CMH884120577   Group: 00417-WBC   "
                         "Statement date: 02/03/26")
        if pno == 1:
            cv.font("Helvetica", 9)
            y = 96
            for t in ("Harriet Wexley-Boone", "2217 Alder Crest Ln", "Puyallup WA 98371"):
                cv.text(40, y, t)
                y += 11
            cv.rect(330, 88, 242, 74, fill=0.93)
            cv.font("Helvetica-Bold", 9)
            cv.text(338, 101, "Your family's plan at a glance")
            cv.font("Helvetica", 8)
            rows = [("Family deductible (in network)", "$1,500.00"), ("Met so far this year", "$120.00"),
                    ("Out-of-pocket limit", "$6,000.00"), ("Covered on this plan", "Harriet, Caleb, June")]
            yy = 114
            for a, b in rows:
                cv.text(338, yy, a)
                cv.text(564, yy, b, "r")
                yy += 11
            return 180
        return 96

    cols = [(42, "l"), (86, "l"), (292, "r"), (332, "r"), (374, "r"), (412, "r"), (442, "r"), (478, "r"),
            (516, "r"), (550, "r"), (555, "l")]
    heads = [("Service", "date"), ("Service description", "(code)"), ("Amount", "billed"), ("Plan", "discount"),
             ("Amount", "allowed"), ("Deduct-", "ible"), ("Copay", ""), ("Coins-", "urance"), ("Plan", "paid"),
             ("You", "owe"), ("Re-", "mark")]
    lines = []

    def colhead(y):
        cv.rect(40, y, 532, 22, fill=0.85)
        cv.font("Helvetica-Bold", 7)
        for (x, a), (h1, h2) in zip(cols, heads):
            cv.text(x, y + 9, h1, a)
            if h2:
                cv.text(x, y + 18, h2, a)
        cv.text(571, y + 9, "", "r")
        return y + 32

    flow = Flow(cv, furn, 735)
    for c in (c1, c2, c3):
        flow.need(90)
        state = {"c": c}

        def head(y, c=c, cont=False):
            cv.font("Helvetica-Bold", 9)
            cv.text(40, y + 10, f"Claim for {c.patient} ({c.rel})" + ("  (continued)" if cont else ""))
            cv.font("Helvetica", 8)
            cv.text(40, y + 21, f"Provider: {c.provider}    Claim number: {c.pcid}    Patient account: {c.cid}")
            cv.text(40, y + 31, f"Received 01/30/26   Processed 02/02/26   Network status: In network")
            return colhead(y + 36)

        flow.y = head(flow.y)
        flow.on_break = lambda y, c=c: head(y, c, True)
        for s in c.svcs:
            flow.need(13)
            cv.font("Helvetica", 7.5)
            code = f"({' '.join([s.code, *s.mods])})"
            cells = [dfmt(s.dos, "mdy2"), f"{s.desc} {code}", M(s.billed), M(s.discount), M(s.allowed),
                     M(s.deductible), M(s.copay), M(s.coinsurance), M(s.paid), M(s.owes), " ".join(s.remarks)]
            cells_cols(cv, flow.y, cols, cells)
            lines.append(truth_line(cv.pages, s, claim_id=c.cid, payer_claim_id=c.pcid, patient=c.patient,
                                    units=False, remarks=s.remarks,
                                    printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                             "paid", "patient_owes")))
            flow.y += 16
        flow.on_break = None
        flow.need(24)
        cv.line(40, flow.y - 8, 572, flow.y - 8)
        cv.font("Helvetica-Bold", 7.5)
        tb = [total(c.svcs, a) for a in ("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                         "paid", "owes")]
        cells_cols(cv, flow.y + 2, cols, ["", "Claim totals", *[M(x) for x in tb], ""])
        claims.append({"claim_id": c.cid, "payer_claim_id": c.pcid, "patient": c.patient,
                       "totals": claim_totals(tb[0], tb[2], tb[6], tb[7])})
        flow.y += 26
    flow.need(80)
    cv.font("Helvetica-Bold", 9)
    cv.text(40, flow.y, "Remark codes")
    cv.font("Helvetica", 8)
    for k, v in legend:
        flow.y += 12
        cv.text(40, flow.y, f"{k}   {v}")
    cv.save()
    return cv.pages, lines, claims, legend, [], "commercial member EOB, family of three, claim continued on page 2"


# ====================================================================================== m2 commercial
def m2(path, T):
    cv = FP(path, land=True)
    st = PlanState(ded_left=Decimal("0.00"), copay_codes={"99213": Decimal("35.00"), "99214": Decimal("35.00")},
                   allowed_rate=Decimal("0.74"), coins_rate=Decimal("0.10"))
    fam = [
        Claim("Theo Marchetti-Lund", "PV00318842", "7740126883101", [
            commercial(S(D(1, 5), "97163", 1, ["GP"]), st), commercial(S(D(1, 5), "97110", 3, ["GP"]), st),
            commercial(S(D(1, 7), "97140", 2, ["GP", "59"]), st), commercial(S(D(1, 7), "97110", 2, ["GP"]), st),
            commercial(S(D(1, 12), "G0283", 1, ["GP"], denied="PR"), st)], "Summit Ridge Orthopedic Rehab", "Self"),
        Claim("Ines Marchetti-Lund", "PV00319507", "7740126919244", [
            commercial(S(D(1, 9), "99213", 1, []), st), commercial(S(D(1, 9), "L3807", 1, ["RT"]), st),
            commercial(S(D(1, 9), "97760", 1, ["GO"]), st)], "Harbor Hand & Upper Limb Clinic", "Spouse"),
        Claim("Oskar Marchetti-Lund", "PV00320011", "7740127004528", [
            commercial(S(D(1, 14), "92610", 1, ["GN"]), st), commercial(S(D(1, 21), "92526", 1, ["GN"]), st),
            commercial(S(D(1, 28), "92526", 1, ["GN"]), st)], "Little Wren Feeding & Speech", "Son"),
        Claim("Pia Marchetti-Lund", "PV00320466", "7740127052960", [
            commercial(S(D(1, 19), "97166", 1, ["GO"]), st), commercial(S(D(1, 19), "97530", 2, ["GO"]), st),
            commercial(S(D(1, 26), "97530", 3, ["GO", "KX"]), st), commercial(S(D(1, 26), "97535", 1, ["GO"]), st),
            commercial(S(D(1, 30), "97129", 1, ["GO"]), st)], "Little Wren Feeding & Speech", "Daughter"),
    ]
    for c in fam:
        for s in c.svcs:
            s.remarks = ["PR2"] if s.denied else (["C1"] if s.copay else ["N1"])
            s.desc = eobgen.LONG_DESC.get(s.code, s.desc)
    legend = [("N1", "Network savings applied; you pay only your share shown."),
              ("C1", "Your office-visit copay applies to this service."),
              ("PR2", "This service is not a covered benefit under your plan. You are responsible for it.")]
    M = lambda d: money(d, ",")  # noqa: E731
    FMT["h114_m2_commercial_benefits_statement"] = dict(date=lambda d: dfmt(d, "mdy4"), money=M,
                                                        units=lambda u: u,
                                                        code=lambda c, m: [c, *m])

    def furn(cv, pno):
        cv.font("DejaVu-B", 14)
        cv.text(36, 42, "Bluewater Health Alliance")
        cv.font("DejaVu", 8)
        cv.text(36, 55, "Benefits statement for your family  |  Statement period January 1-31, 2026  |  This is not a bill")
        cv.text(756, 42, f"Page {pno} of {T}", "r")
        cv.text(756, 55, "Subscriber: Theo Marchetti-Lund  ID BWH-5526-0190", "r")
        cv.line(36, 62, 756, 62, 1)
        cv.font("DejaVu", 7)
        cv.text(36, 585, "Bluewater Health Alliance, 900 Pier Avenue, Suite 12, Long Beach CA 90802. Language help: "
                         "call 1-888-555-0142.")
        return 80

    cols = [(40, "l"), (100, "l"), (140, "l"), (178, "r"), (440, "r"), (510, "r"), (580, "r"), (645, "r"),
            (705, "r"), (752, "r")]
    heads = ["Date", "Code", "Mod", "Qty", "What the provider billed", "Discount", "Not covered", "Plan paid",
             "You owe", "Notes"]
    lines, claims = [], []
    flow = Flow(cv, furn, 560)
    # sidebar on page 1
    cv.rect(36, 72, 170, 96, fill=0.94)
    cv.font("DejaVu-B", 8)
    cv.text(42, 86, "Year to date (family)")
    cv.font("DejaVu", 7.5)
    for i, (a, b) in enumerate([("Deductible met", "$2,000.00"), ("Out-of-pocket met", "$2,412.60"),
                                ("Out-of-pocket limit", "$8,000.00"), ("Claims this period", "4")]):
        cv.text(42, 100 + 13 * i, a)
        cv.text(200, 100 + 13 * i, b, "r")
    cv.font("DejaVu", 8)
    cv.text(226, 86, "Mail to: Theo Marchetti-Lund, 61 Kestrel Point Rd, Seal Beach CA 90740")
    cv.text(226, 100, "The services below were processed for members of your family. Compare them with the bills")
    cv.text(226, 112, "you get from your providers. You never owe more than the amount in the \"You owe\" column.")
    flow.y = 186

    def colhead(y):
        cv.line(36, y, 756, y, 0.8)
        cv.font("DejaVu-B", 7)
        for (x, a), h in zip(cols, heads):
            cv.text(x, y + 10, h, a)
        cv.line(36, y + 14, 756, y + 14, 0.8)
        return y + 26

    for c in fam:
        flow.need(80)
        cv.font("DejaVu-B", 9)
        cv.text(36, flow.y, f"Patient: {c.patient} ({c.rel.lower()})")
        cv.font("DejaVu", 8)
        cv.text(300, flow.y, f"Provider: {c.provider}")
        cv.text(756, flow.y, f"Claim {c.pcid}  |  Your provider's account {c.cid}", "r")
        flow.y = colhead(flow.y + 6)
        for s in c.svcs:
            flow.need(24)
            cv.font("DejaVu", 7.5)
            cells = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), M(s.billed), M(s.discount),
                     M(s.not_covered), M(s.paid), M(s.owes), " ".join(s.remarks)]
            cells_cols(cv, flow.y, cols, cells)
            cv.font("DejaVu", 6.5)
            cv.text(100, flow.y + 9, s.desc)
            lines.append(truth_line(cv.pages, s, claim_id=c.cid, payer_claim_id=c.pcid, patient=c.patient,
                                    remarks=s.remarks,
                                    printed=("billed", "discount", "not_covered", "paid", "patient_owes")))
            flow.y += 22
        tb = [total(c.svcs, a) for a in ("billed", "discount", "not_covered", "paid", "owes")]
        cv.line(380, flow.y - 8, 756, flow.y - 8)
        cv.font("DejaVu-B", 7.5)
        cells_cols(cv, flow.y + 2, cols, ["", "Total for this claim", "", "", *[M(x) for x in tb], ""])
        claims.append({"claim_id": c.cid, "payer_claim_id": c.pcid, "patient": c.patient,
                       "totals": claim_totals(tb[0], None, tb[3], tb[4])})
        flow.y += 24
    flow.need(60)
    cv.font("DejaVu-B", 8)
    cv.text(36, flow.y, "What the notes mean")
    cv.font("DejaVu", 7.5)
    for k, v in legend:
        flow.y += 11
        cv.text(36, flow.y, f"{k}: {v}")
    cv.save()
    return cv.pages, lines, claims, legend, [], "commercial benefits statement, four family members, wrapped descriptions"


# ====================================================================================== n1 MSN
def n1(path, T):
    cv = RL(path)
    st = PlanState(ded_left=Decimal("64.00"))
    pt = "ELEANOR V. PRZYBYLSKI"
    cl = [
        Claim(pt, None, "26-019-44718-220", [medicare(S(D(1, 5), c, u, m), st) for c, u, m in (
            ("97163", 1, ["GP"]), ("97110", 2, ["GP"]))] +
              [medicare(S(D(d, e), c, u, m), st) for (d, e), c, u, m in (
                  ((1, 7), "97110", 2, ["GP", "KX"]), ((1, 7), "97140", 1, ["GP", "59"]),
                  ((1, 9), "97110", 2, ["GP"]), ((1, 9), "97116", 1, ["GP"]), ((1, 12), "97110", 2, ["GP", "CQ"]),
                  ((1, 12), "97112", 1, ["GP", "CQ"]), ((1, 14), "97110", 2, ["GP"]), ((1, 14), "97140", 1, ["GP"]),
                  ((1, 16), "97116", 2, ["GP", "CQ"]), ((1, 16), "G0283", 1, ["GP"]), ((1, 19), "97110", 3, ["GP"]),
                  ((1, 21), "97112", 2, ["GP"]), ((1, 21), "97140", 1, ["GP", "59"]), ((1, 23), "97110", 2, ["GP"]),
                  ((1, 23), "97116", 1, ["GP", "CQ"]), ((1, 26), "97110", 2, ["GP", "KX"]),
                  ((1, 26), "97140", 1, ["GP"]), ((1, 28), "97112", 2, ["GP"]), ((1, 28), "97110", 1, ["GP"]),
                  ((1, 30), "97110", 2, ["GP"]), ((1, 30), "97140", 1, ["GP", "59"]))],
              "Riverbend Outpatient Therapy, 410 Mill St, Dubuque IA 52001"),
        Claim(pt, None, "26-021-50092-114", [medicare(S(D(1, 13), "99214", 1, []), st),
                                              medicare(S(D(1, 13), "0552T", 1, [], denied="PR"), st)],
              "Dr. Samuel Achterberg, 22 Bluff Ave, Dubuque IA 52003"),
        Claim(pt, None, "26-023-61307-009", [medicare(S(D(1, 20), "97167", 1, ["GO"]), st),
                                              medicare(S(D(1, 22), "97535", 2, ["GO"]), st),
                                              medicare(S(D(1, 22), "97530", 1, ["GO"]), st)],
              "Prairie Home Health OT Services, 9 Depot Rd, Peosta IA 52068"),
    ]
    cl = [cl[1], cl[2], cl[0]]
    for c in cl:
        for s in c.svcs:
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    legend = [("A", "The provider agreed to accept the Medicare-approved amount as full payment."),
              ("B", "Some or all of this amount went toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this service. You may be billed because you were told in advance.")]
    M = lambda d: money(d, "$")  # noqa: E731
    code = lambda c, m: [f"({'-'.join([c, *m])}"]  # noqa: E731
    FMT["h114_n1_medicare_summary_notice"] = dict(date=lambda d: dfmt(d, "mon"), money=M, seq=True,
                                                  units=lambda u: f"x{u})", code=code)

    def furn(cv, pno):
        cv.font("DejaVu-B", 16)
        cv.text(40, 50, "Medicare Summary Notice")
        cv.font("DejaVu", 9)
        cv.text(40, 64, f"for Part B (Medical Insurance)   The Official Summary of Your Medicare Claims")
        cv.text(572, 50, pt.title() if pno > 1 else "", "r")
        cv.text(572, 64, f"Page {pno} of {T}", "r")
        cv.line(40, 72, 572, 72, 2)
        cv.font("DejaVu", 7.5)
        cv.text(40, 765, "Be informed: Compare this notice with the bills and receipts you get from providers. "
                         "Report anything odd to 1-800-555-0199.")
        return 90

    lines, claims = [], []
    flow = Flow(cv, furn, 740)
    cv.font("DejaVu-B", 10)
    cv.text(40, 96, pt)
    cv.font("DejaVu", 9)
    for i, t in enumerate(["1408 Grandview Terrace", "Dubuque IA 52001-4410", "", "Medicare Number XXXXXXX7Q42",
                           "Notice for February 2026"]):
        cv.text(40, 110 + 12 * i, t)
    cv.rect(320, 90, 252, 150, fill=0.92)
    cv.font("DejaVu-B", 10)
    cv.text(330, 108, "Your Deductible Status")
    cv.font("DejaVu", 8.5)
    cv.text(330, 122, "Your deductible is what you must pay each year")
    cv.text(330, 133, "before Medicare pays. You have now met $283.00")
    cv.text(330, 144, "of your $283.00 Part B deductible for 2026.")
    cv.font("DejaVu-B", 10)
    cv.text(330, 166, "Your Claims for This Period")
    cv.font("DejaVu", 8.5)
    cv.text(330, 180, "Did Medicare approve all services?  NO")
    cv.text(330, 192, "Number of services Medicare denied: 1")
    tot_owe = sum((total(c.svcs, "owes") for c in cl), ZERO)
    cv.text(330, 204, f"Total you may be billed: {M(tot_owe)}")
    cv.font("DejaVu", 9)
    y = 270
    for t in ("Providers with claims this period", "Jan 5, 2026 - Jan 22, 2026",
              "Riverbend Outpatient Therapy", "Dr. Samuel Achterberg", "Prairie Home Health OT Services"):
        cv.text(40, y, t)
        y += 13
    cv.newpage()
    flow.y = furn(cv, 2)
    cv.font("DejaVu-B", 12)
    cv.text(40, flow.y + 4, "Your Claims & Costs This Period")
    flow.y += 22
    cols = [(40, "l"), (100, "l"), (392, "r"), (446, "r"), (496, "r"), (540, "r"), (570, "r")]
    heads = [("Date", ""), ("Service Provided &", "Billing Code"), ("Amount Provider", "Charged"),
             ("Medicare-", "Approved"), ("Medicare", "Paid"), ("You May", "Be Billed"), ("See", "Notes")]

    def colhead(y):
        cv.font("DejaVu-B", 7.5)
        for (x, a), (h1, h2) in zip(cols, heads):
            cv.text(x, y + 8, h1, a)
            cv.text(x, y + 17, h2, a)
        cv.line(40, y + 21, 572, y + 21, 1)
        return y + 32

    for c in cl:
        flow.need(100)

        def head(y, c=c, cont=False):
            cv.rect(40, y, 532, 30, fill=0.95)
            cv.font("DejaVu-B", 9)
            cv.text(46, y + 12, f"Claim Number {c.pcid}" + ("  (continued)" if cont else ""))
            cv.font("DejaVu", 8)
            cv.text(46, y + 24, f"{c.provider}")
            return colhead(y + 34)

        flow.y = head(flow.y)
        flow.on_break = lambda y, c=c: head(y, c, True)
        for s in c.svcs:
            flow.need(14)
            cv.font("DejaVu", 7.5)
            cells = [dfmt(s.dos, "mon"), "", M(s.billed), M(s.allowed), M(s.paid), M(s.owes), ", ".join(s.remarks)]
            cells_cols(cv, flow.y, cols, cells)
            cv.font("DejaVu", 7)
            cv.text(100, flow.y, f"{s.desc} ({'-'.join([s.code, *s.mods])} x{units_str(s.units)})")
            lines.append(truth_line(cv.pages, s, claim_id=None, payer_claim_id=c.pcid, patient=pt,
                                    remarks=s.remarks, printed=("billed", "allowed", "paid", "patient_owes")))
            flow.y += 15
        flow.on_break = None
        tb = [total(c.svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        flow.need(20)
        cv.line(300, flow.y - 9, 572, flow.y - 9)
        cv.font("DejaVu-B", 7.5)
        cells_cols(cv, flow.y + 1, cols, ["", "Total for this claim", *[M(x) for x in tb], ""])
        claims.append({"claim_id": None, "payer_claim_id": c.pcid, "patient": pt,
                       "totals": claim_totals(*tb)})
        flow.y += 26
    flow.need(70)
    cv.font("DejaVu-B", 10)
    cv.text(40, flow.y, "Notes for Claims Above")
    cv.font("DejaVu", 8)
    for k, v in legend:
        flow.y += 12
        cv.text(40, flow.y, f"{k}  {v}")
    cv.save()
    return cv.pages, lines, claims, legend, [], "Medicare Summary Notice Part B, claim continued on next page"


# ====================================================================================== n2 MA EOB
def n2(path, T):
    cv = FP(path)
    pt = "Gwendolyn Oyelaran"
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.70"))
    cl = [
        Claim(pt, None, "MA2601-338104", [commercial(S(D(1, 6), c, u, m), st) for c, u, m in (
            ("97162", 1, ["GP"]), ("97110", 2, ["GP"]), ("97140", 1, ["GP"]))], "Westfield Motion Therapy"),
        Claim(pt, None, "MA2601-341877", [commercial(S(D(1, 8), c, u, m), st) for c, u, m in (
            ("97110", 2, ["GP"]), ("97112", 1, ["GP"]), ("97750", 1, ["GP"]))] +
              [commercial(S(D(1, 8), "0552T", 1, ["GP"], denied="CO"), st, deny_reason="96")],
              "Westfield Motion Therapy"),
        Claim(pt, None, "MA2601-350262", [commercial(S(D(1, 15), c, u, m), st) for c, u, m in (
            ("97166", 1, ["GO"]), ("97535", 2, ["GO"]))], "Hearthstone Occupational Therapy"),
        Claim(pt, None, "MA2601-362010", [commercial(S(D(1, 22), c, u, m), st) for c, u, m in (
            ("97530", 2, ["GO"]), ("97535", 1, ["GO"]))], "Hearthstone Occupational Therapy"),
    ]
    for c in cl:
        for s in c.svcs:
            s.remarks = ["4"] if s.denied else (["1"] if s.copay else [])
    legend = [("1", "Your $25 therapy copay for this visit is included in your share."),
              ("4", "This item is not covered by the plan. The provider may not bill you for it.")]
    M = lambda d: money(d, "$")  # noqa: E731
    FMT["h114_n2_medicare_advantage_eob"] = dict(date=lambda d: dfmt(d, "mdy4"), money=M, units=None,
                                                 code=lambda c, m: [c, *m])

    def furn(cv, pno):
        cv.font("LibSerif-B", 15)
        cv.text(44, 46, "Larkspur Senior Advantage (HMO)")
        cv.font("LibSerif", 9)
        cv.text(44, 59, "Your Medicare Advantage Explanation of Benefits for January 2026")
        cv.text(568, 46, f"Page {pno} of {T}", "r")
        cv.text(568, 59, "Member: Gwendolyn Oyelaran   Member ID LSA-90023418", "r")
        cv.line(44, 66, 568, 66, 1.5)
        cv.font("LibSerif", 7.5)
        cv.text(44, 760, "Larkspur Senior Advantage is an HMO plan with a Medicare contract. H9998_EOB_2026. "
                         "Customer Service 1-877-555-0163, 8 a.m.-8 p.m., 7 days.")
        return 84

    lines, claims = [], []
    flow = Flow(cv, furn, 735)
    cv.font("LibSerif", 10)
    for i, t in enumerate(("Gwendolyn Oyelaran", "75 Cobblestone Way Apt 3", "Harrisburg PA 17104")):
        cv.text(44, 90 + 13 * i, t)
    tb_all = [sum((total(c.svcs, a) for c in cl), ZERO) for a in ("billed", "paid", "owes")]
    for i, (lab, v) in enumerate((("Total charged by providers", tb_all[0]), ("Plan's share", tb_all[1]),
                                  ("Your share", tb_all[2]))):
        cv.rect(330 + 80 * i, 86, 78, 44, fill=0.9)
        cv.font("LibSerif", 7.5)
        cv.text(334 + 80 * i, 98, lab if len(lab) < 16 else "Total charged")
        cv.font("LibSerif-B", 10)
        cv.text(334 + 80 * i, 118, M(v))
    flow.y = 160
    cv.font("LibSerif-B", 12)
    cv.text(44, flow.y, "Part B medical services: claim details")
    flow.y += 16
    cols = [(46, "l"), (118, "l"), (158, "l"), (380, "r"), (440, "r"), (490, "r"), (536, "r"), (565, "r")]
    heads = ["Service date", "Code", "Description", "Provider's charge", "Plan-approved", "Plan's share",
             "Your share", "Note"]
    for c in cl:
        flow.need(70)
        cv.font("LibSerif-B", 10)
        cv.text(44, flow.y + 4, f"Claim ID: {c.pcid}")
        cv.font("LibSerif", 9)
        cv.text(200, flow.y + 4, f"Provider: {c.provider}")
        cv.text(568, flow.y + 4, f"Patient: {c.patient}", "r")
        flow.y += 10
        cv.rect(44, flow.y, 524, 14, fill=0.82)
        cv.font("LibSerif-B", 7.5)
        for (x, a), h in zip(cols, heads):
            cv.text(x, flow.y + 10, h, a)
        flow.y += 26
        for s in c.svcs:
            flow.need(14)
            cv.font("LibSerif", 8.5)
            cells = [dfmt(s.dos, "mdy4"), f"{s.code}{(' ' + ' '.join(s.mods)) if s.mods else ''}", s.desc,
                     M(s.billed), M(s.allowed), M(s.paid), M(s.owes), " ".join(s.remarks)]
            cells[1] = s.code
            cells[2] = f"{' '.join(s.mods)}  {s.desc}"
            cells_cols(cv, flow.y, cols, cells)
            lines.append(truth_line(cv.pages, s, claim_id=None, payer_claim_id=c.pcid, patient=c.patient,
                                    units=False, remarks=s.remarks,
                                    printed=("billed", "allowed", "paid", "patient_owes")))
            cv.line(44, flow.y + 4, 568, flow.y + 4, 0.2)
            flow.y += 14
        tb = [total(c.svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        cv.font("LibSerif-B", 8.5)
        cells_cols(cv, flow.y, cols, ["", "", "Claim total", *[M(x) for x in tb], ""])
        claims.append({"claim_id": None, "payer_claim_id": c.pcid, "patient": c.patient,
                       "totals": claim_totals(*tb)})
        flow.y += 24
    flow.need(60)
    cv.font("LibSerif-B", 10)
    cv.text(44, flow.y, "Notes about your claims")
    cv.font("LibSerif", 9)
    for k, v in legend:
        flow.y += 12
        cv.text(44, flow.y, f"Note {k}: {v}")
    cv.save()
    return cv.pages, lines, claims, legend, [], "Medicare Advantage member EOB, four claims, copay per visit"


# ====================================================================================== d1 Medicaid RA (mono)
def d1(path, T):
    cv = FP(path, land=True)
    rows_paid = [
        Claim("HOLLOWAY, DESHAWN", "HT40017", "2026012300418", [medicaid(S(D(1, d), c, u, m)) for d, c, u, m in (
            (5, "97530", 4, ["GO"]), (5, "97535", 2, ["GO"]), (7, "97530", 4, ["GO"]), (7, "97533", 2, ["GO"]),
            (12, "97530", 4, ["GO"]), (12, "97535", 2, ["GO"]), (14, "97530", 3, ["GO"]), (14, "97112", 1, ["GO"]),
            (19, "97530", 4, ["GO"]), (19, "97533", 2, ["GO", "59"]), (21, "97530", 4, ["GO"]),
            (21, "97535", 2, ["GO"]), (26, "97530", 4, ["GO"]), (26, "97533", 2, ["GO"]), (28, "97530", 4, ["GO"]),
            (28, "97168", 1, ["GO"]))]),
        Claim("QUINTERO, ISABELA", "HT40022", "2026012300431", [medicaid(S(D(1, d), c, u, m)) for d, c, u, m in (
            (6, "92523", 1, ["GN"]), (13, "92507", 1, ["GN"]), (20, "92507", 1, ["GN"]), (27, "92507", 1, ["GN"]))]),
        Claim("QUINTERO, MATEO", "HT40023", "2026012300432", [medicaid(S(D(1, d), c, u, m)) for d, c, u, m in (
            (6, "92507", 1, ["GN"]), (13, "92507", 1, ["GN"]), (20, "92526", 1, ["GN"]))]),
        Claim("OKAFOR, BLESSING", "HT40031", "2026012300477", [medicaid(S(D(1, d), c, u, m)) for d, c, u, m in (
            (8, "97161", 1, ["GP"]), (8, "97110", 3, ["GP"]), (15, "97110", 3, ["GP"]), (15, "97116", 2, ["GP"]),
            (22, "97110", 3, ["GP"]), (22, "97140", 2, ["GP"]), (29, "97110", 3, ["GP"]), (29, "97116", 2, ["GP"]),
            (30, "97110", 3, ["GP"]), (30, "97140", 2, ["GP"]), (31, "97110", 2, ["GP"]), (31, "97116", 2, ["GP"]),
            (31, "97112", 1, ["GP", "59"]), (31, "97750", 1, ["GP"]))]),
    ]
    rows_denied = [Claim("FENWICK, AUTUMN", "HT40040", "2026012300512", [
        medicaid(S(D(1, 9), "97166", 1, ["GO"], denied="CO")), medicaid(S(D(1, 9), "97530", 3, ["GO"], denied="CO"))])]
    orig = [medicaid(S(D(12, 15, 2025), "97110", 4, ["GP"])), medicaid(S(D(12, 15, 2025), "97140", 2, ["GP"]))]
    rev = [negate(s) for s in orig]
    repl = [medicaid(S(D(12, 15, 2025), "97110", 3, ["GP"])), medicaid(S(D(12, 15, 2025), "97140", 2, ["GP"]))]
    rows_adj = [Claim("PELLETIER, RAYNA", "HT39870", "2026012390021", rev, extra="REVERSAL OF ICN 2025121800677"),
                Claim("PELLETIER, RAYNA", "HT39870", "2026012300533", repl, extra="REPLACEMENT OF ICN 2025121800677")]
    for c in rows_paid + rows_adj:
        for s in c.svcs:
            s.remarks = ["0118"] if s.discount else ["0001"]
    for s in rows_adj[0].svcs:
        s.remarks = ["0702"]
    for s in rows_denied[0].svcs:
        s.remarks = ["0466", "0213"]
    legend = [("0001", "PAID AS BILLED"), ("0118", "PAID AT THE PROGRAM FEE SCHEDULE RATE"),
              ("0213", "RECIPIENT'S THERAPY AUTHORIZATION HAS NO UNITS LEFT FOR THESE DATES"),
              ("0466", "PRIOR APPROVAL NUMBER MISSING OR DOES NOT MATCH"),
              ("0702", "CLAIM REVERSED AT PROVIDER REQUEST; SEE REPLACEMENT")]
    M = lambda d: money(d, "", "trail")  # noqa: E731
    FMT["h114_d1_medicaid_ra_mono"] = dict(date=lambda d: dfmt(d, "mdy6"), money=M,
                                           units=lambda u: f"{Decimal(u):.1f}", code=lambda c, m: [c, *m])

    def furn(cv, pno):
        cv.font("Courier-Bold", 9)
        cv.text(30, 34, "STATE OF NORTH FALLOWS  DEPARTMENT OF HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM")
        cv.text(660, 34, f"PAGE {pno:>3} OF {T:>3}")
        cv.font("Courier", 8)
        cv.text(30, 45, "REMITTANCE ADVICE          RA NUMBER 0004471920    RUN DATE 01/27/26    PAYMENT DATE 01/30/26")
        cv.text(30, 56, "PROVIDER: HOLLY TRAIL PEDIATRIC THERAPY LLC     NPI 1922004718    PROVIDER ID 330018842  TAXONOMY 225X00000X")
        cv.line(30, 61, 762, 61, 0.4)
        cv.font("Courier", 7)
        cv.text(30, 592, "THIS REMITTANCE IS FOR CLAIMS ADJUDICATED BY THE PROGRAM. QUESTIONS: PROVIDER RELATIONS 1-800-555-0121.")
        return 72

    lines, claims = [], []
    cols = [(30, "l"), (58, "l"), (108, "l"), (158, "l"), (218, "r"), (282, "r"), (346, "r"), (410, "r"), (430, "l")]

    def colhead(y):
        cv.font("Courier-Bold", 7.5)
        cv.text(30, y, f"{'RECIP NAME':<26}{'RECIP ID':<14}{'ICN':<16}{'PATIENT ACCT':<15}{'FROM DOS':<10}TO DOS")
        cv.text(30, y + 9, f"  {'LN':>2}  {'SVC DATE':<8}  {'PROC':<8}  {'MOD':<7}{'UNITS':>6}{'BILLED':>11}"
                           f"{'ALLOWED':>11}{'PAID':>11}    EOB CODES")
        cv.line(30, y + 12, 762, y + 12, 0.4)
        return y + 24

    flow = Flow(cv, furn, 575)
    flow.on_break = colhead
    flow.y = colhead(flow.y)
    ids = {"HOLLOWAY, DESHAWN": "700418823", "QUINTERO, ISABELA": "700552017", "QUINTERO, MATEO": "700552018",
           "OKAFOR, BLESSING": "701003346", "FENWICK, AUTUMN": "700987754", "PELLETIER, RAYNA": "700661209"}
    for title, group in (("CLAIMS PAID", rows_paid), ("CLAIMS DENIED", rows_denied), ("CLAIM ADJUSTMENTS", rows_adj)):
        flow.need(40)
        cv.font("Courier-Bold", 8.5)
        cv.text(30, flow.y, f"***  {title}  ***")
        flow.y += 12
        for c in group:
            flow.need(24)
            cv.font("Courier", 7.5)
            ds = [s.dos for s in c.svcs]
            cv.text(30, flow.y, f"{c.patient:<26}{ids[c.patient]:<14}{c.pcid:<16}{c.cid:<15}"
                                f"{dfmt(min(ds), 'mdy6'):<10}{dfmt(max(ds), 'mdy6')}")
            if c.extra:
                cv.text(500, flow.y, c.extra)
            flow.y += 10
            for i, s in enumerate(c.svcs, 1):
                flow.need(11)
                cv.font("Courier", 7.5)
                mods = " ".join(s.mods)
                txt = (f"  {i:>2}  {dfmt(s.dos, 'mdy6'):<8}  {s.code:<8}  {mods:<7}{f'{s.units:.1f}':>6}"
                       f"{M(s.billed):>11}{M(s.allowed):>11}{M(s.paid):>11}    {' '.join(s.remarks)}")
                cv.text(30, flow.y, txt)
                lines.append(truth_line(cv.pages, s, claim_id=c.cid, payer_claim_id=c.pcid, patient=c.patient,
                                        remarks=s.remarks, printed=("billed", "allowed", "paid")))
                flow.y += 11
            tb = [total(c.svcs, a) for a in ("billed", "allowed", "paid")]
            flow.need(12)
            cv.font("Courier-Bold", 7.5)
            cv.text(30, flow.y, f"{'      CLAIM TOTAL':<39}{M(tb[0]):>11}{M(tb[1]):>11}{M(tb[2]):>11}")
            claims.append({"claim_id": c.cid, "payer_claim_id": c.pcid, "patient": c.patient,
                           "totals": claim_totals(tb[0], tb[1], tb[2])})
            flow.y += 14
    flow.need(80)
    cv.font("Courier-Bold", 8)
    cv.text(30, flow.y, "EOB CODE MESSAGES")
    cv.font("Courier", 7.5)
    for k, v in legend:
        flow.y += 10
        cv.text(30, flow.y, f"{k}  {v}")
    paid = sum((total(c.svcs, "paid") for c in rows_paid + rows_adj), ZERO)
    flow.y += 16
    cv.text(30, flow.y, f"TOTAL PAYMENT THIS RA {M(paid)}     EFT TRACE 8840019273")
    cv.save()
    return cv.pages, lines, claims, legend, [], "state Medicaid RA, monospace, paid/denied/adjustment sections"


# ====================================================================================== d2 Medicaid boxed
def d2(path, T):
    cv = RL(path)
    cl = [
        Claim("Marisol Etxeberria", "PC-88104", "26015004418270", [medicaid(S(D(1, d), c, u, m)) for d, c, u, m in (
            (6, "97110", 2, ["GP", ""]), (6, "97140", 1, ["GP", "59"]), (8, "97110", 2, ["GP", ""]),
            (8, "97112", 1, ["GP", ""]))], "PAID"),
        Claim("Tobias Vanterpool", "PC-88131", "26015004418305", [medicaid(S(D(1, d), c, u, m)) for d, c, u, m in (
            (7, "97167", 1, ["GO", ""]), (7, "97530", 2, ["GO", ""]), (9, "97530", 2, ["GO", "KX"]),
            (9, "97535", 1, ["GO", ""]), (14, "97530", 2, ["GO", ""]))], "PAID"),
        Claim("Amara Lindqvist", "PC-88150", "26015004418377", [
            medicaid(S(D(1, 12), "92507", 1, ["GN", ""]), deny_reason="B7"),
            medicaid(S(D(1, 12), "92507", 1, ["GN", ""], denied="CO"), deny_reason="B7")], "PAID"),
        Claim("Kellan Strick", "PC-88166", "26015004418391", [
            medicaid(S(D(1, 13), "97163", 1, ["GP", ""], denied="CO"), deny_reason="197"),
            medicaid(S(D(1, 13), "97110", 3, ["GP", ""], denied="CO"), deny_reason="197")], "DENIED"),
        Claim("Nadia Fairweather", "PC-88172", "26015004418402", [medicaid(S(D(1, d), c, u, m)) for d, c, u, m in (
            (15, "97161", 1, ["GP", ""]), (15, "97110", 2, ["GP", "CQ"]), (20, "97110", 2, ["GP", "CQ"]),
            (20, "97116", 1, ["GP", "CQ"]), (22, "97110", 2, ["GP", ""]), (22, "97140", 1, ["GP", ""]))], "PAID"),
    ]
    cl[2].svcs[0] = medicaid(S(D(1, 12), "92507", 1, ["GN", ""]))
    for c in cl:
        for s in c.svcs:
            s.mods = tuple(m for m in s.mods if m)
            s.remarks = (["N54"] if c.provider == "DENIED" else ["M86"]) if s.denied else []
    legend = [("45", "Charge is above the program's maximum; the difference is a contractual write-off."),
              ("B7", "Provider not certified for this service on this date."),
              ("197", "No prior authorization on file for this service."),
              ("M86", "Service already paid once for this date; this one was denied as a repeat."),
              ("N54", "Authorization on file does not match the billed service.")]
    M = lambda d: money(d, ",")  # noqa: E731
    FMT["h114_d2_medicaid_remit_boxed"] = dict(date=lambda d: dfmt(d, "mdy4"), money=M, units=lambda u: u,
                                               code=lambda c, m: [c, *m])

    def furn(cv, pno):
        cv.rect(36, 30, 540, 44, fill=0.9)
        cv.font("LibNarrow-B", 13)
        cv.text(44, 48, "Commonwealth of Ashbury  -  HealthBridge Medicaid")
        cv.font("LibNarrow", 8.5)
        cv.text(44, 62, "Provider Remittance Advice   |   Payee: Silverline Rehab Partners   Medicaid Provider #0091884702")
        cv.text(568, 48, f"Page {pno} of {T}", "r")
        cv.text(568, 62, "Remit date 01/29/2026   Cycle 2026-05", "r")
        cv.font("LibNarrow", 7)
        cv.text(36, 770, "HealthBridge Medicaid fiscal agent, 300 Capitol Loop, Ashbury City. Provider line 1-866-555-0150.")
        return 92

    cols = [(40, "l"), (56, "l"), (108, "l"), (144, "l"), (170, "l"), (214, "r"), (262, "r"), (308, "r"),
            (338, "r"), (384, "r"), (392, "l"), (470, "r"), (478, "l")]
    widths = [16, 52, 36, 26, 24, 20, 48, 46, 30, 46, 40, 38, 60]
    heads = ["Ln", "Svc Date", "Proc", "Mod 1", "Mod 2", "Units", "Billed", "Allowed", "TPL", "Paid", "CARC",
             "Adj Amt", "RARC"]
    lines, claims = [], []
    flow = Flow(cv, furn, 740)
    for c in cl:
        flow.need(90)
        cv.rect(36, flow.y, 540, 26, fill=0.96)
        cv.font("LibNarrow-B", 9)
        cv.text(42, flow.y + 11, f"TCN {c.pcid}")
        cv.text(200, flow.y + 11, f"Member: {c.patient}")
        cv.text(570, flow.y + 11, f"Claim status: {c.provider}", "r")
        cv.font("LibNarrow", 8)
        cv.text(42, flow.y + 22, f"Pat Ctrl # {c.cid}")
        cv.text(200, flow.y + 22, f"Member ID 4{1048807 + 37 * len(c.patient) + int(c.cid[-3:])}")
        cv.text(570, flow.y + 22, "Claim type: Professional   Rendering NPI 1033918840", "r")
        flow.y += 26
        cv.rect(36, flow.y, 540, 13, fill=0.8)
        cv.font("LibNarrow-B", 7.5)
        for (x, a), h in zip(cols, heads):
            cv.text(x, flow.y + 9, h, a)
        flow.y += 13
        for i, s in enumerate(c.svcs, 1):
            cv.rect(36, flow.y, 540, 13)
            cv.font("LibNarrow", 8)
            adj = s.adjs[0] if s.adjs else None
            cells = [str(i), dfmt(s.dos, "mdy4"), s.code, s.mods[0] if s.mods else "",
                     s.mods[1] if len(s.mods) > 1 else "", units_str(s.units), M(s.billed), M(s.allowed), M(ZERO),
                     M(s.paid), f"{adj[0]}-{adj[1]}" if adj else "", M(adj[2]) if adj else "", " ".join(s.remarks)]
            cells_cols(cv, flow.y + 9, cols, cells)
            lines.append(truth_line(cv.pages, s, claim_id=c.cid, payer_claim_id=c.pcid, patient=c.patient,
                                    remarks=s.remarks, adjustments=s.adjs, printed=("billed", "allowed", "paid")))
            flow.y += 13
        tb = [total(c.svcs, a) for a in ("billed", "allowed", "paid")]
        cv.font("LibNarrow-B", 8)
        cells_cols(cv, flow.y + 10, cols, ["", "Claim totals", "", "", "", "", M(tb[0]), M(tb[1]), M(ZERO), M(tb[2]),
                                           "", "", ""])
        claims.append({"claim_id": c.cid, "payer_claim_id": c.pcid, "patient": c.patient,
                       "totals": claim_totals(tb[0], tb[1], tb[2])})
        flow.y += 26
    flow.need(90)
    cv.font("LibNarrow-B", 9)
    cv.text(40, flow.y, "Claim adjustment reason codes (CARC) and remittance remarks (RARC) used on this remit")
    cv.font("LibNarrow", 8)
    for k, v in legend:
        flow.y += 11
        cv.text(40, flow.y, f"{k}  {v}")
    cv.save()
    return cv.pages, lines, claims, legend, [], "state Medicaid remittance, boxed grid, denied claim"


# ====================================================================================== s1 standard paper remit
def s1(path, T):
    cv = RL(path, land=True)
    st = PlanState(ded_left=Decimal("41.00"))
    perf = "1518004427"

    def mc(dos, code, u, mods, denied=None, reason="50"):
        return medicare(S(dos, code, u, mods, denied), st, deny_reason=reason)

    cl = [
        Claim("ABERNATHY, CLIVE", "SPT-71045", "0226021447310", [mc(D(1, d), c, u, m) for d, c, u, m in (
            (5, "97161", 1, ["GP"]), (5, "97110", 2, ["GP", "KX"]), (7, "97110", 2, ["GP", "KX"]),
            (7, "97140", 1, ["GP", "KX"]), (9, "97110", 2, ["GP", "KX"]), (9, "97112", 1, ["GP", "KX"]),
            (12, "97110", 2, ["GP", "KX", "CQ"]), (12, "97116", 1, ["GP", "KX", "CQ"]),
            (14, "97110", 2, ["GP", "KX"]), (14, "97140", 1, ["GP", "59", "KX"]), (16, "97110", 3, ["GP", "KX"]),
            (16, "G0283", 1, ["GP"]), (19, "97112", 2, ["GP", "KX"]), (21, "97110", 2, ["GP", "KX"]))],
              extra="1WQ4RT8ND55"),
        Claim("BUSTAMANTE, ROSALIND", "SPT-71077", "0226021447362", [mc(D(1, d), c, u, m) for d, c, u, m in (
            (8, "97165", 1, ["GO"]), (8, "97535", 2, ["GO"]), (15, "97530", 2, ["GO"]), (15, "97535", 1, ["GO"]))],
              extra="7HX2KP3CM09"),
        Claim("CHIU, HAROLD", "SPT-71102", "0226021447398", [mc(D(1, 13), "97110", 2, ["GP"]),
                                                              mc(D(1, 13), "0552T", 1, ["GP"], "CO", "96")],
              extra="3NB7YV6EE21"),
        Claim("DRUMMOND, PEARL", "SPT-71119", "0226021447401", [mc(D(1, d), c, u, m) for d, c, u, m in (
            (20, "92523", 1, ["GN"]), (22, "92507", 1, ["GN"]), (27, "92507", 1, ["GN"]))], extra="5KC9FA1WR63"),
    ]
    cl = [cl[1], cl[0], cl[2], cl[3]]
    for c in cl:
        for s in c.svcs:
            s.remarks = ["N130"] if s.denied else (["M117"] if "KX" in s.mods else [])
    legend = [("CO-45", "Charge exceeds the fee schedule amount (our wording)."), ("PR-1", "Deductible amount."),
              ("PR-2", "Coinsurance amount."), ("CO-253", "Sequestration reduction."),
              ("CO-96", "Non-covered charge."), ("M117", "Therapy threshold reached; medical necessity noted."),
              ("N130", "Check your plan's benefit limits for this item.")]
    M = lambda d: money(d, ",")  # noqa: E731
    FMT["h114_s1_clearinghouse_standard_paper_remit"] = dict(seq=True,
        date=lambda d: dfmt(d, "mdy6"), money=M, units=lambda u: u, code=lambda c, m: [c, *m],
        adj=lambda g, r, a: [f"{g}-{r}", M(a)])

    def furn(cv, pno):
        cv.font("Courier-Bold", 9)
        cv.text(36, 34, "MEDICARE PART B  -  GREAT LAKES BENEFIT ADMINISTRATORS (JURISDICTION 19)")
        cv.text(756, 34, f"PAGE #: {pno} OF {T}", "r")
        cv.font("Courier", 7.5)
        cv.text(36, 44, "PO BOX 71120  MILLBROOK OH 43901              MEDICARE REMITTANCE NOTICE      PRINTED VIA RELAYPOINT CLAIMS EXCHANGE")
        cv.text(36, 53, "PROVIDER: STONEGATE PHYSICAL THERAPY PC   NPI 1518004427   PAYEE ID 90441882   DATE: 01/30/26   CHECK/EFT #: 0088417725")
        cv.line(36, 57, 756, 57, 0.4)
        cv.font("Courier", 6.5)
        cv.text(36, 590, "GROUP CODES: CO CONTRACTUAL OBLIGATION  PR PATIENT RESPONSIBILITY  OA OTHER ADJUSTMENT.  "
                         "GENERATED BY RELAYPOINT PRACTICE CONNECT 6.2")
        return 68

    hdr = ("PERF PROV   SERV DATE    POS NOS  PROC  MODS         BILLED    ALLOWED     DEDUCT      COINS  "
           "GRP/RC-AMT            PROV PD")

    def colhead(y):
        cv.font("Courier-Bold", 7.5)
        cv.text(36, y, hdr)
        cv.line(36, y + 3, 756, y + 3, 0.3)
        return y + 14

    lines, claims = [], []
    flow = Flow(cv, furn, 570)
    flow.y = colhead(flow.y)
    for c in cl:
        flow.need(60)

        def head(y, c=c, cont=False):
            cv.font("Courier", 7.5)
            cv.text(36, y, f"NAME {c.patient:<22} MID {c.extra}  ACNT {c.cid:<10}  ICN {c.pcid}  ASG Y  MOA MA01"
                           + ("   (CONT)" if cont else ""))
            return y + 11

        flow.y = head(flow.y)
        flow.on_break = lambda y, c=c: head(colhead(y), c, True)
        for s in c.svcs:
            n = max(1, len(s.adjs))
            flow.need(9 * n + 2)
            cv.font("Courier", 7.5)
            a0 = s.adjs[0]
            row = (f"{perf:<10}  {dfmt(s.dos, '%m%d') if False else s.dos.strftime('%m%d')} {dfmt(s.dos, 'mdy6')}  11 "
                   f"{units_str(s.units):>3}  {s.code:<5} {' '.join(s.mods):<10}{M(s.billed):>10} {M(s.allowed):>10} "
                   f"{M(s.deductible):>10} {M(s.coinsurance):>10}  {a0[0] + '-' + a0[1]:<7}{M(a0[2]):>9}  {M(s.paid):>10}")
            cv.text(36, flow.y, row)
            if s.remarks:
                cv.text(36, flow.y + 9, f"            REM: {' '.join(s.remarks)}")
            for j, (g, r, a) in enumerate(s.adjs[1:], 1):
                cv.text(36 + 94 * 4.5, flow.y + 9 * j, f"{g + '-' + r:<7}{M(a):>9}")
            lines.append(truth_line(cv.pages, s, claim_id=c.cid, payer_claim_id=c.pcid, patient=c.patient,
                                    remarks=s.remarks, adjustments=s.adjs,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid")))
            flow.y += 9 * max(n, 2 if s.remarks else 1) + 2
        flow.on_break = None
        tb = [total(c.svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")]
        flow.need(22)
        cv.font("Courier", 7.5)
        cv.text(36, flow.y, f"PT RESP {M(tb[5]):>10}{'':>18}CLAIM TOTALS {M(tb[0]):>10} {M(tb[1]):>10} "
                            f"{M(tb[2]):>10} {M(tb[3]):>10}  {'':>16}  {M(tb[4]):>10}")
        cv.text(36, flow.y + 9, f"{'':>50}NET {M(tb[4]):>10}")
        claims.append({"claim_id": c.cid, "payer_claim_id": c.pcid, "patient": c.patient,
                       "totals": claim_totals(tb[0], tb[1], tb[4], tb[5])})
        flow.y += 24
    flow.need(80)
    cv.font("Courier-Bold", 7.5)
    cv.text(36, flow.y, "TOTALS:  # OF CLAIMS 4    BILLED AMT  ALLOWED AMT  PROV PD AMT")
    allc = [s for c in cl for s in c.svcs]
    cv.font("Courier", 7.5)
    cv.text(36, flow.y + 9, f"{'':>33}{M(total(allc, 'billed')):>10} {M(total(allc, 'allowed')):>12} "
                            f"{M(total(allc, 'paid')):>12}")
    flow.y += 22
    cv.font("Courier-Bold", 7.5)
    cv.text(36, flow.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES")
    cv.font("Courier", 7.5)
    for k, v in legend:
        flow.y += 9
        cv.text(36, flow.y, f"{k:<8}{v.upper()}")
    cv.save()
    return cv.pages, lines, claims, legend, [], "clearinghouse standard paper remit, claim split across pages"


# ====================================================================================== s2 PM ERA print
def s2(path, T):
    cv = FP(path)
    st = PlanState(ded_left=Decimal("150.00"), allowed_rate=Decimal("0.80"), coins_rate=Decimal("0.15"))
    cl = [
        Claim("Delacroix-Hale, Rowan", "11870", "EV26011309951", [commercial(S(D(1, d), c, u, m), st) for d, c, u, m in (
            (6, "97167", 1, ["GO"]), (6, "97530", 2, ["GO"]), (8, "97530", 2, ["GO"]), (8, "97140", 1, ["GO", "59"]),
            (13, "97530", 2, ["GO"]), (13, "97760", 1, ["GO"]), (15, "97530", 2, ["GO"]), (15, "97535", 1, ["GO"]),
            (20, "97530", 2, ["GO"]), (20, "97110", 1, ["GO"]), (22, "97530", 2, ["GO"]), (22, "97140", 1, ["GO"]),
            (27, "97530", 2, ["GO"]), (27, "97535", 1, ["GO"]), (29, "97168", 1, ["GO"]), (29, "97530", 2, ["GO"]),
            (29, "L3807", 1, ["RT"]))]),
        Claim("Engstrom, Tova", "11893", "EV26011310044", [commercial(S(D(1, d), c, u, m), st) for d, c, u, m in (
            (9, "97162", 1, ["GP"]), (9, "97110", 2, ["GP"]), (16, "97110", 2, ["GP"]), (16, "97112", 1, ["GP"]))]),
        Claim("Fairbanks, Elio", "11907", "EV26011310102", [
            commercial(S(D(1, 14), "92523", 1, ["GN"]), st),
            commercial(S(D(1, 21), "92507", 1, ["GN"], denied="CO"), st, deny_reason="27")]),
        Claim("Gathii, Wanjiru", "11915", "EV26011310139", [commercial(S(D(1, d), c, u, m), st) for d, c, u, m in (
            (23, "97165", 1, ["GO"]), (23, "97530", 3, ["GO"]), (28, "97533", 2, ["GO"]))]),
    ]
    for c in cl:
        for s in c.svcs:
            s.remarks = ["N30"] if s.denied else []
    M = lambda d: money(d, ",")  # noqa: E731
    FMT["h114_s2_pm_era_print"] = dict(date=lambda d: dfmt(d, "mdyn"), money=M, units=lambda u: u,
                                       code=lambda c, m: [c, *m], adj=lambda g, r, a: [f"{g}{r}={M(a)}"])
    legend = [("CO45", "Charges exceed contracted rate"), ("PR1", "Deductible"), ("PR2", "Coinsurance"),
              ("CO27", "Coverage ended before the date of service"), ("N30", "Patient not eligible for this service")]

    def furn(cv, pno):
        cv.font("DejaVuC-B", 11)
        cv.text(36, 38, "Tidewater Kids & Adults Therapy  -  ERA Payment Detail")
        cv.font("DejaVuC", 7.5)
        cv.text(36, 50, "Payer: Palisade Health Plans   Payer ID 73190   Check/EFT # 1TRN00472291   Paid 01/31/2026   "
                        "Batch 2026-0131-04")
        cv.text(576, 38, f"Page {pno} of {T}", "r")
        cv.text(576, 50, "Printed 2/2/2026 9:14 AM by kmoreau", "r")
        cv.line(36, 55, 576, 55, 1)
        cv.font("DejaVuC", 6.5)
        cv.text(36, 770, "ClinicFlow PM  |  Report: ERA-DTL-02  |  Posting status shown is as of print time")
        return 66

    cols = [(40, "l"), (88, "l"), (124, "l"), (172, "r"), (214, "r"), (256, "r"), (296, "r"), (334, "r"),
            (372, "r"), (380, "l"), (574, "r")]
    heads = ["Svc Date", "CPT", "Mod", "Units", "Charge", "Allowed", "Ded", "Coins", "Copay", "Adjustments", "Paid"]
    lines, claims = [], []

    def colhead(y):
        cv.font("DejaVuC-B", 7)
        for (x, a), h in zip(cols, heads):
            cv.text(x, y + 8, h, a)
        cv.line(36, y + 11, 576, y + 11, 0.6)
        return y + 21

    flow = Flow(cv, furn, 745)
    for c in cl:
        flow.need(60)

        def head(y, c=c, cont=False):
            cv.rect(36, y, 540, 14, fill=0.88)
            cv.font("DejaVuC-B", 7.5)
            cv.text(40, y + 10, f"Patient: {c.patient}   Acct # {c.cid}   Payer Claim # {c.pcid}"
                                + ("   (continued)" if cont else ""))
            cv.text(572, y + 10, "Processed as Primary" if not any(s.denied for s in c.svcs) else "Processed - partial denial", "r")
            return colhead(y + 16)

        flow.y = head(flow.y)
        flow.on_break = lambda y, c=c: head(y, c, True)
        for s in c.svcs:
            flow.need(12)
            cv.font("DejaVuC", 7)
            adj = " ".join(f"{g}{r}={M(a)}" for g, r, a in s.adjs)
            if s.remarks:
                adj += "  RARC " + " ".join(s.remarks)
            cells = [dfmt(s.dos, "mdyn"), s.code, " ".join(s.mods), units_str(s.units), M(s.billed), M(s.allowed),
                     M(s.deductible), M(s.coinsurance), M(s.copay), adj, M(s.paid)]
            cells_cols(cv, flow.y, cols, cells)
            cv.line(36, flow.y + 3, 576, flow.y + 3, 0.15)
            lines.append(truth_line(cv.pages, s, claim_id=c.cid, payer_claim_id=c.pcid, patient=c.patient,
                                    remarks=s.remarks, adjustments=s.adjs,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "copay", "paid")))
            flow.y += 12
        flow.on_break = None
        tb = [total(c.svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "copay", "paid", "owes")]
        flow.need(16)
        cv.font("DejaVuC-B", 7)
        cells_cols(cv, flow.y + 2, cols, ["Claim total", "", "", "", *[M(x) for x in tb[:5]],
                                          f"Pt resp {M(tb[6])}", M(tb[5])])
        claims.append({"claim_id": c.cid, "payer_claim_id": c.pcid, "patient": c.patient,
                       "totals": claim_totals(tb[0], tb[1], tb[5], tb[6])})
        flow.y += 20
    flow.need(80)
    allc = [s for c in cl for s in c.svcs]
    cv.font("DejaVuC-B", 8)
    cv.text(36, flow.y, f"Check total {M(total(allc, 'paid'))}    Claims 4    Lines {len(allc)}")
    flow.y += 12
    cv.font("DejaVuC", 7)
    for k, v in legend:
        flow.y += 10
        cv.text(36, flow.y, f"{k}  {v}")
    cv.save()
    return cv.pages, lines, claims, legend, [], "practice-management ERA print, ruled, four claims"


# ====================================================================================== f1 clinic family statement
def f1(path, T):
    cv = RL(path)
    st = PlanState(ded_left=Decimal("90.00"), allowed_rate=Decimal("0.76"), coins_rate=Decimal("0.20"))
    ins = "Meridian Crest Insurance"

    def v(inv, pt, dos, items, clm, billed_on):
        svcs = [commercial(S(dos, c, u, m, den), st) for c, u, m, den in items]
        return Claim(pt, inv, clm, svcs, extra=billed_on)

    cl = [
        v("INV-30551", "Milo Achebe", D(1, 5), [("97166", 1, ["GO"], None), ("97530", 2, ["GO"], None)],
          "8830144019", "01/07/26"),
        v("INV-30588", "Freya Achebe", D(1, 6), [("92523", 1, ["GN"], None)], "8830144233", "01/08/26"),
        v("INV-30612", "Milo Achebe", D(1, 12), [("97530", 2, ["GO"], None), ("97533", 1, ["GO"], None)],
          "8830145102", "01/14/26"),
        v("INV-30640", "Renata Solberg-Achebe", D(1, 13), [("97161", 1, ["GP"], None), ("97110", 2, ["GP"], None),
                                                            ("G0283", 1, ["GP"], "PR")], "8830145377", "01/15/26"),
        v("INV-30677", "Freya Achebe", D(1, 20), [("92507", 1, ["GN"], None)], "8830146020", "01/22/26"),
        v("INV-30702", "Milo Achebe", D(1, 26), [("97530", 2, ["GO"], None), ("97535", 1, ["GO"], None)],
          "8830146881", "01/28/26"),
    ]
    M = lambda d: money(d, "$", "()")  # noqa: E731
    FMT["h114_f1_clinic_family_statement"] = dict(date=lambda d: dfmt(d, "mdy2"), money=M, units=None,
                                                  code=lambda c, m: [f"{c}-{'-'.join(m)}" if m else c])
    owes_all = sum((total(c.svcs, "owes") for c in cl), ZERO)
    pt_paid = Decimal("60.00")
    due = owes_all - pt_paid

    def furn(cv, pno):
        cv.font("DejaVuSerif-B", 14)
        cv.text(40, 44, "Willow Creek Therapy Collective")
        cv.font("DejaVuSerif", 8)
        cv.text(40, 56, "Occupational, Physical & Speech Therapy  |  88 Orchard Row, Suite 2, Fort Collins CO 80521  |  (970) 555-0138")
        cv.text(572, 44, f"Statement  -  Page {pno} of {T}", "r")
        cv.line(40, 62, 572, 62, 0.8)
        cv.font("DejaVuSerif", 7)
        cv.text(40, 772, "Balances over 60 days may be sent to collections. Payment plans available - ask at the front desk.")
        return 76

    lines, claims = [], []
    flow = Flow(cv, furn, 740)
    # stub
    cv.rect(40, 72, 532, 70)
    cv.font("DejaVuSerif", 7)
    cv.text(46, 82, "PLEASE DETACH AND RETURN THIS PORTION WITH YOUR PAYMENT")
    cv.font("DejaVuSerif", 8.5)
    for i, t in enumerate(("Renata Solberg-Achebe", "420 Larkin Hollow Dr", "Loveland CO 80537")):
        cv.text(46, 98 + 11 * i, t)
    for i, (a, b) in enumerate((("Guarantor account", "G-10442"), ("Statement date", "02/02/2026"),
                                ("Amount due", M(due)), ("Amount enclosed", "$________"))):
        cv.text(380, 90 + 12 * i, a)
        cv.text(566, 90 + 12 * i, b, "r")
    cv.line(40, 150, 572, 150, 0.3)
    cv.font("DejaVuSerif", 7)
    cv.text(306, 148, "- - - - fold and tear here - - - -", "c")
    flow.y = 166
    cv.font("DejaVuSerif-B", 10)
    cv.text(40, flow.y, "Account activity for the Achebe family")
    flow.y += 14
    cols = [(42, "l"), (86, "l"), (190, "l"), (256, "l"), (420, "r"), (470, "r"), (522, "r"), (570, "r")]
    heads = ["Date", "Patient", "Code", "Description", "Charges", "Ins. Paid", "Ins. Adjust", "Balance"]
    cv.rect(40, flow.y, 532, 14, fill=0.2)
    cv.c.setFillGray(1)
    cv.font("DejaVuSerif-B", 7.5)
    for (x, a), h in zip(cols, heads):
        cv.text(x, flow.y + 10, h, a)
    cv.c.setFillGray(0)
    flow.y += 26
    for c in cl:
        flow.need(50)
        cv.font("DejaVuSerif", 7)
        cv.text(42, flow.y, f"Visit {c.cid} for {c.patient}  -  filed with {ins} {c.extra}, claim {c.pcid}")
        flow.y += 11
        for s in c.svcs:
            cv.font("DejaVuSerif", 7.5)
            code = f"{s.code}-{'-'.join(s.mods)}" if s.mods else s.code
            cells = [dfmt(s.dos, "mdy2"), c.patient, code, s.desc[:30], M(s.billed), M(-s.paid), M(-s.discount),
                     M(s.owes)]
            cells_cols(cv, flow.y, cols, cells)
            ln = truth_line(cv.pages, s, claim_id=c.cid, payer_claim_id=c.pcid, patient=c.patient, units=False,
                            printed=("billed", "paid", "discount", "patient_owes"),
                            overrides={"description": s.desc[:30]})
            ln["paid"] = str(q(-s.paid)) if False else ln["paid"]
            lines.append(ln)
            flow.y += 11
        if any(s.denied for s in c.svcs):
            cv.font("DejaVuSerif", 6.5)
            cv.text(86, flow.y, f"{ins} did not cover the unattended e-stim (not a plan benefit); it is now your balance.")
            flow.y += 10
        tb = [total(c.svcs, a) for a in ("billed", "paid", "discount", "owes")]
        cv.font("DejaVuSerif-B", 7.5)
        cells_cols(cv, flow.y, cols, ["", "", "", "Visit total", M(tb[0]), M(-tb[1]), M(-tb[2]), M(tb[3])])
        cv.line(300, flow.y + 4, 572, flow.y + 4, 0.3)
        claims.append({"claim_id": c.cid, "payer_claim_id": c.pcid, "patient": c.patient,
                       "totals": claim_totals(tb[0], None, tb[1], tb[3])})
        flow.y += 18
    flow.need(70)
    cv.font("DejaVuSerif", 7.5)
    cv.text(42, flow.y, "01/29/26  Patient payment - card ending 4471 - thank you")
    cv.text(570, flow.y, M(-pt_paid), "r")
    flow.y += 16
    for i, (a, b) in enumerate((("Current", due), ("31-60 days", ZERO), ("61-90 days", ZERO), ("Over 90", ZERO),
                                ("Amount due", due))):
        cv.rect(40 + 106.4 * i, flow.y, 106.4, 28, fill=0.93 if i == 4 else None)
        cv.font("DejaVuSerif", 7)
        cv.text(46 + 106.4 * i, flow.y + 10, a)
        cv.font("DejaVuSerif-B", 8.5)
        cv.text(46 + 106.4 * i, flow.y + 22, M(b))
    cv.save()
    return cv.pages, lines, claims, [], [], "therapy clinic family statement with tear-off stub, three family members"


# ====================================================================================== f2 hospital statement
def f2(path, T):
    cv = FP(path)
    st = PlanState(ded_left=Decimal("250.00"), allowed_rate=Decimal("0.65"), coins_rate=Decimal("0.10"))
    REV = {"GO": ("0434", "0430"), "GP": ("0424", "0420"), "GN": ("0444", "0440")}
    EVAL = {"97161", "97162", "97163", "97165", "97166", "97167", "97168", "92523", "92610"}

    def acct(no, pt, clm, items):
        return Claim(pt, no, clm, [commercial(S(D(m, d), c, u, mo), st) for m, d, c, u, mo in items])

    cl = [
        acct("H60042883", "Lucia Ferreira-Nakamura", "KBS2601-77120",
             [(1, 5, "97163", 1, ["GP"]), (1, 5, "97110", 2, ["GP"])] +
             [(1, d, c, u, ["GP"]) for d in (7, 9, 12, 14, 16, 19, 21, 23, 26, 28)
              for c, u in (("97110", 2), ("97140", 1))] + [(1, 30, "97750", 1, ["GP"])]),
        acct("H60043117", "Sofia Ferreira-Nakamura", "KBS2601-80233",
             [(1, 8, "92610", 1, ["GN"]), (1, 15, "92526", 1, ["GN"]), (1, 22, "92526", 1, ["GN"])]),
        acct("H60043502", "Rafael Ferreira-Nakamura", "KBS2601-84410",
             [(1, 10, "97165", 1, ["GO"]), (1, 10, "97530", 2, ["GO"]), (1, 17, "97530", 2, ["GO", "59"]),
              (1, 17, "97760", 1, ["GO"]), (1, 24, "97530", 2, ["GO"])]),
    ]
    cl = [cl[1], cl[2], cl[0]]
    M = lambda d: money(d, ",")  # noqa: E731
    FMT["h114_f2_hospital_family_statement"] = dict(date=lambda d: dfmt(d, "mdy4"), money=M, units=lambda u: u,
                                                    code=lambda c, m: [c, *m])

    def furn(cv, pno):
        cv.font("LibSans-B", 13)
        cv.text(40, 42, "St. Brendan Valley Medical Center")
        cv.font("LibSans", 8)
        cv.text(40, 54, "Patient Financial Services  |  1200 Brendan Pkwy, Greeley CO 80631  |  Billing questions (970) 555-0177")
        cv.text(572, 42, f"Page {pno} of {T}", "r")
        cv.text(572, 54, "Guarantor Statement", "r")
        cv.line(40, 60, 572, 60, 0.6)
        cv.font("LibSans", 7)
        cv.text(40, 772, "We have billed your insurance. Amounts shown as your balance are after insurance has paid.")
        return 74

    lines, claims = [], []
    flow = Flow(cv, furn, 748)
    cv.font("LibSans", 9)
    for i, t in enumerate(("Guarantor: Douglas Ferreira-Nakamura", "1955 Prairie Lark Ct", "Evans CO 80620",
                           "Guarantor No. 7004418")):
        cv.text(40, 80 + 12 * i, t)
    bal = sum((total(c.svcs, "owes") for c in cl), ZERO)
    cv.rect(360, 72, 212, 54, fill=0.9)
    cv.font("LibSans-B", 9)
    cv.text(368, 88, "Please pay this amount")
    cv.text(564, 88, f"${M(bal)}", "r")
    cv.font("LibSans", 8)
    cv.text(368, 102, "Due by 02/25/2026")
    cv.text(368, 116, "Pay online: stbrendanvalley.example/pay")
    flow.y = 146
    cols = [(44, "l"), (100, "l"), (130, "l"), (168, "l"), (200, "r"), (214, "l"), (568, "r")]
    for c in cl:
        flow.need(70)
        cv.rect(40, flow.y, 532, 15, fill=0.85)
        cv.font("LibSans-B", 8.5)
        cv.text(44, flow.y + 11, f"Account {c.cid}   Patient: {c.patient}   Outpatient Rehabilitation Services")
        flow.y += 26
        cv.font("LibSans-B", 7.5)
        for (x, a), h in zip(cols, ["Date", "Rev", "HCPCS", "Mod", "Qty", "Description", "Charges"]):
            cv.text(x, flow.y, h, a)
        flow.y += 12
        for s in c.svcs:
            if flow.need(14):
                cv.font("LibSans", 7.5)
                cv.text(44, flow.y, f"Account {c.cid} continued")
                flow.y += 12
            cv.font("LibSans", 7.5)
            rev = REV[s.mods[0]][1 if s.code in EVAL else 0]
            cells = [dfmt(s.dos, "mdy4"), rev, s.code, " ".join(s.mods), units_str(s.units), s.desc, M(s.billed)]
            cells_cols(cv, flow.y, cols, cells)
            lines.append(truth_line(cv.pages, s, claim_id=c.cid, payer_claim_id=c.pcid, patient=c.patient,
                                    printed=("billed",)))
            flow.y += 14
        tb = [total(c.svcs, a) for a in ("billed", "paid", "discount", "owes")]
        flow.need(50)
        cv.line(400, flow.y - 7, 572, flow.y - 7, 0.4)
        cv.font("LibSans-B", 7.5)
        cv.text(214, flow.y, "Total charges")
        cv.text(568, flow.y, M(tb[0]), "r")
        cv.font("LibSans", 7.5)
        for lab, val in ((f"02/03/2026  Payment - Keystone Crest Blue  Claim {c.pcid}", -tb[1]),
                         ("02/03/2026  Contractual adjustment - Keystone Crest Blue", -tb[2])):
            flow.y += 11
            cv.text(214, flow.y, lab)
            cv.text(568, flow.y, money(val, ",", "()"), "r")
        flow.y += 11
        cv.font("LibSans-B", 7.5)
        cv.text(214, flow.y, "Account balance (your responsibility)")
        cv.text(568, flow.y, M(tb[3]), "r")
        claims.append({"claim_id": c.cid, "payer_claim_id": c.pcid, "patient": c.patient,
                       "totals": claim_totals(tb[0], None, tb[1], tb[3])})
        flow.y += 22
    cv.save()
    return cv.pages, lines, claims, [], [], "hospital outpatient guarantor statement, account runs onto page 2"


# ====================================================================================== driver + check
LAYOUTS = [
    ("h114_m1_commercial_member_eob", m1, "reportlab"),
    ("h114_m2_commercial_benefits_statement", m2, "fpdf2"),
    ("h114_n1_medicare_summary_notice", n1, "reportlab"),
    ("h114_n2_medicare_advantage_eob", n2, "fpdf2"),
    ("h114_d1_medicaid_ra_mono", d1, "fpdf2"),
    ("h114_d2_medicaid_remit_boxed", d2, "reportlab"),
    ("h114_s1_clearinghouse_standard_paper_remit", s1, "reportlab"),
    ("h114_s2_pm_era_print", s2, "fpdf2"),
    ("h114_f1_clinic_family_statement", f1, "reportlab"),
    ("h114_f2_hospital_family_statement", f2, "fpdf2"),
]


def build(out: Path) -> None:
    for name, fn, producer in LAYOUTS:
        path = out / f"{name}.pdf"
        pages = fn(path, 99)[0]
        pages, lines, claims, legend, findings, desc = fn(path, pages)
        write_truth(path, name, producer, pages, desc, lines, claims, legend, findings)


def _rows(page):
    words = page.extract_words(x_tolerance=1.5, y_tolerance=2)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1][0] - w["top"]) < 2.5:
            rows[-1][1].append(w)
        else:
            rows.append([w["top"], [w]])
    return [" ".join(x["text"] for x in sorted(ws, key=lambda w: w["x0"])) for _, ws in rows]


def _has(text, tok):
    return re.search(r"(?<![\w.,$])" + re.escape(tok) + r"(?![\w,]|\.\d)", text) is not None


def check(out: Path) -> int:
    import pdfplumber
    bad = 0
    total_lines = total_pages = 0
    for name, _, _ in LAYOUTS:
        path = out / f"{name}.pdf"
        truth = json.loads(Path(str(path) + ".truth.json").read_text())
        f = FMT[name]
        errs = []
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != truth["pages"]:
                errs.append(f"pages {len(pdf.pages)} != {truth['pages']}")
            rows = [_rows(p) for p in pdf.pages]
            ptext = [p.extract_text() or "" for p in pdf.pages]
        doc = "\n".join(ptext)
        doc_flat = re.sub(r"\s+", " ", doc)
        spans = {}
        for ln in truth["lines"]:
            pg = ln["page"]
            toks = [f["date"](date.fromisoformat(ln["service_date"]))] + f["code"](ln["code"], ln["modifiers"])
            if ln["units"] is not None:
                toks.append(f["units"](ln["units"]))
            elif f["units"] is not None:
                errs.append(f"units null on a layout printing units: {ln}")
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None:
                    v = Decimal(ln[k])
                    if name == "h114_f1_clinic_family_statement" and k in ("paid", "discount"):
                        v = -v
                    toks.append(f["money"](v))
            if not any(all(_has(r, t) for t in toks) for r in rows[pg - 1]):
                errs.append(f"row not found p{pg}: {toks}")
            near = ptext[pg - 1]
            for r in ln["remarks"]:
                if not _has(near, r):
                    errs.append(f"remark {r} missing p{pg}")
            for g, rc, a in ln["adjustments"]:
                for t in (f.get("adj") or (lambda g, r, a: [f"{g}-{r}", f["money"](a)]))(g, rc, Decimal(a)):
                    if t not in near:
                        errs.append(f"adj token {t} missing p{pg}")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in doc_flat:
                    errs.append(f"{k} {ln[k]} not in text")
            b, p = ln["billed"], ln["paid"]
            if ln["adjustments"] and b is not None and p is not None:
                if Decimal(b) - sum(Decimal(a[2]) for a in ln["adjustments"]) != Decimal(p):
                    errs.append(f"billed-adj!=paid {ln}")
            if all(ln[k] is not None for k in ("billed", "discount", "paid", "patient_owes")):
                if Decimal(b) - Decimal(ln["discount"]) - Decimal(p) != Decimal(ln["patient_owes"]):
                    errs.append(f"billed-discount-paid!=owes {ln}")
            if all(ln[k] is not None for k in ("allowed", "paid", "patient_owes")) and Decimal(ln["allowed"]):
                net = Decimal(ln["allowed"]) - Decimal(ln["patient_owes"])
                if net - Decimal(p) != (q(net * Decimal("0.02")) if f.get("seq") else 0):
                    errs.append(f"allowed-owes!=paid {ln}")
            spans.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(pg)
        for c in truth["claims"]:
            mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"]) == (c["claim_id"],
                                                                                              c["payer_claim_id"])]
            if not mine:
                errs.append(f"claim without lines {c}")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if name == "h114_f1_clinic_family_statement" and k == "paid":
                    if f["money"](-Decimal(v)) not in doc:
                        errs.append(f"claim total {k} {v} not printed")
                elif f["money"](Decimal(v)) not in doc:
                    errs.append(f"claim total {k} {v} not printed")
                vals = [ln[k] for ln in mine]
                if all(x is not None for x in vals) and sum(Decimal(x) for x in vals) != Decimal(v):
                    errs.append(f"claim {c['payer_claim_id']} {k} total {v} != lines")
        split = [k for k, s in spans.items() if len(s) > 1]
        total_lines += len(truth["lines"])
        total_pages += truth["pages"]
        print(f"{'OK ' if not errs else 'BAD'} {name}: {truth['pages']} pages, {len(truth['lines'])} lines, "
              f"{len(truth['claims'])} claims, split claims {len(split)}")
        for e in errs[:8]:
            print("    ", e)
        bad += bool(errs)
    print(f"{len(LAYOUTS)} files, {total_lines} lines, {total_pages} pages, {bad} failing")
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout114_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    build(out)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if "--check" in argv:
        return check(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
