"""Write the EIGHTEENTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader on everyday documents a family with a child in OT / PT / speech therapy
opens. (bench/heldout/ .. heldout17/ came earlier and may have been looked at while the reader was developed.)

Run:  python bench/heldout18/make_heldout18_pdfs.py OUT_DIR             (default: a new temp folder, printed)
      python bench/heldout18/make_heldout18_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (run by whoever measures the reader, not by this set's author)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units included); claim_id = the provider's own account / visit / invoice number, payer_claim_id =
the payer's claim number, patient exactly as printed (the person who got the service, not the subscriber).
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness). Fonts: DejaVu /
Liberation TrueType when installed, else the PDF core fonts (the check still holds).

Layouts (10 files, 202 service lines, 22 pages; family-facing kinds, each in a house style not used by sets 1-17):
  f01 national carrier member EOB, portrait Liberation Sans 6.8 pt: per-patient summary box on page 1, shaded claim
      bands "Claim n of 5", 14 columns "Provider charges / Member savings / Plan allowance / Not covered /
      Deductible / Copay / Coinsurance / Plan payment / Member responsibility / Remark", code glued to modifiers
      "97530-GO", Qty, wrapped service wording, a no-approval denial the member does not owe and a non-covered
      line the member owes, claim totals, continuation pages with a running head, remark legend (reportlab)
  f02 CHIP (children's health insurance program) member statement to a parent, portrait DejaVu Sans: one section
      per child, "Date of Service / Provider / Service Provided / Procedure Code "97530 GO" / Units / Amount Billed /
      Amount CHIP Paid / Your Co-payment / Claim Number / Msg", wrapped provider names, a $10 per-visit co-payment,
      a $0 well-child visit, a non-benefit line paid $0.00, child totals (not claim totals), cost-sharing cap box,
      2 pages (fpdf2)
  f03 Medicare Advantage HMO QUARTERLY SUMMARY EOB for a grandparent, LANDSCAPE 12 pt Liberation Serif (the large-
      print rule of those notices): per-provider claim headings (claim number, provider's account number), chart
      "Date of service / Service provided / Amount the provider billed / Plan-approved amount / Plan's share / Your
      share / See notes", wording with "(97110-GP), 2 units" wrapping under it, a $25 copay once per visit day, a
      non-covered line, claim totals, 3 pages (reportlab)
  f04 secondary plan member EOB (the other parent's school-employee plan via a TPA), portrait core Courier capitals,
      fixed-width: SVC DATE / PROC / MODS / UNITS / CHARGES / PRIM ALLOWED / PRIM PAID / OUR ALLOWED / OUR PAYMENT /
      YOUR BALANCE / RMK, dashed rules, a primary denial the secondary also denies, CLAIM TOTAL lines, 2 pages (fpdf2)
  f05 pediatric therapy clinic family STATEMENT, portrait DejaVu Sans: statement box and aging line, visit heading
      rows (visit number, child, insurer claim number or "claim pending"), Date / Code / Mod / Description / Units /
      Charges / Insurance Paid / Insurance Adj. / Pending Ins. / Your Balance, visits still at the insurer printed
      with "--", visit totals, a separate payments-and-credits table, page 2 under a repeated header (reportlab)
  f06 Blue-plan family member EOB, LANDSCAPE Liberation Sans Narrow, fully ruled grid with claim bands inside one
      table, "$" money, Modifiers "GO, 59", Units, Billed amount / Discount / Allowed amount / Deductible / Copay /
      Coinsurance / Not covered / Paid by the plan / You may owe / Codes, header repeated on page 2; PLANTED claim-total
      mismatch (a claim's plan-paid total printed 10.00 too high) (fpdf2)
  f07 Medicaid managed-care MEMBER PORTAL "Claims history" printed from a web browser, portrait DejaVu Sans
      Condensed: browser date/title head and URL/page foot, filter line, zebra rows with Claim # / Member / Date of
      Service / Provider / Procedure "97530 GO" / Description / Billed / Paid / You Owe / Status on every row, an adult
      $4.00 copay, denied lines paid $0.00, no units and no totals, 2 pages (reportlab)
  f08 HMO point-of-service member EOB, portrait core Times: one boxed table per claim with shaded headings, Charged /
      HMO contracted rate / Copayment / Coinsurance / Not covered / HMO paid / Your cost / Note, $15 copay per
      therapy day, a CORRECTED claim printed as the reversal of the December claim (negative "-$95.00" amounts)
      followed by its replacement, claim totals, 2 pages (reportlab)
  f09 private speech-language practice statement of INVOICES to a family, portrait Liberation Serif: one boxed
      invoice per session (invoice no., session date, client, clinician), CPT / Mod / Units / Service / Fee / Ins.
      Payment / Ins. Adjustment / Client Resp., an insurer line under each box with its claim number, a self-pay
      session with dashes, invoice totals, 2 pages (fpdf2)
  f10 Medicare Advantage PPO per-claim EOBs for a grandparent's hand therapy, one claim per page (3 pages), portrait
      Liberation Sans: claim facts box, Date / Procedure "97140 GO" / Description / Units / Billed / Allowed /
      Deductible / Coinsurance / Plan Paid / Your Responsibility / Remarks, L3807 RT, a non-covered 0552T, claim
      total row, remark legend on every page (fpdf2)

Truth decisions worth knowing: f02's patient_owes is the printed co-payment (also kept as copay), no allowed amount
is printed; f03's and f10's allowed is the plan-approved / allowed amount, paid the plan's share, patient_owes the
member's share; f04's allowed / paid / patient_owes are the SECONDARY plan's (OUR ALLOWED / OUR PAYMENT / YOUR
BALANCE), the primary's figures are not truth fields, its remark codes are remarks; f05's discount is the uncoded
"Insurance Adj.", patient_owes the printed "Your Balance" (0.00 while the insurer still has the visit; paid and
discount null there, payer_claim_id null), "Pending Ins." is not a truth field, claim_id the visit number; f07
prints no allowed amount, no units and no provider account number (claim_id null); f08's reversal lines carry the
December claim's number with negative amounts; f09's self-pay session has paid / discount null and no
payer_claim_id, claim_id the invoice number; remark / note / message codes are remarks throughout; no layout prints
CARC adjustments, so adjustments are empty everywhere.

The self-check (--check) tests the factory, not the reader: every truth code (with its modifiers as printed),
units value, printed amount and (where rows print it) date is on ONE text row of its page (or within the two text
rows a two-line service uses), remarks on the page, ids and patients in the document, the page count matches,
legend codes are printed, and the documents' own arithmetic holds (billed - discount - not covered = allowed where
those are printed; allowed - deductible - copay - coinsurance = paid for primary plans; patient owes = its printed
parts; claim totals = sum of lines, also printed, unless the mismatch is the planted expected finding, and the
planted one really is a mismatch).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

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
    q,
    total,
    truth_line,
    units_str,
    write_truth,
)
from h18kit import FP, RL, check_file, pick  # noqa: E402

# A few more invented charges / program rates for codes the shared tables lack.
for _c, _fee, _sch, _d in (
        ("99392", "210.00", "96.40", "Well-child visit, age 1-4"),
        ("97533", "90.00", "0.00", "Sensory integration techniques"),
        ("E0114", "65.00", "30.12", "Crutches, underarm, pair"),
        ("97018", "30.00", "8.21", "Paraffin bath"),
        ("92610", "180.00", "88.30", "Swallowing function evaluation"),
):
    eobgen.FEE.setdefault(_c, _fee)
    eobgen.SCHED.setdefault(_c, _sch)
    eobgen.DESC.setdefault(_c, _d)

D = date
M = Decimal
CONV: dict[str, dict] = {}
PAGES: dict[str, int] = {}  # page counts found by a first pass, so "Page n of N" can be printed


def NP(name: str) -> int:  # noqa: N802
    return PAGES.get(name, 0)


def m_plain(d: Decimal) -> str:
    return f"{q(d):,.2f}" if d >= 0 else f"-{abs(q(d)):,.2f}"


def m_dollar(d: Decimal) -> str:
    return f"${q(d):,.2f}" if d >= 0 else f"-${abs(q(d)):,.2f}"


def codemods(ln: dict, sep: str = "-", joiner: str = "-") -> str:
    return ln["code"] + (sep + joiner.join(ln["modifiers"]) if ln["modifiers"] else "")


def cm(s: Svc, sep: str = "-", joiner: str = "-") -> str:
    return s.code + (sep + joiner.join(s.mods) if s.mods else "")


# ================================================================================================= f01
def f01(out: Path) -> None:
    name = "h18_f01_carrier_member_eob"
    P = RL(out / f"{name}.pdf")
    F, FB = pick("LiberationSans"), pick("LiberationSans-Bold")
    st = {"Mira": PlanState(ded_left=M("150.00"), coins_rate=M("0.20")),
          "Theo": PlanState(ded_left=M("0.00"), coins_rate=M("0.20")),
          "Daniel": PlanState(ded_left=M("60.00"), coins_rate=M("0.20"), copay_codes={"99213": M("40.00")})}
    prov = {"TPT": "Tidewater Pediatric Therapy", "CSL": "Clearwater Speech & Language Center",
            "ROH": "Riverside Orthopedic & Hand Clinic"}
    claims = [
        ("Mira Oyelaran-Price", "Mira", "TPT", "TPT-77120", "LK26-0043817", "01/09/2026", "01/15/2026", [
            Svc(D(2026, 1, 5), "97165", 1, ("GO",)),
            Svc(D(2026, 1, 7), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 7), "97535", 1, ("GO", "59")),
        ]),
        ("Theo Oyelaran-Price", "Theo", "CSL", "CSL-3318", "LK26-0047730", "01/22/2026", "01/28/2026", [
            Svc(D(2026, 1, 6), "92523", 1, ("GN",)),
            Svc(D(2026, 1, 13), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 20), "92507", 1, ("GN",)),
        ]),
        ("Daniel Oyelaran-Price", "Daniel", "ROH", "ROH-55019", "LK26-0050291", "01/14/2026", "01/21/2026", [
            Svc(D(2026, 1, 9), "99213", 1, ()),
            Svc(D(2026, 1, 9), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 9), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 9), "0552T", 1, (), denied="PR"),
        ]),
        ("Mira Oyelaran-Price", "Mira", "TPT", "TPT-77164", "LK26-0051102", "01/20/2026", "01/27/2026", [
            Svc(D(2026, 1, 12), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 12), "97112", 1, ("GO",)),
            Svc(D(2026, 1, 14), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 14), "97140", 1, ("GO", "59"), denied="CO"),
            Svc(D(2026, 1, 16), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 16), "97535", 2, ("GO",)),
        ]),
        ("Theo Oyelaran-Price", "Theo", "CSL", "CSL-3402", "LK26-0060014", "02/02/2026", "02/06/2026", [
            Svc(D(2026, 1, 27), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 29), "92526", 1, ("GN",)),
            Svc(D(2026, 1, 29), "92507", 1, ("GN", "59")),
        ]),
    ]
    remark = {}
    for _pat, key, _p, _a, _c, _r, _pr, svcs in claims:
        for s in svcs:
            commercial(s, st[key])
            if s.denied == "CO":
                s.owes = ZERO
                remark[id(s)] = ["LK21"]
            elif s.denied == "PR":
                remark[id(s)] = ["LK34"]
            elif s.deductible:
                remark[id(s)] = ["LK02"]
            elif s.copay:
                remark[id(s)] = ["LK05"]
            else:
                remark[id(s)] = []
    legend = [("LK02", "Part of this amount counts toward your deductible for the plan year."),
              ("LK05", "Your plan has a set copay for this kind of visit."),
              ("LK21", "Approval was needed before this service. The provider may not bill you for it."),
              ("LK34", "Your plan does not cover this service. You may be billed for it."),
              ]
    cols = [("Date", 40, "l"), ("Service", 84, "l"), ("Code", 54, "l"), ("Qty", 16, "r"),
            ("Provider|charges", 40, "r"), ("Member|savings", 38, "r"), ("Plan|allowance", 40, "r"),
            ("Not|covered", 36, "r"), ("Deduct-|ible", 36, "r"), ("Copay", 32, "r"), ("Co-|insurance", 38, "r"),
            ("Plan|payment", 40, "r"), ("Member|responsi-|bility", 42, "r"), ("Remark", 30, "l")]
    x0 = 26

    def head(y: float) -> float:
        P.rect(x0, y - 8, sum(w for _, w, _ in cols), 30, fill=0.86, stroke=False)
        P.font(FB, 6.6)
        x = x0
        for t, w, a in cols:
            for k, part in enumerate(t.split("|")):
                (P.textr(x + w - 2, y + k * 7.5, part) if a == "r" else P.text(x + 2, y + k * 7.5, part))
            x += w
        P.font(F, 6.8)
        return y + 30

    def running_head() -> float:
        P.font(FB, 9)
        P.text(x0, 34, "Larkspur Health Insurance Company")
        P.font(F, 7.5)
        P.text(x0, 45, "Explanation of Benefits (continued)  ·  Member: Daniel Oyelaran-Price  ·  ID LKH 884 301 772")
        P.textr(P.W - x0, 34, f"Page {P.page_no} of {NP(name)}")
        return 64

    # page 1 furniture
    P.font(FB, 15)
    P.text(x0, 44, "Larkspur Health")
    P.font(F, 7.5)
    P.text(x0, 56, "Larkspur Health Insurance Company · PO Box 40517 · Harlow Springs, OR 97499")
    P.font(FB, 12)
    P.textr(P.W - x0, 44, "Explanation of Benefits")
    P.font(F, 8)
    P.textr(P.W - x0, 56, "THIS IS NOT A BILL")
    P.textr(P.W - x0, 67, "Statement date: 02/10/2026")
    P.textr(P.W - x0, 78, f"Page 1 of {NP(name)}")
    P.font(F, 8.5)
    for i, t in enumerate(["DANIEL OYELARAN-PRICE", "2214 SEDGE MEADOW LN", "CORVALE, OR 97412"]):
        P.text(x0 + 10, 100 + i * 11, t)
    P.font(F, 7.5)
    for i, t in enumerate(["Plan: Larkspur Choice PPO", "Member ID: LKH 884 301 772", "Group: 55120-EMP Pinecrest Tools",
                           "Questions? Call Member Services 1-800-555-0143"]):
        P.text(360, 100 + i * 10, t)
    # summary by patient
    y = 160
    P.font(FB, 9)
    P.text(x0, y, "Summary of claims processed for your family")
    y += 6
    P.rect(x0, y, 560, 58, stroke=True)
    P.font(FB, 7)
    hx = [x0 + 8, x0 + 190, x0 + 290, x0 + 390, x0 + 490]
    for x, t in zip(hx, ["Family member", "Claims", "Provider charges", "Plan payment", "Member responsibility"]):
        P.text(x, y + 12, t)
    P.font(F, 7.5)
    yy = y + 24
    for pat in ["Mira Oyelaran-Price", "Theo Oyelaran-Price", "Daniel Oyelaran-Price"]:
        ss = [s for c in claims if c[0] == pat for s in c[7]]
        n = sum(1 for c in claims if c[0] == pat)
        P.text(hx[0], yy, pat)
        P.text(hx[1], yy, str(n))
        P.text(hx[2], yy, m_dollar(total(ss, "billed")))
        P.text(hx[3], yy, m_dollar(total(ss, "paid")))
        P.text(hx[4], yy, m_dollar(total(ss, "owes")))
        yy += 10
    y += 78
    lines, tclaims = [], []
    limit = P.H - 48
    for ci, (pat, _key, pv, acct, clm, rec, proc, svcs) in enumerate(claims, 1):
        if y + 70 > limit:
            P.new_page()
            y = running_head()
        P.rect(x0, y, 560, 24, fill=0.93, stroke=False)
        P.font(FB, 7.8)
        P.text(x0 + 4, y + 9, f"Claim {ci} of 5  ·  Patient: {pat}  ·  Provider: {prov[pv]}")
        P.font(F, 7)
        P.text(x0 + 4, y + 19, f"Claim number {clm}   ·   Provider's patient account {acct}   ·   Received {rec}"
                               f"   ·   Processed {proc}")
        y = head(y + 36)
        for s in svcs:
            desc = P.wrap(s.desc, 80)
            if y + 9 * len(desc) > limit:
                P.new_page()
                y = running_head()
                P.font(FB, 7.5)
                P.text(x0, y, f"Claim {ci} of 5 (continued)  ·  {pat}  ·  Claim number {clm}")
                y = head(y + 14)
            vals = [dfmt(s.dos, "mdy4"), desc[0], cm(s), units_str(s.units), m_plain(s.billed),
                    m_plain(s.discount), m_plain(s.allowed), m_plain(s.not_covered), m_plain(s.deductible),
                    m_plain(s.copay), m_plain(s.coinsurance), m_plain(s.paid), m_plain(s.owes),
                    " ".join(remark[id(s)])]
            x = x0
            for (t, w, a), v in zip(cols, vals):
                (P.textr(x + w - 2, y, v) if a == "r" else P.text(x + 2, y, v))
                x += w
            for k, extra in enumerate(desc[1:], 1):
                P.text(x0 + cols[0][1] + 2, y + 8 * k, extra)
            lines.append(truth_line(P.page_no, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes"),
                                    remarks=remark[id(s)]))
            y += 8 * len(desc) + 3
            P.line(x0, y - 6, x0 + 560, y - 6, lw=0.2)
        P.font(FB, 6.8)
        vals = ["Claim totals", "", "", "", m_plain(total(svcs, "billed")), m_plain(total(svcs, "discount")),
                m_plain(total(svcs, "allowed")), m_plain(total(svcs, "not_covered")),
                m_plain(total(svcs, "deductible")), m_plain(total(svcs, "copay")),
                m_plain(total(svcs, "coinsurance")), m_plain(total(svcs, "paid")), m_plain(total(svcs, "owes")), ""]
        x = x0
        for (t, w, a), v in zip(cols, vals):
            (P.textr(x + w - 2, y + 2, v) if a == "r" else P.text(x + 2, y + 2, v))
            x += w
        P.font(F, 6.8)
        tclaims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                        "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                               total(svcs, "owes"))})
        y += 22
    if y + 70 > limit:
        P.new_page()
        y = running_head()
    P.font(FB, 8)
    P.text(x0, y, "Remark codes explained")
    P.font(F, 7)
    for i, (c, t) in enumerate(legend):
        P.text(x0, y + 11 + i * 9, f"{c}  {t}")
    y += 11 + 9 * len(legend) + 8
    P.text(x0, y, "You have the right to appeal. See the back of your ID card or call Member Services within 180 days.")
    pages = P.page_no
    P.close()
    write_truth(out / f"{name}.pdf", name, "reportlab", pages,
                "National carrier member EOB, portrait, 14 tight columns, code glued to modifiers, claim bands, "
                "continuation pages.", lines, tclaims, legend)
    CONV[name] = dict(money=m_plain, date=lambda d: dfmt(d, "mdy4"), code=codemods, units=lambda ln: ln["units"],
                      fields=("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                              "paid", "patient_owes"), share_check=True, discount_check=True,
                      owes=lambda ln: sum(M(ln[k]) for k in ("deductible", "copay", "coinsurance"))
                      + (M(ln["not_covered"]) if "LK34" in ln["remarks"] else 0))


# ================================================================================================= f02
def f02(out: Path) -> None:
    name = "h18_f02_chip_member_statement"
    P = FP(out / f"{name}.pdf", "P", when=FIXED_WHEN)
    F, FB = pick("DejaVuSans"), pick("DejaVuSans-Bold")
    LHT = "Little Harbor Therapy Group"
    SUN = "Sunfield Pediatrics"
    VOX = "Voxbridge Speech and Feeding Clinic at Elm Street"
    kids = {
        "Ines Rosales-Whitaker": ("MCH-0447120-01", [
            (D(2026, 1, 6), LHT, "CH2600644817", [("97166", 1, ("GO",)), ("97530", 2, ("GO",))]),
            (D(2026, 1, 13), LHT, "CH2601352210", [("97530", 3, ("GO",)), ("97533", 1, ("GO",))]),
            (D(2026, 1, 20), LHT, "CH2602058804", [("97530", 2, ("GO",)), ("97535", 1, ("GO", "59"))]),
            (D(2026, 1, 22), SUN, "CH2602260019", [("99392", 1, ())]),
            (D(2026, 1, 27), LHT, "CH2602761377", [("97530", 3, ("GO",)), ("97112", 1, ("GO",))]),
            (D(2026, 2, 3), LHT, "CH2603402245", [("97530", 2, ("GO",)), ("97110", 1, ("GO",))]),
        ]),
        "Mateo Rosales-Whitaker": ("MCH-0447120-02", [
            (D(2026, 1, 8), VOX, "CH2600890031", [("92610", 1, ("GN",)), ("92526", 1, ("GN",))]),
            (D(2026, 1, 15), VOX, "CH2601591178", [("92526", 1, ("GN",))]),
            (D(2026, 1, 22), VOX, "CH2602293340", [("92526", 1, ("GN",)), ("92507", 1, ("GN", "59"))]),
            (D(2026, 1, 29), VOX, "CH2602994402", [("92507", 1, ("GN",))]),
            (D(2026, 2, 5), VOX, "CH2603695513", [("92526", 1, ("GN",)), ("92507", 1, ("GN",))]),
        ]),
    }
    cols = [("Date of|Service", 50, "l"), ("Provider", 88, "l"), ("Service Provided", 104, "l"),
            ("Procedure|Code", 52, "l"), ("Units", 26, "r"), ("Amount|Billed", 48, "r"),
            ("Amount|CHIP Paid", 50, "r"), ("Your|Co-payment", 52, "r"), ("Claim Number", 64, "l"),
            ("Msg", 22, "l")]
    x0 = 22
    W = sum(w for _, w, _ in cols)

    def dd(d):
        return d.strftime("%m-%d-%Y")

    def head(y):
        P.rect(x0, y - 9, W, 22, fill=0.80, stroke=False)
        P.font(FB, 6.8)
        x = x0
        for t, w, a in cols:
            for k, part in enumerate(t.split("|")):
                (P.textr(x + w - 3, y + k * 8, part) if a == "r" else P.text(x + 3, y + k * 8, part))
            x += w
        P.font(F, 7)
        return y + 22

    P.font(FB, 14)
    P.text(x0, 40, "Sunfield CHIP")
    P.font(F, 8)
    P.text(x0, 52, "Children's Health Insurance Program · served by Meadowlark Community Health Plan")
    P.text(x0, 62, "1180 Granary Road, Suite 300 · Fairhollow, KS 66712 · 1-888-555-0177 (TTY 711)")
    P.font(FB, 11)
    P.textr(P.W - x0, 40, "Statement of Services Paid")
    P.font(F, 8)
    P.textr(P.W - x0, 52, "For services processed 01/01/2026 - 02/15/2026")
    P.textr(P.W - x0, 62, "Date of this notice: February 18, 2026")
    P.font(F, 9)
    for i, t in enumerate(["To the parent or guardian of", "Ines and Mateo Rosales-Whitaker", "77 Quarry Hill Rd, Apt 4",
                           "Fairhollow, KS 66714"]):
        P.text(x0 + 12, 92 + i * 12, t)
    P.rect(350, 80, 240, 58)
    P.font(FB, 8)
    P.text(358, 93, "Your family's cost-sharing this year")
    P.font(F, 7.5)
    P.text(358, 106, "Yearly cost-sharing cap: $520.00")
    P.text(358, 117, "Co-payments counted so far: $110.00")
    P.text(358, 128, "Keep your receipts. Once you reach the cap, no co-payments are due.")
    P.font(F, 8)
    y = 160
    for t in ["This is not a bill. It shows the care your children received and what CHIP paid. If you do not",
              "recognize a service, call us. You never pay more than the co-payment shown for a covered service."]:
        P.text(x0, y, t)
        y += 10
    y += 10
    lines, tclaims = [], []
    limit = P.H - 50
    notes = {"97533": "C", "99392": "W"}
    for kid, (mid, visits) in kids.items():
        P.font(FB, 9.5)
        P.text(x0, y, f"Services for {kid}    Member ID {mid}")
        y = head(y + 16)
        kid_svcs = []
        for dos, prov, clm, items in visits:
            svcs = []
            for code, u, mods in items:
                s = Svc(dos, code, u, mods)
                if code == "97533":
                    medicaid(s)
                else:
                    medicaid(s)
                svcs.append(s)
            # one $10 co-payment per therapy visit day, on the first paid line; well-child visits have none
            for s in svcs:
                if s.paid > 0 and s.code != "99392":
                    s.copay = M("10.00")
                    s.paid -= s.copay
                    break
            for s in svcs:
                s.owes = s.copay
                pw = P.wrap(prov, cols[1][1] - 5)
                dw = P.wrap(s.desc, cols[2][1] - 5)
                h = 9 * max(len(pw), len(dw)) + 4
                if y + h > limit:
                    P.font(F, 7)
                    P.textr(P.W - x0, P.H - 24, f"Page {P.page_no} of {NP(name)}")
                    P.new_page()
                    P.font(FB, 9)
                    P.text(x0, 40, f"Sunfield CHIP · Statement of Services Paid (continued) · {kid}")
                    y = head(58)
                rm = [notes[s.code]] if s.code in notes else []
                vals = [dd(s.dos), pw[0], dw[0], cm(s, " ", " "), units_str(s.units), m_dollar(s.billed),
                        m_dollar(s.paid), m_dollar(s.owes), clm, " ".join(rm)]
                x = x0
                for (t, w, a), v in zip(cols, vals):
                    (P.textr(x + w - 3, y, v) if a == "r" else P.text(x + 3, y, v))
                    x += w
                for k in range(1, max(len(pw), len(dw))):
                    if k < len(pw):
                        P.text(x0 + cols[0][1] + 3, y + 9 * k, pw[k])
                    if k < len(dw):
                        P.text(x0 + cols[0][1] + cols[1][1] + 3, y + 9 * k, dw[k])
                P.line(x0, y + h - 7, x0 + W, y + h - 7, lw=0.2)
                lines.append(truth_line(P.page_no, s, claim_id=None, payer_claim_id=clm, patient=kid,
                                        printed=("billed", "paid", "copay", "patient_owes"), remarks=rm))
                y += h
            kid_svcs += svcs
            tclaims.append({"claim_id": None, "payer_claim_id": clm, "patient": kid,
                            "totals": claim_totals()})
        P.font(FB, 7)
        P.text(x0 + 3, y + 2, f"Total for {kid.split()[0]}")
        P.textr(x0 + sum(w for _, w, _ in cols[:6]) - 3, y + 2, m_dollar(total(kid_svcs, "billed")))
        P.textr(x0 + sum(w for _, w, _ in cols[:7]) - 3, y + 2, m_dollar(total(kid_svcs, "paid")))
        P.textr(x0 + sum(w for _, w, _ in cols[:8]) - 3, y + 2, m_dollar(total(kid_svcs, "owes")))
        y += 24
    legend = [("C", "This service is not a CHIP benefit. CHIP paid $0.00. The provider may not bill you."),
              ("W", "Well-child visits have no co-payment.")]
    P.font(FB, 8)
    P.text(x0, y, "Message codes")
    P.font(F, 7.5)
    for i, (c, t) in enumerate(legend):
        P.text(x0, y + 11 + 10 * i, f"{c} - {t}")
    P.textr(P.W - x0, P.H - 24, f"Page {P.page_no} of {NP(name)}")
    pages = P.page_no
    P.close()
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages,
                "CHIP member statement to a parent, one section per child, claim number on every row, co-payments.",
                lines, tclaims, legend)
    CONV[name] = dict(money=m_dollar, date=lambda d: d.strftime("%m-%d-%Y"),
                      code=lambda ln: codemods(ln, " ", " "), units=lambda ln: ln["units"],
                      fields=("billed", "paid", "patient_owes"),
                      owes=lambda ln: M(ln["copay"]))


# ================================================================================================= f03
def f03(out: Path) -> None:
    from reportlab.lib.pagesizes import landscape, letter
    name = "h18_f03_ma_hmo_quarterly"
    P = RL(out / f"{name}.pdf", landscape(letter))
    F, FB = pick("LiberationSerif"), pick("LiberationSerif-Bold")
    member = "Walter Kowalczyk-Ames"
    st = PlanState(visit_copay=M("25.00"), allowed_rate=M("0.62"))
    provs = [
        ("Lakeside Physical Therapy", "LPT-20931", "EV26-0110-48812", [
            Svc(D(2026, 1, 6), "97161", 1, ("GP",)), Svc(D(2026, 1, 6), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 8), "97110", 2, ("GP",)), Svc(D(2026, 1, 8), "97116", 1, ("GP",)),
            Svc(D(2026, 1, 8), "97140", 1, ("GP", "59")),
        ]),
        ("Birchwood Family Medicine", "BFM-118406", "EV26-0121-50277", [
            Svc(D(2026, 1, 19), "99213", 1, ()), Svc(D(2026, 1, 19), "E0114", 1, ("NU",)),
        ]),
        ("Lakeside Physical Therapy", "LPT-21077", "EV26-0204-53390", [
            Svc(D(2026, 1, 27), "97110", 3, ("GP",)), Svc(D(2026, 1, 27), "G0283", 1, ("GP",)),
            Svc(D(2026, 1, 29), "97110", 2, ("GP",)), Svc(D(2026, 1, 29), "97112", 1, ("GP",)),
            Svc(D(2026, 1, 29), "0552T", 1, (), denied="PR"),
        ]),
        ("Lakeside Physical Therapy", "LPT-21530", "EV26-0302-58841", [
            Svc(D(2026, 2, 24), "97110", 2, ("GP", "KX")), Svc(D(2026, 2, 24), "97116", 1, ("GP", "KX")),
            Svc(D(2026, 2, 26), "97110", 2, ("GP", "KX")), Svc(D(2026, 2, 26), "97530", 1, ("GP", "KX")),
        ]),
        ("Lakeside Physical Therapy", "LPT-21688", "EV26-0318-60127", [
            Svc(D(2026, 3, 3), "97110", 2, ("GP", "KX")), Svc(D(2026, 3, 3), "97140", 1, ("GP", "KX")),
            Svc(D(2026, 3, 5), "97110", 2, ("GP", "KX")), Svc(D(2026, 3, 5), "97116", 1, ("GP", "KX")),
            Svc(D(2026, 3, 10), "97110", 1, ("GP", "KX")),
        ]),
    ]
    for _p, _a, _c, svcs in provs:
        for s in svcs:
            commercial(s, st)
            s.remarks = ["B"] if s.denied else (["A"] if s.copay else [])
    cols = [("Date of|service", 86, "l"), ("Service provided", 216, "l"), ("Amount the|provider billed", 98, "r"),
            ("Plan-approved|amount", 92, "r"), ("Plan's share", 86, "r"), ("Your share", 80, "r"),
            ("See|notes", 44, "l")]
    x0 = 36
    W = sum(w for _, w, _ in cols)

    def head(y):
        P.rect(x0, y - 13, W, 32, fill=0.85, stroke=True)
        P.font(FB, 12)
        x = x0
        for t, w, a in cols:
            for k, part in enumerate(t.split("|")):
                (P.textr(x + w - 4, y + k * 13, part) if a == "r" else P.text(x + 4, y + k * 13, part))
            x += w
        P.font(F, 12)
        return y + 36

    def foot():
        P.font(F, 10)
        P.text(x0, P.H - 22, "Evergreen Senior Advantage (HMO) · H9901-004 · Quarterly Explanation of Benefits")
        P.textr(P.W - x0, P.H - 22, f"Page {P.page_no} of {NP(name)}")

    P.font(FB, 20)
    P.text(x0, 46, "Evergreen Health Plans")
    P.font(F, 12)
    P.text(x0, 64, "Your Quarterly Summary of Medical Services  ·  January 1 - March 31, 2026")
    P.text(x0, 90, f"Member: {member}")
    P.text(x0, 106, "Member number: EVH-3310-88207")
    P.text(x0, 122, "Plan: Evergreen Senior Advantage (HMO)")
    P.rect(430, 78, 326, 62)
    P.font(FB, 12)
    P.text(440, 94, "This is not a bill.")
    P.font(F, 12)
    P.text(440, 110, "Your out-of-pocket maximum: $4,900.00")
    P.text(440, 126, "Counted so far this year: $220.00")
    P.font(FB, 14)
    y = 164
    P.text(x0, y, "Your medical claims this quarter")
    y += 24
    lines, tclaims = [], []
    limit = P.H - 44
    for pv, acct, clm, svcs in provs:
        if y + 90 > limit:
            foot()
            P.new_page()
            y = 46
        P.font(FB, 12)
        P.text(x0, y, f"{pv}")
        P.font(F, 12)
        P.text(x0, y + 15, f"Claim number {clm}   ·   Your provider's account number: {acct}")
        y = head(y + 36)
        for s in svcs:
            units = f"{units_str(s.units)} unit" + ("" if s.units == 1 else "s")
            wording = [w.replace("_", " ") for w in
                       P.wrap(f"{s.desc} ({cm(s)}), {units.replace(' ', '_')}", cols[1][1] - 8)]
            h = 15 * len(wording) + 4
            if y + h > limit:
                foot()
                P.new_page()
                P.font(FB, 12)
                P.text(x0, 46, f"{pv} (continued)  ·  Claim number {clm}")
                y = head(70)
            vals = [dfmt(s.dos, "mdy4"), wording[0], m_dollar(s.billed), m_dollar(s.allowed), m_dollar(s.paid),
                    m_dollar(s.owes), ", ".join(s.remarks)]
            x = x0
            for (t, w, a), v in zip(cols, vals):
                (P.textr(x + w - 4, y, v) if a == "r" else P.text(x + 4, y, v))
                x += w
            for k, extra in enumerate(wording[1:], 1):
                P.text(x0 + cols[0][1] + 4, y + 15 * k, extra)
            P.line(x0, y + h - 10, x0 + W, y + h - 10, lw=0.3)
            lines.append(truth_line(P.page_no, s, claim_id=acct, payer_claim_id=clm, patient=member,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks))
            y += h
        P.font(FB, 12)
        vals = ["Total for this claim", "", m_dollar(total(svcs, "billed")), m_dollar(total(svcs, "allowed")),
                m_dollar(total(svcs, "paid")), m_dollar(total(svcs, "owes")), ""]
        x = x0
        for (t, w, a), v in zip(cols, vals):
            (P.textr(x + w - 4, y + 2, v) if a == "r" else P.text(x + 4, y + 2, v))
            x += w
        tclaims.append({"claim_id": acct, "payer_claim_id": clm, "patient": member,
                        "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                               total(svcs, "owes"))})
        y += 34
    legend = [("A", "You pay a $25.00 copay for each day you have an office or outpatient therapy visit."),
              ("B", "This service is not covered by your plan. You are responsible for the billed amount.")]
    if y + 60 > limit:
        foot()
        P.new_page()
        y = 46
    P.font(FB, 12)
    P.text(x0, y, "Notes")
    P.font(F, 12)
    for i, (c, t) in enumerate(legend):
        P.text(x0, y + 16 + 15 * i, f"{c}   {t}")
    foot()
    pages = P.page_no
    P.close()
    write_truth(out / f"{name}.pdf", name, "reportlab", pages,
                "Medicare Advantage HMO quarterly summary EOB, landscape 12 pt, code and units inside wrapped wording.",
                lines, tclaims, legend)
    CONV[name] = dict(money=m_dollar, date=lambda d: dfmt(d, "mdy4"), code=codemods, span=3,
                      units=lambda ln: f"{ln['units']} unit" + ("" if ln["units"] == "1" else "s"),
                      fields=("billed", "allowed", "paid", "patient_owes"))


# ================================================================================================= f04
def f04(out: Path) -> None:
    name = "h18_f04_secondary_member_eob"
    P = FP(out / f"{name}.pdf", "P", when=FIXED_WHEN)
    P.font("Courier", 8)
    cw = P.width("0")
    x0 = 24
    prim = PlanState(ded_left=M("200.00"), coins_rate=M("0.30"))
    rows_fmt = "{:<8} {:<5} {:<6} {:>3} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:<3}"
    hdr1 = rows_fmt.format("SVC", "PROC", "MODS", "UN-", "CHARGES", "PRIM", "PRIM", "OUR", "OUR", "YOUR", "RMK")
    hdr2 = rows_fmt.format("DATE", "", "", "ITS", "", "ALLOWED", "PAID", "ALLOWED", "PAYMENT", "BALANCE", "")
    claims = [
        ("ELODIE NAKAMURA-BELL", "CEDAR RIDGE PEDIATRIC OT", "CR-604417", "MR26-011-00384", [
            Svc(D(2026, 1, 5), "97166", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 2, ("GO",))]),
        ("ELODIE NAKAMURA-BELL", "CEDAR RIDGE PEDIATRIC OT", "CR-604502", "MR26-018-01127", [
            Svc(D(2026, 1, 12), "97530", 3, ("GO",)), Svc(D(2026, 1, 12), "97535", 1, ("GO", "59")),
            Svc(D(2026, 1, 14), "97530", 2, ("GO",)), Svc(D(2026, 1, 14), "97112", 1, ("GO",))]),
        ("JUNE NAKAMURA-BELL", "MAPLEWOOD SPEECH PARTNERS", "MSP-22871", "MR26-020-01460", [
            Svc(D(2026, 1, 13), "92523", 1, ("GN",)), Svc(D(2026, 1, 20), "92507", 1, ("GN",))]),
        ("ELODIE NAKAMURA-BELL", "CEDAR RIDGE PEDIATRIC OT", "CR-604633", "MR26-027-02218", [
            Svc(D(2026, 1, 19), "97530", 3, ("GO",)), Svc(D(2026, 1, 19), "97533", 1, ("GO",), denied="PR"),
            Svc(D(2026, 1, 21), "97530", 2, ("GO",)), Svc(D(2026, 1, 21), "97110", 1, ("GO", "59"))]),
        ("JUNE NAKAMURA-BELL", "MAPLEWOOD SPEECH PARTNERS", "MSP-22954", "MR26-034-02975", [
            Svc(D(2026, 1, 27), "92507", 1, ("GN",)), Svc(D(2026, 2, 3), "92507", 1, ("GN",)),
            Svc(D(2026, 2, 10), "92507", 1, ("GN",))]),
        ("JUNE NAKAMURA-BELL", "NORTHSIDE PEDIATRIC ASSOCIATES", "NPA-8840113", "MR26-041-03302", [
            Svc(D(2026, 2, 11), "99213", 1, ("25",)), Svc(D(2026, 2, 11), "92610", 1, ())]),
    ]
    extra = {}
    for *_x, svcs in claims:
        for s in svcs:
            commercial(s, prim)
            if s.denied:
                pa, pp, bal = ZERO, ZERO, s.billed
                s.allowed, s.paid, s.owes = ZERO, ZERO, s.billed
                s.remarks = ["B7"]
            else:
                pa, pp, bal = s.allowed, s.paid, s.owes
                s.allowed = q(s.billed * M("0.85"))
                s.paid = min(bal, max(ZERO, s.allowed - pp))
                s.owes = bal - s.paid
                s.remarks = ["S1"] if s.owes == 0 else ["S2"]
            extra[id(s)] = (pa, pp)
    lines, tclaims = [], []
    limit = P.H - 50

    def pl(y, t, font="Courier", size=8):
        P.font(font, size)
        P.text(x0, y, t)

    def colhead(y):
        pl(y, hdr1, "Courier-Bold")
        pl(y + 10, hdr2, "Courier-Bold")
        P.line(x0, y + 14, x0 + cw * len(hdr1), y + 14, lw=0.4, dash=True)
        return y + 25

    pl(40, "MILLRACE BENEFIT SERVICES, INC.", "Courier-Bold", 11)
    pl(52, "CLAIMS ADMINISTRATOR FOR TRI-COUNTY SCHOOL EMPLOYEES HEALTH PLAN")
    pl(62, "PO BOX 2290  *  OSWIN FALLS, ID 83399  *  800-555-0118")
    P.font("Courier-Bold", 10)
    P.textr(P.W - x0, 40, "EXPLANATION OF BENEFITS")
    P.font("Courier", 8)
    P.textr(P.W - x0, 52, "SECONDARY COVERAGE")
    P.textr(P.W - x0, 62, f"DATE 02/20/26   PAGE 1 OF {NP(name)}")
    for i, t in enumerate(["SANDRA K NAKAMURA-BELL", "4417 BIRCH HOLLOW DR", "OSWIN FALLS ID 83401"]):
        pl(92 + 10 * i, "    " + t)
    pl(92, " " * 56 + "EMPLOYEE ID   TSE-0093317")
    pl(102, " " * 56 + "GROUP         TCSE-2")
    pl(112, " " * 56 + "OTHER PLAN    BASIN STATE HEALTH (PRIMARY)")
    y = 140
    for t in ["THIS IS NOT A BILL. THIS PLAN PAYS AFTER THE PRIMARY PLAN. WE CONSIDER THE BALANCE THE PRIMARY PLAN",
              "LEFT YOU AND PAY UP TO OUR ALLOWED AMOUNT LESS WHAT THE PRIMARY PLAN PAID."]:
        pl(y, t)
        y += 10
    y += 12
    for pat, prov, acct, clm, svcs in claims:
        if y + 80 > limit:
            P.font("Courier", 8)
            P.new_page()
            P.textr(P.W - x0, 36, f"PAGE {P.page_no} OF {NP(name)}")
            pl(36, "MILLRACE BENEFIT SERVICES, INC.  *  EOB SECONDARY COVERAGE  *  SANDRA K NAKAMURA-BELL")
            y = 60
        pl(y, f"PATIENT: {pat:<24} CLAIM NO: {clm}", "Courier-Bold")
        pl(y + 10, f"PROVIDER: {prov:<31} PROVIDER REF: {acct}")
        y = colhead(y + 24)
        for s in svcs:
            pa, pp = extra[id(s)]
            t = rows_fmt.format(dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), units_str(s.units),
                                m_plain(s.billed), m_plain(pa), m_plain(pp), m_plain(s.allowed), m_plain(s.paid),
                                m_plain(s.owes), " ".join(s.remarks))
            pl(y, t)
            lines.append(truth_line(P.page_no, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks))
            y += 10
        P.line(x0, y - 6, x0 + cw * len(hdr1), y - 6, lw=0.4, dash=True)
        t = rows_fmt.format("CLAIM", "TOTAL", "", "", m_plain(total(svcs, "billed")),
                            m_plain(sum((extra[id(s)][0] for s in svcs), ZERO)),
                            m_plain(sum((extra[id(s)][1] for s in svcs), ZERO)), m_plain(total(svcs, "allowed")),
                            m_plain(total(svcs, "paid")), m_plain(total(svcs, "owes")), "")
        pl(y + 2, t, "Courier-Bold")
        tclaims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                        "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                               total(svcs, "owes"))})
        y += 26
    legend = [("S1", "PAID IN FULL BY THE TWO PLANS TOGETHER; NOTHING LEFT FOR YOU."),
              ("S2", "OUR ALLOWED AMOUNT LESS THE PRIMARY PAYMENT DID NOT COVER ALL OF YOUR BALANCE."),
              ("B7", "THE PRIMARY PLAN DENIED THIS AS NOT COVERED; THIS PLAN EXCLUDES IT TOO.")]
    pl(y, "REMARK CODES", "Courier-Bold")
    for i, (c, t) in enumerate(legend):
        pl(y + 10 + 10 * i, f"{c}  {t}")
    pages = P.page_no
    P.close()
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages,
                "Secondary plan member EOB from a TPA, Courier fixed-width, primary figures printed for reference.",
                lines, tclaims, legend)
    CONV[name] = dict(money=m_plain, date=lambda d: dfmt(d, "mdy2"),
                      code=lambda ln: [ln["code"]] + ([" ".join(ln["modifiers"])] if ln["modifiers"] else []),
                      units=lambda ln: ln["units"], fields=("billed", "allowed", "paid", "patient_owes"))


# ================================================================================================= f05
def f05(out: Path) -> None:
    name = "h18_f05_clinic_family_statement"
    P = RL(out / f"{name}.pdf")
    F, FB = pick("DejaVuSans"), pick("DejaVuSans-Bold")
    st = PlanState(ded_left=M("120.00"), coins_rate=M("0.20"), allowed_rate=M("0.78"))
    payer = "Northgate Health Alliance"
    visits = [
        ("V26-00118", "Lucas Ferreira-Holm", D(2026, 1, 6), "NGA-26-0108-4471", [
            Svc(D(2026, 1, 6), "97165", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 1, ("GO",))]),
        ("V26-00131", "Ana Ferreira-Holm", D(2026, 1, 7), "NGA-26-0109-5502", [
            Svc(D(2026, 1, 7), "92523", 1, ("GN",))]),
        ("V26-00167", "Lucas Ferreira-Holm", D(2026, 1, 13), "NGA-26-0115-0987", [
            Svc(D(2026, 1, 13), "97530", 2, ("GO",)), Svc(D(2026, 1, 13), "97112", 1, ("GO",)),
            Svc(D(2026, 1, 13), "97535", 1, ("GO", "59"))]),
        ("V26-00172", "Ana Ferreira-Holm", D(2026, 1, 14), "NGA-26-0116-2210", [
            Svc(D(2026, 1, 14), "92507", 1, ("GN",))]),
        ("V26-00203", "Lucas Ferreira-Holm", D(2026, 1, 20), "NGA-26-0122-3318", [
            Svc(D(2026, 1, 20), "97530", 3, ("GO",)), Svc(D(2026, 1, 20), "97533", 1, ("GO",), denied="PR")]),
        ("V26-00211", "Ana Ferreira-Holm", D(2026, 1, 21), "NGA-26-0123-4046", [
            Svc(D(2026, 1, 21), "92507", 1, ("GN",)), Svc(D(2026, 1, 21), "92526", 1, ("GN",))]),
        ("V26-00244", "Lucas Ferreira-Holm", D(2026, 1, 27), "NGA-26-0129-7751", [
            Svc(D(2026, 1, 27), "97530", 2, ("GO",)), Svc(D(2026, 1, 27), "97110", 1, ("GO",))]),
        ("V26-00249", "Ana Ferreira-Holm", D(2026, 1, 26), "NGA-26-0130-8120", [
            Svc(D(2026, 1, 26), "92507", 1, ("GN",)), Svc(D(2026, 1, 26), "92526", 1, ("GN", "59"))]),
        ("V26-00251", "Lucas Ferreira-Holm", D(2026, 1, 29), "NGA-26-0202-0415", [
            Svc(D(2026, 1, 29), "97530", 3, ("GO",)), Svc(D(2026, 1, 29), "97535", 1, ("GO",))]),
        ("V26-00262", "Lucas Ferreira-Holm", D(2026, 2, 2), "NGA-26-0205-1187", [
            Svc(D(2026, 2, 2), "97530", 2, ("GO",)), Svc(D(2026, 2, 2), "97112", 1, ("GO",)),
            Svc(D(2026, 2, 2), "97110", 1, ("GO", "59"))]),
        ("V26-00270", "Ana Ferreira-Holm", D(2026, 2, 4), "NGA-26-0206-1302", [
            Svc(D(2026, 2, 4), "92507", 1, ("GN",))]),
        ("V26-00256", "Ana Ferreira-Holm", D(2026, 1, 28), None, [
            Svc(D(2026, 1, 28), "92507", 1, ("GN",))]),
        ("V26-00279", "Lucas Ferreira-Holm", D(2026, 2, 3), None, [
            Svc(D(2026, 2, 3), "97530", 3, ("GO",)), Svc(D(2026, 2, 3), "97140", 1, ("GO", "59"))]),
    ]
    for _v, _p, _d, clm, svcs in visits:
        for s in svcs:
            if clm is None:
                continue
            commercial(s, st)
            s.discount = s.billed - s.allowed - s.not_covered if not s.denied else ZERO
    visits.sort(key=lambda v: v[2])
    owed = sum((s.owes for *_x, svcs in visits for s in svcs), ZERO)
    pays = [("01/06/2026", "Card payment at front desk - thank you", M("40.00")),
            ("01/30/2026", "Online payment - thank you", M("150.00"))]
    due = owed - sum((a for *_x, a in pays), ZERO)
    cols = [("Date", 50, "l"), ("Code", 36, "l"), ("Mod", 34, "l"), ("Description", 118, "l"), ("Units", 26, "r"),
            ("Charges", 48, "r"), ("Insurance|Paid", 50, "r"), ("Insurance|Adj.", 48, "r"), ("Pending|Ins.", 48, "r"),
            ("Your|Balance", 52, "r")]
    x0 = 36
    W = sum(w for _, w, _ in cols)

    def head(y):
        P.line(x0, y - 10, x0 + W, y - 10, lw=1)
        P.font(FB, 7)
        x = x0
        for t, w, a in cols:
            for k, part in enumerate(t.split("|")):
                (P.textr(x + w - 3, y + k * 8, part) if a == "r" else P.text(x + 3, y + k * 8, part))
            x += w
        P.line(x0, y + 11, x0 + W, y + 11, lw=1)
        P.font(F, 7.2)
        return y + 23

    P.font(FB, 14)
    P.text(x0, 46, "Bright Steps Pediatric Therapy, PLLC")
    P.font(F, 8)
    P.text(x0, 58, "Occupational · Speech · Feeding therapy")
    P.text(x0, 68, "610 Larchmont Ave, Suite B · Pell Harbor, ME 04119 · (207) 555-0162")
    P.rect(392, 30, 184, 82)
    P.font(FB, 9)
    P.text(400, 44, "STATEMENT")
    P.font(F, 7.8)
    for i, (k, v) in enumerate([("Statement date", "02/12/2026"), ("Account number", "BSPT-004512"),
                                ("Amount due", m_dollar(due)), ("Please pay by", "03/05/2026")]):
        P.text(400, 58 + 12 * i, k)
        P.textr(570, 58 + 12 * i, v)
    P.font(F, 9)
    for i, t in enumerate(["Renata Ferreira-Holm", "19 Tern Cove Road", "Pell Harbor, ME 04121"]):
        P.text(x0 + 10, 100 + 12 * i, t)
    P.font(F, 7.5)
    P.text(x0, 150, f"Insurance on file: {payer}, policy holder Renata Ferreira-Holm, member NHA-772-04115.")
    P.text(x0, 160, "Visits marked \"claim pending\" are still with your insurance; we will bill you only after they pay.")
    y = head(186)
    lines, tclaims = [], []
    limit = P.H - 60
    for visit, pat, vd, clm, svcs in visits:
        if y + 34 > limit:
            P.font(F, 7)
            P.textr(x0 + W, P.H - 28, f"Page {P.page_no} of {NP(name)}")
            P.new_page()
            P.font(FB, 9)
            P.text(x0, 40, "Bright Steps Pediatric Therapy · Statement for account BSPT-004512 (continued)")
            y = head(64)
        P.rect(x0, y - 9, W, 12, fill=0.92, stroke=False)
        P.font(FB, 7.2)
        tail = f"Billed to {payer} · claim # {clm}" if clm else f"Billed to {payer} · claim pending"
        P.text(x0 + 3, y, f"{dfmt(vd, 'mdy4')}   Visit {visit}   {pat}   —   {tail}")
        y += 12
        P.font(F, 7.2)
        for s in svcs:
            pend = clm is None
            short = s.desc
            while P.width(short) > cols[3][1] - 6:
                short = short[:-1]
            short = short.rstrip(" ,/-")
            vals = [dfmt(s.dos, "mdy4"), s.code, ",".join(s.mods), short, units_str(s.units),
                    m_plain(s.billed), "--" if pend else m_plain(s.paid),
                    "--" if pend else m_plain(s.discount), m_plain(s.billed) if pend else "0.00",
                    m_plain(s.owes)]
            x = x0
            for (t, w, a), v in zip(cols, vals):
                (P.textr(x + w - 3, y, v) if a == "r" else P.text(x + 3, y, v))
                x += w
            lines.append(truth_line(
                P.page_no, s, claim_id=visit, payer_claim_id=clm, patient=pat,
                printed=("billed", "patient_owes") if pend else ("billed", "paid", "discount", "patient_owes"),
                overrides={"description": short}))
            y += 12
        P.font(FB, 7.2)
        tb, tp, to = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "owes")
        vals = ["", "", "", "Visit total", "", m_plain(tb), "--" if clm is None else m_plain(tp), "", "",
                m_plain(to)]
        x = x0
        for (t, w, a), v in zip(cols, vals):
            if v:
                (P.textr(x + w - 3, y, v) if a == "r" else P.text(x + 3, y, v))
            x += w
        P.line(x0 + 200, y - 8, x0 + W, y - 8, lw=0.3)
        tclaims.append({"claim_id": visit, "payer_claim_id": clm, "patient": pat,
                        "totals": claim_totals(tb, None, None if clm is None else tp, to)})
        y += 16
    y += 6
    P.font(FB, 8)
    P.text(x0, y, "Payments and credits")
    P.font(F, 7.5)
    for i, (d, t, a) in enumerate(pays):
        P.text(x0 + 6, y + 12 + 10 * i, d)
        P.text(x0 + 70, y + 12 + 10 * i, t)
        P.textr(x0 + W, y + 12 + 10 * i, m_plain(-a))
    y += 12 + 10 * len(pays) + 10
    P.rect(x0, y, W, 26)
    P.font(F, 7.5)
    for i, (k, v) in enumerate([("Current", m_plain(due)), ("31-60 days", "0.00"), ("61-90 days", "0.00"),
                                ("Over 90 days", "0.00"), ("Amount due", m_dollar(due))]):
        P.text(x0 + 8 + 100 * i, y + 10, k)
        P.text(x0 + 8 + 100 * i, y + 20, v)
    P.font(F, 7)
    P.textr(x0 + W, P.H - 28, f"Page {P.page_no} of {NP(name)}")
    pages = P.page_no
    P.close()
    write_truth(out / f"{name}.pdf", name, "reportlab", pages,
                "Pediatric therapy clinic family statement, visit heading rows, pending visits with dashes.",
                lines, tclaims, [])

    def owes(ln):
        if ln["paid"] is None:
            return ZERO
        return M(ln["billed"]) - M(ln["paid"]) - M(ln["discount"])
    CONV[name] = dict(money=m_plain, date=lambda d: dfmt(d, "mdy4"),
                      code=lambda ln: [ln["code"]] + ([",".join(ln["modifiers"])] if ln["modifiers"] else []),
                      units=lambda ln: ln["units"], fields=("billed", "paid", "discount", "patient_owes"), owes=owes)


# ================================================================================================= f06
def f06(out: Path) -> None:
    name = "h18_f06_blue_family_eob_landscape"
    P = FP(out / f"{name}.pdf", "L", when=FIXED_WHEN)
    F, FB = pick("LiberationSansNarrow"), pick("LiberationSansNarrow-Bold")
    sts = {"K": PlanState(ded_left=M("0.00"), coins_rate=M("0.10")),
           "S": PlanState(ded_left=M("85.00"), coins_rate=M("0.10"), copay_codes={"99213": M("30.00")}),
           "N": PlanState(ded_left=M("0.00"), coins_rate=M("0.10"))}
    claims = [
        ("K", "Kofi Adeyemi-Lund", "Hollis Creek Children's Therapy", "KH-55201", "BSB2601-88412", [
            Svc(D(2026, 1, 5), "97167", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 7), "97530", 3, ("GO",)), Svc(D(2026, 1, 7), "97112", 1, ("GO", "59"))]),
        ("S", "Signe Adeyemi-Lund", "Prairie Gate Orthopedics", "PGO-300918", "BSB2601-90077", [
            Svc(D(2026, 1, 8), "99213", 1, ()), Svc(D(2026, 1, 8), "L3807", 1, ("RT",)),
            Svc(D(2026, 1, 8), "97760", 1, ("GO",))]),
        ("N", "Nia Adeyemi-Lund", "Tallgrass Speech Studio", "TSS-1187", "BSB2601-91530", [
            Svc(D(2026, 1, 9), "92523", 1, ("GN",)), Svc(D(2026, 1, 16), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 23), "92507", 1, ("GN",)), Svc(D(2026, 1, 30), "92507", 1, ("GN",))]),
        ("K", "Kofi Adeyemi-Lund", "Hollis Creek Children's Therapy", "KH-55288", "BSB2601-94406", [
            Svc(D(2026, 1, 12), "97530", 3, ("GO",)), Svc(D(2026, 1, 12), "97533", 1, ("GO",), denied="PR"),
            Svc(D(2026, 1, 14), "97530", 2, ("GO",)), Svc(D(2026, 1, 14), "97535", 2, ("GO", "59")),
            Svc(D(2026, 1, 19), "97530", 3, ("GO",)), Svc(D(2026, 1, 19), "97110", 1, ("GO",))]),
        ("S", "Signe Adeyemi-Lund", "Prairie Gate Orthopedics", "PGO-301244", "BSB2602-00215", [
            Svc(D(2026, 1, 22), "97140", 2, ("GP",)), Svc(D(2026, 1, 22), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 22), "G0283", 1, ("GP",)), Svc(D(2026, 1, 29), "97140", 1, ("GP",)),
            Svc(D(2026, 1, 29), "97110", 3, ("GP",))]),
        ("N", "Nia Adeyemi-Lund", "Tallgrass Speech Studio", "TSS-1214", "BSB2602-01893", [
            Svc(D(2026, 2, 6), "92507", 1, ("GN",)), Svc(D(2026, 2, 13), "92507", 1, ("GN", "59")),
            Svc(D(2026, 2, 13), "92526", 1, ("GN",))]),
    ]
    for key, *_x, svcs in claims:
        for s in svcs:
            commercial(s, sts[key])
            s.remarks = ["X4"] if s.denied else (["D1"] if s.deductible else (["C2"] if s.copay else []))
    PLANT = "BSB2601-94406"
    cols = [("Service|date", 44), ("Type of service", 118), ("Procedure", 44), ("Modifiers", 40), ("Units", 26),
            ("Billed|amount", 50), ("Discount", 46), ("Allowed|amount", 50), ("Deductible", 46), ("Copay", 40),
            ("Coinsurance", 50), ("Not|covered", 44), ("Paid by|Bluestem", 50), ("You may|owe", 46),
            ("Codes", 34)]
    x0 = 24
    W = sum(w for _, w in cols)
    right = {i for i in range(len(cols)) if i >= 4 and i != 14}

    def grid_row(y, vals, h, bold=False, fill=None):
        if fill is not None:
            P.rect(x0, y, W, h, fill=fill, stroke=False)
        P.font(FB if bold else F, 7.4)
        x = x0
        for i, ((t, w), v) in enumerate(zip(cols, vals)):
            P.rect(x, y, w, h, stroke=True, lw=0.3)
            parts = v.split("|") if isinstance(v, str) else v
            for k, part in enumerate(parts):
                yy = y + 8.5 + 8.5 * k
                (P.textr(x + w - 3, yy, part) if i in right else P.text(x + 3, yy, part))
            x += w
        return y + h

    def head(y):
        return grid_row(y, [t for t, _ in cols], 21, bold=True, fill=0.82)

    P.font(FB, 16)
    P.text(x0, 38, "Bluestem BlueCross BlueShield")
    P.font(F, 8.5)
    P.text(x0, 50, "An independent licensee of a blue-plan association (invented for testing) · PO Box 7710, Pawnee Flats, NE 68999")
    P.font(FB, 12)
    P.textr(P.W - x0, 38, "Explanation of Benefits")
    P.font(F, 8.5)
    P.textr(P.W - x0, 50, f"This is not a bill · Issued 02/16/2026 · Page 1 of {NP(name)}")
    P.text(x0, 70, "Subscriber: Signe Adeyemi-Lund     Member ID: XQB 5520 9914     Group: Platte Valley Co-op 20418"
                   "     Plan: Blue Select PPO")
    y = head(84)
    lines, tclaims, expected = [], [], []
    limit = P.H - 46
    for key, pat, prov, acct, clm, svcs in claims:
        if y + 40 > limit:
            P.font(F, 8)
            P.new_page()
            P.font(FB, 10)
            P.text(x0, 34, f"Bluestem BlueCross BlueShield · Explanation of Benefits (continued) · Page {P.page_no} of {NP(name)}")
            y = head(46)
        P.rect(x0, y, W, 13, fill=0.93, stroke=True, lw=0.3)
        P.font(FB, 7.6)
        P.text(x0 + 3, y + 9.5, f"Claim # {clm}    Patient: {pat}    Provider: {prov}    Patient account: {acct}")
        y += 13
        for s in svcs:
            ty = P.wrap(s.desc, 112)
            h = 8.5 * len(ty) + 4
            if y + h > limit:
                P.new_page()
                P.font(FB, 10)
                P.text(x0, 34, f"Bluestem BlueCross BlueShield · Explanation of Benefits (continued) · Page {P.page_no} of {NP(name)}")
                y = head(46)
            vals = [dfmt(s.dos, "mdy2"), ty, s.code, ", ".join(s.mods), units_str(s.units), m_dollar(s.billed),
                    m_dollar(s.discount), m_dollar(s.allowed), m_dollar(s.deductible), m_dollar(s.copay),
                    m_dollar(s.coinsurance), m_dollar(s.not_covered), m_dollar(s.paid), m_dollar(s.owes),
                    " ".join(s.remarks)]
            y = grid_row(y, vals, h)
            lines.append(truth_line(P.page_no, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                             "not_covered", "paid", "patient_owes"), remarks=s.remarks))
        tp = total(svcs, "paid")
        shown = tp + M("10.00") if clm == PLANT else tp
        if clm == PLANT:
            expected.append(f"claim-total-mismatch claim {clm}: printed Paid by Bluestem total {shown} but the "
                            f"lines add up to {tp}")
        vals = ["", "Claim total", "", "", "", m_dollar(total(svcs, "billed")), m_dollar(total(svcs, "discount")),
                m_dollar(total(svcs, "allowed")), m_dollar(total(svcs, "deductible")),
                m_dollar(total(svcs, "copay")), m_dollar(total(svcs, "coinsurance")),
                m_dollar(total(svcs, "not_covered")), m_dollar(shown), m_dollar(total(svcs, "owes")), ""]
        y = grid_row(y, vals, 12, bold=True, fill=0.95)
        tclaims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                        "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), shown,
                                               total(svcs, "owes"))})
        y += 6
    legend = [("D1", "Applied to your calendar-year deductible."), ("C2", "Office visit copay."),
              ("X4", "Not a covered benefit under your plan; you may owe the provider.")]
    P.font(FB, 8)
    P.text(x0, y + 10, "Codes")
    P.font(F, 8)
    for i, (c, t) in enumerate(legend):
        P.text(x0 + 40 + 230 * i, y + 10, f"{c}: {t}")
    pages = P.page_no
    P.close()
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages,
                "Blue-plan family member EOB, landscape ruled grid, claim bands in one table; planted mismatch.",
                lines, tclaims, legend, expected)
    CONV[name] = dict(money=m_dollar, date=lambda d: dfmt(d, "mdy2"),
                      code=lambda ln: [ln["code"]] + ([", ".join(ln["modifiers"])] if ln["modifiers"] else []),
                      units=lambda ln: ln["units"],
                      fields=("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "not_covered",
                              "paid", "patient_owes"), share_check=True, discount_check=True,
                      owes=lambda ln: sum(M(ln[k]) for k in ("deductible", "copay", "coinsurance", "not_covered")))


# ================================================================================================= f07
def f07(out: Path) -> None:
    name = "h18_f07_medicaid_portal_history"
    P = RL(out / f"{name}.pdf")
    F, FB = pick("DejaVuSansCondensed"), pick("DejaVuSansCondensed-Bold")
    rows = []  # (claim, member, svc, provider, status)
    data = [
        ("JFH2601050087", "Jonah Abernathy", "Wildflower Kids Therapy", [
            Svc(D(2026, 1, 5), "97166", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 2, ("GO",))]),
        ("JFH2601060112", "Lila Abernathy", "Open Sky Speech Services", [
            Svc(D(2026, 1, 6), "92523", 1, ("GN",))]),
        ("JFH2601090340", "Carmen Abernathy", "Juniper Ridge Family Clinic", [
            Svc(D(2026, 1, 9), "99213", 1, ())]),
        ("JFH2601120455", "Jonah Abernathy", "Wildflower Kids Therapy", [
            Svc(D(2026, 1, 12), "97530", 3, ("GO",)), Svc(D(2026, 1, 12), "97533", 1, ("GO",), denied="CO"),
            Svc(D(2026, 1, 12), "97112", 1, ("GO", "59"))]),
        ("JFH2601130502", "Lila Abernathy", "Open Sky Speech Services", [
            Svc(D(2026, 1, 13), "92507", 1, ("GN",))]),
        ("JFH2601190618", "Jonah Abernathy", "Wildflower Kids Therapy", [
            Svc(D(2026, 1, 19), "97530", 2, ("GO",)), Svc(D(2026, 1, 19), "97535", 1, ("GO",))]),
        ("JFH2601200733", "Lila Abernathy", "Open Sky Speech Services", [
            Svc(D(2026, 1, 20), "92507", 1, ("GN",))]),
        ("JFH2601230861", "Carmen Abernathy", "Juniper Ridge Family Clinic", [
            Svc(D(2026, 1, 23), "99213", 1, ("25",)), Svc(D(2026, 1, 23), "97110", 2, ("GP",))]),
        ("JFH2601260904", "Jonah Abernathy", "Wildflower Kids Therapy", [
            Svc(D(2026, 1, 26), "97530", 3, ("GO",)), Svc(D(2026, 1, 26), "97140", 1, ("GO",))]),
        ("JFH2601271017", "Lila Abernathy", "Open Sky Speech Services", [
            Svc(D(2026, 1, 27), "92507", 1, ("GN",)), Svc(D(2026, 1, 27), "92526", 1, ("GN",), denied="CO")]),
        ("JFH2602021140", "Jonah Abernathy", "Wildflower Kids Therapy", [
            Svc(D(2026, 2, 2), "97530", 2, ("GO",)), Svc(D(2026, 2, 2), "97110", 2, ("GO",))]),
        ("JFH2602031262", "Lila Abernathy", "Open Sky Speech Services", [
            Svc(D(2026, 2, 3), "92507", 1, ("GN",))]),
        ("JFH2602091385", "Jonah Abernathy", "Wildflower Kids Therapy", [
            Svc(D(2026, 2, 9), "97530", 3, ("GO",)), Svc(D(2026, 2, 9), "97112", 1, ("GO",))]),
        ("JFH2602101409", "Lila Abernathy", "Open Sky Speech Services", [
            Svc(D(2026, 2, 10), "92507", 1, ("GN",))]),
        ("JFH2602131522", "Carmen Abernathy", "Juniper Ridge Family Clinic", [
            Svc(D(2026, 2, 13), "97110", 2, ("GP",)), Svc(D(2026, 2, 13), "97140", 1, ("GP",))]),
        ("JFH2602161647", "Jonah Abernathy", "Wildflower Kids Therapy", [
            Svc(D(2026, 2, 16), "97530", 3, ("GO",)), Svc(D(2026, 2, 16), "97535", 1, ("GO", "59")),
            Svc(D(2026, 2, 16), "97533", 1, ("GO",), denied="CO")]),
        ("JFH2602171770", "Lila Abernathy", "Open Sky Speech Services", [
            Svc(D(2026, 2, 17), "92507", 1, ("GN",)), Svc(D(2026, 2, 17), "92526", 1, ("GN",))]),
        ("JFH2602231808", "Jonah Abernathy", "Wildflower Kids Therapy", [
            Svc(D(2026, 2, 23), "97530", 2, ("GO",)), Svc(D(2026, 2, 23), "97110", 1, ("GO",))]),
        ("JFH2602241936", "Lila Abernathy", "Open Sky Speech Services", [
            Svc(D(2026, 2, 24), "92507", 1, ("GN",))]),
    ]
    for clm, mem, prov, svcs in data:
        for s in svcs:
            medicaid(s)
            if mem == "Carmen Abernathy" and s.code == "99213":
                s.copay = M("4.00")
                s.paid -= s.copay
            s.owes = s.copay
            status = "Denied" if s.denied else "Paid"
            rows.append((clm, mem, s, prov, status))
    cols = [("Claim #", 70, "l"), ("Member", 66, "l"), ("Date of|Service", 46, "l"), ("Provider", 84, "l"),
            ("Procedure", 52, "l"), ("Description", 92, "l"), ("Billed", 42, "r"), ("Paid", 40, "r"),
            ("You Owe", 38, "r"), ("Status", 34, "l")]
    x0 = 30
    W = sum(w for _, w, _ in cols)

    def browser_frame():
        P.font(F, 7)
        P.text(20, 16, "2/18/26, 8:14 PM")
        P.textc(P.W / 2, 16, "Claims History | Juniper Family Health Member Portal")
        P.text(20, P.H - 12, "https://members.juniperfamilyhealth.example/claims/history?range=90d&member=all")
        P.textr(P.W - 20, P.H - 12, f"{P.page_no}/{NP(name)}")

    def head(y):
        P.rect(x0, y - 9, W, 20, fill=0.25, stroke=False)
        P.color(1)
        P.font(FB, 7)
        x = x0
        for t, w, a in cols:
            for k, part in enumerate(t.split("|")):
                (P.textr(x + w - 3, y + k * 8, part) if a == "r" else P.text(x + 3, y + k * 8, part))
            x += w
        P.color(0)
        P.font(F, 7)
        return y + 22

    browser_frame()
    P.font(FB, 15)
    P.text(x0, 48, "Juniper Family Health")
    P.font(F, 8)
    P.text(x0, 60, "Medicaid managed care plan for Prairie Rivers Health Coverage members")
    P.font(FB, 12)
    P.text(x0, 86, "Claims History")
    P.font(F, 8)
    P.text(x0, 100, "Account holder: Carmen Abernathy   ·   Medicaid ID 700448120-03 (household)")
    P.text(x0, 111, f"Filter: Last 90 days · All members · All providers      Showing {len(rows)} service lines")
    P.text(x0, 122, "Amounts shown are what your provider billed and what Juniper Family Health paid. Most services have no"
                    " cost to you.")
    y = head(142)
    lines, tclaims, seen = [], [], set()
    limit = P.H - 36
    for i, (clm, mem, s, prov, status) in enumerate(rows):
        pw = P.wrap(prov, cols[3][1] - 5)
        dw = P.wrap(s.desc, cols[5][1] - 5)
        h = 9 * max(len(pw), len(dw)) + 5
        if y + h > limit:
            P.new_page()
            browser_frame()
            y = head(40)
        if i % 2:
            P.rect(x0, y - 8, W, h, fill=0.93, stroke=False)
        vals = [clm, mem, dfmt(s.dos, "mdy4"), pw[0], cm(s, " ", " "), dw[0], m_dollar(s.billed), m_dollar(s.paid),
                m_dollar(s.owes), status]
        x = x0
        for (t, w, a), v in zip(cols, vals):
            (P.textr(x + w - 3, y, v) if a == "r" else P.text(x + 3, y, v))
            x += w
        for k in range(1, max(len(pw), len(dw))):
            if k < len(pw):
                P.text(x0 + sum(c[1] for c in cols[:3]) + 3, y + 9 * k, pw[k])
            if k < len(dw):
                P.text(x0 + sum(c[1] for c in cols[:5]) + 3, y + 9 * k, dw[k])
        lines.append(truth_line(P.page_no, s, claim_id=None, payer_claim_id=clm, patient=mem,
                                printed=("billed", "paid", "patient_owes"), units=False))
        if clm not in seen:
            seen.add(clm)
            tclaims.append({"claim_id": None, "payer_claim_id": clm, "patient": mem, "totals": claim_totals()})
        y += h
    P.font(F, 7.5)
    P.text(x0, y + 12, "Denied means the plan did not pay the provider. Providers may not bill Medicaid members for "
                       "covered services.")
    P.text(x0, y + 22, "Questions about a claim? Call Member Services at 1-877-555-0190 (TTY 711), 24 hours a day.")
    pages = P.page_no
    P.close()
    write_truth(out / f"{name}.pdf", name, "reportlab", pages,
                "Medicaid managed-care member portal claims history printed from a browser; no units, no totals.",
                lines, tclaims, [])
    CONV[name] = dict(money=m_dollar, date=lambda d: dfmt(d, "mdy4"), code=lambda ln: codemods(ln, " ", " "),
                      units=lambda ln: ln["units"], fields=("billed", "paid", "patient_owes"), check_desc=True)


# ================================================================================================= f08
def f08(out: Path) -> None:
    from eobgen import negate
    name = "h18_f08_hmo_pos_boxed_eob"
    P = RL(out / f"{name}.pdf")
    F, FB = "Times-Roman", "Times-Bold"
    st = PlanState(visit_copay=M("15.00"), allowed_rate=M("0.70"))
    orig_st = PlanState(visit_copay=M("15.00"), allowed_rate=M("0.70"))
    orig = [Svc(D(2025, 12, 29), "97530", 1, ("GO",)), Svc(D(2025, 12, 29), "97110", 1, ("GO",))]
    for s in orig:
        commercial(s, orig_st)
    rev = [negate(s) for s in orig]
    for s in rev:
        s.remarks = ["R9"]
    repl = [Svc(D(2025, 12, 29), "97530", 2, ("GO",)), Svc(D(2025, 12, 29), "97110", 1, ("GO", "59"))]
    for s in repl:
        commercial(s, PlanState(visit_copay=M("15.00"), allowed_rate=M("0.70")))
        s.remarks = ["R8"] + (["N2"] if s.copay else [])
    claims = [
        ("Arjun Raman-Castillo", "Saltmarsh Children's Rehab", "SCR-0093311", "26CC0011842",
         "Reversal of claim 26CC0011842 processed 01/02/2026 (corrected claim received)", rev),
        ("Arjun Raman-Castillo", "Saltmarsh Children's Rehab", "SCR-0093311", "26CC0020117",
         "Corrected claim - replaces 26CC0011842", repl),
    ]
    more = [
        ("Arjun Raman-Castillo", "Saltmarsh Children's Rehab", "SCR-0094025", "26CC0023390", None, [
            Svc(D(2026, 1, 5), "97530", 3, ("GO",)), Svc(D(2026, 1, 5), "97535", 1, ("GO",)),
            Svc(D(2026, 1, 8), "97530", 2, ("GO",)), Svc(D(2026, 1, 8), "97533", 1, ("GO",), denied="PR")]),
        ("Priya Raman-Castillo", "Dunmore Sports & Spine PT", "DSS-7710-2", "26CC0025518", None, [
            Svc(D(2026, 1, 7), "97163", 1, ("GP",)), Svc(D(2026, 1, 7), "97140", 2, ("GP",))]),
        ("Arjun Raman-Castillo", "Saltmarsh Children's Rehab", "SCR-0094410", "26CC0029961", None, [
            Svc(D(2026, 1, 12), "97530", 3, ("GO",)), Svc(D(2026, 1, 12), "97112", 1, ("GO", "59")),
            Svc(D(2026, 1, 15), "97530", 3, ("GO",)), Svc(D(2026, 1, 15), "97110", 1, ("GO",))]),
        ("Priya Raman-Castillo", "Dunmore Sports & Spine PT", "DSS-7754-0", "26CC0031074", None, [
            Svc(D(2026, 1, 14), "97110", 2, ("GP",)), Svc(D(2026, 1, 14), "97140", 1, ("GP",)),
            Svc(D(2026, 1, 21), "97110", 2, ("GP",)), Svc(D(2026, 1, 21), "97112", 1, ("GP",))]),
    ]
    for *_x, svcs in more:
        for s in svcs:
            commercial(s, st)
            s.remarks = ["N5"] if s.denied else (["N2"] if s.copay else [])
    claims += more
    cols = [("Date(s)", 48, "l"), ("Service", 120, "l"), ("Code", 30, "l"), ("Modifier", 34, "l"),
            ("Units", 24, "r"), ("Charged", 42, "r"), ("HMO|contracted|rate", 42, "r"), ("Copay-|ment", 36, "r"),
            ("Co-|insurance", 38, "r"), ("Not|covered", 36, "r"), ("HMO paid", 40, "r"), ("Your cost", 40, "r"),
            ("Note", 24, "l")]
    x0 = 34
    W = sum(w for _, w, _ in cols)

    def head(y):
        P.rect(x0, y, W, 30, fill=0.83, stroke=True)
        P.font(FB, 7.6)
        x = x0
        for t, w, a in cols:
            for k, part in enumerate(t.split("|")):
                (P.textr(x + w - 3, y + 9 + k * 8, part) if a == "r" else P.text(x + 3, y + 9 + k * 8, part))
            x += w
        P.font(F, 8)
        return y + 41

    P.font(FB, 17)
    P.text(x0, 46, "COBALT COAST HMO")
    P.font(F, 8.5)
    P.text(x0, 58, "Point-of-Service plan · 900 Harbor Light Blvd · Seaforth, CA 95599 · 1-800-555-0108")
    P.font(FB, 12)
    P.textr(P.W - 34, 46, "Explanation of Benefits")
    P.font(F, 8.5)
    P.textr(P.W - 34, 58, "Date prepared: February 9, 2026")
    P.textr(P.W - 34, 69, "THIS IS NOT A BILL")
    P.font(F, 9.5)
    for i, t in enumerate(["Priya Raman-Castillo", "3306 Kelp Forest Way", "Seaforth, CA 95597"]):
        P.text(x0 + 10, 96 + 12 * i, t)
    P.font(F, 8.5)
    for i, t in enumerate(["Subscriber: Priya Raman-Castillo", "Member number: CCH-60093-118",
                           "Group: Tidal Robotics Inc. (4471)", "Copay for therapy: $15 per day of visits"]):
        P.text(340, 96 + 11 * i, t)
    y = 154
    lines, tclaims = [], []
    limit = P.H - 50
    for pat, prov, acct, clm, banner, svcs in claims:
        need = 70 + 12 * len(svcs)
        if y + need > limit:
            P.font(F, 8)
            P.textc(P.W / 2, P.H - 26, f"Page {P.page_no} of {NP(name)}")
            P.new_page()
            y = 40
        top = y
        P.font(FB, 9)
        P.text(x0 + 4, y + 11, f"Patient: {pat}      Provider: {prov}")
        P.font(F, 8.5)
        P.text(x0 + 4, y + 22, f"Claim number: {clm}      Provider's patient number: {acct}")
        y += 26
        if banner:
            P.font("Times-Italic", 8.5)
            P.text(x0 + 4, y + 7, banner)
            y += 10
        y = head(y + 2)
        for s in svcs:
            P.font(F, 8)
            short = s.desc
            while P.width(short) > cols[1][1] - 6:
                short = short[:-1]
            short = short.rstrip(" ,/-")
            vals = [dfmt(s.dos, "mdy2"), short, s.code, " ".join(s.mods), units_str(s.units),
                    m_dollar(s.billed), m_dollar(s.allowed), m_dollar(s.copay), m_dollar(s.coinsurance),
                    m_dollar(s.not_covered), m_dollar(s.paid), m_dollar(s.owes), " ".join(s.remarks)]
            x = x0
            for (t, w, a), v in zip(cols, vals):
                (P.textr(x + w - 3, y, v) if a == "r" else P.text(x + 3, y, v))
                x += w
            lines.append(truth_line(P.page_no, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "allowed", "copay", "coinsurance", "not_covered", "paid",
                                             "patient_owes"), remarks=s.remarks,
                                    overrides={"description": short}))
            y += 12
        P.line(x0, y - 8, x0 + W, y - 8, lw=0.4)
        P.font(FB, 8)
        vals = ["Total", "", "", "", "", m_dollar(total(svcs, "billed")), m_dollar(total(svcs, "allowed")),
                m_dollar(total(svcs, "copay")), m_dollar(total(svcs, "coinsurance")),
                m_dollar(total(svcs, "not_covered")), m_dollar(total(svcs, "paid")), m_dollar(total(svcs, "owes")), ""]
        x = x0
        for (t, w, a), v in zip(cols, vals):
            (P.textr(x + w - 3, y + 2, v) if a == "r" else P.text(x + 3, y + 2, v))
            x += w
        y += 8
        P.rect(x0 - 4, top, W + 8, y - top, stroke=True, lw=0.9)
        tclaims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                        "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                               total(svcs, "owes"))})
        y += 14
    legend = [("N2", "Your therapy copay for this day."), ("N5", "Not covered by your HMO plan; you may be billed."),
              ("R8", "Processed again after the provider sent a corrected claim."),
              ("R9", "Earlier payment taken back; see the corrected claim that follows.")]
    P.font(FB, 9)
    P.text(x0, y + 4, "Notes")
    P.font(F, 8.5)
    for i, (c, t) in enumerate(legend):
        P.text(x0, y + 16 + 10 * i, f"{c}   {t}")
    P.font(F, 8)
    P.textc(P.W / 2, P.H - 26, f"Page {P.page_no} of {NP(name)}")
    pages = P.page_no
    P.close()
    write_truth(out / f"{name}.pdf", name, "reportlab", pages,
                "HMO POS member EOB, boxed table per claim, corrected claim as reversal plus replacement.",
                lines, tclaims, legend)
    CONV[name] = dict(money=m_dollar, date=lambda d: dfmt(d, "mdy2"),
                      code=lambda ln: [ln["code"]] + ([" ".join(ln["modifiers"])] if ln["modifiers"] else []),
                      units=lambda ln: ln["units"],
                      fields=("billed", "allowed", "copay", "coinsurance", "not_covered", "paid", "patient_owes"),
                      share_check=True,
                      owes=lambda ln: M(ln["copay"]) + M(ln["coinsurance"]) + M(ln["not_covered"]))


# ================================================================================================= f09
def f09(out: Path) -> None:
    name = "h18_f09_speech_practice_invoices"
    P = FP(out / f"{name}.pdf", "P", when=FIXED_WHEN)
    F, FB, FI = pick("LiberationSerif"), pick("LiberationSerif-Bold"), pick("LiberationSerif-Italic")
    st = PlanState(ded_left=M("100.00"), coins_rate=M("0.25"), allowed_rate=M("0.74"))
    ins = "Harborline Health"
    sessions = [
        ("2026-0142", D(2026, 1, 6), "Hazel Quimby-Ortega", "M. Adebayo, MS, CCC-SLP", "HL-7730-2291", [
            Svc(D(2026, 1, 6), "92523", 1, ("GN",))]),
        ("2026-0149", D(2026, 1, 7), "Felix Quimby-Ortega", "R. Lindgren, MA, CCC-SLP", "HL-7730-2318", [
            Svc(D(2026, 1, 7), "92610", 1, ("GN",)), Svc(D(2026, 1, 7), "92526", 1, ("GN", "59"))]),
        ("2026-0163", D(2026, 1, 13), "Hazel Quimby-Ortega", "M. Adebayo, MS, CCC-SLP", "HL-7731-0054", [
            Svc(D(2026, 1, 13), "92507", 1, ("GN",))]),
        ("2026-0170", D(2026, 1, 14), "Felix Quimby-Ortega", "R. Lindgren, MA, CCC-SLP", "HL-7731-0102", [
            Svc(D(2026, 1, 14), "92526", 1, ("GN",))]),
        ("2026-0184", D(2026, 1, 20), "Hazel Quimby-Ortega", "M. Adebayo, MS, CCC-SLP", "HL-7731-0877", [
            Svc(D(2026, 1, 20), "92507", 1, ("GN",)), Svc(D(2026, 1, 20), "97533", 1, ("GN",), denied="PR")]),
        ("2026-0191", D(2026, 1, 21), "Felix Quimby-Ortega", "R. Lindgren, MA, CCC-SLP", None, [
            Svc(D(2026, 1, 21), "92507", 1, ())]),
        ("2026-0205", D(2026, 1, 27), "Hazel Quimby-Ortega", "M. Adebayo, MS, CCC-SLP", "HL-7732-1140", [
            Svc(D(2026, 1, 27), "92507", 1, ("GN",))]),
        ("2026-0213", D(2026, 1, 28), "Felix Quimby-Ortega", "R. Lindgren, MA, CCC-SLP", "HL-7732-1206", [
            Svc(D(2026, 1, 28), "92526", 1, ("GN",)), Svc(D(2026, 1, 28), "92507", 1, ("GN", "59"))]),
    ]
    for _i, _d, _p, _c, clm, svcs in sessions:
        for s in svcs:
            if clm is None:
                s.owes = s.billed
                continue
            commercial(s, st)
            s.discount = s.billed - s.allowed - s.not_covered if not s.denied else ZERO
    cols = [("CPT", 40, "l"), ("Mod", 40, "l"), ("Units", 30, "r"), ("Service", 160, "l"), ("Fee", 56, "r"),
            ("Ins. Payment", 62, "r"), ("Ins. Adjustment", 70, "r"), ("Client Resp.", 62, "r")]
    x0 = 46
    W = sum(w for _, w, _ in cols)

    def row(y, vals, font, size=9):
        P.font(font, size)
        x = x0
        for (t, w, a), v in zip(cols, vals):
            (P.textr(x + w - 4, y, v) if a == "r" else P.text(x + 4, y, v))
            x += w

    def foot():
        P.font(F, 8)
        P.textc(P.W / 2, P.H - 24, f"Willow & Wren Speech-Language Services · Page {P.page_no} of {NP(name)}")

    P.font(FB, 16)
    P.text(x0, 48, "Willow & Wren")
    P.font(F, 9)
    P.text(x0, 61, "Speech-Language Services, LLC · 42 Orchard Row · Bellmere, VT 05799 · (802) 555-0131")
    P.font(FB, 12)
    P.textr(x0 + W, 48, "Statement of Invoices")
    P.font(F, 9)
    P.textr(x0 + W, 61, "January 2026 sessions · issued 02/14/2026")
    P.text(x0, 92, "Family account: Quimby-Ortega (guarantor Celeste Quimby-Ortega)    Account no. WW-3390")
    P.text(x0, 104, f"Primary insurance: {ins}, member HLH-20775-0418-02")
    y = 128
    lines, tclaims = [], []
    limit = P.H - 46
    for inv, sd, client, clin, clm, svcs in sessions:
        h = 68 + 13 * len(svcs)
        if y + h > limit:
            foot()
            P.new_page()
            y = 46
        top = y
        P.rect(x0 - 6, top, W + 12, h - 8, stroke=True, lw=0.6)
        P.rect(x0 - 6, top, W + 12, 16, fill=0.9, stroke=True, lw=0.6)
        P.font(FB, 9.5)
        P.text(x0, top + 11.5, f"Invoice {inv}   ·   Session {dfmt(sd, 'mdy4')}   ·   Client: {client}")
        P.font(F, 8.5)
        P.textr(x0 + W, top + 11.5, f"Clinician: {clin}")
        y = top + 28
        row(y, [t for t, _, _ in cols], FB, 8.5)
        P.line(x0, y + 3, x0 + W, y + 3, lw=0.3)
        y += 13
        for s in svcs:
            selfpay = clm is None
            vals = [s.code, " ".join(s.mods), units_str(s.units), s.desc, m_plain(s.billed),
                    "—" if selfpay else m_plain(s.paid), "—" if selfpay else m_plain(s.discount), m_plain(s.owes)]
            row(y, vals, F)
            lines.append(truth_line(P.page_no, s, claim_id=inv, payer_claim_id=clm, patient=client,
                                    printed=("billed", "patient_owes") if selfpay else
                                    ("billed", "paid", "discount", "patient_owes")))
            y += 13
        tp = None if clm is None else total(svcs, "paid")
        row(y, ["", "", "", "Invoice total", m_plain(total(svcs, "billed")),
                "—" if tp is None else m_plain(tp), "—" if clm is None else m_plain(total(svcs, "discount")),
                m_plain(total(svcs, "owes"))], FB)
        P.font(FI, 8.5)
        P.text(x0, y + 12, f"{ins} claim {clm} · processed 02/0{2 + len(svcs)}/2026" if clm else
               "Self-pay session (not billed to insurance at the family's request)")
        tclaims.append({"claim_id": inv, "payer_claim_id": clm, "patient": client,
                        "totals": claim_totals(total(svcs, "billed"), None, tp, total(svcs, "owes"))})
        y = top + h + 4
    P.font(F, 9)
    due = sum((s.owes for *_x, svcs in sessions for s in svcs), ZERO)
    P.text(x0, y + 6, f"Total client responsibility for January: {m_plain(due)}    Paid at sessions: "
                      f"{m_plain(M('120.00'))}    Balance due: {m_plain(due - M('120.00'))}")
    foot()
    pages = P.page_no
    P.close()
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages,
                "Private speech-language practice statement of boxed invoices per session, insurer claim under each.",
                lines, tclaims, [])

    def owes(ln):
        if ln["paid"] is None:
            return M(ln["billed"])
        return M(ln["billed"]) - M(ln["paid"]) - M(ln["discount"])
    CONV[name] = dict(money=m_plain, date=lambda d: dfmt(d, "mdy4"), date_on_row=False,
                      code=lambda ln: [ln["code"]] + ([" ".join(ln["modifiers"])] if ln["modifiers"] else []),
                      units=lambda ln: ln["units"], fields=("billed", "paid", "discount", "patient_owes"), owes=owes)


# ================================================================================================= f10
def f10(out: Path) -> None:
    name = "h18_f10_ma_ppo_per_claim"
    P = FP(out / f"{name}.pdf", "P", when=FIXED_WHEN)
    F, FB = pick("LiberationSans"), pick("LiberationSans-Bold")
    st = PlanState(ded_left=M("50.00"), coins_rate=M("0.20"))
    member = "Dolores Fairbanks-Yu"
    claims = [
        ("Kestrel Hand & Upper Limb Therapy", "KH-240118", "SR2601200417", "01/16/2026", "01/20/2026", [
            Svc(D(2026, 1, 7), "97165", 1, ("GO",)), Svc(D(2026, 1, 7), "97760", 1, ("GO",)),
            Svc(D(2026, 1, 7), "L3807", 1, ("RT",)), Svc(D(2026, 1, 9), "97140", 1, ("GO",)),
            Svc(D(2026, 1, 9), "97110", 2, ("GO",)), Svc(D(2026, 1, 9), "97018", 1, ("GO",))]),
        ("Kestrel Hand & Upper Limb Therapy", "KH-240266", "SR2602030928", "01/30/2026", "02/03/2026", [
            Svc(D(2026, 1, 14), "97140", 1, ("GO",)), Svc(D(2026, 1, 14), "97110", 2, ("GO",)),
            Svc(D(2026, 1, 14), "G0283", 1, ("GO",)), Svc(D(2026, 1, 16), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 16), "0552T", 1, (), denied="PR"), Svc(D(2026, 1, 21), "97140", 1, ("GO", "59")),
            Svc(D(2026, 1, 21), "97110", 2, ("GO",))]),
        ("Alder Point Orthopaedics", "APO-5531208", "SR2602051133", "02/02/2026", "02/05/2026", [
            Svc(D(2026, 1, 26), "99213", 1, ()), Svc(D(2026, 1, 26), "97760", 1, ("GO",))]),
    ]
    for *_x, svcs in claims:
        for s in svcs:
            medicare(s, st, sequestration=False, deny_reason="96")
            s.remarks = ["M14"] if s.denied else (["M02"] if s.deductible else ["M07"])
    legend = [("M02", "Part of the approved amount went toward your yearly plan deductible."),
              ("M07", "You pay 20% of the approved amount for outpatient rehabilitation."),
              ("M14", "Your plan does not cover this item. You may have to pay the provider.")]
    cols = [("Date", 46, "l"), ("Procedure", 52, "l"), ("Description", 118, "l"), ("Units", 26, "r"),
            ("Billed", 48, "r"), ("Allowed", 46, "r"), ("Deductible", 48, "r"), ("Coinsurance", 52, "r"),
            ("Plan Paid", 46, "r"), ("Your|Responsibility", 62, "r"), ("Remarks", 36, "l")]
    x0 = 14
    W = sum(w for _, w, _ in cols)
    lines, tclaims = [], []
    for ci, (prov, acct, clm, rec, proc, svcs) in enumerate(claims):
        if ci:
            P.new_page()
        P.font(FB, 15)
        P.text(x0 + 4, 42, "Summit Ridge Medicare Advantage (PPO)")
        P.font(F, 8)
        P.text(x0 + 4, 54, "Summit Ridge Health Plan, Inc. · 77 Quarry Summit Dr · Elkhorn Pass, CO 80999")
        P.font(FB, 11)
        P.textr(x0 + W, 42, "Explanation of Benefits")
        P.font(F, 8)
        P.textr(x0 + W, 54, "Not a bill · Keep for your records")
        P.rect(x0, 70, W, 64, fill=0.95, stroke=True)
        P.font(F, 8.5)
        facts = [("Member", member), ("Member ID", "SRM 4471 2209"), ("Provider", prov),
                 ("Claim number", clm), ("Patient account", acct), ("Received / Processed", f"{rec} / {proc}")]
        for i, (k, v) in enumerate(facts):
            xx = x0 + 8 + (i % 2) * 290
            yy = 84 + (i // 2) * 16
            P.font(FB, 8.5)
            P.text(xx, yy, k + ":")
            P.font(F, 8.5)
            P.text(xx + 104, yy, v)
        y = 160
        P.rect(x0, y - 10, W, 22, fill=0.78, stroke=False)
        P.font(FB, 7.5)
        x = x0
        for t, w, a in cols:
            for k, part in enumerate(t.split("|")):
                (P.textr(x + w - 3, y + 8 * k, part) if a == "r" else P.text(x + 3, y + 8 * k, part))
            x += w
        y += 24
        P.font(F, 7.8)
        for s in svcs:
            dw = P.wrap(s.desc, cols[2][1] - 6)
            vals = [dfmt(s.dos, "mdy4"), cm(s, " ", " "), dw[0], units_str(s.units), m_dollar(s.billed),
                    m_dollar(s.allowed), m_dollar(s.deductible), m_dollar(s.coinsurance), m_dollar(s.paid),
                    m_dollar(s.owes), " ".join(s.remarks)]
            x = x0
            for (t, w, a), v in zip(cols, vals):
                (P.textr(x + w - 3, y, v) if a == "r" else P.text(x + 3, y, v))
                x += w
            for k, extra in enumerate(dw[1:], 1):
                P.text(x0 + cols[0][1] + cols[1][1] + 3, y + 9 * k, extra)
            lines.append(truth_line(P.page_no, s, claim_id=acct, payer_claim_id=clm, patient=member,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid",
                                             "patient_owes"), remarks=s.remarks))
            y += 9 * len(dw) + 5
            P.line(x0, y - 8, x0 + W, y - 8, lw=0.2)
        P.font(FB, 7.8)
        vals = ["Claim total", "", "", "", m_dollar(total(svcs, "billed")), m_dollar(total(svcs, "allowed")),
                m_dollar(total(svcs, "deductible")), m_dollar(total(svcs, "coinsurance")),
                m_dollar(total(svcs, "paid")), m_dollar(total(svcs, "owes")), ""]
        x = x0
        for (t, w, a), v in zip(cols, vals):
            (P.textr(x + w - 3, y + 2, v) if a == "r" else P.text(x + 3, y + 2, v))
            x += w
        tclaims.append({"claim_id": acct, "payer_claim_id": clm, "patient": member,
                        "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                               total(svcs, "owes"))})
        y += 30
        P.font(FB, 9)
        P.text(x0, y, "Remark codes")
        P.font(F, 8)
        for i, (c, t) in enumerate(legend):
            P.text(x0, y + 12 + 10 * i, f"{c}  {t}")
        y += 60
        P.font(F, 8)
        for t in ["If you disagree with this decision you can ask for an appeal within 65 days. Call 1-866-555-0124",
                  "(TTY 711), 8 a.m. to 8 p.m., seven days a week."]:
            P.text(x0, y, t)
            y += 10
        P.textr(x0 + W, P.H - 24, f"Page {P.page_no} of {NP(name)}")
    pages = P.page_no
    P.close()
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages,
                "Medicare Advantage PPO per-claim member EOBs, one claim per page.", lines, tclaims, legend)
    CONV[name] = dict(money=m_dollar, date=lambda d: dfmt(d, "mdy4"), code=lambda ln: codemods(ln, " ", " "),
                      units=lambda ln: ln["units"],
                      fields=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                      share_check=True,
                      owes=lambda ln: M(ln["deductible"]) + M(ln["coinsurance"])
                      + (M(ln["billed"]) if "M14" in ln["remarks"] else 0))


LAYOUTS = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout18_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    import json
    for f in LAYOUTS:  # first pass: learn each document's page count; second pass: print it
        f(out)
    for nm in CONV:
        PAGES[nm] = json.loads((out / f"{nm}.pdf.truth.json").read_text(encoding="utf-8"))["pages"]
    for f in LAYOUTS:
        f(out)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if a.check:
        errs, nl, npg = [], 0, 0
        for nm, conv in CONV.items():
            errs += check_file(out / f"{nm}.pdf", conv)
            t = json.loads((out / f"{nm}.pdf.truth.json").read_text(encoding="utf-8"))
            nl += len(t["lines"])
            npg += t["pages"]
        for e in errs:
            print("CHECK:", e)
        print(f"check: {len(CONV)} files, {nl} service lines, {npg} pages, {len(errs)} problems")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
