"""Write held-out set 178 of synthetic PDF EOB layouts (with truth files) into a folder: an independent
measurement of the PDF reader on ten everyday documents, two of each of the five commonest real kinds.

Run:  python bench/heldout178/make_heldout178_pdfs.py OUT_DIR            (writes 10 PDFs + truth files)
      python bench/heldout178/make_heldout178_pdfs.py OUT_DIR --check    (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR     (done by someone else, once)

Refuses to write under samples/. Never commit the PDFs. Deterministic (reportlab invariant=1, fpdf2 fixed
creation date, no randomness). Drawing / truth / check helpers live in h178kit.py next to this file.

Truth format: the one samples/pdf/eobgen.py writes, PRINTED values only, null for what a layout does not print
(units null where no quantity is printed for the line); claim_id = the provider's own account / patient
control / visit / invoice number, payer_claim_id = the payer's claim number / ICN / TCN, patient = the person
served exactly as printed. service_end is set only where a layout prints a through date that differs from the
from date. Adjustments are recorded only where the page prints a group/reason code with the amount; a statement's
uncoded "insurance adjustment" column is not an adjustment triplet. Every name, number, payer, provider, address
and ID is invented; descriptions are our own words.

Layouts (kinds: commercial member EOB x2, Medicare Advantage EOB / Medicare Summary Notice x2, state Medicaid RA
x2, Medicare-style paper remit from a clearinghouse / PM system x2, family statement x2):
  h178_01 commercial member EOB, portrait Liberation Sans (reportlab): ruled table per family member, "Amount
          billed / Plan discount / Allowed amount / Not covered / Deductible / Copay / Coinsurance / Plan paid /
          Your responsibility / Note", service "97530-GO" with the description on a second small line, no units,
          three family members, claim continues onto page 2 under a repeated "(continued)" heading, letter notes
  h178_02 commercial member EOB, landscape DejaVu Sans Condensed (fpdf2): boxed grid per claim, "Service dates"
          as "01/05/26 - 01/05/26", Procedure and Modifier apart, Qty, "Provider charges / Amount saved / Plan's
          allowance / Not covered / Your copay / Deductible / Coinsurance / Plan payment / What you owe", visit
          copay, a denied line (patient owes it), three family members
  h178_03 Medicare Advantage member EOB (monthly), portrait DejaVu Serif (reportlab): year-to-date box, claims
          by "Claim ID" with "Your provider's account" line, "Service you received" with "(97110 GP)" and "x2"
          quantity, "Provider charged / Plan approved / Plan paid / Your share / Notes", per-visit copay, claims
          running onto page 2 under a short repeated member line, numbered notes
  h178_04 Medicare Summary Notice Part B with an "Outpatient Facility Claims" section, portrait Liberation Serif
          (fpdf2): claims dated in their heading, "Service Provided & Billing Code" with the code after a wrapped
          description, "Benefit Approved? / Amount Provider Charged / Medicare-Approved Amount / Medicare Paid
          Provider / Maximum You May Be Billed / See Notes", a "No" line, no units, three pages
  h178_05 state Medicaid RA, mainframe print, landscape core Courier (fpdf2): PAID / DENIED / ADJUSTED sections,
          "RECIP NAME / RECIP ID / ICN / PAT ACCT" claim line then "LN FROM-DOS TO-DOS PROC M1 M2 UNITS BILLED
          ALLOWED TPL COPAY PAID EOB" lines, a reversal with trailing-minus amounts and its replacement, page
          header repeated, a claim continued across pages
  h178_06 state Medicaid RA, provider-portal print, portrait Helvetica (reportlab): one box per claim with "TCN",
          "Member", "Medicaid ID", "Patient account no.", "Claim status", rows "Ln / Date of service / Procedure
          / Modifiers / Units / Billed / Allowed / Paid / Adjustment (CARC amount) / RARC", a denied claim
  h178_07 Medicare-style paper remittance (standard paper remit) printed by a clearinghouse, landscape DejaVu
          Sans Mono (fpdf2): "NAME / HIC / ACNT / ICN / ASG / MOA" claim lines, "PERF PROV SERV DATE POS NOS PROC
          MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD", extra GRP/RC on following lines, "PT RESP" and
          "CLAIM TOTALS", CO-253 reductions, claim rows continue onto the next page with the header repeated
  h178_08 practice-management remittance posting detail, portrait Liberation Sans Narrow (reportlab): grey claim
          bands "Patient / Acct / Payer Claim #", "DOS / CPT / Mod / Units / Charge / Allowed / Deduct / Coins /
          Copay / Adj / Ins Paid / Pt Resp", second adjustments on a sub-row, batch totals
  h178_09 therapy clinic family statement, portrait Liberation Serif with a right sidebar (reportlab): visit
          headings carrying the visit number and the insurer claim number, "Date / Patient / Code / Description /
          Charge / Ins. paid / Ins. adj. / Your portion", payments as non-service rows, three children
  h178_10 hospital guarantor statement for outpatient rehab, portrait DejaVu Sans (fpdf2): accounts per visit and
          family member, "Date / Rev / CPT/HCPCS / Description / Qty / Charges", insurance payments and
          adjustments as account-level rows only (line paid null), L3807 and 97760 items, account continues on
          page 2

The self-check (--check) tests the factory, not the reader: page counts; every non-null truth amount, code,
modifier, units value, date, remark and adjustment has a recorded printed form whose value agrees with the truth
and which is on the SAME extracted text line as the line's service row (or, where the layout prints it in a
claim heading, on the same page; stacked adjustments within four text lines of the row); ids and patients are in
the document's text; billed - adjustments = paid where every adjustment is printed with its amount; allowed -
deductible - copay - coinsurance = paid where all are printed and no reduction applies; claim totals equal the sum
of their lines; at least three files carry a claim whose rows run onto the next page.
"""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))

from eobgen import (  # noqa: E402
    LONG_DESC,
    ZERO,
    PlanState,
    Svc,
    commercial,
    dfmt,
    medicaid,
    medicare,
    money,
    negate,
    total,
)
from h178kit import REPO, Flow, build, check, save_all  # noqa: E402

D = date


def fm(d, neg="-"):
    return money(d, ",", neg)


def fd(d, neg="-"):
    return money(d, "$", neg)


# ------------------------------------------------------------------------------------------------ h178_01

def l01(doc, rec, npages):
    d = doc
    st = {"adult": PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20")),
          "kids": PlanState(ded_left=ZERO, coins_rate=Decimal("0.10"))}
    fam = [
        ("Tobias Okonkwo-Baez", "Lakeshore Pediatric Therapy", "LPT-55120", "26011-40873-02", st["kids"], [
            Svc(D(2026, 1, 5), "97165", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 12), "97530", 3, ("GO",)), Svc(D(2026, 1, 12), "97535", 1, ("GO",)),
            Svc(D(2026, 1, 19), "97530", 2, ("GO", "59")), Svc(D(2026, 1, 19), "97112", 1, ("GO",)),
            Svc(D(2026, 1, 26), "97530", 3, ("GO",)), Svc(D(2026, 1, 26), "97110", 1, ("GO",))]),
        ("Ines Okonkwo-Baez", "Lakeshore Pediatric Therapy", "LPT-55187", "26011-41120-01", st["kids"], [
            Svc(D(2026, 1, 6), "92523", 1, ("GN",)), Svc(D(2026, 1, 13), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 20), "92507", 1, ("GN",)), Svc(D(2026, 1, 27), "92526", 1, ("GN",), denied="PR")]),
        ("Renata Okonkwo-Baez", "Harborview Spine & Sport PT", "HSS0094417", "26016-02231-00", st["adult"], [
            Svc(D(2026, 1, 8), "97161", 1, ("GP",)), Svc(D(2026, 1, 8), "97140", 2, ("GP",)),
            Svc(D(2026, 1, 15), "97110", 3, ("GP",)), Svc(D(2026, 1, 15), "G0283", 1, ("GP",)),
            Svc(D(2026, 1, 22), "97110", 2, ("GP", "KX"))]),
    ]
    for _, _, _, _, ps, svcs in fam:
        for s in svcs:
            commercial(s, ps)
    notes = {"A": "Your plan's negotiated rate with this provider lowered the amount billed.",
             "B": "Amount applied to your yearly deductible.",
             "C": "This service is not covered under your plan's speech therapy benefit for feeding services."}
    X = [36, 96, 170, 214, 256, 298, 338, 376, 412, 452, 496, 540]  # right edges after Service
    heads = ["Amount\nbilled", "Plan\ndiscount", "Allowed\namount", "Not\ncovered", "Deduct-\nible", "Copay",
             "Coins-\nurance", "Plan\npaid", "Your\nresponsi-\nbility"]
    state = {"claim": None}

    def header():
        d.text(36, 46, "NORTHWIND MUTUAL", "B", 15)
        d.text(36, 58, "HEALTH PLAN", "R", 9)
        d.text(576, 44, "Explanation of Benefits", "B", 12, "R")
        d.text(576, 56, "THIS IS NOT A BILL", "B", 8, "R")
        d.text(576, 68, f"Page {d.pages} of {npages}", "R", 7.5, "R")
        d.line(36, 76, 576, 76, 1.2)
        if d.pages == 1:
            d.text(36, 96, "Renata Okonkwo-Baez", "R", 9)
            d.text(36, 107, "2290 Tamarind Hollow Rd", "R", 9)
            d.text(36, 118, "Pellston Falls, MN 55873-0412", "R", 9)
            d.text(340, 96, "Subscriber:  Renata Okonkwo-Baez", "R", 8)
            d.text(340, 107, "Member ID:  NMH 884201377", "R", 8)
            d.text(340, 118, "Group:  Tamarack Cooperative Creamery 0041-22", "R", 8)
            d.text(340, 129, "Statement date:  February 6, 2026", "R", 8)
            d.text(36, 150, "Claims processed for you and your covered family members", "B", 10)
            return 166
        d.text(36, 92, "Renata Okonkwo-Baez  -  Member ID NMH 884201377", "R", 8)
        return 108

    def footer():
        d.line(36, 752, 576, 752)
        d.text(36, 763, "Questions? Call Member Services 1-800-555-0143 (TTY 711), Mon-Fri 7 a.m. - 7 p.m.", "R", 7)
        d.text(36, 772, "Northwind Mutual Health Plan, PO Box 7710, Duluth Ridge, MN 55890", "R", 7)

    def colhead(f):
        y = f.y
        d.rect(36, y, 540, 30, 0.4, 0.88)
        d.text(40, y + 11, "Date of", "B", 7)
        d.text(40, y + 20, "service", "B", 7)
        d.text(100, y + 11, "Service", "B", 7)
        for x, h in zip(X[3:], heads):
            for k, part in enumerate(h.split("\n")):
                d.text(x, y + 9 + 8 * k, part, "B", 6.6, "R")
        d.text(574, y + 11, "Note", "B", 7, "R")
        f.y += 40

    def claimhead(f, cont=False):
        pat, prov, acct, clm = state["claim"]
        d.text(36, f.y + 10, f"Patient: {pat}" + ("  (continued)" if cont else ""), "B", 9)
        d.text(250, f.y + 10, f"Claim number: {clm}", "R", 8)
        d.text(36, f.y + 21, f"Provider: {prov}", "R", 8)
        d.text(250, f.y + 21, f"Provider account #: {acct}", "R", 8)
        f.y += 28
        colhead(f)

    f = Flow(d, 740, header, footer)
    for pat, prov, acct, clm, ps, svcs in fam:
        state["claim"] = (pat, prov, acct, clm)
        f.need(110)
        claimhead(f)
        for s in svcs:
            if f.need(26):
                claimhead(f, True)
            y = f.y
            note = "C" if s.denied else ("B" if s.deductible else "A")
            code = s.code + "-" + "-".join(s.mods)
            vals = [s.billed, s.discount, s.allowed, s.not_covered, s.deductible, s.copay, s.coinsurance, s.paid,
                    s.owes]
            d.text(40, y, dfmt(s.dos, "mdy2"), "R", 7.5)
            d.text(100, y, code, "R", 7.5)
            strs = [fd(v) for v in vals]
            for x, v in zip(X[3:], strs):
                d.text(x, y, v, "R", 7.5, "R")
            d.text(568, y, note, "R", 7.5, "R")
            d.text(100, y + 9, s.desc, "R", 6.3)
            d.line(36, y + 14, 576, y + 14, 0.25)
            f.y += 22
            prints = [("service_date", dfmt(s.dos, "mdy2"), "row"), ("code", code, "row")]
            prints += [("mod", m, "row") for m in s.mods]
            prints += [(k, v, "row") for k, v in zip(("billed", "discount", "allowed", "not_covered", "deductible",
                                                       "copay", "coinsurance", "paid", "patient_owes"), strs)]
            prints += [("remark", note, "row")]
            rec.add(d.pages, s, prints=prints, claim_id=acct, payer_claim_id=clm, patient=pat,
                    printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                             "paid", "patient_owes"), units=False, remarks=[note])
        f.need(20)
        y = f.y
        tots = [total(svcs, a) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                         "coinsurance", "paid", "owes")]
        d.text(100, y, "Claim totals", "B", 7.5)
        for x, v in zip(X[3:], tots):
            d.text(x, y, fd(v), "B", 7.5, "R")
        d.line(36, y + 4, 576, y + 4, 0.8)
        f.y += 22
        rec.claim(acct, clm, pat, billed=tots[0], allowed=tots[2], paid=tots[7], patient_owes=tots[8])
    f.need(60)
    d.text(36, f.y + 6, "Notes", "B", 9)
    for k, (c, t) in enumerate(notes.items()):
        d.text(36, f.y + 18 + 10 * k, f"{c}   {t}", "R", 7.5)
    footer()
    return list(notes.items())


# ------------------------------------------------------------------------------------------------ h178_02

def l02(doc, rec, npages):
    d = doc
    ps = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"), visit_copay=Decimal("35.00"))
    claims = [
        ("Marguerite Lindqvist", "CR-7714003", "ACC-260113-7781", "Brightwater Hand & Upper Limb Clinic", [
            Svc(D(2026, 1, 13), "97166", 1, ("GO",)), Svc(D(2026, 1, 13), "97760", 1, ("GO",)),
            Svc(D(2026, 1, 13), "L3807", 1, ("RT",))]),
        ("Marguerite Lindqvist", "CR-7714219", "ACC-260120-7781", "Brightwater Hand & Upper Limb Clinic", [
            Svc(D(2026, 1, 20), "97140", 2, ("GO",)), Svc(D(2026, 1, 20), "97110", 2, ("GO",)),
            Svc(D(2026, 1, 20), "0552T", 1, (), denied="PR")]),
        ("Axel Lindqvist", "CR-7715502", "SS-00418812", "Sprout & Sparrow Children's Therapy", [
            Svc(D(2026, 1, 14), "97530", 3, ("GO",)), Svc(D(2026, 1, 14), "97112", 1, ("GO", "59"))]),
        ("Saga Lindqvist", "CR-7715503", "SS-00418813", "Sprout & Sparrow Children's Therapy", [
            Svc(D(2026, 1, 14), "92507", 1, ("GN",)), Svc(D(2026, 1, 21), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 21), "97129", 2, ("GN",))]),
    ]
    for c in claims:
        for s in c[4]:
            commercial(s, ps, deny_reason="96")
    cols = [(24, 100, "Service dates"), (124, 44, "Procedure"), (168, 36, "Modifier"), (204, 26, "Qty"),
            (230, 58, "Provider\ncharges"), (288, 54, "Amount\nsaved"), (342, 56, "Plan's\nallowance"),
            (398, 52, "Not\ncovered"), (450, 48, "Your\ncopay"), (498, 54, "Deductible"),
            (552, 56, "Coinsurance"), (608, 56, "Plan\npayment"), (664, 56, "What you\nowe"),
            (720, 48, "Remark")]

    def header():
        d.rect(24, 24, 744, 40, 0.8, 0.92)
        d.text(34, 42, "Cobalt Prairie Health", "B", 15)
        d.text(34, 56, "Commercial PPO  |  Member Explanation of Benefits", "R", 8.5)
        d.text(758, 42, "This is not a bill", "B", 9, "R")
        d.text(758, 56, f"Page {d.pages} of {npages}", "R", 8, "R")
        if d.pages == 1:
            d.text(24, 84, "Prepared for: Marguerite Lindqvist", "B", 9)
            d.text(24, 96, "608 Oriole Bend Ct, Saxby Point, IA 50677", "R", 8.5)
            d.text(420, 84, "Member number: CPH-44019872-01", "R", 8.5)
            d.text(420, 96, "Plan: Cobalt Choice PPO 2500   Date issued: 02/04/2026", "R", 8.5)
            d.text(24, 118, "Your family's claims", "B", 11)
            return 128
        return 80

    def footer():
        d.text(24, 592, "Cobalt Prairie Health, 1900 Prairie Commons Dr, Ames Crossing, IA 50010  |  Customer "
                        "Care 1-888-555-0176", "R", 7)

    f = Flow(d, 560, header, footer)
    for pat, clm, acct, prov, svcs in claims:
        need = 54 + 16 * len(svcs) + 18
        f.need(need)
        y = f.y
        d.rect(24, y, 744, 30, 0.6)
        d.text(30, y + 12, f"Patient: {pat}", "B", 8.5)
        d.text(250, y + 12, f"Claim ID: {clm}", "R", 8.5)
        d.text(450, y + 12, f"Patient account: {acct}", "R", 8.5)
        d.text(30, y + 24, f"Provider: {prov}   (in network)", "R", 8)
        d.text(450, y + 24, f"Processed: {dfmt(D(2026, 2, 3), 'mdy2')}", "R", 8)
        y += 30
        d.rect(24, y, 744, 22, 0.6, 0.85)
        for x, w, h in cols:
            d.line(x, y, x, y + 22 + 16 * (len(svcs) + 1), 0.4)
            for k, part in enumerate(h.split("\n")):
                d.text(x + 3, y + 9 + 8 * k, part, "B", 6.8)
        d.line(768, y, 768, y + 22 + 16 * (len(svcs) + 1), 0.4)
        y += 22
        for s in svcs:
            dr = f"{dfmt(s.dos, 'mdy2')} - {dfmt(s.dos, 'mdy2')}"
            mods = " ".join(s.mods)
            rmk = "N24" if s.denied else ("D1" if s.deductible else "")
            vals = [fm(v) for v in (s.billed, s.discount, s.allowed, s.not_covered, s.copay, s.deductible,
                                    s.coinsurance, s.paid, s.owes)]
            cells = [dr, s.code, mods, str(int(s.units))] + vals + [rmk]
            for (x, w, _), v in zip(cols, cells):
                if x >= 230 and x < 720:
                    d.text(x + w - 4, y + 11, v, "R", 7.6, "R")
                else:
                    d.text(x + 3, y + 11, v, "R", 7.6)
            d.line(24, y + 16, 768, y + 16, 0.3)
            prints = [("service_date", dfmt(s.dos, "mdy2"), "row"), ("code", s.code, "row"),
                      ("units", str(int(s.units)), "row")] + [("mod", m, "row") for m in s.mods]
            prints += [(k, v, "row") for k, v in zip(("billed", "discount", "allowed", "not_covered", "copay",
                                                       "deductible", "coinsurance", "paid", "patient_owes"), vals)]
            if rmk:
                prints.append(("remark", rmk, "row"))
            rec.add(d.pages, s, prints=prints, claim_id=acct, payer_claim_id=clm, patient=pat,
                    printed=("billed", "discount", "allowed", "not_covered", "copay", "deductible", "coinsurance",
                             "paid", "patient_owes"), remarks=[rmk] if rmk else [], description=False)
            y += 16
        tots = [total(svcs, a) for a in ("billed", "discount", "allowed", "not_covered", "copay", "deductible",
                                         "coinsurance", "paid", "owes")]
        d.text(30, y + 11, "Total for this claim", "B", 7.6)
        for (x, w, _), v in zip(cols[4:13], tots):
            d.text(x + w - 4, y + 11, fm(v), "B", 7.6, "R")
        d.line(24, y + 16, 768, y + 16, 0.6)
        f.y = y + 30
        rec.claim(acct, clm, pat, billed=tots[0], allowed=tots[2], paid=tots[7], patient_owes=tots[8])
    f.need(50)
    d.text(24, f.y + 4, "Remark codes", "B", 9)
    legend = [("D1", "Part of the allowance went toward your annual deductible."),
              ("N24", "Light-based therapy of this kind is excluded by your plan; you may be billed for it.")]
    for k, (c, t) in enumerate(legend):
        d.text(24, f.y + 16 + 10 * k, f"{c}  {t}", "R", 7.6)
    footer()
    return legend


# ------------------------------------------------------------------------------------------------ h178_03

L03_PAD = 0


def l03(doc, rec, npages):
    d = doc
    ps = PlanState(ded_left=ZERO, visit_copay=Decimal("20.00"))
    pat = "Harold J. Vantreese"
    raw = [
        ("MA26A0170551", "RKC-118204", "Riverknoll Rehab Center", [(D(2026, 1, 5), "97161", 1, ("GP",)),
                                                                   (D(2026, 1, 5), "97110", 2, ("GP",)),
                                                                   (D(2026, 1, 5), "97140", 1, ("GP", "59"))]),
        ("MA26A0170986", "RKC-118266", "Riverknoll Rehab Center", [(D(2026, 1, 8), "97110", 2, ("GP",)),
                                                                   (D(2026, 1, 8), "97112", 1, ("GP",)),
                                                                   (D(2026, 1, 8), "97116", 1, ("GP",)),
                                                                   (D(2026, 1, 8), "G0283", 1, ("GP",))]),
        ("MA26A0171420", "RKC-118319", "Riverknoll Rehab Center", [(D(2026, 1, 12), "97110", 3, ("GP", "CQ")),
                                                                   (D(2026, 1, 12), "97140", 1, ("GP", "CQ")),
                                                                   (D(2026, 1, 12), "97530", 1, ("GP", "CQ")),
                                                                   (D(2026, 1, 12), "97116", 1, ("GP", "CQ")),
                                                                   (D(2026, 1, 12), "G0283", 1, ("GP",))]),
        ("MA26A0173307", "WFM-5530271", "Westfield Family Medicine", [(D(2026, 1, 14), "99213", 1, ())]),
        ("MA26A0175112", "RKC-118402", "Riverknoll Rehab Center", [(D(2026, 1, 15), "97110", 2, ("GP", "KX")),
                                                                   (D(2026, 1, 15), "97112", 2, ("GP", "KX")),
                                                                   (D(2026, 1, 15), "97116", 1, ("GP",)),
                                                                   (D(2026, 1, 15), "97140", 1, ("GP",))]),
        ("MA26A0177640", "RKC-118455", "Riverknoll Rehab Center", [(D(2026, 1, 19), "97110", 2, ("GP",)),
                                                                   (D(2026, 1, 19), "97530", 2, ("GP",)),
                                                                   (D(2026, 1, 19), "97535", 1, ("GP",)),
                                                                   (D(2026, 1, 19), "G0283", 1, ("GP",))]),
    ]
    claims = []
    for clm, acct, prov, items in raw:
        svcs = [commercial(Svc(*it), ps) for it in items]
        claims.append((clm, acct, prov, svcs))

    def header():
        d.text(54, 50, "Evergreen Harbor Medicare Advantage", "B", 13)
        d.text(54, 63, "Evergreen Harbor Senior Choice (HMO)  -  H9914-006", "R", 8)
        d.text(558, 50, "Explanation of Benefits", "B", 11, "R")
        d.text(558, 63, "for medical services in January 2026", "R", 8, "R")
        d.line(54, 70, 558, 70, 0.8)
        d.text(558, 80, f"Page {d.pages} of {npages}", "R", 7.5, "R")
        if d.pages > 1:
            d.text(54, 80, f"Member: {pat}   Member ID: EHM11087425", "R", 7.5)
            return 100
        d.text(54, 92, pat, "B", 10)
        d.text(54, 104, "47 Copperbeech Lane, Apt 3", "R", 9)
        d.text(54, 115, "Kettle Harbor, OR 97389", "R", 9)
        d.text(360, 92, "Member ID: EHM11087425", "R", 8.5)
        d.text(360, 104, "Date of notice: February 9, 2026", "R", 8.5)
        d.rect(54, 130, 504, 56, 0.6)
        d.text(62, 144, "Your year-to-date totals", "B", 9)
        d.text(62, 158, "Total you paid for covered medical care in 2026:", "R", 8.5)
        d.text(62, 170, "Maximum out-of-pocket for in-network care:", "R", 8.5)
        owed = sum((total(c[3], "owes") for c in claims), ZERO)
        d.text(550, 158, fd(owed), "B", 8.5, "R")
        d.text(550, 170, "$4,200.00", "R", 8.5, "R")
        d.text(54, 200, "Plan news: your 2026 rehabilitation copay is $20.00 per visit day, however many "
                        "services you get that day.", "R", 7.6)
        d.text(54, 206 + L03_PAD, "Part C medical claims processed this month", "B", 10.5)
        return 216 + L03_PAD

    def footer():
        d.text(54, 752, "This is not a bill. Keep this notice for your records.", "R", 7.5)
        d.text(54, 762, "Evergreen Harbor Health Plans, 1100 Tidewater Way, Portland Heights, OR 97201  |  "
                        "1-877-555-0122 (TTY 711)", "R", 7)

    X = {"date": 58, "svc": 112, "ch": 390, "ap": 440, "pd": 490, "sh": 530, "nt": 554}

    def colhead(f):
        y = f.y
        d.line(54, y, 558, y, 0.6)
        d.text(X["date"], y + 10, "Date", "B", 7.5)
        d.text(X["svc"], y + 10, "Service you received", "B", 7.5)
        for k, t in (("ch", "Provider"), ("ap", "Plan"), ("pd", "Plan"), ("sh", "Your")):
            d.text(X[k], y + 10, t, "B", 7.5, "R")
        for k, t in (("ch", "charged"), ("ap", "approved"), ("pd", "paid"), ("sh", "share")):
            d.text(X[k], y + 19, t, "B", 7.5, "R")
        d.text(X["nt"], y + 10, "Notes", "B", 7.5, "R")
        d.line(54, y + 23, 558, y + 23, 0.4)
        f.y += 34

    cur = {}

    def chead(f, cont=False):
        clm, acct, prov = cur["c"]
        d.text(54, f.y + 10, f"Claim ID: {clm}" + ("   (continued from previous page)" if cont else ""), "B", 8.5)
        d.text(54, f.y + 21, f"{prov}  -  Your provider's account: {acct}", "R", 8)
        f.y += 27
        colhead(f)

    f = Flow(d, 735, header, footer)
    for clm, acct, prov, svcs in claims:
        cur["c"] = (clm, acct, prov)
        f.need(75)
        chead(f)
        for s in svcs:
            if f.need(18):
                chead(f, True)
            y = f.y
            svc = f"{s.desc} ({' '.join((s.code,) + s.mods)})"
            qty = f"x{int(s.units)}"
            note = "2" if s.copay else "1"
            strs = [fd(v) for v in (s.billed, s.allowed, s.paid, s.owes)]
            d.text(X["date"], y, dfmt(s.dos, "mdy4"), "R", 7.8)
            d.text(X["svc"], y, svc + " " + qty, "R", 7.8)
            for k, v in zip(("ch", "ap", "pd", "sh"), strs):
                d.text(X[k], y, v, "R", 7.8, "R")
            d.text(X["nt"], y, note, "R", 7.8, "R")
            f.y += 15
            prints = [("service_date", dfmt(s.dos, "mdy4"), "row"), ("code", s.code, "row"),
                      ("units", str(int(s.units)), "row"), ("qty", qty, "row")] + [("mod", m, "row") for m in s.mods]
            prints += [(k, v, "row") for k, v in zip(("billed", "allowed", "paid", "patient_owes"), strs)]
            prints.append(("remark", note, "row"))
            rec.add(d.pages, s, prints=prints, claim_id=acct, payer_claim_id=clm, patient=pat,
                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=[note])
        tots = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        f.need(16)
        y = f.y
        d.line(300, y - 9, 558, y - 9, 0.4)
        d.text(X["svc"], y, "Claim total", "B", 7.8)
        for k, v in zip(("ch", "ap", "pd", "sh"), tots):
            d.text(X[k], y, fd(v), "B", 7.8, "R")
        f.y += 20
        rec.claim(acct, clm, pat, billed=tots[0], allowed=tots[1], paid=tots[2], patient_owes=tots[3])
    legend = [("1", "The plan pays this service in full after its approved amount; nothing more is due from you."),
              ("2", "Your share is the office-visit copay for outpatient rehabilitation, charged once a day.")]
    f.need(40)
    d.text(54, f.y + 6, "Notes about your claims", "B", 9)
    for k, (c, t) in enumerate(legend):
        d.text(54, f.y + 18 + 10 * k, f"{c}.  {t}", "R", 7.6)
    footer()
    return legend


# ------------------------------------------------------------------------------------------------ h178_04

def l04(doc, rec, npages):
    d = doc
    ps = PlanState(ded_left=Decimal("90.00"))
    pat = "LORRAINE M PASCOE"
    groups = [
        ("Outpatient Facility Claims", [
            ("01-2603-118-874-770", "St. Anselm Community Hospital Outpatient Rehab", D(2026, 1, 6),
             [("97163", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",))]),
            ("01-2603-121-330-450", "St. Anselm Community Hospital Outpatient Rehab", D(2026, 1, 9),
             [("97110", 3, ("GP",)), ("97116", 1, ("GP",)), ("0552T", 1, ("GP",))]),
            ("01-2603-125-002-310", "St. Anselm Community Hospital Outpatient Rehab", D(2026, 1, 13),
             [("97110", 2, ("GP", "KX")), ("97112", 2, ("GP",)), ("97530", 1, ("GP",))]),
        ]),
        ("Part B Medical Claims", [
            ("26-014-55390-001", "Pinecrest Hand Therapy Associates", D(2026, 1, 16),
             [("97165", 1, ("GO",)), ("97760", 1, ("GO",)), ("L3807", 1, ("LT",))]),
            ("26-019-71022-001", "Pinecrest Hand Therapy Associates", D(2026, 1, 23),
             [("97140", 2, ("GO",)), ("97535", 1, ("GO",)), ("97110", 1, ("GO",))]),
        ]),
    ]
    built = []
    for title, cl in groups:
        bc = []
        for clm, prov, dos, items in cl:
            svcs = []
            for code, u, mods in items:
                s = Svc(dos, code, u, mods, desc=LONG_DESC.get(code, ""), denied="PR" if code == "0552T" else None)
                svcs.append(medicare(s, ps))
            bc.append((clm, prov, dos, svcs))
        built.append((title, bc))

    def header():
        d.text(50, 44, "Medicare Summary Notice for Part B (Medical Insurance)", "B", 13)
        d.text(50, 58, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid "
                       "Services", "R", 7.5)
        d.text(562, 76, f"Page {d.pages} of {npages}", "B", 8, "R")
        d.text(50, 76, f"{pat.title().replace(' M ', ' M. ')}", "R", 8)
        d.line(50, 82, 562, 82, 1)
        if d.pages == 1:
            d.rect(50, 92, 250, 78, 0.6)
            d.text(58, 106, pat, "B", 10)
            d.text(58, 119, "1183 HIGHGATE CIRCLE", "R", 9)
            d.text(58, 131, "WEST MARROWAY PA 17015-2284", "R", 9)
            d.text(58, 150, "Medicare Number  XXXXXXX-TV61", "R", 8.5)
            d.text(58, 162, "This notice is for dates January 1 - March 31, 2026", "R", 8)
            d.rect(312, 92, 250, 78, 0.6, 0.93)
            d.text(320, 106, "Your Deductible Status", "B", 9)
            d.text(320, 120, "Your deductible is what you must pay for", "R", 8)
            d.text(320, 131, "most health services before Medicare begins", "R", 8)
            d.text(320, 142, "to pay. You have now met your 2026 Part B", "R", 8)
            d.text(320, 153, "deductible.", "R", 8)
            return 190
        return 96

    def footer():
        d.text(50, 760, "Is this information correct? Call 1-800-MEDICARE (1-800-633-4227) if you think a claim "
                        "is wrong.", "R", 7.2)

    XS, XA, XC, XM, XP, XB, XN = 54, 262, 338, 400, 456, 516, 556

    def colhead(f):
        y = f.y
        d.rect(50, y, 512, 30, 0.4, 0.9)
        d.text(XS, y + 11, "Service Provided &", "B", 7.4)
        d.text(XS, y + 20, "Billing Code", "B", 7.4)
        for x, a, b, c in ((XA, "Benefit", "Approved?", ""), (XC, "Amount", "Provider", "Charged"),
                           (XM, "Medicare-", "Approved", "Amount"), (XP, "Medicare", "Paid", "Provider"),
                           (XB, "Maximum You", "May Be", "Billed"), (XN, "See", "Notes", "")):
            d.text(x, y + 9, a, "B", 6.8, "R" if x != XA else "L")
            d.text(x, y + 17, b, "B", 6.8, "R" if x != XA else "L")
            d.text(x, y + 25, c, "B", 6.8, "R" if x != XA else "L")
        f.y += 42

    def wrap(text, width, sz):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if d.width(t, "R", sz) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        return lines + [cur]

    f = Flow(d, 745, header, footer)
    for title, bc in built:
        f.need(120)
        d.text(50, f.y + 6, title, "B", 11)
        f.y += 16
        for clm, prov, dos, svcs in bc:
            f.need(60 + 34 * len(svcs))
            d.text(50, f.y + 8, f"{dfmt(dos, 'mon')}", "B", 9.5)
            d.text(50, f.y + 20, f"{prov}", "R", 8.5)
            d.text(350, f.y + 20, f"Claim Number: {clm}", "R", 8.5)
            d.text(50, f.y + 31, "Referred by: Dana Whitcombe, DPT", "R", 8) if "Hospital" in prov else None
            f.y += 38
            colhead(f)
            for s in svcs:
                parts = wrap(s.desc, 188, 7.8)
                tail = f"({s.code}-{'-'.join(s.mods)})" if s.mods else f"({s.code})"
                lines = parts[:-1] + [parts[-1] + " " + tail] if d.width(parts[-1] + " " + tail, "R", 7.8) < 200 \
                    else parts + [tail]
                y = f.y
                for k, t in enumerate(lines[:-1]):
                    d.text(XS, y + 10 * k, t, "R", 7.8)
                yr = y + 10 * (len(lines) - 1)
                d.text(XS, yr, lines[-1], "R", 7.8)
                ok = "No" if s.denied else "Yes"
                note = "C" if s.denied else ("A" if s.deductible else "B")
                strs = [fd(v) for v in (s.billed, s.allowed, s.paid, s.owes)]
                d.text(XA, yr, ok, "R", 7.8)
                for x, v in zip((XC, XM, XP, XB), strs):
                    d.text(x, yr, v, "R", 7.8, "R")
                d.text(XN, yr, note, "R", 7.8, "R")
                f.y = yr + 16
                prints = [("service_date", dfmt(dos, "mon"), "page"), ("code", s.code, "row")]
                prints += [("mod", m, "row") for m in s.mods]
                prints += [(k, v, "row") for k, v in zip(("billed", "allowed", "paid", "patient_owes"), strs)]
                prints.append(("remark", note, "row"))
                rec.add(d.pages, s, prints=prints, claim_id=None, payer_claim_id=clm, patient=pat,
                        printed=("billed", "allowed", "paid", "patient_owes"), units=False, remarks=[note])
            tots = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
            d.line(XC - 50, f.y - 9, 562, f.y - 9, 0.5)
            d.text(XS, f.y, "Total for this claim", "B", 7.8)
            for x, v in zip((XC, XM, XP, XB), tots):
                d.text(x, f.y, fd(v), "B", 7.8, "R")
            f.y += 22
            rec.claim(None, clm, pat, billed=tots[0], allowed=tots[1], paid=tots[2], patient_owes=tots[3])
    legend = [("A", "This approved amount was used toward your yearly Part B deductible."),
              ("B", "Medicare paid 80% of the approved amount after the 2% mandatory payment reduction."),
              ("C", "Medicare does not pay for this service because it is not proven effective for you.")]
    f.need(50)
    d.text(50, f.y + 6, "Notes for Claims Above", "B", 9.5)
    for k, (c, t) in enumerate(legend):
        d.text(50, f.y + 18 + 10 * k, f"{c}  {t}", "R", 7.6)
    footer()
    return legend


# ------------------------------------------------------------------------------------------------ h178_05

def l05(doc, rec, npages):
    d = doc
    sz = 7.2
    cw = d.width("0", "R", sz)

    def at(col, y, s, f="R"):
        d.text(30 + col * cw, y, s, f, sz)

    paid_claims = [
        ("WOJCIK, ANYA", "110387294A", "2026012300451", "WQ-40021", [
            (D(2026, 1, 6), "97530", 3, ("GO",)), (D(2026, 1, 6), "97535", 1, ("GO",)),
            (D(2026, 1, 8), "97530", 2, ("GO",)), (D(2026, 1, 8), "97112", 1, ("GO", "59")),
            (D(2026, 1, 13), "97530", 3, ("GO",)), (D(2026, 1, 13), "97110", 1, ("GO",)),
            (D(2026, 1, 15), "97530", 2, ("GO",)), (D(2026, 1, 15), "97535", 2, ("GO",)),
            (D(2026, 1, 20), "97530", 3, ("GO",)), (D(2026, 1, 20), "97112", 1, ("GO",))]),
        ("WOJCIK, PIOTR", "110387295A", "2026012300452", "WQ-40022", [
            (D(2026, 1, 7), "92523", 1, ("GN",)), (D(2026, 1, 14), "92507", 1, ("GN",)),
            (D(2026, 1, 21), "92507", 1, ("GN",))]),
        ("DELAROSA, MATEO", "118842006A", "2026012300467", "WQ-40057", [
            (D(2026, 1, 9), "97167", 1, ("GO",)), (D(2026, 1, 9), "97530", 2, ("GO",)),
            (D(2026, 1, 16), "97530", 3, ("GO",)), (D(2026, 1, 16), "97140", 1, ("GO",)),
            (D(2026, 1, 23), "97530", 3, ("GO",)), (D(2026, 1, 23), "97129", 2, ("GO",)),
            (D(2026, 1, 27), "97530", 2, ("GO",)), (D(2026, 1, 27), "97535", 1, ("GO",)),
            (D(2026, 1, 30), "97530", 3, ("GO",)), (D(2026, 1, 30), "97112", 1, ("GO", "59"))]),
        ("HOLLOWAY, KEZIAH", "121100583A", "2026012300470", "WQ-40063", [
            (D(2026, 1, 12), "97161", 1, ("GP",)), (D(2026, 1, 12), "97110", 2, ("GP",)),
            (D(2026, 1, 19), "97110", 3, ("GP",)), (D(2026, 1, 19), "97116", 1, ("GP",)),
            (D(2026, 1, 26), "97110", 2, ("GP",)), (D(2026, 1, 26), "97140", 2, ("GP",)),
            (D(2026, 1, 28), "97110", 2, ("GP",)), (D(2026, 1, 28), "97116", 1, ("GP",)),
            (D(2026, 1, 30), "97110", 3, ("GP",)), (D(2026, 1, 30), "97140", 1, ("GP",)),
            (D(2026, 1, 30), "97112", 1, ("GP",)), (D(2026, 1, 30), "97530", 1, ("GP",))]),
    ]
    denied_claims = [("GARZA, LUCIA", "119930127A", "2026012300488", "WQ-40071", [
        (D(2026, 1, 14), "97530", 4, ("GO",)), (D(2026, 1, 14), "97150", 1, ("GO",))])]
    orig = ("ABERNATHY, JUNE", "117745310A", "2025122900913", "WQ-39880",
            [(D(2025, 12, 15), "97530", 2, ("GO",)), (D(2025, 12, 15), "97110", 1, ("GO",))])
    repl = ("ABERNATHY, JUNE", "117745310A", "2026012350913", "WQ-39880",
            [(D(2025, 12, 15), "97530", 3, ("GO",)), (D(2025, 12, 15), "97110", 1, ("GO",))])
    cols = {"ln": 2, "from": 6, "to": 16, "proc": 26, "m1": 33, "m2": 37, "units": 43, "billed": 58, "allowed": 70,
            "tpl": 80, "copay": 89, "paid": 101, "eob": 104}
    state = {"sec": ""}

    def header():
        at(0, 34, "STATE OF WESTMARCH  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", "B")
        at(0, 44, "REMITTANCE ADVICE")
        at(88, 34, "RUN DATE 01/23/26")
        at(88, 44, f"PAGE {d.pages:>4} OF {npages}")
        at(0, 58, "PROVIDER: KINDLEWOOD PEDIATRIC THERAPY GROUP     NPI 1730498856     PROV ID 004418820")
        at(0, 68, "RA NUMBER 0001927745      WARRANT/EFT 88210044      PAYMENT DATE 01/27/26")
        at(0, 82, f"CLAIM TYPE: PROFESSIONAL          *** {state['sec']} ***")
        at(0, 96, "RECIP NAME           RECIP ID      ICN             PAT ACCT")
        at(cols["ln"] - 2, 106, " LN FROM-DOS  TO-DOS    PROC   M1  M2     UNITS      BILLED   ALLOWED     TPL"
                                "    COPAY        PAID  EOB")
        at(0, 112, "-" * 116)
        return 126

    def footer():
        at(0, 590, "EOB CODES ARE EXPLAINED AT THE END OF THIS REMITTANCE ADVICE.")

    state["sec"] = "PAID CLAIMS"
    f = Flow(d, 556, header, footer)

    def do_claim(c, kind):
        name, rid, icn, acct, items = c
        svcs = []
        for k, (dos, code, u, mods) in enumerate(items):
            s = Svc(dos, code, u, mods, denied="CO" if kind == "deny" else None)
            medicaid(s, deny_reason="96")
            svcs.append(s)
        if kind == "rev":
            svcs = [negate(s) for s in svcs]
        f.need(30)
        at(0, f.y, f"{name:<21}{rid:<14}{icn:<16}{acct}")
        f.y += 11
        for k, s in enumerate(svcs):
            if f.need(11):
                at(0, f.y, f"{name:<21}{rid:<14}{icn:<16}{acct}   CONTINUED")
                f.y += 11
            neg = "trail"
            vals = {"billed": money(s.billed, "", neg), "allowed": money(s.allowed, "", neg),
                    "tpl": "0.00", "copay": "0.00", "paid": money(s.paid, "", neg)}
            eob = "0096" if kind == "deny" else ("0716" if kind == "rev" else ("0041" if s.discount else ""))
            units = f"{s.units:.2f}"
            line = (f"{k + 1:>3} {dfmt(s.dos, 'mdy2')}  {dfmt(s.dos, 'mdy2')}  {s.code:<6} "
                    f"{(s.mods + ('', ''))[0]:<3} {(s.mods + ('', ''))[1]:<3} {units:>8} {vals['billed']:>11} "
                    f"{vals['allowed']:>9} {vals['tpl']:>7} {vals['copay']:>8} {vals['paid']:>11}  {eob}")
            at(0, f.y, line)
            prints = [("service_date", dfmt(s.dos, "mdy2"), "row"), ("code", s.code, "row"),
                      ("units", units, "row")] + [("mod", m, "row") for m in s.mods]
            prints += [(k2, vals[k2], "row") for k2 in ("billed", "allowed", "paid")]
            if eob:
                prints.append(("remark", eob, "row"))
            rec.add(d.pages, s, prints=prints, claim_id=acct, payer_claim_id=icn, patient=name,
                    printed=("billed", "allowed", "paid"), remarks=[eob] if eob else [], description=False)
            f.y += 10
        tb, ta, tp = (total(svcs, a) for a in ("billed", "allowed", "paid"))
        at(0, f.y, f"{'':>24}CLAIM TOTAL {money(tb, '', 'trail'):>24} {money(ta, '', 'trail'):>9} "
                   f"{'0.00':>7} {'0.00':>8} {money(tp, '', 'trail'):>11}")
        f.y += 16
        rec.claim(acct, icn, name, billed=tb, allowed=ta, paid=tp)

    for c in paid_claims:
        do_claim(c, "paid")

    def section(name):
        state["sec"] = name
        f.need(60)
        at(0, f.y, f"*** {name} ***", "B")
        f.y += 14

    section("DENIED CLAIMS")
    for c in denied_claims:
        do_claim(c, "deny")
    section("ADJUSTED CLAIMS - ORIGINAL CLAIM REVERSED")
    do_claim(orig, "rev")
    section("ADJUSTED CLAIMS - REPLACEMENT CLAIM")
    do_claim(repl, "paid")
    legend = [("0041", "PAYMENT REDUCED TO THE STATE MAXIMUM ALLOWABLE FEE."),
              ("0096", "SERVICE NOT ON THE RECIPIENT'S APPROVED PRIOR AUTHORIZATION."),
              ("0716", "CLAIM REVERSED - REPLACED BY THE ADJUSTMENT CLAIM THAT FOLLOWS.")]
    f.need(50)
    at(0, f.y, "EOB CODE  DESCRIPTION", "B")
    for k, (c, t) in enumerate(legend):
        at(0, f.y + 10 * (k + 1), f"{c}      {t}")
    footer()
    return legend


# ------------------------------------------------------------------------------------------------ h178_06

def l06(doc, rec, npages):
    d = doc
    claims = [
        ("Paid", "Beaumont, Elise", "ME00418273", "3326014000813", "BTH-7702", [
            (D(2026, 1, 7), "92523", 1, ("GN",)), (D(2026, 1, 14), "92507", 1, ("GN",)),
            (D(2026, 1, 14), "92526", 1, ("GN",))]),
        ("Paid", "Beaumont, Rafe", "ME00418274", "3326014000814", "BTH-7703", [
            (D(2026, 1, 8), "97165", 1, ("GO",)), (D(2026, 1, 8), "97530", 2, ("GO",)),
            (D(2026, 1, 15), "97530", 3, ("GO",)), (D(2026, 1, 15), "97535", 1, ("GO",))]),
        ("Denied", "Tran, Minh Chau", "ME00733190", "3326014000820", "BTH-7719", [
            (D(2026, 1, 9), "97530", 4, ("GO", "59")), (D(2026, 1, 9), "97112", 1, ("GO",))]),
        ("Paid", "Okafor, Chidinma", "ME00512277", "3326014000835", "BTH-7725", [
            (D(2026, 1, 12), "97161", 1, ("GP",)), (D(2026, 1, 12), "97110", 2, ("GP",)),
            (D(2026, 1, 19), "97110", 2, ("GP",)), (D(2026, 1, 19), "97140", 1, ("GP",))]),
    ]

    def header():
        d.rect(40, 30, 532, 46, 0.8, 0.9)
        d.text(50, 48, "Tallgrass State Medicaid", "B", 14)
        d.text(50, 64, "Provider Remittance Advice  -  Professional Claims", "R", 9)
        d.text(562, 48, f"Page {d.pages} of {npages}", "R", 8, "R")
        d.text(562, 64, "Remit date: 01/30/2026", "R", 8, "R")
        if d.pages == 1:
            d.text(40, 94, "Payee: Bluestem Therapy House LLC", "B", 9)
            d.text(40, 106, "Payee ID: 20044719   NPI: 1588302214   Check/EFT #: 000774512   Payment: see summary",
                   "R", 8)
            return 122
        return 92

    def footer():
        d.text(40, 768, "Tallgrass State Medicaid Fiscal Agent, PO Box 3001, Prairie Gate, KS 66601  -  Provider "
                        "Services 1-800-555-0190", "R", 7)

    cx = [44, 62, 118, 160, 206, 236, 286, 334, 380, 474]
    hd = ["Ln", "Date of service", "Procedure", "Modifiers", "Units", "Billed", "Allowed", "Paid",
          "Adjustment", "RARC"]
    f = Flow(d, 750, header, footer)
    grand = ZERO
    for status, name, mid, tcn, acct, items in claims:
        svcs = []
        for dos, code, u, mods in items:
            s = medicaid(Svc(dos, code, u, mods, denied="CO" if status == "Denied" else None), deny_reason="15")
            svcs.append(s)
        h = 44 + 26 + 14 * len(svcs) + 18
        f.need(h + 10)
        y0 = f.y
        d.rect(40, y0, 532, h, 0.7)
        d.text(46, y0 + 13, f"TCN: {tcn}", "B", 8.5)
        d.text(200, y0 + 13, f"Member: {name}", "B", 8.5)
        d.text(420, y0 + 13, f"Claim status: {status}", "B", 8.5)
        d.text(46, y0 + 26, f"Medicaid ID: {mid}", "R", 8)
        d.text(200, y0 + 26, f"Patient account no.: {acct}", "R", 8)
        d.text(420, y0 + 26, "Claim type: 837P", "R", 8)
        y = y0 + 36
        d.line(40, y, 572, y, 0.4)
        for x, t in zip(cx, hd):
            if t in ("Units", "Billed", "Allowed", "Paid"):
                d.text(x + 40, y + 11, t, "B", 7.2, "R")
            else:
                d.text(x, y + 11, t, "B", 7.2)
        y += 16
        d.line(40, y, 572, y, 0.4)
        y += 12
        for k, s in enumerate(svcs):
            adj = s.adjs[0] if s.adjs else None
            adjs = f"{adj[0]}-{adj[1]} {fm(adj[2])}" if adj else ""
            rarc = "N30" if s.denied else ""
            strs = {"billed": fm(s.billed), "allowed": fm(s.allowed), "paid": fm(s.paid)}
            cells = [str(k + 1), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), str(int(s.units)), strs["billed"],
                     strs["allowed"], strs["paid"], adjs, rarc]
            for x, t, hh in zip(cx, cells, hd):
                if hh in ("Units", "Billed", "Allowed", "Paid"):
                    d.text(x + 40, y, t, "R", 7.8, "R")
                else:
                    d.text(x, y, t, "R", 7.8)
            prints = [("service_date", dfmt(s.dos, "mdy4"), "row"), ("code", s.code, "row"),
                      ("units", str(int(s.units)), "row")] + [("mod", m, "row") for m in s.mods]
            prints += [(k2, v, "row") for k2, v in strs.items()]
            if adj:
                prints.append(("adj", adjs, "row"))
            if rarc:
                prints.append(("remark", rarc, "row"))
            rec.add(d.pages, s, prints=prints, claim_id=acct, payer_claim_id=tcn, patient=name,
                    printed=("billed", "allowed", "paid"), adj_complete=True, adjustments=s.adjs,
                    remarks=[rarc] if rarc else [], description=False)
            y += 14
        tb, ta, tp = (total(svcs, a) for a in ("billed", "allowed", "paid"))
        grand += tp
        d.line(200, y - 8, 572, y - 8, 0.3)
        d.text(cx[3], y + 2, "Claim totals", "B", 7.8)
        for x, v in zip(cx[5:8], (tb, ta, tp)):
            d.text(x + 40, y + 2, fm(v), "B", 7.8, "R")
        f.y = y0 + h + 12
        rec.claim(acct, tcn, name, billed=tb, allowed=ta, paid=tp)
    legend = [("N30", "The member was not eligible for this benefit on the date of service.")]
    f.need(60)
    d.text(40, f.y + 6, "Payment summary", "B", 9)
    d.text(40, f.y + 18, f"Claims paid this cycle: {fd(grand)}", "R", 8)
    d.text(40, f.y + 30, "Remark codes used on this remittance", "B", 8)
    d.text(40, f.y + 41, "N30  " + legend[0][1], "R", 7.6)
    footer()
    return legend


# ------------------------------------------------------------------------------------------------ h178_07

def l07(doc, rec, npages):
    d = doc
    sz = 7.0
    cw = d.width("0", "R", sz)
    ps = PlanState(ded_left=Decimal("45.00"))

    def at(col, y, s, f="R"):
        d.text(24 + col * cw, y, s, f, sz)

    raw = [
        ("NAME KOWALCZYK, BERNARD", "1QR8NV3TK21", "BRT-20417", "2226011504110", [
            (D(2026, 1, 5), "97161", 1, ("GP",)), (D(2026, 1, 5), "97110", 2, ("GP",)),
            (D(2026, 1, 7), "97110", 2, ("GP",)), (D(2026, 1, 7), "97140", 1, ("GP", "59")),
            (D(2026, 1, 9), "97110", 3, ("GP", "KX")), (D(2026, 1, 9), "G0283", 1, ("GP",)),
            (D(2026, 1, 12), "97110", 2, ("GP", "CQ")), (D(2026, 1, 12), "97112", 1, ("GP", "CQ")),
            (D(2026, 1, 14), "97110", 2, ("GP",)), (D(2026, 1, 14), "97116", 1, ("GP",)),
            (D(2026, 1, 16), "97530", 2, ("GP",)), (D(2026, 1, 16), "97140", 1, ("GP",))]),
        ("NAME FENWICK, ODETTE", "5TW2KA9MX40", "BRT-20433", "2226011504127", [
            (D(2026, 1, 6), "97165", 1, ("GO",)), (D(2026, 1, 6), "97535", 1, ("GO",)),
            (D(2026, 1, 13), "97530", 2, ("GO",)), (D(2026, 1, 13), "97535", 2, ("GO",)),
            (D(2026, 1, 20), "97530", 2, ("GO", "KX"))]),
        ("NAME ASHGROVE, TEODOR", "8HM6PE1RC07", "BRT-20451", "2226011504139", [
            (D(2026, 1, 8), "92523", 1, ("GN",)), (D(2026, 1, 15), "92507", 1, ("GN",)),
            (D(2026, 1, 22), "92507", 1, ("GN",)), (D(2026, 1, 22), "97129", 2, ("GN",))]),
    ]

    def header():
        at(0, 30, "SUMMIT LEDGER CLAIMS EXCHANGE - PAPER REMITTANCE PRINT (RECEIVED 835 FROM PAYER ID 66017)", "B")
        at(0, 40, "PAYER: GRANITE VALLEY SENIOR HEALTH PLAN             PROVIDER: BIRCHRUN THERAPY PARTNERS")
        at(0, 50, f"NPI: 1467702395    CHECK/EFT #: 0090177345    DATE: 02/02/26    PAGE #: {d.pages} OF {npages}")
        at(0, 66, "PERF PROV   SERV DATE    POS NOS  PROC  MODS         BILLED    ALLOWED    DEDUCT     COINS"
                  "   GRP/RC-AMT          PROV PD")
        at(0, 72, "_" * 128)
        return 86

    def footer():
        at(0, 592, "SUMMIT LEDGER CLAIMS EXCHANGE PRINTS THIS REMIT AS RECEIVED. IT IS NOT AN INVOICE.")

    f = Flow(d, 578, header, footer)
    for nm, hic, acnt, icn, items in raw:
        svcs = [medicare(Svc(*it), ps) for it in items]
        hline = f"{nm:<28} HIC {hic}  ACNT {acnt}   ICN {icn}  ASG Y  MOA MA01"
        f.need(50)
        at(0, f.y, hline)
        f.y += 12
        for s in svcs:
            extra = s.adjs[1:]
            if f.need(10 + 9 * len(extra)):
                at(0, f.y, hline + "  (CONT)")
                f.y += 12
            mods = " ".join(s.mods)
            dt = f"{s.dos:%m%d} {s.dos:%m%d%y}"
            nos = f"{s.units:.1f}"
            strs = {"billed": money(s.billed, ""), "allowed": money(s.allowed, ""),
                    "deductible": money(s.deductible, ""), "coinsurance": money(s.coinsurance, ""),
                    "paid": money(s.paid, "")}
            a0 = s.adjs[0]
            g0 = f"{a0[0]}-{a0[1]}"
            row = (f"1467702395  {dt}  11  {nos:>3}  {s.code} {mods:<8} {strs['billed']:>10} {strs['allowed']:>10} "
                   f"{strs['deductible']:>9} {strs['coinsurance']:>9}   {g0:<6} {money(a0[2], ''):>8} "
                   f"{strs['paid']:>10}")
            at(0, f.y, row)
            prints = [("service_date", dt, "row"), ("code", s.code, "row"), ("units", nos, "row")]
            prints += [("mod", m, "row") for m in s.mods] + [(k, v, "row") for k, v in strs.items()]
            prints.append(("adj", f"{g0} {money(a0[2], '')}", "near"))
            for g, c, a in extra:
                f.y += 9
                at(0, f.y, f"{'':>86}{g}-{c:<4} {money(a, ''):>8}")
                prints.append(("adj", f"{g}-{c} {money(a, '')}", "near"))
            rec.add(d.pages, s, prints=prints, claim_id=acnt, payer_claim_id=icn, patient=nm[5:],
                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adj_complete=True,
                    adjustments=s.adjs, description=False)
            f.y += 11
        tots = {a: total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")}
        f.need(22)
        at(0, f.y, f"PT RESP {money(tots['owes'], ''):>9}")
        at(38, f.y, f"CLAIM TOTALS {money(tots['billed'], ''):>10} {money(tots['allowed'], ''):>10} "
                    f"{money(tots['deductible'], ''):>9} {money(tots['coinsurance'], ''):>9}"
                    f"{'':>20}{money(tots['paid'], ''):>10}")
        f.y += 9
        at(0, f.y, f"{'':>62}NET {money(tots['paid'], ''):>10}")
        f.y += 16
        rec.claim(acnt, icn, nm[5:], billed=tots["billed"], allowed=tots["allowed"], paid=tots["paid"])
    legend = [("MA01", "Appeal rights: ask for a redetermination within 120 days of this notice."),
              ("CO-253", "Federal payment reduction (sequestration)."), ("CO-45", "Over the fee schedule.")]
    f.need(40)
    at(0, f.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES", "B")
    for k, (c, t) in enumerate(legend):
        at(0, f.y + 9 * (k + 1), f"{c:<8}{t}")
    footer()
    return legend


# ------------------------------------------------------------------------------------------------ h178_08

def l08(doc, rec, npages):
    d = doc
    plans = {"Cedarline": PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.20"),
                                    copay_codes={"97110": Decimal("15.00")})}
    ps = plans["Cedarline"]
    raw = [
        ("Ferrante, Marisol", "104553", "CLH2601170093", [(D(2026, 1, 5), "97166", 1, ("GO",)),
                                                         (D(2026, 1, 5), "97530", 2, ("GO",)),
                                                         (D(2026, 1, 12), "97110", 2, ("GO",)),
                                                         (D(2026, 1, 12), "97140", 1, ("GO",))]),
        ("Ferrante, Dario", "104554", "CLH2601170094", [(D(2026, 1, 6), "92507", 1, ("GN",)),
                                                       (D(2026, 1, 13), "92507", 1, ("GN",)),
                                                       (D(2026, 1, 13), "92526", 1, ("GN",))]),
        ("Nakashima, Ren", "104602", "CLH2601170131", [(D(2026, 1, 7), "97161", 1, ("GP",)),
                                                      (D(2026, 1, 7), "97110", 2, ("GP",)),
                                                      (D(2026, 1, 14), "97112", 2, ("GP",)),
                                                      (D(2026, 1, 14), "99213", 1, ("25",))]),
        ("Boateng, Esi", "104618", "CLH2601170150", [(D(2026, 1, 9), "97530", 3, ("GO", "59")),
                                                    (D(2026, 1, 9), "97760", 1, ("GO",)),
                                                    (D(2026, 1, 9), "L3807", 1, ("RT",))]),
    ]
    cols = [("DOS", 40, "L"), ("CPT", 88, "L"), ("Mod", 118, "L"), ("Units", 168, "R"), ("Charge", 214, "R"),
            ("Allowed", 258, "R"), ("Deduct", 298, "R"), ("Coins", 336, "R"), ("Copay", 372, "R"),
            ("Adj", 382, "L"), ("Adj Amt", 460, "R"), ("Ins Paid", 512, "R"), ("Pt Resp", 568, "R")]

    def header():
        d.text(40, 40, "TherapyDesk PM  -  Remittance Posting Detail", "B", 12)
        d.text(40, 53, "Practice: Quarry Hill Rehabilitation, PLLC    Payer: Cedarline Health Insurance Co.", "R", 8)
        d.text(40, 64, "ERA trace 1EFT0048821077   Deposit date 01/28/2026   Posted by: jmaldonado", "R", 8)
        d.text(572, 40, f"Page {d.pages} of {npages}", "R", 8, "R")
        d.text(572, 53, "Printed 02/02/2026 08:14", "R", 8, "R")
        y = 80
        d.line(40, y, 572, y, 0.8)
        for t, x, a in cols:
            d.text(x, y + 10, t, "B", 7.8, a)
        d.line(40, y + 14, 572, y + 14, 0.5)
        return y + 26

    def footer():
        d.text(40, 770, "Confidential - contains protected health information. TherapyDesk PM v11.4", "R", 6.8)

    f = Flow(d, 750, header, footer)
    gtot = {"billed": ZERO, "paid": ZERO}
    for pat, acct, pcn, items in raw:
        svcs = [commercial(Svc(*it), ps) for it in items]
        f.need(40 + 24 * len(svcs))
        d.rect(40, f.y - 8, 532, 13, 0.2, 0.87)
        d.text(44, f.y + 2, f"Patient: {pat}     Acct: {acct}     Payer Claim #: {pcn}     Status: Processed as "
                            "primary", "B", 7.8)
        f.y += 16
        for s in svcs:
            strs = {"billed": fm(s.billed), "allowed": fm(s.allowed), "deductible": fm(s.deductible),
                    "coinsurance": fm(s.coinsurance), "copay": fm(s.copay), "paid": fm(s.paid),
                    "patient_owes": fm(s.owes)}
            a0 = s.adjs[0]
            cells = [dfmt(s.dos, "mdy2"), s.code, ",".join(s.mods), f"{s.units:.2f}", strs["billed"],
                     strs["allowed"], strs["deductible"], strs["coinsurance"], strs["copay"], f"{a0[0]}-{a0[1]}",
                     fm(a0[2]), strs["paid"], strs["patient_owes"]]
            for (t, x, a), v in zip(cols, cells):
                d.text(x, f.y, v, "R", 7.8, a)
            prints = [("service_date", cells[0], "row"), ("code", s.code, "row"), ("units", cells[3], "row")]
            prints += [("mod", m, "row") for m in s.mods] + [(k, v, "row") for k, v in strs.items()]
            prints.append(("adjtok", f"{a0[0]}-{a0[1]}", "row"))
            prints.append(("adj", f"{a0[0]}-{a0[1]} {fm(a0[2])}", "near"))
            for g, c, a in s.adjs[1:]:
                f.y += 10
                d.text(382, f.y, f"{g}-{c}", "R", 7.4)
                d.text(460, f.y, fm(a), "R", 7.4, "R")
                prints.append(("adj", f"{g}-{c} {fm(a)}", "near"))
            rec.add(d.pages, s, prints=prints, claim_id=acct, payer_claim_id=pcn, patient=pat,
                    printed=("billed", "allowed", "deductible", "coinsurance", "copay", "paid", "patient_owes"),
                    adj_complete=True, adjustments=s.adjs, description=False)
            f.y += 13
        tots = {a: total(svcs, a) for a in ("billed", "allowed", "paid", "owes")}
        d.line(190, f.y - 8, 572, f.y - 8, 0.3)
        d.text(118, f.y, "Claim total", "B", 7.8)
        d.text(214, f.y, fm(tots["billed"]), "B", 7.8, "R")
        d.text(258, f.y, fm(tots["allowed"]), "B", 7.8, "R")
        d.text(512, f.y, fm(tots["paid"]), "B", 7.8, "R")
        d.text(568, f.y, fm(tots["owes"]), "B", 7.8, "R")
        f.y += 20
        gtot["billed"] += tots["billed"]
        gtot["paid"] += tots["paid"]
        rec.claim(acct, pcn, pat, billed=tots["billed"], allowed=tots["allowed"], paid=tots["paid"],
                  patient_owes=tots["owes"])
    f.need(30)
    d.line(40, f.y - 6, 572, f.y - 6, 1)
    d.text(40, f.y + 4, "Batch totals", "B", 8.5)
    d.text(214, f.y + 4, fm(gtot["billed"]), "B", 8.5, "R")
    d.text(512, f.y + 4, fm(gtot["paid"]), "B", 8.5, "R")
    footer()
    return [("CO-45", "Contractual write-off"), ("PR-1", "Deductible"), ("PR-2", "Coinsurance"), ("PR-3", "Copay")]


# ------------------------------------------------------------------------------------------------ h178_09

def l09(doc, rec, npages):
    d = doc
    ps = PlanState(ded_left=Decimal("40.00"), coins_rate=Decimal("0.20"))
    kids = [
        ("Wren Castellano", "V-30418", "AQ7720158841", [(D(2026, 1, 5), "97166", 1, ("GO",)),
                                                        (D(2026, 1, 5), "97530", 2, ("GO",))]),
        ("Wren Castellano", "V-30502", "AQ7720163307", [(D(2026, 1, 12), "97530", 3, ("GO",)),
                                                        (D(2026, 1, 12), "97533", 1, ("GO",))]),
        ("Milo Castellano", "V-30425", "AQ7720158866", [(D(2026, 1, 6), "92523", 1, ("GN",)),
                                                        (D(2026, 1, 13), "92507", 1, ("GN",))]),
        ("Juniper Castellano", "V-30511", None, [(D(2026, 1, 14), "97150", 1, ("GO",)),
                                                 (D(2026, 1, 21), "97150", 1, ("GO",))]),
    ]
    from eobgen import DESC, FEE, SCHED  # noqa: PLC0415
    FEE.setdefault("97533", "88.00")
    SCHED.setdefault("97533", "31.90")
    DESC.setdefault("97533", "Sensory integration activities")

    def header():
        d.text(40, 48, "Little Compass Pediatric Therapy", "B", 15)
        d.text(40, 61, "OT  -  Speech  -  Feeding  |  412 Larkspur Row, Suite 2, Harmon Bay, WI 53094", "R", 8)
        d.text(40, 72, "Billing office 262-555-0137  |  Tax ID 39-8810447", "R", 8)
        d.line(40, 80, 420, 80, 1)
        d.text(420, 96, f"Page {d.pages} of {npages}", "R", 8, "R")
        # sidebar
        d.rect(440, 40, 132, 150, 0.8, 0.93)
        d.text(448, 56, "STATEMENT", "B", 10)
        d.text(448, 72, "Statement date", "R", 7.5)
        d.text(448, 82, "February 3, 2026", "B", 8)
        d.text(448, 98, "Guarantor account", "R", 7.5)
        d.text(448, 108, "G-11872", "B", 8)
        d.text(448, 124, "Amount due", "R", 7.5)
        d.text(448, 136, due_s, "B", 11)
        d.text(448, 152, "Please pay by", "R", 7.5)
        d.text(448, 162, "March 5, 2026", "B", 8)
        d.text(448, 180, "Pay online: lcpt-pay.example", "R", 6.8)
        if d.pages == 1:
            d.text(40, 104, "Rafael & Dominique Castellano", "R", 9)
            d.text(40, 115, "77 Birchbark Trail", "R", 9)
            d.text(40, 126, "Harmon Bay, WI 53094", "R", 9)
            return 206
        return 206

    def footer():
        d.line(40, 740, 572, 740, 0.5)
        d.text(40, 752, "Insurance has processed the visits marked with a claim number. Your portion reflects your "
                        "plan's deductible and coinsurance.", "R", 7)
        d.text(40, 762, "Questions about this statement? Call our billing office. Payment plans are available.",
               "R", 7)

    cols = [("Date", 40, "L"), ("Patient", 90, "L"), ("Code", 178, "L"), ("Description", 232, "L"),
            ("Charge", 420, "R"), ("Ins. paid", 468, "R"), ("Ins. adj.", 516, "R"), ("Your portion", 572, "R")]
    built = []
    for pat, visit, clm, items in kids:
        svcs = []
        for it in items:
            s = commercial(Svc(*it), ps)
            if clm is None:  # not yet billed back: self-pay visit
                s.allowed, s.discount, s.paid, s.owes = s.billed, ZERO, ZERO, s.billed
                s.deductible = s.coinsurance = ZERO
            svcs.append(s)
        built.append((pat, visit, clm, svcs))
    due = sum((total(b[3], "owes") for b in built), ZERO)
    due_s = fd(due)
    f = Flow(d, 728, header, footer)
    d.text(40, f.y, "", "R", 8)
    for t, x, a in cols:
        d.text(x, f.y, t, "B", 8, a)
    d.line(40, f.y + 4, 572, f.y + 4, 0.6)
    f.y += 18
    d.text(40, f.y, "Previous balance", "R", 8)
    d.text(572, f.y, fd(Decimal("50.00")), "R", 8, "R")
    f.y += 16
    order = sorted(built, key=lambda b: b[3][0].dos)
    for pat, visit, clm, svcs in order:
        f.need(18 + 13 * len(svcs))
        head = f"Visit {visit}  -  {pat}" + (f"  -  Billed to Aquila Family Health, claim {clm}" if clm
                                            else "  -  Self-pay (no insurance on file for this service)")
        d.text(40, f.y, head, "B", 7.8)
        f.y += 12
        for s in svcs:
            code = s.code + " " + " ".join(s.mods)
            adjx = s.discount
            strs = {"billed": fd(s.billed), "paid": fd(s.paid), "patient_owes": fd(s.owes)}
            cells = [dfmt(s.dos, "mdyn"), pat.split()[0], code, s.desc, strs["billed"], strs["paid"], fd(adjx),
                     strs["patient_owes"]]
            for (t, x, a), v in zip(cols, cells):
                d.text(x, f.y, v, "R", 8, a)
            prints = [("service_date", cells[0], "row"), ("code", code, "row")] + [("mod", m, "row") for m in s.mods]
            prints += [(k, v, "row") for k, v in strs.items()]
            rec.add(d.pages, s, prints=prints, claim_id=visit, payer_claim_id=clm, patient=pat,
                    printed=("billed", "paid", "patient_owes"), units=False)
            f.y += 13
        tb, tp, to = (total(svcs, a) for a in ("billed", "paid", "owes"))
        rec.claim(visit, clm, pat, billed=tb, paid=tp, patient_owes=to)
        f.y += 4
    f.need(40)
    d.text(40, f.y, "1/20/2026", "R", 8)
    d.text(90, f.y, "Payment - thank you (card ending 4410)", "R", 8)
    d.text(572, f.y, "-$50.00", "R", 8, "R")
    f.y += 18
    d.line(300, f.y - 10, 572, f.y - 10, 0.6)
    d.text(420, f.y, "Amount due", "B", 9, "R")
    d.text(572, f.y, due_s, "B", 9, "R")
    footer()
    return []


# ------------------------------------------------------------------------------------------------ h178_10

def l10(doc, rec, npages):
    d = doc
    ps = PlanState(ded_left=ZERO, coins_rate=Decimal("0.10"))
    REV = {"97110": "0420", "97140": "0420", "97116": "0420", "97112": "0420", "97161": "0420", "G0283": "0420",
           "97165": "0430", "97530": "0430", "97535": "0430", "97760": "0430", "L3807": "0274", "92507": "0440",
           "92523": "0440", "99213": "0510"}
    accts = [
        ("7004419023", "Abernathy-Sloane, Colette", "Physical therapy", [
            (D(2026, 1, 6), "97161", 1, ()), (D(2026, 1, 6), "97110", 2, ()), (D(2026, 1, 6), "97140", 1, ()),
            (D(2026, 1, 8), "97110", 3, ()), (D(2026, 1, 8), "97112", 1, ()), (D(2026, 1, 8), "G0283", 1, ()),
            (D(2026, 1, 13), "97110", 2, ()), (D(2026, 1, 13), "97116", 2, ()), (D(2026, 1, 13), "97140", 1, ()),
            (D(2026, 1, 15), "97110", 2, ()), (D(2026, 1, 15), "97112", 2, ()), (D(2026, 1, 15), "G0283", 1, ()),
            (D(2026, 1, 20), "97110", 3, ()), (D(2026, 1, 20), "97116", 1, ()), (D(2026, 1, 20), "97140", 2, ()),
            (D(2026, 1, 22), "97110", 2, ()), (D(2026, 1, 22), "97112", 1, ()),
            (D(2026, 1, 27), "97110", 2, ()), (D(2026, 1, 27), "97116", 1, ()), (D(2026, 1, 27), "97140", 1, ()),
            (D(2026, 1, 29), "97110", 3, ()), (D(2026, 1, 29), "97112", 1, ()), (D(2026, 1, 29), "G0283", 1, ())]),
        ("7004419187", "Sloane, Bennett", "Hand therapy", [
            (D(2026, 1, 9), "97165", 1, ()), (D(2026, 1, 9), "97760", 2, ()), (D(2026, 1, 9), "L3807", 1, ()),
            (D(2026, 1, 16), "97530", 2, ()), (D(2026, 1, 16), "97535", 1, ()),
            (D(2026, 1, 23), "97530", 2, ()), (D(2026, 1, 23), "97760", 1, ()), (D(2026, 1, 23), "97140", 1, ())]),
        ("7004419201", "Sloane, Adaeze", "Speech-language pathology", [
            (D(2026, 1, 12), "92523", 1, ()), (D(2026, 1, 19), "92507", 1, ()), (D(2026, 1, 26), "92507", 1, ())]),
    ]

    def header():
        d.text(40, 44, "MERIDIAN VALLEY HEALTH", "B", 14)
        d.text(40, 57, "Outpatient Rehabilitation Services  |  Patient Financial Services", "R", 8)
        d.text(40, 68, "PO Box 80412, Larch Crossing, CO 80521  |  970-555-0118", "R", 8)
        d.text(572, 44, "Guarantor Statement", "B", 11, "R")
        d.text(572, 57, f"Page {d.pages} of {npages}", "R", 8, "R")
        d.line(40, 76, 572, 76, 1.5)
        if d.pages == 1:
            d.text(40, 94, "Guarantor: Colette Abernathy-Sloane", "B", 9)
            d.text(40, 106, "1509 Cottonwood Spur, Larch Crossing, CO 80524", "R", 8.5)
            d.text(330, 94, "Guarantor no.: GU-0031877", "R", 8.5)
            d.text(330, 106, "Statement date: 02/05/2026", "R", 8.5)
            d.text(330, 118, "Primary insurance: Front Range Benefit Trust", "R", 8.5)
            d.rect(40, 130, 532, 14 + 11 * len(accts), 0.5)
            d.text(46, 140, "Summary of accounts on this statement", "B", 8)
            for k, (acct, pat, svc, _) in enumerate(accts):
                d.text(46, 151 + 11 * k, f"{acct}   {pat}   {svc}", "R", 7.6)
            return 150 + 11 * len(accts) + 16
        d.text(40, 92, "Guarantor: Colette Abernathy-Sloane   Guarantor no.: GU-0031877", "R", 8)
        return 108

    def footer():
        d.text(40, 772, "Meridian Valley Health is a non-profit hospital. Ask us about financial assistance.", "R",
               7)

    X = {"date": 44, "rev": 100, "cpt": 134, "desc": 194, "qty": 472, "chg": 566}
    cur = {}

    def colhead(f):
        y = f.y
        d.rect(40, y - 10, 532, 14, 0.3, 0.9)
        for k, t in (("date", "Date"), ("rev", "Rev"), ("cpt", "CPT/HCPCS"), ("desc", "Description")):
            d.text(X[k], y, t, "B", 7.6)
        d.text(X["qty"], y, "Qty", "B", 7.6, "R")
        d.text(X["chg"], y, "Charges", "B", 7.6, "R")
        f.y += 16

    def ahead(f, cont=False):
        acct, pat, svc = cur["a"]
        d.text(40, f.y, f"Account {acct}  -  Patient: {pat}  -  {svc}" + ("  (continued)" if cont else ""), "B", 8.4)
        f.y += 14
        colhead(f)

    f = Flow(d, 752, header, footer)
    for acct, pat, svc, items in accts:
        svcs = [commercial(Svc(*it), ps) for it in items]
        cur["a"] = (acct, pat, svc)
        f.need(50)
        ahead(f)
        for s in svcs:
            if f.need(12):
                ahead(f, True)
            strs = {"billed": fm(s.billed)}
            dt = dfmt(s.dos, "mdy4")
            d.text(X["date"], f.y, dt, "R", 7.8)
            d.text(X["rev"], f.y, REV[s.code], "R", 7.8)
            d.text(X["cpt"], f.y, s.code, "R", 7.8)
            d.text(X["desc"], f.y, s.desc.upper()[:44], "R", 7.8)
            d.text(X["qty"], f.y, str(int(s.units)), "R", 7.8, "R")
            d.text(X["chg"], f.y, strs["billed"], "R", 7.8, "R")
            prints = [("service_date", dt, "row"), ("code", s.code, "row"), ("units", str(int(s.units)), "row"),
                      ("billed", strs["billed"], "row")]
            rec.add(d.pages, s, prints=prints, claim_id=acct, payer_claim_id=None, patient=pat, printed=("billed",),
                    overrides={"description": s.desc.upper()[:44]})
            f.y += 15
        tb, tp, ta, to = (total(svcs, a) for a in ("billed", "paid", "discount", "owes"))
        f.need(60)
        rows = [("Total charges", fm(tb)), ("Front Range Benefit Trust payment 01/30/2026", fm(-tp)),
                ("Contractual adjustment - Front Range Benefit Trust", fm(-ta)),
                ("Account balance - patient responsibility", fm(to))]
        for k, (t, v) in enumerate(rows):
            d.text(X["desc"], f.y, t, "B" if k in (0, 3) else "R", 7.8)
            d.text(X["chg"], f.y, v, "B" if k in (0, 3) else "R", 7.8, "R")
            f.y += 11
        f.y += 12
        rec.claim(acct, None, pat, billed=tb)
    footer()
    return []


LAYOUTS = [
    ("h178_01", l01, "reportlab", "libsans", False, "commercial member EOB, family, ruled table"),
    ("h178_02", l02, "fpdf2", "djcond", True, "commercial member EOB, boxed grid per claim, landscape"),
    ("h178_03", l03, "reportlab", "djserif", False, "Medicare Advantage monthly member EOB"),
    ("h178_04", l04, "fpdf2", "libserif", False, "Medicare Summary Notice Part B with outpatient facility claims"),
    ("h178_05", l05, "fpdf2", "courier", True, "state Medicaid RA, mainframe print"),
    ("h178_06", l06, "reportlab", "helv", False, "state Medicaid RA, provider portal print"),
    ("h178_07", l07, "fpdf2", "djmono", True, "clearinghouse standard paper remittance"),
    ("h178_08", l08, "reportlab", "libnarrow", False, "practice-management remittance posting detail"),
    ("h178_09", l09, "reportlab", "libserif", False, "therapy clinic family statement with sidebar"),
    ("h178_10", l10, "fpdf2", "djsans", False, "hospital guarantor statement, outpatient rehab accounts"),
]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        print("usage: make_heldout178_pdfs.py OUT_DIR [--check]")
        return 2
    out = Path(args[0]).resolve()
    if (REPO / "samples").resolve() in [out, *out.parents]:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for name, fn, prod, fam, land, desc in LAYOUTS:
        legend_box = {}

        def render(dd, rr, n, fn=fn, box=legend_box):
            box["legend"] = fn(dd, rr, n)

        d, rec = build(render, prod, fam, land)
        save_all(out, name, name, d, rec, desc, legend_box["legend"])
        print(f"{name}: {d.pages} pages, {len(rec.lines)} lines, {len(rec.claims)} claims ({prod})")
    if "--check" in argv:
        errs = check(out, [x[0] for x in LAYOUTS])
        import json as _json

        spanning = 0
        for name, *_ in LAYOUTS:
            t = _json.loads((out / f"{name}.pdf.truth.json").read_text())
            pages_by_claim: dict = {}
            for ln in t["lines"]:
                pages_by_claim.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
            if any(len(v) > 1 for v in pages_by_claim.values()):
                spanning += 1
            for ln in t["lines"]:
                parts = [ln[k] for k in ("allowed", "deductible", "copay", "coinsurance", "paid")]
                if all(p is not None for p in parts) and not any(a[1] == "253" for a in ln["adjustments"]):
                    a, de, co, ci, pd = (Decimal(p) for p in parts)
                    if a - de - co - ci != pd:
                        errs.append(f"{name}: allowed - shares != paid on a {ln['code']} line")
        if spanning < 3:
            errs.append(f"only {spanning} files carry a claim that runs onto the next page")
        for e in errs:
            print("CHECK FAIL:", e)
        print("check:", "OK" if not errs else f"{len(errs)} problems", f"({spanning} files with a page-spanning "
              "claim)")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
