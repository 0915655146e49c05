"""Write the TWENTY-SECOND held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader on the five commonest real kinds, two of each, in house styles unlike
sets 1-21: commercial member EOBs, Medicare notices (Part B MSN, Medicare Advantage member EOB), state Medicaid
remittance advices, Medicare-style paper remits reprinted by a practice-management system or a clearinghouse,
and family / patient statements from a therapy clinic and a hospital. Written without looking at the reader.

Run:  python bench/heldout22/make_heldout22_pdfs.py OUT_DIR             (default: a new temp folder, printed)
      python bench/heldout22/make_heldout22_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (run by whoever measures the reader, once)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (eobgen.write_truth; files <name>.pdf.truth.json), printed values only,
null for what a layout does not print (units too: no units printed -> null; modifiers [] when none printed);
description is null throughout. claim_id = the provider's own account / patient-control / invoice / hospital
account number printed with the claim (null where none is), payer_claim_id = the payer's claim number / ICN /
TCN, patient = the person who got the service exactly as printed (not the subscriber or guarantor). Where a line
prints From and To / Thru, service_end is that date. Every name, number, payer, provider, address and ID is
invented; descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date,
no randomness; a first pass counts pages for "Page n of N"). Drawing, truth collector and check: h22kit.py.

Layouts (10 files, 150 service lines, 16 pages):
  c01 commercial PPO member EOB, portrait Liberation Sans: address block and facts box, "Summary of claims
      processed" table, shaded claim bars (patient + relationship, claim number, provider, patient account,
      received / processed), two-line headings Date of service / Service (wrapping) / Code / Mod / Units / Amount
      charged / Network savings / Amount not covered / Allowed amount / Deductible / Copayment / Coinsurance /
      Paid by plan / Amount you owe / Note, $ money, 01/05/2026, a non-covered line the member owes and a bundled
      line the member does not, claim totals, numeric notes legend, 2 pages (reportlab)
  c02 employer-plan member EOB, landscape core Times: "Patient: ... (Son)" claim bars with Claim No. and Provider
      Patient No., Line / From / To 01/05/26 / Procedure / Modifier(s) "GP,59" / No. of Svcs / Amount Charged /
      Network Savings / Ineligible Amount / Rsn / Covered Amount / Deductible / Copayment / Coinsurance / Other
      Ins. Paid / Plan Paid / Your Responsibility, a reversed December claim in parentheses and its corrected
      replacement; PLANTED claim-total mismatch (Plan Paid total of claim 26-019-90344-01 printed 10.00 too high)
      (fpdf2)
  m01 Medicare Summary Notice for Part B, portrait DejaVu Sans: dashboard page (approval, total you may be billed,
      providers with claims), then claim blocks headed by the date ("December 8, 2025"), provider and claim number,
      "Service Provided & Billing Code" wording "(97110)" wrapping, Service Approved? Yes/No, Amount Provider
      Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You May Be Billed / See Notes letters,
      "Total for this claim", 3 pages (fpdf2)
  m02 Medicare Advantage PPO monthly member EOB, portrait DejaVu Serif: month / year summary box, boxed claim heads
      (provider, claim number, provider's account number), Date / Service / Code / Mod. "GP CQ" / Units / Amount
      provider billed / Plan-approved / Plan's share, a "What you pay" group over Copay / Coinsurance / Not covered /
      Your share, $20 per-day copay, a non-covered 0552T, claim totals (reportlab)
  d01 state Medicaid RA in a modern MMIS style, portrait core Helvetica: CLAIMS PAID / DENIED / ADJUSTED sections,
      boxed claim heads (Member Name "LAST, FIRST", Member ID, Patient Acct No, ICN, status, claim billed / paid),
      Dtl / From DOS / To DOS / Proc / Mods / Units / Billed Amt / Allowed Amt / TPL Amt / Copay Amt / Paid Amt /
      Adj Rsn "CO-45" / Adj Amt / EOB 4-digit, a no-authorization denial, a void (leading minus) and replacement
      (reportlab)
  d02 state Medicaid "Remittance and Status Report", core Courier fixed-width: TCN / CLIENT NAME / CLIENT NO and
      PAT ACCT NO claim lines, LI / FROM / TO 010526 / PROC / MD1 / MD2 / QTY / CHRG / ALWD / SPDN (spend-down the
      client owes) / PD-AMT / ARC + ARC-AMT with a second ARC stacked (PR-178), "EOB: 101" under each detail, a
      void with trailing-minus amounts (fpdf2)
  r01 Medicare Part B standard-paper-remit layout REPRINTED from the 835 by practice-management software, landscape
      DejaVu Sans Mono: NAME / MID / ACNT / ICN / ASG / MOA, REND PROV / FROM / THRU / POS / NOS / PROC / MODS /
      BILLED / ALLOWED / DEDUCT / COINS / GRP/RC + AMT stacked (CO-45, PR-1, PR-2, CO-253) / PROV PD / REM, CNTL #
      lines, PT RESP + CLAIM TOTALS and NET lines, a bundled CO-97 line, glossary, 2 pages (fpdf2)
  r02 clearinghouse remittance-viewer print of a Medicare Part B remit, portrait Liberation Sans Narrow: shaded
      claim heads (Patient, Patient Control #, Payer Claim Control #, MBI, status, Patient Resp), Line / Rendering
      NPI / From / Thru 01/05/2026 / POS / Proc / Modifiers / Units / Billed / Allowed / Deductible / Coinsurance /
      Adj Grp-Rsn + Adj Amt stacked / Paid / RARC, claim totals, provider-level adjustment (reportlab)
  s01 pediatric therapy clinic GUARANTOR statement, portrait Liberation Sans: account box, patient bands, Date /
      Inv # / Service / CPT / Mod / Qty / Charges / Ins Pmt / Ins Adj / Pt Resp, an italic grey line under each
      invoice naming the insurer's claim, an invoice awaiting the insurer printed with "--", a card payment row,
      aging line, no invoice totals (fpdf2)
  s02 hospital outpatient-rehabilitation patient statement, portrait Liberation Serif: one section per hospital
      account (account no., patient, insurer claim #), Date / Rev Code / CPT/HCPCS / Mod / Description / Units /
      Charges, then ACCOUNT-LEVEL insurance payment, contractual adjustment and balance rows (reportlab)

Truth decisions worth knowing: m01 prints no units, modifiers or provider account (null / [] / null), its dates
come from the claim's date heading (the check's band includes it), allowed = Medicare-Approved Amount, paid =
Amount Medicare Paid, patient_owes = Maximum You May Be Billed; m02's Plan's share is paid, Your share
patient_owes; c02's Ineligible Amount is not_covered, its Rsn codes remarks, "Other Ins. Paid" (all 0.00) is not a
truth field; d01's TPL Amt is not a truth field, Copay Amt 0.00 is copay; d02's SPDN is patient_owes and PR-178 an
adjustment; r01/r02 print no per-line patient responsibility (null) and the claim PT RESP is not a totals field;
s01's Ins Adj is the discount, Pt Resp patient_owes, the pending invoice has paid / discount / patient_owes null and
payer_claim_id null, claim_id is the Inv #; s02 prints only charges per line (billed), the account's payments are
not line values and its totals are billed only; r01 and r02 print the same remittance (the practice's reprint
and the clearinghouse's view), with different ICNs.

The self-check (--check) tests the factory, not the reader: the generator keeps the vertical band of each service
row (with its wrapped text lines, stacked adjustments, EOB / CNTL lines, and for m01 the date heading); the check
reads each PDF's text layer with pdfplumber and finds every truth code, modifier, units value (whole token),
date, amount, adjustment code and amount and remark INSIDE that band in the layout's own formats; ids and patients
in the document's text; page counts and every "Page n of N"; the documents' own arithmetic (billed - discount -
not covered = allowed; allowed - deductible - copay - coinsurance = paid where printed and no sequestration is
hidden; billed - adjustments = paid where every adjustment is printed with its amount); claim totals where printed
are in the text and equal the sum of their lines, except the planted mismatch, which must really differ.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import h22kit as K  # noqa: E402
from h22kit import Col, Flow, Pen, Truth, cells, head_rows, place, wrap  # noqa: E402

E = K.eobgen
Svc, money, dfmt, q, ZERO = E.Svc, E.money, E.dfmt, E.q, E.ZERO

E.FEE.update({"97162": "240.00", "97533": "88.00", "97032": "45.00", "97035": "40.00", "97018": "30.00",
              "99214": "225.00", "92609": "185.00", "97763": "115.00", "97750": "70.00"})
E.SCHED.update({"97162": "101.12", "97533": "30.90", "97032": "16.72", "97035": "13.15", "97018": "4.87",
                "99214": "124.61", "92609": "86.02", "97763": "49.66", "97750": "31.20"})
E.DESC.update({"97162": "PT evaluation, moderate complexity", "97533": "Sensory integration activities",
               "97032": "Electrical stimulation, attended", "97035": "Ultrasound therapy",
               "97018": "Paraffin bath", "99214": "Office visit, established patient, moderate",
               "92609": "Speech device use training", "97763": "Orthotic check-out, later visit",
               "97750": "Physical performance test"})
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
J = lambda m, d, y=2026: date(y, m, d)  # noqa: E731


def S(dos, code, units=1, mods=(), denied=None):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), denied=denied)


@dataclass
class Cl:
    patient: str
    claim_id: str | None
    pcid: str | None
    provider: str
    svcs: list
    extra: dict = field(default_factory=dict)


def tl(page, s, c, printed, **kw):
    kw.setdefault("description", False)
    return E.truth_line(page, s, claim_id=c.claim_id, payer_claim_id=c.pcid, patient=c.patient, printed=printed,
                        **kw)


def tot(svcs, attr):
    return E.total(svcs, attr)


def footer_pn(pen, page, total, x, y, fam, size, fmt="Page {n} of {t}", a="r"):
    pen.font(fam, size)
    pen.text(x, y, fmt.format(n=page, t=total if total else "0"), a)


# =============================================================================================== c01
def c01(path: Path, total: int | None):
    """Commercial member EOB (reportlab, Liberation Sans, portrait)."""
    T = Truth("c01_member_eob_cascadia", "reportlab",
              "Commercial PPO member EOB: summary table, per-claim detail with wrapped services, Code / Mod / Units,"
              " nine money columns, notes, claims continued on later pages.")
    st = E.PlanState(ded_left=Decimal("250.00"), copay_codes={"99213": Decimal("40.00")})
    claims = [
        Cl("Inés Ferreira-Holt", "RPT-40918", "CM2601-448102", "Riverbend Pediatric Therapy", [
            S(J(1, 5), "97165", 1, ["GO"]), S(J(1, 7), "97530", 3, ["GO"]), S(J(1, 7), "97535", 1, ["GO"]),
            S(J(1, 12), "97530", 2, ["GO"]), S(J(1, 12), "97112", 1, ["GO", "59"]), S(J(1, 14), "97530", 3, ["GO"])],
           {"rel": "Daughter", "recv": "01/16/2026", "proc": "01/22/2026"}),
        Cl("Tomás Ferreira-Holt", "BWS-7731", "CM2601-451977", "Bright Words Speech Studio", [
            S(J(1, 6), "92523", 1, ["GN"]), S(J(1, 13), "92507", 1, ["GN"]), S(J(1, 20), "92507", 1, ["GN"]),
            S(J(1, 20), "92526", 1, ["GN"], denied="PR")], {"rel": "Son", "recv": "01/23/2026", "proc": "01/27/2026"}),
        Cl("Daniel Ferreira-Holt", "NPT-118204", "CM2601-460315", "Northgate Physical Therapy", [
            S(J(1, 8), "97161", 1, ["GP"]), S(J(1, 8), "97110", 2, ["GP"]), S(J(1, 8), "97140", 1, ["GP", "59"]),
            S(J(1, 15), "97110", 2, ["GP"]), S(J(1, 15), "97140", 1, ["GP"]), S(J(1, 15), "G0283", 1, ["GP"], denied="CO")],
           {"rel": "Self", "recv": "01/19/2026", "proc": "01/26/2026"}),
        Cl("Inés Ferreira-Holt", "SOH-55120-3", "CM2601-472288", "Summit Orthopedic Hand Clinic", [
            S(J(1, 16), "99213", 1), S(J(1, 16), "L3807", 1, ["RT"]), S(J(1, 16), "97760", 1, ["GO"])],
           {"rel": "Daughter", "recv": "01/21/2026", "proc": "01/28/2026"}),
    ]
    notes = {}
    for c in claims:
        for s in c.svcs:
            E.commercial(s, st)
            s.remarks = []
            if s.denied == "PR":
                s.remarks = ["37"]
            elif s.denied == "CO":
                s.remarks = ["52"]
            elif s.deductible:
                s.remarks = ["14"]
            elif s.copay:
                s.remarks = ["21"]
    legend = [("14", "Part or all of this amount counts toward your yearly deductible."),
              ("21", "A flat copayment applies to this specialist visit."),
              ("37", "Your plan does not cover this therapy service. You may be billed for it."),
              ("52", "Billed separately from a service it belongs with; the provider cannot bill you for it.")]
    T.legend = legend
    pen = Pen("reportlab", path, LETTER)
    F = "LSans"
    M = 36
    cols = place([Col("d", "Date of\nservice", 42), Col("svc", "Service", 70), Col("code", "Code", 28),
                  Col("mod", "Mod", 26), Col("u", "Units", 20, "r"), Col("b", "Amount\ncharged", 36, "r"),
                  Col("disc", "Network\nsavings", 36, "r"), Col("nc", "Amount not\ncovered", 38, "r"),
                  Col("al", "Allowed\namount", 36, "r"), Col("ded", "Deduct-\nible", 34, "r"),
                  Col("cop", "Copay-\nment", 34, "r"), Col("coi", "Coinsur-\nance", 34, "r"),
                  Col("pd", "Paid by\nplan", 36, "r"), Col("ow", "Amount\nyou owe", 36, "r"), Col("n", "Note", 22, "c")], M)

    def furniture(p, n):
        p.font(F, 15, "b")
        p.text(M, 50, "CASCADIA MUTUAL")
        p.font(F, 7)
        p.text(M, 60, "HEALTH PLANS  ·  PO Box 7720, Tacoma WA 98417  ·  1-800-555-0142")
        p.font(F, 12, "b")
        p.text(612 - M, 48, "Explanation of Benefits", "r")
        p.font(F, 8, "b")
        p.text(612 - M, 60, "THIS IS NOT A BILL", "r")
        p.line(M, 68, 612 - M, 68, 1.2)
        footer_pn(p, n, total, 612 - M, 770, F, 7)
        p.font(F, 6.5)
        p.text(M, 770, "Member: Daniel Ferreira-Holt  ·  Member ID CMH 880 41 7723  ·  Statement date 02/02/2026")
        return 80

    fl = Flow(pen, 740, furniture)
    # page-1 furniture: address and summary
    pen.font(F, 8.5)
    for i, t in enumerate(["DANIEL FERREIRA-HOLT", "2214 ALDERWOOD CT", "OLYMPIA WA 98502-3318"]):
        pen.text(M + 10, 96 + i * 11, t)
    pen.box(360, 84, 216, 58)
    pen.font(F, 7.5)
    for i, (k, v) in enumerate([("Statement date", "February 2, 2026"), ("Member ID", "CMH 880 41 7723"),
                                ("Group", "0042190  Larkspur School District"), ("Plan", "Choice PPO 1500")]):
        pen.text(366, 96 + i * 12, k)
        pen.text(440, 96 + i * 12, v)
    fl.y = 156
    pen.font(F, 10, "b")
    pen.text(M, fl.y, "Summary of claims processed")
    fl.y += 6
    scol = place([Col("p", "Patient", 110), Col("pr", "Provider", 150), Col("c", "Claim number", 90),
                  Col("b", "Amount charged", 60, "r"), Col("pd", "Paid by plan", 60, "r"),
                  Col("ow", "Amount you owe", 70, "r")], M)
    pen.font(F, 7, "b")
    fl.y += head_rows(pen, fl.y, scol, 9) + 2
    pen.line(M, fl.y, 612 - M, fl.y, 0.5)
    pen.font(F, 7)
    for c in claims:
        cells(pen, fl.y, scol, {"p": c.patient, "pr": c.provider, "c": c.pcid, "b": money(tot(c.svcs, "billed")),
                                "pd": money(tot(c.svcs, "paid")), "ow": money(tot(c.svcs, "owes"))}, 10)
        fl.y += 10
    fl.y += 14
    pen.font(F, 10, "b")
    pen.text(M, fl.y, "Claim details")
    fl.y += 8
    lh = 8.4

    def claim_head(c, cont=False):
        y = fl.y
        pen.fill(M, y, 540, 24, 0.9)
        pen.fill(M, y, 3, 24, 0.3)
        pen.font(F, 7.8, "b")
        pen.text(M + 8, y + 10, f"{c.patient} ({c.extra['rel']})" + ("  (continued)" if cont else ""))
        pen.font(F, 7)
        pen.text(M + 190, y + 10, f"Claim number {c.pcid}")
        pen.text(M + 330, y + 10, f"Provider: {c.provider}")
        pen.text(M + 8, y + 20, f"Patient account {c.claim_id}")
        pen.text(M + 190, y + 20, f"Received {c.extra['recv']}   Processed {c.extra['proc']}")
        fl.y += 28
        pen.font(F, 6.4, "b")
        fl.y += head_rows(pen, fl.y, cols, 7.6) + 1
        pen.line(M, fl.y, 612 - M, fl.y, 0.6)
        fl.y += 1

    for c in claims:
        fl.need(28 + 18 + 3 * lh)
        claim_head(c)
        fl.repeat = lambda c=c: claim_head(c, True)
        for s in c.svcs:
            pen.font(F, 6.8)
            svc = wrap(pen, E.DESC[s.code], cols[1].w - 4)
            n = len(svc)
            fl.need(n * lh + 2)
            y0 = fl.y
            cells(pen, fl.y, cols, {"d": dfmt(s.dos, "mdy4"), "svc": svc, "code": s.code, "mod": " ".join(s.mods),
                                    "u": E.units_str(s.units), "b": money(s.billed), "disc": money(s.discount),
                                    "nc": money(s.not_covered), "al": money(s.allowed), "ded": money(s.deductible),
                                    "cop": money(s.copay), "coi": money(s.coinsurance), "pd": money(s.paid),
                                    "ow": money(s.owes), "n": " ".join(s.remarks)}, lh)
            fl.y += n * lh + 1
            pen.line(M, fl.y, 612 - M, fl.y, 0.25)
            T.add(fl.page, [(y0, fl.y)], tl(fl.page, s, c, ("billed", "discount", "not_covered", "allowed",
                                                                  "deductible", "copay", "coinsurance", "paid",
                                                                  "patient_owes"), remarks=s.remarks))
            fl.y += 1
        fl.repeat = None
        fl.need(12)
        pen.font(F, 6.8, "b")
        cells(pen, fl.y, cols, {"svc": "Claim totals", "b": money(tot(c.svcs, "billed")),
                                "disc": money(tot(c.svcs, "discount")), "nc": money(tot(c.svcs, "not_covered")),
                                "al": money(tot(c.svcs, "allowed")), "ded": money(tot(c.svcs, "deductible")),
                                "cop": money(tot(c.svcs, "copay")), "coi": money(tot(c.svcs, "coinsurance")),
                                "pd": money(tot(c.svcs, "paid")), "ow": money(tot(c.svcs, "owes"))}, lh)
        fl.y += lh + 14
        T.claim(c.claim_id, c.pcid, c.patient, E.claim_totals(tot(c.svcs, "billed"), tot(c.svcs, "allowed"),
                                                               tot(c.svcs, "paid"), tot(c.svcs, "owes")))
    fl.need(70)
    pen.font(F, 8.5, "b")
    pen.text(M, fl.y, "What the notes mean")
    fl.y += 12
    pen.font(F, 7.2)
    for code, txt in legend:
        pen.text(M, fl.y, code)
        pen.text(M + 24, fl.y, txt)
        fl.y += 10
    fl.y += 6
    fl.need(40)
    pen.font(F, 7)
    for t in ["Questions? Call Member Services at 1-800-555-0142 (TTY 711), Monday to Friday 7 a.m. to 7 p.m.",
              "You have 180 days from the date of this statement to ask us to review a decision. See the back page."]:
        pen.text(M, fl.y, t)
        fl.y += 10
    pen.save()
    T.pages = fl.page
    fmt = K.Fmt(money=lambda d: money(d), date=lambda d: dfmt(d, "mdy4"))
    return T, fmt


# =============================================================================================== engine
def run_claims(pen, fl, T, claims, cols, *, F, fs, lh, head, vals, printed, kw=lambda c, s: {}, totals=None,
               subs=lambda c, s: [], rule=0.25, gap=10, chf=None, chlh=7.6, M=36, W=540, head_band=False):
    """Claims with a heading, a column header (repeated after a page break) and one row per service."""
    state = {}

    def heads(c, cont=False):
        hy = fl.y
        head(c, cont)
        state["hb"] = (hy, fl.y)
        pen.font(*(chf or (F, fs - 0.4, "b")))
        fl.y += head_rows(pen, fl.y, cols, chlh) + 1
        pen.line(M, fl.y, M + W, fl.y, 0.6)
        fl.y += 1

    for c in claims:
        fl.need(70)
        heads(c)
        fl.repeat = lambda c=c: heads(c, True)
        for s in c.svcs:
            pen.font(F, fs)
            v = vals(c, s)
            sb = subs(c, s)
            n = max([len(x) if isinstance(x, list) else 1 for x in v.values()] + [1])
            fl.need((n + len(sb)) * lh + 2)
            y0 = fl.y
            pen.font(F, fs)
            cells(pen, fl.y, cols, v, lh)
            fl.y += n * lh
            for x, t, sty in sb:
                pen.font(F, fs - 0.6, sty)
                pen.text(x, fl.y + lh - 2, t)
                fl.y += lh
            fl.y += 1
            if rule:
                pen.line(M, fl.y, M + W, fl.y, rule)
            band = [(y0, fl.y)] + ([state["hb"]] if head_band else [])
            T.add(fl.page, band, tl(fl.page, s, c, printed, **kw(c, s)))
            fl.y += 1
        fl.repeat = None
        if totals:
            fl.need(lh + 4)
            totals(c)
        fl.y += gap


def ctot(c, *attrs):
    return [tot(c.svcs, a) for a in attrs]


# =============================================================================================== c02
def c02(path: Path, total: int | None):
    """Commercial member EOB (fpdf2, core Times, landscape)."""
    T = Truth("c02_member_eob_prairie", "fpdf2",
              "Employer-plan member EOB, landscape Times: From/To, Procedure, Modifier(s), No. of Svcs, Ineligible"
              " with reason, Other Ins. Paid, a reversed December claim and its replacement; planted total mismatch.")
    M, W = 30, 732
    stA = E.PlanState(ded_left=Decimal("0.00"))
    stB = E.PlanState(ded_left=Decimal("300.00"))
    dec = [S(J(12, 15, 2025), "97140", 1, ["GP"]), S(J(12, 15, 2025), "97110", 2, ["GP"]),
           S(J(12, 15, 2025), "97018", 1, ["GP"])]
    for s in dec:
        E.commercial(s, stA)
    rev = [E.negate(s) for s in dec]
    rep = [S(J(12, 15, 2025), "97140", 1, ["GP", "59"]), S(J(12, 15, 2025), "97110", 2, ["GP"]),
           S(J(12, 15, 2025), "97018", 1, ["GP"], denied="CO")]
    stA2 = E.PlanState(ded_left=Decimal("0.00"))
    for s in rep:
        E.commercial(s, stA2)
    claims = [
        Cl("Grace Oyelaran", "LH77120", "25-352-40716-00", "Lakeside Hand & Upper Limb Center", rev,
           {"rel": "Self", "note": "ADJUSTMENT - this reverses the payment made on 12/29/2025"}),
        Cl("Grace Oyelaran", "LH77120", "25-352-40716-01", "Lakeside Hand & Upper Limb Center", rep,
           {"rel": "Self", "note": "Corrected claim - replaces claim 25-352-40716-00"}),
        Cl("Emmett Oyelaran", "PKOT-3391", "26-014-88210-01", "Prairie Kids Occupational Therapy", [
            S(J(1, 5), "97166", 1, ["GO"]), S(J(1, 7), "97530", 3, ["GO"]), S(J(1, 7), "97533", 1, ["GO"]),
            S(J(1, 12), "97530", 2, ["GO"]), S(J(1, 12), "97535", 1, ["GO", "59"]), S(J(1, 14), "97530", 3, ["GO"])],
           {"rel": "Son"}),
        Cl("Lydia Oyelaran", "WSF-08812", "26-019-90344-01", "Willowbend Speech & Feeding", [
            S(J(1, 6), "92523", 1, ["GN"]), S(J(1, 13), "92507", 1, ["GN"]), S(J(1, 20), "92507", 1, ["GN"]),
            S(J(1, 27), "92507", 1, ["GN"]), S(J(1, 27), "92526", 1, ["GN"], denied="PR")], {"rel": "Daughter"}),
        Cl("Grace Oyelaran", "LH77944", "26-021-10287-01", "Lakeside Hand & Upper Limb Center", [
            S(J(1, 9), "97140", 1, ["GP"]), S(J(1, 9), "97110", 2, ["GP"]), S(J(1, 16), "97760", 1, ["GO"]),
            S(J(1, 23), "97763", 1, ["GO"])], {"rel": "Self"}),
    ]
    for c in claims[2:]:
        for s in c.svcs:
            E.commercial(s, stB)
    for c in claims:
        for s in c.svcs:
            s.remarks = ["X17"] if s.denied == "PR" else ["X22"] if s.denied == "CO" else \
                ["D01"] if s.deductible else []
    planted = claims[3]
    T.legend = [("D01", "Applied to the calendar-year deductible."),
                ("X17", "Not a covered benefit under this plan; member responsible."),
                ("X22", "Included in the payment for another service on the same day; not billable to member.")]
    pm = lambda d: money(d, ",", "()")  # noqa: E731
    pen = Pen("fpdf2", path, LAND)
    F = "Times"
    cols = place([Col("ln", "Line", 22), Col("fr", "From", 38), Col("to", "To", 38), Col("pc", "Procedure", 42),
                  Col("md", "Modifier(s)", 44), Col("ns", "No. of\nSvcs", 28, "r"), Col("b", "Amount\nCharged", 48, "r"),
                  Col("ds", "Network\nSavings", 46, "r"), Col("ie", "Ineligible\nAmount", 46, "r"), Col("rs", "Rsn", 26, "c"),
                  Col("al", "Covered\nAmount", 46, "r"), Col("dd", "Deductible", 46, "r"),
                  Col("cp", "Copayment", 44, "r"), Col("ci", "Coinsurance", 48, "r"),
                  Col("oi", "Other Ins.\nPaid", 42, "r"), Col("pd", "Plan Paid", 48, "r"),
                  Col("yr", "Your\nResponsibility", 58, "r")], M)

    def furniture(p, n):
        p.font(F, 14, "b")
        p.text(M, 40, "Prairie States Health Alliance")
        p.font(F, 8, "i")
        p.text(M, 51, "Employee Benefit Plan administered for Calloway County Schools")
        p.font(F, 12, "b")
        p.text(M + W, 40, "EXPLANATION OF BENEFITS", "r")
        p.font(F, 8)
        p.text(M + W, 51, "Employee: Grace Oyelaran   ID PSH418830072   Date: 01/30/2026", "r")
        p.line(M, 56, M + W, 56, 0.8)
        footer_pn(p, n, total, M + W, 596, F, 8)
        p.font(F, 7.5)
        p.text(M, 596, "This is not a bill. Keep this statement for your records.  Customer Care 1-888-555-0190")
        return 70

    fl = Flow(pen, 580, furniture)
    pen.font(F, 9)
    for i, t in enumerate(["GRACE OYELARAN", "88 PRAIRIE ROSE LN", "HAYS KS 67601"]):
        pen.text(M, fl.y + i * 11, t)
    pen.font(F, 8.5)
    pen.text(M + 300, fl.y, "Deductible (family): $1,000.00 met $405.00   Out-of-pocket maximum: $4,000.00 met $1,019.88")
    fl.y += 40
    lh = 10

    def head(c, cont):
        pen.fill(M, fl.y, W, 22, 0.88)
        pen.font(F, 8.5, "b")
        pen.text(M + 4, fl.y + 9, f"Patient: {c.patient}  ({c.extra['rel']})" + ("   - continued" if cont else ""))
        pen.text(M + 250, fl.y + 9, f"Claim No. {c.pcid}")
        pen.font(F, 8.5)
        pen.text(M + 420, fl.y + 9, f"Provider: {c.provider}")
        pen.text(M + 4, fl.y + 19, f"Provider Patient No. {c.claim_id}")
        if c.extra.get("note"):
            pen.font(F, 8.5, "i")
            pen.text(M + 250, fl.y + 19, c.extra["note"])
        fl.y += 26

    def vals(c, s):
        return {"ln": str(c.svcs.index(s) + 1), "fr": dfmt(s.dos, "mdy2"), "to": dfmt(s.dos, "mdy2"), "pc": s.code,
                "md": ",".join(s.mods), "ns": E.units_str(abs(s.units)), "b": pm(s.billed), "ds": pm(s.discount),
                "ie": pm(s.not_covered), "rs": " ".join(s.remarks), "al": pm(s.allowed), "dd": pm(s.deductible),
                "cp": pm(s.copay), "ci": pm(s.coinsurance), "oi": pm(ZERO), "pd": pm(s.paid), "yr": pm(s.owes)}

    def totals(c):
        b, ds, ie, al, dd, cp, ci, pd, ow = ctot(c, "billed", "discount", "not_covered", "allowed", "deductible",
                                                  "copay", "coinsurance", "paid", "owes")
        pdp = pd + Decimal("10.00") if c is planted else pd
        pen.font(F, 8.5, "b")
        cells(pen, fl.y, cols, {"pc": "Claim Total", "b": pm(b), "ds": pm(ds), "ie": pm(ie), "al": pm(al),
                                "dd": pm(dd), "cp": pm(cp), "ci": pm(ci), "oi": pm(ZERO), "pd": pm(pdp),
                                "yr": pm(ow)}, lh)
        fl.y += lh + 2
        T.claim(c.claim_id, c.pcid, c.patient, E.claim_totals(b, al, pdp, ow))
        if c is planted:
            T.findings.append(f"claim-total-mismatch claim {c.pcid}: printed Plan Paid total {q(pdp)} but the lines "
                              f"add up to {q(pd)}")
    T.planted_field = ("paid",)
    run_claims(pen, fl, T, claims, cols, F=F, fs=8.5, lh=lh, head=head, vals=vals, M=M, W=W, chlh=9,
               printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
                        "patient_owes"),
               kw=lambda c, s: {"service_end": s.dos, "remarks": s.remarks}, totals=totals, gap=12)
    fl.need(60)
    pen.font(F, 9, "b")
    pen.text(M, fl.y, "Reason codes")
    fl.y += 11
    pen.font(F, 8.5)
    for k, t in T.legend:
        pen.text(M, fl.y, f"{k}   {t}")
        fl.y += 10
    pen.save()
    T.pages = fl.page
    return T, K.Fmt(money=pm, date=lambda d: dfmt(d, "mdy2"))


# =============================================================================================== m01
def m01(path: Path, total: int | None):
    """Medicare Summary Notice, Part B (fpdf2, DejaVu Sans, portrait)."""
    T = Truth("m01_msn_part_b", "fpdf2",
              "Medicare Summary Notice for Part B: dashboard page, per-claim blocks (date, provider, claim number),"
              " Service Provided & Billing Code with the code in parentheses, Service Approved?, note letters.")
    T.seq_hidden = True
    ben = "Harold Q. Brennan-Wise"
    dec = E.PlanState(ded_left=Decimal("0.00"))
    jan = E.PlanState(ded_left=Decimal("283.00"))
    claims = [
        Cl(ben, None, "12-25344-118-920", "Harbor Lights Rehabilitation", [
            S(J(12, 8, 2025), "97162", 1, ["GP"]), S(J(12, 8, 2025), "97110", 3, ["GP"]),
            S(J(12, 8, 2025), "97140", 1, ["GP"])], {"d": J(12, 8, 2025), "st": dec}),
        Cl(ben, None, "12-25351-204-118", "Harbor Lights Rehabilitation", [
            S(J(12, 15, 2025), "97110", 2, ["GP"]), S(J(12, 15, 2025), "97140", 1, ["GP"]),
            S(J(12, 15, 2025), "97035", 1, ["GP"]), S(J(12, 15, 2025), "G0283", 1, ["GP"], denied="CO")],
           {"d": J(12, 15, 2025), "st": dec}),
        Cl(ben, None, "12-26007-331-042", "Harbor Lights Rehabilitation", [
            S(J(1, 5), "97110", 2, ["GP"]), S(J(1, 5), "97112", 1, ["GP"]), S(J(1, 5), "97140", 1, ["GP"]),
            S(J(1, 5), "97116", 1, ["GP"])], {"d": J(1, 5), "st": jan}),
        Cl(ben, None, "12-26013-090-517", "Mei-Lin Oduya, M.D.", [
            S(J(1, 9), "99214", 1), S(J(1, 9), "97760", 1, ["GO"]), S(J(1, 9), "0552T", 1, denied="PR")],
           {"d": J(1, 9), "st": jan}),
        Cl(ben, None, "12-26020-447-301", "Harbor Lights Rehabilitation", [
            S(J(1, 12), "97110", 2, ["GP"]), S(J(1, 12), "97140", 1, ["GP"]), S(J(1, 12), "97530", 1, ["GP"])],
           {"d": J(1, 12), "st": jan}),
    ]
    for c in claims:
        for s in c.svcs:
            E.medicare(s, c.extra["st"])
            s.remarks = ["C"] if s.denied == "PR" else ["D"] if s.denied == "CO" else ["B"] if s.deductible else ["A"]
    T.legend = [("A", "Medicare approved this service; the amount you may be billed is your 20% coinsurance."),
                ("B", "Part of the approved amount went toward your yearly Part B deductible."),
                ("C", "Medicare does not pay for this item. You may be billed for the full charge."),
                ("D", "This service is part of another service on the same day. The provider may not bill you.")]
    pen = Pen("fpdf2", path, LETTER)
    F, M, W = "DSans", 40, 532

    def furniture(p, n):
        p.font(F, 8)
        p.text(M, 30, f"Harold Q. Brennan-Wise")
        p.text(M + W, 30, f"THIS IS NOT A BILL  |  Page {n} of {total or 0}", "r")
        p.line(M, 34, M + W, 34, 0.5)
        return 52

    fl = Flow(pen, 752, furniture)
    pen.font(F, 16, "b")
    pen.text(M, fl.y + 6, "Medicare Summary Notice")
    pen.font(F, 10)
    pen.text(M, fl.y + 20, "for Part B (Medical Insurance)")
    pen.font(F, 9, "b")
    pen.text(M + 300, fl.y + 6, "Notice for Harold Q. Brennan-Wise")
    pen.font(F, 8)
    rows = [("Medicare Number", "XXX-XX-4417B"), ("Date of This Notice", "February 2, 2026"),
            ("Claims Processed Between", "November 3, 2025 - February 1, 2026")]
    for i, (k, v) in enumerate(rows):
        pen.text(M + 300, fl.y + 20 + i * 11, k)
        pen.text(M + 430, fl.y + 20 + i * 11, v)
    fl.y += 70
    pen.font(F, 9)
    for i, t in enumerate(["HAROLD Q BRENNAN-WISE", "417 SEA GRAPE WAY", "PORT AUBREY FL 32960-1102"]):
        pen.text(M, fl.y + i * 12, t)
    fl.y += 50
    owed = sum(tot(c.svcs, "owes") for c in claims)
    pen.box(M, fl.y, 250, 110)
    pen.font(F, 11, "b")
    pen.text(M + 8, fl.y + 16, "Your Claims & Costs This Period")
    pen.font(F, 8.5)
    pen.text(M + 8, fl.y + 36, "Did Medicare Approve All Services?")
    pen.font(F, 11, "b")
    pen.text(M + 8, fl.y + 50, "NO")
    pen.font(F, 8)
    pen.text(M + 8, fl.y + 62, "Number of Services Medicare Denied: 2")
    pen.font(F, 8.5)
    pen.text(M + 8, fl.y + 82, "Total You May Be Billed")
    pen.font(F, 12, "b")
    pen.text(M + 8, fl.y + 98, money(owed))
    pen.box(M + 270, fl.y, 262, 110)
    pen.font(F, 10, "b")
    pen.text(M + 278, fl.y + 16, "Providers with Claims This Period")
    pen.font(F, 8)
    yy = fl.y + 32
    for c in claims:
        pen.text(M + 278, yy, dfmt(c.extra["d"], "month"))
        pen.text(M + 380, yy, c.provider)
        yy += 11
    fl.y += 124
    pen.font(F, 8.5)
    for t in ["Your Deductible Status: Your deductible is what you must pay for most health services before Medicare",
              "begins to pay. Part B Deductible: You have now met $283.00 of your $283.00 deductible for 2026.",
              "", "Be Informed! Check this notice against the bills and receipts you get from your providers. If a",
              "service you did not get is listed, call 1-800-555-0100 and tell us. Never give your Medicare Number",
              "to anyone who calls you without being asked."]:
        pen.text(M, fl.y, t)
        fl.y += 12
    fl.brk()
    pen.font(F, 12, "b")
    pen.text(M, fl.y, "Your Claims for Part B (Medical Insurance)")
    fl.y += 8
    pen.font(F, 8)
    pen.text(M, fl.y + 8, "Part B helps pay for doctors' services, outpatient therapy and other medical services.")
    fl.y += 20
    cols = place([Col("sv", "Service Provided &\nBilling Code", 170), Col("ap", "Service\nApproved?", 56, "c"),
                  Col("b", "Amount\nProvider\nCharged", 66, "r"), Col("al", "Medicare-\nApproved\nAmount", 66, "r"),
                  Col("pd", "Amount\nMedicare\nPaid", 62, "r"), Col("ow", "Maximum\nYou May\nBe Billed", 66, "r"),
                  Col("nt", "See\nNotes\nBelow", 46, "c")], M)
    lh = 10.5

    def head(c, cont):
        pen.fill(M, fl.y, W, 30, 0.92)
        pen.font(F, 9, "b")
        pen.text(M + 4, fl.y + 11, dfmt(c.extra["d"], "month") + ("  (continued)" if cont else ""))
        pen.text(M + 150, fl.y + 11, c.provider)
        pen.font(F, 8)
        pen.text(M + 150, fl.y + 22, "1200 Marina Blvd, Port Aubrey, FL 32960   (772) 555-0184")
        pen.text(M + 4, fl.y + 22, f"Claim number {c.pcid}")
        fl.y += 34

    def vals(c, s):
        desc = f"{E.DESC[s.code]} ({s.code})"
        pen.font(F, 8.5)
        return {"sv": wrap(pen, desc, 164), "ap": "No" if s.denied else "Yes", "b": money(s.billed),
                "al": money(s.allowed), "pd": money(s.paid), "ow": money(s.owes), "nt": " ".join(s.remarks)}

    def totals(c):
        pen.font(F, 8.5, "b")
        b, al, pd, ow = ctot(c, "billed", "allowed", "paid", "owes")
        cells(pen, fl.y, cols, {"sv": "Total for this claim", "b": money(b), "al": money(al), "pd": money(pd),
                                "ow": money(ow)}, lh)
        fl.y += lh + 4
        T.claim(None, c.pcid, c.patient, E.claim_totals(b, al, pd, ow))

    run_claims(pen, fl, T, claims, cols, F=F, fs=8.5, lh=lh, head=head, vals=vals, M=M, W=W, chlh=9,
               printed=("billed", "allowed", "paid", "patient_owes"),
               kw=lambda c, s: {"units": False, "modifiers": False, "remarks": s.remarks}, totals=totals, gap=14,
               head_band=True)
    fl.need(80)
    pen.font(F, 10, "b")
    pen.text(M, fl.y, "Notes for Claims Above")
    fl.y += 13
    pen.font(F, 8.5)
    for k, t in T.legend:
        pen.text(M, fl.y, k)
        for i, ln in enumerate(wrap(pen, t, W - 20)):
            pen.text(M + 16, fl.y, ln)
            fl.y += 11
    pen.save()
    T.pages = fl.page
    return T, K.Fmt(money=money, date=lambda d: dfmt(d, "month"))


# =============================================================================================== m02
def m02(path: Path, total: int | None):
    """Medicare Advantage PPO member EOB (reportlab, DejaVu Serif, portrait)."""
    T = Truth("m02_ma_member_eob_evergreen", "reportlab",
              "Medicare Advantage PPO monthly member EOB: summary box, per-claim boxes with the provider's account no.,"
              " Code / Mod. / Units, a 'What you pay' group over Copay / Coinsurance / Not covered / Your share.")
    mem = "Rosalind Achterberg"
    st = E.PlanState(ded_left=ZERO, visit_copay=Decimal("20.00"))
    claims = [
        Cl(mem, "HLR-20031", "MA2601-00392-7", "Harbor Lights Rehabilitation", [
            S(J(1, 6), "97161", 1, ["GP"]), S(J(1, 6), "97110", 2, ["GP"]), S(J(1, 8), "97110", 2, ["GP", "CQ"]),
            S(J(1, 8), "97140", 1, ["GP", "CQ"]), S(J(1, 13), "97112", 1, ["GP"]), S(J(1, 13), "97110", 2, ["GP", "KX"])]),
        Cl(mem, "CHT-6610", "MA2601-00415-2", "Coastal Hand Therapy Studio", [
            S(J(1, 7), "97165", 1, ["GO"]), S(J(1, 7), "97760", 1, ["GO"]), S(J(1, 7), "L3807", 1, ["LT"]),
            S(J(1, 14), "97140", 1, ["GO"]), S(J(1, 14), "0552T", 1, denied="PR")]),
        Cl(mem, "HLR-20077", "MA2601-00488-0", "Harbor Lights Rehabilitation", [
            S(J(1, 20), "97110", 2, ["GP"]), S(J(1, 20), "97530", 1, ["GP", "KX"]), S(J(1, 22), "97116", 1, ["GP", "CQ"]),
            S(J(1, 22), "97110", 2, ["GP"])]),
    ]
    for c in claims:
        for s in c.svcs:
            E.commercial(s, st)
            s.remarks = ["4"] if s.denied else ["2"] if s.copay else ["1"]
    T.legend = [("1", "No cost to you for this service; it was part of a visit with a copay."),
                ("2", "You pay a $20 copay for each day of outpatient therapy."),
                ("4", "Our plan does not cover this service. You may have to pay the provider for it.")]
    pen = Pen("reportlab", path, LETTER)
    F, M, W = "DSerif", 34, 544

    def furniture(p, n):
        p.font(F, 13, "b")
        p.text(M, 44, "Evergreen Senior Advantage (PPO)")
        p.font(F, 7.5)
        p.text(M, 55, "A Medicare Advantage plan of Evergreen Health Partners  ·  1-877-555-0163 (TTY 711)")
        p.font(F, 8)
        p.text(M + W, 44, f"Rosalind Achterberg  ·  Member ID EVA5520913", "r")
        p.text(M + W, 55, f"Page {n} of {total or 0}", "r")
        p.line(M, 60, M + W, 60, 1)
        return 76

    fl = Flow(pen, 750, furniture)
    pen.font(F, 12, "b")
    pen.text(M, fl.y, "Your Explanation of Benefits for January 2026")
    fl.y += 12
    pen.font(F, 8)
    pen.text(M, fl.y, "This notice gives you a summary of the medical claims processed for you last month. It is not a bill.")
    fl.y += 12
    allc = [s for c in claims for s in c.svcs]
    pen.box(M, fl.y, W, 52)
    pen.font(F, 8, "b")
    for i, h in enumerate(["", "Amount providers billed", "Plan-approved amount", "Plan's share", "Your share"]):
        pen.text(M + 8 + i * 106, fl.y + 12, h)
    pen.font(F, 8)
    pen.text(M + 8, fl.y + 26, "This month")
    pen.text(M + 8, fl.y + 40, "This year")
    for i, a in enumerate(["billed", "allowed", "paid", "owes"]):
        pen.text(M + 114 + i * 106, fl.y + 26, money(tot(allc, a)))
        pen.text(M + 114 + i * 106, fl.y + 40, money(tot(allc, a)))
    fl.y += 66
    cols = place([Col("d", "Date of\nservice", 50), Col("sv", "Service you got", 92), Col("cd", "Code", 34),
                  Col("md", "Mod.", 36), Col("u", "Units", 26, "r"), Col("b", "Amount\nprovider\nbilled", 48, "r"),
                  Col("al", "Plan-\napproved\namount", 48, "r"), Col("pd", "Plan's\nshare", 44, "r"),
                  Col("cp", "Copay", 38, "r"), Col("ci", "Coins-\nurance", 38, "r"), Col("nc", "Not\ncovered", 40, "r"),
                  Col("ow", "Your\nshare", 44, "r"), Col("nt", "See\nnote", 26, "c")], M)
    lh = 9

    def head(c, cont):
        pen.box(M, fl.y, W, 26, 0.8)
        pen.font(F, 8.5, "b")
        pen.text(M + 6, fl.y + 11, c.provider + (" (continued)" if cont else ""))
        pen.font(F, 7.5)
        pen.text(M + 300, fl.y + 11, f"Claim number: {c.pcid}")
        pen.text(M + 6, fl.y + 22, f"Your provider's account number: {c.claim_id}")
        pen.text(M + 300, fl.y + 22, "Network status: In network")
        fl.y += 30
        pen.font(F, 6.8, "b")
        pen.text(M + 374 + 70, fl.y + 1, "What you pay", "c")
        pen.line(M + 376, fl.y + 3, M + 518, fl.y + 3, 0.4)
        fl.y += 3

    def vals(c, s):
        pen.font(F, 7.3)
        return {"d": dfmt(s.dos, "mdy4"), "sv": wrap(pen, E.DESC[s.code], 88), "cd": s.code, "md": " ".join(s.mods),
                "u": E.units_str(s.units), "b": money(s.billed), "al": money(s.allowed), "pd": money(s.paid),
                "cp": money(s.copay), "ci": money(s.coinsurance), "nc": money(s.not_covered if s.denied == "PR" else ZERO),
                "ow": money(s.owes), "nt": " ".join(s.remarks)}

    def totals(c):
        pen.font(F, 7.3, "b")
        b, al, pd, ow = ctot(c, "billed", "allowed", "paid", "owes")
        cells(pen, fl.y, cols, {"sv": "Claim total", "b": money(b), "al": money(al), "pd": money(pd), "ow": money(ow)}, lh)
        fl.y += lh + 2
        T.claim(c.claim_id, c.pcid, c.patient, E.claim_totals(b, al, pd, ow))

    def kw(c, s):
        o = {"remarks": s.remarks}
        if s.denied == "CO":
            o["overrides"] = {"not_covered": "0.00"}
        return o
    run_claims(pen, fl, T, claims, cols, F=F, fs=7.3, lh=lh, head=head, vals=vals, M=M, W=W, chf=(F, 6.6, "b"),
               chlh=7.4, printed=("billed", "allowed", "paid", "copay", "coinsurance", "not_covered", "patient_owes"),
               kw=kw, totals=totals, gap=12)
    fl.need(60)
    pen.font(F, 9, "b")
    pen.text(M, fl.y, "Notes about your claims")
    fl.y += 12
    pen.font(F, 7.8)
    for k, t in T.legend:
        pen.text(M, fl.y, f"{k}.  {t}")
        fl.y += 10
    pen.save()
    T.pages = fl.page
    return T, K.Fmt(money=money, date=lambda d: dfmt(d, "mdy4"))


# =============================================================================================== d01
def d01(path: Path, total: int | None):
    """State Medicaid remittance advice, boxed MMIS style (reportlab, core Helvetica, portrait)."""
    T = Truth("d01_medicaid_ra_eastland", "reportlab",
              "State Medicaid RA: PAID / DENIED / ADJUSTED sections, boxed claim headers (Member Name, Member ID,"
              " Patient Acct No, ICN), detail rows with TPL / Copay, Adj Rsn + Adj Amt, EOB codes, a void and its"
              " replacement.")
    T.all_adj = True

    def mk(svcs, deny=None):
        for s in svcs:
            E.medicaid(s)
            s.remarks = ["0781"] if s.denied else ["0045"] if s.discount else []
        return svcs
    paid = [
        Cl("OKAFOR, JUNE", "KTC-55012", "2026016004417001", "", mk([
            S(J(1, 5), "97530", 4, ["GO"]), S(J(1, 5), "97535", 1, ["GO"]), S(J(1, 12), "97530", 4, ["GO"]),
            S(J(1, 12), "97112", 2, ["GO", "59"])]), {"id": "400199382710"}),
        Cl("VANTERPOOL, ELI", "KTC-55108", "2026016004417002", "", mk([
            S(J(1, 6), "92507", 1, ["GN"]), S(J(1, 13), "92507", 1, ["GN"]), S(J(1, 20), "92507", 1, ["GN"]),
            S(J(1, 20), "92609", 1, ["GN"])]), {"id": "400233019455"}),
        Cl("ROSS-MBEKI, ANIKA", "KTC-55230", "2026016004417003", "", mk([
            S(J(1, 8), "97110", 2, ["GP"]), S(J(1, 8), "97116", 2, ["GP"]), S(J(1, 15), "97110", 3, ["GP"]),
            S(J(1, 15), "97530", 2, ["GP"])]), {"id": "400176620381"}),
    ]
    denied = [Cl("OKAFOR, JUNE", "KTC-55019", "2026016004417010", "", mk([
        S(J(1, 7), "97533", 2, ["GO"], denied="CO"), S(J(1, 7), "97530", 2, ["GO"], denied="CO")]), {"id": "400199382710"})]
    orig = mk([S(J(12, 10, 2025), "97530", 3, ["GO"]), S(J(12, 10, 2025), "97110", 2, ["GO"])])
    void = [E.negate(s) for s in orig]
    for s in void:
        s.remarks = ["0900"]
    repl = mk([S(J(12, 10, 2025), "97530", 4, ["GO"]), S(J(12, 10, 2025), "97110", 2, ["GO"])])
    adjusted = [Cl("VANTERPOOL, ELI", "KTC-54120", "2026016004417020", "", void, {"id": "400233019455", "st": "VOID"}),
                Cl("VANTERPOOL, ELI", "KTC-54120", "2026016004417021", "", repl, {"id": "400233019455",
                                                                              "st": "REPLACEMENT OF 2025352001180044"})]
    T.legend = [("0045", "Payment reduced to the program's maximum fee for this procedure."),
                ("0781", "Service needs an approved prior authorization on file for these dates."),
                ("0900", "Claim voided at provider request; see the replacement claim.")]
    pen = Pen("reportlab", path, LETTER)
    F, M, W = "Helvetica", 30, 552

    def furniture(p, n):
        p.font(F, 11, "b")
        p.text(M, 40, "EASTLAND DEPARTMENT OF HEALTH SERVICES - MEDICAL ASSISTANCE PROGRAM")
        p.font(F, 8)
        p.text(M, 51, "PROVIDER REMITTANCE ADVICE")
        p.text(M + W, 40, f"RA Number 0004471923   Payment Date 01/23/2026", "r")
        p.text(M + W, 51, f"Provider: KITE TRAIL THERAPY LLC   NPI 1770442918   Page {n} of {total or 0}", "r")
        p.line(M, 56, M + W, 56, 1)
        return 70

    fl = Flow(pen, 760, furniture)
    cols = place([Col("dt", "Dtl", 20), Col("fr", "From DOS", 40), Col("to", "To DOS", 40), Col("pc", "Proc", 32),
                  Col("md", "Mods", 38), Col("u", "Units", 26, "r"), Col("b", "Billed Amt", 48, "r"),
                  Col("al", "Allowed Amt", 50, "r"), Col("tp", "TPL Amt", 38, "r"), Col("cp", "Copay Amt", 42, "r"),
                  Col("pd", "Paid Amt", 46, "r"), Col("ar", "Adj Rsn", 38, "c"), Col("aa", "Adj Amt", 44, "r"),
                  Col("eb", "EOB", 48, "c")], M)
    lh = 9.5
    pm = lambda d: money(d, ",")  # noqa: E731

    def head(c, cont):
        pen.box(M, fl.y, W, 26, 0.6)
        pen.line(M, fl.y + 13, M + W, fl.y + 13, 0.3)
        pen.font(F, 7.2)
        pairs = [("Member Name", c.patient, 0), ("Member ID", c.extra["id"], 170), ("Patient Acct No", c.claim_id, 300),
                 ("ICN", c.pcid, 420)]
        for k, v, x in pairs:
            pen.font(F, 6.5)
            pen.text(M + 4 + x, fl.y + 9, k)
            pen.font(F, 7.4, "b")
            pen.text(M + 4 + x + pen.sw(k) * 0.88 + 6, fl.y + 9, v)
        pen.font(F, 7.2)
        b, al, pd = ctot(c, "billed", "allowed", "paid")
        pen.text(M + 4, fl.y + 22, f"Claim Status: {c.extra.get('st', 'PAID' if pd else 'DENIED')}"
                 + ("   (continued)" if cont else ""))
        pen.text(M + 300, fl.y + 22, f"Claim Billed {pm(b)}   Claim Paid {pm(pd)}")
        fl.y += 29

    def vals(c, s):
        v = {"dt": f"{c.svcs.index(s) + 1:02d}", "fr": dfmt(s.dos, "mdy2"), "to": dfmt(s.dos, "mdy2"), "pc": s.code,
             "md": " ".join(s.mods), "u": E.units_str(s.units), "b": pm(s.billed), "al": pm(s.allowed),
             "tp": pm(ZERO), "cp": pm(ZERO), "pd": pm(s.paid), "eb": " ".join(s.remarks)}
        if s.adjs:
            g, r, a = s.adjs[0]
            v["ar"], v["aa"] = f"{g}-{r}", pm(a)
        return v

    def totals(c):
        pen.font(F, 7.4, "b")
        b, al, pd = ctot(c, "billed", "allowed", "paid")
        cells(pen, fl.y, cols, {"pc": "Claim Totals", "b": pm(b), "al": pm(al), "pd": pm(pd)}, lh)
        fl.y += lh + 2
        T.claim(c.claim_id, c.pcid, c.patient, E.claim_totals(b, al, pd))

    def section(title, cl):
        fl.need(90)
        pen.fill(M, fl.y, W, 13, 0.8)
        pen.font(F, 8.5, "b")
        pen.text(M + 4, fl.y + 10, title)
        fl.y += 18
        run_claims(pen, fl, T, cl, cols, F=F, fs=7.4, lh=lh, head=head, vals=vals, M=M, W=W, chf=(F, 6.8, "b"),
                   chlh=8, printed=("billed", "allowed", "paid", "copay"),
                   kw=lambda c, s: {"service_end": s.dos, "remarks": s.remarks,
                                    "adjustments": [(g, r, a) for g, r, a in s.adjs]}, totals=totals, gap=8)
    section("CLAIMS PAID", paid)
    section("CLAIMS DENIED", denied)
    section("CLAIMS ADJUSTED", adjusted)
    fl.need(80)
    pen.font(F, 8.5, "b")
    pen.text(M, fl.y, "EOB CODE DESCRIPTIONS")
    fl.y += 11
    pen.font(F, 7.5)
    for k, t in T.legend:
        pen.text(M, fl.y, f"{k}  {t}")
        fl.y += 10
    allc = [s for cl in (paid, denied, adjusted) for c in cl for s in c.svcs]
    fl.y += 6
    pen.font(F, 8, "b")
    pen.text(M, fl.y, f"PAYMENT SUMMARY   Claims paid {money(tot(allc, 'paid'), ',')}   Net payment {money(tot(allc, 'paid'), ',')}")
    pen.save()
    T.pages = fl.page
    return T, K.Fmt(money=pm, date=lambda d: dfmt(d, "mdy2"), adj=lambda g, r, a: [f"{g}-{r}", money(a, ",")])


# =============================================================================================== d02
def d02(path: Path, total: int | None):
    """State Medicaid remittance advice, fixed-width CLIENT vocabulary (fpdf2, core Courier, portrait)."""
    T = Truth("d02_medicaid_ra_client_mono", "fpdf2",
              "Medicaid RA in Courier: TCN / CLIENT NAME / CLIENT NO / PAT ACCT NO claim lines, detail rows with"
              " FROM/TO MMDDYY, MD1 MD2, QTY, CHRG / ALWD / SPDN / PD-AMT, ARC + ARC-AMT (a second ARC stacked),"
              " EOB line under each detail, void with trailing minus.")
    T.all_adj = True

    def mk(svcs, spd=ZERO):
        for s in svcs:
            E.medicaid(s)
            s.remarks = ["312"] if s.denied else ["101"]
            if spd and not s.denied:
                take = min(spd, s.paid)
                spd -= take
                s.paid -= take
                s.owes = take
                if take:
                    s.adjs.append(("PR", "178", take))
        return svcs
    claims = [
        Cl("HALVORSEN, BRYNN", "SPK-11820", "2026023007715", "", mk([
            S(J(1, 5), "92523", 1, ["GN"]), S(J(1, 12), "92507", 1, ["GN"]), S(J(1, 19), "92507", 1, ["GN", "GT"])]),
           {"id": "514420087"}),
        Cl("DUCHARME, LEVI", "SPK-11844", "2026023007716", "", mk([
            S(J(1, 6), "97530", 3, ["GO"]), S(J(1, 6), "97533", 1, ["GO"]), S(J(1, 13), "97530", 4, ["GO"]),
            S(J(1, 13), "97535", 2, ["GO"])], spd=Decimal("45.00")), {"id": "514387206"}),
        Cl("ATWATER, NOOR", "SPK-11901", "2026023007717", "", mk([
            S(J(1, 9), "97163", 1, ["GP"]), S(J(1, 9), "97110", 2, ["GP"]), S(J(1, 16), "97110", 2, ["GP"]),
            S(J(1, 16), "97032", 1, ["GP"], denied="CO")]), {"id": "514390118"}),
    ]
    orig = mk([S(J(12, 2, 2025), "97530", 3, ["GO"]), S(J(12, 2, 2025), "97535", 1, ["GO"])])
    void = [E.negate(s) for s in orig]
    claims.append(Cl("DUCHARME, LEVI", "SPK-10977", "2026023007730", "", void, {"id": "514387206", "v": True}))
    T.legend = [("101", "PAID AT THE PROGRAM FEE SCHEDULE AMOUNT"), ("312", "PROCEDURE NOT PAYABLE FOR THIS PROVIDER TYPE"),
                ("178", "CLIENT SPEND-DOWN APPLIED TO THIS DETAIL")]
    pen = Pen("fpdf2", path, LETTER)
    F, M, W = "Courier", 28, 556
    pm = lambda d: money(d, ",", "trail")  # noqa: E731
    cw = 7.2 * 0.6

    def X(ch):
        return M + ch * cw

    def furniture(p, n):
        p.font(F, 7.2, "b")
        p.text(M, 36, "NORTH RIVER STATE MEDICAL ASSISTANCE        REMITTANCE AND STATUS REPORT")
        p.font(F, 7.2)
        p.text(M, 46, f"PAYEE: SPARROW KIDS THERAPY GROUP   PAYEE ID 0088123401   RA DATE 01/23/26   PAGE {n} OF {total or 0}")
        p.text(M, 56, "-" * 128)
        return 70

    fl = Flow(pen, 760, furniture)
    lay = [("li", "LI", 0, 3, "l"), ("fr", "FROM", 4, 6, "l"), ("to", "TO", 11, 6, "l"), ("pc", "PROC", 18, 5, "l"),
           ("m1", "MD1", 24, 3, "l"), ("m2", "MD2", 28, 3, "l"), ("u", "QTY", 32, 4, "r"), ("b", "CHRG", 37, 10, "r"),
           ("al", "ALWD", 48, 10, "r"), ("sp", "SPDN", 59, 8, "r"), ("pd", "PD-AMT", 68, 10, "r"),
           ("ar", "ARC", 80, 7, "l"), ("aa", "ARC-AMT", 88, 9, "r")]
    cols = [Col(k, h, n * cw, a, X(s) - (2 if a == "l" else -2 + 0)) for k, h, s, n, a in lay]
    for c in cols:
        if c.a == "r":
            c.x = c.x + 2
    lh = 9

    def head(c, cont):
        pen.font(F, 7.2, "b")
        pen.text(M, fl.y + 7, f"TCN {c.pcid}  CLIENT NAME {c.patient}  CLIENT NO {c.extra['id']}" + (" CONT" if cont else ""))
        pen.font(F, 7.2)
        b, pd = ctot(c, "billed", "paid")
        st = "VOID" if c.extra.get("v") else "PAID"
        pen.text(M, fl.y + 16, f"  PAT ACCT NO {c.claim_id}  STATUS {st}  CLM CHRG {pm(b)}  CLM PD {pm(pd)}")
        fl.y += 19

    def vals(c, s):
        v = {"li": f"{c.svcs.index(s) + 1:02d}", "fr": dfmt(s.dos, "mdy6"), "to": dfmt(s.dos, "mdy6"), "pc": s.code,
             "m1": s.mods[0] if s.mods else "", "m2": s.mods[1] if len(s.mods) > 1 else "", "u": E.units_str(abs(s.units)),
             "b": pm(s.billed), "al": pm(s.allowed), "sp": pm(s.owes), "pd": pm(s.paid)}
        if s.adjs:
            v["ar"] = [f"{g}-{r}" for g, r, a in s.adjs]
            v["aa"] = [pm(a) for g, r, a in s.adjs]
        return v

    def subs(c, s):
        return [(X(4), "EOB: " + " ".join(s.remarks), "")]

    def totals(c):
        pen.font(F, 7.2)
        b, al, pd, ow = ctot(c, "billed", "allowed", "paid", "owes")
        cells(pen, fl.y, cols, {"pc": "CLAIM TOTAL", "b": pm(b), "al": pm(al), "sp": pm(ow), "pd": pm(pd)}, lh)
        fl.y += lh
        T.claim(c.claim_id, c.pcid, c.patient, E.claim_totals(b, al, pd, ow))

    pen.font(F, 7.2, "b")
    pen.text(M, fl.y, "*** CLAIMS PAID/DENIED ***")
    fl.y += 8
    run_claims(pen, fl, T, claims[:3], cols, F=F, fs=7.2, lh=lh, head=head, vals=vals, subs=subs, M=M, W=W,
               chf=(F, 7.2, ""), chlh=9, rule=0, printed=("billed", "allowed", "paid", "patient_owes"),
               kw=lambda c, s: {"service_end": s.dos, "remarks": s.remarks, "adjustments": list(s.adjs)},
               totals=totals, gap=10)
    pen.font(F, 7.2, "b")
    fl.need(80)
    pen.text(M, fl.y, "*** ADJUSTMENTS / VOIDS ***")
    fl.y += 8
    run_claims(pen, fl, T, claims[3:], cols, F=F, fs=7.2, lh=lh, head=head, vals=vals, subs=subs, M=M, W=W,
               chf=(F, 7.2, ""), chlh=9, rule=0, printed=("billed", "allowed", "paid", "patient_owes"),
               kw=lambda c, s: {"service_end": s.dos, "remarks": s.remarks, "adjustments": list(s.adjs)},
               totals=totals, gap=10)
    fl.need(50)
    pen.font(F, 7.2)
    pen.text(M, fl.y, "EOB CODES:")
    fl.y += 9
    for k, t in T.legend:
        pen.text(M, fl.y, f" {k}  {t}")
        fl.y += 9
    pen.save()
    T.pages = fl.page
    return T, K.Fmt(money=pm, date=lambda d: dfmt(d, "mdy6"), adj=lambda g, r, a: [f"{g}-{r}", pm(a)])


# =============================================================================================== r01 / r02
def medicare_claims(prefix):
    jan = E.PlanState(ded_left=Decimal("283.00"))
    dec = E.PlanState(ded_left=ZERO)
    cl = [
        Cl("BRENNAN-WISE, HAROLD", "HLR-20031", f"{prefix}8114520", "", [
            S(J(1, 5), "97110", 2, ["GP"]), S(J(1, 5), "97112", 1, ["GP"]), S(J(1, 5), "97140", 1, ["GP", "59"])],
           {"mid": "4TT7XK2MN55", "st": jan}),
        Cl("LINDQVIST, MARGIT", "HLR-20044", f"{prefix}8114521", "", [
            S(J(1, 6), "97165", 1, ["GO"]), S(J(1, 8), "97530", 2, ["GO", "KX"]), S(J(1, 8), "97535", 1, ["GO", "CO"]),
            S(J(1, 13), "97530", 2, ["GO", "KX"])], {"mid": "7GH2WD9RK31", "st": dec}),
        Cl("ABERNATHY, CURTIS", "HLR-20052", f"{prefix}8114522", "", [
            S(J(1, 7), "97161", 1, ["GP"]), S(J(1, 7), "97110", 3, ["GP", "KX"]), S(J(1, 9), "97116", 2, ["GP", "CQ"]),
            S(J(1, 9), "G0283", 1, ["GP"], denied="CO")], {"mid": "2PQ8NA4XT67", "st": E.PlanState(ded_left=Decimal("60.00"))}),
    ]
    for c in cl:
        for s in c.svcs:
            E.medicare(s, c.extra["st"], deny_reason="97")
            s.remarks = ["M15"] if s.denied else ["N640"] if "KX" in s.mods else []
    return cl


def r01(path: Path, total: int | None):
    """Medicare-style standard paper remit reprinted by a practice-management system (fpdf2, DejaVu Mono, landscape)."""
    T = Truth("r01_spr_pm_reprint", "fpdf2",
              "Medicare Part B standard paper remittance reprinted from the ERA by practice-management software:"
              " NAME / MID / ACNT / ICN / ASG / MOA, REND PROV / FROM / THRU / POS / NOS / PROC / MODS / BILLED / ALLOWED /"
              " DEDUCT / COINS / GRP-RC-AMT (further adjustments stacked) / PROV PD, CLAIM TOTALS and NET.")
    T.all_adj = True
    T.seq_hidden = True
    claims = medicare_claims("22260")
    F, M, W = "DMono", 28, 736
    pen = Pen("fpdf2", path, LAND)
    fs = 7.2
    cw = pen_cw = None
    pen.font(F, fs)
    cw = pen.sw("0")

    def X(ch):
        return M + ch * cw

    def furniture(p, n):
        p.font(F, fs, "b")
        p.text(M, 32, "SUNCOAST MEDICARE ADMINISTRATIVE SERVICES (J9)      MEDICARE REMITTANCE NOTICE - PART B")
        p.font(F, fs)
        p.text(M, 42, f"PROVIDER #: 1447286010  HARBOR LIGHTS REHABILITATION  CHECK/EFT #: 884120017  DATE: 01/27/26  PAGE #: {n} OF {total or 0}")
        p.text(M, 52, "REPRINTED FROM 835 BY TIDEMARK PM 9.2 - FOR POSTING USE ONLY")
        p.text(M, 62, "=" * 168)
        return 74

    fl = Flow(pen, 580, furniture)
    lay = [("rp", "REND PROV", 0, 10, "l"), ("fr", "FROM", 11, 8, "l"), ("to", "THRU", 20, 8, "l"), ("ps", "POS", 29, 3, "l"),
           ("u", "NOS", 33, 3, "r"), ("pc", "PROC", 38, 5, "l"), ("md", "MODS", 44, 6, "l"), ("b", "BILLED", 51, 9, "r"),
           ("al", "ALLOWED", 61, 9, "r"), ("dd", "DEDUCT", 71, 8, "r"), ("ci", "COINS", 80, 8, "r"),
           ("gr", "GRP/RC", 90, 7, "l"), ("ga", "AMT", 97, 8, "r"), ("pd", "PROV PD", 107, 9, "r"), ("rm", "REM", 118, 6, "l")]
    cols = []
    for k, h, s, n, a in lay:
        c = Col(k, h, n * cw, a, X(s))
        if a == "l":
            c.x -= 2
        else:
            c.x += 2
        cols.append(c)
    lh = 9
    pm = lambda d: money(d, "")  # noqa: E731

    def head(c, cont):
        pen.font(F, fs)
        pen.text(M, fl.y + 7, f"NAME {c.patient:<22} MID {c.extra['mid']}  ACNT {c.claim_id:<10} ICN {c.pcid}  ASG Y  MOA MA01"
                 + ("  (CONT)" if cont else ""))
        fl.y += 11

    def vals(c, s):
        v = {"rp": "1588203117", "fr": dfmt(s.dos, "mdy2"), "to": dfmt(s.dos, "mdy2"), "ps": "11", "u": E.units_str(s.units),
             "pc": s.code, "md": " ".join(s.mods), "b": pm(s.billed), "al": pm(s.allowed), "dd": pm(s.deductible),
             "ci": pm(s.coinsurance), "pd": pm(s.paid), "rm": " ".join(s.remarks)}
        v["gr"] = [f"{g}-{r}" for g, r, a in s.adjs]
        v["ga"] = [pm(a) for g, r, a in s.adjs]
        return v

    def subs(c, s):
        return [(X(11), f"CNTL #: {c.claim_id}-{c.svcs.index(s) + 1:02d}", "")]

    def totals(c):
        b, al, dd, ci, pd, ow = ctot(c, "billed", "allowed", "deductible", "coinsurance", "paid", "owes")
        pen.font(F, fs)
        pen.text(M, fl.y + 7, f"PT RESP {pm(ow)}")
        cells(pen, fl.y, cols, {"pc": "CLAIM", "md": "TOTALS", "b": pm(b), "al": pm(al), "dd": pm(dd), "ci": pm(ci),
                                "pd": pm(pd)}, lh)
        fl.y += lh
        pen.text(M, fl.y + 7, f"ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00   NET {pm(pd)}")
        fl.y += lh + 2
        pen.text(M, fl.y + 7, "-" * 168)
        fl.y += 6
        T.claim(c.claim_id, c.pcid, c.patient, E.claim_totals(b, al, pd))

    run_claims(pen, fl, T, claims, cols, F=F, fs=fs, lh=lh, head=head, vals=vals, subs=subs, M=M, W=W,
               chf=(F, fs, ""), chlh=9, rule=0,
               printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
               kw=lambda c, s: {"service_end": s.dos, "remarks": s.remarks, "adjustments": list(s.adjs)},
               totals=totals, gap=6)
    fl.need(60)
    allc = [s for c in claims for s in c.svcs]
    pen.font(F, fs)
    pen.text(M, fl.y + 7, f"TOTALS: # OF CLAIMS 3  BILLED AMT {pm(tot(allc, 'billed'))}  ALLOWED AMT {pm(tot(allc, 'allowed'))}"
             f"  PROV PD AMT {pm(tot(allc, 'paid'))}  CHECK AMT {pm(tot(allc, 'paid'))}")
    fl.y += 20
    for t in ["GLOSSARY: Group, Reason, MOA, Remark and Adjustment Codes",
              "CO   Contractual obligation: amounts the provider may not bill to the patient.",
              "PR   Patient responsibility: amounts that may be billed to the patient or a supplemental plan.",
              "MA01 You may appeal this decision in writing within 120 days of this notice.",
              "N640 Exceeds the therapy threshold; the medical-necessity attestation was applied.",
              "M15  Separately billed service already included in another paid service."]:
        pen.text(M, fl.y, t)
        fl.y += 9
    pen.save()
    T.pages = fl.page
    return T, K.Fmt(money=pm, date=lambda d: dfmt(d, "mdy2"), adj=lambda g, r, a: [f"{g}-{r}", pm(a)])


def r02(path: Path, total: int | None):
    """Medicare-style remit printed by a clearinghouse (reportlab, Liberation Sans Narrow, portrait)."""
    T = Truth("r02_clearinghouse_medicare_remit", "reportlab",
              "Clearinghouse print of a Medicare Part B remittance: shaded claim header, Line / Rendering NPI / From /"
              " Thru / POS / Proc / Modifiers / Units / Billed / Allowed / Deductible / Coinsurance / Adj Grp-Rsn + Adj Amt"
              " stacked one per sub-row / Paid / RARC, patient responsibility per claim, provider-level adjustment.")
    T.all_adj = True
    T.seq_hidden = True
    claims = medicare_claims("22260")
    for c in claims:
        c.pcid = c.pcid.replace("22260", "22261")
    pen = Pen("reportlab", path, LETTER)
    F, M, W = "LNarrow", 30, 552

    def furniture(p, n):
        p.font(F, 12, "b")
        p.text(M, 42, "ClaimHarbor Remittance Viewer")
        p.font(F, 8)
        p.text(M, 53, "Payer: Suncoast Medicare Administrative Services (Part B)   Payee: Harbor Lights Rehabilitation  NPI 1447286010")
        p.text(M + W, 42, f"EFT 884120017  ·  01/27/2026", "r")
        p.text(M + W, 770, f"Page {n} of {total or 0}", "r")
        p.line(M, 58, M + W, 58, 0.8)
        return 72

    fl = Flow(pen, 750, furniture)
    cols = place([Col("ln", "Line", 20), Col("rp", "Rendering NPI", 48), Col("fr", "From", 40), Col("to", "Thru", 40),
                  Col("ps", "POS", 20), Col("pc", "Proc", 30), Col("md", "Modifiers", 40), Col("u", "Units", 24, "r"),
                  Col("b", "Billed", 40, "r"), Col("al", "Allowed", 40, "r"), Col("dd", "Deductible", 40, "r"),
                  Col("ci", "Coinsurance", 44, "r"), Col("gr", "Adj Grp-Rsn", 42, "c"), Col("ga", "Adj Amt", 36, "r"),
                  Col("pd", "Paid", 40, "r"), Col("rm", "RARC", 28, "c")], M)
    lh = 9.5

    def head(c, cont):
        pen.fill(M, fl.y, W, 24, 0.86)
        pen.font(F, 8.2, "b")
        pen.text(M + 4, fl.y + 10, f"Patient: {c.patient}" + ("  (continued)" if cont else ""))
        pen.text(M + 180, fl.y + 10, f"Patient Control #: {c.claim_id}")
        pen.text(M + 340, fl.y + 10, f"Payer Claim Control #: {c.pcid}")
        pen.font(F, 8)
        ow, pd = ctot(c, "owes", "paid")
        pen.text(M + 4, fl.y + 20, f"MBI: {c.extra['mid']}   Status: 1 - Processed as Primary   Patient Resp: {money(ow)}")
        fl.y += 28

    def vals(c, s):
        return {"ln": str(c.svcs.index(s) + 1), "rp": "1588203117", "fr": dfmt(s.dos, "mdy4"), "to": dfmt(s.dos, "mdy4"),
                "ps": "11", "pc": s.code, "md": " ".join(s.mods), "u": E.units_str(s.units), "b": money(s.billed),
                "al": money(s.allowed), "dd": money(s.deductible), "ci": money(s.coinsurance),
                "gr": [f"{g}-{r}" for g, r, a in s.adjs], "ga": [money(a) for g, r, a in s.adjs], "pd": money(s.paid),
                "rm": " ".join(s.remarks)}

    def totals(c):
        b, al, dd, ci, pd = ctot(c, "billed", "allowed", "deductible", "coinsurance", "paid")
        pen.font(F, 8, "b")
        cells(pen, fl.y, cols, {"md": "Claim Totals", "b": money(b), "al": money(al), "dd": money(dd), "ci": money(ci),
                                "pd": money(pd)}, lh)
        fl.y += lh + 2
        T.claim(c.claim_id, c.pcid, c.patient, E.claim_totals(b, al, pd))

    run_claims(pen, fl, T, claims, cols, F=F, fs=8, lh=lh, head=head, vals=vals, M=M, W=W, chf=(F, 7.6, "b"), chlh=9,
               printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
               kw=lambda c, s: {"service_end": s.dos, "remarks": s.remarks, "adjustments": list(s.adjs)},
               totals=totals, gap=12)
    fl.need(60)
    pen.font(F, 9, "b")
    pen.text(M, fl.y, "Provider Level Adjustments")
    fl.y += 11
    pen.font(F, 8)
    pen.text(M, fl.y, "Reason L6 (interest)   Reference 1447286010   Amount -1.84")
    fl.y += 16
    pen.font(F, 9, "b")
    pen.text(M, fl.y, "Remark codes")
    fl.y += 11
    pen.font(F, 8)
    for k, t in [("N640", "Therapy amount above the yearly threshold; the KX attestation was accepted."),
                 ("M15", "Billed apart from a service it is bundled into.")]:
        pen.text(M, fl.y, f"{k}  {t}")
        fl.y += 10
    pen.save()
    T.pages = fl.page
    return T, K.Fmt(money=money, date=lambda d: dfmt(d, "mdy4"), adj=lambda g, r, a: [f"{g}-{r}", money(a)])


# =============================================================================================== s01
def s01(path: Path, total: int | None):
    """Therapy clinic family (guarantor) statement (fpdf2, Liberation Sans, portrait)."""
    T = Truth("s01_clinic_guarantor_statement", "fpdf2",
              "Pediatric therapy clinic guarantor statement: account box, one band per child, Date / Inv # / Service /"
              " CPT / Mod / Qty / Charges / Ins Pmt / Ins Adj / Pt Resp, the insurer's claim number on an italic line"
              " under each invoice, an invoice pending at the insurer, payment rows, aging.")
    st = E.PlanState(ded_left=Decimal("120.00"))
    raw = [
        ("Mila Strand-Okoye", "INV-60211", "SKH 26011804417", [S(J(1, 5), "97165", 1, ["GO"]), S(J(1, 5), "97530", 2, ["GO"])]),
        ("Mila Strand-Okoye", "INV-60288", "SKH 26012504981", [S(J(1, 12), "97530", 3, ["GO"]), S(J(1, 12), "97533", 1, ["GO"])]),
        ("Mila Strand-Okoye", "INV-60345", None, [S(J(1, 26), "97530", 3, ["GO"]), S(J(1, 26), "97535", 1, ["GO"])]),
        ("Jonah Strand-Okoye", "INV-60219", "SKH 26011804502", [S(J(1, 6), "92523", 1, ["GN"])]),
        ("Jonah Strand-Okoye", "INV-60297", "SKH 26012505133", [S(J(1, 13), "92507", 1, ["GN"]), S(J(1, 20), "92507", 1, ["GN"])]),
        ("Jonah Strand-Okoye", "INV-60301", "SKH 26012505134", [S(J(1, 20), "92526", 1, ["GN"], denied="PR")]),
    ]
    claims = []
    for pat, inv, clm, svcs in raw:
        for s in svcs:
            if clm:
                E.commercial(s, st)
                if s.denied:
                    s.discount = ZERO
            else:
                s.paid = s.discount = s.owes = None
        claims.append(Cl(pat, inv, clm, "", svcs))
    pen = Pen("fpdf2", path, LETTER)
    F, M, W = "LSans", 36, 540

    def furniture(p, n):
        p.font(F, 13, "b")
        p.text(M, 44, "Little Lanterns Pediatric Therapy")
        p.font(F, 7.5)
        p.text(M, 54, "3100 Foundry St, Suite 4  ·  Dayton OH 45402  ·  Billing office (937) 555-0127")
        p.font(F, 10, "b")
        p.text(M + W, 44, "GUARANTOR STATEMENT", "r")
        p.font(F, 7.5)
        p.text(M + W, 54, f"Account 44017  ·  Page {n} of {total or 0}", "r")
        p.line(M, 60, M + W, 60, 0.8)
        return 76

    fl = Flow(pen, 750, furniture)
    due = sum((s.owes for c in claims for s in c.svcs if s.owes is not None), ZERO) - Decimal("40.00")
    pen.font(F, 9)
    for i, t in enumerate(["Adaeze Strand-Okoye", "1457 Wyoming Ave", "Dayton OH 45410"]):
        pen.text(M, fl.y + i * 11, t)
    pen.box(M + 330, fl.y - 10, 210, 50)
    pen.font(F, 8)
    for i, (k, v) in enumerate([("Statement date", "02/02/2026"), ("Guarantor account", "44017"),
                                ("Amount due", money(due)), ("Please pay by", "02/27/2026")]):
        pen.text(M + 336, fl.y + i * 11, k)
        pen.text(M + 534, fl.y + i * 11, v, "r")
    fl.y += 50
    cols = place([Col("d", "Date", 46), Col("iv", "Inv #", 52), Col("sv", "Service", 120), Col("cp", "CPT", 34),
                  Col("md", "Mod", 28), Col("u", "Qty", 22, "r"), Col("b", "Charges", 48, "r"), Col("ip", "Ins Pmt", 46, "r"),
                  Col("ia", "Ins Adj", 46, "r"), Col("pr", "Pt Resp", 46, "r")], M)
    lh = 10
    dash = lambda v: "--" if v is None else money(v)  # noqa: E731
    current = {"p": None}

    def head(c, cont):
        if current["p"] != c.patient or cont:
            pen.fill(M, fl.y, W, 14, 0.85)
            pen.font(F, 8.5, "b")
            pen.text(M + 4, fl.y + 10, f"Patient: {c.patient}" + ("  (continued)" if cont else ""))
            fl.y += 17
            current["p"] = c.patient
        else:
            fl.y += 2

    def vals(c, s):
        return {"d": dfmt(s.dos, "mdy2"), "iv": c.claim_id, "sv": E.DESC[s.code][:26], "cp": s.code, "md": " ".join(s.mods),
                "u": E.units_str(s.units), "b": money(s.billed), "ip": dash(s.paid), "ia": dash(s.discount),
                "pr": dash(s.owes)}

    def totals(c):
        pen.font(F, 7.6, "i")
        pen.gray(0.35)
        msg = (f"Billed to Summit Kids Health Plan 01/{c.svcs[0].dos.day + 3:02d}/26 · claim {c.pcid}" if c.pcid
               else "Billed to Summit Kids Health Plan 01/28/26 · awaiting insurance decision")
        pen.text(M + 98, fl.y + 8, msg)
        pen.gray(0)
        fl.y += 11
        T.claim(c.claim_id, c.pcid, c.patient, E.claim_totals())  # no invoice totals are printed

    def kw(c, s):
        if c.pcid:
            return {}
        return {"overrides": {"paid": None, "discount": None, "patient_owes": None}}
    # header row once per page
    def colhead():
        pen.font(F, 7.6, "b")
        fl.y += head_rows(pen, fl.y, cols, 9) + 1
        pen.line(M, fl.y, M + W, fl.y, 0.6)
        fl.y += 2
    colhead()
    for c in claims:
        for s in c.svcs:
            if s.paid is None:
                s.paid = s.discount = s.owes = ZERO
    run = lambda: None  # noqa: E731
    for c in claims:
        fl.need(40)
        head(c, False)
        fl.repeat = lambda c=c: (colhead(), head(c, True))
        for s in c.svcs:
            pen.font(F, 7.6)
            fl.need(lh + 2)
            y0 = fl.y
            v = vals(c, s)
            if not c.pcid:
                v.update({"ip": "--", "ia": "--", "pr": "--"})
            cells(pen, fl.y, cols, v, lh)
            fl.y += lh + 1
            row = tl(fl.page, s, c, ("billed", "paid", "discount", "patient_owes"), **kw(c, s))
            T.add(fl.page, [(y0, fl.y)], row)
        fl.repeat = None
        totals(c)
    fl.need(60)
    fl.y += 6
    pen.font(F, 8)
    pen.text(M + 98, fl.y, "01/30/26   Payment - thank you (card ending 4471)")
    pen.text(M + W - 2, fl.y, "(40.00)", "r")
    fl.y += 16
    pen.font(F, 8, "b")
    for i, (k, v) in enumerate([("Current", money(due)), ("31-60 days", "$0.00"), ("61-90 days", "$0.00"), ("Over 90", "$0.00")]):
        pen.text(M + i * 130, fl.y, f"{k}: {v}")
    fl.y += 14
    pen.font(F, 7.5)
    pen.text(M, fl.y, "Pt Resp is the amount your insurance says is your share (deductible, coinsurance or non-covered services).")
    pen.save()
    T.pages = fl.page
    for c in claims:
        if not c.pcid:
            for s in c.svcs:
                s.paid = s.discount = s.owes = None
    return T, K.Fmt(money=money, date=lambda d: dfmt(d, "mdy2"))


# =============================================================================================== s02
def s02(path: Path, total: int | None):
    """Hospital outpatient rehabilitation patient statement (reportlab, Liberation Serif, portrait)."""
    T = Truth("s02_hospital_rehab_statement", "reportlab",
              "Hospital patient statement: one section per hospital account (account no., patient, insurer claim no.),"
              " itemized Date / Rev Code / CPT-HCPCS / Mod / Description / Units / Charges, then account-level"
              " insurance payments and adjustments and the patient balance (no per-line insurance amounts).")
    accts = [
        Cl("Beatrix Hallorann", "300177445210", "WV2601-88120477", "", [
            S(J(1, 5), "97161", 1, ["GP"]), S(J(1, 5), "97110", 2, ["GP"]), S(J(1, 7), "97110", 2, ["GP"]),
            S(J(1, 7), "97140", 1, ["GP"]), S(J(1, 7), "97035", 1, ["GP"]), S(J(1, 12), "97110", 3, ["GP"]),
            S(J(1, 12), "97112", 1, ["GP", "59"]), S(J(1, 14), "97116", 2, ["GP"]), S(J(1, 14), "97018", 1, ["GP"])],
           {"ins": "Westvale Health Plan", "rev": {"97161": "0424", "97035": "0420"}}),
        Cl("Owen Hallorann", "300177512983", "WV2601-88125509", "", [
            S(J(1, 6), "97167", 1, ["GO"]), S(J(1, 8), "97530", 3, ["GO"]), S(J(1, 8), "97533", 1, ["GO"]),
            S(J(1, 13), "92523", 1, ["GN"]), S(J(1, 15), "97530", 2, ["GO"]), S(J(1, 15), "97763", 1, ["GO"])],
           {"ins": "Westvale Health Plan", "rev": {}}),
    ]
    pen = Pen("reportlab", path, LETTER)
    F, M, W = "LSerif", 40, 532

    def furniture(p, n):
        p.font(F, 14, "b")
        p.text(M, 46, "St. Brendan Regional Medical Center")
        p.font(F, 8)
        p.text(M, 57, "Outpatient Rehabilitation Services · Patient Financial Services · 1-866-555-0148")
        p.font(F, 11, "b")
        p.text(M + W, 46, "Patient Statement", "r")
        p.font(F, 8)
        p.text(M + W, 57, f"Guarantor no. G-7740195 · Page {n} of {total or 0}", "r")
        p.line(M, 62, M + W, 62, 0.8)
        return 80

    fl = Flow(pen, 745, furniture)
    cols = place([Col("d", "Date", 54), Col("rv", "Rev Code", 44), Col("cp", "CPT/HCPCS", 52), Col("md", "Mod", 40),
                  Col("ds", "Description", 220), Col("u", "Units", 40, "r"), Col("b", "Charges", 82, "r")], M)
    lh = 11
    grand = ZERO

    def head(c, cont):
        pen.fill(M, fl.y, W, 28, 0.9)
        pen.font(F, 9, "b")
        pen.text(M + 5, fl.y + 11, f"Hospital Account {c.claim_id}   Patient: {c.patient}" + (" (continued)" if cont else ""))
        pen.font(F, 8.5)
        pen.text(M + 5, fl.y + 23, f"Primary insurance: {c.extra['ins']}   Insurance claim # {c.pcid}")
        fl.y += 32

    def vals(c, s):
        return {"d": dfmt(s.dos, "mdy4"), "rv": c.extra["rev"].get(s.code, "0434" if "GO" in s.mods else
                                                                   "0444" if "GN" in s.mods else "0424"),
                "cp": s.code, "md": " ".join(s.mods), "ds": E.DESC[s.code], "u": E.units_str(s.units), "b": money(s.billed)}

    def totals(c):
        nonlocal grand
        b = tot(c.svcs, "billed")
        ins = q(b * Decimal("0.46"))
        adj = q(b * Decimal("0.38"))
        bal = b - ins - adj
        grand += bal
        pen.font(F, 9, "b")
        cells(pen, fl.y, cols, {"ds": "Total charges", "b": money(b)}, lh)
        fl.y += lh
        pen.font(F, 9)
        for k, v in [(f"Payment - {c.extra['ins']} 01/29/2026", money(-ins, "$", "()")),
                     ("Contractual adjustment - insurance", money(-adj, "$", "()")), ("Account balance", money(bal))]:
            cells(pen, fl.y, cols, {"ds": k, "b": v}, lh)
            fl.y += lh
        T.claim(c.claim_id, c.pcid, c.patient, E.claim_totals(b))

    run_claims(pen, fl, T, accts, cols, F=F, fs=9, lh=lh, head=head, vals=vals, M=M, W=W, chf=(F, 8.5, "b"), chlh=10,
               printed=("billed",), kw=lambda c, s: {}, totals=totals, gap=14)
    fl.need(50)
    pen.font(F, 10, "b")
    pen.text(M, fl.y, f"Amount due from you: {money(grand)}")
    fl.y += 14
    pen.font(F, 8.5)
    pen.text(M, fl.y, "Questions about these charges? Ask for an itemized bill or financial assistance at 1-866-555-0148.")
    pen.save()
    T.pages = fl.page
    return T, K.Fmt(money=money, date=lambda d: dfmt(d, "mdy4"))


# =============================================================================================== driver
LAYOUTS = [c01, c02, m01, m02, d01, d02, r01, r02, s01, s02]


def build(out: Path, fn):
    name = fn.__name__
    tmp = Path(tempfile.mkdtemp()) / f"{name}.pdf"
    T, _ = fn(tmp, None)
    T, fmt = fn(out / f"{T.name}.pdf", T.pages)
    T.write(out / f"{T.name}.pdf")
    return out / f"{T.name}.pdf", T, fmt


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="write held-out set 22 (synthetic PDF EOBs + truth)")
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args(argv)
    out = Path(a.out).resolve() if a.out else Path(tempfile.mkdtemp(prefix="heldout22_"))
    samples = (HERE.parents[1] / "samples").resolve()
    if samples in (out, *out.parents):
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    errs, nlines, npages = [], 0, 0
    for fn in LAYOUTS:
        pdf, T, fmt = build(out, fn)
        nlines += len(T.lines)
        npages += T.pages
        print(f"{pdf.name}: {len(T.lines)} lines, {len(T.claims)} claims, {T.pages} pages")
        if a.check:
            errs += K.check(pdf, T, fmt)
    print(f"{len(LAYOUTS)} files, {nlines} service lines, {npages} pages -> {out}")
    if a.check:
        for e in errs:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
