"""Write held-out set 210 of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary documents of
the five commonest real kinds, two of each (commercial member EOB; Medicare Summary Notice / Medicare Advantage
member EOB; state Medicaid remittance advice; Medicare-style paper remit from a clearinghouse / practice-management
system; family statement from a therapy clinic or hospital), written independently of the reader.

Run:  python bench/heldout210/make_heldout210_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout210/make_heldout210_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness). Page model, both renderers and the self-check live in h210kit.py.
Truth format: the one of samples/pdf/eobgen.py (write_truth / truth_line), file <name>.pdf.truth.json: printed
values only, null for what a layout does not print (units null where no quantity is printed); adjustments only
where group + reason + amount are printed for the line; remarks = the line's printed note / EOB / remark codes.
claim_id = the provider's own account / patient-control / invoice / visit number, payer_claim_id = the payer's
claim number / ICN / TCN, patient exactly as printed (the person served, not the subscriber or guarantor).
Claim totals are the ones printed for that claim (null where none is printed). Every name, number, payer,
provider, address and ID is invented; descriptions are our own words.

Layouts:
  m1 commercial PPO member EOB, portrait, Liberation Serif (reportlab): "Claim for <name> (relation)" banners
     with claim number / patient account / provider, Date of service / Service (code + mods, description row
     beneath) / Amount billed / Plan discount / Allowed amount / Not covered / Deductible / Copay / Coinsurance /
     Plan paid / You owe / Remarks, no units, three family members, a denied line, a claim continued on page 2
     under "(continued)" with the column header repeated, remark legend
  m2 commercial HMO "Benefit Statement", landscape, DejaVu Sans Condensed (fpdf2): per-member sections, claim
     rows "Claim # / Acct #", Svc date 01/05/26, Procedure and Mod columns apart, Units, Charges / Network
     savings / Excluded / Covered / Copay / Deductible / Coins / We paid / Your share / Code, four family
     members; PLANTED wrong "Your share" claim total declared as an expected finding
  s1 Medicare Summary Notice Part B, portrait, core Helvetica (reportlab): page-1 summary, claims with "Claim
     number", provider block, "Jan 5, 2026" date before each service, code and modifier in parentheses,
     Service Approved? / Amount Provider Charged / Medicare-Approved Amount / Medicare Paid Provider / Maximum
     You May Be Billed / See Notes, a denied line, a claim continued over the page break, no units, no
     provider account numbers (claim_id null)
  s2 Medicare Advantage HMO member EOB, portrait, Liberation Sans (fpdf2): month summary box, claims with Claim
     ID and provider, "Code 97110 GP" under the service words, Provider's charge / Approved amount / Plan paid /
     Your share / Note, per-visit copay, a denied line, no units
  r1 state Medicaid remittance advice, landscape, core Courier (reportlab): mainframe banner repeated on every
     page with column header, PAID / DENIED / ADJUSTED sections, RECIP LAST, FIRST heading with MID / ICN /
     PCN, DOS mm/dd/yy, PROC, M1 M2, UNITS, BILLED / ALLOWED / TPL / PAID, EOB codes, a void with trailing-minus
     amounts and its replacement, claim totals, page 2 under the repeated banner and header, EOB legend
  r2 Medicaid managed-care plan remittance, portrait, Liberation Sans Narrow (fpdf2): boxed claim header (Member,
     Member ID, Claim #, Pt Acct #, Claim Status), ruled grid Line / DOS / Proc / Mod / Qty / Billed / Allowed /
     Paid / Grp / Rsn / Adj Amt / Rmk, a denied claim, claim and check totals
  p1 Medicare Part B standard paper remit, portrait, core Courier (fpdf2): NAME / MID / ACNT / ICN / ASG / MOA,
     PERF PROV, SERV DATE "0105 010526", POS, NOS, PROC, MODS, BILLED, ALLOWED, DEDUCT, COINS, GRP/RC-AMT with
     further adjustments stacked beneath, PROV PD, REM rows, PT RESP / CLAIM TOTALS, a claim crossing a page
  p2 clearinghouse "Remittance Detail" of a Medicare payment, landscape, DejaVu Sans (reportlab): claim heading
     (Patient / Pat Ctrl # / Payer Claim # / Status), "HC:97530:GO:59" procedure, Units, Charge / Allowed /
     Deduct / Coins / Paid, adjustments on the row "CO-45 53.15; PR-2 7.37", remark codes, claim totals
  f1 therapy clinic family statement, portrait, Liberation Sans Narrow (reportlab): left sidebar (amount due,
     guarantor, account), "Invoice" heading rows with the full patient name and the insurer's claim number,
     Date / Patient (first name) / Service ("97530-GO Therapeutic activities") / Charges / Ins paid / Ins adj /
     Balance, three family members, a family payment row, no units, table continued on page 2 (full width)
     with the header repeated
  f2 hospital itemized family statement, portrait, DejaVu Serif (fpdf2): per-account blocks for three family
     members with insurer claim number, 05-JAN-2026 dates, Rev code, CPT/HCPCS, Mod, Qty, Description,
     Charges; insurance payment / adjustment rows below, account balance; a block continued on page 2

The self-check (--check) tests the factory, not the reader: every registered service row's strings lie on one
extracted text line (pdfplumber) of the truth page, every truth value (date, code, modifiers, units, amounts,
adjustment codes and amounts, remarks) is among those row strings in the layout's own format, ids and patients
are in the text, page counts match, and the document's arithmetic holds (billed - adjustments = paid where all
adjustments are printed, allowed - deductible - copay - coinsurance = paid where printed and no payment
reduction applies, claim totals = sum of lines unless the mismatch is a planted expected finding, and the
planted one really is).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
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
from h210kit import Doc, check  # noqa: E402

D = Decimal


def d(s: str) -> date:
    m, dd = s.split("/")
    return date(2026, int(m), int(dd))


def S(dt, code, units, mods=(), denied=None, desc=""):
    return Svc(d(dt), code, units, tuple(mods), None, desc, denied)


def T(s, cid, pcid, pat, printed, **kw):
    return truth_line(0, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed, **kw)


def ctot(cid, pcid, pat, **tot):
    return {"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": claim_totals(**tot)}


def fm_dollar(x):
    return money(x, "$")


def fm_comma(x):
    return money(x, ",")


def fm_plain(x):
    return money(x, "")


def fm_trail(x):
    return money(x, "", "trail")


LAYOUTS = {}


def layout(fn):
    LAYOUTS[fn.__name__] = fn
    return fn


# ------------------------------------------------------------------------------------------------- m1
@layout
def m1_commercial_ppo_eob(out: Path):
    doc = Doc("reportlab", font="LibSerif", size=7.2, top=40, bottom=60)
    B = "LibSerif-B"
    cols = [36, 88, 250, 290, 330, 368, 404, 440, 478, 516, 552, 576]
    heads = ["Date of", "Service", "Amount", "Plan", "Allowed", "Not", "Deduct-", "Copay", "Coins-", "Plan",
             "You", "Re-"]
    heads2 = ["service", "", "billed", "discount", "amount", "covered", "ible", "", "urance", "paid", "owe",
              "marks"]

    def colhead(doc):
        doc.line(36, doc.y, 576, doc.y)
        doc.row([(cols[0], heads[0], "l"), (cols[1], heads[1], "l")] +
                [(cols[i] + 2 if i < 11 else 560, heads[i], "r" if i < 11 else "l") for i in range(2, 12)], B, 6.8, 8)
        doc.row([(cols[0], heads2[0], "l")] +
                [(cols[i] + 2 if i < 11 else 560, heads2[i], "r" if i < 11 else "l") for i in range(2, 12)], B, 6.8, 9)
        doc.line(36, doc.y, 576, doc.y)
        doc.y += 3

    state = {"claim": None}

    def cont(doc):
        doc.row([(36, "Northgate Mutual Health Plan", "l"), (576, "Explanation of Benefits - continued", "r")], B, 9)
        doc.row([(36, "Member: Colin Ashworth-Reyes    Member ID: NMH 448 203 917", "l")], None, 7.5)
        doc.y += 6
        if state["claim"]:
            doc.row([(36, state["claim"] + " (continued)", "l")], B, 8)
            colhead(doc)

    doc.on_new_page = cont
    doc.row([(36, "NORTHGATE MUTUAL", "l"), (576, "Explanation of Benefits", "r")], B, 14, 18)
    doc.row([(36, "Health Plan", "l"), (576, "THIS IS NOT A BILL", "r")], B, 9, 14)
    for s in ["Colin Ashworth-Reyes", "2291 Larchmont Terrace, Apt 4", "Fennimore, OR 97388"]:
        doc.row([(36, s, "l")], None, 8.5)
    doc.y -= 36
    for s in ["Statement date: February 9, 2026", "Member ID: NMH 448 203 917", "Group: 60417  Silver PPO 2500",
              "Questions? 1-800-555-0186"]:
        doc.row([(400, s, "l")], None, 8)
    doc.y += 8
    doc.rect(36, doc.y, 540, 34, 0.92)
    doc.y += 4
    doc.row([(42, "Family deductible met: $1,412.60 of $5,000.00    Out-of-pocket met: $2,010.11 of $9,000.00", "l")], None, 8)
    doc.row([(42, "Individual deductible: $2,500.00 per person. Remarks are explained at the end of this statement.", "l")], None, 8)
    doc.y += 10
    doc.row([(36, "Messages from Northgate Mutual", "l")], B, 9, 13)
    for m in ["Starting April 1, 2026, physical, occupational and speech therapy visits after the 30th visit in a plan year",
              "need prior approval. Your therapist can request it for you; you do not need to call us.",
              "Save on care: in-network therapists accept our negotiated rate, so you never owe the plan discount shown below.",
              "Paperless option: sign in at northgate-mutual.example/member to get these statements by e-mail instead of mail.",
              "Keep this statement with your records. Compare it with the bills you get from your providers."]:
        doc.row([(36, m, "l")], None, 7.8, 11)
    doc.y += 10
    claims = [
        ("Colin Ashworth-Reyes", "Self", "N26-0107-33815", "CHT-77104", "Cedar Hollow Therapy Group",
         [S("1/6", "97161", 1, ["GP"]), S("1/6", "97110", 2, ["GP"]), S("1/6", "97140", 1, ["GP", "59"])]),
        ("Ines Ashworth-Reyes", "Spouse", "N26-0112-40277", "CHT-77219", "Cedar Hollow Therapy Group",
         [S("1/12", "97165", 1, ["GO"]), S("1/12", "97530", 2, ["GO"]), S("1/14", "97530", 3, ["GO"]),
          S("1/14", "97535", 1, ["GO"]), S("1/16", "97530", 2, ["GO"]), S("1/16", "97140", 1, ["GO"]),
          S("1/16", "0552T", 1, [], "PR"), S("1/19", "97530", 2, ["GO"]), S("1/19", "97112", 1, ["GO"]),
          S("1/21", "97168", 1, ["GO"])]),
        ("Pablo Ashworth-Reyes", "Son", "N26-0120-51906", "PS-20915", "Little Harbor Speech & Language",
         [S("1/20", "92523", 1, ["GN"]), S("1/27", "92507", 1, ["GN"]), S("1/27", "99213", 1, ["25"])]),
    ]
    st = PlanState(ded_left=D("300.00"), coins_rate=D("0.20"))
    lines, cl, legend = [], [], [("R1", "Your plan's negotiated rate applies; you are not responsible for the discount."),
                                 ("R2", "Amount applied to your deductible."),
                                 ("R7", "This service is not covered under your plan. You may be billed.")]
    for pat, rel, pcid, acct, prov, svcs in claims:
        doc.need(60)
        doc.rect(36, doc.y, 540, 24, 0.85)
        doc.y += 2
        doc.row([(40, f"Claim for {pat} ({rel})", "l"), (572, f"Claim number {pcid}", "r")], B, 8.5, 11)
        doc.row([(40, f"Provider: {prov}", "l"), (572, f"Patient account {acct}    Processed 02/03/2026", "r")], None, 7.5, 13)
        state["claim"] = f"Claim for {pat}   Claim number {pcid}"
        colhead(doc)
        for s in svcs:
            commercial(s, st, deny_reason="96")
            rm = ["R7"] if s.denied else (["R1", "R2"] if s.deductible else ["R1"])
            doc.need(20)
            svc = " ".join((s.code,) + s.mods)
            vals = [s.billed, s.discount, s.allowed, s.not_covered, s.deductible, s.copay, s.coinsurance, s.paid, s.owes]
            r = doc.row([(cols[0], dfmt(s.dos, "mdy4"), "l"), (cols[1], svc, "l")] +
                        [(cols[i + 2] + 2, fm_dollar(v), "r") for i, v in enumerate(vals)] + [(556, " ".join(rm), "l")], None, None, 10)
            doc.row([(cols[1] + 6, s.desc, "l")], None, 6.5, 11)
            t = T(s, acct, pcid, pat, ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                       "coinsurance", "paid", "patient_owes"), units=False, remarks=rm)
            doc.reg(t, [r])
            lines.append(t)
        doc.need(16)
        doc.line(36, doc.y, 576, doc.y)
        tots = [total(svcs, a) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                         "coinsurance", "paid", "owes")]
        doc.row([(cols[0], "Claim totals", "l")] + [(cols[i + 2] + 2, fm_dollar(v), "r") for i, v in enumerate(tots)], B, None, 16)
        state["claim"] = None
        cl.append(ctot(acct, pcid, pat, billed=tots[0], allowed=tots[2], paid=tots[7], patient_owes=tots[8]))
    doc.need(70)
    doc.row([(36, "Remarks", "l")], B, 9)
    for c, tx in legend:
        doc.row([(36, c, "l"), (60, tx, "l")], None, 7.5)
    doc.row([(36, "You have the right to appeal. Call Member Services within 180 days of this statement.", "l")], None, 7.5)

    def foot(doc, i, n):
        doc.line(36, doc.h - 44, 576, doc.h - 44)
        doc.text(36, doc.h - 34, "NMH-EOB 2026-02 Form 811", "LibSerif", 6.5)
        doc.text(576, doc.h - 34, f"Page {i} of {n}", "LibSerif", 7, "r")

    return doc, lines, cl, legend, [], dict(fm=fm_dollar, fd=lambda x: dfmt(date.fromisoformat(x), "mdy4"),
                                           fu=lambda u: u, adj_complete=False), foot, \
        "Commercial PPO member EOB, three family members, claim continued on page 2 with repeated header."


# ------------------------------------------------------------------------------------------------- m2
@layout
def m2_commercial_hmo_benefit_statement(out: Path):
    doc = Doc("fpdf2", landscape=True, font="DVCond", size=7.3, top=36, bottom=50)
    B = "DVCond-B"
    X = [30, 78, 118, 156, 186, 232, 280, 324, 370, 410, 456, 500, 548, 600]
    H = ["Svc date", "Procedure", "Mod", "Units", "Charges", "Network", "Excluded", "Covered", "Copay",
         "Deductible", "Coins", "We paid", "Your share", "Code"]
    H2 = ["", "", "", "", "", "savings", "", "", "", "", "", "", "", ""]

    def hdr(doc):
        doc.rect(30, doc.y, 700, 22, 0.9)
        doc.row([(x + (40 if i >= 4 and i < 13 else 0), h, "r" if 4 <= i < 13 else "l") for i, (x, h) in enumerate(zip(X, H))], B, 7, 9)
        doc.row([(x + (40 if i >= 4 and i < 13 else 0), h, "r" if 4 <= i < 13 else "l") for i, (x, h) in enumerate(zip(X, H2))], B, 7, 13)

    doc.row([(30, "Bluewater Valley Health Alliance HMO", "l"), (762, "Benefit Statement", "r")], B, 13, 18)
    doc.row([(30, "Subscriber: Renata Vukovic-Hale    ID: BVH-0092-61-557    Plan: Alliance Select HMO (Group 88120)", "l"),
             (762, "Issued 02/06/2026  -  Not a bill", "r")], None, 8, 16)
    doc.row([(30, "This statement lists claims we finished for your family between 01/01/26 and 02/04/26.", "l")], None, 8, 18)
    members = [
        ("Renata Vukovic-Hale", "Subscriber", [("H6A0119-004", "CB-55120", "Brightline Physical Therapy",
                                               [S("1/8", "97163", 1, ["GP"]), S("1/8", "97110", 3, ["GP"])])]),
        ("Stefan Hale", "Spouse", [("H6A0123-017", "RH-9031", "Riverhead Hand & Upper Limb",
                                    [S("1/13", "97760", 1, ["GO"]), S("1/13", "L3807", 1, ["RT"]),
                                     S("1/13", "97140", 2, ["GO", "59"])])]),
        ("Nadia Hale", "Dependent", [("H6A0127-002", "LK-40018", "Lakeview Pediatric Therapy",
                                      [S("1/15", "97166", 1, ["GO"]), S("1/22", "97530", 2, ["GO"]),
                                       S("1/22", "97129", 1, ["GO"], "PR")])]),
        ("Milo Hale", "Dependent", [("H6A0130-009", "LK-40102", "Lakeview Pediatric Therapy",
                                     [S("1/21", "92523", 1, ["GN"]), S("1/28", "92507", 1, ["GN"]),
                                      S("1/29", "92507", 1, ["GN"])])]),
    ]
    st = PlanState(visit_copay=D("35.00"))
    legend = [("PX", "Your plan does not cover this service."), ("V1", "Office visit copay applied once per day."),
              ("NW", "In-network savings: you do not owe this amount.")]
    lines, cl, findings, planted = [], [], [], set()
    for pat, rel, clms in members:
        doc.need(50)
        doc.row([(30, f"{pat}  ({rel})", "l")], B, 9.5, 15)
        doc.line(30, doc.y - 3, 762, doc.y - 3, 1)
        for pcid, acct, prov, svcs in clms:
            doc.row([(36, f"Claim # {pcid}    Acct # {acct}    {prov}", "l")], None, 7.6, 12)
            hdr(doc)
            for s in svcs:
                commercial(s, st, deny_reason="204")
                code = "PX" if s.denied else ("V1" if s.copay else "NW")
                vals = [s.billed, s.discount, s.not_covered, s.allowed, s.copay, s.deductible, s.coinsurance, s.paid, s.owes]
                cells = [(X[0], dfmt(s.dos, "mdy2"), "l"), (X[1], s.code, "l"), (X[2], " ".join(s.mods), "l"),
                         (X[3], units_str(s.units), "l")] + [(X[4 + i] + 40, fm_comma(v), "r") for i, v in enumerate(vals)] + [(X[13], code, "l")]
                doc.need(12)
                r = doc.row(cells, None, None, 11)
                doc.line(30, doc.y - 2, 730, doc.y - 2, 0.2)
                t = T(s, acct, pcid, pat, ("billed", "discount", "not_covered", "allowed", "copay", "deductible",
                                           "coinsurance", "paid", "patient_owes"), description=False, remarks=[code])
                doc.reg(t, [r])
                lines.append(t)
            tots = [total(svcs, a) for a in ("billed", "discount", "not_covered", "allowed", "copay", "deductible",
                                             "coinsurance", "paid", "owes")]
            pr = tots[8]
            if pcid == "H6A0123-017":
                pr = tots[8] + D("10.00")
                planted.add((acct, pcid, pat))
                findings.append(f"claim-total-mismatch claim {pcid}: printed Your share total {fm_comma(pr)} "
                                f"but the lines add up to {fm_comma(tots[8])}")
            tv = tots[:8] + [pr]
            doc.row([(X[1], "Totals", "l")] + [(X[4 + i] + 40, fm_comma(v), "r") for i, v in enumerate(tv)], B, None, 16)
            cl.append(ctot(acct, pcid, pat, billed=tots[0], allowed=tots[3], paid=tots[7], patient_owes=pr))
    doc.need(60)
    doc.row([(30, "What the codes mean", "l")], B, 9, 13)
    for c, tx in legend:
        doc.row([(30, c, "l"), (54, tx, "l")], None, 7.5)

    def foot(doc, i, n):
        doc.text(30, doc.h - 28, "Bluewater Valley Health Alliance  |  PO Box 7710, Ardenne, WI 53090  |  1-888-555-0142", "DVCond", 6.5)
        doc.text(762, doc.h - 28, f"Page {i} of {n}", "DVCond", 7, "r")

    return doc, lines, cl, legend, findings, dict(fm=fm_comma, fd=lambda x: dfmt(date.fromisoformat(x), "mdy2"),
                                                  fu=lambda u: u, adj_complete=False, planted=planted,
                                                  planted_field="patient_owes"), foot, \
        "Commercial HMO benefit statement, four family members, planted Your share total mismatch."


# ------------------------------------------------------------------------------------------------- s1
@layout
def s1_medicare_summary_notice(out: Path):
    doc = Doc("reportlab", font="Helvetica", size=8.2, top=40, bottom=60)
    B = "Helvetica-Bold"
    pat = "GERTRUDE A. OYELARAN"
    X = [40, 300, 370, 430, 490, 550]

    def hdr(doc):
        doc.rect(40, doc.y, 532, 22, 0.88)
        for i, (a, b) in enumerate([("Service Provided &", "Billing Code"), ("Service", "Approved?"),
                                    ("Amount Provider", "Charged"), ("Medicare-Approved", "Amount"),
                                    ("Medicare Paid", "Provider"), ("Maximum You", "May Be Billed")]):
            al = "l" if i < 2 else "r"
            x = X[i] if i < 2 else X[i] + 50
            doc.text(x, doc.y + 9, a, B, 6.8, al)
            doc.text(x, doc.y + 18, b, B, 6.8, al)
        doc.text(566, doc.y + 9, "See", B, 6.8, "r")
        doc.text(566, doc.y + 18, "Notes", B, 6.8, "r")
        doc.y += 26

    st = {"c": None}

    def cont(doc):
        doc.row([(40, f"{pat}", "l"), (572, "Medicare Summary Notice for Part B (Medical Insurance)", "r")], B, 8.5, 18)
        if st["c"]:
            doc.row([(40, st["c"] + " (continued)", "l")], B, 8.5, 14)
            hdr(doc)

    doc.on_new_page = cont
    doc.row([(40, "Medicare Summary Notice", "l")], B, 18, 22)
    doc.row([(40, "for Part B (Medical Insurance)", "l")], None, 10, 18)
    doc.row([(40, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", "l")], None, 7.5, 20)
    for s in [pat, "88 Quillfeather Road", "Marrowbay, ME 04411"]:
        doc.row([(40, s, "l")], None, 9)
    doc.y += 8
    doc.rect(40, doc.y, 532, 60, 0.95)
    doc.y += 4
    for s in ["Notice for GERTRUDE A. OYELARAN    Medicare Number XXX-XX-7713Q", "Date of this notice: March 2, 2026",
              "Claims and services processed between December 1, 2025 and February 28, 2026",
              "Your deductible status: you have met $257.00 of your $257.00 Part B deductible for 2026."]:
        doc.row([(46, s, "l")], None, 8.4, 13)
    doc.y += 10
    doc.row([(40, "Be Informed!", "l")], B, 10, 14)
    for m in ["Keep this notice and compare it with receipts and bills from your providers. If you get a bill for more than the",
              "Maximum You May Be Billed, call the provider's office first. If something looks wrong, call 1-800-555-0147.",
              "Therapy services above the yearly threshold are paid only when your therapist confirms they are medically needed;",
              "services marked with the note for that threshold were reviewed and approved.",
              "Want this notice electronically? Sign up at your Medicare account online to stop paper notices."]:
        doc.row([(40, m, "l")], None, 7.8, 11)
    doc.y += 10
    doc.row([(40, "Your Claims & Costs This Period", "l")], B, 12, 18)
    claims = [
        ("26-0108-771-4402", "Foxglove Rehabilitation Associates", "410 Kettering Pike, Marrowbay, ME 04410",
         [S("1/8", "97163", 1, ["GP"]), S("1/8", "97110", 2, ["GP", "KX"])]),
        ("26-0115-771-5819", "Foxglove Rehabilitation Associates", "410 Kettering Pike, Marrowbay, ME 04410",
         [S("1/15", "97110", 2, ["GP", "KX"]), S("1/15", "97112", 1, ["GP", "KX"]), S("1/15", "97140", 1, ["GP", "KX"]),
          S("1/15", "G0283", 1, ["GP"]), S("1/20", "97110", 2, ["GP", "KX"]), S("1/20", "97116", 1, ["GP", "KX"]),
          S("1/22", "97110", 2, ["GP", "CQ"]), S("1/22", "97140", 1, ["GP", "CQ"]), S("1/22", "0552T", 1, [], "PR")]),
        ("26-0129-334-0921", "Harborline Speech Clinic", "15 Nettle Wharf, Suite 2, Portcullis, ME 04412",
         [S("1/29", "92523", 1, ["GN"]), S("1/30", "92507", 1, ["GN"]), S("2/3", "92507", 1, ["GN"]),
          S("2/5", "92526", 1, ["GN"]), S("2/10", "92507", 1, ["GN"]), S("2/12", "92526", 1, ["GN"]),
          S("2/17", "92507", 1, ["GN"]), S("2/19", "92526", 1, ["GN", "KX"])]),
    ]
    ps = PlanState(ded_left=D("60.00"))
    legend = [("A", "The amount Medicare pays is based on its fee schedule; your provider agreed to accept it."),
              ("B", "Part of this amount went toward your yearly deductible."),
              ("C", "Medicare does not cover this item or service. You signed a notice in advance and may be billed."),
              ("D", "A reduced payment amount applies under federal law.")]
    lines, cl = [], []
    for pcid, prov, addr, svcs in claims:
        doc.need(80)
        doc.row([(40, prov, "l"), (572, f"Claim number {pcid}", "r")], B, 9, 12)
        doc.row([(40, addr, "l"), (572, "Assigned: Yes", "r")], None, 7.8, 14)
        st["c"] = f"{prov}  Claim number {pcid}"
        hdr(doc)
        for s in svcs:
            medicare(s, ps, deny_reason="50")
            notes = ["C"] if s.denied else (["A", "B", "D"] if s.deductible else ["A", "D"])
            doc.need(22)
            mods = "-".join(s.mods)
            desc = f"{dfmt(s.dos, 'mon')} {s.desc} ({s.code}{'-' + mods if mods else ''})"
            r = doc.row([(X[0], desc, "l"), (X[1], "No" if s.denied else "Yes", "l")] +
                        [(X[i] + 50, fm_dollar(v), "r") for i, v in zip(range(2, 6), [s.billed, s.allowed, s.paid, s.owes])]
                        + [(566, ", ".join(notes), "r")], None, 7.4, 16)
            t = T(s, None, pcid, pat, ("billed", "allowed", "paid", "patient_owes"), units=False, remarks=notes)
            doc.reg(t, [r])
            lines.append(t)
        tots = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.line(40, doc.y, 572, doc.y)
        doc.row([(X[0], "Total for this claim", "l")] + [(X[i] + 50, fm_dollar(v), "r") for i, v in zip(range(2, 6), tots)], B, 7.6, 20)
        st["c"] = None
        cl.append(ctot(None, pcid, pat, billed=tots[0], allowed=tots[1], paid=tots[2], patient_owes=tots[3]))
    doc.need(80)
    doc.row([(40, "Notes for Your Claims", "l")], B, 10, 15)
    for c, tx in legend:
        doc.row([(40, c, "l"), (52, tx, "l")], None, 7.6)

    def foot(doc, i, n):
        doc.text(306, doc.h - 30, f"Page {i} of {n}", "Helvetica", 7.5, "c")

    return doc, lines, cl, legend, [], dict(fm=fm_dollar, fd=lambda x: dfmt(date.fromisoformat(x), "mon"),
                                           fu=lambda u: u, share_check=False), foot, \
        "Medicare Summary Notice Part B, three claims, one continued over the page break, no units."


# ------------------------------------------------------------------------------------------------- s2
@layout
def s2_medicare_advantage_eob(out: Path):
    doc = Doc("fpdf2", font="LibSans", size=8, top=40, bottom=56)
    B = "LibSans-B"
    pat = "Walter P. Strand"
    doc.row([(40, "Cobalt Shore Medicare Advantage (HMO)", "l")], B, 13, 18)
    doc.row([(40, "Explanation of Benefits for January 2026", "l"), (572, "This is not a bill", "r")], None, 10, 16)
    doc.row([(40, f"Member: {pat}    Member ID: CSM 7720-0419-03", "l")], None, 8.5, 14)
    doc.rect(350, doc.y, 222, 62, 0.93)
    doc.text(356, doc.y + 12, "Your costs for medical care this month", B, 8)
    doc.text(356, doc.y + 26, "Total provider charges: $1,771.00", "LibSans", 8)
    doc.text(356, doc.y + 38, "Plan paid: see each claim", "LibSans", 8)
    doc.text(356, doc.y + 50, "Specialist copay: $40.00 per visit day", "LibSans", 8)
    for s in ["Walter P. Strand", "1207 Sumac Bend", "Ledgerwood, NM 87120"]:
        doc.row([(40, s, "l")], None, 9)
    doc.y += 36
    X = [40, 100, 330, 390, 450, 510, 560]
    claims = [
        ("MA2601408813", "Pinegate Occupational Therapy", [S("1/9", "97165", 1, ["GO"]), S("1/9", "97535", 1, ["GO"])]),
        ("MA2601611472", "Pinegate Occupational Therapy", [S("1/16", "97530", 3, ["GO"]), S("1/16", "97112", 1, ["GO"]),
                                                           S("1/23", "97530", 2, ["GO"]), S("1/23", "97150", 1, ["GO"], "CO")]),
        ("MA2602003390", "Ledgerwood Family Medicine", [S("1/27", "99213", 1, [])]),
    ]
    ps = PlanState(visit_copay=D("40.00"))
    legend = [("1", "The plan paid its share; your share is the visit copay."),
              ("2", "This service is bundled with another service on the same day; you owe nothing for it.")]
    lines, cl = [], []
    for pcid, prov, svcs in claims:
        doc.need(60)
        doc.rect(40, doc.y, 532, 16, 0.82)
        doc.text(44, doc.y + 11, f"Claim ID: {pcid}   Provider: {prov}", B, 8.3)
        doc.y += 20
        for i, h in enumerate(["Date", "Service", "Provider's charge", "Approved amount", "Plan paid", "Your share", "Note"]):
            doc.text(X[i] + (50 if 1 < i < 6 else 0), doc.y + 8, h, B, 7.2, "r" if 1 < i < 6 else "l")
        doc.y += 12
        doc.line(40, doc.y, 572, doc.y)
        doc.y += 2
        for s in svcs:
            if s.denied:
                s.not_covered = s.billed
                s.adjs = []
            else:
                commercial(s, ps)
                s.allowed = s.allowed
            note = "2" if s.denied else "1"
            r = doc.row([(X[0], dfmt(s.dos, "mdy4"), "l"), (X[1], s.desc, "l")] +
                        [(X[i] + 50, fm_dollar(v), "r") for i, v in zip(range(2, 6), [s.billed, s.allowed, s.paid, s.owes])]
                        + [(X[6], note, "l")], None, 7.8, 10)
            doc.row([(X[1], "Code " + " ".join((s.code,) + s.mods), "l")], None, 7, 12)
            t = T(s, None, pcid, pat, ("billed", "allowed", "paid", "patient_owes"), units=False, remarks=[note],
                  code=True)
            doc.reg(t, [r, ["Code " + " ".join((s.code,) + s.mods)]])
            lines.append(t)
        tots = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.line(40, doc.y, 572, doc.y)
        doc.row([(X[1], "Claim total", "l")] + [(X[i] + 50, fm_dollar(v), "r") for i, v in zip(range(2, 6), tots)], B, 7.8, 20)
        cl.append(ctot(None, pcid, pat, billed=tots[0], allowed=tots[1], paid=tots[2], patient_owes=tots[3]))
    doc.row([(40, "Notes", "l")], B, 9, 13)
    for c, tx in legend:
        doc.row([(40, c, "l"), (52, tx, "l")], None, 7.6)

    def foot(doc, i, n):
        doc.text(40, doc.h - 30, "Cobalt Shore Health Plans  H9917_EOB26  Call 1-877-555-0133 (TTY 711)", "LibSans", 6.8)
        doc.text(572, doc.h - 30, f"Page {i} of {n}", "LibSans", 7, "r")

    return doc, lines, cl, legend, [], dict(fm=fm_dollar, fd=lambda x: dfmt(date.fromisoformat(x), "mdy4"),
                                           fu=lambda u: u, share_check=False), foot, \
        "Medicare Advantage HMO member EOB, per-visit copay, code line under each service, bundled zero line."


# ------------------------------------------------------------------------------------------------- r1
@layout
def r1_medicaid_ra_mainframe(out: Path):
    doc = Doc("reportlab", landscape=True, font="Courier", size=7.6, top=30, bottom=46)
    B = "Courier-Bold"
    C = [30, 80, 150, 190, 214, 238, 290, 350, 410, 460, 520]

    def banner(doc):
        doc.row([(30, "STATE OF NORTH PRAIRIE  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", "l"),
                 (762, "REMITTANCE ADVICE", "r")], B, 8)
        doc.row([(30, "PROVIDER: SUNDEW CHILDREN'S THERAPY LLC   PROV NO: 3100492718   RA NO: 0007713   WARRANT DATE: 02/10/26", "l")], None, 7.6)
        doc.y += 6
        doc.row([(C[0], "LN", "l"), (C[1], "DOS", "l"), (C[2], "PROC", "l"), (C[3], "M1", "l"), (C[4], "M2", "l"),
                 (C[5] + 36, "UNITS", "r"), (C[6] + 50, "BILLED", "r"), (C[7] + 50, "ALLOWED", "r"), (C[8] + 40, "TPL", "r"),
                 (C[9] + 50, "PAID", "r"), (C[10], "EOB CODES", "l")], B, 7.6)
        doc.row([(30, "-" * 150, "l")], None, 7.6, 10)

    doc.on_new_page = banner
    banner(doc)
    doc.row([(30, "ATTENTION PROVIDERS: CLAIMS FOR THERAPY SERVICES TO RECIPIENTS UNDER AGE 21 NO LONGER REQUIRE A SEPARATE", "l")], B, 7.6, 10)
    doc.row([(30, "PRIOR AUTHORIZATION FORM WHEN THE PLAN OF CARE IS ON FILE. SEE PROVIDER BULLETIN 26-04 FOR DETAILS.", "l")], B, 7.6, 10)
    doc.row([(30, "REMITTANCES ARE ALSO AVAILABLE AS ELECTRONIC 835 FILES THROUGH THE PROVIDER PORTAL.", "l")], B, 7.6, 16)
    sections = [
        ("*** PAID CLAIMS ***", [
            ("BRANNIGAN, LUCY M", "NP40918826", "2226033004517", "SCT-61802",
             [S("1/5", "97165", 1, ["GO"]), S("1/7", "97530", 2, ["GO"]), S("1/9", "97530", 2, ["GO"]),
              S("1/12", "97530", 3, ["GO"]), S("1/14", "97535", 2, ["GO"]), S("1/16", "97530", 2, ["GO"]),
              S("1/19", "97530", 2, ["GO"]), S("1/21", "97112", 1, ["GO"]), S("1/23", "97530", 2, ["GO"]),
              S("1/26", "97530", 2, ["GO"]), S("1/28", "97535", 1, ["GO"])]),
            ("ODUYA, SAMUEL", "NP51120034", "2226033004522", "SCT-61815",
             [S("1/6", "92523", 1, ["GN"]), S("1/8", "92507", 1, ["GN"]), S("1/13", "92507", 1, ["GN"]),
              S("1/15", "92526", 1, ["GN"]), S("1/20", "92507", 1, ["GN"]), S("1/22", "92526", 1, ["GN"]),
              S("1/27", "92507", 1, ["GN"]), S("1/29", "92507", 1, ["GN"])]),
            ("VANTERPOOL, ISAIAH K", "NP22870415", "2226033004540", "SCT-61829",
             [S("1/5", "97161", 1, ["GP"]), S("1/5", "97110", 2, ["GP"]), S("1/7", "97110", 2, ["GP"]),
              S("1/7", "97140", 1, ["GP"]), S("1/12", "97110", 2, ["GP"]), S("1/12", "97116", 1, ["GP"]),
              S("1/14", "97110", 2, ["GP"]), S("1/14", "97112", 1, ["GP"]), S("1/19", "97110", 2, ["GP"]),
              S("1/21", "97110", 2, ["GP"]), S("1/21", "97140", 1, ["GP"])]),
        ]),
        ("*** DENIED CLAIMS ***", [
            ("FERRIS-QUAN, AMIRA", "NP62207719", "2226034001108", "SCT-61840",
             [S("1/8", "97166", 1, ["GO"], "CO"), S("1/8", "97530", 2, ["GO"], "CO")]),
        ]),
    ]
    lines, cl = [], []
    legend = [("0045", "PAID AT THE MEDICAID FEE SCHEDULE RATE"), ("0612", "RECIPIENT NOT ELIGIBLE ON DATE OF SERVICE"),
              ("0903", "CLAIM CREDITED; SEE REPLACEMENT CLAIM"), ("0904", "REPLACEMENT OF A PREVIOUSLY PAID CLAIM")]

    def put(name, mid, icn, pcn, svcs, eob, voided=False):
        doc.need(30)
        doc.row([(30, f"RECIP: {name}   MID: {mid}   ICN: {icn}   PCN: {pcn}", "l")], B, 7.6)
        for i, s in enumerate(svcs, 1):
            doc.need(11)
            m = list(s.mods) + ["", ""]
            fmm = fm_trail
            r = doc.row([(C[0], f"{i:02d}", "l"), (C[1], dfmt(s.dos, "mdy2"), "l"), (C[2], s.code, "l"), (C[3], m[0], "l"),
                         (C[4], m[1], "l"), (C[5] + 36, units_str(s.units), "r"),
                         (C[6] + 50, fmm(s.billed), "r"), (C[7] + 50, fmm(s.allowed), "r"), (C[8] + 40, fmm(ZERO), "r"),
                         (C[9] + 50, fmm(s.paid), "r"), (C[10], eob, "l")], None, 7.6, 12)
            ov = None
            t = T(s, pcn, icn, name, ("billed", "allowed", "paid"), description=False, remarks=eob.split(), overrides=ov)
            doc.reg(t, [r])
            lines.append(t)
        tots = [total(svcs, a) for a in ("billed", "allowed", "paid")]
        doc.row([(C[2], "CLAIM TOTAL", "l"), (C[6] + 50, fm_trail(tots[0]), "r"), (C[7] + 50, fm_trail(tots[1]), "r"),
                 (C[9] + 50, fm_trail(tots[2]), "r")], B, 7.6, 14)
        cl.append(ctot(pcn, icn, name, billed=tots[0], allowed=tots[1], paid=tots[2]))

    for head, cls in sections:
        doc.need(40)
        doc.row([(30, head, "l")], B, 8, 13)
        for name, mid, icn, pcn, svcs in cls:
            den = "DENIED" in head
            for s in svcs:
                medicaid(s, "177")
            put(name, mid, icn, pcn, svcs, "0612" if den else "0045")
    doc.need(60)
    doc.row([(30, "*** ADJUSTED CLAIMS ***", "l")], B, 8, 13)
    orig = [medicaid(S("12/15", "97110", 2, ["GP"])) for _ in range(1)]
    for s in orig:
        s.dos = date(2025, 12, 15)
    rev = [negate(s) for s in orig]
    put("LINDGREN, OSKAR T", "NP30066125", "2225351007731", "SCT-60977", rev, "0903", voided=True)
    rep = [medicaid(S("12/15", "97110", 3, ["GP"]))]
    rep[0].dos = date(2025, 12, 15)
    put("LINDGREN, OSKAR T", "NP30066125", "2226035000214", "SCT-60977", rep, "0904")
    doc.need(70)
    doc.row([(30, "EOB CODE LEGEND", "l")], B, 8, 12)
    for c, tx in legend:
        doc.row([(30, c, "l"), (70, tx, "l")], None, 7.6, 10)

    def foot(doc, i, n):
        doc.text(762, doc.h - 24, f"PAGE {i} OF {n}", "Courier", 7.6, "r")

    def fu(u):
        return u

    return doc, lines, cl, legend, [], dict(fm=fm_trail, fd=lambda x: dfmt(date.fromisoformat(x), "mdy2"), fu=fu), foot, \
        "State Medicaid RA in Courier, paid/denied/adjusted sections, void with trailing minus and replacement, banner repeated."


# ------------------------------------------------------------------------------------------------- r2
@layout
def r2_medicaid_mco_remit(out: Path):
    doc = Doc("fpdf2", font="LibNarrow", size=7.6, top=36, bottom=50)
    B = "LibNarrow-B"
    X = [36, 58, 106, 146, 180, 204, 256, 306, 352, 378, 404, 456, 500]
    H = ["Line", "DOS", "Proc", "Mod", "Qty", "Billed", "Allowed", "Paid", "Grp", "Rsn", "Adj Amt", "Rmk"]
    doc.row([(36, "Evergreen Commons Community Health Plan", "l"), (576, "Provider Remittance Advice", "r")], B, 12, 16)
    doc.row([(36, "A Medicaid managed care plan of the State of Westhaven", "l"), (576, "Check # 00418826   Paid 02/12/2026", "r")], None, 8, 12)
    doc.row([(36, "Payee: Tidewater Speech & Occupational Therapy   NPI 1548803326   Tax ID XX-XXX4471", "l")], None, 8, 18)
    claims = [
        ("Delacroix, Yvette", "WH0044187Z", "ECP26012800412", "TW-118804", "Paid",
         [S("1/6", "97167", 1, ["GO"]), S("1/6", "97535", 2, ["GO"]), S("1/13", "97530", 2, ["GO", "59"])]),
        ("Delacroix, Andre", "WH0044190Z", "ECP26012800418", "TW-118811", "Paid",
         [S("1/7", "92523", 1, ["GN"]), S("1/14", "92507", 1, ["GN"]), S("1/21", "92526", 1, ["GN"])]),
        ("Pennington, Rosalind", "WH0087733Z", "ECP26013000077", "TW-118860", "Denied",
         [S("1/9", "97110", 2, ["GP"], "CO"), S("1/9", "97140", 1, ["GP"], "CO")]),
        ("Achebe, Tobias", "WH0091002Z", "ECP26013000081", "TW-118872", "Paid",
         [S("1/15", "97161", 1, ["GP"]), S("1/15", "97110", 2, ["GP"]), S("1/22", "97110", 2, ["GP"]),
          S("1/22", "97112", 1, ["GP"])]),
    ]
    lines, cl = [], []
    legend = [("N20", "Service not paid separately."), ("MA130", "Claim has missing information; correct and resubmit."),
              ("N381", "Contract terms apply.")]
    for name, mid, pcid, acct, stat, svcs in claims:
        doc.need(90)
        doc.rect(36, doc.y, 540, 26, 0.9)
        doc.text(40, doc.y + 10, f"Member: {name}    Member ID: {mid}    Claim Status: {stat}", B, 8)
        doc.text(40, doc.y + 21, f"Claim #: {pcid}    Pt Acct #: {acct}    Rendering NPI 1720094412", "LibNarrow", 7.6)
        doc.y += 28
        top = doc.y
        doc.row([(X[i] + (30 if 5 <= i <= 7 or i == 10 else 0), h, "r" if 5 <= i <= 7 or i == 10 else "l") for i, h in enumerate(H)], B, 7.4, 11)
        doc.line(36, doc.y - 2, 576, doc.y - 2)
        for i, s in enumerate(svcs, 1):
            medicaid(s, "16")
            rm = "MA130" if s.denied else "N381"
            g, rc, a = s.adjs[0] if s.adjs else ("", "", None)
            r = doc.row([(X[0], str(i), "l"), (X[1], dfmt(s.dos, "mdy4"), "l"), (X[2], s.code, "l"), (X[3], ",".join(s.mods), "l"),
                         (X[4], units_str(s.units), "l"), (X[5] + 30, fm_comma(s.billed), "r"), (X[6] + 30, fm_comma(s.allowed), "r"),
                         (X[7] + 30, fm_comma(s.paid), "r"), (X[8], g, "l"), (X[9], rc, "l"),
                         (X[10] + 30, fm_comma(a) if a is not None else "", "r"), (X[11], rm, "l")], None, 7.6, 11)
            doc.line(36, doc.y - 2, 576, doc.y - 2, 0.2)
            t = T(s, acct, pcid, name, ("billed", "allowed", "paid"), description=False, remarks=[rm],
                  adjustments=[list(x) for x in s.adjs])
            doc.reg(t, [r])
            lines.append(t)
        tots = [total(svcs, a) for a in ("billed", "allowed", "paid")]
        doc.row([(X[2], "Claim Totals", "l"), (X[5] + 30, fm_comma(tots[0]), "r"), (X[6] + 30, fm_comma(tots[1]), "r"),
                 (X[7] + 30, fm_comma(tots[2]), "r")], B, 7.6, 12)
        doc.rect(36, top - 2, 540, doc.y - top, None)
        doc.y += 8
        cl.append(ctot(acct, pcid, name, billed=tots[0], allowed=tots[1], paid=tots[2]))
    doc.need(60)
    gt = sum((D(c["totals"]["paid"]) for c in cl), ZERO)
    doc.row([(36, f"Check total: {fm_comma(gt)}    Claims on this remittance: {len(cl)}", "l")], B, 8.5, 16)
    doc.row([(36, "Remark codes", "l")], B, 8, 12)
    for c, tx in legend:
        doc.row([(36, c, "l"), (80, tx, "l")], None, 7.6)

    def foot(doc, i, n):
        doc.text(576, doc.h - 28, f"Page {i} of {n}", "LibNarrow", 7.5, "r")
        doc.text(36, doc.h - 28, "Evergreen Commons Community Health Plan - Provider Services 1-866-555-0190", "LibNarrow", 7)

    return doc, lines, cl, legend, [], dict(fm=fm_comma, fd=lambda x: dfmt(date.fromisoformat(x), "mdy4"), fu=lambda u: u,
                                           adj_complete=True), foot, \
        "Medicaid managed-care remittance, boxed claims, per-line group/reason/amount, a denied claim."


# ------------------------------------------------------------------------------------------------- p1
@layout
def p1_medicare_standard_paper_remit(out: Path):
    doc = Doc("fpdf2", font="Courier", size=7.4, top=36, bottom=50)
    B = "Courier-Bold"
    X = [30, 84, 150, 176, 196, 232, 290, 336, 382, 424, 466, 534]

    def banner(doc):
        doc.row([(30, "MEDICARE PART B  -  JURISDICTION 17 CONTRACTOR  (REPRINTED BY KESTREL PRACTICE SUITE)", "l")], B, 7.4)
        doc.row([(30, "PROVIDER: MEADOWRUN PHYSICAL THERAPY PLLC   NPI: 1093847756   CHECK/EFT #: 0000918273   DATE: 02/13/26", "l")], None, 7.4)
        doc.row([(X[0], "PERF PROV", "l"), (X[1], "SERV DATE", "l"), (X[2], "POS", "l"), (X[3], "NOS", "l"), (X[4], "PROC", "l"),
                 (X[5], "MODS", "l"), (X[6] + 36, "BILLED", "r"), (X[7] + 36, "ALLOWED", "r"), (X[8] + 34, "DEDUCT", "r"),
                 (X[9] + 34, "COINS", "r"), (X[10], "GRP/RC-AMT", "l"), (X[11] + 40, "PROV PD", "r")], B, 7.2)
        doc.row([(30, "_" * 112, "l")], None, 7.2, 10)

    doc.on_new_page = banner
    banner(doc)
    claims = [
        ("FENWICK, HAROLD", "4TR2GK9MW31", "MR-550182", "0226041118830", [
            S("1/5", "97161", 1, ["GP"]), S("1/5", "97110", 2, ["GP", "KX"]), S("1/7", "97110", 2, ["GP", "KX"]),
            S("1/7", "97140", 1, ["GP", "KX"]), S("1/9", "97112", 2, ["GP", "KX"]), S("1/9", "97110", 1, ["GP", "CQ"]),
            S("1/12", "97116", 2, ["GP", "KX"]), S("1/12", "97140", 1, ["GP", "59"]), S("1/14", "97110", 2, ["GP", "KX"]),
            S("1/14", "G0283", 1, ["GP"]), S("1/16", "97530", 2, ["GP", "KX"]), S("1/16", "0552T", 1, [], "CO")]),
        ("MBEKI, CONSTANCE", "7JP3VA2RD58", "MR-550207", "0226041118847", [
            S("1/8", "97163", 1, ["GP"]), S("1/8", "97530", 2, ["GP"]), S("1/15", "97530", 2, ["GP"])]),
        ("ROURKE, DESMOND", "2KC8EX4HN16", "MR-550233", "0226042009104", [
            S("1/20", "97110", 3, ["GP", "KX"]), S("1/20", "97112", 1, ["GP", "KX"])]),
    ]
    lines, cl = [], []
    legend = [("N640", "Exceeds threshold; medical necessity documented."), ("M86", "Service denied; already included in another service.")]
    for k, (name, mid, acct, icn, svcs) in enumerate(claims):
        ps = PlanState(ded_left=D("40.00") if k == 1 else ZERO)
        doc.need(40)
        doc.row([(30, f"NAME {name}   MID {mid}   ACNT {acct}   ICN {icn}   ASG Y   MOA MA01", "l")], B, 7.4, 12)
        for s in svcs:
            medicare(s, ps, deny_reason="97")
            doc.need(10 * (len(s.adjs) + 1))
            sd = f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}"
            a0 = s.adjs[0]
            r = doc.row([(X[0], "1720094412", "l"), (X[1], sd, "l"), (X[2], "11", "l"), (X[3], units_str(s.units), "l"),
                         (X[4], s.code, "l"), (X[5], " ".join(s.mods), "l"), (X[6] + 36, fm_plain(s.billed), "r"),
                         (X[7] + 36, fm_plain(s.allowed), "r"), (X[8] + 34, fm_plain(s.deductible), "r"),
                         (X[9] + 34, fm_plain(s.coinsurance), "r"), (X[10], f"{a0[0]}-{a0[1]}  {fm_plain(a0[2])}", "l"),
                         (X[11] + 40, fm_plain(s.paid), "r")], None, 7.4, 10)
            rows = [r]
            for g, c, a in s.adjs[1:]:
                rows.append(doc.row([(X[10], f"{g}-{c}  {fm_plain(a)}", "l")], None, 7.4, 10))
            rem = ["M86"] if s.denied else (["N640"] if "KX" in s.mods else [])
            if rem:
                rows.append(doc.row([(X[1], "REM: " + rem[0], "l")], None, 7.4, 10))
            rows = [[x.replace("  ", " ") for x in rr] if len(rr) == 1 else rr for rr in rows]
            t = T(s, acct, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid"), description=False,
                  remarks=rem, adjustments=[list(x) for x in s.adjs])
            doc.reg(t, [[tok for tok in rr if "  " not in tok] + [p for tok in rr if "  " in tok for p in tok.split()] for rr in rows])
            lines.append(t)
        tots = [total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")]
        doc.need(24)
        doc.row([(X[0], f"PT RESP  {fm_plain(tots[5])}", "l"), (X[1] + 50, "CLAIM TOTALS", "l"), (X[6] + 36, fm_plain(tots[0]), "r"),
                 (X[7] + 36, fm_plain(tots[1]), "r"), (X[8] + 34, fm_plain(tots[2]), "r"), (X[9] + 34, fm_plain(tots[3]), "r"),
                 (X[11] + 40, fm_plain(tots[4]), "r")], B, 7.4, 10)
        doc.row([(X[0], f"NET  {fm_plain(tots[4])}", "l")], None, 7.4, 16)
        cl.append(ctot(acct, icn, name, billed=tots[0], allowed=tots[1], paid=tots[4], patient_owes=tots[5]))
    doc.need(40)
    for c, tx in legend:
        doc.row([(30, c, "l"), (70, tx, "l")], None, 7.2)

    def foot(doc, i, n):
        doc.text(576, doc.h - 26, f"PAGE #: {i} OF {n}", "Courier", 7.2, "r")

    return doc, lines, cl, legend, [], dict(fm=fm_plain, fd=lambda x: dfmt(date.fromisoformat(x), "mdy6"), fu=lambda u: u,
                                           adj_complete=True, share_check=False), foot, \
        "Medicare Part B standard paper remit reprint, stacked GRP/RC-AMT rows, REM rows, claim crossing a page."


# ------------------------------------------------------------------------------------------------- p2
@layout
def p2_clearinghouse_remit_detail(out: Path):
    doc = Doc("reportlab", landscape=True, font="DVSans", size=7, top=34, bottom=48)
    B = "DVSans-B"
    X = [30, 90, 170, 200, 250, 300, 345, 390, 440, 705]
    H = ["Svc Date", "Procedure", "Units", "Charge", "Allowed", "Deduct", "Coins", "Paid", "Adjustments", "Remarks"]
    doc.row([(30, "RelayPoint Claims Exchange", "l"), (762, "Remittance Detail", "r")], B, 13, 18)
    doc.row([(30, "Payer: Medicare Part B (Contractor 06214)    Payee: Juniper Ridge Rehab & Speech    NPI 1366021840", "l"),
             (762, "EFT Trace 8820017455   Paid 02/11/2026", "r")], None, 7.8, 18)
    claims = [
        ("Okonkwo-Baird, Felicity", "JRR-7731", "0226042210561", [S("1/12", "97167", 1, ["GO"]), S("1/12", "97530", 2, ["GO", "59"]),
                                                              S("1/14", "97530", 2, ["GO", "KX"])]),
        ("Szymanski, Leopold", "JRR-7745", "0226042210588", [S("1/13", "92523", 1, ["GN"]), S("1/20", "92507", 1, ["GN"]),
                                                             S("1/20", "92526", 1, ["GN", "59"])]),
        ("Tran-Whitlock, Margo", "JRR-7760", "0226043300219", [S("1/16", "97110", 2, ["GP", "CQ"]), S("1/16", "97140", 1, ["GP"]),
                                                               S("1/16", "97150", 1, ["GP"], "CO")]),
    ]
    lines, cl = [], []
    legend = [("N527", "Rebill not required; informational."), ("M15", "Separately billed services were bundled.")]
    for k, (name, acct, icn, svcs) in enumerate(claims):
        ps = PlanState(ded_left=D("75.00") if k == 0 else ZERO)
        for s in svcs:
            medicare(s, ps, deny_reason="234")
        tots = [total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")]
        doc.need(70)
        doc.rect(30, doc.y, 732, 16, 0.9)
        doc.text(34, doc.y + 11, f"Patient: {name}   Pat Ctrl #: {acct}   Payer Claim #: {icn}   Status: 1 - Processed as Primary", B, 7.2)
        doc.text(758, doc.y + 11, f"Charge {fm_dollar(tots[0])}   Paid {fm_dollar(tots[4])}", "DVSans", 7.2, "r")
        doc.y += 19
        doc.row([(X[i] + (40 if 3 <= i <= 7 else 0), h, "r" if 3 <= i <= 7 else "l") for i, h in enumerate(H)], B, 7, 10)
        doc.line(30, doc.y - 2, 762, doc.y - 2)
        for s in svcs:
            proc = "HC:" + ":".join((s.code,) + s.mods)
            adj = "; ".join(f"{g}-{c} {fm_plain(a)}" for g, c, a in s.adjs)
            rm = ["M15"] if s.denied else (["N527"] if s.seq else [])
            r = doc.row([(X[0], dfmt(s.dos, "mdy4"), "l"), (X[1], proc, "l"), (X[2], units_str(s.units), "l")] +
                        [(X[3 + i] + 40, fm_plain(v), "r") for i, v in enumerate([s.billed, s.allowed, s.deductible, s.coinsurance, s.paid])]
                        + [(X[8], adj, "l"), (X[9], " ".join(rm), "l")], None, 7, 11)
            t = T(s, acct, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid"), description=False,
                  remarks=rm, adjustments=[list(x) for x in s.adjs])
            doc.reg(t, [r])
            lines.append(t)
        doc.line(30, doc.y - 2, 762, doc.y - 2, 0.3)
        doc.row([(X[1], "Claim Totals", "l")] + [(X[3 + i] + 40, fm_plain(v), "r") for i, v in enumerate(tots[:5])]
                + [(X[8], f"Patient Responsibility {fm_plain(tots[5])}", "l")], B, 7, 18)
        cl.append(ctot(acct, icn, name, billed=tots[0], allowed=tots[1], paid=tots[4], patient_owes=tots[5]))
    doc.need(40)
    doc.row([(30, "Remark Code Glossary", "l")], B, 8, 12)
    for c, tx in legend:
        doc.row([(30, c, "l"), (70, tx, "l")], None, 7)

    def foot(doc, i, n):
        doc.text(30, doc.h - 26, "Generated by RelayPoint Claims Exchange from the payer's electronic remittance. Report RD-210.", "DVSans", 6.5)
        doc.text(762, doc.h - 26, f"Page {i} of {n}", "DVSans", 7, "r")

    return doc, lines, cl, legend, [], dict(fm=fm_plain, fd=lambda x: dfmt(date.fromisoformat(x), "mdy4"), fu=lambda u: u,
                                           adj_complete=True, share_check=False), foot, \
        "Clearinghouse remittance detail of a Medicare payment, HC:code:mod procedure, adjustments on the row."


# ------------------------------------------------------------------------------------------------- f1
@layout
def f1_therapy_clinic_family_statement(out: Path):
    doc = Doc("reportlab", font="LibNarrow", size=7.8, top=40, bottom=56)
    B = "LibNarrow-B"
    L = 190  # table starts right of the sidebar on page 1; later pages use the full width
    X = [0, 44, 90, 264, 312, 350, 384]
    H = ["Date", "Patient", "Service", "Charges", "Ins paid", "Ins adj", "Balance"]
    st = {"left": L}

    def hdr(doc):
        lx = st["left"]
        doc.rect(lx, doc.y, 576 - lx, 14, 0.86)
        doc.row([(lx + X[i] + 3, h, "l") if i < 3 else (lx + X[i] - 2, h, "r") for i, h in enumerate(H)], B, 7.4, 16)

    def cont(doc):
        st["left"] = 36
        doc.row([(36, "Quarry Lane Pediatric & Adult Therapy", "l"), (576, "Statement 02/16/2026 - Account 30-11827 (continued)", "r")], B, 9, 18)
        hdr(doc)

    doc.on_new_page = cont
    visits = [
        ("50211", "GPX-26-0048812", "Harriet Pemberton-Osei", [S("1/6", "97166", 1, ["GO"]), S("1/6", "97535", 1, ["GO"])]),
        ("50236", "GPX-26-0051190", "Jonah Pemberton-Osei", [S("1/8", "92523", 1, ["GN"])]),
        ("50240", "GPX-26-0051207", "Ruby Pemberton-Osei", [S("1/9", "97165", 1, ["GO"]), S("1/9", "97530", 2, ["GO"])]),
        ("50277", "GPX-26-0056631", "Jonah Pemberton-Osei", [S("1/15", "92507", 1, ["GN"])]),
        ("50281", "GPX-26-0056645", "Ruby Pemberton-Osei", [S("1/16", "97530", 2, ["GO"]), S("1/16", "97112", 1, ["GO"])]),
        ("50302", "GPX-26-0060118", "Harriet Pemberton-Osei", [S("1/20", "97530", 2, ["GO"]), S("1/20", "97140", 1, ["GO"]),
                                                              S("1/20", "97760", 1, ["GO"], "PR")]),
        ("50329", "GPX-26-0063402", "Jonah Pemberton-Osei", [S("1/22", "92507", 1, ["GN"])]),
        ("50344", "GPX-26-0064471", "Ruby Pemberton-Osei", [S("1/23", "97530", 3, ["GO"]), S("1/23", "97535", 1, ["GO"])]),
        ("50371", "GPX-26-0068850", "Harriet Pemberton-Osei", [S("1/27", "97530", 2, ["GO"]), S("1/27", "97110", 1, ["GO"])]),
        ("50388", "GPX-26-0069902", "Ruby Pemberton-Osei", [S("1/30", "97530", 2, ["GO"])]),
        ("50402", "GPX-26-0071150", "Jonah Pemberton-Osei", [S("2/3", "92507", 1, ["GN"])]),
        ("50415", "GPX-26-0072288", "Harriet Pemberton-Osei", [S("2/4", "97530", 2, ["GO"]), S("2/4", "97110", 1, ["GO"]),
                                                              S("2/4", "97140", 1, ["GO", "59"])]),
        ("50431", "GPX-26-0074405", "Ruby Pemberton-Osei", [S("2/6", "97530", 2, ["GO"]), S("2/6", "97535", 1, ["GO"]),
                                                           S("2/6", "97112", 1, ["GO"])]),
        ("50447", "GPX-26-0075519", "Jonah Pemberton-Osei", [S("2/10", "92507", 1, ["GN"]), S("2/10", "92526", 1, ["GN"])]),
        ("50460", "GPX-26-0076032", "Harriet Pemberton-Osei", [S("2/11", "97530", 2, ["GO"]), S("2/11", "97110", 2, ["GO"]),
                                                              S("2/11", "97535", 1, ["GO"]), S("2/11", "97140", 1, ["GO"])]),
        ("50474", "GPX-26-0077190", "Ruby Pemberton-Osei", [S("2/13", "97530", 3, ["GO"]), S("2/13", "97112", 1, ["GO"])]),
    ]
    ps = PlanState(ded_left=D("120.00"), coins_rate=D("0.10"))
    for _, _, _, svcs in visits:
        for s in svcs:
            commercial(s, ps, deny_reason="50")
    grand = sum((s.owes for v in visits for s in v[3]), ZERO)
    paid_jan = sum((s.owes for v in visits for s in v[3] if s.dos.month == 1), ZERO)
    # sidebar
    doc.rect(36, 40, 140, 300, 0.94)
    sb = ["Quarry Lane", "Pediatric & Adult Therapy", "", "62 Millrace Street", "Suite 300", "Brookhollow, VT 05602",
          "(802) 555-0117", "", "Statement date", "02/16/2026", "", "Guarantor", "Harriet Pemberton-Osei", "",
          "Account number", "30-11827", "", "Amount due", fm_dollar(grand - paid_jan), "", "Please pay by", "03/08/2026", "",
          "Pay online: quarrylane.example/pay"]
    yy = 54
    for s in sb:
        if s:
            doc.text(42, yy, s, B if s in ("Quarry Lane", "Amount due", "Guarantor", "Account number", "Statement date", "Please pay by") else "LibNarrow", 8)
        yy += 11
    doc.row([(L, "STATEMENT OF ACCOUNT", "l")], B, 13, 18)
    doc.row([(L, "Harriet Pemberton-Osei", "l")], None, 8.5, 11)
    doc.row([(L, "417 Alder Crossing, Brookhollow, VT 05601", "l")], None, 8.5, 18)
    doc.row([(L, "Insurance: Granite Peak Health (ID GPH-66120934). Claims are filed for you; balances below are what", "l")], None, 7.6, 10)
    doc.row([(L, "remains after your insurer processed each visit.", "l")], None, 7.6, 14)
    hdr(doc)
    lines, cl = [], []
    for inv, pcid, pat, svcs in visits:
        doc.need(30)
        lx = st["left"]
        doc.row([(lx + 3, f"Invoice {inv} - {pat} - Granite Peak Health claim {pcid}", "l")], B, 7.4, 14)
        for s in svcs:
            doc.need(11)
            lx = st["left"]
            srv = f"{s.code}-{'-'.join(s.mods)} {s.desc}" if s.mods else f"{s.code} {s.desc}"
            while len(srv) > 34:
                srv = srv.rsplit(" ", 1)[0].rstrip(",")
            srv = srv[:-4] if srv.endswith(" and") else srv
            adj = s.discount
            r = doc.row([(lx + 3, dfmt(s.dos, "mdyn"), "l"), (lx + X[1] + 3, pat.split()[0], "l"), (lx + X[2] + 3, srv, "l"),
                         (lx + X[3] - 2, fm_comma(s.billed), "r"), (lx + X[4] - 2, fm_comma(s.paid), "r"),
                         (lx + X[5] - 2, fm_comma(adj), "r"), (lx + X[6] - 2, fm_comma(s.owes), "r")], None, 7.6, 13)
            t = T(s, inv, pcid, pat, ("billed", "paid", "discount", "patient_owes"), units=False, description=False)
            doc.reg(t, [r])
            lines.append(t)
        cl.append(ctot(inv, pcid, pat))
    doc.need(40)
    lx = st["left"]
    doc.row([(lx + 3, "1/31/2026", "l"), (lx + X[2] + 3, "Payment - thank you (card ending 4410)", "l"),
             (lx + X[6] - 2, fm_comma(-paid_jan), "r")], None, 7.6, 14)
    doc.line(lx, doc.y, 576, doc.y)
    doc.row([(lx + X[2] + 3, "Amount due", "l"), (lx + X[6] - 2, fm_comma(grand - paid_jan), "r")], B, 8, 18)
    doc.row([(lx, "Patient names are shown by first name in the table; see the invoice line for the full name.", "l")], None, 7, 12)

    def foot(doc, i, n):
        doc.text(576, doc.h - 30, f"Page {i} of {n}", "LibNarrow", 7.5, "r")
        doc.text(36, doc.h - 30, "Questions about this statement? Billing office (802) 555-0117, Mon-Fri 8-4.", "LibNarrow", 7)

    def fmx(x):
        return fm_comma(x)

    return doc, lines, cl, [], [], dict(fm=fmx, fd=lambda x: dfmt(date.fromisoformat(x), "mdyn"), fu=lambda u: u,
                                        share_check=False), foot, \
        "Therapy clinic family statement with sidebar, invoice heading rows, insurer paid / adjusted per line, family payment row, page 2 with repeated header."


# ------------------------------------------------------------------------------------------------- f2
@layout
def f2_hospital_itemized_family_statement(out: Path):
    doc = Doc("fpdf2", font="DVSerif", size=7.2, top=40, bottom=56)
    B = "DVSerif-B"
    X = [40, 106, 142, 194, 226, 254, 530]
    H = ["Date", "Rev", "CPT/HCPCS", "Mod", "Qty", "Description", "Charges"]
    st = {"acct": None}

    def hdr(doc):
        doc.row([(X[i], h, "r" if i == 6 else "l") for i, h in enumerate(H)], B, 7.2, 10)
        doc.line(40, doc.y - 1, 572, doc.y - 1)
        doc.y += 2

    def cont(doc):
        doc.row([(40, "St. Aurelian Regional Medical Center", "l"), (572, "Guarantor statement - page continued", "r")], B, 9, 16)
        if st["acct"]:
            doc.row([(40, st["acct"] + " (continued)", "l")], B, 7.8, 12)
            hdr(doc)

    doc.on_new_page = cont
    doc.row([(40, "St. Aurelian Regional Medical Center", "l")], B, 14, 18)
    doc.row([(40, "Outpatient Rehabilitation Services  -  1900 Cloverfield Avenue, Dunmore Falls, OH 43701", "l")], None, 7.8, 18)
    doc.rect(360, doc.y, 212, 58, 0.92)
    for j, s in enumerate(["Guarantor: Marguerite D. Haldane", "Guarantor no.: G-0082214", "Statement date: 02/18/2026",
                           "Balance due: see each account", "Due date: 03/15/2026"]):
        doc.text(366, doc.y + 11 + j * 10.5, s, "DVSerif", 7.6)
    for s in ["Marguerite D. Haldane", "5 Tansy Hollow Lane", "Dunmore Falls, OH 43702"]:
        doc.row([(40, s, "l")], None, 8.5, 11)
    doc.y += 36
    doc.row([(40, "Itemized statement of hospital outpatient services for your household", "l")], B, 9, 16)
    accts = [
        ("HA400581923", "Marguerite D. Haldane", "Buckeye Meridian Insurance", "BMI-7741-2026-00382",
         [S("1/7", "97163", 1, ["GP"]), S("1/7", "97110", 2, ["GP"]), S("1/9", "97110", 2, ["GP"]),
          S("1/9", "97140", 1, ["GP"]), S("1/12", "97112", 2, ["GP"]), S("1/12", "97110", 1, ["GP"]),
          S("1/14", "97116", 2, ["GP"]), S("1/14", "97140", 1, ["GP", "59"]), S("1/16", "97110", 2, ["GP"]),
          S("1/16", "G0283", 1, ["GP"]), S("1/19", "97530", 2, ["GP"]), S("1/19", "97112", 1, ["GP"]),
          S("1/21", "97110", 2, ["GP"]), S("1/21", "97140", 1, ["GP"])]),
        ("HA400586104", "Tobias R. Haldane", "Buckeye Meridian Insurance", "BMI-7741-2026-00419",
         [S("1/13", "92523", 1, ["GN"]), S("1/15", "92507", 1, ["GN"]), S("1/20", "92507", 1, ["GN"]),
          S("1/22", "92526", 1, ["GN"]), S("1/27", "92507", 1, ["GN"]), S("1/29", "92526", 1, ["GN"]),
          S("2/3", "92507", 1, ["GN"])]),
        ("HA400590077", "Clementine Haldane", "Ohio Medicaid - Heartland Kids Plan", "ICN 2226040118870",
         [S("1/22", "97165", 1, ["GO"]), S("1/22", "97530", 2, ["GO"]), S("1/29", "97530", 2, ["GO"]),
          S("1/29", "97535", 1, ["GO"]), S("2/2", "97530", 2, ["GO"]), S("2/2", "97112", 1, ["GO"]),
          S("2/5", "97530", 2, ["GO"]), S("2/5", "97535", 1, ["GO"]), S("2/9", "97530", 3, ["GO"])]),
    ]
    REV = {"97163": "0424", "97110": "0420", "97140": "0420", "97112": "0420", "97116": "0420", "G0283": "0420",
           "97530": "0430", "92523": "0444", "92507": "0440", "92526": "0440", "97165": "0434", "97535": "0430"}
    lines, cl = [], []
    for acct, pat, ins, clm, svcs in accts:
        doc.need(70)
        doc.rect(40, doc.y, 532, 26, 0.88)
        doc.text(44, doc.y + 10, f"Patient: {pat}    Account #: {acct}", B, 8)
        pc = clm.replace("ICN ", "")
        doc.text(44, doc.y + 21, f"Primary insurance: {ins}    Insurance claim #: {clm}", "DVSerif", 7.4)
        doc.y += 30
        st["acct"] = f"Patient: {pat}    Account #: {acct}"
        hdr(doc)
        for s in svcs:
            doc.need(11)
            r = doc.row([(X[0], dfmt(s.dos, "dmy"), "l"), (X[1], REV[s.code], "l"), (X[2], s.code, "l"),
                         (X[3], " ".join(s.mods), "l"), (X[4], units_str(s.units), "l"), (X[5], s.desc, "l"),
                         (X[6], fm_comma(s.billed), "r")], None, 7.2, 13)
            t = T(s, acct, pc, pat, ("billed",))
            doc.reg(t, [r])
            lines.append(t)
        tb = total(svcs, "billed")
        paid = q2(tb * D("0.42"))
        adj = q2(tb * D("0.47"))
        if "Medicaid" in ins:
            adj = tb - paid
        doc.need(50)
        doc.line(300, doc.y, 572, doc.y)
        doc.row([(X[5], "Total charges", "l"), (X[6], fm_comma(tb), "r")], B, 7.4, 11)
        doc.row([(X[5], f"Payment - {ins}", "l"), (X[6], fm_comma(-paid), "r")], None, 7.2, 11)
        doc.row([(X[5], "Contractual adjustment", "l"), (X[6], fm_comma(-adj), "r")], None, 7.2, 11)
        doc.row([(X[5], "Account balance (your share)", "l"), (X[6], fm_comma(tb - paid - adj), "r")], B, 7.4, 18)
        st["acct"] = None
        cl.append(ctot(acct, pc, pat, billed=tb))
    doc.need(40)
    doc.row([(40, "Financial assistance is available. Ask for a plain-language summary of our policy at any registration desk.", "l")], None, 7.2, 11)

    def foot(doc, i, n):
        doc.text(40, doc.h - 30, "Patient Financial Services (740) 555-0166  |  Account questions: include your account # on every payment", "DVSerif", 6.6)
        doc.text(572, doc.h - 30, f"Page {i} of {n}", "DVSerif", 7, "r")

    return doc, lines, cl, [], [], dict(fm=fm_comma, fd=lambda x: dfmt(date.fromisoformat(x), "dmy"), fu=lambda u: u), foot, \
        "Hospital itemized family statement, three family members, charges only per line, account block continued."


def q2(x):
    return D(x).quantize(D("0.01"))


# ------------------------------------------------------------------------------------------------- main
def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    do_check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout210_"))
    if "samples" in out.resolve().parts:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    errs, nlines, npages = [], 0, 0
    for name, fn in LAYOUTS.items():
        pdf = out / f"{name}.pdf"
        doc, lines, cl, legend, findings, meta, foot, desc = fn(out)
        n = doc.save(pdf, foot)
        write_truth(pdf, name, doc.producer, n, desc, lines, cl, legend, findings)
        nlines += len(lines)
        npages += n
        span = sum(1 for c in cl if len({t["page"] for t in lines if (t["claim_id"], t["payer_claim_id"], t["patient"])
                                         == (c["claim_id"], c["payer_claim_id"], c["patient"])}) > 1)
        print(f"{pdf.name}: {n} pages, {len(lines)} lines, {len(cl)} claims, {span} crossing a page")
        if do_check:
            meta["doc"] = doc
            errs += check(pdf, meta)
    print(f"wrote {len(LAYOUTS)} PDFs ({npages} pages, {nlines} lines) to {out}")
    if do_check:
        for e in errs:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
