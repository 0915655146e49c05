"""Write the 169th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on ten everyday documents, two of each of the five commonest real kinds, each
in a house style of its own. Written without looking at the reader, its tests or its scores.

Run:  python bench/heldout169/make_heldout169_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout169/make_heldout169_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1,
fpdf2 fixed creation date, no randomness). Drawing helpers live in _h169kit.py (same folder).
Truth format: samples/pdf/eobgen.py's, printed values only, null for what a layout does not print (units
included); claim_id = the provider's own account / visit / patient-control number, payer_claim_id = the
payer's claim number / ICN, patient exactly as printed (the person served). Every name, number, payer,
provider, address and ID is invented; descriptions are our own words. Statement credits (insurance payments
and write-offs printed as negatives on a family statement) are recorded as the positive amounts the payer
paid / discounted; blank cells are null.

Layouts:
  01 commercial member EOB for a family of three, portrait Liberation Sans (reportlab): "Amount billed / Network
     savings / Allowed amount / Applied to deductible / Your coinsurance / Plan paid / What you owe / Notes",
     code and modifiers with spaces, shaded claim bars with patient account and claim number, denied lines with
     note codes, a claim running on to page 2 with "(continued)" and the header repeated, claim totals, legend
  02 commercial household EOB, landscape DejaVu Serif Condensed under a dark banner (fpdf2): "Amount charged /
     Plan discount / Not covered / Amount allowed / Deductible / Copay / Co-insurance / Plan's payment / Your
     responsibility", "97530-GO" glued with dashes, Units, wrapped long descriptions in a grid, per-visit copay,
     an excluded DME line, no provider account number printed (claim_id null), claim continued on page 2
  03 Medicare Summary Notice Part B, portrait core Times (reportlab): boxed notice facts / deductible, claims
     headed by the spelled first date, "Service Provided & Billing Code" as "2 Therapeutic exercises (97110)"
     (units first, no modifiers), service date printed under each service, Service Approved? Yes/No, letter
     notes, claim running on to page 2 with its heading repeated
  04 Medicare Advantage HMO member EOB mailed to a couple, portrait Liberation Serif (fpdf2): out-of-pocket box,
     "Provider charged / Plan-approved amount / Plan paid / Your share", "Feb 5, 2026" dates, per-code copays,
     a denied line (note D), no units, no provider account number
  05 state Medicaid remittance advice, landscape Liberation Mono (reportlab): fixed-width CLAIMS PAID / DENIED /
     ADJUSTED sections, RECIPIENT / RECIP ID / PAT ACCT / ICN heading, FROM/TO DOS, units "2.0", trailing-minus
     reversal with its replacement, 4-digit EOB codes, page banner repeated, claim continued with "(CONT)"
  06 Medicaid managed-care remittance, portrait DejaVu Sans Condensed ruled grid (fpdf2): shaded member bars with
     DOB / patient control no. / plan claim no., "1/7/2026" dates, Mod "GO,59", Qty, adjustment "CO-45 12.30"
     in a cell, RARC column, a denied line, code glossary
  07 practice-management print of a Medicare Part B remit, portrait Courier (reportlab): "DOS POS QTY CPT/MODS
     CHARGE ALLOWED DEDUCT COINS PAID", MMDDYY dates, every adjustment on an "ADJ:" sub-line under its service
     (CO-45, PR-1, PR-2, CO-253), a long claim running on to page 2 with *CONTINUED* and no repeated header
  08 clearinghouse ERA viewer print for a commercial payer, landscape core Helvetica grid (fpdf2): "Grp/CARC/Amt"
     adjustments "CO/45/57.00", copay and coinsurance columns, a denied orthosis line with remark, claim interest
     line: PLANTED claim-total mismatch (printed paid total includes interest; declared as expected finding)
  09 pediatric therapy clinic family statement, portrait Liberation Serif (reportlab): guarantor and "Please pay"
     box, visit blocks per child with visit no. and insurance claim no., Units, insurance payment and contractual
     adjustment printed as negative credits (blank when none), a self-pay visit with no insurance claim
  10 hospital outpatient household statement, portrait Liberation Sans Narrow (fpdf2): accounts per family member,
     revenue code / CPT/HCPCS / Mod / Qty / Charges only at line level, insurance payment and contractual
     adjustment as trailing-minus account rows, ICN per account, a claim-foot carried to page 2 under a repeated
     account heading

The self-check (--check) tests the factory, not the reader: the page count matches; for every service row the
strings it printed (date, code, modifiers, units, amounts, adjustment codes) are on ONE extracted text line of
its page (pdfplumber); every truth amount, code, modifier, adjustment and remark is in its page's text; ids and
patients are in the document; billed - discount - not covered = allowed where printed; billed - adjustments =
paid where every adjustment is printed; claim totals equal the sum of lines unless declared as a planted
expected finding (and the planted one really differs); at least three claims run on to a next page.
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
sys.path.insert(0, str(Path(__file__).resolve().parent))
import eobgen as G  # noqa: E402
from _h169kit import Canvas  # noqa: E402
from eobgen import (  # noqa: E402
    FIXED_WHEN,
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

# Extra invented fees for codes the shared charge master lacks (home health visits, a few others).
for code, fee, sch, desc in (
        ("G0151", "185.00", "0.00", "Physical therapy visit in the home"),
        ("G0152", "190.00", "0.00", "Occupational therapy visit in the home"),
        ("G0153", "195.00", "0.00", "Speech therapy visit in the home"),
        ("97162", "235.00", "101.12", "PT evaluation, moderate complexity"),
        ("97533", "88.00", "31.90", "Sensory integration activities"),
        ("97010", "25.00", "0.00", "Hot or cold packs"),
        ("E0730", "140.00", "38.52", "TENS unit, four lead"),
        ("99203", "230.00", "112.40", "New patient office visit"),
        ("G0283", "35.00", "10.37", "Electrical stimulation, unattended")):
    G.FEE.setdefault(code, fee)
    G.SCHED.setdefault(code, sch)
    G.DESC.setdefault(code, desc)

D = date


def S(dos, code, units, mods=(), denied=None, desc=""):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), None, desc, denied)


class Claim:
    def __init__(self, cid, pcn, patient, svcs, **info):
        self.cid, self.pcn, self.patient, self.svcs, self.info = cid, pcn, patient, svcs, info


# ---------------------------------------------------------------------------------------- the engine

class Layout:
    name = ""
    producer = "reportlab"
    family = "Helvetica"
    landscape = False
    size = 8.0
    lead = 10.5           # row line height
    bottom = 730.0
    repeat_head = True    # column header repeated on a continuation page
    cont_head = True      # claim heading repeated (with a continued marker) on a continuation page
    style = "ruled"       # ruled | grid | plain
    printed: tuple = ()
    units = True
    mods = True
    adj_on_row = False    # adjustments printed (with amounts) on the service row
    all_adj = False       # every adjustment with its amount printed (billed - adj = paid holds)
    desc_w = 0.0
    foot_h = 30.0
    description = ""
    cols: list = []       # (head, key or callable, x, align)

    def __init__(self):
        self.claims: list[Claim] = []
        self.findings: list = []
        self.legend: list = []

    # --- overridable furniture
    def top(self, cv, pno, total):
        return 60.0

    def claim_head(self, cv, y, c, cont):
        return y

    def claim_foot(self, cv, y, c):
        return y, []

    def finish(self, cv, y):
        return y

    def cell(self, key, s, c):
        return key(s, c) if callable(key) else ""

    def remarks(self, s):
        return list(s.remarks)

    def override(self, s):
        return None

    # --- engine
    def col_head(self, cv, y):
        lines = max(h.count("\n") + 1 for h, *_ in self.cols)
        top = y
        if self.style == "grid":
            cv.rect(self.cols[0][2] - 3, y - 2, cv.W - 2 * (self.cols[0][2] - 3), lines * (self.size + 1) + 5,
                    gray=0.88)
        for h, key, x, al in self.cols:
            parts = h.split("\n")
            for i, p in enumerate(parts):
                cv.t(x, y + (lines - len(parts) + i + 1) * (self.size + 1), p, self.size, True, al)
        y = top + lines * (self.size + 1) + 4
        if self.style != "plain":
            cv.line(self.cols[0][2] - 3, y, cv.W - self.cols[0][2] + 3, y, 0.8)
        return y + 2

    def row(self, cv, y, s, c):
        toks, desc_lines = [], [""]
        y0 = y + self.lead
        for h, key, x, al in self.cols:
            if key == "DESC":
                desc_lines = cv.wrap(s.desc, self.desc_w, self.size)
                cv.t(x, y0, desc_lines[0], self.size)
                for i, dl in enumerate(desc_lines[1:], 1):
                    cv.t(x, y0 + i * (self.size + 1.5), dl, self.size)
                continue
            v = self.cell(key, s, c)
            if v:
                cv.t(x, y0, v, self.size, False, al)
                toks.append(v)
        h = self.lead + (len(desc_lines) - 1) * (self.size + 1.5) + 2
        if self.style == "ruled":
            cv.line(self.cols[0][2] - 3, y + h, cv.W - self.cols[0][2] + 3, y + h, 0.25)
        elif self.style == "grid":
            cv.rect(self.cols[0][2] - 3, y, cv.W - 2 * (self.cols[0][2] - 3), h, lw=0.3)
        return y + h, toks

    def row_h(self, cv, s):
        n = len(cv.wrap(s.desc, self.desc_w, self.size)) if self.desc_w else 1
        return self.lead + (n - 1) * (self.size + 1.5) + 2

    def render(self, path, total):
        cv = Canvas(self.producer, path, self.landscape, self.family, FIXED_WHEN)
        cv.new_page()
        y = self.top(cv, 1, total)
        lines, rows = [], []
        for c in self.claims:
            if y + 70 > self.bottom:
                cv.new_page()
                y = self.top(cv, cv.pno, total)
            y = self.claim_head(cv, y, c, False)
            y = self.col_head(cv, y)
            for s in c.svcs:
                if y + self.row_h(cv, s) > self.bottom:
                    cv.new_page()
                    y = self.top(cv, cv.pno, total)
                    if self.cont_head:
                        y = self.claim_head(cv, y, c, True)
                    if self.repeat_head:
                        y = self.col_head(cv, y)
                y, toks = self.row(cv, y, s, c)
                rows.append((cv.pno, toks))
                adj = s.adjs if (self.adj_on_row or self.all_adj) else []
                lines.append(truth_line(cv.pno, s, claim_id=c.cid, payer_claim_id=c.pcn, patient=c.patient,
                                        printed=self.printed, units=self.units, modifiers=self.mods,
                                        adjustments=adj, remarks=self.remarks(s), overrides=self.override(s)))
            if y + self.foot_h > self.bottom:
                cv.new_page()
                y = self.top(cv, cv.pno, total)
                if self.cont_head:
                    y = self.claim_head(cv, y, c, True)
            y, ftoks = self.claim_foot(cv, y, c)
            if ftoks:
                rows.append((cv.pno, ftoks))
        self.finish(cv, y)
        cv.save()
        return cv.pno, lines, rows

    def claim_truth(self):
        out = []
        for c in self.claims:
            t = claim_totals(*(total(c.svcs, a) if k in self.printed_totals else None
                               for a, k in (("billed", "billed"), ("allowed", "allowed"), ("paid", "paid"),
                                            ("owes", "patient_owes"))))
            for k, v in getattr(c, "total_override", {}).items():
                t[k] = str(q(v))
            out.append({"claim_id": c.cid, "payer_claim_id": c.pcn, "patient": c.patient, "totals": t})
        return out

    printed_totals: tuple = ()

    def build(self, out: Path):
        path = out / f"{self.name}.pdf"
        n, _, _ = self.render(path, 0)
        n2, lines, rows = self.render(path, n)
        assert n == n2
        write_truth(path, self.name, self.producer, n, self.description, lines, self.claim_truth(),
                    self.legend, self.findings)
        return path, rows


def M(d):
    return money(d, ",")


def MD(d):
    return money(d, "$")


def code_dash(s, c=None):
    return "-".join((s.code,) + s.mods)


def code_sp(s, c=None):
    return " ".join((s.code,) + s.mods)


def plan_claims(specs, fn):
    out = []
    for cid, pcn, pat, svcs, info in specs:
        out.append(Claim(cid, pcn, pat, [fn(s) for s in svcs], **info))
    return out


# ------------------------------------------------------------------------------------ L01 commercial
class L01(Layout):
    name = "h169_01_commercial_family_eob"
    producer, family, landscape, size = "reportlab", "LibSans", False, 7.0
    description = "commercial member EOB, portrait Liberation Sans, family of three, notes legend"
    printed = ("billed", "discount", "allowed", "deductible", "coinsurance", "paid", "patient_owes")
    printed_totals = ("billed", "allowed", "paid", "patient_owes")
    units = False
    desc_w = 96
    bottom = 735

    def __init__(self):
        super().__init__()
        st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.78"))
        v = [S(D(2026, 1, 6), "97166", 1, ("GO",)), S(D(2026, 1, 6), "97530", 2, ("GO",)),
             S(D(2026, 1, 13), "97530", 2, ("GO",)), S(D(2026, 1, 13), "97535", 1, ("GO",)),
             S(D(2026, 1, 20), "97530", 3, ("GO", "KX")), S(D(2026, 1, 20), "97110", 1, ("GO", "59"))]
        w = [S(D(2026, 1, 8), "92523", 1, ("GN",)), S(D(2026, 1, 15), "92507", 1, ("GN",)),
             S(D(2026, 1, 22), "92507", 1, ("GN",)), S(D(2026, 1, 29), "92507", 1, ("GN",))]
        x = [S(D(2026, 1, 9), "97162", 1, ("GP",)), S(D(2026, 1, 9), "97140", 2, ("GP",)),
             S(D(2026, 1, 12), "97110", 3, ("GP",)), S(D(2026, 1, 12), "97112", 1, ("GP",)),
             S(D(2026, 1, 12), "0552T", 1, ("GP",), "PR"), S(D(2026, 1, 16), "97140", 2, ("GP",)),
             S(D(2026, 1, 16), "97110", 2, ("GP",)), S(D(2026, 1, 16), "97010", 1, ("GP",), "CO")]
        for dd in (21, 22, 23, 24, 27, 28, 29, 30):
            x += [S(D(2026, 1, dd), "97140", 1, ("GP",)), S(D(2026, 1, dd), "97110", 2, ("GP", "CQ")),
                  S(D(2026, 1, dd), "97530", 1, ("GP",))]
        for s in v + w + x:
            commercial(s, st, "96")
            if s.denied:
                s.remarks = ["N7" if s.denied == "PR" else "K2"]
        self.claims = [
            Claim("PT-448120", "26011-40882-07", "Marisol Quintero-Hale", v, prov="Bright Hands Pediatric OT"),
            Claim("PT-448377", "26011-40919-02", "Teodoro Quintero-Hale", w, prov="Saybrook Speech Studio"),
            Claim("AC0091573", "26012-11304-11", "Renata Quintero-Hale", x, prov="Crestline Physical Therapy")]
        self.legend = [("N7", "Service is excluded under your plan; you may owe the provider."),
                       ("K2", "Included in another service billed the same day; provider may not bill you.")]
        xs = 36
        self.cols = [("Date of\nservice", lambda s, c: dfmt(s.dos, "mdy2"), xs, "L"),
                     ("Service", "DESC", xs + 36, "L"),
                     ("Code", code_sp, xs + 136, "L"),
                     ("Amount\nbilled", lambda s, c: M(s.billed), xs + 226, "R"),
                     ("Network\nsavings", lambda s, c: M(s.discount), xs + 266, "R"),
                     ("Allowed\namount", lambda s, c: M(s.allowed), xs + 306, "R"),
                     ("Applied to\ndeductible", lambda s, c: M(s.deductible), xs + 350, "R"),
                     ("Your\ncoinsurance", lambda s, c: M(s.coinsurance), xs + 396, "R"),
                     ("Plan\npaid", lambda s, c: M(s.paid), xs + 434, "R"),
                     ("What you\nowe", lambda s, c: M(s.owes), xs + 480, "R"),
                     ("Notes", lambda s, c: " ".join(s.remarks), xs + 496, "L")]

    def top(self, cv, pno, total):
        cv.t(36, 40, "NORTHWAY MUTUAL HEALTH", 14, True)
        cv.t(36, 52, "Explanation of Benefits   THIS IS NOT A BILL", 9, True)
        cv.t(576, 40, f"Page {pno} of {total}", 8, False, "R")
        cv.t(576, 52, "Statement date: 02/02/2026", 8, False, "R")
        if pno == 1:
            cv.t(36, 72, "Prepared for: Gustavo Quintero-Hale", 8)
            cv.t(36, 82, "Member ID: NWM884120377   Group: 55120 Lakeshore Tool & Die", 8)
            cv.t(36, 92, "4417 Birchmont Way, Harlow Springs, OH 43991", 8)
            cv.rect(360, 64, 216, 36, gray=0.93)
            cv.t(366, 76, "Family deductible met so far: $450.00 of $900.00", 7.5)
            cv.t(366, 88, "Family out-of-pocket met so far: $612.45 of $4,000.00", 7.5)
            return 116
        return 72

    def claim_head(self, cv, y, c, cont):
        cv.rect(33, y, 546, 22, gray=0.9, stroke=False)
        cv.t(36, y + 9, f"Patient: {c.patient}" + ("  (continued)" if cont else ""), 8, True)
        cv.t(300, y + 9, f"Claim number: {c.pcn}", 8)
        cv.t(36, y + 19, f"Provider: {c.info['prov']}   Patient account: {c.cid}", 7.5)
        return y + 26

    def claim_foot(self, cv, y, c):
        xs = 36
        vals = [(226, M(total(c.svcs, "billed"))), (306, M(total(c.svcs, "allowed"))),
                (434, M(total(c.svcs, "paid"))), (480, M(total(c.svcs, "owes")))]
        cv.t(xs + 36, y + 10, "Claim totals", 7.5, True)
        for x, v in vals:
            cv.t(xs + x, y + 10, v, 7.5, True, "R")
        return y + 20, ["Claim totals"] + [v for _, v in vals]

    def finish(self, cv, y):
        y += 8
        cv.t(36, y + 8, "Notes", 8, True)
        for i, (k, t) in enumerate(self.legend):
            cv.t(36, y + 19 + 10 * i, f"{k}  {t}", 7)
        cv.t(36, 770, "Northway Mutual Health, PO Box 7720, Cedar Fork, OH 43871  |  Member services 1-800-555-0143",
             6.5)


# ------------------------------------------------------------------------------------ L02 commercial
class L02(Layout):
    name = "h169_02_commercial_household_eob"
    producer, family, landscape, size = "fpdf2", "DjSerifC", True, 7.2
    description = "commercial member EOB, landscape DejaVu Serif Condensed, household of four, copay per visit"
    printed = ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
               "patient_owes")
    printed_totals = ("billed", "paid", "patient_owes")
    style = "grid"
    desc_w = 120
    bottom = 560
    repeat_head = True
    cont_head = True

    def __init__(self):
        super().__init__()
        st = PlanState(ded_left=Decimal("0.00"), visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.74"))
        st2 = PlanState(ded_left=Decimal("85.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
        a = [S(D(2026, 1, 5), "97167", 1, ("GO",), desc=G.LONG_DESC.get("97168")),
             S(D(2026, 1, 5), "97533", 2, ("GO",))]
        for dd in (7, 12, 14, 19, 21, 26, 28):
            a += [S(D(2026, 1, dd), "97530", 2, ("GO",), desc=G.LONG_DESC["97530"]),
                  S(D(2026, 1, dd), "97533", 1, ("GO", "59")), S(D(2026, 1, dd), "97535", 1, ("GO",))]
        b = [S(D(2026, 1, 9), "99213", 1, (), desc="Office visit, established patient"),
             S(D(2026, 1, 9), "E0730", 1, ("NU",), "PR")]
        c3 = [S(D(2026, 1, 15), "92523", 1, ("GN",)), S(D(2026, 1, 22), "92507", 1, ("GN",)),
              S(D(2026, 1, 29), "92507", 1, ("GN",))]
        for s in a + c3:
            commercial(s, st)
        for s in b:
            commercial(s, st2, "204")
            if s.denied:
                s.remarks = ["M4"]
        self.claims = [Claim(None, "E7Q2601150093", "Joaquin Abernathy-Oyelaran", a, prov="Little Oaks Sensory OT"),
                       Claim(None, "E7Q2601120417", "Priya Abernathy-Oyelaran", b, prov="Hollis Family Medicine"),
                       Claim(None, "E7Q2601300288", "Noor Abernathy-Oyelaran", c3, prov="Talkbridge Speech Clinic")]
        self.legend = [("M4", "Equipment is not a covered benefit under this plan; you are responsible.")]
        x = 30
        self.cols = [("Date(s) of\nservice", lambda s, c: dfmt(s.dos, "mdy4"), x, "L"),
                     ("Description of service", "DESC", x + 50, "L"),
                     ("Procedure", code_dash, x + 176, "L"),
                     ("Units", lambda s, c: units_str(s.units), x + 248, "R"),
                     ("Amount\ncharged", lambda s, c: MD(s.billed), x + 296, "R"),
                     ("Plan\ndiscount", lambda s, c: MD(s.discount), x + 340, "R"),
                     ("Not\ncovered", lambda s, c: MD(s.not_covered), x + 382, "R"),
                     ("Amount\nallowed", lambda s, c: MD(s.allowed), x + 426, "R"),
                     ("Deductible", lambda s, c: MD(s.deductible), x + 472, "R"),
                     ("Copay", lambda s, c: MD(s.copay), x + 510, "R"),
                     ("Co-\ninsurance", lambda s, c: MD(s.coinsurance), x + 552, "R"),
                     ("Plan's\npayment", lambda s, c: MD(s.paid), x + 598, "R"),
                     ("Your\nresponsibility", lambda s, c: MD(s.owes), x + 654, "R"),
                     ("Remark", lambda s, c: " ".join(s.remarks), x + 670, "L")]

    def top(self, cv, pno, total):
        cv.rect(0, 0, 792, 44, gray=0.25, stroke=False)
        cv.t(30, 26, "Keystone Prairie Health Plans", 15, True)
        cv.t(762, 20, "EXPLANATION OF BENEFITS", 10, True, "R")
        cv.t(762, 34, f"Page {pno} of {total}", 8, False, "R")
        cv.t(30, 58, "Subscriber: Adaeze Abernathy-Oyelaran   ID: KPX-21-558830-01   Plan: Choice PPO 2500", 8)
        cv.t(762, 58, "Issued 01/31/2026   Period 01/01/2026 - 01/31/2026", 8, False, "R")
        if pno == 1:
            cv.t(30, 74, "This is a record of claims we processed for your household. Keep it with your records. "
                         "It is not a bill.", 8)
            return 88
        return 70

    def claim_head(self, cv, y, c, cont):
        cv.t(30, y + 10, f"{c.patient}" + (" - claim continued from previous page" if cont else ""), 8.5, True)
        cv.t(330, y + 10, f"Claim #{c.pcn}", 8)
        cv.t(470, y + 10, f"Provider: {c.info['prov']} (in network)", 8)
        return y + 16

    def claim_foot(self, cv, y, c):
        v = [MD(total(c.svcs, "billed")), MD(total(c.svcs, "paid")), MD(total(c.svcs, "owes"))]
        cv.t(80, y + 10, "Totals for this claim", 7.5, True)
        cv.t(326, y + 10, v[0], 7.5, True, "R")
        cv.t(628, y + 10, v[1], 7.5, True, "R")
        cv.t(684, y + 10, v[2], 7.5, True, "R")
        return y + 20, ["Totals for this claim"] + v

    def finish(self, cv, y):
        cv.t(30, y + 12, "Remark codes:", 8, True)
        for i, (k, t) in enumerate(self.legend):
            cv.t(100, y + 12 + 10 * i, f"{k} - {t}", 7.5)
        cv.t(30, 596, "Questions? Call 1-888-555-0162 (TTY 711). Appeals: Keystone Prairie, Attn Appeals, "
                      "PO Box 3308, Dunmore Flats, KS 66812.", 7)


# ------------------------------------------------------------------------ L03 Medicare Summary Notice
class L03(Layout):
    name = "h169_03_msn_partb"
    producer, family, landscape, size = "reportlab", "Times", False, 8.5
    description = "Medicare Summary Notice Part B, core Times, one claim per provider, units before descriptions"
    printed = ("billed", "allowed", "paid", "patient_owes")
    printed_totals = ("billed", "allowed", "paid", "patient_owes")
    mods = False
    bottom = 740
    lead = 12
    style = "plain"
    cont_head = True

    def __init__(self):
        super().__init__()
        st = PlanState(ded_left=Decimal("61.00"))
        a = []
        for dd in (5, 7, 12, 14, 19, 21, 26, 28, 33, 35, 40, 42):
            dd = date.fromordinal(D(2026, 1, 1).toordinal() + dd - 1)
            a += [S(dd, "97110", 2, ("GP", "KX")), S(dd, "97140", 1, ("GP",))]
        a.insert(0, S(D(2026, 1, 5), "97161", 1, ("GP",)))
        b = [S(D(2026, 1, 8), "99213", 1), S(D(2026, 1, 8), "G0283", 1, ("GP",)),
             S(D(2026, 1, 8), "97010", 1, ("GP",), "CO")]
        for s in a + b:
            medicare(s, st, deny_reason="97")
            if s.denied:
                s.remarks = ["C"]
        for s in a + b:
            if not s.denied:
                s.remarks = ["A"] if s.deductible else []
        self.claims = [Claim(None, "26-0104-88211-04", "WINIFRED P DELACROIX-MOORE", a,
                             prov="Harborview Outpatient Rehab, 220 Quay St, Port Ellery, ME 04988"),
                       Claim(None, "26-0109-51007-21", "WINIFRED P DELACROIX-MOORE", b,
                             prov="Pinecrest Primary Care, 9 Ledge Rd, Port Ellery, ME 04988")]
        self.legend = [("A", "This amount counts toward your yearly Part B deductible."),
                       ("C", "Medicare does not pay separately for this; the provider cannot bill you for it.")]
        self.cols = [("Service Provided & Billing Code", lambda s, c: f"{units_str(s.units)} {s.desc} ({s.code})",
                      40, "L"),
                     ("Service\nApproved?", lambda s, c: "No" if s.denied else "Yes", 300, "C"),
                     ("Amount\nProvider\nCharged", lambda s, c: MD(s.billed), 378, "R"),
                     ("Medicare-\nApproved\nAmount", lambda s, c: MD(s.allowed), 436, "R"),
                     ("Medicare\nPaid\nProvider", lambda s, c: MD(s.paid), 494, "R"),
                     ("Maximum\nYou May\nBe Billed", lambda s, c: MD(s.owes), 552, "R"),
                     ("See\nNotes", lambda s, c: " ".join(s.remarks), 560, "L")]

    def top(self, cv, pno, total):
        cv.t(40, 40, "Medicare Summary Notice for Part B (Medical Insurance)", 13, True)
        cv.t(40, 54, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
             8.5)
        cv.t(572, 40, f"Page {pno} of {total}", 9, False, "R")
        if pno == 1:
            cv.rect(40, 66, 250, 64)
            cv.t(46, 80, "WINIFRED P DELACROIX-MOORE", 9, True)
            cv.t(46, 92, "Medicare Number XXXXXXX4WQ7", 9)
            cv.t(46, 104, "Date of This Notice April 2, 2026", 9)
            cv.t(46, 116, "Claims Processed Between January 3 - April 1, 2026", 9)
            cv.rect(310, 66, 262, 64, gray=0.92)
            cv.t(316, 80, "Your Deductible Status", 9, True)
            cv.t(316, 94, "Your deductible is what you must pay each year", 8)
            cv.t(316, 104, "before Medicare starts to pay. You have met", 8)
            cv.t(316, 114, "your Part B deductible for 2026.", 8)
            cv.t(40, 150, "Your Claims for Part B (Medical Insurance)", 11, True)
            return 158
        cv.t(40, 70, "Your Claims for Part B (Medical Insurance), continued", 10, True)
        return 78

    def claim_head(self, cv, y, c, cont):
        first = min(s.dos for s in c.svcs)
        cv.line(40, y + 4, 572, y + 4, 1.2)
        cv.t(40, y + 16, dfmt(first, "month") + (" (continued)" if cont else ""), 10, True)
        cv.t(40, y + 28, c.info["prov"], 8.5)
        cv.t(40, y + 39, f"Claim Number: {c.pcn}", 8.5)
        return y + 44

    def row(self, cv, y, s, c):
        y2, toks = super().row(cv, y, s, c)
        cv.t(52, y2 + 8, dfmt(s.dos, "mdy2"), 7.5)
        return y2 + 10, toks

    def row_h(self, cv, s):
        return self.lead + 12

    def claim_foot(self, cv, y, c):
        v = [MD(total(c.svcs, x)) for x in ("billed", "allowed", "paid", "owes")]
        cv.t(40, y + 12, "Total for this claim", 8.5, True)
        for x, t in zip((378, 436, 494, 552), v):
            cv.t(x, y + 12, t, 8.5, True, "R")
        return y + 22, ["Total for this claim"] + v

    def finish(self, cv, y):
        cv.t(40, y + 14, "Notes for Your Claims", 9, True)
        for i, (k, t) in enumerate(self.legend):
            cv.t(40, y + 26 + 11 * i, f"{k}  {t}", 8)
        cv.t(40, 770, "If you disagree with a decision, you may file an appeal within 120 days of this notice.", 7.5)


# ------------------------------------------------------------------------- L04 Medicare Advantage EOB
class L04(Layout):
    name = "h169_04_medicare_advantage_couple_eob"
    producer, family, landscape, size = "fpdf2", "LibSerif", False, 7.8
    description = "Medicare Advantage member EOB for a couple, portrait Liberation Serif, no repeated header"
    printed = ("billed", "allowed", "paid", "patient_owes")
    printed_totals = ("billed", "allowed", "paid", "patient_owes")
    units = False
    desc_w = 150
    bottom = 700
    repeat_head = False
    cont_head = False
    style = "ruled"

    def __init__(self):
        super().__init__()
        st = PlanState(copay_codes={c: Decimal("20.00") for c in ("97110", "97140", "97530", "97112", "97116",
                                                                  "97535", "97161")}, allowed_rate=Decimal("0.62"))
        a = [S(D(2026, 2, 3), "97161", 1, ("GP",))]
        for dd in (5, 10, 12, 17, 19, 24, 26):
            a += [S(D(2026, 2, dd), "97110", 2, ("GP",)), S(D(2026, 2, dd), "97116", 1, ("GP",)),
                  S(D(2026, 2, dd), "97112", 1, ("GP", "CQ"))]
        b = [S(D(2026, 2, 4), "97168", 1, ("GO",)), S(D(2026, 2, 4), "97535", 2, ("GO",)),
             S(D(2026, 2, 11), "97530", 2, ("GO",)), S(D(2026, 2, 11), "97760", 1, ("GO",), "CO")]
        for s in a + b:
            commercial(s, st, "50")
            s.owes = s.deductible + s.copay + s.coinsurance
        self.claims = [Claim(None, "MA26-0203-774401", "Lorenzo Vittadini", a, prov="Riverbend Therapy Partners"),
                       Claim(None, "MA26-0211-108236", "Ines Vittadini", b, prov="Sandhill Hand & Upper Limb OT")]
        self.cols = [("Service date", lambda s, c: dfmt(s.dos, "mon"), 40, "L"),
                     ("What was done (code)", "DESC", 100, "L"),
                     ("Code", code_sp, 256, "L"),
                     ("Provider\ncharged", lambda s, c: MD(s.billed), 360, "R"),
                     ("Plan-approved\namount", lambda s, c: MD(s.allowed), 430, "R"),
                     ("Plan\npaid", lambda s, c: MD(s.paid), 490, "R"),
                     ("Your\nshare", lambda s, c: MD(s.owes), 540, "R"),
                     ("Note", lambda s, c: "D" if s.denied else "", 552, "L")]
        self.legend = [("D", "Not medically necessary as billed; the provider may not charge you.")]

    def top(self, cv, pno, total):
        cv.t(40, 42, "SILVERCREST SENIOR ADVANTAGE (HMO)", 13, True)
        cv.t(40, 56, "Your Explanation of Benefits for medical services - February 2026", 9)
        cv.t(572, 42, f"{pno} / {total}", 8, False, "R")
        cv.line(40, 62, 572, 62, 1)
        if pno == 1:
            cv.t(40, 78, "Mailed to: Lorenzo and Ines Vittadini, 88 Almond Row, Castile Bluffs, AZ 85399", 8.5)
            cv.t(40, 90, "Member numbers: 903381207-00 (Lorenzo), 903381207-01 (Ines)", 8.5)
            cv.rect(40, 98, 532, 38, gray=0.94)
            cv.t(46, 110, "Out-of-pocket maximum for in-network care: $4,900.00", 8.5, True)
            cv.t(46, 122, "Lorenzo has paid $160.00 so far this year. Ines has paid $40.00 so far this year.", 8.5)
            cv.t(40, 152, "Part 2: Your medical claims in detail", 10.5, True)
            return 160
        return 74

    def claim_head(self, cv, y, c, cont):
        cv.t(40, y + 14, f"Claims for {c.patient}", 10, True)
        cv.t(40, y + 26, f"Claim ID {c.pcn}   Provider: {c.info['prov']}   Received 03/02/2026", 8)
        return y + 30

    def claim_foot(self, cv, y, c):
        v = [MD(total(c.svcs, x)) for x in ("billed", "allowed", "paid", "owes")]
        cv.t(100, y + 11, "Claim total", 8, True)
        for x, t in zip((360, 430, 490, 540), v):
            cv.t(x, y + 11, t, 8, True, "R")
        return y + 22, ["Claim total"] + v

    def finish(self, cv, y):
        cv.t(40, y + 12, "D  " + self.legend[0][1], 7.5)
        cv.t(40, 760, "Silvercrest Health Plan, 1400 Mesa Vista Dr, Tolleson Ridge, AZ 85013. Member Services "
                      "1-877-555-0119, 8 a.m. - 8 p.m.", 7)


# ------------------------------------------------------------------------ L05 state Medicaid RA (mono)
class L05(Layout):
    name = "h169_05_medicaid_ra_fixedwidth"
    producer, family, landscape, size = "reportlab", "LibMono", True, 7.4
    description = "state Medicaid remittance advice, landscape Liberation Mono, paid / denied / adjusted sections"
    printed = ("billed", "allowed", "paid")
    printed_totals = ("billed", "paid")
    style = "plain"
    lead = 9.5
    bottom = 570
    repeat_head = True
    cont_head = True

    def __init__(self):
        super().__init__()
        mk = []
        for cid, pcn, pat, days, codes in (
                ("4471093", "2026034117700451", "TRAN, BAO-ANH", (6, 8, 13, 15, 20, 22, 27, 29),
                 (("92507", 1, ("GN",)), ("92526", 1, ("GN",)))),
                ("4471122", "2026034117700468", "OKAFOR, CHIDERA", (7, 14, 21, 28),
                 (("97530", 3, ("GO", "U1")), ("97533", 2, ("GO",)))),
                ("4471140", "2026034117700502", "MCALLISTER, RYLAN", (9, 16, 23, 30),
                 (("97110", 2, ("GP",)), ("97116", 2, ("GP",)), ("97140", 1, ("GP", "59"))))):
            svcs = [medicaid(S(D(2026, 1, d), c, u, m)) for d in days for c, u, m in codes]
            mk.append(Claim(cid, pcn, pat, svcs, sec="PAID"))
        den = [medicaid(S(D(2026, 1, 12), "97168", 1, ("GO",), "CO"), "204"),
               medicaid(S(D(2026, 1, 12), "97535", 2, ("GO",), "CO"), "204")]
        for s in den:
            s.remarks = ["0271"]
        mk.append(Claim("4471188", "2026034117700519", "BERGSTROM, ELSA", den, sec="DENIED"))
        old = [medicaid(S(D(2025, 12, 15), "97530", 2, ("GO",))), medicaid(S(D(2025, 12, 15), "97110", 1, ("GO",)))]
        rev = [negate(s) for s in old]
        new = [medicaid(S(D(2025, 12, 15), "97530", 3, ("GO",))), medicaid(S(D(2025, 12, 15), "97110", 1, ("GO",)))]
        for s in rev:
            s.remarks = ["0890"]
        mk.append(Claim("4469901", "5026034117700077", "OKAFOR, CHIDERA", rev, sec="ADJUSTED", note="REVERSAL OF"
                        " ICN 2025351101300214"))
        mk.append(Claim("4469901", "2026034117700533", "OKAFOR, CHIDERA", new, sec="ADJUSTED", note="REPLACEMENT"))
        self.claims = mk
        ids = {"TRAN, BAO-ANH": "11820374501", "OKAFOR, CHIDERA": "11820993017", "MCALLISTER, RYLAN": "11821604422",
               "BERGSTROM, ELSA": "11819200678"}
        for c in mk:
            c.info["rid"] = ids[c.patient]
        self.legend = [("0271", "PROCEDURE LIMIT FOR THE AUTHORIZATION PERIOD HAS BEEN REACHED"),
                       ("0890", "CLAIM REVERSED; SEE REPLACEMENT CLAIM BELOW")]
        self.cols = [("LN", lambda s, c: f"{c.svcs.index(s) + 1:02d}", 40, "L"),
                     ("FROM DOS", lambda s, c: dfmt(s.dos, "mdy4"), 64, "L"),
                     ("TO DOS", lambda s, c: dfmt(s.dos, "mdy4"), 118, "L"),
                     ("PROC", lambda s, c: s.code, 172, "L"),
                     ("MODIFIERS", lambda s, c: " ".join(s.mods), 204, "L"),
                     ("UNITS", lambda s, c: f"{s.units:.1f}", 282, "R"),
                     ("BILLED AMT", lambda s, c: money(s.billed, ",", "trail"), 350, "R"),
                     ("ALLOWED AMT", lambda s, c: money(s.allowed, ",", "trail"), 420, "R"),
                     ("PAID AMT", lambda s, c: money(s.paid, ",", "trail"), 484, "R"),
                     ("EOB", lambda s, c: " ".join(s.remarks), 500, "L"),
                     ("LINE STATUS", lambda s, c: "DENIED" if s.denied else ("REVERSED" if s.paid < 0 else "PAID"),
                      540, "L")]
        self._sec = None

    def top(self, cv, pno, total):
        cv.t(40, 30, "DEPARTMENT OF FAMILY HEALTH SERVICES - STATE OF NEW CASCADIA - MEDICAL ASSISTANCE PROGRAM", 8,
             True)
        cv.t(40, 41, "REMITTANCE ADVICE    PAYEE: KINDERWORKS THERAPY GROUP LLC    PROVIDER NO: 0048812270"
                     "    RA NO: 00731586", 7.4)
        cv.t(40, 52, f"WARRANT DATE: 02/06/2026    CHECK/EFT NO: 88104471      PAGE {pno:>3} OF {total:>3}", 7.4)
        cv.line(40, 56, 752, 56)
        self._sec = None
        return 60

    def claim_head(self, cv, y, c, cont):
        if c.info["sec"] != self._sec:
            self._sec = c.info["sec"]
            cv.t(40, y + 12, f"***** CLAIMS {self._sec} *****", 8, True)
            y += 14
        cv.t(40, y + 10, f"RECIPIENT: {c.patient:<22} RECIP ID: {c.info['rid']}  PAT ACCT: {c.cid}  "
                         f"ICN: {c.pcn}" + ("  (CONT)" if cont else ""), 7.4)
        y += 10
        if c.info.get("note"):
            cv.t(60, y + 9, c.info["note"], 7.4)
            y += 9
        return y + 2

    def claim_foot(self, cv, y, c):
        v = [money(total(c.svcs, "billed"), ",", "trail"), money(total(c.svcs, "paid"), ",", "trail")]
        cv.t(172, y + 9, "CLAIM TOTAL", 7.4, True)
        cv.t(350, y + 9, v[0], 7.4, False, "R")
        cv.t(484, y + 9, v[1], 7.4, False, "R")
        return y + 14, ["CLAIM TOTAL"] + v

    def finish(self, cv, y):
        cv.t(40, y + 12, "EOB CODE LEGEND", 7.4, True)
        for i, (k, t) in enumerate(self.legend):
            cv.t(40, y + 22 + 9 * i, f"{k}  {t}", 7.4)


# ------------------------------------------------------------------- L06 Medicaid managed-care RA (grid)
class L06(Layout):
    name = "h169_06_medicaid_mco_remit_grid"
    producer, family, landscape, size = "fpdf2", "DjCond", False, 7.0
    description = "Medicaid managed-care remittance, portrait DejaVu Sans Condensed, ruled grid, CARC with amount"
    printed = ("billed", "allowed", "paid")
    printed_totals = ("billed", "allowed", "paid")
    adj_on_row = True
    all_adj = True
    style = "grid"
    lead = 11
    bottom = 738
    repeat_head = True
    cont_head = True

    def __init__(self):
        super().__init__()
        cl = []
        for cid, pcn, pat, dob, days, codes in (
                ("V-260107-3318", "HC26010900418", "Amara Fitzwilliam", "04/11/2019", (7, 9, 14, 16, 21, 23, 28, 30),
                 (("97530", 2, ("GO",)), ("97535", 1, ("GO",)), ("97112", 1, ("GO", "59")))),
                ("V-260108-3342", "HC26010900433", "Desmond Yellowhorse", "09/30/2016", (8, 22),
                 (("92507", 1, ("GN",)),)),
                ("V-260113-3407", "HC26011500102", "Kaia Lindqvist-Ruiz", "02/02/2021", (13, 20, 27),
                 (("97110", 2, ("GP",)), ("97116", 1, ("GP",))))):
            svcs = [medicaid(S(D(2026, 1, d), c, u, m)) for d in days for c, u, m in codes]
            cl.append(Claim(cid, pcn, pat, svcs, dob=dob))
        dn = medicaid(S(D(2026, 1, 22), "92526", 1, ("GN",), "CO"), "15")
        dn.remarks = ["N54"]
        cl[1].svcs.append(dn)
        self.claims = cl
        self.legend = [("CO-45", "Amount above the plan's fee schedule; contractual write-off"),
                       ("CO-15", "Prior approval number missing or not valid for this service"),
                       ("N54", "Authorization on file does not cover this procedure")]
        self.cols = [("Line", lambda s, c: str(c.svcs.index(s) + 1), 36, "L"),
                     ("Service\ndate", lambda s, c: dfmt(s.dos, "mdyn"), 58, "L"),
                     ("Proc", lambda s, c: s.code, 104, "L"),
                     ("Mod", lambda s, c: ",".join(s.mods), 132, "L"),
                     ("Qty", lambda s, c: units_str(s.units), 180, "R"),
                     ("Charged", lambda s, c: M(s.billed), 236, "R"),
                     ("Allowed", lambda s, c: M(s.allowed), 288, "R"),
                     ("Adj reason / amount", lambda s, c: " ".join(f"{g}-{r} {M(a)}" for g, r, a in s.adjs), 300, "L"),
                     ("RARC", lambda s, c: " ".join(s.remarks), 410, "L"),
                     ("Plan paid", lambda s, c: M(s.paid), 490, "R"),
                     ("Status", lambda s, c: "Denied" if s.denied else "Paid", 510, "L")]

    def top(self, cv, pno, total):
        cv.rect(33, 28, 546, 36)
        cv.t(40, 42, "BLUE MESA COMMUNITY CARE - Medicaid Managed Care", 11, True)
        cv.t(40, 56, "Provider Remittance Advice   Payment date 01/30/2026   EFT trace 1A0044719302", 7.5)
        cv.t(572, 42, f"Page {pno} of {total}", 7.5, False, "R")
        cv.t(572, 56, "TIN ***-**-4471   NPI 1588021937", 7.5, False, "R")
        if pno == 1:
            cv.t(36, 80, "Pay to: Canyon Kids Therapy Collective, 311 Arroyo Sq, Las Pietras, NM 87090", 8)
            return 90
        return 72

    def claim_head(self, cv, y, c, cont):
        cv.rect(33, y + 3, 546, 14, gray=0.8, stroke=False)
        cv.t(38, y + 13, f"Member: {c.patient}   DOB {c.info['dob']}   Patient control no. {c.cid}   "
                         f"Plan claim no. {c.pcn}" + ("   - continued" if cont else ""), 7.5, True)
        return y + 20

    def claim_foot(self, cv, y, c):
        v = [M(total(c.svcs, x)) for x in ("billed", "allowed", "paid")]
        cv.t(104, y + 10, "Claim totals", 7.2, True)
        for x, t in zip((236, 288, 490), v):
            cv.t(x, y + 10, t, 7.2, True, "R")
        return y + 18, ["Claim totals"] + v

    def finish(self, cv, y):
        cv.t(36, y + 12, "Code glossary", 8, True)
        for i, (k, t) in enumerate(self.legend):
            cv.t(36, y + 22 + 9 * i, f"{k}: {t}", 7)


# ---------------------------------------------------------- L07 practice-management Medicare remit print
class L07(Layout):
    name = "h169_07_pm_medicare_remit"
    producer, family, landscape, size = "reportlab", "Courier", False, 7.0
    description = "practice-management print of a Medicare remit, portrait Courier, adjustments on a sub-line"
    printed = ("billed", "allowed", "deductible", "coinsurance", "paid")
    printed_totals = ("billed", "allowed", "paid")
    all_adj = True
    style = "plain"
    lead = 9
    bottom = 748
    repeat_head = False
    cont_head = True

    def __init__(self):
        super().__init__()
        st = PlanState(ded_left=Decimal("40.00"))
        cl = []
        for cid, pcn, pat, days, codes in (
                ("118204", "2226013084170", "HOLLOWAY, MAE", (5, 7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30),
                 (("97110", 2, ("GP", "KX")), ("97140", 1, ("GP", "KX")), ("97116", 1, ("GP", "CQ", "KX")))),
                ("118377", "2226013084188", "PERSAUD, DEVRAJ", (6, 13),
                 (("97168", 1, ("GO",)), ("97535", 2, ("GO",)))),
                ("118402", "2226013084201", "ESCALANTE, RUFINA", (8,),
                 (("92523", 1, ("GN",)),))):
            svcs = [medicare(S(D(2026, 1, d), c, u, m), st) for d in days for c, u, m in codes]
            cl.append(Claim(cid, pcn, pat, svcs))
        self.claims = cl
        self.cols = [("DOS", lambda s, c: dfmt(s.dos, "mdy6"), 36, "L"),
                     ("POS", lambda s, c: "11", 82, "L"),
                     ("QTY", lambda s, c: units_str(s.units), 114, "R"),
                     ("CPT/MODS", lambda s, c: code_sp(s), 122, "L"),
                     ("CHARGE", lambda s, c: money(s.billed, ""), 260, "R"),
                     ("ALLOWED", lambda s, c: money(s.allowed, ""), 310, "R"),
                     ("DEDUCT", lambda s, c: money(s.deductible, ""), 358, "R"),
                     ("COINS", lambda s, c: money(s.coinsurance, ""), 404, "R"),
                     ("PAID", lambda s, c: money(s.paid, ""), 454, "R")]

    def row(self, cv, y, s, c):
        y2, toks = super().row(cv, y, s, c)
        adj = "   ".join(f"{g}-{r} {money(a, '')}" for g, r, a in s.adjs)
        cv.t(122, y2 + 7, "ADJ: " + adj, 6.6)
        return y2 + 9, toks

    def row_h(self, cv, s):
        return self.lead + 11

    def top(self, cv, pno, total):
        cv.t(36, 34, "PRAIRIE LEDGER PRACTICE SUITE v9.4        REMITTANCE DETAIL REPORT", 8, True)
        cv.t(36, 44, "PRACTICE: STILLWATER REHAB & WELLNESS PC       PAYER: MEDICARE PART B JURISDICTION 12", 7)
        cv.t(36, 54, f"CHECK/EFT: 009184477310  PAID 01/29/2026  RUN 02/02/2026 07:41   PAGE {pno}/{total}", 7)
        cv.line(36, 58, 576, 58)
        return 60

    def claim_head(self, cv, y, c, cont):
        cv.t(36, y + 10, f"PATIENT: {c.patient:<20} ACCT# {c.cid}  ICN {c.pcn}  ASSIGN Y  "
                         f"{'*CONTINUED*' if cont else 'STATUS 1-PRIMARY'}", 7, True)
        return y + 13

    def claim_foot(self, cv, y, c):
        v = [money(total(c.svcs, x), "") for x in ("billed", "allowed", "paid")]
        cv.t(122, y + 9, "CLAIM TOTALS", 7, True)
        for x, t in zip((260, 310, 454), v):
            cv.t(x, y + 9, t, 7, True, "R")
        cv.line(36, y + 12, 576, y + 12, 0.3)
        return y + 16, ["CLAIM TOTALS"] + v

    def finish(self, cv, y):
        cv.t(36, y + 12, "ADJ GROUPS: CO=CONTRACTUAL  PR=PATIENT RESP   REASONS: 1 DEDUCTIBLE  2 COINSURANCE  "
                         "45 FEE SCHEDULE  253 SEQUESTRATION", 6.4)


# ----------------------------------------------------------------------- L08 clearinghouse ERA print
class L08(Layout):
    name = "h169_08_clearinghouse_era_print"
    producer, family, landscape, size = "fpdf2", "Helvetica", True, 7.2
    description = "clearinghouse ERA print for a commercial payer, landscape core Helvetica, grid, interest"
    printed = ("billed", "allowed", "deductible", "coinsurance", "copay", "paid")
    printed_totals = ("billed", "allowed", "paid")
    all_adj = True
    style = "grid"
    lead = 11
    bottom = 572
    repeat_head = True
    cont_head = True

    def __init__(self):
        super().__init__()
        st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.15"),
                       copay_codes={"97530": Decimal("25.00")}, allowed_rate=Decimal("0.70"))
        cl = []
        for cid, pcn, pat, days, codes in (
                ("ST7781203", "0526027140018830", "SOLVEIG ARMITAGE", (5, 8, 12, 15, 19, 22, 26, 29),
                 (("97530", 2, ("GO",)), ("97112", 1, ("GO",)), ("97140", 1, ("GO", "59")))),
                ("ST7781266", "0526027140018847", "BARNABY ARMITAGE", (6, 20),
                 (("97163", 1, ("GP",)), ("97110", 3, ("GP",)))),
                ("ST7781299", "0526027140018851", "THEA KOWALCZYK", (9,),
                 (("97165", 1, ("GO",)), ("97760", 2, ("GO",)), ("L3807", 1, ("RT",))))):
            svcs = []
            for d in days:
                for c, u, m in codes:
                    s = S(D(2026, 1, d), c, u, m, "PR" if c == "L3807" else None)
                    commercial(s, st, "96")
                    if s.denied:
                        s.remarks = ["N130"]
                    svcs.append(s)
            cl.append(Claim(cid, pcn, pat, svcs))
        cl[1].interest = Decimal("2.37")
        printed_paid = total(cl[1].svcs, "paid") + cl[1].interest
        cl[1].total_override = {"paid": printed_paid}
        self.findings = [{"kind": "claim_total_mismatch", "claim_id": cl[1].cid, "field": "paid",
                          "printed": str(q(printed_paid)), "lines_sum": str(q(total(cl[1].svcs, "paid"))),
                          "why": "claim payment includes prompt-pay interest printed below the lines"}]
        self.claims = cl
        self.cols = [("Svc Date", lambda s, c: dfmt(s.dos, "mdy4"), 30, "L"),
                     ("Proc", lambda s, c: s.code, 78, "L"),
                     ("Mods", lambda s, c: " ".join(s.mods), 106, "L"),
                     ("Units", lambda s, c: units_str(s.units), 160, "R"),
                     ("Billed", lambda s, c: M(s.billed), 214, "R"),
                     ("Allowed", lambda s, c: M(s.allowed), 264, "R"),
                     ("Deductible", lambda s, c: M(s.deductible), 316, "R"),
                     ("Co-ins", lambda s, c: M(s.coinsurance), 360, "R"),
                     ("Co-pay", lambda s, c: M(s.copay), 402, "R"),
                     ("Adjustments (Grp/CARC/Amt)", lambda s, c: "  ".join(f"{g}/{r}/{M(a)}" for g, r, a in s.adjs),
                      412, "L"),
                     ("Remarks", lambda s, c: " ".join(s.remarks), 630, "L"),
                     ("Paid", lambda s, c: M(s.paid), 760, "R")]

    def top(self, cv, pno, total):
        cv.t(30, 30, "RelayPoint Claims Exchange", 12, True)
        cv.t(30, 42, "ERA Viewer - Remittance Print  |  Payer: Great Lakes Prime Insurance Co.  |  Payer ID 61477", 8)
        cv.t(762, 30, f"Page {pno} of {total}", 8, False, "R")
        cv.t(762, 42, "Check/EFT # 70044183   Issue date 02/03/2026", 8, False, "R")
        cv.line(30, 48, 762, 48, 1.2)
        if pno == 1:
            cv.t(30, 62, "Payee: Lakeview Pediatric & Adult Therapy Inc.   NPI 1740295518   Tax ID 82-5501937", 8)
            return 70
        return 54

    def claim_head(self, cv, y, c, cont):
        cv.t(30, y + 12, f"Patient: {c.patient}", 8, True)
        cv.t(200, y + 12, f"Patient Ctrl #: {c.cid}", 8)
        cv.t(340, y + 12, f"Payer Claim #: {c.pcn}", 8)
        cv.t(520, y + 12, "Claim status: 1 Processed as primary" + ("  (cont.)" if cont else ""), 8)
        return y + 16

    def claim_foot(self, cv, y, c):
        extra = 0
        if getattr(c, "interest", None):
            cv.t(78, y + 10, f"Claim interest: {M(c.interest)}", 7.2)
            extra = 10
        paid = total(c.svcs, "paid") + getattr(c, "interest", ZERO)
        v = [M(total(c.svcs, "billed")), M(total(c.svcs, "allowed")), M(paid)]
        cv.t(78, y + 10 + extra, "Claim Totals:", 7.2, True)
        for x, t in zip((214, 264, 760), v):
            cv.t(x, y + 10 + extra, t, 7.2, True, "R")
        return y + 18 + extra, ["Claim Totals:"] + v

    def finish(self, cv, y):
        cv.t(30, y + 12, "Remark N130: benefit limits or exclusions apply; see the member's plan documents.", 7.2)
        cv.t(30, y + 22, "This print was produced from the 835 file received 02/03/2026 09:12.", 7.2)


# ------------------------------------------------------------- L09 therapy clinic family statement
class L09(Layout):
    name = "h169_09_clinic_family_statement"
    producer, family, landscape, size = "reportlab", "LibSerif", False, 8.0
    description = "pediatric therapy clinic family statement, portrait Liberation Serif, visit blocks per child"
    printed = ("billed", "discount", "paid", "patient_owes")
    printed_totals = ("billed", "paid", "patient_owes")
    units = True
    style = "ruled"
    lead = 11
    desc_w = 150
    bottom = 720
    repeat_head = False
    cont_head = True

    def __init__(self):
        super().__init__()
        st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
        cl = []
        for cid, pcn, pat, ins, days, codes in (
                ("V40017", "CSB2601074417", "Ezra Nakamura-Boyle", "Cascade Shield PPO",
                 (5, 7, 12, 14, 19, 21, 26, 28), (("97530", 2, ("GO",)), ("97533", 1, ("GO",)))),
                ("V40052", "CSB2601081132", "Mina Nakamura-Boyle", "Cascade Shield PPO", (8, 15, 22, 29),
                 (("92507", 1, ("GN",)),)),
                ("V40071", None, "Otis Nakamura-Boyle", "Self pay - awaiting insurance", (16,),
                 (("97161", 1, ("GP",)),))):
            svcs = []
            for d in days:
                for c, u, m in codes:
                    s = S(D(2026, 1, d), c, u, m)
                    if pcn:
                        commercial(s, st)
                    else:
                        s.owes = s.billed
                    svcs.append(s)
            cl.append(Claim(cid, pcn, pat, svcs, ins=ins))
        self.claims = cl
        x = 40
        self.cols = [("Date", lambda s, c: dfmt(s.dos, "mdy2"), x, "L"),
                     ("Service", "DESC", x + 44, "L"),
                     ("Code", code_sp, x + 200, "L"),
                     ("Units", lambda s, c: units_str(s.units), x + 272, "R"),
                     ("Charges", lambda s, c: M(s.billed), x + 326, "R"),
                     ("Insurance\npayment", lambda s, c: M(-s.paid) if s.paid else "", x + 382, "R"),
                     ("Contractual\nadjustment", lambda s, c: M(-s.discount) if s.discount else "", x + 442, "R"),
                     ("Your\nportion", lambda s, c: M(s.owes), x + 496, "R")]

    def cell(self, key, s, c):
        return key(s, c)

    def override(self, s):
        # statement prints insurance payments / write-offs as credits; blank when there is none
        return {"paid": None if not s.paid else str(q(s.paid)),
                "discount": None if not s.discount else str(q(s.discount))}

    def top(self, cv, pno, total):
        cv.t(40, 40, "Sprout & Stride Pediatric Therapy", 15, True)
        cv.t(40, 53, "1290 Larkspur Commons, Suite 4, Bellwether, OR 97388  -  Billing office (541) 555-0178", 8)
        cv.t(572, 40, "FAMILY STATEMENT", 11, True, "R")
        cv.t(572, 53, f"Page {pno} of {total}", 8, False, "R")
        cv.line(40, 58, 572, 58, 1)
        if pno == 1:
            cv.t(40, 74, "Responsible party: Harriet Nakamura-Boyle", 9, True)
            cv.t(40, 85, "Guarantor account 22-81530   5 Wicker Lane, Bellwether, OR 97388", 8.5)
            cv.rect(400, 64, 172, 40, gray=0.92)
            cv.t(406, 77, "Statement date 02/05/2026", 8.5)
            due = sum(G.total(c.svcs, "owes") for c in self.claims)
            cv.t(406, 92, f"Please pay: {MD(due)}", 10, True)
            return 112
        return 70

    def claim_head(self, cv, y, c, cont):
        cv.t(40, y + 12, f"Patient: {c.patient}" + ("  (continued)" if cont else ""), 9, True)
        ins = f"Insurance claim {c.pcn}" if c.pcn else "Not yet billed to insurance"
        cv.t(260, y + 12, f"Visit no. {c.cid}   {c.info['ins']}   {ins}", 7.5)
        return y + 16

    def claim_foot(self, cv, y, c):
        v = [M(total(c.svcs, "billed")), M(-total(c.svcs, "paid")), M(total(c.svcs, "owes"))]
        cv.t(84, y + 11, f"Balance for {c.patient.split()[0]}", 8, True)
        cv.t(366, y + 11, v[0], 8, True, "R")
        cv.t(422, y + 11, v[1], 8, True, "R")
        cv.t(536, y + 11, v[2], 8, True, "R")
        return y + 20, [v[0], v[1], v[2]]

    def finish(self, cv, y):
        cv.line(40, y + 8, 572, y + 8, 0.3)
        cv.t(40, y + 20, "Insurance payments are shown as negative amounts. Your portion is what remains after your "
                         "plan's payment and contractual write-off.", 7.5)
        cv.t(40, 758, "Detach and return with payment  -  Guarantor 22-81530  -  Amount enclosed $__________", 8)


# ------------------------------------------------------------------ L10 hospital outpatient statement
class L10(Layout):
    name = "h169_10_hospital_household_statement"
    producer, family, landscape, size = "fpdf2", "LibNarrow", False, 8.0
    description = "hospital outpatient household statement, portrait Liberation Sans Narrow, revenue codes"
    printed = ("billed",)
    printed_totals = ("billed", "paid", "patient_owes")
    style = "plain"
    lead = 11
    desc_w = 170
    foot_h = 56
    bottom = 735
    repeat_head = True
    cont_head = True

    def __init__(self):
        super().__init__()
        st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.66"))
        rev = {"97": "0430", "92": "0440", "G0": "0420", "99": "0510", "E0": "0274"}
        cl = []
        for cid, pcn, pat, days, codes in (
                ("HA00981274", "60260120447391", "Cormac Delahunt", (6, 8, 13, 15, 20, 22, 27, 29),
                 (("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("G0283", 1, ("GP",)), ("97112", 1, ("GP",)))),
                ("HA00981305", "60260124410082", "Saoirse Delahunt", (9, 23),
                 (("92507", 1, ("GN",)), ("97129", 1, ("GN",)))),
                ("HA00981322", "60260128803315", "Fionn Delahunt", (14,),
                 (("99203", 1, ("25",)), ("97166", 1, ("GO",)), ("E0730", 1, ("NU",))))):
            svcs = []
            for d in days:
                for c, u, m in codes:
                    s = commercial(S(D(2026, 1, d), c, u, m), st)
                    s.rev = rev[c[:2]]
                    svcs.append(s)
            cl.append(Claim(cid, pcn, pat, svcs))
        self.claims = cl
        self.cols = [("Date", lambda s, c: dfmt(s.dos, "mdy4"), 40, "L"),
                     ("Rev", lambda s, c: s.rev, 92, "L"),
                     ("CPT/HCPCS", lambda s, c: s.code, 118, "L"),
                     ("Mod", lambda s, c: " ".join(s.mods), 164, "L"),
                     ("Description", "DESC", 196, "L"),
                     ("Qty", lambda s, c: units_str(s.units), 400, "R"),
                     ("Charges", lambda s, c: M(s.billed), 470, "R")]

    def top(self, cv, pno, total):
        cv.rect(40, 28, 532, 40, gray=0.9)
        cv.t(48, 44, "ST. ALBAN'S VALLEY MEDICAL CENTER", 13, True)
        cv.t(48, 58, "Outpatient Rehabilitation Services  -  Patient Financial Services 1-866-555-0127", 8)
        cv.t(564, 44, "HOUSEHOLD STATEMENT", 9, True, "R")
        cv.t(564, 58, f"Page {pno} of {total}", 8, False, "R")
        if pno == 1:
            cv.t(40, 84, "Guarantor: Brendan Delahunt   Guarantor no. G-5518230", 8.5, True)
            cv.t(40, 95, "71 Foxglove Court, Merrow Falls, VT 05772", 8.5)
            cv.t(380, 84, "Statement date: 02/09/2026", 8.5)
            cv.t(380, 95, "Due date: 03/01/2026", 8.5)
            return 106
        return 76

    def claim_head(self, cv, y, c, cont):
        cv.line(40, y + 4, 572, y + 4, 0.8)
        cv.t(40, y + 15, f"Account {c.cid}  -  Patient: {c.patient}" + ("  (continued)" if cont else ""), 9, True)
        cv.t(40, y + 26, f"Primary: Green Mountain Mutual   Insurance claim: ICN {c.pcn}", 8)
        return y + 28

    def claim_foot(self, cv, y, c):
        paid, adj, owe = total(c.svcs, "paid"), total(c.svcs, "discount"), total(c.svcs, "owes")
        v = [M(total(c.svcs, "billed")), money(-paid, ",", "trail"), money(-adj, ",", "trail"), M(owe)]
        cv.t(196, y + 11, "Total charges", 8, True)
        cv.t(470, y + 11, v[0], 8, True, "R")
        cv.t(196, y + 22, "Payment - Green Mountain Mutual 01/30/2026", 8)
        cv.t(470, y + 22, v[1], 8, False, "R")
        cv.t(196, y + 33, "Insurance contractual adjustment", 8)
        cv.t(470, y + 33, v[2], 8, False, "R")
        cv.t(196, y + 44, "Account balance - patient responsibility", 8, True)
        cv.t(470, y + 44, v[3], 8, True, "R")
        return y + 52, ["Total charges", v[0]]

    def finish(self, cv, y):
        cv.rect(40, y + 8, 532, 24)
        cv.t(48, y + 23, "Financial assistance is available. Ask about payment plans before your due date.", 8)


# ----------------------------------------------------------------------------------------- the check
def fmts(v):
    a = abs(Decimal(v))
    return (f"{a:,.2f}", f"{a:.2f}")


def check(out: Path, built) -> list[str]:
    import pdfplumber
    errs = []
    spans = 0
    for path, rows in built:
        tr = json.loads(Path(str(path) + ".truth.json").read_text())
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != tr["pages"]:
                errs.append(f"{path.name}: pages {len(pdf.pages)} != {tr['pages']}")
            texts = [p.extract_text() or "" for p in pdf.pages]
        doc = "\n".join(texts)
        if len(rows) < len(tr["lines"]):
            errs.append(f"{path.name}: fewer rows than lines")
        for pg, toks in rows:
            toks = [" ".join(t.split()) for t in toks]
            lines = [" ".join(x.split()) for x in texts[pg - 1].splitlines()]
            if not any(all(t in ln for t in toks) for ln in lines):
                errs.append(f"{path.name} p{pg}: row tokens not on one text line: {toks}")
        for ln in tr["lines"]:
            page = texts[ln["page"] - 1]
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "coinsurance", "copay",
                      "discount", "not_covered"):
                v = ln.get(k)
                if v is not None and not any(f in page for f in fmts(v)):
                    errs.append(f"{path.name}: {k} {v} not on page {ln['page']}")
            if ln["code"] and ln["code"] not in page:
                errs.append(f"{path.name}: code {ln['code']} not on page")
            for m in ln["modifiers"]:
                if m not in page:
                    errs.append(f"{path.name}: modifier {m} not on page")
            for g, r, a in ln["adjustments"]:
                if r not in page or (a and not any(f in page for f in fmts(a))):
                    errs.append(f"{path.name}: adjustment {g} {r} {a} not on page")
            for r in ln["remarks"]:
                if r not in page:
                    errs.append(f"{path.name}: remark {r} not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in doc:
                    errs.append(f"{path.name}: {k} {ln[k]} not in document")
            # arithmetic
            if ln["billed"] and ln["allowed"] and ln["discount"] is not None:
                nc = Decimal(ln["not_covered"] or 0)
                if Decimal(ln["billed"]) - Decimal(ln["discount"]) - nc != Decimal(ln["allowed"]) and \
                        Decimal(ln["allowed"]) != 0:
                    errs.append(f"{path.name}: billed-discount != allowed {ln['code']}")
            if ln["adjustments"] and ln["billed"] and ln["paid"] is not None and \
                    all(a is not None for *_, a in ln["adjustments"]):
                adj = sum(Decimal(a) for *_, a in ln["adjustments"])
                if Decimal(ln["billed"]) - adj != Decimal(ln["paid"]):
                    errs.append(f"{path.name}: billed - adjustments != paid {ln['code']} {ln['service_date']}")
        planted = {(f.get("claim_id"), f.get("field")) for f in tr["expected_findings"]}
        for c in tr["claims"]:
            mine = [ln for ln in tr["lines"] if ln["claim_id"] == c["claim_id"] and
                    ln["payer_claim_id"] == c["payer_claim_id"]]
            pages = {ln["page"] for ln in mine}
            spans += len(pages) > 1
            for k, v in c["totals"].items():
                if v is None or any(ln[k] is None for ln in mine):
                    continue
                ssum = sum(Decimal(ln[k]) for ln in mine)
                if (ssum != Decimal(v)) != ((c["claim_id"], k) in planted):
                    errs.append(f"{path.name}: claim {c['claim_id']} total {k} {v} vs lines {ssum}")
                if not any(f in doc for f in fmts(v)):
                    errs.append(f"{path.name}: claim total {v} not printed")
    if spans < 3:
        errs.append(f"only {spans} claims continue onto a next page (need 3)")
    return errs


LAYOUTS = [L01, L02, L03, L04, L05, L06, L07, L08, L09, L10]


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout169_"))
    if "samples" in out.resolve().parts:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    built = [L().build(out) for L in LAYOUTS]
    nl = sum(len(json.loads(Path(str(p) + ".truth.json").read_text())["lines"]) for p, _ in built)
    print(f"wrote {len(built)} PDFs, {nl} service lines, into {out}")
    if "--check" in argv:
        errs = check(out, built)
        for e in errs:
            print("CHECK:", e)
        print("check", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
