"""Write held-out set 216 of synthetic PDF EOB layouts (with truth files) into a folder: an independent
measurement of the PDF reader on ten layouts nobody developing it has seen, two of each of the five commonest
real document kinds (commercial member EOB, Medicare Summary Notice / Medicare Advantage EOB, state Medicaid
remittance advice, Medicare-style paper remit from a practice-management system or clearinghouse, family
statement from a therapy clinic or hospital).

Run:  python bench/heldout216/make_heldout216_pdfs.py OUT_DIR            (writes the PDFs and truth files)
      python bench/heldout216/make_heldout216_pdfs.py OUT_DIR --check    (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (run by the measurer, not by this set's author)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness). Truth format: the one of samples/pdf (see
samples/pdf/eobgen.py; files are <name>.pdf.truth.json), printed values only, null for what a layout does not
print (units null where no quantity is printed for the line; adjustments [] where the page prints no
group/reason codes, even if it prints an adjustment amount; description null where it wraps or is not
printed); claim_id = the provider's own account / patient-control / visit / hospital account number (null where
not printed, as on the Medicare Summary Notice); payer_claim_id = the payer's claim number / ICN / TCN / ref;
patient = the person who got the service exactly as printed (not the subscriber or guarantor). Every name,
number, payer, provider, address and ID is invented; descriptions are our own words.

Layouts (set 216):
  k1 commercial member EOB for a family of three, portrait core Helvetica (reportlab): grey claim bands
     "Patient / Provider / Claim Number / Patient Account", columns "Charged / Plan Discount / Allowed /
     Not Covered / Deductible / Copay / Coinsurance / Plan Paid / You Owe / Rmk", code "97530-GO", no units,
     long descriptions wrap under the row, a denied line, the son's claim runs onto page 2 with the column
     header repeated and "(continued)"; remark legend; "Page x of N"
  k2 commercial HDHP "Claims Statement" for a household, landscape DejaVu Sans Condensed (fpdf2): left
     sidebar with deductible meter, "What was billed / Member rate savings / Amount not covered / Plan allows
     / Applied to deductible / Your coinsurance / What the plan paid / What you owe", "Jan 6, 2026" dates,
     code and mods as "97110 GP", Qty column "1.0", footnote letters, two claims per member, totals rows
  k3 Medicare Summary Notice Part B, portrait Liberation Serif (reportlab): summary page 1 (deductible status,
     "Did Medicare approve all services?", total you may be billed), claims from page 2 grouped by provider
     with "Claim number" and "Service Provided & Billing Code" as "Therapeutic activities (97530-GO)",
     "Amount Provider Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You May Be Billed /
     See Notes", a denied line, notes section; no units, no provider account number
  k4 Medicare Advantage HMO member EOB for a couple, portrait Liberation Sans (fpdf2): per-member sections,
     "Service date / What was done / Provider billed / Plan approved / Plan paid / Your copay / You owe /
     Note", code in parentheses after the words, "1/5/2026", visit copay, a claim that continues onto page 2
     with only a "continued" heading (no repeated column header), year-to-date box
  k5 state Medicaid remittance advice, mainframe print, landscape core Courier (reportlab): CLAIMS PAID /
     CLAIMS DENIED / CLAIMS ADJUSTED sections, RECIP NAME / RECIP ID / ICN / PAT ACCT heading rows, lines with
     FROM/THRU MMDDYY, PROC, M1 M2, UNITS "3.00", BILLED / ALLOWED / PAID, "CO45 12.34" adjustments and EOB
     codes, a void of an earlier claim with trailing-minus amounts and its replacement, a provider-message
     block on page 1, report heading and column header repeated on page 2
  k6 Medicaid managed-care plan provider RA, portrait DejaVu Sans (fpdf2): boxed claim blocks "Member / Member
     No. / Claim No. / Pt Control No.", ruled rows "Ln / DOS / Proc / Mod / Units / Billed / Allowed / Paid /
     Adj Code / Adj Amt / Remark", adjustments stacked on two text lines in one cell, denied claim, claim
     totals, remark legend on the last page
  k7 Medicare Part B standard paper remit printed by a practice-management system, portrait Liberation Mono
     (reportlab): NAME / HIC / ACNT / ICN / ASG / MOA heads, "PERF PROV SERV DATE POS NOS PROC MODS BILLED
     ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD", dates as "0105 010526", extra adjustments on the next text
     line, "PT RESP" and "CLAIM TOTALS" rows, column header repeated on page 2 where a claim continues
     without its NAME heading
  k8 clearinghouse "Payment Detail" print of a Medicare remittance, landscape Liberation Sans Narrow (fpdf2):
     claim boxes "Patient / Patient Ctrl # / Payer Claim # / Claim Status", grid rows with "Svc Date / Proc /
     Mods / Units / Charge / Allowed / Deduct / Coins / Adj (Grp-Rsn Amt) / Paid / RARC", "01/05/2026", a
     reversal claim in parentheses and its corrected claim, summary band
  k9 pediatric therapy clinic family statement to a guarantor parent (three children), portrait DejaVu Serif
     (reportlab): right sidebar with amount due and remit stub, visit rows "Date / Patient / Service / Code /
     Units / Charge / Ins Paid / Ins Adj / Balance", "01/05/26", glued "97530GO", insurer claim number on the
     visit heading, a patient payment as a non-service row, account total
  k10 hospital guarantor statement with itemized outpatient-rehab accounts (three family members), portrait
     core Times (fpdf2): detachable remit stub on page 1, account headers with hospital account number and
     insurer claim number, "Rev Code / Date / Description / CPT/HCPCS / Mod / Qty / Charges", insurance payment and adjustment rows per account (not per
     line), an account continuing onto the next page with repeated header, account totals

The self-check (--check) tests the factory, not the reader: page counts; for each truth line, its date, code
with modifiers as printed, units, and every printed amount appear on ONE text line of its page, and its
adjustment codes/amounts and remarks within that service's row block (the row plus up to three following
text lines); ids and patients in the document text; the documents' own arithmetic (billed - adjustments =
paid where every adjustment is printed; billed - discount - not covered - deductible - copay - coinsurance =
paid on member EOBs; charge - insurance paid - insurance adjustment = balance on statements); claim totals
printed and equal to the sum of lines unless a planted mismatch is declared as an expected finding (and really
is one); at least three files with a claim whose rows continue onto the next page; several patients per file.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    FIXED_WHEN, LONG_DESC, ZERO, PlanState, Svc, commercial, dfmt, medicaid, medicare, money, negate, q,
    total, truth_line, units_str, write_truth,
)
from h216doc import Doc  # noqa: E402

D = date
FMT: dict[str, dict] = {}  # per layout: how the check renders truth values back to printed text


def svc(d, code, units, mods=(), **kw) -> Svc:
    return Svc(d, code, Decimal(str(units)), tuple(mods), **kw)


def m2(x) -> str:
    return money(x, ",")


def build(path: Path, fn):
    """Two passes so 'Page x of N' is right."""
    res = fn(path, 0)
    return fn(path, res[0])


# ================================================================================================ k1
def k1(path: Path, npages: int):
    name = "k1"
    doc = Doc("reportlab", "Helvetica")
    doc.start(path)
    st = PlanState(ded_left=q("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.81"))
    claims_in = [
        ("Marisol Quintero-Bask", "Self", "Ridgeline Orthopedic & Hand Center", "KM2601-88407-01", "ROH-771204",
         [svc(D(2026, 1, 5), "99213", 1), svc(D(2026, 1, 5), "97140", 2, ("GP",)),
          svc(D(2026, 1, 5), "97760", 1, ("GO",))]),
        ("Paloma Quintero-Bask", "Daughter", "Talkwell Speech Studio", "KM2601-88419-02", "TSS-20931",
         [svc(D(2026, 1, 7), "92523", 1, ("GN",)), svc(D(2026, 1, 14), "92507", 1, ("GN",)),
          svc(D(2026, 1, 21), "92507", 1, ("GN",)), svc(D(2026, 1, 21), "92526", 1, ("GN",), denied="PR")]),
        ("Teodoro Quintero-Bask", "Son", "Brightfield Pediatric Therapy", "KM2601-88432-03", "BPT-55012",
         [svc(D(2026, 1, 6), "97166", 1, ("GO",)), svc(D(2026, 1, 8), "97530", 2, ("GO",)),
          svc(D(2026, 1, 8), "97112", 1, ("GO", "59")), svc(D(2026, 1, 13), "97530", 3, ("GO",)),
          svc(D(2026, 1, 13), "97535", 1, ("GO",)), svc(D(2026, 1, 15), "97530", 2, ("GO",)),
          svc(D(2026, 1, 15), "97110", 1, ("GO",)), svc(D(2026, 1, 20), "97530", 3, ("GO",)),
          svc(D(2026, 1, 22), "97530", 2, ("GO",)), svc(D(2026, 1, 22), "97140", 1, ("GO", "59")),
          svc(D(2026, 1, 27), "97530", 3, ("GO",)), svc(D(2026, 1, 29), "97535", 2, ("GO",))]),
    ]
    for _p, _r, _pv, _c, _a, ss in claims_in:
        for s in ss:
            commercial(s, st)
            if s.denied:
                s.remarks = ["NC"]
    cols = [("Date of", "Service", 36, "l"), ("Service", "", 86, "l"), ("Code", "", 196, "l"),
            ("Amount", "Charged", 275, "r"), ("Plan", "Discount", 308, "r"), ("Allowed", "Amount", 341, "r"),
            ("Not", "Covered", 374, "r"), ("Deduct-", "ible", 405, "r"), ("Copay", "", 432, "r"),
            ("Coin-", "surance", 466, "r"), ("Plan", "Paid", 502, "r"), ("You", "Owe", 538, "r"),
            ("Rmk", "", 550, "l")]
    lines, claims = [], []

    def furniture():
        doc.new_page()
        doc.font(14, True)
        doc.text(36, 46, "KEYSTONE MERIDIAN HEALTH PLAN")
        doc.font(8)
        doc.text(36, 58, "PO Box 40917 - Harrowgate, PA 17019-0917")
        doc.font(12, True)
        doc.rtext(576, 46, "Explanation of Benefits")
        doc.font(8, True)
        doc.rtext(576, 58, "THIS IS NOT A BILL")
        doc.hline(36, 576, 66, 1.2)
        doc.font(7.5)
        doc.text(36, 78, "Member: Marisol Quintero-Bask     Member ID: KMX448201907     Group: 00731 Lehigh Fabricators")
        doc.rtext(576, 78, "Statement date: February 2, 2026")
        doc.font(7)
        doc.text(36, 770, "Questions? Member Services 1-800-555-0147 (TTY 711), Mon-Fri 8am-8pm. keystonemeridian.example")
        doc.rtext(576, 770, f"Page {doc.page} of {npages}")
        return 92

    def header(y):
        doc.rect(36, y - 9, 540, 20, fill=0.9, stroke=False)
        doc.font(6.5, True)
        for a, b, x, al in cols:
            (doc.rtext if al == "r" else doc.text)(x, y, a)
            (doc.rtext if al == "r" else doc.text)(x, y + 8, b)
        return y + 18

    y = furniture()
    # summary box (page 1)
    doc.rect(36, y, 540, 62)
    doc.font(9, True)
    doc.text(44, y + 14, "Your family's claims at a glance")
    doc.font(7.5)
    all_s = [s for c in claims_in for s in c[5]]
    doc.text(44, y + 28, f"Providers billed: {money(total(all_s, 'billed'))}     Your plan paid: "
             f"{money(total(all_s, 'paid'))}     Your total cost: {money(total(all_s, 'owes'))}")
    doc.text(44, y + 40, "Family deductible (in-network): $150.00 of $1,500.00 met this plan year.")
    doc.text(44, y + 52, "Your provider may bill you for the amount in the You Owe column. Keep this notice for your records.")
    y += 72
    doc.rect(36, y, 540, 92, fill=0.96)
    doc.font(8.5, True)
    doc.text(44, y + 14, "How to read this statement")
    doc.font(7.2)
    for i, t in enumerate([
            "Amount Charged is the provider's full price. Plan Discount is the savings from our network contract;",
            "in-network providers may not bill you for it. Allowed Amount is the price we agreed to with the provider.",
            "Not Covered is what your plan does not pay at all. Deductible, Copay and Coinsurance are your share of",
            "the allowed amount. Plan Paid went to the provider (or to you, if you paid the provider up front).",
            "You Owe is the most the provider can bill you for these services after this claim was processed.",
            "The Rmk column points to an explanation at the end of this statement."]):
        doc.text(44, y + 28 + 10 * i, t)
    y += 106
    bottom = 740
    for pat, rel, prov, clm, acct, ss in claims_in:
        if y + 70 > bottom:
            y = furniture()

        def band(y, cont=False):
            doc.rect(36, y, 540, 24, fill=0.82, stroke=False)
            doc.font(7.5, True)
            doc.text(40, y + 9, f"Patient: {pat} ({rel})" + ("   (continued)" if cont else ""))
            doc.text(300, y + 9, f"Claim Number: {clm}")
            doc.font(7.5)
            doc.text(40, y + 20, f"Provider: {prov} (in network)")
            doc.text(300, y + 20, f"Patient Account: {acct}    Processed 01/30/2026")
            return header(y + 36)

        y = band(y)
        for s in ss:
            desc = LONG_DESC.get(s.code, s.desc)
            doc.font(6.5)
            wrap = doc.width(desc) > 106
            h = 20 if wrap else 13
            if y + h > bottom:
                y = furniture()
                y = band(y, True)
            doc.font(6.5)
            vals = [dfmt(s.dos, "mdy4"), None, "-".join((s.code,) + s.mods), m2(s.billed), m2(s.discount),
                    m2(s.allowed), m2(s.not_covered), m2(s.deductible), m2(s.copay), m2(s.coinsurance), m2(s.paid),
                    m2(s.owes), " ".join(s.remarks)]
            for (a, b, x, al), v in zip(cols, vals):
                if v:
                    (doc.rtext if al == "r" else doc.text)(x, y, v)
            if wrap:
                words, cur, out = desc.split(), "", []
                for w in words:
                    if doc.width((cur + " " + w).strip()) > 106:
                        out.append(cur)
                        cur = w
                    else:
                        cur = (cur + " " + w).strip()
                out.append(cur)
                doc.text(86, y, out[0])
                doc.text(86, y + 7, " ".join(out[1:]))
            else:
                doc.text(86, y, desc)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes"),
                                    units=False, remarks=s.remarks, description=not wrap,
                                    overrides=None if wrap else {"description": desc}))
            doc.hline(36, 576, y + h - 8, 0.2)
            y += h
        if y + 14 > bottom:
            y = furniture()
        doc.font(6.5, True)
        doc.text(86, y + 2, "Claim totals")
        tv = [m2(total(ss, a)) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                          "coinsurance", "paid", "owes")]
        for (a, b, x, al), v in zip(cols[3:12], tv):
            doc.rtext(x, y + 2, v)
        doc.hline(36, 576, y + 5, 0.8)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": {"billed": str(total(ss, "billed")), "allowed": str(total(ss, "allowed")),
                                  "paid": str(total(ss, "paid")), "patient_owes": str(total(ss, "owes"))}})
        y += 22
    legend = [("NC", "This service is not a covered benefit of your plan; you may be billed for it.")]
    if y + 40 > bottom:
        y = furniture()
    doc.font(7.5, True)
    doc.text(36, y + 6, "Remark codes")
    doc.font(7)
    for c, t in legend:
        doc.text(36, y + 18, f"{c}  {t}")
    doc.text(36, y + 30, "Appeals: you have 180 days from the date of this notice to ask us to review a decision.")
    pages = doc.finish()
    return pages, name, "reportlab", lines, claims, legend, [], \
        "commercial member EOB, family of three, Helvetica portrait, claim continues with repeated header"


FMT["k1"] = dict(money=m2, date=lambda d: dfmt(d, "mdy4"), code=lambda c, m: "-".join([c] + m),
                 units=None, arith="member")


# ================================================================================================ k2
def k2(path: Path, npages: int):
    name = "k2"
    doc = Doc("fpdf2", "DejaVuSansCondensed", landscape=True, when=FIXED_WHEN)
    doc.start(path)
    st = PlanState(ded_left=q("400.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.78"))
    mem = [
        ("Idris Fenwick-Oduya", "Harborlight Physical Therapy", [
            ("HPT-0090412", "H26011800371", [svc(D(2026, 1, 6), "97161", 1, ("GP",)),
                                              svc(D(2026, 1, 6), "97110", 2, ("GP",)),
                                              svc(D(2026, 1, 6), "97140", 1, ("GP", "59"))]),
            ("HPT-0090466", "H26012700118", [svc(D(2026, 1, 13), "97110", 2, ("GP", "KX")),
                                              svc(D(2026, 1, 13), "97112", 1, ("GP",)),
                                              svc(D(2026, 1, 13), "G0283", 1, ("GP",), denied="PR")])]),
        ("Noor Fenwick-Oduya", "Lantern Hill Occupational Therapy", [
            ("LHOT-33810", "H26012000452", [svc(D(2026, 1, 9), "97167", 1, ("GO",)),
                                             svc(D(2026, 1, 9), "97535", 1, ("GO",))]),
            ("LHOT-33871", "H26012900809", [svc(D(2026, 1, 16), "97530", 2, ("GO",)),
                                             svc(D(2026, 1, 16), "97129", 1, ("GO",)),
                                             svc(D(2026, 1, 23), "97530", 3, ("GO",)),
                                             svc(D(2026, 1, 23), "97150", 1, ("GO",))])]),
    ]
    for _m, _p, cl in mem:
        for _a, _c, ss in cl:
            for s in ss:
                commercial(s, st)
                if s.denied:
                    s.remarks = ["C"]
                elif s.deductible:
                    s.remarks = ["A"]
    X0 = 170
    cols = [("Service date", X0, "l"), ("What was done", X0 + 62, "l"), ("Code", X0 + 178, "l"),
            ("Qty", X0 + 232, "r"), ("What was billed", X0 + 290, "r"), ("Member rate savings", X0 + 345, "r"),
            ("Amount not covered", X0 + 395, "r"), ("Plan allows", X0 + 438, "r"),
            ("Applied to deductible", X0 + 488, "r"), ("Your coinsurance", X0 + 530, "r"),
            ("What the plan paid", X0 + 575, "r"), ("What you owe", X0 + 612, "r"), ("See", X0 + 616, "l")]
    lines, claims = [], []

    def furniture():
        doc.new_page()
        doc.rect(0, 0, 150, doc.H, fill=0.93, stroke=False)
        doc.font(13, True)
        doc.text(16, 40, "Cobalt Ridge")
        doc.text(16, 56, "Health")
        doc.font(7)
        doc.text(16, 70, "HSA-qualified plan")
        doc.font(8, True)
        doc.text(16, 110, "Subscriber")
        doc.font(8)
        doc.text(16, 122, "Idris Fenwick-Oduya")
        doc.text(16, 134, "ID CRH-5530-1187")
        doc.text(16, 146, "Plan: Bronze Saver 3200")
        doc.font(8, True)
        doc.text(16, 176, "Family deductible")
        doc.font(8)
        doc.text(16, 188, "$3,200.00 per year")
        doc.rect(16, 194, 118, 8, fill=0.6, stroke=True)
        doc.text(16, 214, "Met so far: $400.00")
        doc.font(7)
        doc.text(16, 560, "Customer Care")
        doc.text(16, 570, "1-888-555-0162")
        doc.text(16, 590, f"Page {doc.page} of {npages}")
        doc.font(15, True)
        doc.text(X0, 40, "Claims Statement")
        doc.font(8)
        doc.text(X0, 54, "Period covered: January 1 - January 31, 2026     Mailed February 2, 2026     Not a bill")
        doc.hline(X0, 780, 62, 1)
        return 80

    def header(y):
        doc.font(6.2, True)
        for a, x, al in cols:
            parts = a.split(" ")
            if len(parts) > 1 and al == "r":
                half = (len(parts) + 1) // 2
                doc.rtext(x, y, " ".join(parts[:half]))
                doc.rtext(x, y + 7, " ".join(parts[half:]))
            else:
                (doc.rtext if al == "r" else doc.text)(x, y, a)
        doc.hline(X0, 780, y + 10, 0.5)
        return y + 20

    y = furniture()
    bottom = 585
    for who, prov, cl in mem:
        if y + 60 > bottom:
            y = furniture()
        doc.font(10, True)
        doc.text(X0, y, f"Claims for {who}")
        y += 14
        for acct, clm, ss in cl:
            if y + 50 + 10 * len(ss) > bottom:
                y = furniture()
            doc.font(7.5)
            doc.text(X0, y, f"{prov}  -  Claim ID {clm}  -  Patient account no. {acct}  -  Received Jan 19, 2026")
            y = header(y + 12)
            doc.font(7)
            for s in ss:
                vals = [dfmt(s.dos, "mon"), s.desc[:24], " ".join((s.code,) + s.mods), f"{s.units:.1f}",
                        money(s.billed), money(s.discount), money(s.not_covered), money(s.allowed),
                        money(s.deductible), money(s.coinsurance), money(s.paid), money(s.owes), " ".join(s.remarks)]
                for (a, x, al), v in zip(cols, vals):
                    if v:
                        (doc.rtext if al == "r" else doc.text)(x, y, v)
                full = s.desc[:24] == s.desc
                lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=who,
                                        printed=("billed", "discount", "not_covered", "allowed", "deductible",
                                                 "coinsurance", "paid", "patient_owes"),
                                        remarks=s.remarks, description=full))
                y += 11
            doc.hline(X0, 780, y - 7, 0.3)
            doc.font(7, True)
            doc.text(X0 + 62, y, "Claim total")
            for (a, x, al), at in zip(cols[4:12], ("billed", "discount", "not_covered", "allowed", "deductible",
                                                   "coinsurance", "paid", "owes")):
                doc.rtext(x, y, money(total(ss, at)))
            claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": who,
                           "totals": {"billed": str(total(ss, "billed")), "allowed": str(total(ss, "allowed")),
                                      "paid": str(total(ss, "paid")), "patient_owes": str(total(ss, "owes"))}})
            y += 24
    legend = [("A", "Counted toward your yearly deductible."),
              ("C", "Your plan does not cover this service; the provider may bill you for it.")]
    doc.font(7.5, True)
    doc.text(X0, y + 4, "What the letters mean")
    doc.font(7)
    for i, (c, t) in enumerate(legend):
        doc.text(X0, y + 16 + 10 * i, f"{c} - {t}")
    pages = doc.finish()
    return pages, name, "fpdf2", lines, claims, legend, [], \
        "commercial HDHP household claims statement, landscape with sidebar, DejaVu Sans Condensed"


FMT["k2"] = dict(money=lambda x: money(x), date=lambda d: dfmt(d, "mon"), code=lambda c, m: " ".join([c] + m),
                 units=lambda u: f"{Decimal(u):.1f}", arith="member")


# ================================================================================================ k3
def k3(path: Path, npages: int):
    name = "k3"
    doc = Doc("reportlab", "LiberationSerif")
    doc.start(path)
    st = PlanState(ded_left=q("60.00"))
    pat = "HARLAN J OKONKWO-LEE"
    provs = [
        ("Pinewold Rehabilitation Associates", "14 Foundry Row, Marlow Falls, OH 44390", "26-0108-41588-00",
         [svc(D(2026, 1, 5), "97163", 1, ("GP",)), svc(D(2026, 1, 5), "97110", 2, ("GP",)),
          svc(D(2026, 1, 7), "97110", 2, ("GP", "KX")), svc(D(2026, 1, 7), "97116", 1, ("GP",)),
          svc(D(2026, 1, 7), "0552T", 1, ("GP",), denied="PR"), svc(D(2026, 1, 9), "97112", 2, ("GP", "CQ"))]),
        ("Maple Court Hand Therapy", "202 Linden Ave Ste 3, Marlow Falls, OH 44391", "26-0115-77302-00",
         [svc(D(2026, 1, 12), "97168", 1, ("GO",)), svc(D(2026, 1, 12), "97760", 1, ("GO",)),
          svc(D(2026, 1, 12), "L3807", 1, ("RT",)), svc(D(2026, 1, 14), "97140", 1, ("GO",)),
          svc(D(2026, 1, 14), "97530", 2, ("GO",))]),
    ]
    for _n, _a, _c, ss in provs:
        for s in ss:
            medicare(s, st, deny_reason="50")
            s.remarks = ["C"] if s.denied else (["A"] if s.deductible else [])
    all_s = [s for p in provs for s in p[3]]
    lines, claims = [], []

    def furniture():
        doc.new_page()
        doc.font(16, True)
        doc.text(40, 50, "Medicare Summary Notice")
        doc.font(10)
        doc.text(40, 66, "for Part B (Medical Insurance)")
        doc.font(9)
        doc.rtext(572, 50, f"{pat}")
        doc.rtext(572, 62, "Medicare Number XXXXXXX93KQ")
        doc.hline(40, 572, 74, 1.5)
        doc.font(8)
        doc.text(40, 772, "If you need help: call 1-800-555-0133 (TTY 1-877-555-0148). Report fraud to the number above.")
        doc.rtext(572, 772, f"Page {doc.page} of {npages}")
        return 96

    y = furniture()
    doc.font(12, True)
    doc.text(40, y, "The Official Summary of Your Medicare Claims")
    doc.font(9)
    doc.text(40, y + 16, "Notice for the period October 1 - January 31, 2026 (this is not a bill)")
    y += 40
    doc.rect(40, y, 250, 120)
    doc.font(10, True)
    doc.text(48, y + 16, "Your Deductible Status")
    doc.font(9)
    doc.text(48, y + 32, "Your deductible is what you must pay")
    doc.text(48, y + 44, "each year before Medicare begins paying.")
    doc.text(48, y + 62, "Part B deductible: You have now met")
    doc.text(48, y + 74, "your deductible for 2026.")
    doc.rect(310, y, 262, 120)
    doc.font(10, True)
    doc.text(318, y + 16, "Your Claims & Costs This Period")
    doc.font(9)
    doc.text(318, y + 34, "Did Medicare approve all services?")
    doc.text(318, y + 46, "NO - see the note for 1 service on page 2")
    doc.text(318, y + 64, "Number of providers you saw: 2")
    doc.text(318, y + 82, f"Total you can be billed: {money(total(all_s, 'owes'))}")
    y += 140
    doc.font(10, True)
    doc.text(40, y, "Be aware of scams")
    doc.font(9)
    doc.text(40, y + 14, "Never share your Medicare Number with someone who calls you unasked.")
    cols = [(40, "l"), (100, "l"), (372, "r"), (440, "r"), (500, "r"), (554, "r"), (558, "l")]
    y = furniture()
    doc.font(12, True)
    doc.text(40, y, "Your Claims for Part B (Medical Insurance)")
    y += 22
    bottom = 745
    for prov, addr, clm, ss in provs:
        doc.font(10, True)
        doc.text(40, y, f"{prov}")
        doc.font(8.5)
        doc.text(40, y + 12, addr)
        doc.text(330, y, f"Claim number {clm}")
        doc.text(330, y + 12, "Received Jan 9, 2026   Assigned: Yes")
        y += 28
        doc.font(7, True)
        heads = [("Service", "Date"), ("Service Provided &", "Billing Code"), ("Amount Provider", "Charged"),
                 ("Medicare-Approved", "Amount"), ("Amount Medicare", "Paid"), ("Maximum You", "May Be Billed"),
                 ("See", "Notes")]
        doc.rect(40, y - 9, 532, 22, fill=0.88, stroke=False)
        for (x, al), (a, b) in zip(cols, heads):
            (doc.rtext if al == "r" else doc.text)(x, y, a)
            (doc.rtext if al == "r" else doc.text)(x, y + 9, b)
        y += 24
        doc.font(8.5)
        for s in ss:
            txt = f"{s.desc} ({'-'.join((s.code,) + s.mods)})"
            vals = [dfmt(s.dos, "mon"), txt, money(s.billed), money(s.allowed), money(s.paid), money(s.owes),
                    " ".join(s.remarks)]
            for (x, al), v in zip(cols, vals):
                if v:
                    (doc.rtext if al == "r" else doc.text)(x, y, v)
            lines.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                                    remarks=s.remarks))
            y += 14
        doc.hline(40, 572, y - 9, 0.5)
        doc.font(8.5, True)
        doc.text(104, y, "Total for this claim")
        for (x, al), at in zip(cols[2:6], ("billed", "allowed", "paid", "owes")):
            doc.rtext(x, y, money(total(ss, at)))
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": pat,
                       "totals": {"billed": str(total(ss, "billed")), "allowed": str(total(ss, "allowed")),
                                  "paid": str(total(ss, "paid")), "patient_owes": str(total(ss, "owes"))}})
        y += 30
    legend = [("A", "This amount was applied to your yearly Part B deductible."),
              ("C", "Medicare does not pay for this item because it is not considered reasonable or needed.")]
    doc.font(10, True)
    doc.text(40, y, "Notes for Your Claims")
    doc.font(8.5)
    for i, (c, t) in enumerate(legend):
        doc.text(40, y + 14 + 12 * i, f"{c}  {t}")
    doc.text(40, y + 44, "A 2% cut to Medicare payments required by law lowered the Amount Medicare Paid.")
    pages = doc.finish()
    return pages, name, "reportlab", lines, claims, legend, [], "Medicare Summary Notice Part B, Liberation Serif"


FMT["k3"] = dict(money=lambda x: money(x), date=lambda d: dfmt(d, "mon"), code=lambda c, m: "-".join([c] + m),
                 units=None, arith=None, one_person=True)  # an MSN is mailed to one beneficiary


# ================================================================================================ k4
def k4(path: Path, npages: int):
    name = "k4"
    doc = Doc("fpdf2", "LiberationSans", when=FIXED_WHEN)
    doc.start(path)
    members = [
        ("Anselm Vallancourt", "M8820014-02", [
            ("Crestline Family Medicine", "CFM-44102", "2601-MA-0050266", [
                svc(D(2026, 1, 9), "99213", 1), svc(D(2026, 1, 9), "G0283", 1)]),
            ("Oakhaven Outpatient Therapy", "OOT-118901", "2601-MA-0050731", [
                svc(D(2026, 1, 14), "97161", 1, ("GP",)), svc(D(2026, 1, 14), "97110", 2, ("GP",)),
                svc(D(2026, 1, 21), "97140", 2, ("GP", "59"))])]),
        ("Beatrix Vallancourt", "M8820014-01", [
            ("Oakhaven Outpatient Therapy", "OOT-118820", "2601-MA-0049917", [
                svc(D(2026, 1, 5), "97165", 1, ("GO",)), svc(D(2026, 1, 5), "97535", 2, ("GO",)),
                svc(D(2026, 1, 8), "97530", 2, ("GO",)), svc(D(2026, 1, 8), "97110", 1, ("GO",)),
                svc(D(2026, 1, 12), "97530", 3, ("GO", "CO")), svc(D(2026, 1, 12), "97112", 1, ("GO",)),
                svc(D(2026, 1, 15), "97530", 2, ("GO",)), svc(D(2026, 1, 15), "97535", 1, ("GO",)),
                svc(D(2026, 1, 19), "97530", 2, ("GO",)), svc(D(2026, 1, 19), "97140", 1, ("GO",)),
                svc(D(2026, 1, 22), "97530", 3, ("GO",)), svc(D(2026, 1, 26), "97168", 1, ("GO",)),
                svc(D(2026, 1, 26), "97530", 2, ("GO",)), svc(D(2026, 1, 29), "97530", 2, ("GO",)),
                svc(D(2026, 1, 29), "97535", 1, ("GO",)), svc(D(2026, 1, 30), "97110", 2, ("GO",)),
                svc(D(2026, 2, 2), "97530", 2, ("GO",)), svc(D(2026, 2, 2), "97112", 1, ("GO",)),
                svc(D(2026, 2, 4), "97530", 3, ("GO",)), svc(D(2026, 2, 4), "97535", 1, ("GO",))])]),
    ]
    lines, claims = [], []
    for _n, _i, cl in members:
        st = PlanState(visit_copay=q("20.00"), allowed_rate=Decimal("0.64"))
        for _p, _a, _c, ss in cl:
            for s in ss:
                commercial(s, st)
                s.remarks = ["2"] if s.copay else []
    cols = [(40, "l"), (96, "l"), (330, "r"), (385, "r"), (438, "r"), (486, "r"), (536, "r"), (548, "l")]
    heads = [("Service", "date"), ("What was done", "(billing code)"), ("Provider", "billed"), ("Plan", "approved"),
             ("Plan", "paid"), ("Your", "copay"), ("You", "owe"), ("Note", "")]

    def furniture():
        doc.new_page()
        doc.font(13, True)
        doc.text(40, 44, "SilverBirch Advantage (HMO)")
        doc.font(8)
        doc.text(40, 56, "A Medicare Advantage plan - Explanation of Benefits for January 2026")
        doc.rtext(572, 44, "Mailed to: Beatrix and Anselm Vallancourt")
        doc.rtext(572, 56, "77 Orchard Spur, Wendle Point, ME 04599")
        doc.hline(40, 572, 64, 0.8)
        doc.font(7)
        doc.text(40, 774, "SilverBirch Advantage is an HMO plan with a Medicare contract. H9921_EOB26_M")
        doc.rtext(572, 774, f"Page {doc.page} of {npages}")
        return 84

    y = furniture()
    doc.rect(40, y, 532, 44, fill=0.95)
    doc.font(8.5, True)
    doc.text(48, y + 14, "This is not a bill. It tells you what your plan paid for the care below.")
    doc.font(8)
    doc.text(48, y + 28, "Year to date (2026): plan has paid for covered care; your out-of-pocket maximum is $4,900.00 each.")
    y += 58
    doc.font(9, True)
    doc.text(40, y, "Your plan totals so far")
    y += 6
    doc.font(8)
    ytd = [("", "This period", "2026 so far"), ("Beatrix: what you paid toward covered care", "$180.00", "$180.00"),
           ("Beatrix: what the plan paid", "see below", "see below"),
           ("Anselm: what you paid toward covered care", "$60.00", "$60.00"),
           ("Anselm: what the plan paid", "see below", "see below"),
           ("Out-of-pocket maximum (each member, in network)", "", "$4,900.00")]
    for i, (a, b, c) in enumerate(ytd):
        doc.hline(40, 572, y + 4 + 14 * i, 0.2)
        doc.text(46, y + 14 * (i + 1), a)
        doc.rtext(440, y + 14 * (i + 1), b)
        doc.rtext(566, y + 14 * (i + 1), c)
    y += 14 * len(ytd) + 22
    bottom = 750
    for mname, mid, cl in members:
        if y + 80 > bottom:
            y = furniture()
        doc.font(11, True)
        doc.text(40, y, f"{mname}   Member ID {mid}")
        y += 16
        for prov, acct, clm, ss in cl:
            if y + 60 > bottom:
                y = furniture()
            doc.font(8.5, True)
            doc.text(40, y, f"{prov}   Claim {clm}   Provider's account {acct}")
            y += 8
            doc.font(7.2, True)
            for (x, al), (a, b) in zip(cols, heads):
                (doc.rtext if al == "r" else doc.text)(x, y + 8, a)
                (doc.rtext if al == "r" else doc.text)(x, y + 16, b)
            doc.hline(40, 572, y + 19, 0.5)
            y += 30
            for s in ss:
                if y + 12 > bottom:
                    y = furniture()
                    doc.font(8.5, True)
                    doc.text(40, y, f"{mname} - {prov} - claim {clm} (continued from previous page)")
                    y += 16
                doc.font(8)
                vals = [dfmt(s.dos, "mdyn"), f"{s.desc} ({'-'.join((s.code,) + s.mods)})", money(s.billed),
                        money(s.allowed), money(s.paid), money(s.copay), money(s.owes), " ".join(s.remarks)]
                for (x, al), v in zip(cols, vals):
                    if v:
                        (doc.rtext if al == "r" else doc.text)(x, y, v)
                lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=mname,
                                        printed=("billed", "allowed", "paid", "copay", "patient_owes"), units=False,
                                        remarks=s.remarks))
                y += 14
            doc.hline(40, 572, y - 8, 0.3)
            doc.font(8, True)
            doc.text(96, y, "Claim total")
            for (x, al), at in zip(cols[2:7], ("billed", "allowed", "paid", "copay", "owes")):
                doc.rtext(x, y, money(total(ss, at)))
            claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": mname,
                           "totals": {"billed": str(total(ss, "billed")), "allowed": str(total(ss, "allowed")),
                                      "paid": str(total(ss, "paid")), "patient_owes": str(total(ss, "owes"))}})
            y += 24
    legend = [("2", "Your plan's copay for an outpatient therapy or office visit is $20.00 per day.")]
    doc.font(8, True)
    doc.text(40, y, "Notes")
    doc.font(8)
    doc.text(40, y + 12, f"{legend[0][0]}  {legend[0][1]}")
    pages = doc.finish()
    return pages, name, "fpdf2", lines, claims, legend, [], "Medicare Advantage HMO member EOB for a couple"


FMT["k4"] = dict(money=lambda x: money(x), date=lambda d: dfmt(d, "mdyn"), code=lambda c, m: "-".join([c] + m),
                 units=None, arith="member")


# ================================================================================================ k5
def k5(path: Path, npages: int):
    name = "k5"
    doc = Doc("reportlab", "Courier", landscape=True)
    doc.start(path)
    mt = lambda x: money(x, "", "trail")  # noqa: E731

    def mcd(s, reason="197", rm=()):
        medicaid(s, deny_reason=reason)
        s.remarks = list(rm)
        return s
    paid = [
        ("ROSALIND VEGA-TRUSK", "110458832", "2026019004417", "PV55120", [
            mcd(svc(D(2026, 1, 5), "97530", 3, ("GO",))), mcd(svc(D(2026, 1, 5), "97535", 1, ("GO",))),
            mcd(svc(D(2026, 1, 7), "97530", 2, ("GO",))), mcd(svc(D(2026, 1, 7), "97112", 1, ("GO",))),
            mcd(svc(D(2026, 1, 9), "97530", 3, ("GO",))), mcd(svc(D(2026, 1, 12), "97530", 2, ("GO",))),
            mcd(svc(D(2026, 1, 12), "97110", 2, ("GO",))), mcd(svc(D(2026, 1, 14), "97530", 3, ("GO",))),
            mcd(svc(D(2026, 1, 14), "97535", 2, ("GO",))), mcd(svc(D(2026, 1, 16), "97530", 3, ("GO",))),
            mcd(svc(D(2026, 1, 16), "97140", 1, ("GO", "59"))), mcd(svc(D(2026, 1, 19), "97530", 2, ("GO",))),
            mcd(svc(D(2026, 1, 21), "97530", 3, ("GO",))), mcd(svc(D(2026, 1, 21), "97112", 2, ("GO",))),
            mcd(svc(D(2026, 1, 23), "97530", 2, ("GO",))), mcd(svc(D(2026, 1, 26), "97530", 3, ("GO",))),
            mcd(svc(D(2026, 1, 26), "97535", 1, ("GO",)))]),
        ("TOBIAS VEGA-TRUSK", "110458849", "2026019004418", "PV55131", [
            mcd(svc(D(2026, 1, 6), "92523", 1, ("GN",))), mcd(svc(D(2026, 1, 13), "92507", 1, ("GN",))),
            mcd(svc(D(2026, 1, 20), "92507", 1, ("GN",))), mcd(svc(D(2026, 1, 27), "92507", 1, ("GN",)))]),
    ]
    denied = [("MARGUERITE ASHBY", "110772016", "2026019004502", "PV55177", [
        mcd(svc(D(2026, 1, 8), "97530", 4, ("GO",), denied="CO"), "198", ("N54",)),
        mcd(svc(D(2026, 1, 8), "97110", 1, ("GO",)))])]
    orig = [mcd(svc(D(2025, 12, 15), "97530", 2, ("GO",))), mcd(svc(D(2025, 12, 15), "97140", 1, ("GO",)))]
    voids = [negate(s) for s in orig]
    for s in voids:
        s.remarks = ["MA67"]
    repl = [mcd(svc(D(2025, 12, 15), "97530", 3, ("GO",))), mcd(svc(D(2025, 12, 15), "97140", 1, ("GO",)))]
    adjusted = [("CALLUM ASHBY", "110772023", "5026019000731", "PV54902", voids),
                ("CALLUM ASHBY", "110772023", "2026019004519", "PV54902", repl)]
    lines, claims = [], []
    hdr = ("LN FROM   THRU   PROC  M1 M2  UNITS     BILLED    ALLOWED       PAID  ADJ         EOB")

    def furniture():
        doc.new_page()
        doc.font(8)
        doc.text(30, 30, "REPORT: MCD-RA-401                  STATE OF NORTH ALDER DEPARTMENT OF HEALTH CARE SERVICES"
                 f"                    PAGE {doc.page:4d} OF {npages:4d}")
        doc.text(30, 40, "RUN DATE: 01/30/26                  MEDICAL ASSISTANCE PROGRAM - REMITTANCE ADVICE")
        doc.text(30, 50, "PROVIDER: 0044718  WILLOWBEND THERAPY COLLECTIVE   RA NUMBER: 0009917  WARRANT DATE: 01/30/26")
        doc.text(30, 66, hdr)
        doc.text(30, 74, "-" * 118)
        return 88

    y = furniture()
    doc.text(30, y, "*" * 40 + " PROVIDER MESSAGES " + "*" * 40)
    for i, t in enumerate([
            "EFFECTIVE 03/01/26 THERAPY VISITS OVER 24 PER CALENDAR YEAR REQUIRE PRIOR APPROVAL FOR RECIPIENTS UNDER 21.",
            "CLAIMS MUST BE RECEIVED WITHIN 365 DAYS OF THE DATE OF SERVICE. VOIDED CLAIMS APPEAR UNDER CLAIMS ADJUSTED.",
            "QUESTIONS: PROVIDER RELATIONS 1-800-555-0176, OPTION 4, MONDAY - FRIDAY 7:30 AM - 5:00 PM.",
            "REMEMBER TO VERIFY ELIGIBILITY ON THE DATE OF SERVICE THROUGH THE PROVIDER PORTAL OR THE VOICE LINE.",
            "THIS REMITTANCE LISTS CLAIMS FINALIZED IN CYCLE 2026-04. PAYMENT WAS ISSUED BY EFT TO THE ACCOUNT ON FILE.",
            "", "SUMMARY:  CLAIMS PAID 3   CLAIMS DENIED 1   CLAIMS ADJUSTED 2   (SEE TOTALS AT END OF REPORT)"]):
        doc.text(30, y + 11 * (i + 1), t)
    y += 11 * 8 + 14
    bottom = 575

    def claim(y, rec, section):
        nm, rid, icn, acct, ss = rec
        if y + 22 > bottom:
            y = furniture()
        ln = f"RECIP NAME: {nm:<22} RECIP ID: {rid}  ICN: {icn}  PAT ACCT: {acct}"
        doc.text(30, y, ln)
        y += 10
        for i, s in enumerate(ss, 1):
            if y + 10 > bottom:
                y = furniture()
                doc.text(30, y, f"{section} (CONT)  RECIP NAME: {nm}  ICN: {icn}")
                y += 10
            adj = " ".join(f"{g}{c} {mt(a)}" for g, c, a in s.adjs) if s.adjs else ""
            row = (f"{i:02d} {dfmt(s.dos, 'mdy6')} {dfmt(s.dos, 'mdy6')} {s.code} "
                   f"{(s.mods + ('', ''))[0]:<2} {(s.mods + ('', ''))[1]:<2} {mt(s.units):>6} {mt(s.billed):>10} "
                   f"{mt(s.allowed):>10} {mt(s.paid):>10}  {adj:<18} {' '.join(s.remarks)}")
            doc.text(30, y, row)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=nm,
                                    printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks,
                                    service_end=s.dos, description=False,
                                    overrides={"units": units_str(s.units)}))
            y += 11
        tb, ta, tp = total(ss, "billed"), total(ss, "allowed"), total(ss, "paid")
        doc.text(30, y, f"   CLAIM TOTAL {'':>21}{mt(tb):>10} {mt(ta):>10} {mt(tp):>10}")
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": nm,
                       "totals": {"billed": str(tb), "allowed": str(ta), "paid": str(tp), "patient_owes": None}})
        return y + 16

    for section, recs in (("CLAIMS PAID", paid), ("CLAIMS DENIED", denied), ("CLAIMS ADJUSTED", adjusted)):
        if y + 50 > bottom:
            y = furniture()
        doc.font(8, True)
        doc.text(30, y, f"*** {section} ***")
        doc.font(8)
        y += 12
        for rec in recs:
            y = claim(y, rec, section)
    legend = [("N54", "Units exceed the limit set for this service in the prior approval on file."),
              ("MA67", "This line takes back an earlier payment; the corrected claim follows.")]
    if y + 40 > bottom:
        y = furniture()
    doc.text(30, y, "EOB CODE MESSAGES")
    for i, (c, t) in enumerate(legend):
        doc.text(30, y + 10 + 10 * i, f"{c:<6}{t}")
    pages = doc.finish()
    return pages, name, "reportlab", lines, claims, legend, [], "state Medicaid RA mainframe print, Courier landscape"


FMT["k5"] = dict(money=lambda x: money(x, "", "trail"), date=lambda d: dfmt(d, "mdy6"),
                 code=lambda c, m: " ".join([c] + m), units=lambda u: f"{Decimal(u):.2f}", arith="adj",
                 adj=lambda g, c, a: [f"{g}{c}", money(a, "", "trail")])


# ================================================================================================ k6
def k6(path: Path, npages: int):
    name = "k6"
    doc = Doc("fpdf2", "DejaVuSans", when=FIXED_WHEN)
    doc.start(path)

    def mc(s, tpl=None, reason="197", rm=()):
        medicaid(s, deny_reason=reason)
        if tpl:
            t = q(tpl)
            s.paid -= t
            s.adjs.append(("OA", "23", t))
        s.remarks = list(rm)
        return s
    cl = [
        ("Junie Marchetti-Olade", "NA4471920", "TRL26012301144", "SPT-2019-A", [
            mc(svc(D(2026, 1, 6), "92523", 1, ("GN",))), mc(svc(D(2026, 1, 13), "92507", 1, ("GN",))),
            mc(svc(D(2026, 1, 20), "92507", 1, ("GN",)), tpl="20.00", rm=("N4",)),
            mc(svc(D(2026, 1, 27), "92526", 1, ("GN",)))]),
        ("Castor Marchetti-Olade", "NA4471937", "TRL26012301162", "SPT-2027-A", [
            mc(svc(D(2026, 1, 7), "97165", 1, ("GO",))), mc(svc(D(2026, 1, 7), "97530", 2, ("GO",))),
            mc(svc(D(2026, 1, 14), "97530", 3, ("GO",)), tpl="35.50", rm=("N4",)),
            mc(svc(D(2026, 1, 14), "97129", 1, ("GO",))),
            mc(svc(D(2026, 1, 21), "97530", 2, ("GO",))), mc(svc(D(2026, 1, 21), "97112", 1, ("GO", "59")))]),
        ("Wilhelmina Dacosta", "NA3308815", "TRL26012301190", "SPT-1984-C", [
            mc(svc(D(2026, 1, 9), "97760", 1, ("GO",), denied="CO"), reason="204", rm=("N425",)),
            mc(svc(D(2026, 1, 9), "L3807", 1, ("RT",), denied="CO"), reason="204", rm=("N425",))]),
    ]
    cols = [("Ln", 45, "l"), ("DOS", 58, "l"), ("Proc", 112, "l"), ("Mod", 146, "l"), ("Units", 200, "r"),
            ("Billed", 250, "r"), ("Allowed", 300, "r"), ("Paid", 350, "r"), ("Adj Code", 362, "l"),
            ("Adj Amt", 450, "r"), ("Remark", 462, "l"), ("Status", 512, "l")]
    lines, claims = [], []

    def furniture():
        doc.new_page()
        doc.font(12, True)
        doc.text(40, 42, "Tidewater Family Care Plan")
        doc.font(8)
        doc.text(40, 54, "Medicaid Managed Care  |  Provider Remittance Advice")
        doc.rtext(572, 42, "Payee: Seagrass Pediatric Therapy, LLC")
        doc.rtext(572, 54, "Payee ID 700218553   Check/EFT # E0063381   Paid 01/29/2026")
        doc.hline(40, 572, 62, 1)
        doc.font(7)
        doc.text(40, 774, "Questions about this remittance: Provider Services 1-866-555-0190, option 3.")
        doc.rtext(572, 774, f"Page {doc.page} of {npages}")
        return 82

    y = furniture()
    bottom = 750
    for mname, mno, clm, pcn, ss in cl:
        hgt = 48 + sum(3 + 9 * max(1, len(s.adjs)) for s in ss) + 8
        if y + hgt > bottom:
            y = furniture()
        doc.rect(40, y, 532, hgt)
        doc.rect(40, y, 532, 26, fill=0.9)
        doc.font(7.5, True)
        doc.text(46, y + 10, f"Member: {mname}")
        doc.text(250, y + 10, f"Member No.: {mno}")
        doc.text(400, y + 10, f"Claim No.: {clm}")
        doc.font(7.5)
        doc.text(46, y + 21, f"Pt Control No.: {pcn}")
        doc.text(250, y + 21, "Rendering: Seagrass Pediatric Therapy")
        doc.text(400, y + 21, "Bill type: professional")
        yy = y + 36
        doc.font(6.8, True)
        for a, x, al in cols:
            (doc.rtext if al == "r" else doc.text)(x, yy, a)
        doc.hline(40, 572, yy + 3, 0.4)
        yy += 12
        doc.font(6.8)
        for i, s in enumerate(ss, 1):
            a0 = s.adjs[0] if s.adjs else None
            status = "DENIED" if s.denied else "PAID"
            vals = [str(i), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), f"{s.units:.1f}", money(s.billed),
                    money(s.allowed), money(s.paid), f"{a0[0]}-{a0[1]}" if a0 else "",
                    money(a0[2]) if a0 else "", " ".join(s.remarks), status]
            for (a, x, al), v in zip(cols, vals):
                if v:
                    (doc.rtext if al == "r" else doc.text)(x, yy, v)
            for j, (g, c, am) in enumerate(s.adjs[1:], 1):
                doc.text(362, yy + 9 * j, f"{g}-{c}")
                doc.rtext(450, yy + 9 * j, money(am))
            lines.append(truth_line(doc.page, s, claim_id=pcn, payer_claim_id=clm, patient=mname,
                                    printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks,
                                    description=False, overrides={"units": units_str(s.units)}))
            yy += 9 * max(1, len(s.adjs)) + 3
            doc.hline(40, 572, yy - 8, 0.15)
        doc.font(6.8, True)
        doc.text(58, yy + 2, "Claim Totals")
        for at, x in (("billed", 250), ("allowed", 300), ("paid", 350)):
            doc.rtext(x, yy + 2, money(total(ss, at)))
        claims.append({"claim_id": pcn, "payer_claim_id": clm, "patient": mname,
                       "totals": {"billed": str(total(ss, "billed")), "allowed": str(total(ss, "allowed")),
                                  "paid": str(total(ss, "paid")), "patient_owes": None}})
        y += hgt + 14
    legend = [("N4", "Another insurer paid first; their payment was subtracted from ours."),
              ("N425", "This item is not a benefit of the member's Medicaid program.")]
    doc.font(8, True)
    doc.text(40, y, "Remark Code Descriptions")
    doc.font(7.5)
    for i, (c, t) in enumerate(legend):
        doc.text(40, y + 12 + 10 * i, f"{c}: {t}")
    pages = doc.finish()
    return pages, name, "fpdf2", lines, claims, legend, [], "Medicaid managed-care RA with boxed claim blocks"


FMT["k6"] = dict(money=lambda x: money(x), date=lambda d: dfmt(d, "mdy4"), code=lambda c, m: c,
                 mods=lambda m: " ".join(m), units=lambda u: f"{Decimal(u):.1f}", arith="adj",
                 adj=lambda g, c, a: [f"{g}-{c}", money(a)])


# ================================================================================================ k7
def k7(path: Path, npages: int):
    name = "k7"
    doc = Doc("reportlab", "LiberationMono")
    doc.start(path)
    st = PlanState(ded_left=q("45.00"))
    pts = [
        ("VALERIO, DESMOND", "4QX7TE2MW81", "THC-90412", "2226019338610", "1558201447", [
            svc(D(2026, 1, 5), "97163", 1, ("GP",)), svc(D(2026, 1, 5), "97110", 2, ("GP",)),
            svc(D(2026, 1, 7), "97110", 2, ("GP",)), svc(D(2026, 1, 7), "97140", 1, ("GP", "59")),
            svc(D(2026, 1, 9), "97112", 2, ("GP",)), svc(D(2026, 1, 9), "97110", 1, ("GP",))]),
        ("PRZYBYL, AGNETHA", "7HD2RF5KT03", "THC-90433", "2226019338644", "1558201447", [
            svc(D(2026, 1, 6), "97165", 1, ("GO",)), svc(D(2026, 1, 6), "97535", 2, ("GO",)),
            svc(D(2026, 1, 8), "97530", 3, ("GO", "KX")), svc(D(2026, 1, 8), "G0283", 1, ("GO",), denied="CO"),
            svc(D(2026, 1, 13), "97530", 2, ("GO", "CO")), svc(D(2026, 1, 13), "97535", 1, ("GO",)),
            svc(D(2026, 1, 15), "97530", 3, ("GO",)), svc(D(2026, 1, 15), "97112", 1, ("GO",)),
            svc(D(2026, 1, 20), "97530", 2, ("GO",)), svc(D(2026, 1, 20), "97535", 1, ("GO",))]),
        ("OYELARAN, THEO", "2MN8PL4WA66", "THC-90471", "2226019338702", "1558201447", [
            svc(D(2026, 1, 12), "92523", 1, ("GN",)), svc(D(2026, 1, 19), "92507", 1, ("GN",)),
            svc(D(2026, 1, 26), "92507", 1, ("GN",))]),
        ("GUTHRIE-MBEKI, ODALYS", "9TR3KC1ZQ40", "THC-90488", "2226019338733", "1558201447", [
            svc(D(2026, 1, 14), "97161", 1, ("GP",)), svc(D(2026, 1, 14), "97116", 2, ("GP",)),
            svc(D(2026, 1, 21), "97116", 2, ("GP", "CQ")), svc(D(2026, 1, 21), "97110", 2, ("GP",))]),
    ]
    for p in pts:
        stp = PlanState(ded_left=st.ded_left if p is pts[0] else ZERO)
        for s in p[5]:
            medicare(s, stp)
            if s.denied:
                s.remarks = ["N362"]
    hdr1 = "PERF PROV  SERV DATE   POS NOS PROC  MODS     BILLED  ALLOWED  DEDUCT   COINS GRP/RC-AMT     PROV PD"
    lines, claims = [], []
    X = 26

    def furniture():
        doc.new_page()
        doc.font(7.2)
        doc.text(X, 30, "MEDICARE PART B - SOUTHERN PLAINS JURISDICTION       MEDICARE REMITTANCE NOTICE")
        doc.text(X, 39, "ASH HOLLOW PO BOX 88120                              PROVIDER #: 0L41772")
        doc.text(X, 48, "TULLAMORE KS 66990                                   DATE: 01/29/26   CHECK/EFT #: 00771430")
        doc.text(X, 57, f"TRILLIUM HEALTH CENTER REHAB                          PAGE #: {doc.page} OF {npages}")
        doc.text(X, 70, hdr1)
        doc.text(X, 79, "-" * 104)
        doc.font(6.5)
        doc.text(X, 778, "Reprinted from TheraLedger PM 8.2 - remittance archive - for office use")
        doc.font(7.2)
        return 92

    y = furniture()
    bottom = 745
    for nm, hic, acnt, icn, perf, ss in pts:
        if y + 22 > bottom:
            y = furniture()
        doc.text(X, y, f"NAME {nm:<24} HIC {hic} ACNT {acnt}  ICN {icn} ASG Y MOA MA01")
        y += 10
        for s in ss:
            rows = max(1, len(s.adjs))
            if y + 9 * rows > bottom:
                y = furniture()
            g, c, a = s.adjs[0]
            dd = f"{s.dos:%m%d} {s.dos:%m%d%y}"
            row = (f"{perf:<10} {dd} {'11':>3} {units_str(s.units):>3} {s.code} {' '.join(s.mods):<6}"
                   f"{m2(s.billed):>9}{m2(s.allowed):>9}{m2(s.deductible):>8}{m2(s.coinsurance):>8} "
                   f"{g + '-' + c:<6}{m2(a):>8}{m2(s.paid):>9}")
            doc.text(X, y, row)
            pad = len(f"{perf:<10} {dd} {'11':>3} {'1':>3} {s.code} {'':<6}") + 9 + 9 + 8 + 8 + 1
            for j, (g2, c2, a2) in enumerate(s.adjs[1:], 1):
                doc.text(X, y + 9 * j, " " * pad + f"{g2 + '-' + c2:<6}{m2(a2):>8}")
            if s.remarks:
                doc.text(X, y + 9 * rows, f"{'':<10} REM: {' '.join(s.remarks)}")
                rows += 1
            lines.append(truth_line(doc.page, s, claim_id=acnt, payer_claim_id=icn, patient=nm,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks, description=False))
            y += 9 * rows
        adj_t = sum((a for s in ss for _g, _c, a in s.adjs), ZERO)
        doc.text(X, y, f"PT RESP {m2(total(ss, 'owes')):>9}        CLAIM TOTALS {m2(total(ss, 'billed')):>9}"
                       f"{m2(total(ss, 'allowed')):>9}{m2(total(ss, 'deductible')):>8}"
                       f"{m2(total(ss, 'coinsurance')):>8} {m2(adj_t):>14}{m2(total(ss, 'paid')):>9}")
        doc.text(X, y + 9, f"{'':>73}NET {m2(total(ss, 'paid')):>9}")
        claims.append({"claim_id": acnt, "payer_claim_id": icn, "patient": nm,
                       "totals": {"billed": str(total(ss, "billed")), "allowed": str(total(ss, "allowed")),
                                  "paid": str(total(ss, "paid")), "patient_owes": str(total(ss, "owes"))}})
        y += 24
    legend = [("N362", "The number of days or units of service exceeds what is acceptable.")]
    alls = [s for p in pts for s in p[5]]
    if y + 40 > bottom:
        y = furniture()
    doc.text(X, y, f"TOTALS: # OF CLAIMS {len(pts)}  BILLED AMT {m2(total(alls, 'billed'))}  "
                   f"ALLOWED AMT {m2(total(alls, 'allowed'))}  PROV PD AMT {m2(total(alls, 'paid'))}")
    doc.text(X, y + 14, "GLOSSARY: Group, Reason, MOA, Remark and Adjustment codes")
    doc.text(X, y + 23, f"{legend[0][0]}  {legend[0][1]}")
    pages = doc.finish()
    return pages, name, "reportlab", lines, claims, legend, [], "Medicare SPR reprinted by a PM system, mono"


FMT["k7"] = dict(money=m2, date=lambda d: f"{d:%m%d} {d:%m%d%y}", code=lambda c, m: " ".join([c] + m),
                 units=lambda u: u, arith="adj", adj=lambda g, c, a: [f"{g}-{c}", m2(a)])


# ================================================================================================ k8
def k8(path: Path, npages: int):
    name = "k8"
    doc = Doc("fpdf2", "LiberationSansNarrow", landscape=True, when=FIXED_WHEN)
    doc.start(path)
    mp = lambda x: money(x, ",", "()")  # noqa: E731
    st = PlanState()
    orig = [svc(D(2025, 12, 10), "97530", 2, ("GO",)), svc(D(2025, 12, 10), "97112", 1, ("GO",))]
    for s in orig:
        medicare(s, PlanState())
    rev = [negate(s) for s in orig]
    for s in rev:
        s.remarks = ["MA67"]
    corr = [svc(D(2025, 12, 10), "97530", 3, ("GO",)), svc(D(2025, 12, 10), "97112", 1, ("GO", "59"))]
    cl = [
        ("Lindqvist, Perpetua", "AHR11820", "552601270041", "1 - Processed as Primary", [
            svc(D(2026, 1, 5), "97166", 1, ("GO",)), svc(D(2026, 1, 5), "97535", 1, ("GO",)),
            svc(D(2026, 1, 12), "97530", 2, ("GO",)), svc(D(2026, 1, 12), "97140", 1, ("GO", "59"))]),
        ("Abernathy-Cole, Rufus", "AHR11804", "552601270038", "22 - Reversal of Previous Payment", rev),
        ("Abernathy-Cole, Rufus", "AHR11804", "552601270039", "1 - Processed as Primary", corr),
        ("Szalai, Henrietta", "AHR11857", "552601270077", "1 - Processed as Primary", [
            svc(D(2026, 1, 16), "92523", 1, ("GN",)), svc(D(2026, 1, 23), "92507", 1, ("GN",)),
            svc(D(2026, 1, 23), "97150", 1, ("GN",), denied="CO")]),
    ]
    for _n, _a, _c, stt, ss in cl:
        if ss is rev:
            continue
        for s in ss:
            medicare(s, st, deny_reason="96")
            if s.denied:
                s.remarks = ["N20"]
    cols = [("Svc Date", 34, "l"), ("Proc", 88, "l"), ("Mods", 120, "l"), ("Units", 175, "r"),
            ("Charge", 235, "r"), ("Allowed", 295, "r"), ("Deduct", 345, "r"), ("Coins", 395, "r"),
            ("Adj (Grp-Rsn Amt)", 405, "l"), ("Paid", 640, "r"), ("RARC", 652, "l"), ("", 762, "l")]
    lines, claims = [], []

    def furniture():
        doc.new_page()
        doc.rect(30, 24, 732, 30, fill=0.85, stroke=False)
        doc.font(13, True)
        doc.text(38, 44, "ClearPath Exchange  -  Payment Detail")
        doc.font(8)
        doc.rtext(754, 36, "Payer: Medicare Part B (Lakes Region MAC)   Payee: Aldous Hill Rehabilitation")
        doc.rtext(754, 47, "Trace # 1TRC-2601290551   Payment date 01/29/2026   Method: ACH")
        doc.font(7)
        doc.text(30, 592, "Generated from the payer's electronic remittance; layout by ClearPath Exchange.")
        doc.rtext(762, 592, f"Page {doc.page} of {npages}")
        return 72

    y = furniture()
    bottom = 570
    for nm, acct, clm, stt, ss in cl:
        h = 40 + 13 * len(ss) + 14
        if y + h > bottom:
            y = furniture()
        doc.rect(30, y, 732, 16, fill=0.93)
        doc.font(8, True)
        doc.text(34, y + 11, f"Patient: {nm}")
        doc.text(200, y + 11, f"Patient Ctrl #: {acct}")
        doc.text(340, y + 11, f"Payer Claim #: {clm}")
        doc.text(500, y + 11, f"Claim Status: {stt}")
        y += 28
        doc.font(7.5, True)
        for a, x, al in cols:
            (doc.rtext if al == "r" else doc.text)(x, y, a)
        y0 = y - 9
        doc.hline(30, 762, y + 3, 0.6)
        y += 13
        doc.font(7.5)
        for s in ss:
            adj = "  ".join(f"{g}-{c} {mp(a)}" for g, c, a in s.adjs)
            vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), mp(s.billed),
                    mp(s.allowed), mp(s.deductible), mp(s.coinsurance), adj, mp(s.paid), " ".join(s.remarks), ""]
            for (a, x, al), v in zip(cols, vals):
                if v:
                    (doc.rtext if al == "r" else doc.text)(x, y, v)
            doc.hline(30, 762, y + 3, 0.2)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=nm,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks, description=False))
            y += 13
        for x in (30, 762):
            doc.vline(x, y0, y - 10)
        doc.font(7.5, True)
        doc.text(88, y, "Claim totals")
        for at, x in (("billed", 235), ("allowed", 295), ("deductible", 345), ("coinsurance", 395), ("paid", 640)):
            doc.rtext(x, y, mp(total(ss, at)))
        doc.text(660, y, f"Pt Resp {mp(total(ss, 'owes'))}")
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": nm,
                       "totals": {"billed": str(total(ss, "billed")), "allowed": str(total(ss, "allowed")),
                                  "paid": str(total(ss, "paid")), "patient_owes": str(total(ss, "owes"))}})
        y += 24
    legend = [("MA67", "Correction to a prior claim."), ("N20", "Not paid separately when billed with the other service.")]
    alls = [s for c in cl for s in c[4]]
    if y + 50 > bottom:
        y = furniture()
    doc.rect(30, y, 732, 16, fill=0.85, stroke=False)
    doc.font(8, True)
    doc.text(34, y + 11, f"Payment summary:  Claims 4   Billed {mp(total(alls, 'billed'))}   Paid "
                         f"{mp(total(alls, 'paid'))}   Provider-level adjustments 0.00")
    doc.font(7.5)
    for i, (c, t) in enumerate(legend):
        doc.text(34, y + 30 + 10 * i, f"{c}  {t}")
    pages = doc.finish()
    return pages, name, "fpdf2", lines, claims, legend, [], "clearinghouse payment detail of a Medicare remit"


FMT["k8"] = dict(money=lambda x: money(x, ",", "()"), date=lambda d: dfmt(d, "mdy4"), code=lambda c, m: c,
                 mods=lambda m: " ".join(m), units=lambda u: u, arith="adj",
                 adj=lambda g, c, a: [f"{g}-{c}", money(a, ",", "()")])


# ================================================================================================ k9
def k9(path: Path, npages: int):
    name = "k9"
    doc = Doc("reportlab", "DejaVuSerif")
    doc.start(path)
    st = PlanState(ded_left=q("120.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    visits = [
        ("V-30112", "Ava Lindqvist-Moor", "PHP26-55103", [svc(D(2026, 1, 5), "97165", 1, ("GO",)),
                                                         svc(D(2026, 1, 5), "97530", 2, ("GO",))]),
        ("V-30127", "Ezra Lindqvist-Moor", "PHP26-55118", [svc(D(2026, 1, 6), "92523", 1, ("GN",)),
                                                          svc(D(2026, 1, 6), "92526", 1, ("GN",), denied="PR")]),
        ("V-30140", "Ava Lindqvist-Moor", "PHP26-55164", [svc(D(2026, 1, 12), "97530", 3, ("GO",)),
                                                         svc(D(2026, 1, 12), "97112", 1, ("GO", "59"))]),
        ("V-30151", "Juniper Lindqvist-Moor", "PHP26-55190", [svc(D(2026, 1, 13), "97161", 1, ("GP",)),
                                                             svc(D(2026, 1, 13), "97110", 2, ("GP",))]),
        ("V-30166", "Ezra Lindqvist-Moor", "PHP26-55207", [svc(D(2026, 1, 20), "92507", 1, ("GN",))]),
        ("V-30178", "Juniper Lindqvist-Moor", "PHP26-55231", [svc(D(2026, 1, 22), "97116", 2, ("GP",)),
                                                             svc(D(2026, 1, 22), "97140", 1, ("GP",))]),
    ]
    for _v, _p, _c, ss in visits:
        for s in ss:
            commercial(s, st)
    lines, claims = [], []
    alls = [s for v in visits for s in v[3]]
    pay = q("40.00")
    due = total(alls, "owes") - pay
    cols = [("Date", 36, "l"), ("Patient", 80, "l"), ("Service", 170, "l"), ("Code", 300, "l"), ("Units", 352, "r"),
            ("Charge", 402, "r"), ("Ins Paid", 452, "r"), ("Ins Adj", 502, "r"), ("Balance", 568, "r")]

    def furniture():
        doc.new_page()
        doc.font(13, True)
        doc.text(36, 46, "Little Harbor Kids Therapy")
        doc.font(8)
        doc.text(36, 58, "OT  -  PT  -  Speech  |  38 Tern Landing, Port Ellery, RI 02899")
        doc.text(36, 69, "Billing office 401-555-0117  |  littleharborkids.example")
        doc.font(7)
        doc.text(36, 778, "Balances are after your insurance has processed each visit. Thank you for trusting us with your family.")
        doc.rtext(576, 778, f"Page {doc.page} of {npages}")
        return 90

    y = furniture()
    # right sidebar / remit stub
    doc.rect(400, 30, 176, 130, fill=0.94)
    doc.font(9, True)
    doc.text(408, 46, "STATEMENT")
    doc.font(7.5)
    for i, t in enumerate(["Statement date: 02/02/26", "Account #: LHK-G-20417", "Guarantor: Maren Lindqvist-Moor",
                           "Insurance: Pinecrest Health Plan", "", "Amount due:", "", "Please pay by: 02/27/26"]):
        doc.text(408, 60 + 11 * i, t)
    doc.font(11, True)
    doc.text(408, 126, money(due))
    doc.font(8)
    doc.text(36, 100, "Maren Lindqvist-Moor")
    doc.text(36, 111, "905 Quarry Bend Rd")
    doc.text(36, 122, "Port Ellery, RI 02899")
    y = 180
    doc.font(7, True)
    doc.rect(36, y - 9, 540, 13, fill=0.85, stroke=False)
    for a, x, al in cols:
        (doc.rtext if al == "r" else doc.text)(x, y, a)
    y += 16
    bottom = 750
    for vno, pat, clm, ss in visits:
        doc.font(7, True)
        doc.text(36, y, f"Visit {vno}  -  {pat}  -  billed to Pinecrest Health Plan, claim {clm}")
        y += 11
        doc.font(7)
        for s in ss:
            vals = [dfmt(s.dos, "mdy2"), pat.split()[0], s.desc[:30], s.code + "".join(s.mods), units_str(s.units),
                    m2(s.billed), m2(s.paid), m2(s.discount), m2(s.owes)]
            for (a, x, al), v in zip(cols, vals):
                (doc.rtext if al == "r" else doc.text)(x, y, v)
            lines.append(truth_line(doc.page, s, claim_id=vno, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "paid", "discount", "patient_owes"),
                                    description=s.desc[:30] == s.desc))
            y += 11
        doc.font(7, True)
        doc.rtext(502, y, "Visit balance")
        doc.rtext(568, y, m2(total(ss, "owes")))
        doc.rtext(402, y, m2(total(ss, "billed")))
        claims.append({"claim_id": vno, "payer_claim_id": clm, "patient": pat,
                       "totals": {"billed": str(total(ss, "billed")), "allowed": None, "paid": None,
                                  "patient_owes": str(total(ss, "owes"))}})
        doc.hline(36, 576, y + 4, 0.3)
        y += 16
    doc.font(7)
    doc.text(36, y, "01/26/26   Payment received - thank you (check 4418)")
    doc.rtext(568, y, money(-pay, ","))
    y += 14
    doc.font(8.5, True)
    doc.text(300, y, "Account balance due")
    doc.rtext(568, y, money(due))
    pages = doc.finish()
    return pages, name, "reportlab", lines, claims, [], [], "pediatric therapy family statement, three children"


FMT["k9"] = dict(money=m2, date=lambda d: dfmt(d, "mdy2"), code=lambda c, m: c + "".join(m), units=lambda u: u,
                 arith="stmt", first_name=True)


# ================================================================================================ k10
def k10(path: Path, npages: int):
    name = "k10"
    doc = Doc("fpdf2", "Times", when=FIXED_WHEN)
    doc.start(path)
    REV = {"92523": "0444", "92507": "0440", "92526": "0440", "97165": "0434", "97166": "0434", "97530": "0430",
           "97535": "0430", "97110": "0420", "97112": "0420", "97140": "0420", "97161": "0424", "97116": "0420",
           "97168": "0434", "G0283": "0420"}
    accts = [
        ("Oskar Solberg-Achebe", "HA60044837", "NW2601-338175", [
            svc(D(2026, 1, 7), "92523", 1, ("GN",)), svc(D(2026, 1, 14), "92507", 1, ("GN",)),
            svc(D(2026, 1, 21), "92507", 1, ("GN",)), svc(D(2026, 1, 28), "92526", 1, ("GN",))]),
        ("Femi Solberg-Achebe", "HA60044851", "NW2601-338190", [
            svc(D(2026, 1, 9), "97166", 1, ("GO",)), svc(D(2026, 1, 16), "97530", 3, ("GO",)),
            svc(D(2026, 1, 16), "97535", 1, ("GO",)), svc(D(2026, 1, 23), "97530", 2, ("GO",))]),
        ("Ingrid Solberg-Achebe", "HA60044812", "NW2601-338120", [
            svc(D(2026, 1, 5), "97161", 1, ("GP",)), svc(D(2026, 1, 5), "97110", 2, ("GP",)),
            svc(D(2026, 1, 8), "97110", 2, ("GP",)), svc(D(2026, 1, 8), "97140", 1, ("GP",)),
            svc(D(2026, 1, 12), "97112", 2, ("GP",)), svc(D(2026, 1, 12), "G0283", 1, ("GP",)),
            svc(D(2026, 1, 15), "97110", 3, ("GP",)), svc(D(2026, 1, 15), "97116", 1, ("GP",)),
            svc(D(2026, 1, 19), "97110", 2, ("GP",)), svc(D(2026, 1, 19), "97140", 2, ("GP", "59")),
            svc(D(2026, 1, 22), "97112", 2, ("GP",)), svc(D(2026, 1, 22), "97110", 2, ("GP",)),
            svc(D(2026, 1, 26), "97110", 2, ("GP",)), svc(D(2026, 1, 26), "97116", 2, ("GP",)),
            svc(D(2026, 1, 29), "97110", 2, ("GP",)), svc(D(2026, 1, 29), "97112", 1, ("GP",)),
            svc(D(2026, 1, 29), "97140", 1, ("GP", "59")), svc(D(2026, 1, 30), "97110", 2, ("GP",))]),
    ]
    st = PlanState(ded_left=q("250.00"), allowed_rate=Decimal("0.70"))
    for _p, _a, _c, ss in accts:
        for s in ss:
            commercial(s, st)
    cols = [("Rev Code", 50, "l"), ("Date", 96, "l"), ("Description", 150, "l"), ("CPT/HCPCS", 370, "l"),
            ("Mod", 420, "l"), ("Qty", 480, "r"), ("Charges", 556, "r")]
    lines, claims = [], []

    def furniture():
        doc.new_page()
        doc.font(15, True)
        doc.text(50, 48, "Northwind Valley Hospital")
        doc.font(9)
        doc.text(50, 61, "Patient Financial Services  -  1200 Harrier Pkwy, Eastmere, WA 98999")
        doc.rtext(562, 48, "GUARANTOR STATEMENT")
        doc.rtext(562, 61, "Guarantor: Ingrid Solberg-Achebe   Guarantor No. G-7719043")
        doc.hline(50, 562, 68, 1)
        doc.font(8)
        doc.text(50, 772, "Financial assistance may be available. Ask us: 1-855-555-0199. Statement date 02/02/2026.")
        doc.rtext(562, 772, f"Page {doc.page} of {npages}")
        return 90

    def head(y):
        doc.font(8.5, True)
        for a, x, al in cols:
            (doc.rtext if al == "r" else doc.text)(x, y, a)
        doc.hline(50, 562, y + 3, 0.5)
        return y + 14

    y = furniture()
    alls = [s for a in accts for s in a[3]]
    doc.rect(50, y, 512, 120)
    doc.font(9, True)
    doc.text(58, y + 14, "Please detach and return this portion with your payment")
    doc.font(9)
    for i, (k, v) in enumerate([("Guarantor No.", "G-7719043"), ("Statement date", "02/02/2026"),
                                ("Payment due by", "02/27/2026"), ("Amount due", money(total(alls, "owes"))),
                                ("Amount enclosed", "$____________")]):
        doc.text(58, y + 32 + 14 * i, k)
        doc.text(160, y + 32 + 14 * i, v)
    doc.text(340, y + 32, "Make checks payable to:")
    doc.text(340, y + 46, "Northwind Valley Hospital")
    doc.text(340, y + 60, "PO Box 7740, Eastmere, WA 98998")
    doc.text(340, y + 88, "Pay online: northwindvalley.example/pay")
    y += 128
    doc.hline(50, 562, y, 0.3)
    doc.font(8)
    doc.text(50, y + 14, "Your insurance has processed the accounts below. Amounts shown as your responsibility are now due.")
    y += 34
    bottom = 745
    for pat, ha, clm, ss in accts:
        if y + 90 > bottom:
            y = furniture()
        doc.rect(50, y, 512, 28, fill=0.92)
        doc.font(9.5, True)
        doc.text(56, y + 11, f"Patient: {pat}     Hospital Account No. {ha}")
        doc.font(9)
        doc.text(56, y + 23, f"Outpatient rehabilitation  |  Insurance: Northwest Mutual Health  |  Claim No. {clm}")
        y = head(y + 42)
        doc.font(9)
        for s in ss:
            if y + 12 > bottom:
                y = furniture()
                doc.font(9.5, True)
                doc.text(50, y, f"Patient: {pat}  Hospital Account No. {ha}  (continued)")
                y = head(y + 14)
                doc.font(9)
            vals = [REV[s.code], dfmt(s.dos, "mdy4"), s.desc, s.code, " ".join(s.mods), units_str(s.units),
                    m2(s.billed)]
            for (a, x, al), v in zip(cols, vals):
                if v:
                    (doc.rtext if al == "r" else doc.text)(x, y, v)
            lines.append(truth_line(doc.page, s, claim_id=ha, payer_claim_id=clm, patient=pat, printed=("billed",)))
            y += 13
        ins_p, ins_a = total(ss, "paid"), total(ss, "discount")
        rows = [("Total charges", m2(total(ss, "billed"))),
                ("01/30/2026  Insurance payment - Northwest Mutual Health", money(-ins_p, ",")),
                ("01/30/2026  Contractual adjustment", money(-ins_a, ",")),
                ("Account balance (your responsibility)", m2(total(ss, "owes")))]
        doc.hline(400, 562, y - 8, 0.4)
        for i, (t, v) in enumerate(rows):
            if y + 12 > bottom:
                y = furniture()
            doc.font(9, i in (0, 3))
            doc.text(150, y, t)
            doc.rtext(556, y, v)
            y += 12
        claims.append({"claim_id": ha, "payer_claim_id": clm, "patient": pat,
                       "totals": {"billed": str(total(ss, "billed")), "allowed": None, "paid": None,
                                  "patient_owes": None}})
        y += 16
    alls = [s for a in accts for s in a[3]]
    doc.font(10, True)
    doc.text(150, y, "Amount due from guarantor")
    doc.rtext(556, y, money(total(alls, "owes")))
    pages = doc.finish()
    return pages, name, "fpdf2", lines, claims, [], [], "hospital guarantor statement, itemized rehab accounts"


FMT["k10"] = dict(money=m2, date=lambda d: dfmt(d, "mdy4"), code=lambda c, m: c, mods=lambda m: " ".join(m),
                  units=lambda u: u, arith=None)

LAYOUTS = [k1, k2, k3, k4, k5, k6, k7, k8, k9, k10]


# ============================================================================================== main
def write_all(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for fn in LAYOUTS:
        p = out / f"h216_{fn.__name__}.pdf"
        pages, name, producer, lines, claims, legend, findings, desc = build(p, fn)
        write_truth(p, name, producer, pages, desc, lines, claims, legend, findings)
        paths.append(p)
    return paths


def _text_lines(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        for r in rows:
            if abs(r[0] - w["top"]) < 2.5:
                r[1].append(w)
                break
        else:
            rows.append([w["top"], [w]])
    rows.sort(key=lambda r: r[0])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def _has(text: str, tok: str) -> bool:
    return re.search(r"(?<![\w.,$])" + re.escape(tok) + r"(?!\w|[.,]\d)", text) is not None


def check(paths: list[Path]) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    continued = 0
    for p in paths:
        t = json.loads(Path(str(p) + ".truth.json").read_text())
        f = FMT[t["layout"]]
        with pdfplumber.open(p) as pdf:
            if len(pdf.pages) != t["pages"]:
                errs.append(f"{p.name}: pages {len(pdf.pages)} != {t['pages']}")
            plines = [_text_lines(pg) for pg in pdf.pages]
        doc_text = "\n".join("\n".join(x) for x in plines)
        pos = {i: 0 for i in range(len(plines))}
        keys_pages: dict = {}
        for n, ln in enumerate(t["lines"]):
            pg = ln["page"] - 1
            keys_pages.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(pg)
            toks = [f["date"](date.fromisoformat(ln["service_date"])), f["code"](ln["code"], ln["modifiers"])]
            if "mods" in f and ln["modifiers"]:
                toks.append(f["mods"](ln["modifiers"]))
            if f["units"]:
                if ln["units"] is None:
                    errs.append(f"{p.name} line {n}: units printed but null")
                else:
                    toks.append(f["units"](ln["units"]))
            elif ln["units"] is not None:
                errs.append(f"{p.name} line {n}: units not printed but {ln['units']}")
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None:
                    toks.append(f["money"](Decimal(ln[k])))
            found = None
            for i in range(pos[pg], len(plines[pg])):
                if all(_has(plines[pg][i], tk) for tk in toks):
                    found = i
                    break
            if found is None:
                errs.append(f"{p.name} line {n} p{pg + 1}: no text line holds {toks}")
                continue
            pos[pg] = found + 1
            block = "\n".join(plines[pg][found:found + 4])
            for g, c, a in ln["adjustments"]:
                for tk in f["adj"](g, c, Decimal(a)):
                    if not _has(block, tk):
                        errs.append(f"{p.name} line {n}: adjustment token {tk!r} not in row block")
            for r in ln["remarks"]:
                if not _has(block, r):
                    errs.append(f"{p.name} line {n}: remark {r} not in row block")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in doc_text:
                    errs.append(f"{p.name} line {n}: {k} {ln[k]!r} not in document text")
            if ln["description"] and " ".join(ln["description"].split()) not in "\n".join(plines[pg]):
                errs.append(f"{p.name} line {n}: description not on page")
            # arithmetic
            v = {k: Decimal(ln[k]) if ln[k] is not None else ZERO for k in
                 ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
                  "discount")}
            if f["arith"] == "adj":
                s = sum((Decimal(a) for _g, _c, a in ln["adjustments"]), ZERO)
                if v["billed"] - s != v["paid"]:
                    errs.append(f"{p.name} line {n}: billed - adjustments != paid")
            elif f["arith"] == "member":
                if v["billed"] - v["discount"] - v["not_covered"] - v["deductible"] - v["copay"] - v["coinsurance"] \
                        != v["paid"] and ln["discount"] is not None:
                    errs.append(f"{p.name} line {n}: member arithmetic")
                if ln["allowed"] is not None and ln["not_covered"] is None and \
                        v["allowed"] - v["deductible"] - v["copay"] - v["coinsurance"] != v["paid"]:
                    errs.append(f"{p.name} line {n}: allowed arithmetic")
            elif f["arith"] == "stmt":
                if v["billed"] - v["paid"] - v["discount"] != v["patient_owes"]:
                    errs.append(f"{p.name} line {n}: statement arithmetic")
        cont = [k for k, s in keys_pages.items() if len(s) > 1]
        continued += bool(cont)
        if len({ln["patient"] for ln in t["lines"]}) < 2 and not f.get("one_person"):
            errs.append(f"{p.name}: fewer than two patients")
        for c in t["claims"]:
            mine = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"]) ==
                    (c["claim_id"], c["payer_claim_id"])]
            if not mine:
                errs.append(f"{p.name}: claim {c['payer_claim_id']} has no lines")
            for k, tv in c["totals"].items():
                if tv is None:
                    continue
                if not _has(doc_text, f["money"](Decimal(tv))):
                    errs.append(f"{p.name}: claim total {tv} not printed")
                if all(ln[k] is None for ln in mine):
                    continue  # printed at claim level only
                ssum = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), ZERO)
                planted = any(str(c["payer_claim_id"]) in e or str(c["claim_id"]) in e for e in t["expected_findings"])
                if (ssum != Decimal(tv)) != planted:
                    errs.append(f"{p.name}: claim {c['payer_claim_id']} {k} total {tv} vs lines {ssum}")
        print(f"{p.name}: {t['producer']:9} pages={t['pages']} lines={len(t['lines'])} claims={len(t['claims'])} continued={cont}")
    if continued < 3:
        errs.append(f"only {continued} files carry a claim continuing onto the next page")
    print(f"files with a claim continuing across pages: {continued}")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if args:
        out = Path(args[0]).resolve()
    else:
        import tempfile
        out = Path(tempfile.mkdtemp(prefix="heldout216_"))
    if (REPO / "samples").resolve() in [out, *out.parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    paths = write_all(out)
    print(f"wrote {len(paths)} PDFs to {out}")
    if "--check" in argv:
        errs = check(paths)
        for e in errs:
            print("CHECK FAIL:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
