"""Write the FIFTY-SIXTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader on the five commonest real kinds, two house styles each, written without
looking at the reader.

Run:  python bench/heldout56/make_heldout56_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout56/make_heldout56_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed); claim_id = the provider's own account / patient-
control / visit / invoice number, payer_claim_id = the payer's claim number / ICN / TCN / reference, patient
exactly as printed (the person who got the service, not the guarantor or subscriber). Every name, number,
payer, provider, address and ID is invented; descriptions are our own words. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness).

Layouts (two of each of the five commonest kinds):
  s1  commercial member EOB, portrait Liberation Serif (reportlab): page-1 right sidebar "Your deductible and
      out-of-pocket", claim heads "Patient / Provider / Claim ID / Provider acct", columns "Amount billed / Plan
      discount / Plan allowance / Not covered / Deductible / Copay / Coinsurance / Plan paid / What you owe /
      Note", "97530 GO" code+modifier in one cell, Qty, 3 family members, a claim continuing on page 2 with
      header repeated and "(continued)", lettered notes legend
  s2  self-funded employer plan EOB from a TPA, landscape DejaVu Sans Condensed (fpdf2): boxed claim grids,
      "Charges / Ineligible / Reason / PPO Savings / Eligible / Deductible / Co-Pay / Co-Ins / Plan Payment /
      Patient Resp", "97110-GP-59", "Svc Cnt", "01-05-2026", a denied line, 3 family members, PLANTED claim
      total mismatch
  s3  Medicare Summary Notice Part B, portrait DejaVu Sans (fpdf2): claims by provider with date and claim
      number in the head, code in parentheses in the service wording, Service Approved? Yes/No, Maximum You
      May Be Billed, lettered See Notes, no units / modifiers, a claim continuing onto the next page
  s4  Medicare Advantage PPO member EOB, landscape DejaVu Serif Condensed (reportlab): ruled table with
      "Date / Service / Code / Qty / Provider's charge / Plan's approved amount / Plan's share / Your share /
      Notes", dark claim bands, a denied (not covered) line, header repeated on the next page
  s5  state Medicaid remittance advice, landscape Liberation Mono (reportlab): mainframe-style PAID / DENIED
      sections, claim line "RECIP NAME / RECIP ID / ICN / PAT ACCT", detail lines with MMDDYY from/to, PROC
      MOD1 MOD2, UNITS, BILLED / ALLOWED / PAID, ADJ "CO45" + amount, EOB codes, a claim continuing on page 2
  s6  state Medicaid provider portal remittance advice, portrait Liberation Sans Narrow (fpdf2): boxed member
      panels (Member / Member ID / TCN / Patient Control No.), date ranges "01/05/2026-01/16/2026", Units "4.00",
      a void of an earlier claim in parentheses and its replacement, CARC/RARC per line
  s7  Medicare-style standard paper remit rendered by a clearinghouse, portrait DejaVu Sans Mono (fpdf2):
      "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD", NAME / MID /
      ACNT / ICN / ASG / MOA head, MMDD MMDDYY dates, extra adjustment groups on following lines, CLAIM TOTALS
  s8  practice-management system "ERA Posting Detail", landscape Liberation Sans Narrow (reportlab): ids only on
      a claim's first row, CPT / Mod / Units, Charge / Allowed / Deduct / Coins / Adj Code / Adj Amt / Paid /
      Pt Resp, per-claim subtotals, a claim continuing across the page break with the header repeated
  s9  outpatient therapy clinic family statement to a guarantor, portrait DejaVu Sans (reportlab): remittance
      stub at the top, visit rows by child with the visit number and insurer claim number, "Charges / Ins Paid
      / Ins Adj / Balance", Units column, patient payments as non-service rows, 3 children, aging box
  s10 hospital family statement, portrait Liberation Serif (fpdf2): two accounts (mother and child), itemized
      "Date / Rev / CPT-HCPCS / Description / Qty / Charges" with wrapped descriptions, a charge correction
      printed as a negative, insurance activity rows per account, 99213 and L3807 lines

The self-check (--check) tests the factory, not the reader: every truth code, modifier, units value, date and
amount is on the SAME extracted text line as its service (dates that the layout prints only in a claim head,
and adjustment codes / remarks, on the page), ids and patients on the page, page counts match, claims really
run across pages where intended, and the documents' own arithmetic holds (billed - every printed adjustment =
paid where the layout prints all adjustments; claim totals = sum of lines unless the mismatch is a planted
expected finding, and the planted one really is a mismatch).
"""

from __future__ import annotations

import re
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from canvas56 import Doc, wrap  # noqa: E402
from eobgen import (LONG_DESC, ZERO, PlanState, Svc, amt, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, q, truth_line, units_str, write_truth)

D = date
AMTS = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered", "discount")
ATTR = {"patient_owes": "owes"}


# ------------------------------------------------------------------------------------------- recorder
class Rec:
    """Collects truth lines plus what --check must find for each of them."""

    def __init__(self, name: str, producer: str, description: str, mfmt, ufmt=units_str, dstyle: str = "mdy4",
                 adjfmt=lambda g, c: f"{g}-{c}"):
        self.name, self.producer, self.description = name, producer, description
        self.mfmt, self.ufmt, self.adjfmt = mfmt, ufmt, adjfmt
        self.dfn = dstyle if callable(dstyle) else (lambda d: dfmt(d, dstyle))
        self.lines, self.checks, self.claims, self.legend, self.findings = [], [], [], [], []
        self.all_adjs = False
        self.page_tokens: list[tuple[int, str]] = []
        self.span_claims: set = set()

    def svc(self, page: int, s: Svc, claim: dict, printed: tuple, *, units=True, mods=True, adjs=None,
            remarks=None, end=None, date_on_row=True, code_tok=None, page_only=()) -> None:
        t = truth_line(page, s, claim_id=claim["claim_id"], payer_claim_id=claim["payer_claim_id"],
                       patient=claim["patient"], printed=printed, service_end=end, units=units, modifiers=mods,
                       adjustments=adjs, remarks=remarks)
        row = [code_tok or s.code] + (list(s.mods) if mods else [])
        if units:
            row.append(self.ufmt(s.units))
        page_toks = []
        for k in printed:
            (page_toks if k in page_only else row).append(self.mfmt(getattr(s, ATTR.get(k, k))))
        dates = [self.dfn(s.dos)] + ([self.dfn(end)] if end else [])
        (row if date_on_row else page_toks).extend(dates)
        for g, c, a in adjs or []:
            page_toks.append(self.adjfmt(g, c))
            if a is not None:
                page_toks.append(self.mfmt(a))
        page_toks += list(remarks or [])
        page_toks += [v for v in (claim["claim_id"], claim["payer_claim_id"], claim["patient"]) if v]
        self.lines.append(t)
        self.checks.append((page, row, page_toks, s, adjs))
        claim.setdefault("_pages", set()).add(page)

    def claim(self, claim_id, payer_claim_id, patient) -> dict:
        c = {"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient}
        self.claims.append(c)
        return c

    def write(self, pdf: Path, pages: int) -> None:
        claims = []
        for c in self.claims:
            claims.append({k: v for k, v in c.items() if not k.startswith("_")})
        write_truth(pdf, self.name, self.producer, pages, self.description, self.lines, claims, self.legend,
                    self.findings)


def set_totals(claim: dict, svcs: list[Svc], fields: tuple, plant: dict | None = None) -> dict:
    """Printed claim totals = sums of the lines (plant: field -> delta for a planted mismatch)."""
    vals = {}
    for f in ("billed", "allowed", "paid", "patient_owes"):
        if f in fields:
            v = sum((getattr(s, ATTR.get(f, f)) for s in svcs), ZERO)
            if plant and f in plant:
                v += plant[f]
            vals[f] = v
    claim["totals"] = claim_totals(**vals)
    claim["_sums"] = {f: str(q(sum((getattr(s, ATTR.get(f, f)) for s in svcs), ZERO))) for f in vals}
    return {k: v for k, v in vals.items()}


class Flow:
    """A y cursor that breaks pages, redrawing the page furniture / column header via header(doc) -> y."""

    def __init__(self, doc: Doc, header, bottom: float, footer=None):
        self.doc, self.header, self.bottom, self.footer = doc, header, bottom, footer
        self.y = header(doc)

    def need(self, h: float, cont=None) -> bool:
        if self.y + h <= self.bottom:
            return False
        if self.footer:
            self.footer(self.doc)
        self.doc.new_page()
        self.y = self.header(self.doc)
        if cont:
            cont()
        return True


def m_plain(d: Decimal) -> str:
    return money(d, ",")


def m_dollar(d: Decimal) -> str:
    return money(d, "$")


# Invented people, providers, plans.
FAM1 = ("Amara Okonkwo-Bell", "Theo Okonkwo-Bell", "Junie Okonkwo-Bell")
FAM2 = ("Rosalind Vantreese", "Milo Vantreese", "Percy Vantreese")


# =============================================================================================== s1
def s1(out: Path) -> Rec:
    r = Rec("s1_commercial_member_eob_serif", "reportlab",
            "Commercial member EOB, portrait serif, right sidebar on page 1, claim heads, one code+modifier cell, "
            "Qty, full cost-share columns, lettered notes, a claim continued on page 2 with header repeated.",
            m_plain, dstyle="mdy2")
    pdf = out / (r.name + ".pdf")
    doc = Doc(pdf, "reportlab", "LiberationSerif")
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    prov = "Little Wren Pediatric Therapy, 88 Mercer Rd, Halvorsen, OR 97391"
    data = [
        (FAM1[1], "LWP-40281", "HX26011400372", [Svc(D(2026, 1, 5), "97166", 1, ("GO",)),
                                                 Svc(D(2026, 1, 5), "97530", 2, ("GO",))]),
        (FAM1[2], "LWP-40307", "HX26011400418", [Svc(D(2026, 1, 7), "92523", 1, ("GN",)),
                                                 Svc(D(2026, 1, 7), "92507", 1, ("GN",), denied="PR")]),
        (FAM1[0], "LWP-40360", "HX26012100077", [Svc(D(2026, 1, 20), "97161", 1, ("GP",)),
                                                 Svc(D(2026, 1, 20), "97140", 1, ("GP",)),
                                                 Svc(D(2026, 1, 22), "97110", 2, ("GP",))]),
        (FAM1[1], "LWP-40355", "HX26012100051",
         [Svc(D(2026, 1, d), c, u, ("GO",) if c != "97112" else ("GO", "59"))
          for d in (9, 12, 14, 16, 19, 21, 23, 26, 28) for c, u in (("97530", 2), ("97112", 1))]),
    ]
    notes = {"A": "Your provider is in our network and agreed to this price.",
             "B": "Amount shown went toward your calendar-year deductible.",
             "C": "Speech treatment on the same day as the evaluation needs a prior review; you may be billed."}
    r.legend = list(notes.items())
    cols = [(36, "Service date", "l"), (78, "Service", "l"), (178, "Code", "l"), (248, "Qty", "r"),
            (282, "Amount\nbilled", "r"), (322, "Plan\ndiscount", "r"), (364, "Plan\nallowance", "r"),
            (400, "Not\ncovered", "r"), (440, "Deductible", "r"), (472, "Copay", "r"), (514, "Coinsurance", "r"),
            (548, "Plan\npaid", "r"), (580, "What\nyou owe", "r"), (586, "Note", "l")]

    def colhead(y):
        doc.font(6.6, True)
        doc.line(36, y - 2, 576, y - 2)
        for x, h, a in cols:
            for i, part in enumerate(h.split("\n")):
                doc.text(x, y + 7 + i * 7.5, part, a)
        doc.line(36, y + 20, 576, y + 20)
        doc.font(7.2, False)
        return y + 30

    def header(d):
        d.text(36, 40, "HARBORLINE HEALTH PLANS", size=15, bold=True)
        d.text(36, 52, "Explanation of Benefits  -  THIS IS NOT A BILL", size=8.5, bold=False)
        d.text(576, 40, f"Page {d.page}", "r", size=7.5)
        d.text(576, 52, "Statement date: 02/03/26", "r")
        if d.page == 1:
            d.font(8.5)
            for i, s in enumerate(("Marcus Bell", "2740 Old Quarry Lane", "Tessaly, OR 97455")):
                d.text(36, 92 + i * 11, s)
            d.text(36, 140, "Subscriber: Marcus Bell     Member ID: HLX-608214-01     Group: 44120 Ferrous Works Inc.")
            d.rect(396, 76, 180, 84, fill=0.93)
            d.text(404, 88, "Your deductible and out-of-pocket", size=8, bold=True)
            d.font(7.5)
            for i, (a, b) in enumerate((("Family deductible met", "$350.00 of $1,500.00"),
                                        ("Out-of-pocket met", "$612.40 of $6,000.00"),
                                        ("Questions?", "1-800-555-0144"), ("Online", "harborline.example/eob"))):
                d.text(404, 102 + i * 13, a)
                d.text(570, 102 + i * 13, b, "r")
            d.text(36, 176, "Claims processed January 1 - January 31, 2026", size=10, bold=True)
            return 190
        d.text(36, 78, "Marcus Bell  |  Member ID HLX-608214-01", size=8)
        return 92

    flow = Flow(doc, header, 720)
    for patient, acct, cid, svcs in data:
        for s in svcs:
            commercial(s, st, deny_reason="204")
            if s.denied:
                s.remarks = ["C"]
            elif s.deductible:
                s.remarks = ["A", "B"]
            else:
                s.remarks = ["A"]
        c = r.claim(acct, cid, patient)
        printed = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
                   "patient_owes")
        tot = set_totals(c, svcs, ("billed", "allowed", "paid", "patient_owes"))

        def claimhead(cont=False, c=c, patient=patient, acct=acct, cid=cid):
            doc.rect(36, flow.y, 540, 24, fill=0.88)
            doc.text(42, flow.y + 10, f"Patient: {patient}" + ("   (continued)" if cont else ""), size=8, bold=True)
            doc.text(42, flow.y + 20, f"Provider: {prov}", size=7, bold=False)
            doc.text(570, flow.y + 10, f"Claim ID: {cid}", "r", size=7.5)
            doc.text(570, flow.y + 20, f"Provider account #: {acct}", "r", size=7)
            flow.y = colhead(flow.y + 34)

        flow.need(80)
        claimhead()
        for s in svcs:
            if flow.need(12, cont=lambda: claimhead(True)):
                pass
            y = flow.y
            vals = [dfmt(s.dos, "mdy2"), s.desc[:22], " ".join((s.code,) + s.mods), units_str(s.units)]
            vals += [m_plain(getattr(s, ATTR.get(k, k))) for k in printed] + [",".join(s.remarks)]
            doc.font(7.2)
            for (x, _, a), v in zip(cols, vals):
                doc.text(x, y, v, a)
            r.svc(doc.page, s, c, printed, remarks=s.remarks)
            flow.y += 11
        flow.need(14)
        doc.line(250, flow.y - 7, 576, flow.y - 7)
        doc.font(7.2, True)
        doc.text(80, flow.y, "Claim total")
        for k, x in (("billed", 282), ("allowed", 364), ("paid", 548), ("patient_owes", 580)):
            doc.text(x, flow.y, m_plain(tot[k]), "r")
        flow.y += 24
    flow.need(60)
    doc.text(36, flow.y, "Notes", size=9, bold=True)
    doc.font(7.5)
    for i, (k, v) in enumerate(notes.items()):
        doc.text(36, flow.y + 12 + 10 * i, f"{k}  {v}")
    doc.text(36, 760, "You have 180 days from the date of this notice to ask for an appeal. Harborline Health Plans "
             "is an invented plan.", size=6.5)
    pages = doc.save()
    r.write(pdf, pages)
    r.span_expected = True
    return r


# =============================================================================================== s2
def s2(out: Path) -> Rec:
    r = Rec("s2_tpa_employer_plan_eob", "fpdf2",
            "Self-funded employer plan EOB from a TPA, landscape DejaVu Sans Condensed, boxed claim grids, "
            "hyphenated modifiers, Svc Cnt, Ineligible + reason, PPO savings, planted claim total mismatch.",
            m_plain, dstyle=lambda d: d.strftime("%m-%d-%Y"))
    pdf = out / (r.name + ".pdf")
    doc = Doc(pdf, "fpdf2", "DejaVuSansCondensed", landscape=True)
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85"))
    data = [
        (FAM2[0], "CRC119042", "26020400815", "Copperleaf Rehab Center",
         [Svc(D(2026, 1, 6), "97163", 1, ("GP",)), Svc(D(2026, 1, 6), "97110", 2, ("GP", "59")),
          Svc(D(2026, 1, 8), "97140", 1, ("GP",)), Svc(D(2026, 1, 8), "G0283", 1, ("GP",), denied="CO")]),
        (FAM2[1], "CRC119077", "26020400902", "Copperleaf Rehab Center",
         [Svc(D(2026, 1, 9), "97165", 1, ("GO",)), Svc(D(2026, 1, 13), "97530", 3, ("GO",)),
          Svc(D(2026, 1, 15), "97535", 2, ("GO",))]),
        (FAM2[2], "SH-2026-00417", "26020401133", "Sunhollow Speech & Language",
         [Svc(D(2026, 1, 12), "92523", 1, ("GN",)), Svc(D(2026, 1, 19), "92507", 1, ("GN",)),
          Svc(D(2026, 1, 26), "92507", 1, ("GN",))]),
        (FAM2[0], "HOP-55231", "26020401290", "Ridgeway Orthopedic Associates",
         [Svc(D(2026, 1, 21), "99213", 1, ()), Svc(D(2026, 1, 21), "L3807", 1, ("RT",))]),
    ]
    r.legend = [("X04", "Service is not payable under this plan's therapy benefit; provider write-off."),
                ("P10", "Repriced by the PPO network; savings shown.")]
    cols = [(34, "Svc Date", "l"), (86, "Procedure", "l"), (146, "Description", "l"), (280, "Svc Cnt", "r"),
            (326, "Charges", "r"), (374, "Ineligible", "r"), (384, "Reason", "l"), (460, "PPO Savings", "r"),
            (508, "Eligible", "r"), (558, "Deductible", "r"), (598, "Co-Pay", "r"), (638, "Co-Ins", "r"),
            (700, "Plan Payment", "r"), (756, "Patient Resp", "r")]
    printed = ("billed", "not_covered", "discount", "allowed", "deductible", "copay", "coinsurance", "paid",
               "patient_owes")

    def header(d):
        d.text(28, 36, "CASCADE BENEFIT ADMINISTRATORS", size=13, bold=True)
        d.text(28, 48, "Claims administrator for the Ferrowood Manufacturing Employee Health Plan (self-funded)", size=7.5,
               bold=False)
        d.text(764, 36, "EXPLANATION OF BENEFITS", "r", size=11, bold=True)
        d.text(764, 48, f"Processed 02/04/2026     Page {d.page}", "r", size=7.5, bold=False)
        if d.page == 1:
            d.rect(28, 60, 360, 46)
            d.font(7.5)
            d.text(34, 72, "Employee: Rosalind Vantreese")
            d.text(34, 83, "Employee ID: FMW-0093317     Plan: PPO Choice 500")
            d.text(34, 94, "1150 Tamarack Ct, Bellgrove, MN 55718")
            d.rect(400, 60, 364, 46, fill=0.94)
            d.text(406, 72, "This is not a bill. Pay your provider only the amount in Patient Resp.", bold=True)
            d.text(406, 84, "Covered dependents shown: Milo Vantreese, Percy Vantreese", bold=False)
            d.text(406, 95, "Customer service 1-866-555-0172, Mon-Fri 7am-6pm Central")
            return 122
        return 66

    flow = Flow(doc, header, 570)
    plant_claim = "26020400902"
    for patient, acct, cid, prov, svcs in data:
        for s in svcs:
            commercial(s, st, deny_reason="X04")
            s.remarks = ["X04"] if s.denied else ["P10"]
        c = r.claim(acct, cid, patient)
        plant = {"patient_owes": Decimal("10.00")} if cid == plant_claim else None
        tot = set_totals(c, svcs, ("billed", "allowed", "paid", "patient_owes"), plant)
        if plant:
            r.findings.append(f"claim-total-mismatch claim {cid}: printed Patient Resp total "
                              f"{tot['patient_owes']} but the lines add up to {c['_sums']['patient_owes']}")
        h = 40 + 13 * len(svcs) + 16
        flow.need(h)
        y0 = flow.y
        doc.rect(28, y0, 736, 26, fill=0.86)
        doc.font(7.6, True)
        doc.text(34, y0 + 10, f"Patient: {patient}")
        doc.text(220, y0 + 10, f"Claim No. {cid}")
        doc.text(380, y0 + 10, f"Provider: {prov}")
        doc.font(7, False)
        doc.text(34, y0 + 21, f"Patient Acct: {acct}")
        doc.text(220, y0 + 21, "Network: In-network (PPO)")
        doc.text(380, y0 + 21, "Received 01/28/2026")
        y = y0 + 36
        doc.font(6.8, True)
        for x, hh, a in cols:
            doc.text(x, y, hh, a)
        doc.line(28, y + 3, 764, y + 3)
        y += 13
        doc.font(7, False)
        for s in svcs:
            proc = "-".join((s.code,) + s.mods)
            vals = [s.dos.strftime("%m-%d-%Y"), proc, s.desc[:26], units_str(s.units),
                    m_plain(s.billed), m_plain(s.not_covered), ",".join(s.remarks), m_plain(s.discount),
                    m_plain(s.allowed), m_plain(s.deductible), m_plain(s.copay), m_plain(s.coinsurance),
                    m_plain(s.paid), m_plain(s.owes)]
            for (x, _, a), v in zip(cols, vals):
                doc.text(x, y, v, a)
            r.svc(doc.page, s, c, printed, remarks=s.remarks)
            y += 13
        doc.line(28, y - 8, 764, y - 8)
        doc.font(7, True)
        doc.text(148, y, "Claim Totals")
        for k, x in (("billed", 326), ("allowed", 508), ("paid", 700), ("patient_owes", 756)):
            doc.text(x, y, m_plain(tot[k]), "r")
        doc.rect(28, y0, 736, y - y0 + 5)
        flow.y = y + 20
    flow.need(40)
    doc.text(28, flow.y, "Reason codes", size=8, bold=True)
    for i, (k, v) in enumerate(r.legend):
        doc.text(28, flow.y + 11 + 10 * i, f"{k}  {v}", size=7, bold=False)
    pages = doc.save()
    r.write(pdf, pages)
    return r


# =============================================================================================== s3
def s3(out: Path) -> Rec:
    r = Rec("s3_msn_part_b", "fpdf2",
            "Medicare Summary Notice Part B, DejaVu Sans: claim heads with date and claim number, code in "
            "parentheses in the wording, Service Approved?, See Notes letters, no units/modifiers, a claim "
            "continuing onto the next page.", m_dollar, dstyle="mon")
    pdf = out / (r.name + ".pdf")
    doc = Doc(pdf, "fpdf2", "DejaVuSans")
    st = PlanState(ded_left=Decimal("42.00"))
    ben = "GWENDOLYN A. PRIESTLEY"
    claims = [
        ("26-019-1207-4410-00", "Saltmarsh Outpatient Rehab, 17 Heron Way, Port Anlaby, ME 04622",
         [Svc(D(2026, 1, 6), "97163", 1, ("GP",)), Svc(D(2026, 1, 6), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 6), "97140", 1, ("GP",))]),
        ("26-027-3340-1180-00", "Dr. Omari Featherstone, 900 Linden St, Port Anlaby, ME 04622",
         [Svc(D(2026, 1, 16), "99213", 1, ())]),
        ("26-030-5512-0093-00", "Saltmarsh Outpatient Rehab, 17 Heron Way, Port Anlaby, ME 04622",
         [Svc(D(2026, 1, 20), "97530", 2, ("GO",)), Svc(D(2026, 1, 20), "97535", 1, ("GO",))]),
        ("26-034-0457-6612-00", "Saltmarsh Outpatient Rehab, 17 Heron Way, Port Anlaby, ME 04622",
         [Svc(D(2026, 2, 3), "97168", 1, ("GO",)), Svc(D(2026, 2, 3), "97530", 2, ("GO",)),
          Svc(D(2026, 2, 3), "97760", 1, ("GO",))]),
        ("26-045-0981-2275-00", "Saltmarsh Outpatient Rehab, 17 Heron Way, Port Anlaby, ME 04622",
         [Svc(D(2026, 2, 13), c, u, ("GP", "KX"), desc=LONG_DESC.get(c, "")) for c, u in (("97110", 2), ("97112", 1), ("97116", 1),
                                                                ("97140", 1), ("97530", 1), ("G0283", 1),
                                                                ("0552T", 1), ("97535", 1), ("97150", 1))]),
    ]
    claims[-1][2][6].denied = "PR"
    claims.insert(3, claims.pop())
    claims.append(("26-041-2208-9347-00", "Dr. Omari Featherstone, 900 Linden St, Port Anlaby, ME 04622",
                   [Svc(D(2026, 2, 10), "99213", 1, ()), Svc(D(2026, 2, 10), "L3807", 1, ())]))
    notes = {"A": "Medicare approved less than the charge; a participating provider accepts the approved amount.",
             "B": "Part of this approved amount counted toward your yearly Part B deductible.",
             "C": "This service is not covered when given for this condition. You may be billed.",
             "D": "Payment was reduced by 2% under federal spending rules."}
    r.legend = list(notes.items())

    def footer(d):
        d.text(306, 770, f"Page {d.page}", "c", size=7, bold=False)

    def header(d):
        d.text(40, 40, "Medicare Summary Notice", size=15, bold=True)
        d.text(40, 53, "for Part B (Medical Insurance)", size=9, bold=False)
        d.text(572, 40, f"{ben}", "r", size=8, bold=True)
        d.text(572, 51, "Medicare Number XXXXXXX-T93K", "r", size=7.5, bold=False)
        if d.page == 1:
            d.rect(40, 66, 532, 52, fill=0.95)
            d.text(48, 80, "The Official Summary of Your Medicare Claims from the Medicare Administrative", size=8)
            d.text(48, 91, "Contractor for the Northeast region. THIS IS NOT A BILL.")
            d.text(48, 104, "Claims processed January 1 - March 31, 2026. Deductible: you met $283.00 of your "
                   "$283.00 Part B deductible.")
            d.text(40, 140, "Your Claims & Costs This Period", size=11, bold=True)
            return 158
        return 72

    cols = [(40, "Service Provided & Billing Code", "l"), (266, "Service\nApproved?", "c"),
            (350, "Amount\nProvider\nCharged", "r"), (420, "Medicare-\nApproved\nAmount", "r"),
            (488, "Amount\nMedicare\nPaid", "r"), (548, "Maximum\nYou May\nBe Billed", "r"), (554, "See\nNotes", "l")]

    def colhead(y):
        doc.font(6.8, True)
        for x, h, a in cols:
            for i, part in enumerate(h.split("\n")):
                doc.text(x, y + i * 8, part, a)
        doc.line(40, y + 19, 572, y + 19, 1.0)
        doc.font(7.8, False)
        return y + 30

    flow = Flow(doc, header, 730, footer)
    printed = ("billed", "allowed", "paid", "patient_owes")
    for cid, prov, svcs in claims:
        for s in svcs:
            medicare(s, st)
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A", "D"])
        c = r.claim(None, cid, ben)
        tot = set_totals(c, svcs, printed)

        def head(cont=False, cid=cid, prov=prov, svcs=svcs):
            doc.font(8.5, True)
            doc.text(40, flow.y, f"{dfmt(svcs[0].dos, 'mon')}" + ("  (continued)" if cont else ""))
            doc.font(7.5, False)
            doc.text(40, flow.y + 11, prov)
            doc.text(40, flow.y + 21, f"Claim number {cid}")
            flow.y = colhead(flow.y + 34)

        flow.need(64)
        head()
        for s in svcs:
            flow.need(22, cont=lambda: head(True))
            y = flow.y
            wording = f"{s.desc} ({s.code})"
            lines = wrap(doc, wording, 205)
            for i, ln in enumerate(lines):
                doc.text(40, y + i * 9, ln)
            yes = "No" if s.denied else "Yes"
            ya = y + 9 * (len(lines) - 1)  # figures sit on the line that ends with the billing code
            doc.text(266, ya, yes, "c")
            for (x, _, a), k in zip(cols[2:6], printed):
                doc.text(x, ya, m_dollar(getattr(s, ATTR.get(k, k))), a)
            doc.text(554, ya, ", ".join(s.remarks))
            r.svc(doc.page, s, c, printed, units=False, mods=False, remarks=s.remarks, date_on_row=False,
                  code_tok=f"({s.code})")
            flow.y += 9 * len(lines) + 6
        flow.need(16)
        doc.line(230, flow.y - 8, 572, flow.y - 8)
        doc.font(7.8, True)
        doc.text(40, flow.y, "Total for this claim")
        for (x, _, a), k in zip(cols[2:6], printed):
            doc.text(x, flow.y, m_dollar(tot[k]), a)
        flow.y += 26
    flow.need(70)
    doc.text(40, flow.y, "Notes for Claims Above", size=9.5, bold=True)
    doc.font(7.5, False)
    for i, (k, v) in enumerate(notes.items()):
        doc.text(40, flow.y + 13 + 10 * i, f"{k}  {v}")
    footer(doc)
    pages = doc.save()
    r.write(pdf, pages)
    r.span_expected = True
    return r


# =============================================================================================== s4
def s4(out: Path) -> Rec:
    r = Rec("s4_medicare_advantage_member_eob", "reportlab",
            "Medicare Advantage PPO member EOB, landscape DejaVu Serif Condensed, dark claim bands, ruled table, "
            "separate Code and Qty columns, a not-covered line, header repeated after the page break.",
            m_dollar, dstyle="mdy4")
    pdf = out / (r.name + ".pdf")
    doc = Doc(pdf, "reportlab", "DejaVuSerifCondensed", landscape=True)
    member = "Leopold Marchetti-Haas"
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"))
    data = [
        ("A26-0004417-02", "Birchfield Hand & Upper Limb Clinic",
         [Svc(D(2026, 2, 2), "97165", 1, ("GO",)), Svc(D(2026, 2, 2), "97760", 2, ("GO",)),
          Svc(D(2026, 2, 2), "L3807", 1, ("LT",))]),
        ("A26-0004790-01", "Maple Terrace Family Medicine",
         [Svc(D(2026, 2, 10), "99213", 1, ()), Svc(D(2026, 2, 10), "0552T", 1, (), denied="PR")]),
        ("A26-0004562-01", "Birchfield Hand & Upper Limb Clinic",
         [Svc(D(2026, 2, d), c, u, ("GO", "CO") if c == "97110" else ("GO",))
          for d in (4, 6, 9, 11, 13, 16, 18, 20, 23, 25, 27)
          for c, u in (("97110", 2), ("97140", 1))]),
    ]
    r.legend = [("1", "Your plan set this amount; the network provider agreed to it."),
                ("2", "Assistant-delivered therapy is paid at a reduced rate."),
                ("3", "Not covered by your plan. Ask us for a coverage decision if you disagree.")]
    cols = [(40, "Date", "l"), (98, "Service", "l"), (300, "Code", "l"), (380, "Qty", "r"),
            (470, "Provider's charge", "r"), (570, "Plan's approved amount", "r"), (650, "Plan's share", "r"),
            (720, "Your share", "r"), (730, "Notes", "l")]
    printed = ("billed", "allowed", "paid", "patient_owes")

    def header(d):
        d.text(40, 36, "Evergreen Crest Medicare Advantage (PPO)", size=13, bold=True)
        d.text(40, 49, "Explanation of Benefits for Medicare Part C medical services - February 2026", size=8.5,
               bold=False)
        d.text(752, 36, f"Page {d.page}", "r", size=8)
        d.text(752, 49, f"Member: {member}   Member ID E7K-224-9081", "r", size=8)
        if d.page == 1:
            d.rect(40, 62, 340, 46)
            d.rect(392, 62, 360, 46, fill=0.93)
            d.font(8)
            d.text(48, 76, "Total this month: charged $3,004.00   plan's share and your share below")
            d.text(48, 88, "Maximum out-of-pocket: $824.55 of $4,900.00 met so far in 2026")
            d.text(48, 100, "Have questions? Call 1-877-555-0139 (TTY 711), 8 a.m.-8 p.m.")
            d.text(400, 76, "This is not a bill. You may get a separate bill from your provider", bold=True)
            d.text(400, 88, "for the amount in Your share.", bold=False)
            d.text(40, 128, "Claims we processed for you", size=11, bold=True)
            y = 140
        else:
            y = 66
        return y

    def colhead(y):
        doc.font(7.2, True)
        for x, h, a in cols:
            doc.text(x, y, h, a)
        doc.line(40, y + 4, 752, y + 4, 0.8)
        doc.font(7.6, False)
        return y + 15

    flow = Flow(doc, header, 560)
    for cid, prov, svcs in data:
        for s in svcs:
            medicare(s, st, sequestration=False)
            if "CO" in s.mods:
                s.allowed = q(s.allowed * Decimal("0.85"))
                s.coinsurance = q(s.allowed * Decimal("0.20"))
                s.paid = s.allowed - s.coinsurance
                s.owes = s.coinsurance
            s.remarks = ["3"] if s.denied else (["1", "2"] if "CO" in s.mods else ["1"])
        c = r.claim(None, cid, member)
        tot = set_totals(c, svcs, printed)

        def band(cont=False, cid=cid, prov=prov):
            doc.rect(40, flow.y, 712, 16, fill=0.25)
            if doc.producer == "reportlab":
                doc.c.setFillGray(1)
            doc.text(46, flow.y + 11, f"Claim number {cid}   {prov}" + ("   (continued)" if cont else ""),
                     size=8, bold=True)
            if doc.producer == "reportlab":
                doc.c.setFillGray(0)
            flow.y = colhead(flow.y + 28)

        flow.need(70)
        band()
        for s in svcs:
            flow.need(12, cont=lambda: band(True))
            y = flow.y
            vals = [dfmt(s.dos, "mdy4"), s.desc[:40], " ".join((s.code,) + s.mods), units_str(s.units)]
            vals += [m_dollar(getattr(s, ATTR.get(k, k))) for k in printed] + [", ".join(s.remarks)]
            doc.font(7.6)
            for (x, _, a), v in zip(cols, vals):
                doc.text(x, y, v, a)
            doc.line(40, y + 3.5, 752, y + 3.5, 0.2)
            r.svc(doc.page, s, c, printed, remarks=s.remarks)
            flow.y += 12
        flow.need(14)
        doc.font(7.6, True)
        doc.text(98, flow.y, "Claim total")
        for (x, _, a), k in zip(cols[4:8], printed):
            doc.text(x, flow.y, m_dollar(tot[k]), a)
        flow.y += 24
    flow.need(50)
    doc.text(40, flow.y, "Notes", size=9, bold=True)
    doc.font(7.5, False)
    for i, (k, v) in enumerate(r.legend):
        doc.text(40, flow.y + 12 + 10 * i, f"{k}  {v}")
    pages = doc.save()
    r.write(pdf, pages)
    r.span_expected = True
    return r


# =============================================================================================== s5
def s5(out: Path) -> Rec:
    def adjfmt(g, c):
        return f"{g}{c}"

    r = Rec("s5_medicaid_ra_mono", "reportlab",
            "State Medicaid RA, landscape Liberation Mono mainframe print, PAID/DENIED sections, claim header line "
            "with recipient/ICN/patient account, detail lines MMDDYY from/to, MOD1 MOD2, ADJ CO45 + amount, EOB "
            "codes, a claim continuing on page 2 with banner and headings repeated.", m_plain, dstyle="mdy6",
            adjfmt=adjfmt)
    r.all_adjs = True
    pdf = out / (r.name + ".pdf")
    doc = Doc(pdf, "reportlab", "LiberationMono", landscape=True)
    prov = ("KESTREL POINT THERAPY GROUP", "NPI 1720399481", "PROV ID 004418820")
    paid = [
        ("TALLWATER, BRIELLE N", "RX40211907", "1526030004417", "KPT55021",
         [Svc(D(2026, 1, 5), "97530", 3, ("GO", "U1")), Svc(D(2026, 1, 5), "97535", 1, ("GO",))]),
        ("TALLWATER, CASSIUS J", "RX40211915", "1526030004425", "KPT55029",
         [Svc(D(2026, 1, d), c, u, ("GN",)) for d in (6, 8, 9, 13, 15, 16, 20, 22, 23, 27, 29, 30)
          for c, u in (("92507", 1),)]
         + [Svc(D(2026, 1, 6), "92526", 1, ("GN",))]),
        ("ABERNATHY, LUIS", "RX39904410", "1526030004433", "KPT55040",
         [Svc(D(2026, 1, d), c, u, ("GP", "U1") if c == "97110" else ("GP",)) for d in (7, 9, 12, 14, 16, 19, 21, 23)
          for c, u in (("97110", 2), ("97112", 1), ("97140", 1))]),
    ]
    paid.insert(2, ("MBEKI-LARSSON, DANICA", "RX41002285", "1526030004458", "KPT55063",
                 [Svc(D(2026, 1, d), c, u, ("GO",)) for d in (5, 7, 12, 14, 19, 21, 26, 28)
                  for c, u in (("97530", 2), ("97535", 1))]))
    denied = [
        ("FENWICK, ODESSA", "RX41100032", "1526030004441", "KPT55077",
         [Svc(D(2026, 1, 12), "97168", 1, ("GO",), denied="CO"), Svc(D(2026, 1, 12), "97530", 2, ("GO",),
                                                                     denied="CO")]),
    ]

    def header(d):
        d.font(7.4)
        d.text(30, 28, "DEPARTMENT OF HEALTH SERVICES - STATE OF WESTMARCH            MEDICAL ASSISTANCE PROGRAM")
        d.text(30, 38, f"REMITTANCE ADVICE          RA NUMBER 0004471902     RUN DATE 02/06/26     PAGE {d.page:>4}")
        d.text(30, 48, f"PAYEE: {prov[0]}   {prov[1]}   {prov[2]}")
        d.line(30, 53, 762, 53)
        return 66

    H1 = "RECIP NAME                 RECIP ID     ICN            PAT ACCT    CLAIM STATUS"
    H2 = "    LN FROM   TO     PROC  MOD1 MOD2 UNITS     BILLED    ALLOWED       PAID  ADJ     ADJ AMT  EOB"

    flow = Flow(doc, header, 575)

    def section(title, items, status):
        flow.need(60)
        doc.font(7.4, True)
        doc.text(30, flow.y, f"*** {title} ***")
        flow.y += 14
        doc.font(7.4, False)
        doc.text(30, flow.y, H1)
        doc.text(30, flow.y + 10, H2)
        doc.line(30, flow.y + 14, 762, flow.y + 14)
        flow.y += 26
        for name, rid, icn, acct, svcs in items:
            for s in svcs:
                medicaid(s, deny_reason="96")
                s.remarks = ["0931"] if s.denied else (["0102"] if s.discount else ["0100"])
            c = r.claim(acct, icn, name)
            tot = set_totals(c, svcs, ("billed", "allowed", "paid"))

            def chead(cont=False, name=name, rid=rid, icn=icn, acct=acct):
                doc.font(7.4, False)
                doc.text(30, flow.y, f"{name:<26} {rid:<12} {icn:<14} {acct:<11} {status}"
                         + ("  CONTINUED" if cont else ""))
                flow.y += 11

            def contfn():
                doc.text(30, flow.y, H1)
                doc.text(30, flow.y + 10, H2)
                doc.line(30, flow.y + 14, 762, flow.y + 14)
                flow.y += 26
                chead(True)

            flow.need(22)
            chead()
            for i, s in enumerate(svcs, 1):
                flow.need(11, cont=contfn)
                m = list(s.mods) + ["", ""]
                a = s.adjs[0] if s.adjs else None
                adj = f"{a[0]}{a[1]}" if a else ""
                adjamt = m_plain(a[2]) if a else ""
                line = (f"    {i:>2} {dfmt(s.dos, 'mdy6')} {dfmt(s.dos, 'mdy6')} {s.code:<5} {m[0]:<4} {m[1]:<4} "
                        f"{units_str(s.units):>5} {m_plain(s.billed):>10} {m_plain(s.allowed):>10} "
                        f"{m_plain(s.paid):>10}  {adj:<6}{adjamt:>8}  {s.remarks[0]}")
                doc.text(30, flow.y, line)
                r.svc(doc.page, s, c, ("billed", "allowed", "paid"), adjs=s.adjs, remarks=s.remarks)
                flow.y += 10
            flow.need(12)
            doc.text(30, flow.y, f"    CLAIM TOTAL{'':>24}{m_plain(tot['billed']):>10} {m_plain(tot['allowed']):>10} "
                     f"{m_plain(tot['paid']):>10}")
            flow.y += 16

    section("PAID CLAIMS", paid, "PAID")
    section("DENIED CLAIMS", denied, "DENIED")
    flow.need(60)
    doc.text(30, flow.y, "EOB CODE MESSAGES")
    msgs = [("0100", "PAID IN FULL AT THE PROGRAM RATE"), ("0102", "PAID AT THE MAXIMUM FEE FOR THIS PROCEDURE"),
            ("0931", "RE-EVALUATION AND TREATMENT NOT PAYABLE WITHOUT A CURRENT PRIOR AUTHORIZATION")]
    r.legend = msgs
    for i, (k, v) in enumerate(msgs):
        doc.text(30, flow.y + 10 * (i + 1), f"{k}  {v}")
    pages = doc.save()
    r.write(pdf, pages)
    r.span_expected = True
    return r


# =============================================================================================== s6
def s6(out: Path) -> Rec:
    def mp(d):
        return money(d, "$", "()")

    r = Rec("s6_medicaid_portal_ra_boxed", "fpdf2",
            "State Medicaid provider portal RA, portrait Liberation Sans Narrow, boxed member panels, service date "
            "ranges, units with two decimals, a void in parentheses and its replacement, CARC/RARC per line.",
            mp, ufmt=lambda u: f"{u:.2f}", dstyle="mdy4")
    r.all_adjs = True
    pdf = out / (r.name + ".pdf")
    doc = Doc(pdf, "fpdf2", "LiberationSansNarrow")
    orig = Svc(D(2025, 12, 1), "97530", 8, ("GO",), end=D(2025, 12, 12))
    medicaid(orig)
    void = negate(orig)
    repl = Svc(D(2025, 12, 1), "97530", 10, ("GO",), end=D(2025, 12, 12))
    medicaid(repl)
    items = [
        ("HOLLOWAY, NAOMI", "M00873341", "6026036001120", "SPR-1187",
         [Svc(D(2026, 1, 5), "97110", 4, ("GP",), end=D(2026, 1, 16)), Svc(D(2026, 1, 5), "97140", 3, ("GP",),
                                                                          end=D(2026, 1, 16))], "Paid"),
        ("HOLLOWAY, ISAIAH", "M00873358", "6026036001138", "SPR-1190",
         [Svc(D(2026, 1, 6), "92507", 4, ("GN",), end=D(2026, 1, 27)), Svc(D(2026, 1, 6), "92523", 1, ("GN",))],
         "Paid"),
        ("DRUMMOND, KEZIAH", "M00911206", "6026036001146", "SPR-1074", [void], "Voided"),
        ("DRUMMOND, KEZIAH", "M00911206", "6026036001153", "SPR-1074", [repl], "Adjusted - Paid"),
        ("PELLETIER, ANSEL", "M00920017", "6026036001161", "SPR-1203",
         [Svc(D(2026, 1, 8), "97166", 1, ("GO",)), Svc(D(2026, 1, 8), "97129", 2, ("GO",), denied="CO")], "Paid"),
    ]
    for it in items:
        for s in it[4]:
            if s is void or s is repl:
                continue
            medicaid(s, deny_reason="16")
            if s.denied:
                s.remarks = ["M51"]
    repl.remarks = ["N362"]
    r.legend = [("CO-45", "Charge above the program's maximum allowance"), ("CO-16", "Claim lacks information"),
                ("M51", "Missing or incomplete procedure code"), ("N362", "Units differ from the prior claim")]
    cols = [(44, "Ln", "l"), (60, "Service Dates", "l"), (160, "Proc", "l"), (192, "Mods", "l"),
            (250, "Units", "r"), (310, "Billed", "r"), (366, "Allowed", "r"), (410, "TPL", "r"),
            (456, "Paid", "r"), (464, "CARC", "l"), (530, "Adj Amt", "r"), (540, "RARC", "l")]

    def header(d):
        d.rect(36, 28, 540, 40, fill=0.9)
        d.text(44, 44, "Eastmarch Medical Assistance - Provider Portal", size=12, bold=True)
        d.text(44, 58, "Remittance Advice  |  Professional  |  Payment 02/09/2026  |  EFT 0000917724", size=8,
               bold=False)
        d.text(568, 44, f"Page {d.page}", "r", size=8)
        d.text(44, 82, "Payee: Sparrowfield Pediatric Rehab LLC   NPI 1558201937   Medicaid ID 7004129", size=8)
        return 100

    flow = Flow(doc, header, 740)
    for name, mid, tcn, pcn, svcs, status in items:
        c = r.claim(pcn, tcn, name)
        tot = set_totals(c, svcs, ("billed", "allowed", "paid"))
        h = 52 + 13 * len(svcs)
        flow.need(h)
        y0 = flow.y
        doc.rect(36, y0, 540, 24, fill=0.96)
        doc.font(7.8, True)
        doc.text(44, y0 + 10, f"Member: {name}")
        doc.text(210, y0 + 10, f"Member ID: {mid}")
        doc.text(340, y0 + 10, f"TCN: {tcn}")
        doc.font(7.4, False)
        doc.text(44, y0 + 20, f"Patient Control No.: {pcn}")
        doc.text(210, y0 + 20, f"Claim Status: {status}")
        doc.text(340, y0 + 20, "Billing NPI 1558201937")
        y = y0 + 36
        doc.font(7.2, True)
        for x, hh, a in cols:
            doc.text(x, y, hh, a)
        doc.line(36, y + 3, 576, y + 3)
        y += 13
        doc.font(7.4, False)
        for i, s in enumerate(svcs, 1):
            rng = f"{dfmt(s.dos, 'mdy4')}-{dfmt(s.end, 'mdy4')}" if s.end else dfmt(s.dos, "mdy4")
            a = s.adjs[0] if s.adjs else None
            vals = [str(i), rng, s.code, " ".join(s.mods), f"{s.units:.2f}", mp(s.billed), mp(s.allowed),
                    mp(ZERO), mp(s.paid), f"{a[0]}-{a[1]}" if a else "", mp(a[2]) if a else "",
                    " ".join(s.remarks)]
            for (x, _, al), v in zip(cols, vals):
                doc.text(x, y, v, al)
            r.svc(doc.page, s, c, ("billed", "allowed", "paid"), adjs=s.adjs, remarks=s.remarks, end=s.end)
            y += 13
        doc.font(7.4, True)
        doc.text(160, y, "Claim Totals")
        for k, x in (("billed", 310), ("allowed", 366), ("paid", 456)):
            doc.text(x, y, mp(tot[k]), "r")
        doc.rect(36, y0, 540, y - y0 + 6)
        flow.y = y + 22
    flow.need(60)
    doc.text(44, flow.y, "Adjustment and remark code descriptions", size=8.5, bold=True)
    doc.font(7.4, False)
    for i, (k, v) in enumerate(r.legend):
        doc.text(44, flow.y + 12 + 10 * i, f"{k}: {v}")
    pages = doc.save()
    r.write(pdf, pages)
    return r


# =============================================================================================== s7
def s7(out: Path) -> Rec:
    r = Rec("s7_spr_clearinghouse_mono", "fpdf2",
            "Medicare-style standard paper remit rendered by a clearinghouse, DejaVu Sans Mono: NAME/MID/ACNT/ICN "
            "head, MMDD MMDDYY dates, PROC MODS, GRP/RC-AMT with extra groups on following lines, CLAIM TOTALS, "
            "a claim continuing on the next page.", m_plain, dstyle="mdy6")
    r.all_adjs = True
    pdf = out / (r.name + ".pdf")
    doc = Doc(pdf, "fpdf2", "DejaVuSansMono")
    st = PlanState(ded_left=Decimal("60.00"))
    data = [
        ("QUILLFEATHER, ELIAS", "4TK7-WP2-MM19", "FTH2601-0331", "2226028143210",
         [Svc(D(2026, 1, 8), "97161", 1, ("GP",)), Svc(D(2026, 1, 8), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 8), "97140", 1, ("GP",))]),
        ("ROSSITER, MAEVE", "7JQ2-HD5-NA40", "FTH2601-0347", "2226028143228",
         [Svc(D(2026, 1, d), c, u, ("GP", "KX")) for d in (12, 14, 19, 21, 26, 28) for c, u in
          (("97110", 2), ("97112", 1))]),
        ("VANTERPOOL, GRETA", "9MC3-RT7-AB52", "FTH2601-0355", "2226028143244",
         [Svc(D(2026, 1, d), c, u, ("GP",)) for d in (13, 15, 20, 22, 27, 29) for c, u in
          (("97140", 1), ("97530", 1))]),
        ("OYELARAN, TOBIAS", "2XR5-KL8-PE66", "FTH2601-0362", "2226028143236",
         [Svc(D(2026, 1, 15), "97530", 2, ("GP", "CQ")), Svc(D(2026, 1, 15), "97116", 1, ("GP", "CQ")),
          Svc(D(2026, 1, 15), "97150", 1, ("GP",), denied="CO")]),
    ]

    def header(d):
        d.font(7.2)
        d.text(28, 26, "ClaimBridge Exchange  -  ERA-to-paper remittance view (835 rendered)      "
                       f"page {d.page}")
        d.line(28, 30, 584, 30)
        d.font(7.0)
        d.text(28, 42, "NORTHGATE MEDICARE PART B CONTRACTOR        MEDICARE REMITTANCE ADVICE   (JURIS J22)")
        d.text(28, 52, "FERNHOLLOW THERAPY ASSOC        PROVIDER # 1962215540   CHECK/EFT # 000884120913")
        d.text(28, 62, "41 CANAL ST  WENDOVER KS 66990  PAGE # " + f"{d.page}   DATE 02/10/26")
        d.text(28, 78, "PERF PROV   SERV DATE      POS NOS  PROC  MODS     BILLED   ALLOWED  DEDUCT   COINS  "
                       "GRP/RC-AMT    PROV PD")
        d.line(28, 82, 584, 82)
        return 96

    flow = Flow(doc, header, 750)
    for name, mid, acnt, icn, svcs in data:
        for s in svcs:
            medicare(s, st, deny_reason="170")
        c = r.claim(acnt, icn, name)
        tot = set_totals(c, svcs, ("billed", "allowed", "paid"))
        ded = sum((s.deductible for s in svcs), ZERO)
        coins = sum((s.coinsurance for s in svcs), ZERO)

        def chead(cont=False, name=name, mid=mid, acnt=acnt, icn=icn):
            doc.text(28, flow.y, f"NAME {name:<22} MID {mid}  ACNT {acnt}  ICN {icn}  ASG Y  MOA MA01"
                     + (" (CONT)" if cont else ""))
            flow.y += 11

        flow.need(50)
        chead()
        for s in svcs:
            rows = 1 + max(0, len(s.adjs) - 1)
            flow.need(10 * rows, cont=lambda: chead(True))
            a0 = s.adjs[0]
            line = (f"1962215540 {s.dos:%m%d} {s.dos:%m%d%y} 11  {units_str(s.units):>3} {s.code} "
                    f"{' '.join(s.mods):<7} {m_plain(s.billed):>8} {m_plain(s.allowed):>8} "
                    f"{m_plain(s.deductible):>7} {m_plain(s.coinsurance):>7} {a0[0]}-{a0[1]:<4}{m_plain(a0[2]):>8} "
                    f"{m_plain(s.paid):>8}")
            doc.text(28, flow.y, line)
            col = line.index(f"{a0[0]}-{a0[1]}")
            for g, rc, a in s.adjs[1:]:
                flow.y += 10
                doc.text(28, flow.y, " " * col + f"{g}-{rc:<4}{m_plain(a):>8}")
            r.svc(doc.page, s, c, ("billed", "allowed", "deductible", "coinsurance", "paid"), adjs=s.adjs,
                  date_on_row=True)
            flow.y += 11
        flow.need(34)
        doc.text(28, flow.y, f"PT RESP {m_plain(ded + coins):>9}{'':<14}CLAIM TOTALS {m_plain(tot['billed']):>12} "
                 f"{m_plain(tot['allowed']):>8} {m_plain(ded):>7} {m_plain(coins):>7}{'':>14}"
                 f"{m_plain(tot['paid']):>9}")
        doc.text(28, flow.y + 10, f"{'':<55}NET {m_plain(tot['paid']):>40}")
        flow.y += 26
    flow.need(40)
    doc.text(28, flow.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES")
    r.legend = [("CO", "Contractual obligation"), ("PR", "Patient responsibility"),
                ("MA01", "Appeal rights notice")]
    for i, (k, v) in enumerate(r.legend):
        doc.text(28, flow.y + 10 * (i + 1), f"{k:<6}{v}")
    pages = doc.save()
    r.write(pdf, pages)
    r.span_expected = True
    return r


# =============================================================================================== s8
def s8(out: Path) -> Rec:
    r = Rec("s8_pm_era_posting_detail", "reportlab",
            "Practice-management ERA posting detail, landscape Liberation Sans Narrow, ids on a claim's first row "
            "only, adjustment code+amount columns, per-claim subtotals, a claim continuing across pages.",
            m_plain, dstyle="mdy2", adjfmt=lambda g, c: f"{g}-{c}")
    r.all_adjs = True
    pdf = out / (r.name + ".pdf")
    doc = Doc(pdf, "reportlab", "LiberationSansNarrow", landscape=True)
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    data = [
        ("Yarborough, Tess", "AC-30018", "7710290031", [Svc(D(2026, 1, 5), "97167", 1, ("GO",)),
                                                        Svc(D(2026, 1, 5), "97530", 2, ("GO",))]),
        ("Quintero, Ada", "AC-30042", "7710290058",
         [Svc(D(2026, 1, d), c, u, ("GO",)) for d in (6, 7, 8, 9, 12, 13, 14, 15, 16, 20, 21, 22, 23, 27, 28, 29, 30)
          for c, u in (("97530", 2), ("97535", 1))]),
        ("Haverford, Juno", "AC-30061", "7710290066",
         [Svc(D(2026, 1, d), c, u, ("GO",)) for d in (5, 7, 12, 14, 19, 21, 26, 28)
          for c, u in (("97530", 2), ("97140", 1))]),
        ("Lindqvist-Moe, Frey", "AC-30077", "7710290074", [Svc(D(2026, 1, 9), "97168", 1, ("GO",)),
                                                           Svc(D(2026, 1, 9), "97760", 2, ("GO",)),
                                                           Svc(D(2026, 1, 9), "97129", 1, ("GO",), denied="CO")]),
    ]
    cols = [(30, "Patient", "l"), (112, "Acct #", "l"), (156, "Payer ICN", "l"), (206, "DOS", "l"),
            (246, "CPT", "l"), (276, "Mod", "l"), (318, "Units", "r"), (368, "Charge", "r"), (418, "Allowed", "r"),
            (462, "Deduct", "r"), (504, "Coins", "r"), (512, "Adj Code", "l"), (586, "Adj Amt", "r"),
            (594, "Adj Code", "l"), (666, "Adj Amt", "r"), (712, "Paid", "r"), (760, "Pt Resp", "r")]

    def header(d):
        d.text(30, 30, "TheraDesk Practice Manager", size=12, bold=True)
        d.text(30, 42, "ERA Posting Detail  -  Juniper Valley Health Plan  -  EFT TRN 1T20260211004417  -  "
               "Deposit 02/11/26", size=8, bold=False)
        d.text(760, 30, f"Page {d.page}", "r", size=8)
        d.text(760, 42, "Practice: Pinecrest Occupational Therapy  Tax ID 84-2203917", "r", size=8)
        d.font(7, True)
        for x, h, a in cols:
            d.text(x, 62, h, a)
        d.line(30, 66, 760, 66)
        d.font(7.2, False)
        return 78

    flow = Flow(doc, header, 570, lambda d: d.text(30, 592, "Printed 02/11/26 by billing3", size=6.5))
    for pat, acct, icn, svcs in data:
        for s in svcs:
            commercial(s, st, deny_reason="197")
        c = r.claim(acct, icn, pat)
        tot = set_totals(c, svcs, ("billed", "allowed", "paid", "patient_owes"))
        flow.need(40)
        first = True
        for s in svcs:
            if flow.need(11):
                first = True
            adj = list(s.adjs) + [("", "", None)] * 2
            vals = [pat if first else "", acct if first else "", icn if first else "", dfmt(s.dos, "mdy2"),
                    s.code, " ".join(s.mods), units_str(s.units), m_plain(s.billed), m_plain(s.allowed),
                    m_plain(s.deductible), m_plain(s.coinsurance),
                    f"{adj[0][0]}-{adj[0][1]}" if adj[0][0] else "", m_plain(adj[0][2]) if adj[0][0] else "",
                    f"{adj[1][0]}-{adj[1][1]}" if adj[1][0] else "", m_plain(adj[1][2]) if adj[1][0] else "",
                    m_plain(s.paid), m_plain(s.owes)]
            doc.font(7.2)
            for (x, _, a), v in zip(cols, vals):
                if x == 30 and not v:
                    continue
                doc.text(x, flow.y, v, a)
            r.svc(doc.page, s, c, ("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                  adjs=s.adjs)
            first = False
            flow.y += 11
        flow.need(16)
        doc.line(330, flow.y - 8, 760, flow.y - 8, 0.3)
        doc.font(7.2, True)
        doc.text(246, flow.y, "Claim subtotal")
        for k, x in (("billed", 368), ("allowed", 418), ("paid", 712), ("patient_owes", 760)):
            doc.text(x, flow.y, m_plain(tot[k]), "r")
        flow.y += 18
    doc.text(30, 592, "Printed 02/11/26 by billing3", size=6.5, bold=False)
    pages = doc.save()
    r.write(pdf, pages)
    r.span_expected = True
    return r


# =============================================================================================== s9
def s9(out: Path) -> Rec:
    r = Rec("s9_clinic_family_statement", "reportlab",
            "Therapy clinic family statement to a guarantor, DejaVu Sans, remittance stub at top, visit rows by "
            "child with visit and insurer claim numbers, Charges / Ins Paid / Ins Adj / Balance, patient payments, "
            "aging box.", m_plain, dstyle="mdyn")
    pdf = out / (r.name + ".pdf")
    doc = Doc(pdf, "reportlab", "DejaVuSans")
    st = PlanState(ded_left=Decimal("80.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    kids = ("Wren Castellanos", "Beckett Castellanos", "Ivy Castellanos")
    visits = [
        (kids[0], "V-118204", "TRX9920415", [Svc(D(2026, 1, 6), "97165", 1, ("GO",)),
                                            Svc(D(2026, 1, 6), "97530", 2, ("GO",))]),
        (kids[1], "V-118231", "TRX9920433", [Svc(D(2026, 1, 7), "92523", 1, ("GN",))]),
        (kids[0], "V-118290", "TRX9920561", [Svc(D(2026, 1, 13), "97530", 3, ("GO",)),
                                            Svc(D(2026, 1, 13), "97535", 1, ("GO",))]),
        (kids[2], "V-118302", "TRX9920588", [Svc(D(2026, 1, 14), "97161", 1, ("GP",)),
                                            Svc(D(2026, 1, 14), "97112", 1, ("GP", "59")),
                                            Svc(D(2026, 1, 14), "97110", 1, ("GP",))]),
        (kids[1], "V-118340", "TRX9920612", [Svc(D(2026, 1, 21), "92507", 1, ("GN",))]),
        (kids[0], "V-118377", "TRX9920650", [Svc(D(2026, 1, 27), "97530", 2, ("GO",)),
                                            Svc(D(2026, 1, 27), "97140", 1, ("GO",))]),
        (kids[2], "V-118391", "TRX9920677", [Svc(D(2026, 1, 28), "97110", 2, ("GP",)),
                                            Svc(D(2026, 1, 28), "97116", 1, ("GP",))]),
    ]
    cols = [(36, "Date", "l"), (82, "Code", "l"), (144, "Description", "l"), (300, "Units", "r"),
            (356, "Charges", "r"), (410, "Ins Paid", "r"), (462, "Ins Adj", "r"), (514, "Pt Paid", "r"),
            (576, "Balance", "r")]

    def header(d):
        d.text(36, 40, "Tidewater Kids Therapy", size=14, bold=True)
        d.text(36, 52, "OT | PT | Speech   -   505 Gannet Ave, Suite 2, Brightmoor, NC 28590   (910) 555-0188",
               size=7.5, bold=False)
        d.text(576, 40, f"Page {d.page}", "r", size=8)
        if d.page == 1:
            d.rect(330, 62, 246, 74)
            d.font(7.5)
            for i, (a, b) in enumerate((("Statement date", "2/12/2026"), ("Guarantor account", "G-40772"),
                                        ("Amount due", "see below"), ("Due by", "3/5/2026"),
                                        ("Amount enclosed", "$__________"))):
                d.text(338, 75 + i * 12, a)
                d.text(570, 75 + i * 12, b, "r")
            for i, s in enumerate(("Daniela Castellanos", "86 Sound View Dr", "Brightmoor, NC 28590")):
                d.text(36, 80 + i * 11, s, size=8.5)
            d.text(36, 128, "Please detach the top portion and return it with your payment.", size=7)
            d.line(36, 144, 576, 144)
            d.text(36, 160, "Account activity for Daniela Castellanos (guarantor)", size=9.5, bold=True)
            y = 176
        else:
            d.text(36, 70, "Guarantor account G-40772 (continued)", size=8, bold=True)
            y = 84
        d.font(7.2, True)
        for x, h, a in cols:
            d.text(x, y, h, a)
        d.line(36, y + 4, 576, y + 4)
        d.font(7.4, False)
        return y + 16

    flow = Flow(doc, header, 700)
    bal = Decimal("35.00")
    flow.need(20)
    doc.text(132, flow.y, "Previous balance")
    doc.text(576, flow.y, m_plain(bal), "r")
    flow.y += 14
    printed = ("billed", "paid", "patient_owes")
    for pat, visit, clm, svcs in visits:
        for s in svcs:
            commercial(s, st)
        c = r.claim(visit, clm, pat)
        c["totals"] = claim_totals()
        flow.need(14 + 11 * len(svcs))
        doc.font(7.4, True)
        doc.text(36, flow.y, f"{pat}  -  Visit {visit}  -  Insurance claim {clm}  -  Atlas Mutual PPO")
        flow.y += 12
        doc.font(7.4, False)
        for s in svcs:
            adj = s.billed - s.paid - s.owes
            bal += s.owes
            vals = [dfmt(s.dos, "mdyn"), " ".join((s.code,) + s.mods), s.desc[:27], units_str(s.units),
                    m_plain(s.billed), m_plain(s.paid), m_plain(adj), "", m_plain(s.owes)]
            for (x, _, a), v in zip(cols, vals):
                doc.text(x, flow.y, v, a)
            r.svc(doc.page, s, c, printed)
            flow.y += 11
        flow.y += 3
    for dt, amt_ in ((D(2026, 1, 30), Decimal("35.00")), (D(2026, 2, 4), Decimal("50.00"))):
        flow.need(12)
        bal -= amt_
        doc.text(36, flow.y, dfmt(dt, "mdyn"))
        doc.text(132, flow.y, "Patient payment - thank you (card)")
        doc.text(514, flow.y, m_plain(-amt_), "r")
        flow.y += 12
    flow.need(70)
    doc.line(36, flow.y, 576, flow.y)
    doc.text(400, flow.y + 14, "Amount due", size=9, bold=True)
    doc.text(576, flow.y + 14, m_plain(bal), "r")
    ay = flow.y + 28
    doc.font(7, False)
    for i, (a, b) in enumerate((("Current", m_plain(bal)), ("31-60 days", "0.00"), ("61-90 days", "0.00"),
                                ("Over 90", "0.00"))):
        doc.rect(36 + i * 90, ay, 90, 26)
        doc.text(42 + i * 90, ay + 10, a)
        doc.text(120 + i * 90, ay + 21, b, "r")
    doc.text(36, ay + 44, "Insurance amounts reflect what Atlas Mutual PPO reported. Balance = charges less "
             "insurance payments and adjustments.", size=6.8)
    pages = doc.save()
    r.write(pdf, pages)
    return r


# =============================================================================================== s10
def s10(out: Path) -> Rec:
    r = Rec("s10_hospital_family_statement", "fpdf2",
            "Hospital family statement, Liberation Serif: two accounts (mother and child), itemized charges with "
            "revenue codes and wrapped descriptions, a charge correction as a negative, insurance activity rows.",
            m_plain, dstyle="mdy4")
    pdf = out / (r.name + ".pdf")
    doc = Doc(pdf, "fpdf2", "LiberationSerif")
    rev = {"97110": "0420", "97140": "0420", "97112": "0420", "97530": "0430", "97535": "0430", "97760": "0430",
           "L3807": "0274", "99213": "0510", "97168": "0430", "G0283": "0420"}
    acc = [
        ("Harriet Quennell", "HA-7730914", "BW26-00448120", [
            Svc(D(2026, 1, 5), "99213", 1, ()), Svc(D(2026, 1, 5), "97760", 2, ("GO",), desc=LONG_DESC["97760"]),
            Svc(D(2026, 1, 5), "L3807", 1, ("RT",), desc=LONG_DESC["L3807"]),
            Svc(D(2026, 1, 12), "97140", 1, ("GP",), desc=LONG_DESC["97140"]),
            Svc(D(2026, 1, 12), "97110", 2, ("GP",), desc=LONG_DESC["97110"]),
            Svc(D(2026, 1, 12), "97110", 2, ("GP",), desc="Correction: therapeutic exercises posted twice"),
            Svc(D(2026, 1, 19), "G0283", 1, ("GP",), desc=LONG_DESC["G0283"])]),
        ("Oona Quennell", "HA-7731208", "BW26-00451377", [
            Svc(D(2026, 1, 14), "97168", 1, ("GO",), desc=LONG_DESC["97168"]),
            Svc(D(2026, 1, 14), "97530", 3, ("GO",), desc=LONG_DESC["97530"]),
            Svc(D(2026, 1, 21), "97535", 2, ("GO",), desc=LONG_DESC["97535"]),
            Svc(D(2026, 1, 21), "97112", 1, ("GO", "59"))]),
    ]
    corr = acc[0][3][5]
    corr.billed = -corr.billed
    cols = [(50, "Date", "l"), (104, "Rev", "l"), (134, "CPT/HCPCS", "l"), (200, "Description", "l"),
            (480, "Qty", "r"), (562, "Charges", "r")]

    def header(d):
        d.text(50, 42, "ST. AUDRA COMMUNITY HOSPITAL", size=14, bold=True)
        d.text(50, 55, "Patient Financial Services  -  1 Larkspur Plaza, Wexley, PA 17088  -  (717) 555-0160",
               size=8, bold=False)
        d.text(562, 42, "PATIENT STATEMENT", "r", size=11, bold=True)
        d.text(562, 55, f"Page {d.page}", "r", size=8, bold=False)
        if d.page == 1:
            for i, s in enumerate(("Harriet Quennell", "19 Stonebridge Rd", "Wexley, PA 17088")):
                d.text(50, 86 + i * 12, s, size=9.5)
            d.rect(330, 74, 232, 58, fill=0.94)
            d.font(8.5)
            d.text(338, 88, "Statement date: 02/13/2026")
            d.text(338, 100, "Guarantor: Harriet Quennell")
            d.text(338, 112, "Balance due now: see Summary below")
            d.text(338, 124, "Pay online: staudra.example/pay")
            return 160
        return 76

    flow = Flow(doc, header, 730)
    printed = ("billed",)
    for pat, acct, clm, svcs in acc:
        c = r.claim(acct, clm, pat)
        flow.need(80)
        doc.rect(50, flow.y - 10, 512, 16, fill=0.85)
        doc.text(56, flow.y + 1, f"Patient: {pat}     Account Number: {acct}     Outpatient Rehabilitation", size=9,
                 bold=True)
        flow.y += 18
        doc.font(8, True)
        for x, h, a in cols:
            doc.text(x, flow.y, h, a)
        doc.line(50, flow.y + 3, 562, flow.y + 3)
        flow.y += 14
        doc.font(8.5, False)
        for s in svcs:
            lines = wrap(doc, s.desc, 260)
            flow.need(11 * len(lines) + 2)
            vals = [dfmt(s.dos, "mdy4"), rev[s.code], " ".join((s.code,) + s.mods), lines[0], units_str(s.units),
                    m_plain(s.billed)]
            for (x, _, a), v in zip(cols, vals):
                doc.text(x, flow.y, v, a)
            for i, ln in enumerate(lines[1:], 1):
                doc.text(200, flow.y + 11 * i, ln)
            r.svc(doc.page, s, c, printed)
            flow.y += 11 * len(lines) + 2
        billed = sum((s.billed for s in svcs), ZERO)
        ins = q(billed * Decimal("0.46"))
        adj = q(billed * Decimal("0.38"))
        due = billed - ins - adj
        c["totals"] = claim_totals(billed=billed)
        c["_sums"] = {"billed": str(q(billed))}
        flow.need(60)
        doc.line(400, flow.y - 7, 562, flow.y - 7)
        doc.font(8.5, True)
        doc.text(200, flow.y, "Total charges")
        doc.text(562, flow.y, m_plain(billed), "r")
        doc.font(8.5, False)
        for lab, v in ((f"Insurance payment - Brightwater Health Plan, claim {clm}", -ins),
                       ("Contractual adjustment - Brightwater Health Plan", -adj)):
            flow.y += 12
            doc.text(104, flow.y, "02/02/2026")
            doc.text(200, flow.y, lab)
            doc.text(562, flow.y, m_plain(v), "r")
        flow.y += 14
        doc.text(200, flow.y, "Account balance", bold=True)
        doc.text(562, flow.y, m_plain(due), "r")
        flow.y += 26
    flow.need(40)
    doc.text(50, flow.y, "Financial assistance is available. Ask about payment plans. This is a statement of your "
             "accounts, not an insurance document.", size=7.5, bold=False)
    pages = doc.save()
    r.write(pdf, pages)
    r.span_expected = False
    return r


LAYOUTS = [s1, s2, s3, s4, s5, s6, s7, s8, s9, s10]


# ============================================================================================ check
def _page_lines(pdf: Path) -> list[list[str]]:
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf)) as p:
        for page in p.pages:
            words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
                for row in rows:
                    if abs(row[0] - w["bottom"]) < 2.0:
                        row[1].append(w)
                        break
                else:
                    rows.append([w["bottom"], [w]])
            out.append([" ".join(x["text"] for x in sorted(ws, key=lambda w: w["x0"])) for _, ws in rows])
    return out


def _has(text: str, tok: str) -> bool:
    return re.search(r"(?<![0-9A-Za-z.,])" + re.escape(tok) + r"(?![0-9A-Za-z]|\.\d|,\d)", text) is not None


def check(out: Path, recs: list[Rec]) -> list[str]:
    import json
    errs = []
    for r in recs:
        pdf = out / (r.name + ".pdf")
        truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
        pages = _page_lines(pdf)
        tag = r.name
        if len(pages) != truth["pages"]:
            errs.append(f"{tag}: pages {len(pages)} != truth {truth['pages']}")
        if len(truth["lines"]) < 3 or len(truth["claims"]) < 2:
            errs.append(f"{tag}: too few lines/claims")
        for (page, row, ptoks, s, adjs), t in zip(r.checks, truth["lines"]):
            lines = pages[page - 1]
            ptext = "\n".join(lines)
            if not any(all(_has(ln, tok) for tok in row) for ln in lines):
                errs.append(f"{tag} p{page}: no single text line holds {row}")
            for tok in ptoks:
                if tok not in ptext:
                    errs.append(f"{tag} p{page}: {tok!r} not on page")
            # truth values are the printed ones
            for k in AMTS:
                if t[k] is not None and r.mfmt(Decimal(t[k])) not in row + ptoks:
                    errs.append(f"{tag}: truth {k}={t[k]} not among printed tokens {row}")
            if t["units"] is not None and r.ufmt(Decimal(t["units"])) not in row:
                errs.append(f"{tag}: units {t['units']} not printed on row")
            if t["code"] not in " ".join(row):
                errs.append(f"{tag}: code {t['code']} not on row")
            for m in t["modifiers"]:
                if m not in row:
                    errs.append(f"{tag}: modifier {m} not on row")
            # arithmetic
            if t["allowed"] is not None and t["paid"] is not None and t["deductible"] is not None \
                    and t["coinsurance"] is not None:
                rest = Decimal(t["allowed"]) - Decimal(t["deductible"]) - Decimal(t["coinsurance"]) \
                    - Decimal(t["copay"] or 0)
                if rest != Decimal(t["paid"]) and not (s.seq or "CO" in s.mods):
                    errs.append(f"{tag}: allowed - cost share != paid for {t['code']} {t['service_date']}")
            if r.all_adjs and t["billed"] is not None and t["paid"] is not None:
                adjsum = sum((Decimal(a[2]) for a in t["adjustments"]), Decimal(0))
                if Decimal(t["billed"]) - adjsum != Decimal(t["paid"]):
                    errs.append(f"{tag}: billed - adjustments != paid for {t['code']} {t['service_date']}")
        alltext = "\n".join("\n".join(p) for p in pages)
        for c, rc in zip(truth["claims"], r.claims):
            mine = [ln for ln in truth["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                    and ln["claim_id"] == c["claim_id"]]
            if not mine:
                errs.append(f"{tag}: claim {c['payer_claim_id']} has no lines")
            if len(rc.get("_pages", ())) > 1:
                r._spans = getattr(r, "_spans", 0) + 1
            for k, v in (c.get("totals") or {}).items():
                if v is None:
                    continue
                sm = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal(0))
                planted = any(str(c["payer_claim_id"]) in f for f in truth["expected_findings"])
                if _has(alltext, r.mfmt(Decimal(v))) is False:
                    errs.append(f"{tag}: claim total {k} {v} not printed")
                if (sm != Decimal(v)) != (planted and k == "patient_owes"):
                    errs.append(f"{tag}: claim {c['payer_claim_id']} total {k} {v} vs lines {sm} (planted={planted})")
        if getattr(r, "span_expected", False) and not r.__dict__.get("_spans"):
            errs.append(f"{tag}: expected a claim running across pages, none does")
        for s in truth["lines"]:
            for k in ("patient", "payer_claim_id", "claim_id"):
                if s[k] and s[k] not in alltext:
                    errs.append(f"{tag}: {k} {s[k]} not in document text")
    multi = [r.name for r in recs if r.__dict__.get("_spans")]
    if len(multi) < 3:
        errs.append(f"only {len(multi)} files carry a claim across pages")
    if sum(1 for r in recs if r.producer == "fpdf2") < 2 or sum(1 for r in recs if r.producer == "reportlab") < 2:
        errs.append("need two producers")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout56_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    recs = [f(out) for f in LAYOUTS]
    n = sum(len(r.lines) for r in recs)
    print(f"wrote {len(recs)} PDFs, {n} service lines into {out}")
    if "--check" in argv:
        errs = check(out, recs)
        for e in errs:
            print("CHECK:", e)
        if errs:
            print(f"--check FAILED ({len(errs)} problems)")
            return 1
        print("--check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
