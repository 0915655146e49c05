"""Write the 213th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on ten everyday documents in house styles nobody developing it has seen.

Run:  python bench/heldout213/make_heldout213_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout213/make_heldout213_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed; modifiers [] where none are printed); claim_id = the
provider's own account / patient-control / visit / hospital-account number, payer_claim_id = the payer's claim
number / ICN / payer claim control number, patient exactly as printed (the person served, never the guarantor
or subscriber unless the same person). Every name, number, payer, provider, address and ID is invented;
descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no
randomness). h213kit.py (same folder) holds the two-producer drawing API and the self-check.

Layouts (two each of the five commonest kinds):
  01 commercial member EOB, landscape Liberation Sans (reportlab): grey left sidebar with member / family
     deductible and out-of-pocket meters on every page, "Amount billed / Plan discount / Allowed amount / Not
     covered / Deductible / Coinsurance / Plan paid / You owe / Notes", "97530 GO" code then wrapped description
     in the Service cell, claim heading box "Patient: X (Spouse)" / "Claim number" / "Patient account", three
     family members, a non-covered laser line, claim totals, notes legend; units not printed
  02 commercial member "Benefit Statement", portrait DejaVu Serif Condensed (fpdf2): boxed patient/provider |
     claim number/"Your account no." panels, shaded column band, "97140-GP-59", Qty, "$" amounts, per-visit
     copay, "PR 204" reason on a denied line, four family members (five claims), boxed totals; PLANTED
     "Your responsibility" total mismatch on one claim
  03 Medicare Advantage member EOB (monthly), portrait Liberation Sans (fpdf2): "Section 2 - Medical claims we
     processed", "Claim 2 of 4" headings with "Claim ID" and "Provider's patient no.", code in parentheses
     "(97530 GO KX)" before or after the description, "Amount the provider billed / Plan-approved amount /
     Plan's share / Your share / Note", a $20 copay once per visit day, a bundled $0 line; one member; no units
  04 Medicare Summary Notice Part B, portrait DejaVu Serif (reportlab): page-1 deductible status and "Total You
     May Be Billed", claim pages keyed by a "Jan 13, 2026" band with provider and claim number, "Service
     Provided & Billing Code / Did Medicare Approve the Service? / ... / See Notes Below", "(97140)" after the
     description and a wrapped second line, a "No" line; no account, units or modifiers printed; date only in
     the claim band
  05 state Medicaid remittance advice, landscape core Courier (reportlab): mainframe print, "*** CLAIMS PAID /
     CLAIMS DENIED / CLAIM ADJUSTMENTS ***", recipient / recipient id / patient acct / ICN header row per claim,
     "LN FROM THRU PROC MODS UNITS BILLED ALLOWED TPL COPAY PAID EOB", MMDDYY dates, units "2.00", 4-digit EOB
     codes, a void with trailing-minus amounts and its replacement; a claim's rows continue on page 2 under a
     repeated header and "(CONT)" claim line
  06 state Medicaid remittance advice from a newer MMIS, portrait Liberation Sans Narrow (fpdf2): boxed
     "Beneficiary Name / Beneficiary ID / Patient Account # / ICN / Claim Status" blocks over a grid "Ln /
     Service Dates / Proc / Mods / Units / Billed Amt / Approved Amt / TPL Amt / Paid Amt / CARC / Adj Amt /
     RARC / Sts", date spans "01/05/2026 - 01/09/2026" with summed units, "CO-45" adjustments, a denied claim
  07 clearinghouse print of a Medicare Part B ERA, portrait DejaVu Sans (fpdf2): shaded claim panels "Patient /
     MBI / Status / Pat Ctrl # / Payer Claim # / Claim Charge / Claim Paid", "Proc / Mods" as "97110 GP CQ",
     Deduct / Coins columns, adjustments stacked one per sub-row ("CO-45", "PR-2", "CO-253" with amounts),
     an N115 denied line, "Pt Resp" in the totals row; a claim continues on page 2 with its panel repeated
  08 practice-management "ERA POSTING DETAIL", landscape Liberation Mono (reportlab): shaded "PATIENT: / ACCT: /
     ICN:" bands, "DOS CPT MODS UNITS BILLED ALLOWED DEDUCT COINS CONTR ADJ SEQ PAID PT RESP CODES" with the
     codes glued ("CO45 PR2 CO253"), a bundled CO97 line; PLANTED "CLAIM TOT" paid mismatch
  09 pediatric therapy clinic family statement, portrait DejaVu Serif (reportlab): tear-off stub (Statement
     Date / Guarantor Account / Amount Due / Amount Enclosed), guarantor address, visit heading rows naming
     the child, "Visit V-100566" and the insurer claim number, "Charges / Insurance Paid / Insurance Adjust. /
     Your Portion / Qty", glued "97112GO59", wrapped descriptions, a non-covered orthosis, a family payment row,
     three children; a visit's rows run onto page 2 with no repeated column header
  10 hospital outpatient guarantor statement, landscape Liberation Sans (fpdf2): grey banner, one account per
     family member visit ("Hospital Account: HA ..." / "Insurance claim #"), "Service Date / Rev Code /
     CPT/HCPCS / Description / Qty / Charges" (charges only per line), wrapped long descriptions, account-level
     insurance payment, contractual adjustment and balance, a total that carries to page 2 under a repeated
     "(continued)" account heading, three family members

The self-check (--check) tests the factory, never the reader: page counts; every truth line's code,
modifiers, units and printed amounts lie on ONE extracted text row of its page (pdfplumber words grouped by
baseline), dates on that row or in the claim's band on the page; ids and patients in the document text;
adjustment group-reason codes and amounts and remark codes on the page; the document's own arithmetic
(allowed - deductible - copay - coinsurance = paid where printed and no sequestration; billed - adjustments =
paid for the layouts that print every adjustment with its amount: 06, 07, 08); printed claim totals equal the
sum of their lines except the planted mismatches, which must really mismatch and be declared as expected
findings.
"""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from h213kit import Pdf, check_file  # noqa: E402

from samples.pdf.eobgen import (  # noqa: E402
    LONG_DESC, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money, negate, total,
    truth_line,
    units_str, write_truth,
)

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
D = date


class Rec:
    def __init__(self):
        self.lines, self.anchors, self.claims = [], [], []

    def add(self, page, s, cid, pcid, pat, printed, row, page_tokens=(), *, units=True, mods=True, adjs=None,
            remarks=None, end=None, code=True, desc=True, overrides=None):
        self.lines.append(truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed,
                                     service_end=end, units=units, modifiers=mods, code=code, adjustments=adjs,
                                     remarks=remarks, overrides=overrides, description=desc))
        self.anchors.append({"row": [str(x) for x in row], "page_tokens": [str(x) for x in page_tokens]})

    def claim(self, cid, pcid, pat, **tot):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": claim_totals(**tot)})


def svcs(specs):
    out = []
    for sp in specs:
        dos, code, u = sp[0], sp[1], sp[2]
        mods = tuple(sp[3]) if len(sp) > 3 else ()
        denied = sp[4] if len(sp) > 4 else None
        out.append(Svc(dos, code, Decimal(str(u)), mods, denied=denied))
    return out


def cells(pdf, cols, y, vals, f="R", size=8):
    for (x, w, al), v in zip(cols, vals):
        if v is None or v == "":
            continue
        if al == "r":
            pdf.t(x + w - 2, y, v, f, size, "r")
        elif al == "c":
            pdf.t(x + w / 2, y, v, f, size, "c")
        else:
            pdf.t(x + 2, y, v, f, size)


def heads(pdf, cols, y, hs, f="B", size=7, lh=8):
    for (x, w, al), h in zip(cols, hs):
        for i, part in enumerate(h.split("|")):
            if al == "r":
                pdf.t(x + w - 2, y + i * lh, part, f, size, "r")
            elif al == "c":
                pdf.t(x + w / 2, y + i * lh, part, f, size, "c")
            else:
                pdf.t(x + 2, y + i * lh, part, f, size)


def colspec(x0, widths_aligns):
    out, x = [], x0
    for w, a in widths_aligns:
        out.append((x, w, a))
        x += w
    return out


def mod_join(s, sep):
    return s.code + (sep + sep.join(s.mods) if s.mods else "")


# ------------------------------------------------------------------------------------------ layouts

def lay01(out: Path):
    """Commercial member EOB, landscape, left sidebar with plan-year meters on every page."""
    name = "h213_01_commercial_sidebar"
    pdf = Pdf("reportlab", LAND, {"R": "LibSans", "B": "LibSans-Bold"}, "Explanation of Benefits")
    rec = Rec()
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.78"))
    fam = [
        ("Harriet Okonkwo-Lind", "Self", "TMA-60412", "ML26C0114508", "Brightwater Hand & Upper Limb Therapy",
         svcs([(D(2026, 1, 6), "97166", 1, ["GO"]), (D(2026, 1, 6), "97140", 2, ["GO"]),
               (D(2026, 1, 9), "97530", 2, ["GO"]), (D(2026, 1, 9), "97760", 1, ["GO"]),
               (D(2026, 1, 9), "L3807", 1, ["RT"])])),
        ("Tobias Okonkwo-Lind", "Spouse", "40077193", "ML26C0117722", "Cedar Row Physical Therapy",
         svcs([(D(2026, 1, 12), "97161", 1, ["GP"]), (D(2026, 1, 12), "97110", 3, ["GP"]),
               (D(2026, 1, 14), "97112", 2, ["GP", "KX"]), (D(2026, 1, 14), "0552T", 1, [], "PR"),
               (D(2026, 1, 16), "97110", 2, ["GP"]), (D(2026, 1, 16), "97140", 1, ["GP", "59"])])),
        ("Noor Okonkwo-Lind", "Daughter", "PCN-2218-04", "ML26C0121930", "Little Lantern Pediatric Speech",
         svcs([(D(2026, 1, 20), "92523", 1), (D(2026, 1, 22), "92507", 1, ["GN"]),
               (D(2026, 1, 22), "92526", 1, ["GN"]), (D(2026, 1, 27), "92507", 1, ["GN"]),
               (D(2026, 1, 27), "92526", 1, ["GN"]), (D(2026, 1, 29), "92507", 1, ["GN"])])),
    ]
    for _, _, _, _, _, ss in fam:
        for s in ss:
            commercial(s, st, deny_reason="96")
            if s.code == "0552T":
                s.remarks = ["X7"]
            elif s.deductible:
                s.remarks = ["D2"]
            else:
                s.remarks = ["A1"]
    W, H = LAND
    main_x = 178
    cols = colspec(main_x, [(50, "l"), (128, "l"), (48, "r"), (50, "r"), (50, "r"), (48, "r"), (48, "r"),
                            (48, "r"), (50, "r"), (44, "r"), (30, "c")])
    hs = ["Date of|service", "Service", "Amount|billed", "Plan|discount", "Allowed|amount", "Not|covered",
          "Deductible", "Coinsurance", "Plan|paid", "You|owe", "Notes"]
    state = {"y": 0, "page": 0}

    def sidebar(page):
        pdf.box(24, 24, 138, H - 60, 0.5, 0.93)
        pdf.t(32, 44, "Northgate Mutual", "B", 12)
        pdf.t(32, 57, "Health Plan", "B", 12)
        pdf.t(32, 80, "Member", "B", 8)
        pdf.t(32, 91, "Harriet Okonkwo-Lind", "R", 8)
        pdf.t(32, 102, "ID  NGM 408-55-1907", "R", 8)
        pdf.t(32, 113, "Group  RIVERSTONE SCHOOLS", "R", 7)
        pdf.t(32, 124, "Plan  Choice PPO 1500", "R", 7)
        pdf.t(32, 150, "Family deductible", "B", 8)
        pdf.t(32, 161, "Met so far   $1,380.00", "R", 7)
        pdf.t(32, 171, "Plan year limit   $3,000.00", "R", 7)
        pdf.t(32, 192, "Family out-of-pocket", "B", 8)
        pdf.t(32, 203, "Met so far   $1,911.42", "R", 7)
        pdf.t(32, 213, "Plan year limit   $7,500.00", "R", 7)
        pdf.t(32, 240, "Questions?", "B", 8)
        pdf.t(32, 251, "Call 1-800-555-0148", "R", 7)
        pdf.t(32, 261, "Mon-Fri 8am-7pm", "R", 7)
        pdf.t(32, 271, "northgatemutual.example", "R", 7)
        pdf.t(32, H - 48, f"Page {page} of 2", "R", 7)

    def new_page():
        state["page"] = pdf.page()
        sidebar(state["page"])
        pdf.t(main_x, 40, "EXPLANATION OF BENEFITS", "B", 14)
        pdf.t(main_x, 54, "This is not a bill. Keep it with your health records.", "R", 8)
        pdf.t(W - 30, 40, "Statement date: February 3, 2026", "R", 8, "r")
        pdf.t(W - 30, 51, "Claims processed Jan 6 - Feb 2, 2026", "R", 8, "r")
        state["y"] = 78

    def col_heads():
        y = state["y"]
        pdf.hl(main_x, W - 30, y - 9, 0.8)
        heads(pdf, cols, y, hs, "B", 7, 8)
        pdf.hl(main_x, W - 30, y + 11, 0.5)
        state["y"] = y + 23

    new_page()
    for pat, rel, acct, clm, prov, ss in fam:
        def claim_head(cont=False):
            y = state["y"]
            pdf.box(main_x, y - 10, W - 30 - main_x, 28, 0.4, 0.97)
            pdf.t(main_x + 4, y, f"Patient: {pat} ({rel})" + ("  - continued" if cont else ""), "B", 8)
            pdf.t(main_x + 270, y, f"Claim number: {clm}", "R", 8)
            pdf.t(main_x + 4, y + 12, f"Provider: {prov}", "R", 8)
            pdf.t(main_x + 270, y + 12, f"Patient account: {acct}", "R", 8)
            pdf.t(W - 34, y + 12, "In network", "R", 8, "r")
            state["y"] = y + 32
            col_heads()

        if state["y"] + 80 > H - 60:
            new_page()
        claim_head()
        for s in ss:
            desc = s.desc
            lines = pdf.wrap(desc, 70, "R", 7.5)
            need = 11 * len(lines) + 2
            if state["y"] + need > H - 60:
                new_page()
                claim_head(cont=True)
            y = state["y"]
            codestr = mod_join(s, " ")
            vals = [dfmt(s.dos, "mdy2"), codestr, money(s.billed, ","), money(s.discount, ","),
                    money(s.allowed, ","), money(s.not_covered, ","), money(s.deductible, ","),
                    money(s.coinsurance, ","), money(s.paid, ","), money(s.owes, ","), " ".join(s.remarks)]
            cells(pdf, cols, y, vals, "R", 7.5)
            for i, ln in enumerate(lines):
                pdf.t(cols[1][0] + 56, y + i * 10, ln, "R", 7.5)
            rec.add(state["page"], s, acct, clm, pat,
                    ("billed", "discount", "allowed", "not_covered", "deductible", "coinsurance", "paid",
                     "patient_owes"), [v for v in vals if v][:-1], units=False, remarks=s.remarks)
            state["y"] = y + 10 * len(lines) + 3
        y = state["y"]
        pdf.hl(main_x, W - 30, y - 7, 0.5)
        tot = [None, "Claim totals", money(total(ss, "billed"), "$"), money(total(ss, "discount"), "$"),
               money(total(ss, "allowed"), "$"), money(total(ss, "not_covered"), "$"),
               money(total(ss, "deductible"), "$"), money(total(ss, "coinsurance"), "$"),
               money(total(ss, "paid"), "$"), money(total(ss, "owes"), "$"), None]
        cells(pdf, cols, y + 2, tot, "B", 7.5)
        rec.claim(acct, clm, pat, billed=total(ss, "billed"), allowed=total(ss, "allowed"),
                  paid=total(ss, "paid"), patient_owes=total(ss, "owes"))
        state["y"] = y + 30
    y = state["y"]
    legend = [("A1", "Your provider is in the network; the plan discount is not yours to pay."),
              ("D2", "Part of this charge counted toward your plan-year deductible."),
              ("X7", "This treatment is not a covered benefit of your plan; the provider may bill you.")]
    if y + 60 > H - 60:
        new_page()
        y = state["y"]
    pdf.t(main_x, y, "Notes", "B", 9)
    for i, (c, tx) in enumerate(legend):
        pdf.t(main_x, y + 13 + 11 * i, f"{c}   {tx}", "R", 7.5)
    pdf.save(out / f"{name}.pdf")
    write_truth(out / f"{name}.pdf", name, "reportlab", pdf.pages,
                "Commercial member EOB, landscape, left sidebar, family of three, claim continues onto page 2",
                rec.lines, rec.claims, legend)
    return name, rec, False


def lay02(out: Path):
    """Commercial member EOB, portrait, boxed claim panels with a grid header; Qty column."""
    name = "h213_02_commercial_boxed"
    pdf = Pdf("fpdf2", LETTER, {"R": "DejaVuSerifCondensed", "B": "DejaVuSans-Bold"}, "Benefit Statement")
    rec = Rec()
    st = PlanState(ded_left=Decimal("0.00"), allowed_rate=Decimal("0.74"),
                   copay_codes={"97530": Decimal("30.00"), "97110": Decimal("30.00"), "99213": Decimal("25.00")},
                   coins_rate=Decimal("0.10"))
    fam = [
        ("Wendell Achterberg", "ACH-778201", "26-0117-004415", "Pinecrest Therapy Group",
         svcs([(D(2026, 1, 5), "97163", 1, ["GP"]), (D(2026, 1, 5), "97110", 2, ["GP"]),
               (D(2026, 1, 7), "97530", 3, ["GP"]), (D(2026, 1, 7), "97140", 1, ["GP", "59"])])),
        ("Imogen Achterberg", "ACH-778390", "26-0121-007762", "Pinecrest Therapy Group",
         svcs([(D(2026, 1, 13), "97165", 1, ["GO"]), (D(2026, 1, 13), "97535", 2, ["GO"]),
               (D(2026, 1, 15), "97530", 2, ["GO"]), (D(2026, 1, 15), "97129", 1, ["GO"], "PR")])),
        ("Felix Achterberg", "ACH-778455", "26-0126-001093", "Stonebridge Family Medicine",
         svcs([(D(2026, 1, 19), "99213", 1), (D(2026, 1, 19), "G0283", 1)])),
        ("Maisie Achterberg", "ACH-778512", "26-0130-009921", "Harbor Lights Speech & Feeding",
         svcs([(D(2026, 1, 22), "92523", 1, ["GN"]), (D(2026, 1, 26), "92507", 1, ["GN"]),
               (D(2026, 1, 26), "92526", 1, ["GN"]), (D(2026, 1, 28), "92507", 1, ["GN"]),
               (D(2026, 1, 30), "92507", 1, ["GN", "CO"])])),
        ("Wendell Achterberg", "ACH-779020", "26-0202-000318", "Pinecrest Therapy Group",
         svcs([(D(2026, 1, 12), "97110", 2, ["GP"]), (D(2026, 1, 12), "97112", 1, ["GP"]),
               (D(2026, 1, 14), "97110", 2, ["GP"]), (D(2026, 1, 14), "97140", 1, ["GP", "59"]),
               (D(2026, 1, 16), "97530", 2, ["GP"]), (D(2026, 1, 16), "97116", 1, ["GP"]),
               (D(2026, 1, 21), "97110", 2, ["GP", "KX"]), (D(2026, 1, 21), "97140", 1, ["GP", "59"])])),
    ]
    for *_, ss in fam:
        for s in ss:
            commercial(s, st, deny_reason="204")
            s.remarks = ["NC"] if s.denied else (["CP"] if s.copay else ["PD"])
    W, H = LETTER
    cols = colspec(34, [(50, "l"), (66, "l"), (24, "r"), (48, "r"), (48, "r"), (44, "r"), (46, "r"),
                        (46, "r"), (50, "r"), (40, "r"), (56, "r"), (26, "c")])
    hs = ["Service|date", "Procedure", "Qty", "Amount|charged", "Amount|allowed", "Not|covered", "Copay",
          "Co-|insurance", "Paid by|plan", "Reason", "Your|responsibility", "Msg"]
    state = {"y": 0, "page": 0}
    plant = "26-0130-009921"

    def new_page():
        state["page"] = pdf.page()
        pdf.t(34, 40, "KESTREL BAY HEALTH ALLIANCE", "B", 13)
        pdf.t(34, 53, "PO Box 4470, Lowell Ridge, OR 97399", "R", 8)
        pdf.t(W - 34, 40, "BENEFIT STATEMENT", "B", 11, "r")
        pdf.t(W - 34, 52, "THIS IS NOT A BILL", "R", 8, "r")
        pdf.hl(34, W - 34, 60, 1.2)
        pdf.t(34, 74, "Subscriber: Wendell Achterberg     Member ID: KBH-0093-4471-00     Statement: 02/04/2026",
              "R", 8)
        state["y"] = 96

    def panel(pat, acct, clm, prov, cont=False):
        y = state["y"]
        pdf.box(34, y - 10, W - 68, 30, 0.6)
        pdf.vl(300, y - 10, y + 20, 0.4)
        pdf.t(38, y, "Patient", "B", 6.5)
        pdf.t(80, y, pat + (" (continued from previous page)" if cont else ""), "R", 8)
        pdf.t(38, y + 13, "Provider", "B", 6.5)
        pdf.t(80, y + 13, prov, "R", 8)
        pdf.t(304, y, "Claim number", "B", 6.5)
        pdf.t(380, y, clm, "R", 8)
        pdf.t(304, y + 13, "Your account no.", "B", 6.5)
        pdf.t(380, y + 13, acct, "R", 8)
        y += 32
        pdf.box(34, y - 8, W - 68, 20, 0.3, 0.9)
        heads(pdf, cols, y, hs, "B", 6.5, 7.5)
        state["y"] = y + 22

    new_page()
    for pat, acct, clm, prov, ss in fam:
        if state["y"] + 90 > H - 50:
            new_page()
        panel(pat, acct, clm, prov)
        for s in ss:
            if state["y"] + 16 > H - 56:
                new_page()
                panel(pat, acct, clm, prov, cont=True)
            y = state["y"]
            vals = [dfmt(s.dos, "mdy4"), mod_join(s, "-"), units_str(s.units), money(s.billed, "$"),
                    money(s.allowed, "$"), money(s.not_covered, "$"), money(s.copay, "$"), money(s.coinsurance, "$"),
                    money(s.paid, "$"), "PR 204" if s.denied else "", money(s.owes, "$"), s.remarks[0]]
            cells(pdf, cols, y, vals, "R", 7.5)
            pdf.hl(34, W - 34, y + 5, 0.2)
            adjs = [("PR", "204", s.billed)] if s.denied else []
            rec.add(state["page"], s, acct, clm, pat,
                    ("billed", "allowed", "not_covered", "copay", "coinsurance", "paid", "patient_owes"),
                    [v for v in vals if v][:-1], adjs=adjs, remarks=s.remarks)
            state["y"] = y + 16
        y = state["y"]
        owes = total(ss, "owes")
        p_owes = owes + Decimal("10.00") if clm == plant else owes
        tot = [None, "Totals", None, money(total(ss, "billed"), "$"), money(total(ss, "allowed"), "$"),
               money(total(ss, "not_covered"), "$"), money(total(ss, "copay"), "$"),
               money(total(ss, "coinsurance"), "$"), money(total(ss, "paid"), "$"), None, money(p_owes, "$"), None]
        cells(pdf, cols, y + 2, tot, "B", 7.5)
        pdf.box(34, y - 8, W - 68, 14, 0.6)
        rec.claim(acct, clm, pat, billed=total(ss, "billed"), allowed=total(ss, "allowed"),
                  paid=total(ss, "paid"), patient_owes=p_owes)
        state["y"] = y + 34
    legend = [("PD", "Paid at the in-network rate; savings are shown as the gap between charged and allowed."),
              ("CP", "Your plan's office copay applied to this visit."),
              ("NC", "Not a covered benefit under your plan; you may be billed."),
              ("PR 204", "Service not covered by your benefit plan (patient responsibility).")]
    y = state["y"]
    if y + 70 > H - 50:
        new_page()
        y = state["y"]
    pdf.t(34, y, "Message codes", "B", 9)
    for i, (c, tx) in enumerate(legend):
        pdf.t(34, y + 13 + 11 * i, c, "B", 7.5)
        pdf.t(80, y + 13 + 11 * i, tx, "R", 7.5)
    pdf.footer = lambda p, n, tot: (p.hl(34, W - 34, H - 40, 0.4),
                                    p.t(34, H - 30, "KBH-EOB 02/04/2026  0093-4471", "R", 6.5),
                                    p.t(W - 34, H - 30, f"Page {n} of {tot}", "R", 7, "r"))
    pdf.save(out / f"{name}.pdf")
    pl = next(c for c in rec.claims if c["payer_claim_id"] == plant)
    real = sum(Decimal(ln["patient_owes"]) for ln in rec.lines if ln["payer_claim_id"] == plant)
    write_truth(out / f"{name}.pdf", name, "fpdf2", pdf.pages,
                "Commercial member benefit statement, portrait, boxed claim panels, four family members, "
                "claim rows continue on next page under a repeated panel; planted total mismatch",
                rec.lines, rec.claims, legend,
                [f"claim-total-mismatch claim {plant}: printed Your responsibility total "
                 f"{pl['totals']['patient_owes']} but the lines add up to {real:.2f}"])
    return name, rec, False


def ma_price(ss, copay):
    seen = set()
    for s in ss:
        if s.denied:
            s.not_covered = s.billed
            s.owes = s.billed if s.denied == "PR" else ZERO
            continue
        s.allowed = (Decimal(SCHED_MA[s.code]) * s.units).quantize(Decimal("0.01"))
        s.discount = s.billed - s.allowed
        if s.dos not in seen:
            seen.add(s.dos)
            s.copay = min(copay, s.allowed)
        s.paid = s.allowed - s.copay
        s.owes = s.copay


SCHED_MA = {"97530": "38.10", "97110": "30.44", "97112": "34.20", "97140": "27.90", "97535": "33.15",
            "97166": "101.40", "97168": "68.90", "97760": "42.60", "L3807": "295.00", "99213": "91.20",
            "G0283": "10.80", "97161": "104.30", "97116": "31.00", "92507": "73.55", "97150": "18.20"}


def lay03(out: Path):
    """Medicare Advantage member EOB, portrait, monthly statement; claims listed per provider visit."""
    name = "h213_03_medicare_advantage_eob"
    pdf = Pdf("fpdf2", LETTER, {"R": "LibSans", "B": "LibSans-Bold"}, "Your Explanation of Benefits")
    rec = Rec()
    pat = "Constance M. Villaseñor"
    claims = [
        ("MV-2026-00417", "2601-8840-2217", "Juniper Creek Outpatient Rehab", D(2026, 1, 8),
         svcs([(D(2026, 1, 5), "97166", 1, ["GO"]), (D(2026, 1, 5), "97535", 2, ["GO"]),
               (D(2026, 1, 7), "97530", 2, ["GO"]), (D(2026, 1, 7), "97535", 1, ["GO"]),
               (D(2026, 1, 9), "97530", 2, ["GO", "KX"]), (D(2026, 1, 9), "97760", 1, ["GO"]),
               (D(2026, 1, 9), "L3807", 1, ["LT"])])),
        ("MV-2026-00533", "2601-8851-0096", "Juniper Creek Outpatient Rehab", D(2026, 1, 20),
         svcs([(D(2026, 1, 12), "97530", 3, ["GO"]), (D(2026, 1, 12), "97140", 1, ["GO", "59"]),
               (D(2026, 1, 14), "97530", 2, ["GO"]), (D(2026, 1, 14), "97150", 1, ["GO"], "CO"),
               (D(2026, 1, 16), "97168", 1, ["GO"]), (D(2026, 1, 16), "97535", 2, ["GO", "CQ"])])),
        ("88213-04", "2601-8902-5531", "Dr. Anselm Ruiz-Tate, Family Medicine", D(2026, 1, 23),
         svcs([(D(2026, 1, 21), "99213", 1), (D(2026, 1, 21), "G0283", 1)])),
        ("MV-2026-00611", "2601-8977-4402", "Juniper Creek Outpatient Rehab", D(2026, 1, 29),
         svcs([(D(2026, 1, 26), "97530", 2, ["GO"]), (D(2026, 1, 26), "97112", 1, ["GO"]),
               (D(2026, 1, 28), "97530", 2, ["GO"]), (D(2026, 1, 28), "97110", 1, ["GO"])])),
    ]
    for *_, ss in claims:
        ma_price(ss, Decimal("20.00"))
        for s in ss:
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.copay else ["A"])
    W, H = LETTER
    cols = colspec(40, [(62, "l"), (178, "l"), (66, "r"), (70, "r"), (60, "r"), (60, "r"), (36, "c")])
    hs = ["Date of|service", "Service or item you received|(billing code)", "Amount the|provider billed",
          "Plan-approved|amount", "Plan's|share", "Your|share", "Note"]
    state = {"y": 0, "page": 0}

    def new_page(first=False):
        state["page"] = pdf.page()
        if first:
            pdf.t(40, 48, "Sagebrook Senior Advantage (HMO-POS)", "B", 14)
            pdf.t(40, 62, "Your Explanation of Benefits for January 2026", "R", 10)
            pdf.t(40, 90, "CONSTANCE M VILLASEÑOR", "R", 9)
            pdf.t(40, 101, "2914 ALDER TERRACE APT 6", "R", 9)
            pdf.t(40, 112, "FOXHOLLOW NM 87999-0231", "R", 9)
            pdf.box(340, 80, 232, 62, 0.6)
            pdf.t(348, 93, "Member ID: SSA-55120873-01", "R", 8.5)
            pdf.t(348, 106, "Plan: H9911-004 Senior Advantage", "R", 8.5)
            pdf.t(348, 119, "Statement period: 01/01/2026-01/31/2026", "R", 8.5)
            pdf.t(348, 132, "Member services: 1-888-555-0172 (TTY 711)", "R", 8.5)
            pdf.t(40, 168, "Section 1 - Your out-of-pocket total so far", "B", 10)
            pdf.t(40, 182, "You have paid $160.00 toward this year's $4,900.00 in-network maximum.", "R", 8.5)
            pdf.t(40, 208, "Section 2 - Medical claims we processed in January", "B", 10)
            pdf.t(40, 222, "This is not a bill. Your provider may send you a bill for 'Your share'.", "R", 8.5)
            state["y"] = 246
        else:
            pdf.t(40, 40, "Sagebrook Senior Advantage - Explanation of Benefits, January 2026", "R", 8)
            pdf.t(W - 40, 40, "Constance M. Villaseñor  SSA-55120873-01", "R", 8, "r")
            pdf.hl(40, W - 40, 46, 0.6)
            state["y"] = 66

    def col_heads():
        y = state["y"]
        pdf.box(40, y - 9, W - 80, 20, 0, 0.85)
        heads(pdf, cols, y, hs, "B", 7, 8)
        state["y"] = y + 22

    new_page(first=True)
    for i, (acct, clm, prov, recd, ss) in enumerate(claims):
        def head(cont=False):
            y = state["y"]
            pdf.t(40, y, f"Claim {i + 1} of {len(claims)}" + ("  (continued)" if cont else ""), "B", 9)
            pdf.t(150, y, prov, "R", 9)
            pdf.t(40, y + 12, f"Claim ID {clm}", "R", 8)
            pdf.t(190, y + 12, f"Provider's patient no. {acct}", "R", 8)
            pdf.t(W - 40, y + 12, f"Received {dfmt(recd, 'mon')}", "R", 8, "r")
            state["y"] = y + 28
            col_heads()

        if state["y"] + 90 > H - 60:
            new_page()
        head()
        for s in ss:
            if state["y"] + 24 > H - 60:
                new_page()
                head(cont=True)
            y = state["y"]
            code = f"({s.code}" + (" " + " ".join(s.mods) if s.mods else "") + ")"
            vals = [dfmt(s.dos, "mdy2"), s.desc + " " + code, money(s.billed, "$"), money(s.allowed, "$"),
                    money(s.paid, "$"), money(s.owes, "$"), ", ".join(s.remarks)]
            if pdf.width(vals[1], "R", 8) > 172:
                vals[1] = code
                cells(pdf, cols, y, vals, "R", 8)
                for k, ln in enumerate(pdf.wrap(s.desc, 120, "R", 8)):
                    pdf.t(cols[1][0] + 2 + pdf.width(code + " ", "R", 8), y + 10 * k, ln, "R", 8)
                nl = len(pdf.wrap(s.desc, 120, "R", 8))
            else:
                cells(pdf, cols, y, vals, "R", 8)
                nl = 1
            rec.add(state["page"], s, acct, clm, pat, ("billed", "allowed", "paid", "patient_owes"),
                    [vals[0], code, vals[2], vals[3], vals[4], vals[5]], units=False, remarks=s.remarks)
            pdf.hl(40, W - 40, y + 10 * nl - 5, 0.2)
            state["y"] = y + 10 * nl + 7
        y = state["y"]
        cells(pdf, cols, y, [None, "Claim total", money(total(ss, "billed"), "$"), money(total(ss, "allowed"), "$"),
                             money(total(ss, "paid"), "$"), money(total(ss, "owes"), "$"), None], "B", 8)
        rec.claim(acct, clm, pat, billed=total(ss, "billed"), allowed=total(ss, "allowed"), paid=total(ss, "paid"),
                  patient_owes=total(ss, "owes"))
        state["y"] = y + 30
    legend = [("A", "The plan-approved amount is what this network provider agreed to accept."),
              ("B", "A $20.00 specialist copay applies once per visit day."),
              ("C", "This service was bundled with another service that day; you do not owe for it.")]
    y = state["y"]
    if y + 60 > H - 60:
        new_page()
        y = state["y"]
    pdf.t(40, y, "Notes about your claims", "B", 9)
    for k, (c, tx) in enumerate(legend):
        pdf.t(40, y + 13 + 11 * k, f"{c}  {tx}", "R", 8)
    pdf.footer = lambda p, n, tot: p.t(W / 2, H - 30, f"Page {n} of {tot}", "R", 7.5, "c")
    pdf.save(out / f"{name}.pdf")
    write_truth(out / f"{name}.pdf", name, "fpdf2", pdf.pages,
                "Medicare Advantage member EOB, one member, four claims, per-visit copay, bundled zero line, "
                "claim continues onto the next page under a repeated heading", rec.lines, rec.claims, legend)
    return name, rec, False


def lay04(out: Path):
    """Medicare Summary Notice Part B, portrait serif, summary page then claim pages grouped by provider."""
    name = "h213_04_msn_part_b"
    pdf = Pdf("reportlab", LETTER, {"R": "DejaVuSerif", "B": "DejaVuSans-Bold"}, "Medicare Summary Notice")
    rec = Rec()
    st = PlanState(ded_left=Decimal("257.00"))
    claims = [
        ("Lakeshore Hand and Arm Therapy", "1-2600-88431-77", D(2026, 1, 6),
         svcs([(D(2026, 1, 6), "97165", 1, ["GO"]), (D(2026, 1, 6), "97760", 1, ["GO"]),
               (D(2026, 1, 6), "L3807", 1, ["RT"])])),
        ("Lakeshore Hand and Arm Therapy", "1-2600-89102-05", D(2026, 1, 13),
         svcs([(D(2026, 1, 13), "97140", 2, ["GO"]), (D(2026, 1, 13), "97110", 2, ["GO"]),
               (D(2026, 1, 13), "0552T", 1, [], "PR")])),
        ("Mercy Hollow Family Clinic", "1-2600-90233-41", D(2026, 1, 21),
         svcs([(D(2026, 1, 21), "99213", 1), (D(2026, 1, 21), "G0283", 1)])),
        ("Lakeshore Hand and Arm Therapy", "1-2600-91877-12", D(2026, 1, 27),
         svcs([(D(2026, 1, 27), "97140", 1, ["GO", "CQ"]), (D(2026, 1, 27), "97530", 2, ["GO", "CQ"]),
               (D(2026, 1, 27), "97110", 1, ["GO", "CQ"])])),
    ]
    for *_, ss in claims:
        for s in ss:
            medicare(s, st, sequestration=False, deny_reason="50")
            if s.denied:
                s.remarks = ["B"]
            elif s.deductible:
                s.remarks = ["A", "C"]
            else:
                s.remarks = ["A"]
    W, H = LETTER
    cols = colspec(36, [(170, "l"), (58, "c"), (66, "r"), (68, "r"), (66, "r"), (72, "r"), (40, "c")])
    hs = ["Service Provided &|Billing Code", "Did Medicare|Approve the|Service?", "Amount|Provider|Charged",
          "Medicare-|Approved|Amount", "Medicare|Paid|Provider", "Maximum|You May|Be Billed", "See|Notes|Below"]
    # page 1: summary
    pdf.page()
    pdf.t(36, 50, "Medicare Summary Notice", "B", 18)
    pdf.t(36, 66, "for Part B (Medical Insurance)", "R", 11)
    pdf.t(36, 82, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
          "R", 7.5)
    pdf.t(36, 112, "EUGENIA P HALVORSEN-OYELARAN", "R", 9)
    pdf.t(36, 123, "770 WREN MEADOW RD", "R", 9)
    pdf.t(36, 134, "GARNET FALLS WI 53999", "R", 9)
    pdf.box(330, 100, 246, 72, 0.8)
    pdf.t(338, 114, "Notice for Eugenia P Halvorsen-Oyelaran", "B", 8)
    pdf.t(338, 128, "Medicare Number   5KT9-QW2-HN71", "R", 8)
    pdf.t(338, 141, "Date of This Notice   February 9, 2026", "R", 8)
    pdf.t(338, 154, "Claims Processed Between   Nov 10, 2025 - Feb 8, 2026", "R", 7.5)
    bill = sum((total(ss, "owes") for *_, ss in claims), ZERO)
    pdf.box(36, 200, 540, 120, 0.6)
    pdf.t(46, 220, "Your Deductible Status", "B", 11)
    pdf.t(46, 236, "Your deductible is what you must pay for most health services before Medicare begins", "R", 8)
    pdf.t(46, 247, "to pay. Part B deductible: You have now met $257.00 of your $257.00 deductible for 2026.", "R", 8)
    pdf.t(46, 276, "Total You May Be Billed", "B", 11)
    pdf.t(566, 276, money(bill, "$"), "B", 14, "r")
    pdf.t(46, 300, "Did Medicare approve all services?  NO - see page 2 for one service not approved.", "R", 8)
    pdf.t(36, 350, "If you disagree with a coverage decision, you can file an appeal by June 9, 2026.", "R", 8.5)
    pdf.t(36, 364, "Be aware of fraud: compare this notice with your own records of visits and services.", "R", 8.5)
    state = {"y": 0, "page": 1}

    def new_page():
        state["page"] = pdf.page()
        pdf.t(36, 40, "EUGENIA P HALVORSEN-OYELARAN", "R", 8)
        pdf.t(W - 36, 40, f"Page {state['page']} of 3", "R", 8, "r")
        pdf.t(36, 64, "Your Claims for Part B (Medical Insurance)", "B", 12)
        pdf.t(36, 78, "Part B helps pay for outpatient therapy, doctor visits and medical equipment.", "R", 8)
        state["y"] = 104

    new_page()
    for prov, clm, dos, ss in claims:
        if state["y"] + 40 + 26 * len(ss) > H - 50:
            new_page()
        y = state["y"]
        pdf.box(36, y - 12, 540, 40, 0, 0.92)
        pdf.t(42, y, f"{dfmt(dos, 'mon')}", "B", 9.5)
        pdf.t(150, y, prov, "R", 8.5)
        pdf.t(150, y + 11, "Service provided by the provider listed above", "R", 7)
        pdf.t(42, y + 22, f"Claim number {clm}", "R", 7.5)
        pdf.t(330, y + 22, "Assigned claim", "R", 7.5)
        y += 44
        heads(pdf, cols, y, hs, "B", 7, 8)
        pdf.hl(36, 576, y + 19, 0.8)
        y += 31
        for s in ss:
            ln = f"{s.desc} ({s.code})"
            parts = pdf.wrap(ln, 166, "R", 7.5)
            if not parts[-1].endswith(f"({s.code})") or len(parts) > 1:
                first = f"{s.desc.split(',')[0]} ({s.code})"
                rest = s.desc[len(s.desc.split(',')[0]) + 1:].strip()
                parts = [first] + ([rest] if rest else [])
            vals = [parts[0], "No" if s.denied else "Yes", money(s.billed, "$"), money(s.allowed, "$"),
                    money(s.paid, "$"), money(s.owes, "$"), ", ".join(s.remarks)]
            cells(pdf, cols, y, vals, "R", 7.5)
            for k, extra in enumerate(parts[1:]):
                pdf.t(cols[0][0] + 2, y + 9 * (k + 1), extra, "R", 7.5)
            rec.add(state["page"], s, None, clm, "Eugenia P Halvorsen-Oyelaran",
                    ("billed", "allowed", "paid", "patient_owes"),
                    [f"({s.code})", vals[2], vals[3], vals[4], vals[5]], [dfmt(dos, "mon")], units=False,
                    mods=False, remarks=s.remarks, desc=True)
            y += 9 * len(parts) + 6
            pdf.hl(36, 576, y - 9, 0.2)
        cells(pdf, cols, y, ["Total for this claim", None, money(total(ss, "billed"), "$"),
                             money(total(ss, "allowed"), "$"), money(total(ss, "paid"), "$"),
                             money(total(ss, "owes"), "$"), None], "B", 7.5)
        rec.claim(None, clm, "Eugenia P Halvorsen-Oyelaran", billed=total(ss, "billed"),
                  allowed=total(ss, "allowed"), paid=total(ss, "paid"), patient_owes=total(ss, "owes"))
        state["y"] = y + 34
    legend = [("A", "This amount counts toward your Part B deductible and coinsurance as shown."),
              ("B", "Medicare does not pay for this item; it is not considered reasonable and necessary."),
              ("C", "Some of the approved amount went toward your yearly Part B deductible.")]
    y = state["y"]
    if y + 70 > H - 50:
        new_page()
        y = state["y"]
    pdf.t(36, y, "Notes for Your Claims", "B", 10)
    for k, (c, tx) in enumerate(legend):
        pdf.t(36, y + 14 + 12 * k, c, "B", 8)
        pdf.t(52, y + 14 + 12 * k, tx, "R", 8)
    pdf.save(out / f"{name}.pdf")
    write_truth(out / f"{name}.pdf", name, "reportlab", pdf.pages,
                "Medicare Summary Notice Part B: summary page, then claims keyed by a service-date heading; code "
                "in parentheses after the description, no units or modifiers printed; a not-approved line",
                rec.lines, rec.claims, legend)
    return name, rec, False


def lay05(out: Path):
    """State Medicaid RA, landscape Courier mainframe print: PAID / DENIED / ADJUSTED sections."""
    name = "h213_05_medicaid_mainframe"
    pdf = Pdf("reportlab", LAND, {"R": ("core", "courier", ""), "B": ("core", "courier", "B")},
              "Remittance Advice")
    rec = Rec()
    kids = [
        ("PELLETIER-ABARA, JONAH", "710044198A", "SLP10421", "2026034001287",
         svcs([(D(2026, 1, 5), "92523", 1, ["GN"]), (D(2026, 1, 7), "92507", 1, ["GN"]),
               (D(2026, 1, 9), "92507", 1, ["GN"]), (D(2026, 1, 12), "92507", 1, ["GN"]),
               (D(2026, 1, 14), "92507", 1, ["GN"])])),
        ("PELLETIER-ABARA, SIMONE", "710044201A", "SLP10422", "2026034001288",
         svcs([(D(2026, 1, 6), "97165", 1, ["GO"]), (D(2026, 1, 8), "97530", 2, ["GO"]),
               (D(2026, 1, 8), "97535", 1, ["GO"]), (D(2026, 1, 13), "97530", 2, ["GO"]),
               (D(2026, 1, 13), "97112", 1, ["GO", "59"]), (D(2026, 1, 15), "97530", 3, ["GO"])])),
        ("DRUMMOND, KAIA L", "709981330A", "SLP10388", "2026034001291",
         svcs([(D(2026, 1, 5), "97161", 1, ["GP"]), (D(2026, 1, 5), "97110", 2, ["GP"]),
               (D(2026, 1, 7), "97116", 2, ["GP"]), (D(2026, 1, 7), "97110", 1, ["GP"]),
               (D(2026, 1, 9), "97116", 2, ["GP"]), (D(2026, 1, 9), "97140", 1, ["GP"]),
               (D(2026, 1, 12), "97110", 2, ["GP"]), (D(2026, 1, 12), "97116", 1, ["GP"]),
               (D(2026, 1, 14), "97112", 2, ["GP"]), (D(2026, 1, 14), "97110", 1, ["GP"])])),
        ("QUISPE-HALL, MATEO", "710311874A", "SLP10455", "2026034001296",
         svcs([(D(2026, 1, 6), "92507", 1, ["GN"]), (D(2026, 1, 8), "92507", 1, ["GN"]),
               (D(2026, 1, 8), "92526", 1, ["GN"]), (D(2026, 1, 13), "92507", 1, ["GN"]),
               (D(2026, 1, 15), "92507", 1, ["GN"]), (D(2026, 1, 15), "92526", 1, ["GN"]),
               (D(2026, 1, 20), "92507", 1, ["GN", "KX"])])),
        ("OYELOWO, BARNABY", "710102557A", "SLP10450", "2026034001299",
         svcs([(D(2026, 1, 16), "97166", 1, ["GO"]), (D(2026, 1, 16), "97530", 2, ["GO"]),
               (D(2026, 1, 20), "97530", 2, ["GO"]), (D(2026, 1, 20), "97535", 2, ["GO"]),
               (D(2026, 1, 22), "97530", 2, ["GO"]), (D(2026, 1, 22), "97129", 1, ["GO"]),
               (D(2026, 1, 27), "97530", 2, ["GO"]), (D(2026, 1, 27), "97535", 1, ["GO"]),
               (D(2026, 1, 29), "97530", 2, ["GO"]), (D(2026, 1, 29), "97129", 1, ["GO"])])),
    ]
    denied = [("TRAN-MBEKI, OLIVE", "710230094A", "SLP10467", "2026034001305",
               svcs([(D(2026, 1, 19), "92526", 1, ["GN"], "CO"), (D(2026, 1, 21), "92526", 1, ["GN"], "CO")]))]
    orig = svcs([(D(2025, 12, 15), "92507", 1, ["GN"]), (D(2025, 12, 17), "92507", 1, ["GN"])])
    for s in orig:
        medicaid(s)
    rev = [negate(s) for s in orig]
    repl = svcs([(D(2025, 12, 15), "92507", 1, ["GN", "KX"]), (D(2025, 12, 17), "92507", 1, ["GN", "KX"]),
                 (D(2025, 12, 17), "92526", 1, ["GN"])])
    adjusted = [("PELLETIER-ABARA, JONAH", "710044198A", "SLP10310", "5026034000411", rev, "VOID OF ICN 2025351009870"),
                ("PELLETIER-ABARA, JONAH", "710044198A", "SLP10310", "2026034000412", repl,
                 "REPLACES ICN 2025351009870")]
    for *_, ss in kids + denied:
        for s in ss:
            medicaid(s, deny_reason="96")
    for s in repl:
        medicaid(s)
    for *_, ss in kids + denied + [a[:5] for a in adjusted]:
        for s in ss:
            s.remarks = ["0902"] if s.denied else (["0045"] if s.discount else ["0001"])
    W, H = LAND
    LH = 9.2
    state = {"y": 0, "page": 0, "section": ""}
    colhdr = (f"{'LN':<3} {'FROM':<6} {'THRU':<6} {'PROC':<5} {'MODS':<8} {'UNITS':>6} {'BILLED':>11} "
              f"{'ALLOWED':>11} {'TPL':>9} {'COPAY':>9} {'PAID':>11}  EOB")

    def new_page():
        state["page"] = pdf.page()
        p = state["page"]
        pdf.t(30, 30, "STATE OF WESTMARCH  DEPARTMENT OF FAMILY HEALTH  MEDICAL ASSISTANCE PROGRAM", "B", 8)
        pdf.t(W - 30, 30, f"PAGE {p:>4}", "R", 8, "r")
        pdf.t(30, 30 + LH, "REMITTANCE ADVICE  -  PROFESSIONAL CLAIMS", "R", 8)
        pdf.t(W - 30, 30 + LH, "RA NO. 0004471209   RA DATE 02/06/26", "R", 8, "r")
        pdf.t(30, 30 + 2 * LH, "PAYEE  SILVERLEAF PEDIATRIC THERAPY LLC        PROVIDER NO. 00718842   NPI 1992047731",
              "R", 8)
        pdf.t(30, 30 + 4 * LH, f"{'RECIPIENT NAME':<27} {'RECIPIENT ID':<14} {'PATIENT ACCT NO':<16} ICN", "B", 8)
        pdf.t(48, 30 + 5 * LH, colhdr, "B", 8)
        pdf.t(30, 30 + 6 * LH, "-" * 124, "R", 8)
        state["y"] = 30 + 8 * LH
        if state["section"]:
            pdf.t(30, state["y"], f"*** {state['section']} (CONTINUED) ***", "B", 8)
            state["y"] += 2 * LH

    def need(n):
        if state["y"] + n * LH > H - 40:
            new_page()
            return True
        return False

    def section(title):
        state["section"] = ""
        need(4)
        state["section"] = title
        pdf.t(30, state["y"], f"*** {title} ***", "B", 8)
        state["y"] += 2 * LH

    def claim(nm, rid, acct, icn, ss, note=None):
        need(4)
        neg = "trail"

        def chead(cont=False):
            pdf.t(30, state["y"], f"{nm:<27} {rid:<14} {acct:<16} {icn}" + ("  (CONT)" if cont else ""), "R", 8)
            state["y"] += LH
        chead()
        if note:
            pdf.t(48, state["y"], note, "R", 8)
            state["y"] += LH
        for i, s in enumerate(ss, 1):
            if need(2 if i == len(ss) else 1):
                chead(cont=True)
            mods = " ".join(s.mods)
            d = dfmt(s.dos, "mdy6")
            units = f"{s.units:.2f}" if s.units >= 0 else f"{s.units:.2f}"
            parts = [f"{i:02d}", d, d, s.code, f"{mods:<8}", f"{units:>6}", money(s.billed, "", neg),
                     money(s.allowed, "", neg), money(ZERO, "", neg), money(ZERO, "", neg), money(s.paid, "", neg),
                     s.remarks[0]]
            line = (f"{parts[0]:<3} {parts[1]} {parts[2]} {parts[3]:<5} {parts[4]} {parts[5]:>6} {parts[6]:>11} "
                    f"{parts[7]:>11} {parts[8]:>9} {parts[9]:>9} {parts[10]:>11}  {parts[11]}")
            pdf.t(48, state["y"], line, "R", 8)
            rec.add(state["page"], s, acct, icn, nm, ("billed", "allowed", "paid"),
                    [d, s.code, *(s.mods), parts[5].strip(), parts[6], parts[7], parts[10], parts[11]],
                    units=True, remarks=s.remarks)
            state["y"] += LH
        tb, ta, tp = total(ss, "billed"), total(ss, "allowed"), total(ss, "paid")
        pdf.t(48, state["y"], f"{'CLAIM TOTAL':<38} {money(tb, '', neg):>11} {money(ta, '', neg):>11} "
              f"{'0.00':>9} {'0.00':>9} {money(tp, '', neg):>11}", "B", 8)
        rec.claim(acct, icn, nm, billed=tb, allowed=ta, paid=tp)
        state["y"] += 2 * LH

    new_page()
    section("CLAIMS PAID")
    for c in kids:
        claim(*c)
    section("CLAIMS DENIED")
    for c in denied:
        claim(*c)
    section("CLAIM ADJUSTMENTS")
    for nm, rid, acct, icn, ss, note in adjusted:
        claim(nm, rid, acct, icn, ss, note)
    state["section"] = ""
    need(14)
    y = state["y"]
    allc = kids + denied + [a[:5] for a in adjusted]
    net = sum((total(c[4], "paid") for c in allc), ZERO)
    pdf.t(30, y, "*** PAYMENT SUMMARY ***", "B", 8)
    pdf.t(30, y + LH, f"CLAIMS PAID {len(kids):>4}   CLAIMS DENIED {len(denied):>4}   ADJUSTMENTS {len(adjusted):>4}",
          "R", 8)
    pdf.t(30, y + 2 * LH, f"NET PAYMENT THIS RA {money(net, ','):>14}    EFT TRACE 00932217560", "R", 8)
    legend = [("0001", "PAID AS BILLED OR AT THE LESSER OF BILLED AND THE STATE RATE"),
              ("0045", "PAID AT THE STATE MAXIMUM FEE FOR THIS PROCEDURE"),
              ("0902", "SERVICE REQUIRES PRIOR APPROVAL NOT ON FILE FOR THESE DATES")]
    pdf.t(30, y + 4 * LH, "EOB CODE MESSAGES", "B", 8)
    for k, (c, tx) in enumerate(legend):
        pdf.t(30, y + (5 + k) * LH, f"{c}  {tx}", "R", 8)
    pdf.save(out / f"{name}.pdf")
    write_truth(out / f"{name}.pdf", name, "reportlab", pdf.pages,
                "State Medicaid RA, landscape monospace mainframe print, PAID/DENIED/ADJUSTED sections, "
                "void with trailing-minus amounts and its replacement, claim rows continue on next page",
                rec.lines, rec.claims, legend)
    return name, rec, False


def lay06(out: Path):
    """State Medicaid RA from a newer MMIS, portrait grid, beneficiary blocks, date spans, CARC/RARC columns."""
    name = "h213_06_medicaid_grid"
    pdf = Pdf("fpdf2", LETTER, {"R": "LibNarrow", "B": "LibNarrow-Bold"}, "Provider Remittance Advice")
    rec = Rec()
    benes = [
        ("Rosalind Quaye", "W00418822-01", "ECT-55012", "7726010500183", "Paid",
         [(D(2026, 1, 5), D(2026, 1, 9), "92507", 3, ["GN"]), (D(2026, 1, 6), None, "92523", 1, ["GN"]),
          (D(2026, 1, 12), D(2026, 1, 16), "92507", 3, ["GN"])]),
        ("Emeric Quaye", "W00418822-02", "ECT-55013", "7726010500184", "Paid",
         [(D(2026, 1, 5), D(2026, 1, 9), "97530", 6, ["GO"]), (D(2026, 1, 5), D(2026, 1, 9), "97535", 3, ["GO"]),
          (D(2026, 1, 7), None, "97168", 1, ["GO"]), (D(2026, 1, 12), D(2026, 1, 16), "97530", 6, ["GO"]),
          (D(2026, 1, 14), None, "97760", 1, ["GO"], "CO")]),
        ("Delphine Arceneaux-Mott", "W00502276-01", "ECT-55101", "7726010500190", "Paid",
         [(D(2026, 1, 8), None, "97161", 1, ["GP"]), (D(2026, 1, 8), None, "97110", 2, ["GP"]),
          (D(2026, 1, 13), D(2026, 1, 15), "97110", 4, ["GP"]), (D(2026, 1, 13), D(2026, 1, 15), "97112", 2, ["GP"]),
          (D(2026, 1, 20), D(2026, 1, 22), "97110", 4, ["GP", "KX"]),
          (D(2026, 1, 20), None, "97140", 1, ["GP", "59"])]),
        ("Pascal Yeboah-Lind", "W00611390-01", "ECT-55140", "7726010500201", "Denied",
         [(D(2026, 1, 21), None, "97150", 1, ["GO"], "CO"), (D(2026, 1, 23), None, "97150", 1, ["GO"], "CO")]),
    ]
    data = []
    for nm, bid, acct, icn, status, specs in benes:
        ss = []
        for sp in specs:
            s = Svc(sp[0], sp[2], Decimal(str(sp[3])), tuple(sp[4]), end=sp[1], denied=sp[5] if len(sp) > 5 else None)
            medicaid(s, deny_reason="B7" if s.code == "97150" else "170")
            rarc = "N130" if s.denied and s.code == "97150" else ("M80" if s.denied else "")
            s.remarks = [rarc] if rarc else []
            ss.append(s)
        data.append((nm, bid, acct, icn, status, ss))
    W, H = LETTER
    cols = colspec(30, [(20, "c"), (98, "l"), (40, "l"), (36, "l"), (28, "r"), (50, "r"), (52, "r"), (36, "r"),
                        (50, "r"), (34, "c"), (48, "r"), (34, "c"), (26, "c")])
    hs = ["Ln", "Service Dates", "Proc", "Mods", "Units", "Billed Amt", "Approved Amt", "TPL Amt", "Paid Amt",
          "CARC", "Adj Amt", "RARC", "Sts"]
    state = {"y": 0, "page": 0}

    def new_page():
        state["page"] = pdf.page()
        pdf.box(30, 26, W - 60, 50, 0.8)
        pdf.t(38, 42, "TALLGRASS STATE MEDICAID  |  Fiscal Agent: Prairie Claims Services", "B", 11)
        pdf.t(38, 56, "Provider Remittance Advice    RA Number 26-0207-00388    RA Date 02/07/2026    "
              "Pay Cycle 2026-05", "R", 8.5)
        pdf.t(38, 68, "Billing Provider: Meadowlark Therapy Partners   Billing Provider ID 400219874   "
              "NPI 1588203347", "R", 8.5)
        state["y"] = 96

    def gridhead():
        y = state["y"]
        pdf.box(30, y - 9, sum(c[1] for c in cols), 13, 0.4, 0.88)
        heads(pdf, cols, y, hs, "B", 7, 8)
        state["y"] = y + 13

    def bhead(nm, bid, acct, icn, status, cont=False):
        y = state["y"]
        pdf.box(30, y - 10, sum(c[1] for c in cols), 26, 0.6)
        pdf.t(34, y, "Beneficiary Name", "B", 7)
        pdf.t(34, y + 11, nm + (" (cont.)" if cont else ""), "R", 8.5)
        pdf.t(170, y, "Beneficiary ID", "B", 7)
        pdf.t(170, y + 11, bid, "R", 8.5)
        pdf.t(270, y, "Patient Account #", "B", 7)
        pdf.t(270, y + 11, acct, "R", 8.5)
        pdf.t(370, y, "ICN", "B", 7)
        pdf.t(370, y + 11, icn, "R", 8.5)
        pdf.t(480, y, "Claim Status", "B", 7)
        pdf.t(480, y + 11, status, "R", 8.5)
        state["y"] = y + 26
        gridhead()

    new_page()
    for nm, bid, acct, icn, status, ss in data:
        if state["y"] + 80 > H - 50:
            new_page()
        bhead(nm, bid, acct, icn, status)
        for i, s in enumerate(ss, 1):
            if state["y"] + 13 > H - 50:
                new_page()
                bhead(nm, bid, acct, icn, status, cont=True)
            y = state["y"] + 1
            dt = dfmt(s.dos, "mdy4") + (" - " + dfmt(s.end, "mdy4") if s.end else "")
            adj = s.adjs[0] if s.adjs else None
            vals = [str(i), dt, s.code, " ".join(s.mods), units_str(s.units), money(s.billed, ","),
                    money(s.allowed, ","), "0.00", money(s.paid, ","), f"{adj[0]}-{adj[1]}" if adj else "",
                    money(adj[2], ",") if adj else "0.00", s.remarks[0] if s.remarks else "",
                    "D" if s.denied else "P"]
            cells(pdf, cols, y, vals, "R", 7.5)
            pdf.hl(30, 30 + sum(c[1] for c in cols), y + 4, 0.2)
            rec.add(state["page"], s, acct, icn, nm, ("billed", "allowed", "paid"),
                    [v for v in vals[1:12] if v and v != " "], end=s.end,
                    adjs=[(a[0], a[1], a[2]) for a in s.adjs], remarks=s.remarks)
            state["y"] = y + 13
        y = state["y"] + 2
        tb, ta, tp = total(ss, "billed"), total(ss, "allowed"), total(ss, "paid")
        cells(pdf, cols, y, [None, "Claim Totals", None, None, None, money(tb, ","), money(ta, ","), "0.00",
                             money(tp, ","), None, money(tb - tp, ","), None, None], "B", 7.5)
        rec.claim(acct, icn, nm, billed=tb, allowed=ta, paid=tp)
        state["y"] = y + 26
    legend = [("CO-45", "Charge is above the program's maximum fee; the difference is written off."),
              ("CO-B7", "Provider is not enrolled to bill this service type on the date of service."),
              ("CO-170", "Payment withheld: service needs an approved plan of care on file."),
              ("N130", "Check the program handbook for the limits that apply."),
              ("M80", "Not covered when done in the same visit as another listed service.")]
    y = state["y"]
    if y + 80 > H - 50:
        new_page()
        y = state["y"]
    pdf.t(30, y, "Adjustment reason and remark codes on this RA", "B", 9)
    for k, (c, tx) in enumerate(legend):
        pdf.t(30, y + 13 + 11 * k, c, "B", 8)
        pdf.t(80, y + 13 + 11 * k, tx, "R", 8)
    pdf.footer = lambda p, n, tot: p.t(W - 30, H - 28, f"Page {n} of {tot}", "R", 8, "r")
    pdf.save(out / f"{name}.pdf")
    write_truth(out / f"{name}.pdf", name, "fpdf2", pdf.pages,
                "State Medicaid RA, newer MMIS portrait grid, beneficiary heading blocks, service date spans with "
                "summed units, CARC/adjustment amount/RARC columns, a denied claim", rec.lines, rec.claims, legend)
    return name, rec, True


def lay07(out: Path):
    """Clearinghouse print of a Medicare Part B ERA: boxed claim panels, stacked adjustment sub-rows."""
    name = "h213_07_clearinghouse_era_print"
    pdf = Pdf("fpdf2", LETTER, {"R": "DejaVuSans", "B": "DejaVuSans-Bold"}, "Remittance Detail")
    rec = Rec()
    st = PlanState(ded_left=Decimal("90.00"))
    pts = [
        ("ASHWORTH, LEONIE F", "1TR4-KP8-WW62", "RHT260105A", "22026015118840",
         [(D(2026, 1, 5), "97167", 1, ["GO"]), (D(2026, 1, 5), "97140", 2, ["GO"]),
          (D(2026, 1, 5), "97760", 1, ["GO"])]),
        ("BRANDVOLD, CASIMIR", "6NM2-XE5-QA09", "RHT260107C", "22026015118841",
         [(D(2026, 1, 7), "97110", 3, ["GP"]), (D(2026, 1, 7), "97112", 1, ["GP", "59"]),
          (D(2026, 1, 7), "G0283", 1, ["GP"]), (D(2026, 1, 7), "97140", 1, ["GP"])]),
        ("ASHWORTH, LEONIE F", "1TR4-KP8-WW62", "RHT260112A", "22026015118902",
         [(D(2026, 1, 12), "97530", 2, ["GO"]), (D(2026, 1, 12), "97140", 1, ["GO", "59"]),
          (D(2026, 1, 12), "0552T", 1, ["GO"], "CO")]),
        ("NAKASHIMA-REYES, THEO", "3CV7-MM1-DR44", "RHT260114B", "22026015119013",
         [(D(2026, 1, 14), "97161", 1, ["GP"]), (D(2026, 1, 14), "97110", 2, ["GP", "CQ"]),
          (D(2026, 1, 16), "97110", 2, ["GP", "CQ"]), (D(2026, 1, 16), "97116", 1, ["GP", "CQ"]),
          (D(2026, 1, 16), "97112", 1, ["GP", "CQ"])]),
        ("OKAFOR-BELL, WINIFRED", "8HK0-ZT3-PL57", "RHT260120D", "22026015119277",
         [(D(2026, 1, 20), "97168", 1, ["GO"]), (D(2026, 1, 20), "97535", 2, ["GO", "KX"]),
          (D(2026, 1, 20), "97530", 1, ["GO", "KX"])]),
    ]
    data = []
    for nm, mbi, acct, icn, specs in pts:
        ss = svcs(specs)
        for s in ss:
            medicare(s, st, deny_reason="50")
            s.remarks = ["N115"] if s.denied else []
        st.ded_left = ZERO
        data.append((nm, mbi, acct, icn, ss))
    W, H = LETTER
    cols = colspec(32, [(56, "l"), (74, "l"), (28, "r"), (52, "r"), (52, "r"), (46, "r"), (46, "r"),
                        (108, "l"), (42, "l"), (44, "r")])
    hs = ["Svc Date", "Proc / Mods", "Units", "Charge", "Allowed", "Deduct", "Coins", "Adj Grp-Rsn  Amount",
          "Remark", "Paid"]
    state = {"y": 0, "page": 0}

    def new_page():
        state["page"] = pdf.page()
        pdf.t(32, 38, "RIDGELINE CLAIMS EXCHANGE", "B", 10)
        pdf.t(32, 49, "Remittance Detail - printed from electronic remittance (835)", "R", 7.5)
        pdf.t(W - 32, 38, "Payer: NORTHERN PLAINS MEDICARE SERVICES - PART B", "B", 7.5, "r")
        pdf.t(W - 32, 49, "Payee: Riverbend Hand & Therapy Associates  NPI 1437720985", "R", 7.5, "r")
        pdf.t(W - 32, 60, "EFT # 884100362   Paid 02/05/2026", "R", 7.5, "r")
        pdf.hl(32, W - 32, 66, 1)
        state["y"] = 86

    def panel(nm, mbi, acct, icn, ss, cont=False):
        y = state["y"]
        pdf.box(32, y - 11, W - 64, 30, 0.6, 0.94)
        pdf.t(36, y, "Patient", "B", 6.5)
        pdf.t(70, y, nm + ("  - continued" if cont else ""), "R", 8)
        pdf.t(250, y, "MBI", "B", 6.5)
        pdf.t(268, y, mbi, "R", 8)
        pdf.t(370, y, "Status", "B", 6.5)
        pdf.t(398, y, "1 - Processed as primary", "R", 8)
        pdf.t(36, y + 12, "Pat Ctrl #", "B", 6.5)
        pdf.t(76, y + 12, acct, "R", 8)
        pdf.t(170, y + 12, "Payer Claim #", "B", 6.5)
        pdf.t(228, y + 12, icn, "R", 8)
        pdf.t(340, y + 12, "Claim Charge", "B", 6.5)
        pdf.t(394, y + 12, money(total(ss, "billed"), "$"), "R", 8)
        pdf.t(456, y + 12, "Claim Paid", "B", 6.5)
        pdf.t(502, y + 12, money(total(ss, "paid"), "$"), "R", 8)
        y += 32
        heads(pdf, cols, y, hs, "B", 6.5, 8)
        pdf.hl(32, W - 32, y + 3, 0.5)
        state["y"] = y + 14

    new_page()
    for nm, mbi, acct, icn, ss in data:
        if state["y"] + 80 > H - 50:
            new_page()
        panel(nm, mbi, acct, icn, ss)
        for s in ss:
            n = max(1, len(s.adjs))
            if state["y"] + 10 * n > H - 50:
                new_page()
                panel(nm, mbi, acct, icn, ss, cont=True)
            y = state["y"]
            a0 = s.adjs[0]
            vals = [dfmt(s.dos, "mdy4"), mod_join(s, " "), units_str(s.units), money(s.billed, ","),
                    money(s.allowed, ","), money(s.deductible, ","), money(s.coinsurance, ","),
                    f"   {a0[0]}-{a0[1]}", s.remarks[0] if s.remarks else "", money(s.paid, ",")]
            cells(pdf, cols, y, vals, "R", 7)
            pdf.t(cols[7][0] + 98, y, money(a0[2], ","), "R", 7, "r")
            for k, a in enumerate(s.adjs[1:], 1):
                pdf.t(cols[7][0] + 8, y + 9 * k, f"{a[0]}-{a[1]}", "R", 7)
                pdf.t(cols[7][0] + 98, y + 9 * k, money(a[2], ","), "R", 7, "r")
            rec.add(state["page"], s, acct, icn, nm, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                    [v.strip() for v in vals if v] + [money(a0[2], ",")], adjs=s.adjs, remarks=s.remarks)
            state["y"] = y + 9 * n + 3
        y = state["y"]
        pdf.hl(32, W - 32, y - 7, 0.3)
        pt = total(ss, "deductible") + total(ss, "coinsurance") + sum(
            (s.billed for s in ss if s.denied and s.denied == "PR"), ZERO)
        cells(pdf, cols, y + 1, ["Claim totals", None, None, money(total(ss, "billed"), ","),
                                 money(total(ss, "allowed"), ","), money(total(ss, "deductible"), ","),
                                 money(total(ss, "coinsurance"), ","), f"Pt Resp {money(pt, ',')}", None,
                                 money(total(ss, "paid"), ",")], "B", 7)
        rec.claim(acct, icn, nm, billed=total(ss, "billed"), allowed=total(ss, "allowed"), paid=total(ss, "paid"))
        state["y"] = y + 30
    legend = [("CO-45", "Charge exceeds the fee schedule / contracted amount."),
              ("CO-50", "Payer judged the service not medically necessary."),
              ("CO-253", "Federal sequestration reduction."),
              ("PR-1", "Deductible."), ("PR-2", "Coinsurance."),
              ("N115", "Decision based on a local coverage determination.")]
    y = state["y"]
    if y + 90 > H - 50:
        new_page()
        y = state["y"]
    pdf.t(32, y, "Code glossary (payer-supplied codes, clearinghouse wording)", "B", 8.5)
    for k, (c, tx) in enumerate(legend):
        pdf.t(32, y + 12 + 10 * k, c, "B", 7)
        pdf.t(80, y + 12 + 10 * k, tx, "R", 7)
    pdf.footer = lambda p, n, tot: (p.hl(32, W - 32, H - 38, 0.4),
                                    p.t(32, H - 28, "Ridgeline Claims Exchange - remit print", "R", 6.5),
                                    p.t(W - 32, H - 28, f"{n}/{tot}", "R", 7, "r"))
    pdf.save(out / f"{name}.pdf")
    write_truth(out / f"{name}.pdf", name, "fpdf2", pdf.pages,
                "Clearinghouse print of a Medicare Part B remittance, boxed claim panels, adjustments stacked "
                "one per sub-row under the service, denied line with RARC", rec.lines, rec.claims, legend)
    return name, rec, True


def lay08(out: Path):
    """Practice-management ERA posting report, landscape monospace, shaded claim bands; planted mismatch."""
    name = "h213_08_pm_posting_report"
    pdf = Pdf("reportlab", LAND, {"R": "LibMono", "B": "LibMono-Bold"}, "ERA Posting Detail")
    rec = Rec()
    st = PlanState(ded_left=Decimal("0.00"))
    pts = [
        ("KOWALCZYK-ADEYEMI, RUTH", "44102", "22026030442210",
         [(D(2026, 1, 6), "97110", 2, ["GP"]), (D(2026, 1, 6), "97140", 1, ["GP", "59"]),
          (D(2026, 1, 8), "97110", 2, ["GP"]), (D(2026, 1, 8), "97116", 1, ["GP"])]),
        ("LINDQVIST, ABEL", "44177", "22026030442211",
         [(D(2026, 1, 9), "97165", 1, ["GO"]), (D(2026, 1, 9), "97530", 2, ["GO"])]),
        ("MBEKI-FARRAND, CORA", "44180", "22026030442356",
         [(D(2026, 1, 12), "92523", 1, ["GN"]), (D(2026, 1, 14), "92507", 1, ["GN"]),
          (D(2026, 1, 16), "92507", 1, ["GN"]), (D(2026, 1, 21), "92507", 1, ["GN"]),
          (D(2026, 1, 23), "92507", 1, ["GN"])]),
        ("DESROSIERS, HUGO", "44191", "22026030442390",
         [(D(2026, 1, 13), "97530", 2, ["GO", "CO"]), (D(2026, 1, 13), "97535", 1, ["GO", "CO"]),
          (D(2026, 1, 15), "97530", 2, ["GO", "CO"]), (D(2026, 1, 15), "97112", 1, ["GO", "CO"]),
          (D(2026, 1, 20), "97530", 2, ["GO", "CO"]), (D(2026, 1, 20), "97535", 1, ["GO", "CO"]),
          (D(2026, 1, 22), "97530", 2, ["GO", "CO"]), (D(2026, 1, 22), "97150", 1, ["GO"], "CO")]),
        ("ELLINGHAM, PRUDENCE", "44203", "22026030442455",
         [(D(2026, 1, 26), "97161", 1, ["GP"]), (D(2026, 1, 26), "97110", 2, ["GP"]),
          (D(2026, 1, 28), "97110", 2, ["GP", "KX"]), (D(2026, 1, 28), "97140", 1, ["GP"])]),
    ]
    data = []
    for nm, acct, icn, specs in pts:
        ss = svcs(specs)
        for s in ss:
            medicare(s, st, deny_reason="97")
        data.append((nm, acct, icn, ss))
    plant = "22026030442356"
    W, H = LAND
    LH = 10
    fmt = "{:<10} {:<11} {:>5} {:>9} {:>9} {:>8} {:>8} {:>9} {:>7} {:>9} {:>8}  {}"
    hdr = fmt.format("DOS", "CPT MODS", "UNITS", "BILLED", "ALLOWED", "DEDUCT", "COINS", "CONTR ADJ", "SEQ",
                     "PAID", "PT RESP", "CODES")
    state = {"y": 0, "page": 0}

    def new_page():
        state["page"] = pdf.page()
        pdf.t(30, 34, "TIDEMARK PRACTICE SYSTEMS  v9.4        ERA POSTING DETAIL", "B", 9)
        pdf.t(W - 30, 34, f"Run 02/06/2026 07:14   Page {state['page']}", "R", 8, "r")
        pdf.t(30, 46, "Practice: Saltmarsh Rehabilitation Services   Payer: MEDICARE PART B (J-11)   "
              "Check/EFT: 000772413  02/05/2026", "R", 8)
        pdf.hl(30, W - 30, 52, 0.8)
        pdf.t(30, 66, hdr, "B", 7.5)
        pdf.hl(30, W - 30, 70, 0.4)
        state["y"] = 84

    def chead(nm, acct, icn, cont=False):
        y = state["y"]
        pdf.box(30, y - 8, W - 60, 11, 0, 0.88)
        pdf.t(32, y, f"PATIENT: {nm:<26} ACCT: {acct:<7} ICN: {icn}" + ("   ** CONTINUED **" if cont else ""),
              "B", 7.5)
        state["y"] = y + LH + 2

    new_page()
    for nm, acct, icn, ss in data:
        if state["y"] + 4 * LH > H - 40:
            new_page()
        chead(nm, acct, icn)
        for s in ss:
            if state["y"] + LH > H - 40:
                new_page()
                chead(nm, acct, icn, cont=True)
            codes = " ".join(f"{g}{r}" for g, r, _ in s.adjs)
            vals = [dfmt(s.dos, "mdy4"), mod_join(s, " "), units_str(s.units), money(s.billed, ""),
                    money(s.allowed, ""), money(s.deductible, ""), money(s.coinsurance, ""),
                    money(s.discount if not s.denied else s.billed, ""), money(s.seq, ""), money(s.paid, ""),
                    money(s.owes, ""), codes]
            pdf.t(32, state["y"], fmt.format(*vals), "R", 7.5)
            rec.add(state["page"], s, acct, icn, nm, ("billed", "allowed", "deductible", "coinsurance", "paid",
                                                       "patient_owes"),
                    [vals[0], mod_join(s, " "), *vals[2:7], vals[9], vals[10]], adjs=s.adjs)
            state["y"] += LH
        tp = total(ss, "paid")
        ptp = tp - Decimal("1.00") if icn == plant else tp
        tot = fmt.format("", "CLAIM TOT", "", money(total(ss, "billed"), ""), money(total(ss, "allowed"), ""),
                         money(total(ss, "deductible"), ""), money(total(ss, "coinsurance"), ""), "", "",
                         money(ptp, ""), money(total(ss, "owes"), ""), "")
        pdf.hl(30, W - 30, state["y"] - 7, 0.3)
        pdf.t(32, state["y"], tot, "B", 7.5)
        rec.claim(acct, icn, nm, billed=total(ss, "billed"), allowed=total(ss, "allowed"), paid=ptp,
                  patient_owes=total(ss, "owes"))
        state["y"] += 2 * LH
    legend = [("CO45", "contractual - fee schedule reduction"), ("CO97", "bundled into another service paid"),
              ("CO253", "sequestration"), ("PR1", "deductible"), ("PR2", "coinsurance")]
    if state["y"] + 8 * LH > H - 40:
        new_page()
    y = state["y"]
    pdf.t(32, y, "ADJUSTMENT CODE KEY", "B", 7.5)
    for k, (c, tx) in enumerate(legend):
        pdf.t(32, y + LH * (k + 1), f"{c:<6} {tx}", "R", 7.5)
    pdf.save(out / f"{name}.pdf")
    pl = next(c for c in rec.claims if c["payer_claim_id"] == plant)
    real = sum(Decimal(ln["paid"]) for ln in rec.lines if ln["payer_claim_id"] == plant)
    write_truth(out / f"{name}.pdf", name, "reportlab", pdf.pages,
                "Practice-management ERA posting detail, landscape monospace, shaded patient bands, adjustment "
                "amounts in their own columns with codes listed at row end, claim continues with a repeated "
                "header; planted paid-total mismatch", rec.lines, rec.claims, legend,
                [f"claim-total-mismatch claim {plant}: printed PAID total {pl['totals']['paid']} but the lines "
                 f"add up to {real:.2f}"])
    return name, rec, True


def lay09(out: Path):
    """Pediatric therapy clinic family statement with a tear-off payment stub; rows run on without a header."""
    name = "h213_09_clinic_family_statement"
    pdf = Pdf("reportlab", LETTER, {"R": "DejaVuSerif", "B": "LibSerif-Bold"}, "Statement")
    rec = Rec()
    st = PlanState(ded_left=Decimal("75.00"), allowed_rate=Decimal("0.80"), coins_rate=Decimal("0.20"))
    visits = [
        ("Ezra Thistlewood", "V-100482", "BW5531208871", D(2026, 1, 6),
         [(D(2026, 1, 6), "92523", 1, ["GN"])]),
        ("Ezra Thistlewood", "V-100517", "BW5531209405", D(2026, 1, 13),
         [(D(2026, 1, 13), "92507", 1, ["GN"]), (D(2026, 1, 13), "92526", 1, ["GN"])]),
        ("Juniper Thistlewood", "V-100520", "BW5531209410", D(2026, 1, 13),
         [(D(2026, 1, 13), "97165", 1, ["GO"]), (D(2026, 1, 13), "97530", 2, ["GO"]),
          (D(2026, 1, 13), "97535", 1, ["GO"])]),
        ("Juniper Thistlewood", "V-100566", "BW5531210032", D(2026, 1, 20),
         [(D(2026, 1, 20), "97530", 2, ["GO"]), (D(2026, 1, 20), "97112", 1, ["GO", "59"]),
          (D(2026, 1, 20), "97760", 1, ["GO"]), (D(2026, 1, 20), "L3807", 1, ["LT"], "PR")]),
        ("Ezra Thistlewood", "V-100571", "BW5531210040", D(2026, 1, 20),
         [(D(2026, 1, 20), "92507", 1, ["GN"])]),
        ("Ottoline Thistlewood", "V-100602", "BW5531210877", D(2026, 1, 27),
         [(D(2026, 1, 27), "97161", 1, ["GP"]), (D(2026, 1, 27), "97110", 2, ["GP"]),
          (D(2026, 1, 27), "97116", 1, ["GP"])]),
        ("Juniper Thistlewood", "V-100611", "BW5531210913", D(2026, 1, 27),
         [(D(2026, 1, 27), "97530", 3, ["GO"]), (D(2026, 1, 27), "97535", 1, ["GO"]),
          (D(2026, 1, 27), "97129", 1, ["GO"]), (D(2026, 1, 27), "97112", 1, ["GO"]),
          (D(2026, 1, 27), "97760", 1, ["GO"])]),
        ("Ottoline Thistlewood", "V-100640", "BW5531211302", D(2026, 1, 29),
         [(D(2026, 1, 29), "97110", 2, ["GP"]), (D(2026, 1, 29), "97112", 1, ["GP"]),
          (D(2026, 1, 29), "97140", 1, ["GP", "59"])]),
        ("Ezra Thistlewood", "V-100655", "BW5531211318", D(2026, 2, 3),
         [(D(2026, 2, 3), "92507", 1, ["GN"]), (D(2026, 2, 3), "92526", 1, ["GN"])]),
        ("Juniper Thistlewood", "V-100658", "BW5531211320", D(2026, 2, 3),
         [(D(2026, 2, 3), "97530", 2, ["GO"]), (D(2026, 2, 3), "97535", 2, ["GO"]),
          (D(2026, 2, 3), "97110", 1, ["GO"]), (D(2026, 2, 3), "97140", 1, ["GO"])]),
    ]
    data = []
    for pat, vno, clm, vd, specs in visits:
        ss = svcs(specs)
        for s in ss:
            commercial(s, st, deny_reason="96")
            if s.code in ("97110", "97140", "97535", "97760"):
                s.desc = LONG_DESC[s.code]
        data.append((pat, vno, clm, vd, ss))
    W, H = LETTER
    cols = colspec(36, [(54, "l"), (60, "l"), (166, "l"), (50, "r"), (58, "r"), (58, "r"), (58, "r"), (36, "r")])
    hs = ["Date", "Code", "Description", "Charges", "Insurance|Paid", "Insurance|Adjust.", "Your|Portion", "Qty"]
    state = {"y": 0, "page": 0}
    grand = sum((total(ss, "owes") for *_, ss in data), ZERO)
    paid_by_family = Decimal("60.00")
    due = grand - paid_by_family

    def page_one():
        state["page"] = pdf.page()
        pdf.t(36, 42, "Little Wren Pediatric Therapy", "B", 14)
        pdf.t(36, 55, "418 Millpond Lane, Suite 3  -  Carrow Bay, ME 04999  -  (207) 555-0136", "R", 7.5)
        pdf.box(330, 30, 246, 82, 0.8)
        pdf.t(338, 44, "Statement Date", "R", 7.5)
        pdf.t(568, 44, "02/10/2026", "R", 8, "r")
        pdf.t(338, 57, "Guarantor Account", "R", 7.5)
        pdf.t(568, 57, "G-30917", "R", 8, "r")
        pdf.t(338, 70, "Amount Due", "B", 9)
        pdf.t(568, 70, money(due, "$"), "B", 10, "r")
        pdf.t(338, 83, "Please Pay By", "R", 7.5)
        pdf.t(568, 83, "03/02/2026", "R", 8, "r")
        pdf.t(338, 100, "Amount Enclosed  $ ______________", "R", 8)
        pdf.t(36, 84, "MARGUERITE THISTLEWOOD", "R", 8.5)
        pdf.t(36, 95, "61 BRACKEN HILL RD", "R", 8.5)
        pdf.t(36, 106, "CARROW BAY ME 04999", "R", 8.5)
        pdf.t(W / 2, 128, "- - - - - - - - - Please detach and return the top portion with your payment"
              " - - - - - - - - -",
              "R", 7, "c")
        pdf.t(36, 150, "Account activity for the Thistlewood family", "B", 10)
        pdf.t(36, 162, "Insurance: Bluewater Shore Health PPO   Member ID BWS-7781-0042 (subscriber Marguerite "
              "Thistlewood)", "R", 7.5)
        y = 184
        pdf.hl(36, W - 36, y - 10, 0.8)
        heads(pdf, cols, y, hs, "B", 7.5, 8.5)
        pdf.hl(36, W - 36, y + 12, 0.5)
        state["y"] = y + 26

    def new_page():
        state["page"] = pdf.page()
        pdf.t(36, 40, "Little Wren Pediatric Therapy  -  Guarantor G-30917  -  Statement 02/10/2026", "R", 7.5)
        state["y"] = 64

    page_one()
    for pat, vno, clm, vd, ss in data:
        if state["y"] + 26 > H - 60:
            new_page()
        y = state["y"]
        pdf.t(36, y, f"{pat}", "B", 8.5)
        pdf.t(170, y, f"Visit {vno}  {dfmt(vd, 'mon')}", "R", 7.5)
        pdf.t(330, y, f"Billed to insurance, claim {clm}", "R", 7.5)
        state["y"] = y + 14
        for s in ss:
            parts = pdf.wrap(s.desc, 160, "R", 7.5)
            if state["y"] + 10 * len(parts) > H - 60:
                new_page()
            y = state["y"]
            vals = [dfmt(s.dos, "mdy2"), mod_join(s, ""), parts[0], money(s.billed, ","), money(s.paid, ","),
                    money(s.discount, ","), money(s.owes, ","), units_str(s.units)]
            cells(pdf, cols, y, vals, "R", 7.5)
            for k, extra in enumerate(parts[1:], 1):
                pdf.t(cols[2][0] + 8, y + 10 * k, extra, "R", 7.5)
            rec.add(state["page"], s, vno, clm, pat, ("billed", "patient_owes", "discount", "paid"),
                    [vals[0], mod_join(s, ""), vals[3], vals[4], vals[5], vals[6], vals[7]])
            state["y"] = y + 11 * len(parts) + 5
        rec.claim(vno, clm, pat)
        state["y"] += 6
    y = state["y"]
    if y + 80 > H - 60:
        new_page()
        y = state["y"]
    pdf.t(36, y, dfmt(D(2026, 1, 30), "mdy2"), "R", 7.5)
    pdf.t(cols[1][0] + 2, y, "Payment received - thank you (check 2208)", "R", 7.5)
    pdf.t(cols[6][0] + cols[6][1] - 2, y, money(-paid_by_family, ","), "R", 7.5, "r")
    y += 20
    pdf.hl(36, W - 36, y - 10, 0.8)
    pdf.t(36, y, "Total charges", "R", 8)
    pdf.t(200, y, money(sum((total(ss, "billed") for *_, ss in data), ZERO), "$"), "R", 8, "r")
    pdf.t(330, y, "Amount Due from you", "B", 9)
    pdf.t(W - 36, y, money(due, "$"), "B", 10, "r")
    y += 22
    for k, tx in enumerate([
            "Your portion reflects deductible, coinsurance and items your plan does not cover.",
            "Questions about this statement? Call our billing office at (207) 555-0136, Mon-Thu 9-4.",
            "We offer payment plans. Balances over 90 days may be referred for collection."]):
        pdf.t(36, y + 11 * k, tx, "R", 7.5)
    pdf.footer = lambda p, n, tot: p.t(W - 36, H - 30, f"Page {n} of {tot}", "R", 7.5, "r")
    pdf.save(out / f"{name}.pdf")
    write_truth(out / f"{name}.pdf", name, "reportlab", pdf.pages,
                "Pediatric therapy clinic family statement with tear-off stub, visit heading rows naming the "
                "child, visit number and the insurer's claim number; insurance paid/adjustment printed negative; "
                "rows run onto page 2 with no repeated header; a family payment row", rec.lines, rec.claims, [])
    return name, rec, False


def lay10(out: Path):
    """Hospital outpatient guarantor statement, landscape, accounts per family member, charges with rev codes."""
    name = "h213_10_hospital_guarantor_statement"
    pdf = Pdf("fpdf2", LAND, {"R": "LibSans", "B": "LibSans-Bold"}, "Patient Statement")
    rec = Rec()
    st = PlanState(ded_left=Decimal("300.00"), allowed_rate=Decimal("0.70"), coins_rate=Decimal("0.25"))
    REV = {"97": "0430", "92": "0440", "L3": "0274", "99": "0510", "G0": "0420", "97161": "0420",
           "97110": "0420", "97116": "0420", "97112": "0420", "97140": "0420"}
    accts = [
        ("Rafferty Oduya-Kwan", "HA 4400187215", "SP260108-33102", D(2026, 1, 8),
         [(D(2026, 1, 8), "97161", 1, ["GP"]), (D(2026, 1, 8), "97110", 2, ["GP"]),
          (D(2026, 1, 8), "97140", 1, ["GP", "59"]), (D(2026, 1, 8), "G0283", 1, ["GP"])]),
        ("Tamsin Oduya-Kwan", "HA 4400195560", "SP260122-45518", D(2026, 1, 22),
         [(D(2026, 1, 22), "97530", 2, ["GO"]), (D(2026, 1, 22), "97140", 2, ["GO"]),
          (D(2026, 1, 22), "97535", 2, ["GO"]), (D(2026, 1, 22), "97168", 1, ["GO"]),
          (D(2026, 1, 22), "97112", 1, ["GO"]), (D(2026, 1, 22), "0552T", 1, ["GO"], "PR"),
          (D(2026, 1, 22), "97110", 2, ["GO"]), (D(2026, 1, 22), "97760", 1, ["GO"]),
          (D(2026, 1, 22), "97530", 1, ["GO", "59"]), (D(2026, 1, 22), "G0283", 1, ["GO"])]),
        ("Tamsin Oduya-Kwan", "HA 4400189930", "SP260112-40871", D(2026, 1, 12),
         [(D(2026, 1, 12), "97166", 1, ["GO"]), (D(2026, 1, 12), "97530", 2, ["GO"]),
          (D(2026, 1, 12), "97760", 1, ["GO"]), (D(2026, 1, 12), "L3807", 1, ["RT"]),
          (D(2026, 1, 12), "97535", 1, ["GO"])]),
        ("Ansel Oduya-Kwan", "HA 4400191402", "SP260115-41930", D(2026, 1, 15),
         [(D(2026, 1, 15), "92523", 1, ["GN"]), (D(2026, 1, 15), "99213", 1, ["25"])]),
    ]
    data = []
    for pat, ha, clm, vd, specs in accts:
        ss = svcs(specs)
        for s in ss:
            commercial(s, st)
            s.desc = LONG_DESC.get(s.code, s.desc)
        data.append((pat, ha, clm, vd, ss))
    W, H = LAND
    cols = colspec(40, [(70, "l"), (48, "c"), (70, "l"), (300, "l"), (40, "r"), (80, "r")])
    hs = ["Service Date", "Rev Code", "CPT/HCPCS", "Description", "Qty", "Charges"]
    state = {"y": 0, "page": 0}

    def new_page():
        state["page"] = pdf.page()
        pdf.box(0, 0, W, 56, 0, 0.9)
        pdf.t(40, 28, "ST. BRENDAN'S VALLEY MEDICAL CENTER", "B", 15)
        pdf.t(40, 44, "Outpatient Rehabilitation Services  |  1200 Quarry Road, Elm Fork, KS 66999", "R", 8.5)
        pdf.t(W - 40, 28, "GUARANTOR STATEMENT", "B", 11, "r")
        pdf.t(W - 40, 44, "Guarantor: Philippa Oduya-Kwan   Guarantor # 7730041", "R", 8.5, "r")
        state["y"] = 84

    def acct_head(pat, ha, clm, vd, cont=False):
        y = state["y"]
        pdf.t(40, y, f"Patient: {pat}", "B", 9.5)
        pdf.t(250, y, f"Hospital Account: {ha}" + ("   (continued)" if cont else ""), "R", 9)
        pdf.t(470, y, f"Visit date: {dfmt(vd, 'mdy4')}", "R", 9)
        pdf.t(40, y + 12, f"Primary insurance: Prairie Crest Health Plan    Insurance claim # {clm}", "R", 8)
        y += 28
        heads(pdf, cols, y, hs, "B", 8, 9)
        pdf.hl(40, W - 40, y + 4, 0.6)
        state["y"] = y + 16

    new_page()
    bal = ZERO
    for pat, ha, clm, vd, ss in data:
        if state["y"] + 80 > H - 50:
            new_page()
        acct_head(pat, ha, clm, vd)
        for s in ss:
            parts = pdf.wrap(s.desc, 290, "R", 8.5)
            if state["y"] + 11 * len(parts) > H - 50:
                new_page()
                acct_head(pat, ha, clm, vd, cont=True)
            y = state["y"]
            rev = REV.get(s.code, REV.get(s.code[:2], "0420"))
            vals = [dfmt(s.dos, "mdy4"), rev, mod_join(s, " "), parts[0], units_str(s.units), money(s.billed, "$")]
            cells(pdf, cols, y, vals, "R", 8.5)
            for k, extra in enumerate(parts[1:], 1):
                pdf.t(cols[3][0] + 2, y + 11 * k, extra, "R", 8.5)
            rec.add(state["page"], s, ha, clm, pat, ("billed",), [vals[0], vals[2], vals[4], vals[5]])
            state["y"] = y + 11 * len(parts) + 4
        tb = total(ss, "billed")
        ins = total(ss, "paid")
        adj = total(ss, "discount")
        owes = tb - ins - adj
        bal += owes
        if state["y"] + 50 > H - 50:
            new_page()
            acct_head(pat, ha, clm, vd, cont=True)
        y = state["y"]
        pdf.hl(cols[3][0], cols[5][0] + cols[5][1], y - 8, 0.3)
        rows = [("Total charges", money(tb, "$")), ("Insurance payment - Prairie Crest Health Plan", money(-ins, "$")),
                ("Contractual adjustment", money(-adj, "$")), ("Account balance", money(owes, "$"))]
        for k, (lab, v) in enumerate(rows):
            pdf.t(cols[3][0] + 2, y + 11 * k, lab, "B" if k in (0, 3) else "R", 8.5)
            pdf.t(cols[5][0] + cols[5][1] - 2, y + 11 * k, v, "B" if k in (0, 3) else "R", 8.5, "r")
        rec.claim(ha, clm, pat, billed=tb)
        state["y"] = y + 11 * len(rows) + 22
    y = state["y"]
    if y + 12 > H - 40:
        new_page()
        y = state["y"]
    pdf.box(W - 300, y - 12, 260, 22, 0.8)
    pdf.t(W - 292, y + 2, "TOTAL DUE FROM GUARANTOR", "B", 9)
    pdf.t(W - 48, y + 2, money(bal, "$"), "B", 10, "r")
    pdf.footer = lambda p, n, tot: (p.t(40, H - 28, "Pay online at stbrendansvalley.example/pay  |  "
                                               "Billing questions (620) 555-0198", "R", 7.5),
                                    p.t(W - 40, H - 28, f"Page {n} of {tot}", "R", 7.5, "r"))
    pdf.save(out / f"{name}.pdf")
    write_truth(out / f"{name}.pdf", name, "fpdf2", pdf.pages,
                "Hospital outpatient guarantor statement, landscape, an account per family member visit with rev "
                "code, CPT/HCPCS and modifiers, qty and charges only per line; insurance payment and contractual "
                "adjustment at account level; wrapped descriptions; an account runs onto the next page",
                rec.lines, rec.claims, [])
    return name, rec, False


LAYOUTS = [lay01, lay02, lay03, lay04, lay05, lay06, lay07, lay08, lay09, lay10]


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    if args:
        out = Path(args[0]).resolve()
    else:
        import tempfile
        out = Path(tempfile.mkdtemp(prefix="heldout213_"))
    if (ROOT / "samples").resolve() in [out, *out.parents]:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    results = [lay(out) for lay in LAYOUTS]
    print(out)
    bad = 0
    for name, rec, full_adj in results:
        pdfp = out / f"{name}.pdf"
        msg = f"{name}: {len(rec.lines)} lines"
        if check:
            errs = check_file(pdfp, rec.anchors, full_adj)
            bad += len(errs)
            msg += " OK" if not errs else " FAIL\n   " + "\n   ".join(errs[:15])
        print(msg)
    if check:
        print("CHECK " + ("PASSED" if not bad else f"FAILED ({bad})"))
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
