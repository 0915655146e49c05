"""Write the THIRTEENTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader on document kinds nobody developing it has seen. This set is documents
PRINTED BY SOFTWARE OTHER THAN THE PAYER'S: practice-management, EMR, revenue-cycle, clearinghouse, accounting,
spreadsheet, benefit-account, advocacy and law-firm software that re-prints what the payer decided.
(bench/heldout/ .. heldout11/ came earlier and may have been looked at while the reader was developed.)

Run:  python bench/heldout13/make_heldout13_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout13/make_heldout13_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; files are <name>.pdf.truth.json), printed values
only, null for what a layout does not print (units too); description is null throughout. claim_id = the
provider's own account / visit / patient-control number printed with the claim, payer_claim_id = the payer's
claim number / ICN as printed, patient = the person who got the service, exactly as printed (not the guarantor,
account holder, insured or member). Where From and To are printed per line, service_end is the To date.
Every name, number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic
output (reportlab invariant=1, fpdf2 fixed creation date, no randomness). Fonts: DejaVu / Liberation TrueType
when installed, else the PDF core fonts. Drawing helpers, the truth collector and the self-check live in
bench/heldout13/h13kit.py.

Layouts:
  l01 practice-management PATIENT ACCOUNT LEDGER for a guarantor with two children, landscape DejaVu Sans
      Condensed: visit heading rows, each charge row (Code / Mod / Units / Charges) followed by posting sub-rows
      INSPMT (payer EFT + ICN in the wording, Payments column), INSADJ "CO-45 contractual" (Adjustments column),
      XFER "To patient responsibility PR-2 22.80" (no amount column), guarantor payments without a code, running
      Balance, posting dates beside DOS 01/05/26, a CO-197 zero-pay line, page 2 under a repeated header (reportlab)
  l02 revenue-cycle DENIAL WORK QUEUE, landscape Liberation Sans Narrow, shaded alternate rows: Acct # / Patient /
      Payer / Payer Claim # on every row, DOS 01/06/2026, CPT / Mod / Units "2.00" / Billed / Paid / Denied /
      Grp-CARC / RARC / Age / Owner / wrapped Next Step note, full denials and partial cuts (paid > 0), payer
      subtotals of denied dollars, header repeated on page 2 (fpdf2)
  l03 therapy EMR "PAYMENTS BY CPT CODE - Detail", portrait core Helvetica: the code is printed ONLY in the shaded
      group heading ("CPT 97530 Therapeutic activities"), rows Patient / Acct / DOS / Payer / Payer Claim # / Mod /
      Units / Charge / Allowed / Paid / Adjust. (uncoded write-off) / Pt Resp, one claim's lines spread over several
      code groups, CO/CQ assistant modifiers, Medicaid and Medicare Advantage copay lines, code subtotals (reportlab)
  l04 HSA/HRA administrator REIMBURSEMENT STATEMENT to the account holder (patients are dependants), portrait
      Liberation Serif, shaded left SIDEBAR with balances, one boxed block per insurance claim ("Insurance claim
      no." / "Provider account no."), wording "Therapeutic exercises (97110-GP, 3 units)" wrapping to 2 text lines,
      "Jan 7, 2026", Amount billed / Plan paid / Your responsibility / Reimbursed, claim totals; PLANTED claim-total
      mismatch (reportlab)
  l05 clearinghouse CLAIM STATUS (276/277) batch report, DejaVu Sans Mono: 3-line claim headings (PAT CTRL#, PAYER
      CLAIM#, STATUS F1:65 / F2:88 / F3:107 / P1:20, CHECK/EFT#, CLAIM BILLED / CLAIM PAID), line rows LN / LINE
      CTRL# / SVC DATE 20260112 / PROC / MODS / UNITS / BILLED / PAID / STC, a pending claim with no paid amounts,
      patient "KESSLER, AMOS" in capitals, 3 pages (fpdf2)
  l06 a clinic's payment-tracking WORKBOOK PRINTED TO PDF, landscape Liberation Sans: gridlines, column letters and
      row numbers printed, title row repeated on page 2, wrapped Payer / Notes cells making tall rows with the other
      cells bottom-aligned, 1/5/2026 dates, "$190.00" and "($190.00)", Adj Code + Adj Amt (CO-45, CO-197, PR-96 with
      no amount), a reversal of a paid line and its corrected re-payment, TOTAL row (fpdf2)
  l07 practice-management PRIMARY PAYER ADJUDICATION attachment for a secondary claim, portrait core Helvetica:
      boxed claim headings (Patient vs Insured, Patient control no., Primary ICN), Ln / From / To / Proc /
      Modifiers "GP KX 59" / Units "2.00" / Charge / Allowed / Paid / Grp / CARC / Adj Amt / Remark / Pt Resp,
      further adjustments STACKED on sub-rows (PR-1, PR-2, CO-253), a CO-50 denial, claim totals; Medicare and
      commercial primaries (reportlab)
  l08 small-business ACCOUNTING software "Deposit Detail", portrait DejaVu Sans: deposits per payer EFT, each split
      row has the deposit date, the patient and a typed MEMO "DOS 01/05/26 97140-GP x2 clm 7702119904 acct FB-2231"
      (date, code, modifiers, units and ids only there), amount received only, a RECOUP split with a negative
      amount, interest and copay splits without a code, deposit totals (fpdf2)
  l09 patient-ADVOCACY service "Claims Review Summary" for a member's family, portrait DejaVu Sans: two-column
      overview box, one bordered card per claim, "What was done" wording with "(CPT 97112-GO-59)" wrapping,
      Units, Provider billed / Insurer allowed / Insurer paid / You owe / Our check, flagged lines with an
      italic finding on a second text line, dates "05 Jan 2026", card totals (reportlab)
  l10 personal-injury LAW FIRM case software "Itemized Medical Specials", portrait Liberation Serif: one shaded
      section per provider bill (provider acct #, insurer claim #), DOS / CPT/HCPCS "97110-GP" / two-line
      description / Billed / Health Ins. Paid / Ins. Adj. (uncoded write-off) / Pt. Resp. / Balance, no units,
      2025 and 2026 dates, section totals and a grand total (fpdf2)

Truth decisions worth knowing: l01's XFER rows print "PR-2 22.80" in the wording: kept as adjustments with their
amounts, patient_owes null (no such column); l01/l03/l06/l10 claim_id is the visit number (l01) or the patient
account number the row prints (l03/l06/l10); l02 and l06 print one Adj/Denied code per row: a partial cut line's
truth has only that printed adjustment; l03's and l10's uncoded write-off column is the truth discount; l04's
"Reimbursed" and l10's "Balance" are not truth fields, l04's payer_claim_id is the insurer's claim number (the
administrator prints no number of its own per claim); l05's pending claim has paid null; l08 prints only the
amount received (paid), the recoupment is paid -38.40-style negative, its patient is the split's Name.

The self-check (--check) tests the factory, not the reader: the generator keeps the vertical band of each service
row (with its stacked sub-rows, wrapped text lines or posting rows); the check reads each PDF's text layer with
pdfplumber and finds every truth code (l03: in its group heading), modifier, units value, date, amount,
adjustment code and amount, and remark INSIDE that band in the layout's own formats; ids and patients in the
text; page counts, and every "Page n of N" footer agrees; the documents' own arithmetic (billed - adjustments =
paid where every adjustment is printed with its amount; paid + write-off + patient share (+ coded adjustments) =
billed; allowed - paid = you owe); claim totals are printed and equal the sum of their lines, unless the
mismatch is the planted expected finding, which must really differ.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "samples" / "pdf"))  # eobgen, the sample factory's helpers

import eobgen  # noqa: E402
import h13kit  # noqa: E402
from eobgen import ZERO, PlanState, Svc, commercial, dfmt, medicaid, medicare, money, negate, total  # noqa: E402
from h13kit import Doc, Truth, row  # noqa: E402

# Codes the shared fee schedule lacks (added for this process only; invented amounts).
for _c, _fee, _sch, _desc in (
    ("97533", "98.00", "38.12", "Sensory integration activities"),
    ("97162", "230.00", "101.12", "PT evaluation, moderate complexity"),
    ("97763", "115.00", "44.30", "Orthotic/prosthetic follow-up training"),
    ("99214", "215.00", "121.70", "Office visit, established, moderate"),
    ("92610", "185.00", "74.90", "Swallowing function evaluation"),
    ("97018", "40.00", "7.12", "Paraffin bath"),
    ("E0731", "68.00", "39.20", "Conductive garment for TENS"),
):
    eobgen.FEE.setdefault(_c, _fee)
    eobgen.SCHED.setdefault(_c, _sch)
    eobgen.DESC.setdefault(_c, _desc)

D = date


def S(dos: date, code: str, units, mods=(), denied=None, desc="") -> Svc:
    return Svc(dos, code, Decimal(str(units)), tuple(mods), desc=desc, denied=denied)


def m_plain(d):  # 1,234.50 / -45.00
    return money(d, ",", "-")


def m_dollar(d):
    return money(d, "$", "-")


def m_paren(d):
    return money(d, "$", "()")


def u_int(u):
    return eobgen.units_str(u)


def u_2dp(u):
    return f"{u:.2f}"


# =========================================================================================== l01
def l01_pm_ledger(out: Path, reg: dict) -> None:
    """Practice-management PATIENT ACCOUNT LEDGER (reportlab, landscape, DejaVu Sans Condensed)."""
    name = "l01_pm_patient_ledger"
    pdf = out / f"{name}.pdf"
    d = Doc(pdf, "reportlab", landscape=True, title="Patient Account Ledger", creator="TheraLedger PM 9.4")
    tr = Truth(name, "reportlab", "Practice-management patient account ledger for a guarantor with two children: "
               "charge rows with posting sub-rows (insurance payment with ICN, contractual adjustment with code, "
               "transfer to patient responsibility), patient payments, running balance; two pages.",
               money=m_plain, date=lambda x: dfmt(x, "mdy2"), units=u_int, identities=("adj",),
               legend=[("INSPMT", "Insurance payment"), ("INSADJ", "Insurance adjustment"),
                       ("XFER", "Balance moved to patient responsibility"), ("PTPMT", "Patient payment")])
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.80"))
    visits = [
        ("V26-00311", "Dunmore, Theo", "2601BW0077140", D(2026, 1, 28), "88120431",
         [S(D(2026, 1, 5), "97165", 1, ["GO"]), S(D(2026, 1, 5), "97530", 2, ["GO"])]),
        ("V26-00349", "Dunmore, Pip", "2601BW0081922", D(2026, 1, 28), "88120431",
         [S(D(2026, 1, 8), "92523", 1, ["GN"]), S(D(2026, 1, 8), "92507", 1, ["GN"])]),
        ("V26-00402", "Dunmore, Theo", "2602BW0003317", D(2026, 2, 4), "88124096",
         [S(D(2026, 1, 12), "97530", 3, ["GO"]), S(D(2026, 1, 12), "97533", 1, ["GO"], denied="CO"),
          S(D(2026, 1, 12), "97110", 1, ["GO", "59"])]),
        ("V26-00437", "Dunmore, Pip", "2602BW0004580", D(2026, 2, 4), "88124096",
         [S(D(2026, 1, 15), "92507", 1, ["GN"])]),
        ("V26-00466", "Dunmore, Theo", "2602BW0006021", D(2026, 2, 11), "88127733",
         [S(D(2026, 1, 19), "97530", 2, ["GO"]), S(D(2026, 1, 19), "97112", 1, ["GO"])]),
    ]
    for v in visits:
        for s in v[5]:
            commercial(s, st, deny_reason="197")
    cols = [(28, 40, "l"), (72, 40, "l"), (116, 78, "l"), (198, 34, "l"), (234, 30, "l"), (266, 30, "l"),
            (298, 18, "r"), (324, 250, "l"), (578, 48, "r"), (630, 48, "r"), (682, 48, "r"), (734, 48, "r")]
    heads = ["Post Date", "DOS", "Patient", "Txn", "Code", "Mod", "Units", "Description", "Charges", "Payments",
             "Adjustments", "Balance"]

    def page_head(cont: bool) -> float:
        d.font("dejavucond", 13, True)
        d.text(28, 40, "Harborline Pediatric Therapy")
        d.font("dejavucond", 8)
        d.text(28, 52, "2210 Quarry Bend Rd, Suite 4  ·  Ashcombe, OR 97390  ·  (541) 555-0187")
        d.font("dejavucond", 12, True)
        d.text(764, 40, "Patient Account Ledger" + (" (continued)" if cont else ""), "r")
        d.font("dejavucond", 8)
        d.text(764, 52, "Report date 02/12/2026 08:14  ·  User: mkrall", "r")
        d.rect(28, 60, 736, 30, fill=0.93, stroke=False)
        d.font("dejavucond", 8)
        d.text(34, 72, "Guarantor: Dunmore, Celeste")
        d.text(34, 84, "Account #: 100482")
        d.text(250, 72, "Primary ins.: Brightwater Health Plan  (Member ID BWH-558102-01)")
        d.text(250, 84, "Patients on account: Dunmore, Theo (DOB 03/14/2019)  ·  Dunmore, Pip (DOB 09/02/2021)")
        d.text(640, 72, "Date range: 01/01/2026 - 02/12/2026")
        d.text(640, 84, "Sort: date of service")
        d.font("dejavucond", 7.5, True)
        row(d, cols, 104, heads)
        d.hline(28, 764, 108, 0.8)
        d.font("dejavucond", 7.5)
        return 120

    y = page_head(False)
    bal = ZERO
    d.text(324, y, "Balance forward")
    d.text(782, y, m_plain(bal), "r")
    y += 13
    lead = 10.0
    for vi, (visit, pat, icn, paydate, eft, svcs) in enumerate(visits):
        need = 12 + lead * 4 * len(svcs)
        if y + need > 560:
            d.font("dejavucond", 7)
            d.text(28, 590, "TheraLedger PM  ·  ledger_detail.rpt  ·  Printed by mkrall", gray=0.3)
            d.text(764, 590, f"Page {d.page} of 2", "r", gray=0.3)
            d.new_page()
            y = page_head(True)
        d.font("dejavucond", 7.5, True)
        d.text(28, y, f"Visit {visit}   {pat}   claim sent {dfmt(svcs[0].dos.replace(day=svcs[0].dos.day + 2), 'mdy2')}"
                      f" to Brightwater Health Plan")
        d.font("dejavucond", 7.5)
        y += 11
        for s in svcs:
            top = y - d.size
            bal += s.billed
            row(d, cols, y, [dfmt(s.dos.replace(day=s.dos.day + 2), "mdy2"), dfmt(s.dos, "mdy2"), pat, "CHG",
                             s.code, " ".join(s.mods), eobgen.units_str(s.units), s.desc, m_plain(s.billed), "", "",
                             m_plain(bal)])
            y += lead
            adjs = []
            bal -= s.paid
            row(d, cols, y, [dfmt(paydate, "mdy2"), dfmt(s.dos, "mdy2"), pat, "INSPMT", "", "", "",
                             f"Brightwater Health Plan  EFT {eft}  ICN {icn}", "", m_plain(s.paid), "", m_plain(bal)])
            y += lead
            for g, rc, a in s.adjs:
                if g == "CO":
                    bal -= a
                    why = "contractual" if rc == "45" else "no authorization on file"
                    row(d, cols, y, [dfmt(paydate, "mdy2"), dfmt(s.dos, "mdy2"), pat, "INSADJ", "", "", "",
                                     f"{g}-{rc} {why}", "", "", m_plain(a), m_plain(bal)])
                else:
                    row(d, cols, y, [dfmt(paydate, "mdy2"), dfmt(s.dos, "mdy2"), pat, "XFER", "", "", "",
                                     f"To patient responsibility {g}-{rc} {m_plain(a)}", "", "", "", m_plain(bal)])
                adjs.append((g, rc, a))
                y += lead
            tr.add(d.page, (top, y - lead + 2.6), s, claim_id=visit, payer_claim_id=icn, patient=pat,
                   printed=("billed", "paid"), adjustments=adjs, all_adjs=True)
        if vi in (0, 2):
            pp = Decimal("25.00") if vi == 0 else Decimal("40.00")
            bal -= pp
            row(d, cols, y, ["02/06/26" if vi == 0 else "02/10/26", "", "Dunmore, Celeste", "PTPMT", "", "", "",
                             "Guarantor payment  Visa ending 4417", "", m_plain(pp), "", m_plain(bal)])
            y += lead
        y += 5
        tr.claim(visit, icn, pat)
    d.hline(28, 764, y, 0.8)
    y += 12
    d.font("dejavucond", 8, True)
    d.text(324, y, "Account balance")
    d.text(782, y, m_plain(bal), "r")
    y += 12
    d.font("dejavucond", 7.5)
    d.text(324, y, "Insurance pending 0.00   ·   Patient balance " + m_plain(bal))
    d.font("dejavucond", 7)
    d.text(28, 590, "TheraLedger PM  ·  ledger_detail.rpt  ·  Printed by mkrall", gray=0.3)
    d.text(764, 590, f"Page {d.page} of 2", "r", gray=0.3)
    pages = d.save()
    tr.write(pdf, pages, reg)


# =========================================================================================== l02
def l02_denial_worklist(out: Path, reg: dict) -> None:
    name = "l02_denial_workqueue"
    pdf = out / f"{name}.pdf"
    d = Doc(pdf, "fpdf2", landscape=True, title="Denial Work Queue", creator="ClaimPilot RCM")
    tr = Truth(name, "fpdf2", "Revenue-cycle software denial work queue: one row per denied or cut service "
               "line, account, patient, payer and payer claim # on every row, Grp-CARC and RARC columns, age, "
               "owner and a wrapped next-step note, header repeated on page 2, payer subtotals of denied dollars.",
               money=m_plain, date=lambda x: dfmt(x, "mdy4"), units=u_2dp, identities=("adj",))
    items = []  # (acct, patient, payer, pclaim, svc, paid, denied_amt, grp, carc, rarc, age, owner, note)

    def full(acct, pat, payer, pcl, s, grp, carc, rarc, age, owner, note):
        s.paid = ZERO
        items.append((acct, pat, payer, pcl, s, ZERO, s.billed, grp, carc, rarc, age, owner, note))

    def part(acct, pat, payer, pcl, s, paid, cut, grp, carc, rarc, age, owner, note):
        s.paid = Decimal(paid)
        items.append((acct, pat, payer, pcl, s, s.paid, Decimal(cut), grp, carc, rarc, age, owner, note))

    full("PT-40871", "Ramsey, Ingrid", "Summit Ridge Health", "SRH26011400562", S(D(2026, 1, 6), "97162", 1, ["GP"]),
         "CO", "197", "N54", 38, "jtorres", "Request retro auth; portal case opened 02/03, call back 02/17")
    full("PT-40871", "Ramsey, Ingrid", "Summit Ridge Health", "SRH26011400562", S(D(2026, 1, 6), "97110", 2, ["GP"]),
         "CO", "197", "N54", 38, "jtorres", "Same auth issue as eval line")
    part("PT-40902", "Obi, Chinonso", "Medicaid - Fee for Service", "2026013008812", S(D(2026, 1, 13), "97530", 4, ["GO"]),
         "110.55", "95.00", "CO", "151", "M86", 29, "bsalas", "Units over daily limit; review note for 4th unit, "
         "consider appeal with timed minutes")
    full("PT-40902", "Obi, Chinonso", "Medicaid - Fee for Service", "2026013008813", S(D(2026, 1, 13), "97535", 1, ["GO", "59"]),
         "CO", "97", "M15", 29, "bsalas", "Bundled with 97530; check NCCI edit and resubmit with 59 documentation")
    full("PT-40933", "Lindahl, Marit", "Keel & Anchor Mutual", "KA-7739021-01", S(D(2026, 1, 9), "92507", 1, ["GN"]),
         "PR", "96", "N130", 34, "jtorres", "Plan excludes speech tx for this diagnosis; bill patient per waiver on file")
    full("PT-40933", "Lindahl, Marit", "Keel & Anchor Mutual", "KA-7739021-01", S(D(2026, 1, 9), "92610", 1, []),
         "PR", "96", "N130", 34, "jtorres", "Same as above")
    full("PT-40955", "Varga, Tamas", "Summit Ridge Health", "SRH26012000417", S(D(2026, 1, 16), "97140", 2, ["GP", "59"]),
         "CO", "16", "MA130", 24, "dnguyen", "Missing referring NPI; correct claim and resend as frequency 7")
    full("PT-40955", "Varga, Tamas", "Summit Ridge Health", "SRH26012000417", S(D(2026, 1, 16), "97112", 1, ["GP", "KX"]),
         "CO", "16", "MA130", 24, "dnguyen", "Corrected with line above")
    full("PT-41007", "Castellane, Odile", "Medicare Part B", "22026027031140", S(D(2026, 1, 21), "97110", 3, ["GO", "KX"]),
         "CO", "50", "N386", 17, "bsalas", "Medical necessity; attach progress note and plan of care signature")
    part("PT-41019", "Pruitt, Desmond", "Keel & Anchor Mutual", "KA-7741188-01", S(D(2026, 1, 22), "97110", 3, ["GP"]),
         "96.80", "80.00", "CO", "119", "N362", 16, "dnguyen", "Visit maximum reached; check secondary coverage")
    full("PT-41044", "Hollis, June", "Medicaid - Fee for Service", "2026020401177", S(D(2026, 1, 26), "97166", 1, ["GO"]),
         "CO", "29", "", 12, "jtorres", "Timely filing; proof of original submission 01/27 in clearinghouse log")
    full("PT-41044", "Hollis, June", "Medicaid - Fee for Service", "2026020401177", S(D(2026, 1, 26), "97530", 2, ["GO"]),
         "CO", "29", "", 12, "jtorres", "Same as eval")
    part("PT-41061", "Ramsey, Ingrid", "Summit Ridge Health", "SRH26020600109", S(D(2026, 1, 27), "97530", 3, ["GP"]),
         "152.00", "57.00", "CO", "45", "", 9, "unassigned", "Underpaid vs contract rate 76.00/unit; open payer dispute")
    full("PT-41088", "Abernathy, Cole", "Bluegrass Trust Plan", "BTP-26-0044718", S(D(2026, 2, 2), "97168", 1, ["GO"]),
         "CO", "18", "N522", 4, "unassigned", "Duplicate of claim BTP-26-0041102; verify and close")
    full("PT-41088", "Abernathy, Cole", "Bluegrass Trust Plan", "BTP-26-0044718", S(D(2026, 2, 2), "G0283", 1, ["GO"]),
         "CO", "18", "N522", 4, "unassigned", "Duplicate")
    more = [("PT-41102", "Sandoval, Renata", "Summit Ridge Health", "SRH26020900734", D(2026, 2, 3), "97530", 2,
             ["GO"], "CO", "197", "N54", 3, "jtorres", "Auth expired 01/31; extension requested"),
            ("PT-41102", "Sandoval, Renata", "Summit Ridge Health", "SRH26020900734", D(2026, 2, 3), "97140", 1,
             ["GO", "59"], "CO", "197", "N54", 3, "jtorres", "Same auth"),
            ("PT-41117", "Whitlock, Amos", "Medicare Part B", "22026035014472", D(2026, 2, 4), "97116", 2,
             ["GP", "CQ"], "CO", "185", "N290", 2, "bsalas", "Assistant supervision modifier questioned; confirm "
             "PTA supervision log and rebill"),
            ("PT-41120", "Faye, Mireille", "Bluegrass Trust Plan", "BTP-26-0045560", D(2026, 2, 4), "92507", 1,
             ["GN"], "CO", "11", "M76", 2, "dnguyen", "Diagnosis does not support procedure; coder review"),
            ("PT-41120", "Faye, Mireille", "Bluegrass Trust Plan", "BTP-26-0045560", D(2026, 2, 4), "92526", 1,
             ["GN"], "CO", "11", "M76", 2, "dnguyen", "Coder review with 92507"),
            ("PT-41133", "Obi, Chinonso", "Medicaid - Fee for Service", "2026020902264", D(2026, 2, 5), "97530", 3,
             ["GO"], "CO", "B7", "N570", 1, "unassigned", "Rendering therapist not enrolled with state plan on DOS; "
             "enrollment pending"),
            ("PT-41133", "Obi, Chinonso", "Medicaid - Fee for Service", "2026020902264", D(2026, 2, 5), "97112", 1,
             ["GO"], "CO", "B7", "N570", 1, "unassigned", "Same"),
            ("PT-41140", "Lindahl, Marit", "Keel & Anchor Mutual", "KA-7752004-01", D(2026, 2, 6), "97110", 2,
             ["GP"], "PR", "27", "", 1, "dnguyen", "Coverage terminated 01/31; ask family for new insurance card")]
    for acct, pat, payer, pcl, dos, code, u, mods, grp, carc, rarc, age, owner, note in more:
        full(acct, pat, payer, pcl, S(dos, code, u, mods), grp, carc, rarc, age, owner, note)
    cols = [(22, 40, "l"), (64, 66, "l"), (132, 84, "l"), (218, 64, "l"), (284, 42, "l"), (328, 26, "l"),
            (354, 28, "l"), (384, 22, "r"), (410, 38, "r"), (452, 38, "r"), (494, 38, "r"), (536, 34, "l"),
            (572, 30, "l"), (604, 18, "r"), (628, 40, "l"), (670, 102, "l")]
    heads = ["Acct #", "Patient", "Payer", "Payer Claim #", "DOS", "CPT", "Mod", "Units", "Billed", "Paid",
             "Denied", "Grp-CARC", "RARC", "Age", "Owner", "Next Step"]

    def head(pg: int) -> float:
        d.font("libnarrow", 12, True)
        d.text(22, 34, "Denial Work Queue  -  Open Items")
        d.font("libnarrow", 8)
        d.text(22, 46, "Practice: Larkspur Rehab Partners (TIN xx-xxx4471)   Filters: Status = Open, In Progress;  "
               "Denial date 01/01/2026 - 02/13/2026;  Sort: Age (desc)")
        d.text(770, 34, "ClaimPilot RCM", "r")
        d.text(770, 46, "Run 02/13/2026 07:02 AM", "r")
        d.rect(22, 54, 750, 14, fill=0.85, stroke=False)
        d.font("libnarrow", 7.5, True)
        row(d, cols, 64, heads)
        d.font("libnarrow", 7.5)
        return 80

    def foot(pg: int) -> None:
        d.font("libnarrow", 7)
        d.text(22, 596, "Confidential - contains PHI. For internal follow-up only.", gray=0.35)
        d.text(770, 596, f"Page {pg} of 2", "r", gray=0.35)

    y = head(1)
    sub: dict = {}
    for i, (acct, pat, payer, pcl, s, paid, den, grp, carc, rarc, age, owner, note) in enumerate(items):
        d.font("libnarrow", 7.5)
        note_l = d.wrap(note, 100)
        h = len(note_l) * 9 + 5
        if y + h > 560:
            foot(d.page)
            d.new_page()
            y = head(d.page)
        if i % 2 == 1:
            d.rect(22, y - 8.5, 750, h, fill=0.95, stroke=False)
        top, bot, last = row(d, cols, y, [acct, pat, payer, pcl, dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                                          f"{s.units:.2f}", m_plain(s.billed), m_plain(paid), m_plain(den),
                                          f"{grp}-{carc}", rarc, str(age), owner, note_l], lead=9)
        tr.add(d.page, (top, bot), s, claim_id=acct, payer_claim_id=pcl, patient=pat, printed=("billed", "paid"),
               adjustments=[(grp, carc, den)], remarks=[rarc] if rarc else [], all_adjs=(paid == 0))
        sub.setdefault(payer, ZERO)
        sub[payer] += den
        y = last + 14
        if not any(c["payer_claim_id"] == pcl and c["claim_id"] == acct for c in tr.claims):
            tr.claim(acct, pcl, pat)
    d.hline(22, 772, y - 6, 0.6)
    d.font("libnarrow", 8, True)
    d.text(22, y + 6, "Denied dollars by payer")
    d.font("libnarrow", 8)
    for p, v in sorted(sub.items()):
        y += 11
        d.text(40, y + 6, p)
        d.text(260, y + 6, m_plain(v), "r")
    y += 11
    d.font("libnarrow", 8, True)
    d.text(40, y + 6, f"Open items: {len(items)}")
    d.text(260, y + 6, m_plain(sum(sub.values(), ZERO)), "r")
    foot(d.page)
    pages = d.save()
    tr.write(pdf, pages, reg)


# =========================================================================================== l03
def l03_payments_by_cpt(out: Path, reg: dict) -> None:
    name = "l03_emr_payments_by_cpt"
    pdf = out / f"{name}.pdf"
    d = Doc(pdf, "reportlab", title="Payments by CPT Code", creator="OTNexus EMR Reports")
    tr = Truth(name, "reportlab", "Therapy EMR 'Payments by CPT Code - Detail' report: the code is printed only "
               "in the group heading above its rows, rows carry patient, account, DOS, payer, payer claim #, "
               "modifiers, units, charge, allowed, paid, uncoded write-off and patient responsibility; the same "
               "claim's lines fall under different code groups; code subtotals; three pages.",
               money=m_plain, date=lambda x: dfmt(x, "mdy4"), units=u_int, identities=("billed_split",))
    plans = {"Tidewater Commercial PPO": PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.20"),
                                                   allowed_rate=Decimal("0.74")),
             "Ridgeback Medicare Adv.": PlanState(ded_left=Decimal("0"), visit_copay=Decimal("20.00"),
                                                  allowed_rate=Decimal("0.55")),
             "State Medicaid": None}
    claims = [
        ("Pellegrino, Nora", "A-22107", "Tidewater Commercial PPO", "TW2601150331",
         [S(D(2026, 1, 5), "97166", 1, ["GO"]), S(D(2026, 1, 5), "97530", 2, ["GO"])]),
        ("Pellegrino, Nora", "A-22107", "Tidewater Commercial PPO", "TW2601220187",
         [S(D(2026, 1, 12), "97530", 2, ["GO"]), S(D(2026, 1, 12), "97535", 1, ["GO"]),
          S(D(2026, 1, 12), "97110", 1, ["GO", "59"])]),
        ("Szabo, Laszlo", "A-22140", "Ridgeback Medicare Adv.", "RMA-0126-55120",
         [S(D(2026, 1, 6), "97168", 1, ["GO"]), S(D(2026, 1, 6), "97110", 2, ["GO", "KX"]),
          S(D(2026, 1, 6), "97140", 1, ["GO", "59"])]),
        ("Szabo, Laszlo", "A-22140", "Ridgeback Medicare Adv.", "RMA-0126-58804",
         [S(D(2026, 1, 13), "97530", 2, ["GO", "CO"]), S(D(2026, 1, 13), "97110", 1, ["GO", "CO"])]),
        ("Achebe, Tolu", "A-22163", "State Medicaid", "2026019774100",
         [S(D(2026, 1, 8), "97165", 1, ["GO"]), S(D(2026, 1, 8), "97533", 2, ["GO"]),
          S(D(2026, 1, 8), "97530", 1, ["GO"])]),
        ("Achebe, Tolu", "A-22163", "State Medicaid", "2026022301958",
         [S(D(2026, 1, 15), "97530", 3, ["GO"]), S(D(2026, 1, 15), "97112", 1, ["GO"], denied="CO"),
          S(D(2026, 1, 15), "97760", 1, ["GO"])]),
        ("Marchetti, Ada", "A-22188", "Tidewater Commercial PPO", "TW2601290662",
         [S(D(2026, 1, 19), "97140", 2, ["GO"]), S(D(2026, 1, 19), "97018", 1, ["GO"], denied="PR"),
          S(D(2026, 1, 19), "97110", 2, ["GO"]), S(D(2026, 1, 19), "97760", 1, ["GO", "RT"])]),
        ("Marchetti, Ada", "A-22188", "Tidewater Commercial PPO", "TW2602030044",
         [S(D(2026, 1, 26), "97140", 2, ["GO"]), S(D(2026, 1, 26), "97530", 1, ["GO"]),
          S(D(2026, 1, 26), "97763", 1, ["GO", "RT"])]),
        ("Ferrante-Lowe, Iris", "A-22201", "Ridgeback Medicare Adv.", "RMA-0226-01173",
         [S(D(2026, 1, 27), "97167", 1, ["GO"]), S(D(2026, 1, 27), "97535", 2, ["GO"]),
          S(D(2026, 1, 27), "97110", 1, ["GO", "KX"])]),
        ("Ferrante-Lowe, Iris", "A-22201", "Ridgeback Medicare Adv.", "RMA-0226-02940",
         [S(D(2026, 2, 3), "97530", 2, ["GO", "CO"]), S(D(2026, 2, 3), "97535", 1, ["GO", "CO"]),
          S(D(2026, 2, 3), "97112", 1, ["GO", "CO"])]),
        ("Achebe, Tolu", "A-22163", "State Medicaid", "2026031100417",
         [S(D(2026, 1, 29), "97530", 2, ["GO"]), S(D(2026, 1, 29), "97533", 2, ["GO"]),
          S(D(2026, 1, 29), "97535", 1, ["GO"])]),
        ("Pellegrino, Nora", "A-22107", "Tidewater Commercial PPO", "TW2602050519",
         [S(D(2026, 2, 2), "97530", 2, ["GO"]), S(D(2026, 2, 2), "97168", 1, ["GO"]),
          S(D(2026, 2, 2), "97140", 1, ["GO", "59"])]),
        ("Okafor, Benedict", "A-22230", "Tidewater Commercial PPO", "TW2602060871",
         [S(D(2026, 2, 4), "97165", 1, ["GO"]), S(D(2026, 2, 4), "97110", 2, ["GO"]),
          S(D(2026, 2, 4), "97760", 1, ["GO", "LT"]), S(D(2026, 2, 4), "97018", 1, ["GO"])]),
        ("Szabo, Laszlo", "A-22140", "Ridgeback Medicare Adv.", "RMA-0226-03355",
         [S(D(2026, 2, 5), "97110", 2, ["GO", "KX"]), S(D(2026, 2, 5), "97530", 1, ["GO", "KX"]),
          S(D(2026, 2, 5), "97140", 1, ["GO", "KX"])]),
    ]
    for pat, acct, payer, pcl, svcs in claims:
        for s in svcs:
            if payer == "State Medicaid":
                medicaid(s, deny_reason="B7")
            else:
                commercial(s, plans[payer], deny_reason="96")
            if s.denied:  # a CO denial is written off in full; a PR denial moves to the patient
                s.discount = s.billed if s.denied == "CO" else ZERO
            else:
                s.discount = s.billed - s.allowed
    groups: dict = {}
    for pat, acct, payer, pcl, svcs in claims:
        for s in svcs:
            groups.setdefault(s.code, []).append((pat, acct, payer, pcl, s))
    cols = [(36, 78, "l"), (116, 40, "l"), (158, 44, "l"), (204, 90, "l"), (296, 70, "l"), (368, 30, "l"),
            (400, 18, "r"), (420, 38, "r"), (462, 36, "r"), (502, 36, "r"), (542, 30, "r"), (576, 30, "r")]
    heads = [["Patient"], ["Acct"], ["DOS"], ["Payer"], ["Payer Claim #"], ["Mod"], ["Units"], ["Charge"],
             ["Allowed"], ["Paid"], ["Adjust."], ["Pt Resp"]]

    def head() -> float:
        d.font("helv", 12, True)
        d.text(36, 40, "Payments by CPT Code - Detail")
        d.font("helv", 8)
        d.text(36, 52, "Willowmere Occupational Therapy, PC   |   Posted 01/01/2026 - 02/10/2026   |   All payers, "
               "all providers")
        d.text(576, 40, "OTNexus", "r")
        d.text(576, 52, "Run: 02/11/2026 4:47 PM", "r")
        d.hline(36, 606, 58, 1.0)
        d.font("helv", 7, True)
        row(d, cols, 70, [h[0] for h in heads])
        d.hline(36, 606, 74, 0.4)
        return 88

    def foot() -> None:
        d.font("helv", 6.5)
        d.text(36, 770, "Adjust. = contractual write-off posted with the payment. Pt Resp = amount moved to the "
               "patient. Denied lines show 0.00 paid.", gray=0.35)
        d.text(606, 770, f"Page {d.page}", "r", gray=0.35)

    y = head()
    order = sorted(groups)
    grand = [ZERO] * 5
    for code in order:
        rows_ = groups[code]
        if y + 24 + 11 * min(3, len(rows_)) > 740:
            foot()
            d.new_page()
            y = head()
        d.font("helv", 8, True)
        d.rect(36, y - 9, 570, 12, fill=0.9, stroke=False)
        d.text(40, y, f"CPT {code}   {eobgen.DESC[code]}")
        hband = (y - 8, y + 3)
        y += 13
        d.font("helv", 7)
        sub = [ZERO] * 5
        for pat, acct, payer, pcl, s in rows_:
            if y > 740:
                foot()
                d.new_page()
                y = head()
                d.font("helv", 8, True)
                d.rect(36, y - 9, 570, 12, fill=0.9, stroke=False)
                d.text(40, y, f"CPT {code}   {eobgen.DESC[code]} (continued)")
                hband = (y - 8, y + 3)
                y += 13
                d.font("helv", 7)
            top, bot, last = row(d, cols, y, [pat, acct, dfmt(s.dos, "mdy4"), payer, pcl, " ".join(s.mods),
                                              eobgen.units_str(s.units), m_plain(s.billed), m_plain(s.allowed),
                                              m_plain(s.paid), m_plain(s.discount), m_plain(s.owes)])
            tr.add(d.page, (top, bot), s, claim_id=acct, payer_claim_id=pcl, patient=pat,
                   printed=("billed", "allowed", "paid", "discount", "patient_owes"), code_band=hband)
            for k, v in enumerate((s.billed, s.allowed, s.paid, s.discount, s.owes)):
                sub[k] += v
                grand[k] += v
            y += 10.5
        d.hline(420, 606, y - 7, 0.4)
        d.font("helv", 7, True)
        d.text(300, y + 1, f"Subtotal {code} ({len(rows_)} lines)")
        for k, x in enumerate((458, 498, 538, 572, 606)):
            d.text(x, y + 1, m_plain(sub[k]), "r")
        y += 20
    d.font("helv", 8, True)
    d.hline(36, 606, y - 8, 1.0)
    d.text(300, y + 2, "Report total")
    for k, x in enumerate((458, 498, 538, 572, 606)):
        d.text(x, y + 2, m_plain(grand[k]), "r")
    foot()
    for pat, acct, payer, pcl, svcs in claims:
        tr.claim(acct, pcl, pat)
    pages = d.save()
    tr.write(pdf, pages, reg)


# =========================================================================================== l04
def l04_hsa_statement(out: Path, reg: dict) -> None:
    name = "l04_hsa_reimbursement_statement"
    pdf = out / f"{name}.pdf"
    d = Doc(pdf, "reportlab", title="Reimbursement Statement", creator="Cedarpoint Benefit Accounts")
    tr = Truth(name, "reportlab", "Health-account (HSA/HRA) administrator reimbursement statement to the account "
               "holder: shaded left sidebar with balances, one block per substantiated insurance claim (insurance "
               "claim no., provider account no., patient = a dependant), service wording with '97110-GP, 3 units' "
               "wrapping over two text lines, Amount billed / Plan paid / Your responsibility / Reimbursed; "
               "PLANTED claim-total mismatch (Your responsibility total of claim 58-2260417 printed 10.00 high).",
               money=m_dollar, date=lambda x: dfmt(x, "mon"), units=u_int, identities=())
    st = PlanState(ded_left=Decimal("400.00"), coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.70"))
    blocks = [
        ("58-2251190", "HHT-009214", "Wren Halvorsen", "Northgate Hand Therapy",
         [S(D(2026, 1, 7), "97165", 1, ["GO"]), S(D(2026, 1, 7), "97760", 1, ["GO"]),
          S(D(2026, 1, 7), "L3807", 1, ["RT"])]),
        ("58-2260417", "HHT-009288", "Wren Halvorsen", "Northgate Hand Therapy",
         [S(D(2026, 1, 14), "97110", 3, ["GP"]), S(D(2026, 1, 14), "97140", 1, ["GP", "59"]),
          S(D(2026, 1, 14), "97763", 1, ["GO"])]),
        ("58-2274033", "SLP-40017", "Elsa Halvorsen", "Brookfield Speech & Feeding Clinic",
         [S(D(2026, 1, 20), "92610", 1, []), S(D(2026, 1, 20), "92526", 1, ["GN"]),
          S(D(2026, 1, 27), "92526", 1, ["GN"])]),
        ("58-2281956", "HHT-009355", "Wren Halvorsen", "Northgate Hand Therapy",
         [S(D(2026, 1, 28), "97110", 2, ["GP"]), S(D(2026, 1, 28), "97018", 1, ["GP"], denied="PR")]),
        ("58-2290114", "SLP-40102", "Elsa Halvorsen", "Brookfield Speech & Feeding Clinic",
         [S(D(2026, 2, 3), "92526", 1, ["GN"]), S(D(2026, 2, 10), "92526", 1, ["GN"]),
          S(D(2026, 2, 17), "92507", 1, ["GN"])]),
        ("58-2296640", "HHT-009421", "Wren Halvorsen", "Northgate Hand Therapy",
         [S(D(2026, 2, 4), "97110", 2, ["GP"]), S(D(2026, 2, 4), "97140", 2, ["GP"]),
          S(D(2026, 2, 4), "97168", 1, ["GO"])]),
    ]
    for b in blocks:
        for s in b[4]:
            commercial(s, st, deny_reason="96")
    d.font("libserif", 9)

    def page_frame() -> None:
        d.rect(0, 0, 150, 792, fill=0.9, stroke=False)
        d.font("libserif", 14, True)
        d.text(16, 46, "Cedarpoint")
        d.font("libserif", 9)
        d.text(16, 58, "Benefit Accounts")
        d.font("libserif", 8, True)
        d.text(16, 100, "Account holder")
        d.font("libserif", 8)
        for i, t in enumerate(["Marta Halvorsen", "Account HSA-4410-7735", "Plan year 2026"]):
            d.text(16, 112 + i * 11, t)
        d.font("libserif", 8, True)
        d.text(16, 160, "Balances")
        d.font("libserif", 8)
        for i, (a, b) in enumerate([("Opening", "$2,150.00"), ("Contributions", "$600.00"),
                                    ("Reimbursed", "$1,083.59"), ("Available", "$1,666.41")]):
            d.text(16, 172 + i * 11, a)
            d.text(138, 172 + i * 11, b, "r")
        d.font("libserif", 7.5)
        for i, t in enumerate(d.wrap("Reimbursements are paid from your account for amounts your insurance "
                                     "left to you. Keep itemized receipts for seven years.", 118)):
            d.text(16, 240 + i * 10, t)
        d.text(16, 760, "Questions? 1-800-555-0144", gray=0.3)

    page_frame()
    d.font("libserif", 15, True)
    d.text(170, 50, "Reimbursement Statement")
    d.font("libserif", 9)
    d.text(170, 64, "Statement period January 1 - February 28, 2026   ·   Issued Mar 3, 2026")
    d.text(170, 78, "Marta Halvorsen  ·  88 Tamarack Lane  ·  Port Weller, MN 55790")
    cols = [(170, 58, "l"), (232, 150, "l"), (386, 50, "r"), (440, 48, "r"), (492, 54, "r"), (550, 48, "r")]
    y = 106
    planted = None
    for bi, (pcl, acct, pat, prov, svcs) in enumerate(blocks):
        if y + 60 + 24 * len(svcs) > 740:
            d.font("libserif", 8)
            d.text(596, 770, f"Page {d.page} of 2", "r")
            d.new_page()
            page_frame()
            y = 56
        d.rect(166, y - 11, 434, 28, stroke=True, fill=0.97, lw=0.6)
        d.font("libserif", 9, True)
        d.text(170, y, f"{pat}  ·  {prov}")
        d.font("libserif", 8)
        d.text(170, y + 11, f"Insurance claim no. {pcl}     Provider account no. {acct}     Insurer: Prairie Shield "
               f"Health (PPO)")
        y += 30
        d.font("libserif", 7.5, True)
        row(d, cols, y, [["Date of", "service"], ["Service"], ["Amount", "billed"], ["Plan", "paid"],
                         ["Your", "responsibility"], ["Reimbursed"]], lead=9)
        d.hline(166, 600, y + 12, 0.5)
        y += 24
        d.font("libserif", 8)
        reimb_tot = ZERO
        for s in svcs:
            mods = "-" + "-".join(s.mods) if s.mods else ""
            u = f", {eobgen.units_str(s.units)} unit" + ("s" if s.units != 1 else "")
            wording = d.wrap(f"{s.desc} ({s.code}{mods}{u})", 148)
            reimb = s.owes
            reimb_tot += reimb
            top, bot, last = row(d, cols, y, [dfmt(s.dos, "mon"), wording, m_dollar(s.billed), m_dollar(s.paid),
                                              m_dollar(s.owes), m_dollar(reimb)], lead=9.5)
            tr.add(d.page, (top, bot), s, claim_id=acct, payer_claim_id=pcl, patient=pat,
                   printed=("billed", "paid", "patient_owes"))
            y = last + 13
        tb, tp, to = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "owes")
        shown_to = to + Decimal("10.00") if pcl == "58-2260417" else to
        if shown_to != to:
            planted = (pcl, shown_to, to)
        d.hline(386, 600, y - 8, 0.4)
        d.font("libserif", 8, True)
        d.text(232, y + 1, "Claim totals")
        d.text(436, y + 1, m_dollar(tb), "r")
        d.text(488, y + 1, m_dollar(tp), "r")
        d.text(546, y + 1, m_dollar(shown_to), "r")
        d.text(598, y + 1, m_dollar(reimb_tot), "r")
        tr.claim(acct, pcl, pat, billed=tb, paid=tp, patient_owes=shown_to)
        y += 26
    tr.plant(planted[0], "Your responsibility", planted[1], planted[2])
    d.font("libserif", 8)
    for i, t in enumerate(d.wrap("Reimbursed amounts were deposited to the account holder's checking account "
                                 "ending 0912. A reimbursement equal to your responsibility means the full amount "
                                 "was substantiated by the insurer's explanation of benefits.", 420)):
        d.text(170, y + i * 10, t)
    d.text(596, 770, f"Page {d.page} of 2", "r")
    pages = d.save()
    tr.write(pdf, pages, reg)


# =========================================================================================== l05
def l05_claim_status(out: Path, reg: dict) -> None:
    name = "l05_clearinghouse_claim_status"
    pdf = out / f"{name}.pdf"
    d = Doc(pdf, "fpdf2", title="Claim Status Inquiry Results", creator="RelayPoint Exchange")
    tr = Truth(name, "fpdf2", "Clearinghouse batch claim-status (276/277) report, monospaced: claim heading lines "
               "(patient, patient control #, payer claim #, status category/code, check # and date, claim billed "
               "and paid), line rows LN / LINE CTRL# / SVC DATE CCYYMMDD / PROC / MODS / UNITS / BILLED / PAID / STC, "
               "a pending claim with no paid amounts, a denied claim; header repeated; three pages.",
               money=lambda x: money(x, "", "-"), date=lambda x: x.strftime("%Y%m%d"), units=u_int, identities=())
    st = PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.66"))
    claims = [
        ("KESSLER, AMOS", "RBT0311-02", "Oakhurst Health Alliance", "26014A00912", "F1:65", "FINALIZED/PAYMENT",
         "900451127", [S(D(2026, 1, 12), "97110", 3, ["GP"]), S(D(2026, 1, 12), "97140", 2, ["GP", "59"]),
                       S(D(2026, 1, 12), "97116", 1, ["GP"])]),
        ("KESSLER, AMOS", "RBT0318-04", "Oakhurst Health Alliance", "26021A01477", "F1:65", "FINALIZED/PAYMENT",
         "900457310", [S(D(2026, 1, 19), "97110", 2, ["GP"]), S(D(2026, 1, 19), "97530", 2, ["GP"])]),
        ("NAKAMURA, YUKI", "RBT0322-01", "Pinecrest Family Plan", "PFP2601300088", "F2:88", "FINALIZED/DENIAL",
         "900457310", [S(D(2026, 1, 22), "97162", 1, ["GP"], denied="CO"),
                       S(D(2026, 1, 22), "97110", 2, ["GP"], denied="CO")]),
        ("NAKAMURA, YUKI", "RBT0329-07", "Pinecrest Family Plan", "PFP2602060415", "P1:20", "PENDING/IN PROCESS",
         None, [S(D(2026, 1, 29), "97110", 3, ["GP"]), S(D(2026, 1, 29), "97112", 1, ["GP"])]),
        ("ODUYA, BEATRICE", "RBT0330-03", "Oakhurst Health Alliance", "26037A00230", "F1:65", "FINALIZED/PAYMENT",
         "900462004", [S(D(2026, 1, 30), "97161", 1, ["GP"]), S(D(2026, 1, 30), "97110", 2, ["GP"]),
                       S(D(2026, 1, 30), "G0283", 1, ["GP"]), S(D(2026, 1, 30), "97140", 1, ["GP"])]),
        ("ODUYA, BEATRICE", "RBT0206-02", "Oakhurst Health Alliance", "26041A00871", "F3:107",
         "FINALIZED/ADJUSTED", "900466511", [S(D(2026, 2, 6), "97110", 2, ["GP"]),
                                             S(D(2026, 2, 6), "97140", 2, ["GP"]), S(D(2026, 2, 6), "E0731", 1, ["NU"])]),
        ("PELTIER, GUS", "RBT0209-05", "Pinecrest Family Plan", "PFP2602160301", "F1:65", "FINALIZED/PAYMENT",
         "900468852", [S(D(2026, 2, 9), "97530", 3, ["GP", "CQ"]), S(D(2026, 2, 9), "97110", 1, ["GP", "CQ"])]),
    ]
    for c in claims:
        for s in c[7]:
            commercial(s, st, deny_reason="197")
    FS = 7.6

    def head() -> float:
        d.font("dejavumono", 9, True)
        d.text(30, 36, "RELAYPOINT EXCHANGE - CLAIM STATUS INQUIRY RESULTS (276/277)")
        d.font("dejavumono", FS)
        d.text(30, 48, "SUBMITTER: CASCADE MOTION PHYSICAL THERAPY   NPI 1902847716   BATCH 0213-0042   "
               "RUN 02/13/2026 06:30")
        d.text(30, 58, "-" * 108)
        return 74

    def foot() -> None:
        d.font("dejavumono", 7)
        d.text(30, 770, "STATUS CATEGORY: F1 PAID  F2 DENIED  F3 ADJUSTED  P1 PENDING.  LINE STC = CATEGORY:CODE.")
        d.text(582, 770, f"PAGE {d.page} OF 3", "r")

    cols = [(30, 14, "l"), (50, 70, "l"), (126, 50, "l"), (182, 30, "l"), (216, 38, "l"), (262, 18, "r"),
            (286, 52, "r"), (344, 52, "r"), (404, 50, "l")]
    y = head()
    for ci, (pat, pcn, payer, pcl, stc, stx, chk, svcs) in enumerate(claims):
        h = 58 + 10 * len(svcs)
        if y + h > 740 or ci in (3, 6):
            foot()
            d.new_page()
            y = head()
        pending = stc.startswith("P")
        tb = total(svcs, "billed")
        tp = total(svcs, "paid")
        d.font("dejavumono", FS, True)
        d.text(30, y, f"PATIENT: {pat:<22} PAT CTRL#: {pcn:<14} PAYER: {payer}")
        d.font("dejavumono", FS)
        d.text(30, y + 10, f"PAYER CLAIM#: {pcl:<17} STATUS: {stc} {stx}   EFFECTIVE 2026{'0213' if pending else '0211'}")
        d.text(30, y + 20, (f"CHECK/EFT#: {chk}  ISSUED 20260211" if chk else "CHECK/EFT#: NONE") +
               f"   CLAIM BILLED {money(tb, '', '-')}" + ("" if pending else f"   CLAIM PAID {money(tp, '', '-')}"))
        y += 34
        d.font("dejavumono", FS)
        row(d, cols, y, ["LN", "LINE CTRL#", "SVC DATE", "PROC", "MODS", "UNITS", "BILLED", "PAID", "STC"])
        y += 10
        for li, s in enumerate(svcs, 1):
            lstc = stc if not s.denied else "F2:88"
            top, bot, _ = row(d, cols, y, [str(li), f"{pcn}-{li}", s.dos.strftime("%Y%m%d"), s.code, " ".join(s.mods),
                                           eobgen.units_str(s.units), money(s.billed, "", "-"),
                                           "" if pending else money(s.paid, "", "-"), "" if pending else lstc])
            tr.add(d.page, (top, bot), s, claim_id=pcn, payer_claim_id=pcl, patient=pat,
                   printed=("billed",) if pending else ("billed", "paid"))
            y += 10
        tr.claim(pcn, pcl, pat, billed=tb, paid=None if pending else tp)
        d.text(30, y + 2, "-" * 108)
        y += 16
    foot()
    pages = d.save()
    tr.write(pdf, pages, reg)


# =========================================================================================== l06
def l06_sheet_print(out: Path, reg: dict) -> None:
    name = "l06_spreadsheet_printout"
    pdf = out / f"{name}.pdf"
    d = Doc(pdf, "fpdf2", landscape=True, title="Insurance Payments 2026.xlsx", creator="Spreadsheet print")
    tr = Truth(name, "fpdf2", "A clinic's own payment-tracking workbook printed to PDF: gridlines, column letters "
               "and row numbers printed, title row repeated on page 2, wrapped Notes cells making tall rows with "
               "the other cells bottom-aligned, 1/5/2026 dates, $ money with (negatives), one Adj Code + Adj Amt, "
               "a reversal pair and its re-payment, a PR denial with no adjustment amount.",
               money=m_paren, date=lambda x: dfmt(x, "mdyn"), units=u_int, identities=("billed_split",))
    stA = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    stB = PlanState(visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.70"))
    rows_ = []  # (posted, patient, acct, payer, claim, svc, adjcode, adjamt, note)

    def add(posted, pat, acct, payer, pcl, s, st, note="", deny=None):
        if s.denied:
            commercial(s, st, deny_reason=deny or "204")
        else:
            commercial(s, st)
        if s.denied == "PR":
            code, amt = f"PR-{deny or '204'}", None
        elif s.denied == "CO":
            code, amt = f"CO-{deny}", s.billed
        else:
            code, amt = "CO-45", s.discount
        rows_.append([posted, pat, acct, payer, pcl, s, code, amt, note])

    add(D(2026, 1, 20), "Fairbairn, Ellis", "10233", "Juniper Valley Health", "JVH26-0112-4471",
        S(D(2026, 1, 5), "97165", 1, ["GO"]), stA, "Deductible not met - applied 120.00; sent pt statement 1/22")
    add(D(2026, 1, 20), "Fairbairn, Ellis", "10233", "Juniper Valley Health", "JVH26-0112-4471",
        S(D(2026, 1, 5), "97530", 2, ["GO"]), stA)
    add(D(2026, 1, 22), "Ostrowski, Hana", "10251", "Coastal Care Medicaid HMO", "CCM0126550917",
        S(D(2026, 1, 7), "92507", 1, ["GN"]), stB, "HMO copay collected at visit")
    add(D(2026, 1, 22), "Ostrowski, Hana", "10251", "Coastal Care Medicaid HMO", "CCM0126550917",
        S(D(2026, 1, 7), "92526", 1, ["GN"]), stB)
    add(D(2026, 1, 27), "Fairbairn, Ellis", "10233", "Juniper Valley Health", "JVH26-0119-5302",
        S(D(2026, 1, 12), "97530", 3, ["GO"]), stA)
    add(D(2026, 1, 27), "Fairbairn, Ellis", "10233", "Juniper Valley Health", "JVH26-0119-5302",
        S(D(2026, 1, 12), "97533", 1, ["GO"], denied="PR"), stA,
        "Sensory integration not a covered benefit per plan; pt signed waiver 12/30 - bill family", deny="96")
    add(D(2026, 1, 29), "Quist, Marlowe", "10266", "Juniper Valley Health", "JVH26-0121-0098",
        S(D(2026, 1, 14), "97110", 2, ["GP"]), stA)
    add(D(2026, 1, 29), "Quist, Marlowe", "10266", "Juniper Valley Health", "JVH26-0121-0098",
        S(D(2026, 1, 14), "97140", 1, ["GP", "59"]), stA)
    add(D(2026, 1, 29), "Quist, Marlowe", "10266", "Juniper Valley Health", "JVH26-0121-0098",
        S(D(2026, 1, 14), "97112", 1, ["GP"]), stA)
    # a payment taken back in full and the claim paid again under a new number
    rev_src = S(D(2026, 1, 14), "97530", 2, ["GP"])
    commercial(rev_src, PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78")))
    rows_.append([D(2026, 2, 3), "Quist, Marlowe", "10266", "Juniper Valley Health", "JVH26-0121-0098",
                  rev_src, "CO-45", rev_src.discount, ""])
    rv = negate(rev_src)
    rows_.append([D(2026, 2, 5), "Quist, Marlowe", "10266", "Juniper Valley Health", "JVH26-0121-0098", rv,
                  "CO-45", rv.discount, "Payer reversal - billed under wrong rendering NPI. Corrected claim sent "
                  "2/5, see new claim # below"])
    add(D(2026, 2, 10), "Quist, Marlowe", "10266", "Juniper Valley Health", "JVH26-0205-7716",
        S(D(2026, 1, 14), "97530", 2, ["GP"]), PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"),
                                                          allowed_rate=Decimal("0.78")),
        "Corrected claim (freq 7) paid")
    add(D(2026, 2, 3), "Ostrowski, Hana", "10251", "Coastal Care Medicaid HMO", "CCM0126611802",
        S(D(2026, 1, 21), "92507", 1, ["GN"]), stB)
    add(D(2026, 2, 3), "Ostrowski, Hana", "10251", "Coastal Care Medicaid HMO", "CCM0126611802",
        S(D(2026, 1, 21), "97530", 1, ["GO"], denied="CO"), stB, "No OT auth on file for Jan; request auth "
        "and appeal within 60 days", deny="197")
    add(D(2026, 2, 5), "Fairbairn, Ellis", "10233", "Juniper Valley Health", "JVH26-0126-2290",
        S(D(2026, 1, 26), "97530", 2, ["GO"]), stA)
    add(D(2026, 2, 5), "Fairbairn, Ellis", "10233", "Juniper Valley Health", "JVH26-0126-2290",
        S(D(2026, 1, 26), "97535", 1, ["GO"]), stA)
    add(D(2026, 2, 10), "Dembele, Awa", "10290", "Coastal Care Medicaid HMO", "CCM0127004415",
        S(D(2026, 1, 28), "97166", 1, ["GO"]), stB, "New eval; plan of care sent to PCP for signature 1/30")
    add(D(2026, 2, 10), "Dembele, Awa", "10290", "Coastal Care Medicaid HMO", "CCM0127004415",
        S(D(2026, 1, 28), "97530", 2, ["GO"]), stB)
    add(D(2026, 2, 12), "Dembele, Awa", "10290", "Coastal Care Medicaid HMO", "CCM0127112930",
        S(D(2026, 2, 2), "97530", 3, ["GO"]), stB)
    add(D(2026, 2, 12), "Dembele, Awa", "10290", "Coastal Care Medicaid HMO", "CCM0127112930",
        S(D(2026, 2, 2), "97112", 1, ["GO"]), stB)
    for k, (pat, acct, payer, pcl, dos, posted, codes, st_, note) in enumerate([
            ("Fairbairn, Ellis", "10233", "Juniper Valley Health", "JVH26-0202-3318", D(2026, 2, 2), D(2026, 2, 17),
             [("97530", 2, ["GO"]), ("97112", 1, ["GO"])], stA, ""),
            ("Quist, Marlowe", "10266", "Juniper Valley Health", "JVH26-0204-0455", D(2026, 2, 4), D(2026, 2, 17),
             [("97110", 2, ["GP"]), ("97140", 1, ["GP", "59"]), ("97116", 1, ["GP"])], stA,
             "Coinsurance now 20% after deductible met"),
            ("Ostrowski, Hana", "10251", "Coastal Care Medicaid HMO", "CCM0127330061", D(2026, 2, 4), D(2026, 2, 18),
             [("92507", 1, ["GN"])], stB, ""),
            ("Dembele, Awa", "10290", "Coastal Care Medicaid HMO", "CCM0127451178", D(2026, 2, 9), D(2026, 2, 20),
             [("97530", 2, ["GO"]), ("97535", 1, ["GO"])], stB, "Copay waived? HMO shows 30.00 - confirm with front "
             "desk before statement run"),
            ("Fairbairn, Ellis", "10233", "Juniper Valley Health", "JVH26-0209-6021", D(2026, 2, 9), D(2026, 2, 20),
             [("97530", 3, ["GO"]), ("97168", 1, ["GO"])], stA, "")]):
        for c, u, mods in codes:
            add(posted, pat, acct, payer, pcl, S(dos, c, u, mods), st_, note if c == codes[0][0] else "")
    widths = [38, 64, 32, 66, 70, 40, 28, 28, 22, 42, 42, 42, 36, 42, 40, 104]
    letters = "ABCDEFGHIJKLMNOP"
    heads = ["Posted", "Patient", "Acct #", "Payer", "Claim #", "DOS", "CPT", "Mod", "Units", "Billed", "Allowed",
             "Paid", "Adj Code", "Adj Amt", "Pt Resp", "Notes"]
    right = {8, 9, 10, 11, 13, 14}
    X0, RN = 22, 18
    xs = [X0 + RN]
    for w in widths:
        xs.append(xs[-1] + w)
    FS = 7.2

    def grid_row(y, h, cells, rn, bold=False, fill=None):
        d.rect(X0, y, RN, h, fill=0.88, lw=0.3, gray=0.6)
        d.font("libsans", 6.5)
        d.text(X0 + RN / 2, y + h - 3, str(rn), "c", gray=0.3)
        d.font("libsans", FS, bold)
        for i, cell in enumerate(cells):
            d.rect(xs[i], y, widths[i], h, fill=fill, lw=0.3, gray=0.6)
            lines = cell if isinstance(cell, list) else [cell]
            if len(lines) == 1:  # bottom-aligned, as the sheet's cells are
                yy = [y + h - 3]
            else:
                yy = [y + 8 + k * 8.6 for k in range(len(lines))]
            for t, ty in zip(lines, yy):
                if i in right:
                    d.text(xs[i] + widths[i] - 2, ty, t, "r")
                else:
                    d.text(xs[i] + 2, ty, t)

    def page_top(pg):
        d.font("libsans", 8)
        d.text(396, 24, "Jan-Feb", "c")
        y = 34
        d.rect(X0, y, RN, 11, fill=0.8, lw=0.3, gray=0.6)
        d.font("libsans", 6.5)
        for i, L in enumerate(letters):
            d.rect(xs[i], y, widths[i], 11, fill=0.8, lw=0.3, gray=0.6)
            d.text(xs[i] + widths[i] / 2, y + 8, L, "c")
        y += 11
        grid_row(y, 12, heads, 1, bold=True, fill=0.93)
        return y + 12

    def page_foot(pg):
        d.font("libsans", 7)
        d.text(X0, 596, "Insurance Payments 2026.xlsx", gray=0.3)
        d.text(770, 596, f"Page {pg} of 2", "r", gray=0.3)

    y = page_top(1)
    rn = 2
    for i, (posted, pat, acct, payer, pcl, s, code, amt, note) in enumerate(rows_):
        d.font("libsans", FS)
        note_l = d.wrap(note, widths[15] - 4) if note else [""]
        payer_l = d.wrap(payer, widths[3] - 4)
        n = max(len(note_l), len(payer_l))
        h = 12 if n == 1 else 4 + n * 8.6
        if y + h > 575:
            page_foot(d.page)
            d.new_page()
            y = page_top(d.page)
        cells = [dfmt(posted, "mdyn"), pat, acct, payer_l if len(payer_l) > 1 else payer, pcl, dfmt(s.dos, "mdyn"),
                 s.code, " ".join(s.mods), eobgen.units_str(s.units), m_paren(s.billed), m_paren(s.allowed),
                 m_paren(s.paid), code, m_paren(amt) if amt is not None else "", m_paren(s.owes),
                 note_l if len(note_l) > 1 else note_l[0]]
        grid_row(y, h, cells, rn)
        g, r = code.split("-")
        tr.add(d.page, (y + 1, y + h - 1), s, claim_id=acct, payer_claim_id=pcl, patient=pat,
               printed=("billed", "allowed", "paid", "patient_owes"), adjustments=[(g, r, amt)])
        y += h
        rn += 1
    # a totals row, as the sheet has one
    tb = sum((r_[5].billed for r_ in rows_), ZERO)
    tp = sum((r_[5].paid for r_ in rows_), ZERO)
    grid_row(y, 12, ["", "TOTAL", "", "", "", "", "", "", "", m_paren(tb), "", m_paren(tp), "", "", "", ""], rn,
             bold=True)
    page_foot(d.page)
    for r_ in rows_:
        key = (r_[2], r_[4], r_[1])
        if not any((c["claim_id"], c["payer_claim_id"], c["patient"]) == key for c in tr.claims):
            tr.claim(*key)
    pages = d.save()
    tr.write(pdf, pages, reg)


# =========================================================================================== l07
def l07_cob_attachment(out: Path, reg: dict) -> None:
    name = "l07_pm_primary_adjudication_attachment"
    pdf = out / f"{name}.pdf"
    d = Doc(pdf, "reportlab", title="Primary Payer Adjudication Detail", creator="Keystone PracticeWorks 2026.1")
    tr = Truth(name, "reportlab", "Practice-management print of the PRIMARY payer's adjudication, attached to a "
               "paper claim sent to the secondary payer: boxed claim headings (patient control no., primary ICN, "
               "patient vs insured), From / To per line, Modifiers '97110 GO KX', Grp / CARC / Adj Amt with further "
               "adjustments stacked on sub-rows, remark column, claim totals; Medicare and commercial primaries.",
               money=m_plain, date=lambda x: dfmt(x, "mdy4"), units=u_2dp, identities=("adj",))
    mst = PlanState(ded_left=Decimal("57.00"), coins_rate=Decimal("0.20"))
    cst = PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.68"))
    claims = [
        ("Medicare Part B (J-Region MAC)", "Hollingsworth Supplemental Plan F", "VRN-260105-01", "22026012100377",
         "Abernethy, Colm", "Abernethy, Colm", "medicare",
         [S(D(2026, 1, 5), "97161", 1, ["GP"]), S(D(2026, 1, 5), "97110", 2, ["GP", "KX"]),
          S(D(2026, 1, 5), "97140", 1, ["GP", "KX", "59"]), S(D(2026, 1, 5), "G0283", 1, ["GP"])]),
        ("Medicare Part B (J-Region MAC)", "Hollingsworth Supplemental Plan F", "VRN-260112-04", "22026012800952",
         "Abernethy, Colm", "Abernethy, Colm", "medicare",
         [S(D(2026, 1, 12), "97110", 3, ["GP", "KX"]), S(D(2026, 1, 12), "97112", 1, ["GP", "KX"]),
          S(D(2026, 1, 12), "97116", 1, ["GP"], denied="CO")]),
        ("Silverline Employer PPO", "State Medicaid (secondary)", "VRN-260114-09", "SLP5520931044",
         "Moreau, Lise", "Moreau, Andre", "commercial",
         [S(D(2026, 1, 14), "97166", 1, ["GO"]), S(D(2026, 1, 14), "97530", 2, ["GO"]),
          S(D(2026, 1, 14), "97535", 1, ["GO", "59"])]),
        ("Silverline Employer PPO", "State Medicaid (secondary)", "VRN-260121-02", "SLP5520987310",
         "Moreau, Lise", "Moreau, Andre", "commercial",
         [S(D(2026, 1, 21), "97530", 3, ["GO"]), S(D(2026, 1, 21), "97533", 1, ["GO"])]),
        ("Medicare Part B (J-Region MAC)", "Hollingsworth Supplemental Plan F", "VRN-260126-03", "22026020400418",
         "Tran, Bao Ngoc", "Tran, Bao Ngoc", "medicare",
         [S(D(2026, 1, 26), "97163", 1, ["GP"]), S(D(2026, 1, 26), "97110", 2, ["GP"]),
          S(D(2026, 1, 26), "97530", 1, ["GP", "59"])]),
        ("Silverline Employer PPO", "State Medicaid (secondary)", "VRN-260128-06", "SLP5521044872",
         "Moreau, Lise", "Moreau, Andre", "commercial",
         [S(D(2026, 1, 28), "97530", 2, ["GO"]), S(D(2026, 1, 28), "97112", 1, ["GO"]),
          S(D(2026, 1, 28), "97535", 1, ["GO"])]),
    ]
    for c in claims:
        for s in c[7]:
            if c[6] == "medicare":
                medicare(s, mst)
                s.remarks = ["MA18"] if not s.denied else ["N115"]
            else:
                commercial(s, cst)
                s.remarks = ["N4"] if s.code == "97533" else []
    cols = [(36, 14, "l"), (52, 44, "l"), (98, 44, "l"), (144, 30, "l"), (176, 50, "l"), (228, 26, "r"),
            (258, 42, "r"), (304, 42, "r"), (350, 40, "r"), (396, 18, "l"), (416, 24, "l"), (442, 38, "r"),
            (486, 30, "l"), (520, 54, "r")]
    heads = ["Ln", "From", "To", "Proc", "Modifiers", "Units", "Charge", "Allowed", "Paid", "Grp", "CARC",
             "Adj Amt", "Remark", "Pt Resp"]

    def head(cont=False) -> float:
        d.font("helv", 11, True)
        d.text(36, 40, "Primary Payer Adjudication Detail" + (" (cont.)" if cont else ""))
        d.font("helv", 7.5)
        d.text(36, 52, "Attachment to CMS-1500 for secondary consideration - payer-assigned values as received on "
               "the primary 835")
        d.text(576, 40, "Keystone PracticeWorks", "r")
        d.text(576, 52, "Printed 02/09/2026 10:22", "r")
        d.font("helv", 7.5)
        d.text(36, 66, "Billing provider: Riverbend Physical & Hand Therapy, 17 Lockkeeper St, Millbrae Falls, "
               "PA 17022   NPI 1558203391   TIN 81-4470021")
        d.hline(36, 576, 72, 1)
        return 90

    y = head()
    for ci, (pri, sec, pcn, icn, pat, ins, kind, svcs) in enumerate(claims):
        nrows = sum(max(1, len(s.adjs)) for s in svcs)
        if y + 66 + nrows * 10 > 740:
            d.font("helv", 7)
            d.text(576, 770, f"Page {d.page} of 2", "r")
            d.new_page()
            y = head(True)
        d.rect(36, y - 10, 540, 36, fill=0.94, lw=0.7)
        d.font("helv", 8, True)
        d.text(40, y, f"Patient: {pat}")
        d.text(250, y, f"Patient control no.: {pcn}")
        d.text(430, y, f"Primary ICN: {icn}")
        d.font("helv", 7.5)
        d.text(40, y + 11, f"Insured: {ins}" + ("  (self)" if ins == pat else "  (parent)"))
        d.text(250, y + 11, f"Primary payer: {pri}")
        d.text(40, y + 22, f"Secondary payer: {sec}")
        d.text(250, y + 22, f"Primary paid date: 01/{29 + ci % 2}/2026   Claim status: 1 - processed as primary")
        y += 40
        d.font("helv", 7, True)
        row(d, cols, y, heads)
        d.hline(36, 576, y + 3, 0.4)
        y += 12
        d.font("helv", 7)
        for li, s in enumerate(svcs, 1):
            adjs = s.adjs or [("", "", None)]
            g0, r0, a0 = adjs[0]
            top, bot, last = row(d, cols, y, [str(li), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code,
                                              " ".join(s.mods), f"{s.units:.2f}", m_plain(s.billed),
                                              m_plain(s.allowed), m_plain(s.paid), g0, r0, m_plain(a0),
                                              " ".join(s.remarks), m_plain(s.owes)])
            for g, r, a in adjs[1:]:
                y += 9.5
                row(d, cols, y, [None] * 9 + [g, r, m_plain(a), None, None])
            tr.add(d.page, (top, y + 2.5), s, claim_id=pcn, payer_claim_id=icn, patient=pat,
                   printed=("billed", "allowed", "paid", "patient_owes"), adjustments=s.adjs, remarks=s.remarks,
                   overrides={"service_end": s.dos.isoformat()}, all_adjs=True)
            y += 12
            d.hline(36, 576, y - 8.5, 0.2, gray=0.6)
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        d.font("helv", 7, True)
        d.text(144, y, "Claim totals")
        d.text(300, y, m_plain(tb), "r")
        d.text(346, y, m_plain(ta), "r")
        d.text(390, y, m_plain(tp), "r")
        d.text(574, y, m_plain(to), "r")
        tr.claim(pcn, icn, pat, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        y += 26
    d.font("helv", 7)
    for i, t in enumerate(["Group codes: CO contractual obligation, PR patient responsibility. CARC and remark codes "
                           "are reproduced as received from the primary payer.",
                           "I certify the primary payer information above is a true copy of the remittance received."
                           ]):
        d.text(36, y + i * 10, t)
    d.text(576, 770, f"Page {d.page} of 2", "r")
    pages = d.save()
    tr.write(pdf, pages, reg)


# =========================================================================================== l08
def l08_deposit_detail(out: Path, reg: dict) -> None:
    name = "l08_accounting_deposit_detail"
    pdf = out / f"{name}.pdf"
    d = Doc(pdf, "fpdf2", title="Deposit Detail", creator="Ledgerly Small Business Accounting")
    tr = Truth(name, "fpdf2", "Small-business ACCOUNTING software 'Deposit Detail' report of a hand-therapy "
               "practice: deposits grouped per payer EFT, each split row carries the deposit date, the patient "
               "name and a typed memo 'DOS 01/05/26 97140-GP x2 clm ... acct ...' holding date, code, modifiers, "
               "units and ids, the amount received only; a recoupment split with a negative amount, interest and "
               "front-desk copay splits without a code, deposit totals; two pages.",
               money=m_plain, date=lambda x: dfmt(x, "mdy2"), units=lambda u: f"x{eobgen.units_str(u)}",
               identities=())
    st = PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.72"))
    deposits = [
        (D(2026, 1, 16), "EFT 44017729", "Meridian Mutual Health", [
            ("Imogen Saltmarsh", "FB-2231", "7702119904", [S(D(2026, 1, 5), "97140", 2, ["GP"]),
                                                           S(D(2026, 1, 5), "97110", 1, ["GP"])]),
            ("Ruben Aldana", "FB-2240", "7702120877", [S(D(2026, 1, 6), "97165", 1, ["GO"]),
                                                       S(D(2026, 1, 6), "97760", 1, ["GO", "RT"]),
                                                       S(D(2026, 1, 6), "L3807", 1, ["RT"])]),
            ("INTEREST", None, None, Decimal("3.18")),
        ]),
        (D(2026, 1, 23), "EFT 51300245", "Alder State Employees Plan", [
            ("Ruth Ekwueme", "FB-2252", "ASEP-26-004418", [S(D(2026, 1, 9), "97168", 1, ["GO"]),
                                                           S(D(2026, 1, 9), "97530", 2, ["GO"]),
                                                           S(D(2026, 1, 9), "97018", 1, ["GO"])]),
            ("Imogen Saltmarsh", "FB-2231", "ASEP-26-004502", [S(D(2026, 1, 12), "97140", 1, ["GP", "59"]),
                                                               S(D(2026, 1, 12), "97110", 2, ["GP"])]),
            ("RECOUP", "FB-2198", "ASEP-25-118760", S(D(2025, 12, 15), "97110", 1, ["GP"])),
        ]),
        (D(2026, 1, 30), "EFT 44025110", "Meridian Mutual Health", [
            ("Ruben Aldana", "FB-2240", "7702134015", [S(D(2026, 1, 20), "97763", 1, ["GO", "RT"]),
                                                       S(D(2026, 1, 20), "97110", 2, ["GO"])]),
            ("Tess Whitcombe", "FB-2266", "7702134388", [S(D(2026, 1, 21), "97166", 1, ["GO"]),
                                                         S(D(2026, 1, 21), "97140", 2, ["GO"]),
                                                         S(D(2026, 1, 21), "97530", 1, ["GO"])]),
        ]),
        (D(2026, 1, 30), "Cash/Card batch 0130", "Front desk", [("COPAY", None, None, Decimal("90.00"))]),
        (D(2026, 2, 3), "EFT 44031906", "Meridian Mutual Health", [
            ("Imogen Saltmarsh", "FB-2231", "7702140551", [S(D(2026, 1, 19), "97140", 2, ["GP"]),
                                                           S(D(2026, 1, 19), "97110", 2, ["GP"]),
                                                           S(D(2026, 1, 19), "97018", 1, ["GP"])]),
            ("Ruben Aldana", "FB-2240", "7702140993", [S(D(2026, 1, 27), "97110", 2, ["GO"]),
                                                       S(D(2026, 1, 27), "97530", 1, ["GO"])]),
        ]),
        (D(2026, 2, 6), "EFT 51308876", "Alder State Employees Plan", [
            ("Ruth Ekwueme", "FB-2252", "ASEP-26-006231", [S(D(2026, 1, 23), "97530", 3, ["GO"]),
                                                           S(D(2026, 1, 23), "97535", 1, ["GO"])]),
            ("Tess Whitcombe", "FB-2266", "ASEP-26-006240", [S(D(2026, 1, 26), "97140", 2, ["GO", "59"]),
                                                             S(D(2026, 1, 26), "97110", 1, ["GO"])]),
        ]),
        (D(2026, 2, 9), "EFT 44036620", "Meridian Mutual Health", [
            ("Tess Whitcombe", "FB-2266", "7702151207", [S(D(2026, 2, 2), "97140", 2, ["GO"]),
                                                         S(D(2026, 2, 2), "97530", 2, ["GO"]),
                                                         S(D(2026, 2, 2), "97763", 1, ["GO", "LT"])]),
            ("Ruben Aldana", "FB-2240", "7702151533", [S(D(2026, 2, 3), "97110", 3, ["GO"])]),
        ]),
    ]
    cols = [(30, 40, "l"), (72, 44, "l"), (118, 70, "l"), (190, 76, "l"), (268, 196, "l"), (466, 76, "l"),
            (546, 38, "r")]

    def head() -> float:
        d.font("dejavu", 8)
        d.text(306, 30, "Fernbrook Hand & Upper Limb Therapy LLC", "c")
        d.font("dejavu", 11, True)
        d.text(306, 44, "Deposit Detail", "c")
        d.font("dejavu", 8)
        d.text(306, 56, "January 16 - February 9, 2026", "c")
        d.text(30, 30, "9:05 AM")
        d.text(30, 40, "02/09/26")
        d.text(30, 50, "Accrual Basis")
        d.font("dejavu", 7, True)
        row(d, cols, 74, ["Type", "Date", "Num", "Name", "Memo", "Account", "Amount"])
        d.hline(30, 584, 77, 0.8)
        return 90

    def foot() -> None:
        d.font("dejavu", 7)
        d.text(306, 770, f"Page {d.page} of 2", "c")

    y = head()
    d.font("dejavu", 7)
    grand = ZERO
    for ddate, num, payer, items in deposits:
        if y > 640:
            foot()
            d.new_page()
            y = head()
        d.font("dejavu", 7, True)
        row(d, cols, y, ["Deposit", dfmt(ddate, "mdy2"), num, payer, "", "Operating Checking", ""])
        y += 11
        d.font("dejavu", 7)
        dep = ZERO
        for it in items:
            pat, acct, pcl, svcs = it
            if pat in ("INTEREST", "COPAY"):
                memo = "Interest on late-paid claims" if pat == "INTEREST" else "Patient copays collected 1/26-1/30"
                acc = "Interest Income" if pat == "INTEREST" else "Patient Payments"
                row(d, cols, y, ["", dfmt(ddate, "mdy2"), "", payer, memo, acc, m_plain(svcs)])
                dep += svcs
                y += 10
                continue
            if pat == "RECOUP":
                s = svcs
                commercial(s, st)
                s.paid = -s.paid
                memo = f"RECOUP overpayment DOS {dfmt(s.dos, 'mdy2')} {s.code}-{'-'.join(s.mods)} x1 clm {pcl} " \
                       f"acct {acct}"
                lines = d.wrap(memo, 194)
                top, bot, last = row(d, cols, y, ["", dfmt(ddate, "mdy2"), "", "Holloway, Dean", lines,
                                                  "Insurance Income", m_plain(s.paid)], lead=8.5)
                tr.add(d.page, (top, bot), s, claim_id=acct, payer_claim_id=pcl, patient="Holloway, Dean",
                       printed=("paid",))
                tr.claim(acct, pcl, "Holloway, Dean")
                dep += s.paid
                y = last + 10
                continue
            for s in svcs:
                commercial(s, st)
                mods = ("-" + "-".join(s.mods)) if s.mods else ""
                memo = f"DOS {dfmt(s.dos, 'mdy2')} {s.code}{mods} x{eobgen.units_str(s.units)} clm {pcl} acct {acct}"
                lines = d.wrap(memo, 194)
                top, bot, last = row(d, cols, y, ["", dfmt(ddate, "mdy2"), "", pat, lines, "Insurance Income",
                                                  m_plain(s.paid)], lead=8.5)
                tr.add(d.page, (top, bot), s, claim_id=acct, payer_claim_id=pcl, patient=pat, printed=("paid",))
                dep += s.paid
                y = last + 10
            tr.claim(acct, pcl, pat)
        d.hline(546, 584, y - 7, 0.4)
        d.font("dejavu", 7, True)
        d.text(190, y, f"Total for deposit {dfmt(ddate, 'mdy2')} {num}")
        d.text(584, y, m_plain(dep), "r")
        d.text(466, y, "Operating Checking")
        grand += dep
        y += 18
        d.font("dejavu", 7)
    d.hline(30, 584, y - 8, 0.8)
    d.font("dejavu", 7.5, True)
    d.text(30, y + 2, "TOTAL")
    d.text(584, y + 2, m_plain(grand), "r")
    foot()
    pages = d.save()
    tr.write(pdf, pages, reg)


# =========================================================================================== l09
def l09_advocacy_review(out: Path, reg: dict) -> None:
    name = "l09_advocate_claims_review"
    pdf = out / f"{name}.pdf"
    d = Doc(pdf, "reportlab", title="Claims Review Summary", creator="ClearPath Care Advocates")
    def fmt_date(x: date) -> str:
        return x.strftime("%d %b %Y")
    tr = Truth(name, "reportlab", "Patient-advocacy service 'Claims Review Summary' for a member's family: a "
               "two-column overview box, then one bordered card per claim (insurer claim #, provider account #), "
               "'What was done' wording with '(CPT 97112-GP)', Units, Provider billed / Insurer allowed / Insurer "
               "paid / You owe, an 'Our check' column whose flagged lines carry an italic finding on a second text "
               "line, dates '05 Jan 2026', card totals; two pages.",
               money=m_dollar, date=fmt_date, units=u_int, identities=("allowed_split",))
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.76"))
    cards = [
        ("Aurelio Bastida", "Tamarind Pediatric Therapy", "TPT-60418", "QH-26-00731956",
         [(S(D(2026, 1, 5), "97167", 1, ["GO"]), "OK", ""),
          (S(D(2026, 1, 5), "97530", 2, ["GO"]), "OK", ""),
          (S(D(2026, 1, 5), "97112", 1, ["GO", "59"]), "Review",
           "Billed with modifier 59 on the same day as 97530; ask the clinic for the session note.")]),
        ("Aurelio Bastida", "Tamarind Pediatric Therapy", "TPT-60502", "QH-26-00744120",
         [(S(D(2026, 1, 12), "97530", 3, ["GO"]), "OK", ""),
          (S(D(2026, 1, 12), "97533", 1, ["GO"], "PR"), "Appeal",
           "Denied as not covered; your plan booklet lists sensory therapy under autism services - appeal advised.")]),
        ("Pilar Bastida", "Seaview Speech Associates", "SSA-2207", "QH-26-00752281",
         [(S(D(2026, 1, 14), "92523", 1, ["GN"]), "OK", ""),
          (S(D(2026, 1, 21), "92507", 1, ["GN"]), "OK", ""),
          (S(D(2026, 1, 28), "92507", 1, ["GN"]), "OK", "")]),
        ("Tomas Bastida", "Harbor Urgent & Family Care", "HUF-889310", "QH-26-00760042",
         [(S(D(2026, 1, 22), "99214", 1, ["25"]), "OK", ""),
          (S(D(2026, 1, 22), "97760", 1, ["GP"]), "Review",
           "Orthotic training billed by an urgent-care clinic; confirm a therapist provided it.")]),
        ("Aurelio Bastida", "Tamarind Pediatric Therapy", "TPT-60577", "QH-26-00771409",
         [(S(D(2026, 1, 19), "97530", 3, ["GO"]), "OK", ""),
          (S(D(2026, 1, 19), "97535", 1, ["GO"]), "OK", ""),
          (S(D(2026, 1, 26), "97530", 3, ["GO"]), "OK", ""),
          (S(D(2026, 1, 26), "97535", 1, ["GO"]), "Review",
           "Same service billed twice on 26 Jan in the clinic's bill; the insurer paid it once.")]),
        ("Pilar Bastida", "Seaview Speech Associates", "SSA-2291", "QH-26-00790318",
         [(S(D(2026, 2, 4), "92507", 1, ["GN"]), "OK", ""),
          (S(D(2026, 2, 11), "92507", 1, ["GN"]), "OK", "")]),
    ]
    for c in cards:
        for s, _, _ in c[4]:
            commercial(s, st, deny_reason="96")
    cols = [(46, 54, "l"), (102, 170, "l"), (276, 24, "r"), (304, 52, "r"), (360, 52, "r"), (416, 52, "r"),
            (472, 48, "r"), (528, 40, "l")]

    def foot():
        d.font("dejavu", 6.5)
        d.text(40, 772, "ClearPath Care Advocates is not your insurer. Amounts are copied from the insurer's "
               "explanations of benefits we received.", gray=0.4)
        d.text(572, 772, f"{d.page}/2", "r", gray=0.4)

    d.font("dejavu", 15, True)
    d.text(40, 50, "Claims Review Summary")
    d.font("dejavu", 8.5)
    d.text(40, 64, "Prepared for Daniela Bastida (member)  ·  Quayside Health plan, family coverage  ·  "
           "reviewed Feb 10, 2026")
    d.rect(40, 76, 532, 58, fill=0.95, lw=0.5)
    d.line(306, 80, 306, 130, 0.5)
    d.font("dejavu", 8, True)
    d.text(48, 90, "What we reviewed")
    d.text(314, 90, "What to do next")
    d.font("dejavu", 7.5)
    for i, t in enumerate(["6 claims, 16 services, 3 family members", "Explanations of benefits dated 01/20 - 02/06/2026",
                           "Provider bills received: 3 of 4"]):
        d.text(48, 102 + i * 10, t)
    for i, t in enumerate(["Appeal the sensory therapy denial (claim QH-26-00744120)",
                           "Ask two clinics for notes before paying the flagged lines", "Pay the rest when billed"]):
        d.text(314, 102 + i * 10, t)
    y = 154
    for ci, (pat, prov, acct, pcl, items) in enumerate(cards):
        d.font("dejavu", 7.5)
        h = 53 + sum((22 if note else 12) + 9 * (len(d.wrap(f"{s.desc} (CPT {s.code}-GO-59)", 168)) - 1)
                     for s, _, note in items)
        if y + h > 750:
            foot()
            d.new_page()
            y = 50
        d.rect(40, y - 12, 532, h, lw=0.8, gray=0.35)
        d.font("dejavu", 9, True)
        d.text(46, y, f"{pat}")
        d.font("dejavu", 7.5)
        d.text(180, y, f"{prov}")
        d.text(46, y + 11, f"Insurer claim # {pcl}    Provider account # {acct}")
        y += 26
        d.font("dejavu", 7, True)
        row(d, cols, y, [["Service", "date"], ["What was done"], ["Units"], ["Provider", "billed"],
                         ["Insurer", "allowed"], ["Insurer", "paid"], ["You owe"], ["Our", "check"]], lead=8)
        d.hline(44, 568, y + 11, 0.4)
        y += 21
        svcs = []
        for s, check, note in items:
            svcs.append(s)
            d.font("dejavu", 7.5)
            mods = "-" + "-".join(s.mods) if s.mods else ""
            what = d.wrap(f"{s.desc} (CPT {s.code}{mods})", 168)
            top, bot, last = row(d, cols, y, [fmt_date(s.dos), what,
                                              eobgen.units_str(s.units), m_dollar(s.billed), m_dollar(s.allowed),
                                              m_dollar(s.paid), m_dollar(s.owes), check], lead=9)
            y = last
            if note:
                d.font("dejavu", 6.8)
                d.text(110, y + 10, "! " + note, gray=0.25)
                bot = y + 12
                y += 10
            tr.add(d.page, (top, bot), s, claim_id=acct, payer_claim_id=pcl, patient=pat,
                   printed=("billed", "allowed", "paid", "patient_owes"))
            y += 12
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        d.hline(300, 568, y - 8, 0.4)
        d.font("dejavu", 7.5, True)
        d.text(102, y + 1, "Claim total")
        for x, v in zip((356, 412, 468, 520), (tb, ta, tp, to)):
            d.text(x, y + 1, m_dollar(v), "r")
        tr.claim(acct, pcl, pat, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        y += 26
    foot()
    pages = d.save()
    tr.write(pdf, pages, reg)


# =========================================================================================== l10
def l10_medical_specials(out: Path, reg: dict) -> None:
    name = "l10_lawfirm_medical_specials"
    pdf = out / f"{name}.pdf"
    d = Doc(pdf, "fpdf2", title="Itemized Medical Specials", creator="CaseDock Legal Practice Manager")
    tr = Truth(name, "fpdf2", "Personal-injury law firm case-management print 'Itemized Medical Specials' for a "
               "client: one section per provider bill with the provider account # and the health insurer's claim "
               "#, DOS 11/24/2025, 'CPT/HCPCS' as 97110-GP, two-line descriptions, Billed / Health Ins. Paid / "
               "Ins. Adj. (uncoded write-off) / Pt. Resp. / Balance, section totals, grand total; no units.",
               money=m_dollar, date=lambda x: dfmt(x, "mdy4"), units=None, identities=("billed_split",))
    st = PlanState(ded_left=Decimal("500.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.64"))
    secs = [
        ("Lakeshore Orthopedic Associates", "LOA-77812", "GSB-25-3310942",
         [S(D(2025, 11, 24), "99214", 1, ["25"]), S(D(2025, 11, 24), "L3807", 1, ["RT"]),
          S(D(2025, 12, 8), "99213", 1, [])]),
        ("Tidemark Physical & Hand Therapy", "TPH-5520-A", "GSB-25-3342170",
         [S(D(2025, 12, 2), "97163", 1, ["GP"]), S(D(2025, 12, 2), "97110", 2, ["GP"]),
          S(D(2025, 12, 4), "97110", 2, ["GP"]), S(D(2025, 12, 4), "97140", 2, ["GP", "59"]),
          S(D(2025, 12, 9), "97110", 3, ["GP"]), S(D(2025, 12, 9), "G0283", 1, ["GP"])]),
        ("Tidemark Physical & Hand Therapy", "TPH-5520-A", "GSB-26-0011875",
         [S(D(2026, 1, 6), "97110", 2, ["GP"]), S(D(2026, 1, 6), "97112", 1, ["GP"]),
          S(D(2026, 1, 8), "97110", 2, ["GP"]), S(D(2026, 1, 8), "97140", 1, ["GP"]),
          S(D(2026, 1, 13), "97168", 1, ["GO"]),
          S(D(2026, 1, 13), "97018", 1, ["GP"], denied="PR")]),
        ("Brightside Imaging & Pain Center", "BIP-300417", "GSB-26-0030662",
         [S(D(2026, 1, 20), "99214", 1, []), S(D(2026, 1, 20), "G0283", 1, []),
          S(D(2026, 1, 20), "E0731", 1, ["NU"])]),
        ("Tidemark Physical & Hand Therapy", "TPH-5520-A", "GSB-26-0041208",
         [S(D(2026, 1, 27), "97110", 2, ["GP"]), S(D(2026, 1, 27), "97140", 2, ["GP"]),
          S(D(2026, 1, 29), "97110", 2, ["GP"]), S(D(2026, 1, 29), "97112", 1, ["GP"])]),
    ]
    for sec in secs:
        for s in sec[3]:
            commercial(s, st, deny_reason="96")
            if not s.denied:
                s.discount = s.billed - s.allowed
    long = dict(eobgen.LONG_DESC)
    long.setdefault("99214", "Office visit for an established patient, moderate medical decision making")
    long.setdefault("99213", "Office visit for an established patient, low medical decision making")
    long.setdefault("97163", "Physical therapy evaluation of high complexity with plan of care")
    long.setdefault("97112", "Neuromuscular re-education of movement, balance and coordination")
    long.setdefault("97168", "Occupational therapy re-evaluation of the plan of care")
    long.setdefault("97018", "Paraffin bath treatment to one or more areas")
    cols = [(40, 54, "l"), (96, 56, "l"), (154, 164, "l"), (320, 50, "r"), (372, 54, "r"), (428, 46, "r"),
            (476, 46, "r"), (524, 48, "r")]

    def head(cont=False) -> float:
        d.font("libserif", 13, True)
        d.text(40, 44, "HARTWELL & OSEI LLP")
        d.font("libserif", 8.5)
        d.text(40, 56, "Attorneys at Law  ·  410 Foundry Row, Suite 900  ·  Kestrel Bay, WA 98611")
        d.font("libserif", 12, True)
        d.text(572, 44, "Itemized Medical Specials" + (" (cont.)" if cont else ""), "r")
        d.font("libserif", 8.5)
        d.text(572, 56, "Matter 2025-PI-0412  ·  as of 02/12/2026", "r")
        d.hline(40, 572, 62, 0.8)
        d.text(40, 76, "Client: Rosalind Tebbe     Date of incident: 11/18/2025     Health insurer: Granite State "
               "Benefit Plan")
        return 96

    def foot() -> None:
        d.font("libserif", 7.5)
        d.text(40, 770, "Prepared for settlement negotiation. Privileged and confidential attorney work product.")
        d.text(572, 770, f"Page {d.page} of 2", "r")

    y = head()
    gt = [ZERO] * 5
    for si, (prov, acct, pcl, svcs) in enumerate(secs):
        if y + 60 > 720:
            foot()
            d.new_page()
            y = head(True)
        d.rect(40, y - 10, 532, 26, fill=0.92, stroke=False)
        d.font("libserif", 9, True)
        d.text(44, y, prov)
        d.font("libserif", 8)
        d.text(44, y + 11, f"Provider acct # {acct}     Insurer claim # {pcl}")
        y += 30
        d.font("libserif", 7.5, True)
        row(d, cols, y, [["Date of", "service"], ["CPT/HCPCS"], ["Description"], ["Billed"], ["Health Ins.", "Paid"],
                         ["Ins. Adj."], ["Pt. Resp."], ["Balance"]], lead=8.5)
        d.hline(40, 572, y + 11, 0.4)
        y += 22
        d.font("libserif", 8)
        for s in svcs:
            desc = d.wrap(long.get(s.code, s.desc), 162)[:2]
            if y + 20 > 740:
                foot()
                d.new_page()
                y = head(True)
                d.font("libserif", 8, True)
                d.text(44, y, f"{prov} (continued)   Provider acct # {acct}     Insurer claim # {pcl}")
                y += 16
                d.font("libserif", 8)
            code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            bal = s.owes - (Decimal("20.00") if s.owes and si == 0 else ZERO)
            top, bot, last = row(d, cols, y, [dfmt(s.dos, "mdy4"), code, desc, m_dollar(s.billed), m_dollar(s.paid),
                                              m_dollar(s.discount), m_dollar(s.owes), m_dollar(bal)], lead=9.5)
            tr.add(d.page, (top, bot), s, claim_id=acct, payer_claim_id=pcl, patient="Rosalind Tebbe",
                   printed=("billed", "paid", "discount", "patient_owes"), units=False)
            y = last + 13
        tb, tp, ta, to = (total(svcs, k) for k in ("billed", "paid", "discount", "owes"))
        d.hline(320, 572, y - 8, 0.4)
        d.font("libserif", 8, True)
        d.text(154, y + 1, f"Total {prov.split()[0]} bill")
        for x, v in zip((370, 426, 474, 522), (tb, tp, ta, to)):
            d.text(x, y + 1, m_dollar(v), "r")
        for k, v in enumerate((tb, tp, ta, to)):
            gt[k] += v
        tr.claim(acct, pcl, "Rosalind Tebbe", billed=tb, paid=tp, patient_owes=to)
        y += 24
    d.font("libserif", 9, True)
    d.hline(40, 572, y - 9, 1.0)
    d.text(154, y + 2, "TOTAL MEDICAL SPECIALS")
    for x, v in zip((370, 426, 474, 522), gt[:4]):
        d.text(x, y + 2, m_dollar(v), "r")
    foot()
    pages = d.save()
    tr.write(pdf, pages, reg)


# =========================================================================================== main
LAYOUTS = [l01_pm_ledger, l02_denial_worklist, l03_payments_by_cpt, l04_hsa_statement, l05_claim_status,
           l06_sheet_print, l07_cob_attachment, l08_deposit_detail, l09_advocacy_review, l10_medical_specials]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout13_"))
    samples = (HERE.parent.parent / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        print("refusing to write under samples/: these layouts must stay held out", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    reg: dict = {}
    for fn in LAYOUTS:
        fn(out, reg)
    n_lines = sum(len(t.lines) for t in reg.values())
    print(f"wrote {len(reg)} PDFs with {n_lines} service lines into {out}")
    if not check:
        return 0
    bad = 0
    for pdf_name, tr in reg.items():
        errs = h13kit.check_pdf(out / pdf_name, tr)
        import json
        pages = json.loads((out / (pdf_name + ".truth.json")).read_text())["pages"]
        print(f"  {'ok ' if not errs else 'BAD'} {pdf_name}: {len(tr.lines)} lines, {pages} pages, "
              f"{len(tr.claims)} claims" + (f", planted: {len(tr.findings)}" if tr.findings else ""))
        for e in errs[:25]:
            print("      " + e)
        bad += bool(errs)
    print("check: " + ("PASS" if not bad else f"FAIL ({bad} files)"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
