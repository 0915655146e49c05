"""Write the NINETIETH held-out set of synthetic PDF EOB layouts (with truth files) into a folder, written
independently of the reader (its code, tests and scores were not looked at).

Run:  python bench/heldout90/make_heldout90_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout90/make_heldout90_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs. Drawing goes through h90doc.py (a thin layer over
reportlab and fpdf2). Truth format: the one of samples/pdf (eobgen.write_truth / truth_line), printed values
only, null for what a layout does not print (units null where no quantity is printed); claim_id = provider's
account / patient-control number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as
printed (the person served). Member EOBs print remark letters, not CARCs, so their adjustments are [];
remits print group-reason + amount. A printed TO date gives service_end. Deterministic (reportlab
invariant=1, fpdf2 fixed creation date, no randomness). Every name, number, payer, provider and ID is invented.

Layouts (set 90 kinds; done so far: 6 -- 2 member EOBs, MSN, MA EOB, 2 Medicaid RAs):
  l1 commercial PPO family member EOB, portrait Liberation Serif (reportlab): family progress table, claim
     headings "Patient: / Relationship / Claim number / Patient account no.", 13 columns incl. network discount
     and not covered, "97530 GO" code, wrapped descriptions, claim rows continue on page 2 with "(continued)"
     and repeated header, notes legend D1/X4, 3 family members
  l2 commercial member EOB, landscape DejaVu Sans Condensed (fpdf2): shaded claim bars, "97110-GO" code, Units,
     copay codes, denied orthosis, PLANTED "Your Responsibility" claim-total error (expected finding)
  l3 Medicare Summary Notice Part B, portrait core Helvetica (reportlab): dashboard on page 1, date + description
     "(97530-GO)" in one column, Service Approved? Yes/No, Maximum You May Be Billed, note letters, a denied line,
     claim continues onto page 2 without repeating the column header
  l4 Medicare Advantage HMO member EOB, portrait Liberation Sans Narrow (fpdf2): dark banner, fraud footer box,
     per-visit-day copay, Qty column, "1/6/2026" dates, claim continues on page 2 (no header repeat)
  l5 state Medicaid RA, landscape core Courier (reportlab): PAID / DENIED / ADJUSTED sections, FROM/TO DOS
     MMDDYY with week ranges and summed units, TPL/COPAY columns, ADJ GRP/RSN + ADJ AMT, 4-digit EOB codes,
     a reversal with trailing-minus amounts and its replacement
  l6 state Medicaid RA (newer system), portrait DejaVu Sans (fpdf2): boxed label-over-value claim headers
     (Member Name / Member ID / Patient Acct # / TCN / Claim Status), CARC + Adj Amt + RARC columns, denials

The self-check (--check) tests the factory, not the reader: page counts; each truth line is found on its page's
text layer (pdfplumber text lines) as ONE text line holding its code, modifiers, every printed amount and units;
its date on that line or just above; adjustment codes/amounts and remarks on the row or the lines under it; ids
and patients in the document; billed - adjustments = paid where all adjustments are printed; billed - discount -
not covered = allowed and allowed - deductible - copay - coinsurance = paid where printed; claim totals = sum
of lines unless declared as a planted finding; legend codes printed; at least 3 claims continue onto a next page."""

from __future__ import annotations

import json
import re
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import eobgen  # noqa: E402
from eobgen import (  # noqa: E402
    FIXED_WHEN, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money, negate,
    total, truth_line, units_str, write_truth,
)
from h90doc import Doc  # noqa: E402

# a few extra invented fees for non-therapy lines
eobgen.FEE.update({"73110": "215.00", "29125": "185.00", "97018": "40.00", "G0151": "150.00", "E0730": "320.00",
                   "97542": "70.00", "97533": "88.00"})
eobgen.SCHED.update({"73110": "38.90", "29125": "71.40", "97018": "6.35", "G0151": "41.20", "E0730": "61.15",
                     "97542": "30.10", "97533": "31.75"})
eobgen.DESC.update({"73110": "X-ray of wrist, three or more views", "29125": "Short arm splint applied",
                    "97018": "Paraffin bath", "G0151": "PT in home health setting, 15 min",
                    "E0730": "TENS unit, four lead", "97542": "Wheelchair fitting and training",
                    "97533": "Sensory integration activities"})

D = date
CHECKS: dict = {}   # layout -> extra check info


def S(d, code, units, mods=(), **kw):
    return Svc(d, code, Decimal(str(units)), tuple(mods), **kw)


class Flow:
    """y cursor with automatic page breaks; on_page(doc, cont) draws furniture and returns the new y."""

    def __init__(self, doc, bottom, on_page):
        self.doc, self.bottom, self.on_page = doc, bottom, on_page
        self.y = on_page(doc, False)

    def need(self, h, cont_fn=None):
        if self.y + h > self.bottom:
            self.doc.new_page()
            self.y = self.on_page(self.doc, True)
            if cont_fn:
                cont_fn()
            return True
        return False


def cells(doc, y, cols, vals, font, size):
    for (x, al), v in zip(cols, vals):
        if v is not None and v != "":
            doc.text(x, y, v, font, size, al)


def row_cols(spec, x0):
    """spec: list of (width, align) -> list of (x, align) anchors."""
    out, x = [], x0
    for w, al in spec:
        out.append((x + w - 2 if al == "R" else (x + w / 2 if al == "C" else x + 2), al))
        x += w
    return out


# ------------------------------------------------------------------------------------------------ L1
def l1_commercial_serif(out: Path):
    """Commercial PPO family member EOB, reportlab portrait Liberation Serif."""
    name = "h90_l1_commercial_family_eob"
    doc = Doc("reportlab", out / f"{name}.pdf")
    F, FB, Z = "LibSerif", "LibSerif-B", 7.0
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.79"))
    claims = [
        ("Lena Voss", "Daughter", "CL26-0014-7731", "BPT-88102", "Brightpath Pediatric Therapy", [
            S(D(2026, 1, 6), "97165", 1, ("GO",)), S(D(2026, 1, 6), "97530", 2, ("GO",)),
            S(D(2026, 1, 13), "97530", 3, ("GO",)), S(D(2026, 1, 13), "97535", 1, ("GO", "59")),
            S(D(2026, 1, 20), "97530", 2, ("GO",)), S(D(2026, 1, 20), "97110", 2, ("GO",)),
            S(D(2026, 1, 20), "0552T", 1, (), denied="PR")]),
        ("Theo Voss", "Son", "CL26-0019-2204", "SLP-40617", "Tidewater Speech & Language Group", [
            S(D(2026, 1, 8), "92523", 1, ("GN",)), S(D(2026, 1, 15), "92507", 1, ("GN",)),
            S(D(2026, 1, 22), "92507", 1, ("GN",)), S(D(2026, 1, 29), "92507", 1, ("GN",))]),
        ("Marcus Ellery-Voss", "Self", "CL26-0022-9150", "OSC-771203", "Oakhaven Sports & Spine Clinic", [
            S(D(2026, 1, 9), "97161", 1, ("GP",)), S(D(2026, 1, 9), "97140", 2, ("GP",)),
            S(D(2026, 1, 16), "97110", 3, ("GP",)), S(D(2026, 1, 16), "97140", 1, ("GP", "59")),
            S(D(2026, 1, 16), "G0283", 1, ("GP",)), S(D(2026, 1, 23), "97112", 2, ("GP",)),
            S(D(2026, 1, 23), "97110", 2, ("GP",)), S(D(2026, 1, 27), "97110", 2, ("GP",)),
            S(D(2026, 1, 27), "97140", 2, ("GP",)), S(D(2026, 1, 30), "97112", 1, ("GP", "KX")),
            S(D(2026, 1, 30), "97530", 2, ("GP",))]),
    ]
    for c in claims:
        for s in c[5]:
            commercial(s, st)
            if s.denied:
                s.remarks = ["X4"]
            elif s.deductible:
                s.remarks = ["D1"]
    spec = [(42, "L"), (118, "L"), (46, "L"), (36, "R"), (36, "R"), (36, "R"), (36, "R"), (36, "R"), (32, "R"),
            (36, "R"), (38, "R"), (36, "R"), (24, "C")]
    cols = row_cols(spec, 24)
    heads = [("Date of", "service"), ("Service", "description"), ("Service", "code"), ("Amount", "billed"),
             ("Network", "discount"), ("Allowed", "amount"), ("Not", "covered"), ("Deduct-", "ible"),
             ("Copay", ""), ("Coins-", "urance"), ("Plan", "paid"), ("You", "owe"), ("Note", "")]

    def page(doc, cont):
        doc.text(24, 40, "CEDARLINE HEALTH PLAN", FB, 15)
        doc.text(24, 52, "PO Box 88014 · Lantern Falls, OR 97399 · cedarline-example.org", F, 7)
        doc.text(588, 40, "Explanation of Benefits", FB, 12, "R")
        doc.text(588, 52, "THIS IS NOT A BILL", FB, 8, "R")
        doc.line(24, 58, 588, 58, 1.2)
        if not cont:
            doc.text(24, 76, "MARCUS ELLERY-VOSS", F, 8)
            doc.text(24, 86, "2716 Quarry Bend Rd", F, 8)
            doc.text(24, 96, "Lantern Falls OR 97391", F, 8)
            doc.rect(360, 66, 228, 54)
            for i, (k, v) in enumerate([("Statement date", "February 3, 2026"), ("Subscriber", "Marcus Ellery-Voss"),
                                         ("Member ID", "CDL 480 227 915"), ("Group", "Harrow Valley Schools 30-118")]):
                doc.text(366, 77 + 11 * i, k, F, 7.5)
                doc.text(582, 77 + 11 * i, v, FB, 7.5, "R")
            doc.text(24, 136, "Here is how your plan handled claims for your family this month. Please keep "
                     "this statement with your records.", F, 8)
            doc.text(24, 156, "Your family's plan-year progress", FB, 9)
            y = 168
            for i, r in enumerate([("Family member", "Deductible met", "Out-of-pocket met"),
                                   ("Marcus Ellery-Voss", "$60.00 of $750", "$128.40 of $4,000"),
                                   ("Priya Ellery-Voss", "$0.00 of $750", "$0.00 of $4,000"),
                                   ("Lena Voss", "$60.00 of $750", "$214.77 of $4,000"),
                                   ("Theo Voss", "$0.00 of $750", "$88.12 of $4,000"),
                                   ("Family total", "$120.00 of $1,500", "$431.29 of $8,000")]):
                fnt = FB if i in (0, 5) else F
                doc.text(30, y, r[0], fnt, 8)
                doc.text(260, y, r[1], fnt, 8, "R")
                doc.text(380, y, r[2], fnt, 8, "R")
                doc.line(24, y + 3, 400, y + 3, 0.25, 0.5)
                y += 12
            doc.text(24, y + 10, "Amounts shown to date are estimates and may change as more claims arrive.", F, 7)
            return y + 50
        return 74

    fl = Flow(doc, 742, page)
    lines, cl = [], []

    def header():
        doc.rect(24, fl.y - 2, 564, 20, fill=0.88, stroke=False)
        for (x, al), (a, b) in zip(cols, heads):
            doc.text(x, fl.y + 6, a, FB, 6.5, al)
            doc.text(x, fl.y + 14, b, FB, 6.5, al)
        fl.y += 24

    for pat, rel, clm, acct, prov, svcs in claims:
        fl.need(70)

        def claim_head(contd=False):
            doc.text(24, fl.y, f"Patient: {pat}" + ("" if contd else f"    Relationship: {rel}"), FB, 8)
            doc.text(588, fl.y, f"Claim number {clm}" + ("  (continued)" if contd else ""), FB, 8, "R")
            fl.y += 10
            if not contd:
                doc.text(24, fl.y, f"Provider: {prov}    Patient account no. {acct}    Received 01/30/26    "
                         "Processed 02/02/26    In-network", F, 7)
                fl.y += 10
            header()
        claim_head()
        for s in svcs:
            desc = doc.wrap(s.desc, F, Z, 114)
            if fl.need(10 * len(desc) + 2, lambda: claim_head(True)):
                pass
            vals = [dfmt(s.dos, "mdy2"), desc[0], " ".join((s.code,) + s.mods), money(s.billed, ","),
                    money(s.discount, ","), money(s.allowed, ","), money(s.not_covered, ","),
                    money(s.deductible, ","), money(s.copay, ","), money(s.coinsurance, ","), money(s.paid, ","),
                    money(s.owes, ","), ",".join(s.remarks)]
            cells(doc, fl.y, cols, vals, F, Z)
            lines.append(truth_line(doc.page_no, s, claim_id=acct, payer_claim_id=clm, patient=pat, units=False,
                                    printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes"), remarks=s.remarks))
            for extra in desc[1:]:
                fl.y += 8.5
                doc.text(cols[1][0], fl.y, extra, F, Z)
            doc.line(24, fl.y + 3, 588, fl.y + 3, 0.25, 0.6)
            fl.y += 13
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        vals = ["", "Claim totals", "", money(tb, ","), money(total(svcs, "discount"), ","), money(ta, ","),
                money(total(svcs, "not_covered"), ","), money(total(svcs, "deductible"), ","),
                money(total(svcs, "copay"), ","), money(total(svcs, "coinsurance"), ","), money(tp, ","),
                money(to, ","), ""]
        cells(doc, fl.y, cols, vals, FB, Z)
        cl.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(tb, ta, tp, to)})
        fl.y += 20
    legend = [("D1", "Part of this amount went toward your yearly deductible."),
              ("X4", "This plan does not cover this service; the provider may bill you for it.")]
    fl.need(40)
    doc.text(24, fl.y, "Notes", FB, 8)
    for k, v in legend:
        fl.y += 10
        doc.text(24, fl.y, f"{k}   {v}", F, 7.5)
    pages = doc.save()
    write_truth(doc.path, name, "reportlab", pages, l1_commercial_serif.__doc__, lines, cl, legend)


# ------------------------------------------------------------------------------------------------ generic
def generic(name, producer, landscape, F, FB, Z, title_fn, claims, spec, heads, rowfn, printed, *, bottom,
            claim_head, total_fn=None, legend=(), doc_desc="", repeat_header=True, rowh=11, findings=(),
            units=True, after=None, stacked=None, wrapcol=None, wrapw=0, x0=24, breaks=()):
    """Shared table flow: claims = list of dicts(pat, acct, icn, svcs, ...)."""
    doc = Doc(producer, Path(name), landscape, FIXED_WHEN)
    cols = row_cols(spec, x0)
    right = x0 + sum(w for w, _ in spec)
    fl = Flow(doc, bottom, lambda d, cont: title_fn(d, cont))
    lines, cl = [], []

    def header():
        if not heads:
            return
        nrow = max(len(h) for h in heads)
        doc.line(x0, fl.y - 7, right, fl.y - 7, 0.6)
        for (x, al), h in zip(cols, heads):
            for k, part in enumerate(h):
                doc.text(x, fl.y + 8 * k, part, FB, Z - 0.5, al)
        fl.y += 8 * (nrow - 1) + 3
        doc.line(x0, fl.y, right, fl.y, 0.6)
        fl.y += 10

    for ci, c in enumerate(claims):
        fl.need(60)
        fl.y = claim_head(doc, fl.y, c, False)
        header()
        for li, s in enumerate(c["svcs"]):
            if (ci, li) in breaks and fl.y < fl.bottom:
                fl.y = fl.bottom + 1
            extra = []
            vals = rowfn(s, c)
            if wrapcol is not None:
                parts = doc.wrap(vals[wrapcol], F, Z, wrapw)
                vals[wrapcol] = parts[0]
                extra = parts[1:]
            st_lines = stacked(s) if stacked else []
            h = rowh + 8.5 * max(len(extra), max(len(st_lines) - 1, 0))

            def cont():
                fl.y = claim_head(doc, fl.y, c, True)
                if repeat_header:
                    header()
            fl.need(h, cont)
            cells(doc, fl.y, cols, vals, F, Z)
            yy = fl.y
            for i, e in enumerate(extra):
                doc.text(cols[wrapcol][0], yy + 8.5 * (i + 1), e, F, Z)
            for i, (ci, txt) in enumerate(st_lines):
                if i:
                    doc.text(cols[ci][0], yy + 8.5 * i, txt, F, Z, cols[ci][1])
            lines.append(truth_line(doc.page_no, s, claim_id=c.get("acct"), payer_claim_id=c.get("icn"),
                                    patient=c["pat"], printed=printed, units=units,
                                    adjustments=c.get("adjfn", lambda s: s.adjs)(s), remarks=s.remarks,
                                    service_end=c.get("endfn", lambda s: None)(s)))
            fl.y = yy + h
        if total_fn:
            fl.need(rowh + 4)
            tots = total_fn(doc, fl.y, cols, c)
            fl.y += rowh + 8
        else:
            tots = claim_totals()
        cl.append({"claim_id": c.get("acct"), "payer_claim_id": c.get("icn"), "patient": c["pat"], "totals": tots})
        fl.y += 8
    if legend:
        fl.need(14 + 10 * len(legend))
        doc.text(x0, fl.y, "Explanation of codes" if not after else after, FB, Z + 1)
        for k, v in legend:
            fl.y += 10
            doc.text(x0, fl.y, f"{k}", FB, Z)
            doc.text(x0 + 40, fl.y, v, F, Z)
    pages = doc.save()
    write_truth(doc.path, Path(name).stem, producer, pages, doc_desc, lines, cl, list(legend), list(findings))
    return doc


def T(doc, y, cols, vals, font, size):
    cells(doc, y, cols, vals, font, size)


def _hdr(doc, lines, x=24, y=36, font="Helv-B", size=13, sub="Helv", right=None):
    doc.text(x, y, lines[0], font, size)
    for i, t in enumerate(lines[1:]):
        doc.text(x, y + 12 + 10 * i, t, sub, 7.5)
    if right:
        for i, t in enumerate(right):
            doc.text(doc.W - 24, y + 10 * i, t, sub, 8, "R")


def l2(out):
    """Commercial member EOB, fpdf2 landscape DejaVu Sans Condensed, units column, planted You-owe total error."""
    st = PlanState(ded_left=Decimal("0"), copay_codes={"97530": Decimal("25.00"), "92507": Decimal("25.00")},
                   allowed_rate=Decimal("0.74"), coins_rate=Decimal("0.10"))
    raw = [("Amani Okoro", "NWP-2291844", "E26011900413", [(D(2026, 1, 7), "97530", 3, ("GO",)),
            (D(2026, 1, 7), "97140", 1, ("GO", "59")), (D(2026, 1, 14), "97530", 2, ("GO",)),
            (D(2026, 1, 14), "97535", 2, ("GO",)), (D(2026, 1, 21), "97168", 1, ("GO",)),
            (D(2026, 1, 21), "97530", 2, ("GO",)), (D(2026, 1, 28), "97530", 3, ("GO",)),
            (D(2026, 1, 28), "97760", 1, ("GO",))]),
           ("Kesi Okoro", "NWP-2291871", "E26012000588", [(D(2026, 1, 9), "92507", 1, ("GN",)),
            (D(2026, 1, 16), "92507", 1, ("GN",)), (D(2026, 1, 23), "92507", 1, ("GN",)),
            (D(2026, 1, 23), "92526", 1, ("GN",))]),
           ("Chidi Okoro", "NWP-2291902", "E26012400117", [(D(2026, 1, 12), "99213", 1, ("25",)),
            (D(2026, 1, 12), "73110", 1, ("RT",)), (D(2026, 1, 12), "29125", 1, ("RT",)),
            (D(2026, 1, 19), "L3807", 1, ("RT",), "PR")])]
    claims = []
    for pat, acct, icn, items in raw:
        svcs = []
        for it in items:
            s = S(it[0], it[1], it[2], it[3], denied=it[4] if len(it) > 4 else None)
            commercial(s, st)
            s.remarks = ["N7"] if s.denied else (["C2"] if s.copay else [])
            svcs.append(s)
        claims.append({"pat": pat, "acct": acct, "icn": icn, "svcs": svcs, "adjfn": lambda s: []})
    spec = [(50, "L"), (60, "L"), (150, "L"), (28, "R"), (50, "R"), (50, "R"), (50, "R"), (50, "R"), (44, "R"),
            (44, "R"), (50, "R"), (50, "R"), (56, "R"), (30, "C")]
    heads = [("Service", "Date"), ("Procedure", "Code"), ("Description", ""), ("Units", ""), ("Amount", "Charged"),
             ("Member", "Discount"), ("Not", "Covered"), ("Amount", "Allowed"), ("Deduct-", "ible"), ("Copay", ""),
             ("Co-", "insurance"), ("Your Plan", "Paid"), ("Your Respon-", "sibility"), ("Reason", "Code")]

    def row(s, c):
        return [dfmt(s.dos, "mdy4"), "-".join((s.code,) + s.mods), s.desc, units_str(s.units), money(s.billed),
                money(s.discount), money(s.not_covered), money(s.allowed), money(s.deductible), money(s.copay),
                money(s.coinsurance), money(s.paid), money(s.owes), ",".join(s.remarks)]

    def title(doc, cont):
        _hdr(doc, ["Northwind Prairie Health", "Member Services 1-800-555-0148  ·  TTY 711",
                   "Mail: Claims Unit, 40 Granary Row, Fargo-Moorhead Service Ctr ND 58199"], font="DVCond-B",
             sub="DVCond", right=["Explanation of Benefits", "Not a bill", f"Page {doc.page_no}"])
        doc.line(24, 70, doc.W - 24, 70, 1.5)
        if cont:
            return 88
        doc.text(24, 86, "Subscriber: Ngozi Okoro    ID: NWP 71 440 0931    Group: Larkspur Foods Co-op 00921",
                 "DVCond", 8)
        doc.text(24, 97, "Date issued: 02/04/2026    Plan: Prairie Choice PPO 2500", "DVCond", 8)
        return 120

    def chead(doc, y, c, cont):
        doc.rect(24, y - 8, 752, 12, fill=0.85, stroke=True)
        doc.text(28, y + 1, f"Patient: {c['pat']}   Claim #: {c['icn']}   Patient Account #: {c['acct']}"
                 + ("   - continued" if cont else "   Provider: Juniper Ridge Therapy & Ortho   Network: In"),
                 "DVCond-B", 7.5)
        return y + 16

    def tot(doc, y, cols, c):
        v = {a: total(c["svcs"], a) for a in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                               "coinsurance", "paid", "owes")}
        if c["icn"] == "E26012000588":
            v["owes"] += Decimal("10.00")
        T(doc, y, cols, ["Totals", "", "", ""] + [money(v[a]) for a in ("billed", "discount", "not_covered",
          "allowed", "deductible", "copay", "coinsurance", "paid", "owes")] + [""], "DVCond-B", 7)
        doc.line(24, y + 3, 776, y + 3, 0.4)
        return claim_totals(v["billed"], v["allowed"], v["paid"], v["owes"])

    legend = [("C2", "Your plan's copay for this kind of visit applies."),
              ("N7", "Orthotic devices need approval before they are supplied; none was on file.")]
    generic(str(out / "h90_l2_commercial_landscape_eob.pdf"), "fpdf2", True, "DVCond", "DVCond-B", 7, title, claims,
            spec, heads, row, ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                               "paid", "patient_owes"), bottom=560, claim_head=chead, total_fn=tot, legend=legend,
            doc_desc=l2.__doc__, findings=["claim-total-mismatch claim E26012000588: printed Your Responsibility "
                                           "total is 10.00 more than its lines"])


def l3(out):
    """Medicare Summary Notice Part B, reportlab portrait core Helvetica, code in description, no units."""
    st = PlanState(ded_left=Decimal("57.00"))
    raw = [("Riverbend Hand & Upper Limb Therapy", "1-26014-00381-220", [(D(2026, 1, 5), "97165", 1, ("GO",)),
            (D(2026, 1, 5), "97760", 1, ("GO",)), (D(2026, 1, 5), "L3807", 1, ("RT",)),
            (D(2026, 1, 12), "97140", 2, ("GO",)), (D(2026, 1, 12), "97530", 2, ("GO",)),
            (D(2026, 1, 19), "97110", 2, ("GO",)), (D(2026, 1, 19), "97018", 1, ("GO",), "CO"),
            (D(2026, 1, 26), "97530", 2, ("GO", "KX")), (D(2026, 1, 26), "97140", 1, ("GO",))]),
           ("Lakeshore Family Medicine", "1-26019-00744-105", [(D(2026, 1, 8), "99213", 1, ()),
            (D(2026, 1, 8), "73110", 1, ("RT",))]),
           ("Oriole Speech Services", "1-26027-01102-338", [(D(2026, 1, 21), "92523", 1, ("GN",)),
            (D(2026, 1, 28), "92507", 1, ("GN",))])]
    claims = []
    for prov, icn, items in raw:
        svcs = []
        for it in items:
            s = S(it[0], it[1], it[2], it[3], denied=it[4] if len(it) > 4 else None)
            medicare(s, st, deny_reason="97")
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
            svcs.append(s)
        claims.append({"pat": "Harriet M. Quinlan", "acct": None, "icn": icn, "svcs": svcs, "prov": prov,
                       "adjfn": lambda s: []})
    spec = [(214, "L"), (54, "C"), (64, "R"), (64, "R"), (64, "R"), (66, "R"), (40, "C")]
    heads = [("Service Provided & Billing Code", ""), ("Service", "Approved?"), ("Amount", "Provider Charged"),
             ("Medicare-", "Approved"), ("Medicare Paid", "Provider"), ("Maximum You", "May Be Billed"),
             ("See", "Notes")]

    def row(s, c):
        return [f"{s.desc} ({'-'.join((s.code,) + s.mods)})", "No" if s.denied else "Yes", money(s.billed),
                money(s.allowed), money(s.paid), money(s.owes), ", ".join(s.remarks)]

    def title(doc, cont):
        doc.text(24, 40, "Medicare Summary Notice for Part B (Medical Insurance)", "Helv-B", 13)
        doc.text(24, 54, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid "
                 "Services", "Helv", 8)
        doc.text(588, 40, f"Page {doc.page_no}", "Helv", 8, "R")
        doc.line(24, 60, 588, 60, 1)
        if cont:
            doc.text(24, 74, "HARRIET M. QUINLAN    Medicare Number XXXXXXX41QE", "Helv-B", 8)
            return 94
        doc.text(24, 80, "HARRIET M. QUINLAN", "Helv-B", 9)
        doc.text(24, 91, "88 Wicklow Terrace Apt 3", "Helv", 8)
        doc.text(24, 101, "Port Auden, MI 49009", "Helv", 8)
        doc.rect(330, 70, 258, 82, fill=0.93)
        for i, t in enumerate(["Notice for Harriet M. Quinlan", "Medicare Number XXXXXXX41QE",
                               "Date of This Notice February 6, 2026",
                               "Claims Processed Between November 6, 2025 - February 5, 2026",
                               "Your Deductible Status: You have now met $257.00", "of your $257 Part B deductible."]):
            doc.text(336, 82 + 12 * i, t, "Helv", 8)
        doc.text(24, 170, "Your Claims & Costs This Period", "Helv-B", 11)
        doc.text(24, 184, "Did Medicare approve all services?  NO - Medicare did not approve 1 service. Look for "
                 "\"No\" in the \"Service Approved?\" column.", "Helv", 8)
        doc.text(24, 196, "If you disagree you can appeal by June 5, 2026. See page 3 for how.", "Helv", 8)
        doc.rect(24, 210, 564, 150)
        doc.text(32, 226, "Total You May Be Billed", "Helv-B", 10)
        doc.text(32, 240, "The providers listed in this notice may bill you up to the amounts in the \"Maximum You",
                 "Helv", 8)
        doc.text(32, 251, "May Be Billed\" column. Check each bill against this notice before you pay.", "Helv", 8)
        doc.text(32, 272, "Be Informed!", "Helv-B", 10)
        for i, t in enumerate(["Keep a calendar of your therapy visits and compare it with the dates below.",
                               "Medicare will never call you to ask for your Medicare Number.",
                               "Report anything odd to 1-800-555-0112 (invented number for this example).",
                               "Want notices online? Sign in to your account to choose electronic notices."]):
            doc.text(32, 288 + 13 * i, t, "Helv", 8)
        doc.text(24, 390, "Part B Medical Insurance - Assigned Claims", "Helv-B", 10)
        return 412

    def chead(doc, y, c, cont):
        d0 = min(s.dos for s in c["svcs"])
        if cont:
            doc.text(24, y, f"{c['prov']} (continued)  Claim number {c['icn']}", "Helv-B", 8.5)
            return y + 16
        doc.rect(24, y - 9, 564, 13, fill=0.8, stroke=False)
        doc.text(28, y, f"{dfmt(d0, 'month')} and later", "Helv-B", 8.5)
        doc.text(24, y + 14, c["prov"], "Helv-B", 8.5)
        doc.text(24, y + 24, f"Service Provided By: {c['prov']}   Date Received: 01/30/2026   "
                 f"Claim number: {c['icn']}", "Helv", 7.5)
        return y + 42

    def rowdate_wrap(s, c):
        return row(s, c)

    def tot(doc, y, cols, c):
        v = {a: total(c["svcs"], a) for a in ("billed", "allowed", "paid", "owes")}
        T(doc, y, cols, ["Total for this claim", "", money(v["billed"]), money(v["allowed"]), money(v["paid"]),
                         money(v["owes"]), ""], "Helv-B", 7.5)
        return claim_totals(v["billed"], v["allowed"], v["paid"], v["owes"])

    legend = [("A", "The amount Medicare paid the provider reflects the 2% federal payment reduction."),
              ("B", "This approved amount went toward your yearly Part B deductible."),
              ("C", "Medicare does not pay separately for this service when billed with these services; the "
                    "provider may not bill you.")]
    # service dates are printed inside the description column as a leading date for each row
    old_row = row

    def row2(s, c):
        v = old_row(s, c)
        v[0] = f"{dfmt(s.dos, 'mdy2')}  " + v[0]
        return v
    generic(str(out / "h90_l3_msn_part_b.pdf"), "reportlab", False, "Helv", "Helv-B", 7.5, title, claims, spec,
            heads, row2, ("billed", "allowed", "paid", "patient_owes"), bottom=740, claim_head=chead, total_fn=tot,
            legend=legend, doc_desc=l3.__doc__, units=False, wrapcol=0, wrapw=210, rowh=13, breaks={(0, 6)}, after="Notes for Claims")


def l4(out):
    """Medicare Advantage HMO member EOB, fpdf2 portrait Liberation Sans Narrow, per-visit copay, Qty column."""
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.58"))
    raw = [("Westgate Outpatient Rehab", "WOR-5520981", "MA26-0117-33910", [(D(2026, 1, 6), "97161", 1, ("GP",)),
            (D(2026, 1, 6), "97110", 2, ("GP",)), (D(2026, 1, 8), "97110", 2, ("GP",)),
            (D(2026, 1, 8), "97112", 1, ("GP",)), (D(2026, 1, 13), "97116", 2, ("GP",)),
            (D(2026, 1, 13), "97110", 1, ("GP", "CQ")), (D(2026, 1, 15), "97116", 2, ("GP", "CQ")),
            (D(2026, 1, 15), "97140", 1, ("GP",)), (D(2026, 1, 20), "97110", 3, ("GP",)),
            (D(2026, 1, 22), "97112", 2, ("GP",)), (D(2026, 1, 22), "G0283", 1, ("GP",), "CO"),
            (D(2026, 1, 27), "97110", 2, ("GP", "CQ")), (D(2026, 1, 27), "97116", 1, ("GP",)),
            (D(2026, 1, 29), "97110", 2, ("GP",)), (D(2026, 1, 29), "97112", 2, ("GP",)),
            (D(2026, 1, 30), "97164" if False else "97140", 1, ("GP",))]),
           ("Cobble Hill Home Health", "CHH-77120", "MA26-0124-10288", [(D(2026, 1, 27), "G0151", 2, ()),
            (D(2026, 1, 29), "G0151", 2, ())]),
           ("Brant Medical Supply", "BMS-3301-04", "MA26-0126-44071", [(D(2026, 1, 23), "E0730", 1, ("NU",))])]
    claims = []
    for prov, acct, icn, items in raw:
        svcs = []
        for it in items:
            s = S(it[0], it[1], it[2], it[3], denied=it[4] if len(it) > 4 else None)
            commercial(s, st, deny_reason="97")
            s.remarks = ["3"] if s.denied else (["1"] if s.copay else [])
            svcs.append(s)
        claims.append({"pat": "Walter J. Brennick", "acct": acct, "icn": icn, "svcs": svcs, "prov": prov,
                       "adjfn": lambda s: []})
    spec = [(48, "L"), (150, "L"), (56, "L"), (26, "R"), (56, "R"), (56, "R"), (56, "R"), (44, "R"), (56, "R"),
            (24, "C")]
    heads = [("Date of", "service"), ("Service you received", ""), ("Code", ""), ("Qty", ""),
             ("Provider's", "charge"), ("Plan's approved", "amount"), ("Plan's", "share"), ("Your", "copay"),
             ("Your total", "share"), ("Note", "")]

    def row(s, c):
        return [dfmt(s.dos, "mdyn"), s.desc, " ".join((s.code,) + s.mods), units_str(s.units), money(s.billed),
                money(s.allowed), money(s.paid), money(s.copay), money(s.owes), ",".join(s.remarks)]

    def title(doc, cont):
        doc.rect(0, 0, doc.W, 46, fill=0.25, stroke=False)
        doc.text(24, 22, "HARBORLIGHT SENIOR ADVANTAGE (HMO)", "LibNarrow-B", 14, white=True)
        doc.text(24, 36, "Your Explanation of Benefits for January 2026", "LibNarrow", 9, white=True)
        doc.text(588, 36, f"Page {doc.page_no}", "LibNarrow", 8, "R", white=True)
        doc.rect(24, 650, 564, 90, fill=0.94)
        doc.text(32, 664, "Help stop fraud", "LibNarrow-B", 9)
        for i, t in enumerate(["Compare this statement with your own records of visits and items you received.",
                               "If you see a service you did not get, call Member Services at 1-866-555-0190.",
                               "Harborlight Senior Advantage is an HMO plan with a Medicare contract (invented).",
                               "This is not a bill. Your provider may send you a bill for your share."]):
            doc.text(32, 678 + 13 * i, t, "LibNarrow", 8.5)
        if cont:
            doc.text(24, 62, "Walter J. Brennick  ·  Member ID H7781-004-2290", "LibNarrow-B", 8)
            return 84
        doc.text(24, 64, "WALTER J BRENNICK", "LibNarrow-B", 9)
        doc.text(24, 75, "415 Sumac Hollow Dr", "LibNarrow", 8.5)
        doc.text(24, 86, "Elk Prairie, WI 53599", "LibNarrow", 8.5)
        doc.rect(320, 56, 268, 70)
        for i, t in enumerate(["Member: Walter J. Brennick", "Member ID: H7781-004-2290",
                               "Total you paid this month: $140.00", "Your out-of-pocket so far in 2026: $140.00 of "
                               "$3,900.00", "Questions? 1-866-555-0190 (TTY 711), 8 am - 8 pm"]):
            doc.text(326, 68 + 12 * i, t, "LibNarrow", 8.5)
        doc.text(24, 146, "Part 2: Your claims in detail", "LibNarrow-B", 11)
        return 166

    def chead(doc, y, c, cont):
        doc.line(24, y - 8, 588, y - 8, 1.2)
        if cont:
            doc.text(24, y + 2, f"{c['prov']} - claim {c['icn']} (continued from previous page)", "LibNarrow-B", 8.5)
            return y + 18
        doc.text(24, y + 2, c["prov"], "LibNarrow-B", 9.5)
        doc.text(24, y + 13, f"Claim number {c['icn']}    Provider's account number {c['acct']}    "
                 "Processed January 31, 2026", "LibNarrow", 8)
        return y + 28

    def tot(doc, y, cols, c):
        v = {a: total(c["svcs"], a) for a in ("billed", "allowed", "paid", "copay", "owes")}
        T(doc, y, cols, ["", "Claim total", "", "", money(v["billed"]), money(v["allowed"]), money(v["paid"]),
                         money(v["copay"]), money(v["owes"]), ""], "LibNarrow-B", 8)
        return claim_totals(v["billed"], v["allowed"], v["paid"], v["owes"])

    legend = [("1", "Your plan's copay for an outpatient therapy visit day is $20."),
              ("3", "This service is included in the payment for another service on the same day.")]
    generic(str(out / "h90_l4_ma_hmo_member_eob.pdf"), "fpdf2", False, "LibNarrow", "LibNarrow-B", 8, title, claims,
            spec, heads, row, ("billed", "allowed", "paid", "copay", "patient_owes"), bottom=636, claim_head=chead,
            total_fn=tot, legend=legend, doc_desc=l4.__doc__, repeat_header=False, rowh=12, wrapcol=1, wrapw=146,
            after="What the notes mean", breaks={(0, 11)})


def l5(out):
    """State Medicaid remittance advice, reportlab landscape core Courier, FROM/TO dates, state EOB codes, reversal."""
    def mk(d, code, u, mods=(), end=None, denied=None):
        s = S(d, code, u, mods, end=end, denied="CO" if denied else None)
        medicaid(s, deny_reason=denied or "197")
        s.remarks = [{"16": "0281", "197": "0142"}.get(denied, "0001")] if denied else ["0001"]
        return s
    raw = [("PAID CLAIMS", "MARTINEZ-ROWE, ELIJAH", "402219857", "KT-10332", "2226033004417",
            [mk(D(2026, 1, 5), "97530", 8, ("GO",), D(2026, 1, 9)), mk(D(2026, 1, 5), "97110", 4, ("GO",),
             D(2026, 1, 9)), mk(D(2026, 1, 12), "97165", 1, ("GO",), D(2026, 1, 12))]),
           ("PAID CLAIMS", "NGUYEN, BAO-TRAN", "402877130", "KT-10341", "2226033004418",
            [mk(D(2026, 1, 6), "92507", 1, ("GN",), D(2026, 1, 6)), mk(D(2026, 1, 13), "92507", 1, ("GN",),
             D(2026, 1, 13)), mk(D(2026, 1, 20), "92507", 1, ("GN",), D(2026, 1, 20)),
             mk(D(2026, 1, 27), "92507", 1, ("GN",), D(2026, 1, 27)), mk(D(2026, 1, 27), "92526", 1, ("GN",),
             D(2026, 1, 27))]),
           ("DENIED CLAIMS", "OKAFOR, ZURI", "403100562", "KT-10358", "2226033004419",
            [mk(D(2026, 1, 14), "97535", 2, ("GO",), D(2026, 1, 14), "197"),
             mk(D(2026, 1, 14), "97530", 2, ("GO",), D(2026, 1, 14), "16")]),
           ("ADJUSTED CLAIMS", "MARTINEZ-ROWE, ELIJAH", "402219857", "KT-10290", "1226020001195",
            [negate(mk(D(2025, 12, 15), "97530", 4, ("GO",), D(2025, 12, 19)))]),
           ("ADJUSTED CLAIMS", "MARTINEZ-ROWE, ELIJAH", "402219857", "KT-10290", "5226033004420",
            [mk(D(2025, 12, 15), "97530", 6, ("GO",), D(2025, 12, 19))])]
    for c in raw[3][5]:
        c.remarks = ["0920"]
    claims = []
    for sec, pat, rid, acct, icn, svcs in raw:
        claims.append({"sec": sec, "pat": pat, "rid": rid, "acct": acct, "icn": icn, "svcs": svcs,
                       "endfn": lambda s: s.end})
    spec = [(24, "R"), (50, "L"), (50, "L"), (40, "L"), (44, "L"), (40, "R"), (64, "R"), (64, "R"), (48, "R"),
            (48, "R"), (64, "R"), (70, "L"), (48, "R"), (40, "L")]
    heads = [("LN",), ("FROM DOS",), ("TO DOS",), ("PROC",), ("MODS",), ("UNITS",), ("BILLED AMT",),
             ("ALLOWED AMT",), ("TPL",), ("COPAY",), ("PAID AMT",), ("ADJ GRP/RSN",), ("ADJ AMT",), ("EOB",)]
    counter = {}

    def row(s, c):
        n = counter.setdefault(c["icn"], [0])
        n[0] += 1
        g, r, a = s.adjs[0] if s.adjs else ("", "", None)
        return [str(n[0]), dfmt(s.dos, "mdy6"), dfmt(s.end, "mdy6"), s.code, " ".join(s.mods), units_str(s.units),
                money(s.billed, ",", "trail"), money(s.allowed, ",", "trail"), "0.00", "0.00",
                money(s.paid, ",", "trail"), f"{g}-{r}" if g else "", money(a, ",", "trail") if a is not None
                else "", ",".join(s.remarks)]
    state = {"sec": None}

    def title(doc, cont):
        doc.text(24, 32, "STATE OF NORTH CASCADIA  -  DEPARTMENT OF HEALTH CARE SERVICES  -  MEDICAL ASSISTANCE "
                 "PROGRAM", "Cour-B", 8.5)
        doc.text(24, 43, "REMITTANCE ADVICE                RA NUMBER 0061173     RA DATE 02/03/2026     "
                 f"PAGE {doc.page_no:>3}", "Cour", 8)
        doc.text(24, 54, "PROVIDER: KESTREL TREE PEDIATRIC THERAPY LLC     PROVIDER ID 0088142201     NPI 1780000423",
                 "Cour", 8)
        doc.line(24, 60, 768, 60, 0.5)
        doc.text(24, 590, "KEEP THIS ADVICE FOR YOUR RECORDS. QUESTIONS: PROVIDER SERVICES 1-877-555-0163. "
                 "AMOUNTS FOLLOWED BY - ARE RECOVERIES.", "Cour", 7)
        return 76

    def chead(doc, y, c, cont):
        if state["sec"] != c["sec"] and not cont:
            state["sec"] = c["sec"]
            doc.text(24, y, f"*** {c['sec']} ***", "Cour-B", 8.5)
            y += 14
        doc.text(24, y, f"RECIPIENT: {c['pat']:<24} RECIP ID: {c['rid']}   PAT ACCT: {c['acct']:<10} "
                 f"ICN: {c['icn']}" + ("   (CONT)" if cont else ""), "Cour-B", 7.5)
        return y + 14

    def tot(doc, y, cols, c):
        v = {a: total(c["svcs"], a) for a in ("billed", "allowed", "paid")}
        doc.text(cols[1][0], y, "CLAIM TOTAL", "Cour-B", 7.5)
        for k, ci in (("billed", 6), ("allowed", 7), ("paid", 10)):
            doc.text(cols[ci][0], y, money(v[k], ",", "trail"), "Cour-B", 7.5, "R")
        return claim_totals(v["billed"], v["allowed"], v["paid"])

    legend = [("0001", "Service paid under the state rate schedule."),
              ("0142", "Service needs a prior approval number that was not on the claim."),
              ("0281", "Claim line is missing information needed to process it; correct and resubmit."),
              ("0920", "Earlier payment recovered; see the replacement claim that follows.")]
    generic(str(out / "h90_l5_medicaid_ra_courier.pdf"), "reportlab", True, "Cour", "Cour-B", 7.5, title, claims,
            spec, [h for h in heads], row, ("billed", "allowed", "paid"), bottom=470, claim_head=chead,
            total_fn=tot, legend=legend, doc_desc=l5.__doc__, rowh=11, after="EOB CODE MESSAGES")


def l6(out):
    """State Medicaid RA from a newer claims system, fpdf2 portrait DejaVu Sans, boxed label-over-value claim headers."""
    def mk(d, code, u, mods=(), denied=None, rem=None):
        s = S(d, code, u, mods, denied="CO" if denied else None)
        medicaid(s, deny_reason=denied or "197")
        s.remarks = [rem] if rem else []
        return s
    raw = [("Aurelio Santangelo", "91-448-2071", "RB-2026-0412", "2026034118802", "Paid", [
            mk(D(2026, 1, 6), "97166", 1, ("GO",)), mk(D(2026, 1, 6), "97530", 2, ("GO",)),
            mk(D(2026, 1, 13), "97530", 3, ("GO",)), mk(D(2026, 1, 13), "97112", 1, ("GO",)),
            mk(D(2026, 1, 20), "97530", 2, ("GO",)), mk(D(2026, 1, 20), "97542", 2, ("GO",)),
            mk(D(2026, 1, 27), "97530", 3, ("GO",)), mk(D(2026, 1, 27), "97533", 1, ("GO",), "96", "N216")]),
           ("Pilar Santangelo", "91-448-2089", "RB-2026-0417", "2026034118803", "Paid", [
            mk(D(2026, 1, 8), "92523", 1, ("GN",)), mk(D(2026, 1, 15), "92507", 1, ("GN",)),
            mk(D(2026, 1, 22), "92507", 1, ("GN",))]),
           ("Joaquin Ferreira-Lund", "91-502-3346", "RB-2026-0429", "2026034118804", "Denied", [
            mk(D(2026, 1, 16), "97161", 1, ("GP",), "27", "N30"), mk(D(2026, 1, 16), "97110", 2, ("GP",), "27",
                                                                     "N30")])]
    claims = [{"pat": p, "mid": m, "acct": a, "icn": t, "status": stt, "svcs": sv} for p, m, a, t, stt, sv in raw]
    spec = [(26, "C"), (58, "L"), (44, "L"), (40, "L"), (30, "R"), (56, "R"), (56, "R"), (56, "R"), (48, "L"),
            (52, "R"), (44, "L")]
    heads = [("Line",), ("Svc Date",), ("Proc",), ("Mod",), ("Units",), ("Billed",), ("Allowed",), ("Paid",),
             ("CARC",), ("Adj Amt",), ("RARC",)]
    counter = {}

    def row(s, c):
        n = counter.setdefault(c["icn"], [0])
        n[0] += 1
        g, r, a = s.adjs[0] if s.adjs else ("", "", None)
        return [str(n[0]), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), money(s.billed, ","),
                money(s.allowed, ","), money(s.paid, ","), f"{g}-{r}" if g else "", money(a, ",") if a is not None
                else "", ",".join(s.remarks)]

    def title(doc, cont):
        doc.text(24, 34, "Evergreen Bay Medicaid - Provider Remittance Advice", "DVSans-B", 12)
        doc.text(24, 47, "Payee: Redbud Pediatric Rehab Associates  ·  Payee ID 6600217  ·  Payment 2026-02-06  ·  "
                 "EFT trace 71100482553", "DVSans", 7)
        doc.text(588, 34, f"Page {doc.page_no}", "DVSans", 7, "R")
        doc.line(24, 53, 588, 53, 0.8)
        return 72

    def chead(doc, y, c, cont):
        labels = [("Member Name", c["pat"]), ("Member ID", c["mid"]), ("Patient Acct #", c["acct"]),
                  ("TCN", c["icn"]), ("Claim Status", c["status"] + (" (cont.)" if cont else ""))]
        x = 24
        widths = [140, 80, 90, 130, 124]
        for (lab, val), w in zip(labels, widths):
            doc.rect(x, y - 8, w, 24)
            doc.text(x + 3, y, lab, "DVSans", 6)
            doc.text(x + 3, y + 11, val, "DVSans-B", 7)
            x += w
        return y + 32

    def tot(doc, y, cols, c):
        v = {a: total(c["svcs"], a) for a in ("billed", "allowed", "paid")}
        doc.text(cols[1][0], y, "Claim totals", "DVSans-B", 6.8)
        for k, ci in (("billed", 5), ("allowed", 6), ("paid", 7)):
            doc.text(cols[ci][0], y, money(v[k], ","), "DVSans-B", 6.8, "R")
        return claim_totals(v["billed"], v["allowed"], v["paid"])

    legend = [("CO-45", "Billed amount is above the program's rate; the difference is written off."),
              ("CO-96", "This service is not covered by the program."),
              ("CO-27", "Member's eligibility had ended before this date of service."),
              ("N216", "Benefit not in the member's plan."), ("N30", "Member was not eligible on this date.")]
    generic(str(out / "h90_l6_medicaid_ra_boxed.pdf"), "fpdf2", False, "DVSans", "DVSans-B", 6.8, title, claims,
            spec, heads, row, ("billed", "allowed", "paid"), bottom=740, claim_head=chead, total_fn=tot,
            legend=legend, doc_desc=l6.__doc__, rowh=11, after="Adjustment and remark codes on this advice")


# ------------------------------------------------------------------------------------------------ check
MONEY_RE = re.compile(r"\(?-?\$?\d[\d,]*\.\d{2}\)?-?")


def money_set(s: str) -> set:
    out = set()
    for t in MONEY_RE.findall(s):
        neg = t.startswith("(") or t.startswith("-") or t.endswith("-")
        v = Decimal(t.strip("()-").replace("$", "").replace(",", "").lstrip("-"))
        out.add(-v if neg else v)
    return out


def num_set(s: str) -> set:
    return {Decimal(t).normalize() for t in re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", s)}


def date_forms(iso: str) -> list:
    d = date.fromisoformat(iso)
    f = [dfmt(d, s) for s in ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")]
    f += [d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"), f"{d.month}/{d.day}/{d:%y}", d.strftime("%d %b %Y"),
          f"{d:%b} {d.day}, {d.year}", d.strftime("%b %d, %Y"), d.strftime("%m%d") + " "]
    return f


def check(out: Path) -> int:
    import pdfplumber
    bad = 0
    spanning = 0
    for tp in sorted(out.glob("*.truth.json")):
        t = json.loads(tp.read_text())
        pdf = Path(str(tp)[: -len(".truth.json")])
        errs = []
        with pdfplumber.open(pdf) as p:
            if len(p.pages) != t["pages"]:
                errs.append(f"pages {len(p.pages)} != {t['pages']}")
            plines = [[ln["text"] for ln in pg.extract_text_lines(layout=False, strip=True)] for pg in p.pages]
        alltext = "\n".join("\n".join(x) for x in plines)
        cursor = {}
        for i, ln in enumerate(t["lines"]):
            pg = ln["page"]
            tl = plines[pg - 1]
            start = cursor.get(pg, 0)
            hit = None
            for j in range(start, len(tl)):
                txt = tl[j]
                if ln["code"] and ln["code"] not in txt:
                    continue
                if not all(m in txt for m in ln["modifiers"]):
                    continue
                ms = money_set(txt)
                if all(Decimal(ln[k]) in ms for k in eobgen.AMOUNT_KEYS if ln.get(k) is not None):
                    hit = j
                    break
            if hit is None:
                errs.append(f"line {i} ({ln['code']} {ln['service_date']}) not found on page {pg}")
                continue
            cursor[pg] = hit + 1
            row = tl[hit]
            block = " ".join(tl[hit: hit + 5])
            near = " ".join(tl[max(0, hit - 10): hit + 1])
            if not any(f in row for f in date_forms(ln["service_date"])) and \
                    not any(f in near for f in date_forms(ln["service_date"])):
                errs.append(f"line {i}: date {ln['service_date']} not on/above row: {row}")
            if ln["service_end"] and not any(f in near for f in date_forms(ln["service_end"])):
                errs.append(f"line {i}: end date missing")
            if ln["units"] is not None and Decimal(ln["units"]).normalize() not in num_set(row):
                errs.append(f"line {i}: units {ln['units']} not on row: {row}")
            for g, c, a in ln["adjustments"]:
                if not re.search(rf"{g}\s*-?\s*{c}\b", block):
                    errs.append(f"line {i}: adj {g}-{c} missing near row")
                if a is not None and Decimal(a) not in money_set(block):
                    errs.append(f"line {i}: adj amount {a} missing near row")
            for r in ln["remarks"]:
                if r not in block:
                    errs.append(f"line {i}: remark {r} missing")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in alltext:
                    errs.append(f"line {i}: {k} {ln[k]} missing from document")
            # arithmetic
            g = {k: Decimal(ln[k]) if ln[k] is not None else None for k in eobgen.AMOUNT_KEYS}
            if g["billed"] is not None and g["paid"] is not None and ln["adjustments"] and \
                    all(a is not None for _, _, a in ln["adjustments"]):
                if g["billed"] - sum(Decimal(a) for _, _, a in ln["adjustments"]) != g["paid"]:
                    errs.append(f"line {i}: billed - adjustments != paid")
            if None not in (g["allowed"], g["deductible"], g["copay"], g["coinsurance"], g["paid"]):
                if g["allowed"] - g["deductible"] - g["copay"] - g["coinsurance"] != g["paid"]:
                    errs.append(f"line {i}: allowed - share != paid")
            if None not in (g["billed"], g["discount"], g["not_covered"], g["allowed"]):
                if g["billed"] - g["discount"] - g["not_covered"] != g["allowed"]:
                    errs.append(f"line {i}: billed - discount - not covered != allowed")
        planted = " ".join(t["expected_findings"])
        for c in t["claims"]:
            mine = [ln for ln in t["lines"] if ln["claim_id"] == c["claim_id"] and
                    ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
            if not mine:
                errs.append(f"claim {c['claim_id']} has no lines")
                continue
            if len({ln["page"] for ln in mine}) > 1:
                spanning += 1
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum(Decimal(ln[k]) for ln in mine if ln[k] is not None)
                if s != Decimal(v):
                    key = c["payer_claim_id"] or c["claim_id"]
                    if f"claim-total-mismatch claim {key}" not in planted:
                        errs.append(f"claim {key} total {k} {v} != lines {s}")
                elif f"claim {c['payer_claim_id'] or c['claim_id']}:" in planted and k in planted.split(":")[1]:
                    pass
                if Decimal(v) not in money_set(alltext):
                    errs.append(f"claim total {v} not printed")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if c[k] and c[k] not in alltext:
                    errs.append(f"claim {k} {c[k]} missing")
        for code, _ in t["legend"]:
            if code not in alltext:
                errs.append(f"legend {code} missing")
        status = "OK " if not errs else "BAD"
        print(f"{status} {pdf.name}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, "
              f"{len(t['claims'])} claims")
        for e in errs[:12]:
            print("    ", e)
        bad += bool(errs)
    print(f"claims spanning pages: {spanning}")
    if spanning < 3:
        print("BAD: fewer than 3 claims continue onto a next page")
        bad += 1
    return bad


LAYOUTS = [l1_commercial_serif, l2, l3, l4, l5, l6]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout90_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for f in LAYOUTS:
        f(out)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if "--check" in argv:
        n = check(out)
        print("CHECK PASSED" if n == 0 else f"CHECK FAILED ({n})")
        return 1 if n else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
