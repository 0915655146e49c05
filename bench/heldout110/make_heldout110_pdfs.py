"""Write the HELD-OUT set 110 of synthetic PDF EOB layouts (with truth files) into a folder: an independent,
one-time measurement of the PDF reader on the five commonest real document kinds, two house styles each.

Run:  python bench/heldout110/make_heldout110_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout110/make_heldout110_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed); claim_id = the provider's own account / patient
control / invoice number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed
(the person who got the service, never the guarantor or plan holder unless the same). Every name, number,
payer, provider, address and ID is invented; descriptions are our own words. Deterministic output
(reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts (kinds: commercial member EOB x2, Medicare Summary Notice / Medicare Advantage EOB x2, state Medicaid
RA x2, Medicare-style paper remit from a clearinghouse / PM system x2, family statement x2):
  k1  commercial PPO member EOB, portrait Liberation Sans: "Your Claims in Detail", per-member claim banner
      (Patient / Claim number / Provider / Patient account), "Amount Billed / Plan Discount / Allowed Amount /
      Not Covered / Deductible / Copay / Coinsurance / Plan Paid / You Owe / Remark", "97530-GO" glued code,
      no units, a denied line, claim rows continue on page 2 under a repeated header, remark legend (reportlab)
  k2  commercial HMO/EPO "Statement of Benefits", landscape DejaVu Serif Condensed: two-line services (date +
      wrapped wording on the first line, "Proc 97110  Mod GP  Svcs 2" on the second), "Charged / Member
      Savings / Ineligible / Plan Allowance / Applied to Deductible / Copayment / Coinsurance / Benefit Paid /
      Member Responsibility / Code", dates "01/05/26", three family members, continuation (fpdf2)
  k3  Medicare Summary Notice Part B, portrait DejaVu Sans: page-1 "Your Deductible Status" / "Total You May Be
      Billed" summary, claims by provider with "Claim number", "Service Provided & Billing Code / Service
      Approved? / Amount Provider Charged / Medicare-Approved Amount / Medicare Paid / Maximum You May Be
      Billed / See Notes", code on the second line "(97110 GP)", no units, notes letters, multi-page (reportlab)
  k4  Medicare Advantage member EOB ("Explanation of Benefits for Medicare Advantage"), portrait Liberation Sans
      Narrow, boxed claim tables: "Date / Service / Code / Provider's charge / Plan's approved amount / Plan
      paid / Your share / Note", "Jan 5, 2026" dates, visit copay, denied line, a 19-line claim, two pages (fpdf2)
  k5  state Medicaid remittance advice, landscape core Courier, all capitals: "CLIENT / CLIENT ID / TCN / PCN"
      claim line, "LN FROM THRU PROC MOD1 MOD2 UNITS BILLED ALLOWED PAID EOB", dates "010526", units "4.00",
      PAID / DENIED / ADJUSTMENTS sections with a reversal printed "-123.45" and its replacement (fpdf2)
  k6  state Medicaid "Remittance Statement", portrait Liberation Mono, boxed claims: "ICN / MEMBER / MED REC #",
      "SVC DATE / PROC-MOD / QTY / SUBMITTED / ALLOWED / TPL AMT / RECIP COPAY / REIMB / ADJ RSN" with
      "CO45 12.34" style adjustment cells, other insurance (OA-23) on some lines, rows carry to page 2 (reportlab)
  k7  practice-management "Medicare Remittance Posting Detail", landscape Liberation Sans Narrow: patient /
      HICN-MBI / account / ICN heading per claim, "DOS / CPT / Mods / Units / Charge / Allowed / Deduct / Coins /
      Adj Codes / Paid", adjustments "CO-45 55.12 PR-2 7.40" in a cell, claim subtotals, sequestration (reportlab)
  k8  clearinghouse print of a Medicare standard paper remit, portrait DejaVu Sans Mono: "NAME / MID / ACNT /
      ICN / ASG / MOA", "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD",
      "0105 010526" dates, extra adjustment codes on follow-on lines, PT RESP / CLAIM TOTALS / NET, (fpdf2)
  k9  outpatient therapy clinic family statement, portrait Liberation Serif with a left sidebar (account,
      amount due, ways to pay): visit rows by family member "Date / Patient / Code / Service / Qty / Charge /
      Ins Paid / Ins Adj / Your Portion", insurer claim number per visit heading, payments as non-service rows,
      rows spill to page 2 with a repeated header (fpdf2)
  k10 hospital outpatient-rehab household statement, landscape DejaVu Sans Condensed: one account per family
      member ("Account # / Patient / Admit date"), "Date / Rev Code / Description / HCPCS / Mod / Qty / Charges",
      then per-account insurance payment and adjustment rows; line amounts = charges only; PLANTED
      account-total mismatch (reportlab)

The self-check (--check) tests the factory, not the reader: page counts; every truth code, modifier, units
value, service date (as printed), amount and remark is on ONE text row (or the service's two rows for
two-line layouts) of its page's text layer (pdfplumber); claim ids, payer claim ids and patients are in the
document's text; billed - adjustments = paid where the layout prints every adjustment with its amount;
allowed - deductible - copay - coinsurance = paid where printed (commercial); claim totals = sum of lines
unless a mismatch is planted and declared as an expected finding (and the planted one really is).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    LONG_DESC, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money, negate, q, total,
    truth_line, units_str, write_truth,
)
from h110kit import Doc, find_row, has_tok, page_lines  # noqa: E402

J = lambda d: date(2026, 1, d) if d <= 31 else date(2026, 2, d - 31)  # noqa: E731


def svcs(spec):
    out = []
    for t in spec:
        day, code, units, mods = t[:4]
        denied = t[4] if len(t) > 4 else None
        out.append(Svc(J(day), code, Decimal(str(units)), tuple(mods), denied=denied))
    return out


class Rec:
    """Collects truth lines plus what --check needs to find each on its page."""

    def __init__(self, money_style, neg, datefn, unitsfn=None, all_adj=False, printed=()):
        self.lines, self.claims, self.checks = [], [], []
        self.money_style, self.neg, self.datefn, self.unitsfn = money_style, neg, datefn, unitsfn
        self.all_adj, self.printed = all_adj, printed

    def add(self, page, s, cl, span=1, adjustments=None, remarks=None, mods=True, extra_toks=()):
        row = truth_line(page, s, claim_id=cl.get("acct"), payer_claim_id=cl.get("icn"),
                         patient=cl.get("patient"), printed=self.printed, units=self.unitsfn is not None,
                         modifiers=mods, adjustments=adjustments, remarks=remarks)
        self.lines.append(row)
        toks = [s.code, self.datefn(s.dos)] + (list(s.mods) if mods else []) + list(remarks or []) + list(extra_toks)
        if self.unitsfn:
            toks.append(self.unitsfn(s.units))
        for k in self.printed:
            v = row[k]
            if v is not None:
                toks.append(money(Decimal(v), self.money_style, self.neg))
        self.checks.append({"page": page, "toks": [t for t in toks if t], "span": span})

    def claim(self, cl, **tot):
        self.claims.append({"claim_id": cl.get("acct"), "payer_claim_id": cl.get("icn"),
                            "patient": cl.get("patient"), "totals": claim_totals(**tot)})


def M(rec, d):
    return money(d, rec.money_style, rec.neg)


# ===================================================================================== k1
def k1():
    doc = Doc("LibSans")
    P = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
         "patient_owes")
    rec = Rec("$", "-", lambda d: dfmt(d, "mdy4"), None, printed=P)
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30")})
    claims = [
        {"patient": "Marisol Quintana-Reyes", "acct": "NRT884120", "icn": "E26011400387", "prov": "Northridge Hand & Upper Limb Therapy",
         "s": svcs([(5, "97166", 1, ["GO"]), (5, "97530", 2, ["GO"]), (7, "97530", 3, ["GO"]), (7, "97140", 1, ["GO", "59"]),
                    (9, "97535", 2, ["GO"]), (12, "97530", 2, ["GO"]), (12, "97110", 2, ["GO"]), (14, "97760", 1, ["GO"]),
                    (14, "L3807", 1, ["RT"]), (16, "97530", 3, ["GO"]), (16, "97140", 1, ["GO", "59"]),
                    (19, "97530", 2, ["GO"]), (19, "0552T", 1, [], "PR"), (21, "97530", 2, ["GO"]), (21, "97110", 1, ["GO"]),
                    (23, "97530", 3, ["GO"]), (23, "97535", 1, ["GO"]), (26, "97168", 1, ["GO"]), (26, "97530", 2, ["GO"]),
                    (28, "97530", 2, ["GO"]), (28, "97140", 1, ["GO", "59"]), (30, "97530", 3, ["GO"]), (30, "97112", 1, ["GO"])])},
        {"patient": "Teodoro Quintana", "acct": "NRT884187", "icn": "E26012100954", "prov": "Lakeside Physical Therapy Group",
         "s": svcs([(13, "97161", 1, ["GP"]), (13, "97110", 2, ["GP"]), (15, "97112", 2, ["GP", "KX"]), (15, "G0283", 1, ["GP"]),
                    (20, "97110", 3, ["GP"]), (20, "97140", 1, ["GP", "59"]), (22, "97110", 2, ["GP"]), (22, "97116", 1, ["GP"]),
                    (27, "97110", 2, ["GP"]), (27, "97112", 1, ["GP"]), (29, "97110", 3, ["GP"]), (29, "G0283", 1, ["GP"])])},
        {"patient": "Ines Quintana", "acct": "0049912", "icn": "E26012600112", "prov": "Cedar Hollow Pediatrics",
         "s": svcs([(20, "99213", 1, ["25"]), (22, "92507", 1, ["GN"])])},
    ]
    for cl in claims:
        for s in cl["s"]:
            commercial(s, st)
            if s.denied:
                s.remarks = ["N7"]
            elif s.deductible:
                s.remarks = ["D1"]
            elif s.code == "99213":
                s.remarks = ["C2"]
    legend = [("D1", "Part of this service was counted toward your plan-year deductible."),
              ("C2", "A fixed office-visit copay applies to this service."),
              ("N7", "Your plan does not cover this treatment. The provider may bill you for it.")]
    cols = [("Date of\nService", 36, "l"), ("Service", 92, "l"), ("Amount\nBilled", 262, "r"), ("Plan\nDiscount", 300, "r"),
            ("Allowed\nAmount", 338, "r"), ("Not\nCovered", 376, "r"), ("Deduct-\nible", 410, "r"), ("Copay", 442, "r"),
            ("Coin-\nsurance", 478, "r"), ("Plan\nPaid", 516, "r"), ("You\nOwe", 552, "r"), ("Remark", 558, "l")]

    def header(first):
        doc.new_page()
        doc.t(36, 40, "BRIGHTWATER HEALTH PLAN", 14, True)
        doc.t(36, 52, "PPO Choice 2500  |  Group 00418-22 Meridian Tool & Die", 7.5)
        doc.t(576, 40, "EXPLANATION OF BENEFITS", 11, True, "r")
        doc.t(576, 52, "THIS IS NOT A BILL", 8, True, "r")
        doc.t(576, 62, f"Page {doc.pno} of {{NP}}", 7.5, False, "r")
        y = 74
        if first:
            doc.box(36, 72, 540, 56)
            doc.t(44, 86, "Member: Rafael Quintana", 8.5, True)
            doc.t(44, 98, "Member ID: BWH 774-02-1186", 8)
            doc.t(44, 110, "Statement date: 02/03/2026", 8)
            doc.t(44, 122, "Covered family members on this statement: Marisol, Teodoro and Ines", 8)
            doc.t(330, 86, "Plan-year deductible (family): $500.00", 8)
            doc.t(330, 98, "Met so far: $250.00", 8)
            doc.t(330, 110, "Out-of-pocket maximum: $6,000.00", 8)
            doc.t(36, 148, "Your Claims in Detail", 11, True)
            y = 156
        else:
            doc.t(36, 84, "Your Claims in Detail (continued)", 10, True)
            y = 92
        doc.hl(36, 576, y, 0.8)
        for h, x, a in cols:
            for i, part in enumerate(h.split("\n")):
                doc.t(x, y + 9 + 8 * i, part, 6.5, True, a)
        doc.hl(36, 576, y + 22, 0.8)
        return y + 32

    y = header(True)
    for cl in claims:
        if y > 660:
            doc.t(576, 760, "Continued on next page", 7, False, "r")
            y = header(False)
        first = True
        for s in cl["s"]:
            if y > 712:
                doc.t(576, 760, "Continued on next page", 7, False, "r")
                y = header(False)
                first = None
            if first is not True and first is not False:
                first = False
                banner = True
            else:
                banner = first
            if banner:
                doc.box(36, y - 8, 540, 12, 0.3, 0.9)
                doc.t(40, y + 1, f"Patient: {cl['patient']}   Claim number: {cl['icn']}   Provider: {cl['prov']}   "
                      f"Patient account: {cl['acct']}" + ("   (continued)" if not first else ""), 7, True)
                y += 14
                first = False
            desc = f"{s.desc} ({s.code}{'-' + '-'.join(s.mods) if s.mods else ''})"
            dl = doc.wrap(desc, 128, 6.8)
            doc.t(36, y, dfmt(s.dos, "mdy4"), 6.8)
            for j, part in enumerate(dl):
                doc.t(92, y + 8 * j, part, 6.8)
            vals = [s.billed, s.discount, s.allowed, s.not_covered, s.deductible, s.copay, s.coinsurance, s.paid, s.owes]
            for (h, x, a), v in zip(cols[2:11], vals):
                doc.t(x, y, money(v), 6.8, False, "r")
            doc.t(558, y, " ".join(s.remarks), 6.8)
            codetok = f"{s.code}{'-' + '-'.join(s.mods) if s.mods else ''}"
            rec.add(doc.pno, s, cl, span=len(dl), remarks=s.remarks, mods=True)
            rec.checks[-1]["toks"] = [t for t in rec.checks[-1]["toks"] if t not in s.mods and t != s.code] + [codetok]
            y += 8 * len(dl) + 5
        tot = {k: total(cl["s"], k) for k in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                               "coinsurance", "paid", "owes")}
        doc.hl(262 - 40, 576, y - 5, 0.4)
        doc.t(92, y + 3, "Claim totals", 7, True)
        for (h, x, a), k in zip(cols[2:11], tot):
            doc.t(x, y + 3, money(tot[k]), 6.8, True, "r")
        rec.claim(cl, billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"], patient_owes=tot["owes"])
        y += 20
    y += 6
    doc.t(36, y, "Remark codes", 8, True)
    for code, text in legend:
        y += 11
        doc.t(36, y, code, 7.5, True)
        doc.t(60, y, text, 7.5)
    y += 18
    for line in ("If you disagree with a decision on this statement you may ask us to look at it again within",
                 "180 days. Call Member Services at 1-800-555-0148 (TTY 711), Monday to Friday, 8 a.m. to 8 p.m."):
        doc.t(36, y, line, 7.5)
        y += 10
    doc.t(306, 770, "Brightwater Health Plan, PO Box 4410, Harmon City, OH 43990", 6.5, False, "c")
    return doc, "reportlab", rec, legend, [], (
        "Commercial PPO member EOB, portrait: per-member claim banners, glued code-modifier in the service "
        "wording, no units, nine amount columns with remark letters, header repeated on the continuation page.")



# ===================================================================================== engine
def flow(doc, claims, *, first_page, cont_page, bottom, claim_head, draw_rows, claim_foot=None,
         head_reserve=40, repeat_head=True):
    """Lay claims out row by row; a new page (with its own furniture and column header) when full."""
    y = first_page()
    for cl in claims:
        if y + head_reserve > bottom:
            y = cont_page()
        y = claim_head(y, cl, False)
        for s in cl["s"]:
            need = draw_rows(None, s, cl)
            if y + need > bottom:
                y = cont_page()
                if repeat_head:
                    y = claim_head(y, cl, True)
            y = draw_rows(y, s, cl)
        if claim_foot:
            if y + 14 > bottom:
                y = cont_page()
            y = claim_foot(y, cl)
    return y


def colhead(doc, y, cols, size, bold=True, lh=None):
    lh = lh or size + 1.5
    for h, x, a in cols:
        for i, part in enumerate(h.split("\n")):
            doc.t(x, y + lh * i, part, size, bold, a)


# ===================================================================================== k2
def k2():
    doc = Doc("DjSerifC", landscape=True)
    P = ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    rec = Rec(",", "-", lambda d: dfmt(d, "mdy2"), units_str, printed=P)
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.10"), visit_copay=Decimal("35.00"),
                   allowed_rate=Decimal("0.74"))
    claims = [
        {"patient": "Oluwaseun Adebayo-Hart", "acct": "SLR-2026-00713", "icn": "7731-0045-2218", "prov": "Summit Lane Rehabilitation, LLC",
         "s": svcs([(6, "97163", 1, ["GP"]), (6, "97110", 2, ["GP"]), (8, "97140", 1, ["GP", "59"]), (8, "97112", 2, ["GP"]),
                    (8, "97110", 1, ["GP"]), (13, "97110", 2, ["GP"]), (13, "97530", 1, ["GP"])])},
        {"patient": "Priya Adebayo-Hart", "acct": "SLR-2026-00755", "icn": "7731-0045-2391", "prov": "Summit Lane Rehabilitation, LLC",
         "s": svcs([(9, "92523", 1, ["GN"]), (16, "92507", 1, ["GN"]), (23, "92507", 1, ["GN"]), (23, "92526", 1, ["GN"], "CO"),
                    (30, "92507", 1, ["GN"])])},
        {"patient": "Malik Adebayo-Hart", "acct": "44-81207", "icn": "7731-0046-0102", "prov": "Westgate Orthopaedic Associates",
         "s": svcs([(14, "99213", 1, []), (14, "97760", 1, ["GO"]), (14, "L3807", 1, ["LT"]), (28, "97530", 2, ["GO"]),
                    (28, "97535", 1, ["GO"]), (35, "97530", 2, ["GO"]), (35, "97140", 1, ["GO"])])},
    ]
    for cl in claims:
        for s in cl["s"]:
            if s.code in LONG_DESC:
                s.desc = LONG_DESC[s.code]
            commercial(s, st, deny_reason="96")
            s.remarks = ["X14"] if s.denied else (["D02"] if s.deductible else (["C10"] if s.copay else []))
    legend = [("D02", "All or part of the plan allowance went to your deductible."),
              ("C10", "One copayment applies per visit day to this provider."),
              ("X14", "Not a covered benefit under your plan. In-network providers may not bill you for it.")]
    cols = [("Service\nDate", 30, "l"), ("Service Description", 78, "l"), ("Charged", 372, "r"), ("Member\nSavings", 416, "r"),
            ("Ineligible", 460, "r"), ("Plan\nAllowance", 506, "r"), ("Applied to\nDeductible", 552, "r"),
            ("Copay-\nment", 590, "r"), ("Coin-\nsurance", 628, "r"), ("Benefit\nPaid", 672, "r"),
            ("Member\nResponsibility", 728, "r"), ("Code", 736, "l")]

    def furniture(title):
        doc.new_page()
        doc.box(0, 0, 792, 30, 0, 0.85)
        doc.t(30, 20, "Keystone Meadow Health  \u2022  EPO Select", 13, True)
        doc.t(762, 20, "STATEMENT OF BENEFITS", 11, True, "r")
        doc.t(762, 592, f"Page {doc.pno} of {{NP}}", 7, False, "r")
        doc.t(30, 592, "Keystone Meadow Health, 1200 Quarry Rd, Elm Ridge, PA 17990  |  Customer Care 1-866-555-0172", 7)
        doc.t(30, 46, title, 9, True)

    def hdr(y):
        doc.hl(30, 762, y, 1)
        colhead(doc, y + 10, cols, 7, True, 8)
        doc.hl(30, 762, y + 22, 0.5)
        return y + 34

    def first():
        furniture("Subscriber: Gideon Hart   |   Subscriber ID: KMH 3390 5521 08   |   Issued 02/06/2026   |   This is not a bill")
        doc.t(30, 62, "This statement lists claims we processed for you and your covered dependents from 01/01/26 to 01/31/26.", 8)
        doc.t(30, 74, "Family deductible $300.00, met $150.00   |   Family out-of-pocket limit $4,500.00, met $612.40", 8)
        return hdr(86)

    def cont():
        doc.t(762, 560, "continued on next page", 7, False, "r")
        furniture("Subscriber: Gideon Hart   |   Subscriber ID: KMH 3390 5521 08   (continued)")
        return hdr(56)

    def head(y, cl, again):
        doc.t(30, y, f"{cl['patient']}  \u2014  {cl['prov']}  \u2014  Claim {cl['icn']}  \u2014  Your provider's account {cl['acct']}"
              + ("  (continued)" if again else ""), 8, True)
        return y + 12

    def rows(y, s, cl):
        dl = doc.wrap(s.desc, 236, 7.5)
        n = len(dl) + 1
        if y is None:
            return 9 * n + 3
        doc.t(30, y, dfmt(s.dos, "mdy2"), 7.5)
        for j, part in enumerate(dl):
            doc.t(78, y + 9 * j, part, 7.5)
        doc.t(78, y + 9 * len(dl), f"Proc {s.code}   Mod {' '.join(s.mods) if s.mods else '--'}   Svcs {units_str(s.units)}", 7)
        for (h, x, a), v in zip(cols[2:11], [s.billed, s.discount, s.not_covered, s.allowed, s.deductible, s.copay,
                                              s.coinsurance, s.paid, s.owes]):
            doc.t(x, y, money(v, ","), 7.5, False, "r")
        doc.t(736, y, " ".join(s.remarks), 7.5)
        rec.add(doc.pno, s, cl, span=n, remarks=s.remarks)
        return y + 9 * n + 3

    def foot(y, cl):
        ks = ["billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid", "owes"]
        doc.hl(330, 762, y - 7, 0.4)
        doc.t(78, y + 1, "Total for this claim", 7.5, True)
        for (h, x, a), k in zip(cols[2:11], ks):
            doc.t(x, y + 1, money(total(cl["s"], k), ","), 7.5, True, "r")
        rec.claim(cl, billed=total(cl["s"], "billed"), allowed=total(cl["s"], "allowed"), paid=total(cl["s"], "paid"),
                  patient_owes=total(cl["s"], "owes"))
        return y + 20

    y = flow(doc, claims, first_page=first, cont_page=cont, bottom=540, claim_head=head, draw_rows=rows, claim_foot=foot)
    if y > 480:
        y = cont()
    doc.t(30, y, "What the codes mean", 8.5, True)
    for c, t in legend:
        y += 11
        doc.t(30, y, c, 7.5, True)
        doc.t(62, y, t, 7.5)
    return doc, "fpdf2", rec, legend, [], (
        "Commercial EPO statement of benefits, landscape serif condensed: two-line services (wording, then "
        "Proc/Mod/Svcs), nine amount columns, per-visit copay, three family members, continuation pages.")


# ===================================================================================== k3
def k3():
    doc = Doc("DjSans")
    rec = Rec("$", "-", lambda d: None, None, printed=("billed", "allowed", "paid", "patient_owes"))
    BEN = "Harriet L. Okonkwo-Baines"
    st = PlanState(ded_left=Decimal("257.00"))
    spec = [
        ("Fernbrook Outpatient Therapy", "(555) 555-0131", "26-0114-208-117", 5, [("97165", 1, ["GO"]), ("97530", 2, ["GO"]), ("97535", 1, ["GO"])]),
        ("Fernbrook Outpatient Therapy", "(555) 555-0131", "26-0116-208-902", 8, [("97530", 3, ["GO"]), ("97140", 1, ["GO", "59"])]),
        ("Fernbrook Outpatient Therapy", "(555) 555-0131", "26-0121-208-450", 12, [("97530", 2, ["GO"]), ("97110", 2, ["GO"]), ("97760", 1, ["GO"])]),
        ("Ridgeview Family Medicine", "(555) 555-0177", "26-0122-411-038", 13, [("99213", 1, []), ("G0283", 1, [], "PR")]),
        ("Fernbrook Outpatient Therapy", "(555) 555-0131", "26-0128-208-733", 15, [("97530", 3, ["GO", "KX"]), ("97535", 2, ["GO", "KX"])]),
        ("Fernbrook Outpatient Therapy", "(555) 555-0131", "26-0130-208-014", 20, [("97530", 2, ["GO", "KX"]), ("97112", 2, ["GO", "KX"]), ("97140", 1, ["GO", "KX"])]),
        ("Fernbrook Outpatient Therapy", "(555) 555-0131", "26-0204-208-655", 22, [("97530", 3, ["GO", "KX"]), ("97168", 1, ["GO"])]),
    ]
    claims = []
    for prov, ph, icn, day, lines in spec:
        ss = svcs([(day, *ln) for ln in lines])
        for s in ss:
            medicare(s, st)
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
            if s.denied:
                s.allowed = ZERO
        claims.append({"patient": BEN, "acct": None, "icn": icn, "prov": prov, "ph": ph, "s": ss})
    legend = [("A", "The provider agreed to accept the Medicare-approved amount as full payment (assignment)."),
              ("B", "Part of this approved amount went toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this item when it is not reasonable and necessary for your condition. You may be billed.")]
    tot_owes = sum((total(c["s"], "owes") for c in claims), ZERO)

    def foot():
        doc.t(36, 772, f"{BEN}  |  Medicare Summary Notice for Part B  |  Page {doc.pno} of {{NP}}", 7)

    # page 1: summary
    doc.new_page()
    doc.t(36, 44, "Medicare Summary Notice", 20, True)
    doc.t(36, 60, "for Part B (Medical Insurance)", 11)
    doc.t(36, 76, "The Official Summary of Your Medicare Claims", 8)
    doc.box(36, 92, 250, 90)
    for i, ln in enumerate([BEN, "1609 Larkspur Terrace", "Bellmont Falls, VT 05990", "", "Medicare Number XXXXXXX8K41",
                            "Notice date: February 9, 2026"]):
        doc.t(44, 108 + 12 * i, ln, 8.5, i == 0)
    doc.box(310, 92, 266, 90, 0.6, 0.93)
    doc.t(318, 108, "Total You May Be Billed", 10, True)
    doc.t(568, 130, money(tot_owes), 16, True, "r")
    doc.t(318, 152, "Claims processed between", 8)
    doc.t(318, 164, "January 1 \u2013 February 5, 2026", 8)
    doc.t(36, 210, "Your Deductible Status", 11, True)
    doc.t(36, 226, "Your deductible is what you must pay each year for most health services before Medicare begins", 8)
    doc.t(36, 237, "to pay. You have now met your $257.00 Part B deductible for 2026.", 8)
    doc.t(36, 264, "Your Claims & Costs This Period", 11, True)
    y = 282
    provs = {}
    for c in claims:
        provs.setdefault(c["prov"], []).append(c)
    for p, cs in provs.items():
        doc.t(36, y, p, 8.5)
        doc.t(420, y, "Did Medicare Approve All Services? " + ("No" if any(s.denied for c in cs for s in c["s"]) else "Yes"), 8)
        y += 14
    doc.t(36, y + 20, "How to Check This Notice: Do you recognize the name of each provider? Did you get the services listed?", 8)
    doc.t(36, y + 32, "If you spot something wrong, call your provider first, then 1-800-555-0199.", 8)
    foot()
    cols = [("Service Provided &\nBilling Code", 36, "l"), ("Service\nApproved?", 270, "c"), ("Amount\nProvider\nCharged", 356, "r"),
            ("Medicare-\nApproved\nAmount", 422, "r"), ("Medicare\nPaid", 484, "r"), ("Maximum You\nMay Be\nBilled", 544, "r"),
            ("See\nNotes", 552, "l")]

    def newp():
        doc.new_page()
        doc.t(36, 40, "Your Claims for Part B (Medical Insurance)", 12, True)
        doc.t(36, 54, "Part B helps pay for doctors' services, outpatient therapy and medical supplies.", 8)
        foot()
        return 72

    def first():
        return newp()

    def cont():
        return newp()

    def head(y, cl, again):
        doc.hl(36, 576, y, 1.2)
        doc.t(36, y + 14, f"{cl['prov']}, {cl['ph']}" + ("  (continued)" if again else ""), 9, True)
        doc.t(36, y + 26, f"Service Provided Date: {dfmt(cl['s'][0].dos, 'month')}    Claim Number: {cl['icn']}", 8)
        colhead(doc, y + 40, cols, 7, True, 8)
        doc.hl(36, 576, y + 60, 0.5)
        return y + 72

    def rows(y, s, cl):
        if y is None:
            return 24
        doc.t(36, y, s.desc, 8)
        doc.t(36, y + 10, f"({s.code}{' ' + ' '.join(s.mods) if s.mods else ''})", 8)
        doc.t(270, y, "No" if s.denied else "Yes", 8, False, "c")
        for (h, x, a), v in zip(cols[2:6], [s.billed, s.allowed, s.paid, s.owes]):
            doc.t(x, y, money(v), 8, False, "r")
        doc.t(552, y, ", ".join(s.remarks), 8)
        rec.add(doc.pno, s, cl, span=2, remarks=s.remarks)
        return y + 24

    def foot_c(y, cl):
        doc.hl(300, 576, y - 8, 0.4)
        doc.t(36, y + 2, "Total for Claim", 8, True)
        for (h, x, a), k in zip(cols[2:6], ["billed", "allowed", "paid", "owes"]):
            doc.t(x, y + 2, money(total(cl["s"], k)), 8, True, "r")
        rec.claim(cl, billed=total(cl["s"], "billed"), allowed=total(cl["s"], "allowed"), paid=total(cl["s"], "paid"),
                  patient_owes=total(cl["s"], "owes"))
        return y + 22

    y = flow(doc, claims, first_page=first, cont_page=cont, bottom=740, claim_head=head, draw_rows=rows,
             claim_foot=foot_c, head_reserve=120)
    if y > 650:
        y = cont()
    doc.t(36, y + 6, "Notes for Claims Above", 10, True)
    y += 8
    for c, t in legend:
        for j, part in enumerate(doc.wrap(t, 500, 8)):
            y += 11
            if j == 0:
                doc.t(36, y, c, 8, True)
            doc.t(54, y, part, 8)
    return doc, "reportlab", rec, legend, [], (
        "Medicare Summary Notice Part B, portrait: summary page, claims per provider and date, code in parentheses "
        "on the line under the wording, no units, no row dates, notes letters.")


# ===================================================================================== k4
def k4():
    doc = Doc("LibNarrow")
    rec = Rec("$", "-", lambda d: dfmt(d, "mon"), None, printed=("billed", "allowed", "paid", "patient_owes"))
    MEM = "Cornelius J. Abernathy"
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.61"))
    claims = [
        {"patient": MEM, "acct": None, "icn": "H4410-26-0017736", "prov": "Stonebridge Physical Therapy",
         "s": svcs([(6, "97161", 1, ["GP"]), (6, "97110", 2, ["GP"]), (8, "97110", 2, ["GP"]), (8, "97140", 1, ["GP"]),
                    (8, "97116", 1, ["GP"]), (13, "97110", 3, ["GP"]), (13, "G0283", 1, ["GP"]), (15, "97112", 2, ["GP"]),
                    (15, "97110", 1, ["GP"]), (20, "97110", 2, ["GP"]), (20, "97116", 2, ["GP"]), (22, "97140", 1, ["GP"]),
                    (22, "97110", 2, ["GP"]), (27, "97112", 2, ["GP"]), (27, "0552T", 1, [], "CO"), (29, "97110", 3, ["GP"]),
                    (29, "97140", 1, ["GP", "CQ"]), (34, "97110", 2, ["GP", "CQ"]), (34, "97116", 1, ["GP", "CQ"])])},
        {"patient": MEM, "acct": None, "icn": "H4410-26-0019020", "prov": "Maple Court Speech & Swallow Clinic",
         "s": svcs([(9, "92523", 1, ["GN"]), (16, "92526", 1, ["GN"]), (23, "92507", 1, ["GN"])])},
        {"patient": MEM, "acct": None, "icn": "H4410-26-0020155", "prov": "Dr. Anneliese Vorhees",
         "s": svcs([(21, "99213", 1, [])])},
    ]
    for cl in claims:
        for s in cl["s"]:
            commercial(s, st, deny_reason="96")
            s.remarks = ["4"] if s.denied else (["2"] if s.copay else ["1"])
    legend = [("1", "Your plan paid its share; the provider may not bill you more than your share shown."),
              ("2", "Your $20.00 copayment for a therapy or office visit was taken from this service."),
              ("4", "This service is not covered by the plan. You do not owe the provider for it.")]
    cols = [("Date", 46, "l"), ("Service", 108, "l"), ("Code", 280, "l"), ("Provider's\ncharge", 370, "r"),
            ("Plan's approved\namount", 436, "r"), ("Plan\npaid", 490, "r"), ("Your\nshare", 540, "r"), ("Note", 550, "l")]

    def furniture():
        doc.new_page()
        doc.t(36, 40, "Pinecrest Medicare Advantage (HMO)", 13, True)
        doc.t(576, 40, f"Page {doc.pno} of {{NP}}", 8, False, "r")
        doc.t(36, 54, "Explanation of Benefits for Medicare Advantage  \u2022  Medical claims processed in January 2026", 8.5)
        doc.t(36, 770, "Pinecrest Health Plans is an HMO plan with a Medicare contract. Member Services 1-877-555-0121 (TTY 711), 8 a.m.-8 p.m., 7 days.", 6.8)

    def hdr(y):
        doc.box(36, y, 540, 22, 0.6, 0.88)
        colhead(doc, y + 9, cols, 7.5, True, 9)
        return y + 34

    def first():
        furniture()
        doc.box(36, 66, 540, 70)
        for i, t in enumerate([f"Member name: {MEM}", "Member ID: PMA0088214-01", "Plan: Pinecrest Advantage Classic (HMO) H4410-007",
                               "This is not a bill. Keep it for your records."]):
            doc.t(46, 82 + 13 * i, t, 8.5, i == 0)
        doc.t(360, 82, "Your total costs so far in 2026", 8.5, True)
        doc.t(360, 95, "Out-of-pocket maximum: $4,900.00", 8.5)
        doc.t(36, 160, "Part A: Your medical claims in detail", 11, True)
        return 172

    def cont():
        furniture()
        return 70

    def head(y, cl, again):
        doc.t(36, y, f"Claim number {cl['icn']}   \u2022   Provider: {cl['prov']}" + ("   (continued)" if again else ""), 8.5, True)
        return hdr(y + 6)

    def rows(y, s, cl):
        if y is None:
            return 14
        doc.t(46, y, dfmt(s.dos, "mon"), 8)
        doc.t(108, y, s.desc[:36], 8)
        doc.t(280, y, f"{s.code} {' '.join(s.mods)}".strip(), 8)
        for (h, x, a), v in zip(cols[3:7], [s.billed, s.allowed, s.paid, s.owes]):
            doc.t(x, y, money(v), 8, False, "r")
        doc.t(552, y, ",".join(s.remarks), 8)
        doc.hl(36, 576, y + 4, 0.2)
        rec.add(doc.pno, s, cl, remarks=s.remarks)
        return y + 14

    def foot(y, cl):
        doc.t(108, y, "Claim total", 8, True)
        for (h, x, a), k in zip(cols[3:7], ["billed", "allowed", "paid", "owes"]):
            doc.t(x, y, money(total(cl["s"], k)), 8, True, "r")
        rec.claim(cl, billed=total(cl["s"], "billed"), allowed=total(cl["s"], "allowed"), paid=total(cl["s"], "paid"),
                  patient_owes=total(cl["s"], "owes"))
        return y + 26

    y = flow(doc, claims, first_page=first, cont_page=cont, bottom=740, claim_head=head, draw_rows=rows, claim_foot=foot)
    if y > 680:
        y = cont()
    doc.t(36, y, "Notes", 9, True)
    for c, t in legend:
        y += 12
        doc.t(36, y, c, 8, True)
        doc.t(50, y, t, 8)
    return doc, "fpdf2", rec, legend, [], (
        "Medicare Advantage HMO member EOB, portrait narrow sans: boxed column headers per claim, code and modifiers "
        "in a Code column, 'Jan 5, 2026' dates, no units, visit copay, a denied line, continuation page.")


# ===================================================================================== k5
def k5():
    doc = Doc("Courier", landscape=True)
    rec = Rec(",", "-", lambda d: dfmt(d, "mdy6"), lambda u: f"{u:.2f}", printed=("billed", "allowed", "paid"))
    people = [("VANTERPOOL, KEZIAH", "400188273"), ("OYELARAN, DANTE", "400219055"), ("MCCREARY, LUNA", "400301746"),
              ("PETROSKY, ABEL", "400117290"), ("SANTIAGO-BELL, NOOR", "400266511")]
    raw = [
        (0, "2601700041180", "PC118840", [(5, "97530", 4, ["GO"]), (5, "97535", 2, ["GO"]), (7, "97530", 4, ["GO"])]),
        (1, "2601700041233", "PC118902", [(6, "92507", 1, ["GN"]), (13, "92507", 1, ["GN"]), (20, "92507", 1, ["GN"])]),
        (2, "2601700041301", "PC119015", [(8, "97166", 1, ["GO"]), (8, "97530", 2, ["GO", "59"]), (12, "97530", 3, ["GO"]),
                                          (12, "97112", 1, ["GO"]), (14, "97530", 3, ["GO"]), (14, "97110", 2, ["GO"])]),
        (3, "2601700041388", "PC119100", [(9, "97161", 1, ["GP"]), (9, "97110", 3, ["GP"]), (16, "97110", 3, ["GP"])]),
        (4, "2601700041452", "PC119166", [(15, "92523", 1, ["GN"]), (22, "92507", 1, ["GN"]), (29, "92507", 1, ["GN"])]),
        (0, "2601700041519", "PC119207", [(12, "97530", 4, ["GO"]), (14, "97530", 4, ["GO"]), (19, "97530", 4, ["GO"]),
                                          (21, "97535", 2, ["GO"]), (26, "97530", 4, ["GO"]), (28, "97530", 3, ["GO"])]),
    ]
    paid = []
    for pi, icn, pcn, sp in raw:
        ss = svcs(sp)
        for s in ss:
            medicaid(s)
            s.remarks = ["0221"] if s.discount else ["0001"]
        paid.append({"patient": people[pi][0], "cid": people[pi][1], "acct": pcn, "icn": icn, "s": ss})
    den_specs = [(1, "2601700041600", "PC119240", [(27, "92526", 1, ["GN"], "CO")], "0512"),
                 (3, "2601700041655", "PC119281", [(23, "97110", 4, ["GP"], "CO"), (23, "97140", 2, ["GP"], "CO")], "0630")]
    denied = []
    for pi, icn, pcn, sp, eob in den_specs:
        ss = svcs(sp)
        for s in ss:
            medicaid(s, deny_reason="204")
            s.remarks = [eob]
        denied.append({"patient": people[pi][0], "cid": people[pi][1], "acct": pcn, "icn": icn, "s": ss})
    orig = svcs([(2, "97530", 3, ["GO"]), (2, "97535", 1, ["GO"])])
    for s in orig:
        medicaid(s)
    rev = [negate(s) for s in orig]
    for s in rev:
        s.remarks = ["0900"]
    repl = svcs([(2, "97530", 4, ["GO"]), (2, "97535", 1, ["GO"])])
    for s in repl:
        medicaid(s)
        s.remarks = ["0901"]
    adjs = [{"patient": people[2][0], "cid": people[2][1], "acct": "PC118777", "icn": "1601700035512", "s": rev, "tag": "ORIG TCN"},
            {"patient": people[2][0], "cid": people[2][1], "acct": "PC118777", "icn": "2601700041702", "s": repl, "tag": "REPL TCN"}]
    legend = [("0001", "PAID IN FULL AT THE PROGRAM RATE."), ("0221", "BILLED AMOUNT ABOVE THE PROGRAM MAXIMUM; PAID AT MAXIMUM."),
              ("0512", "SERVICE NEEDS PRIOR APPROVAL; NONE ON FILE FOR THESE DATES."),
              ("0630", "UNITS BILLED EXCEED THE DAILY LIMIT FOR THIS PROCEDURE."),
              ("0900", "CLAIM REVERSED AT PROVIDER REQUEST."), ("0901", "REPLACEMENT CLAIM FOR THE REVERSED TCN.")]
    sec = ["PAID"]

    def furniture():
        doc.new_page()
        doc.t(30, 34, "STATE OF NORTH ALDERA  -  DEPARTMENT OF HEALTH CARE ACCESS  -  MEDICAL ASSISTANCE PROGRAM", 9, True)
        doc.t(762, 34, f"PAGE {doc.pno:>3}", 9, False, "r")
        doc.t(30, 46, "REMITTANCE ADVICE     PROVIDER: PINE HOLLOW PEDIATRIC THERAPY     PROVIDER NO: 0077213455     RA NO: 0004419", 8)
        doc.t(30, 58, "RUN DATE: 02/04/26   PAYMENT DATE: 02/05/26   EFT TRACE: 992041187330", 8)

    cols = [("LN", 30, "l"), ("FROM", 52, "l"), ("THRU", 100, "l"), ("PROC", 148, "l"), ("MOD1", 196, "l"), ("MOD2", 230, "l"),
            ("UNITS", 302, "r"), ("BILLED", 380, "r"), ("ALLOWED", 456, "r"), ("PAID", 530, "r"), ("EOB", 548, "l")]

    def hdr(y):
        doc.t(30, y, f"*** {sec[0]} CLAIMS ***", 8.5, True)
        colhead(doc, y + 14, cols, 8, True)
        doc.t(30, y + 20, "-" * 124, 6)
        return y + 32

    def first():
        furniture()
        return hdr(78)

    def cont():
        furniture()
        return hdr(78)

    def head(y, cl, again):
        tag = cl.get("tag", "TCN")
        doc.t(30, y, f"CLIENT: {cl['patient']:<24} CLIENT ID: {cl['cid']}  {tag}: {cl['icn']}  PCN: {cl['acct']}"
              + ("  CONT" if again else ""), 8)
        return y + 12

    def rows(y, s, cl):
        if y is None:
            return 11
        ln = cl["s"].index(s) + 1
        mods = list(s.mods) + ["", ""]
        vals = [f"{ln:02d}", dfmt(s.dos, "mdy6"), dfmt(s.dos, "mdy6"), s.code, mods[0], mods[1], f"{s.units:.2f}",
                money(s.billed, ","), money(s.allowed, ","), money(s.paid, ","), " ".join(s.remarks)]
        for (h, x, a), v in zip(cols, vals):
            doc.t(x, y, v, 8, False, a)
        rec.add(doc.pno, s, cl, remarks=s.remarks)
        return y + 11

    def foot(y, cl):
        doc.t(196, y, "CLAIM TOTAL", 8, True)
        for (h, x, a), k in zip(cols[7:10], ["billed", "allowed", "paid"]):
            doc.t(x, y, money(total(cl["s"], k), ","), 8, True, "r")
        rec.claim(cl, billed=total(cl["s"], "billed"), allowed=total(cl["s"], "allowed"), paid=total(cl["s"], "paid"))
        return y + 18

    y = flow(doc, paid, first_page=first, cont_page=cont, bottom=560, claim_head=head, draw_rows=rows, claim_foot=foot)
    for name, group in (("DENIED", denied), ("ADJUSTED", adjs)):
        sec[0] = name
        if y > 470:
            y = cont()
        else:
            y = hdr(y + 6)
        y = flow(doc, group, first_page=lambda: y, cont_page=cont, bottom=560, claim_head=head, draw_rows=rows, claim_foot=foot)
    allc = paid + denied + adjs
    if y > 440:
        sec[0] = "SUMMARY"
        furniture()
        y = 80
    y += 8
    doc.t(30, y, "PAYMENT SUMMARY", 8.5, True)
    doc.t(30, y + 12, f"CLAIMS PAID {len(paid):>3}   DENIED {len(denied):>3}   ADJUSTED {len(adjs):>3}   "
          f"NET PAYMENT {money(sum((total(c['s'], 'paid') for c in allc), ZERO), ',')}", 8)
    y += 30
    doc.t(30, y, "EOB CODE MESSAGES", 8.5, True)
    for c, t in legend:
        y += 11
        doc.t(30, y, f"{c}  {t}", 8)
    return doc, "fpdf2", rec, legend, [], (
        "State Medicaid remittance advice, landscape Courier capitals: PAID / DENIED / ADJUSTED sections, client line "
        "with TCN and PCN, FROM/THRU MMDDYY, MOD1/MOD2, units 4.00, 4-digit EOB codes, a reversal with its replacement.")


# ===================================================================================== k6
def k6():
    doc = Doc("LibMono")
    rec = Rec(",", "-", lambda d: dfmt(d, "mdy4"), lambda u: f"{u:.1f}", all_adj=True,
              printed=("billed", "allowed", "copay", "paid"))
    spec = [
        ("ESPINOZA-WARD, CALLA", "M00771245", "2026031000455", "MR-55812", None, [(5, "97165", 1, ["GO"]), (5, "97530", 2, ["GO"]), (7, "97530", 3, ["GO"]), (7, "97535", 1, ["GO"]), (12, "97530", 2, ["GO"])]),
        ("FITZGERALD, ROWAN", "M00771902", "2026031000512", "MR-55907", "40.00", [(6, "97161", 1, ["GP"]), (6, "97110", 2, ["GP"]), (13, "97110", 2, ["GP"]), (13, "97140", 1, ["GP", "59"])]),
        ("HALVORSEN, ISAAC", "M00772210", "2026031000598", "MR-56030", None, [(8, "92523", 1, ["GN"]), (15, "92507", 1, ["GN"]), (22, "92507", 1, ["GN"]), (22, "92526", 1, ["GN"], "CO")]),
        ("NAKASHIMA, ELLE", "M00772377", "2026031000631", "MR-56112", None, [(9, "97530", 2, ["GO"]), (9, "97112", 2, ["GO"]), (16, "97530", 3, ["GO"]), (16, "97140", 1, ["GO", "59"]), (23, "97530", 2, ["GO"]), (23, "97535", 2, ["GO"]), (30, "97530", 3, ["GO"])]),
        ("OKAFOR, TIMOTHEUS", "M00772410", "2026031000688", "MR-56201", None, [(14, "97166", 1, ["GO"]), (14, "97760", 1, ["GO"]), (14, "L3807", 1, ["RT"])]),
        ("PRZYBYLSKI, HANNA", "M00772533", "2026031000702", "MR-56240", "25.00", [(19, "97163", 1, ["GP"]), (19, "97110", 2, ["GP"]), (21, "97110", 3, ["GP"]), (21, "97116", 1, ["GP"]), (26, "97110", 2, ["GP"]), (26, "97140", 1, ["GP", "59"])]),
        ("QUARSHIE, DELPHINE", "M00772618", "2026031000749", "MR-56288", None, [(20, "92523", 1, ["GN"]), (27, "92507", 1, ["GN"]), (34, "92507", 1, ["GN"]), (36, "92507", 1, ["GN"])]),
        ("ESPINOZA-WARD, CALLA", "M00771245", "2026031000811", "MR-55812", None, [(14, "97530", 2, ["GO"]), (19, "97530", 3, ["GO"]), (19, "97535", 1, ["GO"]), (21, "97530", 2, ["GO"]), (26, "97530", 3, ["GO"]), (28, "97168", 1, ["GO"])]),
    ]
    claims = []
    for name, mid, icn, mr, tpl, sp in spec:
        ss = svcs(sp)
        for s in ss:
            medicaid(s, deny_reason="B7")
            if s.denied:
                continue
            s.tpl = ZERO
            if tpl and s is ss[0]:
                s.tpl = min(Decimal(tpl), s.paid)
            s.copay = Decimal("3.00") if s is ss[0] else ZERO
            s.paid = s.allowed - s.tpl - s.copay
            s.owes = s.copay
            if s.tpl:
                s.adjs.append(("OA", "23", s.tpl))
            if s.copay:
                s.adjs.append(("PR", "3", s.copay))
        claims.append({"patient": name, "mid": mid, "icn": icn, "acct": mr, "s": ss})
    cols = [("SVC DATE", 44, "l"), ("PROC-MOD", 116, "l"), ("QTY", 222, "r"), ("SUBMITTED", 284, "r"), ("ALLOWED", 336, "r"),
            ("TPL AMT", 384, "r"), ("RECIP\nCOPAY", 426, "r"), ("REIMB", 476, "r"), ("ADJ RSN", 484, "l")]

    def furniture():
        doc.new_page()
        doc.t(40, 36, "GREAT LAKES COMMONWEALTH MEDICAID", 11, True)
        doc.t(40, 48, "REMITTANCE STATEMENT", 9, True)
        doc.t(572, 36, f"PAGE {doc.pno} OF {{NP}}", 8, False, "r")
        doc.t(572, 48, "WARRANT/EFT NO 70019386", 8, False, "r")
        doc.t(40, 62, "PAYEE: RIVERBEND CHILD & ADULT THERAPY   PAYEE ID: 3399107-02   DATE: 02/02/2026", 7.5)
        doc.hl(40, 572, 68, 1)
        doc.t(40, 770, "Questions about this statement: Provider Relations 1-800-555-0164. Codes are explained on the last page.", 6.8)

    def first():
        furniture()
        return 86

    def cont():
        furniture()
        return 86

    def head(y, cl, again):
        cl["_top"] = y - 9
        doc.box(40, y - 9, 532, 14, 0.5, 0.9)
        doc.t(44, y, f"ICN {cl['icn']}  MEMBER {cl['patient']} ({cl['mid']})  MED REC # {cl['acct']}" + (" CONT" if again else ""), 7.2, True)
        colhead(doc, y + 14, cols, 6.8, True, 8)
        doc.hl(40, 572, y + 25, 0.3)
        return y + 35

    def rows(y, s, cl):
        chunks = [s.adjs[i:i + 2] for i in range(0, len(s.adjs), 2)] or [[]]
        if y is None:
            return 13 + 9 * (len(chunks) - 1)
        vals = [dfmt(s.dos, "mdy4"), f"{s.code}-{'-'.join(s.mods)}" if s.mods else s.code, f"{s.units:.1f}", money(s.billed, ","),
                money(s.allowed, ","), money(getattr(s, "tpl", ZERO), ","), money(s.copay, ","), money(s.paid, ","),
                "  ".join(f"{g}{r} {money(a, ',')}" for g, r, a in chunks[0])]
        for (h, x, a), v in zip(cols, vals):
            doc.t(x, y, v, 6.8, False, a)
        for j, ch in enumerate(chunks[1:], 1):
            doc.t(484, y + 9 * j, "  ".join(f"{g}{r} {money(a, ',')}" for g, r, a in ch), 6.8)
        rec.add(doc.pno, s, cl, span=len(chunks), adjustments=s.adjs, mods=True,
                extra_toks=[f"{g}{r} {money(a, ',')}" for g, r, a in s.adjs])
        c = rec.checks[-1]
        c["toks"] = [t for t in c["toks"] if t != s.code and t not in s.mods] + [vals[1]]
        return y + 13 + 9 * (len(chunks) - 1)

    def foot(y, cl):
        doc.t(116, y, "CLAIM TOTAL", 6.8, True)
        for (h, x, a), v in zip(cols[3:8], [total(cl["s"], "billed"), total(cl["s"], "allowed"),
                                            sum((getattr(s, "tpl", ZERO) for s in cl["s"]), ZERO), total(cl["s"], "copay"),
                                            total(cl["s"], "paid")]):
            doc.t(x, y, money(v, ","), 6.8, True, "r")
        doc.box(40, cl["_top"], 532, y + 5 - cl["_top"], 0.5) if doc.pno == cl.get("_pg", doc.pno) else None
        rec.claim(cl, billed=total(cl["s"], "billed"), allowed=total(cl["s"], "allowed"), paid=total(cl["s"], "paid"))
        return y + 22

    def head2(y, cl, again):
        cl["_pg"] = doc.pno if not again else -1
        return head(y, cl, again)

    y = flow(doc, claims * 1, first_page=first, cont_page=cont, bottom=744, claim_head=head2, draw_rows=rows, claim_foot=foot)
    legend = [("CO45", "Charge is above the program's maximum fee; the difference is written off."),
              ("OA23", "Amount already paid by the member's other insurance (third-party liability)."),
              ("PR3", "Member copayment required by the program."),
              ("COB7", "Service not covered for this provider type or on this date.")]
    if y > 680:
        y = cont()
    doc.t(40, y, "ADJUSTMENT REASON CODES ON THIS STATEMENT", 8, True)
    for c, t in legend:
        y += 11
        doc.t(40, y, f"{c:<6} {t}", 6.8)
    return doc, "reportlab", rec, legend, [], (
        "State Medicaid remittance statement, portrait Liberation Mono: boxed claims with ICN / MEMBER / MED REC #, "
        "glued PROC-MOD, QTY 2.0, TPL and recipient copay columns, 'CO45 12.34' adjustment cells, rows carried over.")


# ===================================================================================== k7
def k7():
    doc = Doc("LibNarrow", landscape=True)
    rec = Rec(",", "-", lambda d: dfmt(d, "mdy2"), units_str, all_adj=True,
              printed=("billed", "allowed", "deductible", "coinsurance", "paid"))
    st = PlanState(ded_left=Decimal("120.00"))
    spec = [
        ("HOLLOWAY, BEATRICE M", "7KQ4TW9RD21", "AC-30418", "22260120771340", [(5, "97161", 1, ["GP"]), (5, "97110", 2, ["GP"]), (7, "97110", 2, ["GP"]), (7, "97140", 1, ["GP", "59"]), (9, "97112", 2, ["GP"])]),
        ("DESROCHERS, ARMAND", "2PL8NX4QE66", "AC-30422", "22260120771388", [(6, "97165", 1, ["GO"]), (6, "97530", 2, ["GO"]), (8, "97530", 3, ["GO"]), (8, "97535", 1, ["GO"])]),
        ("WHITFIELD, OPAL", "9ZC2HV7MK03", "AC-30436", "22260120771402", [(12, "92523", 1, ["GN"]), (14, "92507", 1, ["GN"]), (19, "92507", 1, ["GN"]), (21, "92526", 1, ["GN"])]),
        ("HOLLOWAY, BEATRICE M", "7KQ4TW9RD21", "AC-30451", "22260121102265", [(12, "97110", 3, ["GP", "KX"]), (12, "97116", 1, ["GP", "KX"]), (14, "97110", 2, ["GP", "CQ", "KX"]), (14, "G0283", 1, ["GP", "KX"])]),
        ("MBEKI, SOLOMON T", "4RT6GB1WJ58", "AC-30467", "22260121102301", [(15, "97530", 2, ["GO"]), (15, "97760", 1, ["GO"]), (15, "L3807", 1, ["LT"]), (20, "97530", 2, ["GO"])]),
    ]
    claims = []
    for name, mbi, acct, icn, sp in spec:
        stc = PlanState(ded_left=st.ded_left if name.startswith("HOLLOWAY") and acct == "AC-30418" else ZERO)
        ss = svcs(sp)
        for s in ss:
            medicare(s, stc)
        claims.append({"patient": name, "mbi": mbi, "acct": acct, "icn": icn, "s": ss})
    cols = [("DOS", 40, "l"), ("CPT", 86, "l"), ("Mods", 124, "l"), ("Units", 192, "r"), ("Charge", 250, "r"), ("Allowed", 304, "r"),
            ("Deduct", 350, "r"), ("Coins", 396, "r"), ("Adj Codes", 416, "l"), ("Paid", 752, "r")]

    def furniture():
        doc.new_page()
        doc.t(40, 32, "OakLedger Practice Suite  \u2022  Remittance Posting Detail", 12, True)
        doc.t(752, 32, f"Page {doc.pno} of {{NP}}", 8, False, "r")
        doc.t(40, 46, "Payer: MEDICARE PART B - JURISDICTION 15 (Contractor 15202)   Check/EFT: 884410297   Check date: 01/29/26   "
              "Practice: Tamarack Rehab Partners   NPI 1932018847", 8)
        doc.hl(40, 752, 52, 1)
        colhead(doc, 64, cols, 8, True)
        doc.hl(40, 752, 68, 0.4)
        doc.t(40, 590, "Printed 01/30/26 10:42 by KBRANDT  \u2022  Posting batch 26-0130-03  \u2022  Auto-posted", 7)
        return 82

    def head(y, cl, again):
        doc.t(40, y, f"Patient: {cl['patient']}     MBI: {cl['mbi']}     Acct: {cl['acct']}     ICN: {cl['icn']}     "
              "Status: 1 - Processed as primary" + ("   (cont.)" if again else ""), 8, True)
        return y + 12

    def rows(y, s, cl):
        if y is None:
            return 12
        adj = "  ".join(f"{g}-{r} {money(a, ',')}" for g, r, a in s.adjs)
        vals = [dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), units_str(s.units), money(s.billed, ","), money(s.allowed, ","),
                money(s.deductible, ","), money(s.coinsurance, ","), adj, money(s.paid, ",")]
        for (h, x, a), v in zip(cols, vals):
            doc.t(x, y, v, 8, False, a)
        rec.add(doc.pno, s, cl, adjustments=s.adjs, extra_toks=[f"{g}-{r} {money(a, ',')}" for g, r, a in s.adjs])
        return y + 12

    def foot(y, cl):
        doc.hl(200, 752, y - 8, 0.3)
        doc.t(124, y, "Claim subtotal", 8, True)
        for (h, x, a), k in zip(cols[4:8], ["billed", "allowed", "deductible", "coinsurance"]):
            doc.t(x, y, money(total(cl["s"], k), ","), 8, True, "r")
        doc.t(752, y, money(total(cl["s"], "paid"), ","), 8, True, "r")
        doc.t(416, y, f"Pt resp {money(total(cl['s'], 'owes'), ',')}", 8)
        rec.claim(cl, billed=total(cl["s"], "billed"), allowed=total(cl["s"], "allowed"), paid=total(cl["s"], "paid"),
                  patient_owes=total(cl["s"], "owes"))
        return y + 20

    y = flow(doc, claims, first_page=furniture, cont_page=furniture, bottom=570, claim_head=head, draw_rows=rows, claim_foot=foot)
    if y > 540:
        y = furniture()
    doc.t(40, y + 4, f"Batch total paid {money(sum((total(c['s'], 'paid') for c in claims), ZERO), ',')}   Claims 5   "
          "Adjustment codes: group CO contractual, PR patient responsibility; 45 fee schedule, 1 deductible, 2 coinsurance, "
          "253 sequestration", 7.5)
    legend = [("CO-45", "Charge over the fee schedule"), ("PR-1", "Deductible"), ("PR-2", "Coinsurance"),
              ("CO-253", "Sequestration reduction")]
    return doc, "reportlab", rec, legend, [], (
        "Practice-management Medicare remittance posting detail, landscape narrow sans: claim heading with MBI / Acct / "
        "ICN, one row per service with 'CO-45 55.12' adjustment pairs in one cell, claim subtotals, page header repeated.")


# ===================================================================================== k8
def k8():
    doc = Doc("DjMono")
    rec = Rec("", "-", lambda d: f"{d:%m%d} {d:%m%d%y}", units_str, all_adj=True,
              printed=("billed", "allowed", "deductible", "coinsurance", "paid"))
    spec = [
        ("ALDRIDGE, WINONA", "3FJ7QW2RT45", "OTC10442", "0226015004120", "85.00", [(5, "97166", 1, ["GO"]), (5, "97530", 2, ["GO"]), (7, "97530", 3, ["GO"]), (7, "97535", 1, ["GO"])]),
        ("BRANNIGAN, TOBIAS", "6KD2MZ8LP17", "OTC10458", "0226015004187", None, [(6, "97161", 1, ["GP"]), (6, "97110", 2, ["GP"]), (8, "97112", 2, ["GP"]), (8, "97140", 1, ["GP", "59"]), (13, "97110", 3, ["GP", "KX"])]),
        ("CASTELLANOS, MIRA", "8HV5RC3NS90", "OTC10471", "0226015004235", None, [(9, "92523", 1, ["GN"]), (16, "92507", 1, ["GN"]), (16, "92526", 1, ["GN"])]),
        ("DUVALL, EZRA", "1TW9BQ4KF28", "OTC10480", "0226015004301", None, [(12, "97530", 2, ["GO", "CO"]), (12, "97140", 1, ["GO", "59"]), (14, "G0283", 1, ["GO"]), (14, "0552T", 1, [], "CO")]),
        ("ESTRELLA, JUNE", "5MN3XP6QA71", "OTC10495", "0226015004377", None, [(15, "97165", 1, ["GO"]), (15, "97760", 1, ["GO"]), (15, "L3807", 1, ["RT"]), (20, "97530", 2, ["GO"]), (22, "97530", 2, ["GO"])]),
    ]
    claims = []
    for name, mid, acct, icn, ded, sp in spec:
        st = PlanState(ded_left=Decimal(ded) if ded else ZERO)
        ss = svcs(sp)
        for s in ss:
            medicare(s, st)
        claims.append({"patient": name, "mid": mid, "acct": acct, "icn": icn, "s": ss})
    X = [40, 112, 184, 208, 226, 262, 304, 352, 398, 440, 448, 572]

    def furniture():
        doc.new_page()
        doc.t(40, 30, "CLEARPOINT CLAIMS NETWORK - REMITTANCE PRINT (STANDARD PAPER FORMAT)", 7.5, True)
        doc.t(40, 42, "MEDICARE PART B  NOVUS GOVERNMENT BENEFIT ADMINISTRATORS  JURISDICTION 11", 7)
        doc.t(572, 30, f"PAGE #: {doc.pno} OF {{NP}}", 7, False, "r")
        doc.t(40, 56, "PROVIDER #: 1558203391   HARBORVIEW OCCUPATIONAL & SPEECH THERAPY   CHECK/EFT #: 0087731045   DATE: 01/27/2026", 6.6)
        doc.t(40, 66, "REMIT #: 2026012700019   TAX ID: XX-XXX4417", 6.6)
        hdr = ["PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT", "COINS", "GRP/RC-AMT", "PROV PD"]
        al = ["l", "l", "l", "r", "l", "l", "r", "r", "r", "r", "l", "r"]
        for h, x, a in zip(hdr, [40, 96, 162, 194, 200, 236, 304, 352, 398, 440, 448, 572], al):
            doc.t(x, 82, h, 6.6, True, a)
        doc.t(40, 88, "_" * 106, 6.6)
        return 102

    def head(y, cl, again):
        doc.t(40, y, f"NAME {cl['patient']:<22} MID {cl['mid']}  ACNT {cl['acct']}  ICN {cl['icn']}  ASG Y MOA MA01", 6.6)
        return y + 11

    def rows(y, s, cl):
        n = max(1, len(s.adjs))
        if y is None:
            return 9 * n + 2
        mods = " ".join(s.mods)
        vals = [("1689204471", 40, "l"), (f"{s.dos:%m%d} {s.dos:%m%d%y}", 96, "l"), ("11", 162, "l"), (units_str(s.units), 194, "r"),
                (s.code, 200, "l"), (mods, 236, "l"), (money(s.billed, ""), 304, "r"), (money(s.allowed, ""), 352, "r"),
                (money(s.deductible, ""), 398, "r"), (money(s.coinsurance, ""), 440, "r"), (money(s.paid, ""), 572, "r")]
        for v, x, a in vals:
            doc.t(x, y, v, 6.6, False, a)
        for j, (g, r, a) in enumerate(s.adjs):
            doc.t(448, y + 9 * j, f"{g}-{r}", 6.6)
            doc.t(530, y + 9 * j, money(a, ""), 6.6, False, "r")
        rec.add(doc.pno, s, cl, span=n, adjustments=s.adjs)
        return y + 9 * n + 2

    def foot(y, cl):
        owes = total(cl["s"], "owes")
        doc.t(40, y, f"PT RESP {money(owes, ''):>10}", 6.6)
        y += 9
        doc.t(40, y, "CLAIM TOTALS", 6.6)
        for k, x in (("billed", 304), ("allowed", 352), ("deductible", 398), ("coinsurance", 440), ("paid", 572)):
            doc.t(x, y, money(total(cl["s"], k), ""), 6.6, False, "r")
        doc.t(40, y + 9, f"ADJ TO TOTALS: PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00        NET {money(total(cl['s'], 'paid'), ''):>10}", 6.6)
        rec.claim(cl, billed=total(cl["s"], "billed"), allowed=total(cl["s"], "allowed"), paid=total(cl["s"], "paid"),
                  patient_owes=owes)
        return y + 24

    y = flow(doc, claims, first_page=furniture, cont_page=furniture, bottom=730, claim_head=head, draw_rows=rows,
             claim_foot=foot, repeat_head=False)
    if y > 680:
        y = furniture()
    tp = sum((total(c["s"], "paid") for c in claims), ZERO)
    doc.t(40, y, "TOTALS:  # OF CLAIMS  BILLED AMT   ALLOWED AMT   DEDUCT AMT   COINS AMT   PROV PD AMT   CHECK AMT", 6.6)
    doc.t(40, y + 9, f"         {len(claims):>10}  {money(sum((total(c['s'], 'billed') for c in claims), ZERO), ''):>9}   "
          f"{money(sum((total(c['s'], 'allowed') for c in claims), ZERO), ''):>11}   "
          f"{money(sum((total(c['s'], 'deductible') for c in claims), ZERO), ''):>10}   "
          f"{money(sum((total(c['s'], 'coinsurance') for c in claims), ZERO), ''):>9}   {money(tp, ''):>11}   {money(tp, ''):>9}", 6.6)
    doc.t(40, y + 27, "GLOSSARY: Group, Reason, MOA, Remark and Adjustment Codes", 6.6, True)
    legend = [("CO", "Contractual obligation"), ("PR", "Patient responsibility"), ("45", "Billed above the fee schedule allowance"),
              ("1", "Deductible amount"), ("2", "Coinsurance amount"), ("50", "Not deemed medically necessary by the payer"),
              ("253", "Sequestration payment reduction"), ("MA01", "How to ask for a redetermination of this decision")]
    for i, (c, t) in enumerate(legend):
        doc.t(40, y + 38 + 9 * i, f"{c:<6}{t}", 6.6)
    return doc, "fpdf2", rec, legend, [], (
        "Clearinghouse print of a Medicare standard paper remit, portrait DejaVu Sans Mono: NAME/MID/ACNT/ICN/ASG/MOA "
        "claim lines, MMDD MMDDYY dates, NOS units, extra GRP/RC-AMT pairs on follow-on lines, PT RESP, CLAIM TOTALS, NET.")


# ===================================================================================== k9
def k9():
    doc = Doc("LibSerif")
    rec = Rec(",", "-", lambda d: dfmt(d, "mdy4"), units_str, printed=("billed", "paid", "patient_owes"))
    st = PlanState(ded_left=Decimal("90.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    visits = [
        ("Noelani Fairbanks-Ortiz", 5, "INV-60214", "KS2601044518", [("97165", 1, ["GO"]), ("97530", 2, ["GO"])]),
        ("Bastian Fairbanks-Ortiz", 6, "INV-60230", "KS2601044602", [("92523", 1, ["GN"])]),
        ("Noelani Fairbanks-Ortiz", 12, "INV-60301", "KS2601051190", [("97530", 3, ["GO"]), ("97535", 1, ["GO"])]),
        ("Bastian Fairbanks-Ortiz", 13, "INV-60322", "KS2601051233", [("92507", 1, ["GN"])]),
        ("Ava Fairbanks-Ortiz", 14, "INV-60340", "KS2601051307", [("97166", 1, ["GO"]), ("97530", 2, ["GO"]), ("97112", 1, ["GO"])]),
        ("Noelani Fairbanks-Ortiz", 19, "INV-60398", "KS2601058841", [("97530", 2, ["GO"]), ("97140", 1, ["GO", "59"])]),
        ("Bastian Fairbanks-Ortiz", 20, "INV-60411", "KS2601058902", [("92507", 1, ["GN"]), ("92526", 1, ["GN"], "PR")]),
        ("Ava Fairbanks-Ortiz", 21, "INV-60429", "KS2601058977", [("97530", 3, ["GO"]), ("97535", 2, ["GO"])]),
        ("Noelani Fairbanks-Ortiz", 26, "INV-60477", "KS2601066120", [("97530", 2, ["GO"]), ("97110", 2, ["GO"])]),
        ("Ava Fairbanks-Ortiz", 28, "INV-60502", "KS2601066254", [("97530", 2, ["GO"]), ("97760", 1, ["GO"]), ("L3807", 1, ["LT"])]),
        ("Bastian Fairbanks-Ortiz", 34, "INV-60561", "KS2602010073", [("92507", 1, ["GN"])]),
        ("Noelani Fairbanks-Ortiz", 33, "INV-60548", "KS2602010011", [("97530", 3, ["GO"]), ("97535", 1, ["GO"]), ("97168", 1, ["GO"])]),
        ("Ava Fairbanks-Ortiz", 35, "INV-60590", "KS2602010139", [("97530", 2, ["GO"]), ("97112", 2, ["GO"]), ("97535", 1, ["GO"])]),
    ]
    claims = []
    for pt, day, inv, clm, sp in visits:
        ss = svcs([(day, *x) for x in sp])
        for s in ss:
            commercial(s, st)
        claims.append({"patient": pt, "acct": inv, "icn": clm, "s": ss})
    SX = 150  # sidebar width
    cols = [("Date", SX + 8, "l"), ("Patient", SX + 56, "l"), ("Code", SX + 150, "l"), ("Service", SX + 196, "l"), ("Qty", SX + 302, "r"),
            ("Charge", SX + 344, "r"), ("Ins Paid", SX + 384, "r"), ("Ins Adj", SX + 420, "r"), ("Your\nPortion", SX + 456, "r")]

    def furniture():
        doc.new_page()
        doc.box(0, 0, SX - 10, 792, 0, 0.92)
        doc.t(14, 40, "Little Harbor", 13, True)
        doc.t(14, 54, "Pediatric Therapy", 13, True)
        doc.t(14, 70, "88 Wharfside Ave, Suite 3", 7.5)
        doc.t(14, 80, "Port Ansel, ME 04990", 7.5)
        doc.t(14, 90, "Billing: (555) 555-0110", 7.5)
        doc.t(14, 120, "Account #", 8, True)
        doc.t(14, 131, "G-118204", 8)
        doc.t(14, 150, "Statement date", 8, True)
        doc.t(14, 161, "02/10/2026", 8)
        doc.t(14, 190, "Amount due", 9, True)
        doc.t(14, 205, money(sum((total(c["s"], "owes") for c in claims), ZERO) - Decimal("60.00")), 13, True)
        doc.t(14, 222, "Due by 03/05/2026", 8)
        for i, t in enumerate(["Ways to pay", "Online: pay.littleharbor.example", "Phone: (555) 555-0110",
                               "Mail the stub with a check", "payable to Little Harbor", "Pediatric Therapy"]):
            doc.t(14, 260 + 11 * i, t, 7.5, i == 0)
        doc.t(SX + 8, 40, "Family Statement", 15, True)
        doc.t(SX + 462, 40, f"Page {doc.pno} of {{NP}}", 8, False, "r")
        doc.t(SX + 8, 56, "Responsible party: Dana Fairbanks-Ortiz, 412 Kettle Cove Rd, Port Ansel, ME 04990", 8)
        doc.t(SX + 8, 67, "Insurance on file: Kestrel Shore Health (PPO), member DFO-5520381", 8)
        doc.hl(SX + 8, SX + 456, 74, 0.8)
        colhead(doc, 86, cols, 7.5, True, 9)
        doc.hl(SX + 8, SX + 456, 98, 0.4)
        return 110

    def head(y, cl, again):
        doc.t(SX + 8, y, f"Visit {cl['acct']}  \u2014  insurance claim {cl['icn']}" + ("  (continued)" if again else ""), 7.5, True)
        return y + 11

    def rows(y, s, cl):
        if y is None:
            return 11
        adj = s.billed - s.paid - s.owes
        vals = [dfmt(s.dos, "mdy4"), cl["patient"], f"{s.code} {' '.join(s.mods)}".strip(),
                doc.wrap(s.desc.split(",")[0], 86, 7.5)[0],
                units_str(s.units), money(s.billed, ","), money(s.paid, ","), money(adj, ","), money(s.owes, ",")]
        for (h, x, a), v in zip(cols, vals):
            doc.t(x, y, v, 7.5, False, a)
        rec.add(doc.pno, s, cl)
        return y + 11

    def foot(y, cl):
        rec.claim(cl)
        return y + 5

    def first9():
        y0 = furniture()
        doc.t(SX + 8, 612, "- - - - - - - - - - - - - Please detach and return this portion with your payment - - - - - - - - - - - - -", 7)
        doc.box(SX + 8, 626, 448, 120, 0.6)
        for i, t in enumerate(["Little Harbor Pediatric Therapy", "Account # G-118204", "Statement date 02/10/2026",
                               "Responsible party: Dana Fairbanks-Ortiz"]):
            doc.t(SX + 18, 644 + 13 * i, t, 8, i == 0)
        doc.t(SX + 300, 644, "Amount due " + money(sum((total(c["s"], "owes") for c in claims), ZERO) - Decimal("60.00")), 8, True)
        doc.t(SX + 300, 658, "Amount enclosed $ ______________", 8)
        doc.t(SX + 300, 680, "Remit to: PO Box 7710, Port Ansel, ME 04990", 7.5)
        return y0

    y = flow(doc, claims, first_page=first9, cont_page=furniture, bottom=598, claim_head=head,
             draw_rows=rows, claim_foot=foot)
    doc.t(SX + 56, y, "Patient payment - thank you (check 2291, 01/22/2026)", 7.5)
    doc.t(SX + 456, y, "-60.00", 7.5, False, "r")
    y += 16
    doc.t(SX + 8, y, "Balance by family member", 8.5, True)
    names = []
    for c in claims:
        if c["patient"] not in names:
            names.append(c["patient"])
    for nm in names:
        y += 11
        doc.t(SX + 16, y, nm, 8)
        doc.t(SX + 456, y, money(sum((total(c["s"], "owes") for c in claims if c["patient"] == nm), ZERO), ","), 8, False, "r")
    doc.t(SX + 8, y + 20, "Ins Adj is the amount your insurer's contract says we may not charge. Your Portion is deductible,", 7.5)
    doc.t(SX + 8, y + 30, "copay or coinsurance as your insurer decided, or a service your plan does not cover.", 7.5)
    return doc, "fpdf2", rec, [], [], (
        "Therapy clinic family statement, portrait serif with a left sidebar: visit rows by family member, insurer claim number per visit heading, Qty, Charge / Ins Paid / Ins Adj / Your Portion, a payment row.")


# ===================================================================================== k10
def k10():
    doc = Doc("DjSansC", landscape=True)
    rec = Rec("$", "-", lambda d: dfmt(d, "mdy4"), units_str, printed=("billed",))
    REV = {"97530": "0430", "97535": "0430", "97165": "0430", "97166": "0430", "97168": "0430", "97760": "0430", "L3807": "0274",
           "97110": "0420", "97112": "0420", "97140": "0420", "97161": "0420", "97116": "0420", "G0283": "0420",
           "92507": "0440", "92523": "0440", "92526": "0440", "99213": "0510"}
    accts = [
        ("Rosalind Achterberg", "A2601-0087341", "SMC-26-0448120", "Tidewater Mutual", [(5, "97161", 1, ["GP"]), (5, "97110", 2, ["GP"]), (7, "97110", 2, ["GP"]), (7, "97140", 1, ["GP", "59"]), (12, "97112", 2, ["GP"]), (12, "97110", 1, ["GP"]), (14, "97116", 2, ["GP"]), (14, "G0283", 1, ["GP"]), (19, "97110", 3, ["GP"]), (21, "97140", 1, ["GP"]), (21, "97112", 1, ["GP"])]),
        ("Felix Achterberg", "A2601-0087355", "SMC-26-0448377", "Tidewater Mutual", [(8, "97166", 1, ["GO"]), (8, "97530", 2, ["GO"]), (15, "97530", 3, ["GO"]), (15, "97535", 1, ["GO"]), (22, "97760", 1, ["GO"]), (22, "L3807", 1, ["RT"]), (29, "97530", 2, ["GO"]), (29, "97168", 1, ["GO"])]),
        ("Wren Achterberg", "A2601-0087402", "SMC-26-0449016", "Tidewater Mutual", [(9, "92523", 1, ["GN"]), (16, "92507", 1, ["GN"]), (23, "92507", 1, ["GN"]), (30, "92526", 1, ["GN"]), (30, "99213", 1, ["25"])]),
    ]
    st = PlanState(ded_left=Decimal("200.00"))
    claims = []
    for pt, acct, clm, payer, sp in accts:
        ss = svcs(sp)
        for s in ss:
            commercial(s, st)
        claims.append({"patient": pt, "acct": acct, "icn": clm, "payer": payer, "s": ss})
    MIS = "A2601-0087355"
    cols = [("Date", 40, "l"), ("Rev Code", 100, "l"), ("Description", 150, "l"), ("HCPCS", 400, "l"), ("Mod", 446, "l"),
            ("Qty", 510, "r"), ("Charges", 590, "r")]

    def furniture():
        doc.new_page()
        doc.t(40, 38, "ST. MARGUERITE COMMUNITY HOSPITAL", 14, True)
        doc.t(40, 51, "Outpatient Rehabilitation Services  \u2022  300 Bayberry Parkway, Corliss Point, NJ 08990", 8)
        doc.t(752, 38, "HOUSEHOLD STATEMENT", 11, True, "r")
        doc.t(752, 51, f"Page {doc.pno} of {{NP}}", 8, False, "r")
        doc.box(610, 70, 142, 120, 0.6, 0.94)
        doc.t(618, 86, "Guarantor", 8, True)
        doc.t(618, 98, "Jonas Achterberg", 8)
        doc.t(618, 116, "Statement date", 8, True)
        doc.t(618, 128, "02/12/2026", 8)
        doc.t(618, 146, "Guarantor no. G-7730155", 8)
        doc.t(618, 164, "Questions: (555) 555-0186", 8)
        doc.t(618, 176, "Mon-Fri 8:00-4:30", 8)
        doc.t(40, 590, "Financial assistance is available to eligible patients. Ask us for a plain-language summary of our policy.", 7)
        return 74

    def head(y, cl, again):
        doc.box(40, y - 9, 556, 13, 0.4, 0.86)
        doc.t(44, y, f"Account # {cl['acct']}    Patient: {cl['patient']}    Service dates {dfmt(cl['s'][0].dos, 'mdy4')} - "
              f"{dfmt(cl['s'][-1].dos, 'mdy4')}" + ("   (continued)" if again else ""), 8, True)
        colhead(doc, y + 14, cols, 7.5, True)
        doc.hl(40, 596, y + 17, 0.4)
        return y + 28

    def rows(y, s, cl):
        if y is None:
            return 14
        vals = [dfmt(s.dos, "mdy4"), REV[s.code], s.desc, s.code, " ".join(s.mods), units_str(s.units), money(s.billed)]
        for (h, x, a), v in zip(cols, vals):
            doc.t(x, y, v, 7.5, False, a)
        rec.add(doc.pno, s, cl)
        return y + 14

    findings = []

    def foot(y, cl):
        tb = total(cl["s"], "billed")
        shown = tb + (Decimal("95.00") if cl["acct"] == MIS else ZERO)
        if cl["acct"] == MIS:
            findings.append(f"claim-total-mismatch claim {MIS}: printed Total Charges total {shown} but the lines add up to {tb}")
        doc.hl(520, 596, y - 8, 0.4)
        doc.t(150, y, "Total Charges", 7.5, True)
        doc.t(590, y, money(shown), 7.5, True, "r")
        paid = total(cl["s"], "paid")
        disc = total(cl["s"], "discount") + total(cl["s"], "not_covered")
        doc.t(150, y + 11, f"{cl['payer']} payment, claim {cl['icn']}", 7.5)
        doc.t(590, y + 11, money(-paid), 7.5, False, "r")
        doc.t(150, y + 22, f"{cl['payer']} contractual adjustment", 7.5)
        doc.t(590, y + 22, money(-disc), 7.5, False, "r")
        doc.t(150, y + 33, "Patient balance for this account", 7.5, True)
        doc.t(590, y + 33, money(shown - paid - disc), 7.5, True, "r")
        rec.claim(cl, billed=shown)
        return y + 52

    y = flow(doc, claims, first_page=furniture, cont_page=furniture, bottom=570, claim_head=head, draw_rows=rows, claim_foot=foot,
             head_reserve=90)
    return doc, "reportlab", rec, [], findings, (
        "Hospital outpatient-rehab household statement, landscape condensed sans with a guarantor box: one account per "
        "family member, revenue codes, HCPCS and Mod apart, charges only per line, insurance payment and adjustment rows "
        "per account; one account's Total Charges is deliberately wrong.")


# ===================================================================================== driver
LAYOUTS = {f"k{i}": globals()[f"k{i}"] for i in range(1, 11)}


def build_all(out: Path) -> list[str]:
    names = []
    for name, fn in LAYOUTS.items():
        doc, producer, rec, legend, findings, desc = fn()
        path = out / f"heldout110_{name}.pdf"
        doc.finish()
        (doc.save_reportlab if producer == "reportlab" else doc.save_fpdf)(path)
        write_truth(path, name, producer, doc.pno, desc, rec.lines, rec.claims, legend, findings)
        (out / f".{name}.check.json").write_text(json.dumps({"checks": rec.checks, "all_adj": rec.all_adj}))
        names.append(name)
    return names


def check(out: Path, names: list[str]) -> int:
    import pdfplumber
    bad = 0
    nlines = npages = nsplit = 0
    for name in names:
        path = out / f"heldout110_{name}.pdf"
        tr = json.loads(Path(str(path) + ".truth.json").read_text())
        ck = json.loads((out / f".{name}.check.json").read_text())
        (out / f".{name}.check.json").unlink()
        pl = page_lines(path)
        with pdfplumber.open(str(path)) as pdf:
            n = len(pdf.pages)
        errs = []
        if n != tr["pages"]:
            errs.append(f"pages {n} != {tr['pages']}")
        alltext = "\n".join("\n".join(p) for p in pl)
        for ln, c in zip(tr["lines"], ck["checks"]):
            if not find_row(pl[c["page"] - 1], c["toks"], c["span"]):
                errs.append(f"row not found p{c['page']} {c['toks']}")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in alltext:
                    errs.append(f"{k} {ln[k]} not in text")
            if ck["all_adj"] and ln["billed"] is not None and ln["paid"] is not None:
                adj = sum((Decimal(a[2]) for a in ln["adjustments"]), Decimal(0))
                if Decimal(ln["billed"]) - adj != Decimal(ln["paid"]):
                    errs.append(f"billed-adj!=paid {ln['code']} {ln['service_date']}")
            if ln["deductible"] is not None and ln["allowed"] is not None and ln["paid"] is not None:
                parts = sum(Decimal(ln[k] or 0) for k in ("deductible", "copay", "coinsurance"))
                if ln["copay"] is not None and ln["coinsurance"] is not None and Decimal(ln["allowed"]) - parts != Decimal(ln["paid"]):
                    errs.append(f"allowed-parts!=paid {ln['code']}")
        for cl in tr["claims"]:
            mine = [ln for ln in tr["lines"] if ln["payer_claim_id"] == cl["payer_claim_id"]
                    and ln["claim_id"] == cl["claim_id"] and ln["patient"] == cl["patient"]]
            for k, v in cl["totals"].items():
                if v is None or all(ln[k] is None for ln in mine):
                    continue
                s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal(0))
                planted = any("mismatch" in f and (str(cl["claim_id"]) in f or str(cl["payer_claim_id"]) in f)
                              for f in tr["expected_findings"])
                if (s != Decimal(v)) != planted:
                    errs.append(f"claim total {k} {cl['claim_id']}/{cl['payer_claim_id']}: {v} vs lines {s}"
                                f" planted={planted}")
        pages_of = {}
        for ln in tr["lines"]:
            pages_of.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
        split = sum(1 for v in pages_of.values() if len(v) > 1)
        nsplit += bool(split)
        nlines += len(tr["lines"])
        npages += n
        status = "OK" if not errs else "FAIL"
        print(f"{name}: {status} producer={tr['producer']} pages={n} lines={len(tr['lines'])} claims={len(tr['claims'])}"
              f" claims-split-across-pages={split}")
        for e in errs[:12]:
            print("   ", e)
        bad += bool(errs)
    print(f"total: {len(names)} files, {nlines} lines, {npages} pages, {nsplit} files with a claim continued "
          f"on the next page, {bad} failing")
    if nsplit < 3 or len(names) < 10:
        print("FAIL: fewer than 3 files continue a claim onto the next page, or fewer than 10 files")
        bad += 1
    return 1 if bad else 0


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if args:
        out = Path(args[0]).resolve()
    else:
        import tempfile
        out = Path(tempfile.mkdtemp(prefix="heldout110_"))
    if (ROOT / "samples").resolve() in (out, *out.parents):
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    names = build_all(out)
    print(f"wrote {len(names)} PDFs to {out}")
    if "--check" in sys.argv:
        return check(out, names)
    for name in names:
        p = out / f".{name}.check.json"
        if p.exists():
            p.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
