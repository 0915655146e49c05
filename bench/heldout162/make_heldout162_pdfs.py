"""Write held-out set 162 of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on the five commonest real document kinds, two layouts each, in house styles of
our own. The author of this set did not look at the reader or at how it reads these files.

Run:  python bench/heldout162/make_heldout162_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout162/make_heldout162_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed); claim_id = the provider's own account / patient
control / invoice / visit number, payer_claim_id = the payer's claim number / ICN / TCN / reference, patient
exactly as printed (the person who got the service, not the subscriber or guarantor). Every name, number,
payer, provider, address and ID is invented; descriptions are our own words. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness).

Layouts (two of each of the five commonest kinds):
  m01 commercial member EOB for a family, portrait core Helvetica (reportlab): "Amount charged / Plan discount /
      Allowed amount / Deductible / Copay / Coinsurance / Plan paid / You owe / Note", code and modifiers joined
      by hyphens "97530-GO-59", no units, "Patient: .. (Daughter)" claim headings with claim number and
      provider's patient account, 3 family members, one claim continues on page 2 under a repeated header and a
      "(continued)" heading, a denied line, claim totals, numbered note legend
  m02 commercial "Claims Detail" member statement, landscape DejaVu Sans (fpdf2): shaded claim bands, patient
      name in the band, separate Mod column, Units, "Billed / Not Allowed / Not Covered / Member Cost Share /
      Paid to Provider / Reason", dates "01-05-2026", 4 family members, one page; PLANTED claim-total mismatch
  s03 Medicare Summary Notice (Part B style), portrait DejaVu Serif (reportlab): two-column page 1 (claims
      overview box beside the "Your deductible status" sidebar), claim blocks with provider + claim number,
      "Service Provided & Billing Code" cells "Therapeutic activities (97530)", date per row "01/05/26",
      "Service Approved?", "Maximum You May Be Billed", lettered notes; no units, no modifiers; a claim
      continues onto the next page with "(continued)"
  s04 Medicare Advantage member EOB, portrait Liberation Serif (fpdf2): monthly "Explanation of Benefits",
      "Part B medical services" table "Provider's charge / Plan-approved amount / Plan's share / Your share",
      "97110 GP" with a per-visit copay, a 15-line therapy claim continues onto page 2 with the header repeated,
      a denied line, provider's reference number per claim
  r05 state Medicaid remittance advice, landscape core Courier (reportlab): fixed-width lines, "RECIP NAME /
      RECIP ID / ICN / PAT ACCT" heading per claim, "LN FROM-DOS TO-DOS PROC M1 M2 UNITS BILLED ALLOWED TPL
      PAID EOB", sections PAID / DENIED / ADJUSTMENTS (a credit with (parentheses) and its debit), "CLAIM
      TOTAL" rows, header repeated on each page, EOB code glossary
  r06 state Medicaid payment register, portrait DejaVu Sans Condensed (fpdf2): boxed claim header (client,
      Medicaid #, TCN, provider claim #, status), ruled detail "Dtl / From / To / Proc / Mods / Qty / Charge /
      Allowed / Cutback / Adj Rsn / Payment / RARC", weekly spans with summed units, a denied line, the
      claim continues on page 2
  p07 clearinghouse print of a Medicare remit, portrait Liberation Mono (reportlab): "NAME / MID / ACNT / ICN /
      ASG / MOA" rows, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD",
      dates "0105 010526", a second adjustment on the next text line, CLAIM TOTALS rows, a claim carried onto
      page 2 with the header repeated
  p08 practice-management "ERA Posting Detail", landscape Liberation Sans Narrow (fpdf2): full cell grid, patient
      / account / payer claim # on every row, CPT and Mod apart, Units, "Charge / Allowed / Deduct / Coins /
      Adj Grp-Rsn Amt / Paid", a reversal with leading minus, header repeated on page 2
  f09 pediatric therapy clinic family statement, portrait DejaVu Sans (reportlab): remit stub at the top right,
      guarantor, visit headings "Visit V-… · Ins claim …", "Date / Patient / Description / CPT / Units /
      Charge / Ins Paid / Adjustment / Your Balance", 3 children, patient payments as non-service rows, runs
      onto page 2 without repeating the header
  f10 children's hospital guarantor statement, portrait Liberation Serif (fpdf2): one account per child
      ("Account No." + insurer claim #), "Date / Rev / CPT/HCPCS / Description / Qty / Charges", wrapped long
      descriptions, insurance payment and contractual adjustment as account-level rows, 3 patients, 2 pages

The self-check (--check) tests the factory, not the reader: every truth code, modifier, units value and amount
is on ONE text row of its page (pdfplumber text lines), adjustments and remarks on that row or the one or two
text lines under it, dates on the page, ids and patients in the document, the page count matches, and the
documents' own arithmetic holds (billed - discount - not covered = allowed where printed; allowed - deductible -
copay - coinsurance = paid where printed; billed - adjustments = paid where every adjustment is printed;
statement balances; claim totals = sum of lines unless the mismatch is a planted expected finding, which must
really be one).
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import eobgen  # noqa: E402
from eobgen import (  # noqa: E402
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
    total,
    truth_line,
    units_str,
    write_truth,
)
from h162common import Surface, check_folder, wrap  # noqa: E402

# a few extra services, our own invented charges and fee-schedule amounts, our own words
for _c, _fee, _sch, _d in (("97035", "48.00", "14.62", "Ultrasound treatment"),
                           ("97018", "38.00", "4.95", "Paraffin bath"),
                           ("99214", "230.00", "127.40", "Office visit, moderate complexity"),
                           ("E0731", "96.00", "52.10", "TENS conductive garment"),
                           ("92610", "210.00", "88.15", "Swallowing function evaluation")):
    eobgen.FEE.setdefault(_c, _fee)
    eobgen.SCHED.setdefault(_c, _sch)
    eobgen.DESC.setdefault(_c, _d)

D = date(2026, 1, 5)
TOTAL: dict[str, int] = {}


def pg(sf: Surface, name: str, fmt: str = "Page {n} of {t}") -> str:
    t = TOTAL.get(name)
    return fmt.format(n=sf.page, t=t) if t else fmt.split(" of ")[0].split(" OF ")[0].format(n=sf.page)


def day(n: int) -> date:
    return D + timedelta(days=n)


def mods_join(s: Svc, sep: str) -> str:
    return sep.join((s.code,) + s.mods)


# =============================================================================================== m01
def m01(out: Path):
    name, producer = "m01_family_member_eob", "reportlab"
    sf = Surface(out / f"{name}.pdf", producer, title="Explanation of Benefits")
    fam = [("Mia Delacroix", "Daughter"), ("Renata Delacroix", "Self"), ("Theo Delacroix", "Son")]
    st = PlanState(ded_left=Decimal("180.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30.00")})
    mia = [(0, "97165", 1, ("GO",)), (0, "97530", 2, ("GO",))]
    for wk in range(5):
        for dd, pair in ((0, ("97530", "97535")), (2, ("97530", "97112")), (4, ("97530", "97140"))):
            n = 7 * wk + dd + (7 if wk == 0 and dd == 0 else 0)
            if wk == 0 and dd == 0:
                continue
            mia.append((n, pair[0], 2 + (n % 2), ("GO",) if pair[1] != "97140" else ("GO",)))
            mia.append((n, pair[1], 1, ("GO", "59") if pair[1] == "97140" else ("GO",)))
    mia.append((30, "0552T", 1, (), "CO"))
    claims_spec = [
        (fam[1], "NM26-0119-0072", "88130-2", "Ridgeback Family Medicine", [(3, "99213", 1, ())]),
        (fam[2], "NM26-0122-9154", "PA-55377", "Lindenwood Pediatric Therapy",
         [(9, "92523", 1, ("GN",)), (16, "92507", 1, ("GN",)), (23, "92507", 1, ("GN",))]),
        (fam[0], "NM26-0114-3381", "PA-55102", "Lindenwood Pediatric Therapy", mia),
    ]
    cols = [("Date of\nservice", 36, "l"), ("Service", 78, "l"), ("Amount\ncharged", 242, "r"),
            ("Plan\ndiscount", 284, "r"), ("Not\ncovered", 324, "r"), ("Allowed\namount", 364, "r"),
            ("Deduct-\nible", 400, "r"), ("Copay", 432, "r"), ("Coin-\nsurance", 470, "r"), ("Plan\npaid", 510, "r"),
            ("You\nowe", 550, "r"), ("Note", 558, "l")]
    lines, claims = [], []
    y = 0.0

    def header_band():
        nonlocal y
        sf.font("Helvetica-Bold", 13)
        sf.text(36, 46, "NORTHGATE MUTUAL HEALTH PLAN")
        sf.font("Helvetica", 8)
        sf.text(36, 58, "PO Box 40917  ·  Harlan Falls, OR 97733  ·  Member Services 1-800-555-0144")
        sf.font("Helvetica-Bold", 10)
        sf.text(576, 46, "EXPLANATION OF BENEFITS", "r")
        sf.font("Helvetica", 8)
        sf.text(576, 58, "THIS IS NOT A BILL", "r")
        sf.text(576, 768, pg(sf, name), "r")
        sf.text(36, 768, "Subscriber: Renata Delacroix   ·   Member ID NMX 4471 0938 01   ·   Statement date 02/09/26")
        sf.hline(36, 576, 64, 1.0)
        y = 76

    def colhead():
        nonlocal y
        sf.font("Helvetica-Bold", 7)
        for h, x, al in cols:
            for k, part in enumerate(h.split("\n")):
                sf.text(x, y + 8 * k, part, al)
        sf.hline(36, 576, y + 12)
        y += 22
        sf.font("Helvetica", 7.5)

    sf.new_page()
    header_band()
    sf.font("Helvetica", 8.5)
    for t in ("Renata Delacroix", "2207 Quillmark Lane", "Harlan Falls, OR 97734"):
        sf.text(36, y + 10, t)
        y += 11
    sf.box(330, 76, 246, 50)
    sf.font("Helvetica-Bold", 8)
    sf.text(338, 88, "Plan year deductible (family)")
    sf.font("Helvetica", 8)
    sf.text(338, 100, "Met so far: $520.00 of $700.00")
    sf.text(338, 112, "Out-of-pocket met: $1,146.18 of $6,000.00")
    y = 140
    notes = {"1": "Your plan does not cover this service; see your benefit booklet.",
             "2": "Amount applied to your deductible."}
    for (pat, rel), pcn, acct, prov, items in claims_spec:
        svcs = []
        for it in items:
            s = Svc(day(it[0]), it[1], it[2], it[3], denied=(it[4] if len(it) > 4 else None))
            commercial(s, st, deny_reason="96")
            if s.denied:
                s.remarks = ["1"]
            elif s.deductible:
                s.remarks = ["2"]
            svcs.append(s)
        if y + 60 > 740:
            sf.new_page()
            header_band()
        sf.font("Helvetica-Bold", 8.5)
        sf.box(36, y, 540, 28, fill=0.92)
        sf.text(42, y + 11, f"Patient: {pat} ({rel})")
        sf.text(300, y + 11, f"Claim number: {pcn}")
        sf.font("Helvetica", 8)
        sf.text(42, y + 23, f"Provider: {prov}")
        sf.text(300, y + 23, f"Patient account: {acct}")
        y += 36
        colhead()
        for s in svcs:
            if y + 12 > 730:
                sf.new_page()
                header_band()
                sf.font("Helvetica-Bold", 8.5)
                sf.text(36, y + 8, f"Patient: {pat} ({rel})   Claim number: {pcn}  (continued)")
                y += 16
                colhead()
            sf.font("Helvetica", 7.5)
            vals = [dfmt(s.dos, "mdy2"), mods_join(s, "-") + "  " + s.desc[:19], money(s.billed, ","),
                    money(s.discount, ","), money(s.not_covered, ","), money(s.allowed, ","), money(s.deductible, ","), money(s.copay, ","),
                    money(s.coinsurance, ","), money(s.paid, ","), money(s.owes, ","), " ".join(s.remarks)]
            for v, (_, x, al) in zip(vals, cols):
                sf.text(x, y, v, al)
            lines.append(truth_line(sf.page, s, claim_id=acct, payer_claim_id=pcn, patient=pat, units=False,
                                    printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes"), remarks=s.remarks,
                                    overrides={"description": None}))
            y += 12
        sf.hline(36, 576, y - 8)
        sf.font("Helvetica-Bold", 7.5)
        tv = [total(svcs, a) for a in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                      "coinsurance", "paid", "owes")]
        sf.text(78, y + 2, "Claim totals")
        for v, (_, x, al) in zip(tv, cols[2:11]):
            sf.text(x, y + 2, money(v, ","), al)
        claims.append({"claim_id": acct, "payer_claim_id": pcn, "patient": pat,
                       "totals": claim_totals(tv[0], tv[3], tv[7], tv[8])})
        y += 22
    sf.font("Helvetica-Bold", 8)
    sf.text(36, y + 6, "Notes")
    sf.font("Helvetica", 7.5)
    for k, v in notes.items():
        y += 11
        sf.text(36, y + 6, f"{k}  {v}")
    pages = sf.page
    sf.save()
    write_truth(out / f"{name}.pdf", name, producer, pages,
                "commercial family member EOB, hyphen-joined codes, no units, claim continued onto page 2",
                lines, claims, list(notes.items()))


# =============================================================================================== m02
def m02(out: Path):
    name, producer = "m02_claims_detail_statement", "fpdf2"
    sf = Surface(out / f"{name}.pdf", producer, landscape=True, title="Claims Detail")
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.10"))
    spec = [("Oskar Lindgren-Pike", "2026-0087-55412", "77120", "Summit Lane Physical Therapy",
             [(1, "97161", 1, ("GP",)), (1, "97110", 2, ("GP",)), (8, "97110", 2, ("GP",)), (8, "97140", 1, ("GP",))]),
            ("Hanne Lindgren-Pike", "2026-0091-10277", "HL-3051", "Crestview Hand Center",
             [(2, "97760", 1, ("GO",)), (2, "L3807", 1, ("RT",)), (9, "97018", 1, ("GO",), "PR")]),
            ("Aksel Lindgren-Pike", "2026-0093-00468", "77158", "Summit Lane Physical Therapy",
             [(4, "97530", 2, ("GP", "CQ")), (11, "97530", 2, ("GP", "CQ")), (11, "97112", 1, ("GP",))]),
            ("Ebba Lindgren-Pike", "2026-0102-33901", "E-20931", "Harborline Speech Associates",
             [(6, "92507", 1, ("GN",)), (13, "92507", 1, ("GN",))])]
    cols = [("Svc Date", 30, "l"), ("Procedure", 100, "l"), ("Mod", 150, "l"), ("Description", 182, "l"),
            ("Units", 352, "r"), ("Billed", 412, "r"), ("Not Allowed", 478, "r"), ("Not Covered", 544, "r"),
            ("Member Cost Share", 630, "r"), ("Paid to Provider", 712, "r"), ("Reason", 722, "l")]
    lines, claims, findings = [], [], []
    sf.new_page()
    sf.font("DejaVuSans-Bold", 14)
    sf.text(30, 40, "Bluewater Cooperative Health")
    sf.font("DejaVuSans", 8)
    sf.text(30, 52, "Claims Detail  ·  Statement period 01/01/2026 - 01/31/2026  ·  Not a bill")
    sf.text(762, 40, "Primary member: Ingrid Lindgren-Pike", "r")
    sf.text(762, 52, "Group 00714-B   Member # BWC-6622-0915", "r")
    sf.hline(30, 762, 60, 1)
    y = 74
    for pi, (pat, pcn, acct, prov, items) in enumerate(spec):
        svcs = []
        for it in items:
            s = Svc(day(it[0]), it[1], it[2], it[3], denied=(it[4] if len(it) > 4 else None))
            commercial(s, st, deny_reason="204")
            s.remarks = ["NC"] if s.denied else (["MR"] if s.coinsurance else [])
            svcs.append(s)
        sf.box(30, y, 732, 16, fill=0.88, stroke=False)
        sf.font("DejaVuSans-Bold", 8)
        sf.text(34, y + 11, f"{pat}   Claim ID {pcn}   Provider {prov}   Provider Ref # {acct}")
        y += 26
        sf.font("DejaVuSans-Bold", 7)
        for h, x, al in cols:
            sf.text(x, y, h, al)
        sf.hline(30, 762, y + 3)
        y += 13
        sf.font("DejaVuSans", 7.5)
        for s in svcs:
            vals = [s.dos.strftime("%m-%d-%Y"), s.code, " ".join(s.mods), s.desc[:30], units_str(s.units),
                    money(s.billed, "$"), money(s.discount, "$"), money(s.not_covered, "$"), money(s.owes, "$"),
                    money(s.paid, "$"), " ".join(s.remarks)]
            for v, (_, x, al) in zip(vals, cols):
                sf.text(x, y, v, al)
            lines.append(truth_line(sf.page, s, claim_id=acct, payer_claim_id=pcn, patient=pat,
                                    printed=("billed", "discount", "not_covered", "patient_owes", "paid"),
                                    remarks=s.remarks, overrides={"description": None}))
            y += 12
        tv = {a: total(svcs, a) for a in ("billed", "discount", "not_covered", "owes", "paid")}
        printed_owes = tv["owes"]
        if pi == 2:
            printed_owes = tv["owes"] + Decimal("10.00")
            findings.append(f"claim-total-mismatch claim {pcn}: printed Member Cost Share total {printed_owes} but "
                            f"the lines add up to {tv['owes']}")
        sf.hline(352, 762, y - 8)
        sf.font("DejaVuSans-Bold", 7.5)
        sf.text(182, y + 1, "Claim total")
        for v, x in ((tv["billed"], 412), (tv["discount"], 478), (tv["not_covered"], 544), (printed_owes, 630),
                     (tv["paid"], 712)):
            sf.text(x, y + 1, money(v, "$"), "r")
        claims.append({"claim_id": acct, "payer_claim_id": pcn, "patient": pat,
                       "totals": claim_totals(tv["billed"], None, tv["paid"], printed_owes)})
        y += 22
    legend = [("MR", "Your coinsurance share under this plan."), ("NC", "Not a covered benefit; you may owe it.")]
    sf.font("DejaVuSans", 7.5)
    for k, v in legend:
        sf.text(30, y, f"{k} = {v}")
        y += 10
    sf.text(30, 590, "Questions? Call 1-877-555-0190. Keep this statement for your records.")
    pages = sf.page
    sf.save()
    write_truth(out / f"{name}.pdf", name, producer, pages, "commercial claims detail, landscape, four members",
                lines, claims, legend, findings)


# =============================================================================================== s03
def s03(out: Path):
    name, producer = "s03_summary_notice_partb", "reportlab"
    sf = Surface(out / f"{name}.pdf", producer, title="Medicare Summary Notice")
    st = PlanState(ded_left=Decimal("60.00"))
    pat = "WILHELMINA A. OSTRANDER"
    spec = [("26-013-0442-5520-00", "Kettle Creek Outpatient Rehab", "Dr. Priya Venkataraman",
             [(0, "97163", 1), (0, "97110", 2), (2, "97110", 2), (2, "97140", 1), (4, "97116", 2), (7, "97110", 2),
              (7, "97140", 1), (9, "97116", 2), (9, "97035", 1, "PR"), (11, "97110", 2), (11, "97112", 1),
              (13, "97116", 2)]),
            ("26-027-0119-3307-00", "Kettle Creek Outpatient Rehab", "Dr. Priya Venkataraman",
             [(14, "97110", 2), (14, "97112", 1), (16, "97110", 2), (16, "97530", 1), (18, "97112", 2),
              (21, "97110", 2), (21, "97140", 1), (23, "97110", 2), (23, "97116", 1), (25, "97112", 2),
              (28, "97110", 2), (28, "97140", 1), (30, "97530", 2), (30, "97110", 1)]),
            ("26-031-0875-0042-00", "Aspen Ridge Family Clinic", None, [(22, "99213", 1)])]
    lines, claims = [], []
    cols = [("Service Provided &\nBilling Code", 40, "l"), ("Service\nApproved?", 236, "c"),
            ("Amount\nProvider\nCharged", 318, "r"), ("Medicare-\nApproved\nAmount", 390, "r"),
            ("Medicare\nPaid\nProvider", 460, "r"), ("Maximum\nYou May\nBe Billed", 530, "r"),
            ("See\nNotes", 548, "l")]
    y = 0.0

    def furniture():
        sf.font("DejaVuSerif-Bold", 12)
        sf.text(40, 44, "Medicare Summary Notice for Part B (Medical Insurance)")
        sf.font("DejaVuSerif", 7.5)
        sf.text(40, 56, f"{pat}   ·   Notice for January 1 - March 31, 2026")
        sf.text(572, 770, pg(sf, name), "r")
        sf.hline(40, 572, 62, 1)

    def colhead():
        nonlocal y
        sf.font("DejaVuSerif-Bold", 6.8)
        for h, x, al in cols:
            for k, part in enumerate(h.split("\n")):
                sf.text(x if al != "l" or x != 40 else x, y + 8 * k, part, al)
        sf.hline(40, 572, y + 20)
        y += 30

    sf.new_page()
    furniture()
    sf.box(40, 76, 300, 120)
    sf.box(352, 76, 220, 120, fill=0.93)
    sf.font("DejaVuSerif-Bold", 9)
    sf.text(48, 92, "Your Claims & Costs This Period")
    sf.text(360, 92, "Your Deductible Status")
    sf.font("DejaVuSerif", 8)
    sf.text(48, 108, "Did Medicare approve all services?  NO")
    sf.text(48, 120, "See claim 26-013-0442-5520-00.")
    sf.text(48, 136, "Number of claims in this notice: 3")
    sf.text(360, 108, "Part of your yearly Part B deductible was")
    sf.text(360, 120, "applied to a service on this notice. It is")
    sf.text(360, 132, "now met for 2026.")
    sf.font("DejaVuSerif", 7.5)
    sf.text(40, 220, "WILHELMINA A. OSTRANDER · 48 Thornapple Court · Millbrae Junction, WI 54401")
    sf.text(40, 232, "Medicare Number 7TK2-QW5-RM81")
    sf.font("DejaVuSerif-Bold", 9)
    sf.text(40, 256, "Your Claims for Part B (Medical Insurance)")
    sf.font("DejaVuSerif", 7.5)
    sf.text(40, 268, "Part B helps pay for doctors' services, outpatient therapy and some other medical services.")
    sf.text(40, 278, "Look at each service below. If a service was not received, call the number on this notice.")
    y = 300
    notes = [("A", "The approved amount comes from a fee schedule; the provider accepted it."),
             ("B", "Part of this approved amount went toward your yearly deductible."),
             ("C", "Medicare does not pay for this item because it was not shown to be needed."),
             ("D", "You were told in writing before the service that you may have to pay.")]
    for icn, prov, ref, items in spec:
        svcs = []
        for it in items:
            s = Svc(day(it[0]), it[1], it[2], (), denied=(it[3] if len(it) > 3 else None))
            medicare(s, st, deny_reason="50")
            s.remarks = ["C", "D"] if s.denied else (["A", "B"] if s.deductible else ["A"])
            svcs.append(s)
        if y + 80 > 740:
            sf.new_page()
            furniture()
            y = 80
        sf.font("DejaVuSerif-Bold", 8.5)
        sf.text(40, y, f"{prov}")
        sf.font("DejaVuSerif", 7.5)
        sf.text(40, y + 11, f"Claim number {icn}" + (f"   ·   Referred by: {ref}" if ref else ""))
        y += 24
        colhead()
        for s in svcs:
            if y + 12 > 740:
                sf.new_page()
                furniture()
                y = 80
                sf.font("DejaVuSerif-Bold", 8.5)
                sf.text(40, y, f"{prov}  -  Claim number {icn} (continued)")
                y += 14
                colhead()
            sf.font("DejaVuSerif", 7.5)
            vals = [f"{dfmt(s.dos, 'mdy2')}  {s.desc[:26]} ({s.code})", "No" if s.denied else "Yes",
                    money(s.billed), money(s.allowed), money(s.paid), money(s.owes), ", ".join(s.remarks)]
            for v, (_, x, al) in zip(vals, cols):
                sf.text(x, y, v, al)
            lines.append(truth_line(sf.page, s, claim_id=None, payer_claim_id=icn, patient=pat, units=False,
                                    modifiers=False, printed=("billed", "allowed", "paid", "patient_owes"),
                                    remarks=s.remarks, overrides={"description": None}))
            y += 13
        sf.hline(40, 572, y - 9)
        sf.font("DejaVuSerif-Bold", 7.5)
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        sf.text(40, y + 1, f"Total for Claim #{icn}")
        for v, x in zip(tv, (318, 390, 460, 530)):
            sf.text(x, y + 1, money(v), "r")
        claims.append({"claim_id": None, "payer_claim_id": icn, "patient": pat, "totals": claim_totals(*tv)})
        y += 24
    if y + 70 > 740:
        sf.new_page()
        furniture()
        y = 80
    sf.font("DejaVuSerif-Bold", 9)
    sf.text(40, y, "Notes for Claims Above")
    sf.font("DejaVuSerif", 7.5)
    for k, v in notes:
        y += 12
        sf.text(40, y, f"{k}  {v}")
    while sf.page < 3:
        sf.new_page()
        furniture()
        sf.font("DejaVuSerif-Bold", 10)
        sf.text(40, 90, "How to Handle Denials or Appeals")
        sf.font("DejaVuSerif", 8)
        sf.text(40, 106, "If you disagree with a coverage decision, you may ask for a redetermination within 120 days.")
    pages = sf.page
    sf.save()
    write_truth(out / f"{name}.pdf", name, producer, pages, "Medicare Summary Notice Part B style", lines, claims,
                notes)


# =============================================================================================== s04
def s04(out: Path):
    name, producer = "s04_advantage_member_eob", "fpdf2"
    sf = Surface(out / f"{name}.pdf", producer, title="Explanation of Benefits")
    st = PlanState(visit_copay=Decimal("25.00"))
    pat = "Bartholomew J. Quaye"
    spec = [("A2601-448-00921", "7781-22", "Tidewater Physical Therapy, LLC",
             [(d, c, u, ("GP",), *(("CO",) if c == "97035" else ()))
              for d, c, u in ((0, "97161", 1), (0, "97110", 2), (2, "97110", 2), (2, "97140", 1), (4, "97110", 2),
                              (4, "97112", 1), (7, "97110", 2), (7, "97140", 1), (9, "97110", 3), (9, "97035", 1),
                              (11, "97112", 2), (14, "97110", 2), (14, "97140", 1), (16, "97110", 2),
                              (16, "97530", 1), (18, "97110", 2), (18, "97116", 1), (21, "97112", 2),
                              (21, "97140", 1), (23, "97110", 2), (23, "97530", 1), (25, "97110", 2),
                              (25, "97116", 1), (28, "97110", 2), (28, "97140", 1), (30, "97112", 2),
                              (30, "97110", 1), (32, "97110", 2), (32, "97530", 1))]),
            ("A2602-017-31448", "55-09134", "Grayling Primary Care Associates", [(18, "99214", 1, ())])]
    spec.reverse()
    lines, claims = [], []
    cols = [("Date", 36, "l"), ("Service code", 86, "l"), ("Description", 150, "l"), ("Provider's\ncharge", 360, "r"),
            ("Plan-approved\namount", 426, "r"), ("Plan's\nshare", 482, "r"), ("Your\nshare", 532, "r"),
            ("Notes", 546, "l")]
    y = 0.0

    def furn():
        sf.font("LibSerif-Bold", 13)
        sf.text(36, 44, "Heritage Crest Medicare Advantage (HMO)")
        sf.font("LibSerif", 8.5)
        sf.text(36, 57, "Explanation of Benefits, claims processed 01/05/2026-02/13/2026   ·   Member: Bartholomew J. Quaye   ·   ID HC0048812763")
        sf.text(576, 772, pg(sf, name), "r")
        sf.text(36, 772, "H5570_EOB26 · This notice is not a bill.")
        sf.hline(36, 576, 63)

    def colhead():
        nonlocal y
        sf.font("LibSerif-Bold", 8)
        for h, x, al in cols:
            for k, part in enumerate(h.split("\n")):
                sf.text(x, y + 9 * k, part, al)
        sf.hline(36, 576, y + 13)
        y += 24

    sf.new_page()
    furn()
    sf.box(36, 76, 540, 70)
    sf.font("LibSerif-Bold", 10)
    sf.text(44, 92, "Part 1: Your costs for covered medical care")
    sf.font("LibSerif", 9)
    sf.text(44, 108, "Total you paid toward your out-of-pocket maximum this year: $225.00")
    sf.text(44, 122, "Your yearly out-of-pocket maximum for in-network care: $4,900.00")
    sf.text(44, 136, "You have $4,675.00 left before you reach it.")
    y = 164
    sf.font("LibSerif-Bold", 9)
    for x, t in ((44, "Totals"), (300, "This month"), (420, "This year")):
        sf.text(x, y, t)
    sf.font("LibSerif", 9)
    for r, (lab, a, b_) in enumerate((("Plan's share", "$1,486.20", "$1,486.20"), ("Your share", "$225.00", "$225.00"),
                                      ("Prescription drugs", "$0.00", "$0.00"), ("Total cost of care", "$1,711.20",
                                                                                 "$1,711.20"))):
        sf.text(44, y + 13 * (r + 1), lab)
        sf.text(300, y + 13 * (r + 1), a)
        sf.text(420, y + 13 * (r + 1), b_)
    y = 250
    sf.font("LibSerif-Bold", 10)
    sf.text(36, y, "Part 2: Your medical claims this month")
    y += 18
    notes = [("a", "You pay a $25 copay once for each therapy visit date."),
             ("b", "This service is bundled into another service on the same day and is not paid separately.")]
    for pcn, ref, prov, items in spec:
        svcs = []
        for it in items:
            s = Svc(day(it[0]), it[1], it[2], it[3], denied=(it[4] if len(it) > 4 else None))
            medicare_like = commercial(s, st, deny_reason="97")
            s = medicare_like
            s.remarks = ["b"] if s.denied else (["a"] if s.copay else [])
            svcs.append(s)
        if y + 80 > 730:
            sf.new_page()
            furn()
            y = 84
        sf.font("LibSerif-Bold", 9)
        sf.text(36, y, f"Claim {pcn}   Provider: {prov}")
        sf.font("LibSerif", 8.5)
        sf.text(36, y + 11, f"Your provider's reference number: {ref}")
        y += 24
        colhead()
        for s in svcs:
            if y + 15 > 730:
                sf.new_page()
                furn()
                y = 84
                sf.font("LibSerif-Bold", 9)
                sf.text(36, y, f"Claim {pcn} (continued)   Provider: {prov}")
                y += 16
                colhead()
            sf.font("LibSerif", 9.5)
            vals = [dfmt(s.dos, "mdy4"), f"{s.code} {' '.join(s.mods)}", s.desc[:34], money(s.billed),
                    money(s.allowed), money(s.paid), money(s.owes), " ".join(s.remarks)]
            for v, (_, x, al) in zip(vals, cols):
                sf.text(x, y, v, al)
            lines.append(truth_line(sf.page, s, claim_id=ref, payer_claim_id=pcn, patient=pat, units=False,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks,
                                    overrides={"description": None}))
            y += 15
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        sf.hline(300, 576, y - 9)
        sf.font("LibSerif-Bold", 8.5)
        sf.text(150, y + 1, "Claim total")
        for v, x in zip(tv, (360, 426, 482, 532)):
            sf.text(x, y + 1, money(v), "r")
        claims.append({"claim_id": ref, "payer_claim_id": pcn, "patient": pat, "totals": claim_totals(*tv)})
        y += 28
    sf.font("LibSerif-Bold", 9)
    sf.text(36, y, "Notes")
    sf.font("LibSerif", 8.5)
    for k, v in notes:
        y += 12
        sf.text(36, y, f"{k}. {v}")
    sf.new_page()
    furn()
    sf.font("LibSerif-Bold", 10)
    sf.text(36, 90, "Part 3: Your rights to ask for a review")
    sf.font("LibSerif", 9)
    sf.text(36, 106, "If we denied a service, you or your provider can ask us to look at it again within 65 days.")
    pages = sf.page
    sf.save()
    write_truth(out / f"{name}.pdf", name, producer, pages, "Medicare Advantage member EOB", lines, claims, notes)


# =============================================================================================== r05
def r05(out: Path):
    name, producer = "r05_medicaid_ra_courier", "reportlab"
    sf = Surface(out / f"{name}.pdf", producer, landscape=True, title="Remittance Advice")
    lines, claims = [], []
    row_fmt = "{ln:>3} {f:<10} {t:<10} {p:<6} {m1:<3}{m2:<3} {u:>6} {b:>10} {a:>10} {tpl:>8} {pd:>10}  {eob}"
    head = row_fmt.format(ln="LN", f="FROM-DOS", t="TO-DOS", p="PROC", m1="M1", m2="M2", u="UNITS", b="BILLED",
                          a="ALLOWED", tpl="TPL", pd="PAID", eob="EOB CODES")
    y = 0.0

    def furn():
        nonlocal y
        sf.font("Courier-Bold", 9)
        sf.text(40, 40, "STATE OF NORTH ALDERIA  -  DEPARTMENT OF HEALTH SERVICES  -  MEDICAL ASSISTANCE PROGRAM")
        sf.font("Courier", 8)
        sf.text(40, 52, "REMITTANCE ADVICE     PROVIDER: WILLOW BEND THERAPY GROUP     PROV ID: 0044718902")
        sf.text(40, 62, "RA NUMBER: 0002261903   PAYMENT DATE: 02/06/2026   " + pg(sf, name, "PAGE {n} OF {t}"))
        sf.hline(40, 752, 68)
        y = 82
        sf.font("Courier-Bold", 8)
        sf.text(40, y, head)
        sf.hline(40, 752, y + 3)
        y += 14
        sf.font("Courier", 8)

    def need(h):
        if y + h > 570:
            sf.new_page()
            furn()
            return True
        return False

    def st_line(ln, s, eob, neg_parens=False):
        f = (lambda d: money(d, "", "()")) if neg_parens else (lambda d: money(d, ""))
        m = list(s.mods) + ["", ""]
        return row_fmt.format(ln=ln, f=dfmt(s.dos, "mdy4"), t=dfmt(s.end or s.dos, "mdy4"), p=s.code, m1=m[0],
                              m2=m[1], u=f"{s.units:.2f}", b=f(s.billed), a=f(s.allowed), tpl="0.00", pd=f(s.paid),
                              eob=" ".join(eob))

    recips = [("TORRES-BLAKE, ANIKA", "200145987", "OT4410"), ("NGUYEN-HALE, DOMINIC", "200388104", "OT4423"),
              ("FAIRWEATHER, JUNE", "200019277", "ST1187"), ("OKONKWO, CHIDI", "200502316", "OT4431")]
    sections = {
        "PAID CLAIMS": [
            (recips[1], "2026034000712", [(1, "97530", 2, ("GO",)), (8, "97530", 2, ("GO",)), (15, "97110", 3, ("GO",))]),
            (recips[2], "2026034000713", [(2, "92523", 1, ("GN",)), (9, "92507", 1, ("GN",)), (16, "92507", 1, ("GN",))]),
            (("LACHANCE, MIREILLE", "200611450", "OT4439"), "2026034000716",
             [(1, "97165", 1, ("GO",)), (1, "97530", 2, ("GO",)), (6, "97530", 3, ("GO",)), (6, "97112", 1, ("GO",)),
              (13, "97530", 2, ("GO",)), (13, "97535", 1, ("GO",)), (20, "97530", 3, ("GO",)),
              (20, "97140", 1, ("GO", "59"))]),
            (recips[0], "2026034000711", [(0, "97166", 1, ("GO",)), (0, "97530", 2, ("GO",)), (3, "97530", 3, ("GO",)),
                                         (3, "97535", 1, ("GO",)), (7, "97530", 2, ("GO",)), (7, "97110", 2, ("GO",)),
                                         (10, "97530", 3, ("GO",)), (10, "97140", 1, ("GO", "59")),
                                         (14, "97530", 2, ("GO",)), (14, "97535", 2, ("GO",)), (17, "97530", 3, ("GO",)),
                                         (17, "97112", 1, ("GO",)), (21, "97530", 2, ("GO",)), (21, "97110", 1, ("GO",)),
                                         (24, "97530", 3, ("GO",)), (24, "97535", 1, ("GO",)), (28, "97168", 1, ("GO",)),
                                         (28, "97530", 2, ("GO",)), (31, "97530", 2, ("GO",)), (31, "97110", 2, ("GO",)),
                                         (35, "97530", 3, ("GO",)), (35, "97535", 1, ("GO",)), (38, "97530", 2, ("GO",)),
                                         (38, "97112", 2, ("GO",))]),
        ],
        "DENIED CLAIMS": [(recips[3], "2026034000714", [(4, "97530", 4, ("GO",), "D"), (4, "97535", 2, ("GO",), "D")])],
    }
    legend = [("0101", "PAID ACCORDING TO THE PROGRAM FEE SCHEDULE."),
              ("0310", "SERVICE NEEDS PRIOR APPROVAL; NONE ON FILE FOR THESE DATES."),
              ("0915", "CREDIT OF A CLAIM PAID EARLIER. AMOUNTS ARE RECOVERED."),
              ("0916", "REPLACEMENT OF THE CREDITED CLAIM.")]
    sf.new_page()
    furn()

    def emit_claim(recip, icn, svcs, eobs, parens=False):
        nonlocal y
        need(40)
        sf.font("Courier-Bold", 8)
        sf.text(40, y, f"RECIP NAME: {recip[0]:<24} RECIP ID: {recip[1]}   ICN: {icn}   PAT ACCT: {recip[2]}")
        y += 12
        sf.font("Courier", 8)
        for i, (s, eob) in enumerate(zip(svcs, eobs), 1):
            if need(12):
                sf.font("Courier-Bold", 8)
                sf.text(40, y, f"RECIP NAME: {recip[0]:<24} ICN: {icn}   (CONTINUED)")
                y += 12
                sf.font("Courier", 8)
            sf.text(40, y, st_line(f"{i:02d}", s, eob, parens))
            lines.append(truth_line(sf.page, s, claim_id=recip[2], payer_claim_id=icn, patient=recip[0],
                                    printed=("billed", "allowed", "paid"), remarks=eob, service_end=s.end or s.dos,
                                    overrides={"description": None}))
            y += 11
        f = (lambda d: money(d, "", "()")) if parens else (lambda d: money(d, ""))
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid")]
        sf.font("Courier-Bold", 8)
        sf.text(40, y, f"{'':>3} {'CLAIM TOTAL':<31} {'':>6} {f(tv[0]):>10} {f(tv[1]):>10} {'0.00':>8} {f(tv[2]):>10}")
        claims.append({"claim_id": recip[2], "payer_claim_id": icn, "patient": recip[0],
                       "totals": claim_totals(tv[0], tv[1], tv[2])})
        y += 18

    for sec, cl in sections.items():
        need(50)
        sf.font("Courier-Bold", 9)
        sf.text(40, y, f"*** {sec} ***")
        y += 14
        for recip, icn, items in cl:
            svcs = []
            for it in items:
                s = Svc(day(it[0]), it[1], it[2], it[3], denied=(it[4] if len(it) > 4 else None))
                medicaid(s)
                svcs.append(s)
            emit_claim(recip, icn, svcs, [["0310"] if s.denied else ["0101"] for s in svcs])
    need(60)
    sf.font("Courier-Bold", 9)
    sf.text(40, y, "*** ADJUSTMENTS ***")
    y += 14
    orig = [medicaid(Svc(day(-20), "97530", 2, ("GO",))), medicaid(Svc(day(-20), "97110", 1, ("GO",)))]
    emit_claim(recips[1], "2025352009117", [negate(s) for s in orig], [["0915"], ["0915"]], parens=True)
    repl = [medicaid(Svc(day(-20), "97530", 3, ("GO",))), medicaid(Svc(day(-20), "97110", 1, ("GO",)))]
    emit_claim(recips[1], "2026034000715", repl, [["0916"], ["0916"]])
    need(70)
    sf.font("Courier-Bold", 8)
    sf.text(40, y, "EOB CODE GLOSSARY")
    sf.font("Courier", 8)
    for k, v in legend:
        y += 11
        sf.text(40, y, f"{k}  {v}")
    pages = sf.page
    sf.save()
    write_truth(out / f"{name}.pdf", name, producer, pages, "state Medicaid RA, fixed-width Courier", lines, claims,
                legend)


# =============================================================================================== r06
def r06(out: Path):
    name, producer = "r06_medicaid_payment_register", "fpdf2"
    sf = Surface(out / f"{name}.pdf", producer, title="Payment Register")
    lines, claims = [], []
    cols = [("Dtl", 30, "l"), ("From", 50, "l"), ("To", 98, "l"), ("Proc", 146, "l"), ("Mods", 178, "l"),
            ("Qty", 222, "r"), ("Charge", 272, "r"), ("Allowed", 322, "r"), ("Cutback", 370, "r"),
            ("Adj Rsn", 378, "l"), ("Payment", 462, "r"), ("RARC", 470, "l")]
    y = 0.0

    def furn():
        nonlocal y
        sf.font("DejaVuSansCond-Bold", 11)
        sf.text(30, 40, "Commonwealth of Pell Harbor · Medical Assistance Payment Register")
        sf.font("DejaVuSansCond", 7.5)
        sf.text(30, 52, "Payee: Brightwater Speech & Occupational Therapy   NPI 1407723318   Warrant 81450092   "
                        "Issue date 02/11/2026")
        sf.text(582, 770, pg(sf, name), "r")
        sf.hline(30, 582, 58)
        y = 72

    def colhead():
        nonlocal y
        sf.font("DejaVuSansCond-Bold", 7)
        for h, x, al in cols:
            sf.text(x, y, h, al)
        sf.hline(30, 582, y + 3)
        y += 12
        sf.font("DejaVuSansCond", 7.5)

    sf.new_page()
    furn()
    legend = [("N130", "Check the program's coverage rules for this service."),
              ("M86", "Service was billed on the same date with a related service.")]
    spec = [
            ("Marcus Ferreira-Tan", "9200184488", "2602014071831", "BW-70244", "PAID",
             [((1, 1), "92523", 1, ("GN",)), ((8, 8), "92507", 1, ("GN",)), ((15, 15), "92507", 1, ("GN",)),
              ((22, 22), "92610", 1, ())]),
            ("Delphine Arkwright", "9200377015", "2602014071832", "BW-70260", "PAID",
             [((3, 3), "97165", 1, ("GO",)), ((10, 10), "97530", 3, ("GO",))]),
            ("Rowan Estabrook", "9200410963", "2602014071833", "BW-70275", "PAID",
             [((0, 0), "97166", 1, ("GO",)), ((0, 0), "97530", 2, ("GO",)), ((5, 5), "97530", 3, ("GO",)),
              ((5, 5), "97535", 1, ("GO",)), ((12, 12), "97530", 2, ("GO",)), ((12, 12), "97112", 2, ("GO",)),
              ((19, 19), "97530", 3, ("GO",)), ((19, 19), "97535", 1, ("GO",)), ((26, 26), "97530", 2, ("GO",)),
              ((26, 26), "97110", 2, ("GO",)), ((33, 33), "97530", 3, ("GO",)), ((33, 33), "97168", 1, ("GO",))]),
            ("Lucia Ferreira-Tan", "9200184471", "2602014071830", "BW-70211", "PAID",
             [((0, 4), "97530", 8, ("GO",)), ((0, 4), "97535", 2, ("GO",)), ((7, 11), "97530", 8, ("GO",)),
              ((7, 11), "97112", 2, ("GO",)), ((14, 18), "97530", 6, ("GO",)), ((14, 18), "97535", 3, ("GO",)),
              ((21, 25), "97530", 8, ("GO",)), ((21, 25), "97110", 2, ("GO",)), ((28, 32), "97530", 8, ("GO",)),
              ((28, 32), "97535", 2, ("GO",)), ((35, 39), "97530", 6, ("GO",)), ((35, 39), "97112", 2, ("GO",)),
              ((42, 46), "97530", 8, ("GO",)), ((42, 46), "97140", 2, ("GO", "59")), ((49, 53), "97530", 8, ("GO",)),
              ((49, 53), "97535", 2, ("GO",)), ((2, 2), "97168", 1, ("GO",)), ((2, 2), "97760", 2, ("GO",), "D")])]
    for pat, mid, tcn, pcn, status, items in spec:
        svcs = []
        for it in items:
            s = Svc(day(it[0][0]), it[1], it[2], it[3], end=day(it[0][1]), denied=(it[4] if len(it) > 4 else None))
            medicaid(s, deny_reason="96")
            if s.denied:
                s.remarks = ["M86"]
            elif s.code == "92610":
                s.remarks = ["N130"]
            svcs.append(s)
        if y + 70 > 740:
            sf.new_page()
            furn()
        sf.box(30, y, 552, 28, fill=0.9)
        sf.font("DejaVuSansCond-Bold", 8)
        sf.text(36, y + 11, f"Client: {pat}")
        sf.text(220, y + 11, f"Medicaid #: {mid}")
        sf.text(380, y + 11, f"TCN: {tcn}")
        sf.font("DejaVuSansCond", 8)
        sf.text(36, y + 23, f"Provider claim #: {pcn}")
        sf.text(220, y + 23, f"Claim status: {status}")
        y += 40
        colhead()
        for i, s in enumerate(svcs, 1):
            if y + 14 > 735:
                sf.new_page()
                furn()
                sf.font("DejaVuSansCond-Bold", 8)
                sf.text(30, y, f"Client: {pat}   TCN: {tcn}   - continued -")
                y += 14
                colhead()
            adj = s.adjs[0] if s.adjs else None
            vals = [str(i), dfmt(s.dos, "mdy4"), dfmt(s.end, "mdy4"), s.code, " ".join(s.mods), units_str(s.units),
                    money(s.billed, ","), money(s.allowed, ","), money(adj[2] if adj else ZERO, ","),
                    f"{adj[0]}-{adj[1]}" if adj else "", money(s.paid, ","), " ".join(s.remarks)]
            for v, (_, x, al) in zip(vals, cols):
                sf.text(x, y, v, al)
            sf.hline(30, 582, y + 4, 0.2)
            lines.append(truth_line(sf.page, s, claim_id=pcn, payer_claim_id=tcn, patient=pat, service_end=s.end,
                                    printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks,
                                    overrides={"description": None}))
            y += 14
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid")]
        sf.font("DejaVuSansCond-Bold", 7.5)
        sf.text(146, y + 2, "Claim totals")
        for v, x in zip(tv, (272, 322)):
            sf.text(x, y + 2, money(v, ","), "r")
        sf.text(462, y + 2, money(tv[2], ","), "r")
        claims.append({"claim_id": pcn, "payer_claim_id": tcn, "patient": pat, "totals": claim_totals(*tv)})
        y += 22
    sf.font("DejaVuSansCond-Bold", 8)
    sf.text(30, y, "Remark codes on this register")
    sf.font("DejaVuSansCond", 7.5)
    for k, v in legend:
        y += 10
        sf.text(30, y, f"{k}: {v}")
    pages = sf.page
    sf.save()
    write_truth(out / f"{name}.pdf", name, producer, pages, "Medicaid payment register with spans", lines, claims,
                legend)


# =============================================================================================== p07
def p07(out: Path):
    name, producer = "p07_clearinghouse_medicare_remit", "reportlab"
    sf = Surface(out / f"{name}.pdf", producer, title="Remittance")
    lines, claims = [], []
    fmt = ("{pp:<10} {sd:<11} {pos:<3} {nos:>3} {pr:<5} {md:<5} {bl:>8} {al:>8} {de:>7} {co:>7} {gr:<7} {ga:>7} "
           "{pd:>8} {rm}")
    head = fmt.format(pp="PERF PROV", sd="SERV DATE", pos="POS", nos="NOS", pr="PROC", md="MODS", bl="BILLED",
                      al="ALLOWED", de="DEDUCT", co="COINS", gr="GRP/RC", ga="AMT", pd="PROV PD", rm="RARC")
    y = 0.0

    def furn():
        nonlocal y
        sf.font("LibMono-Bold", 8)
        sf.text(30, 36, "CLAIMSBRIDGE EXCHANGE  -  REMITTANCE VIEWER  -  PRINT OF ELECTRONIC REMIT")
        sf.font("LibMono", 7)
        sf.text(30, 47, "PAYER: TRI-RIVER GOVERNMENT BENEFITS (PART B)   PROVIDER: OAKHAVEN REHAB PARTNERS  NPI 1558223301")
        sf.text(30, 57, "CHECK/EFT #: 000847712093   DATE: 02/04/2026   " + pg(sf, name, "PAGE #: {n} OF {t}"))
        sf.hline(30, 582, 62)
        y = 74
        sf.font("LibMono-Bold", 7)
        sf.text(30, y, head)
        sf.hline(30, 582, y + 3)
        y += 13
        sf.font("LibMono", 7)

    pats = [("HOLLOWAY, GRETCHEN", "5RD8TW2JK41", "OR-20611", "0226035118440"),
            ("PRZYBYLSKI, AMOS", "2WX4NM7HQ19", "OR-20644", "0226035118441"),
            ("VANCE-OKORO, LYDIA", "8KT1EP3VB66", "OR-20652", "0226035118442")]
    items = [[(0, "97163", 1, ("GP",)), (0, "97110", 2, ("GP", "KX")), (2, "97110", 2, ("GP", "KX")),
              (2, "97140", 1, ("GP",)), (4, "97112", 2, ("GP",)), (7, "97110", 2, ("GP", "KX")),
              (7, "97140", 1, ("GP",)), (9, "97530", 2, ("GP",)), (11, "97110", 2, ("GP", "KX")),
              (11, "G0283", 1, ("GP",)), (14, "97112", 2, ("GP",)), (16, "97110", 2, ("GP", "KX")),
              (16, "97140", 1, ("GP",)), (18, "97530", 2, ("GP",)), (21, "97110", 2, ("GP", "KX")),
              (21, "97140", 1, ("GP",)), (23, "97112", 2, ("GP",)), (25, "97110", 2, ("GP",))],
             [(1, "97165", 1, ("GO",)), (3, "97530", 3, ("GO", "CO")), (8, "97535", 2, ("GO", "CO")),
              (8, "97018", 1, ("GO",), "CO")],
             [(5, "92523", 1, ("GN",)), (12, "92507", 1, ("GN",)), (19, "92507", 1, ("GN",))]]
    states = [PlanState(ded_left=Decimal("45.00")), PlanState(), PlanState(ded_left=Decimal("12.50"))]
    sf.new_page()
    furn()
    for (pname, mid, acnt, icn), its, stt in zip(pats, items, states):
        svcs = []
        for it in its:
            s = Svc(day(it[0]), it[1], it[2], it[3], denied=(it[4] if len(it) > 4 else None))
            medicare(s, stt, deny_reason="97")
            s.remarks = ["M15"] if s.denied else []
            svcs.append(s)
        if y + 50 > 740:
            sf.new_page()
            furn()
        sf.font("LibMono", 7)
        sf.text(30, y, f"NAME {pname:<20} MID {mid}  ACNT {acnt}  ICN {icn}  ASG Y  MOA MA01")
        y += 11
        for s in svcs:
            need_rows = max(1, len(s.adjs))
            if y + 10 * need_rows > 745:
                sf.new_page()
                furn()
                sf.text(30, y, f"NAME {pname:<20} ICN {icn}  (CONT)")
                y += 11
            a0 = s.adjs[0]
            sd = f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}"
            row = fmt.format(pp="1558223301", sd=sd, pos="11", nos=units_str(s.units), pr=s.code,
                             md=" ".join(s.mods), bl=money(s.billed, ""), al=money(s.allowed, ""),
                             de=money(s.deductible, ""), co=money(s.coinsurance, ""), gr=f"{a0[0]}-{a0[1]}",
                             ga=money(a0[2], ""), pd=money(s.paid, ""), rm=" ".join(s.remarks))
            sf.text(30, y, row)
            y += 10
            for g, c, a in s.adjs[1:]:
                sf.text(30, y, " " * 66 + f"{g}-{c:<4}  {money(a, ''):>7}")
                y += 10
            lines.append(truth_line(sf.page, s, claim_id=acnt, payer_claim_id=icn, patient=pname,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks, overrides={"description": None}))
        tv = [total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")]
        sf.font("LibMono-Bold", 7)
        sf.text(30, y, fmt.format(pp="PT RESP", sd=money(tv[5], ""), pos="", nos="", pr="CLAIM", md="TOTALS",
                                  bl=money(tv[0], ""), al=money(tv[1], ""), de=money(tv[2], ""),
                                  co=money(tv[3], ""), gr="", ga="", pd=money(tv[4], ""), rm=""))
        claims.append({"claim_id": acnt, "payer_claim_id": icn, "patient": pname,
                       "totals": claim_totals(tv[0], tv[1], tv[4], None)})
        y += 18
    sf.font("LibMono", 7)
    sf.text(30, y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES")
    legend = [("MA01", "Appeal rights notice: you may ask for a review of this decision."),
              ("M15", "Billed separately, but this service is part of another one paid on the same day.")]
    for i, (k, v) in enumerate(legend):
        sf.text(30, y + 10 * (i + 1), f"{k}  {v}")
    pages = sf.page
    sf.save()
    write_truth(out / f"{name}.pdf", name, producer, pages, "clearinghouse print of a Medicare remit", lines, claims,
                legend)


# =============================================================================================== p08
def p08(out: Path):
    name, producer = "p08_pm_era_posting_detail", "fpdf2"
    sf = Surface(out / f"{name}.pdf", producer, landscape=True, title="ERA Posting Detail")
    lines, claims = [], []
    cols = [("Patient", 24, 92), ("Acct #", 116, 46), ("Payer Claim #", 162, 70), ("Svc Date", 232, 44),
            ("CPT", 276, 30), ("Mod", 306, 30), ("Units", 336, 26), ("Charge", 362, 46), ("Allowed", 408, 46),
            ("Deduct", 454, 40), ("Coins", 494, 40), ("Adj Grp-Rsn Amt", 534, 130), ("Paid", 664, 46),
            ("Rmk", 710, 58)]
    y = 0.0

    def furn():
        nonlocal y
        sf.font("LibNarrow-Bold", 12)
        sf.text(24, 36, "PracticeDesk PM  ·  ERA Posting Detail")
        sf.font("LibNarrow", 8)
        sf.text(24, 48, "Payer: Prairie Shield Health Insurance Co.   EFT trace 1PSH0094418832   Deposit 02/03/2026   "
                        "Practice: Maple Row Therapy & Wellness")
        sf.text(768, 48, pg(sf, name), "r")
        y = 60
        sf.box(24, y, 744, 14, fill=0.85)
        sf.font("LibNarrow-Bold", 7.5)
        for h, x, w in cols:
            sf.text(x + 2, y + 10, h)
        y += 14
        sf.font("LibNarrow", 7.5)

    st = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.20"))
    spec = [("Ramos, Ellery", "MR10442", "PSH26019004417", [(0, "97166", 1, ("GO",)), (0, "97530", 2, ("GO",)),
                                                           (6, "97530", 3, ("GO",)), (6, "97140", 1, ("GO", "59"))]),
            ("Whitcombe, Nadia", "MR10457", "PSH26019004418", [(1, "97162" if False else "97161", 1, ("GP",)),
                                                              (1, "97110", 2, ("GP",)), (8, "97110", 3, ("GP",)),
                                                              (8, "97112", 1, ("GP",)), (15, "97110", 2, ("GP",)),
                                                              (15, "97116", 2, ("GP",)), (22, "97110", 2, ("GP",)),
                                                              (22, "97140", 2, ("GP",))]),
            ("Ramos, Tobiah", "MR10461", "PSH26019004419", [(2, "92523", 1, ("GN",)), (9, "92507", 1, ("GN",)),
                                                           (16, "92507", 1, ("GN",)), (23, "92526", 1, ("GN",), "CO")]),
            ("Ishikawa, Bram", "MR10470", "PSH26019004420", [(3, "99214", 1, ()), (3, "E0731", 1, ("NU",)),
                                                            (10, "97035", 2, ("GP",)), (10, "97110", 2, ("GP",))])]
    sf.new_page()
    furn()
    rev_src = [commercial(Svc(day(-14), "97530", 2, ("GO",)), PlanState())]

    def row(pat, acct, pcn, s):
        nonlocal y
        adjs = s.adjs
        h = 12 * max(1, len(adjs))
        if y + h > 560:
            sf.new_page()
            furn()
        vals = [pat, acct, pcn, dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units),
                money(s.billed, ","), money(s.allowed, ","), money(s.deductible, ","), money(s.coinsurance, ","),
                None, money(s.paid, ","), " ".join(s.remarks)]
        for v, (_, x, w) in zip(vals, cols):
            sf.box(x, y, w, h)
            if v is None:
                for k, (g, c, a) in enumerate(adjs):
                    sf.text(x + 2, y + 9 + 12 * k, f"{g}-{c} {money(a, ',')}")
            elif x >= 336 and x < 710:
                sf.text(x + w - 2, y + 9, v, "r")
            else:
                sf.text(x + 2, y + 9, v)
        y += h
        lines.append(truth_line(sf.page, s, claim_id=acct, payer_claim_id=pcn, patient=pat,
                                printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=adjs,
                                remarks=s.remarks, overrides={"description": None}))

    for pat, acct, pcn, its in spec:
        svcs = []
        for it in its:
            s = Svc(day(it[0]), it[1], it[2], it[3], denied=(it[4] if len(it) > 4 else None))
            commercial(s, st, deny_reason="B15")
            if s.denied:
                s.remarks = ["N19"]
            svcs.append(s)
        for s in svcs:
            row(pat, acct, pcn, s)
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid")]
        sf.font("LibNarrow-Bold", 7.5)
        sf.text(276, y + 9, f"Claim {pcn} totals")
        sf.text(406, y + 9, money(tv[0], ","), "r")
        sf.text(452, y + 9, money(tv[1], ","), "r")
        sf.text(708, y + 9, money(tv[2], ","), "r")
        sf.font("LibNarrow", 7.5)
        claims.append({"claim_id": acct, "payer_claim_id": pcn, "patient": pat, "totals": claim_totals(*tv)})
        y += 16
    # reversal of an earlier claim
    rv = [negate(s) for s in rev_src]
    for s in rv:
        s.remarks = ["N4"]
        row("Ramos, Ellery", "MR10398", "PSH26004001166", s)
    tv = [total(rv, a) for a in ("billed", "allowed", "paid")]
    claims.append({"claim_id": "MR10398", "payer_claim_id": "PSH26004001166", "patient": "Ramos, Ellery",
                   "totals": claim_totals(*tv)})
    sf.font("LibNarrow-Bold", 7.5)
    sf.text(276, y + 9, "Claim PSH26004001166 totals")
    sf.text(406, y + 9, money(tv[0], ","), "r")
    sf.text(452, y + 9, money(tv[1], ","), "r")
    sf.text(708, y + 9, money(tv[2], ","), "r")
    y += 24
    legend = [("N19", "Procedure code is not consistent with the bill type."), ("N4", "Claim reversed; see new claim.")]
    sf.font("LibNarrow", 7.5)
    for k, v in legend:
        sf.text(24, y, f"{k}  {v}")
        y += 10
    pages = sf.page
    sf.save()
    write_truth(out / f"{name}.pdf", name, producer, pages, "PM ERA posting detail grid", lines, claims, legend)


# =============================================================================================== f09
def f09(out: Path):
    name, producer = "f09_clinic_family_statement", "reportlab"
    sf = Surface(out / f"{name}.pdf", producer, title="Statement")
    lines, claims = [], []
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"))
    cols = [("Date", 36, "l"), ("Patient", 84, "l"), ("Description", 160, "l"), ("CPT", 292, "l"),
            ("Units", 352, "r"), ("Charge", 404, "r"), ("Ins Paid", 454, "r"), ("Adjustment", 510, "r"),
            ("Your Balance", 576, "r")]
    y = 0.0
    sf.new_page()
    sf.font("DejaVuSans-Bold", 13)
    sf.text(36, 44, "Cedar Hollow Pediatric Therapy")
    sf.font("DejaVuSans", 7.5)
    for i, t in enumerate(("915 Larkspur Way, Suite 3", "Tamsen Bay, ME 04011", "Billing office (207) 555-0133")):
        sf.text(36, 56 + 10 * i, t)
    sf.box(372, 34, 204, 78)
    sf.font("DejaVuSans-Bold", 8)
    sf.text(380, 48, "STATEMENT DATE  02/10/2026")
    sf.text(380, 60, "GUARANTOR ACCT  G-30118")
    sf.text(380, 72, "AMOUNT DUE")
    sf.text(380, 96, "PAY THIS AMOUNT BY 03/05/2026")
    sf.font("DejaVuSans", 8)
    sf.text(36, 110, "Olumide Baptiste")
    sf.text(36, 120, "66 Fernbrook Road, Tamsen Bay, ME 04012")
    sf.hline(36, 576, 130, 1)
    y = 146
    sf.font("DejaVuSans-Bold", 7.5)
    for h, x, al in cols:
        sf.text(x, y, h, al)
    sf.hline(36, 576, y + 3)
    y += 14
    kids = {"Zuri Baptiste": [("V-77120", "MH26011904", [(0, "97165", 1, ("GO",)), (0, "97530", 2, ("GO",))]),
                              ("V-77188", "MH26012611", [(7, "97530", 3, ("GO",)), (7, "97535", 1, ("GO",))]),
                              ("V-77245", "MH26020233", [(14, "97530", 2, ("GO",)), (14, "97112", 1, ("GO",))]),
                              ("V-77301", "MH26020947", [(21, "97530", 2, ("GO",)), (21, "97535", 2, ("GO",))]),
                              ("V-77352", "MH26021372", [(28, "97530", 3, ("GO",)), (28, "97112", 1, ("GO",))]),
                              ("V-77410", "MH26021840", [(35, "97530", 2, ("GO",)), (35, "97535", 1, ("GO",))])],
            "Kofi Baptiste": [("V-77131", "MH26011921", [(1, "92523", 1, ("GN",))]),
                              ("V-77199", "MH26012640", [(8, "92507", 1, ("GN",))]),
                              ("V-77262", "MH26020258", [(15, "92507", 1, ("GN",)), (15, "92526", 1, ("GN",))]),
                              ("V-77318", "MH26021105", [(22, "92507", 1, ("GN",))]),
                              ("V-77371", "MH26021566", [(29, "92507", 1, ("GN",)), (29, "92526", 1, ("GN",))]),
                              ("V-77425", "MH26022019", [(36, "92507", 1, ("GN",))])],
            "Ama Baptiste": [("V-77140", "MH26011937", [(2, "97166", 1, ("GO",)), (2, "97760", 1, ("GO",)),
                                                         (2, "L3807", 1, ("LT",))]),
                             ("V-77277", "MH26020261", [(16, "97530", 2, ("GO",)), (16, "97140", 1, ("GO",))]),
                             ("V-77333", "MH26021219", [(23, "97530", 2, ("GO",)), (23, "97535", 1, ("GO",))]),
                             ("V-77389", "MH26021707", [(30, "97168", 1, ("GO",)), (30, "97530", 2, ("GO",))])]}
    visits = []
    for pat, vs in kids.items():
        for vid, icn, its in vs:
            visits.append((day(its[0][0]), pat, vid, icn, its))
    visits.sort(key=lambda v: (v[0], v[2]))
    grand = ZERO
    pages_planned = 2

    def need(h):
        nonlocal y
        if y + h > 740:
            sf.font("DejaVuSans", 7.5)
            sf.text(576, 770, "continued on next page", "r")
            sf.new_page()
            sf.font("DejaVuSans", 7.5)
            sf.text(36, 40, f"Cedar Hollow Pediatric Therapy · Guarantor G-30118 · Olumide Baptiste · page {sf.page}")
            y = 64

    for dos, pat, vid, icn, its in visits:
        svcs = []
        for it in its:
            s = Svc(day(it[0]), it[1], it[2], it[3])
            commercial(s, st)
            svcs.append(s)
        need(14 + 12 * len(svcs))
        sf.font("DejaVuSans-Bold", 7.5)
        sf.text(36, y, f"Visit {vid} · {pat} · Insurance: Maplehurst Health · Ins claim {icn}")
        y += 12
        sf.font("DejaVuSans", 7.5)
        for s in svcs:
            adj = s.discount
            vals = [dfmt(s.dos, "mdy4"), pat.split()[0], s.desc[:24], mods_join(s, " "), units_str(s.units),
                    money(s.billed, ","), money(s.paid, ","), money(adj, ","), money(s.owes, ",")]
            for v, (_, x, al) in zip(vals, cols):
                sf.text(x, y, v, al)
            lines.append(truth_line(sf.page, s, claim_id=vid, payer_claim_id=icn, patient=pat,
                                    printed=("billed", "discount", "paid", "patient_owes"),
                                    overrides={"description": None}))
            y += 12
            grand += s.owes
        claims.append({"claim_id": vid, "payer_claim_id": icn, "patient": pat,
                       "totals": claim_totals(None, None, None, None)})
        if vid in ("V-77188", "V-77262"):
            pay = Decimal("40.00")
            sf.text(36, y, dfmt(day(24), "mdy4"))
            sf.text(160, y, "Patient payment - thank you")
            sf.text(576, y, money(-pay, ","), "r")
            grand -= pay
            y += 12
        y += 4
    # Statement lines show first names only in the Patient column; the visit heading carries the full name.
    need(40)
    sf.hline(36, 576, y)
    sf.font("DejaVuSans-Bold", 9)
    sf.text(452, y + 14, "Balance due", "r")
    sf.text(576, y + 14, money(grand, "$"), "r")
    sf.font("DejaVuSans", 7.5)
    sf.text(36, 760, "Questions about your bill? Call (207) 555-0133, Mon-Fri 8-4. We accept cards, checks and HSA cards.")
    pages = sf.page
    sf.save()
    _ = pages_planned
    write_truth(out / f"{name}.pdf", name, producer, pages, "therapy clinic family statement", lines, claims, [])


# =============================================================================================== f10
def f10(out: Path):
    name, producer = "f10_hospital_guarantor_statement", "fpdf2"
    sf = Surface(out / f"{name}.pdf", producer, title="Guarantor Statement")
    lines, claims = [], []
    cols = [("Date", 40, "l"), ("Rev", 98, "l"), ("CPT/HCPCS", 126, "l"), ("Description", 190, "l"),
            ("Qty", 470, "r"), ("Charges", 570, "r")]
    rev = {"97530": "0430", "97535": "0430", "97165": "0434", "97166": "0434", "97168": "0434", "97110": "0420",
           "97112": "0420", "97161": "0424", "97140": "0420", "92507": "0440", "92523": "0444", "97760": "0430",
           "L3807": "0274"}
    y = 0.0

    def furn():
        nonlocal y
        sf.font("LibSerif-Bold", 13)
        sf.text(40, 42, "Lakemont Children's Hospital")
        sf.font("LibSerif", 8.5)
        sf.text(40, 54, "Outpatient Rehabilitation Services · 1400 Bellweather Drive · Corran, MN 55390")
        sf.text(572, 42, "GUARANTOR STATEMENT", "r")
        sf.text(572, 54, pg(sf, name), "r")
        sf.hline(40, 572, 60, 1)
        y = 76

    def colhead():
        nonlocal y
        sf.font("LibSerif-Bold", 8.5)
        for h, x, al in cols:
            sf.text(x, y, h, al)
        sf.hline(40, 572, y + 3)
        y += 13
        sf.font("LibSerif", 8.5)

    accts = [("400218833", "Sofia Marchetti", "Pinecrest Health Plan", "PCH-2026-0041187",
              [(0, "97166", 1, ("GO",)), (0, "97760", 2, ("GO",)), (0, "L3807", 1, ("RT",)), (7, "97530", 2, ("GO",)),
               (7, "97110", 2, ("GO",)), (14, "97530", 3, ("GO",)), (14, "97535", 2, ("GO",)), (21, "97530", 2, ("GO",)),
               (21, "97140", 1, ("GO",)), (28, "97760", 1, ("GO",)), (28, "97530", 2, ("GO",))]),
             ("400218871", "Luca Marchetti", "Pinecrest Health Plan", "PCH-2026-0041203",
              [(3, "92523", 1, ("GN",)), (10, "92507", 1, ("GN",)), (17, "92507", 1, ("GN",)),
               (24, "92507", 1, ("GN",))]),
             ("400219006", "Gianna Marchetti", "State Medical Assistance (secondary)", "ICN 2026041100873",
              [(5, "97161", 1, ("GP",)), (5, "97110", 2, ("GP",)), (12, "97140", 2, ("GP",)), (12, "97112", 1, ("GP",)),
               (19, "97110", 3, ("GP",)), (26, "97168", 1, ("GO",))]),
             ("400219114", "Enzo Marchetti", "Pinecrest Health Plan", "PCH-2026-0052690",
              [(6, "97165", 1, ("GO",)), (6, "97530", 2, ("GO",)), (13, "97530", 2, ("GO",)), (13, "97535", 1, ("GO",)),
               (20, "97530", 3, ("GO",)), (20, "97110", 1, ("GO",)), (27, "97530", 2, ("GO",)),
               (27, "97535", 2, ("GO",))])]
    sf.new_page()
    furn()
    sf.font("LibSerif", 9)
    sf.text(40, y, "Guarantor: Paola Marchetti · 19 Osprey Hill Road · Corran, MN 55391")
    sf.text(40, y + 11, "Guarantor number 7002145 · Statement date 02/12/2026")
    y += 30
    grand = ZERO
    for acct, pat, ins, pcn, its in accts:
        svcs = [Svc(day(it[0]), it[1], it[2], it[3]) for it in its]
        for s in svcs:
            if s.code in LONG_DESC:
                s.desc = LONG_DESC[s.code]
        if y + 60 > 740:
            sf.new_page()
            furn()
        sf.box(40, y, 532, 26, fill=0.93)
        sf.font("LibSerif-Bold", 9)
        sf.text(46, y + 11, f"Account No. {acct}    Patient: {pat}")
        sf.font("LibSerif", 8.5)
        sf.text(46, y + 22, f"Insurance: {ins}    Claim # {pcn}")
        y += 38
        colhead()
        for s in svcs:
            desc = wrap(sf, s.desc, 260)
            if y + 11 * len(desc) > 720:
                sf.new_page()
                furn()
                sf.font("LibSerif-Bold", 9)
                sf.text(40, y, f"Account No. {acct}  {pat}  (continued)")
                y += 14
                colhead()
            vals = [dfmt(s.dos, "mdy4"), rev.get(s.code, "0430"), mods_join(s, " "), desc[0], units_str(s.units),
                    money(s.billed, ",")]
            for v, (_, x, al) in zip(vals, cols):
                sf.text(x, y, v, al)
            for extra in desc[1:]:
                y += 10
                sf.text(190, y, extra)
            y += 12
            lines.append(truth_line(sf.page, s, claim_id=acct, payer_claim_id=pcn.replace("ICN ", ""), patient=pat,
                                    printed=("billed",), overrides={"description": None}))
        tb = total(svcs, "billed")
        alw = sum((min(s.billed, (Decimal(eobgen.SCHED[s.code]) * s.units * Decimal("1.4")).quantize(Decimal("0.01")))
                   for s in svcs), ZERO)
        ins_pay = (alw * Decimal("0.8")).quantize(Decimal("0.01"))
        contr = tb - alw
        bal = tb - ins_pay - contr
        grand += bal
        sf.hline(400, 572, y - 8)
        for label, v in (("Total charges", tb), (f"{ins.split(' (')[0]} payment", -ins_pay),
                         ("Contractual adjustment", -contr), ("Account balance", bal)):
            sf.font("LibSerif-Bold" if label in ("Total charges", "Account balance") else "LibSerif", 8.5)
            sf.text(470, y + 2, label, "r")
            sf.text(570, y + 2, money(v, ",", "trail"), "r")
            y += 11
        claims.append({"claim_id": acct, "payer_claim_id": pcn.replace("ICN ", ""), "patient": pat,
                       "totals": claim_totals(tb, None, None, None)})
        y += 14
    sf.font("LibSerif-Bold", 10)
    sf.text(470, y + 4, "Amount due from guarantor", "r")
    sf.text(570, y + 4, money(grand, "$"), "r")
    sf.font("LibSerif", 8)
    sf.text(40, 770, "Financial assistance is available. Ask about payment plans: (612) 555-0171.")
    pages = sf.page
    sf.save()
    write_truth(out / f"{name}.pdf", name, producer, pages, "hospital guarantor statement, charges only", lines,
                claims, [])


LAYOUTS = [m01, m02, s03, s04, r05, r06, p07, p08, f09, f10]
NAMES = ["m01_family_member_eob", "m02_claims_detail_statement", "s03_summary_notice_partb",
         "s04_advantage_member_eob", "r05_medicaid_ra_courier", "r06_medicaid_payment_register",
         "p07_clearinghouse_medicare_remit", "p08_pm_era_posting_detail", "f09_clinic_family_statement",
         "f10_hospital_guarantor_statement"]


ARITH = {
    "m01_family_member_eob": {"discount": True, "share": True},
    "m02_claims_detail_statement": {},
    "r06_medicaid_payment_register": {"adj_complete": True},
    "p07_clearinghouse_medicare_remit": {"adj_complete": True},
    "p08_pm_era_posting_detail": {"adj_complete": True},
    "f09_clinic_family_statement": {"balance": True},
}


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout162_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for f, nm in zip(LAYOUTS, NAMES):
        TOTAL.pop(nm, None)
        f(out)  # first pass counts the pages, the second prints "Page n of N"
        TOTAL[nm] = json.loads((out / f"{nm}.pdf.truth.json").read_text())["pages"]
        f(out)
    print(f"wrote {len(LAYOUTS)} PDFs with truth files to {out}")
    if "--check" in argv:
        return check_folder(out, NAMES, ARITH)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
