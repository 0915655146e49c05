"""Write the TWENTY-FOURTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader on the five COMMONEST real document kinds, two house styles each (commercial
member EOBs; a classic Medicare Summary Notice and a Medicare Advantage HMO member EOB; state Medicaid remittance
advices; Medicare-style paper remits re-printed by a practice-management system and a clearinghouse viewer; family
statements from a therapy clinic and a hospital). Written without looking at the reader or at how it reads these.

Run:  python bench/heldout24/make_heldout24_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout24/make_heldout24_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (run once, by whoever measures the reader)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (eobgen.write_truth; files <name>.pdf.truth.json), printed values only, null
for what a layout does not print (units too: no units printed -> null; modifiers [] when none printed); description
is null throughout. claim_id = the provider's own account / patient-control / ticket / hospital-account number
printed with the claim (null where none is), payer_claim_id = the payer's claim number / ICN (null where none is
printed), patient = the person who got the service exactly as printed (not the subscriber or guarantor). Where a line
prints From and To (or SPR "MMDD MMDDYY"), service_end is the To date. Every name, number, payer, provider, address
and ID is invented; descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed
creation date, no randomness; pages are recorded as drawing operations and rendered at the end, so "Page n of N" is
exact). Fonts: Liberation / DejaVu TrueType when installed, else PDF core fonts. Drawing (one top-left API over both
producers), the truth collector and the self-check live in bench/heldout24/h24kit.py.

Layouts (10 files, 301 service lines, 20 pages):
  c1  commercial PPO member EOB, portrait core Helvetica 7 pt: ruled claim boxes "Claim Number / Patient /
      Relationship / Provider / Patient Account No. / In-Network / Received", shaded two-line headings Line / Service
      Date 01/05/26 / Procedure "97530 GO" / Units / Charge / Discount / Allowed / Not Covered / Deductible / Copay /
      Coins. / Plan Paid / Member Resp. / Remark, three family members, deductible, office-visit copay, a member-owed
      non-covered line (R7) and a no-approval line written off (R2), Claim Total rows, "We paid $x to ..." lines, a
      claim continued on page 2 under "(continued)" and a repeated heading, remark legend (reportlab)
  c2  employer HDHP "Statement of Health Benefits" from an administrator, landscape DejaVu Serif: grey banner, claim
      heads "CLAIM <no>  Processed ..." + "For services to <NAME> (Son) by <provider>, provider account ...", Date(s)
      of Service "01/05/2026 - 01/05/2026" / Service / Code / Mod "GP,59" / Amount Billed / Amount Saved / Covered
      Amount / Deductible / Copay / Coinsurance / Not Covered / Plan Paid / You Owe / Expl., no units, member-owed
      non-benefit lines, Claim totals; PLANTED claim-total mismatch (Plan Paid total of claim 2601-88519-02 printed
      10.00 too high), 2 pages (fpdf2)
  m1  Medicare Summary Notice for Part B in the CLASSIC (pre-redesign) layout, portrait Liberation Sans: customer-
      service block, "BE INFORMED" box, "Part B Medical Insurance - Assigned Claims", claim heads "Claim Number:" +
      provider address + "Referred by:", Dates of Service / Services Provided with the QUANTITY before the wording and
      the code in parentheses ("2 Therapeutic exercises (97110)") / Amount Charged / Medicare Approved / Medicare Paid
      Provider / You May Be Billed / See Notes Section letters, deductible, 2% reduction, a denied 0552T the
      beneficiary may be billed, Claim Total rows, a claim continued on page 2, Notes Section (reportlab)
  m2  Medicare Advantage HMO monthly member EOB, portrait Liberation Sans: shaded claim panels "Claim 1 of 3:
      <provider>" + claim number + provider's account number, Date 1/6/2026 / Service you got (wrapping) / Code with
      modifiers in parentheses "97110 (GO, KX)" / Units / Provider billed / Plan-approved / Plan paid / Copay / Your
      share / Note letters, $25 copay once per visit day, CO (assistant) and KX modifiers, a non-covered 0552T the
      member owes and a paraffin line at $0.00, "Total for this claim" rows, share box and notes, 1 page (fpdf2)
  d1  state Medicaid fee-for-service REMITTANCE ADVICE, landscape Liberation Mono fixed columns: PAID / DENIED /
      CLAIMS ADJUSTMENTS sections, a claim line NAME "LAST, FIRST M" / RECIP ID / PAT ACCT / ICN with the claim's
      BILLED / ALLOWED / TPL / PAID amounts and status printed ABOVE the details, DTL lines "001 010526 010526 97530
      GO U1 3.00" / BILLED / ALLOWED / PAID / ARC "CO45" / ARC AMT / 4-digit EOB, a denied claim (CO197), a VOID with
      leading-minus amounts and its REPLACE claim under a new ICN, section total, EOB legend, "PAGE n" (reportlab)
  d2  state Medicaid & KidCare "Provider Remittance Advice", portrait DejaVu Sans Condensed: boxed label-over-value
      beneficiary heads (Beneficiary Name "Last, First" / Beneficiary ID / Patient Account # / ICN / Claim Status),
      shaded header Ln / Svc Date 01/05/2026 / Proc / Mods / Units / Billed / Approved / Copay / Paid / Grp/CARC "CO 45"
      / Adj Amt / RARC, an adult $1.00 program copay stacked as a second "PR 3" adjustment row, CO-197 denials and a
      fully denied claim, Claim Totals rows, dashed row rules, remark legend, 2 pages (fpdf2)
  p1  Medicare Part B STANDARD-PAPER-REMIT REPRINT from a practice-management system, portrait core Courier 6.6 pt:
      "REPRINT ... NOT AN ORIGINAL" banner, NAME / MID / ACNT / ICN / ASG / MOA lines, PERF PROV / SERV DATE "0105
      010526" / POS / NOS / PROC / MODS "GP KX" / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD, further
      adjustments stacked under GRP/RC-AMT (CO-45, PR-1, PR-2, CO-253), CNTL # / REM lines, a CO-96 denial, PT RESP +
      CLAIM TOTALS and "ADJ TO TOTALS ... NET" lines, a claim continued on page 2 under "(CONT)", glossary (fpdf2)
  p2  clearinghouse "Remit Viewer" print of a Medicare Part B 835, landscape DejaVu Serif Condensed: shaded label-
      over-value claim panels (Patient Name "Last, First" / Medicare ID (MBI) / Patient Control # / Payer Claim
      Control # (ICN) / Claim Status "1 - Processed as Primary", "22 - Reversal of Previous Payment", "4 - Denied",
      crossover note), Line Ctrl # (not units) / From / Thru 01/06/2026 / Proc / Mods "GP CQ" / Units / Charges /
      Allowed / Deductible / Coinsurance / Adj Group-Reason / Amount stacked / Paid / Remarks, a reversal in
      parentheses and its correction, CO-197 denied claim, claim totals with Pt Resp, 3 pages (reportlab)
  s1  pediatric therapy clinic FAMILY STATEMENT to a guarantor, portrait DejaVu Sans: account box, one section per
      child (four children), rows Date 01/05/2026 / Ticket / Service / CPT / Mod / Units / Charge / Insurance Paid /
      Insurance Adjust. / Balance, a grey line under each ticket naming the insurer and its claim number (or "awaiting
      their decision" with "pending" / "--" cells), commercial and Medicaid children, a member-owed group session,
      card payment row, balance-due box, a child's section continued on page 2 (reportlab)
  s2  hospital ITEMIZED STATEMENT to a guarantor, landscape Liberation Sans: shaded account bands (Account /
      Patient / department / Insurance + claim #), Svc Date 01/05/26 / Rev / Charge Code / CPT/HCPCS glued
      "97140-GP-59" / chargemaster Description in capitals / Qty / Charges / Insurance Payments / Contractual
      Adjustment / Patient Responsibility, mother and daughter on three accounts, L3807 and 99213, Account totals,
      amount-due box, an account continued on page 2 under a repeated band (fpdf2)

Truth decisions worth knowing: c1's "Discount" is discount, "Not Covered" not_covered, "Member Resp." patient_owes;
c2's "Amount Saved" is discount, "Covered Amount" allowed, its From-To range gives service_end (same day); m1 prints
no modifiers and no provider account (claim_id null), units are the quantity printed before the wording, allowed =
Medicare Approved, paid = Medicare Paid Provider (after the 2% reduction), patient_owes = You May Be Billed, the
patient is the beneficiary named on the notice, note letters are remarks; m2's allowed is Plan-approved, paid Plan
paid, patient_owes Your share, note letters remarks; d1 prints no patient share (patient_owes null), its EOB codes are
remarks, the voided claim keeps positive units with negative amounts, claim totals are the amounts on the claim line;
d2's Approved is allowed, Copay is copay (patient_owes null), RARCs are remarks; p1 and p2 print no per-line patient
responsibility (null; PT RESP is not a totals field), p1's CNTL # and p2's Line Ctrl # are not ids; s1's "Insurance
Adjust." is the discount, "Balance" patient_owes, claim_id the Ticket, a pending ticket has paid / discount /
patient_owes null and payer_claim_id null, no ticket totals are printed; s2's "Contractual Adjustment" is the
discount, "Patient Responsibility" patient_owes, claim_id the hospital account, totals = the Account totals row.

The self-check (--check) tests the factory, not the reader: the generator keeps the vertical band of each service
row (with wrapped text and stacked adjustment / CNTL lines); the check reads each PDF's text layer with pdfplumber and
finds every truth code, modifier, units value (whole token), date (and end date), amount, adjustment code and amount
and remark INSIDE that band in the layout's own print format; ids and patients in the document's text; the page
count and every "Page n of N"; legend codes printed; the documents' own arithmetic (billed - adjustments = paid where
every adjustment is printed with its amount; allowed - deductible - copay - coinsurance = paid; billed - discount -
not covered = allowed; patient owes = its parts; charge - paid - adjustment = balance); claim totals are printed in
their totals row and equal the sum of their lines, except the planted mismatch, which must really differ and be
declared; claims are unique by (claim_id, payer_claim_id) and match the lines. It also reports how many claims run
across a page break.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import h24kit as K  # noqa: E402
from eobgen import PlanState, Svc, commercial, dfmt, medicaid, medicare, money, negate, total  # noqa: E402

D = Decimal
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


def d(m, dd, y=2026):
    return date(y, m, dd)


def C(spec, x0):
    """Column geometry: spec [(width, align)] -> [(x, w, align)]."""
    out, x = [], x0
    for w, a in spec:
        out.append((x, w, a))
        x += w
    return out


def row(doc, y, cols, vals, size, bold=False, family=None, gray=0.0):
    for (x, w, a), v in zip(cols, vals):
        if v is None or v == "":
            continue
        for k, part in enumerate(str(v).split("\n")):
            px = x + 2 if a == "l" else (x + w - 2 if a == "r" else x + w / 2)
            doc.text(px, y + k * size * 1.15, part, size, bold, a, family, gray)


def band(y, size, nlines=1, lead=1.15):
    return y - size, y + (nlines - 1) * size * lead + size * 0.35


def mk(rows, fn, *a, **kw):
    """rows: (date, code, units, mods, denied) -> adjudicated Svc list."""
    out = []
    for r in rows:
        dt, code, units, mods = r[:4]
        den = r[4] if len(r) > 4 else None
        out.append(fn(Svc(dt, code, D(units), tuple(mods), denied=den), *a, **kw))
    return out


def m_or_dash(v, fmt):
    return fmt(v)


# ================================================================================================ c1
def c1(out: Path):
    """Commercial member EOB, reportlab, core Helvetica, portrait."""
    W, H = LETTER
    doc = K.Doc(W, H, "reportlab", "Explanation of Benefits")
    doc.family = "Helvetica"
    mon = lambda v: money(v, ",", "-")  # noqa: E731
    col = K.Collector("h24_c1_commercial_member_eob", "reportlab",
                      "Commercial PPO member EOB, three family members, claim continued on page 2",
                      K.Fmt(money=mon, date=lambda x: dfmt(x, "mdy2"), adj=lambda g, c, a, m: []))
    col.arithmetic = ["share", "discount", "owes"]
    col.legend = [("R2", "No prior approval on file; the provider may not bill you for this line."),
                  ("R7", "This service is not a benefit of your plan; you are responsible."),
                  ("R11", "Applied to your in-network deductible."),
                  ("R15", "Charge above the network rate is not your responsibility.")]
    spec = [(20, "c"), (40, "l"), (54, "l"), (24, "r"), (44, "r"), (40, "r"), (42, "r"), (40, "r"), (40, "r"),
            (34, "r"), (38, "r"), (44, "r"), (46, "r"), (34, "l")]
    cols = C(spec, 36)
    heads = ["Line", "Service\nDate", "Procedure", "Units", "Charge", "Discount", "Allowed", "Not\nCovered",
             "Deduct-\nible", "Copay", "Coins.", "Plan\nPaid", "Member\nResp.", "Remark"]
    fs = 7.0
    st = PlanState(ded_left=D("250.00"), coins_rate=D("0.20"), copay_codes={"99213": D("30.00")})
    fam = [
        ("Marisol Quintero-Hale", "Self", "CMH26A0041187", "BP-70412", "Bright Path Pediatric & Adult Therapy", [
            (d(1, 5), "97165", 1, ["GO"]), (d(1, 5), "97535", 2, ["GO"]), (d(1, 5), "97760", 1, ["GO"]),
            (d(1, 5), "L3807", 1, ["RT"])]),
        ("Lucia Quintero-Hale", "Daughter", "CMH26A0041290", "SS-2281", "Sound Steps Speech Clinic", [
            (d(1, 7), "92523", 1, []), (d(1, 9), "92507", 1, []), (d(1, 14), "92507", 1, []),
            (d(1, 14), "92526", 1, []), (d(1, 16), "92507", 1, []), (d(1, 21), "92507", 1, []),
            (d(1, 21), "92526", 1, []), (d(1, 23), "92507", 1, []), (d(1, 28), "92507", 1, []),
            (d(1, 28), "92526", 1, []), (d(1, 30), "92507", 1, [])]),
        ("Lucia Quintero-Hale", "Daughter", "CMH26A0041316", "00918834", "Harbor Pediatrics Group", [
            (d(1, 9), "99213", 1, []), (d(1, 9), "96112", 1, [])]),
        ("Teodoro Quintero-Hale", "Son", "CMH26A0041203", "BP-70455", "Bright Path Pediatric & Adult Therapy", [
            (d(1, 6), "97530", 3, ["GO"]), (d(1, 6), "97112", 1, ["GO", "59"]), (d(1, 8), "97530", 2, ["GO"]),
            (d(1, 8), "97533", 2, ["GO"], "PR"), (d(1, 13), "97530", 3, ["GO"]), (d(1, 13), "97110", 1, ["GO"]),
            (d(1, 15), "97530", 2, ["GO"]), (d(1, 15), "97112", 2, ["GO", "59"]), (d(1, 20), "97530", 3, ["GO"]),
            (d(1, 20), "97535", 1, ["GO"]), (d(1, 22), "97530", 3, ["GO"]), (d(1, 22), "97150", 1, ["GO"], "CO"),
            (d(1, 27), "97530", 2, ["GO"]), (d(1, 27), "97110", 2, ["GO"]), (d(1, 29), "97530", 3, ["GO"]),
            (d(1, 29), "97112", 1, ["GO", "59"]), (d(1, 29), "97535", 1, ["GO"])]),
    ]

    def furniture(first):
        doc.text(36, 40, "CASCADE MERIDIAN HEALTH PLAN", 13, True)
        doc.text(36, 52, "PO Box 7710  ·  Renwick, WA 98077  ·  Member Services 1-800-555-0148", 7)
        doc.text(W - 36, 40, "EXPLANATION OF BENEFITS", 11, True, "r")
        doc.text(W - 36, 52, "THIS IS NOT A BILL", 8, True, "r")
        doc.hline(36, W - 36, 58, 1.2)
        doc.text(36, 70, "Subscriber: Marisol Quintero-Hale    Member ID: CMH884120337    Group: 40417 Fernbrook "
                         "School District    Statement Date: 02/02/26", 7)
        return 84 if not first else 84

    y = furniture(True)
    doc.text(36, y, "Dear Marisol, this statement explains how we processed claims for you and your family "
                    "between 01/05/26 and 01/29/26.", 7.5)
    y += 11
    doc.text(36, y, "Keep it with your records. Pay your provider only the amount shown under Member Resp.", 7.5)
    y += 16
    limit = H - 60

    def colhead(y):
        doc.rect(36, y - 8, W - 72, 20, fill=0.85, stroke=False)
        row(doc, y, cols, heads, 6.5, True)
        return y + 18

    cont = None
    for ci, (pat, rel, clm, acct, prov, rows) in enumerate(fam):
        svcs = mk(rows, commercial, st)
        if y + 60 > limit:
            doc.new_page()
            y = furniture(False) + 4
        def claimhead(y, suffix=""):
            doc.rect(36, y - 9, W - 72, 26, stroke=True, lw=0.6)
            doc.text(40, y, f"Claim Number: {clm}{suffix}", 7.5, True)
            doc.text(210, y, f"Patient: {pat}", 7.5, True)
            doc.text(400, y, f"Relationship: {rel}", 7.5)
            doc.text(40, y + 11, f"Provider: {prov}", 7)
            doc.text(250, y + 11, f"Patient Account No.: {acct}", 7)
            doc.text(400, y + 11, "In-Network    Received: 01/31/26", 7)
            return y + 30
        y = claimhead(y)
        y = colhead(y)
        for i, s in enumerate(svcs, 1):
            if y + 12 > limit:
                doc.text(W - 36, y + 2, "Continued on next page", 6.5, False, "r")
                doc.new_page()
                y = furniture(False) + 4
                y = claimhead(y, " (continued)")
                y = colhead(y)
            rem = []
            if s.denied == "CO":
                rem = ["R2"]
            elif s.denied == "PR":
                rem = ["R7"]
            elif s.deductible:
                rem = ["R11"]
            vals = [str(i), dfmt(s.dos, "mdy2"), " ".join((s.code,) + s.mods), K.eobgen.units_str(s.units),
                    mon(s.billed), mon(s.discount), mon(s.allowed), mon(s.not_covered), mon(s.deductible),
                    mon(s.copay), mon(s.coinsurance), mon(s.paid), mon(s.owes), " ".join(rem)]
            row(doc, y, cols, vals, fs)
            t, b = band(y, fs)
            col.line(doc.pno, t, b, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                     printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                              "paid", "patient_owes"), remarks=rem)
            doc.hline(36, W - 36, y + 3.5, 0.2, 0.6)
            y += 11
        tot = {k: total(svcs, a) for k, a in (("billed", "billed"), ("allowed", "allowed"), ("paid", "paid"),
                                              ("patient_owes", "owes"))}
        vals = ["", "", "Claim Total", "", mon(tot["billed"]), mon(total(svcs, "discount")), mon(tot["allowed"]),
                mon(total(svcs, "not_covered")), mon(total(svcs, "deductible")), mon(total(svcs, "copay")),
                mon(total(svcs, "coinsurance")), mon(tot["paid"]), mon(tot["patient_owes"]), ""]
        row(doc, y, cols, vals, fs, True)
        t, b = band(y, fs)
        col.claim(acct, clm, pat, tot, (doc.pno, t, b))
        y += 10
        doc.text(40, y, f"We paid {money(tot['paid'])} to {prov}.", 6.8, False, gray=0.3)
        y += 20
    if y + 80 > limit:
        doc.new_page()
        y = furniture(False) + 10
    doc.text(36, y, "Remark codes", 8, True)
    y += 11
    for c, txt in col.legend:
        doc.text(40, y, c, 7, True)
        doc.text(70, y, txt, 7)
        y += 10
    y += 6
    doc.text(36, y, "Your deductible: $250.00 in-network individual; $750.00 family. Appeals must be filed within "
                    "180 days of this statement.", 7)
    for i, ops in enumerate(doc.pages, 1):
        doc.pages[i - 1].append(("t", W / 2 - 20, H - 28, f"Page {i} of {len(doc.pages)}", "Helvetica", 7, False, 0))
    n = doc.save(out / (col.name + ".pdf"))
    col.write(out / (col.name + ".pdf"), n)
    return col, n


# ================================================================================================ c2
def c2(out: Path):
    """Commercial member EOB, fpdf2, DejaVu Serif, landscape; planted claim-total mismatch."""
    W, H = LAND
    doc = K.Doc(W, H, "fpdf2", "Statement of Health Benefits")
    doc.family = "DVSerif"
    mon = lambda v: money(v, "$", "-")  # noqa: E731
    col = K.Collector("h24_c2_employer_plan_statement", "fpdf2",
                      "Employer HDHP member statement, date ranges, planted plan-paid total mismatch",
                      K.Fmt(money=mon, date=lambda x: dfmt(x, "mdy4")))
    col.arithmetic = ["share", "discount"]
    col.legend = [("PD", "Paid at the in-network level after your cost share."),
                  ("DX", "Applied to the annual deductible of your high-deductible plan."),
                  ("NB", "Not a benefit under this plan. The member is responsible."),
                  ("VL", "Visit limit for rehabilitative therapy reached for the plan year.")]
    spec = [(98, "l"), (118, "l"), (34, "l"), (34, "l"), (52, "r"), (48, "r"), (52, "r"), (50, "r"), (38, "r"),
            (50, "r"), (46, "r"), (50, "r"), (50, "r"), (34, "l")]
    cols = C(spec, 30)
    heads = ["Date(s) of Service", "Service", "Code", "Mod", "Amount\nBilled", "Amount\nSaved", "Covered\nAmount",
             "Deductible", "Copay", "Coinsurance", "Not\nCovered", "Plan Paid", "You Owe", "Expl."]
    fs = 6.8
    st = PlanState(ded_left=D("400.00"), coins_rate=D("0.10"))
    claims = [
        ("NADIA FERREIRA", "Daughter", "2601-88412-07", "TSA-55091", "Tidewater Speech Associates", [
            (d(1, 5), "92523", 1, []), (d(1, 12), "92507", 1, ["GN"]), (d(1, 19), "92507", 1, ["GN"]),
            (d(1, 26), "92507", 1, ["GN"]), (d(1, 26), "92526", 1, ["GN"])]),
        ("RAFAEL FERREIRA", "Son", "2601-88519-02", "4417-RF", "Crestline Hand & Upper Limb Therapy", [
            (d(1, 6), "97166", 1, ["GO"]), (d(1, 6), "97760", 2, ["GO"]), (d(1, 6), "L3807", 1, ["LT"]),
            (d(1, 9), "97140", 2, ["GO"]), (d(1, 9), "97110", 2, ["GO"]), (d(1, 13), "97140", 1, ["GO"]),
            (d(1, 13), "97110", 2, ["GO"]), (d(1, 13), "0552T", 1, [], "PR"), (d(1, 16), "97140", 2, ["GO"]),
            (d(1, 16), "97530", 1, ["GO"]), (d(1, 20), "97110", 2, ["GO"]), (d(1, 20), "97018", 1, ["GO"], "PR"),
            (d(1, 23), "97530", 2, ["GO"]), (d(1, 23), "97763", 1, ["GO"])]),
        ("HELENA FERREIRA", "Spouse", "2601-88602-11", "0038812", "Valley Spine & Sport PT", [
            (d(1, 14), "97162", 1, ["GP"]), (d(1, 14), "97110", 2, ["GP"]), (d(1, 21), "97110", 2, ["GP"]),
            (d(1, 21), "97140", 1, ["GP", "59"]), (d(1, 21), "97112", 1, ["GP"])]),
    ]

    def furniture():
        doc.rect(0, 0, W, 46, fill=0.92, stroke=False)
        doc.text(30, 26, "Northgate Mutual Benefit Company", 14, True)
        doc.text(30, 38, "Administrator for the Lakeshore Foods Employee Health Plan (HSA-qualified)", 7.5)
        doc.text(W - 30, 26, "Statement of Health Benefits", 12, True, "r")
        doc.text(W - 30, 38, "Not a bill. Statement period 01/01/2026 - 01/31/2026", 7.5, False, "r")
        doc.text(30, 60, "Prepared for: Helena Ferreira    Member No. NMB-220-418-776-01    Plan: Bronze HSA 2400", 7.5)
        return 78

    y = furniture()
    limit = H - 44

    def colhead(y):
        doc.hline(30, W - 30, y - 9, 0.9)
        row(doc, y, cols, heads, 6.4, True)
        doc.hline(30, W - 30, y + 10, 0.6)
        return y + 20

    for ci, (pat, rel, clm, acct, prov, rows) in enumerate(claims):
        svcs = mk(rows, commercial, st, deny_reason="96")
        if y + 70 > limit:
            doc.new_page()
            y = furniture()

        def ch(y, more=""):
            doc.text(30, y, f"CLAIM {clm}{more}", 8.5, True)
            doc.text(200, y, "Processed 01/30/2026", 7.5)
            doc.text(30, y + 11, f"For services to {pat} ({rel}) by {prov}, provider account {acct}", 7.5)
            return y + 24
        y = ch(y)
        y = colhead(y)
        for s in svcs:
            if y + 12 > limit:
                doc.new_page()
                y = furniture()
                y = ch(y, "  (continued)")
                y = colhead(y)
            rem = ["NB"] if s.denied else (["DX"] if s.deductible else ["PD"])
            rng = f"{dfmt(s.dos, 'mdy4')} - {dfmt(s.dos, 'mdy4')}"
            svc_words = K.eobgen.DESC[s.code][:24]
            vals = [rng, svc_words, s.code, ",".join(s.mods), mon(s.billed), mon(s.discount), mon(s.allowed),
                    mon(s.deductible), mon(s.copay), mon(s.coinsurance), mon(s.not_covered), mon(s.paid),
                    mon(s.owes), rem[0]]
            row(doc, y, cols, vals, fs)
            t, b = band(y, fs)
            col.line(doc.pno, t, b, s, claim_id=acct, payer_claim_id=clm, patient=pat, units=False,
                     printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "not_covered",
                              "paid", "patient_owes"), remarks=rem, service_end=s.dos)
            y += 11.5
        tot = {"billed": total(svcs, "billed"), "allowed": total(svcs, "allowed"), "paid": total(svcs, "paid"),
               "patient_owes": total(svcs, "owes")}
        shown_paid = tot["paid"] + (D("10.00") if ci == 1 else 0)
        doc.hline(30, W - 30, y - 7, 0.4)
        vals = ["Claim totals", "", "", "", mon(tot["billed"]), mon(total(svcs, "discount")), mon(tot["allowed"]),
                mon(total(svcs, "deductible")), mon(total(svcs, "copay")), mon(total(svcs, "coinsurance")),
                mon(total(svcs, "not_covered")), mon(shown_paid), mon(tot["patient_owes"]), ""]
        row(doc, y, cols, vals, fs, True)
        t, b = band(y, fs)
        tt = dict(tot)
        tt["paid"] = shown_paid
        col.claim(acct, clm, pat, tt, (doc.pno, t, b))
        if ci == 1:
            col.planted.append((ci, "paid"))
            col.findings.append(f"claim-total-mismatch claim {clm}: printed Plan Paid total {shown_paid} but the "
                                f"lines add up to {tot['paid']}")
        y += 26
    if y + 70 > limit:
        doc.new_page()
        y = furniture()
    doc.text(30, y, "Explanation codes", 8, True)
    for c, txt in col.legend:
        y += 10
        doc.text(34, y, c, 7, True)
        doc.text(60, y, txt, 7)
    y += 16
    doc.text(30, y, "Deductible met to date: $400.00 of $2,400.00 (family). Out-of-pocket met: $1,112.40 of "
                    "$6,000.00.", 7)
    for i in range(len(doc.pages)):
        doc.pages[i].append(("t", W - 80, H - 22, f"Page {i + 1} of {len(doc.pages)}", "DVSerif", 7, False, 0))
        doc.pages[i].append(("t", 30, H - 22, "NMB-STM-0126  Form 7H", "DVSerif", 6, False, 0.4))
    n = doc.save(out / (col.name + ".pdf"))
    col.write(out / (col.name + ".pdf"), n)
    return col, n


# ================================================================================================ m1
def m1(out: Path):
    """Medicare Summary Notice, Part B, classic (pre-redesign) layout; reportlab, Liberation Sans."""
    W, H = LETTER
    doc = K.Doc(W, H, "reportlab", "Medicare Summary Notice")
    doc.family = "LibSans"
    mon = lambda v: money(v, "$", "-")  # noqa: E731
    col = K.Collector("h24_m1_msn_classic_part_b", "reportlab",
                      "Medicare Summary Notice for Part B, classic layout, quantity before the wording",
                      K.Fmt(money=mon, date=lambda x: dfmt(x, "mdy2"), remark=lambda r: r))
    col.legend = [("a", "This service was approved at the Medicare rate for your area."),
                  ("b", "Part of this amount was applied to your yearly Part B deductible."),
                  ("c", "Medicare does not pay for this item or service; you may be billed."),
                  ("d", "A 2% reduction required by federal law was applied to this payment.")]
    bene = "Clarence W. Abernathy"
    st = PlanState(ded_left=D("57.00"))
    claims = [
        ("12-2600-611-4720", "Harborview Outpatient Rehabilitation", "2210 Quarry Road, Lakemont, OH 44190",
         "Anita Solberg, M.D.", [(d(1, 5), "97161", 1, []), (d(1, 5), "97110", 2, []), (d(1, 7), "97110", 2, []),
                                 (d(1, 7), "97140", 1, []), (d(1, 9), "97110", 2, []), (d(1, 9), "97112", 1, []),
                                 (d(1, 12), "97110", 3, []), (d(1, 12), "G0283", 1, []),
                                 (d(1, 14), "97110", 2, []), (d(1, 14), "97140", 2, [])]),
        ("12-2601-204-0381", "Harborview Outpatient Rehabilitation", "2210 Quarry Road, Lakemont, OH 44190",
         "Anita Solberg, M.D.", [(d(1, 16), "97110", 2, []), (d(1, 16), "97112", 2, []), (d(1, 19), "97110", 2, []),
                                 (d(1, 19), "0552T", 1, [], "PR"), (d(1, 21), "97116", 2, []),
                                 (d(1, 21), "97110", 1, []), (d(1, 23), "97116", 2, []),
                                 (d(1, 23), "97112", 1, []), (d(1, 26), "97110", 2, []),
                                 (d(1, 26), "97140", 1, []), (d(1, 28), "97110", 2, []),
                                 (d(1, 28), "97116", 1, []), (d(1, 30), "97110", 2, []),
                                 (d(1, 30), "97112", 1, []), (d(2, 2), "97110", 2, []),
                                 (d(2, 2), "97116", 1, []), (d(2, 4), "97110", 2, []),
                                 (d(2, 4), "97140", 1, []), (d(2, 6), "97164", 1, []),
                                 (d(2, 9), "97110", 2, []), (d(2, 9), "97116", 1, []), (d(2, 11), "97110", 2, []),
                                 (d(2, 11), "97112", 1, []), (d(2, 13), "97110", 3, []), (d(2, 16), "97110", 2, []),
                                 (d(2, 16), "97140", 1, []), (d(2, 18), "97110", 2, []), (d(2, 18), "97116", 2, []),
                                 (d(2, 20), "97110", 2, [])]),
        ("12-2601-377-9154", "Lakemont Family Medicine", "90 Church Street, Lakemont, OH 44190",
         None, [(d(1, 22), "99213", 1, [])]),
    ]
    spec = [(60, "l"), (200, "l"), (62, "r"), (62, "r"), (64, "r"), (62, "r"), (30, "c")]
    cols = C(spec, 40)
    heads = ["Dates of\nService", "Services Provided", "Amount\nCharged", "Medicare\nApproved",
             "Medicare\nPaid\nProvider", "You May\nBe Billed", "See\nNotes\nSection"]
    fs = 8.0

    def furniture(first):
        doc.text(40, 42, "Medicare Summary Notice", 16, True)
        doc.text(40, 56, "for Part B (Medical Insurance)", 9)
        doc.text(W - 40, 42, "March 3, 2026", 9, False, "r")
        doc.text(W - 40, 56, "CUSTOMER SERVICE INFORMATION", 7, True, "r")
        doc.text(W - 40, 66, "Your Medicare Number: 1EG4-TE5-MK72", 7, False, "r")
        doc.text(W - 40, 76, "Call 1-800-MEDICARE (1-800-633-4227)", 7, False, "r")
        doc.hline(40, W - 40, 84, 1)
        if first:
            doc.text(40, 100, bene.upper(), 9)
            doc.text(40, 111, "77 SYCAMORE LANE APT 3", 9)
            doc.text(40, 122, "LAKEMONT OH 44190-2231", 9)
            doc.rect(330, 92, W - 370, 40, fill=0.93, stroke=True)
            doc.text(338, 104, "BE INFORMED: Beware of anyone who calls offering", 7.5, True)
            doc.text(338, 114, "free equipment in exchange for your Medicare number.", 7.5)
            doc.text(338, 124, "THIS IS NOT A BILL - Keep this notice for your records.", 7.5, True)
            return 150
        doc.text(40, 98, f"Notice for: {bene}", 8)
        return 114

    y = furniture(True)
    doc.text(40, y, "Part B Medical Insurance - Assigned Claims", 10, True)
    y += 16
    limit = H - 70

    def colhead(y):
        row(doc, y, cols, heads, 7, True)
        doc.hline(40, W - 40, y + 20, 0.8)
        return y + 31

    y = colhead(y)
    for cn, prov, addr, ref, rows in claims:
        svcs = mk(rows, medicare, st)
        if y + 50 > limit:
            doc.new_page()
            y = furniture(False)
            doc.text(40, y, "Part B Medical Insurance - Assigned Claims (continued)", 10, True)
            y = colhead(y + 16)
        doc.text(40, y, f"Claim Number: {cn}", 8, True)
        y += 10
        doc.text(40, y, f"{prov}, {addr}", 8)
        y += 10
        if ref:
            doc.text(40, y, f"Referred by: {ref}", 8)
            y += 10
        y += 3
        for s in svcs:
            if y + 12 > limit:
                doc.new_page()
                y = furniture(False)
                doc.text(40, y, "Part B Medical Insurance - Assigned Claims (continued)", 10, True)
                y = colhead(y + 16)
                doc.text(40, y, f"Claim Number: {cn} (continued)", 8, True)
                y += 13
            notes = ["c"] if s.denied else (["a", "b"] if s.deductible else ["a", "d"] if s.seq else ["a"])
            wording = f"{K.eobgen.units_str(s.units)} {K.eobgen.DESC[s.code]} ({s.code})"
            vals = [dfmt(s.dos, "mdy2"), wording, mon(s.billed), mon(s.allowed), mon(s.paid), mon(s.owes),
                    ", ".join(notes)]
            row(doc, y, cols, vals, fs)
            t, b = band(y, fs)
            col.line(doc.pno, t, b, s, claim_id=None, payer_claim_id=cn, patient=bene, mods=False,
                     printed=("billed", "allowed", "paid", "patient_owes"), remarks=notes)
            y += 12
        tot = {"billed": total(svcs, "billed"), "allowed": total(svcs, "allowed"), "paid": total(svcs, "paid"),
               "patient_owes": total(svcs, "owes")}
        doc.hline(cols[2][0], W - 40, y - 8, 0.4)
        vals = ["", "Claim Total", mon(tot["billed"]), mon(tot["allowed"]), mon(tot["paid"]),
                mon(tot["patient_owes"]), ""]
        row(doc, y, cols, vals, fs, True)
        t, b = band(y, fs)
        col.claim(None, cn, bene, tot, (doc.pno, t, b))
        y += 22
    if y + 120 > limit:
        doc.new_page()
        y = furniture(False)
    doc.text(40, y, "Notes Section:", 9, True)
    for c, txt in col.legend:
        y += 12
        doc.text(44, y, c, 8, True)
        doc.text(58, y, txt, 8)
    y += 20
    doc.text(40, y, "Deductible Information: You have met the Part B deductible for 2026.", 8)
    y += 12
    doc.text(40, y, "General Information: To appeal, file by June 1, 2026. Follow the instructions on the "
                    "back page.", 8)
    for i in range(len(doc.pages)):
        doc.pages[i].append(("t", W - 40 - K.width(f"Page {i + 1} of {len(doc.pages)}", "LibSans", 8), H - 30,
                             f"Page {i + 1} of {len(doc.pages)}", "LibSans", 8, False, 0))
        doc.pages[i].append(("t", 40, H - 30, bene.upper(), "LibSans", 7, False, 0.3))
    n = doc.save(out / (col.name + ".pdf"))
    col.write(out / (col.name + ".pdf"), n)
    return col, n


# ================================================================================================ m2
def m2(out: Path):
    """Medicare Advantage HMO member EOB, fpdf2, Liberation Sans, portrait, per-claim panels."""
    W, H = LETTER
    doc = K.Doc(W, H, "fpdf2", "Your Explanation of Benefits")
    doc.family = "LibSans"
    mon = lambda v: money(v, "$", "-")  # noqa: E731
    col = K.Collector("h24_m2_ma_hmo_member_eob", "fpdf2",
                      "Medicare Advantage HMO member EOB, modifiers in parentheses, per-day copay",
                      K.Fmt(money=mon, date=lambda x: dfmt(x, "mdyn")))
    col.arithmetic = ["share"]
    col.legend = [("A", "You paid the specialist copay for this day of service."),
                  ("B", "Included in the payment for another service that day; you owe nothing for it."),
                  ("C", "Not covered by the plan. Ask us for a written decision if you disagree."),
                  ("D", "Out-of-network provider: your plan approved this because you were referred.")]
    member = "Beatrix L. Ohanian"
    spec = [(44, "l"), (150, "l"), (64, "l"), (28, "r"), (52, "r"), (52, "r"), (48, "r"), (38, "r"), (38, "r"),
            (26, "c")]
    cols = C(spec, 36)
    heads = ["Date", "Service you got", "Code", "Units", "Provider\nbilled", "Plan-\napproved", "Plan paid",
             "Copay", "Your\nshare", "Note"]
    fs = 7.2
    claims = [
        ("H2601-03-558812", "WP-88120", "Westfield Hand & Arm Clinic", "A", [
            (d(1, 6), "97165", 1, ["GO"]), (d(1, 6), "97760", 1, ["GO"]), (d(1, 6), "L3807", 1, ["RT"]),
            (d(1, 8), "97140", 2, ["GO"]), (d(1, 8), "97110", 1, ["GO"]), (d(1, 13), "97140", 1, ["GO"]),
            (d(1, 13), "97110", 2, ["GO", "KX"]), (d(1, 15), "97530", 2, ["GO", "KX"]),
            (d(1, 15), "97018", 1, ["GO"], "CO")]),
        ("H2601-03-601147", "WP-88297", "Westfield Hand & Arm Clinic", "A", [
            (d(1, 20), "97140", 2, ["GO", "KX"]), (d(1, 20), "97110", 2, ["GO", "KX"]),
            (d(1, 22), "97530", 2, ["GO", "CO"]), (d(1, 22), "97110", 1, ["GO", "CO"]),
            (d(1, 27), "97140", 1, ["GO", "KX"]), (d(1, 27), "97530", 2, ["GO", "KX"]),
            (d(1, 27), "0552T", 1, [], "PR"), (d(1, 29), "97110", 2, ["GO", "KX"]),
            (d(1, 29), "97763", 1, ["GO"])]),
        ("H2601-04-009315", "E-441872", "Pinecrest Medical Associates", None, [
            (d(1, 23), "99213", 1, []), (d(1, 23), "G0283", 1, [])]),
    ]

    def adjud(svcs):
        seen = set()
        for s in svcs:
            if s.denied:
                s.not_covered = s.billed
                s.owes = s.billed if s.denied == "PR" else D("0.00")
                continue
            s.allowed = K.q(D(K.eobgen.SCHED[s.code]) * s.units * D("1.04"))
            cp = D("25.00") if s.dos not in seen else D("0.00")
            seen.add(s.dos)
            s.copay = min(cp, s.allowed)
            s.paid = s.allowed - s.copay
            s.owes = s.copay
        return svcs

    def furniture(first):
        doc.text(36, 40, "SummitCare Medicare Advantage (HMO)", 13, True)
        doc.text(36, 52, "A Medicare Advantage plan with a Medicare contract. Member Services: 1-888-555-0199 "
                         "(TTY 711), 8 a.m. - 8 p.m., 7 days a week.", 7)
        doc.text(W - 36, 40, "Your Explanation of Benefits", 11, True, "r")
        doc.hline(36, W - 36, 58, 0.8)
        doc.text(36, 70, f"Member: {member}    Member ID: SMA7730451    Month of: January 2026", 8)
        return 90 if first else 84

    y = furniture(True)
    doc.rect(36, y - 8, W - 72, 42, fill=0.94, stroke=False)
    doc.text(44, y + 2, "THIS IS NOT A BILL", 9, True)
    doc.text(44, y + 14, "This notice shows what the plan paid for the medical services you got in January 2026.", 7.5)
    doc.text(44, y + 25, "Your total share for this month is shown in each claim below and in the box at the end.", 7.5)
    y += 48
    limit = H - 56

    def colhead(y):
        doc.hline(36, W - 36, y - 9, 0.4)
        row(doc, y, cols, heads, 6.6, True)
        doc.hline(36, W - 36, y + 10, 0.4)
        return y + 20

    grand = D("0")
    for ci, (cn, acct, prov, note_default, rows) in enumerate(claims):
        svcs = adjud(mk(rows, lambda s: s))
        if y + 60 > limit:
            doc.new_page()
            y = furniture(False)

        def panel(y, more=""):
            doc.rect(36, y - 10, W - 72, 28, fill=0.86, stroke=False)
            doc.text(42, y, f"Claim {ci + 1} of {len(claims)}{more}: {prov}", 8.5, True)
            doc.text(42, y + 12, f"Claim number {cn}    Provider's account number {acct}    Network: In network", 7.5)
            return y + 30
        y = panel(y)
        y = colhead(y)
        for s in svcs:
            desc = K.eobgen.DESC[s.code]
            lines = K.wrap(desc, 146, "LibSans", fs)
            hh = 10 * len(lines)
            if y + hh > limit:
                doc.new_page()
                y = furniture(False)
                y = panel(y, " (continued)")
                y = colhead(y)
            note = "C" if s.denied else ("A" if s.copay else ("B" if s.allowed == 0 else ""))
            rem = [note] if note else []
            code = s.code + (f" ({', '.join(s.mods)})" if s.mods else "")
            vals = [dfmt(s.dos, "mdyn"), "\n".join(lines), code, K.eobgen.units_str(s.units), mon(s.billed),
                    mon(s.allowed), mon(s.paid), mon(s.copay), mon(s.owes), note]
            row(doc, y, cols, vals, fs)
            t, b = band(y, fs, len(lines), 1.15)
            col.line(doc.pno, t, b, s, claim_id=acct, payer_claim_id=cn, patient=member,
                     printed=("billed", "allowed", "paid", "copay", "patient_owes"), remarks=rem)
            y += max(hh, 10) + 2
        tot = {"billed": total(svcs, "billed"), "allowed": total(svcs, "allowed"), "paid": total(svcs, "paid"),
               "patient_owes": total(svcs, "owes")}
        grand += tot["patient_owes"]
        doc.hline(36, W - 36, y - 8, 0.4)
        vals = ["", "Total for this claim", "", "", mon(tot["billed"]), mon(tot["allowed"]), mon(tot["paid"]),
                mon(total(svcs, "copay")), mon(tot["patient_owes"]), ""]
        row(doc, y, cols, vals, fs, True)
        t, b = band(y, fs)
        col.claim(acct, cn, member, tot, (doc.pno, t, b))
        y += 24
    if y + 110 > limit:
        doc.new_page()
        y = furniture(False)
    doc.rect(36, y - 10, 250, 40, stroke=True)
    doc.text(42, y + 2, "Your share this month", 8, True)
    doc.text(42, y + 16, f"{mon(grand)}   (year to date {mon(grand)} of your $4,500 limit)", 8)
    y += 48
    doc.text(36, y, "Notes about your services", 8.5, True)
    for c, txt in col.legend:
        y += 11
        doc.text(40, y, c, 7.5, True)
        doc.text(54, y, txt, 7.5)
    for i in range(len(doc.pages)):
        doc.pages[i].append(("t", 36, H - 26, f"H5521_EOB26_M  Page {i + 1} of {len(doc.pages)}", "LibSans", 7,
                             False, 0.3))
    n = doc.save(out / (col.name + ".pdf"))
    col.write(out / (col.name + ".pdf"), n)
    return col, n


# ================================================================================================ d1
def d1(out: Path):
    """State Medicaid RA, reportlab, Liberation Mono, landscape; claim line carries the claim's amounts."""
    W, H = LAND
    doc = K.Doc(W, H, "reportlab", "Remittance Advice")
    doc.family = "LibMono"
    mon = lambda v: money(v, ",", "-")  # noqa: E731
    col = K.Collector("h24_d1_medicaid_ra_mono", "reportlab",
                      "State Medicaid fee-for-service RA, fixed-width, claim amounts on the claim line, void",
                      K.Fmt(money=mon, date=lambda x: dfmt(x, "mdy6"), units=lambda u: f"{u:.2f}",
                            adj=lambda g, c, a, m: [f"{g}{c}", m(a)]))
    col.arithmetic = ["adj"]
    col.legend = [("0001", "Paid at the program fee schedule."),
                  ("0186", "Service limited to the units on the prior authorization."),
                  ("2017", "No prior authorization on file for these dates."),
                  ("7305", "Claim replaced by a later adjustment; original payment taken back.")]
    fs = 7.2
    cw = K.width("0", "LibMono", fs)
    x0 = 28

    def at(n):
        return x0 + n * cw

    def fw(y, parts, bold=False):
        for c, s, a in parts:
            if a == "r":
                doc.text(at(c), y, s, fs, bold, "r")
            else:
                doc.text(at(c), y, s, fs, bold)

    recips = [
        ("ABERNATHY-COLE, JOSIAH M", "910044177320", "JMA-3318", "2226005000418", [
            (d(1, 5), "97530", 3, ["GO", "U1"]), (d(1, 5), "97112", 1, ["GO"]), (d(1, 7), "97530", 3, ["GO", "U1"]),
            (d(1, 7), "97535", 1, ["GO"]), (d(1, 12), "97530", 4, ["GO", "U1"]), (d(1, 14), "97530", 3, ["GO", "U1"]),
            (d(1, 14), "97533", 2, ["GO"])]),
        ("MBEKI, ANAYA", "910087763014", "AM-1140", "2226005000422", [
            (d(1, 6), "92507", 1, ["GN"]), (d(1, 8), "92507", 1, ["GN"]), (d(1, 13), "92507", 1, ["GN"]),
            (d(1, 13), "92526", 1, ["GN"]), (d(1, 15), "92507", 1, ["GN"]), (d(1, 20), "92507", 1, ["GN"]),
            (d(1, 22), "92507", 1, ["GN"]), (d(1, 22), "92526", 1, ["GN"])]),
        ("TRUONG, KAI B", "910021196551", "KBT-0907", "2226005000435", [
            (d(1, 9), "97110", 2, ["GP"]), (d(1, 9), "97116", 2, ["GP"]), (d(1, 16), "97110", 3, ["GP"]),
            (d(1, 16), "97116", 1, ["GP"]), (d(1, 23), "97110", 2, ["GP"]), (d(1, 23), "97112", 2, ["GP"])]),
        ("MBEKI, ANAYA", "910087763014", "AM-1158", "2226005000441", [
            (d(1, 27), "92507", 1, ["GN"]), (d(1, 29), "92507", 1, ["GN"])]),
    ]
    denied = [("SALAZAR-REYES, PAZ", "910065510238", "PSR-0042", "2226005000459", [
        (d(1, 19), "97530", 3, ["GO"], "CO"), (d(1, 19), "97535", 2, ["GO"], "CO")])]
    void_orig = ("TRUONG, KAI B", "910021196551", "KBT-0871", "2225348007710",
                 [(d(12, 8, 2025), "97110", 3, ["GP"]), (d(12, 8, 2025), "97116", 2, ["GP"])])
    void_new = ("TRUONG, KAI B", "910021196551", "KBT-0871", "2526005000470",
                [(d(12, 8, 2025), "97110", 2, ["GP"]), (d(12, 8, 2025), "97116", 2, ["GP"])])

    state = {"y": 0}
    limit = H - 40

    def furniture():
        y = 30
        fw(y, [(0, "STATE OF NEW ALDER MEDICAL ASSISTANCE PROGRAM", "l"), (118, "REMITTANCE ADVICE", "l")], True)
        y += 10
        fw(y, [(0, "PROVIDER: BRIGHTWATER CHILDREN'S THERAPY LLC     PROV ID 0074418820  NPI 1902883415", "l"),
               (118, "RA NUMBER 0007731842   RA DATE 01/30/26", "l")])
        y += 10
        fw(y, [(0, "2 MILL RACE CT, SUITE B, CEDAR FORK NA 77312", "l"), (118, "PAYMENT: EFT 000918337412", "l")])
        y += 8
        doc.hline(x0, W - x0, y, 0.5)
        return y + 12

    def colhead(y):
        fw(y, [(0, "NAME", "l"), (27, "RECIP ID", "l"), (41, "PAT ACCT", "l"), (51, "ICN", "l"),
               (74, "BILLED AMT", "r"), (88, "ALLOWED AMT", "r"), (100, "TPL AMT", "r"), (113, "PAID AMT", "r")], True)
        y += 9
        fw(y, [(2, "DTL FROM   TO     PROC  MODIFIERS    UNITS", "l"), (74, "BILLED", "r"), (88, "ALLOWED", "r"),
               (113, "PAID", "r"), (115, "ARC     ARC AMT   EOB", "l")], True)
        doc.hline(x0, W - x0, y + 4, 0.3)
        return y + 14

    def section(title):
        y = state["y"]
        if y + 40 > limit:
            newpage()
            y = state["y"]
        fw(y, [(0, f"*** {title} ***", "l")], True)
        state["y"] = y + 12

    def newpage():
        doc.new_page()
        state["y"] = colhead(furniture())

    state["y"] = colhead(furniture())
    sect_tot = {}

    def claim(rec, svcs, status, neg=False, eob=None):
        name, rid, acct, icn, _ = rec
        y = state["y"]
        if y + 30 > limit:
            newpage()
            y = state["y"]
        tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
        fw(y, [(0, name, "l"), (27, rid, "l"), (41, acct, "l"), (51, icn, "l"), (74, mon(tb), "r"),
               (88, mon(ta), "r"), (100, "0.00", "r"), (113, mon(tp), "r"), (115, status, "l")], True)
        col.claim(acct, icn, name, {"billed": tb, "allowed": ta, "paid": tp}, (doc.pno, *band(y, fs)))
        y += 10
        for i, s in enumerate(svcs, 1):
            if y + 10 > limit:
                newpage()
                y = state["y"]
                fw(y, [(0, f"{name}  ICN {icn}  (CONTINUED)", "l")], True)
                y += 10
            codes = eob or (["0186"] if s.code == "97530" and s.units >= 4 else ["0001"])
            if s.denied:
                codes = ["2017"]
            adj = s.adjs[0] if s.adjs else None
            parts = [(2, f"{i:03d} {dfmt(s.dos, 'mdy6')} {dfmt(s.dos, 'mdy6')} {s.code} {' '.join(s.mods):<12} "
                         f"{s.units:>5.2f}", "l"), (74, mon(s.billed), "r"), (88, mon(s.allowed), "r"),
                     (113, mon(s.paid), "r")]
            if adj and adj[2]:
                parts.append((115, f"{adj[0]}{adj[1]}", "l"))
                parts.append((130, mon(adj[2]), "r"))
            parts.append((132, " ".join(codes), "l"))
            fw(y, parts)
            col.line(doc.pno, *band(y, fs), s, claim_id=acct, payer_claim_id=icn, patient=name,
                     printed=("billed", "allowed", "paid"), service_end=s.dos,
                     adjustments=[a for a in s.adjs if a[2]], remarks=codes)
            y += 9.5
        state["y"] = y + 5

    section("PAID CLAIMS")
    paid_tot = [D(0), D(0)]
    for rec in recips:
        svcs = mk(rec[4], medicaid)
        paid_tot[0] += total(svcs, "billed")
        paid_tot[1] += total(svcs, "paid")
        claim(rec, svcs, "PAID")
    fw(state["y"], [(0, "TOTAL PAID CLAIMS", "l"), (74, mon(paid_tot[0]), "r"), (113, mon(paid_tot[1]), "r")], True)
    state["y"] += 16
    section("DENIED CLAIMS")
    for rec in denied:
        svcs = mk(rec[4], medicaid)
        claim(rec, svcs, "DENIED")
    state["y"] += 6
    section("CLAIMS ADJUSTMENTS")
    o = [negate(s) for s in mk(void_orig[4], medicaid)]
    claim(void_orig, o, "VOID", eob=["7305"])
    nsv = mk(void_new[4], medicaid)
    claim(void_new, nsv, "REPLACE")
    y = state["y"] + 6
    if y + 60 > limit:
        newpage()
        y = state["y"]
    fw(y, [(0, "EOB CODE MESSAGES", "l")], True)
    for c, t in col.legend:
        y += 9.5
        fw(y, [(2, f"{c}  {t.upper()}", "l")])
    for i in range(len(doc.pages)):
        doc.pages[i].append(("t", at(118), H - 20, f"PAGE {i + 1:>3}", "LibMono", fs, False, 0))
    n = doc.save(out / (col.name + ".pdf"))
    col.write(out / (col.name + ".pdf"), n)
    return col, n


# ================================================================================================ d2
def d2(out: Path):
    """State Medicaid RA, fpdf2, DejaVu Sans Condensed, portrait, boxed claim heads, stacked adjustments."""
    W, H = LETTER
    doc = K.Doc(W, H, "fpdf2", "Provider Remittance Advice")
    doc.family = "DVCond"
    mon = lambda v: money(v, ",", "()")  # noqa: E731
    col = K.Collector("h24_d2_medicaid_ra_boxed", "fpdf2",
                      "State Medicaid RA, boxed beneficiary heads, approved amount, stacked CARC rows, $1 copays",
                      K.Fmt(money=mon, date=lambda x: dfmt(x, "mdy4"), adj=lambda g, c, a, m: [f"{g} {c}", m(a)]))
    col.arithmetic = ["adj", "share"]
    col.legend = [("N130", "Consult the program's coverage rules for this service."),
                  ("M62", "Prior authorization is missing, incomplete or invalid."),
                  ("N381", "Consult your provider agreement for the rate applied.")]
    spec = [(20, "c"), (50, "l"), (36, "l"), (40, "l"), (28, "r"), (52, "r"), (52, "r"), (38, "r"), (52, "r"),
            (44, "l"), (46, "r"), (36, "l")]
    cols = C(spec, 38)
    heads = ["Ln", "Svc Date", "Proc", "Mods", "Units", "Billed", "Approved", "Copay", "Paid", "Grp/CARC",
             "Adj Amt", "RARC"]
    fs = 7.0
    bens = [
        ("Oyelaran, Temi", "NA00418820", "BW26-0118", "20260150011870", True, [
            (d(1, 5), "97165", 1, ["GO"]), (d(1, 5), "97530", 2, ["GO"]), (d(1, 12), "97530", 3, ["GO"]),
            (d(1, 12), "97535", 1, ["GO"]), (d(1, 19), "97530", 3, ["GO"]), (d(1, 19), "97112", 1, ["GO"]),
            (d(1, 26), "97530", 3, ["GO"]), (d(1, 26), "97535", 2, ["GO"]), (d(1, 28), "97530", 3, ["GO"]),
            (d(1, 28), "97533", 1, ["GO"]), (d(1, 30), "97530", 2, ["GO"]), (d(1, 30), "97535", 1, ["GO"])]),
        ("Oyelaran, Dami", "NA00418838", "BW26-0121", "20260150011903", True, [
            (d(1, 6), "92523", 1, []), (d(1, 13), "92507", 1, []), (d(1, 20), "92507", 1, []),
            (d(1, 27), "92507", 1, [])]),
        ("Castellanos Brandt, Ines", "NA00770154", "BW26-0140", "20260150012266", False, [
            (d(1, 8), "97161", 1, ["GP"]), (d(1, 8), "97110", 2, ["GP"]), (d(1, 15), "97110", 2, ["GP"]),
            (d(1, 15), "97140", 1, ["GP", "59"]), (d(1, 22), "97110", 3, ["GP"]), (d(1, 22), "97116", 1, ["GP"]),
            (d(1, 29), "97110", 2, ["GP"]), (d(1, 29), "97116", 2, ["GP"]), (d(1, 29), "97750", 1, ["GP"], "CO"),
            (d(1, 30), "97110", 2, ["GP"]), (d(1, 30), "97140", 1, ["GP", "59"]), (d(1, 30), "97116", 1, ["GP"]),
            (d(1, 31), "97110", 2, ["GP"]), (d(1, 31), "97112", 1, ["GP"])]),
        ("Whitaker, Jonah", "NA00913377", "BW26-0152", "20260150012501", False, [
            (d(1, 9), "97530", 2, ["GO"], "CO"), (d(1, 9), "97533", 2, ["GO"], "CO")]),
    ]

    def furniture(first):
        doc.rect(38, 28, W - 76, 34, stroke=True, lw=0.8)
        doc.text(46, 42, "Department of Health Services - Medicaid & KidCare", 10, True)
        doc.text(46, 54, "Provider Remittance Advice    Payee: Brightwater Children's Therapy LLC    Payee ID 0074418820", 7)
        doc.text(W - 46, 42, "RA # 26-0005-3317", 8, True, "r")
        doc.text(W - 46, 54, "Payment Date 01/30/2026", 7, False, "r")
        return 80

    y = furniture(True)
    doc.text(38, y, "Payment Summary:  Claims Paid 3   Claims Denied 1   EFT Trace 1NA0026013000482   "
                    "Financial Transactions 0.00", 7)
    y += 16
    limit = H - 50

    def colhead(y):
        doc.rect(38, y - 8, W - 76, 12, fill=0.82, stroke=False)
        row(doc, y, cols, heads, 6.6, True)
        return y + 13

    for name, bid, acct, icn, paidc, rows in bens:
        svcs = mk(rows, medicaid, deny_reason="197")
        for s in svcs:  # $1.00 program copay on the first paid line of each adult visit day
            pass
        if name.startswith("Castellanos"):
            seen = set()
            for s in svcs:
                if not s.denied and s.dos not in seen:
                    seen.add(s.dos)
                    s.copay = D("1.00")
                    s.paid -= D("1.00")
                    s.adjs.append(("PR", "3", D("1.00")))
        if y + 70 > limit:
            doc.new_page()
            y = furniture(False)

        def head(y, more=""):
            doc.rect(38, y - 9, W - 76, 26, stroke=True, lw=0.6)
            doc.text(44, y, "Beneficiary Name", 6, False, gray=0.35)
            doc.text(170, y, "Beneficiary ID", 6, False, gray=0.35)
            doc.text(250, y, "Patient Account #", 6, False, gray=0.35)
            doc.text(340, y, "ICN", 6, False, gray=0.35)
            doc.text(450, y, "Claim Status", 6, False, gray=0.35)
            doc.text(44, y + 11, name + more, 7.6, True)
            doc.text(170, y + 11, bid, 7.6)
            doc.text(250, y + 11, acct, 7.6)
            doc.text(340, y + 11, icn, 7.6)
            doc.text(450, y + 11, "Paid" if paidc else "Denied", 7.6, True)
            return y + 28
        y = head(y)
        y = colhead(y)
        for i, s in enumerate(svcs, 1):
            adjs = [a for a in s.adjs if a[2]]
            nl = max(1, len(adjs))
            if y + 10 * nl > limit:
                doc.new_page()
                y = furniture(False)
                y = head(y, " (cont.)")
                y = colhead(y)
            rarc = ["M62"] if s.denied else (["N381"] if s.discount else [])
            vals = [str(i), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), K.eobgen.units_str(s.units),
                    mon(s.billed), mon(s.allowed), mon(s.copay), mon(s.paid), "", "", " ".join(rarc)]
            row(doc, y, cols, vals, fs)
            for k, (g, c, a) in enumerate(adjs):
                doc.text(cols[9][0] + 2, y + k * 9, f"{g} {c}", fs)
                doc.text(cols[10][0] + cols[10][1] - 2, y + k * 9, mon(a), fs, False, "r")
            col.line(doc.pno, *band(y, fs, nl, 9 / fs), s, claim_id=acct, payer_claim_id=icn, patient=name,
                     printed=("billed", "allowed", "copay", "paid"), adjustments=adjs, remarks=rarc)
            y += 9 * nl + 2
            doc.hline(38, W - 38, y - 8, 0.2, 0.7, dash=True)
        tot = {"billed": total(svcs, "billed"), "allowed": total(svcs, "allowed"), "paid": total(svcs, "paid")}
        vals = ["", "Claim Totals", "", "", "", mon(tot["billed"]), mon(tot["allowed"]), mon(total(svcs, "copay")),
                mon(tot["paid"]), "", "", ""]
        row(doc, y, cols, vals, fs, True)
        col.claim(acct, icn, name, tot, (doc.pno, *band(y, fs)))
        y += 22
    if y + 60 > limit:
        doc.new_page()
        y = furniture(False)
    doc.text(38, y, "Remark Code Descriptions", 8, True)
    for c, t in col.legend:
        y += 10
        doc.text(42, y, c, 7, True)
        doc.text(80, y, t, 7)
    y += 14
    doc.text(38, y, "Group codes: CO contractual obligation, PR patient responsibility. CARC 45 charge above "
                    "the fee schedule; 197 authorization absent; 3 co-payment.", 6.5)
    for i in range(len(doc.pages)):
        doc.pages[i].append(("t", W / 2 - 24, H - 24, f"Page {i + 1} of {len(doc.pages)}", "DVCond", 7, False, 0))
    n = doc.save(out / (col.name + ".pdf"))
    col.write(out / (col.name + ".pdf"), n)
    return col, n


# ================================================================================================ p1
def p1(out: Path):
    """Medicare Part B paper-remit reprint from a practice-management system, fpdf2, core Courier, portrait."""
    W, H = LETTER
    doc = K.Doc(W, H, "fpdf2", "Medicare Remittance Reprint")
    doc.family = "Courier"
    mon = lambda v: money(v, "", "-")  # noqa: E731
    col = K.Collector("h24_p1_spr_pm_reprint", "fpdf2",
                      "Medicare Part B standard-paper-remit reprint by a PM system, portrait Courier, stacked "
                      "adjustments", K.Fmt(money=mon, date=lambda x: dfmt(x, "mdy6"),
                                           adj=lambda g, c, a, m: [f"{g}-{c}", m(a)]))
    col.arithmetic = ["adj"]
    col.legend = [("MA01", "Appeal rights: request a redetermination in writing within 120 days."),
                  ("N211", "This service cannot be appealed at this level."),
                  ("N569", "Not covered when billed for this purpose; the provider may not bill the patient.")]
    fs = 6.6
    cw = K.width("0", "Courier", fs)
    x0 = 24

    def fw(y, s, bold=False):
        doc.text(x0, y, s, fs, bold)

    bens = [
        ("BRISCOE, HAROLD", "1EG4TE5MK73", "HRB-22071", "22260050411230", [
            (d(1, 5), "97161", 1, ["GP"]), (d(1, 5), "97110", 2, ["GP"]), (d(1, 7), "97110", 2, ["GP"]),
            (d(1, 7), "97140", 1, ["GP", "59"]), (d(1, 9), "97110", 3, ["GP"]), (d(1, 9), "97112", 1, ["GP"]),
            (d(1, 12), "97110", 2, ["GP", "KX"]), (d(1, 12), "97116", 1, ["GP", "KX"]),
            (d(1, 14), "97110", 2, ["GP", "KX"]), (d(1, 14), "97116", 2, ["GP", "KX"])]),
        ("NAKAGAWA, EIKO", "3TR9WQ2HN41", "HRB-22093", "22260050411244", [
            (d(1, 6), "97165", 1, ["GO"]), (d(1, 6), "97535", 1, ["GO"]), (d(1, 8), "97530", 2, ["GO"]),
            (d(1, 8), "97535", 1, ["GO", "CO"]), (d(1, 13), "97530", 2, ["GO", "CO"]),
            (d(1, 13), "G0283", 1, ["GO"]), (d(1, 15), "97530", 3, ["GO"]), (d(1, 20), "97530", 2, ["GO", "CO"]),
            (d(1, 20), "97535", 1, ["GO"]), (d(1, 22), "97530", 2, ["GO"])]),
        ("DELACROIX, MAURICE", "7KP2DF8RX05", "HRB-22104", "22260050411251", [
            (d(1, 16), "92523", 1, ["GN"]), (d(1, 16), "92526", 1, ["GN"]), (d(1, 20), "92507", 1, ["GN"]),
            (d(1, 22), "92507", 1, ["GN"]), (d(1, 22), "0552T", 1, [], "CO")]),
        ("BRISCOE, HAROLD", "1EG4TE5MK73", "HRB-22130", "22260050411268", [
            (d(1, 19), "97110", 2, ["GP", "KX"]), (d(1, 19), "97140", 1, ["GP", "KX"]),
            (d(1, 21), "97110", 2, ["GP", "KX"]), (d(1, 21), "97112", 1, ["GP", "KX"]),
            (d(1, 23), "97110", 2, ["GP", "KX"])]),
    ]
    limit = H - 44
    state = {"y": 0}

    def furniture():
        y = 30
        fw(y, "RIVERBEND THERAPY PM  v9.4        *** REPRINT OF MEDICARE REMITTANCE - NOT AN ORIGINAL ***", True)
        y += 10
        fw(y, "MEDICARE PART B  -  LAKES REGION MAC  (JURISDICTION 8)      REMITTANCE NOTICE")
        y += 9
        fw(y, "PROVIDER: RIVERBEND OUTPATIENT THERAPY INC   NPI 1649022871   CHECK/EFT #: 881204477   DATE: 01/28/26")
        y += 9
        fw(y, "PRINTED BY: KMORALES  02/02/26 09:14   ERA FILE 835_0128_0441.TXT")
        y += 6
        doc.hline(x0, W - x0, y, 0.4)
        y += 10
        fw(y, "PERF PROV   SERV DATE   POS NOS PROC  MODS        BILLED  ALLOWED  DEDUCT   COINS  GRP/RC-AMT       PROV PD", True)
        y += 5
        doc.hline(x0, W - x0, y, 0.4)
        return y + 11

    def newpage():
        doc.new_page()
        state["y"] = furniture()

    state["y"] = furniture()
    st = PlanState(ded_left=D("0.00"))
    sums = [D(0)] * 4
    for name, mid, acct, icn, rows in bens:
        svcs = mk(rows, medicare, PlanState(ded_left=D("40.00") if acct == "HRB-22093" else D("0.00")),
                  deny_reason="96")
        y = state["y"]
        if y + 60 > limit:
            newpage()
            y = state["y"]
        fw(y, f"NAME {name:<22} MID {mid}  ACNT {acct:<10} ICN {icn}  ASG Y MOA MA01", True)
        y += 10
        for s in svcs:
            adjs = [a for a in s.adjs if a[2]]
            nl = max(1, len(adjs))
            if y + 9 * nl + 9 > limit:
                newpage()
                y = state["y"]
                fw(y, f"NAME {name:<22} ACNT {acct:<10} ICN {icn}  (CONT)", True)
                y += 10
            mods = " ".join(s.mods)
            first = adjs[0] if adjs else ("", "", None)
            base = (f"1720944861  {s.dos:%m%d} {dfmt(s.dos, 'mdy6')} 11  {K.eobgen.units_str(s.units):>2} "
                    f"{s.code} {mods:<9} {mon(s.billed):>8} {mon(s.allowed):>8} {mon(s.deductible):>7} "
                    f"{mon(s.coinsurance):>7}  ")
            a0 = f"{first[0]}-{first[1]}" if first[2] is not None else ""
            line = base + f"{a0:<7}{mon(first[2]) if first[2] is not None else '':>9}  {mon(s.paid):>8}"
            fw(y, line)
            for k, (g, c, a) in enumerate(adjs[1:], 1):
                fw(y + 9 * k, " " * len(base) + f"{g}-{c:<4}{mon(a):>9}")
            rem = ["N569"] if s.denied else []
            extra_line = 0
            if rem or s.mods[-1:] == ("KX",):
                extra_line = 1
                fw(y + 9 * nl, f"CNTL #:{acct}{s.dos:%d}{s.code}" + (f"   REM: {' '.join(rem)}" if rem else ""))
            col.line(doc.pno, *band(y, fs, nl + extra_line, 9 / fs), s, claim_id=acct, payer_claim_id=icn,
                     patient=name, printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                     adjustments=adjs, remarks=rem, service_end=s.dos)
            y += 9 * (nl + extra_line) + 1.5
        tb, ta, td, tc, tp = (total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid"))
        owes = total(svcs, "owes")
        tline = (f"PT RESP {mon(owes):>8}            CLAIM TOTALS {mon(tb):>8} {mon(ta):>8} {mon(td):>7} "
                 f"{mon(tc):>7}  {'':<16}  {mon(tp):>8}")
        fw(y, tline, True)
        col.claim(acct, icn, name, {"billed": tb, "allowed": ta, "paid": tp}, (doc.pno, *band(y, fs)))
        y += 9
        fw(y, f"ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00     NET {mon(tp):>8}")
        y += 16
        state["y"] = y
        for i, v in enumerate((tb, ta, tp, owes)):
            sums[i] += v
    y = state["y"]
    if y + 90 > limit:
        newpage()
        y = state["y"]
    fw(y, f"TOTALS: # OF CLAIMS 4   BILLED AMT {mon(sums[0])}   ALLOWED AMT {mon(sums[1])}   PROV PD AMT "
          f"{mon(sums[2])}   CHECK AMT {mon(sums[2])}", True)
    y += 16
    fw(y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", True)
    for c, t in col.legend + [("CO-45", "Charge exceeds the fee schedule amount."), ("PR-2", "Coinsurance."),
                              ("CO-253", "Sequestration reduction.")]:
        y += 9
        fw(y, f"{c:<7}{t}")
    for i in range(len(doc.pages)):
        doc.pages[i].append(("t", W - 90, 20, f"PAGE {i + 1} OF {len(doc.pages)}", "Courier", fs, False, 0))
    n = doc.save(out / (col.name + ".pdf"))
    col.write(out / (col.name + ".pdf"), n)
    return col, n


# ================================================================================================ p2
def p2(out: Path):
    """Clearinghouse remit viewer print of a Medicare Part B payment, reportlab, DejaVu Serif Condensed, landscape."""
    W, H = LAND
    doc = K.Doc(W, H, "reportlab", "Remittance Viewer - Claim Detail")
    doc.family = "DVSerifCond"
    mon = lambda v: money(v, ",", "()")  # noqa: E731
    col = K.Collector("h24_p2_clearinghouse_medicare_view", "reportlab",
                      "Clearinghouse remittance-viewer print of a Medicare Part B payment, label-over-value claim "
                      "panels, line control numbers, reversal",
                      K.Fmt(money=mon, date=lambda x: dfmt(x, "mdy4"), adj=lambda g, c, a, m: [f"{g}-{c}", m(a)]))
    col.arithmetic = ["adj"]
    col.legend = [("N630", "Referral criteria were not met."), ("MA130", "Claim contains incomplete information."),
                  ("N517", "Resubmit a new claim with the requested information.")]
    spec = [(54, "l"), (56, "l"), (56, "l"), (38, "l"), (50, "l"), (30, "r"), (56, "r"), (56, "r"), (50, "r"),
            (52, "r"), (110, "l"), (56, "r"), (50, "l")]
    cols = C(spec, 30)
    heads = ["Line Ctrl #", "From", "Thru", "Proc", "Mods", "Units", "Charges", "Allowed", "Deductible",
             "Coinsurance", "Adj Group-Reason / Amount", "Paid", "Remarks"]
    fs = 7.0
    cl = [
        ("Okonjo, Felicity A", "5QW2HY7TN88", "RV0417722", "22260120733140", "1 - Processed as Primary",
         "Crossed over to: Keystone Senior Supplement", [
             (d(1, 6), "97163", 1, ["GP"]), (d(1, 6), "97110", 2, ["GP"]), (d(1, 8), "97110", 2, ["GP"]),
             (d(1, 8), "97116", 2, ["GP"]), (d(1, 13), "97110", 3, ["GP"]), (d(1, 13), "97140", 1, ["GP", "59"]),
             (d(1, 15), "97110", 2, ["GP", "CQ"]), (d(1, 15), "97116", 1, ["GP", "CQ"]),
             (d(1, 20), "97110", 2, ["GP", "CQ"]), (d(1, 20), "97112", 2, ["GP", "CQ"])]),
        ("Halvorsen, Gunnar", "8MM4RT3LC20", "RV0417786", "22260120733152", "1 - Processed as Primary", None, [
            (d(1, 7), "97166", 1, ["GO"]), (d(1, 7), "97535", 2, ["GO"]), (d(1, 9), "97530", 2, ["GO"]),
            (d(1, 14), "97530", 2, ["GO"]), (d(1, 14), "97535", 1, ["GO"])]),
        ("Halvorsen, Gunnar", "8MM4RT3LC20", "RV0411950", "22253410812207", "22 - Reversal of Previous Payment",
         None, [(d(12, 10, 2025), "97530", 3, ["GO"]), (d(12, 10, 2025), "97535", 1, ["GO"])]),
        ("Halvorsen, Gunnar", "8MM4RT3LC20", "RV0411950", "22260120733169", "1 - Processed as Primary", None, [
            (d(12, 10, 2025), "97530", 2, ["GO"]), (d(12, 10, 2025), "97535", 1, ["GO"])]),
        ("Ibarra-Lindgren, Sol", "2CC9PA6VE63", "RV0417801", "22260120733177", "4 - Denied", None, [
            (d(1, 21), "97530", 2, ["GO"], "CO"), (d(1, 21), "97112", 1, ["GO"], "CO")]),
    ]

    def furniture():
        doc.text(30, 30, "ClaimBridge Remit Viewer", 12, True)
        doc.text(30, 42, "Payer: MEDICARE PART B - GREAT LAKES ADMIN SERVICES    Payee: Ridgeline Rehab Partners    "
                         "NPI 1356088214", 7.5)
        doc.text(W - 30, 30, "835 Claim Detail", 10, True, "r")
        doc.text(W - 30, 42, "Check/EFT 000773140296  Issued 01/30/2026  Payment $0.00 see summary", 7.5, False, "r")
        doc.hline(30, W - 30, 50, 1.0)
        return 66

    y = furniture()
    limit = H - 40

    def colhead(y):
        doc.hline(30, W - 30, y - 9, 0.5)
        row(doc, y, cols, heads, 6.5, True)
        doc.hline(30, W - 30, y + 4, 0.5)
        return y + 14

    total_paid = D(0)
    for ci, (name, mbi, pcn, icn, status, xo, rows) in enumerate(cl):
        st = PlanState(ded_left=D("0.00"))
        svcs = mk(rows, medicare, st, deny_reason="197")
        if status.startswith("22"):
            svcs = [negate(s) for s in svcs]
        if y + 70 > limit:
            doc.new_page()
            y = furniture()

        def panel(y, more=""):
            doc.rect(30, y - 9, W - 60, 26, fill=0.9, stroke=False)
            labels = [("Patient Name", name + more), ("Medicare ID (MBI)", mbi), ("Patient Control #", pcn),
                      ("Payer Claim Control # (ICN)", icn), ("Claim Status", status)]
            xs = [36, 170, 270, 380, 520]
            for (lab, v), x in zip(labels, xs):
                doc.text(x, y, lab, 6, False, gray=0.35)
                doc.text(x, y + 11, v, 7.6, True)
            if xo:
                doc.text(660, y + 11, xo, 6.5)
            return y + 30
        y = panel(y)
        y = colhead(y)
        for i, s in enumerate(svcs, 1):
            adjs = [a for a in s.adjs if a[2]]
            nl = max(1, len(adjs))
            if y + 9 * nl > limit:
                doc.new_page()
                y = furniture()
                y = panel(y, " (continued)")
                y = colhead(y)
            rem = ["N630"] if s.denied else []
            ctrl = f"{pcn[-4:]}{s.dos:%m%d}{i:02d}"
            vals = [ctrl, dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                    K.eobgen.units_str(s.units), mon(s.billed), mon(s.allowed), mon(s.deductible),
                    mon(s.coinsurance), "", mon(s.paid), " ".join(rem)]
            row(doc, y, cols, vals, fs)
            for k, (g, c, a) in enumerate(adjs):
                doc.text(cols[10][0] + 2, y + 9 * k, f"{g}-{c}", fs)
                doc.text(cols[10][0] + 80, y + 9 * k, mon(a), fs, False, "r")
            col.line(doc.pno, *band(y, fs, nl, 9 / fs), s, claim_id=pcn, payer_claim_id=icn, patient=name,
                     printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=adjs,
                     remarks=rem, service_end=s.dos)
            y += 9 * nl + 2
            doc.hline(30, W - 30, y - 7.5, 0.15, 0.7)
        tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
        total_paid += tp
        vals = ["Claim totals", "", "", "", "", "", mon(tb), mon(ta), mon(total(svcs, "deductible")),
                mon(total(svcs, "coinsurance")), f"Pt Resp {mon(total(svcs, 'owes'))}", mon(tp), ""]
        row(doc, y, cols, vals, fs, True)
        col.claim(pcn, icn, name, {"billed": tb, "allowed": ta, "paid": tp}, (doc.pno, *band(y, fs)))
        y += 24
    if y + 70 > limit:
        doc.new_page()
        y = furniture()
    doc.text(30, y, f"Payment summary: claims {len(cl)}   total paid {mon(total_paid)}   provider adjustments 0.00", 8,
             True)
    y += 14
    doc.text(30, y, "Remark codes", 8, True)
    for c, t in col.legend:
        y += 10
        doc.text(34, y, c, 7, True)
        doc.text(80, y, t, 7)
    for i in range(len(doc.pages)):
        doc.pages[i].append(("t", W - 90, H - 20, f"Page {i + 1} of {len(doc.pages)}", "DVSerifCond", 7, False, 0))
        doc.pages[i].append(("t", 30, H - 20, "Printed 02/02/2026 09:40 by user jpatel", "DVSerifCond", 6.5, False, 0.4))
    n = doc.save(out / (col.name + ".pdf"))
    col.write(out / (col.name + ".pdf"), n)
    return col, n


# ================================================================================================ s1
def s1(out: Path):
    """Pediatric therapy clinic family statement, reportlab, DejaVu Sans, portrait, ticket numbers."""
    W, H = LETTER
    doc = K.Doc(W, H, "reportlab", "Family Statement")
    doc.family = "DVSans"
    mon = lambda v: money(v, "$", "()")  # noqa: E731
    col = K.Collector("h24_s1_clinic_family_statement", "reportlab",
                      "Pediatric therapy clinic family statement, sections per child, ticket numbers, pending "
                      "insurance, continued page",
                      K.Fmt(money=mon, date=lambda x: dfmt(x, "mdy4")))
    col.arithmetic = ["balance"]
    spec = [(50, "l"), (40, "l"), (124, "l"), (32, "l"), (34, "l"), (26, "r"), (50, "r"), (54, "r"), (54, "r"),
            (52, "r")]
    cols = C(spec, 36)
    heads = ["Date", "Ticket", "Service", "CPT", "Mod", "Units", "Charge", "Insurance\nPaid", "Insurance\nAdjust.",
             "Balance"]
    fs = 6.9
    ins = {"A": ("Aspen Ridge Health Plan", D("0.74")), "M": ("KidCare Medicaid - Sunflower Health", None)}
    kids = [
        ("Willa Brennan-Osei", "A", [
            ("40211", "AR-2601-448120", [(d(1, 5), "97165", 1, ["GO"]), (d(1, 5), "97530", 2, ["GO"])]),
            ("40236", "AR-2601-448355", [(d(1, 12), "97530", 3, ["GO"]), (d(1, 12), "97533", 1, ["GO"])]),
            ("40262", "AR-2601-449017", [(d(1, 19), "97530", 3, ["GO"]), (d(1, 19), "97535", 1, ["GO"]),
                                         (d(1, 19), "97150", 1, ["GO"], "PR")]),
            ("40288", None, [(d(1, 26), "97530", 3, ["GO"]), (d(1, 26), "97533", 1, ["GO"])]),
        ]),
        ("Emeka Brennan-Osei", "M", [
            ("40214", "3026005118842", [(d(1, 6), "92523", 1, []), (d(1, 6), "92507", 1, ["GN"])]),
            ("40241", "3026013119377", [(d(1, 13), "92507", 1, ["GN"]), (d(1, 13), "92526", 1, ["GN"])]),
            ("40267", "3026020120106", [(d(1, 20), "92507", 1, ["GN"])]),
            ("40293", "3026027120931", [(d(1, 27), "92507", 1, ["GN"]), (d(1, 27), "92526", 1, ["GN"])]),
        ]),
        ("Juniper Brennan-Osei", "A", [
            ("40220", "AR-2601-448201", [(d(1, 7), "97161", 1, ["GP"]), (d(1, 7), "97110", 2, ["GP"])]),
            ("40249", "AR-2601-448710", [(d(1, 14), "97110", 2, ["GP"]), (d(1, 14), "97112", 1, ["GP"]),
                                         (d(1, 14), "97116", 1, ["GP"])]),
            ("40275", "AR-2601-449388", [(d(1, 21), "97110", 3, ["GP"]), (d(1, 21), "97116", 1, ["GP"])]),
            ("40297", "AR-2601-449815", [(d(1, 28), "97110", 2, ["GP"]), (d(1, 28), "97112", 1, ["GP"]),
                                         (d(1, 28), "97116", 1, ["GP"]), (d(1, 28), "97140", 1, ["GP", "59"])]),
            ("40301", "AR-2601-450022", [(d(1, 30), "97110", 2, ["GP"]), (d(1, 30), "97116", 2, ["GP"])]),
        ]),
        ("Kofi Brennan-Osei", "A", [
            ("40226", "AR-2601-448266", [(d(1, 8), "97166", 1, ["GO"]), (d(1, 8), "97760", 1, ["GO"]),
                                         (d(1, 8), "L3807", 1, ["RT"])]),
            ("40258", "AR-2601-448902", [(d(1, 15), "97760", 1, ["GO"]), (d(1, 15), "97110", 2, ["GO"])]),
            ("40283", "AR-2601-449540", [(d(1, 22), "97763", 1, ["GO"]), (d(1, 22), "97110", 2, ["GO"]),
                                         (d(1, 22), "97140", 1, ["GO"])]),
        ]),
    ]

    def adjud(s, kind):
        if kind == "pending":
            return s
        if s.denied:
            s.owes = s.billed
            return s
        if kind == "A":
            s.allowed = K.q(s.billed * D("0.74"))
            s.discount = s.billed - s.allowed
            s.owes = K.q(s.allowed * D("0.15"))
            s.paid = s.allowed - s.owes
        else:
            s.allowed = min(s.billed, K.q(D(K.eobgen.SCHED[s.code]) * s.units))
            s.discount = s.billed - s.allowed
            s.paid = s.allowed
        return s

    def furniture(first):
        doc.text(36, 40, "Little Oak Pediatric Therapy", 14, True)
        doc.text(36, 52, "Occupational · Physical · Speech   |   418 Linden Avenue, Maple Bluff, KS 66044   |   "
                         "(785) 555-0133", 7)
        doc.text(W - 36, 40, "FAMILY STATEMENT", 11, True, "r")
        doc.text(W - 36, 52, "Statement date 02/02/2026", 7, False, "r")
        doc.hline(36, W - 36, 60, 1)
        if first:
            doc.text(36, 76, "Guarantor: Abena Brennan-Osei", 8, True)
            doc.text(36, 87, "2217 Wren Court, Maple Bluff, KS 66044", 8)
            doc.rect(360, 66, W - 396, 44, stroke=True)
            doc.text(368, 78, "Family account  F-10884", 8, True)
            doc.text(368, 90, "Please pay by 02/20/2026", 8)
            doc.text(368, 102, "Questions? billing@littleoak.example", 7)
            return 128
        doc.text(36, 74, "Family account F-10884 · Abena Brennan-Osei (continued)", 7.5)
        return 92

    y = furniture(True)
    limit = H - 56

    def colhead(y):
        doc.rect(36, y - 8, W - 72, 20, fill=0.88, stroke=False)
        row(doc, y, cols, heads, 6.5, True)
        return y + 19

    y = colhead(y)
    grand = D(0)
    for kid, kind, tickets in kids:
        if y + 50 > limit:
            doc.new_page()
            y = colhead(furniture(False))
        doc.text(38, y, f"Patient: {kid}", 8, True)
        doc.text(W - 38, y, f"Insurance: {ins[kind][0]}", 7, False, "r")
        y += 12
        for tk, pcl, rows in tickets:
            pend = pcl is None
            svcs = [adjud(s, "pending" if pend else kind) for s in mk(rows, lambda s: s)]
            for s in svcs:
                if y + 11 > limit:
                    doc.new_page()
                    y = colhead(furniture(False))
                    doc.text(38, y, f"Patient: {kid} (continued)", 8, True)
                    y += 12
                if pend:
                    vals = [dfmt(s.dos, "mdy4"), tk, K.eobgen.DESC[s.code][:26], s.code, " ".join(s.mods),
                            K.eobgen.units_str(s.units), mon(s.billed), "pending", "pending", "--"]
                    pr = ("billed",)
                else:
                    vals = [dfmt(s.dos, "mdy4"), tk, K.eobgen.DESC[s.code][:26], s.code, " ".join(s.mods),
                            K.eobgen.units_str(s.units), mon(s.billed), mon(s.paid), mon(s.discount), mon(s.owes)]
                    pr = ("billed", "paid", "discount", "patient_owes")
                    grand += s.owes
                row(doc, y, cols, vals, fs)
                col.line(doc.pno, *band(y, fs), s, claim_id=tk, payer_claim_id=pcl, patient=kid, printed=pr)
                y += 11
            if pend:
                txt = f"Ticket {tk}: billed to {ins[kind][0]} on 01/28/2026, awaiting their decision."
            else:
                txt = f"Ticket {tk}: {ins[kind][0]} claim {pcl}, processed 01/29/2026."
            doc.text(cols[1][0] + 2, y - 2, txt, 6.2, False, gray=0.35)
            y += 9
            col.claim(tk, pcl, kid)
        y += 6
    if y + 90 > limit:
        doc.new_page()
        y = furniture(False)
    doc.text(36, y, "Payments and credits", 8, True)
    y += 11
    doc.text(40, y, "01/16/2026   Card payment - thank you", 7)
    doc.text(W - 40, y, mon(D("-60.00")), 7, False, "r")
    y += 16
    doc.rect(W - 236, y - 10, 200, 34, stroke=True)
    doc.text(W - 228, y + 2, "Family balance due", 8, True)
    doc.text(W - 44, y + 2, mon(grand - D("60.00")), 9, True, "r")
    doc.text(W - 228, y + 15, "Current 100%   31-60 days $0.00   61-90 days $0.00", 6.5)
    for i in range(len(doc.pages)):
        doc.pages[i].append(("t", 36, H - 28, f"Page {i + 1} of {len(doc.pages)}", "DVSans", 7, False, 0))
    n = doc.save(out / (col.name + ".pdf"))
    col.write(out / (col.name + ".pdf"), n)
    return col, n


# ================================================================================================ s2
def s2(out: Path):
    """Hospital itemized patient statement with per-line insurance activity, fpdf2, Liberation Sans, landscape."""
    W, H = LAND
    doc = K.Doc(W, H, "fpdf2", "Itemized Statement")
    doc.family = "LibSans"
    mon = lambda v: money(v, ",", "trail")  # noqa: E731
    col = K.Collector("h24_s2_hospital_itemized_statement", "fpdf2",
                      "Hospital itemized statement for a guarantor, accounts for mother and daughter, per-line "
                      "insurance payment / contractual adjustment / patient responsibility, glued CPT-mod",
                      K.Fmt(money=mon, date=lambda x: dfmt(x, "mdy2")))
    col.arithmetic = ["balance"]
    spec = [(46, "l"), (30, "l"), (54, "l"), (62, "l"), (170, "l"), (28, "r"), (62, "r"), (66, "r"), (66, "r"),
            (66, "r")]
    cols = C(spec, 30)
    heads = ["Svc Date", "Rev", "Charge Code", "CPT/HCPCS", "Description", "Qty", "Charges", "Insurance\nPayments",
             "Contractual\nAdjustment", "Patient\nResponsibility"]
    fs = 7.0
    accts = [
        ("H0070044302", "Anika Ramaswamy-Kent", "Orchard Valley Health Plan", "OV26013001266", [
            (d(1, 28), "92610", 1, ["GN"], "0440"), (d(1, 28), "92526", 1, ["GN"], "0440")]),
        ("H0070044188", "Priya Ramaswamy-Kent", "Orchard Valley Health Plan", "OV26011700452", [
            (d(1, 5), "99213", 1, [], "0510"), (d(1, 5), "97161", 1, ["GP"], "0420"),
            (d(1, 5), "97110", 2, ["GP"], "0420"), (d(1, 8), "97110", 2, ["GP"], "0420"),
            (d(1, 8), "97140", 2, ["GP", "59"], "0420"), (d(1, 12), "97110", 3, ["GP"], "0420"),
            (d(1, 12), "97112", 1, ["GP"], "0420"), (d(1, 15), "97110", 2, ["GP"], "0420"),
            (d(1, 15), "G0283", 1, ["GP"], "0420"), (d(1, 19), "97110", 2, ["GP"], "0420"),
            (d(1, 19), "97140", 1, ["GP"], "0420"), (d(1, 22), "97110", 2, ["GP"], "0420"),
            (d(1, 22), "97112", 2, ["GP"], "0420"), (d(1, 26), "97110", 2, ["GP"], "0420"),
            (d(1, 26), "97116", 1, ["GP"], "0420")]),
        ("H0070044217", "Anika Ramaswamy-Kent", "Orchard Valley Health Plan", "OV26012100919", [
            (d(1, 9), "97166", 1, ["GO"], "0430"), (d(1, 9), "97530", 2, ["GO"], "0430"),
            (d(1, 16), "97530", 3, ["GO"], "0430"), (d(1, 16), "97535", 1, ["GO"], "0430"),
            (d(1, 23), "97530", 3, ["GO"], "0430"), (d(1, 23), "97533", 1, ["GO"], "0430"),
            (d(1, 23), "97760", 1, ["GO"], "0430"), (d(1, 23), "L3807", 1, ["LT"], "0274"),
            (d(1, 27), "97530", 3, ["GO"], "0430"), (d(1, 27), "97535", 1, ["GO"], "0430"),
            (d(1, 30), "97530", 2, ["GO"], "0430"), (d(1, 30), "97763", 1, ["GO"], "0430"),
            (d(1, 30), "97110", 1, ["GO"], "0430"), (d(2, 3), "97530", 3, ["GO"], "0430"),
            (d(2, 3), "97533", 1, ["GO"], "0430"), (d(2, 6), "97530", 2, ["GO"], "0430"),
            (d(2, 6), "97535", 1, ["GO"], "0430")]),
    ]
    descs = {"99213": "CLINIC VISIT EST LEVEL 3", "97161": "PT EVAL LOW COMPLEX", "97110": "PT THER EXERCISE 15MIN",
             "97140": "PT MANUAL THERAPY 15MIN", "97112": "PT NEUROMUSC REED 15MIN", "G0283": "E-STIM UNATTENDED",
             "97116": "PT GAIT TRAINING 15MIN", "97166": "OT EVAL MOD COMPLEX", "97530": "OT THER ACTIVITIES 15MIN",
             "97535": "OT SELF CARE TRAIN 15MIN", "97533": "OT SENSORY INTEGR 15MIN", "97760": "OT ORTHOTIC MGMT 15MIN",
             "L3807": "WHFO CUSTOM FIT PREFAB", "97763": "OT ORTHOTIC F/U TRAIN 15MIN", "92610": "SLP SWALLOW EVALUATION", "92526": "SLP FEEDING TREATMENT"}

    def furniture(first):
        doc.rect(0, 0, W, 8, fill=0.3, stroke=False)
        doc.text(30, 32, "ST. AUGUSTINE VALLEY MEDICAL CENTER", 13, True)
        doc.text(30, 44, "Patient Financial Services · 1400 Mission Hill Drive · Verde Springs, AZ 85301 · "
                         "(602) 555-0170", 7)
        doc.text(W - 30, 32, "ITEMIZED STATEMENT", 12, True, "r")
        doc.text(W - 30, 44, "Guarantor: Devika Ramaswamy-Kent   Guarantor No. G-5520781   Statement 02/12/26",
                 7, False, "r")
        doc.hline(30, W - 30, 52, 0.8)
        return 70

    y = furniture(True)
    doc.text(30, y, "This statement lists every charge on your hospital accounts with the insurance activity "
                    "applied to each line.", 7.5)
    y += 16
    limit = H - 46

    def colhead(y):
        doc.hline(30, W - 30, y - 9, 0.4)
        row(doc, y, cols, heads, 6.5, True)
        doc.hline(30, W - 30, y + 10, 0.4)
        return y + 20

    grand = D(0)
    for acct, pat, payer, pcl, rows in accts:
        svcs = []
        for r in rows:
            s = Svc(r[0], r[1], D(r[2]), tuple(r[3]))
            s.allowed = K.q(s.billed * D("0.62"))
            s.discount = s.billed - s.allowed
            s.owes = K.q(s.allowed * D("0.20"))
            s.paid = s.allowed - s.owes
            svcs.append((s, r[4]))
        if y + 60 > limit:
            doc.new_page()
            y = furniture(False)

        def band_head(y, more=""):
            doc.rect(30, y - 9, W - 60, 13, fill=0.9, stroke=False)
            doc.text(34, y, f"Account {acct}{more}   Patient: {pat}   Outpatient Rehabilitation   "
                            f"Insurance: {payer}, claim # {pcl}", 7.5, True)
            return y + 14
        y = band_head(y)
        y = colhead(y)
        for s, rev in svcs:
            if y + 11 > limit:
                doc.new_page()
                y = furniture(False)
                y = band_head(y, " (continued)")
                y = colhead(y)
            glued = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            vals = [dfmt(s.dos, "mdy2"), rev, f"{rev}{s.code[-3:]}{len(s.mods)}", glued, descs[s.code],
                    K.eobgen.units_str(s.units), mon(s.billed), mon(s.paid), mon(s.discount), mon(s.owes)]
            row(doc, y, cols, vals, fs)
            col.line(doc.pno, *band(y, fs), s, claim_id=acct, payer_claim_id=pcl, patient=pat,
                     printed=("billed", "paid", "discount", "patient_owes"))
            y += 11
        ss = [s for s, _ in svcs]
        tot = {"billed": total(ss, "billed"), "paid": total(ss, "paid"), "patient_owes": total(ss, "owes")}
        grand += tot["patient_owes"]
        doc.hline(cols[6][0], W - 30, y - 8, 0.4)
        vals = ["", "", "", "", "Account totals", "", mon(tot["billed"]), mon(tot["paid"]),
                mon(total(ss, "discount")), mon(tot["patient_owes"])]
        row(doc, y, cols, vals, fs, True)
        col.claim(acct, pcl, pat, tot, (doc.pno, *band(y, fs)))
        y += 24
    if y + 50 > limit:
        doc.new_page()
        y = furniture(False)
    doc.rect(W - 260, y - 10, 230, 30, stroke=True)
    doc.text(W - 252, y + 2, "AMOUNT DUE FROM GUARANTOR", 8, True)
    doc.text(W - 38, y + 2, mon(grand), 9, True, "r")
    doc.text(W - 252, y + 14, "Due by 02/27/2026. Ask us about payment plans and financial help.", 6.5)
    for i in range(len(doc.pages)):
        doc.pages[i].append(("t", 30, H - 22, f"Page {i + 1} of {len(doc.pages)}", "LibSans", 7, False, 0))
    n = doc.save(out / (col.name + ".pdf"))
    col.write(out / (col.name + ".pdf"), n)
    return col, n


LAYOUTS = [c1, c2, m1, m2, d1, d2, p1, p2, s1, s2]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    do_check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout24_"))
    repo = HERE.parents[1]
    if (repo / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    results = []
    for fn in LAYOUTS:
        col, n = fn(out)
        results.append((col, n))
    print(f"wrote {len(results)} PDFs to {out}")
    if not do_check:
        return 0
    bad = 0
    tl = tp = 0
    for col, n in results:
        pdf = out / (col.name + ".pdf")
        errs = K.check(pdf, col, n)
        spans = K.spanning_claims(col)
        tl += len(col.lines)
        tp += n
        print(f"{'OK ' if not errs else 'BAD'} {col.name}: {len(col.lines)} lines, {len(col.claims)} claims, {n} "
              f"pages, claims across pages {spans}")
        for e in errs[:25]:
            print("    ", e)
        bad += bool(errs)
    print(f"total {tl} lines, {tp} pages; {'check passed' if not bad else f'{bad} files failed'}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
