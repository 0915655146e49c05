"""Write the TWELFTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on the EVERYDAY documents a family with a child in therapy, or a small OT/PT/speech
clinic, most often receives, drawn in house styles unlike the earlier sets. (bench/heldout/ .. heldout11/ came
earlier and may have been looked at while the reader was developed.) Written without looking at the reader.

Run:  python bench/heldout12/make_heldout12_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout12/make_heldout12_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; files are <name>.pdf.truth.json), printed values
only, null for what a layout does not print (units too: no units printed -> null; modifiers: [] when none are
printed). claim_id = the provider's own account / patient-control / visit number as printed with the claim (null
where none is), payer_claim_id = the payer's claim number / ICN, patient = the person who got the service exactly as
printed (capitals where the page prints capitals; not the subscriber / member / guarantor unless the same person).
description = the service wording printed on the row, null where the row prints none. Where a layout prints a
TO / thru date per line, service_end is that date. Every name, number, payer, provider, address and ID is invented;
descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no
randomness). Fonts: Liberation / DejaVu TrueType when installed, else PDF core fonts. Both producers are drawn
through one small API in bench/heldout12/h12kit.py (which also holds the truth collector and the --check reader).

Layouts (11 files, 154 service lines, 20 pages):
  x1  national carrier member EOB, house style A: one BOXED panel per claim ("Service details for claim # ..."),
      two-line stacked headings "Amount billed / Discounts / Amount allowed / Copay / Deductible / What your plan
      paid / Coinsurance / See notes / What I owe", code in parentheses after the wrapped type of service, no units
      or modifiers, dates 01/05/2026, per-claim Total rows in "$", notes legend, 2 pages (reportlab, Liberation Sans)
  x2  national carrier member EOB, house style B, landscape: "Member rate / Pending or not payable / Applied to
      deductible / Copay amount / Remaining amount / Plan coinsurance (80%) / Payable amount / Your coinsurance /
      Total patient responsibility / Remark", each service on TWO text lines (wording; then "CPT 97140 · Mod GO 59 ·
      2 units" in grey), a visit-limit denial, L3807 RT; PLANTED claim-total mismatch (Payable amount total of
      claim EAXR0C5TT11 printed 10.00 too high), claim header repeated per claim on page 2 (fpdf2, DejaVu Sans
      Condensed)
  x3  Blue-plan member EOB on a TWO-COLUMN page: narrow claim tables on the left ("Ln / Service date / Procedure /
      Charged / Allowed / Your cost share / Plan paid / You owe / Msg"), a shaded "Message Center" column on the
      right, glued "97110-GP-KX", patients in capitals, BlueCard out-of-area claim with 12/29/25 dates, a message
      code wrapping to a second text line (reportlab, core Helvetica)
  x4  Medicaid managed-care plan provider remittance advice, monospaced: claim block "RECIP: DIAZ, MATEO R  ID ...
      PAT ACCT ... ICN ..." + "CLAIM STATUS", DTL 001.. lines with FROM-DOS / TO-DOS, PROC, MODS, BILL UNITS and
      PAID UNITS ("4.0"), BILLED / ALLOWED / PAID AMT, 4-digit EOB code and "CO-45 232.60" ARC, a group-session
      denial (PAID UNITS 0.0), an adjusted claim printed as a reversal with negative amounts and its replacement,
      column header repeated on page 2, EOB message legend (reportlab, DejaVu Sans Mono)
  x5  commercial insurer provider remittance, landscape: shaded claim header (PATIENT "LAST, FIRST", INSURED,
      MEMBER ID, PATIENT ACCT, CLAIM #, STATUS), SERV DATE / PROC / MOD "GO 59" / NOS / BILLED / ALLOWED / DEDUCT /
      COINS / COPAY / PAID, every line adjustment "CO-45 / PR-1 / PR-2" stacked on sub-rows with ADJ AMT, a bundled
      CO-97 line with remark M15, CLAIM TOTALS, then CLAIM-LEVEL adjustments (PR-3 copay applied to the claim,
      INTEREST) and NET CLAIM PAYMENT, header repeated on page 2 (fpdf2, core Helvetica)
  x6  Medicare Advantage PPO member EOB (model-notice style): per-provider shaded blocks with claim number and
      provider account, the DATE printed once as a heading row ("Monday, January 5, 2026") above that day's
      services, wording "Therapeutic exercises (97110-GP)", Provider charged / Plan-approved amount / Plan's share /
      Your share / See note, one copay per day, a non-covered 0552T, year-to-date box, 2 pages (reportlab, DejaVu
      Sans)
  x7  secondary commercial plan member EOB (child on both parents' plans, coordination of benefits), fully RULED
      grid with shaded three-line headings: Procedure "97535 GO 59" / Units / Charges / Primary plan allowed /
      Primary plan paid / Balance after primary / This plan allows / Paid by this plan / Your balance / Notes
      (fpdf2, Liberation Serif)
  x8  pediatric practice statement with a tear-off payment stub (dashed cut line), "Statement of Account": visit
      headings "Visit # V-0118842 · Poppy Nakashima-Reyes · Provider: ...", rows Date / Patient (first name only) /
      Code "99392-25" / Description / Charge / Ins. paid / Ins. adj. / Your balance, a smaller line under each visit
      naming the insurer's claim number, 99392 / 90460 / 96110 with therapy codes, two children, rows run on to
      page 2 under a repeated heading, total due and aging line (reportlab, core Times)
  x9  partial-denial member EOB: "Some services on this claim were not covered" callout, Date / Code / Mod "GO,59"
      / Units / Billed / Allowed / Not covered / Plan paid / You owe / Status (Paid, Denied, Partly paid) / Why (a
      note code and a sentence wrapping over 2-3 text lines inside the row), a units cut, a no-authorization denial
      the member does not owe, an excluded E1399 item the member owes, a duplicate, appeal box, page 2 (fpdf2,
      DejaVu Sans)
  x10 month-end family claims summary, landscape: provider bands with subtotals, one row per service with the
      payer's claim number and patient on every row, dates 1/5/26, glued "97112GO59" / "9921325", Billed / Plan
      discount / Plan paid / Deductible / Copay / Coinsurance / Not covered / You may owe, zebra shading, header
      repeated on page 2; no per-claim totals and no provider account numbers (reportlab, Liberation Sans Narrow)
  x11 national carrier member EOB, house style C: per-claim "Amount you owe" callout box, Date "Jan 9, 2026" /
      Service / Code / Modifier / Qty / Amount billed / Network discount / Plan allowed / Plan paid / Amount you
      owe, with "Deductible $x · Copay $y · Coinsurance $z" (or "Not covered $x") on a small second text line
      under each service, claims continued on page 2 (fpdf2, Liberation Sans)

Truth decisions worth knowing: x4's units are the BILL UNITS (the denied group session prints PAID UNITS 0.0) and
its reversal lines keep positive units with negative amounts; x5's claim totals are the printed CLAIM TOTALS row
(= the lines), the claim-level PR-3 copay and interest are not line truth; x6's patient is the member, allowed =
Plan-approved amount, paid = Plan's share, patient_owes = Your share, and each line's date comes from its date
heading row; x7's allowed / paid / patient_owes are THIS plan's allowance, payment and the balance left to the
family (the primary plan's figures are not truth fields); x8's discount is the uncoded "Ins. adj." write-off, paid =
"Ins. paid", patient_owes = "Your balance", the patient is the full name from the visit heading, claim_id the
Visit #; x3's "Your cost share" and x2's "Remaining amount" and "Plan coinsurance" are not truth fields.

The self-check (--check) tests the factory, not the reader: the generator keeps the vertical band of each service's
own row (with its wrapped or sub-lines, and for x6 its date heading); the check reads the text layer back with
pdfplumber and finds every truth code, modifier (or the glued code+modifiers), units value, amount, date, adjustment
code and amount, remark and description word INSIDE that band; ids and patients in the document's text; each
printed claim total inside its totals row; the page count; and the documents' own arithmetic where the layout
prints the parts (billed - discount - not covered = allowed; allowed - deductible - copay - coinsurance = paid;
patient owes = deductible + copay + coinsurance (+ not covered); billed - adjustments = paid where every adjustment
is printed with its amount; charge - write-off - insurance paid - patient balance = 0); claim totals = sum of lines
unless the mismatch is the planted expected finding (which must really differ and be declared).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from h12kit import Canvas, Doc, band, check, eobgen  # noqa: E402

from eobgen import Svc, PlanState, commercial, medicaid, money, dfmt, total, claim_totals, q, ZERO  # noqa: E402

D = Decimal
# codes the sample factory's fee table lacks (invented charges and public rates)
for _c, _fee, _sch, _d in (
    ("99392", "210.00", "118.20", "Well-child visit, age 1-4"),
    ("90460", "38.00", "17.60", "Vaccine counseling, first"),
    ("92610", "185.00", "84.10", "Swallowing function evaluation"),
    ("97162", "240.00", "101.12", "PT evaluation, moderate"),
    ("G0151", "120.00", "44.90", "Home health PT visit, 15 min"),
    ("97533", "88.00", "30.40", "Sensory integration"),
    ("E1399", "145.00", "0.00", "Adaptive equipment, misc"),
    ("96110", "64.00", "9.86", "Developmental screening"),
):
    eobgen.FEE.setdefault(_c, _fee)
    eobgen.SCHED.setdefault(_c, _sch)
    eobgen.DESC.setdefault(_c, _d)


def d(m: int, dd: int, y: int = 2026) -> date:
    return date(y, m, dd)


def row(cv: Canvas, y: float, cols: list, vals: list) -> None:
    """cols: (x, align) pairs; vals: strings (None/'' skipped)."""
    for (x, al), v in zip(cols, vals):
        if v not in (None, ""):
            cv.t(x, y, v, al)


def header(cv: Canvas, y: float, cols: list, labels: list, lead: float = 8.5) -> float:
    """Stacked column labels (each a '|'-separated list of text lines); returns the y below the header."""
    n = max(len(lb.split("|")) for lb in labels)
    for (x, al), lb in zip(cols, labels):
        parts = lb.split("|")
        off = n - len(parts)
        for i, part in enumerate(parts):
            cv.t(x, y + (off + i) * lead, part, al)
    return y + (n - 1) * lead


def pages_footer(cv: Canvas, text: str, total_pages: int, y: float | None = None, size: float = 7) -> None:
    cv.f(size)
    cv.t(cv.W / 2, y or cv.H - 22, text.format(p=cv.page, n=total_pages), "c")


# =============================================================================================== L1
def l1_national_member_eob(out: Path) -> Doc:
    """National carrier member EOB, house style A: boxed claims, 'What I owe'."""
    doc = Doc(
        "x1_national_carrier_member_eob.pdf",
        "x1",
        "reportlab",
        "National carrier member EOB (house style A): boxed claim panels, two-line stacked headings, code in "
        "parentheses after the type of service, no units or modifiers printed",
    )
    cv = Canvas("rl", out / doc.name, "LiberationSans")
    W = cv.W
    doc.rules |= {"bda", "adcc", "owes"}
    st = PlanState(
        ded_left=D("250.00"), coins_rate=D("0.20"), allowed_rate=D("0.74"), copay_codes={"99213": D("35.00")}
    )
    claims = [
        (
            "Wren Okafor",
            "TPT-44091",
            "5820-117734-01",
            "Tidewater Pediatric Therapy",
            [Svc(d(1, 5), "97165", 1, ("GO",)), Svc(d(1, 5), "97530", 2, ("GO",))],
        ),
        (
            "Wren Okafor",
            "TPT-44188",
            "5820-118212-04",
            "Tidewater Pediatric Therapy",
            [
                Svc(d(1, 12), "97530", 3, ("GO",)),
                Svc(d(1, 12), "97535", 1, ("GO",)),
                Svc(d(1, 12), "97110", 1, ("GO",)),
            ],
        ),
        (
            "Theo Okafor",
            "61-00387",
            "5820-120945-02",
            "Larkspur Family Medicine",
            [Svc(d(1, 9), "99213", 1), Svc(d(1, 9), "96110", 1)],
        ),
        (
            "Theo Okafor",
            "SLP-90217",
            "5820-121500-01",
            "Brightwater Speech & Language",
            [Svc(d(1, 14), "92523", 1, ("GN",)), Svc(d(1, 21), "92507", 1, ("GN",))],
        ),
    ]
    for _, _, _, _, svcs in claims:
        for s in svcs:
            commercial(s, st)
            s.desc = f"{s.desc} ({s.code})"

    def masthead(first: bool):
        cv.f(17, True).t(40, 50, "Harborline Health")
        cv.f(7.5).t(40, 61, "Harborline Health Insurance Company  |  PO Box 30771, Grand Teller, MN 55402")
        cv.f(12, True).t(W - 40, 48, "Explanation of Benefits", "r")
        cv.f(8).t(W - 40, 60, "THIS IS NOT A BILL", "r")
        cv.f(7.5).t(W - 40, 71, f"Statement date: February 2, 2026   Page {cv.page} of 2", "r")
        cv.hline(40, W - 40, 78, 1.2)

    masthead(True)
    cv.f(8.5).t(40, 96, "ADA OKAFOR")
    cv.t(40, 107, "2214 Bellwether Lane")
    cv.t(40, 118, "Fennimore, WI 53809")
    cv.box(330, 88, W - 370, 64, fill=0.93)
    cv.f(8, True).t(338, 100, "Customer: Ada Okafor")
    cv.f(8).t(338, 111, "ID: HLH 7734 0921 8")
    cv.t(338, 122, "Account: Norvale Cooperative Employees Plan")
    cv.t(338, 133, "Group: 0038841   Plan: Open Access PPO")
    cv.t(338, 144, "Questions? Call 1-800-555-0148 (TTY 711)")
    cols = [
        (46, "l"),
        (96, "l"),
        (262, "r"),
        (298, "r"),
        (336, "r"),
        (366, "r"),
        (406, "r"),
        (450, "r"),
        (488, "r"),
        (500, "l"),
        (W - 46, "r"),
    ]
    labels = [
        "Service|date",
        "Type of service",
        "Amount|billed",
        "Discounts",
        "Amount|allowed",
        "Copay",
        "Deductible",
        "What your|plan paid",
        "Coins-|urance",
        "See|notes",
        "What I|owe",
    ]
    notes = {"97165": "A1", "99213": "C2", "96110": "A1"}
    y = 172
    for ci, (pat, acct, cno, prov, svcs) in enumerate(claims):
        if ci == 3:
            pages_footer(cv, "HLH-EOB 02/26  ·  Page {p} of {n}", 2)
            cv.newpage()
            masthead(False)
            y = 100
        top = y
        cv.box(40, y, W - 80, 15, fill=0.85, stroke=False)
        cv.f(8.5, True).t(46, y + 10.5, f"Service details for claim # {cno}")
        cv.f(8).t(W - 46, y + 10.5, f"Processed 01/{20 + ci}/2026", "r")
        y += 26
        cv.f(8).t(46, y, f"Patient: {pat}     Service provider: {prov}     Patient account number: {acct}")
        y += 14
        cv.f(7, True)
        y = header(cv, y, cols, labels) + 4
        cv.hline(44, W - 44, y, 0.4)
        y += 11
        cv.f(7.5)
        for s in svcs:
            lines = cv.wrap(s.desc, 125)
            rm = [notes[s.code]] if s.code in notes else []
            if s.deductible:
                rm.append("D4")
            row(
                cv,
                y,
                cols,
                [
                    dfmt(s.dos, "mdy4"),
                    lines[0],
                    money(s.billed, ","),
                    money(s.discount, ","),
                    money(s.allowed, ","),
                    money(s.copay, ","),
                    money(s.deductible, ","),
                    money(s.paid, ","),
                    money(s.coinsurance, ","),
                    " ".join(rm),
                    money(s.owes, ","),
                ],
            )
            for k, extra in enumerate(lines[1:], 1):
                cv.t(100, y + 9 * k, extra)
            yl = y + 9 * (len(lines) - 1)
            doc.line(
                s,
                [band(cv, y, yl, 7.5)],
                cid=acct,
                pcid=cno,
                pat=pat,
                units=False,
                modifiers=False,
                printed=("billed", "discount", "allowed", "copay", "deductible", "paid", "coinsurance", "patient_owes"),
                remarks=rm,
            )
            y = yl + 13
        cv.hline(44, W - 44, y - 8, 0.4)
        tv = [
            total(svcs, a)
            for a in ("billed", "discount", "allowed", "copay", "deductible", "paid", "coinsurance", "owes")
        ]
        cv.f(7.5, True)
        row(cv, y + 1, cols, ["Total", "", *[money(v, "$") for v in tv[:8]][:7], "", money(tv[7], "$")])
        doc.claim(acct, cno, pat, claim_totals(tv[0], tv[2], tv[5], tv[7]), [band(cv, y + 1, size=7.5)])
        y += 8
        cv.box(40, top, W - 80, y - top, lw=0.8)
        y += 16
    cv.f(9, True).t(40, y + 6, "Understanding your notes")
    legend = [
        ("A1", "Your provider is in the Harborline network, so the discount shown is not yours to pay."),
        ("C2", "This is the fixed copay your plan sets for an office visit."),
        ("D4", "Part of this service counted toward your yearly deductible."),
    ]
    cv.f(7.5)
    for i, (k, v) in enumerate(legend):
        cv.t(
            40,
            y + 20 + 10 * i,
            k,
        )
        cv.t(62, y + 20 + 10 * i, v)
    doc.legend = legend
    y += 60
    cv.f(9, True).t(40, y, "Your plan year so far (in network)")
    cv.f(7.5).t(
        40,
        y + 12,
        "Individual deductible: $250.00 met of $250.00     Family out-of-pocket limit: $2,148.72 met of $6,000.00",
    )
    pages_footer(cv, "HLH-EOB 02/26  ·  Page {p} of {n}", 2)
    doc.pages = cv.save()
    return doc


# =============================================================================================== L2
def l2_national_member_eob_b(out: Path) -> Doc:
    """National carrier member EOB, house style B ('Member rate', 'Payable amount'), landscape."""
    doc = Doc(
        "x2_member_rate_payable_eob.pdf",
        "x2",
        "fpdf2",
        "National carrier member EOB (house style B), landscape: Member rate / Pending or not payable / "
        "Applied to deductible / Remaining amount / Plan coinsurance % / Payable amount, each service on two "
        "text lines (wording, then 'CPT 97530 · Mod GO · 3 units'); planted Payable-amount total mismatch",
    )
    cv = Canvas("fpdf", out / doc.name, "DejaVuSansCondensed", size=(792, 612))
    W = cv.W
    doc.rules |= {"adcc", "owes"}
    st = PlanState(ded_left=D("150.00"), coins_rate=D("0.20"), allowed_rate=D("0.71"))
    mk = lambda *a, **k: Svc(*a, **k)  # noqa: E731
    claims = [
        (
            "Juniper Albescu",
            "88213-JA",
            "EAXQ8K7JW00",
            "Kestrel Hand & Upper Limb Therapy",
            [mk(d(1, 6), "97166", 1, ("GO",)), mk(d(1, 6), "97760", 2, ("GO",)), mk(d(1, 6), "L3807", 1, ("RT",))],
        ),
        (
            "Juniper Albescu",
            "88341-JA",
            "EAXQ9B2PL04",
            "Kestrel Hand & Upper Limb Therapy",
            [
                mk(d(1, 13), "97140", 2, ("GO", "59")),
                mk(d(1, 13), "97110", 2, ("GO",)),
                mk(d(1, 13), "97112", 1, ("GO",), denied="PR"),
            ],
        ),
        (
            "Casimir Albescu",
            "4471203",
            "EAXR0C5TT11",
            "Northgate Physical Therapy Group",
            [
                mk(d(1, 8), "97162", 1, ("GP",)),
                mk(d(1, 8), "97110", 3, ("GP", "CQ")),
                mk(d(1, 15), "97116", 2, ("GP",)),
                mk(d(1, 15), "G0283", 1, ("GP",)),
            ],
        ),
        (
            "Casimir Albescu",
            "4471388",
            "EAXR3H8WN27",
            "Northgate Physical Therapy Group",
            [mk(d(1, 22), "97530", 2, ("GP",)), mk(d(1, 22), "97140", 1, ("GP", "59"))],
        ),
    ]
    for *_, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="119")
    planted = "EAXR0C5TT11"
    cols = [
        (34, "l"),
        (215, "l"),
        (292, "r"),
        (342, "r"),
        (396, "r"),
        (446, "r"),
        (490, "r"),
        (540, "r"),
        (580, "r"),
        (628, "r"),
        (676, "r"),
        (728, "r"),
        (740, "l"),
    ]
    labels = [
        "Service",
        "Date(s)",
        "Amount|billed",
        "Member|rate",
        "Pending or|not payable",
        "Applied to|deductible",
        "Copay|amount",
        "Remaining|amount",
        "Plan co-|insurance",
        "Payable|amount",
        "Your co-|insurance",
        "Total patient|responsibility",
        "Remark",
    ]

    def masthead():
        cv.f(15, True).t(34, 40, "meridia")
        cv.f(15).t(34 + cv.f(15, True).width("meridia") + 1, 40, "health")
        cv.f(7).t(34, 50, "Meridia Health Life Insurance Co.  •  meridiahealth.example  •  1-888-555-0193")
        cv.f(13, True).t(W - 34, 38, "Explanation of Benefits", "r")
        cv.f(7.5).t(W - 34, 49, "This is not a bill.  Statement date: 01/30/26", "r")
        cv.t(W - 34, 59, f"Member: Ilinca Albescu   ID: W2290 418 77   Page {cv.page} of 2", "r")
        cv.hline(34, W - 34, 66, 0.8)

    masthead()
    cv.box(34, 76, 330, 48, fill=0.94, stroke=False)
    cv.f(8, True).t(42, 89, "Your claims at a glance")
    cv.f(7.5).t(42, 101, "Claims processed: 4     Family members: 2")
    cv.t(42, 112, "Deductible (family, in network): $150.00 of $3,000.00 met this period")
    cv.f(7.5).t(380, 89, "Group: Quillfield Analytics LLC  (Choice POS II)")
    cv.t(380, 101, "Ilinca Albescu, 77 Tamsin Court, Apt 4, Loring Falls, OR 97341")
    y = 140
    for ci, (pat, acct, cno, prov, svcs) in enumerate(claims):
        if ci == 2:
            pages_footer(cv, "Page {p} of {n}", 2)
            cv.newpage()
            masthead()
            y = 84
        cv.box(34, y - 10, W - 68, 26, fill=0.88, stroke=False)
        cv.f(8.5, True).t(38, y, f"Patient: {pat}")
        cv.f(7.5).t(190, y, f"Claim ID: {cno}    Received: 01/{9 + ci * 3}/26    Processed: 01/{20 + ci}/26")
        cv.t(38, y + 11, f"Provider: {prov} (in network)    Patient account number: {acct}")
        y += 30
        cv.f(6.8, True)
        y = header(cv, y, cols, labels, 8) + 3
        cv.hline(34, W - 34, y, 0.5)
        y += 11
        for s in svcs:
            rem = s.allowed - s.deductible - s.copay
            rmk = ["PC9"] if s.denied else (["D11"] if s.deductible else [])
            cv.f(7.5)
            row(
                cv,
                y,
                cols,
                [
                    s.desc,
                    dfmt(s.dos, "mdy2"),
                    money(s.billed, "$"),
                    money(s.allowed, "$"),
                    money(s.not_covered, "$"),
                    money(s.deductible, "$"),
                    money(s.copay, "$"),
                    money(rem, "$"),
                    "0%" if s.denied else "80%",
                    money(s.paid, "$"),
                    money(s.coinsurance, "$"),
                    money(s.owes, "$"),
                    " ".join(rmk),
                ],
            )
            cv.f(6.5).t(
                40,
                y + 8.5,
                f"CPT {s.code} · Mod {' '.join(s.mods)} · {eobgen.units_str(s.units)} "
                f"unit{'s' if s.units != 1 else ''}",
                gray=0.25,
            )
            doc.line(
                s,
                [band(cv, y, y + 8.5, 7.5)],
                cid=acct,
                pcid=cno,
                pat=pat,
                remarks=rmk,
                printed=(
                    "billed",
                    "allowed",
                    "not_covered",
                    "deductible",
                    "copay",
                    "paid",
                    "coinsurance",
                    "patient_owes",
                ),
            )
            y += 22
        cv.hline(34, W - 34, y - 10, 0.4)
        tv = {
            a: total(svcs, a)
            for a in ("billed", "allowed", "not_covered", "deductible", "copay", "paid", "coinsurance", "owes")
        }
        shown_paid = tv["paid"] + (D("10.00") if cno == planted else 0)
        cv.f(7.5, True)
        row(
            cv,
            y,
            cols,
            [
                "Totals",
                "",
                money(tv["billed"], "$"),
                money(tv["allowed"], "$"),
                money(tv["not_covered"], "$"),
                money(tv["deductible"], "$"),
                money(tv["copay"], "$"),
                "",
                "",
                money(shown_paid, "$"),
                money(tv["coinsurance"], "$"),
                money(tv["owes"], "$"),
                "",
            ],
        )
        doc.claim(
            acct, cno, pat, claim_totals(tv["billed"], tv["allowed"], shown_paid, tv["owes"]), [band(cv, y, size=7.5)]
        )
        if cno == planted:
            doc.planted.add(cno)
            doc.findings.append(
                f"claim-total-mismatch claim {cno}: printed Payable amount total {shown_paid} but "
                f"the lines add up to {tv['paid']}"
            )
        cv.f(7.5).t(38, y + 13, f"We paid {money(shown_paid, '$')} to {prov}.")
        y += 36
    cv.f(8.5, True).t(34, y, "Remarks")
    doc.legend = [
        ("D11", "The member rate, or part of it, went toward your deductible; you pay that part."),
        (
            "PC9",
            "Your plan limits this service per year and the limit had been reached. You may owe the provider for it.",
        ),
    ]
    cv.f(7.5)
    for i, (k, v) in enumerate(doc.legend):
        cv.t(34, y + 12 + 10 * i, f"{k}  {v}")
    pages_footer(cv, "Page {p} of {n}", 2)
    doc.pages = cv.save()
    return doc


# =============================================================================================== L3
def l3_blue_plan_two_column(out: Path) -> Doc:
    """Blue-plan member EOB, two-column page: claims on the left, message centre on the right."""
    doc = Doc(
        "x3_blue_plan_member_eob_two_column.pdf",
        "x3",
        "reportlab",
        "Blue-plan member EOB with a two-column page (claim tables left, 'Message Center' right), BlueCard "
        "out-of-area claim, numbered lines, glued PROC-MOD '97530-GO', core Helvetica",
    )
    cv = Canvas("rl", out / doc.name, "Helvetica")
    W = cv.W
    st = PlanState(ded_left=D("0.00"), coins_rate=D("0.10"), allowed_rate=D("0.66"))
    st2 = PlanState(ded_left=D("75.00"), coins_rate=D("0.30"), allowed_rate=D("0.80"))
    claims = [
        (
            "EZRA LINDQVIST",
            "55120",
            "26A008437100",
            "WILLOWMERE CHILD DEVELOPMENT CTR",
            st,
            [Svc(d(1, 7), "97530", 2, ("GO",)), Svc(d(1, 7), "97533", 2, ("GO",)), Svc(d(1, 7), "97535", 1, ("GO",))],
        ),
        (
            "EZRA LINDQVIST",
            "55207",
            "26A008512300",
            "WILLOWMERE CHILD DEVELOPMENT CTR",
            st,
            [Svc(d(1, 14), "97530", 3, ("GO",)), Svc(d(1, 14), "97112", 1, ("GO",))],
        ),
        (
            "SIGRID LINDQVIST",
            "HB-001774",
            "26B011902700",
            "ALPENGLOW ORTHO & SPORTS PT (BlueCard)",
            st2,
            [
                Svc(d(12, 29, 2025), "97161", 1, ("GP",)),
                Svc(d(12, 29, 2025), "97140", 2, ("GP",)),
                Svc(d(12, 30, 2025), "97110", 2, ("GP", "KX")),
            ],
        ),
    ]
    for *_, plan, svcs in claims:
        for s in svcs:
            commercial(s, plan)
    L, R = 36, 404
    cols = [
        (L + 2, "l"),
        (L + 18, "l"),
        (L + 72, "l"),
        (L + 150, "r"),
        (L + 196, "r"),
        (L + 240, "r"),
        (L + 284, "r"),
        (L + 322, "r"),
        (L + 330, "l"),
    ]
    labels = ["Ln", "Service|date", "Procedure", "Charged", "Allowed", "Your cost|share", "Plan|paid", "You|owe", "Msg"]
    cv.box(0, 0, W, 58, fill=0.15, stroke=False)
    cv.f(16, True).t(L, 34, "BlueHarbor", gray=1)
    cv.f(8).t(L, 47, "BlueHarbor of the Lakes, an independent licensee of a national Blue association", gray=1)
    cv.f(12, True).t(W - L, 30, "EXPLANATION OF BENEFITS", "r", gray=1)
    cv.f(8).t(W - L, 44, "THIS IS NOT A BILL", "r", gray=1)
    cv.f(8).t(L, 76, "Subscriber: MAREN LINDQVIST        Member ID: XQJ 884120337        Group: 00917-CASCADE TRANSIT")
    cv.t(L, 87, "Date issued: 01/28/2026        Plan: Blue Select 2500")
    cv.hline(L, W - L, 94, 0.6)
    # right-hand message center
    cv.box(R, 104, W - L - R, 600, fill=0.95, stroke=False)
    cv.f(9, True).t(R + 8, 118, "Message Center")
    msgs = [
        "M1  Allowed amount is the price your BlueHarbor network provider agreed to. The rest is not billed to you.",
        "M2  Coinsurance: your share after the deductible, as a percent of the allowed amount.",
        "M3  This claim was priced by the Blue plan where you got care (BlueCard), then paid by us.",
        "M4  The therapy visit count for the year is over 20; the provider confirmed the service is medically needed.",
        "Deductible meter (Sigrid): $75.00 of $2,500.00 met.",
        "Deductible meter (Ezra): $2,500.00 of $2,500.00 met.",
        "Watch for fraud: call us if you do not recognize a service.",
    ]
    cv.f(7)
    yy = 132
    for m in msgs:
        for ln in cv.wrap(m, W - L - R - 16):
            cv.t(R + 8, yy, ln)
            yy += 9
        yy += 5
    doc.legend = [(m[:2], m[4:]) for m in msgs[:4]]
    y = 112
    for pat, acct, cno, prov, plan, svcs in claims:
        cv.f(8, True).t(L, y, f"Patient: {pat}")
        cv.f(7.5).t(L + 180, y, f"Claim #: {cno}")
        cv.t(L, y + 10, f"Provider: {prov}")
        cv.t(
            L, y + 20, f"Patient account: {acct}      Received 01/{8 + len(svcs)}/2026   Paid 01/{21 + len(svcs)}/2026"
        )
        y += 32
        cv.f(6.8, True)
        y = header(cv, y, cols, labels, 8) + 3
        cv.hline(L, R - 10, y, 0.4)
        y += 10
        cv.f(7.2)
        for i, s in enumerate(svcs, 1):
            share = s.deductible + s.copay + s.coinsurance
            msg = ["M1"] + (["M3"] if "BlueCard" in prov else []) + (["M4"] if "KX" in s.mods else [])
            row(
                cv,
                y,
                cols,
                [
                    str(i),
                    dfmt(s.dos, "mdy2"),
                    f"{s.code}-{'-'.join(s.mods)}",
                    money(s.billed, ","),
                    money(s.allowed, ","),
                    money(share, ","),
                    money(s.paid, ","),
                    money(s.owes, ","),
                    "",
                ],
            )
            cv.t(L + 330, y, " ".join(msg[:2]))
            if len(msg) > 2:
                cv.t(L + 330, y + 8, " ".join(msg[2:]))
            doc.line(
                s,
                description=False,
                bands=[band(cv, y, y + (8 if len(msg) > 2 else 0), 7.2)],
                cid=acct,
                pcid=cno,
                pat=pat,
                units=False,
                printed=("billed", "allowed", "paid", "patient_owes"),
                remarks=msg,
            )
            y += 19 if len(msg) > 2 else 11
        cv.hline(L, R - 10, y - 7, 0.4)
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        cv.f(7.2, True)
        row(
            cv,
            y + 1,
            cols,
            ["", "", "Claim total", money(tb, ","), money(ta, ","), money(to, ","), money(tp, ","), money(to, ","), ""],
        )
        doc.claim(acct, cno, pat, claim_totals(tb, ta, tp, to), [band(cv, y + 1, size=7.2)])
        y += 28
    cv.f(8, True).t(L, y, "Payment summary")
    cv.f(7.5).t(L, y + 11, "Payments for these claims were sent to the providers. You do not need to file anything.")
    cv.f(6.5).t(W / 2, cv.H - 20, "BlueHarbor EOB  ·  Page 1 of 1", "c")
    doc.pages = cv.save()
    return doc


# =============================================================================================== L4
def l4_medicaid_mco_ra(out: Path) -> Doc:
    """Medicaid managed-care plan provider remittance, monospaced claim blocks with detail lines."""
    doc = Doc(
        "x4_medicaid_mco_provider_ra.pdf",
        "x4",
        "reportlab",
        "Medicaid managed-care plan provider remittance advice, DejaVu Sans Mono: claim block (recipient "
        "'LAST, FIRST M', recipient ID, patient acct, ICN, status), DTL numbered detail lines with FROM-DOS / "
        "TO-DOS, billed and paid units, EOB + ARC columns, an adjusted claim with its reversal (negative) "
        "and replacement, a denied detail, header repeated on page 2",
    )
    cv = Canvas("rl", out / doc.name, "DejaVuSansMono")
    W = cv.W
    doc.rules |= {"adj"}

    def mc(s: Svc, deny: str | None = None) -> Svc:
        if deny:
            s.denied = "CO"
            medicaid(s, deny)
        else:
            medicaid(s)
        return s

    orig = [mc(Svc(d(1, 2), "92507", 1, ("GN",))), mc(Svc(d(1, 2), "92526", 1, ("GN",)))]
    rev = [eobgen.negate(s) for s in orig]
    repl = [mc(Svc(d(1, 2), "92507", 1, ("GN",))), mc(Svc(d(1, 2), "92526", 1, ("GN", "59")))]
    claims = [
        (
            "DIAZ, MATEO R",
            "Q44817203",
            "ACT-77102",
            "26018000411770",
            "PAID",
            [
                mc(Svc(d(1, 5), "97530", 4, ("GO",))),
                mc(Svc(d(1, 5), "97535", 2, ("GO",))),
                mc(Svc(d(1, 5), "97112", 1, ("GO",))),
            ],
        ),
        (
            "DIAZ, ALMA J",
            "Q44817211",
            "ACT-77155",
            "26018000411790",
            "PAID",
            [
                mc(Svc(d(1, 6), "92523", 1, ("GN",))),
                mc(Svc(d(1, 8), "92507", 1, ("GN",))),
                mc(Svc(d(1, 8), "97150", 1, ("GN",)), "96"),
            ],
        ),
        ("OKONKWO, CHIDI", "Q50022914", "ACT-76980", "26004000398110", "ADJUSTED - REVERSAL", rev),
        ("OKONKWO, CHIDI", "Q50022914", "ACT-76980", "26018000411812", "ADJUSTED - REPLACEMENT", repl),
        (
            "FAIRWEATHER, ROWAN",
            "Q39108475",
            "ACT-77240",
            "26018000411833",
            "PAID",
            [
                mc(Svc(d(1, 9), "97166", 1, ("GO",))),
                mc(Svc(d(1, 9), "97530", 3, ("GO", "59"))),
                mc(Svc(d(1, 9), "E1399", 1), "204"),
            ],
        ),
        (
            "FAIRWEATHER, ROWAN",
            "Q39108475",
            "ACT-77301",
            "26018000411840",
            "PAID",
            [mc(Svc(d(1, 16), "97530", 4, ("GO",))), mc(Svc(d(1, 16), "97110", 2, ("GO",)))],
        ),
    ]
    eob = {"45": "0126", "96": "4421", "204": "0885", "197": "0310"}
    cols = [
        (44, "l"),
        (70, "l"),
        (118, "l"),
        (166, "l"),
        (200, "l"),
        (248, "r"),
        (284, "r"),
        (338, "r"),
        (392, "r"),
        (446, "r"),
        (456, "l"),
        (486, "l"),
    ]
    labels = [
        "DTL",
        "FROM-DOS",
        "TO-DOS",
        "PROC",
        "MODS",
        "BILL|UNITS",
        "PAID|UNITS",
        "BILLED|AMT",
        "ALLOWED|AMT",
        "PAID|AMT",
        "EOB",
        "ARC / AMT",
    ]

    def masthead():
        cv.f(10, True).t(36, 40, "RIVERBEND COMMUNITY HEALTH PLAN - MEDICAID MANAGED CARE")
        cv.f(7).t(36, 51, "PROVIDER REMITTANCE ADVICE      RA NO: 2026-0123-00418      PAYMENT DATE: 01/23/2026")
        cv.t(
            36,
            60,
            f"PAYEE: LITTLE OAK THERAPY COLLECTIVE   NPI: 1093817264   PROVIDER ID: 00418827   PAGE {cv.page} OF 2",
        )
        cv.hline(36, W - 36, 66, 0.8)
        cv.f(6.5, True)
        yb = header(cv, 78, cols, labels, 7.5)
        cv.hline(36, W - 36, yb + 3, 0.4)
        return yb + 14

    y = masthead()
    for ci, (pat, rid, acct, icn, status, svcs) in enumerate(claims):
        if ci == 4:
            cv.f(6.5).t(W / 2, cv.H - 20, "CONTINUED ON NEXT PAGE", "c")
            cv.newpage()
            y = masthead()
        cv.f(7, True).t(36, y, f"RECIP: {pat:<20} ID: {rid}  PAT ACCT: {acct}  ICN: {icn}")
        cv.f(7).t(36, y + 9, f"CLAIM STATUS: {status}")
        y += 21
        cv.f(7)
        for i, s in enumerate(svcs, 1):
            a = s.adjs[0] if s.adjs else None
            row(
                cv,
                y,
                cols,
                [
                    f"{i:03d}",
                    dfmt(s.dos, "mdy2"),
                    dfmt(s.dos, "mdy2"),
                    s.code,
                    " ".join(s.mods),
                    f"{s.units:.1f}",
                    f"{s.units:.1f}" if not s.denied else "0.0",
                    money(s.billed, ""),
                    money(s.allowed, ""),
                    money(s.paid, ""),
                    eob.get(a[1], "") if a else "",
                    f"{a[0]}-{a[1]} {money(a[2], '')}" if a else "",
                ],
            )
            doc.line(
                s,
                description=False,
                bands=[band(cv, y, size=7)],
                cid=acct,
                pcid=icn,
                pat=pat,
                service_end=s.dos,
                printed=("billed", "allowed", "paid"),
                adjustments=s.adjs,
            )
            y += 10
        tb, ta, tp = (total(svcs, a) for a in ("billed", "allowed", "paid"))
        cv.f(7, True)
        row(
            cv,
            y + 1,
            cols,
            ["", "", "", "CLAIM TOTAL", "", "", "", money(tb, ""), money(ta, ""), money(tp, ""), "", ""],
        )
        doc.claim(acct, icn, pat, claim_totals(tb, ta, tp, None), [band(cv, y + 1, size=7)])
        y += 20
        cv.hline(36, W - 36, y - 9, 0.3, gray=0.5)
    cv.f(8, True).t(36, y + 4, "EOB CODE MESSAGES")
    doc.legend = [
        ("0126", "Paid at the plan's Medicaid fee schedule amount."),
        ("4421", "Group session billed on the same day as individual treatment by the same discipline."),
        ("0885", "Item is not a benefit of the member's Medicaid program."),
        ("0310", "Prior claim reversed; see replacement claim."),
    ]
    cv.f(7)
    for i, (k, v) in enumerate(doc.legend):
        cv.t(36, y + 16 + 9 * i, f"{k}  {v}")
    y += 62
    cv.f(7, True).t(
        36,
        y,
        f"TOTAL PAYMENT THIS RA: {money(sum(total(c[5], 'paid') for c in claims), '$')}   EFT TRACE: 1RB0123264418",
    )
    cv.f(6.5).t(W / 2, cv.H - 20, "END OF REMITTANCE", "c")
    doc.pages = cv.save()
    return doc


# =============================================================================================== L5
def l5_commercial_pra(out: Path) -> Doc:
    """Commercial provider remittance advice with line-level and claim-level adjustments."""
    doc = Doc(
        "x5_commercial_provider_remittance.pdf",
        "x5",
        "fpdf2",
        "Commercial insurer provider remittance advice, landscape core Helvetica: claim header rows (patient "
        "'LAST, FIRST', insured, patient acct, claim #), SERV DATE / PROC / MOD / NOS / BILLED / ALLOWED / "
        "DEDUCT / COINS / COPAY / PAID with every line adjustment 'GRP-RSN AMT' stacked on sub-rows, claim "
        "totals, then CLAIM-LEVEL adjustments (copay at claim level, prompt-pay interest) and net claim payment",
    )
    cv = Canvas("fpdf", out / doc.name, "Helvetica", size=(792, 612))
    W = cv.W
    doc.rules |= {"adj", "adcc"}
    st = PlanState(ded_left=D("40.00"), coins_rate=D("0.20"), allowed_rate=D("0.78"))
    claims = [
        (
            "HALVERSEN, ODA",
            "HALVERSEN, KJELL",
            "PT-20817",
            "9A7710233401",
            [
                Svc(d(1, 5), "97167", 1, ("GO",)),
                Svc(d(1, 5), "97530", 2, ("GO",)),
                Svc(d(1, 5), "97140", 1, ("GO", "59")),
            ],
            D("20.00"),
            D("0.00"),
        ),
        (
            "HALVERSEN, ODA",
            "HALVERSEN, KJELL",
            "PT-20866",
            "9A7710233417",
            [Svc(d(1, 12), "97530", 3, ("GO",)), Svc(d(1, 12), "97535", 2, ("GO",))],
            D("20.00"),
            D("1.84"),
        ),
        (
            "TRAN, BAO",
            "TRAN, MINH",
            "PT-20901",
            "9A7710234098",
            [Svc(d(1, 8), "92507", 1, ("GN",)), Svc(d(1, 8), "92526", 1, ("GN",), denied="CO")],
            D("0.00"),
            D("0.00"),
        ),
        (
            "PELLETIER, NOA",
            "PELLETIER, NOA",
            "PT-20944",
            "9A7710234311",
            [
                Svc(d(1, 9), "97110", 3, ("GP", "CQ")),
                Svc(d(1, 9), "97112", 2, ("GP",)),
                Svc(d(1, 9), "97140", 2, ("GP", "59")),
            ],
            D("20.00"),
            D("0.00"),
        ),
    ]
    for *_, svcs, _, _ in claims:
        for s in svcs:
            commercial(s, st, deny_reason="97")
            if s.denied:
                s.remarks = ["M15"]
    cols = [
        (30, "l"),
        (84, "l"),
        (124, "l"),
        (170, "r"),
        (226, "r"),
        (282, "r"),
        (330, "r"),
        (376, "r"),
        (420, "r"),
        (474, "r"),
        (492, "l"),
        (600, "r"),
        (616, "l"),
    ]
    labels = [
        "SERV DATE",
        "PROC",
        "MOD",
        "NOS",
        "BILLED",
        "ALLOWED",
        "DEDUCT",
        "COINS",
        "COPAY",
        "PAID",
        "GRP-RSN",
        "ADJ AMT",
        "REMARK",
    ]

    def masthead():
        cv.f(12, True).t(30, 36, "Cobalt Ridge Health Insurance Company")
        cv.f(7).t(
            30,
            46,
            "Provider Remittance Advice  ·  PO Box 66120, Ardmore Flats, TX 75301  ·  Provider services 1-877-555-0162",
        )
        cv.t(W - 30, 36, f"Payee: SUMMIT STREET REHAB PLLC   TIN: XX-XXX4417   Page {cv.page} of 2", "r")
        cv.t(W - 30, 46, "Check/EFT #: 00728841157   Payment date: 01/27/2026", "r")
        cv.hline(30, W - 30, 53, 1)
        cv.f(7, True)
        row(cv, 66, cols, labels)
        cv.hline(30, W - 30, 70, 0.4)
        return 84

    y = masthead()
    for ci, (pat, ins, acct, cno, svcs, cl_copay, interest) in enumerate(claims):
        if ci == 3:
            cv.f(6.5).t(W / 2, cv.H - 20, "Continued", "c")
            cv.newpage()
            y = masthead()
        cv.box(30, y - 9, W - 60, 22, fill=0.9, stroke=False)
        cv.f(7.5, True).t(34, y, f"PATIENT: {pat}")
        cv.f(7.5).t(200, y, f"INSURED: {ins}    MEMBER ID: CRH{4410288 + ci * 17}    PATIENT ACCT: {acct}")
        cv.t(34, y + 9, f"CLAIM #: {cno}    STATUS: PROCESSED AS PRIMARY    RECEIVED: 01/1{ci}/2026")
        y += 24
        for s in svcs:
            cv.f(7.5)
            adjs = list(s.adjs)
            row(
                cv,
                y,
                cols,
                [
                    dfmt(s.dos, "mdy4"),
                    s.code,
                    " ".join(s.mods),
                    eobgen.units_str(s.units),
                    money(s.billed, ","),
                    money(s.allowed, ","),
                    money(s.deductible, ","),
                    money(s.coinsurance, ","),
                    money(s.copay, ","),
                    money(s.paid, ","),
                    f"{adjs[0][0]}-{adjs[0][1]}",
                    money(adjs[0][2], ","),
                    " ".join(s.remarks),
                ],
            )
            yl = y
            for g, r, a in adjs[1:]:
                yl += 9
                cv.t(492, yl, f"{g}-{r}")
                cv.t(600, yl, money(a, ","), "r")
            doc.line(
                s,
                description=False,
                bands=[band(cv, y, yl, 7.5)],
                cid=acct,
                pcid=cno,
                pat=pat,
                adjustments=adjs,
                remarks=s.remarks,
                printed=("billed", "allowed", "deductible", "coinsurance", "copay", "paid"),
            )
            y = yl + 12
        tv = {a: total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "copay", "paid")}
        cv.hline(140, 480, y - 8, 0.4)
        cv.f(7.5, True)
        row(
            cv,
            y,
            cols,
            [
                "",
                "CLAIM TOTALS",
                "",
                "",
                money(tv["billed"], ","),
                money(tv["allowed"], ","),
                money(tv["deductible"], ","),
                money(tv["coinsurance"], ","),
                money(tv["copay"], ","),
                money(tv["paid"], ","),
                "",
                "",
                "",
            ],
        )
        doc.claim(acct, cno, pat, claim_totals(tv["billed"], tv["allowed"], tv["paid"], None), [band(cv, y, size=7.5)])
        cv.f(7.5)
        y += 11
        net = tv["paid"]
        if cl_copay:
            cv.t(84, y, "CLAIM ADJ")
            cv.t(492, y, "PR-3")
            cv.t(600, y, money(cl_copay, ","), "r")
            cv.t(616, y, "copay applied to claim")
            net -= cl_copay
            y += 10
        if interest:
            cv.t(84, y, "INTEREST")
            cv.t(600, y, money(interest, ","), "r")
            net += interest
            y += 10
        cv.f(7.5, True).t(84, y, "NET CLAIM PAYMENT")
        cv.t(474, y, money(net, ","), "r")
        y += 22
    cv.f(7.5, True).t(30, y, "REMARK AND ADJUSTMENT CODES USED ON THIS ADVICE")
    doc.legend = [("M15", "Billed separately but paid as part of another service on the same day.")]
    cv.f(7).t(30, y + 10, "M15  Billed separately but paid as part of another service on the same day.")
    cv.t(
        30,
        y + 19,
        "CO-45 contracted rate reduction.  PR-1 deductible.  PR-2 coinsurance.  PR-3 copay.  CO-97 "
        "bundled into another service.",
    )
    cv.f(6.5).t(W / 2, cv.H - 20, "End of remittance", "c")
    doc.pages = cv.save()
    return doc


# =============================================================================================== L6
def l6_medicare_advantage_member(out: Path) -> Doc:
    """Medicare Advantage PPO member EOB in the newer model style: dates as heading rows."""
    doc = Doc(
        "x6_medicare_advantage_member_eob.pdf",
        "x6",
        "reportlab",
        "Medicare Advantage PPO member EOB (model-notice style), DejaVu Sans: per-provider blocks, the DATE "
        "printed once as a heading row ('Monday, January 5, 2026') above that day's services, service wording "
        "with '(97110-GP)', Provider charged / Plan-approved amount / Plan's share / Your share, per-day copay, a "
        "denied line, month + year-to-date box, 2 pages",
    )
    cv = Canvas("rl", out / doc.name, "DejaVuSans")
    W = cv.W
    pat = "Delphine Marchetti"
    blocks = [
        (
            "Copperfield Outpatient Rehabilitation",
            "CR-60331",
            "26-0044187-03",
            [
                (d(1, 5), [Svc(d(1, 5), "97163", 1, ("GP",)), Svc(d(1, 5), "97110", 2, ("GP",))]),
                (
                    d(1, 7),
                    [
                        Svc(d(1, 7), "97110", 2, ("GP",)),
                        Svc(d(1, 7), "97116", 1, ("GP",)),
                        Svc(d(1, 7), "G0283", 1, ("GP",)),
                    ],
                ),
                (
                    d(1, 12),
                    [
                        Svc(d(1, 12), "97140", 2, ("GP",)),
                        Svc(d(1, 12), "97530", 1, ("GP",)),
                        Svc(d(1, 12), "0552T", 1, (), denied="PR"),
                    ],
                ),
            ],
        ),
        (
            "Saltmarsh Hand Therapy",
            "SHT-1187",
            "26-0046920-01",
            [
                (d(1, 14), [Svc(d(1, 14), "97165", 1, ("GO",)), Svc(d(1, 14), "97760", 1, ("GO",))]),
                (d(1, 21), [Svc(d(1, 21), "97760", 2, ("GO",)), Svc(d(1, 21), "97110", 1, ("GO",))]),
            ],
        ),
        ("Larkmoor Internal Medicine", "204117", "26-0047733-02", [(d(1, 16), [Svc(d(1, 16), "99213", 1)])]),
    ]
    copay = {
        "Copperfield Outpatient Rehabilitation": D("30.00"),
        "Saltmarsh Hand Therapy": D("30.00"),
        "Larkmoor Internal Medicine": D("10.00"),
    }
    for prov, _, _, days in blocks:
        for _, svcs in days:
            paid_copay = False
            for s in svcs:
                if s.denied:
                    s.allowed = ZERO
                    s.not_covered = s.billed
                    s.owes = s.billed
                    s.paid = ZERO
                    continue
                s.allowed = q(D(eobgen.SCHED[s.code]) * s.units * D("1.04"))
                s.copay = ZERO if paid_copay else min(copay[prov], s.allowed)
                paid_copay = True
                s.owes = s.copay
                s.paid = s.allowed - s.copay
                s.desc = f"{s.desc} ({s.code}{'-' + '-'.join(s.mods) if s.mods else ''})"
    for prov, _, _, days in blocks:
        for _, svcs in days:
            for s in svcs:
                if s.denied:
                    s.desc = f"{s.desc} ({s.code})"
    cols = [(54, "l"), (330, "r"), (400, "r"), (462, "r"), (520, "r"), (538, "l")]
    labels = ["Service you got", "Provider|charged", "Plan-approved|amount", "Plan's|share", "Your|share", "See|note"]

    def masthead():
        cv.f(14, True).t(40, 46, "Evergreen Horizon Medicare Advantage")
        cv.f(7.5).t(40, 58, "Evergreen Horizon Health Plans (PPO)  ·  H9981-004  ·  Member services 1-855-555-0117")
        cv.f(9, True).t(W - 40, 46, "Your Explanation of Benefits", "r")
        cv.f(7.5).t(W - 40, 58, f"January 2026  ·  Page {cv.page} of 2", "r")
        cv.hline(40, W - 40, 66, 1.2)

    masthead()
    cv.f(8.5).t(40, 84, f"Member: {pat}     Member ID: EHX 60174 2281")
    cv.box(330, 76, W - 370, 54, fill=0.93, stroke=False)
    cv.f(8, True).t(338, 88, "Your costs for medical care")
    cv.f(7.5).t(338, 100, "This month: see the 'Your share' column")
    cv.t(338, 111, "Maximum out-of-pocket this year: $4,500.00")
    cv.t(338, 122, "You have spent $310.00 toward it so far")
    cv.f(10, True).t(40, 148, "Part 2: Your claims for medical care this month")
    y = 166
    for bi, (prov, acct, cno, days) in enumerate(blocks):
        if bi == 1:
            cv.box(40, y, W - 80, 120, lw=0.8)
            cv.f(9, True).t(48, y + 16, "Part 3: Your total costs for covered medical care in 2026")
            cv.f(7.5)
            for i, (k, v) in enumerate(
                (
                    ("Plan deductible", "This plan has no medical deductible."),
                    ("Maximum out-of-pocket (in network)", "$4,500.00 a year"),
                    ("Amount applied so far this year", "$310.00"),
                    ("Amount left before you reach the maximum", "$4,190.00"),
                    ("Outpatient rehabilitation copay", "$30.00 per day, per provider"),
                    ("Primary care office visit copay", "$10.00 per visit"),
                )
            ):
                cv.t(48, y + 34 + 13 * i, k)
                cv.t(W - 48, y + 34 + 13 * i, v, "r")
            pages_footer(cv, "EHX-EOB  Page {p} of {n}", 2)
            cv.newpage()
            masthead()
            y = 86
        cv.box(40, y - 11, W - 80, 28, fill=0.86, stroke=False)
        cv.f(8.5, True).t(46, y, prov)
        cv.f(7.5).t(46, y + 11, f"Claim number {cno}     Your provider's account number {acct}     In network")
        y += 30
        cv.f(7, True)
        y = header(cv, y, cols, labels, 8.5) + 3
        cv.hline(40, W - 40, y, 0.4)
        y += 12
        allsvcs = []
        for day, svcs in days:
            cv.f(7.8, True).t(46, y, f"{day:%A}, {day:%B} {day.day}, {day.year}")
            dband = band(cv, y, size=7.8)
            y += 11
            cv.f(7.5)
            for s in svcs:
                note = ["C"] if s.copay else (["N"] if s.denied else [])
                row(
                    cv,
                    y,
                    cols,
                    [
                        s.desc,
                        money(s.billed, "$"),
                        money(s.allowed, "$"),
                        money(s.paid, "$"),
                        money(s.owes, "$"),
                        " ".join(note),
                    ],
                )
                doc.line(
                    s,
                    [band(cv, y, size=7.5), dband],
                    cid=acct,
                    pcid=cno,
                    pat=pat,
                    units=False,
                    modifiers=bool(s.mods),
                    printed=("billed", "allowed", "paid", "patient_owes"),
                    remarks=note,
                )
                allsvcs.append(s)
                y += 11
            y += 2
        cv.hline(40, W - 40, y - 8, 0.4)
        tb, ta, tp, to = (total(allsvcs, a) for a in ("billed", "allowed", "paid", "owes"))
        cv.f(7.5, True)
        row(
            cv,
            y + 1,
            cols,
            ["Total for this claim", money(tb, "$"), money(ta, "$"), money(tp, "$"), money(to, "$"), ""],
        )
        doc.claim(acct, cno, pat, claim_totals(tb, ta, tp, to), [band(cv, y + 1, size=7.5)])
        y += 28
    cv.f(8.5, True).t(40, y, "Notes")
    doc.legend = [
        ("C", "Your plan's copay for this kind of visit; one copay per day per provider."),
        (
            "N",
            "Medicare does not cover this service and our plan does not add it. Ask the provider about "
            "a written notice before such services.",
        ),
    ]
    cv.f(7.5)
    for i, (k, v) in enumerate(doc.legend):
        cv.t(40, y + 12 + 10 * i, f"{k}   {v}")
    pages_footer(cv, "EHX-EOB  Page {p} of {n}", 2)
    doc.pages = cv.save()
    return doc


# =============================================================================================== L7
def l7_secondary_cob_member(out: Path) -> Doc:
    """Secondary commercial plan member EOB after another parent's primary plan; ruled grid."""
    doc = Doc(
        "x7_secondary_plan_cob_eob.pdf",
        "x7",
        "fpdf2",
        "Secondary commercial plan member EOB (coordination of benefits, child on both parents' plans), "
        "Liberation Serif, fully ruled grid: Charges / Primary plan allowed / Primary plan paid / This plan "
        "allows / Paid by this plan / Your balance, Procedure '97530 GO' and Units columns; truth allowed = "
        "this plan's allowance, paid = this plan's payment",
    )
    cv = Canvas("fpdf", out / doc.name, "LiberationSerif")
    W = cv.W
    prim = PlanState(ded_left=D("200.00"), coins_rate=D("0.30"), allowed_rate=D("0.70"))
    claims = [
        (
            "Ottilie Brandvold",
            "BR-33018",
            "S-26-004410",
            [Svc(d(1, 6), "97530", 3, ("GO",)), Svc(d(1, 6), "97533", 1, ("GO",))],
        ),
        (
            "Ottilie Brandvold",
            "BR-33102",
            "S-26-004977",
            [
                Svc(d(1, 13), "97530", 2, ("GO",)),
                Svc(d(1, 13), "97112", 2, ("GO",)),
                Svc(d(1, 13), "97535", 1, ("GO", "59")),
            ],
        ),
        (
            "Anders Brandvold",
            "BR-33150",
            "S-26-005206",
            [Svc(d(1, 15), "92523", 1, ("GN",)), Svc(d(1, 20), "92507", 1, ("GN",))],
        ),
    ]
    extra = {}
    for *_, svcs in claims:
        for s in svcs:
            commercial(s, prim)
            prim_allowed, prim_paid = s.allowed, s.paid
            bal = s.deductible + s.coinsurance
            sec_allowed = q(s.billed * D("0.75"))
            sec_normal = q(sec_allowed * D("0.80"))
            s.allowed = sec_allowed
            s.paid = min(bal, sec_normal, max(ZERO, sec_allowed - prim_paid))
            s.owes = bal - s.paid
            s.deductible = s.copay = s.coinsurance = ZERO
            extra[id(s)] = (prim_allowed, prim_paid, bal)
    xs = [36, 92, 150, 180, 228, 280, 330, 380, 430, 480, 530, W - 36]
    labels = [
        "Date of|service",
        "Procedure",
        "Units",
        "Charges",
        "Primary|plan|allowed",
        "Primary|plan|paid",
        "Balance|after|primary",
        "This plan|allows",
        "Paid by|this plan",
        "Your|balance",
        "Notes",
    ]

    cv.f(15, True).t(36, 46, "Pinecrest Mutual Benefit Plan")
    cv.f(8).t(
        36,
        58,
        "Administered for the Bellhaven School District Employee Trust  ·  Claims: PO Box 4470, Dunmore "
        "Ridge, NC 27514",
    )
    cv.f(11, True).t(W - 36, 46, "EXPLANATION OF BENEFITS", "r")
    cv.f(8).t(W - 36, 58, "Secondary coverage  ·  This is not a bill", "r")
    cv.hline(36, W - 36, 64, 1)
    cv.f(8.5).t(36, 82, "Employee: Hedda Brandvold        Member no.: PMB-0071624        Date: January 29, 2026")
    cv.t(
        36,
        94,
        "Other coverage on file (primary for the children under the birthday rule): Keelson Health Plan, "
        "policy holder Rolf Brandvold",
    )
    y = 116
    for pat, acct, cno, svcs in claims:
        cv.f(9, True).t(36, y, f"Patient: {pat}")
        cv.f(8).t(220, y, f"Claim No. {cno}     Provider: Hollowbrook Pediatric Therapy     Acct. {acct}")
        y += 8
        top = y
        cv.box(36, y, W - 72, 32, fill=0.9, stroke=False)
        cv.f(7, True)
        for i, lb in enumerate(labels):
            parts = lb.split("|")
            for k, part in enumerate(parts):
                cv.t((xs[i] + xs[i + 1]) / 2, y + 9 + 8 * k + (3 - len(parts)) * 4, part, "c")
        y += 32
        cv.f(7.8)
        for s in svcs:
            pa, pp, bal = extra[id(s)]
            note = "P1" if s.owes == 0 else "P2"
            vals = [
                dfmt(s.dos, "mdy4"),
                f"{s.code} {' '.join(s.mods)}",
                eobgen.units_str(s.units),
                money(s.billed, ","),
                money(pa, ","),
                money(pp, ","),
                money(bal, ","),
                money(s.allowed, ","),
                money(s.paid, ","),
                money(s.owes, ","),
                note,
            ]
            for i, v in enumerate(vals):
                if i in (0, 1, 2, 10):
                    cv.t(xs[i] + 4, y + 11, v)
                else:
                    cv.t(xs[i + 1] - 4, y + 11, v, "r")
            doc.line(
                s,
                description=False,
                bands=[band(cv, y + 11, size=7.8)],
                cid=acct,
                pcid=cno,
                pat=pat,
                remarks=[note],
                printed=("billed", "allowed", "paid", "patient_owes"),
            )
            y += 16
            cv.hline(36, W - 36, y, 0.4)
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        cv.f(7.8, True)
        cv.t(xs[0] + 4, y + 11, "Claim totals")
        for i, v in ((3, tb), (7, ta), (8, tp), (9, to)):
            cv.t(xs[i + 1] - 4, y + 11, money(v, ","), "r")
        doc.claim(acct, cno, pat, claim_totals(tb, ta, tp, to), [band(cv, y + 11, size=7.8)])
        y += 16
        for x in xs:
            cv.vline(x, top, y, 0.5)
        cv.hline(36, W - 36, top, 0.6)
        cv.hline(36, W - 36, y, 0.6)
        y += 26
    doc.legend = [
        ("P1", "This plan paid the balance the primary plan left; you owe nothing for this service."),
        ("P2", "This plan paid up to what it would have paid as your only plan. The rest stays with you."),
    ]
    cv.f(9, True).t(36, y, "Notes")
    cv.f(8)
    for i, (k, v) in enumerate(doc.legend):
        cv.t(36, y + 13 + 11 * i, f"{k}  {v}")
    cv.f(7).t(W / 2, cv.H - 24, "PMB EOB-S  ·  page 1 of 1", "c")
    doc.pages = cv.save()
    return doc


# =============================================================================================== L8
def l8_pediatric_statement(out: Path) -> Doc:
    """Pediatric practice (with in-house therapy) patient statement with a detachable payment stub."""
    with tempfile.TemporaryDirectory() as tmp:
        n = _l8(Path(tmp), 0).pages  # first pass counts the pages for "Page x of N"
    return _l8(out, n)


def _l8(out: Path, pages: int) -> Doc:
    doc = Doc(
        "x8_pediatric_practice_statement.pdf",
        "x8",
        "reportlab",
        "Pediatric practice patient statement with a tear-off payment stub, core Times: visit groups with "
        "'Visit #', charge rows (Date / Patient / Code / Description / Charge / Ins. paid / Ins. adj. / "
        "Your balance) and an italic insurance line under each visit naming the insurer's claim number, "
        "two children, visits run on to page 2 under a repeated heading, aging line",
    )
    cv = Canvas("rl", out / doc.name, "Times")
    W = cv.W
    doc.rules |= {"wo"}
    sunfl = PlanState(ded_left=D("60.00"), coins_rate=D("0.10"), allowed_rate=D("0.64"), visit_copay=D("25.00"))
    visits = [
        (
            "Poppy Nakashima-Reyes",
            "V-0118842",
            "Sunflower Health Plan",
            "SH2601127790",
            d(1, 22),
            [Svc(d(1, 6), "99392", 1, ("25",)), Svc(d(1, 6), "90460", 1), Svc(d(1, 6), "96110", 1)],
        ),
        (
            "Poppy Nakashima-Reyes",
            "V-0119010",
            "Sunflower Health Plan",
            "SH2601131042",
            d(1, 24),
            [Svc(d(1, 10), "97165", 1, ("GO",)), Svc(d(1, 10), "97530", 1, ("GO",))],
        ),
        (
            "Felix Nakashima-Reyes",
            "V-0119135",
            "Sunflower Health Plan",
            "SH2601140218",
            d(1, 27),
            [Svc(d(1, 13), "92523", 1, ("GN",))],
        ),
        (
            "Felix Nakashima-Reyes",
            "V-0119377",
            "Sunflower Health Plan",
            "SH2601152266",
            d(1, 29),
            [Svc(d(1, 20), "92507", 1, ("GN",)), Svc(d(1, 20), "92610", 1, ("GN",))],
        ),
        (
            "Poppy Nakashima-Reyes",
            "V-0119401",
            "Sunflower Health Plan",
            "SH2601153019",
            d(1, 30),
            [Svc(d(1, 21), "97530", 2, ("GO",)), Svc(d(1, 21), "97533", 1, ("GO",))],
        ),
    ]
    for k in range(9):
        dd = d(1, 22 + k)
        if k % 2 == 0:
            visits.append(
                (
                    "Poppy Nakashima-Reyes",
                    f"V-01195{20 + k * 7}",
                    "Sunflower Health Plan",
                    f"SH26011{60 + k * 3}{410 + k * 37}",
                    d(2, 1 + k),
                    [Svc(dd, "97530", 2, ("GO",)), Svc(dd, "97535", 1, ("GO",))],
                )
            )
        else:
            visits.append(
                (
                    "Felix Nakashima-Reyes",
                    f"V-01195{20 + k * 7}",
                    "Sunflower Health Plan",
                    f"SH26011{60 + k * 3}{410 + k * 37}",
                    d(2, 1 + k),
                    [Svc(dd, "92507", 1, ("GN",))],
                )
            )
    for *_, svcs in visits:
        for s in svcs:
            commercial(s, sunfl)
    due = sum(total(v[5], "owes") for v in visits)
    cv.f(16, True).t(40, 48, "Maple Hollow Pediatrics")
    cv.f(9).t(
        40, 60, "& Maple Hollow Kids Therapy  ·  410 Orchard Row, Suite 2, Calder Springs, ME 04011  ·  (207) 555-0138"
    )
    cv.f(8).t(40, 78, "PLEASE DETACH AND RETURN THE TOP PORTION WITH YOUR PAYMENT")
    cv.box(40, 86, W - 80, 76)
    cv.f(9).t(50, 102, "Statement date: 02/01/2026")
    cv.t(50, 115, "Account number: MHP-220417")
    cv.t(50, 128, "Guarantor: Keiko Nakashima-Reyes")
    cv.t(50, 141, "19 Tamarack Way, Calder Springs, ME 04012")
    cv.t(320, 102, "Amount due:")
    cv.f(9, True).t(W - 50, 102, money(due, "$"), "r")
    cv.f(9).t(320, 118, "Please pay by: 02/25/2026")
    cv.t(320, 134, "Amount enclosed: $ ____________")
    cv.t(320, 150, "Visa / MC / Discover   Card # ______________")
    for x in range(40, int(W - 40), 8):
        cv.hline(x, x + 4, 176, 0.6)
    cv.f(12, True).t(40, 198, "Statement of Account")
    cv.f(9).t(W - 40, 198, "Account MHP-220417", "r")
    cols = [(40, "l"), (92, "l"), (200, "l"), (246, "l"), (420, "r"), (466, "r"), (514, "r"), (W - 40, "r")]
    labels = ["Date", "Patient", "Code", "Description", "Charge", "Ins. paid", "Ins. adj.", "Your balance"]
    cv.f(8.5, True)
    row(cv, 218, cols, labels)
    cv.hline(40, W - 40, 222, 0.8)
    y = 236
    for vi, (pat, visit, ins, icn, paid_on, svcs) in enumerate(visits):
        if y > cv.H - 70 - 11 * len(svcs):
            cv.f(8).t(W / 2, cv.H - 24, f"Page {cv.page} of {pages} — continued on next page", "c")
            cv.newpage()
            cv.f(11, True).t(40, 48, "Maple Hollow Pediatrics — Statement of Account (continued)")
            cv.f(8.5).t(W - 40, 48, f"Account MHP-220417   Page {cv.page} of {pages}", "r")
            cv.f(8.5, True)
            row(cv, 70, cols, labels)
            cv.hline(40, W - 40, 74, 0.8)
            y = 88
        cv.f(8.5, True).t(
            40,
            y,
            f"Visit # {visit}  ·  {pat}  ·  Provider: "
            + (
                "Dr. Imogen Fairleigh, MD"
                if svcs[0].code.startswith("9") and svcs[0].code[:3] in ("993", "904", "961")
                else "Maple Hollow Kids Therapy"
            ),
        )
        y += 12
        cv.f(8.5)
        for s in svcs:
            desc = s.desc
            row(
                cv,
                y,
                cols,
                [
                    dfmt(s.dos, "mdy2"),
                    pat.split()[0],
                    f"{s.code}{'-' + s.mods[0] if s.mods else ''}",
                    desc,
                    money(s.billed, ","),
                    money(s.paid, ","),
                    money(s.discount, ","),
                    money(s.owes, ","),
                ],
            )
            doc.line(
                s,
                [band(cv, y, size=8.5)],
                cid=visit,
                pcid=icn,
                pat=pat,
                units=False,
                printed=("billed", "paid", "discount", "patient_owes"),
            )
            y += 11
        doc.claim(visit, icn, pat, claim_totals())
        cv.f(8, fam="Times").t(
            60, y, f"{ins} claim {icn} — processed {dfmt(paid_on, 'mdy2')}; balance transferred to you"
        )
        y += 16
    y += 6
    cv.hline(40, W - 40, y - 8, 0.6)
    cv.f(9, True).t(246, y + 4, "Total now due from you")
    cv.t(W - 40, y + 4, money(due, "$"), "r")
    cv.f(8).t(
        40,
        y + 24,
        "Current: " + money(due, "$") + "     31-60 days: $0.00     61-90 days: $0.00     Over 90 days: $0.00",
    )
    cv.t(
        40,
        y + 36,
        "Questions about this bill? Call our billing office, Mon-Fri 8-4:30. Pay online at maplehollowpeds.example/pay",
    )
    cv.f(8).t(W / 2, cv.H - 24, f"Page {cv.page} of {pages}", "c")
    doc.pages = cv.save()
    assert pages in (0, doc.pages), doc.pages
    return doc


# =============================================================================================== L9
def l9_partial_denial_eob(out: Path) -> Doc:
    """Member EOB for a partly denied claim: status column and a wrapped 'Why' explanation in each row."""
    doc = Doc(
        "x9_partial_denial_member_eob.pdf",
        "x9",
        "fpdf2",
        "Member EOB headed 'Some services on this claim were not covered', DejaVu Sans: Date / Code / Mod / "
        "Units / Billed / Allowed / Not covered / Plan paid / You owe / Status / Why (a sentence wrapping "
        "over 2-3 text lines inside the row, with a note code), statuses Paid / Denied / Partly paid (units "
        "cut), appeal box, second claim on page 2",
    )
    cv = Canvas("fpdf", out / doc.name, "DejaVuSans")
    W = cv.W
    st = PlanState(ded_left=D("0.00"), coins_rate=D("0.15"), allowed_rate=D("0.72"))
    why = {
        "ok": ("Paid at your in-network benefit after coinsurance.", "R10"),
        "auth": (
            "Your plan needs approval before this service. None was on file, so the plan paid nothing; the "
            "provider agreed not to bill you.",
            "R41",
        ),
        "units": ("Only 2 of the 4 units billed were approved for this date. The plan paid the approved part.", "R52"),
        "excl": ("Your plan does not cover this item. The provider may bill you for it.", "R77"),
        "dup": ("This service was already processed on an earlier claim.", "R18"),
    }
    claims = [
        (
            "Lennox Abernathy-Cole",
            "ACT 60-4421",
            "C2601-88310-7",
            [
                (Svc(d(1, 8), "97530", 3, ("GO",)), "ok"),
                (Svc(d(1, 8), "97533", 2, ("GO",)), "auth"),
                (Svc(d(1, 8), "97535", 4, ("GO", "59")), "units"),
                (Svc(d(1, 8), "E1399", 1), "excl"),
            ],
        ),
        (
            "Lennox Abernathy-Cole",
            "ACT 60-4470",
            "C2601-90112-3",
            [
                (Svc(d(1, 15), "97530", 3, ("GO",)), "ok"),
                (Svc(d(1, 15), "97530", 3, ("GO",)), "dup"),
                (Svc(d(1, 15), "97168", 1, ("GO",)), "ok"),
            ],
        ),
    ]
    status = {"ok": "Paid", "auth": "Denied", "units": "Partly paid", "excl": "Denied", "dup": "Denied"}
    for *_, items in claims:
        for s, k in items:
            if k == "ok":
                commercial(s, st)
            elif k in ("auth", "dup"):
                s.not_covered = s.billed  # provider write-off: member owes nothing
            elif k == "excl":
                s.not_covered = s.billed
                s.owes = s.billed
            else:
                approved = q(D(eobgen.FEE[s.code]) * 2)
                s.not_covered = s.billed - approved
                s.allowed = q(approved * D("0.72"))
                s.coinsurance = q(s.allowed * D("0.15"))
                s.paid = s.allowed - s.coinsurance
                s.owes = s.coinsurance
    cols = [
        (30, "l"),
        (84, "l"),
        (116, "l"),
        (158, "r"),
        (200, "r"),
        (242, "r"),
        (288, "r"),
        (330, "r"),
        (370, "r"),
        (378, "l"),
        (430, "l"),
    ]
    labels = [
        "Date",
        "Code",
        "Mod",
        "Units",
        "Billed",
        "Allowed",
        "Not|covered",
        "Plan|paid",
        "You|owe",
        "Status",
        "Why",
    ]

    def masthead():
        cv.f(14, True).t(30, 44, "Tallgrass Benefit Partners")
        cv.f(7).t(30, 54, "Claims administrator for the Prairie Rail Workers Health Fund  ·  1-800-555-0179")
        cv.f(10, True).t(W - 30, 44, "Explanation of Benefits", "r")
        cv.f(7).t(W - 30, 54, f"Mailed 01/31/2026  ·  Page {cv.page} of 2  ·  Not a bill", "r")
        cv.hline(30, W - 30, 60, 0.8)

    masthead()
    cv.f(8).t(30, 76, "Member: Priya Abernathy-Cole    ID: TBP 0553 1182 02    Patient: Lennox Abernathy-Cole (son)")
    cv.box(30, 86, W - 60, 40, fill=0.88, stroke=True, lw=1.2)
    cv.f(11, True).t(40, 102, "Some services on this claim were not covered")
    cv.f(7.5).t(40, 115, "Read the 'Why' column. You can appeal within 180 days of this notice; see the back page.")
    y = 146
    for ci, (pat, acct, cno, items) in enumerate(claims):
        if ci == 1:
            cv.f(6.5).t(W / 2, cv.H - 20, "Page 1 of 2", "c")
            cv.newpage()
            masthead()
            y = 82
        cv.f(8.5, True).t(30, y, f"Claim number: {cno}")
        cv.f(8).t(200, y, f"Provider: Bluestem Sensory & Motor Clinic    Provider's account no.: {acct}")
        y += 16
        cv.f(7, True)
        y = header(cv, y, cols, labels, 8) + 3
        cv.hline(30, W - 30, y, 0.5)
        y += 11
        svcs = []
        for s, k in items:
            text, code = why[k]
            cv.f(7.2)
            row(
                cv,
                y,
                cols,
                [
                    dfmt(s.dos, "mdy2"),
                    s.code,
                    ",".join(s.mods),
                    eobgen.units_str(s.units),
                    money(s.billed, ","),
                    money(s.allowed, ","),
                    money(s.not_covered, ","),
                    money(s.paid, ","),
                    money(s.owes, ","),
                    status[k],
                    "",
                ],
            )
            wl = cv.f(6.8).wrap(f"{code}: {text}", W - 30 - 430)
            for i, ln in enumerate(wl):
                cv.t(430, y + i * 8, ln)
            yl = y + 8 * (len(wl) - 1)
            doc.line(
                s,
                description=False,
                bands=[band(cv, y, yl, 7.2)],
                cid=acct,
                pcid=cno,
                pat=pat,
                remarks=[code],
                printed=("billed", "allowed", "not_covered", "paid", "patient_owes"),
            )
            svcs.append(s)
            y = yl + 13
            cv.hline(30, W - 30, y - 9, 0.2, gray=0.6)
        tb, ta, tn, tp, to = (total(svcs, a) for a in ("billed", "allowed", "not_covered", "paid", "owes"))
        cv.f(7.2, True)
        row(
            cv,
            y,
            cols,
            [
                "Claim total",
                "",
                "",
                "",
                money(tb, ","),
                money(ta, ","),
                money(tn, ","),
                money(tp, ","),
                money(to, ","),
                "",
                "",
            ],
        )
        doc.claim(acct, cno, pat, claim_totals(tb, ta, tp, to), [band(cv, y, size=7.2)])
        y += 30
    cv.box(30, y, W - 60, 60)
    cv.f(9, True).t(38, y + 14, "Your right to appeal")
    cv.f(7.5)
    for i, ln in enumerate(
        cv.wrap(
            "If you disagree with a decision on this page, write to Tallgrass Benefit Partners, "
            "Appeals Unit, PO Box 2218, Wichita Bend, KS 67202 within 180 days. Include the "
            "claim number and why you think the service should be covered. You may also ask "
            "for the plan rules we used, free of charge.",
            W - 80,
        )
    ):
        cv.t(38, y + 27 + 9 * i, ln)
    doc.legend = [(v[1], v[0]) for v in why.values()]
    cv.f(6.5).t(W / 2, cv.H - 20, "Page 2 of 2", "c")
    doc.pages = cv.save()
    return doc


# =============================================================================================== L10
def l10_month_end_summary(out: Path) -> Doc:
    """Month-end member claims summary: many visits, grouped by provider, zebra rows, repeated header."""
    with tempfile.TemporaryDirectory() as tmp:
        n = _l10(Path(tmp), 0).pages  # first pass counts the pages for "Page x of N"
    return _l10(out, n)


def _l10(out: Path, pages: int) -> Doc:
    doc = Doc(
        "x10_month_end_family_summary.pdf",
        "x10",
        "reportlab",
        "Monthly family claims summary from an employer plan (many therapy visits), landscape Liberation Sans "
        "Narrow: one row per service grouped under provider bands with provider subtotals, claim number and "
        "patient on every row, dates 1/6/26, glued '97530GO', Billed / Plan discount / Plan paid / Deductible "
        "/ Copay / Coinsurance / Not covered / You may owe, zebra shading, header repeated on each page; no "
        "per-claim totals, no provider account number",
    )
    cv = Canvas("rl", out / doc.name, "LiberationSansNarrow", size=(792, 612))
    W = cv.W
    doc.rules |= {"owes"}
    st = PlanState(ded_left=D("300.00"), coins_rate=D("0.20"), allowed_rate=D("0.76"), visit_copay=D("20.00"))
    kids = ["Maisie Thornquist", "Bram Thornquist"]
    provs = {"Quarry Hill Pediatric OT": [], "Riverlight Speech Therapy": [], "Dr. Solveig Arne, DO": []}
    n = 0
    for wk in range(4):
        for day, code_set in (
            (5, [("97530", 3, ("GO",)), ("97533", 1, ("GO",)), ("97110", 1, ("GO",))]),
            (8, [("97530", 2, ("GO",)), ("97535", 1, ("GO",)), ("97112", 1, ("GO", "59"))]),
        ):
            dd = d(1, day + 7 * wk)
            n += 1
            svcs = [Svc(dd, c, u, m) for c, u, m in code_set]
            provs["Quarry Hill Pediatric OT"].append((kids[0], f"2601{4700 + n:04d}{n % 7}", svcs))
        for day in (6, 9):
            dd = d(1, day + 7 * wk)
            n += 1
            svcs = [Svc(dd, "92507", 1, ("GN",))] + (
                [Svc(dd, "92526", 1, ("GN",), denied="PR")] if (wk, day) == (2, 6) else []
            )
            provs["Riverlight Speech Therapy"].append((kids[1], f"2601{4800 + n:04d}{n % 7}", svcs))
    provs["Dr. Solveig Arne, DO"].append((kids[1], "26015011203", [Svc(d(1, 19), "99213", 1)]))
    provs["Dr. Solveig Arne, DO"].append(
        (kids[0], "26015011377", [Svc(d(1, 26), "99213", 1, ("25",)), Svc(d(1, 26), "96110", 1)])
    )
    for rows_ in provs.values():
        for _, _, svcs in rows_:
            for s in svcs:
                commercial(s, st)
    cols = [
        (30, "l"),
        (96, "l"),
        (176, "l"),
        (214, "l"),
        (262, "l"),
        (456, "r"),
        (500, "r"),
        (546, "r"),
        (592, "r"),
        (632, "r"),
        (680, "r"),
        (720, "r"),
        (W - 30, "r"),
    ]
    labels = [
        "Claim number",
        "Patient",
        "Date",
        "Code",
        "What it was for",
        "Billed",
        "Plan|discount",
        "Plan paid",
        "Deductible",
        "Copay",
        "Coinsurance",
        "Not|covered",
        "You may|owe",
    ]

    def masthead():
        cv.f(14, True).t(30, 40, "Cardinal Way Health Plan")
        cv.f(8).t(30, 51, "Monthly Claims Summary  ·  Activity processed January 1 - January 31, 2026")
        cv.t(W - 30, 40, "Subscriber: Gunnar Thornquist   ID: CWH-5512-0098", "r")
        cv.t(W - 30, 51, f"Page {cv.page} of {pages}", "r")
        cv.hline(30, W - 30, 57, 1)
        cv.f(7.5, True)
        yb = header(cv, 70, cols, labels, 8.5)
        cv.hline(30, W - 30, yb + 3, 0.5)
        return yb + 15

    y = masthead()
    zebra = 0
    for prov, rows_ in provs.items():
        if y > cv.H - 90:
            cv.newpage()
            y = masthead()
        cv.box(30, y - 9, W - 60, 13, fill=0.8, stroke=False)
        cv.f(8, True).t(34, y, f"{prov}  (in network)")
        y += 14
        psvcs = []
        for pat, cno, svcs in rows_:
            for s in svcs:
                if y > cv.H - 50:
                    cv.f(7).t(W / 2, cv.H - 20, "continued on next page", "c")
                    cv.newpage()
                    y = masthead()
                    cv.f(8, True).t(34, y, f"{prov} (continued)")
                    y += 13
                if zebra % 2:
                    cv.box(30, y - 8, W - 60, 11, fill=0.93, stroke=False)
                zebra += 1
                cv.f(7.8)
                row(
                    cv,
                    y,
                    cols,
                    [
                        cno,
                        pat,
                        f"{s.dos.month}/{s.dos.day}/{s.dos:%y}",
                        s.code + "".join(s.mods),
                        s.desc,
                        money(s.billed, ","),
                        money(s.discount, ","),
                        money(s.paid, ","),
                        money(s.deductible, ","),
                        money(s.copay, ","),
                        money(s.coinsurance, ","),
                        money(s.not_covered, ","),
                        money(s.owes, ","),
                    ],
                )
                doc.line(
                    s,
                    [band(cv, y, size=7.8)],
                    cid=None,
                    pcid=cno,
                    pat=pat,
                    units=False,
                    printed=(
                        "billed",
                        "discount",
                        "paid",
                        "deductible",
                        "copay",
                        "coinsurance",
                        "not_covered",
                        "patient_owes",
                    ),
                )
                psvcs.append(s)
                y += 11
        cv.hline(430, W - 30, y - 7, 0.4)
        cv.f(7.8, True)
        tv = [
            total(psvcs, a)
            for a in ("billed", "discount", "paid", "deductible", "copay", "coinsurance", "not_covered", "owes")
        ]
        row(cv, y + 1, cols, ["", "", "", "", f"Subtotal {prov}", *[money(v, ",") for v in tv]])
        y += 22
    for prov, rows_ in provs.items():
        for pat, cno, svcs in rows_:
            doc.claim(None, cno, pat, claim_totals())
    cv.f(8, True).t(30, y, "What 'You may owe' means")
    cv.f(7.5).t(
        30,
        y + 11,
        "It is the deductible, copay, coinsurance and not-covered amounts added together. Your "
        "providers bill you for it; do not send money to Cardinal Way.",
    )
    cv.f(7).t(W / 2, cv.H - 20, "CWHP-MCS  end of summary", "c")
    doc.pages = cv.save()
    assert pages in (0, doc.pages), doc.pages
    return doc


# =============================================================================================== L11
def l11_national_member_eob_c(out: Path) -> Doc:
    """National carrier member EOB, house style C: 'You owe' callout per claim, cost-share sub-line per row."""
    doc = Doc(
        "x11_member_eob_costshare_subline.pdf",
        "x11",
        "fpdf2",
        "National carrier member EOB (house style C), Liberation Sans: per-claim 'Amount you owe' callout box, "
        "Date / Service / Code / Modifier / Qty / Amount billed / Network discount / Plan allowed / Plan paid / "
        "Amount you owe, with 'Deductible $x · Copay $y · Coinsurance $z' printed on a small second text line "
        "under each service, dates 'Jan 9, 2026', a not-covered line, claims on 2 pages",
    )
    cv = Canvas("fpdf", out / doc.name, "LiberationSans")
    W = cv.W
    doc.rules |= {"bda", "adcc", "owes"}
    st = PlanState(
        ded_left=D("120.00"), coins_rate=D("0.25"), allowed_rate=D("0.69"), copay_codes={"99213": D("40.00")}
    )
    claims = [
        (
            "Soren Vasquez-Lind",
            "RX0091-2",
            "ZK-2601-0093341",
            "Ridgeway Pediatric Speech Clinic",
            [
                Svc(d(1, 9), "92523", 1, ("GN",)),
                Svc(d(1, 16), "92507", 1, ("GN",)),
                Svc(d(1, 16), "92526", 1, ("GN", "59")),
            ],
        ),
        (
            "Soren Vasquez-Lind",
            "RX0114-7",
            "ZK-2601-0097718",
            "Ridgeway Pediatric Speech Clinic",
            [Svc(d(1, 23), "92507", 1, ("GN",)), Svc(d(1, 30), "92507", 1, ("GN",))],
        ),
        (
            "Marisol Vasquez-Lind",
            "E-558210",
            "ZK-2601-0101250",
            "Harrow Lane Sports & Spine PT",
            [
                Svc(d(1, 12), "97161", 1, ("GP",)),
                Svc(d(1, 12), "97110", 2, ("GP",)),
                Svc(d(1, 12), "97140", 1, ("GP", "59")),
                Svc(d(1, 12), "0552T", 1, (), denied="PR"),
            ],
        ),
        ("Marisol Vasquez-Lind", "55-20917", "ZK-2601-0102004", "Dr. Ambrose Keel, MD", [Svc(d(1, 20), "99213", 1)]),
        (
            "Marisol Vasquez-Lind",
            "E-558377",
            "ZK-2601-0104461",
            "Harrow Lane Sports & Spine PT",
            [
                Svc(d(1, 19), "97110", 2, ("GP",)),
                Svc(d(1, 19), "97112", 1, ("GP",)),
                Svc(d(1, 19), "97140", 1, ("GP", "59")),
            ],
        ),
    ]
    for *_, svcs in claims:
        for s in svcs:
            commercial(s, st)
    cols = [
        (34, "l"),
        (96, "l"),
        (248, "l"),
        (286, "l"),
        (336, "r"),
        (384, "r"),
        (436, "r"),
        (482, "r"),
        (528, "r"),
        (W - 34, "r"),
    ]
    labels = [
        "Date",
        "Service",
        "Code",
        "Modifier",
        "Qty",
        "Amount|billed",
        "Network|discount",
        "Plan|allowed",
        "Plan|paid",
        "Amount|you owe",
    ]

    def masthead():
        cv.box(34, 30, 26, 26, fill=0.2, stroke=False)
        cv.f(13, True).t(66, 44, "Unity Crest Health")
        cv.f(7).t(66, 54, "Unity Crest Insurance Company of the Midwest")
        cv.f(11, True).t(W - 34, 42, "Explanation of Benefits", "r")
        cv.f(7.5).t(W - 34, 53, f"Page {cv.page} of 2   ·   THIS IS NOT A BILL", "r")
        cv.hline(34, W - 34, 64, 0.8, gray=0.3)

    masthead()
    cv.f(8).t(34, 80, "Prepared for: Teodoro Vasquez-Lind     Member ID: 9981 2047 3310     Group: Halvard Logistics")
    cv.t(34, 91, "Claims processed between January 12 and January 31, 2026")
    y = 110
    for ci, (pat, acct, cno, prov, svcs) in enumerate(claims):
        need = 70 + 24 * len(svcs)
        if y + need > cv.H - 50:
            cv.f(6.5).t(W / 2, cv.H - 20, "Unity Crest Health · EOB", "c")
            cv.newpage()
            masthead()
            y = 84
        to = total(svcs, "owes")
        cv.box(W - 164, y, 130, 34, fill=0.92, stroke=False)
        cv.f(7).t(W - 156, y + 12, "Amount you owe")
        cv.f(13, True).t(W - 42, y + 28, money(to, "$"), "r")
        cv.f(9, True).t(34, y + 10, pat)
        cv.f(7.5).t(34, y + 21, f"Claim {cno}  ·  {prov}  ·  Patient account {acct}")
        cv.t(34, y + 31, "Network status: In network  ·  Paid to provider")
        y += 50
        cv.f(7, True)
        y = header(cv, y, cols, labels, 8) + 3
        cv.hline(34, W - 34, y, 0.5)
        y += 11
        for s in svcs:
            cv.f(7.6)
            row(
                cv,
                y,
                cols,
                [
                    f"{s.dos:%b} {s.dos.day}, {s.dos.year}",
                    s.desc,
                    s.code,
                    " ".join(s.mods),
                    eobgen.units_str(s.units),
                    money(s.billed, "$"),
                    money(s.discount, "$"),
                    money(s.allowed, "$"),
                    money(s.paid, "$"),
                    money(s.owes, "$"),
                ],
            )
            if s.denied:
                sub = f"Not covered {money(s.not_covered, '$')}  ·  not a covered benefit of your plan"
            else:
                sub = (
                    f"Deductible {money(s.deductible, '$')}  ·  Copay {money(s.copay, '$')}  ·  Coinsurance "
                    f"{money(s.coinsurance, '$')}"
                )
            cv.f(6.5).t(104, y + 8.5, sub, gray=0.3)
            printed = ("billed", "discount", "allowed", "paid", "patient_owes") + (
                ("not_covered",) if s.denied else ("deductible", "copay", "coinsurance")
            )
            doc.line(s, [band(cv, y, y + 8.5, 7.6)], cid=acct, pcid=cno, pat=pat, printed=printed)
            y += 22
        tv = [total(svcs, a) for a in ("billed", "discount", "allowed", "paid", "owes")]
        cv.hline(34, W - 34, y - 9, 0.4)
        cv.f(7.6, True)
        row(cv, y, cols, ["Claim total", "", "", "", "", *[money(v, "$") for v in tv]])
        doc.claim(acct, cno, pat, claim_totals(tv[0], tv[2], tv[3], tv[4]), [band(cv, y, size=7.6)])
        y += 30
    cv.f(8, True).t(34, y, "Your deductible and out-of-pocket so far")
    cv.f(7.5).t(
        34, y + 11, "Family deductible: $120.00 of $3,400.00 met    Family out-of-pocket: $1,007.32 of $9,000.00 met"
    )
    cv.f(6.5).t(W / 2, cv.H - 20, "Unity Crest Health · EOB", "c")
    doc.pages = cv.save()
    assert doc.pages == 2, doc.pages
    return doc


LAYOUTS = [
    l1_national_member_eob,
    l2_national_member_eob_b,
    l3_blue_plan_two_column,
    l4_medicaid_mco_ra,
    l5_commercial_pra,
    l6_medicare_advantage_member,
    l7_secondary_cob_member,
    l8_pediatric_statement,
    l9_partial_denial_eob,
    l10_month_end_summary,
    l11_national_member_eob_c,
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write the twelfth held-out set of synthetic PDF EOBs.")
    ap.add_argument("out", nargs="?", help="output folder (default: a new temp folder)")
    ap.add_argument("--check", action="store_true", help="self-check the written files (tests the factory)")
    a = ap.parse_args(argv)
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout12_"))
    samples = (HERE.parents[1] / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    docs = []
    for fn in LAYOUTS:
        doc = fn(out)
        doc.write(out)
        docs.append(doc)
    nlines = sum(len(x.lines) for x in docs)
    print(f"wrote {len(docs)} PDFs, {nlines} service lines, {sum(x.pages for x in docs)} pages into {out}")
    if a.check:
        errs = check(out, docs)
        for e in errs:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "passed", f"({len(errs)} problems)")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
