"""Write the synthetic dev PDF EOB samples (and hostile files) into samples/pdf/.

Run:  python samples/pdf/make_pdf_samples.py  [--out DIR]

Each layout writes <layout>.pdf and <layout>.pdf.truth.json (see eobgen.py for the truth format).
Output is deterministic: fixed data, fixed seeds, reportlab invariant=1, fpdf2 fixed creation date.
All names, numbers, payers, providers and IDs are invented.
"""

from __future__ import annotations

import argparse
import io
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from eobgen import (
    FIXED_WHEN,
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
from fpdf import FPDF
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas as rl_canvas

D = date
GREY = Color(0.85, 0.85, 0.85)
LIGHT = Color(0.93, 0.95, 0.97)
NAVY = Color(0.1, 0.2, 0.4)


def rl_pages(build, path: Path):
    """Build twice with reportlab: once to count pages (for 'Page x of N'), then for real."""
    buf = io.BytesIO()
    n, _ = build(buf, None)
    pages, truth = build(str(path), n)
    if pages != n:
        raise RuntimeError(f"page count changed between passes: {n} != {pages}")
    return pages, truth


def rtext(c, x, y, s, font="Helvetica", size=7):
    c.setFont(font, size)
    c.drawRightString(x, y, s)


def ltext(c, x, y, s, font="Helvetica", size=7):
    c.setFont(font, size)
    c.drawString(x, y, s)


def new_fpdf(orientation="P") -> FPDF:
    pdf = FPDF(orientation=orientation, unit="mm", format="letter")
    pdf.set_creation_date(FIXED_WHEN)
    pdf.set_auto_page_break(False)
    pdf.set_margins(12, 12, 12)
    pdf.alias_nb_pages()
    return pdf


def fpdf_page_count(pdf: FPDF) -> int:
    return pdf.page_no()


# =========================================================================== 1. commercial member EOB

def layout_commercial_member_eob(out: Path) -> None:
    name = "commercial_member_eob"
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("35.00")},
                   allowed_rate=Decimal("0.78"))
    claims = [
        dict(patient="Lucia Ferrante", member="BWX482201937-02", claim="2601E0048213", acct="BPT-11872",
             provider="Brightpath Pediatric Therapy", received=D(2026, 1, 14), processed=D(2026, 1, 22),
             svcs=[Svc(D(2026, 1, 5), "97165", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 2, ("GO",)),
                   Svc(D(2026, 1, 7), "97530", 3, ("GO",)), Svc(D(2026, 1, 7), "97112", 1, ("GO",)),
                   Svc(D(2026, 1, 12), "97530", 3, ("GO",)), Svc(D(2026, 1, 12), "97535", 1, ("GO",))]),
        dict(patient="Mateo Ferrante", member="BWX482201937-03", claim="2601E0051770", acct="CSF-20418",
             provider="Clearwater Speech & Feeding Clinic", received=D(2026, 1, 15), processed=D(2026, 1, 23),
             svcs=[Svc(D(2026, 1, 6), "92507", 1), Svc(D(2026, 1, 6), "92526", 1),
                   Svc(D(2026, 1, 13), "92507", 1), Svc(D(2026, 1, 13), "92526", 1, denied="PR")]),
        dict(patient="Daniel Ferrante", member="BWX482201937-01", claim="2601E0053302", acct="SOH-7730415",
             provider="Summit Orthopedic & Hand Center", received=D(2026, 1, 19), processed=D(2026, 1, 27),
             svcs=[Svc(D(2026, 1, 8), "99213", 1), Svc(D(2026, 1, 8), "97140", 2, ("GP",)),
                   Svc(D(2026, 1, 8), "97110", 2, ("GP", "59")), Svc(D(2026, 1, 15), "L3807", 1, ("RT",), desc="Wrist-hand orthosis, custom fit"),
                   Svc(D(2026, 1, 15), "97760", 1, ("GO",))]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st)
            rem = []
            if s.denied:
                rem = ["NC4", "N130"]
            else:
                if s.discount:
                    rem.append("A1")
                if s.deductible:
                    rem.append("D3")
            s.remarks = rem
    legend = [
        ("A1", "Your provider is in our network and agreed to accept the allowed amount. You do not owe the plan discount."),
        ("D3", "This amount was applied to your yearly deductible."),
        ("NC4", "This service is not covered under your plan. The provider may bill you for it."),
        ("N130", "See your plan's benefit rules for limits on this service."),
    ]
    mismatch_claim = claims[1]
    mismatch_extra = Decimal("10.00")

    W, H = landscape(letter)
    cols = [  # header, width, align, attr
        ("Date of Service", 58, "L", "dos"), ("Description", 114, "L", "desc"), ("Service Code", 50, "L", "code"),
        ("Amount Billed", 56, "R", "billed"), ("Plan Discount", 56, "R", "discount"),
        ("Not Covered", 52, "R", "not_covered"), ("Amount Allowed", 60, "R", "allowed"),
        ("Deductible", 48, "R", "deductible"), ("Copay", 38, "R", "copay"),
        ("Coinsurance", 50, "R", "coinsurance"), ("Plan Paid", 48, "R", "paid"),
        ("What You Owe", 56, "R", "owes"), ("Remark", 46, "L", "remarks"),
    ]
    x0 = 30
    xs = []
    x = x0
    for col in cols:
        xs.append(x)
        x += col[1]
    xend = x
    RH = 13

    def build(target, n_pages):
        c = rl_canvas.Canvas(target, pagesize=(W, H), invariant=1)
        c.setTitle("Explanation of Benefits")
        c.setAuthor("Bluewater Mutual Health Plan")
        page = [1]
        lines_truth, claims_truth = [], []

        def footer():
            c.setFont("Helvetica", 7)
            c.drawString(x0, 20, "Questions? Call Member Services at 1-800-555-0142 (TTY 711), Monday to Friday, 8 a.m. to 8 p.m.")
            c.drawRightString(xend, 20, f"Page {page[0]} of {n_pages or 0}")
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x0, 30, "THIS IS NOT A BILL")

        def newpage():
            footer()
            c.showPage()
            page[0] += 1
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x0, H - 34, "Bluewater Mutual Health Plan   Explanation of Benefits (continued)")
            c.setFont("Helvetica", 8)
            c.drawRightString(xend, H - 34, "Subscriber: Daniel Ferrante   Member ID: BWX482201937")
            return H - 56

        # page 1 heading
        c.setFillColor(NAVY)
        c.rect(x0, H - 62, xend - x0, 34, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(x0 + 8, H - 50, "Bluewater Mutual Health Plan")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(xend - 8, H - 44, "EXPLANATION OF BENEFITS")
        c.setFont("Helvetica", 8)
        c.drawRightString(xend - 8, H - 56, "THIS IS NOT A BILL")
        c.setFillColor(black)
        y = H - 80
        info = [("Subscriber:", "Daniel Ferrante"), ("Member ID:", "BWX482201937"), ("Group Number:", "0047215"),
                ("Plan:", "Bluewater Choice PPO 1500"), ("Statement Date:", "02/02/26")]
        for i, (k, v) in enumerate(info):
            ltext(c, x0, y - i * 11, k, "Helvetica-Bold", 8)
            ltext(c, x0 + 70, y - i * 11, v, "Helvetica", 8)
        ltext(c, 300, y, "DANIEL FERRANTE", "Helvetica", 8)
        ltext(c, 300, y - 11, "418 CALDERWOOD LN", "Helvetica", 8)
        ltext(c, 300, y - 22, "MARLOWE FALLS, WI 53999", "Helvetica", 8)
        # summary box
        all_s = [s for cl in claims for s in cl["svcs"]]
        bx = 520
        c.setStrokeColor(black)
        c.setLineWidth(0.6)
        c.rect(bx, y - 50, xend - bx, 62, stroke=1, fill=0)
        ltext(c, bx + 6, y + 2, "Summary of claims processed 01/01/26 - 01/31/26", "Helvetica-Bold", 8)
        summ = [("Amount billed", total(all_s, "billed")), ("Plan discount", total(all_s, "discount")),
                ("Plan paid", total(all_s, "paid")), ("Total you owe the provider(s)", total(all_s, "owes"))]
        for i, (k, v) in enumerate(summ):
            ltext(c, bx + 6, y - 12 - i * 11, k, "Helvetica", 8)
            rtext(c, xend - 8, y - 12 - i * 11, money(v), "Helvetica", 8)
        y = y - 76
        ltext(c, x0, y, "Claim details", "Helvetica-Bold", 11)
        y -= 16

        for cl in claims:
            svcs = cl["svcs"]
            need = 30 + RH * (len(svcs) + 2)
            if y - need < 50:
                y = newpage()
            # claim header block
            c.setFillColor(LIGHT)
            c.rect(x0, y - 26, xend - x0, 30, stroke=0, fill=1)
            c.setFillColor(black)
            ltext(c, x0 + 4, y - 6, f"Patient: {cl['patient']}", "Helvetica-Bold", 8)
            ltext(c, x0 + 200, y - 6, f"Claim Number: {cl['claim']}", "Helvetica", 8)
            ltext(c, x0 + 400, y - 6, f"Provider: {cl['provider']}", "Helvetica", 8)
            ltext(c, x0 + 4, y - 19, f"Member ID: {cl['member']}", "Helvetica", 8)
            ltext(c, x0 + 200, y - 19, f"Patient Account #: {cl['acct']}", "Helvetica", 8)
            ltext(c, x0 + 400, y - 19, f"Received: {dfmt(cl['received'], 'mdy2')}    Processed: "
                  f"{dfmt(cl['processed'], 'mdy2')}    Network status: In-network", "Helvetica", 8)
            y -= 30
            # table header
            c.setFillColor(GREY)
            c.rect(x0, y - RH, xend - x0, RH, stroke=0, fill=1)
            c.setFillColor(black)
            for (hdr, w, al, _), xx in zip(cols, xs):
                if al == "R":
                    rtext(c, xx + w - 3, y - RH + 4, hdr, "Helvetica-Bold", 7)
                else:
                    ltext(c, xx + 3, y - RH + 4, hdr, "Helvetica-Bold", 7)
            top = y
            y -= RH
            rows = []
            for s in svcs:
                vals = {"dos": dfmt(s.dos, "mdy2"), "desc": s.desc,
                        "code": " ".join((s.code,) + s.mods) if s.mods else s.code,
                        "remarks": " ".join(s.remarks)}
                for attr in ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                             "paid", "owes"):
                    vals[attr] = money(getattr(s, attr))
                rows.append((vals, "Helvetica"))
                lines_truth.append(truth_line(
                    page[0], s, claim_id=cl["acct"], payer_claim_id=cl["claim"], patient=cl["patient"],
                    units=False,
                    printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                             "paid", "patient_owes"),
                    remarks=s.remarks))
            tot = {a: total(svcs, a) for a in ("billed", "discount", "not_covered", "allowed", "deductible",
                                                "copay", "coinsurance", "paid", "owes")}
            if cl is mismatch_claim:
                tot["owes"] += mismatch_extra
            tv = {"dos": "", "desc": "Claim Total", "code": "", "remarks": ""}
            tv.update({k: money(v) for k, v in tot.items()})
            rows.append((tv, "Helvetica-Bold"))
            claims_truth.append({"claim_id": cl["acct"], "payer_claim_id": cl["claim"], "patient": cl["patient"],
                                 "totals": claim_totals(tot["billed"], tot["allowed"], tot["paid"], tot["owes"])})
            for vals, font in rows:
                for (hdr, w, al, attr), xx in zip(cols, xs):
                    v = vals[attr]
                    size = 7.0
                    while size > 5.5 and c.stringWidth(v, font, size) > w - 6:
                        size -= 0.25  # shrink-to-fit, as many EOB generators do
                    if al == "R":
                        rtext(c, xx + w - 3, y - RH + 4, v, font, size)
                    else:
                        ltext(c, xx + 3, y - RH + 4, v, font, size)
                y -= RH
            # ruled grid: outer rect, row lines, column lines
            c.setLineWidth(0.5)
            c.rect(x0, y, xend - x0, top - y, stroke=1, fill=0)
            yy = top - RH
            while yy > y + 0.1:
                c.line(x0, yy, xend, yy)
                yy -= RH
            for xx in xs[1:]:
                c.line(xx, y, xx, top)
            y -= 18

        if y < 130:
            y = newpage()
        ltext(c, x0, y, "Remark Codes", "Helvetica-Bold", 9)
        y -= 13
        for code, text in legend:
            ltext(c, x0, y, code, "Helvetica-Bold", 7.5)
            ltext(c, x0 + 40, y, text, "Helvetica", 7.5)
            y -= 11
        y -= 6
        ltext(c, x0, y, "If you disagree with how a claim was processed, you may ask for a review within 180 days "
              "of this statement. See the back of this page for how to appeal.", "Helvetica", 7.5)
        footer()
        c.showPage()
        c.save()
        return page[0], (lines_truth, claims_truth)

    path = out / f"{name}.pdf"
    pages, (lines_truth, claims_truth) = rl_pages(build, path)
    lines_sum = total(mismatch_claim["svcs"], "owes")
    write_truth(path, name, "reportlab", pages,
                "Commercial PPO member EOB, landscape: claim header block (patient, member id, claim number, "
                "account, provider, dates) above a ruled service table; three family members; claim total rows; "
                "remark legend at the end. One claim total (What You Owe) is deliberately wrong.",
                lines_truth, claims_truth, legend,
                [f"claim-total-mismatch claim {mismatch_claim['claim']}: printed What You Owe total "
                 f"{q(lines_sum + mismatch_extra)} but the lines add up to {q(lines_sum)}"])


# =========================================================================== 2. Medicare Summary Notice

# a Medicare Summary Notice is one beneficiary's: every claim on it is the person named at its top
BENEFICIARY = "HAROLD T. LINDQVIST"


def layout_msn_part_b(out: Path) -> None:
    name = "msn_part_b"
    st = PlanState(ded_left=Decimal("42.00"))
    claims = [
        dict(date=D(2026, 1, 5), claim="26-005-0143-2271-00", provider="Brookfield Rehab Associates",
             addr="1200 Alder Way, Suite 4, Harmon Crossing, OH 45999", ref="Priya Natarajan",
             svcs=[Svc(D(2026, 1, 5), "97161", 1, desc="Physical therapy evaluation"),
                   Svc(D(2026, 1, 5), "97110", 2, desc="Therapeutic exercises"),
                   Svc(D(2026, 1, 5), "G0283", 1, desc="Electrical stimulation, unattended")]),
        dict(date=D(2026, 1, 7), claim="26-007-0151-9024-00", provider="Brookfield Rehab Associates",
             addr="1200 Alder Way, Suite 4, Harmon Crossing, OH 45999", ref="Priya Natarajan",
             svcs=[Svc(D(2026, 1, 7), "97110", 2, desc="Therapeutic exercises"),
                   Svc(D(2026, 1, 7), "97140", 1, desc="Manual therapy techniques"),
                   Svc(D(2026, 1, 7), "97116", 1, desc="Gait training"),
                   Svc(D(2026, 1, 7), "0552T", 1, desc="Low-level laser therapy", denied="PR")]),
        dict(date=D(2026, 1, 9), claim="26-009-0087-3310-00", provider="Elmstead Family Medicine",
             addr="77 Quarry Road, Harmon Crossing, OH 45999", ref=None,
             svcs=[Svc(D(2026, 1, 9), "99213", 1, desc="Office/outpatient visit, established")]),
        dict(date=D(2026, 1, 12), claim="26-012-0160-4471-00", provider="Brookfield Rehab Associates",
             addr="1200 Alder Way, Suite 4, Harmon Crossing, OH 45999", ref="Priya Natarajan",
             svcs=[Svc(D(2026, 1, 12), "97110", 2, desc="Therapeutic exercises"),
                   Svc(D(2026, 1, 12), "97112", 1, desc="Neuromuscular reeducation"),
                   Svc(D(2026, 1, 12), "97530", 1, desc="Therapeutic activities")]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            medicare(s, st)
            if s.denied:
                s.remarks = ["C", "D"]
            elif s.deductible:
                s.remarks = ["A", "B"]
            else:
                s.remarks = ["A"]
    legend = [
        ("A", "The amount Medicare approved for this service is set by a fee schedule. Your provider agreed to "
              "accept it, so you do not owe the difference."),
        ("B", "This amount was applied to your Part B deductible."),
        ("C", "Medicare does not pay for this service because it is not considered reasonable and necessary for "
              "your condition."),
        ("D", "You signed a notice before you got this service saying you might have to pay. You may be billed."),
    ]
    W, H = letter
    x0, xend = 40, W - 40
    cols = [  # header lines, x (left or right edge), align
        (["Service Provided &", "Billing Code"], x0, "L"), (["Service", "Approved?"], 236, "L"),
        (["Amount", "Provider", "Charged"], 340, "R"), (["Medicare-", "Approved", "Amount"], 404, "R"),
        (["Amount", "Medicare", "Paid"], 466, "R"), (["Maximum You", "May Be", "Billed"], 530, "R"),
        (["See", "Notes"], 546, "L"),
    ]
    all_s = [s for cl in claims for s in cl["svcs"]]

    def build(target, n_pages):
        c = rl_canvas.Canvas(target, pagesize=letter, invariant=1)
        c.setTitle("Medicare Summary Notice")
        page = [1]
        lt, ct = [], []

        def footer():
            ltext(c, x0, 28, "Harold T. Lindqvist", "Helvetica", 8)
            rtext(c, xend, 28, f"Page {page[0]} of {n_pages or 0}", "Helvetica", 8)

        # page 1
        ltext(c, x0, H - 50, "Medicare Summary Notice", "Helvetica-Bold", 20)
        ltext(c, x0, H - 66, "for Part B (Medical Insurance)", "Helvetica", 12)
        ltext(c, x0, H - 84, "A summary of the Part B claims Medicare processed for you. THIS IS NOT A BILL.",
              "Helvetica-Bold", 9)
        c.setStrokeColor(black)
        c.setLineWidth(1)
        c.line(x0, H - 92, xend, H - 92)
        ltext(c, x0, H - 110, BENEFICIARY, "Helvetica", 9)
        ltext(c, x0, H - 121, "2215 WINTERHAVEN DR", "Helvetica", 9)
        ltext(c, x0, H - 132, "HARMON CROSSING OH 45999", "Helvetica", 9)
        ltext(c, 330, H - 110, "Medicare Number: XXXX-XX7-D31", "Helvetica", 9)
        ltext(c, 330, H - 121, "Date of this notice: February 2, 2026", "Helvetica", 9)
        ltext(c, 330, H - 132, "Claims processed from Jan 1 - Jan 31, 2026", "Helvetica", 9)
        y = H - 170
        ltext(c, x0, y, "Your Deductible Status", "Helvetica-Bold", 12)
        ltext(c, x0, y - 15, "You have now met your Part B deductible for 2026.", "Helvetica", 9)
        ltext(c, x0, y - 44, "Your Claims & Costs This Period", "Helvetica-Bold", 12)
        approved_all = all(not s.denied for s in all_s)
        ltext(c, x0, y - 60, "Did Medicare approve all services?", "Helvetica", 10)
        ltext(c, 300, y - 60, "YES" if approved_all else "NO", "Helvetica-Bold", 10)
        ltext(c, x0, y - 74, "See the notes on the last page for the services that were not approved.",
              "Helvetica", 8)
        ltext(c, x0, y - 92, "Number of claims processed this period", "Helvetica", 10)
        ltext(c, 300, y - 92, str(len(claims)), "Helvetica-Bold", 10)
        ltext(c, x0, y - 110, "Total You May Be Billed", "Helvetica", 10)
        ltext(c, 300, y - 110, money(total(all_s, "owes")), "Helvetica-Bold", 10)
        ltext(c, x0, y - 150, "Providers with claims this period", "Helvetica-Bold", 11)
        for i, (d, p) in enumerate(sorted({(cl["date"], cl["provider"]) for cl in claims})):
            ltext(c, x0, y - 166 - i * 12, f"{dfmt(d, 'mon')}    {p}", "Helvetica", 9)
        footer()
        c.showPage()
        page[0] += 1
        y = H - 50
        ltext(c, x0, y, "Your Claims for Part B (Medical Insurance)", "Helvetica-Bold", 13)
        ltext(c, x0, y - 14, "Part B helps pay for doctors' visits, therapy, and other outpatient services.",
              "Helvetica", 8)
        y -= 36
        for cl in claims:
            svcs = cl["svcs"]
            need = 70 + 14 * len(svcs)
            if y - need < 60:
                footer()
                c.showPage()
                page[0] += 1
                y = H - 50
            ltext(c, x0, y, dfmt(cl["date"], "mon"), "Helvetica-Bold", 10)
            ltext(c, x0 + 90, y, f"Claim number {cl['claim']}", "Helvetica", 9)
            ltext(c, x0, y - 12, f"{cl['provider']}, {cl['addr']}", "Helvetica", 8)
            y -= 24
            if cl["ref"]:
                ltext(c, x0, y, f"Referred by: {cl['ref']}", "Helvetica", 8)
                y -= 12
            # header band
            c.setFillColor(GREY)
            c.rect(x0, y - 30, xend - x0, 32, stroke=0, fill=1)
            c.setFillColor(black)
            for lines, xx, al in cols:
                for i, t in enumerate(lines):
                    yy = y - 7 - i * 9
                    if al == "R":
                        rtext(c, xx, yy, t, "Helvetica-Bold", 7.5)
                    else:
                        ltext(c, xx + (3 if xx == x0 else 0), yy, t, "Helvetica-Bold", 7.5)
            y -= 42
            for s in svcs:
                ltext(c, x0 + 3, y, f"{s.desc} ({s.code})", "Helvetica", 8)
                ltext(c, 236, y, "No" if s.denied else "Yes", "Helvetica", 8)
                rtext(c, 340, y, money(s.billed), "Helvetica", 8)
                rtext(c, 404, y, money(s.allowed), "Helvetica", 8)
                rtext(c, 466, y, money(s.paid), "Helvetica", 8)
                rtext(c, 530, y, money(s.owes), "Helvetica", 8)
                ltext(c, 546, y, ", ".join(s.remarks), "Helvetica", 8)
                lt.append(truth_line(page[0], s, claim_id=None, payer_claim_id=cl["claim"], patient=BENEFICIARY,
                                     units=False, modifiers=False,
                                     printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks))
                y -= 14
            c.setLineWidth(0.5)
            c.line(x0, y + 10, xend, y + 10)
            tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
            ltext(c, x0 + 3, y, "Total for this claim", "Helvetica-Bold", 8)
            rtext(c, 340, y, money(tb), "Helvetica-Bold", 8)
            rtext(c, 404, y, money(ta), "Helvetica-Bold", 8)
            rtext(c, 466, y, money(tp), "Helvetica-Bold", 8)
            rtext(c, 530, y, money(to), "Helvetica-Bold", 8)
            ct.append({"claim_id": None, "payer_claim_id": cl["claim"], "patient": BENEFICIARY,
                       "totals": claim_totals(tb, ta, tp, to)})
            y -= 30
        if y < 200:
            footer()
            c.showPage()
            page[0] += 1
            y = H - 50
        ltext(c, x0, y, "Notes for Your Claims Above", "Helvetica-Bold", 11)
        y -= 16
        for code, text in legend:
            ltext(c, x0, y, code, "Helvetica-Bold", 9)
            t = c.beginText(x0 + 16, y)
            t.setFont("Helvetica", 8)
            words, line = text.split(), ""
            for w in words:
                if c.stringWidth(line + " " + w, "Helvetica", 8) > xend - x0 - 20:
                    t.textLine(line)
                    y -= 10
                    line = w
                else:
                    line = (line + " " + w).strip()
            t.textLine(line)
            c.drawText(t)
            y -= 16
        footer()
        c.showPage()
        c.save()
        return page[0], (lt, ct)

    path = out / f"{name}.pdf"
    pages, (lt, ct) = rl_pages(build, path)
    write_truth(path, name, "reportlab", pages,
                "Medicare Summary Notice, Part B style: one block per claim (date, claim number, provider), "
                "codes inside the description 'Therapeutic exercises (97110)', header labels over two or three "
                "text lines, Service Approved? Yes/No, lettered See Notes with notes at the end. No units, no "
                "modifiers printed.",
                lt, ct, legend)


# =========================================================================== 3. state Medicaid RA (fpdf2)

def layout_medicaid_ra(out: Path) -> None:
    name = "medicaid_ra"
    paid_claims = [
        dict(name="OKAFOR, JAYDEN", rid="LS00482917", icn="2026021004417001", acct="CH1187", svcs=[
            Svc(D(2026, 1, 5), "97530", 4, ("GO",)), Svc(D(2026, 1, 5), "97112", 2, ("GO",)),
            Svc(D(2026, 1, 8), "97530", 4, ("GO",))]),
        dict(name="VANTERPOOL, ELISE", rid="LS00531108", icn="2026021004417002", acct="CH1203", svcs=[
            Svc(D(2026, 1, 5), "92507", 3, ("GN",), end=D(2026, 1, 9)),
            Svc(D(2026, 1, 12), "92507", 2, ("GN",), end=D(2026, 1, 14))]),
        dict(name="BRANDT-OYELARAN, SAMI", rid="LS00613370", icn="2026021004417003", acct="CH1210", svcs=[
            Svc(D(2026, 1, 6), "97166", 1, ("GO",)), Svc(D(2026, 1, 13), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 13), "97110", 2, ("GO",)), Svc(D(2026, 1, 20), "97760", 1, ("GO",))]),
        dict(name="MUNROE, TALIA", rid="LS00720044", icn="2026021004417004", acct="CH1222", svcs=[
            Svc(D(2026, 1, 7), "92526", 1, ("GN",)), Svc(D(2026, 1, 14), "92526", 1, ("GN",))]),
    ]
    denied_claims = [
        dict(name="OKAFOR, JAYDEN", rid="LS00482917", icn="2026021004417005", acct="CH1190", svcs=[
            Svc(D(2026, 1, 15), "97530", 4, ("GO",), denied="CO"), Svc(D(2026, 1, 15), "97112", 2, ("GO",),
                                                                        denied="CO")]),
    ]
    orig = dict(name="VANTERPOOL, ELISE", rid="LS00531108", icn="2025350009921007", acct="CH1144", svcs=[
        Svc(D(2025, 12, 8), "92507", 2, ("GN",)), Svc(D(2025, 12, 10), "92507", 1, ("GN",))])
    for cl in paid_claims + [orig]:
        for s in cl["svcs"]:
            medicaid(s)
            s.remarks = ["0102"] if s.discount else []
    for cl in denied_claims:
        for s in cl["svcs"]:
            medicaid(s, deny_reason="197")
            s.remarks = ["0417", "0952"]
    reversal = dict(orig, svcs=[negate(s) for s in orig["svcs"]])
    for s in reversal["svcs"]:
        s.remarks = ["0770"]
    replacement = dict(orig, icn="2026021004417006", svcs=[
        Svc(D(2025, 12, 8), "92507", 2, ("GN",)), Svc(D(2025, 12, 10), "92507", 2, ("GN",))])
    for s in replacement["svcs"]:
        medicaid(s)
        s.remarks = ["0102", "0771"]
    legend = [
        ("0102", "PAID AT THE PROGRAM FEE SCHEDULE AMOUNT. THE DIFFERENCE MAY NOT BE BILLED TO THE RECIPIENT."),
        ("0417", "NO PRIOR AUTHORIZATION ON FILE FOR THIS SERVICE AND DATE."),
        ("0770", "CREDIT: THE EARLIER CLAIM SHOWN IS TAKEN BACK IN FULL."),
        ("0771", "ADJUSTMENT: THE CLAIM WAS PAID AGAIN WITH CORRECTED UNITS."),
        ("0952", "RESUBMIT WITH THE AUTHORIZATION NUMBER IF ONE WAS ISSUED."),
    ]
    pdf = new_fpdf("L")
    pdf.set_title("Remittance Advice")
    pdf.set_author("Lakeshore State Medical Assistance Program")
    # detail columns: (header, width, align)
    cols = [("LN", 10, "L"), ("DOS FROM", 24, "L"), ("DOS TO", 24, "L"), ("PROC", 18, "L"), ("MOD", 14, "L"),
            ("UNITS", 18, "R"), ("BILLED AMT", 28, "R"), ("ALLOWED AMT", 28, "R"), ("PAID AMT", 28, "R"),
            ("", 8, "L"), ("EOB CODES", 40, "L")]
    lt, ct = [], []

    def page_header():
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 9)
        pdf.set_xy(12, 10)
        pdf.cell(150, 4, "LAKESHORE STATE DEPARTMENT OF HEALTH SERVICES")
        pdf.cell(0, 4, "REMITTANCE ADVICE", align="R")
        pdf.set_font("Helvetica", "", 8)
        pdf.set_xy(12, 14)
        pdf.cell(150, 4, "MEDICAL ASSISTANCE PROGRAM - PROFESSIONAL SERVICES")
        pdf.cell(0, 4, f"PAGE {pdf.page_no()} OF {{nb}}", align="R")
        pdf.set_xy(12, 20)
        pdf.cell(150, 4, "PAYEE: CEDAR HOLLOW PEDIATRIC THERAPY LLC    PAYEE ID: 3004418862    NPI: 1730948261")
        pdf.cell(0, 4, "RA NUMBER: 0004417    RA DATE: 02102026", align="R")
        pdf.set_xy(12, 24)
        pdf.cell(150, 4, "1450 MILLRACE CT STE 2, PORT ALDER, LS 00999")
        pdf.cell(0, 4, "WARRANT/EFT NO: E0019934772", align="R")
        pdf.set_y(32)

    def claim_cols_header():
        pdf.set_font("Helvetica", "B", 7)
        pdf.set_x(12)
        for h, w, al in [("RECIPIENT NAME", 60, "L"), ("RECIPIENT ID", 34, "L"), ("ICN", 44, "L"),
                         ("PATIENT ACCT NO", 34, "L")]:
            pdf.cell(w, 3.6, h, align=al)
        pdf.ln(3.6)
        pdf.set_x(20)
        for h, w, al in cols:
            pdf.cell(w, 3.6, h, align=al)
        pdf.ln(3.6)
        pdf.set_font("Helvetica", "", 7)
        pdf.set_x(12)
        pdf.cell(0, 3, "-" * 300)
        pdf.ln(4)

    def section(title):
        pdf.set_font("Helvetica", "B", 8)
        pdf.set_x(12)
        pdf.cell(0, 5, f"CLAIM STATUS: {title}")
        pdf.ln(6)
        claim_cols_header()

    def claim(cl, neg=False):
        pdf.set_font("Helvetica", "", 7)
        if pdf.get_y() > pdf.h - 30:
            page_header()
            claim_cols_header()
        pdf.set_x(12)
        for v, w in [(cl["name"], 60), (cl["rid"], 34), (cl["icn"], 44), (cl["acct"], 34)]:
            pdf.cell(w, 3.6, v)
        pdf.ln(3.8)
        for i, s in enumerate(cl["svcs"], 1):
            end = s.end or s.dos
            vals = [str(i), dfmt(s.dos, "mdY8"), dfmt(end, "mdY8"), s.code, " ".join(s.mods),
                    f"{s.units:.3f}", money(s.billed, "", "()"), money(s.allowed, "", "()"),
                    money(s.paid, "", "()"), "", " ".join(s.remarks)]
            pdf.set_x(20)
            for v, (h, w, al) in zip(vals, cols):
                pdf.cell(w, 3.6, v, align=al)
            pdf.ln(3.6)
            lt.append(truth_line(pdf.page_no(), s, claim_id=cl["acct"], payer_claim_id=cl["icn"],
                                 patient=cl["name"], service_end=end, printed=("billed", "allowed", "paid"),
                                 remarks=s.remarks, description=False))
        tb, ta, tp = (total(cl["svcs"], a) for a in ("billed", "allowed", "paid"))
        pdf.set_font("Helvetica", "B", 7)
        pdf.set_x(20)
        pdf.cell(sum(w for _, w, _ in cols[:6]), 3.6, "CLAIM TOTAL")
        for v in (tb, ta, tp):
            pdf.cell(28, 3.6, money(v, "", "()"), align="R")
        pdf.ln(6)
        ct.append({"claim_id": cl["acct"], "payer_claim_id": cl["icn"], "patient": cl["name"],
                   "totals": claim_totals(tb, ta, tp, None)})

    page_header()
    section("PAID")
    for cl in paid_claims:
        claim(cl)
    section("DENIED")
    for cl in denied_claims:
        claim(cl)
    page_header()
    section("ADJUSTED (CREDIT / DEBIT)")
    pdf.set_font("Helvetica", "I", 7)
    pdf.set_x(12)
    pdf.cell(0, 3.6, "ORIGINAL CLAIM - CREDIT")
    pdf.ln(4)
    claim(reversal, neg=True)
    pdf.set_font("Helvetica", "I", 7)
    pdf.set_x(12)
    pdf.cell(0, 3.6, "ADJUSTED CLAIM - DEBIT")
    pdf.ln(4)
    claim(replacement)
    # summary and legend
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 8)
    pdf.set_x(12)
    pdf.cell(0, 5, "REMITTANCE SUMMARY")
    pdf.ln(5)
    pdf.set_font("Helvetica", "", 7.5)
    every = [s for cl in paid_claims + denied_claims + [reversal, replacement] for s in cl["svcs"]]
    for k, v in [("CLAIMS PAID", "4"), ("CLAIMS DENIED", "1"), ("CLAIMS ADJUSTED", "1"),
                 ("TOTAL BILLED", money(total(every, "billed"), ",", "()")),
                 ("NET PAYMENT", money(total(every, "paid"), ",", "()"))]:
        pdf.set_x(12)
        pdf.cell(50, 3.8, k)
        pdf.cell(30, 3.8, v, align="R")
        pdf.ln(3.8)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 8)
    pdf.set_x(12)
    pdf.cell(20, 5, "EOB CODE")
    pdf.cell(0, 5, "EOB CODE DESCRIPTION")
    pdf.ln(5)
    pdf.set_font("Helvetica", "", 7.5)
    for code, text in legend:
        pdf.set_x(12)
        pdf.cell(20, 3.8, code)
        pdf.cell(0, 3.8, text)
        pdf.ln(3.8)
    path = out / f"{name}.pdf"
    pdf.output(str(path))
    write_truth(path, name, "fpdf2", pdf.page_no(),
                "State Medicaid remittance advice, landscape, no grid lines: claim header line (recipient name, "
                "recipient ID, ICN, patient account) then numbered detail lines; DOS FROM and DOS TO in two "
                "columns as MMDDCCYY; units 4.000; plain amounts; four-digit state EOB codes with a legend; a "
                "credit (reversal) claim printed with (parentheses) and its debit replacement; page header "
                "'PAGE 1 OF 2'.",
                lt, ct, legend)


# =========================================================================== 4. standard paper remit

def layout_paper_remit_fixed(out: Path) -> None:
    name = "paper_remit_fixed"
    st = PlanState(ded_left=Decimal("0.00"))
    npi = "1649302775"
    claims = [
        dict(name="LINDQVIST, HAROLD", hic="1EG4TE5MK73", acnt="BRA0105A1", icn="0226012345678", moa="MA01",
             svcs=[Svc(D(2026, 1, 5), "97530", 4, ("GO",)), Svc(D(2026, 1, 5), "97110", 2, ("GO",)),
                   Svc(D(2026, 1, 5), "97140", 1, ("GO", "59"))]),
        dict(name="FAIRWEATHER, ODELIA", hic="7KD2WR8PN41", acnt="BRA0106B7", icn="0226012345702", moa="MA01",
             svcs=[Svc(D(2026, 1, 6), "97167", 1, ("GO",)), Svc(D(2026, 1, 6), "97535", 2, ("GO",))]),
        dict(name="QUIGLEY-ADEBAYO, RUTH", hic="3MT9HX2QA06", acnt="BRA0108C2", icn="0226012345719", moa="MA01",
             svcs=[Svc(D(2026, 1, 8), "92507", 1, ("GN",)), Svc(D(2026, 1, 8), "92526", 1, ("GN",))]),
        dict(name="OSTROWSKI, BENEDIKT", hic="5PA7CE3TR29", acnt="BRA0112D4", icn="0226012345733", moa="MA01",
             svcs=[Svc(D(2026, 1, 12), "97112", 2, ("GP",)), Svc(D(2026, 1, 12), "97116", 1, ("GP",)),
                   Svc(D(2026, 1, 12), "G0283", 1, ("GP",))]),
    ]
    ded_state = {"FAIRWEATHER, ODELIA": Decimal("57.40")}
    for cl in claims:
        st.ded_left = ded_state.get(cl["name"], Decimal(0))
        for s in cl["svcs"]:
            medicare(s, st)
    claims[2]["svcs"][1].remarks = ["N362"]
    # reversal of an earlier claim (status 22): amounts printed with a trailing minus
    prior = Svc(D(2025, 12, 15), "97530", 3, ("GO",))
    st.ded_left = Decimal(0)
    medicare(prior, st)
    rev = dict(name="LINDQVIST, HAROLD", hic="1EG4TE5MK73", acnt="BRA1215A1", icn="0225349001187", moa="MA01",
               svcs=[negate(prior)], status="22")
    claims.append(rev)
    legend = [
        ("CO", "Contractual obligation: an amount the provider writes off; the patient is not billed for it."),
        ("PR", "Patient responsibility: an amount the patient (or their other insurance) may be billed."),
        ("1", "Amount applied to the yearly deductible."),
        ("2", "Coinsurance: the patient's percentage share."),
        ("45", "Charge is above the fee schedule amount."),
        ("253", "Federal payment reduction (sequestration)."),
        ("MA01", "You may appeal this decision if you disagree with it."),
        ("N362", "The number of units billed is above what is allowed for this service."),
    ]
    W, H = landscape(letter)
    FS = 8.2
    CW = FS * 0.6
    x0 = 30

    def fmt_line(*parts):
        return "".join(parts)

    def m(d):
        return money(d, "", "trail")

    def line_row(s, first):
        serv = f"{s.dos:%m%d} {(s.end or s.dos):%m%d%y}"
        proc = s.code + "".join(s.mods)
        adj = s.adjs[0] if s.adjs else None
        return (f"{(npi if first else ''):<11}{serv:<12}{'11':<4}{units_str(s.units):>3} {proc:<11}"
                f"{m(s.billed):>10}{m(s.allowed):>10}{m(s.deductible):>9}{m(s.coinsurance):>9}   "
                f"{(adj[0] + '-' + adj[1]) if adj else '':<8}{m(adj[2]) if adj else '':>9}{m(s.paid):>11}")

    def build(target, n_pages):
        c = rl_canvas.Canvas(target, pagesize=(W, H), invariant=1)
        c.setTitle("Medicare Remittance Notice")
        page = [1]
        lt, ct = [], []
        y = [0.0]

        def put(text, bold=False):
            c.setFont("Courier-Bold" if bold else "Courier", FS)
            c.drawString(x0, y[0], text)
            y[0] -= FS * 1.18

        def head():
            y[0] = H - 36
            put(f"{'OHIO VALLEY MEDICARE ADMINISTRATIVE SERVICES':<60}{'MEDICARE':<40}{'REMITTANCE':>20}", True)
            put(f"{'PO BOX 40961':<60}{'PART B':<40}{'NOTICE':>20}")
            put("HARMON CROSSING OH 45999-0961")
            put("")
            put(f"{'BROOKFIELD REHAB ASSOCIATES':<60}{'PROVIDER #: ' + npi:<40}{'PAGE #: ' + str(page[0]) + ' OF ' + str(n_pages or 0):>20}")
            put(f"{'1200 ALDER WAY STE 4':<60}{'DATE: 02/09/2026':<40}{'CHECK/EFT #: 0883114407':>20}")
            put("HARMON CROSSING OH 45999")
            put("")
            put(f"{'PERF PROV':<11}{'SERV DATE':<12}{'POS':<4}{'NOS':>3} {'PROC  MODS':<11}{'BILLED':>10}"
                f"{'ALLOWED':>10}{'DEDUCT':>9}{'COINS':>9}   {'GRP/RC-AMT':<17}{'PROV PD':>11}", True)
            put("_" * 124)

        head()
        for cl in claims:
            need = 7 + 3 * len(cl["svcs"])
            if y[0] - need * FS * 1.18 < 50:
                rtext(c, x0 + 124 * CW, 24, "CONTINUED", "Courier", FS)
                c.showPage()
                page[0] += 1
                head()
            svcs = cl["svcs"]
            put(f"NAME {cl['name']:<26}HIC {cl['hic']:<13}ACNT {cl['acnt']:<14}ICN {cl['icn']:<15}ASG Y  MOA {cl['moa']}")
            for i, s in enumerate(svcs):
                put(line_row(s, i == 0))
                # further adjustments, one per text line under GRP/RC-AMT
                pad = 11 + 12 + 4 + 3 + 1 + 11 + 10 + 10 + 9 + 9 + 3
                for g, r, a in s.adjs[1:]:
                    put(" " * pad + f"{g + '-' + r:<8}{m(a):>9}")
                if s.remarks:
                    put(" " * 11 + f"CNTL #: {cl['acnt']}{svcs.index(s) + 1:02d}   REM: {' '.join(s.remarks)}")
                lt.append(truth_line(
                    page[0], s, claim_id=cl["acnt"], payer_claim_id=cl["icn"], patient=cl["name"],
                    service_end=s.end or s.dos, printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                    adjustments=s.adjs, remarks=s.remarks, description=False))
            tb, ta, td, tc, tp = (total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid"))
            tadj = sum((a for s in svcs for _, _, a in s.adjs), ZERO)
            presp = td + tc
            put(f"{'PT RESP':<8}{m(presp):>9}{'':<13}{'CLAIM TOTALS':<13}{m(tb):>10}{m(ta):>10}{m(td):>9}{m(tc):>9}   "
                f"{'':<8}{m(tadj):>9}{m(tp):>11}", False)
            extra = f"   CLAIM STATUS {cl['status']}" if cl.get("status") else ""
            left = (f"ADJ TO TOTALS: PREV PD {m(ZERO):>8}  INTEREST {m(ZERO):>6}  LATE FILING CHARGE {m(ZERO):>6}"
                    f"{extra}")
            put(f"{left:<96}{'NET':>4}{m(tp):>11}")
            put("")
            ct.append({"claim_id": cl["acnt"], "payer_claim_id": cl["icn"], "patient": cl["name"],
                       "totals": claim_totals(tb, ta, tp, presp)})
        every = [s for cl in claims for s in cl["svcs"]]
        if y[0] < 200:
            c.showPage()
            page[0] += 1
            head()
        put("_" * 124)
        put(f"{'TOTALS:':<10}{'# OF':>6}{'BILLED':>12}{'ALLOWED':>12}{'DEDUCT':>10}{'COINS':>10}{'TOTAL':>12}"
            f"{'PROV PD':>12}{'PROV':>10}{'CHECK':>12}", True)
        put(f"{'':<10}{'CLAIMS':>6}{'AMT':>12}{'AMT':>12}{'AMT':>10}{'AMT':>10}{'RC-AMT':>12}{'AMT':>12}"
            f"{'ADJ AMT':>10}{'AMT':>12}", True)
        put(f"{'':<10}{len(claims):>6}{m(total(every, 'billed')):>12}{m(total(every, 'allowed')):>12}"
            f"{m(total(every, 'deductible')):>10}{m(total(every, 'coinsurance')):>10}"
            f"{m(sum((a for s in every for _, _, a in s.adjs), ZERO)):>12}{m(total(every, 'paid')):>12}"
            f"{m(ZERO):>10}{m(total(every, 'paid')):>12}")
        put("")
        put("GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES", True)
        put("")
        for code, text in legend:
            put(f"{code:<8}{text.upper()}")
        c.showPage()
        c.save()
        return page[0], (lt, ct)

    path = out / f"{name}.pdf"
    pages, (lt, ct) = rl_pages(build, path)
    write_truth(path, name, "reportlab", pages,
                "Medicare Part B standard paper remit look: Courier fixed width, landscape; NAME/HIC/ACNT/ICN claim "
                "header lines; SERV DATE as MMDD MMDDYY; code and modifiers glued (97530GO, 97140GO59); "
                "first adjustment on the line, further ones (PR-2, CO-253) on following text lines under "
                "GRP/RC-AMT; CNTL/REM line; PT RESP + CLAIM TOTALS and NET lines; a reversal claim with amounts "
                "printed with a trailing minus (380.00-); provider totals and code glossary at the end. Patient "
                "owes per line is not printed (only PT RESP per claim).",
                lt, ct, legend)



# =========================================================================== 5. family portal statement (fpdf2)

def layout_therapy_portal_statement(out: Path) -> None:
    name = "therapy_portal_statement"
    members = [
        dict(patient="Amara Okafor-Baptiste", member="HVH-338109-27", st=PlanState(
            ded_left=Decimal(0), visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.84")), claims=[
            dict(claim="HV26-0006-4471", provider="Little Oaks Occupational Therapy", visit=D(2026, 1, 6),
                 svcs=[Svc(D(2026, 1, 6), "97530", 3, ("GO", "59")), Svc(D(2026, 1, 6), "97535", 1, ("GO",)),
                       Svc(D(2026, 1, 6), "97112", 1, ("GO",))]),
            dict(claim="HV26-0013-5120", provider="Little Oaks Occupational Therapy", visit=D(2026, 1, 13),
                 svcs=[Svc(D(2026, 1, 13), "97530", 2, ("GO",)), Svc(D(2026, 1, 13), "97110", 2, ("GO", "59")),
                       Svc(D(2026, 1, 13), "97129", 1, ("GO",), denied="PR")]),
        ]),
        dict(patient="Kofi Okafor-Baptiste", member="HVH-338109-28", st=PlanState(
            ded_left=Decimal("75.00"), visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.84")), claims=[
            dict(claim="HV26-0008-0932", provider="Chatterbox Speech Studio", visit=D(2026, 1, 8),
                 svcs=[Svc(D(2026, 1, 8), "92523", 1), Svc(D(2026, 1, 8), "92507", 1)]),
            dict(claim="HV26-0022-1186", provider="Chatterbox Speech Studio", visit=D(2026, 1, 22),
                 svcs=[Svc(D(2026, 1, 22), "92507", 1), Svc(D(2026, 1, 22), "92526", 1)]),
        ]),
    ]
    for mb in members:
        for cl in mb["claims"]:
            for s in cl["svcs"]:
                commercial(s, mb["st"])
                s.remarks = ["3"] if s.denied else (["1"] if s.copay else []) + (["2"] if s.deductible else [])
    legend = [("1", "Your copay for this visit. Your plan charges one copay per therapy visit."),
              ("2", "You have not met your deductible yet, so this amount counts toward it."),
              ("3", "Your plan does not cover this service. Ask the provider if another code applies.")]
    pdf = new_fpdf("P")
    pdf.set_title("Family Benefits Statement")
    pdf.set_author("Harbor Valley Health")
    cols = [("Service", 33, "L"), ("Units", 10, "R"), ("Billed", 15, "R"), ("Not covered", 16, "R"),
            ("Plan allowed", 16, "R"), ("Deductible", 15, "R"), ("Copay", 13, "R"), ("Coinsurance", 16, "R"),
            ("Plan paid", 15, "R"), ("Your cost", 15, "R"), ("", 4, "L"), ("Notes", 12, "L")]
    lt, ct = [], []

    def footer():
        pdf.set_xy(12, pdf.h - 14)
        pdf.set_font("Helvetica", "", 7)
        pdf.cell(120, 4, "Harbor Valley Health  |  Family Benefits Statement  |  This is not a bill.")
        pdf.cell(0, 4, f"{pdf.page_no()} / {{nb}}", align="R")

    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.set_text_color(20, 90, 110)
    pdf.cell(0, 8, "Harbor Valley Health", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Family Benefits Statement - Okafor-Baptiste family", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 4.5, "Plan: Harbor Valley Silver PPO    Statement period: 01/01/2026 - 01/31/2026    "
             "Prepared 02/02/2026", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 4.5, "This statement is not a bill. Your providers may send you a bill for 'Your cost'.",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for mb in members:
        if pdf.get_y() > pdf.h - 80:
            footer()
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 6, f"{mb['patient']}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 8)
        pdf.cell(0, 4, f"Member ID {mb['member']}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for cl in mb["claims"]:
            if pdf.get_y() > pdf.h - 60:
                footer()
                pdf.add_page()
            pdf.set_font("Helvetica", "B", 8.5)
            pdf.cell(0, 5, f"Visit on {dfmt(cl['visit'], 'mdy4')}  -  {cl['provider']}  -  Claim # {cl['claim']}",
                     new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "B", 7)
            pdf.set_text_color(90, 90, 90)
            for h, w, al in cols:
                pdf.cell(w, 4, h, align=al)
            pdf.ln(4.5)
            pdf.set_text_color(0, 0, 0)
            for s in cl["svcs"]:
                pdf.set_font("Helvetica", "I", 7.5)
                pdf.cell(0, 3.8, s.desc, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("Helvetica", "", 7.5)
                code = s.code + ("-" + ",".join(s.mods) if s.mods else "")
                vals = [code, units_str(s.units)] + [money(getattr(s, a)) for a in (
                    "billed", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid", "owes")] + [
                    "", " ".join(s.remarks)]
                for v, (h, w, al) in zip(vals, cols):
                    pdf.cell(w, 3.8, v, align=al)
                pdf.ln(5)
                lt.append(truth_line(pdf.page_no(), s, claim_id=None, payer_claim_id=cl["claim"],
                                     patient=mb["patient"],
                                     printed=("billed", "not_covered", "allowed", "deductible", "copay",
                                              "coinsurance", "paid", "patient_owes"), remarks=s.remarks))
            tb, tn, ta, td, tcp, tci, tp, to = (total(cl["svcs"], a) for a in (
                "billed", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid", "owes"))
            pdf.set_font("Helvetica", "B", 7.5)
            vals = ["Visit total", ""] + [money(v) for v in (tb, tn, ta, td, tcp, tci, tp, to)] + ["", ""]
            for v, (h, w, al) in zip(vals, cols):
                pdf.cell(w, 4, v, align=al)
            pdf.ln(8)
            ct.append({"claim_id": None, "payer_claim_id": cl["claim"], "patient": mb["patient"],
                       "totals": claim_totals(tb, ta, tp, to)})
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 6, "What the notes mean", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    for code, text in legend:
        pdf.cell(8, 4.2, code)
        pdf.cell(0, 4.2, text, new_x="LMARGIN", new_y="NEXT")
    footer()
    path = out / f"{name}.pdf"
    pdf.output(str(path))
    write_truth(path, name, "fpdf2", pdf.page_no(),
                "Family statement from a health-plan member portal, no ruled lines: one section per family member, "
                "one block per visit (date, provider, claim #), and TWO text lines per service: the description "
                "(italic) on its own line, then code with modifiers '97530-GO,59', units and amounts. Visit total "
                "rows; numeric notes with a legend; page footer '1 / 2'.",
                lt, ct, legend)


# =========================================================================== 6. multi-page table, wrapped text (fpdf2)

def layout_multipage_wrap_eob(out: Path) -> None:
    name = "multipage_wrap_eob"
    st = PlanState(ded_left=Decimal("300.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.80"))
    claims = []
    # Noah: OT twice a week, billed monthly
    days = [D(2026, 1, 5), D(2026, 1, 8), D(2026, 1, 12), D(2026, 1, 15), D(2026, 1, 22), D(2026, 1, 26),
            D(2026, 1, 29), D(2026, 2, 2), D(2026, 2, 5), D(2026, 2, 9), D(2026, 2, 12), D(2026, 2, 19),
            D(2026, 2, 23), D(2026, 2, 26), D(2026, 3, 2), D(2026, 3, 5), D(2026, 3, 9), D(2026, 3, 12),
            D(2026, 3, 16), D(2026, 3, 19), D(2026, 3, 23)]
    second = ["97110", "97112", "97535", "97140"]
    by_month: dict[int, list] = {}
    for i, d in enumerate(days):
        by_month.setdefault(d.month, []).append(Svc(d, "97530", 2 + (i % 2), ("GO",)))
        code2 = second[i % 4]
        desc = LONG_DESC.get(code2)
        by_month[d.month][-1:] += [Svc(d, code2, 1, ("GO",), desc=desc) if desc else Svc(d, code2, 1, ("GO",))]
    for m, svcs in by_month.items():
        for s in svcs:
            if s.code == "97530":
                s.desc = LONG_DESC["97530"]
    ids = {1: "7719-2203-118", 2: "7719-2260-402", 3: "7719-2331-077"}
    for m in (1, 2, 3):
        claims.append(dict(claim=ids[m], patient="Noah Castellanos",
                           provider="Riverbend Pediatric Therapy Group", svcs=by_month[m]))
    parent = [Svc(D(2026, 1, 5), "97760", 3, ("GO",), end=D(2026, 1, 9), desc=LONG_DESC["97760"]),
              Svc(D(2026, 1, 5), "L3807", 1, ("RT",), desc=LONG_DESC["L3807"]),
              Svc(D(2026, 1, 12), "97140", 4, ("GO",), end=D(2026, 1, 16), desc=LONG_DESC["97140"]),
              Svc(D(2026, 1, 12), "0552T", 1, desc=LONG_DESC["0552T"], denied="PR"),
              Svc(D(2026, 1, 19), "G0283", 2, ("GO",), end=D(2026, 1, 23), desc=LONG_DESC["G0283"])]
    claims.insert(1, dict(claim="7719-2211-930", patient="Ines Castellanos",
                          provider="Riverbend Hand & Upper Limb Therapy", svcs=parent))
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st)
            s.remarks = ["X7"] if s.denied else (["D1"] if s.deductible else [])
    # a recovered overpayment for an earlier February visit, shown in the March claim
    base = Svc(D(2026, 2, 12), "97530", 1, ("GO",))
    commercial(base, PlanState(ded_left=Decimal(0), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.80")))
    rec = negate(base)
    rec.desc = "Correction: 02/12/26 visit billed with one unit too many, payment recovered"
    rec.remarks = ["R2"]
    claims[3]["svcs"].append(rec)
    legend = [("D1", "Applied to your deductible."), ("X7", "Not covered: your plan excludes this service."),
              ("R2", "We corrected an earlier payment. The amount is taken back from the provider and from your share.")]

    pdf = new_fpdf("L")
    pdf.set_title("Member Claims Statement")
    pdf.set_author("Granite Peak Health")
    cols = [("Service Dates", 26, "L"), ("Description of Service", 56, "L"), ("Proc/Mod", 17, "L"),
            ("Units", 9, "R"), ("Charges", 17, "R"), ("Not Covered", 17, "R"), ("Covered", 17, "R"),
            ("Deductible", 17, "R"), ("Copay", 12, "R"), ("Coinsurance", 17, "R"), ("Paid by Plan", 18, "R"),
            ("Your Share", 17, "R"), ("Codes", 10, "C")]
    FS = 7.6
    LH = 3.5
    lt, ct = [], []
    X0 = 12
    XE = X0 + sum(w for _, w, _ in cols)

    def page_top(cont, table=True):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 13)
        pdf.set_xy(X0, 10)
        pdf.cell(120, 6, "Granite Peak Health")
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(0, 6, "Member Claims Statement, Quarter 1 2026" + (" (continued)" if cont else ""), align="R")
        pdf.set_xy(X0, 16)
        pdf.set_font("Helvetica", "", 8)
        pdf.cell(0, 4.5, "Subscriber: Ines Castellanos    ID: GPH 880 214 551    Group: 30-11877    "
                 "Period 01/01/26 - 03/31/26")
        pdf.set_y(24)
        if table:
            table_header()

    def table_header():
        pdf.set_font("Helvetica", "B", 7.5)
        pdf.set_x(X0)
        y = pdf.get_y()
        pdf.set_fill_color(225, 230, 236)
        for h, w, al in cols:
            pdf.cell(w, 6, h, align=al, fill=True)
        pdf.set_draw_color(60, 60, 60)
        pdf.set_line_width(0.3)
        pdf.line(X0, y + 6, XE, y + 6)
        pdf.set_y(y + 7)

    def footer():
        pdf.set_font("Helvetica", "", 7.5)
        pdf.set_xy(X0, pdf.h - 12)
        pdf.cell(150, 4, "This is not a bill. Keep this statement for your records.")
        pdf.cell(XE - X0 - 150, 4, f"Page {pdf.page_no()} of {{nb}}", align="R")

    page_top(False)
    bottom = pdf.h - 18
    for cl in claims:
        if pdf.get_y() + 20 > bottom:
            footer()
            page_top(True)
        pdf.set_font("Helvetica", "B", FS)
        pdf.set_x(X0)
        pdf.cell(0, 5, f"Claim {cl['claim']}    Patient: {cl['patient']}    Provider: {cl['provider']}")
        pdf.ln(5.5)
        for s in cl["svcs"]:
            pdf.set_font("Helvetica", "", FS)
            desc_lines = pdf.multi_cell(cols[1][1] - 1, LH, s.desc, dry_run=True, output="LINES")
            h = LH * len(desc_lines) + 1.2
            if pdf.get_y() + h > bottom:
                footer()
                page_top(True)
                pdf.set_font("Helvetica", "", FS)
            y = pdf.get_y()
            dates = dfmt(s.dos, "mdy2") + (f"-{dfmt(s.end, 'mdy2')}" if s.end else "")
            vals = [dates, None, " ".join((s.code,) + s.mods), units_str(s.units)] + [
                money(getattr(s, a), ",", "trail") for a in (
                    "billed", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid", "owes")] + [
                " ".join(s.remarks)]
            x = X0
            for v, (hd, w, al) in zip(vals, cols):
                if v is None:
                    pdf.set_xy(x, y + 0.4)
                    pdf.multi_cell(w - 1, LH, s.desc, align="L")
                else:
                    pdf.set_xy(x, y + 0.4)
                    pdf.cell(w, LH, v, align=al)
                x += w
            pdf.set_draw_color(190, 190, 190)
            pdf.set_line_width(0.15)
            pdf.line(X0, y + h, XE, y + h)
            pdf.set_y(y + h + 0.4)
            lt.append(truth_line(pdf.page_no(), s, claim_id=None, payer_claim_id=cl["claim"], patient=cl["patient"],
                                 service_end=s.end,
                                 printed=("billed", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                                          "paid", "patient_owes"), remarks=s.remarks))
        tot = [total(cl["svcs"], a) for a in ("billed", "not_covered", "allowed", "deductible", "copay",
                                               "coinsurance", "paid", "owes")]
        if pdf.get_y() + 6 > bottom:
            footer()
            page_top(True)
        pdf.set_font("Helvetica", "B", FS)
        pdf.set_x(X0)
        vals = ["", "Claim totals", "", ""] + [money(v, ",", "trail") for v in tot] + [""]
        for v, (hd, w, al) in zip(vals, cols):
            pdf.cell(w, 5, v, align=al)
        pdf.ln(7)
        ct.append({"claim_id": None, "payer_claim_id": cl["claim"], "patient": cl["patient"],
                   "totals": claim_totals(tot[0], tot[2], tot[6], tot[7])})
    if pdf.get_y() + 25 > bottom:
        footer()
        page_top(True, table=False)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.set_x(X0)
    pdf.cell(0, 5, "Explanation of codes")
    pdf.ln(5)
    pdf.set_font("Helvetica", "", 8)
    for code, text in legend:
        pdf.set_x(X0)
        pdf.cell(10, 4, code)
        pdf.cell(0, 4, text)
        pdf.ln(4)
    footer()
    path = out / f"{name}.pdf"
    pdf.output(str(path))
    write_truth(path, name, "fpdf2", pdf.page_no(),
                "Quarterly member claims statement, landscape: one long table that continues over pages with the "
                "header repeated and 'Page 2 of 3' footers; claim header rows inside the table; descriptions that "
                "wrap onto a second (or third) line; date ranges in one cell '01/05/26-01/09/26'; thin horizontal "
                "rules between rows; a recovered-payment correction line with amounts printed '45.00-'.",
                lt, ct, legend)


# =========================================================================== 7. compact HSA-plan EOB (reportlab, TTF)

def layout_hsa_compact_eob(out: Path) -> None:
    name = "hsa_compact_eob"
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    dj = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    djb = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    if dj.exists() and djb.exists():
        pdfmetrics.registerFont(TTFont("Body", str(dj)))
        pdfmetrics.registerFont(TTFont("BodyB", str(djb)))
        nbh = "\u2011"
    else:  # Vera ships with reportlab; it has no U+2011, so use U+2013 there
        fd = Path(reportlab.__file__).parent / "fonts"
        pdfmetrics.registerFont(TTFont("Body", str(fd / "Vera.ttf")))
        pdfmetrics.registerFont(TTFont("BodyB", str(fd / "VeraBd.ttf")))
        nbh = "\u2013"
    dashes = [nbh, "\u2013", "\u00ad", "-", "\u2212"]
    st = PlanState(ded_left=Decimal("420.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74"))
    claims = [
        dict(patient="Rosalind Achterberg", claim="PLB-26-0114-22931", provider="Northgate Physical Therapy",
             svcs=[Svc(D(2026, 1, 14), "97163", 1, ("GP",)), Svc(D(2026, 1, 14), "97110", 2, ("GP",)),
                   Svc(D(2026, 1, 14), "97140", 1, ("GP", "59"))]),
        dict(patient="Rosalind Achterberg", claim="PLB-26-0121-23308", provider="Northgate Physical Therapy",
             svcs=[Svc(D(2026, 1, 21), "97110", 2, ("GP",)), Svc(D(2026, 1, 21), "97112", 1, ("GP",)),
                   Svc(D(2026, 1, 21), "97116", 1, ("GP",)), Svc(D(2026, 1, 21), "97150", 1, ("GP",), denied="CO")]),
        dict(patient="Theo Achterberg", claim="PLB-26-0127-24415", provider="Maple Street Occupational Therapy",
             svcs=[Svc(D(2026, 1, 27), "97168", 1, ("GO",)), Svc(D(2026, 1, 27), "97530", 2, ("GO",)),
                   Svc(D(2026, 1, 27), "97535", 1, ("GO",))]),
    ]
    k = 0
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st, deny_reason="97")
            if s.denied:  # a bundled line: the whole charge shows as the network's write-off
                s.owes = ZERO
                s.discount, s.not_covered = s.billed, ZERO
                s.remarks = ["M80"]
            # the codes are printed apart from their amounts ("Adj Codes" beside "Network Savings", "Deductible",
            # "Coinsurance"); each code's amount is the column that means it, and the row's arithmetic confirms it
            s.shown_adjs = list(s.adjs)
            s.dash = dashes[k % len(dashes)]
            k += 1
    legend = [("CO\u201145" if nbh == "\u2011" else "CO-45", "Charge above the network rate; the provider writes it off."),
              ("CO-97", "Included in the payment for another service on the same day."),
              ("PR-1", "Counted toward your deductible."), ("PR-2", "Your coinsurance share."),
              ("M80", "Not paid separately when done at the same visit as another service.")]
    W, H = letter
    x0 = 36
    cols = [("Service Date", 54, "L"), ("Code", 50, "L"), ("Units", 22, "R"), ("Charges", 42, "R"),
            ("Network Savings", 70, "R"), ("Covered", 44, "R"), ("Deductible", 48, "R"),
            ("Coinsurance", 50, "R"), ("Plan Paid", 42, "R"), ("Your Share", 46, "R"), ("Adj Codes", 72, "L")]
    xs = []
    x = x0
    for c_ in cols:
        xs.append(x)
        x += c_[1]
    xend = x
    RH = 12.5

    def build(target, n_pages):
        c = rl_canvas.Canvas(target, pagesize=letter, invariant=1)
        c.setTitle("Explanation of Benefits")
        lt, ct = [], []
        page = 1
        ltext(c, x0, H - 48, "Prairie Lantern Benefit Administrators", "BodyB", 13)
        ltext(c, x0, H - 62, "Explanation of Benefits for your HSA-qualified health plan", "Body", 8.5)
        rtext(c, xend, H - 48, "This is not a bill", "BodyB", 9)
        rtext(c, xend, H - 62, f"Page {page} of {n_pages or 0}", "Body", 8)
        for i, (kk, v) in enumerate([("Primary member", "Rosalind Achterberg"), ("Member ID", "PLB0048213377"),
                                     ("Group", "NORTHFIELD COOPERATIVE 22017"),
                                     ("Date processed", "02/02/2026")]):
            ltext(c, x0, H - 84 - i * 11, kk, "Body", 7.5)
            ltext(c, x0 + 80, H - 84 - i * 11, v, "BodyB", 7.5)
        ltext(c, 330, H - 84, "Deductible (family)    $3,200.00", "Body", 7.5)
        ltext(c, 330, H - 95, "Met so far this year    " + money(Decimal("3200.00") - st.ded_left), "Body", 7.5)
        ltext(c, 330, H - 106, "HSA balance is not shown on this statement.", "Body", 7.5)
        y = H - 140
        for cl in claims:
            ltext(c, x0, y, f"Patient: {cl['patient']}", "BodyB", 8.5)
            ltext(c, x0 + 170, y, f"Claim ID: {cl['claim']}", "Body", 8)
            ltext(c, x0 + 330, y, f"Provider: {cl['provider']}", "Body", 8)
            y -= 14
            for (h, w, al), xx in zip(cols, xs):
                if al == "R":
                    rtext(c, xx + w - 3, y, h, "BodyB", 6.5)
                else:
                    ltext(c, xx + 3, y, h, "BodyB", 6.5)
            c.setLineWidth(0.8)
            c.line(x0, y - 4, xend, y - 4)
            y -= RH + 2
            for i, s in enumerate(cl["svcs"]):
                if i % 2 == 1:
                    c.setFillColor(Color(0.94, 0.94, 0.94))
                    c.rect(x0, y - 3.5, xend - x0, RH, stroke=0, fill=1)
                    c.setFillColor(black)
                vals = [dfmt(s.dos, "mdy4"), " ".join((s.code,) + s.mods), units_str(s.units)] + [
                    money(getattr(s, a), ",") for a in ("billed", "discount", "allowed", "deductible",
                                                         "coinsurance", "paid", "owes")]
                adj_txt = ", ".join(f"{g}{s.dash}{r}" for g, r, _ in s.shown_adjs)
                if s.remarks:
                    adj_txt += "; " + " ".join(s.remarks)
                vals.append(adj_txt)
                for v, (h, w, al), xx in zip(vals, cols, xs):
                    if al == "R":
                        rtext(c, xx + w - 3, y, v, "Body", 7)
                    else:
                        ltext(c, xx + 3, y, v, "Body", 7)
                lt.append(truth_line(page, s, claim_id=None, payer_claim_id=cl["claim"], patient=cl["patient"],
                                     printed=("billed", "discount", "allowed", "deductible", "coinsurance", "paid",
                                              "patient_owes"), adjustments=s.shown_adjs, remarks=s.remarks,
                                     description=False))
                y -= RH
            tot = [total(cl["svcs"], a) for a in ("billed", "discount", "allowed", "deductible", "coinsurance",
                                                   "paid", "owes")]
            c.setLineWidth(0.4)
            c.line(x0, y + RH - 3.5, xend, y + RH - 3.5)
            ltext(c, x0 + 3, y, "Total for Claim", "BodyB", 7)
            for v, (h, w, al), xx in zip(tot, cols[3:], xs[3:]):
                rtext(c, xx + w - 3, y, money(v, ","), "BodyB", 7)
            ct.append({"claim_id": None, "payer_claim_id": cl["claim"], "patient": cl["patient"],
                       "totals": claim_totals(tot[0], tot[2], tot[5], tot[6])})
            y -= 30
        ltext(c, x0, y, "Code explanations", "BodyB", 9)
        y -= 13
        for code, text in legend:
            ltext(c, x0, y, code, "BodyB", 7.5)
            ltext(c, x0 + 46, y, text, "Body", 7.5)
            y -= 11
        c.showPage()
        c.save()
        return page, (lt, ct)

    path = out / f"{name}.pdf"
    pages, (lt, ct) = rl_pages(build, path)
    leg = [(code.replace("\u2011", "-"), text) for code, text in legend]
    write_truth(path, name, "reportlab", pages,
                "Compact EOB for an HSA-qualified plan, embedded TrueType font (DejaVu/Vera subset), no grid: "
                "shaded alternate rows (filled rects, no rules). Adjustment codes printed without amounts and with "
                "odd dashes inside: non-breaking hyphen U+2011, en dash U+2013, soft hyphen U+00AD, minus U+2212 "
                "(truth normalises them to group/reason); remark after a semicolon in the same cell; dates "
                "01/14/2026; amounts 1,234.50 with no currency sign; a bundled (CO-97) line with zero allowed and "
                "zero patient share.",
                lt, ct, leg)


# =========================================================================== 8. clinic payment detail report (fpdf2)

def layout_clinic_payment_report(out: Path) -> None:
    name = "clinic_payment_report"
    rows = [
        dict(patient="Delacroix, Wren", acct="BKT-40211", claim="EMB2601090044", st=PlanState(
            ded_left=Decimal(0), visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.81")),
             svcs=[Svc(D(2026, 1, 9), "97530", 3, ("GO",)), Svc(D(2026, 1, 9), "97110", 1, ("GO", "59"))]),
        dict(patient="Delacroix, Wren", acct="BKT-40237", claim="EMB2601160112", st=PlanState(
            ded_left=Decimal(0), visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.81")),
             svcs=[Svc(D(2026, 1, 16), "97530", 4, ("GO",))]),
        dict(patient="Haugland, Peregrine", acct="BKT-40219", claim="EMB2601120078", st=PlanState(
            ded_left=Decimal("85.00"), allowed_rate=Decimal("0.81")),
             svcs=[Svc(D(2026, 1, 12), "92526", 1, ("GN",)), Svc(D(2026, 1, 12), "92507", 1, ("GN",))]),
        dict(patient="Ismail-Ferraro, Juno", acct="BKT-40225", claim="EMB2601140093", st=PlanState(
            ded_left=Decimal(0), allowed_rate=Decimal("0.81")),
             svcs=[Svc(D(2026, 1, 14), "97165", 1, ("GO",)), Svc(D(2026, 1, 14), "97760", 1, ("GO",)),
                   Svc(D(2026, 1, 14), "L3807", 1, ("LT",))]),
        dict(patient="Ismail-Ferraro, Juno", acct="BKT-40226", claim="EMB2601140094", st=PlanState(
            ded_left=Decimal(0), allowed_rate=Decimal("0.81")),
             svcs=[Svc(D(2026, 1, 14), "97530", 2, ("GO", "59"), denied="CO")]),
    ]
    for r in rows:
        for s in r["svcs"]:
            commercial(s, r["st"], deny_reason="97")
            if s.denied:
                s.owes = ZERO
                s.remarks = ["M15"]
    # recoupment of an earlier overpaid claim
    prev = Svc(D(2025, 12, 19), "97112", 2, ("GO",))
    commercial(prev, PlanState(ded_left=Decimal(0), visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.81")))
    rec = negate(prev)
    rec.remarks = ["MA67"]
    rows.append(dict(patient="Delacroix, Wren", acct="BKT-39870", claim="EMB2512190311R", svcs=[rec]))
    legend = [("M15", "Billed separately but paid as part of another service that day."),
              ("MA67", "Correction of an earlier claim: the first payment is taken back.")]
    pdf = new_fpdf("L")
    pdf.set_title("Payment Detail Report")
    pdf.set_author("Brightside Kids Therapy")
    cols = [("Patient", 30, "L"), ("Acct #", 18, "L"), ("Claim #", 25, "L"), ("DOS", 17, "L"), ("CPT", 11, "L"),
            ("Mod", 12, "L"), ("Units", 8, "R"), ("Charge", 19, "R"), ("Allowed", 19, "R"), ("", 3, "L"),
            ("Adjustments", 44, "L"), ("Pt Resp", 18, "R"), ("Paid", 19, "R"), ("", 2, "L"), ("Rmk", 10, "L")]
    lt, ct = [], []
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Brightside Kids Therapy - Payment Detail Report", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 4.5, "Payer: Evergreen Mutual Benefit    EFT trace 1EMB0883301927    Deposit date 1/30/2026    "
             "Run 2/2/2026 08:14", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 7)
    for h, w, al in cols:
        pdf.cell(w, 4.5, h, align=al)
    pdf.ln(5)
    for r in rows:
        pdf.set_font("Helvetica", "", 6.8)
        for s in r["svcs"]:
            adj = "; ".join(f"{g}-{c_} {money(a, '', '()')}" for g, c_, a in s.adjs)
            vals = [r["patient"], r["acct"], r["claim"], dfmt(s.dos, "mdyn"), s.code, " ".join(s.mods),
                    units_str(s.units), money(s.billed, "$", "()"), money(s.allowed, "$", "()"), "", adj,
                    money(s.owes, "$", "()"), money(s.paid, "$", "()"), "", " ".join(s.remarks)]
            for v, (h, w, al) in zip(vals, cols):
                pdf.cell(w, 4, v, align=al)
            pdf.ln(4)
            lt.append(truth_line(pdf.page_no(), s, claim_id=r["acct"], payer_claim_id=r["claim"],
                                 patient=r["patient"], printed=("billed", "allowed", "patient_owes", "paid"),
                                 adjustments=s.adjs, remarks=s.remarks, description=False))
        tb, ta, to, tp = (total(r["svcs"], a) for a in ("billed", "allowed", "owes", "paid"))
        pdf.set_font("Helvetica", "B", 6.8)
        vals = ["", "", "", "Claim subtotal", "", "", "", money(tb, "$", "()"), money(ta, "$", "()"), "", "",
                money(to, "$", "()"), money(tp, "$", "()"), "", ""]
        for v, (h, w, al) in zip(vals, cols):
            pdf.cell(w, 4, v, align=al)
        pdf.ln(6)
        ct.append({"claim_id": r["acct"], "payer_claim_id": r["claim"], "patient": r["patient"],
                   "totals": claim_totals(tb, ta, tp, to)})
    every = [s for r in rows for s in r["svcs"]]
    pdf.set_font("Helvetica", "B", 7.5)
    pdf.cell(sum(w for _, w, _ in cols[:7]), 5, "Report total")
    pdf.cell(19, 5, money(total(every, "billed"), "$", "()"), align="R")
    pdf.cell(19, 5, money(total(every, "allowed"), "$", "()"), align="R")
    pdf.cell(47, 5, "")
    pdf.cell(18, 5, money(total(every, "owes"), "$", "()"), align="R")
    pdf.cell(19, 5, money(total(every, "paid"), "$", "()"), align="R")
    pdf.ln(9)
    pdf.set_font("Helvetica", "B", 8)
    pdf.cell(0, 5, "Remark codes on this report", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 7.5)
    for code, text in legend:
        pdf.cell(14, 4, code)
        pdf.cell(0, 4, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(12, pdf.h - 12)
    pdf.set_font("Helvetica", "", 7)
    pdf.cell(0, 4, f"Page {pdf.page_no()} of {{nb}}", align="R")
    path = out / f"{name}.pdf"
    pdf.output(str(path))
    write_truth(path, name, "fpdf2", pdf.page_no(),
                "Clinic-side payment detail report printed from practice-management software, landscape: one flat "
                "table, patient/account/claim repeated on every row (no claim header blocks), CPT and Mod in "
                "separate columns, dates 1/9/2026 without zero padding, '$' amounts with (parentheses) for "
                "negatives, adjustments with amounts inline 'CO-45 51.30; PR-3 30.00', claim subtotal rows, a "
                "recoupment claim with negative amounts, report total.",
                lt, ct, legend)



# =========================================================================== hostile files

HOSTILE = HERE.parents[1] / "tests" / "data" / "pdf_bad"


def make_bad(out: Path) -> None:
    """Files a reader must refuse or flag cleanly: scan, encrypted, truncated, not a PDF, empty."""
    import reportlab
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib import pdfencrypt
    from reportlab.lib.utils import ImageReader

    # Hostile files are test fixtures, not samples: a user's run over samples/ should read cleanly.
    bad = HOSTILE if out.resolve() == HERE.resolve() else out / "bad"
    bad.mkdir(parents=True, exist_ok=True)
    # 1. scanned page: an image of an EOB, no text layer at all
    fd = Path(reportlab.__file__).parent / "fonts"
    img = Image.new("L", (1275, 1650), 255)  # letter at 150 dpi
    dr = ImageDraw.Draw(img)
    big = ImageFont.truetype(str(fd / "VeraBd.ttf"), 30)
    small = ImageFont.truetype(str(fd / "Vera.ttf"), 17)
    dr.text((90, 90), "Willowmere Health Cooperative", font=big, fill=0)
    dr.text((90, 135), "EXPLANATION OF BENEFITS - THIS IS NOT A BILL", font=small, fill=0)
    dr.text((90, 200), "Patient: Corin Ashdown     Claim Number: WHC2601090017     Provider: Fernbrook OT", font=small,
            fill=0)
    y = 260
    dr.line((90, y - 8, 1185, y - 8), fill=0, width=2)
    for row in (["Date of Service", "Code", "Units", "Billed", "Allowed", "Plan Paid", "You Owe"],
                ["01/09/26", "97530 GO", "3", "$285.00", "$221.40", "$191.40", "$30.00"],
                ["01/09/26", "97110 GO", "1", "$80.00", "$62.20", "$62.20", "$0.00"],
                ["Claim Total", "", "", "$365.00", "$283.60", "$253.60", "$30.00"]):
        for x, v in zip((90, 290, 430, 520, 660, 800, 960), row):
            dr.text((x, y), v, font=small, fill=0)
        y += 34
        dr.line((90, y - 8, 1185, y - 8), fill=0, width=1)
    img = img.rotate(0.6, fillcolor=255)  # a scanner is never quite straight
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    c = rl_canvas.Canvas(str(bad / "scanned_page.pdf"), pagesize=letter, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, width=letter[0], height=letter[1])
    c.showPage()
    c.save()

    # 2. encrypted with an open (user) password: cannot be read without it
    def small_eob(path, enc):
        c = rl_canvas.Canvas(str(path), pagesize=letter, invariant=1, encrypt=enc)
        ltext(c, 50, 740, "Willowmere Health Cooperative - Explanation of Benefits", "Helvetica-Bold", 12)
        ltext(c, 50, 720, "Patient: Corin Ashdown   Claim Number: WHC2601090017   THIS IS NOT A BILL", "Helvetica", 9)
        hdr = ["Date of Service", "Code", "Units", "Amount Billed", "Amount Allowed", "Plan Paid", "What You Owe"]
        rows = [["01/09/26", "97530 GO", "3", "$285.00", "$221.40", "$191.40", "$30.00"],
                ["01/09/26", "97110 GO", "1", "$80.00", "$62.20", "$62.20", "$0.00"]]
        xs = [50, 130, 190, 300, 390, 470, 560]
        for i, h in enumerate(hdr):
            (ltext if i < 2 else rtext)(c, xs[i], 690, h, "Helvetica-Bold", 8)
        for j, r in enumerate(rows):
            for i, v in enumerate(r):
                (ltext if i < 2 else rtext)(c, xs[i], 674 - j * 14, v, "Helvetica", 8)
        c.showPage()
        c.save()

    small_eob(bad / "encrypted_user_password.pdf",
              pdfencrypt.StandardEncryption("open-sesame", ownerPassword="owner-7731", strength=128))
    # 3. owner-password only (printing allowed, copying not): opens without a password; should be READ
    small_eob(out / "encrypted_owner_only.pdf",
              pdfencrypt.StandardEncryption("", ownerPassword="owner-7731", canCopy=0, canModify=0, strength=128))
    owner_lines = []
    for code, units, vals in (("97530", 3, ("285.00", "221.40", "191.40", "30.00")),
                              ("97110", 1, ("80.00", "62.20", "62.20", "0.00"))):
        sv = Svc(D(2026, 1, 9), code, units, ("GO",))
        sv.billed, sv.allowed, sv.paid, sv.owes = (Decimal(v) for v in vals)
        owner_lines.append(truth_line(1, sv, claim_id=None, payer_claim_id="WHC2601090017", patient="Corin Ashdown",
                                      printed=("billed", "allowed", "paid", "patient_owes"), description=False))
    write_truth(out / "encrypted_owner_only.pdf", "encrypted_owner_only", "reportlab", 1,
                "Owner-password-only encryption (no open password; copying disallowed). Opens without a "
                "password and must be read like any other EOB.", owner_lines, [], [])
    # 4. truncated: the first half of a valid file
    whole = (out / "commercial_member_eob.pdf").read_bytes()
    (bad / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    # 5. not a PDF: a portal's "session expired" web page saved with a .pdf name
    (bad / "not_a_pdf.pdf").write_text(
        "<!DOCTYPE html>\n<html><head><title>Session expired</title></head>\n<body><h1>Your session has expired"
        "</h1><p>Please sign in again to download your Explanation of Benefits.</p></body></html>\n",
        encoding="utf-8")
    # 6. empty file
    (bad / "empty.pdf").write_bytes(b"")


LAYOUTS = [layout_commercial_member_eob, layout_msn_part_b, layout_medicaid_ra, layout_paper_remit_fixed,
           layout_therapy_portal_statement, layout_multipage_wrap_eob, layout_hsa_compact_eob,
           layout_clinic_payment_report]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--only", nargs="*", default=None)
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        if a.only and fn.__name__.removeprefix("layout_") not in a.only:
            continue
        fn(a.out)
        print("wrote", fn.__name__.removeprefix("layout_"))
    if not a.only:
        make_bad(a.out)
        print("wrote bad/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
