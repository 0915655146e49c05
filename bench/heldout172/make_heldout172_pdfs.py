"""Write HELD-OUT set 172 of synthetic PDF EOB layouts (with truth files) into a folder: an honest measurement
of the PDF reader on layouts written by an author who did not look at the reader.

Run:  python bench/heldout172/make_heldout172_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout172/make_heldout172_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Truth format: the one of samples/pdf (see
samples/pdf/eobgen.py): printed values only, null for what a layout does not print (units null where no
quantity is printed); claim_id = the provider's own account / patient-control / invoice / visit number,
payer_claim_id = the payer's claim number / ICN / TCN / reference, patient exactly as printed (the person who
got the service, never the subscriber or guarantor unless the same). Every name, number, payer, provider and
ID is invented; descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed date).

Layouts (two each of the five commonest kinds):
  c1  commercial member EOB, portrait DejaVu Sans (reportlab): "Claim Detail" per family member with "Your
      account no." / "Claim no.", columns "Date(s) / Service / Code / Amount billed / Plan discount / Plan
      allowance / Not covered / Deductible / Copay / Coinsurance / Plan paid / You owe / Msg", no units,
      3 family members, a denied line, message legend, table continues on page 2 with a "(continued)" heading
  c2  commercial member EOB, landscape Liberation Sans Narrow (fpdf2): boxed claims, "Patient / Provider /
      Patient acct # / Claim ID", "Svc dates / Proc / Mod / Qty / Charged / Savings / Eligible / Deductible /
      Copay / Coinsurance / Paid by plan / Member pays / Remark", date ranges "01/05/26-01/09/26", 4 members
  m1  Medicare Summary Notice Part B, portrait Liberation Serif (reportlab): page-1 summary sidebar + claims,
      services printed as "4 Therapeutic exercises (97110)" (count first, no modifiers), "Amount Provider
      Charged / Medicare-Approved Amount / Medicare Paid Provider / Maximum You May Be Billed / See Notes",
      date once per claim heading ("Date of service: Jan 5, 2026"), 3 pages (claims on pages 2-3)
  m2  Medicare Advantage member EOB, portrait DejaVu Serif (fpdf2): "Your Medical Claims This Month", per-claim
      block "Claim # / Provider / Patient", "Date / What you received / Provider charged / Plan-approved / Plan
      paid / You pay / Notes", code + mods before the wording "(97530 GO) ...", no units, monthly and YTD box
  d1  state Medicaid RA, landscape Courier (reportlab): mainframe style, "CLAIMS PAID / CLAIMS DENIED / CLAIMS
      ADJUSTED" sections, "RECIP NAME / RECIP ID / ICN / PAT ACCT", line "LN FROM-DOS TO-DOS PROC MOD MOD UNITS
      BILLED ALLOWED TPL PAID EOB", CARC "CO-45" + amount on the row, a reversal with trailing minus, 2 pages
  d2  state Medicaid managed-care RA, portrait DejaVu Sans Condensed (fpdf2): ruled table, "Member / Member
      ID / TCN / Patient Control No.", "DOS / Procedure-Mods / Qty / Billed / Allowed / Co-pay / Paid / Adj
      Group-Reason / Amt / Remark", Medicaid copay on some lines, denied lines, header repeated on page 2
  r1  Medicare-style paper remittance from a clearinghouse, portrait DejaVu Sans Mono (reportlab): "NAME / HIC /
      ACNT / ICN", "PERF PROV / SERV DATE / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT
      / PROV PD", further adjustments stacked on the text rows under the line, claim totals, "PT RESP",
      a claim continued on page 2 under a repeated header
  r2  practice-management "Remittance Detail" report, landscape Helvetica (fpdf2): ruled rows, "Payer claim #",
      "Acct", "Svc Date / CPT / Mods / Units / Charge / Allowed / Deduct / Coins / Copay / Adj Codes / Adj Amt /
      Paid", adjustment codes "CO45 PR2" with one combined amount column; truth adjustments with null amounts
  s1  therapy clinic family statement, portrait Liberation Serif (reportlab): guarantor statement with three
      children, "Date / Patient / Visit # / Description / CPT / Charge / Ins Paid / Ins Adj / Pt Paid /
      Balance", insurer claim number on the visit heading row, a patient payment row, aging boxes, tear-off stub
  s2  hospital outpatient family statement, landscape Liberation Sans (fpdf2): account per family member,
      "Rev / Date / Description / HCPCS / Mod / Qty / Charges" lines, insurance payments/adjustments as account
      rows (not per line), continued account on page 2 with "Account ... (continued)"

The self-check (--check) tests the factory, not the reader: every truth amount, code, modifier, units value,
remark and adjustment is on the SAME text row as its service in the page's text layer (pdfplumber), dates on
the row (or page, for heading-dated layouts), ids and patients on the page, page counts, billed - adjustments
= paid where every adjustment is printed, allowed - deductible - copay - coinsurance = paid for member EOBs,
and claim totals = sum of lines (printed in the document).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import eobgen  # noqa: E402
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
from kit172 import Doc, check_file, render_fpdf, render_reportlab, wrap  # noqa: E402

for code, fee, sched, desc in (
        ("97533", "92.00", "31.75", "Sensory integration activities"),
        ("97162", "235.00", "101.12", "PT evaluation, moderate complexity"),
        ("97018", "30.00", "5.12", "Paraffin bath"),
        ("99214", "225.00", "122.87", "Office visit, established, moderate"),
        ("A4556", "24.00", "13.16", "Electrodes, per pair"),
        ("97750", "115.00", "33.90", "Physical performance test"),
        ("G0283", "35.00", "10.37", "Electrical stimulation, unattended")):
    eobgen.FEE[code], eobgen.SCHED[code], eobgen.DESC[code] = fee, sched, desc

D = date
LETTER, LAND = (612.0, 792.0), (792.0, 612.0)


def S(d, code, u, mods=(), **kw):
    return Svc(d, code, u, tuple(mods), **kw)


# ------------------------------------------------------------------------------------------- table engine

class Table:
    """Columns: (heading lines, x, width, align, getter(svc, claim) -> str). One column may be 'wrap'."""

    def __init__(self, cols, font, bold, size, lead, head_size=None, wrapcol=None, rule=False, box_head=None):
        self.cols, self.font, self.bold, self.size, self.lead = cols, font, bold, size, lead
        self.head_size = head_size or size
        self.wrapcol, self.rule, self.box_head = wrapcol, rule, box_head

    def header(self, doc):
        nl = max(len(c[0]) for c in self.cols)
        top = doc.y
        if self.box_head is not None:
            x0 = self.cols[0][1] - 3
            x1 = max(c[1] + c[2] for c in self.cols) + 3
            doc.box(x0, top - 2, x1 - x0, nl * (self.head_size + 2) + 4, 0.4, self.box_head)
        for i in range(nl):
            y = top + (i + 1) * (self.head_size + 2) - 1
            for h, x, w, a, _ in self.cols:
                k = i - (nl - len(h))
                if k >= 0:
                    xx = x + w if a == "r" else x
                    doc.t(xx, y, h[k], self.bold, self.head_size, a)
        doc.y = top + nl * (self.head_size + 2) + 6
        if self.rule:
            doc.rule(self.cols[0][1], doc.y - 4, max(c[1] + c[2] for c in self.cols), doc.y - 4, 0.6)

    def row(self, doc, s, claim, extra=None):
        cells = []
        wrapped = [""]
        for i, (h, x, w, a, get) in enumerate(self.cols):
            txt = get(s, claim)
            if i == self.wrapcol:
                wrapped = wrap(txt, self.font, self.size, w)
                txt = wrapped[0]
            cells.append((x, w, a, txt))
        n = len(wrapped) + len(extra or [])
        doc.need(self.lead * n)
        y = doc.y + self.size
        page = doc.page
        for x, w, a, txt in cells:
            doc.t(x + w if a == "r" else x, y, txt, self.font, self.size, a)
        for k, more in enumerate(wrapped[1:], 1):
            h, x, w, a, _ = self.cols[self.wrapcol]
            doc.t(x, y + k * self.lead, more, self.font, self.size)
        doc.y += self.lead * len(wrapped)
        for xx, txt in extra or []:
            doc.t(xx, doc.y + self.size, txt, self.font, self.size)
            doc.y += self.lead
        if self.rule:
            doc.rule(self.cols[0][1], doc.y + 1, max(c[1] + c[2] for c in self.cols), doc.y + 1, 0.2)
            doc.y += 2
        return page


def run_claims(doc, table, claims, heading, footer_row, gap=8):
    """Draw each claim: heading, table header, rows (header + heading repeated after a page break), totals."""
    pages = {}
    state = {}

    def again(d):
        heading(d, state["claim"], True)
        table.header(d)

    for c in claims:
        state["claim"] = c
        doc.need(60)
        heading(doc, c, False)
        table.header(doc)
        doc.repeat = again
        for s in c["svcs"]:
            extra = c.get("extra", {}).get(id(s))
            pages[id(s)] = table.row(doc, s, c, extra)
        doc.repeat = None
        if footer_row:
            doc.need(14)
            footer_row(doc, c)
        doc.y += gap
    return pages


def truths(claims, pages, printed, **kw):
    out = []
    for c in claims:
        for s in c["svcs"]:
            adj = kw.get("adj", lambda s: [])(s)
            rem = kw.get("rem", lambda s: [])(s)
            out.append(truth_line(pages[id(s)], s, claim_id=c.get("acct"), payer_claim_id=c.get("icn"),
                                  patient=c.get("patient"), printed=printed, units=kw.get("units", True),
                                  modifiers=kw.get("mods", True), adjustments=adj, remarks=rem,
                                  description=False, service_end=s.end if kw.get("ends") else None))
    return out


def claim_rows(claims, fields):
    out = []
    for c in claims:
        tot = {k: None for k in ("billed", "allowed", "paid", "patient_owes")}
        for k in fields:
            tot[k] = total(c["svcs"], {"patient_owes": "owes"}.get(k, k))
        out.append({"claim_id": c.get("acct"), "payer_claim_id": c.get("icn"), "patient": c.get("patient"),
                    "totals": claim_totals(**tot)})
    return out


def save(doc, out, name, producer, kind, lines, claims, legend, check, findings=None):
    doc.finish()
    path = out / f"{name}.pdf"
    (render_reportlab if producer == "reportlab" else render_fpdf)(doc, path, kind)
    write_truth(path, name, producer, len(doc.pages), kind, lines, claims, legend, findings)
    import json
    p = Path(str(path) + ".truth.json")
    d = json.loads(p.read_text())
    d["check"] = check
    p.write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def m(d):
    return money(d, ",")


# ------------------------------------------------------------------------------------------- c1

def c1(out):
    F, B = "DejaVuSans", "DejaVuSans-Bold"
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), copay_codes={"99214": Decimal("35.00")})
    fam = [("Rosalind Quarrie", "QH-118804"), ("Tobias Quarrie", "QH-118811"), ("Ines Quarrie", "QH-118829")]
    claims = []
    plan = [
        (0, "N26-0114-77102", [S(D(2026, 1, 6), "97166", 1, ["GO"]), S(D(2026, 1, 6), "97530", 2, ["GO"]),
                                S(D(2026, 1, 8), "97535", 2, ["GO"]), S(D(2026, 1, 8), "97140", 1, ["GO", "59"])]),
        (1, "N26-0114-77139", [S(D(2026, 1, 7), "92523", 1, ["GN"]), S(D(2026, 1, 14), "92507", 1, ["GN"]),
                                S(D(2026, 1, 21), "92507", 1, ["GN"])]),
        (2, "N26-0121-80417", [S(D(2026, 1, 12), "99214", 1), S(D(2026, 1, 12), "97760", 1, ["GO"]),
                                S(D(2026, 1, 12), "L3807", 1, ["RT"]), S(D(2026, 1, 19), "0552T", 1, denied="PR"),
                                S(D(2026, 1, 19), "97110", 3, ["GO"]), S(D(2026, 1, 26), "97110", 2, ["GO"]),
                                S(D(2026, 1, 26), "97530", 2, ["GO", "KX"])]),
        (0, "N26-0128-82260", [S(D(2026, 1, 15), "97530", 3, ["GO"]), S(D(2026, 1, 22), "97533", 2, ["GO"]),
                                S(D(2026, 1, 22), "97112", 1, ["GO"])]),
    ]
    msg = {}
    for i, (who, icn, svcs) in enumerate(plan):
        for s in svcs:
            commercial(s, st)
            msg[id(s)] = ["N7"] if s.denied else (["A2"] if s.deductible else (["C4"] if s.copay else []))
        claims.append({"patient": fam[who][0], "acct": fam[who][1] + f"-{i + 1}", "icn": icn, "svcs": svcs,
                       "prov": ["Sparrowfield Pediatric Therapy", "Sparrowfield Pediatric Therapy",
                                "Larchmont Hand & Upper Limb Center", "Sparrowfield Pediatric Therapy"][i]})

    def furn(doc, pg):
        doc.t(40, 46, "BRIGHTWATER MUTUAL HEALTH PLAN", B, 13)
        doc.t(40, 60, "Explanation of Benefits  -  This is not a bill", F, 8.5)
        doc.t(572, 46, "Statement date: February 2, 2026", F, 8, "r")
        doc.t(572, 58, "Subscriber: Marguerite Quarrie   ID BWM 40-551-2093", F, 8, "r")
        doc.rule(40, 68, 572, 68, 1.2)
        if pg == 1:
            for k, t in enumerate(["Marguerite Quarrie", "2207 Hollis Creek Road", "Fenwick Falls, OR 97599"]):
                doc.t(40, 90 + k * 11, t, F, 9)
            doc.box(340, 80, 232, 54, 0.6, 0.93)
            doc.t(348, 94, "Group: Tamsin Freightways Employee Plan", F, 8)
            doc.t(348, 106, "Family deductible met: $1,480.00 of $3,000.00", F, 8)
            doc.t(348, 118, "Out-of-pocket met: $2,115.36 of $8,000.00", F, 8)
            doc.y = 150

    def foot(doc, pg, n):
        doc.t(40, 770, "Brightwater Mutual  |  PO Box 7713, Salt Vale, OR 97598  |  Member line 1-800-555-0172", F, 7)
        doc.t(572, 770, f"Page {pg} of {n}", F, 7, "r")

    doc = Doc(*LETTER, 80, 40, furn, foot)
    cols = [(["Date(s)"], 40, 44, "l", lambda s, c: dfmt(s.dos, "mdy2")),
            (["Service"], 86, 88, "l", lambda s, c: s.desc),
            (["Code"], 176, 50, "l", lambda s, c: " ".join((s.code,) + s.mods)),
            (["Amount", "billed"], 226, 38, "r", lambda s, c: m(s.billed)),
            (["Plan", "discount"], 266, 34, "r", lambda s, c: m(s.discount)),
            (["Plan", "allowance"], 302, 38, "r", lambda s, c: m(s.allowed)),
            (["Not", "covered"], 342, 34, "r", lambda s, c: m(s.not_covered)),
            (["Deduct-", "ible"], 378, 32, "r", lambda s, c: m(s.deductible)),
            (["Copay"], 412, 30, "r", lambda s, c: m(s.copay)),
            (["Coin-", "surance"], 444, 32, "r", lambda s, c: m(s.coinsurance)),
            (["Plan", "paid"], 478, 36, "r", lambda s, c: m(s.paid)),
            (["You", "owe"], 516, 36, "r", lambda s, c: m(s.owes)),
            (["Msg"], 556, 16, "l", lambda s, c: " ".join(msg[id(s)]))]
    tb = Table(cols, F, B, 6.6, 10, head_size=6.4, wrapcol=1, rule=True)

    def head(doc, c, cont):
        doc.need(40)
        doc.box(40, doc.y, 532, 28, 0.4, 0.88)
        doc.t(44, doc.y + 11, f"Claim Detail for {c['patient']}" + ("  (continued)" if cont else ""), B, 8.5)
        doc.t(44, doc.y + 23, f"Provider: {c['prov']}", F, 7.5)
        doc.t(568, doc.y + 11, f"Claim no. {c['icn']}", F, 7.5, "r")
        doc.t(568, doc.y + 23, f"Your account no. {c['acct']}", F, 7.5, "r")
        doc.y += 34

    def tot(doc, c):
        sv = c["svcs"]
        doc.t(86, doc.y + 8, "Claim totals", B, 6.6)
        for x, w, k in ((226, 38, "billed"), (266, 34, "discount"), (302, 38, "allowed"), (342, 34, "not_covered"),
                        (378, 32, "deductible"), (412, 30, "copay"), (444, 32, "coinsurance"), (478, 36, "paid"),
                        (516, 36, "owes")):
            doc.t(x + w, doc.y + 8, m(total(sv, k)), B, 6.6, "r")
        doc.y += 12

    pages = run_claims(doc, tb, claims, head, tot, gap=14)
    doc.need(70)
    doc.t(40, doc.y + 10, "Message codes", B, 8)
    legend = [("A2", "Part of this amount counts toward your yearly deductible."),
              ("C4", "A fixed copay applies to this office visit."),
              ("N7", "The plan does not cover this service; you may be billed for it.")]
    for k, (a, b) in enumerate(legend):
        doc.t(40, doc.y + 22 + k * 10, f"{a}  {b}", F, 7.5)
    lines = truths(claims, pages, ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                   "coinsurance", "paid", "patient_owes"), units=False, rem=lambda s: msg[id(s)])
    return save(doc, out, "h172_c1_member_eob", "reportlab", "commercial member EOB", lines,
                claim_rows(claims, ("billed", "allowed", "paid", "patient_owes")), legend,
                {"member_math": True})


# ------------------------------------------------------------------------------------------- c2

def c2(out):
    F, B = "LibNarrow", "LibNarrow-Bold"
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.10"), copay_codes={"97161": Decimal("40.00"),
                                                                                       "97162": Decimal("40.00")})
    fam = ["Okonkwo, Delphine", "Okonkwo, Ebere", "Okonkwo, Tamsin", "Okonkwo, Chidi"]
    spec = [
        (0, "7100-4458-21", "ACC00918",
         [S(D(2026, 1, 5), "97162", 1, ["GP"]), S(D(2026, 1, 5), "97110", 2, ["GP"]),
          S(D(2026, 1, 7), "97110", 3, ["GP"], end=D(2026, 1, 9)), S(D(2026, 1, 7), "97140", 2, ["GP", "59"],
                                                                    end=D(2026, 1, 9))]),
        (1, "7100-4458-37", "ACC00921", [S(D(2026, 1, 6), "97165", 1, ["GO"]), S(D(2026, 1, 13), "97530", 2, ["GO"]),
                                         S(D(2026, 1, 13), "97533", 2, ["GO"])]),
        (2, "7100-4459-02", "ACC00944", [S(D(2026, 1, 8), "92523", 1, ["GN"]),
                                         S(D(2026, 1, 15), "92507", 1, ["GN"], denied="CO")]),
        (3, "7100-4459-15", "ACC00950", [S(D(2026, 1, 12), "97161", 1, ["GP"]), S(D(2026, 1, 12), "97116", 2, ["GP"]),
                                         S(D(2026, 1, 14), "G0283", 1, ["GP"]), S(D(2026, 1, 14), "A4556", 2)]),
        (0, "7100-4460-88", "ACC00977", [S(D(2026, 1, 20), "97110", 2, ["GP", "CQ"]),
                                         S(D(2026, 1, 20), "97112", 2, ["GP", "CQ"]),
                                         S(D(2026, 1, 22), "97140", 1, ["GP", "CQ"]),
                                         S(D(2026, 1, 22), "97018", 1, ["GP"])]),
    ]
    claims, rem = [], {}
    for who, icn, acct, svcs in spec:
        for s in svcs:
            commercial(s, st, deny_reason="96")
            rem[id(s)] = ["X14"] if s.denied else (["D01"] if s.deductible else [])
        claims.append({"patient": fam[who], "acct": acct, "icn": icn, "svcs": svcs,
                       "prov": "Cedar Lantern Rehabilitation PLLC" if who != 2 else "Wrenfield Speech Studio"})

    def furn(doc, pg):
        doc.box(30, 24, 732, 34, 0, 0.85)
        doc.t(40, 46, "HARBORLINE HEALTH ALLIANCE", B, 15)
        doc.t(752, 38, "EXPLANATION OF BENEFITS", B, 10, "r")
        doc.t(752, 51, "Member: Augustine Okonkwo   Member ID HHA-772-40916   Processed 01/30/26", F, 8.5, "r")
        doc.y = 72 if pg > 1 else 72
        if pg == 1:
            doc.t(40, 80, "Augustine Okonkwo  ·  41 Pell Orchard Lane  ·  Dunmore Ridge, KS 66899", F, 9)
            doc.t(40, 94, "Below is how we processed recent claims for you and the people on your plan. Keep this"
                  " notice for your records.", F, 8.5)
            doc.y = 106

    def foot(doc, pg, n):
        doc.rule(30, 584, 762, 584, 0.4)
        doc.t(30, 596, "Questions? Call Member Services 1-888-555-0139 (TTY 711).  Harborline Health Alliance, "
              "500 Quay Street, Port Amsel, KS 66801", F, 7.5)
        doc.t(762, 596, f"Page {pg} / {n}", F, 7.5, "r")

    doc = Doc(*LAND, 72, 36, furn, foot)

    def dts(s, c):
        return dfmt(s.dos, "mdy2") + (("-" + dfmt(s.end, "mdy2")) if s.end else "")

    cols = [(["Svc dates"], 40, 78, "l", dts), (["Proc"], 122, 34, "l", lambda s, c: s.code),
            (["Mod"], 158, 40, "l", lambda s, c: " ".join(s.mods)), (["Qty"], 200, 18, "r", lambda s, c: units_str(s.units)),
            (["Description"], 226, 120, "l", lambda s, c: s.desc),
            (["Charged"], 350, 44, "r", lambda s, c: m(s.billed)), (["Savings"], 398, 40, "r", lambda s, c: m(s.discount)),
            (["Eligible"], 442, 42, "r", lambda s, c: m(s.allowed)),
            (["Deductible"], 488, 42, "r", lambda s, c: m(s.deductible)),
            (["Copay"], 534, 34, "r", lambda s, c: m(s.copay)),
            (["Coinsurance"], 572, 46, "r", lambda s, c: m(s.coinsurance)),
            (["Paid by plan"], 622, 46, "r", lambda s, c: m(s.paid)),
            (["Member pays"], 672, 46, "r", lambda s, c: m(s.owes)),
            (["Remark"], 724, 30, "l", lambda s, c: " ".join(rem[id(s)]))]
    tb = Table(cols, F, B, 8, 11.5, wrapcol=4, box_head=0.93)

    def head(doc, c, cont):
        doc.need(50)
        doc.box(34, doc.y, 724, 26, 0.7)
        doc.t(40, doc.y + 11, f"Patient: {c['patient']}", B, 9)
        doc.t(250, doc.y + 11, f"Provider: {c['prov']}", F, 8.5)
        doc.t(40, doc.y + 22, f"Patient acct # {c['acct']}", F, 8.5)
        doc.t(250, doc.y + 22, f"Claim ID {c['icn']}" + ("   continued from previous page" if cont else ""), F, 8.5)
        doc.y += 32

    def tot(doc, c):
        sv = c["svcs"]
        doc.rule(350, doc.y + 1, 718, doc.y + 1, 0.4)
        doc.t(226, doc.y + 11, "Total for this claim", B, 8)
        for (x, w, k) in ((350, 44, "billed"), (398, 40, "discount"), (442, 42, "allowed"), (488, 42, "deductible"),
                          (534, 34, "copay"), (572, 46, "coinsurance"), (622, 46, "paid"), (672, 46, "owes")):
            doc.t(x + w, doc.y + 11, m(total(sv, k)), B, 8, "r")
        doc.y += 16

    pages = run_claims(doc, tb, claims, head, tot, gap=12)
    legend = [("D01", "Applied to the deductible for this plan year."),
              ("X14", "Not payable: the plan limit for this service was reached; provider may not bill you.")]
    doc.need(40)
    for k, (a, b) in enumerate(legend):
        doc.t(40, doc.y + 10 + k * 11, f"{a} - {b}", F, 8)
    lines = truths(claims, pages, ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid",
                                   "patient_owes"), rem=lambda s: rem[id(s)], ends=True)
    return save(doc, out, "h172_c2_member_eob_land", "fpdf2", "commercial member EOB", lines,
                claim_rows(claims, ("billed", "allowed", "paid", "patient_owes")), legend, {"member_math": True})


# ------------------------------------------------------------------------------------------- m1

def m1(out):
    F, B = "LibSerif", "LibSerif-Bold"
    st = PlanState(ded_left=Decimal("85.00"))
    pt = "GWENDOLYN A. FARROWBY"
    spec = [("Thornbury Outpatient Therapy", "26-012-44871-09", D(2026, 1, 5),
             [S(D(2026, 1, 5), "97161", 1), S(D(2026, 1, 5), "97110", 2), S(D(2026, 1, 5), "97140", 1)]),
            ("Thornbury Outpatient Therapy", "26-012-45190-11", D(2026, 1, 9),
             [S(D(2026, 1, 9), "97110", 3), S(D(2026, 1, 9), "97112", 2), S(D(2026, 1, 9), "G0283", 1)]),
            ("Pemberly Hand Clinic", "26-016-50233-02", D(2026, 1, 12),
             [S(D(2026, 1, 12), "99213", 1), S(D(2026, 1, 12), "97760", 2), S(D(2026, 1, 12), "L3807", 1),
              S(D(2026, 1, 12), "0552T", 1, denied="PR")]),
            ("Thornbury Outpatient Therapy", "26-020-47702-05", D(2026, 1, 16),
             [S(D(2026, 1, 16), "97110", 2), S(D(2026, 1, 16), "97530", 2), S(D(2026, 1, 16), "97116", 2),
              S(D(2026, 1, 16), "97140", 1), S(D(2026, 1, 16), "97018", 1)]),
            ("Thornbury Outpatient Therapy", "26-027-49315-08", D(2026, 1, 23),
             [S(D(2026, 1, 23), "97750", 1), S(D(2026, 1, 23), "97110", 3), S(D(2026, 1, 23), "97112", 2),
              S(D(2026, 1, 23), "97530", 1), S(D(2026, 1, 23), "G0283", 1)])]
    claims, notes = [], {}
    for prov, icn, dd, svcs in spec:
        for s in svcs:
            medicare(s, st)
            s.owes = s.owes  # maximum you may be billed
            notes[id(s)] = ["C"] if s.denied else (["A", "B"] if s.deductible else ["B"])
        claims.append({"patient": pt, "acct": None, "icn": icn, "svcs": svcs, "prov": prov, "date": dd})

    def furn(doc, pg):
        doc.t(50, 50, "Medicare Summary Notice for Part B (Medical Insurance)", B, 14)
        doc.t(50, 64, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
              F, 8.5)
        doc.t(562, 50, f"{pt}", B, 9, "r")
        doc.t(562, 62, "Medicare Number XXXXXXX4K72", F, 8.5, "r")
        doc.rule(50, 72, 562, 72, 1.5)
        doc.y = 84

    def foot(doc, pg, n):
        doc.t(50, 770, "THIS IS NOT A BILL", B, 8)
        doc.t(562, 770, f"Page {pg} of {n}", F, 8, "r")

    doc = Doc(*LETTER, 84, 40, furn, foot)
    # page 1: summary sidebar and address
    doc.t(50, 100, pt, F, 10)
    doc.t(50, 112, "84 WILLET MARSH ROAD", F, 10)
    doc.t(50, 124, "GRAYSHORE ME 04999-2210", F, 10)
    doc.t(50, 150, "Dates of Service: January 1 - March 31, 2026", B, 10)
    doc.box(330, 92, 232, 210, 0.8)
    side = ["Your Deductible Status", "Your deductible is what you must pay", "for most health services before",
            "Medicare begins to pay.", "", "Part B Deductible: You have now met", "$198.00 of your $283.00",
            "deductible for 2026.", "", "Total You May Be Billed", f"${total([s for c in claims for s in c['svcs']],'owes'):,.2f}",
            "", "Did Medicare Approve All Services?", "NO - See pages for details."]
    for k, t in enumerate(side):
        doc.t(338, 108 + k * 13, t, B if k in (0, 9, 12) else F, 9.5)
    doc.t(50, 180, "Be Informed!", B, 10)
    for k, t in enumerate(wrap("Look for your claims on the next pages. Check that you got the services listed "
                               "and call the provider if you have questions about a charge. Report suspected fraud "
                               "to 1-800-555-0143.", F, 9.5, 260)):
        doc.t(50, 194 + k * 12, t, F, 9.5)
    doc.new_page()
    doc.t(50, doc.y + 6, "Your Claims & Costs This Period", B, 12)
    doc.y += 18

    cols = [(["Service Provided & Billing Code"], 50, 190, "l", lambda s, c: f"{units_str(s.units)} {s.desc} ({s.code})"),
            (["Amount", "Provider", "Charged"], 244, 60, "r", lambda s, c: money(s.billed)),
            (["Medicare-", "Approved", "Amount"], 308, 60, "r", lambda s, c: money(s.allowed)),
            (["Medicare", "Paid", "Provider"], 372, 60, "r", lambda s, c: money(s.paid)),
            (["Maximum You", "May Be", "Billed"], 436, 66, "r", lambda s, c: money(s.owes)),
            (["See", "Notes"], 512, 40, "l", lambda s, c: ", ".join(notes[id(s)]))]
    tb = Table(cols, F, B, 9, 13, head_size=8.5, wrapcol=0, rule=True)

    def head(doc, c, cont):
        doc.need(60)
        doc.t(50, doc.y + 10, f"{c['prov']}" + (" (continued)" if cont else ""), B, 10)
        doc.t(50, doc.y + 22, f"Date of service: {dfmt(c['date'], 'mon')}", F, 9)
        doc.t(300, doc.y + 22, f"Claim Number: {c['icn']}", F, 9)
        doc.y += 30

    def tot(doc, c):
        sv = c["svcs"]
        doc.t(50, doc.y + 10, "Total for this claim", B, 9)
        for x, w, k in ((244, 60, "billed"), (308, 60, "allowed"), (372, 60, "paid"), (436, 66, "owes")):
            doc.t(x + w, doc.y + 10, money(total(sv, k)), B, 9, "r")
        doc.y += 14

    pages = run_claims(doc, tb, claims, head, tot, gap=16)
    legend = [("A", "This amount counts toward your Part B deductible."),
              ("B", "Medicare pays 80% of the approved amount after the deductible; the rest is yours."),
              ("C", "Medicare does not pay for this item; you signed a notice saying you would pay.")]
    doc.need(60)
    doc.t(50, doc.y + 10, "Notes for Claims Above", B, 10)
    for k, (a, b) in enumerate(legend):
        doc.t(50, doc.y + 24 + k * 12, f"{a}  {b}", F, 9)
    lines = truths(claims, pages, ("billed", "allowed", "paid", "patient_owes"), mods=False,
                   rem=lambda s: notes[id(s)])
    return save(doc, out, "h172_m1_msn_partb", "reportlab", "Medicare Summary Notice", lines,
                claim_rows(claims, ("billed", "allowed", "paid", "patient_owes")), legend,
                {"date_on_row": False})


# ------------------------------------------------------------------------------------------- m2

def m2(out):
    F, B = "DejaVuSerif", "DejaVuSerif-Bold"
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.74"))
    pt = "Bartholomew K. Seddon"
    spec = [("Quillmont Rehab Associates", "MA26010800417", "QRA-55102",
             [S(D(2026, 1, 8), "97163", 1, ["GP"]), S(D(2026, 1, 8), "97110", 2, ["GP"])]),
            ("Quillmont Rehab Associates", "MA26011500982", "QRA-55177",
             [S(D(2026, 1, 15), "97110", 2, ["GP"]), S(D(2026, 1, 15), "97530", 2, ["GP"]),
              S(D(2026, 1, 15), "97140", 1, ["GP", "59"])]),
            ("Marrow Lane Speech & Swallow", "MA26012001355", "ML-3309",
             [S(D(2026, 1, 20), "92526", 1, ["GN"]), S(D(2026, 1, 27), "92526", 1, ["GN"]),
              S(D(2026, 1, 27), "92507", 1, ["GN"], denied="CO")]),
            ("Quillmont Rehab Associates", "MA26012901774", "QRA-55260",
             [S(D(2026, 1, 29), "97110", 3, ["GP", "KX"]), S(D(2026, 1, 29), "97112", 1, ["GP", "KX"]),
              S(D(2026, 1, 29), "G0283", 1, ["GP"])])]
    claims, notes = [], {}
    for prov, icn, acct, svcs in spec:
        for s in svcs:
            commercial(s, st, deny_reason="119")
            notes[id(s)] = ["4"] if s.denied else (["1"] if s.copay else [])
        claims.append({"patient": pt, "acct": None, "icn": icn, "svcs": svcs, "prov": prov})

    def furn(doc, pg):
        doc.t(48, 44, "Silverpine Senior Advantage (HMO)", B, 12)
        doc.t(48, 57, "Explanation of Benefits for " + pt, F, 8.5)
        doc.t(564, 44, "Member ID SP4410278-01", F, 8.5, "r")
        doc.t(564, 57, "Claims processed in January 2026", F, 8.5, "r")
        doc.rule(48, 64, 564, 64, 0.8)
        doc.y = 74

    def foot(doc, pg, n):
        doc.t(48, 772, "Silverpine Health Plans is an HMO plan with a Medicare contract.  H9921_EOB26_M", F, 6.5)
        doc.t(564, 772, f"Page {pg} of {n}", F, 7, "r")

    doc = Doc(*LETTER, 74, 40, furn, foot)
    allsv = [s for c in claims for s in c["svcs"]]
    doc.box(48, 80, 516, 58, 0.6, 0.94)
    doc.t(56, 94, "Your plan totals", B, 9)
    doc.t(200, 94, "This month", B, 8.5)
    doc.t(320, 94, "Year to date", B, 8.5)
    doc.t(56, 108, "Plan paid", F, 8.5)
    doc.t(200, 108, money(total(allsv, "paid")), F, 8.5)
    doc.t(320, 108, money(total(allsv, "paid")), F, 8.5)
    doc.t(56, 122, "You paid or owe", F, 8.5)
    doc.t(200, 122, money(total(allsv, "owes")), F, 8.5)
    doc.t(320, 122, money(total(allsv, "owes")), F, 8.5)
    doc.t(56, 134, "Your max out-of-pocket for 2026 is $4,900.00.", F, 7.5)
    doc.y = 150
    doc.t(48, doc.y + 10, "Your Medical Claims This Month", B, 11)
    doc.y += 20

    cols = [(["Date"], 48, 50, "l", lambda s, c: dfmt(s.dos, "mdy4")),
            (["What you received"], 100, 160, "l", lambda s, c: f"({' '.join((s.code,) + s.mods)}) {s.desc}"),
            (["Provider", "charged"], 262, 56, "r", lambda s, c: money(s.billed)),
            (["Plan-", "approved"], 322, 56, "r", lambda s, c: money(s.allowed)),
            (["Plan", "paid"], 382, 56, "r", lambda s, c: money(s.paid)),
            (["You", "pay"], 442, 50, "r", lambda s, c: money(s.owes)),
            (["Notes"], 504, 50, "l", lambda s, c: " ".join(notes[id(s)]))]
    tb = Table(cols, F, B, 7.8, 11, head_size=7.8, wrapcol=1, rule=True)

    def head(doc, c, cont):
        doc.need(56)
        doc.rule(48, doc.y, 564, doc.y, 1.0)
        doc.t(48, doc.y + 12, f"Claim # {c['icn']}" + ("  - continued" if cont else ""), B, 8.5)
        doc.t(250, doc.y + 12, f"Provider: {c['prov']}", F, 8)
        doc.t(48, doc.y + 24, f"Patient: {c['patient']}", F, 8)
        doc.t(250, doc.y + 24, "Status: Processed", F, 8)
        doc.y += 30

    def tot(doc, c):
        sv = c["svcs"]
        doc.t(100, doc.y + 9, "Claim total", B, 7.8)
        for x, w, k in ((262, 56, "billed"), (322, 56, "allowed"), (382, 56, "paid"), (442, 50, "owes")):
            doc.t(x + w, doc.y + 9, money(total(sv, k)), B, 7.8, "r")
        doc.y += 14

    pages = run_claims(doc, tb, claims, head, tot, gap=12)
    legend = [("1", "Your office-visit copay for therapy applies once per day."),
              ("4", "This service needed approval before it was given; the provider may not bill you.")]
    doc.need(40)
    doc.t(48, doc.y + 10, "Notes", B, 9)
    for k, (a, b) in enumerate(legend):
        doc.t(48, doc.y + 22 + k * 11, f"{a}   {b}", F, 8)
    lines = truths(claims, pages, ("billed", "allowed", "paid", "patient_owes"), units=False,
                   rem=lambda s: notes[id(s)])
    return save(doc, out, "h172_m2_ma_member_eob", "fpdf2", "Medicare Advantage member EOB", lines,
                claim_rows(claims, ("billed", "allowed", "paid", "patient_owes")), legend, {})


# ------------------------------------------------------------------------------------------- d1

def d1(out):
    F, B = "Courier", "Courier-Bold"
    mk = lambda *a, **k: medicaid(S(*a, **k))  # noqa: E731
    sections = [
        ("CLAIMS PAID", [
            ("HOLLOWAY, JUNIPER", "M00418827", "2602600114500", "HW1187",
             [mk(D(2026, 1, 6), "97165", 1, ["GO"]), mk(D(2026, 1, 6), "97530", 2, ["GO"]),
              mk(D(2026, 1, 13), "97530", 3, ["GO"]), mk(D(2026, 1, 13), "97535", 1, ["GO", "59"])]),
            ("ABERNATHY, SOLOMON", "M00592240", "2602600114517", "AB2290",
             [mk(D(2026, 1, 7), "92523", 1, ["GN"]), mk(D(2026, 1, 14), "92507", 1, ["GN"]),
              mk(D(2026, 1, 21), "92507", 1, ["GN"]), mk(D(2026, 1, 28), "92507", 1, ["GN"])]),
            ("PEREGRINE, MAISIE", "M00617703", "2602600114522", "PG0412",
             [mk(D(2026, 1, 8), "97161", 1, ["GP"]), mk(D(2026, 1, 8), "97110", 2, ["GP"]),
              mk(D(2026, 1, 15), "97110", 2, ["GP"]), mk(D(2026, 1, 15), "97112", 2, ["GP"]),
              mk(D(2026, 1, 22), "97116", 2, ["GP"]), mk(D(2026, 1, 22), "97140", 1, ["GP"])])]),
        ("CLAIMS DENIED", [
            ("HOLLOWAY, JUNIPER", "M00418827", "2602600114539", "HW1193",
             [mk(D(2026, 1, 20), "97533", 2, ["GO"], denied="CO"), mk(D(2026, 1, 20), "97168", 1, ["GO"], denied="CO")])]),
        ("CLAIMS ADJUSTED", []),
    ]
    orig = [S(D(2025, 12, 9), "97530", 2, ["GO"]), S(D(2025, 12, 9), "97110", 1, ["GO"])]
    for s in orig:
        medicaid(s)
    rev = [negate(s) for s in orig]
    new = [medicaid(S(D(2025, 12, 9), "97530", 3, ["GO"])), medicaid(S(D(2025, 12, 9), "97110", 1, ["GO"]))]
    sections[2][1].extend([("QUINCE, ARLO", "M00730016", "2602600090012", "QA0871", rev),
                           ("QUINCE, ARLO", "M00730016", "2602600114544", "QA0871", new)])
    eob = {}
    for _, cl in sections:
        for c in cl:
            for s in c[4]:
                eob[id(s)] = ["0218"] if s.denied else (["0901"] if s in rev else [])
    claims = []

    def furn(doc, pg):
        doc.t(30, 30, "STATE OF NEW CALDERA  MEDICAL ASSISTANCE PROGRAM", B, 9)
        doc.t(30, 41, "REMITTANCE ADVICE  PROVIDER 000784412  BLUEHERON CHILD THERAPY GROUP", F, 8)
        doc.t(762, 30, f"RA NUMBER 0000918204   PAGE {pg:4d}", F, 8, "r")
        doc.t(762, 41, "RUN DATE 02/03/26   WARRANT 44019921", F, 8, "r")
        doc.t(30, 52, "-" * 128, F, 8)
        doc.y = 58

    doc = Doc(*LAND, 58, 30, furn, None)
    doc.t(30, 70, "BLUEHERON CHILD THERAPY GROUP", F, 8)
    doc.t(30, 80, "9 TANNERY ROW SUITE 4", F, 8)
    doc.t(30, 90, "OSTRANDER NC 28999", F, 8)
    doc.y = 100

    def amt(d):
        return money(d, "", "trail")

    cols = [(["LN"], 30, 14, "r", lambda s, c: str(c["svcs"].index(s) + 1)),
            (["FROM-DOS"], 54, 50, "l", lambda s, c: dfmt(s.dos, "mdy6")),
            (["TO-DOS"], 110, 50, "l", lambda s, c: dfmt(s.dos, "mdy6")),
            (["PROC"], 164, 36, "l", lambda s, c: s.code), (["MOD"], 204, 20, "l", lambda s, c: (s.mods + ("",))[0]),
            (["MOD"], 228, 20, "l", lambda s, c: (s.mods + ("", ""))[1]),
            (["UNITS"], 252, 36, "r", lambda s, c: f"{s.units:.2f}" if s.units > 0 else f"{abs(s.units):.2f}-"),
            (["BILLED"], 296, 60, "r", lambda s, c: amt(s.billed)), (["ALLOWED"], 362, 60, "r", lambda s, c: amt(s.allowed)),
            (["TPL"], 428, 40, "r", lambda s, c: "0.00"), (["PAID"], 474, 60, "r", lambda s, c: amt(s.paid)),
            (["ADJ"], 544, 130, "l", lambda s, c: " ".join(f"{g}-{r} {amt(a)}" for g, r, a in s.adjs)),
            (["EOB"], 690, 40, "l", lambda s, c: " ".join(eob[id(s)]))]
    tb = Table(cols, F, B, 7.5, 10)

    def head(doc, c, cont):
        doc.need(40)
        doc.t(30, doc.y + 9, f"RECIP NAME {c['patient']:<22} RECIP ID {c['rid']}   ICN {c['icn']}   PAT ACCT {c['acct']}"
              + ("   (CONT)" if cont else ""), F, 7.5)
        doc.y += 12

    def tot(doc, c):
        sv = c["svcs"]
        doc.t(30, doc.y + 9, f"{'CLAIM TOTAL':>38}", F, 7.5)
        doc.t(356, doc.y + 9, amt(total(sv, "billed")), F, 7.5, "r")
        doc.t(422, doc.y + 9, amt(total(sv, "allowed")), F, 7.5, "r")
        doc.t(534, doc.y + 9, amt(total(sv, "paid")), F, 7.5, "r")
        doc.y += 12

    pages = {}
    for title, cl in sections:
        doc.need(50)
        doc.t(30, doc.y + 12, f"*** {title} ***", B, 9)
        doc.y += 18
        cs = [{"patient": a, "rid": b, "icn": i, "acct": p, "svcs": sv} for a, b, i, p, sv in cl]
        claims.extend(cs)
        pages.update(run_claims(doc, tb, cs, head, tot, gap=6))
    allsv = [s for c in claims for s in c["svcs"]]
    doc.need(40)
    doc.t(30, doc.y + 12, f"PAYMENT SUMMARY   CLAIMS {len(claims)}   BILLED {amt(total(allsv, 'billed'))}   "
          f"PAID {amt(total(allsv, 'paid'))}   NET WARRANT {amt(total(allsv, 'paid'))}", B, 8)
    legend = [("0218", "Service not on the approved treatment plan for this recipient."),
              ("0901", "Earlier payment taken back; see replacement claim.")]
    doc.t(30, doc.y + 26, "EOB CODE DESCRIPTIONS", B, 8)
    for k, (a, b) in enumerate(legend):
        doc.t(30, doc.y + 36 + k * 10, f"{a}  {b.upper()}", F, 7.5)
    lines = truths(claims, pages, ("billed", "allowed", "paid"), adj=lambda s: s.adjs, rem=lambda s: eob[id(s)])
    return save(doc, out, "h172_d1_medicaid_ra_courier", "reportlab", "state Medicaid remittance advice", lines,
                claim_rows(claims, ("billed", "allowed", "paid")), legend, {"full_adjustments": True})


# ------------------------------------------------------------------------------------------- d2

def d2(out):
    F, B = "DejaVuCond", "DejaVuCond-Bold"

    def mk(*a, copay="0", **k):
        s = medicaid(S(*a, **k))
        c = Decimal(copay)
        if c and not s.denied:
            s.copay, s.paid, s.owes = c, s.paid - c, c
            s.adjs.append(("PR", "3", c))
        return s

    spec = [("Lindqvist, Posy", "87330412", "2026013000441", "PCN-60113",
             [mk(D(2026, 1, 5), "97166", 1, ["GO"], copay="3.00"), mk(D(2026, 1, 5), "97530", 2, ["GO"]),
              mk(D(2026, 1, 12), "97530", 2, ["GO"], copay="3.00"), mk(D(2026, 1, 12), "97533", 2, ["GO"]),
              mk(D(2026, 1, 19), "97530", 2, ["GO"], copay="3.00"), mk(D(2026, 1, 19), "97535", 2, ["GO", "59"])]),
            ("Lindqvist, Arne", "87330429", "2026013000458", "PCN-60114",
             [mk(D(2026, 1, 6), "92523", 1, ["GN"]), mk(D(2026, 1, 13), "92507", 1, ["GN"]),
              mk(D(2026, 1, 20), "92507", 1, ["GN"]), mk(D(2026, 1, 27), "92507", 1, ["GN"], denied="CO")]),
            ("Mbeki-Hart, Zola", "87512266", "2026013000462", "PCN-60131",
             [mk(D(2026, 1, 7), "97162", 1, ["GP"]), mk(D(2026, 1, 7), "97110", 3, ["GP"]),
              mk(D(2026, 1, 14), "97110", 2, ["GP"]), mk(D(2026, 1, 14), "97140", 2, ["GP", "59"]),
              mk(D(2026, 1, 21), "97112", 2, ["GP"]), mk(D(2026, 1, 21), "A4556", 1)]),
            ("Castellanos, Remy", "87640051", "2026013000479", "PCN-60140",
             [mk(D(2026, 1, 9), "97165", 1, ["GO"], denied="CO"), mk(D(2026, 1, 16), "97165", 1, ["GO"]),
              mk(D(2026, 1, 16), "97168", 1, ["GO"]), mk(D(2026, 1, 23), "97530", 3, ["GO"]),
              mk(D(2026, 1, 23), "97110", 1, ["GO"])]),
            ("Lindqvist, Posy", "87330412", "2026013000486", "PCN-60152",
             [mk(D(2026, 1, 26), "97530", 2, ["GO"], copay="3.00"), mk(D(2026, 1, 26), "97533", 2, ["GO"]),
              mk(D(2026, 1, 28), "97530", 2, ["GO"], copay="3.00"), mk(D(2026, 1, 28), "97535", 1, ["GO"]),
              mk(D(2026, 1, 30), "97530", 2, ["GO"], copay="3.00"), mk(D(2026, 1, 30), "97112", 1, ["GO"])])]
    rk = {}
    claims = []
    for pt, mid, tcn, pcn, svcs in spec:
        for s in svcs:
            rk[id(s)] = ["N362"] if s.denied else (["M15"] if s.code == "97533" else [])
        claims.append({"patient": pt, "mid": mid, "icn": tcn, "acct": pcn, "svcs": svcs})

    def furn(doc, pg):
        doc.box(36, 28, 540, 40, 0.9)
        doc.t(44, 44, "Prairie Commons Health Partners", B, 12)
        doc.t(44, 58, "A managed care plan serving the New Caldera Medical Assistance Program", F, 7.5)
        doc.t(568, 44, "Provider Remittance Advice", B, 10, "r")
        doc.t(568, 58, f"Check/EFT # 0004418873   Paid 01/30/2026   Page {pg}", F, 7.5, "r")
        doc.y = 80

    doc = Doc(*LETTER, 80, 40, furn, None)
    doc.t(36, 92, "Payee: Kestrel Bay Pediatric Rehab   NPI 1790000042   Tax ID XX-XXX7710", F, 8)
    doc.y = 100

    cols = [(["DOS"], 40, 44, "l", lambda s, c: dfmt(s.dos, "mdy4")),
            (["Procedure-Mods"], 88, 64, "l", lambda s, c: "-".join((s.code,) + s.mods)),
            (["Qty"], 154, 18, "r", lambda s, c: units_str(s.units)),
            (["Billed"], 176, 44, "r", lambda s, c: m(s.billed)), (["Allowed"], 222, 44, "r", lambda s, c: m(s.allowed)),
            (["Co-pay"], 268, 32, "r", lambda s, c: m(s.copay)), (["Paid"], 302, 44, "r", lambda s, c: m(s.paid)),
            (["Adj Group-Reason / Amt"], 354, 150, "l",
             lambda s, c: "  ".join(f"{g}-{r} {m(a)}" for g, r, a in s.adjs)),
            (["Remark"], 516, 50, "l", lambda s, c: " ".join(rk[id(s)]))]
    tb = Table(cols, F, B, 7.5, 11, rule=True, box_head=0.9)

    def head(doc, c, cont):
        doc.need(48)
        doc.t(40, doc.y + 10, f"Member: {c['patient']}", B, 8.5)
        doc.t(200, doc.y + 10, f"Member ID: {c['mid']}", F, 8)
        doc.t(330, doc.y + 10, f"TCN: {c['icn']}", F, 8)
        doc.t(40, doc.y + 21, f"Patient Control No.: {c['acct']}", F, 8)
        doc.t(330, doc.y + 21, "Claim status: " + ("Paid" if any(s.paid for s in c["svcs"]) else "Denied")
              + (" (continued)" if cont else ""), F, 8)
        doc.y += 28

    def tot(doc, c):
        sv = c["svcs"]
        doc.t(88, doc.y + 9, "Claim totals", B, 7.5)
        for x, w, k in ((176, 44, "billed"), (222, 44, "allowed"), (268, 32, "copay"), (302, 44, "paid")):
            doc.t(x + w, doc.y + 9, m(total(sv, k)), B, 7.5, "r")
        doc.y += 14

    pages = run_claims(doc, tb, claims, head, tot, gap=10)
    legend = [("N362", "Units exceed what this program allows for the day."),
              ("M15", "Paid as part of another service on the same date.")]
    doc.need(40)
    doc.t(36, doc.y + 10, "Remark codes on this remittance", B, 8)
    for k, (a, b) in enumerate(legend):
        doc.t(36, doc.y + 21 + k * 10, f"{a}: {b}", F, 7.5)
    lines = truths(claims, pages, ("billed", "allowed", "copay", "paid"), adj=lambda s: s.adjs,
                   rem=lambda s: rk[id(s)])
    return save(doc, out, "h172_d2_medicaid_mco_ra", "fpdf2", "state Medicaid remittance advice", lines,
                claim_rows(claims, ("billed", "allowed", "paid")), legend, {"full_adjustments": True})


# ------------------------------------------------------------------------------------------- r1

def r1(out):
    F, B = "DejaVuMono", "DejaVuMono-Bold"
    st = PlanState(ded_left=Decimal("40.00"))
    spec = [("VANTERPOOL, EDITH", "1EG4TE5MK72", "OTC-10233", "0226025113400",
             [S(D(2026, 1, 5), "97165", 1, ["GO"]), S(D(2026, 1, 5), "97530", 2, ["GO"]),
              S(D(2026, 1, 7), "97535", 2, ["GO"]), S(D(2026, 1, 7), "97112", 1, ["GO", "59"])]),
            ("MACALLISTER, HUGH", "3HN7WQ2PD18", "OTC-10247", "0226025113512",
             [S(D(2026, 1, 6), "97161", 1, ["GP"]), S(D(2026, 1, 6), "97110", 3, ["GP", "KX"]),
              S(D(2026, 1, 8), "97140", 2, ["GP", "CQ"]), S(D(2026, 1, 8), "G0283", 1, ["GP"]),
              S(D(2026, 1, 13), "97116", 2, ["GP", "CQ"]), S(D(2026, 1, 13), "97110", 2, ["GP", "CQ"]),
              S(D(2026, 1, 15), "97018", 1, ["GP"], denied="CO"), S(D(2026, 1, 15), "97110", 2, ["GP", "CQ"])]),
            ("ODUYA, PRISCILLA", "5KR2MM9XT40", "OTC-10251", "0226025113677",
             [S(D(2026, 1, 9), "92523", 1, ["GN"]), S(D(2026, 1, 16), "92507", 1, ["GN"])]),
            ("TREMAINE, WALLACE", "7WB3HQ6NC55", "OTC-10266", "0226025113790",
             [S(D(2026, 1, 12), "97163", 1, ["GP"]), S(D(2026, 1, 12), "97110", 2, ["GP"]),
              S(D(2026, 1, 14), "97110", 3, ["GP"]), S(D(2026, 1, 14), "97140", 1, ["GP", "59"]),
              S(D(2026, 1, 19), "97110", 2, ["GP", "CQ"]), S(D(2026, 1, 19), "97112", 2, ["GP", "CQ"]),
              S(D(2026, 1, 21), "97110", 2, ["GP", "CQ"]), S(D(2026, 1, 21), "97530", 1, ["GP", "CQ"]),
              S(D(2026, 1, 26), "97110", 2, ["GP", "KX"]), S(D(2026, 1, 26), "97116", 2, ["GP", "KX"]),
              S(D(2026, 1, 28), "97750", 1, ["GP"]), S(D(2026, 1, 28), "97110", 2, ["GP", "KX"])])]
    claims = []
    for pt, hic, acct, icn, svcs in spec:
        for s in svcs:
            medicare(s, st, deny_reason="96")
        claims.append({"patient": pt, "hic": hic, "acct": acct, "icn": icn, "svcs": svcs})

    def furn(doc, pg):
        doc.t(36, 34, "CLEARWAVE EDI SERVICES - STANDARD PAPER REMITTANCE (from 835)", B, 8)
        doc.t(36, 45, "PAYER: NORTHERN PLAINS MEDICARE ADMINISTRATIVE CONTRACTOR (J-X)", F, 7.5)
        doc.t(576, 34, f"PAGE #: {pg}", F, 7.5, "r")
        doc.t(576, 45, "DATE: 02/04/2026", F, 7.5, "r")
        doc.t(36, 56, "PROVIDER #: 7741902    NPI: 1831000097    CHECK/EFT #: 551020488", F, 7.5)
        doc.t(36, 67, "PAYEE: RIVERGATE OUTPATIENT REHAB LLC", F, 7.5)
        doc.rule(36, 72, 576, 72, 0.6)
        doc.y = 76

    doc = Doc(*LETTER, 76, 36, furn, None)

    def a(d):
        return money(d, "")

    cols = [(["PERF PROV"], 36, 56, "l", lambda s, c: "1831000097"),
            (["SERV DATE"], 94, 62, "l", lambda s, c: f"{s.dos:%m%d} {s.dos:%m%d%y}"),
            (["POS"], 158, 16, "l", lambda s, c: "11"), (["NOS"], 176, 24, "r", lambda s, c: units_str(s.units)),
            (["PROC"], 204, 30, "l", lambda s, c: s.code),
            (["MODS"], 236, 46, "l", lambda s, c: " ".join(s.mods)),
            (["BILLED"], 284, 44, "r", lambda s, c: a(s.billed)), (["ALLOWED"], 330, 44, "r", lambda s, c: a(s.allowed)),
            (["DEDUCT"], 376, 38, "r", lambda s, c: a(s.deductible)), (["COINS"], 416, 36, "r", lambda s, c: a(s.coinsurance)),
            (["GRP/RC-AMT"], 456, 74, "l", lambda s, c: f"{s.adjs[0][0]}-{s.adjs[0][1]} {a(s.adjs[0][2])}"),
            (["PROV PD"], 532, 44, "r", lambda s, c: a(s.paid))]
    tb = Table(cols, F, B, 6.6, 9.5)

    def head(doc, c, cont):
        doc.need(40)
        doc.t(36, doc.y + 9, f"NAME {c['patient']:<20} HIC {c['hic']}  ACNT {c['acct']}  ICN {c['icn']}  ASG Y  MOA MA01"
              + (" CONT" if cont else ""), F, 6.6)
        doc.y += 12

    for c in claims:
        c["extra"] = {id(s): [(456, f"{g}-{r} {a(x)}") for g, r, x in s.adjs[1:]] for s in c["svcs"]}

    def tot(doc, c):
        sv = c["svcs"]
        doc.t(36, doc.y + 9, f"PT RESP {a(total(sv, 'owes'))}", F, 6.6)
        doc.t(200, doc.y + 9, "CLAIM TOTALS", F, 6.6)
        for x, w, k in ((284, 44, "billed"), (330, 44, "allowed"), (376, 38, "deductible"), (416, 36, "coinsurance"),
                        (532, 44, "paid")):
            doc.t(x + w, doc.y + 9, a(total(sv, k)), F, 6.6, "r")
        doc.t(36, doc.y + 19, f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00  NET "
              f"{a(total(sv, 'paid'))}", F, 6.6)
        doc.y += 24

    pages = run_claims(doc, tb, claims, head, tot, gap=8)
    # lines with stacked adjustments: only the first adjustment shares the row; the truth carries all of them,
    # the check is relaxed for this layout by splitting the first onto the row (see check_on_row below)
    lines = truths(claims, pages, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                   adj=lambda s: s.adjs)
    allsv = [s for c in claims for s in c["svcs"]]
    doc_pages_before = len(doc.pages)
    doc.need(50)
    doc.t(36, doc.y + 10, f"TOTALS: # OF CLAIMS {len(claims)}  BILLED AMT {a(total(allsv, 'billed'))}  ALLOWED AMT "
          f"{a(total(allsv, 'allowed'))}  PROV PD AMT {a(total(allsv, 'paid'))}  CHECK AMT {a(total(allsv, 'paid'))}",
          B, 6.6)
    doc.t(36, doc.y + 24, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", B, 6.6)
    legend = [("CO", "Contractual obligation"), ("PR", "Patient responsibility"), ("MA01", "Appeal rights notice")]
    for k, (x, y) in enumerate(legend):
        doc.t(36, doc.y + 34 + k * 9, f"{x:<6}{y}", F, 6.6)
    del doc_pages_before
    return save(doc, out, "h172_r1_clearinghouse_spr", "reportlab", "Medicare-style paper remittance", lines,
                claim_rows(claims, ("billed", "allowed", "paid")), legend,
                {"full_adjustments": True, "stacked_adjustments": True})


# ------------------------------------------------------------------------------------------- r2

def r2(out):
    F, B = "Helvetica", "Helvetica-Bold"
    st = PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.20"))
    spec = [("Fairweather, Otto", "V-220418", "E26020311027",
             [S(D(2026, 1, 12), "97110", 2, ["GP", "KX"]), S(D(2026, 1, 12), "97140", 1, ["GP", "59"]),
              S(D(2026, 1, 14), "97110", 2, ["GP", "KX"]), S(D(2026, 1, 14), "97530", 1, ["GP"])]),
            ("Nakashima, Ruth", "V-220433", "E26020311035",
             [S(D(2026, 1, 13), "97166", 1, ["GO"]), S(D(2026, 1, 13), "97535", 2, ["GO"]),
              S(D(2026, 1, 20), "97530", 3, ["GO"]), S(D(2026, 1, 20), "97760", 1, ["GO"]),
              S(D(2026, 1, 27), "L3807", 1, ["LT"])]),
            ("Delacourt, Ansel", "V-220456", "E26020311049",
             [S(D(2026, 1, 15), "92523", 1, ["GN"]), S(D(2026, 1, 22), "92507", 1, ["GN"]),
              S(D(2026, 1, 29), "92507", 1, ["GN"], denied="CO")]),
            ("Fairweather, Otto", "V-220479", "E26020311056",
             [S(D(2026, 1, 19), "97110", 3, ["GP", "KX"]), S(D(2026, 1, 19), "97112", 1, ["GP"]),
              S(D(2026, 1, 21), "97110", 2, ["GP", "KX"]), S(D(2026, 1, 21), "G0283", 1, ["GP"]),
              S(D(2026, 1, 26), "97116", 2, ["GP"]), S(D(2026, 1, 26), "97140", 2, ["GP", "59"])])]
    claims = []
    for pt, acct, icn, svcs in spec:
        for s in svcs:
            medicare(s, st, sequestration=False, deny_reason="151")
        claims.append({"patient": pt, "acct": acct, "icn": icn, "svcs": svcs})

    def furn(doc, pg):
        doc.t(36, 36, "OakLedger Practice Manager", B, 12)
        doc.t(36, 50, "Remittance Detail - Electronic Remittance Advice posted 02/05/2026", F, 8.5)
        doc.t(756, 36, "Practice: Ashgrove Rehabilitation Partners", F, 8.5, "r")
        doc.t(756, 50, "Payer: Keystone Crest Medicare Supplement Administrators   Trace 88211907", F, 8.5, "r")
        doc.rule(36, 58, 756, 58, 1.0)
        doc.y = 66

    def foot(doc, pg, n):
        doc.t(36, 590, "Printed by user bkell  02/05/2026 14:12", F, 7)
        doc.t(756, 590, f"Page {pg} of {n}", F, 7, "r")

    doc = Doc(*LAND, 66, 36, furn, foot)
    a = lambda d: money(d, ",", "()")  # noqa: E731

    def codes(s):
        return " ".join(f"{g}{r}" for g, r, _ in s.adjs)

    cols = [(["Svc Date"], 40, 52, "l", lambda s, c: dfmt(s.dos, "mdy4")),
            (["CPT"], 96, 34, "l", lambda s, c: s.code), (["Mods"], 132, 40, "l", lambda s, c: ",".join(s.mods)),
            (["Units"], 174, 26, "r", lambda s, c: f"{s.units:.1f}"),
            (["Description"], 208, 150, "l", lambda s, c: s.desc),
            (["Charge"], 362, 50, "r", lambda s, c: a(s.billed)), (["Allowed"], 416, 50, "r", lambda s, c: a(s.allowed)),
            (["Deduct"], 470, 40, "r", lambda s, c: a(s.deductible)), (["Coins"], 514, 44, "r", lambda s, c: a(s.coinsurance)),
            (["Adj Codes"], 566, 70, "l", lambda s, c: codes(s)),
            (["Adj Amt"], 640, 50, "r", lambda s, c: a(sum((x for _, _, x in s.adjs), ZERO))),
            (["Paid"], 700, 50, "r", lambda s, c: a(s.paid))]
    tb = Table(cols, F, B, 8, 12, wrapcol=4, rule=True)

    def head(doc, c, cont):
        doc.need(44)
        doc.box(36, doc.y, 720, 16, 0, 0.9)
        doc.t(40, doc.y + 11, f"Patient: {c['patient']}    Acct: {c['acct']}    Payer claim #: {c['icn']}"
              + ("    (continued)" if cont else ""), B, 8.5)
        doc.y += 20

    def tot(doc, c):
        sv = c["svcs"]
        doc.t(208, doc.y + 9, "Claim total", B, 8)
        for x, w, k in ((362, 50, "billed"), (416, 50, "allowed"), (470, 40, "deductible"), (514, 44, "coinsurance"),
                        (700, 50, "paid")):
            doc.t(x + w, doc.y + 9, a(total(sv, k)), B, 8, "r")
        doc.y += 14

    pages = run_claims(doc, tb, claims, head, tot, gap=10)
    legend = [("CO45", "Charge above the fee schedule; write off"), ("PR1", "Deductible"),
              ("PR2", "Coinsurance"), ("CO151", "Frequency not supported by the payer")]
    doc.need(30)
    doc.t(36, doc.y + 10, "Code key: " + ";  ".join(f"{x} = {y}" for x, y in legend), F, 7.5)
    lines = truths(claims, pages, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                   adj=lambda s: [(g, r, None) for g, r, _ in s.adjs])
    return save(doc, out, "h172_r2_pm_remit_detail", "fpdf2", "practice-management remittance report", lines,
                claim_rows(claims, ("billed", "allowed", "paid")), legend, {})


# ------------------------------------------------------------------------------------------- s1

def s1(out):
    F, B = "LibSerif", "LibSerif-Bold"
    st = PlanState(ded_left=Decimal("0"), visit_copay=Decimal("20.00"))
    kids = ["Hazel Brightwell", "Oren Brightwell", "Juno Brightwell"]
    spec = [(0, "VST-30418", "BX7724190", [S(D(2025, 12, 2), "97165", 1, ["GO"]), S(D(2025, 12, 2), "97530", 2, ["GO"])]),
            (1, "VST-30422", "BX7724233", [S(D(2025, 12, 3), "92523", 1, ["GN"])]),
            (0, "VST-30467", "BX7729015", [S(D(2025, 12, 9), "97530", 3, ["GO"]), S(D(2025, 12, 9), "97533", 1, ["GO"])]),
            (2, "VST-30471", "BX7729102", [S(D(2025, 12, 10), "97162", 1, ["GP"]), S(D(2025, 12, 10), "97110", 2, ["GP"])]),
            (1, "VST-30490", "BX7731876", [S(D(2025, 12, 10), "92507", 1, ["GN"])]),
            (2, "VST-30512", "BX7733340", [S(D(2025, 12, 17), "97110", 2, ["GP"]), S(D(2025, 12, 17), "97112", 1, ["GP"]),
                                           S(D(2025, 12, 17), "97018", 1, ["GP"], denied="PR")]),
            (0, "VST-30533", "BX7735518", [S(D(2025, 12, 16), "97530", 2, ["GO"]), S(D(2025, 12, 16), "97535", 1, ["GO"])])]
    claims = []
    for who, visit, icn, svcs in spec:
        for s in svcs:
            commercial(s, st)
        claims.append({"patient": kids[who], "acct": visit, "icn": icn, "svcs": svcs})

    def furn(doc, pg):
        doc.t(44, 48, "Little Fern Pediatric Therapy", B, 16)
        doc.t(44, 62, "1180 Mossgate Avenue, Suite 200  ·  Brenhaven, WI 53999  ·  (608) 555-0188", F, 8.5)
        doc.t(568, 48, "PATIENT STATEMENT", B, 11, "r")
        doc.t(568, 62, "Guarantor account 004471", F, 8.5, "r")
        doc.rule(44, 70, 568, 70, 0.8)
        doc.y = 80

    def foot(doc, pg, n):
        doc.t(306, 774, f"Page {pg} of {n}  -  Please keep this portion for your records", F, 7.5, "c")

    doc = Doc(*LETTER, 80, 40, furn, foot)
    allsv = [s for c in claims for s in c["svcs"]]
    paid_by_pt = Decimal("40.00")
    due = total(allsv, "owes") - paid_by_pt
    # tear-off stub
    doc.box(330, 84, 238, 74, 0.8)
    for k, (lab, r) in enumerate([("Statement date", "01/31/2026"), ("Account number", "004471"),
                                ("Amount due", money(due)), ("Due by", "02/20/2026"), ("Amount enclosed", "$________")]):
        doc.t(338, 98 + k * 13, lab, F, 9)
        doc.t(560, 98 + k * 13, r, B if k == 2 else F, 9, "r")
    for k, t in enumerate(["Lorna & Felix Brightwell", "312 Pinecastle Drive", "Brenhaven, WI 53998"]):
        doc.t(44, 100 + k * 12, t, F, 10)
    doc.t(44, 150, "Insurance on file: Meridale Family Health (commercial)", F, 8.5)
    doc.rule(44, 166, 568, 166, 0.4)
    doc.t(306, 176, "- - - - - - - detach and return the top portion with your payment - - - - - - -", F, 7.5, "c")
    doc.y = 186

    cols = [(["Date"], 44, 50, "l", lambda s, c: dfmt(s.dos, "mdy4")),
            (["Description"], 96, 150, "l", lambda s, c: s.desc),
            (["CPT"], 250, 50, "l", lambda s, c: s.code + " " + " ".join(s.mods)),
            (["Charge"], 304, 46, "r", lambda s, c: m(s.billed)),
            (["Ins Paid"], 354, 46, "r", lambda s, c: m(s.paid)),
            (["Ins Adj"], 404, 46, "r", lambda s, c: m(s.discount + (s.not_covered if s.denied == "CO" else ZERO))),
            (["Pt Paid"], 454, 40, "r", lambda s, c: "0.00"),
            (["Balance"], 498, 60, "r", lambda s, c: m(s.owes))]
    tb = Table(cols, F, B, 8.5, 12, wrapcol=1, rule=True)

    def head(doc, c, cont):
        doc.need(40)
        doc.t(44, doc.y + 11, f"Visit # {c['acct']}   Patient: {c['patient']}   Meridale claim {c['icn']}"
              + ("  (cont.)" if cont else ""), B, 8.5)
        doc.y += 15

    pages = {}
    first = True
    for c in claims:
        doc.need(50)
        if first:
            tb.header(doc)
            first = False
        head(doc, c, False)
        doc.repeat = lambda d, c=c: (tb.header(d), head(d, c, True))
        for s in c["svcs"]:
            pages[id(s)] = tb.row(doc, s, c)
        doc.repeat = None
        doc.y += 4
    doc.need(60)
    doc.t(96, doc.y + 11, "01/08/2026  Payment - thank you (check 2214)", F, 8.5)
    doc.t(494, doc.y + 11, "(40.00)", F, 8.5, "r")
    doc.y += 20
    for k, (lab, v) in enumerate([("Current", "0.00"), ("31-60 days", m(due)), ("61-90 days", "0.00"),
                                ("Over 90", "0.00"), ("Amount due", m(due))]):
        doc.box(44 + k * 105, doc.y, 100, 30, 0.6)
        doc.t(50 + k * 105, doc.y + 12, lab, F, 8)
        doc.t(138 + k * 105, doc.y + 25, v, B, 9, "r")
    doc.y += 40
    lines = truths(claims, pages, ("billed", "paid", "patient_owes"), units=False)
    return save(doc, out, "h172_s1_clinic_family_statement", "reportlab", "therapy clinic family statement", lines,
                [{"claim_id": c["acct"], "payer_claim_id": c["icn"], "patient": c["patient"], "totals": claim_totals()}
                 for c in claims], [], {})


# ------------------------------------------------------------------------------------------- s2

def s2(out):
    F, B = "LibSans", "LibSans-Bold"
    fam = [("Teodora Vasquez-Lund", "HB20250912", "Aldergrove Care Plan", "ACP-88120344"),
           ("Marek Vasquez-Lund", "HB20251107", "Aldergrove Care Plan", "ACP-88129917"),
           ("Ilse Vasquez-Lund", "HB20251233", "Aldergrove Care Plan", "ACP-88134401")]
    rev = {"97": "0434", "92": "0444", "L3": "0274", "99": "0510", "G0": "0424", "A4": "0270"}

    def rc(code):
        for k, v in rev.items():
            if code.startswith(k):
                return "0424" if code in ("97161", "97162", "97163", "97110", "97112", "97116", "97140", "97018",
                                          "97750", "G0283") else v
        return "0430"
    accts = [
        (0, [S(D(2025, 11, 3), "97165", 1, ["GO"]), S(D(2025, 11, 3), "97530", 2, ["GO"]),
             S(D(2025, 11, 10), "97530", 2, ["GO"]), S(D(2025, 11, 10), "97535", 2, ["GO"]),
             S(D(2025, 11, 17), "97530", 3, ["GO"]), S(D(2025, 11, 17), "97760", 1, ["GO"]),
             S(D(2025, 11, 17), "L3807", 1, ["RT"]), S(D(2025, 11, 24), "97530", 2, ["GO"]),
             S(D(2025, 11, 24), "97112", 1, ["GO"])]),
        (1, [S(D(2025, 11, 5), "99213", 1), S(D(2025, 11, 5), "97161", 1, ["GP"]), S(D(2025, 11, 12), "97110", 3, ["GP"]),
             S(D(2025, 11, 12), "97140", 1, ["GP", "59"]), S(D(2025, 11, 19), "97110", 2, ["GP"]),
             S(D(2025, 11, 19), "G0283", 1, ["GP"]), S(D(2025, 11, 19), "A4556", 1),
             S(D(2025, 11, 26), "97110", 2, ["GP"]), S(D(2025, 11, 26), "97116", 2, ["GP"]),
             S(D(2025, 11, 26), "97140", 1, ["GP", "59"]), S(D(2025, 11, 26), "97750", 1, ["GP"])]),
        (2, [S(D(2025, 11, 6), "92523", 1, ["GN"]), S(D(2025, 11, 13), "92507", 1, ["GN"]),
             S(D(2025, 11, 20), "92507", 1, ["GN"]), S(D(2025, 11, 27), "92526", 1, ["GN"])])]
    claims = []
    for who, svcs in accts:
        claims.append({"patient": fam[who][0], "acct": fam[who][1], "icn": fam[who][3], "svcs": svcs,
                       "plan": fam[who][2]})

    def furn(doc, pg):
        doc.t(36, 40, "ST. AUDRIC'S CHILDREN'S HOSPITAL", B, 14)
        doc.t(36, 54, "Outpatient Rehabilitation Services  ·  Patient Financial Services  ·  PO Box 4410, Calloway, "
              "MN 55999", F, 8)
        doc.t(756, 40, "Family Account Statement", B, 11, "r")
        doc.t(756, 54, "Guarantor: Paulo Vasquez-Lund   Guarantor no. G-3300471", F, 8, "r")
        doc.rule(36, 62, 756, 62, 0.8)
        doc.y = 72

    def foot(doc, pg, n):
        doc.t(36, 592, "Questions about this statement? Call 1-877-555-0106, Monday-Friday 8am-6pm.", F, 7.5)
        doc.t(756, 592, f"Page {pg} of {n}", F, 7.5, "r")

    doc = Doc(*LAND, 72, 36, furn, foot)
    # sidebar on page 1
    doc.box(600, 72, 156, 120, 0.7, 0.93)
    side = [("Statement date", "02/06/2026")]
    ins_pay = {}
    grand = ZERO
    for c in claims:
        b = total(c["svcs"], "billed")
        p = q2(b * Decimal("0.61"))
        adj = q2(b * Decimal("0.27"))
        ins_pay[c["acct"]] = (p, adj, b - p - adj)
        grand += b - p - adj
    side += [("Total now due", money(grand)), ("Please pay by", "03/01/2026")]
    for k, (lab, v) in enumerate(side):
        doc.t(608, 90 + k * 28, lab, F, 8.5)
        doc.t(748, 104 + k * 28, v, B, 10, "r")
    doc.t(608, 180, "Pay online: pay.staudric.example", F, 7)
    for k, t in enumerate(["Paulo Vasquez-Lund", "77 Ferrier Bluff Court", "Calloway, MN 55998"]):
        doc.t(40, 96 + k * 13, t, F, 10)
    for k, t in enumerate(wrap("Your insurance has processed the visits below. The balance shown is what remains "
                               "after your plan's payment and our contracted discount. Payment plans are available; "
                               "call us before the due date if you need one.", F, 9, 500)):
        doc.t(40, 150 + k * 12, t, F, 9)

    cols = [(["Rev"], 40, 28, "l", lambda s, c: rc(s.code)), (["Date"], 72, 56, "l", lambda s, c: dfmt(s.dos, "mdy4")),
            (["Description"], 132, 200, "l", lambda s, c: s.desc),
            (["HCPCS"], 340, 40, "l", lambda s, c: s.code), (["Mod"], 384, 40, "l", lambda s, c: " ".join(s.mods)),
            (["Qty"], 428, 24, "r", lambda s, c: units_str(s.units)), (["Charges"], 460, 60, "r", lambda s, c: m(s.billed))]
    tb = Table(cols, F, B, 8.5, 12.5, rule=False, box_head=0.88)

    def head(doc, c, cont):
        doc.need(50)
        doc.t(40, doc.y + 11, f"Patient: {c['patient']}    Account {c['acct']}" + ("  (continued)" if cont else ""),
              B, 9)
        doc.t(40, doc.y + 23, f"Insurance: {c['plan']}   Claim no. {c['icn']}", F, 8.5)
        doc.y += 29

    def tot(doc, c):
        p, adj, bal = ins_pay[c["acct"]]
        b = total(c["svcs"], "billed")
        for k, (lab, v) in enumerate([("Total charges", m(b)), (f"Payment - {c['plan']}", m(-p)),
                                    ("Contractual adjustment", m(-adj)), ("Account balance", m(bal))]):
            doc.need(13)
            doc.t(132, doc.y + 10, lab, B if k in (0, 3) else F, 8.5)
            doc.t(520, doc.y + 10, v, B if k in (0, 3) else F, 8.5, "r")
            doc.y += 12.5

    # keep the table left of the sidebar on page 1 by starting below it
    doc.y = 200
    pages = run_claims(doc, tb, claims, head, tot, gap=14)
    lines = truths(claims, pages, ("billed",))
    return save(doc, out, "h172_s2_hospital_family_statement", "fpdf2", "hospital family statement", lines,
                claim_rows(claims, ("billed",)), [], {})


def q2(d):
    return d.quantize(Decimal("0.01"))


LAYOUTS = [c1, c2, m1, m2, d1, d2, r1, r2, s1, s2]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout172_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    made = [f(out) for f in LAYOUTS]
    print(out)
    if "--check" not in argv:
        return 0
    import json
    bad = 0
    for p in made:
        errs = check_file(p)
        tr = json.loads(Path(str(p) + ".truth.json").read_text())
        spans = {}
        for ln in tr["lines"]:
            spans.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
        cont = sum(1 for v in spans.values() if len(v) > 1)
        pts = len({ln["patient"] for ln in tr["lines"]})
        print(f"{p.name}: {tr['producer']} pages={tr['pages']} lines={len(tr['lines'])} claims={len(tr['claims'])} "
              f"patients={pts} claims-over-page-break={cont} -> {'OK' if not errs else 'FAIL'}")
        for e in errs[:12]:
            print("   ", e)
        bad += bool(errs)
    total_cont = 0
    for p in made:
        tr = json.loads(Path(str(p) + ".truth.json").read_text())
        spans = {}
        for ln in tr["lines"]:
            spans.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
        total_cont += any(len(v) > 1 for v in spans.values())
    if total_cont < 3:
        print(f"only {total_cont} files carry a claim across a page break (need 3)")
        bad += 1
    print("check:", "PASS" if not bad else f"FAIL ({bad})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
