"""Write held-out set 157 of synthetic PDF EOB layouts (with truth files) into a folder: an honest measurement of
the PDF reader on layouts nobody developing it has seen. Written without looking at the reader.

Run:  python bench/heldout157/make_heldout157_pdfs.py OUT_DIR            (write the PDFs and truth files)
      python bench/heldout157/make_heldout157_pdfs.py OUT_DIR --check    (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness). Helper: h157kit.py (drawing engine rendering to reportlab or fpdf2, check).
The row bands --check needs go to OUT_DIR/.check/.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py: truth_line / write_truth), printed values only,
null for what a layout does not print (units null where no quantity is printed); claim_id = the provider's own
account / visit / hospital account number, payer_claim_id = the payer's claim number / ICN / TCN, patient
exactly as printed (the person served, not the guarantor or subscriber). Every name, number, payer, provider,
address and ID is invented; service descriptions are our own words.

Layouts (two of each of the five commonest real kinds):
  c1  commercial family member EOB (reportlab, portrait Liberation Sans): plan header and member box, per-patient
      claim heads "Claim for <name> (relationship)" with claim number and "Provider account", columns "Service
      dates / What was done / Code / Mod / Billed / Plan discount / Plan allowance / Not covered / Deductible /
      Copay / Coinsurance / Plan paid / You owe / Remark", two-line descriptions, no units, a PR-denied laser
      line, the son's claim continues on page 2 under "(continued)" and a repeated header, remark legend
  c2  HSA-qualified high-deductible plan claims statement (fpdf2, landscape Liberation Serif): four family
      members, "Charges / Savings / Covered charges / Applied to deductible / Coinsurance / Paid by plan / Member
      balance / Codes", DD-MON-YYYY dates, CPT/HCPCS, Modifiers and Units columns, wrapped long descriptions,
      a not-covered line, HSA reminder box, per-claim subtotal rows, year-to-date box
  m1  Medicare Summary Notice Part B (fpdf2, portrait DejaVu Sans Condensed): page-1 notice with deductible box
      and provider overview, claims page: provider block + "Claim Number", rows "Date of Service / Service
      Provided & Billing Code / Service Approved? / Amount Provider Charged / Medicare-Approved / Medicare Paid
      Provider / Maximum You May Be Billed / See Notes", count prefix "2 Therapeutic exercises (97110-GP-KX)",
      a denial ("No"), a 25-line claim, lettered notes; no provider account number printed (claim_id null)
  m2  Medicare Advantage PPO member EOB for a couple (reportlab, portrait DejaVu Serif): left sidebar on page 1,
      "Jan 5, 2026", "Service and code" cell "Gait training (97116 GP CQ)" wrapping, "Provider charged /
      Plan-approved / Plan paid / Your copay / Not covered / Your share / Note", per-visit copay, a CO-denied
      item; PLANTED "Your share" claim total 15.00 above the lines on claim MA26013190415 (expected finding)
  d1  state Medicaid remittance advice, mainframe print (reportlab, portrait Liberation Mono): provider message
      banner, PAID / DENIED / ADJUSTMENTS sections, "RECIPIENT / MEDICAID ID / ICN / PATIENT ACCT" heading rows,
      MMDDYY from/thru, MOD1 MOD2, UNITS "2.00", TPL and COPAY columns, 4-digit EOB codes, a void in
      trailing-minus amounts (units printed unsigned) and its replacement, header repeated on page 2
  d2  state Medicaid provider remittance statement, boxed modern print (fpdf2, portrait core Helvetica): banner,
      claim boxes "Beneficiary / Beneficiary ID / Patient Control # / ICN / Claim Status", "Line / Svc Date /
      Proc / Mod / Qty / Charge / Allowed / Paid / Adj Grp-Rsn / Adj Amt / Remark", qty "2.0", CO-45, CO-97 and
      CO-151 denials with RARC codes, a PARTIAL and a DENIED claim, glossary
  r1  Medicare-style standard paper remit from a clearinghouse (fpdf2, portrait core Courier): NAME / HIC / ACNT /
      ICN / ASG / MOA claim line, "0105 010526" dates, POS, NOS, PROC MODS, BILLED ALLOWED DEDUCT COINS, GRP/RC-AMT
      stacked one per text line (CO-45, PR-1, PR-2, CO-253) with PROV PD, REM lines, PT RESP / CLAIM TOTALS, a
      claim across the page break with the heading reprinted "(CONT)"
  r2  practice-management ERA posting print (reportlab, landscape Liberation Sans Narrow): EFT header, claim
      head rows "Patient / Acct # / Payer ICN / Status", rows "DOS / CPT / Mod / Units / Charge / Allowed /
      Deduct / Coins / Adjustments / Paid / Remarks", dates "1/5/2026", all adjustments in one cell "CO45 100.76
      PR2 11.85 CO253 0.95", a denied claim, a reversal (parenthesised, units "-2") and its correction
  f1  pediatric therapy clinic family statement (reportlab, portrait core Helvetica): right-hand sidebar with
      amount due, guarantor block, visit heading rows "Visit # - patient - insurer claim #", rows "Date /
      Description / Code / Qty / Charges / Ins. Paid / Adjustment / Pt. Resp." with "97530-GO", three children,
      patient payments as non-service rows, aging boxes; the printed Adjustment is recorded as the discount
  f2  hospital outpatient-rehab family statement (fpdf2, portrait DejaVu Serif): guarantor statement with three
      patients, encounter heads "Hospital Account / Patient / Primary Insurance / Claim", rows "Date / Rev /
      Description / CPT/HCPCS / Mod / Qty / Charges" (only charges printed per line), encounter summary, a
      self-pay account (no claim number), a detachable coupon on page 1, a 26-service encounter continued on
      page 2 under "(continued)" and a repeated header

The self-check (--check) tests the factory, not the reader: it reads each PDF's text layer with pdfplumber and
insists that every truth code, modifier, units value, amount, adjustment group/reason/amount and remark lies
on the service's own printed row (the row's recorded vertical band), that the service date is on its page and
ids / patients are in the document; the page count; and the documents' own arithmetic (billed - adjustments =
paid where every adjustment is printed, allowed - deductible - copay - coinsurance = paid where all are
printed, printed claim totals = sum of lines except a planted mismatch, which really is one).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from h157kit import Doc, check_file  # noqa: E402
from samples.pdf.eobgen import (  # noqa: E402
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
    write_truth,
)

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


def D(d: int, m: int = 1) -> date:
    return date(2026, m, d)


def S(d: int, code: str, u: object = 1, mods: tuple = (), denied: str | None = None, desc: str = "") -> Svc:
    return Svc(D(d), code, Decimal(str(u)), tuple(mods), None, desc, denied)


class Out:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.lines: list[dict] = []
        self.claims: list[dict] = []

    def line(self, s: Svc, cl: dict, printed: tuple, top: float, bot: float, **kw) -> None:
        self.lines.append(truth_line(self.doc.pno, s, claim_id=cl.get("acct"), payer_claim_id=cl.get("icn"),
                                     patient=cl.get("patient"), printed=printed, **kw))
        self.doc.bands.append((self.doc.pno, top, bot))

    def claim(self, cl: dict, **totals) -> None:
        self.claims.append({"claim_id": cl.get("acct"), "payer_claim_id": cl.get("icn"),
                            "patient": cl.get("patient"), "totals": claim_totals(**totals)})


def finish(out_dir: Path, name: str, o: Out, layout: str, desc: str, legend: list, findings=None) -> None:
    path = out_dir / f"{name}.pdf"
    o.doc.save(path)
    write_truth(path, layout, o.doc.producer, len(o.doc.pages), desc, o.lines, o.claims, legend, findings)
    (out_dir / ".check").mkdir(exist_ok=True)
    (out_dir / ".check" / f"{name}.bands.json").write_text(json.dumps(o.doc.bands) + "\n")


# =============================================================================================== c1
def c1(out_dir: Path) -> None:
    doc = Doc("reportlab", LETTER, {"R": "liberation/LiberationSans-Regular.ttf",
                                    "B": "liberation/LiberationSans-Bold.ttf"})
    o = Out(doc)
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    jun = [S(5, "97165", 1, ("GO",))]
    for d in (7, 9, 12, 14, 16, 19, 21, 23, 26, 28):
        jun.append(S(d, "97530", 2, ("GO",)))
        if d in (9, 14, 21, 26):
            jun.append(S(d, "97535", 1, ("GO", "59")))
    jun.append(S(30, "97168", 1, ("GO",)))
    claims = [
        {"patient": "Juniper Pettibone", "rel": "daughter", "acct": "LKT-50712", "icn": "BG26-0114-30551",
         "prov": "Lakeshore Kids Therapy Group", "svcs": jun},
        {"patient": "Celeste Pettibone", "rel": "spouse", "acct": "MH-88213", "icn": "BG26-0121-11802",
         "prov": "Meridian Hand & Upper Limb Clinic",
         "svcs": [S(8, "97140", 1, ("GP", "59")), S(8, "97110", 2, ("GP",)), S(13, "97760", 1, ("GO",)),
                  S(13, "0552T", 1, (), "PR")]},
        {"patient": "Rowan Pettibone", "rel": "son", "acct": "LKT-50790", "icn": "BG26-0126-40417",
         "prov": "Lakeshore Kids Therapy Group",
         "svcs": [S(20, "92523", 1, ("GN",)), S(27, "92507", 1, ("GN",)), S(29, "92507", 1, ("GN",))]},
    ]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st, deny_reason="96")
            s.remarks = ["NX"] if s.denied else (["DD"] if s.deductible else ["PD"])
    cols = [("Service", 36, "l"), ("What was done", 78, "l"), ("Code", 160, "l"), ("Mod", 189, "l"),
            ("Billed", 246, "r"), ("Plan", 284, "r"), ("Plan", 324, "r"), ("Not", 360, "r"),
            ("Deduct-", 396, "r"), ("Copay", 428, "r"), ("Coin-", 466, "r"), ("Plan", 506, "r"),
            ("You", 546, "r"), ("Remark", 552, "l")]
    sub = ["dates", "", "", "", "", "discount", "allowance", "covered", "ible", "", "surance", "paid", "owe", ""]

    def head(y: float) -> float:
        doc.box(32, y - 9, 548, 22, fill=0.88, stroke=False)
        for (h, x, al), h2 in zip(cols, sub, strict=True):
            doc.t(x, y, h, "B", 6.5, al)
            doc.t(x, y + 8, h2, "B", 6.5, al)
        return y + 22

    def page(first: bool) -> float:
        doc.new_page()
        doc.t(36, 46, "BLUEGATE MUTUAL HEALTH PLAN", "B", 14)
        doc.t(36, 58, "PO Box 7720, Eau Claire Falls, WI 54799  |  bluegatemutual.example", "R", 7)
        doc.t(576, 46, "Explanation of Benefits", "B", 12, "r")
        doc.t(576, 58, "THIS IS NOT A BILL", "B", 8, "r")
        doc.ln(36, 66, 576, 66, 1.2)
        if not first:
            doc.t(36, 80, "Member: Harlan Pettibone    Member ID: BGM448129007    Statement date: 02/02/2026", "R", 7.5)
            return 96
        doc.box(36, 74, 260, 62)
        doc.t(42, 86, "Harlan Pettibone", "B", 9)
        doc.t(42, 97, "418 Tamarack Court", "R", 8)
        doc.t(42, 107, "Pine Hollow, WI 54811", "R", 8)
        doc.box(316, 74, 260, 62)
        for i, (k, v) in enumerate([("Member ID", "BGM448129007"), ("Group", "60218 Northwoods Paper Co."),
                                    ("Plan", "Bluegate Choice PPO"), ("Statement date", "02/02/2026")]):
            doc.t(322, 86 + i * 11, k, "B", 7.5)
            doc.t(400, 86 + i * 11, v, "R", 7.5)
        doc.t(36, 152, "Your family's claims processed January 2026", "B", 10)
        doc.t(36, 164, "Below is how your plan handled each claim. Amounts in 'You owe' may be billed to you by the "
              "provider.", "R", 7.5)
        return 182

    y = page(True)
    for cl in claims:
        if y > 640:
            y = page(False)
        doc.t(36, y, f"Claim for {cl['patient']} ({cl['rel']})", "B", 9)
        doc.t(36, y + 11, f"Provider: {cl['prov']}     Claim number: {cl['icn']}     Provider account: {cl['acct']}",
              "R", 7.5)
        y = head(y + 28)
        for s in cl["svcs"]:
            desc = doc.wrap(s.desc, 78, "R", 6.5)[:2]
            h = 9 * len(desc) + 3
            if y + h > 730:
                y = page(False)
                doc.t(36, y, f"Claim for {cl['patient']} ({cl['rel']}) (continued)", "B", 9)
                doc.t(36, y + 11, f"Claim number: {cl['icn']}     Provider account: {cl['acct']}", "R", 7.5)
                y = head(y + 28)
            vals = [dfmt(s.dos, "mdy2"), None, s.code, " ".join(s.mods), money(s.billed, ","),
                    money(s.discount, ","), money(s.allowed, ","), money(s.not_covered, ","),
                    money(s.deductible, ","), money(s.copay, ","), money(s.coinsurance, ","), money(s.paid, ","),
                    money(s.owes, ","), " ".join(s.remarks)]
            for (hh, x, al), v in zip(cols, vals, strict=True):
                if v is not None:
                    doc.t(x, y, v, "R", 6.5, al)
            for i, dl in enumerate(desc):
                doc.t(78, y + 9 * i, dl, "R", 6.5)
            o.line(s, cl, ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                           "paid", "patient_owes"), y - 7, y + 9 * (len(desc) - 1) + 1, units=False,
                   remarks=s.remarks, description=False)
            doc.ln(36, y + h - 6, 576, y + h - 6, 0.3, 0.6)
            y += h
        sv = cl["svcs"]
        doc.t(78, y + 2, "Claim totals", "B", 7)
        for attr, x in (("billed", 246), ("discount", 284), ("allowed", 324), ("not_covered", 360),
                        ("deductible", 396), ("copay", 428), ("coinsurance", 466), ("paid", 506), ("owes", 546)):
            doc.t(x, y + 2, money(total(sv, attr), "$"), "B", 6.5, "r")
        o.claim(cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                patient_owes=total(sv, "owes"))
        y += 26
    legend = [("PD", "Paid at the in-network rate; the plan discount is not yours to pay."),
              ("DD", "Part or all of the allowance counted toward your deductible."),
              ("NX", "Experimental or unproven service; not a covered benefit. The provider may bill you.")]
    if y > 690:
        y = page(False)
    doc.t(36, y, "Remark codes", "B", 8)
    for i, (k, v) in enumerate(legend):
        doc.t(36, y + 11 + i * 10, k, "B", 7)
        doc.t(60, y + 11 + i * 10, v, "R", 7)
    doc.page_numbers("Questions? 1-800-555-0143 (TTY 711)      Page {i} of {n}", 576, 770)
    finish(out_dir, "c1_family_member_eob", o, "c1", "commercial family member EOB", legend)


# =============================================================================================== c2
def c2(out_dir: Path) -> None:
    doc = Doc("fpdf2", LAND, {"R": "liberation/LiberationSerif-Regular.ttf", "B": "liberation/LiberationSerif-Bold.ttf"})
    o = Out(doc)
    st = PlanState(ded_left=Decimal("1650.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.84"))
    claims = [
        {"patient": "Odalys Ferreira-Quist", "rel": "Self", "acct": "AHC-31887", "icn": "2602-771-40893",
         "prov": "Arrowhead Hand Center", "svcs": [S(6, "97760", 1, ("GO",)), S(6, "L3807", 1, ("RT",)),
                                                   S(20, "97140", 1, ("GO",)), S(20, "97110", 2, ("GO",))]},
        {"patient": "Teodor Quist", "rel": "Spouse", "acct": "SPT00412", "icn": "2602-771-41120",
         "prov": "Summit Physical Therapy", "svcs": [S(9, "97161", 1, ("GP",)), S(12, "97110", 3, ("GP",)),
                                                     S(12, "G0283", 1, ("GP",)), S(15, "97140", 2, ("GP",)),
                                                     S(15, "97112", 1, ("GP",))]},
        {"patient": "Marisol Quist", "rel": "Daughter", "acct": "TS-2026-0093", "icn": "2602-771-41574",
         "prov": "Talk & Swallow Pediatric Speech", "svcs": [S(14, "92523", 1), S(21, "92507", 1),
                                                              S(28, "92507", 1), S(28, "97129", 2, (), "PR")]},
        {"patient": "Ezra Quist", "rel": "Son", "acct": "AHC-31902", "icn": "2602-771-42011",
         "prov": "Arrowhead Hand Center", "svcs": [S(22, "99213", 1, ("25",)), S(22, "97535", 2, ("GO",))]},
    ]
    for cl in claims:
        for s in cl["svcs"]:
            if s.code in LONG_DESC:
                s.desc = LONG_DESC[s.code]
            commercial(s, st, deny_reason="204")
            s.remarks = ["X14"] if s.denied else (["D02"] if s.deductible else [])
    xs = dict(date=30, desc=92, code=262, mod=302, un=348, ch=398, sav=446, cov=500, ded=562, coi=612, paid=664,
              bal=716, codes=726)

    def head(y: float) -> float:
        doc.ln(28, y - 10, 764, y - 10, 0.8)
        hd = [("date", "Service date", "l"), ("desc", "Description of service", "l"), ("code", "CPT/|HCPCS", "l"),
              ("mod", "Modi-|fiers", "l"), ("un", "Units", "r"), ("ch", "Charges", "r"), ("sav", "Savings", "r"),
              ("cov", "Covered|charges", "r"), ("ded", "Applied to|deductible", "r"), ("coi", "Coin-|surance", "r"),
              ("paid", "Paid by|plan", "r"), ("bal", "Member|balance", "r"), ("codes", "Codes", "l")]
        for k, h, al in hd:
            parts = h.split("|")
            for i, t in enumerate(parts):
                doc.t(xs[k], y + 9 * i + (0 if len(parts) == 2 else 4), t, "B", 7.5, al)
        doc.ln(28, y + 13, 764, y + 13, 0.8)
        return y + 25

    def page() -> float:
        doc.new_page()
        doc.t(28, 40, "Copperline Health Savings Plan", "B", 16)
        doc.t(28, 54, "administered by Copperline Benefit Services, 55 Ridge Terrace, Duluth Bay, MN 55899", "R", 8)
        doc.t(764, 40, "CLAIMS STATEMENT", "B", 12, "r")
        doc.t(764, 54, "Subscriber: Odalys Ferreira-Quist   ID CHS-6620-1184   Issued 02/03/2026", "R", 8, "r")
        doc.ln(28, 62, 764, 62, 1.5)
        return 80

    y = page()
    doc.box(28, 68, 736, 34, fill=0.93)
    doc.t(36, 80, "HSA reminder: amounts in Member balance count toward your family deductible of $3,300.00. You may "
          "pay them from your health savings account.", "R", 8.5)
    doc.t(36, 93, "Family deductible met so far this plan year: see the year-to-date box on the last page.", "R", 8.5)
    y = 122
    for cl in claims:
        if y > 470:
            y = page()
        doc.t(28, y, f"{cl['patient']}  ({cl['rel']})", "B", 10)
        doc.t(300, y, f"Claim {cl['icn']}   Provider: {cl['prov']}   Patient acct {cl['acct']}", "R", 8.5)
        y = head(y + 16)
        for s in cl["svcs"]:
            dl = doc.wrap(s.desc, 162, "R", 8)
            h = 10 * len(dl) + 4
            if y + h > 560:
                y = page()
                doc.t(28, y, f"{cl['patient']}  ({cl['rel']}) - continued", "B", 10)
                y = head(y + 16)
            doc.t(xs["date"], y, dfmt(s.dos, "dmy"), "R", 8)
            for i, t in enumerate(dl):
                doc.t(xs["desc"], y + 10 * i, t, "R", 8)
            doc.t(xs["code"], y, s.code, "R", 8)
            doc.t(xs["mod"], y, ", ".join(s.mods), "R", 8)
            doc.t(xs["un"], y, str(int(s.units)), "R", 8, "r")
            for k, a in (("ch", "billed"), ("sav", "discount"), ("cov", "allowed"), ("ded", "deductible"),
                         ("coi", "coinsurance"), ("paid", "paid"), ("bal", "owes")):
                doc.t(xs[k], y, money(getattr(s, a), "$"), "R", 8, "r")
            doc.t(xs["codes"], y, " ".join(s.remarks), "R", 8)
            o.line(s, cl, ("billed", "discount", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                   y - 8, y + 10 * (len(dl) - 1) + 1, remarks=s.remarks)
            y += h
        sv = cl["svcs"]
        doc.ln(380, y - 6, 764, y - 6, 0.4)
        doc.t(xs["desc"], y + 2, "Claim subtotal", "B", 8)
        for k, a in (("ch", "billed"), ("cov", "allowed"), ("paid", "paid"), ("bal", "owes")):
            doc.t(xs[k], y + 2, money(total(sv, a), "$"), "B", 8, "r")
        o.claim(cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                patient_owes=total(sv, "owes"))
        y += 24
    legend = [("D02", "Applied to the annual deductible before the plan shares cost."),
              ("X14", "Cognitive therapy for this diagnosis is excluded by your plan booklet.")]
    if y > 500:
        y = page()
    doc.box(28, y, 360, 44)
    doc.t(34, y + 12, "Year to date (family)", "B", 9)
    doc.t(34, y + 24, "Deductible: $3,300.00    Met: $1,650.00", "R", 8.5)
    doc.t(34, y + 36, "Out-of-pocket maximum: $6,800.00", "R", 8.5)
    for i, (k, v) in enumerate(legend):
        doc.t(410, y + 12 + 12 * i, f"{k}  {v}", "R", 8)
    doc.page_numbers("Page {i} of {n}", 764, 595)
    finish(out_dir, "c2_hsa_claims_statement", o, "c2", "HDHP family claims statement", legend)


# =============================================================================================== m1
def m1(out_dir: Path) -> None:
    doc = Doc("fpdf2", LETTER, {"R": "dejavu/DejaVuSansCondensed.ttf", "B": "dejavu/DejaVuSansCondensed-Bold.ttf"})
    o = Out(doc)
    st = PlanState(ded_left=Decimal("283.00"))
    pat = "WINSLOW T ABERNATHY"
    c_a = [S(5, "97163", 1, ("GP",))]
    for d in (7, 9, 12, 14, 16, 20, 22, 26, 28, 30):
        c_a += [S(d, "97110", 2, ("GP", "KX")), S(d, "97140", 1, ("GP",))]
        if d in (9, 16, 22, 28):
            c_a.append(S(d, "97112", 1, ("GP", "KX")))
    claims = [
        {"patient": pat, "acct": None, "icn": "26-0203-184-5521-0", "prov": "Cascade Bend Rehabilitation",
         "addr": "1900 Orchard Pkwy, Suite 4, Millbrook, OR 97399", "svcs": c_a},
        {"patient": pat, "acct": None, "icn": "26-0207-184-6610-0", "prov": "Northgate Family Medicine",
         "addr": "77 Lantern St, Millbrook, OR 97398", "svcs": [S(13, "99213", 1), S(13, "G0283", 1, ("GP",), "PR")]},
    ]
    for cl in claims:
        for s in cl["svcs"]:
            medicare(s, st)
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    xs = dict(date=34, svc=80, appr=262, ch=350, ma=410, pd=470, mx=536, notes=548)

    def head(y: float) -> float:
        doc.box(30, y - 10, 552, 30, fill=0.85, stroke=False)
        hd = [("date", ["Date of", "Service"], "l"), ("svc", ["Service Provided &", "Billing Code"], "l"),
              ("appr", ["Service", "Approved?"], "c"), ("ch", ["Amount Provider", "Charged"], "r"),
              ("ma", ["Medicare-", "Approved"], "r"), ("pd", ["Medicare Paid", "Provider"], "r"),
              ("mx", ["Maximum You", "May Be Billed"], "r"), ("notes", ["See", "Notes"], "l")]
        for k, hl, al in hd:
            for i, t in enumerate(hl):
                doc.t(xs[k], y + 9 * i, t, "B", 7, al)
        return y + 30

    def page() -> float:
        doc.new_page()
        doc.t(30, 36, "Medicare Summary Notice for Part B (Medical Insurance)", "B", 12)
        doc.t(30, 50, f"{pat.title().replace(' T ', ' T. ')}   Medicare Number XXXX-XX7-QM42   Notice date February 4, 2026",
              "R", 8)
        doc.ln(30, 56, 582, 56, 1)
        return 74

    doc.new_page()
    doc.t(30, 44, "Medicare Summary Notice for Part B (Medical Insurance)", "B", 15)
    doc.t(30, 60, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
          "R", 8.5)
    doc.t(30, 92, pat, "B", 10)
    doc.t(30, 104, "2214 FENWICK RD", "R", 9)
    doc.t(30, 116, "MILLBROOK OR 97398-4410", "R", 9)
    doc.box(340, 80, 242, 80)
    for i, t in enumerate(["Your Deductible Status", "Your deductible is what you must pay each year",
                           "before Medicare pays. You have now met $283.00", "of your $283.00 Part B deductible.",
                           "Claims dated Jan 5 - Jan 28, 2026"]):
        doc.t(348, 94 + 12 * i, t, "B" if i == 0 else "R", 8.5)
    doc.t(30, 186, "Your Providers & Claims for This Period", "B", 11)
    y = 204
    for cl in claims:
        doc.t(30, y, cl["prov"], "R", 9)
        doc.t(330, y, "Claims this period: 1", "R", 9)
        doc.t(582, y, money(total(cl["svcs"], "owes"), "$"), "R", 9, "r")
        y += 14
    doc.t(30, y + 10, "Total you may be billed appears in the last column. Medicare does not send you a bill.",
          "R", 8.5)
    doc.box(30, 300, 552, 70, fill=0.95)
    doc.t(38, 316, "Be Informed!", "B", 10)
    doc.t(38, 330, "Check that you received the services listed. If something looks wrong, call the provider first,",
          "R", 8.5)
    doc.t(38, 342, "then call 1-800-555-0177. Keep this notice for your records.", "R", 8.5)
    y = page()
    doc.t(30, y, "Your Claims & Costs This Period", "B", 11)
    y += 20
    for cl in claims:
        if y > 640:
            y = page()
        doc.t(30, y, cl["prov"], "B", 9)
        doc.t(30, y + 11, cl["addr"], "R", 8)
        doc.t(582, y, f"Claim Number: {cl['icn']}", "R", 8.5, "r")
        doc.t(582, y + 11, "Referred by: Dana Whitcombe", "R", 8, "r")
        y = head(y + 30)
        for s in cl["svcs"]:
            dl = doc.wrap(f"{int(s.units)} {s.desc} ({'-'.join((s.code,) + s.mods)})", 170, "R", 7.5)
            h = 9 * len(dl) + 5
            if y + h > 735:
                y = page()
                doc.t(30, y, f"{cl['prov']} (continued)   Claim Number: {cl['icn']}", "B", 9)
                y = head(y + 18)
            doc.t(xs["date"], y, dfmt(s.dos, "mdy2"), "R", 7.5)
            for i, t in enumerate(dl):
                doc.t(xs["svc"], y + 9 * i, t, "R", 7.5)
            doc.t(xs["appr"], y, "No" if s.denied else "Yes", "R", 7.5, "c")
            for k, a in (("ch", "billed"), ("ma", "allowed"), ("pd", "paid"), ("mx", "owes")):
                doc.t(xs[k], y, money(getattr(s, a), "$"), "R", 7.5, "r")
            doc.t(xs["notes"], y, ", ".join(s.remarks), "R", 7.5)
            o.line(s, cl, ("billed", "allowed", "paid", "patient_owes"), y - 7, y + 9 * (len(dl) - 1) + 1,
                   remarks=s.remarks, description=False)
            y += h
        sv = cl["svcs"]
        doc.ln(240, y - 6, 582, y - 6, 0.5)
        doc.t(xs["svc"], y + 2, "Total for this claim", "B", 7.5)
        for k, a in (("ch", "billed"), ("ma", "allowed"), ("pd", "paid"), ("mx", "owes")):
            doc.t(xs[k], y + 2, money(total(sv, a), "$"), "B", 7.5, "r")
        o.claim(cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                patient_owes=total(sv, "owes"))
        y += 26
    legend = [("A", "The provider agreed to accept the Medicare-approved amount for this service."),
              ("B", "This approved amount went toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this service when done this way; see your rights to appeal.")]
    doc.t(30, y, "Notes for Claims Above", "B", 9)
    for i, (k, v) in enumerate(legend):
        doc.t(30, y + 12 + 11 * i, f"{k}  {v}", "R", 8)
    doc.page_numbers("{i} of {n}", 582, 772)
    finish(out_dir, "m1_medicare_summary_notice", o, "m1", "Medicare Summary Notice Part B", legend)


# =============================================================================================== m2
def m2(out_dir: Path) -> None:
    doc = Doc("reportlab", LETTER, {"R": "dejavu/DejaVuSerif.ttf", "B": "dejavu/DejaVuSerif-Bold.ttf"})
    o = Out(doc)
    sts = {"Philippa Oyelaran-Moss": PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.66")),
           "Augustine Moss": PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.66"))}
    claims = [
        {"patient": "Philippa Oyelaran-Moss", "acct": "RV0090412", "icn": "MA26013188270", "prov": "Riverview Therapy Partners",
         "svcs": [S(5, "97116", 1, ("GP", "CQ")), S(5, "97110", 2, ("GP", "CQ")), S(8, "97116", 1, ("GP", "CQ")),
                  S(8, "97112", 1, ("GP",)), S(12, "97530", 1, ("GP", "KX"))]},
        {"patient": "Augustine Moss", "acct": "SLH-7761-02", "icn": "MA26013190415", "prov": "Saint Lioba Outpatient Rehab",
         "svcs": [S(6, "97166", 1, ("GO",)), S(9, "97535", 2, ("GO", "CO")), S(13, "97530", 2, ("GO",)),
                  S(13, "97760", 1, ("GO",), "CO")]},
        {"patient": "Augustine Moss", "acct": "SLH-7761-09", "icn": "MA26013199002", "prov": "Saint Lioba Outpatient Rehab",
         "svcs": [S(20, "92507", 1, ("GN",)), S(27, "92507", 1, ("GN",))]},
    ]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, sts[cl["patient"]], deny_reason="197")
            s.remarks = ["4"] if s.denied else (["2"] if s.copay else ["1"])
    planted = "MA26013190415"
    xs = dict(date=168, svc=222, ch=378, ap=420, pd=460, cp=496, nc=530, ys=566, note=572)

    def head(y: float) -> float:
        for k, a, b, al in (("date", "Date", "", "l"), ("svc", "Service and code", "", "l"),
                            ("ch", "Provider", "charged", "r"), ("ap", "Plan-", "approved", "r"),
                            ("pd", "Plan", "paid", "r"), ("cp", "Your", "copay", "r"), ("nc", "Not", "covered", "r"),
                            ("ys", "Your", "share", "r"), ("note", "Note", "", "l")):
            doc.t(xs[k], y, a, "B", 6.5, al)
            doc.t(xs[k], y + 8, b, "B", 6.5, al)
        doc.ln(164, y + 12, 590, y + 12, 0.8)
        return y + 24

    def sidebar() -> None:
        doc.box(22, 80, 132, 640, fill=0.92, stroke=False)
        for i, t in enumerate(["Need help?", "Member Services", "1-888-555-0102", "8 a.m.-8 p.m., 7 days", "",
                               "Your plan", "Evergreen Harbor", "Medicare Advantage PPO", "", "Plan year 2026",
                               "Out-of-pocket limit", "$4,900.00 each", "", "Mailed to", "Philippa Oyelaran-Moss",
                               "Augustine Moss", "63 Weatherby Lane", "Port Calder, ME 04099"]):
            doc.t(30, 98 + i * 11, t, "B" if t in ("Need help?", "Your plan", "Mailed to") else "R", 7)

    def page(first: bool) -> float:
        doc.new_page()
        doc.t(22, 40, "Evergreen Harbor Health Plans", "B", 14)
        doc.t(22, 54, "Your Explanation of Benefits (EOB) for January 2026 - this is not a bill", "R", 8.5)
        doc.ln(22, 64, 590, 64, 1.2)
        if first:
            sidebar()
        return 84

    y = page(True)
    doc.t(168, y, "Claims processed for you this month", "B", 10)
    y += 18
    for idx, cl in enumerate(claims):
        sv = cl["svcs"]
        if y > 620:
            y = page(False)
        doc.box(164, y - 10, 426, 26, fill=0.96)
        doc.t(168, y, f"{cl['patient']} - {cl['prov']}", "B", 8)
        doc.t(168, y + 11, f"Claim number {cl['icn']}    Provider's account no. {cl['acct']}", "R", 7)
        y = head(y + 30)
        for s in sv:
            dl = doc.wrap(f"{s.desc} ({' '.join((s.code,) + s.mods)})", 112, "R", 6.5)
            doc.t(xs["date"], y, dfmt(s.dos, "mon"), "R", 6.5)
            for i, t in enumerate(dl):
                doc.t(xs["svc"], y + 8 * i, t, "R", 6.5)
            for k, a in (("ch", "billed"), ("ap", "allowed"), ("pd", "paid"), ("cp", "copay"), ("nc", "not_covered"),
                         ("ys", "owes")):
                doc.t(xs[k], y, money(getattr(s, a), "$"), "R", 6.5, "r")
            doc.t(xs["note"], y, s.remarks[0], "R", 6.5)
            o.line(s, cl, ("billed", "allowed", "paid", "copay", "not_covered", "patient_owes"), y - 6,
                   y + 8 * (len(dl) - 1) + 1, units=False, remarks=s.remarks, description=False)
            y += 8 * len(dl) + 4
        owes = total(sv, "owes") + (Decimal("15.00") if cl["icn"] == planted else ZERO)
        doc.ln(164, y - 5, 590, y - 5, 0.5)
        doc.t(xs["svc"], y + 3, "Claim total", "B", 6.5)
        for k, v in (("ch", total(sv, "billed")), ("ap", total(sv, "allowed")), ("pd", total(sv, "paid")),
                     ("ys", owes)):
            doc.t(xs[k], y + 3, money(v, "$"), "B", 6.5, "r")
        o.claim(cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                patient_owes=owes)
        y += 26
    legend = [("1", "Paid under your in-network benefit."), ("2", "Your specialist visit copay applies once a day."),
              ("4", "This item needed approval from the plan before it was given; you do not owe for it.")]
    doc.t(168, y, "Notes", "B", 8)
    for i, (k, v) in enumerate(legend):
        doc.t(168, y + 11 + 10 * i, f"{k}  {v}", "R", 7)
    doc.page_numbers("H9917_EOB26 Page {i} of {n}", 590, 770)
    f = [f"claim-total-mismatch claim {planted}: printed Your share (patient_owes) total 15.00 above the lines' sum"]
    finish(out_dir, "m2_medicare_advantage_eob", o, "m2", "Medicare Advantage PPO member EOB", legend, f)


# =============================================================================================== d1
def d1(out_dir: Path) -> None:
    doc = Doc("reportlab", LETTER, {"R": "liberation/LiberationMono-Regular.ttf",
                                    "B": "liberation/LiberationMono-Bold.ttf"})
    o = Out(doc)
    sz, lh, X = 7.4, 10.6, 24
    cw = doc.width("0", "R", sz)

    def col(c: int) -> float:
        return X + c * cw

    def paid_claim(pat, rid, icn, acct, svcs, status):
        return {"patient": pat, "rid": rid, "icn": icn, "acct": acct, "svcs": svcs, "status": status}

    long_ = []
    for d in (5, 7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30):
        long_ += [S(d, "97530", 2, ("GO",)), S(d, "97112", 1, ("GO", "59"))]
    long_ += [S(30, "97168", 1, ("GO",))]
    claims = [
        paid_claim("ASANTE, KOFI", "44019822052", "2026034001190", "NWK50044",
                   [S(6, "92523", 1, ("GN",)), S(13, "92507", 1, ("GN",)), S(20, "92507", 1, ("GN",))], "PAID"),
        paid_claim("LINDQVIST, SAGE", "44019377105", "2026034001188", "NWK50038",
                   [S(7, "97166", 1, ("GO",)), S(9, "97530", 2, ("GO",)), S(9, "97535", 1, ("GO",)),
                    S(14, "97530", 2, ("GO",)), S(16, "97530", 2, ("GO",)), S(21, "97530", 3, ("GO",))], "PAID"),
        paid_claim("TREMBLAY, NOELLE", "44019283716", "2026034001187", "NWK50031", long_, "PAID"),
        paid_claim("ASANTE, AMA", "44019822060", "2026034001191", "NWK50045",
                   [S(8, "97165", 1, ("GO",), "CO"), S(8, "97535", 3, ("GO",), "CO")], "DENIED"),
        paid_claim("ROJAS, BENICIO", "44020155871", "2026034001402", "NWK49877",
                   [S(15, "97110", 2, ("GP",)), S(15, "97140", 1, ("GP",))], "ADJUSTMENTS"),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            medicaid(s, deny_reason="96")
            s.remarks = ["0213"] if s.denied else (["0001"] if s.discount else ["0002"])
    # reversal of an earlier payment for ROJAS and its replacement
    ix = next(i for i, c in enumerate(claims) if c["status"] == "ADJUSTMENTS")
    orig = claims[ix]["svcs"]
    rev = [negate(s) for s in orig]
    for s in rev:
        s.remarks = ["0920"]
    repl = [S(15, "97110", 2, ("GP",)), S(15, "97140", 2, ("GP",))]
    for s in repl:
        medicaid(s)
        s.remarks = ["0921"]
    claims[ix] = paid_claim("ROJAS, BENICIO", "44020155871", "2026027003318", "NWK49877", rev, "ADJUSTMENTS")
    claims.append(paid_claim("ROJAS, BENICIO", "44020155871", "2026034001402", "NWK49877", repl, "ADJUSTMENTS"))
    hdr = ("LN  FROM   THRU   PROC  MOD1 MOD2   UNITS     BILLED    ALLOWED      TPL    COPAY       PAID  EOB")

    def money_t(d: Decimal) -> str:
        return money(d, ",", "trail")

    def page() -> float:
        doc.new_page()
        doc.t(col(0), 30, "STATE OF NEW ALDEN  DEPARTMENT OF HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM", "B", sz)
        doc.t(col(0), 30 + lh, "REMITTANCE ADVICE          PROVIDER: NORTHWIND KIDS THERAPY LLC  NPI 1093817264", "R", sz)
        doc.t(col(0), 30 + 2 * lh, "RA NUMBER 0004471902      RA DATE 02/06/26      PAYMENT 0009911834 EFT", "R", sz)
        doc.t(col(0), 30 + 3 * lh, "CLAIM TYPE: PROFESSIONAL", "R", sz)
        doc.t(col(0), 30 + 5 * lh, hdr, "B", sz)
        doc.t(col(0), 30 + 6 * lh, "-" * len(hdr), "R", sz)
        return 30 + 7.5 * lh

    y = page()
    for i, t in enumerate(["*** PROVIDER MESSAGES ***",
                           "EFFECTIVE 03/01/26 THERAPY VISITS BEYOND 24 PER YEAR REQUIRE A PRIOR AUTHORIZATION NUMBER.",
                           "CLAIMS MUST BE RECEIVED WITHIN 180 DAYS OF THE DATE OF SERVICE.",
                           "UPDATE YOUR BANKING INFORMATION THROUGH THE PROVIDER PORTAL ONLY.",
                           "PROVIDER SERVICES: 1-800-555-0166, MONDAY-FRIDAY 7:30-5:00."]):
        doc.t(col(0), y + lh * i, t, "B" if i == 0 else "R", sz)
    y += lh * 6.5
    section = None
    grand = ZERO
    for cl in claims:
        sv = cl["svcs"]
        if cl["status"] != section:
            section = cl["status"]
            if y > 700:
                y = page()
            doc.t(col(0), y, f"*** {section} CLAIMS ***", "B", sz)
            y += lh * 1.5
        if y > 700:
            y = page()
        rec = (f"RECIPIENT: {cl['patient']:<22} MEDICAID ID: {cl['rid']}  ICN: {cl['icn']}  PATIENT ACCT: {cl['acct']}")
        doc.t(col(0), y, rec, "R", sz)
        y += lh
        for n, s in enumerate(sv, 1):
            if y > 740:
                y = page()
                doc.t(col(0), y, f"RECIPIENT: {cl['patient']:<22} ICN: {cl['icn']}  (CONTINUED)", "R", sz)
                y += lh
            row = (f"{n:02d}  {dfmt(s.dos, 'mdy6')} {dfmt(s.dos, 'mdy6')} {s.code} "
                   f"{(s.mods[0] if s.mods else ''):<4} {(s.mods[1] if len(s.mods) > 1 else ''):<4} "
                   f"{float(abs(s.units)) * (1 if s.billed >= 0 else -1):6.2f} {money_t(s.billed):>11}"
                   f"{money_t(s.allowed):>11}{money_t(ZERO):>9}{money_t(ZERO):>9}{money_t(s.paid):>11}  "
                   f"{s.remarks[0]}")
            row = row.replace(" -", "  ") if s.billed < 0 else row
            doc.t(col(0), y, row, "R", sz)
            o.line(s, {"patient": cl["patient"], "acct": cl["acct"], "icn": cl["icn"]},
                   ("billed", "allowed", "paid", "copay"), y - sz, y + 1, remarks=s.remarks, description=False,
                   overrides={"units": str(abs(s.units).normalize())})
            y += lh
        tb, ta, tp = total(sv, "billed"), total(sv, "allowed"), total(sv, "paid")
        grand += tp
        doc.t(col(0), y, f"{'CLAIM TOTAL':<42}{money_t(tb):>11}{money_t(ta):>11}{'':>18}{money_t(tp):>11}", "B", sz)
        o.claim({"patient": cl["patient"], "acct": cl["acct"], "icn": cl["icn"]}, billed=tb, allowed=ta, paid=tp)
        y += lh * 2
    if y > 690:
        y = page()
    doc.t(col(0), y, f"TOTAL PAYMENT THIS RA: {money_t(grand)}", "B", sz)
    legend = [("0001", "PAID AT THE PROGRAM FEE SCHEDULE RATE"), ("0002", "PAID AS BILLED"),
              ("0213", "SERVICE NOT PAYABLE WITH ANOTHER SERVICE BILLED THE SAME DAY"),
              ("0920", "CLAIM VOIDED - PRIOR PAYMENT RECOVERED"), ("0921", "REPLACEMENT OF A VOIDED CLAIM")]
    y += lh * 2
    doc.t(col(0), y, "EOB CODE MESSAGES", "B", sz)
    for i, (k, v) in enumerate(legend):
        doc.t(col(0), y + lh * (i + 1), f"{k}  {v}", "R", sz)
    doc.page_numbers("PAGE {i:>3} OF {n:>3}", col(96), 30, "R", sz, "l")
    finish(out_dir, "d1_medicaid_ra_mainframe", o, "d1", "state Medicaid RA, mainframe print", legend)


# =============================================================================================== d2
def d2(out_dir: Path) -> None:
    doc = Doc("fpdf2", LETTER, {"R": "Helvetica", "B": "Helvetica-Bold"})
    o = Out(doc)
    claims = [
        {"patient": "Quill, Hazel M", "bid": "MK40027719", "acct": "SB-118204", "icn": "1126036100412",
         "svcs": [S(5, "97166", 1, ("GO",)), S(7, "97530", 2, ("GO",)), S(7, "97110", 1, ("GO",)),
                  S(12, "97530", 2, ("GO",)), S(12, "97535", 1, ("GO",))]},
        {"patient": "Delacroix-Yuen, Silas", "bid": "MK40031588", "acct": "SB-118231", "icn": "1126036100413",
         "svcs": [S(9, "92523", 1, ("GN",)), S(16, "92507", 1, ("GN",)), S(16, "92526", 1, ("GN",), "CO")]},
        {"patient": "Okafor, Precious", "bid": "MK40029940", "acct": "SB-118260", "icn": "1126036100420",
         "svcs": [S(14, "97161", 1, ("GP",), "CO"), S(14, "97110", 2, ("GP",), "CO")]},
        {"patient": "Varga, Lilla", "bid": "MK40035102", "acct": "SB-118277", "icn": "1126036100431",
         "svcs": [S(21, "97112", 1, ("GP",)), S(21, "97140", 1, ("GP", "59")), S(23, "97112", 1, ("GP",)),
                  S(23, "97116", 1, ("GP",)), S(26, "97112", 1, ("GP",)), S(28, "97116", 2, ("GP",))]},
    ]
    rs = {"Delacroix-Yuen, Silas": ("97", "M80"), "Okafor, Precious": ("151", "N362")}
    for cl in claims:
        for s in cl["svcs"]:
            reason, rark = rs.get(cl["patient"], ("45", ""))
            medicaid(s, deny_reason=reason)
            s.remarks = [rark] if s.denied else []
        den = [s for s in cl["svcs"] if s.denied]
        cl["status"] = "DENIED" if len(den) == len(cl["svcs"]) else ("PARTIAL" if den else "PAID")
    xs = dict(ln=40, dt=62, pr=114, md=150, qt=196, ch=246, al=292, pd=336, ag=346, aa=430, rm=440)

    def page() -> float:
        doc.new_page()
        doc.box(30, 26, 552, 40, fill=0.82, stroke=False)
        doc.t(40, 44, "Prairie State Medicaid", "B", 14)
        doc.t(40, 58, "Provider Remittance Statement", "R", 9)
        doc.t(572, 44, "Payee: Sunbridge Pediatric Rehab  |  Provider ID 7710-4428", "R", 8, "r")
        doc.t(572, 58, "Remit date 02/05/2026  |  Check/EFT # 000558120", "R", 8, "r")
        return 86

    y = page()
    doc.box(30, y - 8, 552, 34)
    doc.t(38, y + 4, "Notice to providers: therapy units above the prior-authorized amount are not payable. Verify "
          "authorizations before billing.", "R", 7.5)
    doc.t(38, y + 16, "Questions about this statement: Provider Relations 1-877-555-0190.", "R", 7.5)
    y += 44
    for cl in claims:
        sv = cl["svcs"]
        h = 44 + 12 * len(sv) + 14
        if y + h > 740:
            y = page()
        doc.box(30, y, 552, h)
        doc.box(30, y, 552, 26, fill=0.9)
        doc.t(36, y + 10, f"Beneficiary: {cl['patient']}", "B", 8)
        doc.t(250, y + 10, f"Beneficiary ID: {cl['bid']}", "R", 8)
        doc.t(430, y + 10, f"Claim Status: {cl['status']}", "B", 8)
        doc.t(36, y + 21, f"Patient Control #: {cl['acct']}", "R", 8)
        doc.t(250, y + 21, f"ICN: {cl['icn']}", "R", 8)
        yy = y + 38
        for k, h_, al in (("ln", "Line", "l"), ("dt", "Svc Date", "l"), ("pr", "Proc", "l"), ("md", "Mod", "l"),
                          ("qt", "Qty", "r"), ("ch", "Charge", "r"), ("al", "Allowed", "r"), ("pd", "Paid", "r"),
                          ("ag", "Adj Grp-Rsn", "l"), ("aa", "Adj Amt", "r"), ("rm", "Remark", "l")):
            doc.t(xs[k] - (4 if k == "ln" else 0), yy, h_, "B", 7.5, al)
        doc.ln(30, yy + 3, 582, yy + 3, 0.4)
        yy += 13
        for n, s in enumerate(sv, 1):
            doc.t(xs["ln"], yy, str(n), "R", 7.5)
            doc.t(xs["dt"], yy, dfmt(s.dos, "mdy4"), "R", 7.5)
            doc.t(xs["pr"], yy, s.code, "R", 7.5)
            doc.t(xs["md"], yy, " ".join(s.mods), "R", 7.5)
            doc.t(xs["qt"], yy, f"{s.units:.1f}", "R", 7.5, "r")
            for k, a in (("ch", "billed"), ("al", "allowed"), ("pd", "paid")):
                doc.t(xs[k], yy, money(getattr(s, a), ","), "R", 7.5, "r")
            adj = s.adjs[0] if s.adjs else None
            if adj:
                doc.t(xs["ag"], yy, f"{adj[0]}-{adj[1]}", "R", 7.5)
                doc.t(xs["aa"], yy, money(adj[2], ","), "R", 7.5, "r")
            doc.t(xs["rm"], yy, " ".join(s.remarks), "R", 7.5)
            o.line(s, cl, ("billed", "allowed", "paid"), yy - 7, yy + 1, adjustments=s.adjs, remarks=s.remarks,
                   description=False)
            doc.ln(30, yy + 3, 582, yy + 3, 0.2, 0.7)
            yy += 12
        doc.t(xs["dt"], yy + 2, "Claim totals", "B", 7.5)
        for k, a in (("ch", "billed"), ("al", "allowed"), ("pd", "paid")):
            doc.t(xs[k], yy + 2, money(total(sv, a), ","), "B", 7.5, "r")
        o.claim(cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"))
        y += h + 12
    legend = [("CO-45", "Charge is above the program's fee schedule; the difference is written off."),
              ("CO-97", "Paid as part of another service on the same claim."),
              ("CO-151", "Units or frequency exceed what the program allows without authorization."),
              ("M80", "Not payable alongside another service the same day."),
              ("N362", "Units exceed the allowed limit for this period.")]
    if y > 680:
        y = page()
    doc.t(30, y, "Glossary of adjustment and remark codes", "B", 8.5)
    for i, (k, v) in enumerate(legend):
        doc.t(30, y + 12 + 10 * i, k, "B", 7.5)
        doc.t(80, y + 12 + 10 * i, v, "R", 7.5)
    doc.page_numbers("Page {i} of {n}", 582, 772)
    finish(out_dir, "d2_medicaid_remit_statement", o, "d2", "state Medicaid provider remittance statement", legend)


# =============================================================================================== r1
def r1(out_dir: Path) -> None:
    doc = Doc("fpdf2", LETTER, {"R": "Courier", "B": "Courier-Bold"})
    o = Out(doc)
    sz, lh, X = 7.2, 9.0, 26
    st = PlanState(ded_left=Decimal("60.00"))
    big = []
    for d in (5, 8, 12, 15, 19, 22, 26, 29):
        big += [S(d, "97110", 2, ("GP", "KX")), S(d, "97140", 1, ("GP",))]
    claims = [
        {"patient": "HALVERSEN, GRETA", "hic": "3QX7TK2MN41", "acct": "HPT-20931", "icn": "0226035214880",
         "svcs": [S(6, "97161", 1, ("GP",)), S(6, "97110", 1, ("GP",))]},
        {"patient": "MBEKI-LOWRY, ARTHUR", "hic": "5RW2HD8JP63", "acct": "HPT-20947", "icn": "0226035214913",
         "svcs": big},
        {"patient": "SOLBERG, INGRID", "hic": "7MC9LE4KV10", "acct": "HPT-20968", "icn": "0226035215077",
         "svcs": [S(13, "97530", 2, ("GO", "CQ")), S(13, "97535", 1, ("GO", "CQ")), S(20, "97168", 1, ("GO",))]},
    ]
    for cl in claims:
        for s in cl["svcs"]:
            medicare(s, st)
            s.remarks = ["N776"] if s.seq else []
    hd = "PERF PROV   SERV DATE    POS NOS  PROC  MODS       BILLED    ALLOWED   DEDUCT    COINS  GRP/RC-AMT       PROV PD"

    def page() -> float:
        doc.new_page()
        doc.t(X, 30, "CLEARPATH EDI SERVICES - MEDICARE REMITTANCE (STANDARD PAPER FORMAT)", "B", sz)
        doc.t(X, 30 + lh, "PAYER: SOUTHLAKE MEDICARE SERVICES, JURISDICTION 17", "R", sz)
        doc.t(X, 30 + 2 * lh, "PROVIDER: HALCYON PHYSICAL THERAPY PC   NPI 1548093372", "R", sz)
        doc.t(X, 30 + 3 * lh, "CHECK/EFT #: 883104476   DATE: 02/09/2026", "R", sz)
        doc.t(X, 30 + 5 * lh, hd, "B", sz)
        doc.t(X, 30 + 6 * lh, "-" * len(hd), "R", sz)
        return 30 + 7.5 * lh

    def mrow(p, s: Svc) -> str:
        return (f"{p:<11} {s.dos:%m%d} {s.dos:%m%d%y}  11  {int(s.units):>2}  {s.code} {' '.join(s.mods):<9}"
                f"{money(s.billed, ''):>9} {money(s.allowed, ''):>10} {money(s.deductible, ''):>8} "
                f"{money(s.coinsurance, ''):>8}")

    def clhead(cl, cont=""):
        return (f"NAME {cl['patient']:<20} HIC {cl['hic']}  ACNT {cl['acct']}  ICN {cl['icn']}  ASG Y  MOA MA01"
                + cont)

    y = page()
    for cl in claims:
        sv = cl["svcs"]
        if y > 660:
            y = page()
        doc.t(X, y, clhead(cl), "R", sz)
        y += lh * 1.4
        for s in sv:
            n = len(s.adjs) + len(s.remarks)
            if y + lh * n > 745:
                y = page()
                doc.t(X, y, clhead(cl, " (CONT)"), "R", sz)
                y += lh * 1.4
            base = mrow("1487766", s)
            doc.t(X, y, base, "R", sz)
            xa = X + doc.width(base + "  ", "R", sz)
            for i, (g, r, a) in enumerate(s.adjs):
                doc.t(xa, y + lh * i, f"{g}-{r:<4}{money(a, ''):>8}", "R", sz)
                if i == 0:
                    doc.t(xa + doc.width(f"{g}-{r:<4}{money(a, ''):>8}", "R", sz), y, f"{money(s.paid, ''):>10}",
                          "R", sz)
            yl = y + lh * (len(s.adjs) - 1)
            for r in s.remarks:
                yl += lh
                doc.t(X + 12 * doc.width("0", "R", sz), yl, f"REM: {r}", "R", sz)
            o.line(s, cl, ("billed", "allowed", "deductible", "coinsurance", "paid"), y - sz, yl + 1,
                   adjustments=s.adjs, remarks=s.remarks, description=False)
            y = yl + lh * 1.2
        tb, ta, tp = total(sv, "billed"), total(sv, "allowed"), total(sv, "paid")
        td, tc = total(sv, "deductible"), total(sv, "coinsurance")
        doc.t(X, y, f"PT RESP {money(td + tc, ''):>9}", "R", sz)
        doc.t(X, y + lh, f"CLAIM TOTALS {'':>32}{money(tb, ''):>9} {money(ta, ''):>10} {money(td, ''):>8} "
              f"{money(tc, ''):>8} {'':>18}{money(tp, ''):>10}", "B", sz)
        o.claim(cl, billed=tb, allowed=ta, paid=tp, patient_owes=None)
        y += lh * 3
    legend = [("CO-45", "Charge above the fee schedule amount"), ("PR-1", "Deductible"), ("PR-2", "Coinsurance"),
              ("CO-253", "Sequestration reduction"), ("N776", "Payment reduced under federal budget law")]
    if y > 690:
        y = page()
    doc.t(X, y, "GLOSSARY: GROUP, REASON, MOA, REMARK CODES", "B", sz)
    for i, (k, v) in enumerate(legend):
        doc.t(X, y + lh * (i + 1), f"{k:<8}{v.upper()}", "R", sz)
    doc.page_numbers("PAGE #: {i} OF {n}", X + 560, 30, "R", sz, "r")
    finish(out_dir, "r1_clearinghouse_paper_remit", o, "r1", "Medicare-style paper remit from a clearinghouse", legend)


# =============================================================================================== r2
def r2(out_dir: Path) -> None:
    doc = Doc("reportlab", LAND, {"R": "liberation/LiberationSansNarrow-Regular.ttf",
                                  "B": "liberation/LiberationSansNarrow-Bold.ttf"})
    o = Out(doc)
    st = PlanState(ded_left=Decimal("0.00"))
    claims = [
        {"patient": "Brightwater, Lionel", "acct": "20488", "icn": "22602170043110", "status": "Processed as primary",
         "svcs": [S(5, "97110", 2, ("GP",)), S(5, "97112", 1, ("GP",)), S(7, "97110", 2, ("GP",)),
                  S(7, "97140", 1, ("GP", "59"))]},
        {"patient": "Castellanos, Ofelia", "acct": "20512", "icn": "22602170043177", "status": "Denied",
         "svcs": [S(9, "97150", 1, ("GO",), "CO")]},
        {"patient": "Nakamura-Hale, Joan", "acct": "20397", "icn": "22601310021905", "status": "Reversal of prior payment",
         "svcs": [S(2, "97530", 2, ("GO",)), S(2, "97535", 1, ("GO",))]},
        {"patient": "Nakamura-Hale, Joan", "acct": "20397", "icn": "22602170043202", "status": "Processed as primary",
         "svcs": [S(2, "97530", 3, ("GO",)), S(2, "97535", 1, ("GO",))]},
        {"patient": "Pruitt, Desmond", "acct": "20530", "icn": "22602170043245", "status": "Processed as primary",
         "svcs": [S(12, "97163", 1, ("GP",)), S(14, "97116", 2, ("GP", "KX")), S(14, "97110", 1, ("GP", "KX")),
                  S(16, "97116", 2, ("GP", "KX")), S(16, "G0283", 1, ("GP",))]},
    ]
    for cl in claims:
        for s in cl["svcs"]:
            medicare(s, st, deny_reason="97")
            s.remarks = ["M15"] if s.denied else []
    claims[2]["svcs"] = [negate(s) for s in claims[2]["svcs"]]
    xs = dict(dos=40, cpt=96, mod=130, un=186, ch=236, al=286, dd=330, ci=374, adj=388, pd=620, rm=632)

    def cell_adj(s: Svc) -> str:
        return "  ".join(f"{g}{r} {money(a, ',', '()')}" for g, r, a in s.adjs)

    def head(y: float) -> float:
        doc.box(30, y - 10, 732, 15, fill=0.86, stroke=False)
        for k, h, al in (("dos", "DOS", "l"), ("cpt", "CPT", "l"), ("mod", "Mod", "l"), ("un", "Units", "r"),
                         ("ch", "Charge", "r"), ("al", "Allowed", "r"), ("dd", "Deduct", "r"), ("ci", "Coins", "r"),
                         ("adj", "Adjustments (group, reason, amount)", "l"), ("pd", "Paid", "r"),
                         ("rm", "Remarks", "l")):
            doc.t(xs[k], y, h, "B", 8, al)
        return y + 16

    def page() -> float:
        doc.new_page()
        doc.t(30, 36, "TheraLedger Practice Manager", "B", 13)
        doc.t(30, 49, "ERA Posting Detail - Harborline Rehab Associates (Tax ID 86-2210473)", "R", 9)
        doc.t(762, 36, "Payer: Great Lakes Medicare Administrator", "R", 9, "r")
        net = sum((total(c["svcs"], "paid") for c in claims), ZERO)
        doc.t(762, 49, f"EFT 91004417823  Paid 02/17/2026  Amount {money(net, '$')}", "R", 9, "r")
        doc.ln(30, 56, 762, 56, 1)
        return 76

    y = page()
    y = head(y)
    for cl in claims:
        sv = cl["svcs"]
        if y + 14 * (len(sv) + 2) > 570:
            y = head(page())
        doc.t(30, y, f"Patient: {cl['patient']}", "B", 8.5)
        doc.t(220, y, f"Acct #: {cl['acct']}", "R", 8.5)
        doc.t(330, y, f"Payer ICN: {cl['icn']}", "R", 8.5)
        doc.t(500, y, f"Status: {cl['status']}", "R", 8.5)
        y += 13
        neg = "()"
        for s in sv:
            doc.t(xs["dos"], y, dfmt(s.dos, "mdyn"), "R", 8.5)
            doc.t(xs["cpt"], y, s.code, "R", 8.5)
            doc.t(xs["mod"], y, " ".join(s.mods), "R", 8.5)
            doc.t(xs["un"], y, units := (f"-{s.units}" if s.billed < 0 else str(s.units)), "R", 8.5, "r")
            for k, a in (("ch", "billed"), ("al", "allowed"), ("dd", "deductible"), ("ci", "coinsurance"),
                         ("pd", "paid")):
                doc.t(xs[k], y, money(getattr(s, a), ",", neg), "R", 8.5, "r")
            doc.t(xs["adj"], y, cell_adj(s), "R", 8.5)
            doc.t(xs["rm"], y, " ".join(s.remarks), "R", 8.5)
            o.line(s, cl, ("billed", "allowed", "deductible", "coinsurance", "paid"), y - 8, y + 1,
                   adjustments=s.adjs, remarks=s.remarks, description=False, overrides={"units": units})
            y += 13
        doc.ln(xs["ch"] - 40, y - 8, 762, y - 8, 0.4)
        doc.t(xs["cpt"], y + 1, "Claim total", "B", 8.5)
        for k, a in (("ch", "billed"), ("al", "allowed"), ("pd", "paid")):
            doc.t(xs[k], y + 1, money(total(sv, a), ",", neg), "B", 8.5, "r")
        o.claim(cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"))
        y += 22
    legend = [("CO45", "Contracted rate reduction"), ("PR1", "Patient deductible"), ("PR2", "Patient coinsurance"),
              ("CO253", "Federal payment reduction"), ("CO97", "Included in the payment for another service"),
              ("M15", "Separately billed service bundled with another")]
    doc.t(30, y + 6, "Code key: " + ";  ".join(f"{k} = {v}" for k, v in legend), "R", 7.5)
    doc.page_numbers("Printed 02/18/2026 10:42 by jmarsh    Page {i} of {n}", 762, 596, "R", 7.5)
    finish(out_dir, "r2_pm_era_posting_detail", o, "r2", "practice-management ERA posting print", legend)


# =============================================================================================== f1
def f1(out_dir: Path) -> None:
    doc = Doc("reportlab", LETTER, {"R": "Helvetica", "B": "Helvetica-Bold"})
    o = Out(doc)
    st = PlanState(ded_left=Decimal("0.00"), visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.74"))
    visits = [
        ("Wren Galloway-Ibsen", "V-230114", "HLX6027738104", [S(5, "97165", 1, ("GO",)), S(5, "97530", 1, ("GO",))]),
        ("Wren Galloway-Ibsen", "V-230187", "HLX6027739921", [S(12, "97530", 2, ("GO",)), S(12, "97535", 1, ("GO",))]),
        ("Ansel Galloway-Ibsen", "V-230203", "HLX6027740056", [S(13, "92523", 1, ("GN",))]),
        ("Ansel Galloway-Ibsen", "V-230266", "HLX6027741780", [S(20, "92507", 1, ("GN",)),
                                                             S(20, "92526", 1, ("GN",), "PR")]),
        ("Maeve Galloway-Ibsen", "V-230291", "HLX6027742215", [S(22, "97161", 1, ("GP",)), S(22, "97110", 2, ("GP",))]),
        ("Maeve Galloway-Ibsen", "V-230340", "HLX6027743390", [S(27, "97110", 2, ("GP",)), S(27, "97112", 1, ("GP",)),
                                                             S(27, "97140", 1, ("GP", "59"))]),
    ]
    xs = dict(dt=36, ds=88, cd=236, qt=296, ch=340, ip=390, aj=442, pr=500)
    for _, _, _, sv in visits:
        for s in sv:
            commercial(s, st, deny_reason="119")
    due = sum((total(sv, "owes") for _, _, _, sv in visits), ZERO) - Decimal("40.00")

    def head(y: float) -> float:
        doc.ln(32, y - 10, 500, y - 10, 0.8)
        for k, h, al in (("dt", "Date", "l"), ("ds", "Description", "l"), ("cd", "Code", "l"), ("qt", "Qty", "r"),
                         ("ch", "Charges", "r"), ("ip", "Ins. Paid", "r"), ("aj", "Adjustment", "r"),
                         ("pr", "Pt. Resp.", "r")):
            doc.t(xs[k], y, h, "B", 7.5, al)
        doc.ln(32, y + 4, 500, y + 4, 0.8)
        return y + 16

    def page(first: bool) -> float:
        doc.new_page()
        doc.t(36, 44, "Little Sprouts Therapy Collective", "B", 14)
        doc.t(36, 57, "Occupational, Physical & Speech Therapy for Children", "R", 8)
        doc.t(36, 68, "2050 Birchwood Ave, Suite 210, Fallon Ridge, CO 80999   (970) 555-0131", "R", 8)
        doc.box(510, 30, 80, 740, fill=0.9, stroke=False)
        doc.t(550, 50, "STATEMENT", "B", 9, "c")
        if first:
            for i, (a, b) in enumerate([("Statement date", "02/10/2026"), ("Guarantor acct", "G-77120"),
                                        ("Amount due", money(due, "$")), ("Due by", "03/02/2026"),
                                        ("Pay online", "sprouts.example/pay")]):
                doc.t(516, 74 + i * 30, a, "R", 7)
                doc.t(516, 86 + i * 30, b, "B", 8)
            doc.t(36, 96, "Guarantor:", "B", 8)
            for i, t in enumerate(["Colette Galloway-Ibsen", "9 Larkspur Row", "Fallon Ridge, CO 80998"]):
                doc.t(36, 108 + 10 * i, t, "R", 8)
            return 160
        return 96

    y = page(True)
    y = head(y)
    for pat, vno, clm, sv in visits:
        cl = {"patient": pat, "acct": vno, "icn": clm}
        if y + 14 * (len(sv) + 2) > 700:
            y = head(page(False))
        doc.box(32, y - 9, 468, 12, fill=0.95, stroke=False)
        doc.t(36, y, f"Visit {vno}  -  {pat}  -  Billed to Helix Benefit Partners, claim {clm}", "B", 7.5)
        y += 13
        for s in sv:
            doc.t(xs["dt"], y, dfmt(s.dos, "mdy4"), "R", 7.5)
            doc.t(xs["ds"], y, doc.wrap(s.desc, 140, "R", 7.5)[0], "R", 7.5)
            doc.t(xs["cd"], y, "-".join((s.code,) + s.mods), "R", 7.5)
            doc.t(xs["qt"], y, str(int(s.units)), "R", 7.5, "r")
            for k, a in (("ch", "billed"), ("ip", "paid"), ("aj", "discount"), ("pr", "owes")):
                doc.t(xs[k], y, money(getattr(s, a), ","), "R", 7.5, "r")
            o.line(s, cl, ("billed", "paid", "discount", "patient_owes"), y - 7, y + 1, description=False)
            y += 12
        o.claim(cl, billed=total(sv, "billed"), paid=total(sv, "paid"), patient_owes=total(sv, "owes"))
        doc.t(xs["ds"], y, "Visit totals", "B", 7.5)
        for k, a in (("ch", "billed"), ("ip", "paid"), ("pr", "owes")):
            doc.t(xs[k], y, money(total(sv, a), ","), "B", 7.5, "r")
        y += 12
        if vno in ("V-230187", "V-230291"):
            doc.t(xs["dt"], y, "01/30/2026", "R", 7.5)
            doc.t(xs["ds"], y, "Patient payment - thank you (card)", "R", 7.5)
            doc.t(xs["pr"], y, "-20.00", "R", 7.5, "r")
            y += 12
        y += 6
    doc.ln(32, y, 500, y, 0.8)
    doc.t(xs["aj"], y + 14, "Balance due", "B", 9, "r")
    doc.t(xs["pr"], y + 14, money(due, "$"), "B", 9, "r")
    y += 34
    for i, (a, b) in enumerate([("Current", money(due, "$")), ("31-60 days", "$0.00"), ("61-90 days", "$0.00"),
                                ("Over 90", "$0.00")]):
        doc.box(36 + i * 116, y, 110, 28)
        doc.t(42 + i * 116, y + 11, a, "R", 7.5)
        doc.t(42 + i * 116, y + 23, b, "B", 8)
    doc.t(36, y + 44, "Insurance has processed the visits above. Pt. Resp. is the copay or non-covered amount "
          "your plan assigned to you.", "R", 7)
    doc.page_numbers("Page {i} of {n}", 500, 770)
    finish(out_dir, "f1_therapy_family_statement", o, "f1", "pediatric therapy clinic family statement", [])


# =============================================================================================== f2
def f2(out_dir: Path) -> None:
    doc = Doc("fpdf2", LETTER, {"R": "dejavu/DejaVuSerif.ttf", "B": "dejavu/DejaVuSerif-Bold.ttf"})
    o = Out(doc)
    REV = {"97": "0430", "92": "0440", "L3": "0274", "99": "0510", "G0": "0420"}
    long_ = [S(5, "97163", 1, ("GP",))]
    for d in (6, 8, 9, 13, 15, 16, 20, 22, 23, 27, 29, 30):
        long_.append(S(d, "97110", 2, ("GP",)))
        if d % 2 == 0:
            long_.append(S(d, "97140", 1, ("GP", "59")))
        else:
            long_.append(S(d, "97112", 1, ("GP",)))
    long_.append(S(30, "G0283", 1, ("GP",)))
    encs = [
        {"patient": "Ilse Achterberg", "acct": "HA7002319016", "icn": "CM2601190077", "ins": "Tricounty Commercial PPO",
         "svcs": [S(14, "97166", 1, ("GO",)), S(14, "L3807", 1, ("LT",)), S(21, "97760", 1, ("GO",)),
                  S(28, "97530", 2, ("GO",))], "paid": Decimal("402.16")},
        {"patient": "Bartholomew Achterberg", "acct": "HA7002318845", "icn": "CM2601188404", "ins": "Tricounty Commercial PPO",
         "svcs": long_, "paid": Decimal("1188.42")},
        {"patient": "Pieter Achterberg", "acct": "HA7002319230", "icn": None, "ins": "None on file (self-pay)",
         "svcs": [S(19, "92523", 1, ("GN",)), S(26, "92507", 1, ("GN",))], "paid": ZERO},
    ]
    xs = dict(dt=36, rv=100, ds=140, cp=372, md=440, qt=500, ch=572)

    def head(y: float) -> float:
        doc.ln(32, y - 10, 580, y - 10, 0.6)
        for k, h, al in (("dt", "Date", "l"), ("rv", "Rev", "l"), ("ds", "Description", "l"),
                         ("cp", "CPT/HCPCS", "l"), ("md", "Mod", "l"), ("qt", "Qty", "r"), ("ch", "Charges", "r")):
            doc.t(xs[k], y, h, "B", 7.5, al)
        doc.ln(32, y + 4, 580, y + 4, 0.6)
        return y + 16

    def page(first: bool) -> float:
        doc.new_page()
        doc.t(32, 40, "St. Ansgar Regional Medical Center", "B", 13)
        doc.t(32, 53, "Outpatient Rehabilitation Services - Patient Financial Services, 300 Cathedral Hill, Norhaven, "
              "ND 58799", "R", 7)
        doc.t(580, 40, "Family Statement", "B", 11, "r")
        doc.ln(32, 60, 580, 60, 1.2)
        if first:
            doc.t(32, 78, "Guarantor: Hendrika Achterberg    Guarantor no. 55120934    Statement date 02/12/2026",
                  "R", 8)
            doc.t(32, 90, "This statement lists every hospital account for your family with activity this month.",
                  "R", 8)
            doc.box(32, 100, 548, 40)
            doc.t(40, 114, "Your insurance has been billed for the accounts below. Amounts shown as Patient balance "
                  "are now due.", "R", 7.5)
            doc.t(40, 126, "Pay by phone (701) 555-0159, online at stansgar.example/pay, or mail the coupon below.",
                  "R", 7.5)
            for x in range(32, 580, 8):
                doc.ln(x, 640, x + 4, 640, 0.5)
            doc.t(32, 652, "Please detach and return this portion with your payment", "R", 7)
            doc.box(32, 660, 548, 80)
            for i, (a, b) in enumerate([("Guarantor", "Hendrika Achterberg"), ("Guarantor no.", "55120934"),
                                        ("Statement date", "02/12/2026"), ("Amount enclosed", "$ ____________")]):
                doc.t(44 + 136 * i, 680, a, "R", 7)
                doc.t(44 + 136 * i, 694, b, "B", 8)
            doc.t(44, 724, "Make checks payable to St. Ansgar Regional Medical Center, PO Box 4410, Norhaven, ND 58799",
                  "R", 7)
            return 162
        doc.t(32, 78, "Guarantor: Hendrika Achterberg    Guarantor no. 55120934", "R", 8)
        return 100

    y = page(True)
    grand = ZERO
    for e in encs:
        sv = e["svcs"]
        if y > 640:
            y = page(False)
        doc.box(32, y - 10, 548, 26, fill=0.9, stroke=False)
        doc.t(36, y, f"Hospital Account: {e['acct']}    Patient: {e['patient']}", "B", 8)
        ins = f"Primary Insurance: {e['ins']}" + (f"    Claim: {e['icn']}" if e["icn"] else "")
        doc.t(36, y + 11, ins, "R", 7.5)
        y = head(y + 30)
        for s in sv:
            if y > (610 if doc.pno == 1 else 730):
                y = page(False)
                doc.t(36, y, f"Hospital Account: {e['acct']}    Patient: {e['patient']}  (continued)", "B", 8)
                y = head(y + 18)
            doc.t(xs["dt"], y, dfmt(s.dos, "mdy4"), "R", 7.5)
            doc.t(xs["rv"], y, REV[s.code[:2]], "R", 7.5)
            doc.t(xs["ds"], y, doc.wrap(s.desc, 220, "R", 7.5)[0], "R", 7.5)
            doc.t(xs["cp"], y, s.code, "R", 7.5)
            doc.t(xs["md"], y, " ".join(s.mods), "R", 7.5)
            doc.t(xs["qt"], y, str(int(s.units)), "R", 7.5, "r")
            doc.t(xs["ch"], y, money(s.billed, ","), "R", 7.5, "r")
            o.line(s, e, ("billed",), y - 7, y + 1, description=False)
            y += 13
        tb = total(sv, "billed")
        adj = q2(tb * Decimal("0.55")) if e["icn"] else q2(tb * Decimal("0.25"))
        bal = tb - e["paid"] - adj
        grand += bal
        y += 4
        for lab, v in (("Total charges", tb), ("Insurance payments", -e["paid"]),
                       ("Adjustments" if e["icn"] else "Self-pay discount", -adj), ("Patient balance", bal)):
            doc.t(430, y, lab, "B" if lab.startswith("Patient") else "R", 7.5)
            doc.t(xs["ch"], y, money(v, ","), "B" if lab.startswith("Patient") else "R", 7.5, "r")
            y += 10.5
        o.claim(e, billed=tb)
        y += 16
    doc.box(380, y, 200, 24, fill=0.85)
    doc.t(388, y + 15, "Total amount due", "B", 9)
    doc.t(572, y + 15, money(grand, "$"), "B", 9, "r")
    doc.t(32, y + 40, "Financial assistance is available. Call Patient Financial Services at (701) 555-0158.", "R", 7.5)
    doc.page_numbers("Page {i} of {n}", 580, 772)
    finish(out_dir, "f2_hospital_family_statement", o, "f2", "hospital outpatient-rehab family statement", [])


def q2(d: Decimal) -> Decimal:
    from samples.pdf.eobgen import q
    return q(d)


LAYOUTS = [("c1_family_member_eob", c1, "mdy2"), ("c2_hsa_claims_statement", c2, "dmy"),
           ("m1_medicare_summary_notice", m1, "mdy2"), ("m2_medicare_advantage_eob", m2, "mon"),
           ("d1_medicaid_ra_mainframe", d1, "mdy6"), ("d2_medicaid_remit_statement", d2, "mdy4"),
           ("r1_clearinghouse_paper_remit", r1, "mdy6"), ("r2_pm_era_posting_detail", r2, "mdyn"),
           ("f1_therapy_family_statement", f1, "mdy4"), ("f2_hospital_family_statement", f2, "mdy4")]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        print("usage: make_heldout157_pdfs.py OUT_DIR [--check]")
        return 2
    out_dir = Path(args[0]).resolve()
    if (ROOT / "samples") in out_dir.parents or out_dir == ROOT / "samples":
        print("refusing to write under samples/")
        return 2
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, fn, _ in LAYOUTS:
        fn(out_dir)
    bad = 0
    if "--check" in argv:
        for name, _, df in LAYOUTS:
            pdf = out_dir / f"{name}.pdf"
            probs = check_file(pdf, lambda d, df=df: dfmt(d, df))
            t = json.loads(Path(str(pdf) + ".truth.json").read_text())
            print(f"{name}: {len(t['lines'])} lines, {len(t['claims'])} claims, {t['pages']} pages, "
                  f"{len(t['expected_findings'])} planted, {len(probs)} problems")
            for p in probs[:12]:
                print("   ", p)
            bad += len(probs)
        print("CHECK", "OK" if not bad else f"FAILED ({bad})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
