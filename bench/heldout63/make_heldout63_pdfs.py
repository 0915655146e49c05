"""Write the SIXTY-THIRD held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader, written without looking at the reader, its tests, its docs or its results.
Two layouts of each of the five commonest real kinds, each in a house style of its own.

Run:  python bench/heldout63/make_heldout63_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout63/make_heldout63_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Helper module: h63.py (drawing layer over
reportlab / fpdf2, and the self-check). Shared helpers (Svc, plan arithmetic, money, dfmt, truth format) are
imported from samples/pdf/eobgen.py; four codes it lacks (97533, 97162, 92610, E0730) get invented fees here.
Truth format: the one of samples/pdf (<name>.pdf.truth.json), printed values only, null for what a layout does
not print (units null where no quantity is printed; service_end only where a to/thru date is printed);
claim_id = the provider's own account / patient-control / visit / hospital-account number, payer_claim_id = the
payer's claim number / ICN / TCN, patient exactly as printed (the person served, never the subscriber or
guarantor unless the same person). Every name, number, payer, provider, address and ID is invented; descriptions
and code legends are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date).

Layouts:
  c1  commercial PPO member EOB to the subscriber, family of four (reportlab, portrait Liberation Sans 6.6 pt):
      address + shaded facts box, "Your family's claims on this statement" table, grey "Claim for: <name>
      (<relation>)" bars with "Claim number" right and "Patient account no." below, columns "Service date / What
      you received / Service code ("97530 GO 59") / Amount billed / Network savings / Not covered / Allowed amount
      / Deductible / Copay / Coinsurance / Plan paid / Your share / Notes", wrapped descriptions, a not-covered
      line, claim totals row, a claim continued on page 2 under a repeated bar + column header, two-letter notes
  c2  commercial member "Your Claims Report" with a shaded LEFT SIDEBAR on every page (fpdf2, portrait DejaVu
      Sans): "Claim 2 of 5 · <patient>" heads, "Provider's account" and "Claim number" on one line, Date as
      1/6/26, Proc / Mod / Qty apart, no $ signs, "Plan discount / Not covered / Approved / Deduct. / Plan paid /
      You owe / Code", a bundled (denied) line, five claims over two pages with the column header under every
      claim head; PLANTED claim-total
      mismatch (You owe) on claim K0126-55310-02
  m1  Medicare Summary Notice Part B (fpdf2, portrait Liberation Sans Narrow): page-1 address, notice facts box,
      deductible and "Your Claims & Costs This Period" boxes, claim bars "Jan 6, 2026 / provider + address /
      Claim number", service cell "Therapeutic exercises, 2 units (97110-GP-KX)", "Did Medicare Approve the
      Service?", charged / approved / paid / maximum you may be billed / notes letters, a denied line the patient
      pays, totals per claim, page header with the beneficiary's name on later pages, appeal text
  m2  Medicare Advantage HMO-POS member EOB (reportlab, landscape Liberation Serif): four cost tiles, out-of-pocket
      line, outlined claim heads "Claim number / Service provider / Provider's reference", per-visit copay,
      PTA lines (CQ), units column, "Not covered by the plan / Amount the plan allows / Plan's share / Your copay
      / Your coinsurance / Your total share / See note", a bundled line and a rental denied with patient liability,
      claim continued onto page 2 with "(continued from the previous page)"
  d1  state Medicaid remittance advice, mainframe print (fpdf2, portrait Liberation Mono 6.6 pt): page banner with
      RA number and warrant repeated, "*** CLAIMS PAID / DENIED / CLAIM ADJUSTMENTS ***" sections, "RECIP: LAST,
      FIRST  ID  ICN  PAT ACCT  STATUS" lines, detail "LN FROM THRU PROC MODS UNITS BILLED ALLOWED PAID EOB CODES"
      with MMDDYY from/thru dates and units "3.00", a void with trailing-minus amounts and its replacement, state
      four-digit EOB codes, payment summary and code messages, a long claim near a page end
  d2  state Medicaid provider remittance advice (reportlab, landscape Liberation Sans): dark banner, payment tiles,
      BOXED claim cards with label-over-value heads (Member Name / Member ID / Patient Account No. / TCN / Claim
      Status / Billed / Paid), ruled lines "Line / DOS From / DOS To / Proc Code / Mod 1 / Mod 2 / Units /
      Billed Amt / Allowed Amt / TPL Amt / Co-pay / Paid Amt / Adj Group/CARC / Adj Amt / RARC / Status" with
      stacked CO-45 + PR-3 adjustments, a limit denial, a fully denied claim, a card continued on the next page
  p1  Medicare Part B standard paper remit printed by a clearinghouse (fpdf2, landscape DejaVu Sans Mono):
      "NAME / MID / ACNT / ICN / ASG / MOA" claim lines, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED
      DEDUCT COINS GRP/RC-AMT PROV PD" with "0106 010626" dates and the group/reason amounts stacked under each
      service, REM lines, PT RESP + CLAIM TOTALS + NET, a status-22 reversal with minus amounts then the corrected
      claim, a claim continued on the next page under "(CONT)", totals and glossary
  p2  practice-management "ERA Posting Detail" of a Medicare deposit (reportlab, portrait Liberation Sans Narrow):
      column header repeated on every page, shaded patient bands "Last, First M · Acct # · Claim # · Payer ICN",
      DOS as 01-05-2026, Mods "GP, KX", units, Charge / Allowed / Deduct / Coins / Paid / Pt Resp, each service
      followed by grey "Adj CO-45 over fee schedule 174.45" sub-rows, posted-by and batch columns, deposit summary
  s1  pediatric therapy clinic family statement to the guarantor (reportlab, portrait DejaVu Serif): return
      portion with a boxed amount-due panel and detach line, "Patient:" sub-heads for three children, visit lines
      "Visit V-118204 · billed to <insurer>, claim <no>, processed <date>", Date / Description / CPT / Mod / Qty /
      Charges / Insurance paid / Insurance adjustment / Your balance, visit totals, a denied feeding-therapy
      line, a patient payment as a non-service row, summary box; runs onto page 2 under a short running head
      WITHOUT a repeated column header
  s2  hospital guarantor "PATIENT STATEMENT" (fpdf2, portrait core Helvetica): summary of three family members'
      hospital accounts, shaded account bands with insurer claim numbers, Date / Rev / Description / CPT/HCPCS /
      Mod / Qty / Charges / Insurance payments / Insurance adjustments / Patient balance, a duplicated charge and
      its "(75.00)" correction, a non-covered DME rental, an account continued on page 2 under a repeated band

The self-check (--check) tests the factory, never the reader: each truth line's code, modifiers, units and
every printed amount are on ONE text row of its page (pdfplumber words grouped by baseline), its dates,
adjustment codes/amounts and remarks are on that page, its ids and patient are printed on that page or an
earlier one, page counts match; the documents' own arithmetic holds (billed - discount = allowed where nothing is
not-covered; allowed - deductible - copay - coinsurance - sequestration = paid where printed; billed - adjustments
= paid where every adjustment is printed with its amount; claim totals = sum of lines unless a planted mismatch
is declared, and the planted one really is); every legend code is printed; at least three files carry a claim
whose rows run onto the next page; and a second build is byte-identical.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen as G  # noqa: E402
from eobgen import ZERO, PlanState, Svc, claim_totals, dfmt, money, total, truth_line, write_truth  # noqa: E402
from h63 import Doc, Table, check_file  # noqa: E402

# a few codes the shared fee tables lack (invented charges / rates, our own words)
for _c, _fee, _sch, _d in (("97533", "98.00", "38.20", "Sensory integration techniques"),
                           ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
                           ("92610", "180.00", "84.60", "Swallowing function evaluation"),
                           ("E0730", "96.00", "31.40", "TENS unit rental, four lead")):
    G.FEE.setdefault(_c, _fee)
    G.SCHED.setdefault(_c, _sch)
    G.DESC.setdefault(_c, _d)


def D(m: int, d: int) -> date:
    return date(2026, m, d)


class Truth:
    def __init__(self) -> None:
        self.lines: list = []
        self.claims: list = []
        self.legend: list = []
        self.findings: list = []

    def line(self, page: int, s: Svc, cid, pcid, pat, printed, **kw) -> None:
        self.lines.append(truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed,
                                     **kw))

    def claim(self, cid, pcid, pat, **tot) -> None:
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": claim_totals(**tot)})


# ======================================================================================= c1
def c1(path: Path, npages: int | None):
    """Commercial member EOB (reportlab, portrait Liberation Sans)."""
    d = Doc(path, "reportlab", "LiberationSans")
    T = Truth()
    M = 30
    sub = "Tomas Lindqvist"
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("35.00")})
    sib = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.20"))
    claims = [
        ("Elsie Lindqvist", "Daughter", "Brightwater Pediatric Therapy", "BPT-77120", "5B2601-004417", "01/22/26", st,
         [Svc(D(1, 5), "97166", 1, ("GO",)), Svc(D(1, 5), "97530", 2, ("GO",)),
          Svc(D(1, 7), "97530", 2, ("GO",)), Svc(D(1, 7), "97535", 1, ("GO",)),
          Svc(D(1, 9), "97530", 2, ("GO", "59")), Svc(D(1, 9), "97112", 1, ("GO",)),
          Svc(D(1, 12), "97530", 2, ("GO",)), Svc(D(1, 12), "97533", 1, ("GO",), denied="PR"),
          Svc(D(1, 14), "97530", 2, ("GO",)), Svc(D(1, 14), "97535", 1, ("GO",)),
          Svc(D(1, 16), "97530", 2, ("GO",)), Svc(D(1, 16), "97112", 1, ("GO", "59"))]),
        ("Arlo Lindqvist", "Son", "Brightwater Pediatric Therapy", "BPT-77131", "5B2601-004452", "01/23/26", sib,
         [Svc(D(1, 6), "92523", 1, ("GN",)), Svc(D(1, 8), "92507", 1, ("GN",)),
          Svc(D(1, 13), "92507", 1, ("GN",)), Svc(D(1, 15), "92507", 1, ("GN",)),
          Svc(D(1, 20), "92507", 1, ("GN",)), Svc(D(1, 22), "92507", 1, ("GN",)),
          Svc(D(1, 27), "92507", 1, ("GN",)), Svc(D(1, 29), "92507", 1, ("GN",))]),
        ("Maren Lindqvist", "Spouse", "Foxglove Hand & Wrist Center", "FHW-3390-1", "5B2601-005008", "01/26/26", sib,
         [Svc(D(1, 19), "99213", 1), Svc(D(1, 19), "97760", 1, ("GO",)), Svc(D(1, 19), "L3807", 1, ("RT",)),
          Svc(D(1, 26), "97760", 1, ("GO",)), Svc(D(1, 26), "97140", 2, ("GO",)),
          Svc(D(1, 26), "G0283", 1, ("GO",)), Svc(D(1, 28), "97140", 2, ("GO",)),
          Svc(D(1, 28), "97110", 1, ("GO",)), Svc(D(1, 30), "97140", 2, ("GO",)),
          Svc(D(1, 30), "97110", 1, ("GO",)), Svc(D(1, 30), "97760", 1, ("GO", "KX"))]),
    ]
    for c in claims:
        for s in c[7]:
            G.commercial(s, c[6], deny_reason="204")
            rm = []
            if s.denied:
                rm = ["NC"]
            else:
                if s.discount:
                    rm.append("PN")
                if s.deductible:
                    rm.append("DD")
                if s.copay:
                    rm.append("CP")
            s.remarks = rm
    cols = [("Service\ndate", 36, "L"), ("What you received", 92, "L"), ("Service\ncode", 46, "L"),
            ("Amount\nbilled", 40, "R"), ("Network\nsavings", 40, "R"), ("Not\ncovered", 38, "R"),
            ("Allowed\namount", 40, "R"), ("Deduct-\nible", 36, "R"), ("Copay", 32, "R"),
            ("Co-\ninsurance", 38, "R"), ("Plan\npaid", 38, "R"), ("Your\nshare", 38, "R"), ("Notes", 26, "L")]
    tb = Table(d, M, cols, size=6.6, head_size=6.2, lead=8.6)
    BOTTOM = d.H - 58

    def footer():
        d.line(M, d.H - 40, d.W - M, d.H - 40, 0.4, 0.5)
        d.text(M, d.H - 30, "Pinecrest Health Plan, Inc. · PO Box 7720, Larkspur Falls, MN 55877 · "
               "Member services 1-888-555-0163 (TTY 711)", 6, grey=0.3)
        d.text(d.W - M, d.H - 30, f"Page {d.page} of {npages or 0}", 6.5, align="R")

    def top(first: bool) -> float:
        d.new_page()
        d.text(M, 44, "PINECREST", 17, True)
        d.text(M + d.width("PINECREST ", 17, True), 44, "HEALTH PLAN", 17, False, grey=0.35)
        d.text(d.W - M, 36, "Explanation of Benefits", 12, True, "R")
        d.text(d.W - M, 48, "THIS IS NOT A BILL", 8, True, "R")
        d.line(M, 56, d.W - M, 56, 1.2)
        if not first:
            d.text(M, 68, f"Subscriber: {sub}    Member ID: PHX404718822    Statement date: January 30, 2026", 7)
            return 86
        y = 76
        for t in (sub, "418 Larch Hollow Rd", "Wintergreen, MN 55391"):
            d.text(M, y, t, 8.5)
            y += 11
        d.rect(330, 66, 252, 62, fill=0.93)
        kv = [("Statement date", "January 30, 2026"), ("Subscriber", sub), ("Member ID", "PHX404718822"),
              ("Group", "Arden Valley Schools · 22861-04"), ("Plan", "Choice PPO 1500")]
        y = 77
        for k, v in kv:
            d.text(338, y, k, 7, True)
            d.text(420, y, v, 7)
            y += 11
        y = 144
        d.text(M, y, "Your family's claims on this statement", 9, True)
        y += 12
        st_cols = [("Family member", 130, "L"), ("Relationship", 70, "L"), ("Claims", 40, "R"),
                   ("Amount billed", 70, "R"), ("Plan paid", 70, "R"), ("Your share", 70, "R")]
        ft = Table(d, M, st_cols, size=7, lead=10)
        y = ft.head(y, fill=0.88)
        for pat, rel, *_r, svcs in [(c[0], c[1], c[7]) for c in claims]:
            y = ft.row(y, [pat, rel, "1", money(total(svcs, "billed")), money(total(svcs, "paid")),
                           money(total(svcs, "owes"))])
        y = ft.row(y, [sub, "Self", "0", "$0.00", "$0.00", "$0.00"])
        d.text(M, y + 4, "Your share is what you may owe the provider. Amounts under Network savings are not "
               "billed to you when the provider is in our network.", 6.5, grey=0.25)
        return y + 24

    def claim_head(y, c, cont=False) -> float:
        pat, rel, prov, acct, clm, recd = c[:6]
        d.rect(M, y - 9, d.W - 2 * M, 24, fill=0.85, stroke=False)
        d.text(M + 4, y, f"Claim for: {pat} ({rel})" + ("  - continued" if cont else ""), 8, True)
        d.text(d.W - M - 4, y, f"Claim number {clm}", 8, True, "R")
        d.text(M + 4, y + 10, f"Provider: {prov}    Patient account no. {acct}    Received {recd}    "
               "Processed 01/28/26", 6.8)
        return tb.head(y + 30)

    y = top(True)
    for c in claims:
        pat, rel, prov, acct, clm, recd, _st, svcs = c
        if y + 80 > BOTTOM:
            footer()
            y = top(False)
        y = claim_head(y, c)
        for s in svcs:
            vals = [dfmt(s.dos, "mdy2"), s.desc, " ".join((s.code,) + s.mods), money(s.billed), money(s.discount),
                    money(s.not_covered), money(s.allowed), money(s.deductible), money(s.copay),
                    money(s.coinsurance), money(s.paid), money(s.owes), ", ".join(s.remarks)]
            if y + tb.rows_needed(vals, 1) * tb.lead > BOTTOM:
                footer()
                y = top(False)
                y = claim_head(y, c, cont=True)
            T.line(d.page, s, acct, clm, pat, printed=("billed", "discount", "not_covered", "allowed", "deductible",
                                                        "copay", "coinsurance", "paid", "patient_owes"),
                   units=False, remarks=s.remarks)
            y = tb.row(y, vals, wrap_col=1)
        d.line(M, y - 6, d.W - M, y - 6, 0.4)
        y = tb.row(y + 1, ["", "Claim totals", "", money(total(svcs, "billed")), money(total(svcs, "discount")),
                           money(total(svcs, "not_covered")), money(total(svcs, "allowed")),
                           money(total(svcs, "deductible")), money(total(svcs, "copay")),
                           money(total(svcs, "coinsurance")), money(total(svcs, "paid")), money(total(svcs, "owes")),
                           ""], bold=True) + 12
        T.claim(acct, clm, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
    T.legend = [("PN", "The provider is in our network and accepted the network price; the savings are not yours "
                       "to pay."),
                ("DD", "Part of the allowed amount counted toward your calendar-year deductible."),
                ("CP", "A fixed office-visit copay applies to this service under your plan."),
                ("NC", "Not a covered benefit under your plan; you may be billed for the full amount.")]
    if y + 90 > BOTTOM:
        footer()
        y = top(False)
    d.text(M, y, "What the notes mean", 8.5, True)
    y += 12
    for code, text in T.legend:
        d.text(M, y, code, 7, True)
        d.text(M + 24, y, text, 7)
        y += 10
    y += 6
    for t in ("Questions about a claim? Call Member Services. You have 180 days from the date of this statement to "
              "ask for a review (appeal).",
              "Deductible met so far (individual / family): $150.00 of $1,500.00 / $150.00 of $3,000.00"):
        d.text(M, y, t, 6.8)
        y += 10
    footer()
    return d.save(), T, "commercial member EOB (family)"


# ======================================================================================= c2
def c2(path: Path, npages: int | None):
    """Commercial member EOB with a left sidebar on every page (fpdf2, portrait DejaVu Sans)."""
    d = Doc(path, "fpdf2", "DejaVuSans")
    T = Truth()
    SB = 158
    X = 30 + SB + 10
    plan = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.10"))
    claims = [
        ("Sofia Brandvold", "Juniper Hand & Upper Limb Clinic", "JH-30551", "K0126-55310-01",
         [Svc(D(1, 6), "97165", 1, ("GO",)), Svc(D(1, 6), "97760", 1, ("GO",)), Svc(D(1, 6), "L3807", 1, ("LT",)),
          Svc(D(1, 13), "97140", 2, ("GO",)), Svc(D(1, 13), "97110", 2, ("GO",))]),
        ("Liv Brandvold", "Northern Lights Children's Therapy", "NLCT 118-204", "K0126-55310-02",
         [Svc(D(1, 7), "97530", 3, ("GO",)), Svc(D(1, 9), "97530", 3, ("GO",)), Svc(D(1, 14), "97530", 3, ("GO",)),
          Svc(D(1, 14), "97533", 1, ("GO",)), Svc(D(1, 16), "97530", 3, ("GO",)),
          Svc(D(1, 21), "97530", 3, ("GO",)), Svc(D(1, 23), "97530", 2, ("GO",)),
          Svc(D(1, 23), "97535", 1, ("GO",)), Svc(D(1, 28), "97530", 3, ("GO",)),
          Svc(D(1, 30), "97168", 1, ("GO",))]),
        ("Henrik Brandvold", "Lakeshore Spine & Sport PT", "LSS-0094471", "K0126-55310-03",
         [Svc(D(1, 12), "97162", 1, ("GP",)), Svc(D(1, 12), "97110", 2, ("GP",)), Svc(D(1, 15), "97110", 2, ("GP",)),
          Svc(D(1, 15), "97140", 1, ("GP", "59")), Svc(D(1, 15), "G0283", 1, ("GP",), denied="CO"),
          Svc(D(1, 20), "97110", 2, ("GP", "KX")), Svc(D(1, 20), "97116", 1, ("GP",))]),
        ("Sofia Brandvold", "Juniper Hand & Upper Limb Clinic", "JH-30588", "K0126-55310-05",
         [Svc(D(1, 20), "97140", 2, ("GO",)), Svc(D(1, 20), "97110", 2, ("GO",)), Svc(D(1, 20), "97760", 1, ("GO",)),
          Svc(D(1, 22), "97140", 2, ("GO",)), Svc(D(1, 22), "97110", 2, ("GO",)), Svc(D(1, 22), "97530", 1, ("GO",)),
          Svc(D(1, 27), "97140", 2, ("GO",)), Svc(D(1, 27), "97110", 2, ("GO",)), Svc(D(1, 27), "G0283", 1, ("GO",)),
          Svc(D(1, 29), "97140", 2, ("GO",)), Svc(D(1, 29), "97110", 2, ("GO", "KX")),
          Svc(D(1, 29), "97168", 1, ("GO",))]),
        ("Liv Brandvold", "Prairie Rose Pediatrics", "PRP-552019", "K0126-55310-04",
         [Svc(D(1, 27), "99213", 1), Svc(D(1, 27), "97129", 1)]),
    ]
    for c in claims:
        for s in c[4]:
            G.commercial(s, plan, deny_reason="96")
            s.remarks = ["X7"] if s.denied else (["D2"] if s.deductible else ["P1"])
    cols = [("Date", 34, "L"), ("Proc.", 30, "L"), ("Mod", 30, "L"), ("Qty", 18, "R"), ("Charged", 40, "R"),
            ("Plan\ndiscount", 38, "R"), ("Not\ncovered", 38, "R"), ("Approved", 40, "R"), ("Deduct.", 36, "R"),
            ("Plan\npaid", 40, "R"), ("You\nowe", 38, "R"), ("Code", 22, "L")]
    tb = Table(d, X, cols, size=6.5, head_size=6.1, lead=9.4)
    BOTTOM = d.H - 50
    mismatch_claim = "K0126-55310-02"

    def sidebar():
        d.rect(30, 30, SB, d.H - 70, fill=0.92, stroke=False)
        y = 52
        d.text(38, y, "KEYSTONE", 13, True)
        d.text(38, y + 13, "BENEFIT MUTUAL", 9, False, grey=0.3)
        y += 36
        for k, v in (("Member", "Sofia Brandvold"), ("Member ID", "KBM 660-41-2287"), ("Group", "Oriel Freight 0418"),
                     ("Statement", "Feb 3, 2026"), ("Covers", "Jan 1 - Jan 31, 2026")):
            d.text(38, y, k, 6.3, grey=0.35)
            d.text(38, y + 9, v, 7.4, True)
            y += 22
        y += 4
        d.text(38, y, "Deductible this year", 7.4, True)
        y += 11
        for who, met in (("Sofia", "$250.00"), ("Henrik", "$0.00"), ("Liv", "$0.00")):
            d.text(38, y, who, 6.8)
            d.text(30 + SB - 8, y, f"{met} of $250", 6.8, align="R")
            y += 10
        y += 8
        for t in ("Questions? 1-877-555-0149", "Mon-Fri, 7 a.m. - 7 p.m.", "keystonebm.example",
                  "", "Keep this statement", "with your tax papers."):
            d.text(38, y, t, 6.6)
            y += 9

    def top() -> float:
        d.new_page()
        sidebar()
        d.text(X, 46, "Your Claims Report", 14, True)
        d.text(X, 58, "This is not a bill. It shows how your family's recent claims were processed.", 7)
        d.text(d.W - 30, 46, f"{d.page}/{npages or 0}", 7, align="R")
        d.line(X, 64, d.W - 30, 64, 0.8)
        return 80

    def head(y, i, c, cont=False):
        pat, prov, acct, clm, _s = c
        d.text(X, y, f"Claim {i} of {len(claims)}  ·  {pat}" + ("  (continued)" if cont else ""), 8.5, True)
        d.text(X, y + 10, f"{prov}  ·  Provider's account {acct}  ·  Claim number {clm}", 6.8)
        return tb.head(y + 24)

    y = top()
    for i, c in enumerate(claims, 1):
        pat, prov, acct, clm, svcs = c
        if y + 70 > BOTTOM:
            y = top()
        y = head(y, i, c)
        for s in svcs:
            if y + tb.lead > BOTTOM:
                y = top()
                y = head(y, i, c, cont=True)
            T.line(d.page, s, acct, clm, pat, printed=("billed", "discount", "not_covered", "allowed", "deductible",
                                                        "paid", "patient_owes"), remarks=s.remarks, description=False)
            y = tb.row(y, [f"{s.dos.month}/{s.dos.day}/{s.dos:%y}", s.code, " ".join(s.mods), G.units_str(s.units),
                           money(s.billed, ","), money(s.discount, ","), money(s.not_covered, ","),
                           money(s.allowed, ","), money(s.deductible, ","), money(s.paid, ","), money(s.owes, ","),
                           s.remarks[0]])
        owes = total(svcs, "owes")
        printed_owes = owes + Decimal("10.00") if clm == mismatch_claim else owes
        if clm == mismatch_claim:
            T.findings.append(f"claim-total-mismatch claim {clm}: printed You owe total {printed_owes} but the "
                              f"lines add up to {owes}")
        d.line(X, y - 6, d.W - 30, y - 6, 0.3)
        y = tb.row(y, ["Total", "", "", "", money(total(svcs, "billed"), ","), money(total(svcs, "discount"), ","),
                       money(total(svcs, "not_covered"), ","), money(total(svcs, "allowed"), ","),
                       money(total(svcs, "deductible"), ","), money(total(svcs, "paid"), ","),
                       money(printed_owes, ","), ""], bold=True) + 14
        T.claim(acct, clm, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=printed_owes)
    T.legend = [("P1", "Paid at the rate your plan agreed with this network provider."),
                ("D2", "Some or all of this charge went toward the deductible."),
                ("X7", "This service is billed as part of another service on the same day, so it is not paid "
                       "separately. You do not owe it.")]
    if y + 60 > BOTTOM:
        y = top()
    d.text(X, y, "Explanation codes", 8, True)
    y += 11
    for code, text in T.legend:
        d.text(X, y, code, 6.8, True)
        for k, part in enumerate(d.wrap(text, d.W - 30 - X - 24, 6.8)):
            d.text(X + 22, y, part, 6.8)
            y += 9
    return d.save(), T, "commercial member EOB with sidebar"


# ======================================================================================= m1
def m1(path: Path, npages: int | None):
    """Medicare Summary Notice, Part B (fpdf2, portrait Liberation Sans Narrow)."""
    d = Doc(path, "fpdf2", "LiberationSansNarrow")
    T = Truth()
    M = 40
    who = "Winifred A. Kasprzak"
    st = PlanState(ded_left=Decimal("40.00"))
    provs = {
        "TOR": ("Tidewater Outpatient Rehabilitation", "55 Ferry Landing Rd, Port Alder, ME 04611"),
        "CMS": ("Coastal Medical Specialists", "2 Beacon Hill Ct, Port Alder, ME 04611"),
    }
    claims = [
        ("TOR", D(1, 6), "14-2601-0632-118", [Svc(D(1, 6), "97161", 1, ("GP",)), Svc(D(1, 6), "97110", 2, ("GP",)),
                                              Svc(D(1, 6), "97140", 1, ("GP",))]),
        ("TOR", D(1, 8), "14-2601-0697-402", [Svc(D(1, 8), "97110", 2, ("GP",)), Svc(D(1, 8), "97112", 1, ("GP",)),
                                              Svc(D(1, 8), "97530", 1, ("GP",)),
                                              Svc(D(1, 8), "0552T", 1, ("GP",), denied="PR")]),
        ("CMS", D(1, 9), "14-2601-0712-066", [Svc(D(1, 9), "99213", 1)]),
        ("TOR", D(1, 13), "14-2601-0785-233", [Svc(D(1, 13), "97110", 2, ("GP", "KX")),
                                               Svc(D(1, 13), "97112", 1, ("GP", "KX")),
                                               Svc(D(1, 13), "97116", 1, ("GP", "KX")),
                                               Svc(D(1, 13), "97530", 1, ("GP", "KX")),
                                               Svc(D(1, 13), "G0283", 1, ("GP",))]),
        ("TOR", D(1, 15), "14-2601-0829-517", [Svc(D(1, 15), "97110", 2, ("GP", "CQ")),
                                               Svc(D(1, 15), "97140", 1, ("GP", "CQ")),
                                               Svc(D(1, 15), "97116", 1, ("GP", "CQ")),
                                               Svc(D(1, 15), "97530", 2, ("GP", "CQ"))]),
        ("TOR", D(1, 20), "14-2601-0901-774", [Svc(D(1, 20), "97110", 2, ("GP", "KX")),
                                               Svc(D(1, 20), "97112", 1, ("GP", "KX")),
                                               Svc(D(1, 20), "97140", 1, ("GP", "KX")),
                                               Svc(D(1, 20), "97116", 1, ("GP", "KX")),
                                               Svc(D(1, 20), "97530", 2, ("GP", "KX")),
                                               Svc(D(1, 20), "97535", 1, ("GP", "KX"))]),
        ("TOR", D(1, 22), "14-2601-0958-031", [Svc(D(1, 22), "97110", 2, ("GP", "CQ")),
                                               Svc(D(1, 22), "97112", 1, ("GP", "CQ")),
                                               Svc(D(1, 22), "97140", 1, ("GP", "CQ")),
                                               Svc(D(1, 22), "97530", 1, ("GP", "CQ")),
                                               Svc(D(1, 22), "G0283", 1, ("GP",))]),
        ("TOR", D(1, 27), "14-2601-1012-640", [Svc(D(1, 27), "97110", 2, ("GP", "KX")),
                                               Svc(D(1, 27), "97112", 1, ("GP", "KX")),
                                               Svc(D(1, 27), "97140", 1, ("GP", "KX")),
                                               Svc(D(1, 27), "97116", 1, ("GP", "KX")),
                                               Svc(D(1, 27), "97530", 2, ("GP", "KX")),
                                               Svc(D(1, 27), "97535", 1, ("GP", "KX")),
                                               Svc(D(1, 27), "G0283", 1, ("GP",))]),
    ]
    for _p, _d, _c, svcs in claims:
        for s in svcs:
            G.medicare(s, st, deny_reason="50")
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    cols = [("Service Provided & Billing Code", 176, "L"), ("Did Medicare\nApprove the\nService?", 54, "C"),
            ("Amount\nProvider\nCharged", 58, "R"), ("Medicare-\nApproved\nAmount", 58, "R"),
            ("Amount\nMedicare\nPaid", 58, "R"), ("Maximum You\nMay Be\nBilled", 60, "R"), ("See\nNotes\nBelow", 36, "C")]
    tb = Table(d, M, cols, size=7.6, head_size=7, lead=11)
    BOTTOM = d.H - 56

    def footer():
        d.text(M, d.H - 34, f"{who}", 7.5)
        d.text(d.W / 2, d.H - 34, "THIS IS NOT A BILL", 7.5, True, "C")
        d.text(d.W - M, d.H - 34, f"Page {d.page} of {npages or 0}", 7.5, align="R")

    def first_page():
        d.new_page()
        d.text(M, 52, "Medicare Summary Notice", 19, True)
        d.text(M, 66, "for Part B (Medical Insurance)", 11)
        d.text(M, 80, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid "
               "Services", 8)
        y = 104
        for t in (who.upper(), "77 SHORE PINE LANE APT 4", "PORT ALDER ME 04611-2208"):
            d.text(M, y, t, 9)
            y += 12
        d.rect(330, 92, 242, 74, fill=0.93)
        y = 106
        for k, v in (("Medicare Number", "XXX-XX-7K21"), ("Date of This Notice", "February 2, 2026"),
                     ("Claims Processed Between", "January 10 - February 1, 2026")):
            d.text(338, y, k, 7.6, True)
            d.text(338, y + 10, v, 8.5)
            y += 22
        y = 188
        d.rect(M, y - 12, 250, 110, fill=None)
        d.text(M + 8, y + 2, "Your Deductible Status", 10, True)
        d.text(M + 8, y + 18, "Your deductible is what you must pay for", 7.6)
        d.text(M + 8, y + 28, "most health services before Medicare begins", 7.6)
        d.text(M + 8, y + 38, "to pay.", 7.6)
        d.text(M + 8, y + 56, "Part B Deductible: You have now met your", 7.8, True)
        d.text(M + 8, y + 66, "$283.00 deductible for 2026.", 7.8, True)
        d.rect(306, y - 12, 266, 110, fill=None)
        d.text(314, y + 2, "Your Claims & Costs This Period", 10, True)
        d.text(314, y + 20, "Did Medicare approve all services?", 7.8)
        d.text(564, y + 20, "NO", 7.8, True, "R")
        d.text(314, y + 32, "Number of services Medicare denied", 7.8)
        d.text(564, y + 32, "1", 7.8, True, "R")
        tot = sum((total(c[3], "owes") for c in claims), ZERO)
        d.text(314, y + 50, "Total You May Be Billed", 9, True)
        d.text(564, y + 50, money(tot), 9, True, "R")
        d.text(314, y + 70, "Providers with claims this period:", 7.8, True)
        d.text(314, y + 81, "Jan 6 - Jan 27, 2026: Tidewater Outpatient Rehabilitation", 7.4)
        d.text(314, y + 91, "Jan 9, 2026: Coastal Medical Specialists", 7.4)
        y += 124
        d.text(M, y, "If you need help, call 1-800-555-0187 (TTY 1-877-555-0148). Read this notice carefully "
               "and compare it with the bills and receipts you have.", 7.6)
        y += 11
        d.text(M, y, "If Medicare denied a service, you have the right to appeal. See the last page for how.", 7.6)
        return y + 26

    def later_page():
        d.new_page()
        d.text(M, 44, who, 9, True)
        d.text(d.W - M, 44, "Medicare Summary Notice for Part B  |  February 2, 2026", 8, align="R")
        d.line(M, 50, d.W - M, 50, 0.7)
        return 70

    def claim_head(y, c, cont=False):
        pkey, dos, clm, _s = c
        name, addr = provs[pkey]
        d.rect(M, y - 11, d.W - 2 * M, 26, fill=0.88, stroke=False)
        d.text(M + 4, y, f"{dfmt(dos, 'mon')}" + ("  (continued)" if cont else ""), 9, True)
        d.text(M + 110, y, name, 9, True)
        d.text(M + 110, y + 10, addr, 7.4)
        d.text(d.W - M - 4, y, f"Claim number {clm}", 7.8, align="R")
        d.text(d.W - M - 4, y + 10, "Assigned claim", 7.4, align="R")
        return tb.head(y + 30, rule=True)

    y = first_page()
    d.text(M, y, "Your Claims for Part B (Medical Insurance)", 11, True)
    y += 16
    for c in claims:
        svcs = c[3]
        if y + 80 > BOTTOM:
            footer()
            y = later_page()
        y = claim_head(y, c)
        for s in svcs:
            u = G.units_str(s.units)
            svc = f"{s.desc}, {u} unit{'s' if u != '1' else ''} ({s.code}{''.join('-' + m for m in s.mods)})"
            vals = [svc, "No" if s.denied else "Yes", money(s.billed), money(s.allowed), money(s.paid),
                    money(s.owes), ", ".join(s.remarks)]
            if y + tb.rows_needed(vals, 0) * tb.lead > BOTTOM:
                footer()
                y = later_page()
                y = claim_head(y, c, cont=True)
            T.line(d.page, s, None, c[2], who, printed=("billed", "allowed", "paid", "patient_owes"),
                   remarks=s.remarks)
            y = tb.row(y, vals, wrap_col=0)
        d.line(M, y - 7, d.W - M, y - 7, 0.4)
        y = tb.row(y, ["Total for this claim", "", money(total(svcs, "billed")), money(total(svcs, "allowed")),
                       money(total(svcs, "paid")), money(total(svcs, "owes")), ""], bold=True) + 14
        T.claim(None, c[2], who, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
    T.legend = [("A", "Medicare approved a lower amount than the provider charged; an assigned provider may not bill "
                      "you for the difference."),
                ("B", "Part of this approved amount went toward your yearly Part B deductible."),
                ("C", "Medicare does not pay for this service. You signed a notice before the visit saying you "
                      "would pay if Medicare did not."),
                ]
    if y + 120 > BOTTOM:
        footer()
        y = later_page()
    d.text(M, y, "Notes for Part B", 11, True)
    y += 14
    for code, text in T.legend:
        d.text(M, y, code, 8, True)
        for part in d.wrap(text, d.W - 2 * M - 20, 7.8):
            d.text(M + 16, y, part, 7.8)
            y += 10
        y += 2
    y += 8
    d.text(M, y, "How to Handle Denied Claims or File an Appeal", 10, True)
    y += 12
    for part in d.wrap("If you disagree with a coverage decision, you can file an appeal within 120 days of the "
                       "date you get this notice. Circle the services you disagree with, explain why on a separate "
                       "page, sign it and send it with a copy of this notice to the claims contractor at the address "
                       "shown: Northeast Part B Claims Office, PO Box 30417, Milltown, NH 03901.", d.W - 2 * M, 7.8):
        d.text(M, y, part, 7.8)
        y += 10
    footer()
    return d.save(), T, "Medicare Summary Notice Part B"


# ======================================================================================= m2
def m2(path: Path, npages: int | None):
    """Medicare Advantage member EOB (reportlab, landscape Liberation Serif)."""
    d = Doc(path, "reportlab", "LiberationSerif", landscape=True)
    T = Truth()
    M = 34
    who = "Desmond Okonjo-Reyes"
    pt = PlanState(visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.46"))
    ofc = PlanState(copay_codes={"99213": Decimal("15.00")}, allowed_rate=Decimal("0.55"),
                    coins_rate=Decimal("0.20"))
    claims = [
        ("Lantern Bay Physical Therapy", "LBPT-6641-02", "MA6-260110-4471", pt,
         [Svc(D(1, 5), "97163", 1, ("GP",)), Svc(D(1, 5), "97110", 2, ("GP",)),
          Svc(D(1, 7), "97110", 2, ("GP", "CQ")), Svc(D(1, 7), "97140", 1, ("GP", "CQ")),
          Svc(D(1, 7), "97530", 1, ("GP", "CQ")), Svc(D(1, 12), "97110", 2, ("GP",)),
          Svc(D(1, 12), "97112", 1, ("GP",)), Svc(D(1, 12), "97116", 1, ("GP",)),
          Svc(D(1, 14), "97110", 2, ("GP", "CQ")), Svc(D(1, 14), "97530", 2, ("GP", "CQ")),
          Svc(D(1, 14), "G0283", 1, ("GP",), denied="CO")]),
        ("Harbor Road Family Medicine", "HRFM 7730195", "MA6-260116-0038", ofc,
         [Svc(D(1, 9), "99213", 1), Svc(D(1, 9), "E0730", 1, ("RR",), denied="PR")]),
        ("Lantern Bay Physical Therapy", "LBPT-6641-03", "MA6-260122-1180", pt,
         [Svc(D(1, 19), "97110", 2, ("GP",)), Svc(D(1, 19), "97140", 1, ("GP",)),
          Svc(D(1, 21), "97110", 2, ("GP", "CQ")), Svc(D(1, 21), "97112", 1, ("GP", "CQ")),
          Svc(D(1, 26), "97110", 2, ("GP",)), Svc(D(1, 26), "97530", 1, ("GP",))]),
    ]
    for c in claims:
        for s in c[4]:
            G.commercial(s, c[3], deny_reason="B7" if s.denied == "CO" else "96")
            if s.denied == "CO":
                s.remarks = ["4"]
            elif s.denied == "PR":
                s.remarks = ["5"]
            elif s.copay:
                s.remarks = ["1", "2"]
            elif s.coinsurance:
                s.remarks = ["1", "3"]
            else:
                s.remarks = ["1"]
    cols = [("Date of\nservice", 54, "L"), ("Service you received", 190, "L"), ("Code and\nmodifiers", 70, "L"),
            ("Units", 30, "R"), ("Provider's\ncharge", 58, "R"), ("Not covered\nby the plan", 58, "R"),
            ("Amount the\nplan allows", 58, "R"), ("Plan's\nshare", 56, "R"), ("Your\ncopay", 48, "R"),
            ("Your\ncoinsurance", 56, "R"), ("Your total\nshare", 58, "R"), ("See\nnote", 28, "C")]
    tb = Table(d, M, cols, size=7.4, head_size=6.9, lead=10)
    BOTTOM = d.H - 50

    def footer():
        d.line(M, d.H - 38, d.W - M, d.H - 38, 0.4)
        d.text(M, d.H - 28, "Saltmarsh Advantage Plus (HMO-POS) is offered by Saltmarsh Health Partners, a plan with a "
               "Medicare contract. H5512_EOB26_M", 6.5, grey=0.3)
        d.text(d.W - M, d.H - 28, f"Page {d.page} of {npages or 0}", 7, align="R")

    def top(first):
        d.new_page()
        d.text(M, 40, "Saltmarsh Advantage Plus", 15, True)
        d.text(M, 53, "Medicare Advantage HMO-POS", 8.5, grey=0.3)
        d.text(d.W - M, 38, "Explanation of Benefits", 13, True, "R")
        d.text(d.W - M, 51, "for your medical services  ·  January 2026", 8.5, align="R")
        d.line(M, 60, d.W - M, 60, 1.4)
        if not first:
            d.text(M, 74, f"Member: {who}   Member number: SAP 0091 5527 03", 8)
            return 96
        d.text(M, 78, f"Member: {who}", 9, True)
        d.text(M, 90, "Member number: SAP 0091 5527 03    Mail to: 12 Cordgrass Way, Salt Point, NC 28599", 8)
        d.text(M, 102, "This is not a bill. It tells you about the medical care you got and what the plan paid.",
               8)
        boxes = [("Total charged by providers", total([s for c in claims for s in c[4]], "billed")),
                 ("Plan's share this month", total([s for c in claims for s in c[4]], "paid")),
                 ("Your share this month", total([s for c in claims for s in c[4]], "owes")),
                 ("Your share since Jan 1", total([s for c in claims for s in c[4]], "owes"))]
        x = M
        for k, v in boxes:
            d.rect(x, 114, 170, 40, fill=0.94)
            d.text(x + 8, 128, k, 7.6)
            d.text(x + 8, 146, money(v), 12, True)
            x += 181
        d.text(M, 172, "Out-of-pocket maximum for in-network care: $4,900.00. You have paid "
               f"{money(total([s for c in claims for s in c[4]], 'owes'))} toward it.", 8)
        d.text(M, 194, "Your claims in detail", 11, True)
        return 212

    def head(y, c, cont=False):
        prov, acct, clm = c[:3]
        d.rect(M, y - 10, d.W - 2 * M, 25, fill=None, lw=0.7)
        d.text(M + 5, y, f"Claim number: {clm}" + ("   (continued from the previous page)" if cont else ""),
               8.2, True)
        d.text(M + 5, y + 10, f"Service provider: {prov}   ·   Provider's reference: {acct}   ·   "
               "Network provider   ·   Claim processed Jan 29, 2026", 7.4)
        return tb.head(y + 30)

    y = top(True)
    for c in claims:
        svcs = c[4]
        if y + 70 > BOTTOM:
            footer()
            y = top(False)
        y = head(y, c)
        for s in svcs:
            vals = [dfmt(s.dos, "mdy4"), s.desc, " ".join((s.code,) + s.mods), G.units_str(s.units), money(s.billed),
                    money(s.not_covered), money(s.allowed), money(s.paid), money(s.copay), money(s.coinsurance),
                    money(s.owes), " ".join(s.remarks)]
            if y + tb.lead > BOTTOM:
                footer()
                y = top(False)
                y = head(y, c, cont=True)
            T.line(d.page, s, c[1], c[2], who, printed=("billed", "not_covered", "allowed", "paid", "copay",
                                                         "coinsurance", "patient_owes"), remarks=s.remarks)
            y = tb.row(y, vals)
        d.line(M, y - 7, d.W - M, y - 7, 0.4)
        y = tb.row(y, ["", "Claim total", "", "", money(total(svcs, "billed")), money(total(svcs, "not_covered")),
                       money(total(svcs, "allowed")), money(total(svcs, "paid")), money(total(svcs, "copay")),
                       money(total(svcs, "coinsurance")), money(total(svcs, "owes")), ""], bold=True) + 14
        T.claim(c[1], c[2], who, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
    T.legend = [("1", "The provider agreed to accept the plan's allowed amount."),
                ("2", "A visit copay applies once per day of therapy or per office visit."),
                ("3", "You pay 20% of the allowed amount for this service."),
                ("4", "Not paid separately when billed with the treatment above; you owe nothing."),
                ("5", "Rented equipment needs approval in advance. It was not approved, and the supplier told you "
                      "before the rental that you would pay.")]
    if y + 80 > BOTTOM:
        footer()
        y = top(False)
    d.text(M, y, "Notes about your claims", 9.5, True)
    y += 12
    for code, text in T.legend:
        d.text(M, y, code, 7.6, True)
        d.text(M + 14, y, text, 7.6)
        y += 10
    footer()
    return d.save(), T, "Medicare Advantage member EOB"


# ======================================================================================= d1
def d1(path: Path, npages: int | None):
    """State Medicaid remittance advice, fixed-width mainframe print (fpdf2, portrait Liberation Mono)."""
    d = Doc(path, "fpdf2", "LiberationMono")
    T = Truth()
    M = 28
    SZ = 6.6
    CW = d.width("0", SZ)
    LEAD = 8.4
    BOTTOM = d.H - 40

    def put(col: int, y: float, s: str, bold=False):
        d.text(M + col * CW, y, s, SZ, bold)

    def rj(col_end: int, y: float, s: str):
        put(col_end - len(s), y, s)

    recips = [
        ("MORALES, PAZ", "71004428815", "CR-88012", "PAID"),
        ("NGUYEN-HOLT, BRYCE", "71009960217", "CR-88040", "PAID"),
        ("MORALES, TEO", "71004428823", "CR-88013", "PAID"),
        ("QUINTERO, ALMA", "71011873360", "CR-88057", "PAID"),
        ("FAIRWEATHER, OSKAR", "71002219948", "CR-88061", "PAID"),
        ("BIRCHWOOD, ELLIOT", "71013356021", "CR-88064", "PAID"),
        ("SAVARD, JUNE", "71006600489", "CR-87977", "DENIED"),
        ("NGUYEN-HOLT, BRYCE", "71009960217", "CR-87911", "VOID"),
        ("NGUYEN-HOLT, BRYCE", "71009960217", "CR-87911", "REPLACE"),
    ]
    data = {
        0: [Svc(D(1, 5), "97530", 3, ("GO",)), Svc(D(1, 5), "97535", 1, ("GO",)), Svc(D(1, 7), "97530", 3, ("GO",)),
            Svc(D(1, 9), "97530", 3, ("GO",)), Svc(D(1, 12), "97530", 3, ("GO",)), Svc(D(1, 12), "97533", 1, ("GO",)),
            Svc(D(1, 14), "97530", 3, ("GO",)), Svc(D(1, 16), "97530", 3, ("GO",))],
        1: [Svc(D(1, 6), "92507", 1, ("GN",)), Svc(D(1, 8), "92507", 1, ("GN",)), Svc(D(1, 13), "92507", 1, ("GN",)),
            Svc(D(1, 15), "92526", 1, ("GN",)), Svc(D(1, 20), "92507", 1, ("GN",)), Svc(D(1, 22), "92507", 1, ("GN",))],
        2: [Svc(D(1, 5), "97166", 1, ("GO",)), Svc(D(1, 7), "97112", 2, ("GO",)), Svc(D(1, 9), "97112", 2, ("GO",)),
            Svc(D(1, 12), "97110", 2, ("GO",)), Svc(D(1, 14), "97112", 2, ("GO",)),
            Svc(D(1, 16), "97530", 2, ("GO", "59"))],
        3: [Svc(D(1, d_), "97530", 2, ("GO",)) for d_ in (5, 7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30)]
           + [Svc(D(1, 30), "97168", 1, ("GO",))],
        4: [Svc(D(1, 6), "97161", 1, ("GP",))] + [Svc(D(1, d_), c_, u_, ("GP",)) for d_ in (8, 13, 15, 20, 22)
                                                   for c_, u_ in (("97110", 2), ("97116", 1))],
        5: [Svc(D(1, 6), "92523", 1, ("GN",))] + [Svc(D(1, d_), "92507", 1, ("GN",))
                                                   for d_ in (8, 13, 15, 20, 22, 27, 29)]
           + [Svc(D(1, 29), "92526", 1, ("GN",))],
        6: [Svc(D(1, 8), "97165", 1, ("GO",), denied="CO"), Svc(D(1, 8), "97530", 2, ("GO",), denied="CO")],
        7: [Svc(D(12, 9), "92507", 1, ("GN",)), Svc(D(12, 11), "92507", 1, ("GN",))],
        8: [Svc(D(12, 9), "92507", 1, ("GN",)), Svc(D(12, 11), "92507", 1, ("GN",)), Svc(D(12, 11), "92526", 1, ("GN",))],
    }
    for i, svcs in data.items():
        for s in svcs:
            G.medicaid(s, deny_reason="15")
            s.remarks = ["0415"] if s.denied else (["0001", "1120"] if s.discount else ["0001"])
    data[7] = [G.negate(s) for s in data[7]]
    for s in data[7]:
        s.remarks = ["0906"]
    for i in (7, 8):  # the December dates belong to 2025
        for s in data[i]:
            s.dos = s.dos.replace(year=2025)
    icns = ["2226012004471", "2226012004488", "2226012004496", "2226012004502", "2226012004519", "2226012004527", "2226012005130",
            "5526012000917", "2226012006022"]
    state = {"y": 0.0}

    def header():
        d.new_page()
        y = 34
        put(0, y, "NORTH FORK DEPARTMENT OF HEALTH SERVICES - MEDICAL ASSISTANCE PROGRAM", True)
        rj(112, y, f"PAGE {d.page:>4}")
        y += LEAD
        put(0, y, "REMITTANCE ADVICE - PROFESSIONAL SERVICES")
        rj(112, y, "RUN DATE 01/30/2026")
        y += LEAD
        put(0, y, "PAYEE: CEDAR RUN THERAPY ASSOCIATES LLC    PAYEE ID 004418830    NPI 1548827716")
        rj(112, y, "RA NO 2604417")
        y += LEAD
        put(0, y, "       1402 MILLRACE AVE STE 3, HOLLIS FORK NF 58210")
        rj(112, y, "WARRANT 00903366")
        y += LEAD
        put(0, y, "-" * 112)
        y += LEAD
        put(0, y, "LN  FROM    THRU    PROC  MODS   UNITS     BILLED    ALLOWED     PAID  EOB CODES")
        y += LEAD
        put(0, y, "-" * 112)
        return y + LEAD * 1.4

    def ensure(n, cont_label=None):
        if state["y"] + n * LEAD > BOTTOM:
            state["y"] = header()
            if cont_label:
                put(0, state["y"], cont_label + "  (CONTINUED)")
                state["y"] += LEAD

    def amt(x):
        return money(x, "", "trail")

    state["y"] = header()
    sections = [("*** CLAIMS PAID ***", [0, 1, 2, 3, 4, 5]), ("*** CLAIMS DENIED ***", [6]),
                ("*** CLAIM ADJUSTMENTS (VOID AND REPLACEMENT) ***", [7, 8])]
    grand = ZERO
    for title, idx in sections:
        ensure(4)
        put(0, state["y"], title, True)
        state["y"] += LEAD * 1.4
        for i in idx:
            name, rid, acct, status = recips[i]
            svcs = data[i]
            ensure(2)
            lab = f"RECIP: {name:<20} ID {rid}  ICN {icns[i]}  PAT ACCT {acct}  STATUS {status}"
            put(0, state["y"], lab)
            if i == 7:
                state["y"] += LEAD
                put(4, state["y"], f"ORIGINAL ICN 2225349008815 VOIDED - REPLACED BY ICN {icns[8]}")
            state["y"] += LEAD
            for n, s in enumerate(svcs, 1):
                ensure(1, f"RECIP: {name}  ICN {icns[i]}")
                y = state["y"]
                put(0, y, f"{n:>2}")
                put(4, y, dfmt(s.dos, "mdy6"))
                put(12, y, dfmt(s.dos, "mdy6"))
                put(20, y, s.code)
                put(26, y, " ".join(s.mods))
                rj(38, y, f"{s.units:.2f}")
                rj(49, y, amt(s.billed))
                rj(60, y, amt(s.allowed))
                rj(69, y, amt(s.paid))
                put(71, y, " ".join(s.remarks))
                T.line(d.page, s, acct, icns[i], name, printed=("billed", "allowed", "paid"), service_end=s.dos,
                       remarks=s.remarks, description=False)
                state["y"] += LEAD
            ensure(1)
            y = state["y"]
            put(4, y, "CLAIM TOTAL")
            rj(49, y, amt(total(svcs, "billed")))
            rj(60, y, amt(total(svcs, "allowed")))
            rj(69, y, amt(total(svcs, "paid")))
            state["y"] += LEAD * 1.6
            grand += total(svcs, "paid")
            T.claim(acct, icns[i], name, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                    paid=total(svcs, "paid"))
    T.legend = [("0001", "PAID IN FULL AT THE PROGRAM RATE"),
                ("1120", "BILLED AMOUNT OVER THE FEE SCHEDULE - DIFFERENCE NOT PAYABLE"),
                ("0415", "RECIPIENT NOT ELIGIBLE FOR THERAPY BENEFIT ON DATE OF SERVICE - PRIOR AUTHORIZATION MISSING"),
                ("0906", "CLAIM VOIDED - AMOUNT RECOVERED ON THIS RA")]
    ensure(10)
    y = state["y"]
    put(0, y, "-" * 112)
    y += LEAD
    put(0, y, f"PAYMENT SUMMARY   CLAIMS PAID 6   DENIED 1   ADJUSTED 2        NET PAYMENT {amt(grand)}", True)
    y += LEAD * 1.6
    put(0, y, "EOB CODE MESSAGES", True)
    y += LEAD
    for code, text in T.legend:
        put(0, y, f"{code}  {text}")
        y += LEAD
    return d.save(), T, "state Medicaid remittance advice (mainframe print)"


# ======================================================================================= d2
def d2(path: Path, npages: int | None):
    """State Medicaid provider remittance advice, boxed claim cards (reportlab, landscape Liberation Sans)."""
    d = Doc(path, "reportlab", "LiberationSans", landscape=True)
    T = Truth()
    M = 30
    members = [
        ("Amara Whitcombe", "WV88201447", "SPR-10442", "260154009771", [
            Svc(D(1, 5), "97161", 1, ("GP",)), Svc(D(1, 7), "97110", 2, ("GP",)), Svc(D(1, 7), "97140", 1, ("GP",)),
            Svc(D(1, 12), "97110", 2, ("GP",)), Svc(D(1, 12), "97112", 1, ("GP",)), Svc(D(1, 14), "97110", 2, ("GP",)),
            Svc(D(1, 14), "97116", 1, ("GP",)), Svc(D(1, 19), "97110", 2, ("GP",)),
            Svc(D(1, 19), "97530", 1, ("GP", "59")), Svc(D(1, 21), "97110", 2, ("GP",))], True),
        ("Rosalind Achebe-Marsh", "WV77310068", "SPR-10451", "260154010213", [
            Svc(D(1, 9), "97165", 1, ("GO",)), Svc(D(1, 9), "97535", 1, ("GO",)),
            Svc(D(1, 16), "97535", 2, ("GO",)), Svc(D(1, 16), "97150", 1, ("GO",), denied="CO"),
            Svc(D(1, 23), "97535", 2, ("GO",)), Svc(D(1, 23), "97530", 2, ("GO",)),
            Svc(D(1, 27), "97535", 2, ("GO",)), Svc(D(1, 27), "97530", 2, ("GO",)), Svc(D(1, 27), "97112", 1, ("GO",)),
            Svc(D(1, 29), "97535", 2, ("GO",)), Svc(D(1, 29), "97530", 2, ("GO",)),
            Svc(D(1, 30), "97168", 1, ("GO",))], True),
        ("Kaito Whitcombe", "WV88201455", "SPR-10447", "260154009788", [
            Svc(D(1, 6), "92610", 1, ("GN",)), Svc(D(1, 8), "92526", 1, ("GN",)), Svc(D(1, 13), "92526", 1, ("GN",)),
            Svc(D(1, 15), "92507", 1, ("GN",)), Svc(D(1, 20), "92507", 1, ("GN",))], False),
        ("Dorian Feld", "WV90024476", "SPR-10466", "260154010590", [
            Svc(D(1, 26), "97163", 1, ("GP",), denied="CO"), Svc(D(1, 26), "97110", 2, ("GP",), denied="CO")], False),
    ]
    for _n, _id, _a, _t, svcs, adult in members:
        for s in svcs:
            G.medicaid(s, deny_reason="119" if s.code == "97150" else "27")
            if adult and not s.denied:
                s.copay = Decimal("1.00")
                s.paid -= s.copay
                s.adjs.append(("PR", "3", s.copay))
            s.remarks = ["N362"] if s.code == "97150" else (["MA61"] if s.denied else [])
    cols = [("Line", 26, "C"), ("DOS From", 52, "L"), ("DOS To", 52, "L"), ("Proc Code", 46, "L"), ("Mod 1", 30, "L"),
            ("Mod 2", 30, "L"), ("Units", 32, "R"), ("Billed Amt", 56, "R"), ("Allowed Amt", 58, "R"),
            ("TPL Amt", 44, "R"), ("Co-pay", 42, "R"), ("Paid Amt", 54, "R"), ("Adj Group/CARC", 66, "L"),
            ("Adj Amt", 50, "R"), ("RARC", 40, "L"), ("Status", 44, "L")]
    tb = Table(d, M, cols, size=7, head_size=6.6, lead=9.2)
    BOTTOM = d.H - 44

    def footer():
        d.text(M, d.H - 26, "Palisade State Medicaid - MMIS Provider Remittance Advice. Questions: Provider Services "
               "1-866-555-0172.", 6.5, grey=0.3)
        d.text(d.W - M, d.H - 26, f"Page {d.page} of {npages or 0}", 7, align="R")

    def top(first):
        d.new_page()
        d.rect(M, 24, d.W - 2 * M, 42, fill=0.2, stroke=False)
        d.text(M + 10, 42, "PALISADE STATE MEDICAID", 13, True, grey=1.0)
        d.text(M + 10, 58, "Provider Remittance Advice - Professional", 9, False, grey=1.0)
        d.text(d.W - M - 10, 42, "RA Number 0004471926", 9, True, "R", grey=1.0)
        d.text(d.W - M - 10, 58, "Payment Date 02/04/2026", 9, False, "R", grey=1.0)
        y = 82
        d.text(M, y, "Billing Provider: Summit Pines Rehabilitation Services   ·   Provider ID 0077124   ·   "
               "NPI 1730094482   ·   Taxonomy 225100000X", 7.6)
        if first:
            y += 14
            boxes = [("Claims Paid", "3"), ("Claims Denied", "1"), ("EFT Number", "EFT0911830"),
                     ("Total Paid", money(sum((total(m[4], "paid") for m in members), ZERO)))]
            x = M
            for k, v in boxes:
                d.rect(x, y, 160, 30)
                d.text(x + 6, y + 11, k, 6.8, grey=0.3)
                d.text(x + 6, y + 24, v, 10, True)
                x += 168
            y += 48
        else:
            y += 18
        return y

    def card_head(y, m, cont=False):
        name, mid, acct, tcn, svcs, _a = m
        status = "Denied" if all(s.denied for s in svcs) else "Paid"
        h = 30
        d.rect(M, y, d.W - 2 * M, h, fill=0.9)
        labels = [("Member Name", name + (" (continued)" if cont else "")), ("Member ID", mid),
                  ("Patient Account No.", acct), ("TCN", tcn), ("Claim Status", status),
                  ("Billed", money(total(svcs, "billed"))), ("Paid", money(total(svcs, "paid")))]
        widths = [150, 90, 100, 100, 80, 80, 80]
        x = M + 6
        for (k, v), w in zip(labels, widths):
            d.text(x, y + 11, k, 6.4, grey=0.3)
            d.text(x, y + 23, v, 8, True)
            x += w
        return tb.head(y + h + 12, fill=None, vlines=False)

    y = top(True)
    for m in members:
        name, mid, acct, tcn, svcs, _a = m
        if y + 66 > BOTTOM:
            footer()
            y = top(False)
        y0 = y
        y = card_head(y, m)
        for n, s in enumerate(svcs, 1):
            groups = [f"{g}-{r}" for g, r, _x in s.adjs]
            amts = [money(x, ",") for _g, _r, x in s.adjs]
            vals = [str(n), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, s.mods[0] if s.mods else "",
                    s.mods[1] if len(s.mods) > 1 else "", f"{s.units:.1f}", money(s.billed, ","),
                    money(s.allowed, ","), "0.00", money(s.copay, ","), money(s.paid, ","), groups or "", amts or "",
                    " ".join(s.remarks), "Denied" if s.denied else "Paid"]
            need = tb.rows_needed(vals)
            if y + need * tb.lead > BOTTOM:
                d.rect(M, y0, d.W - 2 * M, y - y0 - 4, fill=None, lw=0.8)
                footer()
                y = top(False)
                y0 = y
                y = card_head(y, m, cont=True)
            T.line(d.page, s, acct, tcn, name, printed=("billed", "allowed", "copay", "paid"), service_end=s.dos,
                   adjustments=s.adjs, remarks=s.remarks, description=False)
            y = tb.row(y, vals)
            d.line(M + 4, y - tb.lead + 2.5, d.W - M - 4, y - tb.lead + 2.5, 0.2, 0.6)
        y = tb.row(y, ["", "", "", "Claim Totals", "", "", "", money(total(svcs, "billed"), ","),
                       money(total(svcs, "allowed"), ","), "0.00", money(total(svcs, "copay"), ","),
                       money(total(svcs, "paid"), ","), "", "", "", ""], bold=True)
        d.rect(M, y0, d.W - 2 * M, y - y0 - 4, fill=None, lw=0.8)
        y += 16
        T.claim(acct, tcn, name, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"))
    T.legend = [("CO-45", "Charge is above the program's fee; the difference is written off."),
                ("PR-3", "Member copayment, collected by the provider."),
                ("CO-27", "Member had no coverage on the date of service."),
                ("CO-119", "Program limit for this service was already reached."),
                ("N362", "Units billed are over the number allowed for the period."),
                ("MA61", "Member ID does not match the name on file; verify and resubmit.")]
    if y + 80 > BOTTOM:
        footer()
        y = top(False)
    d.text(M, y, "Adjustment and Remark Code Descriptions", 9, True)
    y += 12
    for code, text in T.legend:
        d.text(M, y, code, 7.2, True)
        d.text(M + 48, y, text, 7.2)
        y += 10
    footer()
    return d.save(), T, "state Medicaid provider remittance advice (boxed cards)"


# ======================================================================================= p1
def p1(path: Path, npages: int | None):
    """Medicare Part B standard paper remit as printed by a clearinghouse (fpdf2, landscape DejaVu Sans Mono)."""
    d = Doc(path, "fpdf2", "DejaVuSansMono", landscape=True)
    T = Truth()
    M = 30
    SZ = 7
    CW = d.width("0", SZ)
    LEAD = 9
    BOTTOM = d.H - 40
    st = {"y": 0.0}

    def put(col, y, s, bold=False):
        d.text(M + col * CW, y, s, SZ, bold)

    def rj(end, y, s):
        put(end - len(s), y, s)

    bens = [
        ("KASPRZAK, WINIFRED", "4TK9WQ2MP71", "TOR260106A", "1226006123450", PlanState(ded_left=Decimal("40.00")),
         [Svc(D(1, 6), "97161", 1, ("GP",)), Svc(D(1, 6), "97110", 2, ("GP",)), Svc(D(1, 6), "97140", 1, ("GP",))],
         ["MA01"]),
        ("DELACROIX-BYRNE, ODILE", "7MN2RX4KJ05", "TOR260107C", "1226006123468", PlanState(),
         [Svc(D(1, 7), "97165", 1, ("GO",)), Svc(D(1, 7), "97535", 1, ("GO",)), Svc(D(1, 9), "97530", 2, ("GO",)),
          Svc(D(1, 9), "97535", 1, ("GO",)), Svc(D(1, 12), "97530", 2, ("GO",)), Svc(D(1, 12), "97112", 1, ("GO",)),
          Svc(D(1, 14), "97530", 2, ("GO", "CO")), Svc(D(1, 14), "97535", 1, ("GO", "CO")),
          Svc(D(1, 16), "97530", 2, ("GO",)), Svc(D(1, 16), "97112", 1, ("GO", "59"))], ["MA01", "MA18"]),
        ("PAKKALA, EERO", "2QF8TT1VB66", "TOR251215B", "1226006123476", PlanState(),
         [Svc(D(12, 15), "97110", 2, ("GP", "KX")), Svc(D(12, 15), "97116", 1, ("GP", "KX"))], ["MA01"]),
        ("PAKKALA, EERO", "2QF8TT1VB66", "TOR251215B", "1226006123484", PlanState(),
         [Svc(D(12, 15), "97110", 2, ("GP", "KX")), Svc(D(12, 15), "97116", 1, ("GP", "KX")),
          Svc(D(12, 15), "97140", 1, ("GP", "KX"))], ["MA01"]),
        ("OYELARAN, CLEMENT", "9DJ3HX7PE20", "TOR260113D", "1226006123492", PlanState(),
         [Svc(D(1, 13), "92523", 1, ("GN",)), Svc(D(1, 15), "92507", 1, ("GN",)),
          Svc(D(1, 15), "97129", 1, ("GN",), denied="CO"), Svc(D(1, 20), "92507", 1, ("GN",)),
          Svc(D(1, 20), "97129", 1, ("GN",)), Svc(D(1, 22), "92507", 1, ("GN",)), Svc(D(1, 22), "92526", 1, ("GN",)),
          Svc(D(1, 27), "92507", 1, ("GN",)), Svc(D(1, 27), "92526", 1, ("GN",)), Svc(D(1, 29), "92507", 1, ("GN",)),
          Svc(D(1, 29), "92526", 1, ("GN",))], ["MA01"]),
    ]
    for i, b in enumerate(bens):
        for s in b[5]:
            if s.dos.month == 12:
                s.dos = s.dos.replace(year=2025)
            G.medicare(s, b[4], deny_reason="151")
            s.remarks = ["M86"] if s.denied else []
    bens[2] = bens[2][:5] + ([G.negate(s) for s in bens[2][5]],) + bens[2][6:]
    status = ["1", "1", "22", "1", "1"]

    def header():
        d.new_page()
        y = 34
        put(0, y, "SEAPORT MEDICARE ADMINISTRATIVE SERVICES - JURISDICTION N PART B", True)
        rj(120, y, "MEDICARE")
        y += LEAD
        put(0, y, "PO BOX 66120  CAPE MORROW, ME 04470")
        rj(120, y, "REMITTANCE")
        y += LEAD
        put(0, y, "CUSTOMER SERVICE 1-855-555-0129")
        rj(120, y, "ADVICE")
        y += LEAD * 1.5
        put(0, y, "TIDEWATER OUTPATIENT REHABILITATION")
        put(60, y, "PROVIDER #: 1457393920")
        y += LEAD
        put(0, y, "55 FERRY LANDING RD")
        put(60, y, f"PAGE #:     {d.page} OF {npages or 0}")
        y += LEAD
        put(0, y, "PORT ALDER ME 04611")
        put(60, y, "DATE:       01/29/2026")
        y += LEAD
        put(60, y, "CHECK/EFT #: 009921774")
        y += LEAD * 1.5
        put(0, y, "PERF PROV   SERV DATE    POS NOS PROC  MODS      BILLED  ALLOWED  DEDUCT   COINS  GRP/RC-AMT"
                  "          PROV PD")
        y += LEAD
        put(0, y, "-" * 120)
        return y + LEAD * 1.3

    def ensure(n, cont=None):
        if st["y"] + n * LEAD > BOTTOM:
            st["y"] = header()
            if cont:
                put(0, st["y"], cont)
                st["y"] += LEAD

    def a(x):
        return money(x, "", "-")

    st["y"] = header()
    net = ZERO
    for i, (name, mid, acct, icn, _ps, svcs, moa) in enumerate(bens):
        ensure(5)
        y = st["y"]
        put(0, y, f"NAME {name:<24} MID {mid}  ACNT {acct}  ICN {icn}  ASG Y  MOA {' '.join(moa)}")
        st["y"] += LEAD
        if status[i] == "22":
            put(5, st["y"], "CLAIM STATUS 22 - REVERSAL OF PREVIOUS PAYMENT")
            st["y"] += LEAD
        for s in svcs:
            n = max(1, len(s.adjs))
            ensure(n + (1 if s.remarks else 0), f"NAME {name:<24} MID {mid}  ACNT {acct}  ICN {icn}  (CONT)")
            y = st["y"]
            put(0, y, "1457393920")
            put(12, y, f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}")
            put(25, y, "11")
            rj(32, y, G.units_str(s.units) if s.units >= 0 else G.units_str(s.units))
            put(33, y, s.code)
            put(39, y, " ".join(s.mods))
            rj(58, y, a(s.billed))
            rj(67, y, a(s.allowed))
            rj(75, y, a(s.deductible))
            rj(83, y, a(s.coinsurance))
            for k, (g, r, x) in enumerate(s.adjs):
                put(85, y + k * LEAD, f"{g}-{r}")
                rj(104, y + k * LEAD, a(x))
            rj(120, y, a(s.paid))
            st["y"] += n * LEAD
            if s.remarks:
                put(12, st["y"], "REM: " + " ".join(s.remarks))
                st["y"] += LEAD
            T.line(d.page, s, acct, icn, name, printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                   service_end=s.dos, adjustments=s.adjs, remarks=s.remarks, description=False)
        ensure(3)
        y = st["y"]
        put(0, y, f"PT RESP {a(total(svcs, 'owes')):>10}")
        put(33, y, "CLAIM TOTALS")
        rj(58, y, a(total(svcs, "billed")))
        rj(67, y, a(total(svcs, "allowed")))
        rj(75, y, a(total(svcs, "deductible")))
        rj(83, y, a(total(svcs, "coinsurance")))
        rj(104, y, a(sum((x for s in svcs for _g, _r, x in s.adjs), ZERO)))
        rj(120, y, a(total(svcs, "paid")))
        st["y"] += LEAD
        put(0, st["y"], f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00"
                        f"{'':>20}NET {a(total(svcs, 'paid'))}")
        st["y"] += LEAD * 1.8
        net += total(svcs, "paid")
        T.claim(acct, icn, name, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
    ensure(8)
    y = st["y"]
    put(0, y, "TOTALS:  # OF CLAIMS   BILLED AMT   ALLOWED AMT   DEDUCT AMT   COINS AMT   PROV PD AMT   "
              "PROV ADJ AMT   CHECK AMT", True)
    y += LEAD
    allsv = [s for b in bens for s in b[5]]
    put(9, y, f"{len(bens):>11}   {a(total(allsv, 'billed')):>10}   {a(total(allsv, 'allowed')):>11}   "
              f"{a(total(allsv, 'deductible')):>10}   {a(total(allsv, 'coinsurance')):>9}   {a(net):>11}   "
              f"{'0.00':>12}   {a(net):>9}")
    y += LEAD * 2
    T.legend = [("M86", "Paid already as part of a service on the same day; not separately payable."),
                ("MA01", "You may appeal this decision in writing within 120 days."),
                ("MA18", "Claim information was sent on to the patient's supplemental insurer.")]
    put(0, y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", True)
    y += LEAD
    for code, text in [("CO", "Contractual obligation - amount the provider may not bill the patient"),
                       ("PR", "Patient responsibility - amount that may be billed to the patient"),
                       ("45", "Charge is over the fee schedule amount"), ("1", "Applied to the patient's yearly deductible"),
                       ("2", "Patient's 20 percent share"), ("253", "Payment reduction required by federal law"),
                       ("151", "Frequency of this service is over what the payer allows")] + T.legend:
        if y + LEAD > BOTTOM:
            st["y"] = y
            st["y"] = header()
            y = st["y"]
        put(0, y, f"{code:<6}{text}")
        y += LEAD
    return d.save(), T, "Medicare standard paper remit (clearinghouse print)"


# ======================================================================================= p2
def p2(path: Path, npages: int | None):
    """Practice-management ERA posting report of a Medicare deposit (reportlab, portrait Liberation Sans Narrow)."""
    d = Doc(path, "reportlab", "LiberationSansNarrow")
    T = Truth()
    M = 28
    pats = [
        ("Przybylski, Joanna M", "10428", "2226007340115", PlanState(ded_left=Decimal("120.00")),
         [Svc(D(1, 5), "97163", 1, ("GP",)), Svc(D(1, 5), "97110", 2, ("GP",)), Svc(D(1, 5), "97140", 1, ("GP",)),
          Svc(D(1, 5), "97112", 1, ("GP",))]),
        ("Haddad, Samir K", "10431", "2226007340123", PlanState(),
         [Svc(D(1, 6), "97110", 3, ("GP", "KX")), Svc(D(1, 6), "97530", 1, ("GP", "KX")),
          Svc(D(1, 6), "97116", 1, ("GP", "KX"))]),
        ("Lindahl, Greta", "10377", "2226007340131", PlanState(),
         [Svc(D(1, 7), "97168", 1, ("GO",)), Svc(D(1, 7), "97535", 2, ("GO",)), Svc(D(1, 7), "97530", 1, ("GO",)),
          Svc(D(1, 7), "97760", 1, ("GO",)), Svc(D(1, 7), "G0283", 1, ("GO",))]),
        ("Okafor, Benedict", "10452", "2226007340149", PlanState(),
         [Svc(D(1, 8), "97110", 2, ("GP", "CQ")), Svc(D(1, 8), "97140", 1, ("GP", "CQ")),
          Svc(D(1, 8), "0552T", 1, ("GP",), denied="CO")]),
        ("Przybylski, Joanna M", "10428", "2226007340156", PlanState(),
         [Svc(D(1, 12), "97110", 2, ("GP",)), Svc(D(1, 12), "97112", 1, ("GP",)), Svc(D(1, 12), "97530", 1, ("GP",)),
          Svc(D(1, 14), "97110", 2, ("GP",)), Svc(D(1, 14), "97140", 1, ("GP",))]),
        ("Haddad, Samir K", "10431", "2226007340164", PlanState(),
         [Svc(D(1, 13), "97110", 3, ("GP", "KX")), Svc(D(1, 13), "97116", 1, ("GP", "KX")),
          Svc(D(1, 15), "97110", 3, ("GP", "KX")), Svc(D(1, 15), "97530", 1, ("GP", "KX"))]),
    ]
    for p in pats:
        for s in p[4]:
            G.medicare(s, p[3], deny_reason="96")
            s.remarks = ["N130"] if s.denied else []
    words = {"45": "over fee schedule", "1": "deductible", "2": "coinsurance", "253": "sequestration",
             "96": "non-covered charge"}
    cols = [("DOS", 48, "L"), ("Proc", 34, "L"), ("Mods", 40, "L"), ("Units", 26, "R"), ("Charge", 46, "R"),
            ("Allowed", 46, "R"), ("Deduct", 40, "R"), ("Coins", 40, "R"), ("Paid", 46, "R"), ("Pt Resp", 44, "R"),
            ("Remarks", 40, "L"), ("Posted by", 56, "L"), ("Batch", 48, "L")]
    tb = Table(d, M, cols, size=7.2, head_size=6.8, lead=9.2)
    BOTTOM = d.H - 44

    def footer():
        d.line(M, d.H - 36, d.W - M, d.H - 36, 0.3)
        d.text(M, d.H - 27, "TherapyDesk PM 11.4  ·  Report PAY-114  ·  printed 01/30/2026 08:14 by kdrummond", 6.4,
               grey=0.35)
        d.text(d.W - M, d.H - 27, f"Page {d.page} of {npages or 0}", 6.8, align="R")

    def top():
        d.new_page()
        d.text(M, 38, "ERA Posting Detail - Insurance Payments", 12.5, True)
        d.text(M, 51, "Harborview Therapy Partners  ·  Location: Main Clinic (01)  ·  Provider NPI 1093384120", 7.4)
        d.text(d.W - M, 38, "Payer: MEDICARE PART B (SEAPORT MAC)", 8, True, "R")
        d.text(d.W - M, 50, "EFT # 009921790  ·  Deposit 01/29/2026  ·  Amount " +
               money(sum((total(p[4], "paid") for p in pats), ZERO)), 7.4, align="R")
        d.line(M, 57, d.W - M, 57, 1)
        return tb.head(72, fill=0.9)

    def band(y, p, cont=False):
        name, acct, icn = p[:3]
        d.rect(M, y - 8, d.W - 2 * M, 11, fill=0.96, stroke=False)
        d.text(M + 2, y, f"{name}", 7.6, True)
        d.text(M + 110, y, f"Acct #{acct}   ·   Claim #{acct}-{p[4][0].dos:%m%d}   ·   Payer ICN {icn}   ·   "
               "Status: Processed as primary" + ("   (cont.)" if cont else ""), 7)
        return y + 12

    y = top()
    for p in pats:
        name, acct, icn, _ps, svcs = p
        cid = f"{acct}-{svcs[0].dos:%m%d}"
        if y + 60 > BOTTOM:
            footer()
            y = top()
        y = band(y, p)
        for s in svcs:
            need = 1 + len(s.adjs)
            if y + need * tb.lead > BOTTOM:
                footer()
                y = top()
                y = band(y, p, cont=True)
            T.line(d.page, s, cid, icn, name, printed=("billed", "allowed", "deductible", "coinsurance", "paid",
                                                        "patient_owes"), adjustments=s.adjs, remarks=s.remarks,
                   description=False)
            y = tb.row(y, [dfmt(s.dos, "mdy4").replace("/", "-"), s.code, ", ".join(s.mods), G.units_str(s.units),
                           money(s.billed, ","), money(s.allowed, ","), money(s.deductible, ","),
                           money(s.coinsurance, ","), money(s.paid, ","), money(s.owes, ","), " ".join(s.remarks),
                           "ERA auto", "B0129-03"])
            for g, r, x in s.adjs:
                d.text(M + 82, y, f"Adj  {g}-{r}  {words[r]}", 6.6, grey=0.25)
                d.text(M + 48 + 34 + 40 + 26 + 46 + 46 + 40 + 40 + 46 - 2, y, money(x, ","), 6.6, align="R",
                       grey=0.25)
                y += tb.lead - 1
        d.line(M + 150, y - 6.5, d.W - M, y - 6.5, 0.3)
        y = tb.row(y, ["", "", "Claim total", "", money(total(svcs, "billed"), ","), money(total(svcs, "allowed"), ","),
                       money(total(svcs, "deductible"), ","), money(total(svcs, "coinsurance"), ","),
                       money(total(svcs, "paid"), ","), money(total(svcs, "owes"), ","), "", "", ""], bold=True) + 8
        T.claim(cid, icn, name, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
    T.legend = [("N130", "Check the payer's coverage policy for this service.")]
    if y + 50 > BOTTOM:
        footer()
        y = top()
    allsv = [s for p in pats for s in p[4]]
    d.text(M, y + 4, f"Deposit summary: {len(pats)} claims  ·  charges {money(total(allsv, 'billed'))}  ·  paid "
           f"{money(total(allsv, 'paid'))}  ·  transferred to patient {money(total(allsv, 'owes'))}", 7.6, True)
    d.text(M, y + 18, "Remark N130: " + T.legend[0][1], 7)
    footer()
    return d.save(), T, "practice-management ERA posting detail (Medicare deposit)"


# ======================================================================================= s1
def s1(path: Path, npages: int | None):
    """Pediatric therapy clinic family statement to the guarantor (reportlab, portrait DejaVu Serif)."""
    d = Doc(path, "reportlab", "DejaVuSerif")
    T = Truth()
    M = 32
    guar = "Corinne Abernathy-Vos"
    plan = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.15"))
    visits = [
        ("Theo Abernathy-Vos", "V-118204", "CR8812604417", "01/24/26", [
            Svc(D(1, 5), "97165", 1, ("GO",)), Svc(D(1, 5), "97530", 2, ("GO",))]),
        ("Theo Abernathy-Vos", "V-118377", "CR8812604491", "01/24/26", [
            Svc(D(1, 8), "97530", 3, ("GO",)), Svc(D(1, 8), "97533", 1, ("GO",))]),
        ("Theo Abernathy-Vos", "V-118502", "CR8812604530", "01/27/26", [
            Svc(D(1, 12), "97530", 3, ("GO",)), Svc(D(1, 12), "97535", 1, ("GO",))]),
        ("Wren Abernathy-Vos", "V-118219", "CR8812604425", "01/24/26", [
            Svc(D(1, 6), "92523", 1, ("GN",)), Svc(D(1, 6), "92507", 1, ("GN",))]),
        ("Wren Abernathy-Vos", "V-118391", "CR8812604508", "01/27/26", [
            Svc(D(1, 9), "92507", 1, ("GN",)), Svc(D(1, 9), "92526", 1, ("GN",), denied="PR")]),
        ("Wren Abernathy-Vos", "V-118520", "CR8812604549", "01/28/26", [
            Svc(D(1, 13), "92507", 1, ("GN",)), Svc(D(1, 16), "92507", 1, ("GN",)),
            Svc(D(1, 20), "92507", 1, ("GN",))]),
        ("Juniper Abernathy-Vos", "V-118611", "CR8812604602", "01/29/26", [
            Svc(D(1, 14), "97166", 1, ("GO",)), Svc(D(1, 14), "97112", 1, ("GO",)),
            Svc(D(1, 21), "97530", 2, ("GO",)), Svc(D(1, 21), "97112", 1, ("GO",)),
            Svc(D(1, 23), "97530", 2, ("GO",)), Svc(D(1, 23), "97535", 1, ("GO",))]),
        ("Juniper Abernathy-Vos", "V-118790", "CR8812604688", "01/30/26", [
            Svc(D(1, 26), "97530", 2, ("GO",)), Svc(D(1, 26), "97112", 1, ("GO",)),
            Svc(D(1, 28), "97530", 2, ("GO",)), Svc(D(1, 28), "97533", 1, ("GO",)),
            Svc(D(1, 30), "97530", 2, ("GO",)), Svc(D(1, 30), "97535", 1, ("GO",)),
            Svc(D(1, 30), "97168", 1, ("GO",))]),
        ("Theo Abernathy-Vos", "V-118804", "CR8812604696", "01/30/26", [
            Svc(D(1, 15), "97530", 3, ("GO",)), Svc(D(1, 19), "97530", 3, ("GO",)),
            Svc(D(1, 22), "97530", 3, ("GO",)), Svc(D(1, 22), "97535", 1, ("GO",)),
            Svc(D(1, 26), "97530", 3, ("GO",)), Svc(D(1, 29), "97530", 3, ("GO",))]),
    ]
    for v in visits:
        for s in v[4]:
            G.commercial(s, plan)
    cols = [("Date", 46, "L"), ("Description", 150, "L"), ("CPT", 34, "L"), ("Mod", 28, "L"), ("Qty", 22, "R"),
            ("Charges", 50, "R"), ("Insurance\npaid", 52, "R"), ("Insurance\nadjustment", 56, "R"),
            ("Your\nbalance", 52, "R")]
    tb = Table(d, M, cols, size=7, head_size=6.6, lead=9.6)
    BOTTOM = d.H - 50
    all_s = [s for v in visits for s in v[4]]
    pay = Decimal("60.00")
    due = total(all_s, "owes") - pay

    def footer(last=False):
        d.line(M, d.H - 40, d.W - M, d.H - 40, 0.4)
        d.text(M, d.H - 30, "Little Harbor Pediatric Therapy  ·  Tax ID 83-1190442  ·  Billing office 1-802-555-0155 "
               "(Mon-Thu 8-4)", 6.2, grey=0.3)
        d.text(d.W - M, d.H - 30, f"Page {d.page} of {npages or 0}" + ("" if last else "  ·  continued"), 6.4,
               align="R")

    def first():
        d.new_page()
        d.text(M, 46, "Little Harbor", 16, True)
        d.text(M, 60, "PEDIATRIC THERAPY", 8.5, grey=0.35)
        d.text(M, 72, "212 Wharf Street, Suite 2 · Bellport Harbor, VT 05419", 7)
        d.rect(360, 30, 220, 84, fill=None, lw=1)
        kv = [("Statement date", "02/02/2026"), ("Account number", "LH-40-2217"), ("Guarantor", guar),
              ("Amount due", money(due)), ("Please pay by", "02/27/2026")]
        y = 44
        for k, v in kv:
            d.text(368, y, k, 7)
            d.text(572, y, v, 7.5, k == "Amount due", "R")
            y += 14
        y = 104
        for t in (guar, "9 Tamarack Ridge Rd", "Ferrisburgh Falls, VT 05473"):
            d.text(M + 20, y, t, 8.5)
            y += 11
        d.line(M, 150, d.W - M, 150, 0.5, 0.4)
        d.text(d.W / 2, 147, "- - - please detach and return the top portion with your payment - - -", 6, False, "C",
               grey=0.4)
        d.text(M, 170, "Statement of account", 11, True)
        d.text(M, 182, "Your insurer: Cobalt Ridge Health (PPO)  ·  Subscriber Corinne Abernathy-Vos  ·  ID "
               "CRH 558 1907 22", 7)
        return tb.head(200, fill=0.9)

    def later():
        d.new_page()
        d.text(M, 40, "Little Harbor Pediatric Therapy  ·  Statement of account LH-40-2217 (continued)", 8, True)
        d.text(d.W - M, 40, f"Guarantor: {guar}", 7.4, align="R")
        return 60

    y = first()
    cur = None
    for v in visits:
        pat, vid, clm, proc, svcs = v
        if y + 50 > BOTTOM:
            footer()
            y = later()
        if pat != cur:
            d.text(M, y + 2, f"Patient: {pat}", 8.2, True)
            y += 13
            cur = pat
        d.text(M + 8, y, f"Visit {vid}  ·  billed to Cobalt Ridge Health, claim {clm}, processed {proc}", 6.8,
               grey=0.25)
        y += 10
        for s in svcs:
            if y + tb.lead > BOTTOM:
                footer()
                y = later()
            T.line(d.page, s, vid, clm, pat, printed=("billed", "paid", "discount", "patient_owes"))
            y = tb.row(y, [dfmt(s.dos, "mdy2"), s.desc, s.code, " ".join(s.mods), G.units_str(s.units),
                           money(s.billed, ","), money(s.paid, ","), money(s.discount, ","), money(s.owes, ",")],
                       wrap_col=1)
        d.line(M + 300, y - 7, d.W - M, y - 7, 0.3)
        y = tb.row(y, ["", "Visit total", "", "", "", money(total(svcs, "billed"), ","), money(total(svcs, "paid"), ","),
                       money(total(svcs, "discount"), ","), money(total(svcs, "owes"), ",")], bold=True) + 6
        T.claim(vid, clm, pat, billed=total(svcs, "billed"), paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
    if y + 80 > BOTTOM:
        footer()
        y = later()
    y += 4
    d.text(M, y, "01/16/26", 7)
    d.text(M + 48, y, "Payment received - thank you (card ending 4410)", 7)
    d.text(tb.x1 - 2, y, "-" + money(pay, ","), 7, align="R")
    y += 16
    d.rect(M + 300, y - 10, d.W - 2 * M - 300, 52, fill=0.93)
    for k, v in (("Total charges", money(total(all_s, "billed"))), ("Insurance paid", money(total(all_s, "paid"))),
                 ("Insurance adjustments", money(total(all_s, "discount"))), ("Payments", money(-pay))):
        d.text(M + 306, y, k, 7)
        d.text(d.W - M - 6, y, v, 7, align="R")
        y += 9
    d.text(M + 306, y + 1, "Amount due", 7.6, True)
    d.text(d.W - M - 6, y + 1, money(due), 7.6, True, "R")
    y += 20
    d.text(M, y, "The feeding-therapy visit on 01/09/26 was not covered by Cobalt Ridge Health, so the full charge is "
           "shown as your balance.", 6.8)
    d.text(M, y + 10, "Ask us about a payment plan or our sliding-fee program.", 6.8)
    footer(last=True)
    return d.save(), T, "pediatric therapy clinic family statement"


# ======================================================================================= s2
def s2(path: Path, npages: int | None):
    """Hospital guarantor statement with one account per family member (fpdf2, portrait core Helvetica)."""
    d = Doc(path, "fpdf2", "helvetica")
    T = Truth()
    M = 36
    guar = "Marcus Oyelaran-Finch"
    pl = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.20"))
    accts = [
        ("Nia Oyelaran-Finch", "5100442871", "MC26-0441873", "0430", [
            Svc(D(1, 5), "97166", 1, ("GO",)), Svc(D(1, 5), "97530", 2, ("GO",)), Svc(D(1, 7), "97530", 2, ("GO",)),
            Svc(D(1, 7), "97110", 1, ("GO",)), Svc(D(1, 9), "97530", 2, ("GO",)), Svc(D(1, 12), "97530", 2, ("GO",)),
            Svc(D(1, 12), "97535", 1, ("GO",)), Svc(D(1, 14), "97530", 2, ("GO",)),
            Svc(D(1, 16), "97530", 2, ("GO",)), Svc(D(1, 16), "97112", 1, ("GO",)), Svc(D(1, 19), "97530", 2, ("GO",)),
            Svc(D(1, 21), "97530", 2, ("GO",)), Svc(D(1, 21), "97535", 1, ("GO",)), Svc(D(1, 23), "97530", 2, ("GO",)),
            Svc(D(1, 26), "97530", 2, ("GO",)), Svc(D(1, 28), "97530", 2, ("GO",)), Svc(D(1, 30), "97168", 1, ("GO",))]),
        ("Jonah Oyelaran-Finch", "5100443019", "MC26-0442210", "0440", [
            Svc(D(1, 6), "92523", 1, ("GN",)), Svc(D(1, 8), "92507", 1, ("GN",)), Svc(D(1, 13), "92507", 1, ("GN",)),
            Svc(D(1, 15), "92507", 1, ("GN",)), Svc(D(1, 20), "92507", 1, ("GN",)), Svc(D(1, 22), "92507", 1, ("GN",)),
            Svc(D(1, 27), "92507", 1, ("GN",)), Svc(D(1, 29), "92507", 1, ("GN",))]),
        ("Marcus Oyelaran-Finch", "5100443377", "MC26-0443105", "0420", [
            Svc(D(1, 19), "97162", 1, ("GP",)), Svc(D(1, 19), "97110", 2, ("GP",)), Svc(D(1, 21), "97110", 2, ("GP",)),
            Svc(D(1, 21), "97140", 1, ("GP",)), Svc(D(1, 21), "97140", 1, ("GP",)),
            Svc(D(1, 23), "97110", 2, ("GP",)), Svc(D(1, 23), "E0730", 1, ("NU",), denied="PR")]),
    ]
    for a in accts:
        for s in a[4]:
            G.commercial(s, pl)
    # a duplicated manual-therapy charge on 01/21 that was reversed: no insurance activity on either row
    dup = accts[2][4][4]
    dup.allowed = dup.discount = dup.deductible = dup.coinsurance = dup.paid = ZERO
    dup.owes = dup.billed
    rev = G.negate(dup)
    rev.desc = "Charge correction - duplicate entry"
    accts[2][4].insert(5, rev)
    cols = [("Date", 46, "L"), ("Rev", 26, "L"), ("Description", 150, "L"), ("CPT/HCPCS", 50, "L"), ("Mod", 26, "L"),
            ("Qty", 22, "R"), ("Charges", 50, "R"), ("Insurance\npayments", 54, "R"),
            ("Insurance\nadjustments", 56, "R"), ("Patient\nbalance", 50, "R")]
    tb = Table(d, M, cols, size=7, head_size=6.6, lead=9.8)
    BOTTOM = d.H - 52
    all_s = [s for a in accts for s in a[4]]

    def footer():
        d.text(M, d.H - 32, "St. Brigid Valley Hospital & Clinics is a nonprofit hospital. Financial assistance is "
               "available - ask us or visit sbvh.example/help.", 6.2, grey=0.3)
        d.text(d.W - M, d.H - 32, f"Page {d.page} of {npages or 0}", 7, align="R")

    def first():
        d.new_page()
        d.text(M, 46, "ST. BRIGID VALLEY", 15, True)
        d.text(M, 58, "HOSPITAL & CLINICS", 9, grey=0.35)
        d.text(M, 70, "Patient Financial Services  |  1 Abbey Hill Dr, Carrow, OR 97390  |  1-541-555-0117", 7)
        d.text(d.W - M, 46, "PATIENT STATEMENT", 12, True, "R")
        y = 62
        for k, v in (("Guarantor", guar), ("Guarantor no.", "G-0093317"), ("Statement date", "02/03/2026"),
                     ("Amount due", money(total(all_s, "owes")))):
            d.text(d.W - M - 110, y, k, 7)
            d.text(d.W - M, y, v, 7.4, k == "Amount due", "R")
            y += 10
        y = 112
        for t in (guar.upper(), "3318 NE OSPREY LOOP", "CARROW OR 97391"):
            d.text(M + 10, y, t, 8.4)
            y += 11
        d.text(M, 160, "Summary of your accounts", 9.5, True)
        y = 174
        for pat, acct, clm, _r, svcs in accts:
            d.text(M, y, f"{acct}   {pat}", 7.4)
            d.text(M + 260, y, f"{dfmt(svcs[0].dos, 'mdy4')} - {dfmt(max(s.dos for s in svcs), 'mdy4')}", 7.4)
            d.text(d.W - M, y, money(total(svcs, "owes")), 7.4, align="R")
            y += 10
        d.line(M, y - 6, d.W - M, y - 6, 0.3)
        return y + 16

    def later():
        d.new_page()
        d.text(M, 40, f"PATIENT STATEMENT  |  Guarantor {guar}  |  G-0093317", 8, True)
        return 58

    def band(y, a, cont=False):
        pat, acct, clm = a[:3]
        d.rect(M, y - 10, d.W - 2 * M, 26, fill=0.88, stroke=False)
        d.text(M + 4, y, f"Hospital account {acct}  |  Patient: {pat}" + ("  (continued)" if cont else ""), 8, True)
        d.text(M + 4, y + 11, f"Outpatient rehabilitation  |  Insurance: Meridian Crest PPO  |  Claim no. {clm}", 7)
        return tb.head(y + 30)

    y = first()
    for a in accts:
        pat, acct, clm, rev_code, svcs = a
        if y + 70 > BOTTOM:
            footer()
            y = later()
        y = band(y, a)
        for s in svcs:
            rv = "0290" if s.code == "E0730" else rev_code
            if y + tb.lead > BOTTOM:
                footer()
                y = later()
                y = band(y, a, cont=True)
            assert s.billed - s.paid - s.owes == s.discount  # the adjustments column is the plan discount
            T.line(d.page, s, acct, clm, pat, printed=("billed", "paid", "discount", "patient_owes"))
            y = tb.row(y, [dfmt(s.dos, "mdy4"), rv, s.desc if len(s.desc) < 36 else s.desc[:34] + ".", s.code,
                           " ".join(s.mods), G.units_str(abs(s.units)), money(s.billed, ",", "()"),
                           money(s.paid, ",", "()"), money(s.billed - s.paid - s.owes, ",", "()"),
                           money(s.owes, ",", "()")])
        d.line(M + 320, y - 7, d.W - M, y - 7, 0.3)
        y = tb.row(y, ["", "", "Account total", "", "", "", money(total(svcs, "billed"), ","),
                       money(total(svcs, "paid"), ","),
                       money(sum((s.billed - s.paid - s.owes for s in svcs), ZERO), ","),
                       money(total(svcs, "owes"), ",")], bold=True) + 14
        T.claim(acct, clm, pat, billed=total(svcs, "billed"), paid=total(svcs, "paid"),
                patient_owes=total(svcs, "owes"))
    if y + 40 > BOTTOM:
        footer()
        y = later()
    d.text(M, y, f"Total amount due from guarantor: {money(total(all_s, 'owes'))}", 9, True)
    d.text(M, y + 12, "Insurance adjustments are discounts agreed by your insurer and amounts it did not allow. The "
           "TENS rental was not covered by your plan.", 6.8)
    footer()
    return d.save(), T, "hospital guarantor statement (family accounts)"


LAYOUTS = [("c1_family_member_eob", c1), ("c2_claims_report_sidebar", c2), ("m1_msn_part_b", m1),
           ("m2_ma_member_eob", m2), ("d1_medicaid_ra_mainframe", d1), ("d2_medicaid_ra_cards", d2),
           ("p1_medicare_spr_clearinghouse", p1), ("p2_pm_era_posting", p2), ("s1_clinic_family_statement", s1),
           ("s2_hospital_guarantor_statement", s2)]


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, fn in LAYOUTS:
        path = out / f"{name}.pdf"
        pages, _t, _desc = fn(path, None)
        pages2, T, desc = fn(path, pages)
        assert pages == pages2, name
        producer = "reportlab" if fn in (c1, m2, d2, p2, s1) else "fpdf2"
        write_truth(path, name, producer, pages2, desc, T.lines, T.claims, T.legend, T.findings)
        paths.append(path)
    return paths


def check(out: Path, paths: list[Path]) -> int:
    import json
    bad = 0
    spans = 0
    for p in paths:
        errs = check_file(p)
        t = json.loads(Path(str(p) + ".truth.json").read_text())
        pages_of: dict = {}
        for ln in t["lines"]:
            pages_of.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
        cont = any(len(v) > 1 for v in pages_of.values())
        spans += cont
        pats = {ln["patient"] for ln in t["lines"]}
        print(f"{p.name:42} pages {t['pages']}  lines {len(t['lines']):3}  claims {len(t['claims'])}  "
              f"patients {len(pats)}  claim-across-pages {'yes' if cont else 'no '}  "
              f"{'OK' if not errs else 'FAIL'}")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    if spans < 3:
        print(f"FAIL: only {spans} files have a claim running onto the next page (need 3)")
        bad += 1
    with tempfile.TemporaryDirectory() as td:
        again = build(Path(td))
        for a, b in zip(paths, again):
            for suffix in ("", ".truth.json"):
                if Path(str(a) + suffix).read_bytes() != Path(str(b) + suffix).read_bytes():
                    print(f"FAIL: {a.name}{suffix} is not deterministic")
                    bad += 1
    print("check:", "PASS" if not bad else f"FAIL ({bad})")
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout63_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    paths = build(out)
    print(f"wrote {len(paths)} PDFs + truth files to {out}")
    return check(out, paths) if a.check else 0


if __name__ == "__main__":
    sys.exit(main())
