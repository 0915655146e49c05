"""Write the FORTY-SEVENTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on the five commonest real document kinds, two layouts each, in house styles of
their own. Written without looking at the reader, its tests or its docs (only src/eobreader/model.py for the
meaning of fields, samples/pdf/eobgen.py for helpers and the truth format, and earlier sets' docstrings).

Run:  python bench/heldout47/make_heldout47_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout47/make_heldout47_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Drawing layer (reportlab / fpdf2 behind one API, pages collected first so "Page n of N" is exact) and the
self-check live in bench/heldout47/h47kit.py. Deterministic output (reportlab invariant=1, fpdf2 fixed creation
date, no randomness).

Truth format: the one of samples/pdf (eobgen.write_truth, <name>.pdf.truth.json), PRINTED values only, null for
what a layout does not print (units null where no quantity is printed; modifiers [] where none are printed);
description is null throughout. claim_id = the provider's own account / patient-control / visit number,
payer_claim_id = the payer's claim number / ICN / TCN, patient = the person who got the service, exactly as
printed (never the subscriber or guarantor unless the same person). Per-layout decisions: e1 (classic MSN)
prints no provider account (claim_id null) and no modifiers; its leading quantity ("2 Therapeutic ...") is the
units; "You May Be Billed" = patient_owes. c2, a1 and r1 print a FROM and a THRU date on every line, so
service_end = the THRU date (equal to the from date for single-day lines). a2's and r2's adjustment codes are
printed with amounts (every one), so adjustments carry them; s1's "Adjustments" column is the insurer's
contractual write-off = discount, with no group/reason codes printed (adjustments []); s2 prints only charges
per line (insurance payments and write-offs are account-level rows, not lines). Remark / note / EOB codes are
remarks. Every name, number, payer, provider, address and ID is invented; descriptions are our own words.

Layouts (10 files, 276 service lines, 17 pages; a claim continues onto the next page in c1, e1, e2, r1):
  c1  commercial PPO member EOB, reportlab portrait Liberation Sans Narrow 6.6 pt: member box, shaded claim bands
      "Patient: <name> (Son)" with claim ID and provider's account #, fully gridded table "Date of Service /
      Service Description / Code / Units / Amount Billed / Plan Discount / Amount Not Covered / Allowed Amount /
      Deductible / Copay / Coinsurance / Plan Paid / Your Responsibility / Remark", glued "97530-GO-59", wrapped
      wording on a second text line, a denied line, "Claim totals", band and header repeated on continuation,
      four family members, remark legend (reportlab)
  c2  mutual insurer "Statement of Benefits", fpdf2 landscape core Times: two-line claim heads "Claimant: /
      Relationship: / Claim No.: / Pt. Acct:", "Svc From / Thru / Procedure / Mod / Qty / Charged / Excluded /
      Eligible / Deductible / Co-pay / Co-ins / Benefit Paid / Member Owes / Ref", "1/5/26", mods "GO/59", qty
      "2.0", plain amounts, a reprocessed December claim (negative) and its replacement, three family members,
      PLANTED claim-total mismatch (Member Owes total 10.00 high on one claim) (fpdf2)
  e1  Medicare Summary Notice Part B in the CLASSIC (pre-redesign) columns, reportlab portrait core Times:
      "Dates of Service / Services Provided / Amount Charged / Medicare Approved / Medicare Paid Provider / You
      May Be Billed / See Notes Section", quantity-led wording with "(97110)", "01/05/26", a not-approved line,
      "Claim total", claim continued on page 2, lettered notes (reportlab)
  e2  Medicare Advantage PPO member EOB, fpdf2 landscape DejaVu Sans Condensed: shaded claim heads, "Date / Billing
      code / Modifiers / Qty / Service / Provider billed / Plan-approved / Plan paid / You owe / Note", "Jan 5,
      2026", "GP, KX", $25 copay per visit day, a denied line, "Claim total" (fpdf2)
  a1  state Medicaid REMITTANCE ADVICE, reportlab landscape DejaVu Sans Mono 6.8 pt: PAID / DENIED / ADJUSTED
      sections, "RECIPIENT / MEDICAID ID / ICN / PAT ACCT" heads, "LN / FIRST DOS / LAST DOS / PROC / MD1 MD2 /
      UNITS / BILLED / ALLOWED / PAID / ADJ RSN / ADJ AMT / EOB", "01/05/26", units "4.00", stacked adjustments,
      a void with trailing-minus amounts "95.00-" and its replacement, "CLAIM TOTALS", column header under every
      recipient line (reportlab)
  a2  state Medicaid portal "Claim Payment Detail", fpdf2 portrait Liberation Serif: boxed key/value claim grid
      (Member Name / Member ID / Patient Account / TCN / Status), gridded lines "Line / Date of Service /
      Procedure / Modifier(s) / Units / Billed Amount / Allowed Amount / Paid Amount / Adjustment / Remark",
      "01-05-2026", "CO-45 $54.15", a denied claim, "Claim Total" (fpdf2)
  r1  Medicare Part B STANDARD PAPER REMIT printed by a clearinghouse, fpdf2 landscape DejaVu Sans Mono: NAME / MID
      / ACNT / ICN / ASG / MOA claim lines, "PERF PROV / SERV DATE / POS / NOS / PROC / MODS / BILLED / ALLOWED /
      DEDUCT / COINS / GRP/RC-AMT / PROV PD", serv date "0105 010526" (from MMDD, thru MMDDYY), stacked "CO-45 54.15", "PT RESP",
      "CLAIM TOTALS", a CO-50 denial, provider-level totals (fpdf2)
  r2  practice-management "Insurance Payment Posting Detail" of a Medicare payment, reportlab portrait DejaVu Sans
      6.6 pt, zebra rows: patient heads, "DOS / CPT-Mod / Units / Charge / Allowed / Deductible / Coinsurance /
      Payment / Adjustments / Pt Resp / Remarks", "1/5/2026", glued "97110GP", inline "CO45 54.15  PR2 11.85",
      "Claim total", continued heads (reportlab)
  s1  pediatric therapy clinic family statement, fpdf2 portrait Liberation Sans with a shaded right sidebar
      (amount due, guarantor, aging): visit heading rows "Visit 10482 - filed to <insurer>, claim ...", "Date /
      Patient / Description / Code / Charges / Insurance Paid / Adjustments / Patient Balance", "97530 GO",
      patient payment rows, a denied line owed in full, "Visit total", three children (fpdf2)
  s2  hospital itemized statement, reportlab landscape core Helvetica: account bands (Account / Patient /
      Insurance claim #), "Service Date / Rev Code / CPT/HCPCS / Modifier / Description / Units / Charge Amount",
      a charge credit "(95.00)", insurance payment and adjustment rows, "Total charges", three family members
      (reportlab)

--check verifies (the factory, not the reader): the page count and every printed "Page n of N"; for every truth
line, on its page, a text line (pdfplumber words grouped by baseline) holding its anchor (printed date and code)
and, on that line or the 1-3 text lines under it where the layout stacks or wraps, every modifier, units value,
non-null amount, adjustment (printed form and amount) and remark in the layout's printed form; claim ids and
patients in the document text; every claim total on a row carrying the layout's totals label; arithmetic:
billed - adjustments = paid where every adjustment is printed (a1, a2, r1, r2), allowed - patient share = paid
(c1, c2, e2, r2), billed - discount - not covered = allowed (c1), charge - ins paid - adjustments = balance
(s1); lines add up to each printed claim total except the planted c2 mismatch, which really is one.
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

from eobgen import (DESC, FEE, SCHED, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money,  # noqa: E402
                    negate, q, total, truth_line, units_str, write_truth)
from h47kit import Doc, check_file, has, width, wrap  # noqa: E402

D = Decimal
# one code the shared tables lack: our own invented charge, fee and wording
FEE.setdefault("97533", "92.00")
SCHED.setdefault("97533", "30.10")
DESC.setdefault("97533", "Sensory integration activities")


def d(m, dd, y=2026):
    return date(y, m, dd)


def sv(dos, code, units=1, mods=(), denied=None, desc=""):
    return Svc(dos, code, D(units), tuple(mods), None, desc, denied)


class Spec:
    """How a layout prints values, so --check can find them (tokens derived from the truth file)."""

    def __init__(self, money, date, code, mods, units, adj=None, band=1, total_label="total", page_label=True,
                 arith=(), end=None):
        self.money, self._date, self._code, self._mods, self._units = money, date, code, mods, units
        self._adj, self.band, self.total_label, self.page_label, self.arith = adj, band, total_label, page_label, \
            set(arith)
        self._end = end

    def tokens(self, ln):
        dt = date.fromisoformat(ln["service_date"])
        anchor = list(self._date(dt)) + list(self._code(ln))
        band = []
        if ln["service_end"] and self._end:
            band += self._end(date.fromisoformat(ln["service_end"]))
        band += self._mods(ln["modifiers"]) if ln["modifiers"] else []
        if ln["units"] is not None:
            band += self._units(ln["units"])
        for k in ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
                  "patient_owes"):
            if ln[k] is not None:
                band.append(self.money(D(ln[k])))
        for g, c, a in ln["adjustments"]:
            band += self._adj(g, c, D(a))
        band += ln["remarks"]
        return anchor, band


class Flow:
    def __init__(self, doc, bottom, on_new):
        self.doc, self.bottom, self.on_new = doc, bottom, on_new
        self.y = 0.0

    def start(self):
        self.doc.new_page()
        self.y = self.on_new(False)

    def need(self, h, cont=None):
        if self.y + h > self.bottom:
            self.doc.new_page()
            self.y = self.on_new(True)
            if cont:
                cont()
            return True
        return False


def cols_x(x0, cols):
    xs, x = [], x0
    for c in cols:
        xs.append(x)
        x += c[1]
    return xs, x


def draw_header(doc, y, x0, cols, font, size, lh, fill=None, grid=False):
    """Column headings, possibly two-line ("Amount\\nBilled"); returns the height used."""
    xs, xe = cols_x(x0, cols)
    n = max(len(c[0].split("\n")) for c in cols)
    h = n * lh + 3
    if fill is not None or grid:
        doc.rect(x0, y, xe - x0, h, fill=fill, stroke=grid)
    for (hd, w, al), x in zip(cols, xs):
        for i, part in enumerate(hd.split("\n")):
            yy = y + lh * (i + 1) + (n - len(hd.split("\n"))) * lh
            if al == "r":
                doc.text(x + w - 2, yy, part, font, size, "r")
            else:
                doc.text(x + 2, yy, part, font, size)
        if grid:
            doc.line(x, y, x, y + h, 0.4)
    if grid:
        doc.line(xe, y, xe, y + h, 0.4)
    return h


def draw_row(doc, y, x0, cols, cells, font, size, lh, style=None, zebra=False):
    """cells: str or list[str] (stacked); returns (height, number of text lines)."""
    xs, xe = cols_x(x0, cols)
    cells = [c if isinstance(c, list) else [c] for c in cells]
    n = max(len(c) for c in cells)
    h = n * lh + 2
    if zebra:
        doc.rect(x0, y, xe - x0, h, fill=0.92, stroke=False)
    if style == "grid":
        doc.rect(x0, y, xe - x0, h, stroke=True, lw=0.3)
        for x in xs[1:]:
            doc.line(x, y, x, y + h, 0.3)
    for (hd, w, al), x, cell in zip(cols, xs, cells):
        for i, s in enumerate(cell):
            yy = y + lh * (i + 1) - 1
            if al == "r":
                doc.text(x + w - 2, yy, s, font, size, "r", maxw=w - 3)
            else:
                doc.text(x + 2, yy, s, font, size, maxw=w - 3)
    if style == "ruled":
        doc.line(x0, y + h, xe, y + h, 0.3, 0.5)
    return h, n


# ============================================================================================ data sets

def family_commercial(st_ded="150.00"):
    st = PlanState(ded_left=D(st_ded), coins_rate=D("0.20"), copay_codes={"99213": D("30.00")})
    return st


def mk_claims(plan, groups):
    """groups: list of (patient, rel, acct, icn, provider, [svcs], remarks map code->remark)."""
    out = []
    for patient, rel, acct, icn, prov, svcs in groups:
        for s in svcs:
            plan(s)
        out.append(dict(patient=patient, rel=rel, acct=acct, icn=icn, prov=prov, svcs=svcs))
    return out


# --------------------------------------------------------------------------------------------- c1

def c1(out):
    name = "c1_cedarline_ppo_member_eob"
    st = family_commercial("150.00")
    P = "Brightwater Pediatric Therapy"
    groups = [
        ("Idris Hale", "Son", "BPT-40117", "CH2601140721", P, [
            sv(d(1, 5), "97165", 1, ["GO"]), sv(d(1, 5), "97530", 2, ["GO"]),
            sv(d(1, 8), "97530", 2, ["GO", "59"]), sv(d(1, 8), "97110", 1, ["GO"]),
            sv(d(1, 8), "0552T", 1, [], "PR"), sv(d(1, 12), "97530", 3, ["GO"]),
            sv(d(1, 12), "97535", 1, ["GO"]), sv(d(1, 15), "97112", 2, ["GO", "59"]),
            sv(d(1, 15), "97140", 1, ["GO"]), sv(d(1, 19), "97530", 2, ["GO"]),
            sv(d(1, 19), "97110", 2, ["GO"]), sv(d(1, 22), "97168", 1, ["GO"])]),
        ("Mireille Hale", "Daughter", "BPT-40118", "CH2601140722", P, [
            sv(d(1, 6), "92523", 1, ["GN"]), sv(d(1, 9), "92507", 1, ["GN"]), sv(d(1, 13), "92507", 1, ["GN"]),
            sv(d(1, 16), "92507", 1, ["GN"]), sv(d(1, 20), "92507", 1, ["GN", "KX"])]),
        ("Renata Okonkwo-Hale", "Self", "LSO-7720", "CH2601190088", "Lakeshore Sports & Spine", [
            sv(d(1, 7), "99213", 1), sv(d(1, 7), "97161", 1, ["GP"]), sv(d(1, 7), "97140", 2, ["GP"]),
            sv(d(1, 14), "97110", 3, ["GP"]), sv(d(1, 14), "97112", 1, ["GP"]), sv(d(1, 14), "G0283", 1, ["GP"]),
            sv(d(1, 21), "97110", 2, ["GP", "KX"]), sv(d(1, 21), "97140", 1, ["GP"])]),
        ("Tobias Hale", "Son", "BPT-40131", "CH2601210301", P, [
            sv(d(1, 10), "97166", 1, ["GO"]), sv(d(1, 17), "97530", 2, ["GO"]), sv(d(1, 17), "97760", 1, ["GO"]),
            sv(d(1, 17), "L3807", 1, ["RT"]), sv(d(1, 24), "97530", 2, ["GO"]), sv(d(1, 24), "97535", 1, ["GO"]),
            sv(d(1, 26), "97530", 2, ["GO"]), sv(d(1, 26), "97140", 1, ["GO"]), sv(d(1, 27), "97530", 3, ["GO"]),
            sv(d(1, 27), "97110", 1, ["GO", "59"]), sv(d(1, 28), "97530", 2, ["GO"]), sv(d(1, 28), "97535", 1, ["GO"]),
            sv(d(1, 29), "97168", 1, ["GO"]), sv(d(1, 29), "97760", 1, ["GO"]), sv(d(1, 30), "97530", 2, ["GO"]),
            sv(d(1, 30), "97112", 2, ["GO"]), sv(d(1, 31), "97530", 2, ["GO", "KX"]),
            sv(d(1, 31), "97110", 2, ["GO", "KX"])]),
    ]
    claims = mk_claims(lambda s: commercial(s, st), groups)
    rem = {"0552T": "D4", "99213": "A1", "L3807": "E2"}
    for cl in claims:
        for s in cl["svcs"]:
            if s.code in rem:
                s.remarks = [rem[s.code]]
    doc = Doc("reportlab")
    F, FB, SZ, LH = "LSN", "LSN-B", 6.6, 7.6
    cols = [("Date of\nService", 38, "l"), ("Service\nDescription", 82, "l"), ("Code", 50, "l"), ("Units", 22, "r"),
            ("Amount\nBilled", 35, "r"), ("Plan\nDiscount", 34, "r"), ("Amount Not\nCovered", 36, "r"),
            ("Allowed\nAmount", 35, "r"), ("Deductible", 34, "r"), ("Copay", 30, "r"), ("Coinsurance", 36, "r"),
            ("Plan\nPaid", 34, "r"), ("Your\nResponsibility", 44, "r"), ("Remark", 28, "l")]
    X0 = 26
    money_ = lambda v: money(v, "$")  # noqa: E731

    def furniture(cont):
        doc.text(X0, 40, "CEDARLINE HEALTH PLAN", FB, 15)
        doc.text(X0, 52, "PO Box 7731, Marlow Falls, OR 97399   |   Member services 1-800-555-0148", F, 7)
        doc.text(X0, 72, "Explanation of Benefits", FB, 12)
        doc.text(X0, 83, "THIS IS NOT A BILL. Keep this statement with your health records.", F, 7.5)
        doc.rect(400, 30, 186, 58, fill=0.95)
        for i, (k, v) in enumerate([("Subscriber", "Renata Okonkwo-Hale"), ("Member ID", "CDL884210637"),
                                    ("Group", "Ashgrove Tool & Die, 40218"), ("Statement date", "01/30/2026")]):
            doc.text(406, 42 + i * 11, k, F, 7)
            doc.text(470, 42 + i * 11, v, FB, 7)
        doc.text(586, 770, "Page {p} of {N}".replace("{p}", str(doc.page)), F, 7, "r")
        doc.text(X0, 770, "CDL-EOB-PPO 01/26", F, 6)
        return 100

    flow = Flow(doc, 740, furniture)
    flow.start()
    lines, ctruth = [], []
    doc.text(X0, flow.y + 6, "Claims processed for your family from 01/01/2026 through 01/30/2026", FB, 8)
    flow.y += 14

    def band(cl, cont=False):
        doc.rect(X0, flow.y, 560, 22, fill=0.85)
        doc.text(X0 + 4, flow.y + 9, f"Patient: {cl['patient']} ({cl['rel']})" + ("  (continued)" if cont else ""),
                 FB, 7.5)
        doc.text(X0 + 220, flow.y + 9, f"Claim ID: {cl['icn']}", F, 7.5)
        doc.text(X0 + 380, flow.y + 9, f"Provider's account #: {cl['acct']}", F, 7.5)
        doc.text(X0 + 4, flow.y + 19, f"Provider: {cl['prov']}   In network   Received 01/{12 + len(cl['svcs'])}/2026",
                 F, 7)
        flow.y += 24
        flow.y += draw_header(doc, flow.y, X0, cols, FB, 6.2, 7, fill=0.93, grid=True)

    for cl in claims:
        flow.need(80)
        band(cl)
        for s in cl["svcs"]:
            dl = wrap(s.desc, F, SZ, 78)
            if flow.need(len(dl) * LH + 4):
                band(cl, True)
            code = "-".join([s.code, *s.mods])
            cells = [dfmt(s.dos, "mdy4"), dl, code, units_str(s.units)] + [money_(getattr(s, k)) for k in (
                "billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
                "owes")] + [" ".join(s.remarks)]
            lines.append(truth_line(doc.page, s, claim_id=cl["acct"], payer_claim_id=cl["icn"],
                                    patient=cl["patient"], description=False, remarks=s.remarks,
                                    printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes")))
            h, _ = draw_row(doc, flow.y, X0, cols, cells, F, SZ, LH, "grid")
            flow.y += h
        flow.need(12)
        sv_ = cl["svcs"]
        tot = [total(sv_, k) for k in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                       "coinsurance", "paid", "owes")]
        h, _ = draw_row(doc, flow.y, X0, cols, ["Claim totals", "", "", ""] + [money_(v) for v in tot] + [""],
                        FB, SZ, LH, "grid")
        flow.y += h + 10
        ctruth.append(dict(claim_id=cl["acct"], payer_claim_id=cl["icn"], patient=cl["patient"],
                           totals=claim_totals(tot[0], tot[3], tot[7], tot[8])))
    legend = [("A1", "Your plan's office-visit copay applies to this service."),
              ("D4", "This service is not a covered benefit under your plan; the provider may bill you."),
              ("E2", "Braces and splints are covered under the durable equipment benefit.")]
    flow.need(50)
    doc.text(X0, flow.y + 8, "Remark codes", FB, 8)
    for i, (k, v) in enumerate(legend):
        doc.text(X0, flow.y + 19 + i * 9, f"{k}  {v}", F, 7)
    pages = doc.save(out / f"{name}.pdf")
    write_truth(out / f"{name}.pdf", name, "reportlab", pages, "Commercial PPO family member EOB, gridded.",
                lines, ctruth, legend)
    spec = Spec(money_, lambda x: [dfmt(x, "mdy4")], lambda ln: ["-".join([ln["code"], *ln["modifiers"]])],
                lambda m: [], lambda u: [u], band=1, total_label="Claim totals", arith=("share", "disc"))
    return name, spec


# --------------------------------------------------------------------------------------------- c2

def c2(out):
    name = "c2_harbor_vale_statement_of_benefits"
    st = PlanState(ded_left=D("250.00"), coins_rate=D("0.10"), allowed_rate=D("0.78"))
    groups = [
        ("Anneliese Varga", "Self", "TRC-55102", "HV-26-0041187", "Tidewater Rehab Clinic", [
            sv(d(1, 5), "97161", 1, ["GP"]), sv(d(1, 5), "97110", 2, ["GP"]), sv(d(1, 9), "97110", 2, ["GP"]),
            sv(d(1, 9), "97140", 1, ["GP", "59"]), sv(d(1, 13), "97112", 2, ["GP"]), sv(d(1, 13), "97116", 1, ["GP"]),
            sv(d(1, 16), "97110", 2, ["GP", "KX"]), sv(d(1, 16), "G0283", 1, ["GP"], "PR")]),
        ("Benedek Varga", "Spouse", "HHT-2290", "HV-26-0041355", "Harborview Hand Therapy", [
            sv(d(1, 6), "97166", 1, ["GO"]), sv(d(1, 6), "97760", 1, ["GO"]), sv(d(1, 6), "L3807", 1, ["LT"]),
            sv(d(1, 12), "97140", 2, ["GO"]), sv(d(1, 12), "97530", 1, ["GO", "59"]),
            sv(d(1, 20), "97140", 1, ["GO"]), sv(d(1, 20), "97110", 2, ["GO"])]),
        ("Zsofia Varga", "Daughter", "TRC-55117", "HV-26-0041402", "Tidewater Rehab Clinic", [
            sv(d(1, 7), "92523", 1, ["GN"]), sv(d(1, 14), "92507", 1, ["GN"]), sv(d(1, 21), "92507", 1, ["GN"]),
            sv(d(1, 28), "92507", 1, ["GN"])]),
    ]
    claims = mk_claims(lambda s: commercial(s, st, "96"), groups)
    # a December claim reprocessed: reversal (negative) and replacement
    old = [commercial(sv(d(12, 29, 2025), "97530", 2, ["GO"]), PlanState(allowed_rate=D("0.70"))),
           commercial(sv(d(12, 29, 2025), "97535", 1, ["GO"]), PlanState(allowed_rate=D("0.70")))]
    rev = [negate(s) for s in old]
    new = [commercial(sv(d(12, 29, 2025), "97530", 2, ["GO"]), PlanState(allowed_rate=D("0.78"))),
           commercial(sv(d(12, 29, 2025), "97535", 1, ["GO"]), PlanState(allowed_rate=D("0.78")))]
    claims.insert(2, dict(patient="Zsofia Varga", rel="Daughter", acct="TRC-54980", icn="HV-25-0398812",
                          prov="Tidewater Rehab Clinic", svcs=rev, note="Reversal of previous payment"))
    claims.insert(3, dict(patient="Zsofia Varga", rel="Daughter", acct="TRC-54980", icn="HV-26-0041566",
                          prov="Tidewater Rehab Clinic", svcs=new, note="Claim reprocessed - corrected benefit"))
    for cl in claims:
        for s in cl["svcs"]:
            if s.denied:
                s.remarks = ["X7"]
            elif s.deductible:
                s.remarks = ["D1"]
    mismatch = claims[1]
    doc = Doc("fpdf2", landscape=True)
    F, FB, SZ, LH = "Times", "Times-Bold", 7.8, 9.2
    m_ = lambda v: money(v, ",")  # noqa: E731
    dt = lambda x: f"{x.month}/{x.day}/{x:%y}"  # noqa: E731
    cols = [("Svc From", 40, "l"), ("Thru", 40, "l"), ("Procedure", 44, "l"), ("Mod", 36, "l"), ("Qty", 24, "r"),
            ("Charged", 50, "r"), ("Excluded", 46, "r"), ("Eligible", 48, "r"), ("Deductible", 48, "r"),
            ("Co-pay", 40, "r"), ("Co-ins", 42, "r"), ("Benefit Paid", 56, "r"), ("Member Owes", 56, "r"),
            ("Ref", 30, "l")]
    X0 = 36

    def furniture(cont):
        doc.text(X0, 36, "HARBOR & VALE MUTUAL BENEFIT ASSOCIATION", FB, 13)
        doc.text(X0, 48, "Claims Office, 210 Pier Street, Port Lenning, ME 04199", F, 8)
        doc.text(756, 36, "STATEMENT OF BENEFITS", FB, 11, "r")
        doc.text(756, 48, "Policyholder: Anneliese Varga   Certificate No. HV-0093317-01", F, 8, "r")
        doc.text(756, 58, "Statement period 01/01/2026 - 01/31/2026", F, 8, "r")
        doc.line(X0, 64, 756, 64, 1.0)
        doc.text(396, 590, "Page {p} of {N}".replace("{p}", str(doc.page)), F, 8, "c")
        return 76

    flow = Flow(doc, 560, furniture)
    flow.start()
    lines, ctruth = [], []

    def head(cl, cont=False):
        doc.text(X0, flow.y + 9, f"Claimant: {cl['patient']}", FB, 8.5)
        doc.text(X0 + 170, flow.y + 9, f"Relationship: {cl['rel']}", F, 8.5)
        doc.text(X0 + 290, flow.y + 9, f"Claim No.: {cl['icn']}", F, 8.5)
        doc.text(X0 + 450, flow.y + 9, f"Pt. Acct: {cl['acct']}", F, 8.5)
        doc.text(X0, flow.y + 19, f"Provider: {cl['prov']}" + (f"   -   {cl['note']}" if cl.get("note") else "")
                 + ("   (continued)" if cont else ""), F, 8)
        flow.y += 23
        flow.y += draw_header(doc, flow.y, X0, cols, FB, 7.6, 8.6)
        doc.line(X0, flow.y, 756, flow.y, 0.6)
        flow.y += 1

    for cl in claims:
        flow.need(60)
        head(cl)
        for s in cl["svcs"]:
            if flow.need(LH + 2):
                head(cl, True)
            cells = [dt(s.dos), dt(s.dos), s.code, "/".join(s.mods), f"{s.units:.1f}"] + [m_(getattr(s, k)) for k in (
                "billed", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid", "owes")] + \
                [" ".join(s.remarks)]
            lines.append(truth_line(doc.page, s, claim_id=cl["acct"], payer_claim_id=cl["icn"],
                                    patient=cl["patient"], description=False, remarks=s.remarks, service_end=s.dos,
                                    printed=("billed", "not_covered", "allowed", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes")))
            h, _ = draw_row(doc, flow.y, X0, cols, cells, F, SZ, LH)
            flow.y += h
        tot = [total(cl["svcs"], k) for k in ("billed", "not_covered", "allowed", "deductible", "copay",
                                              "coinsurance", "paid", "owes")]
        printed_owes = tot[7] + (D("10.00") if cl is mismatch else ZERO)
        flow.need(12)
        doc.line(X0 + 188, flow.y, 726, flow.y, 0.4)
        h, _ = draw_row(doc, flow.y, X0, cols, ["Claim Total", "", "", "", ""] + [m_(v) for v in tot[:7]]
                        + [m_(printed_owes), ""], FB, SZ, LH)
        flow.y += h + 9
        ctruth.append(dict(claim_id=cl["acct"], payer_claim_id=cl["icn"], patient=cl["patient"],
                           totals=claim_totals(tot[0], tot[2], tot[6], printed_owes)))
    legend = [("D1", "Amount applied to the calendar-year deductible."),
              ("X7", "Service excluded under the certificate; member is responsible.")]
    flow.need(40)
    for i, (k, v) in enumerate(legend):
        doc.text(X0, flow.y + 9 + i * 10, f"{k} - {v}", F, 8)
    pages = doc.save(out / f"{name}.pdf")
    ms = total(mismatch["svcs"], "owes")
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages, "Mutual insurer statement of benefits, landscape.",
                lines, ctruth, legend,
                [f"claim-total-mismatch claim {mismatch['icn']}: printed Member Owes total {q(ms + D('10.00'))} "
                 f"but the lines add up to {q(ms)}"])
    spec = Spec(m_, lambda x: [dt(x)], lambda ln: [ln["code"]], lambda m: ["/".join(m)],
                lambda u: [f"{D(u):.1f}"], band=0, total_label="Claim Total", arith=("share",),
                end=lambda x: [dt(x)])
    return name, spec


# --------------------------------------------------------------------------------------------- e1

def e1(out):
    name = "e1_classic_msn_part_b"
    st = PlanState(ded_left=D("120.00"))
    P1 = "Riverbend Outpatient Therapy, 18 Mill Race Ln, Canfield, OH 44499"
    P2 = "Dr. Leontyne Marsh, 900 Alder Ct, Canfield, OH 44499"
    groups = [
        (None, None, None, "26-01706-113-040", P1, [
            sv(d(1, 5), "97163", 1, ["GP"]), sv(d(1, 5), "97110", 2, ["GP"]), sv(d(1, 7), "97110", 2, ["GP"]),
            sv(d(1, 7), "97140", 1, ["GP"]), sv(d(1, 9), "97116", 2, ["GP"]), sv(d(1, 9), "97112", 1, ["GP"]),
            sv(d(1, 12), "97110", 3, ["GP", "KX"]), sv(d(1, 12), "0552T", 1, [], "PR"),
            sv(d(1, 14), "97530", 2, ["GP"]), sv(d(1, 14), "97140", 1, ["GP"]), sv(d(1, 16), "97116", 2, ["GP"]),
            sv(d(1, 16), "97110", 2, ["GP"]), sv(d(1, 20), "97530", 1, ["GP"]), sv(d(1, 20), "97112", 2, ["GP"]),
            sv(d(1, 22), "97110", 2, ["GP"]), sv(d(1, 22), "G0283", 1, ["GP"])]),
        (None, None, None, "26-01710-552-210", P2, [sv(d(1, 8), "99213", 1)]),
        (None, None, None, "26-01698-007-511", P1, [
            sv(d(12, 1, 2025), "97110", 2, ["GP"]), sv(d(12, 1, 2025), "97140", 1, ["GP"]),
            sv(d(12, 3, 2025), "97110", 2, ["GP"]), sv(d(12, 3, 2025), "97116", 1, ["GP"]),
            sv(d(12, 8, 2025), "97112", 2, ["GP"]), sv(d(12, 8, 2025), "97110", 1, ["GP"]),
            sv(d(12, 10, 2025), "97530", 2, ["GP"]), sv(d(12, 10, 2025), "97140", 1, ["GP"]),
            sv(d(12, 15, 2025), "97110", 2, ["GP"]), sv(d(12, 15, 2025), "97116", 2, ["GP"]),
            sv(d(12, 17, 2025), "97110", 2, ["GP"]), sv(d(12, 17, 2025), "97112", 1, ["GP"])]),
        (None, None, None, "26-01722-448-019", P1, [
            sv(d(1, 26), "97110", 2, ["GP"]), sv(d(1, 26), "97140", 1, ["GP"]), sv(d(1, 28), "97530", 2, ["GP"]),
            sv(d(1, 28), "97116", 1, ["GP"])]),
    ]
    claims = mk_claims(lambda s: medicare(s, st), groups)
    for cl in claims:
        for s in cl["svcs"]:
            s.remarks = ["c"] if s.denied else (["a"] if s.deductible else ["b"])
    PAT = "HAROLD P. QUINTERO"
    doc = Doc("reportlab")
    F, FB, SZ, LH = "Times", "Times-Bold", 9.4, 12.0
    m_ = lambda v: money(v, "$")  # noqa: E731
    cols = [("Dates of\nService", 50, "l"), ("Services Provided", 214, "l"), ("Amount\nCharged", 52, "r"),
            ("Medicare\nApproved", 54, "r"), ("Medicare Paid\nProvider", 62, "r"), ("You May\nBe Billed", 54, "r"),
            ("See Notes\nSection", 44, "l")]
    X0 = 40

    def furniture(cont):
        doc.text(X0, 42, "Medicare Summary Notice", FB, 16)
        doc.text(X0, 56, "CUSTOMER SERVICE INFORMATION: 1-800-555-0177   Your Medicare Number: 7QW4-RT2-MK81", F, 8.5)
        doc.text(X0, 68, f"{PAT}   |   Date: February 3, 2026", F, 8.5)
        doc.text(572, 42, "Page {p} of {N}".replace("{p}", str(doc.page)), F, 8.5, "r")
        doc.line(X0, 74, 572, 74, 1.2)
        if not cont:
            doc.text(X0, 90, "This is a summary of claims processed from 11/01/2025 through 01/31/2026.", F, 9)
            doc.text(X0, 102, "PART B MEDICAL INSURANCE - ASSIGNED CLAIMS", FB, 10)
            doc.text(X0, 114, f"Dear {PAT}: this notice shows what your Part B insurance covered. THIS IS NOT A BILL.",
                     F, 8.5)
            return 124
        return 84

    flow = Flow(doc, 730, furniture)
    flow.start()
    lines, ctruth = [], []

    def head(cl, cont=False):
        doc.text(X0, flow.y + 10, f"Claim number {cl['icn']}" + ("  (continued)" if cont else ""), FB, 9)
        doc.text(X0, flow.y + 21, cl["prov"], F, 8.6)
        doc.text(X0, flow.y + 32, "Referred by: Leontyne Marsh, M.D.", F, 8.6)
        flow.y += 36
        flow.y += draw_header(doc, flow.y, X0, cols, FB, 8, 9)
        doc.line(X0, flow.y, 572, flow.y, 0.5)
        flow.y += 1

    for cl in claims:
        flow.need(70)
        head(cl)
        for s in cl["svcs"]:
            if flow.need(LH + 1):
                head(cl, True)
            cells = [dfmt(s.dos, "mdy2"), f"{units_str(s.units)} {s.desc} ({s.code})", m_(s.billed), m_(s.allowed),
                     m_(s.paid), m_(s.owes), ",".join(s.remarks)]
            lines.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=cl["icn"], patient=PAT,
                                    description=False, remarks=s.remarks, modifiers=False,
                                    printed=("billed", "allowed", "paid", "patient_owes")))
            h, _ = draw_row(doc, flow.y, X0, cols, cells, F, SZ, LH)
            flow.y += h
        tot = [total(cl["svcs"], k) for k in ("billed", "allowed", "paid", "owes")]
        flow.need(14)
        h, _ = draw_row(doc, flow.y, X0, cols, ["", "Claim total"] + [m_(v) for v in tot] + [""], FB, SZ, LH)
        flow.y += h + 10
        ctruth.append(dict(claim_id=None, payer_claim_id=cl["icn"], patient=PAT, totals=claim_totals(*tot)))
    legend = [("a", "Part of this approved amount went toward your yearly Part B deductible."),
              ("b", "You are responsible for 20% of the approved amount, after the deductible."),
              ("c", "This service is not covered by Medicare; you may be billed for it.")]
    flow.need(60)
    doc.text(X0, flow.y + 10, "Notes Section:", FB, 9.5)
    for i, (k, v) in enumerate(legend):
        doc.text(X0, flow.y + 22 + i * 11, f"{k}  {v}", F, 8.6)
    pages = doc.save(out / f"{name}.pdf")
    write_truth(out / f"{name}.pdf", name, "reportlab", pages, "Classic-column Medicare Summary Notice, Part B.",
                lines, ctruth, legend)
    spec = Spec(m_, lambda x: [dfmt(x, "mdy2")], lambda ln: [f"({ln['code']})"], lambda m: [],
                lambda u: [u], band=0, total_label="Claim total")
    return name, spec


# --------------------------------------------------------------------------------------------- e2

def e2(out):
    name = "e2_ma_ppo_member_eob"
    st = PlanState(visit_copay=D("25.00"), allowed_rate=D("0.47"))
    PAT = "Consuelo Ferreira-Diaz"
    groups = [
        (PAT, None, "NSR-31877", "PC2601060412", "North Slope Rehabilitation Group", [
            sv(d(1, 6), "97167", 1, ["GO"]), sv(d(1, 6), "97535", 1, ["GO"]), sv(d(1, 8), "97530", 2, ["GO", "KX"]),
            sv(d(1, 8), "97535", 1, ["GO"]), sv(d(1, 13), "97530", 2, ["GO"]), sv(d(1, 13), "97129", 1, ["GO"]),
            sv(d(1, 15), "97530", 2, ["GO", "CO"]), sv(d(1, 15), "97110", 1, ["GO", "CO"]),
            sv(d(1, 16), "97530", 2, ["GO"]), sv(d(1, 16), "97535", 1, ["GO"]), sv(d(1, 17), "97530", 2, ["GO"]),
            sv(d(1, 17), "97112", 1, ["GO"]), sv(d(1, 19), "97530", 2, ["GO", "KX"]),
            sv(d(1, 19), "97535", 1, ["GO", "KX"])]),
        (PAT, None, "NSR-31902", "PC2601200975", "North Slope Rehabilitation Group", [
            sv(d(1, 20), "97530", 2, ["GO"]), sv(d(1, 20), "97112", 1, ["GO", "59"]),
            sv(d(1, 22), "97530", 2, ["GO", "CO"]), sv(d(1, 22), "G0283", 1, ["GO"], "CO"),
            sv(d(1, 27), "97168", 1, ["GO"]), sv(d(1, 27), "97535", 2, ["GO"]), sv(d(1, 29), "97530", 2, ["GO"]),
            sv(d(1, 29), "97110", 1, ["GO", "CO"]), sv(d(1, 30), "97530", 2, ["GO", "CO"]),
            sv(d(1, 30), "97535", 1, ["GO", "CO"]), sv(d(1, 31), "97530", 2, ["GO"]),
            sv(d(1, 31), "97112", 1, ["GO"]), sv(d(1, 31), "97535", 1, ["GO", "59"]), sv(d(1, 31), "97129", 1, ["GO"])]),
        (PAT, None, "VFM-6620", "PC2601230061", "Valley Family Medicine", [sv(d(1, 23), "99213", 1)]),
    ]
    claims = mk_claims(lambda s: commercial(s, st, "96"), groups)
    for cl in claims:
        for s in cl["svcs"]:
            if s.denied:
                s.remarks = ["4"]
            elif s.copay:
                s.remarks = ["1"]
    doc = Doc("fpdf2", landscape=True)
    F, FB, SZ, LH = "DSC", "DSC-B", 7.6, 9.6
    m_ = lambda v: money(v, "$")  # noqa: E731
    cols = [("Date", 62, "l"), ("Billing\ncode", 42, "l"), ("Modifiers", 52, "l"), ("Qty", 24, "r"),
            ("Service", 196, "l"), ("Provider\nbilled", 62, "r"), ("Plan-\napproved", 62, "r"),
            ("Plan paid", 60, "r"), ("You owe", 56, "r"), ("Note", 32, "l")]
    X0 = 40

    def furniture(cont):
        doc.rect(0, 0, 792, 50, fill=0.2, stroke=False)
        doc.rect(X0, 14, 260, 24, fill=1.0, stroke=False)
        doc.text(X0 + 6, 31, "SUMMIT CREST Medicare Advantage (PPO)", FB, 12)
        doc.text(752, 30, "Explanation of Benefits - Medical Claims (Part C)", FB, 10, "r")
        doc.text(X0, 66, f"Member: {PAT}   Member ID: SCM-70122958   Plan: Summit Crest Choice PPO (H9917-004)",
                 F, 8)
        doc.text(752, 66, "Claims processed in January 2026", F, 8, "r")
        doc.text(752, 592, "Page {p} of {N}".replace("{p}", str(doc.page)), F, 7.5, "r")
        doc.text(X0, 592, "Y0099_EOB47_M  Questions? Call 1-855-555-0190 (TTY 711), 8 a.m. - 8 p.m.", F, 7)
        return 80

    flow = Flow(doc, 565, furniture)
    flow.start()
    doc.rect(X0, flow.y, 712, 34, fill=0.93)
    doc.text(X0 + 8, flow.y + 13, "Your costs this month: $75.00     Year to date: $75.00     "
             "Maximum out-of-pocket: $4,900.00 (in network)", FB, 8.5)
    doc.text(X0 + 8, flow.y + 26, "Medical services only. Drug costs are on your separate Part D statement.", F, 8)
    flow.y += 44
    lines, ctruth = [], []

    def head(cl, cont=False):
        doc.rect(X0, flow.y, 648, 26, fill=0.86, stroke=False)
        doc.text(X0 + 6, flow.y + 11, f"{cl['prov']}" + ("  (continued)" if cont else ""), FB, 8.5)
        doc.text(X0 + 6, flow.y + 22, f"Claim number {cl['icn']}   Patient account {cl['acct']}   In network",
                 F, 7.8)
        flow.y += 28
        flow.y += draw_header(doc, flow.y, X0, cols, FB, 7.3, 8.3)
        doc.line(X0, flow.y, X0 + 648, flow.y, 0.5)

    for cl in claims:
        flow.need(70)
        head(cl)
        for s in cl["svcs"]:
            if flow.need(LH + 2):
                head(cl, True)
            cells = [dfmt(s.dos, "mon"), s.code, ", ".join(s.mods), units_str(s.units), s.desc, m_(s.billed),
                     m_(s.allowed), m_(s.paid), m_(s.owes), " ".join(s.remarks)]
            lines.append(truth_line(doc.page, s, claim_id=cl["acct"], payer_claim_id=cl["icn"], patient=PAT,
                                    description=False, remarks=s.remarks,
                                    printed=("billed", "allowed", "paid", "patient_owes")))
            h, _ = draw_row(doc, flow.y, X0, cols, cells, F, SZ, LH, "ruled")
            flow.y += h
        tot = [total(cl["svcs"], k) for k in ("billed", "allowed", "paid", "owes")]
        flow.need(14)
        h, _ = draw_row(doc, flow.y, X0, cols, ["", "", "", "", "Claim total"] + [m_(v) for v in tot] + [""], FB,
                        SZ, LH)
        flow.y += h + 10
        ctruth.append(dict(claim_id=cl["acct"], payer_claim_id=cl["icn"], patient=PAT, totals=claim_totals(*tot)))
    legend = [("1", "Your $25.00 specialist copay for this visit day."),
              ("4", "Not covered: the plan does not pay for this service in this setting. Network providers may "
                    "not bill you.")]
    flow.need(40)
    for i, (k, v) in enumerate(legend):
        doc.text(X0, flow.y + 10 + i * 10, f"Note {k}: {v}", F, 8)
    pages = doc.save(out / f"{name}.pdf")
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages, "Medicare Advantage PPO member EOB, landscape.",
                lines, ctruth, legend)
    spec = Spec(m_, lambda x: [dfmt(x, "mon")], lambda ln: [ln["code"]], lambda m: [", ".join(m)],
                lambda u: [u], band=0, total_label="Claim total", arith=("share",))
    return name, spec


# --------------------------------------------------------------------------------------------- a1

def a1(out):
    name = "a1_medicaid_ra_mono"
    doc = Doc("reportlab", landscape=True)
    F, FB, SZ, LH = "DSM", "DSM-B", 6.8, 8.4
    m_ = lambda v: money(v, ",", "trail")  # noqa: E731
    adjf = lambda g, c, a: [f"{g}-{c}", m_(a)]  # noqa: E731
    mk = lambda grp: [medicaid(s, "204") for s in grp]  # noqa: E731
    paid = [
        ("HALVORSEN, PIA", "700418832", "2026012001133", "GT-20145", mk([
            sv(d(1, 5), "97530", 4, ["GO"]), sv(d(1, 5), "97535", 2, ["GO"]), sv(d(1, 7), "97530", 4, ["GO"]),
            sv(d(1, 7), "97112", 2, ["GO", "59"]), sv(d(1, 12), "97530", 3, ["GO"]), sv(d(1, 12), "97165", 1, ["GO"]),
            sv(d(1, 14), "97530", 4, ["GO"]), sv(d(1, 14), "97110", 2, ["GO"]), sv(d(1, 19), "97530", 4, ["GO"]),
            sv(d(1, 21), "97535", 2, ["GO", "U4"])])),
        ("OYELARAN, TEMI", "700551207", "2026012001134", "GT-20188", mk([
            sv(d(1, 6), "92523", 1, ["GN"]), sv(d(1, 8), "92507", 1, ["GN"]), sv(d(1, 13), "92507", 1, ["GN"]),
            sv(d(1, 15), "92526", 1, ["GN"]), sv(d(1, 20), "92507", 1, ["GN"]), sv(d(1, 22), "92526", 1, ["GN"])])),
        ("BRASWELL, COLTON", "700302945", "2026012001135", "GT-20201", mk([
            sv(d(1, 9), "97163", 1, ["GP"]), sv(d(1, 9), "97110", 2, ["GP"]), sv(d(1, 16), "97116", 2, ["GP"]),
            sv(d(1, 16), "97110", 2, ["GP", "CQ"]), sv(d(1, 23), "97112", 2, ["GP", "CQ"])])),
    ]
    denied = [("OYELARAN, TEMI", "700551207", "2026012001140", "GT-20189", [
        medicaid(sv(d(1, 27), "92507", 1, ["GN"], "CO"), "198"), medicaid(sv(d(1, 29), "92507", 1, ["GN"], "CO"),
                                                                          "198")])]
    orig = mk([sv(d(12, 15, 2025), "97530", 4, ["GO"]), sv(d(12, 15, 2025), "97140", 2, ["GO"])])
    rev = [negate(s) for s in orig]
    repl = mk([sv(d(12, 15, 2025), "97530", 4, ["GO"]), sv(d(12, 15, 2025), "97140", 1, ["GO"])])
    adjusted = [("HALVORSEN, PIA", "700418832", "2026012009001", "GT-19877", rev),
                ("HALVORSEN, PIA", "700418832", "2026012009002", "GT-19877", repl)]
    for sec in (paid, denied, adjusted):
        for c in sec:
            for s in c[4]:
                s.remarks = ["0917"] if s.denied else (["0312"] if s.paid < 0 else ["0001"])
    cols = [("LN", 18, "l"), ("FIRST DOS", 48, "l"), ("LAST DOS", 48, "l"), ("PROC", 34, "l"), ("MD1", 22, "l"),
            ("MD2", 22, "l"), ("UNITS", 36, "r"), ("BILLED", 56, "r"), ("ALLOWED", 56, "r"), ("PAID", 56, "r"),
            ("", 12, "l"), ("ADJ RSN", 48, "l"), ("ADJ AMT", 52, "r"), ("", 12, "l"), ("EOB", 34, "l")]
    X0 = 30

    def furniture(cont):
        doc.text(X0, 30, "STATE OF NORTH MERRIMACK - DEPARTMENT OF FAMILY HEALTH SERVICES", FB, 8)
        doc.text(X0, 40, "MEDICAL ASSISTANCE PROGRAM  -  PROVIDER REMITTANCE ADVICE", FB, 8)
        doc.text(X0, 52, "PROVIDER: GREENTREE KIDS THERAPY LLC     PROV NO: 0048812207     NPI: 1720098813", F, SZ)
        doc.text(X0, 61, "RA NO: 0004471  WARRANT/EFT: 99041873  DATE: 01/30/26", F, SZ)
        doc.text(762, 30, "PAGE {p} OF {N}".replace("{p}", str(doc.page)), F, SZ, "r")
        doc.line(X0, 66, 762, 66, 0.5)
        return 72

    flow = Flow(doc, 575, furniture)
    flow.start()
    lines, ctruth = [], []
    state = {"sec": None}

    def hdr():
        flow.y += draw_header(doc, flow.y, X0, cols, FB, SZ, LH)
        doc.line(X0, flow.y, X0 + sum(c[1] for c in cols), flow.y, 0.3)

    def head(c, cont=False):
        doc.text(X0, flow.y + LH, f"RECIPIENT: {c[0]}   MEDICAID ID: {c[1]}   ICN: {c[2]}   PAT ACCT: {c[3]}"
                 + ("   (CONT)" if cont else ""), FB, SZ)
        flow.y += LH + 2
        hdr()

    def cont_(c):
        doc.text(X0, flow.y + LH, f"*** {state['sec']} (CONTINUED) ***", FB, SZ)
        flow.y += LH + 3
        head(c, True)

    for secname, sec in (("CLAIMS PAID", paid), ("CLAIMS DENIED", denied), ("CLAIMS ADJUSTED", adjusted)):
        state["sec"] = secname
        flow.need(60)
        doc.text(X0, flow.y + LH, f"*** {secname} ***", FB, 7.5)
        flow.y += LH + 4
        for c in sec:
            flow.need(40)
            head(c)
            if secname == "CLAIMS ADJUSTED":
                doc.text(X0, flow.y + LH, "  VOID OF ORIGINAL ICN 2025121702281" if c[4][0].paid < 0 else
                         "  REPLACEMENT CLAIM", F, SZ)
                flow.y += LH + 1
            for i, s in enumerate(c[4], 1):
                n = max(1, len(s.adjs))
                if flow.need(n * LH + 2):
                    cont_(c)
                cells = [f"{i:02d}", dfmt(s.dos, "mdy2"), dfmt(s.dos, "mdy2"), s.code,
                         s.mods[0] if s.mods else "", s.mods[1] if len(s.mods) > 1 else "", f"{s.units:.2f}",
                         m_(s.billed), m_(s.allowed), m_(s.paid), "", [f"{g}-{r}" for g, r, a in s.adjs] or [""],
                         [m_(a) for g, r, a in s.adjs] or [""], "", " ".join(s.remarks)]
                lines.append(truth_line(doc.page, s, claim_id=c[3], payer_claim_id=c[2], patient=c[0],
                                        description=False, remarks=s.remarks, service_end=s.dos,
                                        adjustments=s.adjs, printed=("billed", "allowed", "paid")))
                h, _ = draw_row(doc, flow.y, X0, cols, cells, F, SZ, LH)
                flow.y += h
            tot = [total(c[4], k) for k in ("billed", "allowed", "paid")]
            flow.need(12)
            h, _ = draw_row(doc, flow.y, X0, cols, ["", "CLAIM TOTALS", "", "", "", "", ""] + [m_(v) for v in tot]
                            + ["", "", "", "", ""], F, SZ, LH)
            flow.y += h + 6
            ctruth.append(dict(claim_id=c[3], payer_claim_id=c[2], patient=c[0],
                               totals=claim_totals(tot[0], tot[1], tot[2])))
    legend = [("0001", "Paid according to the program fee schedule."),
              ("0917", "Service exceeds the prior-authorized number of visits."),
              ("0312", "Original payment recovered; see replacement claim.")]
    flow.need(50)
    doc.text(X0, flow.y + LH, "EOB CODE DESCRIPTIONS", FB, SZ)
    for i, (k, v) in enumerate(legend):
        doc.text(X0, flow.y + LH * (i + 2), f"{k}  {v}", F, SZ)
    pages = doc.save(out / f"{name}.pdf")
    write_truth(out / f"{name}.pdf", name, "reportlab", pages, "State Medicaid RA, monospaced sections.",
                lines, ctruth, legend)
    spec = Spec(m_, lambda x: [dfmt(x, "mdy2")], lambda ln: [ln["code"]], lambda m: m,
                lambda u: [f"{D(u):.2f}"], adj=adjf, band=3, total_label="CLAIM TOTALS", arith=("adj",),
                end=lambda x: [dfmt(x, "mdy2")])
    return name, spec


# --------------------------------------------------------------------------------------------- a2

def a2(out):
    name = "a2_medicaid_portal_claim_detail"
    doc = Doc("fpdf2")
    F, FB, SZ, LH = "LSR", "LSR-B", 7.6, 9.2
    m_ = lambda v: money(v, "$")  # noqa: E731
    dt = lambda x: x.strftime("%m-%d-%Y")  # noqa: E731
    mk = lambda grp: [medicaid(s) for s in grp]  # noqa: E731
    claims = [
        ("Pia Halvorsen", "700418832", "GT-20190", "1226027000451", "Paid", mk([
            sv(d(1, 26), "97530", 4, ["GO"]), sv(d(1, 26), "97535", 2, ["GO"]), sv(d(1, 28), "97530", 3, ["GO"]),
            sv(d(1, 28), "97112", 2, ["GO", "59"]), sv(d(1, 30), "97530", 4, ["GO"])])),
        ("Jonah Whitlock-Reyes", "700845571", "GT-20202", "1226027000452", "Paid", mk([
            sv(d(1, 5), "97166", 1, ["GO"]), sv(d(1, 5), "97760", 1, ["GO"]), sv(d(1, 5), "L3807", 1, ["RT"]),
            sv(d(1, 12), "97530", 2, ["GO"]), sv(d(1, 12), "97140", 2, ["GO"]), sv(d(1, 19), "97530", 2, ["GO"]),
            sv(d(1, 19), "97110", 2, ["GO"]), sv(d(1, 26), "97530", 2, ["GO"]), sv(d(1, 26), "97110", 1, ["GO"])])),
        ("Amara Nwachukwu", "700663310", "GT-20215", "1226027000453", "Denied", [
            medicaid(sv(d(1, 14), "97150", 2, ["GO"], "CO"), "15"), medicaid(sv(d(1, 21), "97150", 2, ["GO"], "CO"),
                                                                              "15")]),
        ("Amara Nwachukwu", "700663310", "GT-20216", "1226027000454", "Paid", mk([
            sv(d(1, 7), "92523", 1, ["GN"]), sv(d(1, 14), "92507", 1, ["GN"]), sv(d(1, 21), "92507", 1, ["GN"]),
            sv(d(1, 28), "92507", 1, ["GN"])])),
        ("Lucas Pereira", "700129984", "GT-20230", "1226027000455", "Paid", mk([
            sv(d(1, 8), "97161", 1, ["GP"]), sv(d(1, 8), "97110", 2, ["GP"]), sv(d(1, 15), "97116", 2, ["GP"]),
            sv(d(1, 15), "97112", 1, ["GP"]), sv(d(1, 22), "97110", 2, ["GP"]), sv(d(1, 22), "97140", 1, ["GP"]),
            sv(d(1, 29), "97110", 2, ["GP", "KX"])])),
        ("Jonah Whitlock-Reyes", "700845571", "GT-20244", "1226027000456", "Paid", mk([
            sv(d(1, 6), "97530", 2, ["GO"]), sv(d(1, 7), "97530", 2, ["GO"]), sv(d(1, 8), "97535", 2, ["GO"]),
            sv(d(1, 9), "97530", 2, ["GO", "59"]), sv(d(1, 13), "97530", 2, ["GO"]), sv(d(1, 14), "97112", 2, ["GO"]),
            sv(d(1, 15), "97530", 2, ["GO"]), sv(d(1, 16), "97535", 1, ["GO"]), sv(d(1, 20), "97530", 2, ["GO"]),
            sv(d(1, 21), "97110", 2, ["GO"]), sv(d(1, 22), "97530", 2, ["GO"]), sv(d(1, 23), "97535", 1, ["GO"])])),
    ]
    for c in claims:
        for s in c[5]:
            s.remarks = ["N54"] if s.denied else []
    cols = [("Line", 24, "l"), ("Date of\nService", 50, "l"), ("Procedure", 44, "l"), ("Modifier(s)", 46, "l"),
            ("Units", 28, "r"), ("Billed\nAmount", 52, "r"), ("Allowed\nAmount", 52, "r"), ("Paid\nAmount", 52, "r"),
            ("Adjustment", 108, "l"), ("Remark", 40, "l")]
    X0 = 40

    def furniture(cont):
        doc.text(X0, 36, "North Merrimack Medicaid - Provider Portal", FB, 12)
        doc.text(X0, 48, "Remittance Advice: Claim Payment Detail   |   Payment date 02/02/2026   |   EFT 99044120", F, 8)
        doc.text(X0, 58, "Billing provider: Greentree Kids Therapy LLC   Provider ID 0048812207", F, 8)
        doc.line(X0, 63, 572, 63, 0.8)
        doc.text(572, 770, "Page {p} of {N}".replace("{p}", str(doc.page)), F, 7.5, "r")
        doc.text(X0, 770, "Printed from the provider portal 02/03/2026 10:14", F, 7)
        return 74

    flow = Flow(doc, 745, furniture)
    flow.start()
    lines, ctruth = [], []

    def head(c, cont=False):
        kv = [("Member Name", c[0]), ("Member ID", c[1]), ("Patient Account", c[2]), ("TCN", c[3]),
              ("Claim Status", c[4] + (" (continued)" if cont else ""))]
        doc.rect(X0, flow.y, 496, 24, fill=0.9)
        for i, (k, v) in enumerate(kv):
            x = X0 + 4 + i * 99
            doc.text(x, flow.y + 9, k, F, 6.8)
            doc.text(x, flow.y + 20, v, FB, 7.6, maxw=95)
        flow.y += 24
        flow.y += draw_header(doc, flow.y, X0, cols, FB, 7, 8, grid=True)

    for c in claims:
        flow.need(45)
        head(c)
        for i, s in enumerate(c[5], 1):
            n = max(1, len(s.adjs))
            if flow.need(n * LH + 3):
                head(c, True)
            cells = [str(i), dt(s.dos), s.code, " ".join(s.mods), units_str(s.units), m_(s.billed), m_(s.allowed),
                     m_(s.paid), [f"{g}-{r} {m_(a)}" for g, r, a in s.adjs] or [""], " ".join(s.remarks)]
            lines.append(truth_line(doc.page, s, claim_id=c[2], payer_claim_id=c[3], patient=c[0],
                                    description=False, remarks=s.remarks, adjustments=s.adjs,
                                    printed=("billed", "allowed", "paid")))
            h, _ = draw_row(doc, flow.y, X0, cols, cells, F, SZ, LH, "grid")
            flow.y += h
        tot = [total(c[5], k) for k in ("billed", "allowed", "paid")]
        flow.need(12)
        h, _ = draw_row(doc, flow.y, X0, cols, ["", "Claim Total", "", "", ""] + [m_(v) for v in tot] + ["", ""],
                        FB, SZ, LH, "grid")
        flow.y += h + 12
        ctruth.append(dict(claim_id=c[2], payer_claim_id=c[3], patient=c[0],
                           totals=claim_totals(tot[0], tot[1], tot[2])))
    legend = [("N54", "Group sessions are limited for this member's benefit plan; see the provider manual.")]
    flow.need(30)
    doc.text(X0, flow.y + 10, "Remark N54: " + legend[0][1], F, 7.6)
    pages = doc.save(out / f"{name}.pdf")
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages, "State Medicaid portal claim payment detail.",
                lines, ctruth, legend)
    spec = Spec(m_, lambda x: [dt(x)], lambda ln: [ln["code"]], lambda m: [" ".join(m)], lambda u: [u],
                adj=lambda g, c, a: [f"{g}-{c}", m_(a)], band=2, total_label="Claim Total", arith=("adj",))
    return name, spec


# --------------------------------------------------------------------------------------------- r1

def r1(out):
    name = "r1_clearinghouse_spr_part_b"
    doc = Doc("fpdf2", landscape=True)
    F, FB, SZ, LH = "DSM", "DSM-B", 6.9, 8.3
    m_ = lambda v: money(v, "")  # noqa: E731
    sd = lambda x: [x.strftime("%m%d"), x.strftime("%m%d%y")]  # noqa: E731

    def med(grp, ded="0.00"):
        st = PlanState(ded_left=D(ded))
        return [medicare(s, st) for s in grp]
    claims = [
        ("QUINTERO, HAROLD", "7QW4RT2MK81", "ROT-88120", "0226020114550", med([
            sv(d(1, 26), "97110", 2, ["GP"]), sv(d(1, 26), "97140", 1, ["GP"]), sv(d(1, 28), "97530", 2, ["GP"]),
            sv(d(1, 28), "97116", 1, ["GP"])])),
        ("ABERNATHY, LOIS", "3HX9PL4QN27", "ROT-88133", "0226020114551", med([
            sv(d(1, 5), "97165", 1, ["GO"]), sv(d(1, 5), "97535", 2, ["GO"]), sv(d(1, 7), "97530", 2, ["GO"]),
            sv(d(1, 7), "97535", 1, ["GO"]), sv(d(1, 12), "97530", 3, ["GO", "KX"]),
            sv(d(1, 14), "97530", 2, ["GO", "CO"]), sv(d(1, 14), "97112", 1, ["GO", "CO"]),
            sv(d(1, 19), "97168", 1, ["GO"])], "150.00")),
        ("TRAN, MINH", "5KD2WE7RT40", "ROT-88141", "0226020114552", med([
            sv(d(1, 8), "92523", 1, ["GN"]), sv(d(1, 15), "92507", 1, ["GN"]), sv(d(1, 22), "92507", 1, ["GN"]),
            sv(d(1, 22), "97129", 1, ["GN"])])),
        ("ODUYA, FELIX", "8MT6GH3KA12", "ROT-88150", "0226020114553", med([
            sv(d(1, 9), "97161", 1, ["GP"]), sv(d(1, 9), "0552T", 1, [], "CO"), sv(d(1, 16), "97110", 3, ["GP"]),
            sv(d(1, 16), "97140", 1, ["GP", "59"]), sv(d(1, 23), "97110", 2, ["GP", "CQ"]),
            sv(d(1, 23), "G0283", 1, ["GP", "CQ"])])),
    ]
    for c in claims:
        for s in c[4]:
            s.remarks = ["N130"] if s.denied else []
    cols = [("PERF PROV", 62, "l"), ("SERV DATE", 78, "l"), ("POS", 22, "l"), ("NOS", 22, "r"), ("PROC", 36, "l"),
            ("MODS", 48, "l"), ("BILLED", 52, "r"), ("ALLOWED", 52, "r"), ("DEDUCT", 48, "r"), ("COINS", 48, "r"),
            ("GRP/RC-AMT", 84, "l"), ("PROV PD", 56, "r"), ("RARC", 36, "l")]
    X0 = 30
    # GRP/RC-AMT printed as "CO-45" then amount, in two sub-columns of the same cell

    def furniture(cont):
        doc.text(X0, 28, "KESTREL CLAIMS EXCHANGE - STANDARD PAPER REMIT VIEW", FB, 8)
        doc.text(X0, 38, "PAYER: MEDICARE PART B  JURISDICTION 15 CARRIER 15502", F, SZ)
        doc.text(X0, 47, "PAYEE: RIVERBEND OUTPATIENT THERAPY   NPI 1588204417   CHECK/EFT # 0087715530   "
                 "CHECK DATE 01/30/26", F, SZ)
        doc.text(762, 28, "PAGE {p} OF {N}".replace("{p}", str(doc.page)), F, SZ, "r")
        doc.line(X0, 52, 762, 52, 0.4)
        y = 54
        y += draw_header(doc, y, X0, cols, FB, SZ, LH)
        doc.line(X0, y, 762, y, 0.4)
        return y + 2

    flow = Flow(doc, 580, furniture)
    flow.start()
    lines, ctruth = [], []
    gt = {k: ZERO for k in ("billed", "allowed", "deductible", "coinsurance", "paid")}
    for c in claims:
        flow.need(40)
        doc.text(X0, flow.y + LH, f"NAME {c[0]}   MID {c[1]}   ACNT {c[2]}   ICN {c[3]}   ASG Y   MOA MA01", F, SZ)
        flow.y += LH + 2
        for s in c[4]:
            n = max(1, len(s.adjs))
            if flow.need(n * LH + 2):
                doc.text(X0, flow.y + LH, f"NAME {c[0]}   ACNT {c[2]}   ICN {c[3]}   (CONTINUED)", F, SZ)
                flow.y += LH + 2
            cells = ["1922047736", " ".join(sd(s.dos)), "11", units_str(s.units), s.code, " ".join(s.mods),
                     m_(s.billed), m_(s.allowed), m_(s.deductible), m_(s.coinsurance),
                     [f"{g}-{r}  {m_(a)}" for g, r, a in s.adjs], m_(s.paid), " ".join(s.remarks)]
            lines.append(truth_line(doc.page, s, claim_id=c[2], payer_claim_id=c[3], patient=c[0], description=False,
                                    remarks=s.remarks, adjustments=s.adjs, service_end=s.dos,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid")))
            h, _ = draw_row(doc, flow.y, X0, cols, cells, F, SZ, LH)
            flow.y += h
        tot = {k: total(c[4], k) for k in gt}
        for k in gt:
            gt[k] += tot[k]
        owes = total(c[4], "owes")
        flow.need(24)
        doc.text(X0, flow.y + LH, f"PT RESP {m_(owes)}", F, SZ)
        h, _ = draw_row(doc, flow.y + LH, X0, cols, ["", "CLAIM TOTALS", "", "", "", "", m_(tot["billed"]),
                                                    m_(tot["allowed"]), m_(tot["deductible"]),
                                                    m_(tot["coinsurance"]), "", m_(tot["paid"]), ""], F, SZ, LH)
        flow.y += LH + h + 8
        ctruth.append(dict(claim_id=c[2], payer_claim_id=c[3], patient=c[0],
                           totals=claim_totals(tot["billed"], tot["allowed"], tot["paid"])))
    flow.need(40)
    doc.text(X0, flow.y + LH, f"TOTALS:  # OF CLAIMS {len(claims)}   BILLED AMT {m_(gt['billed'])}   ALLOWED AMT "
             f"{m_(gt['allowed'])}   DEDUCT AMT {m_(gt['deductible'])}   COINS AMT {m_(gt['coinsurance'])}   "
             f"PROV PD AMT {m_(gt['paid'])}   CHECK AMT {m_(gt['paid'])}", FB, SZ)
    doc.text(X0, flow.y + 2 * LH + 2, "GLOSSARY: GROUP, REASON, MOA, REMARK CODES - see your remittance code list. "
             "N130 - consult plan benefit documents.", F, SZ)
    legend = [("N130", "Consult plan benefit documents for coverage details.")]
    pages = doc.save(out / f"{name}.pdf")
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages, "Clearinghouse Medicare standard paper remit.",
                lines, ctruth, legend)
    spec = Spec(m_, sd, lambda ln: [ln["code"]], lambda m: [" ".join(m)], lambda u: [u],
                adj=lambda g, c, a: [f"{g}-{c}", m_(a)], band=3, total_label="CLAIM TOTALS", arith=("adj",))
    return name, spec


# --------------------------------------------------------------------------------------------- r2

def r2(out):
    name = "r2_pm_posting_detail_medicare"
    doc = Doc("reportlab")
    F, FB, SZ, LH = "DS", "DS-B", 6.6, 8.0
    m_ = lambda v: money(v, ",")  # noqa: E731
    dt = lambda x: dfmt(x, "mdyn")  # noqa: E731

    def med(grp, ded="0.00"):
        st = PlanState(ded_left=D(ded))
        return [medicare(s, st) for s in grp]
    claims = [
        ("Pruitt, Eleanor", "HMS-30218", "0226021550801", med([
            sv(d(1, 5), "97161", 1, ["GP"]), sv(d(1, 5), "97110", 2, ["GP"]), sv(d(1, 7), "97110", 2, ["GP"]),
            sv(d(1, 7), "97140", 1, ["GP"]), sv(d(1, 9), "97112", 2, ["GP"]), sv(d(1, 12), "97110", 3, ["GP"]),
            sv(d(1, 12), "97116", 1, ["GP"]), sv(d(1, 14), "97110", 2, ["GP", "KX"]),
            sv(d(1, 14), "97140", 1, ["GP", "KX"]), sv(d(1, 16), "97530", 2, ["GP"]),
            sv(d(1, 16), "G0283", 1, ["GP"]), sv(d(1, 19), "97110", 2, ["GP", "CQ"]),
            sv(d(1, 19), "97112", 1, ["GP", "CQ"]), sv(d(1, 21), "97110", 2, ["GP"])], "200.00")),
        ("Delacroix, Remy", "HMS-30244", "0226021550802", med([
            sv(d(1, 6), "97166", 1, ["GO"]), sv(d(1, 6), "97535", 2, ["GO"]), sv(d(1, 13), "97530", 2, ["GO"]),
            sv(d(1, 13), "97535", 1, ["GO", "59"]), sv(d(1, 20), "97530", 3, ["GO"]),
            sv(d(1, 27), "97530", 2, ["GO", "CO"]), sv(d(1, 27), "97533", 1, ["GO", "CO"])])),
        ("Sato, Kenji", "HMS-30251", "0226021550803", med([
            sv(d(1, 8), "92523", 1, ["GN"]), sv(d(1, 15), "92507", 1, ["GN"]), sv(d(1, 22), "92507", 1, ["GN"])])),
    ]
    for c in claims:
        for s in c[3]:
            s.remarks = ["MA01"] if s.deductible else []
    cols = [("DOS", 40, "l"), ("CPT-Mod", 58, "l"), ("Units", 24, "r"), ("Charge", 40, "r"), ("Allowed", 40, "r"),
            ("Deductible", 42, "r"), ("Coinsurance", 46, "r"), ("Payment", 40, "r"), ("Adjustments", 148, "l"),
            ("Pt Resp", 38, "r"), ("Remarks", 34, "l")]
    X0 = 32

    def furniture(cont):
        doc.text(X0, 34, "Hillmont Physical & Occupational Therapy", FB, 10)
        doc.text(X0, 45, "Insurance Payment Posting Detail", FB, 9)
        doc.text(X0, 56, "Payer: Medicare Part B (J15)   Check/EFT: 0087740912   Deposit date: 02/02/2026   "
                 "Batch: ERA-2026-0142", F, 7)
        doc.text(580, 34, "Run 02/02/2026 4:51 PM   User: kbell", F, 6.5, "r")
        doc.text(580, 45, "Page {p} of {N}".replace("{p}", str(doc.page)), F, 7, "r")
        doc.line(X0, 61, 580, 61, 0.6)
        return 66

    flow = Flow(doc, 755, furniture)
    flow.start()
    lines, ctruth = [], []

    def head(c, cont=False):
        doc.text(X0, flow.y + 10, f"Patient: {c[0]}   Acct#: {c[1]}   Payer Claim #: {c[2]}   Billed as: Primary"
                 + ("   - continued" if cont else ""), FB, 7.2)
        flow.y += 13
        flow.y += draw_header(doc, flow.y, X0, cols, FB, 6.6, 7.6)
        doc.line(X0, flow.y, 580, flow.y, 0.4)
        flow.y += 1

    for c in claims:
        flow.need(50)
        head(c)
        for i, s in enumerate(c[3]):
            if flow.need(LH + 2):
                head(c, True)
            cells = [dt(s.dos), s.code + "".join(s.mods), units_str(s.units), m_(s.billed), m_(s.allowed),
                     m_(s.deductible), m_(s.coinsurance), m_(s.paid),
                     "  ".join(f"{g}{r} {m_(a)}" for g, r, a in s.adjs), m_(s.owes), " ".join(s.remarks)]
            lines.append(truth_line(doc.page, s, claim_id=c[1], payer_claim_id=c[2], patient=c[0], description=False,
                                    remarks=s.remarks, adjustments=s.adjs,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid",
                                             "patient_owes")))
            h, _ = draw_row(doc, flow.y, X0, cols, cells, F, SZ, LH, zebra=i % 2 == 1)
            flow.y += h
        tot = [total(c[3], k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")]
        flow.need(12)
        doc.line(X0, flow.y, 580, flow.y, 0.4)
        h, _ = draw_row(doc, flow.y, X0, cols, ["", "Claim total", ""] + [m_(v) for v in tot[:5]] + ["", m_(tot[5]),
                                                                                                   ""], FB, SZ, LH)
        flow.y += h + 10
        ctruth.append(dict(claim_id=c[1], payer_claim_id=c[2], patient=c[0],
                           totals=claim_totals(tot[0], tot[1], tot[4], tot[5])))
    legend = [("MA01", "Appeal rights notice (payer remark).")]
    flow.need(20)
    doc.text(X0, flow.y + 10, "Adjustment codes are shown as group + reason (CO45, PR1, PR2, CO253) followed by the "
             "amount.", F, 7)
    pages = doc.save(out / f"{name}.pdf")
    write_truth(out / f"{name}.pdf", name, "reportlab", pages, "PM system ERA posting detail, Medicare.",
                lines, ctruth, legend)
    spec = Spec(m_, lambda x: [dt(x)], lambda ln: [ln["code"] + "".join(ln["modifiers"])], lambda m: [],
                lambda u: [u], adj=lambda g, c, a: [f"{g}{c}", m_(a)], band=0, total_label="Claim total",
                arith=("adj",))
    return name, spec


# --------------------------------------------------------------------------------------------- s1

def s1(out):
    name = "s1_clinic_family_statement"
    st = PlanState(ded_left=D("100.00"), coins_rate=D("0.20"), allowed_rate=D("0.80"))
    visits = [
        ("Nico Castellanos", "10482", "LK8812004417", [sv(d(1, 5), "97165", 1, ["GO"]), sv(d(1, 5), "97530", 2, ["GO"])]),
        ("Nico Castellanos", "10511", "LK8812004562", [sv(d(1, 12), "97530", 3, ["GO"]),
                                                         sv(d(1, 12), "97112", 1, ["GO", "59"])]),
        ("Mira Castellanos", "10517", "LK8812004570", [sv(d(1, 13), "92523", 1, ["GN"])]),
        ("Mira Castellanos", "10549", "LK8812004701", [sv(d(1, 20), "92507", 1, ["GN"]),
                                                         sv(d(1, 20), "92526", 1, ["GN"])]),
        ("Nico Castellanos", "10553", "LK8812004733", [sv(d(1, 19), "97530", 2, ["GO"]),
                                                         sv(d(1, 19), "0552T", 1, [], "PR")]),
        ("Sol Castellanos", "10560", "LK8812004790", [sv(d(1, 21), "97166", 1, ["GO"]),
                                                        sv(d(1, 21), "97760", 1, ["GO"]), sv(d(1, 21), "L3807", 1,
                                                                                            ["LT"])]),
        ("Sol Castellanos", "10588", "LK8812004851", [sv(d(1, 28), "97530", 2, ["GO"]),
                                                        sv(d(1, 28), "97535", 1, ["GO"])]),
        ("Mira Castellanos", "10591", "LK8812004866", [sv(d(1, 27), "92507", 1, ["GN"])]),
    ]
    for v in visits:
        for s in v[3]:
            commercial(s, st)
    doc = Doc("fpdf2")
    F, FB, SZ, LH = "LS", "LS-B", 7.2, 9.0
    m_ = lambda v: money(v, "$")  # noqa: E731
    cols = [("Date", 40, "l"), ("Patient", 70, "l"), ("Description", 106, "l"), ("Code", 48, "l"),
            ("Charges", 44, "r"), ("Insurance\nPaid", 46, "r"), ("Adjust-\nments", 42, "r"),
            ("Patient\nBalance", 44, "r")]
    X0 = 30
    owed = sum((s.owes for v in visits for s in v[3]), ZERO)

    def furniture(cont):
        doc.text(X0, 40, "Little Lanterns Pediatric Therapy", FB, 14)
        doc.text(X0, 52, "2201 Orchard Bend Rd, Suite 4  -  Fallbrook Hts, WI 53999  -  (414) 555-0133", F, 8)
        doc.text(X0, 66, "STATEMENT", FB, 11)
        doc.rect(480, 30, 108, 730, fill=0.9, stroke=False)
        side = [("Statement date", "02/01/2026"), ("Guarantor", "Dolores Castellanos"), ("Account", "G-000318"),
                ("Amount due", m_(owed)), ("Due by", "02/25/2026"), ("Current", m_(owed)), ("31-60 days", "$0.00"),
                ("61-90 days", "$0.00"), ("Pay online", "lanternspay.example")]
        for i, (k, v) in enumerate(side):
            doc.text(486, 48 + i * 24, k, F, 7)
            doc.text(486, 58 + i * 24, v, FB, 8.5)
        doc.text(460, 775, "Page {p} of {N}".replace("{p}", str(doc.page)), F, 7, "r")
        return 80

    flow = Flow(doc, 750, furniture)
    flow.start()
    lines, ctruth = [], []

    def hdr():
        flow.y += draw_header(doc, flow.y, X0, cols, FB, 7, 8, fill=0.82)

    hdr()
    flow.y += 2
    h, _ = draw_row(doc, flow.y, X0, cols, ["12/31/25", "", "Previous balance", "", "", "", "", "$0.00"], F, SZ, LH)
    flow.y += h
    for vis in visits:
        flow.need(30)
        doc.text(X0 + 2, flow.y + LH, f"Visit {vis[1]} - filed to Lakemont Health, claim {vis[2]}", FB, 7.2)
        flow.y += LH + 2
        for s in vis[3]:
            dl = wrap(s.desc, F, SZ, 102)
            if flow.need(len(dl) * LH + 2):
                hdr()
            code = " ".join([s.code, *s.mods])
            cells = [dfmt(s.dos, "mdy2"), vis[0], dl, code, m_(s.billed), m_(s.paid), m_(s.discount), m_(s.owes)]
            lines.append(truth_line(doc.page, s, claim_id=vis[1], payer_claim_id=vis[2], patient=vis[0],
                                    description=False, printed=("billed", "paid", "discount", "patient_owes"),
                                    units=False))
            h, _ = draw_row(doc, flow.y, X0, cols, cells, F, SZ, LH, "ruled")
            flow.y += h
        tot = [total(vis[3], k) for k in ("billed", "paid", "discount", "owes")]
        flow.need(12)
        h, _ = draw_row(doc, flow.y, X0, cols, ["", "", "Visit total", ""] + [m_(v) for v in tot], FB, SZ, LH)
        flow.y += h + 4
        ctruth.append(dict(claim_id=vis[1], payer_claim_id=vis[2], patient=vis[0],
                           totals=claim_totals(tot[0], None, tot[1], tot[3])))
    flow.need(30)
    h, _ = draw_row(doc, flow.y, X0, cols, ["01/29/26", "", "Payment - thank you (card)", "", "", "", "",
                                            "-$40.00"], F, SZ, LH)
    flow.y += h
    h, _ = draw_row(doc, flow.y, X0, cols, ["", "", "Amount due", "", "", "", "", m_(owed - D('40.00'))], FB, SZ, LH)
    flow.y += h
    pages = doc.save(out / f"{name}.pdf")
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages, "Pediatric therapy clinic family statement.",
                lines, ctruth, [])
    spec = Spec(m_, lambda x: [dfmt(x, "mdy2")], lambda ln: [ln["code"]], lambda m: m, lambda u: [u],
                band=1, total_label="Visit total", arith=("stmt",))
    return name, spec


# --------------------------------------------------------------------------------------------- s2

def s2(out):
    name = "s2_hospital_itemized_statement"
    doc = Doc("reportlab", landscape=True)
    F, FB, SZ, LH = "Helvetica", "Helvetica-Bold", 7.4, 9.0
    m_ = lambda v: money(v, ",", "()")  # noqa: E731
    REV = {"97": "0434", "92": "0444", "L3": "0274", "99": "0510", "G0": "0424"}
    rev_of = lambda s: ("0424" if "GP" in s.mods else "0434" if "GO" in s.mods else REV.get(s.code[:2], "0440"))  # noqa: E731
    accts = [
        ("HA40021877", "Wendell Achterberg", "Juniper State Health Plan claim 7740012983", "7740012983", [
            sv(d(1, 6), "97161", 1, ["GP"]), sv(d(1, 6), "97110", 2, ["GP"]), sv(d(1, 6), "97140", 1, ["GP", "59"]),
            sv(d(1, 13), "97110", 3, ["GP"]), sv(d(1, 13), "97112", 1, ["GP"]), sv(d(1, 20), "97110", 2, ["GP"]),
            sv(d(1, 20), "97116", 2, ["GP"]), sv(d(1, 27), "97110", 2, ["GP"]), sv(d(1, 27), "G0283", 1, ["GP"])]),
        ("HA40022105", "Greta Achterberg", "Juniper State Health Plan claim 7740013440", "7740013440", [
            sv(d(1, 8), "92523", 1, ["GN"]), sv(d(1, 15), "92507", 1, ["GN"]), sv(d(1, 22), "92507", 1, ["GN"]),
            sv(d(1, 29), "92507", 1, ["GN"])]),
        ("HA40022390", "Pieter Achterberg", "Juniper State Health Plan claim 7740013971", "7740013971", [
            sv(d(1, 9), "97165", 1, ["GO"]), sv(d(1, 9), "97530", 2, ["GO"]), sv(d(1, 16), "97530", 1, ["GO"]),
            sv(d(1, 16), "97530", 1, ["GO"]), sv(d(1, 23), "97530", 2, ["GO"]), sv(d(1, 23), "97760", 1, ["GO"]),
            sv(d(1, 23), "L3807", 1, ["RT"])]),
    ]
    credit = negate(accts[2][4][3])  # duplicate posting credited
    credit.desc = "CREDIT - DUPLICATE CHARGE"
    accts[2][4].insert(4, credit)
    cols = [("Service Date", 62, "l"), ("Rev Code", 46, "l"), ("CPT/HCPCS", 58, "l"), ("Modifier", 50, "l"),
            ("Description", 300, "l"), ("Units", 40, "r"), ("Charge Amount", 70, "r")]
    X0 = 60

    def furniture(cont):
        doc.text(X0, 40, "ST. AURELIA REGIONAL MEDICAL CENTER", FB, 13)
        doc.text(X0, 52, "Outpatient Rehabilitation Services  |  77 Foundry Hill, Bellmere, PA 19399", F, 8)
        doc.text(732, 40, "ITEMIZED PATIENT STATEMENT", FB, 11, "r")
        doc.text(732, 52, "Guarantor: Marit Achterberg   Guarantor #: 0091744   Statement date 02/04/2026", F, 8, "r")
        doc.line(X0, 58, 732, 58, 1)
        doc.text(732, 590, "Page {p} of {N}".replace("{p}", str(doc.page)), F, 7.5, "r")
        doc.text(X0, 590, "Questions about this bill? Patient Financial Services 1-888-555-0152, Mon-Fri 8-5.", F, 7.5)
        return 70

    flow = Flow(doc, 565, furniture)
    flow.start()
    lines, ctruth = [], []

    def band(a, cont=False):
        doc.rect(X0, flow.y, 672, 14, fill=0.85, stroke=False)
        doc.text(X0 + 4, flow.y + 10, f"Account: {a[0]}    Patient: {a[1]}    Primary insurance: {a[2]}"
                 + ("    (continued)" if cont else ""), FB, 7.6)
        flow.y += 15
        flow.y += draw_header(doc, flow.y, X0, cols, FB, 7.2, 8.2)
        doc.line(X0, flow.y, 732, flow.y, 0.5)

    for a in accts:
        flow.need(70)
        band(a)
        for s in a[4]:
            if flow.need(LH + 2):
                band(a, True)
            desc = s.desc.upper()
            cells = [dfmt(s.dos, "mdy4"), rev_of(s), s.code, " ".join(s.mods), desc, units_str(abs(s.units)),
                     m_(s.billed)]
            lines.append(truth_line(doc.page, s, claim_id=a[0], payer_claim_id=a[3], patient=a[1], description=False,
                                    printed=("billed",), units=True,
                                    overrides={"units": units_str(abs(s.units))}))
            h, _ = draw_row(doc, flow.y, X0, cols, cells, F, SZ, LH)
            flow.y += h
        tb = total(a[4], "billed")
        ins = q(tb * D("0.55"))
        adj = q(tb * D("0.30"))
        flow.need(40)
        doc.line(X0 + 516, flow.y, 732, flow.y, 0.4)
        for lab, v, f in (("Total charges", tb, FB), ("Insurance payment - Juniper State Health Plan", -ins, F),
                          ("Contractual adjustment", -adj, F), ("Account balance", tb - ins - adj, FB)):
            h, _ = draw_row(doc, flow.y, X0, cols, ["", "", "", "", lab, "", m_(v)], f, SZ, LH)
            flow.y += h
        flow.y += 8
        ctruth.append(dict(claim_id=a[0], payer_claim_id=a[3], patient=a[1], totals=claim_totals(tb)))
    pages = doc.save(out / f"{name}.pdf")
    write_truth(out / f"{name}.pdf", name, "reportlab", pages, "Hospital itemized statement to a guarantor.",
                lines, ctruth, [])
    spec = Spec(m_, lambda x: [dfmt(x, "mdy4")], lambda ln: [ln["code"]], lambda m: [" ".join(m)], lambda u: [u],
                band=0, total_label="Total charges")
    return name, spec


LAYOUTS = [c1, c2, e1, e2, a1, a2, r1, r2, s1, s2]


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout47_"))
    samples = (HERE.parents[1] / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    specs = [f(out) for f in LAYOUTS]
    print(out)
    if "--check" in argv:
        import json
        bad = 0
        for name, spec in specs:
            errs = check_file(out / f"{name}.pdf", spec)
            t = json.loads((out / f"{name}.pdf.truth.json").read_text())
            spans = {}
            for ln in t["lines"]:
                spans.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
            cont = sum(1 for v in spans.values() if len(v) > 1)
            print(f"{name}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims, "
                  f"{cont} continued claim(s), {len(errs)} problem(s)")
            for e in errs[:12]:
                print("   ", e)
            bad += len(errs)
        print("CHECK", "OK" if not bad else f"FAILED ({bad})")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
