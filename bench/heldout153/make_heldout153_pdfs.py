"""Write the 153rd held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on ten house styles of the five commonest real document kinds, written by an
author who did not look at the reader, its tests or how it reads these files.

Run:  python bench/heldout153/make_heldout153_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout153/make_heldout153_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Drawing back-ends and the self-check live
in bench/heldout153/h153_render.py. Every layout is drawn twice (first pass counts pages for "Page n of N").
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py): printed values only, null for what a layout
does not print (units null where no quantity is printed, e.g. the commercial EOBs, the MA EOB, single-unit
MSN lines); claim_id = the provider's own account / patient-control / visit number (null on the MSN and the
MA EOB, which print none), payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed
(the person served, not the subscriber or guarantor). Descriptions in truth are the text printed on the row
(truncated where the layout truncates), null where the layout prints none. Every name, number, payer,
provider and ID is invented; descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness).

Layouts:
  01  commercial member EOB, family of three (reportlab, core Helvetica, portrait): summary of claims, per-claim
      shaded bar "Patient / Claim # / Provider / Patient Acct #", "Amount Charged / Plan Discount / Not Covered /
      Plan Allowance / Deductible / Copay / Coinsurance / Plan Paid / You Owe / Notes", "97530-GO-59", mm/dd/yy,
      truncated descriptions, a PR denial, a 18-line claim continued on page 2 with repeated bar "(continued)"
      and column header, rights box footer; PLANTED You Owe claim-total mismatch on claim CCH2601-883517
  02  commercial "Statement of Claims Processed" (fpdf2, DejaVu Sans Condensed, landscape): "Claim ID", patient
      + relationship, "Provider reference", "Provider Billed / Member Rate Savings / Member Rate / Not Covered /
      Copay / Coinsurance / Plan Responsibility / Member Responsibility / Reason", Code and Mod apart, Units,
      "Jan 6, 2026", wrapped long descriptions, $ and parenthesised money, copay plan, CO denial, 3 family members
  03  Medicare Summary Notice Part B (reportlab, core Times): dashboard page 1, claims under a date heading with
      "Claim Number", "Service Provided & Billing Code" cell "Therapeutic exercises, 2 units (97110-GP)",
      charged / approved / paid provider / maximum you may be billed / notes letters, a denied service, an
      8-line claim continued onto page 2 "(continued)", help footer on every page
  04  Medicare Advantage member EOB (fpdf2, Liberation Sans): summary table, "Service and code" cell
      "Gait training 97116 GP KX", "Provider charged / Plan's approved amount / Plan's share / Your share",
      per-visit copay, a 22-line claim continued with "claim continued from previous page" and header
  05  state Medicaid remittance advice (fpdf2, core Courier, landscape, fixed pitch): "RECIP / RECIP ID / ICN /
      PAT ACCT", PAID / DENIED / ADJUSTED sections, MMDDYY dates, units "2.00", trailing-minus reversal of an
      earlier ICN and its replacement, state EOB codes with message legend, column header repeated every page
  06  Medicaid managed-care "Provider Remittance Statement" (reportlab, Liberation Sans Narrow): member /
      Medicaid ID / Pt Ctrl Nbr / TCN / claim status, Svc From / Svc To (a date range line), Qty, Member Liab,
      Reimb, "CO 45" + amount per line with further adjustments on sub-rows, RARC, denied claim, glossary
  07  Medicare-style paper remit reprinted by a clearinghouse (reportlab, core Courier, landscape): "NAME / MID /
      ACNT / ICN / ASG / MOA" claim lines, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS
      GRP/RC-AMT PROV PD", "0105 010526" dates, stacked CO-45 / PR-1 / PR-2 / CO-253 rows, REM line, PT RESP,
      CLAIM TOTALS, NET
  08  practice-management ERA posting report (fpdf2, Liberation Sans Narrow, landscape, boxed rows): patient,
      Acct #, payer claim # and DOS on every row, "CO45"-style glued adjustment codes stacked in the row box,
      claim total rows, a take-back of a December claim in parentheses, batch total
  09  therapy clinic family statement (reportlab, DejaVu Sans): detachable remit stub, guarantor account,
      per-child sections with visit heading "Visit V-... filed to ... insurance claim ...", CPT / Mod / Units /
      Charges / Ins. Paid / Ins. Adj. / Your Balance, a family payment row, aging line; 3 children
  10  hospital itemized family statement (fpdf2, DejaVu Serif): grey left sidebar, remit stub on page 1, per-
      account heading with patient and primary insurer claim no., Date / Rev / HCPCS / Mod / Description / Qty /
      Charges, account summary (payment, contractual allowance, patient balance); a 21-line account continued
      on page 2 with "(continued)" and header; mother and two children

The self-check (--check) tests the factory, never the reader: page counts; for every truth line one text row
of its page (pdfplumber) holds the code, modifiers, units and every printed amount and (where the layout
prints it on the row) the date, adjustments and remarks in that row's block; dates on the page otherwise;
ids and patient in the document; billed - discount - not covered = allowed, allowed - patient share = paid
(not for the Medicare ones, sequestration), billed - adjustments = paid where every adjustment is printed;
printed claim totals = sum of lines except the declared planted mismatch, which must really be there.
"""

# ruff: noqa: B023  (closures are called within the loop iteration that defines them)
from __future__ import annotations

import json
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

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
from h153_render import Doc, check_file  # noqa: E402

D = date(2026, 1, 5)


def day(n: int) -> date:
    return D + timedelta(days=n)


def cols_at(x0: float, spec: list[tuple[str, float, str]]) -> list[tuple[str, float, float, str]]:
    out, x = [], x0
    for h, w, a in spec:
        out.append((h, x, w, a))
        x += w
    return out


def draw_header(doc: Doc, cols, y: float, size: float, gray: float | None = None, box: bool = False) -> float:
    nl = max(h.count("\n") + 1 for h, *_ in cols)
    hh = nl * (size + 1.5) + 4
    if gray is not None or box:
        doc.rect(cols[0][1], y, cols[-1][1] + cols[-1][2] - cols[0][1], hh, gray=gray)
    doc.font(size, True)
    for h, x, w, a in cols:
        for k, part in enumerate(h.split("\n")):
            yy = y + 2 + (k + 1) * (size + 1.5) - 1
            if a == "r":
                doc.text(x + w - 2, yy, part, "r")
            else:
                doc.text(x + 2, yy, part)
    return y + hh


def draw_row(doc: Doc, cols, cells: list[str], y: float, size: float, bold: bool = False) -> None:
    doc.font(size, bold)
    for (h, x, w, a), s in zip(cols, cells):
        if a == "r":
            doc.text(x + w - 2, y, s, "r")
        else:
            doc.text(x + 2, y, s)


class Flow:
    def __init__(self, doc: Doc, bottom: float, furniture):
        self.doc, self.bottom, self.furniture = doc, bottom, furniture
        self.y = furniture(doc)

    def need(self, h: float, cont=None) -> bool:
        if self.y + h > self.bottom:
            self.doc.new_page()
            self.y = self.furniture(self.doc)
            if cont:
                cont()
            return True
        return False


def claim_rec(cid, pcid, pat, totals) -> dict:
    return {"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": totals}


# ============================================================================ L1 commercial member EOB (rl)

M_L1 = lambda d: money(d, ",", "-")  # noqa: E731
SPEC = {}
PG: dict[str, int] = {}


def l1(out: Path) -> None:
    name = "h153_01_commercial_member_eob.pdf"
    doc = Doc("reportlab", out / name, "helv", title="Explanation of Benefits")
    fam = [("Maya Okafor-Brandt", "BPT-44190", "CCH2601-883104"), ("Daniel Okafor-Brandt", "RS-20931", "CCH2601-883517"),
           ("Theo Okafor-Brandt", "BPT-44371", "CCH2601-884062"), ("Maya Okafor-Brandt", "BPT-44388", "CCH2601-885230")]
    provs = ["Bright Path Pediatric Therapy", "Riverside Spine & Sport PT", "Bright Path Pediatric Therapy",
             "Bright Path Pediatric Therapy"]
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"))
    claims = [
        [Svc(day(0), "97165", 1, ("GO",)), Svc(day(0), "97530", 2, ("GO",)), Svc(day(2), "97530", 2, ("GO",)),
         Svc(day(2), "97112", 1, ("GO",)), Svc(day(7), "97530", 3, ("GO",)), Svc(day(7), "97535", 1, ("GO",)),
         Svc(day(9), "97530", 2, ("GO", "59")), Svc(day(9), "97140", 1, ("GO",)), Svc(day(14), "97530", 2, ("GO",)),
         Svc(day(14), "97110", 1, ("GO",)), Svc(day(16), "97760", 1, ("GO",)), Svc(day(16), "97535", 2, ("GO",)),
         Svc(day(21), "97530", 2, ("GO",)), Svc(day(21), "97112", 1, ("GO",)), Svc(day(23), "97530", 3, ("GO",)),
         Svc(day(23), "97535", 1, ("GO",)), Svc(day(28), "97530", 2, ("GO",)), Svc(day(28), "97140", 1, ("GO",))],
        [Svc(day(1), "97161", 1, ("GP",)), Svc(day(1), "97110", 2, ("GP",)), Svc(day(3), "97140", 2, ("GP",)),
         Svc(day(3), "G0283", 1, ("GP",), denied="PR")],
        [Svc(day(4), "92523", 1, ("GN",)), Svc(day(11), "92507", 1, ("GN",)), Svc(day(18), "92507", 1, ("GN",))],
        [Svc(day(21), "97168", 1, ("GO",)), Svc(day(21), "97530", 2, ("GO",))],
    ]
    for svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="96")
            s.remarks = ["X4"] if s.denied else (["D1"] if s.deductible else [])
    cols = cols_at(30, [("Service\nDates", 42, "l"), ("Description of Service", 100, "l"), ("Service\nCode", 52, "l"),
                        ("Amount\nCharged", 44, "r"), ("Plan\nDiscount", 40, "r"), ("Not\nCovered", 38, "r"),
                        ("Plan\nAllowance", 42, "r"), ("Deduct-\nible", 36, "r"), ("Copay", 30, "r"),
                        ("Co-\ninsurance", 38, "r"), ("Plan\nPaid", 38, "r"), ("You\nOwe", 34, "r"),
                        ("Notes", 28, "l")])

    def furniture(doc: Doc) -> float:
        doc.font(15, True)
        doc.text(30, 46, "CEDAR CREST HEALTH PLAN")
        doc.font(7.5)
        doc.text(30, 58, "PO Box 40712  |  Harlow Springs, OR 97490  |  Member Services 1-800-555-0164 (TTY 711)")
        doc.font(11, True)
        doc.text(582, 46, "EXPLANATION OF BENEFITS", "r")
        doc.font(7.5)
        doc.text(582, 58, "THIS IS NOT A BILL", "r")
        doc.text(582, 68, f"Page {doc.page} of {PG.get(name, 1)}", "r")
        doc.hline(30, 582, 76, 1.2)
        doc.rect(30, 660, 552, 80)
        doc.font(8, True)
        doc.text(38, 674, "Important information about your rights")
        doc.font(6.8)
        for k, t in enumerate(["If you disagree with how a claim was handled you may ask us to review it. Send your "
                               "request in writing with", "copies of any bills and records. A decision will be mailed "
                               "to you within 30 days of receipt. You may also contact", "your state insurance "
                               "department's consumer line, or the Employee Benefits Security Administration if "
                               "your plan", "is offered through an employer."]):
            doc.text(38, 688 + 10 * k, t)
        doc.font(6.5)
        doc.text(30, 752, "To appeal, write within 180 days to Cedar Crest Health Plan, Appeals Unit, PO Box 40790, "
                          "Harlow Springs, OR 97490. Language help: 1-800-555-0164.")
        if doc.page == 1:
            doc.font(8)
            for k, (a, b) in enumerate([("Subscriber:", "Daniel Okafor-Brandt"), ("Member ID:", "CXH 604 118 273"),
                                        ("Group:", "Marrowind Logistics 33810"), ("Statement Date:", "02/02/2026")]):
                doc.text(30, 92 + 11 * k, a)
                doc.text(100, 92 + 11 * k, b)
            doc.rect(330, 84, 252, 48)
            doc.font(8, True)
            doc.text(338, 96, "Your 2026 In-Network Accumulators")
            doc.font(7.5)
            doc.text(338, 108, "Individual deductible: $150.00 met of $750.00")
            doc.text(338, 118, "Family out-of-pocket: $1,042.19 of $6,000.00")
            doc.font(8.5, True)
            doc.text(30, 150, "Summary of Claims Processed This Period")
            doc.font(7.5)
            for k, (pn, _a, cl) in enumerate(fam):
                doc.text(30, 164 + 11 * k, f"{pn}")
                doc.text(170, 164 + 11 * k, cl)
                doc.text(290, 164 + 11 * k, provs[k])
            doc.text(30, 216, "Detailed claim information follows. Amounts in the You Owe column are what your "
                              "provider may bill you after this plan's payment.")
            return 236
        return 92
    fl = Flow(doc, 640, furniture)
    lines, crec, legend_used = [], [], set()
    findings = []
    for ci in (1, 2, 0, 3):
        svcs = claims[ci]
        pat, acct, clm = fam[ci]

        def head(cont=False):
            doc.font(8.5, True)
            doc.rect(30, fl.y, 552, 14, gray=0.9)
            doc.text(34, fl.y + 10, f"Patient: {pat}" + ("   (continued)" if cont else ""))
            doc.font(7.5)
            doc.text(210, fl.y + 10, f"Claim #: {clm}")
            doc.text(330, fl.y + 10, f"Provider: {provs[ci]}")
            doc.text(578, fl.y + 10, f"Patient Acct #: {acct}", "r")
            fl.y = draw_header(doc, cols, fl.y + 16, 6.5) + 9
        fl.need(60)
        head()
        for s in svcs:
            if fl.need(12, lambda: head(True)):
                pass
            cells = [dfmt(s.dos, "mdy2"), s.desc[:26].rstrip(), "-".join((s.code,) + s.mods), M_L1(s.billed),
                     M_L1(s.discount),
                     M_L1(s.not_covered), M_L1(s.allowed), M_L1(s.deductible), M_L1(s.copay), M_L1(s.coinsurance),
                     M_L1(s.paid), M_L1(s.owes), " ".join(s.remarks)]
            draw_row(doc, cols, cells, fl.y, 6.8)
            legend_used.update(s.remarks)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat, units=False,
                                    printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes"), remarks=s.remarks,
                                    overrides={"description": cells[1]}))
            fl.y += 10.5
        fl.need(14)
        tb, tp, to = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "owes")
        printed_owes = to + Decimal("10.00") if ci == 1 else to
        if ci == 1:
            findings.append(f"claim-total-mismatch claim {clm}: printed You Owe total {printed_owes} but the lines "
                            f"add up to {to}")
        doc.hline(30, 582, fl.y - 7.5)
        draw_row(doc, cols, ["", "Claim Totals", "", M_L1(tb), M_L1(total(svcs, "discount")),
                             M_L1(total(svcs, "not_covered")), M_L1(total(svcs, "allowed")),
                             M_L1(total(svcs, "deductible")), M_L1(total(svcs, "copay")),
                             M_L1(total(svcs, "coinsurance")), M_L1(tp), M_L1(printed_owes), ""], fl.y, 6.8, True)
        crec.append(claim_rec(acct, clm, pat, claim_totals(tb, total(svcs, "allowed"), tp, printed_owes)))
        fl.y += 22
    legend = [("D1", "Part of this amount counted toward your yearly deductible."),
              ("X4", "Your plan does not include this kind of service; the provider may bill you for it."),
              ]
    fl.need(50)
    doc.font(8, True)
    doc.text(30, fl.y, "Notes")
    doc.font(7)
    for k, (c, t) in enumerate(legend):
        doc.text(30, fl.y + 11 * (k + 1), f"{c}  {t}")
    fl.y += 40
    doc.text(30, fl.y, "Questions or want to appeal? You have 180 days from the statement date. Call Member Services.")
    pages = doc.save()
    PG[name] = pages
    write_truth(out / name, "h153_01", "reportlab", pages, "commercial member EOB, family of three", lines, crec,
                legend, findings)


SPEC["h153_01_commercial_member_eob.pdf"] = dict(
    money=M_L1, date=lambda d: dfmt(d, "mdy2"), date_on_row=True, units=None, adj=None, block=0,
    code=lambda r: ["-".join([r["code"]] + r["modifiers"])])

# ============================================================ L2 commercial member EOB (fpdf2, landscape)

M_L2 = lambda d: money(d, "$", "()")  # noqa: E731


def l2(out: Path) -> None:
    name = "h153_02_commercial_claims_statement.pdf"
    doc = Doc("fpdf2", out / name, "DejaVuSansCondensed", landscape=True, title="Statement of Claims Processed")
    st = PlanState(ded_left=Decimal("0.00"), copay_codes={"99213": Decimal("30.00"), "97110": Decimal("20.00"),
                                                          "97530": Decimal("20.00"), "92507": Decimal("20.00")})
    groups = [
        ("Priya Castellanos", "Self", "Harborview Hand Therapy Group", "HHT-0093317", "2026-0119-004518",
         [Svc(day(1), "97166", 1, ("GO",)), Svc(day(1), "97760", 1, ("GO",), desc=LONG_DESC["97760"]),
          Svc(day(1), "L3807", 1, ("RT",), desc=LONG_DESC["L3807"]), Svc(day(8), "97110", 2, ("GO",)),
          Svc(day(8), "97140", 1, ("GO",), desc=LONG_DESC["97140"])]),
        ("Samuel Castellanos", "Spouse", "Northgate Family Medicine", "NFM-771204", "2026-0121-009902",
         [Svc(day(3), "99213", 1, ("25",)), Svc(day(3), "G0283", 1, (), denied="CO")]),
        ("Lucia Castellanos", "Child", "Little Voices Speech Clinic", "LVS/55821", "2026-0124-011370",
         [Svc(day(6), "92523", 1, ()), Svc(day(13), "92507", 1, ()), Svc(day(20), "92507", 1, ()),
          Svc(day(27), "92507", 1, ())]),
        ("Priya Castellanos", "Self", "Harborview Hand Therapy Group", "HHT-0093402", "2026-0203-000711",
         [Svc(day(15), "97110", 2, ("GO",)), Svc(day(15), "97530", 1, ("GO",), desc=LONG_DESC["97530"]),
          Svc(day(22), "97168", 1, ("GO",), desc=LONG_DESC["97168"])]),
    ]
    for g in groups:
        for s in g[5]:
            commercial(s, st, deny_reason="96")
            s.remarks = ["NC2"] if s.denied else (["CP"] if s.copay else [])
    cols = cols_at(24, [("Date of Service", 62, "l"), ("Service", 170, "l"), ("Code", 42, "l"), ("Mod", 28, "l"),
                        ("Units", 28, "r"), ("Provider\nBilled", 52, "r"), ("Member Rate\nSavings", 54, "r"),
                        ("Member\nRate", 48, "r"), ("Not\nCovered", 44, "r"), ("Copay", 40, "r"),
                        ("Coinsurance", 50, "r"), ("Plan\nResponsibility", 62, "r"), ("Member\nResponsibility", 62, "r"),
                        ("Reason", 32, "l")])

    def furniture(doc: Doc) -> float:
        doc.rect(24, 20, 744, 30, gray=0.85)
        doc.font(13, True)
        doc.text(32, 40, "Lakeshore Mutual Benefit Association")
        doc.font(10, True)
        doc.text(760, 34, "Statement of Claims Processed", "r")
        doc.font(7)
        doc.text(760, 45, "Not a bill. Keep for your records.", "r")
        doc.text(24, 598, "Lakeshore Mutual Benefit Association, 1900 Quarry Point Rd, Danvers Falls, MN 55390")
        doc.text(768, 598, f"{doc.page}/{PG.get(name, 1)}", "r")
        if doc.page == 1:
            doc.font(8)
            doc.text(24, 66, "Primary member: Priya Castellanos      Member number: LMB-4471-0293-01      "
                             "Plan: Choice Copay 30      Processed: 02/02/2026")
            return 82
        return 62
    fl = Flow(doc, 560, furniture)
    lines, crec = [], []
    for pat, rel, prov, acct, clm, svcs in groups:
        fl.need(70)
        doc.font(8.5, True)
        doc.text(24, fl.y + 8, f"Claim ID {clm}")
        doc.font(8)
        doc.text(140, fl.y + 8, f"Patient: {pat}")
        doc.text(290, fl.y + 8, f"Relationship: {rel}")
        doc.text(390, fl.y + 8, f"Provider: {prov}")
        doc.text(600, fl.y + 8, f"Provider reference: {acct}")
        fl.y = draw_header(doc, cols, fl.y + 12, 7, box=True) + 9
        for s in svcs:
            doc.font(7.5)
            wr = doc.wrap(s.desc, 166)
            fl.need(10 * len(wr))
            draw_row(doc, cols, [dfmt(s.dos, "mon"), wr[0], s.code, " ".join(s.mods), units_str(s.units),
                                 M_L2(s.billed), M_L2(s.discount), M_L2(s.allowed), M_L2(s.not_covered), M_L2(s.copay),
                                 M_L2(s.coinsurance), M_L2(s.paid), M_L2(s.owes), " ".join(s.remarks)], fl.y, 7.5)
            for k, w in enumerate(wr[1:]):
                doc.text(cols[1][1] + 2, fl.y + 9 * (k + 1), w)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "discount", "allowed", "not_covered", "copay", "coinsurance",
                                             "paid", "patient_owes"), remarks=s.remarks))
            fl.y += 9 * len(wr) + 2
        doc.hline(24, 768, fl.y - 7)
        t = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        draw_row(doc, cols, ["", "Claim total", "", "", "", M_L2(t["billed"]), "", M_L2(t["allowed"]), "", "", "",
                             M_L2(t["paid"]), M_L2(t["owes"]), ""], fl.y + 2, 7.5, True)
        crec.append(claim_rec(acct, clm, pat, claim_totals(t["billed"], t["allowed"], t["paid"], t["owes"])))
        fl.y += 24
    legend = [("CP", "A fixed copay from your plan's benefit summary applies to this visit."),
              ("NC2", "Not a covered benefit under your plan; your provider has agreed not to bill you for it.")]
    fl.need(40)
    doc.font(7.5, True)
    doc.text(24, fl.y, "Reason codes")
    doc.font(7.5)
    for k, (c, tx) in enumerate(legend):
        doc.text(24, fl.y + 10 * (k + 1), f"{c} - {tx}")
    pages = doc.save()
    PG[name] = pages
    write_truth(out / name, "h153_02", "fpdf2", pages, "commercial member EOB, landscape, copay plan", lines, crec,
                legend)


SPEC["h153_02_commercial_claims_statement.pdf"] = dict(
    money=M_L2, date=lambda d: dfmt(d, "mon"), date_on_row=True, units=lambda u: u, adj=None, block=0,
    code=lambda r: [r["code"]] + r["modifiers"])

# ================================================================ L3 Medicare Summary Notice (rl, Times)

M_L3 = lambda d: money(d, "$", "-")  # noqa: E731


def l3(out: Path) -> None:
    name = "h153_03_medicare_summary_notice.pdf"
    doc = Doc("reportlab", out / name, "times", title="Medicare Summary Notice")
    pat = "EULALIA R. VANTERPOOL"
    st = PlanState(ded_left=Decimal("120.00"))
    claims = [
        ("Seawall Hand & Upper Limb Therapy", "26-014-0772-3318-00", day(2),
         [Svc(day(2), "97165", 1, ("GO",)), Svc(day(2), "97530", 2, ("GO",)), Svc(day(2), "97140", 1, ("GO", "59"))]),
        ("Tidewater Internal Medicine", "26-023-0815-6602-00", day(11), [Svc(day(11), "99213", 1, ())]),
        ("Seawall Hand & Upper Limb Therapy", "26-027-0902-1147-00", day(13),
         [Svc(day(13), "97530", 3, ("GO", "KX")), Svc(day(13), "97110", 2, ("GO",)), Svc(day(13), "97112", 1, ("GO",)),
          Svc(day(13), "97535", 1, ("GO",)), Svc(day(13), "G0283", 1, ("GO",)), Svc(day(13), "0552T", 1, (), denied="PR"),
          Svc(day(13), "97760", 1, ("GO",)), Svc(day(13), "L3807", 1, ("LT",))]),
        ("Seawall Hand & Upper Limb Therapy", "26-030-0861-0075-00", day(16),
         [Svc(day(16), "97530", 2, ("GO", "CO")), Svc(day(16), "97110", 1, ("GO", "CO")),
          Svc(day(16), "97168", 1, ("GO",))]),
    ]
    for c in claims:
        for s in c[3]:
            medicare(s, st, deny_reason="50")
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])

    def furniture(doc: Doc) -> float:
        doc.font(8)
        doc.text(40, 30, f"{pat}")
        doc.text(572, 30, f"Page {doc.page} of {PG.get(name, 1)}", "r")
        doc.hline(40, 572, 36)
        doc.hline(40, 572, 690)
        doc.font(8, True)
        doc.text(40, 704, "Get help with this notice")
        doc.font(7.5)
        doc.text(40, 716, "Call the Medicare Benefits Administrator help line at 1-800-555-0112 (TTY 1-800-555-0113), "
                          "24 hours a day.")
        doc.text(40, 727, "If you think a service was billed in error, tell the provider first. To appeal, follow the "
                          "steps on the last page.")
        doc.text(40, 738, "Report suspected fraud: 1-800-555-0119.")
        if doc.page == 1:
            doc.font(18, True)
            doc.text(40, 66, "Medicare Summary Notice")
            doc.font(11)
            doc.text(40, 82, "for Part B (Medical Insurance)")
            doc.font(9)
            doc.text(40, 100, "The Official Summary of Your Medicare Claims from the Medicare Benefits Administrator")
            doc.font(9, True)
            doc.text(40, 124, pat)
            doc.font(9)
            doc.text(40, 136, "4410 Gannet Cove Rd")
            doc.text(40, 148, "Port Alder, ME 04117")
            doc.rect(330, 112, 242, 70)
            doc.text(338, 126, "Medicare Number       XXX-XX-7K41")
            doc.text(338, 140, "Date of This Notice   February 2, 2026")
            doc.text(338, 154, "Claims Processed Between")
            doc.text(338, 166, "November 3, 2025 - January 30, 2026")
            doc.font(11, True)
            doc.text(40, 212, "Your Deductible Status")
            doc.font(9)
            doc.text(40, 226, "You have now met $257.00 of your $257.00 Part B deductible for 2026.")
            doc.font(11, True)
            doc.text(40, 252, "Did Medicare Approve All Services?   NO")
            doc.font(9)
            doc.text(40, 266, "Medicare did not approve 1 service. See your claims for the reason it was denied.")
            doc.font(11, True)
            doc.text(40, 292, "Your Claims & Costs This Period")
            return 312
        return 56
    fl = Flow(doc, 640, furniture)
    cols = cols_at(40, [("Service Provided & Billing Code", 230, "l"), ("Amount\nProvider\nCharged", 70, "r"),
                        ("Medicare-\nApproved\nAmount", 70, "r"), ("Medicare\nPaid\nProvider", 70, "r"),
                        ("Maximum You\nMay Be\nBilled", 62, "r"), ("See\nNotes", 30, "l")])
    lines, crec = [], []
    for prov, clm, dos, svcs in claims:
        def head(cont=False):
            doc.font(9.5, True)
            doc.text(40, fl.y + 10, f"{dfmt(dos, 'mon')}" + ("  (continued)" if cont else ""))
            doc.font(8.5)
            doc.text(40, fl.y + 22, f"{prov}")
            doc.text(572, fl.y + 10, f"Claim Number: {clm}", "r")
            doc.text(572, fl.y + 22, "Received Jan " + str(dos.day + 3) + ", 2026", "r")
            fl.y = draw_header(doc, cols, fl.y + 28, 7.5, box=True) + 10
        fl.need(72)
        head()
        for s in svcs:
            fl.need(12, lambda: head(True))
            u = f", {units_str(s.units)} units" if s.units > 1 else ""
            code = "-".join((s.code,) + s.mods)
            draw_row(doc, cols, [f"{s.desc}{u} ({code})", M_L3(s.billed), M_L3(s.allowed), M_L3(s.paid),
                                 M_L3(s.owes), ", ".join(s.remarks)], fl.y, 8)
            lines.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=clm, patient=pat,
                                    units=s.units > 1, printed=("billed", "allowed", "paid", "patient_owes"),
                                    remarks=s.remarks))
            fl.y += 11.5
        fl.need(14)
        doc.hline(40, 572, fl.y - 8)
        t = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        draw_row(doc, cols, ["Total for this claim", M_L3(t["billed"]), M_L3(t["allowed"]), M_L3(t["paid"]),
                             M_L3(t["owes"]), ""], fl.y, 8, True)
        crec.append(claim_rec(None, clm, pat, claim_totals(t["billed"], t["allowed"], t["paid"], t["owes"])))
        fl.y += 22
    legend = [("A", "The approved amount comes from the Medicare fee schedule; the provider accepted assignment."),
              ("B", "Some or all of this approved amount went toward your yearly Part B deductible."),
              ("C", "Medicare did not pay because this service is not covered for your condition. You may be "
                    "billed.")]
    fl.need(60)
    doc.font(10, True)
    doc.text(40, fl.y, "Notes for Claims Above")
    doc.font(8)
    for k, (c, tx) in enumerate(legend):
        doc.text(40, fl.y + 12 * (k + 1), f"{c}   {tx}")
    pages = doc.save()
    PG[name] = pages
    write_truth(out / name, "h153_03", "reportlab", pages, "Medicare Summary Notice Part B", lines, crec, legend)


SPEC["h153_03_medicare_summary_notice.pdf"] = dict(
    money=M_L3, date=lambda d: dfmt(d, "mon"), date_on_row=False, units=lambda u: f"{u} units", adj=None,
    block=0, code=lambda r: ["-".join([r["code"]] + r["modifiers"])])

# ================================================== L4 Medicare Advantage member EOB (fpdf2, Liberation Sans)

M_L4 = lambda d: money(d, "$", "-")  # noqa: E731


def l4(out: Path) -> None:
    name = "h153_04_medicare_advantage_eob.pdf"
    doc = Doc("fpdf2", out / name, "LiberationSans", title="Explanation of Benefits")
    pat = "Rosalind K. Abernathy-Quist"
    st = PlanState(visit_copay=Decimal("35.00"), allowed_rate=Decimal("0.46"))
    claims = [("Pinecrest Outpatient Rehabilitation", "MA2601A40019", [
        Svc(day(0), "97163", 1, ("GP",)), Svc(day(0), "97110", 2, ("GP",)), Svc(day(2), "97110", 2, ("GP",)),
        Svc(day(2), "97140", 1, ("GP",)), Svc(day(2), "97116", 1, ("GP",)), Svc(day(4), "97110", 2, ("GP",)),
        Svc(day(4), "97112", 1, ("GP",)), Svc(day(7), "97110", 2, ("GP", "CQ")), Svc(day(7), "97530", 1, ("GP", "CQ")),
        Svc(day(9), "97110", 2, ("GP", "CQ")), Svc(day(9), "97140", 1, ("GP", "CQ")), Svc(day(11), "97116", 2, ("GP",)),
        Svc(day(11), "G0283", 1, ("GP",)), Svc(day(14), "97110", 2, ("GP", "KX")), Svc(day(14), "97112", 1, ("GP", "KX")),
        Svc(day(16), "97110", 3, ("GP", "KX")), Svc(day(18), "97140", 2, ("GP", "KX")),
        Svc(day(18), "97530", 1, ("GP", "KX")), Svc(day(21), "97110", 2, ("GP", "KX")),
        Svc(day(21), "97116", 1, ("GP", "KX")), Svc(day(23), "97110", 2, ("GP", "KX")),
        Svc(day(23), "97140", 1, ("GP", "KX"))]),
        ("Dr. Imelda Ferreira-Stoll, MD", "MA2601B77302", [Svc(day(17), "99213", 1, ())])]
    for c in claims:
        for s in c[2]:
            commercial(s, st)
    # The MA plan prints: charged, approved, plan's share, your share

    def furniture(doc: Doc) -> float:
        doc.font(16, True)
        doc.text(36, 44, "Evergold Senior Advantage (HMO)")
        doc.font(8)
        doc.text(36, 56, "A Medicare Advantage plan offered by Evergold Health Partners")
        doc.font(8)
        doc.text(576, 44, "Your Explanation of Benefits (EOB)", "r")
        doc.text(576, 56, f"for medical services, January 2026  -  page {doc.page} of {PG.get(name, 1)}", "r")
        doc.hline(36, 576, 64, 2)
        doc.font(7)
        doc.text(36, 770, "Evergold Health Partners is an HMO plan with a Medicare contract. Enrollment depends on "
                          "contract renewal. H9921_EOB26_M")
        if doc.page == 1:
            doc.font(9)
            doc.text(36, 84, f"Member: {pat}")
            doc.text(36, 96, "Member ID: EGA0183320")
            doc.text(36, 108, "Primary care provider: Dr. Imelda Ferreira-Stoll")
            doc.rect(330, 74, 246, 52, gray=0.93)
            doc.font(9, True)
            doc.text(338, 88, "Your total costs so far in 2026")
            doc.font(8.5)
            doc.text(338, 102, "Maximum out-of-pocket: $6,700.00")
            doc.text(338, 114, "You have spent: $525.00")
            doc.font(11, True)
            doc.text(36, 150, "Part 1: Summary of your medical services this month")
            doc.rect(36, 160, 540, 150)
            doc.font(8.5)
            rows = [("", "This month", "Year to date"), ("Number of claims", "2", "2"),
                    ("Total charged by providers", "$2,690.00", "$2,690.00"),
                    ("Plan's approved amount", "$1,237.40", "$1,237.40"), ("Plan paid", "$877.40", "$877.40"),
                    ("Your share", "$360.00", "$360.00")]
            for k, (a, b, c) in enumerate(rows):
                doc.font(8.5, k == 0)
                doc.text(46, 178 + 20 * k, a)
                doc.text(380, 178 + 20 * k, b, "r")
                doc.text(520, 178 + 20 * k, c, "r")
            doc.font(11, True)
            doc.text(36, 336, "Part 2: Your medical claims in detail")
            doc.font(8.5)
            doc.text(36, 350, "Each claim lists the services your provider billed and what you may owe them.")
            return 366
        return 80
    fl = Flow(doc, 748, furniture)
    cols = cols_at(36, [("Service date", 62, "l"), ("Service and code", 196, "l"), ("Provider\ncharged", 62, "r"),
                        ("Plan's approved\namount", 74, "r"), ("Plan's\nshare", 62, "r"), ("Your share", 84, "r")])
    lines, crec = [], []
    for prov, clm, svcs in claims[::-1]:
        def head(cont=False):
            doc.font(9, True)
            doc.text(36, fl.y + 10, f"{prov}" + ("  -  claim continued from previous page" if cont else ""))
            doc.font(8.5)
            doc.text(576, fl.y + 10, f"Claim number {clm}", "r")
            doc.text(36, fl.y + 22, f"Patient: {pat}      Network status: In network")
            fl.y = draw_header(doc, cols, fl.y + 27, 7.5, gray=0.88) + 10
        fl.need(80)
        head()
        for s in svcs:
            fl.need(12, lambda: head(True))
            draw_row(doc, cols, [dfmt(s.dos, "mdy4"), f"{s.desc} {' '.join((s.code,) + s.mods)}", M_L4(s.billed),
                                 M_L4(s.allowed), M_L4(s.paid), M_L4(s.owes)], fl.y, 8)
            lines.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=clm, patient=pat, units=False,
                                    printed=("billed", "allowed", "paid", "patient_owes")))
            fl.y += 11
        t = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        fl.need(14)
        doc.hline(36, 576, fl.y - 8)
        draw_row(doc, cols, ["", "Claim total", M_L4(t["billed"]), M_L4(t["allowed"]), M_L4(t["paid"]),
                             M_L4(t["owes"])], fl.y, 8, True)
        crec.append(claim_rec(None, clm, pat, claim_totals(t["billed"], t["allowed"], t["paid"], t["owes"])))
        fl.y += 24
    fl.need(40)
    doc.font(8.5)
    doc.text(36, fl.y, "Your share is the $35.00 specialist copay the plan charges once for each visit day.")
    doc.text(36, fl.y + 12, "Questions? Call Evergold Member Services at 1-888-555-0148, 8 a.m. to 8 p.m., 7 days a week.")
    pages = doc.save()
    PG[name] = pages
    write_truth(out / name, "h153_04", "fpdf2", pages, "Medicare Advantage member EOB, per-visit copay", lines, crec,
                [])


SPEC["h153_04_medicare_advantage_eob.pdf"] = dict(
    money=M_L4, date=lambda d: dfmt(d, "mdy4"), date_on_row=True, units=None, adj=None, block=0,
    code=lambda r: [" ".join([r["code"]] + r["modifiers"])])

# ==================================================== L5 state Medicaid RA (fpdf2, core Courier, landscape)

M_L5 = lambda d: money(d, ",", "trail")  # noqa: E731


def l5(out: Path) -> None:
    name = "h153_05_medicaid_remittance_advice.pdf"
    doc = Doc("fpdf2", out / name, "courier", landscape=True, title="Remittance Advice")
    recips = [
        ("HOLLOWAY, JASPER T", "7730418852", "PC10442", "2026027004118", [
            Svc(day(0), "92523", 1, ("GN",)), Svc(day(2), "92507", 1, ("GN",)), Svc(day(7), "92507", 1, ("GN",)),
            Svc(day(9), "92507", 1, ("GN",)), Svc(day(14), "92507", 1, ("GN",)), Svc(day(16), "92507", 1, ("GN",))]),
        ("NAKAMURA-PIKE, EDIE", "7730562210", "PC10587", "2026027004119", [
            Svc(day(1), "97165", 1, ("GO",)), Svc(day(1), "97530", 2, ("GO",)), Svc(day(8), "97530", 3, ("GO",)),
            Svc(day(8), "97535", 1, ("GO",)), Svc(day(15), "97530", 2, ("GO", "59")), Svc(day(15), "97112", 2, ("GO",)),
            Svc(day(22), "97530", 3, ("GO",)), Svc(day(22), "97129", 1, ("GO",))]),
        ("ORTEGA, BENNY", "7730977401", "PC10612", "2026027004120", [
            Svc(day(3), "97161", 1, ("GP",)), Svc(day(3), "97110", 2, ("GP",)), Svc(day(10), "97110", 2, ("GP",)),
            Svc(day(10), "97116", 1, ("GP",))]),
    ]
    denied = ("ORTEGA, BENNY", "7730977401", "PC10640", "2026027004121",
              [Svc(day(17), "97110", 2, ("GP",), denied="CO"), Svc(day(17), "97150", 1, ("GP",), denied="CO")])
    orig = [Svc(day(4), "97530", 2, ("GO",)), Svc(day(4), "97140", 1, ("GO",))]
    for r in recips:
        for s in r[4]:
            medicaid(s)
            s.remarks = ["0931"] if s.discount else []
    for s in denied[4]:
        medicaid(s)
        s.remarks = ["0172"]
    for s in orig:
        medicaid(s)
    rev = [negate(s) for s in orig]
    for s in rev:
        s.remarks = ["8820"]
    repl = [Svc(day(4), "97530", 3, ("GO",)), Svc(day(4), "97140", 1, ("GO",))]
    for s in repl:
        medicaid(s)
        s.remarks = ["0931"]
    adjclaims = [("NAKAMURA-PIKE, EDIE", "7730562210", "PC10377", "2026012001733", rev, "ORIGINAL CLAIM (REVERSED)"),
                 ("NAKAMURA-PIKE, EDIE", "7730562210", "PC10377", "2026027004122", repl, "ADJUSTED CLAIM")]

    def furniture(doc: Doc) -> float:
        doc.font(8.5, True)
        doc.text(30, 30, "STATE OF WESTMARCH  DEPARTMENT OF HEALTH CARE ACCESS  MEDICAL ASSISTANCE PROGRAM")
        doc.font(8)
        doc.text(30, 42, "REMITTANCE ADVICE        RA NUMBER 0004471903        PAYMENT DATE 02/02/26")
        doc.text(30, 54, "PAYEE: CLEARBROOK CHILDREN'S THERAPY CTR     PAYEE ID 1003349187     EFT TRACE 88104476")
        doc.text(762, 30, f"PAGE {doc.page:>3} OF {PG.get(name, 1):>3}", "r")
        doc.hline(30, 762, 60)
        doc.text(30, 72, "LN  FROM-DOS  TO-DOS    PROC   MODS    UNITS     BILLED    ALLOWED    COPAY       PAID  "
                         "EOB")
        doc.hline(30, 762, 76)
        return 90
    fl = Flow(doc, 580, furniture)
    lines, crec = [], []
    section = [""]

    def sect(title):
        fl.need(40)
        doc.font(8.5, True)
        doc.text(30, fl.y, f"*** {title} ***")
        fl.y += 14
        section[0] = title

    def claim(rn, rid, acct, icn, svcs, note=""):
        def head(cont=False):
            doc.font(8, True)
            doc.text(30, fl.y, f"RECIP: {rn:<24} RECIP ID {rid}  ICN {icn}  PAT ACCT {acct}"
                               + ("  (CONT)" if cont else f"  {note}"))
            fl.y += 11
        fl.need(40)
        head()
        for n, s in enumerate(svcs, 1):
            fl.need(11, lambda: head(True))
            doc.font(8)
            mods = " ".join(s.mods)
            doc.text(30, fl.y, f"{n:02d}  {dfmt(s.dos, 'mdy6')}    {dfmt(s.dos, 'mdy6')}    {s.code}  {mods:<6} "
                               f"{units_str(s.units) + '.00':>6} {M_L5(s.billed):>10} {M_L5(s.allowed):>10} "
                               f"{M_L5(s.copay):>8} {M_L5(s.paid):>10}  {' '.join(s.remarks)}")
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=rn,
                                    printed=("billed", "allowed", "copay", "paid"), remarks=s.remarks,
                                    description=False))
            fl.y += 11
        t = {k: total(svcs, k) for k in ("billed", "allowed", "paid")}
        fl.need(11)
        doc.text(30, fl.y, f"    CLAIM TOTAL {'':>26} {M_L5(t['billed']):>10} {M_L5(t['allowed']):>10} "
                           f"{'':>8} {M_L5(t['paid']):>10}")
        crec.append(claim_rec(acct, icn, rn, claim_totals(t["billed"], t["allowed"], t["paid"], None)))
        fl.y += 18
    sect("PAID CLAIMS")
    for r in recips:
        claim(*r)
    sect("DENIED CLAIMS")
    claim(*denied)
    sect("ADJUSTED CLAIMS")
    for a in adjclaims:
        claim(*a)
    fl.need(80)
    doc.font(8, True)
    doc.text(30, fl.y, "EOB CODE MESSAGES")
    legend = [("0931", "PAYMENT LIMITED TO THE PROGRAM FEE SCHEDULE MAXIMUM."),
              ("0172", "SERVICE EXCEEDS THE PRIOR AUTHORIZED VISIT LIMIT FOR THIS RECIPIENT."),
              ("8820", "CREDIT OF PREVIOUSLY PAID CLAIM; SEE REPLACEMENT ICN.")]
    doc.font(8)
    for k, (c, tx) in enumerate(legend):
        doc.text(30, fl.y + 11 * (k + 1), f"{c}  {tx}")
    pages = doc.save()
    PG[name] = pages
    write_truth(out / name, "h153_05", "fpdf2", pages, "state Medicaid RA, fixed-pitch", lines, crec, legend)


SPEC["h153_05_medicaid_remittance_advice.pdf"] = dict(
    money=M_L5, date=lambda d: dfmt(d, "mdy6"), date_on_row=True, units=lambda u: u + ".00", adj=None, block=0,
    code=lambda r: [r["code"]] + r["modifiers"])

# ======================================== L6 Medicaid managed-care RA (reportlab, Liberation Sans Narrow, ruled)

M_L6 = lambda d: money(d, ",", "()")  # noqa: E731
A_L6 = lambda g, c, a: f"{g} {c}"  # noqa: E731


def l6(out: Path) -> None:
    name = "h153_06_medicaid_provider_remittance.pdf"
    doc = Doc("reportlab", out / name, "LiberationSansNarrow", title="Provider Remittance Statement")
    cl = [
        ("PAID", "Wren Abiodun", "M00448120735", "SLP-26-0071", "TCN 26019E0008812",
         [Svc(day(0), "92507", 1, ("GN",), end=day(0)), Svc(day(2), "92526", 1, ("GN",)),
          Svc(day(7), "92507", 1, ("GN",))]),
        ("PAID", "Kasimir Dunleavy", "M00451933014", "OT-26-0118", "TCN 26019E0008813",
         [Svc(day(1), "97166", 1, ("GO",)), Svc(day(1), "97530", 2, ("GO",)), Svc(day(1), "97535", 1, ("GO",)),
          Svc(day(3), "97530", 2, ("GO",), end=day(10))]),
        ("DENIED", "Marisol Teague", "M00460027719", "OT-26-0124", "TCN 26019E0008814",
         [Svc(day(5), "97167", 1, ("GO",), denied="CO"), Svc(day(5), "97530", 2, ("GO",), denied="CO")]),
        ("PAID", "Kasimir Dunleavy", "M00451933014", "OT-26-0131", "TCN 26019E0008815",
         [Svc(day(12), "97530", 3, ("GO",)), Svc(day(12), "97112", 1, ("GO",)), Svc(day(12), "97760", 1, ("GO",)),
          Svc(day(12), "L3807", 1, ("RT",))]),
    ]
    for c in cl:
        for s in c[5]:
            medicaid(s, deny_reason="197")
            s.remarks = ["N54"] if s.denied else ([] if not s.discount else [])
    # a date-range line (92507 across a week) is its own line with from/to
    cols = cols_at(28, [("Ln", 16, "l"), ("Svc From", 52, "l"), ("Svc To", 52, "l"), ("Proc", 34, "l"),
                        ("Mod", 26, "l"), ("Qty", 22, "r"), ("Charged", 50, "r"), ("Allowed", 50, "r"),
                        ("Member Liab", 48, "r"), ("Reimb", 46, "r"), ("Grp/CARC", 44, "l"), ("Adj Amt", 46, "r"),
                        ("RARC", 36, "l"), ("Status", 34, "l")])

    def furniture(doc: Doc) -> float:
        doc.font(12, True)
        doc.text(28, 40, "Keystone Bay Community Care")
        doc.font(8)
        doc.text(28, 51, "Medicaid Managed Care Organization  -  Provider Services 1-877-555-0190")
        doc.font(11, True)
        doc.text(584, 40, "Provider Remittance Statement", "r")
        doc.font(8)
        doc.text(584, 51, f"Sheet {doc.page} of {PG.get(name, 1)}", "r")
        doc.rect(28, 58, 556, 30)
        doc.text(34, 70, "Billing Provider: Tallowmere Pediatric Rehab, LLC      NPI 1588203347      TIN XX-XXX4412")
        doc.text(34, 82, "Payment No. 00931157      Payment Date 02/02/2026      Payment Method ACH")
        return 104
    fl = Flow(doc, 740, furniture)
    lines, crec = [], []
    for status, pat, mid, acct, tcn, svcs in cl:
        fl.need(70)
        doc.font(8.5, True)
        doc.text(28, fl.y, f"Member: {pat}")
        doc.font(8)
        doc.text(170, fl.y, f"Medicaid ID: {mid}")
        doc.text(300, fl.y, f"Pt Ctrl Nbr: {acct}")
        doc.text(420, fl.y, tcn)
        doc.text(584, fl.y, f"Claim Status: {status}", "r")
        pcid = tcn.split()[1]
        fl.y = draw_header(doc, cols, fl.y + 5, 7, gray=0.9) + 9
        for n, s in enumerate(svcs, 1):
            adjs = s.adjs or [("", "", None)]
            fl.need(10 * len(adjs) + 2)
            end = s.end or s.dos
            for k, (g, c, a) in enumerate(adjs):
                if k == 0:
                    draw_row(doc, cols, [str(n), dfmt(s.dos, "mdy4"), dfmt(end, "mdy4"), s.code, " ".join(s.mods),
                                         units_str(s.units), M_L6(s.billed), M_L6(s.allowed), M_L6(s.owes),
                                         M_L6(s.paid), A_L6(g, c, a) if g else "", M_L6(a) if g else "",
                                         " ".join(s.remarks), "Pd" if status == "PAID" else "Den"], fl.y, 7.5)
                else:
                    draw_row(doc, cols, [""] * 10 + [A_L6(g, c, a), M_L6(a), "", ""], fl.y + 9 * k, 7.5)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=pcid, patient=pat,
                                    service_end=s.end if s.end and s.end != s.dos else None,
                                    printed=("billed", "allowed", "paid", "patient_owes"),
                                    adjustments=s.adjs, remarks=s.remarks, description=False))
            fl.y += 9 * len(adjs) + 2
            doc.hline(28, 584, fl.y - 7, 0.25)
        t = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        draw_row(doc, cols, ["", "Claim Totals", "", "", "", "", M_L6(t["billed"]), M_L6(t["allowed"]),
                             M_L6(t["owes"]), M_L6(t["paid"]), "", "", "", ""], fl.y + 2, 7.5, True)
        crec.append(claim_rec(acct, pcid, pat, claim_totals(t["billed"], t["allowed"], t["paid"], t["owes"])))
        fl.y += 24
    legend = [("CO 45", "Charge above the program's maximum allowable; provider write-off."),
              ("CO 197", "No prior authorization on file for these dates."),
              ("N54", "Claim does not match the authorization on file.")]
    fl.need(50)
    doc.font(8, True)
    doc.text(28, fl.y, "Adjustment and remark code glossary")
    doc.font(7.5)
    for k, (c, tx) in enumerate(legend):
        doc.text(28, fl.y + 10 * (k + 1), f"{c}: {tx}")
    pages = doc.save()
    PG[name] = pages
    write_truth(out / name, "h153_06", "reportlab", pages, "Medicaid MCO remittance, CARC per line", lines, crec,
                legend)


SPEC["h153_06_medicaid_provider_remittance.pdf"] = dict(
    money=M_L6, date=lambda d: dfmt(d, "mdy4"), date_on_row=True, units=lambda u: u, adj=A_L6, block=3,
    full_adj=True, code=lambda r: [r["code"]] + r["modifiers"])

# ========================================= L7 Medicare-style paper remit from a clearinghouse (rl, Courier)

M_L7 = lambda d: money(d, "", "-")  # noqa: E731
A_L7 = lambda g, c, a: f"{g}-{c}"  # noqa: E731


def l7(out: Path) -> None:
    name = "h153_07_clearinghouse_paper_remit.pdf"
    doc = Doc("reportlab", out / name, "courier", landscape=True, title="Standard Paper Remit")
    st = PlanState(ded_left=Decimal("60.00"))
    cl = [
        ("FARNSWORTH, ODELL", "3TQ8-KD4-RW72", "FRN0104A", "2226019330417", [
            Svc(day(0), "97161", 1, ("GP",)), Svc(day(0), "97110", 2, ("GP",)), Svc(day(0), "97140", 1, ("GP", "59"))]),
        ("BRISBOIS, HELENE", "6MW2-PX7-TC19", "BRS0107B", "2226019330418", [
            Svc(day(3), "97168", 1, ("GO",)), Svc(day(3), "97530", 2, ("GO", "KX")), Svc(day(3), "97535", 1, ("GO", "KX")),
            Svc(day(3), "0552T", 1, ("GO",), denied="CO")]),
        ("FARNSWORTH, ODELL", "3TQ8-KD4-RW72", "FRN0112A", "2226019330419", [
            Svc(day(7), "97110", 3, ("GP", "CQ")), Svc(day(7), "97116", 1, ("GP", "CQ")), Svc(day(7), "G0283", 1, ("GP",))]),
        ("QUILLFEATHER, ROY", "8AB4-LN3-JE55", "QLF0115C", "2226019330420", [
            Svc(day(10), "92523", 1, ("GN",)), Svc(day(10), "92507", 1, ("GN",))]),
    ]
    for c in cl:
        for s in c[4]:
            medicare(s, st, deny_reason="96")
            s.remarks = ["N130"] if s.denied else []

    def furniture(doc: Doc) -> float:
        doc.font(8)
        doc.text(30, 28, "MEDICARE PART B REMITTANCE  -  REPRINTED FROM 835 BY SUMMITLINK CLAIMS EXCHANGE")
        doc.text(762, 28, f"PAGE #: {doc.page} OF {PG.get(name, 1)}", "r")
        doc.text(30, 40, "PAYER: ATLANTIC PLAINS MEDICARE ADMINISTRATIVE CONTRACTOR   PROVIDER #: 1992047718")
        doc.text(30, 52, "PROVIDER: LANTERN HILL REHAB ASSOCIATES  220 MILLRACE ST  HOLLIS GROVE NJ 08811")
        doc.text(762, 40, "DATE: 02/02/26", "r")
        doc.text(762, 52, "CHECK/EFT #: 0007741286", "r")
        doc.text(30, 72, "PERF PROV   SERV DATE    POS NOS  PROC  MODS       BILLED  ALLOWED   DEDUCT    COINS  "
                         "GRP/RC-AMT           PROV PD")
        doc.text(30, 82, "_" * 118)
        return 98
    fl = Flow(doc, 560, furniture)
    lines, crec = [], []
    for pat, mid, acct, icn, svcs in cl:
        fl.need(70)
        doc.font(8)
        doc.text(30, fl.y, f"NAME  {pat:<22} MID {mid}  ACNT {acct}   ICN {icn}  ASG Y  MOA MA01")
        fl.y += 12
        for s in svcs:
            fl.need(10 * len(s.adjs) + 12)
            for k, (g, c, a) in enumerate(s.adjs):
                adj = f"{A_L7(g, c, a)} {M_L7(a):>9}"
                if k == 0:
                    doc.text(30, fl.y, f"1457392018  {s.dos:%m%d} {dfmt(s.dos, 'mdy6')}  11  {units_str(s.units):>2}  "
                                       f"{s.code} {' '.join(s.mods):<8} {M_L7(s.billed):>9} {M_L7(s.allowed):>8} "
                                       f"{M_L7(s.deductible):>8} {M_L7(s.coinsurance):>8}  {adj:<19} {M_L7(s.paid):>9}")
                else:
                    doc.text(30, fl.y, f"{'':>96}{adj}")
                fl.y += 10
            if s.remarks:
                doc.text(30, fl.y, f"{'':>12}CNTL #: {acct}-{s.code}   REM: {' '.join(s.remarks)}")
                fl.y += 10
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=pat,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks, description=False))
        t = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        fl.need(24)
        doc.text(30, fl.y, f"PT RESP {M_L7(t['owes']):>9}          CLAIM TOTALS {M_L7(t['billed']):>22} "
                           f"{M_L7(t['allowed']):>8} {M_L7(total(svcs, 'deductible')):>8} "
                           f"{M_L7(total(svcs, 'coinsurance')):>8} {'':>20} {M_L7(t['paid']):>9}")
        doc.text(30, fl.y + 10, f"{'':>92}NET {M_L7(t['paid']):>24}")
        crec.append(claim_rec(acct, icn, pat, claim_totals(t["billed"], t["allowed"], t["paid"], t["owes"])))
        fl.y += 26
    fl.need(60)
    allp = sum((total(c[4], "paid") for c in cl), ZERO)
    doc.text(30, fl.y, f"TOTALS:  # OF CLAIMS {len(cl)}    PROV PD AMT {M_L7(allp)}    CHECK AMT {M_L7(allp)}")
    legend = [("N130", "Check the plan benefit booklet for coverage limits on this service.")]
    doc.text(30, fl.y + 20, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES")
    doc.text(30, fl.y + 30, "CO  CONTRACTUAL OBLIGATION       PR  PATIENT RESPONSIBILITY")
    doc.text(30, fl.y + 40, "N130  SEE PLAN DOCUMENTS FOR LIMITS ON THIS BENEFIT.")
    pages = doc.save()
    PG[name] = pages
    write_truth(out / name, "h153_07", "reportlab", pages, "Medicare-style paper remit, clearinghouse reprint",
                lines, crec, legend)


SPEC["h153_07_clearinghouse_paper_remit.pdf"] = dict(
    money=M_L7, date=lambda d: dfmt(d, "mdy6"), date_on_row=True, units=lambda u: u, adj=A_L7, block=4,
    full_adj=True, seq=True, code=lambda r: [r["code"]] + r["modifiers"])

# ============================ L8 practice-management ERA posting report (fpdf2, Liberation Sans Narrow, boxed)

M_L8 = lambda d: money(d, ",", "()")  # noqa: E731
A_L8 = lambda g, c, a: f"{g}{c}"  # noqa: E731


def l8(out: Path) -> None:
    name = "h153_08_pm_era_posting_report.pdf"
    doc = Doc("fpdf2", out / name, "LiberationSansNarrow", landscape=True, title="ERA Posting Detail")
    st = PlanState(ded_left=Decimal("40.00"), copay_codes={"97110": Decimal("25.00")}, allowed_rate=Decimal("0.74"))
    cl = [
        ("Greer, Abigail", "100482", "W26E01190442", [Svc(day(0), "97163", 1, ("GP",)), Svc(day(0), "97110", 2, ("GP",))]),
        ("Greer, Abigail", "100482", "W26E01190517", [Svc(day(2), "97110", 3, ("GP",)), Svc(day(2), "97140", 1, ("GP",)),
                                                     Svc(day(2), "97112", 1, ("GP",))]),
        ("Mbeki, Tomas", "100517", "W26E01190603", [Svc(day(3), "97166", 1, ("GO",)), Svc(day(3), "97530", 2, ("GO",)),
                                                   Svc(day(3), "97535", 1, ("GO",))]),
        ("Haverford, June", "100533", "W26E01190688", [Svc(day(6), "92507", 1, ("GN",)), Svc(day(6), "92526", 1, ("GN",))]),
        ("Mbeki, Tomas", "100517", "W26E01190741", [Svc(day(8), "97530", 3, ("GO",)), Svc(day(8), "97129", 1, ("GO",)),
                                                   Svc(day(8), "97150", 1, ("GO",), denied="CO")]),
        ("Pellegrino, Sal", "100560", "W26E01190802", [Svc(day(9), "97161", 1, ("GP",)), Svc(day(9), "97116", 2, ("GP",)),
                                                      Svc(day(9), "G0283", 1, ("GP",))]),
    ]
    for c in cl:
        for s in c[3]:
            commercial(s, st, deny_reason="96")
            s.remarks = ["M80"] if s.denied else []
    prior = [Svc(day(-10), "97110", 2, ("GP",)), Svc(day(-10), "97140", 1, ("GP",))]
    for s in prior:
        commercial(s, PlanState(allowed_rate=Decimal("0.74"), copay_codes={"97110": Decimal("25.00")}))
    rev = [negate(s) for s in prior]
    for s in rev:
        s.remarks = ["MA67"]
    cl.append(("Greer, Abigail", "100482", "W25E12290117", rev))
    cols = cols_at(20, [("Patient Name", 78, "l"), ("Acct #", 38, "l"), ("Payer Claim #", 64, "l"), ("DOS", 44, "l"),
                        ("CPT/HCPCS", 44, "l"), ("Mods", 30, "l"), ("Units", 26, "r"), ("Billed", 48, "r"),
                        ("Allowed", 48, "r"), ("Deduct", 40, "r"), ("Copay", 38, "r"), ("Coins", 40, "r"),
                        ("Adj Code", 38, "l"), ("Adj Amt", 46, "r"), ("Paid", 48, "r"), ("Pt Resp", 42, "r"),
                        ("RARC", 36, "l"), ("Posted", 34, "l")])

    def furniture(doc: Doc) -> float:
        doc.font(7)
        doc.text(20, 20, "TheraLedger PM  v11.4   Report: PAY-215 ERA Posting Detail")
        doc.text(772, 20, f"Printed 02/02/2026 09:14   Page {doc.page} of {PG.get(name, 1)}", "r")
        doc.font(11, True)
        doc.text(20, 38, "Stonebridge Physical & Occupational Therapy")
        doc.font(8)
        doc.text(20, 50, "Payer: Granite Peak Health Insurance Co.   Payer ID 61127   Check/EFT 441902773   "
                         "Check Date 01/30/2026   Check Amount see batch total")
        y = draw_header(doc, cols, 58, 7, gray=0.85)
        return y + 9
    fl = Flow(doc, 570, furniture)
    lines, crec = [], []
    for pat, acct, clm, svcs in cl:
        for s in svcs:
            fl.need(9 * max(1, len(s.adjs)) + 2)
            top = fl.y - 8
            for k, (g, c, a) in enumerate(s.adjs):
                if k == 0:
                    draw_row(doc, cols, [pat, acct, clm, dfmt(s.dos, "mdy2"), s.code, ",".join(s.mods),
                                         units_str(s.units), M_L8(s.billed), M_L8(s.allowed), M_L8(s.deductible),
                                         M_L8(s.copay), M_L8(s.coinsurance), A_L8(g, c, a), M_L8(a), M_L8(s.paid),
                                         M_L8(s.owes), " ".join(s.remarks), "Y"], fl.y, 7)
                else:
                    draw_row(doc, cols, [""] * 12 + [A_L8(g, c, a), M_L8(a)], fl.y + 9 * k, 7)
            fl.y += 9 * max(1, len(s.adjs)) + 2
            doc.rect(20, top, cols[-1][1] + cols[-1][2] - 20, fl.y - 8 - top, lw=0.3)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "allowed", "deductible", "copay", "coinsurance", "paid",
                                             "patient_owes"), adjustments=s.adjs, remarks=s.remarks,
                                    description=False))
        t = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        fl.need(12)
        draw_row(doc, cols, ["", "", f"Claim {clm} total", "", "", "", "", M_L8(t["billed"]), M_L8(t["allowed"]),
                             "", "", "", "", "", M_L8(t["paid"]), M_L8(t["owes"]), "", ""], fl.y, 7, True)
        crec.append(claim_rec(acct, clm, pat, claim_totals(t["billed"], t["allowed"], t["paid"], t["owes"])))
        fl.y += 14
    fl.need(40)
    allp = sum((total(c[3], "paid") for c in cl), ZERO)
    doc.font(8, True)
    doc.text(20, fl.y + 4, f"Batch total posted: {M_L8(allp)}     Claims: {len(cl)}     Unposted: 0")
    doc.font(7)
    doc.text(20, fl.y + 16, "Reversal lines show prior payments taken back by the payer; the corrected claim follows "
                            "on a later remit.")
    pages = doc.save()
    PG[name] = pages
    write_truth(out / name, "h153_08", "fpdf2", pages, "PM system ERA posting report, one row per line", lines, crec,
                [])


SPEC["h153_08_pm_era_posting_report.pdf"] = dict(
    money=M_L8, date=lambda d: dfmt(d, "mdy2"), date_on_row=True, units=lambda u: u, adj=A_L8, block=3,
    full_adj=True, code=lambda r: [r["code"], ",".join(r["modifiers"])] if r["modifiers"] else [r["code"]])

# ================================= L9 therapy clinic family statement (reportlab, DejaVu Sans, remit stub)

M_L9 = lambda d: money(d, "$", "-")  # noqa: E731


def l9(out: Path) -> None:
    name = "h153_09_clinic_family_statement.pdf"
    doc = Doc("reportlab", out / name, "DejaVuSans", title="Patient Statement")
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.10"))
    kids = [
        ("Ezra Moltke", [("V-30118", "BSH-26-0017702", [Svc(day(0), "97165", 1, ("GO",)), Svc(day(0), "97530", 1, ("GO",))]),
                         ("V-30162", "BSH-26-0019044", [Svc(day(7), "97530", 2, ("GO",)), Svc(day(7), "97112", 1, ("GO",))]),
                         ("V-30215", "BSH-26-0021310", [Svc(day(14), "97530", 2, ("GO",)), Svc(day(14), "97535", 1, ("GO",))])]),
        ("Clara Moltke", [("V-30140", "BSH-26-0018325", [Svc(day(2), "92523", 1, ("GN",))]),
                          ("V-30190", "BSH-26-0020117", [Svc(day(9), "92507", 1, ("GN",)), Svc(day(9), "92526", 1, ("GN",))]),
                          ("V-30244", "BSH-26-0022468", [Svc(day(16), "92507", 1, ("GN",))])]),
        ("Oskar Moltke", [("V-30201", "BSH-26-0020733", [Svc(day(11), "97161", 1, ("GP",)), Svc(day(11), "97110", 2, ("GP",)),
                                                         Svc(day(11), "97116", 1, ("GP",))]),
                          ("V-30259", "BSH-26-0023001", [Svc(day(18), "97110", 2, ("GP",)), Svc(day(18), "97140", 1, ("GP",)),
                                                         Svc(day(18), "0552T", 1, ("GP",), denied="PR")])]),
    ]
    for _, visits in kids:
        for v in visits:
            for s in v[2]:
                commercial(s, st, deny_reason="96")
    cols = cols_at(36, [("Date", 52, "l"), ("Description", 150, "l"), ("CPT", 38, "l"), ("Mod", 28, "l"),
                        ("Units", 30, "r"), ("Charges", 56, "r"), ("Ins. Paid", 54, "r"), ("Ins. Adj.", 54, "r"),
                        ("Your Balance", 66, "r")])

    def furniture(doc: Doc) -> float:
        doc.font(13, True)
        doc.text(36, 42, "Juniper Lane Therapy for Kids")
        doc.font(7.5)
        doc.text(36, 54, "88 Orchard Terrace, Suite 4  |  Brookhollow, WI 53190  |  Billing office (262) 555-0133")
        doc.text(576, 42, f"Page {doc.page} of {PG.get(name, 1)}", "r")
        if doc.page == 1:
            doc.rect(36, 66, 540, 92)
            doc.font(7)
            doc.text(44, 78, "PLEASE DETACH AND RETURN THIS PORTION WITH YOUR PAYMENT")
            doc.font(8.5)
            for k, (a, b) in enumerate([("Guarantor", "Henrike Moltke"), ("Account No.", "G-007214"),
                                        ("Statement Date", "02/02/2026"), ("Payment Due", "02/27/2026")]):
                doc.text(44, 94 + 13 * k, a)
                doc.text(130, 94 + 13 * k, b)
            doc.font(10, True)
            doc.text(568, 98, f"Amount Due  {M_L9(DUE.get(name, ZERO))}", "r")
            doc.font(8.5)
            doc.text(568, 114, "Amount Enclosed  $__________", "r")
            doc.text(568, 130, "Pay online: pay.juniperlanekids.example", "r")
            doc.hline(36, 576, 172, 0.8)
            doc.font(10, True)
            doc.text(36, 190, "Account Activity")
            return 204
        return 70
    fl = Flow(doc, 730, furniture)
    lines, crec = [], []
    grand = ZERO
    for kid, visits in kids:
        fl.need(50)
        doc.font(9, True)
        doc.text(36, fl.y + 8, f"Patient: {kid}")
        fl.y = draw_header(doc, cols, fl.y + 13, 7.2) + 9
        doc.hline(36, 576, fl.y - 8.5, 0.4)
        for vis, clm, svcs in visits:
            fl.need(12 * (len(svcs) + 2))
            doc.font(7.5, True)
            doc.text(38, fl.y, f"Visit {vis}  -  filed to Blue Shoal Health Plan {dfmt(svcs[0].dos, 'mdy2')}, "
                               f"insurance claim {clm}")
            fl.y += 11
            for s in svcs:
                adj = s.billed - s.paid - s.owes
                draw_row(doc, cols, [dfmt(s.dos, "mdy2"), s.desc[:30].rstrip(), s.code, " ".join(s.mods), units_str(s.units),
                                     M_L9(s.billed), M_L9(s.paid), M_L9(adj), M_L9(s.owes)], fl.y, 7.5)
                lines.append(truth_line(doc.page, s, claim_id=vis, payer_claim_id=clm, patient=kid,
                                        printed=("billed", "paid", "patient_owes"),
                                        overrides={"description": s.desc[:30].rstrip()}))
                grand += s.owes
                fl.y += 10.5
            crec.append(claim_rec(vis, clm, kid, claim_totals(None, None, None, None)))
            fl.y += 4
        fl.y += 10
    fl.need(60)
    paid_by_family = Decimal("50.00")
    doc.font(7.5)
    draw_row(doc, cols, [dfmt(day(20), "mdy2"), "Payment - thank you (card)", "", "", "", "", "", "",
                         M_L9(-paid_by_family)], fl.y, 7.5)
    fl.y += 16
    due = grand - paid_by_family
    doc.font(9, True)
    doc.text(576, fl.y, f"Total Amount Due: {M_L9(due)}", "r")
    fl.y += 16
    doc.font(7.5)
    doc.text(36, fl.y, f"Current {M_L9(due)}    31-60 days $0.00    61-90 days $0.00    Over 90 days $0.00")
    doc.text(36, fl.y + 12, "Ins. Paid and Ins. Adj. show what your plan paid and the discount it negotiated; the "
                            "remaining balance is yours.")
    DUE[name] = due
    pages = doc.save()
    PG[name] = pages
    write_truth(out / name, "h153_09", "reportlab", pages, "therapy clinic family statement with remit stub", lines,
                crec, [])


DUE: dict[str, Decimal] = {}
SPEC["h153_09_clinic_family_statement.pdf"] = dict(
    money=M_L9, date=lambda d: dfmt(d, "mdy2"), date_on_row=True, units=lambda u: u, adj=None, block=0,
    skip_alw_paid=True, code=lambda r: [r["code"]] + r["modifiers"])

# ======================= L10 hospital outpatient family statement (fpdf2, DejaVu Serif, sidebar + itemization)

M_L10 = lambda d: money(d, ",", "-")  # noqa: E731


def l10(out: Path) -> None:
    name = "h153_10_hospital_family_statement.pdf"
    doc = Doc("fpdf2", out / name, "DejaVuSerif", title="Hospital Statement")
    rev = {"97": "0430", "92": "0440", "G0": "0420", "99": "0510", "L3": "0274"}
    accts = [
        ("Rebecca Ferrante", "600417561", "HC26-117392-01", "Saint Brendan Mutual",
         [Svc(day(1), "99213", 1, ()), Svc(day(1), "97161", 1, ("GP",)), Svc(day(1), "97110", 2, ("GP",)),
          Svc(day(1), "G0283", 1, ("GP",))]),
        ("Nadia Ferrante", "600418822", "HC26-118840-01", "Saint Brendan Mutual",
         [Svc(day(0), "97165", 1, ("GO",)), Svc(day(0), "97530", 2, ("GO",)), Svc(day(2), "97530", 2, ("GO",)),
          Svc(day(2), "97140", 1, ("GO",)), Svc(day(7), "97530", 3, ("GO",)), Svc(day(7), "97535", 1, ("GO",)),
          Svc(day(9), "97530", 2, ("GO",)), Svc(day(9), "97760", 1, ("GO",)), Svc(day(9), "L3807", 1, ("LT",)),
          Svc(day(14), "97530", 2, ("GO",)), Svc(day(14), "97110", 2, ("GO",)), Svc(day(16), "97530", 2, ("GO",)),
          Svc(day(16), "97112", 1, ("GO",)), Svc(day(21), "97168", 1, ("GO",)), Svc(day(21), "97530", 2, ("GO",)),
          Svc(day(23), "97530", 2, ("GO",)), Svc(day(23), "97535", 2, ("GO",)), Svc(day(28), "97530", 3, ("GO",)),
          Svc(day(28), "97140", 1, ("GO",)), Svc(day(30), "97530", 2, ("GO",)), Svc(day(30), "97110", 1, ("GO",))]),
        ("Marco Ferrante", "600419307", "HC26-120075-01", "Saint Brendan Mutual",
         [Svc(day(4), "92523", 1, ("GN",)), Svc(day(11), "92507", 1, ("GN",)), Svc(day(18), "92507", 1, ("GN",))]),
    ]
    st = PlanState(ded_left=Decimal("300.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.60"))
    for a in accts:
        for s in a[4]:
            commercial(s, st)
    accts = [accts[0], accts[2], accts[1]]

    def furniture(doc: Doc) -> float:
        doc.rect(20, 20, 150, 752, gray=0.94)
        doc.font(12, True)
        doc.text(28, 44, "Larkfield")
        doc.text(28, 58, "Regional Medical")
        doc.text(28, 72, "Center")
        doc.font(7)
        for k, t in enumerate(["Patient Financial Services", "1400 Commons Parkway", "Larkfield, KS 66720",
                               "(620) 555-0177", "Mon-Fri 8:00-4:30", "", "Ways to pay", "- Online: larkfield.example/pay",
                               "- Phone: (620) 555-0177", "- Mail the stub below", "", "Financial assistance is",
                               "available. Ask us for an", "application."]):
            doc.text(28, 92 + 10 * k, t)
        doc.font(8)
        doc.text(586, 34, f"Page {doc.page} of {PG.get(name, 1)}", "r")
        doc.font(13, True)
        doc.text(184, 44, "Itemized Statement of Account")
        doc.font(8)
        doc.text(184, 58, "Guarantor: Rebecca Ferrante     Statement date: 02/02/2026     Guarantor no. 88-240-117")
        doc.hline(184, 586, 66)
        doc.hline(184, 586, 612, 0.8)
        if doc.page == 1:
            doc.font(7)
            doc.text(184, 624, "- - - - - - - - - - - - Detach and return this portion with your payment - - - - - - - - - - - -")
            doc.font(8.5)
            for k, (a, b) in enumerate([("Guarantor", "Rebecca Ferrante"), ("Guarantor no.", "88-240-117"),
                                        ("Statement date", "02/02/2026"), ("Please pay by", "03/01/2026")]):
                doc.text(190, 644 + 13 * k, a)
                doc.text(280, 644 + 13 * k, b)
            doc.rect(420, 636, 166, 52)
            doc.text(428, 652, "Amount due  see balance")
            doc.text(428, 670, "Amount paid  $__________")
            doc.text(184, 720, "Larkfield Regional Medical Center  PO Box 5520  Larkfield, KS 66721-5520")
        else:
            doc.font(7)
            doc.text(184, 624, "Charges are shown at the hospital's full rate before any insurance discount.")
        return 84
    cols = cols_at(184, [("Date", 58, "l"), ("Rev", 28, "l"), ("HCPCS", 38, "l"), ("Mod", 24, "l"),
                         ("Description", 166, "l"), ("Qty", 26, "r"), ("Charges", 62, "r")])
    fl = Flow(doc, 600, furniture)
    lines, crec = [], []
    for pat, acct, clm, ins, svcs in accts:
        def head(cont=False):
            doc.font(9, True)
            doc.text(184, fl.y, f"Account {acct}" + ("  (continued)" if cont else ""))
            doc.font(8)
            doc.text(300, fl.y, f"Patient: {pat}")
            if not cont:
                doc.text(184, fl.y + 11, f"Outpatient rehabilitation  {dfmt(svcs[0].dos, 'mdy4')} - "
                                         f"{dfmt(svcs[-1].dos, 'mdy4')}    Primary: {ins}, claim no. {clm}")
            fl.y = draw_header(doc, cols, fl.y + (16 if not cont else 5), 7.5, box=True) + 10
        fl.need(80)
        head()
        for s in svcs:
            fl.need(11, lambda: head(True))
            draw_row(doc, cols, [dfmt(s.dos, "mdy4"), rev[s.code[:2]], s.code, " ".join(s.mods), s.desc[:34].rstrip(),
                                 units_str(s.units), M_L10(s.billed)], fl.y, 7.5)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed",), overrides={"description": s.desc[:34].rstrip()}))
            fl.y += 10.5
        tb, tp, towe = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "owes")
        fl.need(56)
        doc.hline(184, 586, fl.y - 7)
        summ = [("Total charges", M_L10(tb)), (f"{ins} payment", M_L10(-tp)),
                ("Contractual allowance", M_L10(-(tb - tp - towe))), ("Patient balance", M_L10(towe))]
        for k, (a, b) in enumerate(summ):
            doc.font(8, k in (0, 3))
            doc.text(430, fl.y + 11 * k, a)
            doc.text(586, fl.y + 11 * k, b, "r")
        crec.append(claim_rec(acct, clm, pat, claim_totals(tb, None, tp if False else None, None)))
        fl.y += 60
    pages = doc.save()
    PG[name] = pages
    write_truth(out / name, "h153_10", "fpdf2", pages, "hospital itemized family statement with sidebar", lines, crec,
                [])


SPEC["h153_10_hospital_family_statement.pdf"] = dict(
    money=M_L10, date=lambda d: dfmt(d, "mdy4"), date_on_row=True, units=lambda u: u, adj=None, block=0,
    code=lambda r: [r["code"]] + r["modifiers"])


# ============================================================================================ driver

LAYOUTS = [l1, l2, l3, l4, l5, l6, l7, l8, l9, l10]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout153_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)  # first pass learns the page count
        fn(out)  # second pass prints "Page n of N"
    print(out)
    if "--check" in argv:
        bad = 0
        for name, spec in SPEC.items():
            errs = check_file(out / name, spec)
            for e in errs:
                print(f"{name}: {e}")
            bad += len(errs)
            t = json.loads((out / (name + ".truth.json")).read_text())
            print(f"  {name}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, "
                  f"{len(t['claims'])} claims -> {'OK' if not errs else 'FAIL'}")
        print("check:", "PASS" if not bad else f"FAIL ({bad})")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
