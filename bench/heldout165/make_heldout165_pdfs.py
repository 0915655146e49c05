"""Write the 165th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
independent measurement of the PDF reader on ten everyday documents written without looking at the reader.

Run:  python bench/heldout165/make_heldout165_pdfs.py OUT_DIR            (writes 10 PDFs + truth files)
      python bench/heldout165/make_heldout165_pdfs.py OUT_DIR --check    (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (by whoever measures; the author never ran it)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py): printed values only, null for what a layout
does not print (units null where no quantity is printed); claim_id = the provider's own account / patient
control / visit / invoice number, payer_claim_id = the payer's claim number / ICN / TCN / reference, patient =
the person who got the service, exactly as printed. Every name, number, payer, provider, address and id is
invented; descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed creation date).
Truth decisions: a statement's "insurance write-off" per line is recorded as discount; member-EOB note letters
and Medicaid EOB codes are remarks; CARC group/reason pairs are adjustments (amount null if not printed).

Layouts (two of each of the five commonest kinds, house styles unlike sets 1-164):
  h01 commercial member EOB, portrait DejaVu Sans (reportlab): "Amount billed / Network price reduction /
      Covered amount / Deductible / Copay / Coinsurance / Not covered / Plan paid / You owe / Note", code and
      modifiers as "97530 GO", Units column, three family members, each claim under a ruled heading with
      relationship, a long claim continues onto page 2 under "... (continued)" with the header repeated,
      denied line, note-letter legend
  h02 commercial member EOB, landscape Liberation Serif (fpdf2): boxed claim panels "Claim for SOPHIE
      LANGFORD (Spouse)", two-line services (code/amount row, italic wrapped description row), Mod 1 / Mod 2
      columns, NO units printed, "Charges / Member savings / Eligible / Deductible / Copay / Coinsurance /
      Plan paid / Your cost", a zero-pay line, claim totals, family summary box on page 1
  h03 Medicare Summary Notice Part B, portrait Liberation Sans (reportlab): dashboard page 1, claims from
      page 2 "Your Claims & Costs This Period", count before the description "4 Therapeutic exercises
      (97110-GP)", service date in the claim heading only, "Service Approved? / Amount Provider Charged /
      Medicare-Approved Amount / Medicare Paid Provider / Maximum You May Be Billed / See Notes Below", notes
      letters A-D with a legend, a denied service
  h04 Medicare Advantage member EOB, portrait DejaVu Serif (fpdf2): "Date / Service / Code / Qty / Provider
      charged / Plan allowed / Plan paid / Your share", shaded claim bars "Claim ID ... Received ... ", a long
      claim runs onto page 2 with "(continued from page 1)", year-to-date out-of-pocket box
  h05 state Medicaid remittance advice, landscape Liberation Mono fixed-width (reportlab): PAID / DENIED /
      ADJUSTED sections, recipient+ICN+patient account claim line, "FROM-DOS THRU-DOS PROC MODS UNITS BILLED
      ALLOWED TPL COPAY PAID EOB", date ranges on some lines, reversal with trailing-minus amounts, a claim
      continues across the page break under a repeated mainframe page header, EOB code legend
  h06 state Medicaid remittance advice, portrait Liberation Sans Narrow (fpdf2): boxed gridded claim cards
      (Client / Client ID / Patient Control No. / TCN), "Ln / DOS / Procedure / Mods / Units / Billed /
      Allowed / Copay / Paid / Adj Grp-Rsn Amt / RARC", a denied line with CO adjustment, a claim continued
      onto the next page with header row repeated, payment summary
  h07 clearinghouse Medicare-style standard paper remit, portrait core Courier (reportlab): "NAME / HIC /
      ACNT / ICN / ASG / MOA" heading, "PERF PROV  SERV DATE  POS NOS PROC MODS  BILLED ALLOWED DEDUCT COINS
      GRP/RC-AMT PROV PD", second and third adjustments stacked on following lines, CLAIM TOTALS, PT RESP,
      a claim runs across the page break, GLOSSARY
  h08 practice-management "Payment Posting Detail", landscape core Helvetica (fpdf2): grouped by patient
      with account and payer ICN, zebra rows, "DOS / CPT / Mod / Units / Charge / Allowed / Deduct / Coins /
      Seq / Paid / Adjustments" with "CO45 38.15; PR2 5.93" in one cell, reversal in parentheses
  h09 pediatric therapy clinic family statement, portrait core Times (reportlab): shaded right sidebar
      (amount due, aging, how to pay), visit rows "Date / Visit # / Patient / Code / Description / Charge /
      Insurance paid / Insurance write-off / Your share", insurer claim number under each visit, patient
      payments as non-service rows, three children
  h10 hospital guarantor statement, portrait DejaVu Sans Condensed (fpdf2): one account box per family
      member (account no., insurer claim no.), itemised "Date / Rev / HCPCS / Mod / Qty / Description /
      Charges" rows, account-level insurance payment and adjustment rows (not per line), account balances

The self-check (--check) tests the factory, not the reader: pdfplumber text rows of each PDF; every truth line
must have ONE text row on its page carrying its code, modifiers, units, every printed amount and (unless the
layout prints the date in a claim heading) its date, with its adjustments/remarks on that row or the next few
(stacked layouts); ids and patients must be in the document text; page counts match; each line's arithmetic
holds where the layout prints the parts (billed - adjustments = paid; allowed - patient share = paid;
billed - discount - not covered = allowed; statements: charge - ins paid - write-off = your share); claim
totals equal the sum of their lines and are printed; legend codes are printed.
"""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import eobgen as G  # noqa: E402
from eobgen import (  # noqa: E402
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
from h165kit import Flow, Page, check_file  # noqa: E402

# a few more services of our own, in our own words
for code, fee, sched, desc in (("97533", "92.00", "34.10", "Sensory integration, each 15 min"),
                               ("97162", "235.00", "101.12", "PT evaluation, moderate complexity"),
                               ("97018", "40.00", "4.35", "Paraffin bath"),
                               ("E0730", "68.00", "32.60", "TENS unit, four lead"),
                               ("97164", "150.00", "69.88", "PT re-evaluation")):
    G.FEE[code], G.SCHED[code], G.DESC[code] = fee, sched, desc


def d(m: int, dd: int) -> date:
    return date(2026, m, dd)


def sv(m: int, dd: int, code: str, units, mods: str = "", denied: str | None = None, desc: str = "") -> Svc:
    return Svc(d(m, dd), code, Decimal(str(units)), tuple(mods.split()), None, desc, denied)


class Truth:
    def __init__(self):
        self.lines, self.claims = [], []

    def line(self, page, s, ids, printed, **kw):
        self.lines.append(truth_line(page, s, claim_id=ids[0], payer_claim_id=ids[1], patient=ids[2],
                                     printed=printed, **kw))

    def claim(self, ids, **tot):
        self.claims.append({"claim_id": ids[0], "payer_claim_id": ids[1], "patient": ids[2],
                            "totals": claim_totals(**tot)})


def modstr(s: Svc, sep=" ") -> str:
    return sep.join(s.mods)


# ============================================================================================ h01
def h01(out: Path):
    pg = Page("reportlab", out / "h01_commercial_family_eob.pdf", "DejaVuSans")
    T = Truth()
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("35")})
    fam = [
        ("Maya Okonkwo", "Self", "NWM-2601-00417", "BRT-40112", "Brightwater Hand & Rehab", [
            sv(1, 6, "97165", 1, "GO"), sv(1, 6, "97530", 2, "GO"), sv(1, 8, "97530", 3, "GO"),
            sv(1, 8, "97140", 1, "GO 59"), sv(1, 13, "97110", 2, "GO"), sv(1, 13, "97018", 1, "GO", denied="PR"),
            sv(1, 15, "97530", 2, "GO"), sv(1, 15, "97535", 1, "GO"), sv(1, 20, "97760", 2, "GO"),
            sv(1, 20, "L3807", 1, "RT"), sv(1, 22, "97530", 3, "GO"), sv(1, 22, "97112", 1, "GO"),
            sv(1, 27, "97110", 2, "GO"), sv(1, 27, "97140", 1, "GO 59"), sv(1, 29, "97530", 2, "GO"),
            sv(1, 29, "97535", 2, "GO"), sv(2, 3, "97168", 1, "GO"), sv(2, 3, "97530", 2, "GO"),
            sv(2, 5, "97530", 3, "GO"), sv(2, 5, "97140", 1, "GO 59"), sv(2, 10, "97110", 2, "GO"),
            sv(2, 10, "97535", 1, "GO"), sv(2, 12, "97530", 2, "GO"), sv(2, 12, "97760", 1, "GO"),
            sv(2, 17, "97530", 3, "GO"), sv(2, 17, "97112", 1, "GO"), sv(2, 19, "97110", 2, "GO"),
            sv(2, 19, "97140", 1, "GO 59"), sv(2, 24, "97530", 2, "GO"), sv(2, 24, "97535", 2, "GO")]),
        ("Theo Okonkwo", "Son", "NWM-2602-00981", "LHP-7720", "Little Harbor Pediatric Therapy", [
            sv(1, 12, "92523", 1, "GN"), sv(1, 19, "92507", 1, "GN"), sv(1, 26, "92507", 1, "GN"),
            sv(2, 2, "92507", 1, "GN")]),
        ("Ines Okonkwo", "Daughter", "NWM-2602-01133", "CVP-18844", "Cedar Vale Pediatrics", [
            sv(1, 21, "99213", 1, ""), sv(1, 21, "97110", 1, "GP")]),
    ]
    for _, _, _, _, _, svcs in fam:
        for s in svcs:
            commercial(s, st)
            if s.denied:
                s.remarks = ["F"]
            elif s.deductible:
                s.remarks = ["B"]
            elif s.copay:
                s.remarks = ["C"]
            else:
                s.remarks = ["A"]
    cols = [("Date", 44, "L"), ("Code / Mod", 50, "L"), ("Service", 92, "L"), ("Units", 24, "R"),
            ("Amount\nbilled", 40, "R"), ("Network\nreduction", 48, "R"), ("Covered\namount", 40, "R"),
            ("Deduct-\nible", 36, "R"), ("Copay", 32, "R"), ("Coins-\nurance", 36, "R"), ("Not\ncovered", 36, "R"),
            ("Plan\npaid", 40, "R"), ("You\nowe", 36, "R"), ("Note", 22, "C")]
    X0 = 27

    def header(p: Page):
        p.font("B", 13)
        p.text(X0, 40, "NORTHWIND MUTUAL HEALTH")
        p.font("R", 7.5)
        p.text(X0, 51, "PO Box 44170  ·  Larkspur Falls, OR 97911  ·  Member Services 1-800-555-0142")
        p.font("B", 10)
        p.text(p.W - 27, 40, "Explanation of Benefits", "R")
        p.font("R", 7.5)
        p.text(p.W - 27, 51, "THIS IS NOT A BILL", "R")
        p.text(p.W - 27, 61, f"Statement date 02/09/2026   Page {p.page}", "R")
        p.line(X0, 67, p.W - 27, 67, 1.2)
        return 80

    fl = Flow(pg, header, 740)
    pg.font("R", 8)
    for i, t in enumerate(["Subscriber: Maya Okonkwo", "Member ID: NWM884120577", "Group: 0047712 Fernhill Design Co.",
                           "Plan: Northwind Choice PPO 1500"]):
        pg.text(X0 + (i % 2) * 280, fl.y + (i // 2) * 11, t)
    fl.y += 30
    pg.font("R", 7.5)
    pg.text(X0, fl.y, "Below is how your plan handled claims for you and the members of your family. Keep it "
                      "with your records; compare it with any bill you receive.")
    fl.y += 16

    def colhead():
        y = fl.y
        pg.rect(X0, y, sum(w for _, w, _ in cols), 20, fill=0.88, stroke=False)
        x = X0
        pg.font("B", 6.2)
        for h, w, a in cols:
            for k, part in enumerate(h.split("\n")):
                tx = x + 2 if a == "L" else (x + w - 2 if a == "R" else x + w / 2)
                pg.text(tx, y + 8 + k * 7, part, a)
            x += w
        fl.y += 24

    printed = ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "not_covered", "paid",
               "patient_owes")
    for name, rel, clm, acct, prov, svcs in fam:
        ids = (acct, clm, name)

        def claimhead(cont=False, name=name, rel=rel, clm=clm, acct=acct, prov=prov):
            pg.font("B", 8.5)
            pg.text(X0, fl.y, f"Patient: {name} ({rel})" + ("   (continued)" if cont else ""))
            pg.font("R", 7.5)
            pg.text(X0 + 250, fl.y, f"Claim number {clm}")
            fl.y += 10
            pg.text(X0, fl.y, f"Provider: {prov}   Patient account {acct}   Network: In-network")
            pg.line(X0, fl.y + 3, pg.W - 27, fl.y + 3, 0.4)
            fl.y += 12
            colhead()

        fl.need(70)
        claimhead()
        for s in svcs:
            pg.font("R", 6.3)
            desc = pg.wrap(s.desc, 88)
            h = 9 * len(desc) + 2
            if fl.need(h + 4):
                claimhead(cont=True)
            pg.font("R", 6.3)
            vals = [dfmt(s.dos, "mdy2"), f"{s.code} {modstr(s)}".strip(), desc[0], units_str(s.units)] + [
                money(getattr(s, k), ",") for k in ("billed", "discount", "allowed", "deductible", "copay",
                                                    "coinsurance", "not_covered", "paid", "owes")] + [s.remarks[0]]
            x = X0
            for (hd, w, a), v in zip(cols, vals):
                tx = x + 2 if a == "L" else (x + w - 2 if a == "R" else x + w / 2)
                pg.text(tx, fl.y, v, a)
                x += w
            for k, part in enumerate(desc[1:], 1):
                pg.text(X0 + 96, fl.y + 9 * k, part)
            T.line(pg.page, s, ids, printed, remarks=s.remarks)
            fl.y += h
        pg.line(X0, fl.y - 6, pg.W - 27, fl.y - 6, 0.3)
        pg.font("B", 6.3)
        x = X0 + 44 + 50 + 92 + 24
        vals = [money(total(svcs, k), ",") for k in ("billed", "discount", "allowed", "deductible", "copay",
                                                     "coinsurance", "not_covered", "paid", "owes")]
        pg.text(X0 + 2, fl.y + 2, "Claim totals")
        for (hd, w, a), v in zip(cols[4:13], vals):
            pg.text(x + w - 2, fl.y + 2, v, "R")
            x += w
        fl.y += 20
        T.claim(ids, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"),
                patient_owes=total(svcs, "owes"))
    legend = [("A", "Paid at the in-network rate; you owe your coinsurance share."),
              ("B", "Part of this amount went toward your yearly deductible."),
              ("C", "A fixed copay applies to this kind of visit."),
              ("F", "Your plan does not cover this item; the provider may bill you for it.")]
    fl.need(60)
    pg.font("B", 8)
    pg.text(X0, fl.y, "What the notes mean")
    fl.y += 11
    pg.font("R", 7.5)
    for c, t in legend:
        pg.text(X0, fl.y, f"{c}  {t}")
        fl.y += 10
    fl.y += 6
    pg.text(X0, fl.y, "Deductible met so far this year: $150.00 of $1,500.00 individual.  Questions? Call the "
                      "number above or write to us.")
    n = pg.save()
    write_truth(pg.path, "h01", "reportlab", n, "commercial member EOB, family of three, continued claim", T.lines,
                T.claims, legend)


# ============================================================================================ h02
def h02(out: Path):
    pg = Page("fpdf2", out / "h02_commercial_panels_eob.pdf", "LiberationSerif", landscape=True)
    T = Truth()
    st = PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.10"), visit_copay=Decimal("30.00"))
    fam = [
        ("SOPHIE LANGFORD", "Spouse", "CRB 26 0114 22871", "HSI-55012", "Hollis Street Therapy Inc.", [
            sv(1, 7, "97161", 1, "GP"), sv(1, 7, "97110", 2, "GP"), sv(1, 9, "97140", 2, "GP 59"),
            sv(1, 9, "97112", 1, "GP"), sv(1, 14, "97530", 2, "GP", desc=G.LONG_DESC["97530"]),
            sv(1, 14, "G0283", 1, "GP", denied="CO")]),
        ("EMMETT LANGFORD", "Dependent", "CRB 26 0121 30544", "CC-0092813", "Cornerstone Children's Clinic", [
            sv(1, 16, "97166", 1, "GO"), sv(1, 16, "97533", 2, "GO"), sv(1, 23, "97533", 2, "GO"),
            sv(1, 23, "97535", 1, "GO", desc=G.LONG_DESC["97535"])]),
        ("DANIEL LANGFORD", "Subscriber", "CRB 26 0126 31107", "HSI-55208", "Hollis Street Therapy Inc.", [
            sv(1, 20, "97110", 3, "GP", desc=G.LONG_DESC["97110"]), sv(1, 20, "E0730", 1, "NU")]),
    ]
    for _, _, _, _, _, svcs in fam:
        for s in svcs:
            commercial(s, st, deny_reason="96")
            s.remarks = ["X4"] if s.denied else (["P1"] if s.copay else ["P2"])
    cols = [("Service date", 62, "L"), ("Procedure", 52, "L"), ("Mod 1", 32, "L"), ("Mod 2", 32, "L"),
            ("Charges", 62, "R"), ("Member savings", 66, "R"), ("Eligible", 60, "R"), ("Deductible", 56, "R"),
            ("Copay", 50, "R"), ("Coinsurance", 60, "R"), ("Plan paid", 60, "R"), ("Your cost", 58, "R"),
            ("Remark", 42, "C")]
    X0 = 36
    W = sum(w for _, w, _ in cols)

    def header(p: Page):
        p.font("B", 16)
        p.text(X0, 44, "Cascade Ridge Benefit Plans")
        p.font("I", 9)
        p.text(X0, 57, "A self-insured plan administered for Larchmont Valley School District")
        p.font("B", 11)
        p.text(p.W - 36, 44, "EXPLANATION OF BENEFITS", "R")
        p.font("R", 8.5)
        p.text(p.W - 36, 57, f"Issued February 4, 2026  |  Page {p.page} of 2", "R")
        p.line(X0, 64, p.W - 36, 64, 0.8)
        return 82

    fl = Flow(pg, header, 570)
    # family summary box
    pg.rect(X0, fl.y - 10, 330, 58)
    pg.font("B", 9)
    pg.text(X0 + 8, fl.y + 2, "Plan member: DANIEL LANGFORD")
    pg.font("R", 8.5)
    pg.text(X0 + 8, fl.y + 14, "Member number: CRB-771-40-2219")
    pg.text(X0 + 8, fl.y + 26, "Coverage: Family - PPO Silver")
    pg.text(X0 + 8, fl.y + 38, "This is not a bill. Claims for 3 family members are shown.")
    allsv = [s for f in fam for s in f[5]]
    pg.rect(X0 + 350, fl.y - 10, 370, 58, fill=0.93)
    pg.font("B", 9)
    pg.text(X0 + 358, fl.y + 2, "This statement at a glance")
    pg.font("R", 8.5)
    pg.text(X0 + 358, fl.y + 14, f"Total charges {money(total(allsv, 'billed'))}")
    pg.text(X0 + 358, fl.y + 26, f"Plan paid {money(total(allsv, 'paid'))}")
    pg.text(X0 + 358, fl.y + 38, f"Your total cost {money(total(allsv, 'owes'))}")
    fl.y += 66
    printed = ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    for name, rel, clm, acct, prov, svcs in fam:
        ids = (acct, clm, name)
        need = 50 + 22 * len(svcs)
        fl.need(need)
        top = fl.y
        pg.rect(X0, top, W, 16, fill=0.85)
        pg.font("B", 9.5)
        pg.text(X0 + 6, top + 11, f"Claim for {name} ({rel})")
        pg.font("R", 8.5)
        pg.text(X0 + 250, top + 11, f"Claim # {clm}")
        pg.text(X0 + 420, top + 11, f"Patient acct # {acct}")
        fl.y = top + 28
        pg.text(X0 + 6, fl.y, f"Provider: {prov}  -  participating")
        fl.y += 12
        pg.font("B", 8)
        x = X0
        for h, w, a in cols:
            pg.text(x + 3 if a == "L" else (x + w - 3 if a == "R" else x + w / 2), fl.y, h, a)
            x += w
        pg.line(X0, fl.y + 3, X0 + W, fl.y + 3, 0.4)
        fl.y += 13
        for s in svcs:
            pg.font("R", 8.5)
            vals = [dfmt(s.dos, "mdy4"), s.code, s.mods[0] if s.mods else "", s.mods[1] if len(s.mods) > 1 else ""] + [
                money(getattr(s, k), "$") for k in ("billed", "discount", "allowed", "deductible", "copay",
                                                    "coinsurance", "paid", "owes")] + [s.remarks[0]]
            x = X0
            for (hd, w, a), v in zip(cols, vals):
                pg.text(x + 3 if a == "L" else (x + w - 3 if a == "R" else x + w / 2), fl.y, v, a)
                x += w
            pg.font("I", 8)
            dl = pg.wrap(s.desc, 300)
            for k, part in enumerate(dl):
                pg.text(X0 + 66, fl.y + 10 + 9 * k, part)
            T.line(pg.page, s, ids, printed, units=False, remarks=s.remarks)
            fl.y += 12 + 9 * len(dl)
        pg.line(X0, fl.y - 6, X0 + W, fl.y - 6, 0.4)
        pg.font("B", 8.5)
        pg.text(X0 + 3, fl.y + 4, "Claim total")
        x = X0 + 178
        for (hd, w, a), k in zip(cols[4:12], ("billed", "discount", "allowed", "deductible", "copay",
                                              "coinsurance", "paid", "owes")):
            pg.text(x + w - 3, fl.y + 4, money(total(svcs, k), "$"), "R")
            x += w
        pg.rect(X0, top, W, fl.y + 10 - top)
        fl.y += 28
        T.claim(ids, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"),
                patient_owes=total(svcs, "owes"))
    legend = [("P1", "Your plan's per-visit copay was applied to this date of service."),
              ("P2", "Your copay for this visit date was already taken on another line."),
              ("X4", "Billed together with another service that day; not paid separately.")]
    fl.need(50)
    pg.font("B", 9)
    pg.text(X0, fl.y, "Remark codes")
    pg.font("R", 8.5)
    for c, t in legend:
        fl.y += 11
        pg.text(X0, fl.y, f"{c} - {t}")
    n = pg.save()
    assert n == 2, n
    write_truth(pg.path, "h02", "fpdf2", n, "commercial member EOB, boxed claim panels, no units", T.lines,
                T.claims, legend)


# ============================================================================================ h03
def h03(out: Path):
    pg = Page("reportlab", out / "h03_msn_part_b.pdf", "LiberationSans")
    T = Truth()
    st = PlanState(ded_left=Decimal("40.00"))
    bene = "GERALDINE P. ASHWORTH"
    claims = [
        ("Brightwater Hand & Rehab", "1-26-006-41837-02", d(1, 6), "01/09/26", [
            sv(1, 6, "97165", 1, "GO KX"), sv(1, 6, "97530", 2, "GO KX"), sv(1, 6, "97018", 1, "GO KX")]),
        ("Brightwater Hand & Rehab", "1-26-013-55102-02", d(1, 13), "01/16/26", [
            sv(1, 13, "97530", 3, "GO KX"), sv(1, 13, "97140", 1, "GO 59 KX"), sv(1, 13, "97760", 1, "GO KX")]),
        ("Ridgeway Speech & Swallow", "1-26-015-60021-01", d(1, 15), "01/20/26", [
            sv(1, 15, "92523", 1, "GN"), sv(1, 15, "92526", 1, "GN")]),
        ("Brightwater Hand & Rehab", "1-26-020-71448-02", d(1, 20), "01/23/26", [
            sv(1, 20, "97110", 4, "GO KX"), sv(1, 20, "97535", 2, "GO KX"), sv(1, 20, "G0283", 1, "GO",
                                                                                 denied="CO")]),
        ("Ridgeway Speech & Swallow", "1-26-022-80390-01", d(1, 22), "01/27/26", [
            sv(1, 22, "92507", 1, "GN"), sv(1, 22, "92526", 1, "GN")]),
        ("Harrow Street Medical Group", "1-26-027-11006-00", d(1, 27), "01/30/26", [sv(1, 27, "99213", 1)]),
    ]
    for *_, svcs in claims:
        for s in svcs:
            medicare(s, st, deny_reason="B15")
            s.remarks = ["C"] if s.denied else (["A"] if s.deductible else (["B"] if "KX" in s.mods else []))
            if s.seq:
                s.remarks.append("D")

    def header(p: Page):
        p.font("B", 15)
        p.text(40, 46, "Medicare Summary Notice")
        p.font("R", 9)
        p.text(40, 60, f"for {bene}")
        p.text(p.W - 40, 46, "The Official Summary of Your Medicare Claims", "R")
        p.text(p.W - 40, 60, "from the Centers for Medicare & Medicaid Services", "R")
        p.line(40, 68, p.W - 40, 68, 1.5)
        p.font("R", 8)
        p.text(p.W - 40, 770, f"Page {p.page} of 3", "R")
        p.text(40, 770, "Part B (Medical Insurance)")
        return 86

    fl = Flow(pg, header, 720)
    allsv = [s for c in claims for s in c[4]]
    pg.font("R", 9.5)
    for i, t in enumerate(["Medicare Number  XXXX-XX3417", "Date of This Notice  February 3, 2026",
                           "Claims Processed Between  November 3, 2025 - February 1, 2026"]):
        pg.text(40, fl.y + 13 * i, t)
    fl.y += 50
    for i, (h, body) in enumerate([
        ("Your Deductible Status", ["Your deductible is what you pay before Medicare starts to pay.",
                                    "The last $40.00 of it was met on your visit of Jan 6, 2026."]),
        ("Did Medicare Approve All Services?", ["NO. Medicare did not approve 1 service. Look for NO in",
                                                "the Service Approved? column on the following pages."]),
        ("Total You May Be Billed", [f"{money(total(allsv, 'owes'))}", "See the claim pages for details."]),
    ]):
        pg.rect(40, fl.y, 300, 62, lw=1)
        pg.font("B", 11)
        pg.text(50, fl.y + 18, h)
        pg.font("R", 9)
        for k, b in enumerate(body):
            pg.text(50, fl.y + 33 + 12 * k, b)
        fl.y += 74
    pg.rect(360, 154, 212, 220, fill=0.92, stroke=False)
    pg.font("B", 10)
    pg.text(370, 172, "Be Informed!")
    pg.font("R", 8.5)
    for k, t in enumerate(["Therapy limits: when your therapist", "adds the KX modifier, they are telling",
                           "Medicare the care is still medically", "necessary above the yearly amount.",
                           "", "Report any service you did not get", "to 1-800-555-0190."]):
        pg.text(370, 188 + 12 * k, t)
    pg.new_page()
    fl.y = header(pg)
    pg.font("B", 13)
    pg.text(40, fl.y, "Your Claims & Costs This Period")
    fl.y += 20
    cols = [("Service Provided & Billing Code", 210, "L"), ("Service\nApproved?", 52, "C"),
            ("Amount\nProvider\nCharged", 58, "R"), ("Medicare-\nApproved\nAmount", 58, "R"),
            ("Medicare\nPaid\nProvider", 58, "R"), ("Maximum\nYou May\nBe Billed", 58, "R"),
            ("See\nNotes\nBelow", 38, "C")]
    printed = ("billed", "allowed", "paid", "patient_owes")
    for prov, icn, dos, recv, svcs in claims:
        ids = (None, icn, bene)
        if fl.need(60 + 16 * len(svcs)):
            pass
        pg.font("B", 10)
        pg.text(40, fl.y, f"{dfmt(dos, 'mon')}")
        fl.y += 13
        pg.font("R", 8.5)
        pg.text(40, fl.y, f"{prov},  Claim Number: {icn}")
        fl.y += 11
        pg.text(40, fl.y, f"Received on {recv}   Service date {dfmt(dos, 'mdy2')}")
        fl.y += 8
        pg.rect(40, fl.y, 532, 32, fill=0.88, stroke=False)
        pg.font("B", 7.5)
        x = 40
        for h, w, a in cols:
            for k, part in enumerate(h.split("\n")):
                pg.text(x + 3 if a == "L" else (x + w - 3 if a == "R" else x + w / 2), fl.y + 10 + 8 * k, part, a)
            x += w
        fl.y += 44
        for s in svcs:
            pg.font("R", 8.5)
            vals = [f"{units_str(s.units)} {s.desc} ({s.code}-{'-'.join(s.mods)})" if s.mods else
                    f"{units_str(s.units)} {s.desc} ({s.code})", "No" if s.denied else "Yes",
                    money(s.billed), money(s.allowed), money(s.paid), money(s.owes), ", ".join(s.remarks)]
            x = 40
            for (h, w, a), v in zip(cols, vals):
                pg.text(x + 3 if a == "L" else (x + w - 3 if a == "R" else x + w / 2), fl.y, v, a)
                x += w
            pg.line(40, fl.y + 4, 572, fl.y + 4, 0.3)
            T.line(pg.page, s, ids, printed, remarks=s.remarks)
            fl.y += 14
        pg.font("B", 8.5)
        x = 40 + 262
        pg.text(43, fl.y, "Total for Claim " + icn)
        for (h, w, a), k in zip(cols[2:6], ("billed", "allowed", "paid", "owes")):
            pg.text(x + w - 3, fl.y, money(total(svcs, k)), "R")
            x += w
        fl.y += 26
        T.claim(ids, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"),
                patient_owes=total(svcs, "owes"))
    legend = [("A", "Part of the approved amount was applied to your yearly deductible."),
              ("B", "Your provider told Medicare this therapy is still needed above the yearly threshold."),
              ("C", "Medicare pays for this only as part of another service; you should not be billed for it."),
              ("D", "Medicare took 2% off its payment under federal budget rules.")]
    fl.need(80)
    pg.font("B", 10)
    pg.text(40, fl.y, "Notes for Claims Above")
    pg.font("R", 8.5)
    for c, t in legend:
        fl.y += 12
        pg.text(40, fl.y, f"{c}  {t}")
    n = pg.save()
    assert n == 3, n
    write_truth(pg.path, "h03", "reportlab", n, "Medicare Summary Notice Part B", T.lines, T.claims, legend)


# ============================================================================================ h04
def h04(out: Path):
    pg = Page("fpdf2", out / "h04_medicare_advantage_eob.pdf", "DejaVuSerif")
    T = Truth()
    copays = {"97530": Decimal("15.00"), "97110": Decimal("15.00"), "97112": Decimal("15.00"),
              "97140": Decimal("15.00"), "97116": Decimal("15.00"), "97162": Decimal("15.00"),
              "97535": Decimal("15.00"), "99213": Decimal("10.00")}
    member = "Walter J. Brennan-Ruiz"
    claims = [
        ("SCM26A0004518", "Pinecrest Physical Therapy", "PCPT-30771", "02/20/2026", [
            sv(1, 5, "97162", 1, "GP"), sv(1, 5, "97110", 2, "GP"), sv(1, 7, "97110", 2, "GP"),
            sv(1, 7, "97140", 1, "GP"), sv(1, 9, "97112", 2, "GP"), sv(1, 9, "97116", 1, "GP"),
            sv(1, 12, "97530", 2, "GP"), sv(1, 12, "97110", 1, "GP"), sv(1, 14, "97140", 2, "GP 59"),
            sv(1, 14, "97112", 1, "GP"), sv(1, 16, "97530", 2, "GP CQ"), sv(1, 16, "97116", 2, "GP CQ"),
            sv(1, 19, "97110", 2, "GP CQ"), sv(1, 19, "G0283", 1, "GP"), sv(1, 21, "97535", 1, "GP"),
            sv(1, 21, "97530", 2, "GP"), sv(1, 23, "97110", 3, "GP CQ"), sv(1, 23, "97140", 1, "GP"),
            sv(1, 26, "97112", 2, "GP"), sv(1, 26, "97116", 1, "GP"), sv(1, 28, "97530", 2, "GP"),
            sv(1, 28, "97110", 2, "GP"), sv(1, 30, "97140", 1, "GP"), sv(1, 30, "97112", 2, "GP"),
            sv(2, 2, "97530", 2, "GP"), sv(2, 2, "97116", 2, "GP"), sv(2, 4, "97110", 2, "GP CQ"),
            sv(2, 4, "97535", 1, "GP"), sv(2, 6, "97530", 2, "GP"), sv(2, 9, "97112", 2, "GP"),
            sv(2, 9, "97110", 1, "GP"), sv(2, 11, "97530", 2, "GP CQ"), sv(2, 11, "97140", 1, "GP"),
            sv(2, 13, "97116", 2, "GP"), sv(2, 13, "97110", 2, "GP"), sv(2, 16, "97530", 2, "GP"),
            sv(2, 16, "97112", 1, "GP"), sv(2, 18, "97110", 2, "GP"), sv(2, 18, "97140", 1, "GP")]),
    ]
    claims.insert(0, ("SCM26A0006102", "Harrow Street Medical Group", "HSMG-118204", "01/29/2026",
                      [sv(1, 27, "99213", 1), sv(1, 27, "97535", 1, "GP")]))
    for *_, svcs in claims:
        for s in svcs:
            if s.code == "G0283":
                s.denied = "CO"
            # plan allowed is the Medicare-like schedule; per-line copay on the first unit line of a date
            s.allowed = (Decimal(G.SCHED[s.code]) * s.units).quantize(Decimal("0.01"))
            if s.denied:
                s.allowed = ZERO
                s.not_covered = s.billed
                s.adjs = [("CO", "97", s.billed)]
                continue
            s.discount = s.billed - s.allowed
            s.copay = min(copays.get(s.code, ZERO), s.allowed)
            s.paid = s.allowed - s.copay
            s.owes = s.copay
    cols = [("Date", 62, "L"), ("Service", 170, "L"), ("Code", 56, "L"), ("Qty", 26, "R"),
            ("Provider\ncharged", 58, "R"), ("Plan\nallowed", 56, "R"), ("Plan\npaid", 56, "R"),
            ("Your\nshare", 54, "R")]
    X0 = 36
    W = sum(c[1] for c in cols)

    def header(p: Page):
        p.font("B", 14)
        p.text(X0, 44, "Summit Crest Medicare Advantage")
        p.font("R", 8)
        p.text(X0, 56, "HMO-POS plan  ·  H9912-004  ·  Customer Care 1-877-555-0133 (TTY 711), 8 a.m.-8 p.m.")
        p.font("B", 9)
        p.text(p.W - X0, 44, "Explanation of Benefits", "R")
        p.font("R", 8)
        p.text(p.W - X0, 56, f"Claims processed 01/01/2026-02/20/2026  ·  page {p.page}", "R")
        p.line(X0, 62, p.W - X0, 62, 0.6)
        p.font("R", 7)
        p.text(X0, 772, "This notice is not a bill. Summit Crest Health Plans is a Medicare Advantage organization "
                        "with a Medicare contract.")
        return 78

    fl = Flow(pg, header, 715)
    pg.font("R", 9)
    pg.text(X0, fl.y, f"Member: {member}")
    pg.text(X0, fl.y + 12, "Member ID: SCM-0493-8817-01")
    pg.text(X0, fl.y + 24, "Primary care provider: Dr. Lena Vashti, Harrow Street Medical Group")
    pg.rect(360, fl.y - 10, 216, 50, fill=0.94)
    pg.font("B", 8.5)
    pg.text(368, fl.y + 2, "Your out-of-pocket costs in 2026")
    pg.font("R", 8.5)
    allsv = [s for c in claims for s in c[4]]
    pg.text(368, fl.y + 15, f"So far: {money(total(allsv, 'owes'))} of your $4,900.00 maximum")
    pg.text(368, fl.y + 28, "Part B deductible: none on this plan")
    fl.y += 56

    def colhead():
        pg.font("B", 7.5)
        x = X0
        for h, w, a in cols:
            for k, part in enumerate(h.split("\n")):
                pg.text(x + 2 if a == "L" else x + w - 2, fl.y + 8 * k, part, a)
            x += w
        pg.line(X0, fl.y + 11, X0 + W, fl.y + 11, 0.5)
        fl.y += 22

    printed = ("billed", "allowed", "paid", "patient_owes")
    for cid, prov, acct, recv, svcs in claims:
        ids = (acct, cid, member)
        start_page = pg.page

        def bar(cont=False, cid=cid, prov=prov, acct=acct, recv=recv):
            pg.rect(X0, fl.y - 10, W, 26, fill=0.86, stroke=False)
            pg.font("B", 8.5)
            tail = f"   (continued from page {pg.page - 1})" if cont else ""
            pg.text(X0 + 4, fl.y, f"Claim ID {cid}   {prov}{tail}")
            pg.font("R", 8)
            pg.text(X0 + 4, fl.y + 11, f"Received {recv}   Your provider's reference {acct}   In network")
            fl.y += 28
            colhead()

        fl.need(70)
        bar()
        for s in svcs:
            if fl.need(12):
                bar(cont=True)
            pg.font("R", 8)
            vals = [dfmt(s.dos, "mdy4"), s.desc, f"{s.code}" + (f" {modstr(s)}" if s.mods else ""),
                    units_str(s.units), money(s.billed), money(s.allowed), money(s.paid), money(s.owes)]
            x = X0
            for (h, w, a), v in zip(cols, vals):
                pg.text(x + 2 if a == "L" else x + w - 2, fl.y, v, a)
                x += w
            T.line(pg.page, s, ids, printed)
            fl.y += 12
        pg.line(X0, fl.y - 8, X0 + W, fl.y - 8, 0.3)
        pg.font("B", 8)
        pg.text(X0 + 2, fl.y + 1, "Claim total")
        x = X0 + 314
        for (h, w, a), k in zip(cols[4:], ("billed", "allowed", "paid", "owes")):
            pg.text(x + w - 2, fl.y + 1, money(total(svcs, k)), "R")
            x += w
        fl.y += 24
        T.claim(ids, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"),
                patient_owes=total(svcs, "owes"))
        if svcs[0].code == "97162":
            assert pg.page > start_page
    fl.need(40)
    pg.font("R", 8)
    pg.text(X0, fl.y, "The electrical stimulation on 01/19/2026 is paid only as part of your therapy visit; "
                      "your share for it is $0.00.")
    n = pg.save()
    write_truth(pg.path, "h04", "fpdf2", n, "Medicare Advantage member EOB, claim continued", T.lines, T.claims, [])


# ============================================================================================ h05
def h05(out: Path):
    pg = Page("reportlab", out / "h05_medicaid_ra_mono.pdf", "LiberationMono", landscape=True)
    T = Truth()
    # (recipient, recip id, pat acct, icn, lines)  lines: (svc, thru or None)
    paid = [
        ("MARQUEZ, ALINA", "40981277310", "LHP7731", "2026020114400071", [
            (sv(1, 5, "97165", 1, "GO"), None), (sv(1, 5, "97530", 2, "GO"), None),
            (sv(1, 7, "97530", 6, "GO"), d(1, 16)), (sv(1, 7, "97533", 4, "GO"), d(1, 14)),
            (sv(1, 19, "97530", 6, "GO"), d(1, 30)), (sv(1, 19, "97535", 3, "GO"), d(1, 28)),
            (sv(1, 21, "97112", 2, "GO"), d(1, 23)), (sv(1, 26, "97110", 2, "GO"), None),
            (sv(1, 28, "97168", 1, "GO"), None)]),
        ("MARQUEZ, DIEGO", "40981277328", "LHP7732", "2026020114400088", [
            (sv(1, 6, "92523", 1, "GN"), None), (sv(1, 8, "92507", 4, "GN"), d(1, 29)),
            (sv(1, 13, "92526", 2, "GN"), d(1, 27))]),
        ("TOBIN-HALE, RUBY", "40777102945", "LHP7690", "2026020114400095", [
            (sv(1, 9, "97166", 1, "GO"), None), (sv(1, 9, "97533", 2, "GO"), None),
            (sv(1, 12, "97530", 8, "GO"), d(1, 30)), (sv(1, 12, "97110", 4, "GO"), d(1, 26)),
            (sv(1, 14, "97112", 4, "GO"), d(1, 28)), (sv(1, 14, "97760", 2, "GO"), d(1, 21)),
            (sv(1, 21, "L3807", 1, "RT"), None), (sv(1, 26, "97535", 2, "GO"), None),
            (sv(1, 26, "97140", 2, "GO 59"), d(1, 30)), (sv(1, 30, "97168", 1, "GO"), None)]),
        ("OYELARAN, KEMI", "40650009871", "LHP7705", "2026020114400102", [
            (sv(1, 13, "97161", 1, "GP"), None), (sv(1, 13, "97110", 2, "GP"), None),
            (sv(1, 15, "97116", 6, "GP"), d(1, 29)), (sv(1, 15, "97530", 6, "GP"), d(1, 29)),
            (sv(1, 20, "97112", 3, "GP"), d(1, 27)), (sv(1, 22, "97140", 2, "GP"), None),
            (sv(1, 22, "97110", 2, "GP"), None), (sv(1, 23, "97116", 4, "GP"), d(1, 30)),
            (sv(1, 23, "97530", 2, "GP"), None), (sv(1, 26, "97140", 4, "GP 59"), d(1, 30)),
            (sv(1, 26, "97112", 2, "GP"), None), (sv(1, 27, "97110", 2, "GP"), None),
            (sv(1, 27, "97018", 1, "GP"), None), (sv(1, 29, "97530", 2, "GP"), None),
            (sv(1, 29, "97110", 2, "GP"), None), (sv(1, 30, "97162", 1, "GP"), None)]),
    ]
    denied = [("PRUITT, JONAS", "40122908455", "LHP7741", "2026020114400119", [
        (sv(1, 16, "97533", 2, "GO", denied="CO"), None), (sv(1, 16, "97530", 2, "GO", denied="CO"), None)])]
    orig = [(Svc(date(2025, 12, 1), "97530", Decimal("4"), ("GO",)), date(2025, 12, 12))]
    for grp in (paid, denied):
        for *_, lns in grp:
            for s, _ in lns:
                medicaid(s, deny_reason="B7")
                s.remarks = ["0420"] if s.denied else (["0001"] if s.discount else ["0002"])
                if s.code in ("97533",) and not s.denied:
                    s.remarks = ["0001"]
    o = medicaid(orig[0][0])
    rev = negate(o)
    rev.remarks = ["0950"]
    repl = Svc(o.dos, o.code, Decimal("3"), o.mods)
    medicaid(repl)
    repl.remarks = ["0951"]
    adjusted = [("MARQUEZ, ALINA", "40981277310", "LHP7580", "2026020114400126", "2025121814402231",
                 [(rev, date(2025, 12, 12))]),
                ("MARQUEZ, ALINA", "40981277310", "LHP7580", "2026020114400133", None,
                 [(repl, date(2025, 12, 12))])]
    fmt = "{:>3} {:<8} {:<8} {:<6} {:<6} {:>5} {:>10} {:>10} {:>8} {:>7} {:>10} {:<5}"
    X0 = 30

    def header(p: Page):
        p.font("R", 8)
        p.text(X0, 34, "STATE OF WESTMARCH   DEPARTMENT OF FAMILY HEALTH   MEDICAL ASSISTANCE PROGRAM")
        p.text(p.W - 30, 34, f"PAGE {p.page:>4}", "R")
        p.text(X0, 45, "REMITTANCE ADVICE          RUN DATE 02/02/26   PAYMENT DATE 02/04/26   RA NUMBER 0007713902")
        p.text(X0, 56, "PAYEE: LITTLE HARBOR PEDIATRIC THERAPY LLC     PAYEE ID 3310048822   NPI 1629384757")
        p.text(X0, 70, "-" * 128)
        p.text(X0, 81, "RECIPIENT NAME        RECIP ID     PATIENT ACCT   ICN                  CLAIM BILLED   CLAIM PAID")
        p.text(X0, 92, fmt.format("DTL", "FROM-DOS", "THRU-DOS", "PROC", "MODS", "UNITS", "BILLED", "ALLOWED", "TPL",
                                  "COPAY", "PAID", "EOB"))
        p.text(X0, 100, "-" * 128)
        return 116

    fl = Flow(pg, header, 560)
    printed_p = ("billed", "allowed", "paid", "copay")

    def section(title, claims, printed, mneg="trail"):
        fl.need(40)
        pg.font("B", 8)
        pg.text(X0, fl.y, f"*** {title} ***")
        pg.font("R", 8)
        fl.y += 14
        for cl in claims:
            name, rid, acct, icn = cl[:4]
            lns = cl[-1]
            svcs = [s for s, _ in lns]
            ids = (acct, icn, name)
            fl.need(24)
            pg.font("B", 8)
            pg.text(X0, fl.y, f"{name:<21} {rid:<12} {acct:<14} {icn:<20} {money(total(svcs, 'billed'), ',', mneg):>12}"
                              f" {money(total(svcs, 'paid'), ',', mneg):>12}")
            pg.font("R", 8)
            fl.y += 11
            if len(cl) == 6 and cl[4]:
                pg.text(X0 + 20, fl.y, f"ORIGINAL ICN {cl[4]} REVERSED - CREDIT TAKEN FROM THIS PAYMENT")
                fl.y += 11
            for i, (s, thru) in enumerate(lns, 1):
                if fl.need(11):
                    pg.text(X0, fl.y, f"{name:<21} {rid:<12} {acct:<14} {icn:<20} CONTINUED")
                    fl.y += 11
                pg.text(X0, fl.y, fmt.format(f"{i:02d}", dfmt(s.dos, "mdy2"), dfmt(thru, "mdy2") if thru else "",
                                             s.code, modstr(s, ""), units_str(s.units),
                                             money(s.billed, ",", mneg), money(s.allowed, ",", mneg),
                                             money(ZERO, ","), money(s.copay, ",", mneg), money(s.paid, ",", mneg),
                                             s.remarks[0]))
                T.line(pg.page, s, ids, printed, service_end=thru, remarks=s.remarks, description=False)
                fl.y += 11
            fl.y += 6
            T.claim(ids, billed=total(svcs, "billed"), paid=total(svcs, "paid"))

    section("CLAIMS PAID", paid, printed_p)
    section("CLAIMS DENIED", denied, printed_p)
    section("CLAIM ADJUSTMENTS", adjusted, printed_p)
    legend = [("0001", "PAID AT THE PROGRAM FEE SCHEDULE RATE"), ("0002", "PAID AS BILLED"),
              ("0420", "SERVICE NOT ON AN APPROVED PRIOR AUTHORIZATION FOR THESE DATES"),
              ("0950", "ADJUSTMENT - ORIGINAL CLAIM TAKEN BACK"), ("0951", "ADJUSTMENT - CLAIM REPAID AS CORRECTED")]
    fl.need(90)
    pg.text(X0, fl.y, "-" * 128)
    fl.y += 12
    allp = [s for c in paid + adjusted for s, _ in c[-1]]
    pg.text(X0, fl.y, f"PAYMENT SUMMARY   CLAIMS PAID {len(paid)}   DENIED {len(denied)}   ADJUSTED {len(adjusted)}"
                      f"   NET PAYMENT {money(total(allp, 'paid'), ',', 'trail')}")
    fl.y += 16
    pg.text(X0, fl.y, "EOB CODE  DESCRIPTION")
    for c, t in legend:
        fl.y += 11
        pg.text(X0, fl.y, f"{c:<9} {t}")
    n = pg.save()
    write_truth(pg.path, "h05", "reportlab", n, "state Medicaid RA, fixed-width mainframe print", T.lines, T.claims,
                legend)


# ============================================================================================ h06
def h06(out: Path):
    pg = Page("fpdf2", out / "h06_medicaid_ra_cards.pdf", "LiberationSansNarrow")
    T = Truth()
    claims = [
        ("HOLLOWAY, NEVAEH R", "EM0048831920", "CVT-260105-01", "62026033000412", [
            sv(1, 5, "92523", 1, "GN"), sv(1, 7, "92507", 1, "GN"), sv(1, 9, "92507", 1, "GN"),
            sv(1, 12, "92507", 1, "GN"), sv(1, 14, "92526", 1, "GN"), sv(1, 16, "92507", 1, "GN"),
            sv(1, 19, "92507", 1, "GN"), sv(1, 21, "92526", 1, "GN"), sv(1, 23, "92507", 1, "GN"),
            sv(1, 26, "92507", 1, "GN"), sv(1, 28, "92526", 1, "GN"), sv(1, 30, "92507", 1, "GN")]),
        ("PARK, SEO-YEON", "EM0091177046", "CVT-260108-04", "62026033000429", [
            sv(1, 8, "97167", 1, "GO"), sv(1, 8, "97533", 2, "GO"), sv(1, 15, "97530", 3, "GO"),
            sv(1, 15, "97150", 1, "GO", denied="CO"), sv(1, 22, "97530", 2, "GO"), sv(1, 22, "97129", 1, "GO"),
            sv(1, 29, "97535", 2, "GO"), sv(1, 29, "97533", 2, "GO"), sv(2, 5, "97530", 2, "GO"),
            sv(2, 5, "97533", 2, "GO"), sv(2, 12, "97530", 3, "GO"), sv(2, 12, "97535", 1, "GO"),
            sv(2, 19, "97168", 1, "GO"), sv(2, 19, "97530", 2, "GO")]),
        ("ABERNATHY, COLE", "EM0033102958", "CVT-260120-02", "62026033000436", [
            sv(1, 20, "97163", 1, "GP"), sv(1, 20, "97110", 2, "GP"), sv(1, 27, "97112", 2, "GP 59"),
            sv(1, 27, "97110", 2, "GP"), sv(1, 27, "97018", 1, "GP"), sv(2, 3, "97110", 2, "GP"),
            sv(2, 3, "97140", 2, "GP"), sv(2, 10, "97112", 2, "GP 59"), sv(2, 10, "97110", 1, "GP"),
            sv(2, 17, "97110", 2, "GP"), sv(2, 17, "97140", 1, "GP"), sv(2, 24, "97112", 2, "GP"),
            sv(2, 24, "97110", 2, "GP"), sv(2, 26, "97164", 1, "GP")]),
    ]
    for *_, svcs in claims:
        for s in svcs:
            medicaid(s, deny_reason="B20")
            s.remarks = ["N20"] if s.denied else ([] if s.discount else ["N793"])
            if s.code == "97533" and s.paid:
                s.copay = Decimal("2.00")
                s.paid -= s.copay
                s.adjs.append(("PR", "3", s.copay))
    cols = [("Ln", 18, "C"), ("DOS", 48, "L"), ("Procedure", 46, "L"), ("Mods", 36, "L"), ("Units", 30, "R"),
            ("Billed", 52, "R"), ("Allowed", 52, "R"), ("Copay", 40, "R"), ("Paid", 52, "R"),
            ("Adj Grp-Rsn  Amt", 110, "L"), ("RARC", 56, "L")]
    X0 = 30
    W = sum(c[1] for c in cols)

    def header(p: Page):
        p.rect(X0, 28, W, 40, fill=0.2, stroke=False)
        if p.producer == "fpdf2":
            p.c.set_text_color(255, 255, 255)
        p.font("B", 14)
        p.text(X0 + 10, 46, "EASTMARK MEDICAID  |  Provider Remittance Advice")
        p.font("R", 9)
        p.text(X0 + 10, 60, "Commonwealth of Eastmark Office of Health Coverage  ·  Fiscal agent: Tidewater Claims Services")
        if p.producer == "fpdf2":
            p.c.set_text_color(0, 0, 0)
        p.font("R", 8.5)
        p.text(X0, 82, "Provider: CLEARVIEW THERAPY COLLABORATIVE   Provider ID 0871142   NPI 1497730216")
        p.text(X0 + W, 82, f"Remit date 01/31/2026   Page {p.page} of 2", "R")
        p.text(X0, 94, "Payment: EFT trace 1TX00448210 - 02/03/2026")
        return 112

    fl = Flow(pg, header, 745)

    def colhead():
        pg.rect(X0, fl.y, W, 14, fill=0.88)
        pg.font("B", 8)
        x = X0
        for h, w, a in cols:
            pg.text(x + 3 if a == "L" else (x + w - 3 if a == "R" else x + w / 2), fl.y + 10, h, a)
            x += w
        fl.y += 14

    printed = ("billed", "allowed", "copay", "paid")
    for name, cid, pcn, tcn, svcs in claims:
        ids = (pcn, tcn, name)

        def card(cont=False, name=name, cid=cid, pcn=pcn, tcn=tcn):
            pg.rect(X0, fl.y, W, 30)
            pg.font("B", 9)
            pg.text(X0 + 5, fl.y + 12, f"Client: {name}" + ("  - continued" if cont else ""))
            pg.text(X0 + 250, fl.y + 12, f"TCN: {tcn}")
            pg.font("R", 8.5)
            pg.text(X0 + 5, fl.y + 24, f"Client ID: {cid}")
            pg.text(X0 + 250, fl.y + 24, f"Patient Control No.: {pcn}")
            pg.text(X0 + W - 5, fl.y + 24, "Claim status: PAID", "R")
            fl.y += 30
            colhead()

        fl.need(80)
        card()
        for i, s in enumerate(svcs, 1):
            if fl.need(15):
                card(cont=True)
            pg.font("R", 8.5)
            adj = "  ".join(f"{g}-{c} {money(a, ',')}" for g, c, a in s.adjs)
            vals = [str(i), dfmt(s.dos, "mdy4"), s.code, modstr(s), units_str(s.units), money(s.billed, ","),
                    money(s.allowed, ","), money(s.copay, ","), money(s.paid, ","), adj, " ".join(s.remarks)]
            x = X0
            for (h, w, a), v in zip(cols, vals):
                pg.text(x + 3 if a == "L" else (x + w - 3 if a == "R" else x + w / 2), fl.y + 10, v, a)
                pg.rect(x, fl.y, w, 14)
                x += w
            T.line(pg.page, s, ids, printed, adjustments=s.adjs, remarks=s.remarks, description=False)
            fl.y += 14
        pg.font("B", 8.5)
        pg.rect(X0, fl.y, W, 14, fill=0.95)
        pg.text(X0 + 5, fl.y + 10, "Claim totals")
        x = X0 + 178
        for (h, w, a), k in zip(cols[5:9], ("billed", "allowed", "copay", "paid")):
            pg.text(x + w - 3, fl.y + 10, money(total(svcs, k), ","), "R")
            x += w
        fl.y += 30
        T.claim(ids, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"))
    legend = [("N20", "Not paid separately when billed with the main service of the day."),
              ("N793", "Paid at the billed amount, which is under the program rate."),
              ("B20", "Group sessions must be billed by a group-enrolled provider.")]
    fl.need(80)
    pg.font("B", 9)
    pg.text(X0, fl.y, "Payment summary")
    pg.font("R", 8.5)
    allsv = [s for c in claims for s in c[4]]
    fl.y += 12
    pg.text(X0, fl.y, f"Claims: {len(claims)}    Billed: {money(total(allsv, 'billed'))}    "
                      f"Paid: {money(total(allsv, 'paid'))}    Net EFT: {money(total(allsv, 'paid'))}")
    fl.y += 16
    pg.font("B", 9)
    pg.text(X0, fl.y, "Code glossary")
    pg.font("R", 8.5)
    for c, t in legend:
        fl.y += 11
        pg.text(X0, fl.y, f"{c}: {t}")
    n = pg.save()
    write_truth(pg.path, "h06", "fpdf2", n, "state Medicaid RA, boxed claim cards, continued claim", T.lines,
                T.claims, legend)


# ============================================================================================ h07
def h07(out: Path):
    pg = Page("reportlab", out / "h07_clearinghouse_spr.pdf", "Courier")
    T = Truth()
    st = PlanState(ded_left=Decimal("0.00"))
    claims = [
        ("FENWICK, ARTHUR", "7QK2WD4RT15", "BHR88120", "2226014408810", "1629384757", [
            sv(1, 5, "97163", 1, "GP KX"), sv(1, 5, "97110", 2, "GP KX"), sv(1, 7, "97110", 2, "GP KX"),
            sv(1, 7, "97140", 1, "GP KX"), sv(1, 9, "97112", 2, "GP KX"), sv(1, 9, "97116", 1, "GP KX"),
            sv(1, 12, "97530", 2, "GP KX"), sv(1, 12, "97140", 1, "GP 59 KX"), sv(1, 14, "97110", 3, "GP CQ KX"),
            sv(1, 14, "97112", 1, "GP CQ KX"), sv(1, 16, "97116", 2, "GP KX"), sv(1, 16, "G0283", 1, "GP",
                                                                                   denied="CO"),
            sv(1, 19, "97530", 2, "GP KX"), sv(1, 19, "97110", 2, "GP KX"), sv(1, 21, "97140", 2, "GP KX"),
            sv(1, 21, "97112", 2, "GP KX")]),
        ("DELGADO, ROSA M", "3HN8FT6YK42", "BHR88164", "2226014408827", "1629384757", [
            sv(1, 8, "97165", 1, "GO"), sv(1, 8, "97530", 2, "GO"), sv(1, 15, "97530", 3, "GO"),
            sv(1, 15, "97535", 1, "GO")]),
        ("OSTROWSKI, HENRYK", "9PL3MC7XE20", "BHR88191", "2226014408834", "1730495868", [
            sv(1, 22, "92523", 1, "GN"), sv(1, 29, "92507", 1, "GN")]),
    ]
    st.ded_left = Decimal("60.00")
    for *_, svcs in claims:
        for s in svcs:
            medicare(s, st, deny_reason="97")
            s.remarks = ["M15"] if s.denied else []
    X0 = 30
    H = "PERF PROV   SERV DATE   POS NOS  PROC  MODS          BILLED  ALLOWED  DEDUCT   COINS  GRP/RC-AMT      PROV PD"

    def header(p: Page):
        p.font("R", 7.4)
        p.text(X0, 34, "CLEARPATH EDI SERVICES - STANDARD PAPER REMIT VIEW          PAYER: MEDICARE PART B - J-Z REGION")
        p.text(X0, 44, "PAYEE: BRIGHTWATER HAND & REHAB           NPI: 1629384757     CHECK/EFT #: 8812045517")
        p.text(X0, 54, f"REMIT DATE: 02/02/2026    PRINTED 02/03/2026  PAGE #: {p.page}")
        p.text(X0, 68, H)
        p.text(X0, 76, "-" * 112)
        return 90

    fl = Flow(pg, header, 750)
    for name, hic, acnt, icn, npi, svcs in claims:
        ids = (acnt, icn, name)
        fl.need(40)
        pg.text(X0, fl.y, f"NAME {name:<20} HIC {hic}  ACNT {acnt}  ICN {icn}  ASG Y  MOA MA01")
        fl.y += 12
        for s in svcs:
            adjs = s.adjs
            stack = len(adjs) - 1
            if fl.need(10 * (stack + 1)):
                pg.text(X0, fl.y, f"NAME {name:<20} ICN {icn}  (CONTINUED)")
                fl.y += 12
            g, r, a = adjs[0]
            row = (f"{npi:<11} {s.dos:%m%d} {s.dos:%m%d%y}  11  {units_str(s.units):>3}  {s.code} "
                   f"{modstr(s):<11} {money(s.billed, ''):>8} {money(s.allowed, ''):>8} "
                   f"{money(s.deductible, ''):>7} {money(s.coinsurance, ''):>7}  {g}-{r:<4}{money(a, ''):>8} "
                   f"{money(s.paid, ''):>8}")
            pg.text(X0, fl.y, row)
            for g, r, a in adjs[1:]:
                fl.y += 10
                pg.text(X0, fl.y, " " * 81 + f"{g}-{r:<4}{money(a, ''):>8}")
            if s.remarks:
                fl.y += 10
                pg.text(X0, fl.y, f"CNTL #: {acnt}-{svcs.index(s) + 1:02d}   REM: {' '.join(s.remarks)}")
            T.line(pg.page, s, ids, ("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=adjs,
                   remarks=s.remarks, description=False)
            fl.y += 11
        fl.need(30)
        tb = total(svcs, "billed")
        pg.text(X0, fl.y, f"PT RESP {money(total(svcs, 'owes'), ''):>8}" + " " * 9 +
                f"CLAIM TOTALS {money(tb, ''):>8} {money(total(svcs, 'allowed'), ''):>8} "
                f"{money(total(svcs, 'deductible'), ''):>7} {money(total(svcs, 'coinsurance'), ''):>7}" + " " * 16 +
                f"{money(total(svcs, 'paid'), ''):>8}")
        fl.y += 10
        pg.text(X0, fl.y, f"{'':<36}NET {money(total(svcs, 'paid'), ''):>8}")
        fl.y += 18
        T.claim(ids, billed=tb, allowed=total(svcs, "allowed"), paid=total(svcs, "paid"))
    legend = [("CO-45", "Amount above the fee schedule; provider may not bill it."),
              ("CO-253", "Federal 2% payment reduction."), ("PR-1", "Deductible."), ("PR-2", "Coinsurance."),
              ("CO-97", "Included in the payment for another service."),
              ("M15", "Bundled into another service billed the same day."),
              ("MA01", "How to ask for a review of this decision.")]
    fl.need(90)
    pg.text(X0, fl.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES")
    for c, t in legend:
        fl.y += 10
        pg.text(X0, fl.y, f"{c:<8} {t}")
    allsv = [s for c in claims for s in c[5]]
    fl.y += 16
    pg.text(X0, fl.y, f"TOTAL # BILLED  CLAIMS  {len(claims)}   TOTAL BILLED {money(total(allsv, 'billed'), '')}   "
                      f"TOTAL PAID {money(total(allsv, 'paid'), '')}")
    n = pg.save()
    write_truth(pg.path, "h07", "reportlab", n, "clearinghouse standard paper remit view of a Medicare payment",
                T.lines, T.claims, legend)


# ============================================================================================ h08
def h08(out: Path):
    pg = Page("fpdf2", out / "h08_pm_payment_posting.pdf", "Helvetica", landscape=True)
    T = Truth()
    st = PlanState(ded_left=Decimal("25.00"))
    groups = [
        ("Vance, Priscilla", "A-204417", "22260210551180", [
            sv(1, 6, "97166", 1, "GO"), sv(1, 6, "97530", 2, "GO"), sv(1, 13, "97530", 3, "GO"),
            sv(1, 13, "97535", 1, "GO"), sv(1, 20, "97760", 2, "GO"), sv(1, 20, "L3807", 1, "LT")]),
        ("Kowalczyk, Stefan", "A-204452", "22260210551197", [
            sv(1, 8, "97161", 1, "GP"), sv(1, 8, "97110", 2, "GP"), sv(1, 15, "97140", 2, "GP"),
            sv(1, 15, "0552T", 1, "GP", denied="PR")]),
        ("Nakamura, June", "A-203988", "22260210551203", [
            sv(1, 12, "92507", 1, "GN"), sv(1, 19, "92526", 1, "GN")]),
    ]
    for *_, svcs in groups:
        for s in svcs:
            medicare(s, st, deny_reason="96")
            s.remarks = ["N130"] if s.denied else []
    # a reversal of a December claim and its corrected replacement
    old = Svc(date(2025, 12, 17), "97110", Decimal("3"), ("GP",))
    medicare(old, PlanState())
    rv = negate(old)
    new = Svc(date(2025, 12, 17), "97110", Decimal("2"), ("GP",))
    medicare(new, PlanState())
    rv.remarks, new.remarks = ["MA67"], []
    groups.append(("Kowalczyk, Stefan", "A-201876", "22260210551210 (reversal of 22253500981144)", [rv]))
    groups.append(("Kowalczyk, Stefan", "A-201876", "22260210551227", [new]))
    cols = [("DOS", 56, "L"), ("CPT", 40, "L"), ("Mod", 46, "L"), ("Units", 30, "R"), ("Charge", 56, "R"),
            ("Allowed", 54, "R"), ("Deduct", 48, "R"), ("Coins", 48, "R"), ("Seq", 40, "R"), ("Paid", 56, "R"),
            ("Adjustments", 230, "L"), ("Rmk", 36, "L")]
    X0 = 36
    W = sum(c[1] for c in cols)

    def header(p: Page):
        p.font("B", 12)
        p.text(X0, 40, "TheraLedger PM  -  Payment Posting Detail")
        p.font("R", 8)
        p.text(X0, 52, "Practice: Brightwater Hand & Rehab, Suite 210, 88 Orchard Row, Millbrook, WI 53190")
        p.text(X0, 62, "Payer: MEDICARE PART B (J-Z)   Payment EFT 8812045588   Deposit date 02/10/2026   "
                       "Posted by: jkeller")
        p.text(X0 + W, 40, f"Page {p.page}", "R")
        p.text(X0 + W, 52, "Report run 02/10/2026 16:42", "R")
        p.rect(X0, 70, W, 14, fill=0.8, stroke=False)
        p.font("B", 8)
        x = X0
        for h, w, a in cols:
            p.text(x + 3 if a == "L" else x + w - 3, 80, h, a)
            x += w
        return 96

    fl = Flow(pg, header, 560)
    for name, acct, icn, svcs in groups:
        ids = (acct, icn.split(" ")[0], name)
        fl.need(30 + 13 * len(svcs))
        pg.font("B", 8.5)
        pg.text(X0, fl.y, f"Patient: {name}    Acct #: {acct}    Payer ICN: {icn}")
        fl.y += 5
        for k, s in enumerate(svcs):
            if k % 2 == 0:
                pg.rect(X0, fl.y, W, 13, fill=0.94, stroke=False)
            pg.font("R", 8)
            adj = "; ".join(f"{g}{c} {money(a, ',', '()')}" for g, c, a in s.adjs)
            vals = [dfmt(s.dos, "mdy4"), s.code, modstr(s), units_str(s.units)] + [
                money(getattr(s, k2), ",", "()") for k2 in ("billed", "allowed", "deductible", "coinsurance", "seq",
                                                            "paid")] + [adj, " ".join(s.remarks)]
            x = X0
            for (h, w, a), v in zip(cols, vals):
                pg.text(x + 3 if a == "L" else x + w - 3, fl.y + 9.5, v, a)
                x += w
            T.line(pg.page, s, ids, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                   adjustments=s.adjs, remarks=s.remarks, description=False)
            fl.y += 13
        pg.line(X0 + 172, fl.y + 1, X0 + 530, fl.y + 1, 0.4)
        pg.font("B", 8)
        pg.text(X0 + 3, fl.y + 10, "Claim subtotal")
        x = X0 + 172
        for (h, w, a), k2 in zip(cols[4:10], ("billed", "allowed", "deductible", "coinsurance", "seq", "paid")):
            pg.text(x + w - 3, fl.y + 10, money(total(svcs, k2), ",", "()"), "R")
            x += w
        fl.y += 26
        T.claim(ids, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"))
    allsv = [s for g in groups for s in g[3]]
    fl.need(60)
    pg.font("B", 9)
    pg.text(X0, fl.y, f"Payment total posted: {money(total(allsv, 'paid'), ',', '()')}     "
                      f"Patient responsibility transferred: {money(total(allsv, 'owes'), ',', '()')}")
    legend = [("N130", "Not a covered benefit under this plan; patient notified in advance."),
              ("MA67", "Earlier payment taken back and the claim redone.")]
    pg.font("R", 8)
    for c, t in legend:
        fl.y += 12
        pg.text(X0, fl.y, f"{c}  {t}")
    n = pg.save()
    write_truth(pg.path, "h08", "fpdf2", n, "practice-management payment posting detail of a Medicare payment",
                T.lines, T.claims, legend)


# ============================================================================================ h09
def h09(out: Path):
    pg = Page("reportlab", out / "h09_clinic_family_statement.pdf", "Times")
    T = Truth()
    st = PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    kids = [("Olivia Thackeray", [
        ("V-58102", "PRE 260112 004471", [sv(1, 5, "97165", 1, "GO"), sv(1, 5, "97533", 2, "GO")]),
        ("V-58177", "PRE 260119 006210", [sv(1, 12, "97530", 2, "GO"), sv(1, 12, "97533", 2, "GO")]),
        ("V-58240", "PRE 260126 008934", [sv(1, 19, "97530", 3, "GO"), sv(1, 19, "97535", 1, "GO")]),
        ("V-58311", "PRE 260202 011027", [sv(1, 26, "97530", 2, "GO"), sv(1, 26, "97533", 2, "GO")])]),
        ("Felix Thackeray", [
            ("V-58119", "PRE 260113 004902", [sv(1, 6, "92523", 1, "GN")]),
            ("V-58198", "PRE 260120 006655", [sv(1, 13, "92507", 1, "GN")]),
            ("V-58263", "PRE 260127 009120", [sv(1, 20, "92507", 1, "GN"), sv(1, 20, "97129", 1, "GN",
                                                                                denied="PR")])]),
        ("Hazel Thackeray", [
            ("V-58204", "PRE 260121 007003", [sv(1, 14, "97166", 1, "GO"), sv(1, 14, "97112", 1, "GO")])])]
    for _, visits in kids:
        for _, _, svcs in visits:
            for s in svcs:
                commercial(s, st)
                s.discount = s.billed - s.allowed if not s.denied else ZERO
    X0, XR = 36, 450

    def header(p: Page):
        p.font("B", 15)
        p.text(X0, 46, "Little Harbor Pediatric Therapy")
        p.font("R", 9)
        p.text(X0, 58, "14 Wharf Lane, Suite B  ·  Port Alder, ME 04102  ·  Billing office (207) 555-0166")
        p.font("B", 11)
        p.text(XR - 10, 46, "STATEMENT", "R")
        p.font("R", 9)
        p.text(XR - 10, 58, f"Page {p.page}", "R")
        p.line(X0, 64, XR - 10, 64, 0.8)
        # sidebar
        p.rect(XR, 30, 140, 300 if p.page == 1 else 80, fill=0.9, stroke=False)
        p.font("B", 9)
        p.text(XR + 8, 46, "Guarantor")
        p.font("R", 9)
        p.text(XR + 8, 58, "Renata Thackeray")
        p.text(XR + 8, 70, "Account G-30771")
        return 84

    fl = Flow(pg, header, 740)
    allsv = [s for _, v in kids for _, _, ss in v for s in ss]
    pays = [(d(1, 12), "Payment - thank you (card)", Decimal("45.00")), (d(1, 26), "Payment - thank you (check 1184)",
                                                                        Decimal("60.00"))]
    due = total(allsv, "owes") - sum(p[2] for p in pays)
    pg.font("B", 9)
    for k, t in enumerate(["Statement date 02/06/2026", "Amount due", money(due), "Due by 03/01/2026", "",
                           "Aging", f"Current  {money(due)}", "31-60 days  $0.00", "61-90 days  $0.00", "",
                           "Pay online: pay.littleharbor.test", "or mail the slip below.", "",
                           "Your insurer:", "Pinebrook Regional", "Employee Health Plan"]):
        pg.font("B" if k in (1, 2, 5) else "R", 11 if k == 2 else 8.5)
        pg.text(XR + 8, 96 + 13 * k, t)
    cols = [("Date", 44, "L"), ("Visit #", 40, "L"), ("Code", 50, "L"), ("Description", 92, "L"),
            ("Charge", 42, "R"), ("Ins paid", 42, "R"), ("Write-off", 44, "R"), ("Your share", 48, "R")]

    def colhead():
        pg.font("B", 8.5)
        x = X0
        for h, w, a in cols:
            pg.text(x + 1 if a == "L" else x + w - 1, fl.y, h, a)
            x += w
        pg.line(X0, fl.y + 3, XR - 10, fl.y + 3, 0.5)
        fl.y += 14

    pg.font("R", 8.5)
    pg.text(X0, fl.y, "Visits for your family since your last statement. Your insurer's claim number is shown under")
    pg.text(X0, fl.y + 11, "each visit. Amounts in \"Your share\" are what the plan says you owe.")
    fl.y += 28
    colhead()
    for kid, visits in kids:
        fl.need(30)
        pg.font("B", 9)
        pg.text(X0, fl.y, f"Patient: {kid}")
        fl.y += 12
        for vno, iclm, svcs in visits:
            ids = (vno, iclm, kid)
            if fl.need(14 * len(svcs) + 14):
                pg.font("I", 8.5)
                pg.text(X0, fl.y, f"{kid} (continued)")
                fl.y += 12
                colhead()
            for s in svcs:
                pg.font("R", 8.5)
                vals = [dfmt(s.dos, "mdy2"), vno, f"{s.code}-{modstr(s, '-')}" if s.mods else s.code,
                        s.desc[:26], money(s.billed, ","), money(s.paid, ","), money(s.discount, ","),
                        money(s.owes, ",")]
                x = X0
                for (h, w, a), v in zip(cols, vals):
                    pg.text(x + 1 if a == "L" else x + w - 1, fl.y, v, a)
                    x += w
                T.line(pg.page, s, ids, ("billed", "paid", "discount", "patient_owes"), units=False,
                       overrides={"description": s.desc[:26]})
                fl.y += 11
            pg.font("I", 8)
            pg.text(X0 + 86, fl.y, f"Billed to Pinebrook Regional, claim {iclm}")
            fl.y += 13
            T.claim(ids)  # a statement prints no per-visit totals
    for dt, t, a in pays:
        fl.need(12)
        pg.font("R", 8.5)
        pg.text(X0, fl.y, dfmt(dt, "mdy2"))
        pg.text(X0 + 134, fl.y, t)
        pg.text(X0 + 401, fl.y, money(-a, ",", "()"), "R")
        fl.y += 12
    fl.need(60)
    pg.line(X0, fl.y, XR - 10, fl.y, 0.8)
    fl.y += 12
    pg.font("B", 9)
    pg.text(X0, fl.y, "Amount due from you")
    pg.text(X0 + 401, fl.y, money(due), "R")
    fl.y += 20
    pg.font("R", 8)
    pg.text(X0, fl.y, "- - - - - - - - - - - - - - - - detach and return with payment - - - - - - - - - - - - - - - -")
    fl.y += 14
    pg.text(X0, fl.y, f"Account G-30771   Renata Thackeray   Amount due {money(due)}   Amount enclosed $________")
    n = pg.save()
    write_truth(pg.path, "h09", "reportlab", n, "pediatric therapy clinic family statement", T.lines, T.claims, [])


# ============================================================================================ h10
def h10(out: Path):
    pg = Page("fpdf2", out / "h10_hospital_guarantor_statement.pdf", "DejaVuSansCondensed")
    T = Truth()
    REV = {"97110": "0420", "97140": "0420", "97112": "0420", "97116": "0420", "97161": "0420", "97530": "0430",
           "97166": "0430", "97535": "0430", "92523": "0440", "92507": "0440", "99213": "0510", "E0730": "0290",
           "97168": "0430"}
    accts = [
        ("HA 7002158841", "Mariela Fontaine-Ortiz", "Guarantor", "LRW4471928330", [
            sv(1, 6, "97161", 1, "GP"), sv(1, 6, "97110", 2, "GP"), sv(1, 8, "97140", 2, "GP"),
            sv(1, 8, "97112", 1, "GP"), sv(1, 13, "97110", 3, "GP"), sv(1, 13, "97116", 1, "GP"),
            sv(1, 13, "E0730", 1, "NU")]),
        ("HA 7002159027", "Lucas Fontaine-Ortiz", "Son", "LRW4472011506", [
            sv(1, 9, "97166", 1, "GO"), sv(1, 9, "97530", 2, "GO"), sv(1, 16, "97530", 2, "GO"),
            sv(1, 16, "97535", 1, "GO"), sv(1, 23, "97168", 1, "GO")]),
        ("HA 7002160115", "Bea Fontaine-Ortiz", "Daughter", "LRW4472290871", [
            sv(1, 14, "92523", 1, "GN"), sv(1, 21, "92507", 1, "GN"), sv(1, 28, "92507", 1, "GN")]),
    ]
    X0 = 34
    cols = [("Date", 52, "L"), ("Rev", 32, "L"), ("HCPCS", 44, "L"), ("Mod", 30, "L"), ("Qty", 26, "R"),
            ("Description", 250, "L"), ("Charges", 76, "R")]
    W = sum(c[1] for c in cols)

    def header(p: Page):
        p.font("B", 14)
        p.text(X0, 44, "St. Brennan Regional Medical Center")
        p.font("R", 8.5)
        p.text(X0, 56, "Patient Financial Services · 300 Linden Parkway · Ashgrove, KS 66030 · (620) 555-0118")
        p.font("B", 10)
        p.text(X0 + W, 44, "Guarantor Statement", "R")
        p.font("R", 8.5)
        p.text(X0 + W, 56, f"Page {p.page}", "R")
        p.line(X0, 62, X0 + W, 62, 1)
        return 78

    fl = Flow(pg, header, 740)
    pg.font("R", 9)
    pg.text(X0, fl.y, "Guarantor: Mariela Fontaine-Ortiz    Guarantor no. 55-118402    Statement date 02/12/2026")
    fl.y += 12
    pg.text(X0, fl.y, "Outpatient rehabilitation services for your household. Insurance: Larkin Ridge Health "
                      "(commercial).")
    fl.y += 20
    grand = ZERO
    for acct, pat, rel, iclm, svcs in accts:
        ids = (acct, iclm, pat)
        billed = total(svcs, "billed")
        ins_paid = (billed * Decimal("0.58")).quantize(Decimal("0.01"))
        contract = (billed * Decimal("0.29")).quantize(Decimal("0.01"))
        bal = billed - ins_paid - contract
        grand += bal
        fl.need(70 + 12 * len(svcs))
        top = fl.y
        pg.rect(X0, top, W, 28, fill=0.9)
        pg.font("B", 9)
        pg.text(X0 + 5, top + 11, f"Account {acct}   Patient: {pat} ({rel})")
        pg.font("R", 8.5)
        pg.text(X0 + 5, top + 23, f"Outpatient rehab visits 01/{svcs[0].dos.day:02d}/2026 - "
                                  f"{dfmt(svcs[-1].dos, 'mdy4')}   Insurance claim no. {iclm}")
        fl.y = top + 40
        pg.font("B", 8)
        x = X0
        for h, w, a in cols:
            pg.text(x + 3 if a == "L" else x + w - 3, fl.y, h, a)
            x += w
        fl.y += 12
        pg.font("R", 8.5)
        for s in svcs:
            vals = [dfmt(s.dos, "mdy4"), REV[s.code], s.code, modstr(s), units_str(s.units), s.desc,
                    money(s.billed, ",")]
            x = X0
            for (h, w, a), v in zip(cols, vals):
                pg.text(x + 3 if a == "L" else x + w - 3, fl.y, v, a)
                x += w
            T.line(pg.page, s, ids, ("billed",))
            fl.y += 12
        for lab, v in (("Total charges", billed), ("Insurance payment - Larkin Ridge Health", -ins_paid),
                       ("Contractual adjustment - Larkin Ridge Health", -contract),
                       ("Account balance - your responsibility", bal)):
            pg.font("B" if lab.startswith(("Total", "Account")) else "R", 8.5)
            pg.text(X0 + 187, fl.y, lab)
            pg.text(X0 + W - 3, fl.y, money(v, ","), "R")
            fl.y += 12
        pg.rect(X0, top, W, fl.y - top)
        fl.y += 14
        T.claim(ids, billed=billed)
    fl.need(40)
    pg.font("B", 10)
    pg.text(X0, fl.y, "Total amount due")
    pg.text(X0 + W - 3, fl.y, money(grand), "R")
    fl.y += 14
    pg.font("R", 8)
    pg.text(X0, fl.y, "Financial assistance is available. Ask about a payment plan: (620) 555-0118.")
    n = pg.save()
    write_truth(pg.path, "h10", "fpdf2", n, "hospital guarantor statement, three family accounts", T.lines,
                T.claims, [])


LAYOUTS = [h01, h02, h03, h04, h05, h06, h07, h08, h09, h10]
FLAGS = {
    "h01": {"allowed_split": True, "discount_split": True}, "h02": {"allowed_split": True, "discount_split": True},
    "h03": {"date_in_heading": True}, "h04": {"allowed_split": True}, "h05": {}, "h06": {"adj_complete": True},
    "h07": {"adj_complete": True}, "h08": {"adj_complete": True}, "h09": {"statement": True}, "h10": {},
}


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        import tempfile
        out = Path(tempfile.mkdtemp(prefix="heldout165_"))
    else:
        out = Path(args[0]).resolve()
    if (ROOT / "samples") in out.parents or out == ROOT / "samples":
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if "--check" in argv:
        import json
        errs = []
        nlines = npages = 0
        for pdf in sorted(out.glob("h*.pdf")):
            t = json.loads(Path(str(pdf) + ".truth.json").read_text())
            nlines += len(t["lines"])
            npages += t["pages"]
            errs += check_file(pdf, FLAGS[t["layout"]])
            print(f"  {pdf.name}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, "
                  f"{len(t['claims'])} claims")
        for e in errs:
            print("FAIL", e)
        print(f"check: {'OK' if not errs else f'{len(errs)} problems'} ({nlines} lines, {npages} pages)")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
