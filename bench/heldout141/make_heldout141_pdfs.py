"""Write held-out set 141 of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary
documents of the five commonest real kinds (two each), in house styles written independently of the reader.

Run:  python bench/heldout141/make_heldout141_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout141/make_heldout141_pdfs.py OUT_DIR --check     (also self-check the written files)
Claims whose rows continue onto the next page: a1, a2, b2, d2, e1, e2.
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (someone else runs this, once)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py, ``<name>.pdf.truth.json``): printed values only,
null for what a layout does not print (units null where no quantity is printed); claim_id = the provider's own
account / patient-control / invoice / visit number, payer_claim_id = the payer's claim number / ICN / TCN,
patient = the person who got the service exactly as printed ("WREN, TOBIAS J" stays as printed). Printed
negatives are negative. Adjustments are recorded only where the page prints a group+reason code; state EOB
codes, MSN note letters and plan note codes are remarks. Every name, number, payer, provider and id is
invented; descriptions are our own words.

Layouts:
  a1 commercial member EOB, family of four, portrait core Helvetica: "Amount billed / Plan discount / Not
     covered / Allowed amount / Deductible / Copay / Coinsurance / Plan paid / You owe / Notes", code and
     modifiers "97530 GO", claim boxes, one claim continues onto page 2 under a repeated header with
     "(continued)", note legend, a denied line (reportlab)
  a2 commercial member EOB with a left sidebar (deductible / out-of-pocket meters) and a narrow claim column,
     DejaVu Sans: "Amount billed / Your plan's rate / Plan paid / Your share / Remark", "Qty", wrapped second
     description line, 3 family members, a claim running onto page 2 with the header repeated (fpdf2)
  b1 Medicare Summary Notice Part B, portrait core Times: claims keyed by a service-date heading, "Service
     Provided & Billing Code" as "Therapeutic exercises (97110-GP)", "Did Medicare Approve the Service?",
     "Maximum You May Be Billed", note letters, no units, claim totals, page 1 summary box (reportlab)
  b2 Medicare Advantage member EOB, landscape Liberation Serif: "Provider charged / Plan-approved amount /
     Plan paid / Deductible / Copay / Coinsurance / What you may owe", per-visit copay, your-account-number
     with the provider, claim continuing across the page break with repeated header (fpdf2)
  c1 state Medicaid remittance advice, mainframe print in core Courier, landscape: PAID / DENIED / ADJUSTED
     sections, "RECIP NAME  RECIP ID  ICN  PAT ACCT", MMDDYY dates, units "4.00", trailing-minus void of a prior
     claim and its replacement, state EOB codes, page header repeated with page numbers, sections running onto
     page 2 (fpdf2)
  c2 state Medicaid remittance advice, modern portal PDF, portrait core Helvetica: TCN, "Member / Medicaid
     ID / Patient Acct #", "Billed Amt / Allowed Amt / Copay / TPL / Paid Amt", adjustment "CO-45" and
     "PR-3" codes with amounts on the line, denied claim, CARC legend in our own words (reportlab)
  d1 clearinghouse ERA viewer print of a Medicare Part B remit, landscape DejaVu Sans: boxed claim cards
     ("Patient Control #", "Payer Claim Control #"), "Svc Date / Proc-Mods / Units / Charge / Allowed /
     Deduct / Coins / Paid / Adjustments" with several "CO-45 $x" in one cell, sequestration CO-253, a
     denied orthosis line, last card on page 2 (reportlab)
  d2 practice-management Medicare-style paper remit (SPR look) in DejaVu Sans Mono, portrait: "PERF PROV
     SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD", "0105 010526" dates,
     extra adjustments stacked under the line, PT RESP and CLAIM TOTALS rows, page headers (fpdf2)
  e1 therapy clinic family statement with tear-off stub, portrait Liberation Serif: visits by invoice number
     with the insurer's claim number, "Charges / Ins. Paid / Ins. Adj. / Your Balance", three family members,
     an invoice continuing on page 2 without a repeated column header (reportlab)
  e2 hospital outpatient-rehab guarantor statement, landscape Liberation Sans Narrow: encounter accounts per
     patient, revenue code + CPT/HCPCS + modifier + qty + charges (no per-line payments), insurance payment /
     contractual / patient payment activity per account, account balances; one account's lines continue on
     page 2 with header repeated (fpdf2)

The self-check (--check) tests the factory, not the reader: page counts; every truth line's code, modifiers,
units, printed amounts (in the layout's own money style) sit on ONE text line of its page (pdfplumber text
lines), its date on that line or (for layouts keyed by a date heading) on the page, adjustment codes and
amounts and remarks on that line or the next few; claim ids and patients on the document; the document's
arithmetic: billed - printed adjustments = paid where the layout prints every adjustment; allowed = paid +
deductible + copay + coinsurance (+ sequestration adjustment) where printed; claim totals = sum of lines.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eobgen import (  # noqa: E402
    LONG_DESC,
    ZERO,
    PlanState,
    Svc,
    claim_totals,
    commercial,
    dfmt,
    medicaid,
    medicare,
    money,
    negate,
    total,
    truth_line,
    units_str,
    write_truth,
)
from h141_canvas import LAND, LETTER, Canvas, has, page_lines  # noqa: E402

D = date
AMTS = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
        "discount")


def mods_sp(s: Svc) -> str:
    return " ".join(s.mods)


def code_dash(s: Svc) -> str:
    return "-".join((s.code,) + tuple(s.mods))


def u2(u: Decimal) -> str:
    return f"{u:.2f}"


def mmddyy(d: date) -> str:
    return d.strftime("%m%d%y")


def visits(start: date, days: list[int], pattern: list[tuple], fn):
    """A run of therapy visits: on each day offset, every (code, units, mods) of the pattern, priced by fn."""
    from datetime import timedelta
    return [fn(Svc(start + timedelta(days=d), code, u, mods)) for d in days for code, u, mods in pattern]


# Per-layout formatting of truth values, used by --check.
SPEC: dict[str, dict] = {}


def spec(name, money_fn, date_fn, units_fn=None, date_on_row=True, adj_fn=None, k=0, adj_complete=False):
    SPEC[name] = dict(money=money_fn, date=date_fn, units=units_fn, date_on_row=date_on_row, adj=adj_fn, k=k,
                      adj_complete=adj_complete)


def claim(cid, pcn, pat, svcs, **kw):
    d = dict(cid=cid, pcn=pcn, pat=pat, svcs=svcs)
    d.update(kw)
    return d


class Flow:
    """Vertical flow with page breaks; on_page(cv, first) draws furniture and returns the y to continue at."""

    def __init__(self, cv: Canvas, bottom: float, on_page):
        self.cv, self.bottom, self.on_page = cv, bottom, on_page
        self.y = on_page(cv, True)

    def need(self, h: float, cont=None) -> bool:
        if self.y + h > self.bottom:
            self.cv.new_page()
            self.y = self.on_page(self.cv, False)
            if cont:
                self.y = cont(self.y)
            return True
        return False


# ============================================================================================ a1
def a1(out: Path):
    name = "h141_a1_family_commercial_eob"
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"),
                   copay_codes={"99213": Decimal("35.00")})
    cl = [
        claim("HV-20931", "E26-0112-40917", "Marisol Quintero-Hale", [
            commercial(Svc(D(2026, 1, 6), "97166", 1, ("GO",)), st),
            commercial(Svc(D(2026, 1, 6), "97535", 2, ("GO",)), st),
            commercial(Svc(D(2026, 1, 8), "97530", 3, ("GO",)), st),
            commercial(Svc(D(2026, 1, 8), "97140", 1, ("GO", "59")), st),
        ], prov="Harborview Hand & Upper Limb Therapy"),
        claim("74410-02", "E26-0115-11380", "Theo Quintero-Hale", [
            commercial(Svc(D(2026, 1, 9), "92523", 1, ("GN",)), st),
            commercial(Svc(D(2026, 1, 13), "92507", 1, ("GN",)), st),
            commercial(Svc(D(2026, 1, 13), "97129", 2, ("GN",), denied="PR"), st, deny_reason="96"),
        ], prov="Little Voices Pediatric Speech Clinic"),
        claim("HV-21266", "E26-0121-55802", "Gabriel Hale", [
            commercial(Svc(D(2026, 1, 14), "97161", 1, ("GP",)), st),
            commercial(Svc(D(2026, 1, 14), "97110", 2, ("GP",)), st),
            commercial(Svc(D(2026, 1, 16), "97110", 2, ("GP", "KX")), st),
            commercial(Svc(D(2026, 1, 16), "97112", 1, ("GP",)), st),
            commercial(Svc(D(2026, 1, 16), "G0283", 1, ("GP",)), st),
            commercial(Svc(D(2026, 1, 20), "97530", 2, ("GP", "CQ")), st),
            commercial(Svc(D(2026, 1, 20), "97140", 1, ("GP",)), st),
            commercial(Svc(D(2026, 1, 22), "99213", 1, ()), st),
        ], prov="Harborview Hand & Upper Limb Therapy"),
        claim("HV-21302", "E26-0126-60214", "Renata Quintero-Hale", visits(
            D(2026, 1, 19), [0, 2, 7, 9], [("97530", 2, ("GO",)), ("97140", 1, ("GO",)), ("97110", 1, ("GO",))],
            lambda x: commercial(x, st)), prov="Harborview Hand & Upper Limb Therapy"),
    ]
    for c in cl:
        for s in c["svcs"]:
            s.remarks = ["NX2"] if s.denied else (["D1"] if s.deductible else []) + (["K7"] if "KX" in s.mods else [])
            if s.copay:
                s.remarks.append("C4")
    legend = [("D1", "Part of this amount counted toward your calendar-year deductible."),
              ("NX2", "Your plan does not include this service. The provider may ask you to pay it."),
              ("K7", "Therapy visits above the yearly threshold were reviewed and approved as necessary."),
              ("C4", "Office visit copay under your plan's fixed-dollar benefit.")]
    cv = Canvas(out / f"{name}.pdf", "rl", LETTER, "Explanation of Benefits")
    cols = [(30, "l"), (74, "l"), (136, "r"), (180, "r"), (222, "r"), (262, "r"), (304, "r"), (344, "r"), (386, "r"),
            (432, "r"), (476, "r"), (522, "r"), (540, "l")]
    heads = [("Service", "date"), ("Code /", "modifiers"), ("", "Units"), ("Amount", "billed"), ("Plan", "discount"),
             ("Not", "covered"), ("Allowed", "amount"), ("", "Deductible"), ("", "Copay"), ("", "Coinsurance"),
             ("Plan", "paid"), ("You", "owe"), ("", "Notes")]

    def furniture(cv, first):
        cv.font("helv-b", 15)
        cv.text(30, 44, "CASCADIA KEYSTONE HEALTH")
        cv.font("helv", 8)
        cv.text(30, 56, "PO Box 60417  Renton Falls, WA 98119   Member services 1-888-555-0148")
        cv.font("helv-b", 11)
        cv.text(582, 44, "Explanation of Benefits", "r")
        cv.font("helv", 8)
        cv.text(582, 56, "THIS IS NOT A BILL", "r")
        cv.text(582, 66, f"Page {cv.page} of {cv.TOTAL}", "r")
        if first:
            cv.rect(30, 76, 552, 58, lw=0.6)
            cv.font("helv", 8)
            lines = [("Subscriber", "Renata Quintero-Hale"), ("Member ID", "CKH 448 210 97"),
                     ("Group", "Orchard Valley Schools  #00418"), ("Statement date", "February 2, 2026"),
                     ("Plan", "Keystone Choice PPO 1500")]
            for i, (k, v) in enumerate(lines):
                x = 38 if i < 3 else 320
                yy = 90 + (i if i < 3 else i - 3) * 12
                cv.font("helv-b", 8)
                cv.text(x, yy, k + ":")
                cv.font("helv", 8)
                cv.text(x + 78, yy, v)
            return 150
        cv.hline(30, 582, 74)
        cv.font("helv", 8)
        cv.text(30, 86, "Subscriber: Renata Quintero-Hale   Member ID: CKH 448 210 97")
        return 100

    def colhead(y):
        cv.rect(30, y, 552, 22, lw=0.4, fill=0.9)
        cv.font("helv-b", 6.6)
        for (x, al), (h1, h2) in zip(cols, heads):
            cv.text(x, y + 9, h1, al)
            cv.text(x, y + 18, h2, al)
        return y + 32

    fl = Flow(cv, 740, furniture)
    lines, claims = [], []
    for c in cl:
        svcs = c["svcs"]

        def chead(y, cont=False, c=c):
            cv.font("helv-b", 8.5)
            cv.text(30, y, f"Patient: {c['pat']}" + ("  (continued)" if cont else ""))
            cv.font("helv", 8)
            cv.text(250, y, f"Claim number: {c['pcn']}")
            cv.text(30, y + 11, f"Provider: {c['prov']}")
            cv.text(300, y + 11, f"Provider account no.: {c['cid']}")
            cv.text(470, y + 11, "Network status: In-network")
            return colhead(y + 18)

        fl.need(60 + 14 * 2)
        fl.y = chead(fl.y)
        for s in svcs:
            if fl.need(14, cont=lambda y, c=c: chead(y, True)):
                pass
            cv.font("helv", 7.6)
            vals = [dfmt(s.dos, "mdy2"), f"{s.code} {mods_sp(s)}".strip(), units_str(s.units), money(s.billed, ","),
                    money(s.discount, ","), money(s.not_covered, ","), money(s.allowed, ","), money(s.deductible, ","),
                    money(s.copay, ","), money(s.coinsurance, ","), money(s.paid, ","), money(s.owes, ","),
                    " ".join(s.remarks)]
            for (x, al), v in zip(cols, vals):
                cv.text(x, fl.y, v, al)
            lines.append(truth_line(cv.page, s, claim_id=c["cid"], payer_claim_id=c["pcn"], patient=c["pat"],
                                    printed=AMTS, remarks=s.remarks))
            fl.y += 13
        fl.need(30)
        cv.hline(30, 582, fl.y - 8)
        cv.font("helv-b", 7.6)
        cv.text(74, fl.y + 2, "Claim totals")
        tots = [total(svcs, a) for a in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                         "coinsurance", "paid", "owes")]
        for (x, al), v in zip(cols[3:12], tots):
            cv.text(x, fl.y + 2, money(v, ","), al)
        fl.y += 28
        claims.append(dict(claim_id=c["cid"], payer_claim_id=c["pcn"], patient=c["pat"],
                           totals=claim_totals(tots[0], tots[3], tots[7], tots[8])))
    fl.need(80)
    cv.font("helv-b", 8.5)
    cv.text(30, fl.y, "Notes about your claims")
    cv.font("helv", 7.6)
    for i, (k, v) in enumerate(legend):
        cv.text(30, fl.y + 12 + i * 10, f"{k}  {v}")
    cv.font("helv", 7)
    cv.text(30, 765, "Questions about this statement? Call the number on your member card. You may appeal within 180 days.")
    pages = cv.save()
    spec(name, lambda d: money(d, ","), lambda d: dfmt(d, "mdy2"), units_str)
    write_truth(out / f"{name}.pdf", name, "reportlab", pages,
                "Commercial PPO member EOB, family of four, claim boxes with ten amount columns; last claim "
                "continues onto page 2 under a repeated header.", lines, claims, legend)


# ============================================================================================ a2
def a2(out: Path):
    name = "h141_a2_sidebar_member_eob"
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.71"),
                   visit_copay=Decimal("30.00"))
    cl = [
        claim("PCN 8830-117", "0026-0104-8812-0", "Ada Lindqvist", [
            commercial(Svc(D(2026, 1, 7), "97167", 1, ("GO",)), st),
            commercial(Svc(D(2026, 1, 7), "97760", 2, ("GO",), desc=LONG_DESC["97760"]), st),
            commercial(Svc(D(2026, 1, 7), "L3807", 1, ("RT",), desc=LONG_DESC["L3807"]), st),
        ], prov="Fjord Street Occupational Therapy"),
        claim("PCN 8830-141", "0026-0111-3306-2", "Ada Lindqvist", [
            commercial(Svc(D(2026, 1, 14), "97530", 2, ("GO",)), st),
            commercial(Svc(D(2026, 1, 14), "97535", 1, ("GO",), desc=LONG_DESC["97535"]), st),
            commercial(Svc(D(2026, 1, 21), "97530", 2, ("GO",)), st),
            commercial(Svc(D(2026, 1, 21), "97110", 2, ("GO",), desc=LONG_DESC["97110"]), st),
        ], prov="Fjord Street Occupational Therapy"),
        claim("BRK-551902", "0026-0113-9045-7", "Oskar Lindqvist", [
            commercial(Svc(D(2026, 1, 12), "97163", 1, ("GP",)), st),
            commercial(Svc(D(2026, 1, 19), "97116", 2, ("GP",)), st),
            commercial(Svc(D(2026, 1, 19), "0552T", 1, ("GP",), denied="PR"), st, deny_reason="50"),
            commercial(Svc(D(2026, 1, 26), "97116", 2, ("GP",)), st),
            commercial(Svc(D(2026, 1, 26), "97112", 1, ("GP",)), st),
        ] + visits(D(2026, 1, 28), [0, 5, 7, 12], [("97116", 2, ("GP",)), ("97110", 1, ("GP",))],
                   lambda x: commercial(x, st)), prov="Brookline Motion Physical Therapy"),
        claim("SLP-0092-3", "0026-0120-1177-4", "Freya Lindqvist", [
            commercial(Svc(D(2026, 1, 22), "92507", 1, ("GN",)), st),
            commercial(Svc(D(2026, 1, 29), "92507", 1, ("GN",)), st),
            commercial(Svc(D(2026, 1, 29), "92526", 1, ("GN",)), st),
        ], prov="Tidewater Talk & Swallow"),
    ]
    for c in cl:
        for s in c["svcs"]:
            s.remarks = ["R12"] if s.denied else (["R03"] if s.copay else [])
    legend = [("R03", "Your office-visit copay was taken from this line."),
              ("R12", "We consider this treatment experimental for your plan, so it is not paid.")]
    cv = Canvas(out / f"{name}.pdf", "fpdf", LETTER, "Your Explanation of Benefits")
    X0 = 176
    cols = [(X0, "l"), (X0 + 46, "l"), (X0 + 100, "r"), (X0 + 148, "r"), (X0 + 200, "r"), (X0 + 250, "r"),
            (X0 + 300, "r"), (X0 + 310, "l")]

    def sidebar(cv, first):
        cv.rect(24, 24, 140, 744, lw=0.3, fill=0.95)
        cv.font("dejavu-b", 11)
        cv.text(32, 46, "BlueHeron")
        cv.text(32, 59, "Health Partners")
        cv.font("dejavu", 6.8)
        if first:
            side = ["Member: Henrik Lindqvist", "ID: BHP-7750-2291", "Plan: Family Select 2026",
                    "Issued: 02/03/2026", "", "Family deductible", "$750.00 of $750.00 met", "",
                    "Out-of-pocket maximum", "$1,212.40 of $6,000.00", "", "Covered on this EOB:",
                    "Ada, Oskar, Freya", "", "Call 1-877-555-0161", "TTY 711"]
        else:
            side = ["Member: Henrik Lindqvist", "ID: BHP-7750-2291", "", "Questions?", "1-877-555-0161",
                    "Mon-Fri 8am-8pm"]
        for i, t in enumerate(side):
            cv.text(32, 80 + i * 10, t)
        cv.font("dejavu-b", 12)
        cv.text(X0, 46, "Your Explanation of Benefits" if first else "Your Explanation of Benefits (continued)")
        cv.font("dejavu", 7)
        cv.text(588, 46, f"Page {cv.page} of {cv.TOTAL}", "r")
        cv.text(X0, 58, "This is a record of claims we processed. It is not a bill.")
        return 80

    heads = ["Date", "Service", "Qty", "Amount billed", "Your plan's rate", "Plan paid", "Your share", "Remark"]

    def colhead(y):
        cv.font("dejavu-b", 6.6)
        for (x, al), h in zip(cols, heads):
            cv.text(x, y, h, al)
        cv.hline(X0, 588, y + 4)
        return y + 14

    fl = Flow(cv, 740, sidebar)
    lines, claims = [], []
    for c in cl:
        def chead(y, cont=False, c=c):
            cv.font("dejavu-b", 8)
            cv.text(X0, y, c["pat"] + (" - continued" if cont else ""))
            cv.font("dejavu", 7)
            cv.text(X0, y + 10, f"{c['prov']}   Claim {c['pcn']}   Your provider's reference: {c['cid']}")
            return colhead(y + 24)

        fl.need(70)
        fl.y = chead(fl.y)
        for s in c["svcs"]:
            long = len(s.desc) > 40
            fl.need(22 if long else 12, cont=lambda y, c=c: chead(y, True))
            cv.font("dejavu", 7)
            vals = [dfmt(s.dos, "mdy4"), f"{s.code} {mods_sp(s)}", units_str(s.units), money(s.billed),
                    money(s.allowed), money(s.paid), money(s.owes), " ".join(s.remarks)]
            for (x, al), v in zip(cols, vals):
                cv.text(x, fl.y, v, al)
            cv.font("dejavu", 6)
            if long:
                cv.text(X0 + 46, fl.y + 8, s.desc[:70])
                fl.y += 8
            else:
                cv.text(X0 + 46, fl.y + 8, s.desc)
                fl.y += 8
            lines.append(truth_line(cv.page, s, claim_id=c["cid"], payer_claim_id=c["pcn"], patient=c["pat"],
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks,
                                    overrides={"description": s.desc[:70]}))
            fl.y += 12
        tots = [total(c["svcs"], a) for a in ("billed", "allowed", "paid", "owes")]
        cv.hline(X0, 588, fl.y - 8, 0.3)
        cv.font("dejavu-b", 7)
        cv.text(X0, fl.y + 1, "Total for this claim")
        for (x, al), v in zip(cols[3:7], tots):
            cv.text(x, fl.y + 1, money(v), al)
        fl.y += 24
        claims.append(dict(claim_id=c["cid"], payer_claim_id=c["pcn"], patient=c["pat"],
                           totals=claim_totals(*tots)))
    fl.need(40)
    cv.font("dejavu-b", 7.5)
    cv.text(X0, fl.y, "Remark codes")
    cv.font("dejavu", 6.8)
    for i, (k, v) in enumerate(legend):
        cv.text(X0, fl.y + 11 + i * 9, f"{k}: {v}")
    pages = cv.save()
    spec(name, money, lambda d: dfmt(d, "mdy4"), units_str)
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages,
                "Commercial member EOB with a left sidebar, narrow claim column with a small second description "
                "line; three family members; claim crossing to page 2 with repeated header.", lines, claims, legend)


# ============================================================================================ b1
def b1(out: Path):
    name = "h141_b1_msn_part_b"
    st = PlanState(ded_left=Decimal("62.00"))
    pat = "ROSALIND M. ACHTERBERG"
    cl = [
        claim(None, "26-006-71482-001", pat, [
            medicare(Svc(D(2026, 1, 6), "97161", 1, ("GP",)), st),
            medicare(Svc(D(2026, 1, 6), "97110", 2, ("GP",)), st),
        ], prov="Ridgeline Physical Therapy Group, 410 Quarry Rd, Millbrook, OH 44690", when=D(2026, 1, 6)),
        claim(None, "26-009-33107-002", pat, [
            medicare(Svc(D(2026, 1, 9), "97110", 2, ("GP",)), st),
            medicare(Svc(D(2026, 1, 9), "97140", 1, ("GP", "59")), st),
            medicare(Svc(D(2026, 1, 9), "G0283", 1, ("GP",)), st),
        ], prov="Ridgeline Physical Therapy Group, 410 Quarry Rd, Millbrook, OH 44690", when=D(2026, 1, 9)),
        claim(None, "26-013-90211-001", pat, [
            medicare(Svc(D(2026, 1, 13), "99213", 1, ()), st),
            medicare(Svc(D(2026, 1, 13), "0552T", 1, (), denied="PR"), st, deny_reason="50"),
        ], prov="Dr. Ibrahim Osei-Tutu, 88 Elm Court Ste 2, Millbrook, OH 44690", when=D(2026, 1, 13)),
        claim(None, "26-016-55820-003", pat, [
            medicare(Svc(D(2026, 1, 16), "97530", 2, ("GP", "KX")), st),
            medicare(Svc(D(2026, 1, 16), "97112", 1, ("GP", "KX")), st),
            medicare(Svc(D(2026, 1, 16), "97116", 1, ("GP", "CQ", "KX")), st),
        ], prov="Ridgeline Physical Therapy Group, 410 Quarry Rd, Millbrook, OH 44690", when=D(2026, 1, 16)),
        claim(None, "26-020-18764-001", pat, [
            medicare(Svc(D(2026, 1, 20), "97530", 2, ("GP", "KX")), st),
            medicare(Svc(D(2026, 1, 20), "97110", 1, ("GP", "KX")), st),
        ], prov="Ridgeline Physical Therapy Group, 410 Quarry Rd, Millbrook, OH 44690", when=D(2026, 1, 20)),
    ]
    for c in cl:
        for s in c["svcs"]:
            s.remarks = ["C"] if s.denied else (["A"] if s.deductible else []) + (["B"] if "KX" in s.mods else [])
            if s.seq:
                s.remarks.append("D")
    legend = [("A", "Part of the approved amount went toward your yearly Part B deductible."),
              ("B", "Your therapy costs passed the yearly amount; your provider confirmed the care is needed."),
              ("C", "Medicare does not pay for this service because it is not considered reasonable and necessary."),
              ("D", "A federal payment reduction of 2% was applied to the amount Medicare paid.")]
    cv = Canvas(out / f"{name}.pdf", "rl", LETTER, "Medicare Summary Notice")
    cols = [(40, "l"), (318, "c"), (392, "r"), (452, "r"), (510, "r"), (560, "r"), (572, "l")]

    def furniture(cv, first):
        cv.font("times-b", 16)
        cv.text(40, 48, "Medicare Summary Notice for Part B (Medical Insurance)")
        cv.font("times", 9)
        cv.text(40, 62, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services")
        cv.text(572, 78, f"Page {cv.page} of {cv.TOTAL}", "r")
        cv.text(40, 78, f"{pat}  |  Medicare Number XXXXXXX4K82")
        if first:
            cv.rect(40, 90, 532, 64, lw=0.8)
            cv.font("times-b", 10)
            cv.text(50, 106, "Your Claims & Costs This Period (January 1 - March 31, 2026)")
            cv.font("times", 9)
            cv.text(50, 120, "Did Medicare approve all services?  NO - see claim 3")
            cv.text(50, 132, f"Total you may be billed:  {money(sum((total(c['svcs'], 'owes') for c in cl), ZERO))}")
            cv.text(50, 144, "Deductible status: You have now met your $283.00 Part B deductible for 2026.")
            return 176
        return 100

    def colhead(y):
        cv.font("times-b", 7.8)
        hs = [("Service Provided & Billing Code", ""), ("Did Medicare", "Approve?"), ("Amount Provider", "Charged"),
              ("Medicare-", "Approved"), ("Amount", "Medicare Paid"), ("Maximum You", "May Be Billed"),
              ("See", "Notes")]
        for (x, al), (a, b) in zip(cols, hs):
            cv.text(x, y, a, al)
            cv.text(x, y + 9, b, al)
        cv.hline(40, 590, y + 13)
        return y + 24

    fl = Flow(cv, 720, furniture)
    lines, claims = [], []
    for c in cl:
        def chead(y, c=c):
            cv.rect(40, y - 10, 550, 28, lw=0.3, fill=0.92)
            cv.font("times-b", 9.5)
            cv.text(46, y + 1, f"{dfmt(c['when'], 'month')}")
            cv.font("times", 8.5)
            cv.text(160, y + 1, c["prov"])
            cv.text(46, y + 13, f"Claim Number: {c['pcn']}   Assignment accepted")
            return colhead(y + 32)

        fl.need(40 + 14 * len(c["svcs"]) + 20)
        fl.y = chead(fl.y)
        for s in c["svcs"]:
            cv.font("times", 8.5)
            vals = [f"{s.desc} ({code_dash(s)})", "No" if s.denied else "Yes", money(s.billed), money(s.allowed),
                    money(s.paid), money(s.owes), " ".join(s.remarks)]
            for (x, al), v in zip(cols, vals):
                cv.text(x, fl.y, v, al)
            lines.append(truth_line(cv.page, s, claim_id=None, payer_claim_id=c["pcn"], patient=pat,
                                    printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                                    remarks=s.remarks))
            fl.y += 13
        tots = [total(c["svcs"], a) for a in ("billed", "allowed", "paid", "owes")]
        cv.font("times-b", 8.5)
        cv.text(40, fl.y + 2, "Total for Claim")
        for (x, al), v in zip(cols[2:6], tots):
            cv.text(x, fl.y + 2, money(v), al)
        fl.y += 32
        claims.append(dict(claim_id=None, payer_claim_id=c["pcn"], patient=pat, totals=claim_totals(*tots)))
    fl.need(70)
    cv.font("times-b", 9.5)
    cv.text(40, fl.y, "Notes for Claims Above")
    cv.font("times", 8.5)
    for i, (k, v) in enumerate(legend):
        cv.text(40, fl.y + 13 + i * 11, f"{k}  {v}")
    pages = cv.save()
    spec(name, money, lambda d: dfmt(d, "month"), None, date_on_row=False)
    write_truth(out / f"{name}.pdf", name, "reportlab", pages,
                "Medicare Summary Notice Part B: claims keyed by a service-date heading, code in parentheses after "
                "the description, no units, note letters, claim totals, summary box on page 1.",
                lines, claims, legend)


# ============================================================================================ b2
def b2(out: Path):
    name = "h141_b2_medicare_advantage_eob"
    st = PlanState(ded_left=Decimal("0.00"), visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.64"))
    pat = "Cornelius T. Babbage-Reyes"
    cl = [
        claim("A0044198", "MA26011400871", pat, [
            commercial(Svc(D(2026, 1, 5), "97165", 1, ("GO",)), st),
            commercial(Svc(D(2026, 1, 5), "97535", 2, ("GO",)), st),
            commercial(Svc(D(2026, 1, 12), "97530", 3, ("GO",)), st),
            commercial(Svc(D(2026, 1, 12), "97110", 1, ("GO",)), st),
            commercial(Svc(D(2026, 1, 19), "97530", 2, ("GO",)), st),
            commercial(Svc(D(2026, 1, 19), "97535", 2, ("GO",)), st),
            commercial(Svc(D(2026, 1, 26), "97168", 1, ("GO",)), st),
            commercial(Svc(D(2026, 1, 26), "97530", 2, ("GO",)), st),
        ], prov="Lakeshore Senior Rehabilitation, OT Dept."),
        claim("A0044502", "MA26013000766", pat, visits(
            D(2026, 1, 6), [0, 3, 7, 10, 14, 17], [("97110", 2, ("GP",)), ("97112", 1, ("GP",)), ("97140", 1, ("GP", "CQ"))],
            lambda x: commercial(x, st)), prov="Lakeshore Senior Rehabilitation, PT Dept."),
        claim("55-301927", "MA26012000412", pat, [
            commercial(Svc(D(2026, 1, 15), "99213", 1, ()), st),
            commercial(Svc(D(2026, 1, 15), "97760", 1, ("GO",)), st),
        ], prov="Hollis Creek Family Medicine"),
        claim("A0044377", "MA26012800095", pat, [
            commercial(Svc(D(2026, 1, 28), "92507", 1, ("GN",)), st),
            commercial(Svc(D(2026, 1, 28), "97129", 1, ("GN",)), st),
            commercial(Svc(D(2026, 1, 28), "92526", 1, ("GN",), denied="CO"), st, deny_reason="197"),
        ], prov="Lakeshore Senior Rehabilitation, Speech Dept."),
    ]
    short = {"97129": "Cognitive skills therapy", "97535": "Home/self-care training", "97760": "Orthotic training"}
    for c in cl:
        for s in c["svcs"]:
            s.desc = short.get(s.code, s.desc)
    for c in cl:
        for s in c["svcs"]:
            s.remarks = ["4"] if s.denied else (["1"] if s.copay else [])
    legend = [("1", "Your specialist copay for this visit."),
              ("4", "Prior approval was not on file. You are not responsible for this amount.")]
    cv = Canvas(out / f"{name}.pdf", "fpdf", LAND, "Explanation of Benefits")
    cols = [(36, "l"), (100, "l"), (300, "r"), (370, "r"), (440, "r"), (500, "r"), (548, "r"), (606, "r"),
            (676, "r"), (690, "l")]
    heads = [("Date of", "service"), ("Service description", "(code)"), ("Provider", "charged"),
             ("Plan-approved", "amount"), ("Plan", "paid"), ("", "Deductible"), ("", "Copay"), ("", "Coinsurance"),
             ("What you", "may owe"), ("See", "note")]

    def furniture(cv, first):
        cv.font("libserif-b", 14)
        cv.text(36, 40, "Sunward Senior Advantage (HMO-POS)")
        cv.font("libserif", 8.5)
        cv.text(36, 52, "Explanation of Benefits for January 2026  -  This is not a bill")
        cv.text(756, 40, f"Member: {pat}", "r")
        cv.text(756, 52, f"Member ID: SSA-0093-44710   Page {cv.page} of {cv.TOTAL}", "r")
        if first:
            cv.rect(36, 64, 720, 40, lw=0.5)
            cv.font("libserif", 8.5)
            allv = [x for c in cl for x in c["svcs"]]
            cv.text(44, 78, f"Total this month:  Provider charged {money(total(allv, 'billed'))}  |  Plan paid "
                    f"{money(total(allv, 'paid'))}  |  You may owe {money(total(allv, 'owes'))}")
            cv.text(44, 92, "Your out-of-pocket spending for covered medical services so far in 2026: $150.00 of $4,900.00")
            return 124
        return 76

    def colhead(y):
        cv.rect(36, y - 9, 720, 22, lw=0.3, fill=0.9)
        cv.font("libserif-b", 7.6)
        for (x, al), (a, b) in zip(cols, heads):
            cv.text(x, y, a, al)
            cv.text(x, y + 9, b, al)
        return y + 24

    fl = Flow(cv, 560, furniture)
    lines, claims = [], []
    for c in cl:
        def chead(y, cont=False, c=c):
            cv.font("libserif-b", 9)
            cv.text(36, y, f"Claim ID {c['pcn']}" + ("  (continued from previous page)" if cont else ""))
            cv.font("libserif", 8.5)
            cv.text(230, y, f"Provider: {c['prov']}")
            cv.text(520, y, f"Your account # with provider: {c['cid']}")
            return colhead(y + 16)

        fl.need(80)
        fl.y = chead(fl.y)
        for s in c["svcs"]:
            fl.need(13, cont=lambda y, c=c: chead(y, True))
            cv.font("libserif", 8.5)
            vals = [dfmt(s.dos, "mdy4"), f"{s.desc} ({s.code}{' ' + mods_sp(s) if s.mods else ''})", money(s.billed),
                    money(s.allowed), money(s.paid), money(s.deductible), money(s.copay), money(s.coinsurance),
                    money(s.owes), " ".join(s.remarks)]
            for (x, al), v in zip(cols, vals):
                cv.text(x, fl.y, v, al)
            lines.append(truth_line(cv.page, s, claim_id=c["cid"], payer_claim_id=c["pcn"], patient=pat,
                                    printed=("billed", "allowed", "paid", "deductible", "copay", "coinsurance",
                                             "patient_owes"), units=False, remarks=s.remarks))
            fl.y += 13
        tots = [total(c["svcs"], a) for a in ("billed", "allowed", "paid", "deductible", "copay", "coinsurance",
                                              "owes")]
        cv.hline(36, 756, fl.y - 8, 0.3)
        cv.font("libserif-b", 8.5)
        cv.text(100, fl.y + 2, "Claim total")
        for (x, al), v in zip(cols[2:9], tots):
            cv.text(x, fl.y + 2, money(v), al)
        fl.y += 30
        claims.append(dict(claim_id=c["cid"], payer_claim_id=c["pcn"], patient=pat,
                           totals=claim_totals(tots[0], tots[1], tots[2], tots[6])))
    fl.need(50)
    cv.font("libserif-b", 9)
    cv.text(36, fl.y, "Notes")
    cv.font("libserif", 8.5)
    for i, (k, v) in enumerate(legend):
        cv.text(36, fl.y + 12 + i * 11, f"{k}. {v}")
    pages = cv.save()
    spec(name, money, lambda d: dfmt(d, "mdy4"), None)
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages,
                "Medicare Advantage member EOB, landscape: code in parentheses in the description, no units, "
                "per-visit copay, claim continuing across the page break.", lines, claims, legend)


# ============================================================================================ c1
def c1(out: Path):
    name = "h141_c1_medicaid_ra_mainframe"
    def mk(*a, deny=None, **k):
        s = Svc(*a, **k)
        if deny:
            s.denied = "CO"
        return medicaid(s, deny_reason=deny or "197")
    orig = mk(D(2025, 12, 15), "97530", 4, ("GO",))
    cl = [
        claim("OT-5512", "2626005112400", "WREN, TOBIAS J", [
            mk(D(2026, 1, 5), "97530", 4, ("GO",)), mk(D(2026, 1, 5), "97535", 2, ("GO",)),
            mk(D(2026, 1, 7), "97530", 3, ("GO",)), mk(D(2026, 1, 7), "97112", 1, ("GO", "59")),
            mk(D(2026, 1, 9), "97530", 4, ("GO",)), mk(D(2026, 1, 9), "97110", 2, ("GO",)),
            mk(D(2026, 1, 12), "97168", 1, ("GO",)), mk(D(2026, 1, 12), "97530", 2, ("GO",)),
        ], sec="PAID"),
        claim("SP-20077", "2626006104411", "BELLWEATHER, IRIS", [
            mk(D(2026, 1, 6), "92523", 1, ("GN",)), mk(D(2026, 1, 8), "92507", 1, ("GN",)),
            mk(D(2026, 1, 13), "92507", 1, ("GN",)),
        ], sec="PAID"),
        claim("OT-5561", "2626006104592", "QUILLFEATHER, MAE", visits(
            D(2026, 1, 6), [0, 2, 7, 9, 14], [("97530", 3, ("GO",)), ("97535", 1, ("GO",))], medicaid), sec="PAID"),
        claim("PT-1190", "2626006104603", "NAKASHIMA, KEN", visits(
            D(2026, 1, 5), [0, 3, 8, 10], [("97110", 2, ("GP",)), ("97116", 1, ("GP",)), ("97140", 1, ("GP", "59"))],
            medicaid),
            sec="PAID"),
        claim("OT-5540", "2626007200381", "NAKASHIMA, KEN", [
            mk(D(2026, 1, 8), "97165", 1, ("GO",), deny="N"), mk(D(2026, 1, 8), "97530", 2, ("GO",), deny="N"),
        ], sec="DENIED"),
        claim("OT-5488", "2626008900112", "WREN, TOBIAS J", [negate(orig)], sec="ADJUSTED", note="VOID OF ICN 2625351077800"),
        claim("OT-5488", "2626008900113", "WREN, TOBIAS J", [mk(D(2025, 12, 15), "97530", 3, ("GO",))], sec="ADJUSTED",
              note="REPLACES ICN 2625351077800"),
    ]
    eob = {"PAID": "0090", "DENIED": "0412", "ADJUSTED": "0622"}
    for c in cl:
        for s in c["svcs"]:
            s.remarks = [eob[c["sec"]]] + (["0231"] if c["sec"] == "DENIED" else [])
    legend = [("0090", "PAID AT THE LESSER OF BILLED CHARGE OR THE PROGRAM MAXIMUM FEE."),
              ("0412", "NO PRIOR AUTHORIZATION ON FILE FOR THIS THERAPY SERVICE."),
              ("0231", "RECIPIENT ELIGIBILITY PENDING REDETERMINATION ON DATE OF SERVICE."),
              ("0622", "CLAIM ADJUSTED AT PROVIDER REQUEST - UNITS CORRECTED.")]
    cv = Canvas(out / f"{name}.pdf", "fpdf", LAND, "REMITTANCE ADVICE")
    FS, LH = 7.6, 10.2

    def mon(d):
        return money(d, "", "trail")

    def furniture(cv, first):
        cv.font("cour-b", FS)
        cv.text(30, 30, "STATE OF NORTH PLAINFIELD  DEPT OF HEALTH & FAMILY SERVICES  MEDICAL ASSISTANCE PROGRAM")
        cv.text(762, 30, f"PAGE {cv.page:>4}", "r")
        cv.font("cour", FS)
        cv.text(30, 30 + LH, "REMITTANCE ADVICE      RA NUMBER 0006612      RUN DATE 01/30/26      PAYMENT CYCLE 2026-04")
        cv.text(30, 30 + 2 * LH, "PROVIDER 4410093001  KESTREL PEDIATRIC THERAPY ASSOC  2210 MILL RACE RD  AUBURN JCT NP 58102")
        cv.text(30, 30 + 3 * LH, "-" * 150)
        cv.text(30, 30 + 4 * LH, "RECIPIENT NAME            RECIP ID     ICN             PAT ACCT   LN FROM   THRU   PROC  MODS   UNITS     BILLED    ALLOWED       PAID  EOB CODES")
        cv.text(30, 30 + 5 * LH, "-" * 150)
        return 30 + 7 * LH

    fl = Flow(cv, 562, furniture)
    lines, claims = [], []
    ids = {"QUILLFEATHER, MAE": "700441983", "WREN, TOBIAS J": "700118245", "BELLWEATHER, IRIS": "700302117", "NAKASHIMA, KEN": "700556021"}
    cur = None
    for c in cl:
        if c["sec"] != cur:
            cur = c["sec"]
            fl.need(3 * LH)
            cv.font("cour-b", FS)
            cv.text(30, fl.y, f"*** CLAIMS {cur} ***")
            fl.y += LH * 1.5
        fl.need(3 * LH)
        cv.font("cour", FS)
        head = f"{c['pat']:<25} {ids[c['pat']]:<12} {c['pcn']:<15} {c['cid']:<10}"
        cv.text(30, fl.y, head + ("  " + c["note"] if c.get("note") else ""))
        fl.y += LH
        for i, s in enumerate(c["svcs"], 1):
            if fl.need(LH):
                cv.font("cour", FS)
                cv.text(30, fl.y, head + "  CONTINUED")
                fl.y += LH
            cv.font("cour", FS)
            row = (" " * 64 + f"{i:02d} {mmddyy(s.dos)} {mmddyy(s.dos)} {s.code} {mods_sp(s):<6}"
                   f"{u2(s.units if s.billed >= 0 else -s.units):>6} {mon(s.billed):>10} {mon(s.allowed):>10} "
                   f"{mon(s.paid):>10}  {' '.join(s.remarks)}")
            cv.text(30, fl.y, row)
            lines.append(truth_line(cv.page, s, claim_id=c["cid"], payer_claim_id=c["pcn"], patient=c["pat"],
                                    printed=("billed", "allowed", "paid"), remarks=s.remarks,
                                    overrides={"units": units_str(s.units if s.billed >= 0 else -s.units)}))
            fl.y += LH
        tots = [total(c["svcs"], a) for a in ("billed", "allowed", "paid")]
        cv.text(30, fl.y, " " * 64 + "CLAIM TOTAL" + " " * 25 + f"{mon(tots[0]):>10} {mon(tots[1]):>10} {mon(tots[2]):>10}")
        fl.y += LH * 1.6
        claims.append(dict(claim_id=c["cid"], payer_claim_id=c["pcn"], patient=c["pat"],
                           totals=claim_totals(tots[0], tots[1], tots[2])))
    fl.need(LH * 9)
    cv.font("cour", FS)
    net = sum((total(c["svcs"], "paid") for c in cl), ZERO)
    cv.text(30, fl.y, f"TOTAL CLAIMS {len(cl):>3}    NET PAYMENT THIS RA {mon(net):>10}    EFT TRACE 0004417729")
    fl.y += LH * 2
    cv.text(30, fl.y, "EOB CODE MESSAGES")
    for i, (k, v) in enumerate(legend, 1):
        cv.text(30, fl.y + i * LH, f"{k}  {v}")
    pages = cv.save()
    spec(name, lambda d: money(d, "", "trail"), mmddyy, u2)
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages,
                "State Medicaid RA, mainframe Courier print: paid/denied/adjusted sections, MMDDYY dates, units with "
                "two decimals, trailing-minus void and replacement, EOB codes, sections running onto page 2.",
                lines, claims, legend)


# ============================================================================================ c2
def c2(out: Path):
    name = "h141_c2_medicaid_ra_portal"

    def mk(dos, code, units, mods, copay="0.00", tpl="0.00", deny=None):
        s = Svc(dos, code, units, mods)
        if deny:
            s.denied = "CO"
            s = medicaid(s, deny_reason=deny)
            return s
        s = medicaid(s)
        s.copay = Decimal(copay)
        s.coinsurance = ZERO
        s.not_covered = ZERO
        tpl = Decimal(tpl)
        s.paid = s.allowed - s.copay - tpl
        s.tpl = tpl
        if s.copay:
            s.adjs.append(("PR", "3", s.copay))
        if tpl:
            s.adjs.append(("OA", "23", tpl))
        s.owes = s.copay
        return s

    cl = [
        claim("MRN40021-A", "1126014000375", "Delphine Ashgrove", [
            mk(D(2026, 1, 6), "97161", 1, ("GP",), copay="2.00"),
            mk(D(2026, 1, 6), "97110", 3, ("GP",)),
            mk(D(2026, 1, 8), "97110", 2, ("GP",), copay="2.00"),
            mk(D(2026, 1, 8), "97140", 2, ("GP", "59")),
            mk(D(2026, 1, 8), "97116", 1, ("GP",)),
        ]),
        claim("MRN40188-B", "1126014000376", "Julian Ashgrove", [
            mk(D(2026, 1, 7), "97166", 1, ("GO",), tpl="40.00"),
            mk(D(2026, 1, 7), "97530", 2, ("GO",), tpl="20.00"),
        ]),
        claim("MRN39977-A", "1126015000190", "Priya Venkataraman", [
            mk(D(2026, 1, 9), "92507", 1, ("GN",)),
            mk(D(2026, 1, 9), "92526", 1, ("GN",)),
            mk(D(2026, 1, 12), "92507", 1, ("GN",)),
            mk(D(2026, 1, 14), "92507", 1, ("GN",)),
            mk(D(2026, 1, 16), "92507", 1, ("GN",)),
            mk(D(2026, 1, 16), "97129", 2, ("GN",)),
            mk(D(2026, 1, 19), "92507", 1, ("GN",)),
        ]),
        claim("MRN40310-C", "1126016000044", "Mateus Cordeiro", [
            mk(D(2026, 1, 12), "97535", 2, ("GO",), deny="16"),
            mk(D(2026, 1, 12), "97760", 1, ("GO",), deny="16"),
        ]),
        claim("MRN40021-A", "1126019000512", "Delphine Ashgrove", [
            mk(D(2026, 1, 20), "97110", 2, ("GP",), copay="2.00"),
            mk(D(2026, 1, 20), "97112", 2, ("GP",)),
            mk(D(2026, 1, 22), "97110", 2, ("GP", "CQ"), copay="2.00"),
        ]),
    ]
    for c in cl:
        for s in c["svcs"]:
            s.remarks = ["N382"] if s.denied else []
    legend = [("CO-45", "Charge is above the program fee schedule; the difference is written off."),
              ("CO-16", "Claim is missing information needed to process it; correct and resubmit."),
              ("PR-3", "Member copayment."),
              ("OA-23", "Amount already paid by the member's other coverage."),
              ("N382", "Patient identifier is missing or does not match our records.")]
    cv = Canvas(out / f"{name}.pdf", "rl", LETTER, "Remittance Advice Report")
    cols = [(32, "l"), (48, "l"), (98, "l"), (172, "r"), (220, "r"), (268, "r"), (304, "r"), (340, "r"),
            (386, "r"), (398, "l")]
    heads = ["Ln", "Svc Date", "Proc/Mod", "Qty", "Billed Amt", "Allowed Amt", "Copay", "TPL", "Paid Amt",
             "Adj Reason / Remark"]

    def furniture(cv, first):
        cv.font("helv-b", 12)
        cv.text(32, 40, "Granite State Health Coverage Program")
        cv.font("helv", 8)
        cv.text(32, 52, "Medicaid Management Information System  |  Provider Remittance Advice Report")
        cv.text(580, 40, f"Page {cv.page} of {cv.TOTAL}", "r")
        cv.text(580, 52, "Remit date 01/28/2026  |  Remit # 26-0128-00731", "r")
        cv.hline(32, 580, 60, 1.2)
        if first:
            cv.font("helv", 8)
            cv.text(32, 74, "Payee: Summit Valley Rehab Services LLC     NPI 1990087345     Payee ID 3300917")
            cv.text(32, 86, "Payment method: EFT     Trace number 8820019944     Payment amount shown on summary page")
            return 108
        return 78

    def colhead(y):
        cv.font("helv-b", 7)
        for (x, al), h in zip(cols, heads):
            cv.text(x, y, h, al)
        cv.hline(32, 580, y + 3, 0.5)
        return y + 13

    fl = Flow(cv, 740, furniture)
    lines, claims = [], []
    for c in cl:
        status = "Denied" if c["svcs"][0].denied else "Paid"

        def chead(y, cont=False, c=c, status=status):
            cv.rect(32, y - 9, 548, 24, lw=0.4, fill=0.93)
            cv.font("helv-b", 8)
            cv.text(36, y, f"TCN {c['pcn']}" + (" (cont.)" if cont else ""))
            cv.text(170, y, f"Member: {c['pat']}")
            cv.font("helv", 7.5)
            cv.text(360, y, f"Medicaid ID: {c['pcn'][-4:]}55{len(c['pat'])}0917")
            cv.text(36, y + 10, f"Patient Acct #: {c['cid']}")
            cv.text(170, y + 10, f"Claim status: {status}")
            cv.text(360, y + 10, "Claim type: Professional (837P)")
            return colhead(y + 28)

        fl.need(70)
        fl.y = chead(fl.y)
        for i, s in enumerate(c["svcs"], 1):
            fl.need(12, cont=lambda y, c=c: chead(y, True))
            cv.font("helv", 7.4)
            adj = "  ".join(f"{g}-{r} {money(a, '')}" for g, r, a in s.adjs)
            vals = [str(i), dfmt(s.dos, "mdy4"), f"{s.code} {mods_sp(s)}", units_str(s.units), money(s.billed, ""),
                    money(s.allowed, ""), money(s.copay, ""), money(getattr(s, "tpl", ZERO), ""), money(s.paid, ""),
                    (adj + ("  " + " ".join(s.remarks) if s.remarks else ""))]
            for (x, al), v in zip(cols, vals):
                cv.text(x, fl.y, v, al)
            lines.append(truth_line(cv.page, s, claim_id=c["cid"], payer_claim_id=c["pcn"], patient=c["pat"],
                                    printed=("billed", "allowed", "copay", "paid"), adjustments=s.adjs,
                                    remarks=s.remarks))
            fl.y += 12
        tots = [total(c["svcs"], a) for a in ("billed", "allowed", "copay")] + [
            sum((getattr(s, "tpl", ZERO) for s in c["svcs"]), ZERO), total(c["svcs"], "paid")]
        cv.font("helv-b", 7.4)
        cv.text(70, fl.y + 1, "Claim Totals")
        for (x, al), v in zip(cols[4:9], tots):
            cv.text(x, fl.y + 1, money(v, ""), al)
        fl.y += 26
        claims.append(dict(claim_id=c["cid"], payer_claim_id=c["pcn"], patient=c["pat"],
                           totals=claim_totals(tots[0], tots[1], tots[4], None)))
    fl.need(70)
    cv.font("helv-b", 8)
    cv.text(32, fl.y, "Adjustment and remark code descriptions")
    cv.font("helv", 7.4)
    for i, (k, v) in enumerate(legend):
        cv.text(32, fl.y + 11 + i * 10, f"{k}   {v}")
    pages = cv.save()
    spec(name, lambda d: money(d, ""), lambda d: dfmt(d, "mdy4"), units_str,
         adj_fn=lambda g, r, a: [f"{g}-{r}", money(Decimal(a), "")], adj_complete=True)
    write_truth(out / f"{name}.pdf", name, "reportlab", pages,
                "State Medicaid portal RA: TCN claim bands, copay and TPL columns, CARC-style group-reason codes "
                "with amounts on the line, denied claim, claim continuing onto page 2.", lines, claims, legend)


# ============================================================================================ d1
def d1(out: Path):
    name = "h141_d1_clearinghouse_era_view"
    st = PlanState(ded_left=Decimal("40.00"))
    cl = [
        claim("ACC-118204", "22026012100418", "PEMBERTON, LOUISA", [
            medicare(Svc(D(2026, 1, 5), "97163", 1, ("GP",)), st),
            medicare(Svc(D(2026, 1, 5), "97110", 2, ("GP",)), st),
            medicare(Svc(D(2026, 1, 7), "97110", 2, ("GP",)), st),
            medicare(Svc(D(2026, 1, 7), "97140", 1, ("GP", "59")), st),
        ]),
        claim("ACC-118377", "22026012100533", "FAIRWEATHER, DESMOND", [
            medicare(Svc(D(2026, 1, 6), "97167", 1, ("GO",)), PlanState()),
            medicare(Svc(D(2026, 1, 6), "97535", 2, ("GO",)), PlanState()),
            medicare(Svc(D(2026, 1, 8), "97530", 3, ("GO", "KX")), PlanState()),
            medicare(Svc(D(2026, 1, 8), "97760", 1, ("GO",)), PlanState()),
            medicare(Svc(D(2026, 1, 8), "L3807", 1, ("RT",), denied="CO"), PlanState(), deny_reason="16"),
            medicare(Svc(D(2026, 1, 13), "97530", 2, ("GO", "CO")), PlanState()),
            medicare(Svc(D(2026, 1, 13), "97110", 1, ("GO", "CO")), PlanState()),
            medicare(Svc(D(2026, 1, 15), "97530", 2, ("GO", "CO")), PlanState()),
            medicare(Svc(D(2026, 1, 15), "97140", 1, ("GO", "CO")), PlanState()),
        ]),
        claim("ACC-118401", "22026012100610", "OYELARAN, BABAJIDE", [
            medicare(Svc(D(2026, 1, 9), "92523", 1, ("GN",)), PlanState()),
            medicare(Svc(D(2026, 1, 14), "92507", 1, ("GN",)), PlanState()),
        ]),
    ]
    for c in cl:
        for s in c["svcs"]:
            s.remarks = ["M51"] if s.denied else []
    legend = [("CO-45", "Charge exceeds the fee schedule amount."), ("PR-1", "Deductible amount."),
              ("PR-2", "Coinsurance amount."), ("CO-253", "Federal payment reduction."),
              ("CO-16", "Claim lacks information needed for adjudication."),
              ("M51", "Procedure code missing or not valid for the item billed.")]
    cv = Canvas(out / f"{name}.pdf", "rl", LAND, "ERA Detail")
    cols = [(46, "l"), (100, "l"), (186, "r"), (246, "r"), (306, "r"), (360, "r"), (414, "r"), (474, "r"),
            (490, "l"), (712, "l")]
    heads = ["Svc Date", "Proc-Mods", "Units", "Charge", "Allowed", "Deduct", "Coins", "Paid", "Adjustments",
             "Remarks"]

    def furniture(cv, first):
        cv.font("dejavu-b", 12)
        cv.text(40, 36, "ClaimBridge Exchange  -  Remittance Detail (835) View")
        cv.font("dejavu", 7.5)
        cv.text(752, 36, f"Page {cv.page} of {cv.TOTAL}", "r")
        cv.text(40, 48, "Payer: Great Lakes Medicare Administrative Services (Part B)   Payee: Lantern Point Rehabilitation   NPI 1457023398")
        cv.text(40, 58, "Check/EFT # 881230045   Issue date 01/21/2026   Printed by user kmoss 01/22/2026 08:14")
        cv.hline(40, 752, 64, 1)
        return 86

    def colhead(y):
        cv.font("dejavu-b", 7)
        for (x, al), h in zip(cols, heads):
            cv.text(x, y, h, al)
        cv.hline(46, 746, y + 3, 0.4)
        return y + 13

    fl = Flow(cv, 560, furniture)
    lines, claims = [], []
    for c in cl:
        top = [fl.y]

        def chead(y, cont=False, c=c, top=top):
            top[0] = y - 12
            cv.font("dejavu-b", 8)
            cv.text(46, y, f"Patient: {c['pat']}" + ("   (claim continued)" if cont else ""))
            cv.font("dejavu", 7.4)
            cv.text(250, y, f"Patient Control #: {c['cid']}")
            cv.text(430, y, f"Payer Claim Control #: {c['pcn']}")
            cv.text(46, y + 10, "Claim Status: 1 - Processed as Primary")
            cv.text(250, y + 10, "MBI: 4TR8-QX1-MM" + c["cid"][-2:])
            cv.text(430, y + 10, "Rendering NPI 1881099023")
            return colhead(y + 24)

        def close(yb, top=top):
            cv.rect(40, top[0], 712, yb - top[0], lw=0.7)

        fl.need(80)
        fl.y = chead(fl.y + 12)
        for s in c["svcs"]:
            adj = [f"{g}-{r} {money(a)}" for g, r, a in s.adjs]
            rows = [";  ".join(adj[i:i + 2]) for i in range(0, len(adj), 2)]
            h = 11 * len(rows)
            if fl.y + h > fl.bottom:
                close(fl.y - 4)
                fl.need(h + 100, cont=lambda y, c=c: chead(y + 12, True))
            cv.font("dejavu", 7.2)
            vals = [dfmt(s.dos, "mdy4"), code_dash(s), units_str(s.units), money(s.billed), money(s.allowed),
                    money(s.deductible), money(s.coinsurance), money(s.paid), rows[0], " ".join(s.remarks)]
            for (x, al), v in zip(cols, vals):
                cv.text(x, fl.y, v, al)
            for j, r in enumerate(rows[1:], 1):
                cv.text(490, fl.y + 11 * j, r)
            lines.append(truth_line(cv.page, s, claim_id=c["cid"], payer_claim_id=c["pcn"], patient=c["pat"],
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks))
            fl.y += h + 2
        tots = [total(c["svcs"], a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid")]
        cv.font("dejavu-b", 7.2)
        cv.text(96, fl.y + 2, "Claim Totals")
        for (x, al), v in zip(cols[3:8], tots):
            cv.text(x, fl.y + 2, money(v), al)
        cv.text(490, fl.y + 2, f"Patient Resp {money(tots[2] + tots[3])}")
        close(fl.y + 8)
        fl.y += 30
        claims.append(dict(claim_id=c["cid"], payer_claim_id=c["pcn"], patient=c["pat"],
                           totals=claim_totals(tots[0], tots[1], tots[4], None)))
    fl.need(80)
    cv.font("dejavu-b", 7.5)
    cv.text(40, fl.y, "Code glossary (plain-language summaries)")
    cv.font("dejavu", 7)
    for i, (k, v) in enumerate(legend):
        cv.text(40 + (i % 2) * 360, fl.y + 11 + (i // 2) * 10, f"{k}  {v}")
    pages = cv.save()
    spec(name, money, lambda d: dfmt(d, "mdy4"), units_str, adj_fn=lambda g, r, a: [f"{g}-{r} {money(Decimal(a))}"],
         k=3, adj_complete=True)
    write_truth(out / f"{name}.pdf", name, "reportlab", pages,
                "Clearinghouse ERA viewer print of a Medicare Part B remit: boxed claim cards, proc-mods hyphenated, "
                "several adjustments per cell stacked over lines, last card on page 2.", lines, claims, legend)


# ============================================================================================ d2
def d2(out: Path):
    name = "h141_d2_pm_medicare_spr"
    st = PlanState(ded_left=Decimal("0.00"))
    cl = [
        claim("0000418827", "0226011470221", "MCALLISTER, VERA", [
            medicare(Svc(D(2026, 1, 5), "97110", 2, ("GP",)), st),
            medicare(Svc(D(2026, 1, 5), "97112", 1, ("GP",)), st),
            medicare(Svc(D(2026, 1, 5), "97140", 1, ("GP", "59")), st),
        ]),
        claim("0000418902", "0226011470236", "DUBROVNIK, ANTON", [
            medicare(Svc(D(2026, 1, 6), "97166", 1, ("GO",)), PlanState(ded_left=Decimal("283.00"))),
            medicare(Svc(D(2026, 1, 6), "97530", 2, ("GO",)), PlanState(ded_left=Decimal("185.00"))),
        ]),
        claim("0000419015", "0226011470248", "GREYSTOKE, ELINOR", [
            medicare(Svc(D(2026, 1, 7), "92507", 1, ("GN",)), st),
            medicare(Svc(D(2026, 1, 9), "92507", 1, ("GN",)), st),
            medicare(Svc(D(2026, 1, 12), "92507", 1, ("GN",)), st),
            medicare(Svc(D(2026, 1, 14), "92507", 1, ("GN",)), st),
            medicare(Svc(D(2026, 1, 14), "92526", 1, ("GN", "KX")), st),
            medicare(Svc(D(2026, 1, 16), "92507", 1, ("GN", "KX")), st),
            medicare(Svc(D(2026, 1, 16), "97129", 2, ("GN", "KX")), st),
        ]),
        claim("0000419120", "0226011470255", "MCALLISTER, VERA", [
            medicare(Svc(D(2026, 1, 8), "99213", 1, ()), st),
            medicare(Svc(D(2026, 1, 8), "G0283", 1, ("GP",), denied="CO"), st, deny_reason="97"),
        ]),
        claim("0000419244", "0226011470263", "TREMBLAY-OKAFOR, JUNE", visits(
            D(2026, 1, 12), [0, 2, 4], [("97530", 2, ("GO",)), ("97535", 1, ("GO",))], lambda x: medicare(x, st))),
    ]
    for c in cl:
        for s in c["svcs"]:
            s.remarks = ["N20"] if s.denied else []
    cv = Canvas(out / f"{name}.pdf", "fpdf", LETTER, "Medicare Remittance")
    FS, LH = 7, 11

    def furniture(cv, first):
        cv.font("dvmono-b", FS + 1)
        cv.text(24, 30, "TALLGRASS PRACTICE SUITE - MEDICARE PART B REMITTANCE (PAPER FORMAT)")
        cv.font("dvmono", FS)
        cv.text(588, 30, f"PAGE #: {cv.page} OF {cv.TOTAL}", "r")
        cv.text(24, 30 + LH, "PAYER: MIDCONTINENT MAC JURISDICTION 6     PROVIDER #: 0093114     CHECK/EFT #: 000771934")
        cv.text(24, 30 + 2 * LH, "PAYEE: WILLOWBEND THERAPY PARTNERS PC      REMIT DATE: 01/23/2026    PRINTED: 01/24/2026")
        cv.text(24, 30 + 4 * LH, "PERF PROV   SERV DATE   POS NOS PROC  MODS         BILLED   ALLOWED    DEDUCT     COINS  GRP/RC-AMT       PROV PD")
        cv.text(24, 30 + 5 * LH, "_" * 118)
        return 30 + 7 * LH

    fl = Flow(cv, 760, furniture)
    lines, claims = [], []
    mon = lambda d: money(d, "")  # noqa: E731
    mids = {"TREMBLAY-OKAFOR, JUNE": "5GH9EW2TN63", "MCALLISTER, VERA": "1TQ4FR7MK21", "DUBROVNIK, ANTON": "7PW2KC3HV55", "GREYSTOKE, ELINOR": "3XN6DA8QR04"}
    for c in cl:
        svcs = c["svcs"]
        fl.need(LH * 5)
        cv.font("dvmono", FS)
        cv.text(24, fl.y, f"NAME {c['pat']:<22} MID {mids[c['pat']]}   ACNT {c['cid']}   ICN {c['pcn']}   ASG Y   MOA MA01")
        fl.y += LH
        for s in svcs:
            extra = s.adjs[1:]
            fl.need(LH * (1 + len(extra)))
            cv.font("dvmono", FS)
            g, r, a = s.adjs[0]
            row = (f"1881042276  {s.dos:%m%d} {s.dos:%m%d%y} 11 {units_str(s.units):>3} {s.code} "
                   f"{mods_sp(s):<11} {mon(s.billed):>8} {mon(s.allowed):>9} {mon(s.deductible):>9} "
                   f"{mon(s.coinsurance):>9}  {g}-{r:<4}{mon(a):>8} {mon(s.paid):>10}")
            cv.text(24, fl.y, row + ("  " + " ".join(s.remarks) if s.remarks else ""))
            for j, (g, r, a) in enumerate(extra, 1):
                cv.text(24, fl.y + LH * j, " " * 89 + f"{g}-{r:<4}{mon(a):>8}")
            fl.y += LH * (1 + len(extra))
            lines.append(truth_line(cv.page, s, claim_id=c["cid"], payer_claim_id=c["pcn"], patient=c["pat"],
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks))
        tots = [total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid")]
        fl.need(LH * 3)
        cv.text(24, fl.y, f"PT RESP {mon(tots[2] + tots[3]):>9}" + " " * 8 + f"CLAIM TOTALS {mon(tots[0]):>14} "
                f"{mon(tots[1]):>9} {mon(tots[2]):>9} {mon(tots[3]):>9}" + " " * 16 + f"{mon(tots[4]):>10}")
        cv.text(24, fl.y + LH, " " * 66 + f"NET {mon(tots[4]):>10}")
        fl.y += LH * 3
        claims.append(dict(claim_id=c["cid"], payer_claim_id=c["pcn"], patient=c["pat"],
                           totals=claim_totals(tots[0], tots[1], tots[4], None)))
    legend = [("N20", "Service not paid separately; bundled with another service that day.")]
    fl.need(LH * 6)
    cv.text(24, fl.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES")
    cv.text(24, fl.y + LH, "CO  CONTRACTUAL OBLIGATION   PR  PATIENT RESPONSIBILITY   45 ABOVE FEE SCHEDULE   1 DEDUCTIBLE")
    cv.text(24, fl.y + 2 * LH, "2  COINSURANCE   253 SEQUESTRATION REDUCTION   97 INCLUDED IN ANOTHER SERVICE")
    cv.text(24, fl.y + 3 * LH, "N20  " + legend[0][1].upper())
    pages = cv.save()
    spec(name, lambda d: money(d, ""), lambda d: f"{d:%m%d%y}", units_str,
         adj_fn=lambda g, r, a: [f"{g}-{r}", money(Decimal(a), "")], k=3, adj_complete=True)
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages,
                "Practice-management Medicare paper remit in monospace: MMDD MMDDYY service dates, NOS units, "
                "first adjustment on the line and further ones stacked beneath, PT RESP and CLAIM TOTALS rows.",
                lines, claims, legend)


# ============================================================================================ e1
def e1(out: Path):
    name = "h141_e1_clinic_family_statement"
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.74"))
    cl = [
        claim("INV 30418", "CLM 7781045520", "Wesley Okonkwo-Marsh", [
            commercial(Svc(D(2025, 12, 2), "97165", 1, ("GO",)), st),
            commercial(Svc(D(2025, 12, 2), "97530", 2, ("GO",)), st),
        ]),
        claim("INV 30452", "CLM 7781046102", "Wesley Okonkwo-Marsh", [
            commercial(Svc(D(2025, 12, 9), "97530", 3, ("GO",)), st),
            commercial(Svc(D(2025, 12, 9), "97535", 1, ("GO",)), st),
        ]),
        claim("INV 30460", "CLM 7781046377", "Imani Okonkwo-Marsh", [
            commercial(Svc(D(2025, 12, 10), "92523", 1, ("GN",)), st),
            commercial(Svc(D(2025, 12, 17), "92507", 1, ("GN",)), st),
            commercial(Svc(D(2025, 12, 17), "92526", 1, ("GN",), denied="PR"), st, deny_reason="119"),
        ]),
        claim("INV 30511", "CLM 7781047004", "Wesley Okonkwo-Marsh", [
            commercial(Svc(D(2025, 12, 16), "97530", 2, ("GO",)), st),
            commercial(Svc(D(2025, 12, 16), "97112", 1, ("GO",)), st),
            commercial(Svc(D(2025, 12, 23), "97530", 2, ("GO",)), st),
            commercial(Svc(D(2025, 12, 23), "97140", 1, ("GO",)), st),
        ]),
        claim("INV 30527", "CLM 7781047319", "Priscilla Marsh", [
            commercial(Svc(D(2025, 12, 18), "97161", 1, ("GP",)), st),
            commercial(Svc(D(2025, 12, 18), "97110", 2, ("GP",)), st),
            commercial(Svc(D(2025, 12, 30), "97110", 2, ("GP",)), st),
            commercial(Svc(D(2025, 12, 30), "97116", 1, ("GP",)), st),
        ]),
        claim("INV 30544", "CLM 7781047688", "Imani Okonkwo-Marsh", visits(
            D(2025, 12, 22), [0, 7], [("92507", 1, ("GN",)), ("97129", 1, ("GN",))], lambda x: commercial(x, st))),
        claim("INV 30561", "CLM 7781047901", "Wesley Okonkwo-Marsh", visits(
            D(2025, 12, 26), [0, 4, 6, 10], [("97530", 2, ("GO",)), ("97535", 1, ("GO",))], lambda x: commercial(x, st))),
        claim("INV 30590", "CLM 7781048215", "Priscilla Marsh", visits(
            D(2026, 1, 2), [0, 4, 6, 9], [("97110", 2, ("GP",)), ("97112", 1, ("GP",))], lambda x: commercial(x, st))),
    ]
    for c in cl:
        for s in c["svcs"]:
            s.insadj = s.billed - s.paid - s.owes
    cv = Canvas(out / f"{name}.pdf", "rl", LETTER, "Statement")
    cols = [(36, "l"), (84, "l"), (170, "r"), (184, "l"), (398, "r"), (452, "r"), (506, "r"), (574, "r")]
    heads = ["Date", "Code / Mod", "Qty", "Description", "Charges", "Ins. Paid", "Ins. Adj.", "Your Balance"]
    due = sum((total(c["svcs"], "owes") for c in cl), ZERO)

    def furniture(cv, first):
        if first:
            cv.font("libserif-b", 14)
            cv.text(36, 42, "Saltmarsh Children's Therapy Center")
            cv.font("libserif", 8.5)
            cv.text(36, 54, "19 Chandler Wharf, Suite 300  -  Port Avery, ME 04122  -  Billing office (207) 555-0177")
            cv.rect(380, 66, 196, 80, lw=0.8)
            cv.font("libserif", 8.5)
            for i, (k, v) in enumerate([("Statement date", "01/10/2026"), ("Account number", "G-11902"),
                                        ("Due date", "02/05/2026"), ("Amount due", money(due))]):
                cv.text(388, 80 + i * 14, k)
                cv.text(568, 80 + i * 14, v, "r")
            cv.font("libserif", 9)
            for i, t in enumerate(["Guarantor:", "Danielle Okonkwo-Marsh", "77 Larkspur Lane",
                                   "Port Avery, ME 04124"]):
                cv.text(36, 80 + i * 11, t)
            cv.font("libserif", 7.5)
            cv.text(36, 160, "- - - - - - - - - - Please detach and return the top portion with your payment - - - - - - - - - -")
            cv.font("libserif-b", 10)
            cv.text(36, 180, "Account Detail")
            cv.font("libserif", 8)
            cv.text(36, 192, "Insurance on file: Pinecrest Mutual Benefit Co.   Subscriber: Danielle Okonkwo-Marsh")
            y = 212
        else:
            cv.font("libserif", 8)
            cv.text(36, 40, f"Saltmarsh Children's Therapy Center  -  Account G-11902  -  Page {cv.page} of {cv.TOTAL}")
            y = 60
        cv.font("libserif-b", 7.8)
        if first:
            for (x, al), h in zip(cols, heads):
                cv.text(x, y, h, al)
            cv.hline(36, 576, y + 4)
            y += 16
        return y

    fl = Flow(cv, 740, furniture)
    lines, claims = [], []
    for c in cl:
        fl.need(30)
        cv.font("libserif-b", 8.4)
        cv.text(36, fl.y, f"{c['cid']}   Patient: {c['pat']}   Billed to Pinecrest Mutual, claim {c['pcn']}")
        fl.y += 12
        for s in c["svcs"]:
            fl.need(12)
            cv.font("libserif", 8.2)
            vals = [dfmt(s.dos, "mdy4"), f"{s.code} {mods_sp(s)}", units_str(s.units), s.desc, money(s.billed),
                    money(s.paid), money(s.insadj), money(s.owes)]
            for (x, al), v in zip(cols, vals):
                cv.text(x, fl.y, v, al)
            lines.append(truth_line(cv.page, s, claim_id=c["cid"], payer_claim_id=c["pcn"], patient=c["pat"],
                                    printed=("billed", "paid", "patient_owes")))
            fl.y += 12
        tots = [total(c["svcs"], "billed"), total(c["svcs"], "paid"),
                sum((s.insadj for s in c["svcs"]), ZERO), total(c["svcs"], "owes")]
        cv.font("libserif-b", 8.2)
        cv.text(184, fl.y, "Invoice total")
        for (x, al), v in zip(cols[4:], tots):
            cv.text(x, fl.y, money(v), al)
        fl.y += 20
        claims.append(dict(claim_id=c["cid"], payer_claim_id=c["pcn"], patient=c["pat"],
                           totals=claim_totals(tots[0], None, tots[1], tots[3])))
    fl.need(60)
    cv.hline(36, 576, fl.y - 6, 1)
    cv.font("libserif-b", 9)
    cv.text(398, fl.y + 6, "Total amount due", "r")
    cv.text(574, fl.y + 6, money(due), "r")
    cv.font("libserif", 7.8)
    cv.text(36, fl.y + 24, "Balances shown are after insurance. Call us to set up a payment plan; we accept cards, checks and HSA cards.")
    pages = cv.save()
    spec(name, money, lambda d: dfmt(d, "mdy4"), units_str)
    write_truth(out / f"{name}.pdf", name, "reportlab", pages,
                "Therapy clinic family statement with tear-off stub: invoices per visit with the insurer's claim "
                "number, three family members, continues on page 2 with no repeated column header.",
                lines, claims, [])


# ============================================================================================ e2
def e2(out: Path):
    name = "h141_e2_hospital_guarantor_statement"
    rev = {"97110": "0420", "97140": "0420", "97161": "0420", "97112": "0420", "97530": "0430", "97165": "0430",
           "97535": "0430", "97168": "0430", "92507": "0440", "92523": "0440", "99213": "0510", "L3807": "0274",
           "G0283": "0420"}
    accts = [
        dict(cid="HB7700412233", pat="Sebastian Falk", ins="Meridian Plains Health Plan", pcn="MPH-26A-0883142",
             svcs=[Svc(D(2026, 1, 5), "97165", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 2, ("GO",)),
                   Svc(D(2026, 1, 5), "L3807", 1, ("LT",), desc="Wrist-hand orthosis, fitted"),
                   Svc(D(2026, 1, 12), "97530", 3, ("GO",)), Svc(D(2026, 1, 12), "97535", 1, ("GO",)),
                   Svc(D(2026, 1, 19), "97530", 2, ("GO",)), Svc(D(2026, 1, 19), "97168", 1, ("GO",)),
                   Svc(D(2026, 1, 26), "97530", 2, ("GO",)), Svc(D(2026, 1, 26), "97535", 2, ("GO",)),
                   Svc(D(2026, 1, 26), "G0283", 1, ("GO",))],
             pay=Decimal("781.46"), contr=Decimal("512.30"), ptpay=Decimal("50.00")),
        dict(cid="HB7700412478", pat="Matilde Falk", ins="Meridian Plains Health Plan", pcn="MPH-26A-0890027",
             svcs=[Svc(D(2026, 1, 8), "92523", 1, ()), Svc(D(2026, 1, 15), "92507", 1, ()),
                   Svc(D(2026, 1, 22), "92507", 1, ())],
             pay=Decimal("344.18"), contr=Decimal("210.90"), ptpay=ZERO),
        dict(cid="HB7700413010", pat="Ingrid Falk", ins="Meridian Plains Health Plan", pcn="MPH-26A-0901554",
             svcs=[Svc(D(2026, 1, 20), "99213", 1, ()), Svc(D(2026, 1, 20), "97161", 1, ("GP",)),
                   Svc(D(2026, 1, 20), "97110", 2, ("GP",)), Svc(D(2026, 1, 27), "97112", 1, ("GP",)),
                   Svc(D(2026, 1, 27), "97140", 2, ("GP",))],
             pay=Decimal("402.75"), contr=Decimal("228.65"), ptpay=Decimal("25.00")),
    ]
    cv = Canvas(out / f"{name}.pdf", "fpdf", LAND, "Patient Statement")
    cols = [(40, "l"), (100, "l"), (140, "l"), (190, "l"), (226, "l"), (560, "r"), (640, "r")]
    heads = ["Date", "Rev", "CPT/HCPCS", "Mod", "Description", "Qty", "Charges"]

    def furniture(cv, first):
        cv.font("libnarrow-b", 15)
        cv.text(40, 40, "ST. AUDRA REGIONAL MEDICAL CENTER")
        cv.font("libnarrow", 9)
        cv.text(40, 53, "Outpatient Rehabilitation Services  |  Patient Financial Services  |  PO Box 9120, Greyfield, NE 68021")
        cv.text(752, 40, f"Page {cv.page} of {cv.TOTAL}", "r")
        cv.text(752, 53, "Guarantor: Anders Falk   Guarantor # 0049921", "r")
        cv.hline(40, 752, 60, 1)
        if first:
            cv.font("libnarrow", 9)
            cv.text(40, 76, "Statement date 02/04/2026. Charges for each hospital account are listed with insurance activity. "
                    "Please pay the total balance due by 03/01/2026.")
            return 100
        return 80

    def colhead(y):
        cv.font("libnarrow-b", 8.5)
        for (x, al), h in zip(cols, heads):
            cv.text(x, y, h, al)
        cv.hline(40, 752, y + 3, 0.4)
        return y + 13

    fl = Flow(cv, 560, furniture)
    lines, claims = [], []
    for a in accts:
        def ahead(y, cont=False, a=a):
            cv.rect(40, y - 10, 712, 26, lw=0.4, fill=0.93)
            cv.font("libnarrow-b", 9.5)
            cv.text(46, y, f"Patient: {a['pat']}" + ("  (continued)" if cont else ""))
            cv.font("libnarrow", 9)
            cv.text(230, y, f"Hospital account: {a['cid']}")
            d0, d1_ = a["svcs"][0].dos, a["svcs"][-1].dos
            cv.text(420, y, f"Dates: {dfmt(d0, 'mdy4')} - {dfmt(d1_, 'mdy4')}   Type: Outpatient series")
            cv.text(46, y + 11, f"Primary insurance: {a['ins']}   Claim # {a['pcn']}")
            return colhead(y + 28)

        fl.need(80)
        fl.y = ahead(fl.y)
        for s in a["svcs"]:
            fl.need(12, cont=lambda y, a=a: ahead(y, True))
            cv.font("libnarrow", 9)
            vals = [dfmt(s.dos, "mdy4"), rev[s.code], s.code, mods_sp(s), s.desc, units_str(s.units), money(s.billed, ",")]
            for (x, al), v in zip(cols, vals):
                cv.text(x, fl.y, v, al)
            lines.append(truth_line(cv.page, s, claim_id=a["cid"], payer_claim_id=a["pcn"], patient=a["pat"],
                                    printed=("billed",)))
            fl.y += 12
        billed = total(a["svcs"], "billed")
        bal = billed - a["pay"] - a["contr"] - a["ptpay"]
        act = [("Total charges", billed), (f"Payment - {a['ins']}", -a["pay"]),
               ("Contractual adjustment - Meridian Plains", -a["contr"])]
        if a["ptpay"]:
            act.append(("Patient payment - thank you", -a["ptpay"]))
        act.append(("Account balance (your responsibility)", bal))
        fl.need(12 * len(act) + 10)
        cv.font("libnarrow", 9)
        for lbl, v in act:
            cv.text(226, fl.y, lbl)
            cv.text(640, fl.y, money(v, ",", "()"), "r")
            fl.y += 12
        fl.y += 14
        claims.append(dict(claim_id=a["cid"], payer_claim_id=a["pcn"], patient=a["pat"],
                           totals=claim_totals(billed, None, a["pay"], bal)))
    fl.need(40)
    total_due = sum((c["totals"]["patient_owes"] and Decimal(c["totals"]["patient_owes"]) or ZERO for c in claims), ZERO)
    cv.font("libnarrow-b", 10)
    cv.text(560, fl.y, "TOTAL BALANCE DUE", "r")
    cv.text(640, fl.y, money(total_due, ","), "r")
    cv.font("libnarrow", 8.5)
    cv.text(40, fl.y + 18, "Financial assistance is available. Ask about our sliding-fee program before your due date.")
    pages = cv.save()
    spec(name, lambda d: money(d, ","), lambda d: dfmt(d, "mdy4"), units_str)
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages,
                "Hospital outpatient-rehab guarantor statement: accounts per patient with revenue code, CPT/HCPCS, "
                "modifier, qty and charges only; insurance activity per account; account continued on page 2.",
                lines, claims, [])


LAYOUTS = [a1, a2, b1, b2, c1, c2, d1, d2, e1, e2]


# ============================================================================================ check
def check(out: Path) -> list[str]:
    errs: list[str] = []
    for tf in sorted(out.glob("*.pdf.truth.json")):
        t = json.loads(tf.read_text())
        pdf = Path(str(tf)[: -len(".truth.json")])
        name = t["layout"]
        sp = SPEC[name]
        pl = page_lines(pdf)
        if len(pl) != t["pages"]:
            errs.append(f"{name}: pages {len(pl)} != {t['pages']}")
        alltext = "\n".join("\n".join(p) for p in pl)
        used: set = set()
        for i, ln in enumerate(t["lines"]):
            where = f"{name} line {i}"
            page = pl[ln["page"] - 1]
            bil = sp["money"](Decimal(ln["billed"]))
            toks = [ln["code"], bil] + ln["modifiers"]
            for k in AMTS:
                if ln[k] is not None:
                    toks.append(sp["money"](Decimal(ln[k])))
            if ln["units"] is not None:
                toks.append(sp["units"](Decimal(ln["units"])))
            d = sp["date"](date.fromisoformat(ln["service_date"]))
            if sp["date_on_row"]:
                toks.append(d)
            elif not any(d in p for p in page):
                errs.append(f"{where}: date {d} not on page")
            hit = None
            for j, text in enumerate(page):
                if (ln["page"], j) in used:
                    continue
                if all(has(text, tk) for tk in toks):
                    hit = j
                    break
            if hit is None:
                errs.append(f"{where}: no text line with {toks}")
                continue
            used.add((ln["page"], hit))
            block = " ".join(page[hit: hit + 1 + sp["k"]])
            for g, r, a in ln["adjustments"]:
                if sp["adj"] is None:
                    errs.append(f"{where}: adjustments in a layout without codes")
                    continue
                for tk in sp["adj"](g, r, a):
                    if not has(block, tk):
                        errs.append(f"{where}: adjustment token {tk!r} not in row block")
            for r in ln["remarks"]:
                if not has(block, r):
                    errs.append(f"{where}: remark {r} not in row block")
            for key in ("claim_id", "payer_claim_id", "patient"):
                if ln[key] is not None and ln[key] not in alltext:
                    errs.append(f"{where}: {key} {ln[key]!r} not in document")
            # arithmetic
            b = Decimal(ln["billed"])
            if sp["adj_complete"] and ln["paid"] is not None:
                s = sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal(0))
                if b - s != Decimal(ln["paid"]):
                    errs.append(f"{where}: billed - adjustments {b - s} != paid {ln['paid']}")
            if ln["allowed"] is not None and ln["paid"] is not None:
                parts = [ln[k] for k in ("deductible", "copay", "coinsurance") if ln[k] is not None]
                seq = sum((Decimal(a) for g, r, a in ln["adjustments"] if r in ("253", "23")), Decimal(0))
                if parts and Decimal(ln["allowed"]) != Decimal(ln["paid"]) + sum(map(Decimal, parts)) + seq:
                    errs.append(f"{where}: allowed != paid + patient share")
        for c in t["claims"]:
            mine = [ln for ln in t["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                    and ln["claim_id"] == c["claim_id"]]
            if not mine:
                errs.append(f"{name}: claim {c['payer_claim_id']} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if not any(has(text, sp["money"](Decimal(v))) for p in pl for text in p):
                    errs.append(f"{name}: claim total {k} {v} not printed")
                if all(ln[k] is not None for ln in mine):
                    ssum = sum((Decimal(ln[k]) for ln in mine), Decimal(0))
                    if ssum != Decimal(v) and not t["expected_findings"]:
                        errs.append(f"{name}: claim {c['payer_claim_id']} {k} total {v} != lines {ssum}")
        print(f"{name}: {len(t['lines'])} lines, {t['pages']} pages, {len(t['claims'])} claims")
    return errs


def _pages_written(out: Path) -> int:
    tf = max(out.glob("*.pdf.truth.json"), key=lambda p: p.stat().st_mtime_ns)
    return json.loads(tf.read_text())["pages"]


def main(argv: list[str]) -> int:
    import tempfile
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout141_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        Canvas.TOTAL = 2
        fn(out)
        made = _pages_written(out)
        if made != Canvas.TOTAL:  # second pass with the right "Page x of N"
            Canvas.TOTAL = made
            fn(out)
    print(out)
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("CHECK:", e)
        if errs:
            return 1
        print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
