"""Write the set-164 held-out synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on ten everyday documents, two of each of the five commonest real kinds
(commercial member EOBs; Medicare Advantage EOB / Medicare Summary Notice; state Medicaid remittance advices;
Medicare-style paper remits from a clearinghouse / practice-management system; family statements from a therapy
clinic / hospital), each in a house style of its own.

Run:  python bench/heldout164/make_heldout164_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout164/make_heldout164_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Helper module: h164draw.py (one top-down canvas API over reportlab and fpdf2).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py truth_line / write_truth), printed values only, null
for what a layout does not print (units null where no quantity is printed; amounts null where the column is
absent, e.g. per-line paid on the hospital statement, which prints payment at account level only);
claim_id = the provider's own account / patient-control / visit number (null on the MA EOB and MSN, which print
none); payer_claim_id = the payer's claim number / ICN / TCN; patient exactly as printed for the person served
(never the guarantor / subscriber unless the same person). Descriptions are null where the layout prints none
(the two Medicaid RAs and the paper remit). Every name, number, payer, provider, address and ID is invented;
descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed creation date, no randomness);
'Page n of N' is drawn in a second pass once N is known.

Layouts:
  01 commercial PPO family member EOB, landscape DejaVu Sans Condensed: "Amount Billed / Network Savings / Not
     Covered / Allowed Amount / Deductible / Copay / Coinsurance / Plan Paid / Your Share / Remark", patient /
     provider / claim number / provider acct heading per claim, "97140 GP 59", no units, 3 family members, a
     PR-denied orthosis-training line, claim totals, the second claim continues on page 2 under the repeated
     header and a "(continued)" line, remark legend (reportlab)
  02 commercial member EOB, portrait Liberation Serif: shaded two-line claim box (patient + relationship, claim
     number, processed / received dates, provider, patient account number), column header under each claim box,
     "97530-GO", Qty, long descriptions wrapping over 2-4 text lines, per-visit copay, a not-covered line,
     the second claim continues on page 2; PLANTED "You Owe" claim total 10.00 too high (fpdf2)
  03 Medicare Advantage HMO member EOB, portrait core Helvetica: summary box, shaded claim bar per visit with the
     date spelled out ("January 6, 2026"), claim number, service text "Therapeutic exercises (97110 GP KX)",
     Provider's charge / Plan's approved amount / Plan's share / Your share, no units, per-visit copay, a denied
     item, numbered notes, Page n of N (reportlab)
  04 Medicare Summary Notice Part B, portrait DejaVu Serif: beneficiary box, claims headed by the spelled date,
     provider line and claim number, "Speech/language treatment (92507)", Service Approved? Yes/No, three-line
     column headings, lettered notes "A, B", Part B deductible, no units and no modifiers (fpdf2)
  05 state Medicaid remittance advice, landscape Courier 8: payee banner with PAGE n OF N on every page, CLAIMS
     PAID / CLAIMS DENIED / CLAIM ADJUSTMENTS sections, recipient line "RECIPIENT: LAST, FIRST  RECIP ID  ICN  PAT
     ACCT", numbered detail lines with units "2.0", four-digit state EOB codes, a trailing-minus void of an
     earlier claim and its replacement, a claim crossing the page break under the repeated header (reportlab)
  06 Medicaid managed-care plan remittance advice, portrait DejaVu Sans Condensed: boxed banner, shaded member bar
     (member LAST, FIRST, member ID, Claim # (TCN), Patient Control #), "97530:GO", units "2.00", Adj Group-Reason
     + Adj Amount columns, RARC, a denied line, ruled claim totals, code legend (fpdf2)
  07 clearinghouse print of a Medicare Part B standard paper remit, portrait Courier 7.5: NAME / MID / ACNT / ICN /
     ASG / MOA claim line, PERF PROV, MMDDYY dates, POS, NOS, MODS, first GRP/RC-AMT on the row and further
     adjustments stacked beneath, REM line under a denied line, PT RESP + CLAIM TOTALS, provider totals, glossary;
     a claim crosses the page break (reportlab)
  08 practice-management "ERA Posting Detail Report", landscape Liberation Sans Narrow: banner with payer / check /
     batch, "Patient: Last, First  Acct #  Payer Claim #", CPT and Mod apart ("GP,59"), Units, every adjustment
     glued "CO45 48.62" in one cell, Ins Paid / Pt Resp, claim subtotals, batch totals, Page n of N footer (fpdf2)
  09 therapy clinic family statement of account, portrait Liberation Serif: guarantor address and amount-due box,
     bold visit line per claim (visit number, date, patient, insurer claim number), "1/5/2026" dates, CPT only,
     no units, Charges / Insurance Paid / Insurance Adjustment / Your Balance, a non-covered item left with the
     family, 3 family members, rows run on to page 2 with no repeated header, payment + amount due (reportlab)
  10 hospital outpatient-rehab itemized statement, portrait DejaVu Sans: guarantor + two family members, boxed
     patient / Account No. heading, Rev / CPT/HCPCS / Mod / Description / Qty / Charge, account-level insurer
     payment (with claim number), contractual adjustment and balance; the long account continues on page 2 under a
     repeated "(continued)" heading and header (fpdf2)

The self-check (--check) tests the factory, never the reader: page counts; for every truth line a text line on its
page (pdfplumber) holding the code, every printed amount, the service date (on the claim heading's page for the
MA EOB / MSN), units and modifiers, with remarks and adjustment codes + amounts on that row or the lines stacked
under it and description words at the row; ids and patients in the document text; billed - adjustments = paid
where every adjustment is printed; the layout's own arithmetic (billed - savings - not covered = allowed,
allowed - deductible - copay - coinsurance = paid, statement rows balance, Medicaid paid = allowed - copay);
claim totals printed and equal to the sum of their lines, except the planted one, which really differs; at least
three files with a claim whose rows cross a page, and both producers used.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen  # noqa: E402
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
    q,
    total,
    truth_line,
    units_str,
    write_truth,
)
from h164draw import Canvas, wrap  # noqa: E402

# Two codes the shared charge master lacks (invented prices, our own words).
eobgen.FEE.update({"97533": "88.00", "97162": "230.00"})
eobgen.SCHED.update({"97533": "31.90", "97162": "101.12"})
eobgen.DESC.update({"97533": "Sensory integration techniques", "97162": "PT evaluation, moderate complexity"})

D = date


# ------------------------------------------------------------------------------------------------ data

def svcs(rows, plan, st=None, deny_reason=None):
    """rows: (date, code, units, mods, denied) tuples -> adjudicated Svc list."""
    out = []
    for r in rows:
        d, code, u = r[0], r[1], r[2]
        mods = tuple(r[3]) if len(r) > 3 else ()
        den = r[4] if len(r) > 4 else None
        s = Svc(d, code, Decimal(str(u)), mods, denied=den)
        if plan == "com":
            commercial(s, st, **({"deny_reason": deny_reason} if deny_reason else {}))
        elif plan == "mcr":
            medicare(s, st, **({"deny_reason": deny_reason} if deny_reason else {}))
        else:
            medicaid(s, **({"deny_reason": deny_reason} if deny_reason else {}))
        out.append(s)
    return out


@dataclass
class Claim:
    patient: str
    acct: str | None
    icn: str | None
    svcs: list
    provider: str = ""
    extra: dict = field(default_factory=dict)
    reversal: bool = False


@dataclass
class Spec:
    name: str
    producer: str
    landscape: bool
    fonts: list
    body: tuple
    rowh: float
    cols: list                      # (title, x, align, fn(s, cl) -> str)
    furniture: Callable             # (cv, page) -> y
    claim_head: Callable            # (cv, y, cl, cont) -> y
    claim_foot: Callable            # (cv, y, cl) -> y
    printed: tuple
    description: str
    hdr_per_claim: bool = False
    repeat_header: bool = True
    hdr_font: tuple = ("Helvetica-Bold", 7)
    hdr_rule: bool = True
    desc_col: int | None = None
    desc_w: float = 100
    units: bool = True
    mods: bool = True
    date_in_head: bool = False
    adj: Callable = lambda s: []
    remarks: Callable = lambda s: []
    sub: Callable = lambda s, cl: []   # extra text lines under a row: list of (x, align, text)
    end: Callable = lambda cv, y, sp: y
    footer: Callable = lambda cv, page: None
    bottom: float = 60
    ids: Callable = lambda cl: (cl.acct, cl.icn, cl.patient)
    totals: Callable = lambda cl: {}
    full_adj: bool = False
    legend: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    identities: list = field(default_factory=list)   # names of arithmetic identities for --check
    adj_span: int = 0
    row_font: tuple | None = None
    npages: int = 0
    desc_printed: bool = True


def draw_header(cv, sp, y):
    f, sz = sp.hdr_font
    cv.setfont(f, sz)
    n = max(len(t.split("\n")) for t, *_ in sp.cols)
    for t, x, al, _ in sp.cols:
        parts = t.split("\n")
        parts = [""] * (n - len(parts)) + parts
        for i, p in enumerate(parts):
            cv.text(x, y + i * (sz + 1.5), p, align=al)
    y += (n - 1) * (sz + 1.5)
    if sp.hdr_rule:
        cv.hline(sp.cols[0][1] - 2, cv.W - 30, y + 3)
    return y + sp.rowh + 1


def render(sp: Spec, claims: list[Claim], out: Path):
    """Two passes: the first finds the page count that 'Page n of N' furniture prints."""
    sp.npages = 0
    n = _render(sp, claims, out)
    sp.npages = n
    assert _render(sp, claims, out) == n
    return out / f"{sp.name}.pdf"


def _render(sp: Spec, claims: list[Claim], out: Path):
    path = out / f"{sp.name}.pdf"
    cv = Canvas(path, sp.producer, sp.landscape, sp.fonts)
    bottom = cv.H - sp.bottom
    rf = sp.row_font or sp.body
    lines, ctruth = [], []

    def newpage(cl=None):
        sp.footer(cv, cv.page)
        cv.new_page()
        y = sp.furniture(cv, cv.page)
        if sp.repeat_header and not sp.hdr_per_claim:
            y = draw_header(cv, sp, y)
        if cl is not None:
            y = sp.claim_head(cv, y, cl, True)
            if sp.hdr_per_claim:
                y = draw_header(cv, sp, y)
        return y

    y = sp.furniture(cv, 1)
    if not sp.hdr_per_claim:
        y = draw_header(cv, sp, y)
    for cl in claims:
        if y + 5 * sp.rowh + 30 > bottom:
            sp.footer(cv, cv.page)
            cv.new_page()
            y = sp.furniture(cv, cv.page)
            if not sp.hdr_per_claim and sp.repeat_header:
                y = draw_header(cv, sp, y)
        y = sp.claim_head(cv, y, cl, False)
        if sp.hdr_per_claim:
            y = draw_header(cv, sp, y)
        cid, pcid, pat = sp.ids(cl)
        for s in cl.svcs:
            cv.setfont(*rf)
            dl = [c[3](s, cl) for c in sp.cols]
            extra = []
            if sp.desc_col is not None:
                w = wrap(cv, dl[sp.desc_col], sp.desc_w)
                dl[sp.desc_col] = w[0]
                extra = [[(sp.cols[sp.desc_col][1], "l", t)] for t in w[1:]]
            subl = sp.sub(s, cl)
            h = sp.rowh * (1 + len(extra) + len(subl))
            if y + h > bottom:
                y = newpage(cl if sp.repeat_header else None)
                cv.setfont(*rf)
            for (t, x, al, _), txt in zip(sp.cols, dl):
                cv.text(x, y, txt, align=al)
            page = cv.page
            y += sp.rowh
            for ln in subl + extra:
                for x, al, t in ln:
                    cv.text(x, y, t, align=al)
                y += sp.rowh
            lines.append(truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=sp.printed,
                                    units=sp.units, modifiers=sp.mods, adjustments=sp.adj(s),
                                    remarks=sp.remarks(s), description=sp.desc_printed))
        tot = sp.totals(cl)
        y = sp.claim_foot(cv, y, cl)
        ctruth.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": tot})
    y = sp.end(cv, y, sp)
    sp.footer(cv, cv.page)
    pages = cv.save()
    write_truth(path, sp.name, sp.producer, pages, sp.description, lines, ctruth, sp.legend, sp.findings)
    return pages


def tot(cl, **attrs):
    """claim_totals from Svc attribute sums: tot(cl, billed='billed', paid='paid', ...)."""
    return claim_totals(**{k: total(cl.svcs, a) for k, a in attrs.items()})


def m(d, style=",", neg="-"):
    return money(d, style, neg)


def blank0(d, style=","):
    return "" if d == 0 else money(d, style)


def legend_block(cv, y, sp, title, font, bold, size, x=40, width=None, bottom=60):
    width = width or cv.W - 2 * x
    if y + 30 > cv.H - bottom:
        cv.new_page()
        y = 50
    cv.text(x, y + 14, title, bold, size + 1)
    y += 28
    for code, text in sp.legend:
        cv.setfont(font, size)
        ws = wrap(cv, text, width - 40)
        if y + len(ws) * (size + 3) > cv.H - bottom:
            cv.new_page()
            y = 50
        cv.text(x, y, code, bold, size)
        cv.setfont(font, size)
        for i, t in enumerate(ws):
            cv.text(x + 40, y + i * (size + 3), t)
        y += len(ws) * (size + 3) + 3
    return y


# ============================================================================= L1 commercial EOB, landscape

def l1():
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    st2 = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    st3 = PlanState(ded_left=Decimal("0.00"), allowed_rate=Decimal("0.78"), copay_codes={"99213": Decimal("35.00")})
    theo = [(D(2026, 1, 6), "97165", 1, ("GO",)), (D(2026, 1, 6), "97530", 2, ("GO",))]
    for d in (8, 13, 15, 20, 22, 27, 29):
        theo += [(D(2026, 1, d), "97530", 2, ("GO",)), (D(2026, 1, d), "97535", 1, ("GO",))]
    theo += [(D(2026, 1, 29), "97760", 1, ("GO", "59"), "PR")]
    imani = [(D(2026, 1, 9), "97161", 1, ("GP",))]
    for d in (12, 16, 19, 23, 26, 28, 30):
        imani += [(D(2026, 1, d), "97110", 2, ("GP",)), (D(2026, 1, d), "97140", 1, ("GP", "59"))]
    imani += [(D(2026, 2, 2), "97162", 1, ("GP",)), (D(2026, 2, 2), "97112", 2, ("GP",))]
    darn = [(D(2026, 1, 14), "99213", 1), (D(2026, 1, 14), "L3807", 1, ("RT",))]
    claims = [
        Claim("Theo Whitcombe", "LPT-38810", "QM26-0106-55821", svcs(theo, "com", st, "96"),
              "Larkspur Pediatric Therapy"),
        Claim("Imani Whitcombe", "CSR-2216-04", "QM26-0109-60117", svcs(imani, "com", st2),
              "Cedar Sill Rehabilitation"),
        Claim("Darnell Whitcombe", "81442", "QM26-0114-61903", svcs(darn, "com", st3), "Northgate Hand & Wrist"),
    ]
    for cl in claims:
        for s in cl.svcs:
            if s.denied:
                s.remarks = ["N7"]
            elif s.deductible:
                s.remarks = ["D1"]
    F, B = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"

    def furn(cv, page):
        cv.text(36, 34, "QUILLFIELD MUTUAL HEALTH", B, 14)
        cv.text(36, 46, "PO Box 7720 · Amberley, OR 97399 · Member line 1-800-555-0164", F, 7.5)
        cv.text(cv.W - 36, 34, "EXPLANATION OF BENEFITS", B, 12, "r")
        cv.text(cv.W - 36, 46, "This is not a bill", F, 8, "r")
        if page == 1:
            cv.rect(36, 56, 340, 56)
            cv.text(42, 68, "Prepared for: DARNELL WHITCOMBE", B, 8)
            cv.text(42, 79, "Member ID: QMH 447 190 233   Group: 00861-Fernhill Logistics", F, 8)
            cv.text(42, 90, "Statement date: February 3, 2026", F, 8)
            cv.text(42, 101, "Plan: Quillfield Choice PPO 2500 (family coverage)", F, 8)
            cv.rect(390, 56, cv.W - 426, 56)
            cv.text(396, 68, "Family deductible met so far: $2,350.00 of $5,000.00", F, 8)
            cv.text(396, 79, "Family out-of-pocket max met so far: $2,912.44 of $10,000.00", F, 8)
            cv.text(396, 90, "Questions about a claim? Call the number above or visit the member site.", F, 8)
            cv.text(36, 128, "Claims processed for your family", B, 10)
            return 142
        cv.text(36, 62, f"Member ID QMH 447 190 233 · page {page}", F, 7.5)
        return 78

    cols = [
        ("Date of\nService", 36, "l", lambda s, cl: dfmt(s.dos, "mdy4")),
        ("Service", 88, "l", lambda s, cl: " ".join((s.code,) + s.mods)),
        ("Description", 150, "l", lambda s, cl: s.desc),
        ("Amount\nBilled", 332, "r", lambda s, cl: m(s.billed)),
        ("Network\nSavings", 380, "r", lambda s, cl: m(s.discount)),
        ("Not\nCovered", 424, "r", lambda s, cl: m(s.not_covered)),
        ("Allowed\nAmount", 472, "r", lambda s, cl: m(s.allowed)),
        ("Deductible", 520, "r", lambda s, cl: m(s.deductible)),
        ("Copay", 558, "r", lambda s, cl: m(s.copay)),
        ("Coinsurance", 610, "r", lambda s, cl: m(s.coinsurance)),
        ("Plan\nPaid", 654, "r", lambda s, cl: m(s.paid)),
        ("Your\nShare", 700, "r", lambda s, cl: m(s.owes)),
        ("Remark", 712, "l", lambda s, cl: " ".join(s.remarks)),
    ]

    def head(cv, y, cl, cont):
        y += 6
        if cont:
            cv.text(36, y, f"{cl.patient} — claim {cl.icn} (continued)", B, 8)
            return y + 12
        cv.hline(36, cv.W - 36, y - 8, 0.8)
        cv.text(36, y, f"Patient: {cl.patient}", B, 8.5)
        cv.text(200, y, f"Provider: {cl.provider}", F, 8)
        cv.text(420, y, f"Claim number: {cl.icn}", F, 8)
        cv.text(600, y, f"Provider acct: {cl.acct}", F, 8)
        return y + 13

    def foot(cv, y, cl):
        cv.hline(300, cv.W - 36, y - 7)
        cv.setfont(B, 7.5)
        cv.text(150, y, "Claim totals")
        for (t, x, al, _), a in zip(cols[3:12], ("billed", "discount", "not_covered", "allowed", "deductible",
                                                "copay", "coinsurance", "paid", "owes")):
            cv.text(x, y, m(total(cl.svcs, a)), align=al)
        return y + 16

    def end(cv, y, sp):
        return legend_block(cv, y + 4, sp, "Remark codes", F, B, 7.5, x=36)

    def foot_pg(cv, page):
        cv.text(cv.W / 2, cv.H - 24, f"Page {page}", F, 7, "c")

    sp = Spec("h164_01_commercial_family_eob", "reportlab", True, [F, B], (F, 7.5), 10.5, cols, furn, head, foot,
              ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
               "patient_owes"),
              "Commercial PPO member EOB for a family, landscape, one ruled block per claim with patient/provider/"
              "claim/account heading, code and modifiers spaced, 11 amount columns, claim totals, remark legend; "
              "the first claim runs on to page 2 with the column header and a '(continued)' claim line.",
              hdr_font=(B, 6.8), units=False, remarks=lambda s: s.remarks, end=end, footer=foot_pg, bottom=48,
              totals=lambda cl: tot(cl, billed="billed", allowed="allowed", paid="paid", patient_owes="owes"),
              legend=[("D1", "Part of this amount counted toward the deductible for the plan year."),
                      ("N7", "This item was not payable under your plan because the records did not support it as a "
                             "separate service. The provider may bill you for it.")],
              identities=["eob"])
    return sp, claims


# ============================================================================= L2 commercial EOB, portrait blocks

def l2():
    st = PlanState(ded_left=Decimal("60.00"), allowed_rate=Decimal("0.84"), coins_rate=Decimal("0.10"))
    stc = PlanState(visit_copay=Decimal("40.00"), allowed_rate=Decimal("0.84"))
    felix = []
    for d in (5, 7, 12, 14, 19, 21, 26, 28):
        felix += [(D(2026, 1, d), "92507", 1, ("GN",))]
    felix = [(D(2026, 1, 5), "92523", 1, ("GN",))] + felix
    nina = [(D(2026, 1, 8), "97166", 1, ("GO",)), (D(2026, 1, 15), "97530", 3, ("GO",)),
            (D(2026, 1, 15), "97140", 1, ("GO", "59")), (D(2026, 1, 22), "97530", 2, ("GO",)),
            (D(2026, 1, 22), "0552T", 1, (), "PR"), (D(2026, 1, 29), "97110", 2, ("GO",)),
            (D(2026, 1, 29), "97535", 1, ("GO",)), (D(2026, 2, 3), "97530", 2, ("GO",)),
            (D(2026, 2, 3), "97140", 1, ("GO", "59")), (D(2026, 2, 5), "97530", 3, ("GO",)),
            (D(2026, 2, 10), "97530", 2, ("GO",)), (D(2026, 2, 10), "97110", 2, ("GO",)),
            (D(2026, 2, 12), "97535", 2, ("GO",)), (D(2026, 2, 12), "97760", 1, ("GO",))]
    ros = [(D(2026, 1, 10), "97163", 1, ("GP",)), (D(2026, 1, 10), "97110", 2, ("GP",)),
           (D(2026, 1, 17), "97112", 2, ("GP",)), (D(2026, 1, 17), "G0283", 1, ("GP",))]
    claims = [
        Claim("Felix Cruz", "0044817", "H26011500412", svcs(felix, "com", st), "Tidewater Speech Associates",
              {"recv": D(2026, 2, 2), "proc": D(2026, 2, 6), "rel": "Dependent"}),
        Claim("Nina Cruz", "TWC-5570", "H26020300956", svcs(nina, "com", stc, "B7"), "Marrow Lane Therapy Co.",
              {"recv": D(2026, 2, 3), "proc": D(2026, 2, 9), "rel": "Dependent"}),
        Claim("Rosalind Abernathy-Cruz", "PA-99017", "H26012201377", svcs(ros, "com", st),
              "Sandpiper Physical Therapy", {"recv": D(2026, 1, 27), "proc": D(2026, 2, 4), "rel": "Self"}),
    ]
    for cl in claims:
        for s in cl.svcs:
            s.desc = LONG_DESC.get(s.code, s.desc)
            s.remarks = ["X4"] if s.denied else (["P1"] if s.deductible else [])
    F, B = "LiberationSerif", "LiberationSerif-Bold"
    planted = claims[1]

    def furn(cv, page):
        cv.text(40, 40, "Harborlight Health Insurance Company", B, 15)
        cv.text(40, 53, "Explanation of Benefits · 2 Quay Street, Port Merritt, ME 04199", F, 8.5)
        cv.text(cv.W - 40, 40, f"Page {page}", F, 8.5, "r")
        if page == 1:
            cv.text(40, 80, "ROSALIND ABERNATHY-CRUZ", B, 9.5)
            cv.text(40, 92, "418 Gullwing Road", F, 9.5)
            cv.text(40, 104, "Port Merritt, ME 04188", F, 9.5)
            cv.text(340, 80, "Subscriber ID:  HLH8810462", F, 9)
            cv.text(340, 92, "Group Number:  77120 Saltmarsh Schools", F, 9)
            cv.text(340, 104, "Statement Date:  02/10/2026", F, 9)
            cv.text(40, 128, "Keep this for your records. It shows how we handled recent claims for you and your "
                             "covered dependents.", F, 9)
            return 146
        cv.text(40, 66, "Subscriber ID HLH8810462 (continued)", F, 8.5)
        return 82

    cols = [
        ("Service Dates", 42, "l", lambda s, cl: dfmt(s.dos, "mdy4")),
        ("Procedure", 100, "l", lambda s, cl: "-".join((s.code,) + s.mods)),
        ("Description", 152, "l", lambda s, cl: s.desc),
        ("Qty", 270, "r", lambda s, cl: units_str(s.units)),
        ("Charges", 314, "r", lambda s, cl: m(s.billed)),
        ("Allowed", 354, "r", lambda s, cl: m(s.allowed)),
        ("Deductible", 396, "r", lambda s, cl: m(s.deductible)),
        ("Copay", 432, "r", lambda s, cl: m(s.copay)),
        ("Coinsurance", 480, "r", lambda s, cl: m(s.coinsurance)),
        ("Plan Paid", 522, "r", lambda s, cl: m(s.paid)),
        ("You Owe", 562, "r", lambda s, cl: m(s.owes)),
        ("Code", 568, "l", lambda s, cl: " ".join(s.remarks)),
    ]

    def head(cv, y, cl, cont):
        y += 4
        cv.rect(38, y - 10, cv.W - 76, 26 if not cont else 14, 0.5, 0.92)
        if cont:
            cv.text(44, y, f"Patient: {cl.patient}   Claim Number: {cl.icn}   (continued from previous page)", B, 8.5)
            return y + 18
        cv.text(44, y, f"Patient: {cl.patient} ({cl.extra['rel']})", B, 8.5)
        cv.text(250, y, f"Claim Number: {cl.icn}", F, 8.5)
        cv.text(420, y, f"Processed: {dfmt(cl.extra['proc'], 'mdy4')}", F, 8.5)
        cv.text(44, y + 12, f"Provider: {cl.provider}", F, 8.5)
        cv.text(250, y + 12, f"Patient Account Number: {cl.acct}", F, 8.5)
        cv.text(420, y + 12, f"Received: {dfmt(cl.extra['recv'], 'mdy4')}", F, 8.5)
        return y + 30

    def foot(cv, y, cl):
        cv.hline(250, cv.W - 40, y - 7)
        cv.setfont(B, 7.5)
        cv.text(152, y, "Totals for this claim")
        vals = [total(cl.svcs, a) for a in ("billed", "allowed", "deductible", "copay", "coinsurance", "paid",
                                            "owes")]
        if cl is planted:
            vals[6] += Decimal("10.00")
        for (t, x, al, _), a in zip(cols[4:11], vals):
            cv.text(x, y, m(a), align=al)
        return y + 20

    def totals(cl):
        t = tot(cl, billed="billed", allowed="allowed", paid="paid", patient_owes="owes")
        if cl is planted:
            t["patient_owes"] = str(q(Decimal(t["patient_owes"]) + 10))
        return t

    po = total(planted.svcs, "owes")
    sp = Spec("h164_02_commercial_claim_blocks", "fpdf2", False, [F, B], (F, 7.5), 10, cols, furn, head, foot,
              ("billed", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes"),
              "Commercial member EOB, portrait, shaded claim heading box per claim (patient with relationship, claim "
              "number, provider, patient account number, received/processed dates), column header under every claim "
              "heading, 97530-GO style codes, Qty, long descriptions wrapping to a second line, a denied line, claim "
              "totals; the first claim continues on page 2 under a repeated heading. PLANTED: the second claim's "
              "printed 'You Owe' total is 10.00 more than its lines.",
              hdr_per_claim=True, hdr_font=(B, 7), desc_col=2, desc_w=96, remarks=lambda s: s.remarks,
              totals=totals, bottom=50, identities=["eob"],
              legend=[("P1", "Your plan's deductible applied to this service."),
                      ("X4", "Your plan does not cover this treatment. You are responsible for the charge.")],
              findings=[f"claim-total-mismatch claim {planted.icn}: printed You Owe total {q(po + 10)} but the "
                        f"lines add up to {q(po)}"])
    sp.end = lambda cv, y, sp: legend_block(cv, y, sp, "What the codes mean", F, B, 8.5, x=40)
    return sp, claims


# ============================================================================= L3 Medicare Advantage member EOB

def l3():
    st = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.62"))
    rows = {
        (D(2026, 1, 6), "Brookside Rehab Associates", "MA2601064471"): [("97161", 1, ("GP",)), ("97110", 2, ("GP",))],
        (D(2026, 1, 9), "Brookside Rehab Associates", "MA2601095120"): [("97110", 2, ("GP", "KX")),
                                                                      ("97140", 1, ("GP", "59"))],
        (D(2026, 1, 13), "Valley Oak Family Medicine", "MA2601137702"): [("99213", 1, ())],
        (D(2026, 1, 16), "Brookside Rehab Associates", "MA2601168839"): [("97112", 2, ("GP", "CQ")),
                                                                       ("97116", 1, ("GP", "CQ")),
                                                                       ("G0283", 1, ("GP",))],
        (D(2026, 1, 20), "Brookside Rehab Associates", "MA2601200014"): [("97110", 2, ("GP", "CQ")),
                                                                       ("97530", 1, ("GP", "CQ")),
                                                                       ("0552T", 1, (), "CO")],
        (D(2026, 1, 23), "Brookside Rehab Associates", "MA2601233391"): [("97110", 2, ("GP",)), ("97112", 1, ("GP",))],
        (D(2026, 1, 27), "Brookside Rehab Associates", "MA2601277058"): [("97116", 2, ("GP", "KX")),
                                                                       ("97140", 1, ("GP",))],
        (D(2026, 1, 30), "Brookside Rehab Associates", "MA2601300926"): [("97110", 3, ("GP", "KX"))],
    }
    pat = "Gwendolyn P. Arceneaux"
    claims = []
    for (d, prov, num), items in rows.items():
        ss = svcs([(d,) + it for it in items], "com", st, "96")
        claims.append(Claim(pat, None, num, ss, prov, {"date": d}))
    for cl in claims:
        for s in cl.svcs:
            if s.denied:
                s.remarks = ["3"]
            elif s.copay:
                s.remarks = ["1"]
    F, B = "Helvetica", "Helvetica-Bold"

    def furn(cv, page):
        cv.text(50, 44, "Evergreen Crest Medicare Advantage (HMO)", B, 13)
        cv.text(50, 57, "Your Explanation of Benefits for Medical Services", F, 10)
        cv.text(cv.W - 50, 44, f"Page {page} of {sp.npages}", F, 9, "r")
        if page == 1:
            cv.text(50, 82, f"Member: {pat}", B, 9)
            cv.text(50, 94, "Member number: ECM-55021-887", F, 9)
            cv.text(50, 106, "Reporting period: January 1 - January 31, 2026", F, 9)
            cv.rect(330, 72, 232, 62)
            cv.text(338, 86, "Your share this period", B, 9)
            cv.text(338, 99, "Total your plan paid:", F, 9)
            cv.text(554, 99, money(sum((total(c.svcs, 'paid') for c in claims), ZERO)), F, 9, "r")
            cv.text(338, 111, "Total you may owe providers:", F, 9)
            cv.text(554, 111, money(sum((total(c.svcs, 'owes') for c in claims), ZERO)), F, 9, "r")
            cv.text(338, 123, "Max out-of-pocket used: $412.50 of $4,900", F, 9)
            cv.text(50, 156, "Your medical claims in detail", B, 11)
            cv.text(50, 169, "This notice is not a bill. Compare it with the bills you get from your providers.", F, 8.5)
            return 188
        return 80

    cols = [
        ("Service you received (billing code)", 56, "l", lambda s, cl: f"{s.desc} ({' '.join((s.code,) + s.mods)})"),
        ("Provider's\ncharge", 360, "r", lambda s, cl: money(s.billed)),
        ("Plan's\napproved amount", 432, "r", lambda s, cl: money(s.allowed)),
        ("Plan's\nshare", 488, "r", lambda s, cl: money(s.paid)),
        ("Your share\n(what you may owe)", 556, "r", lambda s, cl: money(s.owes)),
        ("Note", 560, "l", lambda s, cl: " ".join(s.remarks)),
    ]

    def head(cv, y, cl, cont):
        y += 8
        cv.rect(50, y - 11, cv.W - 100, 28, 0.4, 0.9)
        lab = " (continued)" if cont else ""
        cv.text(56, y, f"{dfmt(cl.extra['date'], 'month')} - {cl.provider}{lab}", B, 9)
        cv.text(56, y + 12, f"Claim number {cl.icn}", F, 8.5)
        cv.text(300, y + 12, "In network - the plan pays the provider directly", F, 8.5)
        return y + 32

    def foot(cv, y, cl):
        cv.setfont(B, 8.5)
        cv.text(56, y, "Claim total")
        for (t, x, al, _), a in zip(cols[1:5], ("billed", "allowed", "paid", "owes")):
            cv.text(x, y, money(total(cl.svcs, a)), align=al)
        return y + 18

    sp = Spec("h164_03_medicare_advantage_eob", "reportlab", False, [F, B], (F, 8.5), 13, cols, furn, head, foot,
              ("billed", "allowed", "paid", "patient_owes"),
              "Medicare Advantage HMO member EOB, portrait core Helvetica: summary box, a shaded claim heading per "
              "visit with the date spelled out and the claim number, codes with modifiers in parentheses after the "
              "description, no units, per-visit copay, a denied item, numbered notes.",
              hdr_per_claim=True, hdr_font=(B, 7.5), units=False, date_in_head=True, remarks=lambda s: s.remarks,
              ids=lambda cl: (None, cl.icn, pat), totals=lambda cl: tot(cl, billed="billed", allowed="allowed",
                                                                          paid="paid", patient_owes="owes"),
              legend=[("1", "You pay a fixed copayment for each therapy or office visit."),
                      ("3", "This item is not a covered benefit. The network provider may not bill you for it.")],
              identities=["owes_le"], bottom=70)
    sp.end = lambda cv, y, sp: legend_block(cv, y, sp, "Notes about your claims", F, B, 8.5, x=50)
    return sp, claims


# ============================================================================= L4 Medicare Summary Notice

def l4():
    st = PlanState(ded_left=Decimal("283.00"))
    pat = "WINIFRED OYELARAN-MOSS"
    visits = [
        (D(2026, 1, 5), "Riverbend Speech & Swallow Clinic", "26-005-71180-4402", [("92523", 1), ("92526", 1)]),
        (D(2026, 1, 8), "Riverbend Speech & Swallow Clinic", "26-008-71544-1027", [("92507", 1), ("92526", 1)]),
        (D(2026, 1, 12), "Harrow Point Occupational Therapy", "26-012-72019-6613",
         [("97166", 1), ("97535", 2), ("97760", 1), ("L3807", 1)]),
        (D(2026, 1, 15), "Riverbend Speech & Swallow Clinic", "26-015-72890-3301", [("92507", 1), ("97129", 1)]),
        (D(2026, 1, 19), "Harrow Point Occupational Therapy", "26-019-73322-0158",
         [("97530", 2), ("97535", 1), ("0552T", 1, (), "CO")]),
        (D(2026, 1, 22), "Riverbend Speech & Swallow Clinic", "26-022-73711-9024", [("92507", 1), ("92526", 1)]),
        (D(2026, 1, 26), "Harrow Point Occupational Therapy", "26-026-74105-5570",
         [("97530", 2), ("97140", 1), ("97168", 1)]),
        (D(2026, 1, 29), "Riverbend Speech & Swallow Clinic", "26-029-74560-2216", [("92507", 1)]),
    ]
    claims = []
    for d, prov, num, items in visits:
        claims.append(Claim(pat, None, num, svcs([(d,) + it for it in items], "mcr", st), prov, {"date": d}))
    for cl in claims:
        for s in cl.svcs:
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    F, B = "DejaVuSerif", "DejaVuSerif-Bold"

    def furn(cv, page):
        cv.text(40, 40, "Medicare Summary Notice for Part B (Medical Insurance)", B, 13)
        cv.text(40, 54, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid "
                        "Services", F, 7.5)
        cv.text(cv.W - 40, 770, f"Page {page} of {sp.npages}", F, 7.5, "r")
        if page == 1:
            cv.text(40, 80, pat, B, 9)
            cv.text(40, 92, "1207 Lantern Hill Court", F, 9)
            cv.text(40, 104, "Dovecote, KS 66099", F, 9)
            cv.rect(330, 70, 242, 70)
            cv.text(338, 84, "Medicare Number:  XXXX-XXX-7K41", F, 8.5)
            cv.text(338, 98, "Date of This Notice:  February 6, 2026", F, 8.5)
            cv.text(338, 112, "Claims Processed Between:", F, 8.5)
            cv.text(338, 124, "January 5 - February 4, 2026", F, 8.5)
            cv.text(40, 162, "Your Claims for Part B (Medical Insurance)", B, 11)
            cv.text(40, 176, "Part B covers outpatient therapy and doctor services. Your providers may bill you for "
                             "the 'Maximum You May Be Billed' amount.", F, 7.5)
            return 196
        cv.text(40, 72, f"{pat}   Medicare Number XXXX-XXX-7K41", F, 8)
        return 92

    cols = [
        ("Service Provided &\nBilling Code", 42, "l", lambda s, cl: f"{s.desc} ({s.code})"),
        ("Service\nApproved?", 270, "c", lambda s, cl: "No" if s.denied else "Yes"),
        ("Amount\nProvider\nCharged", 350, "r", lambda s, cl: money(s.billed)),
        ("Medicare-\nApproved\nAmount", 410, "r", lambda s, cl: money(s.allowed)),
        ("Medicare\nPaid\nProvider", 468, "r", lambda s, cl: money(s.paid)),
        ("Maximum\nYou May\nBe Billed", 528, "r", lambda s, cl: money(s.owes)),
        ("See\nNotes", 545, "l", lambda s, cl: ", ".join(s.remarks)),
    ]

    def head(cv, y, cl, cont):
        y += 8
        cv.hline(40, cv.W - 40, y - 10, 1.2)
        c = " (continued)" if cont else ""
        cv.text(42, y, f"{dfmt(cl.extra['date'], 'month')}{c}", B, 9.5)
        cv.text(42, y + 12, f"{cl.provider}, 55 Ferry Road, Dovecote KS 66098", F, 8)
        cv.text(42, y + 23, f"Claim Number: {cl.icn}", F, 8)
        cv.text(330, y + 23, "Assigned claim: your provider accepted Medicare's approved amount", F, 7)
        return y + 38

    def foot(cv, y, cl):
        cv.setfont(B, 8)
        cv.text(42, y, "Total for this claim")
        for (t, x, al, _), a in zip(cols[2:6], ("billed", "allowed", "paid", "owes")):
            cv.text(x, y, money(total(cl.svcs, a)), align=al)
        return y + 14

    sp = Spec("h164_04_medicare_summary_notice", "fpdf2", False, [F, B], (F, 8), 12, cols, furn, head, foot,
              ("billed", "allowed", "paid", "patient_owes"),
              "Medicare Summary Notice Part B, portrait DejaVu Serif: beneficiary box, claims headed by the spelled "
              "date, provider and claim number, service text with the code in parentheses, Service Approved? "
              "Yes/No, three-line column headings, lettered notes, no units and no modifiers.",
              hdr_per_claim=True, hdr_font=(B, 7), units=False, mods=False, date_in_head=True,
              remarks=lambda s: s.remarks, ids=lambda cl: (None, cl.icn, pat),
              totals=lambda cl: tot(cl, billed="billed", allowed="allowed", paid="paid", patient_owes="owes"),
              legend=[("A", "Your provider agreed to accept the Medicare-approved amount as full payment."),
                      ("B", "Some or all of this amount went toward your yearly Part B deductible."),
                      ("C", "Medicare does not cover this item. Because no advance notice was signed, the provider "
                            "cannot bill you for it.")],
              identities=["owes_le"], bottom=50)
    sp.end = lambda cv, y, sp: legend_block(cv, y, sp, "Notes for Part B", F, B, 8, x=40)
    return sp, claims


# ============================================================================= L5 state Medicaid RA, monospace

def l5():
    def mc(pat, acct, icn, rid, rows, sect, reason=None):
        c = Claim(pat, acct, icn, svcs(rows, "mcd", deny_reason=reason), "", {"rid": rid, "sect": sect})
        return c
    d = D
    claims = [
        mc("PELLETIER, JUNO", "CHT-20941", "2026030114220", "330917254", [
            (d(2026, 1, 5), "97165", 1, ("GO",)), (d(2026, 1, 5), "97530", 2, ("GO",)),
            (d(2026, 1, 7), "97530", 2, ("GO",)), (d(2026, 1, 7), "97112", 1, ("GO",)),
            (d(2026, 1, 12), "97530", 3, ("GO",)), (d(2026, 1, 14), "97530", 2, ("GO",)),
            (d(2026, 1, 14), "97535", 1, ("GO",)), (d(2026, 1, 19), "97530", 2, ("GO",)),
            (d(2026, 1, 21), "97530", 2, ("GO",)), (d(2026, 1, 21), "97140", 1, ("GO", "59"))], "PAID"),
        mc("ABERCROMBIE-SOTO, KAI", "CHT-20955", "2026030114221", "418820367", [
            (d(2026, 1, 6), "92523", 1, ("GN",)), (d(2026, 1, 8), "92507", 1, ("GN",)),
            (d(2026, 1, 13), "92507", 1, ("GN",)), (d(2026, 1, 15), "92507", 1, ("GN",)),
            (d(2026, 1, 20), "92507", 1, ("GN",)), (d(2026, 1, 22), "92507", 1, ("GN",)),
            (d(2026, 1, 27), "92507", 1, ("GN",)), (d(2026, 1, 29), "92507", 1, ("GN",))], "PAID"),
        mc("RAMIREZ-OTT, SELMA", "CHT-20960", "2026030114222", "512004981", [
            (d(2026, 1, 9), "97161", 1, ("GP",)), (d(2026, 1, 9), "97110", 2, ("GP",)),
            (d(2026, 1, 16), "97110", 2, ("GP",)), (d(2026, 1, 16), "97116", 1, ("GP",)),
            (d(2026, 1, 23), "97110", 2, ("GP",)), (d(2026, 1, 23), "97112", 2, ("GP",)),
            (d(2026, 1, 30), "97110", 2, ("GP",)), (d(2026, 1, 30), "97116", 2, ("GP",))], "PAID"),
        mc("LINDQVIST-OBI, TOVE", "CHT-20972", "2026030114225", "227590118", [
            (d(2026, 1, 5), "97166", 1, ("GO",)), (d(2026, 1, 5), "97533", 1, ("GO",)),
            (d(2026, 1, 8), "97533", 2, ("GO",)), (d(2026, 1, 8), "97530", 1, ("GO",)),
            (d(2026, 1, 12), "97533", 2, ("GO",)), (d(2026, 1, 15), "97533", 2, ("GO",)),
            (d(2026, 1, 15), "97530", 1, ("GO",)), (d(2026, 1, 19), "97533", 2, ("GO",)),
            (d(2026, 1, 22), "97533", 2, ("GO",)), (d(2026, 1, 22), "97535", 1, ("GO",)),
            (d(2026, 1, 26), "97533", 2, ("GO",)), (d(2026, 1, 29), "97533", 2, ("GO",)),
            (d(2026, 1, 29), "97168", 1, ("GO",))], "PAID"),
        mc("PELLETIER, JUNO", "CHT-20988", "2026030114229", "330917254", [
            (d(2026, 1, 26), "97530", 2, ("GO",), "CO"), (d(2026, 1, 26), "97760", 1, ("GO",), "CO")],
           "DENIED", "N05"),
        mc("DUBOIS, ANSEL", "CHT-20311", "2026030114240", "604417730", [
            (d(2025, 12, 15), "97530", 2, ("GO",)), (d(2025, 12, 15), "97535", 1, ("GO",))], "ADJUSTED"),
    ]
    orig = claims[-1]
    rev = Claim(orig.patient, orig.acct, "2025350098817", [negate(s) for s in orig.svcs], "",
                {"rid": orig.extra["rid"], "sect": "ADJUSTED", "void": True}, reversal=True)
    claims.insert(4, rev)
    for cl in claims:
        for s in cl.svcs:
            s.remarks = ["0821"] if s.denied else (["0133"] if cl.reversal else (["0016"] if s.discount else []))
    F, B = "Courier", "Courier-Bold"

    def furn(cv, page):
        cv.setfont(F, 8)
        cv.text(30, 30, "STATE OF CALLOWAY    DEPARTMENT OF FAMILY HEALTH SERVICES    MEDICAL ASSISTANCE PROGRAM")
        cv.text(30, 40, "REMITTANCE ADVICE                                         RA NUMBER: 0008834471")
        cv.text(30, 50, f"PAYEE: CORNERSTONE HOPE THERAPY CTR   PAYEE ID: 700318822   RUN DATE: 02/13/26   "
                        f"PAGE: {page:>3} OF {sp.npages:>3}")
        cv.hline(30, cv.W - 30, 55)
        return 70

    def tm(x):
        return money(x, "", "trail")

    cols = [
        ("LN", 30, "l", lambda s, cl: f"{cl.svcs.index(s) + 1:02d}"),
        ("SVC DATE", 50, "l", lambda s, cl: dfmt(s.dos, "mdy2")),
        ("PROC", 100, "l", lambda s, cl: s.code),
        ("MOD", 135, "l", lambda s, cl: " ".join(s.mods)),
        ("UNITS", 200, "r", lambda s, cl: f"{s.units:.1f}" if s.units >= 0 else f"{-s.units:.1f}-"),
        ("BILLED AMT", 270, "r", lambda s, cl: tm(s.billed)),
        ("ALLOWED AMT", 340, "r", lambda s, cl: tm(s.allowed)),
        ("COPAY", 390, "r", lambda s, cl: tm(s.copay)),
        ("PAID AMT", 460, "r", lambda s, cl: tm(s.paid)),
        ("EOB CODES", 480, "l", lambda s, cl: " ".join(s.remarks)),
        ("STATUS", 560, "l", lambda s, cl: "DENY" if s.denied else ("VOID" if cl.reversal else "PAY")),
    ]
    last = {"sect": None}

    def head(cv, y, cl, cont):
        cv.setfont(B, 8)
        if not cont and cl.extra["sect"] != last["sect"]:
            last["sect"] = cl.extra["sect"]
            title = {"PAID": "***** CLAIMS PAID *****", "DENIED": "***** CLAIMS DENIED *****",
                     "ADJUSTED": "***** CLAIM ADJUSTMENTS (VOIDS AND REPLACEMENTS) *****"}[cl.extra["sect"]]
            y += 4
            cv.text(30, y, title)
            y += 12
        cv.setfont(F, 8)
        c = "  CONTINUED" if cont else ""
        kind = "  ORIGINAL ICN VOIDED" if cl.extra.get("void") else ""
        cv.text(30, y, f"RECIPIENT: {cl.patient:<24} RECIP ID: {cl.extra['rid']}   ICN: {cl.icn}   "
                       f"PAT ACCT: {cl.acct}{kind}{c}")
        return y + 11

    def foot(cv, y, cl):
        cv.setfont(F, 8)
        cv.text(100, y, "CLAIM TOTAL")
        for (t, x, al, _), a in zip([cols[5], cols[6], cols[7], cols[8]], ("billed", "allowed", "copay", "paid")):
            cv.text(x, y, tm(total(cl.svcs, a)), align=al)
        return y + 16

    def end(cv, y, sp):
        if y + 120 > cv.H - 40:
            cv.new_page()
            y = furn(cv, cv.page)
        cv.setfont(B, 8)
        cv.text(30, y + 6, "EOB CODE MESSAGES")
        y += 18
        cv.setfont(F, 7.5)
        for code, text in sp.legend:
            cv.text(30, y, f"{code}  {text}")
            y += 10
        cv.text(30, y + 8, "NET PAYMENT THIS RA:   " + tm(sum((total(c.svcs, 'paid') for c in claims), ZERO)) +
                "     EFT TRACE: 1700318822-0226")
        return y

    sp = Spec("h164_05_medicaid_ra_mono", "reportlab", True, [F, B], (F, 8), 10, cols, furn, head, foot,
              ("billed", "allowed", "copay", "paid"),
              "State Medicaid remittance advice on landscape Courier: payee banner repeated with PAGE n OF N, "
              "sections CLAIMS PAID / CLAIMS DENIED / CLAIM ADJUSTMENTS, a recipient line per claim (name LAST, "
              "FIRST, recipient id, ICN, patient account), numbered detail lines with units '2.0', trailing-minus "
              "void of an earlier claim, four-digit state EOB codes with a message list; a long claim continues "
              "on the next page under the repeated header.",
              hdr_font=(B, 8), remarks=lambda s: s.remarks, end=end, bottom=40,
              totals=lambda cl: tot(cl, billed="billed", allowed="allowed", paid="paid"),
              legend=[("0016", "PAYMENT REDUCED TO THE PROGRAM'S MAXIMUM FEE FOR THIS PROCEDURE."),
                      ("0133", "THIS LINE REVERSES A PRIOR PAYMENT. SEE THE REPLACEMENT CLAIM, IF ANY."),
                      ("0821", "PRIOR AUTHORIZATION WAS NOT ON FILE FOR THESE DATES. RECIPIENT MAY NOT BE BILLED.")],
              identities=["mcd"], desc_printed=False)
    return sp, claims


def neg(s):
    r = negate(s)
    for f in ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "seq", "paid",
              "owes"):
        if getattr(r, f) == 0:
            setattr(r, f, ZERO)
    return r


# ============================================================================= L6 managed Medicaid RA, ruled grid

def l6():
    d = D
    groups = [
        ("Oduya, Blessing", "MCD77120455", "BO-11802", "T2602100001", [
            (d(2026, 1, 5), "97166", 1, ("GO",)), (d(2026, 1, 5), "97530", 2, ("GO",)),
            (d(2026, 1, 12), "97530", 2, ("GO",)), (d(2026, 1, 12), "97535", 1, ("GO",)),
            (d(2026, 1, 19), "97530", 2, ("GO",)), (d(2026, 1, 19), "97112", 1, ("GO",))]),
        ("Oduya, Chidi", "MCD77120463", "BO-11803", "T2602100002", [
            (d(2026, 1, 6), "92523", 1, ("GN",)), (d(2026, 1, 13), "92507", 1, ("GN",)),
            (d(2026, 1, 20), "92507", 1, ("GN",)), (d(2026, 1, 27), "92507", 1, ("GN",)),
            (d(2026, 1, 27), "92526", 1, ("GN",), "CO")]),
        ("Villanueva, Rafa", "MCD80035512", "VR-40017", "T2602100003", [
            (d(2026, 1, 8), "97162" if False else "97161", 1, ("GP",)), (d(2026, 1, 8), "97110", 3, ("GP",)),
            (d(2026, 1, 15), "97110", 2, ("GP",)), (d(2026, 1, 15), "97140", 1, ("GP", "59")),
            (d(2026, 1, 22), "97110", 2, ("GP",)), (d(2026, 1, 22), "97116", 1, ("GP",)),
            (d(2026, 1, 29), "97110", 2, ("GP",)), (d(2026, 1, 29), "G0283", 1, ("GP",))]),
        ("Tanaka-Boyle, Mieko", "MCD81190027", "TB-22904", "T2602100004", [
            (d(2026, 1, 9), "97165", 1, ("GO",)), (d(2026, 1, 9), "97760", 1, ("GO",)),
            (d(2026, 1, 9), "L3807", 1, ("LT",)), (d(2026, 1, 16), "97760", 1, ("GO",)),
            (d(2026, 1, 23), "97530", 2, ("GO",)), (d(2026, 1, 30), "97530", 2, ("GO",))]),
    ]
    claims = []
    for pat, mid, pcn, tcn, rows in groups:
        c = Claim(pat, pcn, tcn, svcs(rows, "mcd", deny_reason="B7"), "", {"mid": mid})
        claims.append(c)
    for cl in claims:
        for s in cl.svcs:
            s.remarks = ["N54"] if s.denied else []
    F, B = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"

    def furn(cv, page):
        cv.rect(36, 30, cv.W - 72, 40, 0.8)
        cv.text(44, 46, "Sunwater Community Health Plan", B, 12)
        cv.text(44, 60, "Medicaid managed care · Provider Remittance Advice", F, 8.5)
        cv.text(cv.W - 44, 46, "Payment date 02/17/2026", F, 8.5, "r")
        cv.text(cv.W - 44, 60, f"Page {page} of {sp.npages}", F, 8.5, "r")
        if page == 1:
            cv.text(36, 88, "Pay to: Meadowlark Children's Therapy Group, 90 Orchard Row, Fenwick, IA 50399", F, 8)
            cv.text(36, 99, "NPI 1467700215   TIN XX-XXX4410   EFT number 99120044718   EFT amount = total paid below"
                            "", F, 8)
            return 120
        return 86

    cols = [
        ("Ln", 38, "l", lambda s, cl: str(cl.svcs.index(s) + 1)),
        ("Date of Service", 54, "l", lambda s, cl: dfmt(s.dos, "mdy4")),
        ("Proc:Mod", 116, "l", lambda s, cl: ":".join((s.code,) + s.mods)),
        ("Units", 196, "r", lambda s, cl: f"{s.units:.2f}"),
        ("Billed", 250, "r", lambda s, cl: m(s.billed)),
        ("Allowed", 300, "r", lambda s, cl: m(s.allowed)),
        ("Adj Group-Reason", 310, "l", lambda s, cl: " ".join(f"{g}-{r}" for g, r, a in s.adjs)),
        ("Adj Amount", 430, "r", lambda s, cl: " ".join(m(a) for g, r, a in s.adjs)),
        ("Paid", 480, "r", lambda s, cl: m(s.paid)),
        ("RARC", 492, "l", lambda s, cl: " ".join(s.remarks)),
        ("Status", 536, "l", lambda s, cl: "Denied" if s.denied else "Paid"),
    ]

    def head(cv, y, cl, cont):
        y += 6
        cv.rect(36, y - 10, cv.W - 72, 14, 0.5, 0.88)
        c = " — continued" if cont else ""
        cv.text(40, y, f"Member: {cl.patient}   Member ID: {cl.extra['mid']}   Claim # (TCN): {cl.icn}   "
                       f"Patient Control #: {cl.acct}{c}", B, 7.5)
        return y + 14

    def foot(cv, y, cl):
        cv.hline(36, cv.W - 36, y - 7, 0.3)
        cv.setfont(B, 7.5)
        cv.text(54, y, "Claim totals")
        cv.text(250, y, m(total(cl.svcs, "billed")), align="r")
        cv.text(300, y, m(total(cl.svcs, "allowed")), align="r")
        cv.text(480, y, m(total(cl.svcs, "paid")), align="r")
        cv.hline(36, cv.W - 36, y + 4, 0.8)
        return y + 16

    def sub(s, cl):
        return []

    def end(cv, y, sp):
        y = legend_block(cv, y, sp, "Reason and remark codes on this advice", F, B, 7.5, x=36)
        cv.text(36, y + 12, "Total paid this advice: " + m(sum((total(c.svcs, 'paid') for c in claims), ZERO)), B, 8.5)
        return y

    sp = Spec("h164_06_medicaid_mco_remit", "fpdf2", False, [F, B], (F, 7.5), 11, cols, furn, head, foot,
              ("billed", "allowed", "paid"),
              "Medicaid managed-care plan remittance advice, portrait DejaVu Sans Condensed, boxed banner with page n "
              "of N, shaded member/claim heading bar (member LAST, FIRST, member id, TCN, patient control number), "
              "column header once per page, 'Proc:Mod' as 97530:GO, units 2.00, group-reason and amount columns, "
              "RARC, a denied line, ruled claim totals, code legend.",
              hdr_font=(B, 7), adj=lambda s: s.adjs, remarks=lambda s: s.remarks, end=end, bottom=50,
              totals=lambda cl: tot(cl, billed="billed", allowed="allowed", paid="paid"), full_adj=True,
              legend=[("CO-45", "Charge is above the plan's fee schedule; the difference is written off."),
                      ("CO-B7", "The rendering provider was not enrolled for this service on the date given."),
                      ("N54", "The claim information does not match the approved service plan for the member.")],
              identities=["mcd"], desc_printed=False)
    return sp, claims


# ============================================================================= L7 clearinghouse SPR-style paper remit

def l7():
    d = D
    pats = [
        ("HOLLOWAY, EDITH M", "5JP4TR8KM21", "PTW-771204", "0226040118850", "1730442917", Decimal("0.00"), [
            (d(2026, 1, 6), "97161", 1, ("GP",)), (d(2026, 1, 6), "97110", 2, ("GP",)),
            (d(2026, 1, 8), "97110", 2, ("GP", "KX")), (d(2026, 1, 8), "97140", 1, ("GP", "59"))]),
        ("QUILTER, BERNARD", "2HX9EM4QA07", "PTW-771219", "0226040118851", "1730442917", Decimal("120.00"), [
            (d(2026, 1, 7), "97163", 1, ("GP",)), (d(2026, 1, 7), "97112", 2, ("GP",)),
            (d(2026, 1, 9), "97112", 2, ("GP", "CQ")), (d(2026, 1, 9), "97116", 1, ("GP", "CQ")),
            (d(2026, 1, 14), "97112", 2, ("GP", "CQ")), (d(2026, 1, 14), "97116", 2, ("GP", "CQ")),
            (d(2026, 1, 16), "97110", 2, ("GP",))]),
        ("NAKASHIMA, IRIS", "7TG2WN6RB33", "PTW-771230", "0226040118852", "1588203346", Decimal("0.00"), [
            (d(2026, 1, 12), "97165", 1, ("GO",)), (d(2026, 1, 12), "97535", 2, ("GO",)),
            (d(2026, 1, 19), "97530", 2, ("GO", "CO")), (d(2026, 1, 19), "97535", 1, ("GO", "CO")),
            (d(2026, 1, 21), "0552T", 1, (), "CO")]),
        ("VELASQUEZ-TRAN, ORLA", "9CK7FE1MD58", "PTW-771244", "0226040118853", "1588203346", Decimal("45.00"), [
            (d(2026, 1, 13), "92523", 1, ("GN",)), (d(2026, 1, 15), "92507", 1, ("GN",)),
            (d(2026, 1, 20), "92507", 1, ("GN",)), (d(2026, 1, 22), "92507", 1, ("GN",))]),
    ]
    claims = []
    for name, mid, acnt, icn, npi, ded, rows in pats:
        st = PlanState(ded_left=ded)
        claims.append(Claim(name, acnt, icn, svcs(rows, "mcr", st, "50"), "", {"mid": mid, "npi": npi}))
    for cl in claims:
        for s in cl.svcs:
            s.remarks = ["N130"] if s.denied else []
    F, B = "Courier", "Courier-Bold"
    X = {"perf": 36, "date": 104, "pos": 150, "nos": 176, "proc": 194, "mods": 230, "billed": 318, "allowed": 366,
         "deduct": 408, "coins": 450, "grp": 458, "pd": 576}

    def furn(cv, page):
        cv.setfont(F, 7.5)
        cv.text(36, 30, "LAKEHAVEN CLAIMS EXCHANGE - PAPER REMITTANCE PRINT (FROM 835)      MEDICARE PART B")
        cv.text(36, 40, "PAYER: COASTAL STATES MAC JURISDICTION Q     PROVIDER: TRILLIUM PT & WELLNESS LLC")
        cv.text(36, 50, f"PROV # 3309917   CHECK/EFT # 00447120985   DATE 02/12/2026   PAGE #: {page} OF {sp.npages}")
        cv.hline(36, cv.W - 36, 56)
        return 70

    tm = lambda a: money(a, "", "-")  # noqa: E731
    cols = [
        ("PERF PROV", X["perf"], "l", lambda s, cl: cl.extra["npi"]),
        ("SERV DATE", X["date"], "l", lambda s, cl: dfmt(s.dos, "mdy6")),
        ("POS", X["pos"], "l", lambda s, cl: "11"),
        ("NOS", X["nos"], "l", lambda s, cl: units_str(s.units)),
        ("PROC", X["proc"], "l", lambda s, cl: s.code),
        ("MODS", X["mods"], "l", lambda s, cl: " ".join(s.mods)),
        ("BILLED", X["billed"], "r", lambda s, cl: tm(s.billed)),
        ("ALLOWED", X["allowed"], "r", lambda s, cl: tm(s.allowed)),
        ("DEDUCT", X["deduct"], "r", lambda s, cl: tm(s.deductible)),
        ("COINS", X["coins"], "r", lambda s, cl: tm(s.coinsurance)),
        ("GRP/RC-AMT", X["grp"], "l", lambda s, cl: f"{s.adjs[0][0]}-{s.adjs[0][1]:<4} {tm(s.adjs[0][2]):>8}"),
        ("PROV PD", X["pd"], "r", lambda s, cl: tm(s.paid)),
    ]

    def sub(s, cl):
        out = [[(X["grp"], "l", f"{g}-{r:<4} {tm(a):>8}")] for g, r, a in s.adjs[1:]]
        if s.remarks:
            out.append([(X["proc"], "l", "REM: " + " ".join(s.remarks))])
        return out

    def head(cv, y, cl, cont):
        cv.setfont(F, 7.5)
        y += 4
        c = " (CONT)" if cont else ""
        cv.text(36, y, f"NAME {cl.patient:<22} MID {cl.extra['mid']}  ACNT {cl.acct}  ICN {cl.icn}  ASG Y MOA MA01{c}")
        return y + 11

    def foot(cv, y, cl):
        cv.setfont(F, 7.5)
        pr = total(cl.svcs, "owes")
        cv.text(36, y, f"PT RESP {tm(pr):>9}")
        cv.text(X["proc"], y, "CLAIM TOTALS")
        for k, a in (("billed", "billed"), ("allowed", "allowed"), ("deduct", "deductible"), ("coins", "coinsurance"),
                     ("pd", "paid")):
            cv.text(X[k], y, tm(total(cl.svcs, a)), align="r")
        cv.text(X["grp"], y, f"{sum((sum((a for g, r, a in s.adjs), ZERO) for s in cl.svcs), ZERO):>14}")
        cv.text(36, y + 10, f"ADJ TO TOTALS:  PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00  NET {tm(total(cl.svcs, 'paid'))}")
        return y + 24

    def end(cv, y, sp):
        if y + 80 > cv.H - 40:
            cv.new_page()
            y = furn(cv, cv.page)
        cv.setfont(F, 7.5)
        allc = [s for c in claims for s in c.svcs]
        cv.text(36, y + 4, "TOTALS:  # OF CLAIMS   BILLED AMT   ALLOWED AMT   DEDUCT AMT   COINS AMT   PROV PD AMT")
        cv.text(36, y + 14, f"         {len(claims):>11} {tm(total(allc, 'billed')):>12} {tm(total(allc, 'allowed')):>13}"
                            f" {tm(total(allc, 'deductible')):>12} {tm(total(allc, 'coinsurance')):>11}"
                            f" {tm(total(allc, 'paid')):>13}")
        y += 32
        cv.text(36, y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES")
        y += 10
        for code, text in sp.legend:
            cv.text(36, y, f"{code:<7}{text}")
            y += 9
        return y

    sp = Spec("h164_07_clearinghouse_spr", "reportlab", False, [F, B], (F, 7.5), 9.5, cols, furn, head, foot,
              ("billed", "allowed", "deductible", "coinsurance", "paid"),
              "Medicare Part B standard-paper-remit style print from a clearinghouse, portrait Courier 7.5: "
              "NAME/MID/ACNT/ICN/ASG/MOA claim line, PERF PROV, MMDDYY dates, POS, NOS units, MODS, first adjustment "
              "on the service row and further group/reason amounts stacked under it, REM line for denials, "
              "PT RESP and CLAIM TOTALS, provider totals and a glossary; a claim crosses a page break.",
              hdr_font=(F, 7.5), hdr_rule=False, adj=lambda s: s.adjs, remarks=lambda s: s.remarks, sub=sub,
              end=end, bottom=40, full_adj=True, adj_span=4,
              totals=lambda cl: tot(cl, billed="billed", allowed="allowed", paid="paid", patient_owes="owes"),
              legend=[("CO-45", "CHARGE OVER THE FEE SCHEDULE AMOUNT; PROVIDER WRITES IT OFF."),
                      ("PR-1", "DEDUCTIBLE AMOUNT."), ("PR-2", "COINSURANCE AMOUNT."),
                      ("CO-253", "SEQUESTRATION REDUCTION OF FEDERAL PAYMENT."),
                      ("CO-50", "SERVICE NOT DEEMED MEDICALLY NECESSARY BY THE PAYER."),
                      ("N130", "CONSULT PLAN BENEFIT DOCUMENTS FOR COVERAGE LIMITS."),
                      ("MA01", "APPEAL RIGHTS NOTICE: YOU MAY ASK FOR A REDETERMINATION WITHIN 120 DAYS.")],
              identities=["mcr"], desc_printed=False)
    return sp, claims


# ============================================================================= L8 practice-management ERA posting report

def l8():
    d = D
    data = [
        ("Brandvold, Soren", "20554", "7731N0024418", Decimal("0"), [
            (d(2026, 1, 5), "97163", 1, ("GP",)), (d(2026, 1, 5), "97110", 2, ("GP",)),
            (d(2026, 1, 7), "97110", 2, ("GP",)), (d(2026, 1, 7), "97140", 1, ("GP", "59"))]),
        ("Brandvold, Maren", "20561", "7731N0024419", Decimal("75.00"), [
            (d(2026, 1, 6), "97165", 1, ("GO",)), (d(2026, 1, 6), "97530", 2, ("GO",)),
            (d(2026, 1, 13), "97530", 2, ("GO",)), (d(2026, 1, 13), "97535", 1, ("GO",)),
            (d(2026, 1, 20), "97533", 1, ("GO",), "CO")]),
        ("Ekwueme, Tobias", "20577", "7731N0024430", Decimal("0"), [
            (d(2026, 1, 8), "92507", 1, ("GN",)), (d(2026, 1, 15), "92507", 1, ("GN",)),
            (d(2026, 1, 22), "92507", 1, ("GN",)), (d(2026, 1, 29), "92507", 1, ("GN",))]),
        ("Fairweather, Lotte", "20580", "7731N0024434", Decimal("0"), [
            (d(2026, 1, 9), "99213", 1, ("25",)), (d(2026, 1, 9), "97760", 1, ("GO",)),
            (d(2026, 1, 9), "L3807", 1, ("RT",))]),
    ]
    claims = []
    for pat, acct, icn, ded, rows in data:
        st = PlanState(ded_left=ded, allowed_rate=Decimal("0.74"), coins_rate=Decimal("0.15"),
                       copay_codes={"99213": Decimal("30.00")})
        claims.append(Claim(pat, acct, icn, svcs(rows, "com", st, "96"), ""))
    F, B = "LiberationSansNarrow", "LiberationSansNarrow-Bold"

    def furn(cv, page):
        cv.text(30, 30, "Stonecrop Rehab Partners — Practice Manager 9", F, 8)
        cv.text(cv.W - 30, 30, "Printed 02/11/2026 14:07 by KJOHANSEN", F, 8, "r")
        cv.text(30, 48, "ERA Posting Detail Report", B, 13)
        cv.text(30, 61, "Payer: Ironwood Benefit Administrators (commercial)   Check/EFT: 61200918   "
                        "Check date: 02/10/2026   Batch: ERA-0210-03", F, 8.5)
        cv.hline(30, cv.W - 30, 67, 1)
        return 84

    def fpage(cv, page):
        cv.text(cv.W / 2, cv.H - 20, f"Page {page} of {sp.npages}", F, 8, "c")

    cols = [
        ("DOS", 30, "l", lambda s, cl: dfmt(s.dos, "mdy2")),
        ("CPT", 74, "l", lambda s, cl: s.code),
        ("Mod", 104, "l", lambda s, cl: ",".join(s.mods)),
        ("Units", 150, "r", lambda s, cl: units_str(s.units)),
        ("Description", 160, "l", lambda s, cl: s.desc),
        ("Charge", 340, "r", lambda s, cl: m(s.billed)),
        ("Allowed", 384, "r", lambda s, cl: m(s.allowed)),
        ("Deduct", 424, "r", lambda s, cl: m(s.deductible)),
        ("Coins", 462, "r", lambda s, cl: m(s.coinsurance)),
        ("Copay", 500, "r", lambda s, cl: m(s.copay)),
        ("Adjustment codes", 512, "l", lambda s, cl: "  ".join(f"{g}{r} {m(a)}" for g, r, a in s.adjs)),
        ("Ins Paid", 700, "r", lambda s, cl: m(s.paid)),
        ("Pt Resp", 750, "r", lambda s, cl: m(s.owes)),
    ]

    def head(cv, y, cl, cont):
        y += 6
        cv.text(30, y, f"Patient: {cl.patient}", B, 8.5)
        cv.text(180, y, f"Acct #: {cl.acct}", F, 8.5)
        cv.text(260, y, f"Payer Claim #: {cl.icn}", F, 8.5)
        cv.text(420, y, "Status: 1 - Processed as Primary", F, 8.5)
        cv.text(600, y, "Rendering: Ilse Varga, DPT", F, 8.5)
        return y + 12

    def foot(cv, y, cl):
        cv.setfont(B, 8)
        cv.text(160, y, "Claim subtotal")
        for x, a in ((340, "billed"), (384, "allowed"), (424, "deductible"), (462, "coinsurance"), (500, "copay"),
                     (700, "paid"), (750, "owes")):
            cv.text(x, y, m(total(cl.svcs, a)), align="r")
        cv.hline(30, cv.W - 30, y + 5, 0.3)
        return y + 14

    def end(cv, y, sp):
        allc = [s for c in claims for s in c.svcs]
        cv.setfont(B, 8.5)
        cv.text(30, y + 10, f"Batch totals: {len(claims)} claims, {len(allc)} lines   Charges {m(total(allc, 'billed'))}"
                            f"   Insurance paid {m(total(allc, 'paid'))}   Patient responsibility "
                            f"{m(total(allc, 'owes'))}")
        return y + 20

    sp = Spec("h164_08_pm_era_posting", "fpdf2", True, [F, B], (F, 8), 11, cols, furn, head, foot,
              ("billed", "allowed", "deductible", "coinsurance", "copay", "paid", "patient_owes"),
              "Practice-management 'ERA Posting Detail Report', landscape Liberation Sans Narrow: report banner with "
              "payer, check and batch, patient lines 'Last, First' with account and payer claim number, CPT and Mod "
              "in separate columns (mods comma-joined), units, all adjustment codes with amounts glued 'CO45 48.62' "
              "in one cell, claim subtotals, batch totals, page n of N footer.",
              hdr_font=(B, 7.5), adj=lambda s: s.adjs, end=end, footer=fpage, bottom=40, full_adj=True,
              totals=lambda cl: tot(cl, billed="billed", allowed="allowed", paid="paid", patient_owes="owes"),
              identities=["eob"])
    return sp, claims


# ============================================================================= L9 therapy clinic family statement

def l9():
    st = PlanState(ded_left=Decimal("210.00"), allowed_rate=Decimal("0.80"), coins_rate=Decimal("0.20"))
    d = D
    visits = [
        ("Pippa Vandermolen", "V-40117", "SM26-0005881", d(2026, 1, 5), [("97165", 1, ("GO",)), ("97530", 2, ("GO",))]),
        ("Hugo Vandermolen", "V-40121", "SM26-0005902", d(2026, 1, 6), [("92523", 1, ("GN",))]),
        ("Pippa Vandermolen", "V-40139", "SM26-0006114", d(2026, 1, 12), [("97530", 2, ("GO",)),
                                                                          ("97535", 1, ("GO",))]),
        ("Hugo Vandermolen", "V-40144", "SM26-0006120", d(2026, 1, 13), [("92507", 1, ("GN",))]),
        ("Pippa Vandermolen", "V-40160", "SM26-0006377", d(2026, 1, 19), [("97530", 2, ("GO",)),
                                                                          ("97112", 1, ("GO",))]),
        ("Hugo Vandermolen", "V-40166", "SM26-0006392", d(2026, 1, 20), [("92507", 1, ("GN",)),
                                                                         ("92526", 1, ("GN",), "PR")]),
        ("Celeste Vandermolen", "V-40171", "SM26-0006410", d(2026, 1, 21), [("97161", 1, ("GP",)),
                                                                            ("97140", 1, ("GP",)),
                                                                            ("97110", 2, ("GP",))]),
        ("Pippa Vandermolen", "V-40188", "SM26-0006655", d(2026, 1, 26), [("97530", 3, ("GO",)),
                                                                          ("97535", 1, ("GO",))]),
        ("Hugo Vandermolen", "V-40190", "SM26-0006671", d(2026, 1, 27), [("92507", 1, ("GN",))]),
        ("Celeste Vandermolen", "V-40201", "SM26-0006902", d(2026, 1, 28), [("97110", 2, ("GP",)),
                                                                            ("97140", 1, ("GP",))]),
        ("Pippa Vandermolen", "V-40212", "SM26-0007015", d(2026, 2, 2), [("97530", 2, ("GO",)),
                                                                         ("97168", 1, ("GO",))]),
        ("Hugo Vandermolen", "V-40219", "SM26-0007033", d(2026, 2, 3), [("92507", 1, ("GN",))]),
        ("Celeste Vandermolen", "V-40224", "SM26-0007101", d(2026, 2, 4), [("97110", 2, ("GP",)),
                                                                           ("97112", 1, ("GP",)),
                                                                           ("G0283", 1, ("GP",))]),
        ("Pippa Vandermolen", "V-40231", "SM26-0007188", d(2026, 2, 9), [("97530", 2, ("GO",)),
                                                                         ("97535", 1, ("GO",))]),
        ("Hugo Vandermolen", "V-40236", "SM26-0007190", d(2026, 2, 10), [("92507", 1, ("GN",)),
                                                                         ("92526", 1, ("GN",))]),
        ("Celeste Vandermolen", "V-40240", "SM26-0007254", d(2026, 2, 11), [("97110", 2, ("GP",)),
                                                                            ("97140", 1, ("GP",))]),
        ("Pippa Vandermolen", "V-40247", "SM26-0007301", d(2026, 2, 16), [("97530", 2, ("GO",)),
                                                                          ("97112", 1, ("GO",))]),
    ]
    claims = []
    for pat, vno, icn, dd, rows in visits:
        claims.append(Claim(pat, vno, icn, svcs([(dd,) + r for r in rows], "com", st, "96"), "", {"date": dd}))
    F, B = "LiberationSerif", "LiberationSerif-Bold"
    bal = sum((total(c.svcs, "owes") for c in claims), ZERO) - Decimal("50.00")

    def furn(cv, page):
        if page == 1:
            cv.text(48, 50, "Juniper Hollow Pediatric & Family Therapy", B, 14)
            cv.text(48, 64, "310 Brindle Avenue, Suite 4 · Elk Meadow, CO 80499 · Billing office (970) 555-0193", F, 8.5)
            cv.rect(400, 80, 164, 66)
            cv.text(408, 94, "Statement date: 02/09/2026", F, 8.5)
            cv.text(408, 107, "Guarantor account: G-7781", F, 8.5)
            cv.text(408, 120, f"Amount due: {money(bal)}", B, 9)
            cv.text(408, 133, "Please pay by: 03/01/2026", F, 8.5)
            cv.text(48, 96, "CELESTE VANDERMOLEN", F, 9.5)
            cv.text(48, 108, "2284 Quarry Bend Lane", F, 9.5)
            cv.text(48, 120, "Elk Meadow, CO 80498", F, 9.5)
            cv.text(48, 168, "Statement of account — services for your family, with insurance activity from Sunmeadow "
                             "Health", F, 9)
            return 188
        cv.text(48, 40, "Juniper Hollow Pediatric & Family Therapy · Guarantor account G-7781 · page " + str(page), F, 8)
        return 60

    cols = [
        ("Date", 48, "l", lambda s, cl: dfmt(s.dos, "mdyn")),
        ("Description", 102, "l", lambda s, cl: s.desc),
        ("Code", 270, "l", lambda s, cl: s.code),
        ("Charges", 350, "r", lambda s, cl: m(s.billed, "$")),
        ("Insurance\nPaid", 412, "r", lambda s, cl: m(s.paid, "$")),
        ("Insurance\nAdjustment", 480, "r", lambda s, cl: m(s.discount, "$")),
        ("Your\nBalance", 540, "r", lambda s, cl: m(s.owes, "$")),
    ]

    def head(cv, y, cl, cont):
        y += 5
        cv.text(48, y, f"Visit {cl.acct} · {dfmt(cl.extra['date'], 'mdyn')} · Patient: {cl.patient} · "
                       f"Sunmeadow claim {cl.icn}", B, 8.5)
        return y + 12

    def foot(cv, y, cl):
        return y + 4

    def end(cv, y, sp):
        if y + 110 > cv.H - 50:
            cv.new_page()
            y = furn(cv, cv.page)
        y += 10
        cv.hline(48, cv.W - 48, y - 8)
        cv.text(102, y, "2/03/2026  Payment received - thank you (check 4471)", F, 8.5)
        cv.text(540, y, "($50.00)", F, 8.5, "r")
        y += 20
        cv.text(102, y, "Amount due from you", B, 10)
        cv.text(540, y, money(bal), B, 10, "r")
        y += 24
        cv.rect(48, y - 10, cv.W - 96, 44)
        cv.text(56, y + 2, "Balances shown are after your insurance processed each visit. Deductible and coinsurance "
                           "amounts are set by", F, 8)
        cv.text(56, y + 13, "your plan. Questions? Call our billing office. We offer payment plans for balances over "
                            "$200.", F, 8)
        return y

    sp = Spec("h164_09_clinic_family_statement", "reportlab", False, [F, B], (F, 8.5), 12, cols, furn, head, foot,
              ("billed", "paid", "discount", "patient_owes"),
              "Therapy clinic family statement to the guarantor, portrait Liberation Serif: remit-stub box, one bold "
              "visit line per claim (visit number, date, patient full name, insurer claim number), service rows with "
              "1/5/2026 dates, CPT without modifiers, no units, insurance paid and adjustment columns, a "
              "non-covered item left with the family, amounts as positive figures; rows run on to page 2 with no repeated header; payment and "
              "amount-due lines at the end.",
              repeat_header=False, hdr_font=(B, 8), units=False, mods=False, end=end, bottom=64,
              totals=lambda cl: {}, identities=["stmt"])
    return sp, claims


# ============================================================================= L10 hospital outpatient itemized statement

def l10():
    d = D
    st = PlanState(ded_left=Decimal("0.00"), allowed_rate=Decimal("0.70"), coins_rate=Decimal("0.10"))
    REV = {"97166": "0434", "97530": "0434", "97535": "0434", "97168": "0434", "97140": "0434", "97760": "0434",
           "97161": "0424", "97110": "0424", "97112": "0424", "97116": "0424", "G0283": "0420", "92507": "0444",
           "92523": "0444", "L3807": "0274", "99213": "0510"}
    accts = [
        ("Yusuf Haddad-Lindgren", "HA-50017732", "CL8840021937", [
            (d(2026, 1, 7), "97166", 1, ("GO",)), (d(2026, 1, 7), "97530", 2, ("GO",)),
            (d(2026, 1, 9), "97530", 2, ("GO",)), (d(2026, 1, 9), "97535", 1, ("GO",)),
            (d(2026, 1, 14), "97530", 2, ("GO",)), (d(2026, 1, 14), "97760", 1, ("GO",)),
            (d(2026, 1, 14), "L3807", 1, ("LT",)), (d(2026, 1, 16), "97530", 2, ("GO",)),
            (d(2026, 1, 16), "97140", 1, ("GO",)), (d(2026, 1, 21), "97530", 3, ("GO",)),
            (d(2026, 1, 23), "97530", 2, ("GO",)), (d(2026, 1, 23), "97535", 2, ("GO",)),
            (d(2026, 1, 28), "97530", 2, ("GO",)), (d(2026, 1, 30), "97168", 1, ("GO",)),
            (d(2026, 2, 4), "97530", 2, ("GO",)), (d(2026, 2, 4), "97535", 1, ("GO",)),
            (d(2026, 2, 6), "97530", 2, ("GO",)), (d(2026, 2, 6), "97140", 1, ("GO",)),
            (d(2026, 2, 11), "97530", 3, ("GO",)), (d(2026, 2, 13), "97530", 2, ("GO",)),
            (d(2026, 2, 13), "97535", 2, ("GO",)), (d(2026, 2, 18), "97530", 2, ("GO",)),
            (d(2026, 2, 20), "97530", 2, ("GO",)), (d(2026, 2, 20), "97760", 1, ("GO",)),
            (d(2026, 2, 25), "97530", 2, ("GO",)), (d(2026, 2, 27), "97530", 2, ("GO",)),
            (d(2026, 2, 27), "97168", 1, ("GO",)), (d(2026, 3, 4), "97530", 2, ("GO",)),
            (d(2026, 3, 4), "97535", 1, ("GO",)), (d(2026, 3, 6), "97530", 2, ("GO",)),
            (d(2026, 3, 11), "97530", 2, ("GO",)), (d(2026, 3, 11), "97140", 1, ("GO",)),
            (d(2026, 3, 13), "97530", 2, ("GO",))]),
        ("Mariam Haddad-Lindgren", "HA-50018004", "CL8840022570", [
            (d(2026, 1, 12), "97161", 1, ("GP",)), (d(2026, 1, 12), "97110", 2, ("GP",)),
            (d(2026, 1, 19), "97112", 2, ("GP",)), (d(2026, 1, 19), "G0283", 1, ("GP",)),
            (d(2026, 1, 26), "97110", 2, ("GP",)), (d(2026, 1, 26), "97116", 1, ("GP",))]),
    ]
    claims = []
    for pat, acct, icn, rows in accts:
        claims.append(Claim(pat, acct, icn, svcs(rows, "com", st), ""))
    claims.reverse()
    F, B = "DejaVuSans", "DejaVuSans-Bold"

    def furn(cv, page):
        cv.text(40, 40, "ST. ALDRIC COMMUNITY HOSPITAL", B, 12)
        cv.text(40, 53, "Outpatient Rehabilitation Services · 1500 Tamarack Parkway · Wexford Falls, MN 55999", F, 7.5)
        cv.text(cv.W - 40, 40, "ITEMIZED PATIENT STATEMENT", B, 10, "r")
        cv.text(cv.W - 40, 53, f"Page {page} of {sp.npages}", F, 7.5, "r")
        cv.hline(40, cv.W - 40, 60, 1.2)
        if page == 1:
            cv.text(40, 78, "Guarantor: Samir Haddad-Lindgren", F, 8.5)
            cv.text(40, 90, "4 Larch Court, Wexford Falls, MN 55998", F, 8.5)
            cv.text(330, 78, "Statement date: 05-Feb-2026", F, 8.5)
            cv.text(330, 90, "Primary insurance: Northstar Cooperative Health", F, 8.5)
            return 110
        return 76

    cols = [
        ("Service Date", 42, "l", lambda s, cl: dfmt(s.dos, "mdy4")),
        ("Rev", 100, "l", lambda s, cl: REV[s.code]),
        ("CPT/HCPCS", 128, "l", lambda s, cl: s.code),
        ("Mod", 178, "l", lambda s, cl: " ".join(s.mods)),
        ("Description", 204, "l", lambda s, cl: s.desc),
        ("Qty", 440, "r", lambda s, cl: units_str(s.units)),
        ("Charge", 500, "r", lambda s, cl: m(s.billed, "$")),
    ]

    def head(cv, y, cl, cont):
        y += 8
        cv.rect(40, y - 10, cv.W - 80, 26, 0.5)
        c = " (continued)" if cont else ""
        cv.text(46, y, f"Patient: {cl.patient}{c}", B, 8.5)
        cv.text(300, y, f"Account No. {cl.acct}", F, 8.5)
        cv.text(46, y + 11, "Outpatient therapy series · Attending: Dr. Ophelia Strand", F, 7.5)
        return y + 30

    def foot(cv, y, cl):
        b, p, o = total(cl.svcs, "billed"), total(cl.svcs, "paid"), total(cl.svcs, "owes")
        adj = b - p - o
        rows = [("Total charges", money(b)),
                (f"Less: insurance paid, Northstar claim {cl.icn}", money(p)),
                ("Less: contractual adjustment - Northstar", money(adj)),
                ("Account balance - patient responsibility", money(o))]
        if y + 13 * 4 > cv.H - 50:
            cv.new_page()
            y = furn(cv, cv.page)
        for i, (t, v) in enumerate(rows):
            f = B if i in (0, 3) else F
            cv.text(204, y, t, f, 8)
            cv.text(566, y, v, f, 8, "r")
            y += 12
        return y + 8

    sp = Spec("h164_10_hospital_itemized", "fpdf2", False, [F, B], (F, 7.5), 14, cols, furn, head, foot,
              ("billed",),
              "Hospital outpatient-rehabilitation itemized statement for a guarantor's two family members, portrait "
              "DejaVu Sans: boxed patient/account heading, revenue code column, CPT/HCPCS and Mod apart, quantity and "
              "charge per line only, account-level insurer payment with claim number, contractual adjustment and "
              "patient balance; the first account runs on to page 2 under a repeated header and '(continued)'.",
              hdr_per_claim=True, hdr_font=(B, 7), end=lambda cv, y, sp: y, bottom=56,
              totals=lambda cl: tot(cl, billed="billed", paid="paid", patient_owes="owes"), identities=[])
    return sp, claims


LAYOUTS = [l1, l2, l3, l4, l5, l6, l7, l8, l9, l10]


# ================================================================================================ self-check

NUM = re.compile(r"\(?-?\$?\d[\d,]*\.\d\d\)?-?")
DATE_STYLES = ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")


def nums(text: str) -> set:
    out = set()
    for t in NUM.findall(text):
        negv = t.startswith("(") or t.startswith("-") or t.endswith("-")
        v = Decimal(t.strip("()-$").replace("$", "").replace(",", ""))
        out.add(-v if negv else v)
    return out


def tokens(text: str) -> set:
    return {Decimal(t) for t in re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", text)}


def date_forms(d: date) -> set:
    return {dfmt(d, st) for st in DATE_STYLES} | {f"{d:%B} {d.day}, {d.year}".upper()}


def check_file(pdf: Path) -> tuple[list, dict]:
    import pdfplumber
    t = json.loads(Path(str(pdf) + ".truth.json").read_text())
    errs = []
    with pdfplumber.open(pdf) as doc:
        texts = [(pg.extract_text(x_tolerance=1.5) or "") for pg in doc.pages]
        if len(doc.pages) != t["pages"]:
            errs.append(f"page count {len(doc.pages)} != truth {t['pages']}")
    alltext = re.sub(r"\s+", " ", " ".join(texts))
    allnums = nums(" ".join(texts))
    spec = {f.__name__: f for f in LAYOUTS}
    sp = None
    for f in LAYOUTS:
        s_, _ = f()
        if s_.name == t["layout"]:
            sp = s_
    assert sp is not None
    amount_keys = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
                   "discount")
    for n, ln in enumerate(t["lines"]):
        lines = texts[ln["page"] - 1].split("\n")
        want = [Decimal(ln[k]) for k in amount_keys if ln[k] is not None]
        d = date.fromisoformat(ln["service_date"])
        forms = date_forms(d)
        ok = False
        why = "no row with the code and amounts"
        for i, row in enumerate(lines):
            if ln["code"] and ln["code"] not in row:
                continue
            if any(a not in nums(row) for a in want):
                continue
            if sp.date_in_head:
                if not any(f in texts[ln["page"] - 1] for f in forms):
                    why = "date not on page"
                    continue
            elif not any(f in row for f in forms):
                why = "date not on row"
                continue
            if ln["units"] is not None and Decimal(ln["units"]) not in tokens(row):
                why = "units not on row"
                continue
            if any(mo not in row for mo in ln["modifiers"]):
                why = "modifier not on row"
                continue
            span = "\n".join(lines[i:i + 1 + max(sp.adj_span, 1 if ln["remarks"] else 0)])
            if any(r not in span for r in ln["remarks"]):
                why = "remark not near row"
                continue
            bad = False
            for g, r, a in ln["adjustments"]:
                if r not in span or g not in span or (a is not None and Decimal(a) not in nums(span)):
                    bad = True
            if bad:
                why = "adjustment not near row"
                continue
            if ln["description"]:
                near = " ".join(lines[i:i + 6])
                if any(w not in near for w in ln["description"].split()):
                    why = "description not at row"
                    continue
            ok = True
            break
        if not ok:
            errs.append(f"line {n} ({ln['code']} {ln['service_date']} p{ln['page']}): {why}")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in alltext:
                errs.append(f"line {n}: {k} {ln[k]!r} not in text")
        # arithmetic
        v = {k: (Decimal(ln[k]) if ln[k] is not None else None) for k in amount_keys}
        z = lambda k, v=v: v[k] or ZERO  # noqa: E731
        if sp.full_adj:
            if v["billed"] - sum((Decimal(a) for g, r, a in ln["adjustments"]), ZERO) != v["paid"]:
                errs.append(f"line {n}: billed - adjustments != paid")
        for ident in sp.identities:
            if ident == "eob":
                if v["allowed"] is not None and v["discount"] is not None and \
                        v["billed"] - z("discount") - z("not_covered") != v["allowed"]:
                    errs.append(f"line {n}: billed - savings - not covered != allowed")
                if v["allowed"] - z("deductible") - z("copay") - z("coinsurance") != v["paid"]:
                    errs.append(f"line {n}: allowed - patient shares != paid")
                if v["patient_owes"] - z("deductible") - z("copay") - z("coinsurance") not in (ZERO, z("not_covered"),
                                                                                             v["billed"]):
                    errs.append(f"line {n}: your share does not add up")
            elif ident == "mcd":
                if v["paid"] != v["allowed"] - z("copay"):
                    errs.append(f"line {n}: medicaid paid != allowed - copay")
            elif ident == "mcr":
                if v["allowed"] - z("deductible") - z("coinsurance") < v["paid"]:
                    errs.append(f"line {n}: medicare paid above allowed less patient share")
            elif ident == "owes_le":
                if v["paid"] + v["patient_owes"] > v["allowed"] or (v["allowed"] and v["paid"] <= 0
                                                                    and v["patient_owes"] == 0):
                    errs.append(f"line {n}: paid + owes exceed approved")
            elif ident == "stmt":
                if v["billed"] - v["discount"] - v["paid"] != v["patient_owes"]:
                    errs.append(f"line {n}: statement row does not balance")
    # claim totals
    span_claims = 0
    for c in t["claims"]:
        key = (c["claim_id"], c["payer_claim_id"], c["patient"])
        mine = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) == key]
        if not mine:
            errs.append(f"claim {key} has no lines")
            continue
        if len({ln["page"] for ln in mine}) > 1:
            span_claims += 1
        for k, val in c["totals"].items():
            if val is None:
                continue
            if Decimal(val) not in allnums:
                errs.append(f"claim {key}: total {k} {val} not printed")
            if any(ln[k] is None for ln in mine):
                continue
            s_ = sum((Decimal(ln[k]) for ln in mine), ZERO)
            planted = any(c["payer_claim_id"] and c["payer_claim_id"] in f for f in t["expected_findings"])
            if planted and k == "patient_owes":
                if s_ == Decimal(val):
                    errs.append(f"claim {key}: planted mismatch is not a mismatch")
            elif s_ != Decimal(val):
                errs.append(f"claim {key}: {k} total {val} != lines {s_}")
    for f in t["expected_findings"]:
        if not any(c["payer_claim_id"] and c["payer_claim_id"] in f for c in t["claims"]):
            errs.append(f"finding names no claim: {f}")
    del spec
    return errs, {"lines": len(t["lines"]), "pages": t["pages"], "claims": len(t["claims"]),
                  "spanning": span_claims, "producer": t["producer"]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Write the set-164 held-out PDF EOB layouts with truth files.")
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args(argv)
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout164_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for f in LAYOUTS:
        sp, claims = f()
        paths.append(render(sp, claims, out))
    print(f"wrote {len(paths)} PDFs to {out}")
    if not a.check:
        return 0
    bad, spanning_files = 0, 0
    for p in paths:
        errs, info = check_file(p)
        spanning_files += info["spanning"] > 0
        print(f"{p.name}: {info['producer']}, {info['pages']} pages, {info['claims']} claims, {info['lines']} lines, "
              f"{info['spanning']} claims across pages -> {'OK' if not errs else 'FAIL'}")
        for e in errs[:12]:
            print("   ", e)
        bad += bool(errs)
    producers = {json.loads(Path(str(p) + ".truth.json").read_text())["producer"] for p in paths}
    if spanning_files < 3:
        print(f"only {spanning_files} files carry a claim that crosses a page")
        bad += 1
    if len(producers) < 2:
        bad += 1
    print("CHECK", "PASSED" if not bad else f"FAILED ({bad})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
