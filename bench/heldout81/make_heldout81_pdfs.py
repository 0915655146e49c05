"""Write the 81st held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on ten everyday documents, two of each of the five commonest real kinds (member
EOBs from commercial plans, Medicare Summary Notice / Medicare Advantage member EOBs, state Medicaid remittance
advices, Medicare-style paper remits from clearinghouses / practice-management systems, family statements from
therapy clinics and hospitals), each in a house style of its own.

Run:  python bench/heldout81/make_heldout81_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout81/make_heldout81_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units included); claim_id = the provider's own account / patient-control / visit / hospital
account number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the person
who got the service, not the guarantor or subscriber). Statement "Insurance adjustment" is recorded as
discount, "Insurance paid" as paid, "Your balance" as patient_owes. Every name, number, payer, provider,
address and ID is invented; descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2
fixed creation date, no randomness). h81kit.py holds the drawing backend and the self-check.

Layouts (h81_ prefix; 10 files, 199 service lines, 17 pages; a claim's rows continue onto the next page in c1,
d1, p1 and s2):
  c1  commercial member EOB for a family of three (reportlab, portrait Liberation Sans): subscriber box, "who this
      statement covers", shaded claim heads "Patient: <name> (<relation>) / Claim ID / Provider account no.",
      each service on two text lines (wording + Amount billed / Network discount / Allowed amount / Not covered /
      Deductible / Copay / Coinsurance / Plan paid / What you owe / Notes, then grey "Code 97530  Modifier GO
      Units 3"), a denied laser line the member owes, a 16-line claim continued on page 2 under a repeated head
      and column header, claim totals, notes legend
  c2  union benefit-fund "Member Claim Statement" (fpdf2, landscape DejaVu Serif): dark title band, claim heads
      with Status and Patient Acct, Svc Date mm/dd/yy / Proc-Mod "97110-GP" / Description / Qty / Total Charges /
      PPO Savings / Ineligible / Allowed / Deductible / Co-pay / Co-ins / Benefit Amount / Patient Resp / Rsn,
      visit copays, an ineligible line the member owes, a reversed prior claim in parentheses and its
      replacement, 3 family members; PLANTED claim-total mismatch (Benefit Amount of 0126-77502-01 printed 12.00
      high)
  m1  Medicare Summary Notice Part B (reportlab, portrait DejaVu Serif Condensed, 3 pages): dashboard page
      (deductible box, claims box, providers list), claim blocks headed by the date ("January 5, 2026"), provider
      and address, "Claim number", Service Provided & Billing Code "Therapeutic exercises (97110)" / Service
      Approved? / Amount Provider Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You May Be
      Billed / See Notes Below, "Total for this claim", a denied line, notes page; no units, modifiers or account
  m2  Medicare Advantage PPO Part C member EOB (fpdf2, portrait Liberation Sans): month / year-to-date boxes,
      provider heads "In network | Claim number | Provider's patient account", Date of service mm/dd/yy / Service
      you received (billing code) "(97530-GO-CO)" / Provider billed / Plan-approved amount / Plan paid / Your
      share (copay) / Note, a copay on the first line of each visit day, a non-covered line the member does not
      owe, claim totals; no units
  d1  state Medicaid remittance advice, line printer (reportlab, portrait core Courier): banner and two-line
      column heads on every page, CLAIMS PAID / CLAIMS DENIED, "RECIPIENT: LAST, FIRST  RECIP ID  ICN" and
      "PATIENT ACCT" heads, each detail on two text lines (LN / from / to mm/dd/yy / PROC / MODS / UNITS "2.00" /
      BILLED / ALLOWED / PAID, then "CO-45  amount" and remark), a 16-line claim continued on page 2 with
      "(CONTINUED)", claim totals, payment summary, code list
  d2  state Medicaid RA portal print (fpdf2, landscape DejaVu Sans Condensed grid): Paid / Denied / Adjusted
      section bars, TCN / Member Name / Member ID / Patient Acct printed only on a claim's first row, weekly
      Service Dates spans "01/05/2026 - 01/09/2026" with summed units (service_end), Mod 1 / Mod 2, CARC
      "CO-45" + Adj Amt, RARC, a void with leading-minus amounts and its replacement, payment summary box
  p1  clearinghouse reprint of a Medicare-style standard paper remit (reportlab, landscape DejaVu Sans Mono):
      NAME / MID / ACNT / ICN / ASG / MOA heads, PERF PROV / SERV DATE "0105 010526" / POS / NOS / PROC / MODS /
      BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD with PR-1 / PR-2 / CO-253 rows stacked under the
      service, a "REM:" line, a denied line, a claim continued on page 2 with "(CONT'D)", PT RESP / CLAIM TOTALS
  p2  practice-management "Remittance Posting Detail" of a Medicare payment (fpdf2, landscape Liberation Sans
      Narrow): payment box, shaded patient bars with Acct # and Payer ICN, DOS "1/12/2026" / CPT / Mods "GP,CQ,59"
      / Units / Charge / Allowed / Deduct / Coins / Adj 1..4 glued "CO45" with Amt 1..4 / Ins Paid / Pt Resp /
      RARC, a denied line, claim rows with a patient-responsibility and crossover note
  s1  therapy clinic family "Statement of Account" (reportlab, portrait DejaVu Sans): tear-off stub with
      guarantor account and amount due, visit bars "Visit V-... Patient: ... Billed to <plan>, claim ...", Date /
      Code "97530 GO" / Description / Charges / Insurance paid / Insurance adjustment / Patient payments / Your
      balance, column heads only once, three family members, a denied line the family owes, a payment row; no
      units
  s2  hospital itemized statement to a guarantor (fpdf2, portrait Liberation Serif): one section per hospital
      account and patient, Service date / Rev code / CPT/HCPCS "97112 GO 59" / upper-case description / Qty /
      Charges, a 21-line account continued on page 2 under "(continued)" and a repeated column header, account
      totals with the insurance payment (payer claim number), contractual adjustment and patient balance; only
      charges and quantity per line

The self-check (--check) tests the factory, not the reader (it never runs eobreader): for every truth line the
code, modifiers, units, every amount, adjustment group/reason and amount, remark and service date (and end) are
found on that line's own text row(s) of the page's pdfplumber text layer (the row bands recorded while drawing:
the service row, its second text line or stacked adjustment rows, and for MSN the claim's date heading); ids and
patients are in the document's text; page counts match; the documents' own arithmetic holds (billed -
adjustments = paid where every adjustment is printed with its amount; billed - discount - not covered = allowed;
allowed - deductible - copay - coinsurance = paid where printed); claim totals equal the sum of their lines and
are printed, except the planted mismatch, which really is one."""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money,  # noqa: E402
                    negate, q, total, truth_line, units_str, write_truth)
from h81kit import Doc, check_folder  # noqa: E402

LAND = (792, 612)
PORT = (612, 792)


def D(m: int, d: int, y: int = 2026) -> date:
    return date(y, m, d)


def S(dos, code, units, mods=(), **kw) -> Svc:
    return Svc(dos, code, Decimal(str(units)), tuple(mods), **kw)


class Rec:
    """Collects truth lines with the text bands (page, baseline y) their values are printed on."""

    def __init__(self) -> None:
        self.lines: list[dict] = []
        self.bands: list[list] = []
        self.claims: list[dict] = []

    def add(self, row: dict, bands: list) -> None:
        self.lines.append(row)
        self.bands.append(list(bands))

    def claim(self, claim_id, payer_claim_id, patient, **totals) -> None:
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": claim_totals(**totals)})


def cells(doc: Doc, x0: float, y: float, cols, vals, f: str, sz: float, pad: float = 2) -> None:
    x = x0
    for (_h, w, al), v in zip(cols, vals):
        if v is not None and v != "":
            if al == "R":
                doc.text(x + w - pad, y, v, f, sz, "R")
            elif al == "C":
                doc.text(x + w / 2, y, v, f, sz, "C")
            else:
                doc.text(x + pad, y, v, f, sz)
        x += w


def head(doc: Doc, x0: float, y: float, cols, f: str, sz: float, lead: float | None = None) -> float:
    """Column heads, '|' splits a head over text lines, bottom-aligned on y. Returns the block height."""
    lead = lead or sz + 1.5
    n = max(len(h.split("|")) for h, _w, _a in cols)
    x = x0
    for h, w, al in cols:
        parts = h.split("|")
        for i, part in enumerate(parts):
            yy = y - (len(parts) - 1 - i) * lead
            if al == "R":
                doc.text(x + w - 2, yy, part, f, sz, "R")
            elif al == "C":
                doc.text(x + w / 2, yy, part, f, sz, "C")
            else:
                doc.text(x + 2, yy, part, f, sz)
        x += w
    return n * lead


def M(d, style="$", neg="-"):
    return money(d, style, neg)


def modstr(s: Svc, sep=" ") -> str:
    return sep.join((s.code,) + s.mods)


def cs_row(s: Svc) -> list:
    return [s.billed, s.discount, s.allowed, s.not_covered, s.deductible, s.copay, s.coinsurance, s.paid, s.owes]


# =========================================================================================== layouts

def c1_family_eob(path: Path, total_pages: int):
    """Commercial member EOB, portrait, two text lines per service (wording, then code/modifier/units)."""
    doc = Doc(path, "reportlab", PORT)
    R = Rec()
    sub = "MARGUERITE OSEI-LANDRY"
    fam = {"Tobias Osei-Landry": "Son", "Nell Osei-Landry": "Daughter", "Marguerite Osei-Landry": "Self"}
    st = {n: PlanState(ded_left=Decimal(v), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
          for n, v in (("Tobias Osei-Landry", "120.00"), ("Nell Osei-Landry", "0.00"),
                       ("Marguerite Osei-Landry", "60.00"))}
    claims = [
        ("Tobias Osei-Landry", "SR2601140087", "LSP-30417", "Little Sprouts Pediatric Therapy",
         [S(D(1, 6), "97166", 1, ("GO",)), S(D(1, 6), "97530", 2, ("GO",)),
          S(D(1, 8), "97530", 3, ("GO",)), S(D(1, 8), "97535", 1, ("GO",)),
          S(D(1, 13), "97530", 2, ("GO",)), S(D(1, 13), "97112", 1, ("GO", "59")),
          S(D(1, 15), "97530", 3, ("GO",)), S(D(1, 15), "97140", 1, ("GO", "59")),
          S(D(1, 20), "97530", 2, ("GO",)), S(D(1, 20), "97535", 2, ("GO",)),
          S(D(1, 22), "97530", 3, ("GO",)), S(D(1, 22), "97112", 1, ("GO", "59")),
          S(D(1, 27), "97530", 2, ("GO",)), S(D(1, 27), "0552T", 1, (), denied="PR"),
          S(D(1, 29), "97530", 3, ("GO",)), S(D(1, 29), "97535", 1, ("GO",))]),
        ("Nell Osei-Landry", "SR2601160231", "BVS-8812", "Bayview Speech & Language Center",
         [S(D(1, 9), "92523", 1, ()), S(D(1, 16), "92507", 1, ("GN",)), S(D(1, 23), "92507", 1, ("GN",)),
          S(D(1, 30), "92507", 1, ("GN",))]),
        ("Marguerite Osei-Landry", "SR2602020415", "NS-770142", "Northshore Spine & Sport PT",
         [S(D(1, 21), "97161", 1, ("GP",)), S(D(1, 21), "97110", 2, ("GP",)),
          S(D(1, 28), "97110", 2, ("GP",)), S(D(1, 28), "97140", 1, ("GP",)), S(D(1, 28), "G0283", 1, ("GP",))]),
    ]
    claims = claims[1:] + claims[:1]  # the long claim last, so it runs on to page 2
    for pat, _c, _a, _p, svcs in claims:
        for s in svcs:
            commercial(s, st[pat], deny_reason="96")
            if s.denied:
                s.remarks = ["N4"]
            elif s.deductible:
                s.remarks = ["D1"]
            else:
                s.remarks = ["A2"]
    x0 = 36
    cols = [("Date of|service", 50, "L"), ("Service", 118, "L"), ("Amount|billed", 40, "R"),
            ("Network|discount", 40, "R"), ("Allowed|amount", 40, "R"), ("Not|covered", 36, "R"),
            ("Deduct-|ible", 36, "R"), ("Copay", 30, "R"), ("Coin-|surance", 38, "R"), ("Plan|paid", 38, "R"),
            ("What you|owe", 40, "R"), ("Notes", 34, "L")]
    F, FB = "LibSans", "LibSansB"

    def furniture():
        p = doc.new_page()
        doc.text(x0, 40, "SUMMIT RIDGE", FB, 15)
        doc.text(x0, 52, "HEALTH PLAN", F, 9, gray=0.35)
        doc.text(576, 40, "Explanation of Benefits", FB, 12, "R")
        doc.text(576, 52, "THIS IS NOT A BILL", FB, 8, "R")
        doc.hline(x0, 576, 60, 1.2)
        doc.text(x0, 772, "Summit Ridge Health Plan, PO Box 4471, Harlow Springs, OR 97399  |  Member services "
                 "1-888-555-0147 (TTY 711)", F, 6.5, gray=0.3)
        doc.text(576, 772, f"Page {p} of {total_pages}", F, 6.5, "R")
        return p

    furniture()
    doc.text(x0, 80, sub, FB, 9)
    doc.text(x0, 91, "2290 Larkspur Terrace", F, 8)
    doc.text(x0, 102, "Harlow Springs, OR 97301", F, 8)
    doc.rect(330, 70, 246, 62)
    for i, (a, b) in enumerate((("Subscriber", "Marguerite Osei-Landry"), ("Member ID", "SRH 448 201 637"),
                                ("Group", "Tern Lake School District 4"), ("Statement date", "February 4, 2026"),
                                ("Plan", "Choice PPO 1500"))):
        doc.text(336, 81 + i * 11, a, F, 7.5)
        doc.text(420, 81 + i * 11, b, FB, 7.5)
    doc.text(x0, 150, "Who this statement covers", FB, 9)
    y = 162
    for n, r in fam.items():
        doc.text(x0 + 8, y, f"{n} ({r})", F, 8)
        y += 10
    y += 8
    doc.text(x0, y, "Your claims in detail", FB, 10)
    y += 8
    bottom = 740

    def colhead(y):
        doc.rect(x0, y, 540, 20, fill=0.88, stroke=False)
        head(doc, x0, y + 16, cols, FB, 6.3, 7.2)
        return y + 28

    for pat, clm, acct, prov, svcs in claims:
        if y + 70 > bottom:
            furniture()
            y = 76
        y += 6
        doc.rect(x0, y, 540, 24, fill=0.95)
        doc.text(x0 + 4, y + 10, f"Patient: {pat} ({fam[pat]})", FB, 8)
        doc.text(x0 + 260, y + 10, f"Claim ID: {clm}", F, 7.5)
        doc.text(x0 + 4, y + 20, f"Provider: {prov}", F, 7.5)
        doc.text(x0 + 260, y + 20, f"Provider account no.: {acct}", F, 7.5)
        y = colhead(y + 28)
        for s in svcs:
            if y + 22 > bottom:
                furniture()
                y = 76
                doc.rect(x0, y, 540, 14, fill=0.95)
                doc.text(x0 + 4, y + 10, f"Patient: {pat} ({fam[pat]}) - Claim ID {clm} (continued)", FB, 8)
                y = colhead(y + 18)
            vals = [dfmt(s.dos, "mdy4"), s.desc] + [M(v, ",") for v in cs_row(s)] + [" ".join(s.remarks)]
            cells(doc, x0, y, cols, vals, F, 6.6)
            tail = f"Code {s.code}" + (f"  Modifier {' '.join(s.mods)}" if s.mods else "") + \
                f"  Units {units_str(s.units)}"
            doc.text(x0 + 52, y + 8, tail, F, 6.0, gray=0.4)
            adjs = []
            R.add(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                             printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                      "coinsurance", "paid", "patient_owes"), adjustments=adjs,
                             remarks=s.remarks),
                  [(doc.page, y), (doc.page, y + 8)])
            doc.hline(x0, x0 + 540, y + 11, 0.2)
            y += 19
        tot = [total(svcs, a) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                        "coinsurance", "paid", "owes")]
        cells(doc, x0, y, cols, ["", "Claim totals"] + [M(v, ",") for v in tot] + [""], FB, 6.6)
        R.claim(acct, clm, pat, billed=tot[0], allowed=tot[2], paid=tot[7], patient_owes=tot[8])
        y += 16
    if y + 90 > bottom:
        furniture()
        y = 76
    legend = [("A2", "Your provider is in the plan network; the discount is not your cost."),
              ("D1", "Part or all of the allowed amount went toward your calendar-year deductible."),
              ("N4", "The plan does not cover this service; the provider may bill you for it.")]
    y += 10
    doc.text(x0, y, "Notes", FB, 9)
    for k, v in legend:
        y += 11
        doc.text(x0, y, k, FB, 7.5)
        doc.text(x0 + 26, y, v, F, 7.5)
    y += 18
    doc.text(x0, y, "You have 180 days from the date of this statement to ask us to review any decision shown "
             "here. Call the number below or write to the address at the foot of the page.", F, 7)
    pages = doc.save()
    return pages, R, [list(x) for x in legend], [], (
        "Commercial member EOB for a family of three: each service on two text lines (wording and amounts, then "
        "'Code 97530  Modifier GO  Units 3' in grey), a denied line the member owes, a 16-line claim that "
        "continues on page 2 under a repeated head and column header, claim totals, notes legend.")


def c2_mutual_statement(path: Path, total_pages: int):
    """Commercial member claim statement, landscape, fpdf2, reversal + replacement, planted total mismatch."""
    doc = Doc(path, "fpdf2", LAND)
    R = Rec()
    F, FB = "DVS", "DVSB"
    x0 = 30
    fam = {"ANSEL PIRKKALA": "Employee", "RUTH PIRKKALA": "Spouse", "JONAH PIRKKALA": "Dependent"}
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85"),
                   visit_copay=Decimal("30.00"))
    claims = [
        ("JONAH PIRKKALA", "0126-77410-03", "FC004417", "Foxglove Children's Therapy",
         [S(D(1, 7), "97167", 1, ("GO",)), S(D(1, 7), "97530", 2, ("GO",)), S(D(1, 14), "97530", 2, ("GO",)),
          S(D(1, 14), "97112", 2, ("GO",)), S(D(1, 21), "97530", 3, ("GO",)), S(D(1, 21), "97535", 1, ("GO",))]),
        ("RUTH PIRKKALA", "0126-77502-01", "HH-55120", "Hearthstone Hand Clinic",
         [S(D(1, 12), "97165", 1, ("GO",)), S(D(1, 12), "97760", 1, ("GO",)), S(D(1, 12), "L3807", 1, ("RT",)),
          S(D(1, 19), "97140", 2, ("GO",)), S(D(1, 19), "97110", 1, ("GO",)),
          S(D(1, 19), "G0283", 1, ("GO",), denied="PR")]),
        ("ANSEL PIRKKALA", "0126-77688-02", "PK-2231", "Pinegate Physical Therapy",
         [S(D(1, 22), "97110", 3, ("GP",)), S(D(1, 22), "97140", 1, ("GP", "59")),
          S(D(1, 26), "97110", 3, ("GP",)), S(D(1, 26), "97112", 1, ("GP",))]),
    ]
    for _p, _c, _a, _pr, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="119")
            s.remarks = ["X7"] if s.denied else (["C3"] if s.copay else ["P1"])
    # the earlier processing of Ansel's 01/22 visit, reversed here and replaced by the claim above
    orig = [S(D(1, 22), "97110", 3, ("GP",)), S(D(1, 22), "97140", 1, ("GP", "59"))]
    st0 = PlanState(coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85"), visit_copay=Decimal("50.00"))
    for s in orig:
        commercial(s, st0)
    rev = [negate(s) for s in orig]
    for s in rev:
        s.remarks = ["R9"]
    claims.insert(2, ("ANSEL PIRKKALA", "0126-77688-01", "PK-2231", "Pinegate Physical Therapy", rev))
    cols = [("Svc Date", 52, "L"), ("Proc-Mod", 62, "L"), ("Description", 150, "L"), ("Qty", 24, "R"),
            ("Total|Charges", 50, "R"), ("PPO|Savings", 46, "R"), ("Ineligible", 46, "R"), ("Allowed", 48, "R"),
            ("Deductible", 46, "R"), ("Co-pay", 38, "R"), ("Co-ins", 40, "R"), ("Benefit|Amount", 50, "R"),
            ("Patient|Resp", 48, "R"), ("Rsn", 32, "L")]
    mismatch = "0126-77502-01"

    def furniture():
        p = doc.new_page()
        doc.rect(x0, 24, 732, 34, fill=0.2, stroke=False)
        doc.text(x0 + 10, 46, "KEYSTONE TRADES MUTUAL BENEFIT FUND", FB, 13, gray=1.0)
        doc.text(x0 + 722, 38, "MEMBER CLAIM STATEMENT", FB, 9, "R", gray=1.0)
        doc.text(x0 + 722, 51, "This is not a bill", F, 7.5, "R", gray=1.0)
        doc.text(x0, 592, "Keystone Trades Mutual Benefit Fund  -  1180 Foundry Row, Brackton, PA 17999  -  "
                 "Claims line 1-800-555-0193", F, 6.5, gray=0.35)
        doc.text(x0 + 732, 592, f"Page {p} of {total_pages}", F, 6.5, "R")
        return p

    furniture()
    y = 76
    doc.text(x0, y, "ANSEL PIRKKALA", FB, 8.5)
    doc.text(x0, y + 10, "417 Ridgeback Lane, Brackton, PA 17902", F, 7.5)
    info = [("Participant", "Ansel Pirkkala"), ("Participant ID", "KTM-0082-1934"), ("Local", "Pipefitters 519"),
            ("Statement date", "02/03/2026")]
    for i, (a, b) in enumerate(info):
        doc.text(470, y + i * 10, a + ":", F, 7.5)
        doc.text(560, y + i * 10, b, FB, 7.5)
    y += 48
    doc.text(x0, y, "Rsn codes are explained at the end of this statement. Amounts in parentheses are credits "
             "from a claim we reprocessed.", F, 7.5)
    y += 14
    bottom = 570
    for pat, clm, acct, prov, svcs in claims:
        if y + 60 + 13 * len(svcs) > bottom:
            furniture()
            y = 76
        doc.rect(x0, y, 732, 26, fill=0.93)
        status = "ADJUSTMENT - PRIOR PAYMENT REVERSED" if svcs is rev else "PROCESSED"
        doc.text(x0 + 4, y + 10, f"Patient: {pat}  ({fam[pat]})", FB, 7.8)
        doc.text(x0 + 250, y + 10, f"Claim No. {clm}", FB, 7.8)
        doc.text(x0 + 430, y + 10, f"Status: {status}", F, 7.5)
        doc.text(x0 + 4, y + 21, f"Provider: {prov}", F, 7.5)
        doc.text(x0 + 250, y + 21, f"Patient Acct: {acct}", F, 7.5)
        y += 26
        doc.rect(x0, y, 732, 20)
        head(doc, x0, y + 16, cols, FB, 6.5, 7.5)
        y += 30
        for s in svcs:
            vals = [dfmt(s.dos, "mdy2"), modstr(s, "-"), s.desc, units_str(s.units),
                    *[M(v, ",", "()") for v in (s.billed, s.discount, s.not_covered, s.allowed, s.deductible,
                                                 s.copay, s.coinsurance, s.paid, s.owes)], " ".join(s.remarks)]
            cells(doc, x0, y, cols, vals, F, 6.8)
            R.add(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                             printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                      "coinsurance", "paid", "patient_owes"), remarks=s.remarks),
                  [(doc.page, y)])
            y += 12
        doc.hline(x0, x0 + 732, y - 8, 0.4)
        tot = {a: total(svcs, a) for a in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                           "coinsurance", "paid", "owes")}
        printed_paid = tot["paid"] + (Decimal("12.00") if clm == mismatch else ZERO)
        vals = ["", "", "Claim Total", "", *[M(v, ",", "()") for v in (
            tot["billed"], tot["discount"], tot["not_covered"], tot["allowed"], tot["deductible"], tot["copay"],
            tot["coinsurance"], printed_paid, tot["owes"])], ""]
        cells(doc, x0, y, cols, vals, FB, 6.8)
        R.claim(acct, clm, pat, billed=tot["billed"], allowed=tot["allowed"], paid=printed_paid,
                patient_owes=tot["owes"])
        y += 18
    legend = [("P1", "Paid at the fund's preferred-provider rate after your coinsurance."),
              ("C3", "A flat office-visit copay applies once per visit day."),
              ("X7", "Not an eligible expense under the fund's plan rules; you are responsible."),
              ("R9", "Credit: this line was paid earlier with the wrong copay and has been reprocessed.")]
    if y + 70 > bottom:
        furniture()
        y = 76
    y += 6
    doc.text(x0, y, "Reason code explanations", FB, 8.5)
    for k, v in legend:
        y += 11
        doc.text(x0, y, k, FB, 7.5)
        doc.text(x0 + 30, y, v, F, 7.5)
    pages = doc.save()
    mm = [c for c in R.claims if c["payer_claim_id"] == mismatch][0]
    true_paid = sum(Decimal(ln["paid"]) for ln in R.lines if ln["payer_claim_id"] == mismatch)
    findings = [f"claim-total-mismatch claim {mismatch}: printed Benefit Amount total {mm['totals']['paid']} "
                f"but the lines add up to {q(true_paid)}"]
    return pages, R, [list(x) for x in legend], findings, (
        "Union benefit-fund member claim statement, landscape: dark title band, shaded claim heads with status, "
        "'97110-GP' Proc-Mod, Qty, parenthesised credits for a reversed claim and its replacement, visit copay, a "
        "member-owed ineligible line; PLANTED Benefit Amount total mismatch (12.00 high) in one claim.")


def m1_msn(path: Path, total_pages: int):
    """Medicare Summary Notice, Part B, reportlab DejaVu Serif Condensed."""
    doc = Doc(path, "reportlab", PORT)
    R = Rec()
    F, FB = "DVSC", "DVSCB"
    x0 = 40
    pat = "WENDELL A. BRISCOE-HALE"
    st = PlanState(ded_left=Decimal("40.00"))
    provs = [
        ("Tidewater Outpatient Rehab", "88 Quarry Street, Dunmore, ME 04999", [
            (D(1, 5), "26005-3318-47201", [S(D(1, 5), "97163", 1), S(D(1, 5), "97110", 2)]),
            (D(1, 7), "26007-3318-47622", [S(D(1, 7), "97110", 2), S(D(1, 7), "97140", 1),
                                           S(D(1, 7), "97112", 1)]),
            (D(1, 12), "26012-3318-48015", [S(D(1, 12), "97110", 2), S(D(1, 12), "97116", 1),
                                            S(D(1, 12), "G0283", 1)]),
            (D(1, 14), "26014-3318-48400", [S(D(1, 14), "97110", 3), S(D(1, 14), "0552T", 1, denied="CO")]),
        ]),
        ("Alder Point Family Medicine", "12 Harbor Road, Dunmore, ME 04998", [
            (D(1, 9), "26009-1102-10633", [S(D(1, 9), "99213", 1)]),
        ]),
        ("Coastal Speech Associates", "400 Mill Pond Way, Sewell, ME 04997", [
            (D(1, 20), "26020-5570-20918", [S(D(1, 20), "92523", 1), S(D(1, 20), "92526", 1)]),
            (D(1, 27), "26027-5570-21402", [S(D(1, 27), "92507", 1), S(D(1, 27), "92526", 1)]),
        ]),
    ]
    for _n, _a, cl in provs:
        for _d, _c, svcs in cl:
            for s in svcs:
                medicare(s, st, sequestration=True)
                s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    allsv = [s for _n, _a, cl in provs for _d, _c, svcs in cl for s in svcs]

    def furniture(title=True):
        p = doc.new_page()
        doc.text(x0, 40, "Medicare Summary Notice for Part B (Medical Insurance)", FB, 13)
        doc.text(572, 760, f"Page {p} of {total_pages}", F, 7.5, "R")
        doc.text(x0, 760, f"{pat}   |   Notice for the period October 1, 2025 - January 31, 2026", F, 7.5)
        doc.hline(x0, 572, 48, 1)
        return p

    furniture()
    doc.text(x0, 64, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid "
             "Services", F, 8)
    doc.text(x0, 86, pat, FB, 9)
    doc.text(x0, 97, "71 SALT MARSH LANE", F, 8)
    doc.text(x0, 108, "DUNMORE ME 04996", F, 8)
    doc.rect(330, 76, 242, 64)
    doc.text(338, 88, "Medicare Number   XXXXX-XX7QK", F, 8)
    doc.text(338, 100, "Date of this notice   February 9, 2026", F, 8)
    doc.text(338, 112, "Customer Service   1-800-555-0142 (TTY 711)", F, 8)
    doc.text(338, 124, "THIS IS NOT A BILL", FB, 8)
    doc.rect(x0, 156, 250, 120, fill=0.94)
    doc.text(x0 + 8, 172, "Your Deductible Status", FB, 10)
    doc.text(x0 + 8, 188, "Your deductible is what you must pay for", F, 8)
    doc.text(x0 + 8, 199, "most health services before Medicare pays.", F, 8)
    doc.text(x0 + 8, 215, "Part B Deductible: You have now met your", F, 8)
    doc.text(x0 + 8, 226, "$283.00 deductible for 2026.", F, 8)
    doc.rect(310, 156, 262, 120)
    doc.text(318, 172, "Your Claims & Costs This Period", FB, 10)
    ncl = sum(len(cl) for _n, _a, cl in provs)
    doc.text(318, 190, "Did Medicare approve all services?", F, 8)
    doc.text(560, 190, "NO", FB, 8, "R")
    doc.text(318, 204, "Number of services Medicare denied", F, 8)
    doc.text(560, 204, str(sum(1 for s in allsv if s.denied)), FB, 8, "R")
    doc.text(318, 218, "Number of claims processed", F, 8)
    doc.text(560, 218, str(ncl), FB, 8, "R")
    doc.text(318, 236, "Total You May Be Billed", FB, 9)
    doc.text(560, 236, M(total(allsv, "owes")), FB, 9, "R")
    doc.text(x0, 300, "Providers with Claims This Period", FB, 10)
    yy = 314
    for n, _a, cl in provs:
        doc.text(x0 + 8, yy, dfmt(cl[0][0], "month") + (f" - {dfmt(cl[-1][0], 'month')}" if len(cl) > 1 else ""),
                 F, 8)
        doc.text(x0 + 200, yy, n, F, 8)
        yy += 12
    doc.text(x0, yy + 20, "Be Informed! Protect yourself from identity theft: only share your Medicare Number "
             "with people you trust.", F, 8)
    cols = [("Service Provided &|Billing Code", 190, "L"), ("Service|Approved?", 56, "C"),
            ("Amount|Provider|Charged", 62, "R"), ("Medicare-|Approved|Amount", 64, "R"),
            ("Amount|Medicare|Paid", 58, "R"), ("Maximum|You May|Be Billed", 58, "R"), ("See|Notes|Below", 44, "C")]
    furniture()
    y = 70
    doc.text(x0, y, "Your Claims for Part B (Medical Insurance)", FB, 11)
    y += 14
    doc.text(x0, y, "Part B helps pay for outpatient services like therapy, doctor visits, and medical supplies.",
             F, 8)
    y += 18
    bottom = 735
    for n, addr, cl in provs:
        for dos, clm, svcs in cl:
            need = 60 + 12 * len(svcs)
            if y + need > bottom:
                furniture()
                y = 70
            doc.text(x0, y, f"{dfmt(dos, 'month')}", FB, 9.5)
            hy = y
            y += 12
            doc.text(x0, y, n + ", " + addr, F, 8)
            y += 10
            doc.text(x0, y, f"Claim number {clm}", F, 8)
            y += 8
            doc.rect(x0, y, 532, 30, fill=0.9, stroke=False)
            head(doc, x0, y + 26, cols, FB, 6.8, 8)
            y += 40
            for s in svcs:
                vals = [f"{s.desc} ({s.code})", "No" if s.denied else "Yes",
                        *[M(v) for v in (s.billed, s.allowed, s.paid, s.owes)], ", ".join(s.remarks)]
                cells(doc, x0, y, cols, vals, F, 7.6)
                R.add(truth_line(doc.page, s, claim_id=None, payer_claim_id=clm, patient=pat,
                                 printed=("billed", "allowed", "paid", "patient_owes"), units=False, modifiers=False,
                                 remarks=s.remarks), [(doc.page, y), (doc.page, hy)])
                y += 12
            doc.hline(x0, x0 + 532, y - 8, 0.4)
            t = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
            cells(doc, x0, y, cols, ["Total for this claim", "", *[M(v) for v in t], ""], FB, 7.6)
            R.claim(None, clm, pat, billed=t[0], allowed=t[1], paid=t[2], patient_owes=t[3])
            y += 22
    legend = [("A", "The approved amount comes from Medicare's fee schedule; the provider accepted it, so the "
                    "rest of the charge is not yours to pay."),
              ("B", "Some or all of this approved amount counted toward your yearly Part B deductible."),
              ("C", "Medicare does not cover this kind of service. Because the provider did not give you a "
                    "written notice first, you do not have to pay.")]
    if y + 80 > bottom:
        furniture()
        y = 70
    y += 6
    doc.text(x0, y, "Notes for Claims Above", FB, 10)
    for k, v in legend:
        y += 13
        doc.text(x0, y, k, FB, 8)
        doc.text(x0 + 14, y, v, F, 7.5)
    y += 24
    doc.text(x0, y, "How to Handle Denied Claims or File an Appeal: you have 120 days from the date of this "
             "notice to ask for a redetermination.", F, 7.5)
    pages = doc.save()
    return pages, R, [list(x) for x in legend], [], (
        "Medicare Summary Notice Part B: dashboard page, claims grouped by provider with the date as the claim "
        "heading, wording with '(97110)', Yes/No approved, lettered notes, a denied line, claim totals; no units, "
        "no modifiers, no provider account.")



def m2_ma_eob(path: Path, total_pages: int):
    """Medicare Advantage PPO member EOB (Part C), fpdf2 Liberation Sans, per-visit copays."""
    doc = Doc(path, "fpdf2", PORT)
    R = Rec()
    F, FB = "LibSans", "LibSansB"
    x0 = 36
    pat = "Corinne M. Dalgaard"
    copay = Decimal("25.00")
    claims = [
        ("Riverbend Hand & Upper Limb Therapy", "C26A0114-55302", "RB-118340",
         [S(D(1, 5), "97166", 1, ("GO",)), S(D(1, 5), "97760", 1, ("GO",)), S(D(1, 5), "L3807", 1, ("LT",)),
          S(D(1, 8), "97140", 2, ("GO",)), S(D(1, 8), "97110", 1, ("GO",)),
          S(D(1, 12), "97140", 1, ("GO",)), S(D(1, 12), "97530", 2, ("GO",)), S(D(1, 12), "97535", 1, ("GO",)),
          S(D(1, 15), "97140", 1, ("GO",)), S(D(1, 15), "97110", 2, ("GO",)),
          S(D(1, 19), "97530", 2, ("GO", "CO")), S(D(1, 19), "97110", 1, ("GO", "CO")),
          S(D(1, 22), "97530", 2, ("GO", "CO")), S(D(1, 22), "G0283", 1, ("GO",)),
          S(D(1, 26), "97168", 1, ("GO",)), S(D(1, 26), "97530", 2, ("GO",)),
          S(D(1, 29), "97110", 2, ("GO",)), S(D(1, 29), "0552T", 1, (), denied="CO")]),
        ("Larchmont Primary Care Group", "C26A0121-60117", "LPC-90211", [S(D(1, 21), "99213", 1)]),
    ]
    paid_days = set()
    for _p, _c, _a, svcs in claims:
        for s in svcs:
            if s.denied:
                s.allowed = ZERO
                s.owes = ZERO
                s.paid = ZERO
                s.remarks = ["4"]
                continue
            s.allowed = q(Decimal(__import__("eobgen").SCHED[s.code]) * s.units * Decimal("1.04"))
            if s.code == "97760" or s.code.startswith("L"):
                s.allowed = q(Decimal(__import__("eobgen").SCHED[s.code]) * s.units)
            key = (s.dos, _c)
            if key not in paid_days:
                paid_days.add(key)
                s.owes = min(copay, s.allowed)
                s.remarks = ["1"]
            else:
                s.remarks = ["2"]
            s.paid = s.allowed - s.owes
    cols = [("Date of|service", 56, "L"), ("Service you received|(billing code)", 186, "L"),
            ("Provider|billed", 58, "R"), ("Plan-approved|amount", 64, "R"), ("Plan|paid", 56, "R"),
            ("Your share|(copay)", 58, "R"), ("Note", 62, "C")]

    def furniture():
        p = doc.new_page()
        doc.text(x0, 42, "Harborline Senior Advantage (PPO)", FB, 14)
        doc.text(x0, 55, "Your Part C Explanation of Benefits", F, 9)
        doc.text(576, 42, "January 2026", FB, 11, "R")
        doc.text(576, 55, "This is not a bill", F, 8, "R")
        doc.hline(x0, 576, 62, 1.5)
        doc.text(x0, 770, "Harborline Senior Advantage is a PPO plan with a Medicare contract. Enrollment depends "
                 "on contract renewal.", F, 6.5, gray=0.35)
        doc.text(x0, 779, "H9991_EOB26_M", F, 6.5, gray=0.35)
        doc.text(576, 779, f"Page {p} of {total_pages}", F, 7, "R")
        return p

    furniture()
    doc.text(x0, 82, pat.upper(), FB, 9)
    doc.text(x0, 93, "15 WINDLASS COURT APT 4", F, 8)
    doc.text(x0, 104, "PORT ALDEN, WA 98399", F, 8)
    doc.text(340, 71, f"Member name: {pat}", F, 8)
    doc.text(340, 82, "Member ID: HSA44917023", F, 8)
    doc.text(340, 93, "Member services: 1-877-555-0160 (TTY 711)", F, 8)
    doc.text(340, 104, "8 a.m. - 8 p.m., 7 days a week", F, 8)
    allsv = [s for *_x, svcs in claims for s in svcs]
    doc.rect(x0, 120, 262, 74, fill=0.92, stroke=False)
    doc.text(x0 + 8, 136, "Your medical costs in January", FB, 9)
    for i, (a, v) in enumerate((("Total cost of your care", total(allsv, "allowed")),
                                ("Plan's share", total(allsv, "paid")), ("Your share", total(allsv, "owes")))):
        doc.text(x0 + 8, 152 + i * 13, a, F, 8.5)
        doc.text(x0 + 252, 152 + i * 13, M(v), FB, 8.5, "R")
    doc.rect(314, 120, 262, 74, fill=0.92, stroke=False)
    doc.text(322, 136, "Your costs so far this year", FB, 9)
    doc.text(322, 152, "Out-of-pocket maximum (in network)", F, 8.5)
    doc.text(566, 152, "$4,900.00", FB, 8.5, "R")
    doc.text(322, 165, "You have spent", F, 8.5)
    doc.text(566, 165, M(total(allsv, "owes")), FB, 8.5, "R")
    y = 218
    doc.text(x0, y, "Your claims in January", FB, 11)
    y += 10
    bottom = 750

    def colhead(y):
        doc.rect(x0, y, 540, 22, fill=0.8, stroke=False)
        head(doc, x0, y + 17, cols, FB, 7, 8)
        return y + 32

    for prov, clm, acct, svcs in claims:
        if y + 80 > bottom:
            furniture()
            y = 80
        y += 8
        doc.text(x0, y + 8, prov, FB, 9)
        doc.text(x0, y + 19, f"In network  |  Claim number {clm}  |  Provider's patient account {acct}", F, 7.5)
        y = colhead(y + 26)
        for s in svcs:
            if y + 14 > bottom:
                furniture()
                y = 80
                doc.text(x0, y + 8, f"{prov} - claim {clm} (continued)", FB, 9)
                y = colhead(y + 14)
            code = f"({modstr(s, '-')})"
            vals = [dfmt(s.dos, "mdy2"), f"{s.desc} {code}", *[M(v) for v in (s.billed, s.allowed, s.paid, s.owes)],
                    ", ".join(s.remarks)]
            cells(doc, x0, y, cols, vals, F, 7.2)
            R.add(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                             printed=("billed", "allowed", "paid", "patient_owes"), units=False, remarks=s.remarks),
                  [(doc.page, y)])
            doc.hline(x0, x0 + 540, y + 4, 0.15)
            y += 13
        t = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        cells(doc, x0, y + 2, cols, ["", "Claim total", *[M(v) for v in t], ""], FB, 7.4)
        R.claim(acct, clm, pat, billed=t[0], allowed=t[1], paid=t[2], patient_owes=t[3])
        y += 20
    legend = [("1", "Your $25 specialist-visit copay applies once for each visit day."),
              ("2", "Covered in full after the visit copay."),
              ("4", "This service is not a covered benefit. The provider is in network, so you do not owe it.")]
    if y + 60 > bottom:
        furniture()
        y = 80
    y += 10
    doc.text(x0, y, "What the notes mean", FB, 9)
    for k, v in legend:
        y += 12
        doc.text(x0 + 4, y, k, FB, 8)
        doc.text(x0 + 18, y, v, F, 8)
    pages = doc.save()
    return pages, R, [list(x) for x in legend], [], (
        "Medicare Advantage PPO Part C member EOB: month and year-to-date boxes, provider heads with claim number "
        "and the provider's patient account, '(97140-GO)' after the wording, a visit copay on the first line of "
        "each visit, a not-covered line the member does not owe, long claim continued on page 2; no units.")


def d1_medicaid_ra(path: Path, total_pages: int):
    """State Medicaid RA, line printer, two text lines per detail (amounts, then adjustment and remark)."""
    doc = Doc(path, "reportlab", PORT)
    R = Rec()
    F, FB = "Cour", "CourB"
    sz = 7.4
    x0 = 30
    lead = 9.2
    recips = [
        ("PAID", "OKAFOR, DESMOND T", "77120489310", "2026027140018", "ACW-5531", [
            S(D(1, 6), "97166", 1, ("GO",)), S(D(1, 6), "97530", 2, ("GO",)), S(D(1, 8), "97530", 2, ("GO",)),
            S(D(1, 8), "97112", 1, ("GO",)), S(D(1, 13), "97530", 3, ("GO",)), S(D(1, 13), "97535", 1, ("GO",)),
            S(D(1, 15), "97530", 2, ("GO",)), S(D(1, 15), "97112", 2, ("GO",)), S(D(1, 20), "97530", 2, ("GO",)),
            S(D(1, 20), "97535", 1, ("GO",)), S(D(1, 22), "97530", 3, ("GO",)), S(D(1, 22), "97112", 1, ("GO",)),
            S(D(1, 27), "97530", 2, ("GO",)), S(D(1, 27), "97535", 2, ("GO",)), S(D(1, 29), "97530", 3, ("GO",)),
            S(D(1, 29), "97112", 1, ("GO", "59"))]),
        ("PAID", "VANTERPOOL, ISLA", "77120556032", "2026027140019", "ACW-5540", [
            S(D(1, 7), "92523", 1, ("GN",)), S(D(1, 14), "92507", 1, ("GN",)), S(D(1, 21), "92507", 1, ("GN",)),
            S(D(1, 28), "92507", 1, ("GN",))]),
        ("PAID", "VANTERPOOL, MATEO", "77120556040", "2026027140020", "ACW-5541", [
            S(D(1, 7), "92507", 1, ("GN",)), S(D(1, 14), "92526", 1, ("GN",)), S(D(1, 21), "92526", 1, ("GN",))]),
        ("PAID", "TREMBLAY, OSCAR J", "77120588214", "2026027140022", "ACW-5549", [
            S(D(1, 5), "97161", 1, ("GP",)), S(D(1, 5), "97110", 2, ("GP",)), S(D(1, 12), "97110", 2, ("GP",)),
            S(D(1, 12), "97140", 1, ("GP",)), S(D(1, 19), "97110", 2, ("GP",)), S(D(1, 19), "97116", 1, ("GP",)),
            S(D(1, 26), "97110", 3, ("GP",)), S(D(1, 26), "97140", 1, ("GP", "59"))]),
        ("DENIED", "BRUSTAD, KELLAN", "77120601187", "2026027140021", "ACW-5562", [
            S(D(1, 9), "97530", 4, ("GO",), denied="CO"), S(D(1, 9), "97110", 2, ("GO",), denied="CO")]),
    ]
    recips = recips[1:4] + recips[:1] + recips[4:]  # the long claim runs over the page break
    for status, _n, _id, _icn, _a, svcs in recips:
        for s in svcs:
            medicaid(s, deny_reason="198" if s.denied else "197")
            s.remarks = ["N54"] if s.denied else []
            if s.code == "97112" and "59" in s.mods:
                s.remarks = ["M80"]

    def furniture():
        p = doc.new_page()
        doc.text(x0, 36, "STATE OF NORTH CALDERA   DEPARTMENT OF HEALTH SERVICES   MEDICAL ASSISTANCE PROGRAM",
                 FB, sz)
        doc.text(582, 36, f"PAGE {p:>4}", FB, sz, "R")
        doc.text(x0, 36 + lead, "REMITTANCE ADVICE                 RA NUMBER 0004471822     PAYMENT DATE 02/05/26",
                 F, sz)
        doc.text(x0, 36 + 2 * lead, "PROVIDER: ACORN & WILLOW PEDIATRIC THERAPY LLC   PROVIDER ID 400871235   "
                 "NPI 1999000114", F, sz)
        doc.text(x0, 36 + 3 * lead, "-" * 102, F, sz)
        doc.text(x0, 36 + 4 * lead, f"{'LN':<4}{'SVC-FROM':<10}{'SVC-TO':<10}{'PROC':<6}{'MODS':<10}{'UNITS':>5}"
                 f" {'BILLED':>10} {'ALLOWED':>10} {'PAID':>10}", FB, sz)
        doc.text(x0, 36 + 5 * lead, f"    {'GRP-RSN    ADJ AMT':<26} REMARK", FB, sz)
        doc.text(x0, 36 + 6 * lead, "-" * 102, F, sz)
        return 36 + 8 * lead

    y = furniture()
    bottom = 752
    section = None
    grand = ZERO
    for status, name, rid, icn, acct, svcs in recips:
        if status != section:
            if y + 6 * lead > bottom:
                y = furniture()
            section = status
            doc.text(x0, y, f"*** CLAIMS {status} ***", FB, sz)
            y += lead * 1.5
        if y + 5 * lead > bottom:
            y = furniture()

        def rhead(y, cont=""):
            doc.text(x0, y, f"RECIPIENT: {name:<22} RECIP ID: {rid}  ICN: {icn}{cont}", FB, sz)
            doc.text(x0, y + lead, f"PATIENT ACCT: {acct:<12} CLAIM TYPE: PROFESSIONAL  STATUS: {status}", F, sz)
            return y + 2 * lead

        y = rhead(y)
        for i, s in enumerate(svcs, 1):
            if y + 2 * lead > bottom:
                y = furniture()
                y = rhead(y, "  (CONTINUED)")
            mods = " ".join(s.mods)
            l1 = (f"{i:02d}  {dfmt(s.dos, 'mdy2')}  {dfmt(s.dos, 'mdy2')}  {s.code} {mods:<9} {s.units:>5.2f}"
                  f" {money(s.billed, ''):>10} {money(s.allowed, ''):>10} {money(s.paid, ''):>10}")
            doc.text(x0, y, l1, F, sz)
            adj = "  ".join(f"{g}-{r} {money(a, ''):>9}" for g, r, a in s.adjs)
            l2 = f"    {adj:<26}" + (f" {' '.join(s.remarks)}" if s.remarks else "")
            if s.adjs or s.remarks:
                doc.text(x0, y + lead, l2, F, sz)
            R.add(truth_line(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=name,
                             printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks,
                             description=False),
                  [(doc.page, y), (doc.page, y + lead)])
            y += 2 * lead
        t = [total(svcs, a) for a in ("billed", "allowed", "paid")]
        grand += t[2]
        doc.text(x0, y, f"    CLAIM TOTALS {'':<30} {money(t[0], ''):>10} {money(t[1], ''):>10} "
                 f"{money(t[2], ''):>10}", FB, sz)
        R.claim(acct, icn, name, billed=t[0], allowed=t[1], paid=t[2])
        y += lead * 1.8
    if y + 12 * lead > bottom:
        y = furniture()
    doc.text(x0, y, "*** PAYMENT SUMMARY ***", FB, sz)
    doc.text(x0, y + lead, f"CLAIMS PAID {sum(1 for r in recips if r[0] == 'PAID'):>4}   CLAIMS DENIED "
             f"{sum(1 for r in recips if r[0] == 'DENIED'):>4}   TOTAL PAYMENT {money(grand, ''):>10}   "
             f"EFT TRACE 771204558", F, sz)
    y += 3 * lead
    legend = [("CO-45", "CHARGE EXCEEDS THE STATE FEE SCHEDULE MAXIMUM"),
              ("CO-198", "UNITS EXCEED THE PRIOR AUTHORIZATION ON FILE"),
              ("N54", "RESUBMIT WITH THE CORRECT AUTHORIZATION NUMBER"),
              ("M80", "SAME-DAY SERVICE REVIEWED AS A DISTINCT PROCEDURE")]
    doc.text(x0, y, "*** ADJUSTMENT AND REMARK CODES ON THIS RA ***", FB, sz)
    for k, v in legend:
        y += lead
        doc.text(x0, y, f"{k:<8} {v}", F, sz)
    pages = doc.save()
    return pages, R, [list(x) for x in legend], [], (
        "State Medicaid RA, line printer Courier: banner and two-line column heads on every page, PAID / DENIED "
        "sections, RECIPIENT / RECIP ID / ICN / PATIENT ACCT heads, each detail on two text lines (LN, mm/dd/yy "
        "from/to, PROC, MODS, UNITS '2.00', BILLED, ALLOWED, PAID; then 'CO-45 amount' and remark), a 16-line "
        "claim continued on page 2 under '(CONTINUED)', claim totals, payment summary, code list.")



def d2_medicaid_grid(path: Path, total_pages: int):
    """State Medicaid RA portal print: one table per section, claim ids only on a claim's first row."""
    doc = Doc(path, "fpdf2", LAND)
    R = Rec()
    F, FB = "DVC", "DVCB"
    x0 = 24
    sz = 6.9

    def wk(a, b, code, units, mods):
        s = S(D(1, a), code, units, mods)
        s.end = D(1, b)
        return s

    claims = [
        ("PAID", "REYES-WHITFIELD, ANIKA", "M00418825", "26031000412", "SBT11872", [
            wk(5, 9, "97530", 6, ("GO",)), wk(5, 9, "97110", 3, ("GO",)), wk(12, 16, "97530", 6, ("GO",)),
            wk(12, 16, "97535", 2, ("GO",)), wk(19, 23, "97530", 4, ("GO",))]),
        ("PAID", "LINDQVIST, SOREN", "M00507731", "26031000413", "SBT11901", [
            S(D(1, 8), "92507", 1, ("GN",)), S(D(1, 15), "92507", 1, ("GN",)), S(D(1, 22), "92507", 1, ("GN",)),
            S(D(1, 29), "92507", 1, ("GN", "KX"))]),
        ("DENIED", "HOLLOWAY, BRYNN", "M00611042", "26031000414", "SBT11930", [
            S(D(1, 13), "97167", 1, ("GO",), denied="CO"), S(D(1, 13), "97530", 2, ("GO",), denied="CO")]),
    ]
    for st, _n, _i, _t, _a, svcs in claims:
        for s in svcs:
            medicaid(s, deny_reason="16")
            s.remarks = ["MA130"] if s.denied else []
    # an earlier payment voided and replaced
    orig = [S(D(12, 15, 2025), "97530", 3, ("GO",)), S(D(12, 15, 2025), "97112", 2, ("GO",))]
    for s in orig:
        medicaid(s)
    void = [negate(s) for s in orig]
    repl = [S(D(12, 15, 2025), "97530", 3, ("GO",)), S(D(12, 15, 2025), "97112", 2, ("GO", "59"))]
    for s in repl:
        medicaid(s)
    claims.append(("ADJUSTED", "REYES-WHITFIELD, ANIKA", "M00418825", "26031000415", "SBT10644", void))
    claims.append(("ADJUSTED", "REYES-WHITFIELD, ANIKA", "M00418825", "26031000416", "SBT10644", repl))
    cols = [("TCN", 58, "L"), ("Member Name", 100, "L"), ("Member ID", 50, "L"), ("Patient Acct", 50, "L"),
            ("Ln", 14, "C"), ("Service Dates", 82, "L"), ("Proc", 30, "L"), ("Mod 1", 26, "L"), ("Mod 2", 26, "L"),
            ("Units", 26, "R"), ("Billed", 48, "R"), ("Allowed", 48, "R"), ("Paid", 48, "R"), ("", 8, "L"),
            ("CARC", 36, "L"), ("Adj Amt", 42, "R"), ("", 6, "L"), ("RARC", 36, "L")]
    W = sum(c[1] for c in cols)

    def furniture():
        p = doc.new_page()
        doc.text(x0, 34, "Prairie Commonwealth Medicaid  -  Provider Remittance Advice", FB, 12)
        doc.text(x0 + W, 34, f"Page {p} of {total_pages}", F, 8, "R")
        doc.text(x0, 46, "Payee: Sandbar Therapy Collective   |   Payee ID 7100448213   |   NPI 1999004471   |   "
                 "RA date 02/06/2026   |   Cycle 2026-05", F, 7.5)
        doc.hline(x0, x0 + W, 52, 0.8)
        doc.text(x0, 594, "Questions about this remittance: Provider Services 1-800-555-0124. Keep this advice with "
                 "your financial records.", F, 6.5, gray=0.35)
        return 66

    def colhead(y):
        doc.rect(x0, y, W, 13, fill=0.85)
        head(doc, x0, y + 9.5, cols, FB, 6.5)
        return y + 22

    y = furniture()
    bottom = 580
    section = None
    grand = ZERO
    for st, name, mid, tcn, acct, svcs in claims:
        if st != section:
            if y + 60 > bottom:
                y = furniture()
            section = st
            doc.rect(x0, y, W, 13, fill=0.3, stroke=False)
            doc.text(x0 + 4, y + 9.5, {"PAID": "Paid Claims", "DENIED": "Denied Claims",
                                       "ADJUSTED": "Adjusted Claims (void of a prior payment and its replacement)"}[st],
                     FB, 8, gray=1.0)
            y = colhead(y + 15)
        if y + 12 * (len(svcs) + 1) > bottom:
            y = furniture()
            y = colhead(y)
        for i, s in enumerate(svcs, 1):
            dates = dfmt(s.dos, "mdy4") + (f" - {dfmt(s.end, 'mdy4')}" if s.end else "")
            first = i == 1
            adj = s.adjs[0] if s.adjs else None
            vals = [tcn if first else "", name if first else "", mid if first else "", acct if first else "", str(i),
                    dates, s.code, s.mods[0] if s.mods else "", s.mods[1] if len(s.mods) > 1 else "",
                    units_str(s.units), *[M(v, ",") for v in (s.billed, s.allowed, s.paid)], "",
                    f"{adj[0]}-{adj[1]}" if adj else "", M(adj[2], ",") if adj else "", "", " ".join(s.remarks)]
            cells(doc, x0, y, cols, vals, F, sz)
            R.add(truth_line(doc.page, s, claim_id=acct, payer_claim_id=tcn, patient=name,
                             printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks,
                             service_end=s.end, description=False), [(doc.page, y)])
            y += 11
        t = [total(svcs, a) for a in ("billed", "allowed", "paid")]
        grand += t[2]
        doc.hline(x0 + 296, x0 + W, y - 8, 0.3)
        cells(doc, x0, y, cols, ["", "", "", "", "", "Claim total", "", "", "", "",
                                 *[M(v, ",") for v in t], "", "", "", "", ""], FB, sz)
        R.claim(acct, tcn, name, billed=t[0], allowed=t[1], paid=t[2])
        doc.hline(x0, x0 + W, y + 4, 0.3)
        y += 16
    if y + 90 > bottom:
        y = furniture()
    y += 6
    doc.rect(x0, y, 300, 52)
    doc.text(x0 + 6, y + 12, "Payment summary", FB, 8)
    doc.text(x0 + 6, y + 24, "Claims paid / denied / adjusted", F, 7.5)
    doc.text(x0 + 294, y + 24, "2 / 1 / 2", F, 7.5, "R")
    doc.text(x0 + 6, y + 36, "Net payment this cycle (EFT 0026100458)", F, 7.5)
    doc.text(x0 + 294, y + 36, M(grand), FB, 7.5, "R")
    legend = [("CO-45", "Billed amount is above the program's maximum fee."),
              ("CO-16", "Claim lacks information needed to decide it; correct and resubmit."),
              ("MA130", "This claim cannot be appealed as sent; submit a corrected claim instead.")]
    ly = y
    doc.text(x0 + 330, ly + 12, "Codes used on this advice", FB, 8)
    for k, v in legend:
        ly += 12
        doc.text(x0 + 330, ly + 12, k, FB, 7.5)
        doc.text(x0 + 372, ly + 12, v, F, 7.5)
    pages = doc.save()
    return pages, R, [list(x) for x in legend], [], (
        "State Medicaid RA portal print, landscape grid: section bars (paid / denied / adjusted), TCN, member "
        "name and id and patient account printed only on each claim's first row, weekly service-date spans with "
        "summed units, Mod 1 / Mod 2 columns, CARC 'CO-45' with amount, RARC, a void with leading-minus amounts "
        "and its replacement, claim totals, payment summary.")


def p1_spr_reprint(path: Path, total_pages: int):
    """Clearinghouse reprint of a Medicare-style standard paper remit, landscape DejaVu Sans Mono."""
    doc = Doc(path, "reportlab", LAND)
    R = Rec()
    F, FB = "DVM", "DVMB"
    sz = 7.0
    lead = 8.8
    x0 = 28
    pts = [
        ("HALVORSEN, GRETA", "1EG4TE5MK72", "GH0117-A", "2226013548110", "1999330001", [
            (S(D(1, 5), "97161", 1, ("GP",)), "11"), (S(D(1, 5), "97110", 2, ("GP",)), "11"),
            (S(D(1, 7), "97110", 2, ("GP",)), "11"), (S(D(1, 7), "97140", 1, ("GP", "59")), "11"),
            (S(D(1, 9), "97110", 2, ("GP", "KX")), "11"), (S(D(1, 9), "97112", 1, ("GP", "KX")), "11"),
            (S(D(1, 12), "97110", 2, ("GP", "KX")), "11"), (S(D(1, 12), "G0283", 1, ("GP",)), "11"),
            (S(D(1, 14), "97110", 3, ("GP", "CQ")), "11"), (S(D(1, 14), "97116", 1, ("GP", "CQ")), "11"),
            (S(D(1, 16), "97110", 2, ("GP", "CQ")), "11"), (S(D(1, 16), "97140", 1, ("GP", "59")), "11"),
            (S(D(1, 19), "97110", 2, ("GP",)), "11"), (S(D(1, 19), "0552T", 1, ()), "11")]),
        ("MBEKI, THEODORE", "3PJ7RW2QD15", "TM0402-B", "2226013548111", "1999330001", [
            (S(D(1, 6), "97165", 1, ("GO",)), "11"), (S(D(1, 6), "97535", 2, ("GO",)), "11"),
            (S(D(1, 13), "97530", 2, ("GO",)), "11")]),
        ("FERREIRA-COSTA, LUZ", "8KM2XA6YH40", "LF0399-A", "2226013548112", "1999330002", [
            (S(D(1, 8), "92523", 1, ("GN",)), "11"), (S(D(1, 15), "92507", 1, ("GN",)), "11")]),
    ]
    for name, *_r, lines in pts:
        stt = PlanState(ded_left=Decimal("35.00") if name.startswith("MBEKI") else ZERO)
        for s, _pos in lines:
            if s.code == "0552T":
                s.denied = "CO"
            medicare(s, stt)
            s.remarks = ["N290"] if s.denied else []

    def furniture():
        p = doc.new_page()
        doc.text(x0, 30, "MEDICARE PART B - NORTHERN PLAINS CONTRACTOR", FB, sz)
        doc.text(764, 30, f"PAGE #: {p} OF {total_pages}", FB, sz, "R")
        doc.text(x0, 30 + lead, "PO BOX 30090  FARGO SPRINGS ND 58999", F, sz)
        doc.text(764, 30 + lead, "MEDICARE REMITTANCE NOTICE", F, sz, "R")
        doc.text(x0, 30 + 2 * lead, "PROVIDER #: 1999330001   BRIGHTWATER PHYSICAL & HAND THERAPY", F, sz)
        doc.text(764, 30 + 2 * lead, "DATE: 02/04/2026   CHECK/EFT #: 881022457", F, sz, "R")
        doc.text(x0, 30 + 3 * lead, "REPRINTED BY CLEARSPAN CLAIMS EXCHANGE - REMIT VIEWER 4.2 - FOR PROVIDER "
                 "RECORDS ONLY", F, sz, gray=0.4)
        hdr = (f"{'PERF PROV':<12}{'SERV DATE':<13}{'POS':<4}{'NOS':<5}{'PROC':<6}{'MODS':<12}{'BILLED':>9}"
               f"{'ALLOWED':>9}{'DEDUCT':>9}{'COINS':>9}  {'GRP/RC-AMT':<16}{'PROV PD':>9}")
        doc.text(x0, 30 + 5 * lead, hdr, FB, sz)
        doc.text(x0, 30 + 6 * lead, "_" * len(hdr), F, sz)
        return 30 + 8 * lead

    y = furniture()
    bottom = 580

    def chead(y, name, hic, acnt, icn, cont=""):
        doc.text(x0, y, f"NAME {name:<22} MID {hic:<12} ACNT {acnt:<10} ICN {icn}  ASG Y  MOA MA01{cont}", FB, sz)
        return y + lead

    grand = ZERO
    for name, hic, acnt, icn, npi, lines in pts:
        if y + 5 * lead > bottom:
            y = furniture()
        y = chead(y, name, hic, acnt, icn)
        svcs = [s for s, _p in lines]
        for s, pos in lines:
            nadj = max(1, len(s.adjs))
            if y + nadj * lead > bottom:
                y = furniture()
                y = chead(y, name, hic, acnt, icn, "   (CONT'D)")
            d1 = dfmt(s.dos, "mdy2").replace("/", "")[:4]
            mods = " ".join(s.mods)
            first = s.adjs[0]
            row = (f"{npi:<12}{d1 + ' ' + dfmt(s.dos, 'mdy6'):<13}{pos:<4}{units_str(s.units):<5}{s.code:<6}"
                   f"{mods:<12}{money(s.billed, ''):>9}{money(s.allowed, ''):>9}{money(s.deductible, ''):>9}"
                   f"{money(s.coinsurance, ''):>9}  {first[0] + '-' + first[1]:<7}{money(first[2], ''):>9}"
                   f"{money(s.paid, ''):>9}")
            doc.text(x0, y, row, F, sz)
            bands = [(doc.page, y)]
            for g, r, a in s.adjs[1:]:
                y += lead
                doc.text(x0, y, " " * 90 + f"{g + '-' + r:<7}{money(a, ''):>9}", F, sz)
                bands.append((doc.page, y))
            if s.remarks:
                y += lead
                doc.text(x0, y, f"{'':<12}REM: {' '.join(s.remarks)}", F, sz)
                bands.append((doc.page, y))
            R.add(truth_line(doc.page, s, claim_id=acnt, payer_claim_id=icn, patient=name,
                             printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                             adjustments=s.adjs, remarks=s.remarks, description=False), bands)
            y += lead
        t = {a: total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")}
        adj_t = sum((a for s in svcs for g, r, a in s.adjs if g == "CO"), ZERO)
        grand += t["paid"]
        doc.text(x0, y, f"{'PT RESP':<12}{money(t['owes'], ''):>9}", F, sz)
        doc.text(x0 + 300, y, "", F, sz)
        y += lead
        doc.text(x0, y, f"{'CLAIM TOTALS':<52}{money(t['billed'], ''):>9}{money(t['allowed'], ''):>9}"
                 f"{money(t['deductible'], ''):>9}{money(t['coinsurance'], ''):>9}  {'':<7}{money(adj_t, ''):>9}"
                 f"{money(t['paid'], ''):>9}", FB, sz)
        R.claim(acnt, icn, name, billed=t["billed"], allowed=t["allowed"], paid=t["paid"], patient_owes=t["owes"])
        y += lead * 2
    if y + 6 * lead > bottom:
        y = furniture()
    doc.text(x0, y, f"TOTALS:  # OF CLAIMS {len(pts):>3}   PROV PD AMT {money(grand, ''):>10}   CHECK AMT "
             f"{money(grand, ''):>10}", FB, sz)
    legend = [("CO-45", "CHARGES ABOVE THE FEE SCHEDULE AMOUNT"), ("CO-253", "FEDERAL PAYMENT REDUCTION"),
              ("PR-1", "DEDUCTIBLE AMOUNT"), ("PR-2", "COINSURANCE AMOUNT"),
              ("CO-50", "NOT DEEMED MEDICALLY NECESSARY BY THE PAYER"),
              ("N290", "MISSING OR INVALID RENDERING PROVIDER IDENTIFIER")]
    y += 2 * lead
    doc.text(x0, y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES", FB, sz)
    for k, v in legend:
        y += lead
        doc.text(x0, y, f"{k:<8}{v}", F, sz)
    pages = doc.save()
    return pages, R, [list(x) for x in legend], [], (
        "Clearinghouse reprint of a Medicare-style standard paper remit, landscape DejaVu Sans Mono: NAME / MID / "
        "ACNT / ICN head per claim, PERF PROV / SERV DATE 'MMDD MMDDYY' / POS / NOS / PROC / MODS / BILLED / "
        "ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD with further GRP/RC rows stacked under the service, a "
        "REM line, a denied line, a 14-line claim continued on page 2 with (CONT'D), PT RESP and CLAIM TOTALS.")



def p2_pm_posting(path: Path, total_pages: int):
    """Practice-management 'Remittance Posting Detail' of a Medicare payment, fpdf2 Liberation Sans Narrow."""
    doc = Doc(path, "fpdf2", LAND)
    R = Rec()
    F, FB = "LibNarrow", "LibNarrowB"
    x0 = 30
    sz = 7.2
    pts = [
        ("Ostrowski, Renata J", "PC-100482", "2026034117702", [
            S(D(1, 12), "97168", 1, ("GO",)), S(D(1, 12), "97530", 2, ("GO", "KX")),
            S(D(1, 14), "97530", 2, ("GO", "KX")), S(D(1, 14), "97535", 1, ("GO", "KX"))]),
        ("Delacroix, Amos", "PC-100517", "2026034117703", [
            S(D(1, 13), "92507", 1, ("GN",)), S(D(1, 20), "92507", 1, ("GN",)),
            S(D(1, 27), "92526", 1, ("GN",), denied="CO")]),
        ("Ishikawa, June", "PC-100533", "2026034117704", [
            S(D(1, 15), "97163", 1, ("GP",)), S(D(1, 15), "97110", 2, ("GP",)),
            S(D(1, 22), "97110", 2, ("GP", "CQ")), S(D(1, 22), "97140", 1, ("GP", "CQ", "59")),
            S(D(1, 22), "99213", 1, ("25",))]),
    ]
    for name, _a, _i, svcs in pts:
        stt = PlanState(ded_left=Decimal("60.00") if name.startswith("Ishikawa") else ZERO)
        for s in svcs:
            medicare(s, stt, deny_reason="151")
            s.remarks = ["M86"] if s.denied else (["N130"] if "KX" in s.mods else [])
    cols = [("DOS", 44, "L"), ("CPT", 32, "L"), ("Mods", 48, "L"), ("Units", 24, "R"), ("Charge", 42, "R"),
            ("Allowed", 40, "R"), ("Deduct", 36, "R"), ("Coins", 34, "R"), ("", 6, "L"), ("Adj 1", 30, "L"),
            ("Amt 1", 38, "R"), ("", 4, "L"), ("Adj 2", 30, "L"), ("Amt 2", 34, "R"), ("", 4, "L"), ("Adj 3", 34, "L"),
            ("Amt 3", 30, "R"), ("", 4, "L"), ("Adj 4", 34, "L"), ("Amt 4", 30, "R"), ("Ins Paid", 44, "R"),
            ("Pt Resp", 40, "R"), ("RARC", 34, "L")]
    W = sum(c[1] for c in cols)

    def furniture():
        p = doc.new_page()
        doc.text(x0, 36, "TheraLedger Practice Suite", FB, 11)
        doc.text(x0, 47, "Remittance Posting Detail  -  Riverside Kinetics Rehabilitation, Suite 210, 5 Canal St, "
                 "Milbrook, NH 03999", F, 8)
        doc.text(x0 + W, 36, "Run 02/06/2026 08:14", F, 7.5, "R")
        doc.text(x0 + W, 47, f"Page {p} of {total_pages}", F, 7.5, "R")
        doc.hline(x0, x0 + W, 52, 0.6)
        doc.text(x0, 596, "User: jtrask  |  Batch 2026-0206-03  |  Posted from 835 file REM0206A.835", F, 6.5,
                 gray=0.4)
        return 64

    y = furniture()
    doc.rect(x0, y, W, 38, fill=0.95)
    info = [("Payer", "Medicare Part B - Granite Region (Payer ID 19990)"), ("Check / EFT", "EFT 550912784"),
            ("Payment date", "02/05/2026"), ("Payment amount", "")]
    allsv = [s for *_x, svcs in pts for s in svcs]
    info[3] = ("Payment amount", M(total(allsv, "paid")))
    for k, (a, b) in enumerate(info):
        xx = x0 + 6 + (k % 2) * 260
        yy = y + 14 + (k // 2) * 14
        doc.text(xx, yy, a + ":", FB, 7.8)
        doc.text(xx + 70, yy, b, F, 7.8)
    y += 54
    for name, acct, icn, svcs in pts:
        doc.rect(x0, y, W, 14, fill=0.82, stroke=False)
        doc.text(x0 + 4, y + 10, f"Patient: {name}", FB, 8)
        doc.text(x0 + 170, y + 10, f"Acct #: {acct}", F, 8)
        doc.text(x0 + 290, y + 10, f"Payer ICN: {icn}", F, 8)
        doc.text(x0 + W - 4, y + 10, "Processed as Primary  MOA MA01", F, 8, "R")
        y += 16
        head(doc, x0, y + 8, cols, FB, 7)
        doc.hline(x0, x0 + W, y + 11, 0.3)
        y += 20
        for s in svcs:
            ad = list(s.adjs) + [("", "", None)] * 3
            vals = [dfmt(s.dos, "mdyn"), s.code, ",".join(s.mods), units_str(s.units),
                    *[M(v, ",") for v in (s.billed, s.allowed, s.deductible, s.coinsurance)], ""]
            for k in range(4):
                g, r, a = ad[k]
                vals += [f"{g}{r}" if g else "", M(a, ",") if a is not None else "", ""]
            vals = vals[:-1] + [M(s.paid, ","), M(s.owes, ","), " ".join(s.remarks)]
            cells(doc, x0, y, cols, vals, F, sz)
            R.add(truth_line(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=name,
                             printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                             adjustments=s.adjs, remarks=s.remarks, description=False), [(doc.page, y)])
            y += 11
        t = {a: total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")}
        doc.hline(x0, x0 + W, y - 8, 0.3)
        cells(doc, x0, y, cols, ["Claim", "", "", "", *[M(t[a], ",") for a in ("billed", "allowed", "deductible",
                                                                              "coinsurance")],
                                 "", "", "", "", "", "", "", "", "", "", "", "", M(t["paid"], ","),
                                 M(t["owes"], ","), ""], FB, sz)
        doc.text(x0 + 4, y + 11, f"Patient responsibility {M(t['owes'])} moved to patient balance; crossover "
                 "to secondary: " + ("Granite State Medigap (sent 02/05/2026)" if name.startswith("Ostrow") else
                                     "none on file"), F, 7)
        R.claim(acct, icn, name, billed=t["billed"], allowed=t["allowed"], paid=t["paid"], patient_owes=t["owes"])
        y += 28
    legend = [("CO45", "Charge above the fee schedule maximum"), ("PR1", "Deductible"), ("PR2", "Coinsurance"),
              ("CO253", "Sequestration reduction"), ("CO151", "Payer judged the frequency or number of services "
                                                                "not supported"),
              ("N130", "Consult plan benefit documents for coverage limits"), ("M86", "Service denied because "
                                                                                   "payment already made for a "
                                                                                   "same or similar procedure")]
    y += 6
    doc.text(x0, y, "Adjustment code key", FB, 8)
    for k, v in legend:
        y += 10
        doc.text(x0, y, k, FB, 7.2)
        doc.text(x0 + 40, y, v, F, 7.2)
    pages = doc.save()
    return pages, R, [list(x) for x in legend], [], (
        "Practice-management 'Remittance Posting Detail' of a Medicare Part B payment: payment box, shaded "
        "patient bars with account and payer ICN, DOS '1/12/2026', CPT and comma-joined Mods 'GP,CQ,59', "
        "Adj 1 / Amt 1 / Adj 2 / Amt 2 / Adj 3 / Amt 3 columns with glued 'CO45', a denied line, claim rows "
        "and a patient-responsibility note under each claim.")


def s1_clinic_statement(path: Path, total_pages: int):
    """Therapy clinic family statement with a tear-off stub and insurance activity per visit line."""
    doc = Doc(path, "reportlab", PORT)
    R = Rec()
    F, FB = "DV", "DVB"
    x0 = 36
    gname = "Priya Castellanos-Oduya"
    st = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    visits = [
        ("V-204418", "PC2601064411", "Eli Castellanos", "Pacific Crest PPO",
         [S(D(1, 6), "97165", 1, ("GO",)), S(D(1, 6), "97530", 2, ("GO",))]),
        ("V-204431", "PC2601084502", "Eli Castellanos", "Pacific Crest PPO",
         [S(D(1, 8), "97530", 2, ("GO",)), S(D(1, 8), "97112", 1, ("GO",))]),
        ("V-204460", "PC2601134977", "Marisol Castellanos", "Pacific Crest PPO",
         [S(D(1, 13), "92523", 1, ()), S(D(1, 13), "92507", 1, ("GN",))]),
        ("V-204502", "PC2601205130", "Eli Castellanos", "Pacific Crest PPO",
         [S(D(1, 20), "97530", 3, ("GO",)), S(D(1, 20), "0552T", 1, (), denied="PR")]),
        ("V-204517", "PC2601225288", "Marisol Castellanos", "Pacific Crest PPO",
         [S(D(1, 22), "92507", 1, ("GN",)), S(D(1, 22), "92526", 1, ("GN",))]),
        ("V-204533", "PC2601275402", "Priya Castellanos-Oduya", "Pacific Crest PPO",
         [S(D(1, 27), "97161", 1, ("GP",)), S(D(1, 27), "97140", 1, ("GP",)), S(D(1, 27), "97110", 2, ("GP",))]),
    ]
    for _v, _c, _p, _i, svcs in visits:
        for s in svcs:
            commercial(s, st, deny_reason="96")
    cols = [("Date", 52, "L"), ("Code", 56, "L"), ("Description", 150, "L"), ("Charges", 48, "R"),
            ("Insurance|paid", 50, "R"), ("Insurance|adjustment", 58, "R"), ("Patient|payments", 46, "R"),
            ("Your|balance", 50, "R")]
    W = sum(c[1] for c in cols)
    allsv = [s for *_x, svcs in visits for s in svcs]
    pay = Decimal("60.00")
    due = total(allsv, "owes") - pay

    def furniture(first=False):
        p = doc.new_page()
        doc.text(576, 770, f"Page {p} of {total_pages}", F, 7, "R")
        doc.text(x0, 770, "Questions about your bill? Call 1-503-555-0175, Mon-Fri 8:30-4:30.", F, 7, gray=0.3)
        return p

    furniture(True)
    doc.text(x0, 44, "CEDAR & SAGE", FB, 14)
    doc.text(x0, 56, "Pediatric and Family Therapy", F, 8)
    doc.text(x0, 66, "740 Orchard Loop, Wren Valley, OR 97299", F, 7.5)
    doc.rect(330, 30, 246, 82)
    stub = [("Statement date", "02/10/2026"), ("Guarantor account", "G-58120"), ("Amount due", M(due)),
            ("Please pay by", "03/05/2026"), ("Amount enclosed", "$ ____________")]
    for k, (a, b) in enumerate(stub):
        doc.text(338, 44 + k * 14, a, F, 8)
        doc.text(568, 44 + k * 14, b, FB, 8, "R")
    doc.text(x0, 96, gname.upper(), FB, 8.5)
    doc.text(x0, 107, "1188 Bramble Court, Wren Valley, OR 97298", F, 8)
    y = 122
    doc.line(x0, y, 576, y, 0.6)
    doc.text(306, y + 8, "- - - Please detach and return the top portion with your payment - - -", F, 6.5, "C")
    y += 26
    doc.text(x0, y, "Statement of Account", FB, 12)
    doc.text(576, y, f"Patients on this account: Eli Castellanos, Marisol Castellanos, {gname}", F, 7.5, "R")
    y += 14
    for vid, clm, pat, ins, svcs in visits:
        if y + 30 + 12 * len(svcs) > 740:
            furniture()
            y = 50
        doc.rect(x0, y, W, 13, fill=0.9, stroke=False)
        doc.text(x0 + 4, y + 9.5, f"Visit {vid}   Patient: {pat}   Billed to {ins}, claim {clm}", FB, 7.3)
        y += 15
        head(doc, x0, y + 16, cols, F, 6.8, 8) if vid == visits[0][0] or y < 70 else None
        if vid == visits[0][0] or y < 70:
            y += 30
        else:
            y += 9
        for s in svcs:
            vals = [dfmt(s.dos, "mdy4"), modstr(s), s.desc, M(s.billed, ","), M(s.paid, ","), M(s.discount, ","),
                    "", M(s.owes, ",")]
            cells(doc, x0, y, cols, vals, F, 7)
            tl = truth_line(doc.page, s, claim_id=vid, payer_claim_id=clm, patient=pat,
                            printed=("billed", "paid", "discount", "patient_owes"), units=False)
            R.add(tl, [(doc.page, y)])
            y += 12
        t = [total(svcs, a) for a in ("billed", "paid", "owes")]
        cells(doc, x0, y, cols, ["", "", "Visit total", M(t[0], ","), M(t[1], ","),
                                 M(total(svcs, "discount"), ","), "", M(t[2], ",")], FB, 7)
        R.claim(vid, clm, pat, billed=t[0], paid=t[1], patient_owes=t[2])
        doc.hline(x0, x0 + W, y + 4, 0.3)
        y += 16
    cells(doc, x0, y, cols, ["02/02/2026", "PMT", "Payment - thank you (check 4471)", "", "", "", M(pay, ","),
                             M(-pay, ",")], F, 7)
    y += 20
    doc.rect(x0 + W - 200, y, 200, 44, fill=0.93)
    doc.text(x0 + W - 192, y + 14, "Previous balance", F, 8)
    doc.text(x0 + W - 8, y + 14, "$0.00", F, 8, "R")
    doc.text(x0 + W - 192, y + 27, "New activity, less payments", F, 8)
    doc.text(x0 + W - 8, y + 27, M(due), F, 8, "R")
    doc.text(x0 + W - 192, y + 40, "AMOUNT DUE", FB, 9)
    doc.text(x0 + W - 8, y + 40, M(due), FB, 9, "R")
    doc.text(x0, y + 14, "Your insurance has processed every visit shown. The insurance adjustment is the", F, 7.5)
    doc.text(x0, y + 25, "discount our clinic agreed to with your plan; you do not owe it.", F, 7.5)
    pages = doc.save()
    return pages, R, [], [], (
        "Therapy clinic family statement: tear-off stub with guarantor account and amount due, visit heading rows "
        "(visit number, patient, insurer claim number), Date / Code '97530 GO' / Description / Charges / Insurance "
        "paid / Insurance adjustment / Patient payments / Your balance, three family members, a denied laser "
        "line the family owes, a payment row; no units.")


def s2_hospital_statement(path: Path, total_pages: int):
    """Hospital outpatient-rehab itemized family statement, per hospital account, fpdf2 Liberation Serif."""
    doc = Doc(path, "fpdf2", PORT)
    R = Rec()
    F, FB = "LibSerif", "LibSerifB"
    x0 = 40
    accts = [
        ("HA-7720191106", "2026-0109-86012", "DANA ABERNATHY-KILGORE", "Outpatient Physical Therapy", [
            ("0424", S(D(1, 6), "97161", 1, ("GP",))), ("0420", S(D(1, 6), "97110", 2, ("GP",))),
            ("0420", S(D(1, 6), "G0283", 1, ("GP",))), ("0420", S(D(1, 13), "97110", 2, ("GP",))),
            ("0420", S(D(1, 13), "97140", 1, ("GP",))), ("0510", S(D(1, 13), "99213", 1, ("25",)))]),
        ("HA-7720193485", "2026-0114-88231", "ROWAN ABERNATHY-KILGORE", "Outpatient Rehabilitation", [
            ("0434", S(D(1, 5), "97167", 1, ("GO",))), ("0430", S(D(1, 5), "97530", 3, ("GO",))),
            ("0430", S(D(1, 7), "97530", 3, ("GO",))), ("0430", S(D(1, 7), "97535", 2, ("GO",))),
            ("0430", S(D(1, 9), "97530", 2, ("GO",))), ("0430", S(D(1, 9), "97112", 2, ("GO", "59"))),
            ("0420", S(D(1, 12), "97110", 2, ("GP",))), ("0420", S(D(1, 12), "97116", 1, ("GP",))),
            ("0430", S(D(1, 14), "97530", 3, ("GO",))), ("0430", S(D(1, 14), "97140", 1, ("GO", "59"))),
            ("0420", S(D(1, 16), "97110", 3, ("GP",))), ("0430", S(D(1, 19), "97530", 2, ("GO",))),
            ("0430", S(D(1, 19), "97535", 1, ("GO",))), ("0420", S(D(1, 21), "97110", 2, ("GP",))),
            ("0420", S(D(1, 21), "97112", 1, ("GP",))), ("0430", S(D(1, 23), "97530", 3, ("GO",))),
            ("0274", S(D(1, 23), "L3807", 1, ("RT",))), ("0430", S(D(1, 23), "97760", 1, ("GO",))),
            ("0420", S(D(1, 26), "97110", 2, ("GP",))), ("0430", S(D(1, 28), "97168", 1, ("GO",))),
            ("0430", S(D(1, 28), "97530", 2, ("GO",)))]),
        ("HA-7720194012", "2026-0120-90155", "WILLA ABERNATHY-KILGORE", "Outpatient Speech Therapy", [
            ("0444", S(D(1, 15), "92523", 1, ())), ("0440", S(D(1, 22), "92507", 1, ("GN",))),
            ("0440", S(D(1, 29), "92507", 1, ("GN",)))]),
    ]
    accts = [accts[0], accts[2], accts[1]]  # the long account last, so it runs on to page 2
    cols = [("Service date", 62, "L"), ("Rev code", 42, "L"), ("CPT/HCPCS", 74, "L"), ("Description", 230, "L"),
            ("Qty", 28, "R"), ("Charges", 96, "R")]
    W = sum(c[1] for c in cols)

    def furniture():
        p = doc.new_page()
        doc.text(x0, 40, "St. Brendan Valley Hospital", FB, 15)
        doc.text(x0, 52, "Patient Financial Services  |  900 Ferry Hill Road, Caddo Bend, LA 70999", F, 8)
        doc.text(x0 + W, 40, "Itemized Statement", FB, 11, "R")
        doc.text(x0 + W, 52, f"Page {p} of {total_pages}", F, 8, "R")
        doc.hline(x0, x0 + W, 58, 1)
        doc.text(x0, 772, "Financial assistance may be available. Ask for our plain-language summary or call "
                 "1-800-555-0186.", F, 7, gray=0.35)
        return p

    furniture()
    doc.text(x0, 78, "Guarantor: DANA ABERNATHY-KILGORE", FB, 9)
    doc.text(x0, 90, "62 Pecan Row, Caddo Bend, LA 70998", F, 8.5)
    doc.rect(330, 68, 202, 52)
    doc.text(338, 80, "Statement date: 02/12/2026", F, 8.5)
    doc.text(338, 92, "Guarantor number: 55012873", F, 8.5)
    tot_due = ZERO
    y = 140
    bottom = 748

    def colhead(y):
        doc.hline(x0, x0 + W, y, 0.5)
        head(doc, x0, y + 10, cols, FB, 8)
        doc.hline(x0, x0 + W, y + 13, 0.5)
        return y + 24

    st = PlanState(allowed_rate=Decimal("0.64"), coins_rate=Decimal("0.10"))
    for acct, pcl, pat, svc_type, items in accts:
        if y + 90 > bottom:
            furniture()
            y = 76
        doc.rect(x0, y, W, 26, fill=0.92, stroke=False)
        doc.text(x0 + 4, y + 10, f"Hospital account {acct}   Patient: {pat}", FB, 8.5)
        doc.text(x0 + 4, y + 21, f"{svc_type}, {dfmt(items[0][1].dos, 'mdy4')} - {dfmt(items[-1][1].dos, 'mdy4')}",
                 F, 8)
        y = colhead(y + 32)
        svcs = [s for _r, s in items]
        for rev, s in items:
            if y + 12 > bottom:
                furniture()
                y = 76
                doc.text(x0, y, f"Hospital account {acct}   Patient: {pat}  (continued)", FB, 8.5)
                y = colhead(y + 6)
            cells(doc, x0, y, cols, [dfmt(s.dos, "mdy4"), rev, modstr(s), s.desc.upper(), units_str(s.units),
                                     M(s.billed, ",")], F, 8)
            R.add(truth_line(doc.page, s, claim_id=acct, payer_claim_id=pcl, patient=pat, printed=("billed",),
                             overrides={"description": s.desc.upper()}), [(doc.page, y)])
            y += 14
        for s in svcs:
            commercial(s, st)
        tb, tp, td = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "discount")
        owe = tb - tp - td
        tot_due += owe
        if y + 70 > bottom:
            furniture()
            y = 76
        doc.hline(x0, x0 + W, y - 8, 0.5)
        rows = [("Total charges", M(tb, ",")),
                (f"Insurance payment - Magnolia Coastal Health Plan, claim {pcl}", M(-tp, ",")),
                ("Contractual adjustment - Magnolia Coastal Health Plan", M(-td, ",")),
                ("Account balance - patient responsibility", M(owe, ","))]
        for k, (a, b) in enumerate(rows):
            doc.text(x0 + 180, y + 2 + k * 11, a, FB if k in (0, 3) else F, 8)
            doc.text(x0 + W - 2, y + 2 + k * 11, b, FB if k in (0, 3) else F, 8, "R")
        R.claim(acct, pcl, pat, billed=tb, paid=tp, patient_owes=owe)
        y += 60
    doc.rect(x0 + W - 200, y, 200, 20, fill=0.85)
    doc.text(x0 + W - 192, y + 13, "Total amount due", FB, 9)
    doc.text(x0 + W - 6, y + 13, M(tot_due), FB, 9, "R")
    pages = doc.save()
    return pages, R, [], [], (
        "Hospital outpatient itemized statement to a guarantor: one section per hospital account and patient, "
        "Service date / Rev code / CPT/HCPCS '97112 GO 59' / upper-case description / Qty / Charges, a 21-line "
        "account continued on page 2 under a '(continued)' head and repeated column header, account totals with "
        "insurance payment (payer claim number), contractual adjustment and patient balance; only charges per line.")


# ============================================================================================= driver

LAYOUTS = [
    ("h81_c1_family_eob", "c1_family_eob", c1_family_eob),
    ("h81_c2_fund_statement", "c2_fund_statement", c2_mutual_statement),
    ("h81_m1_msn_part_b", "m1_msn_part_b", m1_msn),
    ("h81_m2_ma_ppo_eob", "m2_ma_ppo_eob", m2_ma_eob),
    ("h81_d1_medicaid_ra_print", "d1_medicaid_ra_print", d1_medicaid_ra),
    ("h81_d2_medicaid_ra_grid", "d2_medicaid_ra_grid", d2_medicaid_grid),
    ("h81_p1_spr_reprint", "p1_spr_reprint", p1_spr_reprint),
    ("h81_p2_pm_posting", "p2_pm_posting_detail", p2_pm_posting),
    ("h81_s1_clinic_statement", "s1_clinic_family_statement", s1_clinic_statement),
    ("h81_s2_hospital_statement", "s2_hospital_itemized_statement", s2_hospital_statement),
]


def build(out: Path) -> tuple[dict, dict]:
    marks, pages = {}, {}
    for name, layout, fn in LAYOUTS:
        pdf = out / f"{name}.pdf"
        n, *_ = fn(pdf, 0)
        n, R, legend, findings, desc = fn(pdf, n)
        write_truth(pdf, layout, Doc.last.producer, n, desc,
                    R.lines, R.claims, legend, findings)
        marks[pdf.name], pages[pdf.name] = R.bands, n
    return marks, pages


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout81_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    marks, pages = build(out)
    nl = sum(len(v) for v in marks.values())
    print(f"wrote {len(marks)} PDFs, {nl} service lines, {sum(pages.values())} pages to {out}")
    if "--check" in argv:
        errs = check_folder(out, marks, pages)
        for e in errs:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
