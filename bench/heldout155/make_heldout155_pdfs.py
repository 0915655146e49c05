"""Write held-out set 155 of synthetic PDF EOB layouts (with truth files) into a folder: an independent
measurement of the PDF reader on the five commonest real document kinds, two house styles each, written
without looking at the reader (only samples/pdf/eobgen.py and earlier generators' docstrings were read).

Run:  python bench/heldout155/make_heldout155_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout155/make_heldout155_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR                      (someone else runs this, once)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), ``<name>.pdf.truth.json``; printed values
only, null for what a layout does not print (units null where no quantity is printed, description null where no
description is printed, modifiers [] where none are printed); amounts are signed Decimal strings (a printed
"(45.00)", "45.00-" or "-45.00" is "-45.00"); adjustments [group, reason, amount] only where the row prints
them. claim_id = the provider's own account / patient-control / invoice / hospital account number,
payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the person served; on
statements not the guarantor). Claim totals are the ones the page prints (others null). No planted
mismatches: expected_findings is empty in every file. Every name, number, payer, provider, address and ID is
invented; descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed creation date, a
two-pass drawing for "Page n of N", no randomness). h155kit.py holds the small two-producer drawing layer.

Layouts:
  v1  commercial PPO member EOB for a household (3 family members), portrait DejaVu Serif, shaded right-hand
      sidebar (subscriber, deductible progress, phone); two-line headings "Billed / Plan price / Plan paid /
      Deductible / Copay / Coinsurance / Not covered / You owe / Notes", "97140 GP 59", description under the
      code, no units, a denied service, a claim running onto page 2 under a repeated heading (reportlab)
  v2  commercial open-access member EOB, landscape core Helvetica with a dark banner: "Amount Charged / Amount
      Saved / Covered Amount / Applied to Deductible / Copayment / Coinsurance / Not Covered / Member Respons.",
      Proc / Mod / Qty "2.0" columns, wrapped long descriptions, per-visit copay, plan payment printed per
      claim only, a reversed claim in parentheses continued onto page 2, its reprocessing (fpdf2)
  v3  Medicare Summary Notice Part B, portrait Liberation Sans: address and deductible boxes, claims under
      "January 7, 2026" + provider + "Claim Number", "Service Provided & Billing Code" as "Manual therapy
      (97140)" (no modifiers, no units), Service Approved? Yes/No, Maximum You May Be Billed, lettered notes,
      denials (reportlab)
  v4  Medicare Advantage HMO monthly member EOB mailed to a couple, landscape 10-pt Liberation Serif: member
      bands, "Claim number / Provider / Patient account no." headings, "97110-GP-CQ", Amount the provider
      billed / Plan-approved amount / Plan's share / Your share, visit copay, a non-covered item (fpdf2)
  v5  state Medicaid practitioner remittance statement, landscape core Courier: one row per line item
      repeating office account, client ID, client name and TCN, MM/DD/YY, PROC / MOD / UNITS, AMOUNT CHARGED /
      AMOUNT PAID / STATUS / ERRORS, PAID / DENIED / ADJUSTED sections, "285.00-" reversals, no claim totals
      (fpdf2)
  v6  state Medicaid remittance advice, portrait DejaVu Sans: boxed claim headings (member name, member no.,
      ICN, pat acct no., billed / allowed / paid, status), LI / SVC DATE / PROC / MODIFIERS / UNITS "2.00",
      stacked "CO 45 163.88" adjustments, member copay PR 3, a denied claim, credit and replacement (reportlab)
  v7  Medicare Part B standard paper remit printed by a clearinghouse, portrait Liberation Mono: NAME / MID /
      ACNT / ICN / ASG / MOA, SERV DATE "0106 010626", NOS units, stacked GRP/RC-AMT lines, REM line, PT RESP /
      CLAIM TOTALS / NET rows, a reversal, a 15-line claim continued on page 2 (fpdf2)
  v8  practice-management "ERA Posting Detail" of a Medicare payment, landscape core Helvetica: patient bands
      with ACC and ICN, DOS / CPT / Mods "GP,KX" / Units / Charge / Allowed / Deduct / Coins / Contractual /
      Seq Adj / Paid / Pt Resp, an "Adj: CO45 163.88  PR2 20.22" sub-line per service, a bundled denial, a
      takeback in parentheses (reportlab)
  v9  pediatric/family therapy clinic statement to a guarantor (3 children), portrait Liberation Sans Narrow:
      two-column top (address, summary box), payment stub at the foot of page 1, patient subheadings, invoice
      lines naming the insurer's claim number, "97530-GO", Units / Charge / Ins. Paid / Ins. Adj. / Your Share,
      visit balances only (reportlab)
  v10 hospital outpatient guarantor statement (3 family members), portrait DejaVu Sans Condensed: boxed
      account headings with the insurer's claim number, Date / Rev / CPT/HCPCS / Description / Qty / Charges,
      payer payment and contractual allowance as account-level rows (no per-line payment), a self-pay
      account, a return coupon on page 1, a 15-line account continued on page 2 (fpdf2)

The self-check (--check) tests the factory, never the reader: page counts; no page-number placeholder left;
each truth line's code (and where set, date) on the first text line of its printed row, and its date, units,
modifiers, every non-null amount (in the layout's own money format), adjustment codes and amounts, remarks and
description words inside that row's band; ids and patient in the document and at least one on the line's
page; the document's arithmetic (billed - adjustments = paid where every adjustment is printed; billed -
saved - not covered = allowed; charge - insurance paid - insurance adjustment = your share on the clinic
statement; approved - plan share = your share on the MA EOB); printed claim totals = sum of their lines and
really printed; at least 3 files with a claim continued onto the next page, >= 2 producers, >= 5 multi-page
files, two patients or more per file (except the MSN); and byte-identical output on a second build.
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money,  # noqa: E402
                    negate, q, total, truth_line, units_str, write_truth)
from h155kit import Doc, band_text, line_text, page_words  # noqa: E402

D = Decimal
J = date(2026, 1, 1)


def d(n: int) -> date:
    return J + timedelta(days=n - 1)


class Ctx:
    """One document under construction: drawing surface, truth lines, row bands for the self-check."""

    def __init__(self, name, producer, font, landscape=False, *, mfmt, dstyle, ufmt=units_str, date_where="row",
                 all_adj=False, code_fmt=None, adj_fmt=None, mod_where="row", desc=True):
        self.name, self.producer = name, producer
        self.doc = Doc(producer, font, landscape)
        self.lines, self.claims, self.legend, self.findings = [], [], [], []
        self.rows = []
        self.mfmt, self.dstyle, self.ufmt = mfmt, dstyle, ufmt
        self.date_where, self.all_adj = date_where, all_adj
        self.adj_fmt = adj_fmt or (lambda g, r, a: [f"{g}", f"{r}", mfmt(a)])
        self.mod_where = mod_where
        self.prints_desc = desc
        self.y = 0.0

    @property
    def page(self):
        return self.doc.pages

    def add(self, s: Svc, b0, b1, *, claim_id, pcid, patient, printed, units=True, modifiers=True, adjustments=None,
            remarks=None, first=None, overrides=None, service_end=None):
        t = truth_line(self.page, s, claim_id=claim_id, payer_claim_id=pcid, patient=patient, printed=printed,
                       units=units, modifiers=modifiers, adjustments=adjustments, remarks=remarks,
                       overrides=overrides, service_end=service_end, description=self.prints_desc)
        for k, v in list(t.items()):
            if v == "-0.00":
                t[k] = "0.00"
        t["adjustments"] = [[g, r, "0.00" if a == "-0.00" else a] for g, r, a in t["adjustments"]]
        self.lines.append(t)
        self.rows.append({"page": self.page, "b0": b0, "b1": b1, "first": first or [s.code]})
        return t

    def claim(self, claim_id, pcid, patient, **tot):
        self.claims.append({"claim_id": claim_id, "payer_claim_id": pcid, "patient": patient,
                            "totals": claim_totals(**tot)})

    def finish(self, out: Path, layout: str, description: str):
        p = out / f"{self.name}.pdf"
        self.doc.save(p)
        write_truth(p, layout, self.producer, self.doc.pages, description, self.lines, self.claims, self.legend,
                    self.findings)
        REG[self.name] = self
        return p


REG: dict[str, Ctx] = {}


def cols_text(c: Ctx, y, cols, vals, size, bold=False):
    """cols: list of (x, align); vals: strings (None/'' skipped)."""
    for (x, al), v in zip(cols, vals):
        if v:
            c.doc.text(x, y, v, size, bold, al)


# ================================================================ v1 commercial member EOB, sidebar (reportlab)

def v1(out: Path):
    c = Ctx("h155_v1_member_eob_sidebar", "reportlab", "DejaVuSerif", mfmt=lambda a: money(a, ","), dstyle="mdy2")
    doc = c.doc
    st = PlanState(ded_left=D("250.00"), coins_rate=D("0.20"), allowed_rate=D("0.78"))
    fam = [
        ("Tobias Vanterpool", "PA-558201", "E26011400317", [
            Svc(d(6), "97163", 1, ("GP",)), Svc(d(6), "97110", 2, ("GP",)), Svc(d(6), "97140", 1, ("GP", "59"))]),
        ("Marisol Vanterpool", "PA-558244", "E26011400422", [
            Svc(d(8), "97165", 1, ("GO",)), Svc(d(8), "97530", 2, ("GO",)), Svc(d(8), "97535", 1, ("GO",)),
            Svc(d(8), "97760", 1, ("GO",), desc=""), Svc(d(8), "L3807", 1, ("RT",))]),
        ("Ezra Vanterpool", "PA-558290", "E26011500093", [
            Svc(d(12), "92523", 1, ()), Svc(d(13), "92507", 1, ("GN",)), Svc(d(15), "92507", 1, ("GN",)),
            Svc(d(15), "97129", 1, (), denied="PR"), Svc(d(20), "92507", 1, ("GN",)),
            Svc(d(22), "92507", 1, ("GN",))]),
        ("Tobias Vanterpool", "PA-558377", "E26012000188", [
            Svc(d(20), "97110", 3, ("GP",)), Svc(d(20), "97112", 1, ("GP",)), Svc(d(20), "G0283", 1, ("GP",))]),
    ]
    for _, _, _, svcs in fam:
        for s in svcs:
            commercial(s, st, deny_reason="96")
    c.legend = [("K1", "Your plan's network price is lower than the billed amount; you are not billed the difference."),
                ("K4", "Applied toward your calendar-year deductible."),
                ("K7", "Your share of the cost for this service after the deductible."),
                ("N2", "Not a covered benefit under your plan; the provider may bill you.")]
    # columns in the main area (sidebar on the right, x 470-576)
    X = [(38, "l"), (78, "l"), (162, "r"), (200, "r"), (238, "r"), (272, "r"), (304, "r"), (338, "r"), (374, "r"),
         (414, "r"), (420, "l")]
    H1 = ["Date", "Service", "Billed", "Plan", "Plan", "Deduct-", "Copay", "Coins-", "Not", "You", "Notes"]
    H2 = ["", "", "", "price", "paid", "ible", "", "urance", "covered", "owe", ""]
    M = lambda a: money(a, ",")

    def header(first: bool):
        doc.new_page()
        doc.text(36, 40, "LAKESHORE MUTUAL HEALTH", 14, True)
        doc.text(36, 53, "Explanation of Benefits  -  THIS IS NOT A BILL", 8.5)
        doc.text(576, 40, f"Page {doc.pages} of {{nb}}", 7.5, False, "r")
        doc.text(576, 53, "Statement date: 02/02/26", 7.5, False, "r")
        doc.line(36, 60, 576, 60, 1.2)
        # sidebar
        doc.rect(466, 70, 110, 250 if first else 120, fill=0.93)
        sy = 84
        side = (["Subscriber", "Tobias Vanterpool", "Member ID", "LMH 4471 0926 00", "Group 77810-PPO", "",
                 "2026 progress", "Family deductible", "$250.00 of $500.00 met", "Out-of-pocket", "$611.55 of $4,000.00",
                 "", "Questions?", "1-800-555-0147", "Mon-Fri 8am-6pm CT"] if first else
                ["Member ID", "LMH 4471 0926 00", "", "Keep this statement", "with your records.", "", "1-800-555-0147"])
        for s in side:
            doc.text(472, sy, s, 6.8, s in ("Subscriber", "2026 progress", "Questions?"))
            sy += 10.5
        return 78 if not first else 150

    def thead(y):
        doc.rect(36, y - 9, 424, 22, fill=0.85, stroke=False)
        cols_text(c, y, X, H1, 6.5, True)
        cols_text(c, y + 8, X, H2, 6.5, True)
        return y + 22

    y = header(True)
    doc.text(36, 80, "Tobias Vanterpool", 9, True)
    doc.text(36, 91, "418 Heronwood Lane", 8)
    doc.text(36, 101, "Cedar Hollow, WI 53987", 8)
    doc.text(36, 124, "Claims we processed for your family from 01/01/26 through 01/31/26", 8.5, True)
    doc.text(36, 136, "Prices shown are what your network providers agreed to accept.", 7)
    y = 156
    provider = {"PA-558201": "Riverbend Physical Therapy", "PA-558244": "Northgate Hand & OT Studio",
                "PA-558290": "Little Voices Speech Center", "PA-558377": "Riverbend Physical Therapy"}
    for pat, acct, clm, svcs in fam:
        if y > 640:
            y = header(False)
        doc.text(36, y, f"Patient: {pat}", 8, True)
        doc.text(200, y, f"Claim ID {clm}", 7.5)
        y += 10
        doc.text(36, y, f"Provider: {provider[acct]}   Provider acct # {acct}", 7)
        y = thead(y + 12)
        for s in svcs:
            if y > 700:
                doc.text(36, y + 4, "Continued on next page", 7)
                y = header(False)
                doc.text(36, y, f"Patient: {pat}   Claim ID {clm} (continued)", 8, True)
                y = thead(y + 14)
            notes = ["N2"] if s.denied else (["K1"] + (["K4"] if s.deductible else []) + (["K7"] if s.coinsurance else []))
            vals = [dfmt(s.dos, "mdy2"), " ".join((s.code,) + s.mods), M(s.billed), M(s.allowed), M(s.paid),
                    M(s.deductible), M(s.copay), M(s.coinsurance), M(s.not_covered), M(s.owes), " ".join(notes)]
            cols_text(c, y, X, vals, 7)
            doc.text(78, y + 8.5, s.desc, 6)
            c.add(s, y, y + 8.5, claim_id=acct, pcid=clm, patient=pat,
                  printed=("billed", "allowed", "paid", "deductible", "copay", "coinsurance", "not_covered",
                           "patient_owes"), units=False, remarks=notes)
            doc.line(36, y + 12, 460, y + 12, 0.2)
            y += 19
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        cols_text(c, y, [X[0], X[2], X[3], X[4], X[9]], ["Claim totals", M(tb), M(ta), M(tp), M(to)], 7, True)
        c.claim(acct, clm, pat, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        y += 22
    doc.text(36, max(y, 700) + 10, "Notes: " + "  ".join(f"{k} {v}" for k, v in c.legend[:2]), 5.8)
    doc.text(36, max(y, 700) + 18, "       " + "  ".join(f"{k} {v}" for k, v in c.legend[2:]), 5.8)
    return c.finish(out, "member_eob_sidebar",
                    "Commercial PPO member EOB for a household, portrait DejaVu Serif with a shaded right sidebar; "
                    "two-line column headings, code and modifiers spaced, no units, a denied service, a claim that "
                    "runs onto page 2 with its heading repeated.")


# ================================================================ v2 commercial member EOB, landscape (fpdf2)

def wrap(doc: Doc, s: str, width: float, size: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if doc.width(t, size) > width and cur:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


def v2(out: Path):
    M = lambda a: money(a, "$", "()")
    c = Ctx("h155_v2_member_eob_landscape", "fpdf2", "Helvetica", True, mfmt=M, dstyle="mon",
            ufmt=lambda u: f"{u:.1f}")
    doc = c.doc
    from eobgen import LONG_DESC
    st = PlanState(ded_left=ZERO, visit_copay=D("25.00"), allowed_rate=D("0.74"))
    claims = [
        ("Priya Raghunathan-Cole", "Self", "HX-77120", "2026-0114-55021", [
            Svc(d(5), "97161", 1, ("GP",)), Svc(d(5), "97140", 2, ("GP",), desc=LONG_DESC["97140"]),
            Svc(d(5), "97110", 2, ("GP",), desc=LONG_DESC["97110"])]),
        ("Dev Raghunathan-Cole", "Son", "HX-77163", "2026-0116-55188", [
            Svc(d(9), "97166", 1, ("GO",)), Svc(d(9), "97530", 3, ("GO",), desc=LONG_DESC["97530"]),
            Svc(d(9), "97535", 1, ("GO",), desc=LONG_DESC["97535"])]),
        ("Anjali Raghunathan-Cole", "Daughter", "HX-77190", "2026-0121-56004", [
            Svc(d(14), "92507", 1, ("GN",)), Svc(d(14), "0552T", 1, (), desc=LONG_DESC["0552T"], denied="CO"),
            Svc(d(16), "92507", 1, ("GN",))]),
    ]
    for *_, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="B7")
    # a claim processed in December, reversed and reprocessed this month
    orig = [Svc(d(2), "97530", 2, ("GO", "59")), Svc(d(2), "97112", 1, ("GO",))]
    st2 = PlanState(visit_copay=D("25.00"), allowed_rate=D("0.74"))
    for s in orig:
        commercial(s, st2)
    rev = [negate(s) for s in orig]
    st3 = PlanState(visit_copay=D("25.00"), allowed_rate=D("0.80"))
    redo = [Svc(d(2), "97530", 2, ("GO", "59")), Svc(d(2), "97112", 1, ("GO",))]
    for s in redo:
        commercial(s, st3)
    claims.append(("Dev Raghunathan-Cole", "Son", "HX-76902", "2026-0102-50117", rev))
    claims.append(("Dev Raghunathan-Cole", "Son", "HX-76902", "2026-0128-57730", redo))
    c.legend = [("R10", "Amount above the price your in-network provider agreed to; not owed by you."),
                ("R22", "Fixed visit copayment under your plan."),
                ("R31", "Our contract with the provider does not allow billing you for this item."),
                ("R40", "Claim reversed so it could be processed again with corrected pricing.")]
    X = [(24, "l"), (82, "l"), (114, "l"), (150, "r"), (158, "l"), (362, "r"), (410, "r"), (458, "r"), (506, "r"),
         (552, "r"), (598, "r"), (644, "r"), (700, "r"), (708, "l")]
    H = [["Service", "Proc", "Mod", "Qty", "Description", "Amount", "Amount", "Covered", "Applied to", "Co-",
          "Co-", "Not", "Member", "Re-"],
         ["Date", "", "", "", "", "Charged", "Saved", "Amount", "Deductible", "payment", "insurance", "Covered",
          "Respons.", "mark"]]

    def header():
        doc.new_page()
        doc.rect(0, 0, 792, 34, fill=0.2, stroke=False)
        doc.pdf.set_text_color(255, 255, 255)
        doc.text(24, 22, "PINECREST HEALTH ALLIANCE", 15, True)
        doc.text(768, 22, "Your Explanation of Benefits", 11, False, "r")
        doc.pdf.set_text_color(0, 0, 0)
        doc.text(24, 48, "Primary member: Priya Raghunathan-Cole    Member ID: PHA-20931-774    Plan: Pinecrest Open Access 2500",
                 8)
        doc.text(768, 48, f"Page {doc.pages} of {{nb}}", 8, False, "r")
        return 62

    def thead(y):
        doc.line(24, y - 8, 768, y - 8, 0.8)
        cols_text(c, y, X, H[0], 6.8, True)
        cols_text(c, y + 8, X, H[1], 6.8, True)
        doc.line(24, y + 12, 768, y + 12, 0.8)
        return y + 24

    y = header()
    doc.text(24, y + 6, "This is not a bill. It shows how we handled claims received between January 1 and January 31, 2026.", 8.5)
    y += 26
    for pat, rel, acct, clm, svcs in claims:
        need = 30 + 12 * len(svcs)
        if y + need > 560 and pat != "Dev Raghunathan-Cole":
            y = header() + 8
        doc.rect(24, y - 10, 744, 26, fill=0.92, stroke=False)
        doc.text(28, y, f"Patient: {pat} ({rel})", 8.5, True)
        doc.text(300, y, f"Claim #: {clm}" + ("  (adjusted)" if svcs[0].billed < 0 else ""), 8)
        doc.text(500, y, f"Patient Account #: {acct}", 8)
        doc.text(28, y + 11, "Provider: " + ("Summit Street Rehabilitation, LLC" if rel != "Daughter" else
                                             "Bright Path Pediatric Speech"), 7.5)
        doc.text(500, y + 11, "Network status: In-network", 7.5)
        y = thead(y + 30)
        for s in svcs:
            dl = wrap(doc, s.desc, 180, 7)
            if y + 10 * len(dl) > 570:
                doc.text(24, y + 2, "Claim continues on the next page", 7)
                y = header() + 8
                doc.text(28, y, f"Patient: {pat} ({rel})   Claim #: {clm}   (continued)", 8, True)
                y = thead(y + 16)
            rem = ["R40"] if s.billed < 0 else (["R31"] if s.denied else (["R10"] + (["R22"] if s.copay else [])))
            vals = [dfmt(s.dos, "mon"), s.code, " ".join(s.mods), f"{s.units:.1f}", dl[0], M(s.billed),
                    M(s.discount), M(s.allowed), M(s.deductible), M(s.copay), M(s.coinsurance), M(s.not_covered),
                    M(s.owes), " ".join(rem)]
            cols_text(c, y, X, vals, 7)
            for k, extra in enumerate(dl[1:]):
                doc.text(158, y + 9 * (k + 1), extra, 7)
            b1 = y + 9 * (len(dl) - 1)
            c.add(s, y, b1, claim_id=acct, pcid=clm, patient=pat,
                  printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "not_covered",
                           "patient_owes"), remarks=rem,
                  first=[s.code, dfmt(s.dos, "mon")])
            y = b1 + 13
        tb, ta, to = (total(svcs, k) for k in ("billed", "allowed", "owes"))
        doc.line(300, y - 8, 768, y - 8, 0.3)
        cols_text(c, y, [(154, "l"), X[5][:2], X[7][:2], X[12][:2]],
                  ["Totals for this claim", M(tb), M(ta), M(to)], 7.5, True)
        tp = total(svcs, "paid")
        doc.text(768, y + 11, f"Pinecrest paid the provider {M(tp)}", 7.5, True, "r")
        c.claim(acct, clm, pat, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        y += 30
    doc.text(24, 572, "Remark codes: " + "  ".join(f"{k} - {v}" for k, v in c.legend[:2]), 6.5)
    doc.text(24, 581, "  ".join(f"{k} - {v}" for k, v in c.legend[2:]), 6.5)
    return c.finish(out, "member_eob_landscape",
                    "Commercial open-access member EOB, landscape core Helvetica, dark banner; Proc / Mod / Qty "
                    "columns, wrapped descriptions, per-visit copay, a contractual denial, a reversed claim shown "
                    "in parentheses and its reprocessing, claims for three family members.")


# ================================================================ v3 Medicare Summary Notice, Part B (reportlab)

def v3(out: Path):
    M = lambda a: money(a, "$")
    c = Ctx("h155_v3_msn_part_b", "reportlab", "LiberationSans", mfmt=M, dstyle="month", date_where="page")
    doc = c.doc
    ben = "Winifred A. Castellanos"
    st = PlanState(ded_left=D("120.00"))
    claims = [
        (d(7), "Meadowlark Outpatient Therapy", "26-007-40388-117", [
            Svc(d(7), "97163", 1, ("GP",)), Svc(d(7), "97110", 2, ("GP", "KX")), Svc(d(7), "97140", 1, ("GP",))]),
        (d(9), "Dr. Ansel Whitcombe, Orthopedics", "26-009-40711-302", [
            Svc(d(9), "99213", 1, ()), Svc(d(9), "L3807", 1, ("LT",), denied="CO")]),
        (d(14), "Meadowlark Outpatient Therapy", "26-014-41920-058", [
            Svc(d(14), "97110", 3, ("GP",)), Svc(d(14), "97112", 1, ("GP",)), Svc(d(14), "97530", 1, ("GP",)),
            Svc(d(14), "G0283", 1, ("GP",))]),
        (d(21), "Meadowlark Outpatient Therapy", "26-021-43106-221", [
            Svc(d(21), "97110", 2, ("GP",)), Svc(d(21), "97116", 2, ("GP",)), Svc(d(21), "97140", 1, ("GP",))]),
        (d(23), "Greenway Speech & Swallow Clinic", "26-023-43555-009", [
            Svc(d(23), "92523", 1, ("GN",)), Svc(d(23), "92526", 1, ("GN",)), Svc(d(23), "97129", 1, ("GN",)),
            Svc(d(23), "92507", 1, ("GN",), denied="PR")]),
    ]
    for *_, svcs in claims:
        for s in svcs:
            medicare(s, st, deny_reason="50")
    c.legend = [("A", "The amount Medicare paid the provider was cut by 2% under federal budget law."),
                ("B", "This approved amount went toward your yearly Part B deductible."),
                ("C", "Medicare does not pay for this item when billed this way; you are not responsible for it."),
                ("D", "Medicare found this service not medically needed. You may be billed; see appeal rights."),
                ("E", "Your provider stated this therapy beyond the yearly threshold was medically needed.")]
    X = [(40, "l"), (258, "c"), (340, "r"), (410, "r"), (462, "r"), (530, "r"), (540, "l")]

    def header():
        doc.new_page()
        doc.text(40, 42, "Medicare Summary Notice for Part B (Medical Insurance)", 13, True)
        doc.text(40, 56, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                 7.5)
        doc.text(572, 42, f"{ben.upper()}", 8, True, "r")
        doc.text(572, 56, f"Page {doc.pages} of {{nb}}", 8, False, "r")
        doc.line(40, 64, 572, 64, 1.5)
        return 84

    y = header()
    doc.rect(40, 76, 250, 120, lw=0.8)
    for i, t in enumerate([ben, "88 Tamarack Court, Apt 4", "Dunmore Falls, OR 97402", "", "Medicare Number",
                           "XXX-XX-7312A", "Dates of Service: 01/01/2026 - 01/31/2026"]):
        doc.text(48, 92 + 12 * i, t, 8.5, i in (0, 4))
    doc.rect(310, 76, 262, 120, fill=0.92, lw=0.8)
    pd = sum(total(s, "paid") for *_, s in claims)
    mx = sum(total(s, "owes") for *_, s in claims)
    for i, (a, b) in enumerate([("Your Deductible Status", ""), ("Part B deductible met", "$120.00 of $283.00"),
                                ("", ""), ("Total Medicare paid providers", M(pd)),
                                ("Total you may be billed", M(mx)), ("", ""),
                                ("Did you get the services listed?", "Call us if not.")]):
        doc.text(318, 92 + 12 * i, a, 8.5, i == 0)
        doc.text(564, 92 + 12 * i, b, 8.5, False, "r")
    y = 222
    doc.text(40, y, "Your Claims & Costs This Period", 12, True)
    y += 20

    def thead(y):
        doc.rect(40, y - 10, 532, 30, fill=0.85, stroke=False)
        heads = [("Service Provided & Billing Code", ""), ("Service", "Approved?"), ("Amount Provider", "Charged"),
                 ("Medicare-Approved", "Amount"), ("Medicare", "Paid"), ("Maximum You May", "Be Billed"),
                 ("See", "Notes")]
        for (x, al), (h1, h2) in zip(X, heads):
            doc.text(x, y, h1, 7, True, al)
            doc.text(x, y + 9, h2, 7, True, al)
        return y + 28

    for dos, prov, clm, svcs in claims:
        if y > 640:
            y = header()
        doc.text(40, y, f"{dfmt(dos, 'month')}", 10, True)
        y += 13
        doc.text(40, y, f"{prov}", 8.5, True)
        doc.text(360, y, f"Claim Number: {clm}", 8)
        y += 11
        doc.text(40, y, "Referring provider: Dr. Lorna Pettibone", 7.5)
        y = thead(y + 14)
        for s in svcs:
            if y > 720:
                y = header()
                doc.text(40, y, f"{dfmt(dos, 'month')} {prov} - Claim Number: {clm} (continued)", 8.5, True)
                y = thead(y + 16)
            notes = (["C"] if s.denied == "CO" else ["D"]) if s.denied else \
                (["A"] + (["B"] if s.deductible else []) + (["E"] if "KX" in s.mods else []))
            label = f"{s.desc} ({s.code})"
            lab = wrap(doc, label, 200, 7.5)
            vals = [lab[0], "No" if s.denied else "Yes", M(s.billed), M(s.allowed), M(s.paid), M(s.owes),
                    ", ".join(notes)]
            cols_text(c, y, X, vals, 7.5)
            for k, extra in enumerate(lab[1:]):
                doc.text(40, y + 9 * (k + 1), extra, 7.5)
            b1 = y + 9 * (len(lab) - 1)
            c.add(s, y, b1, claim_id=None, pcid=clm, patient=ben, printed=("billed", "allowed", "paid", "patient_owes"),
                  units=False, modifiers=False, remarks=notes, first=[label.split()[0]])
            c.rows[-1]["row"] = [s.code]
            doc.line(40, b1 + 4, 572, b1 + 4, 0.2)
            y = b1 + 14
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        cols_text(c, y, [X[0], X[2], X[3], X[4], X[5]], ["Total for this claim", M(tb), M(ta), M(tp), M(to)], 7.5, True)
        c.claim(None, clm, ben, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        y += 26
    if y > 660:
        y = header()
    doc.text(40, y, "Notes for Claims Above", 10, True)
    y += 13
    for k, v in c.legend:
        doc.text(40, y, f"{k}   {v}", 7.5)
        y += 10
    doc.text(40, y + 10, "If you disagree with a coverage decision, you may file an appeal within 120 days of the date on "
             "this notice.", 7.5)
    return c.finish(out, "msn_part_b",
                    "Medicare Summary Notice Part B, portrait Liberation Sans: address and deductible boxes, claims "
                    "grouped under the service date and provider, code in parentheses after the description (no "
                    "modifiers or units printed), Service Approved Yes/No, lettered notes, denials, a claim "
                    "continued on the next page.")


# ================================================================ v4 Medicare Advantage member EOB (fpdf2)

def v4(out: Path):
    M = lambda a: money(a, "$")
    c = Ctx("h155_v4_ma_member_eob", "fpdf2", "LiberationSerif", True, mfmt=M, dstyle="mdy4")
    doc = c.doc
    members = [
        ("Bernard Okafor-Lindqvist", "M44091877-01", [
            ("SRT-120551", "MA26011900871", "Sandstone Rehab & Therapy", [
                Svc(d(6), "97161", 1, ("GP",)), Svc(d(6), "97110", 2, ("GP",)), Svc(d(6), "97140", 1, ("GP", "59"))]),
            ("SRT-120602", "MA26012200134", "Sandstone Rehab & Therapy", [
                Svc(d(13), "97110", 2, ("GP", "CQ")), Svc(d(13), "97112", 1, ("GP", "CQ")), Svc(d(13), "97530", 1, ("GP",)),
                Svc(d(13), "G0283", 1, ("GP",))]),
            ("SRT-120655", "MA26012700520", "Sandstone Rehab & Therapy", [
                Svc(d(20), "97110", 2, ("GP",)), Svc(d(20), "97116", 1, ("GP",)), Svc(d(20), "0552T", 1, (), denied="PR")]),
        ]),
        ("Ingrid Okafor-Lindqvist", "M44091877-02", [
            ("HHC-88014", "MA26012000602", "Harborside Hand Center", [
                Svc(d(8), "97167", 1, ("GO",)), Svc(d(8), "97760", 1, ("GO",)), Svc(d(8), "L3807", 1, ("LT",))]),
            ("HHC-88091", "MA26012800045", "Harborside Hand Center", [
                Svc(d(22), "97530", 2, ("GO", "CO")), Svc(d(22), "97535", 1, ("GO",)), Svc(d(22), "97168", 1, ("GO",))]),
        ]),
    ]
    for _, _, cl in members:
        for *_, svcs in cl:
            st = PlanState(visit_copay=D("20.00"))
            for s in svcs:
                medicare(s, st, sequestration=False, deny_reason="96")
                if not s.denied:  # plan: approved amount less the visit copay, no coinsurance
                    s.paid += s.coinsurance
                    s.owes -= s.coinsurance
                    s.coinsurance = ZERO
            # visit copay on the first covered line
            first = next(s for s in svcs if not s.denied)
            first.copay = D("20.00")
            first.paid -= first.copay
            first.owes += first.copay
    c.legend = [("1", "Amount the plan approved for this covered service."),
                ("2", "You pay a fixed copay for each outpatient rehabilitation visit."),
                ("3", "This item is not covered by your plan. You may have to pay for it; see appeal rights."),
                ("4", "Therapy assistant service; paid at the reduced rate in your plan's contract.")]
    X = [(36, "l"), (104, "l"), (184, "l"), (480, "r"), (570, "r"), (646, "r"), (712, "r"), (724, "l")]

    def header():
        doc.new_page()
        doc.text(36, 42, "SILVER HERON MEDICARE ADVANTAGE (HMO)", 13, True)
        doc.text(36, 56, "Explanation of Benefits for medical services - January 2026", 10)
        doc.text(756, 42, f"Page {doc.pages} of {{nb}}", 9, False, "r")
        doc.line(36, 63, 756, 63, 1)
        return 82

    def thead(y):
        heads = [("Date of", "service"), ("Service", "code"), ("Description of service", ""),
                 ("Amount the", "provider billed"), ("Plan-approved", "amount"), ("Plan's", "share"),
                 ("Your", "share"), ("", "Notes")]
        doc.line(36, y - 10, 756, y - 10, 0.6)
        for (x, al), (h1, h2) in zip(X, heads):
            doc.text(x, y, h1, 9.5, True, al)
            doc.text(x, y + 11, h2, 9.5, True, al)
        doc.line(36, y + 15, 756, y + 15, 0.6)
        return y + 29

    y = header()
    doc.text(36, y, "Mailed to: Bernard and Ingrid Okafor-Lindqvist, 51 Quarry Ridge Road, Elmstead, VT 05488", 9)
    y += 20
    for name, mid, cl in members:
        if y > 440:
            y = header()
        doc.rect(36, y - 12, 720, 18, fill=0.88, stroke=False)
        doc.text(40, y, f"Claims for {name}    Member ID {mid}", 10, True)
        y += 22
        for acct, clm, prov, svcs in cl:
            if y > 470:
                y = header()
            doc.text(36, y, f"Claim number {clm}", 10, True)
            doc.text(260, y, f"Provider: {prov}", 10)
            doc.text(756, y, f"Patient account no. {acct}", 10, False, "r")
            y = thead(y + 16)
            for s in svcs:
                if y > 545:
                    y = header()
                    doc.text(36, y, f"Claims for {name} - claim number {clm}, continued", 9, True)
                    y = thead(y + 16)
                notes = ["3"] if s.denied else (["1"] + (["2"] if s.copay else []) + (["4"] if "CQ" in s.mods
                                                                                     or "CO" in s.mods else []))
                vals = [dfmt(s.dos, "mdy4"), "-".join((s.code,) + s.mods), s.desc, M(s.billed), M(s.allowed),
                        M(s.paid), M(s.owes), ",".join(notes)]
                cols_text(c, y, X, vals, 10)
                c.add(s, y, y, claim_id=acct, pcid=clm, patient=name,
                      printed=("billed", "allowed", "paid", "patient_owes"), units=False, remarks=notes)
                y += 15
            tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
            doc.line(300, y - 9, 756, y - 9, 0.3)
            cols_text(c, y, [(148, "l"), X[3], X[4], X[5], X[6]], ["Claim total", M(tb), M(ta), M(tp), M(to)], 10, True)
            c.claim(acct, clm, name, billed=tb, allowed=ta, paid=tp, patient_owes=to)
            y += 24
    if y > 520:
        y = header()
    doc.text(36, y, "Notes about your claims", 10, True)
    for k, v in c.legend:
        y += 11
        doc.text(36, y, f"{k}  {v}", 9)
    doc.text(36, 590, "This is not a bill. Silver Heron Health Plans is an HMO with a Medicare contract. Y9920_EOB26_M", 7)
    return c.finish(out, "ma_member_eob",
                    "Medicare Advantage HMO monthly member EOB for a couple, landscape 10-pt Liberation Serif: member bands, "
                    "claim number / provider / patient account headings, code-modifier joined by hyphens, per-visit "
                    "copay, therapy-assistant modifiers, a non-covered item, claim continued on a new page.")


# ================================================================ v5 state Medicaid RA, line-per-row (fpdf2 Courier)

def v5(out: Path):
    M = lambda a: money(a, ",", "trail")
    c = Ctx("h155_v5_medicaid_ra_rows", "fpdf2", "Courier", True, mfmt=M, dstyle="mdy2", desc=False)
    doc = c.doc
    data = [  # (office account, client id, client name, tcn, [svcs])
        ("K0417-2", "TX55201R", "BRANNIGAN, OLIVE", "26019-000417-2-0", [
            Svc(d(5), "97165", 1, ("GO",)), Svc(d(5), "97530", 2, ("GO",))]),
        ("K0417-3", "TX55201R", "BRANNIGAN, OLIVE", "26019-000418-1-0", [
            Svc(d(12), "97530", 3, ("GO",)), Svc(d(12), "97535", 1, ("GO",)), Svc(d(12), "97110", 1, ("GO", "59"))]),
        ("K0422-1", "WQ88016M", "NAKASHIMA, THEO", "26019-000431-7-0", [
            Svc(d(6), "92523", 1, ()), Svc(d(8), "92507", 1, ("GN",)), Svc(d(13), "92507", 1, ("GN",)),
            Svc(d(15), "92507", 1, ("GN",)), Svc(d(20), "92507", 1, ("GN",)), Svc(d(22), "92507", 1, ("GN",))]),
        ("K0425-1", "RB30975K", "OYELARAN, DESTINY", "26019-000440-3-0", [
            Svc(d(7), "97161", 1, ("GP",)), Svc(d(7), "97110", 2, ("GP",)), Svc(d(7), "97112", 2, ("GP",)),
            Svc(d(9), "97110", 2, ("GP",)), Svc(d(9), "97140", 1, ("GP",)), Svc(d(14), "97110", 2, ("GP",)),
            Svc(d(14), "97116", 2, ("GP",)), Svc(d(16), "97110", 3, ("GP",)), Svc(d(16), "97140", 1, ("GP",))]),
        ("K0430-4", "LM71140P", "FITZWATER, SAMUEL", "26019-000452-9-0", [
            Svc(d(8), "97166", 1, ("GO",)), Svc(d(8), "97530", 2, ("GO",)), Svc(d(8), "97760", 1, ("GO",)),
            Svc(d(8), "L3807", 1, ("LT",)), Svc(d(21), "97530", 2, ("GO",)), Svc(d(21), "97535", 2, ("GO",))]),
    ]
    denied = [
        ("K0431-1", "LM71140P", "FITZWATER, SAMUEL", "26019-000460-0-0", [
            Svc(d(23), "97530", 2, ("GO",), denied="CO"), Svc(d(23), "0552T", 1, (), denied="CO")]),
        ("K0433-2", "QA20188D", "ESTRELLA-MOON, RUBY", "26019-000466-2-0", [
            Svc(d(10), "92526", 1, (), denied="CO"), Svc(d(10), "97129", 2, (), denied="CO")]),
    ]
    orig = [Svc(d(2), "97530", 3, ("GO",)), Svc(d(2), "97110", 2, ("GO",))]
    for s in orig:
        medicaid(s)
    rev = [negate(s) for s in orig]
    repl = [Svc(d(2), "97530", 4, ("GO",)), Svc(d(2), "97110", 2, ("GO",))]
    for *_, svcs in data:
        for s in svcs:
            medicaid(s)
    for s in repl:
        medicaid(s)
    for *_, svcs in denied:
        for s in svcs:
            medicaid(s)
    err_paid = {"97760": ["00412"], "L3807": ["00412"]}
    err_den = {"97530": ["01218", "00162"], "0552T": ["00905"], "92526": ["02144"], "97129": ["02144", "00162"]}
    c.legend = [("00162", "SERVICE EXCEEDS UNITS ALLOWED WITHOUT PRIOR APPROVAL"),
                ("00412", "PRICED AT STATE MAXIMUM FEE FOR THIS PROCEDURE"),
                ("00905", "PROCEDURE NOT PAYABLE UNDER THIS PROGRAM"),
                ("01218", "DUPLICATE OF A CLAIM ALREADY PAID"),
                ("02144", "RECIPIENT ENROLLED IN MANAGED CARE PLAN ON DATE OF SERVICE"),
                ("09002", "ADJUSTMENT - REPRICED AT CORRECTED UNIT COUNT")]
    head = f"{'LN':<3}{'OFFICE ACCT NO':<15}{'CLIENT ID':<11}{'CLIENT NAME':<22}{'TCN':<19}{'DATE OF':<9}" \
           f"{'PROC':<6}{'MOD':<7}{'UNITS':>6}{'AMOUNT':>13}{'AMOUNT':>12}  {'STATUS':<7}{'ERRORS'}"
    head2 = f"{'':<3}{'':<15}{'':<11}{'':<22}{'':<19}{'SERVICE':<9}{'CODE':<6}{'':<7}{'':>6}{'CHARGED':>13}" \
            f"{'PAID':>12}"
    state = {"y": 0}

    def page_head(section):
        doc.new_page()
        doc.text(24, 30, "STATE OF TALLGRASS  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", 8, True)
        doc.text(768, 30, f"PAGE {doc.pages:>3} OF {{nb}}", 8, False, "r")
        doc.text(24, 41, "PROVIDER REMITTANCE STATEMENT - PRACTITIONER CLAIM DETAIL", 8)
        doc.text(768, 41, "CYCLE 2604  DATE 01/26/26", 8, False, "r")
        doc.text(24, 52, "PROVIDER: KESTREL BAY THERAPY SERVICES   MMIS ID 00771342   NPI 1669402281", 8)
        doc.text(24, 70, section, 8, True)
        doc.text(24, 84, head, 7.5, True)
        doc.text(24, 93, head2, 7.5, True)
        doc.line(24, 97, 768, 97, 0.5)
        state["y"] = 108

    def row(ln, acct, cid, name, tcn, s, status, errs, section):
        if state["y"] > 560:
            page_head(section + " (CONTINUED)")
        y = state["y"]
        txt = f"{ln:<3}{acct:<15}{cid:<11}{name:<22}{tcn:<19}{dfmt(s.dos, 'mdy2'):<9}{s.code:<6}" \
              f"{' '.join(s.mods):<7}{units_str(s.units):>6}{M(s.billed):>13}{M(s.paid):>12}  {status:<7}" \
              f"{' '.join(errs)}"
        doc.text(24, y, txt, 7.5)
        c.add(s, y, y, claim_id=acct, pcid=tcn, patient=name, printed=("billed", "paid"), remarks=errs)
        state["y"] += 11

    def subtotal(label, amt_b, amt_p):
        doc.text(24, state["y"] + 2, f"{'':<3}{label:<76}{'':<13}{M(amt_b):>13}{M(amt_p):>12}", 7.5, True)
        state["y"] += 22

    sec = "CLAIM STATUS: PAID"
    page_head(sec)
    tb = tp = ZERO
    for acct, cid, name, tcn, svcs in data:
        for i, s in enumerate(svcs, 1):
            row(f"{i:02d}", acct, cid, name, tcn, s, "PAID", err_paid.get(s.code, []), sec)
            c.claim(acct, tcn, name) if i == len(svcs) else None
        tb += total(svcs, "billed")
        tp += total(svcs, "paid")
        state["y"] += 4
    subtotal("TOTAL PAID CLAIMS", tb, tp)
    sec = "CLAIM STATUS: DENIED"
    if state["y"] > 500:
        page_head(sec)
    else:
        doc.text(24, state["y"], sec, 8, True)
        state["y"] += 14
    tb = tp = ZERO
    for acct, cid, name, tcn, svcs in denied:
        for i, s in enumerate(svcs, 1):
            row(f"{i:02d}", acct, cid, name, tcn, s, "DENY", err_den[s.code], sec)
        c.claim(acct, tcn, name)
        tb += total(svcs, "billed")
        state["y"] += 4
    subtotal("TOTAL DENIED CLAIMS", tb, ZERO)
    sec = "CLAIM STATUS: ADJUSTED (ORIGINAL CLAIM REVERSED / ADJUSTMENT PAID)"
    if state["y"] > 480:
        page_head(sec)
    else:
        doc.text(24, state["y"], sec, 8, True)
        state["y"] += 14
    for i, s in enumerate(rev, 1):
        row(f"{i:02d}", "K0409-1", "TX55201R", "BRANNIGAN, OLIVE", "26005-000388-4-0", s, "ORIG", ["09002"], sec)
    c.claim("K0409-1", "26005-000388-4-0", "BRANNIGAN, OLIVE")
    for i, s in enumerate(repl, 1):
        row(f"{i:02d}", "K0409-1", "TX55201R", "BRANNIGAN, OLIVE", "26019-000470-4-1", s, "ADJ", ["09002"], sec)
    c.claim("K0409-1", "26019-000470-4-1", "BRANNIGAN, OLIVE")
    net = total(rev, "paid") + total(repl, "paid")
    subtotal("NET ADJUSTMENT AMOUNT", total(rev, "billed") + total(repl, "billed"), net)
    y = state["y"]
    if y > 480:
        page_head("EDIT CODE MESSAGES")
        y = state["y"]
    doc.text(24, y, "ERROR CODE   MESSAGE", 8, True)
    for k, v in c.legend:
        y += 10
        doc.text(24, y, f"{k:<13}{v}", 7.5)
    return c.finish(out, "medicaid_ra_rows",
                    "State Medicaid practitioner remittance statement, landscape core Courier: one row per line "
                    "item repeating office account, client ID, client name and TCN; PAID / DENIED / ADJUSTED "
                    "sections with status and error codes; reversal amounts with a trailing minus; header repeated "
                    "on each page; no per-claim totals.")


# ================================================================ v6 state Medicaid RA, claim blocks (reportlab)

def v6(out: Path):
    M = lambda a: money(a, ",", "-")
    c = Ctx("h155_v6_medicaid_ra_blocks", "reportlab", "DejaVuSans", mfmt=M, dstyle="mdy2", all_adj=True,
            desc=False)
    doc = c.doc

    def mcd(svcs, copay):
        for i, s in enumerate(svcs):
            medicaid(s, deny_reason="B5")
            if copay and i == 0 and not s.denied:
                s.copay = D("2.00")
                s.paid -= s.copay
                s.owes = s.copay
                s.adjs.append(("PR", "3", s.copay))
        return svcs

    paid = [
        ("Halvorsen, Beatrix", "510044871203", "2226012004417", "BH0105", mcd([
            Svc(d(5), "97163", 1, ("GP",)), Svc(d(5), "97110", 2, ("GP",)), Svc(d(5), "97140", 1, ("GP", "59")),
            Svc(d(5), "97112", 1, ("GP",))], True)),
        ("Halvorsen, Kai", "510044871290", "2226012004418", "KH0107", mcd([
            Svc(d(7), "97165", 1, ("GO",)), Svc(d(7), "97530", 3, ("GO",)), Svc(d(7), "97535", 1, ("GO",))], False)),
        ("Mbeki-Sorensen, Lila", "510061130044", "2226012004502", "LM0112", mcd([
            Svc(d(12), "92507", 1, ("GN",)), Svc(d(12), "92526", 1, ("GN",))], False)),
        ("Quintero, Amos", "510073308861", "2226012004733", "AQ0114", mcd([
            Svc(d(14), "97110", 3, ("GP", "CQ")), Svc(d(14), "97116", 2, ("GP", "CQ")), Svc(d(14), "G0283", 1, ("GP",)),
            Svc(d(14), "97140", 1, ("GP",))], True)),
        ("Halvorsen, Kai", "510044871290", "2226012004860", "KH0121", mcd([
            Svc(d(21), "97530", 2, ("GO",)), Svc(d(21), "97110", 1, ("GO",)), Svc(d(21), "97535", 2, ("GO",)),
            Svc(d(21), "97168", 1, ("GO",))], False)),
    ]
    denied = [("Quintero, Amos", "510073308861", "2226012004911", "AQ0116", mcd([
        Svc(d(16), "97110", 2, ("GP",), denied="CO"), Svc(d(16), "97116", 1, ("GP",), denied="CO")], False))]
    o = mcd([Svc(d(2), "97530", 2, ("GO",)), Svc(d(2), "97535", 1, ("GO",))], False)
    adjusted = [("Halvorsen, Kai", "510044871290", "2225365001287", "KH0102", [negate(s) for s in o]),
                ("Halvorsen, Kai", "510044871290", "2226012005020", "KH0102",
                 mcd([Svc(d(2), "97530", 2, ("GO",)), Svc(d(2), "97535", 2, ("GO",))], False))]
    c.legend = [("CO 45", "Charge exceeds the program's maximum allowable fee."),
                ("CO B5", "Coverage or program guidelines were not met (therapy visit limit)."),
                ("PR 3", "Member cost sharing (copay) for this service.")]
    X = [(40, "l"), (58, "l"), (104, "l"), (138, "l"), (204, "r"), (252, "r"), (306, "r"), (348, "r"), (392, "r"),
         (402, "l")]
    state = {"y": 0}

    def page_head():
        doc.new_page()
        doc.text(40, 40, "GRANITE STATE MEDICAL ASSISTANCE", 12, True)
        doc.text(40, 53, "Remittance Advice", 10)
        for i, t in enumerate(["R.A. NUMBER 0007731904", "PAYMENT DATE 01/27/2026", "EFT NUMBER 000412208",
                               f"PAGE {doc.pages} OF {{nb}}"]):
            doc.text(572, 40 + 10 * i, t, 7, False, "r")
        doc.text(40, 70, "PROVIDER  ALDER CREEK PEDIATRIC & ADULT REHAB     PROVIDER ID 2004418770", 7)
        doc.line(40, 78, 572, 78, 1.0)
        state["y"] = 94

    def thead(y):
        heads = ["LI", "SVC DATE", "PROC", "MODIFIERS", "UNITS", "BILLED AMT", "ALLOWED AMT", "COPAY AMT",
                 "PAID AMT", "ARC  GRP  RSN  AMOUNT"]
        cols_text(c, y, X, heads, 6.0, True)
        doc.line(40, y + 3, 572, y + 3, 0.3)
        return y + 12

    def block(title, claims, status):
        if state["y"] > 640:
            page_head()
        doc.rect(40, state["y"] - 9, 532, 13, fill=0.82, stroke=False)
        doc.text(44, state["y"], title, 8, True)
        state["y"] += 18
        for name, mid, icn, acct, svcs in claims:
            if state["y"] + 40 + 10 * len(svcs) > 740:
                page_head()
            y = state["y"]
            doc.rect(40, y - 9, 532, 28, lw=0.4)
            tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
            doc.text(44, y, f"MEMBER NAME {name.upper()}", 7, True)
            doc.text(250, y, f"MEMBER NO. {mid}", 7)
            doc.text(400, y, f"ICN {icn}", 7)
            doc.text(44, y + 11, f"PAT ACCT NO. {acct}", 7)
            doc.text(160, y + 11, f"BILLED {M(tb)}", 7)
            doc.text(250, y + 11, f"ALLOWED {M(ta)}", 7)
            doc.text(340, y + 11, f"PAID {M(tp)}", 7)
            doc.text(400, y + 11, f"CLAIM STATUS {status}", 7)
            c.claim(acct, icn, name.upper(), billed=tb, allowed=ta, paid=tp)
            y = thead(y + 32)
            for i, s in enumerate(svcs, 1):
                adj = s.adjs or []
                vals = [f"{i:02d}", dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), units_str(s.units) + ".00",
                        M(s.billed), M(s.allowed), M(s.copay), M(s.paid)]
                cols_text(c, y, X, vals, 6.8)
                yy = y
                for g, r, a in adj:
                    doc.text(402, yy, f"{g:<5}{r:<6}{M(a)}", 6.8)
                    yy += 8.5
                b1 = max(y, yy - 8.5)
                c.add(s, y, b1, claim_id=acct, pcid=icn, patient=name.upper(),
                      printed=("billed", "allowed", "copay", "paid"), adjustments=adj)
                y = b1 + 11
            state["y"] = y + 12

    c.ufmt = lambda u: units_str(u) + ".00"
    page_head()
    block("CLAIMS PAID", paid, "PAID")
    block("CLAIMS DENIED", denied, "DENIED")
    block("CLAIMS ADJUSTED - ORIGINAL CLAIM CREDIT / REPLACEMENT", adjusted, "ADJUSTED")
    y = state["y"]
    if y > 660:
        page_head()
        y = state["y"]
    doc.text(40, y, "ADJUSTMENT REASON CODES ON THIS REMITTANCE", 8, True)
    for k, v in c.legend:
        y += 10
        doc.text(40, y, f"{k:<8} {v}", 6.8)
    return c.finish(out, "medicaid_ra_blocks",
                    "State Medicaid remittance advice, portrait DejaVu Sans: boxed claim headings (member name, "
                    "member no., ICN, patient account, claim totals, status), line items LI / SVC DATE / PROC / "
                    "MODIFIERS / UNITS 2.00, stacked group-reason-amount adjustments, member copay, denied and "
                    "credit/replacement claims.")


# ================================================================ v7 Medicare standard paper remit via clearinghouse (fpdf2 mono)

def v7(out: Path):
    M = lambda a: money(a, "", "-")
    c = Ctx("h155_v7_spr_clearinghouse", "fpdf2", "LiberationMono", mfmt=M, dstyle="mdy6", all_adj=True, desc=False,
            adj_fmt=lambda g, r, a: [f"{g}-{r}", M(a)])
    doc = c.doc
    st = PlanState(ded_left=D("60.00"))
    pats = [
        ("DELACOURT, HOLLIS", "2XK7TE4MW18", "HD-30117", "02226011530120", [
            Svc(d(5), "97161", 1, ("GP",)), Svc(d(5), "97110", 2, ("GP",)), Svc(d(5), "97140", 1, ("GP",))]),
        ("ACHTERBERG, LOUIS", "7TN1CV2PD09", "LA-30201", "02226011530171", [
            Svc(d(9), "92523", 1, ("GN",)), Svc(d(9), "92507", 1, ("GN",)), Svc(d(12), "92507", 1, ("GN",),
                                                                                 denied="CO")]),
        ("PRZYBYLSKI, WANDA", "5RM3QA8KT42", "WP-30188", "02226011530134", [
            Svc(d(6), "97165", 1, ("GO",)), Svc(d(6), "97530", 3, ("GO",)), Svc(d(6), "97535", 1, ("GO", "KX")),
            Svc(d(8), "97530", 2, ("GO",)), Svc(d(8), "97168", 1, ("GO",)), Svc(d(13), "97530", 2, ("GO", "CO")),
            Svc(d(13), "97535", 2, ("GO", "CO")), Svc(d(15), "97530", 3, ("GO",)), Svc(d(15), "97112", 1, ("GO",)),
            Svc(d(20), "97530", 2, ("GO",)), Svc(d(20), "97760", 1, ("GO",)),
            Svc(d(22), "97530", 2, ("GO",)), Svc(d(22), "97535", 1, ("GO",)), Svc(d(27), "97530", 3, ("GO",)),
            Svc(d(27), "97168", 1, ("GO",))]),
        ("DELACOURT, HOLLIS", "2XK7TE4MW18", "HD-30240", "02226011530199", [
            Svc(d(19), "97110", 3, ("GP",)), Svc(d(19), "97116", 2, ("GP",)), Svc(d(19), "G0283", 1, ("GP",))]),
    ]
    for *_, svcs in pats:
        for s in svcs:
            st_ = st if svcs is pats[0][4] else PlanState()
            medicare(s, st_, deny_reason="151")
            if s.denied:
                s.remarks = ["N115"]
    # a reversal of an earlier claim
    old = [Svc(d(2), "97110", 2, ("GP",)), Svc(d(2), "97140", 1, ("GP",))]
    for s in old:
        medicare(s, PlanState())
    revs = [negate(s) for s in old]
    c.legend = [("N115", "Local coverage decision applied; see the contractor's policy."),
                ("MA01", "Appeal rights notice."), ("MA28", "Assignment not accepted notice.")]
    state = {"y": 0}
    H1 = "PERF PROV   SERV DATE    POS NOS  PROC  MODS     BILLED   ALLOWED  DEDUCT   COINS   GRP/RC-AMT       PROV PD"

    def page_head(cont=None):
        doc.new_page()
        doc.text(30, 34, "WESTRIDGE CLAIMS EXCHANGE - STANDARD PAPER REMIT PRINT (835 RECEIVED 01/27/26)", 7, True)
        doc.text(30, 44, "MEDICARE PART B  JURISDICTION 9 CONTRACTOR 07702", 7)
        doc.text(582, 44, f"PAGE #: {doc.pages} OF {{nb}}", 7, False, "r")
        doc.text(30, 54, "PROVIDER: STILLWATER THERAPY ASSOCIATES  NPI 1598320477  CHECK/EFT #: 0051227730", 7)
        doc.text(30, 64, "REMIT #: 2601270044  DATE: 01/27/26", 7)
        doc.line(30, 70, 582, 70, 0.4)
        doc.text(30, 80, H1, 7, True)
        doc.line(30, 84, 582, 84, 0.4)
        state["y"] = 96
        if cont:
            doc.text(30, state["y"], cont, 7)
            state["y"] += 11

    def claim(name, mbi, acnt, icn, svcs, moa, rev=False):
        if state["y"] > 690:
            page_head()
        y = state["y"]
        doc.text(30, y, f"NAME {name:<22}MID {mbi}  ACNT {acnt:<10} ICN {icn}  ASG Y MOA {moa}", 7)
        state["y"] += 11
        for s in svcs:
            if state["y"] + 9 * max(1, len(s.adjs)) > 735:
                page_head(f"NAME {name:<22}ACNT {acnt:<10} ICN {icn}  (CONTINUED)")
            y = state["y"]
            serv = f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}"
            g0 = s.adjs[0]
            txt = f"1306518842  {serv:<12} 11 {units_str(s.units):>3}  {s.code:<5} {' '.join(s.mods):<7}" \
                  f"{M(s.billed):>8}{M(s.allowed):>10}{M(s.deductible):>8}{M(s.coinsurance):>8}   " \
                  f"{g0[0]}-{g0[1]:<4}{M(g0[2]):>8}{M(s.paid):>11}"
            doc.text(30, y, txt, 7)
            yy = y
            for g, r, a in s.adjs[1:]:
                yy += 9
                doc.text(30, yy, f"{'':<82}{g}-{r:<4}{M(a):>8}", 7)
            if s.remarks:
                yy += 9
                doc.text(30, yy, f"{'':<12}CNTL #: {acnt}-{s.code}   REM: {' '.join(s.remarks)}", 7)
            c.add(s, y, yy, claim_id=acnt, pcid=icn, patient=name,
                  printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                  remarks=s.remarks)
            state["y"] = yy + 11
        tb, ta, td, tc, tp = (total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid"))
        pr = total(svcs, "owes")
        y = state["y"]
        doc.text(30, y, f"PT RESP{M(pr):>10}{'':<31}CLAIM TOTALS{M(tb):>8}{M(ta):>10}{M(td):>8}{M(tc):>8}"
                        f"{'':<18}{M(tp):>11}", 7)
        doc.text(30, y + 9, f"ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00{'':<20}"
                            f"NET{M(tp):>11}", 7)
        c.claim(acnt, icn, name, billed=tb, allowed=ta, paid=tp, patient_owes=pr)
        state["y"] = y + 24

    page_head()
    for name, mbi, acnt, icn, svcs in pats:
        claim(name, mbi, acnt, icn, svcs, "MA01")
    claim("ACHTERBERG, LOUIS", "7TN1CV2PD09", "LA-30077", "22225361180044", revs, "MA01 MA28")
    y = state["y"]
    tb = sum(total(p[4], "billed") for p in pats) + total(revs, "billed")
    tp = sum(total(p[4], "paid") for p in pats) + total(revs, "paid")
    if y > 690:
        page_head()
        y = state["y"]
    doc.line(30, y - 6, 582, y - 6, 0.4)
    doc.text(30, y + 4, f"TOTALS: # OF CLAIMS {len(pats) + 1}   BILLED AMT {M(tb)}   PROV PD AMT {M(tp)}   "
                        f"CHECK AMT {M(tp)}", 7, True)
    doc.text(30, y + 20, "GLOSSARY: GROUP, REASON, MOA, REMARK CODES - SEE THE PAYER'S PUBLISHED CODE LISTS", 7)
    for i, (k, v) in enumerate(c.legend):
        doc.text(30, y + 30 + 9 * i, f"{k:<6}{v}", 7)
    return c.finish(out, "spr_clearinghouse",
                    "Medicare Part B standard paper remit printed by a clearinghouse, portrait Liberation Mono: NAME / "
                    "MID / ACNT / ICN / ASG / MOA claim lines, SERV DATE as MMDD MMDDYY, NOS units, stacked GRP/RC-AMT "
                    "lines, PT RESP and CLAIM TOTALS rows, a reversal, a long claim continued on page 2 with the "
                    "header repeated.")


# ================================================================ v8 practice-management remittance detail (reportlab)

def v8(out: Path):
    M = lambda a: money(a, ",", "()")
    c = Ctx("h155_v8_pm_remit_detail", "reportlab", "Helvetica", True, mfmt=M, dstyle="mdy4", all_adj=True,
            desc=False, adj_fmt=lambda g, r, a: [f"{g}{r}", M(a)])
    doc = c.doc
    st = PlanState(ded_left=ZERO)
    groups = [
        ("Fairbanks, Odessa M", "ACC 00418", "ICN 26014880031700", [
            Svc(d(6), "97163", 1, ("GP",)), Svc(d(6), "97110", 2, ("GP", "KX")), Svc(d(6), "97112", 1, ("GP",))]),
        ("Fairbanks, Odessa M", "ACC 00418", "ICN 26014880031744", [
            Svc(d(13), "97110", 2, ("GP", "CQ")), Svc(d(13), "97140", 1, ("GP",))]),
        ("Lindgren, Thaddeus", "ACC 00502", "ICN 26014880032019", [
            Svc(d(7), "97167", 1, ("GO",)), Svc(d(7), "97530", 2, ("GO",)), Svc(d(7), "97760", 1, ("GO",)),
            Svc(d(7), "L3807", 1, ("RT",))]),
        ("Osei-Bonsu, Adwoa", "ACC 00533", "ICN 26014880032388", [
            Svc(d(9), "92523", 1, ("GN",)), Svc(d(9), "92526", 1, ("GN",), denied="CO")]),
        ("Lindgren, Thaddeus", "ACC 00502", "ICN 26014880032411", [
            Svc(d(21), "97530", 3, ("GO",)), Svc(d(21), "97535", 1, ("GO",)), Svc(d(21), "99213", 1, ("25",))]),
    ]
    for *_, svcs in groups:
        for s in svcs:
            medicare(s, st, deny_reason="97")
            if s.denied:
                s.remarks = ["M80"]
    c.legend = [("M80", "Not separately payable when billed with another service that day (our summary)."),
                ("CO45", "Contractual write-off"), ("PR2", "Coinsurance moved to patient"),
                ("CO253", "Federal payment reduction"), ("CO97", "Bundled service")]
    X = [(30, "l"), (92, "l"), (130, "l"), (178, "r"), (232, "r"), (286, "r"), (334, "r"), (380, "r"),
         (440, "r"), (496, "r"), (552, "r"), (610, "r"), (622, "l")]
    heads = ["DOS", "CPT", "Mods", "Units", "Charge", "Allowed", "Deduct", "Coins", "Contractual", "Seq Adj",
             "Paid", "Pt Resp", "Remark"]

    def page_head():
        doc.new_page()
        doc.text(30, 36, "TheraLedger PM  |  ERA Posting Detail", 12, True)
        doc.text(762, 36, "Run date 01/28/2026 10:42", 8, False, "r")
        doc.text(30, 50, "Practice: Brookline Lane Physical & Occupational Therapy   Payer: MEDICARE PART B (J5)   "
                         "EFT 882004117   Paid 01/27/2026", 8)
        doc.line(30, 56, 762, 56, 1)
        cols_text(c, 70, X, heads, 7.5, True)
        doc.line(30, 74, 762, 74, 0.4)
        return 88

    y = page_head()
    for name, acct, icn, svcs in groups:
        if y + 30 + 22 * len(svcs) > 560:
            y = page_head()
        doc.rect(30, y - 9, 732, 13, fill=0.9, stroke=False)
        doc.text(34, y, f"Patient: {name}", 8, True)
        doc.text(250, y, acct, 8)
        doc.text(340, y, icn, 8)
        doc.text(520, y, "Status: Processed as primary", 8)
        y += 15
        pcid = icn.split()[1]
        acc = acct.split()[1]
        for s in svcs:
            contr = sum((a for g, r, a in s.adjs if (g, r) in (("CO", "45"), ("CO", "97"))), ZERO)
            vals = [dfmt(s.dos, "mdy4"), s.code, ",".join(s.mods), units_str(s.units), M(s.billed), M(s.allowed),
                    M(s.deductible), M(s.coinsurance), M(contr), M(s.seq), M(s.paid), M(s.owes), " ".join(s.remarks)]
            cols_text(c, y, X, vals, 7.5)
            doc.text(92, y + 9, "Adj: " + "   ".join(f"{g}{r} {M(a)}" for g, r, a in s.adjs), 6.5)
            c.add(s, y, y + 9, claim_id=acc, pcid=pcid, patient=name,
                  printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                  adjustments=s.adjs, remarks=s.remarks)
            y += 22
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        doc.line(150, y - 10, 762, y - 10, 0.3)
        cols_text(c, y - 1, [(130, "l"), X[4], X[5], X[10], X[11]], ["Claim total", M(tb), M(ta), M(tp), M(to)], 7.5,
                  True)
        c.claim(acc, pcid, name, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        y += 18
    # a takeback of an earlier payment
    if y > 480:
        y = page_head()
    old = [Svc(d(2), "97530", 2, ("GO",)), Svc(d(2), "97110", 1, ("GO",))]
    for s in old:
        medicare(s, PlanState())
    rv = [negate(s) for s in old]
    doc.rect(30, y - 9, 732, 13, fill=0.9, stroke=False)
    doc.text(34, y, "Patient: Lindgren, Thaddeus", 8, True)
    doc.text(250, y, "ACC 00502", 8)
    doc.text(340, y, "ICN 26002770011902", 8)
    doc.text(520, y, "Status: Reversal of prior payment", 8)
    y += 15
    for s in rv:
        contr = sum((a for g, r, a in s.adjs if r == "45"), ZERO)
        vals = [dfmt(s.dos, "mdy4"), s.code, ",".join(s.mods), units_str(s.units), M(s.billed), M(s.allowed),
                M(s.deductible), M(s.coinsurance), M(contr), M(s.seq), M(s.paid), M(s.owes), ""]
        cols_text(c, y, X, vals, 7.5)
        doc.text(92, y + 9, "Adj: " + "   ".join(f"{g}{r} {M(a)}" for g, r, a in s.adjs), 6.5)
        c.add(s, y, y + 9, claim_id="00502", pcid="26002770011902", patient="Lindgren, Thaddeus",
              printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"), adjustments=s.adjs)
        y += 22
    tb, ta, tp, to = (total(rv, k) for k in ("billed", "allowed", "paid", "owes"))
    cols_text(c, y - 1, [(130, "l"), X[4], X[5], X[10], X[11]], ["Claim total", M(tb), M(ta), M(tp), M(to)], 7.5, True)
    c.claim("00502", "26002770011902", "Lindgren, Thaddeus", billed=tb, allowed=ta, paid=tp, patient_owes=to)
    y += 24
    allp = sum(total(g[3], "paid") for g in groups) + tp
    doc.text(30, y, f"Deposit total posted: {M(allp)}      Claims: {len(groups) + 1}      Posted by: jmarsh", 8, True)
    doc.text(30, y + 14, "Codes: " + "; ".join(f"{k} {v}" for k, v in c.legend), 6.5)
    doc.text(30, 590, "TheraLedger PM - confidential patient information", 6.5)
    return c.finish(out, "pm_remit_detail",
                    "Practice-management ERA posting detail of a Medicare payment, landscape core Helvetica: patient "
                    "bands with account and ICN, DOS / CPT / Mods comma-joined / Units / Charge / Allowed / Deduct / "
                    "Coins / Contractual / Seq Adj / Paid / Pt Resp, an 'Adj:' sub-line per service with glued "
                    "group-reason codes, a bundled denial, a reversal in parentheses.")


# ================================================================ v9 therapy clinic family statement (reportlab)

def v9(out: Path):
    M = lambda a: money(a, ",", "-")
    c = Ctx("h155_v9_clinic_family_statement", "reportlab", "LiberationSansNarrow", mfmt=M, dstyle="mdy2")
    doc = c.doc
    st = PlanState(ded_left=D("100.00"), coins_rate=D("0.10"), allowed_rate=D("0.80"))
    visits = [  # patient, invoice, payer claim, svcs
        ("Hazel Moretti-Quaye", "INV 61207", "CLM 90-4471208", [
            Svc(d(5), "97165", 1, ("GO",)), Svc(d(5), "97530", 2, ("GO",))]),
        ("Hazel Moretti-Quaye", "INV 61244", "CLM 90-4471590", [
            Svc(d(12), "97530", 3, ("GO",)), Svc(d(12), "97535", 1, ("GO",)), Svc(d(12), "97112", 1, ("GO", "59"))]),
        ("Hazel Moretti-Quaye", "INV 61298", "CLM 90-4472043", [
            Svc(d(19), "97530", 2, ("GO",)), Svc(d(19), "97535", 1, ("GO",)), Svc(d(26), "97530", 3, ("GO",)),
            Svc(d(26), "97168", 1, ("GO",)), Svc(d(26), "97760", 1, ("GO",))]),
        ("Jonah Moretti-Quaye", "INV 61219", "CLM 90-4471316", [
            Svc(d(6), "92523", 1, ()), Svc(d(6), "92507", 1, ("GN",))]),
        ("Jonah Moretti-Quaye", "INV 61262", "CLM 90-4471702", [
            Svc(d(13), "92507", 1, ("GN",)), Svc(d(20), "92507", 1, ("GN",)), Svc(d(27), "92507", 1, ("GN",))]),
        ("Ruth Moretti-Quaye", "INV 61230", "CLM 90-4471455", [
            Svc(d(8), "97161", 1, ("GP",)), Svc(d(8), "97110", 2, ("GP",)), Svc(d(8), "97140", 1, ("GP",)),
            Svc(d(8), "97150", 1, ("GP",), denied="PR")]),
        ("Ruth Moretti-Quaye", "INV 61281", "CLM 90-4471866", [
            Svc(d(15), "97110", 2, ("GP",)), Svc(d(15), "97116", 1, ("GP",)), Svc(d(15), "G0283", 1, ("GP",)),
            Svc(d(22), "97110", 2, ("GP",)), Svc(d(22), "97140", 1, ("GP",))]),
    ]
    for *_, svcs in visits:
        for s in svcs:
            commercial(s, st)
    X = [(36, "l"), (78, "l"), (128, "l"), (296, "r"), (342, "r"), (390, "r"), (436, "r"), (486, "r"), (572, "r")]
    heads = ["Date", "Code", "Service", "Units", "Charge", "Ins. Paid", "Ins. Adj.", "Your Share", "Visit Balance"]

    def page_head(first):
        doc.new_page()
        doc.text(36, 44, "Wildflower Kids & Family Therapy", 15, True)
        doc.text(36, 57, "2750 Orchard Spur Road, Suite 110  |  Millbrook, NC 27560  |  (919) 555-0188", 8)
        doc.text(576, 44, "STATEMENT", 14, True, "r")
        doc.text(576, 57, f"Page {doc.pages} of {{nb}}", 8, False, "r")
        doc.line(36, 64, 576, 64, 1.5)
        if not first:
            doc.text(36, 80, "Guarantor: Celeste Moretti-Quaye     Family account: FAM-20417     (continued)", 8.5, True)
            return 100
        # two-column: address left, summary box right
        for i, t in enumerate(["Statement for the family of", "Celeste Moretti-Quaye", "19 Bramblewood Drive",
                               "Millbrook, NC 27560", "", "Family account: FAM-20417",
                               "Insurance on file: Tidewater Health Partners PPO"]):
            doc.text(36, 84 + 11 * i, t, 8.5, i == 1)
        doc.rect(340, 74, 236, 84, lw=0.8)
        owes = sum(total(v[3], "owes") for v in visits)
        rows = [("Statement date", "01/31/26"), ("Previous balance", "0.00"), ("New charges",
                M(sum(total(v[3], "billed") for v in visits))), ("Insurance payments",
                M(-sum(total(v[3], "paid") for v in visits))), ("Insurance adjustments",
                M(-sum(total(v[3], "discount") for v in visits))), ("Amount due by 02/25/26", M(owes))]
        for i, (a, b) in enumerate(rows):
            doc.text(346, 87 + 12.5 * i, a, 8.5, i == 5)
            doc.text(570, 87 + 12.5 * i, b, 8.5, i == 5, "r")
        doc.text(36, 172, "Each visit below was billed to your insurer; your share reflects what they told us.", 8)
        # tear-off payment stub at the foot of page 1
        doc.line(36, 652, 576, 652, 0.5)
        doc.text(306, 648, "- - - fold and detach here - - -", 6.5, False, "c")
        doc.text(36, 670, "PAYMENT STUB", 10, True)
        doc.text(36, 684, "Wildflower Kids & Family Therapy, PO Box 4410, Millbrook, NC 27560", 8)
        for i, (k, v) in enumerate([("Family account", "FAM-20417"), ("Guarantor", "Celeste Moretti-Quaye"),
                                    ("Amount due", M(owes)), ("Amount enclosed", "$ ____________")]):
            doc.text(340, 670 + 13 * i, k, 8.5, True)
            doc.text(576, 670 + 13 * i, v, 8.5, False, "r")
        doc.text(36, 740, "Card payments: call the billing office or use the patient portal.", 7.5)
        return 192

    def thead(y):
        doc.rect(36, y - 9, 540, 13, fill=0.15, stroke=False)
        c.doc._ops.append(("fillwhite",))
        cols_text(c, y, X, heads, 7.8, True)
        c.doc._ops.append(("fillblack",))
        return y + 16

    y = page_head(True)
    y = thead(y)
    cur = None
    lim = lambda: 630 if doc.pages == 1 else 730
    for pat, inv, clm, svcs in visits:
        if y > lim() - 12:
            y = page_head(False)
            y = thead(y)
        if pat != cur:
            doc.text(36, y, f"Patient: {pat}", 9, True)
            y += 13
            cur = pat
        doc.text(44, y, f"{inv}  -  filed with Tidewater Health Partners, {clm}", 7.8)
        y += 12
        for s in svcs:
            if y > lim():
                doc.text(576, y, "continued on next page", 7, False, "r")
                y = page_head(False)
                y = thead(y)
                doc.text(36, y, f"Patient: {pat}  -  {inv} (continued)", 8.5, True)
                y += 13
            insadj = s.discount
            vals = [dfmt(s.dos, "mdy2"), s.code + "".join(f"-{m}" for m in s.mods), s.desc, units_str(s.units),
                    M(s.billed), M(s.paid), M(insadj), M(s.owes), ""]
            cols_text(c, y, X, vals, 8)
            c.add(s, y, y, claim_id=inv.split()[1], pcid=clm.split()[1], patient=pat,
                  printed=("billed", "paid", "discount", "patient_owes"))
            y += 12
        bal = total(svcs, "owes")
        doc.line(440, y - 8, 576, y - 8, 0.3)
        doc.text(486, y, "Visit balance", 7.8, True, "r")
        doc.text(576, y, M(bal), 8, True, "r")
        c.claim(inv.split()[1], clm.split()[1], pat, patient_owes=bal)
        y += 18
    doc.text(36, y + 6, "Questions about this statement? Call our billing office, Monday-Thursday 9-4.", 7.5)
    return c.finish(out, "clinic_family_statement",
                    "Pediatric/family therapy clinic statement to a guarantor, portrait Liberation Sans Narrow: "
                    "two-column top (family address, summary box), dark table header band, patient subheadings, "
                    "invoice lines naming the insurer's claim number, hyphen-joined code and modifiers, Ins. Paid / "
                    "Ins. Adj. / Your Share, a service the plan did not cover, a visit continued onto page 2.")


# ================================================================ v10 hospital guarantor statement (fpdf2)

def v10(out: Path):
    M = lambda a: money(a, "$", "-")
    c = Ctx("h155_v10_hospital_statement", "fpdf2", "DejaVuSansCondensed", mfmt=M, dstyle="mdy4",
            mod_where="none")
    doc = c.doc
    REV = {"97": "0420", "G0": "0420", "92": "0440", "L3": "0274", "99": "0510"}
    accounts = [
        ("Gideon Ashworth-Pruitt", "200118804417", "Ridgeline Health Plan", "RHP2601190334", [
            (d(5), "0434", "97167", 1, "OT eval high complex"), (d(5), "0430", "97530", 3, "OT therapeutic activ"),
            (d(5), "0430", "97760", 1, "Orthotic mgmt/training"), (d(5), "0274", "L3807", 1, "Orthosis wrist-hand"),
            (d(12), "0430", "97530", 2, "OT therapeutic activ"), (d(12), "0430", "97535", 2, "OT self-care training"),
            (d(19), "0430", "97530", 2, "OT therapeutic activ"), (d(19), "0430", "97110", 1, "Therapeutic exercise"),
            (d(26), "0430", "97530", 3, "OT therapeutic activ"), (d(26), "0430", "97140", 1, "Manual therapy"),
            (d(26), "0430", "97168", 1, "OT re-evaluation"), (d(28), "0430", "97530", 2, "OT therapeutic activ"),
            (d(28), "0430", "97535", 1, "OT self-care training"), (d(30), "0430", "97530", 3, "OT therapeutic activ"),
            (d(30), "0430", "97112", 1, "Neuromuscular reeducation")]),
        ("Gideon Ashworth-Pruitt", "200118815006", "Ridgeline Health Plan", "RHP2602030119", [
            (d(31), "0430", "97530", 2, "OT therapeutic activ"), (d(31), "0430", "97110", 2, "Therapeutic exercise")]),
        ("Lucinda Ashworth-Pruitt", "200118809921", "Ridgeline Health Plan", "RHP2601220871", [
            (d(9), "0444", "92523", 1, "Speech/lang eval"), (d(9), "0440", "92507", 1, "Speech treatment"),
            (d(16), "0440", "92507", 1, "Speech treatment"), (d(23), "0440", "92507", 1, "Speech treatment")]),
        ("Everett Ashworth-Pruitt", "200118811370", None, None, [
            (d(14), "0510", "99213", 1, "Clinic visit est pt"), (d(14), "0424", "97163", 1, "PT eval high complex"),
            (d(14), "0420", "97110", 2, "Therapeutic exercise")]),
    ]
    c.legend = []

    def page_head():
        doc.new_page()
        doc.rect(36, 30, 540, 40, fill=0.93, stroke=False)
        doc.text(44, 48, "ST. BRENDAN VALLEY MEDICAL CENTER", 14, True)
        doc.text(44, 62, "Patient Financial Services  ·  PO Box 7710  ·  Harlow Springs, MT 59801", 8)
        doc.text(568, 48, "Guarantor Statement", 10, True, "r")
        doc.text(568, 62, f"Page {doc.pages} of {{nb}}", 8, False, "r")
        return 92

    y = page_head()
    doc.line(36, 628, 576, 628, 0.5)
    doc.text(36, 646, "RETURN THIS PORTION WITH YOUR PAYMENT", 9, True)
    doc.text(36, 660, "Guarantor no. G-5520931   Rosalind Ashworth-Pruitt, 7 Larkspur Terrace, Harlow Springs, MT 59802", 8)
    doc.text(36, 674, "Make checks payable to St. Brendan Valley Medical Center.", 8)
    doc.rect(380, 684, 196, 40, lw=0.7)
    doc.text(386, 698, "Amount due: see total on last page", 8)
    doc.text(386, 714, "Amount paid  $ ______________", 8)
    doc.text(36, y, "Guarantor: Rosalind Ashworth-Pruitt    Guarantor no. G-5520931    Statement date 02/02/2026", 9)
    doc.text(36, y + 13, "Amount due is the total of the account balances below. Charges are listed by account.", 8)
    y += 34
    X = [(40, "l"), (100, "l"), (134, "l"), (194, "l"), (370, "r"), (440, "r"), (568, "r")]
    heads = ["Date", "Rev", "CPT/HCPCS", "Description", "Qty", "Charges", "Payments/Adjustments"]

    def thead(y):
        cols_text(c, y, X, heads, 8, True)
        doc.line(36, y + 4, 576, y + 4, 0.5)
        return y + 16

    grand = ZERO
    accounts = accounts[1:3] + accounts[0:1] + accounts[3:]  # the long account last but one
    for pat, har, payer, pcl, items in accounts:
        if y > (540 if doc.pages == 1 else 640):
            y = page_head()
        doc.rect(36, y - 11, 540, 30, lw=0.7)
        doc.text(42, y, f"Account {har}   Patient: {pat}", 9, True)
        doc.text(42, y + 12, "Outpatient Rehabilitation Services" + (f"   ·   Insurance: {payer}, claim {pcl}"
                                                                       if payer else "   ·   Self-pay"), 8)
        y = thead(y + 34)
        svcs = []
        for dos, rev, code, u, desc in items:
            if y > (600 if doc.pages == 1 else 730):
                y = page_head()
                doc.text(36, y, f"Account {har}   Patient: {pat}   (continued)", 9, True)
                y = thead(y + 18)
            s = Svc(dos, code, u, (), desc=desc)
            svcs.append(s)
            cols_text(c, y, X, [dfmt(dos, "mdy4"), rev, code, desc, units_str(s.units), M(s.billed), ""], 8.5)
            c.add(s, y, y, claim_id=har, pcid=pcl, patient=pat, printed=("billed",), modifiers=True)
            y += 12.5
        tb = total(svcs, "billed")
        # account-level activity
        if payer:
            allowed = q(tb * D("0.62"))
            ins = q(allowed * D("0.85")) if pcl.endswith("334") else allowed
            acts = [(d(30), f"Payment - {payer}", -ins), (d(30), "Contractual allowance", -(tb - allowed))]
        else:
            acts = [(d(20), "Self-pay discount 30%", -q(tb * D("0.30"))), (d(24), "Patient payment - thank you",
                                                                             D("-100.00"))]
        for ad, label, a in acts:
            cols_text(c, y, [X[0], X[3], X[6]], [dfmt(ad, "mdy4"), label, M(a)], 8.5)
            y += 12.5
        bal = tb + sum(a for *_, a in acts)
        grand += bal
        doc.line(300, y - 8, 576, y - 8, 0.3)
        cols_text(c, y, [X[3], X[5], X[6]], ["Total charges / account balance", M(tb), M(bal)], 8.5, True)
        c.claim(har, pcl, pat, billed=tb)
        y += 28
    if y > 690:
        y = page_head()
    doc.rect(336, y - 12, 240, 22, fill=0.85, stroke=False)
    doc.text(344, y + 2, "TOTAL AMOUNT DUE", 10, True)
    doc.text(568, y + 2, M(grand), 10, True, "r")
    doc.text(36, y + 30, "Financial assistance is available. Ask about payment plans. Pay online at our patient portal.",
             8)
    return c.finish(out, "hospital_statement",
                    "Hospital outpatient guarantor statement for three family members, portrait DejaVu Sans "
                    "Condensed (fpdf2): boxed account headings naming the insurer claim number, Date / Rev / "
                    "CPT/HCPCS / Description / Qty / Charges, insurer payment and contractual allowance as "
                    "account-level rows (no per-line payment), a self-pay account, an account continued on page 2.")


# ================================================================ driver and self-check

LAYOUTS = [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10]


def build_all(out: Path) -> list[Path]:
    from h155kit import NB
    paths = []
    with tempfile.TemporaryDirectory() as scratch:
        for fn in LAYOUTS:
            NB["n"] = None
            n = REG[fn(Path(scratch)).stem].doc.pages
            NB["n"] = n
            p = fn(out)
            if REG[p.stem].doc.pages != n:
                raise SystemExit(f"{p.name}: page count changed between drawing passes")
            paths.append(p)
    NB["n"] = None
    return paths


def _has(text: str, tok: str) -> bool:
    import re
    return re.search(r"(?<![0-9A-Za-z.,$])" + re.escape(tok) + r"(?![0-9A-Za-z])", text) is not None


def check(out: Path, paths: list[Path]) -> list[str]:
    import hashlib
    import re

    import pdfplumber
    errs: list[str] = []
    spans = 0
    producers = set()
    multipage = 0
    for p in paths:
        c = REG[p.stem]
        t = json.loads(Path(str(p) + ".truth.json").read_text())
        producers.add(t["producer"])
        words = page_words(p)
        with pdfplumber.open(str(p)) as pdf:
            npages = len(pdf.pages)
            ptext = [(pg.extract_text() or "") for pg in pdf.pages]
        doc_text = "\n".join(ptext)
        if npages != t["pages"]:
            errs.append(f"{p.name}: truth says {t['pages']} pages, PDF has {npages}")
        multipage += npages > 1
        if any("{nb}" in x or " OF ?" in x or " of ?" in x for x in ptext):
            errs.append(f"{p.name}: page-count placeholder left in the text")
        if len(t["lines"]) != len(c.rows):
            errs.append(f"{p.name}: row bookkeeping mismatch")
        claim_pages: dict = {}
        for i, (ln, r) in enumerate(zip(t["lines"], c.rows)):
            tag = f"{p.name} line {i + 1} ({ln['code']} {ln['service_date']})"
            w = words[ln["page"] - 1]
            first = line_text(w, r["b0"])
            band = band_text(w, r["b0"] - 6, r["b1"] + 1)
            for tok in r["first"]:
                if tok not in first:
                    errs.append(f"{tag}: {tok!r} not on the row's first text line: {first!r}")
            if ln["code"] and ln["code"] not in band:
                errs.append(f"{tag}: code not in row")
            ds = dfmt(date.fromisoformat(ln["service_date"]), c.dstyle)
            where = band if c.date_where == "row" else ptext[ln["page"] - 1]
            if ds not in where:
                errs.append(f"{tag}: date {ds!r} not found ({c.date_where})")
            if ln["units"] is not None and not _has(band, c.ufmt(D(ln["units"]))):
                errs.append(f"{tag}: units {c.ufmt(D(ln['units']))!r} not in row {band!r}")
            for m in ln["modifiers"]:
                if m not in band:
                    errs.append(f"{tag}: modifier {m} not in row")
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None and not _has(band, c.mfmt(D(ln[k]))):
                    errs.append(f"{tag}: {k} {c.mfmt(D(ln[k]))!r} not in row {band!r}")
            for g, rc, a in ln["adjustments"]:
                for tok in c.adj_fmt(g, rc, D(a)):
                    if tok not in band:
                        errs.append(f"{tag}: adjustment token {tok!r} not in row {band!r}")
            for rm in ln["remarks"]:
                if rm not in re.split(r"[\s,;:]+", band):
                    errs.append(f"{tag}: remark {rm} not in row")
            if ln["description"]:
                for wd in ln["description"].split():
                    if wd not in band:
                        errs.append(f"{tag}: description word {wd!r} not in row")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in doc_text:
                    errs.append(f"{tag}: {k} {ln[k]!r} not in document text")
            here = ptext[ln["page"] - 1]
            if not any(ln[k] and ln[k] in here for k in ("claim_id", "payer_claim_id", "patient")):
                errs.append(f"{tag}: none of its ids is on its page")
            # the document's own arithmetic
            b = D(ln["billed"])
            if c.all_adj and ln["paid"] is not None:
                if b - sum((D(a) for *_, a in ln["adjustments"]), Decimal(0)) != D(ln["paid"]):
                    errs.append(f"{tag}: billed - adjustments != paid")
            if None not in (ln["discount"], ln["not_covered"], ln["allowed"]):
                if b - D(ln["discount"]) - D(ln["not_covered"]) != D(ln["allowed"]):
                    errs.append(f"{tag}: billed - saved - not covered != allowed")
            if None not in (ln["allowed"], ln["deductible"], ln["copay"], ln["coinsurance"]) and \
                    c.name.startswith(("h155_v1", "h155_v2")):
                if D(ln["allowed"]) - D(ln["deductible"]) - D(ln["copay"]) - D(ln["coinsurance"]) != \
                        D(c.lines[i]["allowed"]) - D(ln["deductible"]) - D(ln["copay"]) - D(ln["coinsurance"]):
                    errs.append(f"{tag}: member share arithmetic")
            if c.name.startswith("h155_v9") and b - D(ln["paid"]) - D(ln["discount"]) != D(ln["patient_owes"]):
                errs.append(f"{tag}: charge - ins paid - ins adj != your share")
            if ln["allowed"] is not None and ln["paid"] is not None and ln["patient_owes"] is not None and \
                    c.name.startswith(("h155_v4", "h155_v9")) and ln["not_covered"] in (None, "0.00") and \
                    D(ln["allowed"]) != 0:
                if D(ln["allowed"]) - D(ln["paid"]) != D(ln["patient_owes"]):
                    errs.append(f"{tag}: approved - plan share != your share")
            claim_pages.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
        spans += any(len(v) > 1 for v in claim_pages.values())
        # claim totals = sum of their lines, unless a planted mismatch is declared
        for cl in t["claims"]:
            key = (cl["claim_id"], cl["payer_claim_id"])
            mine = [x for x in t["lines"] if (x["claim_id"], x["payer_claim_id"]) == key]
            if not mine:
                errs.append(f"{p.name}: claim {key} has no lines")
            for k, v in cl["totals"].items():
                if v is None:
                    continue
                if all(x[k] is None for x in mine):
                    continue  # printed for the claim only
                sm = sum((D(x[k]) for x in mine if x[k] is not None), Decimal(0))
                planted = any(str(cl["payer_claim_id"]) in f for f in t["expected_findings"])
                if (sm != D(v)) != planted:
                    errs.append(f"{p.name}: claim {key} total {k} {v} vs lines {sm}")
                if not _has(doc_text, c.mfmt(D(v))):
                    errs.append(f"{p.name}: claim {key} total {k} {c.mfmt(D(v))!r} not printed")
        if len({x["patient"] for x in t["lines"]}) < 2 and "msn" not in p.name:
            errs.append(f"{p.name}: fewer than two patients")
    if spans < 3:
        errs.append(f"only {spans} documents carry a claim continued onto the next page")
    if len(producers) < 2 or len(paths) < 10 or multipage < 5:
        errs.append("needs >= 10 files, >= 2 producers, several multi-page documents")
    # determinism: a second build must be byte-identical
    with tempfile.TemporaryDirectory() as again:
        for q2 in build_all(Path(again)):
            a = hashlib.sha256((out / q2.name).read_bytes()).hexdigest()
            b2 = hashlib.sha256(q2.read_bytes()).hexdigest()
            if a != b2:
                errs.append(f"{q2.name}: output is not deterministic")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout155_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    paths = build_all(out)
    nlines = 0
    for p in paths:
        t = json.loads(Path(str(p) + ".truth.json").read_text())
        nlines += len(t["lines"])
        print(f"{p.name}: {t['producer']}, {t['pages']} page(s), {len(t['lines'])} lines, {len(t['claims'])} claims")
    print(f"{len(paths)} PDFs, {nlines} service lines -> {out}")
    if "--check" in argv:
        errs = check(out, paths)
        for e in errs:
            print("CHECK FAIL:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
