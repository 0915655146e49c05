"""Write held-out set 156 of synthetic PDF EOB layouts (with truth files) into a folder: ten everyday documents of
the five commonest real kinds (two each: commercial member EOBs, Medicare Summary Notice / Medicare Advantage
member EOB, state Medicaid remittance advices, Medicare-style paper remits from a clearinghouse or a
practice-management system, family statements from a therapy clinic and a hospital), each in a house style of its
own, for one honest measurement of the PDF reader by someone who has not looked at these files.

Run:  python bench/heldout156/make_heldout156_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout156/make_heldout156_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Helpers: bench/heldout156/h156kit.py (one
drawing surface over reportlab and fpdf2, and the self-check); plan arithmetic and the truth format come from
samples/pdf/eobgen.py (truth file <name>.pdf.truth.json, written by eobgen.write_truth).
Truth conventions: printed values only, null where the layout does not print a value for that line (units too:
null where no quantity is printed; amounts the layout prints only per claim stay null on the lines and appear in
the claim totals); claim_id = the provider's own account / patient-control / invoice / hospital-account number,
payer_claim_id = the payer's claim number / ICN / TCN / claim control number, patient = the person served exactly
as printed (never the subscriber or guarantor unless the same person); adjustments only where the page prints
group + reason + amount; remarks = the note / EOB / RARC codes printed on the line. Every name, number, payer,
provider, address and ID is invented; descriptions are our own words. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness).

Layouts:
  v1  commercial PPO family EOB, portrait DejaVu Sans Condensed: shaded "Your plan at a glance" box, grey claim
      bands "Patient: ... (Son)" / "Claim No." / "Patient Account No.", columns Amount Billed / Plan Discount /
      Allowed Amount / Applied to Deductible / Copay / Co-insurance / Not Covered / Plan Paid / Your Share / Remark,
      "97530 GN 59", units, grey description under each row, a patient-liable denial, an 11-line claim continued
      onto page 2 under a repeated band marked (continued) (reportlab)
  v2  commercial open-access "Statement of Claims Processed", landscape Liberation Serif with a dark banner: four
      family members, "Claim for ... (Spouse)" headings with the plan's claim number and the provider's reference
      number, glued "97110GPKX", no units, wrapped long descriptions, per-visit copay, a network write-off denial,
      "Totals for this claim", lettered-pair notes legend (fpdf2)
  v3  Medicare Summary Notice Part B, portrait Liberation Sans: summary page (deductible status and "Did Medicare
      approve" boxes), claims grouped by date with provider address and Claim Number, "2 Therapeutic exercises
      (97110-GP-CQ)" units as a prefix, Service Approved? Yes/No, Maximum You May Be Billed, lettered notes, a
      denied item, three pages (reportlab)
  v4  Medicare Advantage HMO member EOB, portrait DejaVu Serif: "this month / 2026 so far" summary table, boxed
      claim headings "Claim ID ... | provider", "Patient account", "Jan 14, 2026" dates, Code and comma-separated
      Modifiers columns (GO, CO / KX), per-date copay as Your share, a not-covered item (fpdf2)
  v5  state Medicaid professional remittance advice, portrait DejaVu Sans Mono: CLAIMS PAID / CLAIMS DENIED /
      CLAIM ADJUSTMENTS sections, "RECIP: / RECIP ID: / TCN: / PAT ACCT:" heading line, FROM DOS / TO DOS
      "01/05/26", units "3.00", recipient COPAY column, trailing-minus reversal "170.00-" and its replacement,
      four-digit EOB codes with a legend (fpdf2)
  v6  Medicaid managed-care plan remittance advice, landscape Liberation Sans Narrow, ruled grid: member band with
      Medicaid ID / Claim Control # / Patient Control # / Auth #, Ln / From / To / Procedure / Mod 1 / Mod 2 /
      Units "4.00" / Billed / Allowed / Paid / Grp / CARC / Adj Amount / RARC / Line Status, a denied line, a
      22-line claim continued onto page 2 under a repeated band (reportlab)
  v7  practice-management "ERA Remittance Detail Report" of a Medicare Part B payment, portrait DejaVu Sans: patient
      band with MBI / Acct # / ICN / Claim Status, DOS / Proc / Mod / Units / Charge / Allowed / Deduct / Coins /
      Adj Code "CO-45" / Adj Amt (further adjustments stacked below) / Remark / Paid, a status-22 reversal of a
      December claim with minus amounts and its corrected claim (reportlab)
  v8  Medicare Part B standard paper remit reprinted by a clearinghouse, landscape core Courier: NAME / MID / ACNT
      / ICN / ASG / MOA lines, PERF PROV, SERV DATE "0105 010526", POS, NOS, GRP/RC-AMT stacked, PROV PD, PT RESP /
      CLAIM TOTALS / ADJ TO TOTALS ... NET rows, a 16-line claim continued on page 2 with a (CONT) line under the
      repeated page heading (fpdf2)
  v9  therapy clinic statement to a guarantor parent, portrait core Times: detachable payment stub, visit heading
      rows "Lucia ... - Visit 01/07/2026 - Invoice #V70412" with "Filed to ..., claim #...", "97530-GO", Qty,
      Charges / Ins. Paid / Ins. Adj. / Pt. Paid / You Owe, visit balances, account summary and aging, two
      insurers, three family members (reportlab)
  v10 hospital patient-financial-services statement to a guarantor, portrait Liberation Sans: one hospital
      account per family member, Rev Code / CPT/HCPCS / Mod / Description / Qty / Amount, insurance payment and
      contractual adjustment rows per account (amounts per account only), a 28-line account continued onto page 2
      with a "(continued from previous page)" line and no repeated column heading (fpdf2)

The self-check (--check) tests the factory, never the reader: page counts; for every truth line, a text line of
its page (pdfplumber) carries the code, every modifier, the units and every printed amount together, and its
adjustment codes/amounts and remarks sit on that row or the next few; service dates on the page; ids, patient and
description in the document's text; the documents' own arithmetic (billed - adjustments = paid where every
adjustment is printed; billed - discount - not covered = allowed and allowed - deductible - copay - coinsurance =
paid where printed); claim totals = the sum of the lines and printed in the document (no planted mismatch in
this set, so expected_findings are empty).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from h156kit import ROOT, Surface, check_file  # noqa: E402

sys.path.insert(0, str(ROOT / "samples" / "pdf"))
from eobgen import (  # noqa: E402
    LONG_DESC, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money, negate, q, total,
    truth_line, units_str, write_truth,
)

D = Decimal
ZERO = D("0.00")
ALL_AMTS = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
            "discount")


def S(day: int, code: str, units, mods=(), month: int = 1, **kw) -> Svc:
    return Svc(date(2026, month, day), code, D(str(units)), tuple(mods), **kw)


class Flow:
    """A y cursor that breaks the page when a block does not fit, calling on_page for the furniture."""

    def __init__(self, surf: Surface, top: float, bottom: float, on_page) -> None:
        self.s, self.top, self.bottom, self.on_page = surf, top, bottom, on_page
        self.page = 0
        self.y = 0.0
        self.after_break = None

    def start(self) -> None:
        self.page = self.s.new_page()
        self.y = self.on_page(self.page)

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.start()
            if self.after_break:
                self.after_break()
            return True
        return False


LAYOUTS: dict = {}


def layout(name: str, producer: str, full_adj: bool = False, commercial_math: bool = False):
    def deco(fn):
        LAYOUTS[name] = (fn, producer, full_adj, commercial_math)
        return fn
    return deco


# ======================================================================================= v1 commercial EOB
@layout("v1_cedarline_family_eob", "reportlab", commercial_math=True)
def v1(out: Path, npages: int):
    st = PlanState(ded_left=D("250.00"), coins_rate=D("0.20"), copay_codes={"99213": D("30.00")},
                   allowed_rate=D("0.78"))
    claims = [
        ("Theo Okonkwo-Hale", "Son", "Brightwater Pediatric Therapy", "CL26-0117-48823", "BPT-20931", [
            S(7, "97165", 1, ("GO",)), S(7, "97530", 2, ("GO",)), S(14, "97530", 3, ("GO",)),
            S(14, "97535", 1, ("GO",))]),
        ("Ivy Okonkwo-Hale", "Daughter", "Cedar Hollow Speech & Language", "CL26-0121-50377", "CHS7714", [
            S(5, "92523", 1, ("GN",)), S(8, "92507", 1, ("GN",)), S(12, "92507", 1, ("GN",)),
            S(15, "92507", 1, ("GN",)), S(15, "97530", 1, ("GN", "59")), S(19, "92507", 1, ("GN",)),
            S(22, "92507", 1, ("GN",)), S(22, "92526", 1, ("GN",), denied="PR"), S(26, "92507", 1, ("GN",)),
            S(29, "92507", 1, ("GN",)), S(29, "97530", 2, ("GN", "59"))]),
        ("Renata Okonkwo-Hale", "Self", "Northgate Orthopedic Hand Center", "CL26-0128-51902", "NOHC-558120", [
            S(20, "99213", 1), S(20, "97760", 2, ("GO",)), S(20, "L3807", 1, ("RT",)),
            S(27, "97140", 1, ("GO", "59")), S(27, "G0283", 1, ("GO",))]),
    ]
    for _, _, _, _, _, svcs in claims:
        for s in svcs:
            commercial(s, st)
            if s.deductible:
                s.remarks.append("D1")
            if s.copay:
                s.remarks.append("P3")
            if s.denied:
                s.remarks.append("X7")
    pdf = out / "v1_cedarline_family_eob.pdf"
    sf = Surface(pdf, "reportlab")
    F, FB = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"
    cols = [("Amount|Billed", "billed"), ("Plan|Discount", "discount"), ("Allowed|Amount", "allowed"),
            ("Applied to|Deductible", "deductible"), ("|Copay", "copay"), ("Co-|insurance", "coinsurance"),
            ("Not|Covered", "not_covered"), ("Plan|Paid", "paid"), ("Your|Share", "owes")]
    xr = [186 + 43 * i for i in range(len(cols))]

    def furniture(pg: int) -> float:
        sf.text(24, 40, "CEDARLINE", FB, 16)
        sf.text(24, 52, "HEALTH PLAN", F, 8, gray=0.35)
        sf.text(588, 40, "Explanation of Benefits", FB, 12, align="r")
        sf.text(588, 52, "THIS IS NOT A BILL", F, 8, align="r")
        sf.line(24, 60, 588, 60, 1.2)
        sf.text(24, 770, "Cedarline Health Plan  |  PO Box 60418, Harrowgate, MN 55902  |  Member Services 1-800-555-0163"
                " (TTY 711)", F, 6.5, gray=0.3)
        sf.text(588, 770, f"Page {pg} of {npages}", F, 6.5, align="r")
        if pg == 1:
            sf.text(24, 82, "RENATA OKONKWO-HALE", F, 9)
            sf.text(24, 93, "2217 FERNBROOK LN APT 4", F, 9)
            sf.text(24, 104, "HARROWGATE MN 55904-1172", F, 9)
            sf.rect(380, 70, 208, 92, fill=0.93)
            sf.text(388, 83, "Your plan at a glance", FB, 8.5)
            for k, (a, b) in enumerate([("Statement date", "February 3, 2026"), ("Subscriber", "Renata Okonkwo-Hale"),
                                        ("Member ID", "CHX448201937"), ("Group", "00712-ANV  Silver PPO 2500"),
                                        ("Family deductible", "$750.00"), ("Met so far this year", "$750.00"),
                                        ("Out-of-pocket max", "$6,400.00")]):
                sf.text(388, 95 + 9.5 * k, a, F, 7)
                sf.text(582, 95 + 9.5 * k, b, F, 7, align="r")
            sf.text(24, 128, "Here is how we processed the claims we received for your family. Amounts under",
                    F, 7.5)
            sf.text(24, 138, "\"Your Share\" are what the provider may bill you. Keep this notice for your records.", F, 7.5)
            return 180
        return 80

    lines, tclaims = [], []
    fl = Flow(sf, 0, 735, furniture)
    fl.start()
    cur = {}

    def col_head():
        y = fl.y
        sf.line(24, y - 8, 588, y - 8, 0.4)
        for i, (h, _) in enumerate(cols):
            a, b = h.split("|")
            sf.text(xr[i], y, a, FB, 6.3, align="r")
            sf.text(xr[i], y + 7.5, b, FB, 6.3, align="r")
        sf.text(26, y + 7.5, "Service Date", FB, 6.3)
        sf.text(70, y + 7.5, "Procedure", FB, 6.3)
        sf.text(140, y + 7.5, "Units", FB, 6.3, align="r")
        sf.text(556, y + 7.5, "Remark", FB, 6.3)
        sf.line(24, y + 11, 588, y + 11, 0.4)
        fl.y = y + 22

    def claim_head(cont: bool):
        c = cur["c"]
        y = fl.y
        sf.rect(24, y - 9, 564, 24, fill=0.88, stroke=False)
        sf.text(28, y, f"Patient: {c[0]} ({c[1]})", FB, 7.5)
        sf.text(250, y, f"Claim No. {c[3]}" + ("  (continued)" if cont else ""), FB, 7.5)
        sf.text(584, y, "Received 01/30/26  Processed 02/02/26", F, 7, align="r")
        sf.text(28, y + 10, f"Provider: {c[2]} - in network", F, 7)
        sf.text(250, y + 10, f"Patient Account No. {c[4]}", F, 7)
        fl.y = y + 26
        col_head()

    def on_break():
        claim_head(True)

    for c in claims:
        cur["c"] = c
        fl.after_break = None
        fl.need(70)
        claim_head(False)
        fl.after_break = on_break
        for s in c[5]:
            fl.need(18)
            y = fl.y
            sf.text(26, y, dfmt(s.dos, "mdy2"), F, 7)
            sf.text(70, y, " ".join((s.code,) + s.mods), F, 7)
            sf.text(140, y, units_str(s.units), F, 7, align="r")
            for i, (_, k) in enumerate(cols):
                sf.text(xr[i], y, money(getattr(s, k), ","), F, 7, align="r")
            sf.text(556, y, " ".join(s.remarks), F, 7)
            sf.text(70, y + 8, s.desc, F, 6.3, gray=0.35)
            lines.append(truth_line(fl.page, s, claim_id=c[4], payer_claim_id=c[3], patient=c[0],
                                    printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                             "not_covered", "paid", "patient_owes"), remarks=s.remarks))
            fl.y += 18
        fl.after_break = None
        fl.need(14)
        y = fl.y
        sf.line(150, y - 8, 588, y - 8, 0.4)
        sf.text(70, y, "Claim Total", FB, 7)
        for i, (_, k) in enumerate(cols):
            sf.text(xr[i], y, money(total(c[5], k), ","), FB, 7, align="r")
        tclaims.append({"claim_id": c[4], "payer_claim_id": c[3], "patient": c[0],
                        "totals": claim_totals(total(c[5], "billed"), total(c[5], "allowed"), total(c[5], "paid"),
                                               total(c[5], "owes"))})
        fl.y += 26
    legend = [("D1", "Part of this amount counted toward the family deductible."),
              ("P3", "A fixed office-visit copay applies to this service."),
              ("X7", "Your plan does not include this kind of therapy; the provider may bill you for it.")]
    fl.need(50)
    sf.text(24, fl.y, "Remark codes", FB, 8)
    for k, (cde, txt) in enumerate(legend):
        sf.text(24, fl.y + 11 + 10 * k, f"{cde}  {txt}", F, 7)
    fl.y += 45
    fl.need(40)
    sf.text(24, fl.y, "Questions or an appeal? You have 180 days from the date of this notice to ask us to review a claim.",
            F, 7)
    return sf, lines, tclaims, legend, [], (
        "Commercial PPO member EOB for a family of three, claim heading bands, Procedure 'code mod mod', "
        "description under each row, claim continued on next page under repeated heading")


def wrap(sf: Surface, text: str, width: float, font: str, size: float) -> list[str]:
    out, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if sf.width(t, font, size) <= width:
            cur = t
        else:
            out.append(cur)
            cur = w
    out.append(cur)
    return out


# ======================================================================================= v2 commercial EOB
@layout("v2_juniper_statement_of_claims", "fpdf2", commercial_math=True)
def v2(out: Path, npages: int):
    st = PlanState(ded_left=D("120.00"), coins_rate=D("0.10"), visit_copay=D("25.00"), allowed_rate=D("0.84"))
    claims = [
        ("Mateo Asante-Molloy", "Son", "Lakeshore Kids OT Studio", "88-3017742-01", "LKO-00917", [
            S(6, "97166", 1, ("GO",)), S(6, "97530", 2, ("GO",)), S(13, "97530", 3, ("GO",)),
            S(13, "97535", 1, ("GO",), desc=LONG_DESC["97535"]), S(20, "97530", 2, ("GO",)),
            S(20, "97110", 1, ("GO",), desc=LONG_DESC["97110"])]),
        ("Celeste Asante-Molloy", "Spouse", "Ridgeview Physical Therapy LLC", "88-3021156-01", "RPT44190", [
            S(9, "97161", 1, ("GP",)), S(9, "97110", 2, ("GP",)), S(16, "97140", 2, ("GP",), desc=LONG_DESC["97140"]),
            S(16, "97112", 1, ("GP",)), S(23, "97110", 2, ("GP", "KX")), S(23, "97140", 1, ("GP", "59"))]),
        ("Nia Asante-Molloy", "Daughter", "Lakeshore Kids OT Studio", "88-3024470-02", "LKO-00944", [
            S(8, "92507", 1, ("GN",)), S(15, "92507", 1, ("GN",)), S(15, "97150", 1, ("GN",), denied="CO"),
            S(22, "92507", 1, ("GN",)), S(29, "92507", 1, ("GN",))]),
        ("Dorian Asante-Molloy", "Self", "Harborpoint Hand & Upper Limb Clinic", "88-3031902-01", "HP-7781-3", [
            S(27, "99213", 1), S(27, "97760", 2, ("GO",), desc=LONG_DESC["97760"]), S(27, "L3807", 1, ("LT",))]),
    ]
    for c in claims:
        for s in c[5]:
            commercial(s, st, deny_reason="B7")
            s.remarks = ["DN" if s.denied else ("DE" if s.deductible else ("CP" if s.copay else "PP"))]
    pdf = out / "v2_juniper_statement_of_claims.pdf"
    sf = Surface(pdf, "fpdf2", landscape=True)
    F, FB = "LiberationSerif", "LiberationSerif-Bold"
    cols = [("Charged", "billed"), ("Network|Savings", "discount"), ("Amount Not|Covered", "not_covered"),
            ("Plan|Allowance", "allowed"), ("Applied to|Deductible", "deductible"), ("Copay", "copay"),
            ("Coinsurance", "coinsurance"), ("Plan Paid", "paid"), ("You Owe", "owes")]
    xr = [330 + 50 * i for i in range(len(cols))]

    def furniture(pg: int) -> float:
        sf.rect(0, 0, 792, 38, fill=0.2, stroke=False)
        sf.text(24, 25, "Juniper Mutual Health", FB, 15, gray=1.0)
        sf.text(768, 17, "STATEMENT OF CLAIMS PROCESSED", FB, 9, align="r", gray=1.0)
        sf.text(768, 29, "This is not a bill", F, 8, align="r", gray=1.0)
        sf.text(24, 598, "Juniper Mutual Health Insurance Co.  *  1450 Old Mill Rd, Suite 300, Easterly, WI 53702", F, 7)
        sf.text(768, 598, f"Page {pg} of {npages}", F, 7, align="r")
        if pg == 1:
            sf.text(24, 58, "Prepared for: DORIAN ASANTE-MOLLOY", FB, 9)
            sf.text(24, 70, "Member ID: JMH 5590 2274 00   Group No.: 447-0931   Plan: Choice Open Access 3000", F, 8)
            sf.text(24, 81, "Statement period: January 1, 2026 - January 31, 2026   Date issued: February 5, 2026", F, 8)
            sf.text(500, 58, "Family deductible (in network): $3,000.00", F, 8)
            sf.text(500, 70, "Applied through this statement: $3,000.00", F, 8)
            sf.text(500, 81, "Questions? Call 1-877-555-0119, Mon-Fri 7 a.m. - 8 p.m.", F, 8)
            sf.line(24, 90, 768, 90, 0.8)
            return 108
        return 60

    lines, tclaims = [], []
    fl = Flow(sf, 0, 570, furniture)
    fl.start()

    def heads():
        y = fl.y
        sf.line(24, y - 9, 768, y - 9, 0.3)
        for t, x in (("Date of|Service", 26), ("|Service Description", 74), ("Procedure|Code", 240)):
            a, b = t.split("|")
            sf.text(x, y, a, FB, 7)
            sf.text(x, y + 8, b, FB, 7)
        for i, (h, _) in enumerate(cols):
            a, b = h.split("|") if "|" in h else ("", h)
            sf.text(xr[i], y, a, FB, 7, align="r")
            sf.text(xr[i], y + 8, b, FB, 7, align="r")
        sf.text(738, y + 8, "Note", FB, 7)
        sf.line(24, y + 11, 768, y + 11, 0.3)
        fl.y = y + 22

    for c in claims:
        fl.need(80)
        y = fl.y
        sf.text(24, y, f"Claim for {c[0]} ({c[1]})", FB, 9)
        sf.text(24, y + 11, f"Juniper claim number: {c[3]}    Provider: {c[2]}    Provider's reference no.: {c[4]}", F, 8)
        sf.text(24, y + 21, "We received this claim on 01/31/2026 and finished processing it on 02/03/2026. "
                "The provider is in your network.", F, 7.5)
        fl.y = y + 38
        heads()
        for s in c[5]:
            dl = wrap(sf, s.desc, 150, F, 7.5)
            fl.need(10 * len(dl) + 2)
            y = fl.y
            sf.text(26, y, dfmt(s.dos, "mdy4"), F, 7.5)
            for k, t in enumerate(dl):
                sf.text(74, y + 9 * k, t, F, 7.5)
            sf.text(240, y, s.code + "".join(s.mods), F, 7.5)
            for i, (_, k) in enumerate(cols):
                sf.text(xr[i], y, money(getattr(s, k), "$"), F, 7.5, align="r")
            sf.text(738, y, s.remarks[0], F, 7.5)
            lines.append(truth_line(fl.page, s, claim_id=c[4], payer_claim_id=c[3], patient=c[0], units=False,
                                    printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes"), remarks=s.remarks))
            fl.y += 9 * len(dl) + 3
        y = fl.y
        sf.line(300, y - 7, 768, y - 7, 0.3)
        sf.text(74, y + 1, "Totals for this claim", FB, 7.5)
        for i, (_, k) in enumerate(cols):
            sf.text(xr[i], y + 1, money(total(c[5], k), "$"), FB, 7.5, align="r")
        tclaims.append({"claim_id": c[4], "payer_claim_id": c[3], "patient": c[0],
                        "totals": claim_totals(total(c[5], "billed"), total(c[5], "allowed"), total(c[5], "paid"),
                                               total(c[5], "owes"))})
        fl.y += 30
    legend = [("DE", "Some or all of the allowance went toward your deductible."),
              ("CP", "Your visit copay was taken from this service."),
              ("PP", "Paid at your in-network coinsurance level."),
              ("DN", "Not payable as billed; this is a network write-off, you do not owe it.")]
    fl.need(60)
    sf.text(24, fl.y, "What the notes mean", FB, 8.5)
    for k, (cde, txt) in enumerate(legend):
        sf.text(24, fl.y + 12 + 10 * k, f"{cde} - {txt}", F, 7.5)
    return sf, lines, tclaims, legend, [], (
        "Commercial open-access member statement of claims processed, four family members, dark banner, glued "
        "'97110GP' procedure codes, no units, wrapped long descriptions, a network write-off denial")


# extra invented charges for codes the sample factory does not price
for _c, _fee, _sch, _d in (("G0463", "310.00", "131.40", "Hospital outpatient clinic visit"),
                           ("97035", "68.00", "14.22", "Ultrasound therapy"),
                           ("97018", "45.00", "5.10", "Paraffin bath"),
                           ("29125", "185.00", "61.83", "Forearm splint application, static"),
                           ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
                           ("97533", "92.00", "34.21", "Sensory integration activities"),
                           ("97750", "110.00", "34.90", "Physical performance test")):
    import eobgen as _eg
    _eg.FEE.setdefault(_c, _fee)
    _eg.SCHED.setdefault(_c, _sch)
    _eg.DESC.setdefault(_c, _d)


# ====================================================================================== v3 Medicare MSN
@layout("v3_msn_part_b_single", "reportlab")
def v3(out: Path, npages: int):
    st = PlanState(ded_left=D("64.00"), coins_rate=D("0.20"))
    who = "Gwendolyn Abernathy-Ruiz"
    P1 = ("Brookhollow Rehab Associates, (541) 555-0178", "1880 Quarry Rd Ste 2, Vantor, OR 97433")
    P2 = ("Dr. Anselm Kwiatek-Boyd, (541) 555-0142", "77 Larchmont Ave, Vantor, OR 97431")
    claims = [
        (P1, "14-26012-0071-553", [S(6, "97163", 1, ("GP",)), S(6, "97110", 2, ("GP",)), S(6, "97140", 1, ("GP",))]),
        (P2, "14-26015-0228-104", [S(9, "99213", 1), S(9, "G0283", 1, (), denied="CO")]),
        (P1, "14-26019-0071-881", [S(13, "97110", 2, ("GP",)), S(13, "97112", 1, ("GP",)),
                                   S(13, "97530", 1, ("GP", "59")), S(13, "G0283", 1, ("GP",))]),
        (P1, "14-26026-0071-227", [S(20, "97110", 3, ("GP", "CQ")), S(20, "97116", 1, ("GP", "CQ")),
                                   S(20, "97140", 1, ("GP", "59")), S(20, "97530", 2, ("GP",)),
                                   S(20, "97035", 1, ("GP",)), S(20, "97112", 1, ("GP", "CQ")),
                                   S(20, "97535", 1, ("GP",))]),
        (P1, "14-26033-0071-610", [S(27, "97110", 2, ("GP", "KX")), S(27, "97112", 2, ("GP", "KX")),
                                   S(27, "97140", 1, ("GP", "KX", "59")), S(27, "97530", 1, ("GP", "KX")),
                                   S(27, "97750", 1, ("GP",))]),
    ]
    for _, _, svcs in claims:
        for s in svcs:
            medicare(s, st)
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    pdf = out / "v3_msn_part_b_single.pdf"
    sf = Surface(pdf, "reportlab")
    F, FB = "LiberationSans", "LiberationSans-Bold"
    grand = [s for _, _, v in claims for s in v]

    def furniture(pg: int) -> float:
        sf.text(36, 40, "Medicare Summary Notice", FB, 17)
        sf.text(36, 54, "for Part B (Medical Insurance)", F, 10)
        sf.text(576, 40, "THIS IS NOT A BILL", FB, 10, align="r")
        sf.text(576, 54, f"Page {pg} of {npages}", F, 9, align="r")
        sf.line(36, 62, 576, 62, 1.5)
        sf.text(36, 766, f"{who}   |   Notice date: February 11, 2026   |   1-800-MEDICARE (1-800-555-0196)", F, 7,
                gray=0.3)
        if pg == 1:
            sf.text(36, 84, who.upper(), F, 9)
            sf.text(36, 95, "4410 ASHGROVE TERRACE", F, 9)
            sf.text(36, 106, "VANTOR OR 97431-2207", F, 9)
            sf.rect(330, 72, 246, 70, fill=0.92)
            for k, (a, b) in enumerate([("Medicare Number", "XXX-XX-8814A"), ("Date of This Notice", "February 11, 2026"),
                                        ("Claims Processed Between", "November 11, 2025 - February 10, 2026"),
                                        ("Customer Service", "1-800-555-0196")]):
                sf.text(338, 86 + 14 * k, a, FB, 7.5)
                sf.text(570, 86 + 14 * k, b, F, 7.5, align="r")
            sf.rect(36, 160, 262, 170, fill=None)
            sf.text(44, 176, "Your Deductible Status", FB, 11)
            for k, t in enumerate(["Your deductible is what you must pay each year", "before Medicare starts paying.",
                                   "", "You have now met your $283.00 Part B", "deductible for 2026.", "",
                                   "Total You May Be Billed", money(total(grand, "owes"), "$")]):
                sf.text(44, 194 + 13 * k, t, FB if k >= 6 else F, 9 if k < 6 else 11)
            sf.rect(314, 160, 262, 170, fill=None)
            sf.text(322, 176, "Did Medicare Approve All Services?", FB, 11)
            sf.text(322, 194, "NO. Medicare did not approve 1 service.", F, 9)
            sf.text(322, 207, "Look for NO in the Service Approved column.", F, 9)
            sf.text(322, 230, "Providers With Claims This Period", FB, 10)
            for k, t in enumerate(["January 6 - January 27, 2026", "Brookhollow Rehab Associates", "",
                                   "January 9, 2026", "Dr. Anselm Kwiatek-Boyd"]):
                sf.text(322, 246 + 12 * k, t, F, 9)
            sf.text(36, 360, "If you disagree with a decision, you can file an appeal within 120 days of this notice.",
                    F, 9)
            sf.text(36, 374, "Watch for fraud: compare this notice with your own calendar of visits.", F, 9)
            return 800
        return 90

    lines, tclaims = [], []
    fl = Flow(sf, 0, 735, furniture)
    fl.start()
    cur = {}
    xs = [355, 425, 490, 548]

    def heads():
        y = fl.y
        sf.rect(36, y - 10, 540, 30, fill=0.85, stroke=False)
        sf.text(40, y + 5, "Service Provided & Billing Code", FB, 7.5)
        sf.text(270, y, "Service", FB, 7.5, align="c")
        sf.text(270, y + 9, "Approved?", FB, 7.5, align="c")
        for x, (a, b) in zip(xs, [("Amount Provider", "Charged"), ("Medicare-Appro-", "ved Amount"),
                                  ("Amount Medi-", "care Paid"), ("Maximum You", "May Be Billed")]):
            sf.text(x, y, a, FB, 7.5, align="r")
            sf.text(x, y + 9, b, FB, 7.5, align="r")
        sf.text(556, y, "See", FB, 7.5)
        sf.text(556, y + 9, "Notes", FB, 7.5)
        fl.y = y + 30

    def chead(cont: bool):
        p, num, svcs = cur["c"]
        y = fl.y
        sf.text(36, y, f"{svcs[0].dos:%B} {svcs[0].dos.day}, {svcs[0].dos.year}" + (" (continued)" if cont else ""), FB, 10)
        sf.text(36, y + 12, p[0], F, 8.5)
        sf.text(36, y + 23, p[1], F, 8.5)
        sf.text(36, y + 34, f"Claim Number: {num}", F, 8.5)
        fl.y = y + 48
        heads()

    for c in claims:
        cur["c"] = c
        p, num, svcs = c
        fl.after_break = None
        if fl.page == 1:
            fl.start()
            sf.text(36, fl.y, "Your Claims & Costs This Period", FB, 13)
            sf.text(36, fl.y + 16, "Part B Medical Services & Supplies", FB, 10)
            fl.y += 36
        fl.need(92)
        chead(False)
        fl.after_break = lambda: chead(True)
        for s in svcs:
            fl.need(14)
            y = fl.y
            cd = "-".join((s.code,) + s.mods)
            sf.text(40, y, f"{units_str(s.units)} {s.desc} ({cd})", F, 7.5)
            sf.text(270, y, "No" if s.denied else "Yes", F, 7.5, align="c")
            for x, k in zip(xs, ("billed", "allowed", "paid", "owes")):
                sf.text(x, y, money(getattr(s, k), "$"), F, 7.5, align="r")
            sf.text(556, y, ", ".join(s.remarks), F, 7.5)
            sf.line(36, y + 4, 576, y + 4, 0.2, gray=0.6)
            lines.append(truth_line(fl.page, s, claim_id=None, payer_claim_id=num, patient=who,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks))
            fl.y += 13
        fl.after_break = None
        y = fl.y
        sf.text(40, y + 1, "Total for Claim", FB, 7.5)
        for x, k in zip(xs, ("billed", "allowed", "paid", "owes")):
            sf.text(x, y + 1, money(total(svcs, k), "$"), FB, 7.5, align="r")
        tclaims.append({"claim_id": None, "payer_claim_id": num, "patient": who,
                        "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                               total(svcs, "owes"))})
        fl.y += 26
    legend = [("A", "Medicare paid the provider 80% of the approved amount, less a small federal payment reduction."),
              ("B", "This approved amount went toward your yearly deductible."),
              ("C", "Medicare does not pay for this item in this setting. The provider may not bill you for it.")]
    fl.need(70)
    sf.text(36, fl.y, "Notes for Claims Above", FB, 10)
    for k, (cde, txt) in enumerate(legend):
        sf.text(36, fl.y + 14 + 11 * k, f"{cde}  {txt}", F, 8)
    return sf, lines, tclaims, legend, [], (
        "Medicare Summary Notice Part B for one beneficiary: summary page with deductible and approval boxes, "
        "claims by date with provider address and claim number, units as prefix and code with dashed modifiers in "
        "parentheses, Yes/No approved, lettered notes, a claim continued on the next page")


# ================================================================================ v4 Medicare Advantage EOB
@layout("v4_heronfield_ma_eob", "fpdf2")
def v4(out: Path, npages: int):
    who = "Augustin Pereira-Lowe"
    copay = D("20.00")
    claims = [
        ("Willowbend Outpatient Rehab", "2026-0117-HF-000394", "WOR-33120", [
            S(7, "97165", 1, ("GO",)), S(7, "97535", 2, ("GO",)), S(14, "97530", 2, ("GO",)),
            S(14, "97535", 1, ("GO", "CO")), S(14, "97018", 1, ("GO",), denied="CO")]),
        ("Willowbend Outpatient Rehab", "2026-0131-HF-001127", "WOR-33188", [
            S(21, "97530", 2, ("GO", "CO")), S(21, "97110", 1, ("GO", "CO")), S(28, "97530", 2, ("GO",)),
            S(28, "97760", 1, ("GO",)), S(28, "L3807", 1, ("RT",))]),
        ("Sunhaven Family Medicine", "2026-0122-HF-000871", "SFM/118204", [S(16, "99213", 1)]),
        ("Willowbend Outpatient Rehab", "2026-0203-HF-001460", "WOR-33241", [
            S(30, "97168", 1, ("GO",)), S(30, "97530", 1, ("GO", "KX")), S(30, "97535", 1, ("GO", "KX"))]),
    ]
    seen = set()
    for _, _, _, svcs in claims:
        for s in svcs:
            if s.denied:
                s.not_covered, s.adjs, s.remarks = s.billed, [("CO", "96", s.billed)], ["N4"]
                continue
            s.allowed = q(D(_eg.SCHED[s.code]) * s.units * D("1.04"))
            s.discount = s.billed - s.allowed
            if s.dos not in seen:
                seen.add(s.dos)
                s.copay = min(copay, s.allowed)
                s.remarks = ["C1"]
            s.paid = s.allowed - s.copay
            s.owes = s.copay
    pdf = out / "v4_heronfield_ma_eob.pdf"
    sf = Surface(pdf, "fpdf2")
    F, FB = "DejaVuSerif", "DejaVuSerif-Bold"
    allsv = [s for c in claims for s in c[3]]

    def furniture(pg: int) -> float:
        sf.text(40, 44, "Heronfield Senior Advantage (HMO)", FB, 13)
        sf.text(40, 57, "Explanation of Benefits for Medical Services - January 2026", F, 8.5)
        sf.text(572, 44, "THIS IS NOT A BILL", FB, 8.5, align="r")
        sf.text(572, 57, f"{who}  |  Member ID H7720-0318-54", F, 7.5, align="r")
        sf.line(40, 64, 572, 64, 1)
        sf.text(40, 770, "Heronfield Health is an HMO plan with a Medicare contract. Enrollment depends on contract "
                "renewal.", F, 6.3, gray=0.35)
        sf.text(572, 770, f"Page {pg} of {npages}", F, 7, align="r")
        if pg == 1:
            sf.text(40, 88, who.upper(), F, 8.5)
            sf.text(40, 99, "915 CANTERBURY BEND", F, 8.5)
            sf.text(40, 110, "LOWELL FALLS AZ 85377", F, 8.5)
            sf.text(40, 138, "Your summary for this month", FB, 10.5)
            sf.rect(40, 146, 532, 62)
            for k, (a, b, c) in enumerate([("", "This month", "2026 so far"),
                                           ("Total cost of your covered care", money(total(allsv, "allowed"), "$"),
                                            money(total(allsv, "allowed"), "$")),
                                           ("What Heronfield paid", money(total(allsv, "paid"), "$"),
                                            money(total(allsv, "paid"), "$")),
                                           ("What you may owe providers", money(total(allsv, "owes"), "$"),
                                            money(total(allsv, "owes"), "$"))]):
                sf.text(48, 160 + 13 * k, a, FB if k == 0 else F, 8)
                sf.text(440, 160 + 13 * k, b, FB if k == 0 else F, 8, align="r")
                sf.text(560, 160 + 13 * k, c, FB if k == 0 else F, 8, align="r")
            sf.text(40, 226, "Your maximum out-of-pocket for 2026 is $4,900.00. You have spent "
                    + money(total(allsv, "owes"), "$") + " toward it.", F, 7.5)
            sf.text(40, 252, "Your claims in detail", FB, 10.5)
            return 274
        return 84

    xs = [338, 388, 436, 482, 528]
    lines, tclaims = [], []
    fl = Flow(sf, 0, 740, furniture)
    fl.start()
    for prov, num, acct, svcs in claims:
        fl.need(30 + 13 * len(svcs) + 30)
        y = fl.y
        sf.rect(40, y - 10, 532, 26, fill=0.9)
        sf.text(46, y, f"Claim ID {num}   |   {prov}", FB, 7.8)
        sf.text(46, y + 11, f"Patient account {acct}   |   Received {dfmt(svcs[0].dos, 'mon')}   |   "
                "In-network provider", F, 7)
        y += 30
        for t, x, al in (("Service date", 44, "l"), ("What you received", 108, "l"), ("Code", 242, "l"),
                         ("Modifiers", 274, "l"), ("Provider|charged", xs[0], "r"), ("Plan-allowed|amount", xs[1], "r"),
                         ("Not|covered", xs[2], "r"), ("Plan paid|provider", xs[3], "r"), ("Your|share", xs[4], "r"),
                         ("Note", 540, "l")):
            a, b = t.split("|") if "|" in t else ("", t)
            sf.text(x, y, a, FB, 6.6, align=al)
            sf.text(x, y + 8, b, FB, 6.6, align=al)
        sf.line(40, y + 11, 572, y + 11, 0.4)
        fl.y = y + 22
        for s in svcs:
            y = fl.y
            sf.text(44, y, dfmt(s.dos, "mon"), F, 7)
            sf.text(108, y, s.desc[:30], F, 7)
            sf.text(242, y, s.code, F, 7)
            sf.text(274, y, ", ".join(s.mods), F, 7)
            for x, k in zip(xs, ("billed", "allowed", "not_covered", "paid", "owes")):
                sf.text(x, y, money(getattr(s, k), "$"), F, 7, align="r")
            sf.text(540, y, " ".join(s.remarks), F, 7)
            t = truth_line(fl.page, s, claim_id=acct, payer_claim_id=num, patient=who, remarks=s.remarks,
                           units=False, printed=("billed", "allowed", "not_covered", "paid", "patient_owes"),
                           description=False)
            lines.append(t)
            fl.y += 12
        y = fl.y
        sf.line(300, y - 8, 572, y - 8, 0.4)
        sf.text(108, y, "Claim totals", FB, 7)
        for x, k in zip(xs, ("billed", "allowed", "not_covered", "paid", "owes")):
            sf.text(x, y, money(total(svcs, k), "$"), FB, 7, align="r")
        tclaims.append({"claim_id": acct, "payer_claim_id": num, "patient": who,
                        "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                               total(svcs, "owes"))})
        fl.y += 30
    legend = [("C1", "Your specialist visit copay for this date."),
              ("N4", "Not a covered benefit when billed this way; an in-network provider cannot charge you.")]
    fl.need(50)
    sf.text(40, fl.y, "Notes", FB, 9)
    for k, (cde, txt) in enumerate(legend):
        sf.text(40, fl.y + 12 + 10 * k, f"{cde}: {txt}", F, 7.2)
    return sf, lines, tclaims, legend, [], (
        "Medicare Advantage HMO member EOB: summary table this month / year to date, shaded claim boxes, "
        "'Jan 7, 2026' dates, code and comma-separated modifiers apart, per-date copay, a not-covered item")


# ====================================================================================== v5 Medicaid RA
@layout("v5_new_albion_medicaid_ra", "fpdf2")
def v5(out: Path, npages: int):
    F, FB = "DejaVuSansMono", "DejaVuSansMono-Bold"
    paid = [
        ("HOLLOWAY, MARCUS J", "710448213A", "26034-110-00417", "TPT-6620", D("0.00"), [
            S(5, "97530", 3, ("GO", "U1")), S(5, "97110", 1, ("GO",)), S(12, "97530", 3, ("GO", "U1")),
            S(12, "97535", 1, ("GO",)), S(19, "97530", 2, ("GO", "U1")), S(19, "97533", 2, ("GO",)),
            S(26, "97530", 3, ("GO", "U1")), S(26, "97110", 1, ("GO",))]),
        ("DUBOIS-KANE, ARIEL", "710882004B", "26034-110-00418", "TPT-6641", D("0.00"), [
            S(7, "92523", 1, ("GN",)), S(14, "92507", 1, ("GN",)), S(21, "92507", 1, ("GN",)),
            S(28, "92507", 1, ("GN",))]),
        ("ESTRADA VOSS, PILAR", "710339170C", "26034-110-00419", "TPT-6658", D("2.00"), [
            S(8, "97163", 1, ("GP",)), S(8, "97112", 2, ("GP",)), S(15, "97112", 2, ("GP",)),
            S(15, "97116", 1, ("GP",))]),
        ("NGUYEN-ALBRIGHT, TESS", "710561338A", "26034-110-00422", "TPT-6690", D("0.00"), [
            S(6, "97530", 2, ("GO",)), S(6, "97112", 2, ("GO",)), S(13, "97530", 2, ("GO",)),
            S(13, "97112", 2, ("GO",)), S(20, "97530", 2, ("GO",)), S(20, "97140", 1, ("GO",)),
            S(27, "97530", 2, ("GO",)), S(27, "97112", 1, ("GO",)), S(27, "97760", 1, ("GO",)),
            S(27, "L3807", 1, ("LT",))]),
    ]
    denied = [("HOLLOWAY, MARCUS J", "710448213A", "26034-110-00420", "TPT-6671", D("0.00"), [
        S(29, "97530", 4, ("GO", "U1"), denied="CO"), S(29, "97150", 1, ("GO",), denied="CO")])]
    old = [S(17, "97112", 2, ("GP",)), S(17, "97140", 2, ("GP",))]
    new = [S(17, "97112", 3, ("GP",)), S(17, "97140", 2, ("GP",))]
    for grp in (paid, denied):
        for *_, cp, svcs in grp:
            first = True
            for s in svcs:
                medicaid(s)
                s.remarks = ["0432"] if s.denied else ["0101"]
                if cp and first and not s.denied:
                    s.copay = cp
                    s.paid -= cp
                    s.remarks.append("0219")
                first = False
    for s in old + new:
        medicaid(s)
        s.remarks = ["0101"]
    rev = [negate(s) for s in old]
    for s in rev:
        s.remarks = ["0771"]
    for s in new:
        s.remarks = ["0772"]
    adjusted = [("ODUYA, FELIX R", "710925561A", "26034-510-00081", "TPT-6533", D("0.00"), rev, "REVERSAL OF TCN 25360-110-01132"),
                ("ODUYA, FELIX R", "710925561A", "26034-110-00421", "TPT-6533", D("0.00"), new, "REPLACES TCN 25360-110-01132")]
    pdf = out / "v5_new_albion_medicaid_ra.pdf"
    sf = Surface(pdf, "fpdf2")

    def furniture(pg: int) -> float:
        sf.text(30, 34, "STATE OF NEW ALBION - DEPARTMENT OF HEALTH SERVICES", FB, 8.5)
        sf.text(30, 45, "MEDICAL ASSISTANCE PROGRAM      PROVIDER REMITTANCE ADVICE", F, 8)
        sf.text(582, 34, f"PAGE {pg:>3} OF {npages:>3}", F, 7.5, align="r")
        sf.text(582, 45, "RUN DATE 02/06/26", F, 7.5, align="r")
        sf.text(30, 60, "PAYEE: TIDEWATER PEDIATRIC THERAPY GROUP     PAYEE ID 0041877290     NPI 1558204471", F, 7)
        sf.text(30, 70, "RA NUMBER 0026034     WARRANT 88120354     PAYMENT DATE 02/06/26     CLAIM TYPE: PROFESSIONAL", F, 7)
        sf.line(30, 75, 582, 75, 0.6)
        return 92

    lines, tclaims = [], []
    fl = Flow(sf, 0, 760, furniture)
    fl.start()
    H = "LN  FROM DOS TO DOS   PROC  MODS      UNITS     BILLED    ALLOWED   COPAY       PAID  EOB"

    def section(title):
        fl.need(40)
        sf.text(30, fl.y, f"*** {title} ***", FB, 7.5)
        fl.y += 14

    def fmt(v: Decimal) -> str:
        return money(v, ",", "trail")

    totals = {"billed": ZERO, "paid": ZERO}
    for title, grp in (("CLAIMS PAID", paid), ("CLAIMS DENIED", denied), ("CLAIM ADJUSTMENTS", adjusted)):
        section(title)
        for c in grp:
            name, rid, tcn, acct, _cp, svcs = c[:6]
            fl.need(34 + 10 * min(len(svcs), 3))
            y = fl.y
            sf.text(30, y, f"RECIP: {name:<22} RECIP ID: {rid}   TCN: {tcn}   PAT ACCT: {acct}", F, 6.8)
            if len(c) > 6:
                sf.text(30, y + 9, c[6], F, 6.8)
                y += 9
            sf.text(30, y + 10, H, FB, 6.8)
            fl.y = y + 21
            for i, s in enumerate(svcs, 1):
                if fl.need(12):
                    sf.text(30, fl.y, f"RECIP: {name:<22} TCN: {tcn}  (CONTINUED)", F, 6.8)
                    sf.text(30, fl.y + 10, H, FB, 6.8)
                    fl.y += 21
                row = (f"{i:02d}  {dfmt(s.dos, 'mdy2')} {dfmt(s.dos, 'mdy2')} {s.code:<5} {' '.join(s.mods):<8}"
                       f"{units_str(s.units) + '.00':>7} {fmt(s.billed):>10} {fmt(s.allowed):>10} {fmt(s.copay):>7}"
                       f" {fmt(s.paid):>10}  {' '.join(s.remarks)}")
                sf.text(30, fl.y, row, F, 7)
                lines.append(truth_line(fl.page, s, claim_id=acct, payer_claim_id=tcn, patient=name, description=False,
                                        service_end=s.dos, printed=("billed", "allowed", "copay", "paid"),
                                        remarks=s.remarks))
                fl.y += 11
            tb, ta, tc, tp = (total(svcs, k) for k in ("billed", "allowed", "copay", "paid"))
            sf.text(30, fl.y, f"{'CLAIM TOTAL':<44}{fmt(tb):>10} {fmt(ta):>10} {fmt(tc):>7} {fmt(tp):>10}", FB, 6.8)
            totals["billed"] += tb
            totals["paid"] += tp
            tclaims.append({"claim_id": acct, "payer_claim_id": tcn, "patient": name,
                            "totals": claim_totals(tb, ta, tp, None)})
            fl.y += 18
    fl.need(110)
    sf.line(30, fl.y - 6, 582, fl.y - 6, 0.6)
    sf.text(30, fl.y + 4, f"PAYMENT SUMMARY   TOTAL BILLED {fmt(totals['billed'])}   NET PAYMENT {fmt(totals['paid'])}", FB, 7)
    legend = [("0101", "PAID AT THE STATE FEE SCHEDULE. THE RECIPIENT MAY NOT BE BILLED FOR THE DIFFERENCE."),
              ("0219", "RECIPIENT COPAYMENT TAKEN FROM THE FIRST LINE OF THE VISIT."),
              ("0432", "SERVICE LIMIT FOR THE BENEFIT YEAR IS EXHAUSTED. NO PRIOR APPROVAL ON FILE."),
              ("0771", "CREDIT: EARLIER PAYMENT RECOVERED IN FULL."),
              ("0772", "CLAIM PAID AGAIN WITH CORRECTED UNITS.")]
    sf.text(30, fl.y + 22, "EOB CODE DESCRIPTIONS", FB, 7)
    for k, (cde, txt) in enumerate(legend):
        sf.text(30, fl.y + 33 + 9 * k, f"{cde}  {txt}", F, 6.6)
    return sf, lines, tclaims, legend, [], (
        "State Medicaid professional remittance advice in monospace: PAID / DENIED / ADJUSTMENTS sections, claim "
        "heading line with RECIP / RECIP ID / TCN / PAT ACCT, FROM and TO DOS, units '3.00', recipient copay column, "
        "trailing-minus reversal and its replacement, four-digit EOB codes")


# ========================================================================= v6 Medicaid managed care RA
@layout("v6_prairie_crest_mco_ra", "reportlab", full_adj=True)
def v6(out: Path, npages: int):
    F, FB = "LiberationSansNarrow", "LiberationSansNarrow-Bold"
    claims = [
        ("Sofia Baptiste-Wren", "NA40771823", "PC2603100882", "51-88317", "PA-260014", [
            S(5, "97530", 4, ("GO",)), S(5, "97112", 2, ("GO", "59")), S(9, "97530", 4, ("GO",)),
            S(9, "97535", 2, ("GO",)), S(12, "97530", 4, ("GO",)), S(12, "97112", 2, ("GO", "59")),
            S(16, "97530", 4, ("GO",)), S(16, "97535", 2, ("GO",)), S(20, "97530", 3, ("GO",)),
            S(20, "97533", 2, ("GO",)), S(23, "97530", 4, ("GO",)), S(23, "97112", 2, ("GO", "59")),
            S(27, "97530", 4, ("GO",)), S(27, "97533", 2, ("GO",)), S(30, "97530", 4, ("GO",)),
            S(30, "97535", 1, ("GO",)), S(2, "97530", 4, ("GO",)), S(2, "97112", 2, ("GO", "59")),
            S(3, "97530", 4, ("GO",)), S(3, "97535", 2, ("GO",)), S(31, "97530", 4, ("GO",)),
            S(31, "97533", 2, ("GO",))]),
        ("Kofi Baptiste-Wren", "NA40771824", "PC2603100883", "51-88318", "PA-260015", [
            S(6, "92523", 1, ("GN",)), S(13, "92507", 1, ("GN",)), S(20, "92507", 1, ("GN",)),
            S(27, "92526", 1, ("GN",), denied="CO")]),
        ("Harriet Lindgren-Ode", "NA39012877", "PC2603100901", "51-87740", "", [
            S(8, "97162", 1, ("GP",)), S(8, "97110", 3, ("GP",)), S(15, "97110", 2, ("GP",)),
            S(15, "97140", 2, ("GP", "59"))]),
    ]
    claims = [claims[2], claims[1], claims[0]]
    claims[2][5].sort(key=lambda s: s.dos)
    for c in claims:
        for s in c[5]:
            medicaid(s, deny_reason="197")
            s.remarks = ["N54"] if s.denied else []
    pdf = out / "v6_prairie_crest_mco_ra.pdf"
    sf = Surface(pdf, "reportlab", landscape=True)
    cols = [("Ln", 34, "r"), ("From", 42, "l"), ("To", 88, "l"), ("Procedure", 134, "l"), ("Mod 1", 180, "l"),
            ("Mod 2", 208, "l"), ("Units", 262, "r"), ("Billed", 322, "r"), ("Allowed", 382, "r"),
            ("Paid", 440, "r"), ("Grp", 456, "l"), ("CARC", 482, "l"), ("Adj Amount", 560, "r"), ("RARC", 574, "l"),
            ("Line Status", 620, "l")]

    def furniture(pg: int) -> float:
        sf.text(30, 36, "Prairie Crest Community Health Plan", FB, 14)
        sf.text(30, 49, "Medicaid Managed Care  -  Provider Remittance Advice", F, 9)
        sf.rect(540, 22, 222, 38, fill=0.93)
        sf.text(548, 34, "Payment No. EFT 000771904352", F, 8)
        sf.text(548, 45, "Payment Date 02/12/2026    Remit Date 02/12/2026", F, 8)
        sf.text(548, 56, "Payee: Meadowlark Therapy Collective (TIN xx-xxx4471)", F, 7)
        sf.text(30, 590, "Prairie Crest Community Health Plan - Provider Services 1-888-555-0127 - claims questions within "
                "90 days of the remit date", F, 7)
        sf.text(762, 590, f"Page {pg} of {npages}", F, 7.5, align="r")
        return 82

    lines, tclaims = [], []
    fl = Flow(sf, 0, 570, furniture)
    fl.start()
    cur = {}

    def grid_head():
        y = fl.y
        sf.rect(30, y - 9, 732, 13, fill=0.8)
        for t, x, al in cols:
            sf.text(x, y, t, FB, 7.5, align=al)
        fl.y = y + 13

    def band(cont: bool):
        c = cur["c"]
        y = fl.y
        sf.rect(30, y - 9, 732, 13, fill=0.94)
        sf.text(34, y, f"Member: {c[0]}    Medicaid ID: {c[1]}    Claim Control #: {c[2]}    Patient Control #: {c[3]}"
                + (f"    Auth #: {c[4]}" if c[4] else "") + ("    (continued)" if cont else ""), FB, 7.5)
        fl.y = y + 13
        grid_head()

    def cell_row(y, vals):
        for (t, x, al), v in zip(cols, vals):
            sf.text(x, y, v, F, 7.5, align=al)
        sf.line(30, y + 3, 762, y + 3, 0.25, gray=0.5)

    for c in claims:
        cur["c"] = c
        fl.after_break = None
        fl.need(60)
        band(False)
        fl.after_break = lambda: band(True)
        for i, s in enumerate(c[5], 1):
            fl.need(14 * max(1, len(s.adjs)))
            y = fl.y
            adj0 = s.adjs[0] if s.adjs else ("", "", None)
            m = list(s.mods) + ["", ""]
            cell_row(y, [str(i), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, m[0], m[1], f"{s.units:.2f}",
                         money(s.billed, ","), money(s.allowed, ","), money(s.paid, ","), adj0[0], adj0[1],
                         money(adj0[2], ",") if adj0[2] is not None else "", " ".join(s.remarks),
                         "Denied" if s.denied else "Paid"])
            for g, rc, a in s.adjs[1:]:
                y += 12
                cell_row(y, ["", "", "", "", "", "", "", "", "", "", g, rc, money(a, ","), "", ""])
            lines.append(truth_line(fl.page, s, claim_id=c[3], payer_claim_id=c[2], patient=c[0], description=False,
                                    service_end=s.dos, printed=("billed", "allowed", "paid"), adjustments=s.adjs,
                                    remarks=s.remarks))
            fl.y = y + 14
        fl.after_break = None
        svcs = c[5]
        y = fl.y
        sf.text(134, y, "Claim Totals", FB, 7.5)
        for x, k in ((322, "billed"), (382, "allowed"), (440, "paid")):
            sf.text(x, y, money(total(svcs, k), ","), FB, 7.5, align="r")
        adjt = sum((a for s in svcs for _, _, a in s.adjs), ZERO)
        sf.text(560, y, money(adjt, ","), FB, 7.5, align="r")
        tclaims.append({"claim_id": c[3], "payer_claim_id": c[2], "patient": c[0],
                        "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        fl.y += 22
    legend = [("CO-45", "Charge is above the plan's Medicaid rate; contractual write-off."),
              ("CO-197", "No authorization on file for the date of service."),
              ("N54", "Authorization covers other service codes than the one billed.")]
    fl.need(50)
    sf.text(30, fl.y, "Adjustment and remark codes used on this remittance", FB, 8)
    for k, (cde, txt) in enumerate(legend):
        sf.text(30, fl.y + 11 + 10 * k, f"{cde}   {txt}", F, 7.5)
    return sf, lines, tclaims, legend, [], (
        "Medicaid managed-care plan remittance advice, landscape ruled grid: member band with Medicaid ID, claim "
        "control and patient control numbers and auth, From/To, Mod 1 / Mod 2, units '4.00', Grp / CARC / Adj Amount "
        "/ RARC columns, a denied line, a 22-line claim continued on the next page under a repeated band")


# ===================================================================== v7 PM-system Medicare remit detail
@layout("v7_practicenest_era_detail", "reportlab", full_adj=True)
def v7(out: Path, npages: int):
    F, FB = "DejaVuSans", "DejaVuSans-Bold"
    st = PlanState(ded_left=D("0.00"))
    st2 = PlanState(ded_left=D("55.00"))
    claims = [
        ("DELACROIX, HARRIET", "4TW8RK3NQ72", "66015", "2226037118840", "1 - Processed as Primary", st, [
            S(6, "97110", 2, ("GP",)), S(6, "97140", 1, ("GP", "59")), S(6, "97530", 1, ("GP",)),
            S(8, "97110", 2, ("GP", "CQ")), S(8, "97112", 1, ("GP", "CQ"))]),
        ("MBEKI, THADDEUS O", "7KD2XH9MR40", "66102", "2226037118851", "1 - Processed as Primary", st2, [
            S(12, "97166", 1, ("GO",)), S(12, "97535", 2, ("GO",)), S(14, "97530", 2, ("GO",)),
            S(14, "97018", 1, ("GO",)), S(19, "97530", 2, ("GO", "KX")), S(19, "97760", 1, ("GO",))]),
        ("ROWE-FENWICK, LILA", "2PN6TC1WJ88", "65877", "2226037118862", "1 - Processed as Primary", st, [
            S(13, "92507", 1, ("GN",)), S(20, "92507", 1, ("GN",)), S(20, "92526", 1, ("GN",), denied="CO")]),
    ]
    for c in claims:
        for s in c[6]:
            medicare(s, c[5], deny_reason="B15")
            if s.denied:
                s.remarks = ["M80"]
    # a reversal of an earlier December claim, with its corrected re-payment
    old = [S(29, "97110", 2, ("GP",)), S(29, "97140", 2, ("GP",))]
    for s in old:
        s.dos = date(2025, 12, 29)
        medicare(s, PlanState(), deny_reason="B15")
    rev = [negate(s) for s in old]
    corr = [S(29, "97110", 2, ("GP",)), S(29, "97140", 1, ("GP", "59"))]
    for s in corr:
        s.dos = date(2025, 12, 29)
        medicare(s, PlanState())
    claims.append(("KALLIS, BERNARD", "9RM3VV7QK15", "65410", "2225362009914", "22 - Reversal of Previous Payment",
                   None, rev))
    claims.append(("KALLIS, BERNARD", "9RM3VV7QK15", "65410", "2226037118877", "1 - Processed as Primary", None, corr))
    pdf = out / "v7_practicenest_era_detail.pdf"
    sf = Surface(pdf, "reportlab")
    cols = [("DOS", 30, "l"), ("Proc", 78, "l"), ("Mod", 110, "l"), ("Units", 176, "r"), ("Charge", 222, "r"),
            ("Allowed", 268, "r"), ("Deduct", 310, "r"), ("Coins", 350, "r"), ("Adj Code", 362, "l"),
            ("Adj Amt", 440, "r"), ("Remark", 450, "l"), ("Paid", 580, "r")]

    def furniture(pg: int) -> float:
        sf.text(30, 34, "PracticeNest Billing", FB, 11)
        sf.text(30, 45, "ERA Remittance Detail Report", F, 8.5)
        sf.text(582, 34, "Fernhill Therapy Partners", FB, 8.5, align="r")
        sf.text(582, 45, f"Printed 02/13/2026 08:41   Page {pg} of {npages}", F, 7, align="r")
        sf.line(30, 52, 582, 52, 0.8)
        sf.text(30, 64, "Payer: Novaris Government Services - Medicare Part B J9    Payer ID 09111", F, 7.5)
        sf.text(30, 75, "Check/EFT #: 882610044    Issue Date: 02/09/2026    Payee NPI: 1730518846", F, 7.5)
        sf.text(30, 772, "Report: ERA-DET-02  |  Filter: batch 2026-0209-01  |  User: mkessler", F, 6.5, gray=0.4)
        return 96

    lines, tclaims = [], []
    fl = Flow(sf, 0, 750, furniture)
    fl.start()
    for name, mbi, acct, icn, status, _, svcs in claims:
        nrows = sum(max(1, len(s.adjs)) for s in svcs)
        fl.need(44 + 10 * min(nrows, 6))
        y = fl.y
        sf.rect(30, y - 9, 552, 24, fill=0.9, stroke=False)
        sf.text(34, y, f"Patient: {name}", FB, 7.5)
        sf.text(210, y, f"MBI: {mbi}", F, 7.5)
        sf.text(320, y, f"Acct #: {acct}", F, 7.5)
        sf.text(420, y, f"ICN: {icn}", F, 7.5)
        sf.text(34, y + 10, f"Claim Status: {status}    Rendering: Odalys Ferro-Quist, PT", F, 7)
        y += 24
        for t, x, al in cols:
            sf.text(x, y, t, FB, 7, align=al)
        sf.line(30, y + 3, 582, y + 3, 0.4)
        fl.y = y + 14
        for s in svcs:
            k = max(1, len(s.adjs))
            fl.need(10 * k + 2)
            y = fl.y
            a0 = s.adjs[0]
            vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), money(s.billed, ","),
                    money(s.allowed, ","), money(s.deductible, ","), money(s.coinsurance, ","), f"{a0[0]}-{a0[1]}",
                    money(a0[2], ","), " ".join(s.remarks), money(s.paid, ",")]
            for (t, x, al), v in zip(cols, vals):
                sf.text(x, y, v, F, 7, align=al)
            for g, rc, a in s.adjs[1:]:
                y += 10
                sf.text(362, y, f"{g}-{rc}", F, 7)
                sf.text(440, y, money(a, ","), F, 7, align="r")
            lines.append(truth_line(fl.page, s, claim_id=acct, payer_claim_id=icn, patient=name, description=False,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks))
            fl.y = y + 12
        y = fl.y
        sf.line(180, y - 8, 582, y - 8, 0.4)
        sf.text(78, y, "Claim Total", FB, 7)
        for x, kk in ((222, "billed"), (268, "allowed"), (310, "deductible"), (350, "coinsurance"), (580, "paid")):
            sf.text(x, y, money(total(svcs, kk), ","), FB, 7, align="r")
        sf.text(450, y, "Pt Resp " + money(total(svcs, "owes"), ","), F, 7)
        tclaims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                        "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                               None)})
        fl.y += 24
    allsv = [s for c in claims for s in c[6]]
    fl.need(40)
    sf.text(30, fl.y, f"Batch totals:  Charges {money(total(allsv, 'billed'), ',')}   Paid {money(total(allsv, 'paid'), ',')}"
            "   Provider adjustments (PLB): none", FB, 7.5)
    return sf, lines, tclaims, [], [], (
        "Practice-management 'ERA Remittance Detail Report' of a Medicare Part B payment: shaded patient band with "
        "MBI / Acct # / ICN / claim status, DOS / Proc / Mod / Units / Charge / Allowed / Deduct / Coins, adjustment "
        "codes 'CO-45' stacked with amounts, remark column, a reversal (status 22) with minus amounts and its "
        "corrected claim")


# ================================================================ v8 clearinghouse standard paper remit
@layout("v8_clearinghouse_spr", "fpdf2", full_adj=True)
def v8(out: Path, npages: int):
    F, FB = "Courier", "Courier-Bold"
    perf = "1447781203"
    claims = [
        ("HOLLIS, VERNA", "9QW2TN4HX17", "44102-7", "0226041557001", PlanState(ded_left=D("40.00")), [
            S(5, "97161", 1, ("GP",)), S(5, "97110", 2, ("GP",)), S(7, "97110", 2, ("GP",)), S(7, "97140", 1, ("GP", "59")),
            S(9, "97110", 2, ("GP",)), S(9, "97112", 1, ("GP",)), S(12, "97110", 2, ("GP", "CQ")),
            S(12, "97116", 1, ("GP", "CQ")), S(14, "97110", 2, ("GP", "CQ")), S(14, "97140", 1, ("GP", "59")),
            S(16, "97110", 2, ("GP", "KX")), S(16, "97112", 1, ("GP", "KX")), S(19, "97110", 2, ("GP", "KX")),
            S(19, "97530", 1, ("GP", "KX")), S(21, "97110", 2, ("GP", "KX")), S(21, "G0283", 1, ("GP",))]),
        ("PACHECO-LYNN, ORVILLE", "4HT7MK2PW63", "44188-1", "0226041557002", PlanState(), [
            S(8, "97167", 1, ("GO",)), S(8, "97535", 2, ("GO",)), S(15, "97530", 3, ("GO",)),
            S(15, "97535", 1, ("GO",), denied="CO")]),
        ("ZUBIRI, AMPARO", "6FN1RD8QX20", "44215-3", "0226041557003", PlanState(), [
            S(13, "92523", 1, ("GN",)), S(20, "92507", 1, ("GN",)), S(27, "92507", 1, ("GN",))]),
    ]
    for c in claims:
        for s in c[5]:
            medicare(s, c[4], deny_reason="97")
    pdf = out / "v8_clearinghouse_spr.pdf"
    sf = Surface(pdf, "fpdf2", landscape=True)
    HD = ("PERF PROV   SERV DATE    POS NOS  PROC  MODS          BILLED   ALLOWED    DEDUCT     COINS"
          "  GRP/RC-AMT           PROV PD")

    def furniture(pg: int) -> float:
        sf.text(30, 30, "MEDICARE PART B  -  NOVARIS GOVERNMENT SERVICES", FB, 8)
        sf.text(30, 40, "PO BOX 70431  OMAHA CITY NE 68199", F, 7.5)
        sf.text(560, 30, "MEDICARE", FB, 8)
        sf.text(560, 40, "REMITTANCE", FB, 8)
        sf.text(560, 50, "NOTICE", FB, 8)
        sf.text(30, 60, "KESTREL VALLEY PHYSICAL THERAPY", F, 7.5)
        sf.text(30, 70, "2290 OXBOW PARKWAY SUITE B", F, 7.5)
        sf.text(30, 80, "KESTREL NE 68510", F, 7.5)
        sf.text(520, 70, f"PROVIDER #: 8812047     PAGE #: {pg} OF {npages}", F, 7.5)
        sf.text(520, 80, "DATE: 02/14/26          CHECK/EFT #: 119082447", F, 7.5)
        sf.text(30, 100, HD, FB, 7.5)
        sf.line(30, 104, 762, 104, 0.5)
        sf.text(30, 596, "PRINTED BY CLAIMSWAY CLEARINGHOUSE FROM THE 835 FILE. FOR RECONCILIATION ONLY.", F, 6.5)
        return 118

    def f(v):
        return money(v, "")

    lines, tclaims = [], []
    fl = Flow(sf, 0, 580, furniture)
    fl.start()
    cur = {}
    for name, mid, acct, icn, _, svcs in claims:
        cur["n"] = (name, mid, acct, icn)
        fl.after_break = None
        fl.need(50)
        sf.text(30, fl.y, f"NAME {name:<22} MID {mid:<13} ACNT {acct:<10} ICN {icn}  ASG Y  MOA MA01", F, 7.5)
        fl.y += 12

        def cont():
            n = cur["n"]
            sf.text(30, fl.y, f"NAME {n[0]:<22} MID {n[1]:<13} ACNT {n[2]:<10} ICN {n[3]}  (CONT)", F, 7.5)
            fl.y += 12
        fl.after_break = cont
        for s in svcs:
            fl.need(10 * len(s.adjs) + 2)
            y = fl.y
            g, rc, a = s.adjs[0]
            d1 = s.dos.strftime("%m%d")
            d2 = s.dos.strftime("%m%d%y")
            row = (f"{perf}  {d1} {d2}  11 {units_str(s.units):>3}  {s.code} {' '.join(s.mods):<11}"
                   f" {f(s.billed):>9} {f(s.allowed):>9} {f(s.deductible):>9} {f(s.coinsurance):>9}"
                   f"  {g}-{rc:<4} {f(a):>9}  {f(s.paid):>9}")
            sf.text(30, y, row, F, 7.5)
            for g, rc, a in s.adjs[1:]:
                y += 10
                sf.text(30, y, " " * 92 + f"{g}-{rc:<4} {f(a):>9}", F, 7.5)
            lines.append(truth_line(fl.page, s, claim_id=acct, payer_claim_id=icn, patient=name, description=False,
                                    service_end=s.dos, printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs))
            fl.y = y + 11
        fl.after_break = None
        fl.need(24)
        tb, ta, td, tc, tp = (total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid"))
        tadj = sum((a for s in svcs for _, _, a in s.adjs), ZERO)
        sf.text(30, fl.y, f"PT RESP {f(td + tc):>9}" + " " * 15 + f"CLAIM TOTALS {f(tb):>12} {f(ta):>9} {f(td):>9}"
                f" {f(tc):>9}       {f(tadj):>9}  {f(tp):>9}", F, 7.5)
        sf.text(30, fl.y + 10, "ADJ TO TOTALS:    PREV PD 0.00    INTEREST 0.00    LATE FILING CHARGE 0.00"
                f"    NET {f(tp)}", F, 7.5)
        tclaims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                        "totals": claim_totals(tb, ta, tp, None)})
        fl.y += 28
    allsv = [s for c in claims for s in c[5]]
    fl.need(60)
    sf.text(30, fl.y, "TOTALS:  # OF CLAIMS   BILLED AMT   ALLOWED AMT   DEDUCT AMT   COINS AMT   PROV PD AMT   CHECK AMT", F, 7.5)
    sf.text(30, fl.y + 10, f"                 {len(claims):>3}  {f(total(allsv, 'billed')):>11}   {f(total(allsv, 'allowed')):>11}"
            f"  {f(total(allsv, 'deductible')):>11}  {f(total(allsv, 'coinsurance')):>10}   {f(total(allsv, 'paid')):>11}"
            f"  {f(total(allsv, 'paid')):>10}", F, 7.5)
    return sf, lines, tclaims, [], [], (
        "Medicare Part B standard paper remittance reprinted by a clearinghouse, landscape core Courier: NAME / MID / "
        "ACNT / ICN / ASG / MOA claim lines, 'MMDD MMDDYY' service dates, POS and NOS, GRP/RC-AMT stacked, PT RESP, "
        "CLAIM TOTALS and NET rows, a 16-line claim continued onto page 2 under the page heading with a (CONT) line")


# ===================================================================== v9 therapy clinic family statement
@layout("v9_saltmarsh_family_statement", "reportlab")
def v9(out: Path, npages: int):
    F, FB = "Times-Roman", "Times-Bold"
    payA, payB = "Harborline Health Plan", "Tri-County Kids Medicaid"
    stA = PlanState(ded_left=D("180.00"), coins_rate=D("0.20"), allowed_rate=D("0.74"))
    visits = [
        ("Lucia Prieto-Banks", "V70412", payA, "HL2601093381", [S(7, "97165", 1, ("GO",)), S(7, "97530", 1, ("GO",))]),
        ("Benji Prieto-Banks", "V70415", payB, "TK-26-0009917", [S(8, "92523", 1, ("GN",))]),
        ("Lucia Prieto-Banks", "V70433", payA, "HL2601163802", [S(14, "97530", 2, ("GO",)), S(14, "97533", 1, ("GO",))]),
        ("Benji Prieto-Banks", "V70440", payB, "TK-26-0010254", [S(15, "92507", 1, ("GN",))]),
        ("Lucia Prieto-Banks", "V70458", payA, "HL2601234417", [S(21, "97530", 2, ("GO",)),
                                                                 S(21, "97535", 1, ("GO",)), S(21, "97533", 1, ("GO",))]),
        ("Benji Prieto-Banks", "V70461", payB, "TK-26-0010871", [S(22, "92507", 1, ("GN",)),
                                                                 S(22, "97150", 1, ("GN",), denied="CO")]),
        ("Lucia Prieto-Banks", "V70479", payA, "HL2601300126", [S(28, "97530", 2, ("GO",)), S(28, "97112", 1, ("GO",)),
                                                                 S(28, "97535", 1, ("GO", "59"))]),
        ("Yolanda Prieto-Banks", "V70482", payA, "HL2601311190", [S(29, "97163", 1, ("GP",)), S(29, "97110", 2, ("GP",)),
                                                                   S(29, "97140", 1, ("GP",))]),
        ("Benji Prieto-Banks", "V70490", payB, "TK-26-0011530", [S(29, "92507", 1, ("GN",))]),
    ]
    for who, inv, payer, num, svcs in visits:
        for s in svcs:
            if payer == payA:
                commercial(s, stA)
            else:
                medicaid(s)
    pdf = out / "v9_saltmarsh_family_statement.pdf"
    sf = Surface(pdf, "reportlab")
    allsv = [s for v in visits for s in v[4]]
    ins_adj = lambda s: s.billed - s.paid - s.owes  # noqa: E731
    due = total(allsv, "owes")
    xs = [(372, "Charges"), (424, "Ins. Paid"), (476, "Ins. Adj."), (530, "Pt. Paid"), (582, "You Owe")]

    def furniture(pg: int) -> float:
        sf.text(30, 40, "Saltmarsh Children's Therapy Center", FB, 15)
        sf.text(30, 53, "Occupational, Physical & Speech Therapy  *  61 Brinemoor Road, Port Cassel, ME 04127  *  (207) 555-0184",
                F, 8.5)
        sf.line(30, 60, 582, 60, 0.7)
        sf.text(582, 776, f"Page {pg} of {npages}", F, 8, align="r")
        sf.text(30, 776, "Billing questions: billing@saltmarsh-therapy.example  |  Mon-Thu 8:30-4:30", F, 8)
        if pg == 1:
            sf.rect(30, 70, 552, 78)
            sf.text(36, 83, "PLEASE DETACH AND RETURN THIS PORTION WITH YOUR PAYMENT", FB, 8)
            for k, (a, b) in enumerate([("Statement Date", "02/10/2026"), ("Account No.", "G-31187"),
                                        ("Amount Due", money(due, "$")), ("Pay by", "03/05/2026")]):
                sf.text(380, 83 + 13 * k, a, F, 8.5)
                sf.text(576, 83 + 13 * k, b, FB, 8.5, align="r")
            sf.text(380, 140, "Amount Enclosed  $ ______________", F, 8.5)
            sf.text(36, 103, "YOLANDA PRIETO-BANKS", F, 9)
            sf.text(36, 114, "19 SEAWALL LANE", F, 9)
            sf.text(36, 125, "PORT CASSEL ME 04128", F, 9)
            sf.line(30, 156, 582, 156, 0.5)
            sf.text(30, 172, "Guarantor: Yolanda Prieto-Banks     Account No. G-31187     Patients on this account: Lucia, "
                    "Benji and Yolanda", F, 8.5)
            return 196
        sf.text(30, 76, "Statement continued  -  Account No. G-31187  -  Yolanda Prieto-Banks", FB, 9)
        return 98

    lines, tclaims = [], []
    fl = Flow(sf, 0, 700, furniture)

    def heads():
        y = fl.y
        sf.text(30, y, "Date", FB, 8.5)
        sf.text(80, y, "Code", FB, 8.5)
        sf.text(142, y, "Description", FB, 8.5)
        sf.text(318, y, "Qty", FB, 8.5, align="r")
        for x, h in xs:
            sf.text(x, y, h, FB, 8.5, align="r")
        sf.line(30, y + 4, 582, y + 4, 0.5)
        fl.y = y + 16

    fl.after_break = heads
    fl.start()
    heads()
    for who, inv, payer, num, svcs in visits:
        fl.need(16 + 12 * len(svcs) + 14)
        y = fl.y
        sf.text(30, y, f"{who}  -  Visit {dfmt(svcs[0].dos, 'mdy4')}  -  Invoice #{inv}", FB, 8.5)
        sf.text(582, y, f"Filed to {payer}, claim #{num}", F, 8, align="r")
        fl.y += 12
        for s in svcs:
            fl.need(12)
            y = fl.y
            sf.text(30, y, dfmt(s.dos, "mdy4"), F, 8.5)
            sf.text(80, y, s.code + ("-" + "-".join(s.mods) if s.mods else ""), F, 8.5)
            sf.text(142, y, s.desc, F, 8.5)
            sf.text(318, y, units_str(s.units), F, 8.5, align="r")
            for (x, _), v in zip(xs, (s.billed, s.paid, ins_adj(s), ZERO, s.owes)):
                sf.text(x, y, money(v, ","), F, 8.5, align="r")
            lines.append(truth_line(fl.page, s, claim_id=inv, payer_claim_id=num, patient=who, description=False,
                                    printed=("billed", "paid", "patient_owes")))
            fl.y += 11.5
        y = fl.y
        sf.text(142, y, "Visit balance", F, 8.5)
        sf.text(582, y, money(total(svcs, "owes"), ","), FB, 8.5, align="r")
        sf.line(30, y + 5, 582, y + 5, 0.2)
        tclaims.append({"claim_id": inv, "payer_claim_id": num, "patient": who,
                        "totals": claim_totals(None, None, None, total(svcs, "owes"))})
        fl.y += 18
    fl.after_break = None
    fl.need(90)
    y = fl.y
    sf.rect(30, y - 10, 552, 62, fill=0.94)
    sf.text(36, y + 2, "Account Summary", FB, 9)
    for k, (a, b) in enumerate([("Previous balance", ZERO), ("New charges", total(allsv, "billed")),
                                ("Insurance payments", -total(allsv, "paid")),
                                ("Insurance adjustments", -sum((ins_adj(s) for s in allsv), ZERO))]):
        sf.text(36, y + 14 + 10 * k, a, F, 8.5)
        sf.text(250, y + 14 + 10 * k, money(b, ","), F, 8.5, align="r")
    sf.text(330, y + 14, "Current    31-60    61-90    Over 90", F, 8.5)
    sf.text(330, y + 26, f"{money(due, ',')}       0.00       0.00       0.00", F, 8.5)
    sf.text(330, y + 44, f"AMOUNT DUE {money(due, '$')}", FB, 10)
    return sf, lines, tclaims, [], [], (
        "Therapy clinic statement to a guarantor parent for three family members: detachable payment stub, visit "
        "heading rows with invoice number and the insurer's claim number, 'code-mod' codes, Qty, Charges / Ins. Paid "
        "/ Ins. Adj. / Pt. Paid / You Owe, visit balances, account summary and aging, header repeated on page 2")


# ============================================================== v10 hospital family statement (outpatient)
@layout("v10_hospital_family_statement", "fpdf2")
def v10(out: Path, npages: int):
    F, FB = "LiberationSans", "LiberationSans-Bold"
    rev = {"97110": "0420", "97140": "0420", "97112": "0420", "97116": "0420", "97161": "0420", "97035": "0420",
           "97165": "0430", "97530": "0430", "97535": "0430", "97760": "0430", "97018": "0430", "29125": "0430",
           "L3807": "0274", "92523": "0440", "92507": "0440", "G0463": "0510"}
    accts = [
        ("Rosalind Achterberg", "4002117731", "Wrenfield Community Medicaid", "ICN 2026038000417", [
            S(5, "97165", 1, ("GO",)), S(5, "97530", 2, ("GO",)), S(7, "97530", 2, ("GO",)),
            S(7, "97018", 1, ("GO",)), S(12, "97530", 2, ("GO",)), S(12, "97535", 1, ("GO",)),
            S(14, "97530", 2, ("GO",)), S(14, "97760", 1, ("GO",)), S(14, "L3807", 1, ("RT",)),
            S(19, "97530", 2, ("GO",)), S(21, "97530", 2, ("GO",)), S(21, "97535", 1, ("GO",)),
            S(26, "97530", 3, ("GO",)), S(28, "97530", 2, ("GO",)), S(28, "97018", 1, ("GO",)),
            S(30, "97530", 2, ("GO",)), S(30, "97535", 1, ("GO",)), S(6, "97530", 2, ("GO",)),
            S(8, "97530", 2, ("GO",)), S(13, "97530", 2, ("GO",)), S(13, "97018", 1, ("GO",)),
            S(15, "97530", 2, ("GO",)), S(20, "97530", 3, ("GO",)), S(22, "97530", 2, ("GO",)),
            S(22, "97535", 1, ("GO",)), S(27, "97530", 2, ("GO",)), S(29, "97530", 2, ("GO",)),
            S(29, "97760", 1, ("GO",))]),
        ("Elias Achterberg", "4002119058", "Wrenfield Community Medicaid", "ICN 2026041000902", [
            S(9, "G0463", 1), S(9, "29125", 1, ("LT",)), S(23, "97161", 1, ("GP",)), S(23, "97110", 2, ("GP",)),
            S(23, "97035", 1, ("GP",))]),
        ("Desmond Achterberg", "4002120440", "Lakeport Employers Benefit Trust", "Claim 7731-0099-4", [
            S(16, "92523", 1, ("GN",)), S(27, "92507", 1, ("GN",))]),
    ]
    accts = [accts[1], accts[2], accts[0]]
    accts[2][4].sort(key=lambda s: s.dos)
    pdf = out / "v10_hospital_family_statement.pdf"
    sf = Surface(pdf, "fpdf2")
    settle = {"4002117731": (D("0.62"), ZERO), "4002119058": (D("0.55"), ZERO), "4002120440": (D("0.70"), D("0.15"))}
    due_total = sum((q(total(a[4], "billed") * settle[a[1]][1]) for a in accts), ZERO)

    def furniture(pg: int) -> float:
        sf.text(36, 40, "St. Aldric Regional Medical Center", FB, 14)
        sf.text(36, 52, "Patient Financial Services  -  300 Tamarack Blvd, Greyhaven, IA 50317  -  (515) 555-0150",
                F, 7.5)
        sf.text(576, 40, "HOSPITAL STATEMENT", FB, 9, align="r")
        sf.text(576, 52, f"Page {pg} of {npages}", F, 7.5, align="r")
        sf.line(36, 58, 576, 58, 1)
        sf.text(36, 772, "Financial assistance may be available. Ask us about a payment plan before your due date.", F, 7,
                gray=0.3)
        if pg == 1:
            sf.text(36, 78, "Guarantor: DESMOND ACHTERBERG", FB, 8.5)
            sf.text(36, 89, "1206 RIVERBIRCH CT, GREYHAVEN IA 50319", F, 8)
            sf.text(36, 100, "Guarantor No. G700188441   Statement Date 02/16/2026", F, 8)
            sf.rect(380, 68, 196, 40, fill=0.9)
            sf.text(388, 81, "Total Amount Due", FB, 9)
            sf.text(568, 81, money(due_total, "$"), FB, 9, align="r")
            sf.text(388, 97, "Due upon receipt", F, 8)
            return 132
        return 78

    lines, tclaims = [], []
    fl = Flow(sf, 0, 745, furniture)
    fl.start()
    cur = {}

    def heads():
        y = fl.y
        for t, x, al in (("Date", 40, "l"), ("Rev Code", 92, "l"), ("CPT/HCPCS", 138, "l"), ("Mod", 188, "l"),
                         ("Description", 222, "l"), ("Qty", 470, "r"), ("Amount", 572, "r")):
            sf.text(x, y, t, FB, 7.5, align=al)
        sf.line(36, y + 3, 576, y + 3, 0.4)
        fl.y = y + 13

    due_all = ZERO
    for who, acct, payer, pcn, svcs in accts:
        cur["a"] = (who, acct)
        fl.after_break = None
        fl.need(60)
        y = fl.y
        sf.rect(36, y - 10, 540, 14, fill=0.85, stroke=False)
        sf.text(40, y, f"Patient: {who}     Account: {acct}     Outpatient Rehabilitation Services     "
                f"{dfmt(svcs[0].dos, 'mdy4')} - {dfmt(svcs[-1].dos, 'mdy4')}", FB, 7.8)
        fl.y = y + 16
        heads()

        def cont():
            sf.text(40, fl.y, f"Patient: {cur['a'][0]}   Account: {cur['a'][1]}   (continued from previous page)",
                    FB, 7.8)
            fl.y += 14
        fl.after_break = cont
        for s in svcs:
            fl.need(13)
            y = fl.y
            sf.text(40, y, dfmt(s.dos, "mdy4"), F, 7.5)
            sf.text(92, y, rev[s.code], F, 7.5)
            sf.text(138, y, s.code, F, 7.5)
            sf.text(188, y, " ".join(s.mods), F, 7.5)
            sf.text(222, y, {"0420": "PT ", "0430": "OT ", "0440": "SPEECH ", "0274": "SUPPLY ", "0510": "CLINIC "}
                    [rev[s.code]] + s.desc.upper()[:40], F, 7.5)
            sf.text(470, y, units_str(s.units), F, 7.5, align="r")
            sf.text(572, y, money(s.billed, ","), F, 7.5, align="r")
            lines.append(truth_line(fl.page, s, claim_id=acct, payer_claim_id=pcn.split(" ", 1)[1], patient=who,
                                    description=False, printed=("billed",)))
            fl.y += 13
        fl.after_break = None
        tb = total(svcs, "billed")
        pay_rate, pt_rate = settle[acct]
        ins = q(tb * pay_rate)
        pt = q(tb * pt_rate)
        adj = tb - ins - pt
        fl.need(60)
        y = fl.y
        sf.line(400, y - 7, 576, y - 7, 0.4)
        for k, (a, b) in enumerate([("Total Charges", tb), (f"Insurance Payment - {payer} ({pcn})", -ins),
                                    (f"Contractual Adjustment - {payer}", -adj), ("Account Balance", pt)]):
            sf.text(222, y + 11 * k, a, FB if k in (0, 3) else F, 7.5)
            sf.text(572, y + 11 * k, money(b, ","), FB if k in (0, 3) else F, 7.5, align="r")
        due_all += pt
        tclaims.append({"claim_id": acct, "payer_claim_id": pcn.split(" ", 1)[1], "patient": who,
                        "totals": claim_totals(tb, None, None, None)})
        fl.y = y + 60
    assert due_all == due_total
    return sf, lines, tclaims, [], [], (
        "Hospital patient-financial-services statement to a guarantor for three family members: one hospital account "
        "per patient, Rev Code / CPT/HCPCS / Mod / Description / Qty / Amount, insurance payment and contractual "
        "adjustment rows per account, a 28-line account continued onto page 2 without a repeated column heading")


# ============================================================================================== driver
def build(out: Path) -> list[tuple[str, str]]:
    made = []
    for name, (fn, producer, _, _) in LAYOUTS.items():
        with tempfile.TemporaryDirectory() as td:
            sf, *_ = fn(Path(td), 0)
            npages = sf.close()
        sf, lines, claims, legend, findings, desc = fn(out, npages)
        pages = sf.close()
        assert pages == npages, name
        write_truth(sf.path, name, producer, pages, desc, lines, claims, legend, findings)
        made.append((name, producer))
    return made


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout156_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    made = build(out)
    print(f"wrote {len(made)} PDFs to {out}")
    if "--check" in argv:
        errs = []
        for name, (fn, producer, full_adj, cm) in LAYOUTS.items():
            e = check_file(out / f"{name}.pdf", full_adj, cm)
            errs += e
            import json
            t = json.loads((out / f"{name}.pdf.truth.json").read_text())
            pgs = {}
            for ln in t["lines"]:
                pgs.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
            spans = sum(1 for v in pgs.values() if len(v) > 1)
            print(f"  {name:40s} {producer:9s} pages={t['pages']} lines={len(t['lines'])} claims={len(t['claims'])}"
                  f" claims-over-page-break={spans} errors={len(e)}")
        for e in errs:
            print("  FAIL", e)
        print("check:", "PASS" if not errs else f"FAIL ({len(errs)})")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
