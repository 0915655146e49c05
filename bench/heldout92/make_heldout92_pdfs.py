"""Write held-out set 92 of synthetic PDF EOB layouts (with truth files) into a folder: an honest measurement of
the PDF reader on house styles nobody developing it has seen (sets 1-91 came earlier).

Run:  python bench/heldout92/make_heldout92_pdfs.py OUT_DIR            (writes 10 PDFs + truth files)
      python bench/heldout92/make_heldout92_pdfs.py OUT_DIR --check    (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs. Truth format: samples/pdf/eobgen.py's write_truth
(``<name>.pdf.truth.json``), printed values only, null where a layout does not print a value (units included);
claim_id = the provider's own account / patient-control / visit number, payer_claim_id = the payer's claim
number / ICN / TCN / reference, patient = the person served, exactly as printed. Adjustment codes only where
printed with group and reason; statement "insurance adjustment" columns (no code printed) are the truth
discount. Remark / note / EOB codes printed on the line are its remarks. Every name, number, payer, provider,
address and ID is invented; descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed
creation date, no randomness).

Layouts (two of each of the five commonest real kinds):
  a1  commercial member EOB, "Statement of claims processed", reportlab portrait Liberation Sans: family of 3,
      per-claim boxed heads (patient + relationship, provider, Claim ID, patient account), "Provider charged /
      Plan discount / Not covered / Plan allowance / Deductible / Copay / Coinsurance / Plan paid / You owe /
      Note", a denied line, note legend, claim runs on to page 2 with "(continued)" and repeated column heads
  a2  commercial member EOB, fpdf2 landscape DejaVu Serif: "What your provider billed / Your plan's rate / Not
      covered / Plan paid / Deductible / Copay / Coinsurance / What you owe", "97110-GP" codes, 3 members,
      ruled rows, claim totals, page 2 opens with "continued from previous page" then the next claim's head
  b1  Medicare Summary Notice Part B, fpdf2 portrait DejaVu Sans: dashboard box, claim heads per provider with
      claim number, "Service Approved? / Amount Provider Charged / Medicare-Approved Amount / Medicare Paid /
      Maximum You May Be Billed / See Notes" with date+code text per row, notes section
  b2  Medicare Advantage member EOB (monthly), reportlab portrait core Times: "Provider's charge / Plan's
      allowed amount / Plan paid / Your share", claim number + provider per claim, a denied service, year-to-date
      box, notes legend, reminders box on every page
  c1  state Medicaid remittance advice, fpdf2 landscape core Courier (monospace): "PAID CLAIMS" / "DENIED
      CLAIMS" / "ADJUSTED CLAIMS" sections, ICN + RECIP ID + PAT ACCT heads, FROM/TO DOS MMDDYY, UNITS 4.000,
      four-digit EOB codes, a void (credit) with trailing minus, header repeated on each page
  c2  state Medicaid managed-care RA, reportlab landscape Liberation Sans Narrow: boxed claim bars with TCN and
      member, "Ln / Svc From / Svc To / Proc / Mod / Qty / Charged / Allowed / Copay / Paid / ARC / RARC",
      CARC as "CO 45" + amount, a denied claim, claim splits across pages with heads repeated
  d1  Medicare-style standard paper remit from a clearinghouse print, fpdf2 portrait DejaVu Sans Mono: NAME/HIC/
      ACNT/ICN/ASG/MOA heads, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT
      PROV PD", "0105 010526" dates, glued "97530GO", stacked group codes, CLAIM TOTALS / NET rows, glossary
  d2  practice-management "Payment Posting Detail" ERA print, reportlab landscape DejaVu Sans Condensed:
      patient / acct / payer claim # per row, "DOS / CPT / Mod / Units / Charge / Allowed / Deduct / Coins /
      Adj Code / Adj Amt / Paid", reversal with leading minus, shaded header repeated
  e1  therapy clinic family statement, reportlab portrait Liberation Serif: guarantor address box, "Date /
      Patient / Description / CPT / Charges / Ins. Payments / Ins. Adjustments / Balance" for 3 children with
      visit sub-heads (visit # = claim_id, full name), first name in the Patient column, aging strip, one page
  e2  hospital outpatient-rehab family statement, fpdf2 portrait Liberation Sans: per-visit heads with hospital
      account # and insurer claim #, "Date / Rev / HCPCS / Description / Qty / Charges / Insurance Paid /
      Adjustments / You Owe", long wrapped descriptions, 2 family members, first account runs onto page 2 with a
      "(continued)" head and repeated column heads; PLANTED account-total
      mismatch

--check tests the factory, never the reader: page counts; every truth amount, code, modifier, units value and
date is on one text row of its page (pdfplumber words grouped by baseline), adjustments and remarks on that row
or the four below; ids and patients printed on or before the line's page; billed - discount - not covered =
allowed; allowed - deductible - copay - coinsurance (- sequestration) = paid; billed - adjustments = paid where
printed; statement charge - adjustment - insurance paid = balance; claim totals = sum of lines (printed too)
unless declared as a planted mismatch, which must really mismatch; at least three files carry a claim whose
rows continue onto the next page.
"""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (FIXED_WHEN, LONG_DESC, PlanState, Svc, commercial, medicaid, medicare, money,  # noqa: E402
                    negate, q, total, truth_line, units_str, write_truth)
from h92kit import Doc, check_file, render_fpdf, render_reportlab, wrap  # noqa: E402

D = date
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
AMT = {"billed": "billed", "discount": "discount", "not_covered": "not_covered", "allowed": "allowed",
       "deductible": "deductible", "copay": "copay", "coinsurance": "coinsurance", "paid": "paid",
       "owes": "patient_owes"}


def svcs(spec, proc, **kw):
    out = []
    for t in spec:
        dos, code, u = t[0], t[1], t[2]
        mods = t[3] if len(t) > 3 else ()
        den = t[4] if len(t) > 4 else None
        s = Svc(dos, code, Decimal(str(u)), tuple(mods), denied=den)
        out.append(proc(s, **kw) if kw else proc(s))
    return out


class Layout:
    """A table-flowing EOB: cfg decides furniture, columns and claim heads; truth follows what is printed."""

    def __init__(self, name, producer, size, font, fsize, lh, top=60, bottom=50):
        self.name, self.producer = name, producer
        self.doc = Doc(size[0], size[1], top, bottom, font, fsize)
        self.lh = lh
        self.lines: list[dict] = []
        self.claims: list[dict] = []
        self.split_claims = 0

    def flow_claim(self, claim, cols, cell, head_fn, cont_fn=None, after_row=None, desc_col=None, wrapn=40,
                   totals_fn=None, adj_col=None, printed=(), units=True, mods=True, desc=True, remarks_fn=None):
        d = self.doc
        head_fn(d, claim)
        pages = set()
        for s in claim["svcs"]:
            extra = 0
            dl = wrap(s.desc, wrapn) if desc_col is not None else [""]
            adj_lines = [f"{g}-{c} {money(a, ',')}" for g, c, a in s.adjs] if adj_col is not None else [""]
            extra = max(len(dl), len(adj_lines)) - 1
            if d.ensure(self.lh * (1 + extra)) and cont_fn:
                cont_fn(d, claim)
            pages.add(d.page)
            vals = [cell(k, s, claim) for k in cols["keys"]]
            d.row(cols["pos"], vals)
            y0 = d.y
            for j in range(1, 1 + extra):
                if desc_col is not None and j < len(dl):
                    d.text(cols["pos"][desc_col][0], dl[j], y=y0 + j * self.lh)
                if adj_col is not None and j < len(adj_lines):
                    d.text(cols["pos"][adj_col][0], adj_lines[j], y=y0 + j * self.lh, align=cols["pos"][adj_col][1])
            rm = remarks_fn(s) if remarks_fn else []
            self.lines.append(truth_line(d.page, s, claim_id=claim.get("acct"), payer_claim_id=claim.get("icn"),
                                         patient=claim.get("patient"), printed=printed, units=units,
                                         modifiers=mods, service_end=s.end,
                                         adjustments=s.adjs if adj_col is not None else [],
                                         remarks=rm, description=desc,
                                         overrides={"description": " ".join(dl)} if desc_col is not None and desc
                                         else None))
            d.down(self.lh * (1 + extra))
            if after_row:
                after_row(d, s)
        if len(pages) > 1:
            self.split_claims += 1
        tot = {}
        for k in ("billed", "allowed", "paid", "owes"):
            tot[k] = total(claim["svcs"], k) if {"owes": "patient_owes"}.get(k, k) in printed else None
        if totals_fn:
            tot = totals_fn(d, claim, tot) or tot
        self.claims.append({"claim_id": claim.get("acct"), "payer_claim_id": claim.get("icn"),
                            "patient": claim.get("patient"),
                            "totals": {"billed": q(tot["billed"]) and str(q(tot["billed"])) if tot["billed"] is not None else None,
                                       "allowed": str(q(tot["allowed"])) if tot["allowed"] is not None else None,
                                       "paid": str(q(tot["paid"])) if tot["paid"] is not None else None,
                                       "patient_owes": str(q(tot["owes"])) if tot["owes"] is not None else None}})

    def finish(self, out: Path, description: str, legend=(), findings=None, footer=None):
        d = self.doc
        n = len(d.pages)
        if footer:
            for i, ops in enumerate(d.pages):
                d.pages[i] = ops
                d.pages, cur = d.pages, d.pages[i]
                footer(d, i + 1, n, cur)
        path = out / f"{self.name}.pdf"
        if self.producer == "reportlab":
            render_reportlab(d, path, self.name)
        else:
            render_fpdf(d, path, self.name, FIXED_WHEN)
        write_truth(path, self.name, self.producer, n, description, self.lines, self.claims, list(legend),
                    findings)
        return path


def cols(spec):
    return {"keys": [k for _, _, _, k in spec], "pos": [(x, a, h) for h, x, a, k in spec], "spec": spec}


def put_heads(d, c, font=None, size=None, rule=True, shade=None, x0=36, x1=None):
    x1 = x1 or d.w - 36
    if shade is not None:
        d.box(x0, d.y - 9, x1 - x0, 13, fill=shade, width=0.3)
    for h, x, a, _ in c["spec"]:
        parts = h.split("|")
        for j, p in enumerate(parts):
            d.text(x, p, font, size, a, y=d.y - (len(parts) - 1 - j) * (size or d.size) * 1.1)
    d.down(4)
    if rule:
        d.rule(x0, d.y, x1, d.y, 0.6)
    d.down(10)


def std_cell(mstyle, dstyle, neg="-", code="code", mods_sep="-"):
    def cell(k, s, claim):
        if k in AMT:
            v = getattr(s, k)
            return money(v, mstyle, neg)
        if k == "date":
            return fmt_d(s.dos, dstyle)
        if k == "end":
            return fmt_d(s.end or s.dos, dstyle)
        if k == "code":
            return s.code
        if k == "codemods":
            return s.code + (mods_sep + mods_sep.join(s.mods) if s.mods else "") if mods_sep != "" else s.code + "".join(s.mods)
        if k == "mods":
            return " ".join(s.mods)
        if k == "units":
            return units_str(s.units)
        if k == "units3":
            return f"{s.units:.3f}"
        if k == "units1":
            return f"{s.units:.1f}"
        if k == "desc":
            return wrap(s.desc, claim.get("_wrap", 40))[0]
        if k == "adj":
            return f"{s.adjs[0][0]}-{s.adjs[0][1]} {money(s.adjs[0][2], ',')}" if s.adjs else ""
        if k == "note":
            return " ".join(s.remarks)
        if k.startswith("="):
            return claim.get(k[1:], "")
        return ""
    return cell


def fmt_d(d, style):
    return {"mdy4": d.strftime("%m/%d/%Y"), "mdy2": d.strftime("%m/%d/%y"), "mdy6": d.strftime("%m%d%y"),
            "dash4": d.strftime("%m-%d-%Y"), "mon": f"{d:%b} {d.day}, {d.year}", "mdyn": f"{d.month}/{d.day}/{d.year}",
            "dmy": d.strftime("%d %b %Y")}[style]


def pager(text_fn, font=None, size=7):
    def f(d, i, n, ops):
        ops.append(("t", d.w / 2, d.h - 24, text_fn(i, n), font or d.font, size, "C"))
    return f


def msg_footer(title, msgs, pagefn, font, bold, top_from_bottom):
    def f(d, i, n, ops):
        y = d.h - top_from_bottom
        ops.append(("r", 40, y, d.w - 80, top_from_bottom - 50, None, 0.5))
        ops.append(("t", 48, y + 14, title, bold, 8.5, "L"))
        for j, m in enumerate(msgs):
            ops.append(("t", 48, y + 27 + j * 10.5, m, font, 7.4, "L"))
        ops.append(("t", d.w / 2, d.h - 26, pagefn(i, n), font, 7, "C"))
    return f


# ================================================================================================ a1
def a1(out):
    L = Layout("h92_a1_commercial_statement_of_claims", "reportlab", LETTER, "LibSans", 7.2, 11, bottom=300)
    d = L.doc

    def page_head(d):
        d.text(36, "CORAVELLE HEALTH PLANS", "LibSans-B", 13, y=34)
        d.text(36, "Statement of claims processed  -  this is not a bill", "LibSans", 8, y=46)
        d.text(d.w - 36, "Member: DANIEL ESTEVEZ-MOORE   ID XQC 40418827", "LibSans", 7.5, "R", y=34)
        d.text(d.w - 36, "Group 0770213  |  Statement date 02/09/2026", "LibSans", 7.5, "R", y=46)
        d.rule(36, 52, d.w - 36, 52, 1.2)
        d.y = 66

    d.on_new_page = page_head
    d.pages[0] = []
    d.new_page()
    d.pages.pop(0)
    C = cols([("Date(s)|of service", 36, "L", "date"), ("Service", 84, "L", "desc"), ("Code", 196, "L", "codemods"),
              ("Provider|charged", 268, "R", "billed"), ("Plan|discount", 310, "R", "discount"),
              ("Not|covered", 350, "R", "not_covered"), ("Plan|allowance", 394, "R", "allowed"),
              ("Deductible", 438, "R", "deductible"), ("Copay", 470, "R", "copay"),
              ("Coinsurance", 514, "R", "coinsurance"), ("Plan|paid", 548, "R", "paid"),
              ("You|owe", 576, "R", "owes"), ("Note", 580, "L", "note")])
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("35.00")})
    fam = [
        ("Lucia Estevez-Moore", "Spouse", "Brightwater Hand & Upper Limb Therapy", "BW-220914", "26E0311458220", [
            (D(2026, 1, 6), "97166", 1, ("GO",)), (D(2026, 1, 6), "97530", 2, ("GO",)),
            (D(2026, 1, 13), "97140", 2, ("GO", "59")), (D(2026, 1, 13), "97110", 1, ("GO",)),
            (D(2026, 1, 20), "97760", 2, ("GO",)), (D(2026, 1, 20), "L3807", 1, ("RT",)),
            (D(2026, 1, 27), "97530", 3, ("GO",)), (D(2026, 1, 27), "0552T", 1, (), "PR")]),
        ("Teo Estevez-Moore", "Son", "Little Lantern Pediatric Therapy", "LL7741", "26E0311458221", [
            (D(2026, 1, 8), "92523", 1, ("GN",)), (D(2026, 1, 15), "92507", 1, ("GN",)),
            (D(2026, 1, 22), "92507", 1, ("GN",)), (D(2026, 1, 22), "97533", 2, ("GO",))]),
        ("Daniel Estevez-Moore", "Self", "Fenwick Street Family Medicine", "FSFM-009183", "26E0311458222", [
            (D(2026, 1, 9), "99213", 1, ()), (D(2026, 1, 9), "97110", 2, ("GP",)),
            (D(2026, 1, 16), "97161", 1, ("GP",)), (D(2026, 1, 16), "97112", 2, ("GP", "KX"))]),
    ]
    from eobgen import DESC, FEE, SCHED
    FEE.setdefault("97533", "88.00"); SCHED.setdefault("97533", "31.90"); DESC.setdefault("97533", "Sensory integration techniques")
    notes = {"PR": "N4"}
    cell = std_cell("$", "mdy2")
    for who, rel, prov, acct, icn, spec in fam:
        cl = {"patient": who, "acct": acct, "icn": icn, "_wrap": 22}
        cl["svcs"] = svcs(spec, commercial, st=st)
        for s in cl["svcs"]:
            s.remarks = ["N4"] if s.denied else (["N1"] if s.deductible else [])

        def head(d, c, who=who, rel=rel, prov=prov):
            d.ensure(60)
            d.box(36, d.y - 9, d.w - 72, 26, fill=0.93, width=0.4)
            d.text(40, f"Patient: {who} ({rel})", "LibSans-B", 8)
            d.text(330, f"Claim ID: {c['icn']}", "LibSans", 7.5)
            d.down(11)
            d.text(40, f"Provider: {prov}", "LibSans", 7.5)
            d.text(330, f"Patient account: {c['acct']}   Received 02/02/2026", "LibSans", 7.5)
            d.down(18)
            put_heads(d, C, "LibSans-B", 6.6)

        def cont(d, c, who=who):
            d.text(40, f"Patient: {who} - Claim ID {c['icn']} (continued)", "LibSans-B", 7.5)
            d.down(16)
            put_heads(d, C, "LibSans-B", 6.6)

        def tots(d, c, t):
            d.rule(240, d.y - 7, d.w - 36, d.y - 7, 0.4)
            d.text(84, "Claim totals", "LibSans-B", 7.2)
            sv = c["svcs"]
            for k, x in (("billed", 268), ("discount", 310), ("not_covered", 350), ("allowed", 394),
                         ("deductible", 438), ("copay", 470), ("coinsurance", 514), ("paid", 548), ("owes", 576)):
                d.text(x, money(total(sv, k), "$"), "LibSans-B", 7.2, "R")
            d.down(22)

        L.flow_claim(cl, C, cell, head, cont, desc_col=1, wrapn=22, totals_fn=tots,
                     printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                              "paid", "patient_owes"), units=False, remarks_fn=lambda s: s.remarks)
    d.ensure(70)
    d.text(36, "Notes", "LibSans-B", 8); d.down(11)
    leg = [("N1", "Part of this amount counted toward your calendar-year deductible."),
           ("N4", "This service is not a covered benefit under your plan; the provider may bill you.")]
    for k, v in leg:
        d.text(36, f"{k}  {v}", "LibSans", 7.2); d.down(10)
    L.finish(out, "Commercial member EOB (statement of claims processed), family of three, notes legend.", leg,
             footer=msg_footer("Understanding this statement", [
                 "Plan discount is the amount your provider agreed to take off the bill as an in-network provider.",
                 "You owe is the sum of your deductible, copay and coinsurance plus anything your plan does not cover.",
                 "If you disagree with how a claim was handled you may ask for a review within 180 days of this",
                 "statement. Write to Coravelle Health Plans, Appeals Unit, PO Box 4471, Dunmore Falls.",
                 "Keep this statement for your records. Language help is available at 1-800-555-0127 (TTY 711).",
                 "Coravelle Health Plans administers this plan; your employer's group plan pays the benefits."],
                 lambda i, n: f"Page {i} of {n}   Coravelle Health Plans, PO Box 4471, Dunmore Falls", "LibSans",
                 "LibSans-B", 250))
    return L


# ================================================================================================ a2
def a2(out):
    L = Layout("h92_a2_commercial_member_eob_landscape", "fpdf2", LAND, "DejaVuSerif", 7.6, 12, top=70, bottom=70)
    d = L.doc

    def page_head(d):
        d.text(40, "Tamarind Mutual Benefit Company", "DejaVuSerif-B", 14, y=36)
        d.text(40, "EXPLANATION OF BENEFITS   Claims processed Jan 1 - Jan 31, 2026", "DejaVuSerif", 8.5, y=50)
        d.text(d.w - 40, "Prepared for: ROSALIND OKONKWO-HART", "DejaVuSerif", 8, "R", y=36)
        d.text(d.w - 40, "Member ID TMB-55120943-01   Plan: Silver Choice PPO", "DejaVuSerif", 8, "R", y=50)
        d.y = 72
        if d.page > 1:
            d.text(40, "Claims detail - continued from previous page", "DejaVuSerif", 8)
            d.y = 90

    d.on_new_page = page_head
    d.pages.pop(0); d.new_page()
    C = cols([("Service date", 40, "L", "date"), ("Service description", 104, "L", "desc"),
              ("Code", 300, "L", "codemods"), ("What your|provider billed", 410, "R", "billed"),
              ("Your plan's|rate", 466, "R", "allowed"), ("Not|covered", 512, "R", "not_covered"),
              ("Plan paid", 566, "R", "paid"), ("Deductible", 618, "R", "deductible"), ("Copay", 656, "R", "copay"),
              ("Coinsurance", 708, "R", "coinsurance"), ("What you|owe", 752, "R", "owes")])
    st = PlanState(ded_left=Decimal("0.00"), visit_copay=Decimal("30.00"))
    fam = [("Rosalind Okonkwo-Hart", "Aldergate Rehabilitation Partners", "AGR-4471902", "E26019930412", [
                (D(2026, 1, 5), "97163", 1, ("GP",)), (D(2026, 1, 7), "97110", 3, ("GP",)),
                (D(2026, 1, 7), "97140", 1, ("GP",)), (D(2026, 1, 12), "97112", 2, ("GP",)),
                (D(2026, 1, 12), "97110", 2, ("GP",)), (D(2026, 1, 14), "97116", 2, ("GP",)),
                (D(2026, 1, 19), "97110", 3, ("GP", "KX"))]),
           ("Kofi Okonkwo-Hart", "Riverbend Speech & Language Studio", "RB-00318", "E26019930413", [
                (D(2026, 1, 6), "92523", 1, ()), (D(2026, 1, 13), "92507", 1, ()),
                (D(2026, 1, 20), "92507", 1, ()), (D(2026, 1, 27), "92507", 1, ())]),
           ("Ada Okonkwo-Hart", "Riverbend Speech & Language Studio", "RB-00319", "E26019930414", [
                (D(2026, 1, 8), "97165", 1, ("GO",)), (D(2026, 1, 15), "97530", 2, ("GO",)),
                (D(2026, 1, 15), "97535", 1, ("GO",)), (D(2026, 1, 22), "97530", 2, ("GO",)),
                (D(2026, 1, 22), "97129", 1, (), "PR"), (D(2026, 1, 29), "97530", 2, ("GO",))])]
    cell = std_cell(",", "mdy4", mods_sep="-")
    for who, prov, acct, icn, spec in fam:
        cl = {"patient": who, "acct": acct, "icn": icn, "_wrap": 44, "svcs": svcs(spec, commercial, st=st)}
        for s in cl["svcs"]:
            s.allowed_print = s.allowed

        def head(d, c, who=who, prov=prov):
            d.ensure(70)
            d.rule(40, d.y - 10, d.w - 40, d.y - 10, 1.0)
            d.text(40, f"Patient: {who}", "DejaVuSerif-B", 8.5)
            d.text(300, f"Provider: {prov}", "DejaVuSerif", 8)
            d.down(12)
            d.text(40, f"Claim number {c['icn']}", "DejaVuSerif", 8)
            d.text(300, f"Provider's patient number {c['acct']}", "DejaVuSerif", 8)
            d.down(22)
            put_heads(d, C, "DejaVuSerif-B", 7, x0=40, x1=d.w - 40)

        def after(d, s):
            d.rule(40, d.y - 8.5, d.w - 40, d.y - 8.5, 0.2)

        def tots(d, c, t):
            sv = c["svcs"]
            d.text(104, "Totals for this claim", "DejaVuSerif-B", 7.6)
            for k, x in (("billed", 410), ("allowed", 466), ("not_covered", 512), ("paid", 566),
                         ("deductible", 618), ("copay", 656), ("coinsurance", 708), ("owes", 752)):
                d.text(x, money(total(sv, k), ","), "DejaVuSerif-B", 7.6, "R")
            d.down(26)

        L.flow_claim(cl, C, cell, head, None, after_row=after, desc_col=1, wrapn=44, totals_fn=tots,
                     printed=("billed", "allowed", "not_covered", "paid", "deductible", "copay", "coinsurance",
                              "patient_owes"), units=False)
    d.ensure(40)
    d.text(40, "Questions? Call Member Services at 1-800-555-0161. You have 180 days to ask for an appeal.",
           "DejaVuSerif", 7.5)
    L.finish(out, "Commercial member EOB, landscape, 3 members, continued page without column heads.",
             footer=pager(lambda i, n: f"Page {i} of {n}"))
    return L


# ================================================================================================ b1
def b1(out):
    L = Layout("h92_b1_medicare_summary_notice", "fpdf2", LETTER, "DejaVu", 7.8, 13, top=60, bottom=220)
    d = L.doc

    def page_head(d):
        d.text(40, "Medicare Summary Notice for Part B (Medical Insurance)", "DejaVu-B", 11, y=36)
        d.text(d.w - 40, "BEATRIZ N. HOLLOWAY", "DejaVu", 8, "R", y=36)
        d.text(d.w - 40, "Notice date: February 14, 2026", "DejaVu", 8, "R", y=48)
        d.rule(40, 54, d.w - 40, 54, 1.5)
        d.y = 70

    d.on_new_page = page_head
    d.pages.pop(0); d.new_page()
    d.box(40, d.y - 10, 250, 78, width=0.8)
    d.text(48, "Your Deductible Status", "DejaVu-B", 9); d.down(14)
    d.text(48, "Your deductible is what you must pay for", "DejaVu", 7.5); d.down(10)
    d.text(48, "most health services before Medicare pays.", "DejaVu", 7.5); d.down(10)
    d.text(48, "Part B deductible: You have now met $210.00", "DejaVu", 7.5); d.down(10)
    d.text(48, "of your $283.00 deductible for 2026.", "DejaVu", 7.5); d.down(46)
    st = PlanState(ded_left=Decimal("73.00"))
    provs = [("Cedar Knoll Outpatient Therapy", "26-035-71884-220", [
                (D(2026, 1, 5), "97165", 1, ("GO",)), (D(2026, 1, 5), "97530", 2, ("GO",)),
                (D(2026, 1, 7), "97535", 2, ("GO", "CO")), (D(2026, 1, 9), "97530", 3, ("GO", "CO")),
                (D(2026, 1, 12), "97140", 2, ("GO",)), (D(2026, 1, 12), "G0283", 1, ("GO",))]),
             ("Winslow Harbor Physical Therapy", "26-035-71902-118", [
                (D(2026, 1, 14), "97161", 1, ("GP",)), (D(2026, 1, 16), "97110", 3, ("GP", "KX")),
                (D(2026, 1, 16), "97112", 1, ("GP", "CQ")), (D(2026, 1, 21), "0552T", 1, (), "PR")]),
             ("Dr. Imani Castellane", "26-041-10066-301", [(D(2026, 1, 22), "99213", 1, ())])]
    C = cols([("Service Provided & Billing Code", 40, "L", "svcline"), ("Service|Approved?", 300, "L", "ok"),
              ("Amount|Provider|Charged", 380, "R", "billed"), ("Medicare-|Approved|Amount", 440, "R", "allowed"),
              ("Medicare|Paid", 494, "R", "paid"), ("Maximum You|May Be|Billed", 556, "R", "owes"),
              ("See|Notes", 566, "L", "note")])
    base = std_cell("$", "mdy4")

    def cell(k, s, c):
        if k == "svcline":
            m = (" " + " ".join(s.mods)) if s.mods else ""
            return f"{fmt_d(s.dos, 'mdy4')}  {wrap(s.desc, 34)[0].rstrip(',')} ({s.code}{m})"
        if k == "ok":
            return "No" if s.denied else "Yes"
        return base(k, s, c)

    for prov, icn, spec in provs:
        cl = {"patient": "Beatriz N. Holloway", "acct": None, "icn": icn, "svcs": svcs(spec, medicare, st=st)}
        for s in cl["svcs"]:
            s.remarks = ["C"] if s.denied else (["A"] if s.deductible else [])

        def head(d, c, prov=prov):
            d.ensure(70)
            d.text(40, prov, "DejaVu-B", 9); d.down(11)
            d.text(40, f"Claim number {c['icn']}  -  services for Beatriz N. Holloway", "DejaVu", 7.6)
            d.down(24)
            put_heads(d, C, "DejaVu-B", 6.8, x0=40, x1=d.w - 40)

        def cont(d, c, prov=prov):
            d.text(40, f"{prov} (continued)  Claim number {c['icn']}", "DejaVu-B", 8); d.down(24)
            put_heads(d, C, "DejaVu-B", 6.8, x0=40, x1=d.w - 40)

        def tots(d, c, t):
            sv = c["svcs"]
            d.rule(300, d.y - 8, d.w - 40, d.y - 8, 0.5)
            d.text(40, "Total for this claim", "DejaVu-B", 7.8)
            for k, x in (("billed", 380), ("allowed", 440), ("paid", 494), ("owes", 556)):
                d.text(x, money(total(sv, k), "$"), "DejaVu-B", 7.8, "R")
            d.down(28)

        L.flow_claim(cl, C, cell, head, cont, totals_fn=tots, printed=("billed", "allowed", "paid", "patient_owes"),
                     units=False, desc=False, remarks_fn=lambda s: s.remarks)
    d.ensure(60)
    d.text(40, "Notes for Claims Above", "DejaVu-B", 9); d.down(13)
    leg = [("A", "This amount was applied toward your yearly Part B deductible."),
           ("C", "Medicare does not pay for this item or service; you may have to pay the provider.")]
    for k, v in leg:
        d.text(40, f"{k}  {v}", "DejaVu", 7.6); d.down(11)
    L.finish(out, "Medicare Summary Notice, Part B, per-provider claims, notes letters.", leg,
             footer=msg_footer("How to check this notice", [
                 "Do you recognize the name of each doctor or provider? Check the dates.",
                 "Did you get the services listed? Do they match those listed on your receipts and bills?",
                 "If you think a claim is wrong, call the provider first, then call 1-800-555-0133.",
                 "If you disagree with a decision, you can file an appeal within 120 days of this notice."],
                 lambda i, n: f"Page {i} of {n}", "DejaVu", "DejaVu-B", 160))
    return L


# ================================================================================================ b2
def b2(out):
    L = Layout("h92_b2_medicare_advantage_eob", "reportlab", LETTER, "Times", 8.4, 13, top=64, bottom=260)
    d = L.doc

    def page_head(d):
        d.text(42, "Sunmeadow Senior Advantage (HMO)", "Times-B", 13, y=34)
        d.text(42, "Your Explanation of Benefits for January 2026", "Times", 9, y=47)
        d.text(d.w - 42, "Member: Harold J. Pemberton-Vail", "Times", 8.5, "R", y=34)
        d.text(d.w - 42, "Member number: SSA-300118427", "Times", 8.5, "R", y=47)
        d.rule(42, 53, d.w - 42, 53, 0.8)
        d.y = 70

    d.on_new_page = page_head
    d.pages.pop(0); d.new_page()
    d.box(42, d.y - 10, d.w - 84, 40, fill=0.95)
    d.text(50, "Year-to-date: you have paid $385.16 toward your $4,900.00 maximum out-of-pocket amount.", "Times", 8.5)
    d.down(50)
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.20"))
    C = cols([("Date", 42, "L", "date"), ("Service you received", 92, "L", "desc"), ("Code", 270, "L", "codemods"),
              ("Provider's|charge", 370, "R", "billed"), ("Plan's allowed|amount", 440, "R", "allowed"),
              ("Plan|paid", 496, "R", "paid"), ("Your|share", 548, "R", "owes"), ("See|note", 556, "L", "note")])
    cell = std_cell("$", "mdy2", mods_sep=" ")
    claims = [("Hollis Creek Rehab Services", "MA2601-0448821", "HC-19283", [
                (D(2026, 1, 5), "97163", 1, ("GP",)), (D(2026, 1, 7), "97110", 2, ("GP",)),
                (D(2026, 1, 7), "97140", 2, ("GP", "59")), (D(2026, 1, 9), "97116", 2, ("GP",)),
                (D(2026, 1, 12), "97110", 3, ("GP", "KX")), (D(2026, 1, 14), "97112", 2, ("GP", "CQ")),
                (D(2026, 1, 16), "97110", 2, ("GP", "CQ")), (D(2026, 1, 19), "97530", 2, ("GP",)),
                (D(2026, 1, 21), "97140", 2, ("GP",)), (D(2026, 1, 23), "97110", 3, ("GP",))]),
              ("Mariner Point Occupational Therapy", "MA2601-0448907", "MPOT-5520", [
                (D(2026, 1, 13), "97167", 1, ("GO",)), (D(2026, 1, 15), "97530", 3, ("GO",)),
                (D(2026, 1, 15), "97535", 2, ("GO",)), (D(2026, 1, 20), "97760", 2, ("GO",)),
                (D(2026, 1, 20), "L3807", 1, ("LT",)), (D(2026, 1, 27), "97168", 1, ("GO",)),
                (D(2026, 1, 27), "0552T", 1, (), "PR")]),
              ("Quayside Cardiology Associates", "MA2601-0449015", None, [(D(2026, 1, 28), "99213", 1, ())])]
    for prov, icn, acct, spec in claims:
        cl = {"patient": "Harold J. Pemberton-Vail", "acct": acct, "icn": icn,
              "svcs": svcs(spec, medicare, st=st, sequestration=False)}
        for s in cl["svcs"]:
            s.remarks = ["3"] if s.denied else ["1"]

        def head(d, c, prov=prov):
            d.ensure(70)
            d.text(42, f"Claim number: {c['icn']}", "Times-B", 9)
            d.text(260, f"Provider: {prov}", "Times", 8.5)
            d.down(12)
            if c["acct"]:
                d.text(42, f"Provider's account number: {c['acct']}", "Times", 8.5)
            d.text(260, "Status: Processed  02/06/2026", "Times", 8.5)
            d.down(24)
            put_heads(d, C, "Times-B", 7.6, x0=42, x1=d.w - 42)

        def cont(d, c):
            d.text(42, f"Claim number: {c['icn']} - continued", "Times-B", 9); d.down(24)
            put_heads(d, C, "Times-B", 7.6, x0=42, x1=d.w - 42)

        def tots(d, c, t):
            sv = c["svcs"]
            d.rule(300, d.y - 8, d.w - 42, d.y - 8, 0.5)
            d.text(92, "Claim total", "Times-B", 8.4)
            for k, x in (("billed", 370), ("allowed", 440), ("paid", 496), ("owes", 548)):
                d.text(x, money(total(sv, k), "$"), "Times-B", 8.4, "R")
            d.down(30)

        L.flow_claim(cl, C, cell, head, cont, desc_col=1, wrapn=34, totals_fn=tots,
                     printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                     remarks_fn=lambda s: s.remarks)
    leg = [("1", "Your share is the 20% coinsurance for outpatient therapy under your plan."),
           ("3", "This service is not covered by your plan. You may be asked to pay for it.")]
    d.ensure(50)
    d.text(42, "Notes", "Times-B", 9); d.down(12)
    for k, v in leg:
        d.text(42, f"{k}  {v}", "Times", 8.2); d.down(11)
    L.finish(out, "Medicare Advantage member EOB, monthly, claims per provider.", leg,
             footer=msg_footer("Important reminders", [
                 "This is not a bill. Your provider may bill you for your share shown above.",
                 "Stay in our network: services from providers outside the network may not be covered.",
                 "To report suspected fraud, call our Integrity Line at 1-877-555-0199.",
                 "You may ask us for a coverage decision or appeal within 65 days of the date of this notice.",
                 "Sunmeadow Senior Advantage is an HMO plan with a Medicare contract."],
                 lambda i, n: f"Sunmeadow Senior Advantage  -  Page {i} of {n}", "Times", "Times-B", 200))
    return L


# ================================================================================================ c1
def c1(out):
    L = Layout("h92_c1_medicaid_ra_courier", "fpdf2", LAND, "Courier", 7.5, 10, top=96)
    d = L.doc

    def page_head(d):
        d.text(36, "STATE OF NORTHMARCH DEPARTMENT OF HEALTH AND FAMILY SERVICES - MEDICAL ASSISTANCE PROGRAM", "Courier-B", 8, y=30)
        d.text(36, "REMITTANCE ADVICE   PAYEE: MAPLEFORD CHILDREN'S THERAPY LLC   PAYEE ID 0041187230", "Courier", 7.5, y=41)
        d.text(36, "RA NUMBER 2026-0206-118845   WARRANT DATE 02/06/2026   PAGE " + str(d.page), "Courier", 7.5, y=52)
        d.text(36, f"{'RECIPIENT NAME':<23} {'RECIP ID':<14} {'ICN':<18} PAT ACCT", "Courier-B", 7.5, y=68)
        d.text(36, f"  {'LN':>2} {'FROM-DOS':<8} {'TO-DOS':<6} {'PROC':<5} {'MOD':<5} {'UNITS':>7} {'BILLED AMT':>12} "
                   f"{'ALLOWED AMT':>12} {'PAID AMT':>11}  EOB", "Courier-B", 7.5, y=78)
        d.rule(36, 82, d.w - 36, 82, 0.5)
        d.y = 96

    d.on_new_page = page_head
    d.pages.pop(0); d.new_page()
    x0 = 36
    cw = 4.5  # Courier 7.5pt char width

    def cell_line(n, s):
        mod = " ".join(s.mods)
        return (f"  {n:>2} {s.dos:%m%d%y}   {(s.end or s.dos):%m%d%y} {s.code:<5} {mod:<5} {s.units:>7.3f} "
                f"{money(s.billed, ',', 'trail'):>12} {money(s.allowed, ',', 'trail'):>12} "
                f"{money(s.paid, ',', 'trail'):>11}  {' '.join(s.remarks)}")

    kids = [("PELLETIER, NOAH", "NM88120417", "CT-3302"), ("PELLETIER, JUNE", "NM88120418", "CT-3303"),
            ("ABERNATHY-SOTO, KAI", "NM77102291", "CT-2871"), ("LINDQVIST, MAREN", "NM90011546", "CT-3319")]
    specs = {
        "paid": [(0, "2026010300451001", [(D(2026, 1, 5), "97530", 4, ("GO",)), (D(2026, 1, 5), "97535", 2, ("GO",)),
                                          (D(2026, 1, 12), "97530", 4, ("GO",)), (D(2026, 1, 12), "97112", 2, ("GO",))]),
                 (1, "2026010300451002", [(D(2026, 1, 6), "92507", 1, ("GN",)), (D(2026, 1, 13), "92507", 1, ("GN",)),
                                          (D(2026, 1, 20), "92526", 1, ("GN",))]),
                 (2, "2026010300451003", [(D(2026, 1, 7), "97166", 1, ("GO",)), (D(2026, 1, 14), "97530", 3, ("GO",)),
                                          (D(2026, 1, 14), "97110", 2, ("GO",)), (D(2026, 1, 21), "97530", 3, ("GO",)),
                                          (D(2026, 1, 21), "97140", 1, ("GO", "59")), (D(2026, 1, 28), "97530", 3, ("GO",)),
                                          (D(2026, 1, 28), "97760", 2, ("GO",))]),
                 (3, "2026010300451004", [(D(2026, 1, 8), "92523", 1, ("GN",)), (D(2026, 1, 15), "92507", 1, ("GN",)),
                                          (D(2026, 1, 22), "92507", 1, ("GN",)), (D(2026, 1, 29), "92507", 1, ("GN",))])],
        "denied": [(0, "2026010300451010", [(D(2026, 1, 19), "97530", 4, ("GO",), "CO"),
                                            (D(2026, 1, 19), "97150", 2, ("GO",), "CO")])],
    }
    for sect in ("paid", "denied", "adjusted"):
        d.ensure(40)
        d.text(x0, {"paid": "*** PAID CLAIMS ***", "denied": "*** DENIED CLAIMS ***",
                    "adjusted": "*** ADJUSTED CLAIMS (VOID / REPLACEMENT) ***"}[sect], "Courier-B", 7.5)
        d.down(14)
        if sect == "adjusted":
            orig = svcs([(D(2025, 12, 15), "97530", 3, ("GO",)), (D(2025, 12, 15), "97110", 2, ("GO",))], medicaid)
            void = [negate(s) for s in orig]
            repl = svcs([(D(2025, 12, 15), "97530", 4, ("GO",)), (D(2025, 12, 15), "97110", 2, ("GO",))], medicaid)
            items = [(1, "2025351004180077", void, "7101"), (1, "2026010300451020", repl, "7102")]
        else:
            items = [(k, icn, svcs(sp, medicaid, deny_reason="B7") if sect == "denied" else svcs(sp, medicaid), None)
                     for k, icn, sp in specs[sect]]
        for k, icn, sv, code in items:
            name, rid, acct = kids[k]
            for s in sv:
                s.remarks = [code] if code else (["0410"] if s.denied else ["0001"])
                if s.denied:
                    s.adjs = []
            cl = {"patient": name, "acct": acct, "icn": icn, "svcs": sv}

            def head(d, c, name=name, rid=rid):
                d.ensure(40)
                d.text(x0, f"{name:<23} {rid:<14} {c['icn']:<18} {c['acct']}", "Courier-B", 7.5)
                d.down(11)

            def tots(d, c, t):
                sv = c["svcs"]
                d.text(x0, f"{'':8}{'CLAIM TOTAL':<32} {money(total(sv, 'billed'), ',', 'trail'):>12} "
                           f"{money(total(sv, 'allowed'), ',', 'trail'):>12} {money(total(sv, 'paid'), ',', 'trail'):>11}",
                       "Courier", 7.5)
                d.down(16)

            n = [0]

            def cell(kk, s, c):
                n[0] += 1
                return cell_line(n[0], s)

            class _S:
                pass
            L.flow_claim(cl, {"keys": ["x"], "pos": [(x0, "L", "")]}, cell, head, None, totals_fn=tots,
                         printed=("billed", "allowed", "paid"), desc=False, remarks_fn=lambda s: s.remarks)
            for ln in L.lines[-len(sv):]:
                ln["service_end"] = ln["service_date"]
    leg = [("0001", "PAID AT THE PROGRAM'S MAXIMUM FEE FOR THIS PROCEDURE."),
           ("0410", "SERVICE NOT PAYABLE: THERAPY VISITS FOR THIS DATE ALREADY PAID TO ANOTHER PROVIDER."),
           ("7101", "VOID OF A PREVIOUSLY PAID CLAIM; AMOUNTS ARE RECOVERED FROM THIS PAYMENT."),
           ("7102", "REPLACEMENT CLAIM PAID WITH CORRECTED UNITS.")]
    d.ensure(70)
    d.text(x0, "EOB CODE DESCRIPTIONS", "Courier-B", 7.5); d.down(11)
    for k, v in leg:
        d.text(x0, f"{k}  {v}", "Courier", 7.5); d.down(10)
    L.finish(out, "State Medicaid RA in monospace, paid/denied/adjusted sections, void with trailing minus.", leg)
    return L


# ================================================================================================ c2
def c2(out):
    L = Layout("h92_c2_medicaid_mco_ra", "reportlab", LAND, "LibNarrow", 8, 12, top=84)
    d = L.doc

    def page_head(d):
        d.text(36, "CLEARVALE COMMUNITY HEALTH PLAN  -  Medicaid Managed Care", "LibNarrow-B", 12, y=32)
        d.text(36, "Provider Remittance Advice", "LibNarrow", 9, y=45)
        d.text(d.w - 36, "Provider: Oakhurst Pediatric Rehab Group   NPI 1730459911   TIN XX-XXX4418", "LibNarrow", 8, "R", y=32)
        d.text(d.w - 36, f"Remit date 02/10/2026   EFT trace 884102776   Page {d.page}", "LibNarrow", 8, "R", y=45)
        d.rule(36, 52, d.w - 36, 52, 1.0)
        d.y = 72

    d.on_new_page = page_head
    d.pages.pop(0); d.new_page()
    C = cols([("Ln", 40, "L", "=ln"), ("Svc From", 60, "L", "date"), ("Svc To", 112, "L", "end"),
              ("Proc", 164, "L", "code"), ("Mod", 200, "L", "mods"), ("Qty", 250, "R", "units1"),
              ("Charged", 310, "R", "billed"), ("Allowed", 364, "R", "allowed"), ("Copay", 404, "R", "copay"),
              ("Paid", 456, "R", "paid"), ("ARC", 474, "L", "adj"), ("RARC", 560, "L", "note")])
    base = std_cell(",", "mdy4")
    cnt = {"n": 0}

    def cell(k, s, c):
        if k == "=ln":
            cnt["n"] += 1
            return str(cnt["n"])
        if k == "adj":
            return f"{s.adjs[0][0]} {s.adjs[0][1]} {money(s.adjs[0][2], ',')}" if s.adjs else ""
        return base(k, s, c)

    members = [("MORALES-WHITBY, ANIKA", "CV00418827", "OPR-10452", "TCN26034000811", [
                   (D(2026, 1, 5), "97165", 1, ("GO",)), (D(2026, 1, 5), "97530", 2, ("GO",)),
                   (D(2026, 1, 8), "97530", 3, ("GO",)), (D(2026, 1, 8), "97112", 1, ("GO", "59")),
                   (D(2026, 1, 12), "97530", 3, ("GO",)), (D(2026, 1, 12), "97535", 1, ("GO",)),
                   (D(2026, 1, 15), "97530", 3, ("GO",)), (D(2026, 1, 19), "97530", 3, ("GO",)),
                   (D(2026, 1, 19), "97110", 1, ("GO",)), (D(2026, 1, 22), "97530", 2, ("GO",)),
                   (D(2026, 1, 26), "97530", 3, ("GO",)), (D(2026, 1, 29), "97168", 1, ("GO",))]),
               ("NAKASHIMA, ELI", "CV00533019", "OPR-10471", "TCN26034000812", [
                   (D(2026, 1, 6), "92523", 1, ("GN",)), (D(2026, 1, 13), "92507", 1, ("GN",)),
                   (D(2026, 1, 20), "92507", 1, ("GN",)), (D(2026, 1, 27), "92507", 1, ("GN",))]),
               ("NAKASHIMA, ELI", "CV00533019", "OPR-10480", "TCN26034000813", [
                   (D(2026, 1, 9), "97533", 2, ("GO",), "CO"), (D(2026, 1, 9), "97530", 2, ("GO",), "CO")]),
               ("BRISCOE, TAMSIN", "CV00610284", "OPR-10493", "TCN26034000814", [
                   (D(2026, 1, 7), "97161", 1, ("GP",)), (D(2026, 1, 14), "97110", 2, ("GP",)),
                   (D(2026, 1, 14), "97116", 2, ("GP",)), (D(2026, 1, 21), "97110", 2, ("GP",)),
                   (D(2026, 1, 21), "97140", 1, ("GP",)), (D(2026, 1, 28), "97110", 2, ("GP",))])]
    for name, mid, acct, tcn, spec in members:
        sv = svcs(spec, medicaid, deny_reason="96")
        for s in sv:
            s.remarks = ["N54"] if s.denied else []
            if not s.denied and s.code == "97161":
                s.copay = Decimal("3.00"); s.paid -= Decimal("3.00"); s.adjs.append(("PR", "3", Decimal("3.00")))
        cnt["n"] = 0
        cl = {"patient": name, "acct": acct, "icn": tcn, "svcs": sv}

        def head(d, c, name=name, mid=mid):
            d.ensure(60)
            d.box(36, d.y - 10, d.w - 72, 14, fill=0.88, width=0.4)
            d.text(40, f"TCN {c['icn']}    Member: {name}    Member ID {mid}    Patient Acct {c['acct']}    "
                       f"Claim status: {'DENIED' if all(s.denied for s in c['svcs']) else 'PAID'}", "LibNarrow-B", 8)
            d.down(24)
            put_heads(d, C, "LibNarrow-B", 7.5)

        def cont(d, c, name=name):
            d.box(36, d.y - 10, d.w - 72, 14, fill=0.88, width=0.4)
            d.text(40, f"TCN {c['icn']}    Member: {name}    (continued)", "LibNarrow-B", 8)
            d.down(24)
            put_heads(d, C, "LibNarrow-B", 7.5)

        def tots(d, c, t):
            sv = c["svcs"]
            d.rule(260, d.y - 8, 480, d.y - 8, 0.4)
            d.text(164, "Claim Totals:", "LibNarrow-B", 8)
            for k, x in (("billed", 310), ("allowed", 364), ("copay", 404), ("paid", 456)):
                d.text(x, money(total(sv, k), ","), "LibNarrow-B", 8, "R")
            d.down(22)

        L.flow_claim(cl, C, cell, head, cont, totals_fn=tots, adj_col=10,
                     printed=("billed", "allowed", "copay", "paid"), remarks_fn=lambda s: s.remarks)
        for ln in L.lines[-len(sv):]:
            ln["service_end"] = ln["service_date"]
    leg = [("N54", "Documentation does not support the billed service for this member's authorized plan.")]
    d.ensure(50)
    d.text(36, "Remark code glossary: N54 - our summary: documentation does not support the authorization on file.", "LibNarrow", 8)
    L.finish(out, "Medicaid managed-care RA, landscape, TCN bars, ARC/RARC, claim split across pages.", leg)
    return L


# ================================================================================================ d1
def d1(out):
    L = Layout("h92_d1_paper_remit_mono", "fpdf2", LETTER, "DejaVuMono", 6.6, 9.5, top=104)
    d = L.doc

    def page_head(d):
        d.text(30, "GREYSTONE CLEARING SERVICES - PROVIDER REMITTANCE (MEDICARE PART B FORMAT)", "DejaVuMono-B", 7.5, y=30)
        d.text(30, "PAYER: NORTHERN PLAINS MEDICARE ADMINISTRATIVE CONTRACTOR   PAYER ID 06222", "DejaVuMono", 6.6, y=41)
        d.text(30, "PROVIDER: BIRCHWOOD LANE THERAPY CTR   NPI 1548820137   CHECK/EFT# 000913477   DATE 02/05/26", "DejaVuMono", 6.6, y=51)
        d.text(d.w - 30, f"PAGE #: {d.page}", "DejaVuMono", 6.6, "R", y=30)
        d.text(30, f"{'PERF PROV':<10} {'SERV DATE':<11} {'POS':>3} {'NOS':>3} {'PROC MODS':<11} {'BILLED':>9} "
                   f"{'ALLOWED':>9} {'DEDUCT':>7} {'COINS':>7} {'GRP/RC-AMT':<15} {'PROV PD':>9}", "DejaVuMono-B", 6.6, y=70)
        d.rule(30, 74, d.w - 30, 74, 0.4)
        d.y = 88

    d.on_new_page = page_head
    d.pages.pop(0); d.new_page()
    st = PlanState(ded_left=Decimal("40.00"))

    def line(s, perf):
        mods = "".join(s.mods)
        g, c, a = s.adjs[0]
        return (f"{perf:<10} {s.dos:%m%d} {s.dos:%m%d%y} {'11':>3} {units_str(s.units):>3} {s.code + mods:<11} "
                f"{money(s.billed, ''):>9} {money(s.allowed, ''):>9} {money(s.deductible, ''):>7} "
                f"{money(s.coinsurance, ''):>7} {g + '-' + c:<7}{money(a, ''):>8} {money(s.paid, ''):>9}")

    pts = [("LAURITZEN, GRETA", "1EG4TE5MK72", "BLT-60231", "0226036118470", "1881002456", [
                (D(2026, 1, 5), "97165", 1, ("GO",)), (D(2026, 1, 5), "97530", 2, ("GO",)),
                (D(2026, 1, 7), "97530", 3, ("GO", "CO")), (D(2026, 1, 7), "97535", 1, ("GO",)),
                (D(2026, 1, 9), "97140", 2, ("GO",)), (D(2026, 1, 12), "97530", 3, ("GO", "KX")),
                (D(2026, 1, 14), "97110", 2, ("GO",)), (D(2026, 1, 16), "97530", 2, ("GO", "CO"))]),
           ("OYELARAN, FESTUS", "3TR9KD2PL55", "BLT-60244", "0226036118471", "1881002456", [
                (D(2026, 1, 6), "97161", 1, ("GP",)), (D(2026, 1, 8), "97110", 3, ("GP",)),
                (D(2026, 1, 8), "97112", 1, ("GP", "59")), (D(2026, 1, 13), "97116", 2, ("GP", "CQ")),
                (D(2026, 1, 15), "97110", 3, ("GP", "CQ"))]),
           ("DEVEREAUX, MAUDE", "7QW2HN8XA31", "BLT-60250", "0226036118472", "1881003110", [
                (D(2026, 1, 12), "92523", 1, ("GN",)), (D(2026, 1, 14), "92507", 1, ("GN",)),
                (D(2026, 1, 21), "92507", 1, ("GN",)), (D(2026, 1, 21), "92526", 1, ("GN",)),
                (D(2026, 1, 28), "92507", 1, ("GN",))]),
           ("LAURITZEN, GRETA", "1EG4TE5MK72", "BLT-60277", "0226036118473", "1881002456", [
                (D(2026, 1, 19), "97530", 3, ("GO",)), (D(2026, 1, 19), "G0283", 1, ("GO",)),
                (D(2026, 1, 21), "97760", 2, ("GO",)), (D(2026, 1, 21), "L3807", 1, ("RT",)),
                (D(2026, 1, 23), "97530", 2, ("GO",)), (D(2026, 1, 26), "97530", 3, ("GO",)),
                (D(2026, 1, 28), "97168", 1, ("GO",)), (D(2026, 1, 30), "0552T", 1, (), "CO")])]
    for name, hic, acct, icn, perf, spec in pts:
        sv = svcs(spec, medicare, st=st)
        for s in sv:
            s.remarks = ["M15"] if s.denied else []
        cl = {"patient": name, "acct": acct, "icn": icn, "svcs": sv}

        def head(d, c, name=name, hic=hic):
            d.ensure(50)
            d.text(30, f"NAME {name:<20} HIC {hic}  ACNT {c['acct']:<11} ICN {c['icn']}  ASG Y  MOA MA01", "DejaVuMono", 6.6)
            d.down(13)

        def cell(k, s, c, perf=perf):
            return line(s, perf)

        def after(d, s):
            for g, cc, a in s.adjs[1:]:
                d.text(30 + 6.6 * 0.602 * 80, f"{g + '-' + cc:<7}{money(a, ''):>8}", "DejaVuMono", 6.6, y=d.y)
                d.down(9.5)
            if s.remarks:
                d.text(30 + 6.6 * 0.602 * 12, "REM: " + " ".join(s.remarks), "DejaVuMono", 6.6, y=d.y)
                d.down(9.5)

        def tots(d, c, t):
            sv = c["svcs"]
            pre = f"{'PT RESP ' + money(total(sv, 'owes'), ''):<22}{'CLAIM TOTALS':<21}"
            d.text(30, pre + f"{money(total(sv, 'billed'), ''):>9} {money(total(sv, 'allowed'), ''):>9} "
                       f"{money(total(sv, 'deductible'), ''):>7} {money(total(sv, 'coinsurance'), ''):>7} "
                       f"{'':<15} {money(total(sv, 'paid'), ''):>9}", "DejaVuMono", 6.6)
            d.down(10)
            d.text(30, f"{'ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00':<87}"
                       f"NET {money(total(sv, 'paid'), ''):>9}", "DejaVuMono", 6.6)
            d.down(16)

        # reserve room for stacked adjustment rows so they stay with their service line
        L.lh = 9.5
        L.flow_claim(cl, {"keys": ["x"], "pos": [(30, "L", "")]}, cell, head, None, after_row=after, totals_fn=tots,
                     printed=("billed", "allowed", "deductible", "coinsurance", "paid"), desc=False,
                     adj_col=None, remarks_fn=lambda s: s.remarks)
        for ln, s in zip(L.lines[-len(sv):], sv):
            ln["adjustments"] = [[g, c, str(q(a))] for g, c, a in s.adjs]
            ln["service_end"] = None
    leg = [("M15", "Separately billed services were bundled; our summary, not the official text.")]
    d.ensure(40)
    d.text(30, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", "DejaVuMono-B", 6.6); d.down(10)
    d.text(30, "CO  CONTRACTUAL OBLIGATION   PR  PATIENT RESPONSIBILITY   M15  BUNDLED SERVICE (SUMMARY)", "DejaVuMono", 6.6)
    L.finish(out, "Medicare-style standard paper remit reprinted by a clearinghouse, monospace.", leg)
    return L


# ================================================================================================ d2
def d2(out):
    L = Layout("h92_d2_pm_payment_posting", "reportlab", LAND, "DejaVuCond", 6.8, 11, top=78)
    d = L.doc
    C = cols([("Patient", 30, "L", "=patient"), ("Acct #", 130, "L", "=acct"), ("Payer Claim #", 180, "L", "=icn"),
              ("DOS", 256, "L", "date"), ("CPT", 298, "L", "code"), ("Mod", 326, "L", "mods"),
              ("Units", 376, "R", "units"), ("Charge", 426, "R", "billed"), ("Allowed", 476, "R", "allowed"),
              ("Deduct", 516, "R", "deductible"), ("Coins", 556, "R", "coinsurance"), ("Adj Code / Amt", 572, "L", "adj"),
              ("Paid", 700, "R", "paid"), ("Pt Resp", 750, "R", "owes")])

    def page_head(d):
        d.text(30, "Harborlight Practice Suite  |  Payment Posting Detail", "DejaVuCond-B", 11, y=30)
        d.text(30, "Practice: Juniper Row Therapy & Wellness   Payer: Granite Shield Insurance Co.   ERA check # 7730091   Deposit 02/11/2026",
               "DejaVuCond", 7.5, y=43)
        d.text(d.w - 30, f"Printed 02/12/2026 08:14 by kmwright   Page {d.page}", "DejaVuCond", 7, "R", y=30)
        d.y = 66
        put_heads(d, C, "DejaVuCond-B", 6.8, shade=0.85, x0=28, x1=d.w - 28)

    d.on_new_page = page_head
    d.pages.pop(0); d.new_page()
    base = std_cell(",", "mdy2", neg="-")

    def cell(k, s, c):
        if k == "adjc":
            return "  ".join(f"{g}-{r}" for g, r, _ in s.adjs)
        if k == "adja":
            return " ".join(money(a, ",") for _, _, a in s.adjs)
        if k.startswith("="):
            return c[k[1:]]
        return base(k, s, c)

    st = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.10"))
    pts = [("Wexford, Amelia", "JR-40021", "GS26041177201", [
                (D(2026, 1, 6), "97166", 1, ("GO",)), (D(2026, 1, 6), "97530", 2, ("GO",)),
                (D(2026, 1, 9), "97140", 2, ("GO",)), (D(2026, 1, 13), "97530", 3, ("GO",))]),
           ("Wexford, Jonah", "JR-40022", "GS26041177202", [
                (D(2026, 1, 7), "92507", 1, ("GN",)), (D(2026, 1, 14), "92507", 1, ("GN",))]),
           ("Castellanos, Ivo", "JR-39877", "GS26041177203", [
                (D(2026, 1, 8), "97110", 2, ("GP",)), (D(2026, 1, 8), "97112", 1, ("GP",)),
                (D(2026, 1, 15), "97110", 2, ("GP",)), (D(2026, 1, 15), "97535", 1, ("GO",), "CO")])]
    for name, acct, icn, spec in pts:
        sv = svcs(spec, commercial, st=st, deny_reason="197")
        cl = {"patient": name, "acct": acct, "icn": icn, "svcs": sv}
        L.flow_claim(cl, C, cell, lambda d, c: None, None, totals_fn=NOTOT, adj_col=11,
                     printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                     desc=False, remarks_fn=None)
        for ln, s in zip(L.lines[-len(sv):], sv):
            ln["adjustments"] = [[g, c, str(q(a))] for g, c, a in s.adjs]
        d.down(4)
    # a take-back of an earlier posting and its re-posting
    old = svcs([(D(2025, 12, 16), "97530", 2, ("GO",)), (D(2025, 12, 16), "97110", 1, ("GO",))], commercial,
               st=PlanState())
    rev = [negate(s) for s in old]
    new = svcs([(D(2025, 12, 16), "97530", 3, ("GO",)), (D(2025, 12, 16), "97110", 1, ("GO",))], commercial,
               st=PlanState())
    for icn, sv in (("GS25350099104", rev), ("GS26041177209", new)):
        cl = {"patient": "Castellanos, Ivo", "acct": "JR-39540", "icn": icn, "svcs": sv}
        L.flow_claim(cl, C, cell, lambda d, c: None, None, totals_fn=NOTOT, adj_col=11,
                     printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"), desc=False)
        for ln, s in zip(L.lines[-len(sv):], sv):
            ln["adjustments"] = [[g, c, str(q(a))] for g, c, a in s.adjs]
    # repeat to fill page 2 with a second batch of visits
    pts2 = [("Wexford, Amelia", "JR-40067", "GS26041177215", [
                (D(2026, 1, 20), "97530", 3, ("GO",)), (D(2026, 1, 20), "97535", 1, ("GO",)),
                (D(2026, 1, 23), "97530", 3, ("GO",)), (D(2026, 1, 27), "97530", 2, ("GO",)),
                (D(2026, 1, 27), "97168", 1, ("GO",))]),
            ("Wexford, Jonah", "JR-40068", "GS26041177216", [
                (D(2026, 1, 21), "92507", 1, ("GN",)), (D(2026, 1, 28), "92507", 1, ("GN",)),
                (D(2026, 1, 28), "92526", 1, ("GN",))]),
            ("Pellham, Odessa", "JR-40101", "GS26041177217", [
                (D(2026, 1, 22), "97163", 1, ("GP",)), (D(2026, 1, 26), "97110", 3, ("GP",)),
                (D(2026, 1, 26), "97140", 2, ("GP", "59")), (D(2026, 1, 29), "97116", 2, ("GP",)),
                (D(2026, 1, 29), "97110", 2, ("GP",)), (D(2026, 1, 30), "99213", 1, ())])]
    for name, acct, icn, spec in pts2 * 1:
        sv = svcs(spec, commercial, st=st, deny_reason="197")
        cl = {"patient": name, "acct": acct, "icn": icn, "svcs": sv}
        L.flow_claim(cl, C, cell, lambda d, c: None, None, totals_fn=NOTOT, adj_col=11,
                     printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"), desc=False)
        for ln, s in zip(L.lines[-len(sv):], sv):
            ln["adjustments"] = [[g, c, str(q(a))] for g, c, a in s.adjs]
        d.down(4)
    allsv = [s for c in [0] for s in []]
    d.ensure(30)
    paid = sum((Decimal(ln["paid"]) for ln in L.lines), Decimal(0))
    d.text(30, f"Report totals: lines {len(L.lines)}   Paid {money(paid, ',')}", "DejaVuCond-B", 7.5)
    L.finish(out, "PM-system payment posting detail print from an ERA, ids on every row, reversal.",
             footer=pager(lambda i, n: f"Harborlight Practice Suite - confidential - page {i} of {n}", "DejaVuCond"))
    return L


# ================================================================================================ e1
def e1(out):
    L = Layout("h92_e1_clinic_family_statement", "reportlab", LETTER, "LibSerif", 8, 12, top=200)
    d = L.doc

    def page_head(d):
        d.text(40, "Saltmarsh Kids Therapy Collective", "LibSerif-B", 14, y=40)
        d.text(40, "218 Tidewater Row, Suite 4  -  Port Aveline  -  (555) 010-7720", "LibSerif", 8, y=53)
        d.text(d.w - 40, "STATEMENT", "LibSerif-B", 13, "R", y=40)
        d.text(d.w - 40, "Statement date 02/03/2026", "LibSerif", 8, "R", y=53)
        if d.page == 1:
            d.box(40, 72, 230, 58, width=0.6)
            for j, s in enumerate(("Responsible party:", "Priya Vandermolen-Achebe", "41 Heron Gate Lane",
                                   "Port Aveline 30871")):
                d.text(48, s, "LibSerif", 8.5, y=86 + j * 11)
            d.box(d.w - 230, 72, 190, 58, width=0.6)
            d.text(d.w - 222, "Guarantor account: SK-008821", "LibSerif", 8.5, y=86)
            d.text(d.w - 222, "Amount due: see bottom of last page", "LibSerif", 8.5, y=97)
            d.text(d.w - 222, "Due by 03/01/2026", "LibSerif", 8.5, y=108)
            d.y = 160
        else:
            d.text(40, "Guarantor account SK-008821 - Priya Vandermolen-Achebe (continued)", "LibSerif", 8.5, y=80)
            d.y = 100
        put_heads(d, C, "LibSerif-B", 7.8, x0=40, x1=d.w - 40)

    C = cols([("Date", 40, "L", "date"), ("Patient", 88, "L", "=first"), ("Description", 150, "L", "desc"),
              ("CPT", 316, "L", "codemods"), ("Charges", 408, "R", "billed"), ("Ins. Payments", 468, "R", "paid"),
              ("Ins. Adjustments", 530, "R", "discount"), ("Balance", 572, "R", "owes")])
    d.on_new_page = page_head
    d.pages.pop(0); d.new_page()
    base = std_cell(",", "mdy4", mods_sep=" ")

    def cell(k, s, c):
        if k == "=first":
            return c["first"]
        return base(k, s, c)

    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"))
    full = {"Mira": "Mira Vandermolen-Achebe", "Obi": "Obi Vandermolen-Achebe", "Sade": "Sade Vandermolen-Achebe"}
    kids = [("Mira", "V1204", [(D(2026, 1, 5), "97165", 1, ("GO",)), (D(2026, 1, 5), "97530", 2, ("GO",))]),
            ("Obi", "V1207", [(D(2026, 1, 6), "92523", 1, ("GN",))]),
            ("Mira", "V1219", [(D(2026, 1, 12), "97530", 3, ("GO",)), (D(2026, 1, 12), "97533", 1, ("GO",))]),
            ("Sade", "V1222", [(D(2026, 1, 13), "97161", 1, ("GP",)), (D(2026, 1, 13), "97110", 2, ("GP",))]),
            ("Obi", "V1230", [(D(2026, 1, 13), "92507", 1, ("GN",))]),
            ("Mira", "V1241", [(D(2026, 1, 19), "97530", 3, ("GO",)), (D(2026, 1, 19), "97140", 1, ("GO", "59"))]),
            ("Sade", "V1245", [(D(2026, 1, 20), "97112", 2, ("GP",)), (D(2026, 1, 20), "97110", 1, ("GP",))]),
            ("Obi", "V1250", [(D(2026, 1, 20), "92507", 1, ("GN",)), (D(2026, 1, 20), "97129", 1, (), "PR")]),
            ("Mira", "V1262", [(D(2026, 1, 26), "97530", 3, ("GO",)), (D(2026, 1, 26), "97535", 2, ("GO",))]),
            ("Sade", "V1266", [(D(2026, 1, 27), "97116", 2, ("GP",)), (D(2026, 1, 27), "97110", 2, ("GP",))]),
            ("Obi", "V1270", [(D(2026, 1, 27), "92507", 1, ("GN",))])]
    for who, visit, spec in kids:
        sv = svcs(spec, commercial, st=st)
        for s in sv:
            if s.denied:
                s.discount = Decimal("0.00")
        cl = {"patient": full[who], "first": who, "acct": visit, "icn": None, "svcs": sv, "_wrap": 34}

        def head(d, c):
            d.ensure(14)
            d.text(40, f"Visit {c['acct']}  -  {c['patient']}  -  filed to Lindenfield Assurance", "LibSerif", 7.2)
            d.down(11)

        L.flow_claim(cl, C, cell, head, None, desc_col=2, wrapn=34,
                     printed=("billed", "paid", "discount", "patient_owes"), units=False)
        L.claims[-1]["totals"]["billed"] = None
        L.claims[-1]["totals"]["paid"] = None
        L.claims[-1]["totals"]["patient_owes"] = None
    # make the truth's "discount" hold only what is printed: the insurance adjustment
    owes = sum((Decimal(ln["patient_owes"]) for ln in L.lines), Decimal(0))
    d.ensure(80)
    d.rule(40, d.y - 6, d.w - 40, d.y - 6, 0.6)
    d.down(8)
    d.text(40, "Current     31-60 days     61-90 days     Over 90 days", "LibSerif", 8); d.down(11)
    d.text(40, f"{money(owes, ',')}        0.00           0.00            0.00", "LibSerif", 8)
    d.text(d.w - 40, f"Please pay this amount: {money(owes, '$')}", "LibSerif-B", 10, "R")
    d.down(20)
    d.text(40, "Family members on this account: Mira, Obi and Sade Vandermolen-Achebe.", "LibSerif", 8)
    L.finish(out, "Therapy clinic family statement for 3 children, aging strip.",
             footer=pager(lambda i, n: f"Page {i} of {n}  -  Please detach and return the top portion with payment", "LibSerif"))
    return L


# ================================================================================================ e2
def e2(out):
    L = Layout("h92_e2_hospital_family_statement", "fpdf2", LETTER, "LibSans", 7.6, 11.5, top=90, bottom=330)
    d = L.doc
    C = cols([("Date", 40, "L", "date"), ("Rev", 92, "L", "=rev"), ("HCPCS", 118, "L", "codemods"),
              ("Description", 186, "L", "desc"), ("Qty", 370, "R", "units"), ("Charges", 420, "R", "billed"),
              ("Insurance|Paid", 472, "R", "paid"), ("Adjustments", 526, "R", "discount"),
              ("You Owe", 572, "R", "owes")])

    def page_head(d):
        d.text(40, "ST. BRENDAN'S CHILDREN'S MEDICAL CENTER", "LibSans-B", 12, y=34)
        d.text(40, "Patient Financial Services  -  Family Statement", "LibSans", 8.5, y=47)
        d.text(d.w - 40, "Guarantor: Marcus Delacroix-Feld", "LibSans", 8, "R", y=34)
        d.text(d.w - 40, f"Statement 02/12/2026    Page {d.page}", "LibSans", 8, "R", y=47)
        d.rule(40, 54, d.w - 40, 54, 0.8)
        d.y = 74

    d.on_new_page = page_head
    d.pages.pop(0); d.new_page()
    base = std_cell("", "dash4", mods_sep=" ")
    rev = {"97": "0430", "92": "0440", "L3": "0274", "99": "0510", "G0": "0420"}

    def cell(k, s, c):
        if k == "=rev":
            return rev.get(s.code[:2], "0430")
        return base(k, s, c)

    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.15"))
    visits = [("Celeste Delacroix-Feld", "HAR 71004421", "HP2603918846", [
                  (D(2026, 1, 6), "97167", 1, ("GO",)), (D(2026, 1, 6), "97530", 2, ("GO",)),
                  (D(2026, 1, 8), "97530", 3, ("GO",)), (D(2026, 1, 8), "97535", 2, ("GO",)),
                  (D(2026, 1, 13), "97760", 2, ("GO",)), (D(2026, 1, 13), "L3807", 1, ("LT",)),
                  (D(2026, 1, 15), "97530", 3, ("GO",)), (D(2026, 1, 15), "97140", 2, ("GO", "59")),
                  (D(2026, 1, 20), "97530", 3, ("GO",)), (D(2026, 1, 22), "97110", 2, ("GO",)),
                  (D(2026, 1, 22), "97530", 2, ("GO",)), (D(2026, 1, 27), "97168", 1, ("GO",))]),
              ("Rafael Delacroix-Feld", "HAR 71004488", "HP2603918902", [
                  (D(2026, 1, 7), "92523", 1, ("GN",)), (D(2026, 1, 14), "92507", 1, ("GN",)),
                  (D(2026, 1, 21), "92507", 1, ("GN",)), (D(2026, 1, 21), "92526", 1, ("GN",)),
                  (D(2026, 1, 28), "92507", 1, ("GN",)), (D(2026, 1, 28), "99213", 1, ())])]
    findings = []
    for who, har, clm, spec in visits:
        sv = svcs(spec, commercial, st=st)
        for s in sv:
            s.desc = LONG_DESC.get(s.code, s.desc)
        cl = {"patient": who, "acct": har, "icn": clm, "svcs": sv, "_wrap": 40}

        def head(d, c, who=who):
            d.ensure(60)
            d.box(40, d.y - 10, d.w - 80, 26, width=0.6)
            d.text(46, f"Patient: {who}", "LibSans-B", 8)
            d.text(300, f"Hospital Account # {c['acct']}", "LibSans", 8)
            d.down(11)
            d.text(46, "Outpatient Rehabilitation  -  Primary: Keystone Meridian Health", "LibSans", 7.6)
            d.text(300, f"Insurance Claim # {c['icn']}", "LibSans", 7.6)
            d.down(26)
            put_heads(d, C, "LibSans-B", 7.2, x0=40, x1=d.w - 40)

        def cont(d, c, who=who):
            d.text(46, f"Patient: {who}   Hospital Account # {c['acct']}  (continued)", "LibSans-B", 8)
            d.down(24)
            put_heads(d, C, "LibSans-B", 7.2, x0=40, x1=d.w - 40)

        def tots(d, c, t):
            sv = c["svcs"]
            ow = total(sv, "owes")
            if c["icn"] == "HP2603918902":
                shown = ow + Decimal("10.00")
                findings.append(f"claim-total-mismatch claim {c['icn']}: printed You Owe total {shown} but the "
                                f"lines add up to {q(ow)}")
                t["owes"] = shown
            d.rule(380, d.y - 8, d.w - 40, d.y - 8, 0.4)
            d.text(186, "Account totals", "LibSans-B", 7.6)
            d.text(420, money(total(sv, "billed"), ""), "LibSans-B", 7.6, "R")
            d.text(472, money(total(sv, "paid"), ""), "LibSans-B", 7.6, "R")
            d.text(526, money(total(sv, "discount"), ""), "LibSans-B", 7.6, "R")
            d.text(572, money(t["owes"], ""), "LibSans-B", 7.6, "R")
            d.down(28)
            return t

        L.flow_claim(cl, C, cell, head, cont, desc_col=3, wrapn=40, totals_fn=tots,
                     printed=("billed", "paid", "discount", "patient_owes"))
    d.ensure(40)
    d.text(40, "Pay online at the patient portal or call Patient Financial Services at (555) 010-4400.", "LibSans", 7.6)
    L.finish(out, "Hospital outpatient-rehab family statement, 2 children, per-account heads, planted total mismatch.",
             findings=findings, footer=msg_footer("About your bill", [
                 "Insurance Paid is what your health plan has paid St. Brendan's for these services so far.",
                 "Adjustments are reductions your plan's contract with us requires; you do not owe them.",
                 "Financial assistance and payment plans are available. Ask us or visit the billing office.",
                 "Questions about this statement: (555) 010-4400, Monday-Friday 8 am - 5 pm."],
                 lambda i, n: f"St. Brendan's Children's Medical Center - Page {i} of {n}", "LibSans", "LibSans-B", 180))
    return L


def NOTOT(d, c, t):
    return {"billed": None, "allowed": None, "paid": None, "owes": None}


LAYOUTS = [a1, a2, b1, b2, c1, c2, d1, d2, e1, e2]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(__import__("tempfile").mkdtemp(prefix="heldout92_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    made = [f(out) for f in LAYOUTS]
    print(out)
    if "--check" in argv:
        bad = 0
        for L in made:
            pdf = out / f"{L.name}.pdf"
            errs = check_file(pdf)
            print(f"{L.name}: pages={len(L.doc.pages)} lines={len(L.lines)} claims={len(L.claims)} "
                  f"split={L.split_claims} {'OK' if not errs else 'FAIL'}")
            for e in errs[:12]:
                print("   ", e)
            bad += bool(errs)
        splits = sum(1 for L in made if L.split_claims)
        if splits < 3:
            print(f"only {splits} files carry a claim continuing onto the next page")
            bad += 1
        print("CHECK", "PASSED" if not bad else "FAILED")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
