"""Write the HELD-OUT set 133 of synthetic PDF EOB layouts (with truth files) into a folder: an honest measurement
of the PDF reader on ten ordinary documents of the five commonest real kinds (two each: commercial member EOBs;
Medicare Advantage EOB / Medicare Summary Notice; state Medicaid remittance advices; Medicare-style paper remits
from a practice-management system and a clearinghouse; family statements from a therapy clinic and a hospital),
each in a house style of its own. Written without looking at the reader or at how it reads these files.

Run:  python bench/heldout133/make_heldout133_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout133/make_heldout133_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Helpers come from samples/pdf/eobgen.py
(Svc, plan arithmetic, money, dfmt, truth_line, write_truth); drawing and the --check text reader live in
h133kit.py beside this file. Deterministic (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Truth format: the one of samples/pdf (<name>.pdf.truth.json), PRINTED values only, null for what a layout does
not print (units null where no quantity is printed for the line; modifiers [] where none are printed; line
descriptions are left null). claim_id = the provider's own account / patient-control / visit number, null
where the page prints none (MSN, Medicare Advantage EOB); payer_claim_id = the payer's claim number / ICN /
claim control number, null where none is printed (one clinic visit not yet billed); patient = the person who
got the service, exactly as printed. Adjustments [group, reason, amount] only where the page prints a group and
reason code; clinic "insurance adjustment" amounts printed without a code are recorded as discount. Reversals
carry negative amounts. One planted claim-total mismatch is declared as an expected finding.

Layouts:
  c1  commercial member EOB, portrait, three family members, claim block with account number, per-line
      billed/discount/allowed/not covered/deductible/copay/coinsurance/plan paid/you owe/remark, code and
      modifiers "97530 GO" with the wording on a small line below, a long claim continuing on page 2 with the
      header repeated, a non-covered group-therapy line (reportlab, core Helvetica)
  c2  commercial member EOB "claims summary", landscape with a shaded member sidebar, family of three, "What
      was done" cell "Therapeutic exercises (97110-GP) x2" (long wording wraps under a code-first cell),
      "Provider billed / Member rate / Plan paid / Your share / Saved / Why", per-visit copay, an excluded
      line, PLANTED "Your share" claim-total mismatch (fpdf2, DejaVu Sans Condensed TTF)
  ma  Medicare Advantage member monthly EOB, portrait serif: cost summary box, provider-shaded claim heads with
      the plan claim number, "Service (code) / Date (January 5, 2026) / Provider charged / Plan-approved amount
      / Plan's share / Your share / Note", no units, no modifiers, a denied item, notes page (reportlab,
      Liberation Serif TTF)
  msn Medicare Summary Notice Part B: notice and deductible boxes, "how to check" panel, per-provider claims
      with service-date range and claim number, "4 Therapeutic activities (97530-GP)" quantity-prefixed
      services, "Service Approved? / Amount Provider Charged / Medicare-Approved Amount / Medicare Paid Provider
      / Maximum You May Be Billed / See Notes", a denied line, claim running onto page 2 with a "(continued)"
      head and repeated header (fpdf2, Liberation Sans TTF)
  mcd1 state Medicaid provider remittance advice, mono portrait: PAID / DENIED / ADJUSTED sections, "RECIP /
      RECIP ID / ICN / PAT ACCT" heads, line number, FROM/TO dates 01/05/2026, units "3.00", trailing-minus
      reversal amounts "285.00-", 4-digit EOB codes, code legend page (reportlab, Liberation Mono TTF)
  mcd2 state Medicaid "Remittance and Status Report", landscape ruled grid: shaded recipient bands (name, ID,
      ICN, patient number, claim status), "DOS From / DOS To / Proc / Mod / Qty / Billed Amt / Allowed Amt /
      Co-Pay / Paid Amt / Adj Grp / Reason / Amt" as "CO / 45 / 100.76", RARCs, line status, a fully denied
      claim, glossary page (fpdf2, DejaVu Sans Condensed TTF)
  spr Medicare-format standard paper remit printed by a practice-management system, landscape mono: "NAME /
      HIC / ACNT / ICN / ASG / MOA" head, "PERF PROV / SERV DATE (0106 010626) / POS / NOS / PROC / MODS /
      BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD / RARC", extra adjustments stacked on rows
      below the service, PT RESP and CLAIM TOTALS, claim continued on the next page (reportlab, Liberation Mono)
  ch  clearinghouse printed view of a Medicare Part B remittance, portrait, boxed claim heads (patient control
      # and payer claim control #, claim status), two adjustments inline "CO-45 58.20  PR-2 14.74" and further
      ones on rows below, a reversal (status 22) with its corrected claim, a denied orthosis (fpdf2, core
      Helvetica)
  cs  therapy clinic guarantor statement to a family (three patients), visit heads with visit number and the
      insurer's claim number, "Code 97530-GO / Units / Charge / Insurance paid / Insurance adjustment / You
      paid / Balance", visit totals, a visit still pending with insurance, amount-due box (reportlab, DejaVu
      Sans TTF)
  hs  hospital outpatient-rehab guarantor statement, three family accounts, revenue code + CPT/HCPCS + Mod
      columns, long wording, charges only per line, account insurance activity in parentheses below, the
      longest account running onto page 2 without a repeated header (fpdf2, DejaVu Serif Condensed TTF)

The self-check (--check) tests the factory, not the reader: pdfplumber re-reads each page; every truth line
must be found on ONE text line of its page carrying its date, code, modifiers, units and every printed amount
(amounts parsed from that line's own tokens) and remarks; adjustment codes and amounts on that row or the rows
right under it; ids and patients in the document text; page count; billed - discount - not covered = allowed
and allowed - deductible - copay - coinsurance = paid where printed; billed - adjustments = paid where every
adjustment is printed; statement balances add up; claim totals equal the sum of the lines (and are printed)
unless the mismatch is the planted, declared one.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen as g  # noqa: E402
from eobgen import ZERO, PlanState, Svc, dfmt, money, q, total, units_str  # noqa: E402
from h133kit import Doc, page_lines, render_fpdf, render_reportlab, width, wrap  # noqa: E402

for k, fee, sch, d in (("97533", "90.00", "31.90", "Sensory integration activities"),
                       ("97162", "230.00", "101.12", "PT evaluation, moderate complexity"),
                       ("97164", "120.00", "69.90", "PT re-evaluation"),
                       ("G0151", "140.00", "62.15", "Home health PT visit, 15 min"),
                       ("97018", "30.00", "6.40", "Paraffin bath"),
                       ("E0730", "85.00", "34.20", "TENS unit, four lead")):
    g.FEE.setdefault(k, fee)
    g.SCHED.setdefault(k, sch)
    g.DESC.setdefault(k, d)

D = date
NUM = re.compile(r"^\(?-?\$?[0-9][0-9,]*\.[0-9]{2}-?\)?$")


def parse_money(tok: str) -> Decimal | None:
    t = tok.strip().rstrip(";,")
    if not NUM.match(t):
        return None
    neg = t.startswith("(") or t.startswith("-") or t.endswith("-")
    v = Decimal(t.strip("()-$").replace("$", "").replace(",", ""))
    return -v if neg else v


class B:
    """Collects one document's truth and the factory-side expectations --check tests."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.lines: list = []
        self.claims: list = []
        self.rows: list = []      # (page, same-line strings, amounts that must parse on that line, adj strings)
        self.doc_tokens: list = []
        self.arith: list = []
        self.findings: list = []
        self.legend: list = []

    def line(self, s: Svc, *, cid, pcid, pat, printed, row, units=True, mods=True, adjs=None, remarks=None,
             full_adj=False, code=True):
        t = g.truth_line(self.doc.page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed,
                         units=units, modifiers=mods, adjustments=adjs, remarks=remarks, description=False,
                         code=code, service_end=s.end or (s.dos if False else None))
        if s.end:
            t["service_end"] = s.end.isoformat()
        self.lines.append(t)
        amounts = [t[k] for k in g.AMOUNT_KEYS if t[k] is not None]
        adj_strs = [(f"{a[0]}{a[1]}", a[2]) for a in (adjs or [])]
        self.rows.append((self.doc.page, list(row), amounts, adj_strs, list(remarks or [])))
        for x in (cid, pcid, pat):
            if x:
                self.doc_tokens.append(x)
        if full_adj:
            self.arith.append((f"line {s.code} {s.dos}", q(s.billed) - sum((a[2] for a in adjs), ZERO), s.paid))
        return t

    def claim(self, cid, pcid, pat, svcs, printed_totals: dict, mismatch: dict | None = None):
        """printed_totals: field -> Svc attr ('billed' -> 'billed', 'patient_owes' -> 'owes' ...)."""
        tot = {"billed": None, "allowed": None, "paid": None, "patient_owes": None}
        for f, attr in printed_totals.items():
            v = total(svcs, attr)
            if mismatch and f in mismatch:
                p = mismatch[f]
                key = pcid or cid
                self.findings.append(f"claim-total-mismatch claim {key}: printed {mismatch['label']} total "
                                     f"{q(p)} but the lines add up to {q(v)}")
                tot[f] = str(q(p))
            else:
                tot[f] = str(q(v))
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": tot})


def paginate_footer(doc: Doc, fmt: str, x: float, y: float, size=7.5, align="r", fam=None):
    n = len(doc.pages)
    for i, ops in enumerate(doc.pages, 1):
        ops.append(("t", x, y, fmt.format(i=i, n=n), fam or doc.fam, size, False, align))


def cols(doc: Doc, y: float, spec, vals, size=8, bold=False, fam=None):
    for (x, al), v in zip(spec, vals):
        if v is not None and v != "":
            doc.t(x, y, v, size, bold, al, fam)


def m(d, style=",", neg="-"):
    return money(d, style, neg)


def hdr(doc: Doc, y: float, spec, labels, size=7, bold=True, fam=None, lead=None):
    lead = lead or size + 1.5
    n = max(len(lb.split("\n")) for lb in labels)
    for (x, al), lb in zip(spec, labels):
        parts = lb.split("\n")
        for i, p in enumerate(parts):
            doc.t(x, y + (n - len(parts) + i) * lead, p, size, bold, al, fam)
    return y + n * lead


# ============================================================== 1: commercial member EOB (reportlab, Helvetica)

def lay_c1(out: Path):
    doc = Doc(612, 792, "Helvetica")
    b = B(doc)
    plan = "Cedarline Health Plan"
    spec = [(36, "l"), (92, "l"), (222, "r"), (262, "r"), (302, "r"), (340, "r"), (378, "r"), (412, "r"),
            (452, "r"), (494, "r"), (536, "r"), (548, "l")]
    labels = ["Date of\nservice", "Service", "Amount\nbilled", "Plan\ndiscount", "Allowed\namount",
              "Not\ncovered", "Deduct-\nible", "Copay", "Co-\ninsurance", "Plan\npaid", "You\nowe", "Re-\nmark"]

    def top(cont):
        doc.new_page()
        doc.t(36, 40, plan.upper(), 15, True)
        doc.t(36, 52, "PO Box 40719  Fairmount Ridge, OR 97390   Member services 1-800-555-0143", 7.5)
        doc.t(576, 40, "Explanation of Benefits", 12, True, "r")
        doc.t(576, 52, "THIS IS NOT A BILL", 8, True, "r")
        doc.line(36, 60, 576, 60, 1.2)
        if not cont:
            doc.t(36, 80, "Renata Solberg", 9)
            doc.t(36, 91, "2218 Quarry Hill Rd", 9)
            doc.t(36, 102, "Elk Prairie, OR 97412", 9)
            for i, (k, v) in enumerate((("Subscriber", "Renata Solberg"), ("Member ID", "CHP 884 201 537"),
                                        ("Group", "TIMBERWAY FABRICATION 20417"), ("Statement date", "02/03/26"),
                                        ("Period", "01/01/26 - 01/31/26"))):
                doc.t(360, 80 + i * 11, k + ":", 8, True)
                doc.t(440, 80 + i * 11, v, 8)
            doc.rect(36, 142, 540, 34, 0.6, 0.93)
            doc.t(44, 155, "Your family's claims for this period are listed below, one block for each claim. "
                  "\"You owe\" is the most the", 7.5)
            doc.t(44, 166, "provider may bill you for the service. Remark codes are explained at the end "
                  "of this statement.", 7.5)
            return 196
        doc.t(36, 76, "Subscriber: Renata Solberg    Member ID: CHP 884 201 537", 8)
        return 96

    claims = [
        ("Tobias Solberg", "Son", "Harbor Lane Pediatric Therapy", "HLP-40917", "26-0114-88213",
         PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20")),
         [Svc(D(2026, 1, 6), "97165", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 8), "97530", 3, ("GO",)), Svc(D(2026, 1, 8), "97533", 1, ("GO", "59")),
          Svc(D(2026, 1, 13), "97530", 2, ("GO",)), Svc(D(2026, 1, 13), "97112", 2, ("GO",)),
          Svc(D(2026, 1, 15), "97530", 3, ("GO",)), Svc(D(2026, 1, 15), "97535", 1, ("GO",)),
          Svc(D(2026, 1, 20), "97530", 2, ("GO",)), Svc(D(2026, 1, 20), "97533", 2, ("GO", "59")),
          Svc(D(2026, 1, 22), "97530", 3, ("GO",)), Svc(D(2026, 1, 27), "97168", 1, ("GO",)),
          Svc(D(2026, 1, 27), "97530", 2, ("GO",)), Svc(D(2026, 1, 29), "97530", 3, ("GO",)),
          Svc(D(2026, 1, 29), "97112", 1, ("GO",))]),
        ("Ingrid Solberg", "Daughter", "Harbor Lane Pediatric Therapy", "HLP-40922", "26-0114-88214",
         PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.20")),
         [Svc(D(2026, 1, 9), "92523", 1, ("GN",)), Svc(D(2026, 1, 16), "92507", 1, ("GN",)),
          Svc(D(2026, 1, 23), "92507", 1, ("GN",)), Svc(D(2026, 1, 23), "97150", 1, ("GN",), denied="PR")]),
        ("Renata Solberg", "Self", "Quarry Hill Orthopedic Rehab", "QHR-7731045", "26-0121-90377",
         PlanState(ded_left=Decimal("0.00"), copay_codes={"99213": Decimal("35.00")}),
         [Svc(D(2026, 1, 12), "99213", 1), Svc(D(2026, 1, 12), "97161", 1, ("GP",)),
          Svc(D(2026, 1, 19), "97110", 2, ("GP", "KX")), Svc(D(2026, 1, 19), "97140", 1, ("GP", "59"))]),
    ]
    remark_of = {"PR": "N4"}
    b.legend = [("A2", "Your plan's network rate was used; the discount is not yours to pay."),
                ("N4", "Group therapy is not a benefit of this plan; you may be billed for it."),
                ("D1", "Part of this amount counts toward your yearly deductible.")]
    top(False)
    y = 196

    def table_head(yy):
        doc.line(36, yy - 8, 576, yy - 8, 0.4)
        yy = hdr(doc, yy, spec, labels, 6.8)
        doc.line(36, yy - 5, 576, yy - 5, 0.4)
        return yy + 5

    for pat, rel, prov, acct, clm, st, svcs in claims:
        for s in svcs:
            g.commercial(s, st)
        if y + 90 > 730:
            top(True)
            y = 96
        doc.t(36, y, f"Patient: {pat} ({rel})", 9, True)
        doc.t(250, y, f"Claim number: {clm}", 8)
        doc.t(420, y, f"Provider: {prov}", 8)
        doc.t(36, y + 11, f"Patient account no. {acct}    Network status: In network    Claim processed 01/30/26",
              7.5)
        y = table_head(y + 30)
        for s in svcs:
            if y + 22 > 730:
                top(True)
                doc.t(36, 96, f"Patient: {pat} ({rel})  -  Claim number: {clm}  (continued)", 9, True)
                y = table_head(126)
            rmk = []
            if s.denied:
                rmk = [remark_of[s.denied]]
            elif s.deductible:
                rmk = ["D1"]
            else:
                rmk = ["A2"]
            svc_txt = " ".join((s.code,) + s.mods)
            vals = [dfmt(s.dos, "mdy2"), svc_txt, m(s.billed), m(s.discount), m(s.allowed), m(s.not_covered),
                    m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes), " ".join(rmk)]
            cols(doc, y, spec, vals, 7.8)
            doc.t(92, y + 9, s.desc, 6.5)
            b.line(s, cid=acct, pcid=clm, pat=pat, units=False, remarks=rmk,
                   printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                            "paid", "patient_owes"),
                   row=[dfmt(s.dos, "mdy2"), svc_txt])
            y += 22
        doc.line(180, y - 8, 576, y - 8, 0.4)
        tv = [None, "Claim totals", m(total(svcs, "billed"), "$"), m(total(svcs, "discount"), "$"),
              m(total(svcs, "allowed"), "$"), m(total(svcs, "not_covered"), "$"), m(total(svcs, "deductible"), "$"),
              m(total(svcs, "copay"), "$"), m(total(svcs, "coinsurance"), "$"), m(total(svcs, "paid"), "$"),
              m(total(svcs, "owes"), "$")]
        cols(doc, y + 2, spec, tv, 7.5, True)
        b.claim(acct, clm, pat, svcs, {"billed": "billed", "allowed": "allowed", "paid": "paid",
                                        "patient_owes": "owes"})
        y += 32
    if y + 70 > 740:
        top(True)
        y = 96
    doc.t(36, y, "Remark codes", 9, True)
    for i, (c, t) in enumerate(b.legend):
        doc.t(36, y + 13 + i * 11, c, 7.5, True)
        doc.t(60, y + 13 + i * 11, t, 7.5)
    paginate_footer(doc, "Page {i} of {n}", 576, 770)
    paginate_footer(doc, "Cedarline Health Plan is an independent licensee. Questions? Call the number above.",
                    36, 770, 6.5, "l")
    return doc, b, "reportlab", "commercial member EOB, family of three, Helvetica"


# ===================================================== 2: commercial member EOB (fpdf2, landscape, DejaVu Cond)

def lay_c2(out: Path):
    doc = Doc(792, 612, "DVCond")
    b = B(doc)
    spec = [(200, "l"), (262, "l"), (470, "r"), (530, "r"), (590, "r"), (650, "r"), (706, "r"), (716, "l")]
    labels = ["Visit date", "What was done", "Provider\nbilled", "Member\nrate", "Plan\npaid", "Your\nshare",
              "Saved", "Why"]
    fam = [("Dario Quintero-Hale", "BRK-118204", "NQ2601-004471", "Brookfield Motion Therapy",
            PlanState(ded_left=Decimal("0.00"), visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.78")),
            [Svc(D(2026, 1, 7), "97162", 1, ("GP",)), Svc(D(2026, 1, 7), "97110", 2, ("GP",)),
             Svc(D(2026, 1, 14), "97110", 3, ("GP",)), Svc(D(2026, 1, 14), "97140", 2, ("GP",)),
             Svc(D(2026, 1, 21), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 21), "97112", 1, ("GP",)),
             Svc(D(2026, 1, 21), "97018", 1, ("GP",), denied="PR")], None),
           ("Mina Quintero-Hale", "WS-55021", "NQ2601-004498", "Westshore Hand & Upper Limb",
            PlanState(ded_left=Decimal("80.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.80")),
            [Svc(D(2026, 1, 9), "97166", 1, ("GO",)), Svc(D(2026, 1, 9), "97760", 1, ("GO",)),
             Svc(D(2026, 1, 9), "L3807", 1, ("RT",)), Svc(D(2026, 1, 16), "97140", 2, ("GO",)),
             Svc(D(2026, 1, 23), "97530", 2, ("GO",)), Svc(D(2026, 1, 23), "97110", 1, ("GO",)),
             Svc(D(2026, 1, 30), "97530", 2, ("GO",)), Svc(D(2026, 1, 30), "97168", 1, ("GO",))],
            Decimal("5.00")),
           ("Leo Quintero-Hale", "BRK-118377", "NQ2601-004512", "Brookfield Motion Therapy",
            PlanState(ded_left=Decimal("0.00"), visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.78")),
            [Svc(D(2026, 1, 26), "97161", 1, ("GP",)), Svc(D(2026, 1, 26), "97116", 2, ("GP",)),
             Svc(D(2026, 1, 28), "97116", 2, ("GP",)), Svc(D(2026, 1, 28), "97110", 2, ("GP",))], None)]
    b.legend = [("P1", "Your copay for a therapy visit under this plan."),
                ("P2", "Applied to your in-network deductible, then your coinsurance."),
                ("X9", "Heat treatments of this type are excluded from your plan; you may be billed."),
                ("M0", "Paid at the member rate agreed with this provider.")]

    def side():
        doc.rect(24, 90, 160, 470, 0.5, 0.95)
        doc.t(32, 106, "NORTHQUILL MUTUAL", 11, True)
        doc.t(32, 118, "Health & Wellness Plan", 8)
        yy = 146
        for k, v in (("Prepared for", "Dario Quintero-Hale"), ("Member ID", "NQM-40071-88"),
                     ("Plan", "Choice PPO 2500"), ("Date prepared", "Feb 4, 2026"),
                     ("Family deductible", "$500.00 met of $5,000.00"),
                     ("Out-of-pocket", "$912.40 of $9,000.00"), ("Questions", "1-888-555-0199")):
            doc.t(32, yy, k, 7, True)
            doc.t(32, yy + 10, v, 7.5)
            yy += 28
        for i, ln in enumerate(wrap("Everything on this page is a record of how your plan handled claims. "
                                    "It is not a bill. Pay your provider only what the provider bills you, "
                                    "up to the 'Your share' amount.", "DVCond", 7, 140)):
            doc.t(32, yy + 10 + i * 9, ln, 7)

    def top(cont):
        doc.new_page()
        doc.t(24, 40, "Your Claims Summary" + (" (continued)" if cont else ""), 16, True)
        doc.t(24, 58, "Explanation of benefits for services processed Jan 1 - Jan 31, 2026", 9)
        doc.line(24, 70, 768, 70, 1.0)
        side()
        return 96

    y = top(False)

    def th(yy):
        yy = hdr(doc, yy, spec, labels, 7.5)
        doc.line(200, yy - 5, 768, yy - 5, 0.5)
        return yy + 6

    for pat, acct, clm, prov, st, svcs, miss in fam:
        for s in svcs:
            g.commercial(s, st)
        if y + 80 > 560:
            y = top(True)
        doc.rect(200, y - 10, 568, 14, 0.4, 0.88)
        doc.t(204, y, f"{pat}  |  Claim {clm}  |  {prov}  |  Your provider's account {acct}", 8.5, True)
        y = th(y + 18)
        for s in svcs:
            if y + 24 > 560:
                y = top(True)
                doc.t(200, y, f"{pat}  |  Claim {clm}  (continued from previous page)", 8.5, True)
                y = th(y + 16)
            why = "X9" if s.denied else ("P1" if s.copay else ("P2" if s.deductible or s.coinsurance else "M0"))
            code_txt = f"({s.code}{'-' + '-'.join(s.mods) if s.mods else ''}) x{units_str(s.units)}"
            what = f"{s.desc} {code_txt}"
            lines_ = wrap(what, "DVCond", 8, 160)
            if len(lines_) > 1:  # the code and quantity lead the row; the wording wraps below it
                lines_ = [code_txt] + wrap(s.desc, "DVCond", 8, 160)
            saved = s.discount
            vals = [dfmt(s.dos, "mon"), lines_[0], m(s.billed, "$"), m(s.allowed, "$"), m(s.paid, "$"),
                    m(s.owes, "$"), m(saved, "$"), why]
            cols(doc, y, spec, vals, 8)
            for i, extra in enumerate(lines_[1:], 1):
                doc.t(262, y + 9 * i, extra, 8)
            tok = [dfmt(s.dos, "mon"), f"({s.code}", f"x{units_str(s.units)}"]
            b.line(s, cid=acct, pcid=clm, pat=pat, remarks=[why],
                   printed=("billed", "allowed", "paid", "patient_owes", "discount"), row=tok)
            y += 11 + 9 * (len(lines_) - 1)
        shown = total(svcs, "owes") if miss is None else total(svcs, "owes") + miss
        doc.line(420, y - 7, 768, y - 7, 0.5)
        cols(doc, y + 2, spec, [None, "Claim totals", m(total(svcs, "billed"), "$"), m(total(svcs, "allowed"), "$"),
                                 m(total(svcs, "paid"), "$"), m(shown, "$"), m(total(svcs, "discount"), "$")],
             8, True)
        b.claim(acct, clm, pat, svcs, {"billed": "billed", "allowed": "allowed", "paid": "paid",
                                        "patient_owes": "owes"},
                None if miss is None else {"patient_owes": shown, "label": "Your share"})
        y += 30
    if y + 60 > 560:
        y = top(True)
    doc.t(200, y, "Why codes", 9, True)
    for i, (c, t) in enumerate(b.legend):
        doc.t(200, y + 12 + i * 10, f"{c}  {t}", 7.5)
    paginate_footer(doc, "Page {i} of {n}", 768, 590)
    paginate_footer(doc, "Northquill Mutual Insurance Co., 600 Lantern Wharf, Port Callum, WA 98365", 24, 590,
                    6.5, "l")
    return doc, b, "fpdf2", "commercial member EOB, landscape, sidebar"


# ======================================================================== generic claim-table engine

def engine(*, doc: Doc, b: B, masthead, claims, spec, labels, cells, printed, row_tokens, claim_head,
           totals=None, total_fields=None, units=True, mods=True, adjs_of=None, remarks_of=None, bottom=None,
           cont_head=None, repeat_header=True, hsize=7, size=8, step=12, line_under=None, legend_title="Notes",
           full_adj=False, desc_under=None, code=True, pre=None, claim_gap=22, head_h=26):
    """claims: list of dicts with pat, cid, pcid, svcs (already priced), and anything claim_head uses."""
    bottom = bottom or doc.h - 60
    y = masthead(False)

    def th(yy):
        yy = hdr(doc, yy, spec, labels, hsize)
        if line_under:
            line_under(yy)
        return yy + 4

    for c in claims:
        if y + head_h + 3 * step > bottom:
            y = masthead(True)
        y = claim_head(y, c)
        y = th(y)
        for s in c["svcs"]:
            extra = 0
            adjs = adjs_of(s) if adjs_of else None
            if adjs_of and c.get("adj_rows"):
                extra = step * max(0, len(adjs) - 1)
            if desc_under:
                extra += step - 2
            if y + step + extra > bottom:
                y = masthead(True)
                if cont_head:
                    y = cont_head(y, c)
                if repeat_header:
                    y = th(y)
            vals = cells(s, c)
            cols(doc, y, spec, vals, size)
            if desc_under:
                doc.t(desc_under, y + step - 3, s.desc, size - 1.5)
            if adjs_of and c.get("adj_rows"):
                c["adj_rows"](y, s, adjs)
            rm = remarks_of(s) if remarks_of else None
            b.line(s, cid=c["cid"], pcid=c["pcid"], pat=c["pat"], printed=printed, row=row_tokens(s, c),
                   units=units, mods=mods, adjs=adjs, remarks=rm, full_adj=full_adj, code=code)
            y += step + extra
        if totals:
            y = totals(y, c)
        if total_fields:
            b.claim(c["cid"], c["pcid"], c["pat"], c["svcs"], total_fields, c.get("mismatch"))
        y += claim_gap
    return y


# =========================================================== 3: Medicare Advantage member EOB (reportlab, serif)

def lay_ma1(out: Path):
    doc = Doc(612, 792, "LibSerif")
    b = B(doc)
    pat = "Harriet L. Okonkwo-Bays"
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.60"))

    def masthead(cont):
        doc.new_page()
        doc.t(40, 44, "Silverbrook Advantage (HMO-POS)", 14, True)
        doc.t(40, 58, "Explanation of Benefits for January 2026", 11)
        doc.t(572, 44, pat, 9, True, "r")
        doc.t(572, 56, "Member ID  SBA-7104-3382", 8.5, "r" == "r", "r")
        doc.line(40, 66, 572, 66, 0.8)
        if cont:
            return 90
        doc.t(40, 86, "This notice tells you what your plan paid for your medical care this month and what "
              "you may owe. It is not a bill.", 9)
        doc.rect(40, 96, 532, 60, 0.6)
        doc.t(50, 112, "Your costs so far in 2026", 10, True)
        doc.t(50, 127, "Total you may owe this month:", 9)
        doc.t(50, 141, "Toward your $4,900.00 in-network out-of-pocket limit:", 9)
        return 180

    provs = [("Linden Court Physical Therapy", "2601MA0042719", "Received Jan 12, 2026",
              [Svc(D(2026, 1, 5), "97163", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
               Svc(D(2026, 1, 7), "97110", 2, ("GP",)), Svc(D(2026, 1, 7), "97140", 1, ("GP",)),
               Svc(D(2026, 1, 9), "97112", 2, ("GP",)), Svc(D(2026, 1, 9), "97110", 1, ("GP",)),
               Svc(D(2026, 1, 12), "G0283", 1, ("GP",)), Svc(D(2026, 1, 12), "97110", 2, ("GP",)),
               Svc(D(2026, 1, 14), "97116", 2, ("GP",)), Svc(D(2026, 1, 14), "97140", 1, ("GP",)),
               Svc(D(2026, 1, 16), "97110", 2, ("GP",)), Svc(D(2026, 1, 16), "97112", 1, ("GP",)),
               Svc(D(2026, 1, 19), "97110", 2, ("GP",)), Svc(D(2026, 1, 19), "97164", 1, ("GP",))]),
             ("Dr. Anselm Roark, Family Medicine", "2601MA0043105", "Received Jan 20, 2026",
              [Svc(D(2026, 1, 15), "99213", 1), Svc(D(2026, 1, 15), "E0730", 1, ("NU",), denied="PR")]),
             ("Linden Court Physical Therapy", "2601MA0047762", "Received Jan 29, 2026",
              [Svc(D(2026, 1, 21), "97110", 2, ("GP",)), Svc(D(2026, 1, 21), "97140", 1, ("GP",)),
               Svc(D(2026, 1, 23), "97530", 2, ("GP",)), Svc(D(2026, 1, 26), "97110", 2, ("GP", "KX"))])]
    claims = []
    for prov, clm, rec, svcs in provs:
        for s in svcs:
            g.commercial(s, st, deny_reason="96")
        claims.append({"pat": pat, "cid": None, "pcid": clm, "svcs": svcs, "prov": prov, "rec": rec})
    spec = [(40, "l"), (238, "l"), (352, "r"), (418, "r"), (478, "r"), (536, "r"), (548, "l")]
    labels = ["Service", "Date", "Provider\ncharged", "Plan-approved\namount", "Plan's\nshare", "Your\nshare",
              "Note"]

    def head(y, c):
        doc.rect(40, y - 11, 532, 28, 0.6, 0.92)
        doc.t(46, y, c["prov"], 9.5, True)
        doc.t(566, y, f"Claim number {c['pcid']}", 8.5, False, "r")
        doc.t(46, y + 12, c["rec"] + "   In network", 8)
        return y + 34

    def cont(y, c):
        doc.t(40, y, f"{c['prov']}  -  claim {c['pcid']} (continued)", 9, True)
        return y + 16

    def note(s):
        return ["B"] if s.denied else (["A"] if s.copay else ["C"])

    def cells(s, c):
        return [f"{s.desc} ({s.code})", dfmt(s.dos, "month"), m(s.billed, "$"), m(s.allowed, "$"),
                m(s.paid, "$"), m(s.owes, "$"), note(s)[0]]

    def tots(y, c):
        sv = c["svcs"]
        doc.line(300, y - 8, 572, y - 8, 0.5)
        cols(doc, y + 1, spec, ["Claim total", None, m(total(sv, "billed"), "$"), m(total(sv, "allowed"), "$"),
                                m(total(sv, "paid"), "$"), m(total(sv, "owes"), "$")], 8.5, True)
        return y + 10

    engine(doc=doc, b=b, masthead=masthead, claims=claims, spec=spec, labels=labels, cells=cells,
           printed=("billed", "allowed", "paid", "patient_owes"), units=False, mods=False,
           row_tokens=lambda s, c: [f"({s.code})", dfmt(s.dos, "month")], claim_head=head, totals=tots,
           total_fields={"billed": "billed", "allowed": "allowed", "paid": "paid", "patient_owes": "owes"},
           remarks_of=note, cont_head=cont, line_under=lambda yy: doc.line(40, yy - 6, 572, yy - 6, 0.4),
           bottom=720, hsize=7.5, size=8.5, step=14)
    allc = [s for c in claims for s in c["svcs"]]
    doc.pages[0].append(("t", 440, 127, m(total(allc, "owes"), "$"), "LibSerif", 9, True, "r"))
    doc.pages[0].append(("t", 440, 141, m(total(allc, "owes"), "$"), "LibSerif", 9, True, "r"))
    b.legend = [("A", "This is your copay for the visit."), ("B", "The plan does not cover this item without "
                "approval before you get it. You may owe the full charge."), ("C", "You owe nothing more.")]
    y = 730
    doc.new_page()
    doc.t(40, 60, "Notes about your claims", 11, True)
    for i, (k, t) in enumerate(b.legend):
        doc.t(40, 80 + i * 14, f"{k}  {t}", 9)
    doc.t(40, 140, "If you disagree with a decision, you may ask for an appeal within 65 days. Call "
          "1-866-555-0170 (TTY 711).", 9)
    paginate_footer(doc, "Page {i} of {n}", 572, 770)
    return doc, b, "reportlab", "Medicare Advantage member EOB"


def simple_mast(doc, title_lines, cont_text, y0=40, fam=None, size=10, cont_y=None):
    def masthead(cont):
        doc.new_page()
        for i, (t, sz, bd, al, x) in enumerate(title_lines):
            doc.t(x, y0 + i * (sz + 3), t, sz, bd, al, fam)
        yy = y0 + len(title_lines) * (size + 3) + 14
        if cont and cont_text:
            doc.t(title_lines[0][4], yy, cont_text, 8, False, "l", fam)
            yy += 14
        return yy
    return masthead


# ================================================================ 4: Medicare Summary Notice (fpdf2, Liberation Sans)

def lay_msn(out: Path):
    doc = Doc(612, 792, "LibSans")
    b = B(doc)
    pat = "Wendell P. Ashgrove"
    st = PlanState(ded_left=Decimal("96.00"))

    def masthead(cont):
        doc.new_page()
        doc.t(40, 44, "Medicare Summary Notice", 17, True)
        doc.t(40, 60, "for Part B (Medical Insurance)", 10)
        doc.t(572, 44, pat, 9, True, "r")
        doc.t(572, 56, "Medicare Number  XXXX-XXX-7Q41", 8.5, False, "r")
        doc.t(572, 68, "Notice date  March 2, 2026", 8.5, False, "r")
        doc.line(40, 76, 572, 76, 1.5)
        if cont:
            doc.t(40, 94, "Your Claims for This Period (continued)", 11, True)
            return 114
        doc.rect(40, 88, 250, 64, 0.8)
        doc.t(48, 104, "THIS IS NOT A BILL", 11, True)
        doc.t(48, 118, "This notice covers Part B claims processed", 8.5)
        doc.t(48, 130, "December 1, 2025 - February 28, 2026.", 8.5)
        doc.rect(310, 88, 262, 64, 0.8)
        doc.t(318, 104, "Did you meet your deductible?", 9.5, True)
        doc.t(318, 118, "Yes. You have met your Part B deductible", 8.5)
        doc.t(318, 130, "for 2026.", 8.5)
        doc.t(40, 176, "How to Check This Notice", 12, True)
        tips = ["Do you recognize the name of each doctor or provider? Check the dates.",
                "Did you get the services listed? Do they match those on your receipts and bills?",
                "If you already paid the bill, did you pay the right amount? Check the maximum you may be billed.",
                "Call your provider first if you think a service is wrong; then call 1-800-555-0111.",
                "Report suspected fraud by calling the same number. Your Medicare number protects you."]
        for i, tip in enumerate(tips):
            doc.t(48, 194 + i * 14, "\u2022  " + tip, 8.8)
        doc.rect(40, 274, 532, 118, 0.6, 0.94)
        doc.t(48, 290, "Total You May Be Billed", 10, True)
        doc.t(48, 306, "Add up the last money column for every claim below. That is the most any provider", 8.5)
        doc.t(48, 318, "may bill you for the services on this notice. Providers who accept assignment can't", 8.5)
        doc.t(48, 330, "bill more than the Medicare-approved amount.", 8.5)
        doc.t(48, 350, "Get help: your State Health Insurance Program (SHIP) counselor, 1-877-555-0190.", 8.5)
        doc.t(48, 370, "Want fewer papers? Sign up to get this notice electronically at the Medicare website.", 8.5)
        doc.t(40, 420, "Your Claims for This Period", 12, True)
        return 442

    provs = [("Meadowgate Rehabilitation Associates", "(555) 555-0128", "26-0116-3304-117",
              [Svc(D(2026, 1, 6), "97163", 1, ("GP",)), Svc(D(2026, 1, 6), "97110", 3, ("GP",)),
               Svc(D(2026, 1, 8), "97110", 2, ("GP",)), Svc(D(2026, 1, 8), "97140", 2, ("GP", "59")),
               Svc(D(2026, 1, 13), "97112", 2, ("GP",)), Svc(D(2026, 1, 13), "97110", 2, ("GP", "CQ")),
               Svc(D(2026, 1, 15), "97530", 2, ("GP",)), Svc(D(2026, 1, 15), "97116", 1, ("GP",)),
               Svc(D(2026, 1, 20), "97110", 3, ("GP", "CQ")), Svc(D(2026, 1, 20), "0552T", 1, ("GP",),
                                                                 denied="PR"),
               Svc(D(2026, 1, 22), "97140", 2, ("GP",)), Svc(D(2026, 1, 22), "97112", 2, ("GP",)),
               Svc(D(2026, 1, 27), "97530", 3, ("GP",)), Svc(D(2026, 1, 29), "97110", 2, ("GP", "KX")),
               Svc(D(2026, 1, 29), "97164", 1, ("GP",))]),
             ("Talbot Creek Speech & Swallow", "(555) 555-0164", "26-0203-1187-052",
              [Svc(D(2026, 1, 21), "92523", 1, ("GN",)), Svc(D(2026, 1, 28), "92507", 1, ("GN",)),
               Svc(D(2026, 1, 28), "92526", 1, ("GN",))])]
    claims = []
    for prov, ph, clm, svcs in provs:
        for s in svcs:
            g.medicare(s, st, deny_reason="50")
        claims.append({"pat": pat, "cid": None, "pcid": clm, "svcs": svcs, "prov": prov, "ph": ph})
    spec = [(40, "l"), (282, "l"), (372, "r"), (432, "r"), (492, "r"), (552, "r"), (558, "l")]
    labels = ["Service Provided & Billing Code", "Service\nApproved?", "Amount\nProvider\nCharged",
              "Medicare-\nApproved\nAmount", "Medicare\nPaid\nProvider", "Maximum\nYou May\nBe Billed", "See\nNotes"]

    def head(y, c):
        dates = sorted({s.dos for s in c["svcs"]})
        doc.t(40, y, f"{c['prov']}, {c['ph']}", 9.5, True)
        doc.t(40, y + 12, f"Service dates: {dfmt(dates[0], 'month')} - {dfmt(dates[-1], 'month')}", 8.5)
        doc.t(40, y + 24, f"Claim number: {c['pcid']}     Provider accepted assignment", 8.5)
        return y + 40

    def notes(s):
        return ["B"] if s.denied else (["A"] if s.deductible else ["C"])

    def cells(s, c):
        return [f"{units_str(s.units)} {s.desc} ({s.code}-{'-'.join(s.mods)})", "No" if s.denied else "Yes",
                m(s.billed, "$"), m(s.allowed, "$"), m(s.paid, "$"), m(s.owes, "$"), notes(s)[0]]

    def tots(y, c):
        sv = c["svcs"]
        doc.line(40, y - 8, 572, y - 8, 0.6)
        cols(doc, y + 2, spec, ["Total for this claim", None, m(total(sv, "billed"), "$"),
                                m(total(sv, "allowed"), "$"), m(total(sv, "paid"), "$"), m(total(sv, "owes"), "$")],
             8.5, True)
        return y + 10

    def cont(y, c):
        doc.t(40, y, f"{c['prov']}, claim number {c['pcid']} (continued)", 9, True)
        return y + 16

    engine(doc=doc, b=b, masthead=masthead, claims=claims, spec=spec, labels=labels, cells=cells,
           printed=("billed", "allowed", "paid", "patient_owes"), mods=True,
           row_tokens=lambda s, c: [f"{units_str(s.units)} {s.desc[:12]}", f"({s.code}-"],
           claim_head=head, totals=tots, remarks_of=notes, cont_head=cont,
           total_fields={"billed": "billed", "allowed": "allowed", "paid": "paid", "patient_owes": "owes"},
           line_under=lambda yy: doc.line(40, yy - 6, 572, yy - 6, 0.5), bottom=700, hsize=7.2, size=8, step=14)
    b.legend = [("A", "This approved amount was applied toward your deductible."),
                ("B", "Medicare does not pay for this item because it is not shown to be reasonable and "
                      "necessary for your condition."),
                ("C", "Medicare paid 80% of the approved amount less the 2% federal payment reduction.")]
    doc.new_page()
    doc.t(40, 50, "Notes for Claims Above", 12, True)
    for i, (k, t) in enumerate(b.legend):
        doc.t(40, 72 + i * 24, k, 9, True)
        for j, ln in enumerate(wrap(t, "LibSans", 9, 500)):
            doc.t(56, 72 + i * 24 + j * 11, ln, 9)
    doc.t(40, 160, "How to handle denied claims or file an appeal: see the back of this notice.", 9)
    paginate_footer(doc, "Page {i} of {n}", 572, 770)
    paginate_footer(doc, "Wendell P. Ashgrove", 40, 770, 7.5, "l")
    return doc, b, "fpdf2", "Medicare Summary Notice Part B"


# ========================================================= 5: state Medicaid RA (reportlab, Liberation Mono)

def lay_mcd1(out: Path):
    doc = Doc(612, 792, "LibMono")
    b = B(doc)
    FS = 7.2

    def masthead(cont):
        doc.new_page()
        doc.t(306, 36, "STATE OF NORTH MERIDIAN - DEPT OF FAMILY HEALTH - MEDICAL ASSISTANCE", 8, True, "c")
        doc.t(306, 47, "PROVIDER REMITTANCE ADVICE", 8, True, "c")
        doc.t(36, 64, "PAYEE: KESTREL BEND PEDIATRIC THERAPY LLC     PAYEE NO: 00918274     RA NO: 0004471209", FS)
        doc.t(36, 74, "WARRANT DATE: 01/30/2026   CHECK/EFT: E 88120457", FS)
        doc.line(36, 80, 576, 80, 0.5)
        return 96

    people = [("BRANNIGAN, CORA J", "91002837461", "2226028001204", "KBT-18823", "PAID", [
        Svc(D(2026, 1, 5), "97530", 3, ("GO",)), Svc(D(2026, 1, 5), "97533", 1, ("GO", "59")),
        Svc(D(2026, 1, 12), "97530", 3, ("GO",)), Svc(D(2026, 1, 19), "97530", 4, ("GO",)),
        Svc(D(2026, 1, 26), "97168", 1, ("GO",))]),
        ("FONTAINE, ISAIAH R", "91004410278", "2226028001205", "KBT-18840", "PAID", [
            Svc(D(2026, 1, 6), "92507", 1, ("GN",)), Svc(D(2026, 1, 13), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 20), "92507", 1, ("GN",)), Svc(D(2026, 1, 27), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 27), "92526", 1, ("GN",))]),
        ("MWANGI, ASHA L", "91007720035", "2226028001206", "KBT-18851", "PAID", [
            Svc(D(2026, 1, 7), "97166", 1, ("GO",)), Svc(D(2026, 1, 7), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 14), "97530", 3, ("GO",)), Svc(D(2026, 1, 14), "97112", 2, ("GO",)),
            Svc(D(2026, 1, 21), "97530", 3, ("GO",)), Svc(D(2026, 1, 21), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 28), "97530", 3, ("GO",)), Svc(D(2026, 1, 28), "97112", 2, ("GO",)),
            Svc(D(2026, 1, 28), "97535", 1, ("GO",))]),
        ("OYELARAN, TEMI", "91001193364", "2226028001207", "KBT-18857", "DENIED", [
            Svc(D(2026, 1, 9), "97530", 4, ("GO",), denied="CO"), Svc(D(2026, 1, 9), "97110", 2, ("GO",),
                                                                        denied="CO")]),
        ("BRANNIGAN, CORA J", "91002837461", "2225351007731", "KBT-18688", "ADJUSTED", [
            Svc(D(2025, 12, 8), "97530", 3, ("GO",)), Svc(D(2025, 12, 8), "97533", 1, ("GO",))]),
    ]
    claims = []
    for nm, rid, icn, acct, status, svcs in people:
        for s in svcs:
            g.medicaid(s, deny_reason="197")
        if status == "ADJUSTED":
            svcs = [g.negate(s) for s in svcs]
        claims.append({"pat": nm, "cid": acct, "pcid": icn, "svcs": svcs, "rid": rid, "status": status})
    spec = [(36, "l"), (54, "l"), (104, "l"), (154, "l"), (194, "l"), (252, "r"), (316, "r"), (380, "r"),
            (440, "r"), (500, "r"), (510, "l")]
    labels = ["LN", "FROM DOS", "TO DOS", "PROC", "MODS", "UNITS", "BILLED AMT", "ALLOWED AMT", "COPAY",
              "PAID AMT", "EOB"]

    def eob(s):
        return ["0417"] if s.denied else (["0770"] if s.paid < 0 else ["0102"])

    def head(y, c):
        if c["status"] != getattr(head, "sec", None):
            head.sec = c["status"]
            doc.t(36, y, f"*** CLAIMS {c['status']} ***", 8, True)
            y += 14
        doc.t(36, y, f"RECIP: {c['pat']:<20} RECIP ID: {c['rid']}  ICN: {c['pcid']}  PAT ACCT: {c['cid']}", FS)
        return y + 12

    def cells(s, c):
        n = c["svcs"].index(s) + 1
        d = dfmt(s.dos, "mdy4")
        return [f"{n:02d}", d, d, s.code, " ".join(s.mods), f"{s.units:.2f}".replace("-", ""),
                m(s.billed, "", "trail"), m(s.allowed, "", "trail"), "0.00", m(s.paid, "", "trail"), eob(s)[0]]

    def tots(y, c):
        sv = c["svcs"]
        cols(doc, y, spec, [None, "CLAIM TOTAL", None, None, None, None, m(total(sv, "billed"), "", "trail"),
                            m(total(sv, "allowed"), "", "trail"), "0.00", m(total(sv, "paid"), "", "trail")], FS,
             True)
        return y + 4

    def cont(y, c):
        doc.t(36, y, f"RECIP: {c['pat']} ICN: {c['pcid']} (CONTINUED)", FS)
        return y + 12

    engine(doc=doc, b=b, masthead=masthead, claims=claims, spec=spec, labels=labels, cells=cells,
           printed=("billed", "allowed", "paid"), row_tokens=lambda s, c: [dfmt(s.dos, "mdy4"), s.code,
                                                                           f"{abs(s.units):.2f}"],
           claim_head=head, totals=tots, remarks_of=eob, cont_head=cont,
           total_fields={"billed": "billed", "allowed": "allowed", "paid": "paid"},
           bottom=740, hsize=FS, size=FS, step=10, claim_gap=12)
    for t in b.lines:
        t["units"] = units_str(abs(Decimal(t["units"])))
    b.legend = [("0102", "PAID AT THE STATE MAXIMUM ALLOWABLE FOR THIS PROCEDURE."),
                ("0417", "SERVICE EXCEEDS THE VISITS AUTHORIZED FOR THIS RECIPIENT."),
                ("0770", "PRIOR PAYMENT RECOVERED; A CORRECTED CLAIM MAY FOLLOW.")]
    doc.new_page()
    doc.t(36, 60, "EOB CODE DESCRIPTIONS", 8, True)
    for i, (k, t) in enumerate(b.legend):
        doc.t(36, 76 + i * 11, f"{k}  {t}", FS)
    doc.t(36, 120, "PAYMENT SUMMARY   CLAIMS PAID: 3   DENIED: 1   ADJUSTED: 1", FS)
    paginate_footer(doc, "PAGE {i} OF {n}", 576, 36, 7, "r")
    return doc, b, "reportlab", "state Medicaid remittance advice"


# ================================================= 6: state Medicaid RA, ruled grid (fpdf2, landscape DejaVu Cond)

def lay_mcd2(out: Path):
    doc = Doc(792, 612, "DVCond")
    b = B(doc)
    FS = 7.3

    def masthead(cont):
        doc.new_page()
        doc.rect(24, 24, 744, 40, 0.8, 0.9)
        doc.t(32, 40, "COMMONWEALTH OF ALDERMARK  |  MEDICAL ASSISTANCE PROGRAM", 11, True)
        doc.t(32, 54, "Remittance and Status Report  -  Professional Claims", 9)
        doc.t(760, 40, "Provider: WILLOWMERE COMMUNITY REHAB", 8, True, "r")
        doc.t(760, 54, "NPI 1902847713   Remit no. 260130-0041187   Paid 01/30/2026", 8, False, "r")
        return 84

    recips = [
        ("Lindgren, Sofie", "AM40018823", "26020100441100", "WCR0091", [
            Svc(D(2026, 1, 5), "97110", 2, ("GP",)), Svc(D(2026, 1, 5), "97140", 1, ("GP",)),
            Svc(D(2026, 1, 7), "97110", 2, ("GP",)), Svc(D(2026, 1, 7), "97112", 1, ("GP",)),
            Svc(D(2026, 1, 9), "97110", 3, ("GP",)), Svc(D(2026, 1, 12), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 12), "97530", 1, ("GP",))]),
        ("Abernathy, Roscoe", "AM40027715", "26020100441101", "WCR0104", [
            Svc(D(2026, 1, 6), "97161", 1, ("GP",)), Svc(D(2026, 1, 8), "97116", 2, ("GP",)),
            Svc(D(2026, 1, 8), "97110", 2, ("GP", "59")), Svc(D(2026, 1, 13), "97116", 2, ("GP",)),
            Svc(D(2026, 1, 13), "G0283", 1, ("GP",), denied="CO")]),
        ("Castellano, Ines", "AM40031150", "26020100441102", "WCR0117", [
            Svc(D(2026, 1, 6), "97167", 1, ("GO",)), Svc(D(2026, 1, 8), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 8), "97530", 2, ("GO",)), Svc(D(2026, 1, 13), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 13), "97530", 2, ("GO",)), Svc(D(2026, 1, 15), "97535", 1, ("GO",)),
            Svc(D(2026, 1, 15), "97530", 3, ("GO",)), Svc(D(2026, 1, 20), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 20), "97530", 2, ("GO",)), Svc(D(2026, 1, 22), "97168", 1, ("GO",))]),
        ("Dube, Nomvula", "AM40044902", "26020100441103", "WCR0122", [
            Svc(D(2026, 1, 14), "92523", 1, ("GN",)), Svc(D(2026, 1, 21), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 28), "92507", 1, ("GN",))]),
        ("Pryce-Whitlow, Evander", "AM40050017", "26020100441104", "WCR0130", [
            Svc(D(2026, 1, 19), "97163", 1, ("GP",), denied="CO"), Svc(D(2026, 1, 19), "97110", 2, ("GP",),
                                                                        denied="CO")]),
    ]
    claims = []
    for nm, rid, icn, pcn, svcs in recips:
        for s in svcs:
            g.medicaid(s, deny_reason="B7" if s.code == "G0283" else "16")
            if s.denied:
                s.remarks = ["N657"] if s.code == "G0283" else ["MA130"]
            elif s.discount:
                s.remarks = []
        claims.append({"pat": nm, "cid": pcn, "pcid": icn, "svcs": svcs, "rid": rid,
                       "st": "DENIED" if all(s.denied for s in svcs) else "PAID"})
    xs = [24, 74, 124, 158, 200, 232, 290, 348, 398, 454, 580, 650, 768]
    spec = [(28, "l"), (78, "l"), (128, "l"), (162, "l"), (228, "r"), (286, "r"), (344, "r"), (394, "r"),
            (450, "r"), (458, "l"), (584, "l"), (654, "l")]
    labels = ["DOS From", "DOS To", "Proc", "Mod", "Qty", "Billed Amt", "Allowed Amt", "Co-Pay", "Paid Amt",
              "Adj Grp / Reason / Amt", "Remark", "Line Status"]

    def grid_line(yy):
        doc.line(24, yy - 6, 768, yy - 6, 0.5)

    def head(y, c):
        doc.rect(24, y - 10, 744, 26, 0.6, 0.94)
        doc.t(28, y, f"Recipient Name: {c['pat']}", 8.5, True)
        doc.t(250, y, f"Recipient ID: {c['rid']}", 8)
        doc.t(400, y, f"ICN: {c['pcid']}", 8)
        doc.t(560, y, f"Patient No.: {c['cid']}", 8)
        doc.t(28, y + 11, f"Claim status: {c['st']}   Claim type: Professional (837P)   Place of service 11", 7.5)
        doc.line(24, y + 16, 768, y + 16, 0.6)
        return y + 28

    def adjs(s):
        return list(s.adjs)

    def cells(s, c):
        a = s.adjs[0] if s.adjs else None
        at = f"{a[0]} / {a[1]} / {m(a[2])}" if a else ""
        return [dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units),
                m(s.billed), m(s.allowed), "0.00", m(s.paid), at, " ".join(s.remarks),
                "Denied" if s.denied else "Paid"]

    def tots(y, c):
        sv = c["svcs"]
        doc.rect(24, y - 9, 744, 13, 0.5)
        cols(doc, y, spec, ["Claim totals", None, None, None, None, m(total(sv, "billed")),
                            m(total(sv, "allowed")), "0.00", m(total(sv, "paid"))], FS, True)
        return y + 6

    def cont(y, c):
        doc.t(28, y, f"Recipient Name: {c['pat']}   ICN: {c['pcid']}   (continued from previous page)", 8, True)
        return y + 14

    def vlines(page_ops_start):
        pass

    engine(doc=doc, b=b, masthead=masthead, claims=claims, spec=spec, labels=labels, cells=cells,
           printed=("billed", "allowed", "paid"), adjs_of=adjs, remarks_of=lambda s: s.remarks,
           row_tokens=lambda s, c: [dfmt(s.dos, "mdy4") + " " + dfmt(s.dos, "mdy4"), s.code],
           claim_head=head, totals=tots, cont_head=cont, full_adj=True,
           total_fields={"billed": "billed", "allowed": "allowed", "paid": "paid"}, line_under=grid_line,
           bottom=560, hsize=7.3, size=FS, step=12, claim_gap=16, head_h=40)
    doc.new_page()
    doc.t(24, 40, "Adjustment reason and remark code glossary (this program's own wording)", 10, True)
    b.legend = [("CO-45", "Charge above the program's maximum fee; not billable to the recipient."),
                ("CO-16", "Claim lacks information needed to process it; resubmit with the referring NPI."),
                ("CO-B7", "This provider was not enrolled for this service on the date it was given."),
                ("N657", "Enrollment for this provider type should be updated before billing again."),
                ("MA130", "Correct and submit as a new claim; this one cannot be appealed.")]
    for i, (k, t) in enumerate(b.legend):
        doc.t(24, 60 + i * 12, k, 8, True)
        doc.t(80, 60 + i * 12, t, 8)
    doc.t(24, 140, "Summary: claims paid 3, claims denied 1 (plus denied lines), total paid "
          + m(sum((total(c["svcs"], "paid") for c in claims), ZERO), "$"), 8)
    paginate_footer(doc, "Page {i} of {n}", 768, 592)
    return doc, b, "fpdf2", "state Medicaid remittance and status report, ruled"


# ==================================== 7: Medicare-style standard paper remit from a PM system (reportlab, mono)

def lay_spr(out: Path):
    doc = Doc(792, 612, "LibMono")
    b = B(doc)
    FS = 7.4
    st = PlanState(ded_left=Decimal("60.00"))

    def masthead(cont):
        doc.new_page()
        doc.t(36, 36, "GREYSTONE PRACTICE SUITE - REMITTANCE PRINT (MEDICARE PART B FORMAT)", 8.5, True)
        doc.t(36, 47, "PAYER: CENTRAL PLAINS MEDICARE CONTRACTOR   PAYER ID 05531   CHECK/EFT #: 0000884217", FS)
        doc.t(36, 57, "PROVIDER: OSPREY RUN THERAPY GROUP  NPI 1487203391  DATE: 02/05/26", FS)
        doc.line(36, 63, 756, 63, 0.4)
        return 78

    benes = [("HOLLOWAY, PRUDENCE", "7QW4JK8MN21", "ORT-30188", "0226012345670", [
        Svc(D(2026, 1, 6), "97162", 1, ("GP",)), Svc(D(2026, 1, 6), "97110", 2, ("GP",)),
        Svc(D(2026, 1, 8), "97110", 2, ("GP",)), Svc(D(2026, 1, 8), "97140", 1, ("GP", "59")),
        Svc(D(2026, 1, 13), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 13), "97112", 1, ("GP",)),
        Svc(D(2026, 1, 15), "97110", 2, ("GP",)), Svc(D(2026, 1, 15), "97140", 1, ("GP",))]),
        ("NAKASHIMA, GORO", "3TR8PL2XD44", "ORT-30201", "0226012345671", [
            Svc(D(2026, 1, 7), "97165", 1, ("GO",)), Svc(D(2026, 1, 7), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 14), "97535", 2, ("GO",)), Svc(D(2026, 1, 14), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 21), "97530", 2, ("GO", "KX")), Svc(D(2026, 1, 21), "97018", 1, ("GO",), denied="CO")]),
        ("VILLANUEVA, ROSALIND", "9MK2WQ7TH18", "ORT-30215", "0226012345672", [
            Svc(D(2026, 1, 9), "92523", 1, ("GN",)), Svc(D(2026, 1, 16), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 23), "92507", 1, ("GN",)), Svc(D(2026, 1, 23), "92526", 1, ("GN",)),
            Svc(D(2026, 1, 30), "92507", 1, ("GN",))]),
    ]
    claims = []
    for nm, hic, acnt, icn, svcs in benes:
        for s in svcs:
            g.medicare(s, st, deny_reason="96")
            if s.denied:
                s.remarks = ["M15"]
        claims.append({"pat": nm, "cid": acnt, "pcid": icn, "svcs": svcs, "hic": hic})
    spec = [(36, "l"), (110, "l"), (186, "l"), (214, "l"), (236, "l"), (276, "l"), (372, "r"), (432, "r"),
            (488, "r"), (544, "r"), (556, "l"), (648, "r"), (694, "r"), (704, "l")]
    labels = ["PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT", "COINS",
              "GRP/RC-AMT", "", "PROV PD", "RARC"]

    def head(y, c):
        doc.t(36, y, f"NAME {c['pat']:<22} HIC {c['hic']}  ACNT {c['cid']}  ICN {c['pcid']}  ASG Y  MOA MA01", FS,
              True)
        return y + 12

    def adjs(s):
        return list(s.adjs)

    def adj_rows(y, s, al):
        for i, a in enumerate(al[1:], 1):
            doc.t(556, y + i * 10, f"{a[0]}-{a[1]}", FS)
            doc.t(648, y + i * 10, m(a[2]), FS, False, "r")

    def cells(s, c):
        a = s.adjs[0]
        return ["1487203391", f"{s.dos:%m%d} {s.dos:%m%d%y}", "11", units_str(s.units), s.code, " ".join(s.mods),
                m(s.billed, ""), m(s.allowed, ""), m(s.deductible, ""), m(s.coinsurance, ""),
                f"{a[0]}-{a[1]}", m(a[2], ""), m(s.paid, ""), " ".join(s.remarks)]

    def tots(y, c):
        sv = c["svcs"]
        doc.t(648, y - 10 + 10, "", FS)
        pr = total(sv, "owes")
        cols(doc, y, spec, [f"PT RESP {m(pr, '')}", None, None, None, "CLAIM TOTALS", None,
                            m(total(sv, "billed"), ""), m(total(sv, "allowed"), ""), m(total(sv, "deductible"), ""),
                            m(total(sv, "coinsurance"), ""), None, None, m(total(sv, "paid"), "")], FS, True)
        doc.t(36, y + 10, f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00  NET "
              f"{m(total(sv, 'paid'), '')}", FS)
        return y + 14

    def cont(y, c):
        doc.t(36, y, f"NAME {c['pat']} ICN {c['pcid']} (CONT'D)", FS, True)
        return y + 12

    for c in claims:
        c["adj_rows"] = adj_rows
    engine(doc=doc, b=b, masthead=masthead, claims=claims, spec=spec, labels=labels, cells=cells,
           printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjs_of=adjs,
           remarks_of=lambda s: s.remarks, full_adj=True,
           row_tokens=lambda s, c: [f"{s.dos:%m%d} {s.dos:%m%d%y}", s.code],
           claim_head=head, totals=tots, cont_head=cont,
           total_fields={"billed": "billed", "allowed": "allowed", "paid": "paid", "patient_owes": "owes"},
           line_under=lambda yy: doc.line(36, yy - 6, 756, yy - 6, 0.3), bottom=560, hsize=FS, size=FS, step=10,
           claim_gap=12)
    b.legend = [("CO-45", "CHARGE OVER FEE SCHEDULE"), ("PR-1", "DEDUCTIBLE"), ("PR-2", "COINSURANCE"),
                ("CO-253", "SEQUESTRATION REDUCTION"), ("CO-96", "NON-COVERED SERVICE"),
                ("M15", "BUNDLED SERVICE; SEPARATE PAYMENT NOT MADE")]
    y = 520
    doc.new_page()
    doc.t(36, 50, "GLOSSARY: GROUP, REASON, MOA, REMARK CODES (ABBREVIATED)", 8.5, True)
    for i, (k, t) in enumerate(b.legend):
        doc.t(36, 66 + i * 10, f"{k:<8}{t}", FS)
    doc.t(36, 140, "TOTALS:  # OF CLAIMS 3   BILLED AMT " + m(sum((total(c['svcs'], 'billed') for c in claims),
                                                                  ZERO), "") + "   PROV PD AMT "
          + m(sum((total(c['svcs'], 'paid') for c in claims), ZERO), ""), FS)
    paginate_footer(doc, "PAGE #: {i} OF {n}", 756, 36, FS, "r")
    return doc, b, "reportlab", "Medicare-style standard paper remit printed by a practice-management system"


# ============================================== 8: clearinghouse remittance detail print (fpdf2, Helvetica, boxed)

def lay_ch(out: Path):
    doc = Doc(612, 792, "Helvetica")
    b = B(doc)
    st = PlanState(ded_left=ZERO)

    def masthead(cont):
        doc.new_page()
        doc.t(36, 40, "RemitHarbor Exchange", 14, True)
        doc.t(36, 53, "Electronic remittance, printed view  |  Transaction 835 converted for reading", 7.5)
        doc.t(576, 40, "Payer: Lakes & Prairie Medicare Services, Part B", 8.5, True, "r")
        doc.t(576, 52, "Payee: Fernhill Outpatient Therapy PC  (Tax ID XX-XXX4418)", 8, False, "r")
        doc.t(576, 63, "Trace no. 1EFT2601230091   Issue date 01/23/2026", 8, False, "r")
        doc.line(36, 70, 576, 70, 1.0)
        return 90

    pts = [("Marchetti, Giovanna", "2KF7-WD3-LM82", "FOT61044", "22026019884410", "1 - Processed as primary", [
        Svc(D(2026, 1, 2), "97110", 2, ("GP",)), Svc(D(2026, 1, 2), "97140", 1, ("GP",)),
        Svc(D(2026, 1, 5), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 5), "97112", 1, ("GP",)),
        Svc(D(2026, 1, 7), "97110", 2, ("GP",)), Svc(D(2026, 1, 7), "97530", 1, ("GP",)),
        Svc(D(2026, 1, 9), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 9), "97140", 1, ("GP", "59"))]),
        ("Oduya, Samuel", "6HR2-PX9-TN40", "FOT61052", "22026019884411", "1 - Processed as primary", [
            Svc(D(2026, 1, 6), "97166", 1, ("GO",)), Svc(D(2026, 1, 6), "97535", 1, ("GO",)),
            Svc(D(2026, 1, 8), "97535", 2, ("GO",)), Svc(D(2026, 1, 8), "97760", 1, ("GO",)),
            Svc(D(2026, 1, 8), "L3807", 1, ("GO", "RT"), denied="CO")]),
        ("Kristiansen, Ebba", "4DN6-QR1-YV57", "FOT61059", "22026019884412", "22 - Reversal of previous payment", [
            Svc(D(2025, 12, 15), "97110", 2, ("GP",)), Svc(D(2025, 12, 15), "97116", 1, ("GP",))]),
        ("Kristiansen, Ebba", "4DN6-QR1-YV57", "FOT61059", "22026019884413", "1 - Processed as primary", [
            Svc(D(2025, 12, 15), "97110", 2, ("GP", "KX")), Svc(D(2025, 12, 15), "97116", 1, ("GP", "KX"))]),
    ]
    claims = []
    for nm, mbi, pcn, ccn, status, svcs in pts:
        for s in svcs:
            g.medicare(s, st, deny_reason="B15")
            if s.denied:
                s.remarks = ["M80"]
            elif s.seq:
                s.remarks = ["N640"] if s.code == "97140" else []
        if status.startswith("22"):
            svcs = [g.negate(s) for s in svcs]
        claims.append({"pat": nm, "cid": pcn, "pcid": ccn, "svcs": svcs, "mbi": mbi, "status": status})
    spec = [(40, "l"), (62, "l"), (116, "l"), (196, "r"), (246, "r"), (296, "r"), (340, "r"), (384, "r"),
            (394, "l"), (518, "r"), (526, "l")]
    labels = ["Ln", "Svc Date", "Procedure/Mods", "Units", "Charge", "Allowed", "Deduct", "Coins",
              "Adjustments (Grp-Rsn Amt)", "Paid", "RARC"]

    def head(y, c):
        doc.rect(36, y - 12, 540, 40, 0.8)
        doc.t(42, y, f"Patient: {c['pat']}", 9, True)
        doc.t(250, y, f"Member ID: {c['mbi']}", 8)
        doc.t(420, y, f"Claim status: {c['status']}", 7.5)
        doc.t(42, y + 12, f"Patient Control #: {c['cid']}", 8)
        doc.t(250, y + 12, f"Payer Claim Control #: {c['pcid']}", 8)
        doc.t(42, y + 23, "Rendering NPI 1639920417   Claim filing: MB", 7)
        return y + 40

    def adjs(s):
        return list(s.adjs)

    def adj_rows(y, s, al):
        for i, a in enumerate(al[2:], 1):
            doc.t(394, y + i * 11, f"{a[0]}-{a[1]} {m(a[2])}", 7.5)

    def cells(s, c):
        n = c["svcs"].index(s) + 1
        at = "  ".join(f"{a[0]}-{a[1]} {m(a[2])}" for a in s.adjs[:2])
        return [str(n), dfmt(s.dos, "mdy4"), f"{s.code} {' '.join(s.mods)}", units_str(s.units), m(s.billed),
                m(s.allowed), m(s.deductible), m(s.coinsurance), at, m(s.paid), " ".join(s.remarks)]

    def tots(y, c):
        sv = c["svcs"]
        doc.line(36, y - 8, 576, y - 8, 0.5)
        cols(doc, y + 1, spec, [None, "Claim totals", None, None, m(total(sv, "billed")), m(total(sv, "allowed")),
                                m(total(sv, "deductible")), m(total(sv, "coinsurance")),
                                None, m(total(sv, "paid"))], 7.8, True)
        doc.t(116, y + 12, f"Patient responsibility {m(total(sv, 'owes'))}    Claim paid {m(total(sv, 'paid'))}",
              7.6)
        return y + 18

    def cont(y, c):
        doc.t(40, y, f"Patient: {c['pat']}   Payer Claim Control #: {c['pcid']}   - continued -", 8.5, True)
        return y + 14

    for c in claims:
        c["adj_rows"] = lambda y, s, al: adj_rows(y, s, al)
    # a service with more than two adjustments prints the rest on rows under it
    orig_engine_rows = None  # noqa: F841
    engine(doc=doc, b=b, masthead=masthead, claims=claims, spec=spec, labels=labels, cells=cells,
           printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjs_of=adjs,
           remarks_of=lambda s: s.remarks, full_adj=True,
           row_tokens=lambda s, c: [dfmt(s.dos, "mdy4"), f"{s.code} {' '.join(s.mods)}"],
           claim_head=head, totals=tots, cont_head=cont,
           total_fields={"billed": "billed", "allowed": "allowed", "paid": "paid", "patient_owes": "owes"},
           line_under=lambda yy: doc.line(36, yy - 6, 576, yy - 6, 0.4), bottom=730, hsize=7, size=7.6,
           step=11, claim_gap=20, head_h=44)
    b.legend = [("CO-45", "Above the fee schedule; provider write-off."), ("PR-1", "Deductible."),
                ("PR-2", "Coinsurance."), ("CO-253", "Federal payment reduction."),
                ("CO-B15", "Paid only with a qualifying service that was not billed."),
                ("M80", "Not covered when done on the same day as another listed service."),
                ("N640", "Exceeds a per-visit frequency limit; some units cut back.")]
    if True:
        doc.new_page()
        doc.t(36, 50, "Code glossary (RemitHarbor short text)", 10, True)
        for i, (k, t) in enumerate(b.legend):
            doc.t(36, 68 + i * 11, f"{k}: {t}", 8)
    paginate_footer(doc, "RemitHarbor Exchange  -  page {i} of {n}", 576, 770, 7)
    return doc, b, "fpdf2", "clearinghouse remittance detail print of a Medicare Part B 835"


# ================================================= 9: therapy clinic family statement (reportlab, DejaVu Sans)

def lay_clinic(out: Path):
    doc = Doc(612, 792, "DVSans")
    b = B(doc)
    guar = "Priya Lindqvist"
    visits = [
        ("Arlo Lindqvist", "V-260106-0415", "CB-2601-77341", [Svc(D(2026, 1, 6), "97165", 1, ("GO",)),
                                                             Svc(D(2026, 1, 6), "97530", 2, ("GO",))]),
        ("Saoirse Lindqvist", "V-260107-0422", "CB-2601-77402", [Svc(D(2026, 1, 7), "92523", 1, ("GN",))]),
        ("Arlo Lindqvist", "V-260113-0468", "CB-2601-78110", [Svc(D(2026, 1, 13), "97530", 3, ("GO",)),
                                                             Svc(D(2026, 1, 13), "97533", 1, ("GO", "59"))]),
        ("Saoirse Lindqvist", "V-260114-0475", "CB-2601-78199", [Svc(D(2026, 1, 14), "92507", 1, ("GN",))]),
        ("Priya Lindqvist", "V-260115-0481", "CB-2601-78230", [Svc(D(2026, 1, 15), "97161", 1, ("GP",)),
                                                              Svc(D(2026, 1, 15), "97140", 2, ("GP",)),
                                                              Svc(D(2026, 1, 15), "97110", 1, ("GP",))]),
        ("Arlo Lindqvist", "V-260120-0502", "CB-2601-79014", [Svc(D(2026, 1, 20), "97530", 3, ("GO",)),
                                                             Svc(D(2026, 1, 20), "97112", 1, ("GO",))]),
        ("Saoirse Lindqvist", "V-260121-0510", "CB-2601-79088", [Svc(D(2026, 1, 21), "92507", 1, ("GN",)),
                                                                Svc(D(2026, 1, 21), "92526", 1, ("GN",))]),
        ("Priya Lindqvist", "V-260122-0517", "CB-2601-79140", [Svc(D(2026, 1, 22), "97110", 2, ("GP",)),
                                                              Svc(D(2026, 1, 22), "97140", 1, ("GP",))]),
        ("Arlo Lindqvist", "V-260127-0544", "CB-2601-79903", [Svc(D(2026, 1, 27), "97530", 2, ("GO",)),
                                                             Svc(D(2026, 1, 27), "97535", 2, ("GO",))]),
        ("Saoirse Lindqvist", "V-260128-0551", None, [Svc(D(2026, 1, 28), "92507", 1, ("GN",))]),
    ]
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.75"))
    ptpaid = {}
    for pat, vid, ins, svcs in visits:
        for s in svcs:
            if ins is None:  # not yet paid by the insurer: whole charge still open
                s.owes = s.billed
                s.paid = ZERO
                s.discount = ZERO
                continue
            g.commercial(s, st)
            ptpaid[id(s)] = q(s.owes / 2) if pat == "Saoirse Lindqvist" else ZERO
            s.owes = s.owes - ptpaid[id(s)]
    spec = [(36, "l"), (90, "l"), (150, "l"), (310, "r"), (356, "r"), (404, "r"), (452, "r"), (500, "r"),
            (550, "r")]
    labels = ["Date", "Code", "Description", "Units", "Charge", "Insurance\npaid", "Insurance\nadjustment",
              "You paid", "Balance"]

    def masthead(cont):
        doc.new_page()
        doc.t(36, 42, "Bright Current Therapy Collective", 14, True)
        doc.t(36, 55, "Pediatric & adult OT · PT · speech   |   410 Ferrous Ave, Suite 2, Lowell Bend, MN 55907", 7)
        doc.t(576, 42, "STATEMENT", 12, True, "r")
        doc.t(576, 55, "Billing questions: (555) 555-0102", 7.5, False, "r")
        doc.line(36, 62, 576, 62, 0.8)
        if cont:
            doc.t(36, 78, f"Guarantor: {guar}   Account: G-1180427   Statement date: 02/06/2026", 8)
            return 100
        doc.t(36, 80, "Guarantor", 7, True)
        doc.t(36, 91, guar, 9)
        doc.t(36, 102, "77 Wintergreen Court", 9)
        doc.t(36, 113, "Lowell Bend, MN 55906", 9)
        doc.rect(380, 74, 196, 50, 0.6, 0.92)
        for i, (k, v) in enumerate((("Account", "G-1180427"), ("Statement date", "02/06/2026"),
                                    ("Due by", "03/06/2026"))):
            doc.t(388, 86 + i * 13, k, 8)
            doc.t(568, 86 + i * 13, v, 8, True, "r")
        doc.t(36, 140, "Activity for your family, January 2026. Insurance: Cobalt Bay Health (member CBH-558102).",
              8)
        return 162

    def head(y, c):
        doc.t(36, y, f"{c['pat']}", 9, True)
        doc.t(170, y, f"Visit {c['cid']}", 8)
        doc.t(300, y, f"Insurance claim {c['pcid']}" if c["pcid"] else "Insurance claim pending - billed 01/29/26",
              8)
        return y + 14

    def cells(s, c):
        return [dfmt(s.dos, "mdy4"), f"{s.code}{''.join('-' + x for x in s.mods)}", s.desc[:27], units_str(s.units),
                m(s.billed), m(s.paid), m(s.discount), m(ptpaid.get(id(s), ZERO)), m(s.owes)]

    def tots(y, c):
        sv = c["svcs"]
        doc.line(250, y - 8, 576, y - 8, 0.4)
        cols(doc, y, spec, [None, None, "Visit total", None, m(total(sv, "billed")), m(total(sv, "paid")),
                            m(total(sv, "discount")), m(sum((ptpaid.get(id(s), ZERO) for s in sv), ZERO)),
                            m(total(sv, "owes"))], 7.6, True)
        return y + 2

    claims = [{"pat": p, "cid": v, "pcid": i, "svcs": sv} for p, v, i, sv in visits]
    for c in claims:
        for s in c["svcs"]:
            b.arith.append((f"balance {c['cid']} {s.code}", s.billed - s.paid - s.discount - ptpaid.get(id(s), ZERO),
                            s.owes))

    def hline(yy):
        doc.line(36, yy - 6, 576, yy - 6, 0.4)

    y = engine(doc=doc, b=b, masthead=masthead, claims=claims, spec=spec, labels=labels, cells=cells,
               printed=("billed", "paid", "discount", "patient_owes"),
               row_tokens=lambda s, c: [dfmt(s.dos, "mdy4"), f"{s.code}{''.join('-' + x for x in s.mods)}"],
               claim_head=head, totals=tots, repeat_header=True, line_under=hline,
               cont_head=lambda y, c: (doc.t(36, y, f"{c['pat']} - visit {c['cid']} (continued)", 9, True), y + 14)[1],
               total_fields={"billed": "billed", "paid": "paid", "patient_owes": "owes"}, bottom=690, hsize=7,
               size=7.6, step=12, claim_gap=14, head_h=30)
    due = sum((total(c["svcs"], "owes") for c in claims), ZERO)
    if y + 60 > 740:
        masthead(True)
        y = 110
    doc.rect(360, y, 216, 34, 1.0)
    doc.t(368, y + 14, "Amount due now", 9, True)
    doc.t(568, y + 14, m(due, "$"), 11, True, "r")
    doc.t(368, y + 27, "Pay online or return the slip below.", 7)
    doc.t(36, y + 14, "Insurance adjustments are the amounts your plan's contract takes off the charge.", 7)
    doc.t(36, y + 24, "Balances under review by insurance are not yet due.", 7)
    paginate_footer(doc, "Page {i} of {n}", 576, 770, 7.5)
    return doc, b, "reportlab", "therapy clinic family statement"


# ==================================== 10: hospital outpatient family statement (fpdf2, DejaVu Serif Condensed)

def lay_hosp(out: Path):
    doc = Doc(612, 792, "DVSerifCond")
    b = B(doc)
    REV = {"97": "0430", "92": "0440", "G0": "0420", "99": "0510", "L3": "0274"}

    def rev(code):
        if code.startswith(("97161", "97162", "97163", "97164", "97110", "97112", "97116", "97140")):
            return "0420"
        return REV.get(code[:2], "0430")

    accts = [
        ("THORNE, WREN A", "8810042298", "Pinecrest Mutual claim 26P00720318", [
            Svc(D(2026, 1, 8), "92523", 1, ("GN",)), Svc(D(2026, 1, 15), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 22), "92507", 1, ("GN",)), Svc(D(2026, 1, 29), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 29), "99213", 1, ("25",))], Decimal("0.61"), Decimal("40.00")),
        ("THORNE, MALCOLM", "8810042305", "Pinecrest Mutual claim 26P00721150", [
            Svc(D(2026, 1, 16), "97161", 1, ("GP",)), Svc(D(2026, 1, 16), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 23), "97110", 2, ("GP",)), Svc(D(2026, 1, 23), "97140", 2, ("GP",)),
            Svc(D(2026, 1, 23), "G0283", 1, ("GP",))], Decimal("0.55"), Decimal("25.00")),
        ("THORNE, EZRA", "8810042271", "Pinecrest Mutual claim 26P00719945", [
            Svc(D(2026, 1, 5), "97167", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 7), "97530", 3, ("GO",)), Svc(D(2026, 1, 7), "97533", 2, ("GO",)),
            Svc(D(2026, 1, 12), "97530", 3, ("GO",)), Svc(D(2026, 1, 12), "97112", 2, ("GO",)),
            Svc(D(2026, 1, 14), "97530", 3, ("GO",)), Svc(D(2026, 1, 14), "97533", 2, ("GO",)),
            Svc(D(2026, 1, 19), "97530", 3, ("GO",)), Svc(D(2026, 1, 19), "97760", 1, ("GO",)),
            Svc(D(2026, 1, 19), "L3807", 1, ("LT",)), Svc(D(2026, 1, 21), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 21), "97535", 2, ("GO",)), Svc(D(2026, 1, 26), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 26), "97168", 1, ("GO",)), Svc(D(2026, 1, 28), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 28), "97533", 2, ("GO",)), Svc(D(2026, 1, 30), "97530", 3, ("GO",))],
         Decimal("0.58"), Decimal("0.00")),
    ]
    spec = [(40, "l"), (98, "l"), (132, "l"), (190, "l"), (222, "l"), (480, "r"), (572, "r")]
    labels = ["Date", "Rev", "CPT/HCPCS", "Mod", "Description", "Qty", "Charges"]

    def masthead(cont):
        doc.new_page()
        doc.t(40, 42, "ST. ALDER VALLEY CHILDREN'S & FAMILY HOSPITAL", 12.5, True)
        doc.t(40, 55, "Outpatient Rehabilitation Services  ·  2600 Orchard Terrace  ·  Briarholm, KS 66718", 7.5)
        doc.t(572, 42, "Guarantor Statement", 11, True, "r")
        doc.t(572, 55, "Customer service (555) 555-0187", 7.5, False, "r")
        doc.line(40, 62, 572, 62, 0.8)
        if cont:
            doc.t(40, 78, "Guarantor: Colette Thorne    Guarantor no. 5501187    Statement date 02/09/2026", 8)
            return 100
        doc.t(40, 80, "Colette Thorne", 9.5)
        doc.t(40, 92, "19 Hollis Bend Road", 9.5)
        doc.t(40, 104, "Briarholm, KS 66719", 9.5)
        doc.rect(360, 72, 212, 46, 0.6)
        doc.t(368, 85, "Guarantor no.", 8)
        doc.t(564, 85, "5501187", 8, True, "r")
        doc.t(368, 98, "Statement date", 8)
        doc.t(564, 98, "02/09/2026", 8, True, "r")
        doc.t(368, 111, "Accounts on this statement", 8)
        doc.t(564, 111, "3", 8, True, "r")
        doc.rect(40, 124, 532, 96, 0.5, 0.95)
        doc.t(48, 138, "A message from Patient Financial Services", 9, True)
        msg = ("This statement lists the itemized hospital charges on each family member's account, followed by "
               "the insurance activity we have posted. Charges are shown with the hospital revenue code and the "
               "procedure code your insurer was billed. If your insurer has not yet paid, no action is needed "
               "until you receive a balance-due notice. Ask us about payment plans and our financial assistance "
               "program; applications are accepted at any time, including after a bill is sent to collections.")
        for i, ln in enumerate(wrap(msg, "DVSerifCond", 8, 510)):
            doc.t(48, 152 + i * 11, ln, 8)
        return 244

    claims = []
    for pat, acct, ins, svcs, rate, ptpd in accts:
        for s in svcs:
            s.allowed = q(s.billed * rate)
        claims.append({"pat": pat, "cid": acct, "pcid": ins.split("claim ")[1], "ins": ins, "svcs": svcs,
                       "rate": rate, "ptpd": ptpd})

    def head(y, c):
        doc.rect(40, y - 10, 532, 26, 0.5, 0.93)
        doc.t(46, y, f"Patient: {c['pat']}", 9, True)
        doc.t(250, y, f"Account no. {c['cid']}", 8.5)
        d0, d1 = c["svcs"][0].dos, c["svcs"][-1].dos
        doc.t(400, y, f"Dates {dfmt(d0, 'mdy2')} - {dfmt(d1, 'mdy2')}", 8.5)
        doc.t(46, y + 11, f"Primary insurance: {c['ins']}", 7.5)
        return y + 30

    def cells(s, c):
        return [dfmt(s.dos, "mdy2"), rev(s.code), s.code, " ".join(s.mods), LDESC(s)[:50], units_str(s.units),
                m(s.billed)]

    def LDESC(s):
        return g.LONG_DESC.get(s.code, s.desc)

    def tots(y, c):
        sv = c["svcs"]
        tb = total(sv, "billed")
        allowed = total(sv, "allowed")
        adj = tb - allowed
        ins_pd = q(allowed * Decimal("0.80"))
        bal = tb - adj - ins_pd - c["ptpd"]
        doc.line(400, y - 8, 572, y - 8, 0.5)
        rows = [("Total charges", m(tb)), ("Insurance payments", m(-ins_pd, ",", "()")),
                ("Contractual adjustments", m(-adj, ",", "()")), ("Patient payments", m(-c["ptpd"], ",", "()")),
                ("Account balance", m(bal, "$"))]
        for i, (k, v) in enumerate(rows):
            doc.t(400, y + i * 11, k, 8, i in (0, 4))
            doc.t(572, y + i * 11, v, 8, i in (0, 4), "r")
        return y + 11 * len(rows)

    def cont(y, c):
        doc.t(40, y, f"Patient: {c['pat']}   Account no. {c['cid']}   (continued)", 9, True)
        return y + 14

    engine(doc=doc, b=b, masthead=masthead, claims=claims, spec=spec, labels=labels, cells=cells,
           printed=("billed",), row_tokens=lambda s, c: [dfmt(s.dos, "mdy2"), rev(s.code), s.code],
           claim_head=head, totals=tots, cont_head=cont, repeat_header=False,
           total_fields={"billed": "billed"},
           line_under=lambda yy: doc.line(40, yy - 6, 572, yy - 6, 0.4), bottom=700, hsize=7.5, size=8,
           step=12, claim_gap=16, head_h=30)
    paginate_footer(doc, "Page {i} of {n}", 572, 770, 7.5)
    paginate_footer(doc, "Financial assistance is available; ask us about it. Keep this statement for your "
                    "records.", 40, 770, 7, "l")
    return doc, b, "fpdf2", "hospital outpatient guarantor statement"


LAYOUTS = [("h133_c1_member_eob", lay_c1), ("h133_c2_member_eob", lay_c2), ("h133_ma_member_eob", lay_ma1),
           ("h133_msn_part_b", lay_msn), ("h133_mcd_ra", lay_mcd1), ("h133_mcd_status_report", lay_mcd2),
           ("h133_paper_remit", lay_spr), ("h133_clearinghouse_remit", lay_ch),
           ("h133_clinic_statement", lay_clinic), ("h133_hospital_statement", lay_hosp)]


def check(out: Path, name: str, b: B, pages: int) -> list[str]:
    errs = []
    pdf = out / f"{name}.pdf"
    pl = page_lines(pdf)
    if len(pl) != pages:
        errs.append(f"{name}: {len(pl)} pages, truth says {pages}")
    alltext = "\n".join("\n".join(p) for p in pl)
    allnums = {parse_money(w) for w in alltext.split()}
    for t in b.doc_tokens:
        if t not in alltext:
            errs.append(f"{name}: id/patient {t!r} not in text")
    for (page, toks, amounts, adjs, rmk), tl in zip(b.rows, b.lines):
        lines = pl[page - 1]
        hit = None
        for i, ln in enumerate(lines):
            if all(tk in ln for tk in toks) and (tl["code"] is None or tl["code"] in ln):
                vals = [parse_money(w) for w in ln.split()]
                if all(Decimal(a) in vals for a in amounts) and all(r in ln for r in rmk):
                    if tl["units"] is None or re.search(r"(^|[ x])" + re.escape(tl["units"]) + r"(\.0+)?( |$)",
                                                          ln) or tl["units"] in " ".join(lines[i:i + 2]):
                        if all(md in ln for md in tl["modifiers"]):
                            hit = i
                            break
        if hit is None:
            errs.append(f"{name}: p{page} row not found {toks} {amounts}")
            continue
        window = " ".join(lines[hit:hit + 4]).replace("-", "").replace(" ", "").replace("/", "")
        for code, a in adjs:
            if code not in window or (a is not None and str(abs(a)) not in window.replace(",", "")):
                errs.append(f"{name}: adj {code} {a} not near row {toks}")
    for what, lhs, rhs in b.arith:
        if q(lhs) != q(rhs):
            errs.append(f"{name}: arithmetic {what}: {lhs} != {rhs}")
    for tl in b.lines:
        def d(k):
            return Decimal(tl[k]) if tl[k] is not None else None
        if d("discount") is not None and d("allowed") is not None and d("not_covered") is not None:
            if d("billed") - d("discount") - d("not_covered") != d("allowed"):
                errs.append(f"{name}: billed-discount-not_covered != allowed {tl}")
        if d("deductible") is not None and d("copay") is not None and d("allowed") is not None:
            if d("allowed") - d("deductible") - d("copay") - d("coinsurance") != d("paid"):
                errs.append(f"{name}: allowed-share != paid {tl}")
    for c in b.claims:
        mine = [tl for tl in b.lines if tl["payer_claim_id"] == c["payer_claim_id"] and tl["claim_id"] == c["claim_id"]]
        for k, v in c["totals"].items():
            if v is None or any(tl[k] is None for tl in mine):
                if v is not None and Decimal(v) not in allnums:
                    errs.append(f"{name}: claim total {v} not printed")
                continue
            s = sum((Decimal(tl[k]) for tl in mine), ZERO)
            planted = any(f"claim {c['payer_claim_id'] or c['claim_id']}:" in f and f"total {v} " in f
                          for f in b.findings)
            if (s != Decimal(v)) != planted:
                errs.append(f"{name}: claim {c['payer_claim_id']} {k} total {v} vs lines {s} planted={planted}")
            if Decimal(v) not in allnums:
                errs.append(f"{name}: claim total {v} not printed")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    do_check = "--check" in argv
    if args:
        out = Path(args[0]).resolve()
    else:
        import tempfile
        out = Path(tempfile.mkdtemp(prefix="heldout133_"))
    if (ROOT / "samples").resolve() in [out, *out.parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    errs: list[str] = []
    nlines = 0
    for name, fn in LAYOUTS:
        doc, b, producer, desc = fn(out)
        path = out / f"{name}.pdf"
        (render_reportlab if producer == "reportlab" else render_fpdf)(doc, path, name)
        g.write_truth(path, name, producer, len(doc.pages), desc, b.lines, b.claims, b.legend, b.findings)
        nlines += len(b.lines)
        split = sum(1 for c in b.claims if len({tl["page"] for tl in b.lines if tl["claim_id"] == c["claim_id"]
                                                 and tl["payer_claim_id"] == c["payer_claim_id"]}) > 1)
        print(f"{name}: {producer}, {len(doc.pages)} pages, {len(b.lines)} lines, {len(b.claims)} claims, "
              f"{split} claim(s) running onto a next page")
        if do_check:
            errs += check(out, name, b, len(doc.pages))
    print(f"wrote {len(LAYOUTS)} PDFs ({nlines} service lines) to {out}")
    if do_check:
        for e in errs:
            print("CHECK FAIL:", e)
        print("check: " + ("OK" if not errs else f"{len(errs)} problems"))
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
