"""Write the 84th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on the five commonest real document kinds, two house styles each, written without
looking at the reader (its code, tests, docs or results).

Run:  python bench/heldout84/make_heldout84_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout84/make_heldout84_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py, whose helpers are imported), printed values
only, null for what a layout does not print (units null where no quantity is printed, modifiers [] where none
are printed); claim_id = the provider's own account / patient-control / visit number, payer_claim_id = the
payer's claim number / ICN / TCN, patient exactly as printed (the person who got the service, not the
subscriber or guarantor). Every name, number, payer, provider, address and ID is invented; descriptions are our
own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness). The small
helper module h84kit.py records each page's drawing once and renders it with reportlab or fpdf2, and holds the
self-check.

Layouts (set 84: two of each of the five commonest kinds, each in its own house style):
  a  commercial family member EOB, portrait core Helvetica: address + subscriber box, family summary, shaded
     "Claim for <member>" bars with claim number + patient account, 13 columns with two-line headings ("Amount
     billed / Network savings / Not covered / Allowed amount / Deductible / Copay / Coinsurance / Plan paid / You
     owe / Note"), code and modifiers in their own column ("97112 GO 59"), wrapped 2-4-line wording, no units,
     a claim continued on page 2 under a repeated bar and header, note-letter legend (reportlab)
  b  self-funded plan (TPA) member EOB, landscape DejaVu Serif Condensed with a grey left sidebar (plan year
     to date, covered members): "Patient:" + "Claim #" heads, "Procedure 97140 GO", Qty, charged / plan
     discount / allowed / not covered / deductible / copay / coinsurance / paid to provider / patient
     responsibility, 3-character remark codes, an excluded line the member owes, a claim continued on page 2
     (fpdf2)
  c  Medicare Advantage PPO member EOB, portrait Liberation Sans: monthly summary box, "Claim ID" heads with
     provider and patient, code and modifiers inside the wording "(97110, GP, CQ)", no units, billed /
     plan-approved / plan paid / you may owe / notes, a non-covered line the member is not billed for, office
     copay, claim continued on page 2 under a repeated grey header (reportlab)
  d  Medicare Summary Notice Part B, portrait DejaVu Sans Condensed: address, facts, deductible and claims boxes;
     claims headed by the full date ("January 9, 2026") with the claim number at right; "Service Provided &
     Billing Code" wording wrapping over 2-3 text lines with the amounts on the last one, "(97530)" code only,
     no modifiers, no units, Yes/No approved column, a denied line the beneficiary may be billed for, a claim
     continued on page 2 (fpdf2)
  e  state Medicaid remittance advice, landscape core Courier fixed-width: column header in the page head,
     PAID / DENIED / CREDITED-ADJUSTED sections, beneficiary heading rows (name "LAST, FIRST", beneficiary ID,
     patient account, TCN), SVC FROM / SVC TO as MMDDYY incl. a weekly range, units "3.00", a trailing-minus
     credit claim and its replacement, 4-digit EOB codes, a claim running onto page 2 marked "(CONT)" (reportlab)
  f  state Medicaid MMIS remittance advice, portrait Liberation Sans, fully ruled grid: banner, boxed
     label-over-value claim heads (beneficiary name / ID / patient account # / ICN / status / billed / paid),
     Svc Date From / To as 01/05/2026, Mods, Units, "CO-45  12.30" adjustment cells, RARC column, a denied
     claim and a denied line, a claim continued on page 2 under a repeated head, claims summary (fpdf2)
  g  Medicare-style standard paper remittance printed by a clearinghouse from an ERA, portrait DejaVu Sans Mono
     6.5 pt: two-line column header (PERF PROV / SERV DATE "0106 010626" / POS / NOS / PROC / MODS / BILLED /
     ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD) repeated per page, NAME / MBI / ACNT / ICN claim lines,
     CO-253 stacked on a second text line, PT RESP + CLAIM TOTALS rows, a claim continued on page 2 "CONT", a
     medical-necessity denial with a remark (reportlab)
  h  practice-management system "ERA Posting Detail", landscape Liberation Sans Narrow: shaded claim bars
     (patient "Last, First", Acct #, Payer Claim #, claim status text), Svc Date 01/05/26, Mod "GP,59", Units,
     Charge / Allowed / Deduct / CoIns / CoPay / Adj Grp/Rsn / Adj Amt / Paid / Pt Resp with 2-3 adjustments
     stacked on extra text lines, a parenthesised reversal claim and its re-payment, an eligibility denial (fpdf2)
  i  therapy clinic family statement to a guarantor, portrait DejaVu Sans: address + account box, visit heading
     rows naming the child, the visit number and the insurer's claim number, Date / Description / Code
     "97530-GO" / Units / Charges / Insurance paid / Adjustment / Your balance, visit totals, a card payment row,
     three children, continued on page 2 under the repeated column header (reportlab)
  j  hospital guarantor statement with itemized outpatient accounts for three family members, portrait
     Liberation Serif: centred letterhead, shaded account bands (account number, patient, dates, insurer),
     Date / Rev / CPT/HCPCS / Mod / Qty / Description / Charges items, insurer payment (with its claim number)
     and contractual adjustment only at account level, an account continued on page 2 (fpdf2)

Truth choices: on statements (i) "Adjustment" is the uncoded network write-off -> discount, "Insurance paid" ->
paid, "Your balance" -> patient_owes; (j) prints only charges per item, so only billed is recorded. On the paper
remit (g) deductible / coinsurance are printed in their own columns (recorded as deductible / coinsurance), so
the adjustments recorded are the CO group entries printed in GRP/RC-AMT. Medicaid EOB codes and plan notes are
remarks. MSN and MA claims carry no provider account number (claim_id null).

The self-check (--check) tests the factory, not the reader: per service line it finds the line's own text
line(s) in the extracted text layer (pdfplumber words at the recorded baselines) and requires there the code,
every modifier, the units, every non-null amount, every adjustment group/reason and amount, every remark; the
service date on the row or in its claim heading; ids and patients in the document text; the page of each line
and the page count; the documents' own arithmetic (billed - discount - not covered = allowed; allowed -
deductible - copay - coinsurance = paid; allowed - you owe = paid; billed - adjustments = paid where every
adjustment is printed; charge - adjustment - insurance paid = balance on the statement); that every printed
claim total equals the sum of its lines and is printed; that the documents marked so have a claim whose rows
continue onto the next page; and that every document has at least two pages.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

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
from h84kit import Doc, check_doc  # noqa: E402

# A few extra invented charges / schedule amounts / our own wording for non-therapy lines.
for _c, _fee, _sch, _desc in (
    ("99214", "210.00", "128.40", "Office visit, established patient, moderate"),
    ("73110", "145.00", "38.20", "X-ray of wrist, three or more views"),
    ("A4556", "18.00", "9.50", "Electrodes, per pair"),
    ("97113", "98.00", "35.90", "Aquatic therapy with exercises"),
    ("97542", "70.00", "31.20", "Wheelchair management training"),
    ("97533", "88.00", "30.44", "Sensory integration techniques"),
    ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
    ("G0151", "130.00", "58.70", "Home health physical therapy visit"),
):
    eobgen.FEE[_c], eobgen.SCHED[_c], eobgen.DESC[_c] = _fee, _sch, _desc

D = date
J = lambda d: date(2026, 1, d)  # noqa: E731


class Flow:
    """A y cursor over pages: ``header(doc)`` draws page furniture and returns the first free y."""

    def __init__(self, doc: Doc, bottom: float, header):
        self.doc, self.bottom, self.header = doc, bottom, header
        self.y = 0.0

    def start(self) -> None:
        self.doc.page()
        self.y = self.header(self.doc)

    def need(self, h: float, on_break=None) -> bool:
        if self.y + h > self.bottom:
            self.start()
            if on_break:
                on_break()
            return True
        return False


def cells(doc: Doc, y: float, cols, vals, st="R", sz=7.0) -> None:
    for (x, al), v in zip(cols, vals):
        if v:
            doc.t(x, y, v, st, sz, al)


def mods_sp(s: Svc) -> str:
    return " ".join(s.mods)


OUT: list = []  # (doc, truth, equations, planted, spans)


def finish(doc: Doc, out: Path, desc: str, lines, claims, legend, equations, findings=None, planted=(),
           spans=False) -> None:
    pdf = out / f"{doc.name}.pdf"
    doc.render(pdf)
    write_truth(pdf, doc.name, doc.producer, doc.pno, desc, lines, claims, legend, findings or [])
    OUT.append((doc, pdf, set(equations), set(planted), spans))


# ================================================================================================ a
def layout_a(out: Path) -> None:
    """Commercial family member EOB, portrait core Helvetica (reportlab)."""
    doc = Doc("h84a_commercial_family_eob", "reportlab", {"R": "Helvetica", "B": "Helvetica-Bold"})
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"))
    claims_def = [
        ("Tobias Etxeberria", "Son", "Brightwater Pediatric Therapy", "CRH2601-778104", "BWP-40917", "01/21/2026", [
            Svc(J(5), "97165", 1, ("GO",)), Svc(J(7), "97530", 3, ("GO",)), Svc(J(7), "97535", 1, ("GO",)),
            Svc(J(12), "97530", 2, ("GO",)), Svc(J(12), "97112", 1, ("GO", "59")), Svc(J(14), "97530", 3, ("GO",)),
            Svc(J(14), "97140", 1, ("GO", "59")), Svc(J(19), "97533", 2, ("GO",)), Svc(J(19), "97110", 2, ("GO",)),
            Svc(J(21), "97530", 3, ("GO",)), Svc(J(21), "97535", 1, ("GO",)), Svc(J(26), "97168", 1, ("GO",)),
        ]),
        ("Lina Etxeberria", "Daughter", "Westbend Speech & Language Center", "CRH2601-781552", "WSL0022871",
         "01/23/2026", [
            Svc(J(6), "92523", 1, ("GN",)), Svc(J(13), "92507", 1, ("GN",)), Svc(J(20), "92507", 1, ("GN",)),
            Svc(J(27), "92507", 1, ("GN",), denied="PR"),
        ]),
        ("Marisol Etxeberria", "Self", "Harborview Family Medicine", "CRH2601-790318", "HFM-118832", "01/27/2026", [
            Svc(J(16), "99214", 1), Svc(J(16), "73110", 1, ("RT",)), Svc(J(16), "A4556", 2),
        ]),
    ]
    notes = [("A", "Your plan's network rate was applied; you do not pay the savings amount."),
             ("B", "Amount applied to your annual deductible."),
             ("C", "This visit is over the 30-visit yearly limit for speech therapy; you may be billed."),
             ("D", "Office visit copay applied.")]
    X = [(30, "l"), (64, "l"), (150, "l"), (228, "r"), (268, "r"), (303, "r"), (343, "r"), (380, "r"), (410, "r"),
         (452, "r"), (494, "r"), (534, "r"), (548, "l")]

    def header(d: Doc) -> float:
        d.t(30, 40, "Cobalt Ridge Health Plan", "B", 15)
        d.t(30, 54, "PO Box 40912, Larchmont Falls, MN 55990  |  Member services 1-800-555-0174", "R", 7.5)
        d.t(582, 40, "Explanation of Benefits", "B", 12, "r")
        d.t(582, 54, "THIS IS NOT A BILL", "B", 8.5, "r")
        d.ln(30, 62, 582, 62, 1.2)
        d.t(30, 770, "Cobalt Ridge Health Plan is an invented example. Keep this statement with your health records.",
            "R", 6.5)
        d.t(582, 770, f"Page {d.pno} of {{NP}}", "R", 7, "r")
        if d.pno == 1:
            d.t(30, 82, "MARISOL ETXEBERRIA", "R", 9)
            d.t(30, 93, "2718 Quarry Lane Apt 4", "R", 9)
            d.t(30, 104, "Larchmont Falls MN 55992", "R", 9)
            d.box(340, 72, 242, 58)
            for i, (k, v) in enumerate((("Subscriber", "Marisol Etxeberria"), ("Member ID", "CRX 441 870 216"),
                                        ("Group", "NORTHSHORE TILE CO. 0074-B"), ("Statement date", "02/02/2026"),
                                        ("Covered family members", "3"))):
                d.t(346, 83 + i * 10, k, "R", 7.5)
                d.t(576, 83 + i * 10, v, "B", 7.5, "r")
            return 146
        d.t(30, 80, "Subscriber: Marisol Etxeberria   Member ID: CRX 441 870 216   Statement date: 02/02/2026", "R", 7.5)
        return 96

    def colhead(d: Doc, y: float) -> float:
        d.box(30, y - 9, 552, 22, fill=0.88, stroke=False)
        heads = [("Service", "date"), ("Description", ""), ("Code /", "modifiers"), ("Amount", "billed"),
                 ("Network", "savings"), ("Not", "covered"), ("Allowed", "amount"), ("Deduct-", "ible"),
                 ("Copay", ""), ("Coin-", "surance"), ("Plan", "paid"), ("You", "owe"), ("Note", "")]
        for (x, al), (a, b) in zip(X, heads):
            d.t(x, y, a, "B", 6.5, al)
            if b:
                d.t(x, y + 8, b, "B", 6.5, al)
        return y + 22

    lines, claims = [], []
    fl = Flow(doc, 730, header)
    fl.start()
    # family summary on page 1
    doc.t(30, fl.y, "Your family's claims on this statement", "B", 9)
    fl.y += 12
    svcs_all = []
    for pat, rel, prov, pcn, acct, recd, svcs in claims_def:
        for s in svcs:
            commercial(s, st, deny_reason="119")
            if s.code == "99214":
                s.owes, s.copay, s.coinsurance = s.owes, ZERO, s.coinsurance
        svcs_all.append(svcs)
    for (pat, rel, prov, pcn, acct, recd, svcs) in claims_def:
        doc.t(40, fl.y, f"{pat} ({rel})  -  {prov}", "R", 7.5)
        doc.t(470, fl.y, "You owe", "R", 7.5)
        doc.t(560, fl.y, money(total(svcs, "owes")), "R", 7.5, "r")
        fl.y += 10
    fl.y += 10
    for (pat, rel, prov, pcn, acct, recd, svcs) in claims_def:
        def claim_head(cont=False):
            doc.box(30, fl.y - 10, 552, 14, fill=0.95, stroke=True)
            doc.t(34, fl.y, f"Claim for {pat}" + ("  (continued)" if cont else ""), "B", 8)
            doc.t(190, fl.y, f"Provider: {prov}", "R", 7.5)
            fl.y += 12
            doc.t(34, fl.y, f"Claim number {pcn}    Patient account {acct}    Received {recd}    "
                            f"Payment to: provider", "R", 7)
            fl.y += 12
            fl.y = colhead(doc, fl.y + 4)

        fl.need(80)
        claim_head()
        for s in svcs:
            desc_lines = doc.wrap(LONG_DESC.get(s.code, s.desc), "R", 7, 82)
            h = 9 * len(desc_lines) + 2
            fl.need(h, on_break=lambda: claim_head(True))
            y0 = fl.y
            note = "C" if s.denied else ("D" if s.copay else ("B" if s.deductible else "A"))
            cells(doc, y0, X, [dfmt(s.dos, "mdy2"), desc_lines[0], f"{s.code} {mods_sp(s)}".strip(),
                               money(s.billed, ","), money(s.discount, ","), money(s.not_covered, ","),
                               money(s.allowed, ","), money(s.deductible, ","), money(s.copay, ","),
                               money(s.coinsurance, ","), money(s.paid, ","), money(s.owes, ","), note])
            ys = [y0]
            for k, extra in enumerate(desc_lines[1:], 1):
                doc.t(64, y0 + 9 * k, extra, "R", 7)
                ys.append(y0 + 9 * k)
            lines.append(doc.service(truth_line(0, s, claim_id=acct, payer_claim_id=pcn, patient=pat, units=False,
                                                printed=("billed", "discount", "not_covered", "allowed", "deductible",
                                                         "copay", "coinsurance", "paid", "patient_owes"),
                                                remarks=[note], overrides={"description": " ".join(desc_lines)}),
                                     ys, sz=7))
            fl.y += h
            doc.ln(30, fl.y - 7, 582, fl.y - 7, 0.3, 0.6)
        fl.need(24)
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        doc.ln(30, fl.y - 6, 582, fl.y - 6, 0.8)
        cells(doc, fl.y + 2, X, ["", "Claim totals", "", money(tb, "$"), money(total(svcs, "discount"), "$"),
                                 money(total(svcs, "not_covered"), "$"), money(ta, "$"),
                                 money(total(svcs, "deductible"), "$"), money(total(svcs, "copay"), "$"),
                                 money(total(svcs, "coinsurance"), "$"), money(tp, "$"), money(to, "$"), ""], "B", 6.5)
        claims.append({"claim_id": acct, "payer_claim_id": pcn, "patient": pat,
                       "totals": claim_totals(tb, ta, tp, to)})
        fl.y += 26
    fl.need(70)
    doc.t(30, fl.y, "Notes", "B", 9)
    fl.y += 12
    for k, v in notes:
        doc.t(34, fl.y, f"{k}  {v}", "R", 7.5)
        fl.y += 10
    fl.y += 6
    doc.t(30, fl.y, "Questions or want to appeal? Call member services within 180 days of this statement.", "R", 7.5)
    finish(doc, out, "Commercial family member EOB, portrait core Helvetica: shaded claim bars per family member with "
                     "claim number and patient account, 13 columns with two-line headings, code and modifiers apart "
                     "from the wording, wrapped wording, no units, a claim continued on page 2 under the repeated "
                     "heading, note letters", lines, claims, notes, ("disc", "share"), spans=True)


# ================================================================================================ b
def layout_b(out: Path) -> None:
    """Self-funded plan (TPA) member EOB, landscape with a left sidebar (fpdf2, DejaVu Serif Condensed)."""
    doc = Doc("h84b_tpa_member_eob_sidebar", "fpdf2",
              {"R": "DejaVuSerifCondensed", "B": "DejaVuSerifCondensed-Bold"}, size=(792, 612))
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.10"), copay_codes={"99213": Decimal("25.00")})
    claims_def = [
        ("Aurelie Valkonen", "Northgate Hand Therapy", "7704-55821-00", "118204", [
            Svc(J(8), "97165", 1, ("GO",)), Svc(J(8), "97760", 2, ("GO",)), Svc(J(8), "L3807", 1, ("RT",)),
            Svc(J(15), "97140", 2, ("GO",)), Svc(J(15), "97110", 2, ("GO",)), Svc(J(22), "97140", 2, ("GO",)),
            Svc(J(22), "97530", 1, ("GO",)), Svc(J(22), "G0283", 1, ("GO",), denied="PR"),
            Svc(J(29), "97110", 3, ("GO",)), Svc(J(29), "97140", 1, ("GO", "59")),
        ]),
        ("Pavo Valkonen", "Ridgeline Kids Therapy Group", "7704-56014-00", "RKT-9931", [
            Svc(J(9), "97162", 1, ("GP",)), Svc(J(16), "97116", 2, ("GP",)), Svc(J(16), "97530", 2, ("GP",)),
            Svc(J(23), "97116", 2, ("GP",)), Svc(J(23), "97112", 2, ("GP", "59")), Svc(J(30), "97530", 3, ("GP",)),
            Svc(J(30), "97542", 1, ("GP",)),
        ]),
        ("Dmitri Valkonen", "Quarry Street Clinic", "7704-57110-00", "QSC77120", [
            Svc(J(19), "99213", 1), Svc(J(19), "97110", 2, ("GP", "KX")), Svc(J(20), "97161", 1, ("GP",)),
            Svc(J(20), "97110", 2, ("GP",)), Svc(J(22), "97110", 2, ("GP",)), Svc(J(22), "97140", 1, ("GP",)),
            Svc(J(24), "97110", 2, ("GP",)), Svc(J(24), "97112", 1, ("GP",)), Svc(J(27), "97110", 2, ("GP",)),
            Svc(J(27), "97530", 1, ("GP",)), Svc(J(29), "97110", 2, ("GP",)), Svc(J(29), "97140", 1, ("GP",)),
            Svc(J(31), "97110", 2, ("GP",)), Svc(J(31), "97116", 1, ("GP",)),
        ]),
    ]
    for *_, svcs in claims_def:
        for s in svcs:
            commercial(s, st, deny_reason="96")
    remarks = [("P10", "Paid at the network rate for this provider."),
               ("P22", "Copay for office visit applied."),
               ("X40", "Unattended stimulation is not a covered benefit under this plan; member responsible."),
               ("P31", "Coinsurance of 10% applied after the network rate.")]
    X = [(196, "l"), (242, "l"), (306, "r"), (340, "r"), (385, "r"), (430, "r"), (472, "r"), (512, "r"),
         (548, "r"), (590, "r"), (640, "r"), (695, "r"), (735, "r"), (742, "l")]
    heads = [("Date of", "service"), ("Procedure", ""), ("Qty", ""), ("Amount", "charged"), ("Plan", "discount"),
             ("Amount", "allowed"), ("Not", "covered"), ("Deduct-", "ible"), ("Copay", ""), ("Coins-", "urance"),
             ("Paid to", "provider"), ("Patient", "respons."), ("", ""), ("Remark", "")]
    X2 = X[:12] + [X[13]]
    heads2 = heads[:12] + [heads[13]]

    def header(d: Doc) -> float:
        d.box(0, 0, 178, 612, fill=0.9, stroke=False)
        d.t(16, 40, "PINECREST", "B", 16)
        d.t(16, 56, "Benefit Administrators", "R", 9)
        d.t(16, 80, "on behalf of", "R", 7)
        d.t(16, 90, "Saltmarsh Logistics", "B", 8)
        d.t(16, 100, "Employee Health Plan", "B", 8)
        if d.pno == 1:
            y = 130
            d.t(16, y, "Your plan year to date", "B", 9)
            for k, v in (("Family deductible", "$1,500.00"), ("Met so far", "$1,500.00"), ("Out-of-pocket max",
                         "$6,000.00"), ("Met so far", "$2,318.44")):
                y += 14
                d.t(16, y, k, "R", 7.5)
                d.t(166, y, v, "R", 7.5, "r")
            y += 30
            d.t(16, y, "Covered members", "B", 9)
            for n in ("Dmitri Valkonen (employee)", "Aurelie Valkonen (spouse)", "Pavo Valkonen (dependent)"):
                y += 12
                d.t(16, y, n, "R", 7.5)
            y += 30
            d.t(16, y, "Questions?", "B", 9)
            d.t(16, y + 12, "Call 1-888-555-0139", "R", 7.5)
            d.t(16, y + 22, "Mon-Fri 8am-6pm Central", "R", 7.5)
            d.t(16, y + 44, "This is not a bill.", "B", 8)
        d.t(196, 36, "Explanation of Benefits", "B", 14)
        d.t(196, 50, "Employee: Dmitri Valkonen    ID: SLX-880-41732    Group: 55120    Processed: 02/03/2026",
            "R", 8)
        d.t(762, 36, f"Page {d.pno} of {{NP}}", "R", 8, "r")
        d.ln(196, 58, 762, 58, 0.8)
        d.t(196, 596, "Pinecrest Benefit Administrators processes claims for a self-funded plan; it does not insure "
                      "the plan's benefits. All names and numbers are invented.", "R", 6.5)
        return 76

    def colhead(d: Doc, y: float) -> float:
        d.ln(196, y - 9, 762, y - 9, 0.6)
        for (x, al), (a, b) in zip(X2, heads2):
            if a:
                d.t(x, y, a, "B", 7, al)
            if b:
                d.t(x, y + 8, b, "B", 7, al)
        d.ln(196, y + 12, 762, y + 12, 0.6)
        return y + 24

    lines, claims = [], []
    fl = Flow(doc, 575, header)
    fl.start()
    for pat, prov, pcn, acct, svcs in claims_def:
        def head(cont=False):
            doc.t(196, fl.y, f"Patient: {pat}", "B", 9)
            doc.t(400, fl.y, f"Claim # {pcn}" + ("   - continued -" if cont else ""), "B", 9)
            fl.y += 11
            doc.t(196, fl.y, f"Provider: {prov}    Patient account {acct}    In network    "
                             f"Paid to provider", "R", 7.5)
            fl.y += 14
            fl.y = colhead(doc, fl.y)

        fl.need(70)
        head()
        for s in svcs:
            fl.need(11, on_break=lambda: head(True))
            rk = "X40" if s.denied else ("P22" if s.copay else "P31")
            cells(doc, fl.y, X2, [dfmt(s.dos, "mdy4"), f"{s.code} {mods_sp(s)}".strip(), units_str(s.units),
                                  money(s.billed, ","), money(s.discount, ","), money(s.allowed, ","),
                                  money(s.not_covered, ","), money(s.deductible, ","), money(s.copay, ","),
                                  money(s.coinsurance, ","), money(s.paid, ","), money(s.owes, ","), rk], sz=7.5)
            lines.append(doc.service(truth_line(0, s, claim_id=acct, payer_claim_id=pcn, patient=pat,
                                                printed=("billed", "discount", "allowed", "not_covered",
                                                         "deductible", "copay", "coinsurance", "paid",
                                                         "patient_owes"),
                                                remarks=[rk], description=False), [fl.y], sz=7.5))
            fl.y += 11
        fl.need(16)
        doc.ln(196, fl.y - 8, 762, fl.y - 8, 0.4)
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        cells(doc, fl.y, X2, ["Totals for this claim", "", "", money(tb, "$"), money(total(svcs, "discount"), "$"),
                              money(ta, "$"), money(total(svcs, "not_covered"), "$"),
                              money(total(svcs, "deductible"), "$"), money(total(svcs, "copay"), "$"),
                              money(total(svcs, "coinsurance"), "$"), money(tp, "$"), money(to, "$"), ""], "B", 7.5)
        claims.append({"claim_id": acct, "payer_claim_id": pcn, "patient": pat,
                       "totals": claim_totals(tb, ta, tp, to)})
        fl.y += 26
    fl.need(60)
    doc.t(196, fl.y, "Remark codes", "B", 9)
    for k, v in remarks:
        fl.y += 11
        doc.t(196, fl.y, f"{k}   {v}", "R", 7.5)
    finish(doc, out, "Self-funded plan (TPA) member EOB, landscape DejaVu Serif Condensed with a grey left sidebar "
                     "(plan year to date, covered members): 'Patient:' + 'Claim #' heads, Procedure '97140 GO', Qty, "
                     "charged / plan discount / allowed / not covered / deductible / copay / coinsurance / paid to "
                     "provider / patient responsibility, 3-character remarks, an excluded line the member owes, claim "
                     "continued on page 2 under a repeated head", lines, claims, remarks, ("disc", "share"),
           spans=True)


# ================================================================================================ c
def layout_c(out: Path) -> None:
    """Medicare Advantage member EOB (reportlab, Liberation Sans)."""
    doc = Doc("h84c_medicare_advantage_eob", "reportlab", {"R": "LiberationSans", "B": "LiberationSans-Bold"})
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.20"))
    member = "Genevieve Okonkwo-Barre"
    claims_def = [
        ("Tidewater Outpatient Rehab", "HMA-260109-33105", "01/14/2026", [
            Svc(J(6), "97161", 1, ("GP",)), Svc(J(6), "97110", 2, ("GP",)), Svc(J(8), "97110", 2, ("GP",)),
            Svc(J(8), "97140", 1, ("GP",)), Svc(J(8), "97112", 1, ("GP",)), Svc(J(13), "97110", 2, ("GP", "CQ")),
            Svc(J(13), "97116", 1, ("GP", "CQ")), Svc(J(15), "97110", 3, ("GP", "CQ")),
            Svc(J(15), "G0283", 1, ("GP",)), Svc(J(20), "97530", 2, ("GP",)), Svc(J(20), "97140", 1, ("GP", "59")),
            Svc(J(22), "97110", 2, ("GP", "KX")), Svc(J(22), "0552T", 1, ("GP",), denied="CO"),
        ]),
        ("Marrow Point Medical Group", "HMA-260121-40077", "01/24/2026", [
            Svc(J(12), "99214", 1), Svc(J(12), "73110", 1, ("LT",)),
        ]),
        ("Lantern Speech & Swallow Clinic", "HMA-260128-41590", "01/30/2026", [
            Svc(J(21), "92526", 1, ("GN",)), Svc(J(28), "92526", 1, ("GN",)),
        ]),
        ("Tidewater Outpatient Rehab", "HMA-260131-44218", "02/01/2026", [
            Svc(J(26), "97110", 2, ("GP", "KX")), Svc(J(26), "97530", 1, ("GP", "KX")),
            Svc(J(27), "97110", 2, ("GP", "KX")), Svc(J(27), "97112", 1, ("GP", "KX")),
            Svc(J(29), "97110", 2, ("GP", "CQ", "KX")), Svc(J(29), "97116", 1, ("GP", "CQ", "KX")),
            Svc(J(30), "97110", 2, ("GP", "KX")), Svc(J(30), "97140", 1, ("GP", "KX")),
            Svc(J(31), "97168", 1, ("GP",)), Svc(J(31), "97530", 2, ("GP", "KX")),
        ]),
    ]
    for _, _, _, svcs in claims_def:
        for s in svcs:
            medicare(s, st, sequestration=False, deny_reason="50")
            if s.code == "99214":  # office visit: flat copay instead of coinsurance
                s.copay, s.coinsurance = Decimal("20.00"), ZERO
                s.paid = s.allowed - s.copay
                s.owes = s.copay
    notes = [("1", "Amount you owe is your 20% coinsurance for outpatient therapy."),
             ("2", "Specialist office visit copay."),
             ("3", "This service is not covered by your plan. The provider may not bill you for it."),
             ("4", "Therapy above the yearly threshold was reviewed and approved.")]

    def header(d: Doc) -> float:
        d.t(40, 44, "Harborstone Medicare Advantage", "B", 14)
        d.t(40, 57, "Medicare Advantage PPO plan  -  Explanation of Benefits for medical services", "R", 8.5)
        d.t(572, 44, "January 2026", "B", 11, "r")
        d.t(572, 57, f"Page {d.pno} of {{NP}}", "R", 8, "r")
        d.ln(40, 64, 572, 64, 1.5, 0.3)
        d.t(40, 768, "Harborstone Health Plans, Inc.  |  H9901-014  |  Member services 1-877-555-0180 (TTY 711), "
                     "8 a.m. to 8 p.m., 7 days a week", "R", 6.5)
        if d.pno == 1:
            d.t(40, 84, member.upper(), "R", 9)
            d.t(40, 95, "41 Saltgrass Court", "R", 9)
            d.t(40, 106, "Port Wendell, ME 04999", "R", 9)
            d.t(360, 84, "Member ID: HSM8801427", "R", 8.5)
            d.t(360, 95, "Claims processed Jan 1 - Jan 31, 2026", "R", 8.5)
            d.box(40, 122, 532, 66)
            d.t(48, 136, "Summary of your medical claims", "B", 9.5)
            d.t(330, 136, "This month", "B", 8.5, "r")
            d.t(450, 136, "Year to date", "B", 8.5, "r")
            allsv = [s for *_, svcs in claims_def for s in svcs]
            for i, (k, a) in enumerate((("Total cost of your care", "billed"), ("Plan paid", "paid"),
                                        ("You may owe", "owes"))):
                d.t(48, 150 + i * 12, k, "R", 8.5)
                d.t(330, 150 + i * 12, money(total(allsv, a)), "R", 8.5, "r")
                d.t(450, 150 + i * 12, money(total(allsv, a)), "R", 8.5, "r")
            return 210
        d.t(40, 82, f"{member}  -  Member ID: HSM8801427", "R", 8.5)
        return 100

    X = [(40, "l"), (98, "l"), (330, "r"), (392, "r"), (450, "r"), (508, "r"), (518, "l")]

    def colhead(d: Doc, y: float) -> float:
        d.box(40, y - 9, 532, 24, fill=0.85, stroke=False)
        for (x, al), (a, b) in zip(X, [("Date of", "service"), ("Service you received", "(billing code)"),
                                       ("Amount the", "provider billed"), ("Plan's approved", "amount"),
                                       ("Plan", "paid"), ("You may", "owe"), ("See", "notes")]):
            d.t(x, y, a, "B", 7, al)
            d.t(x, y + 9, b, "B", 7, al)
        return y + 26

    lines, claims = [], []
    fl = Flow(doc, 740, header)
    fl.start()
    for prov, pcn, recd, svcs in claims_def:
        def head(cont=False):
            doc.t(40, fl.y, f"Claim ID: {pcn}" + (" (continued)" if cont else ""), "B", 9)
            doc.t(230, fl.y, f"Provider: {prov}", "R", 8.5)
            fl.y += 11
            doc.t(40, fl.y, f"Patient: {member}    Received {recd}    In-network provider", "R", 8)
            fl.y += 13
            fl.y = colhead(doc, fl.y)

        fl.need(75)
        head()
        for s in svcs:
            fl.need(12, on_break=lambda: head(True))
            note = "3" if s.denied else ("2" if s.copay else ("4" if "KX" in s.mods else "1"))
            mods = ", ".join(s.mods)
            wording = f"{s.desc} ({s.code}" + (f", {mods})" if mods else ")")
            cells(doc, fl.y, X, [dfmt(s.dos, "mdy2"), wording, money(s.billed), money(s.allowed), money(s.paid),
                                 money(s.owes), note], sz=7.5)
            lines.append(doc.service(truth_line(0, s, claim_id=None, payer_claim_id=pcn, patient=member, units=False,
                                                printed=("billed", "allowed", "paid", "patient_owes"),
                                                remarks=[note]), [fl.y], sz=7.5))
            fl.y += 12
        fl.need(18)
        doc.ln(40, fl.y - 8, 572, fl.y - 8, 0.5)
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        cells(doc, fl.y + 1, X, ["", "Claim total", money(tb), money(ta), money(tp), money(to), ""], "B", 7.5)
        claims.append({"claim_id": None, "payer_claim_id": pcn, "patient": member,
                       "totals": claim_totals(tb, ta, tp, to)})
        fl.y += 28
    fl.need(60)
    doc.t(40, fl.y, "Notes about your claims", "B", 9)
    for k, v in notes:
        fl.y += 11
        doc.t(44, fl.y, f"{k}.  {v}", "R", 8)
    finish(doc, out, "Medicare Advantage PPO member EOB, portrait Liberation Sans: monthly summary box, 'Claim ID' "
                     "heads with provider and patient, code and modifiers inside the wording '(97110, GP, CQ)', "
                     "no units, billed / approved / plan paid / you may owe, a non-covered line the member is not "
                     "billed for, office copay, claim continued on page 2 under a repeated grey header",
           lines, claims, notes, ("owe",), spans=True)


# ================================================================================================ d
def layout_d(out: Path) -> None:
    """Medicare Summary Notice Part B (fpdf2, DejaVu Sans Condensed)."""
    doc = Doc("h84d_msn_part_b", "fpdf2", {"R": "DejaVuSansCondensed", "B": "DejaVuSansCondensed-Bold"})
    st = PlanState(ded_left=Decimal("283.00"), coins_rate=Decimal("0.20"))
    bene = "ROSALIND QUAYE"
    claims_def = [
        (J(6), "Sandpiper Occupational Therapy", "(555) 010-4421", "26006-118-44710", [
            Svc(J(6), "97166", 1, ("GO",)), Svc(J(6), "97535", 2, ("GO",))]),
        (J(9), "Sandpiper Occupational Therapy", "(555) 010-4421", "26009-118-52203", [
            Svc(J(9), "97530", 3, ("GO",)), Svc(J(9), "97535", 1, ("GO",)), Svc(J(9), "97140", 1, ("GO",)),
            Svc(J(9), "97110", 2, ("GO",)), Svc(J(9), "97112", 1, ("GO", "59")), Svc(J(9), "97760", 1, ("GO",)),
            Svc(J(9), "G0283", 1, ("GO",)), Svc(J(9), "97129", 1, ("GO",))]),
        (J(13), "Sandpiper Occupational Therapy", "(555) 010-4421", "26013-118-60781", [
            Svc(J(13), "97530", 2, ("GO",)), Svc(J(13), "97110", 2, ("GO",)), Svc(J(13), "97112", 1, ("GO",)),
            Svc(J(13), "97760", 1, ("GO",)), Svc(J(13), "L3807", 1, ("RT",)), Svc(J(13), "97535", 1, ("GO",)),
            Svc(J(13), "0552T", 1, ("GO",), denied="PR")]),
        (J(20), "Fenwick Street Internal Medicine", "(555) 010-7730", "26020-204-11852", [
            Svc(J(20), "99214", 1), Svc(J(20), "73110", 1)]),
    ]
    for *_, svcs in claims_def:
        for s in svcs:
            medicare(s, st, deny_reason="50")
    notesd = {"A": "We applied this amount to your yearly Part B deductible.",
              "B": "Payment was reduced 2% as required by federal budget law.",
              "C": "Medicare does not pay for this item because it is not considered reasonable and necessary. "
                   "You signed a notice beforehand, so you may be billed.",
              "D": "This provider accepts assignment; you can only be billed the amount in the last column."}

    def header(d: Doc) -> float:
        d.t(40, 40, "Medicare Summary Notice for Part B (Medical Insurance)", "B", 13)
        d.t(40, 54, f"{bene}  |  Medicare Number XXX-XX-7Q4K  |  Notice date: February 4, 2026", "R", 8)
        d.t(572, 54, f"Page {d.pno} of {{NP}}", "R", 8, "r")
        d.ln(40, 60, 572, 60, 2)
        return 80

    lines, claims = [], []
    fl = Flow(doc, 740, header)
    fl.start()
    allsv = [s for *_, svcs in claims_def for s in svcs]
    d = doc
    d.t(40, 88, bene, "R", 9)
    d.t(40, 99, "1180 Tamarind Way", "R", 9)
    d.t(40, 110, "Orchard Bay, OR 97999", "R", 9)
    d.box(330, 76, 242, 70, fill=0.93)
    d.t(338, 90, "This notice is not a bill.", "B", 9)
    d.t(338, 104, "Claims dated Jan 1 - Jan 31, 2026", "R", 8)
    d.t(338, 116, "Customer service: 1-800-555-0163", "R", 8)
    d.t(338, 128, "Visit the invented portal mymsn.example", "R", 8)
    d.box(40, 160, 255, 110)
    d.t(48, 176, "Your Deductible Status", "B", 10)
    d.t(48, 192, "Your deductible is what you must pay each year", "R", 8)
    d.t(48, 203, "before Medicare starts to pay.", "R", 8)
    d.t(48, 220, "Part B Deductible: You have now met $283.00", "B", 8.5)
    d.t(48, 232, "of your $283.00 deductible for 2026.", "R", 8.5)
    d.box(310, 160, 262, 110)
    d.t(318, 176, "Your Claims & Costs This Period", "B", 10)
    d.t(318, 194, "Did Medicare approve all services?", "R", 8.5)
    d.t(566, 194, "NO", "B", 8.5, "r")
    d.t(318, 208, "Number of services Medicare denied", "R", 8.5)
    d.t(566, 208, "1", "B", 8.5, "r")
    d.t(318, 226, "Total You May Be Billed", "B", 9)
    d.t(566, 226, money(total(allsv, "owes")), "B", 9, "r")
    d.t(318, 246, "Providers with claims this period:", "R", 8)
    d.t(318, 257, "Jan 6 - Jan 13: Sandpiper Occupational Therapy", "R", 7.5)
    d.t(318, 267, "Jan 20: Fenwick Street Internal Medicine", "R", 7.5)
    d.t(40, 300, "How to check this notice: review the services on the following pages and compare them with your",
        "R", 8)
    d.t(40, 311, "own records. If you think there is an error, call the provider first, then customer service.", "R", 8)
    d.t(40, 340, "Your Claims for Part B (Medical Insurance)", "B", 11)
    d.t(40, 353, "Part B covers outpatient therapy, doctor visits, and medical supplies.", "R", 8)
    fl.y = 380
    X = [(40, "l"), (250, "c"), (346, "r"), (420, "r"), (490, "r"), (548, "r"), (556, "l")]
    heads = [("Service Provided &", "Billing Code"), ("Did Medicare", "Approve?"), ("Amount", "Provider Charged"),
             ("Medicare-", "Approved Amount"), ("Amount", "Medicare Paid"), ("Maximum You", "May Be Billed"),
             ("See", "Notes")]

    for dos, prov, phone, pcn, svcs in claims_def:
        def head(cont=False):
            doc.box(40, fl.y - 11, 532, 30, fill=0.88, stroke=False)
            doc.t(44, fl.y, dfmt(dos, "month") + (" (continued)" if cont else ""), "B", 9.5)
            doc.t(44, fl.y + 12, f"{prov}, {phone}   Referred by: Anselm Kirby, MD", "R", 7.5)
            doc.t(568, fl.y, f"Claim number {pcn}", "R", 7.5, "r")
            fl.y += 30
            for (x, al), (a, b) in zip(X, heads):
                doc.t(x, fl.y, a, "B", 7, al)
                doc.t(x, fl.y + 8, b, "B", 7, al)
            doc.ln(40, fl.y + 12, 572, fl.y + 12, 0.6)
            fl.y += 24
            return fl.y - 54

        fl.need(90)
        hy = head()
        for s in svcs:
            w = doc.wrap(f"{LONG_DESC.get(s.code, s.desc)} ({s.code})", "R", 7.5, 165)
            h = 10 * len(w) + 3
            if fl.need(h, on_break=lambda: None):
                hy = head(True)
            note = "C" if s.denied else ("A" if s.deductible else "B")
            rem = [note] if note != "B" else ["B"]
            if s.denied is None and s.deductible and s.seq:
                rem = ["A", "B"]
            ylast = fl.y + 10 * (len(w) - 1)
            for k, part in enumerate(w):
                doc.t(40, fl.y + 10 * k, part, "R", 7.5)
            cells(doc, ylast, X[1:], ["No" if s.denied else "Yes", money(s.billed), money(s.allowed), money(s.paid),
                                      money(s.owes), ", ".join(rem)], sz=7.5)
            ys = [fl.y + 10 * k for k in range(len(w))]
            lines.append(doc.service(truth_line(0, s, claim_id=None, payer_claim_id=pcn, patient=bene, units=False,
                                                modifiers=False, printed=("billed", "allowed", "paid",
                                                                          "patient_owes"),
                                                remarks=rem, overrides={"description": " ".join(w)}),
                                     ys, ctx=[hy], sz=7.5))
            fl.y += h
        fl.need(16)
        doc.ln(40, fl.y - 8, 572, fl.y - 8, 0.4)
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        cells(doc, fl.y + 1, X, ["Total for this claim", "", money(tb), money(ta), money(tp), money(to), ""],
              "B", 7.5)
        claims.append({"claim_id": None, "payer_claim_id": pcn, "patient": bene,
                       "totals": claim_totals(tb, ta, tp, to)})
        fl.y += 30
    fl.need(80)
    doc.t(40, fl.y, "Notes for Your Claims Above", "B", 10)
    for k, v in notesd.items():
        for j, part in enumerate(doc.wrap(v, "R", 8, 500)):
            fl.y += 11
            doc.t(44, fl.y, (f"{k}  " if j == 0 else "    ") + part, "R", 8)
    legend = list(notesd.items())
    finish(doc, out, "Medicare Summary Notice Part B, portrait DejaVu Sans Condensed: page-1 address, facts box, "
                     "deductible and claims boxes; claims headed by the full date and provider with the claim number "
                     "at right, 'Service Provided & Billing Code' wording wrapping over 2-3 text lines with the "
                     "amounts on the last one, (97530) code only, no modifiers, no units, Yes/No approved column, a "
                     "denied line the beneficiary may be billed for, a claim continued on the next page",
           lines, claims, legend, (), spans=True)


# ================================================================================================ e
def layout_e(out: Path) -> None:
    """State Medicaid remittance advice, fixed-width Courier landscape (reportlab)."""
    doc = Doc("h84e_medicaid_ra_fixed", "reportlab", {"R": "Courier", "B": "Courier-Bold"}, size=(792, 612))
    rec = [
        ("HALVORSEN, ELIAS", "40017782215", "ET-20931", "26030000418700", [
            Svc(J(5), "97530", 3, ("GO",)), Svc(J(5), "97535", 1, ("GO",)), Svc(J(12), "97530", 4, ("GO",))]),
        ("MBEKI-LAURENT, SOFIA", "40022901376", "ET-20944", "26030000418701", [
            Svc(J(6), "92507", 1, ("GN",)), Svc(J(13), "92507", 1, ("GN",)), Svc(J(20), "92507", 1, ("GN",))]),
        ("ODUYA, KAYODE", "40031155420", "ET-20951", "26030000418702", [
            Svc(J(7), "97166", 1, ("GO",)), Svc(J(7), "97110", 2, ("GO",)), Svc(J(14), "97530", 2, ("GO",)),
            Svc(J(14), "97112", 2, ("GO", "59")), Svc(J(21), "97530", 3, ("GO",)), Svc(J(21), "97140", 1, ("GO",)),
            Svc(J(28), "97530", 3, ("GO",)), Svc(J(28), "97535", 2, ("GO",))]),
        ("QUILLFEATHER, ROWAN", "40038810462", "ET-20955", "26030000418707", [
            Svc(J(5), "97530", 2, ("GO",)), Svc(J(6), "97530", 2, ("GO",)), Svc(J(7), "97530", 2, ("GO",)),
            Svc(J(8), "97530", 2, ("GO",)), Svc(J(12), "97530", 2, ("GO",)), Svc(J(13), "97535", 1, ("GO",)),
            Svc(J(14), "97530", 2, ("GO",)), Svc(J(15), "97112", 1, ("GO",)), Svc(J(19), "97530", 2, ("GO",)),
            Svc(J(20), "97533", 2, ("GO",)), Svc(J(21), "97530", 2, ("GO",)), Svc(J(22), "97535", 1, ("GO",)),
            Svc(J(26), "97530", 2, ("GO",)), Svc(J(27), "97530", 2, ("GO",)), Svc(J(28), "97168", 1, ("GO",))]),
        ("PRZYBYLSKI, NORA", "40040087713", "ET-20958", "26030000418703", [
            Svc(J(8), "97530", 2, ("GP",)), Svc(J(8), "97116", 2, ("GP",)), Svc(J(15), "97530", 2, ("GP",)),
            Svc(J(15), "97116", 2, ("GP",)), Svc(J(22), "97530", 2, ("GP",)), Svc(J(22), "97110", 1, ("GP",)),
            Svc(J(29), "97530", 2, ("GP",)), Svc(J(29), "97116", 2, ("GP",)), Svc(J(29), "97542", 1, ("GP",))]),
        ("TEMPLETON, AMARI", "40045522018", "ET-20967", "26030000418704", [
            Svc(J(9), "92523", 1, ("GN",)), Svc(J(16), "92507", 1, ("GN",)), Svc(J(23), "92507", 1, ("GN",)),
            Svc(J(30), "92507", 1, ("GN",))]),
    ]
    for *_, svcs in rec:
        for s in svcs:
            medicaid(s)
            s.remarks = ["0102"]
    denied = [("ZHOU-RAMIREZ, LEO", "40051209934", "ET-20972", "26030000418705", [
        Svc(J(12), "97533", 2, ("GO",), denied="CO"), Svc(J(12), "97530", 2, ("GO",), denied="CO")])]
    for *_, svcs in denied:
        for s in svcs:
            medicaid(s)
            s.remarks = ["0417", "0952"]
    # a weekly range line for Oduya
    orig = [Svc(J(5), "97110", 5, ("GP",), end=J(9)), Svc(J(5), "97140", 2, ("GP",), end=J(9))]
    for s in orig:
        medicaid(s)
    cred = [negate(s) for s in orig]
    for s in cred:
        s.remarks = ["0770"]
    repl = [Svc(J(5), "97110", 4, ("GP",), end=J(9)), Svc(J(5), "97140", 2, ("GP",), end=J(9))]
    for s in repl:
        medicaid(s)
        s.remarks = ["0771"]
    adjusted = [("PRZYBYLSKI, NORA", "40040087713", "ET-20811", "25345000377109", cred),
                ("PRZYBYLSKI, NORA", "40040087713", "ET-20811", "26030000418706", repl)]
    legend = [("0102", "ALLOWED AT THE STATE MAXIMUM FEE. DIFFERENCE NOT BILLABLE TO BENEFICIARY."),
              ("0417", "SERVICE REQUIRES PRIOR APPROVAL; NONE FOUND FOR THESE DATES."),
              ("0952", "IF APPROVAL WAS GRANTED, RESUBMIT WITH THE APPROVAL NUMBER."),
              ("0770", "CREDIT OF A PREVIOUSLY PAID CLAIM."),
              ("0771", "REPLACEMENT CLAIM PAID WITH CORRECTED UNITS.")]

    def header(d: Doc) -> float:
        d.t(36, 30, "STATE OF NORTHMARK    DEPARTMENT OF HEALTH SERVICES    MEDICAL ASSISTANCE PROGRAM", "B", 8)
        d.t(756, 30, f"PAGE {d.pno:>3}", "B", 8, "r")
        d.t(36, 41, "REMITTANCE ADVICE    RA NUMBER 0004471    RA DATE 02/06/2026    PAYMENT CYCLE 2026-05", "R", 8)
        d.t(36, 52, "PAYEE: LITTLE OAK PEDIATRIC THERAPY LLC    PROVIDER ID 0088412090    NPI 1730028841", "R", 8)
        d.ln(36, 57, 756, 57, 0.5)
        d.t(36, 68, "LN  SVC FROM  SVC TO   PROC   MODIFIERS     UNITS      BILLED     ALLOWED        PAID"
                    "   EOB CODES", "B", 7.5)
        d.ln(36, 72, 756, 72, 0.5)
        return 86

    lines, claims = [], []
    fl = Flow(doc, 570, header)
    fl.start()
    X = [(36, "l"), (56, "l"), (101, "l"), (146, "l"), (181, "l"), (271, "r"), (326, "r"), (381, "r"), (436, "r"),
         (452, "l")]

    def fmt(v: Decimal) -> str:
        return money(v, ",", "trail")

    for title, group in (("CLAIM STATUS: PAID", rec), ("CLAIM STATUS: DENIED", denied),
                         ("CLAIM STATUS: CREDITED / ADJUSTED", adjusted)):
        fl.need(40)
        doc.t(36, fl.y, f"*** {title} ***", "B", 8)
        fl.y += 14
        for name, bid, acct, tcn, svcs in group:
            def head(cont=False):
                doc.t(36, fl.y, f"BENEFICIARY NAME: {name:<22} BENEFICIARY ID: {bid}   PATIENT ACCOUNT #: {acct:<10}"
                                f" TCN: {tcn}" + (" (CONT)" if cont else ""), "R", 7.5)
                fl.y += 11

            fl.need(30)
            head()
            for i, s in enumerate(svcs, 1):
                fl.need(10, on_break=lambda: head(True))
                end = s.end or s.dos
                cells(doc, fl.y, X, [f"{i:02d}", dfmt(s.dos, "mdy6"), dfmt(end, "mdy6"), s.code,
                                     " ".join(s.mods), f"{s.units:.2f}", fmt(s.billed), fmt(s.allowed), fmt(s.paid),
                                     " ".join(s.remarks)], sz=7.5)
                lines.append(doc.service(truth_line(0, s, claim_id=acct, payer_claim_id=tcn, patient=name,
                                                    service_end=end, printed=("billed", "allowed", "paid"),
                                                    remarks=s.remarks, description=False), [fl.y], sz=7.5))
                fl.y += 10
            tb, ta, tp = (total(svcs, a) for a in ("billed", "allowed", "paid"))
            fl.need(10)
            cells(doc, fl.y, X, ["", "", "", "", "CLAIM TOTAL", "", fmt(tb), fmt(ta), fmt(tp), ""], "B", 7.5)
            claims.append({"claim_id": acct, "payer_claim_id": tcn, "patient": name,
                           "totals": claim_totals(tb, ta, tp, None)})
            fl.y += 16
    allsv = [s for grp in (rec, denied, adjusted) for *_, svcs in grp for s in svcs]
    fl.need(90)
    doc.t(36, fl.y, "*** PAYMENT SUMMARY ***", "B", 8)
    fl.y += 12
    for k, v in (("TOTAL CLAIMS BILLED", fmt(total(allsv, "billed"))), ("TOTAL ALLOWED", fmt(total(allsv, "allowed"))),
                 ("NET PAYMENT", fmt(total(allsv, "paid"))), ("WARRANT/EFT NUMBER", "E0000731946")):
        doc.t(36, fl.y, f"{k:<24}{v:>14}", "R", 7.5)
        fl.y += 10
    fl.y += 8
    doc.t(36, fl.y, "*** EOB CODE DESCRIPTIONS ***", "B", 8)
    for k, v in legend:
        fl.y += 10
        doc.t(36, fl.y, f"{k}  {v}", "R", 7.5)
    finish(doc, out, "State Medicaid remittance advice, landscape core Courier fixed-width: column header repeated in "
                     "the page head, status sections PAID / DENIED / CREDITED-ADJUSTED, beneficiary heading rows "
                     "with beneficiary ID, patient account and TCN, SVC FROM / SVC TO as MMDDYY with a weekly range, "
                     "units 3.00, trailing-minus credit claim and its replacement, 4-digit EOB codes, a claim running "
                     "onto page 2 under '(CONT)'", lines, claims, legend, (), spans=True)


# ================================================================================================ f
def layout_f(out: Path) -> None:
    """State Medicaid RA from a modern MMIS, boxed grid (fpdf2, Liberation Sans)."""
    doc = Doc("h84f_medicaid_ra_grid", "fpdf2", {"R": "LiberationSans", "B": "LiberationSans-Bold"})
    benes = [
        ("Castellanos Rivera, Ines", "EV7730014452", "SSC-10482", "2226034417721000", [
            Svc(J(5), "97162", 1, ("GP",)), Svc(J(7), "97110", 2, ("GP",)), Svc(J(7), "97116", 1, ("GP",)),
            Svc(J(12), "97110", 2, ("GP",)), Svc(J(12), "97530", 1, ("GP",)), Svc(J(14), "97110", 3, ("GP",)),
            Svc(J(19), "97116", 2, ("GP",)), Svc(J(19), "97112", 1, ("GP", "59")), Svc(J(21), "97530", 2, ("GP",)),
            Svc(J(26), "97110", 2, ("GP",)), Svc(J(28), "97542", 1, ("GP",), denied="CO"),
        ]),
        ("Whitcombe, Jonah", "EV7730090317", "SSC-10497", "2226034417722000", [
            Svc(J(6), "92523", 1, ("GN",)), Svc(J(13), "92507", 1, ("GN",)), Svc(J(20), "92507", 1, ("GN",)),
            Svc(J(27), "92507", 1, ("GN",))]),
        ("Al-Sayegh, Mariam", "EV7730112864", "SSC-10503", "2226034417723000", [
            Svc(J(8), "97165", 1, ("GO",)), Svc(J(15), "97530", 2, ("GO",)), Svc(J(15), "97533", 2, ("GO",)),
            Svc(J(22), "97530", 3, ("GO",)), Svc(J(22), "97533", 1, ("GO",)), Svc(J(26), "97530", 2, ("GO",)),
            Svc(J(26), "97112", 1, ("GO", "59")), Svc(J(27), "97530", 3, ("GO",)), Svc(J(29), "97535", 2, ("GO",)),
            Svc(J(29), "97530", 2, ("GO",)), Svc(J(30), "97168", 1, ("GO",))]),
        ("Fairweather, Quinn", "EV7730140051", "SSC-10519", "2226034417724000", [
            Svc(J(9), "97530", 2, ("GO",), denied="CO"), Svc(J(9), "97110", 2, ("GO",), denied="CO"),
            Svc(J(16), "97530", 2, ("GO",), denied="CO"), Svc(J(16), "97110", 2, ("GO",), denied="CO"),
            Svc(J(23), "97530", 2, ("GO",), denied="CO"), Svc(J(23), "97535", 1, ("GO",), denied="CO"),
            Svc(J(30), "97530", 2, ("GO",), denied="CO"), Svc(J(30), "97110", 2, ("GO",), denied="CO")]),
    ]
    for *_, svcs in benes:
        for s in svcs:
            medicaid(s, deny_reason="197" if s.code != "97542" else "96")
            if s.denied:
                s.remarks = ["N54"] if s.code != "97542" else ["M86"]
    legend = [("CO-45", "Charge is above the program fee schedule; the difference is written off."),
              ("CO-197", "No prior approval on file for this service."),
              ("CO-96", "Service not covered under the beneficiary's benefit plan."),
              ("N54", "Send the approval number on a corrected claim."),
              ("M86", "Equipment training billed apart from the supply is not paid.")]
    X = [(44, "l"), (62, "l"), (112, "l"), (162, "l"), (200, "l"), (252, "r"), (300, "r"), (350, "r"), (398, "r"),
         (406, "l"), (528, "l")]
    xs = [40, 58, 108, 158, 196, 226, 262, 310, 360, 402, 524, 572]

    def header(d: Doc) -> float:
        d.box(40, 28, 532, 40, fill=0.82, stroke=False)
        d.t(48, 44, "EVERGREEN VALLEY HEALTH COVERAGE PROGRAM", "B", 11)
        d.t(48, 58, "Provider Remittance Advice  -  Medicaid Management Information System", "R", 8)
        d.t(564, 44, "RA # 0310-2026-00582", "B", 8, "r")
        d.t(564, 58, f"Page {d.pno} of {{NP}}", "R", 8, "r")
        d.t(40, 82, "Pay To: Saltcedar Physical & Speech Therapy    Provider ID 9004418820    Remit Date 02/05/2026",
            "R", 8)
        d.t(40, 770, "Questions about this remittance: Provider Services 1-800-555-0191. Invented program for testing.",
            "R", 6.5)
        return 100

    def colhead(y: float) -> float:
        doc.box(40, y - 9, 532, 22, fill=0.85)
        for x in xs[1:-1]:
            doc.ln(x, y - 9, x, y + 13, 0.4)
        for (x, al), (a, b) in zip(X, [("Ln", ""), ("Svc Date", "From"), ("Svc Date", "To"), ("Proc", ""),
                                       ("Mods", ""), ("Units", ""), ("Billed", "Amt"), ("Allowed", "Amt"),
                                       ("Paid", "Amt"), ("Adjustment", "Reason / Amt"), ("Remark", "")]):
            doc.t(x, y, a, "B", 7, al)
            if b:
                doc.t(x, y + 8, b, "B", 7, al)
        return y + 13

    lines, claims = [], []
    fl = Flow(doc, 735, header)
    fl.start()
    for name, bid, acct, icn, svcs in benes:
        tb, ta, tp = (total(svcs, a) for a in ("billed", "allowed", "paid"))
        status = "DENIED" if all(s.denied for s in svcs) else "PAID"

        def head(cont=False):
            y = fl.y
            doc.box(40, y, 532, 26)
            labs = [("Beneficiary Name", name, 40), ("Beneficiary ID", bid, 170), ("Patient Account #", acct, 250),
                    ("ICN", icn, 330), ("Claim Status", status + (" (cont.)" if cont else ""), 420),
                    ("Billed Amt", money(tb, ","), 480), ("Paid Amt", money(tp, ","), 528)]
            for lab, val, x in labs:
                if x > 40:
                    doc.ln(x, y, x, y + 26, 0.4)
                doc.t(x + 3, y + 9, lab, "B", 6.5)
                doc.t(x + 3, y + 20, val, "R", 7.5)
            fl.y = colhead(y + 36) + 10

        fl.need(80)
        head()
        for i, s in enumerate(svcs, 1):
            adjs = s.adjs
            h = 11 * max(1, len(adjs))
            fl.need(h + 2, on_break=lambda: head(True))
            y0 = fl.y
            cells(doc, y0, X, [str(i), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                               units_str(s.units), money(s.billed, ","), money(s.allowed, ","), money(s.paid, ","),
                               (f"{adjs[0][0]}-{adjs[0][1]}  {money(adjs[0][2], ',')}" if adjs else ""),
                               " ".join(s.remarks)], sz=7.5)
            ys = [y0]
            for k, a in enumerate(adjs[1:], 1):
                doc.t(406, y0 + 11 * k, f"{a[0]}-{a[1]}  {money(a[2], ',')}", "R", 7.5)
                ys.append(y0 + 11 * k)
            doc.box(40, y0 - 8, 532, h, stroke=True, lw=0.3)
            for x in xs[1:-1]:
                doc.ln(x, y0 - 8, x, y0 - 8 + h, 0.3)
            lines.append(doc.service(truth_line(0, s, claim_id=acct, payer_claim_id=icn, patient=name,
                                                service_end=s.dos, printed=("billed", "allowed", "paid"),
                                                adjustments=adjs, remarks=s.remarks, description=False), ys, sz=7.5))
            fl.y += h
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                       "totals": claim_totals(tb, None, tp, None)})
        fl.y += 14
    allsv = [s for *_, svcs in benes for s in svcs]
    fl.need(130)
    doc.t(40, fl.y, "Claims Summary", "B", 9)
    fl.y += 12
    for k, v in (("Paid claims", "3"), ("Denied claims", "1"), ("Total Billed Amount", money(total(allsv, "billed"))),
                 ("Total Approved Amount", money(total(allsv, "allowed"))),
                 ("Warrant/EFT Amount", money(total(allsv, "paid"))), ("Warrant/EFT #", "EFT 88104472")):
        doc.t(44, fl.y, k, "R", 8)
        doc.t(260, fl.y, v, "R", 8, "r")
        fl.y += 10
    fl.y += 8
    doc.t(40, fl.y, "Adjustment reason and remark codes on this remittance", "B", 9)
    for k, v in legend:
        fl.y += 10
        doc.t(44, fl.y, f"{k}   {v}", "R", 7.5)
    finish(doc, out, "State Medicaid MMIS remittance advice, portrait Liberation Sans, fully ruled grid: dark banner, "
                     "boxed label-over-value claim heads (beneficiary name / ID / patient account / ICN / status / "
                     "billed / paid), Svc Date From / To as 01/05/2026, Mods, Units, 'CO-45  12.30' adjustment cells, "
                     "RARC column, a denied claim and a denied line, long claim continued on page 2 under a repeated "
                     "head and grid header, claims summary with EFT", lines, claims, legend, ("adj",), spans=True)


# ================================================================================================ g
def layout_g(out: Path) -> None:
    """Clearinghouse-printed Medicare-style standard paper remittance (reportlab, DejaVu Sans Mono)."""
    doc = Doc("h84g_clearinghouse_spr", "reportlab", {"R": "DejaVuSansMono", "B": "DejaVuSansMono-Bold"})
    st = PlanState(ded_left=Decimal("0.00"))
    pts = [
        ("VASQUEZ-LOR, ANDRES", "1EG4TE5MK73", "CHR44190", "2226005118820", "1457832091", [
            Svc(J(6), "97110", 3, ("GP",)), Svc(J(6), "97140", 1, ("GP", "59")), Svc(J(6), "97112", 1, ("GP",))]),
        ("DUBOIS, COLETTE", "2KW7PM1XR40", "CHR44207", "2226005118821", "1457832091", [
            Svc(J(7), "97163", 1, ("GP",)), Svc(J(9), "97110", 2, ("GP",)), Svc(J(9), "97116", 2, ("GP",)),
            Svc(J(14), "97110", 2, ("GP", "CQ")), Svc(J(14), "97530", 1, ("GP", "CQ")),
            Svc(J(16), "97110", 2, ("GP", "CQ")), Svc(J(16), "G0283", 1, ("GP", "CQ")),
            Svc(J(21), "97110", 2, ("GP", "KX")), Svc(J(21), "97140", 1, ("GP", "KX")),
            Svc(J(23), "97530", 2, ("GP", "KX"))]),
        ("ABERNATHY, HOLLIS", "3RT9JA6WE22", "CHR44215", "2226005118822", "1602277354", [
            Svc(J(8), "97165", 1, ("GO",)), Svc(J(8), "97535", 2, ("GO",)), Svc(J(15), "97530", 2, ("GO",)),
            Svc(J(15), "97760", 1, ("GO",)), Svc(J(15), "L3807", 1, ("LT",))]),
        ("TREMBLAY-OSEI, MARGUERITE", "5HN3VC2QA08", "CHR44238", "2226005118824", "1457832091", [
            Svc(J(5), "97161", 1, ("GP",)), Svc(J(7), "97110", 2, ("GP",)), Svc(J(7), "97140", 1, ("GP",)),
            Svc(J(12), "97110", 2, ("GP",)), Svc(J(12), "97116", 1, ("GP",)), Svc(J(14), "97110", 2, ("GP",)),
            Svc(J(14), "97530", 1, ("GP",)), Svc(J(19), "97110", 2, ("GP", "CQ")), Svc(J(21), "97110", 2, ("GP", "CQ")),
            Svc(J(21), "97112", 1, ("GP", "CQ")), Svc(J(26), "97110", 2, ("GP", "KX")),
            Svc(J(28), "97110", 2, ("GP", "KX")), Svc(J(28), "97140", 1, ("GP", "KX"))]),
        ("NAKASHIMA, RUTH", "4PQ2LD8TN91", "CHR44230", "2226005118823", "1602277354", [
            Svc(J(12), "92523", 1, ("GN",)), Svc(J(19), "92507", 1, ("GN",)),
            Svc(J(19), "0552T", 1, ("GN",), denied="CO")]),
    ]
    for *_, svcs in pts:
        for s in svcs:
            medicare(s, st, deny_reason="50")
    legend = [("CO-45", "Billed above the payer's fee schedule; provider writes off the difference."),
              ("PR-2", "Beneficiary's 20% share of the approved amount."),
              ("CO-253", "Federal budget cut of 2% taken from the payment."),
              ("CO-50", "Payer found the service not medically needed."),
              ("MA01", "Appeal rights notice (see back of remittance)."),
              ("N130", "Consult plan benefit documents for coverage limits.")]

    def header(d: Doc) -> float:
        d.t(36, 30, "RELAYPOINT CLEARINGHOUSE  -  PRINTED REMITTANCE FROM ERA/835", "B", 8)
        d.t(576, 30, f"PAGE #: {d.pno} OF {{NP}}", "R", 7, "r")
        d.t(36, 42, "NORTHFIELD MEDICARE CLAIMS OFFICE (INVENTED)      MEDICARE PART B REMITTANCE NOTICE", "R", 7)
        d.t(36, 52, "PROVIDER: CEDAR HOLLOW REHABILITATION ASSOCIATES   NPI #: 1396604472   DATE: 02/03/2026", "R", 7)
        d.t(36, 62, "CHECK/EFT #: 0088417733                             TRACE FILE: RLP-0203-77810", "R", 7)
        d.ln(36, 68, 576, 68, 0.5)
        d.t(36, 78, "PERF PROV   SERV DATE   POS NOS PROC  MODS      BILLED ALLOWED  DEDUCT   COINS  "
                    "GRP/RC-AMT     PROV PD", "B", 6.5)
        d.t(36, 87, "NAME             HIC/MBI          ACNT        ICN              ASG MOA", "B", 6.5)
        d.ln(36, 91, 576, 91, 0.5)
        return 104

    X = [(36, "l"), (82, "l"), (133, "l"), (157, "r"), (164, "l"), (188, "l"), (262, "r"), (296, "r"), (328, "r"),
         (360, "r"), (366, "l"), (450, "r")]
    lines, claims = [], []
    fl = Flow(doc, 750, header)
    fl.start()
    for name, mbi, acct, icn, npi, svcs in pts:
        def head(cont=False):
            doc.t(36, fl.y, f"NAME {name:<20} MBI {mbi}  ACNT {acct}  ICN {icn}  ASG Y  MOA MA01"
                  + ("  CONT" if cont else ""), "R", 6.5)
            fl.y += 11

        fl.need(40)
        head()
        for s in svcs:
            rows = [(g, c, a) for g, c, a in s.adjs if g != "PR"]
            h = 9 * max(1, len(rows)) + 2
            fl.need(h, on_break=lambda: head(True))
            y0 = fl.y
            a0 = rows[0] if rows else None
            cells(doc, y0, X, [npi, f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}", "11", units_str(s.units), s.code,
                               " ".join(s.mods), money(s.billed, ""), money(s.allowed, ""), money(s.deductible, ""),
                               money(s.coinsurance, ""), f"{a0[0]}-{a0[1]} {money(a0[2], ''):>8}" if a0 else "",
                               money(s.paid, "")], sz=6.5)
            ys = [y0]
            for k, a in enumerate(rows[1:], 1):
                doc.t(366, y0 + 9 * k, f"{a[0]}-{a[1]} {money(a[2], ''):>7}", "R", 6.5)
                ys.append(y0 + 9 * k)
            if s.denied:
                doc.t(470, y0, "REM: N130", "R", 6.5)
            adjs = [(g, c, a) for g, c, a in s.adjs if g != "PR"]
            # PR deductible / coinsurance are printed in the DEDUCT / COINS columns; not as group codes
            lines.append(doc.service(truth_line(0, s, claim_id=acct, payer_claim_id=icn, patient=name,
                                                printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                                adjustments=adjs, remarks=["N130"] if s.denied else [],
                                                description=False), ys, sz=6.5))
            fl.y += h
        fl.need(22)
        tb, ta, tp, tc = (total(svcs, a) for a in ("billed", "allowed", "paid", "coinsurance"))
        doc.t(36, fl.y, f"PT RESP {money(tc, ''):>8}", "R", 6.5)
        cells(doc, fl.y, X, ["", "", "CLAIM TOTALS", "", "", "", money(tb, ""), money(ta, ""),
                             money(total(svcs, "deductible"), ""), money(tc, ""), "", money(tp, "")], "B", 6.5)
        fl.y += 9
        doc.t(36, fl.y, f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00  NET {money(tp, ''):>8}",
              "R", 6.5)
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                       "totals": claim_totals(tb, ta, tp, None)})
        fl.y += 18
    fl.need(80)
    doc.t(36, fl.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", "B", 7)
    for k, v in legend:
        fl.y += 9
        doc.t(36, fl.y, f"{k:<8}{v}", "R", 6.5)
    for s in (s for *_, svcs in pts for s in svcs):
        pass
    finish(doc, out, "Medicare-style standard paper remittance printed by a clearinghouse from an ERA, portrait "
                     "DejaVu Sans Mono 6.5 pt: two-line column header (PERF PROV / SERV DATE 'MMDD MMDDYY' / POS / "
                     "NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD) repeated per page, "
                     "NAME/MBI/ACNT/ICN claim lines, CO adjustments stacked on a second text line (CO-253), PT RESP "
                     "and CLAIM TOTALS rows, a claim continued onto page 2 marked CONT, a medical-necessity denial",
           lines, claims, legend, ("disc_none",), spans=True)


# ================================================================================================ h
def layout_h(out: Path) -> None:
    """Practice-management system 'ERA posting detail' (fpdf2, Liberation Sans Narrow, landscape)."""
    doc = Doc("h84h_pm_era_posting_detail", "fpdf2", {"R": "LiberationSansNarrow", "B": "LiberationSansNarrow-Bold"},
              size=(792, 612))
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("35.00")})
    cl = [
        ("Okafor, Bright", "220413", "MCI0012659304", "1 - Processed as Primary", [
            Svc(J(5), "97165", 1, ("GO",)), Svc(J(5), "97530", 2, ("GO",)), Svc(J(12), "97530", 3, ("GO",)),
            Svc(J(12), "97535", 1, ("GO",))]),
        ("Lindqvist, Saga", "220431", "MCI0012659311", "1 - Processed as Primary", [
            Svc(J(6), "92523", 1, ("GN",)), Svc(J(13), "92507", 1, ("GN",)), Svc(J(20), "92507", 1, ("GN",))]),
        ("Moreau-Tan, Felix", "220447", "MCI0012659327", "1 - Processed as Primary", [
            Svc(J(7), "99213", 1), Svc(J(7), "97110", 2, ("GP",)), Svc(J(7), "97140", 2, ("GP", "59")),
            Svc(J(14), "97110", 2, ("GP",)), Svc(J(14), "97112", 1, ("GP",)), Svc(J(21), "97110", 2, ("GP",)),
            Svc(J(21), "97530", 2, ("GP",))]),
        ("Oyelaran, Tomi", "220452", "MCI0012659335", "4 - Denied", [
            Svc(J(9), "97533", 2, ("GO",), denied="CO"), Svc(J(9), "97530", 1, ("GO",), denied="CO")]),
    ]
    for *_, svcs in cl:
        for s in svcs:
            commercial(s, st, deny_reason="27")
    # a reversal of an earlier payment and its corrected re-payment
    old = [Svc(J(2), "97110", 3, ("GP",)), Svc(J(2), "97112", 1, ("GP",))]
    st2 = PlanState(coins_rate=Decimal("0.20"))
    for s in old:
        commercial(s, st2)
    rev = [negate(s) for s in old]
    new = [Svc(J(2), "97110", 3, ("GP",)), Svc(J(2), "97112", 1, ("GP",))]
    st3 = PlanState(coins_rate=Decimal("0.10"))
    for s in new:
        commercial(s, st3)
    cl += [("Moreau-Tan, Felix", "220398", "MCI0012588170", "22 - Reversal of Previous Payment", rev),
           ("Moreau-Tan, Felix", "220398", "MCI0012659342", "1 - Processed as Primary", new)]
    legend = [("CO-45", "Contracted rate write-off"), ("PR-1", "Applied to patient deductible"),
              ("PR-2", "Patient coinsurance share"), ("PR-3", "Patient copay"),
              ("CO-27", "Patient's coverage had ended before this date of service")]
    X = [(40, "l"), (92, "l"), (130, "l"), (176, "r"), (222, "r"), (270, "r"), (314, "r"), (356, "r"),
         (398, "r"), (412, "l"), (500, "r"), (552, "r"), (604, "r"), (616, "l")]

    def m(v: Decimal) -> str:
        return money(v, ",", "()")

    def header(d: Doc) -> float:
        d.t(40, 34, "Tallgrass Practice Manager", "B", 13)
        d.t(40, 47, "ERA Posting Detail  -  Meridian Crest Insurance Co.  -  Check/EFT 1009443871  -  "
                    "Paid 02/04/2026", "R", 8.5)
        d.t(752, 34, "Kestrel Creek Children's Therapy", "B", 9, "r")
        d.t(752, 47, f"Printed 02/05/2026 09:12   Page {d.pno} of {{NP}}", "R", 8, "r")
        d.ln(40, 54, 752, 54, 1)
        d.t(40, 592, "Report TPM-ERA-210  |  User: front desk  |  Totals are as received on the 835; posting "
                     "status shown per claim.", "R", 7)
        return 74

    heads = ["Svc Date", "CPT", "Mod", "Units", "Charge", "Allowed", "Deduct", "CoIns", "CoPay", "Adj Grp/Rsn",
             "Adj Amt", "Paid", "Pt Resp", "Remark"]
    lines, claims = [], []
    fl = Flow(doc, 570, header)
    fl.start()
    for pat, acct, pcn, status, svcs in cl:
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))

        def head(cont=False):
            doc.box(40, fl.y - 10, 712, 14, fill=0.9)
            doc.t(44, fl.y, f"Patient: {pat}   |   Acct #: {acct}   |   Payer Claim #: {pcn}   |   "
                            f"Claim Status: {status}" + ("   (continued)" if cont else ""), "B", 8)
            fl.y += 14
            for (x, al), h in zip(X, heads):
                doc.t(x, fl.y, h, "B", 7.5, al)
            doc.ln(40, fl.y + 3, 752, fl.y + 3, 0.5)
            fl.y += 13

        fl.need(70)
        head()
        for s in svcs:
            adjs = [a for a in s.adjs if a[2]]
            h = 10 * max(1, len(adjs)) + 2
            fl.need(h, on_break=lambda: head(True))
            y0 = fl.y
            a0 = adjs[0] if adjs else None
            cells(doc, y0, X, [dfmt(s.dos, "mdy2"), s.code, ",".join(s.mods), units_str(s.units), m(s.billed),
                               m(s.allowed), m(s.deductible), m(s.coinsurance), m(s.copay),
                               f"{a0[0]}-{a0[1]}" if a0 else "", m(a0[2]) if a0 else "", m(s.paid), m(s.owes),
                               "N30" if s.denied else ""], sz=7.5)
            ys = [y0]
            for k, a in enumerate(adjs[1:], 1):
                doc.t(412, y0 + 10 * k, f"{a[0]}-{a[1]}", "R", 7.5)
                doc.t(500, y0 + 10 * k, m(a[2]), "R", 7.5, "r")
                ys.append(y0 + 10 * k)
            lines.append(doc.service(truth_line(0, s, claim_id=acct, payer_claim_id=pcn, patient=pat,
                                                printed=("billed", "allowed", "deductible", "coinsurance", "copay",
                                                         "paid", "patient_owes"),
                                                adjustments=adjs, remarks=["N30"] if s.denied else [],
                                                description=False), ys, sz=7.5))
            fl.y += h
            doc.ln(40, fl.y - 8, 752, fl.y - 8, 0.2, 0.6)
        fl.need(14)
        cells(doc, fl.y, X, ["", "Claim Totals", "", "", m(tb), m(ta), m(total(svcs, "deductible")),
                             m(total(svcs, "coinsurance")), m(total(svcs, "copay")), "", "", m(tp), m(to), ""],
              "B", 7.5)
        claims.append({"claim_id": acct, "payer_claim_id": pcn, "patient": pat,
                       "totals": claim_totals(tb, ta, tp, to)})
        fl.y += 22
    fl.need(70)
    doc.t(40, fl.y, "Adjustment codes on this ERA", "B", 8.5)
    for k, v in legend:
        fl.y += 10
        doc.t(44, fl.y, f"{k}  {v}", "R", 7.5)
    fl.y += 10
    doc.t(44, fl.y, "N30  Patient not eligible for this service on the date shown", "R", 7.5)
    finish(doc, out, "Practice-management system 'ERA Posting Detail' print, landscape Liberation Sans Narrow: shaded "
                     "claim bars (patient 'Last, First', account, payer claim #, claim status text), Svc Date 01/05/26, "
                     "Mod 'GP,59', Units, Charge / Allowed / Deduct / CoIns / CoPay / Adj Grp/Rsn / Adj Amt / Paid / "
                     "Pt Resp with several adjustments stacked on extra text lines, parenthesised reversal claim and "
                     "its re-payment, an eligibility denial", lines, claims, legend, ("adj", "share"))


# ================================================================================================ i
def layout_i(out: Path) -> None:
    """Therapy clinic family statement (reportlab, DejaVu Sans)."""
    doc = Doc("h84i_clinic_family_statement", "reportlab", {"R": "DejaVuSans", "B": "DejaVuSans-Bold"})
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"))
    fam = "Priya Raman-Ostrowski"
    visits = [
        ("Arjun Raman-Ostrowski", "V-30512", "CRH2601-801117", [
            Svc(J(5), "97165", 1, ("GO",)), Svc(J(5), "97535", 1, ("GO",))]),
        ("Arjun Raman-Ostrowski", "V-30548", "CRH2601-801240", [
            Svc(J(12), "97530", 3, ("GO",)), Svc(J(12), "97533", 1, ("GO",))]),
        ("Mira Raman-Ostrowski", "V-30561", "CRH2601-801305", [
            Svc(J(13), "92523", 1, ("GN",))]),
        ("Arjun Raman-Ostrowski", "V-30590", "CRH2601-801472", [
            Svc(J(19), "97530", 3, ("GO",)), Svc(J(19), "97112", 1, ("GO", "59")),
            Svc(J(19), "97140", 1, ("GO",), denied="PR")]),
        ("Mira Raman-Ostrowski", "V-30603", "CRH2601-801519", [
            Svc(J(20), "92507", 1, ("GN",)), Svc(J(20), "97129", 1, ("GN",))]),
        ("Dev Raman-Ostrowski", "V-30617", "CRH2601-801566", [
            Svc(J(21), "97161", 1, ("GP",)), Svc(J(21), "97110", 2, ("GP",)), Svc(J(21), "97116", 1, ("GP",))]),
        ("Mira Raman-Ostrowski", "V-30655", "CRH2601-801790", [
            Svc(J(27), "92507", 1, ("GN",))]),
        ("Dev Raman-Ostrowski", "V-30662", "CRH2601-801812", [
            Svc(J(28), "97110", 2, ("GP",)), Svc(J(28), "97530", 2, ("GP",))]),
    ]
    for *_, svcs in visits:
        for s in svcs:
            commercial(s, st, deny_reason="96")
    X = [(40, "l"), (92, "l"), (262, "l"), (326, "r"), (372, "r"), (442, "r"), (504, "r"), (572, "r")]

    def header(d: Doc) -> float:
        d.t(40, 44, "Kestrel Creek Children's Therapy", "B", 13)
        d.t(40, 57, "Occupational  ·  Physical  ·  Speech", "R", 8)
        d.t(40, 68, "902 Heron Mill Road, Suite 3, Lakeview Falls, WI 53999  ·  (555) 010-2288", "R", 7.5)
        d.t(572, 44, "STATEMENT", "B", 12, "r")
        d.t(572, 57, f"Page {d.pno} of {{NP}}", "R", 8, "r")
        d.ln(40, 76, 572, 76, 0.8)
        if d.pno == 1:
            d.t(40, 96, "PRIYA RAMAN-OSTROWSKI", "R", 9)
            d.t(40, 107, "55 Aspen Bluff Drive", "R", 9)
            d.t(40, 118, "Lakeview Falls WI 53998", "R", 9)
            d.box(352, 86, 220, 60)
            for i, (k, v) in enumerate((("Statement date", "02/02/2026"), ("Guarantor account", "G-88213"),
                                        ("Amount due", "$" + str(due)), ("Please pay by", "02/25/2026"))):
                d.t(358, 98 + i * 13, k, "R", 8)
                d.t(566, 98 + i * 13, v, "B", 8, "r")
            return 166
        d.t(40, 92, f"Guarantor: {fam}   Account G-88213   Statement date 02/02/2026", "R", 8)
        return 108

    def colhead(y: float) -> float:
        doc.ln(40, y - 9, 572, y - 9, 0.6)
        for (x, al), h in zip(X, ["Date", "Description", "Code", "Units", "Charges", "Insurance paid",
                                  "Adjustment", "Your balance"]):
            doc.t(x, y, h, "B", 7.5, al)
        doc.ln(40, y + 4, 572, y + 4, 0.6)
        return y + 16

    allsv = [s for *_, svcs in visits for s in svcs]
    payments = [(J(30), "Payment - thank you (card ending 4471)", Decimal("-60.00"))]
    due = money(total(allsv, "owes") + payments[0][2], "")
    lines, claims = [], []
    fl = Flow(doc, 700, header)
    fl.start()
    doc.t(40, fl.y, "Activity on your account since your last statement. Insurance is billed for you; the balance "
                    "below is what remains after your plan's", "R", 7)
    doc.t(40, fl.y + 9, "processing. Adjustment = amount your insurer's network agreement says we may not charge.",
          "R", 7)
    fl.y = colhead(fl.y + 30)
    for pat, visit, pcn, svcs in visits:
        fl.need(40, on_break=lambda: setattr(fl, "y", colhead(fl.y)))
        doc.t(40, fl.y, f"{pat}  ·  Visit {visit}  ·  Billed to Cobalt Ridge Health Plan, claim {pcn}", "B", 7.5)
        fl.y += 12
        for s in svcs:
            fl.need(12, on_break=lambda: setattr(fl, "y", colhead(fl.y)))
            cells(doc, fl.y, X, [dfmt(s.dos, "mdy2"), s.desc, f"{s.code}-{'-'.join(s.mods)}" if s.mods else s.code,
                                 units_str(s.units), money(s.billed, ","), money(s.paid, ","),
                                 money(s.discount, ","), money(s.owes, ",")], sz=7.5)
            lines.append(doc.service(truth_line(0, s, claim_id=visit, payer_claim_id=pcn, patient=pat,
                                                printed=("billed", "discount", "paid", "patient_owes")), [fl.y],
                                     sz=7.5))
            fl.y += 12
        tb, tp, to = (total(svcs, a) for a in ("billed", "paid", "owes"))
        doc.t(262, fl.y, "Visit total", "B", 7.5)
        cells(doc, fl.y, X, ["", "", "", "", money(tb, ","), money(tp, ","),
                             money(total(svcs, "discount"), ","), money(to, ",")], "B", 7.5)
        claims.append({"claim_id": visit, "payer_claim_id": pcn, "patient": pat,
                       "totals": claim_totals(tb, None, tp, to)})
        fl.y += 18
    for d_, what, amt_ in payments:
        fl.need(14)
        cells(doc, fl.y, X, [dfmt(d_, "mdy2"), what, "", "", "", "", "", money(amt_, ",", "()")], sz=7.5)
        fl.y += 16
    fl.need(60)
    doc.ln(352, fl.y - 8, 572, fl.y - 8, 0.8)
    doc.t(358, fl.y + 2, "Amount due", "B", 9)
    doc.t(572, fl.y + 2, "$" + due, "B", 9, "r")
    fl.y += 24
    doc.t(40, fl.y, "Questions about your bill? Call our billing office (555) 010-2290, Mon-Thu 8:30-4:30.", "R", 7.5)
    finish(doc, out, "Therapy clinic family statement to a guarantor, portrait DejaVu Sans: address + account box, "
                     "visit heading rows naming the child, the visit number and the insurer's claim number, "
                     "Date / Description / Code '97530-GO' / Units / Charges / Insurance paid / Adjustment / Your "
                     "balance with credits in parentheses, visit totals, a card payment row, three children, "
                     "statement continuing on page 2 under the repeated column header",
           lines, claims, [], ("stmt",))


# ================================================================================================ j
def layout_j(out: Path) -> None:
    """Hospital guarantor statement with itemized outpatient accounts (fpdf2, Liberation Serif)."""
    doc = Doc("h84j_hospital_family_statement", "fpdf2", {"R": "LiberationSerif", "B": "LiberationSerif-Bold"})
    accts = [
        ("7700412356", "Caleb Ferrante", "Outpatient Rehabilitation", "Bluepoint Mutual", "BPM26-0441873",
         [("0424", Svc(J(5), "97161", 1, ("GP",))), ("0420", Svc(J(5), "97110", 2, ("GP",))),
          ("0420", Svc(J(7), "97110", 2, ("GP",))), ("0420", Svc(J(7), "97140", 1, ("GP",))),
          ("0420", Svc(J(12), "97110", 3, ("GP",))), ("0420", Svc(J(12), "G0283", 1, ("GP",))),
          ("0270", Svc(J(12), "A4556", 2)), ("0420", Svc(J(14), "97530", 2, ("GP",))),
          ("0420", Svc(J(19), "97110", 2, ("GP",))), ("0420", Svc(J(19), "97112", 1, ("GP",))),
          ("0420", Svc(J(21), "97530", 2, ("GP",))), ("0420", Svc(J(23), "97110", 2, ("GP", "KX")))]),
        ("7700412471", "Ottilie Ferrante", "Outpatient Therapy - Hand Clinic", "Bluepoint Mutual", "BPM26-0447021",
         [("0320", Svc(J(8), "73110", 1, ("RT",))), ("0434", Svc(J(8), "97166", 1, ("GO",))),
          ("0434", Svc(J(8), "97760", 1, ("GO",))), ("0274", Svc(J(8), "L3807", 1, ("RT",))),
          ("0430", Svc(J(15), "97140", 2, ("GO",))), ("0430", Svc(J(15), "97110", 2, ("GO",))),
          ("0430", Svc(J(22), "97140", 1, ("GO",))), ("0430", Svc(J(22), "97530", 2, ("GO",))),
          ("0430", Svc(J(29), "97140", 1, ("GO",))), ("0430", Svc(J(29), "97110", 2, ("GO",))),
          ("0434", Svc(J(29), "97168", 1, ("GO",)))]),
        ("7700412509", "Wren Ferrante", "Outpatient Speech Pathology", "Bluepoint Mutual", "BPM26-0450336",
         [("0444", Svc(J(9), "92523", 1, ("GN",))), ("0440", Svc(J(12), "92507", 1, ("GN",))),
          ("0440", Svc(J(14), "92526", 1, ("GN",))), ("0440", Svc(J(16), "92507", 1, ("GN",))),
          ("0440", Svc(J(19), "92507", 1, ("GN",))), ("0440", Svc(J(21), "92526", 1, ("GN",))),
          ("0440", Svc(J(23), "92526", 1, ("GN",))), ("0440", Svc(J(26), "92507", 1, ("GN",))),
          ("0440", Svc(J(28), "92526", 1, ("GN",))), ("0440", Svc(J(30), "92507", 1, ("GN",)))]),
    ]
    X = [(40, "l"), (98, "l"), (136, "l"), (192, "l"), (240, "r"), (252, "l"), (572, "r")]

    def header(d: Doc) -> float:
        d.t(306, 40, "ST. ALDRIC REGIONAL MEDICAL CENTER", "B", 13, "c")
        d.t(306, 54, "Patient Financial Services  ·  PO Box 7781  ·  Greyhaven, KS 66999  ·  (555) 010-6600",
            "R", 8, "c")
        d.ln(40, 62, 572, 62, 0.5)
        d.ln(40, 64, 572, 64, 0.5)
        d.t(40, 78, "GUARANTOR STATEMENT", "B", 10)
        d.t(572, 78, f"Page {d.pno} of {{NP}}", "R", 8.5, "r")
        d.t(306, 772, "St. Aldric Regional Medical Center is an invented hospital. Financial assistance is available; "
                      "ask us for an application.", "R", 7, "c")
        if d.pno == 1:
            d.t(40, 98, "Guarantor: Lorenzo Ferrante", "R", 9)
            d.t(40, 110, "318 Prairie Lark Road, Greyhaven KS 66998", "R", 9)
            d.t(360, 98, "Guarantor no.  G0091447", "R", 9)
            d.t(360, 110, "Statement date  02/06/2026", "R", 9)
            return 136
        d.t(40, 94, "Guarantor: Lorenzo Ferrante   ·   Guarantor no. G0091447", "R", 8.5)
        return 112

    def colhead(y: float) -> float:
        for (x, al), h in zip(X, ["Date", "Rev", "CPT/HCPCS", "Mod", "Qty", "Description", "Charges"]):
            doc.t(x, y, h, "B", 8, al)
        doc.ln(40, y + 3, 572, y + 3, 0.4)
        return y + 14

    lines, claims = [], []
    fl = Flow(doc, 735, header)
    fl.start()
    grand = ZERO
    for acct, pat, svc_type, ins, pcn, items in accts:
        svcs = [s for _, s in items]
        tb = total(svcs, "billed")
        allowed = q2(sum((s.billed * Decimal("0.55") for s in svcs), ZERO))
        contr = tb - allowed
        ins_paid = q2(allowed * Decimal("0.80"))
        owes = allowed - ins_paid
        grand += owes

        def head(cont=False):
            doc.box(40, fl.y - 11, 532, 28, fill=0.92, stroke=False)
            doc.t(44, fl.y, f"Account {acct}   Patient: {pat}" + ("   (continued)" if cont else ""), "B", 9)
            doc.t(44, fl.y + 11, f"{svc_type}   ·   Dates {dfmt(items[0][1].dos, 'mdy4')} - "
                                 f"{dfmt(items[-1][1].dos, 'mdy4')}   ·   Primary insurance: {ins}", "R", 8)
            fl.y = colhead(fl.y + 30)

        fl.need(90)
        head()
        for rev, s in items:
            fl.need(12, on_break=lambda: head(True))
            cells(doc, fl.y, X, [dfmt(s.dos, "mdy4"), rev, s.code, " ".join(s.mods), units_str(s.units),
                                 s.desc, money(s.billed, ",")], sz=8)
            lines.append(doc.service(truth_line(0, s, claim_id=acct, payer_claim_id=pcn, patient=pat,
                                                printed=("billed",)), [fl.y], sz=8))
            fl.y += 12
        fl.need(70)
        doc.ln(252, fl.y - 8, 572, fl.y - 8, 0.4)
        rows = [("Total charges", money(tb, ","), "B"),
                (f"{ins} payment  (claim {pcn})  02/02/2026", money(-ins_paid, ",", "()"), "R"),
                (f"{ins} contractual adjustment", money(-contr, ",", "()"), "R"),
                ("Patient responsibility for this account", money(owes, ","), "B")]
        for lab, v, stl in rows:
            doc.t(252, fl.y, lab, stl, 8)
            doc.t(572, fl.y, v, stl, 8, "r")
            fl.y += 11
        claims.append({"claim_id": acct, "payer_claim_id": pcn, "patient": pat,
                       "totals": claim_totals(tb, None, None, None)})
        fl.y += 16
    fl.need(80)
    doc.box(330, fl.y - 12, 242, 44)
    doc.t(338, fl.y + 2, "Total amount due from guarantor", "B", 9)
    doc.t(566, fl.y + 2, "$" + f"{grand:,.2f}", "B", 9, "r")
    doc.t(338, fl.y + 18, "Due by 03/01/2026", "R", 8.5)
    fl.y += 50
    doc.t(40, fl.y, "Revenue codes describe the hospital department (for example 0420 physical therapy, 0430 "
                    "occupational therapy, 0440 speech-language", "R", 7.5)
    doc.t(40, fl.y + 10, "pathology, 0320 radiology, 0270/0274 supplies and devices).", "R", 7.5)
    finish(doc, out, "Hospital guarantor statement with itemized outpatient accounts for three family members, portrait "
                     "Liberation Serif: centred letterhead, shaded account bands (account number, patient, service "
                     "dates, primary insurance), Date / Rev Code / CPT/HCPCS / Modifier / Qty / Description / Charges "
                     "items, insurance payment (with the insurer's claim number) and contractual adjustment only at "
                     "account level, an account continued on page 2 under a repeated band",
           lines, claims, [], (), spans=True)


def q2(x: Decimal) -> Decimal:
    return Decimal(x).quantize(Decimal("0.01"))


LAYOUTS = [layout_a, layout_b, layout_c, layout_d, layout_e, layout_f, layout_g, layout_h, layout_i, layout_j]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout84_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    OUT.clear()
    for fn in LAYOUTS:
        fn(out)
    print(f"wrote {len(OUT)} PDFs to {out}")
    if not check:
        return 0
    import json

    bad = 0
    for doc, pdf, eqs, planted, spans in OUT:
        truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
        errs = check_doc(doc, pdf, truth, eqs, planted)
        if spans:
            pages_by_claim: dict = {}
            for ln in truth["lines"]:
                pages_by_claim.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
            if not any(len(p) > 1 for p in pages_by_claim.values()):
                errs.append("no claim continues onto a next page")
        if truth["pages"] < 2:
            errs.append("single page")
        pats = {ln["patient"] for ln in truth["lines"]}
        print(f"{pdf.name}: {len(truth['lines'])} lines, {len(truth['claims'])} claims, {truth['pages']} pages, "
              f"{len(pats)} patients, {'OK' if not errs else 'FAIL'}")
        for e in errs[:15]:
            print("   ", e)
        bad += bool(errs)
    print("CHECK", "PASSED" if not bad else f"FAILED ({bad} files)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
