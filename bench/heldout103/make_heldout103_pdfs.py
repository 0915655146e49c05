"""Write held-out set 103 of synthetic PDF EOB layouts (with truth files) into a folder: an independent
measurement of the PDF reader on house styles of the five commonest real kinds (two of each).

Run:  python bench/heldout103/make_heldout103_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout103/make_heldout103_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py), printed values only, null for what a layout does
not print (units null where no quantity is printed, modifiers [] where none are printed); claim_id = the
provider's own account / patient-control / visit number, payer_claim_id = the payer's claim number / ICN / TCN,
patient = the person who got the service exactly as printed. Adjustments only where group+reason+amount are
printed on the line; remarks = note/remark codes printed on the line. Every name, number, payer, provider,
address and ID is invented; descriptions are our own words.

Layouts:
  a1  commercial HMO/POS member EOB to the subscriber, "What the provider charged / Your plan's discount /
      Plan paid / What you owe" columns, family of three, claim rows run onto page 2 with the header repeated
      and "(continued)", deductible / non-covered note codes (reportlab, portrait Liberation Serif)
  a2  commercial high-deductible member EOB "Claim detail" with "Amount billed / Member rate / Deductible /
      Coinsurance / Copay / Paid by plan / Your responsibility", code-modifier glued "97530GP", note letters,
      denied line, no units, per-claim totals (fpdf2, landscape DejaVu Sans)
  b1  Medicare Summary Notice style Part B: "Services provided / Amount provider charged / Medicare-approved
      amount / Medicare paid provider / Maximum you may be billed / See notes", code in parentheses after the
      wording, no units, no provider account (fpdf2, Liberation Sans)
  b2  Medicare Advantage member EOB: "Billed / Plan allowed / Plan paid / Your share", units "x2", claim
      heading "Claim ID", continuation onto page 2 without repeated column header (reportlab, DejaVu Sans
      Condensed)
  c1  state Medicaid remittance advice, line-printer monospace: "ICN / RECIPIENT / PATIENT ACCT #" heads,
      MMDDYY dates, units "4.00", "BILLED AMT / ALLOWED AMT / PAID AMT / EOB" with 4-digit EOB codes, a
      denied section, header repeated on continuation page (fpdf2, landscape DejaVu Sans Mono)
  c2  state Medicaid managed-care plan RA: "TCN / Member / Pat Ctl #", "CARC" column "CO-45", a reversal
      (negative amounts) and replacement, "PAID CLAIMS / ADJUSTED CLAIMS" (reportlab, Courier)
  d1  clearinghouse Medicare-style standard paper remit: NAME / HIC / ACNT / ICN heads and PERF PROV line,
      "SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS PROV PD GRP/RC-AMT" with every adjustment on the
      row (CO-45, PR-1, PR-2, CO-253), PT RESP + claim totals, claim runs onto page 2 under the repeated banner
      and header (reportlab, Courier, landscape)
  d2  practice-management "Payment posting report" from an ERA: Patient / Acct / Payer Ref heads, "Chg /
      Allow / Ded / Coins / Adj (grp-rc) / Pmt", MM/DD/YYYY (fpdf2, Liberation Sans Narrow)
  e1  outpatient therapy clinic family statement to the guarantor: three family members, visit rows with
      "Ins Pd / Adj / Pt Resp", insurer claim number per visit, no units (fpdf2, DejaVu Serif)
  e2  hospital outpatient-rehab family statement: "Date of Service / Description / CPT/HCPCS / Qty / Charges /
      Insurance Payments / Adjustments / Balance" with the account per patient; runs onto page 2 with
      repeated header, payments/adjustments as trailing-minus credits (truth records paid and discount as the
      positive amounts the insurer paid / wrote off); PLANTED claim-total mismatch (reportlab, Helvetica)

The self-check (--check) tests the factory, not the reader: every truth value (date, code, modifiers, units,
amounts, adjustment amounts, remark codes) occurs on ONE text line of the truth page (pdfplumber), ids and
patients occur in the document text, page count matches, billed - adjustments = paid where all adjustments are
printed, claim totals = sum of lines (or the planted mismatch really is one).
"""
from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))

from eobgen import (  # noqa: E402
    FIXED_WHEN, ZERO, PlanState, Svc, commercial, dfmt, medicaid, medicare, money, negate, q, total,
    truth_line, units_str, write_truth,
)

import eobgen  # noqa: E402

# codes the shared fee tables lack (added in-process only; invented amounts, our own wording)
eobgen.FEE.update({"97533": "88.00", "G0151": "140.00"})
eobgen.SCHED.update({"97533": "31.90", "G0151": "58.44"})
eobgen.DESC.update({"97533": "Sensory integration techniques", "G0151": "Home health PT visit, 15 min"})

FONTS = "/usr/share/fonts/truetype/"
TTF = {
    "LibSerif": FONTS + "liberation/LiberationSerif-Regular.ttf",
    "LibSans": FONTS + "liberation/LiberationSans-Regular.ttf",
    "LibNarrow": FONTS + "liberation/LiberationSansNarrow-Regular.ttf",
    "DejaVu": FONTS + "dejavu/DejaVuSans.ttf",
    "DejaVuCond": FONTS + "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuMono": FONTS + "dejavu/DejaVuSansMono.ttf",
    "DejaVuSerif": FONTS + "dejavu/DejaVuSerif.ttf",
}


class Page:
    def __init__(self):
        self.items = []  # (x, y_from_top, text, size, align)


class Doc:
    def __init__(self, landscape=False, font="Helvetica", size=8.0, lead=11.0, top=40, bottom=50):
        self.w, self.h = (792, 612) if landscape else (612, 792)
        self.font, self.size, self.lead, self.top, self.bottom = font, size, lead, top, bottom
        self.pages: list[Page] = []
        self.new_page()

    def new_page(self):
        self.pages.append(Page())
        self.y = self.top

    @property
    def pno(self):
        return len(self.pages)

    def room(self, n=1):
        return self.y + n * self.lead <= self.h - self.bottom

    def text(self, x, s, size=None, align="l", adv=True):
        self.pages[-1].items.append((x, self.y, s, size or self.size, align))
        if adv:
            self.y += self.lead

    def row(self, cells, size=None):
        """cells: list of (x, text, align)"""
        for x, s, a in cells:
            if s != "":
                self.pages[-1].items.append((x, self.y, s, size or self.size, a))
        self.y += self.lead

    def gap(self, n=0.5):
        self.y += self.lead * n


def finalize(doc: Doc) -> None:
    """Page furniture at the foot of every page: footer text (if any) and 'Page i of N'."""
    n = len(doc.pages)
    for i, pg in enumerate(doc.pages, 1):
        y = doc.h - doc.bottom + 2 * doc.lead
        for ln in getattr(doc, "footer", []):
            pg.items.append((36, y, ln, doc.size - 0.5, "l"))
            y += doc.lead
        pg.items.append((doc.w - 36, doc.h - 24, f"Page {i} of {n}", doc.size - 0.5, "r"))


def render_rl(doc: Doc, path: Path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    fn = doc.font
    if fn in TTF:
        pdfmetrics.registerFont(TTFont(fn, TTF[fn]))
    c = canvas.Canvas(str(path), pagesize=(doc.w, doc.h), invariant=1)
    for pg in doc.pages:
        for x, y, s, size, a in pg.items:
            c.setFont(fn, size)
            yy = doc.h - y
            if a == "r":
                c.drawRightString(x, yy, s)
            else:
                c.drawString(x, yy, s)
        c.showPage()
    c.save()


def render_fpdf(doc: Doc, path: Path):
    from fpdf import FPDF
    pdf = FPDF(orientation="L" if doc.w > doc.h else "P", unit="pt", format="letter")
    pdf.set_creation_date(FIXED_WHEN)
    pdf.set_auto_page_break(False)
    fn = doc.font
    if fn in TTF:
        pdf.add_font(fn, "", TTF[fn])
    for pg in doc.pages:
        pdf.add_page()
        for x, y, s, size, a in pg.items:
            pdf.set_font(fn, "", size)
            xx = x - pdf.get_string_width(s) if a == "r" else x
            pdf.text(xx, y, s)
    pdf.output(str(path))


# ------------------------------------------------------------------------------------------------ data

D = date
def svc(dos, code, units, mods=(), denied=None):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), denied=denied)


class Ctx:
    def __init__(self):
        self.lines, self.claims, self.tokens, self.findings = [], [], [], []

    def add(self, doc, s, toks, **kw):
        row = truth_line(doc.pno, s, **kw)
        self.lines.append(row)
        self.tokens.append((doc.pno, [t for t in toks if t]))

    def claim(self, cid, pcid, pat, svcs, printed_totals=None):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": printed_totals or {}})


def tot(svcs, keys=("billed", "allowed", "paid", "owes")):
    return {k: total(svcs, k) for k in keys}


def tdict(t):
    m = {"billed": "billed", "allowed": "allowed", "paid": "paid", "owes": "patient_owes"}
    return {m[k]: str(q(v)) for k, v in t.items() if k in m}


# ----------------------------------------------------------------------------- generic table layout engine

def table(doc, ctx, cols, header_fn, svcs, mk_cells, truth_kw, cont_header=True, cont_text=None, reserve=2):
    """Print service rows; if the page fills, continue on a new page (optionally repeating the header)."""
    for s in svcs:
        if not doc.room(reserve):
            doc.new_page()
            doc.text(36, doc.running) if getattr(doc, "running", None) else None
            if cont_text:
                doc.text(36, cont_text)
            if cont_header:
                header_fn()
        cells, toks, kw = mk_cells(s)
        doc.row(cells)
        kw2 = dict(truth_kw)
        kw2.update(kw)
        ctx.add(doc, s, toks, **kw2)


def furniture(doc, lines, x=36):
    for ln in lines:
        doc.text(x, ln)


# ----------------------------------------------------------------------------------------------- a1

def lay_a1():
    doc = Doc(font="LibSerif", size=8.5, lead=14, bottom=230)
    doc.footer = ["IMPORTANT: Keep this notice for your records. If you disagree with how a claim was processed, you may",
                  "appeal within 180 days. See the back of this page for appeal rights and language assistance.",
                  "Brightwater Health Plans is an independent licensee. This is not a bill."]
    ctx = Ctx()
    furniture(doc, ["BRIGHTWATER HEALTH PLANS", "PO Box 44120, Lorimer, OH 43977",
                    "EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", "",
                    "Subscriber: Dorian T. Vasquez-Hale          Member ID: BWH448120733",
                    "Group: Calloway Tool & Die  (GR-20931)       Statement date: January 28, 2026",
                    "Plan: Brightwater Select POS"])
    doc.gap()
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.78"))
    X = [36, 118, 160, 238, 300, 360, 420, 480, 576]
    hdr = ["Date(s)", "Service", "Units", "What the provider", "Your plan's", "Amount", "Plan paid",
           "What you owe", "Notes"]

    def header():
        doc.row([(X[0], "Date of service", "l"), (X[1], "Code", "l"), (X[2] + 5, "Units", "l"),
                 (X[3] + 40, "Charged", "r"), (X[4] + 40, "Discount", "r"), (X[5] + 40, "Allowed", "r"),
                 (X[6] + 40, "Plan paid", "r"), (X[7] + 50, "What you owe", "r"), (X[8] - 20, "Notes", "l")])
    fam = [("Dorian T. Vasquez-Hale", "BW26-00418821", "PA-55201", "Corrigan Hand & Upper Limb Therapy",
            [svc(D(2026, 1, 5), "97166", 1, ("GO",)), svc(D(2026, 1, 5), "97530", 2, ("GO",)),
             svc(D(2026, 1, 7), "97140", 1, ("GO",)), svc(D(2026, 1, 7), "97110", 2, ("GO",))]),
           ("Priya Vasquez-Hale", "BW26-00419055", "PA-55877", "Lanternfield Pediatric Therapy",
            [svc(D(2026, 1, 6), "92523", 1, ("GN",)), svc(D(2026, 1, 8), "92507", 1, ("GN",)),
             svc(D(2026, 1, 13), "92507", 1, ("GN",)), svc(D(2026, 1, 15), "92507", 1, ("GN",)),
             svc(D(2026, 1, 20), "92507", 1, ("GN",)), svc(D(2026, 1, 22), "92507", 1, ("GN",)),
             svc(D(2026, 1, 27), "92507", 1, ("GN",))]),
           ("Mateo Vasquez-Hale", "BW26-00420170", "PA-56010", "Lanternfield Pediatric Therapy",
            [svc(D(2026, 1, 9), "97165", 1, ("GO",)), svc(D(2026, 1, 9), "97535", 2, ("GO",)),
             svc(D(2026, 1, 16), "97530", 3, ("GO", "59")), svc(D(2026, 1, 16), "97112", 1, ("GO",)),
             svc(D(2026, 1, 23), "97530", 2, ("GO",)), svc(D(2026, 1, 23), "97760", 1, ("GO",), denied="PR"),
             svc(D(2026, 1, 30), "97530", 2, ("GO",)), svc(D(2026, 1, 30), "97535", 1, ("GO",)),
             svc(D(2026, 1, 30), "97110", 1, ("GO",))])]
    for pat, clm, acct, prov, svcs in fam:
        for s in svcs:
            commercial(s, st)
        if not doc.room(5):
            doc.new_page()
        doc.text(36, f"Patient: {pat}    Provider: {prov}")
        doc.text(36, f"Claim number: {clm}    Patient account: {acct}")
        header()
        M = lambda d: money(d, "$")

        def cells(s):
            note = "N4" if s.denied else ("D1" if s.deductible else "")
            code = s.code + " " + " ".join(s.mods)
            c = [(X[0], dfmt(s.dos, "mdy4"), "l"), (X[1], code, "l"), (X[2] + 25, units_str(s.units), "r"),
                 (X[3] + 40, M(s.billed), "r"), (X[4] + 40, M(s.discount), "r"), (X[5] + 40, M(s.allowed), "r"),
                 (X[6] + 40, M(s.paid), "r"), (X[7] + 50, M(s.owes), "r"), (X[8] - 20, note, "l")]
            toks = [dfmt(s.dos, "mdy4"), code, M(s.billed), M(s.paid), M(s.owes), M(s.allowed), note]
            return c, toks, {"remarks": [note] if note else []}
        doc.running = f"{pat}  -  Claim number: {clm} (continued)"
        table(doc, ctx, X, header, svcs, cells,
              dict(claim_id=acct, payer_claim_id=clm, patient=pat, printed=("billed", "discount", "allowed",
                   "paid", "patient_owes"), description=False))
        doc.running = None
        t = tot(svcs)
        doc.row([(X[0], "Claim total", "l"), (X[3] + 40, M(t["billed"]), "r"), (X[5] + 40, M(t["allowed"]), "r"),
                 (X[6] + 40, M(t["paid"]), "r"), (X[7] + 50, M(t["owes"]), "r")])
        doc.gap()
        ctx.claim(acct, clm, pat, svcs, tdict(t))
    legend = [("D1", "Part of this amount was applied to your calendar-year deductible."),
              ("N4", "Your plan does not cover this item; you may owe the provider the full charge.")]
    doc.text(36, "Notes")
    for k, v in legend:
        doc.text(36, f"{k}  {v}")
    doc.text(36, "Questions? Call Member Services at 1-800-555-0143 (TTY 711), Monday-Friday 8 a.m. - 6 p.m.")
    return doc, render_rl, ctx, legend, "commercial POS member EOB"


def build(doc, ctx, claims, head_fn, header_fn, row_fn, printed, total_fn=None, cont_header=True,
          cont_fn=None, units=True, modifiers=True, description=False, need=5, after_fn=None):
    for c in claims:
        if not doc.room(need):
            doc.new_page()
        for ln in head_fn(c):
            doc.text(36 if not isinstance(ln, tuple) else ln[0], ln if not isinstance(ln, tuple) else ln[1])
        header_fn()
        doc.running = cont_fn(c) if cont_fn else None
        table(doc, ctx, None, header_fn, c["svcs"], lambda s: row_fn(s, c),
              dict(claim_id=c.get("cid"), payer_claim_id=c.get("pcid"), patient=c.get("pat"), printed=printed,
                   units=units, modifiers=modifiers, description=description), cont_header=cont_header)
        doc.running = None
        t = tot(c["svcs"])
        tp = {}
        if total_fn:
            tp = total_fn(c, t) or {}
        ctx.claim(c.get("cid"), c.get("pcid"), c.get("pat"), c["svcs"], tp)
        if after_fn:
            after_fn(c)
        doc.gap()


def adj_str(adjs, sep="-"):
    return " ".join(f"{g}{sep}{r} {money(a, '')}" for g, r, a in adjs)


# ----------------------------------------------------------------------------------------------- a2

def lay_a2():
    doc = Doc(landscape=True, font="DejaVu", size=7.5, lead=11)
    ctx = Ctx()
    furniture(doc, ["Northgate Mutual Health  |  HSA-Qualified Bronze 6500", "Your Explanation of Benefits",
                    "Prepared for: Renata Okonkwo-Blair   Member #: NMH-7720-1184-02   Period: 01/01/2026 - 01/31/2026",
                    "This statement shows how your recent claims were processed. It is not a bill."])
    doc.gap()
    st = PlanState(ded_left=Decimal("400.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.74"))
    st.copay_codes = {"99213": Decimal("40.00")}
    claims = [
        dict(pat="Renata Okonkwo-Blair", cid="RB0104", pcid="NM2601-88412-07", prov="Sable Creek Physical Therapy",
             svcs=[svc(D(2026, 1, 5), "97161", 1, ("GP",)), svc(D(2026, 1, 5), "97110", 2, ("GP",)),
                   svc(D(2026, 1, 12), "97140", 1, ("GP",)), svc(D(2026, 1, 12), "97116", 1, ("GP", "KX"))]),
        dict(pat="Samuel Okonkwo-Blair", cid="SB0222", pcid="NM2601-88530-11", prov="Harbor Light Family Medicine",
             svcs=[svc(D(2026, 1, 8), "99213", 1, ()), svc(D(2026, 1, 8), "G0283", 1, (), denied="PR")]),
        dict(pat="Nia Okonkwo-Blair", cid="NB0339", pcid="NM2601-88977-03", prov="Sable Creek Physical Therapy",
             svcs=[svc(D(2026, 1, 14), "97112", 2, ("GP",)), svc(D(2026, 1, 14), "97530", 1, ("GP", "59")),
                   svc(D(2026, 1, 21), "97112", 2, ("GP",)), svc(D(2026, 1, 21), "97110", 1, ("GP", "CQ"))]),
    ]
    for c in claims:
        for s in c["svcs"]:
            commercial(s, st)
    X = [36, 96, 335, 395, 450, 510, 560, 620, 700, 710]
    heads = ["Service date", "Service", "Amount billed", "Member rate", "Deductible", "Coinsurance", "Copay",
             "Paid by plan", "Your responsibility", "Note"]

    def header():
        doc.row([(X[0], heads[0], "l"), (X[1], heads[1], "l")] + [(X[i], heads[i], "r") for i in range(2, 9)]
                + [(X[9] + 5, "Note", "l")], size=6.8)
    M = lambda d: money(d, "$")

    def row(s, c):
        code = s.code + "".join(s.mods)
        note = "X" if s.denied else ("B" if s.deductible else "")
        vals = [M(s.billed), M(s.allowed), M(s.deductible), M(s.coinsurance), M(s.copay), M(s.paid), M(s.owes)]
        cells = [(X[0], dfmt(s.dos, "mdy4"), "l"), (X[1], f"{code}  {s.desc[:24]}", "l")] + \
            [(X[i + 2], v, "r") for i, v in enumerate(vals)] + [(X[9] + 5, note, "l")]
        return cells, [dfmt(s.dos, "mdy4"), code] + vals + [note], {"remarks": [note] if note else []}

    def head(c):
        return [f"Claim detail for {c['pat']}  -  {c['prov']}",
                f"Claim #: {c['pcid']}     Provider's patient account: {c['cid']}     Received 01/29/2026"]

    def totals(c, t):
        t2 = tot(c["svcs"], ("billed", "allowed", "deductible", "coinsurance", "copay", "paid", "owes"))
        doc.row([(X[1], "Totals", "l")] + [(X[i + 2], M(t2[k]), "r") for i, k in
                enumerate(["billed", "allowed", "deductible", "coinsurance", "copay", "paid", "owes"])])
        return tdict(t)
    build(doc, ctx, claims, head, header, row, ("billed", "allowed", "deductible", "coinsurance", "copay", "paid",
                                                 "patient_owes"), totals, units=False)
    legend = [("B", "Applied to your deductible; your HSA may be used to pay it."),
              ("X", "Not a covered benefit under your plan. You are responsible for this charge.")]
    doc.text(36, "Note codes")
    for k, v in legend:
        doc.text(36, f"{k} - {v}")
    return doc, render_fpdf, ctx, legend, "commercial HDHP member EOB"


# ----------------------------------------------------------------------------------------------- b1

def lay_b1():
    doc = Doc(font="LibSans", size=8.5, lead=12.5)
    ctx = Ctx()
    furniture(doc, ["Medicare Summary Notice for Part B (Medical Services)", "CONSOLIDATED NOTICE - NOT A BILL",
                    "Notice for Wendell P. Ashgrove              Medicare Number  XXXXXXX-8841Q",
                    "This notice is for services you received between October 1 and December 31, 2025",
                    "If you have questions, call 1-800-555-0199 and say \"Agent.\""])
    doc.gap()
    st = PlanState(ded_left=Decimal("40.00"))
    claims = [
        dict(pat="Wendell P. Ashgrove", cid=None, pcid="25-318-44071-920", prov="Tamsin Ridge Rehabilitation",
             svcs=[svc(D(2025, 11, 3), "97163", 1, ("GP",)), svc(D(2025, 11, 3), "97110", 2, ("GP",)),
                   svc(D(2025, 11, 5), "97140", 1, ("GP",)), svc(D(2025, 11, 5), "97530", 2, ("GP",))]),
        dict(pat="Wendell P. Ashgrove", cid=None, pcid="25-331-55209-004", prov="Bellhaven Orthopedic Group",
             svcs=[svc(D(2025, 11, 26), "99213", 1, ()), svc(D(2025, 11, 26), "G0283", 1, ("GP",)),
                   svc(D(2025, 11, 26), "0552T", 1, (), denied="PR")]),
        dict(pat="Wendell P. Ashgrove", cid=None, pcid="25-352-60113-118", prov="Tamsin Ridge Rehabilitation",
             svcs=[svc(D(2025, 12, 15), "97112", 2, ("GP", "KX")), svc(D(2025, 12, 15), "97110", 1, ("GP", "KX")),
                   svc(D(2025, 12, 17), "97116", 2, ("GP", "KX"))]),
    ]
    for c in claims:
        for s in c["svcs"]:
            medicare(s, st, deny_reason="96")
    X = [36, 300, 380, 450, 520, 560]
    M = lambda d: money(d, "$")

    def header():
        doc.row([(X[0], "Service Provided & Billing Code", "l"), (X[1], "Amount Provider", "r"),
                 (X[2], "Medicare-", "r"), (X[3], "Medicare", "r"), (X[4], "Maximum You", "r"), (X[5], "See", "l")])
        doc.row([(X[1], "Charged", "r"), (X[2], "Approved", "r"), (X[3], "Paid", "r"), (X[4], "May Be Billed", "r"),
                 (X[5], "Notes", "l")])

    def row(s, c):
        note = "C" if s.denied else ("A" if s.deductible else "")
        first = f"{dfmt(s.dos, 'mdy2')}  {s.desc} ({s.code})"
        vals = [M(s.billed), M(s.allowed), M(s.paid), M(s.owes)]
        cells = [(X[0], first, "l")] + [(X[i + 1], v, "r") for i, v in enumerate(vals)] + [(X[5], note, "l")]
        return cells, [dfmt(s.dos, "mdy2"), f"({s.code})"] + vals + [note], {"remarks": [note] if note else []}

    def head(c):
        return [f"{c['prov']}, 400 Quarry Mill Rd, Estell, PA 19054", f"Claim number {c['pcid']}"]

    def totals(c, t):
        doc.row([(X[0], "Total for this claim", "l"), (X[1], M(t["billed"]), "r"), (X[2], M(t["allowed"]), "r"),
                 (X[3], M(t["paid"]), "r"), (X[4], M(t["owes"]), "r")])
        return tdict(t)
    build(doc, ctx, claims, head, header, row, ("billed", "allowed", "paid", "patient_owes"), totals,
          units=False, modifiers=False)
    legend = [("A", "This amount went toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this service; the provider gave you a written notice first, so you may be billed.")]
    doc.text(36, "Notes for Claims Above")
    for k, v in legend:
        doc.text(36, f"{k}  {v}")
    return doc, render_fpdf, ctx, legend, "Medicare Summary Notice Part B"


# ----------------------------------------------------------------------------------------------- b2

def lay_b2():
    doc = Doc(font="DejaVuCond", size=8, lead=15, bottom=400)
    doc.footer = ["How to reach us: Member Services 1-888-555-0112 (TTY 711), 8 a.m. - 8 p.m., seven days a week.",
                  "Evergreen Senior Advantage is an HMO-POS plan with a Medicare contract. Enrollment depends on",
                  "contract renewal. Report suspected fraud: 1-888-555-0113."]
    ctx = Ctx()
    furniture(doc, ["Evergreen Senior Advantage (HMO-POS)", "Explanation of Benefits - Monthly Report for December 2025",
                    "Member: Lorraine B. Castellanos     Member ID: ESA40019377     H0000-011",
                    "Your Medicare Advantage plan; Medicare approved this plan. This is not a bill."])
    doc.gap()
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"))
    claims = [
        dict(pat="Lorraine B. Castellanos", cid="LC-10473", pcid="ESA2512-004417", prov="Ridgecrest Outpatient Therapy",
             svcs=[svc(D(2025, 12, 1), "97165", 1, ("GO",))] + [
                 svc(D(2025, 12, d), c, u, ("GO",) if c != "97760" else ("GO", "RT"))
                 for d in (3, 5, 8, 10, 12, 15, 17, 19) for c, u in (("97530", 2), ("97535", 1))
                 if not (d == 19 and c == "97535")] + [svc(D(2025, 12, 22), "97760", 1, ("GO", "RT")),
                                                        svc(D(2025, 12, 22), "L3807", 1, ("RT",))]),
        dict(pat="Lorraine B. Castellanos", cid="LC-10521", pcid="ESA2512-009102", prov="Dr. Oswin Faraday, MD",
             svcs=[svc(D(2025, 12, 29), "99213", 1, ())]),
    ]
    for c in claims:
        for s in c["svcs"]:
            medicare(s, st, sequestration=False)
    X = [36, 100, 230, 290, 360, 430, 500, 560]
    M = lambda d: money(d, "$")

    def header():
        doc.row([(X[0], "Date", "l"), (X[1], "Service (code)", "l"), (X[2], "Qty", "l"), (X[3] + 40, "Billed", "r"),
                 (X[4] + 40, "Plan allowed", "r"), (X[5] + 40, "Plan paid", "r"), (X[6] + 45, "Your share", "r")])

    def row(s, c):
        code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
        vals = [M(s.billed), M(s.allowed), M(s.paid), M(s.owes)]
        cells = [(X[0], dfmt(s.dos, "mon"), "l"), (X[1], code, "l"), (X[2], "x" + units_str(s.units), "l")] + \
            [(X[3] + 40, vals[0], "r"), (X[4] + 40, vals[1], "r"), (X[5] + 40, vals[2], "r"), (X[6] + 45, vals[3], "r")]
        return cells, [dfmt(s.dos, "mon"), code, "x" + units_str(s.units)] + vals, {}

    def head(c):
        return [f"Claim ID: {c['pcid']}   Provider: {c['prov']}   Patient account no.: {c['cid']}",
                f"Patient: {c['pat']}   Claim status: Processed 01/06/2026"]

    def totals(c, t):
        doc.row([(X[0], "Claim total", "l"), (X[3] + 40, M(t["billed"]), "r"), (X[4] + 40, M(t["allowed"]), "r"),
                 (X[5] + 40, M(t["paid"]), "r"), (X[6] + 45, M(t["owes"]), "r")])
        return tdict(t)
    build(doc, ctx, claims, head, header, row, ("billed", "allowed", "paid", "patient_owes"), totals,
          cont_header=False, cont_fn=lambda c: f"Claim ID: {c['pcid']} continued from previous page")
    doc.text(36, "Your share: 20% coinsurance for outpatient rehabilitation and durable equipment. Your plan year")
    doc.text(36, "maximum out-of-pocket is $4,900.00; you have paid $611.40 toward it so far.")
    return doc, render_rl, ctx, [], "Medicare Advantage member EOB"


# ----------------------------------------------------------------------------------------------- c1

def lay_c1():
    doc = Doc(landscape=True, font="DejaVuMono", size=7, lead=12, top=36, bottom=40)
    ctx = Ctx()
    banner = ["STATE OF WESTMARK DEPARTMENT OF MEDICAL ASSISTANCE         REMITTANCE ADVICE",
              "PROVIDER: KESTREL VALLEY SPEECH & OT LLC   NPI 1999000412   RA NO: 0004417   RA DATE: 01/23/26"]
    for b in banner:
        doc.text(36, b)
    doc.gap()
    denied = ["", ""]
    kids = [("MARLOWE, JUNIPER", "KV-3301", "2026019000112", "000412881"),
            ("MARLOWE, ELLIS", "KV-3302", "2026019000113", "000412882"),
            ("ADEBAYO, TEMPERANCE", "KV-3318", "2026019000157", "000519934"),
            ("QUILLEN, AUGUST", "KV-3340", "2026019000201", "000733105")]
    claims = []
    for i, (pat, acct, icn, rid) in enumerate(kids):
        sv = [svc(D(2026, 1, 5 + i), "92507", 1, ("GN",)), svc(D(2026, 1, 7 + i), "97530", 4, ("GO",)),
              svc(D(2026, 1, 12 + i), "97530", 3, ("GO",)), svc(D(2026, 1, 12 + i), "97535", 2, ("GO",)),
              svc(D(2026, 1, 14 + i), "92507", 1, ("GN",)), svc(D(2026, 1, 14 + i), "97112", 2, ("GO",)),
              svc(D(2026, 1, 19 + i), "97530", 4, ("GO",)), svc(D(2026, 1, 21 + i), "97168", 1, ("GO",))]
        if i == 1:
            sv.append(svc(D(2026, 1, 21), "97129", 2, ("GO",), denied="CO"))
        claims.append(dict(pat=pat, cid=acct, pcid=icn, rid=rid, svcs=sv))
    for c in claims:
        for s in c["svcs"]:
            medicaid(s, deny_reason="B7")
            s.remarks = ["0702"] if s.denied else ["0001"]
    X = [36, 110, 170, 230, 290, 360, 430, 500]

    def header():
        doc.row([(X[0], "SVC DATE", "l"), (X[1], "PROC", "l"), (X[2], "MOD", "l"), (X[3] + 30, "UNITS", "r"),
                 (X[4] + 50, "BILLED AMT", "r"), (X[5] + 50, "ALLOWED AMT", "r"), (X[6] + 50, "PAID AMT", "r"),
                 (X[7] + 20, "EOB", "l")])

    def row(s, c):
        mod = " ".join(s.mods)
        vals = [money(s.billed, ""), money(s.allowed, ""), money(s.paid, "")]
        cells = [(X[0], dfmt(s.dos, "mdy6"), "l"), (X[1], s.code, "l"), (X[2], mod, "l"),
                 (X[3] + 30, f"{s.units:.2f}", "r"), (X[4] + 50, vals[0], "r"), (X[5] + 50, vals[1], "r"),
                 (X[6] + 50, vals[2], "r"), (X[7] + 20, s.remarks[0], "l")]
        return cells, [dfmt(s.dos, "mdy6"), s.code, mod, f"{s.units:.2f}"] + vals + [s.remarks[0]], \
            {"remarks": s.remarks}

    def head(c):
        return [f"ICN: {c['pcid']}   RECIPIENT: {c['pat']}   RECIP ID: {c['rid']}   PATIENT ACCT #: {c['cid']}"]

    def totals(c, t):
        doc.row([(X[0], "CLAIM TOTAL", "l"), (X[4] + 50, money(t["billed"], ""), "r"),
                 (X[5] + 50, money(t["allowed"], ""), "r"), (X[6] + 50, money(t["paid"], ""), "r")])
        return {k: v for k, v in tdict(t).items() if k != "patient_owes"}
    doc.text(36, "CLAIMS PAID")
    build(doc, ctx, claims, head, header, row, ("billed", "allowed", "paid"), totals,
          cont_fn=lambda c: banner[0] + "   (CONTINUED)")
    legend = [("0001", "Processed and paid according to the state fee schedule."),
              ("0702", "Service limit for the authorization period has been reached.")]
    doc.text(36, "EOB CODE DESCRIPTIONS")
    for k, v in legend:
        doc.text(36, f"{k}  {v}")
    return doc, render_fpdf, ctx, legend, "state Medicaid remittance advice"


# ----------------------------------------------------------------------------------------------- c2

def lay_c2():
    doc = Doc(font="Courier", size=7.5, lead=11)
    ctx = Ctx()
    furniture(doc, ["CASCADIA COMMUNITY CARE PLAN - MEDICAID MANAGED CARE", "PROVIDER REMITTANCE ADVICE",
                    "PAYEE: ORCHARD LANE THERAPY PARTNERS     TAX ID XX-XXX7710    CHECK/EFT #: 90017734",
                    "PAYMENT DATE: 2026-01-30                  PAGE TOTAL PAYMENT SHOWN AT END"])
    doc.gap()
    orig = [svc(D(2025, 12, 9), "97110", 3, ("GP",)), svc(D(2025, 12, 9), "97140", 1, ("GP",))]
    for s in orig:
        medicaid(s)
    rev = [negate(s) for s in orig]
    repl = [svc(D(2025, 12, 9), "97110", 2, ("GP",)), svc(D(2025, 12, 9), "97140", 1, ("GP",)),
            svc(D(2025, 12, 9), "97112", 1, ("GP", "59"))]
    paid = [dict(pat="HOLLOWAY, BRIAR", cid="OLT88410", pcid="C260120044918",
                 svcs=[svc(D(2026, 1, 6), "97161", 1, ("GP",)), svc(D(2026, 1, 6), "97110", 2, ("GP",)),
                       svc(D(2026, 1, 13), "97530", 2, ("GP", "CQ")), svc(D(2026, 1, 13), "97140", 1, ("GP",))]),
            dict(pat="NAKAMURA-REYES, SOL", cid="OLT88433", pcid="C260120045002",
                 svcs=[svc(D(2026, 1, 8), "92523", 1, ("GN",)), svc(D(2026, 1, 15), "92507", 1, ("GN",)),
                       svc(D(2026, 1, 15), "92526", 1, ("GN",), denied="CO")])]
    adjd = [dict(pat="FENWICK, OTTILIE", cid="OLT87105", pcid="C251215030771", svcs=rev),
            dict(pat="FENWICK, OTTILIE", cid="OLT87105", pcid="C260121050066", svcs=repl)]
    for c in paid + adjd[1:]:
        for s in c["svcs"]:
            medicaid(s, deny_reason="119")
    X = [36, 96, 150, 178, 250, 320, 385, 450]

    def header():
        doc.row([(X[0], "FROM DOS", "l"), (X[1], "PROC/MOD", "l"), (X[2], "UNT", "l"), (X[3] + 50, "CHARGED", "r"),
                 (X[4] + 50, "ALLOWED", "r"), (X[5] + 45, "PAID", "r"), (X[6] + 10, "CARC", "l")])

    def row(s, c):
        code = s.code + " " + " ".join(s.mods)
        vals = [money(s.billed, ","), money(s.allowed, ","), money(s.paid, ",")]
        adj = adj_str(s.adjs) if s.adjs else ""
        cells = [(X[0], dfmt(s.dos, "mdy4"), "l"), (X[1], code, "l"), (X[2], units_str(s.units), "l"),
                 (X[3] + 50, vals[0], "r"), (X[4] + 50, vals[1], "r"), (X[5] + 45, vals[2], "r"),
                 (X[6] + 10, adj, "l")]
        toks = [dfmt(s.dos, "mdy4"), code] + vals + ([adj] if adj else [])
        return cells, toks, {"adjustments": [list(a) for a in s.adjs]}

    def head(c):
        return [f"TCN: {c['pcid']}   MEMBER: {c['pat']}   PAT CTL #: {c['cid']}"]

    def totals(c, t):
        doc.row([(X[0], "CLAIM TOTALS", "l"), (X[3] + 50, money(t["billed"], ","), "r"),
                 (X[4] + 50, money(t["allowed"], ","), "r"), (X[5] + 45, money(t["paid"], ","), "r")])
        return {k: v for k, v in tdict(t).items() if k != "patient_owes"}
    pr = ("billed", "allowed", "paid")
    doc.text(36, "*** PAID CLAIMS ***")
    build(doc, ctx, paid, head, header, row, pr, totals)
    doc.text(36, "*** ADJUSTED CLAIMS ***  (ORIGINAL REVERSED, REPLACEMENT PAID)")
    build(doc, ctx, adjd, head, header, row, pr, totals)
    allc = paid + adjd
    gt = sum((total(c["svcs"], "paid") for c in allc), ZERO)
    doc.text(36, f"TOTAL PAYMENT THIS RA: {money(gt, ',')}")
    legend = [("CO-45", "Billed above the plan's Medicaid fee; write off the difference."),
              ("CO-119", "Benefit limit for this service has been used for the period.")]
    doc.text(36, "ADJUSTMENT REASON CODES")
    for k, v in legend:
        doc.text(36, f"{k}  {v}")
    return doc, render_rl, ctx, legend, "Medicaid managed-care remittance advice"


# ----------------------------------------------------------------------------------------------- d1

def lay_d1():
    doc = Doc(landscape=True, font="Courier", size=6.8, lead=10.5, top=36, bottom=40)
    ctx = Ctx()
    banner = ["MEDICARE PART B  -  STANDARD PAPER REMIT (REFORMATTED FROM 835 BY CLEARPATH EDI SERVICES)",
              "PROVIDER #: 1999000733   SILVERBIRCH REHAB ASSOCIATES   CHECK/EFT #: 0000419927   DATE: 01/16/2026"]
    furniture(doc, banner)
    doc.gap()
    st = PlanState(ded_left=Decimal("25.00"))
    names = [("LINDQVIST, HAROLD", "1EG4TE5MK73", "SRA-20061", "2226011504170"),
             ("OYELARAN, BEATRIX", "2FH5UF6NL84", "SRA-20088", "2226011504171"),
             ("DOUCETTE, AMBROSE", "3GJ6VG7PM95", "SRA-20102", "2226011504172")]
    claims = []
    for i, (pat, hic, acct, icn) in enumerate(names):
        sv = [svc(D(2026, 1, 2 + i), "97161" if i != 1 else "97165", 1, ("GP",) if i != 1 else ("GO",))]
        for d in (5, 7, 9, 12, 14, 16):
            m = ("GP", "KX") if i != 1 else ("GO",)
            sv += [svc(D(2026, 1, d + (i % 2)), "97110" if i != 1 else "97530", 2, m),
                   svc(D(2026, 1, d + (i % 2)), "97140" if i != 1 else "97535", 1, m)]
        claims.append(dict(pat=pat, cid=acct, pcid=icn, hic=hic, svcs=sv))
    for c in claims:
        for s in c["svcs"]:
            medicare(s, st)
    X = [36, 36, 106, 126, 146, 180, 225, 285, 340, 395, 450, 462]

    def header():
        doc.row([(X[1], "SERV DATE", "l"), (X[2], "POS", "l"), (X[3], "NOS", "l"),
                 (X[4], "PROC", "l"), (X[5], "MODS", "l"), (X[6] + 50, "BILLED", "r"), (X[7] + 50, "ALLOWED", "r"),
                 (X[8] + 50, "DEDUCT", "r"), (X[9] + 50, "COINS", "r"), (X[10] + 50, "PROV PD", "r"),
                 (X[11] + 50, "GRP/RC-AMT", "l")])

    def row(s, c):
        mods = " ".join(s.mods)
        vals = [money(s.billed, ""), money(s.allowed, ""), money(s.deductible, ""), money(s.coinsurance, "")]
        adj = adj_str(s.adjs)
        cells = [(X[1], dfmt(s.dos, "mdy6") + " " + dfmt(s.dos, "mdy6"), "l"),
                 (X[2], "11", "l"), (X[3], units_str(s.units), "l"), (X[4], s.code, "l"), (X[5], mods, "l")] + \
            [(X[6 + i] + 50, v, "r") for i, v in enumerate(vals)] + [(X[10] + 50, money(s.paid, ""), "r"),
                                                                     (X[11] + 50, adj, "l")]
        return cells, [dfmt(s.dos, "mdy6"), s.code, mods, adj, money(s.paid, "")] + vals, \
            {"adjustments": [list(a) for a in s.adjs]}

    def after(c):
        pass

    def head(c):
        return [f"NAME {c['pat']}   HIC {c['hic']}   ACNT {c['cid']}   ICN {c['pcid']}   ASG Y   MOA MA01",
                "PERF PROV 1999004411"]

    def totals(c, t):
        t2 = tot(c["svcs"], ("billed", "allowed", "deductible", "coinsurance", "paid"))
        doc.row([(X[0], "PT RESP " + money(total(c["svcs"], "owes"), ""), "l"), (X[4], "CLAIM TOTALS", "l")] +
                [(X[6 + i] + 50, money(t2[k], ""), "r") for i, k in enumerate(["billed", "allowed", "deductible",
                                                                               "coinsurance"])] +
                [(X[10] + 50, money(t2["paid"], ""), "r")])
        return {k: v for k, v in tdict(t).items()}
    build(doc, ctx, claims, head, header, row, ("billed", "allowed", "deductible", "coinsurance", "paid"), totals,
          cont_fn=lambda c: banner[0])
    return doc, render_rl, ctx, [], "clearinghouse Medicare standard paper remit"


# ----------------------------------------------------------------------------------------------- d2

def lay_d2():
    doc = Doc(font="LibNarrow", size=8, lead=11)
    ctx = Ctx()
    furniture(doc, ["TheraLedger PM  -  Payment Posting Report (ERA)", "Practice: Wrenfield Pediatric OT & Speech, 77 Alder Row, Sunport, NM 87590",
                    "Payer: Blue Mesa Health Plan   ERA trace: 1BM260126000381   Deposit date 01/26/2026   Run by: jmarsh"])
    doc.gap()
    st = PlanState(ded_left=Decimal("30.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.80"))
    pts = [("Ingram, Coraline", "WPO-004211", "BM9001447310"), ("Ingram, Jasper", "WPO-004212", "BM9001447311"),
           ("Velasquez, Odile", "WPO-004390", "BM9001447388"), ("Thackeray, Rune", "WPO-004455", "BM9001447402")]
    codes = [[("97166", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO",))],
             [("92523", 1, ("GN",)), ("92507", 1, ("GN",))],
             [("97530", 3, ("GO", "59")), ("97112", 1, ("GO",)), ("97168", 1, ("GO",)), ("97150", 1, ("GO",))],
             [("92507", 1, ("GN",)), ("97533", 2, ("GO",))]]
    claims = []
    for i, (pat, acct, ref) in enumerate(pts):
        sv = [svc(D(2026, 1, 6 + i * 2), c, u, m) for c, u, m in codes[i]]
        claims.append(dict(pat=pat, cid=acct, pcid=ref, svcs=sv))
    for c in claims:
        for s in c["svcs"]:
            if s.code == "97533":
                s.denied = "CO"
            commercial(s, st, deny_reason="197")
    X = [36, 100, 170, 200, 255, 305, 350, 395, 470, 530]

    def header():
        doc.row([(X[0], "DOS", "l"), (X[1], "CPT-Mod", "l"), (X[2], "Units", "l"), (X[3] + 40, "Chg", "r"),
                 (X[4] + 40, "Allow", "r"), (X[5] + 35, "Ded", "r"), (X[6] + 35, "Coins", "r"),
                 (X[7] + 5, "Adj (grp-rc)", "l"), (X[9] + 40, "Pmt", "r")])

    def row(s, c):
        code = "-".join((s.code,) + s.mods)
        vals = [money(s.billed, ","), money(s.allowed, ","), money(s.deductible, ","), money(s.coinsurance, ",")]
        adj = adj_str(s.adjs)
        cells = [(X[0], dfmt(s.dos, "mdy4"), "l"), (X[1], code, "l"), (X[2], units_str(s.units), "l"),
                 (X[3] + 40, vals[0], "r"), (X[4] + 40, vals[1], "r"), (X[5] + 35, vals[2], "r"),
                 (X[6] + 35, vals[3], "r"), (X[7] + 5, adj, "l"), (X[9] + 40, money(s.paid, ","), "r")]
        return cells, [dfmt(s.dos, "mdy4"), code, adj, money(s.paid, ",")] + vals, \
            {"adjustments": [list(a) for a in s.adjs]}

    def head(c):
        return [f"Patient: {c['pat']}     Acct: {c['cid']}     Payer Ref: {c['pcid']}     Status: 1 - Primary"]

    def totals(c, t):
        doc.row([(X[0], "Claim totals", "l"), (X[3] + 40, money(t["billed"], ","), "r"),
                 (X[4] + 40, money(t["allowed"], ","), "r"), (X[9] + 40, money(t["paid"], ","), "r")])
        return {k: v for k, v in tdict(t).items() if k != "patient_owes"}
    build(doc, ctx, claims, head, header, row, ("billed", "allowed", "deductible", "coinsurance", "paid"), totals)
    gt = sum((total(c["svcs"], "paid") for c in claims), ZERO)
    doc.text(36, f"Batch total posted: {money(gt, '$')}    Claims: {len(claims)}    Unapplied: $0.00")
    doc.text(36, "Printed 01/26/2026 4:12 PM   TheraLedger PM v9.3   Page 1")
    return doc, render_fpdf, ctx, [], "practice-management ERA payment posting report"


# ----------------------------------------------------------------------------------------------- e1

def lay_e1():
    doc = Doc(font="DejaVuSerif", size=7.5, lead=11.5)
    ctx = Ctx()
    furniture(doc, ["Meadowlark Therapy Center", "1180 Prospect Bend, Suite 4, Harwell, KS 66870   (785) 555-0161",
                    "STATEMENT                         Statement date: 02/02/2026     Account (guarantor): G-20774",
                    "Bill to: Anselm Rutherford-Quist, 36 Linden Path, Harwell KS 66871",
                    "Amount due: see balance below. Please detach and return the lower portion with payment."])
    doc.gap()
    st = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.80"))
    fam = [("Anselm Rutherford-Quist", "V-118820", "AET-55810024"),
           ("Imogen Rutherford-Quist", "V-118844", "AET-55810117"),
           ("Theo Rutherford-Quist", "V-118871", "AET-55810290")]
    codes = [[(D(2026, 1, 6), "97161", 1, ("GP",)), (D(2026, 1, 6), "97110", 2, ("GP",))],
             [(D(2026, 1, 8), "97166", 1, ("GO",)), (D(2026, 1, 8), "97530", 2, ("GO",)),
              (D(2026, 1, 15), "97530", 2, ("GO",)), (D(2026, 1, 15), "97112", 1, ("GO",))],
             [(D(2026, 1, 9), "92523", 1, ("GN",)), (D(2026, 1, 16), "92507", 1, ("GN",))]]
    claims = []
    for (pat, visit, clm), cc in zip(fam, codes):
        sv = [svc(d, c, u, m) for d, c, u, m in cc]
        for s in sv:
            commercial(s, st)
        claims.append(dict(pat=pat, cid=visit, pcid=clm, svcs=sv))
    X = [36, 92, 250, 320, 380, 440, 510, 570]

    def header():
        doc.row([(X[0], "Date", "l"), (X[1], "Description", "l"), (X[2] + 45, "Charges", "r"),
                 (X[3] + 45, "Ins Pd", "r"), (X[4] + 45, "Adj", "r"), (X[5] + 45, "Pt Resp", "r")])

    def row(s, c):
        code = s.code + " " + " ".join(s.mods)
        vals = [money(s.billed, ","), money(s.paid, ","), money(s.discount, ","), money(s.owes, ",")]
        cells = [(X[0], dfmt(s.dos, "mdy2"), "l"), (X[1], f"{code} {s.desc[:26]}", "l")] + \
            [(X[2 + i] + 45, v, "r") for i, v in enumerate(vals)]
        return cells, [dfmt(s.dos, "mdy2"), code] + vals, {}

    def head(c):
        return [f"Patient: {c['pat']}   Visit #: {c['cid']}   Billed to Aetheria Health, claim {c['pcid']}"]

    def totals(c, t):
        doc.row([(X[1], "Visit totals", "l"), (X[2] + 45, money(t["billed"], ","), "r"),
                 (X[3] + 45, money(t["paid"], ","), "r"), (X[5] + 45, money(t["owes"], ","), "r")])
        return {k: v for k, v in tdict(t).items() if k != "allowed"}
    build(doc, ctx, claims, head, header, row, ("billed", "discount", "paid", "patient_owes"), totals, units=False)
    tot_owed = sum((total(c["svcs"], "owes") for c in claims), ZERO)
    doc.text(36, f"Payment received 01/20/2026 - thank you            -25.00")
    doc.text(36, f"BALANCE DUE: {money(tot_owed - Decimal('25.00'), '$')}     Due by 02/20/2026")
    doc.text(36, "We accept cash, check, and cards. Payment plans available: ask at the front desk.")
    return doc, render_fpdf, ctx, [], "therapy clinic family statement"


# ----------------------------------------------------------------------------------------------- e2

def lay_e2():
    doc = Doc(font="Helvetica", size=8, lead=15, bottom=340)
    doc.footer = ["- - - - - - - - - - - - - - - - detach and return with payment - - - - - - - - - - - - - - - -",
                  "Guarantor: Philippa Ostrander-Mbeki   Guarantor no. 6602145   Amount enclosed: $__________",
                  "Make checks payable to St. Barnaby Regional Medical Center. Card payments: 802-555-0177."]
    ctx = Ctx()
    furniture(doc, ["ST. BARNABY REGIONAL MEDICAL CENTER  -  Outpatient Rehabilitation Services",
                    "Patient Financial Services, PO Box 8802, Calder Falls, VT 05970",
                    "FAMILY STATEMENT     Statement date: Feb 2, 2026     Guarantor: Philippa Ostrander-Mbeki",
                    "Guarantor no. 6602145      Insurance: Green Hollow Health (primary)"])
    doc.gap()
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.70"))
    fam = [("Philippa Ostrander-Mbeki", "HB40017752", "GH-2026-0117-4408"),
           ("Caspian Ostrander-Mbeki", "HB40017790", "GH-2026-0121-5120"),
           ("Wren Ostrander-Mbeki", "HB40017811", "GH-2026-0124-6631")]
    codes = [[(D(2026, 1, 5), "97163", 1, ("GP",)), (D(2026, 1, 5), "97110", 2, ("GP",)),
              (D(2026, 1, 7), "97140", 2, ("GP",)), (D(2026, 1, 7), "97110", 1, ("GP",)),
              (D(2026, 1, 12), "97112", 2, ("GP",)), (D(2026, 1, 12), "G0283", 1, ("GP",)),
              (D(2026, 1, 14), "97116", 2, ("GP",)), (D(2026, 1, 14), "97110", 2, ("GP",))],
             [(D(2026, 1, 8), "97167", 1, ("GO",)), (D(2026, 1, 8), "97530", 2, ("GO",)),
              (D(2026, 1, 13), "97530", 3, ("GO",)), (D(2026, 1, 13), "97535", 1, ("GO",)),
              (D(2026, 1, 15), "97760", 1, ("GO",)), (D(2026, 1, 15), "L3807", 1, ("RT",)),
              (D(2026, 1, 20), "97530", 2, ("GO",)), (D(2026, 1, 22), "97530", 2, ("GO",)),
              (D(2026, 1, 22), "97168", 1, ("GO",))],
             [(D(2026, 1, 9), "92523", 1, ("GN",)), (D(2026, 1, 16), "92507", 1, ("GN",)),
              (D(2026, 1, 23), "92507", 1, ("GN",)), (D(2026, 1, 23), "92526", 1, ("GN",)),
              (D(2026, 1, 30), "92507", 1, ("GN",))]]
    claims = []
    for (pat, acct, clm), cc in zip(fam, codes):
        sv = [svc(d, c, u, m) for d, c, u, m in cc]
        for s in sv:
            commercial(s, st)
        claims.append(dict(pat=pat, cid=acct, pcid=clm, svcs=sv))
    X = [36, 100, 270, 330, 350, 420, 490, 560]

    def header():
        doc.row([(X[0], "Date of Service", "l"), (X[1], "Description", "l"), (X[2], "CPT/HCPCS", "l"),
                 (X[3] + 15, "Qty", "r"), (X[4] + 45, "Charges", "r"), (X[5] + 45, "Ins. Payments", "r"),
                 (X[6] + 45, "Adjustments", "r"), (X[7] + 15, "Balance", "r")])

    def row(s, c):
        code = s.code + " " + " ".join(s.mods)
        vals = [money(s.billed, ","), money(-s.paid, ",", "trail"), money(-s.discount, ",", "trail"),
                money(s.owes, ",")]
        cells = [(X[0], dfmt(s.dos, "mon"), "l"), (X[1], s.desc[:30], "l"), (X[2], code, "l"),
                 (X[3] + 15, units_str(s.units), "r")] + [(X[4 + i] + 45 if i < 3 else X[7] + 15, v, "r")
                                                         for i, v in enumerate(vals)]
        return cells, [dfmt(s.dos, "mon"), code] + vals, {"description": True}

    def head(c):
        return [f"Patient: {c['pat']}    Account: {c['cid']}    Insurance claim: {c['pcid']}"]

    def totals(c, t):
        printed_billed = t["billed"]
        if c["cid"] == "HB40017790":  # PLANTED: the printed charge total is $95.00 higher than the lines
            printed_billed = t["billed"] + Decimal("95.00")
            ctx.findings.append({"kind": "claim_total_mismatch", "claim_id": c["cid"], "payer_claim_id": c["pcid"],
                                 "field": "billed", "printed": str(q(printed_billed)), "lines_sum": str(q(t["billed"]))})
        doc.row([(X[1], "Account totals", "l"), (X[4] + 45, money(printed_billed, ","), "r"),
                 (X[5] + 45, money(-t["paid"], ",", "trail"), "r"), (X[7] + 15, money(t["owes"], ","), "r")])
        return {"billed": str(q(printed_billed)), "paid": str(q(-t["paid"])) if False else str(q(t["paid"])),
                "patient_owes": str(q(t["owes"]))}
    build(doc, ctx, claims, head, header, row, ("billed", "discount", "paid", "patient_owes"), totals,
          units=True, description=True, cont_fn=lambda c: f"{c['pat']} (continued)")
    due = sum((total(c["svcs"], "owes") for c in claims), ZERO)
    doc.text(36, f"TOTAL FAMILY BALANCE DUE: {money(due, '$')}")
    doc.text(36, "Insurance payments and adjustments are shown with a trailing minus. Call 802-555-0177 with questions.")
    return doc, render_rl, ctx, [], "hospital outpatient-rehab family statement"


LAYOUTS = {"h103_a1_commercial_pos_eob": lay_a1, "h103_a2_commercial_hdhp_eob": lay_a2,
           "h103_b1_medicare_msn": lay_b1, "h103_b2_medicare_advantage_eob": lay_b2,
           "h103_c1_medicaid_ra": lay_c1, "h103_c2_medicaid_mco_ra": lay_c2,
           "h103_d1_clearinghouse_spr": lay_d1, "h103_d2_pm_posting_report": lay_d2,
           "h103_e1_clinic_family_statement": lay_e1, "h103_e2_hospital_family_statement": lay_e2}


def write_all(out: Path) -> None:
    for name, fn in LAYOUTS.items():
        doc, render, ctx, legend, desc = fn()
        pdf = out / f"{name}.pdf"
        finalize(doc)
        render(doc, pdf)
        producer = "reportlab" if render is render_rl else "fpdf2"
        write_truth(pdf, name, producer, len(doc.pages), desc, ctx.lines, ctx.claims, legend, ctx.findings)
        (out / f"{name}.pdf.tokens.json").unlink(missing_ok=True)
        TOKENS[name] = ctx.tokens


TOKENS: dict = {}


def check(out: Path) -> int:
    import pdfplumber
    bad = 0
    for name in LAYOUTS:
        pdf = out / f"{name}.pdf"
        tr = json.loads(Path(str(pdf) + ".truth.json").read_text())
        with pdfplumber.open(pdf) as p:
            pages = [pg.extract_text() or "" for pg in p.pages]
        if len(pages) != tr["pages"]:
            print(name, "page count", len(pages), tr["pages"]); bad += 1
        doc_text = "\n".join(pages)
        for row, (pno, toks) in zip(tr["lines"], TOKENS[name]):
            assert row["page"] == pno
            lines = pages[pno - 1].splitlines()
            # truth values themselves (formatted by the layout) must sit on one text line with the code
            if not any(row["code"] in ln and all(t in ln for t in toks) for ln in lines):
                print(name, "row not on one line", row["service_date"], row["code"], toks); bad += 1
            if row["units"] is not None and not any(row["code"] in ln and toks[0] in ln and
                                                    any(w.lstrip("x").rstrip("0").rstrip(".") == row["units"]
                                                        or w.lstrip("x") == row["units"] for w in ln.split())
                                                    for ln in lines):
                print(name, "units not on line", row["code"], row["units"]); bad += 1
            for m in row["modifiers"]:
                if not any(row["code"] in ln and m in ln for ln in lines):
                    print(name, "modifier", m); bad += 1
            for g, c, a in row["adjustments"]:
                if not any(row["code"] in ln and f"{g}-{c}" in ln and money(Decimal(a), "").lstrip("-") in ln
                           for ln in lines):
                    print(name, "adj", g, c, a); bad += 1
            for r in row["remarks"]:
                if not any(row["code"] in ln and r in ln.split() for ln in lines):
                    print(name, "remark", r); bad += 1
            if row["adjustments"] and row["billed"] is not None and row["paid"] is not None:
                s = sum((Decimal(a) for _, _, a in row["adjustments"]), ZERO)
                if Decimal(row["billed"]) - s != Decimal(row["paid"]):
                    print(name, "billed-adj!=paid", row); bad += 1
            for k in ("billed", "allowed", "paid", "patient_owes"):
                v = row[k]
                if v is not None and not any(money(Decimal(v), f).replace("-", "") in ln.replace("-", "").replace(
                        "(", "").replace(")", "") for f in ("$", ",", "") for ln in lines):
                    print(name, "amount", k, v); bad += 1
        for c in tr["claims"]:
            for k in ("claim_id", "payer_claim_id", "patient"):
                if c[k] is not None and c[k] not in doc_text:
                    print(name, "id missing", k, c[k]); bad += 1
            rows = [r for r in tr["lines"] if r["claim_id"] == c["claim_id"] and r["payer_claim_id"] == c["payer_claim_id"]]
            planted = {f["field"] for f in tr["expected_findings"] if f["claim_id"] == c["claim_id"]}
            for k, v in c["totals"].items():
                if all(r[k] is None for r in rows):
                    continue  # a claim-level total the lines do not carry (e.g. PT RESP on a remit)
                ssum = sum((Decimal(r[k]) for r in rows if r[k] is not None), ZERO)
                if (Decimal(v) != ssum) != (k in planted):
                    print(name, "claim total", c["claim_id"], k, v, ssum); bad += 1
                if not any(money(Decimal(v), f) in doc_text for f in ("$", ",", "")):
                    print(name, "total not printed", k, v); bad += 1
        spans = sum(1 for c in tr["claims"] if len({r["page"] for r in tr["lines"] if r["claim_id"] == c["claim_id"]
                                                   and r["payer_claim_id"] == c["payer_claim_id"]}) > 1)
        print(f"{name}: {len(tr['lines'])} lines, {tr['pages']} pages, {len(tr['claims'])} claims, "
              f"{spans} claim(s) across a page break")
    print("CHECK", "OK" if not bad else f"FAILED ({bad})")
    return 1 if bad else 0


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "--check"]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout103_"))
    if (REPO / "samples") in out.resolve().parents or out.resolve() == REPO / "samples":
        print("refusing to write under samples/"); return 2
    out.mkdir(parents=True, exist_ok=True)
    write_all(out)
    print("wrote", out)
    return check(out) if "--check" in sys.argv else 0


if __name__ == "__main__":
    sys.exit(main())
