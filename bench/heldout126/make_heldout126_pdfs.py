"""Write held-out set 126 of synthetic PDF EOB layouts (with truth files): two documents of each of the five
commonest real kinds (commercial member EOB, Medicare Summary Notice / Medicare Advantage EOB, state Medicaid
remittance advice, Medicare-style paper remit from a clearinghouse or practice system, family statement from a
therapy clinic or hospital), each in a house style of its own.

Run:  python bench/heldout126/make_heldout126_pdfs.py [OUT_DIR]          (default: a new temp folder, printed)
      python bench/heldout126/make_heldout126_pdfs.py OUT_DIR --check    (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (run by the measurer, not by the author of this set)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness; --check rebuilds and compares bytes).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth / truth_line), printed values only,
null for what a layout does not print (units null where no quantity is printed; modifiers [] where none are
printed); claim_id = the provider's own account / patient-control / invoice number, payer_claim_id = the
payer's claim number / ICN / TCN, patient exactly as printed (the person served, not the subscriber or
guarantor). A statement's "Adjustment" write-off with no group/reason printed is recorded as discount with no
adjustments. Claim totals carry only the totals the page prints for that claim. No planted mismatch.
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.

Layouts:
  e1  commercial member EOB, portrait Liberation Serif: "Provider Billed / Plan Discount / Covered Amount /
      Deductible / Copay / Coinsurance / Plan Payment / Member Responsibility / Remark", claims headed "For:
      <patient>  Claim ID ... Patient Acct ...", 3 family members, code then modifiers "97530 GO", units column,
      wrapped long descriptions, a PR-denied line, claim continued on next page under a repeated heading (reportlab)
  e2  commercial EOB with a left sidebar, landscape DejaVu Sans Condensed: "What the provider charged / Your plan
      discount / Plan allowed / Plan paid / Your share / Reason", "Jan 6, 2026" dates, code-modifier
      "97110-GP", no units, per-visit copay, 3 family members (fpdf2)
  a1  Medicare Advantage member EOB, portrait DejaVu Sans: boxed claim headings, "Service / Qty / Provider
      charged / Plan approved / Plan paid / You owe", deductible and coinsurance, a denied no-referral line,
      claim continued on next page with a "(continued)" heading (reportlab)
  a2  Medicare Summary Notice Part B, portrait Liberation Sans: "Dates of Service / Services Provided (code) /
      Amount Charged / Medicare Approved / Medicare Paid / You May Be Billed / See Notes", code-modifier in
      parentheses, notes letters with a legend, no units (fpdf2)
  d1  state Medicaid remittance advice, landscape Liberation Mono: "PAID CLAIMS" / "DENIED CLAIMS", "RECIPIENT /
      RECIP ID / ICN / PAT ACCT NO", "FROM-DOS TO-DOS", M1 M2, UNITS, BILLED / ALLOWED / TPL / PAID, EOB codes,
      header repeated on continuation (reportlab)
  d2  state Medicaid provider remittance, portrait core Helvetica, ruled: "Client / Client ID / TCN / Med Rec
      No.", "Ln / Svc Date / Proc / Mod / Units / Charge / Allowed / Paid / Adj Grp-Rsn / Adj Amt / RARC", a voided
      claim with negative amounts and its replacement (fpdf2)
  r1  Medicare-style paper remit reprinted by a clearinghouse, landscape core Courier: "RENDERING / FROM / THRU /
      PL / QTY / CPT / MODIFIERS / CHARGE / APPROVED / DEDUCT / COINS / NET PAID", adjustments stacked under
      the line as "ADJ: CO-45 54.15", claim lines NAME / MID / ACCT / ICN, totals per claim (fpdf2)
  r2  practice-management "Remittance Posting Journal", landscape Liberation Sans Narrow: "DOS / CPT / Mod / Qty
      / Charge / Allowed / Ded / Coins / CARC / W/O / Ins Paid", payer claim # and acct # per group, a reversal in
      parentheses and its corrected claim (reportlab)
  s1  outpatient therapy clinic family statement, portrait core Helvetica: remit stub at the top, "Date / Patient
      / Invoice / Code / Description / Charge / Insurance Paid / Adjustment / Balance", first names of 3 family
      members, patient payment rows, aging boxes (reportlab)
  s2  hospital family statement, portrait DejaVu Serif: account per family member with insurance claim no.,
      "Service Date / HCPCS / Mod / Description / Qty / Charges", wrapped upper-case descriptions, account summary
      with insurance payment and adjustment, a long account continued on the next page WITHOUT a repeated
      heading (fpdf2)

The self-check (--check) tests the factory, not the reader: for every truth line, one extracted text row
(pdfplumber) on the truth page carries the date, code, modifiers, units and every printed amount (stacked
adjustments and remarks of r1: within the next lines); ids and patients are on their page; page counts match;
the documents' own arithmetic holds (billed - CO adjustments - paid = patient owes where adjustments are
printed; allowed - deductible - copay - coinsurance = paid where printed; charge - paid - adjustment = balance
on statements); claim totals equal the sum of their lines; at least three files carry a claim whose rows
span two pages; output is byte-identical on a rebuild.
"""
from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    DESC,
    FEE,
    LONG_DESC,
    SCHED,
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
    total,
    truth_line,
    units_str,
    write_truth,
)
from h126kit import Flow, alnum_tokens, num, render, text_rows, tokens  # noqa: E402

D = date
# Two codes the shared fee table lacks, priced by this set only (invented amounts).
FEE.setdefault("97533", "88.00")
SCHED.setdefault("97533", "31.40")
DESC.setdefault("97533", "Sensory integration activities")
LETTER = (612, 792)
LAND = (792, 612)
CHECKS: dict[str, dict] = {}


def mk(dos, code, units, mods=(), denied=None, desc=None):
    return Svc(dos, code, Decimal(units), tuple(mods), None, desc or DESC[code], denied)


def wrap(s, n):
    out, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    return out + ([cur] if cur else [])


class Doc:
    def __init__(self, name, producer, size, fonts, dstyle, printed, units=True, mods=True, adjs=True,
                 stmt=False, stacked=False):
        self.name, self.producer = name, producer
        self.flow = Flow(size[0], size[1], 50, 50, fonts)
        self.dstyle, self.printed, self.units, self.mods, self.adjs = dstyle, printed, units, mods, adjs
        self.stmt, self.stacked = stmt, stacked
        self.lines, self.claims, self.legend = [], [], []

    def rec(self, s, c, remarks=(), adjs=None, desc=True):
        self.lines.append(truth_line(self.flow.page, s, claim_id=c.get("cid"), payer_claim_id=c.get("pcid"),
                                     patient=c.get("pt"), printed=self.printed, units=self.units,
                                     modifiers=self.mods,
                                     adjustments=(s.adjs if adjs is None else adjs) if self.adjs else [],
                                     remarks=list(remarks), description=desc))

    def claim(self, c, **tot):
        self.claims.append({"claim_id": c.get("cid"), "payer_claim_id": c.get("pcid"), "patient": c.get("pt"),
                            "totals": claim_totals(**tot)})

    def write(self, out, desc):
        path = out / f"h126_{self.name}.pdf"
        n = render(self.flow, path, self.producer, f"Set 126 {self.name}")
        write_truth(path, self.name, self.producer, n, desc, self.lines, self.claims, self.legend)
        CHECKS[path.name] = {"dstyle": self.dstyle, "stacked": self.stacked, "stmt": self.stmt}
        return path


def pageno_footer(flow, text, size=7, f="R"):
    def foot(i, n):
        return [("t", flow.w - 40, flow.h - 28, f"Page {i} of {n}", flow.fonts[f], size, "R"),
                ("t", 40, flow.h - 28, text, flow.fonts[f], size, "L")]
    return foot


# ------------------------------------------------------------------------------------------------ e1

def e1(out):
    d = Doc("e1_member_eob_serif", "reportlab", LETTER, {"R": "LibSerif", "B": "LibSerif-B"}, "mdy2",
            ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes"),
            adjs=False)
    f = d.flow
    f.footer = pageno_footer(f, "Cedarline Health Plan  |  This is not a bill  |  Member ID CHX 4418 2097 01")
    f.t(40, "CEDARLINE HEALTH PLAN", 15, "B")
    f.t(572, "EXPLANATION OF BENEFITS", 11, "B", "R")
    f.nl(14)
    f.t(40, "PO Box 7730, Harrow Falls, OH 44991", 8)
    f.t(572, "Statement date: 02/06/26", 8, "R")
    f.nl(24)
    for s in ("Priya Okonkwo-Baines", "1187 Larkspur Terrace", "Wendell, OH 44219"):
        f.t(60, s, 9)
        f.nl(11)
    f.nl(8)
    f.rect(330, f.y - 44, 242, 52)
    f.t(338, "Subscriber: Priya Okonkwo-Baines", 8, y=f.y - 32)
    f.t(338, "Group: 55120 Valley Fabrication Co.", 8, y=f.y - 21)
    f.t(338, "Deductible left before these claims: $120.00", 8, y=f.y - 10)
    f.nl(14)
    f.t(40, "This notice explains how your plan handled the claims listed below. Keep it with your records.", 8)
    f.nl(20)
    cols = [(40, "L"), (78, "L"), (127, "L"), (218, "R"), (262, "R"), (306, "R"), (348, "R"), (386, "R"),
            (426, "R"), (466, "R"), (518, "R"), (568, "R")]
    heads = [("Date(s)", "of Svc"), ("Svc", "Code"), ("Service", "Description"), ("Units", ""),
             ("Provider", "Billed"), ("Plan", "Discount"), ("Covered", "Amount"), ("Deduct-", "ible"),
             ("Copay", ""), ("Coin-", "surance"), ("Plan", "Payment"), ("Member", "Resp.")]

    def header(fl):
        for (x, al), (a, b) in zip(cols, heads):
            fl.t(x, a, 7, "B", al)
            fl.t(x, b, 7, "B", al, y=fl.y + 8)
        fl.nl(12)
        fl.line(40, 572)
        fl.nl(10)

    st = PlanState(ded_left=Decimal("120.00"), copay_codes={}, coins_rate=Decimal("0.20"))
    fam = [
        ("Priya Okonkwo-Baines", "CLM 26-0114-88213", "PA-77120", "Harborline Hand & Upper Extremity Therapy",
         [mk(D(2026, 1, 6), "97166", 1, ["GO"]), mk(D(2026, 1, 6), "97760", 2, ["GO"], desc=LONG_DESC["97760"]),
          mk(D(2026, 1, 8), "97140", 2, ["GO", "59"], desc=LONG_DESC["97140"]),
          mk(D(2026, 1, 8), "97110", 2, ["GO"]), mk(D(2026, 1, 13), "97530", 3, ["GO"]),
          mk(D(2026, 1, 13), "L3807", 1, ["RT"], desc=LONG_DESC["L3807"]),
          mk(D(2026, 1, 15), "97140", 2, ["GO", "59"]), mk(D(2026, 1, 15), "97110", 2, ["GO"]),
          mk(D(2026, 1, 20), "97530", 3, ["GO"]), mk(D(2026, 1, 20), "97535", 1, ["GO"]),
          mk(D(2026, 1, 22), "97140", 2, ["GO", "59"]), mk(D(2026, 1, 22), "0552T", 1, [], "PR"),
          mk(D(2026, 1, 27), "97530", 2, ["GO"]), mk(D(2026, 1, 27), "97110", 2, ["GO"])]),
        ("Tobias Baines", "CLM 26-0121-90457", "PA-77188", "Wendell Pediatric Speech Center",
         [mk(D(2026, 1, 9), "92523", 1, ["GN"]), mk(D(2026, 1, 16), "92507", 1, ["GN"]),
          mk(D(2026, 1, 23), "92507", 1, ["GN"])]),
        ("Inez Baines", "CLM 26-0126-91102", "MR-300419", "Lakeshore Family Medicine",
         [mk(D(2026, 1, 19), "99213", 1, ["25"]), mk(D(2026, 1, 19), "G0283", 1, [])]),
    ]
    fam = fam[1:] + fam[:1]
    for pt, pcid, cid, prov, svcs in fam:
        c = {"cid": cid, "pcid": pcid, "pt": pt}
        for s in svcs:
            commercial(s, st)
        f.need(80)

        def head(fl, cont=False, pt=pt, pcid=pcid, cid=cid, prov=prov):
            fl.rect(40, fl.y - 10, 532, 14, fill=0.88)
            fl.t(44, f"For: {pt}" + ("  (continued)" if cont else ""), 8.5, "B")
            fl.t(250, f"Claim ID: {pcid}", 8)
            fl.t(420, f"Patient Acct: {cid}", 8)
            fl.nl(15)
            fl.t(44, f"Provider: {prov}   (in-network)", 8)
            fl.nl(14)
            header(fl)
        head(f)
        f.cont = lambda fl, head=head: head(fl, True)
        for s in svcs:
            dl = wrap(s.desc, 20)
            f.need(11 * len(dl))
            rm = ["N7"] if s.denied else []
            f.row(cols, [dfmt(s.dos, "mdy2"), s.code + (" " + " ".join(s.mods) if s.mods else ""), dl[0],
                         units_str(s.units), money(s.billed, ","), money(s.discount, ","),
                         money(s.allowed, ","), money(s.deductible, ","), money(s.copay, ","),
                         money(s.coinsurance, ","), money(s.paid, ","), money(s.owes, ",") + (" N7" if rm else "")],
                  7.5)
            # the remark code is printed after member resp.; keep it on the row
            d.rec(s, c, remarks=rm)
            for extra in dl[1:]:
                f.nl(9)
                f.t(127, extra, 7)
            f.nl(11)
        f.cont = None
        f.line(40, 572)
        f.nl(10)
        f.row(cols, ["", "Claim totals", "", "", money(total(svcs, "billed"), "$"),
                     money(total(svcs, "discount"), "$"), money(total(svcs, "allowed"), "$"),
                     money(total(svcs, "deductible"), "$"), money(total(svcs, "copay"), "$"),
                     money(total(svcs, "coinsurance"), "$"), money(total(svcs, "paid"), "$"),
                     money(total(svcs, "owes"), "$")], 7.5, "B")
        d.claim(c, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"),
                patient_owes=total(svcs, "owes"))
        f.nl(24)
    d.legend = [("N7", "This item is not a covered benefit under your plan; the provider may bill you.")]
    f.need(40)
    f.t(40, "Remark codes", 8, "B")
    f.nl(11)
    f.t(40, "N7  This item is not a covered benefit under your plan; the provider may bill you.", 8)
    f.nl(11)
    f.t(40, "You have 180 days from the date of this notice to ask us to review a decision.", 8)
    return d.write(out, "commercial member EOB, serif, family of three, continued claim")


# ------------------------------------------------------------------------------------------------ e2

def e2(out):
    d = Doc("e2_member_eob_sidebar", "fpdf2", LAND, {"R": "DjCond", "B": "DjCond-B"}, "mon",
            ("billed", "discount", "allowed", "paid", "patient_owes"), units=False, adjs=False)
    f = d.flow
    f.top = 60

    def side(fl):
        fl.rect(30, 40, 150, 530, fill=0.93)
        yy = 60
        for i, s in enumerate(["NORTHGATE MUTUAL", "Benefits Statement", "", "Questions?", "Call 1-800-555-0142",
                               "Mon-Fri 8am-6pm", "", "Member", "Rosalind Achterberg", "ID NGM-640-22-8813",
                               "", "Plan", "Northgate Select PPO", "Group 08811", "", "Family deductible",
                               "$420.00 of $3,000.00 met", "", "Out-of-pocket", "$610.00 of $8,000.00"]):
            fl.pages[-1].append(("t", 38, yy, s, fl.fonts["B" if i in (0, 3, 7, 11, 15, 18) else "R"],
                                 11 if i == 0 else 8, "L"))
            yy += 13
    f.header = side
    side(f)
    f.t(200, "Your claims this statement (issued Feb 4, 2026)", 12, "B")
    f.nl(14)
    f.t(200, "This is not a bill. Amounts below show what your plan paid and what you may owe your provider.", 8)
    f.nl(11)
    f.t(200, "Your responsibility is what you may owe the provider after the plan paid its share.", 8)
    f.nl(24)
    f.footer = pageno_footer(f, "Northgate Mutual Insurance Co., 400 Quarry Road, Belmont Ridge, PA 19044")
    cols = [(200, "L"), (262, "L"), (330, "L"), (540, "R"), (596, "R"), (646, "R"), (696, "R"), (740, "R"),
            (748, "L")]
    heads = [("Date of", "service"), ("Service", "code"), ("What it was", ""), ("What the", "provider charged"),
             ("Your plan", "discount"), ("Plan", "allowed"), ("Plan", "paid"), ("Your", "share"),
             ("Rea-", "son")]
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("30.00"))
    fam = [
        ("Rosalind Achterberg", "NG2601150334", "1048832", "Quarry Road Physical Therapy",
         [mk(D(2026, 1, 6), "97161", 1, ["GP"]), mk(D(2026, 1, 6), "97110", 2, ["GP"]),
          mk(D(2026, 1, 9), "97110", 2, ["GP"]), mk(D(2026, 1, 9), "97112", 1, ["GP"]),
          mk(D(2026, 1, 9), "97140", 1, ["GP", "59"])]),
        ("Milo Achterberg", "NG2601200871", "1049107", "Belmont Kids Therapy Group",
         [mk(D(2026, 1, 12), "97165", 1, ["GO"]), mk(D(2026, 1, 14), "97530", 2, ["GO"]),
          mk(D(2026, 1, 14), "97535", 1, ["GO"]), mk(D(2026, 1, 21), "97530", 2, ["GO"])]),
        ("Hazel Achterberg", "NG2601270145", "1049650", "Belmont Kids Therapy Group",
         [mk(D(2026, 1, 22), "92523", 1, ["GN"]), mk(D(2026, 1, 29), "92507", 1, ["GN"]),
          mk(D(2026, 1, 29), "97533", 1, ["GN"], "CO", "Sensory integration activities")]),
    ]
    for pt, pcid, cid, prov, svcs in fam:
        c = {"cid": cid, "pcid": pcid, "pt": pt}
        for s in svcs:
            commercial(s, st, deny_reason="96")
        f.need(90)
        f.t(200, f"{pt}", 10, "B")
        f.t(360, f"Claim {pcid}", 8)
        f.t(470, f"Provider acct. {cid}", 8)
        f.t(600, prov, 8)
        f.nl(16)
        for (x, al), (a, b) in zip(cols, heads):
            f.t(x, a, 7, "B", al)
            f.t(x, b, 7, "B", al, y=f.y + 8)
        f.nl(11)
        f.line(200, 762, width=1)
        f.nl(11)
        for s in svcs:
            reason = "X2" if s.denied else ("C1" if s.copay else "")
            f.row(cols, [dfmt(s.dos, "mon"), s.code + ("-" + "-".join(s.mods) if s.mods else ""), s.desc,
                         money(s.billed), money(s.discount), money(s.allowed), money(s.paid), money(s.owes),
                         reason], 8)
            d.rec(s, c, remarks=[reason] if reason else [])
            f.nl(13)
        f.line(200, 762)
        f.nl(11)
        f.row(cols, ["Totals", "", "", money(total(svcs, "billed")), money(total(svcs, "discount")),
                     money(total(svcs, "allowed")), money(total(svcs, "paid")), money(total(svcs, "owes"))], 8, "B")
        d.claim(c, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"),
                patient_owes=total(svcs, "owes"))
        f.nl(26)
    d.legend = [("C1", "Your plan's office-visit copay applies to this date."),
                ("X2", "Not covered: this service is part of another service paid the same day.")]
    f.need(50)
    f.t(200, "Reason codes", 9, "B")
    f.nl(12)
    for k, v in d.legend:
        f.t(200, f"{k}  {v}", 8)
        f.nl(11)
    return d.write(out, "commercial member EOB with sidebar, landscape")


# ------------------------------------------------------------------------------------------------ a1

def a1(out):
    d = Doc("a1_medicare_advantage_eob", "reportlab", LETTER, {"R": "DjSans", "B": "DjSans-B"}, "mdy4",
            ("billed", "allowed", "paid", "patient_owes"), adjs=False)
    f = d.flow
    f.footer = pageno_footer(f, "Silverpine Advantage (HMO)  H9912-004  Explanation of Benefits", 6.5)
    f.t(40, "Silverpine Advantage (HMO)", 14, "B")
    f.nl(14)
    f.t(40, "Your Explanation of Benefits for January 2026", 10)
    f.nl(22)
    f.t(40, "Member: Augustin Felderhoff     Member number: SPA00481277     Mailed: 02/09/2026", 8)
    f.nl(20)
    f.rect(40, f.y - 10, 532, 40)
    f.t(48, "Totals this month", 8, "B", y=f.y + 2)
    f.t(48, "Each claim below shows what the provider charged, what the plan approved and paid, and what you owe.", 7.5,
        y=f.y + 16)
    f.nl(46)
    cols = [(40, "L"), (108, "L"), (168, "L"), (360, "R"), (420, "R"), (478, "R"), (524, "R"), (568, "R")]
    heads = ["Date", "Code", "Service", "Qty", "Provider charged", "Plan approved", "Plan paid", "You owe"]
    st = PlanState(ded_left=Decimal("45.00"), coins_rate=Decimal("0.20"))
    claims = [
        ("Augustin Felderhoff", "2026M0112-04417", "SV-51208", "Riverbend Outpatient Rehab",
         [mk(D(2026, 1, 5), "97163", 1, ["GP"]), mk(D(2026, 1, 5), "97110", 2, ["GP"]),
          mk(D(2026, 1, 7), "97110", 2, ["GP", "KX"]), mk(D(2026, 1, 7), "97116", 1, ["GP"]),
          mk(D(2026, 1, 7), "97140", 1, ["GP", "59"]), mk(D(2026, 1, 12), "97112", 2, ["GP"]),
          mk(D(2026, 1, 12), "97110", 2, ["GP", "CQ"]), mk(D(2026, 1, 14), "97116", 1, ["GP"]),
          mk(D(2026, 1, 14), "G0283", 1, ["GP"]), mk(D(2026, 1, 19), "97110", 2, ["GP", "CQ"]),
          mk(D(2026, 1, 19), "97112", 1, ["GP"]), mk(D(2026, 1, 21), "97530", 2, ["GP"]),
          mk(D(2026, 1, 21), "97140", 1, ["GP", "59"]), mk(D(2026, 1, 26), "97110", 2, ["GP"]),
          mk(D(2026, 1, 26), "97116", 1, ["GP"]), mk(D(2026, 1, 28), "97530", 2, ["GP"]),
          mk(D(2026, 1, 28), "97112", 1, ["GP"]), mk(D(2026, 1, 30), "97110", 2, ["GP"]),
          mk(D(2026, 1, 30), "97116", 1, ["GP"]), mk(D(2026, 1, 30), "97140", 1, ["GP", "59"])]),
        ("Augustin Felderhoff", "2026M0127-00981", "74420-01", "Dr. Wen-Li Abernathy, MD",
         [mk(D(2026, 1, 16), "99213", 1, []), mk(D(2026, 1, 16), "0552T", 1, [], "PR")]),
    ]
    claims = claims[1:] + claims[:1]
    f.t(40, "Your plan-year totals (January 1 - January 31, 2026)", 9, "B")
    f.nl(12)
    for a, b in (("In-network deductible met", "$45.00 of $250.00"), ("Maximum out-of-pocket (in-network)",
                 "$0.00 of $5,900.00 used before this month"), ("Referral on file", "Riverbend Outpatient Rehab, "
                 "therapy, through 03/31/2026")):
        f.t(48, a, 7.5)
        f.t(260, b, 7.5)
        f.line(40, 572, 3, 0.25)
        f.nl(13)
    f.nl(8)
    f.t(40, "Review each claim below. If a service is listed that you did not receive, call Member Services at", 7.5)
    f.nl(10)
    f.t(40, "1-877-555-0163 (TTY 711), 8 a.m. to 8 p.m., seven days a week.", 7.5)
    f.nl(22)
    for pt, pcid, cid, prov, svcs in claims:
        c = {"cid": cid, "pcid": pcid, "pt": pt}
        for s in svcs:
            medicare(s, st, sequestration=False, deny_reason="197")
        f.need(90)

        def head(fl, cont=False, pcid=pcid, cid=cid, prov=prov, pt=pt):
            fl.rect(40, fl.y - 10, 532, 30)
            fl.t(46, f"Claim number {pcid}" + ("  (continued)" if cont else ""), 8.5, "B")
            fl.t(300, f"Patient: {pt}", 8)
            fl.t(46, f"Provider: {prov}", 7.5, y=fl.y + 13)
            fl.t(300, f"Provider's account #: {cid}", 7.5, y=fl.y + 13)
            fl.nl(34)
            for (x, al), h in zip(cols, heads):
                fl.t(x, h, 7, "B", al)
            fl.nl(5)
            fl.line(40, 572)
            fl.nl(11)
        head(f)
        f.cont = lambda fl, head=head: head(fl, True)
        for s in svcs:
            f.need(12)
            note = "D" if s.denied else ""
            f.row(cols, [dfmt(s.dos, "mdy4"), s.code + (" " + " ".join(s.mods) if s.mods else ""),
                         s.desc[:34] + (f"  note {note}" if note else ""), units_str(s.units), money(s.billed),
                         money(s.allowed), money(s.paid), money(s.owes)], 7.5)
            d.rec(s, c, remarks=[note] if note else [])
            f.nl(14)
        f.cont = None
        f.line(40, 572)
        f.nl(11)
        f.row(cols, ["Claim total", "", "", "", money(total(svcs, "billed")), money(total(svcs, "allowed")),
                     money(total(svcs, "paid")), money(total(svcs, "owes"))], 7.5, "B")
        d.claim(c, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"),
                patient_owes=total(svcs, "owes"))
        f.nl(26)
    d.legend = [("D", "Denied: no referral on file from your primary care provider; you may be billed.")]
    f.t(40, "Note D: Denied: no referral on file from your primary care provider; you may be billed.", 7.5)
    return d.write(out, "Medicare Advantage member EOB, continued claim")


# ------------------------------------------------------------------------------------------------ a2

def a2(out):
    d = Doc("a2_msn_part_b", "fpdf2", LETTER, {"R": "LibSans", "B": "LibSans-B"}, "mdy2",
            ("billed", "allowed", "paid", "patient_owes"), units=False)
    f = d.flow
    f.footer = pageno_footer(f, "Medicare Summary Notice for Opal Vrancic   |   Notice date: February 3, 2026")
    f.t(40, "Medicare Summary Notice", 16, "B")
    f.t(572, "for Part B (Medical Insurance)", 10, "R")
    f.nl(24)
    f.t(40, "Opal Vrancic", 9)
    f.t(330, "Medicare Number  XXX-XX-7719A", 9)
    f.nl(12)
    f.t(40, "52 Hollis Mill Lane, Apt 3", 9)
    f.t(330, "Claims processed Nov 1, 2025 - Jan 31, 2026", 9)
    f.nl(12)
    f.t(40, "Granby Station, VT 05088", 9)
    f.nl(22)
    f.rect(40, f.y - 8, 532, 36, fill=0.92)
    f.t(48, "Your Deductible Status: You have met your Part B deductible for 2026.", 8.5, "B", y=f.y + 4)
    f.t(48, "Be informed: Medicare never calls you to ask for your number. Report suspected fraud.", 8, y=f.y + 18)
    f.nl(46)
    cols = [(40, "L"), (92, "L"), (390, "R"), (444, "R"), (496, "R"), (546, "R"), (554, "L")]
    st = PlanState(ded_left=ZERO)
    claims = [
        ("Opal Vrancic", "25-2610-118-409", "Granby Valley Rehabilitation",
         [mk(D(2026, 1, 8), "97167", 1, ["GO"]), mk(D(2026, 1, 8), "97535", 2, ["GO"]),
          mk(D(2026, 1, 13), "97530", 2, ["GO"]), mk(D(2026, 1, 13), "97535", 1, ["GO", "CO"]),
          mk(D(2026, 1, 15), "97530", 3, ["GO", "KX"]), mk(D(2026, 1, 15), "97760", 1, ["GO"])]),
        ("Opal Vrancic", "25-2611-402-771", "Northfield Speech & Swallow Clinic",
         [mk(D(2026, 1, 20), "92526", 1, ["GN"]), mk(D(2026, 1, 22), "92526", 1, ["GN"]),
          mk(D(2026, 1, 22), "0552T", 1, [], "PR")]),
        ("Opal Vrancic", "25-2612-090-212", "Hollis Mill Primary Care",
         [mk(D(2026, 1, 27), "99213", 1, []), mk(D(2026, 1, 27), "G0283", 1, [])]),
    ]
    f.t(40, "Your Claims & Costs This Period", 12, "B")
    f.nl(18)
    for pt, pcid, prov, svcs in claims:
        c = {"cid": None, "pcid": pcid, "pt": pt}
        for s in svcs:
            medicare(s, st)
        f.need(100)
        f.t(40, prov, 9.5, "B")
        f.nl(12)
        f.t(40, f"Claim number {pcid}   Assigned   Referred by: Dana Kowalczyk", 8)
        f.nl(16)
        hs = [("Dates of", "Service"), ("Services Provided", ""), ("Amount", "Charged"), ("Medicare", "Approved"),
              ("Medicare", "Paid"), ("You May", "Be Billed"), ("See", "Notes")]
        for (x, al), (a, b) in zip(cols, hs):
            f.t(x, a, 7.5, "B", al)
            f.t(x, b, 7.5, "B", al, y=f.y + 9)
        f.nl(13)
        f.line(40, 572)
        f.nl(11)
        for s in svcs:
            notes = "b" if s.denied else ("a" if "KX" in s.mods else "")
            f.row(cols, [dfmt(s.dos, "mdy2"), f"{s.desc} ({s.code}" + ("-" + "-".join(s.mods) if s.mods else "") + ")",
                         money(s.billed), money(s.allowed), money(s.paid), money(s.owes), notes], 8)
            d.rec(s, c, remarks=[notes] if notes else [], adjs=[])
            f.nl(13)
        f.line(40, 572)
        f.nl(11)
        f.row(cols, ["", "Total for this claim", money(total(svcs, "billed")), money(total(svcs, "allowed")),
                     money(total(svcs, "paid")), money(total(svcs, "owes"))], 8, "B")
        d.claim(c, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"),
                patient_owes=total(svcs, "owes"))
        f.nl(26)
    d.adjs = False
    d.legend = [("a", "Therapy above the yearly threshold was reviewed and found medically necessary."),
                ("b", "Medicare does not pay for this item; you may be billed the full charge.")]
    f.need(50)
    f.t(40, "Notes for Claims Above", 10, "B")
    f.nl(13)
    for k, v in d.legend:
        f.t(40, f"{k}  {v}", 8)
        f.nl(11)
    return d.write(out, "Medicare Summary Notice Part B")


# ------------------------------------------------------------------------------------------------ d1

def d1(out):
    d = Doc("d1_medicaid_ra_mono", "reportlab", LAND, {"R": "LibMono", "B": "LibMono-B"}, "mdy6",
            ("billed", "allowed", "paid"), stmt=False)
    f = d.flow
    f.top = 40
    cw = 7 * 0.6  # monospace 7pt char width

    def col(n):
        return 30 + n * cw
    cols = [(col(0), "L"), (col(10), "L"), (col(19), "L"), (col(26), "L"), (col(30), "L"), (col(38), "R"),
            (col(48), "R"), (col(60), "R"), (col(70), "R"), (col(82), "R"), (col(85), "L")]
    hdr = ["FROM-DOS", "TO-DOS", "PROC", "M1", "M2", "UNITS", "BILLED", "ALLOWED", "TPL", "PAID", "EOB"]

    def top(fl):
        fl.t(30, "STATE OF WESTMARCH DEPARTMENT OF MEDICAL ASSISTANCE        REMITTANCE ADVICE", 8, "B")
        fl.nl(10)
        fl.t(30, "PROVIDER: 004471920 BRIGHTWATER THERAPY ASSOCIATES    RA NO: 0000618843    RA DATE: 020526"
                 "    PAYMENT: EFT 99102236", 7)
        fl.nl(14)
    f.header = top
    top(f)
    f.footer = lambda i, n: [("t", 30, f.h - 25, f"PAGE {i:04d} OF {n:04d}    * EOB CODE DESCRIPTIONS ARE ON THE "
                              "LAST PAGE *", "LibMono", 7, "L")]

    def colhead(fl):
        fl.row(cols, hdr, 7, "B")
        fl.nl(4)
        fl.line(30, 760)
        fl.nl(9)
    mem = [("KOVACHEV, LUKA", "WM40019273", "2026016004418", "BT-2231",
            [mk(D(2026, 1, 5), "97165", 1, ["GO"])] +
            [mk(D(2026, 1, dd), cd, u, m) for dd in (7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30)
             for cd, u, m in (("97530", 2, ["GO"]), ("97535", 1, ["GO", "59"]), ("97110", 1, ["GO"]))]),
           ("ADEYEMI-ROSS, KAYA", "WM40088105", "2026019006132", "BT-2244",
            [mk(D(2026, 1, 8), "92523", 1, ["GN"]), mk(D(2026, 1, 15), "92507", 1, ["GN"]),
             mk(D(2026, 1, 22), "92507", 1, ["GN"])]),
           ("PELLETIER, NOOR", "WM40102266", "2026020007555", "BT-2250",
            [mk(D(2026, 1, 12), "97530", 4, ["GO"]), mk(D(2026, 1, 12), "97112", 1, ["GO"])])]
    mem = mem[1:] + mem[:1]
    den = [("ORTEGA-LUND, FELIX", "WM40117740", "2026021009021", "BT-2262",
            [mk(D(2026, 1, 13), "97168", 1, ["GO"], "CO"), mk(D(2026, 1, 13), "97530", 2, ["GO"], "CO")])]
    for label, group, deny in (("PAID CLAIMS", mem, None), ("DENIED CLAIMS", den, "177")):
        f.need(60)
        f.t(30, f"*** {label} ***", 8, "B")
        f.nl(14)
        for pt, rid, icn, acct, svcs in group:
            c = {"cid": acct, "pcid": icn, "pt": pt}
            for s in svcs:
                medicaid(s, deny or "197")
            f.need(50)

            def head(fl, cont=False, pt=pt, rid=rid, icn=icn, acct=acct):
                fl.t(30, f"RECIPIENT: {pt:<22} RECIP ID: {rid}   ICN: {icn}   PAT ACCT NO: {acct}"
                     + ("   (CONTINUED)" if cont else ""), 7)
                fl.nl(11)
                colhead(fl)
            head(f)
            f.cont = lambda fl, head=head: head(fl, True)
            for s in svcs:
                f.need(10)
                eob = "0177" if s.denied else ("0045" if s.discount else "")
                m = list(s.mods) + ["", ""]
                f.row(cols, [dfmt(s.dos, "mdy6"), dfmt(s.dos, "mdy6"), s.code, m[0], m[1], units_str(s.units),
                             money(s.billed, ""), money(s.allowed, ""), "0.00", money(s.paid, ""), eob], 7)
                d.rec(s, c, remarks=[eob] if eob else [], adjs=[])
                f.nl(10)
            f.cont = None
            f.row(cols, ["", "", "CLAIM", "TOTAL", "", "", money(total(svcs, "billed"), ""),
                         money(total(svcs, "allowed"), ""), "0.00", money(total(svcs, "paid"), "")], 7, "B")
            d.claim(c, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"))
            f.nl(18)
    d.adjs = False
    d.legend = [("0045", "PAYMENT REDUCED TO THE STATE MAXIMUM FEE."),
                ("0177", "RECIPIENT NOT ELIGIBLE ON THE DATE OF SERVICE.")]
    f.need(40)
    f.t(30, "EOB CODE  DESCRIPTION", 7, "B")
    f.nl(10)
    for k, v in d.legend:
        f.t(30, f"{k}      {v}", 7)
        f.nl(10)
    return d.write(out, "state Medicaid RA, monospace, header repeated on continuation")


# ------------------------------------------------------------------------------------------------ d2

def d2(out):
    d = Doc("d2_medicaid_remit_ruled", "fpdf2", LETTER, {"R": "Helvetica", "B": "Helvetica-B"}, "mdy4",
            ("billed", "allowed", "paid"))
    f = d.flow
    f.t(40, "PINE HOLLOW STATE MEDICAL ASSISTANCE PROGRAM", 11, "B")
    f.nl(13)
    f.t(40, "Provider Remittance Statement - Professional Services", 9)
    f.t(572, "Warrant 7710042   Issued 01/30/2026", 8, "R")
    f.nl(13)
    f.t(40, "Payee: Clearwater Speech & Occupational Therapy  NPI 1730098812  Provider No. 880044291", 8)
    f.nl(22)
    f.footer = pageno_footer(f, "PHSMAP Remittance   Questions: Provider Services 1-888-555-0190", 7)
    cols = [(44, "L"), (62, "L"), (112, "L"), (150, "L"), (196, "R"), (240, "R"), (290, "R"), (340, "R"),
            (350, "L"), (440, "R"), (452, "L"), (528, "R")]
    hdr = ["Ln", "Svc Date", "Proc", "Mod", "Units", "Charge", "Allowed", "Paid", "Adj Grp-Rsn", "Adj Amt",
           "RARC", "Status"]
    orig = [mk(D(2026, 1, 6), "92507", 1, ["GN"]), mk(D(2026, 1, 6), "92526", 1, ["GN", "59"])]
    for s in orig:
        medicaid(s)
    void = [negate(s) for s in orig]
    repl = [mk(D(2026, 1, 6), "92507", 1, ["GN"]), mk(D(2026, 1, 6), "92526", 1, ["GN", "59"]),
            mk(D(2026, 1, 6), "97129", 1, ["GN"])]
    groups = [
        ("Talia Brannigan", "PH0077124", "5526006100448", "MRN 60021", "PAID",
         [mk(D(2026, 1, 5), "97166", 1, ["GO"]), mk(D(2026, 1, 7), "97530", 2, ["GO"]),
          mk(D(2026, 1, 7), "97110", 1, ["GO"]), mk(D(2026, 1, 12), "97530", 2, ["GO"]),
          mk(D(2026, 1, 12), "97140", 1, ["GO", "59"])]),
        ("Rafferty Osei", "PH0081340", "5525355300917", "MRN 60108", "VOID", void),
        ("Rafferty Osei", "PH0081340", "5526013100220", "MRN 60108", "PAID", repl),
        ("June Halvorsen-Price", "PH0090015", "5526014100531", "MRN 60144", "DENIED",
         [mk(D(2026, 1, 9), "97533", 2, ["GO"], "CO", "Sensory integration, per 15 min")]),
    ]
    for pt, cid_, tcn, mrn, status, svcs in groups:
        c = {"cid": mrn.replace("MRN ", ""), "pcid": tcn, "pt": pt}
        for s in svcs:
            if status != "VOID":
                medicaid(s, deny_reason="15")
        f.need(70)
        f.rect(40, f.y - 10, 532, 26, fill=0.9)
        f.t(44, f"Client: {pt}", 8, "B")
        f.t(240, f"Client ID: {cid_}", 8)
        f.t(380, f"TCN: {tcn}", 8)
        f.t(44, f"Med Rec No.: {mrn.replace('MRN ', '')}", 7.5, y=f.y + 11)
        f.t(240, "Claim status: " + {"VOID": "VOIDED (replaced by 5526013100220)"}.get(status, status), 7.5,
            y=f.y + 11)
        f.nl(28)
        f.row(cols, hdr, 7, "B")
        f.nl(4)
        f.line(40, 572)
        f.nl(9)
        for i, s in enumerate(svcs, 1):
            f.need(11)
            adj = s.adjs[0] if s.adjs else None
            rarc = "N362" if s.code == "97129" else ("M86" if s.denied else "")
            f.row(cols, [str(i), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units),
                         money(s.billed, ","), money(s.allowed, ","), money(s.paid, ","),
                         f"{adj[0]}-{adj[1]}" if adj else "", money(adj[2], ",") if adj else "", rarc, status], 7)
            d.rec(s, c, remarks=[rarc] if rarc else [])
            f.nl(3)
            f.line(40, 572, width=0.25)
            f.nl(9)
        f.row(cols, ["", "Claim Totals", "", "", "", money(total(svcs, "billed"), ","),
                     money(total(svcs, "allowed"), ","), money(total(svcs, "paid"), ",")], 7, "B")
        d.claim(c, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"))
        f.nl(22)
    d.legend = [("N362", "Units billed exceed the daily limit for this code; reviewed and allowed."),
                ("M86", "Service is included with another service and is not paid separately.")]
    f.t(40, "Remark codes: N362 - units over the daily limit, reviewed and allowed;  M86 - included with "
            "another service.", 7)
    return d.write(out, "state Medicaid remittance, ruled, void and replacement")


# ------------------------------------------------------------------------------------------------ r1

def r1(out):
    d = Doc("r1_clearinghouse_spr", "fpdf2", LAND, {"R": "Courier", "B": "Courier-B"}, "mdy6",
            ("billed", "allowed", "deductible", "coinsurance", "paid"), stacked=True)
    f = d.flow
    f.top = 40
    cw = 7.5 * 0.6

    def col(n):
        return 28 + n * cw
    cols = [(col(0), "L"), (col(11), "L"), (col(18), "L"), (col(25), "L"), (col(31), "R"), (col(33), "L"),
            (col(39), "L"), (col(59), "R"), (col(70), "R"), (col(80), "R"), (col(90), "R"), (col(102), "R")]
    hdr = ["RENDERING", "FROM", "THRU", "PL", "QTY", "CPT", "MODIFIERS", "CHARGE", "APPROVED", "DEDUCT", "COINS",
           "NET PAID"]

    def top(fl):
        fl.t(28, "RELAYPOINT CLAIMS EXCHANGE - REMITTANCE REPRINT (PAPER FORMAT)", 8, "B")
        fl.t(764, "PAYER: MEDICARE PART B - JURISDICTION 14", 7.5, "R")
        fl.nl(10)
        fl.t(28, "PAYEE: SUMMIT ARC REHABILITATION LLC   NPI 1904455720   CHECK/EFT# 000771902   DATE 01/29/26", 7.5)
        fl.nl(12)
        fl.row(cols, hdr, 7.5, "B")
        fl.nl(4)
        fl.line(28, 764)
        fl.nl(10)
    f.header = top
    top(f)
    f.footer = lambda i, n: [("t", 28, f.h - 22, f"RELAYPOINT RPT-835P   PAGE {i} OF {n}", "Courier", 7, "L")]
    st = PlanState(ded_left=Decimal("30.00"))
    claims = [
        ("HALVERSON, GRETA", "1EG4TE5MK72", "SA-11902", "26021A04477", "1295011044",
         [mk(D(2026, 1, 6), "97161", 1, ["GP"]), mk(D(2026, 1, 6), "97110", 2, ["GP"]),
          mk(D(2026, 1, 8), "97110", 2, ["GP", "KX"]), mk(D(2026, 1, 8), "97140", 1, ["GP", "59"])]),
        ("MBEKI, THEODORE", "5RN8QW2HX10", "SA-11915", "26021A04478", "1295011044",
         [mk(D(2026, 1, 7), "97530", 3, ["GO"]), mk(D(2026, 1, 7), "97535", 1, ["GO", "CO"]),
          mk(D(2026, 1, 9), "97530", 2, ["GO"]), mk(D(2026, 1, 9), "97112", 1, ["GO"])]),
        ("SORENSEN, IDA", "2KD1MU7VB33", "SA-11920", "26021A04479", "1362877102",
         [mk(D(2026, 1, 12), "92507", 1, ["GN"]), mk(D(2026, 1, 14), "92507", 1, ["GN"]),
          mk(D(2026, 1, 14), "0552T", 1, [], "CO")]),
    ]
    for pt, mid, acct, icn, npi, svcs in claims:
        c = {"cid": acct, "pcid": icn, "pt": pt}
        for s in svcs:
            medicare(s, st, deny_reason="96")
        f.need(90)
        f.t(28, f"NAME {pt:<20} MID {mid}  ACNT {acct}  ICN {icn}  ASG Y  MOA MA01", 7.5)
        f.nl(11)
        for s in svcs:
            f.need(12 + 9 * len(s.adjs))
            rm = ["N640"] if s.denied else []
            f.row(cols, [npi, dfmt(s.dos, "mdy6"), dfmt(s.dos, "mdy6"), "11", units_str(s.units), s.code,
                         " ".join(s.mods), money(s.billed, ""), money(s.allowed, ""), money(s.deductible, ""),
                         money(s.coinsurance, ""), money(s.paid, "")], 7.5)
            d.rec(s, c, remarks=rm)
            for g, r, a in s.adjs:
                f.nl(9)
                f.t(col(33), f"ADJ: {g}-{r} {money(a, '')}", 7)
            for r in rm:
                f.nl(9)
                f.t(col(33), f"REM: {r}", 7)
            f.nl(11)
        ded, coi = total(svcs, "deductible"), total(svcs, "coinsurance")
        f.t(28, f"PT RESP {money(ded + coi, '')}", 7.5)
        f.row(cols, [None] * 6 + ["CLAIM TOTALS", money(total(svcs, "billed"), ""), money(total(svcs, "allowed"), ""),
                                  money(ded, ""), money(coi, ""), money(total(svcs, "paid"), "")], 7.5, "B")
        d.claim(c, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"),
                patient_owes=ded + coi)
        f.nl(20)
    d.legend = [("N640", "Exceeds the frequency or benefit limit for this service.")]
    f.t(28, "REMARK N640: EXCEEDS THE FREQUENCY OR BENEFIT LIMIT FOR THIS SERVICE.", 7)
    return d.write(out, "Medicare-style paper remit from a clearinghouse, stacked adjustments")


# ------------------------------------------------------------------------------------------------ r2

def r2(out):
    d = Doc("r2_pm_posting_journal", "reportlab", LAND, {"R": "LibNarrow", "B": "LibNarrow-B"}, "mdy4",
            ("billed", "allowed", "deductible", "coinsurance", "paid"))
    f = d.flow
    f.top = 44
    cols = [(30, "L"), (88, "L"), (124, "L"), (164, "R"), (206, "R"), (250, "R"), (290, "R"), (330, "R"),
            (340, "L"), (430, "R"), (480, "R")]
    hdr = ["DOS", "CPT", "Mod", "Qty", "Charge", "Allowed", "Ded", "Coins", "CARC", "W/O", "Ins Paid"]

    def top(fl):
        fl.t(30, "TherapyDesk PM  -  Remittance Posting Journal", 11, "B")
        fl.t(762, "Run 02/02/2026 07:14   User: billing3", 7.5, "R")
        fl.nl(12)
        fl.t(30, "Practice: Oak Terrace Physical & Occupational Therapy   Payer: Medicare Part B   "
                 "EFT trace 1226448910", 8)
        fl.nl(16)
    f.header = top
    top(f)
    f.footer = pageno_footer(f, "Oak Terrace PT/OT - confidential - posting journal", 7)
    st = PlanState(ded_left=ZERO)
    orig = [mk(D(2026, 1, 5), "97110", 3, ["GP"]), mk(D(2026, 1, 5), "97140", 1, ["GP", "59"])]
    for s in orig:
        medicare(s, st)
    rev = [negate(s) for s in orig]
    corr = [mk(D(2026, 1, 5), "97110", 2, ["GP"]), mk(D(2026, 1, 5), "97140", 1, ["GP", "59"])]
    groups = [
        ("Lindqvist, Harold", "OT-40871", "26015E11290 (REVERSAL)", "26015E11290", rev),
        ("Lindqvist, Harold", "OT-40871", "26027E30451", "26027E30451", corr),
        ("Castellanos, Mira", "OT-40913", "26027E30452", "26027E30452",
         [mk(D(2026, 1, 12), "97112", 2, ["GP"]), mk(D(2026, 1, 12), "97110", 2, ["GP", "CQ"]),
          mk(D(2026, 1, 14), "97116", 2, ["GP"]), mk(D(2026, 1, 14), "97530", 1, ["GP"])]),
        ("Whitfield, Arden", "OT-40950", "26027E30460", "26027E30460",
         [mk(D(2026, 1, 20), "97168", 1, ["GO"]), mk(D(2026, 1, 20), "97535", 2, ["GO"]),
          mk(D(2026, 1, 22), "97530", 2, ["GO", "KX"])]),
    ]
    for pt, acct, shown, icn, svcs in groups:
        c = {"cid": acct, "pcid": icn, "pt": pt}
        for s in svcs:
            if s not in rev:
                medicare(s, st)
        f.need(70)
        f.line(30, 762, -9, 0.8)
        f.t(30, f"Patient: {pt}", 8.5, "B")
        f.t(220, f"Acct #: {acct}", 8)
        f.t(340, f"Payer Claim #: {shown}", 8)
        f.t(560, "Status: " + ("22 Reversal" if s in rev else "1 Processed as primary"), 8)
        f.nl(13)
        f.row(cols, hdr, 7.5, "B")
        f.nl(3)
        f.line(30, 500, 0, 0.3)
        f.nl(9)
        for s in svcs:
            carc = " ".join(f"{g}{r}" for g, r, _ in s.adjs)
            wo = sum((a for g, r, a in s.adjs if g == "CO"), ZERO)
            f.row(cols, [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), money(s.billed, ",", "()"),
                         money(s.allowed, ",", "()"), money(s.deductible, ",", "()"),
                         money(s.coinsurance, ",", "()"), carc, money(wo, ",", "()"), money(s.paid, ",", "()")], 7.5)
            d.rec(s, c, adjs=[(g, r, None) for g, r, _ in s.adjs])
            f.nl(11)
        f.row(cols, ["Claim total", "", "", "", money(total(svcs, "billed"), ",", "()"),
                     money(total(svcs, "allowed"), ",", "()"), money(total(svcs, "deductible"), ",", "()"),
                     money(total(svcs, "coinsurance"), ",", "()"), "", "",
                     money(total(svcs, "paid"), ",", "()")], 7.5, "B")
        d.claim(c, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"))
        f.nl(24)
    return d.write(out, "practice-management remittance posting journal, reversal and correction")


# ------------------------------------------------------------------------------------------------ s1

def s1(out):
    d = Doc("s1_clinic_family_statement", "reportlab", LETTER, {"R": "Helvetica", "B": "Helvetica-B"}, "mdy2",
            ("billed", "paid", "discount", "patient_owes"), stmt=True, adjs=False)
    f = d.flow
    f.t(40, "Little Oaks Pediatric Therapy", 13, "B")
    f.t(572, "STATEMENT", 13, "B", "R")
    f.nl(12)
    f.t(40, "2250 Fennimore Ave, Suite 140, Ashby Creek, MN 55307   (612) 555-0117", 8)
    f.nl(20)
    f.rect(330, f.y - 8, 242, 62)
    for i, (a, b) in enumerate([("Statement Date", "02/05/26"), ("Account No.", "G-558102"),
                                ("Amount Due", "see below"), ("Amount Enclosed", "$__________")]):
        f.t(338, a, 8, y=f.y + 6 + 14 * i)
        f.t(564, b, 8, "B", "R", y=f.y + 6 + 14 * i)
    for s in ("Responsible party:", "Marguerite Delacourt-Oyelaran", "77 Birchwood Circle", "Ashby Creek, MN 55307"):
        f.t(40, s, 8.5)
        f.nl(12)
    f.nl(14)
    f.t(40, "- - - - - - - - - - Please detach and return the top portion with your payment - - - - - - - - - -", 7)
    f.nl(20)
    cols = [(40, "L"), (84, "L"), (130, "L"), (180, "L"), (224, "L"), (388, "R"), (440, "R"), (500, "R"),
            (566, "R")]
    hdr = ["Date", "Patient", "Invoice", "Code", "Description", "Charge", "Insurance Paid", "Adjustment",
           "Balance"]

    def colhead(fl):
        fl.row(cols, hdr, 7.5, "B")
        fl.nl(4)
        fl.line(40, 572, 0, 0.8)
        fl.nl(10)
    colhead(f)
    f.cont = colhead
    f.footer = pageno_footer(f, "Little Oaks Pediatric Therapy - Account G-558102 - Thank you for your payment")
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.10"))
    kids = [("Oskar", "INV-120883", [mk(D(2026, 1, 6), "97165", 1, ["GO"]), mk(D(2026, 1, 6), "97530", 2, ["GO"]),
                                     mk(D(2026, 1, 13), "97530", 2, ["GO"]), mk(D(2026, 1, 13), "97533", 1, ["GO"],
                                                                                   desc="Sensory processing activities")]),
            ("Amara", "INV-120901", [mk(D(2026, 1, 8), "92523", 1, ["GN"]), mk(D(2026, 1, 15), "92507", 1, ["GN"]),
                                     mk(D(2026, 1, 22), "92507", 1, ["GN"])]),
            ("Theo", "INV-120944", [mk(D(2026, 1, 20), "97161", 1, ["GP"]), mk(D(2026, 1, 20), "97112", 2, ["GP"])])]
    bal = ZERO
    rows = []
    for pt, inv, svcs in kids:
        c = {"cid": inv, "pcid": None, "pt": pt}
        for s in svcs:
            commercial(s, st)
            rows.append((s.dos, pt, inv, s, c))
    rows.sort(key=lambda r: (r[0], r[2]))
    for dos, pt, inv, s, c in rows:
        f.need(12)
        f.row(cols, [dfmt(dos, "mdy2"), pt, inv, f"{s.code}-{s.mods[0]}", s.desc,
                     money(s.billed, ","), money(s.paid, ","), money(s.discount, ","),
                     money(s.owes, ",")], 7.5)
        bal += s.owes
        d.lines.append(truth_line(f.page, s, claim_id=inv, payer_claim_id=None, patient=pt,
                                  printed=("billed", "paid", "discount", "patient_owes"), units=False))
        f.nl(12)
    f.t(84, "01/28/26  Patient payment - thank you (check 4471)", 7.5)
    f.t(566, "(50.00)", 7.5, "R")
    bal -= Decimal("50.00")
    f.nl(16)
    f.line(40, 572)
    f.nl(14)
    for pt, inv, svcs in kids:
        d.claim({"cid": inv, "pcid": None, "pt": pt}, billed=total(svcs, "billed"))
        f.t(40, f"{pt}  {inv}  charges {money(total(svcs, 'billed'))}", 7.5)
        f.nl(10)
    f.nl(8)
    ages = [("Current", bal), ("31-60", ZERO), ("61-90", ZERO), ("Over 90", ZERO), ("Amount Due", bal)]
    for i, (a, v) in enumerate(ages):
        f.rect(40 + 106 * i, f.y - 10, 100, 28)
        f.t(46 + 106 * i, a, 7.5, "B")
        f.t(134 + 106 * i, money(v), 8, "R", "R", y=f.y + 12)
    f.nl(40)
    f.t(40, "Insurance on file: Prairie Crest Health (primary). Your balance reflects deductible and coinsurance.", 7.5)
    return d.write(out, "therapy clinic family statement with remit stub")


# ------------------------------------------------------------------------------------------------ s2

def s2(out):
    d = Doc("s2_hospital_family_statement", "fpdf2", LETTER, {"R": "DjSerif", "B": "DjSerif-B"}, "mdy4",
            ("billed",), adjs=False, stmt=True)
    f = d.flow
    f.t(40, "ST. ALBAN REGIONAL MEDICAL CENTER", 12, "B")
    f.nl(12)
    f.t(40, "Patient Financial Services  |  900 Causeway Blvd, Merritt Bay, ME 04622", 7.5)
    f.nl(22)
    f.t(40, "Guarantor: Constance Ferreira-Hale", 8.5)
    f.t(572, "Statement date 02/07/2026", 8, "R")
    f.nl(12)
    f.t(40, "Guarantor no. 3009917", 8.5)
    f.nl(24)
    f.footer = pageno_footer(f, "St. Alban Regional Medical Center - Family Statement - Guarantor 3009917", 6.5)
    cols = [(40, "L"), (112, "L"), (160, "L"), (196, "L"), (470, "R"), (566, "R")]
    hdr = ["Service Date", "HCPCS", "Mod", "Description", "Qty", "Charges"]
    st = PlanState(ded_left=Decimal("300.00"))
    accts = [
        ("Constance Ferreira-Hale", "HB60019283", "MB-2026-0118-7734",
         [mk(D(2026, 1, 5), "97163", 1, ["GP"])] +
         [mk(D(2026, 1, dd), cd, u, m, desc=LONG_DESC.get(cd, DESC[cd])) for dd in (7, 9, 12, 14, 16, 19, 21, 23)
          for cd, u, m in (("97110", 2, ["GP"]), ("97140", 1, ["GP", "59"]))] +
         [mk(D(2026, 1, 23), "G0283", 1, ["GP"], desc=LONG_DESC["G0283"])]),
        ("Rafael Ferreira-Hale", "HB60019377", "MB-2026-0121-0096",
         [mk(D(2026, 1, 14), "97166", 1, ["GO"]), mk(D(2026, 1, 14), "97760", 1, ["GO"], desc=LONG_DESC["97760"]),
          mk(D(2026, 1, 14), "L3807", 1, ["LT"], desc=LONG_DESC["L3807"])]),
        ("Beatriz Ferreira-Hale", "HB60019402", "MB-2026-0126-4410",
         [mk(D(2026, 1, 26), "92523", 1, ["GN"]), mk(D(2026, 1, 28), "92507", 1, ["GN"])]),
    ]
    accts = accts[1:] + accts[:1]
    for pt, acct, clm, svcs in accts:
        c = {"cid": acct, "pcid": clm, "pt": pt}
        for s in svcs:
            commercial(s, st)
        f.need(80)
        f.rect(40, f.y - 10, 532, 14, fill=0.85)
        f.t(44, f"Patient: {pt}   Account {acct}   Insurance claim no. {clm}", 8, "B")
        f.nl(18)
        f.row(cols, hdr, 7.5, "B")
        f.nl(4)
        f.line(40, 572)
        f.nl(10)
        for s in svcs:
            dl = wrap(s.desc.upper(), 44)
            f.need(10 * len(dl) + 2)
            f.row(cols, [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), dl[0], units_str(s.units),
                         money(s.billed, ",")], 7.5)
            d.rec(s, c, desc=True)
            d.lines[-1]["description"] = s.desc.upper()
            for extra in dl[1:]:
                f.nl(9)
                f.t(196, extra, 7.5)
            f.nl(11)
        f.need(50)
        f.line(40, 572)
        f.nl(11)
        tb, tp, ta = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "discount")
        for lab, v in (("Total charges", tb), ("Insurance payment - Merritt Bay Health Plan", -tp),
                       ("Contractual adjustment", -ta), ("Account balance", tb - tp - ta)):
            f.t(300, lab, 8)
            f.t(566, money(v, ",", "()"), 8, "R", "R")
            f.nl(11)
        d.claim(c, billed=tb, paid=tp, patient_owes=tb - tp - ta)
        f.nl(16)
    f.need(30)
    f.t(40, "Please pay the combined balance of all accounts. Financial assistance is available; ask us.", 8)
    return d.write(out, "hospital family statement, account continued without repeated heading")


LAYOUTS = [e1, e2, a1, a2, d1, d2, r1, r2, s1, s2]


# ------------------------------------------------------------------------------------------------ check

def check(out: Path) -> list[str]:
    errs = []
    spans = 0
    for pdf in sorted(out.glob("h126_*.pdf")):
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        info = CHECKS[pdf.name]
        rows = text_rows(pdf)
        if len(rows) != t["pages"]:
            errs.append(f"{pdf.name}: pages {len(rows)} != {t['pages']}")
        pagetext = ["\n".join(r) for r in rows]
        if len(t["lines"]) < 3:
            errs.append(f"{pdf.name}: too few lines")
        for i, ln in enumerate(t["lines"]):
            p = ln["page"] - 1
            ds = dfmt(date.fromisoformat(ln["service_date"]), info["dstyle"])
            cands = [k for k, r in enumerate(rows[p]) if ds in r and (ln["code"] is None or ln["code"] in
                                                                     alnum_tokens(r) or ln["code"] in r)]
            ok = False
            why = "no row with date+code"
            for k in cands:
                r = rows[p][k]
                toks = tokens(r)
                nums = [n for n in (num(x) for x in toks) if n is not None]
                al = alnum_tokens(r)
                why = ""
                for key in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                            "discount", "not_covered"):
                    v = ln[key]
                    if v is not None and Decimal(v) not in nums and -Decimal(v) not in nums:
                        why = f"{key} {v} not on row"
                if ln["units"] is not None and Decimal(ln["units"]) not in nums:
                    why = f"units {ln['units']} not on row"
                for m in ln["modifiers"]:
                    if m not in al:
                        why = f"modifier {m} not on row"
                block = "\n".join(rows[p][k:k + 6]) if info["stacked"] else r
                for g, rc, a in ln["adjustments"]:
                    if f"{g}-{rc}" not in block and f"{g}{rc}" not in block:
                        why = f"adj {g}{rc} missing"
                    if a is not None and money(Decimal(a), "") not in block.replace("-", " -").replace(" -", " ") \
                            and str(abs(Decimal(a))) not in block:
                        why = f"adj amount {a} missing"
                for rm in ln["remarks"]:
                    if rm not in alnum_tokens(block):
                        why = f"remark {rm} missing"
                if not why:
                    ok = True
                    break
            if not ok:
                errs.append(f"{pdf.name} line {i} {ln['code']} {ln['service_date']}: {why}")
            for key in ("claim_id", "payer_claim_id", "patient"):
                if ln[key] and ln[key] not in "\n".join(pagetext[:p + 1]):
                    errs.append(f"{pdf.name} line {i}: {key} {ln[key]} not on page {p + 1} or before")
            # arithmetic
            dec = {k: (Decimal(ln[k]) if ln[k] is not None else None) for k in
                   ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "discount")}
            adj = ln["adjustments"]
            if adj and all(a[2] is not None for a in adj) and dec["billed"] is not None and dec["paid"] is not None:
                co = sum((Decimal(a[2]) for a in adj if a[0] == "CO"), Decimal(0))
                pr = sum((Decimal(a[2]) for a in adj if a[0] == "PR"), Decimal(0))
                if dec["billed"] - co - pr != dec["paid"]:
                    errs.append(f"{pdf.name} line {i}: billed - adjustments != paid")
                if dec["patient_owes"] is not None and dec["patient_owes"] != pr:
                    errs.append(f"{pdf.name} line {i}: PR != patient owes")
            if dec["allowed"] is not None and dec["paid"] is not None and any(
                    dec[k] is not None for k in ("deductible", "copay", "coinsurance")):
                share = sum((dec[k] for k in ("deductible", "copay", "coinsurance") if dec[k] is not None),
                            Decimal(0))
                if info["stacked"] or pdf.name.startswith("h126_r2"):
                    share += sum((Decimal(a[2]) for a in adj if a[1] == "253" and a[2] is not None), Decimal(0))
                    if pdf.name.startswith("h126_r2"):
                        share = dec["allowed"] - dec["paid"]  # r2 sequestration is inside W/O (printed CO253)
                if dec["allowed"] - share != dec["paid"]:
                    errs.append(f"{pdf.name} line {i}: allowed - share != paid")
            if info["stmt"] and dec["paid"] is not None and dec["discount"] is not None:
                if dec["billed"] - dec["paid"] - dec["discount"] != dec["patient_owes"]:
                    errs.append(f"{pdf.name} line {i}: statement line does not balance")
        pages_per_claim: dict = {}
        for ci, c in enumerate(t["claims"]):
            key = (c["claim_id"], c["payer_claim_id"], c["patient"])
            ls = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) == key]
            if not ls:
                errs.append(f"{pdf.name}: claim {key} has no lines")
            pages_per_claim[key] = {ln["page"] for ln in ls}
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum((Decimal(ln[k]) for ln in ls if ln[k] is not None), Decimal(0))
                if all(ln[k] is not None for ln in ls) and s != Decimal(v):
                    errs.append(f"{pdf.name}: claim {key} total {k} {v} != lines {s}")
                alltext = "\n".join(pagetext)
                if money(Decimal(v), "") not in alltext.replace(",", "").replace("$", "") \
                        and money(abs(Decimal(v)), "") not in alltext.replace(",", "").replace("$", ""):
                    errs.append(f"{pdf.name}: claim total {v} not printed")
        if any(len(v) > 1 for v in pages_per_claim.values()):
            spans += 1
    if spans < 3:
        errs.append(f"only {spans} files carry a claim spanning pages")
    return errs


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    return [fn(out) for fn in LAYOUTS]


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout126_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/")
        return 2
    paths = build(out)
    print(f"wrote {len(paths)} PDFs to {out}")
    if "--check" in sys.argv:
        errs = check(out)
        before = {p.name: p.read_bytes() for p in paths}
        with tempfile.TemporaryDirectory() as td:
            for p in build(Path(td)):
                if p.read_bytes() != before[p.name]:
                    errs.append(f"{p.name}: not deterministic")
        nl = 0
        for p in paths:
            t = json.loads(Path(str(p) + ".truth.json").read_text())
            nl += len(t["lines"])
            print(f"  {p.name}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, "
                  f"{len(t['claims'])} claims")
        print(f"total lines {nl}")
        for e in errs:
            print("FAIL", e)
        print("check: " + ("FAILED" if errs else "OK"))
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
