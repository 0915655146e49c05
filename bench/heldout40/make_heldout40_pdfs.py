"""Write the FORTIETH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on the five commonest real document kinds, two house styles each, written without
looking at the reader. (bench/heldout/ .. heldout39/ came earlier or alongside.)

Run:  python bench/heldout40/make_heldout40_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout40/make_heldout40_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; files are <name>.pdf.truth.json), printed values
only, null for what a layout does not print (units too: no units printed -> null); description is null throughout.
claim_id = the provider's own account / patient-control / invoice / hospital-account number, payer_claim_id = the
payer's claim number / ICN / TCN / claim reference, patient = the person who got the service exactly as printed
(capitals where the page prints capitals; "LAST, FIRST" where it prints that). Where a line prints From and To
dates, service_end is the To date. Every name, number, payer, provider, address and ID is invented; descriptions
are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness).
Drawing surface and text-layer helpers live in bench/heldout40/h40.py.

Layouts (two of each of the five commonest kinds, house styles not used in sets 1-39):
  c1  commercial PPO member EOB for a family, reportlab portrait Liberation Sans 6.6 pt: a shaded RIGHT sidebar on
      every page (member box, family deductible meters, help numbers), narrow claim tables on the left: heading
      "<name> - <relationship>", "Claim ID" and "Provider acct", Date / Service "97530 GO" over a wrapped wording
      line / Qty / Billed / Discount / Allowed / Deductible / Coinsurance / Plan paid / You owe / Note, claim totals
      row, a not-covered line the member owes, claims continued on the next page under "(continued)", 3 members
  c2  mutual insurer "STATEMENT OF CLAIMS PAYMENT" to the policyholder, fpdf2 landscape core Times, ruled rows:
      shaded claim band (Patient, Relationship, Provider, Patient Acct, Claim No.), Svc From / Svc To (01/05/2026)
      / Procedure / Mod / Units / Charges / Network Disc. / Not Covered / Eligible / Deductible / Copay / Coins /
      Benefit Paid / Member Owes / Rsn, per-visit copay, a corrected claim with "(160.00)" negatives and its
      replacement, header repeated on page 2; PLANTED claim-total mismatch (Benefit Paid total 10.00 too high)
  m1  Medicare Summary Notice for Part B, reportlab portrait DejaVu Serif: page 1 dashboard (deductible status,
      "Did Medicare approve all services?", total you may be billed, claims-at-a-glance), claim pages: provider
      heads with claim number and the provider's account, Date / "Service Provided & Billing Code" wording with
      "(97110-GO-KX)" / Service Approved? / Amount Provider Charged / Medicare-Approved Amount / Amount Medicare
      Paid / Maximum You May Be Billed / See Notes (letters), no units, a denied line, notes section
  m2  Medicare Advantage HMO-POS monthly member EOB, fpdf2 portrait Liberation Serif: month / year-to-date cost box,
      boxed claim heads, "Date of service" / "Medical services or supplies you received (code)" / Qty / Provider's
      charge / Plan's approved amount / Plan's share / Your share / See note, a per-visit copay, a no-authorization
      denial the member does not owe, claim continued on page 2 under a repeated header, notes legend
  d1  state Medicaid "Remittance Advice" (fee-for-service), reportlab portrait Liberation Sans Narrow 6.8 pt:
      banner and payee box, key=value claim heads (RECIPIENT / MEDICAID ID / ICN / PCN / CLAIM STATUS), LN / FROM
      DOS / TO DOS / PROC-MODS "97530-GO-59" / UNITS / BILLED AMT / ALLOWED AMT / COPAY / PAID AMT / ADJ RSN /
      ADJ AMT (stacked) / EOB, a $2.00 recipient copay (PR-3), a prior-authorization denial, a void with
      negatives and its replacement, claim totals, header repeated on every page
  d2  state Medicaid "REMITTANCE ADVICE -- PROFESSIONAL" MMIS print, fpdf2 portrait Liberation Mono 6.4 pt fixed
      columns: TCN / RECIP NAME (LAST, FIRST) / RECIP ID / PATIENT NO. claim heads with "CLAIM STATUS: PAID /
      DENIED", SVC DATE 010526 / PROC / MODS / QTY "2.00" / SUBMITTED / ALLOWED / PAID / ADJ "CO45" (no amount) /
      EOB codes, an EOB legend page, continued claim
  p1  Medicare Part B STANDARD PAPER REMIT printed by a clearinghouse, fpdf2 portrait DejaVu Sans Mono 6.2 pt:
      NAME / MID / ACNT / ICN / ASG / MOA heading line, PERF PROV / SERV DATE "0106 010626" / POS / NOS / PROC /
      MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT (stacked CO-45, PR-1, PR-2, CO-253) / PROV PD, PT RESP
      and CLAIM TOTALS lines, a CO-50 denial, claims continued onto the next page
  p2  practice-management "Medicare Remittance Posting Detail", reportlab portrait core Helvetica 7 pt: check box,
      grey patient bands (Patient "Last, First", Acct, ICN, status), DOS / CPT / Mods / Units "2.00" / Charge /
      Allowed / Deduct / Coins / Paid / Adj ("CO45 151.14" stacked) / Remark, a reversal (status 22) with minus
      amounts and its correction, claim totals
  s1  pediatric therapy clinic family STATEMENT to a guarantor, reportlab portrait DejaVu Serif Condensed: amount-due
      box, per-child section bars, visit heads ("Invoice HKT-..  billed to <insurer>, claim ..."), Date / Service /
      Code / Units / Charges / Insurance Paid / Ins. Adjustment / Your Balance, patient-payment rows without codes,
      aging strip, sections continued on the next page, 3 children
  s2  hospital PATIENT STATEMENT to a guarantor, fpdf2 landscape DejaVu Sans 7 pt: boxed hospital-account heads
      (account no., patient, dates, insurer claim ref.), itemized Date / Rev / Description / CPT-HCPCS / Mod / Qty /
      Charges (charges only per line), account summary rows (insurance paid, adjustments, your balance), mother and
      son, continued onto page 2

Truth decisions: member EOBs' and statements' uncoded write-off columns (Discount / Network Disc. / Ins.
Adjustment) are the truth discount, with no adjustment codes; the MSN's "Maximum You May Be Billed", the MA EOB's
"Your share" and the statements' "Your Balance" are patient_owes; s2 prints charges only per line (allowed, paid,
owes null); p1's PT RESP is claim-level only (patient_owes null on lines).

The self-check (--check) tests the factory, not the reader: each service's printed row band is remembered while
drawing; the check reads each PDF's text layer with pdfplumber and finds every truth code, modifier, units value,
service date (and To date), amount, adjustment group / reason / amount and remark INSIDE that band (same text
line or stacked sub-lines of that row); claim ids, payer claim ids and patients somewhere in the document; the page
count; and the documents' own arithmetic (billed - adjustments = paid where every adjustment amount is printed;
allowed - deductible - copay - coinsurance = paid and their sum = patient owes where the layout prints those;
billed - discount - not covered = allowed; billed - discount - paid = owes for statements; claim totals = sum of
lines, except the planted mismatch, which must really differ by its stated amount).
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen  # noqa: E402
from eobgen import (  # noqa: E402
    ZERO,
    PlanState,
    Svc,
    commercial,
    dfmt,
    medicaid,
    medicare,
    money,
    negate,
    q,
    truth_line,
    units_str,
    write_truth,
)
from h40 import Col, Doc, band_tokens, data_row, dsum, header_row, place, rows_height  # noqa: E402

eobgen.FEE.update({"97533": "90.00", "97162": "240.00", "92610": "180.00", "97542": "70.00"})
eobgen.SCHED.update({"97533": "31.80", "97162": "101.12", "92610": "84.20", "97542": "28.90"})
eobgen.DESC.update({"97533": "Sensory integration activities", "97162": "PT evaluation, moderate complexity",
                    "92610": "Swallowing function evaluation", "97542": "Wheelchair skills training"})

D = date
BANDS: dict[str, list] = {}
TOTAL: dict[str, int] = {}
FMT: dict[str, dict] = {}


def svc(d, code, units, mods=(), denied=None):
    return Svc(d, code, Decimal(str(units)), tuple(mods), denied=denied)


def visits(days, pattern):
    """One service per (day, pattern entry): pattern is a list of (code, units, modifiers)."""
    return [svc(d, c, u, m) for d in days for c, u, m in pattern]


def jan(*days):
    return [D(2026, 1, x) for x in days]


def m_plain(v):  # 1,234.50 / -45.00
    return money(Decimal(v), ",", "-")


def m_dollar(v):
    return money(Decimal(v), "$", "-")


def m_paren(v):
    return money(Decimal(v), ",", "()")


def m_bare(v):
    return money(Decimal(v), "", "-")


def line_out(name, lines, s, band, **kw):
    row = truth_line(band[0], s, description=False, **kw)
    lines.append(row)
    BANDS.setdefault(name, []).append(band)
    return row


def wrapped_pages_footer(label):
    def f(doc):
        doc.text(doc.w / 2, doc.h - 24, f"{label}   Page {doc.page}", 6.5, align="C", gray=0.3)
    return f


# ================================================================================================== c1
def c1(out: Path):
    name = "h40_c1_ppo_family_sidebar.pdf"
    doc = Doc("reportlab", str(out / name), "LibSans")
    FMT[name] = dict(money=m_plain, date=lambda d: dfmt(d, "mdy2"), units=units_str,
                     arith={"costshare", "discount"})
    L = 36
    SBX = 438

    def furniture(d):
        d.rect(SBX, 30, 150, d.h - 70, fill=0.92, stroke=False)
        d.text(L, 44, "COBALTRIDGE HEALTH", 14, True)
        d.text(L, 55, "PPO Choice 1500  |  Explanation of Benefits", 7.5)
        d.text(L, 66, "THIS IS NOT A BILL", 7.5, True)
        d.hline(L, SBX - 8, 72)
        x = SBX + 8
        d.text(x, 46, "Member", 7, True)
        d.text(x, 56, "Dana Okonkwo-Reyes", 7)
        d.text(x, 65, "Member ID  CRH 448 20917 01", 6.5)
        d.text(x, 74, "Group  ORCHARD VALLEY SCHOOLS", 6.5)
        d.text(x, 83, "Statement date  02/09/26", 6.5)
        if d.page == 1:
            yy = 104
            d.text(x, yy, "Family deductible 2026", 7, True)
            for nm, used in (("Dana", "0.00"), ("Maya", "410.00"), ("Elias", "230.00"), ("Family", "640.00")):
                yy += 11
                d.text(x, yy, nm, 6.5)
                d.text(SBX + 142, yy, f"{used} of {'3,000.00' if nm == 'Family' else '1,500.00'}", 6.5, align="R")
            yy += 22
            d.text(x, yy, "Questions?", 7, True)
            d.text(x, yy + 10, "Member Services 1-800-555-0148", 6.5)
            d.text(x, yy + 19, "TTY 711, Mon-Fri 7am-8pm", 6.5)
            d.text(x, yy + 38, "Notes used on this statement", 7, True)
            ny = yy + 48
            for code, txt in LEG:
                for i, t in enumerate(d.wrap(f"{code}  {txt}", 132, 6.2)):
                    d.text(x, ny, t, 6.2)
                    ny += 8.5
                ny += 2
        else:
            d.text(x, 104, "Statement continues", 7, True)
        d.y = 84

    LEG = [("N1", "Amount above the plan's negotiated rate; a network provider may not bill you for it."),
           ("N2", "This service is not a covered benefit under your plan; you are responsible."),
           ("N3", "Applied to the member's deductible.")]
    cols = place([Col("date", "Date", 32), Col("svc", "Service", 74), Col("qty", "Qty", 16, "R"),
                  Col("billed", "Billed", 34, "R"), Col("disc", "Discount", 33, "R"),
                  Col("allowed", "Allowed", 33, "R"), Col("ded", "Deduct-\nible", 30, "R"),
                  Col("coins", "Coins-\nurance", 30, "R"), Col("paid", "Plan\npaid", 33, "R"),
                  Col("owes", "You\nowe", 32, "R"), Col("note", "Note", 20, "C")], L, 2.4)
    cur = {"title": None}

    def on_break(d):
        if cur["title"]:
            d.text(L, d.y + 10, cur["title"] + " (continued)", 7.2, True)
            d.y += 14
            header_row(d, cols, 6.3, fill=0.85)

    doc.on_new_page = furniture
    doc.on_break = on_break
    doc.on_footer = lambda d: d.text(L, d.h - 28, f"Cobaltridge Health  -  EOB 2602-0917  -  page {d.page}", 6,
                                     gray=0.35)
    doc.new_page()
    doc.text(L, doc.y + 10, "Dear Dana, here is how we processed recent claims for your family.", 7.5)
    doc.y += 18
    st = {"Maya": PlanState(ded_left=Decimal("410.00")), "Elias": PlanState(ded_left=Decimal("230.00"))}
    claims_src = [
        ("Maya Okonkwo-Reyes", "Daughter", "Maya", "Lakeshore Pediatric Therapy", "CR26A0114338", "LPT-77812",
         [svc(D(2026, 1, 5), "97165", 1, ("GO",)), svc(D(2026, 1, 5), "97530", 2, ("GO",)),
          svc(D(2026, 1, 12), "97530", 3, ("GO",)), svc(D(2026, 1, 12), "97535", 1, ("GO", "59")),
          svc(D(2026, 1, 19), "97533", 2, ("GO",), denied="PR"), svc(D(2026, 1, 19), "97110", 2, ("GO",)),
          svc(D(2026, 1, 26), "97530", 3, ("GO",)), svc(D(2026, 1, 26), "97112", 1, ("GO",))]
         + visits(jan(28, 30), [("97530", 2, ("GO",)), ("97535", 1, ("GO",))])),
        ("Elias Okonkwo-Reyes", "Son", "Elias", "Lakeshore Pediatric Therapy", "CR26A0121904", "LPT-77830",
         [svc(D(2026, 1, 7), "92523", 1, ("GN",)), svc(D(2026, 1, 14), "92507", 1, ("GN",)),
          svc(D(2026, 1, 21), "92507", 1, ("GN",)), svc(D(2026, 1, 28), "92507", 1, ("GN",)),
          svc(D(2026, 1, 28), "97530", 1, ("GO", "59"))]
         + visits(jan(30), [("92507", 1, ("GN",)), ("97530", 1, ("GO", "59")), ("97112", 1, ("GO",))])),
        ("Dana Okonkwo-Reyes", "Self", "Elias", "Summit Spine & Sport PT", "CR26A0130077", "SSP-208841",
         [svc(D(2026, 1, 22), "97162", 1, ("GP",)), svc(D(2026, 1, 22), "97140", 2, ("GP",)),
          svc(D(2026, 1, 29), "97110", 3, ("GP",)), svc(D(2026, 1, 29), "97112", 1, ("GP",)),
          svc(D(2026, 1, 29), "G0283", 1, ("GP",))]),
    ]
    st["Dana"] = PlanState(ded_left=ZERO)
    lines, claims = [], []
    for patient, rel, key, prov, clm, acct, svcs in claims_src:
        stt = st["Dana"] if patient.startswith("Dana") else st[key]
        for s in svcs:
            commercial(s, stt)
            s.remarks = ["N2"] if s.denied else (["N3"] if s.deductible else [])
        title = f"{patient} - {rel}"
        cur["title"] = title
        doc.ensure(60)
        doc.rect(L - 2, doc.y + 1, SBX - L - 6, 24, fill=0.8, stroke=False)
        doc.text(L, doc.y + 10, title, 8, True)
        doc.text(L, doc.y + 20, f"{prov}   Claim ID {clm}   Provider acct {acct}   Received 02/02/26", 6.4)
        doc.y += 28
        header_row(doc, cols, 6.3, fill=0.85)
        for s in svcs:
            wl = doc.wrap(s.desc, cols[1].w, 5.6)
            vals = {"date": dfmt(s.dos, "mdy2"), "svc": [f"{s.code} {' '.join(s.mods)}"] + wl,
                    "qty": units_str(s.units), "billed": m_plain(s.billed), "disc": m_plain(s.discount),
                    "allowed": m_plain(s.allowed), "ded": m_plain(s.deductible), "coins": m_plain(s.coinsurance),
                    "paid": m_plain(s.paid), "owes": m_plain(s.owes), "note": " ".join(s.remarks)}
            doc.ensure(rows_height(vals, 6.3, 7.4) + 2)
            band = data_row(doc, cols, vals, 6.3, 7.4)
            doc.hline(L, SBX - 8, doc.y, 0.3, 0.6)
            line_out(name, lines, s, band, claim_id=acct, payer_claim_id=clm, patient=patient,
                     printed=("billed", "discount", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                     remarks=s.remarks)
        tb = sum((s.billed for s in svcs), ZERO)
        ta = sum((s.allowed for s in svcs), ZERO)
        tp = sum((s.paid for s in svcs), ZERO)
        to = sum((s.owes for s in svcs), ZERO)
        doc.ensure(14)
        data_row(doc, cols, {"svc": "Claim total", "billed": m_plain(tb), "allowed": m_plain(ta),
                             "paid": m_plain(tp), "owes": m_plain(to)}, 6.5, bold=True)
        doc.y += 8
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": patient,
                       "totals": {"billed": str(q(tb)), "allowed": str(q(ta)), "paid": str(q(tp)),
                                  "patient_owes": str(q(to))}})
    cur["title"] = None
    doc.ensure(40)
    doc.text(L, doc.y + 10, "Your right to appeal: you may ask us to review any decision on this statement within",
             6.6)
    doc.text(L, doc.y + 19, "180 days. Call Member Services or write to Cobaltridge Appeals, PO Box 4471, Tulsa OK.",
             6.6)
    pages = doc.save()
    TOTAL[name] = pages
    write_truth(out / name, "c1", "reportlab", pages, "commercial PPO family member EOB with right sidebar",
                lines, claims, LEG)


# ================================================================================================== c2
def c2(out: Path):
    name = "h40_c2_mutual_claims_payment.pdf"
    doc = Doc("fpdf2", str(out / name), "Times", landscape=True, margin_bottom=44)
    FMT[name] = dict(money=m_paren, date=lambda d: dfmt(d, "mdy4"), units=units_str,
                     arith={"costshare", "discount"})
    L = 30
    cols = place([Col("from", "Svc From", 44), Col("to", "Svc To", 44), Col("proc", "Procedure", 40),
                  Col("mod", "Mod", 28), Col("units", "Units", 24, "R"), Col("billed", "Charges", 46, "R"),
                  Col("disc", "Network\nDisc.", 42, "R"), Col("nc", "Not\nCovered", 42, "R"),
                  Col("allowed", "Eligible", 44, "R"), Col("ded", "Deductible", 44, "R"),
                  Col("copay", "Copay", 36, "R"), Col("coins", "Coins", 38, "R"),
                  Col("paid", "Benefit\nPaid", 46, "R"), Col("owes", "Member\nOwes", 44, "R"),
                  Col("rsn", "Rsn", 24, "C")], L, 3)

    def furniture(d):
        d.text(L, 40, "Harrowgate Mutual Insurance Company", 15, True)
        d.text(L, 52, "Health Benefits Division  -  211 Quarry Lane, Sheffield Falls, VT 05901", 8)
        d.text(d.w - 30, 40, "STATEMENT OF CLAIMS PAYMENT", 11, True, "R")
        d.text(d.w - 30, 52, "Policyholder: Ingrid Lindqvist    Policy No. HM-5520-8813", 8, align="R")
        d.text(d.w - 30, 62, "Statement No. 26-0211-0042    Issued 02/11/2026", 8, align="R")
        d.hline(L, d.w - 30, 68, 1.0)
        d.y = 74
        header_row(d, cols, 7.5, fill=0.88)

    doc.on_new_page = furniture
    doc.on_footer = lambda d: d.text(d.w / 2, d.h - 22, f"Page {d.page} of {TOTAL.get(name, 1)}", 7.5, align="C")
    doc.new_page()
    fam = PlanState(ded_left=Decimal("150.00"), visit_copay=Decimal("25.00"))
    fam2 = PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"))
    srcs = [
        ("Theo Lindqvist", "Son", "Green Meadow Occupational Therapy", "GMOT-10442", "HM26011800731", fam,
         [svc(D(2026, 1, 6), "97166", 1, ("GO",)), svc(D(2026, 1, 6), "97530", 2, ("GO",)),
          svc(D(2026, 1, 13), "97530", 2, ("GO",)), svc(D(2026, 1, 13), "97112", 1, ("GO", "59")),
          svc(D(2026, 1, 20), "97533", 2, ("GO",)), svc(D(2026, 1, 20), "97535", 1, ("GO",))]),
        ("Freya Lindqvist", "Daughter", "Northgate Speech Associates", "NSA-3391", "HM26012200118", fam2,
         [svc(D(2026, 1, 8), "92523", 1, ("GN",)), svc(D(2026, 1, 15), "92507", 1, ("GN",)),
          svc(D(2026, 1, 15), "92526", 1, ("GN",), denied="PR"), svc(D(2026, 1, 22), "92507", 1, ("GN",))]),
        ("Astrid Lindqvist", "Daughter", "Green Meadow Occupational Therapy", "GMOT-10468", "HM26012700392", fam,
         [svc(D(2026, 1, 9), "97167", 1, ("GO",))]
         + visits(jan(12, 14, 16, 19, 21, 23, 26, 28), [("97530", 2, ("GO",)), ("97112", 1, ("GO", "59"))])
         + [svc(D(2026, 1, 30), "97168", 1, ("GO",))]),
    ]
    lines, claims = [], []
    findings = []

    def claim_block(patient, rel, prov, acct, clm, svcs, note="", plant=None):
        doc.ensure(50)
        doc.rect(L - 2, doc.y + 2, doc.w - 2 * L + 4, 26, fill=0.9, stroke=True)
        doc.text(L + 2, doc.y + 12, f"Patient: {patient}   Relationship: {rel}   Provider: {prov}", 8.5, True)
        doc.text(L + 2, doc.y + 23, f"Patient Acct: {acct}   Claim No. {clm}   {note}", 8)
        doc.y += 30
        for s in svcs:
            vals = {"from": dfmt(s.dos, "mdy4"), "to": dfmt(s.dos, "mdy4"), "proc": s.code,
                    "mod": " ".join(s.mods), "units": units_str(s.units), "billed": m_paren(s.billed),
                    "disc": m_paren(s.discount), "nc": m_paren(s.not_covered), "allowed": m_paren(s.allowed),
                    "ded": m_paren(s.deductible), "copay": m_paren(s.copay), "coins": m_paren(s.coinsurance),
                    "paid": m_paren(s.paid), "owes": m_paren(s.owes), "rsn": " ".join(s.remarks)}
            doc.ensure(13)
            band = data_row(doc, cols, vals, 7.8, 9.5)
            doc.hline(L, doc.w - 30, doc.y, 0.3, 0.5)
            line_out(name, lines, s, band, claim_id=acct, payer_claim_id=clm, patient=patient,
                     service_end=s.dos,
                     printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                              "coinsurance", "paid", "patient_owes"), remarks=s.remarks)
        t = {k: sum((getattr(s, k) for s in svcs), ZERO) for k in ("billed", "allowed", "paid", "owes")}
        tp = t["paid"] + (plant or ZERO)
        doc.ensure(13)
        data_row(doc, cols, {"proc": "Claim Totals", "billed": m_paren(t["billed"]), "allowed": m_paren(t["allowed"]),
                             "paid": m_paren(tp), "owes": m_paren(t["owes"])}, 7.8, 9.5, bold=True)
        doc.y += 8
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": patient,
                       "totals": {"billed": str(q(t["billed"])), "allowed": str(q(t["allowed"])),
                                  "paid": str(q(tp)), "patient_owes": str(q(t["owes"]))}})
        if plant:
            findings.append(f"claim-total-mismatch claim {clm}: printed Benefit Paid total {q(tp)} but the lines "
                            f"add up to {q(t['paid'])}")

    for patient, rel, prov, acct, clm, stt, svcs in srcs:
        for s in svcs:
            commercial(s, stt)
            s.remarks = ["X4"] if s.denied else (["D1"] if s.deductible else (["C2"] if s.copay else []))
        claim_block(patient, rel, prov, acct, clm, svcs, plant=Decimal("10.00") if clm.endswith("0118") else None)
    # a corrected claim: earlier payment taken back, then reprocessed
    st3 = PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"))
    old = [commercial(svc(D(2025, 12, 29), "92507", 1, ("GN",)), PlanState(ded_left=ZERO)),
           commercial(svc(D(2025, 12, 29), "97530", 1, ("GO",)), PlanState(ded_left=ZERO))]
    rev = [negate(s) for s in old]
    for s in rev:
        s.remarks = ["R7"]
    claim_block("Freya Lindqvist", "Daughter", "Northgate Speech Associates", "NSA-3307", "HM25123100964", rev,
                note="Adjustment: reverses payment of 01/09/2026")
    new = [commercial(svc(D(2025, 12, 29), "92507", 1, ("GN",)), st3),
           commercial(svc(D(2025, 12, 29), "97530", 1, ("GO", "59")), st3)]
    for s in new:
        s.remarks = ["C2"] if s.copay else []
    claim_block("Freya Lindqvist", "Daughter", "Northgate Speech Associates", "NSA-3307", "HM25123100965", new,
                note="Corrected claim (replaces HM25123100964)")
    LEG = [("C2", "Your per-visit copayment applies."), ("D1", "Applied to your calendar-year deductible."),
           ("X4", "Feeding therapy is excluded under this policy; the member is responsible."),
           ("R7", "Earlier payment withdrawn because the provider sent a corrected bill.")]
    doc.ensure(70)
    doc.y += 6
    doc.text(L, doc.y + 9, "Reason Codes", 9, True)
    doc.y += 12
    for c, t in LEG:
        doc.text(L, doc.y + 9, f"{c}   {t}", 8)
        doc.y += 11
    pages = doc.save()
    TOTAL[name] = pages
    write_truth(out / name, "c2", "fpdf2", pages, "mutual insurer statement of claims payment, landscape",
                lines, claims, LEG, findings)


# ================================================================================================== m1
def m1(out: Path):
    name = "h40_m1_msn_part_b.pdf"
    doc = Doc("reportlab", str(out / name), "DVSerif")
    FMT[name] = dict(money=m_dollar, date=lambda d: dfmt(d, "mdy2"), units=None, arith=set())
    L = 40
    BEN = "ROSALIND A FERRANTE"
    doc.on_footer = lambda d: d.text(L, d.h - 28, f"{BEN}   Medicare Summary Notice for Part B   Page {d.page} of "
                                                  f"{TOTAL.get(name, 1)}", 6.8, gray=0.3)

    def furniture(d):
        d.text(L, 42, "Medicare Summary Notice", 15, True)
        d.text(L, 55, "for Part B (Medical Insurance)", 9)
        d.text(d.w - 40, 42, "Notice for ROSALIND A FERRANTE", 8, True, "R")
        d.text(d.w - 40, 53, "Medicare Number XXX-XX-7Q41", 8, align="R")
        d.hline(L, d.w - 40, 62, 1.2)
        d.y = 70

    doc.on_new_page = furniture
    doc.new_page()
    st = PlanState(ded_left=Decimal("120.00"))
    provs = [
        ("Brightwater Hand & Upper Limb Therapy", "(555) 014-2290", "BWT-40018", "2226011440017",
         [svc(D(2026, 1, 6), "97165", 1, ("GO",)), svc(D(2026, 1, 6), "97760", 1, ("GO",)),
          svc(D(2026, 1, 6), "L3807", 1, ("RT",)), svc(D(2026, 1, 13), "97140", 2, ("GO", "KX")),
          svc(D(2026, 1, 13), "97110", 2, ("GO", "KX")), svc(D(2026, 1, 13), "0552T", 1, ("GO",), denied="PR")]
         + visits(jan(15, 20, 22, 27), [("97140", 1, ("GO", "KX")), ("97110", 2, ("GO", "KX")),
                                        ("97530", 1, ("GO", "KX"))])),
        ("Maple Court Physical Therapy", "(555) 014-7781", "MCP-0091822", "2226012850233",
         [svc(D(2026, 1, 20), "97161", 1, ("GP",)), svc(D(2026, 1, 20), "97110", 2, ("GP",)),
          svc(D(2026, 1, 27), "97110", 2, ("GP", "CQ")), svc(D(2026, 1, 27), "97112", 1, ("GP", "CQ")),
          svc(D(2026, 1, 27), "G0283", 1, ("GP",))]),
        ("Harlan Valley Family Medicine", "(555) 014-6620", "HVFM-552013", "2226013090411",
         [svc(D(2026, 1, 29), "99213", 1, ())]),
    ]
    allsv = []
    for p in provs:
        for s in p[4]:
            medicare(s, st, deny_reason="96")
            s.remarks = ["C"] if s.denied else (["A"] if s.deductible else (["B"] if "KX" in s.mods else []))
            allsv.append(s)
    total_bill = sum((s.owes for s in allsv), ZERO)
    # dashboard
    y = 84
    doc.rect(L, y, 250, 96, stroke=True)
    doc.text(L + 8, y + 14, "Your Deductible Status", 9, True)
    doc.text(L + 8, y + 28, "Your deductible is what you must pay for most", 7.5)
    doc.text(L + 8, y + 38, "health services before Medicare begins to pay.", 7.5)
    doc.text(L + 8, y + 54, "Your Part B deductible: You have now met your", 7.5)
    doc.text(L + 8, y + 64, "deductible for 2026.", 7.5)
    doc.rect(L + 270, y, 262, 96, stroke=True)
    doc.text(L + 278, y + 14, "Your Claims & Costs This Period", 9, True)
    doc.text(L + 278, y + 30, "Did Medicare approve all services?", 7.5)
    doc.text(L + 520, y + 30, "NO", 8, True, "R")
    doc.text(L + 278, y + 44, "Number of services Medicare denied", 7.5)
    doc.text(L + 520, y + 44, "1", 8, True, "R")
    doc.text(L + 278, y + 60, "Total you may be billed", 7.5)
    doc.text(L + 520, y + 60, m_dollar(total_bill), 10, True, "R")
    doc.text(L + 278, y + 80, "See claims on page 2 for details.", 7)
    y += 116
    doc.text(L, y, "Providers with claims this period", 9, True)
    for p in provs:
        y += 13
        doc.text(L + 10, y, f"{p[0]}", 8)
    y += 28
    doc.text(L, y, "Be alert for fraud: compare the services you got with those listed here. Call 1-800-555-0133",
             7.5)
    doc.text(L, y + 10, "if you see a charge you do not recognize.", 7.5)
    cols = place([Col("date", "Date", 36), Col("svc", "Service Provided &\nBilling Code", 148),
                  Col("ok", "Service\nApproved?", 40, "C"), Col("billed", "Amount\nProvider\nCharged", 52, "R"),
                  Col("allowed", "Medicare-\nApproved\nAmount", 52, "R"), Col("paid", "Amount\nMedicare\nPaid", 52, "R"),
                  Col("owes", "Maximum\nYou May\nBe Billed", 54, "R"), Col("notes", "See\nNotes", 32, "C")], L, 6)
    cur = {"p": None}

    def on_break(d):
        d.text(L, d.y + 10, f"{cur['p']} (continued)", 8, True)
        d.y += 14
        header_row(d, cols, 7, fill=0.9)

    doc.on_break = on_break
    doc.new_page()
    doc.text(L, doc.y + 12, "Your Claims for Part B (Medical Insurance)", 11, True)
    doc.y += 20
    lines, claims = [], []
    for pname, phone, acct, icn, svcs in provs:
        cur["p"] = pname
        doc.ensure(90)
        doc.hline(L, doc.w - 40, doc.y + 4, 0.8)
        doc.text(L, doc.y + 16, f"{pname}, {phone}", 9, True)
        doc.text(L, doc.y + 27, f"Service Provider's account no. {acct}    Claim number {icn}    Assigned: Yes",
                 7.5)
        doc.y += 32
        header_row(doc, cols, 7, fill=0.9)
        for s in svcs:
            code = "-".join((s.code,) + s.mods)
            wl = doc.wrap(f"{s.desc} ({code})", cols[1].w, 7.2)
            vals = {"date": dfmt(s.dos, "mdy2"), "svc": wl, "ok": "No" if s.denied else "Yes",
                    "billed": m_dollar(s.billed), "allowed": m_dollar(s.allowed), "paid": m_dollar(s.paid),
                    "owes": m_dollar(s.owes), "notes": ", ".join(s.remarks)}
            doc.ensure(rows_height(vals, 7.2, 9.0) + 4)
            band = data_row(doc, cols, vals, 7.2, 9.0, pad=3)
            line_out(name, lines, s, band, claim_id=acct, payer_claim_id=icn, patient=BEN, units=False,
                     printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks)
        t = {k: sum((getattr(s, k) for s in svcs), ZERO) for k in ("billed", "allowed", "paid", "owes")}
        doc.ensure(14)
        doc.hline(L, doc.w - 40, doc.y + 1, 0.4)
        data_row(doc, cols, {"svc": "Total for this claim", "billed": m_dollar(t["billed"]),
                             "allowed": m_dollar(t["allowed"]), "paid": m_dollar(t["paid"]),
                             "owes": m_dollar(t["owes"])}, 7.2, 9.0, bold=True, pad=3)
        doc.y += 12
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": BEN,
                       "totals": {"billed": str(q(t["billed"])), "allowed": str(q(t["allowed"])),
                                  "paid": str(q(t["paid"])), "patient_owes": str(q(t["owes"]))}})
    doc.on_break = None
    doc.new_page()
    doc.text(L, doc.y + 12, "Notes for Part B", 11, True)
    doc.y += 20
    LEG = [("A", "This amount was applied toward your yearly Part B deductible."),
           ("B", "Your provider stated that therapy above the yearly threshold was medically necessary."),
           ("C", "Medicare does not pay for this service. Because you were told in advance, you may be billed.")]
    for c, t in LEG:
        doc.text(L, doc.y + 10, f"{c}   {t}", 8)
        doc.y += 14
    doc.y += 14
    doc.text(L, doc.y, "How to handle denials or appeals: if you disagree with a decision, file an appeal by", 8)
    doc.text(L, doc.y + 11, "June 1, 2026. Circle the services you disagree with and sign below.", 8)
    pages = doc.save()
    TOTAL[name] = pages
    write_truth(out / name, "m1", "reportlab", pages, "Medicare Summary Notice Part B", lines, claims, LEG)


# ================================================================================================== m2
def m2(out: Path):
    name = "h40_m2_ma_hmo_pos_eob.pdf"
    doc = Doc("fpdf2", str(out / name), "LibSerif")
    FMT[name] = dict(money=m_dollar, date=lambda d: dfmt(d, "mon"), units=units_str, arith=set())
    L = 36
    MEM = "Harold Vence"
    cols = place([Col("date", "Date of\nservice", 58), Col("svc", "Medical services or supplies\nyou received (code)",
                                                         170),
                  Col("qty", "Qty", 20, "R"), Col("billed", "Provider's\ncharge", 52, "R"),
                  Col("allowed", "Plan's\napproved\namount", 52, "R"), Col("paid", "Plan's\nshare", 50, "R"),
                  Col("owes", "Your\nshare", 48, "R"), Col("note", "See\nnote", 26, "C")], L, 4)
    cur = {"c": None}

    def furniture(d):
        d.rect(0, 0, d.w, 30, fill=0.25, stroke=False)
        d.text(L, 20, "Verdance Senior Advantage (HMO-POS)", 12, True, gray=1.0)
        d.text(d.w - 36, 20, "Explanation of Benefits", 10, align="R", gray=1.0)
        d.text(L, 44, f"Member: {MEM}    Member ID: VSA-00918-4471    Reporting period: January 1-31, 2026", 8)
        d.y = 52

    def on_break(d):
        if cur["c"]:
            d.text(L, d.y + 10, f"{cur['c']} - continued", 8.5, True)
            d.y += 14
            header_row(d, cols, 7.2, fill=0.9)

    doc.on_new_page = furniture
    doc.on_break = on_break
    doc.on_footer = lambda d: d.text(d.w - 36, d.h - 24, f"Page {d.page} of {TOTAL.get(name, 1)}", 7.5, align="R")
    doc.new_page()
    doc.rect(L, doc.y + 4, 540, 62, stroke=True)
    doc.text(L + 8, doc.y + 18, "Your total costs", 9.5, True)
    doc.text(L + 8, doc.y + 32, "Amount you paid for covered medical care in January:", 8)
    doc.text(L + 8, doc.y + 44, "Amount you paid in 2026 so far:", 8)
    doc.text(L + 8, doc.y + 56, "Your yearly maximum out-of-pocket limit: $4,200.00", 8)
    yb = doc.y
    doc.y += 76
    doc.text(L, doc.y + 10, "Claims we processed for your medical care (Part B services)", 10, True)
    doc.y += 16
    lines, claims = [], []

    def ma(s, copaid, cp):
        if s.denied:
            s.adjs = []
            return s
        s.allowed = q(Decimal(eobgen.SCHED[s.code]) * s.units)
        s.copay = ZERO
        if s.dos not in copaid:
            copaid.add(s.dos)
            s.copay = min(cp, s.allowed)
        s.paid = s.allowed - s.copay
        s.owes = s.copay
        return s

    srcs = [
        ("Tidewater Outpatient Rehab", "TOR-2026-01155", "VSA260112004471",
         [svc(D(2026, 1, 5), "97163", 1, ("GP",)), svc(D(2026, 1, 5), "97110", 2, ("GP",)),
          svc(D(2026, 1, 7), "97110", 2, ("GP",)), svc(D(2026, 1, 7), "97116", 1, ("GP",)),
          svc(D(2026, 1, 9), "97140", 1, ("GP",)), svc(D(2026, 1, 9), "97110", 2, ("GP", "CQ")),
          svc(D(2026, 1, 12), "97112", 1, ("GP",)), svc(D(2026, 1, 12), "97542", 2, ("GP",), denied="CO"),
          svc(D(2026, 1, 14), "97110", 3, ("GP", "CQ")), svc(D(2026, 1, 14), "97530", 1, ("GP",)),
          svc(D(2026, 1, 16), "97116", 2, ("GP",)), svc(D(2026, 1, 16), "G0283", 1, ("GP",))]),
        ("Tidewater Outpatient Rehab - Hand Clinic", "TOR-2026-01302", "VSA260126009120",
         [svc(D(2026, 1, 21), "97165", 1, ("GO",)), svc(D(2026, 1, 21), "97760", 1, ("GO",)),
          svc(D(2026, 1, 23), "97140", 2, ("GO",)), svc(D(2026, 1, 23), "97535", 1, ("GO",))]),
        ("Tidewater Outpatient Rehab", "TOR-2026-01377", "VSA260130011584",
         visits(jan(2), [("97110", 1, ("GP",))]) +
         visits(jan(19, 21, 23, 26, 28, 30), [("97110", 2, ("GP", "CQ")), ("97116", 1, ("GP",))])
         + visits(jan(31), [("97110", 2, ("GP",)), ("97112", 1, ("GP",)), ("97140", 1, ("GP",)),
                            ("G0283", 1, ("GP",))])),
    ]
    copaid: set = set()
    for prov, acct, clm, svcs in srcs:
        for s in svcs:
            ma(s, copaid, Decimal("20.00"))
            s.remarks = ["2"] if s.denied else (["1"] if s.copay else [])
        cur["c"] = f"Claim number {clm}"
        doc.ensure(70)
        doc.rect(L, doc.y + 2, 540, 26, fill=0.93, stroke=True)
        doc.text(L + 6, doc.y + 13, f"{prov}   (in network)", 8.5, True)
        doc.text(L + 6, doc.y + 24, f"Claim number {clm}    Provider's patient account {acct}    "
                                    f"Received 01/28/2026", 7.5)
        doc.y += 32
        header_row(doc, cols, 7.2, fill=0.9)
        for s in svcs:
            wl = doc.wrap(f"{s.desc} ({s.code} {' '.join(s.mods)})", cols[1].w, 7.4)
            vals = {"date": dfmt(s.dos, "mon"), "svc": wl, "qty": units_str(s.units), "billed": m_dollar(s.billed),
                    "allowed": m_dollar(s.allowed), "paid": m_dollar(s.paid), "owes": m_dollar(s.owes),
                    "note": " ".join(s.remarks)}
            doc.ensure(rows_height(vals, 7.4, 9.2) + 3)
            band = data_row(doc, cols, vals, 7.4, 9.2, pad=3)
            doc.hline(L, L + 540, doc.y + 1, 0.25, 0.6)
            line_out(name, lines, s, band, claim_id=acct, payer_claim_id=clm, patient=MEM,
                     printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks)
        t = {k: sum((getattr(s, k) for s in svcs), ZERO) for k in ("billed", "allowed", "paid", "owes")}
        doc.ensure(14)
        data_row(doc, cols, {"svc": "Claim total", "billed": m_dollar(t["billed"]), "allowed": m_dollar(t["allowed"]),
                             "paid": m_dollar(t["paid"]), "owes": m_dollar(t["owes"])}, 7.4, 9.2, bold=True)
        doc.y += 10
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": MEM,
                       "totals": {"billed": str(q(t["billed"])), "allowed": str(q(t["allowed"])),
                                  "paid": str(q(t["paid"])), "patient_owes": str(q(t["owes"]))}})
    cur["c"] = None
    owed = sum((s.owes for c in srcs for s in c[3]), ZERO)
    # fill the cost box on page 1 (fpdf2 lets us go back to page 1)
    pg = doc.c.page
    doc.c.page = 1
    doc.text(L + 420, yb + 32, m_dollar(owed), 8, True, "R")
    doc.text(L + 420, yb + 44, m_dollar(owed), 8, True, "R")
    doc.c.page = pg
    LEG = [("1", "Your $20.00 copayment for an outpatient therapy visit; charged once per day."),
           ("2", "Prior authorization was not obtained. The provider may not bill you for this service.")]
    doc.ensure(50)
    doc.text(L, doc.y + 10, "Notes about your claims", 9, True)
    doc.y += 14
    for c, t in LEG:
        doc.text(L, doc.y + 10, f"{c}  {t}", 7.8)
        doc.y += 12
    pages = doc.save()
    TOTAL[name] = pages
    write_truth(out / name, "m2", "fpdf2", pages, "Medicare Advantage HMO-POS member EOB", lines, claims, LEG)


# ================================================================================================== d1
def d1(out: Path):
    name = "h40_d1_medicaid_ra_narrow.pdf"
    doc = Doc("reportlab", str(out / name), "LibNarrow")
    FMT[name] = dict(money=m_plain, date=lambda d: dfmt(d, "mdy4"), units=lambda u: f"{u:.2f}",
                     arith={"adjs"})
    L = 30
    cols = place([Col("ln", "LN", 12), Col("from", "FROM DOS", 40), Col("to", "TO DOS", 40),
                  Col("proc", "PROC-MODS", 64), Col("units", "UNITS", 26, "R"), Col("billed", "BILLED AMT", 44, "R"),
                  Col("allowed", "ALLOWED AMT", 46, "R"), Col("copay", "COPAY", 30, "R"),
                  Col("paid", "PAID AMT", 42, "R"), Col("rsn", "ADJ RSN", 34, "C"), Col("adj", "ADJ AMT", 40, "R"),
                  Col("eob", "EOB", 40, "C")], L, 5)

    def furniture(d):
        d.text(L, 38, "STATE OF NORTH PLAINS  -  DEPARTMENT OF HEALTH CARE FINANCE", 9, True)
        d.text(L, 48, "MEDICAL ASSISTANCE PROGRAM  -  REMITTANCE ADVICE", 8.5, True)
        d.text(d.w - 30, 38, "RA NUMBER 0004471902   RA DATE 02/06/2026", 7.5, align="R")
        d.text(d.w - 30, 48, f"PAGE {d.page} OF {TOTAL.get(name, 1)}", 7.5, align="R")
        d.rect(L, 54, d.w - 60, 24, stroke=True)
        d.text(L + 6, 64, "PAYEE: CEDAR HOLLOW CHILDREN'S THERAPY LLC    PAYEE ID 200841557    NPI 1588204471", 7.2)
        d.text(L + 6, 74, "PAYMENT METHOD EFT    EFT TRACE 926030600118", 7.2)
        d.y = 84
        header_row(d, cols, 6.8, fill=0.85)

    doc.on_new_page = furniture
    doc.new_page()
    lines, claims = [], []
    recips = [
        ("ALVAREZ, JOSUE", "NP44810027", "CH-20881", "2026030114400001", "PAID",
         [svc(D(2026, 1, 5), "97530", 3, ("GO", "59")), svc(D(2026, 1, 5), "97112", 1, ("GO",)),
          svc(D(2026, 1, 8), "97530", 3, ("GO",)), svc(D(2026, 1, 8), "97533", 2, ("GO",)),
          svc(D(2026, 1, 12), "97530", 2, ("GO",)), svc(D(2026, 1, 12), "97110", 2, ("GO",))], True),
        ("TRAN, MINH CHAU", "NP47730051", "CH-20915", "2026030114400006", "PAID",
         visits(jan(6, 9, 13, 16, 20, 23, 27, 30), [("97530", 2, ("GO",)), ("97533", 1, ("GO", "59"))]), False),
        ("FONTAINE, REMY", "NP52208817", "CH-20930", "2026030114400007", "PAID",
         visits(jan(5, 7, 12, 14, 19, 21, 26, 28), [("92507", 1, ("GN",)), ("97530", 1, ("GO", "59"))]), True),
        ("BELLWEATHER, NOVA", "NP51022844", "CH-20902", "2026030114400002", "PAID",
         [svc(D(2026, 1, 6), "92523", 1, ("GN",)), svc(D(2026, 1, 13), "92507", 1, ("GN",)),
          svc(D(2026, 1, 20), "92507", 1, ("GN",)), svc(D(2026, 1, 20), "92610", 1, ("GN",))], False),
        ("ALVAREZ, MATEO", "NP44810035", "CH-20883", "2026030114400003", "DENIED",
         [svc(D(2026, 1, 9), "97167", 1, ("GO",), denied="CO"), svc(D(2026, 1, 9), "97530", 2, ("GO",), denied="CO")],
         False),
        ("OSEI, KWAME", "NP60113390", "CH-20711", "2026030114400004", "VOID",
         [svc(D(2025, 12, 15), "97530", 2, ("GO",)), svc(D(2025, 12, 15), "97535", 1, ("GO",))], False),
        ("OSEI, KWAME", "NP60113390", "CH-20711", "2026030114400005", "PAID - REPLACEMENT",
         [svc(D(2025, 12, 15), "97530", 2, ("GO",)), svc(D(2025, 12, 15), "97535", 2, ("GO",)),
          svc(D(2025, 12, 17), "97530", 3, ("GO",)), svc(D(2025, 12, 17), "97140", 1, ("GO", "59"))], False),
    ]
    for rname, rid, pcn, icn, status, svcs, copay in recips:
        for s in svcs:
            medicaid(s, deny_reason="197")
        if status == "VOID":
            svcs[:] = [negate(s) for s in svcs]
        if copay:
            seen = set()
            for s in svcs:
                if s.dos not in seen:
                    seen.add(s.dos)
                    s.copay = Decimal("2.00")
                    s.paid -= s.copay
                    s.adjs.append(("PR", "3", s.copay))
        for s in svcs:
            s.remarks = ["0912"] if s.denied else (["0188"] if status == "VOID" else
                                                   (["0427"] if s.copay else ["0001"]))
        doc.ensure(60)
        doc.y += 4
        doc.text(L, doc.y + 9, f"RECIPIENT: {rname}   MEDICAID ID: {rid}   ICN: {icn}   PCN: {pcn}   "
                               f"CLAIM STATUS: {status}", 7.2, True)
        doc.hline(L, doc.w - 30, doc.y + 12, 0.4)
        doc.y += 14
        for i, s in enumerate(svcs, 1):
            adjs = s.adjs or []
            vals = {"ln": str(i), "from": dfmt(s.dos, "mdy4"), "to": dfmt(s.dos, "mdy4"),
                    "proc": "-".join((s.code,) + s.mods), "units": f"{s.units:.2f}", "billed": m_plain(s.billed),
                    "allowed": m_plain(s.allowed), "copay": m_plain(s.copay), "paid": m_plain(s.paid),
                    "rsn": [f"{g}-{c}" for g, c, a in adjs] or [""], "adj": [m_plain(a) for g, c, a in adjs] or [""],
                    "eob": " ".join(s.remarks)}
            doc.ensure(rows_height(vals, 6.8, 8.0))
            band = data_row(doc, cols, vals, 6.8, 8.0)
            line_out(name, lines, s, band, claim_id=pcn, payer_claim_id=icn, patient=rname, service_end=s.dos,
                     units=True, printed=("billed", "allowed", "copay", "paid"),
                     adjustments=[(g, c, a) for g, c, a in adjs], remarks=s.remarks,
                     overrides={"units": units_str(s.units)})
        t = {k: sum((getattr(s, k) for s in svcs), ZERO) for k in ("billed", "allowed", "paid")}
        doc.ensure(12)
        data_row(doc, cols, {"proc": "CLAIM TOTAL", "billed": m_plain(t["billed"]), "allowed": m_plain(t["allowed"]),
                             "paid": m_plain(t["paid"])}, 6.8, 8.0, bold=True)
        claims.append({"claim_id": pcn, "payer_claim_id": icn, "patient": rname,
                       "totals": {"billed": str(q(t["billed"])), "allowed": str(q(t["allowed"])),
                                  "paid": str(q(t["paid"])), "patient_owes": None}})
    LEG = [("0001", "Paid according to the program fee schedule."),
           ("0188", "Claim voided at the provider's request; the earlier payment is recovered."),
           ("0427", "Recipient copayment deducted from the payment for this date."),
           ("0912", "No approved prior authorization on file for these dates of service.")]
    doc.ensure(80)
    doc.y += 10
    doc.text(L, doc.y + 9, "EOB CODE DESCRIPTIONS", 8, True)
    doc.y += 12
    for c, t in LEG:
        doc.text(L, doc.y + 9, f"{c}  {t}", 7.2)
        doc.y += 10
    pages = doc.save()
    TOTAL[name] = pages
    write_truth(out / name, "d1", "reportlab", pages, "state Medicaid remittance advice, narrow sans", lines, claims,
                LEG)


# ================================================================================================== d2
def d2(out: Path):
    name = "h40_d2_medicaid_ra_mmis_mono.pdf"
    doc = Doc("fpdf2", str(out / name), "LibMono")
    FMT[name] = dict(money=m_bare, date=lambda d: dfmt(d, "mdy6"), units=lambda u: f"{u:.2f}", arith=set())
    L = 24
    cw = 6.4 * 0.6  # Liberation Mono advance per character

    def C(key, label, n, align="L"):
        return Col(key, label, n * cw, align)

    cols = place([C("ln", "LN", 2), C("date", "SVC DATE", 8), C("proc", "PROC", 5), C("mods", "MODS", 8),
                  C("qty", "QTY", 6, "R"), C("billed", "SUBMITTED", 10, "R"), C("allowed", "ALLOWED", 9, "R"),
                  C("paid", "PAID", 9, "R"), C("adj", "ADJ", 12), C("eob", "EOB", 12)], L, 2 * cw)

    def furniture(d):
        d.text(L, 34, "PRAIRIE STATE MEDICAL ASSISTANCE - MMIS", 8.5, True)
        d.text(L, 44, "REMITTANCE ADVICE -- PROFESSIONAL", 8.5, True)
        d.text(d.w - 24, 34, "RUN DATE 02/13/26  CYCLE 2607", 6.4, align="R")
        d.text(d.w - 24, 44, f"PAGE {d.page:04d}", 6.4, align="R")
        d.text(L, 56, "PROVIDER: WILLOWBEND SPEECH & OT GROUP     PROV NO 7700218453  TAXONOMY 225X00000X", 6.4)
        d.hline(L, d.w - 24, 60, 0.5)
        d.y = 62
        header_row(d, cols, 6.4, bold=True)
        d.hline(L, d.w - 24, d.y, 0.5)

    doc.on_new_page = furniture
    doc.new_page()
    lines, claims = [], []
    recips = [
        ("QUINTERO, LUZ", "PS0044812", "WB-55120", "2606012030441", "PAID",
         [svc(D(2026, 1, 5), "92507", 1, ("GN",)), svc(D(2026, 1, 7), "92507", 1, ("GN",)),
          svc(D(2026, 1, 12), "92507", 1, ("GN",)), svc(D(2026, 1, 14), "92507", 1, ("GN",)),
          svc(D(2026, 1, 14), "97530", 2, ("GO", "59")), svc(D(2026, 1, 19), "92507", 1, ("GN",)),
          svc(D(2026, 1, 21), "92507", 1, ("GN",)), svc(D(2026, 1, 21), "97530", 2, ("GO",)),
          svc(D(2026, 1, 26), "92507", 1, ("GN",)), svc(D(2026, 1, 28), "92507", 1, ("GN",)),
          svc(D(2026, 1, 28), "97535", 1, ("GO",))]),
        ("QUINTERO, ANDRES", "PS0044820", "WB-55121", "2606012030442", "PAID",
         [svc(D(2026, 1, 6), "97166", 1, ("GO",)), svc(D(2026, 1, 13), "97530", 2, ("GO",)),
          svc(D(2026, 1, 13), "97112", 1, ("GO",)), svc(D(2026, 1, 20), "97530", 3, ("GO",)),
          svc(D(2026, 1, 27), "97530", 3, ("GO",)), svc(D(2026, 1, 27), "97110", 1, ("GO", "59"))]
         + visits(jan(2, 9, 16, 23, 30), [("97530", 2, ("GO",)), ("97112", 1, ("GO",)), ("97535", 1, ("GO",))])),
        ("MBEKI, THANDO", "PS0051177", "WB-55140", "2606012030443", "DENIED",
         [svc(D(2026, 1, 8), "92523", 1, ("GN",), denied="CO"), svc(D(2026, 1, 8), "92507", 1, ("GN",), denied="CO")]),
        ("HALVORSEN, PIPER", "PS0062209", "WB-55102", "2606012030444", "PAID",
         [svc(D(2026, 1, 9), "97165", 1, ("GO",)), svc(D(2026, 1, 16), "97530", 2, ("GO",)),
          svc(D(2026, 1, 16), "97533", 2, ("GO",)), svc(D(2026, 1, 23), "97530", 2, ("GO",)),
          svc(D(2026, 1, 23), "97140", 1, ("GO",)), svc(D(2026, 1, 30), "97530", 2, ("GO",)),
          svc(D(2026, 1, 30), "97168", 1, ("GO",))]
         + visits(jan(5, 7, 12, 14, 19, 21, 26, 28), [("97530", 2, ("GO",)), ("97533", 1, ("GO", "59"))])
         + visits(jan(2, 9, 16, 23, 29, 30), [("97535", 1, ("GO",)), ("97110", 1, ("GO",)), ("97112", 1, ("GO",))])),
    ]
    for rname, rid, pno, tcn, status, svcs in recips:
        for s in svcs:
            medicaid(s, deny_reason="16")
            s.remarks = ["271", "119"] if s.denied else (["003"] if s.discount else ["001"])
        doc.ensure(40)
        doc.y += 5
        doc.text(L, doc.y + 7, f"TCN {tcn}  RECIP NAME {rname}  RECIP ID {rid}  PATIENT NO. {pno}", 6.4, True)
        doc.text(L, doc.y + 15, f"CLAIM STATUS: {status}", 6.4)
        doc.y += 17
        for i, s in enumerate(svcs, 1):
            adjs = [(g, c, None) for g, c, a in s.adjs]
            vals = {"ln": f"{i:02d}", "date": dfmt(s.dos, "mdy6"), "proc": s.code, "mods": " ".join(s.mods),
                    "qty": f"{s.units:.2f}", "billed": m_bare(s.billed), "allowed": m_bare(s.allowed),
                    "paid": m_bare(s.paid), "adj": " ".join(f"{g}{c}" for g, c, a in adjs),
                    "eob": " ".join(s.remarks)}
            if doc.ensure(10):
                doc.text(L, doc.y + 7, f"TCN {tcn}  {rname}  (CONTINUED)", 6.4, True)
                doc.y += 9
            band = data_row(doc, cols, vals, 6.4, 7.6, pad=1)
            line_out(name, lines, s, band, claim_id=pno, payer_claim_id=tcn, patient=rname,
                     printed=("billed", "allowed", "paid"), adjustments=adjs, remarks=s.remarks)
        t = {k: sum((getattr(s, k) for s in svcs), ZERO) for k in ("billed", "allowed", "paid")}
        doc.ensure(10)
        data_row(doc, cols, {"proc": "*** CLAIM TOTALS", "billed": m_bare(t["billed"]), "allowed": m_bare(t["allowed"]),
                             "paid": m_bare(t["paid"])}, 6.4, 7.6, pad=1)
        claims.append({"claim_id": pno, "payer_claim_id": tcn, "patient": rname,
                       "totals": {"billed": str(q(t["billed"])), "allowed": str(q(t["allowed"])),
                                  "paid": str(q(t["paid"])), "patient_owes": None}})
    LEG = [("001", "SERVICE PAID IN FULL AT BILLED AMOUNT."), ("003", "PAYMENT REDUCED TO THE MAXIMUM FEE."),
           ("119", "DIAGNOSIS DOES NOT SUPPORT THE SERVICE BILLED."),
           ("271", "RECIPIENT NOT ELIGIBLE ON THE DATE OF SERVICE.")]
    doc.new_page()
    doc.text(L, doc.y + 10, "EOB CODE MESSAGES", 7.5, True)
    doc.y += 14
    for c, t in LEG:
        doc.text(L, doc.y + 8, f"{c}  {t}", 6.4)
        doc.y += 9
    doc.y += 10
    doc.text(L, doc.y, "TOTAL CLAIMS PAID  " + m_bare(sum((Decimal(c["totals"]["paid"]) for c in claims), ZERO)), 6.4)
    pages = doc.save()
    TOTAL[name] = pages
    write_truth(out / name, "d2", "fpdf2", pages, "state Medicaid MMIS remittance advice, mono", lines, claims, LEG)


# ================================================================================================== p1
def p1(out: Path):
    name = "h40_p1_spr_clearinghouse.pdf"
    doc = Doc("fpdf2", str(out / name), "DVMono")
    FMT[name] = dict(money=m_bare, date=lambda d: dfmt(d, "mdy6"), units=units_str, arith={"adjs"})
    L = 22
    cw = 6.2 * 0.602

    def C(key, label, n, align="L"):
        return Col(key, label, n * cw, align)

    cols = place([C("prov", "PERF PROV", 10), C("date", "SERV DATE", 11), C("pos", "POS", 3), C("nos", "NOS", 3, "R"),
                  C("proc", "PROC", 5), C("mods", "MODS", 8), C("billed", "BILLED", 9, "R"),
                  C("allowed", "ALLOWED", 9, "R"), C("ded", "DEDUCT", 8, "R"), C("coins", "COINS", 8, "R"),
                  C("grp", "GRP/RC-AMT", 8), C("gamt", "", 8, "R"), C("paid", "PROV PD", 9, "R")], L, cw)

    def furniture(d):
        d.text(L, 30, "CLAIMBRIDGE EXCHANGE - REMITTANCE PRINT (MEDICARE STANDARD FORMAT)", 7, True)
        d.text(L, 40, "MEDICARE PART B - JURISDICTION 7 CONTRACTOR     PAYEE: RIVERSTONE OUTPATIENT THERAPY", 6.2)
        d.text(L, 48, "NPI 1442087716   CHECK/EFT # 880014472209   DATE 02/03/26", 6.2)
        d.text(d.w - 22, 30, f"PAGE #: {d.page} OF {TOTAL.get(name, 1)}", 6.2, align="R")
        d.hline(L, d.w - 22, 52, 0.4)
        d.y = 54
        header_row(d, cols, 6.2)
        d.hline(L, d.w - 22, d.y, 0.4)

    doc.on_new_page = furniture
    doc.new_page()
    lines, claims = [], []
    pats = [
        ("FERRANTE, ROSALIND", "1EG4TE5MK73", "RST-40018", "2226011440017", Decimal("120.00"),
         [svc(D(2026, 1, 6), "97165", 1, ("GO",)), svc(D(2026, 1, 6), "97530", 2, ("GO",)),
          svc(D(2026, 1, 8), "97530", 2, ("GO", "KX")), svc(D(2026, 1, 8), "97140", 1, ("GO", "KX")),
          svc(D(2026, 1, 13), "97530", 3, ("GO", "KX")), svc(D(2026, 1, 13), "97535", 1, ("GO", "KX")),
          svc(D(2026, 1, 15), "97110", 2, ("GO", "KX")), svc(D(2026, 1, 15), "97112", 1, ("GO", "KX"))]
         + visits(jan(20, 22, 27, 29), [("97530", 2, ("GO", "KX")), ("97140", 1, ("GO", "KX"))])),
        ("PACKARD, WENDELL", "3TA7NX2PR18", "RST-40102", "2226011440018", ZERO,
         [svc(D(2026, 1, 7), "97161", 1, ("GP",)), svc(D(2026, 1, 7), "97110", 2, ("GP",)),
          svc(D(2026, 1, 9), "97110", 2, ("GP", "CQ")), svc(D(2026, 1, 9), "97116", 1, ("GP", "CQ")),
          svc(D(2026, 1, 9), "0552T", 1, ("GP",), denied="CO"), svc(D(2026, 1, 14), "97110", 3, ("GP",))]),
        ("IBARRA, CONSUELO", "5HK2QW8LD40", "RST-40131", "2226011440019", Decimal("57.00"),
         [svc(D(2026, 1, 20), "92523", 1, ("GN",)), svc(D(2026, 1, 22), "92507", 1, ("GN",)),
          svc(D(2026, 1, 27), "92507", 1, ("GN",)), svc(D(2026, 1, 29), "92526", 1, ("GN",))]),
        ("NAKASHIMA, TOSHIRO", "7PW3RM1XC55", "RST-40166", "2226011440020", ZERO,
         [svc(D(2026, 1, 21), "97166", 1, ("GO",)), svc(D(2026, 1, 21), "97760", 1, ("GO",)),
          svc(D(2026, 1, 21), "L3807", 1, ("RT",)), svc(D(2026, 1, 28), "97140", 2, ("GO",)),
          svc(D(2026, 1, 28), "97110", 2, ("GO",))]),
    ]
    for pname, mid, acnt, icn, ded, svcs in pats:
        st = PlanState(ded_left=ded)
        for s in svcs:
            medicare(s, st, deny_reason="50")
            s.remarks = ["N180"] if s.denied else (["M86"] if "59" in s.mods else [])
        doc.ensure(40)
        doc.y += 4
        doc.text(L, doc.y + 7, f"NAME {pname}   MID {mid}   ACNT {acnt}   ICN {icn}   ASG Y   MOA MA01", 6.2)
        doc.y += 9
        for s in svcs:
            adjs = list(s.adjs)
            vals = {"prov": "1588030021", "date": f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}", "pos": "11",
                    "nos": units_str(s.units), "proc": s.code, "mods": " ".join(s.mods), "billed": m_bare(s.billed),
                    "allowed": m_bare(s.allowed), "ded": m_bare(s.deductible), "coins": m_bare(s.coinsurance),
                    "grp": [f"{g}-{c}" for g, c, a in adjs], "gamt": [m_bare(a) for g, c, a in adjs],
                    "paid": m_bare(s.paid)}
            if doc.ensure(rows_height(vals, 6.2, 7.2, 1)):
                doc.text(L, doc.y + 7, f"NAME {pname}   ACNT {acnt}   ICN {icn}   (CONT)", 6.2)
                doc.y += 9
            band = data_row(doc, cols, vals, 6.2, 7.2, pad=1)
            line_out(name, lines, s, band, claim_id=acnt, payer_claim_id=icn, patient=pname,
                     printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=adjs,
                     remarks=[])
            if s.remarks:
                doc.text(L + 40 * cw, doc.y + 6, "REM: " + " ".join(s.remarks), 6.2)
                BANDS[name][-1] = (band[0], band[1], doc.y + 8)
                lines[-1]["remarks"] = list(s.remarks)
                doc.y += 8
        t = {k: sum((getattr(s, k) for s in svcs), ZERO) for k in ("billed", "allowed", "deductible", "coinsurance",
                                                                    "paid", "owes")}
        doc.ensure(18)
        doc.text(L, doc.y + 7, f"PT RESP {m_bare(t['owes'])}", 6.2)
        data_row(doc, cols, {"prov": "CLAIM TOTALS", "billed": m_bare(t["billed"]), "allowed": m_bare(t["allowed"]),
                             "ded": m_bare(t["deductible"]), "coins": m_bare(t["coinsurance"]),
                             "paid": m_bare(t["paid"])}, 6.2, 7.2, pad=9)
        doc.text(L + 60 * cw, doc.y + 6, f"NET {m_bare(t['paid'])}", 6.2)
        doc.y += 10
        doc.hline(L, doc.w - 22, doc.y, 0.3, 0.5)
        claims.append({"claim_id": acnt, "payer_claim_id": icn, "patient": pname,
                       "totals": {"billed": str(q(t["billed"])), "allowed": str(q(t["allowed"])),
                                  "paid": str(q(t["paid"])), "patient_owes": str(q(t["owes"]))}})
    LEG = [("M86", "Paid as part of a related service on the same day."),
           ("N180", "The service is not covered for this diagnosis under program rules.")]
    doc.ensure(60)
    doc.y += 6
    doc.text(L, doc.y + 7, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES", 6.2, True)
    doc.y += 9
    for c, t in LEG + [("CO", "Contractual obligation"), ("PR", "Patient responsibility")]:
        doc.text(L, doc.y + 7, f"{c:<6}{t}", 6.2)
        doc.y += 8
    pages = doc.save()
    TOTAL[name] = pages
    write_truth(out / name, "p1", "fpdf2", pages, "Medicare standard paper remit, clearinghouse print", lines,
                claims, LEG)


# ================================================================================================== p2
def p2(out: Path):
    name = "h40_p2_pm_medicare_posting.pdf"
    doc = Doc("reportlab", str(out / name), "Helvetica")
    FMT[name] = dict(money=m_plain, date=lambda d: dfmt(d, "mdy4"), units=lambda u: f"{u:.2f}", arith={"adjs"})
    L = 30
    cols = place([Col("dos", "DOS", 40), Col("cpt", "CPT", 26), Col("mods", "Mods", 36), Col("units", "Units", 24, "R"),
                  Col("billed", "Charge", 40, "R"), Col("allowed", "Allowed", 40, "R"), Col("ded", "Deduct", 34, "R"),
                  Col("coins", "Coins", 34, "R"), Col("paid", "Paid", 40, "R"), Col("adj", "Adj", 68),
                  Col("rem", "Remark", 40)], L, 6)

    def furniture(d):
        d.text(L, 40, "TherapyLedger PM", 12, True)
        d.text(L, 51, "Medicare Remittance Posting Detail", 9)
        d.text(d.w - 30, 40, "Riverside Hand & Rehab, PLLC", 8, True, "R")
        d.text(d.w - 30, 50, "Printed 02/05/2026 07:42  by user kmorrow", 7, align="R")
        d.hline(L, d.w - 30, 56, 0.8)
        d.y = 60
        header_row(d, cols, 7, fill=0.88)

    doc.on_new_page = furniture
    doc.on_footer = lambda d: d.text(d.w - 30, d.h - 26, f"Page {d.page}", 7, align="R")
    doc.new_page()
    doc.rect(L, doc.y + 4, 260, 34, stroke=True)
    doc.text(L + 6, doc.y + 15, "Payer: Medicare Part B (Region 4)     EFT # 0093318804", 7)
    doc.text(L + 6, doc.y + 25, "Deposit date 02/04/2026     Batch 26-0204-M", 7)
    doc.y += 44
    lines, claims = [], []
    pats = [
        ("Whitcombe, Eleanor", "40211", "2226010330051", "1 - Processed as primary", Decimal("80.00"),
         [svc(D(2026, 1, 5), "97165", 1, ("GO",)), svc(D(2026, 1, 5), "97760", 1, ("GO",)),
          svc(D(2026, 1, 12), "97140", 2, ("GO",)), svc(D(2026, 1, 12), "97530", 1, ("GO", "59"))], None),
        ("Ostrowski, Bernard", "40187", "2226010330052", "22 - Reversal of previous payment", ZERO,
         [svc(D(2025, 12, 18), "97110", 2, ("GP",)), svc(D(2025, 12, 18), "97112", 1, ("GP",))], "rev"),
        ("Ostrowski, Bernard", "40187", "2226010330053", "1 - Processed as primary", ZERO,
         [svc(D(2025, 12, 18), "97110", 2, ("GP",)), svc(D(2025, 12, 18), "97112", 1, ("GP", "59"))], None),
        ("Fairbanks, Lionel", "40301", "2226010330055", "1 - Processed as primary", Decimal("120.00"),
         [svc(D(2026, 1, 7), "97163", 1, ("GP",))]
         + visits(jan(9, 12, 14, 16, 19, 21, 23), [("97110", 2, ("GP",)), ("97140", 1, ("GP", "59")),
                                                  ("97112", 1, ("GP",))]), None),
        ("Delgado-Pryce, Marisol", "40266", "2226010330054", "1 - Processed as primary", ZERO,
         [svc(D(2026, 1, 14), "97166", 1, ("GO",)), svc(D(2026, 1, 14), "97535", 1, ("GO",)),
          svc(D(2026, 1, 21), "97530", 2, ("GO", "KX")), svc(D(2026, 1, 21), "97535", 1, ("GO", "KX")),
          svc(D(2026, 1, 21), "G0283", 1, ("GO",), denied="CO")], None),
    ]
    net = ZERO
    for pname, acct, icn, status, ded, svcs, kind in pats:
        st = PlanState(ded_left=ded)
        for s in svcs:
            medicare(s, st, deny_reason="97")
            s.remarks = ["M15"] if s.denied else []
        if kind == "rev":
            svcs[:] = [negate(s) for s in svcs]
            for s in svcs:
                s.remarks = ["MA67"]
        doc.ensure(50)
        doc.rect(L - 2, doc.y + 2, doc.w - 2 * L + 4, 13, fill=0.85, stroke=False)
        doc.text(L, doc.y + 11, f"Patient: {pname}    Acct: {acct}    ICN: {icn}    Status: {status}", 7.4, True)
        doc.y += 16
        for s in svcs:
            adjs = list(s.adjs)
            vals = {"dos": dfmt(s.dos, "mdy4"), "cpt": s.code, "mods": ",".join(s.mods), "units": f"{s.units:.2f}",
                    "billed": m_plain(s.billed), "allowed": m_plain(s.allowed), "ded": m_plain(s.deductible),
                    "coins": m_plain(s.coinsurance), "paid": m_plain(s.paid),
                    "adj": [f"{g}{c} {m_plain(a)}" for g, c, a in adjs], "rem": " ".join(s.remarks)}
            doc.ensure(rows_height(vals, 7, 8.6))
            band = data_row(doc, cols, vals, 7, 8.6)
            doc.hline(L, doc.w - L, doc.y, 0.25, 0.7)
            line_out(name, lines, s, band, claim_id=acct, payer_claim_id=icn, patient=pname,
                     units=True, overrides={"units": units_str(s.units)},
                     printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=adjs,
                     remarks=s.remarks)
        t = {k: sum((getattr(s, k) for s in svcs), ZERO) for k in ("billed", "allowed", "deductible", "coinsurance",
                                                                    "paid", "owes")}
        net += t["paid"]
        doc.ensure(12)
        data_row(doc, cols, {"dos": "Claim total", "billed": m_plain(t["billed"]), "allowed": m_plain(t["allowed"]),
                             "ded": m_plain(t["deductible"]), "coins": m_plain(t["coinsurance"]),
                             "paid": m_plain(t["paid"]), "adj": f"Pt resp {m_plain(t['owes'])}"}, 7, 8.6, bold=True)
        doc.y += 6
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": pname,
                       "totals": {"billed": str(q(t["billed"])), "allowed": str(q(t["allowed"])),
                                  "paid": str(q(t["paid"])), "patient_owes": str(q(t["owes"]))}})
    doc.ensure(14)
    doc.text(L, doc.y + 10, f"Batch total posted to accounts: {m_plain(net)}", 7.5, True)
    doc.y += 14
    LEG = [("M15", "Billed separately but included in the payment for another service that day."),
           ("MA67", "Correction to an earlier claim; the first payment is taken back.")]
    doc.ensure(40)
    doc.y += 8
    doc.text(L, doc.y + 8, "Remark codes on this report", 7.5, True)
    doc.y += 10
    for c, t in LEG:
        doc.text(L, doc.y + 8, f"{c}  {t}", 7)
        doc.y += 9
    pages = doc.save()
    TOTAL[name] = pages
    write_truth(out / name, "p2", "reportlab", pages, "practice-management Medicare posting detail", lines, claims,
                LEG)


# ================================================================================================== s1
def s1(out: Path):
    name = "h40_s1_clinic_family_statement.pdf"
    doc = Doc("reportlab", str(out / name), "DVSerifCond")
    FMT[name] = dict(money=m_dollar, date=lambda d: dfmt(d, "mdy4"), units=units_str, arith={"stmt"})
    L = 36
    cols = place([Col("date", "Date", 48), Col("svc", "Service", 160), Col("code", "Code", 52),
                  Col("units", "Units", 26, "R"), Col("billed", "Charges", 50, "R"),
                  Col("paid", "Insurance\nPaid", 50, "R"), Col("disc", "Ins.\nAdjustment", 54, "R"),
                  Col("owes", "Your\nBalance", 50, "R")], L, 4)
    cur = {"child": None}

    def furniture(d):
        d.text(L, 44, "Harbor Kids Therapy Collective", 14, True)
        d.text(L, 56, "Occupational, Speech & Feeding Therapy  -  48 Wharf Street, Port Alden, ME 04110", 7.5)
        d.text(L, 66, "Billing questions: (555) 017-3300   billing@harborkids.example", 7.5)
        d.rect(d.w - 206, 34, 170, 40, stroke=True)
        d.text(d.w - 200, 45, "Statement date 02/10/2026", 7.5)
        d.text(d.w - 200, 55, "Account no. HK-G-10592", 7.5)
        d.text(d.w - 200, 67, f"Amount due  {m_dollar(DUE[0])}", 8.5, True)
        d.hline(L, d.w - 36, 78, 0.8)
        d.y = 82

    DUE = [ZERO]

    def on_break(d):
        if cur["child"]:
            d.rect(L - 2, d.y + 2, d.w - 2 * L + 4, 13, fill=0.82, stroke=False)
            d.text(L, d.y + 11, f"{cur['child']} (continued)", 8, True)
            d.y += 16
            header_row(d, cols, 7, lead=8.2)

    doc.on_new_page = furniture
    doc.on_break = on_break
    doc.on_footer = lambda d: d.text(d.w / 2, d.h - 26, f"Guarantor: Priya Natarajan-Hale   page {d.page}", 7,
                                     align="C", gray=0.3)
    kids = [
        ("Anika Natarajan-Hale", "Brightpath Health Plan", Decimal("0.80"),
         [("HKT-23118", "BP2601070093", [svc(D(2026, 1, 7), "97166", 1, ("GO",)), svc(D(2026, 1, 7), "97530", 2, ("GO",))]),
          ("HKT-23167", "BP2601140215", [svc(D(2026, 1, 14), "97530", 3, ("GO",)),
                                         svc(D(2026, 1, 14), "97533", 1, ("GO", "59"))]),
          ("HKT-23204", "BP2601210388", [svc(D(2026, 1, 21), "97530", 2, ("GO",)), svc(D(2026, 1, 21), "97535", 1, ("GO",))]),
          ("HKT-23251", "BP2601280447", [svc(D(2026, 1, 28), "97530", 3, ("GO",))]),
          ("HKT-23270", "BP2601300512", visits(jan(30), [("97530", 2, ("GO",)), ("97112", 1, ("GO",)),
                                                          ("97535", 1, ("GO", "59"))]))]),
        ("Rohan Natarajan-Hale", "Brightpath Health Plan", Decimal("0.80"),
         [("HKT-23120", "BP2601080117", [svc(D(2026, 1, 8), "92523", 1, ("GN",))]),
          ("HKT-23171", "BP2601150236", [svc(D(2026, 1, 15), "92507", 1, ("GN",)),
                                         svc(D(2026, 1, 15), "92526", 1, ("GN",), denied="PR")]),
          ("HKT-23219", "BP2601220401", [svc(D(2026, 1, 22), "92507", 1, ("GN",))]),
          ("HKT-23258", "BP2601290466", visits(jan(29), [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]))]),
        ("Leela Natarajan-Hale", "Brightpath Health Plan", Decimal("0.80"),
         [("HKT-23185", "BP2601160262", [svc(D(2026, 1, 16), "97165", 1, ("GO",)), svc(D(2026, 1, 16), "97112", 1, ("GO",))]),
          ("HKT-23240", "BP2601230419", [svc(D(2026, 1, 23), "97530", 2, ("GO",)), svc(D(2026, 1, 23), "97110", 1, ("GO",))]),
          ("HKT-23199", "BP2601190301", visits(jan(19), [("97530", 2, ("GO",)), ("97140", 1, ("GO",)),
                                                          ("97535", 1, ("GO",))])),
          ("HKT-23233", "BP2601260427", visits(jan(26), [("97530", 3, ("GO",)), ("97112", 1, ("GO", "59"))])),
          ("HKT-23266", "BP2601300503", [svc(D(2026, 1, 30), "97530", 2, ("GO", "CO")),
                                         svc(D(2026, 1, 30), "97535", 1, ("GO",))])]),
    ]
    st = PlanState(ded_left=Decimal("150.00"), visit_copay=Decimal("30.00"))
    for kid, ins, rate, vis in kids:
        for inv, clm, svcs in vis:
            for s in svcs:
                commercial(s, st)
    DUE[0] = sum((s.owes for k in kids for v in k[3] for s in v[2]), ZERO)
    doc.new_page()
    doc.text(L, doc.y + 12, "Dear Priya, your insurance has processed the visits below. The balance shown is what", 8)
    doc.text(L, doc.y + 22, "remains after Brightpath's payment and the contracted adjustment.", 8)
    doc.y += 30
    lines, claims = [], []
    for kid, ins, rate, vis in kids:
        cur["child"] = kid
        doc.ensure(70)
        doc.rect(L - 2, doc.y + 2, doc.w - 2 * L + 4, 14, fill=0.82, stroke=False)
        doc.text(L, doc.y + 12, f"Patient: {kid}", 9, True)
        doc.y += 18
        header_row(doc, cols, 7, lead=8.2)
        for inv, clm, svcs in vis:
            doc.ensure(40)
            doc.text(L, doc.y + 9, f"Invoice {inv}   billed to {ins}, claim {clm}", 7.2, gray=0.25)
            doc.y += 11
            for s in svcs:
                vals = {"date": dfmt(s.dos, "mdy4"), "svc": doc.wrap(s.desc, cols[1].w, 7.5),
                        "code": " ".join((s.code,) + s.mods), "units": units_str(s.units),
                        "billed": m_dollar(s.billed), "paid": m_dollar(s.paid), "disc": m_dollar(s.discount),
                        "owes": m_dollar(s.owes)}
                doc.ensure(rows_height(vals, 7.5, 9))
                band = data_row(doc, cols, vals, 7.5, 9)
                line_out(name, lines, s, band, claim_id=inv, payer_claim_id=clm, patient=kid,
                         printed=("billed", "paid", "discount", "patient_owes"))
            claims.append({"claim_id": inv, "payer_claim_id": clm, "patient": kid,
                           "totals": {"billed": None, "allowed": None, "paid": None, "patient_owes": None}})
            doc.hline(L, doc.w - L, doc.y + 1, 0.3, 0.6)
            doc.y += 3
        if kid.startswith("Rohan"):
            doc.ensure(12)
            data_row(doc, cols, {"date": "01/31/2026", "svc": "Payment received - thank you (card)",
                                 "owes": "-$20.00"}, 7.5, 9)
        doc.y += 6
    cur["child"] = None
    doc.ensure(60)
    doc.y += 6
    aging = place([Col("a", "Current", 80, "R"), Col("b", "31-60 days", 80, "R"), Col("c", "61-90 days", 80, "R"),
                   Col("d", "Over 90", 80, "R"), Col("e", "Amount due", 90, "R")], L, 6)
    header_row(doc, aging, 7.5, box=True)
    data_row(doc, aging, {"a": m_dollar(DUE[0]), "b": "$0.00", "c": "$0.00", "d": "$0.00",
                          "e": m_dollar(DUE[0] - Decimal("20.00"))}, 8, bold=True)
    pages = doc.save()
    TOTAL[name] = pages
    write_truth(out / name, "s1", "reportlab", pages, "pediatric therapy clinic family statement", lines, claims, [])


# ================================================================================================== s2
def s2(out: Path):
    name = "h40_s2_hospital_statement.pdf"
    doc = Doc("fpdf2", str(out / name), "DVSans", landscape=True, margin_bottom=40)
    FMT[name] = dict(money=m_plain, date=lambda d: dfmt(d, "mdy2"), units=units_str, arith=set())
    L = 32
    cols = place([Col("date", "Date", 42), Col("rev", "Rev", 26), Col("desc", "Description", 230),
                  Col("cpt", "CPT/HCPCS", 54), Col("mod", "Mod", 40), Col("qty", "Qty", 24, "R"),
                  Col("chg", "Charges", 60, "R")], L, 8)
    cur = {"acct": None}

    def furniture(d):
        d.text(L, 38, "ST. BRENDAN REGIONAL MEDICAL CENTER", 12, True)
        d.text(L, 49, "Patient Financial Services  -  PO Box 7710, Kellan Falls, OR 97019  -  (555) 018-4400", 7)
        d.text(d.w - 32, 38, "PATIENT STATEMENT", 11, True, "R")
        d.text(d.w - 32, 49, "Guarantor: Corinne Ashdown    Guarantor no. 00728816    Statement date 02/12/26", 7,
               align="R")
        d.hline(L, d.w - 32, 55, 1)
        d.y = 60

    def on_break(d):
        if cur["acct"]:
            d.text(L, d.y + 9, f"Hospital account {cur['acct']} - continued", 7.5, True)
            d.y += 12
            header_row(d, cols, 7, fill=0.9)

    doc.on_new_page = furniture
    doc.on_break = on_break
    doc.on_footer = lambda d: d.text(d.w - 32, d.h - 22, f"Page {d.page}", 7, align="R")
    doc.new_page()
    accts = [
        ("Corinne Ashdown", "HAR 30581142", "Keystone Employers Health", "KEH-7722019834", ["0430", "0420"],
         [svc(D(2026, 1, 6), "97166", 1, ("GO",)), svc(D(2026, 1, 6), "97760", 1, ("GO",)),
          svc(D(2026, 1, 6), "L3807", 1, ("LT",)), svc(D(2026, 1, 9), "97140", 2, ("GO",)),
          svc(D(2026, 1, 9), "97110", 2, ("GO",)), svc(D(2026, 1, 13), "97140", 2, ("GO",)),
          svc(D(2026, 1, 13), "97530", 2, ("GO",)), svc(D(2026, 1, 16), "97110", 3, ("GO",)),
          svc(D(2026, 1, 16), "G0283", 1, ("GO",)), svc(D(2026, 1, 20), "97140", 1, ("GO",)),
          svc(D(2026, 1, 20), "97530", 2, ("GO",)), svc(D(2026, 1, 23), "97110", 2, ("GO",)),
          svc(D(2026, 1, 23), "97112", 1, ("GO",)), svc(D(2026, 1, 27), "97168", 1, ("GO",)),
          svc(D(2026, 1, 27), "97530", 2, ("GO",))]),
        ("Miles Ashdown", "HAR 30581377", "Keystone Employers Health", "KEH-7722021106", ["0440", "0510"],
         [svc(D(2026, 1, 12), "92610", 1, ("GN",)), svc(D(2026, 1, 12), "92523", 1, ("GN",)),
          svc(D(2026, 1, 19), "92507", 1, ("GN",)), svc(D(2026, 1, 19), "92526", 1, ("GN",)),
          svc(D(2026, 1, 26), "92507", 1, ("GN",))]
         + visits(jan(27, 28), [("92507", 1, ("GN",)), ("92526", 1, ("GN",)), ("97530", 1, ("GO",))])
         + [svc(D(2026, 1, 29), "99213", 1, ())]),
    ]
    lines, claims = [], []
    for pat, har, ins, ref, revs, svcs in accts:
        cur["acct"] = har
        doc.ensure(80)
        doc.rect(L, doc.y + 2, doc.w - 2 * L, 28, stroke=True)
        doc.text(L + 6, doc.y + 13, f"Hospital account {har}    Patient: {pat}    Outpatient Rehabilitation Services",
                 8, True)
        doc.text(L + 6, doc.y + 24, f"Service dates {dfmt(svcs[0].dos, 'mdy2')} - {dfmt(svcs[-1].dos, 'mdy2')}    "
                                    f"Primary insurance: {ins}    Insurance claim ref. {ref}", 7.5)
        doc.y += 34
        header_row(doc, cols, 7, fill=0.9)
        for s in svcs:
            rev = "0274" if s.code.startswith("L") else ("0510" if s.code == "99213" else
                                                         (revs[0] if s.mods[:1] != ("GN",) else "0440"))
            vals = {"date": dfmt(s.dos, "mdy2"), "rev": rev, "desc": doc.wrap(eobgen.LONG_DESC.get(s.code, s.desc),
                                                                              cols[2].w, 7),
                    "cpt": s.code, "mod": " ".join(s.mods), "qty": units_str(s.units), "chg": m_plain(s.billed)}
            doc.ensure(rows_height(vals, 7, 8.5))
            band = data_row(doc, cols, vals, 7, 8.5)
            line_out(name, lines, s, band, claim_id=har, payer_claim_id=ref, patient=pat, printed=("billed",))
        tb = sum((s.billed for s in svcs), ZERO)
        ins_paid = q(tb * Decimal("0.52"))
        adj = q(tb * Decimal("0.36"))
        bal = tb - ins_paid - adj
        doc.ensure(50)
        doc.hline(L, doc.w - L, doc.y + 2, 0.4)
        doc.y += 3
        for lab, v in (("Total charges", tb), (f"Insurance payment - {ins}", -ins_paid),
                       ("Contractual adjustment", -adj), ("Patient balance this account", bal)):
            data_row(doc, cols, {"desc": lab, "chg": m_plain(v)}, 7, 8.5, bold=lab.startswith(("Total", "Patient")))
        doc.y += 10
        claims.append({"claim_id": har, "payer_claim_id": ref, "patient": pat,
                       "totals": {"billed": str(q(tb)), "allowed": None, "paid": None, "patient_owes": None}})
    cur["acct"] = None
    doc.ensure(40)
    doc.text(L, doc.y + 8, "Financial assistance is available. Ask for our plain-language summary or apply online.",
             7)
    pages = doc.save()
    TOTAL[name] = pages
    write_truth(out / name, "s2", "fpdf2", pages, "hospital patient statement, itemized", lines, claims, [])


LAYOUTS = [c1, c2, m1, m2, d1, d2, p1, p2, s1, s2]


# ================================================================================================== check
def check(out: Path) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    for name, bands in BANDS.items():
        pdf_path = out / name
        tr = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
        f = FMT[name]
        with pdfplumber.open(pdf_path) as pdf:
            if len(pdf.pages) != tr["pages"]:
                errs.append(f"{name}: pages {len(pdf.pages)} != truth {tr['pages']}")
            words = [p.extract_words(keep_blank_chars=False, use_text_flow=False) for p in pdf.pages]
            alltext = " ".join(" ".join(w["text"] for w in ws) for ws in words)
        if len(bands) != len(tr["lines"]):
            errs.append(f"{name}: band count mismatch")
        for i, (ln, band) in enumerate(zip(tr["lines"], bands)):
            pg, top, bot = band
            if ln["page"] != pg:
                errs.append(f"{name} line {i}: page {ln['page']} != {pg}")
            toks, txt = band_tokens(words[pg - 1], top, bot)
            need = []
            if ln["code"]:
                need.append(ln["code"])
            need += ln["modifiers"]
            if ln["units"] is not None:
                need.append(f["units"](Decimal(ln["units"])))
            need.append(f["date"](date.fromisoformat(ln["service_date"])))
            if ln["service_end"]:
                need.append(f["date"](date.fromisoformat(ln["service_end"])))
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None:
                    need.append(f["money"](ln[k]))
            for g, c, a in ln["adjustments"]:
                need += [g, c] + ([f["money"](a)] if a is not None else [])
            need += ln["remarks"]
            for t in need:
                if t not in toks and not (" " in t and t in txt):
                    errs.append(f"{name} line {i}: {t!r} not in its row: {txt!r}")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in alltext:
                    errs.append(f"{name} line {i}: {k} {ln[k]!r} not in document text")
            # arithmetic
            v = {k: Decimal(ln[k]) if ln[k] is not None else None for k in
                 ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
                  "discount")}
            z = Decimal("0")
            if "adjs" in f["arith"] and ln["adjustments"] and all(a is not None for _, _, a in ln["adjustments"]):
                if v["billed"] - dsum(a for _, _, a in ln["adjustments"]) != v["paid"]:
                    errs.append(f"{name} line {i}: billed - adjustments != paid")
            if "costshare" in f["arith"]:
                cs = (v["deductible"] or z) + (v["copay"] or z) + (v["coinsurance"] or z)
                if v["allowed"] - cs != v["paid"]:
                    errs.append(f"{name} line {i}: allowed - cost share != paid")
                denial = v["allowed"] == 0 and v["patient_owes"] == v["billed"]
                if v["patient_owes"] != cs and not denial:
                    errs.append(f"{name} line {i}: owes != parts")
            if "discount" in f["arith"]:
                if v["billed"] - v["discount"] - (v["not_covered"] or (v["billed"] if v["allowed"] == 0 else z)) \
                        != v["allowed"] and not (v["allowed"] == 0 and v["discount"] == 0):
                    errs.append(f"{name} line {i}: billed - discount - not covered != allowed")
            if "stmt" in f["arith"]:
                if v["billed"] - v["discount"] - v["paid"] != v["patient_owes"]:
                    errs.append(f"{name} line {i}: statement arithmetic")
        # claim totals
        finds = " ".join(tr["expected_findings"])
        for c in tr["claims"]:
            cl = [ln for ln in tr["lines"] if ln["claim_id"] == c["claim_id"] and
                  ln["payer_claim_id"] == c["payer_claim_id"]]
            if not cl:
                errs.append(f"{name}: claim {c['payer_claim_id']} has no lines")
            for k, tv in c["totals"].items():
                if tv is None:
                    continue
                if f["money"](tv) not in alltext:
                    errs.append(f"{name}: claim {c['payer_claim_id']} total {k} {tv} not printed")
                if any(ln[k] is None for ln in cl):
                    continue  # a claim-level figure only (not printed per line)
                s = dsum(ln[k] for ln in cl)
                if False:
                    errs.append(f"{name}: claim {c['payer_claim_id']} total {k} {tv} not printed")
                if s != Decimal(tv):
                    if c["payer_claim_id"] in finds and f"{q(s)}" in finds and tv in finds:
                        continue
                    errs.append(f"{name}: claim {c['payer_claim_id']} {k} total {tv} != sum {s}")
        if tr["expected_findings"]:
            ok = False
            for c in tr["claims"]:
                if c["payer_claim_id"] in finds:
                    cl = [ln for ln in tr["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]]
                    ok = dsum(ln["paid"] for ln in cl) != Decimal(c["totals"]["paid"])
            if not ok:
                errs.append(f"{name}: planted finding does not really differ")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout40_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)  # first pass counts the pages ("Page n of N")
    BANDS.clear()
    for fn in LAYOUTS:
        fn(out)
    print(out)
    if "--check" in argv:
        errs = check(out)
        nlines = sum(len(b) for b in BANDS.values())
        for e in errs:
            print("CHECK:", e)
        for name in BANDS:
            tr = json.loads(Path(str(out / name) + ".truth.json").read_text())
            print(f"  {name}: {tr['pages']} pages, {len(tr['lines'])} lines, {len(tr['claims'])} claims")
        print(f"check: {len(BANDS)} files, {nlines} lines, {len(errs)} problems")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
