"""Write the SIXTY-EIGHTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an
independent measurement of the PDF reader on the five commonest real document kinds, each in a house style of
its own (two layouts per kind). Written without looking at the reader, its tests or its results.

Run:  python bench/heldout68/make_heldout68_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout68/make_heldout68_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; <name>.pdf.truth.json), printed values only,
null for what a layout does not print (units null where no quantity is printed); claim_id = the provider's own
account / patient-control / visit / invoice number, payer_claim_id = the payer's claim number / ICN / TCN,
patient exactly as printed (the person who got the service, not the guarantor or subscriber). Every name,
number, payer, provider, address and ID is invented; service wording is our own. Deterministic output
(reportlab invariant=1, fpdf2 fixed creation date, no randomness). Drawing helpers live in h68.py.

Layouts (10 files, 277 service lines, 22 pages; a claim continues onto the next page in c1 c2 m1 m2 d1 p2 s2;
kind, vocabulary, producer, complications):
  c1  commercial PPO member EOB to the subscriber, family of three (reportlab, portrait Liberation Sans 6.5 pt):
      letter-style first page with "Claims at a glance" table, black claim bars "Ingrid Lindqvist (You) | Claim
      number | Received / Processed" with a second line "Provider / Provider's patient account", columns Service
      date 01/05/2026 / Description of service (long wordings wrap) / Code "97530 GO 59" / Billed amount / Not
      covered / Plan discount / Allowed amount / Deductible / Copay / Coinsurance / Plan paid / Your
      responsibility / Remark (R-codes), claim totals in "$", a not-covered laser line the member owes, the
      daughter's long claim continues onto page 2 under "(continued)" with the column header repeated, remark
      legend; no units printed
  c2  mutual-insurer member "Statement of Claims and Payments" with a grey LEFT SIDEBAR (fpdf2, landscape DejaVu
      Serif Condensed): sidebar with member, deductible and out-of-pocket figures and a "How to read" note; claim
      heads "FOR: <name> · CLAIM <no.> · <provider> · YOUR PROVIDER'S REF <acct>", columns Dates "01-05-2026" /
      Proc / Mod "GP 59" / Qty "2" / Charges Submitted / Member Savings / Not Payable / Plan Allowance /
      Deductible / Copayment / Coinsurance / Plan Payment / Amount You Owe / Expl, a $25 per-visit copay plan,
      four family members, claims roll onto page 2 WITHOUT a repeated column header; PLANTED mismatch on one
      claim's Amount You Owe total (declared expected finding)
  m1  Medicare Summary Notice, Part B (reportlab, portrait DejaVu Sans): page 1 dashboard (deductible status,
      "Your Claims & Costs This Period", "Providers with claims this period"), then "Your Claims for Part B" by
      provider and claim: grey provider band with "Claim number", "Date of service" column "Jan 5, 2026",
      "Service Provided & Billing Code" as "Manual therapy techniques (97140-GP)", Service Approved? Yes/No,
      Amount Provider Charged / Medicare-Approved Amount / Medicare Paid Provider / Maximum You May Be Billed /
      See Notes Below letters, claim total rows, a not-approved line, a claim continued onto the next page
      with "(continued)" and the header repeated, notes legend; no units, no provider account printed
  m2  Medicare Advantage PPO monthly member EOB (fpdf2, portrait DejaVu Sans Condensed): plan banner, member box,
      "Your costs this month / so far this year" table, "Medical claims" with two-line claim heads "Claim ID
      ... Provider ... Claim received ... Claim processed" and "Provider's account no." on the second line,
      ruled rows Date 1/5/2026 / Service you received / Code / Modifier "GP,KX" / Qty / Amount the provider
      billed / Total cost (plan-approved) / Plan paid / Your share / Note, $15 specialist-visit copay once per
      date, a not-covered line (your share 0.00, provider write-off), one claim continued on page 2 with its
      head and the column header repeated, notes legend
  d1  state Medicaid paper remittance advice from a legacy MMIS (fpdf2, landscape core Courier 7.2 pt): banner on
      every page (PROVIDER NO / RA NO / WARRANT DATE / PAGE), sections "CLAIMS PAID", "CLAIMS DENIED",
      "CLAIM ADJUSTMENTS", claim head lines "RECIP NAME WHITLOCK, JUNE  RECIP ID ...  TCN ...  PAT ACCT ...",
      detail lines "LN FROM-DOS THRU-DOS PROC MOD1 MOD2 UNITS BILLED ALLOWED COPAY PAID EOB" with dates 010526
      and units "4.00", 4-digit EOB codes, an adjustment that CREDITS a prior TCN (amounts with trailing minus)
      and repays it, claim totals, a 14-line claim broken across pages with "*** CLAIM CONTINUED ***", EOB
      legend and an RA summary
  d2  state Medicaid web-portal "Remittance Advice" (reportlab, portrait Liberation Sans Narrow): warrant/EFT
      box, claims summary (Paid / Credited / Denied), boxed beneficiary panels "Beneficiary Name / Beneficiary
      ID / Patient Account # / ICN / Status", ruled detail grid Line / From / To / Procedure / Modifiers "GN"
      / Units "1" / Billed / Approved / Copay / TPL / Paid / Grp / CARC / Adj Amt / RARC, a $3.00 adult copay
      (PR 3) on a 99213 line, a CREDITED claim with leading-minus amounts and its resubmission, a denied claim,
      every adjustment printed (billed - adjustments = paid)
  p1  Medicare Part B standard paper remit reprinted by a clearinghouse (reportlab, landscape DejaVu Sans Mono
      7 pt): payer/payee block with check/EFT number, "NAME / MID / ACNT / ICN / ASG / MOA" claim lines, column
      row "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD", SERV DATE as
      "0105 010526", NOS "3", first adjustment on the row and further ones (PR-1, PR-2, CO-253) stacked on the
      following print lines, "PT RESP" / "CLAIM TOTALS" / "NET" rows, a denied line (CO-97, M15), a claim
      carrying over to the next page with only the page header repeated, a glossary of codes
  p2  therapy practice-management "Insurance Payment Detail" of a commercial ERA (fpdf2, portrait core Helvetica
      7 pt): check / EFT banner, patient heads "Ruiz, Marco  Acct 100482  Payer claim# ...", rows DOS 01/05/26
      / CPT / Mods "GP KX" / Units / Charge / Allowed / Deduct / Coins / Copay / Paid / Adj. Grp / Reason /
      Adj. Amt (extra adjustments on sub-rows), claim subtotals, a denied line (CO 97), header repeated on
      page 2, deposit totals
  s1  pediatric therapy clinic family statement to the guarantor (reportlab, portrait DejaVu Serif): remit box
      (statement date, account, amount due), guarantor address, "Activity since your last statement" grouped
      by child with visit sub-heads "Visit V26-..., billed to <plan> (claim ...)", columns Date "Jan 05, 2026" /
      Service / CPT / Mod / Units / Charges / Ins. Paid / Ins. Adj. / Your Share (Ins. Adj. recorded as
      discount), a family payment row (non-service), a not-covered line the family owes, runs to page 2 with
      the column header repeated, aging line
  s2  hospital guarantor statement with itemized outpatient accounts (fpdf2, portrait DejaVu Sans): guarantor
      box, "Summary of accounts" (Total Charges / Insurance Payments / Adjustments / Insurance Pending /
      Patient Pay) per family member, then "Detail of charges" per account with "Visit no." (claim_id) and the
      insurer's claim number, rows Date "05-JAN-26" / Rev / Code "97110 GP" / Description in capitals / Qty /
      Charges (lines carry billed only), non-therapy codes 73110, 36415, 85025, 29125, 99283, a long rehab
      account continuing onto page 2 with "(continued)" and the header repeated

The self-check (--check) tests the factory, not the reader: it reopens every PDF with pdfplumber and checks the
page count; that each line's date, code, every modifier, units, every printed amount (re-formatted from the
truth value in the layout's own money style), every adjustment and remark appears on THAT line's own row band
of its page; that claim ids, payer claim ids and patients are in the document text; the documents' own
arithmetic (billed - discount - not covered = allowed and allowed - deductible - copay - coinsurance = paid
where printed, billed - adjustments = paid where a layout prints every adjustment); and that claim totals equal
the sum of their lines, except the planted mismatch, which must really mismatch.
"""

from __future__ import annotations

import json
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

import eobgen as E  # noqa: E402
from eobgen import (FIXED_WHEN, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare,  # noqa: E402
                    money, q, total, truth_line, write_truth)
from h68 import Cols, Doc, norm_space, render, wrap  # noqa: E402

# Extra codes (invented charges / schedule amounts, our own wording).
for code, fee, sched, desc in (
    ("73110", "310.00", "38.10", "X-ray of wrist, 3 views"), ("36415", "28.00", "3.00", "Blood draw by needle"),
    ("85025", "46.00", "7.77", "Complete blood count"), ("29125", "185.00", "61.20", "Forearm splint, static"),
    ("99283", "640.00", "75.90", "Emergency visit, moderate"), ("97533", "92.00", "34.20", "Sensory integration"),
    ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"), ("G0151", "120.00", "48.00",
                                                                             "Home health PT visit, each 15 min"),
):
    E.FEE[code], E.SCHED[code], E.DESC[code] = fee, sched, desc

D = date
ALL = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered", "discount")


class Out:
    """Per-layout result: doc, truth rows and their row bands, formatters for the check."""

    def __init__(self, name, producer, doc, desc):
        self.name, self.producer, self.doc, self.desc = name, producer, doc, desc
        self.lines, self.bands, self.claims, self.legend, self.findings = [], [], [], [], []
        self.fm = lambda v: money(v, ",")
        self.tf = self.fm
        self.df = lambda x: dfmt(x, "mdy4")
        self.uf = lambda u: E.units_str(u)
        self.af = None  # adjustment formatter (g, r, amount) -> printed string, when adjustments are printed
        self.full_adj = False
        self.date_on_row = True

    def rec(self, y, size, s, extra=0.0, **kw):
        kw.setdefault("printed", ALL)
        self.lines.append(truth_line(self.doc.page, s, **kw))
        self.bands.append((self.doc.page, y - 1.5, y + size + 1.5 + extra))

    def claim(self, cid, pcid, pat, svcs, attrs=("billed", "allowed", "paid", "owes"), override=None):
        tot = {a: total(svcs, a) for a in attrs}
        t = claim_totals(tot.get("billed"), tot.get("allowed"), tot.get("paid"), tot.get("owes"))
        if override:
            t.update(override)
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": t})
        return tot


def page_numbers(d: Doc, fmt, x, y, size=7, align="r", font="R"):
    n = len(d.pages)
    for i, ops in enumerate(d.pages):
        ops.append(("t", x, y, fmt(i + 1, n), font, size, align, 0.0))


def flow(d: Doc, rows, cont):
    """rows: list of (height, draw(y)); cont(d) draws continuation heads after a page break."""
    for h, fn in rows:
        if d.need(h):
            cont(d)
        fn(d.y)
        d.y += h


def mods_sp(s):
    return " ".join(s.mods)


# ===================================================================================================== c1

def lay_c1() -> Out:
    d = Doc(612, 792, "LiberationSans", "LiberationSans-Bold", top=36, bottom=54)
    o = Out("c1_ppo_member_eob", "reportlab", d, "commercial PPO member EOB, family of three, claim continued")
    o.tf = lambda v: money(v, "$")
    fs = 6.5
    cols = Cols(28, [("dt", "Service|date", 42, "l"), ("desc", "Description of service", 112, "l"),
                     ("code", "Code", 46, "l"), ("billed", "Billed|amount", 38, "r"), ("nc", "Not|covered", 34, "r"),
                     ("disc", "Plan|discount", 36, "r"), ("allow", "Allowed|amount", 38, "r"),
                     ("ded", "Deduct-|ible", 34, "r"), ("cop", "Copay", 28, "r"), ("coins", "Coin-|surance", 34, "r"),
                     ("paid", "Plan|paid", 36, "r"), ("owe", "Your|respon-|sibility", 38, "r"), ("rmk", "Re-|mark", 20, "l")])

    def furniture(dd):
        dd.text(28, 22, "JUNIPER RIDGE HEALTH PLAN", "B", 11)
        dd.text(584, 22, "Explanation of Benefits  -  THIS IS NOT A BILL", "B", 8, "r")
        dd.line(28, 36, 584, 36, 1.2)
        dd.y = 44
    d.header = furniture
    furniture(d)
    d.text(28, 50, "Ingrid Lindqvist", "R", 9)
    d.text(28, 61, "2218 Alder Bend Road", "R", 9)
    d.text(28, 72, "Fenwick, OR 97399-0412", "R", 9)
    for i, (k, v) in enumerate([("Statement date", "January 24, 2026"), ("Member ID", "JRH 884 20 3317"),
                                ("Group", "Harrow Valley Schools - 30417"), ("Plan", "Juniper Ridge PPO 1500")]):
        d.text(380, 50 + i * 11, k, "R", 8, gray=0.3)
        d.text(460, 50 + i * 11, v, "B", 8)
    d.text(28, 104, "Dear Ingrid, here is how we processed recent claims for you and your family. Please keep this "
           "statement with your records.", "R", 8)
    d.text(28, 115, "Your provider may send you a bill for the amount shown under Your responsibility.", "R", 8)

    fam = [
        ("Ingrid Lindqvist", "You", "2601-JR-4470183", "Fenwick Spine & Sport Physical Therapy", "FSS-20931",
         [(D(2026, 1, 5), "97161", 1, ("GP",)), (D(2026, 1, 5), "97110", 2, ("GP",)),
          (D(2026, 1, 5), "97140", 1, ("GP", "59")), (D(2026, 1, 8), "97110", 2, ("GP",)),
          (D(2026, 1, 8), "97112", 1, ("GP",)), (D(2026, 1, 8), "0552T", 1, (), "PR")]),
        ("Maren Lindqvist", "Daughter", "2601-JR-4471562", "Kestrel Pediatric Therapy", "KPT-88213",
         [(D(2026, 1, 6), "97166", 1, ("GO",)), (D(2026, 1, 6), "97530", 2, ("GO",)),
          (D(2026, 1, 9), "97530", 3, ("GO",)), (D(2026, 1, 9), "97535", 1, ("GO", "59")),
          (D(2026, 1, 13), "97530", 2, ("GO",)), (D(2026, 1, 13), "97112", 1, ("GO", "59")),
          (D(2026, 1, 16), "97530", 3, ("GO",)), (D(2026, 1, 16), "97140", 1, ("GO", "59")),
          (D(2026, 1, 20), "97530", 2, ("GO",)), (D(2026, 1, 20), "97535", 2, ("GO",)),
          (D(2026, 1, 23), "97530", 3, ("GO",)), (D(2026, 1, 23), "97760", 1, ("GO",)),
          (D(2026, 1, 23), "L3807", 1, ("RT",))]),
        ("Theo Lindqvist", "Son", "2601-JR-4473009", "Cedar Hollow Speech & Language", "CH-7712",
         [(D(2026, 1, 7), "92523", 1, ("GN",)), (D(2026, 1, 14), "92507", 1, ("GN",)),
          (D(2026, 1, 21), "92507", 1, ("GN",)), (D(2026, 1, 21), "97533", 1, ("GO",))]),
    ]
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    claims = []
    for name, rel, pcid, prov, acct, specs in fam:
        svcs = []
        for sp in specs:
            s = Svc(sp[0], sp[1], sp[2], sp[3], denied=sp[4] if len(sp) > 4 else None)
            if s.code in LONGC1:
                s.desc = LONGC1[s.code]
            commercial(s, st, deny_reason="96")
            s.remarks = (["R7"] if s.denied else (["R2"] if s.deductible else ["R1"]))
            svcs.append(s)
        claims.append((name, rel, pcid, prov, acct, svcs))

    # glance table
    y = 134
    d.text(28, y, "Claims at a glance", "B", 9)
    y += 14
    g = Cols(28, [("p", "Patient", 130, "l"), ("c", "Claim number", 100, "l"), ("pr", "Provider", 180, "l"),
                  ("b", "Billed", 60, "r"), ("pp", "Plan paid", 60, "r")])
    y = g.header(d, y, 7.5, fill=0.88)
    for name, rel, pcid, prov, acct, svcs in claims:
        g.row(d, y, {"p": f"{name} ({rel})", "c": pcid, "pr": prov, "b": money(total(svcs, "billed"), "$"),
                     "pp": money(total(svcs, "paid"), "$")}, 7.5)
        y += 11
    d.y = y + 14

    def bar(dd, name, rel, pcid, prov, acct, cont=False):
        dd.rect(28, dd.y, 556, 12, fill=0.0, stroke=False)
        dd.pages[-1].append(("t", 32, dd.y + 2.5, f"{name} ({rel})" + ("  (continued)" if cont else ""), "B", 8, "l", 1.0))
        dd.pages[-1].append(("t", 580, dd.y + 2.5, f"Claim number {pcid}   Received 01/26/2026   Processed 01/29/2026",
                             "R", 7, "r", 1.0))
        dd.y += 14
        dd.text(32, dd.y, f"Provider: {prov}", "R", 7)
        dd.text(300, dd.y, f"Provider's patient account: {acct}", "R", 7)
        dd.y += 11
        dd.y = cols.header(dd, dd.y, 6.3, fill=0.9)

    for name, rel, pcid, prov, acct, svcs in claims:
        d.need(60)
        bar(d, name, rel, pcid, prov, acct)
        rows = []
        for s in svcs:
            lines = wrap(s.desc, "LiberationSans", fs, 112)
            h = len(lines) * (fs + 1.2) + 3

            def draw(y, s=s, lines=lines, name=name, pcid=pcid, acct=acct, h=h):
                cols.row(d, y, {"dt": dfmt(s.dos, "mdy4"), "desc": lines[0], "code": f"{s.code} {mods_sp(s)}".strip(),
                                "billed": o.fm(s.billed), "nc": o.fm(s.not_covered), "disc": o.fm(s.discount),
                                "allow": o.fm(s.allowed), "ded": o.fm(s.deductible), "cop": o.fm(s.copay),
                                "coins": o.fm(s.coinsurance), "paid": o.fm(s.paid), "owe": o.fm(s.owes),
                                "rmk": " ".join(s.remarks)}, fs)
                for i, ln in enumerate(lines[1:]):
                    cols.cell(d, "desc", y + (i + 1) * (fs + 1.2), ln, "R", fs)
                d.line(28, y + h - 1.5, 584, y + h - 1.5, 0.2, 0.6)
                o.rec(y, fs, s, claim_id=acct, payer_claim_id=pcid, patient=name, units=False, remarks=s.remarks)
            rows.append((h, draw))

        def tot(y, svcs=svcs):
            cols.row(d, y, {"desc": "Claim totals", "billed": o.tf(total(svcs, "billed")),
                            "nc": o.tf(total(svcs, "not_covered")), "disc": o.tf(total(svcs, "discount")),
                            "allow": o.tf(total(svcs, "allowed")), "ded": o.tf(total(svcs, "deductible")),
                            "cop": o.tf(total(svcs, "copay")), "coins": o.tf(total(svcs, "coinsurance")),
                            "paid": o.tf(total(svcs, "paid")), "owe": o.tf(total(svcs, "owes"))}, fs, "B")
        rows.append((16, tot))
        flow(d, rows, lambda dd, a=(name, rel, pcid, prov, acct): bar(dd, *a, cont=True))
        o.claim(acct, pcid, name, svcs)
        d.y += 8
    o.legend = [("R1", "Your provider is in the network; the plan discount is not your cost."),
                ("R2", "Part of the allowed amount went toward your calendar-year deductible."),
                ("R7", "Your plan does not cover this service. You may be billed for it.")]
    d.need(50)
    d.text(28, d.y, "Remark codes", "B", 8)
    d.y += 11
    for k, v in o.legend:
        d.text(28, d.y, k, "B", 7)
        d.text(50, d.y, v, "R", 7)
        d.y += 10
    page_numbers(d, lambda i, n: f"Page {i} of {n}", 584, 760)
    for i, ops in enumerate(d.pages):
        ops.append(("t", 28, 760, "Questions? Call Member Services at 1-800-555-0148 (TTY 711), Monday-Friday.",
                    "R", 7, "l", 0.3))
    return o


LONGC1 = {
    "97530": "Therapeutic activities to improve everyday function, one-on-one",
    "97110": "Therapeutic exercise for strength and motion",
    "97760": "Orthotic fitting and training, upper limb, first visit",
    "L3807": "Wrist-hand-finger orthosis, custom fitted",
    "0552T": "Low-level laser therapy session",
    "97535": "Self-care and home routine training",
}


# ===================================================================================================== c2

def lay_c2() -> Out:
    d = Doc(792, 612, "DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold", top=30, bottom=40)
    o = Out("c2_mutual_statement_sidebar", "fpdf2", d, "mutual insurer member statement with sidebar, planted "
                                                          "mismatch")
    o.fm = lambda v: money(v, "$")
    o.df = lambda x: x.strftime("%m-%d-%Y")
    fs = 6.6
    X0 = 176
    cols = Cols(X0, [("dt", "Dates", 44, "l"), ("proc", "Proc", 30, "l"), ("mod", "Mod", 30, "l"), ("qty", "Qty", 18, "r"),
                     ("chg", "Charges|Submitted", 44, "r"), ("sav", "Member|Savings", 40, "r"),
                     ("np", "Not|Payable", 40, "r"), ("alw", "Plan|Allowance", 42, "r"),
                     ("ded", "Deductible", 42, "r"), ("cop", "Copayment", 40, "r"), ("coi", "Coinsurance", 44, "r"),
                     ("pay", "Plan|Payment", 42, "r"), ("owe", "Amount|You Owe", 44, "r"), ("ex", "Expl", 26, "l")])

    def furniture(dd):
        dd.rect(20, 20, 140, 572, fill=0.9, stroke=False)
        dd.text(28, 30, "Granite Fellowship", "B", 11)
        dd.text(28, 44, "Mutual Benefit Co.", "B", 11)
        dd.text(28, 66, "Member", "B", 7.5)
        for i, t in enumerate(["Rafael Ocampo-Reyes", "Member no. GFM-58821-04", "Plan: Family Advantage 2000",
                               "Statement no. 0126-58821"]):
            dd.text(28, 77 + i * 10, t, "R", 7)
        dd.text(28, 128, "Deductible (family)", "B", 7.5)
        dd.text(28, 139, "Met so far: $700.00 of $4,000.00", "R", 7)
        dd.text(28, 156, "Out-of-pocket (family)", "B", 7.5)
        dd.text(28, 167, "Met so far: $1,122.50 of $9,000.00", "R", 7)
        dd.text(28, 190, "How to read this page", "B", 7.5)
        for i, t in enumerate(["Member Savings is the discount", "your provider agreed to. Amount", "You Owe is what the provider",
                               "may bill you. Expl codes are", "explained at the end."]):
            dd.text(28, 201 + i * 9, t, "R", 6.8)
        dd.text(X0, 26, "STATEMENT OF CLAIMS AND PAYMENTS", "B", 12)
        dd.text(772, 28, "Issued February 2, 2026   This is not a bill", "R", 7.5, "r")
        dd.line(X0, 42, 772, 42, 0.8)
        dd.y = 50
    d.header = furniture
    furniture(d)
    fam = [
        ("Rafael Ocampo-Reyes", "GF26A0113-0071", "Brightmoor Physical Therapy", "BPT-30219",
         [(D(2026, 1, 5), "97162", 1, ("GP",)), (D(2026, 1, 5), "97110", 2, ("GP",)),
          (D(2026, 1, 7), "97110", 2, ("GP",)), (D(2026, 1, 7), "97140", 1, ("GP", "59")),
          (D(2026, 1, 12), "97110", 2, ("GP",)), (D(2026, 1, 12), "97112", 1, ("GP",))]),
        ("Lucia Ocampo-Reyes", "GF26A0114-0215", "Harbor Light Occupational Therapy", "HLOT-5521",
         [(D(2026, 1, 6), "97165", 1, ("GO",)), (D(2026, 1, 6), "97530", 2, ("GO",)),
          (D(2026, 1, 13), "97530", 3, ("GO",)), (D(2026, 1, 13), "97535", 1, ("GO",)),
          (D(2026, 1, 20), "97530", 2, ("GO",)), (D(2026, 1, 20), "97140", 1, ("GO", "59"))]),
        ("Nico Ocampo-Reyes", "GF26A0115-0388", "Little Pines Speech Clinic", "LPS-0941",
         [(D(2026, 1, 8), "92523", 1, ("GN",)), (D(2026, 1, 15), "92507", 1, ("GN",)),
          (D(2026, 1, 22), "92507", 1, ("GN",)), (D(2026, 1, 22), "92526", 1, ("GN",), "PR")]),
        ("Sofia Ocampo-Reyes", "GF26A0116-0402", "Harbor Light Occupational Therapy", "HLOT-5563",
         [(D(2026, 1, 9), "97166", 1, ("GO",)), (D(2026, 1, 9), "97533", 2, ("GO",)),
          (D(2026, 1, 16), "97530", 2, ("GO",)), (D(2026, 1, 16), "97112", 1, ("GO", "59")),
          (D(2026, 1, 23), "97530", 3, ("GO",)), (D(2026, 1, 23), "97535", 2, ("GO",)),
          (D(2026, 1, 27), "97530", 2, ("GO",)), (D(2026, 1, 27), "97533", 2, ("GO",))]),
        ("Mateo Ocampo-Reyes", "GF26A0119-0644", "Brightmoor Physical Therapy", "BPT-30377",
         [(D(2026, 1, 12), "97161", 1, ("GP",)), (D(2026, 1, 12), "97110", 2, ("GP",)),
          (D(2026, 1, 14), "97110", 2, ("GP",)), (D(2026, 1, 14), "97116", 1, ("GP",)),
          (D(2026, 1, 19), "97110", 2, ("GP",)), (D(2026, 1, 19), "97112", 1, ("GP", "59")),
          (D(2026, 1, 21), "97110", 2, ("GP",)), (D(2026, 1, 21), "97140", 1, ("GP", "59")),
          (D(2026, 1, 26), "97110", 3, ("GP",)), (D(2026, 1, 26), "97116", 2, ("GP",)),
          (D(2026, 1, 28), "97110", 2, ("GP",)), (D(2026, 1, 28), "0552T", 1, (), "PR")]),
        ("Rafael Ocampo-Reyes", "GF26A0121-0930", "Northgate Family Medicine", "NFM-118830",
         [(D(2026, 1, 19), "99213", 1, ()), (D(2026, 1, 19), "36415", 1, ()), (D(2026, 1, 19), "85025", 1, ())]),
    ]
    for idx, (name, pcid, prov, acct, specs) in enumerate(fam):
        st = PlanState(ded_left=Decimal("0.00"), allowed_rate=Decimal("0.81"), visit_copay=Decimal("25.00"))
        svcs = []
        for sp in specs:
            s = Svc(sp[0], sp[1], sp[2], sp[3], denied=sp[4] if len(sp) > 4 else None)
            commercial(s, st)
            s.remarks = ["NP3"] if s.denied else (["CP1"] if s.copay else [])
            svcs.append(s)
        d.need(40)
        d.rect(X0, d.y, 596, 12, fill=0.75, stroke=False)
        d.text(X0 + 4, d.y + 2.5, f"FOR: {name}  ·  CLAIM {pcid}  ·  {prov}  ·  YOUR PROVIDER'S REF {acct}", "B", 7.2)
        d.y += 15
        if idx == 0:
            d.y = cols.header(d, d.y, 6.4)
        rows = []
        for s in svcs:
            def draw(y, s=s, name=name, pcid=pcid, acct=acct):
                cols.row(d, y, {"dt": o.df(s.dos), "proc": s.code, "mod": mods_sp(s), "qty": o.uf(s.units),
                                "chg": o.fm(s.billed), "sav": o.fm(s.discount), "np": o.fm(s.not_covered),
                                "alw": o.fm(s.allowed), "ded": o.fm(s.deductible), "cop": o.fm(s.copay),
                                "coi": o.fm(s.coinsurance), "pay": o.fm(s.paid), "owe": o.fm(s.owes),
                                "ex": " ".join(s.remarks)}, fs)
                o.rec(y, fs, s, claim_id=acct, payer_claim_id=pcid, patient=name, remarks=s.remarks,
                      description=False)
            rows.append((fs + 5.5, draw))
        planted = pcid == "GF26A0114-0215"
        owe_tot = total(svcs, "owes") + (Decimal("5.00") if planted else ZERO)

        def tot(y, svcs=svcs, owe_tot=owe_tot):
            d.line(X0, y - 1, 772, y - 1, 0.4)
            cols.row(d, y, {"dt": "Claim total", "chg": o.fm(total(svcs, "billed")), "sav": o.fm(total(svcs, "discount")),
                            "np": o.fm(total(svcs, "not_covered")), "alw": o.fm(total(svcs, "allowed")),
                            "ded": o.fm(total(svcs, "deductible")), "cop": o.fm(total(svcs, "copay")),
                            "coi": o.fm(total(svcs, "coinsurance")), "pay": o.fm(total(svcs, "paid")),
                            "owe": o.fm(owe_tot)}, fs, "B")
        rows.append((fs + 10, tot))
        flow(d, rows, lambda dd: None)
        o.claim(acct, pcid, name, svcs, override={"patient_owes": str(q(owe_tot))} if planted else None)
        if planted:
            o.findings.append(f"claim-total-mismatch claim {pcid}: printed Amount You Owe total {q(owe_tot)} but the "
                              f"lines add up to {q(total(svcs, 'owes'))}")
        d.y += 4
    o.legend = [("CP1", "A fixed copayment applies once per visit day for this service."),
                ("NP3", "Not payable: the service is excluded from the plan. You may owe the provider.")]
    d.need(40)
    d.text(X0, d.y + 4, "EXPL CODES", "B", 8)
    for i, (k, v) in enumerate(o.legend):
        d.text(X0, d.y + 16 + i * 10, f"{k}  {v}", "R", 7)
    page_numbers(d, lambda i, n: f"Page {i} of {n}", 772, 592)
    return o


# ===================================================================================================== m1

def lay_m1() -> Out:
    d = Doc(612, 792, "DejaVuSans", "DejaVuSans-Bold", top=40, bottom=56)
    o = Out("m1_medicare_summary_notice", "reportlab", d, "Medicare Summary Notice Part B")
    o.fm = lambda v: money(v, "$")
    o.df = lambda x: dfmt(x, "mon")
    fs = 7
    who = "WALTER J. BRISCOE"
    cols = Cols(36, [("dt", "Date of|service", 58, "l"), ("svc", "Service Provided &|Billing Code", 176, "l"),
                     ("ap", "Service|Approved?", 44, "c"), ("ch", "Amount|Provider|Charged", 58, "r"),
                     ("ma", "Medicare-|Approved|Amount", 58, "r"), ("mp", "Medicare|Paid|Provider", 58, "r"),
                     ("mx", "Maximum|You May|Be Billed", 58, "r"), ("nt", "See|Notes|Below", 30, "c")])

    def furniture(dd):
        dd.text(36, 22, "Medicare Summary Notice for Part B (Medical Insurance)", "B", 10)
        dd.text(576, 22, f"{who}   |   January 1 - March 31, 2026", "R", 7.5, "r")
        dd.line(36, 35, 576, 35, 1)
        dd.y = 44
    d.header = furniture
    d.text(36, 30, "Medicare Summary Notice", "B", 18)
    d.text(36, 54, "for Part B (Medical Insurance)", "R", 11)
    d.text(36, 70, "The amounts shown are for services processed January 1 - March 31, 2026.", "R", 8)
    d.rect(400, 28, 176, 46, fill=None)
    d.text(408, 34, "THIS IS NOT A BILL", "B", 11)
    d.text(408, 52, "Medicare Number XXXXX-AJ47", "R", 8)
    for i, t in enumerate([who, "4410 QUARRY HILL LN", "BELMAR RIDGE, IA 50999-1030"]):
        d.text(36, 96 + i * 11, t, "R", 9)
    d.rect(36, 146, 250, 110)
    d.text(44, 152, "Your Deductible Status", "B", 10)
    d.text(44, 170, "Your deductible is what you must pay for", "R", 8)
    d.text(44, 181, "most health services before Medicare", "R", 8)
    d.text(44, 192, "begins to pay.", "R", 8)
    d.text(44, 210, "Part B Deductible: You have now met $283.00", "R", 8)
    d.text(44, 221, "of your 2026 deductible.", "R", 8)
    d.rect(300, 146, 276, 110)
    d.text(308, 152, "Your Claims & Costs This Period", "B", 10)
    provs = [
        ("Millbrook Hand & Upper Limb Therapy", "(555) 014-2231", "26-011-3348-8810",
         [(D(2026, 1, 5), "97165", 1, ("GO",)), (D(2026, 1, 5), "97140", 1, ("GO",)),
          (D(2026, 1, 5), "97760", 1, ("GO",)), (D(2026, 1, 5), "L3807", 1, ("GO", "KX")),
          (D(2026, 1, 12), "97140", 2, ("GO",)), (D(2026, 1, 12), "97110", 2, ("GO",)),
          (D(2026, 1, 12), "97530", 1, ("GO",)), (D(2026, 1, 19), "97110", 2, ("GO", "KX")),
          (D(2026, 1, 19), "97530", 2, ("GO", "KX")), (D(2026, 1, 19), "0552T", 1, (), "PR"),
          (D(2026, 1, 26), "97140", 1, ("GO", "KX")), (D(2026, 1, 26), "97110", 2, ("GO", "KX")),
          (D(2026, 1, 26), "97535", 1, ("GO", "KX"))]),
        ("Belmar Ridge Physicians Group", "(555) 014-7700", "26-014-3350-1127",
         [(D(2026, 1, 8), "99213", 1, ()), (D(2026, 1, 8), "73110", 1, ("RT",)), (D(2026, 1, 8), "85025", 1, ())]),
        ("Quarry Hill Rehab at Home", "(555) 014-9032", "26-027-3362-0415",
         [(D(2026, 2, 2), "97162", 1, ("GP",)), (D(2026, 2, 2), "97116", 2, ("GP",)),
          (D(2026, 2, 9), "97116", 2, ("GP", "KX")), (D(2026, 2, 9), "97110", 2, ("GP", "KX")),
          (D(2026, 2, 16), "97112", 2, ("GP", "CQ"))]),
    ]
    st = PlanState(ded_left=Decimal("283.00"))
    data = []
    for prov, ph, cno, specs in provs:
        svcs = []
        for sp in specs:
            s = Svc(sp[0], sp[1], sp[2], sp[3], denied=sp[4] if len(sp) > 4 else None)
            medicare(s, st)
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
            svcs.append(s)
        data.append((prov, ph, cno, svcs))
    allsv = [s for x in data for s in x[3]]
    for i, (k, v) in enumerate([("Did Medicare approve all services?", "NO"),
                                ("Number of services Medicare denied", str(sum(1 for s in allsv if s.denied))),
                                ("Total you may be billed", money(total(allsv, "owes"), "$"))]):
        d.text(308, 172 + i * 16, k, "R", 8)
        d.text(568, 172 + i * 16, v, "B", 8, "r")
    d.text(36, 272, "Providers with Claims This Period", "B", 10)
    for i, (prov, ph, cno, svcs) in enumerate(data):
        d.text(44, 288 + i * 12, f"{min(s.dos for s in svcs):%B %-d, %Y}   {prov}", "R", 8)
    d.text(36, 340, "If you disagree with a coverage decision, you can file an appeal. See page 4 for how.", "R", 8)
    d.text(36, 352, "To report fraud call 1-800-555-0193. Keep this notice for your records.", "R", 8)
    d.newpage()
    d.text(36, d.y, "Your Claims for Part B (Medical Insurance)", "B", 11)
    d.y += 16
    d.text(36, d.y, "Part B covers outpatient therapy, doctor visits and supplies.", "R", 7.5)
    d.y += 14
    d.rect(36, d.y, 540, 150, fill=0.96)
    d.text(44, d.y + 8, "Your Messages from Medicare", "B", 9.5)
    for i, t in enumerate([
            "Therapy services: Medicare pays for medically necessary occupational, physical and speech therapy.",
            "When your therapy costs pass a yearly amount, your therapist must confirm the care is still needed",
            "(the KX modifier on a service shows this).",
            "Services by a therapy assistant (CQ or CO) are paid at a slightly lower rate.",
            "",
            "Want to see your claims sooner? Log in to your secure account online to view claims",
            "about 24 hours after Medicare processes them.",
            "",
            "Beware of anyone who offers free equipment in exchange for your Medicare Number."]):
        d.text(44, d.y + 26 + i * 12, t, "R", 7.6)
    d.y += 166

    def band(dd, prov, ph, cno, cont=False):
        dd.rect(36, dd.y, 540, 22, fill=0.85, stroke=False)
        dd.text(40, dd.y + 2, prov + (" (continued)" if cont else ""), "B", 8)
        dd.text(40, dd.y + 12, f"{ph}   ·   Claim number {cno}", "R", 7)
        dd.y += 25
        dd.y = cols.header(dd, dd.y, 6.6)

    for prov, ph, cno, svcs in (data[1], data[2], data[0]):
        d.need(70)
        band(d, prov, ph, cno)
        rows = []
        for s in svcs:
            label = f"{s.desc} ({s.code}{'-' + '-'.join(s.mods) if s.mods else ''})"
            lines = wrap(label, "DejaVuSans", fs, 176)

            def draw(y, s=s, lines=lines, cno=cno):
                cols.row(d, y, {"dt": o.df(s.dos), "svc": lines[0], "ap": "No" if s.denied else "Yes",
                                "ch": o.fm(s.billed), "ma": o.fm(s.allowed), "mp": o.fm(s.paid), "mx": o.fm(s.owes),
                                "nt": ", ".join(s.remarks)}, fs)
                for i, ln in enumerate(lines[1:]):
                    cols.cell(d, "svc", y + (i + 1) * (fs + 1.5), ln, "R", fs)
                o.rec(y, fs, s, claim_id=None, payer_claim_id=cno, patient=who, units=False, remarks=s.remarks,
                      printed=("billed", "allowed", "paid", "patient_owes"), extra=(len(lines) - 1) * (fs + 1.5))
            rows.append((len(lines) * (fs + 1.5) + 8, draw))

        def tot(y, svcs=svcs):
            d.line(36, y - 1, 576, y - 1, 0.5)
            cols.row(d, y + 1, {"svc": "Total for this claim", "ch": o.fm(total(svcs, "billed")),
                                "ma": o.fm(total(svcs, "allowed")), "mp": o.fm(total(svcs, "paid")),
                                "mx": o.fm(total(svcs, "owes"))}, fs, "B")
        rows.append((18, tot))
        flow(d, rows, lambda dd, a=(prov, ph, cno): band(dd, *a, cont=True))
        o.claim(None, cno, who, svcs)
        d.y += 10
    o.legend = [("A", "This approved amount is the most the provider may charge you under Medicare rules."),
                ("B", "Part of this amount was applied to your yearly Part B deductible."),
                ("C", "Medicare does not cover this item. You may be billed because you were told in advance.")]
    d.need(60)
    d.text(36, d.y, "Notes for Claims Above", "B", 9)
    d.y += 13
    for k, v in o.legend:
        d.text(36, d.y, k, "B", 7.5)
        d.text(50, d.y, v, "R", 7.5)
        d.y += 11
    d.newpage()
    d.text(36, d.y, "How to Handle Denials or Appeals", "B", 11)
    for i, t in enumerate(["1. Read the notes next to each service that was not approved.",
                           "2. Call the provider and ask for an itemized statement if something looks wrong.",
                           "3. Mark the items you disagree with and explain why on a copy of this notice.",
                           "4. Send your request within 120 days of the date you got this notice."]):
        d.text(36, d.y + 18 + i * 12, t, "R", 8)
    page_numbers(d, lambda i, n: f"Page {i} of {n}", 576, 762)
    return o


# ===================================================================================================== m2

def lay_m2() -> Out:
    d = Doc(612, 792, "DejaVuSansCondensed", "DejaVuSansCondensed-Bold", top=36, bottom=50)
    o = Out("m2_medicare_advantage_eob", "fpdf2", d, "Medicare Advantage PPO monthly member EOB")
    o.df = lambda x: dfmt(x, "mdyn")
    fs = 6.8
    who = "Delphine Arceneaux"
    cols = Cols(30, [("dt", "Date", 40, "l"), ("svc", "Service you received", 128, "l"), ("code", "Code", 28, "l"),
                     ("mod", "Modifier", 36, "l"), ("qty", "Qty", 20, "r"), ("bil", "Amount the|provider billed", 62, "r"),
                     ("tc", "Total cost|(plan-approved)", 64, "r"), ("pp", "Plan paid", 52, "r"),
                     ("ys", "Your share", 52, "r"), ("nt", "Note", 24, "c")])

    def furniture(dd):
        dd.rect(0, 0, 612, 30, fill=0.25, stroke=False)
        dd.pages[-1].append(("t", 30, 9, "Sagebrook Medicare Advantage PPO", "B", 12, "l", 1.0))
        dd.pages[-1].append(("t", 582, 11, "Explanation of Benefits  ·  January 2026", "R", 8, "r", 1.0))
        dd.y = 40
    d.header = furniture
    furniture(d)
    d.text(30, 46, who, "B", 10)
    d.text(30, 59, "Member ID SBM 40918826   ·   Plan H9998-012", "R", 8)
    d.text(30, 70, "This notice tells you about medical services covered in January 2026. It is not a bill.", "R", 8)
    provs = [
        ("SBK-26-0107-55120", "Tidewater Outpatient Rehabilitation", "TOR-410265", "01/09/2026", "01/15/2026",
         [(D(2026, 1, 5), "97161", 1, ("GP",)), (D(2026, 1, 5), "97110", 2, ("GP",)),
          (D(2026, 1, 7), "97110", 3, ("GP",)), (D(2026, 1, 7), "97140", 1, ("GP",)),
          (D(2026, 1, 9), "97110", 2, ("GP",)), (D(2026, 1, 9), "97116", 2, ("GP",)),
          (D(2026, 1, 12), "97110", 2, ("GP", "KX")), (D(2026, 1, 12), "97112", 1, ("GP", "KX")),
          (D(2026, 1, 14), "97110", 2, ("GP", "KX")), (D(2026, 1, 14), "97140", 1, ("GP", "KX")),
          (D(2026, 1, 16), "97530", 2, ("GP", "CQ")), (D(2026, 1, 16), "G0283", 1, ("GP",), "CO"),
          (D(2026, 1, 19), "97110", 2, ("GP", "CQ")), (D(2026, 1, 19), "97112", 2, ("GP", "CQ")),
          (D(2026, 1, 21), "97110", 2, ("GP", "KX")), (D(2026, 1, 21), "97140", 1, ("GP", "KX")),
          (D(2026, 1, 23), "97110", 2, ("GP", "CQ")), (D(2026, 1, 23), "97116", 2, ("GP", "CQ")),
          (D(2026, 1, 26), "97110", 2, ("GP", "KX")), (D(2026, 1, 26), "97112", 1, ("GP", "KX")),
          (D(2026, 1, 28), "97110", 2, ("GP", "CQ")), (D(2026, 1, 28), "97530", 2, ("GP", "CQ")),
          (D(2026, 1, 30), "97110", 3, ("GP", "KX")), (D(2026, 1, 30), "97140", 1, ("GP", "KX"))]),
        ("SBK-26-0121-60931", "Palmetto Grove Hand Clinic", "PGH-77104", "01/23/2026", "01/28/2026",
         [(D(2026, 1, 20), "97165", 1, ("GO",)), (D(2026, 1, 20), "97760", 1, ("GO",)),
          (D(2026, 1, 20), "L3807", 1, ("RT",)), (D(2026, 1, 27), "97140", 1, ("GO",)),
          (D(2026, 1, 27), "97530", 2, ("GO",))]),
        ("SBK-26-0126-61877", "Cypress Lane Family Practice", "CLF-0092261", "01/27/2026", "01/29/2026",
         [(D(2026, 1, 22), "99213", 1, ()), (D(2026, 1, 22), "36415", 1, ())]),
    ]
    data = []
    for cid, prov, acct, rcv, prc, specs in provs:
        seen = set()
        svcs = []
        for sp in specs:
            s = Svc(sp[0], sp[1], sp[2], sp[3], denied=sp[4] if len(sp) > 4 else None)
            if s.denied:
                s.not_covered = s.billed
                s.remarks = ["4"]
            else:
                s.allowed = q(Decimal(E.SCHED[s.code]) * s.units * Decimal("1.04"))
                s.discount = s.billed - s.allowed
                cop = Decimal("15.00") if s.dos not in seen and s.code not in ("36415", "L3807") else ZERO
                seen.add(s.dos)
                s.copay = min(cop, s.allowed)
                s.owes = s.copay
                s.paid = s.allowed - s.copay
                s.remarks = ["1"] if s.copay else ["2"]
            svcs.append(s)
        data.append((cid, prov, acct, rcv, prc, svcs))
    allsv = [s for x in data for s in x[5]]
    y = 90
    box = Cols(30, [("k", "", 200, "l"), ("m", "This month", 90, "r"), ("yt", "So far this year", 90, "r")])
    y = box.header(d, y, 7.5, fill=0.9)
    for k, a in (("Amount the providers billed", "billed"), ("Total cost (plan-approved)", "allowed"),
                 ("Plan paid", "paid"), ("Your share", "owes")):
        box.row(d, y, {"k": k, "m": money(total(allsv, a), "$"), "yt": money(total(allsv, a), "$")}, 7.5)
        y += 11
    d.y = y + 12
    d.text(30, d.y, f"Medical claims for {who}", "B", 10)
    d.y += 16

    def head(dd, cid, prov, acct, rcv, prc, cont=False):
        dd.line(30, dd.y, 582, dd.y, 1.0)
        dd.text(30, dd.y + 3, f"Claim ID {cid}{'  (continued)' if cont else ''}", "B", 7.8)
        dd.text(200, dd.y + 3, f"Provider  {prov}", "R", 7.5)
        dd.text(582, dd.y + 3, f"Claim received {rcv}   Claim processed {prc}", "R", 7, "r")
        dd.text(200, dd.y + 13, f"Provider's account no. {acct}", "R", 7, gray=0.3)
        dd.y += 25
        dd.y = cols.header(dd, dd.y, 6.5, fill=0.92)

    for cid, prov, acct, rcv, prc, svcs in (data[1], data[2], data[0]):
        d.need(60)
        head(d, cid, prov, acct, rcv, prc)
        rows = []
        for s in svcs:
            def draw(y, s=s, cid=cid, acct=acct):
                cols.row(d, y, {"dt": o.df(s.dos), "svc": s.desc, "code": s.code, "mod": ",".join(s.mods),
                                "qty": o.uf(s.units), "bil": o.fm(s.billed), "tc": o.fm(s.allowed), "pp": o.fm(s.paid),
                                "ys": o.fm(s.owes), "nt": " ".join(s.remarks)}, fs)
                d.line(30, y + fs + 5, 582, y + fs + 5, 0.2, 0.7)
                o.rec(y, fs, s, claim_id=acct, payer_claim_id=cid, patient=who, remarks=s.remarks,
                      printed=("billed", "allowed", "paid", "patient_owes"))
            rows.append((fs + 9, draw))

        def tot(y, svcs=svcs):
            cols.row(d, y, {"svc": "Claim total", "bil": money(total(svcs, "billed"), "$"),
                            "tc": money(total(svcs, "allowed"), "$"), "pp": money(total(svcs, "paid"), "$"),
                            "ys": money(total(svcs, "owes"), "$")}, fs, "B")
        rows.append((16, tot))
        flow(d, rows, lambda dd, a=(cid, prov, acct, rcv, prc): head(dd, *a, cont=True))
        o.claim(acct, cid, who, svcs)
        d.y += 8
    o.tf = lambda v: money(v, "$")
    o.legend = [("1", "Your plan's copay for a specialist or therapy visit is $15.00 per day."),
                ("2", "Covered in full by the plan after any copay for that day."),
                ("4", "Not covered: unattended stimulation is not payable with this diagnosis. The provider cannot "
                      "bill you for it.")]
    d.need(50)
    d.text(30, d.y, "Notes", "B", 8.5)
    d.y += 12
    for k, v in o.legend:
        d.text(30, d.y, f"{k}   {v}", "R", 7)
        d.y += 10
    page_numbers(d, lambda i, n: f"Page {i} of {n}", 582, 770)
    return o


# ===================================================================================================== d1

def lay_d1() -> Out:
    d = Doc(792, 612, "Courier", "Courier-Bold", top=24, bottom=30)
    o = Out("d1_medicaid_mmis_ra", "fpdf2", d, "state Medicaid legacy MMIS paper RA")
    o.fm = lambda v: money(v, ",", "trail")
    o.df = lambda x: dfmt(x, "mdy6")
    o.uf = lambda u: f"{u:.2f}"
    fs = 7.2
    cw = 4.32  # Courier advance at 7.2 pt
    X = 24

    def ln(y, s, font="R"):
        d.text(X, y, s, font, fs)

    def furniture(dd):
        dd.text(X, 24, "STATE OF NORTH KESTREL   DEPARTMENT OF MEDICAL ASSISTANCE SERVICES   REMITTANCE ADVICE", "B", fs)
        dd.text(X, 33, "PROVIDER NAME: WILLOW CREEK THERAPY ASSOCIATES     PROVIDER NO: 0044817203    RA NO: 2026-0412"
                "    WARRANT DATE: 01/30/2026", "R", fs)
        dd.text(X, 45, "LN  FROM-DOS THRU-DOS  PROC   MOD1 MOD2   UNITS      BILLED     ALLOWED    COPAY       PAID   EOB",
                "B", fs)
        dd.line(X, 55, 768, 55, 0.4)
        dd.y = 60
    d.header = furniture
    furniture(d)

    def row(s, n):
        return (f"{n:02d}  {o.df(s.dos)}   {o.df(s.end or s.dos)}    {s.code:<5}  {(s.mods[0] if s.mods else ''):<4} "
                f"{(s.mods[1] if len(s.mods) > 1 else ''):<4} {o.uf(s.units):>6} {o.fm(s.billed):>11} "
                f"{o.fm(s.allowed):>11} {o.fm(s.copay):>8} {o.fm(s.paid):>10}   {' '.join(s.remarks)}")

    def mk(specs, deny=None):
        out = []
        for sp in specs:
            s = Svc(sp[0], sp[1], sp[2], sp[3], denied=sp[4] if len(sp) > 4 else deny)
            medicaid(s)
            s.remarks = ["0853"] if s.denied else ["0001"]
            out.append(s)
        return out

    sections = [
        ("CLAIMS PAID", [
            ("PELLETIER, ANDRE", "7720388104", "2026019004532", "WCT10311",
             mk([(D(2026, 1, 6), "92523", 1, ("GN",)), (D(2026, 1, 13), "92507", 1, ("GN",)),
                 (D(2026, 1, 20), "92507", 1, ("GN",)), (D(2026, 1, 27), "92507", 1, ("GN",))])),
            ("WHITLOCK, CALEB", "7720145591", "2026019004588", "WCT10298",
             mk([(D(2026, 1, 8), "97110", 2, ("GP",)), (D(2026, 1, 8), "97112", 2, ("GP",)),
                 (D(2026, 1, 15), "97110", 2, ("GP",)), (D(2026, 1, 15), "97116", 1, ("GP",))])),
            ("LOZANO, BEATRIZ", "7720467230", "2026019004561", "WCT10305",
             mk([(D(2026, 1, 6), "97163", 1, ("GP",)), (D(2026, 1, 6), "97110", 2, ("GP",)),
                 (D(2026, 1, 13), "97110", 3, ("GP",)), (D(2026, 1, 13), "97140", 2, ("GP",)),
                 (D(2026, 1, 20), "97110", 2, ("GP",)), (D(2026, 1, 20), "97112", 2, ("GP",))])),
            ("FAIRWEATHER, OWEN", "7720530048", "2026019004577", "WCT10309",
             mk([(D(2026, 1, 7), "97168", 1, ("GO",)), (D(2026, 1, 7), "97530", 2, ("GO",)),
                 (D(2026, 1, 14), "97530", 3, ("GO",)), (D(2026, 1, 21), "97530", 3, ("GO",)),
                 (D(2026, 1, 21), "97760", 1, ("GO",))])),
            ("WHITLOCK, JUNE", "7720145583", "2026019004417", "WCT10293",
             mk([(D(2026, 1, 5), "97165", 1, ("GO",)), (D(2026, 1, 5), "97530", 3, ("GO",)),
                 (D(2026, 1, 7), "97530", 3, ("GO",)), (D(2026, 1, 7), "97535", 2, ("GO", "59")),
                 (D(2026, 1, 9), "97530", 4, ("GO",)), (D(2026, 1, 9), "97112", 1, ("GO", "59")),
                 (D(2026, 1, 12), "97530", 3, ("GO",)), (D(2026, 1, 12), "97533", 2, ("GO",)),
                 (D(2026, 1, 14), "97530", 4, ("GO",)), (D(2026, 1, 14), "97535", 1, ("GO",)),
                 (D(2026, 1, 16), "97530", 3, ("GO",)), (D(2026, 1, 16), "97140", 1, ("GO", "59")),
                 (D(2026, 1, 19), "97530", 4, ("GO",)), (D(2026, 1, 19), "97533", 2, ("GO",))])),
        ]),
        ("CLAIMS DENIED", [
            ("MBEKI, THANDI", "7720901176", "2026019004610", "WCT10320",
             mk([(D(2026, 1, 10), "97530", 2, ("GO",)), (D(2026, 1, 10), "97535", 1, ("GO",))], deny="CO")),
        ]),
    ]
    prior = mk([(D(2025, 12, 15), "97110", 2, ("GP",)), (D(2025, 12, 15), "97140", 1, ("GP",))])
    for s in prior:
        s.remarks = ["0714"]
    cred = [E.negate(s) for s in prior]
    for s in cred:
        s.remarks = ["0714"]
    repl = mk([(D(2025, 12, 15), "97110", 2, ("GP",)), (D(2025, 12, 15), "97140", 1, ("GP", "59"))])
    for s in repl:
        s.remarks = ["0715"]
    sections.append(("CLAIM ADJUSTMENTS", [
        ("PELLETIER, ROSE", "7720388112", "2026019004701", "WCT10104", cred, "CREDIT TO ORIGINAL TCN 2025351002288"),
        ("PELLETIER, ROSE", "7720388112", "2026019004702", "WCT10104", repl, "REPAYMENT OF ORIGINAL TCN 2025351002288"),
    ]))

    for sec, claims in sections:
        d.need(40)
        d.text(X, d.y, f"*** {sec} ***", "B", fs)
        d.y += 12
        for cl in claims:
            name, rid, tcn, acct, svcs = cl[:5]
            note = cl[5] if len(cl) > 5 else None
            d.need(30)
            ln(d.y, f"RECIP NAME {name:<20} RECIP ID {rid}   TCN {tcn}   PAT ACCT {acct}", "B")
            d.y += 12
            if note:
                ln(d.y, f"     {note}")
                d.y += 12
            rows = []
            for i, s in enumerate(svcs, 1):
                def draw(y, s=s, i=i, name=name, tcn=tcn, acct=acct):
                    ln(y, row(s, i))
                    o.rec(y, fs, s, claim_id=acct, payer_claim_id=tcn, patient=name, remarks=s.remarks,
                          printed=("billed", "allowed", "paid", "copay"), description=False)
                rows.append((12, draw))

            def tot(y, svcs=svcs):
                ln(y, f"{'CLAIM TOTAL':<46} {o.fm(total(svcs, 'billed')):>11} {o.fm(total(svcs, 'allowed')):>11} "
                      f"{o.fm(total(svcs, 'copay')):>8} {o.fm(total(svcs, 'paid')):>10}", "B")
            rows.append((24, tot))
            flow(d, rows, lambda dd, name=name, tcn=tcn: (ln(dd.y, f"*** CLAIM CONTINUED ***  {name}  TCN {tcn}", "B"),
                                                          setattr(dd, "y", dd.y + 12)))
            o.claim(acct, tcn, name, svcs, attrs=("billed", "allowed", "paid"))
    d.need(80)
    d.y += 6
    allp = [s for _sec, cls in sections for cl in cls for s in cl[4]]
    ln(d.y, f"RA SUMMARY   CLAIMS PAID 5   DENIED 1   ADJUSTED 2   NET PAYMENT {money(total(allp, 'paid'), ',')}", "B")
    d.y += 14
    o.legend = [("0001", "PAID IN FULL AT THE STATE MAXIMUM FEE"), ("0853", "PRIOR APPROVAL NOT ON FILE FOR THESE DATES"),
                ("0714", "CLAIM CREDITED. SEE REPAYMENT TCN"), ("0715", "CLAIM REPAID AFTER MODIFIER CORRECTION")]
    ln(d.y, "EOB CODE MESSAGES", "B")
    d.y += 10
    for k, v in o.legend:
        ln(d.y, f"{k}  {v}")
        d.y += 9
    page_numbers(d, lambda i, n: f"PAGE {i:>4}", 768, 24, fs, "r", "B")
    return o


# ===================================================================================================== d2

def lay_d2() -> Out:
    d = Doc(612, 792, "LiberationSansNarrow", "LiberationSansNarrow-Bold", top=36, bottom=50)
    o = Out("d2_medicaid_portal_ra", "reportlab", d, "state Medicaid portal RA")
    o.df = lambda x: dfmt(x, "mdy4")
    o.af = lambda g, r, a: None
    o.full_adj = True
    fs = 6.8
    cols = Cols(30, [("ln", "Line", 18, "c"), ("fr", "From", 38, "l"), ("to", "To", 38, "l"), ("pr", "Procedure", 36, "l"),
                     ("md", "Modifiers", 34, "l"), ("un", "Units", 22, "r"), ("bi", "Billed", 38, "r"),
                     ("ap", "Approved", 38, "r"), ("cp", "Copay", 28, "r"), ("tp", "TPL", 26, "r"),
                     ("pd", "Paid", 38, "r"), ("gr", "Grp", 18, "c"), ("rc", "CARC", 22, "c"),
                     ("aa", "Adj Amt", 36, "r"), ("rr", "RARC", 28, "l"), ("st", "Status", 32, "l")])

    def furniture(dd):
        dd.text(30, 20, "Wyandotte Plains Medicaid  ·  Provider Portal", "B", 10)
        dd.text(582, 20, "Remittance Advice  ·  RA 0008847213  ·  01/29/2026", "R", 7.5, "r")
        dd.line(30, 33, 582, 33, 0.8)
        dd.y = 40
    d.header = furniture
    furniture(d)
    d.rect(30, 42, 260, 62)
    for i, (k, v) in enumerate([("Billing Provider", "Prairie Sun Pediatric Therapy LLC"), ("Billing Provider ID", "200148377"),
                                ("Billing Provider NPI", "1093857746"), ("Pay Cycle", "Weekly - Thursday")]):
        d.text(36, 47 + i * 13, k, "R", 7, gray=0.35)
        d.text(120, 47 + i * 13, v, "B", 7.5)
    d.rect(300, 42, 282, 62)
    for i, (k, v) in enumerate([("Warrant/EFT #", "E00731942"), ("Warrant/EFT Date", "01/30/2026"),
                                ("Balance Owed Deduction", "$0.00"), ("Remit Type", "EFT - checking")]):
        d.text(306, 47 + i * 13, k, "R", 7, gray=0.35)
        d.text(400, 47 + i * 13, v, "B", 7.5)

    def mk(specs, deny=None, reason="197", rarc=None, copay=None):
        out = []
        for sp in specs:
            s = Svc(sp[0], sp[1], sp[2], sp[3], denied=sp[4] if len(sp) > 4 else deny)
            medicaid(s, deny_reason=reason)
            if copay and s.code == copay and not s.denied:
                s.copay = Decimal("3.00")
                s.paid -= s.copay
                s.owes = s.copay
                s.adjs.append(("PR", "3", s.copay))
            s.remarks = [rarc] if (rarc and s.denied) else []
            out.append(s)
        return out

    groups = [
        ("Paid", [
            ("HALVORSEN, GRETA", "M00417730", "PSP-66102", "2260280041152", mk(
                [(D(2026, 1, 5), "92523", 1, ("GN",)), (D(2026, 1, 8), "92507", 1, ("GN",)),
                 (D(2026, 1, 12), "92507", 1, ("GN",)), (D(2026, 1, 15), "92507", 1, ("GN",)),
                 (D(2026, 1, 15), "92526", 1, ("GN",))])),
            ("ESPINOZA, MATEO", "M00522981", "PSP-66140", "2260280041207", mk(
                [(D(2026, 1, 6), "97163", 1, ("GP",)), (D(2026, 1, 6), "97110", 2, ("GP",)),
                 (D(2026, 1, 9), "97110", 3, ("GP",)), (D(2026, 1, 9), "97116", 2, ("GP",)),
                 (D(2026, 1, 13), "97112", 2, ("GP",)), (D(2026, 1, 13), "97530", 2, ("GP",))])),
            ("OKONJO, ADAEZE", "M00611374", "PSP-66177", "2260280041288", mk(
                [(D(2026, 1, 14), "99213", 1, ()), (D(2026, 1, 14), "97140", 1, ("GP",)),
                 (D(2026, 1, 14), "97110", 2, ("GP",))], copay="99213")),
        ]),
        ("Credited", [
            ("HALVORSEN, NILS", "M00417748", "PSP-65987", "2260280041319", [E.negate(s) for s in mk(
                [(D(2025, 12, 18), "97530", 3, ("GO",)), (D(2025, 12, 18), "97535", 1, ("GO",))])]),
            ("HALVORSEN, NILS", "M00417748", "PSP-65987", "2260280041320", mk(
                [(D(2025, 12, 18), "97530", 2, ("GO",)), (D(2025, 12, 18), "97535", 1, ("GO",))])),
        ]),
        ("Denied", [
            ("ESPINOZA, LUZ", "M00522999", "PSP-66151", "2260280041355", mk(
                [(D(2026, 1, 16), "97530", 2, ("GO",)), (D(2026, 1, 16), "97533", 2, ("GO",))],
                deny="CO", reason="197", rarc="N54")),
        ]),
    ]
    # claims summary
    d.y = 116
    sm = Cols(30, [("s", "Status", 80, "l"), ("c", "Count", 50, "r"), ("b", "Total Billed Amount", 100, "r"),
                   ("a", "Total Approved Amount", 100, "r"), ("p", "Total Paid", 80, "r")])
    d.y = sm.header(d, d.y, 7, fill=0.88)
    for st_, cls in groups:
        sv = [s for c in cls for s in c[4]]
        sm.row(d, d.y, {"s": st_, "c": str(len(cls)), "b": money(total(sv, "billed"), "$", "-"),
                        "a": money(total(sv, "allowed"), "$"), "p": money(total(sv, "paid"), "$")}, 7)
        d.y += 10
    d.y += 14

    def panel(dd, name, mid, acct, icn, status, cont=False):
        dd.rect(30, dd.y, 552, 26, fill=0.93)
        for i, (k, v) in enumerate([("Beneficiary Name", name + (" (cont.)" if cont else "")), ("Beneficiary ID", mid),
                                    ("Patient Account #", acct), ("ICN", icn), ("Status", status)]):
            x = 34 + i * 110
            dd.text(x, dd.y + 3, k, "R", 6.3, gray=0.35)
            dd.text(x, dd.y + 13, v, "B", 7.5)
        dd.y += 29
        dd.y = cols.header(dd, dd.y, 6.5)

    for st_, cls in groups:
        for name, mid, acct, icn, svcs in cls:
            d.need(70)
            status = "Credited" if total(svcs, "billed") < 0 else ("Denied" if st_ == "Denied" else "Paid")
            panel(d, name, mid, acct, icn, status)
            rows = []
            for i, s in enumerate(svcs, 1):
                nadj = max(1, len(s.adjs))
                h = nadj * (fs + 1.5) + 3

                def draw(y, s=s, i=i, name=name, acct=acct, icn=icn, st_=st_, h=h):
                    a0 = s.adjs[0] if s.adjs else None
                    cols.row(d, y, {"ln": str(i), "fr": o.df(s.dos), "to": o.df(s.dos), "pr": s.code,
                                    "md": " ".join(s.mods), "un": o.uf(abs(s.units)), "bi": money(s.billed, ","),
                                    "ap": money(s.allowed, ","), "cp": money(s.copay, ","), "tp": "0.00",
                                    "pd": money(s.paid, ","), "gr": a0[0] if a0 else "", "rc": a0[1] if a0 else "",
                                    "aa": money(a0[2], ",") if a0 else "", "rr": " ".join(s.remarks),
                                    "st": {"Paid": "Paid", "Credited": "Credit" if s.billed < 0 else "Paid",
                                           "Denied": "Denied"}[st_]}, fs)
                    for j, a in enumerate(s.adjs[1:], 1):
                        cols.row(d, y + j * (fs + 1.5), {"gr": a[0], "rc": a[1], "aa": money(a[2], ",")}, fs)
                    d.line(30, y + h - 1.5, 582, y + h - 1.5, 0.2, 0.6)
                    o.rec(y, fs, s, claim_id=acct, payer_claim_id=icn, patient=name, adjustments=s.adjs,
                          remarks=s.remarks, printed=("billed", "allowed", "paid", "copay"), extra=h - fs - 3,
                          description=False)
                rows.append((h, draw))

            def tot(y, svcs=svcs):
                cols.row(d, y, {"pr": "Claim Total", "bi": money(total(svcs, "billed"), ","),
                                "ap": money(total(svcs, "allowed"), ","), "cp": money(total(svcs, "copay"), ","),
                                "pd": money(total(svcs, "paid"), ",")}, fs, "B")
            rows.append((16, tot))
            flow(d, rows, lambda dd, a=(name, mid, acct, icn, status): panel(dd, *a, cont=True))
            o.claim(acct, icn, name, svcs, attrs=("billed", "allowed", "paid"))
            d.y += 6
    o.af = lambda g, r, a: f"{g} {r} {money(a, ',')}"
    o.legend = [("N54", "Requested services are outside the authorized date span.")]
    d.need(40)
    d.text(30, d.y, "Remark code used on this RA:  N54  Requested services are outside the authorized date span.",
           "R", 7)
    page_numbers(d, lambda i, n: f"Page {i} of {n}", 582, 764)
    return o


# ===================================================================================================== p1

def lay_p1() -> Out:
    d = Doc(792, 612, "DejaVuSansMono", "DejaVuSansMono-Bold", top=28, bottom=34)
    o = Out("p1_medicare_spr_reprint", "reportlab", d, "Medicare Part B standard paper remit, clearinghouse reprint")
    o.df = lambda x: dfmt(x, "mdy6")
    o.full_adj = True
    o.af = lambda g, r, a: f"{g}-{r}"
    fs = 7
    X = 24

    def ln(y, s, f="R"):
        d.text(X, y, s, f, fs)

    def spr(pp, sd, pos, nos, proc, mods, bil, alw, ded, coi, grp, amt, pd):
        return (f"{pp:<12}{sd:<12}{pos:<4}{nos:>3}  {proc:<6}{mods:<9}{bil:>8} {alw:>9} {ded:>8} {coi:>8}   "
                f"{grp:<7}{amt:>8}  {pd:>9}")

    def furniture(dd):
        ln(28, "RIVERBEND CLAIMS EXCHANGE - STANDARD PAPER REMITTANCE REPRINT            MEDICARE PART B  JURISDICTION 9X",
           "B")
        ln(38, "PROVIDER: SUMMIT RIDGE REHABILITATION SVCS   NPI 1376620841   CHECK/EFT #: 881240077   DATE: 01/28/2026")
        ln(50, spr("PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT", "COINS",
                   "GRP/RC-AMT", "", "PROV PD"), "B")
        dd.line(X, 60, 768, 60, 0.4)
        dd.y = 64
    d.header = furniture
    furniture(d)

    def mk(specs, st):
        out = []
        for sp in specs:
            s = Svc(sp[0], sp[1], sp[2], sp[3], denied=sp[4] if len(sp) > 4 else None)
            medicare(s, st, deny_reason="97")
            s.remarks = ["M15"] if s.denied else []
            out.append(s)
        return out

    claims = [
        ("HOLLOWAY, RUTH", "4TX7QP2MK81", "SRR-22017", "2226015331250",
         mk([(D(2026, 1, 5), "97161", 1, ("GP",)), (D(2026, 1, 5), "97110", 3, ("GP",)),
             (D(2026, 1, 7), "97110", 2, ("GP",)), (D(2026, 1, 7), "97140", 1, ("GP", "59")),
             (D(2026, 1, 9), "97110", 2, ("GP",)), (D(2026, 1, 9), "97112", 2, ("GP",)),
             (D(2026, 1, 12), "97110", 3, ("GP", "KX")), (D(2026, 1, 12), "97530", 1, ("GP", "KX")),
             (D(2026, 1, 12), "97140", 1, ("GP",), "CO")], PlanState(ded_left=Decimal("120.00")))),
        ("PARISI, ALDO", "7MK3WT9RE20", "SRR-22041", "2226015331488",
         mk([(D(2026, 1, 6), "97165", 1, ("GO",)), (D(2026, 1, 6), "97535", 2, ("GO",)),
             (D(2026, 1, 13), "97530", 3, ("GO",)), (D(2026, 1, 13), "97535", 1, ("GO", "CO")),
             (D(2026, 1, 20), "97530", 2, ("GO", "CO")), (D(2026, 1, 20), "97760", 1, ("GO",))], PlanState())),
        ("NAKASHIMA, EMI", "2QA8NF6TB47", "SRR-22066", "2226015331702",
         mk([(D(2026, 1, 8), "92523", 1, ("GN",)), (D(2026, 1, 15), "92507", 1, ("GN",)),
             (D(2026, 1, 22), "92507", 1, ("GN", "KX")), (D(2026, 1, 22), "92526", 1, ("GN", "KX"))],
            PlanState(ded_left=Decimal("40.00")))),
        ("HOLLOWAY, FRANK", "4TX7QP2MK99", "SRR-22018", "2226015331951",
         mk([(D(2026, 1, 14), "97162", 1, ("GP",)), (D(2026, 1, 14), "97116", 2, ("GP",)),
             (D(2026, 1, 16), "97116", 2, ("GP",)), (D(2026, 1, 16), "97110", 2, ("GP",)),
             (D(2026, 1, 21), "97110", 2, ("GP", "CQ")), (D(2026, 1, 21), "97112", 1, ("GP", "CQ")),
             (D(2026, 1, 23), "97110", 2, ("GP", "CQ")), (D(2026, 1, 23), "97116", 1, ("GP", "CQ"))], PlanState())),
    ]
    d.y = 70
    for name, mid, acct, icn, svcs in claims:
        d.need(50)
        ln(d.y, f"NAME {name:<18} MID {mid}  ACNT {acct:<12} ICN {icn}  ASG Y  MOA MA01", "B")
        d.y += 11
        rows = []
        for s in svcs:
            n = len(s.adjs)
            h = n * (fs + 2) + 2

            def draw(y, s=s, name=name, acct=acct, icn=icn, h=h, n=n):
                a0 = s.adjs[0]
                ln(y, spr("1376620841", f"{s.dos:%m%d} {o.df(s.dos)}", "11", E.units_str(s.units), s.code,
                          " ".join(s.mods), money(s.billed, ""), money(s.allowed, ""), money(s.deductible, ""),
                          money(s.coinsurance, ""), f"{a0[0]}-{a0[1]}", money(a0[2], ""), money(s.paid, "")))
                for j, a in enumerate(s.adjs[1:], 1):
                    ln(y + j * (fs + 2), spr("", "", "", "", "", "", "", "", "", "", f"{a[0]}-{a[1]}",
                                             money(a[2], ""), "").rstrip())
                if s.remarks:
                    ln(y + n * (fs + 2), f"{'':12}CNTL #: {acct}-{s.dos:%d}   REM: {' '.join(s.remarks)}")
                o.rec(y, fs, s, claim_id=acct, payer_claim_id=icn, patient=name, adjustments=s.adjs,
                      remarks=s.remarks, printed=("billed", "allowed", "paid", "deductible", "coinsurance"),
                      extra=h + (fs + 2 if s.remarks else 0) - fs - 2, description=False)
            rows.append((h + (fs + 2 if s.remarks else 0), draw))

        def tot(y, svcs=svcs):
            adj = sum((a[2] for s in svcs for a in s.adjs), ZERO)
            ln(y, spr(f"PT RESP {money(total(svcs, 'owes'), '')}", "", "", "", "CLAIM", "TOTALS",
                      money(total(svcs, 'billed'), ""), money(total(svcs, 'allowed'), ""),
                      money(total(svcs, 'deductible'), ""), money(total(svcs, 'coinsurance'), ""), "",
                      money(adj, ""), money(total(svcs, 'paid'), "")), "B")
            ln(y + 9, spr("", "", "", "", "", "", "", "", "", "", "", "NET", money(total(svcs, 'paid'), "")))
        rows.append((24, tot))
        flow(d, rows, lambda dd: None)
        o.claim(acct, icn, name, svcs, attrs=("billed", "allowed", "paid", "owes"))
    d.need(60)
    ln(d.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES", "B")
    o.legend = [("CO-45", "Charge exceeds the fee schedule amount for this service."),
                ("PR-1", "Deductible amount."), ("PR-2", "Coinsurance amount."),
                ("CO-253", "Sequestration reduction of federal payment."),
                ("CO-97", "Paid as part of another service on the same day."),
                ("M15", "Separately billed service was bundled into another procedure."),
                ("MA01", "Appeal rights notice: you may ask for a redetermination.")]
    for i, (k, v) in enumerate(o.legend):
        ln(d.y + 10 + i * 9, f"{k:<8}{v}")
    page_numbers(d, lambda i, n: f"PAGE #: {i} OF {n}", 768, 28, fs)
    return o


# ===================================================================================================== p2

def lay_p2() -> Out:
    d = Doc(612, 792, "Helvetica", "Helvetica-Bold", top=30, bottom=46)
    o = Out("p2_pm_payment_detail", "fpdf2", d, "therapy PM insurance payment detail of a commercial ERA")
    o.df = lambda x: dfmt(x, "mdy2")
    o.full_adj = True
    o.af = lambda g, r, a: money(a, ",")
    fs = 7
    cols = Cols(24, [("dt", "DOS", 34, "l"), ("cpt", "CPT", 28, "l"), ("md", "Mods", 34, "l"), ("un", "Units", 22, "r"),
                     ("ch", "Charge", 40, "r"), ("al", "Allowed", 40, "r"), ("de", "Deduct", 36, "r"),
                     ("co", "Coins", 36, "r"), ("cp", "Copay", 32, "r"), ("pd", "Paid", 40, "r"),
                     ("gr", "Adj. Grp", 32, "c"), ("rs", "Reason", 30, "c"), ("aa", "Adj. Amt", 40, "r"),
                     ("rm", "Remark", 34, "l"), ("pr", "Pt Resp", 40, "r")])

    def furniture(dd):
        dd.text(24, 18, "TheraLedger PM  -  Insurance Payment Detail", "B", 11)
        dd.text(588, 18, "Printed 02/02/2026 08:14  by  kmorrow", "R", 6.5, "r")
        dd.text(24, 34, "Payer: Cobalt Shore Health Insurance Co.   Check/EFT: 0009917734   Deposit date: 01/30/2026   "
                "Practice: Westlake Motion Therapy", "R", 7)
        dd.y = 50
        dd.y = cols.header(dd, dd.y, 6.8, fill=0.85)
    d.header = furniture
    furniture(d)
    pats = [
        ("Ruiz, Marco", "100482", "CSH26011400871", PlanState(ded_left=Decimal("200.00")),
         [(D(2026, 1, 5), "97161", 1, ("GP",)), (D(2026, 1, 5), "97110", 2, ("GP",)),
          (D(2026, 1, 8), "97110", 2, ("GP",)), (D(2026, 1, 8), "97140", 1, ("GP", "59")),
          (D(2026, 1, 12), "97110", 2, ("GP", "KX")), (D(2026, 1, 12), "97530", 1, ("GP",), "CO")]),
        ("Ruiz, Elena", "100483", "CSH26011400902", PlanState(copay_codes={"97165": Decimal("30.00"),
                                                                         "97530": Decimal("30.00")}),
         [(D(2026, 1, 6), "97165", 1, ("GO",)), (D(2026, 1, 6), "97535", 1, ("GO",)),
          (D(2026, 1, 13), "97530", 3, ("GO",)), (D(2026, 1, 13), "97112", 1, ("GO", "59"))]),
        ("Abernathy, Cole", "100517", "CSH26011501144", PlanState(coins_rate=Decimal("0.10")),
         [(D(2026, 1, 7), "97110", 3, ("GP",)), (D(2026, 1, 7), "97140", 2, ("GP",)),
          (D(2026, 1, 9), "97110", 3, ("GP",)), (D(2026, 1, 9), "97116", 2, ("GP",)),
          (D(2026, 1, 14), "97110", 2, ("GP",)), (D(2026, 1, 14), "97112", 2, ("GP",)),
          (D(2026, 1, 16), "97110", 2, ("GP",)), (D(2026, 1, 16), "G0283", 1, ("GP",)),
          (D(2026, 1, 21), "97110", 3, ("GP",)), (D(2026, 1, 21), "97140", 1, ("GP",))]),
        ("Tran, Bao", "100529", "CSH26011601377", PlanState(ded_left=Decimal("50.00")),
         [(D(2026, 1, 15), "97166", 1, ("GO",)), (D(2026, 1, 15), "97530", 2, ("GO",)),
          (D(2026, 1, 22), "97530", 2, ("GO",)), (D(2026, 1, 22), "97535", 2, ("GO",)),
          (D(2026, 1, 22), "L3807", 1, ("LT",))]),
        ("Okafor, Nneka", "100544", "CSH26011901530", PlanState(),
         [(D(2026, 1, 19), "92523", 1, ("GN",)), (D(2026, 1, 26), "92507", 1, ("GN",)),
          (D(2026, 1, 28), "92507", 1, ("GN",))]),
    ]
    allsv = []
    for name, acct, icn, st, specs in pats:
        svcs = []
        for sp in specs:
            s = Svc(sp[0], sp[1], sp[2], sp[3], denied=sp[4] if len(sp) > 4 else None)
            commercial(s, st, deny_reason="97")
            s.remarks = ["M15"] if s.denied else []
            svcs.append(s)
        allsv += svcs
        d.need(40)
        d.rect(24, d.y, 564, 11, fill=0.93, stroke=False)
        d.text(27, d.y + 2, f"{name}     Acct {acct}     Payer claim# {icn}     Status: Processed as primary", "B", 7.2)
        d.y += 14
        rows = []
        for s in svcs:
            h = len(s.adjs) * (fs + 1.6) + 2.5

            def draw(y, s=s, name=name, acct=acct, icn=icn, h=h):
                a0 = s.adjs[0]
                cols.row(d, y, {"dt": o.df(s.dos), "cpt": s.code, "md": " ".join(s.mods), "un": o.uf(s.units),
                                "ch": money(s.billed, ","), "al": money(s.allowed, ","), "de": money(s.deductible, ","),
                                "co": money(s.coinsurance, ","), "cp": money(s.copay, ","), "pd": money(s.paid, ","),
                                "gr": a0[0], "rs": a0[1], "aa": money(a0[2], ","), "rm": " ".join(s.remarks),
                                "pr": money(s.owes, ",")}, fs)
                for j, a in enumerate(s.adjs[1:], 1):
                    cols.row(d, y + j * (fs + 1.6), {"gr": a[0], "rs": a[1], "aa": money(a[2], ",")}, fs)
                o.rec(y, fs, s, claim_id=acct, payer_claim_id=icn, patient=name, adjustments=s.adjs, remarks=s.remarks,
                      printed=("billed", "allowed", "paid", "patient_owes", "deductible", "coinsurance", "copay"),
                      extra=h - fs - 2.5, description=False)
            rows.append((h, draw))

        def tot(y, svcs=svcs):
            d.line(150, y - 1, 588, y - 1, 0.3)
            cols.row(d, y, {"md": "Subtotal", "ch": money(total(svcs, "billed"), ","), "al": money(total(svcs, "allowed"), ","),
                            "de": money(total(svcs, "deductible"), ","), "co": money(total(svcs, "coinsurance"), ","),
                            "cp": money(total(svcs, "copay"), ","), "pd": money(total(svcs, "paid"), ","),
                            "pr": money(total(svcs, "owes"), ",")}, fs, "B")
        rows.append((15, tot))
        flow(d, rows, lambda dd: None)
        o.claim(acct, icn, name, svcs)
    d.need(30)
    d.y += 4
    d.text(24, d.y, f"Deposit totals:  Charges {money(total(allsv, 'billed'), '$')}   Paid {money(total(allsv, 'paid'), '$')}"
           f"   Patient responsibility {money(total(allsv, 'owes'), '$')}", "B", 7.5)
    page_numbers(d, lambda i, n: f"Page {i} of {n}", 588, 770)
    return o


# ===================================================================================================== s1

def lay_s1() -> Out:
    d = Doc(612, 792, "DejaVuSerif", "DejaVuSerif-Bold", top=36, bottom=54)
    o = Out("s1_clinic_family_statement", "reportlab", d, "pediatric therapy clinic family statement")
    o.df = lambda x: x.strftime("%b %d, %Y")
    fs = 6.6
    cols = Cols(30, [("dt", "Date", 56, "l"), ("sv", "Service", 150, "l"), ("cpt", "CPT", 30, "l"), ("md", "Mod", 30, "l"),
                     ("un", "Units", 26, "r"), ("ch", "Charges", 46, "r"), ("ip", "Ins. Paid", 48, "r"),
                     ("ia", "Ins. Adj.", 48, "r"), ("ys", "Your Share", 50, "r")])

    def furniture(dd, first=False):
        dd.text(30, 24, "Willowbend Children's Therapy Center", "B", 12)
        dd.text(30, 40, "880 Tamarack Parkway, Suite 200 · Hollis Fork, MN 55999 · (555) 014-3380", "R", 7.5)
        dd.line(30, 52, 582, 52, 0.6)
        dd.y = 58
        if not first:
            dd.text(30, dd.y, "Account 40-11872 · Guarantor Tessa Varga · continued", "R", 7, gray=0.35)
            dd.y += 12
            dd.y = cols.header(dd, dd.y, 6.8, fill=0.88)
    d.header = furniture
    furniture(d, True)
    d.rect(400, 60, 182, 58)
    for i, (k, v) in enumerate([("Statement Date", "02/01/2026"), ("Account No.", "40-11872"), ("Amount Due", "$0.00")]):
        d.text(406, 65 + i * 16, k, "R", 7.5)
        d.text(576, 65 + i * 16, v, "B", 8.5, "r")
    for i, t in enumerate(["Tessa Varga", "61 Mossgate Lane", "Hollis Fork, MN 55999-2810"]):
        d.text(30, 66 + i * 11, t, "R", 9)
    d.rect(30, 124, 552, 40, fill=0.95, stroke=False)
    d.text(36, 129, "Messages", "B", 8)
    d.text(36, 141, "New this year: families can now pay online or set up a monthly plan. Insurance has processed every",
           "R", 7)
    d.text(36, 151, "visit listed below; Your Share is the part your plan says the family owes.", "R", 7)
    d.y = 176
    d.text(30, d.y, "Activity since your last statement", "B", 10)
    d.y += 15
    d.y = cols.header(d, d.y, 6.8, fill=0.88)
    kids = [
        ("Ava Varga", [
            ("V26-00412", "Northstar Family Health Plan", "NFH-7730219", [
                (D(2026, 1, 5), "97166", 1, ("GO",)), (D(2026, 1, 5), "97530", 2, ("GO",))]),
            ("V26-00463", "Northstar Family Health Plan", "NFH-7731840", [
                (D(2026, 1, 12), "97530", 3, ("GO",)), (D(2026, 1, 12), "97533", 1, ("GO", "59"))]),
            ("V26-00508", "Northstar Family Health Plan", "NFH-7733302", [
                (D(2026, 1, 19), "97530", 2, ("GO",)), (D(2026, 1, 19), "97535", 1, ("GO",)),
                (D(2026, 1, 19), "97150", 1, ("GO",), "PR")]),
        ]),
        ("Milo Varga", [
            ("V26-00419", "Northstar Family Health Plan", "NFH-7730356", [
                (D(2026, 1, 6), "92523", 1, ("GN",))]),
            ("V26-00471", "Northstar Family Health Plan", "NFH-7731995", [
                (D(2026, 1, 13), "92507", 1, ("GN",)), (D(2026, 1, 13), "92526", 1, ("GN",))]),
            ("V26-00515", "Northstar Family Health Plan", "NFH-7733410", [
                (D(2026, 1, 20), "92507", 1, ("GN",))]),
            ("V26-00560", "Northstar Family Health Plan", "NFH-7734877", [
                (D(2026, 1, 27), "92507", 1, ("GN",)), (D(2026, 1, 27), "92526", 1, ("GN",))]),
        ]),
        ("Lena Varga", [
            ("V26-00430", "Northstar Family Health Plan", "NFH-7730581", [
                (D(2026, 1, 7), "97161", 1, ("GP",)), (D(2026, 1, 7), "97110", 2, ("GP",)),
                (D(2026, 1, 7), "97112", 1, ("GP",))]),
            ("V26-00482", "Northstar Family Health Plan", "NFH-7732106", [
                (D(2026, 1, 14), "97110", 2, ("GP",)), (D(2026, 1, 14), "97116", 2, ("GP",))]),
            ("V26-00529", "Northstar Family Health Plan", "NFH-7733651", [
                (D(2026, 1, 21), "97110", 2, ("GP",)), (D(2026, 1, 21), "97530", 2, ("GP",)),
                (D(2026, 1, 21), "97140", 1, ("GP",))]),
            ("V26-00571", "Northstar Family Health Plan", "NFH-7735020", [
                (D(2026, 1, 28), "97110", 3, ("GP",)), (D(2026, 1, 28), "97112", 2, ("GP",))]),
        ]),
    ]
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74"))
    due = ZERO
    for kid, visits in kids:
        d.need(40)
        d.rect(30, d.y, 552, 11, fill=0.8, stroke=False)
        d.text(34, d.y + 2, f"Patient: {kid}", "B", 7.5)
        d.y += 14
        for vno, plan, clm, specs in visits:
            svcs = []
            for sp in specs:
                s = Svc(sp[0], sp[1], sp[2], sp[3], denied=sp[4] if len(sp) > 4 else None)
                commercial(s, st)
                svcs.append(s)
            due += total(svcs, "owes")
            rows = [(14, lambda y, vno=vno, plan=plan, clm=clm: d.text(34, y + 2, f"Visit {vno}, billed to {plan} "
                                                                            f"(claim {clm})", "R", 6.8, gray=0.3))]
            for s in svcs:
                def draw(y, s=s, kid=kid, vno=vno, clm=clm):
                    cols.row(d, y, {"dt": o.df(s.dos), "sv": s.desc, "cpt": s.code, "md": " ".join(s.mods),
                                    "un": o.uf(s.units), "ch": money(s.billed, ","), "ip": money(s.paid, ","),
                                    "ia": money(s.discount, ","), "ys": money(s.owes, ",")}, fs)
                    o.rec(y, fs, s, claim_id=vno, payer_claim_id=clm, patient=kid,
                          printed=("billed", "paid", "discount", "patient_owes"))
                rows.append((fs + 7, draw))
            flow(d, rows, lambda dd: None)
            o.claim(vno, clm, kid, svcs, attrs=("billed", "paid", "owes"))
            d.y += 2
    d.need(30)
    pay = q(due)
    d.text(34, d.y, "Feb 01, 2026", "R", fs)
    d.text(86, d.y, "Family payment - card ending 4471 - thank you", "R", fs)
    d.text(580, d.y, f"-{money(pay, ',')}", "R", fs, "r")
    d.y += 16
    d.text(30, d.y, "Current 0.00    31-60 days 0.00    61-90 days 0.00    Over 90 days 0.00    Amount due $0.00",
           "B", 7.5)
    d.y += 12
    d.text(30, d.y, "Questions about your bill? Call our billing office at (555) 014-3381, weekdays 8-4.", "R", 7)
    page_numbers(d, lambda i, n: f"Page {i} of {n}", 582, 760)
    return o


# ===================================================================================================== s2

def lay_s2() -> Out:
    d = Doc(612, 792, "DejaVuSans", "DejaVuSans-Bold", top=34, bottom=52)
    o = Out("s2_hospital_guarantor_statement", "fpdf2", d, "hospital guarantor statement, itemized accounts")
    o.df = lambda x: x.strftime("%d-%b-%y").upper()
    fs = 6.8
    cols = Cols(30, [("dt", "Date", 50, "l"), ("rev", "Rev", 26, "l"), ("code", "Code", 52, "l"),
                     ("ds", "Description", 250, "l"), ("qty", "Qty", 30, "r"), ("ch", "Charges", 70, "r")])

    def furniture(dd):
        dd.text(30, 20, "LAKEMONT REGIONAL MEDICAL CENTER", "B", 11)
        dd.text(582, 22, "Guarantor No. G-5530917  ·  Statement Date 01/31/2026", "R", 7, "r")
        dd.line(30, 34, 582, 34, 1)
        dd.y = 40
    d.header = furniture
    furniture(d)
    d.rect(30, 44, 260, 50)
    for i, t in enumerate(["Responsible party:", "Harold Feeney", "907 Sycamore Run", "Lakemont, WI 53999-0107"]):
        d.text(36, 48 + i * 11, t, "B" if i == 1 else "R", 8)
    d.rect(330, 44, 252, 50, fill=0.9)
    d.text(336, 50, "Your Responsibility", "B", 9)
    accts = [
        ("Harold Feeney", "HA-20260105-4471", "CX-2601-0093412", "Orchard Crest Insurance", [
            (D(2026, 1, 5), "0450", "99283", 1, ("25",)), (D(2026, 1, 5), "0320", "73110", 1, ("RT",)),
            (D(2026, 1, 5), "0300", "36415", 1, ()), (D(2026, 1, 5), "0305", "85025", 1, ()),
            (D(2026, 1, 5), "0450", "29125", 1, ("RT",))]),
        ("Colleen Feeney", "HA-20260106-4520", "CX-2601-0094177", "Orchard Crest Insurance", [
            (D(2026, 1, 6), "0434", "97166", 1, ("GO",)), (D(2026, 1, 6), "0430", "97530", 2, ("GO",)),
            (D(2026, 1, 8), "0430", "97530", 3, ("GO",)), (D(2026, 1, 8), "0430", "97140", 1, ("GO", "59")),
            (D(2026, 1, 13), "0430", "97530", 2, ("GO",)), (D(2026, 1, 13), "0430", "97535", 2, ("GO",)),
            (D(2026, 1, 15), "0430", "97530", 3, ("GO",)), (D(2026, 1, 15), "0430", "97760", 1, ("GO",)),
            (D(2026, 1, 15), "0274", "L3807", 1, ("RT",)), (D(2026, 1, 20), "0430", "97530", 2, ("GO",)),
            (D(2026, 1, 20), "0430", "97140", 1, ("GO", "59")), (D(2026, 1, 22), "0430", "97530", 3, ("GO",)),
            (D(2026, 1, 22), "0430", "97535", 1, ("GO",)), (D(2026, 1, 27), "0430", "97530", 2, ("GO",)),
            (D(2026, 1, 27), "0430", "97112", 1, ("GO", "59")), (D(2026, 1, 29), "0430", "97530", 3, ("GO",)),
            (D(2026, 1, 29), "0434", "97168", 1, ("GO",))]),
        ("Declan Feeney", "HA-20260109-4602", "CX-2601-0095830", "Orchard Crest Insurance", [
            (D(2026, 1, 9), "0444", "92523", 1, ("GN",)), (D(2026, 1, 16), "0440", "92507", 1, ("GN",)),
            (D(2026, 1, 23), "0440", "92507", 1, ("GN",)), (D(2026, 1, 30), "0440", "92507", 1, ("GN",))]),
    ]
    data = []
    for name, vno, clm, ins, specs in accts:
        svcs = []
        for dt, rev, code, u, mods in specs:
            s = Svc(dt, code, u, mods)
            s.desc = s.desc.upper()
            s.rev = rev
            svcs.append(s)
        b = total(svcs, "billed")
        paid = q(b * Decimal("0.52")) if name != "Colleen Feeney" else ZERO
        adj = q(b * Decimal("0.31")) if name != "Colleen Feeney" else ZERO
        pend = b if name == "Colleen Feeney" else ZERO
        data.append((name, vno, clm, ins, svcs, b, paid, adj, pend, b - paid - adj - pend))
    d.text(576, 70, money(sum((x[9] for x in data), ZERO), "$"), "B", 12, "r")
    d.y = 108
    d.text(30, d.y, "Summary of accounts", "B", 9.5)
    d.y += 14
    sm = Cols(30, [("p", "Patient", 96, "l"), ("v", "Visit No.", 92, "l"), ("t", "Total Charges", 72, "r"),
                   ("i", "Insurance Payments", 80, "r"), ("a", "Adjustments", 66, "r"), ("pe", "Insurance Pending", 84, "r"),
                   ("pp", "Patient Pay", 62, "r")])
    d.y = sm.header(d, d.y, 6.8, fill=0.88)
    for name, vno, clm, ins, svcs, b, paid, adj, pend, pp in data:
        sm.row(d, d.y, {"p": name, "v": vno, "t": money(b, ","), "i": money(-paid, ",", "()"),
                        "a": money(-adj, ",", "()"), "pe": money(pend, ","), "pp": money(pp, ",")}, 6.8)
        d.y += 10
    d.y += 14
    d.text(30, d.y, "Detail of charges", "B", 9.5)
    d.y += 14

    def head(dd, name, vno, clm, ins, cont=False):
        dd.rect(30, dd.y, 552, 22, fill=0.93)
        dd.text(34, dd.y + 2.5, f"Patient: {name}    Visit No. {vno}" + ("   (continued)" if cont else ""), "B", 7.5)
        dd.text(34, dd.y + 12, f"Outpatient services · Billed to {ins}, claim no. {clm}", "R", 6.8)
        dd.y += 25
        dd.y = cols.header(dd, dd.y, 6.8)

    for name, vno, clm, ins, svcs, b, paid, adj, pend, pp in (data[0], data[2], data[1]):
        d.need(60)
        head(d, name, vno, clm, ins)
        rows = []
        for s in svcs:
            def draw(y, s=s, name=name, vno=vno, clm=clm):
                cols.row(d, y, {"dt": o.df(s.dos), "rev": s.rev, "code": f"{s.code} {' '.join(s.mods)}".strip(),
                                "ds": s.desc, "qty": o.uf(s.units), "ch": money(s.billed, ",")}, fs)
                o.rec(y, fs, s, claim_id=vno, payer_claim_id=clm, patient=name, printed=("billed",))
            rows.append((fs + 6, draw))

        def summ(y, b=b, paid=paid, adj=adj, pend=pend, pp=pp, ins=ins):
            d.line(30, y - 1, 582, y - 1, 0.4)
            items = [("Total charges", money(b, ","))]
            if paid:
                items += [(f"{ins} payment 01/28/2026", money(-paid, ",", "()")),
                          ("Contractual adjustment", money(-adj, ",", "()"))]
            if pend:
                items += [("Insurance pending", money(pend, ","))]
            items += [("Patient pay", money(pp, ","))]
            for i, (k, v) in enumerate(items):
                d.text(300, y + 1 + i * 10, k, "B" if i in (0, len(items) - 1) else "R", fs)
                d.text(580, y + 1 + i * 10, v, "B" if i in (0, len(items) - 1) else "R", fs, "r")
        rows.append((len([1] + ([1, 1] if paid else []) + ([1] if pend else []) + [1]) * 10 + 10, summ))
        flow(d, rows, lambda dd, a=(name, vno, clm, ins): head(dd, *a, cont=True))
        o.claim(vno, clm, name, svcs, attrs=("billed",))
    d.need(40)
    d.text(30, d.y, "Financial assistance is available. Ask about our payment plans at (555) 014-6620.", "R", 7)
    page_numbers(d, lambda i, n: f"Page {i} of {n}", 582, 764)
    return o


LAYOUTS = [lay_c1, lay_c2, lay_m1, lay_m2, lay_d1, lay_d2, lay_p1, lay_p2, lay_s1, lay_s2]


# ================================================================================================== check

def check(out_dir: Path, outs: list[Out]) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    for o in outs:
        pdf = out_dir / f"{o.name}.pdf"
        tr = json.loads(Path(str(pdf) + ".truth.json").read_text(encoding="utf-8"))
        with pdfplumber.open(pdf) as p:
            if len(p.pages) != tr["pages"]:
                errs.append(f"{o.name}: pages {len(p.pages)} != {tr['pages']}")
            words = [pg.extract_words(keep_blank_chars=False, use_text_flow=False) for pg in p.pages]
            doctext = norm_space(" ".join(pg.extract_text() or "" for pg in p.pages))
        for i, (ln, band) in enumerate(zip(tr["lines"], o.bands)):
            pg, y0, y1 = band
            if ln["page"] != pg:
                errs.append(f"{o.name} line {i}: page mismatch")
            ws = sorted((w for w in words[pg - 1] if y0 <= w["top"] and w["bottom"] <= y1 + 1),
                        key=lambda w: (round(w["top"]), w["x0"]))
            txt = " ".join(w["text"] for w in ws)
            toks = set(txt.split())
            alnum = set(re.split(r"[^A-Za-z0-9]+", txt))
            first = [w["text"] for w in ws if w["top"] < y0 + 4]
            firsttoks = set(first)

            def need(cond, what):
                if not cond:
                    errs.append(f"{o.name} line {i} (p{pg} {ln['code']} {ln['service_date']}): {what} | {txt[:160]}")
            dstr = o.df(date.fromisoformat(ln["service_date"]))
            need(dstr in txt, f"date {dstr}")
            need(ln["code"] in alnum, f"code {ln['code']}")
            for m in ln["modifiers"]:
                need(m in alnum, f"modifier {m}")
            if ln["units"] is not None:
                need(o.uf(Decimal(ln["units"])) in toks, f"units {ln['units']}")
            for k in ALL:
                if ln[k] is not None:
                    s = o.fm(Decimal(ln[k])) if o.name not in ("d2_medicaid_portal_ra", "p1_medicare_spr_reprint",
                                                                 "p2_pm_payment_detail", "s1_clinic_family_statement",
                                                                 "s2_hospital_guarantor_statement") \
                        else money(Decimal(ln[k]), "," if o.name != "p1_medicare_spr_reprint" else "")
                    need(s in firsttoks, f"{k} {s} on the service's own text line")
            for g, r, a in ln["adjustments"]:
                s = money(Decimal(a), "," if o.name != "p1_medicare_spr_reprint" else "")
                need(s in toks, f"adjustment amount {s}")
                need(r in alnum and g in alnum, f"adjustment code {g}-{r}")
            for r in ln["remarks"]:
                need(r in alnum, f"remark {r}")
            if ln["description"]:
                need(norm_space(ln["description"]).split()[0] in txt, "description start")
            # arithmetic of the document
            v = {k: (Decimal(ln[k]) if ln[k] is not None else None) for k in ALL}
            if None not in (v["billed"], v["discount"], v["not_covered"], v["allowed"]):
                need(v["billed"] - v["discount"] - v["not_covered"] == v["allowed"], "billed-discount-nc=allowed")
            if None not in (v["allowed"], v["deductible"], v["copay"], v["coinsurance"], v["paid"]):
                need(v["allowed"] - v["deductible"] - v["copay"] - v["coinsurance"] == v["paid"], "allowed-share=paid")
            if o.full_adj:
                need(v["billed"] - sum((Decimal(a[2]) for a in ln["adjustments"]), Decimal(0)) == v["paid"],
                     "billed-adjustments=paid")
        mism = {f.split()[2].rstrip(":") for f in tr["expected_findings"]}
        for c in tr["claims"]:
            for idv in (c["claim_id"], c["payer_claim_id"], c["patient"]):
                if idv and idv not in doctext:
                    errs.append(f"{o.name}: id/patient {idv!r} not in document text")
            mine = [ln for ln in tr["lines"] if ln["claim_id"] == c["claim_id"] and ln["payer_claim_id"] ==
                    c["payer_claim_id"]]
            if not mine:
                errs.append(f"{o.name}: claim {c['payer_claim_id']} has no lines")
            bad = False
            for k, val in c["totals"].items():
                if val is None or any(ln[k] is None for ln in mine):
                    continue  # a claim-level figure the lines do not print
                sm = sum((Decimal(ln[k]) for ln in mine), Decimal(0))
                if sm != Decimal(val):
                    bad = True
                    if c["payer_claim_id"] not in mism:
                        errs.append(f"{o.name}: claim {c['payer_claim_id']} {k} total {val} != lines {sm}")
            if c["payer_claim_id"] in mism and not bad:
                errs.append(f"{o.name}: planted mismatch on {c['payer_claim_id']} does not mismatch")
    return errs


def spanning(outs: list[Out]) -> list[str]:
    res = []
    for o in outs:
        for c in o.claims:
            pages = {ln["page"] for ln in o.lines if ln["claim_id"] == c["claim_id"] and
                     ln["payer_claim_id"] == c["payer_claim_id"]}
            if len(pages) > 1:
                res.append(f"{o.name}:{c['payer_claim_id'] or c['claim_id']}")
    return res


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out_dir = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout68_"))
    if "samples" in out_dir.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out_dir.mkdir(parents=True, exist_ok=True)
    outs = []
    for fn in LAYOUTS:
        o = fn()
        pdf = out_dir / f"{o.name}.pdf"
        render(o.doc, pdf, o.producer, o.desc, FIXED_WHEN)
        write_truth(pdf, o.name, o.producer, len(o.doc.pages), o.desc, o.lines, o.claims, o.legend, o.findings)
        outs.append(o)
        print(f"{pdf.name}: {len(o.lines)} lines, {len(o.doc.pages)} pages, {len(o.claims)} claims")
    print(f"total: {sum(len(o.lines) for o in outs)} lines, {sum(len(o.doc.pages) for o in outs)} pages -> {out_dir}")
    sp = spanning(outs)
    print("claims continuing onto a next page:", ", ".join(sp))
    if "--check" in argv:
        errs = check(out_dir, outs)
        if len({x.split(':')[0] for x in sp}) < 3:
            errs.append("fewer than three files carry a claim continuing onto the next page")
        for e in errs[:80]:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "passed", f"({len(errs)} problems)")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
