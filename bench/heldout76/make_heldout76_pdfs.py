"""Write the SEVENTY-SIXTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten
layouts, two of each of the five commonest real document kinds, each in a house style of its own. Written
without looking at the reader, its tests or its results.

Run:  python bench/heldout76/make_heldout76_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout76/make_heldout76_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Drawing goes through h76draw.py (same
folder): layouts draw on a page list in top-left points, rendered by reportlab (invariant=1) or fpdf2 (fixed
creation date). Deterministic: no randomness, no clock.

Truth format: the one of samples/pdf (samples/pdf/eobgen.write_truth, <name>.pdf.truth.json), printed values
only, null for what a layout does not print (units null where no quantity is printed for the line, modifiers []
where none are printed, description null throughout). claim_id = the provider's own account / patient-control /
visit / hospital-account number as printed, payer_claim_id = the payer's claim number / ICN / TCN, patient = the
person who received the service exactly as printed ("BRENNAN, TALIA" where the page prints it so), never the
subscriber or guarantor unless the same person. Where a layout prints From and Thru per line, service_end is the
Thru date. Adjustments are recorded only where a group + reason code is printed with its amount (d2, p1, p2);
remark / note / EOB message codes printed on the line are remarks. Claim totals ("totals" in each claim record)
only where the layout prints them, null otherwise. No planted mismatches (expected_findings empty). Every name,
number, payer, provider, address and ID is invented; service wording is our own.

Layouts (10 files, 267 service lines, 17 pages; a claim's rows continue onto the next page in c1, m2, d1, s2):
  c1  commercial member EOB (reportlab, portrait Liberation Serif, ruled claim boxes): family summary table on
      page 1, "Claim for <Name> (<relation>)" shaded heads with Claim no. / Provider acct no., Date of Service
      mm/dd/yyyy / Procedure / Modifier "GO 59" / Units / Billed / Network Savings / Allowed / Not Covered /
      Deductible / Copay / Coinsurance / Plan Paid / Your Cost / Notes, three family members, a denied line,
      last claim continues on page 2 under "(continued)" and a repeated header, note legend
  c2  commercial PPO "Claims Statement" (fpdf2, landscape DejaVu Serif Condensed, left sidebar): sidebar with
      deductible / out-of-pocket progress and family list, claim heads "Patient / Claim # / Your provider's
      reference", Service dates mm/dd/yy / What you received "97110-GP: <our wording>" (wrapping onto a grey
      second text line) / Qty / dollar-sign amounts, four family members, visit copays, a not-covered line, claim
      totals with "You may owe the provider" (claim patient_owes only there)
  m1  Medicare Summary Notice Part B (reportlab, portrait DejaVu Sans): page-1 summary and deductible box, claim
      blocks with provider address and "Claim Number", "Service Provided & Billing Code" as "97530 Therapeutic
      ..." with wording wrapping to a second text line, Service Approved? / Amount Provider Charged /
      Medicare-Approved Amount / Medicare Paid / Maximum You May Be Billed / See Notes Below, claim totals,
      letter notes page; no units, no modifiers, no provider account
  m2  Medicare Advantage PPO monthly EOB (fpdf2, portrait Liberation Serif): cost box, claim heads "Claim ID /
      Provider / Patient account", Date(s) of Service 1/5/2026 / Service description / Procedure code "97110 GP
      KX" / Provider charges / Plan-approved / Plan paid / Your share / Notes, per-visit copay, a 20-line claim
      continued onto page 2 with "(continued)" and a repeated header, claim totals
  d1  state Medicaid remittance advice (fpdf2, landscape core Courier): banner and "PAGE n OF N" per page,
      STATUS: PAID / DENIED / ADJUSTED sections, "RECIPIENT: LAST, FIRST  RECIP ID  PAT ACCT  ICN" heads,
      LI / FROM / TO (mm/dd/yy) / PROC / M1 M2 / UNITS "3.0" / BILLED / ALLOWED / TPL / PAID / EOB, a reversal
      with leading-minus amounts and its replacement, a long claim broken across pages ("CLAIM CONTINUED")
  d2  Medicaid managed-care RA (reportlab, portrait Liberation Sans Narrow, boxed claim blocks): label/value
      grid per claim (Member / Member ID / Claim Number / Patient Control No / Status), Ln / From / To
      (mm/dd/yyyy) / Procedure "92507-GN" / Units "1.00" / Billed / Allowed / Paid / Adjustment "CO-45 88.70" /
      Remark, a denied claim, claim totals
  p1  clearinghouse reprint of a Medicare standard paper remit (reportlab, portrait Liberation Mono): NAME /
      HIC / ACNT / ICN / ASG / MOA heads, PERF PROV / SERV DATE "0105 010526" / POS / NOS / PROC / MODS / BILLED /
      ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD, additional adjustments on continuation text lines under the
      row, CLAIM TOTALS and PT RESP (claim patient_owes only there), a denied line, glossary on page 2
  p2  practice-management "Insurance Payment Detail" of a Medicare payment (fpdf2, landscape core Helvetica):
      patient heads "Pt: Last, First  Acct#  Payer Claim#", DOS 01/05/2026 / Proc / Mod / Units / Charge /
      Allowed / Paid / Adjustments "CO-45 54.15 PR-2 7.37" / Pt Resp / RARC, a reversal in parentheses and its
      corrected claim, claim totals
  s1  therapy-clinic family statement (reportlab, portrait DejaVu Sans): detach stub, visit head rows "Visit
      #... <Patient> - billed to <payer>, claim ...", Date / Description / Code "97530GO" / Units / Charges /
      Ins. Paid / Ins. Adj. / You Owe, three family members, a denied visit the family owes, account aging box
  s2  hospital outpatient-rehab guarantor statement (fpdf2, portrait Liberation Sans): "Hospital Account" per
      encounter, itemized Date / Rev / Description / CPT-HCPCS "97110-GP" / Qty / Amount, insurance payment and
      adjustment rows per account (not per line), total charges per account, a long account continuing on page
      2 with "(continued)", two family members; service lines print only the charge

The self-check (--check) tests the factory, not the reader: it reads each PDF's text layer with pdfplumber,
finds each truth line's row (by the position the factory drew it at) and requires on THAT text line the date,
code / modifiers and units as the layout prints them and every non-null amount in the layout's money format,
with adjustments and remarks inside the row's band; ids and patients in the page's text; the page count; and the
documents' own arithmetic (billed - adjustments = paid where every adjustment is printed; billed - discount - not
covered = allowed and allowed - deductible - copay - coinsurance = paid on member EOBs; billed - paid - adjust =
owes on s1; claim totals = sum of lines where printed).
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    FIXED_WHEN, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money, negate,
    truth_line, units_str, write_truth,
)
from h76draw import Doc, render_fpdf, render_rl  # noqa: E402

D = date
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


class Lay:
    """One layout being drawn: the Doc, its truth lines / claims, and how it prints values (for --check)."""

    def __init__(self, name, producer, desc, size, family, *, date_f, code_f, money_f, units_f=units_str,
                 end_f=None, adj_f=None, arith=()):
        self.name, self.producer, self.desc = name, producer, desc
        self.doc = Doc(size[0], size[1], family)
        self.lines: list[dict] = []
        self.claims: list[dict] = []
        self.pos: list[tuple] = []
        self.legend: list[tuple] = []
        self.date_f, self.code_f, self.money_f, self.units_f = date_f, code_f, money_f, units_f
        self.end_f, self.adj_f, self.arith = end_f, adj_f, set(arith)

    def add(self, s: Svc, claim: dict, y: float, printed, *, units=True, mods=True, adjs=None, remarks=(),
            end=None, band=0.0, date_row=True):
        row = truth_line(self.doc.page, s, claim_id=claim["claim_id"], payer_claim_id=claim["payer_claim_id"],
                         patient=claim["patient"], printed=tuple(printed), service_end=end, units=units,
                         modifiers=mods, adjustments=adjs, remarks=list(remarks), description=False)
        self.lines.append(row)
        self.pos.append((self.doc.page, y, y + band, date_row))

    def claim(self, c: dict, totals=None):
        rec = {"claim_id": c["claim_id"], "payer_claim_id": c["payer_claim_id"], "patient": c["patient"],
               "totals": totals}
        self.claims.append(rec)


def C(claim_id, payer_claim_id, patient):
    return {"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient}


def build(fn, items, st=None, **kw):
    out = []
    for it in items:
        dos, code, units = it[0], it[1], it[2]
        mods = it[3] if len(it) > 3 else ()
        denied = it[4] if len(it) > 4 else None
        s = Svc(dos, code, Decimal(str(units)), tuple(mods), denied=denied)
        if fn is medicaid:
            out.append(medicaid(s, **kw))
        else:
            out.append(fn(s, st, **kw))
    return out


def tot(svcs, attr):
    return sum((getattr(s, attr) for s in svcs), ZERO)


def m_plain(d):
    return money(d, ",")


def m_dollar(d):
    return money(d, "$", "()")


def m_bare(d):
    return money(d, "")


class Flow:
    def __init__(self, lay: Lay, top: float, bottom: float, on_page):
        self.lay, self.top, self.bottom, self.on_page = lay, top, bottom, on_page
        self.y = top

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.lay.doc.new_page()
            self.y = self.top
            self.on_page()
            return True
        return False


def cells(doc: Doc, y, cols, vals, size, bold=False, gray=0.0):
    for (x, al), v in zip(cols, vals):
        if v not in (None, ""):
            doc.text(x, y, v, size, bold, al, gray)


# ============================================================================================== c1
def lay_c1() -> Lay:
    L = Lay("h76_c1_member_eob_family", "reportlab", "commercial member EOB, ruled claim boxes, family of three",
            LETTER, "LibSerif", date_f=lambda d: dfmt(d, "mdy4"),
            code_f=lambda c, m: [c, *m], money_f=m_plain, arith=("cost",))
    d = L.doc
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("35.00")})
    fam = [("Ruth Okafor-Lind", "Self"), ("Marcus Lind", "Spouse"), ("Ivy Lind", "Daughter")]
    claims = [
        (0, "Harborlight Hand & Upper Limb Therapy", "HL-88213", "KMP2601140031",
         build(commercial, [(D(2026, 1, 6), "97165", 1, ("GO",)), (D(2026, 1, 6), "97760", 2, ("GO",)),
                            (D(2026, 1, 6), "L3807", 1, ("RT",)), (D(2026, 1, 13), "97140", 2, ("GO", "59")),
                            (D(2026, 1, 13), "97110", 2, ("GO",)), (D(2026, 1, 13), "0552T", 1, (), "PR")], st)),
        (1, "Lakeview Family Medicine", "LFM-5530917", "KMP2601160187",
         build(commercial, [(D(2026, 1, 9), "99213", 1, ("25",)), (D(2026, 1, 9), "G0283", 1)], st)),
        (2, "Sprout & Speak Pediatric Therapy", "SSP-20471", "KMP2601200452",
         build(commercial, [(D(2026, 1, 7) + timedelta(days=7 * i), c, u, m)
                            for i in range(9) for c, u, m in (("92507", 1, ("GN",)), ("97530", 2, ("GO", "59")),
                                                              ("97535", 1, ("GO",)))], st)),
    ]
    xs = [36, 86, 118, 150, 190, 236, 278, 318, 358, 398, 430, 466, 512, 552, 572]
    cols = [(36, "l"), (86, "l"), (118, "l"), (160, "r"), (212, "r"), (252, "r"), (292, "r"), (330, "r"),
            (368, "r"), (404, "r"), (446, "r"), (490, "r"), (534, "r"), (560, "l")]
    heads = [("Date of", "Service"), ("Procedure", ""), ("Modifier", ""), ("Units", ""), ("Billed", ""),
             ("Network", "Savings"), ("Allowed", ""), ("Not", "Covered"), ("Deduc-", "tible"), ("Copay", ""),
             ("Co-", "insurance"), ("Plan", "Paid"), ("Your", "Cost"), ("Notes", "")]
    state = {"claim": None}

    def furniture():
        d.text(36, 40, "KEYSTONE MEADOW HEALTH PLAN", 14, True)
        d.text(36, 54, "Explanation of Benefits  -  THIS IS NOT A BILL", 9)
        d.text(576, 40, "Statement date: 02/03/2026", 8, align="r")
        d.text(576, 52, "Member ID: KMH-440271-01", 8, align="r")
        d.line(36, 62, 576, 62, 1.2)
        d.text(306, 770, "Page %d of {NP}   |   Questions? Call Member Services at 1-800-555-0147 (TTY 711)"
               % d.page, 7, align="c")

    def colhead(y):
        d.rect(36, y - 9, 540, 20, fill=0.88, stroke=False)
        for (x, al), (a, b) in zip(cols, heads):
            d.text(x, y, a, 6.3, True, al)
            if b:
                d.text(x, y + 8, b, 6.3, True, al)
        return y + 20

    def on_page():
        furniture()
        if state["claim"]:
            i, prov, acct, cno = state["claim"]
            name, rel = fam[i]
            d.text(36, F.y, f"Claim for {name} ({rel})  -  Claim no. {cno}  (continued)", 8.5, True)
            F.y = colhead(F.y + 14)

    F = Flow(L, 80, 740, on_page)
    furniture()
    d.text(36, 80, "Ruth Okafor-Lind", 9, True)
    d.text(36, 91, "2216 Quarry Bend Rd", 9)
    d.text(36, 102, "Millbrook, PA 17555-0216", 9)
    d.rect(330, 74, 246, 44)
    d.text(338, 86, "Group: Ardent Valve Works, Inc.  (Group 00417)", 7.5)
    d.text(338, 98, "Plan: Keystone Meadow PPO 1500", 7.5)
    d.text(338, 110, "Period covered: 01/01/2026 - 01/31/2026", 7.5)
    y = 136
    d.text(36, y, "Summary of claims for your family", 10, True)
    y += 12
    d.rect(36, y - 9, 540, 12, fill=0.9, stroke=False)
    for x, al, t in ((40, "l", "Family member"), (220, "r", "Billed"), (300, "r", "Plan Paid"),
                     (380, "r", "Your Cost"), (470, "r", "Claims")):
        d.text(x, y, t, 7.5, True, al)
    for i, (name, rel) in enumerate(fam):
        y += 12
        sv = [s for (k, *_r, ss) in claims if k == i for s in ss]
        d.text(40, y, f"{name} ({rel})", 7.5)
        for x, v in ((220, tot(sv, "billed")), (300, tot(sv, "paid")), (380, tot(sv, "owes"))):
            d.text(x, y, m_plain(v), 7.5, align="r")
        d.text(470, y, "1", 7.5, align="r")
    F.y = y + 26
    for i, prov, acct, cno, svcs in claims:
        name, rel = fam[i]
        c = C(acct, cno, name)
        F.need(70)
        d.rect(36, F.y - 10, 540, 26, fill=0.8, stroke=False)
        d.text(40, F.y, f"Claim for {name} ({rel})", 9, True)
        d.text(572, F.y, f"Claim no. {cno}", 8, align="r")
        d.text(40, F.y + 11, f"Provider: {prov}   Provider acct no. {acct}   Processed 01/28/2026", 7.5)
        F.y = colhead(F.y + 30)
        state["claim"] = (i, prov, acct, cno)
        for s in svcs:
            F.need(12)
            notes = ["N4"] if s.denied else (["D1"] if s.deductible else [])
            vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), m_plain(s.billed),
                    m_plain(s.discount), m_plain(s.allowed), m_plain(s.not_covered), m_plain(s.deductible),
                    m_plain(s.copay), m_plain(s.coinsurance), m_plain(s.paid), m_plain(s.owes), " ".join(notes)]
            cells(d, F.y, cols, vals, 7)
            L.add(s, c, F.y, ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                              "paid", "patient_owes"), remarks=notes)
            d.line(36, F.y + 3, 576, F.y + 3, 0.3, 0.6)
            F.y += 11
        state["claim"] = None
        F.need(14)
        vals = ["Claim totals", "", "", "", m_plain(tot(svcs, "billed")), m_plain(tot(svcs, "discount")),
                m_plain(tot(svcs, "allowed")), m_plain(tot(svcs, "not_covered")), m_plain(tot(svcs, "deductible")),
                m_plain(tot(svcs, "copay")), m_plain(tot(svcs, "coinsurance")), m_plain(tot(svcs, "paid")),
                m_plain(tot(svcs, "owes")), ""]
        cells(d, F.y + 2, cols, vals, 7, True)
        d.line(36, F.y - 6, 576, F.y - 6, 0.8)
        L.claim(c, claim_totals(tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"), tot(svcs, "owes")))
        F.y += 22
    L.legend = [("D1", "Part of this amount counted toward your yearly deductible."),
                ("N4", "Your plan does not cover this service; the provider may bill you for it.")]
    F.need(40)
    d.text(36, F.y, "Notes", 9, True)
    for k, t in L.legend:
        F.y += 11
        d.text(36, F.y, f"{k}  {t}", 7.5)
    return L


# ============================================================================================== c2
def lay_c2() -> Lay:
    L = Lay("h76_c2_ppo_claims_statement", "fpdf2", "PPO claims statement with a left sidebar, family of four",
            LAND, "DejaSerifC", date_f=lambda d: dfmt(d, "mdy2"),
            code_f=lambda c, m: ["-".join((c, *m)) + ":"], money_f=m_dollar, arith=("cost",))
    d = L.doc
    st = PlanState(ded_left=Decimal("0.00"), visit_copay=Decimal("30.00"))
    fam = [("Gideon Achterberg", "Subscriber"), ("Paula Achterberg", "Spouse"), ("Theo Achterberg", "Son"),
           ("Wren Achterberg", "Daughter")]
    claims = [
        (2, "Northgate Pediatric Rehab", "NPR-0061193", "PL26-0311-4420",
         build(commercial, [(D(2026, 2, 2), "97166", 1, ("GO",)), (D(2026, 2, 2), "97530", 2, ("GO",)),
                            (D(2026, 2, 9), "97530", 3, ("GO",)), (D(2026, 2, 9), "97112", 1, ("GO", "59"))], st)),
        (3, "Northgate Pediatric Rehab", "NPR-0061207", "PL26-0311-4431",
         build(commercial, [(D(2026, 2, 3), "92523", 1, ("GN",)), (D(2026, 2, 10), "92507", 1, ("GN",)),
                            (D(2026, 2, 17), "92507", 1, ("GN",)), (D(2026, 2, 17), "97129", 1, ("GN",), "CO")], st)),
        (1, "Cedar Row Physical Therapy", "CRPT-7745", "PL26-0318-0902",
         build(commercial, [(D(2026, 2, 5), "97161", 1, ("GP",)), (D(2026, 2, 5), "97140", 2, ("GP",)),
                            (D(2026, 2, 12), "97110", 3, ("GP",)), (D(2026, 2, 12), "97116", 1, ("GP",)),
                            (D(2026, 2, 19), "97110", 2, ("GP",)), (D(2026, 2, 19), "G0283", 1, ("GP",))], st)),
        (0, "Old Mill Urgent & Family Care", "OMF-339021", "PL26-0320-1177",
         build(commercial, [(D(2026, 2, 14), "99213", 1)], st)),
    ]
    d.rect(0, 0, 178, 612, fill=0.9, stroke=False)
    d.text(14, 34, "Plan of the Lakes", 15, True)
    d.text(14, 48, "Claims Statement", 10)
    sb = [("Subscriber", "Gideon Achterberg"), ("Member ID", "POL 7720 4415"), ("Plan", "Lakes PPO Silver 30"),
          ("Statement period", "02/01/26 - 02/28/26")]
    y = 74
    for a, b in sb:
        d.text(14, y, a, 7, gray=0.35)
        d.text(14, y + 10, b, 8.5, True)
        y += 26
    y += 6
    d.text(14, y, "Your 2026 progress", 9, True)
    for a, b in (("Deductible (family)", "$1,000.00 of $1,000.00 met"), ("Out-of-pocket (family)",
                                                                        "$1,418.20 of $6,000.00")):
        y += 14
        d.text(14, y, a, 7)
        d.text(14, y + 9, b, 7.5, True)
        y += 9
    y += 20
    d.text(14, y, "People on this statement", 9, True)
    for n, r in fam:
        y += 12
        d.text(14, y, f"{n} - {r}", 7.2)
    d.text(14, 560, "Not a bill. Keep for your records.", 7, gray=0.3)
    d.text(14, 572, "Customer Care 1-877-555-0190", 7, gray=0.3)
    d.text(770, 596, "Page 1 of {NP}", 7, align="r")
    d.text(192, 36, "Here is what happened with your recent claims", 12, True)
    d.text(192, 50, "Amounts show what the provider billed, what your plan allowed and paid, and what you may owe "
                    "the provider.", 8)
    cols = [(192, "l"), (232, "l"), (396, "r"), (440, "r"), (484, "r"), (528, "r"), (572, "r"), (612, "r"),
            (652, "r"), (694, "r"), (736, "r"), (748, "l")]
    heads = [("Service", "date(s)"), ("What you received", ""), ("Qty", ""), ("Amount", "billed"),
             ("Plan", "discount"), ("Plan", "allowed"), ("Not", "covered"), ("Deductible", ""), ("Copay", ""),
             ("Coins.", ""), ("Plan", "paid"), ("Remark", "")]
    yy = 72
    for i, prov, ref, cno, svcs in claims:
        name, rel = fam[i]
        c = C(ref, cno, name)
        d.rect(190, yy - 10, 590, 14, fill=0.75, stroke=False)
        d.text(194, yy, f"Patient: {name} ({rel})", 8.5, True)
        d.text(400, yy, f"Claim # {cno}", 8)
        d.text(540, yy, f"Your provider's reference: {ref}", 8)
        yy += 12
        d.text(194, yy, f"Provided by {prov}  -  received 03/02/26, processed 03/06/26", 7.2, gray=0.25)
        yy += 13
        for (x, al), (a, b) in zip(cols, heads):
            d.text(x, yy, a, 6.4, True, al)
            if b:
                d.text(x, yy + 7.5, b, 6.4, True, al)
        yy += 12
        d.line(190, yy - 2, 780, yy - 2, 0.6)
        for s in svcs:
            yy += 10
            rem = ["X12"] if s.denied else []
            words = d.wrap("-".join((s.code, *s.mods)) + ": " + s.desc, 6.8, 140)
            vals = [dfmt(s.dos, "mdy2"), words[0], units_str(s.units),
                    m_dollar(s.billed), m_dollar(s.discount), m_dollar(s.allowed), m_dollar(s.not_covered),
                    m_dollar(s.deductible), m_dollar(s.copay), m_dollar(s.coinsurance), m_dollar(s.paid),
                    " ".join(rem)]
            cells(d, yy, cols, vals, 6.8)
            for w in words[1:]:
                d.text(240, yy + 8, w, 6.8, gray=0.3)
                yy += 8
            L.add(s, c, yy - 8 * (len(words) - 1), ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                             "coinsurance", "paid"), remarks=rem)
        yy += 11
        d.line(190, yy - 8, 780, yy - 8, 0.3)
        vals = ["", "Claim total", "", m_dollar(tot(svcs, "billed")), m_dollar(tot(svcs, "discount")),
                m_dollar(tot(svcs, "allowed")), m_dollar(tot(svcs, "not_covered")), m_dollar(tot(svcs, "deductible")),
                m_dollar(tot(svcs, "copay")), m_dollar(tot(svcs, "coinsurance")), m_dollar(tot(svcs, "paid")), ""]
        cells(d, yy, cols, vals, 6.8, True)
        d.text(736, yy + 10, f"You may owe the provider: {m_dollar(tot(svcs, 'owes'))}", 7, True, "r")
        L.claim(c, claim_totals(tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"), tot(svcs, "owes")))
        yy += 26
    L.legend = [("X12", "Not a covered benefit under your plan; the provider has agreed not to bill you.")]
    d.text(192, yy, "Remark X12: " + L.legend[0][1], 7)
    return L


# ============================================================================================== m1
def lay_m1() -> Lay:
    L = Lay("h76_m1_msn_partb", "reportlab", "Medicare Summary Notice Part B, one beneficiary, four claims",
            LETTER, "DejaSans", date_f=lambda d: dfmt(d, "mdy2"), code_f=lambda c, m: [c], money_f=m_dollar)
    d = L.doc
    st = PlanState(ded_left=Decimal("283.00"))
    ben = "ELEANOR V. MACKEY"
    claims = [
        ("Tidewater Outpatient Therapy", "410 Pilings Ave, Suite 2", "Port Hollis, VA 23599", "26-010-71843-001",
         build(medicare, [(D(2026, 1, 5), "97161", 1, ("GP",)), (D(2026, 1, 5), "97110", 2, ("GP",)),
                          (D(2026, 1, 5), "97140", 1, ("GP",))], st)),
        ("Tidewater Outpatient Therapy", "410 Pilings Ave, Suite 2", "Port Hollis, VA 23599", "26-020-71911-004",
         build(medicare, [(D(2026, 1, 12), "97110", 2, ("GP",)), (D(2026, 1, 12), "97112", 1, ("GP",)),
                          (D(2026, 1, 12), "0552T", 1, (), "PR"), (D(2026, 1, 19), "97110", 2, ("GP",)),
                          (D(2026, 1, 19), "97530", 1, ("GP",)), (D(2026, 1, 19), "G0283", 1, ("GP",))], st)),
        ("Bayside Internal Medicine Assoc.", "88 Channel Street", "Port Hollis, VA 23598", "26-023-40117-220",
         build(medicare, [(D(2026, 1, 21), "99213", 1)], st)),
        ("Tidewater Outpatient Therapy", "410 Pilings Ave, Suite 2", "Port Hollis, VA 23599", "26-034-72060-002",
         build(medicare, [(D(2026, 1, 26) + timedelta(days=k), c, u) for k in (0, 2)
                          for c, u in (("97110", 2), ("97116", 1), ("97140", 1))], st)),
    ]

    def furn():
        d.text(36, 36, "Medicare Summary Notice for Part B (Medical Insurance)", 13, True)
        d.text(36, 50, f"{ben}  |  Notice date: March 2, 2026", 8)
        d.text(576, 770, "Page %d of {NP}" % d.page, 7.5, align="r")
        d.line(36, 58, 576, 58, 1)

    furn()
    d.rect(36, 70, 260, 150)
    d.text(44, 86, ben, 9, True)
    d.text(44, 98, "1907 Saltmarsh Lane", 8.5)
    d.text(44, 110, "Port Hollis, VA 23598-1907", 8.5)
    d.text(44, 134, "Medicare Number: XXXX-XX4417", 8)
    d.text(44, 148, "Claims processed: Dec 1, 2025 - Feb 28, 2026", 8)
    d.rect(316, 70, 260, 150, fill=0.93)
    d.text(324, 86, "Your Deductible Status", 10, True)
    d.text(324, 100, "Your deductible is what you must pay each year for", 7.5)
    d.text(324, 110, "most health services before Medicare begins to pay.", 7.5)
    d.text(324, 126, "Part B Deductible: You have now met $283.00 of", 7.5, True)
    d.text(324, 136, "your $283.00 deductible for 2026.", 7.5, True)
    allsv = [s for *_r, ss in claims for s in ss]
    d.text(324, 160, "Did Medicare approve all services?  NO", 8, True)
    d.text(324, 172, "Total You May Be Billed: " + m_dollar(tot(allsv, "owes")), 8, True)
    d.text(36, 244, "Providers with claims this period", 10, True)
    y = 258
    for p in sorted({c[0] for c in claims}):
        d.text(44, y, p, 8)
        y += 11
    d.text(36, y + 12, "If you think Medicare should have approved a service, you can ask for a redetermination;",
           8)
    d.text(36, y + 23, "see the last page.", 8)
    F = Flow(L, 76, 740, furn)
    F.y = y + 50
    cols = [(36, "l"), (76, "l"), (270, "c"), (340, "r"), (410, "r"), (470, "r"), (536, "r"), (546, "l")]
    heads = [("Date", ""), ("Service Provided & Billing Code", ""), ("Service", "Approved?"),
             ("Amount", "Provider", "Charged"), ("Medicare-", "Approved", "Amount"), ("Medicare", "Paid"),
             ("Maximum You", "May Be", "Billed"), ("See", "Notes")]
    d.text(36, F.y - 12, "Your Claims for Part B (Medical Insurance)", 11, True)
    for prov, a1, a2, cno, svcs in claims:
        c = C(None, cno, ben)
        F.need(90 + 0 * len(svcs))
        d.rect(36, F.y, 540, 40, fill=0.9, stroke=False)
        d.text(42, F.y + 12, prov, 8.5, True)
        d.text(42, F.y + 23, f"{a1}, {a2}", 7.5)
        d.text(42, F.y + 34, "Service provided by: " + ("Inga Solvang, PT" if "Tidewater" in prov
                                                       else "Raymond Okoye, MD"), 7.5)
        d.text(570, F.y + 12, f"Claim Number: {cno}", 8, align="r")
        d.text(570, F.y + 23, "Date processed: 02/18/2026", 7.5, align="r")
        F.y += 54
        for (x, al), hs in zip(cols, heads):
            for j, hh in enumerate(hs):
                if hh:
                    d.text(x, F.y + 8 * j, hh, 6.6, True, al)
        F.y += 20
        d.line(36, F.y - 1, 576, F.y - 1, 0.6)
        for s in svcs:
            F.need(24)
            F.y += 10
            words = d.wrap(s.code + " " + s.desc, 7, 160)
            notes = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
            vals = [dfmt(s.dos, "mdy2"), words[0], "No" if s.denied else "Yes", m_dollar(s.billed),
                    m_dollar(s.allowed), m_dollar(s.paid), m_dollar(s.owes), ", ".join(notes)]
            cells(d, F.y, cols, vals, 7)
            for w in words[1:]:
                F.y += 9
                d.text(76, F.y, w, 7)
            L.add(s, c, F.y - 9 * (len(words) - 1), ("billed", "allowed", "paid", "patient_owes"), units=False,
                  mods=False, remarks=notes)
        F.y += 13
        d.line(36, F.y - 9, 576, F.y - 9, 0.3)
        vals = ["", "Total for this claim", "", m_dollar(tot(svcs, "billed")), m_dollar(tot(svcs, "allowed")),
                m_dollar(tot(svcs, "paid")), m_dollar(tot(svcs, "owes")), ""]
        cells(d, F.y, cols, vals, 7, True)
        L.claim(c, claim_totals(tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"), tot(svcs, "owes")))
        F.y += 24
    L.legend = [("A", "This service was approved under the Medicare physician fee schedule."),
                ("B", "Part of the approved amount was applied to your yearly deductible."),
                ("C", "Medicare does not pay for this item; you were told before the visit that you might pay.")]
    d.new_page()
    furn()
    y = 84
    d.text(36, y, "Notes for Your Claims", 11, True)
    for k, t in L.legend:
        y += 14
        d.text(36, y, f"{k}  {t}", 8)
    y += 28
    d.text(36, y, "How to Handle Denied Claims or Ask for an Appeal", 11, True)
    for t in ("If you disagree with a coverage decision, circle the service(s) above, explain why in writing,",
              "and send this notice to the address below within 120 days of the date on page 1.",
              "Medicare Claims Review Unit, PO Box 60021, Camden Ridge, SC 29299-0021"):
        y += 12
        d.text(36, y, t, 8)
    return L


# ============================================================================================== m2
def lay_m2() -> Lay:
    L = Lay("h76_m2_ma_ppo_eob", "fpdf2", "Medicare Advantage PPO monthly EOB, long claim over two pages",
            LETTER, "LibSerif", date_f=lambda d: dfmt(d, "mdyn"), code_f=lambda c, m: [" ".join((c, *m))],
            money_f=m_dollar)
    d = L.doc
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"))
    mem = "Harold T. Brisbane"
    long_items = []
    for k, day in enumerate((2, 4, 6, 9, 11, 13, 16, 18, 20, 23, 25, 27, 30)):
        dd = D(2026, 3, day)
        long_items += [(dd, "97110", 2, ("GP", "KX")), (dd, "97140", 1, ("GP", "KX")),
                       (dd, "97112" if k % 2 else "97530", 1, ("GP", "KX"))]
    long_items.insert(0, (D(2026, 3, 2), "97163", 1, ("GP",)))
    claims = [
        ("Riverbend Hand Clinic", "RHC-22013", "MA26C0991388",
         build(commercial, [(D(2026, 3, 2), "97165", 1, ("GO",)), (D(2026, 3, 2), "97760", 1, ("GO",)),
                            (D(2026, 3, 2), "L3807", 1, ("LT",)), (D(2026, 3, 9), "97535", 1, ("GO",), "PR")],
                   st, deny_reason="96")),
        ("Summit Spine & Sport PT", "SSP-104477", "MA26C0991203", build(commercial, long_items, st)),
    ]
    cols = [(40, "l"), (98, "l"), (262, "l"), (378, "r"), (436, "r"), (488, "r"), (540, "r"), (548, "l")]
    heads = [("Date(s) of", "Service"), ("Service description", ""), ("Procedure", "code"), ("Provider", "charges"),
             ("Plan-approved", "amount"), ("Plan", "paid"), ("Your", "share*"), ("Notes", "")]
    state = {"c": None}

    def furn():
        d.text(40, 38, "HORIZON SILVER ADVANTAGE (PPO)", 13, True)
        d.text(40, 51, "Explanation of Benefits - March 2026 - Not a bill", 9)
        d.text(572, 38, f"Member: {mem}", 8, align="r")
        d.text(572, 49, "Member number: H7Q-55102-88", 8, align="r")
        d.line(40, 58, 572, 58, 0.8)
        d.text(306, 772, "Page %d of {NP}  -  Horizon Silver Advantage is a Medicare-contracted PPO plan." % d.page,
               7, align="c")

    def colhead(y):
        d.line(40, y - 9, 572, y - 9, 0.6)
        for (x, al), (a, b) in zip(cols, heads):
            d.text(x, y, a, 7, True, al)
            if b:
                d.text(x, y + 8, b, 7, True, al)
        d.line(40, y + 11, 572, y + 11, 0.6)
        return y + 22

    def on_page():
        furn()
        if state["c"]:
            prov, ref, cno = state["c"]
            d.text(40, F.y, f"Claim ID {cno}  -  {prov}  (continued)", 9, True)
            F.y = colhead(F.y + 16)

    furn()
    d.rect(40, 72, 532, 70)
    d.text(48, 86, "Your costs for covered medical services", 10, True)
    allsv = [s for *_r, ss in claims for s in ss]
    for i, (a, b, c3) in enumerate((("", "This month", "Year to date"),
                                    ("Plan paid", m_dollar(tot(allsv, "paid")),
                                     m_dollar(tot(allsv, "paid") + Decimal("1204.33"))),
                                    ("You paid / may owe", m_dollar(tot(allsv, "owes")),
                                     m_dollar(tot(allsv, "owes") + Decimal("175.00"))))):
        y = 100 + 12 * i
        d.text(48, y, a, 8, i == 0)
        d.text(330, y, b, 8, i == 0, "r")
        d.text(450, y, c3, 8, i == 0, "r")
    d.text(48, 136, "Your in-network out-of-pocket maximum for 2026 is $4,900.", 7.5)
    F = Flow(L, 80, 738, on_page)
    F.y = 166
    d.text(40, F.y, "Your medical claims in detail", 11, True)
    F.y += 20
    for prov, ref, cno, svcs in claims:
        c = C(ref, cno, mem)
        F.need(60)
        d.rect(40, F.y - 10, 532, 26, fill=0.88, stroke=False)
        d.text(44, F.y, f"Claim ID {cno}", 9, True)
        d.text(250, F.y, f"Provider: {prov}", 8.5)
        d.text(44, F.y + 11, f"Patient account: {ref}   Network status: In-network   Processed 04/02/2026", 7.5)
        F.y = colhead(F.y + 32)
        state["c"] = (prov, ref, cno)
        for s in svcs:
            F.need(12)
            notes = ["N2"] if s.denied else ["C1"] if s.copay else []
            vals = [dfmt(s.dos, "mdyn"), s.desc if len(s.desc) < 34 else s.desc[:31] + "...",
                    " ".join((s.code, *s.mods)), m_dollar(s.billed), m_dollar(s.allowed), m_dollar(s.paid),
                    m_dollar(s.owes), " ".join(notes)]
            cells(d, F.y, cols, vals, 7.2)
            L.add(s, c, F.y, ("billed", "allowed", "paid", "patient_owes"), units=False, remarks=notes)
            F.y += 11
        state["c"] = None
        F.need(16)
        d.line(40, F.y - 8, 572, F.y - 8, 0.3)
        cells(d, F.y, cols, ["", "Claim total", "", m_dollar(tot(svcs, "billed")), m_dollar(tot(svcs, "allowed")),
                             m_dollar(tot(svcs, "paid")), m_dollar(tot(svcs, "owes")), ""], 7.2, True)
        L.claim(c, claim_totals(tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"), tot(svcs, "owes")))
        F.y += 26
    L.legend = [("C1", "Your $25.00 copay for an outpatient rehabilitation visit."),
                ("N2", "Not covered: the plan needed approval before this service; you may be billed.")]
    F.need(50)
    d.text(40, F.y, "*Your share is what you pay or may owe the provider.", 7.5)
    for k, t in L.legend:
        F.y += 11
        d.text(40, F.y, f"{k}: {t}", 7.5)
    return L


# ============================================================================================== d1
def lay_d1() -> Lay:
    L = Lay("h76_d1_medicaid_ra", "fpdf2", "state Medicaid remittance advice, line printer, reversal, long claim",
            LAND, "Courier", date_f=lambda d: dfmt(d, "mdy2"), end_f=lambda d: dfmt(d, "mdy2"),
            code_f=lambda c, m: [c, *m], money_f=m_plain, units_f=lambda u: f"{u:.1f}")
    d = L.doc
    size, lh = 7.2, 9.2
    x0 = 24
    cw = d.width_of("0", size)

    def fmt_row(cols):
        return "".join(f"{v:>{w}}" if al == "r" else f"{v:<{w}}" for v, w, al in cols)

    hdr = [("LI", 3, "l"), ("FROM", 9, "l"), ("TO", 9, "l"), ("PROC", 7, "l"), ("M1", 4, "l"), ("M2", 4, "l"),
           ("UNITS", 7, "r"), ("BILLED", 12, "r"), ("ALLOWED", 12, "r"), ("TPL", 10, "r"), ("PAID", 12, "r"),
           ("  EOB", 12, "l")]
    state = {"head": None, "sect": None}

    def banner():
        d.text(x0, 30, "STATE OF NORTH ARCADIA  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", size, True)
        d.text(x0, 30 + lh, "REMITTANCE ADVICE   PROVIDER: WILLOWBROOK COMMUNITY THERAPY   PROVIDER NO: 0047719203"
               "   RA NO: 2026-0612   PAYMENT DATE: 03/13/26   PAGE %d OF {NP}" % d.page, size)
        d.text(x0, 30 + 2 * lh, "-" * 130, size)

    def colhdr(y):
        d.text(x0, y, fmt_row([(h, w, al) for h, w, al in hdr]), size, True)
        return y + lh

    def on_page():
        banner()
        y = 30 + 4 * lh
        if state["sect"]:
            d.text(x0, y, f"CLAIM STATUS: {state['sect']}", size, True)
            y += lh
        if state["head"]:
            d.text(x0, y, state["head"] + "   *** CLAIM CONTINUED ***", size)
            y += lh
            y = colhdr(y)
        F.y = y

    F = Flow(L, 30 + 4 * lh, 580, on_page)
    banner()
    st = None  # medicaid has no plan state
    kids = [("BRENNAN, TALIA", "NA40019273", "WCT-3301"), ("OYELARAN, DAVID", "NA40022815", "WCT-3318"),
            ("QUINTERO, ROSA M", "NA40031177", "WCT-3342"), ("HALVORSEN, PIETER", "NA40018804", "WCT-3290")]
    icn = iter(["2026061200418", "2026061200419", "2026061200420", "2026061200421", "2026061200422",
                "2026061200423"])
    days = tuple(k for k in range(40) if (D(2026, 2, 2) + timedelta(days=k)).weekday() < 5)[:22]
    long_items = [(D(2026, 2, 2) + timedelta(days=k), "92507", 1, ("GN",)) for k in days] + \
        [(D(2026, 2, 2) + timedelta(days=k), "97530", 2, ("GO", "59")) for k in days[::2]] + [(D(2026, 2, 2) + timedelta(days=k), "97110", 1, ("GO",)) for k in days[1::3]]
    long_items.sort(key=lambda t: (t[0], t[1]))
    orig = build(medicaid, [(D(2026, 1, 12), "97110", 3, ("GP",)), (D(2026, 1, 12), "97140", 2, ("GP",))])
    sections = [
        ("PAID", [(kids[1], build(medicaid, [(D(2026, 2, 6), "97165", 1, ("GO",)), (D(2026, 2, 6), "97530", 2,
                                                                                     ("GO",)),
                                             (D(2026, 2, 13), "97530", 3, ("GO",)),
                                             (D(2026, 2, 13), "97535", 1, ("GO", "59")),
                                             (D(2026, 2, 20), "97530", 3, ("GO",)),
                                             (D(2026, 2, 20), "97112", 1, ("GO",)),
                                             (D(2026, 2, 27), "97530", 3, ("GO",)),
                                             (D(2026, 2, 27), "97535", 1, ("GO",)),
                                             (D(2026, 3, 6), "97530", 2, ("GO",)),
                                             (D(2026, 3, 6), "97168", 1, ("GO",))]), ["0045"]),
                  (kids[0], build(medicaid, long_items), ["0045"])]),
        ("DENIED", [(kids[2], build(medicaid, [(D(2026, 2, 9), "97535", 2, ("GO",), "CO"),
                                               (D(2026, 2, 9), "97530", 2, ("GO",), "CO")], deny_reason="197"),
                     ["2190"])]),
        ("ADJUSTED", [(kids[3], [negate(s) for s in orig], ["0711"]),
                      (kids[3], build(medicaid, [(D(2026, 1, 12), "97110", 4, ("GP",)),
                                                 (D(2026, 1, 12), "97140", 2, ("GP",))]), ["0045", "0712"])]),
    ]
    for sect, items in sections:
        state["sect"] = sect
        F.need(5 * lh)
        F.y += 4
        d.text(x0, F.y, f"CLAIM STATUS: {sect}", size, True)
        F.y += lh + 2
        for (name, rid, acct), svcs, eob in items:
            ic = next(icn)
            c = C(acct, ic, name)
            F.need(4 * lh)
            head = f"RECIPIENT: {name:<20} RECIP ID: {rid}   PAT ACCT: {acct:<10} ICN: {ic}"
            if sect == "ADJUSTED":
                head += "   (ORIGINAL)" if svcs[0].paid < 0 else "   (REPLACEMENT)"
            d.text(x0, F.y, head, size, True)
            F.y += lh
            F.y = colhdr(F.y)
            state["head"] = head
            for li, s in enumerate(svcs, 1):
                F.need(lh)
                mods = list(s.mods) + ["", ""]
                rem = (["2190"] if s.denied else eob[:1])
                row = fmt_row([(str(li), 3, "l"), (dfmt(s.dos, "mdy2"), 9, "l"), (dfmt(s.dos, "mdy2"), 9, "l"),
                               (s.code, 7, "l"), (mods[0], 4, "l"), (mods[1], 4, "l"), (f"{s.units:.1f}", 7, "r"),
                               (m_plain(s.billed), 12, "r"), (m_plain(s.allowed), 12, "r"), ("0.00", 10, "r"),
                               (m_plain(s.paid), 12, "r"), ("  " + " ".join(rem), 12, "l")])
                d.text(x0, F.y, row, size)
                L.add(s, c, F.y, ("billed", "allowed", "paid"), end=s.dos, remarks=rem)
                F.y += lh
            state["head"] = None
            F.need(lh * 2)
            tl = fmt_row([("", 3, "l"), ("CLAIM TOTAL", 33, "l"), ("", 7, "r"), (m_plain(tot(svcs, "billed")), 12, "r"),
                          (m_plain(tot(svcs, "allowed")), 12, "r"), ("0.00", 10, "r"),
                          (m_plain(tot(svcs, "paid")), 12, "r"), ("", 12, "l")])
            d.text(x0, F.y, tl, size, True)
            L.claim(c, claim_totals(tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid")))
            F.y += lh * 1.8
        state["sect"] = None
    L.legend = [("0045", "PAID AT THE PROGRAM FEE SCHEDULE RATE."),
                ("2190", "RECIPIENT NOT ELIGIBLE FOR THIS SERVICE TYPE ON THE DATE BILLED."),
                ("0711", "ORIGINAL CLAIM VOIDED - SEE REPLACEMENT."),
                ("0712", "REPLACEMENT CLAIM PROCESSED WITH CORRECTED UNITS.")]
    F.need(lh * 7)
    F.y += lh
    d.text(x0, F.y, "EOB CODE MESSAGES", size, True)
    for k, t in L.legend:
        F.y += lh
        d.text(x0, F.y, f"{k}  {t}", size)
    _ = cw, st
    return L


# ============================================================================================== d2
def lay_d2() -> Lay:
    L = Lay("h76_d2_mco_ra_boxed", "reportlab", "Medicaid managed-care RA, boxed claim blocks", LETTER, "LibNarrow",
            date_f=lambda d: dfmt(d, "mdy4"), end_f=lambda d: dfmt(d, "mdy4"),
            code_f=lambda c, m: ["-".join((c, *m))], money_f=m_plain, units_f=lambda u: f"{u:.2f}",
            adj_f=lambda g, r, a: f"{g}-{r} {m_plain(a)}", arith=("adj",))
    d = L.doc
    d.text(36, 40, "BLUE HERON COMMUNITY HEALTH PLAN", 13, True)
    d.text(36, 53, "Medicaid Managed Care  -  Provider Remittance Advice", 9)
    d.rect(380, 28, 196, 44)
    for i, t in enumerate(("Payee: Larkspur Speech & Feeding Center", "Payee NPI: 1992047731   TIN: XX-XXX8841",
                           "EFT Trace: 0006610442   Date: 04/10/2026")):
        d.text(386, 40 + 11 * i, t, 7.5)
    d.text(306, 772, "Page %d of {NP}" % 1, 7, align="c")
    st_items = [
        ("FINNEGAN, ORLA", "BH8830127", "LSF-77120", "2610012245001", "PAID",
         [(D(2026, 3, 2), "92523", 1, ("GN",)), (D(2026, 3, 9), "92507", 1, ("GN",)),
          (D(2026, 3, 9), "92526", 1, ("GN",)), (D(2026, 3, 16), "92507", 1, ("GN",))]),
        ("ABERNATHY, JONAS", "BH8841952", "LSF-77134", "2610012245002", "PAID",
         [(D(2026, 3, 3), "97165", 1, ("GO",)), (D(2026, 3, 3), "97530", 2, ("GO",)),
          (D(2026, 3, 10), "97530", 2, ("GO",)), (D(2026, 3, 10), "97535", 1, ("GO", "59"))]),
        ("ABERNATHY, MILA", "BH8841953", "LSF-77135", "2610012245003", "DENIED",
         [(D(2026, 3, 4), "92507", 1, ("GN",), "CO"), (D(2026, 3, 11), "92507", 1, ("GN",), "CO")]),
        ("NAKASHIMA, REI", "BH8802266", "LSF-77141", "2610012245004", "PAID",
         [(D(2026, 3, 5), "92507", 1, ("GN",)), (D(2026, 3, 12), "92507", 1, ("GN", "KX")),
          (D(2026, 3, 19), "97129", 2, ("GN",)), (D(2026, 3, 26), "92507", 1, ("GN",))]),
    ]
    cols = [(42, "l"), (62, "l"), (112, "l"), (162, "l"), (240, "r"), (290, "r"), (340, "r"), (390, "r"),
            (400, "l"), (500, "l")]
    heads = ["Ln", "From", "To", "Procedure", "Units", "Billed", "Allowed", "Paid", "Adjustment", "Remark"]
    y = 92
    tpaid = ZERO
    for name, mid, pcn, tcn, status, items in st_items:
        svcs = build(medicaid, [tuple(it) for it in items], deny_reason="204") if status == "DENIED" else \
            build(medicaid, items)
        c = C(pcn, tcn, name)
        h = 56 + 11 * len(svcs) + 14
        d.rect(36, y, 540, h)
        d.rect(36, y, 540, 30, fill=0.9)
        lab = [("Member", name, 42), ("Member ID", mid, 160), ("Claim Number", tcn, 250),
               ("Patient Control No", pcn, 360), ("Status", status, 480)]
        for a, b, x in lab:
            d.text(x, y + 11, a, 6.5, gray=0.3)
            d.text(x, y + 23, b, 8.5, True)
        yy = y + 44
        for (x, al), hd in zip(cols, heads):
            d.text(x, yy, hd, 7, True, al)
        d.line(36, yy + 3, 576, yy + 3, 0.4)
        for ln, s in enumerate(svcs, 1):
            yy += 11
            rem = ["N30"] if s.denied else (["MA01"] if ln == 1 else [])
            adj = " ".join(f"{g}-{r} {m_plain(a)}" for g, r, a in s.adjs)
            vals = [str(ln), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), "-".join((s.code, *s.mods)),
                    f"{s.units:.2f}", m_plain(s.billed), m_plain(s.allowed), m_plain(s.paid), adj, " ".join(rem)]
            cells(d, yy, cols, vals, 7.6)
            L.add(s, c, yy, ("billed", "allowed", "paid"), end=s.dos, adjs=s.adjs, remarks=rem)
        yy += 13
        d.line(36, yy - 9, 576, yy - 9, 0.3)
        cells(d, yy, cols, ["", "Claim totals", "", "", "", m_plain(tot(svcs, "billed")),
                            m_plain(tot(svcs, "allowed")), m_plain(tot(svcs, "paid")), "", ""], 7.6, True)
        L.claim(c, claim_totals(tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid")))
        tpaid += tot(svcs, "paid")
        y += h + 12
    d.rect(36, y, 260, 40, fill=0.95)
    d.text(42, y + 13, "Payment summary", 8.5, True)
    d.text(42, y + 26, f"Claims: {len(st_items)}    Total paid: {m_plain(tpaid)}", 8)
    L.legend = [("N30", "Member not eligible for this benefit under the plan on the date of service."),
                ("MA01", "You may request reconsideration within 60 days of this notice.")]
    y += 58
    d.text(36, y, "Remark codes", 8.5, True)
    for k, t in L.legend:
        y += 11
        d.text(36, y, f"{k}  {t}", 7.5)
    return L


# ============================================================================================== p1
def lay_p1() -> Lay:
    L = Lay("h76_p1_spr_reprint", "reportlab", "clearinghouse reprint of a Medicare standard paper remit", LETTER,
            "LibMono", date_f=lambda d: f"{d:%m%d} {d:%m%d%y}", code_f=lambda c, m: [c, " ".join(m)] if m else [c],
            money_f=m_bare, adj_f=lambda g, r, a: f"{g}-{r} {m_bare(a)}", arith=("adj",))
    d = L.doc
    size, lh = 6.6, 8.4
    st = PlanState(ded_left=Decimal("60.00"))
    pts = [
        ("FAIRWEATHER, LOUISE", "2QK7HN4TP61", "MCT-40817", "0226034118760",
         [(D(2026, 1, 5), "97161", 1, ("GP",)), (D(2026, 1, 5), "97110", 2, ("GP", "KX")),
          (D(2026, 1, 5), "97140", 1, ("GP", "KX")), (D(2026, 1, 7), "97110", 2, ("GP", "KX")),
          (D(2026, 1, 7), "97112", 1, ("GP", "KX")), (D(2026, 1, 7), "0552T", 1, (), "CO")]),
        ("DRUMMOND, CALVIN J", "5TR2WC8MM03", "MCT-40822", "0226034118761",
         [(D(2026, 1, 6), "97167", 1, ("GO",)), (D(2026, 1, 6), "97530", 2, ("GO", "CO")),
          (D(2026, 1, 8), "97530", 2, ("GO", "CO")), (D(2026, 1, 8), "97535", 1, ("GO",))]),
        ("PELLETIER, ANNE-MARIE", "8YV3DA1KE47", "MCT-40839", "0226034118762",
         [(D(2026, 1, 9), "92507", 1, ("GN",)), (D(2026, 1, 13), "92507", 1, ("GN",)),
          (D(2026, 1, 13), "92526", 1, ("GN",))]),
    ]
    x0 = 30

    def row(vals):
        spec = [(10, "l"), (12, "l"), (4, "l"), (4, "r"), (7, "l"), (7, "l"), (10, "r"), (10, "r"), (9, "r"),
                (9, "r"), (16, "l"), (10, "r")]
        out = ""
        for v, (w, al) in zip(vals, spec):
            out += (f"{v:<{w}}" if al == "l" else f"{v:>{w}}") + " "
        return out.rstrip()

    d.text(x0, 36, "ARCLIGHT CLAIMS EXCHANGE - REMITTANCE REPRINT (MEDICARE PART B FORMAT)", 8, True)
    d.text(x0, 46, "PAYER: REGION 5 MEDICARE ADMINISTRATIVE CONTRACTOR  PO BOX 9008 GRANITE FALLS MN 56299", size)
    d.text(x0, 55, "PAYEE: MAPLECREST THERAPY SERVICES  NPI 1477308219  PROVIDER # 71200491", size)
    d.text(x0, 64, "CHECK/EFT # 884102377   DATE 02/06/2026   REMIT # 000417   PAGE # 1 OF {NP}", size)
    y = 84
    d.text(x0, y, row(["PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT",
                       "COINS", "GRP/RC-AMT", "PROV PD"]), size, True)
    y += lh
    d.text(x0, y, "-" * 118, size)
    tot_all = ZERO
    for name, hic, acnt, icn, items in pts:
        svcs = build(medicare, items, st, deny_reason="96")
        c = C(acnt, icn, name)
        y += lh * 1.4
        d.text(x0, y, f"NAME {name:<24} HIC {hic}  ACNT {acnt:<10} ICN {icn}  ASG Y  MOA MA01", size, True)
        for s in svcs:
            y += lh
            adjs = [(g, r, a) for g, r, a in s.adjs if a]
            first = f"{adjs[0][0]}-{adjs[0][1]} {m_bare(adjs[0][2])}"
            d.text(x0, y, row(["1588204761", f"{s.dos:%m%d} {s.dos:%m%d%y}", "11", units_str(s.units), s.code,
                               " ".join(s.mods), m_bare(s.billed), m_bare(s.allowed), m_bare(s.deductible),
                               m_bare(s.coinsurance), first, m_bare(s.paid)]), size)
            y0 = y
            for g, r, a in adjs[1:]:
                y += lh
                d.text(x0, y, row(["", "", "", "", "", "", "", "", "", "", f"{g}-{r} {m_bare(a)}", ""]), size)
            rem = ["N425"] if s.denied else []
            if rem:
                y += lh
                d.text(x0, y, row(["", "", "", "", "", "", "", "", "", "", "REM: N425", ""]), size)
            L.add(s, c, y0, ("billed", "allowed", "deductible", "coinsurance", "paid"), end=s.dos, adjs=adjs,
                  remarks=rem, band=y - y0)
        y += lh
        pr = tot(svcs, "deductible") + tot(svcs, "coinsurance")
        adj_t = sum((a for s in svcs for _g, _r, a in s.adjs), ZERO)
        d.text(x0, y, row(["PT RESP", m_bare(pr), "", "", "CLAIM", "TOTALS", m_bare(tot(svcs, "billed")),
                           m_bare(tot(svcs, "allowed")), m_bare(tot(svcs, "deductible")),
                           m_bare(tot(svcs, "coinsurance")), m_bare(adj_t), m_bare(tot(svcs, "paid"))]), size)
        y += lh
        d.text(x0, y, f"ADJ TO TOTALS:  PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00"
                      f"{'NET ' + m_bare(tot(svcs, 'paid')):>40}", size)
        L.claim(c, claim_totals(tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"), pr))
        tot_all += tot(svcs, "paid")
    y += lh * 2
    d.text(x0, y, f"TOTALS:  # OF CLAIMS 3   PROV PD AMT {m_bare(tot_all)}   PROV ADJ AMT 0.00   CHECK AMT "
                  f"{m_bare(tot_all)}", size, True)
    L.legend = [("N425", "Medicare law leaves this item out of coverage.")]
    d.new_page()
    d.text(x0, 36, "ARCLIGHT CLAIMS EXCHANGE - REMITTANCE REPRINT (MEDICARE PART B FORMAT)", 8, True)
    d.text(x0, 46, "CHECK/EFT # 884102377   DATE 02/06/2026   REMIT # 000417   PAGE # 2 OF {NP}", size)
    d.text(x0, 64, "PROVIDER LEVEL ADJUSTMENT DETAILS: NONE", size)
    d.text(x0, 73, "THIS REPRINT WAS PRODUCED FROM THE ELECTRONIC REMITTANCE FILE RECEIVED 02/06/2026 04:12.", size)
    y = 73 + lh * 2
    d.text(x0, y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES", size, True)
    for t in ("CO   CONTRACTUAL OBLIGATION - AMOUNT THE PROVIDER MAY NOT BILL THE PATIENT",
              "PR   PATIENT RESPONSIBILITY - AMOUNT THAT MAY BE BILLED TO THE PATIENT",
              "45   BILLED MORE THAN THE MEDICARE FEE SCHEDULE ALLOWS",
              "1    APPLIED TO PART B DEDUCTIBLE   2  PATIENT 20 PERCENT SHARE   253  2 PERCENT FEDERAL PAYMENT CUT",
              "96   ITEM NOT COVERED BY THE PROGRAM",
              "N425 MEDICARE LAW LEAVES THIS ITEM OUT OF COVERAGE",
              "MA01 HOW TO ASK FOR A REVIEW OF THIS DECISION"):
        y += lh
        d.text(x0, y, t, size)
    return L


# ============================================================================================== p2
def lay_p2() -> Lay:
    L = Lay("h76_p2_pm_payment_detail", "fpdf2", "practice-management insurance payment detail (Medicare)", LAND,
            "Helvetica", date_f=lambda d: dfmt(d, "mdy4"), code_f=lambda c, m: [c, ",".join(m)] if m else [c],
            money_f=lambda v: money(v, ",", "()"), adj_f=lambda g, r, a: f"{g}-{r} {money(a, ',', '()')}",
            arith=("adj",))
    d = L.doc
    mf = L.money_f
    st = PlanState(ded_left=ZERO)
    pts = [
        ("Vasquez-Herrera, Lucia", "40551", "0326071180401",
         build(medicare, [(D(2026, 2, 23), "97168", 1, ("GO",)), (D(2026, 2, 23), "97530", 2, ("GO", "KX")),
                          (D(2026, 2, 25), "97530", 2, ("GO", "KX")), (D(2026, 2, 25), "97535", 1, ("GO", "KX"))],
               st)),
        ("Thornbury, Ellis", "40563", "0326071180402",
         build(medicare, [(D(2026, 2, 24), "97163", 1, ("GP",)), (D(2026, 2, 24), "97116", 2, ("GP",)),
                          (D(2026, 2, 26), "97110", 3, ("GP", "CQ")), (D(2026, 2, 26), "97150", 1, ("GP",), "CO")],
               st, deny_reason="97")),
        ("Gallagher, Moira", "40498", "0326071180403",
         [negate(s) for s in build(medicare, [(D(2026, 2, 10), "97140", 2, ("GP",)),
                                              (D(2026, 2, 10), "97110", 2, ("GP",))], PlanState())]),
        ("Gallagher, Moira", "40498", "0326071180404",
         build(medicare, [(D(2026, 2, 10), "97140", 2, ("GP", "59")), (D(2026, 2, 10), "97110", 2, ("GP",))],
               PlanState())),
        ("Iwu, Chidera", "40572", "0326071180405",
         build(medicare, [(D(2026, 2, 27), "G0283", 1, ("GP",))]
               + [(D(2026, 2, 27) + timedelta(days=k * 3), "97110", 2, ("GP", "KX")) for k in range(4)], st)),
    ]
    cols = [(30, "l"), (82, "l"), (116, "l"), (178, "r"), (230, "r"), (282, "r"), (334, "r"), (344, "l"),
            (600, "r"), (612, "l")]
    heads = ["DOS", "Proc", "Mod", "Units", "Charge", "Allowed", "Paid", "Adjustments (Grp-Rsn Amt)", "Pt Resp",
             "RARC"]

    def furn(pg):
        d.text(30, 32, "CLEARVIEW PRACTICE SUITE  -  Insurance Payment Detail", 11, True)
        d.text(30, 45, "Practice: Sandpiper Rehabilitation Partners   Payer: Medicare Part B (J-Region 12)   "
                       "EFT 771203448 dated 03/20/2026", 8)
        d.text(762, 32, "Run 03/21/2026 08:14   Page %d of {NP}" % pg, 7.5, align="r")
        d.line(30, 52, 762, 52, 0.8)

    furn(1)
    y = 70
    for name, acct, icn, svcs in pts:
        c = C(acct, icn, name)
        if y > 500:
            d.new_page()
            furn(d.page)
            y = 70
        rev = svcs[0].billed < 0
        d.rect(28, y - 9, 736, 13, fill=0.85, stroke=False)
        d.text(32, y, f"Pt: {name}", 8.5, True)
        d.text(240, y, f"Acct# {acct}", 8)
        d.text(330, y, f"Payer Claim# {icn}", 8)
        d.text(520, y, "Status: " + ("22 Reversal of prior payment" if rev else "1 Processed as primary"), 8)
        y += 13
        for (x, al), h in zip(cols, heads):
            d.text(x, y, h, 7, True, al)
        d.line(30, y + 3, 762, y + 3, 0.3)
        for s in svcs:
            y += 11
            rem = ["M86"] if s.denied else []
            adj = "  ".join(f"{g}-{r} {mf(a)}" for g, r, a in s.adjs if a)
            vals = [dfmt(s.dos, "mdy4"), s.code, ",".join(s.mods), units_str(s.units), mf(s.billed), mf(s.allowed),
                    mf(s.paid), adj, mf(s.owes), " ".join(rem)]
            cells(d, y, cols, vals, 7.3)
            L.add(s, c, y, ("billed", "allowed", "paid", "patient_owes"), adjs=[a for a in s.adjs if a[2]],
                  remarks=rem)
        y += 12
        d.line(30, y - 9, 762, y - 9, 0.3)
        cells(d, y, cols, ["Claim total", "", "", "", mf(tot(svcs, "billed")), mf(tot(svcs, "allowed")),
                           mf(tot(svcs, "paid")), "", mf(tot(svcs, "owes")), ""], 7.3, True)
        L.claim(c, claim_totals(tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"), tot(svcs, "owes")))
        y += 22
    L.legend = [("M86", "Group session paid as part of another service that day; no separate payment.")]
    d.text(30, y, "RARC M86: " + L.legend[0][1], 7)
    return L


# ============================================================================================== s1
def lay_s1() -> Lay:
    L = Lay("h76_s1_clinic_family_statement", "reportlab", "therapy clinic family statement, three children",
            LETTER, "DejaSans", date_f=lambda d: dfmt(d, "mdy2"), code_f=lambda c, m: ["".join((c, *m))],
            money_f=m_plain, arith=("owes",))
    d = L.doc
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.10"))
    kids = ["Juniper Castellanos", "Mateo Castellanos", "Ines Castellanos"]
    visits = [
        ("V-118204", 0, "BCX260114772", build(commercial, [(D(2026, 1, 14), "97166", 1, ("GO",)),
                                                          (D(2026, 1, 14), "97530", 2, ("GO",))], st)),
        ("V-118231", 1, "BCX260115019", build(commercial, [(D(2026, 1, 15), "92523", 1, ("GN",))], st)),
        ("V-118260", 0, "BCX260121340", build(commercial, [(D(2026, 1, 21), "97530", 2, ("GO",)),
                                                          (D(2026, 1, 21), "97112", 1, ("GO", "59")),
                                                          (D(2026, 1, 21), "97535", 1, ("GO",))], st)),
        ("V-118288", 2, "BCX260122655", build(commercial, [(D(2026, 1, 22), "97129", 2, ("GN",), "PR"),
                                                          (D(2026, 1, 22), "97150", 1, ("GN",), "PR")], st)),
        ("V-118301", 1, "BCX260122690", build(commercial, [(D(2026, 1, 22), "92507", 1, ("GN",)),
                                                          (D(2026, 1, 29), "92507", 1, ("GN",))], st)),
    ]
    d.text(36, 40, "Little Compass Pediatric Therapy", 14, True)
    d.text(36, 53, "Occupational therapy - Speech - Feeding", 7.5)
    d.text(36, 63, "77 Lantern Way, Brookhaven, OR 97099  |  (541) 555-0138", 7.5)
    d.rect(340, 28, 236, 70)
    d.text(348, 40, "Please detach and return with your payment", 6.8, gray=0.35)
    for i, (a, b) in enumerate((("Statement date", "02/10/2026"), ("Account no.", "G-20931"),
                                ("Amount due", "{DUE}"), ("Due by", "03/05/2026"))):
        d.text(348, 54 + 11 * i, a, 7.5)
        d.text(568, 54 + 11 * i, b, 7.5, True, "r")
    d.text(36, 84, "Camille & Rafael Castellanos", 9, True)
    d.text(36, 95, "5120 Heron Crest Dr", 9)
    d.text(36, 106, "Brookhaven, OR 97099", 9)
    d.line(36, 118, 576, 118, 0.4)
    d.text(36, 132, "Account activity", 11, True)
    cols = [(36, "l"), (80, "l"), (270, "l"), (332, "r"), (386, "r"), (440, "r"), (494, "r"), (572, "r")]
    heads = ["Date", "Description", "Code", "Units", "Charges", "Ins. Paid", "Ins. Adj.", "You Owe"]
    y = 148
    d.rect(36, y - 9, 540, 12, fill=0.85, stroke=False)
    for (x, al), h in zip(cols, heads):
        d.text(x, y, h, 7.5, True, al)
    due = ZERO
    for vno, k, cno, svcs in visits:
        c = C(vno, cno, kids[k])
        y += 16
        d.text(36, y, f"Visit #{vno}  {kids[k]}  -  billed to BrightCrest PPO on 01/30/2026, claim {cno}", 7.5,
               True)
        for s in svcs:
            y += 11
            adj = s.discount
            vals = [dfmt(s.dos, "mdy2"), s.desc, "".join((s.code, *s.mods)), units_str(s.units), m_plain(s.billed),
                    m_plain(s.paid), m_plain(adj), m_plain(s.owes)]
            cells(d, y, cols, vals, 7.3)
            L.add(s, c, y, ("billed", "paid", "discount", "patient_owes"))
            due += s.owes
        y += 11
        d.text(80, y, "Visit balance", 7.3, gray=0.3)
        d.text(572, y, m_plain(tot(svcs, "owes")), 7.3, True, "r")
        L.claim(c, claim_totals(None, None, None, tot(svcs, "owes")))
        if k == 2:
            y += 11
            d.text(80, y, "Your plan did not cover this visit; the balance is yours.", 7, gray=0.3)
    y += 26
    d.rect(36, y, 540, 40, fill=0.94)
    for i, (a, b) in enumerate((("Current", m_plain(due)), ("31-60 days", "0.00"), ("61-90 days", "0.00"),
                                ("Over 90", "0.00"), ("Please pay", m_plain(due)))):
        d.text(48 + 108 * i, y + 14, a, 7.5)
        d.text(48 + 108 * i, y + 28, b, 9, True)
    d.pages[0] = [op[:3] + (op[3].replace("{DUE}", m_plain(due)),) + op[4:] if op[0] == "text" else op
                  for op in d.pages[0]]
    d.text(36, y + 60, "Questions about this statement? Our billing office answers at (541) 555-0139, Mon-Thu.", 7.5)
    d.text(306, 772, "Page 1 of {NP}", 7, align="c")
    return L


# ============================================================================================== s2
def lay_s2() -> Lay:
    L = Lay("h76_s2_hospital_rehab_statement", "fpdf2", "hospital outpatient-rehab guarantor statement", LETTER,
            "LibSans", date_f=lambda d: dfmt(d, "mdy4"), code_f=lambda c, m: ["-".join((c, *m))], money_f=m_plain)
    d = L.doc
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"))
    accts = [
        ("Arlo Delacroix-Park", "HAR 6601879033", "SG-26-0449502",
         [(D(2026, 2, 11), "97165", 1, ("GO",)), (D(2026, 2, 11), "97760", 1, ("GO",)),
          (D(2026, 2, 11), "L3807", 1, ("RT",)), (D(2026, 2, 18), "97530", 2, ("GO",))]),
        ("Simone Delacroix-Park", "HAR 6601877420", "SG-26-0447119",
         [(D(2026, 1, 5) + timedelta(days=k), c, u, m) for k in (0, 2, 7, 9, 14, 16, 21, 23)
          for c, u, m in (("97161", 1, ("GP",)), ("97140", 1, ("GP",)), ("97116", 1, ("GP",)))
          if not (c == "97161" and k)] + [(D(2026, 1, 5) + timedelta(days=k), "97110", 2, ("GP",))
                                          for k in (2, 9, 16, 23)]),
        ("Simone Delacroix-Park", "HAR 6601881256", "SG-26-0453371",
         [(D(2026, 2, 2) + timedelta(days=k), c, u, m) for k in (0, 2, 7, 9, 14, 16, 21, 23)
          for c, u, m in (("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("97116", 1, ("GP",)))][:22]),
    ]
    rev = {"97161": "0420", "97110": "0420", "97140": "0420", "97116": "0420", "97165": "0430", "97760": "0430", "L3807": "0274",
           "97530": "0430"}
    cols = [(40, "l"), (100, "l"), (132, "l"), (370, "l"), (470, "r"), (572, "r")]
    heads = ["Date", "Rev", "Description", "CPT/HCPCS", "Qty", "Amount"]
    state = {"a": None}

    def furn():
        d.text(40, 36, "ST. GWENDOLYN REGIONAL MEDICAL CENTER", 12, True)
        d.text(40, 48, "Outpatient Rehabilitation Services  -  Patient Statement", 8.5)
        d.text(572, 36, "Guarantor: Noelle Delacroix-Park", 8, align="r")
        d.text(572, 47, "Guarantor no. 3308142", 8, align="r")
        d.line(40, 55, 572, 55, 0.8)
        d.text(306, 774, "Page %d of {NP}" % d.page, 7.5, align="c")

    def colhead(y):
        for (x, al), h in zip(cols, heads):
            d.text(x, y, h, 7.5, True, al)
        d.line(40, y + 3, 572, y + 3, 0.4)
        return y + 14

    def on_page():
        furn()
        if state["a"]:
            d.text(40, F.y, f"Hospital Account {state['a'][1]}  {state['a'][0]}  (continued)", 8.5, True)
            F.y = colhead(F.y + 13)

    furn()
    d.rect(40, 66, 532, 56)
    d.text(48, 80, "Statement date: 03/12/2026", 8)
    d.text(48, 92, "Pay online or call Patient Financial Services at (803) 555-0175.", 8)
    d.text(48, 104, "Financial assistance may be available; ask for an application.", 8)
    d.text(564, 80, "Amount due", 8, align="r")
    F = Flow(L, 70, 740, on_page)
    F.y = 140
    due = ZERO
    for pat, har, ref, items in accts:
        svcs = build(commercial, sorted(items, key=lambda it: (it[0], it[1] != "97161")), st)
        c = C(har.split()[1], ref, pat)
        F.need(60)
        d.rect(40, F.y - 10, 532, 14, fill=0.88, stroke=False)
        d.text(44, F.y, f"Hospital Account {har}  {pat}", 9, True)
        d.text(568, F.y, "Outpatient - Rehab", 8, align="r")
        F.y += 14
        d.text(44, F.y, "Primary insurance: Sandhill Group Health  (plan claim " + ref + ")", 7.5)
        F.y = colhead(F.y + 14)
        state["a"] = (pat, har)
        for s in svcs:
            F.need(12)
            vals = [dfmt(s.dos, "mdy4"), rev[s.code], s.desc, "-".join((s.code, *s.mods)), units_str(s.units),
                    m_plain(s.billed)]
            cells(d, F.y, cols, vals, 7.4)
            L.add(s, c, F.y, ("billed",))
            F.y += 11
        state["a"] = None
        F.need(60)
        paid, adj, owes = tot(svcs, "paid"), tot(svcs, "discount"), tot(svcs, "owes")
        for lab, v, b in (("Total charges", tot(svcs, "billed"), True),
                          (f"Insurance payment - Sandhill Group Health  ref {ref}", -paid, False),
                          ("Contractual adjustment - Sandhill Group Health", -adj, False),
                          ("Account balance - your responsibility", owes, True)):
            d.text(132, F.y, lab, 7.6, b)
            d.text(572, F.y, m_plain(v), 7.6, b, "r")
            F.y += 11
        due += owes
        L.claim(c, claim_totals(tot(svcs, "billed"), None, None, None))
        F.y += 14
    d.pages[0].append(("text", 564, 96, m_plain(due), 11, True, "r", 0.0))
    return L


LAYOUTS = [lay_c1, lay_c2, lay_m1, lay_m2, lay_d1, lay_d2, lay_p1, lay_p2, lay_s1, lay_s2]


# =========================================================================================== write / check
def write_all(out: Path) -> list[Lay]:
    done = []
    for fn in LAYOUTS:
        L = fn()
        pdf = out / f"{L.name}.pdf"
        if L.producer == "reportlab":
            render_rl(L.doc, pdf)
        else:
            render_fpdf(L.doc, pdf, FIXED_WHEN)
        write_truth(pdf, L.name, L.producer, len(L.doc.pages), L.desc, L.lines, L.claims, L.legend, [])
        done.append(L)
    return done


def _has(text: str, tok: str, money_tok=False) -> bool:
    left = r"(?<![\w.,\-$(])" if money_tok else r"(?<![\w])"
    return re.search(left + re.escape(tok) + r"(?![\w])", text) is not None


def check(out: Path, lays: list[Lay]) -> list[str]:
    import pdfplumber
    errs = []
    nlines = npages = 0
    for L in lays:
        pdf_path = out / f"{L.name}.pdf"
        truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
        with pdfplumber.open(pdf_path) as pdf:
            words = [p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
                     for p in pdf.pages]
            texts = [p.extract_text() or "" for p in pdf.pages]
            if len(pdf.pages) != truth["pages"]:
                errs.append(f"{L.name}: {len(pdf.pages)} pages, truth says {truth['pages']}")
        npages += truth["pages"]
        nlines += len(truth["lines"])
        alltext = "\n".join(texts)
        if "{NP}" in alltext:
            errs.append(f"{L.name}: unreplaced page count")
        for i, (ln, (pg, y, yend, _dr)) in enumerate(zip(truth["lines"], L.pos)):
            where = f"{L.name} line {i + 1} p{pg}"
            if ln["page"] != pg:
                errs.append(f"{where}: page mismatch")
            ws = words[pg - 1]
            row = " ".join(w["text"] for w in sorted((w for w in ws if y - 1 <= w["bottom"] <= y + 3.2),
                                                     key=lambda w: w["x0"]))
            band = " ".join(w["text"] for w in sorted((w for w in ws if y - 1 <= w["bottom"] <= yend + 3.2),
                                                      key=lambda w: (round(w["bottom"]), w["x0"])))
            sd = date.fromisoformat(ln["service_date"])
            toks = [L.date_f(sd)]
            if ln["service_end"] and L.end_f:
                toks.append(L.end_f(date.fromisoformat(ln["service_end"])))
            if ln["code"]:
                toks += [t for t in L.code_f(ln["code"], ln["modifiers"]) if t]
            if ln["units"] is not None:
                toks.append(L.units_f(Decimal(ln["units"])))
            for t in toks:
                if not _has(row, t):
                    errs.append(f"{where}: {t!r} not on row: {row!r}")
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None and not _has(row, L.money_f(Decimal(ln[k])), True):
                    errs.append(f"{where}: {k} {ln[k]} not on row: {row!r}")
            for g, r, a in ln["adjustments"]:
                t = L.adj_f(g, r, Decimal(a)) if L.adj_f else f"{g}-{r}"
                if not _has(band, t):
                    errs.append(f"{where}: adjustment {t!r} not in band: {band!r}")
            for r in ln["remarks"]:
                if not _has(band, r):
                    errs.append(f"{where}: remark {r!r} not in band")
            pt = "\n".join(texts[:pg])
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in pt:
                    errs.append(f"{where}: {k} {ln[k]!r} not on page")
            # arithmetic
            v = {k: Decimal(ln[k]) if ln[k] is not None else None for k in
                 ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
                  "discount")}
            if "adj" in L.arith and v["billed"] is not None and v["paid"] is not None:
                s_adj = sum((Decimal(a) for _g, _r, a in ln["adjustments"]), ZERO)
                if v["billed"] - s_adj != v["paid"]:
                    errs.append(f"{where}: billed - adjustments != paid")
            if "cost" in L.arith:
                if v["billed"] - v["discount"] - v["not_covered"] != v["allowed"]:
                    errs.append(f"{where}: billed - discount - not covered != allowed")
                if v["allowed"] - v["deductible"] - v["copay"] - v["coinsurance"] != v["paid"]:
                    errs.append(f"{where}: allowed - cost shares != paid")
                if "patient_owes" in v and v["patient_owes"] is not None and v["patient_owes"] != \
                        v["deductible"] + v["copay"] + v["coinsurance"] + (v["not_covered"] if ln["remarks"] and
                                                                          ln["remarks"][0] in ("N4",) else ZERO):
                    errs.append(f"{where}: your cost != cost shares")
            if "owes" in L.arith and v["billed"] - v["paid"] - v["discount"] != v["patient_owes"]:
                errs.append(f"{where}: billed - paid - adj != owes")
        for cl in truth["claims"]:
            key = (cl["claim_id"], cl["payer_claim_id"], cl["patient"])
            mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) == key]
            if not mine:
                errs.append(f"{L.name}: claim {key} has no lines")
            if cl["totals"]:
                for k, tv in cl["totals"].items():
                    if tv is None:
                        continue
                    sm = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), ZERO)
                    if any(ln[k] is not None for ln in mine) and sm != Decimal(tv):
                        errs.append(f"{L.name}: claim {key} {k} total {tv} != sum {sm}")
                    if not _has(alltext.replace("\n", " "), L.money_f(Decimal(tv)), True) and not \
                            _has(alltext, m_bare(Decimal(tv)), True):
                        errs.append(f"{L.name}: claim {key} {k} total {tv} not printed")
        keys = {(c["claim_id"], c["payer_claim_id"], c["patient"]) for c in truth["claims"]}
        if len(keys) != len(truth["claims"]):
            errs.append(f"{L.name}: claim keys not unique")
        pages_per_claim = {}
        for ln in truth["lines"]:
            pages_per_claim.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
        split = sum(1 for p in pages_per_claim.values() if len(p) > 1)
        print(f"  {L.name}: {L.producer}, {len(truth['lines'])} lines, {len(truth['claims'])} claims, "
              f"{truth['pages']} pages, {split} claim(s) continued across pages")
    print(f"  total: {nlines} lines, {npages} pages")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout76_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    lays = write_all(out)
    print(f"wrote {len(lays)} PDFs to {out}")
    if "--check" in argv:
        errs = check(out, lays)
        for e in errs[:60]:
            print("  FAIL", e)
        print("check:", "FAILED (%d)" % len(errs) if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
