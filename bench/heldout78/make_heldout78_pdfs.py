"""Write the 78th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest measurement
of the PDF reader on house styles nobody developing it has seen. Written by an independent test author who did
not read the reader, its tests or its accuracy harness, and never ran the reader on these files.

Run:  python bench/heldout78/make_heldout78_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout78/make_heldout78_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
h78kit.py (same folder) holds the small page model both producers draw from, and the self-check.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py, whose helpers are imported), printed values
only, null for what a layout does not print (units null where no quantity is printed, e.g. the MSN);
claim_id = the provider's own account / patient-control / encounter / visit / hospital-account number,
payer_claim_id = the payer's claim number / ICN / TCN / claim reference, patient exactly as printed (the
person who got the service, never the guarantor or policyholder unless the same person). Amounts printed as
negatives ("-69.67", "160.00-", "(23.56)") are negative in the truth. Every name, number, payer, provider,
address and ID is invented; descriptions are our own words. Deterministic output (reportlab invariant=1,
fpdf2 fixed creation date, no randomness).

Layouts (two of each of the five commonest kinds, house styles not used in sets 1-75):
  c1  commercial member EOB for a family (reportlab, portrait Liberation Sans 6.4 pt): grey title band, summary
      table by family member, boxed "Important messages", shaded claim heads "Patient: <name> (<relation>)" /
      "Claim number" / "Patient account no.", Date of service "01/07/26" / Service (wrapped wording) / Code / Mod
      "97530 GO" / Units / Amount billed / Network savings / Not covered / Allowed amount / Deductible / Copay /
      Coinsurance / Plan paid / You owe / Remark, a not-covered line the member owes, claim totals, 4 members
  c2  mutual-benefit "Statement of Benefits Paid" (fpdf2, landscape Liberation Serif, full cell grid): "For:
      <name> (<relation>)" heads with provider's account and claim no., Service dates "01/06/26-01/06/26" /
      Procedure "97140-GP-59" / wrapped Description / Qty / Charged / Network reduction / Excluded amount /
      Eligible amount / Deductible / Copay / Coinsurance / Benefit paid / Member owes / Explanation, an excluded
      line the member does not owe, a claim continued on page 2 under a repeated head, 3 members
  m1  Medicare Summary Notice, Part B (fpdf2, portrait DejaVu Sans Condensed): page-1 address block, notice box,
      deductible / "Be Informed!" box and claims-and-costs box; claim pages grouped by provider, one claim per
      visit date headed "January 6, 2026  Claim number ...", wording with "(97167-GO-KX)", Service Approved?,
      Amount Provider Charged / Medicare-Approved / Amount Medicare Paid / Maximum You May Be Billed / See Notes
      (letters), no units, no provider account, a denied line, "Total for this claim", notes section
  m2  Medicare Advantage HMO-POS member EOB (reportlab, portrait DejaVu Serif Condensed): month and year-to-date
      boxes, shaded claim heads with in/out of network and the provider's patient account where printed, "Service
      you received (billing code)" with "(97110-GP-CQ)", Units, Provider's charge / Plan-approved amount / Plan's
      share / Your share / Note, a per-visit copay on the first line of each visit, a no-approval denial the member
      does not owe, a long claim continued onto page 2 under a repeated head
  d1  state Medicaid provider remittance advice, portal print (fpdf2, portrait Liberation Sans 6.4 pt): boxed
      banner on every page, PAID / DENIED / ADJUSTED CLAIMS section bars, MEMBER / MEMBER ID / ICN / PATIENT ACCT
      heads, LN / FROM DOS / TO DOS "01/06/2026" / PROC / MODIFIERS / UNITS "2.00" / BILLED / ALLOWED / TPL /
      COPAY / PAID / "CO-45 141.80" / EOB, a void (leading minus) and its replacement, summary and EOB legend
  d2  state Medicaid remittance advice, line printer (reportlab, landscape core Courier 7.2 pt, one text string
      per line): run banner and column heads repeated per page, recipient line "NAME  RECIP ID  TCN  PATIENT NO.",
      detail "01 010726  010726  92507 GN  1.00 ... PD CO45 88.70 E201", a spend-down patient-liability line
      with a second stacked adjustment, a visit-limit denial (DN), a voided claim with trailing-minus amounts,
      "*** CLAIM TOTAL" lines, EOB message list
  p1  Medicare Part B standard paper remit reprinted by a clearinghouse (reportlab, portrait core Courier 6.6 pt):
      NAME / MID / ACNT / ICN / ASG / MOA heads, PERF PROV / SERV DATE "0106 010626" / POS / NOS / PROC / MODS /
      BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT (stacked CO-45, PR-1, PR-2, CO-253) / PROV PD, a CO-96 denial
      with REM line, a MA67 reversal with minus amounts and the corrected claim, PT RESP / CLAIM TOTALS / NET,
      a claim continued onto the next page, glossary
  p2  practice-management "Remittance Reconciliation - Detail by Patient" of a Medicare deposit (fpdf2, landscape
      DejaVu Sans Condensed): grey patient bands (Acct #, Encounter, Payer ICN, claim status), DOS / CPT / Mods /
      Units / Charge / Allowed / Deduct / Coins / Seq. adj / Contract adj / Paid / Adj codes "CO45 PR2 CO253" (the
      amounts sit in the matching columns) / Remarks / Post, a status-22 reversal in parentheses and its
      re-processed claim, a denied claim, claim totals with patient responsibility, batch summary
  s1  pediatric therapy clinic family statement (reportlab, portrait Liberation Sans Narrow): amount-due box and
      detach line, one section per child, Date / Visit / Code "97533GO59" glued / Service / Units / Charges /
      Ins. paid / Ins. adjust / Your balance, a "Billed to <insurer>, claim <no.>. Visit charges ..., insurance
      paid ..., your part ..." line under each visit, a non-covered line, payment row without a code, 3 children
  s2  hospital guarantor statement (fpdf2, portrait Liberation Serif): one hospital account per family member
      (HAR number, insurance claim ref), Rev / Date / CPT / Mod / Description / Qty / Charges only per line (no
      line-level payments), account summary (insurance payment, contractual adjustment, patient payments,
      balance), an ED visit with 99214-25, an account summary carried over to page 2, 4 family members

The self-check (--check) tests the factory, not the reader: for every truth line its service row is found on
its page's text layer (pdfplumber) and carries the code, modifiers, units and every non-null amount on that
same text line (with sign), the service date on the row (or in the claim heading where the kind prints it
there), adjustments and remarks on the row or the lines stacked under it; ids and patients are in the document;
page counts match; the documents' own arithmetic holds (billed - adjustments = paid where every adjustment is
printed with its amount; allowed - deductible - copay - coinsurance = paid where all of those are printed);
claim totals equal the sum of their lines and are printed; legend codes are printed; at least three files carry
a claim whose rows continue onto the next page; output is deterministic.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    DESC,
    FEE,
    SCHED,
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
from h78kit import Doc, Flow, check_file, wrap  # noqa: E402

# A few more invented charge-master / fee-schedule entries and our own short wording.
for _c, _fee, _sch, _d in (
    ("97533", "98.00", "34.90", "Sensory integration techniques"),
    ("97162", "235.00", "101.12", "PT evaluation, moderate complexity"),
    ("99214", "215.00", "127.97", "Office visit, established, moderate"),
    ("97035", "45.00", "13.72", "Ultrasound treatment"),
    ("A4556", "18.00", "14.51", "Electrode pads, per pair"),
    ("92610", "240.00", "88.15", "Swallowing function evaluation"),
    ("97542", "88.00", "31.40", "Wheelchair management training"),
    ("97018", "40.00", "5.46", "Paraffin bath"),
    ("E0730", "310.00", "206.45", "TENS unit, four lead"),
):
    FEE[_c], SCHED[_c], DESC[_c] = _fee, _sch, _d

D = date


def S(d, code, units, mods=(), denied=None, desc=""):
    return Svc(d, code, Decimal(str(units)), tuple(mods), None, desc, denied)


class Rec:
    """Truth lines (in eobgen's format), one self-check anchor per line, and claims with printed totals."""

    def __init__(self):
        self.lines, self.anchors, self.claims = [], [], []

    def add(self, page, s, cid, pcid, pt, printed, row, *, units=True, date_on_row=True, full_adj=False,
            adjs=None, remarks=None, service_end=None, other_share=False):
        self.lines.append(truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pt, printed=printed,
                                     service_end=service_end, units=units, adjustments=adjs, remarks=remarks,
                                     description=False))
        self.anchors.append({"row": [r for r in row if r], "date_on_row": date_on_row, "full_adj": full_adj,
                             "other_share": other_share})

    def claim(self, cid, pcid, pt, **tot):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pt, "totals": claim_totals(**tot)})


def footer_all(doc, fn):
    n = len(doc.pages)
    for i, pg in enumerate(doc.pages):
        doc.pages[i] = pg  # noqa: PLW2901
        cur = doc.pages
        doc.pages = cur[: i + 1]
        fn(doc, i + 1, n)
        doc.pages = cur


def M(d, style=","):
    return money(d, style)


def series(start, step, n, pattern, skip_weekend=True):
    """n visits every `step` days from start; visit i gets pattern[i % len(pattern)] = [(code, units, mods), ...]."""
    out, d_ = [], start
    for i in range(n):
        while skip_weekend and d_.weekday() >= 5:
            d_ += timedelta(days=1)
        out += [S(d_, c, u, m) for c, u, m in pattern[i % len(pattern)]]
        d_ += timedelta(days=step)
    return out


FIRST = ["Amara", "Jonah", "Ellis", "Delia", "Mae", "Oren", "Talia", "Rufus", "Yara", "Cosmo", "Hattie", "Idris",
         "Lenora", "Bram", "Quincy", "Sunniva", "Thaddeus", "Wilhelmina", "Zeke", "Marisela"]
LAST = ["Strickholm", "Abernathy-Lowe", "Pennywhistle", "Okafor", "Drummond", "Castellanos", "Vantreese",
        "Ilesanmi", "Ferncastle", "Hollingbrook", "Marchetti", "Quisenberry", "Tallowmere", "Rasmussen-Pike"]


def days(start, step, n):
    return [start + timedelta(days=step * i) for i in range(n)]


# ============================================================================ c1 commercial member EOB (reportlab)

def c1(out: Path):
    doc = Doc("reportlab")
    R = Rec()
    F, FB, Z = "LibSans", "LibSansB", 6.4
    plan = "Trillium Crest Health Plan"
    sub = "Marisol Quintero-Bade"

    def banner(d):
        d.rect(30, 26, 552, 30, fill=0.88, stroke=False)
        d.t(38, 31, plan.upper(), FB, 11)
        d.t(38, 45, "PO Box 61207  Harlow Falls, NE 68921   Member services 1-855-555-0143", F, 6.5)
        d.t(574, 31, "EXPLANATION OF BENEFITS", FB, 10, "r")
        d.t(574, 45, "THIS IS NOT A BILL", FB, 7, "r")
        d.t(38, 62, f"Subscriber: {sub}", F, 6.8)
        d.t(220, 62, "Member ID: TCH-884120033", F, 6.8)
        d.t(360, 62, "Group: 40718 Larchmont Schools", F, 6.8)
        d.t(574, 62, "Statement date: February 6, 2026", F, 6.8, "r")
        d.hline(30, 582, 74, 0.8)
        return 82

    fl = Flow(doc, banner, 740)
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30")})
    members = [
        ("Tomas Quintero-Bade", "Son", "Brightpath Pediatric Therapy", "BPT-20931", "2601-448120-07",
         [S(D(2026, 1, 5), "97165", 1, ("GO",))]
         + series(D(2026, 1, 7), 2, 11, [[("97530", 3, ("GO",)), ("97533", 2, ("GO",))],
                                         [("97110", 2, ("GO",)), ("97535", 2, ("GO",))],
                                         [("97112", 2, ("GO", "59")), ("97530", 2, ("GO",))]])
         + [S(D(2026, 1, 30), "97760", 1, ("GO",)), S(D(2026, 1, 30), "0552T", 1, (), "PR")]),
        ("Rafael Quintero-Bade", "Spouse", "Harlow Falls Sports & Spine PT", "HSS-118042", "2601-455310-04",
         [S(D(2026, 1, 6), "97161", 1, ("GP",))]
         + series(D(2026, 1, 9), 4, 4, [[("97110", 2, ("GP",)), ("97140", 1, ("GP",))],
                                        [("97112", 1, ("GP",)), ("97110", 3, ("GP",))]])),
        ("Marisol Quintero-Bade", "Self", "Ridgeway Hand & Upper Limb Clinic", "RH-7713-02", "2601-452877-01",
         [S(D(2026, 1, 8), "97166", 1, ("GO",)), S(D(2026, 1, 8), "L3807", 1, ("RT",)),
          S(D(2026, 1, 8), "97760", 1, ("GO",)), S(D(2026, 1, 15), "97140", 2, ("GO",)),
          S(D(2026, 1, 15), "97018", 1, ("GO",))]),
        ("Lucia Quintero-Bade", "Daughter", "Harlow Falls Family Medicine", "HFFM-550183", "2601-460032-02",
         [S(D(2026, 1, 12), "99213", 1, ())]),
        ("Lucia Quintero-Bade", "Daughter", "Brightpath Pediatric Therapy", "BPT-21077", "2601-461990-03",
         [S(D(2026, 1, 14), "92523", 1, ("GN",)), S(D(2026, 1, 28), "92507", 1, ("GN",))]),
    ]
    for m in members:
        for s in m[5]:
            commercial(s, st, deny_reason="96")
    # page 1 summary by family member
    fl.row([(30, "Summary of claims in this statement", "l")], size=8, font=FB, h=13)
    cols = [30, 200, 300, 380, 460, 580]
    fl.row([(cols[0], "Family member", "l"), (cols[2], "Amount billed", "r"), (cols[3], "Plan paid", "r"),
            (cols[4], "Your share", "r"), (cols[5], "Claims", "r")], size=6.6, font=FB)
    names = []
    for m in members:
        if m[0] not in names:
            names.append(m[0])
    for nm in names:
        svcs = [s for m in members if m[0] == nm for s in m[5]]
        k = sum(1 for m in members if m[0] == nm)
        fl.row([(cols[0], nm, "l"), (cols[2], money(total(svcs, "billed")), "r"),
                (cols[3], money(total(svcs, "paid")), "r"), (cols[4], money(total(svcs, "owes")), "r"),
                (cols[5], str(k), "r")], size=6.6, font=F)
    fl.y += 4
    fl.row([(30, "Deductible: $500.00 individual / $1,000.00 family. Met so far this plan year: $350.00 family."
             " Coinsurance after deductible: 20% in network.", "l")], size=6.4, font=F, h=14)
    X = {"date": 32, "svc": 68, "code": 178, "u": 228, "b": 266, "ns": 300, "nc": 334, "al": 368, "dd": 400,
         "cp": 430, "ci": 462, "pp": 496, "yo": 532, "rm": 545}
    head = [[(X["date"], "Date of", "l"), (X["svc"], "Service", "l"), (X["code"], "Code / Mod", "l"),
             (X["u"], "Units", "r"), (X["b"], "Amount", "r"), (X["ns"], "Network", "r"), (X["nc"], "Not", "r"),
             (X["al"], "Allowed", "r"), (X["dd"], "Deduct-", "r"), (X["cp"], "Copay", "r"), (X["ci"], "Coins-", "r"),
             (X["pp"], "Plan", "r"), (X["yo"], "You", "r"), (X["rm"], "Remark", "l")],
            [(X["date"], "service", "l"), (X["b"], "billed", "r"), (X["ns"], "savings", "r"),
             (X["nc"], "covered", "r"), (X["al"], "amount", "r"), (X["dd"], "ible", "r"), (X["ci"], "urance", "r"),
             (X["pp"], "paid", "r"), (X["yo"], "owe", "r")]]
    cur = {}

    def claim_head(f, cont=False):
        m = cur["m"]
        f.doc.rect(30, f.y - 1, 552, 21, fill=0.93, stroke=False)
        f.row([(34, f"Patient: {m[0]} ({m[1]})" + ("  - continued" if cont else ""), "l", 1),
               (300, f"Claim number: {m[4]}", "l")], size=6.8, font=F, bfont=FB, h=9.5)
        f.row([(34, f"Provider: {m[2]} (in network)", "l"), (300, f"Patient account no.: {m[3]}", "l"),
               (578, "Processed 02/03/26", "r")], size=6.4, font=F, h=12)
        for hr in head:
            f.row(hr, size=5.9, font=FB, h=7.5)
        f.doc.hline(30, 582, f.y, 0.4)
        f.y += 2

    fl.y += 8
    fl.doc.rect(30, fl.y, 552, 48)
    fl.y += 5
    fl.row([(36, "Important messages", "l")], size=7.5, font=FB, h=11)
    for ln in wrap("Your plan covers up to 60 combined therapy visits (physical, occupational and speech) per plan "
                   "year for each member. Visits used are counted by date of service. Services from an "
                   "out-of-network therapist are paid at the lower out-of-network level. Keep this statement with "
                   "your provider bills; it shows what the plan paid and what you may still owe.", 150):
        fl.row([(36, ln, "l")], size=6.6, font=F, h=9)
    fl.y += 14
    fl.row([(30, "Claim details", "l")], size=8, font=FB, h=13)
    remark_for = {"0552T": "N7", "97760": "", "99213": "C2"}
    for m in members:
        cur["m"] = m
        fl.need(60)
        claim_head(fl)
        fl.repeat = lambda f: claim_head(f, True)
        for s in m[5]:
            fl.need(16)
            rm = remark_for.get(s.code, "")
            if s.deductible:
                rm = "D1"
            code = s.code + (" " + " ".join(s.mods) if s.mods else "")
            ds = dfmt(s.dos, "mdy2")
            row = [(X["date"], ds, "l"), (X["svc"], s.desc[:26], "l"), (X["code"], code, "l"),
                   (X["u"], units_str(s.units), "r"), (X["b"], M(s.billed), "r"), (X["ns"], M(s.discount), "r"),
                   (X["nc"], M(s.not_covered), "r"), (X["al"], M(s.allowed), "r"), (X["dd"], M(s.deductible), "r"),
                   (X["cp"], M(s.copay), "r"), (X["ci"], M(s.coinsurance), "r"), (X["pp"], M(s.paid), "r"),
                   (X["yo"], M(s.owes), "r"), (X["rm"] + 4, rm, "l")]
            wd = wrap(s.desc, 26)
            row[1] = (X["svc"], wd[0], "l")
            fl.row(row, size=Z, font=F, h=8.6)
            for extra in wd[1:]:
                fl.row([(X["svc"], extra, "l")], size=Z, font=F, h=8.6)
            R.add(doc.pageno, s, m[3], m[4], m[0],
                  ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
                   "patient_owes"), [ds, code, M(s.billed), M(s.paid), M(s.owes)], remarks=[rm] if rm else [])
        fl.repeat = None
        sv = m[5]
        fl.doc.hline(240, 582, fl.y, 0.4)
        fl.y += 1.5
        fl.row([(X["svc"], "Claim totals", "l", 1), (X["b"], M(total(sv, "billed")), "r"),
                (X["ns"], M(total(sv, "discount")), "r"), (X["nc"], M(total(sv, "not_covered")), "r"),
                (X["al"], M(total(sv, "allowed")), "r"), (X["pp"], M(total(sv, "paid")), "r"),
                (X["yo"], M(total(sv, "owes")), "r")], size=Z, font=F, bfont=FB, h=14)
        R.claim(m[3], m[4], m[0], billed=total(sv, "billed"), allowed=total(sv, "allowed"),
                paid=total(sv, "paid"), patient_owes=total(sv, "owes"))
    legend = [("D1", "Part of this amount went toward the plan-year deductible."),
              ("N7", "This service is not a covered benefit under your plan; the provider may bill you."),
              ("C2", "A flat copay applies to office visits with this provider type.")]
    fl.need(50)
    fl.row([(30, "Remark codes", "l")], size=7.5, font=FB, h=11)
    for c, t in legend:
        fl.row([(34, c, "l"), (56, t, "l")], size=6.5, font=F)
    fl.y += 6
    for ln in wrap("If you disagree with how a claim was handled you may ask for a review within 180 days of "
                   "this statement. Call member services or write to the address above and include the claim "
                   "number.", 140):
        fl.row([(30, ln, "l")], size=6.3, font=F)
    footer_all(doc, lambda d, i, n: (d.hline(30, 582, 752, 0.4),
                                     d.t(30, 756, "TCH-EOB-11 (rev. 2025)", F, 6),
                                     d.t(582, 756, f"Page {i} of {n}", F, 6, "r")))
    doc.save(out)
    write_truth(out, "h78_c1", "reportlab", len(doc.pages), "commercial member EOB for a family", R.lines,
                R.claims, legend)
    return R


# ============================================================================ c2 commercial member EOB (fpdf2)

def c2(out: Path):
    doc = Doc("fpdf2", landscape=True)
    R = Rec()
    F, FB = "LibSerif", "LibSerifB"
    W = doc.W

    def banner(d):
        d.t(36, 28, "Keelwater Mutual Benefit Association", FB, 13)
        d.t(36, 44, "Statement of Benefits Paid  -  Please keep for your tax and flexible-spending records", F, 8)
        d.rect(W - 250, 24, 214, 40)
        d.t(W - 244, 28, "Policyholder: Desmond A. Farrow-Ilse", F, 7.5)
        d.t(W - 244, 38, "Certificate no.: KW 30-558-1172", F, 7.5)
        d.t(W - 244, 48, "Issued: 02/09/2026   Plan: Choice PPO 2000", F, 7.5)
        d.hline(36, W - 36, 70, 1.0)
        return 78

    fl = Flow(doc, banner, 560)
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.30"), visit_copay=ZERO)
    claims = [
        ("Desmond A. Farrow-Ilse", "Policyholder", "Northgate Spine & Sport PT", "NSS0048812", "KW26-0120-5531",
         [S(D(2026, 1, 6), "97162", 1, ("GP",)), S(D(2026, 1, 6), "97110", 2, ("GP",)),
          S(D(2026, 1, 6), "97035", 1, ("GP",)), S(D(2026, 1, 9), "97140", 2, ("GP", "59")),
          S(D(2026, 1, 9), "97110", 3, ("GP",)), S(D(2026, 1, 9), "G0283", 1, ("GP",))]
         + series(D(2026, 1, 13), 3, 4, [[("97110", 2, ("GP",)), ("97140", 2, ("GP", "59"))],
                                         [("97112", 2, ("GP",)), ("G0283", 1, ("GP",))]])),
        ("Renata Farrow-Ilse", "Spouse", "Lakemont Speech & Swallow", "LSS-26-0193", "KW26-0122-0087",
         [S(D(2026, 1, 13), "92610", 1, ("GN",)), S(D(2026, 1, 20), "92526", 1, ("GN",)),
          S(D(2026, 1, 27), "92526", 1, ("GN",))]),
        ("Pilar Farrow-Ilse", "Dependent", "Northgate Spine & Sport PT", "NSS0049120", "KW26-0126-3310",
         [S(D(2026, 1, 16), "97161", 1, ("GP",)), S(D(2026, 1, 16), "97116", 2, ("GP",)),
          S(D(2026, 1, 23), "97116", 2, ("GP",)), S(D(2026, 1, 23), "97018", 1, ("GP",), "CO")]),
        ("Pilar Farrow-Ilse", "Dependent", "Lakemont Durable Medical", "LDM-77014", "KW26-0130-6621",
         [S(D(2026, 1, 30), "E0730", 1, ("NU",)), S(D(2026, 1, 30), "A4556", 2, ())]),
    ]
    for c in claims:
        for s in c[5]:
            commercial(s, st, deny_reason="97")
    hdr = ["Service", "Procedure", "Description", "Qty", "Charged", "Network", "Excluded", "Eligible",
           "Deductible", "Copay", "Coinsurance", "Benefit", "Member", "Explanation"]
    hdr2 = ["dates", "", "", "", "", "reduction", "amount", "amount", "", "", "", "paid", "owes", ""]
    al = ["l", "l", "l", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r", "l"]
    grid = [36, 96, 156, 256, 294, 344, 392, 440, 488, 530, 570, 614, 664, 710, W - 36]

    def xx(i):
        return grid[i] + 3 if al[i] == "l" else grid[i + 1] - 3

    def table_head(f):
        f.doc.rect(36, f.y - 2, W - 72, 20, fill=0.8)
        f.row([(xx(i), hdr[i], al[i]) for i in range(14)], size=7, font=FB, h=8.5)
        f.row([(xx(i), hdr2[i], al[i]) for i in range(14)], size=7, font=FB, h=11)
    expl = {"97018": "X4", "92610": "", "E0730": "R2"}
    cur = {}
    for c in claims:
        cur["c"] = c
        fl.need(70)

        def chead(f, cont=False):
            cc = cur["c"]
            f.row([(40, f"For: {cc[0]} ({cc[1]})" + (" - claim continued" if cont else ""), "l", 1),
                   (300, f"Provider: {cc[2]}", "l"), (560, f"Claim no. {cc[4]}", "l")],
                  size=8, font=F, bfont=FB, h=10)
            f.row([(40, "Network status: Participating", "l"), (300, f"Provider's account no. {cc[3]}", "l"),
                   (560, "Received 01/29/2026", "l")], size=7.2, font=F, h=11)
            table_head(f)
        chead(fl)
        fl.repeat = lambda f: chead(f, True)
        for s in c[5]:
            fl.need(26)
            y0 = fl.y - 2
            ex = expl.get(s.code, "")
            if s.deductible:
                ex = (ex + " D7").strip()
            code = f"{s.code}-{'-'.join(s.mods)}" if s.mods else s.code
            dd = f"{dfmt(s.dos, 'mdy2')}-{dfmt(s.dos, 'mdy2')}"
            desc = wrap(s.desc, 22)
            vals = [dd, code, desc[0], units_str(s.units), M(s.billed), M(s.discount), M(s.not_covered),
                    M(s.allowed), M(s.deductible), M(s.copay), M(s.coinsurance), M(s.paid), M(s.owes), ex]
            fl.row([(xx(i), vals[i], al[i]) for i in range(14)], size=7, font=F, h=9)
            for extra in desc[1:]:
                fl.row([(xx(2), extra, "l")], size=7, font=F, h=9)
            fl.y += 2
            for g in grid:
                fl.doc.vline(g, y0, fl.y - 2, 0.3)
            fl.doc.hline(36, W - 36, fl.y - 2, 0.3)
            R.add(doc.pageno, s, c[3], c[4], c[0],
                  ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
                   "patient_owes"), [dd, code, M(s.billed), M(s.allowed), M(s.owes)], remarks=ex.split(),
                  service_end=s.dos)
        fl.repeat = None
        sv = c[5]
        tv = ["", "", "Claim totals", "", M(total(sv, "billed")), M(total(sv, "discount")),
              M(total(sv, "not_covered")), M(total(sv, "allowed")), M(total(sv, "deductible")),
              M(total(sv, "copay")), M(total(sv, "coinsurance")), M(total(sv, "paid")), M(total(sv, "owes")), ""]
        fl.row([(xx(i), tv[i], al[i]) for i in range(14)], size=7, font=FB, h=16)
        R.claim(c[3], c[4], c[0], billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                patient_owes=total(sv, "owes"))
    legend = [("X4", "Paraffin treatment is excluded under this policy; the network provider may not bill you."),
              ("R2", "Rental versus purchase was reviewed; the purchase price was allowed."),
              ("D7", "Amount applied to your calendar-year deductible.")]
    fl.need(60)
    fl.row([(40, "Explanation codes", "l")], size=8.5, font=FB, h=12)
    for c, t in legend:
        fl.row([(44, c, "l"), (70, t, "l")], size=7.3, font=F, h=10)
    footer_all(doc, lambda d, i, n: d.t(W / 2, 580, f"KMBA SOB  |  page {i} of {n}", F, 7, "c"))
    doc.save(out)
    write_truth(out, "h78_c2", "fpdf2", len(doc.pages), "mutual-benefit member statement of benefits paid",
                R.lines, R.claims, legend)
    return R


# ============================================================================ m1 Medicare Summary Notice (fpdf2)

def m1(out: Path):
    doc = Doc("fpdf2")
    R = Rec()
    F, FB = "DjCond", "DjCondB"
    who = "Harriet V. Lindqvist"

    def banner(d):
        if d.pageno == 1:
            d.t(40, 30, "Medicare Summary Notice", FB, 17)
            d.t(40, 50, "for Part B (Medical Insurance)", F, 11)
            d.t(40, 66, "A summary of claims for doctors, outpatient therapy and medical equipment", F, 7.5)
            d.rect(40, 86, 250, 58, fill=0.92, stroke=False)
            for i, s in enumerate([who.upper(), "1187 WINTERBOURNE RD APT 4", "DUNMORE VALLEY, OR 97398-2210"]):
                d.t(48, 92 + i * 11, s, F, 8)
            d.rect(320, 26, 252, 118)
            for i, (a, b) in enumerate([("Notice for", who), ("Medicare Number", "XXX-XX-7K41"),
                                        ("Date of This Notice", "February 3, 2026"),
                                        ("Claims Processed Between", "November 3, 2025 - February 1, 2026")]):
                d.t(328, 32 + i * 26, a, FB, 7.5)
                d.t(328, 42 + i * 26, b, F, 8.5)
            return 160
        d.t(40, 28, f"{who.upper()}", FB, 8)
        d.t(572, 28, "February 3, 2026", F, 8, "r")
        d.hline(40, 572, 40, 0.6)
        return 50

    fl = Flow(doc, banner, 735)
    st = PlanState(ded_left=Decimal("90.00"))
    provs = [
        ("Cedar Hollow Therapy Associates", "(541) 555-0172", "2204 Orchard Ln, Dunmore Valley, OR 97398",
         "Referred by: Priya Okafor-Brandt", [
             (D(2026, 1, 6), "22601-00814-3377", [S(D(2026, 1, 6), "97167", 1, ("GO", "KX")),
                                                  S(D(2026, 1, 6), "97535", 2, ("GO", "KX"))]),
             (D(2026, 1, 8), "22601-00902-1154", [S(D(2026, 1, 8), "97530", 3, ("GO", "KX")),
                                                  S(D(2026, 1, 8), "97110", 1, ("GO", "KX"))]),
             (D(2026, 1, 13), "22601-01377-0498", [S(D(2026, 1, 13), "97530", 2, ("GO", "KX")),
                                                   S(D(2026, 1, 13), "97542", 1, ("GO", "KX")),
                                                   S(D(2026, 1, 13), "97018", 1, ("GO",))]),
             (D(2026, 1, 15), "22601-01512-2290", [S(D(2026, 1, 15), "97535", 3, ("GO", "CO")),
                                                   S(D(2026, 1, 15), "97112", 1, ("GO", "CO"))]),
             (D(2026, 1, 20), "22601-02034-7710", [S(D(2026, 1, 20), "97530", 3, ("GO", "KX")),
                                                   S(D(2026, 1, 20), "97535", 1, ("GO", "KX"))]),
             (D(2026, 1, 22), "22601-02298-0153", [S(D(2026, 1, 22), "97110", 2, ("GO", "CO")),
                                                   S(D(2026, 1, 22), "97542", 1, ("GO", "CO")),
                                                   S(D(2026, 1, 22), "97530", 1, ("GO", "CO"))]),
             (D(2026, 1, 27), "22601-02716-4482", [S(D(2026, 1, 27), "97168", 1, ("GO", "KX")),
                                                   S(D(2026, 1, 27), "97530", 2, ("GO", "KX"))]),
             (D(2026, 1, 29), "22601-02957-3306", [S(D(2026, 1, 29), "97535", 2, ("GO", "KX")),
                                                   S(D(2026, 1, 29), "97112", 2, ("GO", "KX"))]),
         ]),
        ("Dunmore Valley Internal Medicine", "(541) 555-0119", "88 Alder St Ste 300, Dunmore Valley, OR 97398",
         "", [(D(2026, 1, 20), "22601-02211-6603", [S(D(2026, 1, 20), "99214", 1, ())])]),
        ("Westfir Home Medical Supply", "(800) 555-0166", "PO Box 4410, Eugene Springs, OR 97410",
         "Ordered by: Priya Okafor-Brandt", [
             (D(2026, 1, 22), "22601-02460-9915", [S(D(2026, 1, 22), "E0730", 1, ("NU",)),
                                                   S(D(2026, 1, 22), "A4556", 4, ())])]),
    ]
    notes = {}
    for p in provs:
        for _, _, sv in p[4]:
            for s in sv:
                if s.code == "97018":
                    s.denied = "PR"
                medicare(s, st, deny_reason="50")
                if s.code == "97018":
                    notes[id(s)] = "C"
                elif "CO" in s.mods:
                    notes[id(s)] = "B"
                elif s.deductible:
                    notes[id(s)] = "A"
                else:
                    notes[id(s)] = ""
    all_s = [s for p in provs for _, _, sv in p[4] for s in sv]
    # dashboard (page 1)
    fl.rect_y = fl.y
    doc.rect(40, fl.y, 250, 110)
    doc.t(48, fl.y + 6, "Your Deductible Status", FB, 9)
    for i, ln in enumerate(wrap("Your Part B deductible for 2026 is $283.00. With these claims you have met "
                                "$283.00 of it.", 58)):
        doc.t(48, fl.y + 22 + i * 10, ln, F, 7.5)
    doc.t(48, fl.y + 56, "Be Informed!", FB, 8)
    for i, ln in enumerate(wrap("Compare this notice with the receipts and bills from your providers. If a "
                                "service is listed that you did not get, call us.", 58)):
        doc.t(48, fl.y + 68 + i * 10, ln, F, 7.5)
    doc.rect(320, fl.y, 252, 110)
    doc.t(328, fl.y + 6, "Your Claims & Costs This Period", FB, 9)
    doc.t(328, fl.y + 24, "Did Medicare approve all services?", F, 8)
    doc.t(564, fl.y + 24, "NO", FB, 8, "r")
    doc.t(328, fl.y + 36, "See claim details for the service marked NO.", F, 7)
    doc.t(328, fl.y + 54, "Total you may be billed", F, 8)
    doc.t(564, fl.y + 54, money(total(all_s, "owes")), FB, 8, "r")
    doc.t(328, fl.y + 72, "Providers with claims this period", FB, 8)
    for i, p in enumerate(provs):
        doc.t(334, fl.y + 83 + i * 8.5, f"{p[0]}", F, 7)
    fl.y += 124
    for ln in wrap("Your claims are listed on the following pages, grouped by provider. Keep this notice for your "
                   "records. The service codes in parentheses are the codes your provider used on the claim.", 110):
        fl.row([(40, ln, "l")], size=8, font=F, h=11)
    fl.brk()
    fl.row([(40, "Your Claims for Part B (Medical Insurance)", "l")], size=12, font=FB, h=18)
    X = [40, 232, 300, 358, 418, 496, 568]

    def colhead(f):
        f.doc.rect(40, f.y - 2, 532, 22, fill=0.85, stroke=False)
        f.row([(X[0] + 2, "Service Provided & Billing Code", "l"), (X[1] + 30, "Service", "c"),
               (X[2] + 50, "Amount", "r"), (X[3] + 50, "Medicare-", "r"), (X[4] + 50, "Amount", "r"),
               (X[5] + 34, "Maximum You", "r"), (X[6], "See", "r")], size=7, font=FB, h=8.5)
        f.row([(X[1] + 30, "Approved?", "c"), (X[2] + 50, "Provider Charged", "r"), (X[3] + 50, "Approved", "r"),
               (X[4] + 50, "Medicare Paid", "r"), (X[5] + 34, "May Be Billed", "r"), (X[6], "Notes", "r")],
              size=7, font=FB, h=12)
    cur = {}
    for p in provs:
        fl.need(90)
        fl.row([(40, f"{p[0]}, {p[1]}", "l")], size=9, font=FB, h=11)
        fl.row([(40, p[2], "l")], size=7.5, font=F, h=10)
        if p[3]:
            fl.row([(40, p[3], "l")], size=7.5, font=F, h=10)
        fl.y += 3
        for dos, icn, sv in p[4]:
            cur["h"] = (dos, icn)
            fl.need(30 + 11 * len(sv))

            def chd(f, cont=False):
                d_, n_ = cur["h"]
                f.row([(40, f"{dfmt(d_, 'month')}   Claim number {n_}" + ("  (continued)" if cont else ""), "l")],
                      size=8, font=FB, h=11)
                colhead(f)
            chd(fl)
            fl.repeat = lambda f: chd(f, True)
            for s in sv:
                fl.need(12)
                code = f"({s.code}" + "".join("-" + m for m in s.mods) + ")"
                ok = "No" if s.denied else "Yes"
                nt = notes[id(s)]
                txt = f"{s.desc} {code}"
                parts = wrap(txt, 48)
                fl.row([(X[0] + 2, parts[0], "l"), (X[1] + 30, ok, "c"), (X[2] + 50, money(s.billed), "r"),
                        (X[3] + 50, money(s.allowed), "r"), (X[4] + 50, money(s.paid), "r"),
                        (X[5] + 34, money(s.owes), "r"), (X[6], nt, "r")], size=7.6, font=F, h=10)
                for extra in parts[1:]:
                    fl.row([(X[0] + 8, extra, "l")], size=7.6, font=F, h=10)
                if code not in parts[0]:
                    raise SystemExit(f"m1: code wrapped off its row: {txt}")
                R.add(doc.pageno, s, None, icn, who, ("billed", "allowed", "paid", "patient_owes"),
                      [code, money(s.billed), money(s.allowed), money(s.paid)], units=False, date_on_row=False,
                      remarks=[nt] if nt else [])
            fl.repeat = None
            fl.doc.hline(X[2] + 8, 572, fl.y - 1, 0.4)
            fl.row([(X[0] + 2, "Total for this claim", "l"), (X[2] + 50, money(total(sv, "billed")), "r"),
                    (X[3] + 50, money(total(sv, "allowed")), "r"), (X[4] + 50, money(total(sv, "paid")), "r"),
                    (X[5] + 34, money(total(sv, "owes")), "r")], size=7.6, font=FB, h=16)
            R.claim(None, icn, who, billed=total(sv, "billed"), allowed=total(sv, "allowed"),
                    paid=total(sv, "paid"), patient_owes=total(sv, "owes"))
    legend = [("A", "This amount went toward your Part B deductible; you may be billed for it."),
              ("B", "Part of this service was given by an occupational therapy assistant under supervision."),
              ("C", "Medicare does not pay for this service in this setting. You may be billed for it.")]
    fl.need(80)
    fl.row([(40, "Notes for Claims Above", "l")], size=10, font=FB, h=15)
    for c, t in legend:
        fl.row([(44, c, "l"), (58, t, "l")], size=7.8, font=F, h=11)
    footer_all(doc, lambda d, i, n: d.t(306, 760, f"Page {i} of {n}", F, 7.5, "c"))
    doc.save(out)
    write_truth(out, "h78_m1", "fpdf2", len(doc.pages), "Medicare Summary Notice, Part B", R.lines, R.claims,
                legend)
    return R


# ============================================================================ m2 Medicare Advantage EOB (reportlab)

def m2(out: Path):
    doc = Doc("reportlab")
    R = Rec()
    F, FB = "DjSerifC", "DjSerifCB"
    who = "Augustin Pellerin-Ward"

    def banner(d):
        d.t(36, 26, "SUMMIT LAUREL ADVANTAGE", FB, 12)
        d.t(36, 41, "Medicare Advantage HMO-POS  |  H9917-004", F, 7.5)
        d.t(576, 26, "Explanation of Benefits", FB, 11, "r")
        d.t(576, 41, "Medical claims processed in January 2026", F, 7.5, "r")
        d.hline(36, 576, 53, 1.2)
        d.t(36, 58, f"Member: {who}", F, 7.5)
        d.t(250, 58, "Member ID: SLA40092718", F, 7.5)
        d.t(576, 58, "This is not a bill.", FB, 7.5, "r")
        return 74

    fl = Flow(doc, banner, 742)
    claims = [
        ("Crestline Outpatient Rehab", "CR-0091274", "M2601A00311", True,
         [S(d_, c, u, m) for d_, c, u, m in [
             (D(2026, 1, 5), "97163", 1, ("GP",)), (D(2026, 1, 5), "97110", 2, ("GP",)),
             (D(2026, 1, 7), "97110", 3, ("GP",)), (D(2026, 1, 7), "97140", 1, ("GP",)),
             (D(2026, 1, 9), "97116", 2, ("GP",)), (D(2026, 1, 9), "97112", 2, ("GP",)),
             (D(2026, 1, 12), "97110", 2, ("GP", "CQ")), (D(2026, 1, 12), "97530", 1, ("GP", "CQ")),
             (D(2026, 1, 14), "97116", 3, ("GP", "CQ")), (D(2026, 1, 14), "G0283", 1, ("GP",)),
             (D(2026, 1, 16), "97112", 2, ("GP",)), (D(2026, 1, 16), "97140", 2, ("GP",)),
             (D(2026, 1, 16), "97035", 1, ("GP",))]]
         + series(D(2026, 1, 19), 2, 6, [[("97110", 2, ("GP",)), ("97112", 1, ("GP",))],
                                         [("97116", 2, ("GP", "CQ")), ("97140", 1, ("GP", "CQ"))]])),
        ("Maple Bend Family Physicians", None, "M2601A00654", True, [S(D(2026, 1, 10), "99214", 1, ())]),
        ("Juniper Row Hand Therapy", "JRH-44817", "M2601A00771", True,
         [S(D(2026, 1, 6), "97165", 1, ("GO",)), S(D(2026, 1, 6), "97760", 1, ("GO",)),
          S(D(2026, 1, 6), "L3807", 1, ("RT",))]
         + series(D(2026, 1, 8), 3, 7, [[("97140", 1, ("GO",)), ("97110", 2, ("GO",))],
                                        [("97530", 2, ("GO",)), ("97018", 1, ("GO",))]])),
        ("Crestline Outpatient Rehab", "CR-0091530", "M2601A00902", False,
         [S(D(2026, 1, 21), "97760", 2, ("GP",), "CO"), S(D(2026, 1, 21), "L3807", 1, ("LT",), "CO")]),
    ]
    copay = {"99214": Decimal("15.00")}
    for _, _, _, _, sv in claims:
        seen = set()
        for s in sv:
            if s.denied:
                s.adjs, s.not_covered = [("CO", "197", s.billed)], s.billed
                continue
            s.allowed = q2(Decimal(SCHED[s.code]) * s.units * Decimal("1.03"))
            c = copay.get(s.code, Decimal("25.00") if s.dos not in seen else ZERO)
            seen.add(s.dos)
            s.copay = min(c, s.allowed)
            s.paid = s.allowed - s.copay
            s.owes = s.copay
            s.discount = s.billed - s.allowed
    all_s = [s for c in claims for s in c[4]]
    # cost summary boxes
    y = fl.y
    for i, (ttl, rows) in enumerate([
        ("Your costs this month", [("Total charged by providers", money(total(all_s, "billed"))),
                                   ("Plan-approved amount", money(total(all_s, "allowed"))),
                                   ("Summit Laurel paid", money(total(all_s, "paid"))),
                                   ("Your share", money(total(all_s, "owes")))]),
        ("Year to date (2026)", [("Your share so far", money(total(all_s, "owes"))),
                                 ("Maximum out-of-pocket", "$4,900.00"),
                                 ("Left before you reach the maximum", money(Decimal("4900") - total(all_s, "owes"))),
                                 ("Prescription drug claims", "See separate notice")])]):
        x0 = 36 + i * 276
        doc.rect(x0, y, 264, 62, fill=0.94)
        doc.t(x0 + 8, y + 5, ttl, FB, 8.5)
        for k, (a, b) in enumerate(rows):
            doc.t(x0 + 8, y + 18 + k * 10, a, F, 7.3)
            doc.t(x0 + 256, y + 18 + k * 10, b, F, 7.3, "r")
    fl.y = y + 76
    X = {"d": 40, "s": 100, "q": 330, "c": 385, "a": 440, "p": 495, "y": 545, "n": 572}

    def colh(f):
        f.doc.hline(36, 576, f.y - 2, 0.5)
        f.row([(X["d"], "Date of", "l"), (X["s"], "Service you received (billing code)", "l"), (X["q"], "Units", "r"),
               (X["c"], "Provider's", "r"), (X["a"], "Plan-approved", "r"), (X["p"], "Plan's", "r"),
               (X["y"], "Your", "r"), (X["n"], "Note", "r")], size=6.8, font=FB, h=8)
        f.row([(X["d"], "service", "l"), (X["c"], "charge", "r"), (X["a"], "amount", "r"), (X["p"], "share", "r"),
               (X["y"], "share", "r")], size=6.8, font=FB, h=9)
        f.doc.hline(36, 576, f.y - 1, 0.5)
        f.y += 2
    cur = {}
    for prov, acct, icn, innet, sv in claims:
        cur["h"] = (prov, acct, icn, innet)
        fl.need(70)

        def chd(f, cont=False):
            p_, a_, i_, n_ = cur["h"]
            f.doc.rect(36, f.y - 2, 540, 23, fill=0.9, stroke=False)
            f.row([(40, f"Claim {i_}" + (" (continued from previous page)" if cont else ""), "l", 1),
                   (572, "In network" if n_ else "Out of network, approved by referral", "r")], size=7.6, font=F,
                  bfont=FB, h=10)
            f.row([(40, f"Provider: {p_}", "l")] + ([(572, f"Provider's patient account: {a_}", "r")] if a_ else []),
                  size=7.2, font=F, h=13)
            colh(f)
        chd(fl)
        fl.repeat = lambda f: chd(f, True)
        for s in sv:
            fl.need(11)
            code = f"{s.code}" + "".join("-" + m for m in s.mods)
            nt = "3" if s.denied else ("1" if s.copay else ("2" if "CQ" in s.mods else ""))
            ds = dfmt(s.dos, "mdy4")
            fl.row([(X["d"], ds, "l"), (X["s"], f"{s.desc} ({code})", "l"), (X["q"], units_str(s.units), "r"),
                    (X["c"], money(s.billed), "r"), (X["a"], money(s.allowed), "r"), (X["p"], money(s.paid), "r"),
                    (X["y"], money(s.owes), "r"), (X["n"], nt, "r")], size=7, font=F, h=10)
            R.add(doc.pageno, s, acct, icn, who, ("billed", "allowed", "paid", "patient_owes"),
                  [ds, f"({code})", money(s.billed), money(s.paid)], remarks=[nt] if nt else [])
        fl.repeat = None
        fl.doc.hline(330, 576, fl.y - 1, 0.4)
        fl.row([(X["s"], "Claim total", "l", 1), (X["c"], money(total(sv, "billed")), "r"),
                (X["a"], money(total(sv, "allowed")), "r"), (X["p"], money(total(sv, "paid")), "r"),
                (X["y"], money(total(sv, "owes")), "r")], size=7, font=F, bfont=FB, h=18)
        R.claim(acct, icn, who, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                patient_owes=total(sv, "owes"))
    legend = [("1", "Your plan's copay for this visit."),
              ("2", "Service given by a physical therapist assistant under supervision."),
              ("3", "No approval was on file before this service. The provider may not bill you for it.")]
    fl.need(60)
    fl.row([(36, "Notes", "l")], size=9, font=FB, h=13)
    for c, t in legend:
        fl.row([(40, f"Note {c}", "l"), (80, t, "l")], size=7.2, font=F, h=10)
    footer_all(doc, lambda d, i, n: (d.t(36, 760, "Summit Laurel Advantage is an HMO-POS plan with a Medicare "
                                                   "contract.", F, 6.3), d.t(576, 760, f"{i} / {n}", F, 7, "r")))
    doc.save(out)
    write_truth(out, "h78_m2", "reportlab", len(doc.pages), "Medicare Advantage member EOB", R.lines, R.claims,
                legend)
    return R


def q2(x):
    from eobgen import q
    return q(x)


# ============================================================================ d1 state Medicaid RA, portal print (fpdf2)

def d1(out: Path):
    doc = Doc("fpdf2")
    R = Rec()
    F, FB = "LibSans", "LibSansB"

    def banner(d):
        d.rect(30, 22, 552, 44, fill=0.9, stroke=True)
        d.t(38, 27, "NORTHSHIRE DEPARTMENT OF HEALTH CARE ACCESS", FB, 9)
        d.t(38, 39, "Medical Assistance Program  -  Provider Remittance Advice", F, 8)
        d.t(38, 51, "Payee: Tidewater Kids Therapy LLC   NPI 1487203395   Medicaid Provider ID 004471290", F, 7)
        d.t(574, 27, "RA Number: 2026020400417", F, 7, "r")
        d.t(574, 37, "RA Date: 02/04/2026", F, 7, "r")
        d.t(574, 47, "Payment: EFT 000883145", F, 7, "r")
        return 74

    fl = Flow(doc, banner, 742)
    recips = [
        ("GUTIERREZ-OLU, AMARA", "70331948201", "TKT-55120", "2602700112447",
         [S(D(2026, 1, 6), "97166", 1, ("GO",)), S(D(2026, 1, 13), "97530", 2, ("GO",)),
          S(D(2026, 1, 13), "97533", 2, ("GO", "59")), S(D(2026, 1, 20), "97530", 3, ("GO",)),
          S(D(2026, 1, 27), "97535", 2, ("GO",)), S(D(2026, 1, 27), "97112", 1, ("GO",))]),
        ("BELLWEATHER, JONAH K", "70448102277", "TKT-55184", "2602700112514",
         [S(D(2026, 1, 8), "92523", 1, ("GN",)), S(D(2026, 1, 15), "92507", 1, ("GN",)),
          S(D(2026, 1, 22), "92507", 1, ("GN",)), S(D(2026, 1, 29), "92507", 1, ("GN",))]),
        ("NAKASHIMA-ROE, ELLIS", "70510337460", "TKT-55207", "2602700112598",
         [S(D(2026, 1, 9), "97530", 4, ("GO",)), S(D(2026, 1, 16), "97533", 3, ("GO",)),
          S(D(2026, 1, 23), "97530", 2, ("GO",)), S(D(2026, 1, 30), "97110", 2, ("GO",))]),
    ]
    for k in range(5):
        nm = f"{LAST[(k * 3 + 2) % len(LAST)].upper()}, {FIRST[(k * 7 + 5) % len(FIRST)].upper()}"
        recips.append((nm, f"70{712004418 + k * 93117}", f"TKT-55{300 + k * 17}", f"26027001126{70 + k * 3}",
                       series(D(2026, 1, 5 + k), 5, 3 + k % 3, [[("97530", 2, ("GO",)), ("97533", 2, ("GO",))], [("97535", 2, ("GO",))], [("97110", 1, ("GO",)), ("97530", 3, ("GO",))]])))
    denied = [("PARRISH, DELIA M", "70662015589", "TKT-55231", "2602700112631",
               [S(D(2026, 1, 12), "97530", 2, ("GO",), "CO"), S(D(2026, 1, 12), "97112", 2, ("GO",), "CO")])]
    for r in recips:
        for s in r[4]:
            medicaid(s)
    for r in denied:
        for s in r[4]:
            medicaid(s, deny_reason="197")
    orig = [S(D(2025, 12, 16), "97530", 3, ("GO",)), S(D(2025, 12, 16), "97140", 2, ("GO",))]
    for s in orig:
        medicaid(s)
    voids = [negate(s) for s in orig]
    repl = [S(D(2025, 12, 16), "97530", 4, ("GO",)), S(D(2025, 12, 16), "97140", 2, ("GO",))]
    for s in repl:
        medicaid(s)
    adjusted = [("QUILLFEATHER, MAE", "70399184035", "TKT-54870", "2602700113007", voids, "VOID of ICN 2512900877121"),
                ("QUILLFEATHER, MAE", "70399184035", "TKT-54870", "2602700113008", repl, "REPLACEMENT")]
    X = {"ln": 34, "f": 52, "t": 96, "p": 140, "m": 170, "u": 232, "b": 276, "a": 320, "tpl": 352, "cp": 380,
         "pd": 420, "adj": 428, "eob": 536}

    def colh(f):
        f.row([(X["ln"], "LN", "l"), (X["f"], "FROM DOS", "l"), (X["t"], "TO DOS", "l"), (X["p"], "PROC", "l"),
               (X["m"], "MODIFIERS", "l"), (X["u"], "UNITS", "r"), (X["b"], "BILLED", "r"), (X["a"], "ALLOWED", "r"),
               (X["tpl"], "TPL", "r"), (X["cp"], "COPAY", "r"), (X["pd"], "PAID", "r"), (X["adj"], "ADJ GRP/RSN AMT", "l"),
               (X["eob"], "EOB", "l")], size=6.2, font=FB, h=9)
        f.doc.hline(30, 582, f.y - 2, 0.5)
    eobc = {"45": "0451", "197": "0214"}
    cur = {}

    def section(title, rows, status):
        fl.need(40)
        fl.doc.rect(30, fl.y - 2, 552, 12, fill=0.75, stroke=False)
        fl.row([(34, title, "l")], size=7.5, font=FB, h=14)
        for name, mid, acct, icn, sv, *extra in rows:
            cur["h"] = (name, mid, acct, icn, extra[0] if extra else status)
            fl.need(45)

            def chd(f, cont=False):
                n_, m_, a_, i_, st_ = cur["h"]
                f.doc.hline(30, 582, f.y - 2, 0.8)
                f.row([(34, f"MEMBER: {n_}", "l", 1), (200, f"MEMBER ID: {m_}", "l"), (330, f"ICN: {i_}", "l"),
                       (470, f"PATIENT ACCT: {a_}", "l")], size=6.6, font=F, bfont=FB, h=9)
                f.row([(34, f"CLAIM STATUS: {st_}" + ("   (CONTINUED)" if cont else ""), "l"),
                       (330, "CLAIM TYPE: PROFESSIONAL", "l")], size=6.4, font=F, h=10)
                colh(f)
            chd(fl)
            fl.repeat = lambda f: chd(f, True)
            for i, s in enumerate(sv, 1):
                fl.need(10)
                g, r, a = s.adjs[0] if s.adjs else ("", "", None)
                adj = f"{g}-{r} {M(a)}" if s.adjs else ""
                eob = eobc.get(r, "") if s.adjs else "0000"
                f_, t_ = dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4")
                fl.row([(X["ln"], f"{i:02d}", "l"), (X["f"], f_, "l"), (X["t"], t_, "l"), (X["p"], s.code, "l"),
                        (X["m"], " ".join(s.mods), "l"), (X["u"], f"{s.units:.2f}", "r"), (X["b"], M(s.billed), "r"),
                        (X["a"], M(s.allowed), "r"), (X["tpl"], "0.00", "r"), (X["cp"], "0.00", "r"),
                        (X["pd"], M(s.paid), "r"), (X["adj"], adj, "l"), (X["eob"], eob, "l")], size=6.4, font=F,
                       h=9)
                R.add(doc.pageno, s, acct, icn, name, ("billed", "allowed", "paid"),
                      [f"{i:02d} {f_}", s.code, M(s.billed), M(s.paid)], adjs=s.adjs, remarks=[eob] if eob else [],
                      full_adj=True, service_end=s.dos)
            fl.repeat = None
            fl.row([(X["p"], "CLAIM TOTAL", "l", 1), (X["b"], M(total(sv, "billed")), "r"),
                    (X["a"], M(total(sv, "allowed")), "r"), (X["pd"], M(total(sv, "paid")), "r")], size=6.4, font=F,
                   bfont=FB, h=13)
            R.claim(acct, icn, name, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"))
    section("PAID CLAIMS", recips, "PAID")
    section("DENIED CLAIMS", denied, "DENIED")
    section("ADJUSTED CLAIMS", adjusted, "ADJUSTED")
    allv = [s for r in recips + denied + adjusted for s in r[4]]
    fl.need(90)
    fl.y += 6
    fl.row([(34, "REMITTANCE SUMMARY", "l")], size=8, font=FB, h=12)
    for a, b in [("Claims paid", "3"), ("Claims denied", "1"), ("Claims adjusted", "2"),
                 ("Total billed", M(total(allv, "billed"))), ("Total paid", M(total(allv, "paid"))),
                 ("Net payment", M(total(allv, "paid")))]:
        fl.row([(40, a, "l"), (200, b, "r")], size=7, font=F, h=9.5)
    legend = [("0000", "Line paid as billed under the program fee schedule."),
              ("0451", "Payment reduced to the maximum fee allowed for this procedure."),
              ("0214", "Prior authorization was not on file for these dates of service.")]
    fl.y += 6
    fl.row([(34, "EOB CODE DESCRIPTIONS", "l")], size=8, font=FB, h=12)
    for c, t in legend:
        fl.row([(40, c, "l"), (80, t, "l")], size=7, font=F, h=9.5)
    footer_all(doc, lambda d, i, n: d.t(582, 760, f"Page {i} of {n}", F, 7, "r"))
    doc.save(out)
    write_truth(out, "h78_d1", "fpdf2", len(doc.pages), "state Medicaid remittance advice, portal print", R.lines,
                R.claims, legend)
    return R


# ============================================================================ d2 state Medicaid RA, line printer (reportlab)

def d2(out: Path):
    doc = Doc("reportlab", landscape=True)
    R = Rec()
    F = "Courier"
    Z = 7.2
    cw = Z * 0.6

    def L(col):  # x of a character column
        return 30 + col * cw

    def banner(d):
        d.t(L(0), 24, "RUN DATE 02/02/26                         COMMONWEALTH OF ALDER BAY MEDICAL ASSISTANCE"
                      "                                 REMITTANCE ADVICE", F, Z)
        d.t(L(0), 34, "PROVIDER 000318872  HOLLIS CREEK SPEECH AND HEARING PC       WARRANT NO. 7720319       "
                      "CYCLE 2605", F, Z)
        d.t(L(0), 44, "-" * 168, F, Z)
        d.t(L(0), 54, "RECIPIENT NAME           RECIP ID      TCN               PATIENT NO.", F, Z)
        d.t(L(0), 63, "  LN SVC-FROM SVC-TO  PROC  MOD1 MOD2 UNITS     BILLED    ALLOWED  PT-LIAB       PAID"
                      "  ST  ADJ-GRP/RSN  ADJ-AMT  EOB", F, Z)
        d.t(L(0), 72, "-" * 168, F, Z)
        return 82

    fl = Flow(doc, banner, 572)
    rows = []

    def rec(name, rid, tcn, pno, sv, status="PD"):
        rows.append((name, rid, tcn, pno, sv, status))
    rec("DRUMMOND, KAYLA", "104477289", "26032001447003", "HCS81207",
        [S(D(2026, 1, 7), "92523", 1, ("GN",)), S(D(2026, 1, 14), "92507", 1, ("GN",)),
         S(D(2026, 1, 21), "92507", 1, ("GN",)), S(D(2026, 1, 28), "92507", 1, ("GN",))])
    rec("OYELARAN, TOBI", "104581032", "26032001447011", "HCS81244",
        [S(D(2026, 1, 6), "92610", 1, ("GN",)), S(D(2026, 1, 13), "92526", 1, ("GN",)),
         S(D(2026, 1, 20), "92526", 1, ("GN",)), S(D(2026, 1, 27), "92526", 1, ("GN",))])
    rec("FENWICK-ASHBY, ROSA", "104600754", "26032001447029", "HCS81260",
        [S(D(2026, 1, 5), "97165", 1, ("GO",)), S(D(2026, 1, 12), "97530", 2, ("GO",)),
         S(D(2026, 1, 19), "97530", 2, ("GO",)), S(D(2026, 1, 19), "97535", 1, ("GO", "59")),
         S(D(2026, 1, 26), "97530", 3, ("GO",))])
    rec("LOCKHART, MILO J", "104612290", "26032001447037", "HCS81302",
        [S(D(2026, 1, 9), "92507", 1, ("GN",)), S(D(2026, 1, 16), "92507", 1, ("GN",), "CO"),
         S(D(2026, 1, 23), "92507", 1, ("GN",)), S(D(2026, 1, 30), "92507", 1, ("GN",))])
    rec("VANTERPOOL, ISLA", "104633871", "26032001447045", "HCS81327",
        [S(D(2026, 1, 8), "92523", 1, ("GN",)), S(D(2026, 1, 15), "92507", 1, ("GN",)),
         S(D(2026, 1, 22), "92507", 1, ("GN",)), S(D(2026, 1, 29), "92507", 1, ("GN",))])
    for k in range(6):
        nm = f"{LAST[(k * 5 + 1) % len(LAST)].upper()}, {FIRST[(k * 3 + 11) % len(FIRST)].upper()}"
        rec(nm, f"1047{10293 + k * 4471}", f"260320014471{k + 60}", f"HCS81{400 + k * 11}",
            series(D(2026, 1, 5 + k), 7, 4, [[("92507", 1, ("GN",))], [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]]))
    for r in rows:
        for s in r[4]:
            medicaid(s, deny_reason="119")
    orig = [S(D(2025, 12, 11), "92507", 1, ("GN",)), S(D(2025, 12, 18), "92507", 1, ("GN",))]
    for s in orig:
        medicaid(s)
    rec("DRUMMOND, KAYLA", "104477289", "26032001447052", "HCS80655", [negate(s) for s in orig], "VD")
    rows.sort(key=lambda r: r[0])
    # a few recipients' shares: a patient-liability line reduces payment
    pl = next(r for r in rows if r[0].startswith("FENWICK"))[4][1]
    def amt(v):
        return f"{abs(v):,.2f}" + ("-" if v < 0 else " ")
    for name, rid, tcn, pno, sv, stt in rows:
        fl.need(4 * Z * 1.4)
        fl.row([(L(0), f"{name:<25}{rid:<14}{tcn:<18}{pno}", "l")], size=Z, font=F)
        for i, s in enumerate(sv, 1):
            plv = ZERO
            if s is pl:
                plv = Decimal("12.00")
                s.paid -= plv
                s.owes = plv
                s.adjs = s.adjs + [("PR", "142", plv)]
            st_ = "DN" if s.denied else stt
            base = (f"  {i:02d} {dfmt(s.dos, 'mdy6')}  {dfmt(s.dos, 'mdy6')}  {s.code} "
                    f"{(s.mods[0] if s.mods else ''):<4} {(s.mods[1] if len(s.mods) > 1 else ''):<4}"
                    f"{s.units:>6.2f} {amt(s.billed):>10} {amt(s.allowed):>10} {amt(plv):>8} {amt(s.paid):>10}  {st_}  ")
            adj = s.adjs
            first = f"{adj[0][0]}{adj[0][1]:<10} {amt(adj[0][2]):>9}" if adj else " " * 21
            eob = {"45": "E201", "119": "E552", "142": "E610"}.get(adj[0][1], "") if adj else "E100"
            fl.need(Z * 1.4 * len(adj or [1]))
            fl.row([(L(0), base + first + "  " + eob, "l")], size=Z, font=F)
            R.add(doc.pageno, s, pno, tcn, name, ("billed", "allowed", "paid", "patient_owes"),
                  [f"{i:02d} {dfmt(s.dos, 'mdy6')}", s.code, f"{abs(s.billed):,.2f}", amt(s.paid).strip(), f" {st_} "],
                  adjs=s.adjs, full_adj=True, remarks=[eob] + [{"142": "E610"}[a[1]] for a in adj[1:]],
                  service_end=s.dos)
            R.lines[-1]["patient_owes"] = str(plv)
            for a in adj[1:]:
                fl.row([(L(0), " " * len(base) + f"{a[0]}{a[1]:<10} {amt(a[2]):>9}  E610", "l")], size=Z, font=F)
        sv = [s for s in sv]
        tb, ta, tp = total(sv, "billed"), total(sv, "allowed"), total(sv, "paid")
        tl = sum((Decimal(R.lines[k]["patient_owes"]) for k in range(len(R.lines) - len(sv), len(R.lines))), ZERO)
        fl.row([(L(0), f"  *** CLAIM TOTAL{'':29}{amt(tb):>10} {amt(ta):>10} {amt(tl):>8} {amt(tp):>10}", "l")],
               size=Z, font=F, h=Z * 2.2)
        R.claim(pno, tcn, name, billed=tb, allowed=ta, paid=tp, patient_owes=tl)
    legend = [("E100", "PAID IN FULL AT PROGRAM RATE"), ("E201", "REDUCED TO PROGRAM MAXIMUM FEE"),
              ("E552", "VISIT LIMIT FOR THIS SERVICE REACHED FOR THE BENEFIT PERIOD"),
              ("E610", "RECIPIENT LIABILITY (SPEND-DOWN) APPLIED")]
    fl.need(70)
    fl.row([(L(0), "EOB CODE  MESSAGE", "l")], size=Z, font=F)
    for c, t in legend:
        fl.row([(L(0), f"{c:<10}{t}", "l")], size=Z, font=F)
    footer_all(doc, lambda d, i, n: d.t(L(0), 584, f"PAGE {i:>4}  OF {n:>4}          AB-MMIS RA-P100", F, Z))
    doc.save(out)
    write_truth(out, "h78_d2", "reportlab", len(doc.pages), "state Medicaid remittance advice, line printer",
                R.lines, R.claims, legend)
    return R


# ============================================================================ p1 Medicare standard paper remit (reportlab)

def p1(out: Path):
    doc = Doc("reportlab")
    R = Rec()
    F, Z = "Courier", 6.6
    cw = Z * 0.6

    def L(c):
        return 24 + c * cw

    def banner(d):
        lines = [
            "MEDICARE                                              MEDICARE REMITTANCE NOTICE",
            "PART B - JURISDICTION 19                               REPRINTED BY CLEARBRIDGE CLAIMS NETWORK",
            "PO BOX 30071  FALLOWMERE, IA 50306",
            "",
            "WYNDCASTLE REHABILITATION GROUP             PROVIDER #: 1538802417",
            "3300 ESKER RIDGE DR STE 12                  PAGE #: {p} OF {n}",
            "MARROWFIELD IA 50419                        DATE: 02/05/26",
            "                                            CHECK/EFT #: 890044217",
            "",
            "PERF PROV  SERV DATE   POS NOS PROC  MODS       BILLED  ALLOWED  DEDUCT   COINS  GRP/RC-AMT     PROV PD",
            "-" * 124,
        ]
        for i, s in enumerate(lines):
            if "{p}" in s:
                d.t(L(0), 20 + i * 9, s.split("PAGE")[0], F, Z)
                d.t(L(44), 20 + i * 9, "PAGE #: ", F, Z)   # number added by the footer pass
            else:
                d.t(L(0), 20 + i * 9, s, F, Z)
        return 20 + len(lines) * 9 + 4

    fl = Flow(doc, banner, 760)
    pats = [
        ("OSTRANDER, BEULAH", "4TR7WE2KD58", "WRG-100441", "2226020713770", [
            S(D(2026, 1, 6), "97161", 1, ("GP", "KX")), S(D(2026, 1, 6), "97110", 2, ("GP", "KX")),
            S(D(2026, 1, 8), "97110", 2, ("GP", "KX")), S(D(2026, 1, 8), "97140", 1, ("GP", "KX")),
            S(D(2026, 1, 13), "97116", 2, ("GP", "KX")), S(D(2026, 1, 13), "97112", 1, ("GP", "KX")),
            S(D(2026, 1, 15), "97110", 3, ("GP", "KX")), S(D(2026, 1, 15), "G0283", 1, ("GP",)),
            S(D(2026, 1, 20), "97140", 2, ("GP", "KX")), S(D(2026, 1, 20), "97530", 1, ("GP", "KX"))], "90.00"),
        ("MACALLISTER, ROY T", "7KD2XU4NM11", "WRG-100502", "2226020713801", [
            S(D(2026, 1, 7), "97166", 1, ("GO",)), S(D(2026, 1, 7), "97535", 2, ("GO",)),
            S(D(2026, 1, 9), "97530", 2, ("GO", "CO")), S(D(2026, 1, 9), "97018", 1, ("GO",))], "0.00"),
        ("PEMBERTON-SKAGGS, IDA", "2PA6QW9RT30", "WRG-100519", "2226020713825", [
            S(D(2026, 1, 12), "92523", 1, ("GN",)), S(D(2026, 1, 19), "92507", 1, ("GN",)),
            S(D(2026, 1, 26), "92507", 1, ("GN",))], "0.00"),
        ("HOLLOWAY, GRETA", "9EN4JC7VB82", "WRG-100388", "2226020713842", [
            S(D(2026, 1, 5), "97140", 2, ("GP", "KX")), S(D(2026, 1, 5), "97110", 1, ("GP", "KX"))], "0.00"),
    ]
    for k in range(4):
        nm = f"{LAST[(k * 4 + 3) % len(LAST)].upper()}, {FIRST[(k * 5 + 2) % len(FIRST)].upper()}"
        pats.insert(2, (nm, f"{k + 3}HX{k}PL{7 - k}QM{20 + k}", f"WRG-1006{10 + k * 7}", f"22260207139{10 + k}",
                        series(D(2026, 1, 6 + k), 3, 3, [[("97110", 2, ("GP", "KX")), ("97140", 1, ("GP", "KX"))],
                                                        [("97112", 2, ("GP", "KX")), ("97530", 1, ("GP", "KX"))]]),
                        "0.00"))
    for name, mid, acnt, icn, sv, ded in pats:
        st = PlanState(ded_left=Decimal(ded))
        for s in sv:
            if s.code == "97018":
                s.denied = "CO"
            medicare(s, st, deny_reason="96")
    # the HOLLOWAY claim is a correction: the earlier payment is reversed and the claim paid again
    prev = [S(D(2026, 1, 5), "97140", 2, ("GP", "KX")), S(D(2026, 1, 5), "97110", 1, ("GP", "KX"))]
    pst = PlanState(ded_left=ZERO)
    for s in prev:
        medicare(s, pst)
    holl = pats.pop()
    pats.append(("HOLLOWAY, GRETA", "9EN4JC7VB82", "WRG-100388", "2226020713841", [negate(s) for s in prev], "R"))
    pats.append(holl)

    def a(v):
        return f"{v:,.2f}" if v >= 0 else f"-{abs(v):,.2f}"
    for name, mid, acnt, icn, sv, flag in pats:
        moa = "MA67" if flag == "R" else "MA01"
        asg = "Y"
        fl.need(4 * 9)
        fl.row([(L(0), f"NAME {name:<22} MID {mid}  ACNT {acnt:<12} ICN {icn}  ASG {asg} MOA {moa}", "l")],
               size=Z, font=F, h=9)
        for s in sv:
            dt = f"{s.dos:%m%d} {s.dos:%m%d%y}"
            mods = " ".join(s.mods)
            first = s.adjs[0]
            rest = s.adjs[1:]
            fl.need(9 * (1 + len(rest)))
            line = (f"1477028833 {dt} 11  {units_str(s.units):>3}"
                    f" {s.code} {mods:<9}{a(s.billed):>9}{a(s.allowed):>9}{a(s.deductible):>8}{a(s.coinsurance):>8}"
                    f"  {first[0]}-{first[1]:<4}{a(first[2]):>9}{a(s.paid):>11}")
            fl.row([(L(0), line, "l")], size=Z, font=F, h=9)
            rmk = []
            if s.denied:
                rmk = ["N425"]
            for g, r, v in rest:
                fl.row([(L(0), " " * 86 + f"{g}-{r:<4}{a(v):>9}", "l")], size=Z, font=F, h=9)
            if rmk:
                fl.row([(L(0), " " * 21 + "REM: " + " ".join(rmk), "l")], size=Z, font=F, h=9)
            R.add(doc.pageno, s, acnt, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                  [f"1477028833 {dt}", s.code, a(s.billed), a(s.paid)], adjs=s.adjs, full_adj=True, remarks=rmk,
                  service_end=s.dos)
        tb, ta, td, tc, tp = (total(sv, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid"))
        fl.row([(L(0), f"PT RESP {a(td + tc):>9}" + " " * 9 + f"CLAIM TOTALS {a(tb):>15}{a(ta):>9}{a(td):>8}"
                 f"{a(tc):>8}" + " " * 15 + f"{a(tp):>11}", "l")], size=Z, font=F, h=9)
        fl.row([(L(0), " " * 82 + f"NET {a(tp):>11}", "l")], size=Z, font=F, h=14)
        R.claim(acnt, icn, name, billed=tb, allowed=ta, paid=tp)
    allv = [s for p in pats for s in p[4]]
    fl.need(60)
    fl.row([(L(0), f"TOTALS: # OF CLAIMS {len(pats)}  BILLED AMT {a(total(allv, 'billed'))}  ALLOWED AMT "
             f"{a(total(allv, 'allowed'))}  PROV PD AMT {a(total(allv, 'paid'))}  CHECK AMT {a(total(allv, 'paid'))}",
             "l")], size=Z, font=F, h=14)
    legend = [("N425", "SERVICE NOT COVERED IN THIS SETTING - PROVIDER WRITES OFF THE CHARGE.")]
    fl.row([(L(0), "GLOSSARY: GROUP, REASON, MOA, REMARK CODES", "l")], size=Z, font=F, h=9)
    for c, t in legend + [("CO", "CONTRACTUAL OBLIGATION"), ("PR", "PATIENT RESPONSIBILITY"),
                          ("MA01", "APPEAL RIGHTS FOR THIS DECISION ARE ON THE REVERSE"),
                          ("MA67", "CORRECTION TO A PRIOR CLAIM")]:
        fl.row([(L(0), f"{c:<6}{t}", "l")], size=Z, font=F, h=9)

    def foot(d, i, n):
        d.t(L(52), 20 + 5 * 9, f"{i} OF {n}", F, Z)
    footer_all(doc, foot)
    doc.save(out)
    write_truth(out, "h78_p1", "reportlab", len(doc.pages), "Medicare Part B standard paper remit, clearinghouse reprint",
                R.lines, R.claims, legend)
    return R


# ============================================================================ p2 practice-management posting report (fpdf2)

def p2(out: Path):
    doc = Doc("fpdf2", landscape=True)
    R = Rec()
    F, FB = "DjCond", "DjCondB"
    W = doc.W

    def banner(d):
        d.t(30, 22, "Lantern Ridge Therapy Partners", FB, 10)
        d.t(30, 35, "Remittance Reconciliation - Detail by Patient", F, 8.5)
        d.t(W - 30, 22, "Payer: Medicare Part B (J-19)", F, 7.5, "r")
        d.t(W - 30, 32, "EFT trace 890044388   Deposit 02/06/2026", F, 7.5, "r")
        d.t(W - 30, 42, "Batch RCN-2602-0117   Posted by: kbrandvold", F, 7.5, "r")
        d.hline(30, W - 30, 54, 0.8)
        return 60

    fl = Flow(doc, banner, 574)
    X = [34, 90, 124, 176, 222, 266, 306, 346, 388, 440, 484, 500, 600, 690]
    hd = ["DOS", "CPT", "Mods", "Units", "Charge", "Allowed", "Deduct", "Coins", "Seq. adj", "Contract adj",
          "Paid", "Adj codes", "Remarks", "Post"]
    al = ["l", "l", "l", "r", "r", "r", "r", "r", "r", "r", "r", "l", "l", "l"]

    def colh(f):
        f.doc.rect(30, f.y - 2, W - 60, 11, fill=0.85, stroke=False)
        f.row([(X[i], hd[i], al[i]) for i in range(14)], size=6.8, font=FB, h=11)
    pats = [
        ("Okonkwo, Delphine", "100482", "E-558102", "22260207140311", "1", [
            S(D(2026, 1, 5), "97163", 1, ("GP",)), S(D(2026, 1, 7), "97110", 2, ("GP",)),
            S(D(2026, 1, 7), "97140", 1, ("GP",)), S(D(2026, 1, 9), "97112", 2, ("GP",)),
            S(D(2026, 1, 12), "97110", 2, ("GP", "CQ")), S(D(2026, 1, 12), "97116", 1, ("GP", "CQ")),
            S(D(2026, 1, 14), "97530", 2, ("GP",)), S(D(2026, 1, 14), "97035", 1, ("GP",))], "70.00"),
        ("Vasquez-Tillery, Anselm", "100517", "E-558140", "22260207140352", "1", [
            S(D(2026, 1, 6), "97167", 1, ("GO",)), S(D(2026, 1, 8), "97535", 3, ("GO",)),
            S(D(2026, 1, 13), "97530", 2, ("GO",)), S(D(2026, 1, 13), "97542", 1, ("GO",)),
            S(D(2026, 1, 15), "97168", 1, ("GO",))], "0.00"),
        ("Brightwater, Eunice", "100398", "E-557760", "22260207140388", "22", [
            S(D(2025, 12, 29), "92507", 1, ("GN",)), S(D(2025, 12, 29), "92526", 1, ("GN",))], "0.00"),
        ("Brightwater, Eunice", "100398", "E-557760", "22260207140389", "1", [
            S(D(2025, 12, 29), "92507", 1, ("GN",)), S(D(2025, 12, 29), "92526", 1, ("GN", "59"))], "0.00"),
        ("Fairclough, Tobias", "100533", "E-558201", "22260207140401", "4", [
            S(D(2026, 1, 16), "0552T", 1, ("GP",)),
            S(D(2026, 1, 16), "97140", 2, ("GP",))], "0.00"),
    ]
    for k in range(4):
        nm = f"{LAST[(k * 6 + 5) % len(LAST)]}, {FIRST[(k * 9 + 4) % len(FIRST)]}"
        pats.insert(2, (nm, f"1006{k + 40}", f"E-5583{k + 10}", f"222602071405{k + 20}", "1",
                        series(D(2026, 1, 12 + k), 2, 4, [[("97530", 2, ("GO",)), ("97535", 1, ("GO",))],
                                                         [("97110", 2, ("GO",)), ("97112", 1, ("GO",))]]), "0.00"))
    for name, acct, enc, icn, stc, sv, ded in pats:
        st = PlanState(ded_left=Decimal(ded))
        for s in sv:
            if stc == "4" or s.code == "0552T":
                s.denied = "CO"
            medicare(s, st, deny_reason="50")
    k = next(i for i, p in enumerate(pats) if p[4] == "22")
    pats[k] = pats[k][:5] + ([negate(s) for s in pats[k][5]], pats[k][6])
    for name, acct, enc, icn, stc, sv, ded in pats:
        fl.need(50)
        status = {"1": "Processed as primary", "22": "Reversal of previous payment", "4": "Denied"}[stc]
        cur = (name, acct, enc, icn, status)

        def band(f, cont=False, cur=cur):
            f.doc.rect(30, f.y - 2, W - 60, 12, fill=0.93, stroke=False)
            f.row([(34, f"Patient: {cur[0]}", "l", 1), (200, f"Acct #: {cur[1]}", "l"), (290, f"Encounter: {cur[2]}", "l"),
                   (400, f"Payer ICN: {cur[3]}", "l"), (560, f"Claim status: {cur[4]}" + (" (cont.)" if cont else ""),
                                                           "l")], size=7.2, font=F, bfont=FB, h=13)
            colh(f)
        band(fl)
        fl.repeat = lambda f, band=band: band(f, True)
        for s in sv:
            fl.need(11)
            ad = {(g, r): v for g, r, v in s.adjs}
            contract = ad.get(("CO", "45"), ad.get(("CO", "50"), ZERO))
            codes = " ".join(f"{g}{r}" for g, r, _ in s.adjs)
            rm = "N130" if s.denied else ("N432" if "CQ" in s.mods else "")
            neg = "()"
            vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), money(s.billed, ",", neg),
                    money(s.allowed, ",", neg), money(s.deductible, ",", neg), money(s.coinsurance, ",", neg),
                    money(s.seq, ",", neg), money(contract, ",", neg), money(s.paid, ",", neg), codes, rm,
                    "Y"]
            fl.row([(X[i], vals[i], al[i]) for i in range(14)], size=6.8, font=F, h=10)
            R.add(doc.pageno, s, enc, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                  [vals[0], f"{s.code} {vals[2]}", vals[4], vals[10], codes], adjs=s.adjs, full_adj=True, remarks=[rm] if rm else [])
        fl.repeat = None
        tb, ta, tp = total(sv, "billed"), total(sv, "allowed"), total(sv, "paid")
        fl.doc.hline(X[4] - 40, X[10] + 4, fl.y - 1, 0.4)
        fl.row([(X[1], "Claim totals", "l", 1), (X[4], money(tb, ",", "()"), "r"), (X[5], money(ta, ",", "()"), "r"),
                (X[10], money(tp, ",", "()"), "r"),
                (X[11], f"Patient responsibility {money(total(sv, 'owes'), ',', '()')}", "l")], size=6.8, font=F,
               bfont=FB, h=16)
        R.claim(enc, icn, name, billed=tb, allowed=ta, paid=tp)
    allv = [s for p in pats for s in p[5]]
    fl.need(70)
    fl.row([(34, "Batch summary", "l")], size=8, font=FB, h=12)
    for k, v in [("Claims in remittance", str(len(pats))), ("Payments posted", money(total(allv, "paid"))),
                 ("Contractual write-offs", money(sum((a[2] for s in allv for a in s.adjs if a[0] == "CO"), ZERO))),
                 ("Transferred to patient", money(total(allv, "owes")))]:
        fl.row([(40, k, "l"), (240, v, "r")], size=7.2, font=F, h=10)
    legend = [("N130", "Check plan benefit limits and exclusions for this service."),
              ("N432", "Service furnished in part by a therapy assistant under supervision.")]
    fl.row([(34, "Remark codes on this report", "l")], size=7.5, font=FB, h=11)
    for c, t in legend:
        fl.row([(40, c, "l"), (80, t, "l")], size=7, font=F, h=10)
    footer_all(doc, lambda d, i, n: d.t(W - 30, 590, f"Printed 02/06/2026 08:14   Page {i} of {n}", F, 6.8, "r"))
    doc.save(out)
    write_truth(out, "h78_p2", "fpdf2", len(doc.pages), "practice-management remittance reconciliation",
                R.lines, R.claims, legend)
    return R


# ============================================================================ s1 therapy clinic family statement (reportlab)

def s1(out: Path):
    doc = Doc("reportlab")
    R = Rec()
    F, FB = "LibNarrow", "LibNarrowB"
    guar = "Celeste Oyelowo-Hart"

    def banner(d):
        if d.pageno == 1:
            d.t(36, 30, "Little Harbor Pediatric Therapy", FB, 14)
            d.t(36, 47, "Occupational - Speech - Feeding   |   41 Tidewell Rd, Bexley Point, ME 04572", F, 7.5)
            d.t(36, 57, "Billing office (207) 555-0148   Mon-Thu 8:30-4:30", F, 7.5)
            d.rect(372, 26, 204, 66)
            for i, (a, b) in enumerate([("Statement date", "02/10/2026"), ("Guarantor account", "LHP-G-30817"),
                                        ("Please pay by", "03/05/2026"), ("Amount due", "AMT")]):
                d.t(380, 32 + i * 14, a, FB if a == "Amount due" else F, 8)
                d.t(568, 32 + i * 14, b, FB if a == "Amount due" else F, 8, "r")
            d.t(36, 80, guar, F, 8.5)
            d.t(36, 91, "77 Salt Marsh Way, Bexley Point, ME 04572", F, 8.5)
            d.t(36, 108, "- - - - - - - - - - - - - - -  please detach and return the top part with your payment  - "
                         "- - - - - - - - - - - - - -", F, 6.5)
            return 124
        d.t(36, 28, f"Little Harbor Pediatric Therapy  -  {guar}  -  account LHP-G-30817", F, 7.5)
        d.hline(36, 576, 40, 0.5)
        return 48

    fl = Flow(doc, banner, 742)
    ins_name = "Penobscot Shore Health (PPO)"
    st = PlanState(ded_left=Decimal("45.00"), coins_rate=Decimal("0.10"), visit_copay=Decimal("20.00"))
    kids = [
        ("Noor Oyelowo-Hart", [
            ("V-660214", "PSH-26A-004117", [S(D(2026, 1, 5), "97165", 1, ("GO",)), S(D(2026, 1, 5), "97533", 1, ("GO",))]),
            ("V-660388", "PSH-26A-004552", [S(D(2026, 1, 12), "97530", 2, ("GO",)), S(D(2026, 1, 12), "97533", 2, ("GO", "59"))]),
            ("V-660471", "PSH-26A-005010", [S(D(2026, 1, 19), "97530", 3, ("GO",)), S(D(2026, 1, 19), "97112", 1, ("GO",))]),
            ("V-660590", "PSH-26A-005488", [S(D(2026, 1, 26), "97530", 2, ("GO",)), S(D(2026, 1, 26), "97535", 2, ("GO",))]),
            ("V-660633", "PSH-26A-005561", [S(D(2026, 1, 28), "97533", 3, ("GO",)), S(D(2026, 1, 28), "97110", 1, ("GO",))]),
            ("V-660702", "PSH-26A-005790", [S(D(2026, 1, 30), "97530", 3, ("GO",)), S(D(2026, 1, 30), "97168", 1, ("GO",))]),
        ]),
        ("Idris Oyelowo-Hart", [
            ("V-660233", "PSH-26A-004130", [S(D(2026, 1, 6), "92523", 1, ("GN",))]),
            ("V-660402", "PSH-26A-004601", [S(D(2026, 1, 13), "92507", 1, ("GN",))]),
            ("V-660499", "PSH-26A-005066", [S(D(2026, 1, 20), "92507", 1, ("GN",)), S(D(2026, 1, 20), "92526", 1, ("GN",))]),
            ("V-660611", "PSH-26A-005502", [S(D(2026, 1, 27), "92507", 1, ("GN",))]),
            ("V-660655", "PSH-26A-005577", [S(D(2026, 1, 29), "92507", 1, ("GN",)), S(D(2026, 1, 29), "92526", 1, ("GN",))]),
        ]),
        ("Sabine Oyelowo-Hart", [
            ("V-660287", "PSH-26A-004299", [S(D(2026, 1, 8), "97166", 1, ("GO",)), S(D(2026, 1, 8), "97760", 1, ("GO",)),
                                            S(D(2026, 1, 8), "L3807", 1, ("LT",))]),
            ("V-660530", "PSH-26A-005190", [S(D(2026, 1, 22), "97140", 2, ("GO",)), S(D(2026, 1, 22), "0552T", 1, (), "PR")]),
        ]),
    ]
    for _, visits in kids:
        for _, _, sv in visits:
            for s in sv:
                commercial(s, st, deny_reason="96")
    all_s = [s for _, v in kids for _, _, sv in v for s in sv]
    paid_at_visit = Decimal("60.00")
    due = total(all_s, "owes") - paid_at_visit
    # fill the amount-due box on page 1
    doc.pages[0] = [op if not (op[0] == "t" and op[3] == "AMT") else op[:3] + (money(due),) + op[4:]
                    for op in doc.pages[0]]
    X = {"d": 40, "p": 88, "c": 150, "s": 196, "u": 330, "ch": 378, "ip": 428, "ia": 478, "b": 534}

    def colh(f):
        f.doc.rect(36, f.y - 2, 540, 11, fill=0.82, stroke=False)
        f.row([(X["d"], "Date", "l"), (X["p"], "Visit", "l"), (X["c"], "Code", "l"), (X["s"], "Service", "l"),
               (X["u"], "Units", "r"), (X["ch"], "Charges", "r"), (X["ip"], "Ins. paid", "r"),
               (X["ia"], "Ins. adjust", "r"), (X["b"], "Your balance", "r")], size=7.2, font=FB, h=12)
    fl.row([(36, "ACCOUNT ACTIVITY BY FAMILY MEMBER", "l")], size=9, font=FB, h=14)
    for kid, visits in kids:
        fl.need(50)

        def kh(f, cont=False, kid=kid):
            f.row([(36, f"Patient: {kid}" + ("   (continued)" if cont else ""), "l")], size=8.5, font=FB, h=12)
            colh(f)
        kh(fl)
        fl.repeat = lambda f, kh=kh: kh(f, True)
        kid_s = []
        for visit, pclaim, sv in visits:
            fl.need(12 * (len(sv) + 1))
            for s in sv:
                code = f"{s.code}{''.join(s.mods)}"
                insadj = s.billed - s.paid - s.owes
                ds = dfmt(s.dos, "mdy4")
                wd = wrap(s.desc, 30)
                fl.row([(X["d"], ds, "l"), (X["p"], visit, "l"), (X["c"], code, "l"), (X["s"], wd[0], "l"),
                        (X["u"], units_str(s.units), "r"), (X["ch"], money(s.billed, ","), "r"),
                        (X["ip"], money(s.paid, ","), "r"), (X["ia"], money(insadj, ","), "r"),
                        (X["b"], money(s.owes, ","), "r")], size=7.2, font=F, h=10)
                for extra in wd[1:]:
                    fl.row([(X["s"], extra, "l")], size=7.2, font=F, h=10)
                R.add(doc.pageno, s, visit, pclaim, kid, ("billed", "paid", "patient_owes"),
                      [ds, visit, code, money(s.billed, ","), money(s.owes, ",")])
                kid_s.append(s)
            fl.row([(X["s"], f"Billed to {ins_name} 01/29/2026, claim {pclaim}. Visit charges "
                     f"{money(total(sv, 'billed'))}, insurance paid {money(total(sv, 'paid'))}, your part "
                     f"{money(total(sv, 'owes'))}", "l")], size=6.4, font=F, h=11)
            R.claim(visit, pclaim, kid, billed=total(sv, "billed"), paid=total(sv, "paid"), patient_owes=total(sv, "owes"))
        fl.repeat = None
        fl.row([(X["s"], f"Total for {kid}", "l", 1), (X["ch"], money(total(kid_s, "billed"), ","), "r"),
                (X["b"], money(total(kid_s, "owes"), ","), "r")], size=7.2, font=F, bfont=FB, h=15)
    fl.need(60)
    fl.row([(X["d"], "02/02/2026", "l"), (X["s"], "Payment - thank you (card ending 4471)", "l"),
            (X["b"], money(-paid_at_visit, ",", "()"), "r")], size=7.2, font=F, h=12)
    fl.row([(X["s"], "AMOUNT DUE NOW", "l", 1), (X["b"], money(due), "r")], size=8, font=F, bfont=FB, h=16)
    for ln in wrap("Questions about a balance? Call the billing office. Balances left after insurance are due on "
                   "receipt. Ask us about a payment plan.", 120):
        fl.row([(36, ln, "l")], size=7, font=F)
    footer_all(doc, lambda d, i, n: d.t(576, 760, f"Page {i} of {n}", F, 7, "r"))
    doc.save(out)
    write_truth(out, "h78_s1", "reportlab", len(doc.pages), "therapy clinic family statement", R.lines,
                R.claims, [])
    return R


# ============================================================================ s2 hospital family statement (fpdf2)

def s2(out: Path):
    doc = Doc("fpdf2")
    R = Rec()
    F, FB = "LibSerif", "LibSerifB"
    guar = "Theodore Whitlock-Ames"

    def banner(d):
        d.rect(0, 0, 612, 46, fill=0.86, stroke=False)
        d.t(36, 12, "ST. BRENDAN'S REGIONAL MEDICAL CENTER", FB, 12)
        d.t(36, 28, "Patient Financial Services  |  900 Abbey Hill Rd, Corran Falls, VT 05711", F, 7.5)
        d.t(576, 16, "GUARANTOR STATEMENT", FB, 9, "r")
        d.t(576, 30, f"Page {d.pageno} of NN", F, 7.5, "r")
        d.t(36, 54, f"Guarantor: {guar}", F, 8)
        d.t(300, 54, "Guarantor no. 4410-77235", F, 8)
        d.t(576, 54, "Statement date 02/12/2026", F, 8, "r")
        d.hline(36, 576, 66, 0.6)
        return 74

    fl = Flow(doc, banner, 742)
    accts = [
        ("Whitlock-Ames, Theodore", "HAR 880144120", "Outpatient Rehabilitation", "Green Mountain Mutual", "GMM-26-113-88071",
         [("0420", S(D(2026, 1, 6), "97163", 1, ("GP",))), ("0420", S(D(2026, 1, 6), "97110", 2, ("GP",))),
          ("0420", S(D(2026, 1, 8), "97140", 2, ("GP",))), ("0420", S(D(2026, 1, 8), "97110", 2, ("GP",))),
          ("0420", S(D(2026, 1, 13), "97112", 2, ("GP",))), ("0420", S(D(2026, 1, 13), "97035", 1, ("GP",))),
          ("0420", S(D(2026, 1, 15), "97110", 3, ("GP",))), ("0420", S(D(2026, 1, 15), "G0283", 1, ("GP",))),
          ("0420", S(D(2026, 1, 20), "97140", 1, ("GP",))), ("0420", S(D(2026, 1, 20), "97530", 2, ("GP",))),
          ("0420", S(D(2026, 1, 22), "97116", 2, ("GP",))), ("0420", S(D(2026, 1, 22), "97110", 2, ("GP", "59"))),
          ("0270", S(D(2026, 1, 22), "A4556", 2, ()))], "411.12", "96.61"),
        ("Whitlock-Ames, June", "HAR 880144377", "Outpatient Rehabilitation", "Green Mountain Mutual", "GMM-26-118-90215",
         [("0430", S(D(2026, 1, 9), "97167", 1, ("GO",))), ("0430", S(D(2026, 1, 9), "97535", 2, ("GO",))),
          ("0430", S(D(2026, 1, 16), "97530", 2, ("GO",))), ("0430", S(D(2026, 1, 16), "97542", 1, ("GO",)))]
         + [("0430", x) for x in series(D(2026, 1, 20), 2, 6, [[("97530", 2, ("GO",)), ("97535", 1, ("GO",))],
                                                              [("97110", 2, ("GO",)), ("97018", 1, ("GO",))]])],
         "318.40", "55.00"),
        ("Whitlock-Ames, Caleb", "HAR 880145009", "Outpatient Speech Therapy", "Green Mountain Mutual", "GMM-26-123-91402",
         [("0440", S(D(2026, 1, 21), "92610", 1, ("GN",))), ("0440", S(D(2026, 1, 28), "92526", 1, ("GN",)))],
         "201.30", "0.00"),
        ("Whitlock-Ames, Caleb", "HAR 880145160", "Emergency Department", "Green Mountain Mutual", "GMM-26-127-91880",
         [("0450", S(D(2026, 1, 24), "99214", 1, ("25",)))], "120.75", "50.00"),
        ("Whitlock-Ames, Rosalind", "HAR 880145322", "Outpatient Rehabilitation", "Green Mountain Mutual",
         "GMM-26-129-92044", [("0420", x) for x in series(D(2026, 1, 26), 2, 4, [[("97161", 1, ("GP",))],
                                                                                [("97110", 2, ("GP",)), ("97140", 1, ("GP",))]])],
         "240.10", "0.00"),
    ]
    X = {"rc": 40, "d": 72, "c": 130, "m": 170, "s": 200, "q": 470, "a": 572}
    fl.row([(36, "Below is a summary of each hospital account for the people on this guarantor account.", "l")],
           size=8, font=F, h=14)
    grand = ZERO
    for pt, har, svc, ins, ref, items, ins_paid, pt_paid in accts:
        fl.need(80)
        cur = (pt, har, svc, ins, ref)

        def ah(f, cont=False, cur=cur):
            f.doc.rect(36, f.y - 3, 540, 24, fill=0.9, stroke=False)
            f.row([(40, f"Patient: {cur[0]}", "l", 1), (300, f"Account: {cur[1]}", "l", 1),
                   (572, cur[2] + (" - continued" if cont else ""), "r")], size=8, font=F, bfont=FB, h=10)
            f.row([(40, f"Insurance billed: {cur[3]}", "l"), (300, f"Insurance claim ref: {cur[4]}", "l")],
                  size=7.4, font=F, h=13)
            f.row([(X["rc"], "Rev", "l"), (X["d"], "Date", "l"), (X["c"], "CPT", "l"), (X["m"], "Mod", "l"),
                   (X["s"], "Description of service", "l"), (X["q"], "Qty", "r"), (X["a"], "Charges", "r")],
                  size=7.4, font=FB, h=9)
            f.doc.hline(36, 576, f.y, 0.4)
            f.y += 3
        ah(fl)
        fl.repeat = lambda f, ah=ah: ah(f, True)
        for rc, s in items:
            fl.need(10)
            ds = dfmt(s.dos, "mdy4")
            fl.row([(X["rc"], rc, "l"), (X["d"], ds, "l"), (X["c"], s.code, "l"), (X["m"], " ".join(s.mods), "l"),
                    (X["s"], s.desc, "l"), (X["q"], units_str(s.units), "r"), (X["a"], money(s.billed), "r")],
                   size=7.4, font=F, h=9.6)
            R.add(doc.pageno, s, har, ref, pt, ("billed",), [f"{rc} {ds}", s.code, money(s.billed)])
        fl.repeat = None
        sv = [s for _, s in items]
        tb = total(sv, "billed")
        ip, pp = Decimal(ins_paid), Decimal(pt_paid)
        iadj = q3(tb * Decimal("0.31"))
        bal = tb - ip - iadj - pp
        grand += bal
        fl.need(60)
        fl.doc.hline(420, 576, fl.y, 0.4)
        fl.y += 2
        for k, v in [("Total charges", money(tb)), (f"{ins} payment", money(-ip, "$", "()")),
                     ("Insurance contractual adjustment", money(-iadj, "$", "()")),
                     ("Patient payments", money(-pp, "$", "()")), ("Account balance", money(bal))]:
            fl.row([(420, k, "l"), (X["a"], v, "r")], size=7.4, font=FB if k.startswith(("Total", "Account")) else F,
                   h=9.6)
        fl.y += 6
        R.claim(har, ref, pt, billed=tb)
    fl.need(40)
    fl.doc.rect(300, fl.y, 276, 22, fill=0.9)
    fl.y += 6
    fl.row([(308, "TOTAL DUE FROM GUARANTOR", "l", 1), (570, money(grand), "r", 1)], size=9, font=F, bfont=FB, h=24)
    for ln in wrap("Financial assistance may be available based on household income. Call Patient Financial "
                   "Services for an application. We accept cards, checks and online payments.", 120):
        fl.row([(36, ln, "l")], size=7.2, font=F, h=9.5)
    n = len(doc.pages)
    doc.pages = [[op if not (op[0] == "t" and op[3].endswith("of NN")) else op[:3] + (op[3].replace("NN", str(n)),)
                  + op[4:] for op in pg] for pg in doc.pages]
    doc.save(out)
    write_truth(out, "h78_s2", "fpdf2", len(doc.pages), "hospital guarantor statement with one account per family member",
                R.lines, R.claims, [])
    return R


def q3(x):
    from eobgen import q
    return q(x)


LAYOUTS = [("h78_c1_trillium_member_eob", c1), ("h78_c2_keelwater_benefits_paid", c2),
           ("h78_m1_msn_partb", m1), ("h78_m2_summit_laurel_ma_eob", m2),
           ("h78_d1_northshire_medicaid_ra", d1), ("h78_d2_alderbay_medicaid_ra", d2),
           ("h78_p1_clearbridge_spr", p1), ("h78_p2_lantern_ridge_recon", p2),
           ("h78_s1_little_harbor_statement", s1), ("h78_s2_st_brendans_guarantor", s2)]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout78_"))
    if "samples" in out.resolve().parts:
        raise SystemExit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    errs: list[str] = []
    nl = np_ = spans = 0
    for name, fn in LAYOUTS:
        pdf = out / f"{name}.pdf"
        rec = fn(pdf)
        import json
        tr = json.loads(Path(str(pdf) + ".truth.json").read_text())
        nl += len(tr["lines"])
        np_ += tr["pages"]
        sp = spanning(tr)
        spans += sp > 0
        print(f"{name}: {len(tr['lines'])} lines, {len(tr['claims'])} claims, {tr['pages']} pages, "
              f"{sp} claim(s) continued onto a next page")
        if check:
            errs += check_file(pdf, rec.anchors)
            errs += extra_checks(pdf, tr)
    print(f"wrote {len(LAYOUTS)} PDFs, {nl} lines, {np_} pages into {out}")
    if check:
        if spans < 3:
            errs.append(f"only {spans} files carry a claim continued onto the next page")
        for e in errs:
            print("CHECK FAIL", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


def extra_checks(pdf: Path, tr: dict) -> list[str]:
    """Document-level promises: several claims, several patients where the kind has a family, pages."""
    errs = []
    pts = {ln["patient"] for ln in tr["lines"]}
    if len(tr["claims"]) < 3:
        errs.append(f"{pdf.name}: fewer than 3 claims")
    kind = pdf.name.split("_")[1]
    if kind[0] in "cds" and len(pts) < 3:
        errs.append(f"{pdf.name}: fewer than 3 patients")
    for ln in tr["lines"]:
        if ln["page"] < 1 or ln["page"] > tr["pages"]:
            errs.append(f"{pdf.name}: line page out of range")
    return errs


def spanning(tr: dict) -> int:
    """How many claims have rows on more than one page."""
    n = 0
    for c in tr["claims"]:
        pages = {ln["page"] for ln in tr["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                 (c["claim_id"], c["payer_claim_id"], c["patient"])}
        n += len(pages) > 1
    return n


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
