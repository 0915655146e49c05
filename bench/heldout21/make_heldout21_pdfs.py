"""Write the TWENTY-FIRST held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader on everyday document kinds nobody developing it has seen.
(bench/heldout/ .. heldout19/ came earlier and may have been looked at while the reader was developed.)

Run:  python bench/heldout21/make_heldout21_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout21/make_heldout21_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (someone else runs this, once)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; <name>.pdf.truth.json), printed values only,
null for what a layout does not print (units too: no units printed -> null); description is null throughout.
claim_id = the provider's own account / invoice / visit / patient-control number printed with the service
(null where none is), payer_claim_id = the payer's claim / encounter number (null where none is printed),
patient = the person who got the service, exactly as printed. Where a layout prints a from-thru span per line,
service_end is the thru date. Every name, number, payer, provider, address and ID is invented; descriptions are
our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness).
Drawing helpers and the text-layer check live in bench/heldout21/h21kit.py.

Layouts (10 files, 242 service lines, 19 pages; everyday kinds around outpatient therapy, each in a house style
not used by sets 1-19):
  k01 health-plan SUBROGATION recovery vendor letter with an "Itemized Statement of Benefits Paid" after a car
      accident (mother and son), portrait Liberation Serif: claim no. / patient / wrapped provider / DOS 11/18/2025 /
      ICD-10 diagnosis column (a code that is not the procedure) / "97110-GP" / Billed / Paid, header repeated on
      page 2, grand total only (no claim totals, no provider account numbers) (reportlab)
  k02 UPDATED member EOB after an appeal ("this replaces the statement dated ..."), portrait DejaVu Sans Condensed:
      boxed claim heads with the new and the replaced claim number, Date 01/06/26 / Service / Code / Mod / Units /
      Billed / Allowed / Deductible / Coinsurance / Plan paid / Paid earlier / Paid now / You owe / Notes, a line
      that stays denied, claim totals, 2 pages (fpdf2)
  k03 HMO CAPITATION encounter acknowledgement and payment report to a therapy group, landscape core Helvetica:
      ids only on an encounter's first row, DOS 01-05-2026, Pay Type CAP / FFS (capitated rows print no allowed and
      pay 0.00, carve-outs paid fee-for-service), Mbr Copay once per day, edit codes, a rejected line, encounter
      totals, header repeated on page 2 (fpdf2)
  k04 pediatric SEATING & MOBILITY (DME) supplier family statement, portrait Liberation Sans, boxed summary:
      monthly rental spans "01/01/26-01/31/26" (service_end), HCPCS with modifiers "E1235 RR KX", Qty, Charges /
      Ins. Paid / Ins. Adj. / Your Balance, the insurer's claim no. on a grey line under each invoice, an invoice
      still at the insurer printed with "--", payment rows without a code, two children (reportlab)
  k05 commercial member EOB with a THERAPY VISIT TRACKER column ("27 of 30", not units), portrait DejaVu Sans:
      "Jan. 5, 2026" dates, "97530 GO" code cell, "Provider's account no." in the claim bar, per-day copay, a
      visit beyond the yearly limit the member owes,
      claim continued on page 2 under "(continued)", notes legend; PLANTED claim-total mismatch (You owe total of
      claim 26A0417G2N printed 6.00 too high) (reportlab)
  k06 medical COLLECTION AGENCY validation notice with an itemization from the original creditor (a therapy
      clinic), portrait core Times: letter, Date of Service 1/5/2026 / Account No. / Patient / CPT / Description /
      Charges / Ins. Paid / Ins. Adj. / Balance, patient payment rows without a code, account totals and "amount
      now due", table continued on page 2 under a repeated header, rights text (fpdf2)
  k07 payer FAX-BACK claim detail (IVR fax service), portrait core Courier: fax banner on every page, key/value
      claim blocks, each service on two text lines ("LN 01 DOS 01/05/26-01/05/26 PROC 97110 MOD GP,59 UNITS 2" then
      BILLED / ALLOWED / DED / COPAY / COINS / PAID / "ADJ CO45 28.80 PR2 26.24" / RMK), a denied claim, a claim
      still in process (billed only), claim totals (fpdf2)
  k08 SHORT-TERM medical plan member EOB with a pre-existing-condition review, landscape Liberation Sans Narrow:
      shaded claim bands, Patient / Service Date / Provider / Description / CPT / Mod / Charges / PPO Savings /
      Ineligible / Rsn / Eligible / Deductible / Coinsurance / Benefit / Member Resp., pre-existing lines the
      member owes, claim totals, header repeated on page 2 (reportlab)
  k09 therapy clinic COST-ESTIMATE FOLLOW-UP statement to a family ("your estimate compared with what happened"),
      portrait DejaVu Serif: visit headings with visit no. and insurer claim no., Date / Code / Mod / Units /
      Service / Billed / Insurance paid / Insurance adjustment / Your actual cost / Your estimate / Difference,
      visit totals, a denied line, 2 pages (reportlab)
  k10 insurer "your claims were processed" E-MAIL printed from a mail client, portrait Liberation Sans: mail
      header (From / Sent / To / Subject), one small table per claim (Service date 1/5/2026 / What you got / Code /
      Billed / Plan paid / You may owe), no units, no modifiers, no provider account numbers, claim totals,
      print footer with page numbers, 2 pages (fpdf2)

Truth decisions worth knowing: k01 prints billed and paid only, its claims have no printed totals; k02's paid is
the revised "Plan paid" (the whole plan payment for the line), not "Paid now"; k03's CAP rows have allowed null
and paid 0.00, the copay column is copay (patient_owes null), edit codes are remarks; k04's "Ins. Adj." is the
truth discount and "Your Balance" the patient_owes, its pending invoice has paid / discount / patient_owes null;
k05's visit counter is not units (units null); k06's "Ins. Adj." is the discount, "Balance" patient_owes, no
payer claim number is printed; k08's "Rsn" codes are remarks; k09's "Your actual cost" is patient_owes and the
estimate columns are not truth fields.

The self-check (--check) tests the factory, not the reader: the generator keeps the vertical band where each
service is printed (its row, wrapped text lines or second text line); the check reads each PDF's text layer with
pdfplumber and finds every truth code, modifier, units value (as a whole word), date, amount, adjustment and
remark INSIDE that band in the layout's own formats; ids and patients in the document's text; page counts; the
documents' own arithmetic (billed - discount - not covered = allowed; allowed - deductible - copay - coinsurance
= paid; billed - adjustments = paid where every adjustment is printed with its amount; billed - paid - adjustment
= balance; plan paid - paid earlier = paid now); claim totals, where printed, equal the sum of the lines, except
the planted mismatch, which must really differ.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "samples" / "pdf"))

import eobgen  # noqa: E402
from eobgen import (  # noqa: E402
    ZERO,
    PlanState,
    Svc,
    claim_totals,
    commercial,
    dfmt,
    money,
    q,
    total,
    truth_line,
    units_str,
    write_truth,
)
from h21kit import LAND, LETTER, Col, DocRec, Page, check_doc, draw_cells, header_cells  # noqa: E402

# Extra invented charges / fee schedule / wording for codes the sample factory does not know.
eobgen.FEE.update({"97533": "92.00", "97542": "88.00", "97162": "240.00", "99283": "410.00", "73110": "145.00",
                   "E1235": "340.00", "K0195": "38.00", "E2291": "410.00", "E0190": "65.00", "97150": "55.00",
                   "92610": "185.00", "97166": "240.00", "99203": "215.00", "A4466": "42.00", "97010": "25.00"})
eobgen.SCHED.update({"97533": "34.10", "97542": "31.02", "97162": "101.12", "99283": "121.40", "73110": "38.22",
                     "E1235": "214.60", "K0195": "22.80", "E2291": "268.00", "E0190": "41.10",
                     "92610": "88.30", "99203": "109.95", "A4466": "24.00", "97010": "0.00"})
eobgen.DESC.update({"97533": "Sensory processing treatment", "97542": "Wheelchair skills training",
                    "97162": "PT evaluation, moderate complexity", "99283": "Emergency department visit",
                    "73110": "Wrist X-ray, 3 views", "E1235": "Pediatric rigid wheelchair with seating, rental",
                    "K0195": "Elevating leg rests, pair, rental", "E2291": "Pediatric planar back insert",
                    "E0190": "Positioning cushion", "92610": "Swallowing function evaluation",
                    "99203": "Office visit, new patient", "A4466": "Elastic support garment",
                    "97010": "Hot or cold packs"})

D = date
DOCS: list[tuple[Path, DocRec]] = []


def S(dos, code, units=1, mods=(), denied=None, end=None) -> Svc:
    return Svc(dos, code, Decimal(str(units)), tuple(mods), end=end, denied=denied)


def m2(d) -> str:
    return money(d, ",")


def md(d) -> str:
    return money(d, "$")


def band(pg: Page, y0: float, y1: float) -> tuple:
    return (pg.pages, y0, y1)


def finish(pg: Page, path: Path, rec: DocRec, layout: str, producer: str, desc: str, legend=(), findings=None):
    pages = pg.save()
    write_truth(path, layout, producer, pages, desc, rec.lines, rec.claims, list(legend), findings)
    DOCS.append((path, rec))


def claim_rec(claim_id, payer_claim_id, patient, totals=None) -> dict:
    return {"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
            "totals": totals or claim_totals()}


# ================================================================================ k01 subrogation itemization

def k01(out: Path) -> None:
    path = out / "k01_subrogation_itemization.pdf"
    pg = Page("reportlab", path, LETTER, "libserif")
    rec = DocRec(path.name)
    st_mom = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"))
    st_kid = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.20"))
    prov_er = "Lakemont Regional Medical Center Emergency Dept."
    prov_xr = "Lakemont Imaging Associates"
    prov_ot = "Brightwater Hand & Upper Limb Therapy"
    prov_pt = "Stonebridge Pediatric Physical Therapy"
    prov_md = "North Fork Orthopedic Group"
    claims = [
        ("2511P0844120", "Wierzbicki, Nela", prov_er, "S52.501A", [S(D(2025, 11, 14), "99283", 1, ("25",))]),
        ("2511P0844121", "Wierzbicki, Nela", prov_xr, "S52.501A", [S(D(2025, 11, 14), "73110", 1, ("RT",))]),
        ("2511P0851307", "Wierzbicki, Tomasz", prov_er, "S80.11XA", [S(D(2025, 11, 14), "99283")]),
        ("2511P0862244", "Wierzbicki, Nela", prov_md, "S52.501D", [S(D(2025, 11, 21), "99213", 1, ("25",)),
                                                                   S(D(2025, 11, 21), "L3807", 1, ("RT",))]),
        ("2512P0901876", "Wierzbicki, Nela", prov_ot, "S52.501D",
         [S(D(2025, 12, 2), "97166", 1, ("GO",)), S(D(2025, 12, 2), "97760", 1, ("GO",)),
          S(D(2025, 12, 9), "97140", 2, ("GO",)), S(D(2025, 12, 9), "97110", 2, ("GO",)),
          S(D(2025, 12, 16), "97140", 2, ("GO",)), S(D(2025, 12, 16), "97530", 2, ("GO",))]),
        ("2512P0910455", "Wierzbicki, Tomasz", prov_pt, "S80.11XD",
         [S(D(2025, 12, 4), "97162", 1, ("GP",)), S(D(2025, 12, 11), "97110", 3, ("GP",)),
          S(D(2025, 12, 11), "97116", 1, ("GP",)), S(D(2025, 12, 18), "97110", 2, ("GP",)),
          S(D(2025, 12, 18), "97112", 1, ("GP", "59"))]),
        ("2601P0012093", "Wierzbicki, Nela", prov_ot, "S52.501D",
         [S(D(2026, 1, 6), "97140", 2, ("GO",)), S(D(2026, 1, 6), "97530", 1, ("GO", "59")),
          S(D(2026, 1, 13), "97110", 2, ("GO",)), S(D(2026, 1, 13), "97535", 1, ("GO",))]),
        ("2601P0019964", "Wierzbicki, Tomasz", prov_pt, "S80.11XD",
         [S(D(2026, 1, 8), "97110", 2, ("GP",)), S(D(2026, 1, 8), "97116", 2, ("GP",))]),
    ]
    for cno, pat, _, _, svcs in claims:
        for s in svcs:
            commercial(s, st_mom if "Nela" in pat else st_kid)
    W = LETTER[0]

    def letterhead():
        pg.text(54, 40, "HARBORLINE RECOVERY SERVICES", "B", 14)
        pg.text(54, 58, "Subrogation and Third-Party Liability Unit  ·  acting for Cedar Ridge Health Plan", "I", 8.5)
        pg.text(W - 54, 40, "PO Box 40917, Millbrook, OH 43298", "R", 8, "r")
        pg.text(W - 54, 51, "Phone 1-800-555-0172  ·  Fax 1-800-555-0175", "R", 8, "r")
        pg.line(54, 72, W - 54, 72, 1.2)

    cols = [Col("cno", 54, 62), Col("pat", 116, 70), Col("prov", 186, 100), Col("dos", 286, 52),
            Col("dx", 338, 50), Col("proc", 388, 52), Col("billed", 440, 58, "r"), Col("paid", 498, 60, "r")]
    labels = {"cno": "Claim No.", "pat": "Patient", "prov": "Provider", "dos": "Date of\nService",
              "dx": "Diagnosis", "proc": "Procedure", "billed": "Billed\nCharges", "paid": "Amount\nPaid"}

    def table_head(y):
        pg.rect(54, y - 2, W - 108, 22, fill=0.88, stroke=False)
        h = header_cells(pg, cols, labels, y, 7.5)
        pg.line(54, y + h + 2, W - 54, y + h + 2, 0.8)
        return y + h + 6

    pg.new_page()
    letterhead()
    y = 86
    for s in ("January 27, 2026", "", "Marek Wierzbicki", "1187 Old Quarry Lane", "Millbrook, OH 43296"):
        pg.text(54, y, s, "R", 9.5)
        y += 12
    y += 6
    pg.text(54, y, "RE:  Motor vehicle accident of November 14, 2025", "B", 9.5)
    pg.text(54, y + 12, "Member ID: CRH-884-20671-01     Our file: SUB-25-118842     Plan: Cedar Ridge Choice PPO", "R", 9)
    y += 32
    para = ("Cedar Ridge Health Plan has paid the medical claims listed below for injuries that appear to be related "
            "to the accident shown above. Under the terms of the plan, the plan has a right to be repaid from any "
            "settlement or judgment you receive from another party or their insurer. Please share this statement "
            "with your attorney or the liability carrier. Amounts are as of the date of this letter; further "
            "treatment will be added to the plan's claim. This is not a bill for services.")
    for ln in pg.wrap(para, W - 108, "R", 9.5):
        pg.text(54, y, ln, "R", 9.5)
        y += 12.5
    y += 8
    pg.text(54, y, "ITEMIZED STATEMENT OF BENEFITS PAID", "B", 11)
    y = table_head(y + 18)
    grand_b = grand_p = ZERO
    seen = set()
    for cno, pat, prov, dx, svcs in claims:
        for s in svcs:
            provl = pg.wrap(prov, 97, "R", 7.5)
            h = max(1, len(provl)) * 9.2
            if y + h > 720:
                pg.text(W / 2, 752, f"Page {pg.pages} of 2  ·  continued on next page", "I", 7.5, "c")
                pg.new_page()
                letterhead()
                pg.text(54, 80, "Itemized Statement of Benefits Paid (continued)  ·  Our file SUB-25-118842", "B", 9)
                y = table_head(98)
            proc = "-".join((s.code,) + s.mods)
            vals = {"cno": cno, "pat": pat, "prov": provl, "dos": dfmt(s.dos, "mdy4"), "dx": dx, "proc": proc,
                    "billed": md(s.billed), "paid": md(s.paid)}
            hh = draw_cells(pg, cols, vals, y, 7.5, lead=9.2)
            t = truth_line(pg.pages, s, claim_id=None, payer_claim_id=cno, patient=pat,
                           printed=("billed", "paid"), units=False, description=False)
            rec.add(t, band(pg, y, y + hh - 2), [dfmt(s.dos, "mdy4"), proc, md(s.billed), md(s.paid)])
            pg.line(54, y + hh, W - 54, y + hh, 0.3, 0.6)
            y += hh + 3
            grand_b += s.billed
            grand_p += s.paid
        if cno not in seen:
            seen.add(cno)
            rec.claims.append(claim_rec(None, cno, pat))
    pg.line(54, y, W - 54, y, 0.8)
    pg.text(388, y + 4, "TOTAL", "B", 8)
    pg.text(438 + 58, y + 4, md(grand_b), "B", 8, "r")
    pg.text(498 + 58, y + 4, md(grand_p), "B", 8, "r")
    y += 26
    for ln in pg.wrap("Please direct questions about this statement to your recovery specialist, Dana Okafor, at "
                      "extension 4418. Reference file SUB-25-118842 on all correspondence.", W - 108, "R", 9):
        pg.text(54, y, ln, "R", 9)
        y += 12
    pg.text(W / 2, 752, f"Page {pg.pages} of 2", "I", 7.5, "c")
    finish(pg, path, rec, "k01_subrogation_itemization", "reportlab",
           "Health-plan subrogation recovery letter with an itemized statement of benefits paid after a car accident.")


# ================================================================================ k02 updated EOB after appeal

def k02(out: Path) -> None:
    path = out / "k02_updated_eob_after_appeal.pdf"
    pg = Page("fpdf2", path, LETTER, "dejavucond")
    rec = DocRec(path.name)
    W = LETTER[0]
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"))
    claims = [
        dict(new="25K0093311-02", old="25K0093311-01", pat="Rosalind Achterberg", acct="PTA-55120",
             prov="Kestrel Point Occupational Therapy", why="Prior approval was found on file after your appeal.",
             earlier="deny",
             svcs=[S(D(2025, 12, 1), "97167", 1, ("GO",)), S(D(2025, 12, 3), "97530", 2, ("GO",)),
                   S(D(2025, 12, 3), "97535", 1, ("GO",)), S(D(2025, 12, 8), "97530", 2, ("GO",)),
                   S(D(2025, 12, 8), "97112", 1, ("GO", "59")), S(D(2025, 12, 10), "97530", 3, ("GO",))]),
        dict(new="25K0098702-02", old="25K0098702-01", pat="Rosalind Achterberg", acct="PTA-55307",
             prov="Kestrel Point Occupational Therapy",
             why="The provider is in network; in-network coinsurance now applies.", earlier="oon",
             svcs=[S(D(2025, 12, 15), "97530", 2, ("GO",)), S(D(2025, 12, 15), "97140", 1, ("GO",)),
                   S(D(2025, 12, 17), "97530", 2, ("GO",)), S(D(2025, 12, 17), "97110", 1, ("GO",)),
                   S(D(2025, 12, 22), "97530", 2, ("GO",)), S(D(2025, 12, 22), "97150", 1, ("GO",), denied="CO")]),
        dict(new="26K0001458-02", old="26K0001458-01", pat="Milo Achterberg", acct="SLP-10992",
             prov="Tallgrass Speech & Language Clinic",
             why="Visits were recounted; these are within your yearly limit.", earlier="deny",
             svcs=[S(D(2026, 1, 6), "92507", 1, ("GN",)), S(D(2026, 1, 8), "92507", 1, ("GN",)),
                   S(D(2026, 1, 13), "92507", 1, ("GN",)), S(D(2026, 1, 13), "92526", 1, ("GN", "59"))]),
        dict(new="26K0002230-03", old="26K0002230-02", pat="Milo Achterberg", acct="SLP-11046",
             prov="Tallgrass Speech & Language Clinic",
             why="Visits were recounted; these are within your yearly limit.", earlier="deny",
             svcs=[S(D(2026, 1, 15), "92507", 1, ("GN",)), S(D(2026, 1, 20), "92507", 1, ("GN",)),
                   S(D(2026, 1, 20), "92610", 1, ("GN",)), S(D(2026, 1, 22), "92507", 1, ("GN",))]),
        dict(new="26K0002871-02", old="26K0002871-01", pat="Rosalind Achterberg", acct="PTA-55562",
             prov="Kestrel Point Occupational Therapy",
             why="Prior approval was found on file after your appeal.", earlier="deny",
             svcs=[S(D(2026, 1, 7), "97530", 2, ("GO",)), S(D(2026, 1, 7), "97535", 1, ("GO",)),
                   S(D(2026, 1, 14), "97530", 2, ("GO",)), S(D(2026, 1, 14), "97112", 1, ("GO", "59")),
                   S(D(2026, 1, 21), "97530", 3, ("GO",))]),
    ]
    for c in claims:
        for s in c["svcs"]:
            commercial(s, st, deny_reason="97")
            if s.denied:
                s.owes = ZERO
            if c["earlier"] == "deny" or s.denied:
                s.earlier = ZERO
            else:
                s.earlier = q(s.allowed - s.deductible - q((s.allowed - s.deductible) * Decimal("0.40")))
            s.now = s.paid - s.earlier
            s.note = "R1" if c["earlier"] == "deny" else "R2"
            if s.denied:
                s.note = "R4"
    cols = [Col("date", 36, 40), Col("svc", 76, 92), Col("code", 168, 30), Col("mod", 198, 30),
            Col("units", 228, 24, "r"), Col("billed", 252, 40, "r"), Col("allowed", 292, 40, "r"),
            Col("ded", 332, 36, "r"), Col("coins", 368, 38, "r"), Col("paid", 406, 38, "r"),
            Col("earlier", 444, 36, "r"), Col("now", 480, 36, "r"), Col("owes", 516, 36, "r"),
            Col("note", 552, 24, "c")]
    labels = {"date": "Date", "svc": "Service", "code": "Code", "mod": "Mod", "units": "Units",
              "billed": "Billed", "allowed": "Allowed", "ded": "Deduct-\nible", "coins": "Coins-\nurance",
              "paid": "Plan\npaid", "earlier": "Paid\nearlier", "now": "Paid\nnow", "owes": "You\nowe",
              "note": "Note"}

    def page_head(first: bool):
        pg.rect(0, 0, W, 44, fill=0.25, stroke=False)
        pg.text(36, 12, "Meridale Health Partners", "B", 15, gray=1.0)
        pg.text(W - 36, 14, "UPDATED EXPLANATION OF BENEFITS", "B", 10, "r", gray=1.0)
        pg.text(W - 36, 28, "This is not a bill", "R", 8, "r", gray=1.0)
        return 56

    pg.new_page()
    y = page_head(True)
    for s in ("Helena Achterberg", "402 Wren Hollow Road", "Bexley Falls, MN 55821"):
        pg.text(36, y, s, "R", 9)
        y += 11
    pg.text(330, 56, "Member: Helena Achterberg", "R", 8.5)
    pg.text(330, 67, "Member ID: MHP 30-771-5842", "R", 8.5)
    pg.text(330, 78, "Group: Bexley Falls School District", "R", 8.5)
    pg.text(330, 89, "Statement date: January 26, 2026", "R", 8.5)
    y = 112
    pg.rect(36, y, W - 72, 30, fill=0.93)
    pg.text(44, y + 5, "We took a second look at the claims below after your appeal of December 29, 2025.", "B", 8.5)
    pg.text(44, y + 17, "This statement replaces the statements dated 12/18/2025 and 01/09/2026 for these claims.",
            "R", 8.5)
    y += 44
    for c in claims:
        need = 70 + 11 * len(c["svcs"])
        if y + need > 740:
            pg.text(W / 2, 766, f"Page {pg.pages} of 2", "R", 7, "c")
            pg.new_page()
            y = page_head(False)
        pg.rect(36, y, W - 72, 26, fill=0.86, stroke=True)
        pg.text(42, y + 3, f"Patient: {c['pat']}    Provider: {c['prov']}    Patient account: {c['acct']}", "B", 8)
        pg.text(42, y + 14, f"Claim number: {c['new']}  (replaces claim {c['old']})    Why it changed: {c['why']}",
                "R", 7.5)
        y += 30
        y += header_cells(pg, cols, labels, y, 7) + 2
        pg.line(36, y, W - 36, y, 0.6)
        y += 2
        for s in c["svcs"]:
            vals = {"date": dfmt(s.dos, "mdy2"), "svc": s.desc, "code": s.code, "mod": " ".join(s.mods),
                    "units": units_str(s.units), "billed": m2(s.billed), "allowed": m2(s.allowed),
                    "ded": m2(s.deductible), "coins": m2(s.coinsurance), "paid": m2(s.paid),
                    "earlier": m2(s.earlier), "now": m2(s.now), "owes": m2(s.owes), "note": s.note}
            h = draw_cells(pg, cols, vals, y, 7, lead=8.6, wrap_keys=("svc",))
            t = truth_line(pg.pages, s, claim_id=c["acct"], payer_claim_id=c["new"], patient=c["pat"],
                           printed=("billed", "allowed", "paid", "patient_owes", "deductible", "coinsurance"),
                           remarks=[s.note], description=False)
            rec.add(t, band(pg, y, y + h - 1),
                    [vals[k] for k in ("date", "code", "mod", "billed", "allowed", "ded", "coins", "paid", "owes",
                                       "note")], vals["units"])
            rec.extra_checks.append((f"{c['new']} paid - earlier = now", s.paid - s.earlier == s.now))
            y += h + 1.5
        pg.line(36, y, W - 36, y, 0.6)
        sv = c["svcs"]
        tv = {"svc": "Claim totals", "billed": m2(total(sv, "billed")), "allowed": m2(total(sv, "allowed")),
              "ded": m2(total(sv, "deductible")), "coins": m2(total(sv, "coinsurance")),
              "paid": m2(total(sv, "paid")), "earlier": m2(sum((s.earlier for s in sv), ZERO)),
              "now": m2(sum((s.now for s in sv), ZERO)), "owes": m2(total(sv, "owes"))}
        y += draw_cells(pg, cols, tv, y + 2, 7, "B") + 12
        rec.claims.append(claim_rec(c["acct"], c["new"], c["pat"],
                                    claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                                 total(sv, "owes"))))
    legend = [("R1", "Reprocessed after appeal: the service is now covered."),
              ("R2", "Reprocessed at the in-network level; the difference has been paid to the provider."),
              ("R4", "Group sessions on the same day as one-on-one sessions are not paid separately; "
                     "you do not owe this amount.")]
    pg.text(36, y, "Notes", "B", 8.5)
    y += 12
    for k, v in legend:
        pg.text(36, y, k, "B", 7.5)
        pg.text(56, y, v, "R", 7.5)
        y += 10
    pg.text(36, y + 6, "Paid now is sent to the provider with this notice. You owe shows your share after the "
            "update; if you already paid more, ask the provider for a refund.", "I", 7.5)
    pg.text(W / 2, 766, f"Page {pg.pages} of 2", "R", 7, "c")
    finish(pg, path, rec, "k02_updated_eob_after_appeal", "fpdf2",
           "Updated member EOB after an appeal with Plan paid / Paid earlier / Paid now columns.", legend)


# ================================================================================ k03 HMO capitation encounters

def k03(out: Path) -> None:
    path = out / "k03_hmo_capitation_encounters.pdf"
    pg = Page("fpdf2", path, LAND, "helvetica")
    rec = DocRec(path.name)
    W, H = LAND
    enc = [
        ("OYELARAN, TEMI", "VHP118840203", "EN26010544817", "TG-30412", "cap",
         [S(D(2026, 1, 5), "97530", 2, ("GO",)), S(D(2026, 1, 5), "97533", 1, ("GO",)),
          S(D(2026, 1, 5), "97535", 1, ("GO", "59"))]),
        ("OYELARAN, TEMI", "VHP118840203", "EN26010544818", "TG-30440", "cap",
         [S(D(2026, 1, 12), "97530", 3, ("GO",)), S(D(2026, 1, 12), "97112", 1, ("GO",))]),
        ("BRANNIGAN, COLM", "VHP120017755", "EN26010561102", "TG-30415", "mix",
         [S(D(2026, 1, 6), "97165", 1, ("GO",)), S(D(2026, 1, 6), "97760", 1, ("GO",)),
          S(D(2026, 1, 6), "L3807", 1, ("RT",))]),
        ("BRANNIGAN, COLM", "VHP120017755", "EN26010561177", "TG-30463", "cap",
         [S(D(2026, 1, 13), "97140", 2, ("GO",)), S(D(2026, 1, 13), "97110", 2, ("GO",)),
          S(D(2026, 1, 13), "97010", 1, ("GO",))]),
        ("SANTAMARIA, LUZ", "VHP117702391", "EN26010573320", "TG-30421", "ffs",
         [S(D(2026, 1, 7), "92523", 1, ("GN",)), S(D(2026, 1, 9), "92507", 1, ("GN",)),
          S(D(2026, 1, 14), "92507", 1, ("GN",)), S(D(2026, 1, 14), "92526", 1, ("GN", "59"))]),
        ("PETROSYAN, ARMEN", "VHP119306614", "EN26010588051", "TG-30431", "cap",
         [S(D(2026, 1, 8), "97162", 1, ("GP",)), S(D(2026, 1, 8), "97110", 2, ("GP",)),
          S(D(2026, 1, 15), "97110", 2, ("GP", "CQ")), S(D(2026, 1, 15), "97116", 1, ("GP", "CQ")),
          S(D(2026, 1, 15), "97530", 1, ("GP",))]),
        ("OYELARAN, TEMI", "VHP118840203", "EN26010599904", "TG-30477", "cap",
         [S(D(2026, 1, 19), "97530", 2, ("GO",)), S(D(2026, 1, 19), "97533", 2, ("GO",))]),
        ("SANTAMARIA, LUZ", "VHP117702391", "EN26010601458", "TG-30488", "ffs",
         [S(D(2026, 1, 16), "92507", 1, ("GN",)), S(D(2026, 1, 21), "92507", 1, ("GN",)),
          S(D(2026, 1, 23), "92507", 1, ("GN",))]),
        ("MCALLISTER-DIOP, AVA", "VHP121450082", "EN26010603317", "TG-30490", "cap",
         [S(D(2026, 1, 20), "97166", 1, ("GO",)), S(D(2026, 1, 20), "97530", 1, ("GO",)),
          S(D(2026, 1, 22), "97530", 2, ("GO",)), S(D(2026, 1, 22), "97535", 1, ("GO",)),
          S(D(2026, 1, 27), "97530", 2, ("GO",)), S(D(2026, 1, 27), "97112", 1, ("GO", "59"))]),
        ("BRANNIGAN, COLM", "VHP120017755", "EN26010605526", "TG-30497", "cap",
         [S(D(2026, 1, 20), "97140", 2, ("GO",)), S(D(2026, 1, 20), "97110", 1, ("GO",)),
          S(D(2026, 1, 20), "97760", 1, ("GO",))]),
        ("PETROSYAN, ARMEN", "VHP119306614", "EN26010608840", "TG-30502", "cap",
         [S(D(2026, 1, 22), "97110", 2, ("GP", "CQ")), S(D(2026, 1, 22), "97140", 1, ("GP",)),
          S(D(2026, 1, 29), "97110", 2, ("GP",)), S(D(2026, 1, 29), "97116", 1, ("GP",))]),
    ]
    copaid = set()
    for name, mid, eno, acct, kind, svcs in enc:
        for s in svcs:
            s.paytype = "FFS" if (kind == "ffs" or s.code in ("L3807", "97760")) else "CAP"
            s.edit = []
            cp = Decimal("10.00") if (mid, s.dos) not in copaid else ZERO
            copaid.add((mid, s.dos))
            s.copay = cp
            if s.code == "97010":
                s.paytype = "FFS"
                s.allowed = ZERO
                s.copay = cp
                s.paid = ZERO
                s.edit = ["E52"]
            elif s.paytype == "CAP":
                s.paid = ZERO
                s.edit = ["E10"]
            else:
                s.allowed = q(Decimal(eobgen.SCHED[s.code]) * s.units * Decimal("1.15"))
                s.paid = s.allowed - s.copay
                s.edit = ["E20"]
    cols = [Col("name", 24, 84), Col("mid", 108, 62), Col("eno", 170, 70), Col("acct", 240, 46),
            Col("dos", 286, 50), Col("proc", 336, 32), Col("mod", 368, 38), Col("units", 406, 24, "r"),
            Col("billed", 430, 48, "r"), Col("type", 482, 30, "c"), Col("allowed", 512, 48, "r"),
            Col("copay", 560, 40, "r"), Col("paid", 600, 48, "r"), Col("edit", 656, 30), Col("desc", 686, 84)]
    labels = {"name": "MEMBER NAME", "mid": "MEMBER ID", "eno": "ENCOUNTER #", "acct": "PAT ACCT",
              "dos": "DOS", "proc": "PROC", "mod": "MOD", "units": "UNITS", "billed": "BILLED",
              "type": "PAY\nTYPE", "allowed": "ALLOWED", "copay": "MBR\nCOPAY", "paid": "PAID", "edit": "EDIT",
              "desc": "SERVICE"}

    def head():
        pg.text(24, 22, "VALLEYHEART HEALTH PLAN  -  HMO", "B", 12)
        pg.text(24, 38, "ENCOUNTER ACKNOWLEDGEMENT AND PAYMENT REPORT", "B", 9)
        pg.text(W - 24, 22, "Provider group: TILLERY GREEN THERAPY ASSOCIATES", "R", 8, "r")
        pg.text(W - 24, 33, "Group ID: VH-G-44107    Capitation month: JANUARY 2026", "R", 8, "r")
        pg.text(W - 24, 44, "Run date: 01-28-2026    Check/EFT: 0081127745", "R", 8, "r")
        y = 62
        pg.rect(24, y - 2, W - 48, 22, fill=0.85, stroke=False)
        h = header_cells(pg, cols, labels, y, 6.8)
        return y + h + 6

    pg.new_page()
    y = head()
    for name, mid, eno, acct, kind, svcs in enc:
        if y + 16 * len(svcs) + 16 > H - 40:
            pg.text(W / 2, H - 22, f"PAGE {pg.pages}", "R", 7, "c")
            pg.new_page()
            y = head()
        for i, s in enumerate(svcs):
            first = i == 0
            vals = {"name": name if first else "", "mid": mid if first else "", "eno": eno if first else "",
                    "acct": acct if first else "", "dos": s.dos.strftime("%m-%d-%Y"), "proc": s.code,
                    "mod": " ".join(s.mods), "units": units_str(s.units), "billed": m2(s.billed),
                    "type": s.paytype, "allowed": "" if s.paytype == "CAP" else m2(s.allowed),
                    "copay": m2(s.copay), "paid": m2(s.paid), "edit": " ".join(s.edit), "desc": s.desc}
            h = draw_cells(pg, cols, vals, y, 6.8, lead=8.0, wrap_keys=("desc",))
            printed = ("billed", "copay", "paid") if s.paytype == "CAP" else ("billed", "allowed", "copay", "paid")
            t = truth_line(pg.pages, s, claim_id=acct, payer_claim_id=eno, patient=name, printed=printed,
                           remarks=s.edit, description=False)
            toks = [vals[k] for k in ("dos", "proc", "mod", "billed", "copay", "paid", "edit")]
            if s.paytype != "CAP":
                toks.append(vals["allowed"])
            rec.add(t, band(pg, y, y + h - 1), toks, vals["units"])
            y += h + 1.2
        pg.line(336, y, 648, y, 0.4, dash=((1.5, 1.5), 0))
        pg.text(336, y + 2, "ENCOUNTER TOTAL", "B", 6.8)
        pg.text(478, y + 2, m2(total(svcs, "billed")), "B", 6.8, "r")
        pg.text(598, y + 2, m2(total(svcs, "copay")), "B", 6.8, "r")
        pg.text(646, y + 2, m2(total(svcs, "paid")), "B", 6.8, "r")
        y += 16
        rec.claims.append(claim_rec(acct, eno, name, claim_totals(total(svcs, "billed"), None, total(svcs, "paid"))))
    pg.line(24, y, W - 24, y, 0.8)
    y += 6
    legend = [("E10", "Covered under the group's monthly capitation; no separate payment."),
              ("E20", "Carve-out service paid fee-for-service at the contracted rate less the member copay."),
              ("E52", "Hot/cold pack is included in other services that day; not separately payable.")]
    for k, v in legend:
        pg.text(24, y, f"{k}  {v}", "R", 7)
        y += 9
    pg.text(W / 2, H - 22, f"PAGE {pg.pages}", "R", 7, "c")
    finish(pg, path, rec, "k03_hmo_capitation_encounters", "fpdf2",
           "HMO capitation encounter acknowledgement and payment report with CAP / FFS pay types.", legend)


# ================================================================================ k04 DME family statement

def k04(out: Path) -> None:
    path = out / "k04_seating_mobility_statement.pdf"
    pg = Page("reportlab", path, LETTER, "libsans")
    rec = DocRec(path.name)
    W = LETTER[0]
    jan = (D(2026, 1, 1), D(2026, 1, 31))
    dec = (D(2025, 12, 1), D(2025, 12, 31))
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74"))
    inv = [
        ("INV-208814", "Ezra Nakagawa-Bell", "Prairie Mutual claim 25-1204-33710 (processed 12/29/25)",
         "25-1204-33710", [S(dec[0], "E1235", 1, ("RR", "KX"), end=dec[1]),
                           S(dec[0], "K0195", 1, ("RR",), end=dec[1])]),
        ("INV-209377", "Ezra Nakagawa-Bell", "Prairie Mutual claim 26-0105-01288 (processed 01/16/26)",
         "26-0105-01288", [S(D(2026, 1, 5), "97542", 2, ("GO",)), S(D(2026, 1, 5), "E2291", 1, ("KX",)),
                           S(D(2026, 1, 5), "E0190", 1, ())]),
        ("INV-209402", "Ezra Nakagawa-Bell", "Prairie Mutual claim 26-0102-00715 (processed 01/20/26)",
         "26-0102-00715", [S(jan[0], "E1235", 1, ("RR", "KX"), end=jan[1]),
                           S(jan[0], "K0195", 1, ("RR",), end=jan[1])]),
        ("INV-209455", "Ada Nakagawa-Bell", "Prairie Mutual claim 26-0112-04421 (processed 01/22/26)",
         "26-0112-04421", [S(D(2026, 1, 12), "97760", 1, ("GO",)), S(D(2026, 1, 12), "L3807", 1, ("LT",)),
                           S(D(2026, 1, 12), "A4466", 2, (), denied="PR")]),
        ("INV-209611", "Ezra Nakagawa-Bell", "Billed to Prairie Mutual 01/26/26 - claim 26-0126-07302 pending",
         "26-0126-07302", [S(D(2026, 1, 21), "97542", 2, ("GO",))]),
    ]
    for _, _, _, _, svcs in inv:
        for s in svcs:
            commercial(s, st)
            if s.denied:
                s.paid, s.discount, s.owes = ZERO, ZERO, s.billed
    owed = sum((s.owes for ino, pat, insline, pcn, svcs in inv if "pending" not in insline for s in svcs), ZERO)
    due = owed - Decimal("85.00")
    cols = [Col("dates", 40, 86), Col("desc", 126, 150), Col("hcpcs", 276, 62), Col("qty", 338, 22, "r"),
            Col("chg", 360, 52, "r"), Col("paid", 412, 52, "r"), Col("adj", 464, 52, "r"), Col("bal", 516, 56, "r")]
    labels = {"dates": "Date(s)", "desc": "Item / Service", "hcpcs": "HCPCS / Mods", "qty": "Qty",
              "chg": "Charges", "paid": "Ins. Paid", "adj": "Ins. Adj.", "bal": "Your\nBalance"}

    def head(first):
        pg.text(40, 36, "Bellwether Seating & Mobility", "B", 15)
        pg.text(40, 54, "Pediatric wheelchairs · positioning · orthotics · seating clinic", "I", 8.5, gray=0.3)
        pg.text(40, 66, "7740 Commerce Park Dr, Suite B · Ardent Springs, CO 80822 · (719) 555-0148", "R", 8)
        if first:
            pg.rect(372, 28, 200, 74)
            rows = [("Statement date", "01/28/2026"), ("Account number", "BSM-0045219"),
                    ("Responsible party", "Keiko Nakagawa-Bell"), ("Amount due", md(due)),
                    ("Due by", "02/20/2026")]
            for i, (a, b) in enumerate(rows):
                pg.text(378, 33 + i * 13, a, "R", 8)
                pg.text(566, 33 + i * 13, b, "B", 8, "r")
        return 116

    pg.new_page()
    y = head(True)
    pg.text(40, y, "Keiko Nakagawa-Bell", "R", 9)
    pg.text(40, y + 11, "58 Juniper Terrace, Ardent Springs, CO 80823", "R", 9)
    y += 34
    pg.text(40, y, "ACCOUNT DETAIL", "B", 10)
    y += 14
    pg.rect(40, y - 2, W - 80, 22, fill=0.9, stroke=True)
    y += header_cells(pg, cols, labels, y, 7.8) + 6
    for ino, pat, insline, pcn, svcs in inv:
        pending = "pending" in insline
        pg.rect(40, y - 1, W - 80, 12, fill=0.96, stroke=False)
        pg.text(44, y + 1, f"Invoice {ino}   Patient: {pat}", "B", 8)
        y += 14
        for s in svcs:
            dates = (f"{dfmt(s.dos, 'mdy2')}-{dfmt(s.end, 'mdy2')}" if s.end else dfmt(s.dos, "mdy2"))
            hc = " ".join((s.code,) + s.mods)
            vals = {"dates": dates, "desc": s.desc, "hcpcs": hc, "qty": units_str(s.units), "chg": m2(s.billed),
                    "paid": "--" if pending else m2(s.paid), "adj": "--" if pending else m2(s.discount),
                    "bal": "--" if pending else m2(s.owes)}
            h = draw_cells(pg, cols, vals, y, 7.8, lead=9.5, wrap_keys=("desc",))
            printed = ("billed",) if pending else ("billed", "paid", "discount", "patient_owes")
            t = truth_line(pg.pages, s, claim_id=ino, payer_claim_id=pcn, patient=pat, printed=printed,
                           service_end=s.end, description=False)
            toks = [vals["dates"], hc, vals["chg"]] + ([] if pending else [vals["paid"], vals["adj"], vals["bal"]])
            rec.add(t, band(pg, y, y + h - 1), toks, vals["qty"])
            if not pending:
                rec.extra_checks.append((f"{ino} charge - paid - adj = balance",
                                         s.billed - s.paid - s.discount == s.owes))
            y += h + 2
        pg.text(126, y, insline, "I", 7.2, gray=0.4)
        y += 13
        pg.line(40, y - 2, W - 40, y - 2, 0.3, 0.6)
        rec.claims.append(claim_rec(ino, pcn, pat))
    # payments and credits (no code)
    for dt, what, amt in ((D(2026, 1, 9), "Payment - card ending 4471 - thank you", Decimal("-60.00")),
                          (D(2026, 1, 23), "Payment - check 1182 - thank you", Decimal("-25.00"))):
        pg.text(44, y, dfmt(dt, "mdy2"), "R", 7.8)
        pg.text(128, y, what, "R", 7.8)
        pg.text(570, y, money(amt, ","), "R", 7.8, "r")
        y += 11
    pg.line(40, y + 2, W - 40, y + 2, 0.9)
    pg.text(412, y + 6, "Amount due", "B", 9)
    pg.text(570, y + 6, md(due), "B", 9, "r")
    y += 30
    for ln in pg.wrap("Rental items are billed each month on the first day of the rental period. Items waiting on "
                      "your insurance show -- and are not yet included in the amount due. Questions? Call our "
                      "billing team Monday to Friday, 8 to 5.", W - 80, "R", 8):
        pg.text(40, y, ln, "R", 8)
        y += 10
    pg.line(40, 700, W - 40, 700, 0.6, dash=([3, 2], 0))
    pg.text(40, 706, "Please detach and return with your payment", "I", 7)
    pg.text(40, 720, f"Account BSM-0045219   Keiko Nakagawa-Bell   Amount due {md(due)}   Amount enclosed $________",
            "R", 8.5)
    finish(pg, path, rec, "k04_seating_mobility_statement", "reportlab",
           "Pediatric seating and mobility (DME) supplier family statement with monthly rental spans.")


# ================================================================================ k05 visit-tracker member EOB

def k05(out: Path) -> None:
    path = out / "k05_visit_tracker_member_eob.pdf"
    pg = Page("reportlab", path, LETTER, "dejavu")
    rec = DocRec(path.name)
    W = LETTER[0]
    ther = PlanState(ded_left=ZERO, visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.78"))
    spch = PlanState(ded_left=ZERO, visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.78"))
    ofc = PlanState(ded_left=Decimal("65.00"), copay_codes={"99213": Decimal("25.00")}, allowed_rate=Decimal("0.70"))
    mom = PlanState(ded_left=ZERO, visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.78"))
    pine, tall, fam = "Pine Hollow Pediatric Therapy", "Tallow Creek Speech Center", "Larkspur Family Medicine"
    claims = [
        dict(cno="26A0411K7M", pat="Pia Ferreira-Lund", prov=pine, ref="OTK-7713", st=ther, lim=30, start=24,
             days=[(D(2026, 1, 5), [("97530", 2, ("GO",)), ("97533", 1, ("GO",))]),
                   (D(2026, 1, 8), [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]),
                   (D(2026, 1, 12), [("97530", 3, ("GO",)), ("97112", 1, ("GO", "59"))])]),
        dict(cno="26A0417G2N", pat="Pia Ferreira-Lund", prov=pine, ref="OTK-7790", st=ther, lim=30, start=27,
             days=[(D(2026, 1, 15), [("97530", 2, ("GO",)), ("97533", 1, ("GO",))]),
                   (D(2026, 1, 19), [("97530", 2, ("GO",)), ("97110", 1, ("GO",))]),
                   (D(2026, 1, 22), [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]),
                   (D(2026, 1, 26), [("97168", 1, ("GO",)), ("97530", 2, ("GO",))]),
                   (D(2026, 1, 29), [("97530", 2, ("GO",)), ("97533", 1, ("GO",))])]),
        dict(cno="26A0420B8P", pat="Anton Ferreira-Lund", prov=tall, ref="TC-50218", st=spch, lim=20, start=9,
             days=[(D(2026, 1, 6), [("92507", 1, ("GN",))]), (D(2026, 1, 13), [("92507", 1, ("GN",))]),
                   (D(2026, 1, 20), [("92507", 1, ("GN",)), ("92526", 1, ("GN", "59"))]),
                   (D(2026, 1, 27), [("92507", 1, ("GN",))])]),
        dict(cno="26A0424D1Q", pat="Sigrid Ferreira-Lund", prov=fam, ref="LFM-229104", st=mom, lim=30, start=3,
             days=[(D(2026, 1, 7), [("99213", 1, ("25",)), ("97161", 1, ("GP",)), ("97110", 2, ("GP",))]),
                   (D(2026, 1, 21), [("97110", 2, ("GP",)), ("97140", 1, ("GP",))])]),
        dict(cno="26A0429H6S", pat="Anton Ferreira-Lund", prov=pine, ref="OTK-7815", st=ther, lim=30, start=6,
             days=[(D(2026, 1, 23), [("97165", 1, ("GO",)), ("97530", 1, ("GO",))]),
                   (D(2026, 1, 28), [("97530", 2, ("GO",)), ("97533", 1, ("GO",))])]),
    ]
    for c in claims:
        c["svcs"] = []
        n = c["start"]
        for dos, items in c["days"]:
            therapy_day = any(code != "99213" for code, _, _ in items)
            over = n > c["lim"]
            for code, u, mods in items:
                s = S(dos, code, u, mods, denied="PR" if (over and code != "99213") else None)
                if code == "99213":
                    commercial(s, ofc)
                    s.visit = "--"
                    s.note = "N2"
                else:
                    commercial(s, c["st"], deny_reason="119")
                    s.visit = f"{n} of {c['lim']}"
                    s.note = "V9" if over else "V1"
                c["svcs"].append(s)
            if therapy_day:
                n += 1
    legend = [("V1", "Counts toward the visit limit shown for this kind of therapy in your plan year (July 1 to "
                     "June 30)."),
              ("V9", "This visit is over the plan-year visit limit. The plan does not pay it and you owe the "
                     "provider's billed amount."),
              ("N2", "Office visit copay applied; the rest of the visit was applied to your deductible first.")]
    planted_extra = Decimal("6.00")
    cols = [Col("date", 36, 50), Col("what", 86, 92), Col("code", 178, 46), Col("visit", 224, 38, "c"),
            Col("billed", 262, 42, "r"), Col("rate", 304, 42, "r"), Col("pays", 346, 42, "r"),
            Col("ded", 388, 40, "r"), Col("copay", 428, 36, "r"), Col("coins", 464, 42, "r"),
            Col("owes", 506, 42, "r"), Col("note", 548, 28, "c")]
    labels = {"date": "Date", "what": "What was done", "code": "Code", "visit": "Therapy\nvisit",
              "billed": "Billed", "rate": "Plan's\nrate", "pays": "Plan\npays", "ded": "Deduct-\nible",
              "copay": "Copay", "coins": "Coins-\nurance", "owes": "You\nowe", "note": "Note"}
    FS = 7.2

    def jan(d):
        return f"{d:%b}. {d.day}, {d.year}"

    def page_top():
        pg.text(36, 30, "Ashgrove Health", "B", 16)
        pg.text(36, 50, "Explanation of Benefits  ·  THIS IS NOT A BILL", "R", 8.5, gray=0.3)
        pg.text(W - 36, 30, "Member: Sigrid Ferreira-Lund", "R", 8, "r")
        pg.text(W - 36, 41, "Member ID: AGH 4471 0938 22", "R", 8, "r")
        pg.text(W - 36, 52, "Plan: Ashgrove Choice 1500 · Plan year 07/01/2025 - 06/30/2026", "R", 8, "r")
        pg.line(36, 64, W - 36, 64, 1.0)
        return 72

    def col_head(y):
        pg.line(36, y - 1, W - 36, y - 1, 0.4)
        h = header_cells(pg, cols, labels, y + 1, FS)
        pg.line(36, y + h + 3, W - 36, y + h + 3, 0.4)
        return y + h + 6

    pg.new_page()
    y = page_top()
    pg.text(36, y, "Statement date: January 30, 2026", "R", 8.5)
    y += 14
    pg.rect(36, y, W - 72, 40, fill=0.94)
    pg.text(44, y + 5, "Your therapy visits this plan year", "B", 8.5)
    pg.text(44, y + 17, "Pia: OT 31 of 30  ·  Anton: speech 12 of 20, OT 7 of 30  ·  Sigrid: PT 4 of 30 "
            "(rehabilitation visits used)", "R", 7.5)
    pg.text(44, y + 28, "Visits are counted once per day, however many services you had that day.", "I", 7.5)
    y += 52
    nclaims = len(claims)
    for ci, c in enumerate(claims, 1):
        sv = c["svcs"]
        if y + 60 > 700:
            pg.new_page()
            y = page_top()
        pg.rect(36, y, W - 72, 13, fill=0.82, stroke=False)
        pg.text(40, y + 3, f"Claim {ci} of {nclaims}  ·  Claim for {c['pat']}  ·  {c['prov']}", "B", 7.8)
        pg.text(W - 40, y + 3, f"Claim # {c['cno']}  ·  Provider's account no. {c['ref']}", "R", 7.5, "r")
        y += 16
        y = col_head(y)
        for s in sv:
            what = pg.wrap(s.desc, 89, "R", FS)
            h = len(what) * 8.9
            if y + h > 712:
                pg.text(W / 2, 760, f"Page {pg.pages} of 2  ·  continued", "R", 7, "c")
                pg.new_page()
                y = page_top()
                pg.text(40, y, f"Claim for {c['pat']}  ·  Claim # {c['cno']} (continued)", "B", 7.8)
                y = col_head(y + 14)
            code = " ".join((s.code,) + s.mods)
            vals = {"date": jan(s.dos), "what": what, "code": code, "visit": s.visit, "billed": m2(s.billed),
                    "rate": m2(s.allowed), "pays": m2(s.paid), "ded": m2(s.deductible), "copay": m2(s.copay),
                    "coins": m2(s.coinsurance), "owes": m2(s.owes), "note": s.note}
            h = draw_cells(pg, cols, vals, y, FS, lead=8.9)
            t = truth_line(pg.pages, s, claim_id=c["ref"], payer_claim_id=c["cno"], patient=c["pat"],
                           printed=("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                    "coinsurance"), units=False, remarks=[s.note], description=False)
            rec.add(t, band(pg, y, y + h - 1),
                    [vals[k] for k in ("date", "code", "billed", "rate", "pays", "ded", "copay", "coins", "owes",
                                       "note")])
            y += h + 1.8
        pg.line(36, y, W - 36, y, 0.4)
        owes_tot = total(sv, "owes") + (planted_extra if c["cno"] == "26A0417G2N" else ZERO)
        tv = {"what": "Claim total", "billed": m2(total(sv, "billed")), "rate": m2(total(sv, "allowed")),
              "pays": m2(total(sv, "paid")), "ded": m2(total(sv, "deductible")), "copay": m2(total(sv, "copay")),
              "coins": m2(total(sv, "coinsurance")), "owes": m2(owes_tot)}
        y += draw_cells(pg, cols, tv, y + 2, FS, "B") + 12
        rec.claims.append(claim_rec(c["ref"], c["cno"], c["pat"],
                                    claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                                 owes_tot)))
    if y + 50 > 735:
        pg.text(W / 2, 760, f"Page {pg.pages} of 2", "R", 7, "c")
        pg.new_page()
        y = page_top()
    pg.text(36, y, "Notes", "B", 8)
    y += 11
    for k, v in legend:
        for i, ln in enumerate(pg.wrap(v, W - 100, "R", 7.2)):
            if i == 0:
                pg.text(36, y, k, "B", 7.2)
            pg.text(60, y, ln, "R", 7.2)
            y += 9
    pg.text(W / 2, 760, f"Page {pg.pages} of 2", "R", 7, "c")
    sv = claims[1]["svcs"]
    lines_sum = total(sv, "owes")
    findings = [f"claim-total-mismatch claim 26A0417G2N: printed You owe total {q(lines_sum + planted_extra)} "
                f"but the lines add up to {q(lines_sum)}"]
    rec.planted = ("26A0417G2N", "patient_owes")
    finish(pg, path, rec, "k05_visit_tracker_member_eob", "reportlab",
           "Commercial member EOB with a therapy visit tracker column and a planted claim-total mismatch.",
           legend, findings)


# ================================================================================ k06 collection agency notice

def k06(out: Path) -> None:
    path = out / "k06_collection_itemization.pdf"
    pg = Page("fpdf2", path, LETTER, "times")
    rec = DocRec(path.name)
    W = LETTER[0]
    st = PlanState(ded_left=Decimal("1500.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.80"))
    accts = [
        ("RK-118204", "Jonah Pettersen-Abara", [S(D(2025, 9, 8), "97166"), S(D(2025, 9, 8), "97530", 2)]),
        ("RK-118377", "Jonah Pettersen-Abara", [S(D(2025, 9, 15), "97530", 2), S(D(2025, 9, 15), "97533", 1)]),
        ("RK-118512", "Jonah Pettersen-Abara", [S(D(2025, 9, 22), "97530", 3), S(D(2025, 9, 22), "97535", 1)]),
        ("RK-118690", "Lila Pettersen-Abara", [S(D(2025, 9, 29), "92523"), S(D(2025, 10, 6), "92507")]),
        ("RK-118844", "Jonah Pettersen-Abara", [S(D(2025, 10, 6), "97530", 2), S(D(2025, 10, 6), "97533", 2,
                                                                                 denied="PR")]),
        ("RK-119031", "Lila Pettersen-Abara", [S(D(2025, 10, 13), "92507"), S(D(2025, 10, 20), "92507"),
                                                S(D(2025, 10, 27), "92507")]),
        ("RK-119260", "Jonah Pettersen-Abara", [S(D(2025, 10, 20), "97530", 2), S(D(2025, 10, 20), "97112", 1),
                                                 S(D(2025, 11, 3), "97530", 2), S(D(2025, 11, 3), "97533", 1)]),
        ("RK-119415", "Lila Pettersen-Abara", [S(D(2025, 11, 10), "92507"), S(D(2025, 11, 17), "92526")]),
        ("RK-119588", "Jonah Pettersen-Abara", [S(D(2025, 11, 17), "97530", 2), S(D(2025, 11, 17), "97535", 1),
                                                 S(D(2025, 11, 24), "97530", 2), S(D(2025, 11, 24), "97533", 1,
                                                                                   denied="PR")]),
        ("RK-119702", "Lila Pettersen-Abara", [S(D(2025, 12, 1), "92507"), S(D(2025, 12, 8), "92507"),
                                                S(D(2025, 12, 15), "92526")]),
        ("RK-119866", "Jonah Pettersen-Abara", [S(D(2025, 12, 8), "97168"), S(D(2025, 12, 8), "97530", 2),
                                                 S(D(2025, 12, 15), "97530", 2)]),
    ]
    pays = {"RK-118204": [(D(2025, 10, 30), Decimal("50.00"))], "RK-119031": [(D(2025, 12, 12), Decimal("40.00"))]}
    for _, _, sv in accts:
        for s in sv:
            commercial(s, st)
            if s.denied:
                s.paid, s.discount, s.owes = ZERO, ZERO, s.billed
    cols = [Col("dos", 28, 52), Col("acct", 80, 58), Col("pat", 138, 92), Col("cpt", 230, 34),
            Col("desc", 264, 118), Col("chg", 382, 50, "r"), Col("paid", 432, 50, "r"), Col("adj", 482, 50, "r"),
            Col("bal", 532, 52, "r")]
    labels = {"dos": "Date of\nService", "acct": "Account No.", "pat": "Patient", "cpt": "CPT",
              "desc": "Description", "chg": "Charges", "paid": "Ins. Paid", "adj": "Ins. Adj.", "bal": "Balance"}
    FS = 8.2

    def top():
        pg.text(28, 28, "CROSSWIND CREDIT RECOVERY, LLC", "B", 13)
        pg.text(28, 44, "1450 Marlowe Avenue, Suite 300  -  Granbury Heights, TX 76055  -  1-888-555-0199", "R", 8.5)
        pg.line(28, 58, W - 28, 58, 0.8)
        return 66

    def thead(y):
        pg.line(28, y - 2, W - 28, y - 2, 0.8)
        h = header_cells(pg, cols, labels, y, FS)
        pg.line(28, y + h + 2, W - 28, y + h + 2, 0.8)
        return y + h + 5

    pg.new_page()
    y = top()
    for s in ("April 14, 2026", "", "Grace Pettersen", "2209 Saddlebrook Court", "Granbury Heights, TX 76057"):
        pg.text(28, y, s, "R", 10)
        y += 12
    pg.text(360, 78, "Our reference: CCR-77310458", "B", 9.5)
    pg.text(360, 90, "Original creditor: Riverside Kids Therapy Center", "R", 9.5)
    pg.text(360, 102, "Guarantor account: RKTC-G-20418", "R", 9.5)
    y += 8
    pg.text(28, y, "Crosswind Credit Recovery is a debt collector. We are trying to collect a debt that you owe to",
            "B", 9.5)
    pg.text(28, y + 12, "Riverside Kids Therapy Center. We will use any information you give us to help collect the debt.",
            "B", 9.5)
    y += 30
    for ln in pg.wrap("Our records show the balance below for therapy services provided to members of your household. "
                      "The itemization lists each service as it was billed by Riverside Kids Therapy Center, what your "
                      "insurance paid and adjusted, and payments you made. If you believe any amount is wrong, you may "
                      "dispute it as described on page 2.", W - 56, "R", 10):
        pg.text(28, y, ln, "R", 10)
        y += 12.5
    y += 8
    pg.text(28, y, "ITEMIZATION OF THE DEBT", "B", 10.5)
    y = thead(y + 16)
    grand = ZERO
    for acct, pat, sv in accts:
        need = 12 * (len(sv) + 2 + len(pays.get(acct, [])))
        if y + need > 735:
            pg.text(W / 2, 765, f"Page {pg.pages} of 2", "R", 8, "c")
            pg.new_page()
            y = top()
            pg.text(28, y + 4, "Itemization of the debt (continued)  -  Our reference CCR-77310458", "B", 9.5)
            y = thead(y + 22)
        for s in sv:
            vals = {"dos": dfmt(s.dos, "mdyn"), "acct": acct, "pat": pat, "cpt": s.code, "desc": s.desc,
                    "chg": m2(s.billed), "paid": m2(s.paid), "adj": m2(s.discount), "bal": m2(s.owes)}
            h = draw_cells(pg, cols, vals, y, FS, lead=10, wrap_keys=("desc",))
            t = truth_line(pg.pages, s, claim_id=acct, payer_claim_id=None, patient=pat,
                           printed=("billed", "paid", "discount", "patient_owes"), units=False, modifiers=False,
                           description=False)
            rec.add(t, band(pg, y, y + h - 1),
                    [vals[k] for k in ("dos", "acct", "cpt", "chg", "paid", "adj", "bal")])
            rec.extra_checks.append((f"{acct} charges - paid - adj = balance", s.billed - s.paid - s.discount == s.owes))
            y += h + 1
        tb = total(sv, "owes")
        pg.line(382, y, W - 28, y, 0.4)
        tv = {"desc": "Account total", "chg": m2(total(sv, "billed")), "paid": m2(total(sv, "paid")),
              "adj": m2(total(sv, "discount")), "bal": m2(tb)}
        y += draw_cells(pg, cols, tv, y + 1, FS, "B", lead=10) + 2
        net = tb
        for dt, a in pays.get(acct, []):
            pg.text(28 + 1.5, y, dfmt(dt, "mdyn"), "I", FS)
            pg.text(264 + 1.5, y, "Patient payment - thank you", "I", FS)
            pg.text(584 - 1.5, y, money(-a, ","), "I", FS, "r")
            net -= a
            y += 10
        if acct in pays:
            pg.text(264 + 1.5, y, "Account balance", "B", FS)
            pg.text(584 - 1.5, y, m2(net), "B", FS, "r")
            y += 10
        grand += net
        y += 5
        rec.claims.append(claim_rec(acct, None, pat, claim_totals(total(sv, "billed"), None, total(sv, "paid"), tb)))
    pg.line(28, y, W - 28, y, 1.0)
    pg.text(264 + 1.5, y + 4, "AMOUNT NOW DUE", "B", 9.5)
    pg.text(584 - 1.5, y + 4, md(grand), "B", 9.5, "r")
    y += 28
    if y > 640:
        pg.text(W / 2, 765, f"Page {pg.pages} of 2", "R", 8, "c")
        pg.new_page()
        y = top()
    pg.text(28, y, "HOW TO DISPUTE THIS DEBT", "B", 10)
    y += 14
    for ln in pg.wrap("Call or write to us by May 19, 2026 to dispute all or part of the debt. If you do not, we will "
                      "assume that our information is correct. If you write to us by that date, we must stop "
                      "collection on any amount you dispute until we send you information that shows you owe the "
                      "debt. You may also ask us for the name and address of the original creditor.",
                      W - 56, "R", 9.5):
        pg.text(28, y, ln, "R", 9.5)
        y += 12
    pg.text(W / 2, 765, f"Page {pg.pages} of 2", "R", 8, "c")
    finish(pg, path, rec, "k06_collection_itemization", "fpdf2",
           "Medical collection agency validation notice with an itemization of therapy services.")


# ================================================================================ k07 fax-back claim detail

def k07(out: Path) -> None:
    path = out / "k07_faxback_claim_detail.pdf"
    pg = Page("fpdf2", path, LETTER, "courier")
    rec = DocRec(path.name)
    rec.adj_complete = True
    W, H = LETTER
    st = PlanState(ded_left=Decimal("80.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.82"))
    claims = [
        dict(cno="2601-4471-0093", pat="LINDQVIST, OSKAR", acct="HW-22817", rec="01/12/26", status="FINALIZED - PAID",
             svcs=[S(D(2026, 1, 5), "97110", 2, ("GP", "59")), S(D(2026, 1, 5), "97140", 1, ("GP",)),
                   S(D(2026, 1, 5), "97112", 1, ("GP",))]),
        dict(cno="2601-4471-0188", pat="LINDQVIST, OSKAR", acct="HW-22851", rec="01/16/26", status="FINALIZED - PAID",
             svcs=[S(D(2026, 1, 9), "97110", 2, ("GP",)), S(D(2026, 1, 9), "97530", 1, ("GP",)),
                   S(D(2026, 1, 12), "97110", 2, ("GP", "CQ")), S(D(2026, 1, 12), "97116", 1, ("GP", "CQ"))]),
        dict(cno="2601-4472-1102", pat="LINDQVIST, MAJA", acct="HW-22863", rec="01/16/26",
             status="FINALIZED - DENIED",
             svcs=[S(D(2026, 1, 7), "97165", 1, ("GO",), denied="CO"), S(D(2026, 1, 7), "97530", 2, ("GO",),
                                                                          denied="CO")]),
        dict(cno="2601-4473-0417", pat="LINDQVIST, MAJA", acct="HW-22902", rec="01/21/26",
             status="FINALIZED - PAID",
             svcs=[S(D(2026, 1, 14), "97165", 1, ("GO",)), S(D(2026, 1, 14), "97530", 2, ("GO",)),
                   S(D(2026, 1, 16), "97530", 2, ("GO",)), S(D(2026, 1, 16), "97535", 1, ("GO", "59"))]),
        dict(cno="2601-4475-2290", pat="LINDQVIST, OSKAR", acct="HW-22940", rec="01/26/26",
             status="IN PROCESS - NOT FINALIZED",
             svcs=[S(D(2026, 1, 19), "97110", 2, ("GP",)), S(D(2026, 1, 19), "97140", 2, ("GP",))]),
    ]
    for c in claims:
        for s in c["svcs"]:
            if "IN PROCESS" in c["status"]:
                continue
            commercial(s, st, deny_reason="197")
            s.rmk = "N54" if s.denied else ("M15" if "CQ" in s.mods else "")
            if s.denied:
                s.owes = ZERO
    FS = 8.2
    L = FS * 1.25

    def banner():
        pg.text(30, 16, f"JAN-27-2026 14:08   FROM:CASCADE VALLEY HEALTH PLAN   FAX:18005550134   "
                        f"TO:15035550119   P.00{pg.pages}/002", "R", 7.5)
        pg.line(30, 28, W - 30, 28, 0.5)
        return 40

    pg.new_page()
    y = banner()
    for s in ("CASCADE VALLEY HEALTH PLAN - PROVIDER FAXBACK SERVICE", "CLAIM DETAIL REQUEST",
              "REQUESTED BY: HARBOR WIND THERAPY  NPI 1770028814  TAX ID XX-XXX4410",
              "MEMBER ID: CVH88104477  SUBSCRIBER: LINDQVIST, ERIK", "CLAIMS RECEIVED 01/01/26 THRU 01/27/26"):
        pg.text(30, y, s, "B" if y < 60 else "R", FS)
        y += L
    y += L
    adjfmt = lambda adjs: " ".join(f"{g}{c} {m2(a)}" for g, c, a in adjs)  # noqa: E731
    for c in claims:
        pending = "IN PROCESS" in c["status"]
        need = L * (5 + 3 * len(c["svcs"]))
        if y + need > H - 50:
            pg.text(30, H - 30, "*** CONTINUED ON NEXT PAGE ***", "R", FS)
            pg.new_page()
            y = banner()
        pg.text(30, y, "=" * 86, "R", FS)
        y += L
        pg.text(30, y, f"CLAIM NUMBER....: {c['cno']}", "B", FS)
        y += L
        pg.text(30, y, f"PATIENT.........: {c['pat']:<24}PATIENT ACCT: {c['acct']}", "R", FS)
        y += L
        pg.text(30, y, f"RECEIVED........: {c['rec']}   STATUS: {c['status']}", "R", FS)
        y += L
        pg.text(30, y, "-" * 86, "R", FS)
        y += L
        for i, s in enumerate(c["svcs"], 1):
            d = dfmt(s.dos, "mdy2")
            l1 = f"LN {i:02d}  DOS {d}-{d}  PROC {s.code}  MOD {','.join(s.mods):<6} UNITS {units_str(s.units)}"
            y0 = y
            pg.text(30, y, l1, "R", FS)
            y += L
            if pending:
                l2 = f"       BILLED {m2(s.billed)}  ALLOWED ---  PAID ---  NOT YET DETERMINED"
                pg.text(30, y, l2, "R", FS)
                y += L
                t = truth_line(pg.pages, s, claim_id=c["acct"], payer_claim_id=c["cno"], patient=c["pat"],
                               printed=("billed",), service_end=s.dos, description=False)
                rec.add(t, band(pg, y0, y - 1), [d, s.code, ",".join(s.mods), m2(s.billed)], units_str(s.units))
                continue
            l2 = (f"       BILLED {m2(s.billed)}  ALLOWED {m2(s.allowed)}  DED {m2(s.deductible)}  "
                  f"COPAY {m2(s.copay)}  COINS {m2(s.coinsurance)}")
            l3 = f"       PAID {m2(s.paid)}  PT RESP {m2(s.owes)}  ADJ {adjfmt(s.adjs)}" + (
                f"  RMK {s.rmk}" if s.rmk else "")
            pg.text(30, y, l2, "R", FS)
            y += L
            pg.text(30, y, l3, "R", FS)
            y += L
            t = truth_line(pg.pages, s, claim_id=c["acct"], payer_claim_id=c["cno"], patient=c["pat"],
                           printed=("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                    "coinsurance"), service_end=s.dos,
                           adjustments=s.adjs, remarks=[s.rmk] if s.rmk else [], description=False)
            toks = [d, s.code, ",".join(s.mods), m2(s.billed), m2(s.allowed), m2(s.deductible), m2(s.copay),
                    m2(s.coinsurance), m2(s.paid), m2(s.owes), adjfmt(s.adjs), s.rmk]
            rec.add(t, band(pg, y0, y - 1), toks, units_str(s.units))
        sv = c["svcs"]
        pg.text(30, y, "-" * 86, "R", FS)
        y += L
        if pending:
            pg.text(30, y, f"CLAIM TOTALS    BILLED {m2(total(sv, 'billed'))}", "B", FS)
            tots = claim_totals(total(sv, "billed"))
        else:
            pg.text(30, y, f"CLAIM TOTALS    BILLED {m2(total(sv, 'billed'))}  ALLOWED {m2(total(sv, 'allowed'))}  "
                           f"PAID {m2(total(sv, 'paid'))}  PT RESP {m2(total(sv, 'owes'))}", "B", FS)
            tots = claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), total(sv, "owes"))
        y += 2 * L
        rec.claims.append(claim_rec(c["acct"], c["cno"], c["pat"], tots))
    legend = [("N54", "Authorization on file does not cover these dates; provider may not bill the member."),
              ("M15", "Service by an assistant paid at the assistant rate.")]
    pg.text(30, y, "REMARK CODES:", "B", FS)
    y += L
    for k, v in legend:
        pg.text(30, y, f"  {k}  {v}", "R", FS)
        y += L
    pg.text(30, y + L, "*** END OF FAX ***  THIS FAX CONTAINS PROTECTED HEALTH INFORMATION", "R", FS)
    finish(pg, path, rec, "k07_faxback_claim_detail", "fpdf2",
           "Payer IVR fax-back claim detail in Courier with key/value claim blocks and two-to-three-line services.",
           legend)


# ================================================================================ k08 short-term medical EOB

def k08(out: Path) -> None:
    path = out / "k08_short_term_medical_eob.pdf"
    pg = Page("reportlab", path, LAND, "libnarrow")
    rec = DocRec(path.name)
    W, H = LAND
    st = PlanState(ded_left=Decimal("310.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.85"))
    pv1, pv2, pv3 = "Copper Mesa Hand Therapy", "Sunbeam Kids Rehab Clinic", "Copper Mesa Orthopedics"
    claims = [
        dict(cno="STM2601-004417", pat="Carmen Vasquez-Hale", prov=pv1, ref="CMH-88120", rcv="01/12/2026",
             px=True, svcs=[S(D(2026, 1, 5), "97166", 1, ("GO",)), S(D(2026, 1, 5), "97140", 2, ("GO",)),
                            S(D(2026, 1, 7), "97110", 2, ("GO",)), S(D(2026, 1, 7), "97760", 1, ("GO",))]),
        dict(cno="STM2601-004980", pat="Ines Vasquez-Hale", prov=pv2, ref="SKR-3307", rcv="01/14/2026",
             px=False, svcs=[S(D(2026, 1, 6), "97165", 1, ("GO",)), S(D(2026, 1, 6), "97530", 2, ("GO",)),
                             S(D(2026, 1, 9), "97530", 2, ("GO",)), S(D(2026, 1, 9), "97533", 1, ("GO",)),
                             S(D(2026, 1, 13), "97530", 3, ("GO",)), S(D(2026, 1, 13), "97535", 1, ("GO", "59"))]),
        dict(cno="STM2601-005233", pat="Dmitri Vasquez-Hale", prov=pv3, ref="CMO-120774", rcv="01/15/2026",
             px=False, svcs=[S(D(2026, 1, 8), "99203", 1, ("25",)), S(D(2026, 1, 8), "73110", 1, ("LT",)),
                             S(D(2026, 1, 8), "L3807", 1, ("LT",)), S(D(2026, 1, 8), "E0190", 1, (), denied="PR")]),
        dict(cno="STM2601-005871", pat="Ines Vasquez-Hale", prov=pv2, ref="SKR-3361", rcv="01/21/2026",
             px=False, svcs=[S(D(2026, 1, 16), "97530", 2, ("GO",)), S(D(2026, 1, 16), "97533", 1, ("GO",)),
                             S(D(2026, 1, 20), "97530", 2, ("GO",)), S(D(2026, 1, 20), "97112", 1, ("GO",)),
                             S(D(2026, 1, 20), "97150", 1, ("GO",))]),
        dict(cno="STM2601-006102", pat="Carmen Vasquez-Hale", prov=pv1, ref="CMH-88166", rcv="01/23/2026",
             px=True, svcs=[S(D(2026, 1, 14), "97140", 2, ("GO",)), S(D(2026, 1, 14), "97110", 2, ("GO",)),
                            S(D(2026, 1, 21), "97140", 1, ("GO",)), S(D(2026, 1, 21), "97530", 2, ("GO",))]),
    ]
    for c in claims:
        for s in c["svcs"]:
            if c["px"]:
                s.denied = "PR"
            commercial(s, st)
            s.rsn = ("PX" if c["px"] else "EX") if s.denied else ""
    cols = [Col("pat", 30, 78), Col("dos", 108, 44), Col("prov", 152, 78), Col("desc", 230, 96),
            Col("cpt", 326, 30), Col("mod", 356, 30), Col("chg", 386, 42, "r"), Col("ppo", 428, 40, "r"),
            Col("inel", 468, 40, "r"), Col("rsn", 508, 22, "c"), Col("elig", 530, 42, "r"),
            Col("ded", 572, 42, "r"), Col("coins", 614, 44, "r"), Col("ben", 658, 42, "r"),
            Col("resp", 700, 62, "r")]
    labels = {"pat": "Patient", "dos": "Service\nDate", "prov": "Provider", "desc": "Description", "cpt": "CPT",
              "mod": "Mod", "chg": "Charges", "ppo": "PPO\nSavings", "inel": "Ineligible", "rsn": "Rsn",
              "elig": "Eligible", "ded": "Deductible", "coins": "Coinsurance", "ben": "Benefit",
              "resp": "Member\nResp."}
    FS = 7.4

    def top():
        pg.text(30, 26, "TRAILHEAD SHORT-TERM MEDICAL", "B", 14)
        pg.text(30, 43, "Underwritten by Granite Summit Life & Health  ·  Administered by Keel Benefit Services", "R", 8)
        pg.text(W - 30, 24, "EXPLANATION OF BENEFITS", "B", 11, "r")
        pg.text(W - 30, 39, "Insured: Dmitri Vasquez-Hale  ·  Certificate TSM-5520-9184  ·  Coverage 11/01/2025 - 10/31/2026",
                "R", 8, "r")
        pg.text(W - 30, 50, "Statement date 01/29/2026  ·  This is not a bill", "R", 8, "r")
        pg.line(30, 60, W - 30, 60, 1.0)
        y = 66
        pg.rect(30, y - 1, W - 60, 21, fill=0.88, stroke=False)
        return y + header_cells(pg, cols, labels, y + 1, FS) + 6

    pg.new_page()
    y = top()
    for c in claims:
        if y + 30 + 10 * len(c["svcs"]) > H - 40:
            pg.text(W / 2, H - 20, f"Page {pg.pages} of 2", "R", 7, "c")
            pg.new_page()
            y = top()
        pg.rect(30, y, W - 60, 12, fill=0.95, stroke=True, lw=0.3)
        pre = ("Pre-existing condition review: completed 01/20/2026 - condition treated within the 12 months before "
               "coverage began" if c["px"] else "Pre-existing condition review: not required")
        pg.text(34, y + 2.5, f"Claim {c['cno']}  ·  Received {c['rcv']}  ·  Patient acct. {c['ref']}  ·  {pre}",
                "B", 7.2)
        y += 15
        for s in c["svcs"]:
            provl = pg.wrap(c["prov"], 75, "R", FS)
            desc = pg.wrap(s.desc, 93, "R", FS)
            vals = {"pat": c["pat"], "dos": dfmt(s.dos, "mdy4"), "prov": provl, "desc": desc, "cpt": s.code,
                    "mod": " ".join(s.mods), "chg": m2(s.billed), "ppo": m2(s.discount), "inel": m2(s.not_covered),
                    "rsn": s.rsn, "elig": m2(s.allowed), "ded": m2(s.deductible), "coins": m2(s.coinsurance),
                    "ben": m2(s.paid), "resp": m2(s.owes)}
            h = draw_cells(pg, cols, vals, y, FS, lead=8.8)
            t = truth_line(pg.pages, s, claim_id=c["ref"], payer_claim_id=c["cno"], patient=c["pat"],
                           printed=("billed", "discount", "not_covered", "allowed", "deductible", "coinsurance",
                                    "paid", "patient_owes"), units=False,
                           remarks=[s.rsn] if s.rsn else [], description=False)
            rec.add(t, band(pg, y, y + h - 1),
                    [vals[k] for k in ("dos", "cpt", "mod", "chg", "ppo", "inel", "rsn", "elig", "ded", "coins",
                                       "ben", "resp")])
            pg.line(30, y + h, W - 30, y + h, 0.2, 0.7)
            y += h + 2
        sv = c["svcs"]
        tv = {"desc": "Claim totals", "chg": m2(total(sv, "billed")), "ppo": m2(total(sv, "discount")),
              "inel": m2(total(sv, "not_covered")), "elig": m2(total(sv, "allowed")),
              "ded": m2(total(sv, "deductible")), "coins": m2(total(sv, "coinsurance")),
              "ben": m2(total(sv, "paid")), "resp": m2(total(sv, "owes"))}
        y += draw_cells(pg, cols, tv, y + 1, FS, "B") + 10
        rec.claims.append(claim_rec(c["ref"], c["cno"], c["pat"],
                                    claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                                 total(sv, "owes"))))
    legend = [("PX", "Pre-existing condition: not covered during the first 12 months of this policy."),
              ("EX", "Item excluded by the policy (comfort and positioning supplies).")]
    pg.text(30, y, "Reason codes:", "B", 7.5)
    for i, (k, v) in enumerate(legend):
        pg.text(90 + i * 330, y, f"{k} - {v}", "R", 7.5)
    pg.text(30, y + 14, "Short-term medical plans are not required to cover pre-existing conditions. Benefits paid to the "
            "provider unless noted.", "I", 7.5)
    pg.text(W / 2, H - 20, f"Page {pg.pages} of 2", "R", 7, "c")
    finish(pg, path, rec, "k08_short_term_medical_eob", "reportlab",
           "Short-term medical plan member EOB with pre-existing-condition review.", legend)


# ================================================================================ k09 cost-estimate follow-up

def k09(out: Path) -> None:
    path = out / "k09_cost_estimate_followup.pdf"
    pg = Page("reportlab", path, LETTER, "dejavuserif")
    rec = DocRec(path.name)
    W, H = LETTER
    st = PlanState(ded_left=Decimal("210.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.80"))
    visits = [
        ("V-4471-22", "Juniper Abernathy-Osei", "NGH-2601-889102", [S(D(2026, 1, 5), "97165", 1, ("GO",)),
                                                                      S(D(2026, 1, 5), "97530", 1, ("GO",))]),
        ("V-4471-35", "Juniper Abernathy-Osei", "NGH-2601-890417", [S(D(2026, 1, 8), "97530", 2, ("GO",)),
                                                                      S(D(2026, 1, 8), "97533", 1, ("GO",),
                                                                        denied="PR")]),
        ("V-4472-08", "Rafe Abernathy-Osei", "NGH-2601-890655", [S(D(2026, 1, 9), "92523", 1, ("GN",))]),
        ("V-4472-41", "Juniper Abernathy-Osei", "NGH-2601-893320", [S(D(2026, 1, 12), "97530", 2, ("GO",)),
                                                                      S(D(2026, 1, 12), "97535", 1, ("GO", "59"))]),
        ("V-4473-02", "Rafe Abernathy-Osei", "NGH-2601-894108", [S(D(2026, 1, 14), "92507", 1, ("GN",)),
                                                                   S(D(2026, 1, 14), "92526", 1, ("GN", "59"))]),
        ("V-4473-27", "Juniper Abernathy-Osei", "NGH-2601-896772", [S(D(2026, 1, 19), "97530", 2, ("GO",)),
                                                                      S(D(2026, 1, 19), "97112", 1, ("GO",))]),
        ("V-4474-10", "Rafe Abernathy-Osei", "NGH-2601-898013", [S(D(2026, 1, 21), "92507", 1, ("GN",))]),
        ("V-4474-36", "Juniper Abernathy-Osei", "NGH-2601-899950", [S(D(2026, 1, 26), "97530", 3, ("GO",)),
                                                                      S(D(2026, 1, 26), "97533", 1, ("GO",),
                                                                        denied="PR")]),
        ("V-4474-52", "Rafe Abernathy-Osei", "NGH-2601-900387", [S(D(2026, 1, 28), "92507", 1, ("GN",)),
                                                                   S(D(2026, 1, 28), "92526", 1, ("GN", "59"))]),
        ("V-4474-70", "Juniper Abernathy-Osei", "NGH-2601-901126", [S(D(2026, 1, 29), "97168", 1, ("GO",)),
                                                                      S(D(2026, 1, 29), "97530", 2, ("GO",)),
                                                                      S(D(2026, 1, 29), "97535", 1, ("GO",))]),
        ("V-4475-13", "Rafe Abernathy-Osei", "NGH-2602-000214", [S(D(2026, 2, 2), "92507", 1, ("GN",))]),
        ("V-4475-31", "Juniper Abernathy-Osei", "NGH-2602-000871", [S(D(2026, 2, 3), "97530", 2, ("GO",)),
                                                                      S(D(2026, 2, 3), "97112", 1, ("GO", "59"))]),
    ]
    for _, _, _, sv in visits:
        for s in sv:
            commercial(s, st)
            if s.denied:
                s.paid, s.discount, s.owes = ZERO, ZERO, s.billed
            s.est = q(s.billed * Decimal("0.18"))
    cols = [Col("date", 36, 46), Col("code", 82, 34), Col("mod", 116, 34), Col("units", 150, 26, "r"),
            Col("svc", 178, 104), Col("billed", 282, 46, "r"), Col("paid", 328, 50, "r"), Col("adj", 378, 50, "r"),
            Col("cost", 428, 50, "r"), Col("est", 478, 48, "r"), Col("diff", 526, 50, "r")]
    labels = {"date": "Date", "code": "Code", "mod": "Mod", "units": "Units", "svc": "Service",
              "billed": "Billed", "paid": "Insurance\npaid", "adj": "Insurance\nadjustment", "cost": "Your\nactual cost",
              "est": "Your\nestimate", "diff": "Difference"}
    FS = 6.9

    def diff(a):
        return ("+" if a > 0 else "") + m2(a) if a >= 0 else "-" + m2(-a)

    def top(first):
        pg.text(36, 30, "Wildflower Children's Therapy", "B", 15)
        pg.text(36, 48, "Occupational, speech and feeding therapy  ·  66 Beacon Row, Halden Park, NC 27514", "R", 8)
        pg.text(W - 36, 30, "Estimate follow-up", "B", 10, "r")
        pg.text(W - 36, 44, "Family account WCT-F-1208", "R", 8, "r")
        pg.line(36, 58, W - 36, 58, 0.8)
        return 68

    def thead(y):
        h = header_cells(pg, cols, labels, y, FS)
        pg.line(36, y + h + 2, W - 36, y + h + 2, 0.5)
        return y + h + 5

    pg.new_page()
    y = top(True)
    pg.text(36, y, "Dear Abena Abernathy-Osei,", "R", 9)
    y += 14
    for ln in pg.wrap("Before your children's therapy started we gave you an estimate of what you would pay for each "
                      "visit. Now that Northgate Health has processed the claims, this statement compares that estimate "
                      "with your actual cost. A positive difference means you pay more than we estimated.",
                      W - 72, "R", 9):
        pg.text(36, y, ln, "R", 9)
        y += 11.5
    y += 8
    y = thead(y)
    for vno, pat, cno, sv in visits:
        if y + 26 + 18 * len(sv) > H - 60:
            pg.text(W / 2, H - 28, f"Page {pg.pages} of 2", "R", 7, "c")
            pg.new_page()
            y = top(False)
            y = thead(y)
        pg.rect(36, y - 1, W - 72, 11, fill=0.92, stroke=False)
        pg.text(40, y + 1, f"Visit {vno}  ·  {pat}  ·  Northgate Health claim {cno}", "B", 7.3)
        y += 13
        for s in sv:
            vals = {"date": dfmt(s.dos, "mdy2"), "code": s.code, "mod": " ".join(s.mods),
                    "units": units_str(s.units), "svc": s.desc, "billed": m2(s.billed), "paid": m2(s.paid),
                    "adj": m2(s.discount), "cost": m2(s.owes), "est": m2(s.est), "diff": diff(s.owes - s.est)}
            h = draw_cells(pg, cols, vals, y, FS, lead=8.3, wrap_keys=("svc",))
            t = truth_line(pg.pages, s, claim_id=vno, payer_claim_id=cno, patient=pat,
                           printed=("billed", "paid", "discount", "patient_owes"), description=False)
            rec.add(t, band(pg, y, y + h - 1), [vals[k] for k in ("date", "code", "mod", "billed", "paid", "adj",
                                                                  "cost")], vals["units"])
            rec.extra_checks.append((f"{vno} billed - paid - adj = cost", s.billed - s.paid - s.discount == s.owes))
            y += h + 1.5
        pg.line(282, y, W - 36, y, 0.3)
        tv = {"svc": "Visit total", "billed": m2(total(sv, "billed")), "paid": m2(total(sv, "paid")),
              "adj": m2(total(sv, "discount")), "cost": m2(total(sv, "owes")),
              "est": m2(sum((s.est for s in sv), ZERO)), "diff": diff(total(sv, "owes") - sum((s.est for s in sv), ZERO))}
        y += draw_cells(pg, cols, tv, y + 1, FS, "B") + 9
        rec.claims.append(claim_rec(vno, cno, pat, claim_totals(total(sv, "billed"), None, total(sv, "paid"),
                                                                total(sv, "owes"))))
    y += 4
    for ln in pg.wrap("Sensory processing sessions (97533) are not covered by Northgate Health, so their full charge "
                      "is your cost; your estimate assumed coverage. Please call our front desk if you would like a "
                      "payment plan. Your deductible for 2026 is now met.", W - 72, "I", 8):
        pg.text(36, y, ln, "I", 8)
        y += 10
    pg.text(W / 2, H - 28, f"Page {pg.pages} of 2", "R", 7, "c")
    finish(pg, path, rec, "k09_cost_estimate_followup", "reportlab",
           "Therapy clinic estimate follow-up statement comparing estimated and actual family cost.")


# ================================================================================ k10 e-mail notification print

def k10(out: Path) -> None:
    path = out / "k10_claims_email_print.pdf"
    pg = Page("fpdf2", path, LETTER, "libsans")
    rec = DocRec(path.name)
    W, H = LETTER
    st = PlanState(ded_left=Decimal("95.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    claims = [
        ("0126-77A41Q", "Eli Marchetti-Kwan", "Harbor Lane Speech Therapy",
         [S(D(2026, 1, 5), "92523"), S(D(2026, 1, 7), "92507"), S(D(2026, 1, 12), "92507")]),
        ("0126-77B09T", "Noor Marchetti-Kwan", "Seabright Occupational Therapy",
         [S(D(2026, 1, 6), "97165"), S(D(2026, 1, 6), "97530", 2), S(D(2026, 1, 13), "97530", 2),
          S(D(2026, 1, 13), "97533", 1, denied="PR"), S(D(2026, 1, 20), "97530", 2), S(D(2026, 1, 20), "97535")]),
        ("0126-78C55M", "Marisol Marchetti-Kwan", "Seabright Occupational Therapy",
         [S(D(2026, 1, 8), "97168"), S(D(2026, 1, 8), "97140", 2), S(D(2026, 1, 8), "L3807")]),
        ("0126-78D17K", "Eli Marchetti-Kwan", "Harbor Lane Speech Therapy",
         [S(D(2026, 1, 14), "92507"), S(D(2026, 1, 19), "92507"), S(D(2026, 1, 21), "92507"),
          S(D(2026, 1, 21), "92526", 1, denied="CO")]),
        ("0126-79E80R", "Noor Marchetti-Kwan", "Seabright Occupational Therapy",
         [S(D(2026, 1, 22), "97530", 2), S(D(2026, 1, 22), "97112"), S(D(2026, 1, 27), "97530", 3)]),
        ("0126-80F23H", "Marisol Marchetti-Kwan", "Seabright Occupational Therapy",
         [S(D(2026, 1, 15), "97140", 2), S(D(2026, 1, 15), "97110", 2), S(D(2026, 1, 22), "97140", 1),
          S(D(2026, 1, 22), "97110", 2), S(D(2026, 1, 22), "G0283", 1, denied="PR")]),
        ("0126-81G66W", "Eli Marchetti-Kwan", "Harbor Lane Speech Therapy",
         [S(D(2026, 1, 26), "92507"), S(D(2026, 1, 28), "92507"), S(D(2026, 1, 28), "92610")]),
    ]
    for _, _, _, sv in claims:
        for s in sv:
            commercial(s, st)
            if s.denied == "CO":
                s.owes = ZERO
    cols = [Col("date", 48, 62), Col("what", 110, 200), Col("code", 310, 50), Col("billed", 360, 64, "r"),
            Col("paid", 424, 64, "r"), Col("owes", 488, 76, "r")]
    labels = {"date": "Service date", "what": "What you got", "code": "Code", "billed": "Billed",
              "paid": "Plan paid", "owes": "You may owe"}
    FS = 8.6

    def chrome():
        pg.text(30, 14, "1/27/26, 9:41 AM", "R", 7, gray=0.35)
        pg.text(W / 2, 14, "Mail - marisol.kwan@example.net", "R", 7, "c", gray=0.35)
        pg.text(W - 30, H - 18, f"{pg.pages}/2", "R", 7, "r", gray=0.35)
        pg.text(30, H - 18, "https://mail.example.net/inbox/id/AAQkADcz8f1e", "R", 7, gray=0.35)

    pg.new_page()
    chrome()
    y = 34
    pg.text(30, y, "Your Tidewater claims were processed", "B", 14)
    y += 24
    for a, b in (("From:", "Tidewater Health Plan <claims-noreply@tidewaterhealth.example>"),
                 ("Sent:", "Tuesday, January 27, 2026 7:02 AM"), ("To:", "marisol.kwan@example.net"),
                 ("Subject:", "Your Tidewater claims were processed")):
        pg.text(30, y, a, "B", 8.5)
        pg.text(80, y, b, "R", 8.5)
        y += 11
    pg.line(30, y + 3, W - 30, y + 3, 0.5, 0.6)
    y += 14
    pg.rect(48, y, W - 96, 26, fill=0.2, stroke=False)
    pg.text(58, y + 8, "TIDEWATER HEALTH PLAN", "B", 11, gray=1.0)
    y += 38
    for ln in ("Hi Marisol,", "",
               f"We finished processing {len(claims)} claims for your family. Here is a quick look at each one. Your full",
               "Explanation of Benefits is in your member account (member ID TWH-6620-4471-03).",
               "This is not a bill. Your providers may send you a bill for the amount you may owe."):
        pg.text(48, y, ln, "R", 9)
        y += 12
    y += 8
    for cno, pat, prov, sv in claims:
        if y + 48 + 12 * len(sv) > H - 40:
            pg.new_page()
            chrome()
            y = 36
        pg.text(48, y, f"{pat}  |  Claim # {cno}  |  {prov}", "B", 9)
        y += 14
        pg.rect(48, y - 2, W - 96, 13, fill=0.93, stroke=False)
        y += header_cells(pg, cols, labels, y, FS - 0.4) + 3
        for s in sv:
            vals = {"date": dfmt(s.dos, "mdyn"), "what": s.desc, "code": s.code, "billed": md(s.billed),
                    "paid": md(s.paid), "owes": md(s.owes)}
            h = draw_cells(pg, cols, vals, y, FS, lead=10.4, wrap_keys=("what",))
            t = truth_line(pg.pages, s, claim_id=None, payer_claim_id=cno, patient=pat,
                           printed=("billed", "paid", "patient_owes"), units=False, modifiers=False,
                           description=False)
            rec.add(t, band(pg, y, y + h - 1), [vals[k] for k in ("date", "code", "billed", "paid", "owes")])
            pg.line(48, y + h, W - 48, y + h, 0.3, 0.8)
            y += h + 2
        tv = {"what": "Total", "billed": md(total(sv, "billed")), "paid": md(total(sv, "paid")),
              "owes": md(total(sv, "owes"))}
        y += draw_cells(pg, cols, tv, y + 1, FS, "B") + 16
        rec.claims.append(claim_rec(None, cno, pat, claim_totals(total(sv, "billed"), None, total(sv, "paid"),
                                                                 total(sv, "owes"))))
    for ln in ("Questions? Reply is not monitored. Call Member Services at 1-877-555-0163 (TTY 711).",
               "Tidewater Health Plan, 900 Channel Street, Port Avery, VA 23510"):
        pg.text(48, y, ln, "I", 8)
        y += 11
    finish(pg, path, rec, "k10_claims_email_print", "fpdf2",
           "Insurer claims-processed e-mail printed from a webmail client, one small table per claim.")


# ================================================================================ main

LAYOUTS = (k01, k02, k03, k04, k05, k06, k07, k08, k09, k10)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout21_"))
    out = out.resolve()
    if (HERE.parents[1] / "samples").resolve() in (out, *out.parents):
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    DOCS.clear()
    for fn in LAYOUTS:
        fn(out)
    nlines = sum(len(r.lines) for _, r in DOCS)
    import json
    npages = sum(json.loads(Path(str(p) + ".truth.json").read_text())["pages"] for p, _ in DOCS)
    print(f"wrote {len(DOCS)} PDFs ({nlines} service lines, {npages} pages) to {out}")
    if not check:
        return 0
    bad = 0
    for p, rec in DOCS:
        errs = check_doc(p, rec)
        status = "ok" if not errs else f"{len(errs)} problem(s)"
        print(f"  {p.name}: {len(rec.lines)} lines, {status}")
        for e in errs[:12]:
            print("     -", e)
        bad += bool(errs)
    print("CHECK PASSED" if not bad else f"CHECK FAILED in {bad} file(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
