"""Write the 67th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary documents
of the five commonest real kinds (two each), in house styles unlike sets 1-63, for one honest measurement of the
PDF reader. Written without looking at the reader, its tests, its docs or its scores (only src/eobreader/model.py
for the meaning of fields, samples/pdf/eobgen.py for helpers and the truth format, and earlier sets' docstrings).

Run:  python bench/heldout67/make_heldout67_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout67/make_heldout67_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR                     (someone else, once)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Drawing surface (reportlab / fpdf2 behind one top-left API; every layout is drawn twice so "Page n of N" is
exact), truth recorder and the self-check live in bench/heldout67/h67.py. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness).

Truth format: the one of samples/pdf (eobgen.write_truth, <name>.pdf.truth.json), PRINTED values only, null for
what a layout does not print (units null where no quantity is printed, modifiers [] where none are printed,
description null throughout). claim_id = the provider's own account / patient-control / visit / hospital account
number; payer_claim_id = the payer's claim number / ICN; patient = the person who got the service exactly as
printed ("TESSIER, JUNO M" where the page prints that), never the subscriber or guarantor unless the same person.
Note / EOB / remark codes printed on the line are its remarks; adjustments = [group, reason, amount] only where
the line prints group + reason + amount (d2, p1, p2), otherwise []. Reversals are lines with negative amounts.
Per-layout decisions: c2 prints no provider account (claim_id null); m1 (MSN) prints no provider account, no
units and no modifiers, the date only in the claim heading, patient_owes = "Cantidad máxima que se le puede
facturar"; m2 prints no units, patient_owes = "Your share"; d1 prints FROM DOS and TO DOS (service_end = TO DOS),
its TPL column is no truth field, COPAY 0.00 is the copay; p1 prints patient responsibility per claim only (line
patient_owes null); p2's Contract Adj / Seq Adj columns are the CO-45 / CO-253 amounts its Reason codes column
names (so adjustments carry CO-45, PR-2 and CO-253 with amounts); s1 "Insurance paid" = paid, "Insurance
adjustment" = discount (a write-off printed with no code), "Your portion" = patient_owes, the running account
balance is no truth field, the pending visit has payer_claim_id null and 0.00 values; s2 prints only the charge
per line (insurance payments / adjustments are account-level rows), its duplicate-charge credit is a line with
billed "(75.00)" = -75.00, and the pending account has payer_claim_id null. Every name, number, payer, provider,
address and ID is invented; descriptions are our own words.

Layouts (10 files, 307 service lines, 19 pages; a claim's rows continue onto the next page in c1, d2, p1):
  c1  commercial PPO member EOB for a family of three (reportlab, portrait Liberation Serif): member address,
      "Your plan year at a glance" box, "Services for <name> (<relationship>)" heads with claim number / provider /
      "Your provider's patient number", Date of Service "01/05/2026" / "Service and code" ("97530 GO" over our
      wording) / Amount billed / Plan discount / Not covered / Plan allowance / Deductible / Copay / Coinsurance /
      Plan paid / You owe / Why (numeric notes), no units, a denied line the member owes, ruled rows, claim totals,
      a long claim continued on page 2 under a "(continued)" head and a repeated column header, notes legend
  c2  mutual benefit association "Health Benefit Report" (fpdf2, landscape Liberation Sans Narrow, dark title band):
      ONE flat table with Patient / Claim No. / Provider repeated on every row, "01/05/26", Proc / Mod "GP,59" /
      Qty / Charged / Network Savings / Not Covered / Allowed / Deductible / Copay / Coinsurance / Benefit Paid /
      Member Balance / Rmk, per-visit copay, a denied line written off, "Total for claim" rows, four family
      members; PLANTED mismatch (claim TM2601-339417 Member Balance total 10.00 too high)
  m1  Medicare Summary Notice Part B in the Spanish edition (reportlab, portrait DejaVu Sans): "Resumen de
      Medicare" dashboard page (deductible, total que se le puede facturar), then claims by provider with "Fecha de
      servicio: 5 de enero de 2026" and "Número de reclamación" in grey heads, "Servicio proporcionado y código de
      facturación" wording with "(97110)" (long wordings wrap onto a second text line), "¿Se aprobó el
      servicio?" Sí/No, four money columns, note letters, a non-approved line, claim totals
  m2  Medicare Advantage HMO quarterly member EOB (fpdf2, portrait Liberation Serif): letter greeting, three cost
      boxes, one chronological ruled table "Date of service / Claim number / Provider / Service / Code
      ("97110-GP-KX") / Provider charged / Plan approved / Plan paid / Your share / Note" with claim number on every
      row, per-visit specialist copay, a not-covered line, claim total rows carrying the provider's account
  d1  state Medicaid "PROVIDER REMITTANCE ADVICE" (reportlab, portrait Liberation Sans Narrow): payee / RA / EFT
      banner, CLAIMS PAID / CLAIMS DENIED / CLAIMS ADJUSTED sections, shaded claim header rows "ICN / RECIP: LAST,
      FIRST M / MEDICAID ID / PAT ACCT" with claim billed and paid at the right, numbered detail lines LN / FROM DOS /
      TO DOS / PROC / MODS / UNITS "2.00" / BILLED / ALLOWED / TPL / COPAY / PAID / EOB CODES, a void with
      trailing-minus amounts ("190.00-") and its replacement, EOB code messages
  d2  state Medical Assistance "Provider Payment Voucher and Remittance Statement" (fpdf2, landscape DejaVu Serif
      Condensed): boxed payee strip, boxed recipient bars "Recipient / Recipient ID / Patient Control No. / ICN",
      Line Ctl No. / Service Date / Proc / Mod / Units / Billed / Allowed / Paid / Adj Grp-Reason "CO-45" / Adj Amount
      / RARC / Line Status / Pat Liab, a denied line CO-96 with RARC, claim totals, a recipient continued on sheet 2
  p1  clearinghouse "REMITTANCE TEXT VIEW" of a Medicare Part B 835 (fpdf2, portrait Liberation Mono): CLAIM PCN /
      ICN / STATUS line, PATIENT / MBI line, claim CHARGE / PAYMENT / PT RESP, then per service a column row LN / DOS /
      CODE / MODS / UNITS / CHARGE / ALLOWED / PAID / DEDUCT with an "ADJ CO-45 100.76 PR-2 11.85 CO-253 0.95" text
      line under it and "RMK N425" for a denial, OT-assistant modifier CO next to group code CO, provider-level
      interest adjustment, a claim continued on page 2 with "(CONT)"
  p2  practice-management "Payment Posting Journal" of a Medicare deposit (reportlab, landscape DejaVu Serif
      Condensed): deposit / batch banner, "Claim ICN ... Status: Processed as primary" rows, patient name and Acct #
      on the first row of each claim only, DOS "01/05/26" / CPT / Mod / Qty / Charge / Allowed / Deduct / Coins /
      Contract Adj / Seq Adj / Payment / Pt Resp / Reason codes "CO45 PR2 CO253", claim totals, header repeated
  s1  pediatric therapy clinic FAMILY STATEMENT to the guarantor (fpdf2, portrait DejaVu Sans): amount-due box,
      "Account activity" ledger with a running Account balance column, visit sub-heads "Visit V26-... · insurer claim
      PS-...", glued code "97530GO", Charges / Insurance paid / Insurance adjustment / Your portion, a patient
      payment row, a not-covered line, a pending visit, three children, continued on page 2 under a repeated header
  s2  hospital "Itemized Statement" to a guarantor (reportlab, portrait Liberation Sans, dark title band): four
      hospital accounts for three family members, grey account bars with Patient "LAST, FIRST" and the insurer's
      claim number, Svc date / Rev / CPT/HCPCS / Mod / Description / Qty / Amount, a duplicate-charge credit
      "(75.00)", account summaries (total charges, insurance payments / adjustments, balance) as non-service rows

The self-check (--check) tests the factory, not the reader: for every truth line, its code, modifiers, units,
every non-null amount, each adjustment's group-reason code and amount, and its remarks are on the SAME text row of
the page's text layer (pdfplumber words at the row's recorded baseline; a wrapped wording's second text line and
p1's ADJ / RMK text lines belong to the row), the service date (and service_end) is on the row or, for m1, on the
page; ids and patient are in the page's (or, for a continued claim, the document's) text; page counts match; the
documents' own arithmetic holds (billed - adjustments = paid where every adjustment is printed with its amount;
billed - discount - not covered = allowed; allowed - deductible - copay - coinsurance - sequestration = paid);
claim totals = sum of lines unless the mismatch is the planted expected finding; totals are printed.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from h67 import Cv, Doc, ZERO, Svc, check, draw_row, grid, dfmt, q, units_str  # noqa: E402
from eobgen import PlanState, commercial, medicaid, medicare, money, negate, total, write_truth  # noqa: E402

D = date
J = lambda d: date(2026, 1, d)  # noqa: E731


def mk(items, fn, **kw):
    """items: (date, code, units, mods[, denied]) -> processed Svc list."""
    out = []
    for it in items:
        dos, code, u, mods = it[:4]
        den = it[4] if len(it) > 4 else None
        out.append(fn(Svc(dos, code, Decimal(str(u)), tuple(mods), denied=den), **kw))
    return out


def fit(cv, s, w):
    """Cut wording at a word boundary so it fits width w."""
    words, out = s.split(), ""
    for wd in words:
        t = (out + " " + wd).strip()
        if cv.width(t) > w:
            break
        out = t
    return out


def m(d, style=",", neg="-"):
    return money(d, style, neg)


# ================================================================================================ c1
def c1(cv: Cv, N: int) -> Doc:
    """Commercial PPO member EOB, three family members, portrait Liberation Serif (reportlab)."""
    cv.font("LibSerif", 8)

    def furn(cv, p, N):
        cv.font("LibSerif", 15, True)
        cv.text(36, 48, "Cobalt Ridge Health Plan")
        cv.font("LibSerif", 8)
        cv.text(36, 60, "PO Box 40917  Lakemont, OR 97418   |   Member Services 1-800-555-0143 (TTY 711)")
        cv.font("LibSerif", 11, True)
        cv.text(576, 48, "EXPLANATION OF BENEFITS", "r")
        cv.font("LibSerif", 8)
        cv.text(576, 60, "THIS IS NOT A BILL", "r")
        cv.hline(36, 576, 66, 1.2)
        cv.text(36, 770, "Statement date 02/02/2026   Member ID CRH448102977   Group 0071-PPO   Cobalt Ridge Health Plan")
        cv.text(576, 770, f"Page {p} of {N}", "r")
        return 80

    doc = Doc(cv, furn, 80, 740, N)
    y = doc.y
    cv.font("LibSerif", 9, True)
    cv.text(36, y + 10, "DANIEL OKAFOR-REYES")
    cv.font("LibSerif", 9)
    for i, t in enumerate(["2210 Fernhollow Ln Apt 3", "Lakemont, OR 97419"]):
        cv.text(36, y + 22 + 11 * i, t)
    cv.rect(330, y, 246, 70)
    cv.font("LibSerif", 8.5, True)
    cv.text(338, y + 12, "Your plan year at a glance (in-network)")
    cv.font("LibSerif", 8)
    for i, (a, b) in enumerate([("Family deductible met", "$412.00 of $3,000.00"),
                                ("Family out-of-pocket max met", "$1,096.51 of $8,000.00"),
                                ("Subscriber", "Daniel Okafor-Reyes"), ("Plan", "Cobalt Ridge Choice PPO 3000")]):
        cv.text(338, y + 26 + 11 * i, a)
        cv.text(570, y + 26 + 11 * i, b, "r")
    doc.y = y + 86
    cv.text(36, doc.y, "We processed the claims below. Keep this notice with your records. Amounts you owe are paid to")
    cv.text(36, doc.y + 10, "the provider, not to Cobalt Ridge. Codes in the Why column are explained at the end.")
    doc.y += 26

    W = [46, 84, 42, 40, 38, 42, 38, 36, 40, 42, 42, 30]
    cols = grid(36, W, "llrrrrrrrrrc")
    heads = [("Date of", "Service"), ("Service and", "code"), ("Amount", "billed"), ("Plan", "discount"),
             ("Not", "covered"), ("Plan", "allowance"), ("Deduct-", "ible"), ("Copay", ""), ("Co-", "insurance"),
             ("Plan", "paid"), ("You", "owe"), ("Why", "")]

    def header():
        cv.rect(36, doc.y, sum(W), 22, fill=0.88, stroke=False)
        cv.font("LibSerif", 7, True)
        draw_row(cv, doc.y + 9, cols, [h[0] for h in heads])
        draw_row(cv, doc.y + 18, cols, [h[1] for h in heads])
        cv.font("LibSerif", 7.4)
        doc.y += 31

    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30.00")})
    claims = [
        ("Imani Okafor-Reyes", "Daughter", "CR26-0114-55201", "Brightpath Pediatric OT", "BP-770213",
         [(J(5), "97165", 1, ("GO",)), (J(5), "97530", 2, ("GO",)), (J(7), "97530", 2, ("GO",)),
          (J(7), "97112", 1, ("GO", "59")), (J(9), "97535", 1, ("GO",)), (J(9), "97530", 2, ("GO",)),
          (J(12), "97530", 3, ("GO",)), (J(12), "97110", 1, ("GO",)), (J(14), "97112", 2, ("GO",)),
          (J(14), "97535", 1, ("GO",)), (J(16), "97530", 2, ("GO",)), (J(16), "97760", 1, ("GO",)),
          (J(16), "L3807", 1, ("RT",)), (J(19), "97530", 2, ("GO",)), (J(21), "97168", 1, ("GO",)),
          (J(21), "0552T", 1, (), "PR")]),
        ("Daniel Okafor-Reyes", "Self", "CR26-0126-70312", "Summit Hand & Upper Limb Therapy", "SH-118094",
         [(J(8), "99213", 1, ()), (J(8), "97140", 2, ("GP",)), (J(15), "97140", 1, ("GP",)),
          (J(15), "97110", 2, ("GP", "KX")), (J(22), "G0283", 1, ("GP",)), (J(22), "97140", 1, ("GP",)),
          (J(26), "97110", 2, ("GP",)), (J(26), "97760", 1, ("GP",)), (J(29), "97110", 2, ("GP", "CQ")),
          (J(29), "97140", 1, ("GP", "CQ")), (J(29), "G0283", 1, ("GP",))]),
        ("Tobias Okafor-Reyes", "Son", "CR26-0120-61877", "Lakemont Speech & Language Group", "LSL-40551",
         [(J(6), "92523", 1, ()), (J(13), "92507", 1, ("GN",)), (J(20), "92507", 1, ("GN",)),
          (J(27), "92507", 1, ("GN",)), (J(27), "92526", 1, ("GN",))]),
    ]
    for who, rel, clm, prov, acct, items in claims:
        svcs = mk(items, commercial, st=st)
        doc.start_claim(acct, clm, who)
        doc.need(60)

        def band(cont=False, who=who, rel=rel, clm=clm, prov=prov, acct=acct):
            cv.font("LibSerif", 8.6, True)
            cv.text(36, doc.y + 2, f"Services for {who} ({rel})" + (" (continued)" if cont else ""))
            cv.font("LibSerif", 7.6)
            cv.text(36, doc.y + 13, f"Claim number {clm}     Provider: {prov}     Your provider's patient number: {acct}")
            cv.text(576, doc.y + 13, "Received 01/24/2026  Processed 01/30/2026", "r")
            doc.y += 19
            header()

        band()
        doc.on_break = lambda: band(True)
        for s in svcs:
            doc.need(20)
            rem = []
            if s.denied:
                rem = ["47"]
            else:
                if s.discount:
                    rem.append("12")
                if s.deductible:
                    rem.append("31")
            y = doc.y
            draw_row(cv, y, cols, [dfmt(s.dos, "mdy4"), s.code + (" " + " ".join(s.mods) if s.mods else ""),
                                   m(s.billed), m(s.discount), m(s.not_covered), m(s.allowed), m(s.deductible),
                                   m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes), " ".join(rem)])
            cv.font("LibSerif", 6.4)
            cv.text(cols[1][0] + 2, y + 7.5, fit(cv, s.desc, 80))
            cv.font("LibSerif", 7.4)
            doc.rec(s, [y], printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                      "coinsurance", "paid", "patient_owes"), units=False, remarks=rem)
            cv.hline(36, 36 + sum(W), y + 10, 0.25)
            doc.y += 17
        doc.on_break = None
        doc.need(16)
        cv.font("LibSerif", 7.4, True)
        tb, ta, tp, to = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes")
        draw_row(cv, doc.y, cols, ["Claim totals", "", m(tb), m(total(svcs, "discount")), m(total(svcs, "not_covered")),
                                   m(ta), m(total(svcs, "deductible")), m(total(svcs, "copay")),
                                   m(total(svcs, "coinsurance")), m(tp), m(to), ""])
        doc.set_totals(billed=tb, allowed=ta, paid=tp, patient_owes=to)
        cv.font("LibSerif", 7.4)
        doc.y += 22
    doc.need(70)
    cv.font("LibSerif", 8, True)
    cv.text(36, doc.y, "What the codes in the Why column mean")
    cv.font("LibSerif", 7.6)
    legend = [("12", "Your provider is in network and has agreed not to charge you the discount."),
              ("31", "Part of this allowance went toward your yearly deductible."),
              ("47", "Your plan does not cover this service. You may owe the provider the full amount.")]
    for i, (k, v) in enumerate(legend):
        cv.text(36, doc.y + 12 + 10 * i, f"{k}   {v}")
    doc.legend = legend
    return doc


# ================================================================================================ c2
def c2(cv: Cv, N: int) -> Doc:
    """Mutual benefit association member register, one flat table with ids on every row (fpdf2, landscape)."""
    cv.font("LibNarrow", 7)
    W = [78, 70, 92, 40, 30, 28, 20, 38, 40, 36, 38, 38, 30, 40, 40, 40, 28]
    cols = grid(30, W, "lllllllrrrrrrrrrc")
    heads = ["Patient", "Claim No.", "Provider", "Svc Date", "Proc", "Mod", "Qty", "Charged", "Network",
             "Not", "Allowed", "Deductible", "Copay", "Coinsur-", "Benefit", "Member", "Rmk"]
    heads2 = ["", "", "", "", "", "", "", "", "Savings", "Covered", "", "", "", "ance", "Paid", "Balance", ""]

    def furn(cv, p, N):
        cv.rect(0, 0, cv.W, 40, fill=0.25, stroke=False)
        cv.font("LibSans", 14, True)
        if cv.backend == "fp":
            cv.c.set_text_color(255)
            cv.c.text(30, 26, "TAMARACK MUTUAL BENEFIT ASSOCIATION")
        cv.font("LibSans", 9)
        if cv.backend == "fp":
            cv.c.set_text_color(255)
            cv.c.text(560, 26, "Health Benefit Report  -  not a bill")
            cv.c.set_text_color(0)
        cv.font("LibNarrow", 7.4)
        cv.text(30, 54, "Report period 01/01/2026 - 01/31/2026    Policyholder: Marguerite Hallgren-Vu    "
                        "Certificate TMB-5507-1182    Plan: Tamarack Family 25")
        cv.text(cv.W - 30, 54, f"Page {p} of {N}", "r")
        cv.text(30, 596, "Tamarack Mutual Benefit Association, 880 Quarry Hill Rd, Bellmont, WI 53402.  "
                         "Questions: 1-877-555-0198, Mon-Fri 8-6 CT.  Remark codes are listed on the last page.")
        y = 64
        cv.rect(30, y, sum(W), 20, fill=0.85, stroke=False)
        cv.font("LibNarrow", 6.8, True)
        draw_row(cv, y + 8, cols, heads)
        draw_row(cv, y + 16.5, cols, heads2)
        cv.font("LibNarrow", 7)
        return y + 30

    doc = Doc(cv, furn, 90, 580, N)
    st = PlanState(ded_left=Decimal("100.00"), visit_copay=Decimal("25.00"))
    fam = [
        ("Marguerite Hallgren-Vu", "TM2601-338140", "Quarry Hill Physical Therapy",
         [(J(5), "97161", 1, ("GP",)), (J(5), "97110", 2, ("GP",)), (J(8), "97110", 2, ("GP",)),
          (J(8), "97140", 1, ("GP", "59")), (J(12), "97112", 1, ("GP",)), (J(12), "97110", 2, ("GP",))]),
        ("Owen Hallgren-Vu", "TM2601-338902", "Little Oaks Therapy Collective",
         [(J(6), "97166", 1, ("GO",)), (J(6), "97530", 2, ("GO",)), (J(13), "97530", 3, ("GO",)),
          (J(13), "97535", 1, ("GO",)), (J(20), "97530", 2, ("GO",)), (J(20), "97533", 1, ("GO",), "CO"),
          (J(27), "97530", 2, ("GO",)), (J(27), "97112", 1, ("GO",))]),
        ("Priya Hallgren-Vu", "TM2601-339417", "Little Oaks Therapy Collective",
         [(J(7), "92523", 1, ("GN",)), (J(14), "92507", 1, ("GN",)), (J(21), "92507", 1, ("GN",)),
          (J(28), "92507", 1, ("GN",))]),
        ("Lars Hallgren-Vu", "TM2601-340066", "Bellmont Family Medicine",
         [(J(9), "99213", 1, ()), (J(9), "97760", 1, ("GO",)), (J(9), "L3807", 1, ("LT",)),
          (J(23), "97760", 1, ("GO",)), (J(23), "97140", 2, ("GP",))]),
        ("Owen Hallgren-Vu", "TM2601-341250", "Little Oaks Therapy Collective",
         [(J(29), "97168", 1, ("GO",)), (J(29), "97530", 2, ("GO",)), (J(30), "97530", 2, ("GO",)),
          (J(30), "97150", 1, ("GO",)), (J(31), "97530", 3, ("GO",))]),
    ]
    doc.findings = []
    for who, clm, prov, items in fam:
        svcs = mk(items, commercial, st=st, deny_reason="96")
        doc.start_claim(None, clm, who)
        for s in svcs:
            doc.need(11)
            rem = "N4" if s.denied else ("D1" if s.deductible else ("C2" if s.copay else ""))
            y = doc.y
            draw_row(cv, y, cols, [who, clm, prov, dfmt(s.dos, "mdy2"), s.code, ",".join(s.mods),
                                   units_str(s.units), m(s.billed), m(s.discount), m(s.not_covered), m(s.allowed),
                                   m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes), rem])
            cv.hline(30, 30 + sum(W), y + 3, 0.2)
            doc.rec(s, [y], printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                     "coinsurance", "paid", "patient_owes"), remarks=[rem] if rem else [])
            doc.y += 10.5
        doc.need(14)
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        shown_owes = to + Decimal("10.00") if clm == "TM2601-339417" else to
        if shown_owes != to:
            doc.findings.append(f"claim-total-mismatch claim {clm}: printed Member Balance total {shown_owes} "
                                f"but the lines add up to {to}")
        cv.font("LibNarrow", 7, True)
        draw_row(cv, doc.y, cols, ["", "", f"Total for claim {clm}", "", "", "", "", m(tb), m(total(svcs, "discount")),
                                   m(total(svcs, "not_covered")), m(ta), m(total(svcs, "deductible")),
                                   m(total(svcs, "copay")), m(total(svcs, "coinsurance")), m(tp), m(shown_owes), ""])
        cv.font("LibNarrow", 7)
        doc.set_totals(billed=tb, allowed=ta, paid=tp, patient_owes=shown_owes)
        cv.hline(30, 30 + sum(W), doc.y + 3, 0.8)
        doc.y += 16
    doc.need(60)
    doc.legend = [("D1", "Amount applied to the deductible for this benefit year."),
                  ("C2", "Office visit copay taken on the first service of the day."),
                  ("N4", "Service not payable under the plan; the provider has agreed to write it off.")]
    cv.font("LibNarrow", 7.4, True)
    cv.text(30, doc.y + 6, "Remark codes")
    cv.font("LibNarrow", 7.4)
    for i, (k, v) in enumerate(doc.legend):
        cv.text(30, doc.y + 17 + 9 * i, f"{k}  {v}")
    return doc


# ================================================================================================ m1
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]
ES = {"97110": "Ejercicios terapéuticos", "97140": "Terapia manual", "97530": "Actividades terapéuticas",
      "97112": "Reeducación neuromuscular", "97161": "Evaluación de fisioterapia, baja complejidad",
      "97162": "Evaluación de fisioterapia, complejidad moderada", "97116": "Entrenamiento de la marcha",
      "97535": "Entrenamiento en autocuidado", "G0283": "Estimulación eléctrica sin supervisión",
      "97168": "Reevaluación de terapia ocupacional", "97166": "Evaluación de terapia ocupacional",
      "99213": "Consulta de paciente establecido", "E0114": "Muletas axilares, par", "0552T": "Terapia láser de baja intensidad",
      "92507": "Tratamiento del habla y lenguaje", "97542": "Entrenamiento en uso de silla de ruedas"}


def fecha(d):
    return f"{d.day} de {MES[d.month - 1]} de {d.year}"


def m1(cv: Cv, N: int) -> Doc:
    """Medicare Summary Notice Part B in Spanish (reportlab, portrait DejaVu Sans)."""
    who = "ROSALINDA QUIÑONES PAZ"

    def furn(cv, p, N):
        cv.font("DVSans", 16, True)
        cv.text(40, 50, "Resumen de Medicare")
        cv.font("DVSans", 8.5)
        cv.text(40, 63, "para los Servicios de la Parte B (Seguro Médico)")
        cv.text(572, 50, f"{who}", "r")
        cv.text(572, 63, f"Página {p} de {N}", "r")
        cv.hline(40, 572, 70, 1.5)
        cv.font("DVSans", 7)
        cv.text(40, 770, "Llame al 1-800-MEDICARE (1-800-633-4227) si tiene preguntas. "
                         "Los usuarios de TTY deben llamar al 1-877-486-2048.")
        return 86

    doc = Doc(cv, furn, 86, 745, N)
    cv.font("DVSans", 9, True)
    cv.text(40, 96, who)
    cv.font("DVSans", 8.5)
    for i, t in enumerate(["418 CALLE ALAMEDA", "SAN BENITO, TX 78590"]):
        cv.text(40, 108 + 11 * i, t)
    cv.font("DVSans", 8.5)
    facts = [("Número de Medicare", "XXXXXXX4K72"), ("Fecha de este aviso", "1 de febrero de 2026"),
             ("Reclamaciones procesadas entre", "1 de noviembre de 2025 y 31 de enero de 2026")]
    for i, (a, b) in enumerate(facts):
        cv.text(320, 96 + 12 * i, a + ":")
        cv.text(320, 106 + 12 * i, b)
    st = PlanState(ded_left=Decimal("120.00"))
    visits = [
        ("Río Grande Rehab & Sports PT", "Harlingen, TX", J(5), "42-2601-05-118-340", [(J(5), "97162", 1, ("GP",)), (J(5), "97110", 2, ("GP",)), (J(5), "97140", 1, ("GP",))]),
        ("Río Grande Rehab & Sports PT", "Harlingen, TX", J(8), "42-2601-08-221-562", [(J(8), "97110", 2, ("GP",)), (J(8), "97112", 1, ("GP",)), (J(8), "G0283", 1, ("GP",)), (J(8), "0552T", 1, ("GP",), "PR")]),
        ("Valle Clínica Familiar", "San Benito, TX", J(9), "42-2601-09-004-118", [(J(9), "99213", 1, ()), (J(9), "E0114", 1, ("NU",))]),
        ("Río Grande Rehab & Sports PT", "Harlingen, TX", J(12), "42-2601-12-309-077", [(J(12), "97110", 3, ("GP", "KX")), (J(12), "97116", 1, ("GP",)), (J(12), "97140", 1, ("GP",)), (J(12), "97530", 1, ("GP",))]),
        ("Río Grande Rehab & Sports PT", "Harlingen, TX", J(15), "42-2601-15-402-991", [(J(15), "97110", 2, ("GP",)), (J(15), "97116", 2, ("GP",)), (J(15), "G0283", 1, ("GP",))]),
        ("Centro de Terapia Ocupacional del Valle", "Brownsville, TX", J(16), "42-2601-16-517-223", [(J(16), "97166", 1, ("GO",)), (J(16), "97535", 2, ("GO",)), (J(16), "97530", 2, ("GO",))]),
        ("Centro de Terapia Ocupacional del Valle", "Brownsville, TX", J(23), "42-2601-23-630-480", [(J(23), "97535", 2, ("GO",)), (J(23), "97530", 2, ("GO",)), (J(23), "97542", 1, ("GO",)), (J(23), "97112", 1, ("GO",))]),
        ("Río Grande Rehab & Sports PT", "Harlingen, TX", J(26), "42-2601-26-711-305", [(J(26), "97110", 2, ("GP",)), (J(26), "97140", 2, ("GP",)), (J(26), "97112", 1, ("GP",)), (J(26), "97116", 1, ("GP",))]),
    ]
    allsv = [mk(v[4], medicare, st=st) for v in visits]
    flat = [s for v in allsv for s in v]
    y = 150
    cv.rect(40, y, 532, 86, fill=0.93, stroke=False)
    cv.font("DVSans", 10, True)
    cv.text(50, y + 16, "Su deducible")
    cv.text(310, y + 16, "Total que se le puede facturar")
    cv.font("DVSans", 8.5)
    cv.text(50, y + 30, "Usted ha pagado $283.00 de su deducible de")
    cv.text(50, y + 41, "$283.00 de la Parte B para 2026 hasta la fecha.")
    cv.font("DVSans", 18, True)
    cv.text(310, y + 40, money(total(flat, "owes")))
    cv.font("DVSans", 8.5)
    cv.text(310, y + 56, "Vea la página 2 para los detalles de cada reclamación.")
    cv.text(50, y + 72, f"¿Aprobó Medicare todos los servicios? NO, no aprobó 1 servicio. Vea la nota C.")
    doc.y = y + 110
    cv.font("DVSans", 8)
    cv.text(40, doc.y, "Si tiene otro seguro, verifique si cubre la cantidad que se le puede facturar.")
    cv.text(40, doc.y + 11, "Esto no es una factura. No envíe dinero a Medicare.")
    doc.page()
    cv.font("DVSans", 11, True)
    cv.text(40, doc.y, "Sus reclamaciones y costos de la Parte B para este período")
    doc.y += 16
    W = [172, 46, 64, 68, 60, 80, 42]
    cols = grid(40, W, "lcrrrrc")
    heads = [("Servicio proporcionado y", "código de facturación"), ("¿Se aprobó", "el servicio?"),
             ("Cantidad que", "cobró el proveedor"), ("Cantidad aprobada", "por Medicare"),
             ("Cantidad que", "pagó Medicare"), ("Cantidad máxima que", "se le puede facturar"), ("Vea las", "notas")]

    def header():
        cv.font("DVCond", 6.4, True)
        draw_row(cv, doc.y + 8, cols, [h[0] for h in heads])
        draw_row(cv, doc.y + 16, cols, [h[1] for h in heads])
        cv.hline(40, 572, doc.y + 20, 0.8)
        cv.font("DVSans", 7.4)
        doc.y += 30

    for (prov, city, dos, icn, _), svcs in zip(visits, allsv):
        doc.start_claim(None, icn, who)
        doc.need(70)

        def head(cont=False, prov=prov, city=city, dos=dos, icn=icn):
            cv.rect(40, doc.y - 2, 532, 26, fill=0.9, stroke=False)
            cv.font("DVSans", 8.5, True)
            cv.text(46, doc.y + 9, prov + (" (continuación)" if cont else ""))
            cv.font("DVSans", 7.6)
            cv.text(46, doc.y + 19, f"{city}     Fecha de servicio: {fecha(dos)}     Número de reclamación {icn}")
            doc.y += 30
            header()

        head()
        doc.on_break = lambda: head(True)
        for s in svcs:
            doc.need(18)
            notes = ["C", "D"] if s.denied else (["A", "B"] if s.deductible else ["A"])
            y = doc.y
            label, ys = f"{ES[s.code]} ({s.code})", [y]
            if cv.width(label) > W[0] - 4:
                first = fit(cv, ES[s.code], W[0] - 4)
                label = first
                cv.text(cols[0][0] + 2, y + 9, f"{ES[s.code][len(first):].strip()} ({s.code})")
                ys.append(y + 9)
                doc.y += 9
            draw_row(cv, y, cols, [label, "No" if s.denied else "Sí", money(s.billed),
                                   money(s.allowed), money(s.paid), money(s.owes), ", ".join(notes)])
            doc.rec(s, ys, printed=("billed", "allowed", "paid", "patient_owes"), units=False, mods=False,
                    remarks=notes, date_on_row=False)
            cv.hline(40, 572, doc.y + 5, 0.2)
            doc.y += 14
        doc.on_break = None
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        cv.font("DVSans", 7.4, True)
        draw_row(cv, doc.y, cols, ["Total de la reclamación", "", money(tb), money(ta), money(tp), money(to), ""])
        doc.set_totals(billed=tb, allowed=ta, paid=tp, patient_owes=to)
        doc.y += 22
    doc.need(80)
    doc.legend = [("A", "El proveedor aceptó la cantidad aprobada por Medicare como pago total."),
                  ("B", "Una parte de la cantidad aprobada se aplicó a su deducible de la Parte B."),
                  ("C", "Medicare no cubre este servicio porque no se considera necesario para su tratamiento."),
                  ("D", "Usted firmó un aviso por adelantado; puede que tenga que pagar este servicio.")]
    cv.font("DVSans", 9, True)
    cv.text(40, doc.y, "Definiciones de las notas")
    cv.font("DVSans", 7.4)
    for i, (k, v) in enumerate(doc.legend):
        cv.text(40, doc.y + 13 + 10 * i, f"{k}  {v}")
    return doc


# ================================================================================================ m2
def m2(cv: Cv, N: int) -> Doc:
    """Medicare Advantage HMO quarterly member EOB, one chronological table (fpdf2, portrait Liberation Serif)."""
    who = "Wendell A. Strickland"

    def furn(cv, p, N):
        cv.font("LibSerif", 13, True)
        cv.text(40, 44, "Evergreen Harbor Medicare Advantage (HMO)")
        cv.font("LibSerif", 8)
        cv.text(40, 56, "Member Explanation of Benefits  -  Quarterly summary, October 1, 2025 to January 31, 2026")
        cv.text(572, 44, f"Page {p} of {N}", "r")
        cv.text(572, 56, f"{who}   Member ID EHM00418277", "r")
        cv.hline(40, 572, 62, 0.6)
        cv.font("LibSerif", 7)
        cv.text(40, 772, "Evergreen Harbor Health Plans is an HMO with a Medicare contract. Enrollment depends on contract "
                         "renewal. H9917_EOBQ26_M")
        return 78

    doc = Doc(cv, furn, 78, 748, N)
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.46"))
    st.copay_codes = {}
    claims = [
        ("EH26A0104417", "Lakeshore Outpatient Rehab", "LOR-55823", [(J(5), "97161", 1, ("GP",)), (J(5), "97110", 2, ("GP",)), (J(7), "97110", 2, ("GP",)), (J(7), "97140", 1, ("GP",))]),
        ("EH26A0110928", "Harbor View Primary Care", "HVP-20941", [(J(6), "99213", 1, ())]),
        ("EH26A0118366", "Lakeshore Outpatient Rehab", "LOR-56011", [(J(12), "97110", 2, ("GP",)), (J(12), "97116", 1, ("GP",)), (J(14), "97110", 2, ("GP", "KX")), (J(14), "97112", 1, ("GP",)), (J(16), "97140", 2, ("GP", "CQ")), (J(16), "G0283", 1, ("GP",))]),
        ("EH26A0121740", "Bayside Hand Therapy", "BHT-7731", [(J(13), "97166", 1, ("GO",)), (J(13), "97760", 1, ("GO",)), (J(13), "L3807", 1, ("RT",))]),
        ("EH26A0127005", "Lakeshore Outpatient Rehab", "LOR-56274", [(J(19), "97110", 2, ("GP",)), (J(19), "97530", 1, ("GP",)), (J(21), "97110", 2, ("GP",)), (J(21), "0552T", 1, ("GP",), "CO"), (J(23), "97116", 2, ("GP", "CQ")), (J(23), "97140", 1, ("GP",))]),
        ("EH26A0131592", "Bayside Hand Therapy", "BHT-7790", [(J(20), "97760", 1, ("GO",)), (J(20), "97535", 1, ("GO",)), (J(27), "97168", 1, ("GO",)), (J(27), "97530", 2, ("GO",))]),
        ("EH26A0135114", "Lakeshore Outpatient Rehab", "LOR-56502", [(J(26), "97110", 2, ("GP",)), (J(26), "97112", 2, ("GP",)), (J(28), "97110", 2, ("GP",)), (J(28), "97116", 1, ("GP", "CQ")), (J(30), "97164" if False else "97140", 1, ("GP",))]),
    ]
    procd = [(c, mk(items, commercial, st=st, deny_reason="96")) for c in claims for items in [c[3]]]
    cv.font("LibSerif", 9)
    cv.text(40, 92, "Dear Wendell A. Strickland,")
    cv.text(40, 104, "This summary lists the medical claims we processed for you this quarter. It is not a bill.")
    y = 116
    boxes = [("Total provider charges", sum((total(s, "billed") for _, s in procd), ZERO)),
             ("Plan paid", sum((total(s, "paid") for _, s in procd), ZERO)),
             ("Your share (copays)", sum((total(s, "owes") for _, s in procd), ZERO))]
    for i, (a, v) in enumerate(boxes):
        cv.rect(40 + 180 * i, y, 170, 38)
        cv.font("LibSerif", 8)
        cv.text(48 + 180 * i, y + 13, a)
        cv.font("LibSerif", 12, True)
        cv.text(48 + 180 * i, y + 30, money(v))
    cv.font("LibSerif", 8)
    cv.text(40, y + 54, "Out-of-pocket maximum for 2026: $4,900.00. You have paid $180.00 so far this year.")
    doc.y = y + 74
    W = [44, 62, 102, 84, 40, 48, 48, 46, 40, 18]
    cols = grid(40, W, "llllrrrrrc")
    heads = [("Date of", "service"), ("Claim", "number"), ("Provider", ""), ("Service", ""), ("Code", ""),
             ("Provider", "charged"), ("Plan", "approved"), ("Plan", "paid"), ("Your", "share"), ("Note", "")]

    def header():
        cv.font("LibSerif", 7.4, True)
        draw_row(cv, doc.y + 8, cols, [h[0] for h in heads])
        draw_row(cv, doc.y + 17, cols, [h[1] for h in heads])
        cv.hline(40, 40 + sum(W), doc.y + 21, 1)
        cv.font("LibSerif", 7.4)
        doc.y += 31

    cv.font("LibSerif", 10, True)
    cv.text(40, doc.y, "Medical claims processed this quarter")
    doc.y += 6
    header()
    doc.on_break = header
    for (clm, prov, acct, _), svcs in procd:
        doc.start_claim(acct, clm, who)
        for j, s in enumerate(svcs):
            doc.need(22)
            note = "3" if s.denied else ("1" if s.copay else "")
            y = doc.y
            draw_row(cv, y, cols, [dfmt(s.dos, "mdy2"), clm, fit(cv, prov, 98), fit(cv, s.desc, 82),
                                   "-".join((s.code,) + s.mods), money(s.billed), money(s.allowed), money(s.paid),
                                   money(s.owes), note])
            doc.rec(s, [y], printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                    remarks=[note] if note else [])
            doc.y += 12
        doc.need(14)
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        cv.font("LibSerif", 7.4, True)
        draw_row(cv, doc.y, cols, ["", "", f"Claim {clm} total", f"Provider acct {acct}", "", money(tb), money(ta), money(tp), money(to), ""])
        cv.font("LibSerif", 7.4)
        cv.hline(40, 40 + sum(W), doc.y + 4, 0.3)
        doc.set_totals(billed=tb, allowed=ta, paid=tp, patient_owes=to)
        doc.y += 16
    doc.on_break = None
    doc.need(50)
    doc.legend = [("1", "Your $20.00 specialist copay for this visit."),
                  ("3", "This service is not covered by your plan. The provider may not bill you for it.")]
    cv.font("LibSerif", 8, True)
    cv.text(40, doc.y + 4, "Notes")
    cv.font("LibSerif", 7.6)
    for i, (k, v) in enumerate(doc.legend):
        cv.text(40, doc.y + 15 + 10 * i, f"{k}   {v}")
    return doc


# ================================================================================================ d1
def d1(cv: Cv, N: int) -> Doc:
    """State Medicaid RA, claim header rows over numbered detail lines (reportlab, portrait Liberation Sans Narrow)."""
    def furn(cv, p, N):
        cv.font("LibNarrow", 8, True)
        cv.text(306, 34, "NORTH PLAINS DEPARTMENT OF HUMAN SERVICES  -  MEDICAL ASSISTANCE PROGRAM", "c")
        cv.text(306, 45, "PROVIDER REMITTANCE ADVICE", "c")
        cv.font("LibNarrow", 7.2)
        cv.text(30, 60, "PAYEE: WILLOWBEND CHILDREN'S THERAPY LLC     PAYEE ID 7100483392     NPI 1790446215")
        cv.text(30, 70, "RA NUMBER 0004471825     WARRANT/EFT 00E1182736     PAYMENT DATE 01/30/2026     CYCLE 2026-05")
        cv.text(582, 60, f"PAGE {p} OF {N}", "r")
        cv.hline(30, 582, 75, 0.8)
        cv.text(30, 772, "Questions about this remittance: NPDHS Provider Relations 1-888-555-0166 or provider.npdhs.example")
        return 88

    doc = Doc(cv, furn, 88, 750, N)
    W = [20, 46, 46, 40, 42, 30, 52, 52, 40, 40, 52, 14, 60]
    cols = grid(36, W, "cllllrrrrrrll")
    heads = ["LN", "FROM DOS", "TO DOS", "PROC", "MODS", "UNITS", "BILLED", "ALLOWED", "TPL", "COPAY", "PAID", "",
             "EOB CODES"]

    def colhead():
        cv.font("LibNarrow", 6.8, True)
        draw_row(cv, doc.y, cols, heads)
        cv.hline(36, 36 + sum(W), doc.y + 3, 0.4)
        cv.font("LibNarrow", 7.2)
        doc.y += 12

    kids = [
        ("TESSIER, JUNO M", "600418822", "WCT-33810", "2026013000417", [(J(5), "97165", 1, ("GO",)), (J(5), "97530", 2, ("GO",)), (J(7), "97530", 2, ("GO",)), (J(7), "97533", 1, ("GO",)), (J(12), "97530", 2, ("GO",)), (J(12), "97112", 1, ("GO",))]),
        ("TESSIER, MILO R", "600418830", "WCT-33811", "2026013000418", [(J(6), "92523", 1, ("GN",)), (J(13), "92507", 1, ("GN",)), (J(20), "92507", 1, ("GN",)), (J(27), "92507", 1, ("GN",))]),
        ("ABERNATHY-COLE, SIENNA", "600530147", "WCT-34022", "2026013000421", [(J(8), "97166", 1, ("GO",)), (J(8), "97535", 2, ("GO",)), (J(9), "97530", 3, ("GO",)), (J(14), "97530", 2, ("GO",)), (J(14), "97535", 1, ("GO",)), (J(15), "97112", 2, ("GO", "59")), (J(16), "97530", 2, ("GO",)), (J(21), "97530", 2, ("GO",)), (J(22), "97535", 1, ("GO",)), (J(23), "97530", 2, ("GO",))]),
        ("OYELARAN, DAVID K", "600611392", "WCT-34190", "2026013000433", [(J(12), "97161", 1, ("GP",)), (J(12), "97110", 2, ("GP",)), (J(19), "97116", 1, ("GP",)), (J(19), "97110", 2, ("GP",))]),
    ]
    denied = [("OYELARAN, DAVID K", "600611392", "WCT-34191", "2026013000434", [(J(26), "97110", 2, ("GP",), "CO"), (J(26), "97542", 1, ("GP",), "CO")])]
    # an earlier payment voided and re-paid
    orig = mk([(D(2025, 12, 15), "97530", 2, ("GO",)), (D(2025, 12, 15), "97112", 1, ("GO",))], medicaid)
    repl = mk([(D(2025, 12, 15), "97530", 2, ("GO",)), (D(2025, 12, 15), "97112", 1, ("GO",)), (D(2025, 12, 15), "97535", 1, ("GO",))], medicaid)
    adjusted = [("TESSIER, JUNO M", "600418822", "WCT-32977", "2026013000551", [negate(s) for s in orig], "VOID OF ICN 2025350012209"),
                ("TESSIER, JUNO M", "600418822", "WCT-32977", "2026013000552", repl, "REPLACES ICN 2025350012209")]

    def section(title, rows, eob_for, kind):
        doc.need(40)
        cv.font("LibNarrow", 8.4, True)
        cv.text(30, doc.y, f"*** {title} ***")
        doc.y += 14
        for r in rows:
            name, mid, acct, icn, items = r[:5]
            svcs = items if kind == "adj" else mk(items, medicaid, deny_reason="204")
            doc.start_claim(acct, icn, name)
            doc.need(44)

            def hdr(cont=False, name=name, mid=mid, acct=acct, icn=icn, svcs=svcs, r=r):
                cv.rect(30, doc.y - 8, 552, 11, fill=0.9, stroke=False)
                cv.font("LibNarrow", 7.2, True)
                cv.text(32, doc.y, f"ICN {icn}   RECIP: {name}   MEDICAID ID {mid}   PAT ACCT {acct}"
                        + ("   (CONTINUED)" if cont else ""))
                cv.font("LibNarrow", 7.2)
                if not cont:
                    tb, tp = total(svcs, "billed"), total(svcs, "paid")
                    cv.text(580, doc.y, f"CLAIM BILLED {m(tb, ',', 'trail')}  CLAIM PAID {m(tp, ',', 'trail')}", "r")
                    if len(r) > 5:
                        doc.y += 10
                        cv.text(40, doc.y, r[5])
                doc.y += 11
                colhead()

            hdr()
            doc.on_break = lambda: hdr(True)
            for i, s in enumerate(svcs, 1):
                doc.need(11)
                eob = eob_for(s)
                y = doc.y
                draw_row(cv, y, cols, [f"{i:02d}", dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                                       f"{s.units:.2f}", m(s.billed, ",", "trail"), m(s.allowed, ",", "trail"),
                                       "0.00", "0.00", m(s.paid, ",", "trail"), "", " ".join(eob)])
                doc.rec(s, [y], printed=("billed", "allowed", "copay", "paid"), remarks=eob, service_end=s.dos)
                doc.y += 10
            doc.on_break = None
            doc.set_totals(billed=total(svcs, "billed"), paid=total(svcs, "paid"))
            doc.y += 10

    section("CLAIMS PAID", kids, lambda s: ["0045"], "paid")
    section("CLAIMS DENIED", denied, lambda s: ["0204", "0811"], "den")
    section("CLAIMS ADJUSTED", adjusted, lambda s: ["0912"] if s.billed < 0 else ["0045"], "adj")
    doc.need(70)
    doc.legend = [("0045", "Paid at the program fee schedule amount."),
                  ("0204", "Service is not a benefit for this recipient's aid category."),
                  ("0811", "Prior authorization on file does not cover these dates."),
                  ("0912", "Claim voided at provider request; see replacement ICN.")]
    cv.font("LibNarrow", 7.6, True)
    cv.text(30, doc.y, "EOB CODE MESSAGES")
    cv.font("LibNarrow", 7.2)
    for i, (k, v) in enumerate(doc.legend):
        cv.text(30, doc.y + 11 + 9.5 * i, f"{k}   {v}")
    return doc


# ================================================================================================ d2
def d2(cv: Cv, N: int) -> Doc:
    """State Medicaid provider payment voucher with boxed recipient blocks, every adjustment printed (fpdf2, landscape)."""
    def furn(cv, p, N):
        cv.font("DVSerifCond", 12, True)
        cv.text(36, 40, "Commonwealth of Allegheny Medical Assistance")
        cv.font("DVSerifCond", 8)
        cv.text(36, 52, "Office of Medical Assistance Programs  -  Provider Payment Voucher and Remittance Statement")
        cv.text(cv.W - 36, 40, "Voucher No. 26-0131-00948", "r")
        cv.text(cv.W - 36, 52, f"Sheet {p} of {N}", "r")
        cv.hline(36, cv.W - 36, 58, 0.8)
        cv.font("DVSerifCond", 6.8)
        cv.text(36, 596, "CARC/RARC codes are national standard codes; see the code list on the last sheet. "
                         "Adjustment requests must be filed within 365 days of the voucher date.")
        return 70

    doc = Doc(cv, furn, 70, 580, N)
    y = doc.y
    cv.rect(36, y, cv.W - 72, 34)
    cv.font("DVSerifCond", 7.6)
    info = [("Payee", "Three Rivers Pediatric Rehab Associates"), ("MA Provider No.", "004471920-0003"),
            ("Voucher Date", "01/31/2026"), ("EFT Trace", "1AL0131260948")]
    for i, (a, b) in enumerate(info):
        cv.font("DVSerifCond", 6.8)
        cv.text(44 + 180 * i, y + 12, a)
        cv.font("DVSerifCond", 8.2, True)
        cv.text(44 + 180 * i, y + 25, b)
    doc.y = y + 50
    W = [58, 58, 38, 40, 26, 52, 52, 52, 54, 50, 58, 48, 44]
    cols = grid(40, W, "llllrrrrcrllr")
    heads = [("Line Ctl No.", ""), ("Service", "Date"), ("Proc", ""), ("Mod", ""), ("Units", ""), ("Billed", "Amount"),
             ("Allowed", "Amount"), ("Paid", "Amount"), ("Adj Grp-", "Reason"), ("Adj", "Amount"), ("RARC", ""),
             ("Line", "Status"), ("Pat", "Liab")]

    def colhead():
        cv.font("DVSerifCond", 6.8, True)
        draw_row(cv, doc.y + 7, cols, [h[0] for h in heads])
        draw_row(cv, doc.y + 15, cols, [h[1] for h in heads])
        cv.hline(40, 40 + sum(W), doc.y + 18, 0.4)
        cv.font("DVSerifCond", 7.2)
        doc.y += 27

    recips = [
        ("Juniper Ashby-Nolan", "3301874452", "TRP1187", "2601300114470", [(J(5), "97166", 1, ("GO",)), (J(5), "97530", 2, ("GO",)), (J(8), "97530", 2, ("GO",)), (J(8), "97533", 1, ("GO",)), (J(12), "97530", 3, ("GO",)), (J(15), "97535", 1, ("GO",)), (J(15), "97112", 1, ("GO", "59"))]),
        ("Amari Ashby-Nolan", "3301874460", "TRP1188", "2601300114471", [(J(6), "92523", 1, ("GN",)), (J(13), "92507", 1, ("GN",)), (J(20), "92507", 1, ("GN",)), (J(20), "92526", 1, ("GN",), "CO")]),
        ("Camille Fenwright", "3309215507", "TRP1203", "2601300114502", [(J(7), "97162", 1, ("GP",)), (J(7), "97110", 2, ("GP",)), (J(9), "97110", 2, ("GP",)), (J(9), "97116", 1, ("GP",)), (J(14), "97110", 2, ("GP",)), (J(14), "97140", 1, ("GP",)), (J(16), "97116", 2, ("GP",)), (J(21), "97110", 2, ("GP",)), (J(21), "97542", 1, ("GP",))]),
        ("Teodoro Blaise", "3312007618", "TRP1219", "2601300114533", [(J(12), "96112", 1, ()), (J(19), "97530", 2, ("GO",)), (J(19), "97535", 1, ("GO",)), (J(26), "97530", 2, ("GO",)), (J(26), "97533", 1, ("GO",))]),
    ]
    for name, rid, acct, icn, items in recips:
        svcs = mk(items, medicaid, deny_reason="96")
        doc.start_claim(acct, icn, name)
        doc.need(60)

        def block(cont=False, name=name, rid=rid, acct=acct, icn=icn):
            cv.rect(36, doc.y, cv.W - 72, 16, fill=0.86)
            cv.font("DVSerifCond", 7.8, True)
            cv.text(42, doc.y + 11, f"Recipient: {name}    Recipient ID: {rid}    Patient Control No.: {acct}    "
                                    f"ICN: {icn}" + ("    - continued from previous sheet" if cont else ""))
            cv.font("DVSerifCond", 7.2)
            doc.y += 20
            colhead()

        block()
        doc.on_break = lambda: block(True)
        for i, s in enumerate(svcs, 1):
            adjs = s.adjs
            h = 10 * max(1, len(adjs))
            doc.need(h + 2)
            y = doc.y
            rarc = ["N381"] if s.denied else []
            draw_row(cv, y, cols, [f"{icn[-6:]}{i:02d}", dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                                   units_str(s.units), m(s.billed), m(s.allowed), m(s.paid),
                                   f"{adjs[0][0]}-{adjs[0][1]}" if adjs else "", m(adjs[0][2]) if adjs else "",
                                   " ".join(rarc), "Denied" if s.denied else "Paid", "0.00"])
            doc.rec(s, [y], printed=("billed", "allowed", "paid", "patient_owes"), adjs=adjs, remarks=rarc,
                    all_adj=True)
            cv.hline(40, 40 + sum(W), y + 3, 0.15)
            doc.y += h
        doc.on_break = None
        doc.need(14)
        tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
        cv.font("DVSerifCond", 7.2, True)
        draw_row(cv, doc.y, cols, ["Claim Totals", "", "", "", "", m(tb), m(ta), m(tp), "", m(tb - tp), "", "", "0.00"])
        cv.font("DVSerifCond", 7.2)
        doc.set_totals(billed=tb, allowed=ta, paid=tp, patient_owes=ZERO)
        doc.y += 18
    doc.need(60)
    doc.legend = [("CO-45", "Charge above the program's maximum fee; not billable to the recipient."),
                  ("CO-96", "Service not covered for this recipient."), ("N381", "See the program's coverage policy.")]
    cv.font("DVSerifCond", 8, True)
    cv.text(36, doc.y, "Code list")
    cv.font("DVSerifCond", 7.2)
    for i, (k, v) in enumerate(doc.legend):
        cv.text(36, doc.y + 11 + 9.5 * i, f"{k}   {v}")
    return doc


# ================================================================================================ p1
def p1(cv: Cv, N: int) -> Doc:
    """Clearinghouse text view of a Medicare Part B remittance (fpdf2, portrait Liberation Mono)."""
    def furn(cv, p, N):
        cv.font("LibMono", 7.4, True)
        cv.text(36, 36, "CLEARLANE EXCHANGE  -  REMITTANCE TEXT VIEW (835 5010)")
        cv.font("LibMono", 7)
        cv.text(576, 36, f"PG {p}/{N}", "r")
        cv.text(36, 46, "PAYER : CASCADE MEDICARE ADMINISTRATIVE SERVICES  JL 14 PART B   PAYER ID 14212")
        cv.text(36, 55, "PAYEE : HEARTWOOD REHABILITATION PARTNERS PC      NPI 1568224930  TIN XX-XXX4417")
        cv.text(36, 64, "EFT   : 871400223196   PAID 01/28/2026   AMOUNT $1,731.55   PRINTED 01/29/2026 06:14")
        cv.text(36, 73, "-" * 112)
        cv.text(36, 770, "ClearLane Exchange  |  report RTV-835  |  values as received from the payer; codes per X12 code lists")
        return 86

    doc = Doc(cv, furn, 86, 752, N)
    W = [18, 60, 34, 46, 30, 52, 52, 52, 52]
    cols = grid(44, W, "llllrrrrr")
    heads = ["LN", "DOS", "CODE", "MODS", "UNITS", "CHARGE", "ALLOWED", "PAID", "DEDUCT"]
    st = PlanState(ded_left=Decimal("283.00"))
    pts = [
        ("LINDQVIST, HAROLD", "4TQ8HX2MD71", "HRP-26-0412", "22026014108820", [(J(5), "97162", 1, ("GP",)), (J(5), "97110", 2, ("GP",)), (J(5), "97140", 1, ("GP",))]),
        ("OKONKWO-BRANDT, ESTELLE", "7MW2PK9RT44", "HRP-26-0419", "22026014108821", [(J(6), "97166", 1, ("GO",)), (J(6), "97535", 2, ("GO",)), (J(8), "97530", 2, ("GO",)), (J(8), "97112", 1, ("GO", "59")), (J(13), "97530", 2, ("GO",)), (J(13), "97535", 1, ("GO",)), (J(15), "97530", 2, ("GO", "CO")), (J(15), "97112", 1, ("GO",)), (J(20), "97530", 2, ("GO",)), (J(20), "97535", 2, ("GO", "KX")), (J(22), "97530", 2, ("GO", "KX")), (J(22), "97168", 1, ("GO",))]),
        ("LINDQVIST, HAROLD", "4TQ8HX2MD71", "HRP-26-0433", "22026014108837", [(J(12), "97110", 2, ("GP",)), (J(12), "97116", 1, ("GP",)), (J(14), "97110", 2, ("GP",)), (J(14), "G0283", 1, ("GP",)), (J(14), "0552T", 1, ("GP",), "CO")]),
        ("PELLETIER, AUGUSTINE", "2RN6VD3KC08", "HRP-26-0440", "22026014108852", [(J(16), "92523", 1, ("GN",)), (J(23), "92507", 1, ("GN",)), (J(30), "92507", 1, ("GN",))]),
    ]
    for name, mbi, pcn, icn, items in pts:
        svcs = mk(items, medicare, st=st, deny_reason="96")
        doc.start_claim(pcn, icn, name)
        tb, tp, to = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "owes")
        doc.need(60)

        def hdr(cont=False, name=name, mbi=mbi, pcn=pcn, icn=icn, tb=tb, tp=tp, to=to):
            cv.font("LibMono", 7, True)
            cv.text(36, doc.y, f"CLAIM  PCN: {pcn}   ICN: {icn}   STATUS: 1 PROCESSED AS PRIMARY"
                    + ("   (CONT)" if cont else ""))
            cv.font("LibMono", 7)
            cv.text(36, doc.y + 9, f"       PATIENT: {name}   MBI: {mbi}")
            cv.text(36, doc.y + 18, f"       CHARGE: {tb:.2f}   PAYMENT: {tp:.2f}   PT RESP: {to:.2f}")
            doc.y += 30
            draw_row(cv, doc.y, cols, heads)
            doc.y += 10

        hdr()
        doc.on_break = lambda: hdr(True)
        for i, s in enumerate(svcs, 1):
            doc.need(28)
            y = doc.y
            draw_row(cv, y, cols, [f"{i:02d}", dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units),
                                   f"{s.billed:.2f}", f"{s.allowed:.2f}", f"{s.paid:.2f}", f"{s.deductible:.2f}"])
            adj = "  ".join(f"{g}-{r} {a:.2f}" for g, r, a in s.adjs)
            cv.text(cols[1][0] + 2, y + 9, f"ADJ {adj}")
            rmk = ["N425"] if s.denied else (["MA01"] if False else [])
            ys = [y, y + 9]
            if rmk:
                cv.text(cols[1][0] + 2, y + 18, "RMK " + " ".join(rmk))
                ys.append(y + 18)
            doc.rec(s, ys, printed=("billed", "allowed", "paid", "deductible"), adjs=s.adjs, remarks=rmk,
                    all_adj=True)
            doc.y += 9 * len(ys) + 3
        doc.on_break = None
        doc.set_totals(billed=tb, paid=tp, patient_owes=to)
        cv.text(36, doc.y, "-" * 112)
        doc.y += 12
    doc.need(40)
    cv.font("LibMono", 7, True)
    cv.text(36, doc.y, "PROVIDER LEVEL ADJUSTMENTS")
    cv.font("LibMono", 7)
    cv.text(36, doc.y + 9, "  FY END 12/31/2026   L6 (INTEREST)  -2.14   REF HRP-INT-0126")
    doc.legend = [("N425", "Statutorily excluded service (remark code as printed by the payer).")]
    return doc


# ================================================================================================ p2
def p2(cv: Cv, N: int) -> Doc:
    """Practice-management payment posting journal of a Medicare deposit (reportlab, landscape DejaVu Serif Cond)."""
    def furn(cv, p, N):
        cv.font("DVSerifCond", 11, True)
        cv.text(30, 36, "Payment Posting Journal")
        cv.font("DVSerifCond", 7.4)
        cv.text(30, 48, "Practice: Kestrel Point Therapy & Wellness   |   TheraLedger PM 11.4   |   User: jmarsh   |   Run 01/30/2026 16:42")
        cv.text(cv.W - 30, 36, f"Page {p} of {N}", "r")
        cv.text(30, 60, "Deposit 01/30/2026   Batch 260130-02   Payer: Cascade Medicare Part B   EFT 871400229054   "
                        "Deposit amount $1,482.77")
        cv.hline(30, cv.W - 30, 65, 1)
        return 78

    doc = Doc(cv, furn, 78, 580, N)
    W = [92, 50, 44, 34, 34, 22, 44, 44, 40, 40, 46, 40, 44, 42, 86]
    cols = grid(30, W, "llllllrrrrrrrrl")
    heads = [("Patient", ""), ("Acct #", ""), ("DOS", ""), ("CPT", ""), ("Mod", ""), ("Qty", ""), ("Charge", ""),
             ("Allowed", ""), ("Deduct", ""), ("Coins", ""), ("Contract", "Adj"), ("Seq", "Adj"), ("Payment", ""),
             ("Pt Resp", ""), ("Reason codes", "")]

    def colhead():
        cv.rect(30, doc.y, sum(W), 18, fill=0.9, stroke=False)
        cv.font("DVSerifCond", 6.8, True)
        draw_row(cv, doc.y + 8, cols, [h[0] for h in heads])
        draw_row(cv, doc.y + 15.5, cols, [h[1] for h in heads])
        cv.font("DVSerifCond", 7)
        doc.y += 27

    colhead()
    doc.on_break = colhead
    st = PlanState(ded_left=ZERO)
    pts = [
        ("Halvorsen, Britt", "KP10442", "22026013005511", [(J(5), "97110", 2, ("GP",)), (J(5), "97140", 1, ("GP",)), (J(7), "97110", 2, ("GP",)), (J(7), "97112", 1, ("GP",))]),
        ("Mbeki-Ford, Clarence", "KP10518", "22026013005512", [(J(6), "97163", 1, ("GP",)), (J(6), "97116", 2, ("GP",)), (J(8), "97116", 2, ("GP",)), (J(8), "97530", 1, ("GP",)), (J(13), "97116", 2, ("GP", "KX")), (J(13), "97110", 1, ("GP", "CQ"))]),
        ("Ferreira, Odette", "KP10527", "22026013005519", [(J(9), "97165", 1, ("GO",)), (J(9), "97535", 2, ("GO",)), (J(16), "97535", 1, ("GO",)), (J(16), "97530", 2, ("GO",))]),
        ("Halvorsen, Britt", "KP10442", "22026013005527", [(J(12), "97110", 2, ("GP",)), (J(12), "G0283", 1, ("GP",)), (J(14), "97110", 2, ("GP",)), (J(14), "97140", 2, ("GP", "59"))]),
        ("Tanaka-Rhodes, Wynn", "KP10603", "22026013005540", [(J(19), "92523", 1, ("GN",)), (J(21), "92507", 1, ("GN",)), (J(26), "92507", 1, ("GN",)), (J(28), "92507", 1, ("GN",))]),
        ("Mbeki-Ford, Clarence", "KP10518", "22026013005546", [(J(20), "97116", 2, ("GP",)), (J(20), "97110", 2, ("GP",)), (J(22), "97116", 2, ("GP",)), (J(22), "97542", 1, ("GP",)), (J(27), "97110", 2, ("GP",)), (J(27), "97112", 1, ("GP",)), (J(29), "97116", 2, ("GP",))]),
        ("Sorensen-Achebe, Lila", "KP10655", "22026013005561", [(J(20), "97166", 1, ("GO",)), (J(20), "97535", 2, ("GO",)), (J(22), "97530", 2, ("GO",)), (J(22), "97535", 1, ("GO", "CO")), (J(27), "97530", 2, ("GO",)), (J(27), "97112", 1, ("GO",)), (J(29), "97530", 2, ("GO", "CO")), (J(29), "97535", 1, ("GO",)), (J(30), "97530", 2, ("GO",))]),
    ]
    for name, acct, icn, items in pts:
        svcs = mk(items, medicare, st=st)
        doc.start_claim(acct, icn, name)
        doc.need(24)
        cv.font("DVSerifCond", 7, True)
        cv.text(32, doc.y, f"Claim  ICN {icn}   Status: Processed as primary   Rendering: B. Okafor, PT")
        cv.font("DVSerifCond", 7)
        doc.y += 11
        for j, s in enumerate(svcs):
            doc.need(11)
            con = next((a for g, r, a in s.adjs if (g, r) == ("CO", "45")), ZERO)
            seq = next((a for g, r, a in s.adjs if (g, r) == ("CO", "253")), ZERO)
            codes = " ".join(f"{g}{r}" for g, r, _ in s.adjs)
            y = doc.y
            draw_row(cv, y, cols, [name if j == 0 else "", acct if j == 0 else "", dfmt(s.dos, "mdy2"), s.code,
                                   " ".join(s.mods), units_str(s.units), m(s.billed), m(s.allowed),
                                   m(s.deductible), m(s.coinsurance), m(con), m(seq), m(s.paid), m(s.owes), codes])
            doc.rec(s, [y], printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                    adjs=s.adjs, all_adj=True)
            doc.y += 10
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        cv.hline(30 + sum(W[:6]), 30 + sum(W[:14]), doc.y - 6, 0.3)
        cv.font("DVSerifCond", 7, True)
        draw_row(cv, doc.y + 1, cols, ["", "", "", "", "Claim total", "", m(tb), m(ta), m(total(svcs, "deductible")),
                                       m(total(svcs, "coinsurance")), m(total(svcs, "discount")), m(total(svcs, "seq")),
                                       m(tp), m(to), ""])
        cv.font("DVSerifCond", 7)
        doc.set_totals(billed=tb, allowed=ta, paid=tp, patient_owes=to)
        doc.y += 16
    doc.on_break = None
    doc.need(30)
    cv.font("DVSerifCond", 7.4, True)
    cv.text(30, doc.y, f"Posting summary:  claims {len(pts)}   lines posted {len(doc.lines)}   transferred to patient responsibility "
                       "(see Pt Resp)   unapplied 0.00")
    return doc


# ================================================================================================ s1
def s1(cv: Cv, N: int) -> Doc:
    """Pediatric therapy clinic family statement with a running balance (fpdf2, portrait DejaVu Sans)."""
    guar = "Rebecca Lindahl-Osei"

    def furn(cv, p, N):
        cv.font("DVSans", 12, True)
        cv.text(36, 44, "Sprout & Stride Pediatric Therapy")
        cv.font("DVSans", 7.2)
        cv.text(36, 55, "1450 Orchard Mill Pkwy, Suite 210  ·  Fairhaven, MN 55419  ·  Billing office (612) 555-0134")
        cv.font("DVSans", 9, True)
        cv.text(576, 44, "FAMILY STATEMENT", "r")
        cv.font("DVSans", 7.2)
        cv.text(576, 55, f"Statement date 02/03/2026  ·  Page {p} of {N}", "r")
        cv.hline(36, 576, 61, 0.8)
        cv.text(36, 772, "Please make checks payable to Sprout & Stride Pediatric Therapy. Questions about your balance? "
                         "Call us or visit the front desk.")
        return 74

    doc = Doc(cv, furn, 74, 750, N)
    y = doc.y
    cv.font("DVSans", 8.4, True)
    cv.text(36, y + 8, guar.upper())
    cv.font("DVSans", 8)
    cv.text(36, y + 19, "77 Birchcrest Ct")
    cv.text(36, y + 29, "Fairhaven, MN 55420")
    cv.rect(360, y, 216, 48, fill=0.92)
    W = [44, 80, 120, 56, 46, 46, 46, 46, 56]
    cols = grid(36, W, "lllcrrrrr")
    heads = [("Date", ""), ("Patient", ""), ("Description", ""), ("Code", ""), ("Charges", ""), ("Insurance", "paid"),
             ("Insurance", "adjustment"), ("Your", "portion"), ("Account", "balance")]
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.10"))
    kids = [
        ("Nils Lindahl-Osei", "V26-0105-318", "PS-88120457", [(J(5), "97166", 1, ("GO",)), (J(5), "97530", 2, ("GO",)), (J(5), "97533", 1, ("GO",))]),
        ("Amara Lindahl-Osei", "V26-0106-322", "PS-88120611", [(J(6), "92523", 1, ("GN",))]),
        ("Nils Lindahl-Osei", "V26-0112-347", "PS-88121930", [(J(12), "97530", 2, ("GO",)), (J(12), "97533", 1, ("GO",)), (J(12), "97112", 1, ("GO",))]),
        ("Amara Lindahl-Osei", "V26-0113-351", "PS-88122004", [(J(13), "92507", 1, ("GN",)), (J(13), "92526", 1, ("GN",))]),
        ("Nils Lindahl-Osei", "V26-0119-370", "PS-88123377", [(J(19), "97530", 3, ("GO",)), (J(19), "97535", 1, ("GO",)), (J(19), "0552T", 1, ("GO",), "PR")]),
        ("Ezra Lindahl-Osei", "V26-0120-374", "PS-88123512", [(J(20), "97161", 1, ("GP",)), (J(20), "97110", 2, ("GP",)), (J(20), "97116", 1, ("GP",))]),
        ("Amara Lindahl-Osei", "V26-0120-377", "PS-88123540", [(J(20), "92507", 1, ("GN",))]),
        ("Nils Lindahl-Osei", "V26-0126-390", "PS-88124801", [(J(26), "97530", 2, ("GO",)), (J(26), "97533", 1, ("GO",)), (J(26), "97112", 1, ("GO",))]),
        ("Ezra Lindahl-Osei", "V26-0127-395", "PS-88124950", [(J(27), "97110", 2, ("GP",)), (J(27), "97140", 1, ("GP",)), (J(27), "97116", 1, ("GP",))]),
        ("Nils Lindahl-Osei", "V26-0128-401", "PS-88125066", [(J(28), "97530", 2, ("GO",)), (J(28), "97535", 1, ("GO",)), (J(28), "97533", 1, ("GO",))]),
        ("Ezra Lindahl-Osei", "V26-0129-406", "PS-88125140", [(J(29), "97110", 2, ("GP",)), (J(29), "97112", 1, ("GP",)), (J(29), "97116", 1, ("GP",)), (J(29), "97140", 1, ("GP", "59"))]),
        ("Nils Lindahl-Osei", "V26-0130-411", "PS-88125302", [(J(30), "97530", 2, ("GO",)), (J(30), "97533", 1, ("GO",)), (J(30), "97112", 1, ("GO",)), (J(30), "97168", 1, ("GO",))]),
        ("Amara Lindahl-Osei", "V26-0127-398", None, [(J(27), "92507", 1, ("GN",)), (J(27), "92526", 1, ("GN",))]),
    ]
    procd = []
    for who, visit, clm, items in kids:
        svcs = mk(items, commercial, st=st)
        if clm is None:  # not yet paid: insurance pending, nothing adjusted
            for s_ in svcs:
                s_.paid = s_.discount = s_.owes = ZERO
        procd.append((who, visit, clm, svcs))
    bal = Decimal("42.60")
    due = bal + sum((total(v[3], "owes") for v in procd), ZERO) - Decimal("60.00")
    cv.font("DVSans", 7.4)
    cv.text(368, y + 12, "Guarantor account  SS-40218")
    cv.text(368, y + 24, "Amount due by 02/24/2026")
    cv.font("DVSans", 12, True)
    cv.text(568, y + 40, money(due), "r")
    doc.y = y + 64

    def colhead():
        cv.font("DVSans", 6.8, True)
        draw_row(cv, doc.y, cols, [h[0] for h in heads])
        draw_row(cv, doc.y + 8, cols, [h[1] for h in heads])
        cv.hline(36, 36 + sum(W), doc.y + 12, 0.8)
        cv.font("DVSans", 6.9)
        doc.y += 22

    cv.font("DVSans", 9, True)
    cv.text(36, doc.y, "Account activity")
    doc.y += 14
    colhead()
    doc.on_break = lambda: (cv.font("DVSans", 8, True), cv.text(36, doc.y, "Account activity (continued)"),
                            setattr(doc, "y", doc.y + 14), colhead())
    draw_row(cv, doc.y, cols, ["01/01/26", "", "Previous balance", "", "", "", "", "", m(bal)])
    doc.y += 12
    for n, (who, visit, clm, svcs) in enumerate(procd):
        doc.need(24)
        doc.start_claim(visit, clm, who)
        cv.font("DVSans", 6.6)
        ins = f"Prairie Shield Health claim {clm}" if clm else "Prairie Shield Health - claim pending"
        cv.text(36 + 2, doc.y, f"Visit {visit}  ·  {ins}")
        cv.font("DVSans", 6.9)
        doc.y += 10
        for s in svcs:
            doc.need(11)
            bal += s.owes
            y = doc.y
            draw_row(cv, y, cols, [dfmt(s.dos, "mdy2"), who, fit(cv, s.desc, 116), "".join((s.code,) + s.mods),
                                   m(s.billed), m(s.paid), m(s.discount), m(s.owes), m(bal)])
            doc.rec(s, [y], printed=("billed", "paid", "discount", "patient_owes"), units=False)
            doc.y += 10.5
        doc.set_totals()
        if n == 4:
            doc.need(11)
            bal -= Decimal("60.00")
            draw_row(cv, doc.y, cols, ["01/22/26", "", "Payment - thank you (card)", "", "", "", "", "-60.00", m(bal)])
            doc.y += 10.5
        cv.hline(36, 36 + sum(W), doc.y - 6, 0.2)
        doc.y += 3
    doc.on_break = None
    doc.need(60)
    cv.font("DVSans", 8, True)
    cv.text(36, doc.y + 4, f"Balance due {money(bal)}")
    cv.font("DVSans", 7)
    cv.text(36, doc.y + 16, "Your portion is what your plan says you owe after it processed the visit (deductible and "
                            "coinsurance), or the full charge")
    cv.text(36, doc.y + 25, "for services your plan does not cover. Visits marked pending have been billed to your "
                            "insurance and show no portion yet.")
    assert bal == due
    return doc


# ================================================================================================ s2
def s2(cv: Cv, N: int) -> Doc:
    """Hospital outpatient itemized statement to a guarantor, three family accounts (reportlab, portrait Liberation Sans)."""
    def furn(cv, p, N):
        cv.rect(36, 30, 540, 30, fill=0.2, stroke=False)
        cv.c.setFillGray(1)
        cv.font("LibSans", 12, True)
        cv.c.drawString(44, cv.H - 50, "St. Brendan Valley Medical Center")
        cv.font("LibSans", 8)
        cv.c.drawRightString(568, cv.H - 50, f"Itemized Statement  ·  Page {p} of {N}")
        cv.c.setFillGray(0)
        cv.font("LibSans", 6.8)
        cv.text(36, 772, "St. Brendan Valley Medical Center · Patient Financial Services · 300 Cannery Row Rd, "
                         "Port Aldine, WA 98366 · (360) 555-0172")
        return 76

    doc = Doc(cv, furn, 76, 748, N)
    cv.font("LibSans", 8)
    for i, t in enumerate(["Guarantor: CALLUM FITZROY-ANAND", "Guarantor no. G0097715", "Statement date 02/04/2026"]):
        cv.text(36, doc.y + 10 * i, t)
    doc.y += 40
    W = [48, 34, 48, 30, 180, 30, 60]
    cols = grid(44, W, "llllllr")
    heads = ["Svc date", "Rev", "CPT/HCPCS", "Mod", "Description", "Qty", "Amount"]
    accts = [
        ("Hospital Account 400917226", "FITZROY-ANAND, ROWAN", "Cascade Crest Health Plan", "CC26B0091144",
         [(J(5), "0434", "97165", 1, ("GO",)), (J(5), "0434", "97530", 2, ("GO",)), (J(7), "0434", "97530", 2, ("GO",)),
          (J(7), "0434", "97112", 1, ("GO",)), (J(9), "0434", "97535", 1, ("GO",)), (J(12), "0434", "97530", 3, ("GO",)),
          (J(12), "0434", "97110", 1, ("GO",)), (J(14), "0434", "97760", 1, ("GO",)), (J(14), "0274", "L3807", 1, ("RT",)),
          (J(16), "0434", "97530", 2, ("GO",)), (J(19), "0434", "97535", 1, ("GO",)), (J(21), "0434", "97168", 1, ("GO",))]),
        ("Hospital Account 400917390", "FITZROY-ANAND, CALLUM", "Cascade Crest Health Plan", "CC26B0093801",
         [(J(8), "0510", "99213", 1, ()), (J(8), "0424", "97161", 1, ("GP",)), (J(8), "0424", "97110", 2, ("GP",)),
          (J(15), "0424", "97110", 2, ("GP",)), (J(15), "0424", "97140", 1, ("GP",)), (J(15), "0424", "97140", 1, ("GP",)),
          (J(22), "0424", "97110", 2, ("GP",)), (J(22), "0424", "G0283", 1, ("GP",)), (J(22), "0290", "E0114", 1, ("NU",))]),
        ("Hospital Account 400917455", "FITZROY-ANAND, MAEVE", "Cascade Crest Health Plan", None,
         [(J(6), "0444", "92523", 1, ()), (J(13), "0444", "92507", 1, ("GN",)), (J(13), "0444", "92526", 1, ("GN",)),
          (J(20), "0444", "92507", 1, ("GN",)), (J(20), "0444", "92526", 1, ("GN",)), (J(27), "0444", "92507", 1, ("GN",)),
          (J(27), "0444", "92526", 1, ("GN",)), (J(30), "0434", "97166", 1, ("GO",)), (J(30), "0434", "97530", 2, ("GO",))]),
        ("Hospital Account 400917561", "FITZROY-ANAND, ROWAN", "Cascade Crest Health Plan", "CC26B0097729",
         [(J(23), "0434", "97530", 2, ("GO",)), (J(23), "0434", "97535", 1, ("GO",)), (J(26), "0434", "97530", 2, ("GO",)),
          (J(26), "0434", "97112", 1, ("GO", "59")), (J(28), "0434", "97530", 3, ("GO",)), (J(28), "0434", "97760", 1, ("GO",)),
          (J(30), "0434", "97530", 2, ("GO",)), (J(30), "0434", "97535", 1, ("GO",))]),
    ]
    for acct, who, ins, clm, items in accts:
        svcs = []
        for dos, rev, code, u, mods in items:
            s_ = Svc(dos, code, Decimal(u), tuple(mods))
            s_.rev = rev
            svcs.append(s_)
        dup = None
        if acct.endswith("390"):  # the duplicated manual-therapy charge is credited back
            dup = Svc(J(15), "97140", Decimal(1), ("GP",))
            dup.billed = -dup.billed
            dup.rev = "0424"
            svcs.append(dup)
        acct_no = acct.split()[-1]
        doc.start_claim(acct_no, clm, who)
        doc.need(60)

        def head(cont=False, acct=acct, who=who, ins=ins, clm=clm):
            cv.rect(36, doc.y, 540, 26, fill=0.92)
            cv.font("LibSans", 8, True)
            cv.text(42, doc.y + 10, acct + ("  (continued)" if cont else ""))
            cv.text(300, doc.y + 10, f"Patient: {who}")
            cv.font("LibSans", 7.2)
            cv.text(42, doc.y + 21, f"Type: Outpatient rehabilitation   Insurance: {ins}   "
                                    + (f"Insurance claim # {clm}" if clm else "Insurance claim pending"))
            doc.y += 38
            cv.font("LibSans", 7, True)
            draw_row(cv, doc.y, cols, heads)
            cv.hline(44, 44 + sum(W), doc.y + 3, 0.5)
            cv.font("LibSans", 7.2)
            doc.y += 12

        head()
        doc.on_break = lambda: head(True)
        for s in svcs:
            doc.need(11)
            y = doc.y
            desc = "Credit - duplicate charge reversed" if s is dup else fit(cv, s.desc, 176)
            draw_row(cv, y, cols, [dfmt(s.dos, "mdy2"), s.rev, s.code, " ".join(s.mods), desc, units_str(s.units),
                                   m(s.billed, ",", "()")])
            doc.rec(s, [y], printed=("billed",))
            doc.y += 10.5
        doc.on_break = None
        tb = total(svcs, "billed")
        insp = q(tb * Decimal("0.52")) if clm else ZERO
        insa = q(tb * Decimal("0.31")) if clm else ZERO
        doc.need(60)
        rows = [("Total charges", tb), ("Insurance payments", -insp), ("Insurance adjustments", -insa),
                ("Patient payments", ZERO), ("Account balance", tb - insp - insa)]
        for i, (a, v) in enumerate(rows):
            cv.font("LibSans", 7.4, i in (0, 4))
            cv.text(400, doc.y + 10 * i, a)
            cv.text(568, doc.y + 10 * i, m(v, ",", "()"), "r")
        doc.set_totals(billed=tb)
        cv.font("LibSans", 7.2)
        doc.y += 64
    return doc


# ============================================================================================ driver
LAYOUTS = [
    # name, function, backend, landscape, one-line description
    ("c1_cobalt_ridge_family_eob", c1, "rl", False, "commercial PPO member EOB for a family of three"),
    ("c2_tamarack_benefit_report", c2, "fp", True, "mutual benefit association member register, four family members"),
    ("m1_resumen_de_medicare", m1, "rl", False, "Medicare Summary Notice Part B, Spanish edition"),
    ("m2_evergreen_harbor_ma_quarterly", m2, "fp", False, "Medicare Advantage HMO quarterly member EOB"),
    ("d1_north_plains_medicaid_ra", d1, "rl", False, "state Medicaid provider remittance advice"),
    ("d2_allegheny_ma_voucher", d2, "fp", True, "state Medicaid provider payment voucher and remittance"),
    ("p1_clearlane_medicare_text_view", p1, "fp", False, "clearinghouse text view of a Medicare Part B remittance"),
    ("p2_kestrel_posting_journal", p2, "rl", True, "practice-management payment posting journal, Medicare deposit"),
    ("s1_sprout_stride_family_statement", s1, "fp", False, "pediatric therapy clinic family statement"),
    ("s2_st_brendan_itemized_statement", s2, "rl", False, "hospital outpatient itemized statement, three family accounts"),
]


def build(out: Path, name, fn, backend, landscape, desc):
    with tempfile.TemporaryDirectory() as td:
        cv = Cv(backend, Path(td) / "x.pdf", landscape)
        d0 = fn(cv, 0)
        cv.save()
        N = cv.page
    path = out / f"{name}.pdf"
    cv = Cv(backend, path, landscape)
    doc = fn(cv, N)
    cv.save()
    assert cv.page == N, name
    write_truth(path, name, "reportlab" if backend == "rl" else "fpdf2", N, desc, doc.lines, doc.claims,
                getattr(doc, "legend", []), getattr(doc, "findings", []))
    return path, doc


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout67_"))
    samples = (Path(__file__).resolve().parents[2] / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    nlines = npages = 0
    for spec in LAYOUTS:
        path, doc = build(out, *spec)
        truth = json.loads(Path(str(path) + ".truth.json").read_text())
        nlines += len(truth["lines"])
        npages += truth["pages"]
        if "--check" in argv:
            errs = check(path, truth, doc.rows, doc.claim_lines)
            for e in errs[:25]:
                print("  FAIL", e)
            bad += len(errs)
            print(f"{path.name}: {len(truth['lines'])} lines, {truth['pages']} pages, "
                  f"{len(truth['claims'])} claims, {'ok' if not errs else str(len(errs)) + ' problems'}")
    print(f"{len(LAYOUTS)} files, {nlines} service lines, {npages} pages -> {out}")
    if "--check" in argv:
        print("check:", "PASS" if not bad else f"FAIL ({bad})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
