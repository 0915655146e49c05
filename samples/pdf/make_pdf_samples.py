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

from eobgen import (  # noqa: E402
    FIXED_WHEN, LONG_DESC, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money,
    negate, q, total, truth_line, units_str, write_truth,
)
from fpdf import FPDF  # noqa: E402
from reportlab.lib.colors import Color, black, white  # noqa: E402
from reportlab.lib.pagesizes import landscape, letter  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402

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
        ltext(c, x0, H - 110, "HAROLD T. LINDQVIST", "Helvetica", 9)
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
                lt.append(truth_line(page[0], s, claim_id=None, payer_claim_id=cl["claim"], patient=None,
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
            ct.append({"claim_id": None, "payer_claim_id": cl["claim"], "patient": None,
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
    W = pdf.w
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
        st.ded_left = ded_state.get(cl["name"], Decimal("0"))
        for s in cl["svcs"]:
            medicare(s, st)
    claims[2]["svcs"][1].remarks = ["N362"]
    # reversal of an earlier claim (status 22): amounts printed with a trailing minus
    prior = Svc(D(2025, 12, 15), "97530", 3, ("GO",))
    st.ded_left = Decimal("0")
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


LAYOUTS = [layout_commercial_member_eob, layout_msn_part_b, layout_medicaid_ra, layout_paper_remit_fixed]


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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
