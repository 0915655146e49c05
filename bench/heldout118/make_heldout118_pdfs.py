"""Write the 118th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an independent,
honest measurement of the PDF reader on ten everyday documents, two of each of the five commonest real kinds,
in house styles unlike the earlier held-out sets.

Run:  python bench/heldout118/make_heldout118_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout118/make_heldout118_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; files are <name>.pdf.truth.json), printed
values only, null for what a layout does not print (units null where no quantity is printed); claim_id = the
provider's own account / patient-control / visit / hospital account number, payer_claim_id = the payer's claim
number / ICN / CCN, patient exactly as printed (the person who got the service, not the guarantor, subscriber
or plan member). Adjustments are recorded only where group + reason + amount are printed for the line; state
EOB / message / note codes printed on a line are its remarks. service_end is set only where a to-date is
printed. Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness). Drawing kit and
self-check: h118kit.py (one page model rendered by either producer).

Layouts:
  c1  commercial PPO member EOB, portrait core Helvetica (reportlab): page-1 summary box, grey claim bars
      "Patient: <name> (Daughter) / Claim number / Provider / Patient account no.", two-line column headings
      "Service date / Service / Code / Units / Amount billed / Plan discount / Allowed amount / Not payable /
      Deductible / Copay / Coinsurance / Plan paid / You owe / See note", code+modifiers "97112 GO 59",
      descriptions wrapping to a second line, 3 family members, a not-covered line, a claim continued on
      page 2 with the bar "(continued)" and headings repeated, notes legend
  c2  commercial HMO "Member Benefit Statement", landscape DejaVu Sans Condensed (fpdf2): left sidebar box on
      every page (subscriber, year-to-date, contacts), per-patient claim bars "Patient / Relationship / Claim #
      / Provider ref", "Dates / Proc / Mod / Qty / Provider billed / Plan allowed / Copay / Deductible /
      Coinsurance / Not covered / Plan paid / Your cost / Msg", modifiers comma-joined "GP,KX", qty "2.0",
      per-visit copay, an excluded line, PLANTED claim-total mismatch (Your cost) on one claim
  m1  Medicare Summary Notice Part B, portrait Liberation Serif (reportlab): page-1 notice with deductible
      status and per-provider summary; detail pages per provider with address, referring doctor, "Claim
      Number" and "Assigned"; rows "01/05/26  2 Therapeutic exercises (97110-GP-KX)" with the count in front
      and code in parentheses, "Amount Charged / Medicare Approved / Medicare Paid / You May Be Billed / See
      Notes", a denied line, lettered notes; no provider account number printed (claim_id null)
  m2  Medicare Advantage HMO-POS member EOB, portrait Liberation Sans (fpdf2): boxed claim heads "Claim number
      / Provider / Provider's reference #", dates "January 6, 2026", "Code 97110-GP-CQ" on the row and the
      wording on a small second line, "Provider's charge / Plan's approved amount / Plan's share / Your share /
      See note", no units, per-visit copay, a not-covered line, a 22-line claim continued on page 2 with its
      box "continued from the previous page" and headings repeated, monthly totals
  d1  state Medicaid "Remittance and Status Report", landscape core Courier (reportlab): banner on every page,
      "*** CLAIM STATUS: PAID / DENIED / ADJUSTED ***" sections, "RECIPIENT / MEDICAID ID / ICN / PAT ACCT"
      claim lines, "LN FROM DOS TO DOS PROC MODS UNITS BILLED ALLOWED TPL COPAY PAID ADJ RSN/AMT ST EOB",
      MMDDYY dates, units "4.00", adjustment "CO45 232.60", void with trailing-minus amounts and replacement,
      payment summary and EOB legend
  d2  Medicaid provider-portal "Remittance Advice Claim Detail" print, portrait Liberation Sans Narrow (fpdf2):
      fully boxed grid, shaded claim heads "ICN / Claim Status / Member / Member ID / Patient Control No",
      "Ln / Svc From / Svc To / Proc / Mod(s) / Units / Billed / Allowed / TPL Paid / Co-pay / Paid / Status /
      EOB", two EOB codes in one cell, other-insurance (TPL) line, a denied claim, EOB legend
  p1  clearinghouse-reformatted Medicare Part B paper remit, landscape core Courier (fpdf2): fixed-column rows
      "PERF PROV / SERV DATE 0106 010626 / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC
      / AMT / PROV PD", first adjustment on the row and further ones on following text lines, REM line, PT RESP
      + CLAIM TOTALS + NET per claim, a claim continuing on page 2 under the repeated heading, glossary
  p2  practice-management "ERA Remittance Detail Report", landscape DejaVu Sans Condensed (reportlab): patient
      name and account on every row, shaded "Claim ICN ... Processed as primary" bars, "DOS / CPT / Mod /
      Units / Billed / Allowed / Deduct / Coins / Adjustment codes / Paid / Pt Resp / Remark", adjustments
      inline "CO45:100.76  PR2:11.85  CO253:0.95", a reversal claim with amounts in parentheses and its
      corrected claim, report totals
  s1  therapy clinic family statement, portrait Liberation Sans (reportlab): tear-off remittance stub, visit
      heading rows "Visit V-30918 Patient / Insurance, claim", "Date / Description / Code / Qty / Charges /
      Ins. Paid / Adjustments / Your Balance", glued "97112GO59", 3 family members, a non-covered service,
      visit balances, continuation page with the heading repeated, total due box
  s2  hospital guarantor statement, portrait DejaVu Serif (fpdf2): guarantor box on every page, one block per
      hospital account and family member, "Date / Rev / CPT/HCPCS / Description / Qty / Charges" itemisation
      (charges only per line), account-level insurance payment with the payer's claim number, contractual
      adjustment in parentheses and account balance, a 24-line account running on to page 2 under a
      repeated "(continued)" account heading

The self-check (--check) tests the factory, not the reader: it extracts each page's text lines with
pdfplumber and verifies that for every truth line the date, code, modifiers, units and every non-null amount
sit on ONE text line of the truth page (adjustment codes/amounts and remarks on that line or the next few
where the layout stacks them, wrapped descriptions within the next two lines); ids and patients are in the
document text; the page count matches; billed - adjustments = paid where the layout prints every adjustment;
claim totals equal the sum of their lines and are printed, except a declared planted mismatch, which must be
real and printed. It also reports how many claims continue across a page break."""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    ZERO,
    PlanState,
    Svc,
    claim_totals,
    commercial,
    medicaid,
    medicare,
    negate,
    total,
    truth_line,
    write_truth,
)
from h118kit import Doc, Flow, width, wrap  # noqa: E402

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


def S(m, d, code, u, *mods, denied=None, desc=""):
    return Svc(date(2026, m, d), code, Decimal(str(u)), tuple(mods), None, desc, denied)


def T(page, s, cid, pcid, pat, printed, **kw):
    return truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed, **kw)


def adjs_of(s):
    return [(g, r, a) for g, r, a in s.adjs if a]


# ============================================================================ c1 commercial PPO member EOB
def c1():
    doc = Doc(*LETTER, "Helvetica", dstyle="mdy2", mstyle=",", neg="-")
    W = doc.w
    subscriber = "DANIEL OKONKWO-REYES"
    claims_in = [
        ("Maya Okonkwo-Reyes", "Daughter", "NM26-0114-88231", "BPT-40918", "Brookside Pediatric Therapy", PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78")),
         [S(1, 5, "97165", 1, "GO"), S(1, 7, "97530", 3, "GO"), S(1, 7, "97535", 1, "GO"), S(1, 9, "97530", 2, "GO"),
          S(1, 9, "97112", 1, "GO", "59"), S(1, 12, "97530", 3, "GO"), S(1, 12, "97140", 1, "GO", "59"),
          S(1, 14, "97530", 2, "GO"), S(1, 14, "97535", 2, "GO"), S(1, 16, "97110", 2, "GO"),
          S(1, 16, "97760", 1, "GO"), S(1, 16, "L3807", 1, "RT"), S(1, 19, "97530", 3, "GO"),
          S(1, 19, "97129", 1, "GO", denied="PR"), S(1, 21, "97530", 2, "GO"), S(1, 21, "97110", 1, "GO"),
          S(1, 23, "97168", 1, "GO")]),
        ("Theo Okonkwo-Reyes", "Son", "NM26-0121-10457", "BPT-40977", "Brookside Pediatric Therapy", PlanState(ded_left=Decimal("0.00"), allowed_rate=Decimal("0.78")),
         [S(1, 13, "92523", 1, "GN"), S(1, 20, "92507", 1, "GN"), S(1, 27, "92507", 1, "GN")]),
        ("Daniel Okonkwo-Reyes", "Self", "NM26-0128-33902", "HV-771204", "Harborview Orthopedic Associates", PlanState(ded_left=Decimal("40.00"), allowed_rate=Decimal("0.70"), copay_codes={"99213": Decimal("35.00")}),
         [S(1, 22, "99213", 1, "25"), S(1, 22, "97161", 1, "GP"), S(1, 22, "97110", 2, "GP")]),
    ]
    cols = [("Service\ndate", 40, "l"), ("Service", 72, "l"), ("Code", 160, "l"), ("Units", 214, "r"),
            ("Amount\nbilled", 250, "r"), ("Plan\ndiscount", 284, "r"), ("Allowed\namount", 318, "r"),
            ("Not\npayable", 352, "r"), ("Deduct-\nible", 386, "r"), ("Copay", 418, "r"),
            ("Co-\ninsurance", 454, "r"), ("Plan\npaid", 492, "r"), ("You\nowe", 528, "r"), ("See\nnote", 540, "l")]
    lines, claims = [], []
    state = {"claim": None}

    def header(pg, n):
        pg.t(40, 44, "NORTHMERE MUTUAL", 16, True)
        pg.t(40, 56, "health plans", 9)
        pg.t(W - 40, 44, "Explanation of Benefits", 13, True, "r")
        pg.t(W - 40, 57, "THIS IS NOT A BILL", 8, True, "r")
        pg.hl(40, W - 40, 64, 1.2)
        pg.t(40, 76, f"Member: {subscriber}    Member ID: NMX 448 20 7719    Group: 00417-PPO Cartwright Logistics", 7.5)
        pg.t(W - 40, 76, f"Statement date 02/03/26    Page {n} of PAGES", 7.5, False, "r")
        y = 92
        if n == 1:
            pg.box(40, 88, W - 80, 64, 0.8)
            pg.t(48, 101, "Your claims summary for January 2026", 9, True)
            pg.t(48, 114, "Claims in this statement: 3        Total billed by providers: SUMBILLED", 8)
            pg.t(48, 126, "Your plan paid: SUMPAID                You may owe providers: SUMOWE", 8)
            pg.t(48, 140, "What you owe is shown in the 'You owe' column. Your provider may bill you for that amount.", 7)
            y = 168
        if state["claim"]:
            y = claim_head(pg, y, state["claim"], True)
        return y

    def claim_head(pg, y, c, cont):
        pat, rel, pcid, acct, prov = c
        pg.box(40, y, W - 80, 26, 0.6, 0.9)
        pg.t(44, y + 10, f"Patient: {pat} ({rel})" + ("   (continued)" if cont else ""), 8, True)
        pg.t(300, y + 10, f"Claim number: {pcid}", 8, True)
        pg.t(44, y + 21, f"Provider: {prov}", 7.5)
        pg.t(300, y + 21, f"Patient account no.: {acct}", 7.5)
        y += 36
        for h, x, al in cols:
            for k, part in enumerate(h.split("\n")):
                pg.t(x, y + 8 * k, part, 6.5, True, al)
        pg.hl(40, W - 40, y + 11, 0.6)
        return y + 21

    fl = Flow(doc, header, 730)
    allsv = []
    for pat, rel, pcid, acct, prov, st, svcs in claims_in:
        for s in svcs:
            commercial(s, st)
        allsv += svcs
        fl.need(80)
        state["claim"] = (pat, rel, pcid, acct, prov)
        fl.y = claim_head(fl.pg, fl.y + 6, state["claim"], False)
        for s in svcs:
            dl = wrap(s.desc, "Helvetica", 7, 84)
            fl.need(10 * len(dl))
            y = fl.y
            note = "N2" if s.denied else ("N1" if s.deductible else "")
            vals = [doc.d(s.dos), dl[0], " ".join((s.code,) + s.mods), str(s.units.normalize()), doc.m(s.billed),
                    doc.m(s.discount), doc.m(s.allowed), doc.m(s.not_covered), doc.m(s.deductible), doc.m(s.copay),
                    doc.m(s.coinsurance), doc.m(s.paid), doc.m(s.owes), note]
            for (h, x, al), v in zip(cols, vals):
                fl.pg.t(x, y, v, 7, False, al)
            for k, extra in enumerate(dl[1:]):
                fl.pg.t(72, y + 9 * (k + 1), extra, 7)
            fl.y += 9 * len(dl) + 2
            lines.append(T(fl.n, s, acct, pcid, pat, ("billed", "discount", "allowed", "not_covered", "deductible",
                                                     "copay", "coinsurance", "paid", "patient_owes"),
                           remarks=[note] if note else []))
        fl.pg.hl(214, W - 40, fl.y - 4, 0.4)
        tot = {k: total(svcs, k) for k in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                            "coinsurance", "paid", "owes")}
        fl.pg.t(66, fl.y + 4, "Claim totals", 7, True)
        for (h, x, al), k in zip(cols[4:13], ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                              "coinsurance", "paid", "owes")):
            fl.pg.t(x, fl.y + 4, doc.m(tot[k]), 7, True, al)
        fl.y += 18
        claims.append({"claim_id": acct, "payer_claim_id": pcid, "patient": pat,
                       "totals": claim_totals(tot["billed"], tot["allowed"], tot["paid"], tot["owes"])})
        state["claim"] = None
    fl.need(90)
    pg, y = fl.pg, fl.y + 10
    pg.t(40, y, "Notes", 9, True)
    pg.t(40, y + 12, "N1  Part of this amount counted toward your calendar-year deductible.", 7.5)
    pg.t(40, y + 22, "N2  Not a covered benefit under your plan; you are responsible for this charge.", 7.5)
    pg.t(40, y + 40, "Questions? Call Member Services at 1-800-555-0143 (TTY 711), Monday-Friday 8 a.m.-8 p.m.", 7.5)
    pg.t(40, y + 50, "You have 180 days from the date of this notice to ask for an appeal. See the back of page 1.", 7.5)
    fin(doc, {"SUMBILLED": doc.m(total(allsv, "billed")), "SUMPAID": doc.m(total(allsv, "paid")),
              "SUMOWE": doc.m(total(allsv, "owes"))})
    return doc, lines, claims, [("N1", "Applied to deductible."), ("N2", "Not covered; member responsible.")], []


def fin(doc, subs):
    n = len(doc.pages)
    for p in doc.pages:
        p.items = [(it[0], it[1], it[2], _sub(it[3], n, subs)) + it[4:] if it[0] == "t" else it for it in p.items]


def _sub(s, n, subs):
    s = s.replace("PAGES", str(n))
    for k, v in subs.items():
        s = s.replace(k, v)
    return s


# ============================================================================ c2 commercial HMO member statement
def c2():
    doc = Doc(*LAND, "DSansC", dstyle="mdy4", mstyle="$", neg="-", units_fmt=lambda u: f"{Decimal(u):.1f}")
    W, H = doc.w, doc.h
    fam = [
        ("Lena Brandt-Sato", "Subscriber", "7730-2026-004412", "RV-118820", "Riverbend Hand & Upper Limb Clinic",
         PlanState(visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.74")),
         [S(1, 6, "97166", 1, "GO"), S(1, 6, "97760", 1, "GO"), S(1, 6, "L3807", 1, "LT"), S(1, 13, "97140", 2, "GO"),
          S(1, 13, "97110", 2, "GO"), S(1, 20, "97140", 2, "GO"), S(1, 20, "0552T", 1, denied="PR"),
          S(1, 27, "97530", 2, "GO")]),
        ("Kenji Brandt-Sato", "Spouse", "7730-2026-004597", "ACC-3391", "Eastgate Physical Therapy",
         PlanState(visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.74")),
         [S(1, 8, "97162" if False else "97161", 1, "GP"), S(1, 15, "97110", 3, "GP"), S(1, 15, "97112", 1, "GP"),
          S(1, 22, "97110", 2, "GP", "KX"), S(1, 22, "97116", 1, "GP")]),
        ("Aiko Brandt-Sato", "Dependent", "7730-2026-004650", "SLC-20931", "Sunnyslope Speech & Language Center",
         PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.80")),
         [S(1, 9, "92523", 1, "GN"), S(1, 16, "92507", 1, "GN"), S(1, 23, "92507", 1, "GN"), S(1, 30, "92507", 1, "GN")]),
    ]
    X0 = 210
    cols = [("Dates", X0, "l"), ("Proc", X0 + 52, "l"), ("Mod", X0 + 84, "l"), ("Qty", X0 + 124, "r"),
            ("Provider billed", X0 + 178, "r"), ("Plan allowed", X0 + 228, "r"), ("Copay", X0 + 268, "r"),
            ("Deductible", X0 + 314, "r"), ("Coinsurance", X0 + 364, "r"), ("Not covered", X0 + 412, "r"),
            ("Plan paid", X0 + 458, "r"), ("Your cost", X0 + 504, "r"), ("Msg", X0 + 512, "l")]
    lines, claims, findings = [], [], []
    cur = {"c": None}

    def page(pg, n):
        pg.t(30, 40, "CEDAR RIDGE HEALTH PLAN", 14, True)
        pg.t(30, 52, "HMO Select  |  Member Benefit Statement", 8)
        pg.t(W - 30, 40, "Not a bill", 10, True, "r")
        pg.t(W - 30, 52, f"Page {n} of PAGES", 8, False, "r")
        pg.hl(30, W - 30, 60, 1)
        pg.box(30, 70, 166, H - 110, 0.6)
        pg.t(38, 86, "Subscriber", 8, True)
        pg.t(38, 97, "LENA BRANDT-SATO", 8)
        pg.t(38, 107, "ID  CRH 55 0082 114", 7.5)
        pg.t(38, 117, "Group  HMO-2210 Valleyline Schools", 7)
        if n == 1:
            pg.t(38, 140, "Plan year to date (family)", 8, True)
            pg.t(38, 152, "Deductible: $0.00 of $0.00", 7.5)
            pg.t(38, 162, "Out-of-pocket: $1,121.40 of $6,000.00", 7.5)
            pg.t(38, 186, "Statement period", 8, True)
            pg.t(38, 197, "01/01/2026 - 01/31/2026", 7.5)
            pg.t(38, 220, "Member Services", 8, True)
            pg.t(38, 231, "1-888-555-0172  TTY 711", 7.5)
            pg.t(38, 241, "cedarridge-health.example", 7.5)
        pg.t(38, H - 52, "Keep for your records.", 7)
        y = 80
        if cur["c"]:
            y = head(pg, y, cur["c"], True)
        return y

    def head(pg, y, c, cont):
        pat, rel, pcid, ref, prov = c
        pg.box(X0 - 4, y, W - 30 - X0 + 4, 24, 0.5, 0.88)
        pg.t(X0, y + 10, f"Patient: {pat}   Relationship: {rel}   Claim #: {pcid}" + (" (cont.)" if cont else ""), 8, True)
        pg.t(X0, y + 20, f"Your provider: {prov}   Provider ref: {ref}", 7.5)
        y += 36
        for h, x, al in cols:
            pg.t(x, y, h, 6.8, True, al)
        pg.hl(X0 - 4, W - 30, y + 3, 0.5)
        return y + 13

    fl = Flow(doc, page, H - 60)
    for ci, (pat, rel, pcid, ref, prov, st, svcs) in enumerate(fam):
        for s in svcs:
            commercial(s, st, deny_reason="96")
        cur["c"] = (pat, rel, pcid, ref, prov)
        fl.need(70)
        fl.y = head(fl.pg, fl.y + 4, cur["c"], False)
        for s in svcs:
            fl.need(12)
            msg = "X7" if s.denied else ("C1" if s.copay else "")
            vals = [doc.d(s.dos), s.code, ",".join(s.mods), f"{s.units:.1f}", doc.m(s.billed), doc.m(s.allowed),
                    doc.m(s.copay), doc.m(s.deductible), doc.m(s.coinsurance), doc.m(s.not_covered), doc.m(s.paid),
                    doc.m(s.owes), msg]
            for (h, x, al), v in zip(cols, vals):
                fl.pg.t(x, fl.y, v, 7.2, False, al)
            fl.y += 11
            lines.append(T(fl.n, s, ref, pcid, pat, ("billed", "allowed", "copay", "deductible", "coinsurance",
                                                   "not_covered", "paid", "patient_owes"),
                           remarks=[msg] if msg else [], description=False))
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        printed_owes = tot["owes"]
        if ci == 1:
            printed_owes = tot["owes"] + Decimal("10.00")
            findings.append(f"claim-total-mismatch claim {pcid}: printed Your cost total {printed_owes:.2f} but the "
                            f"lines add up to {tot['owes']:.2f}")
        fl.pg.hl(X0 + 130, W - 30, fl.y - 7, 0.4)
        fl.pg.t(X0 + 52, fl.y + 1, "Claim total", 7.2, True)
        for k, x in (("billed", cols[4][1]), ("allowed", cols[5][1]), ("paid", cols[10][1])):
            fl.pg.t(x, fl.y + 1, doc.m(tot[k]), 7.2, True, "r")
        fl.pg.t(cols[11][1], fl.y + 1, doc.m(printed_owes), 7.2, True, "r")
        fl.y += 16
        claims.append({"claim_id": ref, "payer_claim_id": pcid, "patient": pat,
                       "totals": claim_totals(tot["billed"], tot["allowed"], tot["paid"], printed_owes)})
        cur["c"] = None
    fl.need(60)
    y = fl.y + 6
    fl.pg.t(X0, y, "Message codes", 8, True)
    fl.pg.t(X0, y + 11, "C1  Your plan's office-visit copay was taken from the first service of this visit.", 7.2)
    fl.pg.t(X0, y + 21, "X7  This service is excluded from your coverage. The provider may bill you for it.", 7.2)
    fin(doc, {})
    return doc, lines, claims, [("C1", "Visit copay applied."), ("X7", "Excluded service.")], findings


# ============================================================================ m1 Medicare Summary Notice (Part B)
def m1():
    doc = Doc(*LETTER, "LSerif", dstyle="mdy2", mstyle="$", neg="-", date_on_row=True)
    W = doc.w
    bene = "EUGENIA T. MARLOWE-VANCE"
    st = PlanState(ded_left=Decimal("57.00"))
    provs = [
        ("Quarry Hill Outpatient Rehabilitation", "412 Tanner Mill Rd, Ashford Falls, ZZ 00561", "Referred by: Ines Okafor, MD",
         "26-011-40217-3", [S(1, 5, "97163", 1, "GP"), S(1, 5, "97110", 2, "GP"), S(1, 7, "97110", 3, "GP", "KX"),
                            S(1, 7, "97140", 1, "GP", "KX"), S(1, 9, "97116", 2, "GP", "KX"),
                            S(1, 9, "G0283", 1, "GP", "KX"), S(1, 12, "97110", 2, "GP", "CQ"),
                            S(1, 12, "97112", 1, "GP", "CQ"), S(1, 14, "97110", 2, "GP", "CQ"),
                            S(1, 14, "0552T", 1, "GP", denied="PR"), S(1, 16, "97530", 2, "GP", "CQ"),
                            S(1, 16, "97140", 1, "GP", "CQ")]),
        ("Harwell Family Medicine", "88 Orchard Commons, Ashford Falls, ZZ 00562", "",
         "26-018-55102-0", [S(1, 20, "99213", 1)]),
        ("Ashford Speech & Swallow Services", "9 Linden Ct Ste 2, Ashford Falls, ZZ 00561", "Referred by: Ines Okafor, MD",
         "26-024-60871-9", [S(1, 22, "92523", 1, "GN"), S(1, 27, "92526" if False else "92507", 1, "GN")]),
    ]
    lines, claims = [], []
    # page 1: summary
    pg = doc.new_page()
    pg.t(40, 50, "Medicare Summary Notice", 20, True)
    pg.t(40, 66, "for Part B (Medical Insurance)", 11)
    pg.t(40, 86, "The Official Summary of Your Medicare Claims", 9)
    pg.t(40, 110, bene, 10, True)
    pg.t(40, 122, "1701 Brambling Way Apt 4", 9)
    pg.t(40, 133, "Ashford Falls ZZ 00561-2207", 9)
    pg.box(330, 96, 242, 78, 0.8)
    pg.t(340, 110, "Medicare Number  XXXX-XX7-QP41", 9)
    pg.t(340, 124, "Date of This Notice  February 2, 2026", 9)
    pg.t(340, 138, "Claims Processed Between", 9)
    pg.t(340, 150, "November 3, 2025 - February 1, 2026", 9)
    pg.t(340, 164, "Customer Service  1-800-555-0190", 9)
    pg.t(40, 200, "Your Deductible Status", 12, True)
    pg.t(40, 216, "Your deductible is what you must pay for most health services before Medicare begins to pay.", 9)
    pg.t(40, 228, "You have now met $257.00 of your $257.00 Part B deductible for 2026.", 9)
    pg.t(40, 256, "Your Claims & Costs This Period", 12, True)
    y = 276
    pg.t(40, y, "Provider", 9, True)
    pg.t(400, y, "Benefit approved?", 9, True, "r")
    pg.t(572, y, "Maximum you may be billed", 9, True, "r")
    pg.hl(40, 572, y + 4)
    for pn, _, _, _, svcs in provs:
        for s in svcs:
            medicare(s, st)
        y += 15
        pg.t(40, y, pn, 9)
        pg.t(400, y, "Some" if any(s.denied for s in svcs) else "Yes", 9, False, "r")
        pg.t(572, y, doc.m(total(svcs, "owes")), 9, False, "r")
    pg.t(40, y + 36, "Be alert to fraud: compare the dates and services on this notice with your own records.", 9)
    pg.t(40, y + 48, "If you see something you don't recognize, call the number above.", 9)
    pg.t(W / 2, 760, "Page 1 of PAGES", 8, False, "c")
    cols = [("Dates of\nService", 40, "l"), ("Services Provided", 82, "l"), ("Amount\nCharged", 352, "r"),
            ("Medicare\nApproved", 404, "r"), ("Medicare\nPaid", 456, "r"), ("You May\nBe Billed", 510, "r"),
            ("See\nNotes", 520, "l")]
    cur = {"p": None}

    def page(pg, n):
        pg.t(40, 40, f"{bene}", 9, True)
        pg.t(W - 40, 40, f"Page {n} of PAGES", 8, False, "r")
        pg.t(40, 60, "Part B Medical Services - Your Claims in Detail", 13, True)
        pg.hl(40, W - 40, 66, 1)
        y = 84
        if cur["p"]:
            y = head(pg, y, cur["p"], True)
        return y

    def head(pg, y, p, cont):
        pn, addr, ref, ccn = p
        pg.t(40, y, pn + (" (continued)" if cont else ""), 10, True)
        pg.t(40, y + 11, addr, 8.5)
        if ref:
            pg.t(40, y + 21, ref, 8.5)
        pg.t(W - 40, y, f"Claim Number: {ccn}", 9, False, "r")
        pg.t(W - 40, y + 11, "Assigned: Yes", 8.5, False, "r")
        y += 34
        for h, x, al in cols:
            for k, part in enumerate(h.split("\n")):
                pg.t(x, y + 9 * k, part, 8, True, al)
        pg.hl(40, W - 40, y + 12, 0.5)
        return y + 23

    fl = Flow(doc, page, 740)
    notes_used = set()
    for pn, addr, ref, ccn, svcs in provs:
        cur["p"] = (pn, addr, ref, ccn)
        fl.need(90)
        fl.y = head(fl.pg, fl.y + 8, cur["p"], False)
        for s in svcs:
            txt = f"{s.units.normalize()}  {s.desc} ({'-'.join((s.code,) + s.mods)})"
            dl = wrap(txt, "LSerif", 8.5, 216)
            fl.need(11 * len(dl))
            notes = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
            notes_used.update(notes)
            vals = [doc.d(s.dos), dl[0], doc.m(s.billed), doc.m(s.allowed), doc.m(s.paid), doc.m(s.owes), ", ".join(notes)]
            for (h, x, al), v in zip(cols, vals):
                fl.pg.t(x, fl.y, v, 8.5, False, al)
            for k, extra in enumerate(dl[1:]):
                fl.pg.t(92, fl.y + 10 * (k + 1), extra, 8.5)
            fl.y += 10 * len(dl) + 3
            lines.append(T(fl.n, s, None, ccn, bene, ("billed", "allowed", "paid", "patient_owes"),
                           remarks=notes, description=len(dl) == 1))
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        fl.pg.hl(300, W - 40, fl.y - 6, 0.4)
        fl.pg.t(82, fl.y + 2, "Total for this claim", 8.5, True)
        for k, (h, x, al) in zip(("billed", "allowed", "paid", "owes"), cols[2:6]):
            fl.pg.t(x, fl.y + 2, doc.m(tot[k]), 8.5, True, al)
        fl.y += 20
        claims.append({"claim_id": None, "payer_claim_id": ccn, "patient": bene,
                       "totals": claim_totals(tot["billed"], tot["allowed"], tot["paid"], tot["owes"])})
        cur["p"] = None
    fl.need(80)
    y = fl.y + 6
    fl.pg.t(40, y, "Notes for Claims Above", 10, True)
    legend = [("A", "The approved amount follows the Medicare fee schedule; your provider agreed to accept it."),
              ("B", "Part of this approved amount was applied to your yearly Part B deductible."),
              ("C", "Medicare does not pay for this item because it is not proven reasonable for your condition.")]
    for k, (c, txt) in enumerate(legend):
        fl.pg.t(40, y + 13 + 11 * k, f"{c}  {txt}", 8.5)
    fin(doc, {})
    return doc, lines, claims, legend, []


# ============================================================================ m2 Medicare Advantage member EOB
def m2():
    doc = Doc(*LETTER, "LSans", dstyle="month", mstyle="$", neg="-",
              code_fmt=lambda c, m: "Code " + c + "".join("-" + x for x in m))
    W = doc.w
    member = "Rosalind Achterberg"
    st = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.44"))
    cls = [
        ("MA26-01-7718402", "Tideline Therapy Partners", "TTP-0091734",
         [S(1, 6, "97161", 1, "GP"), S(1, 6, "97110", 2, "GP"), S(1, 8, "97110", 2, "GP"), S(1, 8, "97140", 1, "GP", "59"),
          S(1, 13, "97530", 2, "GP"), S(1, 13, "97112", 1, "GP"), S(1, 15, "97110", 2, "GP", "CQ"),
          S(1, 15, "97116", 1, "GP", "CQ"), S(1, 20, "97530", 2, "GP", "CQ"), S(1, 20, "G0283", 1, "GP", "CQ"),
          S(1, 22, "97110", 3, "GP", "CQ"), S(1, 22, "97112", 1, "GP", "CQ"), S(1, 23, "97110", 2, "GP", "CQ"),
          S(1, 23, "97530", 1, "GP", "CQ"), S(1, 27, "97140", 2, "GP", "CQ"), S(1, 27, "0552T", 1, "GP", denied="CO"),
          S(1, 30, "97110", 2, "GP", "CQ"), S(1, 30, "97116", 1, "GP", "CQ"), S(1, 31, "97110", 2, "GP", "CQ"),
          S(1, 31, "97140", 1, "GP", "CQ"), S(1, 31, "97112", 1, "GP", "CQ"), S(1, 31, "G0283", 1, "GP", "CQ")]),
        ("MA26-01-7723950", "Tideline Therapy Partners", "TTP-0091802",
         [S(1, 29, "97166", 1, "GO"), S(1, 29, "97535", 2, "GO")]),
        ("MA26-01-7730112", "Bayfront Internal Medicine", "BIM-66120",
         [S(1, 16, "99213", 1, "25"), S(1, 16, "G0283", 1)]),
    ]
    lines, claims = [], []
    cur = {"c": None}
    cols = [("Date of service", 40, "l"), ("Service you received", 130, "l"), ("Provider's\ncharge", 372, "r"),
            ("Plan's approved\namount", 432, "r"), ("Plan's\nshare", 484, "r"), ("Your\nshare", 530, "r"),
            ("See\nnote", 542, "l")]

    def page(pg, n):
        pg.t(40, 42, "Harborlight Senior Advantage (HMO-POS)", 13, True)
        pg.t(40, 56, "Explanation of Benefits for Medicare Part C medical services", 9)
        pg.t(W - 40, 42, f"Page {n} of PAGES", 8.5, False, "r")
        pg.t(W - 40, 56, "This is not a bill", 9, True, "r")
        pg.hl(40, W - 40, 64, 1.5)
        y = 84
        if n == 1:
            pg.t(40, 84, member.upper(), 10, True)
            pg.t(40, 96, "55 Gullwing Terrace", 9)
            pg.t(40, 107, "Port Aldine ZZ 00718", 9)
            pg.box(330, 74, 242, 54, 0.6)
            pg.t(338, 88, f"Member name: {member}", 8.5)
            pg.t(338, 100, "Member ID: HSA-30228174-01", 8.5)
            pg.t(338, 112, "Reporting period: January 1 - January 31, 2026", 8.5)
            pg.t(338, 124, "Customer service: 1-866-555-0128 (TTY 711)", 8.5)
            pg.t(40, 150, "Your medical claims in detail", 12, True)
            pg.t(40, 163, "Below are the claims we processed this month. Your share is what you pay the provider.", 8.5)
            y = 182
        if cur["c"]:
            y = head(pg, y, cur["c"], True)
        return y

    def head(pg, y, c, cont):
        ccn, prov, ref = c
        pg.box(40, y, W - 80, 30, 0.6)
        pg.t(46, y + 12, f"Claim number {ccn}" + ("  - continued from the previous page" if cont else ""), 9, True)
        pg.t(46, y + 24, f"Provider: {prov}      Provider's reference #: {ref}", 8.5)
        y += 44
        for h, x, al in cols:
            for k, part in enumerate(h.split("\n")):
                pg.t(x, y + 9 * k, part, 7.8, True, al)
        pg.hl(40, W - 40, y + 12, 0.5)
        return y + 23

    fl = Flow(doc, page, 735)
    for ccn, prov, ref, svcs in cls:
        for s in svcs:
            commercial(s, st, deny_reason="B7")
        cur["c"] = (ccn, prov, ref)
        fl.need(90)
        fl.y = head(fl.pg, fl.y + 6, cur["c"], False)
        for s in svcs:
            fl.need(24)
            note = "3" if s.denied else ("1" if s.copay else "")
            dtxt = doc.d(s.dos)
            vals = [dtxt, "Code " + s.code + "".join("-" + x for x in s.mods), doc.m(s.billed), doc.m(s.allowed), doc.m(s.paid), doc.m(s.owes), note]
            for (h, x, al), v in zip(cols, vals):
                fl.pg.t(x, fl.y, v, 8.3, False, al)
            fl.pg.t(130, fl.y + 10, s.desc, 7.5)
            fl.y += 23
            lines.append(T(fl.n, s, ref, ccn, member, ("billed", "allowed", "paid", "patient_owes"), units=False,
                           remarks=[note] if note else []))
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        fl.pg.hl(300, W - 40, fl.y - 8, 0.4)
        fl.pg.t(130, fl.y + 1, "Claim total", 8.3, True)
        for k, (h, x, al) in zip(("billed", "allowed", "paid", "owes"), cols[2:6]):
            fl.pg.t(x, fl.y + 1, doc.m(tot[k]), 8.3, True, al)
        fl.y += 20
        claims.append({"claim_id": ref, "payer_claim_id": ccn, "patient": member,
                       "totals": claim_totals(tot["billed"], tot["allowed"], tot["paid"], tot["owes"])})
        cur["c"] = None
    fl.need(80)
    y = fl.y + 6
    fl.pg.t(40, y, "Notes", 10, True)
    legend = [("1", "Your $25.00 specialist copay for this visit is included in your share."),
              ("3", "Not covered by your plan. The provider may not bill you for it because it was not approved in advance.")]
    for k, (c, txt) in enumerate(legend):
        fl.pg.t(40, y + 13 + 11 * k, f"{c}   {txt}", 8.3)
    fl.pg.t(40, y + 48, "Total for January: Plan's share SUMPAID   Your share SUMOWE", 8.5, True)
    sv = [s for c in cls for s in c[3]]
    fin(doc, {"SUMPAID": doc.m(total(sv, "paid")), "SUMOWE": doc.m(total(sv, "owes"))})
    return doc, lines, claims, legend, []


# ============================================================================ d1 state Medicaid RA, line printer
def d1():
    doc = Doc(*LAND, "Courier", dstyle="mdy6", mstyle="", neg="trail", units_fmt=lambda u: f"{Decimal(u):.2f}",
              adj_fmt=lambda g, r: f"{g}{r}", all_adjs=True)
    W, H = doc.w, doc.h
    F = 7.6
    recips = [
        ("PAID", "VOSKUIJLEN, MARISOL", "91004477820", "2026-026-01-118204", "MV1057",
         [S(1, 5, "97165", 1, "GO"), S(1, 7, "97530", 4, "GO"), S(1, 9, "97530", 3, "GO"), S(1, 9, "97535", 1, "GO"),
          S(1, 12, "97530", 4, "GO"), S(1, 14, "97110", 2, "GO"), S(1, 14, "97112", 2, "GO", "59"),
          S(1, 16, "97530", 4, "GO"), S(1, 19, "97530", 3, "GO"), S(1, 19, "97535", 1, "GO"),
          S(1, 21, "97530", 4, "GO"), S(1, 23, "97530", 2, "GO"), S(1, 23, "97140", 1, "GO", "59"),
          S(1, 26, "97530", 4, "GO"), S(1, 28, "97168", 1, "GO")]),
        ("PAID", "TRAN-ELLSWORTH, KAI", "91007730155", "2026-026-01-118377", "KT1063",
         [S(1, 6, "92523", 1, "GN"), S(1, 13, "92507", 1, "GN"), S(1, 20, "92507", 1, "GN"),
          S(1, 27, "92526", 1, "GN")]),
        ("PAID", "ACHTERBERG-SOLIS, DANICA", "91005561902", "2026-026-01-118421", "DA1071",
         [S(1, 6, "97163", 1, "GP"), S(1, 8, "97110", 3, "GP"), S(1, 8, "97140", 1, "GP"), S(1, 13, "97110", 3, "GP"),
          S(1, 13, "97116", 1, "GP"), S(1, 15, "97110", 2, "GP"), S(1, 15, "97112", 2, "GP"),
          S(1, 20, "97110", 3, "GP"), S(1, 20, "97530", 1, "GP"), S(1, 22, "97110", 2, "GP"),
          S(1, 22, "97140", 2, "GP"), S(1, 27, "97110", 3, "GP"), S(1, 27, "97116", 1, "GP"),
          S(1, 29, "97110", 2, "GP"), S(1, 29, "97112", 1, "GP"), S(1, 29, "97530", 1, "GP")]),
        ("DENIED", "OYELARAN, BLESSING", "91002288419", "2026-026-01-118455", "BO1108",
         [S(1, 8, "97530", 2, "GO", denied="CO"), S(1, 8, "97110", 2, "GO", denied="CO")]),
        ("ADJUSTED", "TRAN-ELLSWORTH, KAI", "91007730155", "2026-019-01-104122", "KT1230",
         [S(12, 30, "92507", 1, "GN")]),
    ]
    # the December line was a 2025 service
    recips[3][5][0].dos = date(2025, 12, 30)
    lines, claims = [], []
    cur = {"c": None, "sec": None}
    X = [24, 48, 100, 152, 196, 226, 268, 322, 376, 430, 484, 560, 640]

    def page(pg, n):
        pg.t(24, 30, "STATE OF ARLINGMOOR  DEPARTMENT OF FAMILY HEALTH  MEDICAL ASSISTANCE PROGRAM", F, True)
        pg.t(W - 24, 30, f"PAGE {n:>4}", F, False, "r")
        pg.t(24, 40, "REMITTANCE AND STATUS REPORT                 PAYMENT DATE 01/30/26   WARRANT/EFT NO 0077104629", F)
        pg.t(24, 50, "PROVIDER: LITTLE HARBOR CHILDREN'S THERAPY LLC     PROVIDER NO 3300419227   RA NO 260130-00441", F)
        pg.t(24, 60, "-" * 130, F)
        y = 74
        if cur["sec"]:
            pg.t(24, y, f"*** CLAIM STATUS: {cur['sec']} ***" + ("  (CONTINUED)" if cur["c"] else ""), F, True)
            y += 14
            y = colhead(pg, y)
        if cur["c"]:
            y = claimline(pg, y, cur["c"], True)
        return y

    def colhead(pg, y):
        for x, h in zip(X, ["LN", "FROM DOS", "TO DOS", "PROC", "MODS", "UNITS", "BILLED", "ALLOWED", "TPL",
                            "COPAY", "PAID", "ADJ RSN/AMT", "ST EOB"]):
            pg.t(x, y, h, F)
        pg.t(24, y + 8, "-" * 130, F)
        return y + 20

    def claimline(pg, y, c, cont):
        name, mid, icn, pcn = c
        pg.t(24, y, f"RECIPIENT: {name:<24} MEDICAID ID: {mid}   ICN: {icn}   PAT ACCT: {pcn}" +
             ("   CONT" if cont else ""), F, True)
        return y + 12

    fl = Flow(doc, page, H - 40)
    secs_tot = {}
    for sec, name, mid, icn, pcn, svcs in recips:
        for s in svcs:
            medicaid(s, deny_reason="96")
        if sec == "ADJUSTED":
            orig = svcs[0]
            rev = negate(orig)
            repl = S(12, 30, "92507", 1, "GN")
            repl.dos = date(2025, 12, 30)
            medicaid(repl)
            groups = [("VOID", "2026-026-01-118589", pcn, [rev]), ("REPLACEMENT", "2026-026-01-118590", pcn, [repl])]
        else:
            groups = [(None, icn, pcn, svcs)]
        if cur["sec"] != sec:
            cur["sec"] = sec
            cur["c"] = None
            fl.need(60)
            fl.pg.t(24, fl.y + 4, f"*** CLAIM STATUS: {sec} ***", F, True)
            fl.y += 18
            fl.y = colhead(fl.pg, fl.y)
        for tag, cicn, cpcn, sv in groups:
            cur["c"] = (name, mid, cicn, cpcn)
            fl.need(40)
            fl.y = claimline(fl.pg, fl.y + 2, cur["c"], False)
            if tag:
                fl.pg.t(40, fl.y, f"{tag} OF ICN 2026-019-01-104122" if tag == "VOID" else "REPLACEMENT CLAIM", F)
                fl.y += 10
            for i, s in enumerate(sv, 1):
                fl.need(11)
                a = adjs_of(s)
                eob = "0208" if s.denied else ("0001" if s.paid >= 0 else "0730")
                vals = [f"{i:02d}", doc.d(s.dos), doc.d(s.dos), s.code, " ".join(s.mods), f"{s.units:.2f}",
                        doc.m(s.billed), doc.m(s.allowed), doc.m(ZERO), doc.m(ZERO), doc.m(s.paid),
                        " ".join(f"{g}{r} {doc.m(x)}" for g, r, x in a), eob]
                for x, v in zip(X, vals):
                    fl.pg.t(x, fl.y, v, F)
                fl.y += 10
                lines.append(T(fl.n, s, cpcn, cicn, name, ("billed", "allowed", "paid"), service_end=s.dos,
                               adjustments=a, remarks=[eob], description=False))
            tot = {k: total(sv, k) for k in ("billed", "allowed", "paid")}
            fl.pg.t(X[3], fl.y, "CLAIM TOTAL", F, True)
            for k, x in (("billed", X[6]), ("allowed", X[7]), ("paid", X[10])):
                fl.pg.t(x, fl.y, doc.m(tot[k]), F, True)
            fl.y += 14
            claims.append({"claim_id": cpcn, "payer_claim_id": cicn, "patient": name,
                           "totals": claim_totals(tot["billed"], tot["allowed"], tot["paid"])})
            secs_tot[sec] = secs_tot.get(sec, ZERO) + tot["paid"]
        cur["c"] = None
    cur["sec"] = None
    fl.need(90)
    y = fl.y + 6
    fl.pg.t(24, y, "*** PAYMENT SUMMARY ***", F, True)
    for k, (sec, v) in enumerate(secs_tot.items()):
        fl.pg.t(40, y + 11 * (k + 1), f"{sec + ' CLAIMS':<22}{doc.m(v):>12}", F)
    allpaid = sum(secs_tot.values(), ZERO)
    fl.pg.t(40, y + 11 * (len(secs_tot) + 1), f"{'NET PAYMENT':<22}{doc.m(allpaid):>12}", F, True)
    legend = [("0001", "PAID AT PROGRAM FEE SCHEDULE."), ("0208", "PRIOR AUTHORIZATION NOT ON FILE FOR DATES BILLED."),
              ("0730", "PRIOR CLAIM VOIDED; SEE REPLACEMENT.")]
    yy = y + 11 * (len(secs_tot) + 3)
    fl.pg.t(24, yy, "*** STATE EOB CODE DESCRIPTIONS ***", F, True)
    for k, (c, txt) in enumerate(legend):
        fl.pg.t(40, yy + 11 * (k + 1), f"{c}  {txt}", F)
    fin(doc, {})
    return doc, lines, claims, legend + [("CO", "Contractual obligation."), ("45", "Over fee schedule."),
                                         ("96", "Not covered charge.")], []


# ============================================================================ d2 Medicaid portal remittance, boxed
def d2():
    doc = Doc(*LETTER, "LNarrow", dstyle="mdy4", mstyle=",", neg="()", units_fmt=lambda u: f"{Decimal(u):.1f}")
    W, H = doc.w, doc.h
    cl = [
        ("Paid", "Jonah Whitcombe-Lee", "JW-26-0107", "7726012004815", "000418822701", ZERO,
         [S(1, 7, "97161", 1, "GP"), S(1, 7, "97110", 2, "GP"), S(1, 9, "97110", 2, "GP"), S(1, 9, "97116", 2, "GP"),
          S(1, 12, "97112", 1, "GP"), S(1, 12, "97530", 2, "GP")]),
        ("Paid", "Ximena Alcocer", "XA-26-0113", "7726012004902", "000420015568", Decimal("40.00"),
         [S(1, 13, "97166", 1, "GO"), S(1, 15, "97530", 2, "GO"), S(1, 15, "97535", 1, "GO")]),
        ("Denied", "Parker Nwachukwu", "PN-26-0109", "7726012005117", "000417300912", ZERO,
         [S(1, 9, "92507", 1, "GN", denied="CO"), S(1, 16, "92507", 1, "GN", denied="CO")]),
        ("Paid", "Parker Nwachukwu", "PN-26-0123", "7726012005260", "000417300912", ZERO,
         [S(1, 23, "92507", 1, "GN"), S(1, 30, "92507", 1, "GN"), S(1, 30, "97129", 1, "GN")]),
    ]
    cols = [("Ln", 36, 18), ("Svc From", 54, 50), ("Svc To", 104, 50), ("Proc", 154, 34), ("Mod(s)", 188, 36),
            ("Units", 224, 30), ("Billed", 254, 44), ("Allowed", 298, 44), ("TPL Paid", 342, 40),
            ("Co-pay", 382, 32), ("Paid", 414, 44), ("Status", 458, 40), ("EOB", 498, 78)]
    lines, claims = [], []
    cur = {"c": None}

    def page(pg, n):
        pg.t(36, 40, "Commonwealth of Westerfield", 9)
        pg.t(36, 54, "Medicaid Provider Portal  -  Remittance Advice Claim Detail", 13, True)
        pg.t(W - 36, 40, f"Printed 02/02/2026 09:30   Page {n} of PAGES", 8, False, "r")
        pg.t(36, 68, "Payee: Millbrook Community Rehab Services   NPI 1740098813   Medicaid Provider ID 770041983", 8.5)
        pg.t(36, 79, "RA Number 2026013000712   Payment Date 01/30/2026   EFT Trace 110000930024417", 8.5)
        pg.hl(36, W - 36, 85, 1)
        y = 98
        if cur["c"]:
            y = head(pg, y, cur["c"], True)
        return y

    def head(pg, y, c, cont):
        status, name, pcn, icn, mid = c
        pg.box(36, y, W - 72, 28, 0.6, 0.92)
        pg.t(42, y + 11, f"ICN {icn}    Claim Status: {status}" + ("    (continued)" if cont else ""), 8.5, True)
        pg.t(42, y + 23, f"Member: {name}    Member ID: {mid}    Patient Control No: {pcn}", 8.5)
        y += 28
        pg.box(36, y, W - 72, 14, 0.5)
        for h, x, w in cols:
            pg.t(x + w - 3 if h not in ("Ln", "Svc From", "Svc To", "Proc", "Mod(s)", "Status", "EOB") else x + 3,
                 y + 10, h, 7.8, True, "r" if h not in ("Ln", "Svc From", "Svc To", "Proc", "Mod(s)", "Status", "EOB") else "l")
            pg.vl(x, y, y + 14, 0.4)
        return y + 14

    fl = Flow(doc, page, H - 50)
    for status, name, pcn, icn, mid, tpl, svcs in cl:
        for s in svcs:
            medicaid(s, deny_reason="197")
        if tpl:  # other insurance paid part of the first line
            svcs[0].paid -= tpl
        cur["c"] = (status, name, pcn, icn, mid)
        fl.need(70)
        fl.y = head(fl.pg, fl.y + 8, cur["c"], False)
        for i, s in enumerate(svcs, 1):
            fl.need(14)
            t = tpl if i == 1 else ZERO
            eob = "E197 N54" if s.denied else ("E045 E122" if t else "E045")
            vals = [str(i), doc.d(s.dos), doc.d(s.dos), s.code, " ".join(s.mods), f"{s.units:.1f}", doc.m(s.billed),
                    doc.m(s.allowed), doc.m(t), doc.m(ZERO), doc.m(s.paid), "Denied" if s.denied else "Paid", eob]
            fl.pg.box(36, fl.y, W - 72, 14, 0.4)
            for (h, x, w), v in zip(cols, vals):
                al = "l" if h in ("Ln", "Svc From", "Svc To", "Proc", "Mod(s)", "Status", "EOB") else "r"
                fl.pg.t(x + 3 if al == "l" else x + w - 3, fl.y + 10, v, 8, False, al)
                fl.pg.vl(x, fl.y, fl.y + 14, 0.4)
            fl.y += 14
            lines.append(T(fl.n, s, pcn, icn, name, ("billed", "allowed", "paid"), service_end=s.dos,
                           remarks=eob.split(), description=False))
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid")}
        fl.pg.t(188, fl.y + 11, "Claim Totals", 8, True)
        for k, ci in (("billed", 6), ("allowed", 7), ("paid", 10)):
            h, x, w = cols[ci]
            fl.pg.t(x + w - 3, fl.y + 11, doc.m(tot[k]), 8, True, "r")
        fl.y += 20
        claims.append({"claim_id": pcn, "payer_claim_id": icn, "patient": name,
                       "totals": claim_totals(tot["billed"], tot["allowed"], tot["paid"])})
        cur["c"] = None
    legend = [("E045", "Paid at the Medicaid maximum fee."), ("E122", "Other insurance payment deducted."),
              ("E197", "Prior approval missing."), ("N54", "Approval number does not match the service.")]
    fl.need(70)
    y = fl.y + 10
    fl.pg.t(36, y, "Explanation of Benefit (EOB) Codes on This Remittance", 9, True)
    for k, (c, txt) in enumerate(legend):
        fl.pg.t(36, y + 12 * (k + 1), f"{c}   {txt}", 8.3)
    fin(doc, {})
    return doc, lines, claims, legend, []


# ============================================================================ p1 clearinghouse Medicare-style paper remit
def p1():
    doc = Doc(*LAND, "Courier", dstyle=lambda d: f"{d:%m%d} {d:%m%d%y}", mstyle="", neg="trail",
              units_fmt=lambda u: u, adj_window=3, all_adjs=True)
    W, H = doc.w, doc.h
    F = 7.4
    st = PlanState(ded_left=Decimal("0.00"))
    st2 = PlanState(ded_left=Decimal("41.00"))
    cl = [
        ("ABERNATHY-QUON, LOUELLA", "4TR8WQ2MK06", "SPR0106-A", "2226006118530", st,
         [S(1, 6, "97163", 1, "GP"), S(1, 6, "97110", 2, "GP"), S(1, 8, "97110", 2, "GP", "KX"),
          S(1, 8, "97140", 1, "GP", "KX"), S(1, 8, "97112", 1, "GP", "KX"), S(1, 13, "97110", 3, "GP", "CQ"),
          S(1, 13, "97530", 1, "GP", "CQ"), S(1, 15, "97116", 2, "GP", "CQ"), S(1, 15, "G0283", 1, "GP", "CQ"),
          S(1, 20, "97110", 2, "GP", "CQ"), S(1, 20, "97140", 2, "GP", "CQ")]),
        ("DESROSIERS, FLORIAN", "7NE3KD9TA31", "SPR0107-C", "2226006118614", st2,
         [S(1, 7, "97166", 1, "GO"), S(1, 7, "97535", 2, "GO"), S(1, 14, "97530", 3, "GO"),
          S(1, 14, "97168", 1, "GO", denied="CO"), S(1, 16, "97530", 2, "GO"), S(1, 16, "97535", 1, "GO"),
          S(1, 21, "97530", 3, "GO"), S(1, 21, "97140", 1, "GO", "59"), S(1, 23, "97530", 2, "GO"),
          S(1, 23, "97110", 1, "GO"), S(1, 28, "97530", 3, "GO")]),
        ("YAMAZAKI-BRENNAN, HIRO", "2PF5HU1XC88", "SPR0109-F", "2226006118702", st,
         [S(1, 9, "92523", 1, "GN"), S(1, 16, "92507", 1, "GN"), S(1, 23, "92507", 1, "GN")]),
    ]
    ROW = "{:<11}{:<12}{:<4}{:>3}  {:<6}{:<9}{:>9}{:>9}{:>8}{:>8}  {:<7}{:>8}{:>10}"
    lines, claims = [], []
    cur = {"c": None}

    def page(pg, n):
        pg.t(24, 28, "CLEARSPAN EDI SERVICES - REMITTANCE PRINT (FORMATTED FROM 835 TRANSACTION)", F, True)
        pg.t(W - 24, 28, f"PAGE #: {n} OF PAGES", F, False, "r")
        pg.t(24, 38, "PAYER: MIDLANDS MEDICARE ADMINISTRATIVE SERVICES, PART B   PAYER ID 06414", F)
        pg.t(24, 48, "PROVIDER: LAKEMONT REHABILITATION GROUP   NPI 1659220417   TAX ID XX-XXX4410", F)
        pg.t(24, 58, "CHECK/EFT #: 880031774   CHECK/EFT DATE: 01/28/2026   REMIT DATE: 01/28/2026", F)
        pg.hl(24, W - 24, 64)
        y = 76
        pg.t(24, y, ROW.format("PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT",
                               "COINS", "GRP/RC", "AMT", "PROV PD"), F, True)
        pg.hl(24, W - 24, y + 4)
        y += 16
        if cur["c"]:
            y = ch(pg, y, cur["c"])
        return y

    def ch(pg, y, c):
        name, mid, acnt, icn = c
        pg.t(24, y, f"NAME {name:<26} MID {mid}  ACNT {acnt:<12} ICN {icn}  ASG Y  MOA MA01", F)
        return y + 11

    fl = Flow(doc, page, H - 36)
    sums = {k: ZERO for k in ("billed", "allowed", "deductible", "coinsurance", "paid")}
    for name, mid, acnt, icn, pst, svcs in cl:
        for s in svcs:
            medicare(s, pst, deny_reason="151")
        cur["c"] = (name, mid, acnt, icn)
        fl.need(40)
        fl.y = ch(fl.pg, fl.y + 4, cur["c"])
        for s in svcs:
            a = adjs_of(s)
            fl.need(10 * max(1, len(a)))
            g0 = f"{a[0][0]}-{a[0][1]}" if a else ""
            fl.pg.t(24, fl.y, ROW.format("1942207715", doc.d(s.dos), "11", str(s.units.normalize()), s.code,
                                         " ".join(s.mods), doc.m(s.billed), doc.m(s.allowed), doc.m(s.deductible),
                                         doc.m(s.coinsurance), g0, doc.m(a[0][2]) if a else "", doc.m(s.paid)), F)
            for g, r, x_ in a[1:]:
                fl.y += 9
                fl.pg.t(24, fl.y, ROW.format("", "", "", "", "", "", "", "", "", "", f"{g}-{r}", doc.m(x_), ""), F)
            fl.y += 10
            rem = ["M86"] if s.denied else []
            if rem:
                fl.pg.t(96, fl.y, "REM: M86", F)
                fl.y += 10
            lines.append(T(fl.n, s, acnt, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                           service_end=s.dos, adjustments=a, remarks=rem, description=False))
        tot = {k: total(svcs, k) for k in sums}
        owes = total(svcs, "owes")
        fl.need(22)
        fl.pg.t(24, fl.y, f"PT RESP {doc.m(owes):>10}".ljust(27) + "CLAIM TOTALS".ljust(27)
                + f"{doc.m(tot['billed']):>9}{doc.m(tot['allowed']):>9}{doc.m(tot['deductible']):>8}"
                  f"{doc.m(tot['coinsurance']):>8}" + " " * 17 + f"{doc.m(tot['paid']):>10}", F)
        fl.pg.t(24, fl.y + 10, " " * 98 + f"NET {doc.m(tot['paid']):>10}", F)
        fl.y += 24
        for k in sums:
            sums[k] += tot[k]
        claims.append({"claim_id": acnt, "payer_claim_id": icn, "patient": name,
                       "totals": claim_totals(tot["billed"], tot["allowed"], tot["paid"], owes)})
        cur["c"] = None
    fl.need(130)
    y = fl.y + 4
    fl.pg.t(24, y, "TOTALS:  # OF CLAIMS  BILLED AMT  ALLOWED AMT  DEDUCT AMT  COINS AMT  PROV PD AMT  CHECK AMT", F, True)
    fl.pg.t(24, y + 10, f"         {len(cl):>11} {doc.m(sums['billed']):>11} {doc.m(sums['allowed']):>12} "
            f"{doc.m(sums['deductible']):>11} {doc.m(sums['coinsurance']):>10} {doc.m(sums['paid']):>12} "
            f"{doc.m(sums['paid']):>10}", F)
    legend = [("CO", "Contractual obligation."), ("PR", "Patient responsibility."), ("1", "Deductible amount."),
              ("2", "Coinsurance amount."), ("45", "Charge exceeds fee schedule."), ("253", "Sequestration reduction."),
              ("151", "Payment adjusted: frequency of service not supported."), ("M86", "Service denied; a similar service was already paid for this period."),
              ("MA01", "Appeal rights notice.")]
    fl.pg.t(24, y + 28, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES", F, True)
    for k, (c, txt) in enumerate(legend):
        fl.pg.t(24, y + 38 + 9 * k, f"{c:<6}{txt}", F)
    fin(doc, {})
    return doc, lines, claims, legend, []


# ============================================================================ p2 practice-management ERA detail report
def p2():
    doc = Doc(*LAND, "DSansC", dstyle="mdy2", mstyle=",", neg="()", adj_fmt=lambda g, r: f"{g}{r}", all_adjs=True)
    W, H = doc.w, doc.h
    F = 7
    st = PlanState(ded_left=Decimal("0.00"))
    cl = [
        ("Benedetti, Orla", "100482", "1126027340011", [S(1, 5, "97110", 2, "GP"), S(1, 5, "97140", 1, "GP", "59"),
                                                        S(1, 12, "97110", 2, "GP"), S(1, 12, "97530", 1, "GP")]),
        ("Fairbanks-Ito, Samuel", "100517", "1126027340029", [S(1, 6, "97161", 1, "GP"), S(1, 6, "97112", 2, "GP"),
                                                              S(1, 13, "97112", 2, "GP", "KX")]),
        ("Mwangi, Esther", "100533", "1126027340037", [S(1, 7, "97165", 1, "GO"), S(1, 7, "97535", 1, "GO"),
                                                      S(1, 14, "97530", 3, "GO"), S(1, 14, "97760", 1, "GO")]),
        ("Lindahl, Rune", "100560", "1126027340045", [S(1, 8, "92507", 1, "GN"), S(1, 15, "92526", 1, "GN")]),
    ]
    # a reversal of an earlier payment for Orla Benedetti, then its correction (new claim)
    old = [S(12, 15, "97110", 3, "GP"), S(12, 15, "97140", 1, "GP")]
    for s in old:
        s.dos = date(2025, 12, 15)
        medicare(s, PlanState())
    rev = [negate(s) for s in old]
    corr = [S(12, 15, "97110", 2, "GP"), S(12, 15, "97140", 1, "GP", "59")]
    for s in corr:
        s.dos = date(2025, 12, 15)
    cl.append(("Benedetti, Orla", "099871", "1125350918822", rev))
    cl.append(("Benedetti, Orla", "099871", "1126027340052", corr))
    cols = [("Patient", 30, "l"), ("Acct #", 126, "l"), ("DOS", 160, "l"), ("CPT", 196, "l"), ("Mod", 224, "l"),
            ("Units", 270, "r"), ("Billed", 314, "r"), ("Allowed", 356, "r"), ("Deduct", 394, "r"),
            ("Coins", 432, "r"), ("Adjustment codes", 442, "l"), ("Paid", 640, "r"), ("Pt Resp", 686, "r"),
            ("Remark", 696, "l")]
    lines, claims = [], []
    cur = {"c": None}

    def page(pg, n):
        pg.t(30, 34, "Pinecrest Practice Manager", 11, True)
        pg.t(30, 46, "ERA Remittance Detail Report   -   Lakeside Therapy & Balance Center", 9)
        pg.t(W - 30, 34, f"Report run 02/02/26 09:30   Page {n}/PAGES", 7.5, False, "r")
        pg.t(W - 30, 46, "Payer: Medicare Part B (J-Region)   EFT 660019442   Paid 01/27/26", 7.5, False, "r")
        pg.hl(30, W - 30, 52, 1)
        y = 66
        for h, x, al in cols:
            pg.t(x, y, h, F, True, al)
        pg.hl(30, W - 30, y + 3, 0.5)
        y += 14
        if cur["c"]:
            y = ch(pg, y, cur["c"], True)
        return y

    def ch(pg, y, c, cont):
        name, acct, icn, tag = c
        pg.box(30, y - 8, W - 60, 11, 0.3, 0.93)
        pg.t(34, y, f"Claim ICN {icn}   {tag}" + ("   (cont'd)" if cont else ""), F, True)
        return y + 12

    fl = Flow(doc, page, H - 40)
    for i, (name, acct, icn, svcs) in enumerate(cl):
        if i < 4 or i == 5:
            for s in svcs:
                medicare(s, st)
        tag = "Processed as primary" if i < 4 else ("Reversal of prior payment" if i == 4 else "Corrected claim")
        cur["c"] = (name, acct, icn, tag)
        fl.need(40)
        fl.y = ch(fl.pg, fl.y + 4, cur["c"], False)
        for s in svcs:
            fl.need(11)
            a = adjs_of(s)
            vals = [name, acct, doc.d(s.dos), s.code, " ".join(s.mods), str(s.units.normalize()), doc.m(s.billed),
                    doc.m(s.allowed), doc.m(s.deductible), doc.m(s.coinsurance),
                    "  ".join(f"{g}{r}:{doc.m(x)}" for g, r, x in a), doc.m(s.paid), doc.m(s.owes),
                    "N640" if s.mods[-1:] == ("KX",) else ""]
            for (h, x, al), v in zip(cols, vals):
                fl.pg.t(x, fl.y, v, F, False, al)
            fl.y += 11
            lines.append(T(fl.n, s, acct, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid",
                                                     "patient_owes"), adjustments=a,
                           remarks=["N640"] if vals[-1] else [], description=False))
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        fl.pg.t(224, fl.y, "Claim total", F, True)
        for k, ci in (("billed", 6), ("allowed", 7), ("paid", 11), ("owes", 12)):
            fl.pg.t(cols[ci][1], fl.y, doc.m(tot[k]), F, True, "r")
        fl.y += 14
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                       "totals": claim_totals(tot["billed"], tot["allowed"], tot["paid"], tot["owes"])})
        cur["c"] = None
    fl.need(60)
    sv = [s for c in cl for s in c[3]]
    fl.pg.t(30, fl.y + 6, f"Report totals:  claims {len(cl)}   billed {doc.m(total(sv, 'billed'))}   paid "
            f"{doc.m(total(sv, 'paid'))}   patient responsibility {doc.m(total(sv, 'owes'))}", 7.5, True)
    fl.pg.t(30, fl.y + 20, "Codes: CO45 fee schedule reduction; PR1 deductible; PR2 coinsurance; CO253 sequestration; "
            "N640 therapy cap threshold exceeded, medical necessity attested.", 7)
    fin(doc, {})
    return doc, lines, claims, [("CO", "Contractual."), ("PR", "Patient responsibility."), ("N640", "Threshold.")], []


# ============================================================================ s1 therapy clinic family statement
def s1():
    doc = Doc(*LETTER, "LSans", dstyle="mdy4", mstyle=",", neg="-", code_fmt=lambda c, m: c + "".join(m))
    W, H = doc.w, doc.h
    guarantor = "Marguerite Castellano-Hughes"
    st = PlanState(ded_left=Decimal("120.00"), allowed_rate=Decimal("0.80"))
    visits = [
        ("V-30918", "Nora Castellano-Hughes", "Alder Blue Cross", "AB2601558730",
         [S(1, 5, "97165", 1, "GO"), S(1, 5, "97530", 2, "GO")]),
        ("V-30977", "Nora Castellano-Hughes", "Alder Blue Cross", "AB2601559104",
         [S(1, 12, "97530", 3, "GO"), S(1, 12, "97535", 1, "GO")]),
        ("V-31002", "Felix Castellano-Hughes", "Alder Blue Cross", "AB2601559322",
         [S(1, 13, "92523", 1, "GN")]),
        ("V-31044", "Nora Castellano-Hughes", "Alder Blue Cross", "AB2601560017",
         [S(1, 19, "97530", 2, "GO"), S(1, 19, "97112", 1, "GO", "59"), S(1, 19, "97760", 1, "GO")]),
        ("V-31071", "Felix Castellano-Hughes", "Alder Blue Cross", "AB2601560295",
         [S(1, 20, "92507", 1, "GN"), S(1, 20, "97129", 1, "GN", denied="PR")]),
        ("V-31118", "Nora Castellano-Hughes", "Alder Blue Cross", "AB2601561130",
         [S(1, 26, "97530", 3, "GO"), S(1, 26, "97140", 1, "GO", "59")]),
        ("V-31160", "Felix Castellano-Hughes", "Alder Blue Cross", "AB2601561488",
         [S(1, 27, "92507", 1, "GN")]),
        ("V-31187", "Marguerite Castellano-Hughes", "Alder Blue Cross", "AB2601561902",
         [S(1, 28, "97161", 1, "GP"), S(1, 28, "97110", 2, "GP"), S(1, 28, "97140", 1, "GP")]),
    ]
    cols = [("Date", 40, "l"), ("Description", 96, "l"), ("Code", 262, "l"), ("Qty", 320, "r"),
            ("Charges", 372, "r"), ("Ins. Paid", 424, "r"), ("Adjustments", 480, "r"), ("Your Balance", 572, "r")]
    lines, claims = [], []
    cur = {"v": None}
    for _, _, _, _, svcs in visits:
        for s in svcs:
            commercial(s, st, deny_reason="204")
    allsv = [s for v in visits for s in v[4]]
    due = total(allsv, "owes")

    def page(pg, n):
        y = 40
        pg.t(40, y, "Willowmere Pediatric & Family Therapy", 14, True)
        pg.t(40, y + 13, "2280 Canal Street, Suite 300  |  Fenwick, ZZ 00413  |  (555) 010-4477", 8)
        pg.t(W - 40, y, "STATEMENT", 14, True, "r")
        pg.t(W - 40, y + 13, f"Page {n} of PAGES", 8, False, "r")
        y = 68
        if n == 1:
            pg.box(40, y, W - 80, 92, 0.7)
            pg.t(48, y + 14, "PLEASE DETACH AND RETURN THE TOP PORTION WITH YOUR PAYMENT", 7.5, True)
            pg.t(48, y + 30, guarantor.upper(), 9, True)
            pg.t(48, y + 41, "614 Heron Bluff Road", 9)
            pg.t(48, y + 52, "Fenwick ZZ 00414-1180", 9)
            for k, (lab, val) in enumerate([("Statement Date", "02/02/2026"), ("Account Number", "G-20817"),
                                            ("Amount Due", doc.m(due)), ("Due By", "02/23/2026"),
                                            ("Amount Enclosed", "$ ____________")]):
                pg.t(380, y + 28 + 11 * k, lab, 8.5, True)
                pg.t(W - 48, y + 28 + 11 * k, val, 8.5, False, "r")
            pg.t(W / 2, y + 102, "- - - - - - - - - - - - - - - - - - - - - - -  fold and tear here  - - - - - - - - - - - - - - - - - - - - - - -", 7, False, "c")
            y += 118
            pg.t(40, y, f"Guarantor: {guarantor}    Account Number: G-20817", 8.5, True)
            pg.t(40, y + 11, "Charges are grouped by visit. Insurance payments and contractual adjustments are shown on each service.", 7.5)
            y += 24
        pg.box(40, y, W - 80, 14, 0.5, 0.85)
        for h, x, al in cols:
            pg.t(x + (4 if al == "l" else 0), y + 10, h, 8, True, al)
        y += 26
        if cur["v"]:
            y = vh(pg, y, cur["v"], True)
        return y

    def vh(pg, y, v, cont):
        vid, pat, ins, icn = v
        pg.t(44, y, f"Visit {vid}   Patient: {pat}   Insurance: {ins}, claim {icn}" + ("  (continued)" if cont else ""), 8, True)
        return y + 12

    fl = Flow(doc, page, H - 70)
    for vid, pat, ins, icn, svcs in visits:
        cur["v"] = (vid, pat, ins, icn)
        fl.need(40)
        fl.y = vh(fl.pg, fl.y + 2, cur["v"], False)
        for s in svcs:
            fl.need(12)
            adj = s.discount
            vals = [doc.d(s.dos), s.desc if width(s.desc, "LSans", 8) < 160 else s.desc[:30],
                    "".join((s.code,) + s.mods), str(s.units.normalize()), doc.m(s.billed), doc.m(s.paid),
                    doc.m(adj), doc.m(s.owes)]
            for (h, x, al), v in zip(cols, vals):
                fl.pg.t(x + (4 if al == "l" else 0), fl.y, v, 8, False, al)
            fl.y += 11
            desc_ok = width(s.desc, "LSans", 8) < 160
            lines.append(T(fl.n, s, vid, icn, pat, ("billed", "paid", "patient_owes"), description=desc_ok))
        tot = {k: total(svcs, k) for k in ("billed", "paid", "owes")}
        fl.pg.hl(330, W - 40, fl.y - 7, 0.3)
        fl.pg.t(270, fl.y + 1, "Visit balance", 8, True)
        fl.pg.t(372, fl.y + 1, doc.m(tot["billed"]), 8, True, "r")
        fl.pg.t(424, fl.y + 1, doc.m(tot["paid"]), 8, True, "r")
        fl.pg.t(572, fl.y + 1, doc.m(tot["owes"]), 8, True, "r")
        fl.y += 18
        claims.append({"claim_id": vid, "payer_claim_id": icn, "patient": pat,
                       "totals": claim_totals(tot["billed"], None, tot["paid"], tot["owes"])})
        cur["v"] = None
    fl.need(70)
    y = fl.y + 8
    fl.pg.box(330, y, W - 370, 40, 0.7)
    fl.pg.t(338, y + 14, "Total amount due", 10, True)
    fl.pg.t(W - 48, y + 14, doc.m(due), 10, True, "r")
    fl.pg.t(338, y + 30, "Pay online: willowmere-therapy.example/pay", 7.5)
    fl.pg.t(40, y + 14, "Balances shown are after your insurance processed each claim.", 7.5)
    fl.pg.t(40, y + 25, "Payment plans are available; call our billing office.", 7.5)
    fin(doc, {})
    return doc, lines, claims, [], []


# ============================================================================ s2 hospital guarantor statement
def s2():
    doc = Doc(*LETTER, "DSerif", dstyle="mdy4", mstyle="$", neg="()")
    W, H = doc.w, doc.h
    guarantor = "Teodoro Falkenrath"
    accts = [
        ("7004318822", "Inés Falkenrath", "Outpatient rehabilitation series 01/06/2026 - 01/27/2026",
         "Kestrelwood Health Plan", "KHP-26014477102",
         [("0434", S(1, 6, "97166", 1, "GO")), ("0434", S(1, 6, "97535", 2, "GO")),
          ("0434", S(1, 13, "97530", 3, "GO")), ("0434", S(1, 13, "97140", 1, "GO", "59")),
          ("0434", S(1, 20, "97530", 3, "GO")), ("0434", S(1, 20, "97110", 2, "GO")),
          ("0434", S(1, 27, "97530", 2, "GO")), ("0434", S(1, 27, "97168", 1, "GO")),
          ("0274", S(1, 6, "L3807", 1, "LT")), ("0434", S(1, 6, "97760", 1, "GO")),
          ("0434", S(1, 13, "97110", 1, "GO")), ("0434", S(1, 20, "97112", 1, "GO", "59")),
          ("0434", S(1, 27, "97535", 1, "GO"))]),
        ("7004319105", "Matteo Falkenrath", "Outpatient therapy series 01/08/2026 - 01/31/2026",
         "Kestrelwood Health Plan", "KHP-26014480931",
         [("0444", S(1, 8, "92523", 1, "GN")), ("0444", S(1, 15, "92507", 1, "GN")),
          ("0444", S(1, 22, "92507", 1, "GN")), ("0444", S(1, 29, "92507", 1, "GN")),
          ("0444", S(1, 8, "92526", 1, "GN")), ("0444", S(1, 15, "92526", 1, "GN")),
          ("0444", S(1, 22, "92526", 1, "GN")), ("0444", S(1, 29, "92526", 1, "GN")),
          ("0444", S(1, 15, "97129", 1, "GN")), ("0444", S(1, 22, "97129", 1, "GN")),
          ("0444", S(1, 29, "97129", 1, "GN")), ("0434", S(1, 29, "97535", 1, "GO")),
          ("0444", S(1, 10, "92507", 1, "GN")), ("0444", S(1, 10, "92526", 1, "GN")),
          ("0444", S(1, 17, "92507", 1, "GN")), ("0444", S(1, 17, "92526", 1, "GN")),
          ("0444", S(1, 24, "92507", 1, "GN")), ("0444", S(1, 24, "92526", 1, "GN")),
          ("0444", S(1, 31, "92507", 1, "GN")), ("0444", S(1, 31, "92526", 1, "GN")),
          ("0434", S(1, 10, "97535", 1, "GO")), ("0434", S(1, 17, "97535", 1, "GO")),
          ("0434", S(1, 24, "97535", 1, "GO")), ("0434", S(1, 31, "97535", 1, "GO"))]),
        ("7004319377", "Teodoro Falkenrath", "Clinic visit 01/21/2026", "Kestrelwood Health Plan", "KHP-26014489650",
         [("0510", S(1, 21, "99213", 1)), ("0420", S(1, 21, "97161", 1, "GP")), ("0420", S(1, 21, "97110", 1, "GP"))]),
    ]
    pay_rate = {"7004318822": Decimal("0.52"), "7004319105": Decimal("0.55"), "7004319377": Decimal("0.48")}
    lines, claims = [], []
    cur = {"a": None}
    summ = []

    def page(pg, n):
        pg.t(40, 42, "Saint Brigid Regional Hospital", 15, True)
        pg.t(40, 55, "Patient Financial Services  ·  1 Abbey Hill Drive  ·  Corran, ZZ 00629", 8)
        pg.t(W - 40, 42, "Guarantor Statement", 11, True, "r")
        pg.t(W - 40, 55, f"Page {n} of PAGES", 8, False, "r")
        pg.hl(40, W - 40, 62, 1)
        # two-column page furniture: right column box on every page
        pg.box(420, 72, 152, 86, 0.6)
        pg.t(426, 85, "Guarantor", 8, True)
        pg.t(426, 96, guarantor, 8)
        pg.t(426, 107, "Guarantor No. 551-208-93", 8)
        pg.t(426, 120, "Statement date 02/02/2026", 8)
        pg.t(426, 133, "Balance due AMOUNTDUE", 8, True)
        pg.t(426, 146, "Questions: (555) 014-2210", 8)
        y = 84
        if n == 1:
            pg.t(40, 84, guarantor.upper(), 9, True)
            pg.t(40, 96, "3318 Millrace Lane", 9)
            pg.t(40, 107, "Corran ZZ 00630", 9)
            pg.t(40, 130, "This statement lists each hospital account for your family.", 8)
            pg.t(40, 141, "Insurance has processed the charges below.", 8)
        y = 176
        if cur["a"]:
            y = ah(pg, y, cur["a"], True)
        return y

    cols = [("Date", 40, "l"), ("Rev", 104, "l"), ("CPT/HCPCS", 134, "l"), ("Description", 208, "l"),
            ("Qty", 470, "r"), ("Charges", 572, "r")]

    def ah(pg, y, a, cont):
        har, pat, what = a
        pg.box(40, y, W - 80, 26, 0.5, 0.9)
        pg.t(46, y + 11, f"Account {har}   Patient: {pat}" + ("   (continued)" if cont else ""), 8.5, True)
        pg.t(46, y + 22, what, 8)
        y += 38
        for h, x, al in cols:
            pg.t(x, y, h, 7.8, True, al)
        pg.hl(40, W - 40, y + 3, 0.4)
        return y + 13

    fl = Flow(doc, page, H - 60)
    due_all = ZERO
    for har, pat, what, ins, icn, items in accts:
        cur["a"] = (har, pat, what)
        fl.need(110)
        fl.y = ah(fl.pg, fl.y + 6, cur["a"], False)
        svcs = []
        for rev, s in sorted(items, key=lambda it: it[1].dos):
            fl.need(12)
            vals = [doc.d(s.dos), rev, " ".join((s.code,) + s.mods), s.desc, str(s.units.normalize()), doc.m(s.billed)]
            for (h, x, al), v in zip(cols, vals):
                fl.pg.t(x, fl.y, v if h != "Description" or width(v, "DSerif", 7.8) < 250 else v[:44], 7.8, False, al)
            fl.y += 11
            svcs.append(s)
            lines.append(T(fl.n, s, har, icn, pat, ("billed",), description=width(s.desc, "DSerif", 7.8) < 250))
        billed = total(svcs, "billed")
        paid = (billed * pay_rate[har]).quantize(Decimal("0.01"))
        adj = (billed * Decimal("0.36")).quantize(Decimal("0.01"))
        bal = billed - paid - adj
        due_all += bal
        fl.need(60)
        y = fl.y + 2
        fl.pg.hl(360, W - 40, y - 7, 0.3)
        for k, (lab, v) in enumerate([("Total charges", billed), (f"{ins} payment, claim {icn}", -paid),
                                      ("Contractual adjustment", -adj), ("Account balance", bal)]):
            fl.pg.t(470, y + 11 * k, lab, 8, k in (0, 3), "r")
            fl.pg.t(572, y + 11 * k, doc.m(v), 8, k in (0, 3), "r")
        fl.y = y + 52
        claims.append({"claim_id": har, "payer_claim_id": icn, "patient": pat,
                       "totals": claim_totals(billed, None, None, None)})
        summ.append((har, paid))
        cur["a"] = None
    fl.need(50)
    fl.pg.t(40, fl.y + 4, "Financial assistance is available. Ask for our plain-language summary.", 8)
    fl.pg.t(W - 40, fl.y + 4, "Total due from you AMOUNTDUE", 10, True, "r")
    fin(doc, {"AMOUNTDUE": doc.m(due_all)})
    return doc, lines, claims, [], []


LAYOUTS = [
    ("h118_c1_commercial_ppo_eob", c1, "reportlab", "commercial PPO member EOB, portrait Helvetica"),
    ("h118_c2_commercial_hmo_statement", c2, "fpdf2", "commercial HMO member benefit statement, landscape, sidebar"),
    ("h118_m1_msn_part_b", m1, "reportlab", "Medicare Summary Notice Part B, portrait Liberation Serif"),
    ("h118_m2_ma_member_eob", m2, "fpdf2", "Medicare Advantage member EOB, portrait Liberation Sans"),
    ("h118_d1_medicaid_ra_lineprinter", d1, "reportlab", "state Medicaid remittance and status report, Courier"),
    ("h118_d2_medicaid_portal_ra", d2, "fpdf2", "Medicaid portal remittance claim detail, boxed grid"),
    ("h118_p1_clearinghouse_spr", p1, "fpdf2", "clearinghouse Medicare-style paper remit, Courier landscape"),
    ("h118_p2_pm_era_detail", p2, "reportlab", "practice-management ERA detail report, landscape"),
    ("h118_s1_clinic_family_statement", s1, "reportlab", "therapy clinic family statement with tear-off stub"),
    ("h118_s2_hospital_guarantor_statement", s2, "fpdf2", "hospital guarantor statement, several accounts"),
]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout118_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    from h118kit import check
    errs: list[str] = []
    nlines = 0
    for name, fn, producer, desc in LAYOUTS:
        doc, lines, claims, legend, findings = fn()
        pdf = out / f"{name}.pdf"
        doc.render(pdf, producer)
        write_truth(pdf, name, producer, len(doc.pages), desc, lines, claims, legend, findings)
        nlines += len(lines)
        split = sum(1 for c in claims if len({ln["page"] for ln in lines if (ln["claim_id"], ln["payer_claim_id"],
                    ln["patient"]) == (c["claim_id"], c["payer_claim_id"], c["patient"])}) > 1)
        print(f"{pdf.name}: {len(doc.pages)} pages, {len(lines)} lines, {len(claims)} claims, "
              f"{split} claim(s) continued across a page break")
        if "--check" in argv:
            truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
            errs += check(pdf, truth, doc)
    print(f"wrote {len(LAYOUTS)} PDFs, {nlines} service lines, into {out}")
    if "--check" in argv:
        for e in errs:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
