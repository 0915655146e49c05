"""Write held-out set 188 of synthetic PDF EOB layouts (with truth files) into a folder: an honest measurement of
the PDF reader on house styles nobody developing it has seen. Two layouts of each of the five commonest real kinds
(commercial member EOB, Medicare Summary Notice / Medicare Advantage EOB, state Medicaid remittance advice,
Medicare-style paper remit from a clearinghouse / practice-management system, family statement). Written without
looking at the reader or at how it reads these files.

Run:  python bench/heldout188/make_heldout188_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout188/make_heldout188_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; <name>.pdf.truth.json), printed values only, null
for what a layout does not print (units null where no quantity is printed; modifiers [] where none are printed;
description null where the layout prints none). claim_id = the provider's own account / patient-control / visit /
hospital account number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the
person served, never the subscriber / guarantor). Claims carry the printed claim totals. Adjustments only where a
group + reason code is printed on the line with its amount; remarks = note / EOB / remark codes printed on the line.
Statement "insurance adjustment" write-offs are recorded as discount. service_end only where a To date different
from the From date is printed. No planted mismatch (expected_findings empty). Every name, number, payer, provider,
address and ID is invented; descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed
creation date, no randomness). Helper kit: bench/heldout188/h188kit.py (canvas over both producers, --check).

Layouts:
  a1  commercial PPO member EOB, portrait Liberation Sans: shaded two-line column header "Service dates / Service
      description / Amount billed / Plan discount / Not covered / Allowed amount / Deductible / Copay / Coinsurance /
      Plan paid / Your share / Notes", "Claim for <name>" heading with claim ID, provider and patient account,
      code + modifiers on the row and the description on a second line, 3 family members, denied line (reportlab)
  a2  commercial "Health Statement", landscape DejaVu Serif: "Services for <name>" bands, "Visit date (Jan 5, 2026) /
      Procedure / Mod / Qty / What was done / Provider's charge / Network discount / Allowed / Paid by plan / Member
      cost share / Code", 3 family members, appeal-rights block at page foot, claim continued on page 2 (fpdf2)
  b1  Medicare Summary Notice Part B, portrait DejaVu Sans Condensed: date + words + "(97110)" in one cell, "Did
      Medicare Approve?", notes letters, no units or modifiers, claim running onto page 2 with "(continued)" (reportlab)
  b2  Medicare Advantage member EOB, portrait Liberation Sans with a shaded summary box top right, boxed column
      header, "Service code" with modifiers, per-visit copay column, denied line, claim status rows (fpdf2)
  c1  state Medicaid RA, portrait Liberation Mono: PAID / DENIED / ADJUSTED sections, "RCP NAME: LAST, FIRST",
      SVC FROM / SVC TO mmddyy, UNITS "2.00", 4-digit EOB codes, a void with trailing minus and its replacement,
      claim continued onto page 2 with the header repeated (fpdf2)
  c2  Medicaid managed-care "Remittance and Status Report", landscape Helvetica: Member / TCN / Patient Acct #
      rows, Svc From / Svc To ranges, Mod 1 / Mod 2, TPL column, "CO-45" + Adj Amt, RARC, Status (reportlab)
  d1  clearinghouse Medicare-style standard paper remit, portrait DejaVu Sans Mono: PERF PROV / SERV DATE "0105 010526"
      / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT (all adjustments "CO45 133.88 PR2 ..."
      on the row) / PROV PD, NAME / HIC / ACNT / ICN claim lines, CLAIM TOTALS, glossary (fpdf2)
  d2  practice-management "Remittance Detail Report", landscape Liberation Sans Narrow: patient bands, DOS mm/dd/yy,
      Units "3.0", adjustments "CO-45 x  PR-2 y" in one cell, Pt Resp, denied orthosis, claim over the page (reportlab)
  e1  therapy clinic family statement, portrait Liberation Sans with an Amount Due box: visit rows naming the
      insurer's claim #, "97530-GO" glued, Charges / Ins. Paid / Ins. Adj. / Your Balance, 3 children (fpdf2)
  e2  hospital outpatient patient statement, portrait DejaVu Serif: one hospital account per family member, Rev code,
      CPT/HCPCS, Mod, Qty, Charges / Insurance Payments / Patient Balance, tear-off stub on every page, account
      continued on page 2 with header repeated (reportlab)

The self-check (--check) tests the factory, not the reader: every truth amount, code, modifier, units value,
remark and adjustment amount is on ONE text row of its page (pdfplumber words grouped by baseline), dates and
adjustment codes on the page, ids, patients and descriptions in the document's text, the page count matches, at
least three files carry a claim whose rows run onto the next page, and the documents' own arithmetic holds
(billed - discount - not covered = allowed where printed; allowed - deductible - copay - coinsurance = paid where
printed, payment reduction aside; billed - adjustments = paid where every adjustment prints; claim totals = sum of
lines, and every total is printed)."""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen as G  # noqa: E402
from eobgen import PlanState, Svc, claim_totals, dfmt, money, total, truth_line, write_truth  # noqa: E402
from h188kit import Canvas, check_file, spans_pages  # noqa: E402

D = date


@dataclass
class Claim:
    patient: str
    acct: str | None
    icn: str | None
    svcs: list
    provider: str = ""
    extra: dict = field(default_factory=dict)


def mk(specs, fn, *a, **k):
    out = []
    for sp in specs:
        dos, code, units = sp[0], sp[1], sp[2]
        mods = tuple(sp[3]) if len(sp) > 3 else ()
        den = sp[4] if len(sp) > 4 else None
        s = Svc(dos, code, Decimal(str(units)), mods, denied=den)
        out.append(fn(s, *a, **k))
    return out


def mods_sp(s):
    return " ".join(s.mods)


class Flow:
    """Row flow with page breaks: furniture(cv) -> y, header(cv, y) -> y, cont(cv, y, claim) -> y."""

    def __init__(self, cv, bottom, furniture, header, cont=None, repeat_header=True):
        self.cv, self.bottom, self.furniture, self.header, self.cont = cv, bottom, furniture, header, cont
        self.repeat_header = repeat_header
        self.y = furniture(cv)
        self.y = header(cv, self.y)

    def need(self, h, claim=None, force=False):
        if force or self.y + h > self.bottom:
            self.cv.new_page()
            self.y = self.furniture(self.cv)
            if self.repeat_header:
                self.y = self.header(self.cv, self.y)
            if claim is not None and self.cont:
                self.y = self.cont(self.cv, self.y, claim)
            return True
        return False


def footer(cv, text, total_pages, font="Helvetica", size=7):
    cv.font(font, size)
    cv.text(36, cv.h - 22, text)
    cv.text(cv.w - 36, cv.h - 22, f"Page {cv.page} of {total_pages}", "r")


LAYOUTS = []
# codes the shared fee tables lack (invented charges and rates; our own words)
for _c, _f, _r, _d in (("97533", "90.00", "30.10", "Sensory integration activities"),
                       ("97162", "235.00", "101.12", "PT evaluation, moderate complexity"),
                       ("97018", "30.00", "5.95", "Paraffin bath"), ("G0151", "140.00", "58.20", "Home health PT visit"),
                       ("97542", "70.00", "28.40", "Wheelchair management training"),
                       ("E0110", "95.00", "61.70", "Forearm crutches, pair"),
                       ("97164", "140.00", "68.90", "PT re-evaluation")):
    G.FEE.setdefault(_c, _f); G.SCHED.setdefault(_c, _r); G.DESC.setdefault(_c, _d)


def layout(fn):
    LAYOUTS.append(fn)
    return fn


# ----------------------------------------------------------------------------------- a1 commercial EOB
@layout
def a1(out: Path, npages: int) -> int:
    name = "h188_a1_commercial_member_eob.pdf"
    cv = Canvas("reportlab", out / name)
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30.00")},
                   allowed_rate=Decimal("0.78"))
    claims = [
        Claim("Eli Whitcombe", "LPT-40918", "CR26-0114-77031", mk([
            (D(2026, 1, 5), "97165", 1, ["GO"]), (D(2026, 1, 5), "97530", 2, ["GO"]),
            (D(2026, 1, 8), "97530", 2, ["GO"]), (D(2026, 1, 8), "97535", 1, ["GO"]),
            (D(2026, 1, 12), "97530", 3, ["GO", "59"]), (D(2026, 1, 12), "97112", 1, ["GO"]),
            (D(2026, 1, 15), "97533", 1, ["GO"], "PR")], G.commercial, st, deny_reason="96"),
            "Lakeshore Pediatric Therapy"),
        Claim("Priya Whitcombe", "88120-3", "CR26-0121-10442", mk([
            (D(2026, 1, 9), "99213", 1, []), (D(2026, 1, 9), "G0283", 1, [])], G.commercial, st),
            "Maple Street Family Medicine"),
        Claim("Nora Whitcombe", "SLC-77305", "CR26-0122-55810", mk([
            (D(2026, 1, 13), "92523", 1, ["GN"]), (D(2026, 1, 20), "92507", 1, ["GN"]),
            (D(2026, 1, 27), "92507", 1, ["GN"])], G.commercial, st), "Bright Words Speech Clinic"),
    ]
    lines, cl = [], []
    X = [24, 62, 190, 232, 272, 312, 352, 392, 432, 472, 512, 552, 586]

    def furniture(cv):
        cv.font("LibSans-B", 15); cv.text(24, 40, "Cedar Ridge Health Plan")
        cv.font("LibSans", 8); cv.text(24, 52, "PO Box 44190  |  Fairhaven, OR 97399  |  Member Services 1-800-555-0174")
        cv.font("LibSans-B", 11); cv.text(588, 40, "Explanation of Benefits", "r")
        cv.font("LibSans", 8); cv.text(588, 52, "THIS IS NOT A BILL", "r")
        cv.hline(24, 588, 60, 1.2)
        cv.font("LibSans", 8)
        if cv.page == 1:
            cv.text(24, 74, "Subscriber: Jonah Whitcombe        Member ID: CRH884120551        Group: 40277 Harbor Logistics")
            cv.text(24, 85, "Statement date: 02/03/2026        Plan: Cedar Ridge PPO Silver")
            cv.text(24, 100, "This statement shows claims we processed for you and your covered family members.")
            return 116
        cv.text(24, 74, "Jonah Whitcombe  -  Member ID CRH884120551  -  Statement date 02/03/2026")
        return 90

    def header(cv, y):
        cv.box(24, y, 564, 22, gray=0.85, stroke=False)
        cv.font("LibSans-B", 6.3)
        heads = [("Service", "dates"), ("Service", "description"), ("Amount", "billed"), ("Plan", "discount"),
                 ("Not", "covered"), ("Allowed", "amount"), ("", "Deductible"), ("", "Copay"), ("", "Coinsurance"),
                 ("Plan", "paid"), ("Your", "share"), ("", "Notes")]
        for i, (a, b) in enumerate(heads):
            if i < 2:
                cv.text(X[i] + 2, y + 9, a); cv.text(X[i] + 2, y + 18, b)
            else:
                cv.text(X[i + 1] - 3, y + 9, a, "r"); cv.text(X[i + 1] - 3, y + 18, b, "r")
        return y + 32

    def cont(cv, y, c):
        cv.font("LibSans-B", 7.5)
        cv.text(26, y, f"Claim for {c.patient} (continued)  -  Claim ID {c.icn}")
        return y + 12

    f = Flow(cv, cv.h - 60, furniture, header, cont)
    notes = {"96": "NC2", "1": "D1", "45": "P4"}
    for c in claims:
        f.need(40)
        cv.font("LibSans-B", 8)
        cv.text(24, f.y, f"Claim for {c.patient}")
        cv.font("LibSans", 7.5)
        cv.text(170, f.y, f"Claim ID {c.icn}     Provider: {c.provider}     Patient account {c.acct}")
        cv.text(170, f.y + 10, "Network status: In network     Received 01/29/2026     Processed 02/02/2026")
        f.y += 24
        for s in c.svcs:
            f.need(22, c)
            cv.font("LibSans", 7)
            rem = []
            if s.denied:
                rem = ["NC2"]
            elif s.deductible:
                rem = ["D1"]
            v = [dfmt(s.dos, "mdy4"), f"{s.code} {mods_sp(s)}".strip()] + [money(x, ",") for x in (
                s.billed, s.discount, s.not_covered, s.allowed, s.deductible, s.copay, s.coinsurance, s.paid,
                s.owes)] + [" ".join(rem)]
            cv.text(X[0] + 2, f.y, v[0]); cv.text(X[1] + 2, f.y, v[1])
            for i in range(2, 12):
                cv.text(X[i + 1] - 3, f.y, v[i], "r")
            cv.font("LibSans", 6.5); cv.text(X[1] + 2, f.y + 8, s.desc)
            lines.append(truth_line(cv.page, s, claim_id=c.acct, payer_claim_id=c.icn, patient=c.patient,
                                    printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes"), units=False, remarks=rem))
            cv.hline(24, 588, f.y + 12, 0.2)
            f.y += 20
        f.need(14, c)
        cv.font("LibSans-B", 7)
        cv.text(X[1] + 2, f.y, "Claim totals")
        tv = [total(c.svcs, a) for a in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                         "coinsurance", "paid", "owes")]
        for i, x in enumerate(tv):
            cv.text(X[i + 3] - 3, f.y, money(x, "$"), "r")
        cl.append({"claim_id": c.acct, "payer_claim_id": c.icn, "patient": c.patient,
                   "totals": claim_totals(tv[0], tv[3], tv[7], tv[8])})
        f.y += 22
    f.need(70)
    cv.font("LibSans-B", 8); cv.text(24, f.y, "Notes"); f.y += 11
    legend = [("NC2", "Your plan does not cover this kind of service; the provider may bill you."),
              ("D1", "Part of this amount counted toward your yearly deductible."),
              ("P4", "The provider agreed to our network rate; you do not owe the discount.")]
    cv.font("LibSans", 7.5)
    for k, t in legend:
        cv.text(24, f.y, f"{k}   {t}"); f.y += 10
    n = cv.page
    for _ in range(1):
        pass
    cv.font("LibSans", 7)
    cv.text(24, cv.h - 24, f"Questions? Call Member Services.  Cedar Ridge Health Plan is an invented plan.   Page {n} of {npages or n}")
    cv.save()
    write_truth(out / name, "h188_a1", "reportlab", n, "Commercial PPO member EOB, family", lines, cl, legend)
    return n


def M(attr, style=",", neg="-", zero=None):
    """A money column: the line's value, or the claim's total when called with s=None."""
    def fn(s, c):
        v = getattr(s, attr) if s is not None else total(c.svcs, attr)
        return zero if (zero is not None and v == 0) else money(v, style, neg)
    fn.attr = attr
    return fn


def T(f):
    """A text column (blank on the totals row)."""
    def fn(s, c):
        return "" if s is None else f(s, c)
    return fn


def generic(out: Path, npages: int, *, name, producer, font, bold, size, landscape, head_lines, page2_line,
            cols, claims, claim_head, printed, units=True, mods=True, remarks=None, adjs=None, totals=None,
            total_label="Claim total", legend=(), cont_fmt=None, repeat_header=True, row_h=11, desc_line=False,
            foot="", box_header=False, side=None, left=None, right=None, layout_id="", ltext="", desc=True, stub=(), break_after=None):
    cv = Canvas(producer, out / name, landscape=landscape, when=G.FIXED_WHEN)
    L = left if left is not None else 30
    R = right if right is not None else cv.w - 30
    lines, cl = [], []

    def furniture(cv):
        y = 34
        for i, (t, fs, b, al) in enumerate(head_lines if cv.page == 1 else [page2_line]):
            cv.font(bold if b else font, fs)
            x = {"l": L, "r": R, "c": (L + R) / 2}[al]
            if isinstance(t, tuple):
                cv.text(L, y, t[0]); cv.text(R, y, t[1], "r")
            else:
                cv.text(x, y, t, al)
            y += fs + 3
        if side and cv.page == 1:
            side(cv)
        cv.hline(L, R, y, 0.8)
        cv.font(font, 7)
        yb = cv.h - 30 - 10 * len(stub)
        if stub:
            cv.hline(L, R, yb - 8, 0.4)
        for i, t in enumerate(stub):
            cv.text(L, yb + 10 * i, t)
        cv.text(L, cv.h - 20, foot)
        cv.text(R, cv.h - 20, f"Page {cv.page} of {npages or '?'}", "r")
        return y + 14

    def header(cv, y):
        cv.font(bold, size)
        if box_header:
            cv.box(L, y - size - 4, R - L, 2 * size + 8, gray=0.88, stroke=True)
        for h, x, al, _ in cols:
            parts = h.split("|")
            for k, p in enumerate(parts):
                cv.text(x, y + k * (size + 1) - (size + 1) * (len(parts) - 1), p, al)
        cv.hline(L, R, y + 4, 0.4)
        return y + size + 10

    def cont(cv, y, c):
        if cont_fmt:
            cv.font(bold, size)
            cv.text(L, y, cont_fmt(c))
            return y + size + 6
        return y

    f = Flow(cv, cv.h - 48 - 10 * len(stub) - (8 if stub else 0), furniture, header, cont, repeat_header)
    for c in claims:
        hl = claim_head(c)
        if hl is None:  # a section heading object
            continue
        f.need(len(hl) * (size + 3) + row_h * 2)
        for t in hl:
            cv.font(bold, size)
            cv.text(L, f.y, t)
            f.y += size + 3
        f.y += 2
        for s in c.svcs:
            nrow = len(lines)
            f.need(row_h * (2 if desc_line else 1), c, force=bool(break_after and nrow == break_after and cv.page == 1))
            cv.font(font, size)
            for _, x, al, fn in cols:
                cv.text(x, f.y, fn(s, c), al)
            rm = remarks(s, c) if remarks else []
            ad = adjs(s, c) if adjs else []
            if desc_line:
                cv.font(font, size - 0.8)
                cv.text(desc_line, f.y + row_h - 2, s.desc)
                f.y += row_h - 1
            lines.append(truth_line(cv.page, s, claim_id=c.acct, payer_claim_id=c.icn, patient=c.patient,
                                    printed=printed, units=units, modifiers=mods, remarks=rm, adjustments=ad,
                                    service_end=s.end, description=desc))
            f.y += row_h
        if totals:
            f.need(row_h + 4, c)
            cv.font(bold, size)
            cv.hline(L, R, f.y - size, 0.3)
            cv.text(L + 4, f.y, total_label)
            for _, x, al, fn in cols:
                if getattr(fn, "attr", None) in totals:
                    cv.text(x, f.y, fn(None, c), al)
            tv = {a: total(c.svcs, a) for a in totals}
            tt = claim_totals(tv.get("billed"), tv.get("allowed"), tv.get("paid"), tv.get("owes"))
            cl.append({"claim_id": c.acct, "payer_claim_id": c.icn, "patient": c.patient, "totals": tt})
            f.y += row_h + 8
        else:
            cl.append({"claim_id": c.acct, "payer_claim_id": c.icn, "patient": c.patient,
                       "totals": claim_totals()})
            f.y += 8
    if legend:
        f.need(20 + 10 * len(legend))
        cv.font(bold, size + 0.5); cv.text(L, f.y, legend[0][0] if legend[0][1] is None else "Remark codes")
        f.y += size + 5
        cv.font(font, size)
        for k, t in legend:
            if t is None:
                continue
            f.need(10)
            cv.text(L, f.y, f"{k}  {t}")
            f.y += size + 3
    n = cv.page
    cv.save()
    write_truth(out / name, layout_id, producer, n, ltext, lines, cl, [x for x in legend if x[1] is not None])
    return n


# ----------------------------------------------------------------------------------- a2 commercial EOB
@layout
def a2(out, npages):
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85"))
    fam = [("Marisol Okafor-Reyes", "TT-118204", "PX6021904417"), ("Dante Okafor-Reyes", "TT-118377", "PX6021904480"),
           ("Luz Okafor-Reyes", "HV0093121", "PX6022010062")]
    data = [
        [(D(2026, 1, 6), "97163", 1, ["GP"]), (D(2026, 1, 6), "97110", 2, ["GP"]), (D(2026, 1, 9), "97110", 2, ["GP"]),
         (D(2026, 1, 9), "97140", 1, ["GP", "59"]), (D(2026, 1, 13), "97112", 2, ["GP"]),
         (D(2026, 1, 13), "97018", 1, ["GP"], "PR")],
        [(D(2026, 1, 7), "97166", 1, ["GO"]), (D(2026, 1, 14), "97530", 3, ["GO"]), (D(2026, 1, 21), "97530", 2, ["GO"]),
         (D(2026, 1, 21), "97535", 2, ["GO"]), (D(2026, 1, 28), "97530", 2, ["GO", "KX"])],
        [(D(2026, 1, 16), "L3807", 1, ["RT"]), (D(2026, 1, 16), "97760", 2, ["GO"]), (D(2026, 1, 30), "97168", 1, ["GO"])],
    ]
    claims = [Claim(p, a, i, mk(d, G.commercial, st, deny_reason="204")) for (p, a, i), d in zip(fam, data)]
    prov = ["Tidewater Therapy Partners", "Tidewater Therapy Partners", "Harborview Hand & Upper Limb Center"]
    for c, p in zip(claims, prov):
        c.provider = p
    X = 30
    cols = [("Visit date", X, "l", T(lambda s, c: dfmt(s.dos, "mon"))),
            ("Procedure", X + 70, "l", T(lambda s, c: s.code)),
            ("Mod", X + 112, "l", T(lambda s, c: mods_sp(s))),
            ("Qty", X + 160, "r", T(lambda s, c: G.units_str(s.units))),
            ("What was done", X + 172, "l", T(lambda s, c: s.desc)),
            ("Provider's|charge", X + 420, "r", M("billed", "$")),
            ("Network|discount", X + 480, "r", M("discount", "$")),
            ("Allowed", X + 535, "r", M("allowed", "$")),
            ("Paid by|plan", X + 590, "r", M("paid", "$")),
            ("Member|cost share", X + 660, "r", M("owes", "$")),
            ("Code", X + 680, "l", T(lambda s, c: "X07" if s.denied else ("D2" if s.deductible else "")))]
    return generic(
        out, npages, name="h188_a2_commercial_member_eob.pdf", producer="fpdf2", font="DVSerif", bold="DVSerif-B",
        size=7.6, landscape=True,
        head_lines=[(("Bayline Mutual Health", "Health Statement"), 15, True, "l"),
                    ("1400 Quarry Way, Suite 9, Port Elland, ME 04199      bayline-mutual.example      1-888-555-0136", 8, False, "l"),
                    (("Prepared for: Andre Okafor-Reyes, subscriber      Member #: BMH 0471 2290 01", "Period: Jan 1 - Jan 31, 2026"), 8.5, False, "l"),
                    ("This is not a bill. It explains how your plan handled recent claims for you and your family.", 8, False, "l")],
        page2_line=(("Bayline Mutual Health - Health Statement (continued)", "Andre Okafor-Reyes"), 9, True, "l"),
        cols=cols, claims=claims,
        claim_head=lambda c: [f"Services for {c.patient}  -  {c.provider}  -  Claim number {c.icn}  -  Provider's patient # {c.acct}"],
        printed=("billed", "discount", "allowed", "paid", "patient_owes"), units=True,
        remarks=lambda s, c: ["X07"] if s.denied else (["D2"] if s.deductible else []),
        totals=("billed", "discount", "allowed", "paid", "owes"), total_label="Totals for this claim",
        legend=[("X07", "Not a benefit of your plan; you may be billed for this item."),
                ("D2", "Applied to your in-network deductible.")],
        cont_fmt=lambda c: f"Services for {c.patient} - claim {c.icn} - continued from the previous page",
        foot="Bayline Mutual Health is a fictitious carrier.", stub=[
            "Your rights: you may ask us to review any decision shown here within 180 days. Call 1-888-555-0136 or write to Appeals, 1400 Quarry Way.",
            "Keep this statement with your records. Amounts in 'Member cost share' are what your providers may bill you.",
            "Language help is available at no cost: call the number above.", "",
            "Bayline Mutual Health  |  Health Statement  |  Plan year 2026", "", "", "", "", "", "", "", "", "", "", ""], layout_id="h188_a2", break_after=9,
        ltext="Commercial member health statement, landscape, three family members", row_h=13)


# ----------------------------------------------------------------------------------- b1 MSN
@layout
def b1(out, npages):
    st = PlanState(ded_left=Decimal("40.00"))
    pat = "Walter J Przybylski"
    claims = [
        Claim(pat, None, "26-018-55302-71", mk([(D(2026, 1, 5), "97161", 1, ["GP"]), (D(2026, 1, 5), "97110", 2, ["GP"]),
                                                  (D(2026, 1, 7), "97110", 3, ["GP"]), (D(2026, 1, 7), "97116", 1, ["GP"]),
                                                  (D(2026, 1, 12), "97140", 2, ["GP"]), (D(2026, 1, 12), "97112", 1, ["GP"]),
                                                  (D(2026, 1, 14), "97110", 3, ["GP", "KX"]),
                                                  (D(2026, 1, 14), "97530", 1, ["GP", "KX"]),
                                                  (D(2026, 1, 19), "97110", 2, ["GP", "CQ"]),
                                                  (D(2026, 1, 19), "97116", 2, ["GP", "CQ"])], G.medicare, st),
              "Riverbend Physical Therapy"),
        Claim(pat, None, "26-022-00719-03", mk([(D(2026, 1, 9), "99213", 1), (D(2026, 1, 9), "G0283", 1),
                                                  (D(2026, 1, 9), "0552T", 1, [], "PR")], G.medicare, st),
              "Dr. Helena Vasquez-Lind"),
        Claim(pat, None, "26-027-13388-40", mk([(D(2026, 1, 22), "E0110", 1, ["NU"])], G.medicare, st),
              "Northgate Medical Supply"),
    ]
    notes = lambda s, c: (["C"] if s.denied else (["A"] if s.deductible else [])) + (["D"] if "KX" in s.mods else [])
    cols = [("Service Provided & Billing Code", 30, "l", T(lambda s, c: f"{dfmt(s.dos, 'mdy2')}  {s.desc} ({s.code})")),
            ("Did Medicare|Approve?", 300, "l", T(lambda s, c: "No" if s.denied else "Yes")),
            ("Amount|Provider Charged", 410, "r", M("billed", "$")),
            ("Medicare-|Approved Amount", 470, "r", M("allowed", "$")),
            ("Medicare Paid|Provider", 525, "r", M("paid", "$")),
            ("Maximum You|May Be Billed", 572, "r", M("owes", "$")),
            ("See|Notes", 578, "l", T(lambda s, c: " ".join(notes(s, c))))]
    return generic(
        out, npages, name="h188_b1_medicare_summary_notice.pdf", producer="reportlab", font="DVCond",
        bold="DVCond-B", size=7.2, landscape=False,
        head_lines=[(("Medicare Summary Notice for Walter J Przybylski", "THIS IS NOT A BILL"), 12, True, "l"),
                    ("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 7.5, False, "l"),
                    (("Medicare Number XXXXXXX3KQ7", "Dates of Service: January 1 - March 31, 2026"), 8, False, "l"),
                    ("Part B Medical Insurance: Your Claims & Costs This Period", 10, True, "l"),
                    ("Part B deductible: You have now met $243.00 of your $283.00 deductible for 2026.", 7.5, False, "l")],
        page2_line=(("Walter J Przybylski - Medicare Number XXXXXXX3KQ7", "Part B Claims (continued)"), 8, True, "l"),
        cols=cols, claims=claims,
        claim_head=lambda c: [f"{c.provider}  -  Claim number {c.icn}  -  Provider submitted the claim on 01/26/2026"],
        printed=("billed", "allowed", "paid", "patient_owes"), units=False, mods=False, remarks=notes,
        totals=("billed", "allowed", "paid", "owes"), total_label="Total for this claim",
        legend=[("A", "This amount counted toward your Part B deductible."),
                ("C", "Medicare does not pay for this item. You may be billed because you signed a notice first."),
                ("D", "Your therapy this year has passed the amount that needs extra review; the provider confirmed the need.")],
        cont_fmt=lambda c: f"{c.provider} - Claim number {c.icn} (continued)", desc_line=False,
        foot="Medicare Summary Notice (synthetic sample)", layout_id="h188_b1", break_after=7, row_h=12,
        ltext="Medicare Summary Notice Part B")


# ----------------------------------------------------------------------------------- b2 Medicare Advantage EOB
@layout
def b2(out, npages):
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.62"))
    pat = "Rosalind T. Achterberg"
    claims = [
        Claim(pat, "SUN-55190", "MA2601-884417", mk([(D(2026, 1, 6), "97166", 1, ["GO"]), (D(2026, 1, 8), "97530", 2, ["GO"]),
                                                      (D(2026, 1, 8), "97535", 1, ["GO"]), (D(2026, 1, 13), "97530", 2, ["GO"]),
                                                      (D(2026, 1, 13), "97112", 1, ["GO"]), (D(2026, 1, 15), "97530", 3, ["GO"]),
                                                      (D(2026, 1, 20), "97535", 2, ["GO"]), (D(2026, 1, 20), "97542", 1, ["GO"])],
                                                     G.commercial, st), "Sunnyfield Outpatient Rehab"),
        Claim(pat, "77-20413", "MA2601-890022", mk([(D(2026, 1, 21), "92523", 1, ["GN"]),
                                                     (D(2026, 1, 27), "92507", 1, ["GN"]),
                                                     (D(2026, 1, 29), "97129", 2, ["GN"], "CO")], G.commercial, st,
                                                    deny_reason="50"), "Lantern Speech & Cognition"),
    ]

    def side(cv):
        x = 440
        cv.box(x, 58, 142, 92, gray=0.93)
        cv.font("LibSans-B", 8); cv.text(x + 6, 70, "Your January summary")
        cv.font("LibSans", 7.2)
        for i, t in enumerate(["Total cost of care this month", "   shown on this page", "What you paid: see 'You owe'",
                               "Out-of-pocket max 2026: $4,900.00", "Met so far: $380.00", "Plan: Keystone Senior Advantage",
                               "Member ID: KSA-339017722"]):
            cv.text(x + 6, 82 + i * 10, t)

    cols = [("Date of|service", 30, "l", T(lambda s, c: dfmt(s.dos, "mdy4"))),
            ("Service|code", 82, "l", T(lambda s, c: f"{s.code} {mods_sp(s)}")),
            ("Description", 140, "l", T(lambda s, c: s.desc[:34])),
            ("Amount|billed", 330, "r", M("billed", "$")),
            ("Plan|approved", 380, "r", M("allowed", "$")),
            ("Plan|paid", 428, "r", M("paid", "$")),
            ("Your|copay", 470, "r", M("copay", "$")),
            ("You|owe", 515, "r", M("owes", "$")),
            ("Note", 528, "l", T(lambda s, c: "N50" if s.denied else ""))]
    for c in claims:
        for s in c.svcs:
            s.desc = s.desc[:34]
    return generic(
        out, npages, name="h188_b2_medicare_advantage_eob.pdf", producer="fpdf2", font="LibSans", bold="LibSans-B",
        size=7.4, landscape=False,
        head_lines=[("Keystone Senior Advantage (HMO)", 14, True, "l"),
                    ("Explanation of Benefits for January 2026 - this is not a bill", 9, False, "l"),
                    (f"{pat}", 9, True, "l"), ("412 Linden Court, Apt 3B", 8, False, "l"),
                    ("Cresthaven, PA 17999", 8, False, "l"),
                    ("Member ID: KSA-339017722      Plan: H9911-004", 8, False, "l"),
                    ("Keystone Senior Advantage is a fictitious Medicare Advantage plan.", 7, False, "l"),
                    ("", 45, False, "l")],
        page2_line=(("Keystone Senior Advantage - EOB for January 2026", pat), 8, True, "l"),
        side=side, cols=cols, claims=claims,
        claim_head=lambda c: [f"Claim number {c.icn}    Provider: {c.provider}    Provider's account {c.acct}",
                              "Claim status: Processed - in network"],
        printed=("billed", "allowed", "paid", "copay", "patient_owes"), units=False,
        remarks=lambda s, c: ["N50"] if s.denied else [],
        totals=("billed", "allowed", "paid", "copay", "owes"), total_label="Claim totals",
        legend=[("N50", "Not paid: our records do not show this service as medically needed. You do not owe this amount.")],
        cont_fmt=lambda c: f"Claim number {c.icn} continued - {c.provider}", foot="Keystone Senior Advantage", stub=["Questions about this EOB? Call Member Services at 1-877-555-0163 (TTY 711), 8 a.m. - 8 p.m., seven days a week.",
            "If you disagree with a decision on this EOB, you can ask for an appeal within 65 days.", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
        layout_id="h188_b2", ltext="Medicare Advantage member EOB with summary sidebar", row_h=12, box_header=True)


# ----------------------------------------------------------------------------------- c1 Medicaid RA (mainframe)
@layout
def c1(out, npages):
    def md(specs, eob, den=None):
        v = mk(specs, G.medicaid)
        for s in v:
            s.remarks = [eob] if not s.denied else ["0973"]
        return v
    claims = [
        Claim("HOLLOWAY, JASPER", "JH0412", "2026019004417200", md([(D(2026, 1, 5), "92507", 1, ["GN"]),
              (D(2026, 1, 12), "92507", 1, ["GN"]), (D(2026, 1, 19), "92507", 1, ["GN"]), (D(2026, 1, 26), "92507", 1, ["GN"])], "0001")),
        Claim("NGUYEN-PARR, TALIA", "TP7731", "2026019004417310", md([(D(2026, 1, 6), "97530", 2, ["GO"]),
              (D(2026, 1, 6), "97112", 1, ["GO"]), (D(2026, 1, 13), "97530", 2, ["GO"]), (D(2026, 1, 13), "97535", 1, ["GO"]),
              (D(2026, 1, 20), "97530", 2, ["GO"]), (D(2026, 1, 20), "97110", 1, ["GO"]), (D(2026, 1, 27), "97530", 2, ["GO"]),
              (D(2026, 1, 27), "97533", 1, ["GO"])], "0001")),
        Claim("OYELARAN, BIMPE", "BO2250", "2026019004417455", md([(D(2026, 1, 8), "97167", 1, ["GO"]),
              (D(2026, 1, 15), "97530", 4, ["GO"]), (D(2026, 1, 22), "97140", 2, ["GO", "59"]), (D(2026, 1, 29), "97150", 1, ["GO"])], "0001")),
        Claim("HOLLOWAY, JASPER", "JH0388", "2026019004418020", []),
        Claim("OYELARAN, BIMPE", "BO2231", "2026019004418101", []),
    ]
    den = mk([(D(2026, 1, 9), "97165", 1, ["GO"], "CO"), (D(2026, 1, 9), "97530", 2, ["GO"], "CO")], G.medicaid)
    for s in den:
        s.remarks = ["0973"]
    claims[3].svcs = den
    orig = mk([(D(2025, 12, 16), "92523", 1, ["GN"])], G.medicaid)
    rev = [G.negate(orig[0])]
    rev[0].remarks = ["0510"]
    claims[4].svcs = rev
    claims.append(Claim("OYELARAN, BIMPE", "BO2231", "2026019004418102", mk([(D(2025, 12, 16), "92523", 1, ["GN", "59"])], G.medicaid)))
    claims[5].svcs[0].remarks = ["0511"]
    sect = {0: "*** CLAIMS PAID ***", 3: "*** CLAIMS DENIED ***", 4: "*** CLAIMS ADJUSTED ***"}
    heads = {}
    for i, c in enumerate(claims):
        heads[id(c)] = ([sect[i]] if i in sect else []) + [
            f"RCP NAME: {c.patient:<22} RCP ID: {700412880 + i * 17:<11} PAT ACCT: {c.acct:<8} ICN: {c.icn}"]
    cols = [("SVC FROM", 30, "l", T(lambda s, c: dfmt(s.dos, "mdy6"))),
            ("SVC TO", 80, "l", T(lambda s, c: dfmt(s.dos, "mdy6"))),
            ("PROC", 130, "l", T(lambda s, c: s.code)),
            ("MODS", 170, "l", T(lambda s, c: mods_sp(s))),
            ("UNITS", 250, "r", T(lambda s, c: f"{s.units:.2f}")),
            ("BILLED AMT", 330, "r", M("billed", "", "trail")),
            ("ALLOWED AMT", 410, "r", M("allowed", "", "trail")),
            ("PAID AMT", 480, "r", M("paid", "", "trail")),
            ("EOB", 500, "l", T(lambda s, c: " ".join(s.remarks)))]
    return generic(
        out, npages, name="h188_c1_medicaid_ra.pdf", producer="fpdf2", font="LibMono", bold="LibMono-B", size=7.4,
        landscape=False,
        head_lines=[(("STATE OF NEW CASCADIA", "RUN DATE 02/04/26"), 9, True, "l"),
                    (("DEPARTMENT OF FAMILY HEALTH SERVICES - MEDICAL ASSISTANCE", "REMITTANCE ADVICE"), 8, False, "l"),
                    (("PROVIDER: LITTLE OAKS CHILD THERAPY LLC   NPI 1990017734", "RA NO 0261044"), 8, False, "l"),
                    (("PAYMENT: EFT TRACE 40017720093   WARRANT DATE 02/05/26", "PROV NO 004471209"), 8, False, "l")],
        page2_line=(("NEW CASCADIA MEDICAL ASSISTANCE - REMITTANCE ADVICE", "RA NO 0261044"), 8, True, "l"),
        cols=cols, claims=claims, claim_head=lambda c: heads[id(c)],
        printed=("billed", "allowed", "paid"), units=True, remarks=lambda s, c: s.remarks,
        totals=("billed", "allowed", "paid"), total_label="CLAIM TOTAL",
        legend=[("0001", "PAID IN FULL AT THE PROGRAM RATE."), ("0973", "SERVICE NEEDS PRIOR APPROVAL; NONE ON FILE."),
                ("0510", "CLAIM TAKEN BACK FOR CORRECTION (VOID)."), ("0511", "REPLACEMENT OF AN EARLIER CLAIM.")],
        cont_fmt=lambda c: f"RCP NAME: {c.patient}  ICN: {c.icn}  (CONTINUED)", foot="NCDFHS-RA-01", stub=["PROVIDER INQUIRIES: 1-800-555-0190 OPTION 3.  KEEP THIS RA FOR YOUR RECORDS.",
            "CLAIMS DENIED MAY BE RESUBMITTED WITHIN 365 DAYS OF THE SERVICE DATE.", "", "", "", "", "", "", "", "",
            "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
        layout_id="h188_c1", break_after=9, ltext="State Medicaid remittance advice, mainframe monospace", desc=False)


# ----------------------------------------------------------------------------------- c2 Medicaid RA (managed care grid)
@layout
def c2(out, npages):
    def md(specs, end_days=0):
        v = mk(specs, G.medicaid, deny_reason="204")
        return v
    from datetime import timedelta
    claims = [
        Claim("Amara Castellanos", "PA-300912", "61260270001552", md([(D(2026, 1, 5), "97110", 4, ["GP"]), (D(2026, 1, 5), "97112", 2, ["GP"]),
              (D(2026, 1, 12), "97110", 3, ["GP"]), (D(2026, 1, 12), "97140", 2, ["GP", "59"])])),
        Claim("Kenji Whitford-Sato", "PA-300977", "61260270001601", md([(D(2026, 1, 6), "97165", 1, ["GO"]),
              (D(2026, 1, 6), "97530", 2, ["GO"]), (D(2026, 1, 20), "97535", 2, ["GO"]), (D(2026, 1, 20), "G0283", 1, ["GO"], "CO")])),
        Claim("Amara Castellanos", "PA-301044", "61260270001688", md([(D(2026, 1, 26), "97110", 6, ["GP"]), (D(2026, 1, 26), "97116", 2, ["GP"])])),
    ]
    for s in claims[0].svcs[:2]:
        s.end = s.dos + timedelta(days=2)
    claims[2].svcs[0].end = D(2026, 1, 28)
    cols = [("Svc From", 30, "l", T(lambda s, c: dfmt(s.dos, "mdy4"))),
            ("Svc To", 80, "l", T(lambda s, c: dfmt(s.end or s.dos, "mdy4"))),
            ("Proc Cd", 132, "l", T(lambda s, c: s.code)),
            ("Mod 1", 170, "l", T(lambda s, c: s.mods[0] if s.mods else "")),
            ("Mod 2", 198, "l", T(lambda s, c: s.mods[1] if len(s.mods) > 1 else "")),
            ("Units", 250, "r", T(lambda s, c: G.units_str(s.units))),
            ("Billed Amt", 310, "r", M("billed", ",")),
            ("Allowed Amt", 370, "r", M("allowed", ",")),
            ("TPL Amt", 420, "r", T(lambda s, c: "0.00")),
            ("Grp-CARC", 432, "l", T(lambda s, c: "-".join(s.adjs[0][:2]) if s.adjs else "")),
            ("Adj Amt", 530, "r", T(lambda s, c: money(s.adjs[0][2], ",") if s.adjs else "")),
            ("Paid Amt", 590, "r", M("paid", ",")),
            ("RARC", 605, "l", T(lambda s, c: "N54" if s.denied else "")),
            ("Status", 650, "l", T(lambda s, c: "Denied" if s.denied else "Paid"))]
    return generic(
        out, npages, name="h188_c2_medicaid_managed_care_ra.pdf", producer="reportlab", font="Helvetica",
        bold="Helvetica-B", size=7.4, landscape=True,
        head_lines=[(("Prairie Sky Community Care - Medicaid Managed Care", "Remittance and Status Report"), 12, True, "l"),
                    (("Payee: Meadowlark Rehabilitation Associates, 80 Grange Rd, Wetherby, KS 66999", "Payment date 02/06/2026"), 8, False, "l"),
                    (("Payee ID 55-0917733   Check/EFT 9930041178", "Report 0206-4471"), 8, False, "l")],
        page2_line=(("Prairie Sky Community Care - Remittance and Status Report", "Report 0206-4471"), 8, True, "l"),
        cols=cols, claims=claims,
        claim_head=lambda c: [f"Member: {c.patient}    Member ID: {4410000000 + int(c.acct[-3:])}    TCN: {c.icn}    Patient Acct #: {c.acct}"],
        printed=("billed", "allowed", "paid"), units=True,
        remarks=lambda s, c: ["N54"] if s.denied else [],
        adjs=lambda s, c: [tuple(a) for a in s.adjs[:1]],
        totals=("billed", "allowed", "paid"), total_label="Claim totals",
        legend=[("N54", "Submitted code does not match the authorized service.")],
        cont_fmt=lambda c: f"Member: {c.patient}  TCN: {c.icn}  (continued)", foot="Prairie Sky Community Care (fictitious)",
        layout_id="h188_c2", ltext="Medicaid managed-care remittance and status report, landscape", desc=False, box_header=True)


def adjstr(s, dash="-", gap="  "):
    return gap.join(f"{g}{dash}{r} {money(a, '', '-')}" for g, r, a in s.adjs)


# ----------------------------------------------------------------------------------- d1 Medicare-style paper remit
@layout
def d1(out, npages):
    st = PlanState(ded_left=Decimal("25.00"))
    pts = [("KOWALCZYK, IRENE", "IK88120", "22026011778430"), ("BRANDT, OSWALD", "OB51907", "22026011778512"),
           ("FEATHERSTONE, MAE", "MF30071", "22026011778599")]
    data = [[(D(2026, 1, 5), "97162", 1, ["GP"]), (D(2026, 1, 5), "97110", 2, ["GP"]), (D(2026, 1, 7), "97110", 2, ["GP"]),
             (D(2026, 1, 7), "97140", 1, ["GP"]), (D(2026, 1, 9), "97112", 2, ["GP", "KX"])],
            [(D(2026, 1, 6), "97168", 1, ["GO"]), (D(2026, 1, 6), "97530", 3, ["GO", "CO"]), (D(2026, 1, 8), "97535", 2, ["GO", "CO"])],
            [(D(2026, 1, 12), "92523", 1, ["GN"]), (D(2026, 1, 14), "92507", 1, ["GN"]), (D(2026, 1, 16), "92526", 1, ["GN"], "CO")]]
    claims = [Claim(p, a, i, mk(d, G.medicare, st)) for (p, a, i), d in zip(pts, data)]
    cols = [("PERF PROV", 30, "l", T(lambda s, c: "1720044193")),
            ("SERV DATE", 84, "l", T(lambda s, c: f"{dfmt(s.dos, 'mdy6')[:4]} {dfmt(s.dos, 'mdy6')}")),
            ("POS", 148, "l", T(lambda s, c: "11")),
            ("NOS", 174, "r", T(lambda s, c: G.units_str(s.units))),
            ("PROC", 180, "l", T(lambda s, c: s.code)),
            ("MODS", 208, "l", T(lambda s, c: mods_sp(s))),
            ("BILLED", 272, "r", M("billed", "")),
            ("ALLOWED", 312, "r", M("allowed", "")),
            ("DEDUCT", 345, "r", M("deductible", "")),
            ("COINS", 378, "r", M("coinsurance", "")),
            ("GRP/RC-AMT", 384, "l", T(lambda s, c: adjstr(s, "", " "))),
            ("PROV PD", 582, "r", M("paid", ""))]
    for c in claims:
        for s in c.svcs:
            s.remarks = ["N386"] if s.denied else []
    return generic(
        out, npages, name="h188_d1_medicare_style_paper_remit.pdf", producer="fpdf2", font="DVMono", bold="DVMono-B",
        size=6.4, landscape=False,
        head_lines=[(("CLEARPATH CLAIMS EXCHANGE - PROVIDER REMITTANCE", "REMIT DATE 02/09/2026"), 8.5, True, "l"),
                    (("PAYER: GREAT BASIN MEDICARE SERVICES (JURIS 14)", "PAYER ID 14421"), 7, False, "l"),
                    (("PROVIDER: HIGH DESERT REHAB GROUP  NPI 1720044193", "CHECK/EFT #: 881200413"), 7, False, "l"),
                    ("BILL TYPE: PROFESSIONAL   ASG=Y   MOA=MA01", 7, False, "l")],
        page2_line=(("CLEARPATH CLAIMS EXCHANGE - PROVIDER REMITTANCE", "CHECK/EFT #: 881200413"), 7, True, "l"),
        cols=cols, claims=claims,
        claim_head=lambda c: [f"NAME {c.patient:<20} HIC 7QX{c.icn[-4:]}MK{c.icn[-2:]}  ACNT {c.acct:<9} ICN {c.icn}  ASG Y  MOA MA01"],
        printed=("billed", "allowed", "deductible", "coinsurance", "paid"), units=True,
        remarks=lambda s, c: [], adjs=lambda s, c: list(s.adjs),
        totals=("billed", "allowed", "deductible", "coinsurance", "paid"), total_label="CLAIM TOTALS",
        legend=[("GLOSSARY: Group, Reason, MOA, Remark and Adjustment codes", None),
                ("CO", "Contractual obligation - the patient is not responsible."), ("PR", "Patient responsibility."),
                ("45", "Charge is above the fee schedule amount."), ("1", "Deductible."), ("2", "Coinsurance."),
                ("253", "Federal payment reduction."), ("50", "Not found to be medically needed.")],
        cont_fmt=lambda c: f"NAME {c.patient}  ACNT {c.acct}  ICN {c.icn}  (CONT'D)", foot="CLEARPATH SPR PRINT v4",
        layout_id="h188_d1", ltext="Medicare-style standard paper remit from a clearinghouse", desc=False, row_h=10)


# ----------------------------------------------------------------------------------- d2 PM-system remittance detail
@layout
def d2(out, npages):
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.74"))
    pts = [("Gideon Marchetti", "100478", "W6A0117430021"), ("Ottilie Brennan", "100513", "W6A0117430088"),
           ("Samir Haddad-Lowe", "100540", "W6A0117430130"), ("Ottilie Brennan", "100561", "W6A0117430174")]
    data = [[(D(2026, 1, 5), "97110", 3, ["GP"]), (D(2026, 1, 5), "97140", 2, ["GP", "59"]), (D(2026, 1, 7), "97110", 3, ["GP"]),
             (D(2026, 1, 7), "97112", 1, ["GP"]), (D(2026, 1, 9), "97110", 2, ["GP"]), (D(2026, 1, 9), "97116", 2, ["GP"])],
            [(D(2026, 1, 6), "97166", 1, ["GO"]), (D(2026, 1, 6), "97530", 2, ["GO"])],
            [(D(2026, 1, 8), "99213", 1, ["25"]), (D(2026, 1, 8), "97760", 2, ["GO"]), (D(2026, 1, 8), "L3807", 1, ["LT"], "CO")],
            [(D(2026, 1, 13), "97530", 3, ["GO"]), (D(2026, 1, 13), "97535", 1, ["GO"])]]
    claims = [Claim(p, a, i, mk(d, G.commercial, st, deny_reason="16")) for (p, a, i), d in zip(pts, data)]
    cols = [("DOS", 30, "l", T(lambda s, c: dfmt(s.dos, "mdy2"))),
            ("CPT", 72, "l", T(lambda s, c: s.code)),
            ("Mod", 102, "l", T(lambda s, c: mods_sp(s))),
            ("Units", 152, "r", T(lambda s, c: f"{s.units:.1f}")),
            ("Charge", 205, "r", M("billed", "$")),
            ("Allowed", 255, "r", M("allowed", "$")),
            ("Deduct", 300, "r", M("deductible", "$")),
            ("Coins", 345, "r", M("coinsurance", "$")),
            ("Adjustments (Grp-Rsn Amt)", 360, "l", T(lambda s, c: adjstr(s))),
            ("Paid", 570, "r", M("paid", "$")),
            ("Pt Resp", 620, "r", M("owes", "$")),
            ("Remark", 634, "l", T(lambda s, c: "M51" if s.denied else ""))]
    return generic(
        out, npages, name="h188_d2_pm_system_remit.pdf", producer="reportlab", font="LibNarrow", bold="LibNarrow-B",
        size=8, landscape=True,
        head_lines=[(("TheraLedger Practice Manager", "Remittance Detail Report"), 13, True, "l"),
                    (("Practice: Copper Hills Physical & Hand Therapy", "Printed 02/10/2026 08:14"), 8.5, False, "l"),
                    (("Payer: Westwind Health Alliance   Check # 00700418   Check date 02/06/2026", "Deposit batch 2026-0206-2"), 8.5, False, "l")],
        page2_line=(("TheraLedger Practice Manager - Remittance Detail Report", "Check # 00700418"), 8.5, True, "l"),
        cols=cols, claims=claims,
        claim_head=lambda c: [f"Patient: {c.patient}     Acct #: {c.acct}     Payer Claim #: {c.icn}     Status: Processed as primary"],
        printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"), units=True,
        remarks=lambda s, c: ["M51"] if s.denied else [], adjs=lambda s, c: list(s.adjs),
        totals=("billed", "allowed", "paid", "owes"), total_label="Claim total", box_header=True,
        legend=[("M51", "Procedure code and diagnosis do not support each other.")],
        cont_fmt=lambda c: f"Patient: {c.patient}   Acct #: {c.acct}   (continued)", foot="TheraLedger PM - report RD-11",
        layout_id="h188_d2", break_after=4, ltext="Practice-management remittance detail report, landscape", desc=False, row_h=13)


def stmt(specs, st):
    """Statement lines: insurance paid, insurance adjustment (write-off, kept as discount), balance = patient's."""
    v = mk(specs, G.commercial, st, deny_reason="96")
    return v


# ----------------------------------------------------------------------------------- e1 therapy clinic family statement
@layout
def e1(out, npages):
    st = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    kids = [("Ivy Lindqvist", "V-30417", "BW26011900341"), ("Caspian Lindqvist", "V-30422", "BW26011900367"),
            ("Ivy Lindqvist", "V-30458", "BW26012600112"), ("Wren Lindqvist", "V-30461", "BW26012600140")]
    data = [[(D(2026, 1, 5), "97165", 1, ["GO"]), (D(2026, 1, 5), "97530", 2, ["GO"])],
            [(D(2026, 1, 6), "92523", 1, ["GN"]), (D(2026, 1, 6), "92507", 1, ["GN"])],
            [(D(2026, 1, 12), "97530", 3, ["GO"]), (D(2026, 1, 12), "97533", 1, ["GO"]), (D(2026, 1, 12), "97535", 1, ["GO"])],
            [(D(2026, 1, 14), "97166", 1, ["GO"]), (D(2026, 1, 14), "97112", 2, ["GO"]), (D(2026, 1, 14), "97018", 1, ["GO"], "PR")]]
    claims = [Claim(p, a, i, stmt(d, st)) for (p, a, i), d in zip(kids, data)]

    def side(cv):
        x = 420
        cv.box(x, 30, 162, 78, gray=0.9)
        cv.font("LibSans-B", 8.5); cv.text(x + 8, 44, "Amount Due")
        due = sum(total(c.svcs, "owes") for c in claims)
        cv.font("LibSans-B", 13); cv.text(x + 154, 46, money(due, "$"), "r")
        cv.font("LibSans", 7.5)
        cv.text(x + 8, 60, "Please pay by 03/01/2026"); cv.text(x + 8, 71, "Guarantor account: G-118204")
        cv.text(x + 8, 82, "Statement date: 02/11/2026"); cv.text(x + 8, 93, "Pay online: littlewillow.example/pay")

    cols = [("Date", 30, "l", T(lambda s, c: dfmt(s.dos, "mdy4"))),
            ("Patient", 78, "l", T(lambda s, c: c.patient.split()[0])),
            ("Code", 120, "l", T(lambda s, c: f"{s.code}-{s.mods[0]}")),
            ("Description", 166, "l", T(lambda s, c: s.desc)),
            ("Units", 330, "r", T(lambda s, c: G.units_str(s.units))),
            ("Charges", 380, "r", M("billed", ",")),
            ("Ins. Paid", 430, "r", M("paid", ",")),
            ("Ins. Adj.", 480, "r", M("discount", ",")),
            ("Your|Balance", 582, "r", M("owes", ","))]
    return generic(
        out, npages, name="h188_e1_therapy_family_statement.pdf", producer="fpdf2", font="LibSans", bold="LibSans-B",
        size=7.6, landscape=False,
        head_lines=[("Little Willow Pediatric Therapy", 14, True, "l"), ("2206 Orchard Bend Rd, Suite 110", 8, False, "l"),
                    ("Amberley, WI 53999   (608) 555-0148", 8, False, "l"), ("", 10, False, "l"),
                    ("STATEMENT FOR: Kristin Lindqvist", 9, True, "l"), ("71 Fernhill Lane, Amberley, WI 53999", 8, False, "l"),
                    ("Insurance on file: Bluewater Health Plan (primary)", 8, False, "l")],
        page2_line=(("Little Willow Pediatric Therapy - Statement for Kristin Lindqvist", "Account G-118204"), 8, True, "l"),
        side=side, cols=cols, claims=claims,
        claim_head=lambda c: [f"Visit {c.acct} - {c.patient} - billed to Bluewater Health Plan, claim #{c.icn}"],
        printed=("billed", "paid", "discount", "patient_owes"), units=True, mods=True,
        totals=("billed", "paid", "discount", "owes"), total_label="Visit balance",
        legend=[("Messages", None)],
        cont_fmt=lambda c: f"Visit {c.acct} - {c.patient} (continued)", foot="Little Willow Pediatric Therapy",
        layout_id="h188_e1", ltext="Therapy clinic family statement with amount-due box", row_h=12)


# ----------------------------------------------------------------------------------- e2 hospital family statement
@layout
def e2(out, npages):
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.70"))
    acc = [("Theo Abernathy-Quist", "HB2026-004417", None), ("Hazel Abernathy-Quist", "HB2026-004502", None)]
    data = [[(D(2026, 1, 7), "97161", 1, ["GP"]), (D(2026, 1, 7), "97110", 3, ["GP"]), (D(2026, 1, 9), "97110", 3, ["GP"]),
             (D(2026, 1, 9), "97140", 2, ["GP"]), (D(2026, 1, 14), "97110", 3, ["GP"]), (D(2026, 1, 14), "97116", 2, ["GP"]),
             (D(2026, 1, 16), "97112", 2, ["GP"]), (D(2026, 1, 16), "G0283", 1, ["GP"]), (D(2026, 1, 21), "97110", 3, ["GP"]),
             (D(2026, 1, 21), "97530", 2, ["GP"]), (D(2026, 1, 23), "97110", 2, ["GP"]), (D(2026, 1, 23), "97140", 1, ["GP"]),
             (D(2026, 1, 28), "97110", 3, ["GP"]), (D(2026, 1, 28), "97116", 2, ["GP"]), (D(2026, 1, 30), "97164", 1, ["GP"])],
            [(D(2026, 1, 8), "97167", 1, ["GO"]), (D(2026, 1, 8), "97530", 2, ["GO"]), (D(2026, 1, 15), "97530", 3, ["GO"]),
             (D(2026, 1, 15), "97535", 2, ["GO"]), (D(2026, 1, 22), "97530", 3, ["GO"]), (D(2026, 1, 29), "97168", 1, ["GO"])]]
    claims = [Claim(p, a, i, stmt(d, st)) for (p, a, i), d in zip(acc, data)]
    rev = {"97161": "0424", "97110": "0420", "97140": "0420", "97116": "0420", "97112": "0420", "G0283": "0420",
           "97530": "0430", "97164": "0424", "97167": "0434", "97535": "0430", "97168": "0434"}
    cols = [("Date of|Service", 34, "l", T(lambda s, c: dfmt(s.dos, "mdy4"))),
            ("Rev", 92, "l", T(lambda s, c: rev[s.code])),
            ("CPT/HCPCS", 122, "l", T(lambda s, c: s.code)),
            ("Mod", 176, "l", T(lambda s, c: mods_sp(s))),
            ("Description", 204, "l", T(lambda s, c: s.desc)),
            ("Qty", 410, "r", T(lambda s, c: G.units_str(s.units))),
            ("Charges", 470, "r", M("billed", "$")),
            ("Insurance|Payments", 530, "r", M("paid", "$")),
            ("Patient|Balance", 578, "r", M("owes", "$"))]
    return generic(
        out, npages, name="h188_e2_hospital_family_statement.pdf", producer="reportlab", font="DVSerif",
        bold="DVSerif-B", size=7.2, landscape=False, left=34, right=578,
        head_lines=[(("St. Brennock Regional Hospital", "Patient Statement"), 13, True, "l"),
                    ("Outpatient Rehabilitation Services  -  900 Hollis Avenue, Lark Falls, MN 55999", 7.5, False, "l"),
                    (("Guarantor: Miriam Abernathy-Quist", "Statement date 02/12/2026"), 8, False, "l"),
                    (("Primary insurance: Northstar Employers Health", "Billing office (651) 555-0192"), 8, False, "l")],
        page2_line=(("St. Brennock Regional Hospital - Patient Statement", "Guarantor: Miriam Abernathy-Quist"), 8, True, "l"),
        cols=cols, claims=claims,
        claim_head=lambda c: [f"Hospital account {c.acct}   Patient: {c.patient}   Outpatient rehabilitation, January 2026"],
        printed=("billed", "paid", "patient_owes"), units=True,
        totals=("billed", "paid", "owes"), total_label="Account totals",
        legend=[("Your balance reflects payments from Northstar Employers Health. Thank you.", None)],
        cont_fmt=lambda c: f"Hospital account {c.acct} - {c.patient} - continued", foot="St. Brennock Regional Hospital (invented)", stub=[
            "- - - - - - - - - - - - - - - - - - - - - - - detach and return with your payment - - - - - - - - - - - - - - - - - - - - - - -",
            "St. Brennock Regional Hospital, PO Box 7720, Lark Falls, MN 55999", "Guarantor: Miriam Abernathy-Quist",
            "Amount enclosed: $ ______________", "Make checks payable to St. Brennock Regional Hospital", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
        layout_id="h188_e2", break_after=11, ltext="Hospital outpatient statement to a family", row_h=12)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout188_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        n = fn(out, 0)
        fn(out, n)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if "--check" in argv:
        bad, spanning = 0, 0
        for p in sorted(out.glob("h188_*.pdf")):
            errs = check_file(p)
            t = json.loads(Path(str(p) + ".truth.json").read_text())
            spanning += spans_pages(t)
            print(f"{p.name}: {len(t['lines'])} lines, {t['pages']} pages, {'OK' if not errs else 'FAIL'}")
            for e in errs:
                print("   ", e)
            bad += bool(errs)
        if spanning < 3:
            print(f"only {spanning} files carry a claim that runs onto the next page (need 3)")
            bad += 1
        print("check:", "PASS" if not bad else "FAIL")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
