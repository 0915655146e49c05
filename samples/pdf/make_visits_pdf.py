"""Render the invented therapy visits of samples/x835/visits.py (the same visits that
samples/x835/make_samples.py writes as 835 files) as a provider-facing payer remittance advice PDF.

Run:  python samples/pdf/make_visits_pdf.py [--out DIR]     (default: samples/pdf)
Then: python -m eobreader.golden generate samples/pdf        (writes the golden file if it is missing)

Writes therapy_visits_remit.pdf and its truth file (format: see eobgen.py). tests/test_same_visits.py reads
this PDF and samples/x835/therapy_5010.835 and expects the same service lines from both.

The page looks like an ordinary payer remittance advice: one section per payment (EFT trace, dates, amount),
a claim header line per claim (patient, member ID, patient account, payer claim number, status), a table of
service lines (From / Thru, procedure, modifiers, units, billed, allowed, adjustment group-reason and amount,
paid, patient responsibility, remarks) with further adjustments on continuation rows under the first, claim
totals, provider-level adjustments, and a legend of the codes in our own words.
Amounts are printed as the 835 carries them (reversals with a leading minus, units -2 on a reversed line).
Deterministic: reportlab invariant=1.
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
sys.path.insert(0, str(HERE.parent / "x835"))

from eobgen import write_truth  # noqa: E402
from reportlab.lib.colors import Color, black  # noqa: E402
from reportlab.lib.pagesizes import landscape, letter  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from visits import PAYEE, PAYER, PAYMENTS  # noqa: E402

NAME = "therapy_visits_remit"
STATUS = {"1": "1 - PROCESSED AS PRIMARY", "4": "4 - DENIED", "22": "22 - REVERSAL OF PREVIOUS PAYMENT"}
ZERO = Decimal("0.00")
LEGEND = [
    ("CO", "Contractual obligation: the provider writes this amount off and may not bill the patient for it."),
    ("PR", "Patient responsibility: the patient (or their other coverage) may be billed this amount."),
    ("1", "Amount applied to the deductible."),
    ("2", "Coinsurance: the patient's percentage share."),
    ("3", "Copay: the patient's fixed share for the visit."),
    ("45", "The charge is above the allowed amount under the provider's contract."),
    ("197", "No prior approval was on file for this service."),
    ("N130", "See the member's plan documents for the benefit limits that applied."),
    ("N54", "The claim did not carry the approval number this service needs."),
    ("WO", "An earlier overpayment is taken back from this payment."),
    ("L6", "Interest added to this payment for late processing."),
]


def d(iso: str) -> date:
    return date.fromisoformat(iso)


def m(v: str | Decimal | None) -> str:
    if v is None:
        return ""
    x = Decimal(v)
    return f"{x:,.2f}"


def units_text(u: int | str | Decimal) -> str:
    return format(Decimal(str(u)).normalize(), "f")


def pt_resp(ln: dict) -> Decimal:
    return sum((Decimal(a[2]) for a in ln["adjustments"] if a[0] == "PR"), ZERO)


def dec2(v) -> str | None:
    return None if v is None else f"{Decimal(v):.2f}"


def build(target, n_pages):
    W, H = landscape(letter)
    x0 = 30
    # (width, align, header)
    cols = [(26, "C", "Line"), (56, "L", "From"), (56, "L", "Thru"), (44, "L", "Proc"), (40, "L", "Mod"),
            (32, "R", "Units"), (58, "R", "Billed"), (58, "R", "Allowed"), (62, "L", "Adj Grp-Rsn"),
            (56, "R", "Adj Amount"), (58, "R", "Paid"), (58, "R", "Pt Resp"), (50, "L", "Remarks")]
    width = sum(w for w, _, _ in cols)
    c = rl_canvas.Canvas(target, pagesize=(W, H), invariant=1)
    c.setTitle("Provider Remittance Advice")
    lines, claims = [], []
    page = 0

    def put(x, y, s, font="Helvetica", size=7.6, align="L"):
        c.setFont(font, size)
        if align == "R":
            c.drawRightString(x, y, s)
        elif align == "C":
            c.drawCentredString(x, y, s)
        else:
            c.drawString(x, y, s)

    def cells(y, vals, font="Helvetica", size=7.6):
        x = x0
        for (w, al, _), v in zip(cols, vals):
            if v:
                if al == "R":
                    put(x + w - 3, y, v, font, size, "R")
                elif al == "C":
                    put(x + w / 2, y, v, font, size, "C")
                else:
                    put(x + 3, y, v, font, size)
            x += w

    def page_head(p):
        nonlocal page
        if page:
            c.showPage()
        page += 1
        put(x0, H - 40, PAYER["name"], "Helvetica-Bold", 13)
        addr = PAYER["address"]
        put(x0, H - 53, f"{addr[0]}, {addr[1]} {addr[2]} {addr[3][:5]}-{addr[3][5:]}", size=8)
        put(W - x0, H - 40, "PROVIDER REMITTANCE ADVICE", "Helvetica-Bold", 11, "R")
        put(W - x0, H - 53, f"Page {page} of {n_pages or 0}", size=8, align="R")
        put(x0, H - 74, f"Payee: {PAYEE['name']}   NPI: {PAYEE['npi']}   Tax ID: {PAYEE['tax_id']}", size=8.5)
        paid = sum((Decimal(ln["paid"]) for cl in p["claims"] for ln in cl["lines"]), ZERO)
        net = paid - sum((Decimal(a[2]) for a in p["provider_adjustments"]), ZERO)
        put(x0, H - 87, f"EFT trace number: {p['payment_id']}   Payment date: {d(p['issued']):%m/%d/%Y}   "
            f"Payment amount: ${net:,.2f}", "Helvetica-Bold", 8.5)
        return H - 112

    for p in PAYMENTS:
        y = page_head(p)
        for cl in p["claims"]:
            need = 40 + 11 * sum(max(1, len(ln["adjustments"])) for ln in cl["lines"]) + 20
            if y - need < 50:
                y = page_head(p)
            pt = cl["patient"]
            patient = f"{pt['last']}, {pt['first']}"
            c.setFillColor(Color(0.9, 0.92, 0.95))
            c.rect(x0, y - 4, width, 14, stroke=0, fill=1)
            c.setFillColor(black)
            put(x0 + 3, y, f"Patient: {patient}   Member ID: {pt['member_id']}   Patient Acct #: {cl['claim_id']}   "
                f"Payer Claim #: {cl['payer_claim_id']}   Status: {STATUS[cl['status']]}", "Helvetica-Bold", 7.8)
            y -= 17
            cells(y, [h for _, _, h in cols], "Helvetica-Bold", 7.4)
            c.setLineWidth(0.5)
            c.line(x0, y - 3, x0 + width, y - 3)
            y -= 13
            for ln in cl["lines"]:
                adj = ln["adjustments"]
                first = adj[0] if adj else None
                resp = pt_resp(ln)
                cells(y, [ln["line_ref"], f"{d(ln['date']):%m/%d/%Y}", f"{d(ln['date']):%m/%d/%Y}", ln["code"],
                          " ".join(ln["modifiers"]), units_text(ln["units"]), m(ln["billed"]), m(ln["allowed"]),
                          f"{first[0]}-{first[1]}" if first else "", m(first[2]) if first else "", m(ln["paid"]),
                          m(resp), " ".join(ln["remarks"])])
                y -= 11
                for g, r, a in adj[1:]:
                    cells(y, [""] * 8 + [f"{g}-{r}", m(a)])
                    y -= 11
                lines.append({
                    "page": page, "claim_id": cl["claim_id"], "payer_claim_id": cl["payer_claim_id"],
                    "patient": patient, "service_date": ln["date"], "service_end": ln["date"], "code": ln["code"],
                    "modifiers": list(ln["modifiers"]), "units": units_text(ln["units"]),
                    "billed": dec2(ln["billed"]), "allowed": dec2(ln["allowed"]), "paid": dec2(ln["paid"]),
                    "patient_owes": dec2(resp), "deductible": None, "copay": None, "coinsurance": None,
                    "not_covered": None, "discount": None,
                    "adjustments": [[g, r, dec2(a)] for g, r, a in adj], "remarks": list(ln["remarks"]),
                    "description": None,
                })
            tb = sum((Decimal(ln["billed"]) for ln in cl["lines"]), ZERO)
            tp = sum((Decimal(ln["paid"]) for ln in cl["lines"]), ZERO)
            tr = sum((pt_resp(ln) for ln in cl["lines"]), ZERO)
            allowed = [ln["allowed"] for ln in cl["lines"]]
            ta = None if None in allowed else sum((Decimal(a) for a in allowed), ZERO)
            c.line(x0, y + 8, x0 + width, y + 8)
            cells(y - 1, ["", "Claim Total", "", "", "", "", m(tb), m(ta), "", "", m(tp), m(tr), ""],
                  "Helvetica-Bold", 7.6)
            claims.append({"claim_id": cl["claim_id"], "payer_claim_id": cl["payer_claim_id"], "patient": patient,
                           "totals": {"billed": dec2(tb), "allowed": dec2(ta), "paid": dec2(tp),
                                      "patient_owes": dec2(tr)}})
            y -= 30
        if p["provider_adjustments"]:
            put(x0, y, "Provider-level adjustments", "Helvetica-Bold", 8.5)
            y -= 12
            for code, ref, amt in p["provider_adjustments"]:
                put(x0 + 10, y, f"{code}   Reference {ref}", size=8)
                put(x0 + 260, y, m(amt), size=8, align="R")
                y -= 11
            y -= 10
    if y < 50 + 11 * (len(LEGEND) + 2):
        y = page_head(PAYMENTS[-1])
    put(x0, y, "Code legend", "Helvetica-Bold", 9)
    y -= 12
    for code, text in LEGEND:
        put(x0 + 10, y, code, "Helvetica-Bold", 7.8)
        put(x0 + 50, y, text, size=7.8)
        y -= 10.5
    c.showPage()
    c.save()
    return page, (lines, claims)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"{NAME}.pdf"
    n, _ = build(io.BytesIO(), None)
    pages, (lines, claims) = build(str(path), n)
    write_truth(path, NAME, "reportlab", pages,
                "Provider-facing payer remittance advice rendering the visits of samples/x835/visits.py (the same "
                "visits as the 835 samples), landscape: one section per payment with EFT trace, date and amount; a "
                "shaded claim header line (patient, member ID, patient account, payer claim number, status); Line / "
                "From / Thru / Proc / Mod / Units / Billed / Allowed / Adj Grp-Rsn / Adj Amount / Paid / Pt Resp / "
                "Remarks, the first adjustment on the line and further ones on continuation rows; a denied claim, a "
                "reversal (leading-minus amounts, units -2) and its corrected claim; Claim Total rows; provider-level "
                "adjustments; code legend.",
                lines, claims, LEGEND)
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
