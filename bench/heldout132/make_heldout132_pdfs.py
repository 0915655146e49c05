"""Write the 132nd held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on layouts nobody developing it has seen.

Run:  python bench/heldout132/make_heldout132_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout132/make_heldout132_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; <name>.pdf.truth.json), printed values only,
null for what a layout does not print (units too); claim_id = the provider's own account / patient-control /
visit / invoice number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the
person who got the service, not the subscriber or guarantor). Every name, number, payer, provider, address and
ID is invented; descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed date).

Layouts (two each of the five commonest real kinds, house styles new to the held-out sets):
  c1  commercial member EOB, portrait Liberation Sans (reportlab): subscriber + 3 dependents, "Claim for / Claim
      number / Patient account", "Amount charged / Member rate savings / Plan allowed / Not covered / Deductible
      / Copay / Coinsurance / Plan paid / You owe / Remark", "97530-GO", no units, a denied line, the document runs
      to two pages (a claim that broke would get a "continued" heading + repeated column header), remark legend
  c2  commercial member EOB, landscape DejaVu Sans Condensed (fpdf2): left sidebar (deductible / out-of-pocket
      progress, contact), claims at right, "Service date / Code / Units / What was done / Provider charged / Plan
      discount / Covered amount / Plan paid / Your share / Notes", "Jan 5, 2026", long descriptions wrapped onto a
      second line, family of 3, claim rows continue on page 2 without the header being repeated
  m1  Medicare Summary Notice Part B (reportlab, core Times): page-1 notice + deductible box, per-claim blocks
      keyed by a "Service date:" line, "Service Provided & Billing Code" as "Manual therapy (97140)", no units
      or modifiers, notes letters, two pages, claim totals
  m2  Medicare Advantage member EOB (fpdf2, Liberation Serif, portrait): "Claim ID / Provider / Patient acct",
      "Date / Service and code / Units / Provider charged / Plan approved / Plan paid / Your share / Note",
      modifiers after a space, a visit copay, a non-covered line, a claim continuing on page 2 with the
      column header repeated
  d1  state Medicaid remittance advice, classic paper (fpdf2, core Courier, landscape): PAID / DENIED /
      ADJUSTED sections, "RECIPIENT NAME / RECIP ID / ICN / PAT ACCT" claim heads, detail rows with "FROM-DOS
      TO-DOS PROC MOD UNITS BILLED ALLOWED TPL PAID EOB", a reversal (trailing minus) and its replacement, EOB
      code legend, header repeated on every page
  d2  state Medicaid remittance advice, modern PDF (reportlab, DejaVu Sans Condensed, portrait): boxed claim
      headers "TCN / Member / Member ID / Patient Acct #", numbered detail lines with "Grp/CARC Amt" and RARC,
      adjustments complete (billed - adjustments = paid), a denied line, one page
  s1  Medicare-style standard paper remittance from a clearinghouse (reportlab, core Courier, landscape): "PERF
      PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD", "0105 010526" dates,
      "NAME / HIC / ACNT / ICN / ASG / MOA" claim heads, second and third adjustments stacked under the row,
      CLAIM TOTALS, NET, multi-page
  s2  practice-management "Remittance Posting Detail" (fpdf2, Liberation Sans Narrow, portrait, ruled grid):
      per-claim heading "Patient / Acct / Payer ICN / Status", rows "DOS / CPT / Mod / Units / Charge / Allowed /
      Deduct / Coins / Adjustments / Paid", adjustments "CO-45 36.00 PR-2 12.00" in one cell, totals per claim
  f1  therapy clinic family statement (reportlab, DejaVu Serif, portrait): detach-and-return stub, guarantor,
      3 children, "Date / Patient / Visit # / Code / Service / Charges / Ins Paid / Ins Adj / Balance", payments
      as non-service rows, insurance claim number per visit, amount due, one page
  f2  hospital guarantor statement (fpdf2, DejaVu Sans, portrait, right sidebar): accounts per family member,
      "Svc Date / Rev Cd / HCPCS / Mod / Qty / Description / Charges", insurance claim number per account,
      account summary (payments, adjustments, balance), PLANTED account-total mismatch

The self-check (--check) tests the factory, not the reader: page counts; every truth code, modifier, units
value and amount is on ONE text row of its page (pdfplumber words grouped by baseline), dates on the row (or on
the page for date-heading layouts), adjustment codes and amounts by their row, remarks, ids and patients on
the page; billed - adjustments = paid where every adjustment is printed; claim totals printed and equal to the
sum of their lines unless the mismatch is a declared expected finding.
"""

from __future__ import annotations

import sys
import tempfile
import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (LONG_DESC, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, q, total, truth_line, write_truth)
from h132kit import Doc, check_file, wrap  # noqa: E402

D = date


def S(dos, code, units, mods=(), desc="", denied=None):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), None, desc, denied)


def ms(mods, sep="-"):
    return sep.join(mods)


class Flow:
    def __init__(self, doc, top, bottom, on_new, footer=None):
        self.d, self.top, self.bottom, self.on_new, self.footer = doc, top, bottom, on_new, footer
        self.y = top

    def need(self, h):
        if self.y + h > self.bottom:
            if self.footer:
                self.footer()
            self.d.new_page()
            self.y = self.on_new()
            return True
        return False


def two_pass(render):
    """render(total_pages or None) -> (doc, payload); second pass knows the page count."""
    d, _ = render(None)
    n = d.page
    return render(n)


# ============================================================================================ c1
def c1(out):
    fam = [("Marisol Quintero-Hale", "Self"), ("Teodoro Quintero-Hale", "Spouse"),
           ("Ines Quintero-Hale", "Daughter"), ("Rafael Quintero-Hale", "Son")]
    claims = []
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    stc = PlanState(ded_left=ZERO, copay_codes={"99213": Decimal("35.00")}, allowed_rate=Decimal("0.80"))
    claims.append(("Ines Quintero-Hale", "Harborview Pediatric Therapy", "QH-770412", "CSH26010500871",
                   [commercial(S(D(2026, 1, 5), "97165", 1, ("GO",)), st),
                    commercial(S(D(2026, 1, 5), "97530", 2, ("GO",)), st),
                    commercial(S(D(2026, 1, 5), "97535", 1, ("GO",)), st)]))
    claims.append(("Rafael Quintero-Hale", "Harborview Pediatric Therapy", "QH-770498", "CSH26011200514",
                   [commercial(S(D(2026, 1, 12), "92523", 1, ("GN",)), st),
                    commercial(S(D(2026, 1, 12), "92507", 1, ("GN",)), st),
                    commercial(S(D(2026, 1, 19), "92507", 1, ("GN",)), st),
                    commercial(S(D(2026, 1, 19), "97129", 1, ("GN",), denied="PR"), st)]))
    big = []
    for mm, dd in [(1, x) for x in (6, 8, 13, 15, 20, 22, 27, 29)] + [(2, x) for x in (3, 5, 10, 12, 17, 19)]:
        big.append(commercial(S(D(2026, mm, dd), "97110", 2, ("GP",)), st))
        big.append(commercial(S(D(2026, mm, dd), "97140", 1, ("GP", "59")), st))
    claims.append(("Teodoro Quintero-Hale", "Cedar Ridge Physical Therapy", "CRPT-55821", "CSH26020300216", big))
    claims.append(("Marisol Quintero-Hale", "Lakeshore Family Medicine", "LFM-0092314", "CSH26021000045",
                   [commercial(S(D(2026, 2, 4), "99213", 1), stc),
                    commercial(S(D(2026, 2, 4), "G0283", 1), stc)]))
    for c in claims:
        for s in c[4]:
            if s.denied:
                s.remarks = ["R7"]
            elif s.deductible:
                s.remarks = ["R2"]
            elif "59" in s.mods:
                s.remarks = ["R4"]
    cols = [(36, "l"), (88, "l"), (212, "r"), (258, "r"), (304, "r"), (344, "r"), (384, "r"), (420, "r"),
            (462, "r"), (506, "r"), (550, "r"), (560, "l")]
    heads = [["Date of", "Service", "Amount", "Member rate", "Plan", "Not", "Deduct-", "Copay", "Coins-", "Plan",
              "You", "Re-"],
             ["service", "", "charged", "savings", "allowed", "covered", "ible", "", "urance", "paid", "owe", "mark"]]

    def render(npages):
        d = Doc("reportlab", title="Explanation of Benefits")
        lines, tclaims = [], []

        def header():
            d.text(36, 40, "CASCADE SUMMIT HEALTH PLAN", font=("LibSans-Bold", 14))
            d.text(36, 54, "PO Box 41187  Tacoma Falls, WA 98077   cascadesummit.example   1-800-555-0143",
                   font=("LibSans", 7.5))
            d.text(576, 40, "Explanation of Benefits", "r", font=("LibSans-Bold", 12))
            d.text(576, 54, "THIS IS NOT A BILL", "r", font=("LibSans-Bold", 8))
            d.line(36, 62, 576, 62, 1.2)
            return 78

        def colhead(y):
            d.rect(34, y - 10, 544, 22, 0.4, fill=0.88)
            for r, h in enumerate(heads):
                for (x, al), s in zip(cols, h):
                    d.text(x, y + r * 9, s, al, font=("LibSans-Bold", 6.8))
            return y + 22

        def footer():
            d.text(306, 770, f"Page {d.page} of {npages or 0}", "c", font=("LibSans", 7))
            d.text(36, 770, "Statement date 02/14/2026", font=("LibSans", 7))

        y = header()
        d.set_font("LibSans", 8.5)
        for k, t in enumerate(["Statement for: Marisol Quintero-Hale (Subscriber)", "Member ID: CSH-4471-0928-01",
                               "Group: 0048812  Harbor Freight Lines Employee Plan",
                               "Period covered: 01/01/2026 - 02/20/2026"]):
            d.text(36, y + k * 11, t)
        d.rect(360, y - 9, 216, 46)
        d.text(368, y, "Your family deductible", font=("LibSans-Bold", 8))
        d.text(368, y + 12, "Met to date: $380.00 of $1,500.00", font=("LibSans", 8))
        d.text(368, y + 24, "Out-of-pocket met: $612.44 of $6,000.00", font=("LibSans", 8))
        y += 56
        fl = Flow(d, 0, 740, lambda: header(), footer)
        fl.y = y
        for pat, prov, acct, clm, svcs in claims:
            fl.need(70)
            rel = dict(fam)[pat]
            d.set_font("LibSans-Bold", 9)
            d.text(36, fl.y, f"Claim for: {pat} ({rel})")
            d.set_font("LibSans", 8)
            d.text(300, fl.y, f"Claim number: {clm}")
            d.text(36, fl.y + 11, f"Provider: {prov} (in network)")
            d.text(300, fl.y + 11, f"Patient account: {acct}")
            d.text(460, fl.y + 11, f"Received: {dfmt(D(2026, 2, 9), 'mdy4')}")
            fl.y = colhead(fl.y + 28)
            for s in svcs:
                if fl.need(12):
                    d.text(36, fl.y, f"Claim for: {pat} ({rel}) - continued   Claim number: {clm}",
                           font=("LibSans-Bold", 8.5))
                    fl.y = colhead(fl.y + 16)
                svc = s.code + ("-" + ms(s.mods) if s.mods else "")
                cells = [dfmt(s.dos, "mdy4"), svc] + [money(v, ",") for v in (
                    s.billed, s.discount, s.allowed, s.not_covered, s.deductible, s.copay, s.coinsurance, s.paid,
                    s.owes)] + [" ".join(s.remarks)]
                d.set_font("LibSans", 7.8)
                for (x, al), c in zip(cols, cells):
                    d.text(x, fl.y, c, al)
                lines.append(truth_line(d.page, s, claim_id=acct, payer_claim_id=clm, patient=pat, units=False,
                                        printed=("billed", "discount", "allowed", "not_covered", "deductible",
                                                 "copay", "coinsurance", "paid", "patient_owes"),
                                        remarks=s.remarks, description=False))
                fl.y += 11
            fl.need(20)
            d.line(36, fl.y - 7, 576, fl.y - 7, 0.4)
            d.set_font("LibSans-Bold", 7.8)
            tot = ["Claim total", ""] + [money(total(svcs, a), ",") for a in (
                "billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
                "owes")]
            for (x, al), c in zip(cols, tot):
                d.text(x, fl.y + 2, c, al)
            tclaims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(
                total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes"))})
            fl.y += 26
        legend = [("R2", "Part of this amount went toward the deductible for the year."),
                  ("R4", "Paid as a distinct service on the same day."),
                  ("R7", "This service is not a benefit of your plan; the provider may bill you.")]
        fl.need(60)
        d.text(36, fl.y, "Remark codes", font=("LibSans-Bold", 9))
        for k, (c, t) in enumerate(legend):
            d.text(36, fl.y + 12 + k * 11, f"{c}  {t}", font=("LibSans", 8))
        fl.y += 50
        d.text(36, fl.y, "Questions? Call Member Services at 1-800-555-0143 (TTY 711), Monday-Friday 7am-7pm.",
               font=("LibSans", 7.5))
        footer()
        return d, (lines, tclaims, legend)

    d, (lines, tclaims, legend) = two_pass(render)
    p = out / "h132_c1_family_member_eob.pdf"
    d.save(p)
    write_truth(p, "h132_c1", "reportlab", d.page, "commercial member EOB, family of four", lines, tclaims,
                legend)
    return p, {"date_fmt": lambda x: dfmt(x, "mdy4")}


# ===================================================================================== generic table engine
def table_doc(cfg, out):
    """A configurable claim-table document: furniture, claim heads, column rows, totals, legend, page breaks."""
    W = (792 if cfg.get("landscape") else 612)
    H = (612 if cfg.get("landscape") else 792)
    F, FB, SZ = cfg["font"], cfg["bold"], cfg["size"]
    X0 = cfg.get("x0", 36)
    RX = cfg.get("right", W - 36)
    cols = cfg["cols"]  # (head lines tuple, x, align, fn)
    lh = SZ + 3

    def render(npages):
        d = Doc(cfg["producer"], cfg.get("landscape", False), cfg["title"])
        lines, tclaims = [], []

        def furniture():
            y = 34
            for t, sz, b, al in cfg["banner"]:
                d.text({"l": X0, "r": RX, "c": (X0 + RX) / 2}[al], y, t, al, font=(FB if b else F, sz))
                y += sz + 3
            d.line(X0, y - 2, RX, y - 2, 1.0)
            if cfg.get("sidebar"):
                sx = cfg["sidebar_x"]
                sy = y + 12
                for t, b in cfg["sidebar"]:
                    d.text(sx, sy, t, font=(FB if b else F, SZ))
                    sy += lh
                d.line(cfg["sidebar_rule"], y + 2, cfg["sidebar_rule"], H - 40, 0.5)
            return y + 12

        def footer():
            t = cfg["footer"].format(p=d.page, n=npages or 0)
            d.text((X0 + RX) / 2, H - 22, t, "c", font=(F, SZ - 1.5))

        def colhead(y):
            nrow = max(len(c[0]) for c in cols)
            if cfg.get("head_fill") is not None:
                d.rect(X0 - 2, y - SZ - 1, RX - X0 + 4, nrow * lh + 3, 0.4, fill=cfg["head_fill"])
            for hl, x, al, _ in cols:
                for r, t in enumerate(hl):
                    d.text(x, y + r * lh, t, al, font=(FB, SZ - 0.5))
            y += (nrow - 1) * lh
            if cfg.get("head_rule", True):
                d.line(X0, y + 3, RX, y + 3, 0.5)
            return y + lh + 2

        def on_new():
            y = furniture()
            if cfg.get("repeat_header"):
                y = colhead(y + SZ)
            return y

        y = furniture()
        d.set_font(F, SZ)
        for t, b in cfg.get("intro", []):
            d.text(X0 if not cfg.get("sidebar") else cfg["main_x"], y, t, font=(FB if b else F, SZ))
            y += lh
        y += 4
        if cfg.get("repeat_header") and cfg.get("one_header"):
            y = colhead(y + SZ)
        fl = Flow(d, 0, H - 44, on_new, footer)
        fl.y = y
        for sec in cfg["sections"]:
            if sec.get("title"):
                fl.need(lh * 4)
                d.text(X0, fl.y, sec["title"], font=(FB, SZ + 1))
                fl.y += lh + 2
            for c in sec["claims"]:
                fl.need(lh * (len(c["head"]) + 4))
                for t in c["head"]:
                    xs = t if isinstance(t, list) else [(X0 if not cfg.get("sidebar") else cfg["main_x"], t)]
                    for x, tt in xs:
                        d.text(x, fl.y, tt, font=(FB if cfg.get("head_bold") else F, SZ))
                    fl.y += lh
                if cfg.get("box_heads"):
                    d.rect(X0 - 3, fl.y - lh * len(c["head"]) - SZ, RX - X0 + 6, lh * len(c["head"]) + 2, 0.5)
                if not cfg.get("one_header"):
                    fl.y = colhead(fl.y + 4)
                for s in c["svcs"]:
                    extra = s.__dict__.get("_wrap", [])
                    nl = 1 + len(extra) + len(s.__dict__.get("_stack", []))
                    if fl.need(lh * nl):
                        if cfg.get("cont"):
                            d.text(X0 if not cfg.get("sidebar") else cfg["main_x"], fl.y,
                                   cfg["cont"].format(**c), font=(FB, SZ))
                            fl.y += lh
                            if not cfg.get("repeat_header"):
                                fl.y = colhead(fl.y + 2) if cfg.get("cont_header") else fl.y
                    d.set_font(F, SZ)
                    for _, x, al, fn in cols:
                        t = fn(s)
                        if t:
                            d.text(x, fl.y, t, al)
                    for k, t in enumerate(extra):
                        d.text(cfg["wrap_x"], fl.y + (k + 1) * lh, t)
                    for k, t in enumerate(s.__dict__.get("_stack", [])):
                        d.text(cfg["stack_x"], fl.y + (k + 1) * lh, t, cfg.get("stack_al", "l"))
                    if cfg.get("row_rule"):
                        d.line(X0, fl.y + 3 + (nl - 1) * lh, RX, fl.y + 3 + (nl - 1) * lh, 0.25)
                    lines.append(truth_line(
                        d.page, s, claim_id=c["acct"], payer_claim_id=c["clm"], patient=c["pat"],
                        units=cfg["units"], modifiers=cfg.get("mods", True), printed=cfg["printed"],
                        adjustments=s.adjs if cfg.get("adjs") else [], remarks=s.remarks,
                        description=cfg.get("desc", False), code=True))
                    fl.y += lh * nl
                if c.get("total"):
                    fl.need(lh * 2)
                    d.set_font(FB, SZ)
                    for x, al, t in c["total"]:
                        d.text(x, fl.y, t, al)
                    fl.y += lh
                tclaims.append({"claim_id": c["acct"], "payer_claim_id": c["clm"], "patient": c["pat"],
                                "totals": c["totals"]})
                for t in c.get("after", []):
                    fl.need(lh)
                    d.text(X0 if not cfg.get("sidebar") else cfg["main_x"], fl.y, t, font=(F, SZ))
                    fl.y += lh
                fl.y += cfg.get("gap", 8)
        for t, b in cfg.get("tail", []):
            fl.need(lh)
            d.text(X0, fl.y, t, font=(FB if b else F, SZ))
            fl.y += lh
        footer()
        return d, (lines, tclaims)

    d, (lines, tclaims) = two_pass(render)
    p = out / cfg["file"]
    d.save(p)
    write_truth(p, cfg["layout"], cfg["producer"], d.page, cfg["descr"], lines, tclaims, cfg.get("legend", []),
                cfg.get("findings"))
    return p, {"date_fmt": cfg["date_fmt"], "date_on_row": cfg.get("date_on_row", True),
               "adj_complete": cfg.get("adj_complete", False), "adj_below": cfg.get("adj_below", 0)}


def tot(x, al, svcs, attr, fmt):
    return (x, al, fmt(total(svcs, attr)))


def M(v):
    return money(v, ",")


def c2(out):
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74"))
    fam = [("Oksana Pellerin", "PEL-30117", "NW2601-448810", [(6, "97166", 1, ("GO",)), (6, "97760", 2, ("GO",)),
                                                              (6, "L3807", 1, ("RT",))]),
           ("Bastien Pellerin", "PEL-30164", "NW2601-449302",
            [(d_, c_, u_, m_) for d_ in (7, 9, 14, 16, 21, 23) for c_, u_, m_ in
             (("97110", 3, ("GP",)), ("97140", 1, ("GP",)), ("97112", 1, ("GP", "KX")))]),
           ("Lucie Pellerin", "PEL-30190", "NW2602-450077", [(3, "92507", 1, ("GN",)), (10, "92507", 1, ("GN",))])]
    claims = []
    for pat, acct, clm, rows in fam:
        mon = 2 if clm.startswith("NW2602") else 1
        svcs = [commercial(S(D(2026, mon, a), b, c, m), st) for a, b, c, m in rows]
        for s in svcs:
            if s.code in LONG_DESC:
                s.desc = LONG_DESC[s.code]
            s.remarks = ["D1"] if s.deductible else []
        claims.append({"pat": pat, "acct": acct, "clm": clm, "svcs": svcs,
                       "head": [[(232, f"Patient: {pat}"), (420, f"Claim #: {clm}"), (590, f"Your acct #: {acct}")],
                                [(232, "Provider: Northwind Rehab & Hand Clinic, Bellmont"),
                                 (590, "Processed: Feb 12, 2026")]],
                       "total": [(232, "l", "Totals")] + [tot(x, "r", svcs, a, M) for x, a in
                                                          ((490, "billed"), (540, "discount"), (596, "allowed"),
                                                           (648, "paid"), (700, "owes"))],
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                              total(svcs, "owes"))})

    def desc1(s):
        return s.desc if len(s.desc) <= 28 else s.desc[:s.desc[:28].rfind(" ")]

    for c in claims:
        for s in c["svcs"]:
            if len(s.desc) > 28:
                s.__dict__["_wrap"] = textwrap.wrap(s.desc[len(desc1(s)) + 1:], 30)
    cols = [(("Service", "date"), 232, "l", lambda s: dfmt(s.dos, "mon")),
            (("Code",), 282, "l", lambda s: " ".join((s.code,) + s.mods)),
            (("Units",), 340, "r", lambda s: str(s.units)),
            (("What was done",), 346, "l", desc1),
            (("Provider", "charged"), 490, "r", lambda s: M(s.billed)),
            (("Plan", "discount"), 540, "r", lambda s: M(s.discount)),
            (("Covered", "amount"), 596, "r", lambda s: M(s.allowed)),
            (("Plan", "paid"), 648, "r", lambda s: M(s.paid)),
            (("Your", "share"), 700, "r", lambda s: M(s.owes)),
            (("Notes",), 712, "l", lambda s: " ".join(s.remarks))]
    cfg = dict(file="h132_c2_sidebar_member_eob.pdf", layout="h132_c2", producer="fpdf2", landscape=True,
               title="Your Health Statement", font="DejaVuSansCond", bold="DejaVuSansCond-Bold", size=7.6,
               banner=[("NORTHERN TRELLIS HEALTH", 15, True, "l"), ("Your Health Statement - Explanation of Benefits",
                                                                    10, False, "l"),
                       ("Not a bill. Keep this for your records.", 8, False, "r")],
               sidebar=[("FOR: Hugo Pellerin", True), ("Member ID NTH 8801 7736 A", False),
                        ("Plan: Trellis Choice PPO 2500", False), ("", False), ("Deductible (family)", True),
                        ("$2,440.00 of $5,000.00 met", False), ("Out-of-pocket max (family)", True),
                        ("$3,118.20 of $9,000.00 met", False), ("", False), ("Questions?", True),
                        ("1-866-555-0190, TTY 711", False), ("trellis.example/members", False), ("", False),
                        ("Notes", True), ("D1 Amount applied to", False), ("your deductible.", False)],
               sidebar_x=36, sidebar_rule=222, main_x=232, x0=232, right=756, wrap_x=346,
               intro=[("Statement period Jan 1 - Feb 13, 2026  |  Claims processed for your family", True)],
               cols=cols, repeat_header=False, cont="(continued) {pat} - Claim #: {clm}", units=True,
               printed=("billed", "discount", "allowed", "paid", "patient_owes"), desc=True,
               sections=[{"claims": claims}], footer="Page {p} of {n}", date_fmt=lambda x: dfmt(x, "mon"),
               legend=[("D1", "Amount applied to your deductible.")], head_fill=0.9,
               descr="commercial member EOB with sidebar, family of three")
    return table_doc(cfg, out)


def m1(out):
    st = PlanState(ded_left=Decimal("98.00"))
    blocks = [("Jan 8, 2026", D(2026, 1, 8), "Shoreline Outpatient Rehab", "26-0109-44172-0001",
               [("97161", 1, "GP"), ("97110", 2, "GP"), ("97140", 1, "GP")]),
              ("Jan 13, 2026", D(2026, 1, 13), "Shoreline Outpatient Rehab", "26-0114-44309-0002",
               [("97110", 3, "GP"), ("97112", 1, "GP"), ("97530", 1, "GP"), ("G0283", 1, "GP")]),
              ("Jan 20, 2026", D(2026, 1, 20), "Dr. Priya Venkataraman", "26-0121-44811-0003",
               [("99213", 1, ""), ("L3807", 1, "RT")]),
              ("Jan 22, 2026", D(2026, 1, 22), "Shoreline Outpatient Rehab", "26-0123-45002-0004",
               [("97110", 3, "GP"), ("97112", 1, "GP"), ("97140", 1, "GP"), ("97530", 2, "GP"),
                ("0552T", 1, "GP")])]
    claims = []
    for lbl, dd, prov, clm, rows in blocks:
        svcs = []
        for code, u, m in rows:
            s = medicare(S(dd, code, u, (m,) if m else (), denied="PR" if code == "0552T" else None), st,
                         sequestration=False)
            s.remarks = ["A"] if s.deductible else (["C"] if s.denied else [])
            svcs.append(s)
        claims.append({"pat": "WALTER J. ABERNATHY", "acct": None, "clm": clm, "svcs": svcs,
                       "head": [f"{prov}, 4410 Harbor Way, Port Linden, OR 97399", f"Service date: {lbl}",
                                f"Claim number {clm}   Submitted: {dfmt(dd, 'mon')}"],
                       "total": [(40, "l", "Total for this claim")] + [tot(x, "r", svcs, a, lambda v: money(v))
                                                                       for x, a in ((330, "billed"),
                                                                                    (410, "allowed"),
                                                                                    (490, "paid"), (560, "owes"))],
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                              total(svcs, "owes"))})
    cols = [(("Service Provided & Billing Code",), 40, "l", lambda s: f"{s.desc} ({s.code})"),
            (("Amount", "Provider", "Charged"), 330, "r", lambda s: money(s.billed)),
            (("Medicare-", "Approved", "Amount"), 410, "r", lambda s: money(s.allowed)),
            (("Medicare", "Paid", "Provider"), 490, "r", lambda s: money(s.paid)),
            (("Maximum", "You May", "Be Billed"), 560, "r", lambda s: money(s.owes)),
            (("See", "Notes"), 568, "l", lambda s: ",".join(s.remarks))]
    cfg = dict(file="h132_m1_msn_part_b.pdf", layout="h132_m1", producer="reportlab", title="Medicare Summary Notice",
               font="Times-Roman", bold="Times-Bold", size=9.5, x0=40,
               banner=[("Medicare Summary Notice for Part B (Medical Insurance)", 15, True, "l"),
                       ("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid "
                        "Services", 8.5, False, "l")],
               intro=[("WALTER J. ABERNATHY", True), ("1187 Fernhollow Ct, Port Linden, OR 97399", False),
                      ("Notice date: February 6, 2026     Medicare Number: XXXXXXX4TK92", False),
                      ("Your deductible status: You have now met $257.00 of your $257.00 Part B deductible for "
                       "2026.", False),
                      ("THIS IS NOT A BILL. Total you may be billed is shown for each claim below.", True),
                      ("Your Claims & Costs This Period", True)],
               cols=cols, repeat_header=False, cont="Claim number {clm} (continued)", cont_header=True,
               units=False, mods=False, printed=("billed", "allowed", "paid", "patient_owes"), desc=True,
               sections=[{"claims": claims}], footer="Page {p} of {n}", date_fmt=lambda x: dfmt(x, "mon"),
               date_on_row=False, head_bold=False, gap=14,
               tail=[("Notes for Your Claims", True),
                     ("A  This approved amount went toward your yearly Part B deductible.", False),
                     ("C  Medicare does not cover this service because it is not considered reasonable and", False),
                     ("   necessary. You may be billed for it.", False)],
               legend=[("A", "Approved amount applied to the yearly Part B deductible."),
                       ("C", "Not covered as not reasonable and necessary; you may be billed.")],
               descr="Medicare Summary Notice Part B")
    return table_doc(cfg, out)


def m2(out):
    claims = []
    st = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.62"))
    visits = [(D(2026, 1, d_), r) for d_, r in ((5, [("97163", 1, ("GP",))]),
                                                  (7, [("97110", 2, ("GP",)), ("97116", 1, ("GP",))]),
                                                  (12, [("97110", 2, ("GP", "CQ")), ("97140", 1, ("GP", "CQ"))]),
                                                  (14, [("97110", 2, ("GP",)), ("97116", 1, ("GP",)),
                                                        ("97150", 1, ("GP",))]))]
    svcs = []
    for dd, rows in visits:
        for code, u, m in rows:
            s = commercial(S(dd, code, u, m, denied="PR" if code == "97150" else None), st, deny_reason="96")
            s.remarks = ["N4"] if s.denied else (["N1"] if s.copay else [])
            svcs.append(s)
    other = [commercial(S(D(2026, 1, 20), "99213", 1), PlanState(visit_copay=Decimal("15.00"),
                                                                  allowed_rate=Decimal("0.55"))),
             commercial(S(D(2026, 1, 20), "G0283", 1), PlanState(allowed_rate=Decimal("0.55"),
                                                                  coins_rate=Decimal("0.20")))]
    for s in other:
        s.remarks = ["N1"] if s.copay else []
    for pat, acct, clm, prov, ss in (("Dolores M. Fairweather", "BPT-118845", "H2601-00039-6612",
                                      "Bayside Physical Therapy Group", svcs),
                                     ("Dolores M. Fairweather", "GFM-20731", "H2601-00051-0274",
                                      "Glenmoor Family Medicine", other)):
        claims.append({"pat": pat, "acct": acct, "clm": clm, "svcs": ss,
                       "head": [f"Claim ID: {clm}    Provider: {prov}    Patient acct: {acct}",
                                f"Patient: {pat}    Network status: In network    Claim status: Processed"],
                       "total": [(40, "l", "Claim totals")] + [tot(x, "r", ss, a, lambda v: money(v)) for x, a in
                                                                ((350, "billed"), (420, "allowed"), (480, "paid"),
                                                                 (540, "owes"))],
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                              total(ss, "owes"))})
    cols = [(("Date",), 40, "l", lambda s: dfmt(s.dos, "mdy2")),
            (("Service and code",), 86, "l", lambda s: f"{s.desc[:26]} {' '.join((s.code,) + s.mods)}"),
            (("Units",), 300, "r", lambda s: str(s.units)),
            (("Provider", "charged"), 350, "r", lambda s: money(s.billed)),
            (("Plan", "approved"), 420, "r", lambda s: money(s.allowed)),
            (("Plan", "paid"), 480, "r", lambda s: money(s.paid)),
            (("Your", "share"), 540, "r", lambda s: money(s.owes)),
            (("Note",), 550, "l", lambda s: " ".join(s.remarks))]
    for c in claims:
        for s in c["svcs"]:
            s.desc = s.desc[:26]
    cfg = dict(file="h132_m2_medicare_advantage_eob.pdf", layout="h132_m2", producer="fpdf2",
               title="Explanation of Benefits", font="LibSerif", bold="LibSerif-Bold", size=9, x0=40,
               banner=[("Evergreen Crest Medicare Advantage (HMO-POS)", 14, True, "l"),
                       ("Your Explanation of Benefits for Part C medical services - January-February 2026", 10, False, "l")],
               intro=[("Dolores M. Fairweather    Member ID: ECM-559201847", True),
                      ("This notice explains the medical claims we processed for you in January. It is not a bill.",
                       False),
                      ("Your share this month: see each claim.  Yearly maximum out-of-pocket: $4,900.00 "
                       "($310.00 used).", False)],
               cols=cols, repeat_header=True, cont="Claim ID: {clm} - continued", units=True,
               printed=("billed", "allowed", "paid", "patient_owes"), desc=True, box_heads=True,
               sections=[{"claims": claims}], footer="Evergreen Crest Health Plans   |   H9931_EOB_2026   |   "
                                                     "Page {p} of {n}",
               date_fmt=lambda x: dfmt(x, "mdy2"), head_fill=0.92, gap=16,
               tail=[("Notes", True), ("N1  Your copay for this visit.", False),
                     ("N4  Group session not covered under your plan; the provider may bill you.", False)],
               legend=[("N1", "Copay for the visit."), ("N4", "Group session not covered; provider may bill.")],
               descr="Medicare Advantage member EOB")
    # force continuation: many rows in first claim
    extra = []
    for m_, d_ in [(1, x) for x in (19, 21, 26, 28, 29, 30)] + [(2, x) for x in (2, 4, 9, 11, 16, 18, 23, 25, 26, 27)]:
        for code, u in (("97110", 2), ("97116", 1), ("97140", 1)):
            s = commercial(S(D(2026, m_, d_), code, u, ("GP",)), st)
            s.desc = s.desc[:26]
            s.remarks = ["N1"] if s.copay else []
            extra.append(s)
    claims[0]["svcs"].extend(extra)
    ss = claims[0]["svcs"]
    claims[0]["total"] = [(40, "l", "Claim totals")] + [tot(x, "r", ss, a, lambda v: money(v)) for x, a in
                                                        ((350, "billed"), (420, "allowed"), (480, "paid"),
                                                         (540, "owes"))]
    claims[0]["totals"] = claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                       total(ss, "owes"))
    return table_doc(cfg, out)


def _mkclaims(specs, calc, head, total_cols, fmt, attrs=("billed", "allowed", "paid", "owes"), tx=40):
    claims = []
    for sp in specs:
        svcs = sp["svcs"]
        for s in svcs:
            calc(s)
        claims.append({"pat": sp["pat"], "acct": sp["acct"], "clm": sp["clm"], "svcs": svcs, "head": head(sp),
                       "total": [(tx, "l", sp.get("tlabel", "CLAIM TOTALS"))] +
                                [tot(x, "r", svcs, a, fmt) for x, a in total_cols],
                       "totals": claim_totals(*[total(svcs, a) if a in attrs else None
                                                for a in ("billed", "allowed", "paid", "owes")])})
    return claims


def d1(out):
    def md(s):
        medicaid(s, deny_reason="16")
        s.remarks = ["0412"] if s.denied else (["0001"] if not s.discount else ["0107"])
    paid = [dict(pat="TRUJILLO, AMARA", acct="PT44817", clm="2126012300417", id_="MP30018841",
                 svcs=[S(D(2026, 1, d_), c_, u_, m_) for d_ in (6, 8, 13, 15, 20)
                       for c_, u_, m_ in (("97530", 2, ("GO",)), ("97110", 1, ("GO",)))]),
            dict(pat="TRUJILLO, MATEO", acct="PT44822", clm="2126012300418", id_="MP30018859",
                 svcs=[S(D(2026, 1, 9), "92523", 1, ("GN",)), S(D(2026, 1, 16), "92507", 1, ("GN",)),
                       S(D(2026, 1, 23), "92507", 1, ("GN",))]),
            dict(pat="OKAFOR, CHIDERA", acct="PT45101", clm="2126012300422", id_="MP41170032",
                 svcs=[S(D(2026, 1, d_), c_, u_, m_) for d_ in (7, 14, 21, 28)
                       for c_, u_, m_ in (("97112", 1, ("GP",)), ("97140", 2, ("GP", "59")))])]
    denied = [dict(pat="LINDQVIST, SAGE", acct="PT45188", clm="2226012300031", id_="MP52290174",
                   svcs=[S(D(2026, 1, 12), "97168", 1, ("GO",), denied="CO"),
                         S(D(2026, 1, 12), "97535", 2, ("GO",), denied="CO")])]
    orig = [S(D(2025, 12, 15), "97530", 3, ("GO",)), S(D(2025, 12, 15), "97140", 1, ("GO",))]
    for s in orig:
        md(s)
    rev = [negate(s) for s in orig]
    for s in rev:
        s.remarks = ["0950"]
    repl = [S(D(2025, 12, 15), "97530", 4, ("GO",)), S(D(2025, 12, 15), "97140", 1, ("GO",))]
    adj = [dict(pat="TRUJILLO, AMARA", acct="PT44610", clm="5026012300011", id_="MP30018841", svcs=rev,
                tlabel="CLAIM TOTALS (REVERSAL)"),
           dict(pat="TRUJILLO, AMARA", acct="PT44610", clm="5126012300012", id_="MP30018841", svcs=repl,
                tlabel="CLAIM TOTALS (REPLACEMENT)")]
    fmt = lambda v: money(v, ",", "trail")  # noqa: E731

    def head(sp):
        return [[(36, f"RECIPIENT NAME: {sp['pat']}"), (250, f"RECIP ID: {sp['id_']}"), (400, f"ICN: {sp['clm']}"),
                 (560, f"PAT ACCT: {sp['acct']}")]]
    tc = ((470, "billed"), (540, "allowed"), (660, "paid"))
    sections = [{"title": "CLAIM STATUS: PAID", "claims": _mkclaims(paid, md, head, tc, fmt, tx=36)},
                {"title": "CLAIM STATUS: DENIED", "claims": _mkclaims(denied, md, head, tc, fmt, tx=36)},
                {"title": "CLAIM STATUS: ADJUSTED", "claims": _mkclaims(adj, lambda s: None, head, tc, fmt,
                                                                          tx=36)}]
    for s in repl:
        md(s)
    c = sections[2]["claims"][1]
    c["total"] = [(36, "l", "CLAIM TOTALS (REPLACEMENT)")] + [tot(x, "r", repl, a, fmt) for x, a in tc]
    c["totals"] = claim_totals(total(repl, "billed"), total(repl, "allowed"), total(repl, "paid"))
    for sec in sections:
        for c in sec["claims"]:
            c["totals"]["patient_owes"] = None
    cols = [(("FROM-DOS",), 36, "l", lambda s: dfmt(s.dos, "mdy2")),
            (("TO-DOS",), 96, "l", lambda s: dfmt(s.dos, "mdy2")),
            (("PROC",), 160, "l", lambda s: s.code),
            (("MOD",), 210, "l", lambda s: " ".join(s.mods)),
            (("UNITS",), 300, "r", lambda s: f"{s.units}.00"),
            (("DESCRIPTION",), 312, "l", lambda s: s.desc.upper()[:20]),
            (("BILLED",), 470, "r", lambda s: fmt(s.billed)),
            (("ALLOWED",), 540, "r", lambda s: fmt(s.allowed)),
            (("TPL",), 600, "r", lambda s: "0.00"),
            (("PAID",), 660, "r", lambda s: fmt(s.paid)),
            (("EOB",), 680, "l", lambda s: " ".join(s.remarks))]
    cfg = dict(file="h132_d1_medicaid_ra_paper.pdf", layout="h132_d1", producer="fpdf2", landscape=True,
               title="Remittance Advice", font="Courier", bold="Courier-Bold", size=7.5,
               banner=[("STATE OF NORTH PLAINS - DEPARTMENT OF HUMAN SERVICES - MEDICAL ASSISTANCE PROGRAM", 9,
                        True, "l"),
                       ("REMITTANCE ADVICE   PROVIDER: PRAIRIE BLOOM THERAPY SERVICES LLC   PROV NO: 0048813370   "
                        "RA NO: 0002261   RUN DATE: 01/23/26", 7.5, False, "l")],
               cols=cols, repeat_header=True, one_header=True, cont="   *** CONTINUED ICN: {clm} ***", units=True,
               printed=("billed", "allowed", "paid"), sections=sections,
               footer="NPMAP-RA-01   PAGE {p} OF {n}", date_fmt=lambda x: dfmt(x, "mdy2"), head_rule=True, gap=6,
               tail=[("EOB CODE LEGEND", True), ("0001 PAID IN FULL AT BILLED AMOUNT", False),
                     ("0107 PAID AT MAXIMUM FEE SCHEDULE ALLOWANCE", False),
                     ("0412 PRIOR AUTHORIZATION NUMBER MISSING OR NOT ON FILE", False),
                     ("0950 CLAIM REVERSED - SEE REPLACEMENT ICN", False),
                     ("PAYMENT SUMMARY: CHECK/EFT NO 88120044  AMOUNT RELEASED SEE FINANCIAL PAGE", False)],
               legend=[("0001", "Paid in full at billed amount."), ("0107", "Paid at fee schedule allowance."),
                       ("0412", "Prior authorization missing."), ("0950", "Claim reversed; see replacement.")],
               descr="state Medicaid paper remittance advice")
    return table_doc(cfg, out)


def d2(out):
    def md(s):
        medicaid(s, deny_reason="96")
        s.remarks = ["N130"] if s.denied else []
    specs = [dict(pat="Yusuf Abernethy-Kole", acct="SPR-9021", clm="26023000771402", mid="TX771029384",
                  svcs=[S(D(2026, 2, d_), c_, u_, m_) for d_ in (2, 4, 9, 11, 16, 18)
                        for c_, u_, m_ in (("97530", 2, ("GO",)), ("97535", 1, ("GO",)))]),
             dict(pat="Harper Vance-Lowry", acct="SPR-9037", clm="26023000771409", mid="TX771455016",
                  svcs=[S(D(2026, 2, 3), "97163", 1, ("GP",)), S(D(2026, 2, 5), "97110", 2, ("GP",)),
                        S(D(2026, 2, 5), "97116", 1, ("GP",)), S(D(2026, 2, 5), "97150", 1, ("GP",), denied="CO")]),
             dict(pat="Noor Haddad", acct="SPR-9040", clm="26023000771415", mid="TX772001833",
                  svcs=[S(D(2026, 2, d_), "92507", 1, ("GN",)) for d_ in (6, 13, 20, 27)] +
                  [S(D(2026, 2, 6), "92526", 1, ("GN",))])]
    for sp in specs:
        for i, s in enumerate(sp["svcs"]):
            s.__dict__["_ln"] = i + 1

    def head(sp):
        return [[(40, f"TCN: {sp['clm']}"), (200, f"Member: {sp['pat']}"), (380, f"Member ID: {sp['mid']}")],
                [(40, f"Patient Acct #: {sp['acct']}"), (200, "Claim Type: Professional"),
                 (380, "Status: Processed")]]
    fmt = lambda v: money(v, ",")  # noqa: E731
    tc = ((260, "billed"), (310, "allowed"), (360, "paid"))
    claims = _mkclaims(specs, md, head, tc, fmt, attrs=("billed", "allowed", "paid"), tx=40)
    for c in claims:
        c["head"][0].append((500, "Pay-to: 1749301882"))
        for i, s in enumerate(c["svcs"]):
            s.__dict__["_ln"] = i + 1

    def adjtxt(s):
        return "  ".join(f"{g}-{r} {money(a, ',')}" for g, r, a in s.adjs)
    cols = [(("Ln",), 40, "l", lambda s: str(s.__dict__["_ln"])),
            (("From-Thru",), 56, "l", lambda s: f"{dfmt(s.dos, 'mdy4')}-{dfmt(s.dos, 'mdy4')}"),
            (("Proc",), 150, "l", lambda s: s.code),
            (("Mod",), 180, "l", lambda s: " ".join(s.mods)),
            (("Units",), 220, "r", lambda s: str(s.units)),
            (("Billed",), 260, "r", lambda s: fmt(s.billed)),
            (("Allowed",), 310, "r", lambda s: fmt(s.allowed)),
            (("Paid",), 360, "r", lambda s: fmt(s.paid)),
            (("Grp/CARC Amt",), 372, "l", adjtxt),
            (("RARC",), 540, "l", lambda s: " ".join(s.remarks))]
    cfg = dict(file="h132_d2_medicaid_ra_modern.pdf", layout="h132_d2", producer="reportlab",
               title="Provider Remittance Advice", font="DejaVuSansCond", bold="DejaVuSansCond-Bold", size=7.6,
               x0=40, banner=[("Lone Mesa Medicaid", 14, True, "l"),
                              ("Provider Remittance Advice  |  Payment cycle 02/27/2026  |  EFT trace 4410028813",
                               8.5, False, "l"),
                              ("Payee: Sunpath Pediatric Rehabilitation, 220 Caliche Rd, Amarillo Springs", 8, False,
                               "l")],
               cols=cols, repeat_header=False, cont="TCN: {clm} (continued)", cont_header=True, units=True,
               printed=("billed", "allowed", "paid"), adjs=True, adj_complete=True, box_heads=True,
               sections=[{"claims": claims}], footer="Remittance Advice - Page {p} of {n}",
               date_fmt=lambda x: dfmt(x, "mdy4"), head_fill=0.9, gap=12,
               tail=[("Adjustment reason and remark code meanings", True),
                     ("CO-45  Charge above the program's fee schedule amount.", False),
                     ("CO-96  Service not covered by the program.  N130  See the program's benefit rules.",
                      False)],
               legend=[("N130", "See the program's benefit rules.")], descr="state Medicaid modern RA")
    return table_doc(cfg, out)


def s1(out):
    st = PlanState(ded_left=Decimal("40.00"))
    specs = [dict(pat="DUQUESNE, ROLAND", acct="RC0411827", clm="2226027104410", hic="7TK2MA4RE81",
                  svcs=[S(D(2026, 1, d_), c_, u_, m_) for d_ in (5, 7, 12, 14, 19, 21)
                        for c_, u_, m_ in (("97110", 2, ("GP",)), ("97140", 1, ("GP", "59")))]),
             dict(pat="MARCHETTI, ELEANOR", acct="RC0411903", clm="2226027104433", hic="3FW8JK2PD60",
                  svcs=[S(D(2026, 1, 8), "97165", 1, ("GO",)), S(D(2026, 1, 8), "97530", 2, ("GO", "KX")),
                        S(D(2026, 1, 15), "97530", 2, ("GO", "CO")), S(D(2026, 1, 15), "97535", 1, ("GO", "CO"))]),
             dict(pat="OYELARAN, BENEDICT", acct="RC0412077", clm="2226027104451", hic="9QX4HN7TE12",
                  svcs=[S(D(2026, 1, 9), "92507", 1, ("GN",)), S(D(2026, 1, 9), "0552T", 1, ("GN",), denied="CO")])]

    def calc(s):
        medicare(s, st, deny_reason="96")
        s.remarks = ["N425"] if s.denied else []
        if len(s.adjs) > 1:
            s.__dict__["_stack"] = [f"{g}-{r}  {money(a, ',')}" for g, r, a in s.adjs[1:]]

    def head(sp):
        return [f"NAME {sp['pat']}  HIC {sp['hic']}  ACNT {sp['acct']}  ICN {sp['clm']}  ASG Y  MOA MA01"]
    fmt = lambda v: money(v, "")  # noqa: E731
    tc = ((330, "billed"), (390, "allowed"), (600, "paid"))
    claims = _mkclaims(specs, calc, head, tc, fmt, attrs=("billed", "allowed", "paid"), tx=36)
    for c in claims:
        c["after"] = [f"PT RESP {money(total(c['svcs'], 'owes'), '')}    ADJ TO TOTALS: PREV PD 0.00  "
                      f"INTEREST 0.00  LATE FILING CHARGE 0.00  NET {money(total(c['svcs'], 'paid'), '')}"]
    cols = [(("PERF PROV",), 36, "l", lambda s: "1558204471"),
            (("SERV DATE",), 100, "l", lambda s: f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}"),
            (("POS",), 180, "l", lambda s: "11"),
            (("NOS",), 210, "r", lambda s: str(s.units)),
            (("PROC",), 222, "l", lambda s: s.code),
            (("MODS",), 262, "l", lambda s: " ".join(s.mods)),
            (("BILLED",), 330, "r", lambda s: fmt(s.billed)),
            (("ALLOWED",), 390, "r", lambda s: fmt(s.allowed)),
            (("DEDUCT",), 440, "r", lambda s: fmt(s.deductible)),
            (("COINS",), 490, "r", lambda s: fmt(s.coinsurance)),
            (("GRP/RC-AMT",), 500, "l", lambda s: f"{s.adjs[0][0]}-{s.adjs[0][1]}  {money(s.adjs[0][2], ',')}"),
            (("PROV PD",), 600, "r", lambda s: fmt(s.paid)),
            (("RARC",), 612, "l", lambda s: " ".join(s.remarks))]
    cfg = dict(file="h132_s1_clearinghouse_spr.pdf", layout="h132_s1", producer="reportlab", landscape=True,
               title="Medicare Remittance", font="Courier", bold="Courier-Bold", size=7.2,
               banner=[("CLEARPOINT EDI SERVICES - PAPER REMITTANCE PRINT (ERA TO PAPER)", 8.5, True, "l"),
                       ("PAYER: SUMMIT STATES MEDICARE ADMIN CONTRACTOR   PROVIDER: RIVERSTONE REHAB ASSOCIATES   "
                        "NPI 1558204471   CHECK/EFT # 0077312846   DATE 01/30/26", 7.2, False, "l")],
               cols=cols, repeat_header=True, one_header=True, cont="{pat} ICN {clm} CONTINUED", units=True,
               printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjs=True, adj_complete=True,
               adj_below=3, stack_x=500, sections=[{"claims": claims}], footer="CLEARPOINT REMIT PRINT   PAGE {p} "
                                                                              "OF {n}",
               date_fmt=lambda x: dfmt(x, "mdy6"), gap=6, head_rule=True,
               tail=[("GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES", True),
                     ("CO   CONTRACTUAL OBLIGATION       PR   PATIENT RESPONSIBILITY", False),
                     ("MA01 APPEAL RIGHTS NOTICE ON FILE   N425 STATUTORILY EXCLUDED SERVICE", False)],
               legend=[("MA01", "Appeal rights notice."), ("N425", "Statutorily excluded service.")],
               descr="Medicare-style standard paper remittance, clearinghouse print")
    return table_doc(cfg, out)


def s2(out):
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.70"))
    specs = [dict(pat="Greta Solberg", acct="V-208811", clm="E26034100982",
                  svcs=[S(D(2026, 2, 2), "97166", 1, ("GO",)), S(D(2026, 2, 2), "97530", 2, ("GO",))]),
             dict(pat="Idris Montague", acct="V-208840", clm="E26034101007",
                  svcs=[S(D(2026, 2, d_), c_, u_, ("GP",)) for d_ in (3, 5, 10) for c_, u_ in
                        (("97110", 2), ("97112", 1))]),
             dict(pat="Paloma Reyes-Whitcombe", acct="V-208877", clm="E26034101044",
                  svcs=[S(D(2026, 2, 4), "92523", 1, ("GN",)), S(D(2026, 2, 11), "92507", 1, ("GN",))])]

    def calc(s):
        commercial(s, st)
    fmt = lambda v: money(v, ",")  # noqa: E731

    def head(sp):
        return [[(40, f"Patient: {sp['pat']}"), (200, f"Acct: {sp['acct']}"), (300, f"Payer ICN: {sp['clm']}"),
                 (440, "Status: Processed as Primary")]]
    tc = ((230, "billed"), (280, "allowed"), (566, "paid"))
    claims = _mkclaims(specs, calc, head, tc, fmt, attrs=("billed", "allowed", "paid"), tx=40)
    cols = [(("DOS",), 40, "l", lambda s: dfmt(s.dos, "mdyn")),
            (("CPT",), 90, "l", lambda s: s.code),
            (("Mod",), 125, "l", lambda s: ",".join(s.mods)),
            (("Units",), 180, "r", lambda s: f"{s.units}.0"),
            (("Charge",), 230, "r", lambda s: fmt(s.billed)),
            (("Allowed",), 280, "r", lambda s: fmt(s.allowed)),
            (("Deduct",), 320, "r", lambda s: fmt(s.deductible)),
            (("Coins",), 360, "r", lambda s: fmt(s.coinsurance)),
            (("Adjustments",), 372, "l", lambda s: "  ".join(f"{g}-{r} {money(a, ',')}" for g, r, a in s.adjs)),
            (("Paid",), 566, "r", lambda s: fmt(s.paid))]
    cfg = dict(file="h132_s2_pm_remit_posting.pdf", layout="h132_s2", producer="fpdf2",
               title="Remittance Posting Detail", font="LibNarrow", bold="LibNarrow-Bold", size=8.4, x0=40,
               banner=[("TheraLedger PM  -  Remittance Posting Detail", 13, True, "l"),
                       ("Payer: Granite Valley Health Insurance Co.   Deposit: EFT 5519038  02/20/2026   Practice: "
                        "Maple Hollow Therapy Partners", 8.4, False, "l")],
               cols=cols, repeat_header=False, units=True, row_rule=True, head_bold=True,
               printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjs=True, adj_complete=True,
               sections=[{"claims": claims}], footer="Printed 02/20/2026 by frontdesk2 - page {p} of {n}",
               date_fmt=lambda x: dfmt(x, "mdyn"), gap=12, head_fill=0.85,
               tail=[("Batch total paid: " + money(sum((c["totals"]["paid"] and Decimal(c["totals"]["paid"])
                                                       for c in claims), Decimal(0))), True)],
               descr="practice-management remittance posting report")
    return table_doc(cfg, out)


def f1(out):
    st = PlanState(ded_left=ZERO, copay_codes={}, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    kids = [("Ada Brennan-Fiske", "V10482", "IC2601A7731"), ("Milo Brennan-Fiske", "V10495", "IC2601A7802"),
            ("Juniper Brennan-Fiske", "V10511", "IC2601A7915"), ("Ada Brennan-Fiske", "V10530", "IC2602A0143"),
            ("Milo Brennan-Fiske", "V10547", "IC2602A0208")]
    codes = [[("97530", 2, ("GO",)), ("97110", 1, ("GO",))], [("92507", 1, ("GN",))],
             [("97165", 1, ("GO",)), ("97535", 1, ("GO",))], [("97530", 3, ("GO",)), ("97112", 1, ("GO",))],
             [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]]
    specs = []
    for k, ((pat, acct, clm), rows) in enumerate(zip(kids, codes)):
        dd = D(2026, 1 + k // 3, 6 + 5 * k - (15 if k >= 3 else 0))
        specs.append(dict(pat=pat, acct=acct, clm=clm, svcs=[S(dd, c_, u_, m_) for c_, u_, m_ in rows]))

    def calc(s):
        commercial(s, st)
    fmt = lambda v: money(v, "$")  # noqa: E731

    def head(sp):
        return [f"Visit {sp['acct']}  -  {sp['pat']}  -  Insurance claim {sp['clm']} (Beacon Mutual)"]
    tc = ((400, "billed"), (460, "paid"), (576, "owes"))
    claims = _mkclaims(specs, calc, head, tc, fmt, attrs=("billed", "paid", "owes"), tx=36)
    for c in claims:
        c["total"][0] = (36, "l", f"Visit {c['acct']} totals")
        c["after"] = [f"{dfmt(c['svcs'][0].dos, 'mdy4')}   Beacon Mutual payment posted, check 550182"]
    cols = [(("Date",), 36, "l", lambda s: dfmt(s.dos, "mdy4")),
            (("Code",), 96, "l", lambda s: s.code + "".join(s.mods)),
            (("Service",), 150, "l", lambda s: s.desc[:30]),
            (("Charges",), 400, "r", lambda s: fmt(s.billed)),
            (("Ins Paid",), 460, "r", lambda s: fmt(s.paid)),
            (("Ins Adj",), 518, "r", lambda s: fmt(s.discount)),
            (("Balance",), 576, "r", lambda s: fmt(s.owes))]
    for c in claims:
        for s in c["svcs"]:
            s.desc = s.desc[:30]
    cfg = dict(file="h132_f1_clinic_family_statement.pdf", layout="h132_f1", producer="reportlab",
               title="Statement", font="DejaVuSerif", bold="DejaVuSerif-Bold", size=8,
               banner=[("Little Oaks Pediatric Therapy", 14, True, "l"),
                       ("77 Quarry Lane, Suite 4, Ashgrove, VT 05699   (802) 555-0117", 8, False, "l")],
               intro=[("- - - - - - - - - Please detach and return the top portion with your payment - - - - - - - "
                       "- -", False), ("Guarantor: Colleen Brennan-Fiske   Account: G-3318", True),
                      ("Statement date: 02/16/2026    Amount due: see below    Pay online: littleoaks.example/pay",
                       False), ("", False), ("ACCOUNT ACTIVITY", True)],
               cols=cols, repeat_header=False, one_header=False, cont="{pat} - visit {acct} (continued)",
               units=False, printed=("billed", "paid", "patient_owes"), desc=True, gap=10,
               sections=[{"claims": claims}], footer="Little Oaks Pediatric Therapy - page {p} of {n}",
               date_fmt=lambda x: dfmt(x, "mdy4"),
               tail=[("Amount due from guarantor: " + money(sum((total(c["svcs"], "owes") for c in claims),
                                                                ZERO)), True)],
               descr="therapy clinic family statement")
    return table_doc(cfg, out)


def f2(out):
    specs = [dict(pat="Tobias Ferreira-Lund", acct="HA-66010422", clm="BCX-26-0044871",
                  svcs=[S(D(2026, 1, d_), c_, u_, m_) for d_ in (7, 9, 14, 16, 21, 23, 28, 30)
                        for c_, u_, m_ in (("97110", 2, ("GP",)), ("97140", 1, ("GP",)))]),
             dict(pat="Anneliese Ferreira-Lund", acct="HA-66010587", clm="BCX-26-0045120",
                  svcs=[S(D(2026, 1, 12), "97166", 1, ("GO",)), S(D(2026, 1, 12), "97760", 1, ("GO",)),
                        S(D(2026, 1, 12), "L3807", 1, ("LT",))]),
             dict(pat="Caspian Ferreira-Lund", acct="HA-66010633", clm="BCX-26-0045302",
                  svcs=[S(D(2026, 1, 15), "92523", 1, ()), S(D(2026, 1, 22), "92507", 1, ())])]
    rev = {"97110": "0420", "97140": "0420", "97166": "0430", "97760": "0430", "L3807": "0274", "92523": "0440",
           "92507": "0440"}
    fmt = lambda v: money(v, ",")  # noqa: E731

    def head(sp):
        return [[(40, f"Patient: {sp['pat']}"), (230, f"Account #: {sp['acct']}")],
                [(40, f"Insurance: Blue Cedar PPO   claim # {sp['clm']}"), (300, "Outpatient Rehabilitation")]]
    claims = _mkclaims(specs, lambda s: None, head, ((430, "billed"),), fmt, attrs=("billed",), tx=40)
    finds = []
    for c in claims:
        b = total(c["svcs"], "billed")
        ins = q(b * Decimal("0.55"))
        adj = q(b * Decimal("0.30"))
        c["total"][0] = (40, "l", "Total charges")
        c["after"] = [f"Insurance payments  -{fmt(ins)}", f"Contractual adjustments  -{fmt(adj)}",
                      f"Patient balance  {fmt(b - ins - adj)}"]
    c = claims[1]
    wrong = total(c["svcs"], "billed") + Decimal("25.00")
    c["total"][1] = (430, "r", fmt(wrong))
    c["totals"]["billed"] = str(q(wrong))
    finds.append(f"claim-total-mismatch claim {c['clm']}: printed Total charges {q(wrong)} but the lines add up "
                 f"to {q(total(c['svcs'], 'billed'))}")
    cols = [(("Svc Date",), 40, "l", lambda s: dfmt(s.dos, "mdy2")),
            (("Rev Cd",), 90, "l", lambda s: rev[s.code]),
            (("HCPCS",), 126, "l", lambda s: s.code),
            (("Mod",), 166, "l", lambda s: " ".join(s.mods)),
            (("Qty",), 206, "r", lambda s: str(s.units)),
            (("Description",), 216, "l", lambda s: s.desc.upper()[:32]),
            (("Charges",), 430, "r", lambda s: fmt(s.billed))]
    for cc in claims:
        for s in cc["svcs"]:
            s.desc = s.desc.upper()[:32]
    cfg = dict(file="h132_f2_hospital_guarantor_statement.pdf", layout="h132_f2", producer="fpdf2",
               title="Guarantor Statement", font="DejaVuSans", bold="DejaVuSans-Bold", size=7.8, x0=40, right=440,
               banner=[("ST. ALBAN REGIONAL MEDICAL CENTER", 13, True, "l"),
                       ("Patient Financial Services  |  900 Larchmont Ave, Redvale, MN 55799", 8, False, "l")],
               sidebar=[("Guarantor", True), ("Henrik Ferreira-Lund", False), ("Guarantor #: 0081145", False),
                        ("", False), ("Statement date", True), ("02/18/2026", False), ("", False),
                        ("Total amount due", True), ("See each account", False), ("", False),
                        ("Pay by phone", True), ("1-888-555-0176", False), ("", False), ("Financial help", True),
                        ("Ask about our", False), ("assistance program.", False)],
               sidebar_x=462, sidebar_rule=452, main_x=40,
               cols=cols, repeat_header=False, cont="Account #: {acct} continued", cont_header=True, units=True,
               printed=("billed",), desc=True, gap=14, head_fill=0.9, findings=finds,
               sections=[{"claims": claims}], footer="Page {p} of {n}", date_fmt=lambda x: dfmt(x, "mdy2"),
               descr="hospital guarantor statement, family accounts")
    return table_doc(cfg, out)


LAYOUTS = [c1, c2, m1, m2, d1, d2, s1, s2, f1, f2]


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout132_"))
    if "samples" in out.resolve().parts:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    made = [fn(out) for fn in LAYOUTS]
    print(f"wrote {len(made)} PDFs to {out}")
    if "--check" in argv:
        import json
        errs, spans = [], 0
        for p, spec in made:
            errs += check_file(p, spec)
            t = json.loads(Path(str(p) + ".truth.json").read_text())
            pg = {}
            for ln in t["lines"]:
                pg.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
            if any(len(v) > 1 for v in pg.values()):
                spans += 1
            print(f"  {p.name}: {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims")
        if spans < 3:
            errs.append(f"only {spans} files have a claim continuing onto the next page")
        prods = {json.loads(Path(str(p) + '.truth.json').read_text())["producer"] for p, _ in made}
        if len(prods) < 2 or len(made) < 10:
            errs.append(f"need >=10 files and 2 producers ({len(made)}, {prods})")
        for e in errs:
            print("CHECK FAIL", e)
        print("check", "FAILED" if errs else "passed", f"({spans} files with page-spanning claims)")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
