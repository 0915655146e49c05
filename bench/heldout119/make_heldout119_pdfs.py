"""Write the held-out set 119 of synthetic PDF EOB layouts (with truth files) into a folder: ten everyday
documents, two of each of the five commonest real kinds, in house styles of their own.

Run:  python bench/heldout119/make_heldout119_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout119/make_heldout119_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Helper: bench/heldout119/h119lib.py (one
drawing API over reportlab and fpdf2, and the text-layer helpers of the check).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth/truth_line), printed values only, null
for what a layout does not print (units null where no quantity is printed); claim_id = the provider's own
account / patient-control / visit number, payer_claim_id = the payer's claim number / ICN / TCN / claim ref,
patient exactly as printed (the person served). Adjustments only where group+reason+amount are printed on the
line; remarks = note / reason / EOB / RARC codes printed on the line. Where a column is cut to fit, truth
description is the printed words. service_end = the printed THRU date where a layout prints one. Every name,
number, payer, provider and ID is invented; descriptions are our own words. Deterministic (reportlab
invariant=1, fpdf2 fixed creation date, no randomness).

Layouts:
  h119_cm_a  commercial member EOB (reportlab, portrait DejaVu Serif Condensed): "Amount billed / Member discount /
             Plan allowed / Deductible / Copay / Coinsurance / Plan paid / You owe", two-line service cells
             (wording, then "97530 GO   x3"), long wrapped wording, three family members, a not-covered line,
             note codes N1/N4/N9, claim heading repeated with "(continued)" and column header on page 2
  h119_cm_b  self-funded plan TPA "Employee Benefit Statement" (fpdf2, landscape Liberation Sans Narrow): "Charges /
             Rsn / Not Covered / PPO Savings / Covered / Deductible / Copay / Coins / Paid At / Benefit Paid", units
             "2.0", names in capitals, three family members, an excluded (CO) line, claim totals
  h119_msn   Medicare Summary Notice Part B (reportlab, portrait core Helvetica): page-1 deductible and "Total You
             May Be Billed" panels, claims by date heading with "Claim number", quantity before the wording and the
             code in parentheses "3 Therapeutic activities (97530)", no modifiers, "Service Approved?", note letters
  h119_ma    Medicare Advantage HMO member EOB (fpdf2, portrait DejaVu Sans): dark title band, boxed claim heads with
             "Claim ID / Provider's patient account", "97116-GP-CQ" codes, per-visit copay, a not-covered line,
             claim continues onto page 2 with repeated heading
  h119_mcd_a state Medicaid MMIS remittance advice (fpdf2, landscape core Courier): RECIP / MID / ICN / PCN heads,
             FROM / THRU, units "3.00", "CO45 174.45" adjustments in the row, 4-digit EOB codes, a void of a prior
             payment with trailing-minus amounts, denied lines, claim totals, continuation "(CONT)"
  h119_mcd_b state Medicaid provider remittance (reportlab, portrait DejaVu Sans Condensed): shaded claim boxes
             "Member Name / Member ID / TCN / Patient Control No.", Copay column with PR-3, "CO-45:101.58" adjustment
             codes, RARC column, continued claim
  h119_spr   clearinghouse print of a Medicare standard paper remit (reportlab, landscape Liberation Mono): NAME / MID /
             ACNT / ICN / ASG / MOA heads, "0106 010626" serv dates, NOS "2.0", GRP/RC-AMT with overflow adjustments
             on a second line under the service, REM line, PT RESP / CLAIM TOTALS / NET, 3 pages
  h119_pm    practice-management "Remittance Posting Journal" (fpdf2, portrait Liberation Sans 7pt): patient / Acct # /
             Payer ICN / MBI heads, "GP,KX" mods, Qty, Contract Adj / Ded / Coins / Seq 2% / Paid / Pt Resp columns
             without CARCs, claim subtotals, PHI footer
  h119_fs_a  pediatric therapy clinic statement of account (reportlab, Liberation Sans, left sidebar with amount due):
             visit heads "Name - Visit #n" with the insurer's claim, Insurance Paid / Insurance Adj. / You Owe, three
             children, visit totals
  h119_fs_b  hospital outpatient rehab guarantor statement (fpdf2, landscape DejaVu Serif): per-account shaded bars
             with "Ins. claim ref", Rev Code, CPT/HCPCS and Mod apart, a charge correction in parentheses, two
             family members, account totals (billed and patient responsibility only)

The self-check (--check) tests the factory, never the reader: page counts; for every truth line, its code,
modifiers, units, printed amounts, adjustment codes+amounts and remarks are in the text layer on the line's own
row band (pdfplumber words within the row's vertical extent, including a second line of the same service);
its date string on its page; ids and patient in the document; billed - adjustments = paid where every
adjustment is printed; billed - discount - not covered = allowed where printed; claim totals printed and equal
to the sum of their lines; at least three files carry a claim whose rows continue onto the next page.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (PlanState, Svc, ZERO, claim_totals, commercial, dfmt, medicaid, medicare, money,  # noqa: E402
                    negate, q, total, truth_line, units_str, write_truth, LONG_DESC)
import h119lib as H  # noqa: E402

D = date
BANDS: dict[str, list] = {}


class Rec:
    def __init__(self, name):
        self.name, self.lines, self.claims, self.meta = name, [], [], []

    def line(self, doc, top, bottom, s, dstr, **kw):
        t = truth_line(doc.page, s, **kw)
        self.lines.append(t)
        self.meta.append({"page": doc.page, "top": top, "bottom": bottom, "dstr": dstr})
        return t

    def claim(self, claim_id, payer_claim_id, patient, **tot):
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": claim_totals(**tot)})


def band(y, size, nlines=1, lead=None):
    lead = lead or size * 1.2
    return (y - size, y + (nlines - 1) * lead + size * 0.35)


def sv(d, code, units, mods=(), denied=None, desc=""):
    return Svc(d, code, Decimal(str(units)), tuple(mods), desc=desc, denied=denied)


def finish(out, name, doc, rec, layout, producer, description, legend=(), findings=None):
    pages = doc.save()
    write_truth(out / f"{name}.pdf", layout, producer, pages, description, rec.lines, rec.claims, list(legend),
                findings)
    BANDS[name] = rec.meta
    return name


# =========================================================================================== layouts

def cm_a(out: Path):
    """Commercial member EOB, portrait, reportlab DejaVu Serif Condensed, two-line service cells."""
    name = "h119_cm_a"
    doc = H.Doc(out / f"{name}.pdf", "reportlab", title="Explanation of Benefits")
    rec = Rec(name)
    F, FB = "DVSerifC", "DVSerifC-B"
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    fam = [
        ("Mila Okafor-Reyes", "BPT-30917", "CH2601448812", "Brightpath Pediatric Therapy",
         [sv(D(2026, 1, 6), "97166", 1, ("GO",)), sv(D(2026, 1, 6), "97530", 2, ("GO",)),
          sv(D(2026, 1, 13), "97530", 3, ("GO",)), sv(D(2026, 1, 13), "97535", 1, ("GO", "59")),
          sv(D(2026, 1, 20), "97530", 3, ("GO",)), sv(D(2026, 1, 20), "97112", 1, ("GO",)),
          sv(D(2026, 1, 27), "97530", 2, ("GO",)), sv(D(2026, 1, 27), "97760", 1, ("GO",), desc=LONG_DESC["97760"])]),
        ("Dana Okafor-Reyes", "BPT-30944", "CH2601452090", "Brightpath Pediatric Therapy",
         [sv(D(2026, 1, 8), "97161", 1, ("GP",)), sv(D(2026, 1, 8), "97110", 2, ("GP",)),
          sv(D(2026, 1, 15), "97140", 2, ("GP",), desc=LONG_DESC["97140"]), sv(D(2026, 1, 15), "0552T", 1, ("GP",), "PR")]),
        ("Jonah Okafor-Reyes", "30961-SLP", "CH2602460311", "Lakeshore Speech & Language Group",
         [sv(D(2026, 1, 9), "92523", 1, ("GN",)), sv(D(2026, 1, 16), "92507", 1, ("GN",)),
          sv(D(2026, 1, 23), "92507", 1, ("GN",)), sv(D(2026, 1, 30), "92507", 1, ("GN", "KX"))]),
    ]
    note = {"PR": "N4"}
    cols = [(36, "l"), (96, "l"), (318, "r"), (362, "r"), (404, "r"), (446, "r"), (478, "r"), (516, "r"),
            (552, "r"), (586, "r"), (590, "l")]
    heads = [("Service", "date"), ("Service provided /", "code and units"), ("Amount", "billed"),
             ("Member", "discount"), ("Plan", "allowed"), ("Deduct-", "ible"), ("Copay", ""),
             ("Co-", "insurance"), ("Plan", "paid"), ("You", "owe"), ("", "")]
    lines_legend = [("N1", "Your plan's network rate was applied; you are not billed for the discount."),
                    ("N4", "Not a covered benefit under your plan. You may be billed for this amount."),
                    ("N9", "Amount counted toward your calendar-year deductible.")]

    def page_head(cont):
        doc.text(36, 44, "CEDARLINE", FB, 20)
        doc.text(36, 58, "HEALTH PLAN", F, 9, gray=0.3)
        doc.text(576, 40, "Explanation of Benefits", FB, 13, "r")
        doc.text(576, 54, "THIS IS NOT A BILL", F, 8, "r")
        doc.text(576, 66, f"Page {doc.page}", F, 8, "r")
        doc.line(36, 74, 576, 74, 1.2)
        if not cont:
            doc.text(36, 92, "Dana Okafor-Reyes", F, 9)
            doc.text(36, 104, "4417 Wren Hollow Road", F, 9)
            doc.text(36, 116, "Millbrook Falls, OH 44999", F, 9)
            doc.rect(330, 84, 246, 62)
            for i, (k, v) in enumerate([("Subscriber", "Dana Okafor-Reyes"), ("Member ID", "CDL884120537"),
                                        ("Group", "Tri-County Cooperative 0772"), ("Statement date", "February 4, 2026")]):
                doc.text(338, 97 + i * 12, k + ":", F, 8)
                doc.text(420, 97 + i * 12, v, F, 8)
            doc.text(36, 166, "Claims processed for you and your covered family members", FB, 10)
            return 180
        return 86

    def col_head(y):
        doc.rect(36, y, 568, 24, fill=0.9)
        for (x, a), (h1, h2) in zip(cols, heads):
            doc.text(x, y + 10, h1, FB, 7, a)
            doc.text(x, y + 19, h2, FB, 7, a)
        return y + 34

    y = page_head(False)
    bottom = 720
    for pat, acct, clm, prov, svcs in fam:
        for s in svcs:
            commercial(s, st, deny_reason="204")
            s.remarks = [note[s.denied]] if s.denied else (["N9"] if s.deductible else ["N1"])
        if y + 70 > bottom:
            doc.new_page(); y = page_head(True)
        doc.text(36, y + 10, f"Patient: {pat}", FB, 9)
        doc.text(220, y + 10, f"Claim number: {clm}", F, 8.5)
        doc.text(400, y + 10, f"Provider account: {acct}", F, 8.5)
        doc.text(36, y + 22, f"Provider: {prov} (in network)", F, 8.5)
        y = col_head(y + 28)
        for s in svcs:
            dl = doc.wrap(s.desc, 190, F, 8)
            h = 10 * (len(dl) + 1) + 3
            if y + h > bottom:
                doc.text(576, bottom + 14, "Continued on next page", F, 7.5, "r")
                doc.new_page(); y = page_head(True)
                doc.text(36, y + 10, f"Patient: {pat}  (continued)", FB, 9)
                doc.text(220, y + 10, f"Claim number: {clm}", F, 8.5)
                y = col_head(y + 16)
            top = y
            doc.setfont(F, 8)
            ds = dfmt(s.dos, "mdy2")
            doc.text(36, y, ds)
            for i, t in enumerate(dl):
                doc.text(96, y + 10 * i, t)
            doc.text(96, y + 10 * len(dl), f"{s.code} {' '.join(s.mods)}   x{units_str(s.units)}", F, 7.5)
            vals = [s.billed, s.discount, s.allowed, s.deductible, s.copay, s.coinsurance, s.paid, s.owes]
            for (x, a), v in zip(cols[2:10], vals):
                doc.text(x, y, money(v, ","), F, 8, a)
            doc.text(cols[10][0], y, ",".join(s.remarks), F, 7.5)
            rec.line(doc, top - 8, y + 10 * len(dl) + 3, s, ds, claim_id=acct, payer_claim_id=clm, patient=pat,
                     printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid",
                              "patient_owes"), remarks=s.remarks)
            y += h
            doc.line(36, y - 8, 604, y - 8, 0.3, 0.6)
        tv = [total(svcs, a) for a in ("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                       "paid", "owes")]
        doc.text(96, y + 2, "Claim totals", FB, 8)
        for (x, a), v in zip(cols[2:10], tv):
            doc.text(x, y + 2, money(v, "$"), FB, 8, a)
        rec.claim(acct, clm, pat, billed=tv[0], allowed=tv[2], paid=tv[6], patient_owes=tv[7])
        y += 26
    y += 6
    doc.text(36, y, "Notes", FB, 9)
    for i, (c, t) in enumerate(lines_legend):
        doc.text(36, y + 12 + 11 * i, f"{c}  {t}", F, 8)
    doc.text(306, 770, "Questions? Call Member Services at 1-800-555-0147 (TTY 711), Monday-Friday 8 a.m.-6 p.m.",
             F, 7, "c")
    return finish(out, name, doc, rec, "cm_a", "reportlab", "commercial member EOB, family of three",
                  lines_legend)


def cm_b(out: Path):
    """Self-funded plan (TPA) employee benefit statement, landscape fpdf2 Liberation Sans Narrow."""
    name = "h119_cm_b"
    doc = H.Doc(out / f"{name}.pdf", "fpdf2", landscape=True, title="Employee Benefit Statement")
    rec = Rec(name)
    F, FB = "LibNarrow", "LibNarrow-B"
    st = PlanState(ded_left=Decimal("300.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.85"),
                   copay_codes={"99213": Decimal("35.00")})
    fam = [
        ("THEO LINDQVIST", "V20260112-07", "26-0119-55830", "Northgate Hand & Upper Limb Clinic",
         [sv(D(2026, 1, 12), "97165", 1, ("GO",)), sv(D(2026, 1, 12), "L3807", 1, ("RT",)),
          sv(D(2026, 1, 12), "97760", 1, ("GO", "59")), sv(D(2026, 1, 19), "97140", 2, ("GO",)),
          sv(D(2026, 1, 19), "97110", 2, ("GO",)), sv(D(2026, 1, 26), "97530", 2, ("GO",)),
          sv(D(2026, 1, 26), "G0283", 1, ("GO",), "CO")]),
        ("ASTRID LINDQVIST", "V20260114-22", "26-0121-55902", "Riverside Family Medicine",
         [sv(D(2026, 1, 14), "99213", 1, ())]),
        ("GRETA LINDQVIST", "V20260115-03", "26-0123-56017", "Northgate Hand & Upper Limb Clinic",
         [sv(D(2026, 1, 15), "97163", 1, ("GP",)), sv(D(2026, 1, 22), "97110", 3, ("GP",)),
          sv(D(2026, 1, 22), "97112", 1, ("GP",)), sv(D(2026, 1, 29), "97116", 2, ("GP", "CQ")),
          sv(D(2026, 1, 29), "97110", 2, ("GP", "CQ"))]),
        ("THEO LINDQVIST", "V20260202-11", "26-0204-57744", "Northgate Hand & Upper Limb Clinic",
         [sv(D(2026, 2, 2), "97140", 2, ("GO",)), sv(D(2026, 2, 2), "97530", 2, ("GO",)),
          sv(D(2026, 2, 9), "97168", 1, ("GO",)), sv(D(2026, 2, 9), "97535", 1, ("GO",))]),
    ]
    X = [30, 100, 136, 176, 232, 282, 316, 370, 428, 476, 522, 570, 612, 666, 730]
    A = ["l", "l", "l", "r", "r", "l", "r", "r", "r", "r", "r", "r", "r", "r", "l"]
    HD = ["Service Date", "Proc", "Mod", "Units", "Charges", "Rsn", "Not Covered", "PPO Savings", "Covered",
          "Deductible", "Copay", "Coins", "Paid At", "Benefit Paid", ""]
    legend = [("X4", "Charge exceeds the network fee; savings not billable to you."),
              ("D2", "Service excluded by the plan document (unattended modality)."),
              ("C1", "Copay applies to this office visit.")]

    def head(first):
        doc.text(30, 36, "Harrow & Vale Benefit Administrators", FB, 14)
        doc.text(30, 48, "on behalf of the Mercer Tool Works Employee Health Plan", F, 9)
        doc.text(762, 36, "EMPLOYEE BENEFIT STATEMENT", FB, 12, "r")
        doc.text(762, 48, f"Page {doc.page}", F, 9, "r")
        doc.line(30, 54, 762, 54, 1.0)
        if first:
            for i, (k, v) in enumerate([("Employee", "Bo Lindqvist"), ("Employee ID", "MTW-0018842"),
                                        ("Plan", "Core PPO 300"), ("Date Issued", "02/16/2026"),
                                        ("Check / EFT No.", "EFT 550091734")]):
                doc.text(30 + 150 * i, 68, k, F, 8, gray=0.35)
                doc.text(30 + 150 * i, 79, v, FB, 9)
            return 96
        return 66

    def colhead(y):
        doc.rect(30, y, 732, 14, fill=0.85, stroke=False)
        for x, a, h in zip(X, A, HD):
            doc.text(x, y + 10, h, FB, 8, a)
        return y + 26

    y = head(True)
    for pat, acct, clm, prov, svcs in fam:
        for s in svcs:
            commercial(s, st, deny_reason="96")
            s.remarks = ["D2"] if s.denied else (["C1"] if s.copay else ["X4"])
        if y + 60 > 560:
            doc.new_page(); y = head(False)
        doc.text(30, y, f"Claim No. {clm}", FB, 9)
        doc.text(170, y, f"Patient: {pat}", FB, 9)
        doc.text(340, y, f"Provider: {prov}", F, 9)
        doc.text(600, y, f"Pt Acct No. {acct}", F, 9)
        y = colhead(y + 4)
        for s in svcs:
            if y > 560:
                doc.new_page(); y = head(False)
                doc.text(30, y, f"Claim No. {clm} - continued", FB, 9)
                doc.text(170, y, f"Patient: {pat}", FB, 9)
                y = colhead(y + 4)
            ds = dfmt(s.dos, "mdy4")
            vals = [ds, s.code, " ".join(s.mods), f"{s.units:.1f}", money(s.billed, ","), " ".join(s.remarks),
                    money(s.not_covered, ","), money(s.discount, ","), money(s.allowed, ","),
                    money(s.deductible, ","), money(s.copay, ","), money(s.coinsurance, ","),
                    "" if s.denied or s.copay else "70%", money(s.paid, ",")]
            doc.setfont(F, 8.5)
            for x, a, v in zip(X, A, vals):
                doc.text(x, y, v, F, 8.5, a)
            rec.line(doc, *band(y, 8.5), s, ds, claim_id=acct, payer_claim_id=clm, patient=pat,
                     printed=("billed", "not_covered", "discount", "allowed", "deductible", "copay", "coinsurance", "paid"),
                     remarks=s.remarks)
            y += 13
        tb, tp = total(svcs, "billed"), total(svcs, "paid")
        doc.line(30, y - 8, 762, y - 8, 0.4)
        doc.text(100, y + 2, "Claim Total", FB, 8.5)
        doc.text(X[4], y + 2, money(tb, ","), FB, 8.5, "r")
        doc.text(X[13], y + 2, money(tp, ","), FB, 8.5, "r")
        doc.text(X[14], y + 2, f"Employee responsibility {money(total(svcs, 'owes'), '$')}", F, 8)
        rec.claim(acct, clm, pat, billed=tb, paid=tp)
        y += 26
    doc.text(30, y, "Reason codes:", FB, 8)
    for i, (c, t) in enumerate(legend):
        doc.text(100, y + 11 * i, f"{c} - {t}", F, 8)
    return finish(out, name, doc, rec, "cm_b", "fpdf2", "self-funded plan benefit statement, three family members",
                  legend)


# ------------------------------------------------------------------------------------ generic table engine

def table_doc(out, name, kind, producer, landscape, F, FB, size, furniture, claims, cols, claim_head,
              legend=(), legend_title="Notes", cont_head=True, cont_text="(continued)", lead=None,
              total_row=None, margin=(36, 36), bottom=None, footer=None, description="", sub_row=None,
              band_pad=0, after_claim=None):
    """claims: list of dicts {patient, claim_id, payer_claim_id, svcs, ...}. cols: list of
    (heading(s), x, align, fn(s, c) -> str). claim_head(doc, y, c, cont) -> new y. furniture(doc, first) -> y.
    sub_row(s, c) -> optional second text line under the row (same service)."""
    doc = H.Doc(out / f"{name}.pdf", producer, landscape=landscape, title=description)
    rec = Rec(name)
    lead = lead or size * 1.45
    bottom = bottom or (doc.h - 60)
    left, right = margin[0], doc.w - margin[1]

    def colhead(y):
        nh = max(len(h) if isinstance(h, tuple) else 1 for h, *_ in cols)
        doc.line(left, y - 2, right, y - 2, 0.6)
        for h, x, a, _ in cols:
            hs = h if isinstance(h, tuple) else (h,)
            for i, t in enumerate(hs):
                doc.text(x, y + 8 + (size + 1) * i + (nh - len(hs)) * (size + 1), t, FB, size - 0.5, a)
        y2 = y + 8 + (size + 1) * (nh - 1) + 4
        doc.line(left, y2, right, y2, 0.6)
        return y2 + size + 4

    def foot():
        if footer:
            footer(doc)

    y = furniture(doc, True)
    for c in claims:
        if y + 4 * lead + 30 > bottom:
            foot(); doc.new_page(); y = furniture(doc, False)
        y = claim_head(doc, y, c, False)
        y = colhead(y)
        for s in c["svcs"]:
            sub = sub_row(s, c) if sub_row else None
            need = lead * (2 if sub else 1)
            if y + need > bottom:
                foot(); doc.new_page(); y = furniture(doc, False)
                if cont_head:
                    y = claim_head(doc, y, c, True)
                    y = colhead(y)
                else:
                    y += 4
            doc.setfont(F, size)
            for h, x, a, fn in cols:
                v = fn(s, c)
                if v:
                    doc.text(x, y, v, F, size, a)
            nl = 1
            if sub:
                for x, t in sub:
                    doc.text(x, y + lead, t, F, size - 0.5)
                nl = 2
            t = rec.line(doc, *band(y, size, nl, lead), s, c["dstr"](s), claim_id=c["claim_id"],
                         payer_claim_id=c["payer_claim_id"], patient=c["patient"], **c["truth"](s))
            y += lead * nl + band_pad
        if total_row:
            y = total_row(doc, y, c)
        tot = c.get("totals")
        rec.claim(c["claim_id"], c["payer_claim_id"], c["patient"], **(tot or {}))
        if after_claim:
            y = after_claim(doc, y, c)
        y += lead
    if legend:
        if y + 14 * (len(legend) + 1) > bottom:
            foot(); doc.new_page(); y = furniture(doc, False)
        doc.text(left, y, legend_title, FB, size + 0.5)
        for i, (k, v) in enumerate(legend):
            doc.text(left, y + 12 + 11 * i, f"{k}  {v}", F, size - 0.5)
    foot()
    return finish(out, name, doc, rec, kind, producer, description, legend)


def short(s, n):
    """Shorten the description at a word boundary to what the column prints; truth records the printed words."""
    if len(s.desc) > n:
        s.desc = s.desc[:n].rsplit(" ", 1)[0].rstrip(",")
    return s.desc


def M(v, st=",", neg="-"):
    return money(v, st, neg)


THERAPY_ROT = [("97110", 2, ("GP",)), ("97140", 1, ("GP", "59")), ("97530", 3, ("GO",)), ("97112", 1, ("GP",)),
               ("92507", 1, ("GN",)), ("97535", 2, ("GO",)), ("97116", 2, ("GP", "CQ")), ("G0283", 1, ("GP",)),
               ("97110", 3, ("GP", "KX")), ("97530", 2, ("GO", "CO")), ("99213", 1, ("25",)), ("97129", 1, ("GN",))]


def visits(start: date, n_days: int, per_day: int, offset: int, step=7, first=None):
    out = []
    for d in range(n_days):
        day = start + timedelta(days=step * d)
        if d == 0 and first:
            out.append(sv(day, first[0], 1, first[1]))
        for k in range(per_day):
            c, u, m = THERAPY_ROT[(offset + d * per_day + k) % len(THERAPY_ROT)]
            out.append(sv(day, c, u, m))
    return out


def msn(out):
    st = PlanState(ded_left=Decimal("257.00"))
    F, FB = "Helv", "Helv-B"
    pat = "Ruth A. Calloway"
    specs = [("Harbor Bend Rehabilitation", "12-26007-448-210", visits(D(2026, 1, 7), 1, 3, 0, first=("97163", ()))),
             ("Harbor Bend Rehabilitation", "12-26014-450-877", visits(D(2026, 1, 14), 1, 4, 3)),
             ("Dr. Imogen Feld, MD", "12-26016-451-002", [sv(D(2026, 1, 16), "99213", 1, ())]),
             ("Harbor Bend Rehabilitation", "12-26021-452-336", visits(D(2026, 1, 21), 1, 4, 7)),
             ("Harbor Bend Rehabilitation", "12-26028-455-918", visits(D(2026, 1, 28), 1, 3, 1)),
             ("Harbor Bend Rehabilitation", "12-26035-457-120", visits(D(2026, 2, 4), 1, 4, 5)),
             ("Harbor Bend Rehabilitation", "12-26042-459-554", visits(D(2026, 2, 11), 1, 3, 8))]
    claims = []
    for prov, icn, svcs in specs:
        for s in svcs:
            if s.code == "G0283":
                s.denied = "CO"
            medicare(s, st, deny_reason="50")
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["B"])
        d0 = svcs[0].dos
        claims.append(dict(patient=pat, claim_id=None, payer_claim_id=icn, svcs=svcs, prov=prov, dos=d0,
                           dstr=lambda s: dfmt(s.dos, "mon"),
                           truth=lambda s: dict(printed=("billed", "allowed", "paid", "patient_owes"),
                                                modifiers=False, remarks=s.remarks),
                           totals=dict(billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                                       paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))))

    def furn(doc, first):
        doc.text(40, 44, "Medicare Summary Notice", FB, 18)
        doc.text(40, 58, "for Part B (Medical Insurance)", F, 11)
        doc.text(572, 44, pat.upper(), FB, 9, "r")
        doc.text(572, 56, f"Page {doc.page}", F, 9, "r")
        doc.line(40, 66, 572, 66, 2)
        if first:
            doc.text(40, 84, "The Official Summary of Your Medicare Claims from the Centers for Medicare & "
                     "Medicaid Services", F, 8.5)
            doc.rect(40, 94, 250, 84)
            doc.text(48, 108, pat, FB, 10)
            for i, t in enumerate(["Medicare Number XXX-XX-7731R", "Date of this Notice: February 19, 2026",
                                   "Claims Processed Between", "January 8 - February 18, 2026"]):
                doc.text(48, 122 + 12 * i, t, F, 9)
            doc.rect(310, 94, 262, 84, fill=0.92)
            doc.text(318, 108, "Your Deductible Status", FB, 10)
            doc.text(318, 122, "You have now met $257.00 of your $257.00", F, 9)
            doc.text(318, 134, "Part B deductible for 2026.", F, 9)
            doc.text(318, 152, "Total You May Be Billed", FB, 10)
            doc.text(318, 166, money(sum((c["totals"]["patient_owes"] for c in claims), ZERO)), FB, 12)
            doc.text(40, 200, "Your Claims & Costs This Period", FB, 13)
            return 222
        doc.text(40, 84, "Your Claims & Costs This Period (continued)", FB, 11)
        return 104

    def head(doc, y, c, cont):
        doc.rect(40, y - 10, 532, 28 if not cont else 16, fill=0.88, stroke=False)
        doc.text(44, y, f"{dfmt(c['dos'], 'mon')}{'   (continued)' if cont else ''}", FB, 10)
        doc.text(330, y, f"Claim number {c['payer_claim_id']}", F, 9)
        if not cont:
            doc.text(44, y + 12, f"{c['prov']}, 77 Tidewater Pkwy, Suite 4, Port Ellery, ME 04999", F, 8.5)
            return y + 28
        return y + 14

    def trow(doc, y, c):
        t = c["totals"]
        doc.text(44, y, f"Total for Claim number {c['payer_claim_id']}", FB, 8.5)
        for k, x in (("billed", 356), ("allowed", 424), ("paid", 488), ("patient_owes", 548)):
            doc.text(x, y, money(t[k]), FB, 8.5, "r")
        c["totals"] = {k: t[k] for k in ("billed", "allowed", "paid", "patient_owes")}
        return y + 14

    cols = [(("Service Provided &", "Billing Code"), 44, "l",
             lambda s, c: f"{units_str(s.units)} {short(s, 34)} ({s.code})"),
            (("Service", "Approved?"), 258, "l", lambda s, c: "No" if s.denied else "Yes"),
            (("Amount", "Provider", "Charged"), 356, "r", lambda s, c: money(s.billed)),
            (("Medicare-", "Approved", "Amount"), 424, "r", lambda s, c: money(s.allowed)),
            (("Medicare", "Paid", "Provider"), 488, "r", lambda s, c: money(s.paid)),
            (("Maximum", "You May", "Be Billed"), 548, "r", lambda s, c: money(s.owes)),
            (("See", "Notes"), 554, "l", lambda s, c: ", ".join(s.remarks))]
    legend = [("A", "This amount went toward your yearly Part B deductible."),
              ("B", "The provider agreed to accept the Medicare-approved amount; you owe only the part shown."),
              ("C", "Medicare does not cover this service as billed. The provider may not bill you for it.")]

    def footer(doc):
        doc.text(306, 770, "If you disagree with a coverage decision, you may file an appeal within 120 days of "
                 "this notice.", F, 7, "c")
    return table_doc(out, "h119_msn", "msn", "reportlab", False, F, FB, 8.5, furn, claims, cols, head, legend,
                     "Notes for Claims Above", total_row=trow, footer=footer, margin=(40, 40),
                     description="Medicare Summary Notice Part B, one beneficiary")


def ma(out):
    st = PlanState(allowed_rate=Decimal("0.46"), visit_copay=Decimal("20.00"))
    F, FB = "DVSans", "DVSans-B"
    pat = "Walter J. Nakashima"
    specs = [("Stonebridge Outpatient Therapy", "STB-551902", "2601147730215",
              visits(D(2026, 1, 5), 3, 3, 2, step=2, first=("97161", ("GP",)))),
             ("Stonebridge Outpatient Therapy", "STB-552340", "2601287734409", visits(D(2026, 1, 12), 4, 3, 6, step=2)),
             ("Cornerline Family Practice", "CFP-00912", "2601307735120", [sv(D(2026, 1, 22), "99213", 1, ())]),
             ("Stonebridge Outpatient Therapy", "STB-553015", "2602047738844", visits(D(2026, 1, 26), 3, 2, 9, step=2))]
    claims = []
    for prov, acct, cid, svcs in specs:
        for s in svcs:
            if s.code == "97129":
                s.denied = "PR"
            commercial(s, st, deny_reason="204")
            s.remarks = ["M3"] if s.denied else (["M1"] if s.copay else [])
        claims.append(dict(patient=pat, claim_id=acct, payer_claim_id=cid, svcs=svcs, prov=prov,
                           dstr=lambda s: dfmt(s.dos, "mdyn"),
                           truth=lambda s: dict(printed=("billed", "allowed", "paid", "patient_owes"),
                                                remarks=s.remarks),
                           totals=dict(billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                                       paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))))

    def furn(doc, first):
        doc.rect(36, 30, 540, 40, fill=0.2, stroke=False)
        doc.text(46, 50, "Heritage Pines Medicare Advantage (HMO)", FB, 13, gray=1.0)
        doc.text(46, 63, "Explanation of Benefits - claims processed January 2026", F, 8.5, gray=1.0)
        doc.text(566, 50, f"Page {doc.page}", F, 8, "r", gray=1.0)
        if first:
            doc.text(36, 92, pat, FB, 10)
            doc.text(36, 104, "Member ID: HPM7004412-01", F, 8.5)
            doc.text(36, 116, "902 Larkspur Terrace, Apt 3, Fenwick, WA 98999", F, 8.5)
            doc.rect(336, 82, 240, 46)
            doc.text(344, 96, "This is not a bill.", FB, 9)
            doc.text(344, 109, "Your plan's approved amounts and what you", F, 8)
            doc.text(344, 120, "may owe are shown for each claim below.", F, 8)
            doc.text(36, 148, "Part B medical claims in detail", FB, 11)
            return 170
        return 92

    def head(doc, y, c, cont):
        doc.rect(36, y - 10, 540, 26, stroke=True)
        doc.text(42, y, f"Claim ID: {c['payer_claim_id']}{' (continued)' if cont else ''}", FB, 8.5)
        doc.text(250, y, f"Provider: {c['prov']}", F, 8)
        doc.text(42, y + 11, f"Patient: {pat}", F, 8)
        doc.text(250, y + 11, f"Provider's patient account: {c['claim_id']}", F, 8)
        return y + 26

    cols = [("Date", 40, "l", lambda s, c: dfmt(s.dos, "mdyn")),
            ("Service", 96, "l", lambda s, c: short(s, 30)),
            ("Code", 262, "l", lambda s, c: "-".join((s.code,) + s.mods)),
            ("Units", 328, "r", lambda s, c: units_str(s.units)),
            (("Provider's", "charge"), 384, "r", lambda s, c: money(s.billed)),
            (("Plan's approved", "amount"), 446, "r", lambda s, c: money(s.allowed)),
            (("Plan's", "share"), 496, "r", lambda s, c: money(s.paid)),
            (("Your", "share"), 540, "r", lambda s, c: money(s.owes)),
            ("Notes", 548, "l", lambda s, c: " ".join(s.remarks))]

    def trow(doc, y, c):
        t = c["totals"]
        doc.line(40, y - 8, 576, y - 8, 0.3)
        doc.text(96, y + 1, "Claim total", FB, 7.5)
        for k, x in (("billed", 384), ("allowed", 446), ("paid", 496), ("patient_owes", 540)):
            doc.text(x, y + 1, money(t[k]), FB, 7.5, "r")
        return y + 14
    legend = [("M1", "Your plan's copayment for an outpatient rehabilitation visit."),
              ("M3", "This service is not covered by your plan; you may owe the provider's charge.")]
    return table_doc(out, "h119_ma", "ma", "fpdf2", False, F, FB, 7.5, furn, claims, cols, head, legend,
                     "What the notes mean", total_row=trow, description="Medicare Advantage member EOB")


RECIPS = [("HOLLIS, MARCUS T", "710448823015", "MK10455"), ("BAPTISTE, NOELLE", "710552019348", "MK10471"),
          ("QUINTERO, ELIAS R", "710390557102", "MK10488"), ("VANCE-ODUYA, PRIYA", "710667120934", "MK10502"),
          ("STRAND, OWEN", "710213348876", "MK10519"), ("MBEKI, ZARA L", "710884406615", "MK10533")]


def mcd_a(out):
    F, FB = "Cour", "Cour-B"
    claims = []
    for i, (nm, mid, pcn) in enumerate(RECIPS):
        svcs = visits(D(2026, 1, 5 + i), 2 + (i % 3), 3, i * 2, step=3)
        rev = i == 3
        for j, s in enumerate(svcs):
            if s.code in ("G0283", "99213"):
                s.denied = "CO"
            medicaid(s, deny_reason="204")
            s.remarks = ["0482"] if s.denied else ["0001"]
        if rev:
            svcs = [negate(s) for s in svcs]
        icn = f"2026{35104477 + i * 1113:08d}"
        claims.append(dict(patient=nm, claim_id=pcn, payer_claim_id=icn, svcs=svcs, mid=mid, rev=rev,
                           dstr=lambda s: dfmt(s.dos, "mdy2"),
                           truth=lambda s: dict(printed=("billed", "allowed", "paid"), service_end=s.dos,
                                                adjustments=s.adjs, remarks=s.remarks),
                           totals=dict(billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                                       paid=total(svcs, "paid"))))

    def furn(doc, first):
        doc.text(30, 34, "STATE OF NORTHLAKE - DEPT OF MEDICAL ASSISTANCE SERVICES", FB, 9)
        doc.text(30, 45, "MEDICAID MANAGEMENT INFORMATION SYSTEM        REMITTANCE ADVICE", FB, 9)
        doc.text(762, 34, "RA NUMBER 0004471290", F, 8, "r")
        doc.text(762, 45, f"RA DATE 02/13/26   PAGE {doc.page:4d}", F, 8, "r")
        doc.text(30, 58, "PAYEE: CASCADE KIDS THERAPY LLC      PAYEE ID 0081127703   NPI 1992837465", F, 8)
        doc.text(30, 70, "-" * 128, F, 8)
        return 84

    def head(doc, y, c, cont):
        st = "ADJUSTED - VOID OF PRIOR PAYMENT" if c["rev"] else "PAID"
        doc.text(30, y, f"RECIP: {c['patient']:<22} MID: {c['mid']}  ICN: {c['payer_claim_id']}  "
                 f"PCN: {c['claim_id']}  STATUS: {st}{' (CONT)' if cont else ''}", F, 8)
        return y + 8

    def am(v):
        return money(v, "", "trail")
    cols = [("LN", 30, "l", lambda s, c: f"{c['svcs'].index(s) + 1:02d}"),
            ("FROM", 52, "l", lambda s, c: dfmt(s.dos, "mdy2")),
            ("THRU", 100, "l", lambda s, c: dfmt(s.dos, "mdy2")),
            ("PROC", 148, "l", lambda s, c: s.code),
            ("MOD", 184, "l", lambda s, c: " ".join(s.mods)),
            ("UNITS", 250, "r", lambda s, c: f"{s.units:.2f}"),
            ("BILLED", 316, "r", lambda s, c: am(s.billed)),
            ("ALLOWED", 376, "r", lambda s, c: am(s.allowed)),
            ("PAID", 432, "r", lambda s, c: am(s.paid)),
            ("ADJ GRP-RSN AMT", 450, "l", lambda s, c: "  ".join(f"{g}{r} {am(a)}" for g, r, a in s.adjs)),
            ("EOB", 600, "l", lambda s, c: " ".join(s.remarks))]

    def trow(doc, y, c):
        t = c["totals"]
        doc.text(148, y, "CLAIM TOTAL", F, 8)
        doc.text(316, y, am(t["billed"]), F, 8, "r")
        doc.text(376, y, am(t["allowed"]), F, 8, "r")
        doc.text(432, y, am(t["paid"]), F, 8, "r")
        return y + 10
    legend = [("0001", "LINE PAID PER STATE FEE SCHEDULE."),
              ("0482", "PROCEDURE NOT ON THE PROGRAM'S COVERED LIST FOR THIS PROVIDER TYPE.")]
    return table_doc(out, "h119_mcd_a", "mcd_a", "fpdf2", True, F, FB, 8, furn, claims, cols, head, legend,
                     "EOB CODE DESCRIPTIONS", total_row=trow, lead=10.5, bottom=570, margin=(30, 30),
                     description="state Medicaid remittance advice, line printer")


def mcd_b(out):
    F, FB = "DVCond", "DVCond-B"
    names = [("Keoni Alvarado-Pike", "NL4471902", "SLH-2207"), ("Marisol Dunne", "NL5502318", "SLH-2231"),
             ("Tobias Wren", "NL3309145", "SLH-2248"), ("Ines Faraday", "NL6120077", "SLH-2262")]
    claims = []
    for i, (nm, mid, pcn) in enumerate(names):
        svcs = visits(D(2026, 1, 6 + i), 3 + (i % 2) * 2, 3, i * 3 + 1, step=4,
                      first=("92523", ("GN",)) if i == 1 else None)
        for s in svcs:
            if s.code == "97129":
                s.denied = "CO"
            medicaid(s, deny_reason="96")
            if not s.denied and s.code in ("97110", "92507"):
                s.copay = Decimal("3.00")
                s.paid -= s.copay
                s.owes = s.copay
                s.adjs.append(("PR", "3", s.copay))
            s.remarks = ["N130"] if s.denied else []
        claims.append(dict(patient=nm, claim_id=pcn, payer_claim_id=f"41260{48120 + i * 37:05d}0{i}", svcs=svcs,
                           mid=mid, dstr=lambda s: dfmt(s.dos, "mdy4"),
                           truth=lambda s: dict(printed=("billed", "allowed", "copay", "paid"),
                                                adjustments=s.adjs, remarks=s.remarks),
                           totals=dict(billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                                       paid=total(svcs, "paid"))))

    def furn(doc, first):
        doc.text(36, 40, "Northlake Health Coverage Program", "DVCond-B", 14)
        doc.text(36, 52, "Provider Remittance Advice - Professional Claims", F, 9)
        doc.text(576, 40, "Remit date: 02/20/2026", F, 8.5, "r")
        doc.text(576, 52, f"Page {doc.page}", F, 8.5, "r")
        if first:
            doc.rect(36, 62, 540, 40)
            doc.text(44, 76, "Payee: Silver Lake Hearing & Speech Center", F, 8.5)
            doc.text(44, 88, "Provider ID 300918224   EFT trace 9012773641", F, 8.5)
            doc.text(340, 76, "Payment amount: " + money(sum((c["totals"]["paid"] for c in claims), ZERO)), FB, 9)
            return 124
        return 72

    def head(doc, y, c, cont):
        doc.rect(36, y - 10, 540, 26, fill=0.9)
        doc.text(42, y, f"Member Name: {c['patient']}", FB, 8)
        doc.text(250, y, f"Member ID: {c['mid']}", F, 8)
        doc.text(400, y, f"TCN: {c['payer_claim_id']}", F, 8)
        doc.text(42, y + 11, f"Patient Control No.: {c['claim_id']}", F, 8)
        doc.text(250, y + 11, "Claim Status: PAID" + (" - continued" if cont else ""), F, 8)
        return y + 24
    cols = [("Ln", 40, "l", lambda s, c: str(c["svcs"].index(s) + 1)),
            ("Svc Date", 56, "l", lambda s, c: dfmt(s.dos, "mdy4")),
            ("Procedure", 106, "l", lambda s, c: s.code),
            ("Mod", 148, "l", lambda s, c: " ".join(s.mods)),
            ("Units", 196, "r", lambda s, c: units_str(s.units)),
            ("Billed", 244, "r", lambda s, c: money(s.billed, ",")),
            ("Allowed", 290, "r", lambda s, c: money(s.allowed, ",")),
            ("Copay", 326, "r", lambda s, c: money(s.copay, ",")),
            ("Paid", 370, "r", lambda s, c: money(s.paid, ",")),
            ("Adj Codes", 378, "l", lambda s, c: " ".join(f"{g}-{r}:{a:.2f}" for g, r, a in s.adjs)),
            ("RARC", 540, "l", lambda s, c: " ".join(s.remarks))]

    def trow(doc, y, c):
        t = c["totals"]
        doc.text(106, y, "Claim totals", FB, 7.5)
        for k, x in (("billed", 244), ("allowed", 290), ("paid", 370)):
            doc.text(x, y, money(t[k], ","), FB, 7.5, "r")
        return y + 12
    legend = [("CO-45", "Charge above the program's maximum fee."), ("PR-3", "Member co-payment."),
              ("CO-96", "Service not covered by the program."), ("N130", "See the program's coverage rules.")]
    return table_doc(out, "h119_mcd_b", "mcd_b", "reportlab", False, F, FB, 7.5, furn, claims, cols, head, legend,
                     "Code glossary", total_row=trow, description="state Medicaid provider remittance advice")


BENES = [("PRYCE, EVELYN", "Evelyn M Pryce", "4TK9WX2RD61", "44187"), ("ODUM, LEROY", "Leroy Odum", "7HN3PQ8MV20", "44203"),
         ("FALKENRATH, IRIS", "Iris Falkenrath", "2RC6YJ4KT85", "44219"), ("SOLANO, BENITO", "Benito Solano", "9MA1DF7LX33", "44236"),
         ("ACHTERBERG, JUNE", "June Achterberg", "6GE8NB5WQ09", "44251")]


def mc_claims(seed, fmt_name, dstyle, first_day):
    st = PlanState(ded_left=Decimal("60.00"))
    claims = []
    for i, (nm_last, nm_plain, mbi, acct) in enumerate(BENES):
        svcs = visits(first_day + timedelta(days=i), 2 + (i + seed) % 3, 3, i * 2 + seed, step=5)
        for s in svcs:
            if s.code == "97129":
                s.denied = "CO"
            medicare(s, st, deny_reason="50")
            s.remarks = ["N386"] if s.denied else []
        claims.append(dict(patient=nm_last if fmt_name == "last" else nm_plain, claim_id=acct + ("" if seed else "A"),
                           payer_claim_id=f"{22 if seed else 12}2601{9337540 + i * 2207:07d}", svcs=svcs, mbi=mbi))
    return claims


def spr(out):
    F, FB = "LibMono", "LibMono-B"
    claims = mc_claims(0, "last", "mdy6", D(2026, 1, 6))
    for c in claims:
        svcs = c["svcs"]
        c.update(dstr=lambda s: dfmt(s.dos, "mdy6"),
                 truth=lambda s: dict(printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                      service_end=s.dos, adjustments=s.adjs, remarks=s.remarks),
                 totals=dict(billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"),
                             patient_owes=total(svcs, "owes")))

    def furn(doc, first):
        doc.text(36, 32, "CLEARWATER CLAIMS EXCHANGE - PRINTED REMITTANCE (MEDICARE PART B)", FB, 8)
        doc.text(36, 43, "PAYER: GREAT LAKES MEDICARE ADMINISTRATIVE CONTRACTOR   JURISDICTION 8", F, 8)
        doc.text(756, 32, f"PAGE #: {doc.page}", F, 8, "r")
        doc.text(756, 43, "DATE: 02/12/26", F, 8, "r")
        doc.text(36, 54, "PROVIDER: BLUE HERON PHYSICAL & OCCUPATIONAL THERAPY   NPI 1588204736   CHECK/EFT #: 0077215403",
                 F, 8)
        return 72

    def head(doc, y, c, cont):
        doc.text(36, y, f"NAME {c['patient']:<19} MID {c['mbi']}  ACNT {c['claim_id']:<8} ICN {c['payer_claim_id']}"
                 f"  ASG Y  MOA MA01{'  (CONT)' if cont else ''}", F, 8)
        return y + 4

    def am(v):
        return f"{q(v):.2f}"

    def adjtxt(adjs):
        return " ".join(f"{g}-{r} {am(a)}" for g, r, a in adjs)
    cols = [("PERF PROV", 36, "l", lambda s, c: "1588204736"),
            ("SERV DATE", 110, "l", lambda s, c: f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}"),
            ("POS", 190, "l", lambda s, c: "11"),
            ("NOS", 232, "r", lambda s, c: f"{s.units:.1f}"),
            ("PROC", 242, "l", lambda s, c: s.code),
            ("MODS", 282, "l", lambda s, c: " ".join(s.mods)),
            ("BILLED", 382, "r", lambda s, c: am(s.billed)),
            ("ALLOWED", 438, "r", lambda s, c: am(s.allowed)),
            ("DEDUCT", 490, "r", lambda s, c: am(s.deductible)),
            ("COINS", 538, "r", lambda s, c: am(s.coinsurance)),
            ("GRP/RC-AMT", 548, "l", lambda s, c: adjtxt(s.adjs[:2])),
            ("PROV PD", 756, "r", lambda s, c: am(s.paid))]

    def sub(s, c):
        parts = []
        if s.adjs[2:]:
            parts.append((548, adjtxt(s.adjs[2:])))
        if s.remarks:
            parts.append((110, "REM: " + " ".join(s.remarks)))
        return parts or None

    def trow(doc, y, c):
        t = c["totals"]
        doc.text(36, y, f"PT RESP {am(t['patient_owes'])}", F, 8)
        doc.text(242, y, "CLAIM TOTALS", F, 8)
        for k, x in (("billed", 382), ("allowed", 438), ("paid", 756)):
            doc.text(x, y, am(t[k]), F, 8, "r")
        doc.text(36, y + 10, "NET " + am(t["paid"]), F, 8)
        return y + 22
    legend = [("N386", "NATIONAL COVERAGE POLICY APPLIES; SEE CONTRACTOR WEBSITE."),
              ("MA01", "APPEAL RIGHTS APPLY TO THIS CLAIM.")]
    return table_doc(out, "h119_spr", "spr", "reportlab", True, F, FB, 8, furn, claims, cols, head, legend,
                     "REMARK CODES", total_row=trow, sub_row=sub, lead=10, bottom=560,
                     description="clearinghouse print of a Medicare-style standard paper remit")


def pm(out):
    F, FB = "LibSans", "LibSans-B"
    claims = mc_claims(1, "plain", "mdyn", D(2026, 1, 13))
    for c in claims:
        svcs = c["svcs"]
        c.update(dstr=lambda s: dfmt(s.dos, "mdyn"),
                 truth=lambda s: dict(printed=("billed", "allowed", "deductible", "coinsurance", "discount", "paid",
                                               "patient_owes"), remarks=s.remarks),
                 totals=dict(billed=total(svcs, "billed"), paid=total(svcs, "paid"), patient_owes=total(svcs, "owes")))

    def furn(doc, first):
        doc.text(36, 38, "Summit Ledger PM", FB, 12)
        doc.text(36, 50, "Remittance Posting Journal", F, 10)
        doc.text(576, 38, "Blue Heron Physical & Occupational Therapy", F, 8, "r")
        doc.text(576, 50, f"Run 02/18/2026 07:42   Page {doc.page}", F, 8, "r")
        doc.line(36, 56, 576, 56, 0.8)
        if first:
            doc.text(36, 70, "Payer: Medicare Part B (MAC J8)    Deposit: EFT 0077998120 on 02/17/2026", F, 8)
            return 88
        return 70

    def head(doc, y, c, cont):
        doc.text(36, y, f"{c['patient']}{'  (cont.)' if cont else ''}", FB, 8)
        doc.text(190, y, f"Acct #{c['claim_id']}", F, 8)
        doc.text(290, y, f"Payer ICN {c['payer_claim_id']}", F, 8)
        doc.text(470, y, f"MBI {c['mbi']}", F, 8)
        return y + 2
    cols = [("DOS", 40, "l", lambda s, c: dfmt(s.dos, "mdyn")),
            ("Code", 92, "l", lambda s, c: s.code),
            ("Mods", 124, "l", lambda s, c: ",".join(s.mods)),
            ("Qty", 172, "r", lambda s, c: units_str(s.units)),
            ("Charge", 218, "r", lambda s, c: money(s.billed, ",")),
            ("Approved", 262, "r", lambda s, c: money(s.allowed, ",")),
            ("Contract Adj", 316, "r", lambda s, c: money(s.discount, ",")),
            ("Ded", 352, "r", lambda s, c: money(s.deductible, ",")),
            ("Coins", 392, "r", lambda s, c: money(s.coinsurance, ",")),
            ("Seq 2%", 432, "r", lambda s, c: money(s.seq, ",")),
            ("Paid", 480, "r", lambda s, c: money(s.paid, ",")),
            ("Pt Resp", 526, "r", lambda s, c: money(s.owes, ",")),
            ("Rmk", 534, "l", lambda s, c: " ".join(s.remarks))]

    def trow(doc, y, c):
        t = c["totals"]
        doc.line(92, y - 7, 576, y - 7, 0.3)
        doc.text(92, y + 1, "Claim subtotal", FB, 7)
        for k, x in (("billed", 218), ("paid", 480), ("patient_owes", 526)):
            doc.text(x, y + 1, money(t[k], ","), FB, 7, "r")
        return y + 12

    def footer(doc):
        doc.text(306, 760, "Confidential - contains protected health information", F, 7, "c")
    return table_doc(out, "h119_pm", "pm", "fpdf2", False, F, FB, 7, furn, claims, cols, head,
                     [("N386", "payer remark: coverage policy applied")], "Remark codes", total_row=trow,
                     footer=footer, bottom=740, description="practice-management remittance posting journal")


def family_claims(members, st_rate, start, ins):
    claims = []
    for i, (nm, base) in enumerate(members):
        for v in range(3):
            st = PlanState(allowed_rate=st_rate, coins_rate=Decimal("0.10"))
            svcs = visits(start + timedelta(days=9 * v + i * 2), 1, 3 + (v + i) % 3, i * 4 + v)
            for s in svcs:
                if s.code == "97129":
                    s.denied = "PR"
                commercial(s, st)
            claims.append(dict(patient=nm, claim_id=f"{base + v * 13}", payer_claim_id=f"{ins[1]}{260110 + i * 31 + v:06d}",
                               svcs=svcs, ins=ins[0]))
    return claims


def fs_a(out):
    F, FB = "LibSans", "LibSans-B"
    claims = family_claims([("Ava Brennan-Kosh", 40817), ("Felix Brennan-Kosh", 40822), ("Nora Brennan-Kosh", 40830)],
                           Decimal("0.74"), D(2026, 1, 5), ("Summit Crest Health", "7Q"))
    for c in claims:
        svcs = c["svcs"]
        c.update(dstr=lambda s: dfmt(s.dos, "mdy2"),
                 truth=lambda s: dict(printed=("billed", "paid", "discount", "patient_owes")),
                 totals=dict(billed=total(svcs, "billed"), paid=total(svcs, "paid"), patient_owes=total(svcs, "owes")))
    due = sum((c["totals"]["patient_owes"] for c in claims), ZERO)

    def furn(doc, first):
        doc.rect(36, 36, 124, 716, fill=0.93, stroke=False)
        doc.text(44, 56, "Little Oaks", FB, 13)
        doc.text(44, 70, "Pediatric Therapy", F, 9)
        for i, t in enumerate(["318 Meadowgate Dr", "Clarion Bay, MN 55999", "(555) 014-2277"]):
            doc.text(44, 88 + 11 * i, t, F, 7.5)
        doc.text(44, 140, "Guarantor", FB, 8)
        doc.text(44, 151, "Marguerite Kosh", F, 8)
        doc.text(44, 170, "Account", FB, 8)
        doc.text(44, 181, "G-77120", F, 8)
        doc.text(44, 200, "Statement date", FB, 8)
        doc.text(44, 211, "02/10/2026", F, 8)
        doc.text(44, 236, "Amount due", FB, 9)
        doc.text(44, 250, money(due), FB, 12)
        doc.text(44, 266, "Due by 03/05/2026", F, 7.5)
        doc.text(44, 730, f"Page {doc.page}", F, 7.5)
        doc.text(176, 56, "STATEMENT OF ACCOUNT" + ("" if first else " (continued)"), FB, 12)
        doc.line(176, 64, 576, 64, 0.8)
        return 86

    def head(doc, y, c, cont):
        doc.text(176, y, f"{c['patient']} - Visit #{c['claim_id']}{' (continued)' if cont else ''}", FB, 8.5)
        doc.text(176, y + 11, f"Billed to {c['ins']}, claim {c['payer_claim_id']}", F, 7.5)
        return y + 14
    cols = [("Date", 178, "l", lambda s, c: dfmt(s.dos, "mdy2")),
            ("Description", 214, "l", lambda s, c: short(s, 24)),
            ("Code", 330, "l", lambda s, c: " ".join((s.code,) + s.mods)),
            ("Units", 398, "r", lambda s, c: units_str(s.units)),
            ("Charges", 440, "r", lambda s, c: money(s.billed, ",")),
            (("Insurance", "Paid"), 486, "r", lambda s, c: money(s.paid, ",")),
            (("Insurance", "Adj."), 530, "r", lambda s, c: money(s.discount, ",")),
            (("You", "Owe"), 574, "r", lambda s, c: money(s.owes, ","))]

    def trow(doc, y, c):
        t = c["totals"]
        doc.text(214, y, "Visit total", FB, 7.5)
        for k, x in (("billed", 440), ("paid", 486), ("patient_owes", 574)):
            doc.text(x, y, money(t[k], ","), FB, 7.5, "r")
        return y + 10
    return table_doc(out, "h119_fs_a", "fs_a", "reportlab", False, F, FB, 7.5, furn, claims, cols, head,
                     total_row=trow, margin=(176, 36), bottom=720,
                     description="pediatric therapy clinic family statement, three children")


def fs_b(out):
    F, FB = "DVSerif", "DVSerif-B"
    claims = family_claims([("Lena Marsh-Ito", 2611884), ("Caleb Marsh-Ito", 2611907)], Decimal("0.70"),
                           D(2026, 1, 8), ("Prairie Shield Insurance", "PS"))
    # a charge correction on the first account: the first line re-entered then reversed
    c0 = claims[0]
    c0["svcs"].append(negate(c0["svcs"][0]))
    c0["svcs"][-1].desc = "Charge correction"
    for c in claims:
        svcs = c["svcs"]
        c.update(dstr=lambda s: dfmt(s.dos, "mdy4"),
                 truth=lambda s: dict(printed=("billed", "paid", "discount", "patient_owes")),
                 totals=dict(billed=total(svcs, "billed"), patient_owes=total(svcs, "owes")))

    def furn(doc, first):
        doc.text(30, 38, "St. Albray Regional Medical Center", FB, 13)
        doc.text(30, 51, "Outpatient Rehabilitation Services  |  PO Box 7731, Dunmore, KS 66999", F, 8)
        doc.text(762, 38, "GUARANTOR STATEMENT", FB, 11, "r")
        doc.text(762, 51, f"Page {doc.page}", F, 8, "r")
        if first:
            doc.rect(470, 62, 292, 44)
            doc.text(478, 76, "Guarantor: Samuel Ito", F, 8.5)
            doc.text(478, 88, "Guarantor no.: 00981144   Statement date: 02/24/2026", F, 8.5)
            doc.text(478, 100, "Please pay: " + money(sum((c["totals"]["patient_owes"] for c in claims), ZERO)), FB, 8.5)
            return 128
        return 74

    def head(doc, y, c, cont):
        doc.rect(30, y - 10, 732, 14, fill=0.9, stroke=False)
        doc.text(34, y, f"Account {c['claim_id']}   Patient: {c['patient']}   Insurance: {c['ins']}   "
                 f"Ins. claim ref {c['payer_claim_id']}{'   (continued)' if cont else ''}", FB, 8)
        return y + 6

    def pm_(v):
        return money(v, ",", "()")
    cols = [("Service Date", 34, "l", lambda s, c: dfmt(s.dos, "mdy4")),
            ("Rev Code", 100, "l", lambda s, c: "0430" if s.mods[:1] == ("GO",) else "0440" if s.mods[:1] == ("GN",) else "0420"),
            ("CPT/HCPCS", 146, "l", lambda s, c: s.code),
            ("Mod", 200, "l", lambda s, c: " ".join(s.mods)),
            ("Description", 252, "l", lambda s, c: short(s, 34)),
            ("Qty", 470, "r", lambda s, c: units_str(s.units)),
            ("Charges", 530, "r", lambda s, c: pm_(s.billed)),
            (("Insurance", "Paid"), 590, "r", lambda s, c: pm_(s.paid)),
            (("Insurance", "Adjustment"), 668, "r", lambda s, c: pm_(s.discount)),
            (("Patient", "Responsibility"), 758, "r", lambda s, c: pm_(s.owes))]

    def trow(doc, y, c):
        t = c["totals"]
        doc.text(252, y, "Account totals", FB, 8)
        doc.text(530, y, pm_(t["billed"]), FB, 8, "r")
        doc.text(758, y, pm_(t["patient_owes"]), FB, 8, "r")
        return y + 12
    return table_doc(out, "h119_fs_b", "fs_b", "fpdf2", True, F, FB, 8, furn, claims, cols, head,
                     total_row=trow, margin=(30, 30), bottom=560, cont_head=True,
                     description="hospital outpatient rehab guarantor statement, two family members")


LAYOUTS = [cm_a, cm_b, msn, ma, mcd_a, mcd_b, spr, pm, fs_a, fs_b]


# ============================================================================================== check

def check(out: Path) -> list[str]:
    errs = []
    cont_files = 0
    for name, meta in BANDS.items():
        pdf = out / f"{name}.pdf"
        tr = json.loads(Path(str(pdf) + ".truth.json").read_text())
        pages = H.page_words(pdf)
        if len(pages) != tr["pages"]:
            errs.append(f"{name}: page count {len(pages)} != {tr['pages']}")
        doctext = "\n".join(t for _, t in pages)
        seen = {}
        for ln, m in zip(tr["lines"], meta):
            words, ptext = pages[ln["page"] - 1]
            bt = H.band_text(words, m["top"], m["bottom"])
            where = f"{name} p{ln['page']} {ln['code']} {ln['service_date']}"
            nums = H.numbers_in(bt)
            if ln["code"] and ln["code"] not in bt:
                errs.append(f"{where}: code not in row [{bt}]")
            for mo in ln["modifiers"]:
                if mo not in bt:
                    errs.append(f"{where}: modifier {mo} not in row")
            if ln["units"] is not None:
                toks = {re.sub(r"^[xX]", "", t) for t in bt.split()}
                if not any(re.fullmatch(r"-?\d+(\.\d+)?", t) and Decimal(t) == Decimal(ln["units"]) for t in toks):
                    errs.append(f"{where}: units {ln['units']} not in row [{bt}]")
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None and Decimal(ln[k]) not in nums:
                    errs.append(f"{where}: {k} {ln[k]} not in row [{bt}]")
            for g, r, a in ln["adjustments"]:
                if not re.search(rf"{g}-?\s?{r}\b", bt) or (a is not None and Decimal(a) not in nums):
                    errs.append(f"{where}: adjustment {g}{r} {a} not in row [{bt}]")
            for rm in ln["remarks"]:
                if rm not in bt:
                    errs.append(f"{where}: remark {rm} not in row")
            if m["dstr"] not in ptext:
                errs.append(f"{where}: date {m['dstr']} not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in doctext:
                    errs.append(f"{where}: {k} {ln[k]} not in document")
            if ln["adjustments"] and ln["billed"] and ln["paid"] and all(a is not None for *_, a in ln["adjustments"]):
                if Decimal(ln["billed"]) - sum(Decimal(a) for *_, a in ln["adjustments"]) != Decimal(ln["paid"]):
                    errs.append(f"{where}: billed - adjustments != paid")
            if ln["allowed"] and ln["billed"] and ln["discount"] and (ln["not_covered"] or Decimal(ln["allowed"])):
                nc = Decimal(ln["not_covered"] or 0)
                if Decimal(ln["billed"]) - Decimal(ln["discount"]) - nc != Decimal(ln["allowed"]):
                    errs.append(f"{where}: billed - discount - not covered != allowed")
            seen.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
        if any(len(p) > 1 for p in seen.values()):
            cont_files += 1
        for c in tr["claims"]:
            rows = [ln for ln in tr["lines"] if (ln["claim_id"], ln["payer_claim_id"]) == (c["claim_id"], c["payer_claim_id"])]
            if not rows:
                errs.append(f"{name}: claim {c['claim_id']} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if Decimal(v) not in H.numbers_in(doctext):
                    errs.append(f"{name}: claim total {k} {v} not printed")
                if all(r[k] is not None for r in rows) and sum(Decimal(r[k]) for r in rows) != Decimal(v):
                    errs.append(f"{name}: claim {c['claim_id']} {k} lines do not sum to total {v}")
    if cont_files < 3:
        errs.append(f"only {cont_files} files have a claim continuing onto another page")
    print(f"files with a claim continuing across pages: {cont_files}")
    return errs


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if args:
        out = Path(args[0]).resolve()
    else:
        import tempfile
        out = Path(tempfile.mkdtemp(prefix="heldout119_"))
    if (ROOT / "samples").resolve() in [out, *out.parents]:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        name = fn(out)
        tr = json.loads((out / f"{name}.pdf.truth.json").read_text())
        print(f"{name}: {tr['producer']}, {tr['pages']} pages, {len(tr['lines'])} lines, {len(tr['claims'])} claims")
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
