"""Write the HELD-OUT set 151 of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on ten ordinary documents of the five commonest real kinds (two of each), each in
a house style of its own. Written without looking at the reader, its tests, docs or scores.

Run:  python bench/heldout151/make_heldout151_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout151/make_heldout151_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Helper module: h151kit.py (one canvas API
over reportlab and fpdf2, and the text-layer check).
Truth format: the one of samples/pdf (eobgen.write_truth, "<name>.pdf.truth.json"): printed values only, null
for what a layout does not print (units null where no quantity is printed, modifiers [] where none are printed);
claim_id = the provider's own account / patient-control / visit number, payer_claim_id = the payer's claim
number / ICN / TCN, patient exactly as printed (the person served, not the subscriber or guarantor). Member
EOBs and statements that print no group/reason codes carry adjustments []. service_end is null when a remit
prints a from/thru pair with the same day. Every name, number, payer, provider, address and ID is invented;
descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts:
  c1 commercial family member EOB, portrait Liberation Sans (reportlab): grey claim bands "Claim for <name>
     (daughter)" with claim number and "Patient account #", 12 money columns "Amount billed / Network discount /
     Allowed amount / Not covered / Deductible / Copay / Co-insurance / Plan paid / Your share / Notes", code and
     modifiers spaced ("97112 GO 59") with the description on a second line, a denied re-evaluation, letter
     notes; the daughter's claim runs onto page 2 under a repeated header after a page-1 message box
  c2 commercial "Member Claims Statement", landscape DejaVu Serif Condensed (fpdf2): right sidebar with plan-year
     figures, per-person bands, "Provider asked for / Plan-negotiated price / Plan paid / Your cost / Why",
     "Jan 5, 2026", code in the description "(97110-GP-KX)", a per-visit-day copay, an excluded service, 3
     family members and 4 claims, plan news box on page 1
  m1 Medicare Summary Notice Part B, portrait core Times (reportlab): page-1 dashboard (deductible, total you
     may be billed, providers), claims pages with provider + "Claim Number", date sub-heading rows, "Service
     Provided & Billing Code / Amount Provider Charged / Medicare-Approved Amount / Medicare Paid Provider /
     Maximum You May Be Billed / See Notes", code in parentheses, no units/modifiers/account number, a denial
  m2 Medicare Advantage HMO monthly member EOB, portrait DejaVu Sans Condensed (fpdf2): cost summary and tips
     box, claim bands, "Provider's charge / Plan's approved amount / Plan's share / Your share / Note", CQ and
     KX modifiers, an 18-line claim that continues on page 2 WITHOUT a repeated header, bundled zero line
  d1 state Medicaid remittance advice, landscape core Courier mainframe print (reportlab): banner messages,
     PAID / DENIED / ADJUSTED sections, "RECIP ... ICN ... PAT ACCT" heading rows, MMDDYY from/to, units "3.0",
     "CO45" + amount, 4-digit EOB codes, a void with trailing-minus amounts and its replacement; a claim
     continues on page 2 with the header repeated and "(CONTINUED)"
  d2 state Medicaid provider RA, modern boxed print, portrait Liberation Sans Narrow (fpdf2): provider notices,
     boxed claims "Member / Member ID / TCN / Patient Account #", "Units 4.00", "CO-45", denials CO-96 / CO-119
     with RARCs, a 14-line claim continuing in a new box on page 2, remittance summary, glossary
  r1 Medicare standard-paper-remit reprint from a clearinghouse, portrait Liberation Mono (reportlab): "PERF PROV
     / SERV DATE (0105 010526) / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV
     PD", NAME/HIC/ACNT/ICN/MOA lines, stacked CO-45 / PR-1 / PR-2 / CO-253 rows, REM lines, PT RESP, a PR-50
     denial, a MA67 reversal with leading-minus amounts
  r2 practice-management "Insurance Payment Detail by Patient" of a Medicare deposit, landscape DejaVu Sans
     (fpdf2): patient bands with Acct # and ICN, "DOS 01-06-2026 / CPT / Mod / Units / Charge / Allowed / Deduct /
     Coins / Paid / Adj Code / Adj Amt / Pt Resp / Remark", stacked adjustments,
     crossover notes, a CO-16 denial; the last claim continues on page 2
  s1 therapy clinic family statement, portrait DejaVu Serif (reportlab): left sidebar (amount due, aging, ways to
     pay), visit headings "Visit V-20451 <child> with <therapist>" + "insurance claim #", "Date / Code /
     Description / Units / Charges / Ins. Paid / Ins. Adj. / Your Share" (Ins. Adj. recorded as discount),
     wrapped long descriptions, family payments as non-service rows, three children, runs onto page 2
  s2 hospital family statement, portrait Liberation Serif (fpdf2): one account per family member with
     insurance claim #, "Date / Rev Code / CPT/HCPCS / Mod / Description / Qty / Charges" (charges only per line),
     account-level insurance payment / contractual allowance / balance, a 22-line account continuing on page 2
     under a repeated header

The self-check (--check) tests the factory, never the reader: it extracts each page's text lines with
pdfplumber and finds, for every truth line, a distinct text line on its page holding the code and every
non-null amount as printed; the date must be on that row (or, for date sub-heading layouts, above it on the
page), modifiers and units on the same row, adjustments and remarks on the row or the lines just under it;
ids and patients appear in the document; page counts match; billed - discount - not covered = allowed where
all three are printed; billed - adjustments = paid where every adjustment is printed; claim totals equal the
sum of their lines and are printed. It also reports which claims continue across a page break.
"""
from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from h151kit import FP, RL, check_file, eobgen, row  # noqa: E402

Svc, PlanState, q, money, dfmt = eobgen.Svc, eobgen.PlanState, eobgen.q, eobgen.money, eobgen.dfmt
commercial, medicare, medicaid, negate = eobgen.commercial, eobgen.medicare, eobgen.medicaid, eobgen.negate
truth_line, claim_totals, total, units_str = eobgen.truth_line, eobgen.claim_totals, eobgen.total, eobgen.units_str
D = Decimal
eobgen.FEE.setdefault("97533", "90.00")
eobgen.SCHED.setdefault("97533", "31.10")
eobgen.DESC.setdefault("97533", "Sensory integration activities")


def S(md, code, units, mods=(), denied=None, desc=None, end=None):
    m, d = md
    kw = {"desc": desc} if desc else {}
    e = date(2026, end[0], end[1]) if end else None
    return Svc(date(2026, m, d), code, D(str(units)), tuple(mods), e, denied=denied, **kw)


def mdy_dash(d):
    return d.strftime("%m-%d-%Y")


class Out:
    def __init__(self):
        self.lines, self.claims, self.legend = [], [], []


# =========================================================================================== c1
def lay_c1(path, total_pages):
    """Commercial family member EOB, reportlab, Liberation Sans, portrait."""
    cv = RL(path, fonts=[("LS", "LiberationSans-Regular"), ("LSB", "LiberationSans-Bold")])
    o = Out()
    M = lambda d: money(d, "$")  # noqa: E731
    st = PlanState(ded_left=q("120"), coins_rate=D("0.20"), copay_codes={"99213": q("30")})
    claims = [
        ("Daniel R. Okafor", "you", "Birchwood Family Medicine", "26E0109330418", "BFM-118204",
         [S((1, 9), "99213", 1, ("25",)), S((1, 9), "G0283", 1, ("GP",)), S((1, 9), "97140", 2, ("GP",))]),
        ("Mia Okafor", "daughter", "Lakeshore Pediatric Therapy, PLLC", "26E0114882130", "LPT-00451",
         [S((1, 6), "97166", 1, ("GO",)), S((1, 8), "97530", 3, ("GO",)), S((1, 8), "97535", 1, ("GO",)),
          S((1, 13), "97530", 2, ("GO",)), S((1, 13), "97112", 1, ("GO", "59")), S((1, 15), "97530", 3, ("GO",)),
          S((1, 15), "97760", 1, ("GO",)), S((1, 15), "L3807", 1, ("RT",)), S((1, 20), "97530", 2, ("GO",)),
          S((1, 20), "97535", 2, ("GO",)), S((1, 22), "97530", 3, ("GO",)),
          S((1, 22), "97168", 1, ("GO",), denied="PR")]),
        ("Theo Okafor", "son", "Clearwater Speech & Language Center", "26E0121470066", "CSL-3391",
         [S((1, 12), "92523", 1, ("GN",)), S((1, 19), "92507", 1, ("GN",)), S((1, 26), "92507", 1, ("GN",))]),
    ]
    for c in claims:
        for s in c[5]:
            commercial(s, st)
            if s.deductible:
                s.remarks.append("A")
            if s.denied:
                s.remarks.append("D")
            if s.copay:
                s.remarks.append("C")
    o.legend = [("A", "Some or all of the allowed amount went toward your plan-year deductible."),
                ("C", "A flat office-visit copay applies to this service."),
                ("D", "A re-evaluation this soon after the first evaluation is not a benefit of your plan. "
                      "The provider may bill you.")]
    cols = [(36, "l"), (78, "l"), (236, "r"), (278, "r"), (318, "r"), (356, "r"), (394, "r"), (428, "r"),
            (472, "r"), (514, "r"), (562, "r"), (570, "l")]
    heads = [("Date of", "service"), ("Service", "(code and modifiers)"), ("Amount", "billed"),
             ("Network", "discount"), ("Allowed", "amount"), ("Not", "covered"), ("", "Deductible"),
             ("", "Copay"), ("Co-", "insurance"), ("Plan", "paid"), ("Your", "share"), ("", "Notes")]
    page = [1]
    BOTTOM = 735

    def frame():
        cv.set_font("LSB", 14)
        cv.text(36, 30, "NORTHFIELD MUTUAL HEALTH")
        cv.set_font("LS", 7)
        cv.text(36, 48, "PO Box 44120  ·  Fairhaven, OR 97035  ·  Member Services 1-800-555-0143 (TTY 711)")
        cv.set_font("LSB", 11)
        cv.text(576, 30, "Explanation of Benefits", "r")
        cv.set_font("LS", 8)
        cv.text(576, 45, "THIS IS NOT A BILL", "r")
        cv.hline(36, 576, 60, 1.2)
        cv.set_font("LS", 7)
        cv.text(36, 745, "Subscriber: Daniel R. Okafor   Member ID: NMH-884120377   Statement date: 02/09/2026", "l")
        cv.text(576, 745, f"Page {page[0]} of {total_pages or 0}", "r")

    def table_head(y):
        cv.set_font("LSB", 6.5)
        for (x, al), (a, b) in zip(cols, heads):
            if a:
                cv.text(x, y, a, al)
            cv.text(x, y + 8, b, al)
        cv.hline(36, 576, y + 17)
        return y + 21

    def brk(y, need, cont=None):
        bottom = 520 if page[0] == 1 else BOTTOM
        if y + need <= bottom:
            return y
        cv.set_font("LS", 7)
        cv.text(576, bottom + 2, "Continued on next page", "r")
        if page[0] == 1:
            cv.rect(36, 548, 540, 100)
            cv.set_font("LSB", 8)
            cv.text(44, 554, "Message center")
            cv.set_font("LS", 7)
            for k, t in enumerate(["Save on therapy visits: in-network clinics cost you less. Find one at the member site.",
                                   "Your plan covers up to 40 outpatient rehabilitation visits per person each plan year.",
                                   "Keep this statement. Compare it with the bills you get from your providers.",
                                   "Fraud hotline: 1-800-555-0166. Language help: call Member Services."]):
                cv.text(44, 568 + 11 * k, t)
        cv.new_page()
        page[0] += 1
        frame()
        y = 72
        if cont:
            cv.set_font("LSB", 8)
            cv.text(36, y, cont)
            y += 13
            y = table_head(y)
        return y

    frame()
    cv.set_font("LS", 8)
    y = 72
    for t in ("Daniel R. Okafor", "2214 Alder Crest Lane", "Fairhaven, OR 97036"):
        cv.text(36, y, t)
        y += 10
    cv.rect(330, 70, 246, 52)
    cv.set_font("LSB", 8)
    cv.text(338, 76, "Group: Harborline Logistics  (40917)")
    cv.set_font("LS", 7.5)
    cv.text(338, 88, "Plan: Choice PPO 3000 - In network")
    cv.text(338, 99, "Family deductible: $1,280.00 met of $3,000.00")
    cv.text(338, 110, "Claims processed 01/28/2026 - 02/06/2026")
    y = 134
    for (pat, rel, prov, pcn, acct, svcs) in claims:
        y = brk(y, 80)
        cv.rect(36, y, 540, 26, fill=0.9, stroke=False)
        cv.set_font("LSB", 8.5)
        cv.text(40, y + 3, f"Claim for {pat} ({rel})")
        cv.set_font("LS", 7)
        cv.text(40, y + 15, f"Provider: {prov}    Claim number: {pcn}    Patient account #: {acct}    "
                            f"Processed: 02/0{3 + len(pcn) % 3}/2026")
        y = table_head(y + 30)
        for s in svcs:
            y = brk(y, 22, f"Claim for {pat} ({rel}) - continued   Claim number: {pcn}")
            cv.set_font("LS", 7)
            row(cv, cols, [dfmt(s.dos, "mdy2"), " ".join((s.code,) + s.mods), M(s.billed), M(s.discount),
                           M(s.allowed), M(s.not_covered), M(s.deductible), M(s.copay), M(s.coinsurance),
                           M(s.paid), M(s.owes), " ".join(s.remarks)], y)
            cv.set_font("LS", 6.3)
            cv.text(78, y + 9, s.desc)
            o.lines.append(truth_line(page[0], s, claim_id=acct, payer_claim_id=pcn, patient=pat, units=False,
                                      printed=("billed", "discount", "allowed", "not_covered", "deductible",
                                               "copay", "coinsurance", "paid", "patient_owes"),
                                      remarks=s.remarks))
            y += 20
        y = brk(y, 14)
        cv.hline(200, 576, y - 2)
        cv.set_font("LSB", 7)
        row(cv, cols, ["", "Claim totals", M(total(svcs, "billed")), M(total(svcs, "discount")),
                       M(total(svcs, "allowed")), M(total(svcs, "not_covered")), M(total(svcs, "deductible")),
                       M(total(svcs, "copay")), M(total(svcs, "coinsurance")), M(total(svcs, "paid")),
                       M(total(svcs, "owes")), ""], y + 1)
        o.claims.append({"claim_id": acct, "payer_claim_id": pcn, "patient": pat,
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"),
                                                total(svcs, "paid"), total(svcs, "owes"))})
        y += 22
    y = brk(y, 70)
    cv.set_font("LSB", 8)
    cv.text(36, y, "Notes about your claims")
    cv.set_font("LS", 7)
    y += 12
    for k, v in o.legend:
        cv.text(36, y, f"{k}   {v}")
        y += 10
    y += 6
    cv.text(36, y, "You have the right to appeal any decision on this statement within 180 days. See the back of "
                   "your member handbook or call us.")
    spec = dict(money=M, date=lambda d: dfmt(d, "mdy2"), code=lambda ln: ln["code"], units=str)
    return cv.close(), o, spec


# =========================================================================================== c2
def lay_c2(path, total_pages):
    """Commercial member claims statement, fpdf2, landscape, DejaVu Serif Condensed, right sidebar."""
    cv = FP(path, landscape=True, fonts=[("DSC", "DejaVuSerifCondensed"), ("DSCB", "DejaVuSerifCondensed-Bold")])
    o = Out()
    M = lambda d: money(d, "$")  # noqa: E731
    st = PlanState(visit_copay=q("35"), allowed_rate=D("0.74"))
    fam = [
        ("Harper Lindqvist", "Spouse", "02", [
            ("7731-0042-551", "Tidewater Physical Therapy", "TPT-99210",
             [S((1, 5), "97161", 1, ("GP",)), S((1, 5), "97110", 2, ("GP",)), S((1, 7), "97110", 2, ("GP",)),
              S((1, 7), "97140", 1, ("GP",)), S((1, 12), "97116", 2, ("GP",), desc="Walking/gait training"),
              S((1, 12), "97110", 1, ("GP", "KX"))])]),
        ("Elin Lindqvist", "Daughter", "03", [
            ("7731-0047-208", "Harbor Kids Occupational Therapy", "HK-55120",
             [S((1, 6), "97165", 1, ("GO",)), S((1, 13), "97530", 2, ("GO",)), S((1, 13), "97535", 1, ("GO",)),
              S((1, 20), "97530", 2, ("GO",)), S((1, 20), "97533", 1, ("GO",), denied="CO",
                                                desc="Sensory integration activities"),
              S((1, 27), "97530", 2, ("GO",)), S((1, 27), "97112", 1, ("GO",)),
              S((2, 3), "97530", 2, ("GO",)), S((2, 3), "97535", 1, ("GO",)), S((2, 10), "97530", 2, ("GO",)),
              S((2, 10), "97110", 1, ("GO",))])]),
        ("Soren Lindqvist", "Son", "04", [
            ("7731-0051-930", "Bright Harbor Speech Clinic", "BHS-0781",
             [S((1, 14), "92523", 1, ("GN",)), S((1, 21), "92507", 1, ("GN",)), S((1, 28), "92507", 1, ("GN",))]),
            ("7731-0052-004", "Seaside Urgent Care", "SUC-4410832",
             [S((1, 30), "99213", 1, ()), S((1, 30), "G0283", 1, ())])]),
    ]
    for _, _, _, cl in fam:
        for _, _, _, svcs in cl:
            for s in svcs:
                commercial(s, st)
                if s.denied:
                    s.remarks.append("N4")
    o.legend = [("N4", "Not covered: this therapy is excluded under your plan's benefit for developmental care.")]
    cols = [(36, "l"), (86, "l"), (330, "r"), (395, "r"), (452, "r"), (512, "r"), (528, "l")]
    page = [1]
    BOTTOM = 560

    def frame():
        cv.set_font("DSCB", 13)
        cv.text(36, 24, "Granite Peak Health Insurance Co.")
        cv.set_font("DSC", 8)
        cv.text(36, 41, "Member Claims Statement  -  not a bill  -  keep for your records")
        cv.text(36, 580, "Granite Peak Health Insurance Co., 900 Quarry Road, Lowell Flats, CO 80611    "
                         f"Statement ID GP-2602-0419    Page {page[0]} of {total_pages or 0}")
        cv.hline(36, 585, 54, 1)
        # sidebar
        cv.rect(600, 24, 168, 540, fill=0.94, stroke=False)
        cv.set_font("DSCB", 8.5)
        cv.text(608, 32, "Your 2026 plan year")
        cv.set_font("DSC", 7.2)
        side = ["Subscriber: Nils Lindqvist", "Member ID: GPH 5520 1174", "Group 7710 - Copper Ridge School Dist.",
                "", "Family deductible", "  $0.00 of $0.00 (none on this plan)", "Family out-of-pocket maximum",
                "  $1,015.00 of $6,000.00", "", "Therapy visits used (PT/OT/SLP)", "  23 of 60 combined",
                "", "Questions?", "  Call 1-877-555-0190", "  Mon-Fri 7 am - 7 pm MT", "",
                "Paying the provider:", "  Pay only the amount under", "  'Your cost'. If you already", "  paid a copay at the visit,",
                "  subtract it."]
        yy = 48
        for t in side:
            cv.text(608, yy, t)
            yy += 11

    def head(y):
        cv.set_font("DSCB", 7)
        for (x, al), t in zip(cols, ["Visit date", "Care you received", "Provider asked for", "Plan-negotiated price",
                                     "Plan paid", "Your cost", "Why"]):
            cv.text(x, y, t, al)
        cv.hline(36, 585, y + 10, 0.4)
        return y + 13

    def brk(y, need, cont=None):
        bottom = 430 if page[0] == 1 else BOTTOM
        if y + need <= bottom:
            return y
        cv.set_font("DSC", 7)
        cv.text(585, bottom + 4, "(continued on next page)", "r")
        if page[0] == 1:
            cv.rect(36, 458, 549, 96)
            cv.set_font("DSCB", 8)
            cv.text(44, 464, "Plan news")
            cv.set_font("DSC", 7.2)
            for k, t in enumerate(["Therapy for children is covered in network after a $35 visit copay; the copay is taken once per visit day.",
                                   "Developmental therapies such as sensory integration are not covered under the Copper Ridge plan.",
                                   "Use the Granite Peak app to see claims as soon as we process them.",
                                   "Need this in another language or large print? Call the number on your member card."]):
                cv.text(44, 478 + 12 * k, t)
        cv.new_page()
        page[0] += 1
        frame()
        y = 64
        if cont:
            cv.set_font("DSCB", 8)
            cv.text(36, y, cont)
            y = head(y + 12)
        return y

    frame()
    y = 64
    for pat, rel, sfx, cl in fam:
        y = brk(y, 70)
        cv.rect(36, y, 549, 14, fill=0.82, stroke=False)
        cv.set_font("DSCB", 8.5)
        cv.text(40, y + 3, f"{pat}  ({rel})   Member ID GPH 5520 1174-{sfx}")
        y += 20
        for pcn, prov, acct, svcs in cl:
            y = brk(y, 50)
            cv.set_font("DSC", 7.5)
            cv.text(36, y, f"Claim ID {pcn}   |   {prov}   |   Provider ref. no. (on your bill): {acct}")
            y = head(y + 12)
            for s in svcs:
                y = brk(y, 12, f"{pat} - Claim ID {pcn} (continued)")
                cv.set_font("DSC", 7.2)
                row(cv, cols, [dfmt(s.dos, "mon"), f"{s.desc} ({s.code}{'-' + '-'.join(s.mods) if s.mods else ''})",
                               M(s.billed), M(s.allowed), M(s.paid), M(s.owes), " ".join(s.remarks)], y)
                o.lines.append(truth_line(page[0], s, claim_id=acct, payer_claim_id=pcn, patient=pat, units=False,
                                          printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks))
                y += 11
            y = brk(y, 14)
            cv.hline(250, 585, y - 1, 0.3)
            cv.set_font("DSCB", 7.2)
            row(cv, cols, ["", "Total for this claim", M(total(svcs, "billed")), M(total(svcs, "allowed")),
                           M(total(svcs, "paid")), M(total(svcs, "owes")), ""], y + 1)
            o.claims.append({"claim_id": acct, "payer_claim_id": pcn, "patient": pat,
                             "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"),
                                                    total(svcs, "paid"), total(svcs, "owes"))})
            y += 20
    y = brk(y, 40)
    cv.set_font("DSCB", 7.5)
    cv.text(36, y, "What the codes in 'Why' mean")
    cv.set_font("DSC", 7)
    for k, v in o.legend:
        y += 10
        cv.text(36, y, f"{k}: {v}")
    spec = dict(money=M, date=lambda d: dfmt(d, "mon"), code=lambda ln: ln["code"], units=str)
    return cv.close(), o, spec


# =========================================================================================== m1
def lay_m1(path, total_pages):
    """Medicare Summary Notice, Part B, reportlab, core Times, portrait."""
    cv = RL(path)
    o = Out()
    M = lambda d: money(d, "$")  # noqa: E731
    st = PlanState(ded_left=q("60"))
    bene = "Rosalind T. Vance"
    claims = [
        ("26-0105-77413-02", "Sunbeam Hand & Upper Limb Therapy", "310 Mill Pond Rd, Ashby Falls, VT 05071",
         [[S((1, 5), "97165", 1), S((1, 5), "97760", 1), S((1, 5), "L3807", 1)],
          [S((1, 9), "97530", 2), S((1, 9), "97140", 1)],
          [S((1, 14), "97530", 2), S((1, 14), "97110", 2), S((1, 14), "G0283", 1)]]),
        ("26-0120-31188-07", "Green Mountain Rehab Associates", "77 Depot St, Ashby Falls, VT 05071",
         [[S((1, 16), "97110", 3), S((1, 16), "97112", 1)],
          [S((1, 21), "97110", 2), S((1, 21), "97140", 1), S((1, 21), "0552T", 1, denied="PR")],
          [S((1, 26), "97110", 2), S((1, 26), "97530", 1)],
          [S((1, 30), "97110", 2), S((1, 30), "97116", 1)]]),
        ("26-0202-55019-04", "Riverside Medical Group", "12 Elm Court, Ashby Falls, VT 05071",
         [[S((2, 2), "99213", 1), S((2, 2), "G0283", 1)]]),
    ]
    for _, _, _, days in claims:
        for dl in days:
            for s in dl:
                medicare(s, st, deny_reason="96")
                if s.deductible:
                    s.remarks.append("A")
                if s.denied:
                    s.remarks.append("C")
                if s.seq:
                    s.remarks.append("B")
    o.legend = [("A", "This approved amount was applied toward your yearly Part B deductible."),
                ("B", "A federally required 2% reduction was applied to the Medicare payment."),
                ("C", "Medicare does not pay for this item or service. You may have to pay the provider.")]
    page = [1]
    BOTTOM = 728

    def foot():
        cv.set_font("Times-Roman", 8)
        cv.text(36, 760, f"{bene}", "l")
        cv.text(306, 760, f"Page {page[0]} of {total_pages or 0}", "c")
        cv.text(576, 760, "Need help? Call 1-800-555-0172", "r")

    def newp():
        foot()
        cv.new_page()
        page[0] += 1
        cv.set_font("Times-Bold", 12)
        cv.text(36, 36, "Your Claims & Costs This Period  (continued)")
        return 60

    cv.set_font("Times-Bold", 16)
    cv.text(36, 36, "Medicare Summary Notice for Part B (Medical Insurance)")
    cv.set_font("Times-Roman", 9.5)
    cv.text(36, 58, "The official summary of your Medicare claims, sent to you every 3 months (sample format).")
    y = 84
    for t in (bene.upper(), "48 CLOVER HILL RD", "ASHBY FALLS VT 05071-2209"):
        cv.text(36, y, t)
        y += 12
    cv.rect(330, 80, 246, 64)
    cv.set_font("Times-Bold", 10)
    cv.text(338, 86, "Notice for Rosalind T. Vance")
    cv.set_font("Times-Roman", 9)
    cv.text(338, 100, "Medicare Number  XXX-XX-7K42")
    cv.text(338, 112, "Date of This Notice  February 11, 2026")
    cv.text(338, 124, "Claims Processed Between  November 11, 2025 - February 10, 2026")
    allsv = [s for _, _, _, days in claims for dl in days for s in dl]
    y = 170
    cv.set_font("Times-Bold", 12)
    cv.text(36, y, "Your Deductible Status")
    cv.set_font("Times-Roman", 9.5)
    cv.text(36, y + 16, "Your deductible is what you must pay for most health services before Medicare begins to pay.")
    cv.text(36, y + 28, "Part B deductible: You have now met $283.00 of your $283.00 deductible for 2026.")
    cv.set_font("Times-Bold", 12)
    cv.text(36, y + 56, "Total You May Be Billed")
    cv.text(576, y + 56, M(total(allsv, "owes")), "r")
    cv.set_font("Times-Roman", 9.5)
    cv.text(36, y + 76, "Did Medicare approve all services?   NO - Medicare denied 1 service. See claim 26-0120-31188-07.")
    cv.text(36, y + 90, "Number of providers with claims this period: 3")
    cv.set_font("Times-Bold", 11)
    cv.text(36, y + 120, "Providers with Claims This Period")
    yy = y + 138
    cv.set_font("Times-Roman", 9.5)
    for pcn, prov, _, days in claims:
        cv.text(46, yy, f"{dfmt(days[0][0].dos, 'mon')}   {prov}")
        yy += 13
    cv.set_font("Times-Roman", 8.5)
    cv.text(36, 700, "Be on the lookout for billing errors: compare the services listed here with your own records.")
    foot()
    cv.new_page()
    page[0] += 1
    cv.set_font("Times-Bold", 13)
    cv.text(36, 36, "Your Claims & Costs This Period")
    cv.set_font("Times-Bold", 10)
    cv.text(36, 54, "Part B Medical Insurance - Assigned Claims")
    y = 76
    cols = [(36, "l"), (330, "r"), (405, "r"), (480, "r"), (548, "r"), (558, "l")]

    def head(y):
        cv.set_font("Times-Bold", 8)
        for (x, al), (a, b) in zip(cols, [("Service Provided &", "Billing Code"), ("Amount Provider", "Charged"),
                                          ("Medicare-Approved", "Amount"), ("Medicare Paid", "Provider"),
                                          ("Maximum You", "May Be Billed"), ("See", "Notes")]):
            cv.text(x, y, a, al)
            cv.text(x, y + 9, b, al)
        cv.hline(36, 576, y + 19)
        return y + 23

    for pcn, prov, addr, days in claims:
        if y + 90 > BOTTOM:
            y = newp()
        cv.set_font("Times-Bold", 10)
        cv.text(36, y, prov)
        cv.set_font("Times-Roman", 9)
        cv.text(36, y + 12, addr)
        cv.text(576, y, f"Claim Number {pcn}", "r")
        cv.text(576, y + 12, "Received: Jan 22, 2026   Processed: Feb 3, 2026", "r")
        y = head(y + 28)
        svcs = []
        for dl in days:
            for k, s in enumerate(dl):
                need = 26 if k == 0 else 13
                if y + need > BOTTOM:
                    y = newp()
                    cv.set_font("Times-Bold", 9)
                    cv.text(36, y, f"{prov}, Claim Number {pcn} (continued)")
                    y = head(y + 14)
                    if k:
                        cv.set_font("Times-Bold", 9)
                        cv.text(36, y, f"{dfmt(s.dos, 'mon')} (continued)")
                        y += 13
                if k == 0:
                    cv.set_font("Times-Bold", 9)
                    cv.text(36, y, dfmt(s.dos, "mon"))
                    y += 13
                cv.set_font("Times-Roman", 9)
                row(cv, cols, [f"   {s.desc} ({s.code})", M(s.billed), M(s.allowed), M(s.paid), M(s.owes),
                               " ".join(s.remarks)], y)
                o.lines.append(truth_line(page[0], s, claim_id=None, payer_claim_id=pcn, patient=bene,
                                          units=False, modifiers=False,
                                          printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks))
                svcs.append(s)
                y += 13
        cv.hline(250, 576, y)
        cv.set_font("Times-Bold", 9)
        row(cv, cols, [f"Total for Claim Number {pcn}", M(total(svcs, "billed")), M(total(svcs, "allowed")),
                       M(total(svcs, "paid")), M(total(svcs, "owes")), ""], y + 3)
        o.claims.append({"claim_id": None, "payer_claim_id": pcn, "patient": bene,
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"),
                                                total(svcs, "paid"), total(svcs, "owes"))})
        y += 30
    if y + 60 > BOTTOM:
        y = newp()
    cv.set_font("Times-Bold", 10)
    cv.text(36, y, "Notes for Your Claims")
    cv.set_font("Times-Roman", 9)
    for k, v in o.legend:
        y += 12
        cv.text(36, y, f"{k}  {v}")
    foot()
    spec = dict(money=M, date=lambda d: dfmt(d, "mon"), date_on="page", code=lambda ln: ln["code"], units=str)
    return cv.close(), o, spec


# =========================================================================================== m2
def lay_m2(path, total_pages):
    """Medicare Advantage HMO member EOB, fpdf2, DejaVu Sans Condensed, portrait; claim runs on without header."""
    cv = FP(path, fonts=[("DVC", "DejaVuSansCondensed"), ("DVCB", "DejaVuSansCondensed-Bold")])
    o = Out()
    M = lambda d: money(d, "$")  # noqa: E731
    st = PlanState(visit_copay=q("20"), allowed_rate=D("0.58"))
    mem = "Walter E. Prentiss"
    claims = [
        ("MA2601-448213", "Cedar Bluff Outpatient Therapy", [
            S((1, 6), "97163", 1, ("GP",)), S((1, 6), "97110", 2, ("GP",)), S((1, 8), "97110", 2, ("GP",)),
            S((1, 8), "97140", 1, ("GP",)), S((1, 8), "97112", 1, ("GP",)), S((1, 13), "97110", 2, ("GP",)),
            S((1, 13), "97116", 1, ("GP",)), S((1, 15), "97110", 2, ("GP",)), S((1, 15), "97140", 1, ("GP",)),
            S((1, 20), "97110", 2, ("GP", "KX")), S((1, 20), "97112", 1, ("GP",)),
            S((1, 22), "97110", 2, ("GP", "KX")), S((1, 22), "97530", 1, ("GP",)),
            S((1, 27), "97110", 2, ("CQ", "GP")), S((1, 27), "97140", 1, ("CQ", "GP")),
            S((1, 29), "97110", 2, ("CQ", "GP")), S((1, 29), "97116", 1, ("CQ", "GP")),
            S((1, 29), "G0283", 1, ("GP",), denied="CO")]),
        ("MA2601-451776", "Dr. Imani Osei, Lakeview Internal Medicine", [
            S((1, 19), "99213", 1, ()), S((1, 19), "97760", 1, ("GO",))]),
        ("MA2602-460058", "Northgate Speech & Swallow Services", [
            S((1, 28), "92523", 1, ("GN",)), S((2, 4), "92507", 1, ("GN",))]),
    ]
    for _, _, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="97")
            if s.denied:
                s.remarks.append("3")
            elif s.copay:
                s.remarks.append("1")
    o.legend = [("1", "Your plan's copayment for an outpatient rehabilitation visit is $20 per day."),
                ("3", "This service is included in the payment for another service on the same day. You do not owe "
                      "anything for it.")]
    cols = [(40, "l"), (92, "l"), (360, "r"), (420, "r"), (480, "r"), (540, "r"), (552, "l")]
    page = [1]
    BOTTOM = 730

    def foot():
        cv.set_font("DVC", 7)
        cv.text(40, 760, "Bayview Senior Advantage (HMO) is a Medicare Advantage plan with a Medicare contract.  "
                         "H9999_EOB26_M")
        cv.text(572, 760, f"Page {page[0]} of {total_pages or 0}", "r")

    cv.set_font("DVCB", 15)
    cv.text(40, 32, "Bayview Senior Advantage (HMO)")
    cv.set_font("DVC", 9)
    cv.text(40, 52, "Explanation of Benefits for medical services, January 2026")
    cv.text(40, 64, "This notice tells you what our plan paid and what you may owe.  THIS IS NOT A BILL.")
    y = 90
    for t in (mem, "9 Larkspur Terrace, Apt 3", "Bayview, MI 49720"):
        cv.text(40, y, t)
        y += 11
    cv.rect(330, 86, 242, 46)
    cv.text(338, 92, f"Member: {mem}")
    cv.text(338, 104, "Member ID: BSA-30021447")
    cv.text(338, 116, "Plan year spending: $740.00 of $4,900.00 maximum")
    y = 148
    cv.set_font("DVCB", 10)
    cv.text(40, y, "Summary of your costs")
    y += 16
    cv.set_font("DVC", 8)
    al = [s for _, _, sv in claims for s in sv]
    T = lambda a: M(total(al, a))  # noqa: E731
    for a, b, c in (("", "This month", "Plan year 2026 so far"), ("Total provider charges", T("billed"), T("billed")),
                    ("Plan's approved amount", T("allowed"), T("allowed")), ("Plan paid", T("paid"), T("paid")),
                    ("Your share", T("owes"), T("owes")),
                    ("Toward your out-of-pocket maximum", T("owes"), M(total(al, "owes") + 540))):
        cv.text(46, y, a)
        cv.text(380, y, b, "r")
        cv.text(520, y, c, "r")
        y += 12
    cv.text(40, y + 4, "Your out-of-pocket maximum protects you: after you pay $4,900.00 in 2026 you pay nothing more for covered care.")
    y += 22
    cv.rect(40, y, 532, 150)
    cv.set_font("DVCB", 9)
    cv.text(48, y + 6, "Tips for using your benefits")
    cv.set_font("DVC", 8)
    for k, t in enumerate(["Physical, occupational and speech therapy need a referral from your primary care doctor.",
                           "Visits with a therapy assistant (CQ modifier) are paid at the same copay for you.",
                           "Your $20 copay for outpatient rehabilitation is charged once per day, however many services you get.",
                           "Ask your provider about a home exercise program.", "",
                           "Review this notice. If you see a service you did not receive, call us: 1-888-555-0128, 8 am - 8 pm,",
                           "7 days a week. TTY 711. We can also give you this notice in Spanish, Chinese or large print.",
                           "", "Keep your receipts for copays you paid at the visit.", ""]):
        cv.text(48, y + 22 + 12 * k, t)
    y += 166
    cv.set_font("DVCB", 10.5)
    cv.text(40, y, "Medical claims we processed this month")
    y += 20
    for pcn, prov, svcs in claims:
        if y + 70 > BOTTOM:
            foot()
            cv.new_page()
            page[0] += 1
            y = 40
        cv.rect(40, y, 532, 28, fill=0.88, stroke=False)
        cv.set_font("DVCB", 8.5)
        cv.text(46, y + 4, f"Claim number {pcn}")
        cv.set_font("DVC", 8)
        cv.text(46, y + 16, f"Provider: {prov}     Patient: {mem}     Processed 02/0{len(svcs) % 7 + 1}/2026")
        y += 34
        cv.set_font("DVCB", 7.5)
        for (x, al), (a, b) in zip(cols, [("Date of", "service"), ("Service or item", "(billing code)"),
                                          ("Provider's", "charge"), ("Plan's approved", "amount"),
                                          ("Plan's", "share"), ("Your", "share"), ("", "Note")]):
            cv.text(x, y, a, al)
            cv.text(x, y + 9, b, al)
        cv.hline(40, 572, y + 20)
        y += 24
        for s in svcs:
            if y + 12 > BOTTOM:
                cv.set_font("DVC", 7.5)
                cv.text(572, BOTTOM + 6, "This claim continues on the next page", "r")
                foot()
                cv.new_page()
                page[0] += 1
                y = 40
            cv.set_font("DVC", 8)
            row(cv, cols, [dfmt(s.dos, "mdy4"), f"{s.desc}  {s.code} {' '.join(s.mods)}".rstrip(), M(s.billed),
                           M(s.allowed), M(s.paid), M(s.owes), " ".join(s.remarks)], y)
            o.lines.append(truth_line(page[0], s, claim_id=None, payer_claim_id=pcn, patient=mem, units=False,
                                      printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks))
            y += 14
        cv.hline(300, 572, y)
        cv.set_font("DVCB", 8)
        row(cv, cols, ["", "Claim total", M(total(svcs, "billed")), M(total(svcs, "allowed")), M(total(svcs, "paid")),
                       M(total(svcs, "owes")), ""], y + 3)
        o.claims.append({"claim_id": None, "payer_claim_id": pcn, "patient": mem,
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"),
                                                total(svcs, "paid"), total(svcs, "owes"))})
        y += 28
    cv.set_font("DVCB", 9)
    cv.text(40, y, "Notes")
    cv.set_font("DVC", 8)
    for k, v in o.legend:
        y += 12
        cv.text(40, y, f"Note {k}: {v}")
    y += 20
    cv.text(40, y, "If you disagree with a decision, you can ask for an appeal within 65 days of this notice.")
    foot()
    spec = dict(money=M, date=lambda d: dfmt(d, "mdy4"), code=lambda ln: ln["code"], units=str)
    return cv.close(), o, spec


# =========================================================================================== d1
def lay_d1(path, total_pages):
    """State Medicaid remittance advice, reportlab, core Courier, landscape, mainframe print."""
    cv = RL(path, landscape=True)
    o = Out()
    M = lambda d: money(d, "", "trail")  # noqa: E731
    F = lambda d: dfmt(d, "mdy6")  # noqa: E731
    paid = [
        ("CASTELLANOS, LUZ M", "771048823", "2226035001447", "PHT-2231", [
            S((1, 5), "97165", 1, ("GO",)), S((1, 5), "97530", 2, ("GO",)), S((1, 7), "97530", 3, ("GO",)),
            S((1, 7), "97535", 1, ("GO",)), S((1, 12), "97530", 3, ("GO",)), S((1, 12), "97112", 1, ("GO",)),
            S((1, 14), "97530", 3, ("GO",)), S((1, 14), "97110", 1, ("GO", "59")), S((1, 19), "97530", 3, ("GO",)),
            S((1, 21), "97530", 3, ("GO",)), S((1, 21), "97535", 1, ("GO",)), S((1, 26), "97530", 3, ("GO",)),
            S((1, 28), "97530", 2, ("GO",)), S((1, 28), "97760", 1, ("GO",))]),
        ("NAKAMURA-REYES, KAI", "771301556", "2226035001452", "PHT-2240", [
            S((1, 6), "92523", 1, ("GN",)), S((1, 13), "92507", 1, ("GN",)), S((1, 20), "92507", 1, ("GN",)),
            S((1, 27), "92507", 1, ("GN",))]),
        ("OYELARAN, TOBI", "770882190", "2226035001460", "PHT-2247", [
            S((1, 8), "97161", 1, ("GP",)), S((1, 8), "97110", 2, ("GP",)), S((1, 15), "97110", 2, ("GP",)),
            S((1, 15), "97116", 1, ("GP",))]),
    ]
    denied = [("BRANDT, ELSIE J", "772514003", "2226035001471", "PHT-2252", [
        S((1, 9), "97530", 2, ("GO",), denied="CO"), S((1, 9), "97535", 1, ("GO",), denied="CO")])]
    orig = [S((12, 8), "97110", 2, ("GP",)), S((12, 8), "97140", 1, ("GP",))]
    for s in orig:
        s.dos = date(2025, 12, 8)
    for s in orig:
        medicaid(s)
    rev = [negate(s) for s in orig]
    repl = [Svc(date(2025, 12, 8), "97110", D(3), ("GP",)), Svc(date(2025, 12, 8), "97140", D(1), ("GP",))]
    for s in repl:
        medicaid(s)
    adjusted = [("OYELARAN, TOBI", "770882190", "2225342000918", "PHT-2118", rev, "0431"),
                ("OYELARAN, TOBI", "770882190", "2226035001488", "PHT-2118", repl, "0432")]
    for _, _, _, _, svcs in paid:
        for s in svcs:
            medicaid(s)
            s.remarks.append("0217" if s.discount else "0100")
    for _, _, _, _, svcs in denied:
        for s in svcs:
            medicaid(s, deny_reason="197")
            s.remarks.append("0745")
    o.legend = [("0100", "PAID AS BILLED"), ("0217", "PAID AT THE PROGRAM FEE SCHEDULE RATE"),
                ("0745", "PRIOR AUTHORIZATION NUMBER MISSING OR NOT ON FILE FOR THESE DATES"),
                ("0431", "CLAIM VOIDED - SEE REPLACEMENT"), ("0432", "REPLACEMENT OF A PRIOR CLAIM")]
    for _, _, _, _, svcs, code in adjusted:
        for s in svcs:
            s.remarks = [code]
    cols = [(30, "l"), (50, "l"), (96, "l"), (142, "l"), (180, "l"), (202, "l"), (244, "r"), (306, "r"), (366, "r"),
            (420, "r"), (436, "l"), (510, "r"), (530, "l")]
    page = [1]
    BOTTOM = 560

    def frame():
        cv.set_font("Courier-Bold", 8)
        cv.text(30, 24, "STATE OF NEW CASCADIA  DEPARTMENT OF HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM")
        cv.text(762, 24, f"PAGE {page[0]:>3} OF {total_pages or 0:>3}", "r")
        cv.set_font("Courier", 7.5)
        cv.text(30, 35, "REMITTANCE ADVICE - PROFESSIONAL SERVICES")
        cv.text(762, 35, "RA DATE 02/06/26   RA NO 0004471852", "r")
        cv.text(30, 46, "PAYEE 300114827  PINE HOLLOW THERAPY GROUP LLC  1180 SAWMILL RD  BRENTON NC 27501")
        cv.text(762, 46, "WARRANT/EFT 88120344", "r")
        cv.hline(30, 762, 56)
        cv.set_font("Courier-Bold", 7)
        row(cv, cols, ["LN", "FROM", "TO", "PROC", "MODS", "", "UNITS", "BILLED", "ALLOWED", "PAID", "ADJ",
                       "ADJ AMT", "EOB"], 60)
        cv.hline(30, 762, 70)
        return 76

    def brk(y, need):
        if y + need <= BOTTOM:
            return y
        cv.set_font("Courier", 7)
        cv.text(30, BOTTOM + 10, "*** CONTINUED ON NEXT PAGE ***")
        cv.new_page()
        page[0] += 1
        return frame()

    y = frame()
    cv.rect(30, y, 732, 186)
    cv.set_font("Courier-Bold", 7.5)
    cv.text(36, y + 6, "*** PROVIDER BANNER MESSAGES ***")
    cv.set_font("Courier", 7.2)
    for k, t in enumerate([
            "1. EFFECTIVE 03/01/26 THERAPY SERVICES OVER 24 UNITS PER MONTH FOR A RECIPIENT UNDER 21 REQUIRE PRIOR",
            "   AUTHORIZATION. REQUESTS MAY BE FAXED TO THE UTILIZATION REVIEW UNIT AT 919-555-0150.",
            "2. THE DEPARTMENT WILL NOT PROCESS PAPER CLAIMS RECEIVED AFTER 04/30/26. SUBMIT 837P THROUGH THE PORTAL.",
            "3. CLAIMS MUST BE RECEIVED WITHIN 180 DAYS OF THE DATE OF SERVICE.",
            "4. VERIFY RECIPIENT ELIGIBILITY ON EACH DATE OF SERVICE BEFORE RENDERING CARE.",
            "5. AN ADJUSTED CLAIM APPEARS TWICE: THE VOID OF THE ORIGINAL ICN (AMOUNTS SHOWN WITH A TRAILING MINUS)",
            "   AND THE REPLACEMENT UNDER A NEW ICN.",
            "6. FOR RA QUESTIONS CALL PROVIDER SERVICES 1-800-555-0114, 8:00 AM TO 5:00 PM.",
            "", "THE ENCLOSED PAYMENT IS MADE FROM STATE AND FEDERAL FUNDS. ANY FALSE CLAIM MAY BE PROSECUTED",
            "UNDER APPLICABLE STATE AND FEDERAL LAW.", "",
            "PROVIDER ENROLLMENT REVALIDATION DUE: 09/30/26", "",
            "HOLD / OFFSET ACTIVITY THIS CYCLE: NONE"]):
        cv.text(36, y + 20 + 11 * k, t)
    y += 198
    paid = [paid[1], paid[2], paid[0]]

    def claim_block(y, rec, svcs, status, code=None):
        name, rid, icn, acct = rec
        y = brk(y, 34)
        cv.set_font("Courier-Bold", 7.2)
        cv.text(30, y, f"RECIP: {name:<24} RECIP ID: {rid}   ICN: {icn}   PAT ACCT: {acct}   STATUS: {status}")
        y += 11
        cv.set_font("Courier", 7.2)
        for n, s in enumerate(svcs, 1):
            if y + 10 > BOTTOM:
                y = brk(y, 999)
                cv.set_font("Courier-Bold", 7.2)
                cv.text(30, y, f"RECIP: {name:<24} ICN: {icn}   (CONTINUED)")
                y += 11
                cv.set_font("Courier", 7.2)
            adj = s.adjs[0] if s.adjs else None
            row(cv, cols, [f"{n:02d}", F(s.dos), F(s.dos), s.code, " ".join(s.mods), "", f"{s.units:.1f}",
                           M(s.billed), M(s.allowed), M(s.paid), f"{adj[0]}{adj[1]}" if adj else "",
                           M(adj[2]) if adj else "", " ".join(s.remarks)], y)
            o.lines.append(truth_line(page[0], s, claim_id=acct, payer_claim_id=icn, patient=name,
                                      printed=("billed", "allowed", "paid"),
                                      adjustments=s.adjs[:1], remarks=s.remarks))
            y += 11
        cv.set_font("Courier-Bold", 7.2)
        row(cv, cols, ["", "CLAIM TOTAL", "", "", "", "", "", M(total(svcs, "billed")), M(total(svcs, "allowed")),
                       M(total(svcs, "paid")), "", "", ""], y)
        o.claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        return y + 16

    for title, group in (("PAID CLAIMS", [(r[:4], r[4], "PAID") for r in paid]),
                         ("DENIED CLAIMS", [(r[:4], r[4], "DENIED") for r in denied]),
                         ("ADJUSTED CLAIMS", [(r[:4], r[4], "VOID" if r[5] == "0431" else "REPLACE") for r in adjusted])):
        y = brk(y, 40)
        cv.set_font("Courier-Bold", 8)
        cv.text(30, y, f"***** {title} *****")
        y += 13
        for rec, svcs, status in group:
            y = claim_block(y, rec, svcs, status)
    y = brk(y, 80)
    al = [s for r in paid for s in r[4]] + [s for r in adjusted for s in r[4]]
    cv.set_font("Courier-Bold", 7.5)
    cv.text(30, y, "***** PAYMENT SUMMARY *****")
    cv.set_font("Courier", 7.5)
    cv.text(30, y + 12, f"CLAIMS PAID 3   DENIED 1   ADJUSTED 2      NET PAYMENT AMOUNT {M(total(al, 'paid'))}")
    y += 30
    cv.set_font("Courier-Bold", 7.5)
    cv.text(30, y, "EOB CODE MESSAGES")
    cv.set_font("Courier", 7.2)
    for k, v in o.legend:
        y += 10
        cv.text(30, y, f"{k}  {v}")
    spec = dict(money=M, date=F, code=lambda ln: ln["code"], units=lambda u: f"{D(u):.1f}", all_adjs=True,
                adj_fmt=lambda g, r, a: [f"{g}{r}", M(D(a))])
    return cv.close(), o, spec


# =========================================================================================== d2
def lay_d2(path, total_pages):
    """State Medicaid RA, modern boxed print, fpdf2, Liberation Sans Narrow, portrait."""
    cv = FP(path, fonts=[("LN", "LiberationSansNarrow-Regular"), ("LNB", "LiberationSansNarrow-Bold")])
    o = Out()
    M = lambda d: money(d, ",")  # noqa: E731
    F = lambda d: dfmt(d, "mdy4")  # noqa: E731
    claims = [
        ("Amari J. Whitlock", "MC40021983", "26033000817204", "SKT-70112", [
            S((1, 5), "97530", 4, ("GO",)), S((1, 5), "97535", 2, ("GO",)), S((1, 8), "97530", 4, ("GO",)),
            S((1, 8), "97112", 2, ("GO",)), S((1, 12), "97530", 4, ("GO",)), S((1, 12), "97110", 2, ("GO", "59")),
            S((1, 15), "97530", 4, ("GO",)), S((1, 15), "97535", 2, ("GO",)), S((1, 19), "97530", 4, ("GO",)),
            S((1, 22), "97530", 4, ("GO",)), S((1, 22), "97533", 2, ("GO",), denied="CO"),
            S((1, 26), "97530", 4, ("GO",)), S((1, 29), "97530", 4, ("GO",)), S((1, 29), "97535", 2, ("GO",))]),
        ("Priya Raman", "MC40077510", "26033000817219", "SKT-70118", [
            S((1, 7), "92523", 1, ("GN",)), S((1, 14), "92507", 1, ("GN",)), S((1, 21), "92507", 1, ("GN",)),
            S((1, 28), "92507", 1, ("GN",), denied="CO")]),
        ("Mateo Gallardo", "MC39981402", "26033000817225", "SKT-70121", [
            S((1, 9), "97161", 1, ("GP",)), S((1, 9), "97110", 3, ("GP",)),
            S((1, 16), "97110", 3, ("GP",)), S((1, 16), "97140", 1, ("GP",))]),
    ]
    rk = {"97533": ("96", "N425"), "92507": ("119", "N362")}
    for _, _, _, _, svcs in claims:
        for s in svcs:
            if s.denied:
                medicaid(s, deny_reason=rk[s.code][0])
                s.remarks.append(rk[s.code][1])
            else:
                medicaid(s)
    o.legend = [("45", "Charge exceeds the program's maximum allowable"), ("96", "Service is not a covered benefit"),
                ("119", "Benefit limit reached for this period"), ("N425", "Statutorily excluded service"),
                ("N362", "Visit count for the benefit period has been used up")]
    cols = [(38, "l"), (54, "l"), (106, "l"), (146, "l"), (210, "r"), (260, "r"), (316, "r"), (368, "r"),
            (382, "l"), (470, "r"), (484, "l")]
    page = [1]
    BOTTOM = 720

    def frame():
        cv.rect(34, 24, 544, 44, fill=0.9, stroke=False)
        cv.set_font("LNB", 13)
        cv.text(42, 30, "Lakelands Medicaid Program")
        cv.set_font("LN", 8.5)
        cv.text(42, 48, "Provider Remittance Advice  -  Fee-for-Service Professional")
        cv.text(570, 30, "Payment date 02/10/2026", "r")
        cv.text(570, 42, "Remittance # 2026-0210-118342", "r")
        cv.text(570, 54, "EFT trace 0510337729", "r")
        cv.set_font("LN", 8)
        cv.text(34, 76, "Billing provider: Skytrail Pediatric Rehab   NPI 1730448821   Medicaid provider ID 00831745")
        cv.set_font("LN", 7.5)
        cv.text(34, 762, "Questions about this remittance? Provider Relations 1-866-555-0107.  Lakelands Medicaid Program, "
                         "PO Box 6620, Lakeport, WI 53715")
        cv.text(578, 762, f"Page {page[0]} of {total_pages or 0}", "r")
        return 94

    def head(y):
        cv.rect(34, y - 2, 544, 12, fill=0.8, stroke=False)
        cv.set_font("LNB", 7.5)
        row(cv, cols, ["Ln", "Service Date", "Procedure", "Modifiers", "Units", "Billed Amt", "Allowed Amt",
                       "Paid Amt", "Adj Group/Reason", "Adj Amt", "Remarks"], y)
        return y + 13

    y = frame()
    cv.rect(34, y, 544, 208)
    cv.set_font("LNB", 9)
    cv.text(42, y + 6, "Provider notices")
    cv.set_font("LN", 8)
    for k, t in enumerate([
            "Therapy visit limits: outpatient OT, PT and speech therapy for members 21 and older are limited to 20 visits",
            "per discipline per calendar year. Visits past the limit deny with reason 119.",
            "Sensory integration (97533) is not a covered service under the fee-for-service program.",
            "",
            "This remittance lists claims in the order the program finalized them. Claim lines that continue past the",
            "bottom of a page continue on the next page under the same TCN.",
            "",
            "Keep this remittance with your records for at least 6 years.",
            "",
            "Electronic remittances (835) are available through the Lakelands Provider Portal at no charge.",
            "",
            "Timely filing: 365 days from the date of service; 180 days from a prior remittance for resubmissions.",
            "Overpayments must be returned within 60 days of identification.",
            "",
            "Enrollment: revalidate every 5 years. Your next revalidation date is 11/30/2027."]):
        cv.text(42, y + 20 + 12 * k, t)
    y += 222
    claims = [claims[1], claims[2], claims[0]]
    for name, mid, tcn, acct, svcs in claims:
        if y + 70 > BOTTOM:
            cv.new_page()
            page[0] += 1
            y = frame()
        top = y
        cv.set_font("LNB", 8.5)
        cv.text(38, y + 3, f"Member: {name}")
        cv.set_font("LN", 8)
        cv.text(200, y + 3, f"Member ID: {mid}")
        cv.text(330, y + 3, f"TCN: {tcn}")
        cv.text(38, y + 15, f"Patient Account #: {acct}")
        status = "Paid" if all(not s.denied for s in svcs) else "Partially Paid"
        cv.text(200, y + 15, f"Claim Status: {status}")
        cv.text(330, y + 15, "Claim Type: Professional (837P)")
        y = head(y + 30)
        for n, s in enumerate(svcs, 1):
            if y + 12 > BOTTOM:
                cv.rect(34, top, 544, y - top + 2)
                cv.set_font("LN", 7.5)
                cv.text(578, y + 4, "Claim continues on next page", "r")
                cv.new_page()
                page[0] += 1
                y = frame()
                top = y
                cv.set_font("LNB", 8.5)
                cv.text(38, y + 3, f"Member: {name}   TCN: {tcn}   (continued)")
                y = head(y + 16)
            a = s.adjs[0] if s.adjs else None
            cv.set_font("LN", 8)
            row(cv, cols, [str(n), F(s.dos), s.code, " ".join(s.mods), f"{s.units:.2f}", M(s.billed), M(s.allowed),
                           M(s.paid), f"{a[0]}-{a[1]}" if a else "", M(a[2]) if a else "", " ".join(s.remarks)], y)
            o.lines.append(truth_line(page[0], s, claim_id=acct, payer_claim_id=tcn, patient=name,
                                      printed=("billed", "allowed", "paid"), adjustments=s.adjs,
                                      remarks=s.remarks))
            y += 12
        cv.hline(34, 578, y)
        cv.set_font("LNB", 8)
        row(cv, cols, ["", "Claim totals", "", "", "", M(total(svcs, "billed")), M(total(svcs, "allowed")),
                       M(total(svcs, "paid")), "", "", ""], y + 2)
        cv.rect(34, top, 544, y - top + 14)
        o.claims.append({"claim_id": acct, "payer_claim_id": tcn, "patient": name,
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        y += 24
    if y + 90 > BOTTOM:
        cv.new_page()
        page[0] += 1
        y = frame()
    al = [s for c in claims for s in c[4]]
    cv.set_font("LNB", 9)
    cv.text(34, y, "Remittance summary")
    cv.set_font("LN", 8)
    for k, (a, b) in enumerate((("Claims processed", "3"), ("Total billed", M(total(al, "billed"))),
                                ("Total paid", M(total(al, "paid"))), ("Net payment", M(total(al, "paid"))))):
        cv.text(40, y + 12 + 11 * k, a)
        cv.text(200, y + 12 + 11 * k, b, "r")
    y += 64
    cv.set_font("LNB", 9)
    cv.text(34, y, "Adjustment reason and remark code glossary (this program's wording)")
    cv.set_font("LN", 8)
    for k, v in o.legend:
        y += 11
        cv.text(40, y, f"{k}   {v}")
    spec = dict(money=M, date=F, code=lambda ln: ln["code"], units=lambda u: f"{D(u):.2f}", all_adjs=True,
                adj_fmt=lambda g, r, a: [f"{g}-{r}", M(D(a))])
    return cv.close(), o, spec


# =========================================================================================== r1
def lay_r1(path, total_pages):
    """Medicare Part B standard-paper-remit reprint from a clearinghouse, reportlab, Liberation Mono, portrait."""
    cv = RL(path, fonts=[("LM", "LiberationMono-Regular"), ("LMB", "LiberationMono-Bold")])
    o = Out()
    M = lambda d: money(d, "")  # noqa: E731
    claims = [
        ("HALVERSON, GRETA", "5TR9WQ2MH41", "SMT-40028", "0226034558207", q("0"), [
            S((1, 5), "97110", 2, ("GP",)), S((1, 5), "97140", 1, ("GP",)), S((1, 7), "97110", 2, ("GP",)),
            S((1, 7), "97112", 1, ("GP",)), S((1, 12), "97110", 2, ("GP", "KX")), S((1, 12), "97116", 1, ("GP",))]),
        ("ABERNATHY, LOUIS P", "3KD6XE1RB07", "SMT-40031", "0226034558215", q("120"), [
            S((1, 6), "97163", 1, ("GP",)), S((1, 6), "97530", 1, ("GP",)), S((1, 9), "97530", 2, ("GP",)),
            S((1, 9), "G0283", 1, ("GP",)), S((1, 9), "0552T", 1, ("GP",), denied="PR")]),
        ("MORENO-QUILL, DELPHINE", "8HN2CP4TW66", "SMT-40036", "0226034558223", q("0"), [
            S((1, 8), "97168", 1, ("GO",)), S((1, 8), "97535", 2, ("GO", "CO")), S((1, 13), "97530", 2, ("GO", "CO")),
            S((1, 13), "97760", 1, ("GO",)), S((1, 15), "97530", 2, ("GO",)), S((1, 15), "97535", 1, ("GO",)),
            S((1, 20), "97530", 2, ("GO",)), S((1, 20), "97112", 1, ("GO",))]),
    ]
    for *_, ded, svcs in claims:
        st = PlanState(ded_left=ded)
        for s in svcs:
            medicare(s, st, deny_reason="50")
            if s.denied:
                s.remarks.append("N180")
            if "CO" in s.mods:
                s.remarks.append("N130")
    orig = [S((12, 15), "97110", 3, ("GP",)), S((12, 15), "97140", 1, ("GP",))]
    for s in orig:
        s.dos = date(2025, 12, 15)
        medicare(s, PlanState())
    rev = [negate(s) for s in orig]
    claims.append(("HALVERSON, GRETA", "5TR9WQ2MH41", "SMT-39877", "0225351220116", None, rev))
    o.legend = [("MA01", "Appeal rights notice"), ("MA67", "Correction to a prior claim"),
                ("N130", "Consult plan benefit documents for limits"), ("N180", "Item not covered for this diagnosis")]
    cols = [(30, "l"), (84, "l"), (150, "l"), (176, "r"), (182, "l"), (214, "l"), (286, "r"), (330, "r"), (370, "r"),
            (410, "r"), (418, "l"), (500, "r"), (582, "r")]
    page = [1]
    BOTTOM = 740

    def frame():
        cv.set_font("LMB", 7.5)
        cv.text(30, 22, "RIVERBEND CLAIMS EXCHANGE - REMITTANCE PRINT (FROM 835 FILE R0204-7731)")
        cv.set_font("LM", 7)
        cv.text(30, 33, "MEDICARE PART B  -  NORTHEAST REGION CONTRACTOR           PROVIDER REMITTANCE ADVICE")
        cv.text(30, 43, "SUMMIT MOTION THERAPY, 40 QUARRY LANE, GRANTVILLE ME 04101       NPI 1669203378")
        cv.text(582, 22, f"PAGE #: {page[0]} OF {total_pages or 0}", "r")
        cv.text(582, 43, "DATE: 02/04/26  CHECK/EFT #: 0331184052", "r")
        cv.hline(30, 582, 52)
        cv.set_font("LM", 6.6)
        row(cv, cols, ["PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT",
                       "COINS", "GRP/RC-AMT", "", "PROV PD"], 56)
        cv.hline(30, 582, 66)
        return 72

    y = frame()
    for name, hic, acct, icn, _, svcs in claims:
        moa = "MA67" if svcs[0].billed < 0 else "MA01"
        if y + 40 > BOTTOM:
            cv.new_page()
            page[0] += 1
            y = frame()
        cv.set_font("LM", 6.6)
        cv.text(30, y, f"NAME {name:<24} HIC {hic}  ACNT {acct}  ICN {icn}  ASG Y  MOA {moa}")
        y += 10
        for s in svcs:
            need = 9 * max(1, len(s.adjs)) + (9 if s.remarks else 0)
            if y + need > BOTTOM:
                cv.new_page()
                page[0] += 1
                y = frame()
                cv.set_font("LM", 6.6)
                cv.text(30, y, f"NAME {name:<24} ICN {icn}  (CONT)")
                y += 10
            a0 = s.adjs[0]
            row(cv, cols, ["1447012906", f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}", "11", units_str(s.units), s.code,
                           " ".join(s.mods), M(s.billed), M(s.allowed), M(s.deductible), M(s.coinsurance),
                           f"{a0[0]}-{a0[1]}", M(a0[2]), M(s.paid)], y)
            o.lines.append(truth_line(page[0], s, claim_id=acct, payer_claim_id=icn, patient=name,
                                      printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                      adjustments=s.adjs, remarks=s.remarks))
            y += 9
            for a in s.adjs[1:]:
                row(cv, [(418, "l"), (500, "r")], [f"{a[0]}-{a[1]}", M(a[2])], y)
                y += 9
            if s.remarks:
                cv.text(84, y, "REM: " + " ".join(s.remarks))
                y += 9
        pr = total(svcs, "owes")
        cv.text(30, y, f"PT RESP {M(pr):>10}")
        row(cv, cols, ["", "CLAIM TOTALS", "", "", "", "", M(total(svcs, "billed")), M(total(svcs, "allowed")),
                       M(total(svcs, "deductible")), M(total(svcs, "coinsurance")), "", "", M(total(svcs, "paid"))],
            y + 9)
        cv.text(30, y + 18, f"ADJ TO TOTALS: PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00   NET {M(total(svcs, 'paid'))}")
        o.claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        y += 34
    if y + 60 > BOTTOM:
        cv.new_page()
        page[0] += 1
        y = frame()
    al = [s for c in claims for s in c[5]]
    cv.set_font("LMB", 6.8)
    cv.text(30, y, "TOTALS:  # OF CLAIMS  BILLED AMT   ALLOWED AMT   DEDUCT AMT   COINS AMT   PROV PD AMT   CHECK AMT")
    cv.set_font("LM", 6.8)
    cv.text(30, y + 10, f"         {len(claims):>10}  {M(total(al, 'billed')):>10}   {M(total(al, 'allowed')):>11}   "
                        f"{M(total(al, 'deductible')):>10}   {M(total(al, 'coinsurance')):>9}   {M(total(al, 'paid')):>11}"
                        f"   {M(total(al, 'paid')):>9}")
    y += 28
    cv.text(30, y, "GLOSSARY: GROUP, REASON, MOA, REMARK CODES (CLEARINGHOUSE SHORT FORM)")
    for k, v in o.legend + [("CO", "Contractual obligation"), ("PR", "Patient responsibility")]:
        y += 9
        cv.text(30, y, f"{k:<6}{v}")
    spec = dict(money=M, date=lambda d: dfmt(d, "mdy6"), code=lambda ln: ln["code"], units=str, all_adjs=True,
                near=5, adj_fmt=lambda g, r, a: [f"{g}-{r}", M(D(a))])
    return cv.close(), o, spec


# =========================================================================================== r2
def lay_r2(path, total_pages):
    """Practice-management Medicare payment detail, fpdf2, DejaVu Sans, landscape."""
    cv = FP(path, landscape=True, fonts=[("DV", "DejaVuSans"), ("DVB", "DejaVuSans-Bold")])
    o = Out()
    M = lambda d: money(d, ",", "()")  # noqa: E731
    claims = [
        ("Ferris, Oliver J", "100482", "22260345510071", q("50"), [
            S((1, 6), "97161", 1, ("GP",)), S((1, 6), "97110", 2, ("GP",)), S((1, 8), "97110", 2, ("GP",)),
            S((1, 8), "97140", 1, ("GP", "59"))]),
        ("Ferris, Marguerite A", "100483", "22260345510088", q("0"), [
            S((1, 7), "92523", 1, ("GN",)), S((1, 14), "92507", 1, ("GN",)), S((1, 21), "92507", 1, ("GN",))]),
        ("Dunmore, Cecil", "100511", "22260345510096", q("0"), [
            S((1, 12), "97165", 1, ("GO",)), S((1, 12), "97530", 2, ("GO",)), S((1, 14), "97530", 2, ("GO",)),
            S((1, 14), "97535", 1, ("GO",)), S((1, 19), "97530", 2, ("GO",)), S((1, 19), "97760", 1, ("GO",)),
            S((1, 19), "L3807", 1, ("GO", "RT"), denied="CO")]),
    ]
    for *_, ded, svcs in claims:
        st = PlanState(ded_left=ded)
        for s in svcs:
            medicare(s, st, deny_reason="16")
            if s.denied:
                s.remarks.append("M51")
    cols = [(30, "l"), (82, "l"), (118, "l"), (160, "r"), (206, "r"), (252, "r"), (294, "r"), (336, "r"),
            (382, "r"), (392, "l"), (466, "r"), (516, "r"), (528, "l")]
    page = [1]
    BOTTOM = 560

    def frame():
        cv.set_font("DVB", 11)
        cv.text(30, 22, "Ridgeway Rehab Partners")
        cv.set_font("DV", 7.5)
        cv.text(30, 37, "Insurance Payment Detail by Patient   -   printed from ClinicLedger PM 9.4")
        cv.text(762, 22, f"Printed 02/05/2026 08:14   Page {page[0]} of {total_pages or 0}", "r")
        cv.text(762, 37, "Payer: MEDICARE PART B   Check/EFT: 9917342   Deposit 02/04/2026   Batch 2026-0204-02", "r")
        cv.hline(30, 762, 48, 0.8)
        return 56

    def head(y):
        cv.set_font("DVB", 6.8)
        row(cv, cols, ["DOS", "CPT", "Mod", "Units", "Charge", "Allowed", "Deduct", "Coins", "Paid", "Adj Code",
                       "Adj Amt", "Pt Resp", "Remark"], y)
        cv.hline(30, 762, y + 9, 0.3)
        return y + 12

    y = frame()
    for name, acct, icn, _, svcs in claims:
        if y + 60 > BOTTOM:
            cv.new_page()
            page[0] += 1
            y = frame()
        cv.rect(30, y, 732, 13, fill=0.87, stroke=False)
        cv.set_font("DVB", 7.5)
        cv.text(34, y + 3, f"Patient: {name}    Acct #: {acct}    Payer claim # (ICN): {icn}    "
                           f"Claim billed 01/{min(s.dos.day for s in svcs) + 9:02d}/2026    Status: Processed as primary")
        y = head(y + 18)
        for s in svcs:
            if y + 10 * len(s.adjs) > BOTTOM:
                cv.new_page()
                page[0] += 1
                y = frame()
                cv.set_font("DVB", 7.5)
                cv.text(34, y, f"Patient: {name}  (continued)")
                y = head(y + 12)
            cv.set_font("DV", 6.8)
            a0 = s.adjs[0]
            row(cv, cols, [mdy_dash(s.dos), s.code, " ".join(s.mods), units_str(s.units), M(s.billed), M(s.allowed),
                           M(s.deductible), M(s.coinsurance), M(s.paid), f"{a0[0]}-{a0[1]}", M(a0[2]), M(s.owes),
                           " ".join(s.remarks)], y)
            o.lines.append(truth_line(page[0], s, claim_id=acct, payer_claim_id=icn, patient=name,
                                      printed=("billed", "allowed", "deductible", "coinsurance", "paid",
                                               "patient_owes"), adjustments=s.adjs, remarks=s.remarks))
            y += 10
            for a in s.adjs[1:]:
                row(cv, [(392, "l"), (466, "r")], [f"{a[0]}-{a[1]}", M(a[2])], y)
                y += 10
        cv.hline(130, 762, y - 1, 0.3)
        cv.set_font("DVB", 6.8)
        row(cv, cols, ["", "Claim total", "", "", M(total(svcs, "billed")), M(total(svcs, "allowed")),
                       M(total(svcs, "deductible")), M(total(svcs, "coinsurance")), M(total(svcs, "paid")), "", "",
                       M(total(svcs, "owes")), ""], y + 1)
        o.claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                                total(svcs, "owes"))})
        cv.set_font("DV", 6.5)
        cv.text(34, y + 11, "Crossover: claim forwarded by Medicare to the patient's supplemental insurer (MA18)."
                if name.startswith("Ferris") else "No secondary insurance on file - patient responsibility "
                                                  "transferred to patient balance.")
        y += 28
    al = [s for c in claims for s in c[4]]
    if y + 50 > BOTTOM:
        cv.new_page()
        page[0] += 1
        y = frame()
    cv.set_font("DVB", 7.5)
    cv.text(30, y, f"Deposit total: {M(total(al, 'paid'))}     Posted: {M(total(al, 'paid'))}     Unposted: 0.00")
    cv.set_font("DV", 6.8)
    y += 14
    cv.text(30, y, "Adj codes: CO-45 fee schedule reduction; CO-253 federal payment reduction; PR-1 deductible; "
                   "PR-2 coinsurance; CO-16 missing information.  Remark M51: procedure code billed needs review.")
    o.legend = [("M51", "Procedure code billed needs review"), ("MA18", "Claim forwarded to supplemental insurer")]
    spec = dict(money=M, date=mdy_dash, code=lambda ln: ln["code"], units=str, all_adjs=True, near=5,
                adj_fmt=lambda g, r, a: [f"{g}-{r}", M(D(a))])
    return cv.close(), o, spec


# =========================================================================================== s1
def lay_s1(path, total_pages):
    """Therapy clinic family statement, reportlab, DejaVu Serif, portrait, left sidebar on page 1."""
    cv = RL(path, fonts=[("DS", "DejaVuSerif"), ("DSB", "DejaVuSerif-Bold")])
    o = Out()
    M = lambda d: money(d, ",", "-")  # noqa: E731
    st = PlanState(ded_left=q("90"), coins_rate=D("0.10"), allowed_rate=D("0.70"))
    visits = [
        ("V-20451", "Ava Boone", "Jess Marlow, OTR/L", "26009A44711", [
            S((1, 5), "97165", 1, ("GO",)), S((1, 5), "97530", 2, ("GO",), desc=eobgen.LONG_DESC["97530"])]),
        ("V-20488", "Ava Boone", "Jess Marlow, OTR/L", "26016A50392", [
            S((1, 12), "97530", 3, ("GO",)), S((1, 12), "97535", 1, ("GO",), desc=eobgen.LONG_DESC["97535"])]),
        ("V-20502", "Lucas Boone", "Dana Whitcombe, CCC-SLP", "26016A50417", [
            S((1, 13), "92523", 1, ("GN",)), S((1, 13), "92507", 1, ("GN",))]),
        ("V-20547", "Lucas Boone", "Dana Whitcombe, CCC-SLP", "26023A61120", [
            S((1, 20), "92507", 1, ("GN",)), S((1, 20), "97533", 1, ("GN",), denied="PR")]),
        ("V-20560", "Ava Boone", "Jess Marlow, OTR/L", "26023A61138", [
            S((1, 21), "97530", 2, ("GO",)), S((1, 21), "97110", 1, ("GO", "59"), desc=eobgen.LONG_DESC["97110"]),
            S((1, 21), "97760", 1, ("GO",), desc=eobgen.LONG_DESC["97760"])]),
        ("V-20593", "Noor Boone", "Reza Kallis, PT, DPT", "26027A70004", [
            S((1, 26), "97161", 1, ("GP",)), S((1, 26), "97140", 1, ("GP",), desc=eobgen.LONG_DESC["97140"]),
            S((1, 26), "97110", 2, ("GP",))]),
        ("V-20611", "Noor Boone", "Reza Kallis, PT, DPT", "26030A70551", [
            S((1, 29), "97110", 2, ("GP",)), S((1, 29), "97112", 1, ("GP",))]),
    ]
    for *_, svcs in visits:
        for s in svcs:
            commercial(s, st)
    pays = {"V-20488": ("01/16/26", "Payment - thank you (card ending 4471)", q("-25.00")),
            "V-20547": ("01/28/26", "Payment - thank you (check 2093)", q("-40.00"))}
    page = [1]
    X0 = 180
    BOTTOM = 730
    cols = [(X0, "l"), (X0 + 44, "l"), (X0 + 98, "l"), (X0 + 206, "r"), (X0 + 248, "r"), (X0 + 296, "r"),
            (X0 + 344, "r"), (X0 + 396, "r")]
    al = [s for *_, sv in visits for s in sv]
    due = total(al, "owes") + sum(p[2] for p in pays.values())

    def sidebar():
        cv.rect(30, 30, 138, 700, fill=0.93, stroke=False)
        cv.set_font("DSB", 10)
        cv.text(38, 40, "Kestrel Creek")
        cv.text(38, 53, "Pediatric Therapy")
        cv.set_font("DS", 6.8)
        lines = ["615 Orchard Park Way, Ste 2", "Millbrook, KS 66211", "Billing office 913-555-0182", "",
                 "STATEMENT DATE", "02/06/2026", "", "ACCOUNT (GUARANTOR)", "G-30917", "Natalia Ferreira-Boone", "",
                 "AMOUNT DUE", M(due), "", "PAY BY", "03/01/2026", "", "Aging", "  Current  " + M(due),
                 "  31-60    0.00", "  61-90    0.00", "  Over 90  0.00", "", "Ways to pay",
                 "  Online: kestrelcreek.example/pay", "  Phone: 913-555-0182", "  Mail the stub below", "",
                 "Insurance on file", "  Prairie Crest Health", "  PPO 2500 / member PCH8831207", "",
                 "Payment plans are available.", "Ask us - no interest."]
        yy = 70
        for t in lines:
            cv.text(38, yy, t)
            yy += 10

    def head(y):
        cv.set_font("DSB", 6.6)
        for (x, al_), t in zip(cols, ["Date", "Code", "Description", "Units", "Charges", "Ins. Paid", "Ins. Adj.",
                                      "Your Share"]):
            cv.text(x, y, t, al_)
        cv.hline(X0, 582, y + 9)
        return y + 12

    def foot():
        cv.set_font("DS", 6.5)
        cv.text(582, 752, f"Page {page[0]} of {total_pages or 0}", "r")

    sidebar()
    cv.set_font("DSB", 13)
    cv.text(X0, 36, "Family Statement")
    cv.set_font("DS", 7.5)
    y = 56
    for t in ("Natalia Ferreira-Boone", "2208 Windmill Court", "Millbrook, KS 66213"):
        cv.text(X0, y, t)
        y += 10
    cv.text(582, 56, "Patients on this account:", "r")
    cv.text(582, 66, "Ava Boone, Lucas Boone, Noor Boone", "r")
    y = 100
    y = head(y)
    for vid, pat, ther, icl, svcs in visits:
        if y + 40 > BOTTOM:
            foot()
            cv.new_page()
            page[0] += 1
            y = 40
        cv.set_font("DSB", 7)
        cv.text(X0, y, f"Visit {vid}   {pat}   with {ther}")
        cv.set_font("DS", 6.4)
        cv.text(X0, y + 9, f"Filed with Prairie Crest Health {dfmt(svcs[0].dos + (date(2026, 1, 3) - date(2026, 1, 1)), 'mdy2')}"
                           f" - insurance claim #{icl}")
        y += 21
        for s in svcs:
            cv.set_font("DS", 6.8)
            words = s.desc.split()
            wl, cur = [], ""
            for w in words:
                if cv.width((cur + " " + w).strip()) > 92:
                    wl.append(cur)
                    cur = w
                else:
                    cur = (cur + " " + w).strip()
            wl.append(cur)
            if y + 9 * len(wl) > BOTTOM:
                foot()
                cv.new_page()
                page[0] += 1
                y = 40
            row(cv, cols, [dfmt(s.dos, "mdy2"), " ".join((s.code,) + s.mods), wl[0], units_str(s.units), M(s.billed),
                           M(s.paid), M(s.discount), M(s.owes)], y)
            for k, t in enumerate(wl[1:], 1):
                cv.text(cols[2][0], y + 8.5 * k, t)
            o.lines.append(truth_line(page[0], s, claim_id=vid, payer_claim_id=icl, patient=pat,
                                      printed=("billed", "paid", "discount", "patient_owes")))
            y += 8.5 * len(wl) + 2
        if vid in pays:
            d_, t_, a_ = pays[vid]
            cv.set_font("DS", 6.8)
            row(cv, cols, [d_, "", t_, "", "", "", "", M(a_)], y)
            y += 10
        cv.hline(X0 + 150, 582, y - 1, 0.3)
        cv.set_font("DSB", 6.8)
        row(cv, cols, ["", "", "Visit totals", "", M(total(svcs, "billed")), M(total(svcs, "paid")),
                       M(total(svcs, "discount")), M(total(svcs, "owes"))], y + 1)
        o.claims.append({"claim_id": vid, "payer_claim_id": icl, "patient": pat,
                         "totals": claim_totals(total(svcs, "billed"), None, total(svcs, "paid"), total(svcs, "owes"))})
        y += 18
    cv.set_font("DSB", 8)
    cv.text(X0, y + 4, f"Balance due from you: {M(due)}")
    cv.set_font("DS", 6.8)
    cv.text(X0, y + 18, "Your share is what your insurance says you owe after it paid (deductible, coinsurance, "
                        "or services it did not cover).")
    foot()
    spec = dict(money=M, date=lambda d: dfmt(d, "mdy2"), code=lambda ln: ln["code"], units=str)
    return cv.close(), o, spec


# =========================================================================================== s2
def lay_s2(path, total_pages):
    """Hospital family statement, fpdf2, Liberation Serif, portrait; charges only per line."""
    cv = FP(path, fonts=[("LSe", "LiberationSerif-Regular"), ("LSeB", "LiberationSerif-Bold")])
    o = Out()
    M = lambda d: money(d, "$")  # noqa: E731
    REV = {"97161": "0420", "97110": "0420", "97116": "0420", "97140": "0420", "97112": "0420", "G0283": "0420",
           "97165": "0430", "97530": "0430", "97535": "0430", "97760": "0430", "L3807": "0274",
           "92523": "0440", "92507": "0440", "99213": "0510"}
    accts = [
        ("7700412", "Jonah Whitfield", "KV2603019942", "Keystone Valley Health", [
            S((1, 5), "97161", 1, ("GP",)), S((1, 5), "97110", 2, ("GP",)), S((1, 7), "97110", 2, ("GP",)),
            S((1, 7), "97140", 1, ("GP",)), S((1, 9), "97110", 2, ("GP",)), S((1, 9), "97116", 1, ("GP",)),
            S((1, 12), "97110", 2, ("GP",)), S((1, 12), "G0283", 1, ("GP",)), S((1, 14), "97110", 2, ("GP",)),
            S((1, 14), "97112", 1, ("GP",)), S((1, 16), "97110", 2, ("GP",)), S((1, 16), "97140", 1, ("GP",)),
            S((1, 19), "97110", 2, ("GP",)), S((1, 21), "97110", 2, ("GP",)), S((1, 21), "97116", 1, ("GP",)),
            S((1, 23), "97110", 2, ("GP",)), S((1, 26), "97110", 2, ("GP",)), S((1, 26), "G0283", 1, ("GP",)),
            S((1, 28), "97110", 2, ("GP",)), S((1, 30), "97110", 2, ("GP",)), S((1, 30), "97140", 1, ("GP",)),
            S((1, 30), "97112", 1, ("GP",))]),
        ("7700488", "Celia Whitfield", "KV2603020187", "Keystone Valley Health", [
            S((1, 8), "97165", 1, ("GO",)), S((1, 8), "97760", 1, ("GO",)), S((1, 8), "L3807", 1, ("LT",)),
            S((1, 15), "97530", 2, ("GO",)), S((1, 15), "97535", 1, ("GO",))]),
        ("7700519", "Marcus Whitfield", "KV2603020355", "Keystone Valley Health", [
            S((1, 20), "99213", 1, ()), S((1, 20), "92523", 1, ("GN",))]),
    ]
    accts = [accts[1], accts[2], accts[0]]
    pct = {"7700412": D("0.68"), "7700488": D("0.71"), "7700519": D("0.66")}
    page = [1]
    BOTTOM = 715
    cols = [(40, "l"), (96, "l"), (128, "l"), (170, "l"), (200, "l"), (500, "r"), (572, "r")]

    def frame():
        cv.set_font("LSeB", 14)
        cv.text(40, 28, "St. Brendan Community Hospital")
        cv.set_font("LSe", 8.5)
        cv.text(40, 45, "Patient Financial Services  ·  1 Harbor Hill Drive  ·  Dunmore, PA 18512  ·  570-555-0139")
        cv.set_font("LSeB", 11)
        cv.text(572, 28, "Family Statement", "r")
        cv.set_font("LSe", 8.5)
        cv.text(572, 45, "Guarantor: Marcus Whitfield   Guarantor # 55-118260", "r")
        cv.hline(40, 572, 56, 1)
        cv.set_font("LSe", 7.5)
        cv.text(40, 760, "Questions about your bill? Call Monday-Friday 8:00-4:30. Financial assistance is available; "
                         "ask for an application.")
        cv.text(572, 770, f"Page {page[0]} of {total_pages or 0}", "r")
        return 66

    def head(y):
        cv.set_font("LSeB", 8)
        row(cv, cols, ["Date", "Rev Code", "CPT/HCPCS", "Mod", "Description", "Qty", "Charges"], y)
        cv.hline(40, 572, y + 10, 0.4)
        return y + 14

    y = frame()
    cv.set_font("LSe", 9)
    for t in ("Marcus Whitfield", "418 Lackawanna Ave", "Dunmore, PA 18512"):
        cv.text(40, y, t)
        y += 11
    allpay = D(0)
    summary = []
    for acct, pat, icl, ins, svcs in accts:
        bill = total(svcs, "billed")
        ins_pd = q(bill * pct[acct])
        adj = q(bill * D("0.22"))
        summary.append((acct, pat, bill, ins_pd, adj, bill - ins_pd - adj))
        allpay += bill - ins_pd - adj
    cv.rect(330, 64, 242, 40)
    cv.set_font("LSeB", 9)
    cv.text(338, 70, f"Total amount due: {M(allpay)}")
    cv.set_font("LSe", 8.5)
    cv.text(338, 84, "Please pay by 03/05/2026")
    cv.text(338, 94, "Statement date 02/12/2026")
    y = 120
    for (acct, pat, icl, ins, svcs), sm in zip(accts, summary):
        if y + 80 > BOTTOM:
            cv.new_page()
            page[0] += 1
            y = frame()
        cv.rect(40, y, 532, 26, fill=0.9, stroke=False)
        cv.set_font("LSeB", 9)
        cv.text(44, y + 3, f"Account {acct}   Patient: {pat}   Outpatient Rehabilitation Services")
        cv.set_font("LSe", 8)
        cv.text(44, y + 15, f"Service dates {dfmt(svcs[0].dos, 'mdy4')} - {dfmt(svcs[-1].dos, 'mdy4')}   "
                            f"Insurance: {ins}, claim # {icl}, billed 02/02/2026")
        y = head(y + 32)
        for s in svcs:
            if y + 13 > BOTTOM:
                cv.set_font("LSe", 8)
                cv.text(572, y + 2, "Account continues on next page", "r")
                cv.new_page()
                page[0] += 1
                y = frame()
                cv.set_font("LSeB", 9)
                cv.text(40, y, f"Account {acct}   Patient: {pat}   (continued)")
                y = head(y + 14)
            cv.set_font("LSe", 8)
            row(cv, cols, [dfmt(s.dos, "mdy4"), REV[s.code], s.code, " ".join(s.mods), s.desc, units_str(s.units),
                           M(s.billed)], y)
            o.lines.append(truth_line(page[0], s, claim_id=acct, payer_claim_id=icl, patient=pat,
                                      printed=("billed",)))
            y += 13
        _, _, bill, ins_pd, adj, bal = sm
        cv.hline(300, 572, y)
        cv.set_font("LSeB", 8)
        for k, (lab, v) in enumerate((("Total charges", bill), (f"Payment - {ins}", -ins_pd),
                                      ("Contractual allowance", -adj), ("Account balance (your responsibility)", bal))):
            cv.text(300, y + 3 + 11 * k, lab)
            cv.text(572, y + 3 + 11 * k, M(v), "r")
        o.claims.append({"claim_id": acct, "payer_claim_id": icl, "patient": pat,
                         "totals": claim_totals(bill)})
        y += 56
    spec = dict(money=M, date=lambda d: dfmt(d, "mdy4"), code=lambda ln: ln["code"], units=str)
    return cv.close(), o, spec


# =========================================================================================== runner
LAYOUTS = [
    ("c1_commercial_family_eob", lay_c1, "commercial member EOB"),
    ("c2_commercial_claims_statement", lay_c2, "commercial member claims statement"),
    ("m1_medicare_summary_notice", lay_m1, "Medicare Summary Notice Part B"),
    ("m2_medicare_advantage_eob", lay_m2, "Medicare Advantage member EOB"),
    ("d1_medicaid_ra_mainframe", lay_d1, "state Medicaid remittance advice (mainframe print)"),
    ("d2_medicaid_ra_boxed", lay_d2, "state Medicaid remittance advice (boxed)"),
    ("r1_medicare_spr_clearinghouse", lay_r1, "Medicare standard paper remit reprinted by a clearinghouse"),
    ("r2_pm_medicare_payment_detail", lay_r2, "practice-management Medicare payment detail"),
    ("s1_clinic_family_statement", lay_s1, "therapy clinic family statement"),
    ("s2_hospital_family_statement", lay_s2, "hospital family statement"),
]


def build(out: Path, name, fn, desc):
    with tempfile.TemporaryDirectory() as td:
        n, _, _ = fn(Path(td) / "probe.pdf", None)
    pdf = out / f"{name}.pdf"
    pages, o, spec = fn(pdf, n)
    producer = "reportlab" if fn.__doc__ and "reportlab" in fn.__doc__ else "fpdf2"
    eobgen.write_truth(pdf, name, producer, pages, desc, o.lines, o.claims, o.legend)
    return pdf, spec


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout151_"))
    if "samples" in out.resolve().parts:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    for name, fn, desc in LAYOUTS:
        pdf, spec = build(out, name, fn, desc)
        if "--check" in argv:
            errs, n = check_file(pdf, spec)
            import json
            t = json.loads(Path(str(pdf) + ".truth.json").read_text())
            spans = [c["payer_claim_id"] for c in t["claims"]
                     if len({ln["page"] for ln in t["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                             and ln["claim_id"] == c["claim_id"]}) > 1]
            print(f"{name}: {t['producer']} pages={t['pages']} lines={n} claims={len(t['claims'])} "
                  f"spanning={spans} {'OK' if not errs else 'FAIL'}")
            for e in errs[:15]:
                print("   ", e)
            bad += bool(errs)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if "--check" in argv:
        print("CHECK", "PASSED" if not bad else f"FAILED ({bad} files)")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
