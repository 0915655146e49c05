"""Write held-out set 159 of synthetic PDF EOB layouts (with truth files) into a folder: an honest, one-time
measurement of the PDF reader on ten everyday documents of the five commonest real kinds (two of each), each
in a house style of its own. Written without looking at the reader, its tests, docs or accuracy output.

Run:  python bench/heldout159/make_heldout159_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout159/make_heldout159_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic output (reportlab
invariant=1; fpdf2 fixed creation date; no randomness). Drawing/pagination helpers live in h159engine.py.

Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth/truth_line), printed values only,
null for what a layout does not print (units null where no quantity is printed; modifiers [] where none are
printed; adjustments only where group+reason codes are printed, with a null amount where the code is printed
without its own amount). claim_id = provider's own account / patient-control / visit / hospital-account number;
payer_claim_id = payer claim number / ICN / TCN; patient = the person served, exactly as printed (e.g.
"MARTINEZ-OYELARAN, LUCIA" on the Medicaid RA). service_end only for printed date spans (a "To" date equal to
the "From" date is recorded as null). Reversals carry negative amounts. Every name, number, payer, provider,
address and ID is invented; descriptions are our own words.

Layouts:
  01 commercial member EOB, landscape DejaVu Serif (reportlab): "Provider billed / Amount you saved / Plan
     approved / Not covered / Deductible / Copay / Coinsurance / Plan's share / Your share / Note", family
     summary table up front, "Patient: .. (Son)  Claim number: ..  Provider's account no.: ..", "Jan 5, 2026",
     code+modifiers "97530 GO 59", no units printed, wrapped long descriptions, 3 family members, a claim runs
     onto page 2 under a "(continued from previous page)" line with the header repeated, a denied orthotic-laser
     line, notes legend and deductible tally
  02 commercial "Statement of Benefits", portrait Liberation Sans Narrow (fpdf2): each claim in its own boxed
     grid with a shaded "Member / Relationship / Claim # / Patient acct #" band, letter reason codes in a Rsn
     column ("DC CP DD"), Qty, per-visit copay plan, "Network discount / Covered amount / Benefit paid / Member
     resp.", a non-covered line, 4 family members, one page
  03 Medicare Summary Notice Part B, portrait Liberation Sans (reportlab): dashboard page 1 with a boxed
     sidebar (claims & costs, deductible status), one claim per visit with date/provider/referred-by/claim-number
     heading, service cells "2 Therapeutic exercises (97110)" (count first, no modifiers, date only in the
     heading), "Service Approved? Yes/No", "Maximum You May Be Billed", note letters, "Total for Claim #",
     a claim continues on page 2 with a "(continued)" heading; one beneficiary
  04 Medicare Advantage member EOB, portrait core Times (fpdf2): "Part 1" cost box with out-of-pocket
     maximum, "Part 2" claims: "Provider's charge / Plan's approved amount / Plan's share / Your share", $20 visit
     copay on the first line of each date, CO/CQ-style modifiers, wrapped long descriptions, a monthly therapy
     claim of 14 lines continues onto page 2 with the header repeated, a denied bundled line; provider account
     not printed (claim_id null)
  05 state Medicaid remittance advice, landscape Courier (reportlab): fixed-width "LN FROM THRU PROC MODS
     UNITS BILLED ALLOWED TPL COPAY PAID ADJ GRP-RSN AMOUNT REMARKS", MMDDYY dates, recipient heading rows,
     sections PAID / ADJUSTED (reversal with trailing-minus amounts "73.70-" and its replacement) / DENIED,
     claim total rows, payment summary and code glossary, column header repeated on every page
  06 state Medicaid/CHIP portal remittance, portrait DejaVu Sans Condensed (fpdf2): shaded member band
     (Member ID, Patient Control #, TCN, status), grid with "Ln / Svc From / Svc To / Procedure / Mod / Units /
     Billed / Allowed / Paid / Adj Grp/Rsn / Adj Amt / RARC", weekly date-span lines with summed units, a denied
     claim and a denied line, a pended claim listed without lines, financial summary
  07 clearinghouse "standard paper remit view" of a Medicare 835, portrait Liberation Mono (reportlab):
     PATIENT/MBI/PAT CTRL#/PAYER CLAIM# and STATUS lines, "UNITS CHARGED ALLOWED DEDUCT COINS PAID" with every
     adjustment inline ("CO-45 118.88 PR-1 60.00 PR-2 8.22 CO-253 0.66"), remark codes, a status-22 reversal with
     leading-minus amounts and its re-processed claim, provider-level interest adjustment, glossary
  08 practice-management "Insurance Receipts Journal", landscape Liberation Sans (fpdf2): one ruled row per
     service with patient, visit #, payer claim # on every row, "1/5/2026", "Charge / Allowed / Ins Paid / Pt Resp
     / Write-off / Adj Codes" (codes glued "CO45 PR2", amounts not per code), bold visit-total rows, column
     header repeated as page furniture; PLANTED visit-total mismatch (expected finding)
  09 therapy clinic family "Statement of Account", portrait core Times (reportlab): detachable remittance stub
     box, visit heading rows naming the insurer claim number, Patient column, "Charges / Insurance Paid /
     Insurance Adjustment / Your Balance" (no codes), a patient payment row, 3 family members, a visit continues
     on page 2 under a repeated header, aging line
  10 hospital outpatient family "Patient Statement", portrait DejaVu Sans (fpdf2): one hospital account per
     family member, "Date / Rev / Code / Mod / Description / Qty / Charges" lines (charges only), account-level
     insurer payment (with claim number), contractual adjustment and patient balance rows, guarantor summary

The self-check (--check) tests the factory, never the reader: the page count and PDF producer match; every
truth line has its own text row on its page (rows grouped from pdfplumber words) carrying its code, each
modifier, units, every printed amount, remark codes, service date (heading date for the MSN) and span end,
and for layouts printing adjustments on the row, each reason code and amount; identical-looking lines each
have a row; descriptions, ids and patients are in the text; the document's arithmetic holds (billed -
adjustments = paid where every adjustment amount is printed; allowed - deductible - copay - coinsurance = paid
where printed; billed - discount - not covered = allowed); claim totals are printed and equal the sum of their
lines except the planted mismatch, which really differs; at least three files carry a claim whose rows
continue onto the next page; and a second build is byte-identical.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

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
from h159engine import FP, LAND, LETTER, RL, Block, Measure, flow, row_block, space, text_block, wrap  # noqa: E402

D = date
J = lambda d: date(2026, 1, d)  # noqa: E731
F = lambda d: date(2026, 2, d)  # noqa: E731


def m(d: Decimal, neg: str = "-") -> str:
    return money(d, ",", neg)


def md(d: Decimal, neg: str = "-") -> str:
    return money(d, "$", neg)


def hdr_block(fam, size, cols, heads, lead, rule=None, grid=None, fill=None, claim=None):
    """Column heading: heads are lists of lines, bottom-aligned."""
    n = max(len(h) for h in heads)
    cells = [[""] * (n - len(h)) + list(h) for h in heads]
    return row_block(fam, size, cols, cells, lead, claim=claim, bold=True, rule=rule, grid=grid, fill=fill,
                     pad=3, keep_next=True)


# ============================================================================== L01 commercial member EOB
def l01(out: Path) -> str:
    name = "h159_01_cordillera_member_eob"
    path = out / f"{name}.pdf"
    fam, fs, lead = "dejavuserif", 6.8, 9.0
    st_ren = PlanState(ded_left=Decimal("150.00"), copay_codes={"99213": Decimal("30.00")})
    st_kid = PlanState(ded_left=ZERO)
    st_ines = PlanState(ded_left=Decimal("40.00"))
    claims = [
        dict(pat="Tobias Okafor-Lind", rel="Son", acct="BPP-40917", icn="CM26-0114-88231",
             prov="Bright Path Pediatric Therapy", proc="Jan 27, 2026", st=st_kid,
             svcs=[Svc(J(5), "97165", 1, ("GO",)), Svc(J(5), "97530", 2, ("GO",)), Svc(J(7), "97530", 2, ("GO",)),
                   Svc(J(7), "97535", 1, ("GO",)), Svc(J(12), "97530", 2, ("GO", "59")),
                   Svc(J(12), "97110", 1, ("GO",)), Svc(J(14), "97530", 3, ("GO",)), Svc(J(14), "97535", 1, ("GO",)),
                   Svc(J(19), "97530", 2, ("GO",)), Svc(J(19), "97112", 1, ("GO",)), Svc(J(21), "97140", 1, ("GO",)),
                   Svc(J(21), "97530", 2, ("GO",))]),
        dict(pat="Renata Okafor-Lind", rel="You", acct="NWO-22815", icn="CM26-0121-90412",
             prov="Northwind Orthopedic & Hand Center", proc="Jan 29, 2026", st=st_ren,
             svcs=[Svc(J(8), "99213", 1), Svc(J(8), "L3807", 1, ("RT",)), Svc(J(8), "97760", 1, ("GO",)),
                   Svc(J(15), "97140", 2, ("GO",)), Svc(J(15), "0552T", 1, (), denied="PR")]),
        dict(pat="Ines Okafor-Lind", rel="Daughter", acct="BPP-41002", icn="CM26-0128-93007",
             prov="Bright Path Pediatric Therapy", proc="Feb 2, 2026", st=st_ines,
             svcs=[Svc(J(21), "92523", 1), Svc(J(23), "92507", 1, ("GN",)), Svc(J(26), "92507", 1, ("GN",)),
                   Svc(J(28), "92507", 1, ("GN",))]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, cl["st"], deny_reason="96")
            s.remarks = (["N3"] if s.denied else ["N1"] + (["N2"] if s.deductible else []))
    xs = [30, 80, 232, 330, 382, 434, 484, 532, 574, 624, 680, 730, 738]
    al = ["l", "l", "l", "r", "r", "r", "r", "r", "r", "r", "r", "r", "l"]
    cols = list(zip(xs, al))
    heads = [["Service", "date"], ["What your provider did"], ["Code and", "modifier"], ["Provider", "billed"],
             ["Amount", "you saved"], ["Plan", "approved"], ["Not", "covered"], ["Deduct-", "ible"], ["Copay"],
             ["Co-", "insurance"], ["Plan's", "share"], ["Your", "share"], ["Note"]]
    wm = Measure(fam, fs)
    rule = (28, 764)
    blocks, lines, ctruth = [], [], []
    # summary of the statement, by family member
    blocks.append(text_block(fam, 8.5, ["Summary of claims on this statement"], 12, bold=True, x=30))
    blocks.append(hdr_block(fam, 7, [(30, "l"), (200, "l"), (360, "r"), (440, "r"), (520, "r")],
                            [["Family member"], ["Claim number"], ["Provider billed"], ["Plan's share"],
                             ["Your share"]], 9, rule=(28, 530)))
    for cl in claims:
        sv = cl["svcs"]
        blocks.append(row_block(fam, 7, [(30, "l"), (200, "l"), (360, "r"), (440, "r"), (520, "r")],
                                [cl["pat"], cl["icn"], md(total(sv, "billed")), md(total(sv, "paid")),
                                 md(total(sv, "owes"))], 9, rule=(28, 530)))
    blocks.append(space(14))
    printed = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
               "patient_owes")
    for ci, cl in enumerate(claims):
        key = ci
        blocks.append(text_block(fam, 7.6, [
            f"Patient: {cl['pat']} ({cl['rel']})     Claim number: {cl['icn']}     Processed: {cl['proc']}",
            f"Provider: {cl['prov']} (in network)     Provider's account no.: {cl['acct']}"], 10.5, bold=False,
            x=30, claim=key, keep_next=True, pad=2))
        blocks.append(hdr_block(fam, fs, cols, heads, 8, rule=rule, claim=key))
        for s in cl["svcs"]:
            desc = wrap(wm, LONG_DESC.get(s.code, s.desc), 145)
            t = truth_line(0, s, claim_id=cl["acct"], payer_claim_id=cl["icn"], patient=cl["pat"],
                           printed=printed, remarks=s.remarks, units=False,
                           overrides={"description": LONG_DESC.get(s.code, s.desc)})
            lines.append(t)
            cells = [dfmt(s.dos, "mon"), desc, " ".join((s.code,) + s.mods), md(s.billed), md(s.discount),
                     md(s.allowed), md(s.not_covered), md(s.deductible), md(s.copay), md(s.coinsurance),
                     md(s.paid), md(s.owes), " ".join(s.remarks)]
            blocks.append(row_block(fam, fs, cols, cells, lead, [t], claim=key, rule=rule))
        sv = cl["svcs"]
        tot = {k: total(sv, k) for k in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                        "coinsurance", "paid", "owes")}
        blocks.append(row_block(fam, fs, cols, ["", "Claim total", "", md(tot["billed"]), md(tot["discount"]),
                                                md(tot["allowed"]), md(tot["not_covered"]), md(tot["deductible"]),
                                                md(tot["copay"]), md(tot["coinsurance"]), md(tot["paid"]),
                                                md(tot["owes"]), ""], lead, claim=key, bold=True))
        blocks.append(space(10))
        ctruth.append({"claim_id": cl["acct"], "payer_claim_id": cl["icn"], "patient": cl["pat"],
                       "totals": claim_totals(tot["billed"], tot["allowed"], tot["paid"], tot["owes"])})
    legend = [("N1", "Your provider is in network; the amount you saved is not billed to you."),
              ("N2", "Part of the approved amount counted toward your yearly deductible."),
              ("N3", "Your plan does not cover this service; your provider may ask you to pay for it.")]
    blocks.append(text_block(fam, 7.5, ["Notes"], 10, bold=True, x=30))
    for c_, t_ in legend:
        blocks.append(text_block(fam, 7, [f"{c_}   {t_}"], 9.5, x=30))
    blocks.append(text_block(fam, 7, [
        "Deductible used this plan year:  Renata $150.00 of $500.00;  Tobias $500.00 of $500.00;  "
        "Ines $40.00 of $500.00.  Family $690.00 of $1,500.00.",
        "Questions? Call Member Services at 1-888-555-0147 (TTY 711), Monday-Friday, 8 a.m. to 8 p.m."], 10, x=30))

    def furniture(c, p, n):
        c.font(fam, 15, True)
        c.text(30, 42, "CORDILLERA MUTUAL")
        c.font(fam, 7.5)
        c.text(30, 53, "Health Plan  |  PO Box 6610, Sandia Springs, NM 87120")
        c.font(fam, 12, True)
        c.text(762, 40, "Explanation of Benefits", "r")
        c.font(fam, 8)
        c.text(762, 52, "THIS IS NOT A BILL", "r")
        c.text(430, 68, "Subscriber: Renata Okafor-Lind     Member ID: CMX 5520 71934     Group: 004417-PPO", "c")
        c.text(430, 79, "Statement date: February 4, 2026", "c")
        c.line(28, 86, 764, 86, 1.2)
        c.font(fam, 6.5)
        c.text(30, 596, "Cordillera Mutual Health Plan is an invented carrier used for testing.")
        c.text(762, 596, f"Page {p} of {n}", "r")

    def cont(c, y, key):
        cl = claims[key]
        c.font(fam, 7.6, True)
        c.text(30, y + 9, f"{cl['pat']} - claim {cl['icn']} (continued from previous page)")
        hdr_block(fam, fs, cols, heads, 8, rule=rule).draw(c, y + 13)

    pages = flow(RL, path, LAND, blocks, furniture, top=96, bottom=580, cont=cont, cont_h=13 + 19)
    write_truth(path, name, "reportlab", pages, "commercial member EOB, family of three", lines, ctruth, legend)
    return name


# ============================================================================== L02 commercial member EOB, boxed
def l02(out: Path) -> str:
    name = "h159_02_welles_statement_of_benefits"
    path = out / f"{name}.pdf"
    fam, fs, lead = "libnarrow", 7.4, 10.0
    st_p = PlanState(ded_left=Decimal("100.00"), visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.78"))
    st_o = PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.78"))
    claims = [
        dict(pat="Asha Welles", rel="Daughter", acct="WPT-55120", icn="7730-2601-0044",
             prov="Westfield Pediatric Therapy", st=st_o,
             svcs=[Svc(J(6), "97166", 1, ("GO",)), Svc(J(6), "97530", 1, ("GO",)), Svc(J(13), "97530", 2, ("GO",)),
                   Svc(J(13), "97112", 1, ("GO",))]),
        dict(pat="Priya Raman-Welles", rel="Subscriber", acct="LKP-8830", icn="7730-2601-0187",
             prov="Lakepoint Physical Therapy", st=st_p,
             svcs=[Svc(J(9), "97161", 1, ("GP",)), Svc(J(9), "97110", 2, ("GP",)), Svc(J(16), "97140", 2, ("GP",)),
                   Svc(J(16), "G0283", 1, ("GP",), denied="PR")]),
        dict(pat="Kai Welles", rel="Son", acct="WPT-55311", icn="7730-2601-0252",
             prov="Westfield Pediatric Therapy", st=st_o,
             svcs=[Svc(J(20), "92523", 1), Svc(J(22), "92507", 1, ("GN",)), Svc(J(27), "92507", 1, ("GN",))]),
        dict(pat="Devon Welles", rel="Spouse", acct="CCM-129944", icn="7730-2602-0009",
             prov="Crestline Community Medical Group", st=st_o,
             svcs=[Svc(J(23), "99213", 1), Svc(J(23), "97110", 1, ("GP", "KX"))]),
    ]
    legend = [("DC", "Network discount: the provider agreed to this lower rate."),
              ("CP", "Office or therapy visit copayment."),
              ("DD", "Applied to the calendar-year deductible."),
              ("NX", "Not a covered benefit under this plan; you may be billed.")]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, cl["st"], deny_reason="204")
            r = []
            if s.denied:
                r = ["NX"]
            else:
                r = ["DC"] + (["CP"] if s.copay else []) + (["DD"] if s.deductible else [])
            s.remarks = r
    xs = [24, 66, 108, 222, 272, 310, 350, 390, 426, 462, 500, 543, 588]
    al = ["l", "l", "l", "l", "r", "r", "r", "r", "r", "r", "r", "r", "r"]
    cols = list(zip(xs, al))
    heads = [["Date(s) of", "service"], ["Procedure"], ["Description"], ["Rsn"], ["Qty"], ["Amount", "charged"],
             ["Network", "discount"], ["Covered", "amount"], ["Copay-", "ment"], ["Deduct-", "ible"],
             ["Co-", "insurance"], ["Benefit", "paid"], ["Member", "resp."]]
    grid = [20, 592]
    printed = ("billed", "discount", "allowed", "copay", "deductible", "coinsurance", "paid", "patient_owes")
    blocks, lines, ctruth = [], [], []
    wm = Measure(fam, fs)
    for ci, cl in enumerate(claims):
        def head(c, y, cl=cl):
            c.rect(20, y, 572, 26, fill=0.88, lw=0.6)
            c.font(fam, 8, True)
            c.text(26, y + 11, f"Member: {cl['pat']}   Relationship: {cl['rel']}   Claim #: {cl['icn']}")
            c.font(fam, 7.6)
            c.text(26, y + 22, f"Provider: {cl['prov']}   Network status: In-network   "
                               f"Patient acct #: {cl['acct']}")
        blocks.append(Block(26, head, (), ci, keep_next=True))
        blocks.append(hdr_block(fam, 7, cols, heads, 8.5, grid=grid, claim=ci))
        for s in cl["svcs"]:
            t = truth_line(0, s, claim_id=cl["acct"], payer_claim_id=cl["icn"], patient=cl["pat"], printed=printed,
                           remarks=s.remarks)
            lines.append(t)
            cells = [dfmt(s.dos, "mdy2"), " ".join((s.code,) + s.mods), wrap(wm, s.desc, 108), " ".join(s.remarks),
                     units_str(s.units), m(s.billed), m(s.discount), m(s.allowed), m(s.copay), m(s.deductible),
                     m(s.coinsurance), m(s.paid), m(s.owes)]
            blocks.append(row_block(fam, fs, cols, cells, lead, [t], claim=ci, grid=grid))
        sv = cl["svcs"]
        tot = {k: total(sv, k) for k in ("billed", "discount", "allowed", "copay", "deductible", "coinsurance",
                                        "paid", "owes")}
        blocks.append(row_block(fam, fs, cols, ["Claim totals", "", "", "", "", m(tot["billed"]), m(tot["discount"]),
                                                m(tot["allowed"]), m(tot["copay"]), m(tot["deductible"]),
                                                m(tot["coinsurance"]), m(tot["paid"]), m(tot["owes"])],
                                lead, claim=ci, grid=grid, bold=True, fill=0.95))
        blocks.append(space(12))
        ctruth.append({"claim_id": cl["acct"], "payer_claim_id": cl["icn"], "patient": cl["pat"],
                       "totals": claim_totals(tot["billed"], tot["allowed"], tot["paid"], tot["owes"])})
    blocks.append(text_block(fam, 8, ["Reason codes used on this statement"], 11, bold=True, x=24))
    for c_, t_ in legend:
        blocks.append(text_block(fam, 7.5, [f"{c_}  -  {t_}"], 10, x=24))
    blocks.append(text_block(fam, 7.5, [
        "You have the right to appeal. Send a written request within 180 days of this statement to Appeals Unit,",
        "Prairie Keystone Benefit Plan, 44 Grain Exchange Plaza, Osler, KS 66101."], 10, x=24))

    def furniture(c, p, n):
        c.font(fam, 16, True)
        c.text(24, 40, "Prairie Keystone Benefit Plan")
        c.font(fam, 8)
        c.text(24, 52, "Employer group health coverage administered for Tallgrass Cooperative Mills")
        c.font(fam, 11, True)
        c.text(588, 38, "STATEMENT OF BENEFITS", "r")
        c.font(fam, 8)
        c.text(588, 50, "This is not a bill. Keep for your records.", "r")
        if p == 1:
            c.rect(20, 62, 572, 44, lw=0.8)
            c.text(26, 75, "Subscriber: Priya Raman-Welles")
            c.text(26, 86, "Subscriber ID: PKB-310-448-27")
            c.text(26, 97, "Group: TCM-0088  Plan: Copay Plus 25")
            c.text(330, 75, "Statement date: 02/05/2026")
            c.text(330, 86, "Covered family members on this statement: 4")
            c.text(330, 97, "Customer care: 800-555-0163")
        c.font(fam, 7)
        c.text(306, 776, f"Page {p} of {n}   -   PKB SOB 02/05/2026", "c")

    pages = flow(FP, path, LETTER, blocks, furniture, top=66, bottom=760, first_top=116)
    write_truth(path, name, "fpdf2", pages, "commercial member statement of benefits, boxed claims, 4 members",
                lines, ctruth, legend)
    return name


# ============================================================================== L03 Medicare Summary Notice
def l03(out: Path) -> str:
    name = "h159_03_msn_part_b_whitcomb"
    path = out / f"{name}.pdf"
    fam, fs, lead = "libsans", 7.8, 12.0
    bene = "Harold J. Whitcomb"
    st = PlanState(ded_left=Decimal("120.00"))
    visits = [
        ("2126005117420", J(5), "Harbor Point Rehabilitation", "Alma Reyes, MD",
         [Svc(J(5), "97163", 1, ("GP",)), Svc(J(5), "97110", 2, ("GP",)), Svc(J(5), "97140", 1, ("GP",)),
          Svc(J(5), "97116", 1, ("GP",)), Svc(J(5), "G0283", 1, ("GP",))]),
        ("2126007203318", J(7), "Harbor Point Rehabilitation", "Alma Reyes, MD",
         [Svc(J(7), "97110", 3, ("GP", "KX")), Svc(J(7), "97112", 1, ("GP",)), Svc(J(7), "97140", 2, ("GP",))]),
        ("2126012409951", J(12), "Harbor Point Rehabilitation", "Alma Reyes, MD",
         [Svc(J(12), "97110", 2, ("GP",)), Svc(J(12), "97116", 2, ("GP",)), Svc(J(12), "0552T", 1, ("GP",),
                                                                               denied="PR"),
          Svc(J(12), "97530", 1, ("GP",))]),
        ("2126020611874", J(20), "Seabright Family Medicine", None,
         [Svc(J(20), "99213", 1)]),
        ("2126021402206", J(21), "Harbor Point Rehabilitation", "Alma Reyes, MD",
         [Svc(J(21), "97110", 2, ("GP",)), Svc(J(21), "97112", 2, ("GP",)), Svc(J(21), "97140", 1, ("GP",)),
          Svc(J(21), "97530", 2, ("GP",)), Svc(J(21), "G0283", 1, ("GP",))]),
        ("2126028815530", J(28), "Harbor Point Rehabilitation", "Alma Reyes, MD",
         [Svc(J(28), "97110", 3, ("GP", "KX")), Svc(J(28), "97530", 1, ("GP",)),
          Svc(J(28), "97116", 1, ("GP",))]),
    ]
    for _, _, _, _, sv in visits:
        for s in sv:
            medicare(s, st, deny_reason="50")
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    cols = [(40, "l"), (262, "c"), (340, "r"), (410, "r"), (478, "r"), (548, "r"), (560, "l")]
    heads = [["Service Provided & Billing Code"], ["Service", "Approved?"], ["Amount", "Provider", "Charged"],
             ["Medicare-", "Approved", "Amount"], ["Amount", "Medicare", "Paid"], ["Maximum", "You May", "Be Billed"],
             ["See", "Notes"]]
    printed = ("billed", "allowed", "paid", "patient_owes")
    blocks, lines, ctruth = [], [], []
    blocks.append(text_block(fam, 12, ["Your Claims for Part B (Medical Insurance)"], 16, bold=True, x=40))
    blocks.append(text_block(fam, 8, ["Part B Medical Insurance helps pay for doctor and therapy services, "
                                      "outpatient care and some equipment."], 12, x=40))
    for vi, (icn, dos, prov, ref, sv) in enumerate(visits):
        hl = [f"{dfmt(dos, 'month')}", f"{prov}, 210 Dock Street, Port Ellery, ME 04011" if "Harbor" in prov
              else f"{prov}, 9 Lantern Row, Port Ellery, ME 04011"]
        if ref:
            hl.append(f"Referred by: {ref}")
        hl.append(f"Claim number: {icn}")

        def hdraw(c, y, hl=hl):
            c.line(38, y + 2, 574, y + 2, 1.0)
            c.font(fam, 8.6, True)
            c.text(40, y + 14, hl[0])
            c.font(fam, 7.8)
            for k, s_ in enumerate(hl[1:]):
                c.text(40, y + 25 + 10.5 * k, s_)
        blocks.append(Block(18 + 10.5 * len(hl), hdraw, (), vi, keep_next=True))
        blocks.append(hdr_block(fam, 7.2, cols, heads, 8.6, rule=(38, 574), claim=vi))
        for s in sv:
            t = truth_line(0, s, claim_id=None, payer_claim_id=icn, patient=bene, printed=printed, modifiers=False,
                           remarks=s.remarks)
            lines.append(t)
            svc = f"{units_str(s.units)} {s.desc} ({s.code})"
            cells = [svc, "No" if s.denied else "Yes", md(s.billed), md(s.allowed), md(s.paid), md(s.owes),
                     ", ".join(s.remarks)]
            blocks.append(row_block(fam, fs, cols, cells, lead, [t], claim=vi, rule=(38, 574)))
        tb, ta, tp, to = (total(sv, k) for k in ("billed", "allowed", "paid", "owes"))
        blocks.append(row_block(fam, fs, cols, ["Total for Claim #" + icn, "", md(tb), md(ta), md(tp), md(to), ""],
                                lead, claim=vi, bold=True))
        blocks.append(space(8))
        ctruth.append({"claim_id": None, "payer_claim_id": icn, "patient": bene,
                       "totals": claim_totals(tb, ta, tp, to)})
    legend = [("A", "The amount Medicare paid went to your provider. Your share is the coinsurance shown."),
              ("B", "Some of the approved amount was counted toward your Part B deductible."),
              ("C", "Medicare does not pay for this item; you signed a notice that you would pay for it.")]
    blocks.append(text_block(fam, 10, ["Notes for Your Claims"], 14, bold=True, x=40))
    for c_, t_ in legend:
        blocks.append(text_block(fam, 7.8, [f"{c_}   {t_}"], 11, x=40))
    allsv = [s for v in visits for s in v[4]]

    def furniture(c, p, n):
        if p == 1:
            c.font(fam, 18, True)
            c.text(40, 50, "Medicare Summary Notice")
            c.font(fam, 10)
            c.text(40, 64, "for Part B (Medical Insurance)")
            c.font(fam, 9, True)
            c.text(572, 48, "THIS IS NOT A BILL", "r")
            c.font(fam, 8.5)
            for k, s_ in enumerate(["HAROLD J WHITCOMB", "48 QUARRY HILL RD", "PORT ELLERY ME 04011-2207"]):
                c.text(40, 96 + 11 * k, s_)
            c.font(fam, 8.5, True)
            c.text(40, 150, f"Notice for {bene}")
            c.font(fam, 8.5)
            for k, s_ in enumerate(["Medicare Number   7QW4-RT2-MK81", "Date of This Notice   February 3, 2026",
                                    "Claims Processed Between", "November 3, 2025 - February 1, 2026"]):
                c.text(40, 166 + 12 * k, s_)
            c.rect(320, 86, 252, 150, lw=0.8)
            c.font(fam, 9.5, True)
            c.text(328, 102, "Your Claims & Costs This Period")
            c.font(fam, 8.2)
            c.text(328, 120, "Did Medicare approve all services?   NO")
            c.text(328, 132, "Number of services Medicare denied:  1")
            c.text(328, 150, f"Total You May Be Billed:  {md(total(allsv, 'owes'))}")
            c.font(fam, 9.5, True)
            c.text(328, 174, "Your Deductible Status")
            c.font(fam, 8.2)
            c.text(328, 188, "Your deductible is what you pay for most services")
            c.text(328, 199, "before Medicare starts to pay. You have now met")
            c.text(328, 210, "$283.00 of your $283.00 Part B deductible for 2026.")
            c.text(328, 226, "Providers with claims this period: 2")
            c.font(fam, 8.2, True)
            c.text(40, 230, "Be Informed!")
            c.font(fam, 7.6)
            c.text(40, 242, "Check each service below against your own records.")
            c.text(40, 252, "Report anything you did not receive to 1-800-555-0190.")
        else:
            c.font(fam, 7.6)
            c.text(40, 34, f"{bene.upper()}   |   Medicare Number 7QW4-RT2-MK81")
            c.text(572, 34, f"THIS IS NOT A BILL   |   Page {p} of {n}", "r")
        if p == 1:
            c.font(fam, 7.6)
            c.text(572, 770, f"Page 1 of {n}", "r")

    def cont(c, y, vi):
        c.font(fam, 8.2, True)
        c.text(40, y + 10, f"Claim number {visits[vi][0]} (continued)")
        hdr_block(fam, 7.2, cols, heads, 8.6, rule=(38, 574)).draw(c, y + 14)

    pages = flow(RL, path, LETTER, blocks, furniture, top=50, bottom=752, cont=cont, cont_h=14 + 29,
                 first_top=272)
    write_truth(path, name, "reportlab", pages, "Medicare Summary Notice, Part B, one beneficiary", lines, ctruth,
                legend)
    return name


# ============================================================================== L04 Medicare Advantage member EOB
def l04(out: Path) -> str:
    name = "h159_04_summit_crest_ma_eob"
    path = out / f"{name}.pdf"
    fam, fs, lead = "times", 8.2, 11.0
    mem = "Eleanor V. Rasmussen"
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.48"))
    claims = [
        ("60-26-0190447-00", "Tidewater Outpatient Therapy",
         [Svc(J(6), "97165", 1, ("GO",)), Svc(J(6), "97535", 1, ("GO",)), Svc(J(8), "97530", 2, ("GO",)),
          Svc(J(8), "97535", 1, ("GO",)), Svc(J(13), "97530", 2, ("GO",)), Svc(J(13), "97110", 1, ("GO",)),
          Svc(J(15), "97530", 2, ("GO", "CO")), Svc(J(15), "97535", 1, ("GO", "CO")), Svc(J(20), "97530", 2, ("GO",)),
          Svc(J(20), "97112", 1, ("GO",)), Svc(J(22), "97530", 2, ("GO", "CO")), Svc(J(22), "97110", 1, ("GO", "CO")),
          Svc(J(27), "97168", 1, ("GO",)), Svc(J(27), "97530", 1, ("GO",))]),
        ("60-26-0211503-00", "Bayview Hand & Upper Limb Clinic",
         [Svc(J(14), "97760", 1, ("GO",)), Svc(J(14), "L3807", 1, ("LT",)), Svc(J(14), "97140", 1, ("GO",)),
          Svc(J(28), "97760", 1, ("GO",)), Svc(J(28), "97140", 2, ("GO",)), Svc(J(28), "97110", 1, ("GO",))]),
        ("60-26-0230016-00", "Dr. Miriam Osei, Primary Care",
         [Svc(J(16), "99213", 1), Svc(J(16), "G0283", 1, (), denied="CO")]),
    ]
    for _, _, sv in claims:
        for s in sv:
            commercial(s, st, deny_reason="96")
            s.remarks = ["X2"] if s.denied else (["X1"] if s.copay else [])
    cols = [(40, "l"), (92, "l"), (252, "l"), (316, "r"), (380, "r"), (446, "r"), (504, "r"), (562, "r"),
            (568, "l")]
    heads = [["Date of", "service"], ["Service you received"], ["Code /", "modifier"], ["Qty"],
             ["Provider's", "charge"], ["Plan's approved", "amount"], ["Plan's", "share"], ["Your", "share"],
             [""]]
    cols[-2] = (540, "r")
    cols[-1] = (548, "l")
    heads[-1] = ["Note"]
    printed = ("billed", "allowed", "paid", "patient_owes")
    wm = Measure(fam, fs)
    blocks, lines, ctruth = [], [], []
    blocks.append(text_block(fam, 11, ["Part 2: Your medical claims in detail"], 15, bold=True, x=40))
    blocks.append(text_block(fam, 8.5, ["Each claim below lists the services your providers billed to the plan "
                                        "and what you may owe them."], 13, x=40))
    for ci, (icn, prov, sv) in enumerate(claims):
        blocks.append(text_block(fam, 9, [f"{prov}  (In network)", f"Claim ID: {icn}     Processed: 02/02/2026"],
                                 12, bold=True, x=40, claim=ci, keep_next=True, pad=2))
        blocks.append(hdr_block(fam, 7.8, cols, heads, 9.5, rule=(38, 574), fill=0.9, claim=ci))
        for s in sv:
            t = truth_line(0, s, claim_id=None, payer_claim_id=icn, patient=mem, printed=printed, remarks=s.remarks,
                           overrides={"description": LONG_DESC.get(s.code, s.desc)})
            lines.append(t)
            cells = [dfmt(s.dos, "mdy4"), wrap(wm, LONG_DESC.get(s.code, s.desc), 150), " ".join((s.code,) + s.mods),
                     units_str(s.units), md(s.billed), md(s.allowed), md(s.paid), md(s.owes), " ".join(s.remarks)]
            blocks.append(row_block(fam, fs, cols, cells, lead, [t], claim=ci, rule=(38, 574)))
        tb, ta, tp, to = (total(sv, k) for k in ("billed", "allowed", "paid", "owes"))
        blocks.append(row_block(fam, fs, cols, ["", "Claim total", "", "", md(tb), md(ta), md(tp), md(to), ""],
                                lead, claim=ci, bold=True))
        blocks.append(space(10))
        ctruth.append({"claim_id": None, "payer_claim_id": icn, "patient": mem,
                       "totals": claim_totals(tb, ta, tp, to)})
    legend = [("X1", "Your $20.00 specialist/therapy copay for this visit date."),
              ("X2", "The plan does not pay for this service when billed with this visit; the provider cannot "
                     "bill you for it.")]
    blocks.append(text_block(fam, 9.5, ["Notes about your claims"], 13, bold=True, x=40))
    for c_, t_ in legend:
        blocks.append(text_block(fam, 8.2, [f"{c_}  {t_}"], 11, x=40))
    allsv = [s for c in claims for s in c[2]]

    def furniture(c, p, n):
        c.font(fam, 15, True)
        c.text(40, 42, "Summit Crest Health")
        c.font(fam, 8.5)
        c.text(40, 54, "Medicare Advantage Plan (HMO-POS)  H9912-004")
        c.font(fam, 11, True)
        c.text(572, 42, "Explanation of Benefits", "r")
        c.font(fam, 8.5)
        c.text(572, 54, "for medical services - January 2026", "r")
        c.line(40, 62, 572, 62, 0.8)
        if p == 1:
            c.font(fam, 9)
            c.text(40, 80, f"Member: {mem}")
            c.text(40, 92, "Member ID: SCM 884 201 7745")
            c.text(40, 104, "Mailing date: 02/06/2026")
            c.rect(300, 70, 272, 96, lw=0.8)
            c.font(fam, 9.5, True)
            c.text(308, 84, "Part 1: Your total costs")
            c.font(fam, 8.5)
            c.text(308, 98, "This month - plan paid")
            c.text(564, 98, md(total(allsv, "paid")), "r")
            c.text(308, 110, "This month - your share")
            c.text(564, 110, md(total(allsv, "owes")), "r")
            c.text(308, 126, "Year to date toward your $4,900.00")
            c.text(308, 137, "in-network out-of-pocket maximum")
            c.text(564, 137, md(total(allsv, "owes")), "r")
            c.text(308, 154, "Remaining before the plan pays 100%")
            c.text(564, 154, md(Decimal("4900.00") - total(allsv, "owes")), "r")
        c.font(fam, 7.5)
        c.text(40, 772, "Summit Crest Health is an invented plan. Call 1-877-555-0122 (TTY 711), 8 a.m.-8 p.m.")
        c.text(572, 772, f"Page {p} of {n}", "r")

    def cont(c, y, ci):
        c.font(fam, 9, True)
        c.text(40, y + 10, f"Claim ID: {claims[ci][0]} - {claims[ci][1]} (continued)")
        hdr_block(fam, 7.8, cols, heads, 9.5, rule=(38, 574), fill=0.9).draw(c, y + 14)

    pages = flow(FP, path, LETTER, blocks, furniture, top=72, bottom=755, cont=cont, cont_h=14 + 22,
                 first_top=180)
    write_truth(path, name, "fpdf2", pages, "Medicare Advantage member EOB, monthly", lines, ctruth, legend)
    return name


# ============================================================================== L05 state Medicaid RA, Courier
def l05(out: Path) -> str:
    name = "h159_05_eastmarch_medicaid_ra"
    path = out / f"{name}.pdf"
    fam, fs, lead = "courier", 7.4, 9.6
    recips = {
        "A": ("MARTINEZ-OYELARAN, LUCIA", "20418877341"),
        "B": ("MARTINEZ-OYELARAN, TEO", "20418877358"),
        "C": ("BRANDVOLD, SIGRID M", "20733019260"),
        "D": ("ABERNATHY-COLE, JUNE", "20950042117"),
    }
    paid = [
        ("A", "LHT18832", "2226031000417",
         [Svc(J(5), "97165", 1, ("GO",)), Svc(J(5), "97530", 2, ("GO",)), Svc(J(9), "97530", 2, ("GO", "59")),
          Svc(J(9), "97535", 1, ("GO",)), Svc(J(12), "97530", 3, ("GO",)), Svc(J(16), "97530", 2, ("GO",)),
          Svc(J(16), "97112", 1, ("GO",))]),
        ("B", "LHT18847", "2226031000418",
         [Svc(J(6), "92523", 1), Svc(J(8), "92507", 1, ("GN",)), Svc(J(13), "92507", 1, ("GN",)),
          Svc(J(15), "92507", 1, ("GN",)), Svc(J(20), "92526", 1, ("GN",))]),
        ("C", "LHT18902", "2226031000502",
         [Svc(J(7), "97161", 1, ("GP",)), Svc(J(7), "97110", 2, ("GP",)), Svc(J(14), "97110", 2, ("GP",)),
          Svc(J(14), "97140", 1, ("GP",)), Svc(J(21), "97116", 2, ("GP",)), Svc(J(21), "97110", 1, ("GP",))]),
    ]
    denied = [("D", "LHT18950", "2226031000611",
               [Svc(J(19), "97530", 2, ("GO",), denied="CO"), Svc(J(19), "97535", 1, ("GO",), denied="CO")])]
    orig = [Svc(D(2025, 12, 10), "97530", 2, ("GO",)), Svc(D(2025, 12, 10), "97110", 1, ("GO",))]
    repl = [Svc(D(2025, 12, 10), "97530", 3, ("GO",)), Svc(D(2025, 12, 10), "97110", 1, ("GO",))]
    for _, _, _, sv in paid:
        for s in sv:
            medicaid(s)
            s.remarks = ["N381"] if s.discount else []
    for _, _, _, sv in denied:
        for s in sv:
            medicaid(s, deny_reason="197")
            s.remarks = ["N54"]
    for s in orig + repl:
        medicaid(s)
        s.remarks = ["N381"]
    rev = [negate(s) for s in orig]
    adjusted = [("C", "LHT17655", "2225349000871", rev, "REVERSAL OF PRIOR PAYMENT"),
                ("C", "LHT17655", "2226031000790", repl, "REPLACEMENT CLAIM")]

    def fmt_row(ln, s):
        adj = " ".join(f"{g}-{r} {m(a, 'trail')}" for g, r, a in s.adjs)
        return (f"  {ln:02d}  {dfmt(s.dos, 'mdy6')} {dfmt(s.dos, 'mdy6')}  {s.code:<6} {' '.join(s.mods):<6} "
                f"{units_str(s.units):>4} {m(s.billed, 'trail'):>10} {m(s.allowed, 'trail'):>10} {'0.00':>7} "
                f"{'0.00':>7} {m(s.paid, 'trail'):>10}   {adj:<20} {' '.join(s.remarks)}")
    colhead = ("  LN  FROM   THRU    PROC   MODS   UNITS     BILLED    ALLOWED     TPL   COPAY       PAID"
               "   ADJ GRP-RSN  AMOUNT  REMARKS")
    blocks, lines, ctruth = [], [], []

    def tl(s):
        return text_block(fam, fs, [s], lead, x=30)

    def section(title):
        blocks.append(text_block(fam, fs, ["", f"*** {title} ***"], lead, bold=True, x=30, keep_next=True))

    def claim(rk, acct, icn, sv, status, key):
        nm, rid = recips[rk]
        tb, tp = total(sv, "billed"), total(sv, "paid")
        blocks.append(text_block(fam, fs, [
            f"RECIP NAME: {nm:<28} RECIP ID: {rid}   PAT ACCT: {acct:<10} ICN: {icn}   STATUS: {status}"],
            lead, bold=True, x=30, claim=key, keep_next=True))
        for i, s in enumerate(sv, 1):
            t = truth_line(0, s, claim_id=acct, payer_claim_id=icn, patient=nm,
                           printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks,
                           description=False)
            lines.append(t)
            blocks.append(row_block(fam, fs, [(30, "l")], [fmt_row(i, s)], lead, [t], claim=key))
        blocks.append(text_block(fam, fs, [f"{'':6}{'CLAIM TOTAL':<33} {m(tb, 'trail'):>10} "
                                           f"{m(total(sv, 'allowed'), 'trail'):>10} {'0.00':>7} {'0.00':>7} "
                                           f"{m(tp, 'trail'):>10}", ""], lead, x=30, claim=key))
        ctruth.append({"claim_id": acct, "payer_claim_id": icn, "patient": nm,
                       "totals": claim_totals(tb, total(sv, "allowed"), tp, None)})
    k = 0
    section("CLAIMS PAID")
    for rk, acct, icn, sv in paid:
        claim(rk, acct, icn, sv, "PAID", k)
        k += 1
    section("CLAIMS ADJUSTED")
    for rk, acct, icn, sv, st_ in adjusted:
        claim(rk, acct, icn, sv, st_, k)
        k += 1
    section("CLAIMS DENIED")
    for rk, acct, icn, sv in denied:
        claim(rk, acct, icn, sv, "DENIED", k)
        k += 1
    allp = [s for *_, sv in paid for s in sv] + rev + repl
    blocks.append(tl("*** PAYMENT SUMMARY ***"))
    blocks.append(tl(f"CLAIMS PAID ..........  3    {m(sum((total(c[3], 'paid') for c in paid), ZERO)):>10}"))
    blocks.append(tl(f"CLAIMS ADJUSTED ......  2    {m(total(rev + repl, 'paid'), 'trail'):>10}"))
    blocks.append(tl(f"CLAIMS DENIED ........  1    {'0.00':>10}"))
    blocks.append(tl(f"NET WARRANT AMOUNT ..........{m(total(allp, 'paid')):>10}"))
    legend = [("N381", "Paid at the program fee schedule rate for this procedure."),
              ("N54", "Program records show no current prior approval on file for this service."),
              ("197", "Prior approval missing or expired."), ("45", "Billed charge above the program rate.")]
    blocks.append(tl(""))
    blocks.append(tl("*** EXPLANATION OF CODES USED ON THIS REMITTANCE ***"))
    for c_, t_ in legend:
        blocks.append(tl(f"  {c_:<6} {t_.upper()}"))

    def furniture(c, p, n):
        c.font(fam, 8.4, True)
        c.text(30, 30, "COMMONWEALTH OF EASTMARCH - MEDICAL ASSISTANCE PROGRAM")
        c.text(762, 30, f"PAGE {p:>4} OF {n:>4}", "r")
        c.font(fam, fs)
        c.text(30, 41, "REMITTANCE ADVICE - PROFESSIONAL SERVICES        RA NUMBER: 2026-0204-00317      "
                       "WARRANT NO: 70044189      PAYMENT DATE: 02/04/2026")
        c.text(30, 51, "PROVIDER: LITTLE HARBOR THERAPY GROUP   PROVIDER ID: 004471230   NPI: 1659034477   "
                       "112 WICK LANE, MARROWAY EM 02907")
        c.text(30, 67, colhead)
        c.text(30, 71, "-" * 150)

    pages = flow(RL, path, LAND, blocks, furniture, top=80, bottom=590)
    write_truth(path, name, "reportlab", pages, "state Medicaid remittance advice, fixed-width", lines, ctruth, legend)
    return name


# ============================================================================== L06 state Medicaid RA, portal grid
def l06(out: Path) -> str:
    name = "h159_06_lakeland_medicaid_remit"
    path = out / f"{name}.pdf"
    fam, fs, lead = "dejavucond", 7.0, 10.0
    claims = [
        ("Jonah Pettersen-Akande", "LS40019923", "RV-2026-0411", "26020400118350", "Paid",
         [(Svc(J(5), "97530", 8, ("GO",)), J(9)), (Svc(J(5), "97535", 2, ("GO",)), J(9)),
          (Svc(J(12), "97530", 8, ("GO",)), J(16)), (Svc(J(12), "97112", 2, ("GO",)), J(16)),
          (Svc(J(19), "97530", 6, ("GO",)), J(23)), (Svc(J(19), "97535", 3, ("GO", "59")), J(23)),
          (Svc(J(26), "97530", 8, ("GO",)), J(30)), (Svc(J(26), "97110", 2, ("GO",)), J(30)),
          (Svc(J(28), "97168", 1, ("GO",)), None)]),
        ("Zuri Pettersen-Akande", "LS40019931", "RV-2026-0412", "26020400118351", "Paid",
         [(Svc(J(6), "92523", 1), None), (Svc(J(8), "92507", 1, ("GN",)), None),
          (Svc(J(13), "92507", 1, ("GN",)), None), (Svc(J(15), "92507", 1, ("GN",)), None),
          (Svc(J(20), "92526", 1, ("GN",)), None), (Svc(J(22), "92507", 1, ("GN",)), None)]),
        ("Wendell Ashgrove", "LS38820417", "RV-2026-0398", "26020400118402", "Paid",
         [(Svc(J(7), "97163", 1, ("GP",)), None), (Svc(J(7), "97110", 2, ("GP",)), None),
          (Svc(J(14), "97116", 2, ("GP",)), None), (Svc(J(14), "97150", 1, ("GP",), denied="CO"), None)]),
        ("Marisol Quintanar", "LS41107785", "RV-2026-0420", "26020400118477", "Denied",
         [(Svc(J(21), "97129", 2, ("GO",), denied="CO"), None), (Svc(J(21), "97530", 1, ("GO",), denied="CO"), None)]),
    ]
    for cl in claims:
        for s, _ in cl[5]:
            medicaid(s, deny_reason="B7" if cl[4] == "Denied" else "97")
            s.remarks = (["N30"] if cl[4] == "Denied" else ["M80"]) if s.denied else []
    xs = [26, 46, 96, 146, 190, 222, 262, 312, 360, 408, 448, 500, 540]
    al = ["l", "l", "l", "l", "l", "r", "r", "r", "r", "l", "r", "l", "l"]
    cols = [(x + (3 if a == "l" else -3), a) for x, a in zip(xs, al)]
    grid = [22, 42, 92, 142, 186, 218, 266, 316, 364, 404, 452, 496, 536, 590]
    cols = [(grid[i] + 3, "l") if al[i] == "l" else (grid[i + 1] - 3, "r") for i in range(13)]
    heads = [["Ln"], ["Svc From"], ["Svc To"], ["Procedure"], ["Mod"], ["Units"], ["Billed"], ["Allowed"],
             ["Paid"], ["Adj Grp/Rsn"], ["Adj Amt"], ["RARC"], [""]]
    heads = heads[:12]
    cols = cols[:12]
    grid = grid[:13]
    blocks, lines, ctruth = [], [], []
    blocks.append(text_block(fam, 10, ["Claim Detail - Professional"], 14, bold=True, x=24))
    for ci, (nm, mid, pcn, tcn, stat, rows) in enumerate(claims):
        sv = [s for s, _ in rows]
        tb, tp = total(sv, "billed"), total(sv, "paid")

        def head(c, y, nm=nm, mid=mid, pcn=pcn, tcn=tcn, stat=stat, tb=tb, tp=tp):
            c.rect(22, y, 568, 24, fill=0.85, lw=0.5)
            c.font(fam, 7.6, True)
            c.text(26, y + 10, f"Member: {nm}    Member ID: {mid}    Patient Control #: {pcn}")
            c.font(fam, 7.4)
            c.text(26, y + 20, f"TCN: {tcn}    Claim status: {stat}    Billed: {md(tb)}    Paid: {md(tp)}")
        blocks.append(Block(24, head, (), ci, keep_next=True))
        blocks.append(hdr_block(fam, fs, cols, heads, 9, grid=grid, fill=0.95, claim=ci))
        for ln, (s, end) in enumerate(rows, 1):
            adj = s.adjs[0] if s.adjs else None
            t = truth_line(0, s, claim_id=pcn, payer_claim_id=tcn, patient=nm, printed=("billed", "allowed", "paid"),
                           service_end=end, adjustments=s.adjs, remarks=s.remarks, description=False)
            lines.append(t)
            cells = [str(ln), dfmt(s.dos, "mdy4"), dfmt(end or s.dos, "mdy4"), s.code, " ".join(s.mods),
                     units_str(s.units), m(s.billed), m(s.allowed), m(s.paid), f"{adj[0]}-{adj[1]}" if adj else "",
                     m(adj[2]) if adj else "", " ".join(s.remarks)]
            blocks.append(row_block(fam, fs, cols, cells, lead, [t], claim=ci, grid=grid))
        blocks.append(row_block(fam, fs, cols, ["", "Claim total", "", "", "", "", m(tb), m(total(sv, "allowed")),
                                                m(tp), "", "", ""], lead, claim=ci, bold=True))
        blocks.append(space(10))
        ctruth.append({"claim_id": pcn, "payer_claim_id": tcn, "patient": nm,
                       "totals": claim_totals(tb, total(sv, "allowed"), tp, None)})
    blocks.append(text_block(fam, 9, ["Claims In Process (no payment action this cycle)"], 13, bold=True, x=24))
    blocks.append(text_block(fam, 7.4, ["Member: Teodora Vasquez-Lind   TCN: 26012800117731   Received 01/28/2026   "
                                        "Status: pended for review"], 10, x=24))
    allsv = [s for c in claims for s, _ in c[5]]
    blocks.append(space(8))
    blocks.append(text_block(fam, 9, ["Financial Summary"], 13, bold=True, x=24))
    for lab, val in (("Claims paid this cycle", md(total(allsv, "paid"))), ("Recoupments", md(ZERO)),
                     ("Net payment (EFT 0088341276, 02/04/2026)", md(total(allsv, "paid")))):
        blocks.append(row_block(fam, 7.6, [(24, "l"), (300, "r")], [lab, val], 10.5))
    legend = [("97", "Service is part of another service paid on the same day."),
              ("B7", "Provider not enrolled for this service type on the date of service."),
              ("M80", "Not separately payable with another service on the same date."),
              ("N30", "Enrollment record does not cover this service.")]
    blocks.append(space(6))
    blocks.append(text_block(fam, 9, ["Code Descriptions"], 13, bold=True, x=24))
    for c_, t_ in legend:
        blocks.append(text_block(fam, 7.4, [f"{c_}: {t_}"], 10, x=24))

    def furniture(c, p, n):
        c.font(fam, 13, True)
        c.text(24, 38, "Lakeland State Health Coverage")
        c.font(fam, 8)
        c.text(24, 50, "Medicaid & CHIP Provider Remittance Advice")
        c.font(fam, 8)
        for k, s_ in enumerate(["Payee: Northshore Kids Rehab, LLC", "Provider ID: LS-PRV-2209471",
                                "Payment date: 02/04/2026   Cycle: 2026-05"]):
            c.text(588, 30 + 10 * k, s_, "r")
        c.line(22, 62, 590, 62, 1)
        c.font(fam, 6.8)
        c.text(306, 778, f"Lakeland State Health Coverage is an invented program.   Page {p} of {n}", "c")

    def cont(c, y, ci):
        c.font(fam, 7.6, True)
        c.text(24, y + 9, f"Member: {claims[ci][0]}   TCN: {claims[ci][3]}   (continued)")
        hdr_block(fam, fs, cols, heads, 9, grid=grid, fill=0.95).draw(c, y + 13)

    pages = flow(FP, path, LETTER, blocks, furniture, top=72, bottom=764, cont=cont, cont_h=13 + 12)
    write_truth(path, name, "fpdf2", pages, "state Medicaid/CHIP remittance advice, grid", lines, ctruth, legend)
    return name


# ============================================================================== L07 clearinghouse Medicare remit
def l07(out: Path) -> str:
    name = "h159_07_clearinghouse_medicare_remit"
    path = out / f"{name}.pdf"
    fam, fs, lead = "libmono", 6.6, 8.8
    st1 = PlanState(ded_left=Decimal("60.00"))
    st2 = PlanState(ded_left=ZERO)
    st3 = PlanState(ded_left=ZERO)
    claims = [
        ("DUBOIS-KELLER, MARGUERITE A", "3TW8-HN4-JR22", "SRC-000921", "22260330105790", "1-PROCESSED AS PRIMARY",
         st1, [Svc(J(6), "97161", 1, ("GP",)), Svc(J(6), "97110", 2, ("GP",)), Svc(J(8), "97110", 2, ("GP",)),
               Svc(J(8), "97140", 1, ("GP",)), Svc(J(13), "97112", 2, ("GP",)), Svc(J(13), "97110", 1, ("GP", "KX")),
               Svc(J(15), "97116", 2, ("GP",)), Svc(J(15), "97530", 1, ("GP",)), Svc(J(20), "97110", 2, ("GP", "CQ")),
               Svc(J(20), "97140", 1, ("GP", "CQ"))]),
        ("OKONKWO, BARNABY", "5RK2-WP7-TT90", "SRC-000933", "22260330105811", "1-PROCESSED AS PRIMARY",
         st2, [Svc(J(7), "97165", 1, ("GO",)), Svc(J(7), "97535", 2, ("GO",)), Svc(J(12), "97530", 2, ("GO",)),
               Svc(J(12), "97535", 1, ("GO",)), Svc(J(14), "97530", 2, ("GO", "CO")),
               Svc(J(14), "0552T", 1, ("GO",), denied="CO")]),
        ("LINDQVIST, AUGUSTA", "8HM5-QE3-DA47", "SRC-000958", "22260330105902", "1-PROCESSED AS PRIMARY",
         st3, [Svc(J(9), "92523", 1), Svc(J(16), "92507", 1, ("GN",)), Svc(J(23), "92507", 1, ("GN",))]),
    ]
    for *_, st, sv in claims:
        for s in sv:
            medicare(s, st)
            s.remarks = ["N362"] if s.denied else (["MA01"] if s.deductible else [])
    # a reversal and correction of a December claim for the second patient
    old = [Svc(D(2025, 12, 17), "97530", 2, ("GO",)), Svc(D(2025, 12, 17), "97535", 1, ("GO",))]
    new = [Svc(D(2025, 12, 17), "97530", 3, ("GO",)), Svc(D(2025, 12, 17), "97535", 1, ("GO",))]
    for s in old + new:
        medicare(s, PlanState(ded_left=ZERO))
    rev = [negate(s) for s in old]
    claims += [("OKONKWO, BARNABY", "5RK2-WP7-TT90", "SRC-000877", "22260330105999",
                "22-REVERSAL OF PREVIOUS PAYMENT", None, rev),
               ("OKONKWO, BARNABY", "5RK2-WP7-TT90", "SRC-000877", "22260330106000", "1-PROCESSED AS PRIMARY",
                None, new)]

    def row(ln, s):
        adj = " ".join(f"{g}-{r} {m(a)}" for g, r, a in s.adjs)
        return (f"{ln:>3}  {dfmt(s.dos, 'mdy2'):<8}  {s.code:<5} {' '.join(s.mods):<6}{units_str(s.units):>4} "
                f"{m(s.billed):>9} {m(s.allowed):>9} {m(s.deductible):>7} {m(s.coinsurance):>7} "
                f"{m(s.paid):>9}  {adj:<46} {' '.join(s.remarks)}")
    colhead = ("LN   SVC DATE  PROC  MODS  UNITS  CHARGED   ALLOWED  DEDUCT   COINS      PAID  "
               "ADJUSTMENTS (GRP-RSN AMT)                      RMK")
    blocks, lines, ctruth = [], [], []
    for ci, (nm, mbi, pcn, icn, stat, _, sv) in enumerate(claims):
        tb, ta, tp = total(sv, "billed"), total(sv, "allowed"), total(sv, "paid")
        to = total(sv, "owes")
        blocks.append(text_block(fam, fs, [
            "-" * 132,
            f"PATIENT: {nm:<30} MBI: {mbi}   PAT CTRL#: {pcn:<11} PAYER CLAIM#: {icn}",
            f"STATUS: {stat:<33} CLAIM CHG: {m(tb):>9}  CLAIM PD: {m(tp):>9}  PT RESP: {m(to):>8}  FILING: MB",
            colhead], lead, x=26, claim=ci, keep_next=True))
        for i, s in enumerate(sv, 1):
            t = truth_line(0, s, claim_id=pcn, payer_claim_id=icn, patient=nm,
                           printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                           remarks=s.remarks, description=False)
            lines.append(t)
            blocks.append(row_block(fam, fs, [(26, "l")], [row(i, s)], lead, [t], claim=ci, pad=0))
        blocks.append(text_block(fam, fs, [
            f"CLAIM TOTALS {'':<13}{m(tb):>11} {m(ta):>9} {m(total(sv, 'deductible')):>7} "
            f"{m(total(sv, 'coinsurance')):>7} {m(tp):>9}"], lead, bold=True, x=26, claim=ci, pad=4))
        ctruth.append({"claim_id": pcn, "payer_claim_id": icn, "patient": nm, "totals": claim_totals(tb, ta, tp, to)})
    allsv = [s for c in claims for s in c[6]]
    net = total(allsv, "paid")
    blocks.append(text_block(fam, fs, ["=" * 132, "PROVIDER LEVEL ADJUSTMENTS:  L6 INTEREST  PAYEE REF 0126-88  "
                                       f"AMOUNT {m(Decimal('1.37'))}",
                                       f"TOTAL CLAIM PAYMENTS: {m(net)}    PROVIDER ADJ: 1.37    "
                                       f"NET EFT AMOUNT: {m(net + Decimal('1.37'))}",
                                       "", "REMARK / REASON CODE GLOSSARY (CLEARINGHOUSE SUMMARY WORDING)",
                                       "CO-45  CHARGE OVER THE FEE SCHEDULE, PROVIDER WRITE-OFF",
                                       "PR-1   PATIENT DEDUCTIBLE      PR-2  PATIENT COINSURANCE",
                                       "CO-253 FEDERAL PAYMENT REDUCTION",
                                       "CO-50  PAYER FOUND THE SERVICE NOT REASONABLE OR NECESSARY",
                                       "MA01   APPEAL RIGHTS NOTICE     N362  UNITS OVER THE DAILY LIMIT"],
                             lead, x=26))
    legend = [("CO-45", "Charge over the fee schedule"), ("PR-1", "Deductible"), ("PR-2", "Coinsurance"),
              ("CO-253", "Payment reduction"), ("CO-50", "Not reasonable or necessary")]

    def furniture(c, p, n):
        c.font(fam, 9, True)
        c.text(26, 32, "CLEARPATH EDI SERVICES - STANDARD PAPER REMIT VIEW")
        c.font(fam, fs)
        c.text(586, 32, f"PAGE {p} OF {n}", "r")
        c.text(26, 44, "PAYER: GRANITE STATES MEDICARE ADMINISTRATIVE CONTRACTOR, JURISDICTION Q   PAYER ID 14422")
        c.text(26, 54, "PAYEE: FERNHILL REHAB PARTNERS PC   NPI 1437780219   TIN XX-XXX4418")
        c.text(26, 64, "EFT TRACE: 882604471   CHECK/EFT DATE: 02/03/2026   FILE: 835_0203_14422_0007.ERA")
        c.line(26, 70, 586, 70, 0.8)

    def cont(c, y, ci):
        nm, _, pcn, icn = claims[ci][:4]
        c.font(fam, fs, True)
        c.text(26, y + 8, f"PATIENT: {nm}  PAT CTRL#: {pcn}  PAYER CLAIM#: {icn}  (CONTINUED)")
        c.font(fam, fs)
        c.text(26, y + 17, colhead)

    pages = flow(RL, path, LETTER, blocks, furniture, top=76, bottom=770, cont=cont, cont_h=20)
    write_truth(path, name, "reportlab", pages, "clearinghouse standard paper remit view of a Medicare 835", lines,
                ctruth, legend)
    return name


# ============================================================================== L08 practice-system receipts journal
def l08(out: Path) -> str:
    name = "h159_08_pm_insurance_receipts_journal"
    path = out / f"{name}.pdf"
    fam, fs, lead = "libsans", 6.9, 10.5
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74"))
    st_b = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.74"))
    visits = [
        ("Camille Strand", "V260105-014", "EVG2601-339120", st,
         [Svc(J(5), "97166", 1, ("GO",)), Svc(J(5), "97530", 2, ("GO",)), Svc(J(5), "97535", 1, ("GO",))]),
        ("Camille Strand", "V260112-022", "EVG2601-339847", st,
         [Svc(J(12), "97530", 3, ("GO",)), Svc(J(12), "97140", 1, ("GO", "59"))]),
        ("Rowan Strand", "V260108-007", "EVG2601-340066", st_b,
         [Svc(J(8), "92523", 1), Svc(J(8), "92507", 1, ("GN",))]),
        ("Rowan Strand", "V260115-031", "EVG2601-341502", st_b,
         [Svc(J(15), "92507", 1, ("GN",)), Svc(J(15), "92526", 1, ("GN",))]),
        ("Elliott Marchetti", "V260109-003", "EVG2601-340210", st,
         [Svc(J(9), "97161", 1, ("GP",)), Svc(J(9), "97110", 2, ("GP",)), Svc(J(9), "97112", 1, ("GP",)),
          Svc(J(9), "G0283", 1, ("GP",), denied="CO")]),
        ("Elliott Marchetti", "V260116-019", "EVG2601-341777", st,
         [Svc(J(16), "97110", 2, ("GP",)), Svc(J(16), "97140", 2, ("GP",)), Svc(J(16), "97116", 1, ("GP",))]),
        ("Hana Kobayashi-Reed", "V260120-011", "EVG2601-342930", st,
         [Svc(J(20), "97165", 1, ("GO",)), Svc(J(20), "97530", 2, ("GO",)), Svc(J(20), "97760", 1, ("GO",)),
          Svc(J(20), "L3807", 1, ("RT",))]),
        ("Hana Kobayashi-Reed", "V260127-004", "EVG2601-344018", st,
         [Svc(J(27), "97530", 2, ("GO",)), Svc(J(27), "97110", 1, ("GO",)), Svc(J(27), "97535", 1, ("GO",))]),
        ("Louis Aubertin", "V260122-016", "EVG2601-343350", st,
         [Svc(J(22), "99213", 1), Svc(J(22), "97110", 1, ("GP",)), Svc(J(22), "0552T", 1, ("GP",), denied="PR")]),
    ]
    for *_, stt, sv in visits:
        for s in sv:
            commercial(s, stt, deny_reason="204" if s.denied == "PR" else "97")
    heads = [["Patient"], ["Visit #"], ["Payer Claim #"], ["DOS"], ["CPT"], ["Mod"], ["Units"], ["Charge"],
             ["Allowed"], ["Ins Paid"], ["Pt Resp"], ["Write-off"], ["Adj Codes"]]
    al = ["l", "l", "l", "l", "l", "l", "r", "r", "r", "r", "r", "r", "l"]
    cols = [(x, a) for x, a in zip([26, 112, 168, 236, 280, 312, 364, 412, 458, 504, 550, 596, 606], al)]
    rule = (24, 766)
    blocks, lines, ctruth, findings = [], [], [], []
    planted = "EVG2601-341777"
    for vi, (pat, visit, icn, _, sv) in enumerate(visits):
        for s in sv:
            codes = [(g, r, None) for g, r, _ in s.adjs]
            t = truth_line(0, s, claim_id=visit, payer_claim_id=icn, patient=pat,
                           printed=("billed", "allowed", "paid", "patient_owes"), adjustments=codes,
                           description=False)
            lines.append(t)
            wo = sum((a for g, _, a in s.adjs if g == "CO"), ZERO)
            cells = [pat, visit, icn, dfmt(s.dos, "mdyn"), s.code, " ".join(s.mods), units_str(s.units), m(s.billed),
                     m(s.allowed), m(s.paid), m(s.owes), m(wo), " ".join(f"{g}{r}" for g, r, _ in s.adjs)]
            blocks.append(row_block(fam, fs, cols, cells, lead, [t], claim=vi, rule=rule))
        tb, ta, tp, to = (total(sv, k) for k in ("billed", "allowed", "paid", "owes"))
        ptp = tp + Decimal("10.00") if icn == planted else tp
        if icn == planted:
            findings.append(f"claim-total-mismatch claim {icn}: printed Ins Paid total {ptp} but the lines add up "
                            f"to {tp}")
        two = sum((a for s in sv for g, _, a in s.adjs if g == "CO"), ZERO)
        blocks.append(row_block(fam, fs, cols, ["", "", "", "", "Visit total", "", "", m(tb), m(ta), m(ptp), m(to),
                                                m(two), ""], lead, claim=vi, bold=True, pad=5))
        ctruth.append({"claim_id": visit, "payer_claim_id": icn, "patient": pat,
                       "totals": claim_totals(tb, ta, ptp, to)})
    allsv = [s for v in visits for s in v[4]]
    blocks.append(space(6))
    blocks.append(text_block(fam, 8, [f"Batch total charges {md(total(allsv, 'billed'))}    Insurance receipts "
                                      f"{md(total(allsv, 'paid'))}    Transferred to patient responsibility "
                                      f"{md(total(allsv, 'owes'))}",
                                      "Adj code key: CO45 contracted rate reduction; CO97 bundled into another "
                                      "service; PR2 coinsurance; PR1 deductible; PR204 not a plan benefit."],
                             12, x=26))
    legend = [("CO45", "contracted rate reduction"), ("CO97", "bundled"), ("PR2", "coinsurance"),
              ("PR1", "deductible"), ("PR204", "not a plan benefit")]

    def furniture(c, p, n):
        c.font(fam, 12, True)
        c.text(26, 34, "Insurance Receipts Journal")
        c.font(fam, 7.6)
        c.text(26, 46, "Quillfeather Practice Suite 9.4   |   Practice: Brightwater Hand & Therapy Associates   |   "
                       "Batch 2026-0206-03")
        c.text(26, 57, "Payer: Evergreen Benefit Administrators (EVG)   EFT 88120455   Deposit date 02/06/2026   "
                       "Posted by: mlarkin")
        c.text(766, 34, "Run date 02/06/2026 16:42", "r")
        c.text(766, 46, f"Page {p} of {n}", "r")
        hdr_block(fam, 7, cols, [[h[0]] for h in heads], 9, rule=rule, fill=0.9).draw(c, 64)

    pages = flow(FP, path, LAND, blocks, furniture, top=80, bottom=585)
    write_truth(path, name, "fpdf2", pages, "practice-management insurance receipts journal (commercial EFT)", lines,
                ctruth, legend, findings)
    return name


# ============================================================================== L09 therapy clinic family statement
def l09(out: Path) -> str:
    name = "h159_09_kestrel_clinic_family_statement"
    path = out / f"{name}.pdf"
    fam, fs, lead = "times", 8.4, 11.5
    st = PlanState(ded_left=Decimal("85.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    visits = [
        ("Nora Castellanos", "KK-30411", "LHP 26A0098812", [Svc(J(6), "97166", 1, ("GO",)),
                                                            Svc(J(6), "97530", 2, ("GO",))]),
        ("Felix Castellanos", "KK-30418", "LHP 26A0099140", [Svc(J(7), "92523", 1), Svc(J(7), "92507", 1, ("GN",))]),
        ("Nora Castellanos", "KK-30452", "LHP 26A0101377", [Svc(J(13), "97530", 2, ("GO",)),
                                                            Svc(J(13), "97535", 1, ("GO",)),
                                                            Svc(J(13), "97112", 1, ("GO",))]),
        ("Felix Castellanos", "KK-30460", "LHP 26A0101902", [Svc(J(14), "92507", 1, ("GN",)),
                                                             Svc(J(14), "92526", 1, ("GN",))]),
        ("Marisol Castellanos", "KK-30477", "LHP 26A0102255", [Svc(J(15), "97161", 1, ("GP",)),
                                                               Svc(J(15), "97110", 2, ("GP",)),
                                                               Svc(J(15), "97140", 1, ("GP",))]),
        ("Nora Castellanos", "KK-30503", "LHP 26A0104018", [Svc(J(20), "97530", 3, ("GO",)),
                                                            Svc(J(20), "97535", 1, ("GO",))]),
        ("Felix Castellanos", "KK-30511", "LHP 26A0104466", [Svc(J(21), "92507", 1, ("GN",)),
                                                             Svc(J(21), "97129", 1, ("GN",), denied="PR")]),
        ("Marisol Castellanos", "KK-30526", "LHP 26A0105123", [Svc(J(22), "97110", 2, ("GP",)),
                                                               Svc(J(22), "97112", 1, ("GP",)),
                                                               Svc(J(22), "97116", 1, ("GP",))]),
        ("Nora Castellanos", "KK-30540", "LHP 26A0106770", [Svc(J(27), "97530", 2, ("GO",)),
                                                            Svc(J(27), "97110", 1, ("GO",)),
                                                            Svc(J(27), "97535", 1, ("GO",))]),
    ]
    for *_, sv in visits:
        for s in sv:
            commercial(s, st)
    cols = [(40, "l"), (88, "l"), (176, "l"), (232, "l"), (392, "r"), (444, "r"), (500, "r"), (560, "r")]
    heads = [["Date"], ["Patient"], ["Code"], ["Description"], ["Charges"], ["Insurance", "Paid"],
             ["Insurance", "Adjustment"], ["Your", "Balance"]]
    rule = (38, 574)
    wm = Measure(fam, fs)
    blocks, lines, ctruth = [], [], []
    for vi, (pat, visit, icn, sv) in enumerate(visits):
        blocks.append(text_block(fam, 8.4, [f"Visit {visit} - {pat} - billed to Lakeshore Health Partners, "
                                            f"claim {icn}"], 12, bold=True, x=40, claim=vi, keep_next=True))
        for s in sv:
            t = truth_line(0, s, claim_id=visit, payer_claim_id=icn, patient=pat,
                           printed=("billed", "paid", "patient_owes"), units=False)
            lines.append(t)
            cells = [dfmt(s.dos, "mdy2"), pat, " ".join((s.code,) + s.mods), wrap(wm, s.desc, 122), m(s.billed), m(s.paid),
                     m(s.billed - s.paid - s.owes), m(s.owes)]
            blocks.append(row_block(fam, fs, cols, cells, lead, [t], claim=vi, rule=rule))
        tb, tp, to = total(sv, "billed"), total(sv, "paid"), total(sv, "owes")
        blocks.append(row_block(fam, fs, cols, ["", "", "", "Visit total", m(tb), m(tp), m(tb - tp - to), m(to)],
                                lead, claim=vi, bold=True, pad=4))
        ctruth.append({"claim_id": visit, "payer_claim_id": icn, "patient": pat,
                       "totals": claim_totals(tb, None, tp, to)})
    allsv = [s for v in visits for s in v[3]]
    owed = total(allsv, "owes")
    blocks.append(row_block(fam, fs, cols, ["01/30/26", "", "", "Payment - thank you (card ending 4471)", "",
                                            "", "", m(Decimal("-60.00"))], lead, rule=rule))
    due = owed - Decimal("60.00")
    blocks.append(space(8))
    blocks.append(text_block(fam, 9, [f"Previous balance $0.00   New charges {md(total(allsv, 'billed'))}   "
                                      f"Insurance payments {md(total(allsv, 'paid'))}   Payments received $60.00"],
                             12, x=40))
    blocks.append(text_block(fam, 10, [f"AMOUNT DUE FROM YOU: {md(due)}"], 14, bold=True, x=40))
    blocks.append(text_block(fam, 8, ["Current: " + md(due) + "    31-60 days: $0.00    61-90 days: $0.00    "
                                      "Over 90 days: $0.00",
                                      "Questions about this statement? Call our billing office at 555-0188, "
                                      "Tuesday through Friday."], 11, x=40))

    def furniture(c, p, n):
        if p == 1:
            c.rect(36, 28, 540, 92, lw=0.8)
            c.font(fam, 14, True)
            c.text(44, 46, "Kestrel Kids Therapy & Feeding Clinic")
            c.font(fam, 8.5)
            c.text(44, 58, "3390 Birchbark Avenue, Suite 2, Millbrook Falls, OR 97440")
            c.text(44, 80, "Please detach and return the top portion with your payment.")
            c.text(44, 100, "Castellanos Family")
            c.text(44, 110, "c/o Rafael Castellanos, 77 Fernwood Court, Millbrook Falls, OR 97441")
            for k, (a, b) in enumerate((("Statement date", "02/05/2026"), ("Guarantor account", "G-008812"),
                                        ("Amount due", md(due)), ("Please pay by", "03/01/2026"))):
                c.text(440, 46 + 14 * k, a)
                c.text(568, 46 + 14 * k, b, "r")
            c.line(36, 128, 576, 128, 0.5)
            c.font(fam, 11, True)
            c.text(40, 146, "Statement of Account - Family Activity")
        else:
            c.font(fam, 9, True)
            c.text(40, 40, "Kestrel Kids Therapy & Feeding Clinic - Guarantor account G-008812")
        c.font(fam, 7.5)
        c.text(306, 774, f"Page {p} of {n}", "c")
        hdr_block(fam, 8, cols, heads, 9.5, rule=rule).draw(c, 152 if p == 1 else 48)

    pages = flow(RL, path, LETTER, blocks, furniture, top=74, bottom=758, first_top=178)
    write_truth(path, name, "reportlab", pages, "therapy clinic family statement of account", lines, ctruth, [])
    return name


# ============================================================================== L10 hospital family statement
REV = {"97": "0430", "92": "0440", "L3": "0274", "99": "0510", "G0": "0420", "05": "0420"}
PT_CODES = {"97110", "97112", "97116", "97140", "97161", "97163", "G0283", "0552T"}


def rev_code(code: str, mods: tuple = ()) -> str:
    for mo, rc in (("GO", "0430"), ("GP", "0420"), ("GN", "0440")):
        if mo in mods:
            return rc
    if code in PT_CODES:
        return "0420"
    return REV.get(code[:2], "0430")


def l10(out: Path) -> str:
    name = "h159_10_mercy_ridge_hospital_statement"
    path = out / f"{name}.pdf"
    fam, fs, lead = "dejavu", 7.0, 10.0
    accts = [
        ("Theo Brannigan", "HB40012871", "Jan 5 - Jan 23, 2026", "Cascade Shield PPO", "CSP-9917-2602-118", "0.72",
         [Svc(J(5), "97167", 1, ("GO",)), Svc(J(5), "97530", 2, ("GO",)), Svc(J(9), "97530", 2, ("GO",)),
          Svc(J(9), "97535", 1, ("GO",)), Svc(J(12), "97530", 3, ("GO",)), Svc(J(12), "97112", 1, ("GO",)),
          Svc(J(16), "97530", 2, ("GO",)), Svc(J(16), "97110", 1, ("GO",)), Svc(J(19), "97530", 2, ("GO", "59")),
          Svc(J(19), "97535", 1, ("GO",)), Svc(J(23), "97168", 1, ("GO",)), Svc(J(23), "97530", 1, ("GO",)),
          Svc(J(23), "97760", 1, ("GO",)), Svc(J(23), "L3807", 1, ("LT",))]),
        ("Maeve Brannigan", "HB40013309", "Jan 8 - Jan 22, 2026", "Cascade Shield PPO", "CSP-9917-2602-241", "0.72",
         [Svc(J(8), "92523", 1), Svc(J(15), "92507", 1, ("GN",)), Svc(J(22), "92507", 1, ("GN",)),
          Svc(J(22), "92526", 1, ("GN",))]),
        ("Declan Brannigan", "HB40013550", "Jan 14, 2026", "Cascade Shield PPO", "CSP-9917-2602-307", "0.72",
         [Svc(J(14), "99213", 1), Svc(J(14), "97161", 1, ("GP",)), Svc(J(14), "97110", 2, ("GP",)),
          Svc(J(14), "G0283", 1, ("GP",))]),
    ]
    cols = [(40, "l"), (96, "l"), (130, "l"), (172, "l"), (206, "l"), (470, "r"), (540, "r")]
    heads = [["Date"], ["Rev"], ["Code"], ["Mod"], ["Description"], ["Qty"], ["Charges"]]
    rule = (38, 574)
    wm = Measure(fam, fs)
    blocks, lines, ctruth = [], [], []
    for ai, (pat, har, span, plan, icn, rate, sv) in enumerate(accts):
        tb = total(sv, "billed")
        ins = (tb * Decimal(rate)).quantize(Decimal("0.01"))
        contr = (tb * Decimal("0.20")).quantize(Decimal("0.01"))
        owe = tb - ins - contr
        blocks.append(text_block(fam, 8.4, [f"Patient: {pat}    Hospital account: {har}    Service dates: {span}"],
                                 12, bold=True, x=40, claim=ai, keep_next=True))
        blocks.append(text_block(fam, 7.4, ["Outpatient Rehabilitation Services - Pediatric & Family Therapy Center"],
                                 11, x=40, claim=ai, keep_next=True))
        blocks.append(hdr_block(fam, fs, cols, heads, 9, rule=rule, claim=ai))
        for s in sv:
            t = truth_line(0, s, claim_id=har, payer_claim_id=icn, patient=pat, printed=("billed",))
            t["description"] = LONG_DESC.get(s.code, s.desc)
            lines.append(t)
            cells = [dfmt(s.dos, "mdy4"), rev_code(s.code, s.mods), s.code, " ".join(s.mods),
                     wrap(wm, LONG_DESC.get(s.code, s.desc), 232), units_str(s.units), m(s.billed)]
            blocks.append(row_block(fam, fs, cols, cells, lead, [t], claim=ai, rule=rule))
        blocks.append(row_block(fam, fs, [(206, "l"), (540, "r")], ["Total charges", m(tb)], lead, claim=ai,
                                bold=True))
        blocks.append(row_block(fam, fs, [(206, "l"), (540, "r")],
                                [f"{plan} payment (claim {icn}) 01/30/2026", m(-ins)], lead, claim=ai))
        blocks.append(row_block(fam, fs, [(206, "l"), (540, "r")],
                                [f"{plan} contractual adjustment 01/30/2026", m(-contr)], lead, claim=ai))
        blocks.append(row_block(fam, fs, [(206, "l"), (540, "r")], ["Account balance - patient responsibility",
                                                                    m(owe)], lead, claim=ai, bold=True, pad=8))
        ctruth.append({"claim_id": har, "payer_claim_id": icn, "patient": pat,
                       "totals": claim_totals(tb, None, ins, owe)})
        accts[ai] = accts[ai] + (owe,)
    due = sum((a[-1] for a in accts), ZERO)
    blocks.append(text_block(fam, 8.4, ["Summary of accounts for this guarantor"], 12, bold=True, x=40))
    for a in accts:
        blocks.append(row_block(fam, 7.6, [(40, "l"), (200, "l"), (540, "r")], [a[0], a[1], md(a[-1])], 10.5))
    blocks.append(row_block(fam, 8.4, [(40, "l"), (540, "r")], ["Total amount due", md(due)], 12, bold=True))
    blocks.append(text_block(fam, 7.2, ["Financial assistance may be available. Ask for our plain-language "
                                        "summary or call Patient Financial Services at 1-866-555-0139.",
                                        "Codes shown are revenue codes (Rev) and procedure codes (Code) as sent "
                                        "to your insurance."], 10, x=40))

    def furniture(c, p, n):
        c.font(fam, 13, True)
        c.text(40, 40, "Mercy Ridge Children's & Family Hospital")
        c.font(fam, 7.6)
        c.text(40, 51, "Patient Financial Services  |  1500 Larkspur Parkway, Ridgeview, WA 98310")
        c.font(fam, 10, True)
        c.text(572, 40, "PATIENT STATEMENT", "r")
        c.font(fam, 7.6)
        c.text(572, 51, "Guarantor: Siobhan Brannigan   Guarantor no. 7704519", "r")
        c.text(572, 61, "Statement date: 02/07/2026", "r")
        c.line(38, 68, 574, 68, 1)
        if p == 1:
            c.rect(38, 76, 536, 34, fill=0.93, lw=0.5)
            c.font(fam, 8)
            c.text(46, 90, "This statement lists hospital outpatient charges for three family members and what "
                           "your insurance has done.")
            c.text(46, 102, f"Total now due: {md(due)}     Due by: 03/05/2026     Pay online with code MRH-7704519")
        c.font(fam, 6.8)
        c.text(306, 776, f"Page {p} of {n}", "c")

    def cont(c, y, ai):
        c.font(fam, 8.4, True)
        c.text(40, y + 9, f"Patient: {accts[ai][0]}    Hospital account: {accts[ai][1]}    (continued)")
        hdr_block(fam, fs, cols, heads, 9, rule=rule).draw(c, y + 13)

    pages = flow(FP, path, LETTER, blocks, furniture, top=78, bottom=762, cont=cont, cont_h=13 + 12, first_top=118)
    write_truth(path, name, "fpdf2", pages, "hospital outpatient family statement, line charges with account-level "
                "insurance", lines, ctruth, [])
    return name


LAYOUTS = [l01, l02, l03, l04, l05, l06, l07, l08, l09, l10]
# where each layout prints the service date: on the service row, or only in a claim heading
DATE_ON_ROW = {"h159_03_msn_part_b_whitcomb": False}
ADJ_ON_ROW = {"h159_05_eastmarch_medicaid_ra", "h159_06_lakeland_medicaid_remit",
              "h159_07_clearinghouse_medicare_remit", "h159_08_pm_insurance_receipts_journal"}


def build(out: Path) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    return [fn(out) for fn in LAYOUTS]


# ================================================================================================ self-check
def _page_lines(page) -> list[str]:
    words = page.extract_words(x_tolerance=1.5, y_tolerance=2)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if rows and abs(rows[-1][0] - w["top"]) <= 2.0:
            rows[-1][1].append(w)
        else:
            rows.append([w["top"], [w]])
    return [" ".join(x["text"] for x in sorted(ws, key=lambda w: w["x0"])) for _, ws in rows]


def _nums(s: str) -> set[str]:
    return set(re.findall(r"\d+\.\d{2}", s.replace(",", "").replace("$", "")))


def _dates(d: date) -> list[str]:
    return [dfmt(d, k) for k in ("mdy2", "mdy4", "mdy6", "mon", "month", "mdyn")]


def _absamt(v: str) -> str:
    return f"{abs(Decimal(v)):.2f}"


def check(out: Path, names: list[str]) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    spanning = 0
    multipage = 0
    for name in names:
        pdf_path = out / f"{name}.pdf"
        truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
        with pdfplumber.open(pdf_path) as pdf:
            prod = (pdf.metadata.get("Producer") or "").lower()
            if truth["producer"].replace("2", "") not in prod.replace(" ", ""):
                errs.append(f"{name}: producer {prod!r} vs {truth['producer']}")
            if len(pdf.pages) != truth["pages"]:
                errs.append(f"{name}: pages {len(pdf.pages)} != {truth['pages']}")
            plines = [_page_lines(p) for p in pdf.pages]
        doc = "\n".join("\n".join(x) for x in plines)
        multipage += truth["pages"] > 1
        hitsets: dict = {}
        for i, t in enumerate(truth["lines"]):
            where = f"{name} line {i} ({t['code']} {t['service_date']})"
            for k in ("patient", "claim_id", "payer_claim_id"):
                if t[k] is not None and t[k] not in doc:
                    errs.append(f"{where}: {k} {t[k]!r} not in document text")
            cands = plines[t["page"] - 1]
            need_nums = [_absamt(t[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                                  "coinsurance", "not_covered", "discount") if t[k] is not None]
            if name in ADJ_ON_ROW:
                need_nums += [_absamt(a[2]) for a in t["adjustments"] if a[2] is not None]

            def ok(line: str, t=t, need_nums=need_nums, name=name) -> bool:
                toks = set(line.replace(",", " ").split())
                if t["code"] and t["code"] not in line:
                    return False
                if any(mo not in toks for mo in t["modifiers"]):
                    return False
                if t["units"] is not None and t["units"] not in toks:
                    return False
                nums = _nums(line)
                if any(n not in nums for n in need_nums):
                    return False
                if any(r not in toks for r in t["remarks"]):
                    return False
                if DATE_ON_ROW.get(name, True) and not any(ds in line for ds in _dates(D.fromisoformat(
                        t["service_date"]))):
                    return False
                if t["service_end"] and not any(ds in line for ds in _dates(D.fromisoformat(t["service_end"]))):
                    return False
                if name in ADJ_ON_ROW and any(a[1] not in line for a in t["adjustments"]):
                    return False
                return True
            hits = frozenset(k for k, ln in enumerate(cands) if ok(ln))
            if not hits:
                errs.append(f"{where}: no matching row on page {t['page']}")
            hitsets.setdefault((t["page"], hits), []).append(i)
            if not DATE_ON_ROW.get(name, True) and not any(ds in doc for ds in _dates(D.fromisoformat(
                    t["service_date"]))):
                errs.append(f"{where}: date not in document")
            if t["description"]:
                pg = " ".join(cands)
                if any(w not in pg for w in t["description"].split()):
                    errs.append(f"{where}: description words missing")
            # the document's own arithmetic
            g = {k: (Decimal(t[k]) if t[k] is not None else None) for k in
                 ("billed", "allowed", "paid", "deductible", "copay", "coinsurance", "discount", "not_covered",
                  "patient_owes")}
            if t["adjustments"] and all(a[2] is not None for a in t["adjustments"]):
                if g["billed"] - sum(Decimal(a[2]) for a in t["adjustments"]) != g["paid"]:
                    errs.append(f"{where}: billed - adjustments != paid")
            if all(g[k] is not None for k in ("allowed", "deductible", "copay", "coinsurance", "paid")):
                if g["allowed"] - g["deductible"] - g["copay"] - g["coinsurance"] != g["paid"]:
                    errs.append(f"{where}: allowed - cost share != paid")
            if g["discount"] is not None and g["allowed"] is not None:
                if not (g["allowed"] == 0 and g["paid"] == 0):
                    if g["billed"] - g["discount"] - (g["not_covered"] or 0) != g["allowed"]:
                        errs.append(f"{where}: billed - discount != allowed")
        for (pg, hs), idx in hitsets.items():  # identical-looking rows must each have a row of their own
            if hs and len(hs) < len(idx):
                errs.append(f"{name}: truth lines {idx} share {len(hs)} matching rows on page {pg}")
        # claims: totals add up unless a planted mismatch says otherwise
        planted = " ".join(truth["expected_findings"])
        pages_of: dict = {}
        for t in truth["lines"]:
            pages_of.setdefault((t["claim_id"], t["payer_claim_id"]), set()).add(t["page"])
        spanning += any(len(v) > 1 for v in pages_of.values())
        for cl in truth["claims"]:
            key = (cl["claim_id"], cl["payer_claim_id"])
            cls = [t for t in truth["lines"] if (t["claim_id"], t["payer_claim_id"]) == key]
            if not cls:
                errs.append(f"{name}: claim {key} has no lines")
            for k, v in cl["totals"].items():
                vals = [t[k] for t in cls if t[k] is not None]
                if v is None or not vals:
                    continue
                s = sum((Decimal(x) for x in vals), ZERO)
                if v not in doc.replace("$", "").replace(",", "") and _absamt(v) not in _nums(doc):
                    errs.append(f"{name}: claim {key} total {k} {v} not printed")
                mism = cl["payer_claim_id"] and f"claim {cl['payer_claim_id']}:" in planted
                if (s != Decimal(v)) != bool(mism and k == "paid"):
                    errs.append(f"{name}: claim {key} {k} total {v} vs lines {s} (planted={bool(mism)})")
        print(f"  {name}: {truth['producer']}, {truth['pages']} pages, {len(truth['lines'])} lines, "
              f"{len(truth['claims'])} claims, spanning={any(len(v) > 1 for v in pages_of.values())}")
    if spanning < 3:
        errs.append(f"only {spanning} files have a claim continuing onto the next page (need 3)")
    if multipage < 4:
        errs.append(f"only {multipage} multi-page files")
    # determinism: a second build must be byte-identical
    with tempfile.TemporaryDirectory() as td:
        names2 = build(Path(td))
        for n in names2:
            for suf in (".pdf", ".pdf.truth.json"):
                a = hashlib.sha256((out / f"{n}{suf}").read_bytes()).hexdigest()
                b = hashlib.sha256((Path(td) / f"{n}{suf}").read_bytes()).hexdigest()
                if a != b:
                    errs.append(f"{n}{suf}: not deterministic")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout159_"))
    samples = (REPO / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    names = build(out)
    print(f"wrote {len(names)} PDFs to {out}")
    if "--check" in argv:
        errs = check(out, names)
        for e in errs:
            print("CHECK FAIL:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
