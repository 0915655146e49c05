"""Write HELD-OUT set 171 of synthetic PDF EOB layouts (with truth files) into a folder: an honest measurement
of the PDF reader on document kinds written by an author who did not look at the reader.

Run:  python bench/heldout171/make_heldout171_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout171/make_heldout171_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed for the line); claim_id = the provider's own account /
patient-control / invoice / visit number, payer_claim_id = the payer's claim number / ICN / TCN / reference,
patient exactly as printed (the person who got the service, not the guarantor or subscriber unless the same).
Adjustments are recorded only where the page prints a group+reason code with an amount for that line; remarks
are the note / remark codes printed on the line. Every name, number, payer, provider, address and ID is
invented; descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed creation date).

Layouts (set 171: two each of commercial member EOB, Medicare Summary Notice / MA member EOB, state Medicaid RA,
Medicare-style paper remit from a clearinghouse / PM system, family statement from a clinic / hospital):
  c1  commercial member EOB, portrait DejaVu Sans (reportlab): subscriber header box, shaded claim bands naming
      patient / claim number / provider account, "Billed / Plan discount / Allowed / Deductible / Copay /
      Coinsurance / Plan paid / Your share / Note", code column "97530-GO", three family members, one claim
      whose rows continue on page 2 under a repeated header and "(continued)" band, note legend
  c2  commercial member EOB, landscape Liberation Serif (fpdf2), ruled, left sidebar with year-to-date
      accumulators: "Charged / Discount / Not covered / Allowed / Deductible / Copay / Coinsurance / Paid to
      provider / You owe / Reason", separate Proc and Mod and Units columns, a denied line, two family members
  m1  Medicare Summary Notice Part B, portrait Liberation Sans (reportlab): summary page, date sub-heading rows,
      "Service Provided & Billing Code" with the code in parentheses "(97110-GP)", "Service Approved?", no units,
      notes letters, a claim continuing across a page break, "Total for this claim", notes section
  m2  Medicare Advantage member EOB, portrait DejaVu Sans Condensed (fpdf2): per-visit copay, "Amount the
      provider billed / Plan's approved amount / Plan paid / Your copay / Your share", "Jan 5, 2026" dates, a
      non-covered line, two claims per provider, no units
  d1  state Medicaid remittance advice, portrait core Courier (reportlab) mainframe print: CLAIMS PAID / CLAIMS
      DENIED sections, recipient header line with ICN and patient account, detail lines "LN FROM THRU PROC MOD
      UNITS BILLED ALLOWED PAID ADJ", adjustment "CO-45" with amount, a claim continued onto the next page with
      the header repeated, section and grand totals
  d2  state Medicaid remittance advice, landscape Liberation Sans Narrow (fpdf2), boxed grid: member band with
      TCN / patient account / claim status, Mod 1 / Mod 2 columns, TPL and copay columns, an adjusted claim
      (reversal printed with leading minus) and its replacement, denied line, EOB code legend
  r1  clearinghouse standard paper remittance (Medicare-style), landscape Liberation Mono (reportlab): NAME / MID
      / ACNT / ICN / ASG / MOA heading line, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS
      GRP/RC-AMT PROV PD", dates "0105 010526", second and third adjustments on continuation lines, PT RESP and
      CLAIM TOTALS rows, a reversed claim, provider totals
  r2  practice-management ERA posting report, portrait DejaVu Sans (fpdf2): grey claim band (patient, account,
      payer claim #), "DOS / Proc / Mod / Units / Charge / Allowed / Deduct / Coins / Copay / Paid", adjustment
      codes with amounts on a second line under each service, header repeated on continuation pages
  s1  outpatient therapy clinic family statement, portrait Liberation Serif (reportlab) with a right sidebar
      (amount due, payment options): visit heading rows with insurer claim number, three children of one
      guarantor, "Charge / Ins Paid / Adjust / Balance", patient payments as non-service rows
  s2  hospital guarantor statement, landscape core Helvetica (fpdf2): one account per family member, itemised
      charges with revenue code, CPT/HCPCS, modifiers and quantity, insurance payment rows carrying the payer
      claim number, an account whose itemised charges continue on page 2, account totals and aging

The self-check (--check) tests the factory, not the reader: every line's code, modifiers, units and amounts
are on ONE text line of its page (adjustment codes/amounts and remarks on that line or the next two), the
service date is on the page (in the layout's date style), ids and patients on the claim's pages, the page
count matches, printed claim totals appear, and the documents' own arithmetic holds (billed - discount -
not covered = allowed; allowed - deductible - copay - coinsurance = paid where the layout prints those and
no reduction is hidden; billed - adjustments = paid where every adjustment is printed; claim totals = sums).
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pagekit import LANDSCAPE, LETTER, Doc, render_fpdf, render_reportlab, wrap  # noqa: E402
from samples.pdf.eobgen import (  # noqa: E402
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

FEE.setdefault("97533", "98.00")
SCHED.setdefault("97533", "35.12")
DESC.setdefault("97533", "Sensory integration activities")
D = date
J = lambda d: date(2026, 1, d)  # noqa: E731

# which arithmetic each layout supports (checked by --check)
ARITH: dict[str, set] = {}


def svc(kind, st, dos, code, units, mods=(), denied=None, deny_reason=None, desc=""):
    s = Svc(dos, code, Decimal(str(units)), tuple(mods), desc=desc, denied=denied)
    if kind == "com":
        return commercial(s, st, deny_reason or "204")
    if kind == "mcr":
        return medicare(s, st, deny_reason=deny_reason or "50")
    return medicaid(s, deny_reason or "197")


def paginate(doc: Doc, fmt, x, y, **kw):
    n = len(doc.pages)
    for i, page in enumerate(doc.pages):
        page.append(("text", x, y, fmt.format(i + 1, n), kw.get("font", doc.font), kw.get("size", 7),
                     kw.get("align", "r")))


class Flow:
    def __init__(self, doc: Doc, bottom: float, header):
        self.doc, self.bottom, self.header = doc, bottom, header
        self.y = header(doc, None)

    def need(self, h: float, cont=None) -> bool:
        if self.y + h > self.bottom:
            self.doc.new_page()
            self.y = self.header(self.doc, cont)
            return True
        return False


def cells(doc, y, cols, vals, size, bold=False):
    for (x, al), v in zip(cols, vals):
        if v not in (None, ""):
            doc.text(x, y, v, size=size, bold=bold, align=al)


def modstr(s, sep=" "):
    return sep.join(s.mods)


# ------------------------------------------------------------------------------------------------ c1
def layout_c1(out: Path):
    name = "c1_commercial_member_eob"
    doc = Doc(LETTER, "DejaVuSans", "DejaVuSans-Bold")
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("35.00")},
                   allowed_rate=Decimal("0.78"))
    fam = ["Maya Ashby", "Elliot Ashby", "Corwin Ashby"]
    claims = [
        ("Maya Ashby", "NVH-26-0110-48213", "BPT-55120", "Brightpath Pediatric Therapy",
         [(J(5), "97165", 1, ("GO",)), (J(5), "97530", 2, ("GO",)), (J(7), "97530", 3, ("GO",)),
          (J(7), "97535", 1, ("GO", "59")), (J(12), "97530", 3, ("GO",)), (J(12), "97112", 1, ("GO",)),
          (J(14), "97530", 2, ("GO",)), (J(14), "97535", 2, ("GO",)), (J(19), "97530", 3, ("GO",)),
          (J(19), "97110", 1, ("GO", "59")), (J(21), "97530", 2, ("GO",)), (J(21), "97535", 1, ("GO",)),
          (J(26), "97168", 1, ("GO",))]),
        ("Elliot Ashby", "NVH-26-0113-50077", "BPT-55188", "Brightpath Pediatric Therapy",
         [(J(8), "92523", 1, ()), (J(15), "92507", 1, ("GN",)), (J(22), "92507", 1, ("GN",))]),
        ("Corwin Ashby", "NVH-26-0120-51902", "KOR-7731", "Kestrel Orthopedic Rehab",
         [(J(9), "97161", 1, ("GP",)), (J(9), "97140", 2, ("GP",)), (J(16), "97110", 3, ("GP", "KX")),
          (J(16), "G0283", 1, ("GP",))]),
        ("Corwin Ashby", "NVH-26-0127-53316", "ESF-220418", "Eastfield Family Medicine",
         [(J(20), "99213", 1, ())]),
    ]
    legend = [("A", "This service is not a covered benefit under your plan; the amount is yours to pay."),
              ("B", "Part or all of the allowed amount went toward your calendar-year deductible."),
              ("C", "Your plan's fixed office-visit copay applies.")]
    cols = [(40, "l"), (88, "l"), (170, "l"), (226, "r"), (262, "r"), (302, "r"), (342, "r"), (380, "r"),
            (414, "r"), (452, "r"), (494, "r"), (534, "r"), (542, "l")]
    heads = [("Date of", "service"), ("Service", ""), ("Code", ""), ("Units", ""), ("Billed", ""),
             ("Plan", "discount"), ("Allowed", ""), ("Deduct-", "ible"), ("Copay", ""), ("Coin-", "surance"),
             ("Plan", "paid"), ("Your", "share"), ("Note", "")]

    def header(d: Doc, cont):
        d.text(40, 50, "NORTHVALE HEALTH PLAN", size=15, bold=True)
        d.text(40, 63, "PO Box 60417, Granite Falls, MN 55911  |  Member Services 1-800-555-0142", size=7)
        d.text(572, 50, "Explanation of Benefits", size=12, bold=True, align="r")
        d.text(572, 63, "THIS IS NOT A BILL", size=8, bold=True, align="r")
        if d.page_no == 1:
            d.box(40, 76, 532, 58)
            d.text(48, 90, "Subscriber: Corwin Ashby", size=8)
            d.text(48, 102, "Member ID: NVX448120933   Group: 0045512 Lakeview Tool & Die", size=8)
            d.text(48, 114, "Covered family members on this statement: " + ", ".join(fam), size=8)
            d.text(48, 126, "Statement date: February 2, 2026   Claims processed January 10 - January 31, 2026", size=8)
            y = 152
        else:
            d.text(40, 86, "Subscriber: Corwin Ashby   Member ID: NVX448120933", size=8)
            y = 104
        return y

    def colhead(f: Flow):
        d = f.doc
        for (x, al), (a, b) in zip(cols, heads):
            d.text(x, f.y, a, size=6.5, bold=True, align=al)
            if b:
                d.text(x, f.y + 8, b, size=6.5, bold=True, align=al)
        d.rule(40, f.y + 11, 572, f.y + 11)
        f.y += 21

    def band(f: Flow, c, cont=False):
        d = f.doc
        d.box(40, f.y - 9, 532, 24, fill=0.88)
        d.text(44, f.y, f"Patient: {c[0]}    Claim number: {c[1]}" + ("   (continued)" if cont else ""),
               size=7.5, bold=True)
        d.text(44, f.y + 11, f"Provider: {c[3]}    Patient account: {c[2]}", size=7)
        f.y += 26

    f = Flow(doc, 720, header)
    lines, tclaims = [], []
    printed = ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    for c in claims:
        f.need(80)
        f.doc.text(40, f.y, "Claim details", size=9, bold=True)
        f.y += 14
        band(f, c)
        colhead(f)
        svcs = []
        for row in c[4]:
            dos, code, u, mods = row[:4]
            s = svc("com", st, dos, code, u, mods, denied=row[4] if len(row) > 4 else None)
            svcs.append(s)
            rem = (["A"] if s.denied else []) + (["B"] if s.deductible else []) + (["C"] if s.copay else [])
            if f.need(12):
                band(f, c, cont=True)
                colhead(f)
            desc = wrap(s.desc, 19)
            cells(doc, f.y, cols, [dfmt(dos, "mdy4"), desc[0], "-".join((code,) + mods), units_str(s.units),
                                   money(s.billed), money(s.discount), money(s.allowed), money(s.deductible),
                                   money(s.copay), money(s.coinsurance), money(s.paid), money(s.owes),
                                   " ".join(rem)], 6.2)
            lines.append(truth_line(doc.page_no, s, claim_id=c[2], payer_claim_id=c[1], patient=c[0],
                                    printed=printed, remarks=rem, description=True))
            for extra in desc[1:]:
                f.y += 8
                doc.text(88, f.y, extra, size=6.2)
            f.y += 11
        doc.rule(40, f.y - 7, 572, f.y - 7, 0.4)
        tots = [total(svcs, a) for a in ("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                          "paid", "owes")]
        cells(doc, f.y + 2, cols, ["Claim total", "", "", ""] + [money(t) for t in tots] + [""], 6.2, bold=True)
        f.y += 22
        tclaims.append({"claim_id": c[2], "payer_claim_id": c[1], "patient": c[0],
                        "totals": claim_totals(tots[0], tots[2], tots[6], tots[7])})
    f.need(60)
    doc.text(40, f.y, "Notes", size=9, bold=True)
    for k, v in legend:
        f.y += 11
        doc.text(40, f.y, f"{k}  {v}", size=7)
    paginate(doc, "Page {} of {}", 572, 760)
    for p in doc.pages:
        p.append(("text", 40, 760, "Northvale Health Plan is an invented insurer. Keep this notice for your records.",
                  "DejaVuSans", 6, "l"))
    path = out / f"{name}.pdf"
    render_reportlab(doc, path)
    ARITH[name] = {"allowed", "paid"}
    write_truth(path, name, "reportlab", doc.page_no, "commercial member EOB, three family members, continued claim",
                lines, tclaims, legend)


# ------------------------------------------------------------------------------------------------ c2
def layout_c2(out: Path):
    name = "c2_commercial_member_eob_landscape"
    doc = Doc(LANDSCAPE, "LiberationSerif", "LiberationSerif-Bold")
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85"),
                   visit_copay=Decimal("25.00"))
    claims = [
        ("Dana Whitlock", "Spouse", "3390147725", "PT-009183", "Riverbend Hand Therapy LLC",
         [(J(6), "97166", 1, ("GO",)), (J(6), "97760", 1, ("GO",)), (J(6), "L3807", 1, ("RT",)),
          (J(13), "97140", 2, ("GO",)), (J(13), "97530", 2, ("GO", "59")), (J(13), "0552T", 1, (), "PR", "96")]),
        ("Owen Whitlock", "Dependent", "3390152208", "PT-009240", "Riverbend Hand Therapy LLC",
         [(J(20), "97110", 2, ("GP",)), (J(20), "97112", 1, ("GP",)), (J(27), "97110", 2, ("GP",)),
          (J(27), "97116", 1, ("GP",))]),
        ("Dana Whitlock", "Spouse", "3390160411", "WFC-88213", "Willowmere Family Clinic",
         [(J(22), "99213", 1, ())]),
    ]
    legend = [("RB1", "Amount above the network rate; you do not owe it."),
              ("RB7", "Your plan does not cover this service."),
              ("RB9", "Office visit copay applied.")]
    cols = [(176, "l"), (216, "l"), (330, "l"), (360, "l"), (400, "r"), (446, "r"), (488, "r"), (532, "r"),
            (574, "r"), (610, "r"), (644, "r"), (690, "r"), (728, "r"), (734, "l")]
    heads = ["Svc Date", "Description", "Proc", "Mod", "Units", "Charged", "Discount", "Not Covered", "Allowed",
             "Copay", "Coins", "Paid to Prov", "You Owe", "Reason"]

    def header(d: Doc, cont):
        d.text(36, 40, "Summit Crest Insurance Co.", size=16, bold=True)
        d.text(36, 52, "Claims Office  2200 Ledger Way  Provo UT 84601", size=8)
        d.text(756, 40, "EXPLANATION OF BENEFITS", size=13, bold=True, align="r")
        d.text(756, 52, "Issued 01/30/2026  -  not a bill", size=8, align="r")
        d.rule(36, 60, 756, 60, 1.2)
        d.box(36, 70, 128, 460, fill=0.93)
        sb = ["Primary member", "Gareth Whitlock", "ID SCX-5521-0078", "Group 7710-PPO", "",
              "Plan year to date", "Deductible $500.00", "  met $500.00", "Out-of-pocket $3,000.00",
              "  met $1,142.60", "", "Questions?", "1-888-555-0190", "scinsure.example"]
        for i, s in enumerate(sb):
            d.text(42, 86 + i * 12, s, size=8, bold=(s in ("Primary member", "Plan year to date", "Questions?")))
        return 80

    f = Flow(doc, 540, header)
    lines, tclaims = [], []
    printed = ("billed", "discount", "not_covered", "allowed", "copay", "coinsurance", "paid", "patient_owes")
    for c in claims:
        f.need(70)
        doc.text(176, f.y, f"Claim # {c[2]}   Patient: {c[0]} ({c[1]})   Provider: {c[4]}   Your acct no. {c[3]}",
                 size=8.5, bold=True)
        f.y += 12
        for (x, al), h in zip(cols, heads):
            doc.text(x, f.y, h, size=7, bold=True, align=al)
        doc.rule(176, f.y + 3, 756, f.y + 3)
        f.y += 13
        svcs = []
        for row in c[5]:
            dos, code, u, mods = row[:4]
            den = row[4] if len(row) > 4 else None
            s = svc("com", st, dos, code, u, mods, denied=den, deny_reason=row[5] if den else None)
            svcs.append(s)
            rem = ["RB7"] if s.denied else (["RB9"] if s.copay else []) + ["RB1"]
            desc = wrap(s.desc, 24)
            cells(doc, f.y, cols,
                  [dfmt(dos, "mdy2"), desc[0], code, " ".join(mods), units_str(s.units), money(s.billed, ","),
                   money(s.discount, ","), money(s.not_covered, ","), money(s.allowed, ","), money(s.copay, ","),
                   money(s.coinsurance, ","), money(s.paid, ","), money(s.owes, ","), " ".join(rem)], 7.5)
            lines.append(truth_line(doc.page_no, s, claim_id=c[3], payer_claim_id=c[2], patient=c[0],
                                    printed=printed, remarks=rem))
            for extra in desc[1:]:
                f.y += 9
                doc.text(216, f.y, extra, size=7.5)
            doc.rule(176, f.y + 3, 756, f.y + 3, 0.3)
            f.y += 12
        tots = [total(svcs, a) for a in ("billed", "discount", "not_covered", "allowed", "copay", "coinsurance",
                                          "paid", "owes")]
        cells(doc, f.y, [(216, "l")] + cols[5:13], ["Totals for this claim"] + [money(t, "$") for t in tots], 7.5,
              bold=True)
        f.y += 24
        tclaims.append({"claim_id": c[3], "payer_claim_id": c[2], "patient": c[0],
                        "totals": claim_totals(tots[0], tots[3], tots[6], tots[7])})
    f.need(50)
    doc.text(176, f.y, "Reason codes", size=9, bold=True)
    for k, v in legend:
        f.y += 11
        doc.text(176, f.y, f"{k} - {v}", size=8)
    paginate(doc, "Page {} of {}", 756, 580, size=8)
    path = out / f"{name}.pdf"
    render_fpdf(doc, path)
    ARITH[name] = {"allowed", "paid"}
    write_truth(path, name, "fpdf2", doc.page_no, "landscape commercial member EOB with sidebar", lines, tclaims,
                legend)


# ------------------------------------------------------------------------------------------------ m1
def layout_m1(out: Path):
    name = "m1_medicare_summary_notice"
    doc = Doc(LETTER, "LiberationSans", "LiberationSans-Bold")
    st = PlanState(ded_left=Decimal("120.00"))
    pat = "Harriet L. Quillon"
    claims = [
        ("26-0107-442-18830", "Lakeshore Hand & Upper Limb Therapy", "1180 Pier Rd, Sandusky, OH 44870",
         [(J(5), "97165", 1, ("GO",)), (J(5), "97530", 2, ("GO",)), (J(8), "97530", 2, ("GO", "KX")),
          (J(8), "97535", 1, ("GO",)), (J(12), "97140", 2, ("GO",)), (J(12), "97110", 2, ("GO", "CO")),
          (J(15), "97530", 2, ("GO",)), (J(15), "97760", 1, ("GO",)), (J(19), "97110", 2, ("GO", "CO")),
          (J(19), "97112", 1, ("GO",)), (J(22), "97530", 2, ("GO",)), (J(22), "97535", 1, ("GO",)),
          (J(26), "97168", 1, ("GO",)), (J(26), "0552T", 1, (), "CO"), (J(28), "97530", 2, ("GO", "KX")),
          (J(28), "97140", 1, ("GO",)), (J(29), "97530", 2, ("GO", "KX")),
          (J(29), "97112", 1, ("GO",)), (J(30), "97530", 2, ("GO", "KX")), (J(30), "97535", 1, ("GO",))]),
        ("26-0121-442-20417", "Erie Shores Internal Medicine", "77 Canal St, Sandusky, OH 44870",
         [(J(14), "99213", 1, ()), (J(14), "G0283", 1, ("GP",))]),
    ]
    notes = [("A", "This amount counted toward your yearly Part B deductible."),
             ("B", "Medicare pays 80% of the approved amount after the deductible; a 2% federal reduction applies."),
             ("C", "This item is not covered as billed; the provider may not bill you for it."),
             ("D", "Your therapy costs this year are above the annual threshold; the provider confirmed need.")]
    cols = [(40, "l"), (260, "c"), (346, "r"), (412, "r"), (472, "r"), (530, "r"), (572, "l")]

    def header(d: Doc, cont):
        d.text(40, 44, "Medicare Summary Notice", size=18, bold=True)
        d.text(40, 58, "for Part B (Medical Insurance)", size=10)
        d.text(572, 44, f"Notice for {pat}", size=9, bold=True, align="r")
        d.text(572, 56, "Medicare Number  4QR7-TT3-LM82", size=8, align="r")
        d.text(572, 67, "Date of this notice  February 2, 2026", size=8, align="r")
        d.rule(40, 74, 572, 74, 1.5)
        if d.page_no == 1:
            d.box(40, 84, 250, 110)
            d.text(48, 100, "Your Deductible Status", size=11, bold=True)
            d.text(48, 116, "Your deductible is what you must pay for", size=8)
            d.text(48, 127, "most health services before Medicare pays.", size=8)
            d.text(48, 142, "You have now met $120.00 of your $283.00", size=8)
            d.text(48, 153, "Part B deductible for 2026.", size=8)
            d.box(310, 84, 262, 110)
            d.text(318, 100, "Your Claims & Costs This Period", size=11, bold=True)
            d.text(318, 116, "Did Medicare approve all services?  NO", size=8)
            d.text(318, 128, "Number of claims on this notice: 2", size=8)
            d.text(318, 140, "See the notes for the service that was not approved.", size=8)
            d.text(40, 216, "Your Claims for Part B (Medical Insurance)", size=12, bold=True)
            return 238
        return 96

    def colhead(f: Flow):
        d = f.doc
        hs = [("Service Provided &", "Billing Code"), ("Service", "Approved?"), ("Amount Provider", "Charged"),
              ("Medicare-", "Approved Amount"), ("Medicare", "Paid Provider"), ("Maximum You", "May Be Billed"),
              ("See", "Notes")]
        xs = [(40, "l"), (260, "c"), (346, "r"), (412, "r"), (472, "r"), (530, "r"), (564, "l")]
        for (x, al), (a, b) in zip(xs, hs):
            if al == "l" and x > 500:
                continue
            d.text(x, f.y, a, size=7, bold=True, align=al)
            d.text(x, f.y + 8, b, size=7, bold=True, align=al)
        d.text(572, f.y, "Notes", size=7, bold=True, align="r")
        d.rule(40, f.y + 12, 572, f.y + 12)
        f.y += 23

    f = Flow(doc, 730, header)
    lines, tclaims = [], []
    for cn, prov, addr, rows in claims:
        f.need(90)
        doc.text(40, f.y, f"{prov}, {addr}", size=8.5, bold=True)
        f.y += 11
        doc.text(40, f.y, f"Claim number {cn}   Service dates {dfmt(rows[0][0], 'month')} - "
                          f"{dfmt(rows[-1][0], 'month')}", size=8)
        f.y += 14
        colhead(f)
        svcs, last = [], None
        for row in rows:
            dos, code, u, mods = row[:4]
            s = svc("mcr", st, dos, code, u, mods, denied=row[4] if len(row) > 4 else None, deny_reason="96")
            svcs.append(s)
            rem = ["C"] if s.denied else (["A"] if s.deductible else []) + ["B"] + (["D"] if "KX" in mods else [])
            if f.need(24 if dos != last else 12, cont=True):
                doc.text(40, f.y, f"Claim number {cn} (continued)", size=8, bold=True)
                f.y += 12
                colhead(f)
                last = None
            if dos != last:
                doc.text(40, f.y, dfmt(dos, "mon"), size=7.5, bold=True)
                f.y += 13
                last = dos
            lab = f"{s.desc} ({'-'.join((code,) + mods)})"
            cells(doc, f.y, cols, ["  " + lab, "No" if s.denied else "Yes", money(s.billed), money(s.allowed),
                                   money(s.paid), money(s.owes)], 7.5)
            doc.text(572, f.y, ", ".join(rem), size=7.5, align="r")
            lines.append(truth_line(doc.page_no, s, claim_id=None, payer_claim_id=cn, patient=pat, units=False,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=rem))
            f.y += 16
        tots = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.rule(40, f.y - 7, 572, f.y - 7, 0.4)
        cells(doc, f.y + 2, cols, ["Total for this claim", "", money(tots[0]), money(tots[1]), money(tots[2]),
                                   money(tots[3])], 7.5, bold=True)
        f.y += 26
        tclaims.append({"claim_id": None, "payer_claim_id": cn, "patient": pat,
                        "totals": claim_totals(*tots)})
    f.need(70)
    doc.text(40, f.y, "Notes for Part B", size=10, bold=True)
    for k, v in notes:
        f.y += 12
        doc.text(40, f.y, f"{k}  {v}", size=8)
    paginate(doc, "Page {} of {}", 572, 764, size=8)
    path = out / f"{name}.pdf"
    render_reportlab(doc, path)
    ARITH[name] = set()
    write_truth(path, name, "reportlab", doc.page_no, "Medicare Summary Notice Part B, claim continued", lines,
                tclaims, notes)


# ------------------------------------------------------------------------------------------------ m2
def layout_m2(out: Path):
    name = "m2_medicare_advantage_eob"
    doc = Doc(LETTER, "DejaVuSansCondensed", "DejaVuSansCondensed-Bold")
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.62"))
    pat = "Teodoro Valcourt"
    claims = [
        ("MA26A0093317", "Harborlight Rehabilitation Services",
         [(J(6), "97163", 1, ("GP",)), (J(6), "97110", 2, ("GP",)), (J(9), "97110", 2, ("GP",)),
          (J(9), "97116", 1, ("GP", "CQ"))]),
        ("MA26A0098852", "Harborlight Rehabilitation Services",
         [(J(13), "97112", 2, ("GP",)), (J(13), "97140", 1, ("GP", "59")), (J(16), "97110", 2, ("GP", "CQ")),
          (J(16), "0552T", 1, (), "PR")]),
        ("MA26A0101104", "Dr. Imani Fairweather, Family Practice",
         [(J(21), "99213", 1, ())]),
    ]
    legend = [("N1", "Your plan's copay for this visit was applied to the first service of the day."),
              ("N2", "Paid at your plan's contracted rate; you are not billed for the difference."),
              ("N3", "Not a covered benefit under your Medicare Advantage plan.")]
    cols = [(36, "l"), (92, "l"), (250, "l"), (330, "r"), (392, "r"), (446, "r"), (498, "r"), (548, "r"),
            (556, "l")]

    def header(d: Doc, cont):
        d.box(36, 30, 540, 40, fill=0.85)
        d.text(44, 48, "Bayward Senior Advantage (HMO)", size=14, bold=True)
        d.text(44, 62, "Explanation of Benefits for Medicare prescription and medical services", size=8)
        d.text(568, 48, "Member: " + pat, size=9, bold=True, align="r")
        d.text(568, 62, "Member ID: BSA-10446732", size=8, align="r")
        return 92

    f = Flow(doc, 730, header)
    doc.text(36, f.y, "This is not a bill. It tells you about medical care you received in January 2026.", size=9)
    f.y += 20
    lines, tclaims = [], []
    hd = ["Date of service", "Service", "Billing code", "Amount the", "Plan's", "Plan", "Your", "Your",
          "Notes"]
    hd2 = ["", "", "", "provider billed", "approved amount", "paid", "copay", "share", ""]
    for cn, prov, rows in claims:
        f.need(80)
        doc.text(36, f.y, prov, size=10, bold=True)
        doc.text(576, f.y, f"Claim ID: {cn}", size=8.5, align="r")
        f.y += 14
        for (x, al), a, b in zip(cols, hd, hd2):
            doc.text(x, f.y, a, size=7, bold=True, align=al)
            doc.text(x, f.y + 8, b, size=7, bold=True, align=al)
        doc.rule(36, f.y + 11, 576, f.y + 11)
        f.y += 22
        svcs = []
        for row in rows:
            dos, code, u, mods = row[:4]
            s = svc("com", st, dos, code, u, mods, denied=row[4] if len(row) > 4 else None)
            svcs.append(s)
            rem = ["N3"] if s.denied else (["N1"] if s.copay else []) + ["N2"]
            cells(doc, f.y, cols, [dfmt(dos, "mon"), s.desc[:30], " ".join((code,) + mods), money(s.billed),
                                   money(s.allowed), money(s.paid), money(s.copay), money(s.owes), " ".join(rem)],
                  7.5)
            lines.append(truth_line(doc.page_no, s, claim_id=None, payer_claim_id=cn, patient=pat, units=False,
                                    printed=("billed", "allowed", "paid", "copay", "patient_owes"), remarks=rem,
                                    overrides={"description": s.desc[:30]}))
            f.y += 12
        tots = [total(svcs, a) for a in ("billed", "allowed", "paid", "copay", "owes")]
        doc.rule(36, f.y - 8, 576, f.y - 8, 0.3)
        cells(doc, f.y + 1, cols, ["Claim total", "", ""] + [money(t) for t in tots], 7.5, bold=True)
        f.y += 26
        tclaims.append({"claim_id": None, "payer_claim_id": cn, "patient": pat,
                        "totals": claim_totals(tots[0], tots[1], tots[2], tots[4])})
    f.need(60)
    doc.text(36, f.y, "Notes about your claims", size=9, bold=True)
    for k, v in legend:
        f.y += 11
        doc.text(36, f.y, f"{k}: {v}", size=8)
    paginate(doc, "{} of {}", 576, 770, size=7)
    path = out / f"{name}.pdf"
    render_fpdf(doc, path)
    ARITH[name] = {"paid"}
    write_truth(path, name, "fpdf2", doc.page_no, "Medicare Advantage member EOB", lines, tclaims, legend)


# ------------------------------------------------------------------------------------------------ d1
def layout_d1(out: Path):
    name = "d1_medicaid_remittance_mainframe"
    doc = Doc(LETTER, "Courier", "Courier-Bold")
    paid_claims = [
        ("ORTEGA-LUZ, AMARA", "MA04418827", "2026016004117", "AC77140", [
            (J(5), "97530", 4, ("GO",)), (J(6), "97530", 4, ("GO",)), (J(7), "97535", 2, ("GO",)),
            (J(8), "97530", 4, ("GO",)), (J(9), "97112", 2, ("GO",)), (J(12), "97530", 4, ("GO",)),
            (J(13), "97530", 4, ("GO",)), (J(14), "97535", 2, ("GO",)), (J(15), "97530", 4, ("GO",)),
            (J(16), "97112", 2, ("GO",)), (J(19), "97530", 4, ("GO",)), (J(20), "97530", 4, ("GO",)),
            (J(21), "97535", 2, ("GO",)), (J(22), "97530", 4, ("GO",)), (J(23), "97112", 2, ("GO",)),
            (J(26), "97530", 4, ("GO",)), (J(27), "97530", 4, ("GO",)), (J(28), "97535", 2, ("GO",)),
            (J(29), "97530", 4, ("GO",)), (J(30), "97168", 1, ("GO",))]),
        ("BRANNIGAN, TOBIAS", "MA05107733", "2026016004190", "AC77152", [
            (J(7), "92507", 1, ("GN",)), (J(14), "92507", 1, ("GN",)), (J(21), "92507", 1, ("GN",))]),
        ("PHAM, LINH", "MA03992016", "2026016004233", "AC77169", [
            (J(8), "97166", 1, ("GO",)), (J(8), "97530", 2, ("GO", "59"))]),
        ("KESTREL-MOON, ISAIAH", "MA06230418", "2026016004152", "AC77144", [
            (J(d), c, u, m) for d, c, u, m in [
                (5, "97161", 1, ("GP",)), (5, "97110", 3, ("GP",)), (6, "97110", 3, ("GP",)), (6, "97116", 2, ("GP",)),
                (9, "97110", 3, ("GP",)), (9, "97140", 2, ("GP",)), (13, "97110", 3, ("GP",)),
                (13, "97116", 2, ("GP",)), (16, "97110", 3, ("GP",)), (16, "97140", 2, ("GP",)),
                (20, "97110", 3, ("GP",)), (20, "97116", 2, ("GP",)), (23, "97110", 3, ("GP",)),
                (23, "97140", 2, ("GP",)), (27, "97110", 3, ("GP",)), (27, "97116", 2, ("GP", "59"))]]),
    ]
    denied_claims = [
        ("BRANNIGAN, TOBIAS", "MA05107733", "2026016004301", "AC77153", [(J(28), "92526", 1, ("GN",))]),
    ]
    legend = [("45", "Charge exceeds the program's maximum fee."), ("197", "Prior authorization was not on file.")]
    hdr = "LN  FROM     THRU     PROC  MOD    UNITS     BILLED    ALLOWED       PAID  ADJ"

    def header(d: Doc, cont):
        d.text(36, 36, "DEPARTMENT OF HEALTH SERVICES - MEDICAL ASSISTANCE PROGRAM", size=9, bold=True)
        d.text(36, 47, "REMITTANCE ADVICE              RA NO 0004412   RA DATE 01/30/26", size=8)
        d.text(36, 58, "PROVIDER 1740098812  TIMBERLINE PEDIATRIC OT SERVICES  PAYEE 0088127", size=8)
        d.rule(36, 64, 576, 64)
        return 80

    f = Flow(doc, 740, header)
    lines, tclaims = [], []

    def claim_block(c, status, kind):
        nm, rid, icn, acct, rows = c
        svcs = [svc("mcd", None, dos, code, u, mods, denied="CO" if kind == "D" else None) for dos, code, u, mods in rows]
        tots = [total(svcs, a) for a in ("billed", "allowed", "paid")]

        def chead(cont=False):
            doc.text(36, f.y, f"RECIP NAME {nm:<22} RECIP ID {rid}  ICN {icn}" + (" CONT" if cont else ""), size=7.5)
            f.y += 10
            doc.text(36, f.y, f"PAT ACCT {acct:<10} FROM {dfmt(rows[0][0], 'mdy2')} THRU {dfmt(rows[-1][0], 'mdy2')}"
                              f"  STATUS {status}", size=7.5)
            f.y += 10
            doc.text(36, f.y, hdr, size=7.5)
            f.y += 10

        f.need(60)
        chead()
        for i, s in enumerate(svcs, 1):
            if f.need(10):
                doc.text(36, f.y, "*** CLAIMS " + ("PAID" if kind == "P" else "DENIED") + " (CONTINUED) ***", size=8)
                f.y += 12
                chead(True)
            g, rc, a = s.adjs[0] if s.adjs else ("", "", None)
            adj = f"{g}-{rc} {money(a, '')}" if s.adjs else ""
            ln = (f"{i:02d}  {dfmt(s.dos, 'mdy2')} {dfmt(s.dos, 'mdy2')} {s.code} {' '.join(s.mods):<6} "
                  f"{units_str(s.units):>5} {money(s.billed, ''):>10} {money(s.allowed, ''):>10} "
                  f"{money(s.paid, ''):>10}  {adj}")
            doc.text(36, f.y, ln, size=8.5)
            lines.append(truth_line(doc.page_no, s, claim_id=acct, payer_claim_id=icn, patient=nm,
                                    printed=("billed", "allowed", "paid"), adjustments=s.adjs,
                                    service_end=s.dos, description=False))
            f.y += 13
        doc.text(36, f.y, f"    CLAIM TOTAL {' ' * 21}{money(tots[0], ''):>10} {money(tots[1], ''):>10} "
                          f"{money(tots[2], ''):>10}", size=7.5)
        f.y += 18
        tclaims.append({"claim_id": acct, "payer_claim_id": icn, "patient": nm,
                        "totals": claim_totals(tots[0], tots[1], tots[2])})
        return tots

    doc.text(36, f.y, "*** CLAIMS PAID ***", size=8, bold=True)
    f.y += 14
    sp = [claim_block(c, "PAID", "P") for c in paid_claims]
    f.need(40)
    doc.text(36, f.y, "*** CLAIMS DENIED ***", size=8, bold=True)
    f.y += 14
    sd = [claim_block(c, "DENIED", "D") for c in denied_claims]
    f.need(40)
    doc.text(36, f.y, f"TOTAL PAID CLAIMS {len(sp)}  AMOUNT {money(sum((t[2] for t in sp), ZERO), ',')}   "
                      f"TOTAL DENIED CLAIMS {len(sd)}", size=8, bold=True)
    f.y += 16
    doc.text(36, f.y, "ADJUSTMENT REASON CODES THIS RA", size=8, bold=True)
    for k, v in legend:
        f.y += 10
        doc.text(36, f.y, f"  {k:<4} {v.upper()}", size=7.5)
    paginate(doc, "PAGE {:>4} OF {:>4}", 576, 47, size=8, font="Courier")
    path = out / f"{name}.pdf"
    render_reportlab(doc, path)
    ARITH[name] = {"adj"}
    write_truth(path, name, "reportlab", doc.page_no, "state Medicaid RA, mainframe Courier, continued claim", lines,
                tclaims, legend)


# ------------------------------------------------------------------------------------------------ d2
def layout_d2(out: Path):
    name = "d2_medicaid_remittance_grid"
    doc = Doc(LANDSCAPE, "LiberationSansNarrow", "LiberationSansNarrow-Bold")
    orig = [svc("mcd", None, J(6), "97110", 2, ("GP",)), svc("mcd", None, J(6), "97140", 1, ("GP",))]
    rev = [negate(s) for s in orig]
    claims = [
        ("SILVERTHORN, KAI", "100448213-07", "42026009007711", "SC-31187", "PAID",
         [svc("mcd", None, J(5), "97161", 1, ("GP",)), svc("mcd", None, J(5), "97110", 2, ("GP",)),
          svc("mcd", None, J(12), "97112", 2, ("GP", "59")), svc("mcd", None, J(12), "97110", 1, ("GP",))]),
        ("MARCHETTI, ROSA", "100512987-01", "42026009007925", "SC-31204", "ADJUSTED (VOID OF 42025358001412)", rev),
        ("MARCHETTI, ROSA", "100512987-01", "42026009007926", "SC-31204", "PAID (REPLACEMENT)",
         [svc("mcd", None, J(6), "97110", 3, ("GP",)), svc("mcd", None, J(6), "97140", 1, ("GP",))]),
        ("DUVALL, JONAH", "100377420-02", "42026009008040", "SC-31222", "PARTIAL",
         [svc("mcd", None, J(14), "92507", 1, ("GN",)), svc("mcd", None, J(14), "92523", 1, ("GN",), denied="CO",
                                                            deny_reason="119")]),
    ]
    legend = [("0045", "Paid at the program fee schedule amount."), ("0119", "Limit for this service reached."),
              ("0901", "This claim cancels an earlier payment.")]
    xs = [42, 66, 112, 158, 196, 226, 256, 300, 352, 404, 444, 484, 536, 590]
    heads = ["Line", "From DOS", "To DOS", "Proc", "Mod 1", "Mod 2", "Units", "Billed Amt", "Allowed Amt",
             "TPL Amt", "Copay", "Paid Amt", "Adj Rsn", "EOB"]
    al = ["l", "l", "l", "l", "l", "l", "r", "r", "r", "r", "r", "r", "l", "l"]

    def header(d: Doc, cont):
        d.text(36, 38, "PINECREST STATE MEDICAID  |  REMITTANCE ADVICE", size=14, bold=True)
        d.text(36, 52, "Payee: Silverleaf Therapy Collaborative   NPI 1568801442   Payment No. 00711893   "
                       "Payment Date 01/27/2026", size=8.5)
        d.rule(36, 58, 756, 58, 1)
        return 74

    f = Flow(doc, 560, header)
    lines, tclaims = [], []
    for nm, mid, tcn, acct, status, svcs in claims:
        f.need(70)
        doc.box(36, f.y - 10, 720, 16, fill=0.9)
        doc.text(40, f.y, f"Member: {nm}   Member ID: {mid}   TCN: {tcn}   Patient Acct #: {acct}   "
                          f"Claim Status: {status}", size=8.5, bold=True)
        f.y += 16
        doc.box(36, f.y - 10, 720, 14)
        for x, h, a in zip(xs, heads, al):
            xx = x + 38 if a == "r" else x
            doc.text(xx if a == "r" else x, f.y, h, size=7.5, bold=True, align=a)
        f.y += 14
        for i, s in enumerate(svcs, 1):
            eob = "0901" if s.billed < 0 else ("0119" if s.denied else "0045")
            adj = " ".join(f"{g}{c} {money(a, ',')}" for g, c, a in s.adjs)
            vals = [str(i), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, s.mods[0] if s.mods else "",
                    s.mods[1] if len(s.mods) > 1 else "", units_str(abs(s.units)) if s.billed >= 0 else
                    "-" + units_str(s.units), money(s.billed, ","), money(s.allowed, ","), "0.00", "0.00",
                    money(s.paid, ","), adj, eob]
            doc.box(36, f.y - 9, 720, 13, width=0.3)
            for x, v, a in zip(xs, vals, al):
                if v:
                    doc.text(x + 38 if a == "r" else x, f.y, v, size=7.5, align=a)
            t = truth_line(doc.page_no, s, claim_id=acct, payer_claim_id=tcn, patient=nm,
                           printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=[eob],
                           service_end=s.dos, description=False)
            if s.billed < 0:
                t["units"] = "-" + units_str(s.units)
            lines.append(t)
            f.y += 13
        tots = [total(svcs, a) for a in ("billed", "allowed", "paid")]
        doc.text(300 + 38, f.y + 2, money(tots[0], ","), size=7.5, bold=True, align="r")
        doc.text(352 + 38, f.y + 2, money(tots[1], ","), size=7.5, bold=True, align="r")
        doc.text(484 + 38, f.y + 2, money(tots[2], ","), size=7.5, bold=True, align="r")
        doc.text(196, f.y + 2, "Claim Totals", size=7.5, bold=True)
        f.y += 26
        tclaims.append({"claim_id": acct, "payer_claim_id": tcn, "patient": nm,
                        "totals": claim_totals(tots[0], tots[1], tots[2])})
    f.need(50)
    doc.text(36, f.y, "EOB Code Descriptions", size=9, bold=True)
    for k, v in legend:
        f.y += 11
        doc.text(36, f.y, f"{k}  {v}", size=8)
    paginate(doc, "Page {} of {}", 756, 590, size=8)
    path = out / f"{name}.pdf"
    render_fpdf(doc, path)
    ARITH[name] = {"adj"}
    write_truth(path, name, "fpdf2", doc.page_no, "Medicaid RA grid with void and replacement", lines, tclaims,
                legend)


# ------------------------------------------------------------------------------------------------ r1
def layout_r1(out: Path):
    name = "r1_clearinghouse_standard_paper_remit"
    doc = Doc(LANDSCAPE, "LiberationMono", "LiberationMono-Bold")
    st = PlanState(ded_left=Decimal("60.00"))
    st2 = PlanState()
    claims = [
        ("WHITFORD, ALMA", "7XK4NR2TQ81", "LTC-20931", "0226011533407", "1", [
            (J(5), "97161", 1, ("GP",)), (J(5), "97110", 2, ("GP", "KX")),
            (J(7), "97140", 1, ("GP",)), (J(7), "97530", 1, ("GP", "59"))], st),
        ("DELACOURT, BERNARD", "2HF6PL9WQ04", "LTC-20947", "0226011533588", "1", [
            (J(8), "97110", 3, ("GP", "CQ")), (J(8), "97116", 1, ("GP", "CQ")), (J(8), "97535", 1, ("GP",), "CO")],
         st2),
    ]
    prior = [svc("mcr", PlanState(), J(2), "97112", 2, ("GP",)), svc("mcr", PlanState(), J(2), "97110", 1, ("GP",))]
    legend = [("MA01", "Appeal rights notice."), ("MA18", "Claim forwarded to the supplemental insurer."),
              ("N425", "Statutorily excluded service.")]
    hdr1 = "PERF PROV   SERV DATE    POS NOS  PROC  MODS      BILLED   ALLOWED   DEDUCT    COINS  GRP/RC-AMT      PROV PD"

    def header(d: Doc, cont):
        d.text(36, 34, "MEDICARE PART B REMITTANCE NOTICE  (REFORMATTED BY CLEARSTREAM EDI SERVICES)", size=9,
               bold=True)
        d.text(36, 46, "LAKEFRONT PHYSICAL THERAPY GROUP    PROVIDER #: 1932200571   CHECK/EFT #: 881204477   "
                       "CHECK DATE: 01/29/2026", size=8)
        d.text(36, 60, hdr1, size=8)
        d.rule(36, 64, 756, 64)
        return 78

    f = Flow(doc, 560, header)
    lines, tclaims = [], []
    allc = claims + [("KOVAC, IRENA", "9MB3QT7HN55", "LTC-20811", "0225351120044", "22", prior, None)]
    for nm, mid, acct, icn, freq, rows, pst in allc:
        f.need(80)
        rev = pst is None
        svcs = [negate(s) for s in rows] if rev else [
            svc("mcr", pst, r[0], r[1], r[2], r[3], denied=r[4] if len(r) > 4 else None, deny_reason="96")
            for r in rows]
        moa = "MA01 MA18" if not rev else "MA01"
        doc.text(36, f.y, f"NAME {nm:<20} MID {mid}  ACNT {acct}  ICN {icn}  ASG Y  MOA {moa}" +
                 ("  CLAIM REVERSAL" if rev else ""), size=8)
        f.y += 12
        for s in svcs:
            adjs = s.adjs
            first = f"{adjs[0][0]}-{adjs[0][1]} {money(adjs[0][2], '')}" if adjs else ""
            rem = ["N425"] if s.denied else []
            ln = (f"1487720915  {s.dos:%m%d} {s.dos:%m%d%y}  11 {units_str(s.units):>3}  {s.code} "
                  f"{' '.join(s.mods):<7} {money(s.billed, ''):>9} {money(s.allowed, ''):>9} "
                  f"{money(s.deductible, ''):>8} {money(s.coinsurance, ''):>8}  {first:<14} {money(s.paid, ''):>8}")
            doc.text(36, f.y, ln, size=8)
            lines.append(truth_line(doc.page_no, s, claim_id=acct, payer_claim_id=icn, patient=nm,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=adjs, remarks=rem, description=False))
            for g, c, a in adjs[1:]:
                f.y += 10
                doc.text(36 + 8 * 0.6 * 81, f.y, f"{g}-{c} {money(a, '')}", size=8)
            if rem:
                f.y += 10
                doc.text(36 + 8 * 0.6 * 12, f.y, "REM: " + " ".join(rem), size=8)
            f.y += 11
        tots = [total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")]
        doc.text(36, f.y, f"PT RESP {money(tots[5], ''):>9}{' ' * 17}CLAIM TOTALS {money(tots[0], ''):>9} "
                          f"{money(tots[1], ''):>9} {money(tots[2], ''):>8} {money(tots[3], ''):>8}  {'':<14} "
                          f"{money(tots[4], ''):>8}", size=8)
        f.y += 10
        doc.text(36, f.y, f"{'':<60}NET {money(tots[4], ''):>9}", size=8)
        f.y += 18
        tclaims.append({"claim_id": acct, "payer_claim_id": icn, "patient": nm,
                        "totals": claim_totals(tots[0], tots[1], tots[4])})
    f.need(60)
    doc.text(36, f.y, "TOTALS:  # OF CLAIMS 3   PROV PD AMT " +
             money(sum((c["totals"]["paid"] and Decimal(c["totals"]["paid"]) for c in tclaims), ZERO), ""), size=8)
    f.y += 14
    doc.text(36, f.y, "GLOSSARY: GROUP, REASON, MOA, REMARK CODES", size=8, bold=True)
    for k, v in legend:
        f.y += 10
        doc.text(36, f.y, f"{k:<6}{v}", size=8)
    paginate(doc, "PAGE #: {} OF {}", 756, 34, size=8)
    path = out / f"{name}.pdf"
    render_reportlab(doc, path)
    ARITH[name] = {"adj", "paid_seq"}
    write_truth(path, name, "reportlab", doc.page_no, "clearinghouse standard paper remit with reversal", lines,
                tclaims, legend)


# ------------------------------------------------------------------------------------------------ r2
def layout_r2(out: Path):
    name = "r2_pm_era_posting_report"
    doc = Doc(LETTER, "DejaVuSans", "DejaVuSans-Bold")
    st = PlanState(ded_left=Decimal("40.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.74"),
                   copay_codes={"97165": Decimal("30.00"), "92523": Decimal("30.00")})
    claims = [
        ("Fairchild, Poppy", "300481", "CB260112997401", [
            (J(5), "97165", 1, ("GO",)), (J(5), "97530", 2, ("GO",)), (J(7), "97530", 2, ("GO",)),
            (J(7), "97112", 1, ("GO", "59")), (J(9), "97530", 2, ("GO",)), (J(9), "97535", 1, ("GO",)),
            (J(12), "97530", 2, ("GO",)), (J(12), "97112", 1, ("GO",)), (J(14), "97530", 2, ("GO",)),
            (J(14), "97535", 1, ("GO",)), (J(16), "97530", 2, ("GO",)), (J(16), "97533", 1, ("GO",)),
            (J(19), "97530", 2, ("GO",)), (J(21), "97535", 2, ("GO",)), (J(23), "97168", 1, ("GO",))]),
        ("Lindgren-Abara, Theo", "300499", "CB260113005510", [
            (J(d), c, u, m) for d, c, u, m in [
                (6, "97163", 1, ("GP",)), (6, "97110", 2, ("GP",)), (8, "97110", 2, ("GP",)), (8, "97140", 1, ("GP",)),
                (13, "97110", 2, ("GP",)), (13, "97112", 1, ("GP",)), (15, "97110", 2, ("GP",)),
                (15, "97140", 1, ("GP",)), (20, "97110", 2, ("GP", "KX")), (20, "97116", 1, ("GP",)),
                (22, "97110", 2, ("GP", "KX")), (22, "97140", 1, ("GP",))]]),
        ("Fairchild, Rowan", "300482", "CB260113004128", [
            (J(6), "92523", 1, ()), (J(13), "92507", 1, ("GN",)), (J(20), "92507", 1, ("GN",))]),
        ("Osei, Marguerite", "300517", "CB260114006655", [
            (J(8), "97140", 2, ("GP",)), (J(8), "97110", 2, ("GP",)), (J(15), "97129", 1, ("GO",), "CO")]),
    ]
    extra_desc = {"97533": "Sensory integration activities"}
    cols = [(36, "l"), (90, "l"), (130, "l"), (186, "r"), (236, "r"), (286, "r"), (330, "r"), (374, "r"),
            (416, "r"), (466, "r"), (520, "r"), (576, "r")]
    heads = ["DOS", "Proc", "Mod", "Units", "Charge", "Allowed", "Deduct", "Coins", "Copay", "Adj Total", "Paid",
             "Pt Resp"]

    def header(d: Doc, cont):
        d.text(36, 40, "Tandem Practice Suite  -  ERA Payment Posting Report", size=12, bold=True)
        d.text(36, 53, "Practice: Little Oak Pediatric Therapy, Inc.   Payer: Cobaltbridge Health   "
                       "EFT Trace 0000918244", size=7.5)
        d.text(36, 64, "Run 02/02/2026 08:14   Deposit date 01/28/2026   User: mkaplan", size=7.5)
        d.rule(36, 70, 576, 70)
        return 86

    def colhead(f):
        for (x, al), h in zip(cols, heads):
            f.doc.text(x, f.y, h, size=7, bold=True, align=al)
        f.doc.rule(36, f.y + 3, 576, f.y + 3, 0.4)
        f.y += 13

    def band(f, c, cont=False):
        f.doc.box(36, f.y - 9, 540, 13, fill=0.85)
        f.doc.text(40, f.y, f"Patient: {c[0]}    Acct #: {c[1]}    Payer Claim #: {c[2]}    "
                            f"Status: Processed as primary" + ("  - continued" if cont else ""), size=7.5, bold=True)
        f.y += 15

    f = Flow(doc, 730, header)
    lines, tclaims = [], []
    for c in claims:
        f.need(80)
        band(f, c)
        colhead(f)
        svcs = []
        for row in c[3]:
            dos, code, u, mods = row[:4]
            s = svc("com", st, dos, code, u, mods, denied=row[4] if len(row) > 4 else None,
                    desc=extra_desc.get(code, ""))
            svcs.append(s)
            rem = ["N130"] if s.denied else []
            if f.need(22):
                band(f, c, True)
                colhead(f)
            adjt = sum((a for _, _, a in s.adjs), ZERO)
            cells(doc, f.y, cols, [dfmt(dos, "mdy2"), code, ",".join(mods), units_str(s.units), money(s.billed, ","),
                                   money(s.allowed, ","), money(s.deductible, ","), money(s.coinsurance, ","),
                                   money(s.copay, ","), money(adjt, ","), money(s.paid, ","), money(s.owes, ",")], 7)
            f.y += 9
            adjtxt = "   ".join(f"{g}-{rc} {money(a, ',')}" for g, rc, a in s.adjs)
            doc.text(90, f.y, f"Adj: {adjtxt}" + (f"   Remark: {' '.join(rem)}" if rem else ""), size=6.5)
            lines.append(truth_line(doc.page_no, s, claim_id=c[1], payer_claim_id=c[2], patient=c[0],
                                    printed=("billed", "allowed", "deductible", "coinsurance", "copay", "paid",
                                             "patient_owes"), adjustments=s.adjs, remarks=rem, description=False))
            f.y += 12
        tots = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        cells(doc, f.y, [(130, "l"), (236, "r"), (286, "r"), (520, "r"), (576, "r")],
              ["Claim totals", money(tots[0], ","), money(tots[1], ","), money(tots[2], ","), money(tots[3], ",")],
              7, bold=True)
        f.y += 22
        tclaims.append({"claim_id": c[1], "payer_claim_id": c[2], "patient": c[0], "totals": claim_totals(*tots)})
    paginate(doc, "Page {} of {}", 576, 40)
    path = out / f"{name}.pdf"
    render_fpdf(doc, path)
    ARITH[name] = {"adj", "paid"}
    write_truth(path, name, "fpdf2", doc.page_no, "PM system ERA posting report, continued claim",
                lines, tclaims, [("N130", "Benefit limits apply.")])


# ------------------------------------------------------------------------------------------------ s1
def layout_s1(out: Path):
    name = "s1_therapy_clinic_family_statement"
    doc = Doc(LETTER, "LiberationSerif", "LiberationSerif-Bold")
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    visits = [
        ("V-30551", "Noor Halvorsen", "CL26015533", [(J(5), "97166", 1, ("GO",)), (J(5), "97530", 2, ("GO",))]),
        ("V-30578", "Noor Halvorsen", "CL26016102", [(J(12), "97530", 3, ("GO",)), (J(12), "97535", 1, ("GO",))]),
        ("V-30590", "Soren Halvorsen", "CL26016240", [(J(13), "92523", 1, ()), (J(13), "92507", 1, ("GN",))]),
        ("V-30604", "Ingrid Halvorsen", "CL26016811", [(J(15), "97110", 2, ("GP",)), (J(15), "97116", 1, ("GP",))]),
        ("V-30633", "Soren Halvorsen", None, [(J(27), "92507", 1, ("GN",))]),
    ]
    cols = [(36, "l"), (86, "l"), (136, "l"), (294, "r"), (336, "r"), (376, "r"), (418, "r")]
    heads = ["Date", "Code", "Description", "Charge", "Ins Paid", "Adjust", "Balance"]

    def header(d: Doc, cont):
        d.text(36, 44, "Juniper Hollow Therapy for Kids", size=15, bold=True)
        d.text(36, 57, "615 Orchard Lane, Suite 2  -  Fenwick, VT 05478  -  (802) 555-0167", size=8)
        d.box(440, 30, 136, 700, fill=0.94)
        sb = [("STATEMENT DATE", True), ("02/01/2026", False), ("", False), ("GUARANTOR", True),
              ("Astrid Halvorsen", False), ("Account 88-4120", False), ("", False), ("AMOUNT DUE", True)]
        for i, (s, b) in enumerate(sb):
            d.text(448, 50 + i * 12, s, size=8, bold=b)
        return 84

    f = Flow(doc, 720, header)
    lines, tclaims = [], []
    doc.text(36, f.y, "Dear Astrid Halvorsen, below is the activity on your family's account.", size=9)
    f.y += 18
    for (x, al), h in zip(cols, heads):
        doc.text(x, f.y, h, size=8, bold=True, align=al)
    doc.rule(36, f.y + 3, 430, f.y + 3)
    f.y += 16
    grand = ZERO
    for vid, pat, icn, rows in visits:
        f.need(50)
        ins = f"   Billed to Larchmont Mutual, claim {icn}" if icn else "   Self-pay visit"
        doc.text(36, f.y, f"Visit {vid}  Patient: {pat}{ins}", size=8, bold=True)
        f.y += 12
        svcs = []
        for dos, code, u, mods in rows:
            s = svc("com", st, dos, code, u, mods)
            if not icn:
                s.allowed = s.paid = s.discount = s.coinsurance = ZERO
                s.owes = s.billed
                s.adjs = []
            svcs.append(s)
            cells(doc, f.y, cols, [dfmt(dos, "mdy4"), code + "".join(mods), s.desc[:30], money(s.billed, ","),
                                   money(s.paid, ","), money(s.discount, ","), money(s.owes, ",")], 8)
            lines.append(truth_line(doc.page_no, s, claim_id=vid, payer_claim_id=icn, patient=pat,
                                    printed=("billed", "paid", "patient_owes"), units=False,
                                    overrides={"description": s.desc[:30]}))
            f.y += 12
        tots = [total(svcs, a) for a in ("billed", "paid", "owes")]
        grand += tots[2]
        tclaims.append({"claim_id": vid, "payer_claim_id": icn, "patient": pat,
                        "totals": {"billed": None, "allowed": None, "paid": None, "patient_owes": None}})
        f.y += 4
    doc.text(36, f.y, f"{dfmt(J(29), 'mdy4')}  Patient payment - thank you (check 2207)", size=8)
    doc.text(418, f.y, money(Decimal("-40.00"), ","), size=8, align="r")
    grand -= Decimal("40.00")
    f.y += 16
    doc.rule(36, f.y - 8, 430, f.y - 8)
    doc.text(36, f.y + 2, "Total due from guarantor", size=9, bold=True)
    doc.text(418, f.y + 2, money(grand), size=9, bold=True, align="r")
    doc.pages[0].append(("text", 448, 146, money(grand), "LiberationSerif-Bold", 13, "l"))
    for i, s in enumerate(["Pay by phone", "(802) 555-0167", "or mail the stub", "below with a check", "",
                           "Questions about", "insurance? Call", "billing Mon-Fri"]):
        doc.pages[0].append(("text", 448, 180 + i * 12, s, "LiberationSerif", 8, "l"))
    paginate(doc, "Page {} of {}", 430, 760, size=8)
    path = out / f"{name}.pdf"
    render_reportlab(doc, path)
    ARITH[name] = set()
    write_truth(path, name, "reportlab", doc.page_no, "therapy clinic family statement with sidebar", lines,
                tclaims, [])


# ------------------------------------------------------------------------------------------------ s2
def layout_s2(out: Path):
    name = "s2_hospital_guarantor_statement"
    doc = Doc(LANDSCAPE, "Helvetica", "Helvetica-Bold")
    rev = {"97": "0430", "92": "0440", "97161": "0420", "97110": "0420", "97116": "0420", "97140": "0420",
           "99213": "0510", "G0283": "0420", "L3807": "0274"}
    accounts = [
        ("H4410057", "Anders Lindqvist", "Cobaltbridge Health", "CBH8812009930", [
            (J(10), "97161", 1, ("GP",)), (J(10), "97110", 2, ("GP",)), (J(17), "97140", 2, ("GP",)),
            (J(17), "G0283", 1, ("GP",))]),
        ("H4410061", "Greta Lindqvist", "Cobaltbridge Health", None, [(J(24), "99213", 1, ())]),
        ("H4410023", "Beatrix Lindqvist", "Cobaltbridge Health", "CBH8812004177", [
            (J(5), "97167", 1, ("GO",)), (J(6), "97530", 3, ("GO",)), (J(7), "97535", 2, ("GO",)),
            (J(8), "97530", 3, ("GO",)), (J(9), "97112", 2, ("GO",)), (J(12), "97530", 3, ("GO",)),
            (J(13), "97535", 2, ("GO",)), (J(14), "97530", 3, ("GO",)), (J(15), "97760", 1, ("GO",)),
            (J(15), "L3807", 1, ("LT",)), (J(16), "97530", 3, ("GO",)), (J(19), "97535", 2, ("GO",)),
            (J(20), "97530", 3, ("GO",)), (J(21), "97112", 2, ("GO",)), (J(22), "97530", 3, ("GO",)),
            (J(23), "97535", 2, ("GO",)), (J(26), "97530", 3, ("GO",)), (J(27), "97112", 2, ("GO",)),
            (J(28), "97530", 3, ("GO",)), (J(29), "97535", 2, ("GO",)), (J(30), "97168", 1, ("GO",))]),
    ]
    cols = [(40, "l"), (96, "l"), (130, "l"), (176, "l"), (206, "l"), (420, "r"), (490, "r")]
    heads = ["Date", "Rev Code", "CPT/HCPCS", "Mod", "Description", "Qty", "Charges"]

    def header(d: Doc, cont):
        d.text(40, 40, "ST. ALDRIC COMMUNITY HOSPITAL", size=14, bold=True)
        d.text(40, 52, "Patient Financial Services  -  90 Beacon Hill Rd  -  Harrow Point, ME 04011", size=8)
        d.text(752, 40, "GUARANTOR STATEMENT", size=12, bold=True, align="r")
        d.text(752, 52, "Guarantor: Nils Lindqvist   Guarantor no. G-7730118   Statement date 02/03/2026", size=8,
               align="r")
        d.rule(40, 58, 752, 58, 1)
        return 76

    def colhead(f):
        for (x, al), h in zip(cols, heads):
            f.doc.text(x, f.y, h, size=8, bold=True, align=al)
        f.doc.rule(40, f.y + 3, 500, f.y + 3, 0.5)
        f.y += 13

    f = Flow(doc, 560, header)
    lines, tclaims = [], []
    for acct, pat, payer, clm, rows in accounts:
        f.need(70)
        doc.text(40, f.y, f"Account {acct}   Patient: {pat}   Outpatient rehabilitation   Primary insurance: {payer}",
                 size=9, bold=True)
        f.y += 13
        colhead(f)
        svcs = []
        for dos, code, u, mods in rows:
            s = Svc(dos, code, Decimal(u), tuple(mods))
            svcs.append(s)
            if f.need(11):
                doc.text(40, f.y, f"Account {acct}   Patient: {pat}   (continued from previous page)", size=9,
                         bold=True)
                f.y += 13
                colhead(f)
            r = rev.get(code) or rev[code[:2]]
            cells(doc, f.y, cols, [dfmt(dos, "mdy4"), r, code, " ".join(mods), s.desc[:40], units_str(s.units),
                                   money(s.billed, ",")], 8)
            lines.append(truth_line(doc.page_no, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed",), overrides={"description": s.desc[:40]}))
            f.y += 13
        tb = total(svcs, "billed")
        doc.rule(40, f.y - 7, 500, f.y - 7, 0.3)
        doc.text(206, f.y + 2, "Total charges", size=8, bold=True)
        doc.text(490, f.y + 2, money(tb, ","), size=8, bold=True, align="r")
        f.y += 13
        if clm:
            ins = (tb * Decimal("0.58")).quantize(Decimal("0.01"))
            adj = (tb * Decimal("0.31")).quantize(Decimal("0.01"))
            for txt, a in ((f"Insurance payment - {payer} claim {clm}", -ins),
                           (f"Contractual adjustment - {payer}", -adj)):
                doc.text(206, f.y, txt, size=8)
                doc.text(490, f.y, money(a, ","), size=8, align="r")
                f.y += 11
            bal = tb - ins - adj
        else:
            doc.text(206, f.y, f"Insurance billed {dfmt(J(26), 'mdy4')} - awaiting payment", size=8)
            f.y += 11
            bal = tb
        doc.text(206, f.y, "Account balance", size=8, bold=True)
        doc.text(490, f.y, money(bal, ","), size=8, bold=True, align="r")
        f.y += 22
        tclaims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(tb)})
    f.need(40)
    doc.text(40, f.y, "Current  30 days  60 days  90+ days: see your account balances above. Financial assistance "
                      "is available - ask us.", size=8)
    paginate(doc, "Page {} of {}", 752, 590, size=8)
    path = out / f"{name}.pdf"
    render_fpdf(doc, path)
    ARITH[name] = set()
    write_truth(path, name, "fpdf2", doc.page_no, "hospital guarantor statement, continued account", lines,
                tclaims, [])


LAYOUTS = [layout_c1, layout_c2, layout_m1, layout_m2, layout_d1, layout_d2, layout_r1, layout_r2, layout_s1,
           layout_s2]


# ------------------------------------------------------------------------------------------------ check
def _page_lines(pdf_path: Path):
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
                if rows and abs(rows[-1][0] - w["top"]) < 2.5:
                    rows[-1][1].append(w)
                else:
                    rows.append([w["top"], [w]])
            pages.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return pages


def _toks(line: str) -> list[str]:
    return re.sub(r"(?<=\d),(?=\d{3})", "", line).replace("$", "").replace(",", " ").split()


def _has_amt(toks, v: str) -> bool:
    d = Decimal(v)
    a = f"{abs(d):.2f}"
    if d < 0:
        return any(t in (f"-{a}", f"({a})", f"{a}-") for t in toks)
    return a in toks


def _date_forms(d: date) -> list[str]:
    return [dfmt(d, s) for s in ("mdy2", "mdy4", "mon", "month", "mdyn", "mdY8", "mdy6")] + [f"{d:%m%d%y}"]


def check(out: Path) -> int:
    import pypdfium2
    bad = 0
    for tp in sorted(out.glob("*.truth.json")):
        t = json.loads(tp.read_text())
        pdf = Path(str(tp)[: -len(".truth.json")])
        errs = []
        n = len(pypdfium2.PdfDocument(str(pdf)))
        if n != t["pages"]:
            errs.append(f"pages {n} != {t['pages']}")
        pages = _page_lines(pdf)
        alltext = " ".join(" ".join(p) for p in pages)
        used: set = set()
        for i, ln in enumerate(t["lines"]):
            pl = pages[ln["page"] - 1]
            ptext = " ".join(pl)
            if not any(f in ptext for f in _date_forms(date.fromisoformat(ln["service_date"]))):
                errs.append(f"line {i}: date not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in alltext:
                    errs.append(f"line {i}: {k} {ln[k]} not in document")
            found = False
            for j, row in enumerate(pl):
                if (ln["page"], j) in used:
                    continue
                toks = _toks(row)
                if ln["code"] and ln["code"] not in row:
                    continue
                if any(m not in row for m in ln["modifiers"]):
                    continue
                if ln["units"] is not None and ln["units"] not in toks:
                    continue
                if not all(_has_amt(toks, ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible",
                                                           "copay", "coinsurance", "not_covered", "discount")
                           if ln[k] is not None):
                    continue
                block = " ".join(pl[j:j + 4])
                btoks = _toks(block)
                if not all(f"{g}-{c}" in block or f"{g}{c}" in block for g, c, _ in ln["adjustments"]):
                    continue
                if not all(_has_amt(btoks, a) for _, _, a in ln["adjustments"] if a is not None):
                    continue
                if not all(r in block for r in ln["remarks"]):
                    continue
                used.add((ln["page"], j))
                found = True
                break
            if not found:
                errs.append(f"line {i} ({ln['code']} {ln['service_date']} p{ln['page']}): no row carries its values")
            # arithmetic
            ar = ARITH.get(t["layout"], set())
            v = {k: Decimal(ln[k]) if ln[k] is not None else ZERO for k in
                 ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
                  "discount")}
            if "allowed" in ar and v["billed"] - v["discount"] - v["not_covered"] != v["allowed"]:
                errs.append(f"line {i}: billed - discount - not covered != allowed")
            if "paid" in ar and v["allowed"] - v["deductible"] - v["copay"] - v["coinsurance"] != v["paid"]:
                errs.append(f"line {i}: allowed - shares != paid")
            if "adj" in ar and v["billed"] - sum(Decimal(a) for _, _, a in ln["adjustments"]) != v["paid"]:
                errs.append(f"line {i}: billed - adjustments != paid")
        for c in t["claims"]:
            mine = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                    (c["claim_id"], c["payer_claim_id"], c["patient"])]
            if not mine:
                errs.append(f"claim {c} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum((Decimal(ln[k]) for ln in mine), ZERO)
                if s != Decimal(v):
                    errs.append(f"claim {c['payer_claim_id']} {k} total {v} != lines {s}")
                if not _has_amt(_toks(alltext), v):
                    errs.append(f"claim {c['payer_claim_id']} {k} total {v} not printed")
        status = "OK " if not errs else "BAD"
        print(f"{status} {pdf.name}: {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims")
        for e in errs[:12]:
            print("     ", e)
        bad += bool(errs)
    return bad


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout171_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)
    print(out)
    if "--check" in argv:
        bad = check(out)
        print("check:", "PASS" if not bad else f"FAIL ({bad} files)")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
