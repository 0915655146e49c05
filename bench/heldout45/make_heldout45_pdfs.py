"""Write the FORTY-FIFTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader on the five commonest real document kinds, two layouts each, in house styles
of their own. Written without looking at the reader, its tests or its docs (only src/eobreader/model.py for the
meaning of fields, samples/pdf/eobgen.py for helpers and the truth format, and earlier sets' docstrings).

Run:  python bench/heldout45/make_heldout45_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout45/make_heldout45_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Drawing layer (reportlab / fpdf2 behind one API, pages collected first so "Page n of N" is exact) and the
self-check live in bench/heldout45/h45kit.py. Deterministic output (reportlab invariant=1, fpdf2 fixed creation
date, no randomness).

Truth format: the one of samples/pdf (eobgen.write_truth, <name>.pdf.truth.json), PRINTED values only, null for
what a layout does not print (units null where no quantity is printed; modifiers [] where none are printed);
description is null throughout. claim_id = the provider's own account / patient-control / visit number,
payer_claim_id = the payer's claim number / ICN / TCN / reference, patient = the person who got the service,
exactly as printed (never the subscriber or guarantor unless the same person). Per-layout decisions:
m1 (MSN) prints no provider account (claim_id null), no modifiers and no units, the service date only in the
claim heading, patient_owes = "Maximum You May Be Billed"; m2 prints no provider account (claim_id null),
patient_owes = "Your share"; d1 prints FROM and TO dates on every line, so service_end = the TO date on every
line; d2's TPL column is not a truth field (the other payer's amount is the OA-23 adjustment on the line);
p2 prints patient responsibility only per claim (line patient_owes null); s1's "Ins Paid" = paid, "Ins Adj" =
discount, "You Owe" = patient_owes, no adjustment codes printed (adjustments []); s2 prints only the charge per
line (insurance payment and contractual adjustment are account-level rows, not lines), its duplicate-charge
credit is a line with a negative billed amount "(95.00)". Remark / note / EOB / RARC codes are remarks.
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.

Layouts (10 files, 300 service lines, 20 pages; a claim continues onto the next page in c1, d1, m1, p2):
  c1  commercial member EOB, portrait Liberation Serif: member box, "Claim for: <patient>" shaded bands with
      claim number / patient account, "Service date / Service and code / Amount billed / Network savings /
      Allowed amount / Applied to deductible / Copay / Co-insurance / Plan paid / What you owe / See notes",
      "01/05/26", code + modifiers spaced ("97110 GO 59") with the wording on a second line, $ amounts, three
      family members, a denied (not covered) line, 99213 copay, claim totals, continued claim with its band and
      column header repeated, notes legend (reportlab)
  c2  commercial member EOB, landscape DejaVu Sans Condensed with a grey left sidebar on every page (subscriber,
      plan-year deductible meters): "Reference #" / "Patient account no.", "Date of service / Procedure / Qty /
      Provider charged / Discount received / Not covered / Amount plan covers / Deductible / Copay / Coinsurance /
      Plan payment / Total you owe / Remark", "01-06-2026", glued "97140-GP-59", plain amounts, 0552T denied,
      L3807-RT, four family members, PLANTED claim-total mismatch (Totals "Total you owe" 10.00 high on the
      first claim), remark legend (fpdf2)
  m1  Medicare Summary Notice Part B, portrait Helvetica: page-1 summary boxes, claims headed by "Jan 6, 2026"
      + provider + "Claim number 22-...", "Service Provided & Billing Code / Service Approved? / Amount Provider
      Charged / Medicare-Approved / Amount Medicare Paid / Maximum You May Be Billed / See Notes", wording with
      "(97110)", wrapped wording, a not-approved 0552T line, "Total for this claim", claim continued on page 2
      with "(continued)" heading, letter notes (reportlab)
  m2  Medicare Advantage (Part C) member EOB, portrait Liberation Sans: greeting letter, year-to-date box, claim
      heading "Claim number PC..." + "Patient:", boxed grey column header "Date of service / Service provided /
      Billing code / Units / Provider billed / Plan-approved amount / Plan's share / Your share / Note",
      "01/07/2026", "97110 GP KX" / "GP CQ", $20 copay per visit day, a denied G0283, claim totals (fpdf2)
  d1  state Medicaid remittance advice, landscape core Courier: PAID / DENIED / ADJUSTED CLAIMS sections, "RECIP:
      / RECIP ID / ICN / PAT ACCT" heading lines, "LN / FROM DOS / TO DOS / PROC / MODIFIERS / UNITS / BILLED /
      ALLOWED / ADJ AMT / ARC / PAID / EOB CODES", MMDDYY dates, units "2.00", glued ARC "CO45", group therapy
      date spans 97150, a reversal with leading-minus amounts and its replacement, section and claim continued on
      page 2 with headers repeated, "PAGE n OF N" (reportlab)
  d2  Medicaid managed-care remittance advice, portrait Liberation Sans Narrow, one bordered card per claim (grey
      heading: Member / Medicaid ID / Claim Status / TCN / Patient Acct #), "Dtl / Svc Date / Procedure / Mod /
      Units / Charged / Allowed / TPL Paid / Paid / Adj Reason / Adj Amount / RARC", "1/6/2026", second
      adjustment stacked beneath (OA-23 other-insurance claim), a denied CO-197 claim, L3807 LT (fpdf2)
  p1  clearinghouse remittance detail of a Medicare Part B payment, portrait DejaVu Sans 6.6 pt, hairline-ruled
      rows: shaded patient bands (Patient / MBI / Patient Ctrl # / Payer Claim # / Status), "Svc Date / POS /
      Units / Proc / Mods / Billed / Allowed / Deduct / Coins / Adj Grp/Rsn / Adj Amt / Pt Resp / Prov Paid /
      Rmk", every adjustment stacked under the first (CO-45, PR-1, PR-2, CO-253), a CO-50 denial, a status-22
      reversal and its corrected claim, claim totals, code glossary (reportlab)
  p2  practice-management "ERA POSTING REPORT", landscape core Courier: "ACCT# / PATIENT / ICN / STMT" claim lines,
      "DOS / CPT / MODS / UNT / CHARGE / ALLOWED / DEDUCT / COINS / ADJUSTMENTS (GRP-RSN AMT) / PAID / RMK",
      comma-joined mods "GP,CQ,KX", all adjustments inline ("CO-45 100.76  PR-2 11.85  CO-253 0.95"), a CO-50
      denial, "CLAIM TOTAL ... PT RESP", claim continued on page 2 with "(CONT.)" (fpdf2)
  s1  pediatric therapy clinic family statement, portrait DejaVu Sans with a grey right sidebar (statement date,
      guarantor, account summary, pay online): visit heading "<patient> - Visit V-..." + "Filed to <insurer>,
      claim ...", "Date / Code / Units / Description / Charge / Ins Paid / Ins Adj / You Owe", glued "97112-GO-59",
      wrapped wording, previous balance and payment rows, a denied line owed in full, "Visit total", three
      children, remittance stub (reportlab)
  s2  hospital outpatient guarantor statement, portrait Liberation Serif: two-column heading (guarantor address /
      shaded statement box), shaded account bands (Account / Patient / Primary insurance / Claim #), "Date / Rev /
      CPT/HCPCS / Mod / Description / Qty / Charges", "05-JAN-2026", upper-case wording, L3807 RT, a duplicate
      charge credited "(95.00)", payment and contractual-adjustment rows, "Account totals:" line, three family
      members (fpdf2)

--check verifies (the factory, not the reader): the page count and every printed "Page n of N"; for every truth
line, on its page, a text line (pdfplumber words grouped by baseline) that starts the band holding the line's
code, every modifier in the layout's printed form, its date (and TO date), units, every non-null amount, every
adjustment (group-reason and amount) and remark, within the layout's band (0 to 3 following text lines where
the layout stacks adjustments or wraps; m1 checks the heading date on the page); claim ids and patients in the
document text; every claim total on a line carrying the layout's totals label; arithmetic: billed - adjustments
= paid where every adjustment is printed (d1, d2, p1, p2), allowed - deductible - copay - coinsurance (or your
share) = paid (c1, c2, m2), charge - ins paid - ins adj = you owe (s1), lines add up to each printed claim total
except the planted c2 mismatch, which really is one.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money,  # noqa: E402
                    negate, q, total, truth_line, units_str, write_truth)
from h45kit import Doc, Table, check_file, wrap  # noqa: E402

D0 = Decimal("0.00")


def d(md: str, y: int = 2026) -> date:
    m, dd = md.split("/")
    return date(y, int(m), int(dd))


def S(md, code, u, mods=(), **kw) -> Svc:
    return Svc(d(md) if isinstance(md, str) else md, code, Decimal(str(u)), tuple(mods), **kw)


class Rec:
    def __init__(self):
        self.lines, self.claims, self.findings = [], [], []

    def line(self, page, s, cl, printed, *, units=True, mods=True, adj=None, rem=None, end=None, **ov):
        self.lines.append(truth_line(page, s, claim_id=cl.get("id"), payer_claim_id=cl.get("pcn"),
                                     patient=cl.get("pt"), printed=printed, units=units, modifiers=mods,
                                     adjustments=adj or [], remarks=rem or [], service_end=end,
                                     description=False, overrides=ov or None))

    def claim(self, cl, **tot):
        self.claims.append({"claim_id": cl.get("id"), "payer_claim_id": cl.get("pcn"), "patient": cl.get("pt"),
                            "totals": claim_totals(**tot)})


def sp(code, mods):  # "97530 GO 59"
    return [" ".join([code, *mods])]


def m_dollar(x):
    return money(x, "$")


def m_comma(x):
    return money(x, ",")


# ================================================================================ c1 commercial member EOB
def c1(out: Path):
    """Commercial member EOB, portrait, Liberation Serif (reportlab)."""
    doc, R = Doc("reportlab"), Rec()
    F, FB = "LibSerif", "LibSerif-B"
    st = PlanState(ded_left=Decimal("180.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"),
                   copay_codes={"99213": Decimal("35.00")})
    fam = [
        ({"id": "LPT-004417", "pcn": "E26-0113-48820", "pt": "Imani Okafor"}, "Lakeshore Pediatric Therapy",
         [S("1/5", "97165", 1, ("GO",)), S("1/5", "97535", 2, ("GO",)), S("1/8", "97530", 2, ("GO",)),
          S("1/8", "97110", 1, ("GO", "59")), S("1/12", "97530", 3, ("GO",)), S("1/12", "97112", 1, ("GO",)),
          S("1/15", "97530", 2, ("GO",)), S("1/15", "97535", 1, ("GO",)), S("1/19", "97530", 2, ("GO",)),
          S("1/19", "97140", 1, ("GO", "59")), S("1/22", "97530", 2, ("GO",)), S("1/22", "97110", 2, ("GO",)),
          S("1/26", "97530", 3, ("GO",)), S("1/26", "97760", 1, ("GO",))]),
        ({"id": "88107-2", "pcn": "E26-0120-51177", "pt": "Chidi Okafor"}, "Harbor Family Medicine",
         [S("1/9", "99213", 1, ()), S("1/9", "G0283", 1, ("GP",), denied="PR")]),
        ({"id": "SV20931", "pcn": "E26-0127-60431", "pt": "Adaeze Okafor"}, "Clearwater Speech & Language",
         [S("1/14", "92523", 1, ("GN",)), S("1/21", "92507", 1, ("GN",)), S("1/28", "92507", 1, ("GN",)),
          S("1/28", "97129", 2, ("GN",))]),
    ]
    notes = {"45": "N1", "1": "D2", "2": "C3", "3": "P4", "204": "X9"}
    legend = [("N1", "Your provider is in network. The difference between the bill and the allowed amount is not yours to pay."),
              ("D2", "Part of this amount counts toward your plan-year deductible."),
              ("C3", "Your share after the deductible is 20% of the allowed amount."),
              ("P4", "A fixed office-visit copay applies to this service."),
              ("X9", "Your plan does not cover this service. You may be billed for the full charge.")]
    cols = [("date", 36, "l"), ("svc", 84, "l"), ("billed", 262, "r"), ("disc", 310, "r"), ("allowed", 358, "r"),
            ("ded", 404, "r"), ("copay", 446, "r"), ("coins", 492, "r"), ("paid", 538, "r"), ("owes", 578, "r"),
            ("notes", 583, "l")]
    T = Table(doc, cols, F, 7.6)
    hdr1 = {"date": "Service", "svc": "Service and code", "billed": "Amount", "disc": "Network", "allowed": "Allowed",
            "ded": "Applied to", "copay": "Copay", "coins": "Co-", "paid": "Plan", "owes": "What you", "notes": "See"}
    hdr2 = {"date": "date", "billed": "billed", "disc": "savings", "allowed": "amount", "ded": "deductible",
            "coins": "insurance", "paid": "paid", "owes": "owe", "notes": "notes"}

    def furniture(first):
        doc.t(36, 44, "SUMMIT RIDGE", FB, 16)
        doc.t(36, 56, "HEALTH PLAN", F, 9)
        doc.t(576, 40, "Explanation of Benefits", FB, 13, "r")
        doc.t(576, 53, "THIS IS NOT A BILL", FB, 8.5, "r")
        doc.t(576, 764, "Page {p} of {N}".replace("{p}", str(doc.pn)), F, 8, "r")
        doc.t(36, 764, "Summit Ridge Health Plan  |  PO Box 4410, Cedar Falls, NV 89502  |  1-800-555-0188", F, 7)
        if first:
            doc.rect(340, 68, 236, 70, fill=0.93)
            for i, (a, b) in enumerate([("Member:", "Grace Okafor"), ("Member ID:", "SRH448102277"),
                                        ("Group:", "77430 Tannery Row Mfg"), ("Statement date:", "February 6, 2026"),
                                        ("Plan:", "Ridge Choice PPO 1500")]):
                doc.t(348, 82 + i * 12, a, FB, 8)
                doc.t(424, 82 + i * 12, b, F, 8)
            doc.t(36, 84, "Grace Okafor", F, 9)
            doc.t(36, 96, "2217 Linden Hollow Rd", F, 9)
            doc.t(36, 108, "Cedar Falls NV 89503", F, 9)
            doc.t(36, 160, "Claims processed for your family this period", FB, 11)
            return 176
        doc.t(36, 80, "Grace Okafor  -  Member ID SRH448102277  -  continued", F, 8)
        return 96

    def colhead(y):
        doc.hl(36, 576, y - 9, 0.8)
        T.row(y, hdr1, FB, 7)
        T.row(y + 8, hdr2, FB, 7)
        doc.hl(36, 576, y + 11, 0.8)
        return y + 22

    def claimhead(y, cl, prov, cont=False):
        doc.rect(36, y - 10, 540, 26, fill=0.85, stroke=False)
        doc.t(40, y, f"Claim for: {cl['pt']}" + ("  (continued)" if cont else ""), FB, 9)
        doc.t(250, y, f"Provider: {prov}", F, 8)
        doc.t(40, y + 11, f"Claim number: {cl['pcn']}", F, 8)
        doc.t(250, y + 11, f"Patient account: {cl['id']}", F, 8)
        doc.t(420, y + 11, "Network: In network", F, 8)
        return y + 30

    y = furniture(True)
    printed = ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    for cl, prov, svcs in fam:
        for s in svcs:
            commercial(s, st)
        if y > 690:
            doc.new_page()
            y = furniture(False)
        y = claimhead(y, cl, prov)
        y = colhead(y)
        for s in svcs:
            if y > 726:
                doc.new_page()
                y = furniture(False)
                y = claimhead(y, cl, prov, True)
                y = colhead(y)
            rem = [notes[r] for g, r, a in s.adjs if r in notes and a]
            rem = sorted(set(rem), key=rem.index)
            T.row(y, {"date": dfmt(s.dos, "mdy2"), "svc": " ".join([s.code, *s.mods]),
                      "billed": m_dollar(s.billed), "disc": m_dollar(s.discount), "allowed": m_dollar(s.allowed),
                      "ded": m_dollar(s.deductible), "copay": m_dollar(s.copay), "coins": m_dollar(s.coinsurance),
                      "paid": m_dollar(s.paid), "owes": m_dollar(s.owes), "notes": " ".join(rem)})
            doc.t(84, y + 8, s.desc, F, 6.6)
            R.line(doc.pn, s, cl, printed, units=False, rem=rem)
            y += 20
        tot = {k: total(svcs, a) for k, a in (("billed", "billed"), ("allowed", "allowed"), ("paid", "paid"),
                                              ("patient_owes", "owes"))}
        doc.hl(240, 576, y - 8, 0.5)
        T.row(y, {"svc": "Claim total", "billed": m_dollar(tot["billed"]), "disc": m_dollar(total(svcs, "discount")),
                  "allowed": m_dollar(tot["allowed"]), "ded": m_dollar(total(svcs, "deductible")),
                  "copay": m_dollar(total(svcs, "copay")), "coins": m_dollar(total(svcs, "coinsurance")),
                  "paid": m_dollar(tot["paid"]), "owes": m_dollar(tot["patient_owes"])}, FB, 7.6)
        R.claim(cl, **tot)
        y += 26
    if y > 660:
        doc.new_page()
        y = furniture(False)
    doc.t(36, y, "Notes about your claims", FB, 9)
    y += 12
    for c, txt in legend:
        doc.t(36, y, c, FB, 7.5)
        doc.t(56, y, txt, F, 7.5)
        y += 10
    doc.t(36, y + 8, "Questions? Call Member Services at the number on your ID card. You may ask for a review of any "
          "decision within 180 days.", F, 7.5)
    return doc, R, legend


SPEC = {}
SPEC["c1"] = dict(d=lambda x: dfmt(x, "mdy2"), m=m_dollar, code=sp, u=None, adj=None, rem=str, band=1,
                  total_label="Claim total", share=True)

LAYOUTS = {"c1": ("c1_commercial_member_eob", c1, "commercial member EOB, portrait Liberation Serif")}


# ================================================================================ c2 commercial member EOB
def c2(out: Path):
    """Commercial member EOB, landscape, DejaVu Sans Condensed with a left sidebar (fpdf2)."""
    doc, R = Doc("fpdf2", landscape=True), Rec()
    F, FB = "DVCond", "DVCond-B"
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.71"),
                   copay_codes={"99213": Decimal("40.00")})
    fam = [
        ({"id": "AC-55190", "pcn": "MK2601-338820", "pt": "Rafael Quintero"}, "Spouse", "Alder Creek Physical Therapy",
         [S("1/6", "97161", 1, ("GP",)), S("1/6", "97110", 2, ("GP",)), S("1/9", "97110", 2, ("GP",)),
          S("1/9", "97140", 1, ("GP", "59")), S("1/13", "97112", 1, ("GP",)), S("1/13", "97110", 1, ("GP",)),
          S("1/16", "97530", 2, ("GP",)), S("1/16", "97140", 1, ("GP", "59")), S("1/20", "97110", 2, ("GP",)),
          S("1/20", "0552T", 1, (), denied="PR"), S("1/23", "97116", 2, ("GP",)), S("1/23", "97110", 1, ("GP",)),
          S("1/27", "97530", 2, ("GP",)), S("1/27", "97112", 1, ("GP",)), S("1/30", "97110", 2, ("GP",)),
          S("1/30", "97140", 1, ("GP", "59"))]),
        ({"id": "0091744", "pcn": "MK2601-341107", "pt": "Lucia Quintero"}, "Daughter", "Northgate Hand Center",
         [S("1/12", "97166", 1, ("GO",)), S("1/12", "97760", 1, ("GO",)), S("1/12", "L3807", 1, ("RT",)),
          S("1/19", "97530", 2, ("GO",)), S("1/19", "97140", 1, ("GO", "59"))]),
        ({"id": "HF-3318", "pcn": "MK2601-344962", "pt": "Tomas Quintero"}, "Son", "Sunfield Pediatric Clinic",
         [S("1/21", "99213", 1, ()), S("1/21", "97535", 1, ("GO",))]),
        ({"id": "AC-55231", "pcn": "MK2601-347015", "pt": "Elena Quintero"}, "Self", "Alder Creek Physical Therapy",
         [S("1/22", "97163", 1, ("GP",)), S("1/22", "97110", 2, ("GP",)), S("1/26", "97110", 2, ("GP",)),
          S("1/26", "97112", 1, ("GP",)), S("1/28", "97140", 2, ("GP", "59")), S("1/28", "97530", 1, ("GP",)),
          S("1/29", "97110", 3, ("GP",)), S("1/29", "97116", 1, ("GP",)), S("1/30", "97112", 2, ("GP",))]),
    ]
    remark = {"45": "R10", "1": "R21", "2": "R22", "3": "R23", "204": "R40"}
    legend = [("R10", "The provider agreed to the discounted rate; you are not billed for the discount."),
              ("R21", "Counted toward your deductible."), ("R22", "Your 30% coinsurance share."),
              ("R23", "Office visit copay."), ("R40", "Not a covered benefit under this plan; the provider may bill you.")]
    X0 = 196
    cols = [("date", X0, "l"), ("proc", X0 + 46, "l"), ("qty", X0 + 108, "r"), ("billed", X0 + 152, "r"),
            ("disc", X0 + 192, "r"), ("nc", X0 + 232, "r"), ("allowed", X0 + 274, "r"), ("ded", X0 + 314, "r"),
            ("copay", X0 + 350, "r"), ("coins", X0 + 390, "r"), ("paid", X0 + 436, "r"), ("owes", X0 + 480, "r"),
            ("rem", X0 + 488, "l")]
    T = Table(doc, cols, F, 7)
    h1 = {"date": "Date of", "proc": "Procedure", "qty": "Qty", "billed": "Provider", "disc": "Discount",
          "nc": "Not", "allowed": "Amount", "ded": "Deduct-", "copay": "Copay", "coins": "Coins-", "paid": "Plan",
          "owes": "Total you", "rem": "Remark"}
    h2 = {"date": "service", "billed": "charged", "disc": "received", "nc": "covered", "allowed": "plan covers",
          "ded": "ible", "coins": "urance", "paid": "payment", "owes": "owe"}

    def furniture():
        doc.rect(24, 24, 156, 564, fill=0.92, stroke=False)
        doc.t(32, 48, "Meridian Keel", FB, 14)
        doc.t(32, 60, "Insurance Company", F, 8)
        doc.t(32, 90, "Subscriber", FB, 8)
        doc.t(32, 101, "Elena Quintero", F, 8)
        doc.t(32, 112, "ID  MKQ 702 118 455", F, 8)
        doc.t(32, 123, "Group  MK-00981-A", F, 8)
        if doc.pn == 1:
            doc.t(32, 150, "Plan year 2026 to date", FB, 8)
            for i, (a, b) in enumerate([("Family deductible", "$1,200.00"), ("  met so far", "$250.00"),
                                        ("Out-of-pocket limit", "$6,500.00"), ("  met so far", "$1,044.11")]):
                doc.t(32, 164 + i * 11, a, F, 7.5)
                doc.t(172, 164 + i * 11, b, F, 7.5, "r")
            doc.t(32, 230, "Save money:", FB, 8)
            for i, ln in enumerate(wrap("Ask your provider to send claims electronically. Sign in to the member site "
                                        "to see claim images and your deductible tracker.", F, 7.5, 140)):
                doc.t(32, 242 + i * 10, ln, F, 7.5)
        doc.t(32, 575, "Page %d of {N}" % doc.pn, F, 7.5)
        doc.t(X0, 48, "EXPLANATION OF BENEFITS", FB, 13)
        doc.t(768, 48, "Issued 02/09/2026", F, 8, "r")
        doc.t(X0, 60, "This statement shows how your claims were processed. It is not a bill.", F, 8)
        return 84

    def colhead(y):
        doc.hl(X0, 768, y - 9, 0.7)
        T.row(y, h1, FB, 6.8)
        T.row(y + 8, h2, FB, 6.8)
        doc.hl(X0, 768, y + 12, 0.7)
        return y + 22

    def claimhead(y, cl, rel, prov, cont=False):
        doc.t(X0, y, f"Patient: {cl['pt']}   ({rel})" + ("   continued from previous page" if cont else ""), FB, 8.5)
        doc.t(X0 + 290, y, f"Provider: {prov}", F, 8)
        doc.t(X0, y + 11, f"Reference #: {cl['pcn']}", F, 8)
        doc.t(X0 + 150, y + 11, f"Patient account no.: {cl['id']}", F, 8)
        doc.t(X0 + 330, y + 11, "Processed 02/03/2026", F, 8)
        return y + 24

    y = furniture()
    printed = ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
               "patient_owes")
    for ci, (cl, rel, prov, svcs) in enumerate(fam):
        for s in svcs:
            commercial(s, st)
        if y > 545:
            doc.new_page()
            y = furniture()
        y = claimhead(y, cl, rel, prov)
        y = colhead(y)
        for s in svcs:
            if y > 560:
                doc.new_page()
                y = furniture()
                y = claimhead(y, cl, rel, prov, True)
                y = colhead(y)
            rem = sorted({remark[r] for g, r, a in s.adjs if a and r in remark})
            T.row(y, {"date": s.dos.strftime("%m-%d-%Y"), "proc": "-".join([s.code, *s.mods]),
                      "qty": units_str(s.units), "billed": m_comma(s.billed), "disc": m_comma(s.discount),
                      "nc": m_comma(s.not_covered), "allowed": m_comma(s.allowed), "ded": m_comma(s.deductible),
                      "copay": m_comma(s.copay), "coins": m_comma(s.coinsurance), "paid": m_comma(s.paid),
                      "owes": m_comma(s.owes), "rem": " ".join(rem)})
            R.line(doc.pn, s, cl, printed, rem=rem)
            doc.hl(X0, 768, y + 4, 0.2, 0.6)
            y += 13
        tot = {"billed": total(svcs, "billed"), "allowed": total(svcs, "allowed"), "paid": total(svcs, "paid"),
               "patient_owes": total(svcs, "owes")}
        shown = dict(tot)
        if ci == 0:  # planted: the printed "Total you owe" is 10.00 more than the lines add up to
            shown["patient_owes"] = tot["patient_owes"] + Decimal("10.00")
            R.findings.append(f"claim-total-mismatch claim {cl['pcn']}: printed Total you owe total "
                              f"{shown['patient_owes']} but the lines add up to {tot['patient_owes']}")
        T.row(y + 2, {"date": "Totals", "billed": m_comma(shown["billed"]), "disc": m_comma(total(svcs, "discount")),
                      "nc": m_comma(total(svcs, "not_covered")), "allowed": m_comma(shown["allowed"]),
                      "ded": m_comma(total(svcs, "deductible")), "copay": m_comma(total(svcs, "copay")),
                      "coins": m_comma(total(svcs, "coinsurance")), "paid": m_comma(shown["paid"]),
                      "owes": m_comma(shown["patient_owes"])}, FB, 7)
        R.claim(cl, **shown)
        y += 26
    if y > 500:
        doc.new_page()
        y = furniture()
    doc.t(X0, y, "Remark codes", FB, 8.5)
    for i, (c, txt) in enumerate(legend):
        doc.t(X0, y + 12 + i * 10, c, FB, 7.2)
        doc.t(X0 + 26, y + 12 + i * 10, txt, F, 7.2)
    doc.t(X0, y + 70, "To appeal, write to Meridian Keel Appeals, 88 Harrow Quay, Port Elden, OR 97011, within 180 days.",
          F, 7.2)
    return doc, R, legend


# ================================================================================ m1 Medicare Summary Notice
def m1(out: Path):
    """Medicare Summary Notice, Part B, portrait Helvetica (reportlab)."""
    doc, R = Doc("reportlab"), Rec()
    F, FB = "Helvetica", "Helvetica-Bold"
    st = PlanState(ded_left=Decimal("120.00"))
    pt = "CORNELIUS J. ABERNATHY-VOSS"
    claims = [
        ({"pcn": "22-26008-417-220", "pt": pt}, "1/6", "Tidewater Outpatient Rehab Associates", "(555) 410-2287",
         [S("1/6", "97163", 1, ("GP",)), S("1/6", "97110", 2, ("GP",)), S("1/6", "97140", 1, ("GP",))]),
        ({"pcn": "22-26013-502-118", "pt": pt}, "1/9", "Tidewater Outpatient Rehab Associates", "(555) 410-2287",
         [S("1/9", "97110", 2, ("GP",)), S("1/9", "97112", 1, ("GP",)), S("1/9", "97116", 1, ("GP",)),
          S("1/9", "G0283", 1, ("GP",))]),
        ({"pcn": "22-26016-339-041", "pt": pt}, "1/13", "Marrow Point Hand Therapy", "(555) 672-9015",
         [S("1/13", "97165", 1, ("GO",)), S("1/13", "97760", 1, ("GO",)), S("1/13", "97530", 2, ("GO",)),
          S("1/13", "97535", 1, ("GO",)), S("1/13", "0552T", 1, (), denied="CO")]),
        ({"pcn": "22-26021-118-775", "pt": pt}, "1/16", "Tidewater Outpatient Rehab Associates", "(555) 410-2287",
         [S("1/16", "97110", 3, ("GP",)), S("1/16", "97140", 1, ("GP",)), S("1/16", "97112", 1, ("GP",)),
          S("1/16", "97530", 1, ("GP",))]),
        ({"pcn": "22-26027-664-390", "pt": pt}, "1/20", "Marrow Point Hand Therapy", "(555) 672-9015",
         [S("1/20", "97530", 2, ("GO",)), S("1/20", "97140", 1, ("GO",)), S("1/20", "97110", 1, ("GO",)),
          S("1/20", "97535", 1, ("GO",)), S("1/20", "97112", 1, ("GO",)), S("1/20", "97168", 1, ("GO",)),
          S("1/20", "97760", 1, ("GO",))]),
        ({"pcn": "22-26030-905-662", "pt": pt}, "1/23", "Lindqvist Family Medicine", "(555) 388-1204",
         [S("1/23", "99213", 1, ())]),
    ]
    legend = [("A", "The amount Medicare paid the provider is 80% of the approved amount, less the 2% federal "
                    "payment reduction."),
              ("B", "This amount was applied to your yearly Part B deductible."),
              ("C", "Medicare does not pay for this item or service. The provider may not bill you for it.")]

    def header(first):
        doc.t(40, 40, "Medicare Summary Notice", FB, 16)
        doc.t(40, 56, "for Part B (Medical Insurance)", F, 10)
        doc.t(572, 40, pt, FB, 9, "r")
        doc.t(572, 52, "Medicare Number XXX-XX-4417B", F, 8, "r")
        doc.t(306, 770, "Page %d of {N}" % doc.pn, F, 8, "c")
        doc.hl(40, 572, 64, 1.5)
        if first:
            doc.rect(40, 78, 250, 120, fill=None)
            doc.t(48, 94, "THIS IS NOT A BILL", FB, 10)
            doc.t(48, 110, "Notice for " + pt, F, 8.5)
            doc.t(48, 122, "Claims processed Jan 1 - Mar 31, 2026", F, 8.5)
            doc.t(48, 140, "Your deductible status:", FB, 8.5)
            doc.t(48, 152, "You have now met your $257.00 Part B", F, 8.5)
            doc.t(48, 164, "deductible for 2026.", F, 8.5)
            doc.t(310, 94, "Your claims & costs this period", FB, 10)
            doc.t(310, 110, "Did Medicare approve all services?", F, 8.5)
            doc.t(310, 122, "NO - 1 service was not approved. See claim", F, 8.5)
            doc.t(310, 134, "22-26016-339-041 for details.", F, 8.5)
            doc.t(310, 152, "Total you may be billed:", F, 8.5)
            doc.t(40, 222, "Your Claims for Part B (Medical Insurance)", FB, 12)
            doc.t(40, 236, "Part B helps pay for outpatient therapy, doctor services and medical supplies.", F, 8.5)
            return 262
        return 86

    def svc_head(y):
        doc.rect(40, y - 10, 532, 22, fill=0.88, stroke=False)
        for x, a, b, al in [(44, "Service Provided & Billing Code", "", "l"), (300, "Service", "Approved?", "c"),
                            (378, "Amount Provider", "Charged", "r"), (438, "Medicare-", "Approved", "r"),
                            (494, "Amount", "Medicare Paid", "r"), (544, "Maximum You", "May Be Billed", "r"),
                            (568, "See", "Notes", "r")]:
            doc.t(x, y, a, FB, 6.8, al)
            doc.t(x, y + 8, b, FB, 6.8, al)
        return y + 22

    y = header(True)
    grand = D0
    for cl, dd, prov, phone, svcs in claims:
        for s in svcs:
            medicare(s, st, deny_reason="96")
        if y > 690:
            doc.new_page()
            y = header(False)
        dt = d(dd)
        doc.t(40, y, f"{dt:%b} {dt.day}, {dt.year}", FB, 10)
        doc.t(150, y, f"{prov}, {phone}", FB, 8.5)
        doc.t(150, y + 11, f"Claim number {cl['pcn']}  -  Assigned: Yes  -  Referred by D. Amsel", F, 8)
        y = svc_head(y + 26)
        for s in svcs:
            if y > 735:
                doc.new_page()
                y = header(False)
                doc.t(40, y, f"{dt:%b} {dt.day}, {dt.year}  (continued)", FB, 10)
                doc.t(150, y, f"Claim number {cl['pcn']}", F, 8)
                y = svc_head(y + 16)
            rem = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
            txt = f"{s.desc} ({s.code})"
            lines = wrap(txt, F, 7.6, 215)
            doc.t(44, y, lines[0], F, 7.6)
            for j, ln in enumerate(lines[1:]):
                doc.t(52, y + 9 * (j + 1), ln, F, 7.6)
            doc.t(300, y, "No" if s.denied else "Yes", F, 7.6, "c")
            for x, v in ((378, s.billed), (438, s.allowed), (494, s.paid), (544, s.owes)):
                doc.t(x, y, m_dollar(v), F, 7.6, "r")
            doc.t(568, y, ", ".join(rem), F, 7.6, "r")
            R.line(doc.pn, s, cl, ("billed", "allowed", "paid", "patient_owes"), units=False, mods=False, rem=rem)
            y += 9 * len(lines) + 5
        tot = {"billed": total(svcs, "billed"), "allowed": total(svcs, "allowed"), "paid": total(svcs, "paid"),
               "patient_owes": total(svcs, "owes")}
        grand += tot["patient_owes"]
        doc.hl(340, 572, y - 7, 0.6)
        doc.t(44, y + 1, "Total for this claim", FB, 7.8)
        for x, k in ((378, "billed"), (438, "allowed"), (494, "paid"), (544, "patient_owes")):
            doc.t(x, y + 1, m_dollar(tot[k]), FB, 7.8, "r")
        R.claim(cl, **tot)
        y += 30
    doc.pages[0].append(("t", 470, 152, m_dollar(grand), FB, 8.5, "l"))
    if y > 680:
        doc.new_page()
        y = header(False)
    doc.t(40, y, "Notes for Claims Above", FB, 10)
    for i, (c, txt) in enumerate(legend):
        doc.t(40, y + 14 + i * 11, c, FB, 8)
        doc.t(54, y + 14 + i * 11, txt, F, 7.8)
    doc.t(40, y + 58, "If you disagree with a decision, you may file an appeal by May 26, 2026.", F, 8)
    return doc, R, legend


# ================================================================================ m2 Medicare Advantage EOB
def m2(out: Path):
    """Medicare Advantage (Part C) member EOB, portrait Liberation Sans (fpdf2)."""
    doc, R = Doc("fpdf2"), Rec()
    F, FB = "LibSans", "LibSans-B"
    pt = "Hollis P. Vandermeer"
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.64"))
    claims = [
        ({"pcn": "PC260112004471", "pt": pt}, "Greyledge Rehabilitation Services", "01/14/2026",
         [S("1/7", "97161", 1, ("GP",)), S("1/7", "97110", 2, ("GP", "KX")), S("1/9", "97110", 2, ("GP", "KX")),
          S("1/9", "97140", 1, ("GP", "59")), S("1/12", "97530", 2, ("GP",)), S("1/12", "97116", 1, ("GP",))]),
        ({"pcn": "PC260121009312", "pt": pt}, "Greyledge Rehabilitation Services", "01/23/2026",
         [S("1/14", "97110", 2, ("GP", "CQ")), S("1/14", "97112", 1, ("GP", "CQ")), S("1/16", "97110", 2, ("GP", "CQ")),
          S("1/16", "97140", 1, ("GP", "CQ")), S("1/19", "97530", 1, ("GP",)), S("1/19", "97112", 1, ("GP",)),
          S("1/21", "97110", 2, ("GP", "CQ")), S("1/21", "G0283", 1, ("GP",), denied="CO"),
          S("1/23", "97110", 2, ("GP", "KX")), S("1/23", "97140", 1, ("GP", "59")), S("1/26", "97530", 2, ("GP",)),
          S("1/26", "97112", 1, ("GP", "CQ")), S("1/28", "97110", 3, ("GP", "KX")), S("1/28", "97116", 1, ("GP",)),
          S("1/30", "97163", 1, ("GP",)), S("1/30", "97535", 1, ("GP",))]),
        ({"pcn": "PC260126011850", "pt": pt}, "Orchard Street Speech Clinic", "01/28/2026",
         [S("1/22", "92523", 1, ("GN",)), S("1/26", "92507", 1, ("GN",)), S("1/26", "92526", 1, ("GN",))]),
    ]
    legend = [("1", "You pay a $20 copay per therapy visit day under your plan."),
              ("2", "This service was provided by a therapy assistant."),
              ("3", "The plan did not approve this service. Your provider may not bill you for it.")]
    cols = [("date", 40, "l"), ("svc", 92, "l"), ("code", 268, "l"), ("qty", 346, "r"), ("billed", 404, "r"),
            ("allowed", 462, "r"), ("paid", 516, "r"), ("owes", 560, "r"), ("note", 566, "l")]
    T = Table(doc, cols, F, 7.5)

    def header():
        doc.t(40, 42, "CASCADE MEADOW MEDICARE ADVANTAGE", FB, 12)
        doc.t(40, 54, "HMO-POS plan  -  a Medicare Advantage plan with a Medicare contract", F, 7.5)
        doc.t(572, 42, "Your Explanation of Benefits", FB, 11, "r")
        doc.t(572, 54, "for medical services, January 2026", F, 8, "r")
        doc.hl(40, 572, 62, 0.8)
        doc.t(40, 760, f"Member: {pt}   Member ID: CMA-300-417-882", F, 7)
        doc.t(572, 760, "Page %d of {N}" % doc.pn, F, 7, "r")
        return 80

    def colhead(y):
        doc.rect(40, y - 10, 532, 24, fill=0.9, stroke=True, lw=0.4)
        h1 = {"date": "Date of", "svc": "Service provided", "code": "Billing code", "qty": "Units",
              "billed": "Provider", "allowed": "Plan-approved", "paid": "Plan's", "owes": "Your", "note": "Note"}
        h2 = {"date": "service", "billed": "billed", "allowed": "amount", "paid": "share", "owes": "share"}
        T.row(y, h1, FB, 7)
        T.row(y + 9, h2, FB, 7)
        return y + 26

    y = header()
    doc.t(40, y, "Hello " + pt + ",", F, 9)
    for i, ln in enumerate(wrap("This notice tells you about the medical claims our plan processed in January. It "
                                "is not a bill. Keep it with your records and compare it to any bills you receive.",
                                F, 9, 520)):
        doc.t(40, y + 13 + i * 11, ln, F, 9)
    doc.rect(40, y + 40, 532, 48, fill=0.96)
    doc.t(48, y + 54, "Year-to-date totals", FB, 8.5)
    doc.t(48, y + 67, "Plan has paid so far: see below    Your maximum out-of-pocket: $4,900.00", F, 8)
    doc.t(48, y + 79, "Amount you have paid toward the maximum: $140.00", F, 8)
    y += 110
    doc.t(40, y, "Medical claims processed this month", FB, 11)
    y += 20
    for cl, prov, recd, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="96")
        if y > 700:
            doc.new_page()
            y = header()
        doc.t(40, y, f"Claim number {cl['pcn']}", FB, 8.5)
        doc.t(220, y, f"{prov}  -  in network", F, 8)
        doc.t(572, y, f"Received {recd}", F, 8, "r")
        doc.t(40, y + 11, f"Patient: {cl['pt']}", F, 8)
        y = colhead(y + 26)
        for s in svcs:
            if y > 730:
                doc.new_page()
                y = header()
                doc.t(40, y, f"Claim number {cl['pcn']} (continued)", FB, 8.5)
                y = colhead(y + 16)
            notes = ["3"] if s.denied else (["1"] if s.copay else [])
            if "CQ" in s.mods:
                notes.append("2")
            lines = wrap(s.desc, F, 7.5, 170)
            T.row(y, {"date": dfmt(s.dos, "mdy4"), "svc": lines[0], "code": " ".join([s.code, *s.mods]),
                      "qty": units_str(s.units), "billed": m_dollar(s.billed), "allowed": m_dollar(s.allowed),
                      "paid": m_dollar(s.paid), "owes": m_dollar(s.owes), "note": ",".join(notes)})
            for j, ln in enumerate(lines[1:]):
                doc.t(92, y + 9 * (j + 1), ln, F, 7.5)
            R.line(doc.pn, s, cl, ("billed", "allowed", "paid", "patient_owes"), rem=notes)
            doc.hl(40, 572, y + 4 + 9 * (len(lines) - 1), 0.2, 0.5)
            y += 9 * len(lines) + 5
        tot = {"billed": total(svcs, "billed"), "allowed": total(svcs, "allowed"), "paid": total(svcs, "paid"),
               "patient_owes": total(svcs, "owes")}
        T.row(y + 2, {"svc": "Claim total", "billed": m_dollar(tot["billed"]), "allowed": m_dollar(tot["allowed"]),
                      "paid": m_dollar(tot["paid"]), "owes": m_dollar(tot["patient_owes"])}, FB, 7.5)
        R.claim(cl, **tot)
        y += 30
    if y > 690:
        doc.new_page()
        y = header()
    doc.t(40, y, "What the notes mean", FB, 9)
    for i, (c, txt) in enumerate(legend):
        doc.t(40, y + 13 + i * 10, c, FB, 7.5)
        doc.t(52, y + 13 + i * 10, txt, F, 7.5)
    doc.t(40, y + 54, "Questions? Call Cascade Meadow Member Services, 1-866-555-0143 (TTY 711), 8 a.m. to 8 p.m.", F,
          7.5)
    return doc, R, legend


SPEC["c2"] = dict(d=lambda x: x.strftime("%m-%d-%Y"), m=m_comma, code=lambda c, m: ["-".join([c, *m])],
                  u=str, rem=str, band=0, total_label="Totals", share=True, planted_key="patient_owes")
SPEC["m1"] = dict(d=lambda x: f"{x:%b} {x.day}, {x.year}", m=m_dollar, code=lambda c, m: [c], rem=str, band=1,
                  date_row=False, total_label="Total for this claim")
SPEC["m2"] = dict(d=lambda x: dfmt(x, "mdy4"), m=m_dollar, code=sp, u=str, rem=str, band=0,
                  total_label="Claim total", share=True)
LAYOUTS["c2"] = ("c2_commercial_member_eob_sidebar", c2, "commercial member EOB, landscape DejaVu Sans Condensed")
LAYOUTS["m1"] = ("m1_medicare_summary_notice", m1, "Medicare Summary Notice Part B, portrait Helvetica")
LAYOUTS["m2"] = ("m2_medicare_advantage_eob", m2, "Medicare Advantage member EOB, portrait Liberation Sans")


# ================================================================================ d1 state Medicaid RA (mono)
def d1(out: Path):
    """State Medicaid remittance advice, landscape Courier (reportlab)."""
    doc, R = Doc("reportlab", landscape=True), Rec()
    F, FB = "Courier", "Courier-Bold"
    SZ = 7.2
    def adj_of(s):
        return next(((g, r, a) for g, r, a in s.adjs if a), None)
    paid = [
        ({"id": "NSR10445", "pcn": "2626012004471", "pt": "WENDELL, ORLA M"}, "11048822907",
         [S("1/5", "97165", 1, ("GO",)), S("1/5", "97530", 2, ("GO",)), S("1/7", "97530", 3, ("GO",)),
          S("1/7", "97535", 1, ("GO",)), S("1/9", "97530", 2, ("GO",)), S("1/9", "97112", 1, ("GO",)),
          S("1/12", "97530", 2, ("GO",)), S("1/12", "97110", 2, ("GO",)), S("1/14", "97530", 3, ("GO",)),
          S("1/14", "97535", 1, ("GO",)), S("1/16", "97530", 2, ("GO",)), S("1/16", "97140", 1, ("GO", "59")),
          S("1/21", "97530", 2, ("GO",)), S("1/21", "97110", 1, ("GO",)), S("1/23", "97530", 3, ("GO",)),
          S("1/23", "97535", 2, ("GO",)), S("1/26", "97168", 1, ("GO",))]),
        ({"id": "NSR10452", "pcn": "2626012004488", "pt": "WENDELL, JUNIPER A"}, "11048822915",
         [S("1/6", "92523", 1, ("GN",)), S("1/8", "92507", 1, ("GN",)), S("1/13", "92507", 1, ("GN",)),
          S("1/15", "92526", 1, ("GN",)), S("1/20", "92507", 1, ("GN",)), S("1/22", "92507", 1, ("GN",))]),
        ({"id": "NSR10519", "pcn": "2626014007730", "pt": "MBEKI, THANDO R"}, "11060193344",
         [S("1/5", "97150", 3, ("GP",), end=d("1/9")), S("1/12", "97150", 3, ("GP",), end=d("1/16")),
          S("1/19", "97161", 1, ("GP",)), S("1/19", "97110", 2, ("GP",))]),
        ({"id": "NSR10527", "pcn": "2626015002264", "pt": "QUILLFEATHER, ROWAN T"}, "11081733520",
         [S("1/6", "97163", 1, ("GP",)), S("1/6", "97110", 2, ("GP",)), S("1/8", "97110", 2, ("GP",)),
          S("1/8", "97140", 1, ("GP",)), S("1/13", "97110", 2, ("GP",)), S("1/13", "97112", 1, ("GP",)),
          S("1/15", "97116", 2, ("GP",)), S("1/15", "97110", 1, ("GP",)), S("1/20", "97110", 2, ("GP",)),
          S("1/20", "97530", 1, ("GP",)), S("1/22", "97110", 2, ("GP",)), S("1/22", "97140", 1, ("GP",)),
          S("1/27", "97110", 2, ("GP",)), S("1/27", "97112", 1, ("GP",))]),
    ]
    denied = [({"id": "NSR10533", "pcn": "2626014007812", "pt": "ALVARADO-PRICE, DANI"}, "11072250071",
               [S("1/8", "97530", 4, ("GO",), denied="CO"), S("1/8", "97760", 1, ("GO",), denied="CO")])]
    orig = S("12/15/2025".rsplit("/", 1)[0], "97110", 2, ("GP",))
    orig.dos = date(2025, 12, 15)
    medicaid(orig)
    rev = negate(orig)
    corr = S("1/2", "97110", 1, ("GP",))
    corr.dos = date(2025, 12, 15)
    adjusted = [({"id": "NSR10388", "pcn": "2626020001195", "pt": "MBEKI, THANDO R"}, "11060193344", [rev], "REVERSAL OF ICN 2625349006620"),
                ({"id": "NSR10388", "pcn": "2626020001196", "pt": "MBEKI, THANDO R"}, "11060193344", [corr], "REPLACEMENT OF ICN 2625349006620")]
    eob = {"45": "0451", "197": "0217"}
    legend = [("0451", "PAYMENT REDUCED TO THE PROGRAM MAXIMUM FEE FOR THIS PROCEDURE."),
              ("0217", "NO VALID PRIOR AUTHORIZATION ON FILE FOR THESE DATES OF SERVICE."),
              ("0902", "GROUP SESSION; UNITS SUMMED FOR THE SERVICE WEEK.")]
    cols = [("ln", 40, "l"), ("from", 62, "l"), ("to", 104, "l"), ("proc", 146, "l"), ("mods", 182, "l"),
            ("units", 244, "r"), ("billed", 300, "r"), ("allowed", 356, "r"), ("adjamt", 412, "r"), ("arc", 420, "l"),
            ("paid", 500, "r"), ("eob", 512, "l")]
    T = Table(doc, cols, F, SZ)
    hd = {"ln": "LN", "from": "FROM DOS", "to": "TO DOS", "proc": "PROC", "mods": "MODIFIERS", "units": "UNITS",
          "billed": "BILLED", "allowed": "ALLOWED", "adjamt": "ADJ AMT", "arc": "ARC", "paid": "PAID", "eob": "EOB CODES"}

    def header():
        doc.t(40, 30, "STATE OF NORTHMARK  DEPARTMENT OF HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM", FB, 8)
        doc.t(752, 30, "PAGE %d OF {N}" % doc.pn, FB, 8, "r")
        doc.t(40, 40, "REMITTANCE ADVICE - PROFESSIONAL CLAIMS", FB, 8)
        doc.t(752, 40, "RA DATE 01/30/2026", F, SZ, "r")
        doc.t(40, 52, "PROVIDER: NORTHMARK SENSORY & REHAB LLC   NPI 1588204417   PROV ID 004418207   RA NO 0000381", F, SZ)
        doc.t(40, 61, "1420 FOUNDRY AVE STE 3  WEST LARCH NM 88104         PAYMENT: EFT TRACE 77001234   PAY CYCLE 2026-05", F, SZ)
        doc.hl(40, 752, 66, 0.6)
        return 80

    def colhead(y):
        T.row(y, hd, FB, SZ)
        doc.t(40, y + 4, "-" * 170, F, SZ)
        return y + 14

    def section(y, title):
        doc.t(40, y, f"***** {title} *****", FB, 8)
        return y + 12

    def claim_hdr(y, cl, rid, note=None, cont=False):
        doc.t(40, y, f"RECIP: {cl['pt']:<24} RECIP ID: {rid}   ICN: {cl['pcn']}   PAT ACCT: {cl['id']}"
              + ("   (CONTINUED)" if cont else "") + (f"   {note}" if note else ""), F, SZ)
        return y + 10

    y = header()
    for title, group, is_adj in (("PAID CLAIMS", paid, False), ("DENIED CLAIMS", denied, False),
                                 ("ADJUSTED CLAIMS", adjusted, True)):
        if y > 520:
            doc.new_page()
            y = header()
        y = section(y, title)
        y = colhead(y)
        for item in group:
            cl, rid, svcs = item[:3]
            note = item[3] if is_adj else None
            for s in svcs:
                if s is not rev and not s.adjs and not s.paid:
                    medicaid(s, deny_reason="197")
            if y > 540:
                doc.new_page()
                y = header()
                y = section(y, title + " (CONTINUED)")
                y = colhead(y)
            y = claim_hdr(y, cl, rid, note)
            for i, s in enumerate(svcs, 1):
                if y > 566:
                    doc.new_page()
                    y = header()
                    y = section(y, title + " (CONTINUED)")
                    y = colhead(y)
                    y = claim_hdr(y, cl, rid, cont=True)
                a = adj_of(s)
                codes = [eob[a[1]]] if a else []
                if s.end:
                    codes.append("0902")
                end = s.end or s.dos
                T.row(y, {"ln": f"{i:02d}", "from": dfmt(s.dos, "mdy6"), "to": dfmt(end, "mdy6"), "proc": s.code,
                          "mods": " ".join(s.mods), "units": f"{s.units:.2f}", "billed": money(s.billed, ""),
                          "allowed": money(s.allowed, ""), "adjamt": money(a[2], "") if a else "0.00",
                          "arc": f"{a[0]}{a[1]}" if a else "", "paid": money(s.paid, ""), "eob": " ".join(codes)})
                R.line(doc.pn, s, cl, ("billed", "allowed", "paid"), end=end,
                       adj=[list(a)] if a else [], rem=codes)
                y += 10
            tot = {"billed": total(svcs, "billed"), "allowed": total(svcs, "allowed"), "paid": total(svcs, "paid")}
            doc.t(62, y, "CLAIM TOTAL", FB, SZ)
            for k, x in (("billed", 300), ("allowed", 356), ("paid", 500)):
                doc.t(x, y, money(tot[k], ""), FB, SZ, "r")
            R.claim(cl, **tot)
            y += 16
    if y > 520:
        doc.new_page()
        y = header()
    doc.t(40, y, "EOB CODE MESSAGES", FB, 8)
    for i, (c, txt) in enumerate(legend):
        doc.t(40, y + 11 + i * 10, f"{c}  {txt}", F, SZ)
    doc.t(40, y + 50, "ARC = ADJUSTMENT REASON CODE (GROUP + REASON).  AMOUNTS WITH A LEADING MINUS ARE RECOUPMENTS.", F, SZ)
    return doc, R, legend


# ================================================================================ d2 Medicaid RA (boxed cards)
def d2(out: Path):
    """Medicaid managed-care remittance advice, boxed claim cards, portrait Liberation Sans Narrow (fpdf2)."""
    doc, R = Doc("fpdf2"), Rec()
    F, FB = "LibNarrow", "LibNarrow-B"
    cards = [
        ({"id": "WT-55120", "pcn": "3026-011-04218-00", "pt": "Sofia Reyes-Lindqvist"}, "720049183", "Paid",
         [S("1/6", "97166", 1, ("GO",)), S("1/6", "97530", 2, ("GO",)), S("1/8", "97530", 2, ("GO",)),
          S("1/8", "97112", 1, ("GO", "59")), S("1/13", "97530", 3, ("GO",)), S("1/15", "97530", 2, ("GO",)),
          S("1/15", "97535", 1, ("GO",)), S("1/20", "97530", 2, ("GO",)), S("1/22", "97530", 2, ("GO",)),
          S("1/22", "97110", 1, ("GO",)), S("1/27", "97530", 2, ("GO",)), S("1/29", "97530", 2, ("GO",)),
          S("1/29", "97140", 1, ("GO", "59"))]),
        ({"id": "WT-55133", "pcn": "3026-011-04231-00", "pt": "Mateo Reyes-Lindqvist"}, "720049191", "Paid",
         [S("1/7", "92507", 1, ("GN",)), S("1/14", "92507", 1, ("GN",)), S("1/21", "92507", 1, ("GN",)),
          S("1/28", "92507", 1, ("GN",))]),
        ({"id": "WT-55180", "pcn": "3026-018-00977-00", "pt": "Bashir Okonkwo-Hale"}, "730118806", "Paid - other insurance applied",
         [S("1/9", "97161", 1, ("GP",)), S("1/9", "97110", 2, ("GP",)), S("1/16", "97110", 2, ("GP",)),
          S("1/16", "97116", 1, ("GP",))]),
        ({"id": "WT-55201", "pcn": "3026-020-01142-00", "pt": "Ines Tavakoli"}, "741502238", "Denied",
         [S("1/12", "97530", 3, ("GO",), denied="CO"), S("1/12", "97535", 1, ("GO",), denied="CO")]),
        ({"id": "WT-55202", "pcn": "3026-020-01159-00", "pt": "Ines Tavakoli"}, "741502238", "Paid",
         [S("1/19", "97165", 1, ("GO",)), S("1/19", "97760", 1, ("GO",)), S("1/19", "L3807", 1, ("LT",))]),
    ]
    rarc = {"45": "N381", "197": "N54", "23": "N598"}
    legend = [("CO-45", "Charge above the plan's fee schedule; provider write-off."),
              ("CO-197", "No authorization on file for this service."), ("OA-23", "Another payer's payment applied first."),
              ("N381", "Contracted rate applied."), ("N54", "Authorization number missing or does not match."),
              ("N598", "Primary insurer's payment taken into account.")]
    X = [44, 62, 106, 144, 188, 222, 270, 316, 360, 412, 456, 516]
    cols = [("dtl", X[0], "l"), ("date", X[1], "l"), ("proc", X[2], "l"), ("mod", X[3], "l"), ("units", X[4] + 14, "r"),
            ("billed", X[5] + 40, "r"), ("allowed", X[6] + 40, "r"), ("oth", X[7] + 36, "r"), ("paid", X[8] + 40, "r"),
            ("reason", X[9], "l"), ("adj", X[10] + 50, "r"), ("rarc", X[11], "l")]
    T = Table(doc, cols, F, 8)
    hd = {"dtl": "Dtl", "date": "Svc Date", "proc": "Procedure", "mod": "Mod", "units": "Units", "billed": "Charged",
          "allowed": "Allowed", "oth": "TPL Paid", "paid": "Paid", "reason": "Adj Reason", "adj": "Adj Amount",
          "rarc": "RARC"}

    def header():
        doc.t(40, 40, "Evergreen Bridge Health Plan", FB, 14)
        doc.t(40, 52, "Medicaid Managed Care  |  Provider Remittance Advice", F, 9)
        doc.t(572, 40, "Remit date: 2/6/2026", F, 8.5, "r")
        doc.t(572, 51, "Check/EFT #: EB00882013", F, 8.5, "r")
        doc.t(572, 62, "Page %d of {N}" % doc.pn, F, 8.5, "r")
        doc.t(40, 66, "Payee: Westhaven Therapy Group  -  Medicaid Provider ID 3300712  -  NPI 1740055218", F, 8.5)
        doc.hl(40, 572, 72, 1)
        return 92

    y = header()
    for cl, mid, status, svcs in cards:
        for s in svcs:
            medicaid(s, deny_reason="197")
        if status.startswith("Paid - other"):
            for s in svcs:
                tpl = q(s.paid * Decimal("0.40"))
                s.paid -= tpl
                s.adjs.append(("OA", "23", tpl))
                s.seq = tpl  # carried only for printing the TPL column
        if y > 650:
            doc.new_page()
            y = header()
        top = y - 12
        doc.rect(40, top, 532, 30, fill=0.9, stroke=False)
        doc.t(46, y, f"Member: {cl['pt']}", FB, 9)
        doc.t(230, y, f"Medicaid ID: {mid}", F, 8.5)
        doc.t(380, y, f"Claim Status: {status}", FB, 8.5)
        doc.t(46, y + 12, f"TCN: {cl['pcn']}", F, 8.5)
        doc.t(230, y + 12, f"Patient Acct #: {cl['id']}", F, 8.5)
        doc.t(380, y + 12, "Rendering NPI: 1902263371", F, 8.5)
        y += 32
        T.row(y, hd, FB, 7.6)
        doc.hl(40, 572, y + 4, 0.5)
        y += 14
        for i, s in enumerate(svcs, 1):
            if y > 735:
                doc.rect(40, top, 532, y - top - 6, fill=None)
                doc.new_page()
                y = header()
                top = y - 12
                doc.t(46, y, f"TCN: {cl['pcn']}  -  {cl['pt']}  (continued)", FB, 8.5)
                y += 14
                T.row(y, hd, FB, 7.6)
                doc.hl(40, 572, y + 4, 0.5)
                y += 14
            adjs = [(g, r, a) for g, r, a in s.adjs if a]
            rem = sorted({rarc[r] for g, r, a in adjs if r in rarc})
            first = adjs[0] if adjs else None
            T.row(y, {"dtl": str(i), "date": dfmt(s.dos, "mdyn"), "proc": s.code, "mod": " ".join(s.mods),
                      "units": units_str(s.units), "billed": m_dollar(s.billed), "allowed": m_dollar(s.allowed),
                      "oth": m_dollar(s.seq), "paid": m_dollar(s.paid),
                      "reason": f"{first[0]}-{first[1]}" if first else "", "adj": m_dollar(first[2]) if first else "",
                      "rarc": " ".join(rem)})
            for j, (g, r, a) in enumerate(adjs[1:], 1):
                doc.t(X[9], y + 10 * j, f"{g}-{r}", F, 8)
                doc.t(X[10] + 50, y + 10 * j, m_dollar(a), F, 8, "r")
            R.line(doc.pn, s, cl, ("billed", "allowed", "paid"), adj=[list(a) for a in adjs], rem=rem)
            y += 11 + 10 * (len(adjs) - 1 if adjs else 0)
        tot = {"billed": total(svcs, "billed"), "allowed": total(svcs, "allowed"), "paid": total(svcs, "paid")}
        doc.hl(40, 572, y - 7, 0.4)
        T.row(y + 1, {"date": "Claim Totals", "billed": m_dollar(tot["billed"]), "allowed": m_dollar(tot["allowed"]),
                      "paid": m_dollar(tot["paid"])}, FB, 8)
        R.claim(cl, **tot)
        doc.rect(40, top, 532, y + 8 - top, fill=None)
        y += 30
    if y > 640:
        doc.new_page()
        y = header()
    doc.t(40, y, "Code descriptions", FB, 9)
    for i, (c, txt) in enumerate(legend):
        doc.t(40, y + 12 + i * 10, c, FB, 8)
        doc.t(84, y + 12 + i * 10, txt, F, 8)
    return doc, R, legend


SPEC["d1"] = dict(d=lambda x: dfmt(x, "mdy6"), m=lambda x: money(x, ""), code=lambda c, m: [c, *m],
                  u=lambda u: f"{Decimal(u):.2f}", adj=lambda g, r, a: [f"{g}{r}", money(a, "")], rem=str, band=0,
                  total_label="CLAIM TOTAL", adj_complete=True)
SPEC["d2"] = dict(d=lambda x: dfmt(x, "mdyn"), m=m_dollar, code=lambda c, m: [c, *m], u=str,
                  adj=lambda g, r, a: [f"{g}-{r}", m_dollar(a)], rem=str, band=1, total_label="Claim Totals",
                  adj_complete=True)
LAYOUTS["d1"] = ("d1_medicaid_ra_courier", d1, "state Medicaid remittance advice, landscape Courier")
LAYOUTS["d2"] = ("d2_medicaid_mco_ra_cards", d2, "Medicaid managed-care remittance advice, portrait Liberation Sans Narrow")


# ================================================================================ p1 clearinghouse remit detail
def p1(out: Path):
    """Clearinghouse remittance detail for a Medicare Part B payment, portrait DejaVu Sans, ruled (reportlab)."""
    doc, R = Doc("reportlab"), Rec()
    F, FB = "DejaVu", "DejaVu-B"
    SZ = 6.6
    st = PlanState(ded_left=Decimal("60.00"))
    claims = [
        ({"id": "CR-77120", "pcn": "22260091184200", "pt": "HALVORSEN, GRETA L"}, "5TY8KP3WQ71", "1 Processed as primary",
         [S("1/5", "97163", 1, ("GP",)), S("1/5", "97110", 2, ("GP",)), S("1/7", "97110", 2, ("GP", "KX")),
          S("1/7", "97140", 1, ("GP", "59", "KX")), S("1/9", "97112", 2, ("GP", "KX")), S("1/9", "G0283", 1, ("GP",)),
          S("1/12", "97110", 2, ("GP", "KX")), S("1/12", "97116", 1, ("GP", "KX")), S("1/14", "97110", 3, ("GP", "KX")),
          S("1/14", "97140", 1, ("GP", "59", "KX")), S("1/16", "97530", 2, ("GP", "KX")),
          S("1/16", "97112", 1, ("GP", "KX")), S("1/16", "0552T", 1, ("GP",), denied="CO")]),
        ({"id": "CR-77168", "pcn": "22260091184311", "pt": "OYELARAN, BABATUNDE"}, "2MJ4RT6XE90", "1 Processed as primary",
         [S("1/6", "97165", 1, ("GO",)), S("1/6", "97535", 2, ("GO",)), S("1/13", "97530", 2, ("GO",)),
          S("1/13", "97760", 1, ("GO",))]),
        ({"id": "CR-77201", "pcn": "22260091184422", "pt": "FENWICK, MARGUERITE"}, "8QP1HD5NC37", "1 Processed as primary",
         [S("1/8", "92523", 1, ("GN",)), S("1/15", "92507", 1, ("GN",)), S("1/15", "92526", 1, ("GN",))]),
    ]
    for cl, mbi, stat, svcs in claims:
        for s in svcs:
            medicare(s, st, deny_reason="50")
    orig = S("12/10", "97110", 3, ("GP", "KX"))
    orig.dos = date(2025, 12, 10)
    medicare(orig, PlanState())
    rev = negate(orig)
    corr = S("12/10", "97110", 2, ("GP", "KX"))
    corr.dos = date(2025, 12, 10)
    medicare(corr, PlanState())
    claims += [({"id": "CR-76940", "pcn": "22253440098710", "pt": "OYELARAN, BABATUNDE"}, "2MJ4RT6XE90",
                "22 Reversal of previous payment", [rev]),
               ({"id": "CR-76940", "pcn": "22260091184533", "pt": "OYELARAN, BABATUNDE"}, "2MJ4RT6XE90",
                "1 Processed as primary (corrected claim)", [corr])]
    rmk = {"50": "N115", "1": "M25", "45": ""}
    legend = [("CO-45", "charge exceeds the fee schedule"), ("PR-1", "deductible"), ("PR-2", "coinsurance"),
              ("CO-253", "sequestration reduction"), ("CO-50", "not deemed medically necessary by the payer"),
              ("N115", "decision based on a local coverage policy"), ("M25", "partial deductible applied")]
    cols = [("date", 36, "l"), ("pos", 80, "l"), ("units", 118, "r"), ("proc", 124, "l"), ("mods", 152, "l"),
            ("billed", 228, "r"), ("allowed", 268, "r"), ("ded", 304, "r"), ("coins", 338, "r"), ("grp", 348, "l"),
            ("adj", 428, "r"), ("resp", 466, "r"), ("paid", 512, "r"), ("rmk", 520, "l")]
    T = Table(doc, cols, F, SZ)
    hd = {"date": "Svc Date", "pos": "POS", "units": "Units", "proc": "Proc", "mods": "Mods", "billed": "Billed",
          "allowed": "Allowed", "ded": "Deduct", "coins": "Coins", "grp": "Adj Grp/Rsn", "adj": "Adj Amt",
          "resp": "Pt Resp", "paid": "Prov Paid", "rmk": "Rmk"}

    def header():
        doc.t(36, 38, "ClearPath Remit Exchange", FB, 12)
        doc.t(36, 49, "Electronic remittance detail  -  printed from 835 file 20260204-0091", F, 7.5)
        doc.t(576, 38, "Payer: PINECREST MEDICARE SERVICES (Part B)", FB, 7.5, "r")
        doc.t(576, 49, "Payee: Bellwether Outpatient Rehab  NPI 1265508831", F, 7.5, "r")
        doc.t(576, 60, "EFT 0004417820  -  Paid 02/04/2026  -  Amount $2,418.66", F, 7.5, "r")
        doc.hl(36, 576, 68, 1)
        doc.t(576, 770, "Page %d of {N}" % doc.pn, F, 7, "r")
        doc.t(36, 770, "ClearPath Remit Exchange  -  remittance detail report", F, 7)
        return 84

    def colhead(y):
        T.row(y, hd, FB, SZ)
        doc.hl(36, 576, y + 3, 0.6)
        return y + 12

    def claimhead(y, cl, mbi, stat, cont=False):
        doc.rect(36, y - 9, 540, 23, fill=0.94, stroke=False)
        doc.t(40, y, f"Patient: {cl['pt']}", FB, 7.2)
        doc.t(210, y, f"MBI: {mbi}", F, 7.2)
        doc.t(320, y, f"Patient Ctrl #: {cl['id']}", F, 7.2)
        doc.t(40, y + 10, f"Payer Claim #: {cl['pcn']}" + ("   (continued)" if cont else ""), F, 7.2)
        doc.t(210, y + 10, f"Status: {stat}", F, 7.2)
        return y + 24

    y = header()
    total_paid = D0
    for cl, mbi, stat, svcs in claims:
        if y > 680:
            doc.new_page()
            y = header()
        y = claimhead(y, cl, mbi, stat)
        y = colhead(y)
        for s in svcs:
            adjs = [(g, r, a) for g, r, a in s.adjs if a]
            if y + 9 * len(adjs) > 748:
                doc.new_page()
                y = header()
                y = claimhead(y, cl, mbi, stat, True)
                y = colhead(y)
            rem = [rmk[r] for g, r, a in adjs if rmk.get(r)]
            T.row(y, {"date": dfmt(s.dos, "mdy4"), "pos": "11", "units": units_str(s.units), "proc": s.code,
                      "mods": " ".join(s.mods), "billed": money(s.billed, ","), "allowed": money(s.allowed, ","),
                      "ded": money(s.deductible, ","), "coins": money(s.coinsurance, ","),
                      "grp": f"{adjs[0][0]}-{adjs[0][1]}", "adj": money(adjs[0][2], ","),
                      "resp": money(s.owes, ","), "paid": money(s.paid, ","), "rmk": " ".join(rem)})
            for j, (g, r, a) in enumerate(adjs[1:], 1):
                doc.t(348, y + 8.5 * j, f"{g}-{r}", F, SZ)
                doc.t(428, y + 8.5 * j, money(a, ","), F, SZ, "r")
            R.line(doc.pn, s, cl, ("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                   adj=[list(a) for a in adjs], rem=rem)
            y += 8.5 * len(adjs) + 3
            doc.hl(36, 576, y - 8, 0.25, 0.55)
        tot = {"billed": total(svcs, "billed"), "allowed": total(svcs, "allowed"), "paid": total(svcs, "paid"),
               "patient_owes": total(svcs, "owes")}
        total_paid += tot["paid"]
        T.row(y + 2, {"date": "Claim totals", "billed": money(tot["billed"], ","),
                      "allowed": money(tot["allowed"], ","), "ded": money(total(svcs, "deductible"), ","),
                      "coins": money(total(svcs, "coinsurance"), ","), "resp": money(tot["patient_owes"], ","),
                      "paid": money(tot["paid"], ",")}, FB, SZ)
        R.claim(cl, **tot)
        y += 26
    for pg in doc.pages:
        pg[:] = [op for op in pg if not (op[0] == "t" and op[3].startswith("EFT"))]
        pg.append(("t", 576, 60, f"EFT 0004417820  -  Paid 02/04/2026  -  Amount {m_dollar(total_paid)}", F, 7.5, "r"))
    if y > 680:
        doc.new_page()
        y = header()
    doc.t(36, y, "Code glossary (short forms)", FB, 8)
    for i, (c, txt) in enumerate(legend):
        doc.t(36 + (i % 2) * 270, y + 12 + (i // 2) * 10, f"{c}  {txt}", F, 7)
    return doc, R, legend


# ================================================================================ p2 PM-system ERA posting report
def p2(out: Path):
    """Practice-management ERA posting report (Medicare style), landscape core Courier (fpdf2)."""
    doc, R = Doc("fpdf2", landscape=True), Rec()
    F, FB = "Courier", "Courier-Bold"
    SZ = 7.4
    st = PlanState(ded_left=D0)
    claims = [
        ({"id": "100482", "pcn": "1226014337210", "pt": "DELACROIX, ARMAND"}, "01/05/2026-01/23/2026",
         [S("1/5", "97110", 2, ("GP", "KX")), S("1/5", "97140", 1, ("GP", "KX")), S("1/7", "97110", 2, ("GP", "KX")),
          S("1/7", "97112", 1, ("GP", "KX")), S("1/9", "97110", 2, ("GP", "KX")), S("1/9", "97530", 1, ("GP", "KX")),
          S("1/12", "97110", 2, ("GP", "KX")), S("1/12", "97140", 1, ("GP", "KX")), S("1/14", "97116", 2, ("GP", "KX")),
          S("1/16", "97110", 2, ("GP", "KX")), S("1/16", "97112", 1, ("GP", "KX")), S("1/19", "97110", 2, ("GP", "KX")),
          S("1/21", "97530", 2, ("GP", "KX")), S("1/23", "97110", 2, ("GP", "KX")), S("1/23", "97140", 1, ("GP", "KX"))]),
        ({"id": "100517", "pcn": "1226014337388", "pt": "NAKASHIMA, RUTH E"}, "01/06/2026-01/20/2026",
         [S("1/6", "97166", 1, ("GO",)), S("1/6", "97535", 1, ("GO", "CO")), S("1/13", "97530", 2, ("GO", "CO")),
          S("1/13", "97110", 1, ("GO", "CO")), S("1/20", "97530", 2, ("GO", "CO")), S("1/20", "97760", 1, ("GO",))]),
        ({"id": "100533", "pcn": "1226015441902", "pt": "PRZYBYLSKI, WANDA"}, "01/08/2026-01/08/2026",
         [S("1/8", "97110", 3, ("GP",)), S("1/8", "G0283", 1, ("GP",), denied="CO"), S("1/8", "99213", 1, ("25",))]),
        ({"id": "100561", "pcn": "1226015442017", "pt": "OKAFOR-LUND, BEATRIX"}, "01/12/2026-01/12/2026",
         [S("1/12", "92507", 1, ("GN",)), S("1/12", "92526", 1, ("GN",))]),
        ({"id": "100589", "pcn": "1226016550871", "pt": "TREMBLAY-ASKEW, GIDEON"}, "01/06/2026-01/30/2026",
         [S("1/6", "97161", 1, ("GP",)), S("1/6", "97110", 2, ("GP", "KX")), S("1/8", "97110", 2, ("GP", "KX")),
          S("1/8", "97116", 1, ("GP", "KX")), S("1/13", "97110", 2, ("GP", "CQ", "KX")),
          S("1/13", "97112", 1, ("GP", "CQ", "KX")), S("1/15", "97110", 2, ("GP", "KX")),
          S("1/15", "97140", 1, ("GP", "59", "KX")), S("1/20", "97530", 2, ("GP", "KX")),
          S("1/20", "97110", 1, ("GP", "KX")), S("1/22", "97110", 2, ("GP", "CQ", "KX")),
          S("1/27", "97110", 2, ("GP", "KX")), S("1/27", "97112", 1, ("GP", "KX")), S("1/30", "97110", 2, ("GP", "KX")),
          S("1/30", "97140", 1, ("GP", "KX"))]),
    ]
    for cl, span, svcs in claims:
        for s in svcs:
            medicare(s, st, deny_reason="50")
            if "CO" in s.mods and not s.denied:  # assistant-delivered: 15% lower fee, our own invented arithmetic
                pass
    legend = [("CO-45", "Contractual: charge above fee schedule"), ("PR-2", "Coinsurance"), ("CO-253", "Sequestration"),
              ("CO-50", "Not medically necessary per payer"), ("N130", "Consult plan benefit documents"),
              ("MA01", "Appeal rights apply")]
    cols = [("dos", 30, "l"), ("cpt", 96, "l"), ("mods", 132, "l"), ("unt", 192, "r"), ("chg", 246, "r"),
            ("alw", 296, "r"), ("ded", 340, "r"), ("coi", 384, "r"), ("adj", 396, "l"), ("paid", 700, "r"),
            ("rmk", 708, "l")]
    T = Table(doc, cols, F, SZ)
    hd = {"dos": "DOS", "cpt": "CPT", "mods": "MODS", "unt": "UNT", "chg": "CHARGE", "alw": "ALLOWED", "ded": "DEDUCT",
          "coi": "COINS", "adj": "ADJUSTMENTS (GRP-RSN AMT)", "paid": "PAID", "rmk": "RMK"}

    def header():
        doc.t(30, 30, "RIVERGATE PHYSICAL & OCCUPATIONAL THERAPY", FB, 9)
        doc.t(762, 30, "ERA POSTING REPORT", FB, 9, "r")
        doc.t(30, 41, "TheraLedger PM v11.4   Batch 2026-0204-03   Posted by: kmorrow", F, SZ)
        doc.t(762, 41, "Run date 02/05/2026 08:14   Page %d of {N}" % doc.pn, F, SZ, "r")
        doc.t(30, 52, "Payer: MEDICARE PART B - HIGH PLAINS JURISDICTION   Check/EFT: 0061120944   Check date: 02/03/2026", F, SZ)
        doc.hl(30, 762, 57, 0.8)
        return 70

    def colhead(y):
        T.row(y, hd, FB, SZ)
        doc.t(30, y + 8, "-" * 200, F, SZ)
        return y + 16

    y = header()
    y = colhead(y)
    for cl, span, svcs in claims:
        if y > 520:
            doc.new_page()
            y = header()
            y = colhead(y)
        doc.t(30, y, f"ACCT# {cl['id']}  PATIENT: {cl['pt']}  ICN: {cl['pcn']}  STMT: {span}  CLAIM STATUS: PRIMARY",
              FB, SZ)
        y += 11
        for s in svcs:
            if y > 568:
                doc.new_page()
                y = header()
                y = colhead(y)
                doc.t(30, y, f"ACCT# {cl['id']}  PATIENT: {cl['pt']}  ICN: {cl['pcn']}  (CONT.)", FB, SZ)
                y += 11
            adjs = [(g, r, a) for g, r, a in s.adjs if a]
            rem = ["N130", "MA01"] if s.denied else []
            T.row(y, {"dos": dfmt(s.dos, "mdy4"), "cpt": s.code, "mods": ",".join(s.mods), "unt": units_str(s.units),
                      "chg": money(s.billed, ""), "alw": money(s.allowed, ""), "ded": money(s.deductible, ""),
                      "coi": money(s.coinsurance, ""), "adj": "  ".join(f"{g}-{r} {money(a, '')}" for g, r, a in adjs),
                      "paid": money(s.paid, ""), "rmk": " ".join(rem)})
            R.line(doc.pn, s, cl, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                   adj=[list(a) for a in adjs], rem=rem)
            y += 10
        tot = {"billed": total(svcs, "billed"), "allowed": total(svcs, "allowed"), "paid": total(svcs, "paid")}
        T.row(y, {"dos": "CLAIM TOTAL", "chg": money(tot["billed"], ""), "alw": money(tot["allowed"], ""),
                  "ded": money(total(svcs, "deductible"), ""), "coi": money(total(svcs, "coinsurance"), ""),
                  "paid": money(tot["paid"], "")}, FB, SZ)
        doc.t(396, y, f"PT RESP {money(total(svcs, 'owes'), '')}", FB, SZ)
        R.claim(cl, **tot)
        y += 18
    if y > 520:
        doc.new_page()
        y = header()
    doc.t(30, y, "ADJUSTMENT / REMARK CODE KEY", FB, SZ)
    for i, (c, txt) in enumerate(legend):
        doc.t(30 + (i % 3) * 240, y + 11 + (i // 3) * 10, f"{c:<7}{txt}", F, SZ)
    return doc, R, legend


SPEC["p1"] = dict(d=lambda x: dfmt(x, "mdy4"), m=m_comma, code=lambda c, m: [c, " ".join(m)] if m else [c], u=str,
                  adj=lambda g, r, a: [f"{g}-{r}", m_comma(a)], rem=str, band=3, total_label="Claim totals",
                  adj_complete=True)
SPEC["p2"] = dict(d=lambda x: dfmt(x, "mdy4"), m=lambda x: money(x, ""), code=lambda c, m: [c, ",".join(m)] if m else [c],
                  u=str, adj=lambda g, r, a: [f"{g}-{r} {money(a, '')}"], rem=str, band=0, total_label="CLAIM TOTAL",
                  adj_complete=True)
LAYOUTS["p1"] = ("p1_clearinghouse_remit_detail", p1, "clearinghouse remittance detail (Medicare Part B), portrait DejaVu Sans")
LAYOUTS["p2"] = ("p2_pm_era_posting_report", p2, "practice-management ERA posting report, landscape Courier")


# ================================================================================ s1 therapy clinic family statement
def s1(out: Path):
    """Pediatric therapy clinic family statement with a right sidebar, portrait DejaVu Sans (reportlab)."""
    doc, R = Doc("reportlab"), Rec()
    F, FB = "DejaVu", "DejaVu-B"
    st = PlanState(ded_left=Decimal("95.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"),
                   copay_codes={"92507": Decimal("30.00")})
    visits = [
        ({"id": "V-20418", "pcn": "KM7731004521", "pt": "Noor Haddad"}, "1/5", "Keystone Mutual 01/07/26",
         [S("1/5", "97166", 1, ("GO",)), S("1/5", "97530", 2, ("GO",)), S("1/5", "97535", 1, ("GO",))]),
        ({"id": "V-20433", "pcn": "KM7731004688", "pt": "Noor Haddad"}, "1/12", "Keystone Mutual 01/14/26",
         [S("1/12", "97530", 3, ("GO",)), S("1/12", "97112", 1, ("GO", "59")), S("1/12", "97760", 1, ("GO",))]),
        ({"id": "V-20440", "pcn": "KM7731004702", "pt": "Karim Haddad"}, "1/13", "Keystone Mutual 01/15/26",
         [S("1/13", "92523", 1, ("GN",)), S("1/13", "92507", 1, ("GN",))]),
        ({"id": "V-20467", "pcn": "KM7731005119", "pt": "Noor Haddad"}, "1/19", "Keystone Mutual 01/21/26",
         [S("1/19", "97530", 2, ("GO",)), S("1/19", "97535", 2, ("GO",)), S("1/19", "97140", 1, ("GO", "59"))]),
        ({"id": "V-20471", "pcn": "KM7731005230", "pt": "Karim Haddad"}, "1/20", "Keystone Mutual 01/22/26",
         [S("1/20", "92507", 1, ("GN",)), S("1/20", "97129", 2, ("GN",), denied="PR")]),
        ({"id": "V-20488", "pcn": "KM7731005561", "pt": "Leila Haddad"}, "1/22", "Keystone Mutual 01/26/26",
         [S("1/22", "97161", 1, ("GP",)), S("1/22", "97110", 2, ("GP",)), S("1/22", "97116", 1, ("GP",)),
          S("1/22", "97112", 1, ("GP",))]),
        ({"id": "V-20496", "pcn": "KM7731005874", "pt": "Noor Haddad"}, "1/26", "Keystone Mutual 01/28/26",
         [S("1/26", "97530", 2, ("GO",)), S("1/26", "97535", 1, ("GO",)), S("1/26", "97110", 1, ("GO",)),
          S("1/26", "97168", 1, ("GO",))]),
        ({"id": "V-20502", "pcn": "KM7731006013", "pt": "Leila Haddad"}, "1/29", "Keystone Mutual 02/02/26",
         [S("1/29", "97110", 2, ("GP",)), S("1/29", "97530", 1, ("GP",)), S("1/29", "97140", 1, ("GP",))]),
        ({"id": "V-20511", "pcn": "KM7731006128", "pt": "Karim Haddad"}, "1/27", "Keystone Mutual 02/02/26",
         [S("1/27", "92507", 1, ("GN",)), S("1/27", "92526", 1, ("GN",)), S("1/27", "97129", 1, ("GN",), denied="PR")]),
        ({"id": "V-20519", "pcn": "KM7731006245", "pt": "Noor Haddad"}, "1/30", "Keystone Mutual 02/03/26",
         [S("1/30", "97530", 3, ("GO",)), S("1/30", "97112", 1, ("GO",)), S("1/30", "97535", 1, ("GO",)),
          S("1/30", "97760", 1, ("GO",))]),
    ]
    for cl, dd, filed, svcs in visits:
        for s in svcs:
            commercial(s, st)
    allsv = [s for v in visits for s in v[3]]
    due = total(allsv, "owes")
    summ = [("Previous balance", "45.00"), ("Payments", "-45.00"), ("New charges", m_comma(total(allsv, "billed"))),
            ("Insurance paid", m_comma(-total(allsv, "paid"))), ("Insurance adj.", m_comma(-total(allsv, "discount"))),
            ("AMOUNT DUE", m_comma(due)), ("Due by", "03/02/2026")]
    cols = [("date", 36, "l"), ("code", 88, "l"), ("units", 150, "r"), ("desc", 158, "l"), ("chg", 318, "r"),
            ("ins", 362, "r"), ("adj", 404, "r"), ("owe", 448, "r")]
    T = Table(doc, cols, F, 7.2)
    hd = {"date": "Date", "code": "Code", "units": "Units", "desc": "Description", "chg": "Charge",
          "ins": "Ins Paid", "adj": "Ins Adj", "owe": "You Owe"}
    SB = 462

    def furniture(summary_vals):
        doc.t(36, 44, "Little Compass Therapy Center", FB, 13)
        doc.t(36, 56, "Occupational, Physical & Speech Therapy for Kids", F, 7.5)
        doc.t(36, 66, "301 Wrenfield Pkwy, Suite 12  -  Amberlee, IA 50321  -  (555) 716-2040", F, 7.5)
        doc.rect(SB, 30, 114, 720, fill=0.93, stroke=False)
        doc.t(SB + 6, 46, "FAMILY STATEMENT", FB, 8)
        doc.t(SB + 6, 60, "Statement date", F, 7)
        doc.t(SB + 6, 69, "02/10/2026", FB, 7.5)
        doc.t(SB + 6, 83, "Guarantor account", F, 7)
        doc.t(SB + 6, 92, "G-08812", FB, 7.5)
        doc.t(SB + 6, 106, "Guarantor", F, 7)
        doc.t(SB + 6, 115, "Rania Haddad", FB, 7.5)
        if summary_vals:
            y = 140
            doc.t(SB + 6, y, "Account summary", FB, 7.5)
            for i, (a, b) in enumerate(summary_vals):
                doc.t(SB + 6, y + 14 + i * 11, a, F, 6.8)
                doc.t(SB + 108, y + 14 + i * 11, b, F, 6.8, "r")
            doc.t(SB + 6, y + 100, "Pay online:", FB, 7)
            doc.t(SB + 6, y + 110, "pay.littlecompass.example", F, 6.8)
            doc.t(SB + 6, y + 124, "Questions about this bill?", FB, 7)
            doc.t(SB + 6, y + 134, "Call Billing (555) 716-2041", F, 6.8)
            doc.t(SB + 6, y + 144, "Mon-Fri 8:30 to 4:30", F, 6.8)
        doc.t(SB + 6, 740, "Page %d of {N}" % doc.pn, F, 7)
        return 92

    def colhead(y):
        doc.hl(36, 452, y - 9, 0.7)
        T.row(y, hd, FB, 7.2)
        doc.hl(36, 452, y + 4, 0.7)
        return y + 15

    y = furniture(summ)
    y = colhead(y)
    doc.t(36, y, "Previous balance", F, 7.2)
    doc.t(448, y, "45.00", F, 7.2, "r")
    y += 11
    doc.t(36, y, "01/08/2026", F, 7.2)
    doc.t(158, y, "Payment - thank you (card ending 3310)", F, 7.2)
    doc.t(448, y, "-45.00", F, 7.2, "r")
    y += 16
    for cl, dd, filed, svcs in visits:
        if y > 712:
            doc.new_page()
            y = furniture(None)
            y = colhead(y)
        doc.t(36, y, f"{cl['pt']}  -  Visit {cl['id']}", FB, 7.4)
        doc.t(230, y, f"Filed to {filed}, claim {cl['pcn']}", F, 6.8)
        y += 11
        for s in svcs:
            if y > 736:
                doc.new_page()
                y = furniture(None)
                y = colhead(y)
                doc.t(36, y, f"{cl['pt']}  -  Visit {cl['id']} (continued)", FB, 7.4)
                y += 11
            desc = wrap(s.desc, F, 7.2, 116)
            T.row(y, {"date": dfmt(s.dos, "mdy4"), "code": "-".join([s.code, *s.mods]), "units": units_str(s.units),
                      "desc": desc[0], "chg": m_comma(s.billed), "ins": m_comma(s.paid), "adj": m_comma(s.discount),
                      "owe": m_comma(s.owes)})
            for j, ln in enumerate(desc[1:], 1):
                doc.t(158, y + 8.5 * j, ln, F, 7.2)
            R.line(doc.pn, s, cl, ("billed", "paid", "discount", "patient_owes"))
            y += 8.5 * len(desc) + 3
        tot = {"billed": total(svcs, "billed"), "paid": total(svcs, "paid"), "patient_owes": total(svcs, "owes")}
        doc.hl(280, 452, y - 7, 0.3)
        T.row(y, {"desc": "Visit total", "chg": m_comma(tot["billed"]), "ins": m_comma(tot["paid"]),
                  "adj": m_comma(total([*svcs], "discount")), "owe": m_comma(tot["patient_owes"])}, FB, 7.2)
        R.claim(cl, **tot)
        y += 18
    if y > 690:
        doc.new_page()
        y = furniture(None)
    doc.t(36, y + 4, "Amounts listed under You Owe are your share after Keystone Mutual processed each visit.", F, 7)
    doc.t(36, y + 14, "Please return the stub below with a check payable to Little Compass Therapy Center.", F, 7)
    doc.hl(36, 452, y + 24, 0.5, 0.4)
    doc.t(36, y + 36, f"Account G-08812   Rania Haddad   Amount due {m_comma(due)}   Amount enclosed: ________", FB, 7.5)
    return doc, R, []


# ================================================================================ s2 hospital family statement
def s2(out: Path):
    """Hospital outpatient rehabilitation family (guarantor) statement, portrait Liberation Serif (fpdf2)."""
    doc, R = Doc("fpdf2"), Rec()
    F, FB = "LibSerif", "LibSerif-B"
    accts = [
        ({"id": "3004187731", "pcn": "PV-26-0058812", "pt": "Elias Moreno-Tate"}, "Prairie Vale Health Insurance",
         [S("1/5", "97163", 1, ("GP",)), S("1/5", "97110", 2, ("GP",)), S("1/7", "97110", 2, ("GP",)),
          S("1/7", "97140", 1, ("GP",)), S("1/9", "97110", 3, ("GP",)), S("1/9", "97530", 1, ("GP",)),
          S("1/12", "97110", 2, ("GP",)), S("1/12", "97112", 1, ("GP",)), S("1/14", "97530", 1, ("GP",)),
          S("1/14", "97530", 1, ("GP",)), S("1/16", "97110", 2, ("GP",)), S("1/16", "97116", 1, ("GP",)),
          S("1/19", "97110", 2, ("GP",)), S("1/19", "G0283", 1, ("GP",)), S("1/21", "97110", 2, ("GP",)),
          S("1/21", "97140", 1, ("GP",)), S("1/23", "97110", 2, ("GP",)), S("1/23", "97112", 1, ("GP",))],
         "0.58"),
        ({"id": "3004190266", "pcn": "PV-26-0061477", "pt": "Marisol Moreno-Tate"}, "Prairie Vale Health Insurance",
         [S("1/13", "97165", 1, ("GO",)), S("1/13", "97760", 1, ("GO",)), S("1/13", "L3807", 1, ("RT",)),
          S("1/20", "97530", 2, ("GO",)), S("1/20", "97140", 1, ("GO",)), S("1/22", "97530", 2, ("GO",)),
          S("1/22", "97535", 1, ("GO",)), S("1/27", "97530", 2, ("GO",)), S("1/27", "97110", 1, ("GO",)),
          S("1/29", "97530", 2, ("GO",)), S("1/29", "97140", 1, ("GO",)), S("1/29", "97168", 1, ("GO",))], "0.55"),
        ({"id": "3004192081", "pcn": "PV-26-0063190", "pt": "Ana Moreno-Tate"}, "Prairie Vale Health Insurance",
         [S("1/15", "92523", 1, ("GN",)), S("1/22", "92507", 1, ("GN",)), S("1/29", "92507", 1, ("GN",))], "0.60"),
    ]
    rev = {"97110": "0420", "97112": "0420", "97116": "0420", "97140": "0420", "97163": "0424", "G0283": "0420",
           "97530": "0420", "97165": "0434", "97760": "0430", "L3807": "0274", "92523": "0444", "92507": "0440",
           "97535": "0430", "97110_": "0420", "97168": "0434"}
    cols = [("date", 40, "l"), ("rev", 104, "l"), ("code", 134, "l"), ("mod", 184, "l"), ("desc", 210, "l"),
            ("qty", 468, "r"), ("chg", 560, "r")]
    T = Table(doc, cols, F, 8)
    hd = {"date": "Date", "rev": "Rev", "code": "CPT/HCPCS", "mod": "Mod", "desc": "Description", "qty": "Qty",
          "chg": "Charges"}

    def header():
        doc.t(40, 42, "Prairie Vale Regional Medical Center", FB, 14)
        doc.t(40, 55, "Patient Financial Services  -  PO Box 7720  -  Marston, KS 67405", F, 8)
        doc.t(40, 65, "Customer service (555) 904-3300  -  Monday to Friday 8 a.m. to 5 p.m.", F, 8)
        doc.t(572, 42, "GUARANTOR STATEMENT", FB, 10, "r")
        doc.t(572, 55, "Page %d of {N}" % doc.pn, F, 8, "r")
        doc.hl(40, 572, 72, 1.2)
        return 88

    y = header()
    # two-column block on page 1
    doc.t(40, y, "Guarantor", FB, 9)
    for i, ln in enumerate(["Isabel Moreno-Tate", "88 Quarry Bend Rd", "Marston KS 67402"]):
        doc.t(40, y + 12 + i * 11, ln, F, 9)
    box = [("Statement date", "02/12/2026"), ("Guarantor number", "G5561870"), ("Accounts on this statement", "3"),
           ("Amount due", ""), ("Please pay by", "03/05/2026")]
    doc.rect(330, y - 10, 242, 70, fill=0.94)
    for i, (a, b) in enumerate(box):
        doc.t(338, y + 2 + i * 12, a, F, 8.5)
        if b:
            doc.t(564, y + 2 + i * 12, b, FB, 8.5, "r")
    due_pos = (564, y + 2 + 3 * 12)
    y += 80
    doc.t(40, y, "Outpatient rehabilitation services for your family are itemized by account below. Insurance "
          "payments and adjustments are shown after each account's charges.", F, 8)
    y += 18
    due = D0

    def colhead(y):
        doc.hl(40, 572, y - 9, 0.6)
        T.row(y, hd, FB, 8)
        doc.hl(40, 572, y + 4, 0.6)
        return y + 15

    for cl, ins, svcs, pay_rate in accts:
        if y > 640:
            doc.new_page()
            y = header()
        doc.rect(40, y - 10, 532, 26, fill=0.86, stroke=False)
        doc.t(44, y, f"Account {cl['id']}", FB, 9)
        doc.t(170, y, f"Patient: {cl['pt']}", FB, 9)
        doc.t(44, y + 11, f"Primary insurance: {ins}   Claim # {cl['pcn']}", F, 8)
        y = colhead(y + 30)
        for i, s in enumerate(svcs):
            if y > 730:
                doc.new_page()
                y = header()
                doc.t(44, y, f"Account {cl['id']}  -  Patient: {cl['pt']}  (continued)", FB, 9)
                y = colhead(y + 18)
            T.row(y, {"date": dfmt(s.dos, "dmy"), "rev": rev[s.code], "code": s.code, "mod": " ".join(s.mods),
                      "desc": s.desc.upper(), "qty": units_str(s.units), "chg": money(s.billed, ",", "()")})
            R.line(doc.pn, s, cl, ("billed",))
            y += 12
        if cl["id"] == "3004187731":  # a charge posted twice on 1/14 is credited back
            cr = negate(svcs[9])
            T.row(y, {"date": dfmt(cr.dos, "dmy"), "rev": rev[cr.code], "code": cr.code, "mod": " ".join(cr.mods),
                      "desc": "CREDIT - DUPLICATE CHARGE", "qty": units_str(cr.units),
                      "chg": money(cr.billed, ",", "()")})
            R.line(doc.pn, cr, cl, ("billed",))
            svcs = svcs + [cr]
            y += 12
        charges = total(svcs, "billed")
        ins_paid = q(charges * Decimal(pay_rate))
        contractual = q(charges * Decimal("0.30"))
        bal = charges - ins_paid - contractual
        due += bal
        for lab, v in ((f"02/03/2026  Payment - {ins}", -ins_paid), ("02/03/2026  Contractual adjustment", -contractual)):
            doc.t(196, y, lab, F, 8)
            doc.t(560, y, money(v, ",", "()"), F, 8, "r")
            y += 12
        doc.hl(300, 572, y - 8, 0.4)
        doc.t(196, y, "Account totals:", FB, 8)
        doc.t(270, y, f"charges {money(charges, '$')}   insurance paid {money(ins_paid, '$')}   "
              f"patient balance {money(bal, '$')}", F, 8)
        R.claim(cl, billed=charges, paid=ins_paid, patient_owes=bal)
        y += 26
    doc.pages[0].append(("t", due_pos[0], due_pos[1], m_dollar(due), FB, 8.5, "r"))
    if y > 700:
        doc.new_page()
        y = header()
    doc.t(40, y, "Financial assistance is available. Ask us for an application or visit the hospital's billing office.",
          F, 8)
    return doc, R, []


SPEC["s1"] = dict(d=lambda x: dfmt(x, "mdy4"), m=m_comma, code=lambda c, m: ["-".join([c, *m])], u=str, rem=str,
                  band=0, total_label="Visit total",
                  owes_rule=lambda t: None if Decimal(t["billed"]) - Decimal(t["paid"]) - Decimal(t["discount"])
                  == Decimal(t["patient_owes"]) else "charge - ins paid - ins adj != you owe")
SPEC["s2"] = dict(d=lambda x: dfmt(x, "dmy"), m=lambda x: money(x, ",", "()"), code=lambda c, m: [c, *m], u=str,
                  rem=str, band=0, total_label="Account totals")
LAYOUTS["s1"] = ("s1_therapy_clinic_family_statement", s1, "therapy clinic family statement, portrait DejaVu Sans, sidebar")
LAYOUTS["s2"] = ("s2_hospital_guarantor_statement", s2, "hospital outpatient guarantor statement, portrait Liberation Serif")


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout45_"))
    if "samples" in out.resolve().parts:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    errs = []
    nlines = npages = 0
    for key, (name, fn, desc) in LAYOUTS.items():
        doc, R, legend = fn(out)
        path = out / f"{name}.pdf"
        n = doc.save(path)
        write_truth(path, name, doc.producer, n, desc, R.lines, R.claims, legend, R.findings)
        nlines += len(R.lines)
        npages += n
        if "--check" in argv:
            errs += check_file(path, SPEC[key])
    print(f"wrote {len(LAYOUTS)} files, {nlines} service lines, {npages} pages to {out}")
    if "--check" in argv:
        for e in errs:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
