"""Write the HELD-OUT set 201 of synthetic PDF EOB layouts (with truth files) into a folder: ten documents, two
of each of the five commonest real kinds, each in a house style of its own, for one honest measurement of the
PDF reader on layouts nobody developing it has seen.

Run:  python bench/heldout201/make_heldout201_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout201/make_heldout201_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; `<name>.pdf.truth.json`), printed values only,
null for what a layout does not print (units null where no quantity is printed; modifiers [] where none are
printed); claim_id = the provider's own account / patient-control / visit number, payer_claim_id = the
payer's claim number / ICN / TCN, patient exactly as printed (the person who got the service, never the
guarantor or subscriber unless the same person). Adjustments are recorded only where printed with a group and
reason (amount null where the page prints the code without an amount). Statement "Insurance Paid" / payment
columns are printed unsigned and recorded as positive paid amounts. Every name, number, payer, provider,
address and ID is invented; descriptions are our own words. Deterministic output (reportlab invariant=1,
fpdf2 fixed creation date, no randomness). Helper: kit201.py (drawing over both producers, self-check).

Layouts:
  01  commercial member EOB for a family (reportlab, DejaVu Sans, portrait): deductible progress per member, message
      box, boxed claim headings "Claim for: / Provider: / Claim number:" + "Patient account no.", 12 columns
      "Amount billed / Plan discount / Allowed amount / Not covered / Deductible / Copay / Coinsurance / Plan
      paid / Your share / Notes", "97530 GO" with the description on a second line, no units, a claim running
      onto page 2 under a repeated header with "(continued)", a non-covered line, note letters legend
  02  commercial member EOB, landscape with a grey left sidebar on every page (fpdf2, Liberation Serif): sidebar
      text shares baselines with table rows, "Amount Charged / Member Savings / Amount Not Covered / Applied to
      Deductible / Copay / Coinsurance / Paid to Provider / Your Cost / Reason Code", glued "97140-GO-59",
      "L3807-RT", Qty, wrapped long descriptions, per-visit copay, denials; PLANTED Your Cost total mismatch
  03  Medicare Advantage (HMO) member EOB (reportlab, Liberation Sans): monthly summary box, per-claim "Claim
      number" + received/status line, "Provider's charge / Plan's approved / Plan's share / Your share / See
      note", service as "Gait training (97116)" (no modifiers, no units), "1/5/2026" dates, one member, 14-visit
      claim, second claim split across the page break with a repeated shaded header
  04  Medicare Summary Notice Part B (fpdf2, DejaVu Serif): page-1 notice (deductible status, Total You May Be
      Billed), claim pages grouped by visit date + provider + "Referred by" + "Claim Number", "Service Provided &
      Billing Code / Amount Provider Charged / Medicare-Approved Amount / Medicare Paid Provider / Maximum You May
      Be Billed / See Notes Below", date-prefixed services with code in parentheses, no units/modifiers, claim
      continued on page 3, notes A/B/C
  05  state Medicaid RA, mainframe print (fpdf2, core Courier, landscape): upper-case fixed-width lines, status
      sections PAID / DENIED / ADJUSTED (original credited with minus amounts, replacement claim), RECIPIENT /
      RECIP ID / ICN / PAT ACCT NO heading line, MMDDYY from/thru, units "2.00", "CO-45 174.45" on the row, state
      EOB codes, page header repeated and a claim continued "(CONTINUED)", payment summary, EOB messages
  06  state Medicaid RA, boxed grid (reportlab, core Helvetica): boxed member / Medicaid ID / TCN / Pt Acct #
      headings, grid "Ln / Svc From / Svc To / Proc / Mod / Units / Billed / Allowed / TPL / Copay / Paid / St /
      ARC / EOB", ARC as codes without amounts, member copay, other-insurance (TPL) line, denied claim, a voided
      claim with leading-minus amounts
  07  Medicare-style standard paper remit printed by a clearinghouse from an 835 (reportlab, Courier): "NAME / HIC /
      ACNT / ICN / ASG / MOA" claim lines, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS
      GRP/RC-AMT PROV PD", "0105 010526" dates, further adjustments stacked beneath the row, PT RESP / CLAIM
      TOTALS / NET, a claim continued on the next page under the page header only, glossary
  08  practice-management "Remittance Detail Report" (fpdf2, Liberation Sans Narrow, landscape): patient heading
      rows with Acct# / Payer Claim# / Status, "DOS / CPT/HCPCS / Mod / Units / Charge / Allowed / Deductible /
      Coinsurance / Adjustments (group-reason: amount) / Payment / Pt Resp / Remark", CO adjustments only in the
      adjustment cell (PR shown as deductible/coinsurance), reversal in parentheses + corrected claim, subtotals
  09  therapy clinic family statement (reportlab, Liberation Serif): tear-off remittance stub, guarantor with three
      children, "Visit V-..." rows then "Date / Patient / Description / CPT / Mod / Units / Charges / Insurance
      Paid / Adjustments / Balance", truncated descriptions, "Filed to ..., claim #..." line per visit, patient
      payment row, totals and aging boxes (claim totals not printed per visit)
  10  hospital guarantor statement with a right sidebar (fpdf2, DejaVu Sans Condensed): accounts per family member
      "Patient: ... Account ...", "Date / Rev / CPT/HCPCS / Description / Qty / Charges" (only charges per line),
      account summary rows (insurance payment with claim number, contractual allowance, patient balance), one
      account paid by Medicaid (ICN), two by a commercial plan

The self-check (--check) tests the factory, not the reader: for every truth line, the date, code (as the layout
writes it with its modifiers), units and every printed amount and inline remark appear together on ONE text line
of the line's page (pdfplumber text layer), and its printed adjustments within that row's block; ids, patients
and descriptions appear in the document's text; page counts match; the documents' own arithmetic holds (billed
- discount - not covered = allowed and allowed - deductible - copay - coinsurance = paid where printed; billed -
adjustments (- printed patient shares in 08) = paid where every adjustment is printed with its amount); every
printed claim total is in the text and equals the sum of its lines unless it is the planted expected finding,
and the planted finding really is off; a second build is byte-identical.
"""
from __future__ import annotations

import argparse
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "samples" / "pdf"))

import eobgen  # noqa: E402
from eobgen import (  # noqa: E402
    FIXED_WHEN,
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
from kit201 import Cols, Doc, Flow, check_file, wrap  # noqa: E402

# a few services the shared charge master lacks (invented charges / fee amounts, our own words)
eobgen.FEE.update({"97533": "98.00", "97162": "240.00", "97018": "30.00", "97542": "60.00"})
eobgen.SCHED.update({"97533": "38.12", "97162": "101.12", "97018": "6.43", "97542": "21.90"})
eobgen.DESC.update({"97533": "Sensory integration activities", "97162": "PT evaluation, moderate complexity",
                    "97018": "Paraffin bath", "97542": "Wheelchair management training"})


def D(m, d):
    return date(2026, m, d)


def iso(s, style):
    return dfmt(date.fromisoformat(s), style)


class C:
    def __init__(self, cid, pcn, patient, svcs, **kw):
        self.cid, self.pcn, self.patient, self.svcs = cid, pcn, patient, svcs
        self.__dict__.update(kw)


class Rec:
    def __init__(self):
        self.lines, self.claims = [], []

    def line(self, d, s, c, printed, **kw):
        self.lines.append(truth_line(d.pages, s, claim_id=c.cid, payer_claim_id=c.pcn, patient=c.patient,
                                     printed=printed, **kw))

    def claim(self, c, **tot):
        self.claims.append({"claim_id": c.cid, "payer_claim_id": c.pcn, "patient": c.patient,
                            "totals": claim_totals(**tot)})


def spec(date_fn, code_fn, units_fn, money_fn, printed, remarks_inline=True, adj_fn=None, **kw):
    def tokens(ln):
        same = [date_fn(ln)]
        if ln["code"]:
            same.append(code_fn(ln["code"], ln["modifiers"]))
        if ln["units"] is not None and units_fn:
            same.append(units_fn(ln["units"]))
        for k in printed:
            if ln[k] is not None:
                same.append(money_fn(Decimal(ln[k])))
        blk = [adj_fn(*a) for a in ln["adjustments"]] if adj_fn else []
        (same if remarks_inline else blk).extend(ln["remarks"])
        return same, blk
    return dict(tokens=tokens, money=money_fn, **kw)


def twice(fn, out):
    """Render once to count pages, then again with 'Page n of N' right."""
    n = fn(out, None)
    n2 = fn(out, n)
    assert n == n2
    return n


def S(dos, code, units, mods=(), **kw):
    return Svc(dos, code, Decimal(units), tuple(mods), **kw)


# ================================================================ 01 commercial member EOB (reportlab)
def l01(out, npages):
    name = "h201_01_commercial_member_eob.pdf"
    d = Doc("rl", out / name, "DejaVuSans")
    rec = Rec()
    pr = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
          "patient_owes")
    m = lambda v: money(v, "$")  # noqa: E731
    st_dario = PlanState(ded_left=q(150), allowed_rate=Decimal("0.78"))
    st_pia = PlanState(ded_left=q(60), allowed_rate=Decimal("0.78"), coins_rate=Decimal("0.10"))
    st_mar = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.74"), copay_codes={"99213": q(25)})

    def notes(s):
        r = []
        if s.denied:
            return ["D"]
        if s.discount:
            r.append("A")
        if s.deductible:
            r.append("B")
        if s.copay:
            r.append("C")
        return r
    claims = [
        C("KPT-300612", "TC26-0109-5521047", "Dario Osei", [commercial(s, st_dario) for s in [
            S(D(1, 7), "97161", 1, ("GP",)), S(D(1, 7), "97110", 2, ("GP",)), S(D(1, 7), "97140", 1, ("GP", "59")),
            S(D(1, 9), "97110", 2, ("GP",)), S(D(1, 9), "97112", 1, ("GP",)),
            S(D(1, 9), "97018", 1, ("GP",), denied="PR")]], prov="Kingfisher Physical Therapy LLC"),
        C("BH-40917", "TC26-0123-5530882", "Pia Osei", [commercial(s, st_pia) for s in [
            S(D(1, 5), "97165", 1, ("GO",)), S(D(1, 8), "97530", 2, ("GO",)), S(D(1, 8), "97533", 1, ("GO",)),
            S(D(1, 12), "97530", 3, ("GO",)), S(D(1, 12), "97112", 1, ("GO", "59")),
            S(D(1, 15), "97530", 2, ("GO",)), S(D(1, 15), "97535", 1, ("GO",)),
            S(D(1, 19), "97530", 2, ("GO",)), S(D(1, 19), "97533", 2, ("GO",)),
            S(D(1, 22), "97168", 1, ("GO",)), S(D(1, 22), "97530", 2, ("GO",)),
            S(D(1, 22), "97542", 1, ("GO",), denied="CO")]], prov="Bright Harbor Pediatric Therapy"),
        C("CRF-77810", "TC26-0126-5533410", "Marguerite Osei", [commercial(s, st_mar) for s in [
            S(D(1, 14), "99213", 1), S(D(1, 14), "G0283", 1, ("GP",))]], prov="Cedar Row Family Medicine"),
    ]
    X = [36, 80, 176, 214, 252, 290, 327, 362, 400, 440, 480, 530, 560]
    cols = Cols([(X[0], "L"), (X[1], "L")] + [(x, "R") for x in X[2:11]] + [(X[11], "L")])
    heads = ["Date of", "Service", "Amount", "Plan", "Allowed", "Not", "Deduct-", "Copay", "Coin-", "Plan",
             "Your", "Notes"]
    heads2 = ["service", "(code, modifier)", "billed", "discount", "amount", "covered", "ible", "", "surance",
              "paid", "share", ""]

    def page_top(pg):
        d.text(36, 40, "TIDEWATER CREST", 15, True)
        d.text(36, 52, "HEALTH PLAN", 9, True)
        d.text(576, 40, "Explanation of Benefits", 12, True, "R")
        d.text(576, 52, "THIS IS NOT A BILL", 8, True, "R")
        d.hline(36, 576, 58, 1.2)
        if npages:
            d.text(576, 770, f"Page {pg} of {npages}", 7, False, "R")
        d.text(36, 770, "Member ID TCX 448201 03  |  Statement date February 9, 2026", 7)

    def col_head(y):
        d.rect(36, y - 9, 540, 20, 0.4, fill=0.88)
        cols.draw(d, y, heads, 6.5, True)
        cols.draw(d, y + 8, heads2, 6.5, True)
        return y + 20

    def brk(f):
        d.page()
        page_top(d.pages)
        f.y = 80
    page_top(1)
    d.text(36, 80, "Marguerite Osei", 9)
    d.text(36, 91, "2280 Saltmarsh Lane Apt 4", 9)
    d.text(36, 102, "Port Venner, VA 23911-0472", 9)
    d.rect(340, 70, 236, 62)
    for i, (a, b) in enumerate([("Subscriber", "Marguerite Osei"), ("Member ID", "TCX 448201 03"),
                                ("Group", "Saltmarsh Growers Cooperative 55102"), ("Plan", "Choice PPO 1500"),
                                ("Statement date", "February 9, 2026")]):
        d.text(346, 81 + i * 11, a, 7, True)
        d.text(420, 81 + i * 11, b, 7)
    d.text(36, 150, "Your family's deductible and out-of-pocket progress (in-network, plan year 2026)", 8, True)
    fam = [("Marguerite Osei", "$500.00", "$500.00"), ("Dario Osei", "$500.00", "$350.00"),
           ("Pia Osei", "$500.00", "$440.00")]
    for i, (n, a, b) in enumerate(fam):
        d.text(46, 162 + i * 10, n, 7)
        d.text(170, 162 + i * 10, f"Deductible {a}", 7)
        d.text(270, 162 + i * 10, f"Remaining {b}", 7)
    d.rect(36, 198, 540, 40, 0.5, fill=0.95)
    d.text(44, 210, "Good to know: preventive care visits are covered at no cost to you when you see an in-network", 7.5)
    d.text(44, 220, "provider. Sign in to your member account to see claims, track your deductible and print ID cards.", 7.5)
    d.text(44, 230, "Questions about this statement? Call Member Services at 1-800-555-0148 (TTY 711), 8 a.m. - 8 p.m.", 7.5)
    d.text(36, 256, "Claims processed for your family since your last statement", 9, True)
    f = Flow(d, 740, brk)
    f.y = 276
    tot_owe = ZERO
    for c in claims:
        f.need(60)
        d.rect(36, f.y - 9, 540, 24, 0.6)
        d.text(40, f.y, f"Claim for: {c.patient}", 8, True)
        d.text(200, f.y, f"Provider: {c.prov}", 7.5)
        d.text(420, f.y, f"Claim number: {c.pcn}", 7.5)
        d.text(40, f.y + 10, f"Patient account no. {c.cid}   Network status: In-network   Processed 02/03/2026", 7)
        f.y += 28
        f.y = col_head(f.y)
        for s in c.svcs:
            if f.need(22):
                d.text(40, f.y, f"Claim for: {c.patient}  -  claim number {c.pcn} (continued)", 8, True)
                f.y = col_head(f.y + 14)
            nt = notes(s)
            cols.draw(d, f.y, [dfmt(s.dos, "mdy2"), " ".join((s.code,) + s.mods), m(s.billed), m(s.discount),
                               m(s.allowed), m(s.not_covered), m(s.deductible), m(s.copay), m(s.coinsurance),
                               m(s.paid), m(s.owes), " ".join(nt)])
            d.text(X[1], f.y + 8.5, s.desc, 6.3)
            rec.line(d, s, c, pr, units=False, remarks=nt)
            f.y += 21
        f.need(16)
        d.hline(36, 576, f.y - 8, 0.4)
        v = [total(c.svcs, a) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                         "coinsurance", "paid", "owes")]
        cols.draw(d, f.y, ["Claim total", ""] + [m(x) for x in v] + [""], 7, True)
        rec.claim(c, billed=v[0], allowed=v[2], paid=v[7], patient_owes=v[8])
        tot_owe += v[8]
        f.y += 22
    f.need(90)
    d.text(36, f.y, f"Total of your share for all claims on this statement: {m(tot_owe)}", 8.5, True)
    f.y += 16
    legend = [("A", "Your provider agreed to accept the plan's rate; you do not owe the difference."),
              ("B", "This amount was applied to the patient's deductible."),
              ("C", "A fixed copay applies to this service under your plan."),
              ("D", "Not a covered benefit under this plan; see your plan booklet.")]
    d.text(36, f.y, "Notes", 8, True)
    for k, t in legend:
        f.y += 10
        d.text(40, f.y, k, 7, True)
        d.text(52, f.y, t, 7)
    d.save()
    if npages:
        write_truth(out / name, "h201_01", "reportlab", d.pages, "commercial member EOB, family", rec.lines,
                    rec.claims, legend)
    return d.pages


SPEC01 = spec(lambda ln: iso(ln["service_date"], "mdy2"), lambda c, ms: " ".join([c] + ms), None,
              lambda v: money(v, "$"), ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                         "coinsurance", "paid", "patient_owes"), cost_share=True, discount=True)


# ================================================================ 02 commercial member EOB, landscape with sidebar (fpdf2)
def l02(out, npages):
    name = "h201_02_commercial_member_eob_sidebar.pdf"
    d = Doc("fp", out / name, "LiberationSerif", land=True, fixed_when=FIXED_WHEN)
    rec = Rec()
    pr = ("billed", "discount", "not_covered", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    m = lambda v: money(v, ",")  # noqa: E731
    st_theo = PlanState(ded_left=q(0), allowed_rate=Decimal("0.71"), visit_copay=q(35))
    st_ines = PlanState(ded_left=q(200), allowed_rate=Decimal("0.69"), coins_rate=Decimal("0.25"))
    st_ros = PlanState(ded_left=q(0), allowed_rate=Decimal("0.80"), coins_rate=Decimal("0.20"))
    claims = [
        C("0000418822", "NG-20260112-0071", "Theo Achterberg", [commercial(s, st_theo, "N14") for s in [
            S(D(1, 6), "92523", 1, ("GN",)), S(D(1, 13), "92507", 1, ("GN",)), S(D(1, 20), "92507", 1, ("GN",)),
            S(D(1, 27), "92507", 1, ("GN",)), S(D(1, 27), "92526", 1, ("GN",), denied="PR")]],
          prov="Linden Fork Speech & Language Center"),
        C("PH-2026-00931", "NG-20260116-0408", "Ines Achterberg", [commercial(s, st_ines) for s in [
            S(D(1, 8), "97166", 1, ("GO",)), S(D(1, 8), "97760", 1, ("GO",), desc=eobgen.LONG_DESC["97760"]),
            S(D(1, 8), "L3807", 1, ("RT",), desc=eobgen.LONG_DESC["L3807"]),
            S(D(1, 15), "97140", 2, ("GO", "59")), S(D(1, 15), "97110", 2, ("GO",)),
            S(D(1, 22), "97530", 2, ("GO",)), S(D(1, 22), "0552T", 1, ("GO",), denied="PR")]],
          prov="Pinecrest Hand & Upper Limb Therapy"),
        C("AC55170", "NG-20260121-1174", "Rosalind Achterberg", [commercial(s, st_ros) for s in [
            S(D(1, 19), "99213", 1), S(D(1, 19), "97110", 1, ("GP",)), S(D(1, 26), "97110", 2, ("GP",)),
            S(D(1, 26), "97116", 1, ("GP", "KX"))]], prov="Mossgiel Sports & Spine Physical Therapy"),
        C("PH-2026-01207", "NG-20260130-0266", "Ines Achterberg", [commercial(s, st_ines) for s in [
            S(D(1, 29), "97140", 1, ("GO",)), S(D(1, 29), "97110", 2, ("GO",)), S(D(1, 29), "97018", 1, ("GO",)),
            S(D(1, 30), "97530", 3, ("GO",)), S(D(1, 30), "97535", 1, ("GO",), desc=eobgen.LONG_DESC["97535"]),
            S(D(1, 30), "97140", 1, ("GO", "59"))]], prov="Pinecrest Hand & Upper Limb Therapy"),
    ]
    X0 = 196
    X = [X0, X0 + 44, X0 + 110, X0 + 132, X0 + 180, X0 + 225, X0 + 268, X0 + 310, X0 + 348, X0 + 392, X0 + 440,
         X0 + 490, X0 + 500]
    cols = Cols([(X[0], "L"), (X[1], "L"), (X[3], "R")] + [(x, "R") for x in X[4:12]] + [(X[12], "L")])
    h1 = ["Service", "Procedure", "Qty", "Amount", "Member", "Amount Not", "Applied to", "Copay", "Co-", "Paid to",
          "Your", "Reason"]
    h2 = ["Date", "", "", "Charged", "Savings", "Covered", "Deductible", "", "insurance", "Provider", "Cost", "Code"]

    def sidebar(pg):
        d.rect(24, 24, 156, 564, 0.5, fill=0.93)
        d.text(32, 44, "NORTHGATE", 14, True)
        d.text(32, 58, "Mutual Benefit Association", 8.5)
        d.text(32, 84, "Member", 8, True)
        d.text(32, 95, "Rosalind Achterberg", 8)
        d.text(32, 106, "ID NGM 30-774-1182", 8)
        d.text(32, 117, "Group 00881 Fernhill Schools", 8)
        if pg == 1:
            d.text(32, 145, "Your 2026 progress", 9, True)
            for i, (a, b) in enumerate([("Family deductible", "$1,200.00"), ("Met so far", "$406.24"),
                                        ("Out-of-pocket limit", "$6,000.00"), ("Met so far", "$744.51")]):
                d.text(32, 160 + i * 11, a, 7.5)
                d.text(172, 160 + i * 11, b, 7.5, False, "R")
            for i, t in enumerate(["Save money: ask your doctor", "whether a lower-cost in-network",
                                   "therapy clinic is available.", "", "Call 1-888-555-0190", "Mon-Fri 7am-7pm",
                                   "", "Hearing impaired: TTY 711"]):
                d.text(32, 230 + i * 10, t, 7.5)
        if npages:
            d.text(32, 578, f"Page {pg} of {npages}", 7.5)

    def top(pg):
        sidebar(pg)
        d.text(768, 40, "Explanation of Benefits", 15, True, "R")
        d.text(768, 53, "Statement of claims processed  -  this is not a bill", 8, False, "R")
        d.text(X0, 40, "Statement date 02/10/2026", 8)
        d.hline(X0, 768, 60, 0.8)

    def col_head(y):
        d.hline(X0, 768, y - 9, 0.6)
        cols.draw(d, y, h1, 7, True)
        cols.draw(d, y + 8, h2, 7, True)
        d.hline(X0, 768, y + 11, 0.6)
        return y + 22

    def brk(f):
        d.page()
        top(d.pages)
        f.y = 80
    top(1)
    f = Flow(d, 570, brk)
    f.y = 80
    findings = []
    for ci, c in enumerate(claims):
        f.need(70)
        d.text(X0, f.y, c.patient, 10, True)
        d.text(X0 + 150, f.y, f"Claim ID {c.pcn}", 8)
        d.text(X0 + 280, f.y, f"Patient Acct {c.cid}", 8)
        d.text(X0 + 420, f.y, f"Provider: {c.prov}", 8)
        f.y += 18
        f.y = col_head(f.y)
        for s in c.svcs:
            lines = wrap(d, s.desc, 300, 6.5)
            h = 10 + 8 * len(lines)
            if f.need(h):
                d.text(X0, f.y, f"{c.patient}  Claim ID {c.pcn}  (continued)", 8, True)
                f.y = col_head(f.y + 14)
            rc = ["N14" if s.code == "92526" else "X07"] if s.denied else (["D41"] if s.deductible else [])
            cols.draw(d, f.y, [dfmt(s.dos, "mdy2"), "-".join((s.code,) + s.mods), units_str(s.units), m(s.billed),
                               m(s.discount), m(s.not_covered), m(s.deductible), m(s.copay), m(s.coinsurance),
                               m(s.paid), m(s.owes), " ".join(rc)], 7.5)
            for i, t in enumerate(lines):
                d.text(X[1], f.y + 8 + 8 * i, t, 6.5)
            rec.line(d, s, c, pr, remarks=rc)
            f.y += h
        f.need(16)
        v = [total(c.svcs, a) for a in ("billed", "discount", "not_covered", "deductible", "copay", "coinsurance",
                                         "paid", "owes")]
        pv = list(v)
        if ci == 1:  # planted: the printed Your Cost total is off by ten dollars
            pv[7] = v[7] + 10
            findings.append(f"claim-total-mismatch claim {c.pcn} (acct {c.cid}): printed Your Cost total {pv[7]} "
                            f"but the lines add up to {v[7]}")
        d.hline(X[2], 768, f.y - 7, 0.4)
        cols.draw(d, f.y, ["Totals", "", ""] + [m(x) for x in pv] + [""], 7.5, True)
        rec.claim(c, billed=pv[0], paid=pv[6], patient_owes=pv[7])
        f.y += 24
    legend = [("D41", "Part of this amount counted toward the deductible."),
              ("N14", "Feeding therapy needs prior approval under this plan; none was on file."),
              ("X07", "Investigational service; the plan does not cover it.")]
    f.need(50)
    d.text(X0, f.y, "Reason code explanations", 9, True)
    for k, t in legend:
        f.y += 11
        d.text(X0, f.y, k, 7.5, True)
        d.text(X0 + 30, f.y, t, 7.5)
    d.save()
    if npages:
        write_truth(out / name, "h201_02", "fpdf2", d.pages, "commercial member EOB with sidebar", rec.lines,
                    rec.claims, legend, findings)
    return d.pages


SPEC02 = spec(lambda ln: iso(ln["service_date"], "mdy2"), lambda c, ms: "-".join([c] + ms), lambda u: u,
              lambda v: money(v, ","), ("billed", "discount", "not_covered", "deductible", "copay", "coinsurance",
                                         "paid", "patient_owes"))


# ================================================================ 03 Medicare Advantage member EOB (reportlab)
def l03(out, npages):
    name = "h201_03_medicare_advantage_eob.pdf"
    d = Doc("rl", out / name, "LiberationSans")
    rec = Rec()
    pr = ("billed", "allowed", "paid", "patient_owes")
    m = lambda v: money(v, "$")  # noqa: E731
    st = PlanState(allowed_rate=Decimal("0.46"), visit_copay=q(20))
    st2 = PlanState(allowed_rate=Decimal("0.52"), copay_codes={"99213": q(10)}, coins_rate=Decimal("0.20"))
    pt = "Harold Q. Vantongeren"
    visits = [D(1, 5), D(1, 7), D(1, 9), D(1, 12), D(1, 14), D(1, 16), D(1, 21), D(1, 23), D(1, 26), D(1, 28),
              D(1, 30), D(2, 2), D(2, 4), D(2, 6)]
    sv = []
    for i, v in enumerate(visits):
        if i == 0:
            sv += [S(v, "97162", 1, ("GP",)), S(v, "97110", 2, ("GP",))]
        else:
            sv += [S(v, "97110", 2, ("GP",)), S(v, "97116", 1, ("GP",))]
        if i in (3, 6):
            sv.append(S(v, "97140", 1, ("GP", "59"), denied="CO"))
    claims = [
        C(None, "SPA-2601-448210-0", pt, [commercial(s, st, "96") for s in sv], prov="Lakeview Outpatient Rehab",
          rcv="01/26/2026"),
        C(None, "SPA-2601-451377-0", pt, [commercial(s, st2) for s in [S(D(1, 13), "99213", 1),
                                                                       S(D(1, 13), "G0283", 1, ("GP",))]],
          prov="Orchard Gate Medical Group", rcv="01/20/2026"),
    ]
    X = [40, 100, 330, 400, 470, 530, 572]
    cols = Cols([(X[0], "L"), (X[1], "L"), (X[2], "R"), (X[3], "R"), (X[4], "R"), (X[5], "R"), (X[6], "R")])

    def top(pg):
        d.text(40, 42, "Silverpine Advantage (HMO)", 14, True)
        d.text(40, 55, "Medicare Advantage plan - Explanation of Benefits for medical services", 8.5)
        d.text(572, 42, pt, 8.5, False, "R")
        d.text(572, 53, "Member number SPA 0093 4410", 8, False, "R")
        if npages:
            d.text(306, 770, f"{pt} - Member number SPA 0093 4410 - Page {pg} of {npages}", 7, False, "C")
        d.text(40, 780, "Y4410_EOB26_M   Silverpine Advantage is an HMO plan with a Medicare contract.", 6.5)
        d.hline(40, 572, 62, 1.5)

    def col_head(y):
        d.rect(40, y - 10, 532, 24, 0.5, fill=0.85)
        cols.draw(d, y, ["Date of", "Medical services or supplies you received", "Provider's", "Plan's",
                         "Plan's", "Your", "See"], 7.5, True)
        cols.draw(d, y + 9, ["service", "", "charge", "approved", "share", "share", "note"], 7.5, True)
        return y + 24

    def brk(f):
        d.page()
        top(d.pages)
        f.y = 86
    top(1)
    d.text(40, 84, "Your medical claims processed in January 2026", 11, True)
    d.text(40, 98, "This notice tells you what the plan paid for the medical care you received. This is not a bill.", 8.5)
    d.rect(40, 108, 532, 44, 0.6)
    d.text(48, 121, "Total for claims processed this month", 8.5, True)
    allsv = [s for c in claims for s in c.svcs]
    for i, (a, b) in enumerate([("Providers charged", total(allsv, "billed")), ("Plan's share", total(allsv, "paid")),
                                ("Your share", total(allsv, "owes"))]):
        d.text(48 + i * 175, 136, a, 8)
        d.text(48 + i * 175, 147, m(b), 9, True)
    f = Flow(d, 745, brk)
    f.y = 176
    for c in claims:
        f.need(70)
        d.text(40, f.y, f"Claim number {c.pcn}", 9, True)
        d.text(260, f.y, f"Provider: {c.prov}", 8.5)
        f.y += 11
        d.text(40, f.y, f"Received {c.rcv}   Claim status: processed   Network: in-network provider", 7.5)
        f.y += 16
        f.y = col_head(f.y)
        for s in c.svcs:
            nt = ["3"] if s.denied else (["1"] if s.copay else [])
            if f.need(14):
                d.text(40, f.y, f"Claim number {c.pcn} (continued)", 9, True)
                f.y = col_head(f.y + 16)
            cols.draw(d, f.y, [dfmt(s.dos, "mdyn"), f"{s.desc} ({s.code})", m(s.billed), m(s.allowed), m(s.paid),
                               m(s.owes), ", ".join(nt)], 8)
            rec.line(d, s, c, pr, units=False, modifiers=False, remarks=nt)
            d.hline(40, 572, f.y + 4, 0.2)
            f.y += 14
        f.need(20)
        v = [total(c.svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        cols.draw(d, f.y + 2, ["", "Total for this claim"] + [m(x) for x in v] + [""], 8, True)
        rec.claim(c, billed=v[0], allowed=v[1], paid=v[2], patient_owes=v[3])
        f.y += 28
    legend = [("1", "Your plan's copayment for an outpatient therapy or office visit."),
              ("3", "This service was billed on the same day as another service that already includes it; "
                    "you do not owe this amount.")]
    f.need(60)
    d.text(40, f.y, "Notes", 9, True)
    for k, t in legend:
        f.y += 12
        d.text(44, f.y, k, 8, True)
        d.text(56, f.y, t, 8)
    d.save()
    if npages:
        write_truth(out / name, "h201_03", "reportlab", d.pages, "Medicare Advantage member EOB", rec.lines,
                    rec.claims, legend)
    return d.pages


SPEC03 = spec(lambda ln: iso(ln["service_date"], "mdyn"), lambda c, ms: f"({c})", None, lambda v: money(v, "$"),
              ("billed", "allowed", "paid", "patient_owes"))


# ================================================================ 04 Medicare Summary Notice Part B (fpdf2)
def l04(out, npages):
    name = "h201_04_medicare_summary_notice.pdf"
    d = Doc("fp", out / name, "DejaVuSerif", fixed_when=FIXED_WHEN)
    rec = Rec()
    pr = ("billed", "allowed", "paid", "patient_owes")
    m = lambda v: money(v, "$")  # noqa: E731
    st = PlanState(ded_left=q(283))
    pt = "Eudora M. Falkenrath"
    rb = []
    for v in (D(1, 6), D(1, 8), D(1, 13), D(1, 15), D(1, 20), D(1, 22)):
        rb += [S(v, "97110", 2, ("GP",)), S(v, "97112", 1, ("GP",))]
    rb.insert(1, S(D(1, 6), "97163", 1, ("GP",)))
    rb.append(S(D(1, 22), "97140", 1, ("GP",), denied="PR"))
    claims = [
        C(None, "12-26016-447-160", pt, [medicare(s, st) for s in rb], prov="Riverbend Therapy Associates",
          addr="1120 Mill Race Road, Hollin, OH 45390", ref="Anita Szabo", dt="January 6, 2026"),
        C(None, "12-26021-118-842", pt, [medicare(s, st) for s in [S(D(1, 12), "99213", 1),
                                                                   S(D(1, 12), "G0283", 1)]],
          prov="Tallgrass Internal Medicine", addr="40 Quarry Street, Hollin, OH 45390", ref=None,
          dt="January 12, 2026"),
        C(None, "12-26030-902-517", pt, [medicare(s, st) for s in [
            S(D(1, 19), "92523", 1, ("GN",)), S(D(1, 21), "92507", 1, ("GN",)), S(D(1, 23), "92507", 1, ("GN",)),
            S(D(1, 26), "92507", 1, ("GN",)), S(D(1, 26), "92526", 1, ("GN",)), S(D(1, 28), "92507", 1, ("GN",)),
            S(D(1, 28), "92526", 1, ("GN",)), S(D(1, 30), "92507", 1, ("GN",)), S(D(1, 30), "97129", 2, ("GN",)),
            S(D(2, 2), "92507", 1, ("GN",)), S(D(2, 2), "97129", 1, ("GN",))]],
          prov="Hollin Valley Speech and Swallowing Clinic", addr="9 Depot Square, Suite 3, Hollin, OH 45390",
          ref="Marcus Oyelaran", dt="January 19, 2026"),
    ]
    for s in claims[0].svcs:
        if s.denied:
            s.remarks = ["C"]
        elif s.deductible:
            s.remarks = ["A", "B"]
        else:
            s.remarks = ["A"]
    for s in claims[1].svcs + claims[2].svcs:
        s.remarks = ["A"]
    X = [50, 330, 392, 454, 514, 560]
    cols = Cols([(X[0], "L"), (X[1], "R"), (X[2], "R"), (X[3], "R"), (X[4], "R"), (X[5], "C")])

    def top(pg):
        d.text(50, 40, f"{pt}", 9, True)
        d.text(562, 40, f"Page {pg} of {npages or 0}" if npages else "", 9, False, "R")
        d.hline(50, 562, 46, 1)

    def col_head(y):
        d.rect(50, y - 10, 512, 32, 0.5, fill=0.9)
        cols.draw(d, y, ["Service Provided & Billing Code", "Amount", "Medicare-", "Medicare", "Maximum",
                         "See"], 7, True)
        cols.draw(d, y + 9, ["", "Provider", "Approved", "Paid", "You May Be", "Notes"], 7, True)
        cols.draw(d, y + 18, ["", "Charged", "Amount", "Provider", "Billed", "Below"], 7, True)
        return y + 34

    def brk(f):
        d.page()
        top(d.pages)
        f.y = 70
    # page 1: the notice
    d.text(50, 50, "Medicare Summary Notice", 20, True)
    d.text(50, 66, "for Part B (Medical Insurance)", 11)
    d.text(50, 82, "The Official Summary of Your Medicare Claims from the Center for Medicare Claims Processing", 7.5)
    d.text(50, 110, pt, 9)
    d.text(50, 121, "77 Thistle Bend Court", 9)
    d.text(50, 132, "Hollin, OH 45390-2217", 9)
    d.rect(330, 98, 232, 56, 0.6)
    for i, t in enumerate(["Medicare Number  XXXXXXX-4TR7", "Date of this notice  February 11, 2026",
                           "Claims processed between", "November 10, 2025 - February 9, 2026"]):
        d.text(338, 110 + i * 11, t, 8)
    owe = total([s for c in claims for s in c.svcs], "owes")
    d.rect(50, 170, 250, 70, 1.2)
    d.text(58, 186, "Your Deductible Status", 10, True)
    d.text(58, 200, "Your deductible is what you must pay for most", 7.5)
    d.text(58, 210, "health services before Medicare begins to pay.", 7.5)
    d.text(58, 226, "Part B Deductible: You have now met your", 7.5, True)
    d.text(58, 236, "$283.00 deductible for 2026.", 7.5, True)
    d.rect(312, 170, 250, 70, 1.2)
    d.text(320, 186, "Total You May Be Billed", 10, True)
    d.text(320, 206, m(owe), 16, True)
    d.text(320, 226, "Providers with claims this period", 7.5, True)
    d.text(320, 236, "Riverbend Therapy Associates; Tallgrass Internal Medicine", 6.5)
    d.text(50, 266, "Did Medicare approve all services?  NO - see claim details for a service that was not approved.", 8)
    d.text(50, 280, "Be informed! Check your claims for services you did not get, and report suspected fraud.", 8)
    d.page()
    top(2)
    d.text(50, 68, "Your Claims for Part B (Medical Insurance)", 12, True)
    d.text(50, 80, "Part B helps pay for your doctor's services, outpatient therapy and some supplies.", 7.5)
    f = Flow(d, 740, brk)
    f.y = 104
    for c in claims:
        f.need(110)
        d.text(50, f.y, c.dt, 10, True)
        f.y += 12
        d.text(50, f.y, f"{c.prov}, (555) 201-4478", 8)
        f.y += 10
        d.text(50, f.y, c.addr, 8)
        f.y += 10
        if c.ref:
            d.text(50, f.y, f"Referred by: {c.ref}", 8)
            f.y += 10
        d.text(50, f.y, f"Service Approved? Yes, partly   Claim Number: {c.pcn}", 8)
        f.y += 16
        f.y = col_head(f.y)
        for s in c.svcs:
            if f.need(13):
                d.text(50, f.y, f"{c.dt} - {c.prov} (continued)", 9, True)
                f.y = col_head(f.y + 16)
            cols.draw(d, f.y, [f"{dfmt(s.dos, 'mdy2')}  {s.desc} ({s.code})",
                               m(s.billed), m(s.allowed), m(s.paid), m(s.owes), ", ".join(s.remarks)], 7.5)
            rec.line(d, s, c, pr, units=False, modifiers=False, remarks=s.remarks)
            f.y += 12.5
        f.need(18)
        d.hline(50, 562, f.y - 8, 0.5)
        v = [total(c.svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        cols.draw(d, f.y + 1, ["Total for Claim " + c.pcn] + [m(x) for x in v] + [""], 7.5, True)
        rec.claim(c, billed=v[0], allowed=v[1], paid=v[2], patient_owes=v[3])
        f.y += 26
    legend = [("A", "The amount Medicare paid the provider is 80% of the approved amount, less a 2% reduction "
                    "required by federal law."),
              ("B", "This approved amount went toward your Part B deductible."),
              ("C", "This service is not covered when billed with the other therapy given the same day. "
                    "You may be billed for it.")]
    f.need(70)
    d.text(50, f.y, "Notes for Part B", 10, True)
    for k, t in legend:
        for j, part in enumerate(wrap(d, t, 480, 7.5)):
            f.y += 10
            if j == 0:
                d.text(52, f.y, k, 7.5, True)
            d.text(66, f.y, part, 7.5)
    d.save()
    if npages:
        write_truth(out / name, "h201_04", "fpdf2", d.pages, "Medicare Summary Notice Part B", rec.lines,
                    rec.claims, legend)
    return d.pages


SPEC04 = spec(lambda ln: iso(ln["service_date"], "mdy2"), lambda c, ms: f"({c})", None, lambda v: money(v, "$"),
              ("billed", "allowed", "paid", "patient_owes"))


# ================================================================ 05 state Medicaid RA, mainframe print (fpdf2, Courier)
def l05(out, npages):
    name = "h201_05_medicaid_ra_mainframe.pdf"
    d = Doc("fp", out / name, "Courier", land=True, fixed_when=FIXED_WHEN)
    rec = Rec()
    pr = ("billed", "allowed", "paid")
    m = lambda v: money(v, ",")  # noqa: E731

    def md(sv, deny=None):
        out_ = []
        for s in sv:
            medicaid(s, deny or "197")
            s.remarks = ["E417"] if s.denied else (["E201"] if s.discount else ["E200"])
            out_.append(s)
        return out_
    tob = [S(D(1, 5), "97165", 1, ("GO",))]
    for v, u in ((D(1, 7), 2), (D(1, 9), 3), (D(1, 12), 2), (D(1, 14), 3), (D(1, 16), 2), (D(1, 20), 2)):
        tob += [S(v, "97530", u, ("GO",)), S(v, "97533", 1, ("GO",))]
    tob.append(S(D(1, 22), "97168", 1, ("GO",)))
    ada_old = md([S(date(2025, 12, 3), "97530", 2, ("GO",)),
                  S(date(2025, 12, 3), "97110", 1, ("GO",))])
    ada_rev = [negate(s) for s in ada_old]
    for s in ada_rev:
        s.remarks = ["E770"]
    ada_new = md([S(date(2025, 12, 3), "97530", 3, ("GO",)), S(date(2025, 12, 3), "97110", 1, ("GO", "59"))])
    sections = [
        ("PAID", [
            C("SH5521", "2226027000145", "LUNDQUIST, MAREN", md([
                S(D(1, 6), "92523", 1, ("GN",)), S(D(1, 13), "92507", 1, ("GN",)), S(D(1, 20), "92507", 1, ("GN",)),
                S(D(1, 27), "92507", 1, ("GN",)), S(D(1, 27), "92526", 1, ("GN",))]), rid="700118452219"),
            C("SH5544", "2226027000146", "OKONJO, TOBIAS", md(tob), rid="700120087730"),
            C("SH5560", "2226029000311", "PRZYBYLA, WIKTOR", md([S(D(1, 15), "97112", 2, ("GP",)),
                                                                  S(D(1, 15), "97140", 1, ("GP", "59"))]),
              rid="700119964401"),
        ]),
        ("DENIED", [C("SH5529", "2226027000152", "LUNDQUIST, ESKE", md([
            S(D(1, 13), "92507", 1, ("GN",), denied="CO"), S(D(1, 13), "92526", 1, ("GN",), denied="CO")]),
            rid="700118452227")]),
        ("ADJUSTED - ORIGINAL CLAIM CREDITED", [C("SH5318", "2225344000877", "ENGSTROM, ADA", ada_rev,
                                                  rid="700117730915")]),
        ("ADJUSTED - REPLACEMENT CLAIM", [C("SH5318", "2226030000052", "ENGSTROM, ADA", ada_new,
                                            rid="700117730915")]),
    ]
    body = []  # ("txt", text) or ("svc", text, svc, claim)

    def detail(i, s):
        mods = " ".join(s.mods)
        adj = " ".join(f"{g}-{r} {m(a)}" for g, r, a in s.adjs)
        return (f"   {i:02d}  {dfmt(s.dos, 'mdy6')} {dfmt(s.dos, 'mdy6')} {s.code} {mods:<11}"
                f"{s.units:>6.2f} {m(s.billed):>10} {m(s.allowed):>10} {m(ZERO):>9} {m(s.paid):>10}   "
                f"{adj:<22} {' '.join(s.remarks)}")
    grand = {}
    for title, cs in sections:
        body.append(("txt", ""))
        body.append(("txt", f"*** CLAIM STATUS: {title} ***"))
        for c in cs:
            body.append(("txt", ""))
            body.append(("hdr", f"RECIPIENT: {c.patient:<22} RECIP ID: {c.rid}   ICN: {c.pcn}   "
                                f"PAT ACCT NO: {c.cid}   CLAIM TYPE: PROF", c))
            for i, s in enumerate(c.svcs, 1):
                body.append(("svc", detail(i, s), s, c))
            v = [total(c.svcs, a) for a in ("billed", "allowed", "paid")]
            body.append(("txt", f"   CLAIM TOTAL{'':36}{m(v[0]):>11} {m(v[1]):>10} {m(ZERO):>9} {m(v[2]):>10}"))
            rec.claim(c, billed=v[0], allowed=v[1], paid=v[2])
            g = grand.setdefault(title.split(" ")[0], [ZERO, ZERO])
            g[0] += v[0]
            g[1] += v[2]
    body.append(("txt", ""))
    body.append(("txt", "*** PAYMENT SUMMARY ***"))
    net = ZERO
    for k, (b, p) in grand.items():
        body.append(("txt", f"   {k + ' CLAIMS':<24} BILLED {m(b):>12}   PAID {m(p):>12}"))
        net += p
    body.append(("txt", f"   NET PAYMENT THIS RA{'':29}PAID {m(net):>12}"))
    body.append(("txt", ""))
    legend = [("E200", "PAID AS BILLED."), ("E201", "PAID AT THE MAXIMUM FEE ALLOWED BY THE STATE PLAN."),
              ("E417", "SERVICE NEEDS A PRIOR APPROVAL NUMBER AND NONE MATCHED THIS DATE."),
              ("E770", "ORIGINAL CLAIM CREDITED IN FULL; SEE REPLACEMENT CLAIM BELOW.")]
    body.append(("txt", "*** EOB CODE MESSAGES ***"))
    for k, t in legend:
        body.append(("txt", f"   {k}  {t}"))
    per = 24
    pages = [body[i:i + per] for i in range(0, len(body), per)]

    def head(pg):
        d.text(36, 36, "NORTH ALDER DEPARTMENT OF HEALTH SERVICES - MEDICAL ASSISTANCE PROGRAM", 7.5)
        d.text(756, 36, f"PAGE {pg:04d} OF {npages or 0:04d}", 7.5, False, "R")
        d.text(36, 46, "PROVIDER REMITTANCE ADVICE", 7.5)
        d.text(756, 46, "RA NUMBER 0004471180   RA DATE 02/06/26", 7.5, False, "R")
        d.text(36, 56, "PROVIDER: SPRING HOLLOW SPEECH & OT CLINIC   PROVIDER ID 0044187201   "
                       "WARRANT/EFT NO 55019822", 7.5)
        d.text(36, 72, "   LN  FROM   THRU   PROC  MODS        UNITS     BILLED    ALLOWED   OTH INS       "
                       "PAID   ADJ GRP-RSN AMT    EOB", 7.5)
        d.text(36, 78, "-" * 158, 7.5)
    cur = None
    for pi, chunk in enumerate(pages):
        if pi:
            d.page()
        head(d.pages)
        y = 92
        if pi and cur and chunk[0][0] == "svc":
            d.text(36, y, f"RECIPIENT: {cur.patient:<22} ICN: {cur.pcn}   (CONTINUED)", 7.5)
            y += 10
        for item in chunk:
            d.text(36, y, item[1], 7.5)
            if item[0] == "svc":
                rec.line(d, item[2], item[3], pr, service_end=item[2].dos, adjustments=item[2].adjs,
                         remarks=item[2].remarks, description=False)
            if item[0] == "hdr":
                cur = item[2]
            y += 10
    d.save()
    if npages:
        write_truth(out / name, "h201_05", "fpdf2", d.pages, "state Medicaid RA, mainframe print", rec.lines,
                    rec.claims, legend)
    return d.pages


SPEC05 = spec(lambda ln: iso(ln["service_date"], "mdy6") + " " + iso(ln["service_end"], "mdy6"),
              lambda c, ms: " ".join([c] + ms), lambda u: f"{Decimal(u):.2f}", lambda v: money(v, ","),
              ("billed", "allowed", "paid"), adj_fn=lambda g, r, a: f"{g}-{r} {money(Decimal(a), ',')}",
              every_adj=True, block=1)


# ================================================================ 06 state Medicaid RA, boxed grid (reportlab)
def l06(out, npages):
    name = "h201_06_medicaid_ra_boxed.pdf"
    d = Doc("rl", out / name, "Helvetica")
    rec = Rec()
    pr = ("billed", "allowed", "copay", "paid")
    m = lambda v: money(v, ",")  # noqa: E731

    def md(sv, copay=False, tpl=ZERO, deny=None):
        res = []
        for i, s in enumerate(sv):
            medicaid(s, deny or "16")
            s.tpl = ZERO
            s.adjs = [("CO", "45", None)] if s.discount else []
            s.remarks = []
            if s.denied:
                s.adjs = [("CO", deny or "16", None)]
                s.remarks = ["3102"]
            else:
                if copay and i == 0:
                    s.copay = min(q(1), s.paid)
                    s.paid -= s.copay
                    s.adjs.append(("PR", "3", None))
                if tpl and i == 0:
                    s.tpl = tpl
                    s.paid -= tpl
                    s.adjs.append(("OA", "23", None))
                s.remarks = ["1011"]
            res.append(s)
        return res
    void_src = md([S(D(1, 2), "97110", 2, ("GP",)), S(D(1, 2), "97116", 1, ("GP",))], copay=True)
    saved = [o.adjs for o in void_src]
    for o in void_src:
        o.adjs = []
    void = [negate(s) for s in void_src]
    for o, a in zip(void_src, saved):
        o.adjs = a
    for s, o in zip(void, void_src):
        s.tpl, s.remarks, s.adjs = -o.tpl, ["4401"], [(g, r, None) for g, r, _ in o.adjs]
    longc = []
    for v in (D(1, 6), D(1, 8), D(1, 13), D(1, 15), D(1, 20), D(1, 22), D(1, 27), D(1, 29)):
        longc += [S(v, "97110", 2, ("GP",)), S(v, "97116", 1, ("GP",))]
    claims = [
        C("71-2201", "2603400418820", "ARCENEAUX, CELESTE J", md([
            S(D(1, 5), "97166", 1, ("GO",)), S(D(1, 5), "97535", 2, ("GO",)), S(D(1, 7), "97530", 2, ("GO",))],
            copay=True), mid="330128847", status="PAID"),
        C("71-2240", "2603400418835", "THIBODEAUX, REMY", md(longc, copay=True), mid="330411902",
          status="PAID"),
        C("71-2251", "2603400418841", "BOUDREAUX, NOELLE", md([
            S(D(1, 14), "92507", 1, ("GN",)), S(D(1, 14), "92526", 1, ("GN",))], tpl=q(25)), mid="330220518",
          status="PAID"),
        C("71-2263", "2603400418857", "ARCENEAUX, LOUIS", md([
            S(D(1, 9), "97760", 1, ("GO",), denied="CO"), S(D(1, 9), "L3807", 1, ("LT",), denied="CO")],
            deny="16"), mid="330128855",
          status="DENIED"),
        C("71-2198", "2602800377101", "THIBODEAUX, REMY", void, mid="330411902", status="VOID (CREDIT)"),
    ]
    X = [40, 58, 102, 146, 180, 212, 246, 292, 334, 370, 404, 448, 462, 528, 572]
    cols = Cols([(46, "L"), (X[1] + 2, "L"), (X[2] + 2, "L"), (X[3] + 2, "L"), (X[4] + 2, "L"),
                 (X[6] - 3, "R"), (X[7] - 3, "R"), (X[8] - 3, "R"), (X[9] - 3, "R"), (X[10] - 3, "R"),
                 (X[11] - 3, "R"), (X[11] + 3, "L"), (X[12] + 3, "L"), (X[13] + 3, "L")])

    def grid_row(y, vals, bold=False, fill=None, h=13):
        d.rect(40, y - 9, 532, h, 0.4, fill=fill)
        for x in X[1:-1]:
            if x not in (X[5],):
                d.vline(x, y - 9, y - 9 + h, 0.3)
        cols.draw(d, y, vals, 6.6, bold)

    def col_head(y):
        grid_row(y, ["Ln", "Svc From", "Svc To", "Proc", "Mod", "Units", "Billed", "Allowed", "TPL", "Copay",
                     "Paid", "St", "ARC", "EOB"], True, 0.85)
        return y + 13

    def top(pg):
        d.rect(40, 28, 532, 40, 1, fill=0.95)
        d.text(48, 42, "BAYOU FEN HEALTH COVERAGE PROGRAM", 11, True)
        d.text(48, 54, "Provider Remittance Advice - Professional Claims", 8)
        d.text(48, 63, "Payee: Cypress Landing Rehabilitation Group   Payee ID 5100428   NPI 1548802219", 7)
        d.text(564, 42, "RA # 2026-0211-00387", 8, True, "R")
        d.text(564, 54, "Issued 02/11/2026   EFT 0082219447", 7, False, "R")
        if npages:
            d.text(564, 63, f"Page {pg} of {npages}", 7, False, "R")

    def brk(f):
        d.page()
        top(d.pages)
        f.y = 88
    top(1)
    f = Flow(d, 748, brk)
    f.y = 88
    for c in claims:
        f.need(60)
        d.rect(40, f.y - 9, 532, 24, 0.8)
        d.text(46, f.y, f"Member: {c.patient}", 7.5, True)
        d.text(220, f.y, f"Medicaid ID: {c.mid}", 7.5)
        d.text(360, f.y, f"TCN: {c.pcn}", 7.5, True)
        d.text(46, f.y + 10, f"Patient Acct #: {c.cid}", 7)
        d.text(220, f.y + 10, "Claim type: Professional (837P)", 7)
        d.text(360, f.y + 10, f"Claim status: {c.status}", 7)
        f.y += 28
        f.y = col_head(f.y)
        for i, s in enumerate(c.svcs, 1):
            if f.need(13):
                d.text(46, f.y, f"Member: {c.patient}   TCN: {c.pcn}   (continued from previous page)", 7.5, True)
                f.y = col_head(f.y + 12)
            st = "D" if s.denied else ("V" if s.billed < 0 else "P")
            grid_row(f.y, [str(i), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                           units_str(s.units), m(s.billed), m(s.allowed), m(s.tpl), m(s.copay), m(s.paid), st,
                           " ".join(f"{g}-{r}" for g, r, _ in s.adjs), " ".join(s.remarks)])
            rec.line(d, s, c, pr, service_end=s.dos, adjustments=s.adjs, remarks=s.remarks, description=False)
            f.y += 13
        v = [total(c.svcs, a) for a in ("billed", "allowed", "tpl", "copay", "paid")]
        f.need(14)
        grid_row(f.y, ["", "Claim totals", "", "", "", ""] + [m(x) for x in v] + ["", "", ""], True)
        rec.claim(c, billed=v[0], allowed=v[1], paid=v[4])
        f.y += 24
    legend = [("1011", "Priced at the program's maximum fee; member cost sharing and other coverage subtracted."),
              ("3102", "Service requires an approved treatment authorization; none found for these dates."),
              ("4401", "Claim voided at provider request; the payment shown is recovered from this RA.")]
    f.need(60)
    d.text(40, f.y, "EOB code descriptions", 8.5, True)
    for k, t in legend:
        f.y += 11
        d.text(44, f.y, k, 7.5, True)
        d.text(74, f.y, t, 7.5)
    d.save()
    if npages:
        write_truth(out / name, "h201_06", "reportlab", d.pages, "state Medicaid RA, boxed grid", rec.lines,
                    rec.claims, legend)
    return d.pages


SPEC06 = spec(lambda ln: iso(ln["service_date"], "mdy4") + " " + iso(ln["service_end"], "mdy4"),
              lambda c, ms: " ".join([c] + ms), lambda u: u, lambda v: money(v, ","),
              ("billed", "allowed", "copay", "paid"), adj_fn=lambda g, r, a: f"{g}-{r}", block=1)


# ================================================================ 07 Medicare-style paper remit from a clearinghouse (reportlab, Courier)
def l07(out, npages):
    name = "h201_07_clearinghouse_paper_remit.pdf"
    d = Doc("rl", out / name, "Courier")
    rec = Rec()
    pr = ("billed", "allowed", "deductible", "coinsurance", "paid")
    m = lambda v: money(v, "")  # noqa: E731
    st1, st2, st3 = PlanState(ded_left=q(120)), PlanState(), PlanState()
    hol = []
    for v in (D(1, 5), D(1, 7), D(1, 12), D(1, 14), D(1, 19), D(1, 21)):
        hol += [S(v, "97530", 2, ("GO",)), S(v, "97535", 1, ("GO",))]
    hol += [S(D(1, 21), "97168", 1, ("GO", "KX"))]
    claims = [
        C("OTK-55140", "0226033118850", "HOLLOWAY, BERNICE", [medicare(s, st1) for s in hol], hic="7TQ2WE4HN81",
          moa="MA01 MA18"),
        C("OTK-55162", "0226033118851", "MARCHETTI, LUCIO", [medicare(s, st2) for s in [
            S(D(1, 8), "97110", 3, ("GP", "CQ")), S(D(1, 8), "97140", 1, ("GP", "59")),
            S(D(1, 8), "97018", 1, ("GP",), denied="CO")]], hic="2HX9KD1RT40", moa="MA01"),
        C("OTK-55177", "0226034200017", "ABERNATHY, JUNE", [medicare(s, st3) for s in [
            S(D(1, 15), "92507", 1, ("GN",)), S(D(1, 15), "92526", 1, ("GN",))]], hic="5NP3VC8YA62",
          moa="MA01"),
    ]
    for s in claims[1].svcs:
        if s.denied:
            s.adjs = [("CO", "50", s.billed)]
    body = []

    def svc_rows(s):
        adj = [f"{g}-{r}" for g, r, _ in s.adjs]
        am = [m(a) for _, _, a in s.adjs]
        mods = " ".join(s.mods)
        first = (f"1457720391  {s.dos:%m%d} {dfmt(s.dos, 'mdy6')}  11  {units_str(s.units):>3} {s.code:<6}"
                 f"{mods:<9}{m(s.billed):>9}{m(s.allowed):>9}{m(s.deductible):>8}{m(s.coinsurance):>8}  "
                 f"{adj[0]:<7}{am[0]:>8}{m(s.paid):>10}")
        rest = [f"{'':102}{a:<7}{b:>8}" for a, b in zip(adj[1:], am[1:])]
        return first, rest
    for c in claims:
        body.append(("txt", ""))
        body.append(("hdr", f"NAME  {c.patient:<20} HIC {c.hic}  ACNT {c.cid:<10} ICN {c.pcn}  ASG Y  MOA {c.moa}",
                     c))
        for s in c.svcs:
            first, rest = svc_rows(s)
            body.append(("svc", first, s, c, rest))
        v = [total(c.svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")]
        adjt = sum((a for s in c.svcs for g, r, a in s.adjs if g == "CO"), ZERO)
        body.append(("txt", f"PT RESP {m(v[5]):>9}{'':27}CLAIM TOTALS {m(v[0]):>9}{m(v[1]):>9}{m(v[2]):>8}"
                            f"{m(v[3]):>8}  {m(adjt):>15}{m(v[4]):>10}"))
        body.append(("txt", f"{'':84}NET {m(v[4]):>10}"))
        rec.claim(c, billed=v[0], allowed=v[1], paid=v[4], patient_owes=v[5])
    allsv = [s for c in claims for s in c.svcs]
    body.append(("txt", ""))
    body.append(("txt", f"TOTALS:  # OF CLAIMS {len(claims)}   BILLED AMT {m(total(allsv, 'billed'))}   "
                        f"ALLOWED AMT {m(total(allsv, 'allowed'))}   PROV PD AMT {m(total(allsv, 'paid'))}"))
    body.append(("txt", ""))
    body.append(("txt", "GLOSSARY: Group, Reason, MOA, Remark and Adjustment Codes"))
    legend = [("CO", "Contractual obligation: amount the provider may not collect from the patient."),
              ("PR", "Patient responsibility."), ("45", "Charge above the fee schedule amount."),
              ("1", "Deductible amount."), ("2", "Coinsurance amount."),
              ("50", "Not deemed a medical necessity by the payer for this diagnosis."),
              ("253", "Sequestration reduction."), ("MA01", "Appeal rights: you may ask for a review within 120 days."),
              ("MA18", "Claim details were sent on to the supplemental insurer.")]
    for k, t in legend:
        body.append(("txt", f"{k:<6}{t}"))
    rows = []
    for item in body:
        rows.append(item)
        if item[0] == "svc":
            for r in item[4]:
                rows.append(("sub", r))
    per = 30

    def head(pg):
        d.text(36, 34, "RELAYPOINT CLAIMS EXCHANGE  -  PRINT IMAGE OF ELECTRONIC REMITTANCE (835)", 7)
        d.text(36, 46, "GREAT LAKES ADMINISTRATIVE SERVICES          MEDICARE PART B", 7)
        d.text(36, 55, "PO BOX 4471  MERIDIAN FALLS IN 46950          PROVIDER REMITTANCE ADVICE", 7)
        d.text(576, 46, f"PAGE #: {pg} OF {npages or 0}", 7, False, "R")
        d.text(576, 55, "DATE: 02/04/2026", 7, False, "R")
        d.text(36, 67, "NORTHFIELD OCCUPATIONAL THERAPY PLLC      NPI: 1457720391   CHECK/EFT #: 0088412907", 7)
        d.text(36, 82, "PERF PROV   SERV DATE    POS NOS PROC  MODS        BILLED  ALLOWED  DEDUCT   COINS  "
                       "GRP/RC-AMT       PROV PD", 6.6)
        d.text(36, 88, "_" * 128, 6.6)
    pg_rows, cur = [], []
    for i, r in enumerate(rows):
        cur.append(r)
        nxt = rows[i + 1][0] if i + 1 < len(rows) else None
        if len(cur) >= per and nxt not in ("sub", None):
            pg_rows.append(cur)
            cur = []
    if cur:
        pg_rows.append(cur)
    for pi, chunk in enumerate(pg_rows):
        if pi:
            d.page()
        head(d.pages)
        y = 100
        for item in chunk:
            d.text(36, y, item[1], 6.6)
            if item[0] == "svc":
                s = item[2]
                rec.line(d, s, item[3], pr, service_end=s.dos, adjustments=s.adjs, description=False)
            y += 10.5
    d.save()
    if npages:
        write_truth(out / name, "h201_07", "reportlab", d.pages, "Medicare-style paper remit, clearinghouse print",
                    rec.lines, rec.claims, legend)
    return d.pages


SPEC07 = spec(lambda ln: f"{ln['service_date'][5:7]}{ln['service_date'][8:10]} " + iso(ln["service_end"], "mdy6"),
              lambda c, ms: " ".join([c] + ms), lambda u: u, lambda v: money(v, ""),
              ("billed", "allowed", "deductible", "coinsurance", "paid"),
              adj_fn=lambda g, r, a: f"{g}-{r} {money(Decimal(a), '')}", every_adj=True, block=4)


# ================================================================ 08 practice-management remittance detail report (fpdf2)
def l08(out, npages):
    name = "h201_08_pm_remittance_detail.pdf"
    d = Doc("fp", out / name, "LiberationSansNarrow", land=True, fixed_when=FIXED_WHEN)
    rec = Rec()
    pr = ("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes")
    m = lambda v: money(v, ",", "()")  # noqa: E731
    sA, sB, sC, sD = PlanState(ded_left=q(60)), PlanState(), PlanState(), PlanState()
    ast = []
    for v in (D(1, 6), D(1, 8), D(1, 13), D(1, 15), D(1, 20), D(1, 22), D(1, 27)):
        ast += [S(v, "97110", 2, ("GP",)), S(v, "97112", 1, ("GP",)), S(v, "97140", 1, ("GP", "59"))]
    old = [medicare(s, PlanState()) for s in [S(date(2025, 12, 16), "97530", 2, ("GO",)),
                                              S(date(2025, 12, 16), "97535", 1, ("GO",))]]
    rev = [negate(s) for s in old]
    claims = [
        C("20417", "22260404418020", "BRANDVOLD, ASTRID", [medicare(s, sA) for s in ast],
          status="Processed as Primary"),
        C("20452", "22260404418021", "OYELARAN-PIKE, SIMONE", [medicare(s, sB) for s in [
            S(D(1, 9), "99213", 1), S(D(1, 9), "G0283", 1, ("GP",)), S(D(1, 9), "97018", 1, ("GP",), denied="CO")]],
          status="Processed as Primary"),
        C("19988", "22253504410377", "HALVORSEN, GUNNAR", rev, status="Reversal of Previous Payment"),
        C("19988", "22260404418022", "HALVORSEN, GUNNAR", [medicare(s, sC) for s in [
            S(date(2025, 12, 16), "97530", 3, ("GO",)), S(date(2025, 12, 16), "97535", 1, ("GO",))]],
          status="Processed as Primary - Corrected Claim"),
        C("20460", "22260404418023", "QUILLFEATHER, DOROTHEA", [medicare(s, sD) for s in [
            S(D(1, 23), "92523", 1, ("GN",)), S(D(1, 29), "92507", 1, ("GN",))]], status="Processed as Primary"),
    ]
    for s in claims[1].svcs:
        if s.denied:
            s.adjs = [("CO", "50", s.billed)]
    X = [30, 80, 120, 160, 190, 240, 285, 330, 375, 520, 570, 610, 640]
    cols = Cols([(X[0], "L"), (X[1], "L"), (X[2], "L"), (X[3] + 16, "R"), (X[4] + 40, "R"), (X[5] + 40, "R"),
                 (X[6] + 40, "R"), (X[7] + 40, "R"), (X[8] + 6, "L"), (X[9] + 40, "R"), (X[10] + 36, "R"),
                 (X[11] + 24, "L")])

    def co_adj(s):
        return [(g, r, a) for g, r, a in s.adjs if g != "PR"]

    def top(pg):
        d.text(30, 34, "CareLedger PM  |  Remittance Detail Report", 12, True)
        d.text(762, 34, "Run 02/06/2026 07:42  user: mbilling", 7.5, False, "R")
        d.text(30, 47, "Practice: Aldergrove Rehabilitation Partners  |  Payer: Medicare Part B (Great Lakes Admin)  |  "
                       "EFT# 883301240  |  Deposit date 02/05/2026", 8)
        if npages:
            d.text(396, 598, f"Page {pg} of {npages}", 7.5, False, "C")
        d.hline(30, 762, 53, 0.8)

    def col_head(y):
        d.rect(30, y - 9, 732, 13, 0.3, fill=0.85)
        cols.draw(d, y, ["DOS", "CPT/HCPCS", "Mod", "Units", "Charge", "Allowed", "Deductible", "Coinsurance",
                         "Adjustments (group-reason: amount)", "Payment", "Pt Resp", "Remark"], 7.5, True)
        return y + 14

    def brk(f):
        d.page()
        top(d.pages)
        f.y = 74
        f.y = col_head(f.y)
    top(1)
    f = Flow(d, 580, brk)
    f.y = 74
    f.y = col_head(f.y)
    for c in claims:
        f.need(40)
        d.text(30, f.y + 2, f"{c.patient}", 8.5, True)
        d.text(180, f.y + 2, f"Acct# {c.cid}", 8)
        d.text(260, f.y + 2, f"Payer Claim# {c.pcn}", 8)
        d.text(420, f.y + 2, f"Status: {c.status}", 8)
        f.y += 14
        for s in c.svcs:
            f.need(12)
            rm = ["N640"] if s.denied else (["MA01"] if s.billed < 0 else [])
            cols.draw(d, f.y, [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), m(s.billed),
                               m(s.allowed), m(s.deductible), m(s.coinsurance),
                               ", ".join(f"{g}-{r}: {m(a)}" for g, r, a in co_adj(s)), m(s.paid), m(s.owes),
                               " ".join(rm)], 7.5)
            rec.line(d, s, c, pr, adjustments=co_adj(s), remarks=rm, description=False)
            f.y += 11
        f.need(14)
        v = [total(c.svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance")]
        v2 = [total(c.svcs, a) for a in ("paid", "owes")]
        d.hline(X[4], 762, f.y - 8, 0.3)
        cols.draw(d, f.y, ["", "Claim subtotal", "", ""] + [m(x) for x in v] + [""] + [m(x) for x in v2] + [""],
                  7.5, True)
        rec.claim(c, billed=v[0], allowed=v[1], paid=v2[0], patient_owes=v2[1])
        f.y += 18
    allsv = [s for c in claims for s in c.svcs]
    f.need(40)
    d.text(30, f.y, f"Report totals:  Charges {m(total(allsv, 'billed'))}   Payments {m(total(allsv, 'paid'))}   "
                    f"Patient responsibility {m(total(allsv, 'owes'))}   Claims {len(claims)}", 8.5, True)
    f.y += 14
    legend = [("N640", "Service not covered for the reported condition."),
              ("MA01", "The amounts in parentheses take back an earlier payment; the corrected claim follows.")]
    for k, t in legend:
        d.text(30, f.y, f"{k}  {t}", 7.5)
        f.y += 10
    d.save()
    if npages:
        write_truth(out / name, "h201_08", "fpdf2", d.pages, "practice-management remittance detail report",
                    rec.lines, rec.claims, legend)
    return d.pages


SPEC08 = spec(lambda ln: iso(ln["service_date"], "mdy4"), lambda c, ms: " ".join([c] + ms), lambda u: u,
              lambda v: money(v, ",", "()"), ("billed", "allowed", "deductible", "coinsurance", "paid",
                                               "patient_owes"),
              adj_fn=lambda g, r, a: f"{g}-{r}: {money(Decimal(a), ',', '()')}", every_adj="plus_share", block=1)


# ================================================================ 09 therapy clinic family statement (reportlab)
def l09(out, npages):
    name = "h201_09_clinic_family_statement.pdf"
    d = Doc("rl", out / name, "LiberationSerif")
    rec = Rec()
    pr = ("billed", "paid", "patient_owes")
    m = lambda v: money(v, ",")  # noqa: E731
    stM = PlanState(ded_left=q(75), allowed_rate=Decimal("0.74"), coins_rate=Decimal("0.20"))
    stL = PlanState(allowed_rate=Decimal("0.70"), visit_copay=q(30))
    stT = PlanState(allowed_rate=Decimal("0.76"), coins_rate=Decimal("0.20"))
    ins = "Brightwater Health Partners"
    visits = [
        C("V-118204", "BW6620014", "Mateo Haugen", [commercial(s, stM) for s in [
            S(D(1, 5), "97166", 1, ("GO",)), S(D(1, 5), "97530", 1, ("GO",))]], pd="01/30/2026"),
        C("V-118233", "BW6620388", "Lucia Haugen", [commercial(s, stL) for s in [
            S(D(1, 6), "92523", 1, ("GN",)), S(D(1, 6), "92507", 1, ("GN",))]], pd="01/30/2026"),
        C("V-118260", "BW6621105", "Mateo Haugen", [commercial(s, stM) for s in [
            S(D(1, 12), "97530", 2, ("GO",)), S(D(1, 12), "97533", 1, ("GO",)), S(D(1, 12), "97112", 1, ("GO",))]],
          pd="02/02/2026"),
        C("V-118291", "BW6621532", "Tomas Haugen", [commercial(s, stT) for s in [
            S(D(1, 14), "97161", 1, ("GP",)), S(D(1, 14), "97110", 2, ("GP",)),
            S(D(1, 14), "97018", 1, ("GP",), denied="PR")]], pd="02/03/2026"),
        C("V-118302", "BW6621840", "Lucia Haugen", [commercial(s, stL) for s in [
            S(D(1, 20), "92507", 1, ("GN",)), S(D(1, 20), "92526", 1, ("GN",))]], pd="02/03/2026"),
        C("V-118344", "BW6622217", "Mateo Haugen", [commercial(s, stM) for s in [
            S(D(1, 26), "97530", 2, ("GO",)), S(D(1, 26), "97535", 1, ("GO",)), S(D(1, 26), "97533", 1, ("GO",)),
            S(D(1, 26), "97542", 1, ("GO",), denied="CO")]], pd="02/05/2026"),
        C("V-118370", "BW6622498", "Tomas Haugen", [commercial(s, stT) for s in [
            S(D(1, 28), "97110", 2, ("GP",)), S(D(1, 28), "97140", 1, ("GP",)), S(D(1, 28), "97116", 1, ("GP",))]],
          pd="02/06/2026"),
    ]
    X = [40, 90, 160, 300, 330, 358, 380, 432, 480, 526, 574]
    cols = Cols([(X[0], "L"), (X[1], "L"), (X[2], "L"), (X[3], "L"), (X[4], "L"), (X[6] - 4, "R"),
                 (X[7] - 2, "R"), (X[8] - 2, "R"), (X[9] - 2, "R"), (X[10] - 2, "R")])
    allsv = [s for c in visits for s in c.svcs]
    due = total(allsv, "owes") - q(30)

    def foot(pg):
        if npages:
            d.text(306, 770, f"Page {pg} of {npages}", 8, False, "C")
        d.text(306, 780, "Kestrel Pediatric Therapy Collective  -  Billing office 555-0163  -  Tax ID on request", 7,
               False, "C")

    def brk(f):
        d.page()
        foot(d.pages)
        d.text(40, 40, "Soledad Ferreira-Haugen   Account No. G-30118   Statement Date 02/12/2026", 8)
        f.y = 62
    foot(1)
    d.rect(36, 30, 540, 110, 0.8)
    d.text(44, 48, "KESTREL PEDIATRIC THERAPY COLLECTIVE", 12, True)
    d.text(44, 60, "418 Wren Hollow Road, Suite 2B", 8.5)
    d.text(44, 70, "Ashby Ferry, WA 98377", 8.5)
    d.text(44, 98, "Soledad Ferreira-Haugen", 9)
    d.text(44, 109, "63 Larkspur Terrace", 9)
    d.text(44, 120, "Ashby Ferry, WA 98377-1904", 9)
    for i, (a, b) in enumerate([("Statement Date", "02/12/2026"), ("Account No.", "G-30118"),
                                ("Amount Due", money(due, "$")), ("Please Pay By", "03/05/2026"),
                                ("Amount Enclosed", "$______________")]):
        d.rect(380, 40 + i * 19, 190, 19, 0.4)
        d.text(386, 53 + i * 19, a, 8)
        d.text(564, 53 + i * 19, b, 9, True, "R")
    d.text(306, 152, "- - - - - Please detach and return the top portion with your payment - - - - -", 7, False, "C")
    d.text(40, 176, "Family account statement", 12, True)
    d.text(40, 189, "Guarantor: Soledad Ferreira-Haugen.  Visits for every family member on this account are listed "
                    "below, with what your insurance has paid.", 8)
    y = 206
    d.hline(36, 576, y - 10, 0.8)
    cols.draw(d, y, ["Date", "Patient", "Description", "CPT", "Mod", "Units", "Charges", "Insurance", "Adjust-",
                     "Balance"], 7.5, True)
    cols.draw(d, y + 9, ["", "", "", "", "", "", "", "Paid", "ments", ""], 7.5, True)
    d.hline(36, 576, y + 13, 0.8)
    f = Flow(d, 748, brk)
    f.y = y + 26
    payrow = False
    for c in visits:
        f.need(14)
        d.text(40, f.y, f"Visit {c.cid}", 7.5, True)
        f.y += 11
        for s in c.svcs:
            f.need(11)
            adj = s.billed - s.paid - s.owes
            cols.draw(d, f.y, [dfmt(s.dos, "mdy4"), c.patient, s.desc[:28], s.code, " ".join(s.mods),
                               units_str(s.units), m(s.billed), m(s.paid), m(adj), m(s.owes)], 7.5)
            rec.line(d, s, c, pr, overrides={"description": s.desc[:28]})
            f.y += 11
        f.need(11)
        d.text(X[2], f.y, f"Filed to {ins}, claim #{c.pcn}; processed {c.pd}", 7, False)
        f.y += 14
        if c.cid == "V-118233" and not payrow:
            f.need(11)
            cols.draw(d, f.y, ["01/21/2026", "", "Payment - thank you (card 4410)", "", "", "", "", "", "",
                               "-30.00"], 7.5)
            f.y += 14
            payrow = True
    f.need(80)
    d.hline(36, 576, f.y - 6, 0.8)
    tots = [("Total charges", total(allsv, "billed")), ("Insurance payments", total(allsv, "paid")),
            ("Adjustments", total(allsv, "billed") - total(allsv, "paid") - total(allsv, "owes")),
            ("Patient payments", q(30)), ("Amount due now", due)]
    for a, b in tots:
        f.y += 11
        d.text(380, f.y, a, 8.5, a == "Amount due now")
        d.text(570, f.y, money(b, "$"), 8.5, a == "Amount due now", "R")
    f.y += 20
    for i, (a, b) in enumerate([("Current", due), ("31-60 days", ZERO), ("61-90 days", ZERO), ("Over 90", ZERO)]):
        d.rect(40 + i * 90, f.y - 10, 90, 26, 0.4)
        d.text(46 + i * 90, f.y, a, 7.5)
        d.text(46 + i * 90, f.y + 11, money(b, "$"), 8, True)
    d.save()
    if npages:
        write_truth(out / name, "h201_09", "reportlab", d.pages, "therapy clinic family statement", rec.lines,
                    [{"claim_id": c.cid, "payer_claim_id": c.pcn, "patient": c.patient,
                      "totals": claim_totals()} for c in visits], [])
    return d.pages


SPEC09 = spec(lambda ln: iso(ln["service_date"], "mdy4"), lambda c, ms: " ".join([c] + ms), lambda u: u,
              lambda v: money(v, ","), ("billed", "paid", "patient_owes"))


# ================================================================ 10 hospital guarantor statement with sidebar (fpdf2)
def l10(out, npages):
    name = "h201_10_hospital_guarantor_statement.pdf"
    d = Doc("fp", out / name, "DejaVuSansCondensed", fixed_when=FIXED_WHEN)
    rec = Rec()
    m = lambda v: money(v, ",")  # noqa: E731
    REV = {"97": "0434", "92": "0444", "99": "0510", "G0": "0424"}
    stW = PlanState(ded_left=q(250), allowed_rate=Decimal("0.62"), coins_rate=Decimal("0.20"))
    stN = PlanState(allowed_rate=Decimal("0.66"), coins_rate=Decimal("0.10"))
    wren = []
    for v in (D(1, 6), D(1, 9), D(1, 13), D(1, 16), D(1, 20), D(1, 23), D(1, 27)):
        wren += [S(v, "97530", 2, ("GO",)), S(v, "97110", 1, ("GO",))]
    wren.insert(0, S(D(1, 6), "97167", 1, ("GO",)))
    accts = [
        C("6600231147", "2026013100447", "Wren Rafferty", [commercial(s, stW) for s in wren],
          ins="Ashgrove Health Alliance", rng="01/06/26 - 01/27/26", svc="Outpatient Occupational Therapy"),
        C("6600231802", "2226041000318", "Callum Rafferty", [medicaid(s) for s in [
            S(D(1, 8), "92523", 1, ("GN",)), S(D(1, 15), "92507", 1, ("GN",)), S(D(1, 22), "92507", 1, ("GN",)),
            S(D(1, 29), "92507", 1, ("GN",)), S(D(1, 29), "92526", 1, ("GN",))]],
          ins="Eastmoor Medicaid (child coverage)", rng="01/08/26 - 01/29/26",
          svc="Outpatient Speech-Language Pathology"),
        C("6600232015", "2026020400912", "Niamh Rafferty", [commercial(s, stN) for s in [
            S(D(1, 21), "99213", 1), S(D(1, 21), "97161", 1, ("GP",)), S(D(1, 21), "G0283", 1, ("GP",)),
            S(D(1, 28), "97110", 2, ("GP",)), S(D(1, 28), "97140", 1, ("GP",))]],
          ins="Ashgrove Health Alliance", rng="01/21/26 - 01/28/26", svc="Outpatient Physical Therapy / Clinic"),
    ]
    X = [36, 78, 108, 160, 360, 396]
    cols = Cols([(X[0], "L"), (X[1], "L"), (X[2], "L"), (X[3], "L"), (X[4], "R"), (X[5] + 32, "R")])
    due = sum((total(c.svcs, "owes") for c in accts), ZERO)

    def sidebar(pg):
        d.rect(446, 30, 136, 732, 0.4, fill=0.94)
        d.text(454, 50, "Amount Due", 9, True)
        d.text(454, 66, money(due, "$"), 14, True)
        d.text(454, 82, "Due by 03/10/2026", 8)
        for i, t in enumerate(["Questions about this bill?", "Patient Financial Services", "555-0177, Mon-Fri 8-5",
                               "", "Ways to pay", "Online: pay portal", "By phone: 555-0178", "By mail: Patient Financial",
                               "Services, PO Box 2400", "", "Financial assistance", "You may qualify for help",
                               "with your bill based on", "household income. Ask us", "for an application."]):
            d.text(454, 110 + i * 11, t, 7.5, i in (0, 4, 10))
        if npages:
            d.text(454, 750, f"Page {pg} of {npages}", 7.5)

    def top(pg):
        sidebar(pg)
        d.text(36, 44, "St. Brigid Valley Medical Center", 13, True)
        d.text(36, 56, "Outpatient Rehabilitation Services  |  2400 Orchard Crest Blvd, Fallbrook Mills, PA 17330", 7)
        d.text(36, 68, "Guarantor: Niamh Rafferty   Guarantor No. 0448120   Statement date 02/13/2026", 7.5)
        d.hline(36, 436, 74, 0.8)

    def col_head(y):
        cols.draw(d, y, ["Date", "Rev", "CPT/HCPCS", "Description", "Qty", "Charges"], 7.5, True)
        d.hline(36, 436, y + 3, 0.4)
        return y + 13

    def brk(f):
        d.page()
        top(d.pages)
        f.y = 94
    top(1)
    f = Flow(d, 745, brk)
    f.y = 94
    for c in accts:
        f.need(60)
        d.rect(36, f.y - 10, 400, 24, 0.4, fill=0.88)
        d.text(40, f.y, f"Patient: {c.patient}", 8.5, True)
        d.text(432, f.y, f"Account {c.cid}", 8.5, True, "R")
        d.text(40, f.y + 10, f"{c.svc}   Service dates {c.rng}", 7)
        f.y += 28
        f.y = col_head(f.y)
        for s in c.svcs:
            if f.need(12):
                d.text(40, f.y, f"Patient: {c.patient}  Account {c.cid}  (continued)", 8, True)
                f.y = col_head(f.y + 14)
            cols.draw(d, f.y, [dfmt(s.dos, "mdy2"), REV[s.code[:2]], "-".join((s.code,) + s.mods), s.desc,
                               units_str(s.units), m(s.billed)], 7.5)
            rec.line(d, s, c, ("billed",))
            f.y += 11
        v = [total(c.svcs, a) for a in ("billed", "paid", "owes")]
        adj = v[0] - v[1] - v[2]
        f.need(60)
        d.hline(X[3], 436, f.y - 8, 0.3)
        rows = [("Total charges", v[0]), (f"Insurance payment - {c.ins}", v[1]),
                (f"Claim {c.pcn} processed 02/0{5 if c.cid.endswith('47') else 9}/2026", None),
                ("Contractual allowance", adj), ("Patient balance this account", v[2])]
        for a, b in rows:
            d.text(X[3], f.y, a, 7.5, a.startswith("Patient balance") or a.startswith("Total"))
            if b is not None:
                d.text(X[5] + 32, f.y, m(b), 7.5, a.startswith("Patient balance") or a.startswith("Total"), "R")
            f.y += 10.5
        rec.claim(c, billed=v[0], paid=v[1], patient_owes=v[2])
        f.y += 14
    f.need(40)
    d.text(36, f.y, f"Total due from guarantor: {money(due, '$')}", 9, True)
    d.save()
    if npages:
        write_truth(out / name, "h201_10", "fpdf2", d.pages, "hospital guarantor statement with sidebar", rec.lines,
                    rec.claims, [])
    return d.pages


SPEC10 = spec(lambda ln: iso(ln["service_date"], "mdy2"), lambda c, ms: "-".join([c] + ms), lambda u: u,
              lambda v: money(v, ","), ("billed",))


LAYOUTS = [(l01, SPEC01), (l02, SPEC02), (l03, SPEC03), (l04, SPEC04), (l05, SPEC05), (l06, SPEC06),
           (l07, SPEC07), (l08, SPEC08), (l09, SPEC09), (l10, SPEC10)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", help="output folder (default: a new temp folder)")
    ap.add_argument("--check", action="store_true", help="self-check the written files")
    a = ap.parse_args(argv)
    import tempfile
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout201_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for fn, sp in LAYOUTS:
        twice(fn, out)
        written.append((sorted(out.glob(f"h201_{fn.__name__[1:]}_*.pdf"))[0], sp))
    print(f"wrote {len(written)} PDFs with truth files to {out}")
    if not a.check:
        return 0
    import hashlib
    import tempfile as tf
    bad = 0
    nlines = npages = 0
    with tf.TemporaryDirectory() as t2:
        for fn, _ in LAYOUTS:
            twice(fn, Path(t2))
        for pdf, sp in written:
            errs = check_file(pdf, sp)
            other = Path(t2) / pdf.name
            if hashlib.sha256(pdf.read_bytes()).digest() != hashlib.sha256(other.read_bytes()).digest():
                errs.append("output is not deterministic (second build differs)")
            import json
            tr = json.loads(Path(str(pdf) + ".truth.json").read_text())
            nlines += len(tr["lines"])
            npages += tr["pages"]
            print(f"{'OK  ' if not errs else 'FAIL'} {pdf.name}: {tr['pages']} pages, {len(tr['lines'])} lines, "
                  f"{len(tr['claims'])} claims, {len(tr['expected_findings'])} planted findings")
            for e in errs[:12]:
                print("     ", e)
            bad += bool(errs)
    print(f"check: {len(written) - bad}/{len(written)} files pass; {nlines} service lines on {npages} pages")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
