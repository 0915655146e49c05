"""Write the FIFTY-SEVENTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader on the five commonest real document kinds, two house styles each, written
by an author who did not look at the reader (sets 1-56 came earlier and may have been seen).

Run:  python bench/heldout57/make_heldout57_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout57/make_heldout57_pdfs.py OUT_DIR --check     (also self-check the written files)
      (--only=c1 --only=p2 ... renders a subset while editing)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py writes it: <name>.pdf.truth.json), printed values
only, null for what a layout does not print (units null where no quantity is printed); claim_id = the
provider's own account / patient-control / visit-group number, payer_claim_id = the payer's claim number / ICN
/ TCN, patient exactly as printed (the person served, never the subscriber or guarantor unless the same).
Adjustments are recorded only where the page prints group+reason codes for the line; remarks are the note /
remark / EOB codes printed on the line. Every name, number, payer, provider, address and ID is invented;
descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no
randomness); each document is rendered twice so pages can print "Page n of N". Helpers: bench/heldout57/h57.py.

Layouts:
  c1  commercial PPO member EOB for a family (reportlab, portrait Liberation Sans): family summary table, grey
      "Claim for <name> (<relation>)" bars with claim number and the provider's patient account, 13 columns
      Amount billed / Plan discount / Allowed amount / Not covered / Deductible / Copay / Coinsurance / Plan paid /
      Your cost / Notes, code and modifiers with spaces ("97533 GO 59"), NO units, wrapped service wording, a
      not-covered test, the longest claim runs onto page 2 under a "(continued from previous page)" bar and a
      repeated header, notes legend
  c2  cooperative health plan "Your Benefit Explanation" to the subscriber (fpdf2, landscape DejaVu Serif, dark
      title band): "Services for: <NAME>" bands per family member, claim line "Claim ID ... · provider · Your
      provider's reference ...", Code and Mod in separate columns, Qty, Charged / Member rate / Deductible / Copay /
      Coinsurance / Plan paid / Your share / Remark, dates 01/05/26, per-visit copay, a not-covered line; PLANTED
      claim-total mismatch (Your share total 10.00 too high on one claim, declared as an expected finding)
  m1  Medicare Summary Notice Part B (reportlab, portrait DejaVu Sans): dashboard page (deductible status, claims &
      costs box, providers list), then provider blocks with "Claim number", date sub-headings "Jan 6, 2026", the
      code in parentheses after the wording "(97530-GO)" that wraps onto a second text line, Service Approved?
      Yes/No, Maximum You May Be Billed, letter notes, claim totals; no units, no account number
  m2  Medicare Advantage HMO member EOB (fpdf2, portrait Liberation Sans, fully gridded): Part 1 month / year
      summary, Part 2 provider bars with claim number, "Therapeutic exercises (97110 GO)", Provider's charges /
      Plan's approved amount / Plan's share / Your share, per-visit copay, a not-covered item, a long claim on two
      pages with a "(continued)" bar and repeated header; no units
  d1  state Medicaid remittance advice (fpdf2, landscape core Courier, line-printer): page banner with run date,
      payee, warrant, two-line column heading repeated on every page, CLAIMS PAID / CLAIMS DENIED / CLAIM
      ADJUSTMENTS sections, claim head "ICN  LAST, FIRST M  RECIP ID  PAT ACCT", detail "LN FROM TO PROC MODS UNITS
      BILLED ALLOWED OTHER INS PAID EOB CODES" with MMDDYY dates and units "2.00", a void with trailing-minus
      amounts and its replacement, 4-digit EOB codes with a message list; a claim continues onto page 2 with
      "(CONTINUED)"
  d2  state Medicaid provider remittance advice (reportlab, portrait Liberation Serif): shaded two-row claim boxes
      (Member / Medicaid ID / Claim status / TCN / Patient account / Claim type), gridded lines Ln / Service dates /
      Procedure / Modifiers / Units / Billed / Allowed / Paid / Adjustment ("CO-45 116.30", several stacked in one
      cell) / Remark, a denied claim, a denied line, a reversed claim in parentheses; payment summary box
  p1  Medicare Part B standard-paper-remit print from a clearinghouse ERA viewer (fpdf2, portrait Liberation Mono):
      NAME / MID / ACNT / ICN / ASG / MOA claim heads, PERF PROV / SERV DATE "0105 010526" / POS / NOS / PROC /
      MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD, every adjustment (CO-45, PR-1, PR-2, CO-253)
      stacked under the line, a CO-50 denial with a CNTL/RARC line, PT RESP and CLAIM TOTALS, NET, totals block,
      glossary
  p2  practice-management "Remittance Posting Detail" of a Medicare payment (reportlab, landscape DejaVu Sans
      Condensed): breadcrumb and payer/EFT line, patient bars "Patient: Last, First  Account #  Payer claim #
      Claim status", Mod 1 / Mod 2 columns, units "2.0", only contractual adjustments in one cell ("CO45 116.30,
      CO253 1.18") with Deductible / Coins / Pt Resp columns, a reversal claim with leading minus, claim totals
  s1  pediatric therapy clinic family statement (reportlab, portrait core Helvetica): detach-and-return coupon,
      patient bands for three children, "Visit group V-... Billed to <plan> <date> Insurance claim no. ..." rows,
      glued "97112-GO59" codes, Units, Charges / Ins. paid / Ins. adj. / Your part, a "Not covered" line, visit-group
      totals, a family payment row, balance box; one page
  s2  hospital guarantor statement with itemized outpatient-rehab accounts (fpdf2, portrait Liberation Sans
      Narrow): one account per family member (Account / Patient / service line), Service date / Rev code /
      CPT/HCPCS "97140 GO" / long wrapped description / Qty / Charges, L3807 RT orthosis and A4556 supplies,
      account footer with insurer payment (claim number), contractual adjustment and balance; only charges are
      per line; the hand-therapy account runs onto page 2 with a "(continued)" bar and repeated header

The self-check (--check) tests the factory, not the reader: page counts; every truth line is found on its page's
text layer (pdfplumber words grouped into text lines) with its code, modifiers, units, date tokens, every non-null
amount, each printed adjustment code and amount, and its remark codes on the SAME text line (or the few stacked
text lines of that one row); ids and patients are in the document's text; printed claim totals are in the text;
document arithmetic holds: billed - printed adjustments = paid where every adjustment is printed (d2, p1),
allowed - deductible - copay - coinsurance = paid (c1, c2) and billed - discount - not covered = allowed (c1),
allowed - your share = paid (m2), and every claim total equals the sum of its lines except the planted one, which
really differs.
"""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import h57  # noqa: E402
from h57 import Col, Doc, G, Rec, Table  # noqa: E402

Svc, money, dfmt, q, ZERO = G.Svc, G.money, G.dfmt, G.q, G.ZERO
D = Decimal
ALL_AMTS = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
            "patient_owes")


def d(m: int, dd: int) -> date:
    return date(2026, m, dd)


def code_mod(s: Svc, sep: str = "-", msep: str = "-") -> str:
    return s.code + (sep + msep.join(s.mods) if s.mods else "")


def tot(svcs, attr):
    return G.total(svcs, attr)




# ============================================================================ c1 commercial member EOB (reportlab)

def c1(out: Path):
    name = "h57_c1_commercial_family_eob"
    pdf = out / f"{name}.pdf"
    rec = Rec(name, "h57-c1", "reportlab", "commercial PPO member EOB for a family (portrait Liberation Sans)")
    rec.plan_math = "commercial"
    fm = lambda x: money(x, "$")  # noqa: E731
    st = G.PlanState(ded_left=D("150.00"), coins_rate=D("0.20"), allowed_rate=D("0.78"))
    st_b = G.PlanState(ded_left=ZERO, copay_codes={"99213": D("30.00")}, allowed_rate=D("0.74"))
    claims = [
        ("Maya Okonkwo-Reeves", "Daughter", "PMH-2601-004471-09", "BPT-0044817", "Brightside Pediatric Therapy",
         [Svc(d(1, 6), "97166", 1, ("GO",)), Svc(d(1, 6), "97530", 2, ("GO",))]
         + [x for dd in (8, 13, 15, 20, 22, 27) for x in (
             Svc(d(1, dd), "97530", 2 + dd % 2, ("GO",)),
             Svc(d(1, dd), ("97533", "97112", "97535")[dd % 3], 1, ("GO", "59") if dd % 3 == 0 else ("GO",)))]
         + [Svc(d(1, 29), "97530", 2, ("GO",)), Svc(d(1, 29), "97750", 1, ("GO",), denied="PR")], st),
        ("Jonah Okonkwo-Reeves", "Son", "PMH-2601-004502-11", "BPT-0044818", "Brightside Pediatric Therapy",
         [Svc(d(1, 8), "92523", 1, ("GN",)), Svc(d(1, 15), "92507", 1, ("GN",)),
          Svc(d(1, 22), "92507", 1, ("GN",))], st),
        ("Adaeze Okonkwo-Reeves", "Self", "PMH-2601-004633-02", "7720915", "Lakemont Orthopedic Group",
         [Svc(d(1, 12), "99213", 1, ()), Svc(d(1, 12), "97161", 1, ("GP",)),
          Svc(d(1, 12), "97140", 1, ("GP", "59"))], st_b),
    ]
    for c in claims:
        for s in c[5]:
            G.commercial(s, c[6])
            s.remarks = ["N4"] if s.denied else (["D1"] if s.deductible else (["C2"] if s.copay else []))
    rec.legend = [("C2", "Your plan's office-visit copay applied to this service."),
                  ("D1", "Part or all of this amount counts toward your yearly deductible."),
                  ("N4", "Testing of this kind is not a covered benefit under your plan. You may owe the provider.")]
    doc = Doc("reportlab", pdf, "LiberationSans", title="Explanation of Benefits")

    def furniture(dc: Doc, cont: bool) -> float:
        dc.text(40, 44, "PINEWOOD MUTUAL", "B", 15)
        dc.text(40, 56, "health plan", "R", 9, grey=0.35)
        dc.text(572, 44, "Explanation of Benefits", "B", 12, "r")
        dc.text(572, 56, "THIS IS NOT A BILL", "B", 8, "r")
        dc.line(40, 64, 572, 64, 1.2)
        dc.text(40, 770, "Pinewood Mutual Health Plan  |  PO Box 4410, Harlan Falls, OR 97990  |  Member services "
                "1-800-555-0147 (TTY 711)", "R", 6.5, grey=0.3)
        dc.text(572, 770, f"Page {dc.pages} of {dc.of}", "R", 6.5, "r")
        if cont:
            dc.text(40, 78, "Adaeze Okonkwo-Reeves  ·  Member ID PMH884120-01  ·  Statement date 02/04/2026", "R", 7)
            return 90
        return 0

    doc.new_page()
    furniture(doc, False)
    y = 84
    for ln in ("ADAEZE OKONKWO-REEVES", "2217 TAMARACK LOOP", "HARLAN FALLS OR 97991"):
        doc.text(48, y, ln, "R", 9)
        y += 11
    doc.rect(350, 76, 222, 62, fill=0.94)
    for i, (k, v) in enumerate((("Member", "Adaeze Okonkwo-Reeves"), ("Member ID", "PMH884120-01"),
                                ("Group", "Halvorsen Timber Co. - 50213"), ("Statement date", "02/04/2026"))):
        doc.text(358, 90 + i * 12, k, "B", 7.5)
        doc.text(430, 90 + i * 12, v, "R", 7.5)
    y = 162
    doc.text(40, y, "Summary of claims processed for your family", "B", 10)
    y += 6
    sm = Table(doc, [Col("Family member", 170), Col("Claims", 50, "r"), Col("Amount billed", 90, "r"),
                     Col("Plan paid", 90, "r"), Col("Your total cost", 90, "r")], 40, y, 740,
               furniture, size=7.5, lead=10, head_fill=0.82)
    sm.header()
    for c in claims:
        sm.row([f"{c[0]} ({c[1]})", "1", fm(tot(c[5], "billed")), fm(tot(c[5], "paid")), fm(tot(c[5], "owes"))])
    y = sm.y + 18
    doc.para(40, y, "Your plan year deductible is $150.00 per person. Deductible met so far: Maya $150.00; Jonah "
             "$0.00; Adaeze $0.00. Keep this statement with your records. When your provider bills you, compare the "
             "bill with the Your total cost column below.", 530, "R", 7.5)
    cols = [Col("Date of|service", 48), Col("Service", 92, wrap=True), Col("Code", 44), Col("Amount|billed", 40, "r"),
            Col("Plan|discount", 38, "r"), Col("Allowed|amount", 40, "r"), Col("Not|covered", 38, "r"),
            Col("Deduct-|ible", 36, "r"), Col("Copay", 32, "r"), Col("Coin-|surance", 36, "r"),
            Col("Plan|paid", 40, "r"), Col("Your|cost", 36, "r"), Col("Notes", 26, "c")]
    tb = Table(doc, cols, 30, y + 40, 748, furniture, size=6.8, lead=10.4, head_fill=0.85, ruled=True)
    for (pat, rel, clm, acct, prov, svcs, _st) in (claims[1], claims[2], claims[0]):
        def cont(t, pat=pat, clm=clm):
            t.span(f"Claim for {pat} - claim number {clm} (continued from previous page)", "B", 0.93)
        tb.span(f"Claim for {pat} ({rel})   Claim number {clm}", "B", 0.72, keep=60)
        tb.span(f"Provider: {prov}   Provider's patient account {acct}   Received 01/29/2026   "
                f"Processed 02/03/2026", "R")
        tb.header()
        for s in svcs:
            pg = tb.row([dfmt(s.dos, "mdy4"), s.desc, code_mod(s, " ", " "), fm(s.billed), fm(s.discount),
                         fm(s.allowed), fm(s.not_covered), fm(s.deductible), fm(s.copay), fm(s.coinsurance),
                         fm(s.paid), fm(s.owes), " ".join(s.remarks)], cont=cont)
            rec.add(pg, s, [code_mod(s, " ", " ")], [dfmt(s.dos, "mdy4")], claim_id=acct, payer_claim_id=clm,
                    patient=pat, printed=ALL_AMTS, units=False, remarks=s.remarks)
        tots = [fm(tot(svcs, a)) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                           "coinsurance", "paid", "owes")]
        tb.row(["Claim total", "", ""] + tots + [""], "B")
        rec.claim(acct, clm, pat, G.claim_totals(tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"),
                                                  tot(svcs, "owes")), tots)
        tb.y += 10
    tb.need(80, header=False)
    tb.y += 6
    doc.text(40, tb.y, "Notes", "B", 8)
    yy = tb.y + 11
    for k, v in rec.legend:
        doc.text(44, yy, k, "B", 7)
        doc.text(62, yy, v, "R", 7)
        yy += 10
    doc.para(40, yy + 6, "You have the right to appeal. Send a written request within 180 days of the statement date "
             "to Pinewood Mutual Appeals, PO Box 4433, Harlan Falls, OR 97990.", 530, "R", 7)
    return finish(doc, rec, pdf, fm)


def finish(doc: Doc, rec: Rec, pdf: Path, fm):
    doc.save()
    rec.write(pdf, doc.pages)
    h57.PAGECOUNT[str(pdf)] = doc.pages
    return rec, pdf, fm


# ============================================================================ c2 commercial member EOB (fpdf2)

def c2(out: Path):
    name = "h57_c2_commercial_benefit_explanation"
    pdf = out / f"{name}.pdf"
    rec = Rec(name, "h57-c2", "fpdf2", "cooperative health plan member benefit explanation, landscape DejaVu Serif")
    rec.plan_math = "commercial"
    fm = lambda x: money(x, ",")  # noqa: E731
    st1 = G.PlanState(ded_left=D("250.00"), coins_rate=D("0.10"), allowed_rate=D("0.80"))
    st2 = G.PlanState(visit_copay=D("25.00"), allowed_rate=D("0.80"))
    st3 = G.PlanState(ded_left=ZERO, coins_rate=D("0.10"), allowed_rate=D("0.80"))
    fam = [
        ("THEO BALLANTYNE-ORTIZ", [
            ("7731-0045-2601", "CC-118204", "Fernhill Kids Occupational Therapy", st1,
             [Svc(d(1, 5), "97165", 1, ("GO",)), Svc(d(1, 5), "97530", 2, ("GO",)),
              Svc(d(1, 9), "97530", 3, ("GO",)), Svc(d(1, 9), "97112", 1, ("GO", "59")),
              Svc(d(1, 16), "97530", 2, ("GO", "KX")), Svc(d(1, 16), "97535", 2, ("GO",)),
              Svc(d(1, 23), "97530", 3, ("GO",)), Svc(d(1, 23), "97533", 1, ("GO",)),
              Svc(d(1, 26), "97530", 2, ("GO",)), Svc(d(1, 26), "97535", 1, ("GO",)),
              Svc(d(1, 28), "97530", 3, ("GO", "KX")), Svc(d(1, 28), "97112", 1, ("GO",)),
              Svc(d(1, 30), "97530", 2, ("GO",)), Svc(d(1, 30), "97140", 1, ("GO",))]),
        ]),
        ("LUCIA BALLANTYNE-ORTIZ", [
            ("7731-0052-2601", "CC-118377", "Fernhill Kids Occupational Therapy", st2,
             [Svc(d(1, 7), "92523", 1, ("GN",)), Svc(d(1, 14), "92507", 1, ("GN",)),
              Svc(d(1, 21), "92507", 1, ("GN",)), Svc(d(1, 21), "97129", 1, ("GN",), denied="PR")]),
        ]),
        ("RAFAEL ORTIZ", [
            ("7731-0061-2601", "44081-A", "Cedar Point Physical Therapy", st3,
             [Svc(d(1, 19), "97162", 1, ("GP",)), Svc(d(1, 19), "97110", 2, ("GP",)),
              Svc(d(1, 26), "97110", 2, ("GP", "CQ")), Svc(d(1, 26), "97140", 1, ("GP",)),
              Svc(d(1, 26), "G0283", 1, ("GP",))]),
        ]),
    ]
    for _, cl in fam:
        for c in cl:
            for s in c[4]:
                G.commercial(s, c[3])
                s.remarks = ["X7"] if s.denied else (["K1"] if "KX" in s.mods else [])
    rec.legend = [("K1", "Visits past the yearly therapy threshold were reviewed and allowed as medically needed."),
                  ("X7", "This service is not included in your coverage. The provider may bill you.")]
    doc = Doc("fpdf2", pdf, "DejaVuSerif", landscape=True, title="Your Benefit Explanation")

    def furniture(dc: Doc, cont: bool) -> float:
        dc.rect(0, 0, 792, 46, fill=0.25, stroke=False)
        dc.text(36, 28, "Cascade Valley Health Cooperative", "B", 15, grey=1.0)
        dc.text(756, 22, "YOUR BENEFIT EXPLANATION", "B", 10, "r", grey=1.0)
        dc.text(756, 36, "Statement period 01/01/2026 - 01/31/2026", "R", 7.5, "r", grey=1.0)
        dc.text(36, 594, "Cascade Valley Health Cooperative · 1900 Riverside Commons, Tillamook Bay, WA 98999 · "
                "Questions? 1-888-555-0193", "R", 6.5, grey=0.3)
        dc.text(756, 594, f"Page {dc.pages} of {dc.of}", "R", 6.5, "r")
        return 62 if cont else 0

    doc.new_page()
    furniture(doc, False)
    doc.text(36, 66, "Prepared for: ELENA BALLANTYNE-ORTIZ, Subscriber", "B", 9)
    doc.text(36, 78, "Subscriber number CVH-302-771-04   ·   Plan: Cooperative Choice 250   ·   Issued February 2, 2026",
             "R", 7.5)
    doc.para(36, 92, "This explanation lists the care your family received and how the cooperative paid for it. It is "
             "not a bill. Your share is what the provider may ask you to pay.", 700, "R", 7.5)
    cols = [Col("Visit date", 52), Col("What was done", 150, wrap=True), Col("Code", 38), Col("Mod", 42),
            Col("Qty", 24, "r"), Col("Charged", 54, "r"), Col("Member|rate", 54, "r"), Col("Deduct-|ible", 50, "r"),
            Col("Copay", 44, "r"), Col("Coin-|surance", 52, "r"), Col("Plan|paid", 52, "r"), Col("Your|share", 52, "r"),
            Col("Remark", 40, "c")]
    tb = Table(doc, cols, 36, 118, 572, furniture, size=7.6, lead=11.5, head_fill=None, ruled=True)
    for pat, cl in (fam[1], fam[0], fam[2]):
        tb.span(f"Services for: {pat}", "B", 0.8, size=8.5, keep=80)
        for clm, acct, prov, _st, svcs in cl:
            def cont(t, pat=pat, clm=clm):
                t.span(f"{pat} - Claim ID {clm} (continued)", "B", 0.9)
            tb.span(f"Claim ID {clm}  ·  {prov}  ·  Your provider's reference {acct}  ·  Processed 01/31/2026", "R",
                    0.93, keep=50)
            tb.header()
            for s in svcs:
                pg = tb.row([dfmt(s.dos, "mdy2"), s.desc, s.code, " ".join(s.mods), G.units_str(s.units),
                             fm(s.billed), fm(s.allowed), fm(s.deductible), fm(s.copay), fm(s.coinsurance),
                             fm(s.paid), fm(s.owes), " ".join(s.remarks)], cont=cont)
                rec.add(pg, s, [s.code, " ".join(s.mods)], [dfmt(s.dos, "mdy2")], claim_id=acct,
                        payer_claim_id=clm, patient=pat,
                        printed=("billed", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes"),
                        remarks=s.remarks)
            owes_printed = tot(svcs, "owes")
            if clm == "7731-0052-2601":  # PLANTED: the printed share total is 10.00 too high
                owes_printed += D("10.00")
                rec.mismatch_claims[acct] = "patient_owes"
                rec.findings.append(f"claim-total-mismatch claim {acct}: printed Your share total "
                                    f"{fm(owes_printed)} but the lines add up to {fm(tot(svcs, 'owes'))}")
            tots = [fm(tot(svcs, "billed")), fm(tot(svcs, "allowed")), fm(tot(svcs, "deductible")),
                    fm(tot(svcs, "copay")), fm(tot(svcs, "coinsurance")), fm(tot(svcs, "paid")), fm(owes_printed)]
            tb.row(["", "Claim totals", "", "", ""] + tots + [""], "B")
            rec.claim(acct, clm, pat, G.claim_totals(tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"),
                                                      owes_printed), tots)
            tb.y += 6
    tb.need(60, header=False)
    yy = tb.y + 12
    doc.text(36, yy, "Remark codes", "B", 8)
    for k, v in rec.legend:
        yy += 10
        doc.text(40, yy, f"{k}  {v}", "R", 7)
    return finish(doc, rec, pdf, fm)


# ============================================================================ m1 Medicare Summary Notice (reportlab)

def m1(out: Path):
    name = "h57_m1_medicare_summary_notice"
    pdf = out / f"{name}.pdf"
    rec = Rec(name, "h57-m1", "reportlab", "Medicare Summary Notice Part B, portrait DejaVu Sans")
    fm = lambda x: money(x, "$")  # noqa: E731
    who = "ROSALIND T. ABERNATHY-KWAN"
    st = G.PlanState(ded_left=D("121.40"))
    claims = [
        ("Kestrel Bay Rehabilitation Services", "(555) 014-8890", "Wendell Achebe, OTR/L", "01/21/2026",
         "26-021-4471-8802-0", [Svc(d(1, 6), "97165", 1, ("GO",)), Svc(d(1, 6), "97535", 1, ("GO",)),
                                Svc(d(1, 8), "97530", 2, ("GO",)), Svc(d(1, 8), "97110", 1, ("GO",)),
                                Svc(d(1, 13), "97530", 2, ("GO",)), Svc(d(1, 13), "97140", 1, ("GO", "59")),
                                Svc(d(1, 15), "97530", 2, ("GO", "CO")), Svc(d(1, 15), "97535", 1, ("GO", "CO"))]),
        ("Marrow Creek Physical Therapy", "(555) 017-3320", "Ines Calloway, DPT", "01/28/2026",
         "26-028-0093-1167-0", [Svc(d(1, 20), "97161", 1, ("GP",)), Svc(d(1, 20), "97112", 1, ("GP",)),
                                Svc(d(1, 20), "97750", 1, ("GP",), denied="CO"),
                                Svc(d(1, 22), "97110", 2, ("GP", "KX"))]),
        ("Lindenfield Family Medicine", "(555) 012-6604", "Omar Pettigrew, MD", "02/02/2026",
         "26-033-7781-2204-0", [Svc(d(1, 26), "99213", 1, ()), Svc(d(1, 26), "G0283", 1, ())]),
    ]
    for c in claims:
        for s in c[5]:
            G.medicare(s, st, deny_reason="50")
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    rec.legend = [("A", "The approved amount is based on Medicare's fee schedule. This provider accepts it as full "
                        "payment, so you do not owe the difference."),
                  ("B", "Some or all of this amount went toward your yearly Part B deductible."),
                  ("C", "Medicare did not cover this test because your records did not show it was needed. You do "
                        "not owe the provider for it.")]
    doc = Doc("reportlab", pdf, "DejaVuSans", title="Medicare Summary Notice")

    def furniture(dc: Doc, cont: bool) -> float:
        dc.text(36, 40, "Medicare Summary Notice", "B", 16)
        dc.text(36, 54, "for Part B (Medical Insurance)", "R", 10)
        dc.text(576, 40, who, "B", 9, "r")
        dc.text(576, 52, "Medicare Number XXX-XX-4417Q", "R", 8, "r")
        dc.line(36, 62, 576, 62, 2)
        dc.text(36, 772, "Be sure to check your notice carefully. Call 1-800-555-0199 with questions.", "R", 6.5)
        dc.text(576, 772, f"Page {dc.pages} of {dc.of}", "R", 7, "r")
        return 76

    doc.new_page()
    furniture(doc, False)
    doc.rect(36, 74, 260, 170, fill=0.92)
    doc.text(46, 92, "The Official Summary of Your", "R", 10)
    doc.text(46, 106, "Medicare Claims from the Federal Government", "B", 10)
    doc.para(46, 126, "This notice shows doctor and outpatient services from October 2025 through January 2026. It "
             "is not a bill. Do not send payment to Medicare.", 240, "R", 8)
    doc.text(46, 178, f"{who}", "B", 8)
    doc.text(46, 190, "88 WILLOWMERE CT", "R", 8)
    doc.text(46, 202, "BRACKENRIDGE ND 58999", "R", 8)
    doc.rect(316, 74, 260, 82, fill=0.97)
    doc.text(326, 92, "Your Deductible Status", "B", 10)
    doc.para(326, 108, "Your deductible is what you must pay each year before Medicare pays. You have now met $283.00 "
             "of your $283.00 Part B deductible for 2026.", 240, "R", 8)
    doc.rect(316, 164, 260, 80, fill=0.97)
    doc.text(326, 182, "Your Claims & Costs This Period", "B", 10)
    owes_all = sum((tot(c[5], "owes") for c in claims), ZERO)
    doc.text(326, 200, "Did Medicare approve all services?", "R", 8)
    doc.text(566, 200, "NO", "B", 8, "r")
    doc.text(326, 214, "Number of providers you saw", "R", 8)
    doc.text(566, 214, str(len(claims)), "B", 8, "r")
    doc.text(326, 228, "Total you may be billed", "R", 8)
    doc.text(566, 228, fm(owes_all), "B", 8, "r")
    doc.text(36, 272, "Your Providers & Claims for Part B", "B", 11)
    yy = 290
    for c in claims:
        doc.text(40, yy, f"{c[0]}", "R", 8)
        doc.text(300, yy, f"Claims processed {c[3]}", "R", 8)
        yy += 12
    doc.para(36, yy + 14, "Report fraud or errors: if you see a service you did not get, call the number on each "
             "page. Your claims begin on the next page.", 540, "R", 8)
    doc.new_page()
    furniture(doc, True)
    cols = [Col("Service Provided &|Billing Code", 176, wrap=True), Col("Service|Approved?", 54, "c"),
            Col("Amount|Provider|Charged", 62, "r"), Col("Medicare-|Approved|Amount", 62, "r"),
            Col("Medicare|Paid|Provider", 62, "r"), Col("Maximum|You May|Be Billed", 62, "r"),
            Col("See|Notes|Below", 42, "c")]
    tb = Table(doc, cols, 36, 80, 740, furniture, size=7.5, lead=9.5, head_fill=0.8, ruled=True)
    for prov, phone, by, proc, clm, svcs in claims:
        tb.need(120)
        tb.span(f"{prov}, {phone}", "B", keep=80)
        tb.span(f"Service provided by: {by}   Date processed: {proc}   Claim number: {clm}", "R")
        tb.span(f"Total you may be billed for this claim: {fm(tot(svcs, 'owes'))}", "R")
        tb.header()
        last = None
        for s in svcs:
            if s.dos != last:
                tb.span(dfmt(s.dos, "mon"), "B", keep=20)
                last = s.dos
            label = f"{s.desc} ({code_mod(s)})"
            pg = tb.row([label, "No" if s.denied else "Yes", fm(s.billed), fm(s.allowed), fm(s.paid), fm(s.owes),
                         ", ".join(s.remarks)])
            rec.add(pg, s, [f"({code_mod(s)})"], [], span=2, claim_id=None, payer_claim_id=clm, patient=who,
                    printed=("billed", "allowed", "paid", "patient_owes"), units=False, remarks=s.remarks)
        tots = [fm(tot(svcs, a)) for a in ("billed", "allowed", "paid", "owes")]
        tb.row(["Total for Claim " + clm[-6:], ""] + tots + [""], "B")
        rec.claim(None, clm, who, G.claim_totals(*[tot(svcs, a) for a in ("billed", "allowed", "paid", "owes")]),
                  tots)
        tb.y += 12
    tb.need(110, header=False)
    doc.text(36, tb.y + 8, "Notes for Claims Above", "B", 9)
    yy = tb.y + 22
    for k, v in rec.legend:
        doc.text(40, yy, k, "B", 8)
        yy = doc.para(56, yy, v, 500, "R", 7.5) + 3
    return finish(doc, rec, pdf, fm)


# ============================================================================ m2 Medicare Advantage member EOB (fpdf2)

def m2(out: Path):
    name = "h57_m2_medicare_advantage_eob"
    pdf = out / f"{name}.pdf"
    rec = Rec(name, "h57-m2", "fpdf2", "Medicare Advantage HMO member EOB, portrait Liberation Sans")
    rec.plan_math = "owes"
    fm = lambda x: money(x, "$")  # noqa: E731
    who = "Gideon P. Marchetti-Lowe"
    st = G.PlanState(visit_copay=D("20.00"), allowed_rate=D("0.52"))
    st2 = G.PlanState(visit_copay=D("40.00"), allowed_rate=D("0.60"))
    claims = [
        ("MA-26-0117-44820", "Harborview Hand & Upper Limb Therapy", "01/05/2026 - 01/28/2026",
         [x for dd in (5, 7, 12, 14, 19, 21, 26, 28) for x in (
             Svc(d(1, dd), "97140", 1, ("GO",)), Svc(d(1, dd), "97110", 2, ("GO",)),
             *( [Svc(d(1, dd), "97760", 1, ("GO",))] if dd in (5, 19) else []))]
         + [Svc(d(1, 28), "97018", 1, ("GO",), denied="PR")], st),
        ("MA-26-0122-10395", "Westbrook Neurology Associates", "01/22/2026",
         [Svc(d(1, 22), "99214", 1, ()), Svc(d(1, 22), "95992", 1, ())], st2),
    ]
    for c in claims:
        for s in c[3]:
            G.commercial(s, c[4])
            s.remarks = ["3"] if s.denied else (["1"] if s.copay else ["2"])
    rec.legend = [("1", "Your copayment for this visit. You pay it once per visit date."),
                  ("2", "Our plan paid the whole approved amount for this service."),
                  ("3", "This item is not covered by our plan. Because the provider did not tell you this before "
                        "the visit, you may ask us to review it.")]
    doc = Doc("fpdf2", pdf, "LiberationSans", title="Explanation of Benefits")

    def furniture(dc: Doc, cont: bool) -> float:
        dc.text(40, 40, "Northstar Senior Advantage (HMO)", "B", 13)
        dc.text(40, 52, "A Medicare Advantage plan", "R", 8, grey=0.35)
        dc.text(572, 40, "EXPLANATION OF BENEFITS", "B", 10, "r")
        dc.text(572, 52, "for Medicare medical services (Part C)", "R", 8, "r")
        dc.line(40, 58, 572, 58, 0.8)
        dc.text(40, 764, "Northstar Senior Advantage is an HMO plan with a Medicare contract. H9912_EOB26_M", "R", 6.5)
        dc.text(572, 764, f"{who}  |  Page {dc.pages} of {dc.of}", "R", 6.5, "r")
        return 72

    doc.new_page()
    furniture(doc, False)
    doc.text(40, 80, who, "B", 9)
    doc.text(40, 91, "1450 Ferncliff Ave Apt 3B", "R", 8.5)
    doc.text(40, 102, "Granite Ledge, NH 03999", "R", 8.5)
    doc.rect(340, 70, 232, 44, fill=0.93, stroke=False)
    doc.text(348, 84, "Member ID: NSA-7730921", "R", 8)
    doc.text(348, 96, "Report for: January 2026", "R", 8)
    doc.text(348, 108, "Date sent: February 6, 2026", "R", 8)
    doc.text(40, 132, "Part 1: Your costs this month and so far this year", "B", 10)
    t1 = Table(doc, [Col("", 200), Col("Total cost", 90, "r"), Col("Plan's share", 90, "r"),
                     Col("Your share", 90, "r")], 40, 140, 740, furniture, size=8, lead=11, head_fill=0.88)
    t1.header()
    allsv = [s for c in claims for s in c[3]]
    t1.row(["This month (January 2026)", fm(tot(allsv, "billed")), fm(tot(allsv, "paid")), fm(tot(allsv, "owes"))])
    t1.row(["So far this year", fm(tot(allsv, "billed")), fm(tot(allsv, "paid")), fm(tot(allsv, "owes"))])
    doc.text(40, t1.y + 22, "Part 2: Your medical claims in detail", "B", 10)
    doc.para(40, t1.y + 36, "Claims are listed by the provider who billed our plan. \"Your share\" is what you may owe "
             "the provider, including payments you already made at the visit.", 530, "R", 8)
    cols = [Col("Medical services and supplies|you received", 178, wrap=True), Col("Date", 54),
            Col("Provider's|charges", 62, "r"), Col("Plan's approved|amount", 70, "r"), Col("Plan's|share", 58, "r"),
            Col("Your|share", 58, "r"), Col("See|notes", 52, "c")]
    tb = Table(doc, cols, 40, t1.y + 64, 740, furniture, size=8.2, lead=11, head_fill=0.78, grid=True)
    for clm, prov, dates, svcs, _st in claims:
        def cont(t, clm=clm, prov=prov):
            t.span(f"{prov} - Claim number {clm} (continued)", "B", 0.9)
        tb.span(f"{prov}", "B", 0.9, keep=60)
        tb.span(f"Claim number {clm}   Dates: {dates}   Processed: 02/03/2026", "R")
        tb.header()
        for s in svcs:
            label = f"{s.desc} ({s.code}{' ' + ' '.join(s.mods) if s.mods else ''})"
            anchor = f"({s.code}{' ' + ' '.join(s.mods) if s.mods else ''})"
            pg = tb.row([label, dfmt(s.dos, "mdy2"), fm(s.billed), fm(s.allowed), fm(s.paid), fm(s.owes),
                         s.remarks[0]], cont=cont)
            rec.add(pg, s, [anchor], [], span=2, claim_id=None, payer_claim_id=clm, patient=who,
                    printed=("billed", "allowed", "paid", "patient_owes"), units=False, remarks=s.remarks)
        tots = [fm(tot(svcs, a)) for a in ("billed", "allowed", "paid", "owes")]
        tb.row(["Claim total", ""] + tots + [""], "B", fill=0.95)
        rec.claim(None, clm, who, G.claim_totals(*[tot(svcs, a) for a in ("billed", "allowed", "paid", "owes")]),
                  tots)
        tb.y += 12
    tb.need(90, header=False)
    yy = tb.y + 8
    doc.text(40, yy, "Notes about your claims", "B", 9)
    for k, v in rec.legend:
        yy += 12
        doc.text(44, yy, k, "B", 8)
        yy = doc.para(58, yy, v, 500, "R", 7.5) - 9
    return finish(doc, rec, pdf, fm)


# ============================================================================ d1 state Medicaid RA, line printer (fpdf2)

class Printer:
    """Fixed-width line printer on fpdf2/reportlab pages: header lines repeated on each page."""

    def __init__(self, doc: Doc, size: float, lead: float, top: float, bottom: float, left: float, head):
        self.doc, self.size, self.lead, self.top, self.bottom, self.left, self.head = \
            doc, size, lead, top, bottom, left, head
        self.y = bottom + 1

    def out(self, s: str, f: str = "R", keep: int = 0, cont=None) -> int:
        if self.y + self.lead * (1 + keep) > self.bottom:
            self.doc.new_page()
            self.y = self.top
            for ln, ff in self.head(self.doc):
                self.put(ln, ff)
            if cont:
                for ln in cont():
                    self.put(ln, "B")
        self.put(s, f)
        return self.doc.pages

    def put(self, s: str, f: str = "R") -> None:
        self.doc.text(self.left, self.y, s, f, self.size)
        self.y += self.lead


def d1(out: Path):
    name = "h57_d1_medicaid_ra_lineprinter"
    pdf = out / f"{name}.pdf"
    rec = Rec(name, "h57-d1", "fpdf2", "state Medicaid remittance advice, landscape core Courier line-printer")
    fm = lambda x: money(x, "", "trail")  # noqa: E731
    paid = [
        ("2026034100871", "WESTFALL, JUNIPER A", "770192845", "SPW-31188",
         [Svc(d(1, dd), c, u, m) for dd in (2, 5, 7, 12, 14, 19, 21, 26, 28, 30)
          for c, u, m in (("97530", 2, ("GO",)), ("97110", 1, ("GO",)))]),
        ("2026034100872", "WESTFALL, OSCAR J", "770192846", "SPW-31190",
         [Svc(d(1, 6), "92523", 1, ("GN",))] + [Svc(d(1, dd), "92507", 1, ("GN",))
                                                 for dd in (8, 13, 15, 20, 22, 27, 29)]),
        ("2026034100873", "TRAN-BELLWOOD, KAI", "771004522", "SPW-31204",
         [Svc(d(1, 8), "97166", 1, ("GO",)), Svc(d(1, 8), "97533", 2, ("GO",)),
          Svc(d(1, 15), "97533", 2, ("GO",)), Svc(d(1, 15), "97535", 1, ("GO",)),
          Svc(d(1, 22), "97533", 2, ("GO",)), Svc(d(1, 22), "97112", 1, ("GO", "59")),
          Svc(d(1, 29), "97533", 2, ("GO",)), Svc(d(1, 29), "97535", 1, ("GO",))]),
    ]
    denied = [
        ("2026034100880", "OYELARAN, DESTINY M", "768830017", "SPW-31222",
         [Svc(d(1, 9), "97168", 1, ("GO",), denied="CO"), Svc(d(1, 9), "97530", 2, ("GO",), denied="CO")]),
    ]
    orig = [Svc(d(12, 29).replace(year=2025), "97530", 3, ("GO",)), Svc(d(12, 29).replace(year=2025), "97140", 1,
                                                                          ("GO",))]
    for s in orig:
        G.medicaid(s)
    void = [G.negate(s) for s in orig]
    repl = [Svc(d(12, 29).replace(year=2025), "97530", 2, ("GO",)),
            Svc(d(12, 29).replace(year=2025), "97140", 1, ("GO", "59"))]
    adjusted = [("2026034100891", "TRAN-BELLWOOD, KAI", "771004522", "SPW-30977", void, "VOID OF 2025363100455"),
                ("2026034100892", "TRAN-BELLWOOD, KAI", "771004522", "SPW-30977", repl,
                 "REPLACES 2025363100455")]
    for grp in (paid, adjusted):
        for c in grp:
            for s in c[4]:
                if s.billed > 0:
                    G.medicaid(s)
                s.remarks = ["0262"] if s.paid > 0 else (["0918"] if s.paid < 0 else [])
    for c in denied:
        for s in c[4]:
            G.medicaid(s, deny_reason="197")
            s.remarks = ["0185", "0316"] if s.code == "97168" else ["0185"]
    rec.legend = [("0185", "No prior approval on file for the service dates billed."),
                  ("0262", "Paid at the program's maximum fee for this procedure."),
                  ("0316", "Re-evaluations need a new physician order in the record."),
                  ("0918", "Claim voided at the provider's request; see the replacement claim.")]
    doc = Doc("fpdf2", pdf, "Courier", landscape=True, title="Remittance Advice")
    W = 128

    def head(dc: Doc):
        return [("NORTHMARK DEPARTMENT OF HEALTH SERVICES".ljust(44) + "MEDICAL ASSISTANCE PROGRAM".center(40)
                 + f"RUN DATE 02/06/26  PAGE {dc.pages:>3} OF {dc.of:>3}".rjust(44), "B"),
                ("REMITTANCE ADVICE - PROFESSIONAL".center(W), "B"),
                ("PAYEE: SPROUTWELL PEDIATRIC THERAPY LLC".ljust(60) + "PAYEE ID 0049921770   NPI 1730046618", "R"),
                ("       4410 CLOVERDALE PKWY, EAST LINDEN NM 88999".ljust(60) + "WARRANT 00552917   CYCLE 2026-05",
                 "R"),
                ("-" * W, "R"),
                ("ICN            RECIPIENT NAME            RECIP ID    PATIENT ACCT NO", "B"),
                ("   LN FROM   TO     PROC  MODS      UNITS     BILLED    ALLOWED  OTHER INS       PAID  EOB CODES",
                 "B"),
                ("-" * W, "R")]

    def head2(dc: Doc):
        dc.text(28, 592, "NORTHMARK MAP  -  PROVIDER SERVICES 1-800-555-0168  -  FISCAL AGENT LONGHORN DATA SERVICES  "
                "-  KEEP THIS ADVICE FOR YOUR RECORDS", "R", 6.5)
        return head(dc)

    pr = Printer(doc, 7.2, 9.6, 40, 530, 28, head2)

    def section(title, claims, tag=""):
        pr.out("", keep=4)
        pr.out(f"*** {title} ***", "B", keep=3)
        for icn, rname, rid, acct, svcs, *note in claims:
            hdr = f"{icn}  {rname:<24}  {rid:<10}  {acct}"
            cont = (lambda hdr=hdr: [hdr + "   (CONTINUED)"])  # noqa: E731
            pr.out(hdr + (f"   {note[0]}" if note else ""), "B", keep=2)
            for i, s in enumerate(svcs, 1):
                ln = (f"   {i:02d} {dfmt(s.dos, 'mdy6')} {dfmt(s.dos, 'mdy6')} {s.code} {' '.join(s.mods):<9}"
                      f"{s.units:>6.2f} {fm(s.billed):>10} {fm(s.allowed):>10} {fm(ZERO):>10} {fm(s.paid):>10}  "
                      f"{' '.join(s.remarks)}")
                pg = pr.out(ln, cont=cont)
                rec.add(pg, s, [s.code + " " + " ".join(s.mods), dfmt(s.dos, "mdy6")], [], claim_id=acct,
                        payer_claim_id=icn, patient=rname, printed=("billed", "allowed", "paid"), remarks=s.remarks)
            tb, ta, tp = (fm(tot(svcs, a)) for a in ("billed", "allowed", "paid"))
            pr.out(f"{'':>12}CLAIM TOTAL{'':>21}{tb:>10} {ta:>10} {fm(ZERO):>10} {tp:>10}", "B", cont=cont)
            rec.claim(acct, icn, rname, G.claim_totals(tot(svcs, "billed"), tot(svcs, "allowed"),
                                                       tot(svcs, "paid")), [tb, ta, tp])
            pr.out("")

    section("CLAIMS PAID", paid)
    section("CLAIMS DENIED", denied)
    section("CLAIM ADJUSTMENTS", adjusted)
    allc = paid + denied + adjusted
    pr.out("=" * W, keep=8)
    pr.out(f"PAYMENT SUMMARY   CLAIMS {len(allc)}   BILLED {fm(sum((tot(c[4], 'billed') for c in allc), ZERO))}   "
           f"PAID {fm(sum((tot(c[4], 'paid') for c in allc), ZERO))}   WARRANT AMOUNT "
           f"{fm(sum((tot(c[4], 'paid') for c in allc), ZERO))}", "B")
    pr.out("")
    pr.out("EOB CODE MESSAGES", "B")
    for k, v in rec.legend:
        pr.out(f"  {k}  {v.upper()}")
    return finish(doc, rec, pdf, fm)


# ============================================================================ d2 state Medicaid RA, boxed (reportlab)

def d2(out: Path):
    name = "h57_d2_medicaid_ra_boxed"
    pdf = out / f"{name}.pdf"
    rec = Rec(name, "h57-d2", "reportlab", "state Medicaid provider remittance advice, boxed claims, Liberation Serif")
    rec.all_adjustments = True
    fm = lambda x: money(x, ",", "()")  # noqa: E731
    claims = [
        ("DELACROIX-PHAM, ANNIKA", "41 8820 7713", "26-041-00318-02", "20931", "PAID",
         [Svc(d(1, 12), "97161", 1, ("GP",)), Svc(d(1, 12), "97110", 2, ("GP",)),
          Svc(d(1, 14), "97110", 2, ("GP",)), Svc(d(1, 14), "97116", 1, ("GP",)),
          Svc(d(1, 21), "97110", 3, ("GP", "KX")), Svc(d(1, 21), "97542", 1, ("GP",))]),
        ("DELACROIX-PHAM, MILO", "41 8820 7714", "26-041-00318-03", "20932", "PAID",
         [Svc(d(1, 13), "92523", 1, ("GN",)), Svc(d(1, 20), "92507", 1, ("GN",)),
          Svc(d(1, 27), "92507", 1, ("GN",)), Svc(d(1, 27), "92526", 1, ("GN",))]),
        ("FAIRWEATHER, SOLOMON", "40 1173 5508", "26-041-00318-07", "20940", "DENIED",
         [Svc(d(1, 15), "97165", 1, ("GO",)), Svc(d(1, 15), "97530", 2, ("GO",))]),
        ("NAKASHIMA-ROWE, ELOISE", "42 0098 3361", "26-041-00318-11", "20952", "PAID",
         [Svc(d(1, 16), "97165", 1, ("GO",)), Svc(d(1, 16), "97530", 2, ("GO",)),
          Svc(d(1, 23), "97530", 3, ("GO",)), Svc(d(1, 23), "97535", 1, ("GO",)),
          Svc(d(1, 30), "97530", 2, ("GO",)), Svc(d(1, 30), "97140", 1, ("GO", "59")),
          Svc(d(1, 30), "G0283", 1, ("GO",), denied="CO")]),
    ]
    prior = [Svc(d(12, 18).replace(year=2025), "97530", 2, ("GO",)), Svc(d(12, 18).replace(year=2025), "97112", 1,
                                                                         ("GO",))]
    for s in prior:
        G.medicaid(s)
    claims.append(("NAKASHIMA-ROWE, ELOISE", "42 0098 3361", "26-041-00318-12", "20617", "REVERSED",
                   [G.negate(s) for s in prior]))
    for c in claims:
        for s in c[5]:
            if c[4] == "DENIED":
                s.denied = "CO"
                G.medicaid(s, deny_reason="16")
                s.remarks = ["M51"]
            elif c[4] == "REVERSED":
                s.remarks = ["N22"]
            else:
                G.medicaid(s, deny_reason="96")
                s.remarks = ["N56"] if s.denied else []
    rec.legend = []  # the advice names the remark codes but does not print their wording
    doc = Doc("reportlab", pdf, "LiberationSerif", title="Provider Remittance Advice")

    def furniture(dc: Doc, cont: bool) -> float:
        dc.text(36, 38, "COMMONWEALTH OF EASTBROOK", "B", 11)
        dc.text(36, 50, "Office of Medical Assistance Programs", "R", 9)
        dc.text(576, 38, "Provider Remittance Advice", "B", 11, "r")
        dc.text(576, 50, "Payment date 02/09/2026   EFT trace 9911204477", "R", 8, "r")
        dc.line(36, 56, 576, 56, 1)
        dc.text(36, 770, "Provider: Foxglove Therapy Partners   Medicaid provider no. 0031188420   Taxonomy 225X00000X",
                "R", 7)
        dc.text(576, 770, f"Page {dc.pages} of {dc.of}", "R", 7, "r")
        return 70

    doc.new_page()
    furniture(doc, False)
    doc.para(36, 72, "This remittance lists claims finalized in the payment cycle shown above. Amounts in parentheses "
             "are recovered from this payment. Adjustment reasons are shown as group code and reason code.",
             540, "R", 8.5)
    cols = [Col("Ln", 18, "c"), Col("Service dates", 84), Col("Procedure", 48), Col("Modifiers", 50),
            Col("Units", 30, "r"), Col("Billed", 52, "r"), Col("Allowed", 52, "r"), Col("Paid", 52, "r"),
            Col("Adjustment", 92), Col("Remark", 62)]
    tb = Table(doc, cols, 36, 104, 750, furniture, size=7.6, lead=10, head_fill=0.9, grid=True)
    for mem, mid, tcn, acct, status, svcs in claims:
        tb.need(70, header=False)
        y0 = tb.y
        doc.rect(36, y0, tb.width, 30, fill=0.82)
        doc.text(40, y0 + 11, f"Member: {mem}", "B", 8.5)
        doc.text(260, y0 + 11, f"Medicaid ID: {mid}", "R", 8.5)
        doc.text(420, y0 + 11, f"Claim status: {status}", "B", 8.5)
        doc.text(40, y0 + 24, f"TCN: {tcn}", "R", 8.5)
        doc.text(260, y0 + 24, f"Patient account: {acct}", "R", 8.5)
        doc.text(420, y0 + 24, "Claim type: Professional", "R", 8.5)
        tb.y = y0 + 31
        tb.header()
        for i, s in enumerate(svcs, 1):
            adj = [f"{g}-{c} {fm(a)}" for g, c, a in s.adjs]
            pg = tb.row([str(i), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), G.units_str(s.units), fm(s.billed),
                         fm(s.allowed), fm(s.paid), adj or [""], " ".join(s.remarks)])
            rec.add(pg, s, [s.code, dfmt(s.dos, "mdy4")], [], span=max(1, len(adj)), claim_id=acct,
                    payer_claim_id=tcn, patient=mem, printed=("billed", "allowed", "paid"),
                    adjustments=s.adjs, remarks=s.remarks)
        tots = [fm(tot(svcs, a)) for a in ("billed", "allowed", "paid")]
        tb.row(["", "Claim totals", "", "", ""] + tots + ["", ""], "B", fill=0.95)
        rec.claim(acct, tcn, mem, G.claim_totals(*[tot(svcs, a) for a in ("billed", "allowed", "paid")]), tots)
        tb.y += 12
    allsv = [s for c in claims for s in c[5]]
    tb.need(120, header=False)
    yy = tb.y + 6
    doc.rect(36, yy, 260, 58, fill=0.95)
    doc.text(44, yy + 14, "Payment summary", "B", 9)
    doc.text(44, yy + 28, "Claims paid / denied / reversed", "R", 8)
    doc.text(288, yy + 28, "3 / 1 / 1", "R", 8, "r")
    doc.text(44, yy + 42, "Net payment this cycle", "R", 8)
    doc.text(288, yy + 42, fm(tot(allsv, "paid")), "B", 8, "r")
    doc.para(316, yy + 14, "Remark codes on this advice: M51, N22, N56. Their wording is published in the national "
             "remittance remark code list; call Provider Services at 1-877-555-0102 with questions.", 260, "R", 7.5)
    return finish(doc, rec, pdf, fm)


# ============================================================================ p1 Medicare paper remit via clearinghouse (fpdf2)

def p1(out: Path):
    name = "h57_p1_medicare_spr_clearinghouse"
    pdf = out / f"{name}.pdf"
    rec = Rec(name, "h57-p1", "fpdf2", "Medicare Part B standard-paper-remit print from a clearinghouse, Liberation Mono")
    rec.all_adjustments = True
    fm = lambda x: money(x, "", "-")  # noqa: E731
    st = G.PlanState(ded_left=D("60.00"))
    pats = [
        ("DRUMMOND, ESTELLE", "7QW2HK4TR61", "LTR-20871", "2226029118840", "1740093318",
         [Svc(d(1, dd), c, u, m) for dd in (5, 7, 12, 14) for c, u, m in
          (("97530", 2, ("GO",)), ("97535", 1, ("GO", "KX")))]),
        ("OKAFOR-LINDQVIST, BENEDIKT", "2MN8JD6XE04", "LTR-20904", "2226029118841", "1740093318",
         [Svc(d(1, 6), "97165", 1, ("GO",)), Svc(d(1, 6), "97530", 1, ("GO",)),
          Svc(d(1, 13), "97530", 2, ("GO", "CO")), Svc(d(1, 13), "97112", 1, ("GO", "CO")),
          Svc(d(1, 20), "97530", 2, ("GO",)), Svc(d(1, 20), "97750", 1, ("GO",), denied="CO")]),
        ("VASQUEZ-ODHIAMBO, RUTH", "5KF1TA3WB92", "LTR-20933", "2226029118857", "1952218840",
         [Svc(d(1, 8), "97161", 1, ("GP",)), Svc(d(1, 8), "97110", 2, ("GP",)),
          Svc(d(1, 15), "97110", 2, ("GP", "CQ")), Svc(d(1, 15), "97140", 1, ("GP", "CQ")),
          Svc(d(1, 22), "97110", 2, ("GP", "CQ")), Svc(d(1, 22), "G0283", 1, ("GP", "CQ"))]),
    ]
    for p in pats:
        for s in p[5]:
            G.medicare(s, st)
            s.remarks = ["N435"] if s.denied else []
    doc = Doc("fpdf2", pdf, "LiberationMono", title="Medicare Remittance Notice")
    W = 118

    def head(dc: Doc):
        dc.text(30, 772, "Printed via ClearPath Exchange ERA viewer 6.3 from an ANSI 835 received 02/05/2026", "R", 6)
        return [("PRAIRIE GATE MEDICARE SERVICES".ljust(40) + "MEDICARE".center(38) +
                 "REMITTANCE".rjust(40), "B"),
                ("PO BOX 7702".ljust(40) + "PART B".center(38) + "NOTICE".rjust(40), "R"),
                ("FARGO RIDGE ND 58990-7702".ljust(78) + f"PAGE #: {dc.pages} OF {dc.of}".rjust(40), "R"),
                ("", "R"),
                ("LANTERN TREE REHAB GROUP".ljust(40) + "PROVIDER #: 1740093318".ljust(40) +
                 "DATE: 02/04/2026".rjust(38), "R"),
                ("812 QUARRY HILL RD".ljust(40) + "CHECK/EFT #: 552900117".ljust(40), "R"),
                ("", "R"),
                ("PERF PROV  SERV DATE   POS NOS PROC  MODS        BILLED  ALLOWED  DEDUCT   COINS  GRP/RC-AMT      PROV PD",
                 "B"),
                ("_" * W, "R")]

    pr = Printer(doc, 6.6, 8.8, 40, 752, 30, head)
    for nm, mid, acnt, icn, perf, svcs in pats:
        hdr = f"NAME {nm:<28} MID {mid}  ACNT {acnt:<11} ICN {icn}  ASG Y MOA MA01"
        cont = (lambda hdr=hdr: [hdr[:60] + " (CONT)"])  # noqa: E731
        pr.out("", keep=3)
        pr.out(hdr, "B", keep=2)
        for s in svcs:
            adjs = [f"{g}-{c}" for g, c, _ in s.adjs]
            amts = [fm(a) for _, _, a in s.adjs]
            first = (f"{perf} {dfmt(s.dos, 'mdy2')[:5].replace('/', '')} {dfmt(s.dos, 'mdy6')} 11  "
                     f"{G.units_str(s.units):>3} {s.code} {' '.join(s.mods):<8} {fm(s.billed):>9} {fm(s.allowed):>8} "
                     f"{fm(s.deductible):>7} {fm(s.coinsurance):>7}  {adjs[0]:<6}{amts[0]:>9} {fm(s.paid):>9}")
            pg = pr.out(first, keep=len(adjs) - 1 + len(s.remarks), cont=cont)
            col = len(first) - len(f"{adjs[0]:<6}{amts[0]:>9} {fm(s.paid):>9}")
            for a, m in zip(adjs[1:], amts[1:]):
                pr.out(" " * col + f"{a:<6}{m:>9}")
            if s.remarks:
                pr.out(f"{'':>11}CNTL #: {acnt}-{svcs.index(s) + 1:02d}   RARC {' '.join(s.remarks)}")
            rec.add(pg, s, [s.code + " " + " ".join(s.mods), dfmt(s.dos, "mdy6")], [],
                    span=len(adjs) + (1 if s.remarks else 0), claim_id=acnt, payer_claim_id=icn, patient=nm,
                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                    adjustments=s.adjs, remarks=s.remarks)
        tb, ta, td, tc, tp = (fm(tot(svcs, a)) for a in ("billed", "allowed", "deductible", "coinsurance", "paid"))
        pr.out(f"PT RESP {fm(tot(svcs, 'owes')):>9}{'CLAIM TOTALS':>29} {tb:>9} {ta:>8} {td:>7} {tc:>7}"
               f"{'':>17}{tp:>9}", "B", cont=cont)
        pr.out(f"{'':>45}NET {tp:>9}")
        rec.claim(acnt, icn, nm, G.claim_totals(tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid")),
                  [tb, ta, tp])
    allsv = [s for p in pats for s in p[5]]
    pr.out("", keep=6)
    pr.out("TOTALS:  # OF CLAIMS  BILLED AMT  ALLOWED AMT  DEDUCT AMT  COINS AMT  PROV PD AMT  CHECK AMT", "B")
    pr.out(f"{'':>9}{len(pats):>11} {fm(tot(allsv, 'billed')):>11} {fm(tot(allsv, 'allowed')):>12} "
           f"{fm(tot(allsv, 'deductible')):>11} {fm(tot(allsv, 'coinsurance')):>10} {fm(tot(allsv, 'paid')):>12} "
           f"{fm(tot(allsv, 'paid')):>10}")
    pr.out("")
    pr.out("GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", "B")
    for k, v in (("CO", "Contractual obligation: amount the provider may not bill the patient."),
                 ("PR", "Patient responsibility: amount that may be billed to the patient."),
                 ("MA01", "Appeal rights note attached to each assigned claim."),
                 ("N435", "Remark attached to the denied test; see the contractor's web site.")):
        pr.out(f"{k:<6}{v}")
    rec.legend = [("MA01", "Appeal rights note attached to each assigned claim."),
                  ("N435", "Remark attached to the denied test; see the contractor's web site.")]
    return finish(doc, rec, pdf, fm)


# ============================================================================ p2 practice-management Medicare remit (reportlab)

def p2(out: Path):
    name = "h57_p2_pm_medicare_remit"
    pdf = out / f"{name}.pdf"
    rec = Rec(name, "h57-p2", "reportlab", "practice-management Medicare remittance posting view, landscape DejaVu "
              "Sans Condensed")
    fm = lambda x: money(x, ",", "-")  # noqa: E731
    st = G.PlanState(ded_left=ZERO)
    pats = [
        ("Hollis, Beatrix", "44031", "1226041887720", "1 - Processed as primary",
         [Svc(d(1, dd), c, u, m) for dd in (6, 9, 13, 16, 20, 23) for c, u, m in
          (("97110", 2, ("GP",)), ("97140", 1, ("GP", "59")), ("97112", 1, ("GP",)))]),
        ("Abernathy-Sole, Cyrus", "44102", "1226041887731", "1 - Processed as primary",
         [Svc(d(1, 7), "97163", 1, ("GP",)), Svc(d(1, 7), "97116", 1, ("GP",)),
          Svc(d(1, 14), "97116", 2, ("GP", "KX")), Svc(d(1, 14), "97035", 1, ("GP",)),
          Svc(d(1, 14), "A4556", 1, (), denied="CO")]),
        ("Mbeki-Farrow, Dolores", "44118", "1226041887745", "1 - Processed as primary",
         [Svc(d(1, 8), "92523", 1, ("GN",)), Svc(d(1, 15), "92507", 1, ("GN",)),
          Svc(d(1, 22), "92526", 1, ("GN",))]),
    ]
    prior = [Svc(d(12, 30).replace(year=2025), "97110", 3, ("GP",)), Svc(d(12, 30).replace(year=2025), "97140", 1,
                                                                          ("GP",))]
    for s in prior:
        G.medicare(s, G.PlanState())
    pats.append(("Hollis, Beatrix", "43877", "1226041887799", "22 - Reversal of previous payment",
                 [G.negate(s) for s in prior]))
    for p in pats[:3]:
        for s in p[4]:
            G.medicare(s, st, deny_reason="96")
    for p in pats:
        for s in p[4]:
            s.remarks = ["N20"] if s.denied else []
    doc = Doc("reportlab", pdf, "DejaVuSansCondensed", landscape=True, title="Remittance posting detail")

    def furniture(dc: Doc, cont: bool) -> float:
        dc.text(30, 30, "TheraLedger PM  >  Payments  >  Electronic Remittance  >  Posting Detail", "R", 7, grey=0.4)
        dc.text(30, 48, "Remittance Posting Detail", "B", 13)
        dc.text(762, 30, "Printed 02/06/2026 10:42 by kfarrow", "R", 7, "r", grey=0.4)
        dc.text(30, 62, "Payer: MEDICARE PART B - PRAIRIE GATE MEDICARE SERVICES (payer ID 09911)     EFT 552907710     "
                "Paid 02/04/2026     Practice: Bluejay Physical & Speech Therapy", "R", 7.5)
        dc.line(30, 68, 762, 68, 0.6)
        dc.text(762, 596, f"Page {dc.pages} of {dc.of}", "R", 7, "r")
        return 78

    doc.new_page()
    furniture(doc, False)
    cols = [Col("DOS", 50), Col("Proc", 38), Col("Mod 1", 32), Col("Mod 2", 32), Col("Units", 32, "r"),
            Col("Charge", 56, "r"), Col("Allowed", 56, "r"), Col("Deductible", 56, "r"), Col("Coins", 50, "r"),
            Col("Adjustments", 118), Col("Paid", 56, "r"), Col("Pt Resp", 56, "r"), Col("Remarks", 50),
            Col("Posted", 50, "c")]
    tb = Table(doc, cols, 30, 80, 580, furniture, size=7.2, lead=9.6, head_fill=0.86, ruled=True)
    for pat, acct, icn, status, svcs in pats:
        def cont(t, pat=pat, icn=icn):
            t.span(f"{pat} - Payer claim # {icn} - continued", "B", 0.93)
        tb.span(f"Patient: {pat}    Account # {acct}    Payer claim # {icn}    Claim status: {status}", "B", 0.9,
                keep=40)
        for s in svcs:
            co = [(g, c, a) for g, c, a in s.adjs if g == "CO"]
            cell = ", ".join(f"{g}{c} {fm(a)}" for g, c, a in co)
            pg = tb.row([dfmt(s.dos, "mdy4"), s.code, s.mods[0] if s.mods else "",
                         s.mods[1] if len(s.mods) > 1 else "", f"{s.units:.1f}", fm(s.billed), fm(s.allowed),
                         fm(s.deductible), fm(s.coinsurance), cell, fm(s.paid), fm(s.owes), " ".join(s.remarks),
                         "Y"], cont=cont)
            rec.add(pg, s, [s.code, dfmt(s.dos, "mdy4")], [], claim_id=acct, payer_claim_id=icn, patient=pat,
                    printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                    adjustments=co, remarks=s.remarks)
        tots = [fm(tot(svcs, a)) for a in ("billed", "allowed", "deductible", "coinsurance")]
        tp, to = fm(tot(svcs, "paid")), fm(tot(svcs, "owes"))
        tb.row(["Claim total", "", "", "", ""] + tots + ["", tp, to, "", ""], "B")
        rec.claim(acct, icn, pat, G.claim_totals(tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"),
                                                  tot(svcs, "owes")), tots + [tp, to])
        tb.y += 8
    allsv = [s for p in pats for s in p[4]]
    tb.need(50, header=False)
    doc.text(30, tb.y + 12, f"Remittance total paid {fm(tot(allsv, 'paid'))}   Claims 4   Unapplied 0.00   "
             "Batch status: Posted", "B", 8)
    return finish(doc, rec, pdf, fm)


# ============================================================================ s1 therapy clinic family statement (reportlab)

def s1(out: Path):
    name = "h57_s1_clinic_family_statement"
    pdf = out / f"{name}.pdf"
    rec = Rec(name, "h57-s1", "reportlab", "pediatric therapy clinic family statement, core Helvetica")
    fm = lambda x: money(x, ",", "()")  # noqa: E731
    st = G.PlanState(ded_left=D("300.00"), coins_rate=D("0.20"), allowed_rate=D("0.75"))
    kids = [
        ("NOAH HARTWELL-NAKAMURA", [
            ("V-228341", "8820145773", d(1, 9), [Svc(d(1, 5), "97165", 1, ("GO",)), Svc(d(1, 5), "97530", 2, ("GO",)),
                                                 Svc(d(1, 7), "97530", 3, ("GO",)),
                                                 Svc(d(1, 7), "97533", 1, ("GO",))]),
            ("V-228590", "8820151102", d(1, 16), [Svc(d(1, 12), "97530", 2, ("GO",)),
                                                  Svc(d(1, 12), "97535", 1, ("GO",)),
                                                  Svc(d(1, 14), "97530", 3, ("GO",)),
                                                  Svc(d(1, 14), "97112", 1, ("GO", "59")),
                                                  Svc(d(1, 14), "97750", 1, ("GO",), denied="PR")]),
        ]),
        ("IRIS HARTWELL-NAKAMURA", [
            ("V-228402", "8820146218", d(1, 10), [Svc(d(1, 6), "92523", 1, ("GN",)),
                                                  Svc(d(1, 8), "92507", 1, ("GN",))]),
            ("V-228711", "8820152990", d(1, 17), [Svc(d(1, 13), "92507", 1, ("GN",)),
                                                  Svc(d(1, 15), "92507", 1, ("GN",)),
                                                  Svc(d(1, 15), "92526", 1, ("GN",))]),
        ]),
        ("FELIX HARTWELL-NAKAMURA", [
            ("V-228866", "8820155407", d(1, 23), [Svc(d(1, 20), "97166", 1, ("GO",)),
                                                  Svc(d(1, 20), "97530", 2, ("GO",)),
                                                  Svc(d(1, 22), "97530", 2, ("GO",)),
                                                  Svc(d(1, 22), "97140", 1, ("GO",))]),
        ]),
    ]
    for _, visits in kids:
        for v in visits:
            for s in v[3]:
                G.commercial(s, st)
    doc = Doc("reportlab", pdf, "Helvetica", title="Statement")
    allsv = [s for _, vs in kids for v in vs for s in v[3]]
    paid_by_family = D("75.00")
    due = tot(allsv, "owes") - paid_by_family

    def furniture(dc: Doc, cont: bool) -> float:
        dc.text(36, 770, "Questions about this statement? Call our billing office 555-014-7720, Mon-Fri 8-4. "
                "We accept cards, checks and HSA/FSA cards.", "R", 7, grey=0.3)
        dc.text(576, 770, f"Page {dc.pages} of {dc.of}", "R", 7, "r")
        if cont:
            dc.text(36, 40, "Little Lanterns Therapy Center", "B", 10)
            dc.text(576, 40, "Account 55-0083120  -  Statement date 02/03/2026", "R", 8, "r")
            dc.line(36, 46, 576, 46, 0.5)
            dc.text(36, 62, "Account activity (continued)", "B", 9)
            return 70
        return 0

    doc.new_page()
    furniture(doc, False)
    # remittance coupon on top
    doc.text(36, 40, "Little Lanterns Therapy Center", "B", 14)
    doc.text(36, 52, "Occupational, speech and feeding therapy for children", "R", 8)
    doc.text(36, 63, "3021 Orchard Mill Dr, Suite 140  -  Paloma Springs, AZ 85999", "R", 8)
    doc.rect(360, 30, 216, 74)
    for i, (k, v) in enumerate((("Statement date", "02/03/2026"), ("Account number", "55-0083120"),
                                ("Amount due", fm(due)), ("Please pay by", "02/24/2026"))):
        doc.text(368, 44 + i * 16, k, "R", 8)
        doc.text(568, 44 + i * 16, v, "B", 9 if k == "Amount due" else 8, "r")
    doc.text(36, 96, "PARENT OR GUARDIAN OF", "R", 7)
    for i, ln in enumerate(("CAMILLE HARTWELL-NAKAMURA", "618 DUSTY SAGE WAY", "PALOMA SPRINGS AZ 85998")):
        doc.text(36, 108 + i * 11, ln, "R", 9)
    doc.text(360, 122, "Amount enclosed: $______________", "R", 8)
    doc.text(36, 152, "- - - - - - - - - - - - - -  Please detach and return the top portion with your payment  "
             "- - - - - - - - - - - - - -", "R", 7, grey=0.4)
    doc.text(36, 176, "STATEMENT OF ACCOUNT", "B", 11)
    doc.para(36, 190, "Each visit is listed under the child who was seen, with what your insurance (Saguaro Benefit "
             "Plans PPO, member 0MX4412087) paid and the amount the plan says is your part.", 540, "R", 8)
    cols = [Col("Date", 54), Col("Description", 160, wrap=True), Col("Code", 52), Col("Units", 30, "r"),
            Col("Charges", 50, "r"), Col("Ins. paid", 50, "r"), Col("Ins. adj.", 50, "r"), Col("Your part", 52, "r"),
            Col("", 42)]
    tb = Table(doc, cols, 36, 214, 748, furniture, size=7.5, lead=9.8, head_fill=0.88, ruled=True)
    tb.header()
    for kid, visits in kids:
        tb.span(f"Patient: {kid}", "B", 0.8, keep=50)
        for vis, clm, filed, svcs in visits:
            def cont(t, kid=kid, vis=vis):
                t.span(f"{kid} - visit group {vis} (continued)", "B", 0.93)
            tb.span(f"Visit group {vis}   Billed to Saguaro Benefit Plans {dfmt(filed, 'mdy4')}   Insurance claim "
                    f"no. {clm}", "R", keep=30)
            for s in svcs:
                pg = tb.row([dfmt(s.dos, "mdy4"), s.desc, code_mod(s, "-", ""), G.units_str(s.units), fm(s.billed),
                             fm(s.paid), fm(s.discount), fm(s.owes), "Not covered" if s.denied else ""], cont=cont)
                rec.add(pg, s, [code_mod(s, "-", ""), dfmt(s.dos, "mdy4")], [], claim_id=vis, payer_claim_id=clm,
                        patient=kid, printed=("billed", "paid", "discount", "patient_owes"),
                        modifiers=True)
            tots = [fm(tot(svcs, a)) for a in ("billed", "paid", "discount", "owes")]
            tb.row(["", "Visit group totals", "", ""] + tots + [""], "B", cont=cont)
            rec.claim(vis, clm, kid, G.claim_totals(tot(svcs, "billed"), None, tot(svcs, "paid"), tot(svcs, "owes")),
                      tots)
    tb.row(["01/26/2026", "Payment received - thank you (card ending 4471)", "", "", "", "", "", fm(-paid_by_family),
            ""], cont=None)
    tb.need(80, header=False)
    yy = tb.y + 14
    doc.rect(316, yy, 260, 62, fill=0.94)
    for i, (k, v) in enumerate((("Total charges", fm(tot(allsv, "billed"))), ("Insurance payments",
                                fm(tot(allsv, "paid"))), ("Insurance adjustments", fm(tot(allsv, "discount"))),
                                ("Your payments", fm(paid_by_family)))):
        doc.text(324, yy + 12 + i * 11, k, "R", 8)
        doc.text(568, yy + 12 + i * 11, v, "R", 8, "r")
    doc.text(324, yy + 58, "Balance due now", "B", 9)
    doc.text(568, yy + 58, fm(due), "B", 9, "r")
    doc.para(36, yy + 12, "\"Not covered\" means your plan did not pay for that service and it is part of your balance. "
             "Ask us about a payment plan if you need one.", 260, "R", 7.5)
    return finish(doc, rec, pdf, fm)


# ============================================================================ s2 hospital family statement (fpdf2)

def s2(out: Path):
    name = "h57_s2_hospital_family_statement"
    pdf = out / f"{name}.pdf"
    rec = Rec(name, "h57-s2", "fpdf2", "hospital guarantor statement with itemized outpatient rehab accounts, "
              "Liberation Sans Narrow")
    fm = lambda x: money(x, "$", "-")  # noqa: E731
    REV = {"97110": "0420", "97112": "0420", "97140": "0420", "97161": "0424", "97116": "0420", "97035": "0420",
           "97530": "0430", "97535": "0430", "97166": "0434", "97760": "0430", "L3807": "0274", "92507": "0440",
           "92523": "0444", "A4556": "0270", "97018": "0420", "G0283": "0420"}
    accts = [
        ("600412877", "LIAM ESCOBAR-FINN", "Outpatient Rehabilitation - Hand Therapy", "Crestline Health Plan",
         "CHP-26-0091244", [x for dd in (5, 8, 12, 15, 19, 22, 26, 29) for x in (
             Svc(d(1, dd), "97140", 1, ("GO",), desc=G.LONG_DESC["97140"]),
             Svc(d(1, dd), "97110", 2, ("GO",)),
             *([Svc(d(1, dd), "97760", 1, ("GO",), desc=G.LONG_DESC["97760"]),
                Svc(d(1, dd), "L3807", 1, ("RT",), desc=G.LONG_DESC["L3807"])] if dd == 5 else []),
             *([Svc(d(1, dd), "97018", 1, ("GO",))] if dd in (12, 19) else []))]),
        ("600418302", "ROSA ESCOBAR-FINN", "Outpatient Rehabilitation - Speech", "Crestline Health Plan",
         "CHP-26-0093810", [Svc(d(1, 7), "92523", 1, ("GN",)), Svc(d(1, 14), "92507", 1, ("GN",)),
                            Svc(d(1, 21), "92507", 1, ("GN",)), Svc(d(1, 28), "92507", 1, ("GN",))]),
        ("600420155", "MIRIAM ESCOBAR-FINN", "Outpatient Rehabilitation - Physical Therapy", "Crestline Health Plan",
         "CHP-26-0095562", [Svc(d(1, 16), "97161", 1, ("GP",)), Svc(d(1, 16), "97110", 2, ("GP",)),
                            Svc(d(1, 16), "G0283", 1, ("GP",)), Svc(d(1, 16), "A4556", 2, ())]),
    ]
    st = G.PlanState(ded_left=D("500.00"), coins_rate=D("0.20"), allowed_rate=D("0.70"))
    for a in accts:
        for s in a[5]:
            G.commercial(s, st)
    doc = Doc("fpdf2", pdf, "LiberationSansNarrow", title="Patient Statement")

    def furniture(dc: Doc, cont: bool) -> float:
        dc.rect(0, 0, 612, 8, fill=0.3, stroke=False)
        dc.text(40, 34, "RIVERBEND REGIONAL MEDICAL CENTER", "B", 13)
        dc.text(40, 46, "Patient Financial Services  |  77 Millrace Blvd, Cold Harbor, ME 04999  |  207-555-0136", "R",
                8)
        dc.text(572, 34, "PATIENT STATEMENT", "B", 11, "r")
        dc.text(572, 46, "Guarantor no. G-3301958", "R", 8, "r")
        dc.line(40, 52, 572, 52, 0.8)
        dc.text(40, 772, "Financial assistance is available. Apply online or call 207-555-0136. Paying by phone? "
                "Have your guarantor number ready.", "R", 7)
        dc.text(572, 772, f"Page {dc.pages} of {dc.of}", "R", 7, "r")
        return 66

    doc.new_page()
    furniture(doc, False)
    owes = sum((tot(a[5], "owes") for a in accts), ZERO)
    doc.text(40, 72, "Guarantor: MIRIAM ESCOBAR-FINN", "B", 9)
    doc.text(40, 84, "41 Lobster Cove Rd, Cold Harbor ME 04998", "R", 8.5)
    doc.rect(380, 62, 192, 46, fill=0.9)
    doc.text(388, 76, "Statement date: 02/05/2026", "R", 8.5)
    doc.text(388, 88, "Total amount due:", "B", 8.5)
    doc.text(564, 88, fm(owes), "B", 9, "r")
    doc.text(388, 100, "Due date: 03/02/2026", "R", 8.5)
    doc.para(40, 102, "This statement shows each hospital account for your family. Your insurance has processed these "
             "charges; the balance is your share.", 320, "R", 8)
    cols = [Col("Service date", 56), Col("Rev code", 40), Col("CPT/HCPCS", 58), Col("Description", 236, wrap=True),
            Col("Qty", 30, "r"), Col("Charges", 70, "r")]
    tb = Table(doc, cols, 40, 132, 742, furniture, size=8, lead=10.2, head_fill=0.86, grid=False, ruled=True)
    for acct, pat, svc_line, payer, clm, svcs in (accts[2], accts[1], accts[0]):
        def cont(t, acct=acct, pat=pat):
            t.span(f"Account {acct} - {pat} (continued)", "B", 0.92)
        tb.span(f"Account {acct}   Patient: {pat}   {svc_line}", "B", 0.78, keep=60)
        tb.header()
        for s in svcs:
            cm = s.code + (" " + " ".join(s.mods) if s.mods else "")
            pg = tb.row([dfmt(s.dos, "mdy4"), REV[s.code], cm, s.desc, G.units_str(s.units), fm(s.billed)],
                        cont=cont)
            rec.add(pg, s, [cm, dfmt(s.dos, "mdy4")], [], claim_id=acct, payer_claim_id=clm, patient=pat,
                    printed=("billed",), remarks=[])
        tb_ = fm(tot(svcs, "billed"))
        tb.row(["", "", "", "Total charges", "", tb_], "B", cont=cont)
        tb.row(["", "", "", f"{payer} payment - claim {clm}", "", fm(-tot(svcs, "paid"))], cont=cont)
        tb.row(["", "", "", f"{payer} contractual adjustment", "", fm(-tot(svcs, "discount"))], cont=cont)
        tb.row(["", "", "", "Account balance (your share)", "", fm(tot(svcs, "owes"))], "B", cont=cont)
        rec.claim(acct, clm, pat, G.claim_totals(tot(svcs, "billed")), [tb_])
        tb.y += 10
    return finish(doc, rec, pdf, fm)


# ============================================================================ driver

LAYOUTS = [c1, c2, m1, m2, d1, d2, p1, p2, s1, s2]


def main(argv: list[str]) -> int:
    import tempfile
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout57_"))
    root = Path(__file__).resolve().parents[2]
    if (root / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    only = [a.split("=", 1)[1] for a in argv if a.startswith("--only=")]
    done = []
    for fn in LAYOUTS:
        if only and fn.__name__ not in only:
            continue
        fn(out)  # first pass: learn the page count for "Page n of N"
        done.append(fn(out))
    print(f"wrote {len(done)} PDFs to {out}")
    if "--check" in argv:
        errors: list[str] = []
        for rec, pdf, fm in done:
            h57.check(rec, pdf, fm, errors)
        nl = sum(len(r.lines) for r, _, _ in done)
        if errors:
            print("\n".join(errors))
            print(f"CHECK FAILED: {len(errors)} problem(s)")
            return 1
        print(f"check ok: {len(done)} documents, {nl} service lines")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
