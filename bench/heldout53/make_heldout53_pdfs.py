"""Write the FIFTY-THIRD held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on layouts nobody developing it has seen (sets 1-51 came earlier and may have been
looked at while the reader was developed; set 52 was written at the same time by another author).

Run:  python bench/heldout53/make_heldout53_pdfs.py OUT_DIR            (writes 10 PDFs + truth files)
      python bench/heldout53/make_heldout53_pdfs.py OUT_DIR --check    (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py, whose helpers are imported), printed values only,
null for what a layout does not print (units null where no quantity is printed); claim_id = the provider's own
account / visit / patient-control number, payer_claim_id = the payer's claim number / ICN / TCN / reference,
patient = the person who got the service exactly as printed. Every name, number, payer, provider, address and ID
is invented; descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation
date, no randomness).

Layouts (10 files, 403 service lines, 20 pages; two of each of the five commonest real kinds; a claim's rows
continue onto the next page in k1, k3, k4, k6, k7, k8, k9, k10):
  k1  commercial plan member EOB (reportlab, portrait Liberation Sans 6.6 pt): "Claim for: <name> (<relation>)"
      bands with "Reference no." and "Your provider's account no.", "Date / Service / Code / Amount Submitted /
      Your Savings / Approved / Not Covered / Deductible / Copay / Coinsurance / Plan's Payment / Your Balance /
      Why", code and modifiers joined by slashes "97530/GO/59", no units, wrapped wording, four family members,
      a not-covered line the member owes, "Totals for this claim", the spouse's long claim continues on page 2
      under "(continued)" and a repeated header, "Why" letter legend
  k2  mutual insurer "Benefit Statement" (fpdf2, landscape Liberation Serif): two-line claim heads (Patient /
      Relationship / Claim # / Patient Acct / Provider), "Ln / Service From / Service To / CPT / Mod / Qty /
      Charges / Network Disc. / Excluded Amount / Excl Code / Allowable / Deductible / Copay / Coinsurance /
      Member Resp. / Benefits Paid", "01/05/26", a December claim reversed with "(160.00)" amounts and its
      replacement, three family members; PLANTED claim-total mismatch (Benefits Paid total 10.00 high)
  k3  Medicare Summary Notice, Part B OUTPATIENT FACILITY claims section plus doctor claims (reportlab, portrait
      DejaVu Serif Condensed): "Amount Facility Charged / Medicare-Approved Amount / Amount Medicare Paid /
      Maximum You May Be Billed / See Notes", wording with units and code "Therapeutic exercises, 4 units
      (97110-GP)", "01/05/2026" per row, a not-approved line, "Total for this claim", the hospital claim
      continues onto the next page "(continued)" under a repeated header, note letters
  k4  Medicare Advantage PPO member EOB (fpdf2, portrait Liberation Sans Narrow): boxed claim heads (claim number,
      provider, provider's patient number, network status), "Date / Code / Modifiers / Units / What you got /
      Billed by provider / Plan-allowed / Plan paid / Copay / Coinsurance / Not covered / You owe / Note", $30
      copay per visit day, a denied 0552T, claim totals, a claim continued on page 2 with its head repeated
  k5  state Medicaid remittance advice, line-printer style (fpdf2, landscape core Courier 7 pt): banner and
      column header on every page, "CLAIM STATUS: PAID / DENIED / VOID / REPLACEMENT" sections, recipient head
      lines "RECIP NAME / RECIP ID / ICN / PAT ACCT NO", "DTL SVC-FROM SVC-TO POS PROC MD1 MD2 UNITS BILLED
      ALLOWED PAID ADJ-RSN ADJ-AMT EOB", dates 01/05/2026, units "3.00", glued "CO45", a void with trailing-minus
      amounts and its replacement, a denied claim (CO197), "CLAIM TOTAL", EOB legend
  k6  state Medicaid remittance advice exported as a flat ruled grid (reportlab, landscape Liberation Sans 6.4 pt):
      Recipient / Recip ID / ICN / Pat Acct printed on EVERY row, "Ln / DOS / Proc / Mod / Units / Billed /
      Allowed / Paid / CARC / Adj Amt / RARC", "1/5/2026", a CO-96 denial, ICN total rows, rows continue onto
      later pages under a repeated header
  k7  practice-management "Medicare Remittance Detail" (reportlab, portrait Liberation Mono 6.5 pt): patient /
      account / ICN head lines, "DOS CPT MOD UNITS BILLED ALLOWED DEDUCT COINS PAID PT RESP", an "ADJ:" line under
      every service with all group-reason amounts "CO-45 54.15  PR-2 11.85  CO-253 0.49" and "RMK", claim totals,
      a denied line (CO-50), a claim continued on page 2 "(continued)"
  k8  clearinghouse "ERA Detail Report" for a Medicare carrier (fpdf2, landscape DejaVu Sans Condensed 7 pt):
      shaded claim bands "Patient / MBI / Patient Ctrl # / Payer Claim # / Status", "Ln / From / Thru / Proc /
      Mods / Units / Charge / Allowed / Deductible / Coinsurance / Grp-Rsn / Adj Amt / Paid / RARC", further
      adjustments STACKED on sub-rows, a reversal (status 22, leading minus) and its correction, claims continued
      on the next page under "(cont.)" bands
  k9  pediatric therapy collective family statement (reportlab, portrait DejaVu Serif 6.6 pt): guarantor block,
      visit heading rows "Visit V-... billed to <insurer>, claim ...", "Date / Patient / CPT / Description / Units
      / Charge / Ins. Paid / Ins. Adj. / Family Paid / Balance", three children and their mother, a denied line
      the family owes, payment rows as non-service rows, continued onto page 2 with the header repeated
  k10 hospital family statement (fpdf2, portrait Liberation Sans): per-account blocks (Account / Patient /
      department / insurer claim #), "Date / Rev / CPT/HCPCS / Mod / Description / Qty / Charges" lines only,
      account-level insurance payment / adjustment rows, four family members, an account continued on page 2

Truth decisions: member EOBs, MSNs and statements carry no adjustment codes (none are printed); k1 "Your Savings"
and k2 "Network Disc." and k9 "Ins. Adj." are discount; k1/k2 "Not Covered"/"Excluded Amount" are not_covered;
MSN "Maximum You May Be Billed", k4 "You owe", k9 "Balance" are patient_owes (k9's "Family Paid" is not a truth
field); EOB / RARC / remark / note / Why / Excl codes are remarks; k10 prints charges only per line; MSN has no
provider account number (claim_id null).

The self-check (--check) tests the factory, not the reader: the page count; every line's code, modifiers, units,
date and amounts on ONE extracted text line of its page (adjustments and remarks on that line or the lines just
under it); ids, patients and description words in the page / document text; billed - adjustments = paid where
every adjustment is printed with its amount; claim totals = sum of lines unless declared as the planted mismatch
(which must really be off).
"""

from __future__ import annotations

import json
import sys
from datetime import date
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
    q,
    total,
    truth_line,
    units_str,
    write_truth,
)
from h53kit import Col, Flow, FPCanvas, RLCanvas, nums, page_lines, render  # noqa: E402

eobgen.FEE.setdefault("97533", "88.00")
eobgen.SCHED.setdefault("97533", "31.90")
eobgen.DESC.setdefault("97533", "Sensory integration activities")
D = date
META: dict[str, dict] = {}  # per file: per-line check hints (printed date / units strings), planted mismatch


def svcs(spec, denied_at=()):
    out = []
    for i, (dd, code, u, mods) in enumerate(spec):
        out.append(Svc(dd, code, Decimal(str(u)), tuple(mods), denied="PR" if i in denied_at else None))
    return out


def week_spec(days, pattern):
    return [(dd, c, u, m) for dd in days for (c, u, m) in pattern]


JAN = [D(2026, 1, d) for d in (5, 7, 9, 12, 14, 16, 20, 22, 26, 28)]


class Doc:
    def __init__(self, name):
        self.name, self.lines, self.claims, self.hints = name, [], [], []

    def reset(self):
        self.lines.clear()
        self.hints.clear()

    def add(self, t, hint):
        self.lines.append(t)
        self.hints.append(hint)
        return t


def fin(out, doc, layout_desc, producer, pages, legend, findings=None):
    path = out / doc.name
    text = [f"claim-total-mismatch claim {f['payer_claim_id']}: printed {f['label']} total {f['printed']} but the "
            f"lines add up to {f['sum_of_lines']}" for f in findings or []]
    write_truth(path, doc.name.removesuffix(".pdf"), producer, pages, layout_desc, doc.lines, doc.claims, legend,
                text)
    META[doc.name] = {"hints": doc.hints, "planted": findings or []}


def footer_pages(total, label="Page"):
    def foot(f):
        if total:
            f.cv.text(f.cv.W - f.margin, f.cv.H - 30, f"{label} {f.page} of {total}", 7, False, "r")
    return foot


# ------------------------------------------------------------------------------------------ k1 commercial EOB
def k1(out: Path):
    doc = Doc("k1_commercial_member_eob.pdf")
    fam = [("Marisol Quintero-Hale", "Subscriber"), ("Anders Quintero-Hale", "Spouse"),
           ("Lucia Quintero-Hale", "Daughter"), ("Tobiah Quintero-Hale", "Son")]
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("35")})
    claims = [
        (fam[2], "HL26-0041187", "BPT-22817", "Brightwater Pediatric Therapy",
         svcs(week_spec(JAN[:3], [("97530", 2, ("GO",)), ("97535", 1, ("GO", "59"))]))),
        (fam[1], "HL26-0041203", "CRS-7730-1", "Cedar Run Sports & Spine Rehab",
         svcs(week_spec(JAN[:9], [("97110", 2, ("GP",)), ("97140", 1, ("GP", "59")), ("97112", 1, ("GP",))])
              + [(JAN[9], "0552T", 1, ())] and [])),
        (fam[3], "HL26-0041255", "BPT-22851", "Brightwater Pediatric Therapy",
         svcs([(JAN[1], "92523", 1, ("GN",)), (JAN[3], "92507", 1, ("GN",)), (JAN[5], "92507", 1, ("GN",))])),
        (fam[0], "HL26-0041302", "LHC-880412", "Lakeside Hand Clinic",
         svcs([(JAN[0], "99213", 1, ()), (JAN[0], "97760", 2, ("GO", "RT")), (JAN[0], "L3807", 1, ("RT",)),
               (JAN[2], "G0283", 1, ("GO",))], denied_at=(3,))),
    ]
    # spouse claim: 9 visit days of three lines plus a laser line the plan does not cover
    sp = svcs(week_spec(JAN[:9], [("97110", 2, ("GP",)), ("97140", 1, ("GP", "59")), ("97112", 1, ("GP",))])
              + [(JAN[9], "0552T", 1, ())], denied_at=(27,))
    claims[1] = claims[1][:4] + (sp,)
    for c in claims:
        for s in c[4]:
            if s.code in LONG_DESC:
                s.desc = LONG_DESC[s.code]
            commercial(s, st, "204")
            s.remarks = ["N"] if s.denied else (["D"] if s.deductible else ["A"])
    legend = [("A", "Your plan's discount applies; you pay only your share shown."),
              ("D", "Part of this amount counts toward your yearly deductible."),
              ("N", "Your plan does not cover this service. You are responsible for this amount.")]
    F = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    m = lambda v: money(v, ",")  # noqa: E731
    cols = [Col("Date", 40), Col("Service", 104, wrap=True), Col("Code", 56)] + [
        Col(x, 35, "r") for x in ("Amount\nSubmitted", "Your\nSavings", "Approved", "Not\nCovered", "Deductible",
                                   "Copay", "Coin-\nsurance", "Plan's\nPayment", "Your\nBalance")] + [Col("Why", 18, "c")]

    def build(cv, tp):
        doc.reset()

        def furn(f):
            cv.text(36, 30, "HARBORLINE HEALTH PLAN", 13, True)
            cv.text(36, 46, "Explanation of Benefits  -  THIS IS NOT A BILL", 8.5)
            cv.text(cv.W - 36, 30, "Member: Marisol Quintero-Hale", 7.5, False, "r")
            cv.text(cv.W - 36, 40, "Member ID: HLX 4471 0928 01   Group: 55318 Northgate Logistics", 7.5, False, "r")
            cv.text(cv.W - 36, 50, "Statement date: 02/02/2026", 7.5, False, "r")
            cv.line(36, 62, cv.W - 36, 62, 1)
            return 70
        f = Flow(cv, size=6.6, furniture=furn, footer=footer_pages(tp))
        if f.page == 1:
            f.text("Marisol Quintero-Hale", 8)
            f.text("1407 Fernbrook Terrace, Apt 3", 8)
            f.text("Millbrae Falls, OR 97389", 8)
            f.gap(6)
            f.text("Here is how your plan handled recent claims for you and your family. Keep this for your records.", 7.5)
            f.gap(4)
        for (pt, rel), ref, acct, prov, ss in claims:
            f.band(f"Claim for: {pt} ({rel})", right=f"Reference no. {ref}", size=7.5)
            f.text(f"Provider: {prov}   ·   Your provider's account no. {acct}   ·   Received 01/30/2026   ·   "
                   "Processed 02/02/2026", 6.8)
            f.table(cols, cont=f"Claim for: {pt} ({rel}) (continued)  -  Reference no. {ref}")
            for s in ss:
                t = truth_line(0, s, claim_id=acct, payer_claim_id=ref, patient=pt, printed=F, units=False,
                               remarks=s.remarks)
                f.row([dfmt(s.dos, "mdy2"), s.desc, "/".join((s.code,) + s.mods)] +
                      [m(getattr(s, a)) for a in ("billed", "discount", "allowed", "not_covered", "deductible",
                                                  "copay", "coinsurance", "paid", "owes")] + [s.remarks[0]],
                      truth=t)
                doc.add(t, {"date": dfmt(s.dos, "mdy2")})
            tt = {a: total(ss, a) for a in ("billed", "allowed", "paid", "owes", "discount", "not_covered",
                                              "deductible", "copay", "coinsurance")}
            f.row(["", "Totals for this claim", ""] + [m(tt[a]) for a in (
                "billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
                "owes")] + [""], bold=True, fill=0.93)
            f.end_table()
            f.gap(6)
        f.gap(4)
        f.text("What the letters in the Why column mean", 7.5, True)
        for k, v in legend:
            f.text(f"{k}  {v}", 6.8)
        f.text("Questions? Call Member Services at 1-888-555-0143 (TTY 711), Monday-Friday 8 am-8 pm.", 6.8)
        return f
    for (pt, rel), ref, acct, prov, ss in claims:
        doc.claims.append({"claim_id": acct, "payer_claim_id": ref, "patient": pt,
                           "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                                  total(ss, "owes"))})
    pages = render(lambda: RLCanvas(out / doc.name, font="LibSans"), build)
    fin(out, doc, "commercial member EOB, family of four, slash-joined code/modifiers, no units, continued claim",
        "reportlab", pages, legend)


# ------------------------------------------------------------------------------------ k2 mutual benefit statement
def k2(out: Path):
    doc = Doc("k2_mutual_benefit_statement.pdf")
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.78"))
    fam = [("DESMOND ACHTERBERG", "Employee"), ("PILAR ACHTERBERG", "Spouse"), ("IVO ACHTERBERG", "Child")]
    cl = []
    a = svcs(week_spec(JAN[:4], [("97530", 3, ("GO",)), ("97112", 1, ("GO", "59"))]))
    b = svcs([(D(2025, 12, 15), "97110", 2, ("GP",)), (D(2025, 12, 15), "97140", 2, ("GP",))])
    bst = PlanState(ded_left=ZERO, coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.78"))
    for x in b:
        commercial(x, bst)
    rev = [negate(x) for x in b]
    b2 = svcs([(D(2025, 12, 15), "97110", 3, ("GP",)), (D(2025, 12, 15), "97140", 2, ("GP",))])
    for x in b2:
        commercial(x, PlanState(ded_left=ZERO, coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.78")))
    c = svcs([(JAN[2], "92523", 1, ("GN",)), (JAN[4], "92507", 1, ("GN",)), (JAN[6], "92507", 1, ("GN",)),
              (JAN[8], "97129", 2, ("GN",))], denied_at=(3,))
    for x in a + c:
        commercial(x, st, "96")
    for x in a + b + b2 + c + rev:
        x.remarks = ["X22"] if x.denied else []
    cl = [(fam[2], "5520-118-04472", "OTC-55102", "Orchard Tree Children's Therapy", a, "Processed"),
          (fam[1], "5520-117-88310", "MSR-20931", "Midstate Rehab Partners", rev, "Adjusted - prior claim reversed"),
          (fam[1], "5520-118-04490", "MSR-20931", "Midstate Rehab Partners", b2, "Reprocessed - corrected units"),
          (fam[0], "5520-118-04515", "NVC-3304", "Northvale Communication Clinic", c, "Processed")]
    # (the employee's speech claim is for the employee himself)
    planted_claim = "MSR-20931"
    F = ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "patient_owes", "paid")
    m = lambda v: money(v, ",", "()")  # noqa: E731
    cols = [Col("Ln", 18), Col("Service\nFrom", 40), Col("Service\nTo", 40), Col("CPT", 34), Col("Mod", 34),
            Col("Qty", 22, "r"), Col("Charges", 46, "r"), Col("Network\nDisc.", 44, "r"), Col("Excluded\nAmount", 44, "r"),
            Col("Excl\nCode", 28, "c"), Col("Allowable", 46, "r"), Col("Deductible", 46, "r"), Col("Copay", 38, "r"),
            Col("Coinsurance", 50, "r"), Col("Member\nResp.", 46, "r"), Col("Benefits\nPaid", 50, "r")]

    def build(cv, tp):
        doc.reset()

        def furn(f):
            cv.text(36, 28, "CORDOVA MUTUAL LIFE & HEALTH", 12, True)
            cv.text(36, 43, "BENEFIT STATEMENT  -  This is not a bill", 8)
            cv.text(cv.W - 36, 28, "Employee: DESMOND ACHTERBERG    Certificate No. CM-608-22-4410", 7.5, False, "r")
            cv.text(cv.W - 36, 38, "Plan: Cordova Choice 250 (Group 0771 - Ferrant Tool & Die)", 7.5, False, "r")
            cv.text(cv.W - 36, 48, "Statement Date: 02/03/26", 7.5, False, "r")
            cv.line(36, 58, cv.W - 36, 58, 0.8)
            return 64
        f = Flow(cv, size=7, furniture=furn, footer=footer_pages(tp), grid=False, head_fill=0.9)
        for (pt, rel), clm, acct, prov, ss, status in cl:
            f.need(60)
            f.text(f"Patient: {pt}     Relationship: {rel}     Claim #: {clm}     Patient Acct: {acct}", 7.5, True)
            f.text(f"Provider: {prov}     Claim Status: {status}     Received: 01/29/26", 7)
            f.table(cols)
            for i, x in enumerate(ss, 1):
                t = truth_line(0, x, claim_id=acct, payer_claim_id=clm, patient=pt, printed=F, service_end=x.dos,
                               remarks=x.remarks, description=False)
                f.row([f"{i:02d}", dfmt(x.dos, "mdy2"), dfmt(x.dos, "mdy2"), x.code, " ".join(x.mods),
                       units_str(x.units)] + [m(getattr(x, k)) for k in ("billed", "discount", "not_covered")]
                      + [x.remarks[0] if x.remarks else ""] + [m(getattr(x, k)) for k in (
                          "allowed", "deductible", "copay", "coinsurance", "owes", "paid")], truth=t)
                doc.add(t, {"date": dfmt(x.dos, "mdy2"), "units": units_str(x.units)})
            paid_tot = total(ss, "paid") + (Decimal("10.00") if clm == "5520-118-04490" else ZERO)
            f.row(["", "Claim Total", "", "", "", ""] + [m(total(ss, k)) for k in ("billed", "discount", "not_covered")]
                  + [""] + [m(total(ss, k)) for k in ("allowed", "deductible", "copay", "coinsurance", "owes")]
                  + [m(paid_tot)], bold=True)
            f.end_table()
            f.rule(0.3)
            f.gap(6)
        f.text("Excl Code X22: Services for memory and thinking skills are excluded under this plan. The patient "
               "may be billed.", 7)
        f.text("Amounts in parentheses were taken back from an earlier payment.", 7)
        return f
    for (pt, rel), clm, acct, prov, ss, status in cl:
        paid = total(ss, "paid") + (Decimal("10.00") if clm == "5520-118-04490" else ZERO)
        doc.claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pt,
                           "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), paid, total(ss, "owes"))})
    pages = render(lambda: FPCanvas(out / doc.name, landscape=True, font="LibSerif"), build)
    findings = [{"kind": "claim_total_mismatch", "claim_id": planted_claim, "payer_claim_id": "5520-118-04490",
                 "field": "paid", "label": "Benefits Paid", "printed": str(q(total(b2, "paid") + Decimal("10.00"))),
                 "sum_of_lines": str(q(total(b2, "paid")))}]
    fin(out, doc, "mutual insurer benefit statement, landscape serif, reversal in parentheses and replacement, "
        "planted Benefits Paid total mismatch", "fpdf2", pages, [("X22", "Excluded cognitive services")], findings)


# ----------------------------------------------------------------------------------------------------- k3 MSN
def k3(out: Path):
    doc = Doc("k3_msn_outpatient_facility.pdf")
    pt = "GERTRUDE L. VANSICKLE"
    st = PlanState(ded_left=Decimal("283.00"))
    hosp = svcs(week_spec(JAN[:9], [("97110", 2, ("GP",)), ("97116", 1, ("GP",)), ("97140", 1, ("GP",)),
                                    ("97112", 1, ("GP", "59"))])
                + [(JAN[9], "G0283", 1, ("GP",)), (JAN[9], "0552T", 1, ())], denied_at=(37,))
    doc_c = svcs([(JAN[0], "97163", 1, ("GP",)), (JAN[9], "97110", 3, ("GP", "KX"))])
    for x in hosp + doc_c:
        medicare(x, st, sequestration=True, deny_reason="50")
        x.remarks = ["C"] if x.denied else (["A", "B"] if x.deductible else ["A"])
    claims = [("Rivermark Community Hospital Outpatient Rehabilitation", "640 Quarry Bend Road, Hollis Gap, PA 17330",
               "21-2604-7710-383", hosp, "Part B Medical Insurance - Outpatient Facility Claims",
               "Amount\nFacility\nCharged"),
              ("Fenwick Valley Physical Therapy", "18 Mercer Street, Hollis Gap, PA 17330",
               "26-0127-15592-00", doc_c, "Part B Medical Insurance - Doctors and Other Providers",
               "Amount\nProvider\nCharged")]
    F = ("billed", "allowed", "paid", "patient_owes")

    def w(x):
        u = units_str(x.units)
        code = "-".join((x.code,) + x.mods)
        return f"{x.desc}, {u} unit{'s' if u != '1' else ''} ({code})"

    def build(cv, tp):
        doc.reset()

        def furn(f):
            cv.text(40, 30, "Medicare Summary Notice for Part B (Medical Insurance)", 11, True)
            cv.text(40, 45, f"{pt}    The Official Summary of Your Medicare Claims from the Medicare Program", 7.5)
            cv.text(cv.W - 40, 30, "Notice for Gertrude L. Vansickle", 7.5, False, "r")
            cv.text(cv.W - 40, 40, "Medicare Number XXXX-XX7-HT22", 7.5, False, "r")
            cv.line(40, 58, cv.W - 40, 58, 1.2)
            return 64
        f = Flow(cv, size=7, margin=40, furniture=furn, footer=footer_pages(tp), grid=True, head_fill=0.88)
        if f.page == 1:
            f.text("THIS IS NOT A BILL", 12, True)
            f.text("Dates of Service: January 5 - January 28, 2026     Notice date: February 4, 2026", 8)
            f.text("Your Deductible Status: You have now met $283.00 of your $283.00 Part B deductible for 2026.", 8)
            f.text("Be Informed: Beware of anyone who offers free services in exchange for your Medicare Number.", 7.5)
            f.gap(8)
        for prov, addr, clm, ss, section, chg in claims:
            f.text(section, 9.5, True)
            f.text(prov, 8, True)
            f.text(addr, 7)
            f.text(f"Claim number {clm}     Service dates {dfmt(ss[0].dos, 'mon')} - {dfmt(ss[-1].dos, 'mon')}", 7)
            cols = [Col("Service\nDate", 48), Col("Service Provided & Billing Code", 190, wrap=True),
                    Col("Service\nApproved?", 44, "c"), Col(chg, 52, "r"), Col("Medicare-\nApproved\nAmount", 52, "r"),
                    Col("Amount\nMedicare\nPaid", 52, "r"), Col("Maximum\nYou May\nBe Billed", 52, "r"),
                    Col("See\nNotes", 42, "c")]
            f.table(cols, cont=f"{prov} - Claim number {clm} (continued)")
            for x in ss:
                t = truth_line(0, x, claim_id=None, payer_claim_id=clm, patient=pt, printed=F, remarks=x.remarks,
                               overrides={"description": None})
                f.row([dfmt(x.dos, "mdy4"), w(x), "No" if x.denied else "Yes", money(x.billed), money(x.allowed),
                       money(x.paid), money(x.owes), ", ".join(x.remarks)], truth=t)
                doc.add(t, {"date": dfmt(x.dos, "mdy4"), "units": units_str(x.units) + " unit"})
            f.row(["", "Total for this claim", "", money(total(ss, "billed")), money(total(ss, "allowed")),
                   money(total(ss, "paid")), money(total(ss, "owes")), ""], bold=True, fill=0.93)
            f.end_table()
            f.gap(10)
        f.text("Notes for Claims Above", 9, True)
        for k, v in legend:
            f.text(f"{k}  {v}", 7)
        return f
    legend = [("A", "The amount Medicare paid the provider is 80% of the approved amount, less 2% for a federal "
                    "payment cut."), ("B", "This approved amount went toward your yearly deductible."),
              ("C", "Medicare does not pay for this item because it is not proven to work. You may be billed.")]
    for prov, addr, clm, ss, *_ in claims:
        doc.claims.append({"claim_id": None, "payer_claim_id": clm, "patient": pt,
                           "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                                  total(ss, "owes"))})
    pages = render(lambda: RLCanvas(out / doc.name, font="DejaSerifCond"), build)
    fin(out, doc, "Medicare Summary Notice, outpatient facility and doctor claims, units in wording", "reportlab",
        pages, legend)


# ------------------------------------------------------------------------------------------ k4 MA member EOB
def k4(out: Path):
    doc = Doc("k4_ma_ppo_member_eob.pdf")
    pt = "Wendell F. Okafor-Briggs"
    st = PlanState(visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.55"))
    c1 = svcs(week_spec(JAN[:10], [("97530", 2, ("GO",)), ("97535", 1, ("GO", "KX")), ("97112", 1, ("GO", "CO")),
                                   ("97110", 1, ("GO",))]))
    c2 = svcs([(JAN[1], "99213", 1, ()), (JAN[1], "97760", 2, ("GO", "LT")), (JAN[1], "L3807", 1, ("LT",)),
               (JAN[3], "0552T", 1, ())], denied_at=(3,))
    c3 = svcs([(JAN[5], "92523", 1, ("GN",)), (JAN[7], "92507", 1, ("GN",)), (JAN[9], "92507", 1, ("GN",))])
    for x in c1 + c2 + c3:
        commercial(x, st, "96")
        x.remarks = ["4"] if x.denied else (["1"] if x.copay else ["2"])
    claims = [("MA2601-883104", "Kessel Point Occupational Therapy", "KPOT-004471", c1),
              ("MA2601-883177", "Ridgeview Orthopedic & Hand Center", "RV-99120-3", c2),
              ("MA2601-883245", "Talkwell Speech & Swallow Associates", "TSS-1187", c3)]
    F = ("billed", "allowed", "paid", "copay", "coinsurance", "not_covered", "patient_owes")
    m = lambda v: money(v, "$")  # noqa: E731
    cols = [Col("Date", 40), Col("Code", 30), Col("Modifiers", 36), Col("Units", 24, "r"),
            Col("What you got", 108, wrap=True), Col("Billed by\nprovider", 44, "r"), Col("Plan-\nallowed", 42, "r"),
            Col("Plan paid", 42, "r"), Col("Copay", 36, "r"), Col("Coin-\nsurance", 36, "r"),
            Col("Not\ncovered", 38, "r"), Col("You owe", 40, "r"), Col("Note", 24, "c")]

    def build(cv, tp):
        doc.reset()

        def furn(f):
            cv.rect(36, 24, cv.W - 72, 34, fill=0.2, stroke=False)
            cv.text(44, 29, "SUMMIT RIDGE MEDICARE ADVANTAGE (PPO)", 12, True, gray=1.0)
            cv.text(44, 45, "Explanation of Benefits for Wendell F. Okafor-Briggs  -  January 2026", 8, False, gray=1.0)
            cv.text(cv.W - 44, 45, "Member ID SRM-00481-2207", 8, False, "r", gray=1.0)
            return 66
        f = Flow(cv, size=7.2, furniture=furn, footer=footer_pages(tp))
        if f.page == 1:
            f.text("This notice gives you a summary of payments for medical care from January 1 - January 31, 2026. "
                   "This is not a bill.", 7.5)
            f.text("Your out-of-pocket maximum: $4,900.00   Spent so far this year: " +
                   m(sum(total(c[3], "owes") for c in claims)), 7.5, True)
            f.gap(6)
        for clm, prov, acct, ss in claims:
            head = f"Claim number {clm}   |   Provider: {prov} (in-network)   |   Provider's patient number: {acct}"
            f.band(head, fill=0.88, size=7.2)
            f.table(cols, cont=head + "  (continued)")
            for x in ss:
                t = truth_line(0, x, claim_id=acct, payer_claim_id=clm, patient=pt, printed=F, remarks=x.remarks)
                f.row([dfmt(x.dos, "mdy2"), x.code, ", ".join(x.mods), units_str(x.units), x.desc] +
                      [m(getattr(x, k)) for k in ("billed", "allowed", "paid", "copay", "coinsurance", "not_covered",
                                                  "owes")] + [x.remarks[0]], truth=t)
                doc.add(t, {"date": dfmt(x.dos, "mdy2"), "units": units_str(x.units)})
            f.row(["Claim total", "", "", "", ""] + [m(total(ss, k)) for k in (
                "billed", "allowed", "paid", "copay", "coinsurance", "not_covered", "owes")] + [""], bold=True,
                fill=0.94)
            f.end_table()
            f.gap(8)
        f.text("Notes", 8, True)
        for k, v in legend:
            f.text(f"{k}  {v}", 7)
        return f
    legend = [("1", "Your $30 specialist copay applies once per visit day."),
              ("2", "Covered in full after your copay for this visit."),
              ("4", "This service is not covered by your plan. You may owe the full amount.")]
    for clm, prov, acct, ss in claims:
        doc.claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pt,
                           "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                                  total(ss, "owes"))})
    pages = render(lambda: FPCanvas(out / doc.name, font="LibNarrow"), build)
    fin(out, doc, "Medicare Advantage PPO member EOB, copay per visit day, denied 0552T, continued claim", "fpdf2",
        pages, legend)


# --------------------------------------------------------------------------------- k5 Medicaid RA line printer
def k5(out: Path):
    doc = Doc("k5_medicaid_ra_lineprinter.pdf")
    recs = [("PELLERIN, JOSIAH", "MA40022817", "PAT77104"), ("ABERNATHY-SOL, NINA", "MA40031962", "PAT77120"),
            ("KWAME-RUIZ, DARIO", "MA40044108", "PAT77133"), ("FITZWATER, OPAL", "MA40051776", "PAT77141")]
    paid, n = [], 0
    pats = [[("97530", 3, ("GO",)), ("97110", 2, ("GO", "59"))], [("92507", 1, ("GN",)), ("92526", 1, ("GN",))],
            [("97112", 2, ("GP",)), ("97140", 1, ("GP", "59")), ("97116", 2, ("GP",))],
            [("97165", 1, ("GO",)), ("97530", 2, ("GO",))]]
    for r, pat, days in zip(recs, pats, (JAN[:4], JAN[1:5], JAN[:3], JAN[2:3])):
        ss = svcs(week_spec(days, pat))
        for x in ss:
            medicaid(x)
            x.remarks = ["0021"]
        n += 1
        paid.append((r, f"226{n:02d}0415{n:05d}0", ss))
    den = svcs([(JAN[6], "97530", 2, ("GO",)), (JAN[6], "97535", 1, ("GO",))])
    for x in den:
        x.denied = "CO"
        medicaid(x, "197")
        x.remarks = ["0417"]
    old = svcs([(D(2025, 12, 17), "97110", 4, ("GP",)), (D(2025, 12, 17), "97112", 1, ("GP",))])
    for x in old:
        medicaid(x)
    void = [negate(x) for x in old]
    for x in void:
        x.remarks = ["0770"]
    rep = svcs([(D(2025, 12, 17), "97110", 3, ("GP",)), (D(2025, 12, 17), "97112", 1, ("GP",))])
    for x in rep:
        medicaid(x)
        x.remarks = ["0771"]
    sections = [("PAID", paid), ("DENIED", [(recs[0], "2260104159960", den)]),
                ("VOID", [(recs[2], "2253510022410", void)]), ("REPLACEMENT", [(recs[2], "2260104159970", rep)])]
    m = lambda v: money(v, "", "trail")  # noqa: E731
    cols = [Col("DTL", 22), Col("SVC-FROM", 56), Col("SVC-TO", 56), Col("POS", 22), Col("PROC", 36), Col("MD1", 22),
            Col("MD2", 22), Col("UNITS", 34, "r"), Col("BILLED", 52, "r"), Col("ALLOWED", 52, "r"),
            Col("PAID", 52, "r"), Col(" ADJ-RSN", 48), Col("ADJ-AMT", 50, "r"), Col(" EOB", 40)]

    def build(cv, tp):
        doc.reset()

        def furn(f):
            cv.text(36, 24, "STATE OF NORTH FALLOW - MEDICAL ASSISTANCE PROGRAM", 8, True)
            cv.text(36, 34, "REMITTANCE ADVICE  PROVIDER: TIDEWATER PEDIATRIC REHAB LLC  NPI 1730990214", 7)
            cv.text(36, 44, "PAYMENT DATE 02/03/2026   WARRANT NO 0088173211   RA NO 2026-034-0091", 7)
            cv.text(cv.W - 36, 24, f"PAGE {f.page} OF {tp or 0}", 7, False, "r")
            cv.line(36, 56, cv.W - 36, 56, 0.4, dash=True)
            f.y = 60
            f.cols = cols
            f.header()
            f.cols = None
            return f.y + 2
        f = Flow(cv, size=7, furniture=lambda f: 0, head_fill=1.0)
        f.furniture = furn
        f.y = furn(f)
        for sec, items in sections:
            f.need(40)
            f.text(f"CLAIM STATUS: {sec}", 7.5, True)
            for (name, rid, acct), icn, ss in items:
                f.table(cols, cont=f"{name}  ICN {icn} (CONTINUED)", repeat_header=False, draw=False)
                f.need(30)
                f.text(f"RECIP NAME: {name}   RECIP ID: {rid}   ICN: {icn}   PAT ACCT NO: {acct}", 7, True)
                for i, x in enumerate(ss, 1):
                    adj = x.adjs[0] if x.adjs else None
                    t = truth_line(0, x, claim_id=acct, payer_claim_id=icn, patient=name,
                                   printed=("billed", "allowed", "paid"), service_end=x.dos,
                                   adjustments=[(g, c, a) for g, c, a in x.adjs], remarks=x.remarks,
                                   description=False)
                    f.row([f"{i:03d}", dfmt(x.dos, "mdy4"), dfmt(x.dos, "mdy4"), "11", x.code,
                           x.mods[0] if x.mods else "", x.mods[1] if len(x.mods) > 1 else "",
                           f"{x.units:.2f}", m(x.billed), m(x.allowed), m(x.paid),
                           f" {adj[0]}{adj[1]}" if adj else "", m(adj[2]) if adj else "", " " + x.remarks[0]], truth=t)
                    doc.add(t, {"date": dfmt(x.dos, "mdy4"), "units": f"{x.units:.2f}"})
                f.row(["", "CLAIM TOTAL", "", "", "", "", "", "", m(total(ss, "billed")), m(total(ss, "allowed")),
                       m(total(ss, "paid")), "", "", ""], bold=True)
                f.end_table()
                f.gap(3)
        f.gap(6)
        f.text("EOB CODE LEGEND", 7.5, True)
        for k, v in legend:
            f.text(f"{k}  {v}", 7)
        return f
    legend = [("0021", "PAID PER STATE MAXIMUM FEE. RECIPIENT MAY NOT BE BILLED FOR THE DIFFERENCE."),
              ("0417", "SERVICE REQUIRES PRIOR APPROVAL. NONE FOUND FOR THESE DATES."),
              ("0770", "VOID OF A PRIOR PAYMENT. AMOUNTS RECOVERED."), ("0771", "REPLACEMENT OF A VOIDED CLAIM.")]
    for sec, items in sections:
        for (name, rid, acct), icn, ss in items:
            doc.claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                               "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"))})
    pages = render(lambda: FPCanvas(out / doc.name, landscape=True, font="Courier"), build)
    fin(out, doc, "state Medicaid RA, line-printer Courier, status sections, void and replacement", "fpdf2", pages,
        legend)


# ------------------------------------------------------------------------------------- k6 Medicaid flat grid
def k6(out: Path):
    doc = Doc("k6_medicaid_ra_flat_grid.pdf")
    people = [("Baptiste, Renny", "610447281", "ACC-2201"), ("Oyelaran, Tamsin", "610452093", "ACC-2209"),
              ("Graybeal, Corwin", "610460117", "ACC-2215"), ("Lindqvist, Maeve", "610471552", "ACC-2230"),
              ("Baptiste, Renny", "610447281", "ACC-2244")]
    items = []
    for k, (p, spec) in enumerate(zip(people, [
            week_spec(JAN[:5], [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]),
            week_spec(JAN[:10], [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
            week_spec(JAN[:10], [("97110", 2, ("GP",)), ("97112", 1, ("GP", "59")), ("97140", 1, ("GP",))]),
            [(JAN[3], "97166", 1, ("GO",)), (JAN[5], "97530", 3, ("GO",)), (JAN[5], "97150", 1, ("GO",))],
            [(JAN[8], "97168", 1, ("GO",)), (JAN[8], "97533", 2, ("GO",))]])):
        ss = []
        for dd, c, u, md in spec:
            ss.append(Svc(dd, c, Decimal(u), md))
        for x in ss:
            if x.code in ("97150", "97533"):
                x.denied = "CO"
                medicaid(x, "96")
                x.remarks = ["N130"]
            else:
                medicaid(x)
                x.remarks = []
        items.append((p, f"2026-033-{5510 + k * 7:06d}", ss))
    m = lambda v: money(v, ",")  # noqa: E731
    cols = [Col("Recipient", 74), Col("Recip ID", 44), Col("ICN", 66), Col("Pat Acct", 40), Col("Ln", 16),
            Col("DOS", 40), Col("Proc", 30), Col("Mod", 34), Col("Units", 26, "r"), Col("Billed", 44, "r"),
            Col("Allowed", 44, "r"), Col("Paid", 44, "r"), Col("CARC", 40, "c"), Col("Adj Amt", 44, "r"),
            Col("RARC", 34, "c")]

    def build(cv, tp):
        doc.reset()

        def furn(f):
            cv.text(36, 24, "Bluestem State Medicaid  ·  Remittance Advice (Professional)", 11, True)
            cv.text(36, 39, "Payee: Prairie Hollow Therapy Group   Payee ID 0044719   Cycle 2026-033   "
                            "EFT Trace 1-000882-71", 7.5)
            cv.text(cv.W - 36, 24, f"Page {f.page} of {tp or 0}", 7.5, False, "r")
            return 54
        f = Flow(cv, size=6.4, furniture=furn, grid=True, head_fill=0.82)
        f.table(cols)
        for (name, rid, acct), icn, ss in items:
            for i, x in enumerate(ss, 1):
                adj = x.adjs[0] if x.adjs else None
                t = truth_line(0, x, claim_id=acct, payer_claim_id=icn, patient=name, printed=("billed", "allowed",
                               "paid"), adjustments=x.adjs, remarks=x.remarks, description=False)
                f.row([name, rid, icn, acct, str(i), dfmt(x.dos, "mdyn"), x.code, " ".join(x.mods),
                       units_str(x.units), m(x.billed), m(x.allowed), m(x.paid),
                       f"{adj[0]}-{adj[1]}" if adj else "", m(adj[2]) if adj else "", " ".join(x.remarks)], truth=t)
                doc.add(t, {"date": dfmt(x.dos, "mdyn"), "units": units_str(x.units)})
            f.row(["", "", f"ICN {icn} total", "", "", "", "", "", "", m(total(ss, "billed")),
                   m(total(ss, "allowed")), m(total(ss, "paid")), "", "", ""], bold=True, fill=0.93)
        f.end_table()
        f.gap(6)
        f.text("CARC CO-45: charge above the state fee schedule.  CO-96: service not covered for this program.  "
               "RARC N130: see program benefit limits.", 6.8)
        return f
    for (name, rid, acct), icn, ss in items:
        doc.claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                           "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"))})
    pages = render(lambda: RLCanvas(out / doc.name, landscape=True, font="LibSans"), build)
    fin(out, doc, "state Medicaid RA flat ruled grid, ids on every row, continuing rows", "reportlab", pages,
        [("N130", "benefit limits")])


# ------------------------------------------------------------------------------ k7 PM Medicare remittance
def k7(out: Path):
    doc = Doc("k7_pm_medicare_remit_detail.pdf")
    st = PlanState(ded_left=Decimal("120.00"))
    pts = [("HOLLOWAY, BEATRIX M", "PT-100482", "2226014207718"), ("SZABO, LORANT", "PT-100519", "2226014207731"),
           ("ESPERANZA, CORDELIA", "PT-100566", "2226014207745")]
    claims = []
    specs = [week_spec(JAN[:10], [("97110", 2, ("GP", "KX")), ("97112", 1, ("GP",)), ("97140", 1, ("GP", "59"))]),
             week_spec(JAN[:3], [("97530", 2, ("GO",)), ("97535", 1, ("GO", "CO"))]) + [(JAN[3], "0552T", 1, ())],
             [(JAN[2], "92523", 1, ("GN",)), (JAN[4], "92507", 1, ("GN",))]]
    for p, spec in zip(pts, specs):
        ss = svcs(spec, denied_at=(len(spec) - 1,) if spec[-1][1] == "0552T" else ())
        for x in ss:
            if x.denied:
                x.denied = "CO"
            medicare(x, st, True, "50")
            x.remarks = ["N115"] if x.denied else []
        claims.append((p, ss))
    m = lambda v: money(v, "")  # noqa: E731
    cols = [Col("DOS", 50), Col("CPT", 34), Col("MOD", 46), Col("UNITS", 30, "r"), Col("BILLED", 50, "r"),
            Col("ALLOWED", 50, "r"), Col("DEDUCT", 46, "r"), Col("COINS", 46, "r"), Col("PAID", 50, "r"),
            Col("PT RESP", 50, "r")]
    F = ("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes")

    def build(cv, tp):
        doc.reset()

        def furn(f):
            cv.text(36, 24, "CLEARPATH PRACTICE SUITE  -  MEDICARE REMITTANCE DETAIL", 9, True)
            cv.text(36, 36, "Practice: Alder Creek Rehabilitation   Payer: Medicare Part B (Jurisdiction L)   "
                            "Check/EFT 8800412733  02/02/2026", 6.5)
            cv.text(cv.W - 36, 24, f"Pg {f.page}/{tp or 0}", 7, False, "r")
            cv.line(36, 48, cv.W - 36, 48, 0.6)
            return 54
        f = Flow(cv, size=6.5, furniture=furn, head_fill=0.9)
        for (name, acct, icn), ss in claims:
            f.need(50)
            f.text(f"PATIENT: {name}   ACCT: {acct}   ICN: {icn}   ASSIGNED: Y   STATUS: 1 PRIMARY", 6.8, True)
            f.table(cols, cont=f"PATIENT: {name}  ACCT: {acct}  ICN: {icn}  (continued)")
            for x in ss:
                t = truth_line(0, x, claim_id=acct, payer_claim_id=icn, patient=name, printed=F, adjustments=x.adjs,
                               remarks=x.remarks, description=False)
                adj = "  ".join(f"{g}-{c} {m(a)}" for g, c, a in x.adjs)
                sub = [f"ADJ: {adj}" + (f"   RMK: {' '.join(x.remarks)}" if x.remarks else "")]
                f.row([dfmt(x.dos, "mdy4"), x.code, " ".join(x.mods), units_str(x.units)] +
                      [m(getattr(x, k)) for k in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")],
                      truth=t, sub=sub, sub_x=f.margin + 50)
                doc.add(t, {"date": dfmt(x.dos, "mdy4"), "units": units_str(x.units), "below": 1})
            f.row(["CLAIM TOTALS", "", "", ""] + [m(total(ss, k)) for k in (
                "billed", "allowed", "deductible", "coinsurance", "paid", "owes")], bold=True)
            f.end_table()
            f.rule(0.3, dash=True)
            f.gap(4)
        f.text("N115: this decision rests on a local coverage policy; see the contractor's web site.", 6.5)
        return f
    for (name, acct, icn), ss in claims:
        doc.claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                           "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                                  total(ss, "owes"))})
    pages = render(lambda: RLCanvas(out / doc.name, font="LibMono"), build)
    fin(out, doc, "practice-management Medicare remittance detail, ADJ lines under services", "reportlab", pages,
        [("N115", "local coverage")])


# ------------------------------------------------------------------------------- k8 clearinghouse ERA detail
def k8(out: Path):
    doc = Doc("k8_clearinghouse_era_detail.pdf")
    st = PlanState(ded_left=ZERO)
    pts = [("MARCHETTI, ILSE", "7TN4-GH2-MK51", "ACR88104", "26012900417650"),
           ("DUBOIS-KANE, ROLAND", "3QW8-VB5-HP20", "ACR88122", "26012900417663"),
           ("NAKASHIMA, EDITH", "5LM2-CX7-RT88", "ACR88139", "26012900417681")]
    specs = [week_spec(JAN[:8], [("97110", 2, ("GP",)), ("97530", 1, ("GP", "59")), ("97116", 1, ("GP", "CQ"))]),
             week_spec(JAN[2:6], [("97140", 1, ("GP",)), ("97112", 2, ("GP",))]) + [(JAN[6], "G0283", 1, ("GP",))],
             [(JAN[1], "97161", 1, ("GP",)), (JAN[3], "97110", 3, ("GP", "KX"))]]
    claims = []
    for p, spec in zip(pts, specs):
        ss = svcs(spec)
        for x in ss:
            if x.code == "G0283":
                x.denied = "CO"
                medicare(x, st, True, "97")
                x.remarks = ["M15"]
            else:
                medicare(x, st, True)
                x.remarks = ["MA01"] if x.code == "97161" else []
        claims.append((p, "1 - Processed as Primary", ss))
    old = svcs([(D(2025, 12, 10), "97110", 3, ("GP",)), (D(2025, 12, 10), "97140", 1, ("GP",))])
    for x in old:
        medicare(x, PlanState(), True)
    rev = [negate(x) for x in old]
    new = svcs([(D(2025, 12, 10), "97110", 2, ("GP",)), (D(2025, 12, 10), "97140", 1, ("GP",))])
    for x in new:
        medicare(x, PlanState(), True)
    p = ("OSTROWSKI, HALINA", "9KD3-JN6-WE14", "ACR87710")
    claims.append(((*p, "25352011180042"), "22 - Reversal of Previous Payment", rev))
    claims.append(((*p, "26012900417702"), "1 - Processed as Primary (corrected)", new))
    m = lambda v: money(v, ",")  # noqa: E731
    cols = [Col("Ln", 18), Col("From", 48), Col("Thru", 48), Col("Proc", 34), Col("Mods", 40), Col("Units", 28, "r"),
            Col("Charge", 50, "r"), Col("Allowed", 50, "r"), Col("Deductible", 50, "r"), Col("Coinsurance", 54, "r"),
            Col("Grp-Rsn", 44, "c"), Col("Adj Amt", 48, "r"), Col("Paid", 50, "r"), Col("RARC", 40, "c")]
    F = ("billed", "allowed", "deductible", "coinsurance", "paid")

    def build(cv, tp):
        doc.reset()

        def furn(f):
            cv.text(36, 24, "RemitBridge Clearinghouse  |  ERA Detail Report", 11, True)
            cv.text(36, 39, "Payer: Medicare Part B - Keystone Plains Administrators   Payee: Alder Creek "
                            "Rehabilitation   Trace 1EFT2026020299187   Paid 02/02/2026", 7)
            cv.text(cv.W - 36, 24, f"Page {f.page} of {tp or 0}", 7.5, False, "r")
            return 54
        f = Flow(cv, size=7, furniture=furn, head_fill=0.9)
        for (name, mbi, ctrl, icn), status, ss in claims:
            head = f"Patient: {name}   MBI: {mbi}   Patient Ctrl #: {ctrl}   Payer Claim #: {icn}"
            f.band(head, right=f"Status: {status}", fill=0.86, size=7)
            f.table(cols, cont=None)
            f.cont = None
            for i, x in enumerate(ss, 1):
                t = truth_line(0, x, claim_id=ctrl, payer_claim_id=icn, patient=name, printed=F, service_end=x.dos,
                               adjustments=x.adjs, remarks=x.remarks, description=False)
                a0 = x.adjs[0]
                f.row([str(i), dfmt(x.dos, "mdy4"), dfmt(x.dos, "mdy4"), x.code, " ".join(x.mods), units_str(x.units)] +
                      [m(getattr(x, k)) for k in ("billed", "allowed", "deductible", "coinsurance")] +
                      [f"{a0[0]}-{a0[1]}", m(a0[2]), m(x.paid), " ".join(x.remarks)], truth=t, keep=len(x.adjs) - 1)
                for g, c, a in x.adjs[1:]:
                    f.row([""] * 10 + [f"{g}-{c}", m(a), "", ""])
                doc.add(t, {"date": dfmt(x.dos, "mdy4"), "units": units_str(x.units), "below": len(x.adjs) - 1})
                if f.cont is None:
                    f.cont = f"Patient: {name}   Payer Claim #: {icn}   (cont.)"
            f.row(["", "Claim total", "", "", "", ""] + [m(total(ss, k)) for k in (
                "billed", "allowed", "deductible", "coinsurance")] + ["", "", m(total(ss, "paid")), ""], bold=True)
            f.end_table()
            f.gap(6)
        f.text("Code glossary: CO-45 charge over fee schedule; PR-1 deductible; PR-2 coinsurance; CO-253 "
               "sequestration; CO-97 included in another service. M15, MA01 remark codes.", 7)
        return f
    for (name, mbi, ctrl, icn), status, ss in claims:
        doc.claims.append({"claim_id": ctrl, "payer_claim_id": icn, "patient": name,
                           "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"))})
    pages = render(lambda: FPCanvas(out / doc.name, landscape=True, font="DejaCond"), build)
    fin(out, doc, "clearinghouse ERA detail for Medicare, stacked adjustment sub-rows, reversal and correction",
        "fpdf2", pages, [("M15", "bundled"), ("MA01", "appeal rights")])


# ---------------------------------------------------------------------------------- k9 clinic family statement
def k9(out: Path):
    doc = Doc("k9_clinic_family_statement.pdf")
    st = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    kids = ["Juniper Estabrook", "Caspian Estabrook", "Wren Estabrook", "Helena Estabrook"]
    visits = []
    vn = 41170
    plan = [(kids[0], [("97530", 2, ("GO",)), ("97535", 1, ("GO",))], JAN[:4], "CO"),
            (kids[1], [("92507", 1, ("GN",)), ("92526", 1, ("GN",))], JAN[:8], None),
            (kids[2], [("97112", 1, ("GP",)), ("97110", 2, ("GP", "59"))], JAN[1:6], None),
            (kids[3], [("97140", 2, ("GP",)), ("97110", 1, ("GP",))], JAN[2:4], None)]
    for who, pat, days, _ in plan:
        for dd in days:
            ss = svcs([(dd, c, u, m) for c, u, m in pat])
            for x in ss:
                commercial(x, st)
            vn += 7
            visits.append((who, f"V-{vn}", f"PHC{dd:%m%d}{vn % 1000:03d}", ss))
    g = Svc(JAN[5], "97150", Decimal(1), ("GO",), denied="PR")
    commercial(g, st)
    visits.append((kids[0], "V-41301", "PHC0116301", [g]))
    fampaid = {}
    for who, v, clm, ss in visits:
        for x in ss:
            fampaid[id(x)] = q(x.owes / 2) if (v.endswith("7") and x.owes) else ZERO
            x.paid_family = fampaid[id(x)]
            x.owes = x.owes - x.paid_family
    m = lambda v: money(v, "$")  # noqa: E731
    cols = [Col("Date", 40), Col("Patient", 70), Col("CPT", 48), Col("Description", 98, wrap=True),
            Col("Units", 24, "r"), Col("Charge", 42, "r"), Col("Ins. Paid", 42, "r"), Col("Ins. Adj.", 42, "r"),
            Col("Family\nPaid", 40, "r"), Col("Balance", 44, "r")]
    F = ("billed", "paid", "discount", "patient_owes")

    def build(cv, tp):
        doc.reset()

        def furn(f):
            cv.text(36, 26, "Little Sprouts Therapy Collective", 13, True)
            cv.text(36, 42, "2901 Willowmere Parkway, Suite 110 · Dunmore Heights, OH 43420 · (614) 555-0187", 7.5)
            cv.text(cv.W - 36, 26, "FAMILY STATEMENT", 10, True, "r")
            cv.text(cv.W - 36, 40, f"Statement date 02/05/2026 · Page {f.page} of {tp or 0}", 7.5, False, "r")
            cv.line(36, 54, cv.W - 36, 54, 0.8)
            return 60
        f = Flow(cv, size=6.6, furniture=furn, grid=False, head_fill=0.88)
        if f.page == 1:
            f.text("Guarantor: Helena Estabrook   ·   Family account 0091-4422   ·   Primary insurance: Pinecrest "
                   "Health Alliance", 7.5, True)
            f.text("Amount due now: " + m(sum(x.owes for _, _, _, ss in visits for x in ss)) +
                   "   ·   Please pay by 02/28/2026", 7.5)
            f.gap(6)
        f.table(cols, cont="Account activity (continued)")
        for who, v, clm, ss in visits:
            f.row([f"Visit {v} billed to Pinecrest Health Alliance, claim {clm}"] + [""] * 9, bold=True, fill=0.95)
            for x in ss:
                t = truth_line(0, x, claim_id=v, payer_claim_id=clm, patient=who, printed=F, units=True)
                f.row([dfmt(x.dos, "mdy4"), who, "-".join((x.code,) + x.mods), x.desc, units_str(x.units),
                       m(x.billed), m(x.paid), m(x.discount), m(x.paid_family), m(x.owes)], truth=t)
                doc.add(t, {"date": dfmt(x.dos, "mdy4"), "units": units_str(x.units)})
            if any(x.paid_family for x in ss):
                f.row([dfmt(ss[0].dos, "mdy4"), "", "", "Payment - card ending 4419, thank you", "", "", "", "",
                       "", ""])
        f.end_table()
        f.gap(6)
        f.text("Group therapy on 01/16/2026 is not covered by your plan; the full charge is yours.", 7)
        return f
    for who, v, clm, ss in visits:
        doc.claims.append({"claim_id": v, "payer_claim_id": clm, "patient": who,
                           "totals": claim_totals()})
    pages = render(lambda: RLCanvas(out / doc.name, font="DejaSerif"), build)
    fin(out, doc, "pediatric therapy family statement, visit heading rows, four family members", "reportlab",
        pages, [])


# ------------------------------------------------------------------------------ k10 hospital family statement
def k10(out: Path):
    doc = Doc("k10_hospital_family_statement.pdf")
    fam = ["Rosalind Pemberton-Ayo", "Kofi Pemberton-Ayo", "Imani Pemberton-Ayo", "Zuri Pemberton-Ayo"]
    rev = {"97110": "0420", "97112": "0420", "97140": "0420", "97116": "0420", "97530": "0430", "97535": "0430",
           "97165": "0430", "92507": "0440", "92523": "0440", "99213": "0510", "L3807": "0274", "97760": "0430"}
    accts = []
    specs = [week_spec(JAN[:8], [("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("97116", 1, ("GP",))]),
             [(JAN[1], "99213", 1, ()), (JAN[1], "97760", 1, ("GO",)), (JAN[1], "L3807", 1, ("RT",))],
             [(JAN[0], "92523", 1, ("GN",))] + week_spec(JAN[2:7], [("92507", 1, ("GN",))]),
             [(JAN[0], "97165", 1, ("GO",))] + week_spec(JAN[1:6], [("97530", 2, ("GO",)), ("97535", 1, ("GO",))])]
    for i, (who, spec) in enumerate(zip(fam, specs)):
        ss = svcs(spec)
        for x in ss:
            x.desc = x.desc.upper()
        accts.append((who, f"HA{60031870 + i * 113}", f"PNC-26-{71400 + i * 19}", ss))
    m = lambda v: money(v, ",")  # noqa: E731
    cols = [Col("Date", 52), Col("Rev", 30), Col("CPT/HCPCS", 52), Col("Mod", 34), Col("Description", 230, wrap=True),
            Col("Qty", 30, "r"), Col("Charges", 60, "r")]

    def build(cv, tp):
        doc.reset()

        def furn(f):
            cv.text(40, 26, "LAKEMONT REGIONAL MEDICAL CENTER", 12, True)
            cv.text(40, 41, "Patient Financial Services · PO Box 7720 · Lakemont, WI 53990 · 1-800-555-0172", 7.5)
            cv.text(cv.W - 40, 26, "Family Statement", 10, True, "r")
            cv.text(cv.W - 40, 40, f"Page {f.page} of {tp or 0}", 7.5, False, "r")
            cv.line(40, 52, cv.W - 40, 52, 0.6)
            return 58
        f = Flow(cv, size=7.2, margin=40, furniture=furn, head_fill=0.9)
        if f.page == 1:
            f.text("Guarantor: Rosalind Pemberton-Ayo   Guarantor No. G-0048817   Statement Date 02/06/2026", 8, True)
            f.text("Total family balance: " + m(sum(q(total(ss, 'billed') * Decimal('0.12')) for *_, ss in accts)),
                   8)
            f.gap(6)
        for who, acct, clm, ss in accts:
            f.need(50)
            f.band(f"Account {acct}   Patient: {who}   Outpatient Rehabilitation", fill=0.85, size=7.5)
            f.text(f"Dates {dfmt(ss[0].dos, 'mdy2')} - {dfmt(ss[-1].dos, 'mdy2')}   Insurance: Pinecrest Health "
                   f"Alliance, claim # {clm}", 7)
            f.table(cols, cont=f"Account {acct}  Patient: {who}  (continued)")
            for x in ss:
                t = truth_line(0, x, claim_id=acct, payer_claim_id=clm, patient=who, printed=("billed",))
                f.row([dfmt(x.dos, "mdy2"), rev[x.code], x.code, " ".join(x.mods), x.desc, units_str(x.units),
                       m(x.billed)], truth=t)
                doc.add(t, {"date": dfmt(x.dos, "mdy2"), "units": units_str(x.units)})
            tb = total(ss, "billed")
            f.row(["", "", "", "", "Total charges", "", m(tb)], bold=True)
            pay = q(tb * Decimal("0.55"))
            adj = tb - pay - q(tb * Decimal("0.12"))
            f.row(["02/01/26", "", "", "", "Insurance payment - Pinecrest Health Alliance", "", m(-pay)])
            f.row(["02/01/26", "", "", "", "Contractual adjustment", "", m(-adj)])
            f.row(["", "", "", "", "Account balance", "", m(tb - pay - adj)], bold=True)
            f.end_table()
            f.gap(8)
        return f
    for who, acct, clm, ss in accts:
        doc.claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": who,
                           "totals": claim_totals(total(ss, "billed"))})
    pages = render(lambda: FPCanvas(out / doc.name, font="LibSans"), build)
    fin(out, doc, "hospital family statement, itemized charges per account, four family members", "fpdf2", pages, [])


LAYOUTS = [k1, k2, k3, k4, k5, k6, k7, k8, k9, k10]


# ----------------------------------------------------------------------------------------------- check
def check(out: Path) -> list[str]:
    errs = []
    for name, meta in META.items():
        pdf = out / name
        truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
        pages = page_lines(pdf)
        if len(pages) != truth["pages"]:
            errs.append(f"{name}: pages {len(pages)} != {truth['pages']}")
        alltext = "\n".join("\n".join(p) for p in pages)
        for ln, hint in zip(truth["lines"], meta["hints"]):
            lines = pages[ln["page"] - 1]
            want = [Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                               "coinsurance", "not_covered", "discount") if ln[k] is not None]
            found = None
            for i, text in enumerate(lines):
                if ln["code"] and ln["code"] not in text:
                    continue
                if hint.get("date") and hint["date"] not in text:
                    continue
                if hint.get("units") and f" {hint['units']}" not in f" {text} ".replace("(", " "):
                    continue
                if any(md not in text for md in ln["modifiers"]):
                    continue
                have = nums(text)
                ok = True
                for w in want:
                    if w in have:
                        have.remove(w)
                    else:
                        ok = False
                        break
                if ok:
                    found = i
                    break
            if found is None:
                errs.append(f"{name} p{ln['page']}: no text line for {ln['code']} {ln['service_date']} {want}")
                continue
            near = "\n".join(lines[found:found + 1 + hint.get("below", 0)])
            for g, r, a in ln["adjustments"]:
                if g not in near or r not in near or (a is not None and Decimal(a) not in nums(near)):
                    errs.append(f"{name}: adjustment {g}-{r} {a} not near line {ln['code']} {ln['service_date']}")
            for r in ln["remarks"]:
                if r not in near:
                    errs.append(f"{name}: remark {r} not near line {ln['code']}")
            pagetext = " ".join(lines)
            if ln["description"]:
                for w in ln["description"].split():
                    if w not in pagetext:
                        errs.append(f"{name}: description word {w!r} not on page {ln['page']}")
                        break
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in alltext:
                    errs.append(f"{name}: {k} {ln[k]} not in document text")
            if ln["adjustments"] and all(a is not None for _, _, a in ln["adjustments"]) and ln["billed"] and \
                    ln["paid"] is not None and hint.get("all_adj", True):
                if q(Decimal(ln["billed"]) - sum(Decimal(a) for _, _, a in ln["adjustments"])) != Decimal(ln["paid"]):
                    errs.append(f"{name}: billed - adjustments != paid for {ln['code']} {ln['service_date']}")
        planted = {(f["payer_claim_id"], f["field"]) for f in meta["planted"]}
        for c in truth["claims"]:
            mine = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"]
                    and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = q(sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), ZERO))
                if (c["payer_claim_id"], k) in planted:
                    if s == Decimal(v):
                        errs.append(f"{name}: planted mismatch on {c['payer_claim_id']} {k} is not a mismatch")
                elif s != Decimal(v):
                    errs.append(f"{name}: claim {c['payer_claim_id']} {k} total {v} != lines {s}")
                if Decimal(v) not in nums(alltext):
                    errs.append(f"{name}: claim total {v} not printed")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        print("usage: make_heldout53_pdfs.py OUT_DIR [--check]")
        return 2
    out = Path(args[0])
    samples = (REPO / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)
    nlines = sum(len(json.loads(Path(str(out / n) + ".truth.json").read_text())["lines"]) for n in META)
    npages = sum(json.loads(Path(str(out / n) + ".truth.json").read_text())["pages"] for n in META)
    print(f"wrote {len(META)} PDFs, {nlines} service lines, {npages} pages to {out}")
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
