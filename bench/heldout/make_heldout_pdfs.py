"""Write HELD-OUT synthetic PDF EOB layouts (with truth files) into a folder, for measuring the PDF reader
on layouts it was not developed on.

Run:  python bench/heldout/make_heldout_pdfs.py [OUT_DIR]      (default: a new temp folder, printed)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Never commit the PDFs this writes into samples/ (the reader must not be tuned on them). The truth format is
the one of samples/pdf (see samples/pdf/eobgen.py). Every name, number, payer, provider and ID is invented.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date).
"""

from __future__ import annotations

import io
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))

from eobgen import (
    FIXED_WHEN,
    ZERO,
    PlanState,
    Svc,
    claim_totals,
    commercial,
    dfmt,
    medicare,
    money,
    negate,
    q,
    total,
    truth_line,
    write_truth,
)
from fpdf import FPDF
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas as rl_canvas

D = date


def rl_twice(build, path: Path):
    n, _ = build(io.BytesIO(), None)
    pages, truth = build(str(path), n)
    return pages, truth


def txt(c, x, y, s, font, size, align="L"):
    c.setFont(font, size)
    if align == "R":
        c.drawRightString(x, y, s)
    elif align == "C":
        c.drawCentredString(x, y, s)
    else:
        c.drawString(x, y, s)


def new_fpdf(orientation: str) -> FPDF:
    pdf = FPDF(orientation=orientation, unit="pt", format="letter")
    pdf.set_creation_date(FIXED_WHEN)
    pdf.set_auto_page_break(False)
    pdf.set_margins(30, 30, 30)
    pdf.alias_nb_pages()
    return pdf


def sp_money(d: Decimal) -> str:
    """'$ 1,234.50' with a space after the sign, '-$ 12.00' when negative."""
    s = f"$ {abs(q(d)):,.2f}"
    return "-" + s if d < 0 else s


# =========================================================================== H1 dental-style statement, Times

def h1_dental_style(out: Path) -> None:
    name = "h1_dental_style_statement"
    st = PlanState(ded_left=Decimal("50.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.76"))
    claims = [
        dict(patient="ALVAREZ-KWAN, TOMAS", rel="Child", acct="55120-3", claim="CSB 26 0117 00452",
             provider="Tidewater Pediatric Therapies", received="01-17-2026",
             svcs=[Svc(D(2026, 1, 5), "92526", 1), Svc(D(2026, 1, 5), "97112", 1, ("GO",)),
                   Svc(D(2026, 1, 9), "92526", 1), Svc(D(2026, 1, 9), "97530", 2, ("GO",)),
                   Svc(D(2026, 1, 14), "92526", 1)]),
        dict(patient="ALVAREZ-KWAN, MIREILLE", rel="Spouse", acct="55120-1", claim="CSB 26 0121 00933",
             provider="Harborlight Jaw & Hand Rehabilitation", received="01-21-2026",
             svcs=[Svc(D(2026, 1, 12), "97140", 2, ("GP",)), Svc(D(2026, 1, 12), "97110", 1, ("GP",)),
                   Svc(D(2026, 1, 12), "0552T", 1, denied="PR")]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st)
            s.remarks = ["27"] if s.denied else (["04"] if s.deductible else [])
    legend = [("04", "Part of this amount counts toward the annual deductible."),
              ("27", "Procedure is not a benefit of this plan. The patient is responsible for the charge.")]
    W, H = letter
    x0 = 40
    cols = [("Line", 26, "C"), ("Service Date", 54, "L"), ("Proc Code", 48, "L"), ("Description", 94, "L"),
            ("Submitted Amt", 54, "R"), ("Max Allowable", 56, "R"), ("Deductible", 46, "R"), ("% Pd", 26, "R"),
            ("Plan Benefit", 52, "R"), ("Patient Pays", 52, "R"), ("Note", 24, "C")]

    def build(target, n):
        c = rl_canvas.Canvas(target, pagesize=letter, invariant=1)
        c.setTitle("Statement of Benefits Paid")
        lt, ct = [], []
        txt(c, W / 2, H - 50, "COBALT SHORE BENEFIT SERVICES", "Times-Bold", 15, "C")
        txt(c, W / 2, H - 66, "Statement of Benefits Paid", "Times-Italic", 12, "C")
        txt(c, W / 2, H - 80, "This is a statement of benefits. It is not a bill.", "Times-Roman", 9, "C")
        txt(c, x0, H - 104, "Subscriber: MIREILLE ALVAREZ-KWAN", "Times-Roman", 10)
        txt(c, x0, H - 117, "Subscriber ID: XCB-0077-41592", "Times-Roman", 10)
        txt(c, W - x0, H - 104, "Statement Date: 02-03-2026", "Times-Roman", 10, "R")
        txt(c, W - x0, H - 117, f"Page 1 of {n or 0}", "Times-Roman", 10, "R")
        y = H - 150
        for cl in claims:
            kv = [("Patient Name:", cl["patient"]), ("Relationship:", cl["rel"]),
                  ("Patient Acct No:", cl["acct"]), ("Claim ID:", cl["claim"]),
                  ("Treating Provider:", cl["provider"]), ("Date Received:", cl["received"])]
            for i, (k, v) in enumerate(kv):
                xx = x0 if i % 2 == 0 else x0 + 290
                yy = y - (i // 2) * 13
                txt(c, xx, yy, k, "Times-Bold", 9.5)
                txt(c, xx + 92, yy, v, "Times-Roman", 9.5)
            y -= 46
            c.setLineWidth(1)
            c.line(x0, y + 11, W - x0, y + 11)
            x = x0
            for h, w, al in cols:
                if al == "R":
                    txt(c, x + w - 2, y, h, "Times-Bold", 8, "R")
                elif al == "C":
                    txt(c, x + w / 2, y, h, "Times-Bold", 8, "C")
                else:
                    txt(c, x + 2, y, h, "Times-Bold", 8)
                x += w
            c.setLineWidth(0.5)
            c.line(x0, y - 4, W - x0, y - 4)
            y -= 16
            for i, s in enumerate(cl["svcs"], 1):
                pct = "0" if s.denied else f"{int((1 - st.coins_rate) * 100)}"
                vals = [str(i), dfmt(s.dos, "mdy4").replace("/", "-"), " ".join((s.code,) + s.mods), s.desc,
                        sp_money(s.billed), sp_money(s.allowed), sp_money(s.deductible), pct, sp_money(s.paid),
                        sp_money(s.owes), " ".join(s.remarks)]
                x = x0
                for v, (h, w, al) in zip(vals, cols):
                    size = 8.5
                    while c.stringWidth(v, "Times-Roman", size) > w - 4 and size > 6:
                        size -= 0.25
                    if al == "R":
                        txt(c, x + w - 2, y, v, "Times-Roman", size, "R")
                    elif al == "C":
                        txt(c, x + w / 2, y, v, "Times-Roman", size, "C")
                    else:
                        txt(c, x + 2, y, v, "Times-Roman", size)
                    x += w
                lt.append(truth_line(1, s, claim_id=cl["acct"], payer_claim_id=cl["claim"], patient=cl["patient"],
                                     units=False, printed=("billed", "allowed", "deductible", "paid",
                                                           "patient_owes"), remarks=s.remarks))
                y -= 13
            tb, ta, td, tp, to = (total(cl["svcs"], a) for a in ("billed", "allowed", "deductible", "paid", "owes"))
            c.line(x0, y + 9, W - x0, y + 9)
            txt(c, x0 + sum(w for _, w, _ in cols[:3]) + 2, y - 1, "Claim Totals", "Times-Bold", 8.5)
            x = x0 + sum(w for _, w, _ in cols[:4])
            for v, (h, w, al) in zip((tb, ta, td, None, tp, to), cols[4:10]):
                if v is not None:
                    txt(c, x + w - 2, y - 1, sp_money(v), "Times-Bold", 8.5, "R")
                x += w
            ct.append({"claim_id": cl["acct"], "payer_claim_id": cl["claim"], "patient": cl["patient"],
                       "totals": claim_totals(tb, ta, tp, to)})
            y -= 40
        txt(c, x0, y, "Note Codes:", "Times-Bold", 10)
        y -= 13
        for code, t in legend:
            txt(c, x0 + 10, y, f"{code} - {t}", "Times-Roman", 9)
            y -= 12
        c.showPage()
        c.save()
        return 1, (lt, ct)

    path = out / f"{name}.pdf"
    pages, (lt, ct) = rl_twice(build, path)
    write_truth(path, name, "reportlab", pages,
                "Dental-style statement of benefits with therapy codes, Times font; key: value claim header grid; "
                "numbered lines; dates 01-05-2026; '$ 285.00' with a space; a '% Pd' percentage column; no units.",
                lt, ct, legend)


# =========================================================================== H2 landscape TPA remit, unusual order

def h2_tpa_remit(out: Path) -> None:
    name = "h2_tpa_remit_landscape"
    claims = []
    people = [("PENHALIGON, ASTRID", "MC7730211", "PC-88120", "MCT2601000418"),
              ("NAKASHIMA-OBI, LEO", "MC7730298", "PC-88133", "MCT2601000419"),
              ("FONSECA, BEATRIZ", "MC7730305", "PC-88141", "MCT2601000420")]
    plans = [PlanState(ded_left=Decimal(0), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.72")),
             PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.72")),
             PlanState(ded_left=Decimal(0), visit_copay=Decimal("40.00"), allowed_rate=Decimal("0.72"))]
    sets = [[Svc(D(2026, 1, 6), "97166", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 2, ("GO",)),
             Svc(D(2026, 1, 6), "97535", 1, ("GO", "59"))],
            [Svc(D(2026, 1, 7), "92507", 1, ("GN",)), Svc(D(2026, 1, 7), "92526", 1, ("GN",))],
            [Svc(D(2026, 1, 8), "97110", 3, ("GP",)), Svc(D(2026, 1, 8), "97140", 1, ("GP", "59")),
             Svc(D(2026, 1, 8), "97760", 1, ("GO",)), Svc(D(2026, 1, 8), "L3807", 1, ("LT",))]]
    for (pn, mid, pc, clm), stt, svcs in zip(people, plans, sets):
        for s in svcs:
            commercial(s, stt)
            s.remarks = ["N130"] if s.deductible else []
        claims.append(dict(patient=pn, member=mid, acct=pc, claim=clm, svcs=svcs))
    # a reversal of a December claim
    prev = Svc(D(2025, 12, 18), "97530", 2, ("GO",))
    commercial(prev, PlanState(ded_left=Decimal(0), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.72")))
    claims.append(dict(patient="PENHALIGON, ASTRID", member="MC7730211", acct="PC-87002", claim="MCT2512000377",
                       svcs=[negate(prev)], note="REVERSAL OF PRIOR PAYMENT"))
    legend = [("N130", "Benefit limits apply; see the member's plan documents.")]
    pdf = new_fpdf("L")
    pdf.set_title("Provider Payment Summary")
    W = pdf.w
    cols = [("Paid", 52, "R"), ("Pt Liab", 50, "R"), ("Allowed", 52, "R"), ("Billed", 52, "R"), ("", 14, "L"),
            ("Proc", 38, "L"), ("Mod", 36, "L"), ("Qty", 24, "R"), ("", 10, "L"), ("From", 62, "L"),
            ("Thru", 62, "L"), ("Adj Grp/Rsn", 60, "L"), ("Adj Amt", 48, "R"), ("", 14, "L"), ("Rmk", 40, "L")]
    lt, ct = [], []

    def head():
        pdf.add_page()
        pdf.set_font("Times", "B", 13)
        pdf.set_xy(30, 28)
        pdf.cell(400, 16, "MERIDIAN CREST ADMINISTRATORS, INC.")
        pdf.set_font("Times", "", 10)
        pdf.cell(0, 16, f"Sheet {pdf.page_no()} / {{nb}}", align="R")
        pdf.set_xy(30, 44)
        pdf.cell(400, 13, "Provider Payment Summary  -  Payee: Saltmarsh Rehabilitation Partners  -  TIN xx-xxx4417")
        pdf.cell(0, 13, "Check date 30-JAN-2026   Check # 00051877", align="R")
        pdf.set_xy(30, 70)
        pdf.set_font("Times", "B", 9)
        for h, w, al in cols:
            pdf.cell(w, 12, h, align=al)
        pdf.set_draw_color(0, 0, 0)
        pdf.line(30, 83, W - 30, 83)
        pdf.set_y(88)

    head()
    for cl in claims:
        pdf.set_font("Times", "BI", 9)
        pdf.set_x(30)
        extra = f"     ** {cl['note']} **" if cl.get("note") else ""
        pdf.cell(0, 12, f"Pat Ctl # {cl['acct']}    Payer Clm # {cl['claim']}    Member {cl['patient']}    "
                 f"Member # {cl['member']}{extra}")
        pdf.ln(13)
        pdf.set_font("Times", "", 9)
        for s in cl["svcs"]:
            first = s.adjs[0]
            vals = [money(s.paid, ""), money(s.owes, ""), money(s.allowed, ""), money(s.billed, ""), "", s.code,
                    " ".join(s.mods), f"{s.units:.1f}", "", dfmt(s.dos, "dmy"), dfmt(s.end or s.dos, "dmy"),
                    f"{first[0]}{first[1]}", money(first[2], ""), "", " ".join(s.remarks)]
            pdf.set_x(30)
            for v, (h, w, al) in zip(vals, cols):
                pdf.cell(w, 11, v, align=al)
            pdf.ln(11)
            for g, r, a in s.adjs[1:]:
                pdf.set_x(30 + sum(w for _, w, _ in cols[:11]))
                pdf.cell(cols[11][1], 11, f"{g}{r}")
                pdf.cell(cols[12][1], 11, money(a, ""), align="R")
                pdf.ln(11)
            lt.append(truth_line(pdf.page_no(), s, claim_id=cl["acct"], payer_claim_id=cl["claim"],
                                 patient=cl["patient"], service_end=s.end or s.dos,
                                 printed=("billed", "allowed", "paid", "patient_owes"), adjustments=s.adjs,
                                 remarks=s.remarks, description=False))
        tp, to, ta, tb = (total(cl["svcs"], a) for a in ("paid", "owes", "allowed", "billed"))
        pdf.set_font("Times", "B", 9)
        pdf.set_x(30)
        for v, (h, w, al) in zip((tp, to, ta, tb), cols[:4]):
            pdf.cell(w, 11, money(v, ""), align=al)
        pdf.cell(60, 11, "  Clm Tot")
        pdf.ln(20)
        ct.append({"claim_id": cl["acct"], "payer_claim_id": cl["claim"], "patient": cl["patient"],
                   "totals": claim_totals(tb, ta, tp, to)})
    pdf.set_font("Times", "", 9)
    pdf.set_x(30)
    pdf.cell(0, 11, "Remark N130: " + legend[0][1])
    path = out / f"{name}.pdf"
    pdf.output(str(path))
    write_truth(path, name, "fpdf2", pdf.page_no(),
                "TPA provider payment summary, landscape, Times: amounts FIRST and in reverse order (Paid, Pt Liab, "
                "Allowed, Billed) right-aligned with no currency sign and no thousands separator; Proc and Mod "
                "columns; Qty 2.0; From/Thru as 06-JAN-2026; adjustment group+reason without a dash (CO45) with "
                "further adjustments on continuation rows; claim header as one italic line; 'Clm Tot' after the "
                "total amounts; a reversal claim with leading-minus amounts.",
                lt, ct, legend)


# =========================================================================== H3 two-line headers, vision-plan style

def h3_two_line_headers(out: Path) -> None:
    name = "h3_two_line_header_statement"
    st = PlanState(ded_left=Decimal(0), coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.70"),
                   copay_codes={"99213": Decimal("20.00")})
    claims = [
        dict(patient="ELSA MARTINEAU", member="02", claim="NVR-0044718-26", provider="Glenhaven Hand Therapy",
             svcs=[Svc(D(2026, 1, 5), "97165", 1, ("GO",)), Svc(D(2026, 1, 5), "97760", 2, ("GO",)),
                   Svc(D(2026, 1, 5), "L3807", 1, ("RT",)), Svc(D(2026, 1, 19), "97168", 1, ("GO",)),
                   Svc(D(2026, 1, 19), "97140", 2, ("GO", "59"))]),
        dict(patient="ARLO MARTINEAU", member="03", claim="NVR-0045102-26", provider="Glenhaven Pediatric Clinic",
             svcs=[Svc(D(2026, 1, 21), "99213", 1), Svc(D(2026, 1, 21), "G0283", 1, ("GP",), denied="PR")]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st)
            s.remarks = ["M07"] if s.denied else ["M01"]
    legend = [("M01", "Your provider agreed to the network rate; the discount is not your cost."),
              ("M07", "Not a covered service under your plan.")]
    W, H = letter
    x0 = 32
    cols = [(("Date of", "Service"), 50, "L", "date"), (("Services", "Rendered"), 92, "L", "desc"),
            (("Svc", "Code"), 44, "L", "code"), (("Amount", "Billed"), 40, "R", "billed"),
            (("Plan", "Discount"), 40, "R", "discount"), (("Not", "Covered"), 38, "R", "not_covered"),
            (("Allowed", "Amount"), 40, "R", "allowed"), (("Applied to", "Deductible"), 44, "R", "deductible"),
            (("Your", "Copay"), 34, "R", "copay"), (("Your", "Coinsurance"), 46, "R", "coinsurance"),
            (("Plan", "Payment"), 40, "R", "paid"), (("Your", "Balance"), 40, "R", "owes"),
            (("Msg", ""), 20, "C", "msg")]

    def build(target, n):
        c = rl_canvas.Canvas(target, pagesize=letter, invariant=1)
        lt, ct = [], []
        c.setFillColor(Color(0.15, 0.35, 0.3))
        c.rect(0, H - 70, W, 70, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        txt(c, x0, H - 40, "Northpine Vision & Rehab Plan", "Helvetica-Bold", 17)
        txt(c, x0, H - 56, "Your Benefit Statement  |  not a bill", "Helvetica", 10)
        c.setFillColor(black)
        txt(c, W - x0, H - 90, "Statement issued Feb 03, 2026", "Helvetica", 8.5, "R")
        txt(c, W - x0, H - 101, f"page 1 of {n or 0}", "Helvetica", 8.5, "R")
        txt(c, x0, H - 90, "Plan holder: Colette Martineau   Plan ID NVR 551 208 933", "Helvetica", 8.5)
        y = H - 130
        for cl in claims:
            c.setFillColor(Color(0.9, 0.94, 0.93))
            c.rect(x0, y - 4, W - 2 * x0, 15, stroke=0, fill=1)
            c.setFillColor(black)
            txt(c, x0 + 4, y, f"Claim for: {cl['patient']} (Member {cl['member']})   Claim #: {cl['claim']}   "
                f"Provider: {cl['provider']}   Paid to: Provider", "Helvetica-Bold", 8)
            y -= 20
            x = x0
            for (h1, h2), w, al, _ in cols:
                for k, hh in enumerate((h1, h2)):
                    if not hh:
                        continue
                    if al == "R":
                        txt(c, x + w - 2, y - k * 8, hh, "Helvetica-Bold", 6.6, "R")
                    elif al == "C":
                        txt(c, x + w / 2, y - k * 8, hh, "Helvetica-Bold", 6.6, "C")
                    else:
                        txt(c, x + 2, y - k * 8, hh, "Helvetica-Bold", 6.6)
                x += w
            c.setLineWidth(0.7)
            c.line(x0, y - 12, W - x0, y - 12)
            y -= 23
            for s in cl["svcs"]:
                v = {"date": f"{s.dos:%b} {s.dos:%d}, {s.dos.year}",
                     "desc": s.desc if len(s.desc) < 24 else s.desc[:22].rstrip() + ".",
                     "code": " ".join((s.code,) + s.mods), "msg": " ".join(s.remarks)}
                for a in ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                          "paid", "owes"):
                    v[a] = money(getattr(s, a), "$")
                x = x0
                for (h1, h2), w, al, key in cols:
                    if al == "R":
                        txt(c, x + w - 2, y, v[key], "Helvetica", 6.8, "R")
                    elif al == "C":
                        txt(c, x + w / 2, y, v[key], "Helvetica", 6.8, "C")
                    else:
                        txt(c, x + 2, y, v[key], "Helvetica", 6.8)
                    x += w
                lt.append(truth_line(1, s, claim_id=None, payer_claim_id=cl["claim"], patient=cl["patient"],
                                     units=False, printed=("billed", "discount", "not_covered", "allowed",
                                                           "deductible", "copay", "coinsurance", "paid",
                                                           "patient_owes"), remarks=s.remarks,
                                     overrides={"description": v["desc"]}))
                y -= 12
            tots = {a: total(cl["svcs"], a) for a in ("billed", "discount", "not_covered", "allowed", "deductible",
                                                       "copay", "coinsurance", "paid", "owes")}
            c.setLineWidth(0.4)
            c.line(x0, y + 8, W - x0, y + 8)
            txt(c, x0 + 2, y - 1, "Totals", "Helvetica-Bold", 6.8)
            x = x0
            for (h1, h2), w, al, key in cols:
                if key in tots:
                    txt(c, x + w - 2, y - 1, money(tots[key], "$"), "Helvetica-Bold", 6.8, "R")
                x += w
            ct.append({"claim_id": None, "payer_claim_id": cl["claim"], "patient": cl["patient"],
                       "totals": claim_totals(tots["billed"], tots["allowed"], tots["paid"], tots["owes"])})
            y -= 36
        txt(c, x0, y, "Messages", "Helvetica-Bold", 9)
        y -= 12
        for code, t in legend:
            txt(c, x0, y, code, "Helvetica-Bold", 7.5)
            txt(c, x0 + 30, y, t, "Helvetica", 7.5)
            y -= 10
        c.showPage()
        c.save()
        return 1, (lt, ct)

    path = out / f"{name}.pdf"
    pages, (lt, ct) = rl_twice(build, path)
    write_truth(path, name, "reportlab", pages,
                "Vision/rehab plan benefit statement: every column header on TWO text lines (Amount/Billed, Applied "
                "to/Deductible, Your/Balance); dates 'Jan 05, 2026' in cells; abbreviated descriptions; code with "
                "modifiers separated by spaces; claim header as a shaded band line; Totals rows; messages legend.",
                lt, ct, legend)


# =========================================================================== H4 fpdf2 bordered grid

def h4_bordered_grid(out: Path) -> None:
    name = "h4_bordered_grid_claim_detail"
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.85"))
    claims = [
        dict(patient="Quinn Aldersley-Moyo", claim="SRC-7781-0042", acct="TRT-5512",
             provider="Copperfield Speech, OT & Feeding",
             svcs=[Svc(D(2026, 1, 5), "92507", 4, ("GN",), end=D(2026, 1, 26)),
                   Svc(D(2026, 1, 7), "92526", 3, ("GN",), end=D(2026, 1, 21)),
                   Svc(D(2026, 1, 9), "97530", 8, ("GO",), end=D(2026, 1, 30)),
                   Svc(D(2026, 1, 9), "97112", 2, ("GO",), end=D(2026, 1, 16))]),
        dict(patient="Quinn Aldersley-Moyo", claim="SRC-7781-0057", acct="TRT-5530",
             provider="Copperfield Speech, OT & Feeding",
             svcs=[Svc(D(2026, 2, 2), "97167", 1, ("GO",)), Svc(D(2026, 2, 2), "97535", 2, ("GO",))]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st)
            s.remarks = ["22"] if s.deductible else ["10"]
    prev = Svc(D(2025, 12, 29), "97530", 1, ("GO",))
    commercial(prev, PlanState(ded_left=Decimal(0), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.85")))
    rev = negate(prev)
    rev.remarks = ["31"]
    claims[1]["svcs"].append(rev)
    legend = [("10", "Processed at the in-network rate."), ("22", "Applied to the member's deductible."),
              ("31", "Earlier payment reversed; the claim was billed with one unit too many.")]
    mism = claims[0]
    mism_delta = Decimal("25.00")

    def m(d):
        d = q(d)
        return f"{abs(d):,.2f}CR" if d < 0 else f"{d:,.2f}"

    pdf = new_fpdf("P")
    pdf.set_title("Claim Detail Report")
    cols = [("From - To", 94, "C"), ("Procedure", 50, "C"), ("Qty", 24, "C"), ("Charge", 46, "R"),
            ("Ineligible", 42, "R"), ("Eligible", 44, "R"), ("Deductible", 44, "R"), ("Co-pay", 34, "R"),
            ("Co-ins", 38, "R"), ("Benefit", 44, "R"), ("Member Resp.", 54, "R"), ("Msg", 38, "C")]
    lt, ct, findings = [], [], []
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 16, "Summit Ridge Community Health Plan", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 12, "CLAIM DETAIL REPORT  -  member copy  -  not a bill", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 12, "Member: Yvette Aldersley-Moyo   Member number: SRCHP-00461187   Report date: 2026-02-06",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    for cl in claims:
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.set_fill_color(235, 235, 235)
        pdf.cell(0, 14, f" Claim {cl['claim']}  |  Patient {cl['patient']}  |  Provider acct {cl['acct']}  |  "
                 f"{cl['provider']}", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "B", 7.2)
        for h, w, al in cols:
            pdf.cell(w, 13, h, border=1, align="C")
        pdf.ln(13)
        pdf.set_font("Helvetica", "", 7.2)
        for s in cl["svcs"]:
            end = s.end or s.dos
            vals = [f"{dfmt(s.dos, 'mdy4')} - {dfmt(end, 'mdy4')}", "/".join((s.code,) + s.mods),
                    f"{s.units:.1f}"] + [m(getattr(s, a)) for a in ("billed", "not_covered", "allowed",
                                                                    "deductible", "copay", "coinsurance", "paid",
                                                                    "owes")] + [" ".join(s.remarks)]
            for v, (h, w, al) in zip(vals, cols):
                pdf.cell(w, 13, v, border=1, align=al)
            pdf.ln(13)
            lt.append(truth_line(pdf.page_no(), s, claim_id=cl["acct"], payer_claim_id=cl["claim"],
                                 patient=cl["patient"], service_end=end,
                                 printed=("billed", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                                          "paid", "patient_owes"), remarks=s.remarks, description=False))
        tots = [total(cl["svcs"], a) for a in ("billed", "not_covered", "allowed", "deductible", "copay",
                                                "coinsurance", "paid", "owes")]
        if cl is mism:
            tots[6] += mism_delta
            findings.append(f"claim-total-mismatch claim {cl['claim']}: printed Benefit total {q(tots[6])} but the "
                            f"lines add up to {q(tots[6] - mism_delta)}")
        pdf.set_font("Helvetica", "B", 7.2)
        pdf.cell(sum(w for _, w, _ in cols[:3]), 13, "Claim total", border=1, align="R")
        for v, (h, w, al) in zip(tots, cols[3:11]):
            pdf.cell(w, 13, m(v), border=1, align="R")
        pdf.cell(cols[11][1], 13, "", border=1)
        pdf.ln(24)
        ct.append({"claim_id": cl["acct"], "payer_claim_id": cl["claim"], "patient": cl["patient"],
                   "totals": claim_totals(tots[0], tots[2], tots[6], tots[7])})
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.cell(0, 13, "Message codes", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    for code, t in legend:
        pdf.cell(30, 11, code, border=1, align="C")
        pdf.cell(0, 11, " " + t, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(30, pdf.h - 26)
    pdf.cell(0, 10, f"{pdf.page_no()} of {{nb}}", align="C")
    path = out / f"{name}.pdf"
    pdf.output(str(path))
    write_truth(path, name, "fpdf2", pdf.page_no(),
                "Claim detail report drawn with fpdf2 cell borders (full grid), claim header in a bordered shaded "
                "cell; From - To date ranges with spaced dash in one cell; Procedure as 97530/GO; Qty 4.0; "
                "Ineligible/Eligible/Benefit/Member Resp. wording; negatives as 12.34CR; a planted claim-total "
                "mismatch.", lt, ct, legend, findings)


# =========================================================================== H5 workers' comp explanation of review

def h5_fixed_width_eor(out: Path) -> None:
    name = "h5_workcomp_review_fixed"
    bills = [
        dict(claimant="OYELOWO-BRANDT, KASPAR", claim="WC-2026-00817", bill="4471920", doi="11/20/2025",
             svcs=[Svc(D(2026, 1, 5), "97163", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 3, ("GP",)),
                   Svc(D(2026, 1, 5), "97140", 2, ("GP", "59")), Svc(D(2026, 1, 7), "97110", 3, ("GP",)),
                   Svc(D(2026, 1, 7), "97530", 2, ("GP",)), Svc(D(2026, 1, 7), "G0283", 1, ("GP",))]),
        dict(claimant="OYELOWO-BRANDT, KASPAR", claim="WC-2026-00817", bill="4471988", doi="11/20/2025",
             svcs=[Svc(D(2026, 1, 12), "97110", 3, ("GP",)), Svc(D(2026, 1, 12), "97112", 2, ("GP",)),
                   Svc(D(2026, 1, 12), "97760", 1, ("GO",)), Svc(D(2026, 1, 12), "L3807", 1, ("RT",))]),
    ]
    st = PlanState(ded_left=ZERO, coins_rate=ZERO)
    for b in bills:
        for s in b["svcs"]:
            medicare(s, st, sequestration=False)
            s.owes = ZERO
            s.remarks = ["R12"] if s.discount else []
    legend = [("R12", "REDUCED TO THE STATE FEE SCHEDULE MAXIMUM FOR THIS SERVICE.")]
    W, H = letter
    FS = 7.6
    x0 = 34

    def build(target, n):
        c = rl_canvas.Canvas(target, pagesize=letter, invariant=1)
        lt, ct = [], []
        page = 1
        y = [H - 40]

        def put(s, bold=False):
            c.setFont("Courier-Bold" if bold else "Courier", FS)
            c.drawString(x0, y[0], s)
            y[0] -= FS * 1.25

        put("FERNHOLLOW MUTUAL CASUALTY CO.                             EXPLANATION OF REVIEW", True)
        put("BILL REVIEW UNIT  PO BOX 2290  CASSEL BAY ME 04999                    PAGE " + f"{page} OF {n or 0}")
        put("")
        put("PROVIDER: STONEBRIDGE WORK REHAB LLC          TAX ID: XX-XXX6610")
        put("")
        for b in bills:
            put(f"CLAIMANT: {b['claimant']:<26} CLAIM NO: {b['claim']}  BILL ID: {b['bill']}")
            put(f"DATE OF INJURY: {b['doi']}   JURISDICTION: ME   REVIEW DATE: 01/29/2026")
            put("-" * 98)
            put(f"{'LN':>3} {'DOS':<11}{'CODE':<7}{'MOD':<7}{'UNITS':>6}{'BILLED':>11}{'REDUCTION':>11}"
                f"{'ALLOWED':>11}{'PAID':>11}  RSN", True)
            put("-" * 98)
            for i, s in enumerate(b["svcs"], 1):
                put(f"{i:>3} {dfmt(s.dos, 'mdy4'):<11}{s.code:<7}{' '.join(s.mods):<7}{s.units:>6.2f}"
                    f"{money(s.billed, ','):>11}{money(s.discount, ','):>11}{money(s.allowed, ','):>11}"
                    f"{money(s.paid, ','):>11}  {' '.join(s.remarks)}")
                lt.append(truth_line(page, s, claim_id=b["bill"], payer_claim_id=b["claim"], patient=b["claimant"],
                                     printed=("billed", "discount", "allowed", "paid"), remarks=s.remarks,
                                     description=False))
            tb, tr, ta, tp = (total(b["svcs"], a) for a in ("billed", "discount", "allowed", "paid"))
            put("-" * 98)
            put(f"{'BILL TOTALS':<34}{money(tb, ','):>11}{money(tr, ','):>11}{money(ta, ','):>11}"
                f"{money(tp, ','):>11}", True)
            put("")
            ct.append({"claim_id": b["bill"], "payer_claim_id": b["claim"], "patient": b["claimant"],
                       "totals": claim_totals(tb, ta, tp, None)})
        put("REASON CODES:", True)
        for code, t in legend:
            put(f"  {code}  {t}")
        put("")
        put("THE INJURED WORKER MAY NOT BE BILLED FOR ANY AMOUNT REDUCED ON THIS REVIEW.")
        c.showPage()
        c.save()
        return page, (lt, ct)

    path = out / f"{name}.pdf"
    pages, (lt, ct) = rl_twice(build, path)
    write_truth(path, name, "reportlab", pages,
                "Workers' compensation explanation of review, Courier fixed width, portrait: CLAIMANT/CLAIM NO/BILL ID "
                "header, dashed rules as text, numbered lines, units 3.00, REDUCTION column (= discount), ALLOWED "
                "and PAID, reason codes, BILL TOTALS; no patient share printed.",
                lt, ct, legend)


LAYOUTS = [h1_dental_style, h2_tpa_remit, h3_two_line_headers, h4_bordered_grid, h5_fixed_width_eor]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="eob_heldout_"))
    if out.resolve().is_relative_to((ROOT / "samples").resolve()):
        print("refusing to write held-out PDFs under samples/ (the reader must not see them)", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
