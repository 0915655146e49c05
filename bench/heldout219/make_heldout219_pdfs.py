"""Write the held-out set 219 of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on ten documents of the five commonest real kinds (two each), in house styles
unlike the earlier sets.

Run:  python bench/heldout219/make_heldout219_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout219/make_heldout219_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (done by someone else, once)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth, ``<name>.pdf.truth.json``), printed
values only, null for what a layout does not print (units null where no quantity is printed); claim_id = the
provider's own account / patient-control / visit / medical-record number, payer_claim_id = the payer's claim
number / ICN / TCN / claim control number, patient exactly as printed (the person who got the service, not the
subscriber or guarantor). Adjustments only where a group + reason code is printed on the line. Every name,
number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic output
(reportlab invariant=1, fpdf2 fixed creation date, no randomness). Helper: h219draw.py (one drawing API over
reportlab and fpdf2).

Layouts:
  h219_cm_cedarline         commercial member EOB for a family of three, portrait Liberation Serif: summary table
      by family member, shaded "Claim for <name> (Daughter)" bands with claim no. and "Your provider's account no."
      (missing on one claim), "Date(s) of service / Service / Qty / Billed charges / Provider discount / Ineligible
      / Deductible / Copay / Coinsurance / Plan paid / Your total share / Reason" under a "What you pay" group
      heading, code with modifiers in parentheses "97140 (GP, 59)", description wrapped under the code, "-" for
      zero, non-covered laser line, a 17-line claim continued on page 2, reason-code legend (reportlab)
  h219_cm_union_fund        union health and welfare fund member EOB, landscape DejaVu Sans Mono: participant
      banner, "PATIENT / RELATIONSHIP / CLAIM NO" and "PROVIDER / PAT ACCT NO" claim lines, "SERV DATE PROC MOD
      UNITS AMOUNT CLAIMED / AMOUNT NOT ALLOWED / RSN / AMOUNT ALLOWED / DEDUCTIBLE / CO-INS / PLAN PAYMENT /
      EMPLOYEE RESP / DESCRIPTION", dates "01-05-26", units "2.0", truncated upper-case descriptions, four family
      members, excluded line, claim continued with "(CONTINUED)"; PLANTED wrong EMPLOYEE RESP claim total (fpdf2)
  h219_msn_partb            Medicare Summary Notice Part B, portrait DejaVu Sans: address and deductible boxes,
      "Service Dates: January 5, 2026 - ..." claim bands with provider and Claim number, service cell
      "01/05/26 Manual therapy (97140-GP-KX)" wrapping the code onto a second line, Service Approved? / Amount
      Provider Charged / Medicare-Approved Amount / Medicare Paid Provider / Maximum You May Be Billed / See Notes
      Below, note letters "A, B, D", a "No" line, no units, no account numbers (fpdf2)
  h219_ma_hmopos            Medicare Advantage HMO-POS member EOB, portrait Liberation Sans Narrow: dark banner,
      two summary panels, provider-named claims with Claim number and (sometimes) "Your account with this
      provider", "Date of service / Service you received / Code / Units / Provider's charge / Plan's approved
      amount / Plan paid / You owe / Note", "Jan 6, 2026", long wrapped descriptions, $20 copay once per visit day,
      orthosis at $0 share, denied out-of-network claim; one member (reportlab)
  h219_mcd_portal_ra        state Medicaid remittance advice printed from a provider portal, landscape Liberation
      Sans: shaded claim bands "Claim Status / Beneficiary / Medicaid ID / ICN / Patient Acct #", "Ln / Svc From /
      Svc To / Procedure / Mod 1 / Mod 2 / Units / Billed / Allowed / TPL / Copay / Paid / Grp / Adj Rsn / Adj Amt /
      Remark", units "4.00", a denied claim, an ADJUSTED - CREDIT claim with leading-minus amounts and its
      ADJUSTED - DEBIT replacement, code legend (reportlab)
  h219_mcd_spenddown        medical assistance provider remittance statement, portrait Liberation Mono: "TCN ...
      MEMBER ... MEMBER NO ... MED REC NO" claim lines, "LN SVC-FROM SVC-TO PROC-MOD QTY CHARGE ALLOWED SPNDWN
      OTH-INS PAID EOB", CCYYMMDD dates, "97129-GO-59", units "2.0", spenddown collected from the recipient on the
      first lines, units-cap EOB, a denied group line, a claim continued with "** CONTINUED **" and the header
      reprinted, EOB code descriptions (fpdf2)
  h219_remit_clearinghouse  clearinghouse-formatted Medicare Part B remittance, landscape core Helvetica: boxed
      claim heads "Patient / Patient Control # / Payer Claim Control # / Member ID / Claim Status", "Svc Date / POS
      / Procedure / Modifiers / Units / Charge / Allowed / Deductible / Coinsurance / Adjustments (Group-Reason
      Amount) / Paid / Remarks" with every adjustment in one cell ("CO-45 116.30 PR-2 14.74 CO-253 1.18"), a
      zero-pay deductible line, a denied line, claim totals plus a patient responsibility line (reportlab)
  h219_remit_pm_register    practice-management "Insurance Payment Register (ERA posting)" of a Medicare remit,
      landscape DejaVu Sans Mono: "PATIENT / ACCT# / CLAIM# / MBI" lines, "DOS CPT MOD QTY BILLED ALLOWED DEDUCT
      COINS GRP/RC ADJ AMT SEQ (253) PROV PD LEDGER", "CO45" glued, three modifiers "GP 59 KX", a CO97 bundled
      line, account number repeated on every row, one page (fpdf2)
  h219_stmt_clinic_family   therapy clinic family statement to a guarantor, portrait Liberation Sans: tear-off
      box with amount due, "Visit V-260112-04 - <patient> - billed to <insurer>, claim no. ..." heading rows, "Date
      / Patient (first name + initial) / Description (truncated) / CPT/Mod '97140-GP-59' / Units / Charges / Ins
      Paid / Ins Adj / Your Balance", three children, a non-covered laser line left to the family, a patient payment
      row, aging boxes (fpdf2)
  h219_stmt_hospital        hospital outpatient guarantor statement, portrait core Times with a grey right sidebar
      on every page (its text shares text lines with the table), boxed account heads "Patient / Account No. / Ins.
      claim #", "Date / Rev / CPT/HCPCS / Description / Qty / Charges", revenue codes 0420/0440/0274, charges only
      per line, account-level insurance payment and contractual rows with trailing-minus amounts, three family
      members, an account continued on page 2 (reportlab)

The self-check (--check) tests the factory, not the reader: the page count matches; every truth line's code,
modifiers, units, date, non-zero amounts, adjustment reason codes and amounts and remarks are found together on
ONE text row of its page (a row = a text line plus up to two following lines without money, for wrapped codes
and descriptions), each row used once; printed descriptions are on that row; claim ids and patients are in the
document; billed - adjustments = paid where every adjustment is printed; billed - discount - not covered -
deductible - copay - coinsurance = paid where all are printed; printed claim totals equal the sum of their lines
except the planted mismatch, which really mismatches; at least three files have a claim crossing a page break;
both producers are present.
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

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    FIXED_WHEN,
    LONG_DESC,
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
from h219draw import Doc  # noqa: E402

D = date


def svcs(spec: str, dos: date) -> list[Svc]:
    """'97530:3:GO,59 97110:2:GP 0552T:1::PR' -> services on one date ('::PR' / '::CO' marks a denial)."""
    out = []
    for item in spec.split():
        parts = item.split(":") + ["", "", ""]
        code, units, mods, den = parts[0], parts[1] or "1", parts[2], parts[3]
        out.append(Svc(dos, code, Decimal(units), tuple(m for m in mods.split(",") if m), denied=den or None))
    return out


class Flow:
    """Page flow: y cursor, a furniture callback for each new page, a bottom limit."""

    def __init__(self, doc: Doc, furniture, bottom: float):
        self.doc, self.furniture, self.bottom = doc, furniture, bottom
        self.y = 0.0
        self.cont = None  # callback drawing a continuation heading + column header after a break

    @property
    def page(self) -> int:
        return self.doc.pages

    def start(self) -> None:
        self.doc.new_page()
        self.y = self.furniture(self)

    def need(self, h: float) -> bool:
        if self.y + h <= self.bottom:
            return False
        self.doc.new_page()
        self.y = self.furniture(self)
        if self.cont:
            self.cont(self)
        return True


@dataclass
class Col:
    key: str
    head: str  # '|' separates header lines
    w: float
    align: str = "r"


def head_row(doc: Doc, x0: float, y: float, cols: list[Col], size: float, bold: bool = True,
             fill: float | None = None, box: bool = False, lead: float | None = None) -> float:
    lines = max(len(c.head.split("|")) for c in cols)
    lead = lead or size + 1.5
    h = lines * lead + 4
    if fill is not None or box:
        doc.rect(x0, y, sum(c.w for c in cols), h, fill=fill, stroke=box)
    doc.font(size, bold)
    x = x0
    for c in cols:
        parts = c.head.split("|")
        for i, p in enumerate(parts):
            yy = y + (lines - len(parts) + i + 1) * lead
            if c.align == "r":
                doc.text(x + c.w - 3, yy, p, "r")
            elif c.align == "c":
                doc.text(x + c.w / 2, yy, p, "c")
            else:
                doc.text(x + 3, yy, p)
        x += c.w
    return y + h


def row(doc: Doc, x0: float, y: float, cols: list[Col], vals: dict, size: float, bold: bool = False) -> None:
    doc.font(size, bold)
    x = x0
    for c in cols:
        v = vals.get(c.key, "")
        if v:
            if c.align == "r":
                doc.text(x + c.w - 3, y, v, "r")
            elif c.align == "c":
                doc.text(x + c.w / 2, y, v, "c")
            else:
                doc.text(x + 3, y, v)
        x += c.w


def grid(doc: Doc, x0: float, y1: float, y2: float, cols: list[Col]) -> None:
    x = x0
    doc.vline(x, y1, y2, 0.4)
    for c in cols:
        x += c.w
        doc.vline(x, y1, y2, 0.4)


class Truth:
    def __init__(self):
        self.lines: list = []
        self.claims: list = []
        self.findings: list = []

    def claim(self, claim_id, payer_claim_id, patient, **totals) -> None:
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": claim_totals(**totals)})


M = money


def zm(d: Decimal, style: str = ",", neg: str = "-", zero: str | None = None) -> str:
    if zero is not None and q(d) == 0:
        return zero
    return money(d, style, neg)


def render_twice(render, path: Path, *args):
    """Render once to count pages, then again with 'Page n of N' known."""
    tmp = Path(tempfile.mkdtemp()) / "count.pdf"
    _, doc = render(tmp, None, *args)
    n = doc.pages
    tmp.unlink()
    truth, doc = render(path, n, *args)
    assert doc.pages == n
    return truth, n


# =============================================================================================== L1
def render_c1(path: Path, npages):
    """Commercial member EOB, portrait, reportlab Liberation Serif."""
    doc = Doc("reportlab", path, False, "LibSerif")
    t = Truth()
    fam = [("Renata Okonkwo-Bale", "Self"), ("Tobias Okonkwo-Bale", "Spouse"), ("Lily Okonkwo-Bale", "Daughter")]
    st = {n: PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"),
                       copay_codes={"99213": Decimal("35.00")}) for n, _ in fam}
    claims = [
        (fam[2], "CL26-0104-88213", "HPT-55012", "Harborview Pediatric Therapy",
         [svcs("97165:1:GO", D(2026, 1, 5)), svcs("97530:3:GO 97535:1:GO", D(2026, 1, 8))]),
        (fam[1], "CL26-0109-90477", "BSR-210993", "Bridgeport Sports Rehab",
         [svcs("97161:1:GP 97110:2:GP", D(2026, 1, 6)), svcs("97110:2:GP 97140:2:GP,59 97112:1:GP", D(2026, 1, 9)),
          svcs("97110:3:GP 97140:1:GP,59 G0283:1:GP", D(2026, 1, 13)),
          svcs("97110:2:GP 97530:2:GP 0552T:1::PR", D(2026, 1, 16)),
          svcs("97110:2:GP 97140:2:GP,59", D(2026, 1, 20)), svcs("97530:3:GP 97112:1:GP", D(2026, 1, 23)),
          svcs("97110:2:GP 97140:2:GP,59 97530:1:GP", D(2026, 1, 27)), svcs("97110:3:GP 97112:1:GP,KX", D(2026, 1, 30))]),
        (fam[0], "CL26-0112-91830", None, "Northgate Family Medicine",
         [svcs("99213:1", D(2026, 1, 7))]),
        (fam[2], "CL26-0120-93308", "HPT-55107", "Harborview Pediatric Therapy",
         [svcs("97530:2:GO 97760:1:GO L3807:1:GO,RT", D(2026, 1, 15))]),
    ]
    reasons = {"A2": "Your plan's negotiated rate with this in-network provider was applied; you are not billed "
                     "for the provider discount.",
               "D1": "This amount counts toward your calendar-year deductible.",
               "K4": "Your plan's coinsurance share for outpatient rehabilitation.",
               "C7": "Office-visit copay for a primary care provider.",
               "X9": "Laser therapy is considered experimental under your plan; it is not covered and you may be "
                     "billed for it."}
    cols = [Col("dos", "Date(s) of|service", 54, "l"), Col("svc", "Service", 86, "l"), Col("qty", "Qty", 22, "c"),
            Col("billed", "Billed|charges", 48), Col("disc", "Provider|discount", 46), Col("inel", "Ineligible", 44),
            Col("ded", "Deductible", 44), Col("copay", "Copay", 34), Col("coins", "Coinsur-|ance", 38),
            Col("paid", "Plan|paid", 44), Col("owes", "Your total|share", 46), Col("rsn", "Reason", 32, "c")]
    x0 = 33

    def furniture(f: Flow) -> float:
        d = f.doc
        d.font(15, True)
        d.text(x0, 46, "CEDARLINE HEALTH PLAN")
        d.font(8)
        d.text(x0, 58, "PO Box 7741  -  Millbrook, OR 97499  -  Member Services 1-800-555-0163 (TTY 711)")
        d.font(11, True)
        d.text(579, 46, "Explanation of Benefits", "r")
        d.font(8)
        d.text(579, 58, "THIS IS NOT A BILL", "r")
        d.hline(x0, 579, 66, 1.2)
        d.font(8)
        d.text(x0, 78, "Subscriber: Renata Okonkwo-Bale     Member ID: CDL884102271     Group: 40188 Tillman Freight Co.")
        d.text(579, 78, f"Statement date: 02/02/2026   Page {f.page} of {npages or '?'}", "r")
        d.hline(x0, 579, 740, 0.4)
        d.font(7)
        d.text(x0, 752, "Keep this statement with your records. Questions about a claim? Call the number above or "
                        "write to us within 180 days.")
        d.text(x0, 762, "Form EOB-F 11/25   Cedarline Health Plan, 2000 Riverbend Way, Millbrook OR")
        return 94

    f = Flow(doc, furniture, 720)
    f.start()
    doc.font(10, True)
    doc.text(x0, f.y + 4, "Summary of claims processed for your family, January 2026")
    f.y += 12
    summ = [Col("who", "Family member", 150, "l"), Col("n", "Claims", 50, "c"), Col("b", "Billed charges", 90),
            Col("p", "Plan paid", 80), Col("o", "Your total share", 90)]
    # compute lines first
    flat = []
    for (who, rel), pcn, acct, prov, visits in claims:
        for v in visits:
            for s in v:
                commercial(s, st[who], deny_reason="204")
                flat.append((who, s))
    f.y = head_row(doc, x0, f.y, summ, 8, True, fill=0.88, box=True)
    for who, rel in fam:
        ss = [s for w, s in flat if w == who]
        n = sum(1 for c in claims if c[0][0] == who)
        f.y += 11
        row(doc, x0, f.y, summ, {"who": f"{who} ({rel})", "n": str(n), "b": M(total(ss, "billed")),
                                   "p": M(total(ss, "paid")), "o": M(total(ss, "owes"))}, 8)
    f.y += 20

    def claim_head(f: Flow, who, rel, pcn, acct, prov, cont=False):
        d = f.doc
        d.rect(x0, f.y, 546, 26, fill=0.93, stroke=False)
        d.font(9, True)
        d.text(x0 + 4, f.y + 11, f"Claim for {who} ({rel})" + ("  - continued" if cont else ""))
        d.font(8)
        d.text(x0 + 4, f.y + 22, f"Provider: {prov}" + (f"     Your provider's account no. {acct}" if acct else ""))
        d.font(8, True)
        d.text(575, f.y + 11, f"Claim no. {pcn}", "r")
        d.font(8)
        d.text(575, f.y + 22, "Processed 01/28/2026  In network", "r")
        f.y += 28
        hy = f.y
        f.y = head_row(d, x0, f.y, cols[:6] + [Col("grp", "", 0)] + cols[6:], 7, True, lead=8.5)
        d.font(6.5)
        d.text(x0 + sum(c.w for c in cols[:6]) + (44 + 34 + 38) / 2, hy + 1 + 6, "- What you pay -", "c")
        d.hline(x0, x0 + 546, f.y, 0.6)

    for (who, rel), pcn, acct, prov, visits in claims:
        f.need(80)
        claim_head(f, who, rel, pcn, acct, prov)
        f.cont = lambda f, a=(who, rel, pcn, acct, prov): claim_head(f, *a, cont=True)
        ss = [s for v in visits for s in v]
        for s in ss:
            f.need(22)
            f.y += 10
            rsn = "X9" if s.denied else ",".join(
                c for c, a in (("A2", s.discount), ("D1", s.deductible), ("C7", s.copay), ("K4", s.coinsurance)) if a)
            code = s.code + (f" ({', '.join(s.mods)})" if s.mods else "")
            row(doc, x0, f.y, cols, {"dos": dfmt(s.dos, "mdy4"), "svc": code, "qty": units_str(s.units),
                                     "billed": M(s.billed, ","), "disc": zm(s.discount, ",", zero="-"),
                                     "inel": zm(s.not_covered, ",", zero="-"), "ded": zm(s.deductible, ",", zero="-"),
                                     "copay": zm(s.copay, ",", zero="-"), "coins": zm(s.coinsurance, ",", zero="-"),
                                     "paid": M(s.paid, ","), "owes": M(s.owes, ","), "rsn": rsn}, 7.5)
            doc.font(6.5)
            for wl in doc.wrap(s.desc, 84)[:2]:
                f.y += 7.5
                doc.text(x0 + 57, f.y, wl)
            f.y += 2
            t.lines.append(truth_line(f.page, s, claim_id=acct, payer_claim_id=pcn, patient=who,
                                      printed=("billed", "discount", "not_covered", "deductible", "copay",
                                               "coinsurance", "paid", "patient_owes"),
                                      remarks=[r for r in rsn.split(",") if r]))
        f.cont = None
        f.need(16)
        doc.hline(x0, x0 + 546, f.y + 2, 0.4)
        f.y += 11
        row(doc, x0, f.y, cols, {"svc": "Claim totals", "billed": M(total(ss, "billed")),
                                 "disc": M(total(ss, "discount"), "$"), "inel": M(total(ss, "not_covered"), "$"),
                                 "ded": M(total(ss, "deductible"), "$"), "copay": M(total(ss, "copay"), "$"),
                                 "coins": M(total(ss, "coinsurance"), "$"), "paid": M(total(ss, "paid")),
                                 "owes": M(total(ss, "owes"))}, 7.5, True)
        t.claim(acct, pcn, who, billed=total(ss, "billed"), paid=total(ss, "paid"), patient_owes=total(ss, "owes"))
        f.y += 16
    f.need(90)
    doc.font(9, True)
    doc.text(x0, f.y + 4, "What the reason codes mean")
    f.y += 8
    for k, v in reasons.items():
        for i, wl in enumerate(doc.wrap(v, 490)):
            f.need(10)
            f.y += 9
            doc.font(7.5, i == 0 and False)
            if i == 0:
                doc.text(x0, f.y, k)
            doc.text(x0 + 30, f.y, wl)
    doc.save()
    return (t, reasons), doc


# =============================================================================================== L2
def render_c2(path: Path, npages):
    """Union health & welfare fund member EOB, landscape, fpdf2 DejaVu Sans Mono; planted total mismatch."""
    doc = Doc("fpdf2", path, True, "DVMono", FIXED_WHEN)
    t = Truth()
    sub = "DESMOND A. PELLETIER-RUIZ"
    fam = {"D": ("DESMOND A. PELLETIER-RUIZ", "EMPLOYEE"), "C": ("CORAL PELLETIER-RUIZ", "SPOUSE"),
           "N": ("NICO PELLETIER-RUIZ", "CHILD"), "A": ("ARIA PELLETIER-RUIZ", "CHILD")}
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85"))
    claims = [
        ("N", "26011-40217-00", "0087751", "KESTREL CHILD DEVELOPMENT CTR",
         [svcs("92523:1:GN", D(2026, 1, 6)), svcs("92507:1:GN", D(2026, 1, 13)), svcs("92507:1:GN", D(2026, 1, 20)),
          svcs("92507:1:GN 92526:1:GN", D(2026, 1, 27))]),
        ("A", "26011-40218-00", "0087790", "KESTREL CHILD DEVELOPMENT CTR",
         [svcs("97166:1:GO", D(2026, 1, 7)), svcs("97530:2:GO 97112:1:GO", D(2026, 1, 14)),
          svcs("97530:2:GO 97535:1:GO", D(2026, 1, 21)), svcs("97530:2:GO 97129:1:GO,59", D(2026, 1, 28))]),
        ("C", "26014-11873-00", "R-33019", "OAK HOLLOW ORTHOPEDIC & HAND",
         [svcs("99213:1:25 97760:1:GO L3807:1:GO,LT", D(2026, 1, 9)), svcs("97140:2:GO 97110:1:GO", D(2026, 1, 16)),
          svcs("97140:2:GO 97110:2:GO 0552T:1::CO", D(2026, 1, 23))]),
        ("D", "26020-05562-00", "R-33102", "OAK HOLLOW ORTHOPEDIC & HAND",
         [svcs("97163:1:GP", D(2026, 1, 12)), svcs("97110:3:GP 97140:1:GP,59 97116:1:GP", D(2026, 1, 19)),
          svcs("97110:2:GP 97116:2:GP 97530:1:GP", D(2026, 1, 26))]),
    ]
    planted = "26014-11873-00"
    cols = [Col("dos", "SERV DATE", 58, "l"), Col("proc", "PROC", 40, "l"), Col("mod", "MOD", 44, "l"),
            Col("units", "UNITS", 34), Col("claimed", "AMOUNT|CLAIMED", 60), Col("nall", "AMOUNT NOT|ALLOWED", 62),
            Col("rsn", "RSN", 34, "c"), Col("allowed", "AMOUNT|ALLOWED", 60), Col("ded", "DEDUCT-|IBLE", 52),
            Col("coins", "CO-INS", 48), Col("pay", "PLAN|PAYMENT", 60), Col("resp", "EMPLOYEE|RESP", 58),
            Col("desc", "DESCRIPTION", 126, "l")]
    x0 = 32
    W = sum(c.w for c in cols)

    def furniture(f: Flow) -> float:
        d = f.doc
        d.font(10, True)
        d.text(x0, 34, "IRONWORKERS & ALLIED TRADES HEALTH AND WELFARE FUND  -  LOCAL 418")
        d.font(7.5)
        d.text(x0, 45, "FUND OFFICE: 1180 FOUNDRY ROW, SUITE 300, CALDER CITY, PA 15999   PARTICIPANT SERVICES (412) 555-0148")
        d.font(10, True)
        d.text(x0 + W, 34, "EXPLANATION OF BENEFITS", "r")
        d.font(7.5)
        d.text(x0 + W, 45, f"PAGE {f.page} OF {npages or 0}", "r")
        d.hline(x0, x0 + W, 50, 0.8)
        d.text(x0, 61, f"PARTICIPANT: {sub}   SSN: XXX-XX-6621   PARTICIPANT ID: 418-0092274   EOB DATE: 02/03/26")
        d.text(x0, 71, "THIS IS NOT A BILL.  BENEFITS ARE PAID UNDER THE PLAN DOCUMENT IN EFFECT ON THE DATE OF SERVICE.")
        d.hline(x0, x0 + W, 75, 0.8)
        d.font(6.5)
        d.text(x0, 590, "ANY DIFFERENCE BETWEEN AMOUNT CLAIMED AND AMOUNT ALLOWED IS NOT YOUR RESPONSIBILITY WHEN RSN IS PN.  "
                        "APPEALS: WRITE TO THE BOARD OF TRUSTEES WITHIN 180 DAYS.")
        return 86

    def claim_head(f, key, clm, acct, prov, cont=False):
        who, rel = fam[key]
        d = f.doc
        d.font(7.5, True)
        d.text(x0, f.y + 8, f"PATIENT: {who}   RELATIONSHIP: {rel}   CLAIM NO: {clm}" + ("   (CONTINUED)" if cont else ""))
        d.font(7.5)
        d.text(x0, f.y + 18, f"PROVIDER: {prov}   PAT ACCT NO: {acct}   NETWORK: PPO - PARTICIPATING   RECEIVED: 01/30/26")
        f.y += 22
        f.y = head_row(d, x0, f.y, cols, 7, True, lead=8)
        d.hline(x0, x0 + W, f.y, 0.5)

    f = Flow(doc, furniture, 570)
    f.start()
    allc = []
    for key, clm, acct, prov, visits in claims:
        f.need(70)
        claim_head(f, key, clm, acct, prov)
        f.cont = lambda f, a=(key, clm, acct, prov): claim_head(f, *a, cont=True)
        ss = [s for v in visits for s in v]
        for s in ss:
            commercial(s, st, deny_reason="96")
            f.need(11)
            f.y += 10
            rsn = "EX" if s.denied else ("PN" if not s.deductible else "DD")
            row(doc, x0, f.y, cols, {"dos": dfmt(s.dos, "mdy2").replace("/", "-"), "proc": s.code,
                                     "mod": " ".join(s.mods), "units": units_str(s.units) + ".0",
                                     "claimed": M(s.billed, ","), "nall": M(s.discount + s.not_covered, ","),
                                     "rsn": rsn, "allowed": M(s.allowed, ","), "ded": M(s.deductible, ","),
                                     "coins": M(s.coinsurance, ","), "pay": M(s.paid, ","), "resp": M(s.owes, ","),
                                     "desc": s.desc.upper()[:26]}, 7)
            t.lines.append(truth_line(f.page, s, claim_id=acct, payer_claim_id=clm, patient=fam[key][0],
                                      printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                                      remarks=[rsn], description=False))
        f.cont = None
        owes = total(ss, "owes")
        shown = owes + Decimal("10.00") if clm == planted else owes
        if clm == planted:
            t.findings.append(f"claim-total-mismatch claim {clm}: printed EMPLOYEE RESP total {q(shown)} but the "
                              f"lines add up to {q(owes)}")
        f.need(14)
        doc.hline(x0 + 176, x0 + W - 126, f.y + 3, 0.4)
        f.y += 12
        row(doc, x0, f.y, cols, {"dos": "CLAIM TOTAL", "claimed": M(total(ss, "billed"), ","),
                                 "nall": M(total(ss, "discount") + total(ss, "not_covered"), ","),
                                 "allowed": M(total(ss, "allowed"), ","), "ded": M(total(ss, "deductible"), ","),
                                 "coins": M(total(ss, "coinsurance"), ","), "pay": M(total(ss, "paid"), ","),
                                 "resp": M(shown, ",")}, 7, True)
        t.claim(acct, clm, fam[key][0], billed=total(ss, "billed"), allowed=total(ss, "allowed"),
                paid=total(ss, "paid"), patient_owes=shown)
        allc += ss
        f.y += 14
    f.need(70)
    doc.font(7.5, True)
    doc.text(x0, f.y + 6, f"PAYMENT SUMMARY: TOTAL PLAN PAYMENT {M(total(allc, 'paid'))} PAID TO PROVIDERS BY CHECK/EFT 02/03/26")
    f.y += 12
    legend = {"PN": "AMOUNT ABOVE THE PPO NETWORK RATE; THE PROVIDER HAS AGREED NOT TO BILL YOU FOR IT.",
              "DD": "PART OR ALL OF THE ALLOWED AMOUNT WAS APPLIED TO THE CALENDAR-YEAR DEDUCTIBLE ($200 PER PERSON).",
              "EX": "SERVICE EXCLUDED BY THE PLAN (INVESTIGATIONAL); THE PROVIDER MAY NOT BILL YOU UNDER THE PPO AGREEMENT."}
    doc.font(7)
    for k, v in legend.items():
        f.y += 9
        doc.text(x0, f.y, f"RSN {k} - {v}")
    doc.save()
    return (t, legend), doc


# =============================================================================================== L3
def render_m1(path: Path, npages):
    """Medicare Summary Notice, Part B, portrait, fpdf2 DejaVu Sans."""
    doc = Doc("fpdf2", path, False, "DVSans", FIXED_WHEN)
    t = Truth()
    bene = "WINIFRED L. ACHTERBERG"
    st = PlanState(ded_left=Decimal("283.00"))
    claims = [
        ("Juniper Point Outpatient Rehabilitation", "22126-0140-98301",
         [svcs("97163:1:GP", D(2026, 1, 5)), svcs("97110:2:GP,KX 97140:1:GP,KX", D(2026, 1, 7)),
          svcs("97110:2:GP,KX 97112:1:GP,KX", D(2026, 1, 9)), svcs("97110:2:GP,KX 97116:1:GP,KX", D(2026, 1, 12)),
          svcs("97110:2:GP,KX 97140:1:GP,KX G0283:1:GP", D(2026, 1, 14)),
          svcs("97110:2:GP,KX 97530:1:GP,KX", D(2026, 1, 16))]),
        ("Meadowlark Family Physicians", "22126-0151-10772", [svcs("99213:1", D(2026, 1, 8))]),
        ("Juniper Point Outpatient Rehabilitation", "22126-0162-44318",
         [svcs("97110:2:GP,KX 97112:1:CQ,GP", D(2026, 1, 21)), svcs("97110:2:GP,KX 0552T:1::PR", D(2026, 1, 23))]),
    ]
    notes = {"A": "The amount Medicare paid the provider for this claim is 80% of the Medicare-approved amount, less "
                  "the 2% federal payment reduction.",
             "B": "This approved amount has been applied toward your deductible.",
             "C": "Medicare does not cover this service because it is not considered reasonable and necessary. You "
                  "may be billed for it because the provider gave you a written notice before the service.",
             "D": "Your provider told us therapy above the yearly threshold was medically necessary.",
             "E": "Part of this service was furnished by a therapy assistant; payment was reduced."}
    cols = [Col("svc", "Service Provided &|Billing Code", 198, "l"), Col("appr", "Service|Approved?", 50, "c"),
            Col("chg", "Amount|Provider|Charged", 64), Col("mapp", "Medicare-|Approved|Amount", 64),
            Col("mpd", "Medicare|Paid|Provider", 64), Col("max", "Maximum|You May Be|Billed", 64),
            Col("notes", "See|Notes|Below", 40, "c")]
    x0 = 36

    def furniture(f: Flow) -> float:
        d = f.doc
        d.font(13, True)
        d.text(x0, 44, "Medicare Summary Notice for Part B (Medical Insurance)")
        d.font(8)
        d.text(x0, 57, f"The Official Summary of Your Medicare Claims from the Medicare Program   {bene}")
        d.text(576, 44, f"Page {f.page} of {npages or 0}", "r")
        d.hline(x0, 576, 63, 1.5)
        d.font(7)
        d.text(x0, 770, "Be a smart Medicare shopper: compare this notice to the dates and services on your receipts. "
                        "Report anything you did not get.")
        return 76

    f = Flow(doc, furniture, 745)
    f.start()
    d = doc
    d.rect(x0, f.y, 260, 112, stroke=True)
    d.font(8)
    for i, s in enumerate([bene, "4418 CANTERWOOD LANE", "ELM FORGE, WI 53999", "",
                           "Medicare Number  XXX-XX-7306K", "Notice date  February 4, 2026",
                           "Claims processed from November 1, 2025 to January 31, 2026"]):
        d.text(x0 + 8, f.y + 14 + i * 13, s)
    d.rect(x0 + 276, f.y, 264, 112, fill=0.92, stroke=False)
    d.font(9, True)
    d.text(x0 + 284, f.y + 16, "Your Deductible Status")
    d.font(8)
    d.text(x0 + 284, f.y + 30, "Your deductible is what you must pay for most")
    d.text(x0 + 284, f.y + 41, "health services before Medicare begins to pay.")
    all_s = []
    for prov, clm, visits in claims:
        for v in visits:
            for s in v:
                medicare(s, st, deny_reason="50")
                all_s.append(s)
    d.text(x0 + 284, f.y + 58, "Part B Deductible: You have now met $283.00 of")
    d.text(x0 + 284, f.y + 69, "your $283.00 deductible for 2026.")
    d.font(9, True)
    d.text(x0 + 284, f.y + 90, f"Total You May Be Billed  {M(total(all_s, 'owes'))}")
    f.y += 128
    d.font(11, True)
    d.text(x0, f.y + 6, "Your Claims & Costs This Period")
    f.y += 14

    def claim_head(f, prov, clm, dates, cont=False):
        d = f.doc
        d.rect(x0, f.y, 540, 30, fill=0.85, stroke=False)
        d.font(9, True)
        d.text(x0 + 6, f.y + 12, f"{dates}" + (" (continued)" if cont else ""))
        d.font(8)
        d.text(x0 + 6, f.y + 24, f"{prov}   Claim number {clm}")
        f.y += 32
        f.y = head_row(d, x0, f.y, cols, 7, True, lead=8)
        d.hline(x0, x0 + 544, f.y, 0.8)

    for prov, clm, visits in claims:
        ss = [s for v in visits for s in v]
        ds = sorted({s.dos for s in ss})
        dates = f"Service Dates: {dfmt(ds[0], 'month')}" + (f" - {dfmt(ds[-1], 'month')}" if len(ds) > 1 else "")
        f.need(90)
        claim_head(f, prov, clm, dates)
        f.cont = lambda f, a=(prov, clm, dates): claim_head(f, *a, cont=True)
        for s in ss:
            nts = "C" if s.denied else ",".join(
                ["A"] + (["B"] if s.deductible else []) + (["D"] if "KX" in s.mods else []) +
                (["E"] if "CQ" in s.mods else []))
            code = f"({s.code}" + (f"-{'-'.join(s.mods)}" if s.mods else "") + ")"
            wl = d.wrap(f"{dfmt(s.dos, 'mdy2')} {s.desc} {code}", 192)
            f.need(11 * len(wl) + 3)
            f.y += 10
            row(d, x0, f.y, cols, {"svc": wl[0], "appr": "No" if s.denied else "Yes", "chg": M(s.billed),
                                   "mapp": M(s.allowed), "mpd": M(s.paid), "max": M(s.owes),
                                   "notes": nts.replace(",", ", ")}, 7.5)
            for extra in wl[1:]:
                f.y += 9
                d.text(x0 + 3, f.y, extra)
            f.y += 3
            d.hline(x0, x0 + 544, f.y, 0.2)
            t.lines.append(truth_line(f.page, s, claim_id=None, payer_claim_id=clm, patient=bene,
                                      printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                                      remarks=nts.split(",")))
        f.cont = None
        f.need(14)
        f.y += 11
        row(d, x0, f.y, cols, {"svc": "Total for this claim", "chg": M(total(ss, "billed")),
                               "mapp": M(total(ss, "allowed")), "mpd": M(total(ss, "paid")),
                               "max": M(total(ss, "owes"))}, 7.5, True)
        t.claim(None, clm, bene, billed=total(ss, "billed"), allowed=total(ss, "allowed"), paid=total(ss, "paid"),
                patient_owes=total(ss, "owes"))
        f.y += 14
    f.need(30)
    d.font(10, True)
    d.text(x0, f.y + 6, "Notes for Claims Above")
    f.y += 8
    for k, v in notes.items():
        for i, wl in enumerate(d.wrap(v, 500)):
            f.need(10)
            f.y += 9.5
            d.font(7.5, i == 0)
            if i == 0:
                d.text(x0, f.y, k)
                d.font(7.5)
            d.text(x0 + 16, f.y, wl)
    f.need(40)
    f.y += 16
    d.font(9, True)
    d.text(x0, f.y, "How to handle denials or appeals")
    d.font(7.5)
    f.y += 11
    d.text(x0, f.y, "If you disagree with a coverage decision, you may file an appeal by June 1, 2026. Circle the item(s) "
                    "you disagree with and explain why.")
    doc.save()
    return (t, notes), doc


# =============================================================================================== L4
def render_m2(path: Path, npages):
    """Medicare Advantage HMO-POS member EOB, portrait, reportlab Liberation Sans Narrow."""
    doc = Doc("reportlab", path, False, "LibNarrow")
    t = Truth()
    mem = "Bartholomew J. Szymanski"
    claims = [
        ("Riverstone Hand & Upper Limb Clinic", "MA26-017-70431", "RHU-08812", "20.00",
         [svcs("97165:1:GO", D(2026, 1, 6)), svcs("97760:1:GO L3807:1:GO,RT", D(2026, 1, 8)),
          svcs("97530:2:GO 97140:1:GO,59", D(2026, 1, 13)), svcs("97530:2:GO 97110:2:GO", D(2026, 1, 15)),
          svcs("97530:2:GO 97535:1:GO", D(2026, 1, 20)), svcs("97530:2:GO 97140:1:GO,59 97110:1:GO", D(2026, 1, 22)),
          svcs("97110:2:GO 97760:1:GO", D(2026, 1, 27)), svcs("97530:3:GO 97168:1:GO", D(2026, 1, 29))]),
        ("Clearwater Primary Care Associates", "MA26-019-11205", None, "10.00", [svcs("99213:1", D(2026, 1, 14))]),
        ("Lantern Bay Therapy (out of network)", "MA26-024-50093", "LBT-3317", "0",
         [svcs("97110:2:GO:CO 97140:1:GO:CO", D(2026, 1, 17))]),
    ]
    notes = {"1": "Your plan's copayment for a specialist therapy visit is $20 per visit day.",
             "2": "Your plan's copayment for a primary care visit is $10.",
             "3": "Plan pays the rest of the approved amount after your copayment.",
             "4": "Orthotic device covered under durable medical equipment; no separate copayment.",
             "5": "This HMO-POS plan did not approve these services because the provider is outside the network "
                  "and no referral was on file. The provider cannot bill you; you owe nothing."}
    cols = [Col("dos", "Date of|service", 56, "l"), Col("svc", "Service you received", 170, "l"),
            Col("code", "Code", 58, "l"), Col("units", "Units", 30, "c"), Col("chg", "Provider's|charge", 56),
            Col("appr", "Plan's|approved amount", 66), Col("paid", "Plan|paid", 52), Col("owe", "You|owe", 46),
            Col("note", "Note", 28, "c")]
    x0 = 30
    W = sum(c.w for c in cols)

    def furniture(f: Flow) -> float:
        d = f.doc
        d.rect(x0, 28, W, 40, fill=0.25, stroke=False)
        d.c.setFillGray(1)
        d.font(14, True)
        d.text(x0 + 10, 46, "Summit Crest Medicare Advantage (HMO-POS)")
        d.font(8.5)
        d.text(x0 + 10, 60, "Your Explanation of Benefits for January 2026  -  This is not a bill")
        d.text(x0 + W - 10, 46, f"Page {f.page} of {npages or 0}", "r")
        d.c.setFillGray(0)
        d.font(8)
        d.text(x0, 80, f"Member: {mem}    Member ID: SCM-4471-0092-01    Plan: H9931-004    Questions? 1-888-555-0172, 8 am - 8 pm")
        d.font(7)
        d.text(x0, 764, "Summit Crest Health Plans, 600 Quarry Hill Road, Ashbury, MN 55999.  Y0099_EOB26_M")
        return 92

    f = Flow(doc, furniture, 735)
    f.start()
    d = doc
    flat = []
    for prov, clm, acct, cop, visits in claims:
        seen = set()
        for v in visits:
            for s in v:
                if s.denied:
                    s.not_covered = s.billed
                    s.adjs = [("CO", "242", s.billed)]
                    continue
                medicaid(s)  # plan approved amount from the plan's fee schedule, paid in full ...
                s.paid = s.allowed
                if cop != "0" and s.dos not in seen and s.code != "L3807":
                    seen.add(s.dos)
                    s.copay = min(Decimal(cop), s.allowed)
                    s.paid -= s.copay
                    s.owes = s.copay
                flat.append(s)
    half = W / 2 - 6
    d.rect(x0, f.y, half, 78, stroke=True)
    d.rect(x0 + half + 12, f.y, half, 78, fill=0.93, stroke=False)
    d.font(9.5, True)
    d.text(x0 + 8, f.y + 14, "Your medical claims this month")
    d.text(x0 + half + 20, f.y + 14, "Your out-of-pocket costs in 2026")
    d.font(8.5)
    allv = [s for c in claims for v in c[4] for s in v]
    for i, (k, v) in enumerate([("Providers charged", total(allv, "billed")), ("Plan paid", total(allv, "paid")),
                                ("You owe", total(allv, "owes"))]):
        d.text(x0 + 8, f.y + 32 + i * 14, k)
        d.text(x0 + half - 8, f.y + 32 + i * 14, M(v), "r")
    d.text(x0 + half + 20, f.y + 32, f"So far this year: {M(total(allv, 'owes'))} of your $4,900.00 maximum")
    d.text(x0 + half + 20, f.y + 46, "Once you reach the maximum, the plan pays for covered")
    d.text(x0 + half + 20, f.y + 58, "medical services for the rest of the year.")
    f.y += 96

    def claim_head(f, prov, clm, acct, cont=False):
        d = f.doc
        d.hline(x0, x0 + W, f.y, 1.2)
        d.font(9.5, True)
        d.text(x0, f.y + 13, prov + (" (continued from previous page)" if cont else ""))
        d.font(8)
        d.text(x0 + W, f.y + 13, f"Claim number {clm}" + (f"   Your account with this provider: {acct}" if acct else ""), "r")
        f.y += 18
        f.y = head_row(d, x0, f.y, cols, 7.5, True, fill=0.9, lead=9)

    for prov, clm, acct, cop, visits in claims:
        ss = [s for v in visits for s in v]
        f.need(80)
        claim_head(f, prov, clm, acct)
        f.cont = lambda f, a=(prov, clm, acct): claim_head(f, *a, cont=True)
        for s in ss:
            note = "5" if s.denied else ("4" if s.code == "L3807" else ("1" if s.copay and cop == "20.00" else
                                                                        ("2" if s.copay else "3")))
            desc = LONG_DESC.get(s.code, s.desc)
            d.font(8)
            wl = d.wrap(desc, 164)
            f.need(10 * len(wl) + 4)
            f.y += 11
            row(d, x0, f.y, cols, {"dos": dfmt(s.dos, "mon"), "svc": wl[0],
                                   "code": s.code + (" " + " ".join(s.mods) if s.mods else ""),
                                   "units": units_str(s.units), "chg": M(s.billed), "appr": M(s.allowed),
                                   "paid": M(s.paid), "owe": M(s.owes), "note": note}, 8)
            for extra in wl[1:]:
                f.y += 9.5
                d.text(x0 + 59, f.y, extra)
            f.y += 3
            d.hline(x0, x0 + W, f.y, 0.25)
            t.lines.append(truth_line(f.page, s, claim_id=acct, payer_claim_id=clm, patient=mem,
                                      printed=("billed", "allowed", "paid", "patient_owes"), remarks=[note],
                                      overrides={"description": desc}))
        f.cont = None
        f.need(14)
        f.y += 11
        row(d, x0, f.y, cols, {"svc": "Claim total", "chg": M(total(ss, "billed")), "appr": M(total(ss, "allowed")),
                               "paid": M(total(ss, "paid")), "owe": M(total(ss, "owes"))}, 8, True)
        t.claim(acct, clm, mem, billed=total(ss, "billed"), allowed=total(ss, "allowed"), paid=total(ss, "paid"),
                patient_owes=total(ss, "owes"))
        f.y += 16
    f.need(20)
    d.font(9.5, True)
    d.text(x0, f.y + 4, "Notes about your claims")
    f.y += 6
    for k, v in notes.items():
        for i, wl in enumerate(d.wrap(v, W - 20)):
            f.need(10)
            f.y += 10
            d.font(8)
            if i == 0:
                d.text(x0, f.y, k)
            d.text(x0 + 14, f.y, wl)
    doc.save()
    return (t, notes), doc


# =============================================================================================== L5
def render_r1(path: Path, npages):
    """State Medicaid remittance advice from a web portal print, landscape, reportlab Liberation Sans."""
    doc = Doc("reportlab", path, True, "LibSans")
    t = Truth()
    prov = "TIDEWATER PEDIATRIC THERAPY GROUP LLC"
    claims = [  # (status, beneficiary, medicaid id, icn, pcn, visits, sign)
        ("PAID", "HALVORSEN, PIPER", "71009284512", "6026019000123", "PT-40118",
         [svcs("97530:4:GO 97112:1:GO", D(2026, 1, 5)), svcs("97530:4:GO 97535:2:GO", D(2026, 1, 12))], 1),
        ("PAID", "ABERNATHY-COLE, JUDAH", "71004418806", "6026019000124", "PT-40122",
         [svcs("92507:1:GN", D(2026, 1, 6)), svcs("92507:1:GN 92526:1:GN", D(2026, 1, 13))], 1),
        ("DENIED", "HALVORSEN, PIPER", "71009284512", "6026019000125", "PT-40131",
         [svcs("97150:1:GO:CO 97129:2:GO:CO", D(2026, 1, 9))], 1),
        ("ADJUSTED - CREDIT", "NAKAGAWA, THEO", "71007730219", "6025344000871", "PT-39877",
         [svcs("97530:2:GO 97110:2:GO", D(2025, 12, 8))], -1),
        ("ADJUSTED - DEBIT", "NAKAGAWA, THEO", "71007730219", "6026019000126", "PT-39877",
         [svcs("97530:3:GO 97110:2:GO", D(2025, 12, 8))], 1),
    ]
    legend = {"45": "Charge exceeds the program's maximum fee; the difference is written off by the provider.",
              "204": "Service not covered under the recipient's current benefit plan.",
              "129": "Prior processing information is incorrect; claim adjusted.",
              "N130": "Consult program policy for coverage rules.",
              "MA67": "This is a corrected claim replacing an earlier payment.",
              "N4": "Missing or incomplete prior authorization number."}
    cols = [Col("ln", "Ln", 20, "c"), Col("from", "Svc From", 54, "l"), Col("to", "Svc To", 54, "l"),
            Col("proc", "Procedure", 52, "l"), Col("m1", "Mod 1", 30, "c"), Col("m2", "Mod 2", 30, "c"),
            Col("units", "Units", 36), Col("billed", "Billed", 60), Col("allowed", "Allowed", 60),
            Col("tpl", "TPL", 42), Col("copay", "Copay", 40), Col("paid", "Paid", 60), Col("grp", "Grp", 28, "c"),
            Col("rsn", "Adj Rsn", 38, "c"), Col("adj", "Adj Amt", 56), Col("rarc", "Remark", 46, "c")]
    x0 = 28
    W = sum(c.w for c in cols)

    def furniture(f: Flow) -> float:
        d = f.doc
        d.font(12, True)
        d.text(x0, 36, "Coastal State Medical Assistance Program")
        d.font(8)
        d.text(x0, 48, "Provider Remittance Advice  -  Professional Claims   (printed from the provider portal)")
        d.text(x0 + W, 36, f"Page {f.page} of {npages or 0}", "r")
        d.text(x0 + W, 48, "Printed 02/06/2026 10:42 AM", "r")
        d.hline(x0, x0 + W, 54, 0.8)
        d.text(x0, 66, f"Payee: {prov}    NPI: 1999003817    Payee ID: 004471930    RA Number: 0002260419    "
                       f"Payment Date: 02/05/2026    EFT Trace: 260205000417")
        d.font(7)
        d.text(x0, 590, "Questions about this remittance: Provider Services 1-877-555-0199.  Adjustment reason and "
                        "remark codes are explained at the end of this remittance.")
        return 78

    f = Flow(doc, furniture, 570)
    f.start()
    d = doc
    grand = ZERO
    for status, name, mid, icn, pcn, visits, sign in claims:
        ss = [s for v in visits for s in v]
        for s in ss:
            medicaid(s, deny_reason="204")
        if sign < 0:
            ss = [negate(s) for s in ss]
        for s in ss:
            if s.denied:
                s.remarks = ["N130"]
            elif sign < 0:
                s.adjs = [("CR", "129", s.adjs[0][2])] if s.adjs else []
                s.remarks = ["MA67"]
        f.need(60)
        d.rect(x0, f.y, W, 26, fill=0.9, stroke=False)
        d.font(8, True)
        d.text(x0 + 4, f.y + 10, f"Claim Status: {status}")
        d.text(x0 + 150, f.y + 10, f"Beneficiary: {name}")
        d.text(x0 + 380, f.y + 10, f"Medicaid ID: {mid}")
        d.font(8)
        d.text(x0 + 4, f.y + 21, f"ICN: {icn}")
        d.text(x0 + 150, f.y + 21, f"Patient Acct #: {pcn}")
        d.text(x0 + 380, f.y + 21, "Claim Type: Professional    Rendering NPI: 1999004120")
        f.y += 28
        f.y = head_row(d, x0, f.y, cols, 7.5, True, lead=9)
        d.hline(x0, x0 + W, f.y, 0.5)
        for i, s in enumerate(ss, 1):
            f.need(11)
            f.y += 10
            a = s.adjs[0] if s.adjs else None
            row(d, x0, f.y, cols, {"ln": str(i), "from": dfmt(s.dos, "mdy4"), "to": dfmt(s.dos, "mdy4"),
                                   "proc": s.code, "m1": s.mods[0] if s.mods else "",
                                   "m2": s.mods[1] if len(s.mods) > 1 else "", "units": f"{s.units:.2f}",
                                   "billed": M(s.billed, ","), "allowed": M(s.allowed, ","), "tpl": "0.00",
                                   "copay": "0.00", "paid": M(s.paid, ","), "grp": a[0] if a else "",
                                   "rsn": a[1] if a else "", "adj": M(a[2], ",") if a else "",
                                   "rarc": " ".join(s.remarks)}, 7.5)
            t.lines.append(truth_line(f.page, s, claim_id=pcn, payer_claim_id=icn, patient=name,
                                      printed=("billed", "allowed", "paid"), service_end=s.dos,
                                      adjustments=s.adjs, remarks=s.remarks, description=False))
        f.need(14)
        d.hline(x0 + 300, x0 + W, f.y + 3, 0.4)
        f.y += 12
        row(d, x0, f.y, cols, {"proc": "Claim Totals", "billed": M(total(ss, "billed"), ","),
                               "allowed": M(total(ss, "allowed"), ","), "tpl": "0.00", "copay": "0.00",
                               "paid": M(total(ss, "paid"), ",")}, 7.5, True)
        t.claim(pcn, icn, name, billed=total(ss, "billed"), allowed=total(ss, "allowed"), paid=total(ss, "paid"))
        grand += total(ss, "paid")
        f.y += 14
    f.need(120)
    d.font(9, True)
    d.text(x0, f.y + 6, f"Remittance Totals:   Claims 5    Net Payment {M(grand)}")
    f.y += 20
    d.text(x0, f.y, "Adjustment Reason / Remark Codes on this RA")
    d.font(7.5)
    for k, v in legend.items():
        f.y += 10
        d.text(x0, f.y, k)
        d.text(x0 + 40, f.y, v)
    doc.save()
    return (t, legend), doc


# =============================================================================================== L6
def render_r2(path: Path, npages):
    """Medical Assistance provider remittance statement, portrait mono print, fpdf2 Liberation Mono."""
    doc = Doc("fpdf2", path, False, "LibMono", FIXED_WHEN)
    t = Truth()
    members = [
        ("BEAUREGARD, SIMONE", "M0044718250", "MR-77310", "6.40"),
        ("KOWALCZYK, ADRIAN", "M0039920117", "MR-77342", "0"),
        ("OYELOWO, GRACE", "M0051102986", "MR-77355", "0"),
        ("FONTAINE-DRAKE, MILO", "M0048810734", "MR-77361", "0"),
    ]
    claims = [
        (0, "2026-020-4418001", [svcs("97110:2:GP 97140:1:GP 97530:1:GP", D(2026, 1, 6)),
                                 svcs("97110:2:GP 97112:1:GP", D(2026, 1, 8)),
                                 svcs("97110:2:GP 97140:1:GP 97530:1:GP", D(2026, 1, 13)),
                                 svcs("97110:2:GP 97116:1:GP", D(2026, 1, 15)),
                                 svcs("97110:2:GP 97140:1:GP", D(2026, 1, 20))]),
        (1, "2026-020-4418002", [svcs("97166:1:GO", D(2026, 1, 7)), svcs("97530:3:GO 97535:1:GO", D(2026, 1, 9)),
                                 svcs("97530:3:GO 97760:1:GO", D(2026, 1, 14)),
                                 svcs("97530:2:GO 97535:2:GO", D(2026, 1, 16)),
                                 svcs("97530:3:GO 97129:1:GO,59", D(2026, 1, 21)),
                                 svcs("97530:2:GO 97535:1:GO 97150:1:GO:CO", D(2026, 1, 23))]),
        (2, "2026-020-4418003", [svcs("92523:1:GN", D(2026, 1, 12)), svcs("92507:1:GN", D(2026, 1, 19)),
                                 svcs("92507:1:GN", D(2026, 1, 26))]),
        (3, "2026-020-4418004", [svcs("97165:1:GO", D(2026, 1, 5)), svcs("97530:2:GO 97112:1:GO", D(2026, 1, 7)),
                                 svcs("97530:2:GO 97112:1:GO", D(2026, 1, 9)),
                                 svcs("97530:2:GO 97140:1:GO,59", D(2026, 1, 12)),
                                 svcs("97530:2:GO 97112:1:GO", D(2026, 1, 14)),
                                 svcs("97530:2:GO 97535:1:GO", D(2026, 1, 16)),
                                 svcs("97530:2:GO 97112:1:GO", D(2026, 1, 21)),
                                 svcs("97530:2:GO 97140:1:GO,59", D(2026, 1, 23)),
                                 svcs("97530:2:GO 97535:1:GO", D(2026, 1, 26)),
                                 svcs("97530:2:GO 97112:1:GO", D(2026, 1, 28)),
                                 svcs("97530:2:GO 97760:1:GO", D(2026, 1, 30))]),
    ]
    eob = {"102": "PAID PER MEDICAL ASSISTANCE FEE SCHEDULE",
           "318": "RECIPIENT SPENDDOWN APPLIED - COLLECT FROM RECIPIENT",
           "541": "GROUP THERAPY NOT BILLABLE WITH INDIVIDUAL SESSION SAME DAY",
           "077": "MAXIMUM UNITS PER DAY EXCEEDED - PAID AT LIMIT"}
    cols = [Col("ln", "LN", 18, "l"), Col("from", "SVC-FROM", 52, "l"), Col("to", "SVC-TO", 52, "l"),
            Col("proc", "PROC-MOD", 70, "l"), Col("qty", "QTY", 28), Col("chg", "CHARGE", 54),
            Col("alw", "ALLOWED", 54), Col("spd", "SPNDWN", 46), Col("oth", "OTH-INS", 46), Col("paid", "PAID", 54),
            Col("eob", "EOB", 54, "l")]
    x0 = 24
    W = sum(c.w for c in cols)

    def furniture(f: Flow) -> float:
        d = f.doc
        d.font(8, True)
        d.text(x0, 30, "DEPARTMENT OF HUMAN SERVICES - MEDICAL ASSISTANCE PROGRAM")
        d.text(x0 + W, 30, f"PAGE {f.page:03d} OF {npages or 0:03d}", "r")
        d.font(7.5)
        d.text(x0, 40, "PROVIDER REMITTANCE STATEMENT                       CYCLE 2026-05    ISSUE DATE 20260204")
        d.text(x0, 50, "PROVIDER: 0007718230  GREYSTONE VALLEY REHABILITATION SVCS   CHECK/EFT NO 0030551762")
        d.text(x0, 62, "=" * 108)
        d.font(7)
        d.text(x0, 748, "MESSAGE: CLAIMS FOR DATES OF SERVICE ON OR AFTER 03/01/2026 MUST CARRY THE RENDERING PROVIDER NPI.")
        d.text(x0, 758, "RETAIN THIS STATEMENT. ADJUSTMENT REQUESTS MUST BE RECEIVED WITHIN 365 DAYS OF THE ISSUE DATE.")
        return 72

    f = Flow(doc, furniture, 680)
    f.start()
    d = doc

    def colhead(f, cont_label=None):
        d = f.doc
        if cont_label:
            d.font(7.5, True)
            d.text(x0, f.y + 8, cont_label)
            f.y += 10
        f.y = head_row(d, x0, f.y, cols, 7.5, True, lead=9)
        d.font(7.5)
        d.text(x0, f.y + 4, "-" * 108)
        f.y += 4

    doc.font(7.5, True)
    doc.text(x0, f.y + 8, "*** PAID CLAIMS ***")
    f.y += 12
    tot_paid = ZERO
    for mi, tcn, visits in claims:
        name, mno, mrn, spd = members[mi]
        ss = [s for v in visits for s in v]
        left = Decimal(spd)
        for s in ss:
            medicaid(s, deny_reason="B15")
            s.remarks = ["541"] if s.denied else ["102"]
            if s.code == "97530" and s.units == 3 and not s.denied:
                s.allowed = q(Decimal("36.85") * 2)
                s.paid = s.allowed
                s.remarks = ["077"]
            if left and not s.denied:
                s.owes = min(left, s.paid)
                s.paid -= s.owes
                left -= s.owes
                s.remarks = s.remarks + ["318"]
            s.adjs = []
        f.need(50)
        d.font(7.5, True)
        f.y += 9
        d.text(x0, f.y, f"TCN {tcn}  MEMBER {name}  MEMBER NO {mno}  MED REC NO {mrn}")
        f.y += 2
        colhead(f)
        f.cont = lambda f, a=(tcn, name): colhead(f, f"TCN {a[0]}  MEMBER {a[1]}  ** CONTINUED **")
        for i, s in enumerate(ss, 1):
            f.need(10)
            f.y += 9.5
            row(d, x0, f.y, cols, {"ln": f"{i:02d}", "from": s.dos.strftime("%Y%m%d"), "to": s.dos.strftime("%Y%m%d"),
                                   "proc": s.code + ("-" + "-".join(s.mods) if s.mods else ""),
                                   "qty": f"{s.units:.1f}", "chg": M(s.billed, ""), "alw": M(s.allowed, ""),
                                   "spd": M(s.owes, ""), "oth": "0.00", "paid": M(s.paid, ""),
                                   "eob": " ".join(s.remarks)}, 7.5)
            t.lines.append(truth_line(f.page, s, claim_id=mrn, payer_claim_id=tcn, patient=name,
                                      printed=("billed", "allowed", "paid", "patient_owes"), service_end=s.dos,
                                      remarks=s.remarks, description=False))
        f.cont = None
        f.need(12)
        f.y += 10
        row(d, x0, f.y, cols, {"proc": "TCN TOTAL", "chg": M(total(ss, "billed"), ""),
                               "alw": M(total(ss, "allowed"), ""), "spd": M(total(ss, "owes"), ""), "oth": "0.00",
                               "paid": M(total(ss, "paid"), "")}, 7.5, True)
        t.claim(mrn, tcn, name, billed=total(ss, "billed"), allowed=total(ss, "allowed"), paid=total(ss, "paid"),
                patient_owes=total(ss, "owes"))
        tot_paid += total(ss, "paid")
        f.y += 6
    f.need(80)
    f.y += 12
    d.font(7.5, True)
    d.text(x0, f.y, f"*** PAYMENT SUMMARY ***   CLAIMS PAID 4   TOTAL PAID {M(tot_paid, '')}   NET PAYMENT {M(tot_paid, '')}")
    f.y += 14
    d.text(x0, f.y, "*** EOB CODE DESCRIPTIONS ***")
    d.font(7.5)
    for k, v in eob.items():
        f.y += 10
        d.text(x0, f.y, f"{k}  {v}")
    doc.save()
    return (t, eob), doc


# =============================================================================================== L7
def render_p1(path: Path, npages):
    """Clearinghouse-formatted Medicare Part B remittance (from an 835), landscape, reportlab core Helvetica."""
    doc = Doc("reportlab", path, True, "Helvetica")
    t = Truth()
    pats = [("LINDQVIST, HAROLD", "1EG4-TE5-MK72", "OTC-118204", "22026034117520"),
            ("BRANNIGAN, ODETTE", "7HW2-QA1-RN38", "OTC-118219", "22026034117521"),
            ("ESPINOZA-WARD, FELIX", "3TK9-PL6-CX14", "OTC-118240", "22026034117522"),
            ("LINDQVIST, HAROLD", "1EG4-TE5-MK72", "OTC-118255", "22026034117523")]
    visits = [
        [svcs("97110:2:GO,KX 97530:2:GO,KX", D(2026, 1, 6)), svcs("97110:2:GO,KX 97535:1:GO,KX", D(2026, 1, 8))],
        [svcs("97167:1:GO", D(2026, 1, 7)), svcs("97530:2:GO 97112:1:GO,59", D(2026, 1, 9)),
         svcs("97530:2:GO 97112:1:CO,GO", D(2026, 1, 14))],
        [svcs("97140:2:GO,59 97110:2:GO G0283:1:GO", D(2026, 1, 12)), svcs("97760:1:GO 0552T:1:GO:CO", D(2026, 1, 15))],
        [svcs("97110:2:GO,KX 97530:2:GO,KX", D(2026, 1, 13))],
    ]
    sts = {}
    remarks = {"N130": "Check the program's coverage rules for this service.",
               "MA130": "The claim has invalid or missing information and cannot be appealed; submit a new claim.",
               "N640": "Therapy threshold modifier on file.", "M51": "Procedure code not payable as billed."}
    cols = [Col("dos", "Svc Date", 52, "l"), Col("pos", "POS", 26, "c"), Col("proc", "Procedure", 46, "l"),
            Col("mods", "Modifiers", 52, "l"), Col("units", "Units", 30), Col("chg", "Charge", 56),
            Col("alw", "Allowed", 56), Col("ded", "Deductible", 52), Col("coins", "Coinsurance", 56),
            Col("adj", "Adjustments (Group-Reason Amount)", 190, "l"), Col("paid", "Paid", 56),
            Col("rmk", "Remarks", 60, "l")]
    x0 = 30
    W = sum(c.w for c in cols)

    def furniture(f: Flow) -> float:
        d = f.doc
        d.font(13, True)
        d.text(x0, 36, "BrightLedger Claims Exchange")
        d.font(8)
        d.text(x0, 47, "Electronic Remittance Advice - provider copy, formatted from the payer's 835 transaction")
        d.font(10, True)
        d.text(x0 + W, 36, "REMITTANCE DETAIL", "r")
        d.font(8)
        d.text(x0 + W, 47, f"Page {f.page} of {npages or 0}", "r")
        d.hline(x0, x0 + W, 53, 1)
        d.text(x0, 65, "Payer: MEDICARE PART B - JURISDICTION 8 (Granite Administrative Services)    Payee: Wrenfield "
                       "Occupational Therapy PC    NPI 1999002664    Check/EFT # 882051774    Check date 01/30/2026")
        d.hline(x0, x0 + W, 71, 0.4)
        d.font(6.5)
        d.text(x0, 594, "Group codes: CO contractual obligation, PR patient responsibility, OA other adjustment.  "
                        "BrightLedger does not change payer data; amounts are as received.")
        return 82

    f = Flow(doc, furniture, 575)
    f.start()
    d = doc
    totp = ZERO
    for (name, mbi, pcn, icn), vs in zip(pats, visits):
        st = sts.setdefault(name, PlanState(ded_left=Decimal("60.00") if name.startswith("LIND") else ZERO))
        ss = [s for v in vs for s in v]
        for s in ss:
            medicare(s, st, deny_reason="96")
            if s.denied:
                s.remarks = ["N130", "M51"]
            elif "KX" in s.mods:
                s.remarks = ["N640"]
        f.need(60)
        d.rect(x0, f.y, W, 24, fill=0.92, stroke=True, lw=0.4)
        d.font(8, True)
        d.text(x0 + 4, f.y + 10, f"Patient: {name}")
        d.text(x0 + 200, f.y + 10, f"Patient Control #: {pcn}")
        d.text(x0 + 400, f.y + 10, f"Payer Claim Control #: {icn}")
        d.font(8)
        d.text(x0 + 4, f.y + 20, f"Member ID: {mbi}")
        d.text(x0 + 200, f.y + 20, "Claim Status: 1 - Processed as Primary")
        d.text(x0 + 400, f.y + 20, "Rendering NPI: 1999002714    Facility type: 11 Office")
        f.y += 26
        f.y = head_row(d, x0, f.y, cols, 7, True, lead=8.5)
        d.hline(x0, x0 + W, f.y, 0.4)
        for s in ss:
            f.need(11)
            f.y += 10
            adjtxt = "  ".join(f"{g}-{r} {money(a, ',')}" for g, r, a in s.adjs)
            row(d, x0, f.y, cols, {"dos": dfmt(s.dos, "mdy2"), "pos": "11", "proc": s.code, "mods": " ".join(s.mods),
                                   "units": units_str(s.units), "chg": M(s.billed, ","), "alw": M(s.allowed, ","),
                                   "ded": M(s.deductible, ","), "coins": M(s.coinsurance, ","), "adj": adjtxt,
                                   "paid": M(s.paid, ","), "rmk": " ".join(s.remarks)}, 7.2)
            t.lines.append(truth_line(f.page, s, claim_id=pcn, payer_claim_id=icn, patient=name,
                                      printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                      adjustments=s.adjs, remarks=s.remarks, description=False))
        f.need(24)
        f.y += 11
        row(d, x0, f.y, cols, {"dos": "Claim totals", "chg": M(total(ss, "billed"), ","),
                               "alw": M(total(ss, "allowed"), ","), "ded": M(total(ss, "deductible"), ","),
                               "coins": M(total(ss, "coinsurance"), ","), "paid": M(total(ss, "paid"), ",")}, 7.2, True)
        f.y += 10
        d.font(7.2)
        d.text(x0 + 4, f.y, f"Patient responsibility: {M(total(ss, 'owes'))}     Interest: $0.00     "
                            f"Late filing reduction: $0.00")
        t.claim(pcn, icn, name, billed=total(ss, "billed"), allowed=total(ss, "allowed"), paid=total(ss, "paid"),
                patient_owes=total(ss, "owes"))
        totp += total(ss, "paid")
        f.y += 14
    f.need(70)
    d.font(8.5, True)
    d.text(x0, f.y + 4, f"Provider payment summary: 4 claims   Total paid {M(totp)}   Provider-level adjustments $0.00   "
                        f"Check amount {M(totp)}")
    f.y += 18
    d.text(x0, f.y, "Remark code glossary (clearinghouse summaries)")
    d.font(7.5)
    for k, v in remarks.items():
        f.y += 10
        d.text(x0, f.y, f"{k}: {v}")
    doc.save()
    return (t, remarks), doc


# =============================================================================================== L8
def render_p2(path: Path, npages):
    """Practice-management system 'Insurance Payment Register' of a Medicare-style remit, fpdf2 DejaVu Sans Mono."""
    doc = Doc("fpdf2", path, True, "DVMono", FIXED_WHEN)
    t = Truth()
    rows = [
        ("DUBOIS, MARGUERITE", "4418", "26027AB00312", [svcs("97161:1:GP", D(2026, 1, 5)),
                                                         svcs("97110:3:GP,KX 97140:1:GP,59,KX", D(2026, 1, 7)),
                                                         svcs("97110:2:GP,KX 97116:2:GP,KX", D(2026, 1, 9)),
                                                         svcs("97110:2:GP,KX 97112:1:GP,KX", D(2026, 1, 12)),
                                                         svcs("97110:2:GP,KX 97140:1:GP,KX", D(2026, 1, 14)),
                                                         svcs("97110:2:GP,KX 97116:1:CQ,GP,KX", D(2026, 1, 16))]),
        ("FAIRWEATHER, AMOS", "4502", "26027AB00313", [svcs("92523:1:GN", D(2026, 1, 6)),
                                                        svcs("92507:1:GN 92526:1:GN", D(2026, 1, 13))]),
        ("OKAFOR-LYNN, BEATRIX", "4517", "26027AB00314", [svcs("97110:2:GP 97530:1:GP", D(2026, 1, 8)),
                                                           svcs("97110:2:GP 97150:1:GP:CO", D(2026, 1, 15)),
                                                           svcs("97110:2:GP 97530:2:GP", D(2026, 1, 22))]),
        ("DUBOIS, MARGUERITE", "4418", "26027AB00390", [svcs("97110:2:GP,KX 97140:1:GP,KX", D(2026, 1, 21)),
                                                         svcs("97110:2:GP,KX 97530:1:GP,KX", D(2026, 1, 23))]),
    ]
    cols = [Col("dos", "DOS", 58, "l"), Col("cpt", "CPT", 40, "l"), Col("mod", "MOD", 62, "l"),
            Col("qty", "QTY", 28), Col("chg", "BILLED", 60), Col("alw", "ALLOWED", 60), Col("ded", "DEDUCT", 50),
            Col("coi", "COINS", 50), Col("grp", "GRP/RC", 52, "c"), Col("adj", "ADJ AMT", 58),
            Col("seq", "SEQ (253)", 60), Col("paid", "PROV PD", 60), Col("acct", "LEDGER", 50, "l")]
    x0 = 36
    W = sum(c.w for c in cols)

    def furniture(f: Flow) -> float:
        d = f.doc
        d.font(8, True)
        d.text(x0, 32, "PRAIRIEWIND PHYSICAL THERAPY & SPEECH      INSURANCE PAYMENT REGISTER (ERA POSTING)")
        d.text(x0 + W, 32, f"PAGE {f.page}", "r")
        d.font(7.5)
        d.text(x0, 43, "CARRIER: MEDICARE PART B - REGION 5 CONTRACTOR     PAYMENT # 0771490031     DEPOSIT 02/02/2026")
        d.text(x0 + W, 43, "RUN 02/03/2026 07:15  USER: BILLING2", "r")
        d.text(x0, 53, "-" * 150)
        return 62

    f = Flow(doc, furniture, 565)
    f.start()
    d = doc
    st = {}
    tp = ZERO
    for name, acct, icn, vs in rows:
        ss = [s for v in vs for s in v]
        pst = st.setdefault(name, PlanState(ded_left=Decimal("45.00") if name.startswith("FAIR") else ZERO))
        for s in ss:
            medicare(s, pst, deny_reason="97")
        f.need(50)
        f.y += 10
        d.font(7.5, True)
        d.text(x0, f.y, f"PATIENT: {name}   ACCT#: {acct}   CLAIM#: {icn}   MBI: ****{icn[-4:]}   STATUS: PRIMARY PROCESSED")
        f.y += 3
        f.y = head_row(d, x0, f.y, cols, 7.5, True, lead=9)
        for s in ss:
            f.need(10)
            f.y += 10
            main = [a for a in s.adjs if a[0] == "CO" and a[1] != "253"]
            g = main[0] if main else None
            row(d, x0, f.y, cols, {"dos": dfmt(s.dos, "mdy2"), "cpt": s.code, "mod": " ".join(s.mods),
                                   "qty": units_str(s.units), "chg": M(s.billed, ""), "alw": M(s.allowed, ""),
                                   "ded": M(s.deductible, ""), "coi": M(s.coinsurance, ""),
                                   "grp": f"{g[0]}{g[1]}" if g else "", "adj": M(g[2], "") if g else "",
                                   "seq": M(s.seq, ""), "paid": M(s.paid, ""), "acct": acct}, 7.5)
            t.lines.append(truth_line(f.page, s, claim_id=acct, payer_claim_id=icn, patient=name,
                                      printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                      adjustments=[g] if g else [], description=False))
        f.need(12)
        f.y += 10
        row(d, x0, f.y, cols, {"dos": "CLM TOTAL", "chg": M(total(ss, "billed"), ""), "alw": M(total(ss, "allowed"), ""),
                               "ded": M(total(ss, "deductible"), ""), "coi": M(total(ss, "coinsurance"), ""),
                               "seq": M(total(ss, "seq"), ""), "paid": M(total(ss, "paid"), "")}, 7.5, True)
        t.claim(acct, icn, name, billed=total(ss, "billed"), allowed=total(ss, "allowed"), paid=total(ss, "paid"))
        tp += total(ss, "paid")
    f.need(40)
    f.y += 16
    d.font(7.5, True)
    d.text(x0, f.y, f"PAYMENT TOTAL POSTED: {M(tp, '')}    UNAPPLIED: 0.00    PATIENT BALANCES TRANSFERRED TO PATIENT "
                    "RESPONSIBILITY (DEDUCT + COINS)")
    f.y += 10
    d.font(7.5)
    d.text(x0, f.y, "GRP/RC: CO45 = CONTRACTUAL AMOUNT OVER FEE SCHEDULE WRITTEN OFF; CO97 = INCLUDED IN ANOTHER SERVICE, "
                    "NOT BILLABLE; SEQ = 2% PAYMENT REDUCTION")
    doc.save()
    return (t, {}), doc


# =============================================================================================== L9
def render_s1(path: Path, npages):
    """Therapy clinic family statement (guarantor), portrait, fpdf2 Liberation Sans."""
    doc = Doc("fpdf2", path, False, "LibSans", FIXED_WHEN)
    t = Truth()
    guar = "Marisol Quintero-Hale"
    ins = "Pinecrest Mutual PPO"
    st = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    visits = [  # patient, visit no, insurer claim no, services
        ("Mateo Quintero-Hale", "V-260105-03", "PMX2601090081", svcs("97166:1:GO", D(2026, 1, 5))),
        ("Sofia Quintero-Hale", "V-260106-11", "PMX2601090117", svcs("92523:1:GN", D(2026, 1, 6))),
        ("Mateo Quintero-Hale", "V-260112-04", "PMX2601160042", svcs("97530:3:GO 97112:1:GO", D(2026, 1, 12))),
        ("Sofia Quintero-Hale", "V-260113-09", "PMX2601160058", svcs("92507:1:GN 92526:1:GN", D(2026, 1, 13))),
        ("Inés Quintero-Hale", "V-260114-02", "PMX2601200013", svcs("97110:2:GP 97140:1:GP,59", D(2026, 1, 14))),
        ("Mateo Quintero-Hale", "V-260119-05", "PMX2601230101", svcs("97530:3:GO 97535:1:GO", D(2026, 1, 19))),
        ("Sofia Quintero-Hale", "V-260120-08", "PMX2601230124", svcs("92507:1:GN", D(2026, 1, 20))),
        ("Inés Quintero-Hale", "V-260121-01", "PMX2601260007", svcs("97110:2:GP 97530:1:GP 0552T:1::PR", D(2026, 1, 21))),
        ("Mateo Quintero-Hale", "V-260126-06", "PMX2601300066", svcs("97530:2:GO 97112:1:GO 97535:1:GO", D(2026, 1, 26))),
        ("Sofia Quintero-Hale", "V-260127-10", "PMX2601300071", svcs("92507:1:GN 92526:1:GN", D(2026, 1, 27))),
    ]
    cols = [Col("date", "Date", 50, "l"), Col("pat", "Patient", 82, "l"), Col("desc", "Description", 150, "l"),
            Col("cpt", "CPT/Mod", 66, "l"), Col("u", "Units", 30, "c"), Col("chg", "Charges", 54),
            Col("ip", "Ins Paid", 50), Col("ia", "Ins Adj", 50), Col("bal", "Your Balance", 58)]
    x0 = 36
    W = sum(c.w for c in cols)

    def furniture(f: Flow) -> float:
        d = f.doc
        d.font(13, True)
        d.text(x0, 42, "Little Harbor Pediatric & Family Therapy")
        d.font(8)
        d.text(x0, 54, "218 Saltmarsh Road, Suite B  |  Port Ellery, ME 04999  |  Billing office (207) 555-0136")
        d.font(11, True)
        d.text(x0 + W, 42, "PATIENT STATEMENT", "r")
        d.font(8)
        d.text(x0 + W, 54, f"Page {f.page} of {npages or 0}", "r")
        d.hline(x0, x0 + W, 60, 0.6)
        d.text(x0, 760, "We bill your insurance as a courtesy. Balances not paid by insurance within 60 days become "
                        "your responsibility. Thank you!")
        return 70

    f = Flow(doc, furniture, 735)
    f.start()
    d = doc
    d.rect(x0, f.y, W, 90, stroke=True)
    d.font(8.5)
    for i, s in enumerate(["Responsible party:", guar, "77 Tidewater Lane", "Port Ellery, ME 04999"]):
        d.font(8.5, i == 1)
        d.text(x0 + 10, f.y + 16 + i * 12, s)
    all_s = []
    for p, vno, icn, ss in visits:
        for s in ss:
            commercial(s, st, deny_reason="204")
            all_s.append(s)
    bal = total(all_s, "owes") - Decimal("50.00")
    box = [("Statement date", "02/05/2026"), ("Account no.", "G-100447"), ("Amount due", M(bal)),
           ("Please pay by", "03/01/2026")]
    for i, (k, v) in enumerate(box):
        d.font(8.5)
        d.text(x0 + 300, f.y + 16 + i * 14, k)
        d.font(8.5, True)
        d.text(x0 + W - 10, f.y + 16 + i * 14, v, "r")
    d.font(7)
    d.text(x0 + 10, f.y + 82, "Detach and return the top portion with your payment.  Amount enclosed: $__________")
    f.y += 96
    d.text(x0, f.y + 6, "- " * 70)
    f.y += 12
    f.cont = lambda f: setattr(f, "y", head_row(f.doc, x0, f.y, cols, 7.5, True, fill=0.85))
    f.y = head_row(d, x0, f.y, cols, 7.5, True, fill=0.85)
    d.font(8)
    f.y += 10
    d.text(x0 + 3, f.y, "12/31/2025")
    d.text(x0 + 135, f.y, "Previous balance")
    d.text(x0 + W - 3, f.y, "$0.00", "r")
    for p, vno, icn, ss in visits:
        f.need(24)
        f.y += 12
        d.font(7.5, True)
        d.text(x0 + 3, f.y, f"Visit {vno}  -  {p}  -  billed to {ins}, claim no. {icn}")
        for s in ss:
            f.need(11)
            f.y += 10
            row(d, x0, f.y, cols, {"date": dfmt(s.dos, "mdy2"), "pat": p.split()[0] + " " + p.split()[1][0] + ".",
                                   "desc": s.desc[:30], "cpt": s.code + ("-" + "-".join(s.mods) if s.mods else ""),
                                   "u": units_str(s.units), "chg": M(s.billed, ","), "ip": M(s.paid, ","),
                                   "ia": M(s.discount + (s.not_covered if s.denied == "CO" else ZERO), ","),
                                   "bal": M(s.owes, ",")}, 7.5)
            t.lines.append(truth_line(f.page, s, claim_id=vno, payer_claim_id=icn, patient=p,
                                      printed=("billed", "paid", "patient_owes"), overrides={
                                          "paid": str(q(s.paid)), "description": s.desc[:30]}))
        t.claim(vno, icn, p)
    f.need(30)
    f.y += 12
    d.font(8)
    d.text(x0 + 3, f.y, "01/30/2026")
    d.text(x0 + 135, f.y, "Patient payment - thank you (card ending 4471)")
    d.text(x0 + W - 3, f.y, "(50.00)", "r")
    f.y += 14
    d.hline(x0, x0 + W, f.y - 8, 0.6)
    d.font(9, True)
    d.text(x0 + 135, f.y + 2, "Total amount due")
    d.text(x0 + W - 3, f.y + 2, M(bal), "r")
    f.y += 20
    f.need(60)
    d.font(8, True)
    d.text(x0, f.y, "Account aging")
    aging = [("Current", bal), ("31-60 days", ZERO), ("61-90 days", ZERO), ("Over 90", ZERO)]
    for i, (k, v) in enumerate(aging):
        d.rect(x0 + i * 120, f.y + 6, 120, 28, stroke=True)
        d.font(7.5)
        d.text(x0 + i * 120 + 60, f.y + 17, k, "c")
        d.font(8.5, True)
        d.text(x0 + i * 120 + 60, f.y + 29, M(v), "c")
    doc.save()
    return (t, {}), doc


# =============================================================================================== L10
def render_s2(path: Path, npages):
    """Hospital outpatient guarantor statement with a right sidebar, portrait, reportlab core Times."""
    doc = Doc("reportlab", path, False, "Times")
    t = Truth()
    guar = "Dorothea Vance-Whitcombe"
    accounts = [  # patient, account no, insurer claim no, visits
        ("Elias Vance-Whitcombe", "HB40071123", "ZR26011840021",
         [svcs("97163:1:GP", D(2026, 1, 5)), svcs("97110:2:GP 97116:1:GP", D(2026, 1, 7)),
          svcs("97110:2:GP 97530:1:GP 97116:1:GP", D(2026, 1, 9)), svcs("97110:2:GP 97140:1:GP,59", D(2026, 1, 12)),
          svcs("97110:2:GP 97116:2:GP", D(2026, 1, 14)), svcs("97110:2:GP 97530:2:GP", D(2026, 1, 16)),
          svcs("97110:2:GP 97116:1:GP 97140:1:GP,59", D(2026, 1, 19)), svcs("97110:3:GP 97530:1:GP", D(2026, 1, 21)),
          svcs("97110:2:GP 97116:2:GP", D(2026, 1, 23)), svcs("97110:2:GP 97530:2:GP", D(2026, 1, 26))]),
        ("Dorothea Vance-Whitcombe", "HB40071388", "ZR26012540187",
         [svcs("97165:1:GO", D(2026, 1, 13)), svcs("97760:1:GO L3807:1:GO,LT", D(2026, 1, 15)),
          svcs("97140:1:GO 97110:2:GO", D(2026, 1, 22))]),
        ("Nora Vance-Whitcombe", "HB40071402", "ZR26012840230",
         [svcs("92523:1:GN", D(2026, 1, 8)), svcs("92507:1:GN 92526:1:GN", D(2026, 1, 12)),
          svcs("92507:1:GN 92526:1:GN", D(2026, 1, 14)), svcs("92507:1:GN", D(2026, 1, 16)),
          svcs("92507:1:GN 92526:1:GN", D(2026, 1, 20)), svcs("92507:1:GN 97535:1:GO", D(2026, 1, 22)),
          svcs("92507:1:GN 92526:1:GN", D(2026, 1, 27)), svcs("92507:1:GN 92526:1:GN", D(2026, 1, 29))]),
    ]
    rev = {"97": "0420", "92": "0440", "L3": "0274", "G0": "0420"}
    cols = [Col("date", "Date", 44, "l"), Col("rev", "Rev", 28, "l"), Col("code", "CPT/HCPCS", 62, "l"),
            Col("desc", "Description", 170, "l"), Col("qty", "Qty", 26, "c"), Col("chg", "Charges", 56)]
    x0 = 30
    W = sum(c.w for c in cols)
    sx = x0 + W + 16

    def furniture(f: Flow) -> float:
        d = f.doc
        d.font(15, True)
        d.text(x0, 44, "Lakeshore Children's & Family Hospital")
        d.font(8.5)
        d.text(x0, 56, "Patient Financial Services  -  1400 Beacon Point Drive  -  Harrow Bay, MI 49999")
        d.hline(x0, 582, 62, 1)
        # sidebar on every page
        d.rect(sx, 72, 582 - sx, 660, fill=0.94, stroke=False)
        d.font(9, True)
        d.text(sx + 8, 90, "GUARANTOR STATEMENT")
        d.font(8)
        lines = [f"Page {f.page} of {npages or 0}", "", "Guarantor", guar, "Guarantor no. 8830174", "",
                 "Statement date", "February 6, 2026", "", "Amount due", M(due), "", "Due by", "March 8, 2026",
                 "", "Questions?", "Call (616) 555-0190", "Mon-Fri 8:00-4:30", "", "Pay online with your",
                 "guarantor number.", "", "Financial assistance is", "available; ask us for an", "application."]
        for i, s in enumerate(lines):
            d.font(8, s in (guar, M(due)))
            d.text(sx + 8, 106 + i * 11, s)
        d.font(7)
        d.text(x0, 766, "Charges are listed by hospital account. Each account is billed to your insurance separately.")
        return 74

    all_s = []
    for p, acct, icn, vs in accounts:
        for v in vs:
            all_s.extend(v)
    paid_by = {}
    for p, acct, icn, vs in accounts:
        ss = [s for v in vs for s in v]
        paid_by[acct] = q(total(ss, "billed") * Decimal("0.46"))
    adj_by = {acct: q(sum((s.billed for v in vs for s in v), ZERO) * Decimal("0.38"))
              for p, acct, icn, vs in accounts}
    due = sum((sum((s.billed for v in vs for s in v), ZERO) - paid_by[a] - adj_by[a]
               for p, a, i, vs in accounts), ZERO)
    f = Flow(doc, furniture, 735)
    f.start()
    d = doc

    def acct_head(f, p, acct, icn, cont=False):
        d = f.doc
        d.rect(x0, f.y, W, 30, stroke=True, lw=0.6)
        d.font(9.5, True)
        d.text(x0 + 5, f.y + 12, f"Patient: {p}" + ("   (continued)" if cont else ""))
        d.text(x0 + W - 5, f.y + 12, f"Account No. {acct}", "r")
        d.font(8)
        d.text(x0 + 5, f.y + 24, "Outpatient Rehabilitation Services   Primary insurance: Zephyr Ridge Health Plan")
        d.text(x0 + W - 5, f.y + 24, f"Ins. claim # {icn}", "r")
        f.y += 32
        f.y = head_row(d, x0, f.y, cols, 8, True, lead=9.5)
        d.hline(x0, x0 + W, f.y, 0.6)

    for p, acct, icn, vs in accounts:
        ss = [s for v in vs for s in v]
        f.need(70)
        acct_head(f, p, acct, icn)
        f.cont = lambda f, a=(p, acct, icn): acct_head(f, *a, cont=True)
        for s in ss:
            desc = s.desc
            f.need(12)
            f.y += 11
            row(d, x0, f.y, cols, {"date": dfmt(s.dos, "mdy2"), "rev": rev[s.code[:2]],
                                   "code": s.code + (" " + " ".join(s.mods) if s.mods else ""),
                                   "desc": desc.upper()[:34], "qty": units_str(s.units), "chg": M(s.billed, ",")}, 8.5)
            t.lines.append(truth_line(f.page, s, claim_id=acct, payer_claim_id=icn, patient=p, printed=("billed",),
                                      overrides={"description": desc.upper()[:34]}))
        f.cont = None
        f.need(60)
        d.hline(x0 + 200, x0 + W, f.y + 4, 0.4)
        tb = total(ss, "billed")
        for lbl, v in (("Total charges", tb),
                       ("Zephyr Ridge Health Plan payment  02/02/2026", -paid_by[acct]),
                       ("Contractual adjustment - Zephyr Ridge Health Plan", -adj_by[acct]),
                       ("Account balance", tb - paid_by[acct] - adj_by[acct])):
            f.y += 12
            d.font(8.5, lbl in ("Total charges", "Account balance"))
            d.text(x0 + 136, f.y, lbl)
            d.text(x0 + W - 3, f.y, money(v, ",", "trail"), "r")
        t.claim(acct, icn, p, billed=tb)
        f.y += 18
    doc.save()
    return (t, {}), doc


# =============================================================================================== driver
LAYOUTS = [  # name, render, producer, description, every adjustment printed with its code and amount
    ("h219_cm_cedarline", render_c1, "reportlab",
     "Commercial member EOB for a family, portrait Liberation Serif, grouped 'What you pay' header, code with "
     "modifiers in parentheses, description under the code, claim continued on page 2.", False),
    ("h219_cm_union_fund", render_c2, "fpdf2",
     "Union health and welfare fund member EOB, landscape mono print, four family members, AMOUNT NOT ALLOWED "
     "column, truncated descriptions, planted EMPLOYEE RESP total mismatch, claim continued.", False),
    ("h219_msn_partb", render_m1, "fpdf2",
     "Medicare Summary Notice Part B, portrait DejaVu Sans, date at the start of the service cell, code and "
     "modifiers hyphenated in parentheses, wrapped service text, no units, no provider account.", False),
    ("h219_ma_hmopos", render_m2, "reportlab",
     "Medicare Advantage HMO-POS member EOB, portrait Liberation Sans Narrow, dark banner, long wrapped "
     "descriptions, visit copays, a denied out-of-network claim.", False),
    ("h219_mcd_portal_ra", render_r1, "reportlab",
     "State Medicaid remittance advice printed from a provider portal, landscape Liberation Sans, claim status "
     "bands, Mod 1 / Mod 2, Grp / Adj Rsn / Adj Amt / Remark, denied claim, credit and debit adjustment.", True),
    ("h219_mcd_spenddown", render_r2, "fpdf2",
     "Medical assistance provider remittance statement, portrait Liberation Mono, TCN / MED REC NO, CCYYMMDD "
     "dates, PROC-MOD hyphenated, spenddown column, claim continued with ** CONTINUED **.", False),
    ("h219_remit_clearinghouse", render_p1, "reportlab",
     "Clearinghouse-formatted Medicare Part B remittance, landscape Helvetica, all group-reason adjustments in "
     "one cell, remark codes, patient responsibility line under claim totals.", True),
    ("h219_remit_pm_register", render_p2, "fpdf2",
     "Practice-management insurance payment register (ERA posting), landscape DejaVu Sans Mono, GRP/RC + ADJ AMT "
     "columns with a separate sequestration column, account number on every row.", False),
    ("h219_stmt_clinic_family", render_s1, "fpdf2",
     "Therapy clinic family statement, portrait Liberation Sans, visit heading rows with insurer claim numbers, "
     "Ins Paid / Ins Adj / Your Balance per service line, patient payment row, aging boxes.", False),
    ("h219_stmt_hospital", render_s2, "reportlab",
     "Hospital outpatient guarantor statement, portrait Times, right sidebar on every page, revenue codes, "
     "charges per line, account-level insurance payment and adjustment rows, an account continued.", False),
]


def write_all(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, fn, producer, desc, _ in LAYOUTS:
        pdf = out / f"{name}.pdf"
        (t, legend), n = render_twice(fn, pdf)
        write_truth(pdf, name, producer, n, desc, t.lines, t.claims, list(legend.items()), t.findings)
        print(f"{pdf.name}: {n} pages, {len(t.lines)} lines, {len(t.claims)} claims")


MONEY_RE = re.compile(r"\d\.\d\d\b")


def _amt_re(v: str) -> re.Pattern:
    a = abs(Decimal(v))
    alts = {f"{a:,.2f}", f"{a:.2f}"}
    return re.compile(r"(?<![\d.,])\$?(" + "|".join(re.escape(x) for x in alts) + r")(?![\d])")


def _date_forms(iso: str) -> set[str]:
    d = date.fromisoformat(iso)
    forms = {dfmt(d, s) for s in ("mdy2", "mdy4", "mdyn", "mon", "month", "iso")}
    forms |= {d.strftime("%Y%m%d"), dfmt(d, "mdy2").replace("/", "-")}
    return forms


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def check(out: Path) -> int:
    import pdfplumber
    errs: list[str] = []
    spanning = 0
    producers = set()
    nlines = 0
    for name, _fn, producer, _d, adj_complete in LAYOUTS:
        pdf = out / f"{name}.pdf"
        tr = json.loads(Path(str(pdf) + ".truth.json").read_text(encoding="utf-8"))
        with pdfplumber.open(pdf) as p:
            raw = pdf.read_bytes().lower()
            producers.add("reportlab" if b"reportlab" in raw else ("fpdf" if b"fpdf" in raw else "?"))
            pages = [pg.extract_text() or "" for pg in p.pages]
        if len(pages) != tr["pages"]:
            errs.append(f"{name}: {len(pages)} pages, truth says {tr['pages']}")
        doc_text = _norm(" ".join(pages))
        plines = [pg.splitlines() for pg in pages]
        used = set()
        for k, ln in enumerate(tr["lines"]):
            nlines += 1
            if not 1 <= ln["page"] <= len(pages):
                errs.append(f"{name} line {k}: bad page {ln['page']}")
                continue
            lines = plines[ln["page"] - 1]
            rows = []
            for i, txt in enumerate(lines):
                rt = txt
                for j in (i + 1, i + 2):  # a wrapped description / code may run onto two more text lines
                    if j >= len(lines) or MONEY_RE.search(lines[j]):
                        break
                    rt += " " + lines[j]
                rows.append((i, rt))
            need = []
            if ln["code"]:
                need.append(re.compile(r"(?<![\d])" + re.escape(ln["code"])))
            for m in ln["modifiers"]:
                need.append(re.compile(re.escape(m)))
            if ln["units"] is not None:
                need.append(re.compile(r"(?<![\d.,/:$-])" + re.escape(ln["units"]) + r"(\.0+)?(?![\d.,/:])"))
            for key in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                        "not_covered", "discount"):
                if ln[key] is not None and Decimal(ln[key]) != 0:
                    need.append(_amt_re(ln[key]))
            for g, r, a in ln["adjustments"]:
                need.append(re.compile(re.escape(r)))
                if a is not None:
                    need.append(_amt_re(a))
            for r in ln["remarks"]:
                need.append(re.compile(r"\b" + re.escape(r) + r"\b"))
            dforms = _date_forms(ln["service_date"])
            hits = [i for i, rt in rows if all(rx.search(rt) for rx in need) and any(df in rt for df in dforms)
                    and ((ln["page"], i) not in used)]
            if not hits:
                errs.append(f"{name} line {k} ({ln['service_date']} {ln['code']} {ln['billed']}): no single text row "
                            f"on page {ln['page']} holds all its printed values")
            else:
                used.add((ln["page"], hits[0]))
                rt = dict(rows)[hits[0]]
                if ln["description"] and not all(w in rt for w in ln["description"].split()):
                    errs.append(f"{name} line {k}: description not on its row")
            for key in ("claim_id", "payer_claim_id", "patient"):
                if ln[key] and _norm(ln[key]) not in doc_text:
                    errs.append(f"{name} line {k}: {key} {ln[key]!r} not in the document")
            # the document's own arithmetic
            D0 = lambda x: Decimal(x) if x is not None else None  # noqa: E731
            b, pd_ = D0(ln["billed"]), D0(ln["paid"])
            if adj_complete and ln["adjustments"] and b is not None and pd_ is not None:
                s = sum(Decimal(a) for _, _, a in ln["adjustments"])
                if b - s != pd_:
                    errs.append(f"{name} line {k}: billed - adjustments {b - s} != paid {pd_}")
            parts = [D0(ln[x]) for x in ("discount", "not_covered", "deductible", "copay", "coinsurance")]
            if b is not None and pd_ is not None and all(x is not None for x in parts):
                if b - sum(parts) != pd_:
                    errs.append(f"{name} line {k}: billed - discount - not covered - member share != paid")
        # claim totals
        span_here = False
        groups: dict = {}
        for ln in tr["lines"]:
            groups.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), []).append(ln)
        for c in tr["claims"]:
            key = (c["claim_id"], c["payer_claim_id"], c["patient"])
            ls = groups.get(key)
            if not ls:
                errs.append(f"{name}: claim {key} has no lines")
                continue
            if len({x["page"] for x in ls}) > 1:
                span_here = True
            for f, v in c["totals"].items():
                if v is None or all(x[f] is None for x in ls):  # a claim-level figure with no line values
                    continue
                s = sum(Decimal(x[f]) for x in ls if x[f] is not None)
                planted = any(c["payer_claim_id"] in e for e in tr["expected_findings"])
                if (s != Decimal(v)) != (planted and f == "patient_owes"):
                    errs.append(f"{name}: claim {key} total {f} {v} vs lines {s} (planted={planted})")
                if not _amt_re(v).search(doc_text):
                    errs.append(f"{name}: claim total {f} {v} not printed")
        spanning += span_here
        if len(tr["claims"]) < 2:
            errs.append(f"{name}: fewer than two claims")
    if spanning < 3:
        errs.append(f"only {spanning} files have a claim running across a page break (need 3)")
    if not {"reportlab", "fpdf"} <= producers:
        errs.append(f"producers seen: {producers}")
    for e in errs:
        print("CHECK FAIL:", e)
    print(f"check: {len(LAYOUTS)} files, {nlines} lines, {spanning} files with a claim across a page break, "
          f"{'OK' if not errs else f'{len(errs)} problems'}")
    return 1 if errs else 0


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout219_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    write_all(out)
    print(f"wrote {out}")
    if "--check" in argv:
        return check(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
