"""Write the SECOND held-out set of synthetic PDF EOB layouts (with truth files) into a folder, for measuring
the PDF reader on layouts it was not developed on. (The first held-out set, bench/heldout/, has since been
used for development, so it no longer measures generalisation.)

Run:  python bench/heldout2/make_heldout2_pdfs.py [OUT_DIR]      (default: a new temp folder, printed)
      python bench/heldout2/make_heldout2_pdfs.py OUT_DIR --check   (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
The truth format is the one of samples/pdf (see samples/pdf/eobgen.py): printed values only, null for what a
layout does not print. Every name, number, payer, provider and ID is invented; descriptions are our own words.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, seeded jitter).

The self-check (--check) tests the factory, not the reader: every truth amount and code is in its page's text
layer, the page count matches, and the documents' own arithmetic holds (billed - discount - not covered =
allowed; allowed - patient share (- other insurance) = paid; billed - adjustments = paid; patient owes = its
parts; claim totals = sum of lines unless the mismatch is a planted expected finding).
"""

from __future__ import annotations

import io
import json
import random
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))

from eobgen import (  # noqa: E402
    FIXED_WHEN,
    SCHED,
    ZERO,
    PlanState,
    Svc,
    claim_totals,
    commercial,
    money,
    negate,
    q,
    total,
    truth_line,
    units_str,
    write_truth,
)
from fpdf import FPDF  # noqa: E402
from reportlab.lib.colors import Color, black  # noqa: E402
from reportlab.lib.pagesizes import landscape, letter  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402

D = date
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


# =========================================================================================== helpers

def rl_twice(build, path: Path):
    """Build twice with reportlab: once to count pages (for 'Page x of N'), then for real."""
    n, _ = build(io.BytesIO(), None)
    pages, truth = build(str(path), n)
    if pages != n:
        raise RuntimeError(f"page count changed between passes: {n} != {pages}")
    return pages, truth


def put(c, x, y, s, font, size, align="L"):
    c.setFont(font, size)
    if align == "R":
        c.drawRightString(x, y, s)
    elif align == "C":
        c.drawCentredString(x, y, s)
    else:
        c.drawString(x, y, s)


def rl_cells(c, x0, y, cols, vals, font, size, pad=2.0):
    """Draw one table row: cols = [(width, align)], vals the strings (None = nothing)."""
    x = x0
    for (w, al), v in zip(cols, vals):
        if v:
            if al == "R":
                put(c, x + w - pad, y, v, font, size, "R")
            elif al == "C":
                put(c, x + w / 2, y, v, font, size, "C")
            else:
                put(c, x + pad, y, v, font, size)
        x += w


def rl_stacked_header(c, x0, y, cols, labels, font, size, lead):
    """Header labels written over several text lines (split on '|'); the last line sits on y."""
    x = x0
    for (w, al), lab in zip(cols, labels):
        parts = lab.split("|") if lab else []
        for k, p in enumerate(reversed(parts)):
            rl_cells(c, x, y + k * lead, [(w, al)], [p], font, size)
        x += w


def rl_ttf(name: str, file: str, fallback: str) -> str:
    """Register a TrueType font (DejaVu when present, else reportlab's bundled Vera)."""
    from reportlab.pdfbase.ttfonts import TTFont

    if name in pdfmetrics.getRegisteredFontNames():
        return name
    p = DEJAVU / file
    if not p.exists():
        import reportlab

        p = Path(reportlab.__file__).parent / "fonts" / fallback
    pdfmetrics.registerFont(TTFont(name, str(p)))
    return name


def new_fpdf(orientation: str) -> FPDF:
    pdf = FPDF(orientation=orientation, unit="pt", format="letter")
    pdf.set_creation_date(FIXED_WHEN)
    pdf.set_auto_page_break(False)
    pdf.set_margins(30, 30, 30)
    pdf.alias_nb_pages()
    return pdf


def d_dmy(d: date) -> str:  # 5-Jan-26
    return f"{d.day}-{d:%b}-{d:%y}"


def d_mdy(d: date) -> str:  # 1/5/26
    return f"{d.month}/{d.day}/{d:%y}"


def d_month(d: date) -> str:  # January 5, 2026
    return f"{d:%B} {d.day}, {d.year}"


def d_us(d: date, yy: bool = False) -> str:
    return d.strftime("%m/%d/%y" if yy else "%m/%d/%Y")


def tl(page, s, cl, printed, **kw):
    """truth_line with the claim's ids and patient."""
    return truth_line(page, s, claim_id=cl.get("acct"), payer_claim_id=cl.get("claim"), patient=cl["patient"],
                      printed=printed, **kw)


def claim_truth(cl, **totals):
    return {"claim_id": cl.get("acct"), "payer_claim_id": cl.get("claim"), "patient": cl["patient"],
            "totals": claim_totals(**totals)}


def fee_schedule(s: Svc, copay: Decimal = ZERO, deny: tuple[str, str] | None = None) -> Svc:
    """A public-program / Medicare-Advantage style line: fee schedule allowed, an optional copay."""
    if deny:
        s.not_covered = s.billed
        s.adjs = [(deny[0], deny[1], s.billed)]
        if deny[0] == "PR":
            s.owes = s.billed
        return s
    s.allowed = min(s.billed, q(Decimal(SCHED[s.code]) * s.units))
    s.discount = s.billed - s.allowed
    s.copay = min(copay, s.allowed)
    s.paid = s.allowed - s.copay
    s.owes = s.copay
    s.adjs = [("CO", "45", s.discount)] if s.discount else []
    if s.copay:
        s.adjs.append(("PR", "3", s.copay))
    return s


# ============================================================== K1 member EOB with claim cards (reportlab)

def k1_member_claim_cards(out: Path) -> None:
    name = "k1_member_claim_cards"
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"),
                   copay_codes={"99213": Decimal("30.00")})
    claims = [
        dict(patient="Elin Ravensworth", rel="Daughter", claim="26A0091738400", provider="Brookfield Kids Therapy Center",
             received="2026-01-20", processed="2026-01-27",
             svcs=[Svc(D(2026, 1, 5), "97165", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 2, ("GO",)),
                   Svc(D(2026, 1, 5), "97535", 1, ("GO",))]),
        dict(patient="Elin Ravensworth", rel="Daughter", claim="26A0097120511", provider="Brookfield Kids Therapy Center",
             received="2026-01-26", processed="2026-02-02",
             svcs=[Svc(D(2026, 1, 12), "97530", 3, ("GO",)), Svc(D(2026, 1, 12), "97112", 1, ("GO",)),
                   Svc(D(2026, 1, 19), "97530", 3, ("GO",)), Svc(D(2026, 1, 19), "97150", 1, ("GO",), denied="PR")]),
        dict(patient="Marcus Ravensworth", rel="Self", claim="26A0101245876", provider="Lakeshore Orthopedic & Hand",
             received="2026-01-22", processed="2026-01-29",
             svcs=[Svc(D(2026, 1, 9), "99213", 1), Svc(D(2026, 1, 9), "97760", 2, ("GO",)),
                   Svc(D(2026, 1, 9), "L3807", 1, ("RT",))]),
        dict(patient="Tova Ravensworth", rel="Daughter", claim="26A0104480023", provider="Clearwater Speech Studio",
             received="2026-01-28", processed="2026-02-03",
             svcs=[Svc(D(2026, 1, 8), "92523", 1, ("GN",)), Svc(D(2026, 1, 15), "92507", 1, ("GN",)),
                   Svc(D(2026, 1, 22), "92507", 1, ("GN",))]),
        dict(patient="Marcus Ravensworth", rel="Self", claim="26A0112907764", provider="Lakeshore Orthopedic & Hand",
             received="2026-01-30", processed="2026-02-04",
             svcs=[Svc(D(2026, 1, 23), "97168", 1, ("GO",)), Svc(D(2026, 1, 23), "97140", 2, ("GO", "59")),
                   Svc(D(2026, 1, 23), "97110", 1, ("GO",)), Svc(D(2026, 1, 23), "G0283", 1, ("GO",))]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st)
            s.remarks = ["X4"] if s.denied else (["D1"] if s.deductible else [])
    legend = [("D1", "Some or all of this amount counts toward your deductible."),
              ("X4", "Your plan does not cover this service. You may owe the provider the full amount.")]
    W, H = letter
    x0 = 36
    cols = [(60, "L"), (112, "L"), (50, "L"), (26, "R"), (50, "R"), (52, "R"), (50, "R"), (50, "R"), (48, "R"),
            (32, "C")]
    heads = ["Date of|service", "Service", "Code", "Units", "Amount|billed", "Network|savings", "Allowed|amount",
             "Your Plan|Paid", "Your|Share", "Notes"]
    card_w = sum(w for w, _ in cols) + 8
    all_svcs = [s for cl in claims for s in cl["svcs"]]

    def build(target, n):
        c = rl_canvas.Canvas(target, pagesize=letter, invariant=1)
        c.setTitle("Explanation of Benefits")
        lt, ct = [], []
        page = 1

        def page_head():
            c.setFillColor(Color(0.05, 0.25, 0.55))
            c.rect(0, H - 58, W, 58, stroke=0, fill=1)
            c.setFillColor(Color(1, 1, 1))
            put(c, x0, H - 30, "Bluefield Lakes Health Plan", "Helvetica-Bold", 16)
            put(c, x0, H - 46, "Explanation of Benefits   THIS IS NOT A BILL", "Helvetica", 9)
            put(c, W - x0, H - 30, f"Page {page} of {n or 0}", "Helvetica", 8.5, "R")
            c.setFillColor(black)
            put(c, x0, H - 76, "Member: Marcus Ravensworth     Member ID: BLX 448 201 773     Group: 0071234",
                "Helvetica", 8.5)
            put(c, W - x0, H - 76, "Statement date: 2026-02-05", "Helvetica", 8.5, "R")

        page_head()
        y = H - 100
        # summary box (page 1 only): totals over all claims, not service lines
        c.setStrokeColor(Color(0.6, 0.6, 0.6))
        c.roundRect(x0, y - 42, W - 2 * x0, 46, 6, stroke=1, fill=0)
        put(c, x0 + 10, y - 10, "Your claims this period", "Helvetica-Bold", 10)
        for i, (lab, v) in enumerate((("Providers billed", total(all_svcs, "billed")),
                                      ("Your plan paid", total(all_svcs, "paid")),
                                      ("Your share", total(all_svcs, "owes")))):
            put(c, x0 + 10 + i * 170, y - 30, f"{lab}: {money(v)}", "Helvetica", 9)
        y -= 70
        for cl in claims:
            h = 30 + 22 + 12 * len(cl["svcs"]) + 18
            if y - h < 50:
                c.showPage()
                page += 1
                page_head()
                y = H - 100
            top = y
            put(c, x0 + 8, y - 12, f"Claim for {cl['patient']} ({cl['rel']})", "Helvetica-Bold", 9.5)
            put(c, x0 + card_w - 4, y - 12, f"Claim number {cl['claim']}", "Helvetica", 8, "R")
            put(c, x0 + 8, y - 24, f"Provider: {cl['provider']}   Received {cl['received']}   "
                f"Processed {cl['processed']}", "Helvetica", 7.5)
            y -= 46
            rl_stacked_header(c, x0 + 4, y, cols, heads, "Helvetica-Bold", 6.8, 7.6)
            c.setLineWidth(0.4)
            c.line(x0 + 4, y - 3, x0 + card_w - 4, y - 3)
            y -= 13
            for s in cl["svcs"]:
                vals = [s.dos.isoformat(), s.desc, " ".join((s.code,) + s.mods), units_str(s.units),
                        money(s.billed), money(s.discount), money(s.allowed), money(s.paid), money(s.owes),
                        " ".join(s.remarks)]
                size = 7.2
                desc_w = cols[1][0] - 4
                while c.stringWidth(vals[1], "Helvetica", size) > desc_w:
                    size -= 0.2
                rl_cells(c, x0 + 4, y, cols[:1], vals[:1], "Helvetica", 7.2)
                rl_cells(c, x0 + 4 + cols[0][0], y, cols[1:2], vals[1:2], "Helvetica", size)
                rl_cells(c, x0 + 4 + cols[0][0] + cols[1][0], y, cols[2:], vals[2:], "Helvetica", 7.2)
                lt.append(tl(page, s, cl, ("billed", "discount", "allowed", "paid", "patient_owes"),
                             remarks=s.remarks))
                y -= 12
            tots = [total(cl["svcs"], a) for a in ("billed", "discount", "allowed", "paid", "owes")]
            c.line(x0 + 4, y + 8, x0 + card_w - 4, y + 8)
            rl_cells(c, x0 + 4, y - 1, cols, ["", "Claim total", "", ""] + [money(v) for v in tots] + [""],
                     "Helvetica-Bold", 7.2)
            ct.append(claim_truth(cl, billed=tots[0], allowed=tots[2], paid=tots[3], patient_owes=tots[4]))
            y -= 10
            c.roundRect(x0, y, card_w, top - y, 5, stroke=1, fill=0)
            y -= 16
        put(c, x0, y - 4, "Notes", "Helvetica-Bold", 9)
        y -= 16
        for code, t in legend:
            put(c, x0, y, code, "Helvetica-Bold", 8)
            put(c, x0 + 22, y, t, "Helvetica", 8)
            y -= 11
        c.showPage()
        c.save()
        return page, (lt, ct)

    path = out / f"{name}.pdf"
    pages, (lt, ct) = rl_twice(build, path)
    write_truth(path, name, "reportlab", pages,
                "Blue-plan style member EOB: coloured banner, a summary box of period totals, one rounded 'card' per "
                "claim (patient + relationship, claim number, provider, received/processed dates); two-line headers "
                "(Network savings, Your Plan Paid, Your Share); ISO dates 2026-01-05; '$95.00'; code and modifiers "
                "spaced; a not-covered line; Claim total rows; cards flow onto page 2.",
                lt, ct, legend)


# ============================================================== K2 claim summary, member-rate wording (fpdf2)

def k2_claim_summary_member_rate(out: Path) -> None:
    name = "k2_claim_summary_member_rate"
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.74"),
                   copay_codes={"92507": Decimal("25.00"), "92526": Decimal("25.00")})
    claims = [
        dict(patient="Noor Haddad-Whitcombe", rel="daughter", claim="EMQ7Z40H01",
             provider="Sunflower Speech & Feeding Clinic", received="Jan 20, 2026",
             svcs=[Svc(D(2026, 1, 5), "92523", 1, ("GN",)), Svc(D(2026, 1, 5), "92526", 1, ("GN",)),
                   Svc(D(2026, 1, 12), "92507", 1, ("GN",))]),
        dict(patient="Noor Haddad-Whitcombe", rel="daughter", claim="EMQ7Z41K77",
             provider="Cedar Lane Pediatric Occupational Therapy", received="Jan 23, 2026",
             svcs=[Svc(D(2026, 1, 7), "97166", 1, ("GO",)), Svc(D(2026, 1, 7), "97530", 2, ("GO",)),
                   Svc(D(2026, 1, 7), "97535", 1, ("GO",)), Svc(D(2026, 1, 14), "97530", 3, ("GO",)),
                   Svc(D(2026, 1, 14), "0552T", 1, denied="PR")]),
        dict(patient="Samir Haddad-Whitcombe", rel="you", claim="EMQ7Z52B19", provider="Pinecrest Physical Therapy",
             received="Jan 26, 2026",
             svcs=[Svc(D(2026, 1, 9), "97161", 1, ("GP",)), Svc(D(2026, 1, 9), "97110", 2, ("GP",)),
                   Svc(D(2026, 1, 9), "97140", 1, ("GP", "59")), Svc(D(2026, 1, 9), "G0283", 1, ("GP",))]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st, deny_reason="96")
            s.remarks = ["3"] if s.denied else (["1"] if s.deductible else (["2"] if s.copay else []))
    legend = [("1", "This amount was applied to your deductible."),
              ("2", "Your plan's copay for this type of visit applies."),
              ("3", "This service is not covered by your plan. Ask your provider before paying.")]
    pdf = new_fpdf("L")
    pdf.set_title("Claim Summary")
    cols = [(54, "L", "Service|date"), (150, "L", "Type of service"), (54, "L", "Service|code"),
            (56, "R", "Amount|billed"), (54, "R", "Member|rate"), (58, "R", "Pending or|not payable"),
            (58, "R", "Applied to|deductible"), (48, "R", "Your|copay"), (58, "R", "Your|coinsurance"),
            (56, "R", "Your plan|paid"), (56, "R", "Amount|you owe"), (34, "C", "See|notes")]
    keys = ("billed", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid", "owes")
    lt, ct, findings = [], [], []
    planted = claims[1]
    delta = Decimal("5.00")

    def head(first: bool):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 15)
        pdf.set_text_color(90, 30, 120)
        pdf.set_xy(30, 28)
        pdf.cell(400, 18, "Arbor & Vine Health")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.cell(0, 18, f"Page {pdf.page_no()} of {{nb}}", align="R")
        pdf.set_xy(30, 48)
        pdf.cell(400, 12, "Explanation of Benefits: Claim summary" + ("" if first else " (continued)"))
        pdf.cell(0, 12, "Member: Samir Haddad-Whitcombe   ID: W0228177413", align="R")
        pdf.set_y(72)

    head(True)
    all_svcs = [s for cl in claims for s in cl["svcs"]]
    pdf.set_font("Helvetica", "", 9)
    pdf.set_x(30)
    pdf.cell(0, 13, f"Your share this statement: {money(total(all_svcs, 'owes'))}.  This is not a bill: wait for "
             "your provider's bill and compare it with this statement.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    for cl in claims:
        if pdf.get_y() + 40 + 12 * (len(cl["svcs"]) + 1) > pdf.h - 50:
            head(False)
        pdf.set_font("Helvetica", "B", 9)
        pdf.set_x(30)
        pdf.cell(0, 13, f"Claim ID {cl['claim']}   |   {cl['patient']} ({cl['rel']})   |   Received {cl['received']}",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 8)
        pdf.cell(0, 11, f"Provider: {cl['provider']} (in network)", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        y = pdf.get_y()
        pdf.set_draw_color(120, 120, 120)
        pdf.line(30, y, 30 + sum(w for w, _, _ in cols), y)
        pdf.set_font("Helvetica", "B", 7)
        x = 30
        for w, al, lab in cols:
            parts = lab.split("|")
            for k, p in enumerate(parts):
                pdf.set_xy(x, y + 1 + k * 8)
                pdf.cell(w, 8, p, align=al)
            x += w
        pdf.set_y(y + 19)
        pdf.line(30, y + 19, 30 + sum(w for w, _, _ in cols), y + 19)
        pdf.ln(2)
        pdf.set_font("Helvetica", "", 7.5)
        for s in cl["svcs"]:
            vals = [d_dmy(s.dos), s.desc, "-".join((s.code,) + s.mods)] + [money(getattr(s, k)) for k in keys] + \
                [" ".join(s.remarks)]
            pdf.set_x(30)
            for v, (w, al, _) in zip(vals, cols):
                pdf.cell(w, 12, v, align=al)
            pdf.ln(12)
            lt.append(tl(pdf.page_no(), s, cl, ("billed", "allowed", "not_covered", "deductible", "copay",
                                                "coinsurance", "paid", "patient_owes"),
                         units=False, remarks=s.remarks))
        tots = [total(cl["svcs"], k) for k in keys]
        if cl is planted:
            tots[7] += delta
            findings.append(f"claim-total-mismatch claim {cl['claim']}: printed Amount you owe total {q(tots[7])} "
                            f"but the lines add up to {q(tots[7] - delta)}")
        pdf.set_font("Helvetica", "B", 7.5)
        pdf.set_x(30)
        pdf.cell(cols[0][0] + cols[1][0] + cols[2][0], 12, "Totals")
        for v, (w, al, _) in zip(tots, cols[3:11]):
            pdf.cell(w, 12, money(v), align=al)
        pdf.ln(22)
        ct.append(claim_truth(cl, billed=tots[0], allowed=tots[1], paid=tots[6], patient_owes=tots[7]))
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_x(30)
    pdf.cell(0, 12, "Notes", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    for code, t in legend:
        pdf.set_x(30)
        pdf.cell(0, 11, f"({code}) {t}", new_x="LMARGIN", new_y="NEXT")
    path = out / f"{name}.pdf"
    pdf.output(str(path))
    write_truth(path, name, "fpdf2", pdf.page_no(),
                "Commercial claim summary with member-rate wording (Amount billed / Member rate / Pending or not "
                "payable / Applied to deductible / Your copay / Your coinsurance / Your plan paid / Amount you owe), "
                "landscape, headers on two lines; dates 5-Jan-26; Service code 97140-GP-59 with dashes; no units; "
                "a not-payable line; bold claim line + provider line above each table; a planted total mismatch.",
                lt, ct, legend, findings)


# ============================================================== K3 Medicare Advantage EOB (reportlab, Times)

def k3_medicare_advantage_eob(out: Path) -> None:
    name = "k3_medicare_advantage_eob"
    claims = [
        dict(patient="ROSALIND T. FAIRWEATHER", claim="MA26-0117-55310", provider="Tidepool Outpatient Rehab",
             svcs=[Svc(D(2026, 1, 5), "97163", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
                   Svc(D(2026, 1, 5), "97112", 1, ("GP",)), Svc(D(2026, 1, 7), "97110", 2, ("GP",)),
                   Svc(D(2026, 1, 7), "97140", 1, ("GP", "59")), Svc(D(2026, 1, 7), "97116", 1, ("GP",))]),
        dict(patient="ROSALIND T. FAIRWEATHER", claim="MA26-0121-60442", provider="Tidepool Outpatient Rehab",
             svcs=[Svc(D(2026, 1, 12), "97110", 3, ("GP",)), Svc(D(2026, 1, 12), "G0283", 1, ("GP",)),
                   Svc(D(2026, 1, 12), "97150", 1, ("GP",)), Svc(D(2026, 1, 14), "97110", 2, ("GP",)),
                   Svc(D(2026, 1, 14), "97530", 1, ("GP",))]),
        dict(patient="ROSALIND T. FAIRWEATHER", claim="MA26-0126-61008", provider="Imani Castellanos-Reyes, MD",
             svcs=[Svc(D(2026, 1, 16), "99213", 1)]),
        dict(patient="ROSALIND T. FAIRWEATHER", claim="MA26-0128-70021", provider="Harbor Hand & Upper Limb Therapy",
             svcs=[Svc(D(2026, 1, 20), "97165", 1, ("GO",)), Svc(D(2026, 1, 20), "97760", 1, ("GO",)),
                   Svc(D(2026, 1, 20), "L3807", 1, ("RT",))]),
    ]
    seen = set()
    for cl in claims:
        for s in cl["svcs"]:
            if s.code == "97150":
                fee_schedule(s, deny=("CO", "50"))
                s.remarks = ["B"]
                continue
            key = (cl["provider"], s.dos)
            cp = ZERO if key in seen else (Decimal("10.00") if s.code == "99213" else Decimal("20.00"))
            seen.add(key)
            fee_schedule(s, copay=cp)
            s.remarks = ["A"] if s.copay else []
    legend = [("A", "This is your plan's copay for a therapy or office visit."),
              ("B", "The plan decided this service was not needed for your care. The provider may not bill you "
                    "for it.")]
    W, H = letter
    x0 = 42
    cols = [(54, "L"), (146, "L"), (62, "L"), (60, "R"), (58, "R"), (56, "R"), (56, "R"), (30, "C")]
    heads = ["Service date", "Service", "Code", "Provider|charged", "Plan|approved", "Plan|paid", "You may|owe",
             "Note"]
    all_svcs = [s for cl in claims for s in cl["svcs"]]

    def build(target, n):
        c = rl_canvas.Canvas(target, pagesize=letter, invariant=1)
        c.setTitle("Medicare Advantage Explanation of Benefits")
        lt, ct = [], []
        page = 1

        def footer():
            put(c, W / 2, 30, f"Page {page} of {n or 0}", "Times-Roman", 9, "C")
            put(c, x0, 30, "H9999-001 EOB 2026", "Times-Roman", 7)

        # page 1: cover letter and summary only
        put(c, x0, H - 54, "Saltgrass Senior Advantage (HMO)", "Times-Bold", 16)
        put(c, x0, H - 72, "Your Medicare Advantage Explanation of Benefits for January 2026", "Times-Roman", 12)
        put(c, x0, H - 100, "ROSALIND T. FAIRWEATHER", "Times-Bold", 10)
        put(c, x0, H - 113, "Member ID: SGA00917733", "Times-Roman", 10)
        put(c, x0, H - 140, "This notice gives you a summary of the medical claims we processed last month. It is "
            "not a bill.", "Times-Roman", 10)
        y = H - 180
        put(c, x0, y, "Summary of your costs", "Times-Bold", 12)
        y -= 20
        for lab, v in (("Total the providers charged", total(all_svcs, "billed")),
                       ("Total the plan approved", total(all_svcs, "allowed")),
                       ("Total the plan paid", total(all_svcs, "paid")),
                       ("Total you may owe", total(all_svcs, "owes"))):
            put(c, x0 + 10, y, lab, "Times-Roman", 10.5)
            put(c, x0 + 330, y, money(v), "Times-Roman", 10.5, "R")
            y -= 15
        y -= 20
        put(c, x0, y, "Your out-of-pocket maximum for 2026 is $4,900.00. You have paid $110.00 toward it.",
            "Times-Roman", 10)
        footer()
        c.showPage()
        page += 1

        def claims_head(cont):
            put(c, x0, H - 50, "Your claims in detail" + (" (continued)" if cont else ""), "Times-Bold", 13)
            c.setLineWidth(1.2)
            c.line(x0, H - 56, W - x0, H - 56)
            return H - 80

        y = claims_head(False)
        for cl in claims:
            need = 44 + 13 * len(cl["svcs"]) + 20
            if y - need < 50:
                footer()
                c.showPage()
                page += 1
                y = claims_head(True)
            dates = sorted({s.dos for s in cl["svcs"]})
            span = d_us(dates[0], True) + (f" - {d_us(dates[-1], True)}" if len(dates) > 1 else "")
            put(c, x0, y, f"Claim number {cl['claim']}", "Times-Bold", 10)
            put(c, x0 + 190, y, f"{cl['provider']}", "Times-Roman", 10)
            put(c, W - x0, y, f"Service dates {span}", "Times-Roman", 9, "R")
            y -= 24
            c.setFillColor(Color(0.88, 0.88, 0.88))
            c.rect(x0, y - 4, sum(w for w, _ in cols), 22, stroke=0, fill=1)
            c.setFillColor(black)
            rl_stacked_header(c, x0, y, cols, heads, "Times-Bold", 8, 9)
            y -= 15
            for s in cl["svcs"]:
                vals = [d_us(s.dos, True), s.desc, " ".join((s.code,) + s.mods), money(s.billed), money(s.allowed),
                        money(s.paid), money(s.owes), " ".join(s.remarks)]
                rl_cells(c, x0, y, cols, vals, "Times-Roman", 8.6)
                lt.append(tl(page, s, cl, ("billed", "allowed", "paid", "patient_owes"), units=False,
                             remarks=s.remarks))
                y -= 13
            tots = [total(cl["svcs"], a) for a in ("billed", "allowed", "paid", "owes")]
            c.setLineWidth(0.5)
            c.line(x0, y + 9, W - x0, y + 9)
            rl_cells(c, x0, y - 1, cols, ["Total for this claim", "", ""] + [money(v) for v in tots] + [""],
                     "Times-Bold", 8.6)
            ct.append(claim_truth(cl, billed=tots[0], allowed=tots[1], paid=tots[2], patient_owes=tots[3]))
            y -= 34
        put(c, x0, y, "Notes about your claims", "Times-Bold", 10)
        y -= 14
        for code, t in legend:
            put(c, x0, y, f"{code}.  {t}", "Times-Roman", 9)
            y -= 12
        footer()
        c.showPage()
        c.save()
        return page, (lt, ct)

    path = out / f"{name}.pdf"
    pages, (lt, ct) = rl_twice(build, path)
    write_truth(path, name, "reportlab", pages,
                "Medicare Advantage (Part C) member EOB, Times: page 1 is a cover letter with cost summary only; "
                "claim pages with 'Claim number' + provider + service-date span lines; shaded header band, "
                "Provider charged / Plan approved / Plan paid / You may owe on two lines; dates 01/05/26; per-visit "
                "copay; a denied line the provider may not bill; lettered notes; 'Total for this claim'; footer "
                "with a plan code.", lt, ct, legend)


# ============================================================== K4 Medicaid managed-care RA (fpdf2, Courier)

def k4_medicaid_mco_ra(out: Path) -> None:
    name = "k4_medicaid_mco_ra"
    claims = [
        dict(patient="PATEL-ODUYA, KIRAN", member="KV009931127", claim="2026024001187", acct="LOT-2231", status="PAID",
             svcs=[Svc(D(2026, 1, 5), "92507", 1, ("GN",)), Svc(D(2026, 1, 5), "92526", 1, ("GN",)),
                   Svc(D(2026, 1, 12), "92507", 1, ("GN",)), Svc(D(2026, 1, 12), "92526", 1, ("GN",))]),
        dict(patient="MCALLISTER-YU, DANI", member="KV009940562", claim="2026024001203", acct="LOT-2240", status="PAID",
             svcs=[Svc(D(2026, 1, 6), "97530", 3, ("GO",)), Svc(D(2026, 1, 6), "97110", 1, ("GO", "59")),
                   Svc(D(2026, 1, 13), "97530", 3, ("GO",)), Svc(D(2026, 1, 13), "97760", 1, ("GO",)),
                   Svc(D(2026, 1, 13), "L3807", 1, ("RT",))]),
        dict(patient="ESPINOZA-HART, MILO", member="KV009951838", claim="2026024001219", acct="LOT-2251", status="PAID",
             svcs=[Svc(D(2026, 1, 8), "99213", 1), Svc(D(2026, 1, 8), "97163", 1, ("GP",)),
                   Svc(D(2026, 1, 8), "97110", 2, ("GP",))]),
        dict(patient="MCALLISTER-YU, DANI", member="KV009940562", claim="2026024001240", acct="LOT-2266",
             status="DENIED", svcs=[Svc(D(2026, 1, 20), "97535", 2, ("GO",)), Svc(D(2026, 1, 20), "97530", 2, ("GO",))]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            if cl["status"] == "DENIED":
                fee_schedule(s, deny=("CO", "119"))
                s.remarks = ["N362"]
            else:
                fee_schedule(s, copay=Decimal("3.00") if s.code == "99213" else ZERO)
                s.remarks = ["N20"] if s.code == "L3807" else []
    prior = fee_schedule(Svc(D(2025, 12, 15), "92507", 1, ("GN",)))
    claims.append(dict(patient="PATEL-ODUYA, KIRAN", member="KV009931127", claim="2026024001255", acct="LOT-2109",
                       status="ADJUSTED - VOID OF TCN 2025350000911", svcs=[negate(prior)]))
    legend = [("CO", "CONTRACTUAL OBLIGATION - NOT BILLABLE TO MEMBER"), ("PR", "MEMBER RESPONSIBILITY"),
              ("3", "COPAYMENT"), ("45", "CHARGE EXCEEDS FEE SCHEDULE"), ("119", "BENEFIT LIMIT REACHED"),
              ("N20", "PAID IN FULL UNDER ANOTHER CODE BILLED THE SAME DAY - REVIEW"),
              ("N362", "UNITS EXCEED THE NUMBER AUTHORIZED")]
    pdf = new_fpdf("L")
    pdf.set_title("Remittance Advice")
    FS = 7.6
    LH = 9.6
    lt, ct = [], []

    def line(s, bold=False):
        pdf.set_font("Courier", "B" if bold else "", FS)
        pdf.set_x(30)
        pdf.cell(0, LH, s)
        pdf.ln(LH)

    def head():
        pdf.add_page()
        pdf.set_y(28)
        line(f"{'KESTREL VALLEY HEALTH PARTNERS - MEDICAID MANAGED CARE':<70}{'REMITTANCE ADVICE':>60}", True)
        line(f"{'PROVIDER: LITTLE OAKS THERAPY COOPERATIVE   NPI 1999999999':<70}"
             f"{'PAGE ' + str(pdf.page_no()) + ' OF {nb}':>60}")
        line(f"{'PAYMENT #: 000731149   PAYMENT DATE: 01/30/2026':<70}{'CYCLE 2026-04':>60}")
        line("=" * 130)

    head()
    hdr = (f"{'LN':<4}{'FROM DOS':<12}{'TO DOS':<12}{'PROC':<7}{'MOD1':<6}{'MOD2':<6}{'UNITS':>7}"
           f"{'BILLED AMT':>13}{'ALLOWED AMT':>13}{'COPAY':>9}{'PAID AMT':>12}")
    for k, cl in enumerate(claims):
        if k == 3:
            pdf.set_y(pdf.h - 40)
            line("CONTINUED ON NEXT PAGE")
            head()
        line(f"MEMBER: {cl['patient']:<24}MEMBER ID: {cl['member']:<14}TCN: {cl['claim']:<16}"
             f"PAT ACCT: {cl['acct']:<10}STATUS: {cl['status']}", True)
        line(hdr, True)
        for i, s in enumerate(cl["svcs"], 1):
            m1 = s.mods[0] if s.mods else ""
            m2 = s.mods[1] if len(s.mods) > 1 else ""
            line(f"{i:02d}  {d_us(s.dos):<12}{d_us(s.end or s.dos):<12}{s.code:<7}{m1:<6}{m2:<6}"
                 f"{s.units:>7.2f}{money(s.billed, ','):>13}{money(s.allowed, ','):>13}{money(s.copay, ','):>9}"
                 f"{money(s.paid, ','):>12}")
            adj = "   ".join(f"{g} {r} {money(a, ',')}" for g, r, a in s.adjs)
            rmk = f"      RMK: {' '.join(s.remarks)}" if s.remarks else ""
            line(f"    ADJ: {adj}{rmk}")
            lt.append(tl(pdf.page_no(), s, cl, ("billed", "allowed", "copay", "paid"), service_end=s.end or s.dos,
                         adjustments=s.adjs, remarks=s.remarks, description=False))
        tots = [total(cl["svcs"], a) for a in ("billed", "allowed", "copay", "paid")]
        line(f"{'':<4}{'CLAIM TOTAL':<36}{'':<13}{money(tots[0], ','):>13}{money(tots[1], ','):>13}"
             f"{money(tots[2], ','):>9}{money(tots[3], ','):>12}", True)
        line("-" * 130)
        ct.append(claim_truth(cl, billed=tots[0], allowed=tots[1], paid=tots[3]))
    all_svcs = [s for cl in claims for s in cl["svcs"]]
    line(f"PAYMENT SUMMARY   CLAIMS: {len(claims)}   BILLED: {money(total(all_svcs, 'billed'), ',')}   "
         f"PAID: {money(total(all_svcs, 'paid'), ',')}", True)
    line("")
    line("ADJUSTMENT AND REMARK CODES", True)
    for code, t in legend:
        line(f"  {code:<6}{t}")
    pdf.set_y(pdf.h - 40)
    line("END OF REMITTANCE")
    path = out / f"{name}.pdf"
    pdf.output(str(path))
    write_truth(path, name, "fpdf2", pdf.page_no(),
                "Medicaid managed-care remittance advice, fpdf2 Courier, landscape: MEMBER/MEMBER ID/TCN/PAT ACCT/"
                "STATUS line and a repeated column header per claim; two-digit line numbers; FROM DOS / TO DOS "
                "01/05/2026; MOD1 and MOD2 columns; units 1.00; a separate 'ADJ: CO 45 88.70   PR 3 3.00   RMK: "
                "N20' detail line under each service (group and reason separated by a space); copay column; a "
                "denied claim; a void with leading-minus amounts; CLAIM TOTAL rows; payment summary; code legend.",
                lt, ct, legend)


# ============================================================== K5 clearinghouse 835 print (reportlab, Courier)

def k5_era_print(out: Path) -> None:
    name = "k5_clearinghouse_era_print"
    st = PlanState(ded_left=Decimal("40.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.76"))
    claims = [
        dict(acct="NPR-60114", claim="2026012900417", patient="HOLLOWAY, JUNE", member="XQZ88107731", status="1",
             svcs=[Svc(D(2026, 1, 5), "97530", 2, ("GO",)), Svc(D(2026, 1, 5), "97110", 1, ("GO", "59")),
                   Svc(D(2026, 1, 5), "97535", 1, ("GO",))]),
        dict(acct="NPR-60131", claim="2026012900431", patient="HOLLOWAY, REMY", member="XQZ88107733", status="1",
             svcs=[Svc(D(2026, 1, 6), "92507", 1, ("GN",)), Svc(D(2026, 1, 6), "92526", 1, ("GN",)),
                   Svc(D(2026, 1, 13), "92507", 1, ("GN",)), Svc(D(2026, 1, 13), "92526", 1, ("GN",))]),
        dict(acct="NPR-60140", claim="2026012900450", patient="ABERNATHY-CHO, LILA", member="XQZ88311902", status="4",
             svcs=[Svc(D(2026, 1, 9), "97129", 2, ("GN",), denied="CO")]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st, deny_reason="50")
            s.remarks = ["N115"] if s.denied else (["N130"] if s.deductible else [])
    prior = commercial(Svc(D(2025, 12, 15), "97530", 2, ("GO",)), PlanState(allowed_rate=Decimal("0.76")))
    claims.append(dict(acct="NPR-59877", claim="2025121800992", patient="HOLLOWAY, JUNE", member="XQZ88107731",
                       status="22", svcs=[negate(prior)]))
    redo = [Svc(D(2025, 12, 15), "97530", 2, ("GO",)), Svc(D(2025, 12, 15), "97112", 1, ("GO", "59"))]
    for s in redo:
        commercial(s, PlanState(allowed_rate=Decimal("0.76")))
    claims.append(dict(acct="NPR-59877", claim="2026012900468", patient="HOLLOWAY, JUNE", member="XQZ88107731",
                       status="1", svcs=redo))
    status_txt = {"1": "1 PROCESSED AS PRIMARY", "4": "4 DENIED", "22": "22 REVERSAL OF PREVIOUS PAYMENT"}
    legend = [("CO-45", "CHARGE EXCEEDS FEE SCHEDULE/MAXIMUM ALLOWABLE"), ("CO-50", "NOT DEEMED A MEDICAL NECESSITY"),
              ("PR-1", "DEDUCTIBLE AMOUNT"), ("PR-2", "COINSURANCE AMOUNT"),
              ("N115", "DECISION BASED ON A LOCAL COVERAGE POLICY"), ("N130", "CONSULT PLAN BENEFIT DOCUMENTS")]
    W, H = letter
    FS = 6.9
    x0 = 28
    all_svcs = [s for cl in claims for s in cl["svcs"]]

    def m(d):
        return f"{q(d):.2f}"

    def build(target, n):
        c = rl_canvas.Canvas(target, pagesize=letter, invariant=1)
        c.setTitle("835 Remittance Print")
        lt, ct = [], []
        page = [1]
        y = [0.0]

        def w(s, bold=False):
            c.setFont("Courier-Bold" if bold else "Courier", FS)
            c.drawString(x0, y[0], s)
            y[0] -= FS * 1.32

        def head():
            y[0] = H - 36
            w(f"{'CLEARPATH EDI SERVICES - ELECTRONIC REMITTANCE ADVICE (835) PRINT':<100}PAGE {page[0]}/{n or 0}", True)
            w("PAYER: SILVERLAKE HEALTH ASSURANCE (PAYER ID SLHA7)   PAYEE: NORTHGATE PEDIATRIC REHAB  NPI 1888888888")
            w("TRN: 1*EFT0000448812*1SLHA00007   BPR: I  AMOUNT " + m(total(all_svcs, "paid")) +
              "  ACH  EFFECTIVE 01/30/2026")
            w("=" * 118)

        def bottom():
            return y[0] < 60

        head()
        for cl in claims:
            if y[0] - FS * 1.32 * (4 + 3 * len(cl["svcs"])) < 50:
                c.showPage()
                page[0] += 1
                head()
            tb, tp = total(cl["svcs"], "billed"), total(cl["svcs"], "paid")
            tr = sum((a for s in cl["svcs"] for g, _, a in s.adjs if g == "PR"), ZERO)
            w(f"CLP  PATIENT CTRL #: {cl['acct']:<12} STATUS: {status_txt[cl['status']]:<34} CHARGE: {m(tb):>9}"
              f"  PAID: {m(tp):>9}  PT RESP: {m(tr):>8}", True)
            w(f"     PAYER CLAIM CTRL #: {cl['claim']}   PATIENT: {cl['patient']:<22} INS ID: {cl['member']}")
            w(f"     {'LINE CTRL':<12}{'SERVICE DATE':<14}{'PROC/MODS':<18}{'UNITS':>6}{'CHARGE':>10}{'ALLOWED':>10}"
              f"{'DEDUCT':>9}{'COINS':>9}{'COPAY':>8}{'PROV PD':>10}")
            for i, s in enumerate(cl["svcs"], 1):
                proc = ":".join(("HC", s.code) + s.mods)
                w(f"SVC  {cl['acct'].replace('-', '') + f'{i:02d}':<12}{d_us(s.dos):<14}{proc:<18}"
                  f"{units_str(s.units):>6}{m(s.billed):>10}{m(s.allowed):>10}{m(s.deductible):>9}"
                  f"{m(s.coinsurance):>9}{m(s.copay):>8}{m(s.paid):>10}")
                w("     " + " " * 12 + "ADJ: " + "   ".join(f"{g}-{r} {m(a)}" for g, r, a in s.adjs))
                if s.remarks:
                    w("     " + " " * 12 + "RMK: " + " ".join(s.remarks))
                lt.append(tl(page[0], s, cl, ("billed", "allowed", "deductible", "coinsurance", "copay", "paid"),
                             adjustments=s.adjs, remarks=s.remarks, description=False))
            ct.append(claim_truth(cl, billed=tb, paid=tp, patient_owes=tr))
            w("")
        w("PLB  PROVIDER ADJ   WO  RCV-2026-0031  " + m(Decimal("25.00")), True)
        w(f"TOTALS  CLAIMS {len(claims)}   CHARGE {m(total(all_svcs, 'billed'))}   PAID {m(total(all_svcs, 'paid'))}"
          f"   NET PAYMENT {m(total(all_svcs, 'paid') - Decimal('25.00'))}", True)
        w("")
        w("CODE GLOSSARY", True)
        for code, t in legend:
            w(f"  {code:<7}{t}")
        c.showPage()
        c.save()
        return page[0], (lt, ct)

    path = out / f"{name}.pdf"
    pages, (lt, ct) = rl_twice(build, path)
    write_truth(path, name, "reportlab", pages,
                "Clearinghouse print of an 835 (human-readable ERA), Courier portrait: CLP line with patient control "
                "#, status, CHARGE/PAID/PT RESP; PAYER CLAIM CTRL # line; LINE CTRL / SERVICE DATE / PROC/MODS "
                "(HC:97110:GO:59) / UNITS / CHARGE / ALLOWED / DEDUCT / COINS / COPAY / PROV PD; an 'ADJ: CO-45 "
                "45.60   PR-2 ...' line and a 'RMK:' line under each SVC; denied (status 4), reversal (22, leading "
                "minus) and corrected claims; PLB and totals; glossary. No per-line patient owes.",
                lt, ct, legend)


# ============================================================== K6 early-intervention family statement (fpdf2)

def k6_early_intervention_blocks(out: Path) -> None:
    name = "k6_early_intervention_statement"
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    kids = [
        dict(patient="Juniper Okafor-Lund", ei="RC-EI-20417", claim="HR26-55012", dob="03/14/2024",
             svcs=[Svc(D(2026, 1, 5), "97530", 4, ("GO",)), Svc(D(2026, 1, 8), "92507", 1, ("GN",)),
                   Svc(D(2026, 1, 12), "97530", 4, ("GO",)), Svc(D(2026, 1, 15), "92507", 1, ("GN",)),
                   Svc(D(2026, 1, 15), "92526", 1, ("GN",)), Svc(D(2026, 1, 19), "97530", 4, ("GO",))]),
        dict(patient="Ezra Okafor-Lund", ei="RC-EI-20418", claim="HR26-55013", dob="09/02/2023",
             svcs=[Svc(D(2026, 1, 7), "97112", 2, ("GP",)), Svc(D(2026, 1, 7), "97110", 2, ("GP",)),
                   Svc(D(2026, 1, 14), "97112", 2, ("GP",)), Svc(D(2026, 1, 21), "97116", 2, ("GP",))]),
    ]
    therapist = {"97530": "R. Abernathy, OTR/L", "92507": "S. Moyo, CCC-SLP", "92526": "S. Moyo, CCC-SLP",
                 "97112": "T. Varga, PT, DPT", "97110": "T. Varga, PT, DPT", "97116": "T. Varga, PT, DPT"}
    glued = {(D(2026, 1, 19), "97530"), (D(2026, 1, 14), "97112")}
    for kid in kids:
        seen = set()
        for s in kid["svcs"]:
            if s.code == "97116":
                s.not_covered = s.billed
                s.adjs = [("CO", "96", s.billed)]
                s.remarks = ["3"]
                s.program = s.billed
            else:
                commercial(s, st)
                s.program = s.coinsurance
                s.remarks = ["1"]
            s.owes = ZERO if s.dos in seen else Decimal("5.00")
            seen.add(s.dos)
    legend = [("1", "Your insurance paid its share. The Early Intervention program paid the rest, except your "
                    "family cost share."),
              ("3", "Your insurance does not cover this service. The program paid for it.")]
    pdf = new_fpdf("P")
    pdf.set_title("Family Statement of Services")
    serif = DEJAVU / "DejaVuSerif.ttf"
    if serif.exists():
        pdf.add_font("Body", "", str(serif))
        pdf.add_font("Body", "B", str(DEJAVU / "DejaVuSerif-Bold.ttf"))
        pdf.add_font("Body", "I", str(DEJAVU / "DejaVuSerif-Italic.ttf"))
        fam = "Body"
    else:
        fam = "Times"
    lt, ct = [], []

    def head():
        pdf.add_page()
        pdf.set_font(fam, "B", 13)
        pdf.set_xy(40, 34)
        pdf.cell(0, 16, "Riverbend County Early Intervention Program", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(fam, "", 9.5)
        pdf.set_x(40)
        pdf.cell(0, 13, "Family Statement of Services and Insurance Activity - January 2026", new_x="LMARGIN",
                 new_y="NEXT")
        pdf.set_x(40)
        pdf.cell(0, 13, "Family of Juniper and Ezra Okafor-Lund   Insurance: Harmon Ridge Health Plan   "
                 f"Sheet {pdf.page_no()} of {{nb}}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(60, 60, 60)
        pdf.line(40, pdf.get_y() + 4, pdf.w - 40, pdf.get_y() + 4)
        pdf.set_y(pdf.get_y() + 14)

    def field_line(pairs, size=8.6):
        pdf.set_x(52)
        for lab, val in pairs:
            pdf.set_font(fam, "B", size)
            pdf.cell(pdf.get_string_width(lab + " ") + 1, 11, lab)
            pdf.set_font(fam, "", size)
            pdf.cell(pdf.get_string_width(val) + 16, 11, val)
        pdf.ln(11)

    head()
    for kid in kids:
        if pdf.get_y() > pdf.h - 200:
            head()
        pdf.set_font(fam, "B", 11)
        pdf.set_x(40)
        pdf.cell(0, 15, f"Child: {kid['patient']}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(fam, "", 8.6)
        pdf.set_x(40)
        pdf.cell(0, 11, f"EI ID: {kid['ei']}    Date of birth: {kid['dob']}    Insurance claim #: {kid['claim']}    "
                 "Billing period: 01/01/2026 - 01/31/2026", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)
        for s in kid["svcs"]:
            if pdf.get_y() > pdf.h - 90:
                head()
                pdf.set_font(fam, "I", 8.6)
                pdf.set_x(40)
                pdf.cell(0, 12, f"{kid['patient']} (continued)", new_x="LMARGIN", new_y="NEXT")
            top = pdf.get_y()
            proc = (s.code + "".join(s.mods)) if (s.dos, s.code) in glued else " ".join((s.code,) + s.mods)
            field_line([("Service date:", d_month(s.dos)), ("Procedure:", proc), ("Units:", units_str(s.units)),
                        ("Therapist:", therapist[s.code])])
            pdf.set_x(52)
            pdf.set_font(fam, "I", 8.2)
            pdf.cell(0, 10, s.desc, new_x="LMARGIN", new_y="NEXT")
            field_line([("Billed:", money(s.billed)), ("Insurance allowed:", money(s.allowed)),
                        ("Insurance paid:", money(s.paid)), ("Program paid:", money(s.program))])
            field_line([("Family cost share:", money(s.owes)),
                        ("Adjustments:", ", ".join(f"{g}-{r} {money(a)}" for g, r, a in s.adjs)),
                        ("Note:", " ".join(s.remarks))])
            pdf.set_draw_color(180, 180, 180)
            pdf.rect(46, top - 2, pdf.w - 92, pdf.get_y() - top + 4)
            pdf.ln(8)
            lt.append(tl(pdf.page_no(), s, kid, ("billed", "allowed", "paid", "patient_owes"), adjustments=s.adjs,
                         remarks=s.remarks))
        tb, tp, to = (total(kid["svcs"], a) for a in ("billed", "paid", "owes"))
        tprog = sum((s.program for s in kid["svcs"]), ZERO)
        pdf.set_font(fam, "B", 9)
        pdf.set_x(40)
        pdf.cell(0, 13, f"Totals for {kid['patient'].split()[0]}:  Billed {money(tb)}   Insurance paid {money(tp)}",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(40)
        pdf.cell(0, 13, f"Program paid {money(tprog)}   Family cost share {money(to)}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(12)
        ct.append({"claim_id": None, "payer_claim_id": kid["claim"], "patient": kid["patient"],
                   "totals": claim_totals(tb, None, tp, to)})
        for s in kid["svcs"]:
            del s.program
    pdf.set_font(fam, "B", 9)
    pdf.set_x(40)
    pdf.cell(0, 13, "Notes", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fam, "", 8.4)
    for code, t in legend:
        pdf.set_x(40)
        pdf.cell(0, 11, f"Note {code}: {t}", new_x="LMARGIN", new_y="NEXT")
    path = out / f"{name}.pdf"
    pdf.output(str(path))
    write_truth(path, name, "fpdf2", pdf.page_no(),
                "Early-intervention family statement (serif TTF): per-child header (EI ID, date of birth, insurance "
                "claim #); each service is a small boxed block of label: value pairs over three text lines "
                "(Service date: January 5, 2026 / Procedure: 97530 GO or 97530GO / Units: 4 / Therapist; italic "
                "description; Billed / Insurance allowed / Insurance paid / Program paid; Family cost share / "
                "Adjustments: CO-45 $83.60, PR-2 $59.28 / Note); a not-covered line; per-child totals on two lines.",
                lt, ct, legend)


# ============================================================== K7 secondary-payer EOB, $ in own column (reportlab)

def k7_secondary_payer_eob(out: Path) -> None:
    name = "k7_secondary_payer_cob"
    body = rl_ttf("K7Cond", "DejaVuSansCondensed.ttf", "Vera.ttf")
    bold = rl_ttf("K7CondB", "DejaVuSansCondensed-Bold.ttf", "VeraBd.ttf")
    ded = {"left": Decimal("50.00")}

    def cob(s: Svc) -> Svc:
        """Primary plan allowed 80% of the charge and paid 80% of that; this plan picks up the balance less
        its own deductible and 10% coinsurance."""
        s.allowed = q(s.billed * Decimal("0.80"))
        s.discount = s.billed - s.allowed
        s.other = q(s.allowed * Decimal("0.80"))
        bal = s.allowed - s.other
        s.deductible = min(ded["left"], bal)
        ded["left"] -= s.deductible
        s.coinsurance = q((bal - s.deductible) * Decimal("0.10"))
        s.paid = bal - s.deductible - s.coinsurance
        s.owes = s.deductible + s.coinsurance
        s.adjs = [("CO", "45", s.discount), ("OA", "23", s.other)]
        s.adjs += [("PR", r, a) for r, a in (("1", s.deductible), ("2", s.coinsurance)) if a]
        return s

    claims = [
        dict(patient="Beatrix Lindahl-Moreau", claim="XW-26-004417", acct="FPT-8812",
             svcs=[Svc(D(2026, 1, 5), "97161", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
                   Svc(D(2026, 1, 5), "97140", 1, ("GP",)), Svc(D(2026, 1, 7), "97110", 2, ("GP",)),
                   Svc(D(2026, 1, 7), "97112", 1, ("GP",)), Svc(D(2026, 1, 7), "G0283", 1, ("GP",))]),
        dict(patient="Oskar Lindahl-Moreau", claim="XW-26-004523", acct="FPT-8840",
             svcs=[Svc(D(2026, 1, 12), "97530", 2, ("GP",)), Svc(D(2026, 1, 12), "97110", 1, ("GP", "59")),
                   Svc(D(2026, 1, 14), "97530", 2, ("GP",))]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            cob(s)
            s.remarks = ["M2"] if s.deductible else []
    prior = cob(Svc(D(2025, 12, 22), "97110", 1, ("GP",)))
    rev = negate(prior)
    rev.other = -prior.other
    rev.remarks = ["R7"]
    claims.append(dict(patient="Beatrix Lindahl-Moreau", claim="XW-26-004600", acct="FPT-8790", svcs=[rev],
                       note="Adjustment of claim XW-25-098812 (primary plan reprocessed)"))
    legend = [("M2", "Applied to your deductible under this plan."),
              ("R7", "We took back our earlier payment because your primary plan changed its payment.")]
    W, H = landscape(letter)
    x0 = 30
    # (width, align, header, kind): kind "$" = money drawn as a '$' column plus a left-aligned number
    cols = [(44, "L", "Svc Date"), (44, "L", "Procedure"), (34, "L", "Mod"), (24, "R", "Qty"),
            (58, "$", "Charge"), (58, "$", "Allowed"), (62, "$", "Other Ins Paid"), (56, "$", "Deductible"),
            (58, "$", "Coinsurance"), (56, "$", "Paid"), (64, "$", "Patient Resp"), (96, "L", "Adj Codes"),
            (40, "L", "Remarks")]

    def row(c, y, vals, font, size):
        x = x0
        for (w, al, _), v in zip(cols, vals):
            if v is None:
                x += w
                continue
            if al == "$":
                put(c, x + 3, y, "$", font, size)
                put(c, x + 12, y, v, font, size)
            elif al == "R":
                put(c, x + w - 3, y, v, font, size, "R")
            else:
                put(c, x + 3, y, v, font, size)
            x += w

    def m(d):
        return money(d, ",", "()")

    def build(target, n):
        c = rl_canvas.Canvas(target, pagesize=(W, H), invariant=1)
        c.setTitle("Secondary Coverage Explanation of Benefits")
        lt, ct = [], []
        page = 1
        put(c, x0, H - 40, "CROSSWIND SUPPLEMENTAL HEALTH", bold, 14)
        put(c, x0, H - 55, "Explanation of Benefits - Secondary Coverage (coordination of benefits)", body, 9.5)
        put(c, W - x0, H - 40, f"Page {page} of {n or 0}", body, 8.5, "R")
        put(c, W - x0, H - 55, "Date: 02/04/2026", body, 8.5, "R")
        put(c, x0, H - 78, "Subscriber: Beatrix Lindahl-Moreau   ID: CWS-7741-0093   Primary coverage: Northwind "
            "Employers Benefit Plan", body, 8.5)
        put(c, x0, H - 90, "Provider: Fjordside Physical Therapy, 18 Quay Street, Port Aldous", body, 8.5)
        y = H - 118
        for cl in claims:
            c.setFillColor(Color(0.92, 0.92, 0.86))
            c.rect(x0, y - 4, sum(w for w, _, _ in cols), 14, stroke=0, fill=1)
            c.setFillColor(black)
            note = f"   {cl['note']}" if cl.get("note") else ""
            put(c, x0 + 3, y, f"Patient: {cl['patient']}   Claim: {cl['claim']}   Patient Acct: {cl['acct']}{note}",
                bold, 8)
            y -= 18
            x = x0
            for w, _, h in cols:
                put(c, x + 3, y, h, bold, 7.2)
                x += w
            c.setLineWidth(0.6)
            c.line(x0, y - 3, x0 + sum(w for w, _, _ in cols), y - 3)
            y -= 13
            for s in cl["svcs"]:
                vals = [d_mdy(s.dos), s.code, " ".join(s.mods), units_str(s.units), m(s.billed), m(s.allowed),
                        m(s.other), m(s.deductible), m(s.coinsurance), m(s.paid), m(s.owes),
                        " ".join(f"{g}-{r}" for g, r, _ in s.adjs), " ".join(s.remarks)]
                row(c, y, vals, body, 7.4)
                lt.append(tl(page, s, cl, ("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                             adjustments=[(g, r, None) for g, r, _ in s.adjs], remarks=s.remarks,
                             description=False))
                y -= 11.5
            tots = [total(cl["svcs"], a) for a in ("billed", "allowed")] + \
                [sum((s.other for s in cl["svcs"]), ZERO)] + \
                [total(cl["svcs"], a) for a in ("deductible", "coinsurance", "paid", "owes")]
            c.setLineWidth(0.3)
            c.line(x0, y + 8, x0 + sum(w for w, _, _ in cols), y + 8)
            row(c, y - 1, ["Claim Totals", None, None, None] + [m(v) for v in tots] + [None, None], bold, 7.4)
            ct.append(claim_truth(cl, billed=tots[0], allowed=tots[1], paid=tots[5], patient_owes=tots[6]))
            y -= 30
        put(c, x0, y, "Remark codes", bold, 8.5)
        y -= 12
        for code, t in legend:
            put(c, x0, y, f"{code}  {t}", body, 8)
            y -= 10
        y -= 6
        put(c, x0, y, "Adjustment codes: CO-45 amount above the allowed amount (provider write-off); OA-23 paid by the "
            "primary plan; PR-1 deductible; PR-2 coinsurance.", body, 7.5)
        c.showPage()
        c.save()
        return page, (lt, ct)

    path = out / f"{name}.pdf"
    pages, (lt, ct) = rl_twice(build, path)
    for s in (x for cl in claims for x in cl["svcs"]):
        del s.other
    write_truth(path, name, "reportlab", pages,
                "Secondary-payer (coordination of benefits) EOB, landscape, condensed TTF: every money column has "
                "the '$' in its own column with the number left-aligned after it; an 'Other Ins Paid' column "
                "beside Allowed/Paid (paid = allowed - other insurance - deductible - coinsurance); dates 1/5/26; "
                "Procedure, Mod, Qty columns; adjustment codes without amounts (CO-45 OA-23 PR-2); negatives in "
                "parentheses on an adjustment claim; shaded claim bands; Claim Totals rows.",
                lt, ct, legend)


# ============================================================== K8 abbreviated headers, table runs over the page

def k8_abbrev_continued_table(out: Path) -> None:
    name = "k8_abbrev_headers_continued"
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"),
                   copay_codes={"99213": Decimal("35.00")})
    people = [
        ("WELLINGTON-ABARA, CLEO", "GBA-77120", "260130-00771", "GB118820044", "100.00"),
        ("FROST, ISIDORE", "GBA-77134", "260130-00784", "GB118839125", "0.00"),
        ("NAKAMURA-BELL, HANA", "GBA-77141", "260130-00790", "GB118850007", "60.00"),
        ("OKONKWO, BENEDICT", "GBA-77158", "260130-00803", "GB118861272", "0.00"),
        ("WELLINGTON-ABARA, CLEO", "GBA-77166", "260130-00819", "GB118820044", "0.00"),
        ("DUVALL-SINGH, PRIYA", "GBA-77172", "260130-00825", "GB118877310", "0.00"),
        ("FROST, ISIDORE", "GBA-77185", "260130-00838", "GB118839125", "0.00"),
        ("AMBROSE-TEMBO, JUDE", "GBA-77193", "260130-00846", "GB118890418", "40.00"),
        ("NAKAMURA-BELL, HANA", "GBA-77201", "260130-00851", "GB118850007", "0.00"),
    ]
    sets = [
        [("97165", 1, ("GO",), 5), ("97530", 2, ("GO",), 5), ("97535", 1, ("GO",), 5), ("97530", 3, ("GO",), 12),
         ("97112", 1, ("GO",), 12), ("97530", 3, ("GO",), 19)],
        [("97161", 1, ("GP",), 6), ("97110", 3, ("GP",), 6), ("97140", 1, ("GP", "59"), 6), ("97110", 3, ("GP",), 8),
         ("97116", 1, ("GP",), 8), ("G0283", 1, ("GP",), 8), ("97110", 2, ("GP",), 13)],
        [("92523", 1, ("GN",), 7), ("92507", 1, ("GN",), 14), ("92526", 1, ("GN",), 14), ("92507", 1, ("GN",), 21),
         ("92526", 1, ("GN",), 21)],
        [("99213", 1, (), 9), ("97760", 2, ("GO",), 9), ("L3807", 1, ("LT",), 9), ("97760", 1, ("GO",), 16),
         ("97140", 1, ("GO", "59"), 16)],
        [("97530", 3, ("GO",), 26), ("97535", 2, ("GO",), 26), ("97530", 3, ("GO",), 28), ("97112", 1, ("GO",), 28)],
        [("97166", 1, ("GO",), 20), ("97530", 2, ("GO",), 20), ("97129", 2, ("GO",), 20), ("97530", 2, ("GO",), 27),
         ("97129", 2, ("GO",), 27), ("97535", 1, ("GO",), 27)],
        [("97110", 3, ("GP",), 20), ("97140", 2, ("GP",), 20), ("97112", 1, ("GP",), 22), ("97110", 3, ("GP",), 22),
         ("97116", 2, ("GP",), 27), ("97110", 3, ("GP",), 29)],
        [("97163", 1, ("GP",), 21), ("97110", 2, ("GP",), 21), ("97530", 2, ("GP",), 21), ("97110", 2, ("GP",), 23),
         ("97140", 1, ("GP", "59"), 23), ("97530", 1, ("GP",), 23)],
        [("92507", 1, ("GN",), 28), ("92526", 1, ("GN",), 28), ("92507", 1, ("GN",), 30)],
    ]
    claims = []
    for (pt, acct, clm, mbr, ded), rows in zip(people, sets):
        st.ded_left = Decimal(ded)
        svcs = [Svc(D(2026, 1, day), code, u, mods) for code, u, mods, day in rows]
        for s in svcs:
            commercial(s, st)
            s.remarks = ["PR1"] if s.deductible else []
        claims.append(dict(patient=pt, acct=acct, claim=clm, member=mbr, svcs=svcs))
    prior = commercial(Svc(D(2025, 12, 29), "97530", 1, ("GO",)), PlanState(allowed_rate=Decimal("0.80")))
    rev = negate(prior)
    rev.remarks = ["RV"]
    claims.insert(4, dict(patient="WELLINGTON-ABARA, CLEO", acct="GBA-76420", claim="251231-01122",
                          member="GB118820044", svcs=[rev]))
    legend = [("PR1", "AMOUNT APPLIED TO MEMBER DEDUCTIBLE"), ("RV", "PRIOR PAYMENT REVERSED - DUPLICATE SUBMISSION")]
    pdf = new_fpdf("P")
    pdf.set_title("Provider Claim Payment Detail")
    cols = [(46, "L", "DOS"), (62, "L", "SVC"), (30, "R", "UNT"), (50, "R", "CHG"), (50, "R", "ALWD"),
            (44, "R", "DED"), (44, "R", "COIN"), (44, "R", "COPAY"), (50, "R", "PD"), (50, "R", "PT RESP"),
            (34, "C", "RMK")]
    keys = ("billed", "allowed", "deductible", "coinsurance", "copay", "paid", "owes")
    RH = 11.4
    lt, ct = [], []

    def m(d):
        return money(d, ",", "()")

    def banner():
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 8)
        pdf.set_xy(30, 24)
        pdf.cell(300, 10, "GRANITE BAY BENEFIT ADMINISTRATORS")
        pdf.cell(0, 10, f"PAGE {pdf.page_no()} OF {{nb}}", align="R")
        pdf.set_y(40)

    banner()
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_x(30)
    pdf.cell(0, 16, "PROVIDER CLAIM PAYMENT DETAIL", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    for t in ("PAYEE: SUMMIT STREET REHAB GROUP PLLC     TIN: XX-XXX5521     NPI: 1777777777",
              "CHECK/EFT: 2026-0130-88412     ISSUE DATE: 01/30/26     GROUP: MOUNTAIN PINE SCHOOLS EMPLOYEES"):
        pdf.set_x(30)
        pdf.cell(0, 11, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", "B", 7.4)
    pdf.set_fill_color(215, 215, 215)
    pdf.set_x(30)
    for w, al, h in cols:
        pdf.cell(w, 12, h, align=al, fill=True)
    pdf.ln(14)
    for cl in claims:
        if pdf.get_y() + RH > pdf.h - 58:
            banner()
        pdf.set_font("Helvetica", "B", 7.4)
        pdf.set_x(30)
        pdf.cell(0, RH, f"PT: {cl['patient']}   ACCT: {cl['acct']}   CLM: {cl['claim']}   MBR: {cl['member']}")
        pdf.ln(RH)
        pdf.set_font("Helvetica", "", 7.4)
        for s in cl["svcs"]:
            if pdf.get_y() + RH > pdf.h - 58:
                banner()
                pdf.set_font("Helvetica", "", 7.4)
            vals = [d_us(s.dos, True), s.code + "".join(s.mods), f"{s.units:.1f}"] + \
                [m(getattr(s, k)) for k in keys] + [" ".join(s.remarks)]
            pdf.set_x(30)
            for v, (w, al, _) in zip(vals, cols):
                pdf.cell(w, RH, v, align=al)
            pdf.ln(RH)
            lt.append(tl(pdf.page_no(), s, cl, ("billed", "allowed", "deductible", "coinsurance", "copay", "paid",
                                                "patient_owes"), remarks=s.remarks, description=False))
        if pdf.get_y() + RH > pdf.h - 58:
            banner()
        tots = [total(cl["svcs"], k) for k in keys]
        pdf.set_font("Helvetica", "B", 7.4)
        pdf.set_x(30)
        pdf.cell(cols[0][0] + cols[1][0] + cols[2][0], RH, "CLM TOT", align="R")
        for v, (w, al, _) in zip(tots, cols[3:10]):
            pdf.cell(w, RH, m(v), align=al)
        pdf.ln(RH + 3)
        ct.append(claim_truth(cl, billed=tots[0], allowed=tots[1], paid=tots[5], patient_owes=tots[6]))
    all_svcs = [s for cl in claims for s in cl["svcs"]]
    pdf.set_font("Helvetica", "B", 7.4)
    pdf.set_x(30)
    pdf.cell(0, RH, f"PAYMENT TOTAL  CHG {m(total(all_svcs, 'billed'))}  PD {m(total(all_svcs, 'paid'))}  "
             f"PT RESP {m(total(all_svcs, 'owes'))}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 7.4)
    for code, t in legend:
        pdf.set_x(30)
        pdf.cell(0, 10, f"{code} = {t}", new_x="LMARGIN", new_y="NEXT")
    path = out / f"{name}.pdf"
    pdf.output(str(path))
    pages_seen = sorted({r["page"] for r in lt})
    split = {r["claim_id"] for r in lt if r["page"] == 1} & {r["claim_id"] for r in lt if r["page"] == 2}
    if pages_seen != [1, 2] or not split:
        raise RuntimeError(f"{name}: the table must run from page 1 onto page 2 inside a claim")
    write_truth(path, name, "fpdf2", pdf.page_no(),
                "Provider claim payment detail with abbreviated headers (DOS SVC UNT CHG ALWD DED COIN COPAY PD "
                "PT RESP RMK) printed ONCE on page 1 only: the table runs on to page 2 mid-claim with no repeated "
                "header (just a banner line); claim rows 'PT: ... ACCT: ... CLM: ... MBR: ...'; code and modifiers "
                "glued (97140GP59); units 3.0; dates 01/05/26; a reversal with (95.00) negatives; CLM TOT rows.",
                lt, ct, legend)


# ============================================================== K9 scanned-and-OCRed member EOB (reportlab)

def k9_scanned_text_layer(out: Path) -> None:
    name = "k9_faxed_ocr_text_layer"
    st = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.81"))
    claims = [
        dict(patient="HENRIK DALGAARD-OSEI", claim="QH2601184470", acct="MWH-3391",
             svcs=[Svc(D(2026, 1, 5), "97165", 1, ("GO",)), Svc(D(2026, 1, 5), "97760", 2, ("GO",)),
                   Svc(D(2026, 1, 5), "L3807", 1, ("RT",)), Svc(D(2026, 1, 5), "97140", 1, ("GO", "59"))]),
        dict(patient="HENRIK DALGAARD-OSEI", claim="QH2601259021", acct="MWH-3418",
             svcs=[Svc(D(2026, 1, 12), "97168", 1, ("GO",)), Svc(D(2026, 1, 12), "97530", 2, ("GO",)),
                   Svc(D(2026, 1, 12), "97110", 1, ("GO",)), Svc(D(2026, 1, 19), "97530", 2, ("GO",)),
                   Svc(D(2026, 1, 19), "97140", 1, ("GO",))]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st)
            s.remarks = ["DD"] if s.deductible else []
    legend = [("DD", "Applied to the annual deductible.")]
    W, H = letter
    x0 = 44
    cols = [(62, "L"), (52, "L"), (40, "L"), (54, "R"), (52, "R"), (52, "R"), (54, "R"), (54, "R"), (56, "R"),
            (38, "C")]
    heads = ["Date of|Service", "Procedure", "Modifier", "Charges", "Allowed", "Deductible", "Co-|Insurance",
             "Paid by|Plan", "Patient|Balance", "Remark"]
    rng = random.Random(20260130)

    def jword(c, x, y, word, font, size):
        """One OCR word: its own position with a little jitter and horizontal scaling."""
        t = c.beginText()
        t.setFont(font, size)
        sc = rng.uniform(94.0, 104.0)
        t.setHorizScale(sc)
        t.setTextOrigin(x + rng.uniform(-0.4, 0.4), y + rng.uniform(-0.7, 0.7))
        t.textOut(word)
        c.drawText(t)
        return c.stringWidth(word, font, size) * sc / 100.0

    def jtext(c, x, y, s, font, size, align="L"):
        words = s.split()
        sp = c.stringWidth(" ", font, size)
        width = sum(c.stringWidth(w, font, size) for w in words) + sp * (len(words) - 1)
        if align == "R":
            x -= width
        elif align == "C":
            x -= width / 2
        for w in words:
            x += jword(c, x, y, w, font, size) + sp

    def jcells(c, y, vals, font, size):
        x = x0
        for (w, al), v in zip(cols, vals):
            if v:
                if al == "R":
                    jtext(c, x + w - 2, y, v, font, size, "R")
                elif al == "C":
                    jtext(c, x + w / 2, y, v, font, size, "C")
                else:
                    jtext(c, x + 2, y, v, font, size)
            x += w

    def build(target, n):
        rng.seed(20260130)
        c = rl_canvas.Canvas(target, pagesize=letter, invariant=1)
        c.setTitle("scan0042")
        lt, ct = [], []
        page = 1
        # the whole page is a little skewed, as a fed sheet is
        c.translate(W / 2, H / 2)
        c.rotate(0.22)
        c.translate(-W / 2, -H / 2)
        c.setFillColor(Color(0.15, 0.15, 0.15))
        jtext(c, 30, H - 22, f"JAN-29-2026 14:02 FROM: QUARRY HILL HEALTH PLAN 5550100 TO: 5550177 P.{page}/{n or 0}",
              "Courier", 7.5)
        jtext(c, x0, H - 60, "QUARRY HILL HEALTH PLAN", "Helvetica-Bold", 13)
        jtext(c, x0, H - 74, "EXPLANATION OF BENEFITS - PROVIDER COPY", "Helvetica", 9)
        jtext(c, x0, H - 96, "Patient: HENRIK DALGAARD-OSEI   Member No: QHP 5520 0917", "Helvetica", 8.5)
        jtext(c, x0, H - 108, "Provider: MEADOWLARK HAND & UPPER EXTREMITY THERAPY", "Helvetica", 8.5)
        jtext(c, W - x0, H - 96, "Date Issued: 01/27/2026", "Helvetica", 8.5, "R")
        c.saveState()
        c.translate(W - 150, H - 150)
        c.rotate(7)
        c.setStrokeColor(Color(0.3, 0.3, 0.3))
        c.rect(-6, -8, 124, 26, stroke=1, fill=0)
        jtext(c, 0, 0, "RECEIVED JAN 30 2026", "Helvetica-Bold", 9)
        c.restoreState()
        y = H - 190
        for cl in claims:
            jtext(c, x0, y, f"Claim Number: {cl['claim']}    Patient Account: {cl['acct']}", "Helvetica-Bold", 8.5)
            y -= 22
            x = x0
            for (w, al), lab in zip(cols, heads):
                parts = lab.split("|")
                for k, p in enumerate(reversed(parts)):
                    if al == "R":
                        jtext(c, x + w - 2, y + k * 9, p, "Helvetica-Bold", 7.6, "R")
                    elif al == "C":
                        jtext(c, x + w / 2, y + k * 9, p, "Helvetica-Bold", 7.6, "C")
                    else:
                        jtext(c, x + 2, y + k * 9, p, "Helvetica-Bold", 7.6)
                x += w
            c.setLineWidth(0.8)
            c.line(x0, y - 4, x0 + sum(w for w, _ in cols), y - 4.6)
            y -= 15
            for s in cl["svcs"]:
                vals = [d_us(s.dos), s.code, " ".join(s.mods)] + \
                    [money(getattr(s, a), ",") for a in ("billed", "allowed", "deductible", "coinsurance", "paid",
                                                          "owes")] + [" ".join(s.remarks)]
                jcells(c, y, vals, "Helvetica", 8)
                lt.append(tl(page, s, cl, ("billed", "allowed", "deductible", "coinsurance", "paid",
                                           "patient_owes"), units=False, remarks=s.remarks, description=False))
                y -= 13
            tots = [total(cl["svcs"], a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")]
            c.line(x0, y + 8, x0 + sum(w for w, _ in cols), y + 7.5)
            jcells(c, y - 2, ["TOTAL", "", ""] + [money(v, ",") for v in tots] + [""], "Helvetica-Bold", 8)
            ct.append(claim_truth(cl, billed=tots[0], allowed=tots[1], paid=tots[4], patient_owes=tots[5]))
            y -= 40
        jtext(c, x0, y, "Remark Codes: DD - " + legend[0][1], "Helvetica", 8)
        y -= 24
        jtext(c, x0, y, "Please keep this notice for your records. Questions? Call Provider Services.", "Helvetica", 8)
        c.showPage()
        c.save()
        return page, (lt, ct)

    path = out / f"{name}.pdf"
    pages, (lt, ct) = rl_twice(build, path)
    write_truth(path, name, "reportlab", pages,
                "Faxed provider-copy EOB as an OCR text layer: every word placed on its own with up to 0.7pt "
                "vertical and 0.4pt horizontal jitter and 94-104% horizontal scaling, whole page skewed 0.22 "
                "degrees; fax header line; a rotated RECEIVED stamp; two-line headers (Co-/Insurance, Paid by/Plan, "
                "Patient/Balance); dates 01/05/2026; amounts 1,234.50 without $; Procedure and Modifier columns; "
                "TOTAL rows; no units.", lt, ct, legend)


LAYOUTS = [k1_member_claim_cards, k2_claim_summary_member_rate, k3_medicare_advantage_eob, k4_medicaid_mco_ra,
           k5_era_print, k6_early_intervention_blocks, k7_secondary_payer_eob, k8_abbrev_continued_table,
           k9_scanned_text_layer]


# ======================================================================================= self-check

AMOUNTS = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
           "discount")


def _dec(v):
    return None if v is None else Decimal(v)


def check_folder(folder: Path) -> int:
    """Truth against the text layer and the documents' own arithmetic. Returns the number of problems."""
    import pdfplumber

    problems = 0
    for tp in sorted(folder.glob("*.pdf.truth.json")):
        t = json.loads(tp.read_text(encoding="utf-8"))
        bad = []
        with pdfplumber.open(tp.with_name(tp.name.removesuffix(".truth.json"))) as pdf:
            if len(pdf.pages) != t["pages"]:
                bad.append(f"page count {len(pdf.pages)} != {t['pages']}")
            texts = [" ".join(w["text"] for w in p.extract_words()) for p in pdf.pages]
        for ln in t["lines"]:
            txt = texts[ln["page"] - 1]
            wanted = [(k, ln[k]) for k in AMOUNTS if ln[k] is not None]
            wanted += [("adjustment", a[2]) for a in ln["adjustments"] if a[2] is not None]
            for k, v in wanted:
                x = abs(Decimal(v))
                if f"{x:,.2f}" not in txt and f"{x:.2f}" not in txt:
                    bad.append(f"{k} {v} of {ln['code']} not on page {ln['page']}")
            for tok in [ln["code"]] + ln["remarks"]:
                if tok not in txt:
                    bad.append(f"{tok} not on page {ln['page']}")
            b, dsc, nc, al, de, cp, co, pd, ow = (_dec(ln[k]) for k in (
                "billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
                "patient_owes"))
            adj = ln["adjustments"]
            other = sum((Decimal(a[2]) for a in adj if a[0] == "OA" and a[2]), Decimal(0))
            denied = al is not None and al == 0 and pd == 0
            if None not in (b, dsc, al) and b - dsc - (nc or 0) != al and not (denied and nc is None):
                bad.append(f"billed - discount - not covered != allowed for {ln['code']}")
            if None not in (al, pd) and (de, cp, co) != (None, None, None) and "OA" not in [a[0] for a in adj]:
                if al - (de or 0) - (cp or 0) - (co or 0) - other != pd:
                    bad.append(f"allowed - patient share != paid for {ln['code']} {ln['service_date']}")
            if None not in (ow, de, co):
                denied_pr = sum((Decimal(a[2]) for a in adj if a[0] == "PR" and a[1] not in ("1", "2", "3")
                                 and a[2]), Decimal(0))
                parts = de + (cp or 0) + co + denied_pr
                if ow != parts and not (nc and not denied_pr and ow == parts + nc):
                    bad.append(f"patient owes != deductible + copay + coinsurance for {ln['code']}")
            if adj and pd is not None and b is not None and all(a[2] is not None for a in adj):
                if b - sum(Decimal(a[2]) for a in adj) != pd:
                    bad.append(f"billed - adjustments != paid for {ln['code']} {ln['service_date']}")
        for cl in t["claims"]:
            lines = [ln for ln in t["lines"]
                     if ln["payer_claim_id"] == cl["payer_claim_id"] and ln["claim_id"] == cl["claim_id"]]
            if not lines:
                bad.append(f"claim {cl['payer_claim_id']} has no lines")
            for k, v in cl["totals"].items():
                vals = [ln[k] for ln in lines]
                if v is None or not vals or None in vals:
                    continue
                s = sum(Decimal(x) for x in vals)
                if s != Decimal(v):
                    key = cl["payer_claim_id"] or cl["claim_id"]
                    if not any(key in f for f in t["expected_findings"]):
                        bad.append(f"claim {key} {k} total {v} != lines {s} (not planted)")
        for b in bad:
            print(f"  {tp.name}: {b}")
        print(f"{tp.name}: {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims, "
              f"{len(t['legend'])} legend entries, {len(t['expected_findings'])} planted findings, "
              f"{len(bad)} problems")
        problems += len(bad)
    print("problems:", problems)
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="eob_heldout2_"))
    if out.resolve().is_relative_to((ROOT / "samples").resolve()):
        print("refusing to write held-out PDFs under samples/ (the reader must not see them)", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)
    print(out)
    if check:
        return 1 if check_folder(out) else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
