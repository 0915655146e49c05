"""Write the SEVENTY-THIRD held-out set of synthetic PDF EOB layouts (with truth files) into a folder.

Run:  python bench/heldout73/make_heldout73_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout73/make_heldout73_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness). Drawing goes through bench/heldout73/h73draw.py (one op list, two producers).
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py): printed values only, null for what a layout
does not print (units null where no quantity is printed); claim_id = the provider's own account / patient
account / PCN number (null where not printed, as on the MSN), payer_claim_id = the payer's claim number / ICN,
patient exactly as printed (the person served, not the subscriber). Adjustments only where group + reason +
amount are printed (Medicaid RA); note letters / remark codes go into remarks. Every name, number, payer,
provider, address and ID is invented; service wording is our own.

Layouts:
  c1  commercial PPO member EOB (reportlab, portrait Liberation Serif): one section per family member (3), claim
      heads with provider / claim number / patient account, "Amount Billed / Network Discount / Allowed Amount /
      Not Covered / Deductible / Copay / Coinsurance / Plan Paid / You Owe / Remark Code", code + mods "97530 GO",
      description on a second text line, no units, a denied line, a claim continuing onto page 2 with a
      "(continued)" line and repeated header, remark legend
  c2  employer-plan "Statement of Benefits" (fpdf2, landscape DejaVu Sans Condensed): dark banner, YTD box,
      "For: NAME (Relation)" shaded claim heads, Procedure / Mod / Qty "2.0" columns, "Charged / Member Savings /
      Plan Allowance / Not Covered / Copay / Paid to Provider / Your Responsibility", parenthesised negatives
      style, visit copays, a denied line, the second claim continues on page 2 under a repeated header, PLANTED
      claim-total mismatch (Your Responsibility)
  m1  Medicare Summary Notice Part B (reportlab, portrait DejaVu Sans): facts and deductible boxes, claim heads
      with claim number and provider address, "Service Provided & Billing Code" as "Jan 5, 2026  <words>
      (97110-GP-KX)", "Service Approved?", charged / approved / paid / maximum you may be billed, note letters
  m2  Medicare Advantage HMO monthly member EOB (fpdf2, portrait Liberation Sans): cost summary box, code glued
      after the wording "97530-GO", "Provider charged / Plan-approved amount / Plan's share / Your share", copays,
      a 31-line claim, the document runs on to page 2 (claim continuation line + repeated header if split)
  d1  state Medicaid remittance advice (reportlab, portrait DejaVu Sans Mono): RA banner on every page, recipient
      "LAST, FIRST M" heads with ICN and PAT ACCT, LN / FROM DOS / TO DOS (MMDDYY) / PROC / MODS / UNITS "2.00" /
      BILLED / ALLOWED / ADJ GRP/RSN "CO-45" / ADJ AMT / PAID / RARC, a denied line, a claim continuing on page 2
      with a "*** CONTINUED ***" line and repeated header, claim totals
  d2  Medicaid managed-care provider RA (fpdf2, portrait Liberation Sans Narrow): boxed banner, PAID CLAIMS /
      ADJUSTED CLAIMS sections, Member / TCN / Patient Acct # heads, "Dtl / From / Thru / Proc / Modifiers /
      Units / Billed / Allowed / Adjustment (Grp Rsn Amount) / Paid / EOB", a VOID with parenthesised
      negatives and its replacement claim
  p1  clearinghouse reprint of a Medicare standard paper remittance (fpdf2, landscape core Courier): NAME / MID /
      ACNT / ICN / ASG / MOA rows, "PERF PROV / SERV DATE / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT /
      COINS / GRP/RC-AMT RARC / PROV PD", no currency signs, CO-253 reductions, a denied line, PT RESP totals
      (claim patient_owes only in the total row), header printed once
  p2  practice-management "ERA Detail Report" (reportlab, landscape Liberation Sans): Patient / Visit # / Payer
      ICN heads, "DOS 02/02/26 / CPT / Mod 'GO,59' / Units / Charge / Allowed / Deduct / Coins / Adjustments /
      Ins Paid", reversal of a prior payment in parentheses and the corrected claim, visit totals
  s1  pediatric therapy family statement (reportlab, portrait DejaVu Serif): guarantor box, detach line, visit
      heads per child naming the insurer claim number, "Date / Description / CPT/Mod / Qty / Charges / Ins. Paid
      / Ins. Adj. / Balance" (Ins. Adj. = discount, Balance = patient_owes), header printed once, visit balances
  s2  hospital outpatient family statement (fpdf2, portrait DejaVu Sans): guarantor band, one hospital account
      per family visit series (claim_id = account #, no payer claim number), "Service Date / Rev / CPT/HCPCS /
      Description / Qty / Charges" only, pending-insurance notes, an account continuing on page 2

The self-check (--check) tests the factory, not the reader: each truth line's code, modifiers, units and printed
amounts (and remark / adjustment amounts) are on one extracted text line of its page, dates, ids, patients and
description words are in the document, the page count matches, billed - adjustments = paid where adjustments
are printed, allowed - deductible - copay - coinsurance = paid and billed - discount - not covered = allowed
where printed, claim totals = sum of lines unless declared as an expected finding (and that one really is off),
and at least three documents carry a claim whose rows continue onto a next page.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, q, total, truth_line, units_str, write_truth)
from h73draw import Doc  # noqa: E402

D = date
FMT: dict[str, dict] = {}   # per layout: how money / units / dates are printed (used by --check)
MOV = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered", "discount")


def reg(name, mstyle="$", neg="-", ufmt=None, dstyle="mdy4"):
    FMT[name] = {"m": mstyle, "neg": neg, "u": ufmt, "d": dstyle}


class Flow:
    """Rows flowing down pages; on a break: furniture, then (optionally) a repeated column header."""

    def __init__(self, doc, furniture, header, bottom, repeat=True):
        self.doc, self.furniture, self.header, self.bottom, self.repeat = doc, furniture, header, bottom, repeat
        self.page = 1
        self.y = furniture(doc, 1)
        self.cont = None  # callable(doc, y) -> y, drawn after a break while a claim is open

    def need(self, h):
        if self.y + h > self.bottom:
            self.doc.new_page()
            self.page += 1
            self.y = self.furniture(self.doc, self.page)
            if self.cont:
                self.y = self.cont(self.doc, self.y)
            if self.repeat and self.header and self.cont:
                self.y = self.header(self.doc, self.y)

    def cells(self, cols, vals, size, lh, bold=False, font=None):
        self.need(lh)
        y = self.y + size
        for key, x, al in cols:
            if vals.get(key) not in (None, ""):
                self.doc.text(x, y, vals[key], size, bold=bold, align=al, font=font)
        self.y += lh
        return self.page


def header_row(doc, y, cols, titles, size, bold=True, rule=True, x0=None, x1=None, fill=None, lines=2):
    h = size * 1.2 * lines + 4
    if fill is not None:
        doc.rect(x0, y, x1 - x0, h, fill=fill, stroke=False)
    for (key, x, al) in cols:
        parts = titles.get(key, "").split("\n")
        for i, p in enumerate(parts):
            doc.text(x, y + size + 1 + i * size * 1.2 + (lines - len(parts)) * size * 1.2, p, size, bold=bold, align=al)
    if rule:
        doc.line(x0, y + h, x1, y + h, 0.6)
    return y + h + 2


def mk(dos, code, units, mods=(), **kw):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), **kw)


def M(layout):
    f = FMT[layout]
    return lambda d: money(d, f["m"], f["neg"])


def legend_rows(doc, x, y, items, size, width_chars=120):
    for c, t in items:
        doc.text(x, y, f"{c}", size, bold=True)
        doc.text(x + 34, y, t, size)
        y += size * 1.35
    return y


def run_table(out: Path, cfg: dict) -> dict:
    """Generic engine: furniture + claim heads + column header + service rows + totals, paginated."""
    name = cfg["name"]
    doc = Doc(cfg.get("landscape", False), cfg["font"], cfg["bold"])
    size, lh = cfg["size"], cfg["lh"]
    cols, titles = cfg["cols"], cfg["titles"]
    x0, x1 = cfg["x0"], cfg["x1"]

    def header(d, y):
        return header_row(d, y, cols, titles, cfg.get("hsize", size), x0=x0, x1=x1, fill=cfg.get("hfill"),
                          lines=cfg.get("hlines", 2), rule=True)

    fl = Flow(doc, cfg["furniture"], header, cfg["bottom"], cfg.get("repeat", True))
    lines, claims, findings = [], [], []
    mf = M(name)
    first_header_done = False
    for cl in cfg["claims"]:
        if cl.get("section"):
            fl.need(lh * 2 + 40)
            fl.y += 4
            doc.text(x0, fl.y + size + 2, cl["section"], size + 2, bold=True)
            if cfg.get("section_rule"):
                doc.line(x0, fl.y + size + 5, x1, fl.y + size + 5, 1.0)
            fl.y += size + 10
        head = cl["head"]
        fl.need(len(head) * lh + lh * 3 + 20)
        if cfg.get("headbox"):
            doc.rect(x0, fl.y, x1 - x0, len(head) * lh + 3, fill=cfg["headbox"], stroke=False)
        for hl in head:
            if isinstance(hl, dict):
                fl.cells(hl["cols"], hl["vals"], size, lh, bold=hl.get("bold", False))
            else:
                fl.need(lh)
                doc.text(x0 + 2, fl.y + size, hl, size, bold=True)
                fl.y += lh
        fl.y += 2
        if cfg.get("header_per_claim", True) or not first_header_done:
            fl.y = header(doc, fl.y)
            first_header_done = True
        cid, pcn, pat = cl["ids"]
        contline = cfg.get("cont")
        fl.cont = (lambda d, y, c=cl: cfg["cont"](d, y, c)) if contline else (lambda d, y: y)
        for s in cl["svcs"]:
            extra = cfg.get("rowextra", lambda s: [])(s)
            fl.need(lh * (1 + len(extra)))
            vals = cfg["row"](s, mf)
            page = fl.cells(cols, vals, size, lh)
            for ex in extra:  # continuation text lines of the same service (description, adjustments)
                fl.cells(ex[0], ex[1], ex[2] if len(ex) > 2 else size - 0.8, lh * 0.95)
            lines.append(truth_line(page, s, claim_id=cid, payer_claim_id=pcn, patient=pat, printed=cfg["printed"],
                                    units=cfg.get("units", True), modifiers=True,
                                    adjustments=[list(a) for a in s.adjs] if cfg.get("adj") else [],
                                    remarks=list(s.remarks), description=cfg.get("desc", True)))
        fl.cont = None
        tot = {k: total(cl["svcs"], {"patient_owes": "owes"}.get(k, k)) for k in cfg.get("totals", ())}
        printed_tot = dict(tot)
        if cl.get("mismatch") is not None:
            fld, delta = cl["mismatch"]
            printed_tot[fld] = tot[fld] + delta
            findings.append(f"claim-total-mismatch claim {cid}: printed {cfg['tot_label'][fld]} total "
                            f"{q(printed_tot[fld])} but the lines add up to {q(tot[fld])}")
        if cfg.get("totals"):
            tv = cfg["totrow"](printed_tot, mf)
            if cfg.get("totrule", True):
                doc.line(x0, fl.y + 1, x1, fl.y + 1, 0.4)
            fl.y += 2
            fl.cells(cols, tv, size, lh, bold=True)
        for post in cl.get("post", []):
            fl.need(lh)
            doc.text(x0 + 2, fl.y + size, post, size - 0.5)
            fl.y += lh
        fl.y += cfg.get("gap", 8)
        claims.append({"claim_id": cid, "payer_claim_id": pcn, "patient": pat,
                       "totals": claim_totals(**{k: printed_tot.get(k) for k in ("billed", "allowed", "paid",
                                                                                   "patient_owes")})})
    if cfg.get("end"):
        cfg["end"](doc, fl)
    pdf = out / f"{name}.pdf"
    pages = doc.save(pdf, cfg["producer"], cfg["title"])
    write_truth(pdf, name, cfg["producer"], pages, cfg["desc_text"], lines, claims, cfg.get("legend", []),
                findings)
    return {"name": name, "pages": pages, "lines": len(lines)}


def footer(doc, page, text, total_pages_hint=None, size=6.5):
    doc.text(doc.w / 2, doc.h - 22, f"{text}    Page {page}", size, align="c", gray=0.3)


# ============================================================================ c1 commercial member EOB
def c1(out):
    name = "h73_c1_member_eob"
    reg(name, "$", "-", None, "mdy2")
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("35.00")})
    mila = [commercial(mk(D(2026, 1, 6), c, u, m), st) for c, u, m in
            [("97165", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO",))]]
    mila += [commercial(mk(D(2026, 1, 13), c, u, m), st) for c, u, m in
             [("97530", 3, ("GO",)), ("97112", 1, ("GO", "59")), ("97110", 2, ("GO",))]]
    mila += [commercial(mk(D(2026, 1, 20), c, u, m), st) for c, u, m in
             [("97530", 2, ("GO",)), ("97535", 2, ("GO",)), ("97168", 1, ("GO",))]]
    mila[4].remarks = ["K4"]
    theo = [commercial(mk(D(2026, 1, 8), "92523", 1, ("GN",)), st),
            commercial(mk(D(2026, 1, 15), "92507", 1, ("GN",)), st),
            commercial(mk(D(2026, 1, 22), "92507", 1, ("GN",)), st),
            commercial(mk(D(2026, 1, 22), "92526", 1, ("GN",), denied="PR"), st, "96")]
    theo[3].remarks = ["P2"]
    dana = [commercial(mk(D(2026, 1, 9), "99213", 1, ("25",)), st),
            commercial(mk(D(2026, 1, 9), "L3807", 1, ("RT",)), st),
            commercial(mk(D(2026, 1, 9), "97760", 1, ("GO",)), st)]
    cols = [("dos", 30, "l"), ("code", 66, "l"), ("billed", 176, "r"), ("discount", 218, "r"),
            ("allowed", 262, "r"), ("not_covered", 304, "r"), ("deductible", 346, "r"), ("copay", 386, "r"),
            ("coinsurance", 430, "r"), ("paid", 474, "r"), ("owes", 520, "r"), ("rmk", 540, "l")]
    titles = {"dos": "Date of\nService", "code": "Service", "billed": "Amount\nBilled", "discount": "Network\nDiscount",
              "allowed": "Allowed\nAmount", "not_covered": "Not\nCovered", "deductible": "Deductible",
              "copay": "Copay", "coinsurance": "Coinsurance", "paid": "Plan\nPaid", "owes": "You\nOwe",
              "rmk": "Remark\nCode"}

    def row(s, mf):
        return {"dos": dfmt(s.dos, "mdy2"), "code": " ".join((s.code,) + s.mods), "billed": mf(s.billed),
                "discount": mf(s.discount), "allowed": mf(s.allowed), "not_covered": mf(s.not_covered),
                "deductible": mf(s.deductible), "copay": mf(s.copay), "coinsurance": mf(s.coinsurance),
                "paid": mf(s.paid), "owes": mf(s.owes), "rmk": " ".join(s.remarks)}

    def totrow(t, mf):
        r = {k: mf(v) for k, v in t.items()}
        r["owes"] = r.pop("patient_owes")
        r["code"] = "Claim Total"
        return r

    def furn(d, p):
        d.text(30, 40, "HARBORLINE HEALTH PLAN", 15, bold=True)
        d.text(30, 52, "PO Box 44120  |  Tillamook Junction, OR 97099  |  Member Services 1-800-555-0143", 7)
        d.text(582, 40, "EXPLANATION OF BENEFITS", 11, bold=True, align="r")
        d.text(582, 52, "THIS IS NOT A BILL", 8, bold=True, align="r")
        footer(d, p, "Harborline Health Plan  -  Statement date 02/02/26  -  Subscriber ID HLX884201937")
        if p > 1:
            d.text(30, 70, "Subscriber: DANA OKAFOR-REYES   ID HLX884201937   (continued)", 7.5)
            return 82
        d.text(30, 90, "DANA OKAFOR-REYES", 8.5, bold=True)
        for i, t in enumerate(["2217 Sitka Spruce Ln", "Moss Landing, OR 97081"]):
            d.text(30, 101 + i * 10, t, 8)
        d.rect(330, 80, 252, 64)
        for i, (a, b) in enumerate([("Statement date", "02/02/26"), ("Subscriber ID", "HLX884201937"),
                                    ("Group", "CASCADE FERRY WORKS 00417"), ("Plan", "Open Access PPO 1500")]):
            d.text(336, 92 + i * 13, a, 7.5)
            d.text(576, 92 + i * 13, b, 7.5, bold=True, align="r")
        d.rect(30, 156, 552, 46, fill=0.92, stroke=False)
        d.text(36, 168, "Your deductible this plan year: $1,500.00 individual / $3,000.00 family.", 7.5)
        d.text(36, 180, "Claims below were processed between 01/20/26 and 01/30/26 for the family members listed.", 7.5)
        d.text(36, 192, "Please keep this statement with your health records. Questions? Call the number above.", 7.5)
        return 214

    def cont(d, y, cl):
        d.text(32, y + 7, f"{cl['ids'][2]} - Claim {cl['ids'][1]} (continued)", 7, bold=True)
        return y + 11

    claims = [
        {"section": "Patient: MILA OKAFOR-REYES (Dependent)", "ids": ("BPT-77120", "HL2601140231", "MILA OKAFOR-REYES"),
         "head": ["Provider: Brightpath Pediatric Therapy (In-Network)    Claim Number: HL2601140231    "
                  "Patient Account: BPT-77120"], "svcs": mila},
        {"section": "Patient: THEO OKAFOR-REYES (Dependent)", "ids": ("SC-3301845", "HL2601200877", "THEO OKAFOR-REYES"),
         "head": ["Provider: Sound Steps Speech Clinic (In-Network)    Claim Number: HL2601200877    "
                  "Patient Account: SC-3301845"], "svcs": theo},
        {"section": "Patient: DANA OKAFOR-REYES (Subscriber)", "ids": ("44A90812", "HL2601160402", "DANA OKAFOR-REYES"),
         "head": ["Provider: Northfork Hand & Upper Limb Center (In-Network)    Claim Number: HL2601160402    "
                  "Patient Account: 44A90812"], "svcs": dana},
    ]
    legend = [("K4", "Billed separately but the plan pays it only as part of another service that day."),
              ("P2", "This service is not a benefit of your plan; the provider may bill you for it.")]

    def end(d, fl):
        fl.need(60)
        y = fl.y + 10
        d.text(30, y, "Remark Codes", 8.5, bold=True)
        legend_rows(d, 30, y + 12, legend, 7.5)

    return run_table(out, dict(
        name=name, producer="reportlab", font="LibSerif", bold="LibSerif-B", size=7, lh=10.5, hsize=6.6,
        cols=cols, titles=titles, x0=30, x1=582, bottom=730, furniture=furn, row=row, totrow=totrow,
        rowextra=lambda s: [([("d", 70, "l")], {"d": s.desc}, 6.2)], cont=cont, hfill=0.85,
        printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
                 "patient_owes"), units=False, totals=("billed", "allowed", "paid", "patient_owes"),
        end=end, legend=legend, title="Explanation of Benefits", tot_label={}, claims=claims,
        desc_text="Commercial PPO member EOB for a family of three, one section per member, desc under code"))


# ============================================================================ c2 commercial member EOB (landscape)
def c2(out):
    name = "h73_c2_member_eob"
    reg(name, ",", "()", lambda u: f"{u:.1f}", "mdy4")
    st = PlanState(ded_left=Decimal("0.00"), visit_copay=Decimal("40.00"))
    kai = [commercial(mk(D(2026, 1, 7), "97161", 1, ("GP",)), st), commercial(mk(D(2026, 1, 7), "97110", 2, ("GP",)), st),
           commercial(mk(D(2026, 1, 14), "97140", 1, ("GP", "59")), st), commercial(mk(D(2026, 1, 14), "97110", 3, ("GP",)), st),
           commercial(mk(D(2026, 1, 14), "G0283", 1, ("GP",)), st)]
    for dd in (16, 21, 23, 26, 28, 30):
        kai += [commercial(mk(D(2026, 1, dd), c, u, m), st) for c, u, m in
                [("97110", 2, ("GP",)), ("97140", 1, ("GP", "59")), ("97112", 1, ("GP",)), ("97530", 1, ("GP",))]]
    rosa = [commercial(mk(D(2026, 1, 12), "97166", 1, ("GO",)), st), commercial(mk(D(2026, 1, 12), "97530", 2, ("GO",)), st),
            commercial(mk(D(2026, 1, 19), "0552T", 1, ("GO",), denied="PR"), st, "96")]
    rosa[2].remarks = ["X17"]
    cols = [("dos", 40, "l"), ("code", 100, "l"), ("mods", 136, "l"), ("qty", 178, "r"), ("desc", 186, "l"),
            ("billed", 400, "r"), ("discount", 450, "r"), ("allowed", 500, "r"), ("not_covered", 548, "r"),
            ("copay", 594, "r"), ("paid", 646, "r"), ("owes", 706, "r"), ("rmk", 716, "l")]
    titles = {"dos": "Service Date", "code": "Procedure", "mods": "Mod", "qty": "Qty", "desc": "Description",
              "billed": "Charged", "discount": "Member\nSavings", "allowed": "Plan\nAllowance", "not_covered": "Not\nCovered",
              "copay": "Copay", "paid": "Paid to\nProvider", "owes": "Your\nResponsibility", "rmk": "Code"}

    def row(s, mf):
        return {"dos": dfmt(s.dos, "mdy4"), "code": s.code, "mods": " ".join(s.mods), "qty": f"{s.units:.1f}",
                "desc": s.desc, "billed": mf(s.billed), "discount": mf(s.discount), "allowed": mf(s.allowed),
                "not_covered": mf(s.not_covered), "copay": mf(s.copay), "paid": mf(s.paid), "owes": mf(s.owes),
                "rmk": " ".join(s.remarks)}

    def totrow(t, mf):
        return {"desc": "Totals for this claim", "billed": mf(t["billed"]), "allowed": mf(t["allowed"]),
                "paid": mf(t["paid"]), "owes": mf(t["patient_owes"])}

    def furn(d, p):
        d.rect(0, 0, 792, 46, fill=0.25, stroke=False)
        d.text(40, 28, "SUMMIT KEEL BENEFIT ADMINISTRATORS", 14, bold=True, gray=1.0)
        d.text(752, 28, "Statement of Benefits", 11, align="r", gray=1.0)
        footer(d, p, "Summit Keel Benefit Administrators, 9 Larchmont Plaza, Beaverhead, MT 59799 - for the Tamarack Mills Employee Health Plan")
        if p > 1:
            return 62
        d.text(40, 66, "Prepared for: KAI VANTERPOOL", 9, bold=True)
        d.text(40, 78, "Member ID: SKB-520-77-1408      Group: TMH-3340      Date prepared: 02/02/2026", 8)
        d.rect(560, 56, 192, 60)
        d.text(566, 68, "Family year-to-date", 8, bold=True)
        d.text(566, 80, "Deductible met: 500.00 of 500.00", 7.5)
        d.text(566, 92, "Out-of-pocket: 1,212.40 of 6,000.00", 7.5)
        d.text(566, 104, "Plan year: 01/01/2026 - 12/31/2026", 7.5)
        d.text(40, 96, "This is not a bill. Amounts under Your Responsibility may be billed by the provider.", 8)
        return 124

    claims = [
        {"ids": ("600142-01", "SK26-0129-55810", "KAI VANTERPOOL"),
         "head": ["For: KAI VANTERPOOL (Self)   Provider: Tidewater Motion Physical Therapy   Claim #: SK26-0129-55810   "
                  "Provider Acct #: 600142-01   Received: 01/21/2026"], "svcs": kai},
        {"ids": ("RC88213", "SK26-0130-56004", "ROSA VANTERPOOL"), "mismatch": ("patient_owes", Decimal("40.00")),
         "head": ["For: ROSA VANTERPOOL (Spouse)   Provider: Larkfield Hand Therapy Associates   Claim #: SK26-0130-56004   "
                  "Provider Acct #: RC88213   Received: 01/26/2026"], "svcs": rosa},
    ]
    legend = [("X17", "This treatment is excluded under your plan's investigational-services rule.")]

    def end(d, fl):
        fl.need(40)
        d.text(40, fl.y + 10, "Explanation of codes", 8.5, bold=True)
        legend_rows(d, 40, fl.y + 22, legend, 7.5)

    return run_table(out, dict(
        name=name, producer="fpdf2", landscape=True, font="DejaVuCond", bold="DejaVuCond-B", size=7.4, lh=11,
        cols=cols, titles=titles, x0=40, x1=752, bottom=570, furniture=furn, row=row, totrow=totrow, hfill=None,
        printed=("billed", "discount", "allowed", "not_covered", "copay", "paid", "patient_owes"), units=True,
        totals=("billed", "allowed", "paid", "patient_owes"), end=end, legend=legend, title="Statement of Benefits",
        tot_label={"patient_owes": "Your Responsibility"}, claims=claims, headbox=0.9,
        desc_text="Employer-plan statement of benefits, landscape, visit copays, denied line, planted total mismatch"))


# ============================================================================ m1 Medicare Summary Notice
def m1(out):
    name = "h73_m1_msn"
    reg(name, "$", "-", None, "mon")
    st = PlanState(ded_left=Decimal("40.00"))
    a = [medicare(mk(D(2026, 1, 5), c, u, m), st, sequestration=False) for c, u, m in
         [("97163", 1, ("GP",)), ("97110", 2, ("GP", "KX")), ("97112", 1, ("GP", "CQ"))]]
    a += [medicare(mk(D(2026, 1, 12), c, u, m), st, sequestration=False) for c, u, m in
          [("97110", 2, ("GP", "KX")), ("97140", 1, ("GP",)), ("97116", 1, ("GP",), )]]
    a[2].remarks = ["C"]
    b = [medicare(mk(D(2026, 1, 20), "99213", 1), st, sequestration=False),
         medicare(mk(D(2026, 1, 20), "0552T", 1, denied="PR"), st, sequestration=False, deny_reason="50")]
    b[1].remarks = ["D"]
    for s in a + b:
        s.remarks = ["A"] + s.remarks
    cols = [("svc", 40, "l"), ("ok", 290, "c"), ("billed", 370, "r"), ("allowed", 440, "r"), ("paid", 506, "r"),
            ("owes", 564, "r"), ("rmk", 572, "l")]
    titles = {"svc": "Service Provided & Billing Code", "ok": "Service\nApproved?", "billed": "Amount\nProvider Charged",
              "allowed": "Medicare-\nApproved", "paid": "Medicare\nPaid Provider", "owes": "Maximum You\nMay Be Billed",
              "rmk": "See\nNotes"}

    def row(s, mf):
        return {"svc": f"{dfmt(s.dos, 'mon')}  {s.desc} ({'-'.join((s.code,) + s.mods)})", "ok": "No" if s.denied else "Yes", "billed": mf(s.billed),
                "allowed": mf(s.allowed), "paid": mf(s.paid), "owes": mf(s.owes), "rmk": ", ".join(s.remarks)}

    def extra(s):
        return [([("c", 62, "l")], {"c": f"({'-'.join((s.code,) + s.mods)})"}, 7)]

    def totrow(t, mf):
        return {"svc": "Total for Claim", "billed": mf(t["billed"]), "allowed": mf(t["allowed"]), "paid": mf(t["paid"]),
                "owes": mf(t["patient_owes"])}

    def furn(d, p):
        d.text(40, 42, "Medicare Summary Notice for Part B (Medical Insurance)", 12, bold=True)
        d.text(40, 56, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 7.5)
        d.text(572, 42, "GERTRUDE ALVIN-MARSH", 8.5, bold=True, align="r")
        footer(d, p, "Gertrude Alvin-Marsh  -  Medicare Number XXXXXXX2K47  -  February 2, 2026")
        if p > 1:
            d.line(40, 64, 572, 64, 1.2)
            return 74
        d.rect(40, 70, 260, 86, fill=0.93, stroke=False)
        for i, t in enumerate(["Medicare Number  XXXXXXX2K47", "Date of this notice  February 2, 2026",
                               "Claims processed  Nov 3, 2025 - Jan 30, 2026", "Questions? 1-800-555-0199",
                               "TTY users 1-877-555-0100"]):
            d.text(46, 84 + i * 14, t, 8)
        d.rect(312, 70, 260, 86)
        d.text(318, 84, "Your Deductible Status", 9, bold=True)
        d.text(318, 98, "Your deductible is what you must pay for most", 7.5)
        d.text(318, 109, "health services before Medicare begins to pay.", 7.5)
        d.text(318, 124, "Part B deductible: You have now met $283.00 of", 7.5)
        d.text(318, 135, "your $283.00 deductible for 2026.", 7.5)
        d.text(40, 176, "Your Claims for Part B (Medical Insurance)", 11, bold=True)
        d.text(40, 189, "Part B helps pay for doctor services, therapy, and outpatient care.", 7.5)
        return 198

    claims = [
        {"ids": (None, "26-011-40557-310", "GERTRUDE ALVIN-MARSH"),
         "head": ["Claim number 26-011-40557-310    Rivermeet Physical Therapy, 1180 Quarry Ave., Hollis Fork, NH 03099",
                  "Referred by: Priya Vantongeren    Service dates Jan 5 - Jan 12, 2026"], "svcs": a},
        {"ids": (None, "26-021-40881-114", "GERTRUDE ALVIN-MARSH"),
         "head": ["Claim number 26-021-40881-114    Kestrel Ridge Family Medicine, 40 Ashgrove St., Hollis Fork, NH 03099",
                  "Service date Jan 20, 2026"], "svcs": b},
    ]
    legend = [("A", "The amount Medicare paid the provider reflects your deductible and coinsurance share."),
              ("C", "Therapy above the yearly threshold was covered because the provider documented need."),
              ("D", "Medicare does not cover this item because it is not considered reasonable and necessary.")]

    def end(d, fl):
        fl.need(70)
        d.text(40, fl.y + 12, "Notes for Claims Above", 10, bold=True)
        legend_rows(d, 40, fl.y + 26, legend, 7.5)

    return run_table(out, dict(
        name=name, producer="reportlab", font="DejaVuSans", bold="DejaVuSans-B", size=7.2, lh=11, cols=cols,
        titles=titles, x0=40, x1=572, bottom=740, furniture=furn, row=row, totrow=totrow,
        headbox=0.88, printed=("billed", "allowed", "paid", "patient_owes"), units=False,
        totals=("billed", "allowed", "paid", "patient_owes"), end=end, legend=legend, claims=claims,
        title="Medicare Summary Notice", tot_label={}, desc=True,
        desc_text="Medicare Summary Notice Part B, date + description then code line, notes letters"))


# ============================================================================ m2 Medicare Advantage member EOB
def m2(out):
    name = "h73_m2_ma_eob"
    reg(name, "$", "-", None, "mdy4")
    st = PlanState(ded_left=ZERO, copay_codes={c: Decimal("25.00") for c in ("97530", "97110", "97140", "97112", "97535",
                                                                              "97168", "97167", "92507", "92523", "97129")})
    svcs = []
    for dd in (5, 6, 7, 8, 9, 12, 13, 14, 15, 16, 20, 21, 22, 23):
        for c, u in (("97530", 2), ("97535", 1), ("97140", 1)) if dd % 2 else (("97110", 2), ("97112", 1)):
            svcs.append(commercial(mk(D(2026, 1, dd), c, u, ("GO",)), st))
    svcs.insert(0, commercial(mk(D(2026, 1, 5), "97167", 1, ("GO",)), st))
    sp = [commercial(mk(D(2026, 1, 9), "92523", 1, ("GN",)), st), commercial(mk(D(2026, 1, 16), "97129", 1, ("GN",)), st)]
    cols = [("svc", 36, "l"), ("dos", 236, "l"), ("billed", 344, "r"), ("allowed", 414, "r"), ("paid", 478, "r"),
            ("owes", 540, "r"), ("rmk", 552, "l")]
    titles = {"svc": "Service", "dos": "Date of service", "billed": "Provider\ncharged", "allowed": "Plan-approved\namount",
              "paid": "Plan's\nshare", "owes": "Your\nshare", "rmk": "Note"}

    def row(s, mf):
        return {"svc": f"{s.desc[:30]} {s.code}-{'-'.join(s.mods)}", "dos": dfmt(s.dos, "mdy4"), "billed": mf(s.billed),
                "allowed": mf(s.allowed), "paid": mf(s.paid), "owes": mf(s.owes), "rmk": " ".join(s.remarks)}

    for s in svcs + sp:
        s.desc = s.desc[:30]

    def totrow(t, mf):
        return {"svc": "Claim total", "billed": mf(t["billed"]), "allowed": mf(t["allowed"]), "paid": mf(t["paid"]),
                "owes": mf(t["patient_owes"])}

    def furn(d, p):
        d.text(36, 40, "Bayfront Silver Advantage (HMO)", 13, bold=True)
        d.text(36, 52, "Explanation of Benefits - January 2026", 9)
        d.text(576, 40, "Member: HAROLD QUINTERO-BASS", 8, align="r")
        d.text(576, 52, "Member ID: BSA0071458823", 8, align="r")
        footer(d, p, "Bayfront Silver Advantage is an HMO plan with a Medicare contract. H9911_EOB26_M")
        if p > 1:
            return 66
        d.rect(36, 64, 540, 70)
        d.text(42, 78, "Your total costs for January", 9, bold=True)
        d.text(42, 92, "Total charged by providers  $2,612.00", 8)
        d.text(42, 104, "Plan's share  $1,219.74", 8)
        d.text(42, 116, "Your share (copays)  $400.00", 8)
        d.text(320, 78, "Your out-of-pocket maximum", 9, bold=True)
        d.text(320, 92, "$400.00 of $4,900.00 spent so far this year", 8)
        d.text(36, 152, "Your claims in detail", 11, bold=True)
        return 160

    def cont(d, y, cl):
        d.text(38, y + 8, f"Claim {cl['ids'][1]} for {cl['ids'][2]} - continued from previous page", 7.5, bold=True)
        return y + 13

    claims = [
        {"ids": ("HQB-3309", "BSA-2601-448812", "HAROLD QUINTERO-BASS"), "svcs": svcs,
         "head": ["Claim BSA-2601-448812   Provider: Seawall Occupational Therapy, LLC   Patient acct. HQB-3309",
                  "Network status: in network   Claim received 01/26/2026   Status: paid"]},
        {"ids": ("ST-90412", "BSA-2601-450077", "HAROLD QUINTERO-BASS"), "svcs": sp,
         "head": ["Claim BSA-2601-450077   Provider: Marram Speech & Cognition   Patient acct. ST-90412",
                  "Network status: in network   Claim received 01/28/2026   Status: paid"]},
    ]
    return run_table(out, dict(
        name=name, producer="fpdf2", font="LibSans", bold="LibSans-B", size=7.6, lh=12.5, cols=cols, titles=titles,
        x0=36, x1=576, bottom=740, furniture=furn, row=row, totrow=totrow, cont=cont, hfill=0.9,
        printed=("billed", "allowed", "paid", "patient_owes"), units=False, totals=("billed", "allowed", "paid", "patient_owes"),
        claims=claims, title="Explanation of Benefits", tot_label={}, desc=True,
        desc_text="Medicare Advantage HMO monthly member EOB, copays, long claim continuing on page 2"))


# ============================================================================ d1 state Medicaid remittance advice
def d1(out):
    name = "h73_d1_medicaid_ra"
    reg(name, ",", "trail", lambda u: f"{u:.2f}", "mdy6")
    kids = [("BELLWEATHER, JUNO A", "PCN-41877", "2026027000114"), ("BELLWEATHER, OTTO R", "PCN-41878", "2026027000115"),
            ("FAIRCLOTH, MARISOL", "PCN-41903", "2026027000121")]
    sets = [
        [("97165", 1, ("GO",)), ("97530", 3, ("GO",)), ("97535", 2, ("GO",)), ("97530", 2, ("GO",)), ("97110", 2, ("GO",)),
         ("97530", 3, ("GO", "59")), ("97112", 1, ("GO",)), ("97535", 2, ("GO",)), ("97530", 2, ("GO",)), ("97168", 1, ("GO",))]
        + [("97530", 2, ("GO",)), ("97110", 1, ("GO",)), ("97535", 1, ("GO",)), ("97112", 2, ("GO",))] * 9,
        [("92523", 1, ("GN",)), ("92507", 1, ("GN",)), ("92507", 1, ("GN",)), ("92526", 1, ("GN",)), ("92507", 1, ("GN",))],
        [("97161", 1, ("GP",)), ("97110", 3, ("GP",)), ("97116", 2, ("GP",)), ("0552T", 1, ("GP",))],
    ]
    claims = []
    for (pat, pcn, icn), st in zip(kids, sets):
        svcs = []
        for i, (c, u, m) in enumerate(st):
            s = medicaid(mk(D(2026, 1, 2) + timedelta(days=i), c, u, m, denied="CO" if c == "0552T" else None), "96")
            s.remarks = ["N130"] if s.denied else []
            svcs.append(s)
        claims.append({"ids": (pcn, icn, pat), "svcs": svcs,
                       "head": [f"RECIP NAME: {pat:<22} RECIP ID: {900000000 + len(claims) * 7731:>10}  ICN: {icn}  "
                                f"PAT ACCT: {pcn}", "CLAIM STATUS: PAID    CLAIM TYPE: PROFESSIONAL    TAXONOMY: 225X00000X"]})
    cols = [("ln", 30, "l"), ("from", 46, "l"), ("to", 86, "l"), ("proc", 126, "l"), ("mods", 160, "l"), ("units", 220, "r"),
            ("billed", 274, "r"), ("allowed", 326, "r"), ("adj", 334, "l"), ("adjamt", 430, "r"), ("paid", 482, "r"),
            ("eob", 492, "l")]
    titles = {"ln": "LN", "from": "FROM\nDOS", "to": "TO\nDOS", "proc": "PROC", "mods": "MODS", "units": "UNITS",
              "billed": "BILLED\nAMT", "allowed": "ALLOWED\nAMT", "adj": "ADJ\nGRP/RSN", "adjamt": "ADJ\nAMT",
              "paid": "PAID\nAMT", "eob": "RARC"}
    cnt = {"n": 0}

    def row(s, mf):
        cnt["n"] += 1
        a = s.adjs[0] if s.adjs else None
        return {"ln": f"{cnt['n'] % 100:02d}", "from": dfmt(s.dos, "mdy6"), "to": dfmt(s.dos, "mdy6"), "proc": s.code,
                "mods": " ".join(s.mods), "units": f"{s.units:.2f}", "billed": mf(s.billed), "allowed": mf(s.allowed),
                "adj": f"{a[0]}-{a[1]}" if a else "", "adjamt": mf(a[2]) if a else "", "paid": mf(s.paid),
                "eob": " ".join(s.remarks)}

    def totrow(t, mf):
        return {"proc": "CLAIM TOTALS", "billed": mf(t["billed"]), "allowed": mf(t["allowed"]), "paid": mf(t["paid"])}

    def furn(d, p):
        d.text(306, 36, "STATE OF NORTH PLAINS DEPARTMENT OF HEALTH CARE ASSISTANCE", 9, bold=True, align="c")
        d.text(306, 48, "MEDICAL ASSISTANCE PROGRAM - REMITTANCE ADVICE", 8.5, align="c")
        d.text(30, 64, "PAYEE: COTTONWOOD KIDS THERAPY GROUP   PAYEE ID: 0048821907   RA NUMBER: 0000772154", 7)
        d.text(30, 74, f"RA DATE: 02/20/26   WARRANT/EFT: 30554719   PAGE: {p}", 7)
        d.line(30, 80, 582, 80, 0.8)
        return 86

    def cont(d, y, cl):
        d.text(30, y + 8, f"*** CONTINUED *** ICN: {cl['ids'][1]}  RECIP NAME: {cl['ids'][2]}", 7)
        return y + 12

    return run_table(out, dict(
        name=name, producer="reportlab", font="DejaVuMono", bold="DejaVuMono-B", size=6.8, lh=11, cols=cols,
        titles=titles, x0=30, x1=582, bottom=740, furniture=furn, row=row, totrow=totrow, cont=cont,
        printed=("billed", "allowed", "paid"), units=True, adj=True, desc=False, hsize=6.5,
        totals=("billed", "allowed", "paid"), claims=claims, title="Remittance Advice", tot_label={},
        section_rule=True, desc_text="State Medicaid RA, monospace, one adjustment per line, denial, claim continues"))


# ============================================================================ d2 Medicaid managed-care RA, boxed
def d2(out):
    name = "h73_d2_medicaid_ra"
    reg(name, "$", "()", lambda u: units_str(u), "mdy4")
    rows = [("LINDQVIST, AUGUST", "LQ-2201", "TCN 26030400117", [("97166", 1, ("GO",)), ("97530", 2, ("GO",)), ("97140", 1, ("GO",))]),
            ("NAKAMURA-PRICE, ELODIE", "NP-5518", "TCN 26030400141", [("92507", 1, ("GN",)), ("92507", 1, ("GN", "KX"))]),
            ("OYELARAN, TOBI", "OY-1096", "TCN 26030400163", [("97163", 1, ("GP",)), ("97110", 2, ("GP",)), ("97760", 1, ("GP",))])]
    claims = []
    for k, (pat, acct, tcn, sv) in enumerate(rows):
        svcs = [medicaid(mk(D(2026, 2, 3 + k * 3 + i // 2), c, u, m)) for i, (c, u, m) in enumerate(sv)]
        claims.append({"ids": (acct, tcn.split()[1], pat), "svcs": svcs,
                       "head": [f"Member: {pat}     Member ID: M{771900 + k * 37:07d}     TCN: {tcn.split()[1]}     "
                                f"Patient Acct #: {acct}     Status: PAID"]})
    orig = [medicaid(mk(D(2026, 1, 21), "97530", 3, ("GO",))), medicaid(mk(D(2026, 1, 21), "97535", 2, ("GO",)))]
    rev = [negate(x) for x in orig]
    for x in rev:
        x.remarks = ["M-09"]
    repl = [medicaid(mk(D(2026, 1, 21), "97530", 3, ("GO", "59"))), medicaid(mk(D(2026, 1, 21), "97535", 1, ("GO",)))]
    claims.append({"ids": ("LQ-2188", "26030400098", "LINDQVIST, AUGUST"), "svcs": rev, "section": "ADJUSTED CLAIMS",
                   "head": ["Member: LINDQVIST, AUGUST     TCN: 26030400098 (voids TCN 26012900412)     "
                            "Patient Acct #: LQ-2188     Status: VOID"]})
    claims.append({"ids": ("LQ-2188", "26030400099", "LINDQVIST, AUGUST"), "svcs": repl,
                   "head": ["Member: LINDQVIST, AUGUST     TCN: 26030400099 (replacement)     "
                            "Patient Acct #: LQ-2188     Status: PAID"]})
    claims[0]["section"] = "PAID CLAIMS"
    cols = [("dtl", 44, "l"), ("from", 64, "l"), ("to", 120, "l"), ("proc", 176, "l"), ("mods", 210, "l"),
            ("units", 268, "r"), ("billed", 330, "r"), ("allowed", 388, "r"), ("adj", 398, "l"), ("paid", 520, "r"),
            ("eob", 530, "l")]
    titles = {"dtl": "Dtl", "from": "From", "to": "Thru", "proc": "Proc", "mods": "Modifiers", "units": "Units",
              "billed": "Billed", "allowed": "Allowed", "adj": "Adjustment\n(Grp Rsn Amount)", "paid": "Paid",
              "eob": "EOB"}
    cnt = {"n": 0, "cl": None}

    def row(s, mf):
        cnt["n"] += 1
        adj = "  ".join(f"{g} {r} {mf(a)}" for g, r, a in s.adjs)
        return {"dtl": str(cnt["n"]), "from": dfmt(s.dos, "mdy4"), "to": dfmt(s.dos, "mdy4"), "proc": s.code,
                "mods": " ".join(s.mods), "units": units_str(s.units), "billed": mf(s.billed),
                "allowed": mf(s.allowed), "adj": adj, "paid": mf(s.paid), "eob": " ".join(s.remarks)}

    def totrow(t, mf):
        cnt["n"] = 0
        return {"from": "Claim Total", "billed": mf(t["billed"]), "allowed": mf(t["allowed"]), "paid": mf(t["paid"])}

    def furn(d, p):
        d.rect(40, 30, 532, 50)
        d.text(48, 46, "CEDAR PRAIRIE COMMUNITY CARE", 11, bold=True)
        d.text(48, 58, "Medicaid Managed Care Plan  -  Provider Remittance Advice", 8)
        d.text(48, 70, "Provider: Lakeshore Rehabilitation Partners   NPI 1098776540   Check/EFT 000118842   Paid 03/06/2026", 7)
        d.text(564, 46, f"Page {p}", 8, align="r")
        footer(d, p, "Questions about this remittance: Provider Services 1-888-555-0170, option 3")
        return 92

    def end(d, fl):
        fl.need(60)
        d.text(44, fl.y + 12, "EOB code M-09: earlier payment taken back; see the replacement claim.", 7.5)
        d.text(44, fl.y + 24, "Grp/Rsn: CO 45 = amount above the plan fee schedule, not billable to the member.", 7.5)

    return run_table(out, dict(
        name=name, producer="fpdf2", font="LibNarrow", bold="LibNarrow-B", size=7.8, lh=12, cols=cols, titles=titles,
        x0=40, x1=572, bottom=740, furniture=furn, row=row, totrow=totrow, headbox=0.9, hfill=0.95,
        printed=("billed", "allowed", "paid"), units=True, adj=True, desc=False,
        totals=("billed", "allowed", "paid"), claims=claims, title="Provider Remittance Advice", tot_label={},
        end=end, legend=[("M-09", "Earlier payment taken back; see the replacement claim.")],
        desc_text="Medicaid managed-care RA, boxed banner, void with (negatives) and replacement claim"))


# ============================================================================ p1 Medicare-style paper remit
def p1(out):
    name = "h73_p1_paper_remit"
    reg(name, "", "-", lambda u: units_str(u), "mdy4")
    st = PlanState(ded_left=Decimal("60.00"))
    pats = [("WHITLOCK, HOLLIS", "WH88301", "2226011450331"), ("DEMPSEY-ARDOIN, FAYE", "DA20117", "2226011450347"),
            ("WHITLOCK, ODESSA", "WH88302", "2226011450352"), ("CALLOWAY, BENEDICT", "CB40022", "2226011450369")]
    plans = [[("97110", 2, ("GP", "KX")), ("97140", 1, ("GP",)), ("97112", 1, ("GP", "CQ")), ("97530", 2, ("GP",))],
             [("97165", 1, ("GO",)), ("97535", 2, ("GO",)), ("97530", 1, ("GO", "CO"))],
             [("97110", 3, ("GP",)), ("G0283", 1, ("GP",)), ("97116", 2, ("GP",))],
             [("92523", 1, ("GN",)), ("92507", 1, ("GN",)), ("0552T", 1, ("GN",))]]
    claims = []
    for k, ((pat, acct, icn), pl) in enumerate(zip(pats, plans)):
        svcs = []
        for i, (c, u, m) in enumerate(pl):
            s = medicare(mk(D(2026, 1, 6 + k * 4 + i // 2), c, u, m, denied="CO" if c == "0552T" else None), st)
            if s.denied:
                s.remarks = ["N115"]
            elif "CQ" in m:
                s.remarks = ["N538"]
            svcs.append(s)
        claims.append({"ids": (acct, icn, pat), "svcs": svcs,
                       "head": [f"NAME {pat:<24} MID 8KQ{k}TR2WN{40 + k}  ACNT {acct:<9} ICN {icn}  ASG Y  MOA MA01"]})
    cols = [("perf", 24, "l"), ("dos", 92, "l"), ("pos", 166, "l"), ("nos", 196, "r"), ("proc", 204, "l"),
            ("mods", 242, "l"), ("billed", 340, "r"), ("allowed", 396, "r"), ("ded", 446, "r"), ("coins", 494, "r"),
            ("adj", 504, "l"), ("paid", 766, "r")]
    titles = {"perf": "PERF PROV", "dos": "SERV DATE", "pos": "POS", "nos": "NOS", "proc": "PROC", "mods": "MODS",
              "billed": "BILLED", "allowed": "ALLOWED", "ded": "DEDUCT", "coins": "COINS", "adj": "GRP/RC-AMT  RARC",
              "paid": "PROV PD"}

    def row(s, mf):
        adj = " ".join(f"{g}-{r} {mf(a)}" for g, r, a in s.adjs)
        return {"perf": "1447209931", "dos": dfmt(s.dos, "mdy4"), "pos": "11", "nos": units_str(s.units),
                "proc": s.code, "mods": " ".join(s.mods), "billed": mf(s.billed), "allowed": mf(s.allowed),
                "ded": mf(s.deductible), "coins": mf(s.coinsurance), "adj": (adj + "  " + " ".join(s.remarks)).strip(),
                "paid": mf(s.paid)}

    def totrow(t, mf):
        return {"perf": "PT RESP", "dos": mf(t["patient_owes"]), "proc": "CLAIM TOTALS", "billed": mf(t["billed"]),
                "allowed": mf(t["allowed"]), "paid": mf(t["paid"])}

    def furn(d, p):
        d.text(24, 30, "MEDICARE PART B - STANDARD PAPER REMITTANCE (reprinted by ClearPath Claims Exchange)", 8, bold=True)
        d.text(24, 41, "PROVIDER: HEARTHSTONE REHAB SERVICES  NPI 1447209931  CHECK/EFT #: 884120557  DATE: 01/29/2026", 7)
        d.text(766, 30, f"PAGE #: {p}", 7, align="r")
        d.line(24, 46, 768, 46, 0.5)
        return 52

    def end(d, fl):
        fl.need(50)
        d.text(24, fl.y + 10, "TOTALS: # OF CLAIMS 4   PROV PD AMT see claim totals   PLB ADJ 0.00", 7)
        d.text(24, fl.y + 20, "N115 - decision based on a local coverage determination.  N538 - assistant-rate reduction applied.", 7)

    return run_table(out, dict(
        name=name, producer="fpdf2", landscape=True, font="Courier", bold="Courier-Bold", size=7, lh=10, cols=cols,
        titles=titles, x0=24, x1=768, bottom=570, furniture=furn, row=row, totrow=totrow, hlines=1,
        printed=("billed", "allowed", "deductible", "coinsurance", "paid"), units=True, adj=True, desc=False,
        totals=("billed", "allowed", "paid", "patient_owes"), claims=claims, title="Standard Paper Remittance",
        tot_label={}, header_per_claim=False, end=end, gap=6,
        legend=[("N115", "Decision based on a local coverage determination."), ("N538", "Assistant-rate reduction applied.")],
        desc_text="Clearinghouse reprint of a Medicare standard paper remittance, core Courier landscape"))


# ============================================================================ p2 practice-management ERA detail
def p2(out):
    name = "h73_p2_pm_remit"
    reg(name, ",", "()", lambda u: units_str(u), "mdy2")
    st = PlanState(ded_left=ZERO)
    specs = [("FENWICK, LOTTIE", "V-102233", "1026021773410", [("97168", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO",))]),
             ("ABERNATHY, SILAS", "V-102250", "1026021773422", [("97110", 2, ("GP",)), ("97140", 1, ("GP", "59"))])]
    claims = []
    for k, (pat, acct, icn, pl) in enumerate(specs):
        svcs = [medicare(mk(D(2026, 2, 2 + k * 2), c, u, m), st) for c, u, m in pl]
        claims.append({"ids": (acct, icn, pat), "svcs": svcs,
                       "head": [f"Patient: {pat}    Visit #: {acct}    Payer ICN: {icn}    Status: Processed as Primary"]})
    orig = [medicare(mk(D(2026, 1, 19), "97112", 1, ("GP",)), st), medicare(mk(D(2026, 1, 19), "97110", 1, ("GP",)), st)]
    rev = [negate(x) for x in orig]
    repl = [medicare(mk(D(2026, 1, 19), "97112", 2, ("GP",)), st), medicare(mk(D(2026, 1, 19), "97110", 1, ("GP",)), st)]
    claims.append({"ids": ("V-101987", "1026021773398", "ABERNATHY, SILAS"), "svcs": rev,
                   "head": ["Patient: ABERNATHY, SILAS    Visit #: V-101987    Payer ICN: 1026021773398    Status: Reversal of prior payment"]})
    claims.append({"ids": ("V-101987", "1026021773399", "ABERNATHY, SILAS"), "svcs": repl,
                   "head": ["Patient: ABERNATHY, SILAS    Visit #: V-101987    Payer ICN: 1026021773399    Status: Corrected claim"]})
    cols = [("dos", 40, "l"), ("cpt", 90, "l"), ("mod", 126, "l"), ("u", 186, "r"), ("billed", 246, "r"),
            ("allowed", 304, "r"), ("ded", 350, "r"), ("coins", 400, "r"), ("codes", 412, "l"), ("paid", 750, "r")]
    titles = {"dos": "DOS", "cpt": "CPT", "mod": "Mod", "u": "Units", "billed": "Charge", "allowed": "Allowed",
              "ded": "Deduct", "coins": "Coins", "codes": "Adjustments (Group-Reason Amount)", "paid": "Ins Paid"}

    def row(s, mf):
        return {"dos": dfmt(s.dos, "mdy2"), "cpt": s.code, "mod": ",".join(s.mods), "u": units_str(s.units),
                "billed": mf(s.billed), "allowed": mf(s.allowed), "ded": mf(s.deductible), "coins": mf(s.coinsurance),
                "codes": "   ".join(f"{g}-{r} {mf(a)}" for g, r, a in s.adjs), "paid": mf(s.paid)}

    def totrow(t, mf):
        return {"cpt": "Visit total", "billed": mf(t["billed"]), "allowed": mf(t["allowed"]), "paid": mf(t["paid"])}

    def furn(d, p):
        d.text(40, 36, "Osprey Point Therapy - Billing Office", 12, bold=True)
        d.text(40, 49, "ERA Detail Report   Payer: Medicare Part B (Jurisdiction 21)   Deposit 02/13/26   EFT 771045290", 8)
        d.text(752, 36, f"Printed 02/14/26  p. {p}", 7.5, align="r")
        d.line(40, 56, 752, 56, 1.0)
        footer(d, p, "PracticeLedger v11 - ERA Detail Report - confidential patient information")
        return 64

    return run_table(out, dict(
        name=name, producer="reportlab", landscape=True, font="LibSans", bold="LibSans-B", size=7.6, lh=13, cols=cols,
        titles=titles, x0=40, x1=752, bottom=570, furniture=furn, row=row, totrow=totrow, hlines=1, hfill=0.88,
        printed=("billed", "allowed", "deductible", "coinsurance", "paid"), units=True, adj=True, desc=False,
        totals=("billed", "allowed", "paid"), claims=claims, title="ERA Detail Report", tot_label={}, gap=10,
        desc_text="Practice-management ERA detail report of a Medicare deposit, reversal + corrected claim"))


# ============================================================================ s1 therapy clinic family statement
def s1(out):
    name = "h73_s1_family_statement"
    reg(name, "", "-", lambda u: units_str(u), "mdy4")
    st = PlanState(ded_left=Decimal("120.00"))
    kids = [("Wren Castellano", "55031-1"), ("Ignatius Castellano", "55031-2"), ("Pia Castellano", "55031-3")]
    codes = [[("97530", 2, ("GO",)), ("97535", 1, ("GO",)), ("97112", 1, ("GO",))],
             [("92507", 1, ("GN",)), ("92526", 1, ("GN",))],
             [("97110", 2, ("GP",)), ("97116", 1, ("GP",))]]
    claims = []
    for k, ((pat, acct), cs) in enumerate(zip(kids, codes)):
        for v in range(3 if k == 0 else 2):
            svcs = [commercial(mk(D(2026, 1, 5 + v * 7 + k), c, u, m), st) for c, u, m in cs]
            vis = f"{acct}-{v + 1:02d}"
            claims.append({"ids": (vis, f"QN{260112 + k * 40 + v}R{3 + k}", pat), "svcs": svcs,
                           "head": [f"{pat}  -  Visit {vis}  -  billed to Quayside Mutual, claim QN{260112 + k * 40 + v}R{3 + k}"]})
    cols = [("dos", 40, "l"), ("desc", 96, "l"), ("cpt", 270, "l"), ("u", 322, "r"), ("billed", 374, "r"),
            ("paid", 428, "r"), ("disc", 482, "r"), ("owes", 560, "r")]
    titles = {"dos": "Date", "desc": "Description", "cpt": "CPT/Mod", "u": "Qty", "billed": "Charges",
              "paid": "Ins. Paid", "disc": "Ins. Adj.", "owes": "Balance"}

    def row(s, mf):
        return {"dos": dfmt(s.dos, "mdy4"), "desc": s.desc[:32], "cpt": s.code + " " + " ".join(s.mods),
                "u": units_str(s.units), "billed": mf(s.billed), "paid": mf(s.paid), "disc": mf(s.discount),
                "owes": mf(s.owes)}

    for c in claims:
        for x in c["svcs"]:
            x.desc = x.desc[:32]

    def totrow(t, mf):
        return {"desc": "Visit balance", "billed": mf(t["billed"]), "paid": mf(t["paid"]), "owes": mf(t["patient_owes"])}

    def furn(d, p):
        d.text(40, 40, "TIDEPOOL CHILDREN'S THERAPY CENTER", 12, bold=True)
        d.text(40, 52, "318 Breakwater Row, Suite 4  -  Port Anselm, ME 04099  -  Billing questions (207) 555-0162", 7.5)
        footer(d, p, "Please return the top portion with your payment. Thank you for trusting us with your family's care.")
        if p > 1:
            d.text(572, 40, "Guarantor: Marguerite Castellano   Account 55031", 7.5, align="r")
            return 62
        d.rect(372, 64, 200, 60)
        for i, (a, b) in enumerate([("Statement Date", "02/02/2026"), ("Guarantor Account", "55031"),
                                    ("Amount Due", "see total below"), ("Due By", "02/27/2026")]):
            d.text(378, 76 + i * 12, a, 7.5)
            d.text(566, 76 + i * 12, b, 7.5, bold=True, align="r")
        d.text(40, 80, "Marguerite Castellano", 8.5, bold=True)
        d.text(40, 92, "74 Heron Gate Rd", 8)
        d.text(40, 104, "Port Anselm, ME 04099", 8)
        d.line(40, 132, 572, 132, 0.4)
        d.text(306, 140, "- - - - - - - - detach and return with payment - - - - - - - -", 6.5, align="c", gray=0.4)
        d.text(40, 160, "Account Activity by Family Member", 10, bold=True)
        return 168

    return run_table(out, dict(
        name=name, producer="reportlab", font="DejaVuSerif", bold="DejaVuSerif-B", size=7.2, lh=11.5, cols=cols,
        titles=titles, x0=40, x1=572, bottom=730, furniture=furn, row=row, totrow=totrow, hlines=1,
        printed=("billed", "paid", "discount", "patient_owes"), units=True, desc=True, header_per_claim=False,
        totals=("billed", "paid", "patient_owes"), claims=claims, title="Statement", tot_label={}, gap=5,
        desc_text="Pediatric therapy family statement, visit heads per child, header once then continued"))


# ============================================================================ s2 hospital family statement
def s2(out):
    name = "h73_s2_hospital_statement"
    reg(name, "$", "-", lambda u: units_str(u), "mdy4")
    REV = {"97": "0434", "92": "0444", "99": "0510", "L3": "0274", "G0": "0424"}
    fam = [("ROWAN T PELLETIER-NG", "HA40018823", [("97166", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO",)),
                                                   ("97760", 1, ("GO",)), ("L3807", 1, ("LT",))], 5),
           ("SABINE PELLETIER-NG", "HA40019107", [("92523", 1, ("GN",)), ("92507", 1, ("GN",))], 12),
           ("ROWAN T PELLETIER-NG", "HA40021554", [("97168", 1, ("GO",)), ("97530", 3, ("GO",)), ("97110", 2, ("GO",)),
                                                   ("97112", 1, ("GO", "59")), ("97535", 2, ("GO",)), ("G0283", 1, ("GO",))], 0)]
    claims = []
    for pat, acct, cs, nvis in fam:
        svcs = []
        nd = max(nvis, 1)
        for v in range(nd):
            for c, u, m in (cs if v == 0 or nvis == 0 else cs[1:]):
                svcs.append(mk(D(2026, 1, 5) + timedelta(days=v * 2), c, u, m))
        claims.append({"ids": (acct, None, pat), "svcs": svcs,
                       "head": [f"Patient: {pat}     Hospital Account #: {acct}     Outpatient Rehabilitation Services"],
                       "post": ["Insurance billed: Prairie Crest Health Insurance - pending", "Your portion will be "
                                "shown on your next statement after the insurer processes this account."]})
    cols = [("dos", 40, "l"), ("rev", 100, "l"), ("cpt", 136, "l"), ("desc", 200, "l"), ("qty", 470, "r"),
            ("billed", 552, "r")]
    titles = {"dos": "Service Date", "rev": "Rev", "cpt": "CPT/HCPCS", "desc": "Description", "qty": "Qty",
              "billed": "Charges"}

    def row(s, mf):
        return {"dos": dfmt(s.dos, "mdy4"), "rev": REV[s.code[:2]], "cpt": " ".join((s.code,) + s.mods),
                "desc": s.desc, "qty": units_str(s.units), "billed": mf(s.billed)}

    def totrow(t, mf):
        return {"desc": "Total charges this account", "billed": mf(t["billed"])}

    def furn(d, p):
        d.text(40, 38, "ST. BRIGID VALLEY HOSPITAL", 13, bold=True)
        d.text(40, 50, "Patient Financial Services  |  2 Orchard Crossing, Lyle Falls, KS 66099  |  (620) 555-0188", 7.5)
        footer(d, p, "St. Brigid Valley Hospital - Statement for guarantor Anselm Pelletier-Ng - Guarantor # G-0071442")
        if p > 1:
            return 62
        d.rect(40, 62, 532, 44, fill=0.93, stroke=False)
        d.text(46, 76, "Guarantor: ANSELM PELLETIER-NG     Guarantor #: G-0071442     Statement date: 02/02/2026", 8)
        d.text(46, 90, "This statement lists charges for each family member's hospital account. Insurance payments", 7.5)
        d.text(46, 100, "and adjustments appear once your insurer responds. No payment is due today.", 7.5)
        return 116

    def cont(d, y, cl):
        d.text(42, y + 8, f"Account {cl['ids'][0]} ({cl['ids'][2]}) - continued", 7.5, bold=True)
        return y + 12

    return run_table(out, dict(
        name=name, producer="fpdf2", font="DejaVuSans", bold="DejaVuSans-B", size=7.2, lh=11.5, cols=cols,
        titles=titles, x0=40, x1=572, bottom=740, furniture=furn, row=row, totrow=totrow, hlines=1, cont=cont,
        printed=("billed",), units=True, desc=True, totals=("billed",), claims=claims, title="Statement",
        tot_label={}, gap=10, desc_text="Hospital outpatient family statement, charges only, account continues"))


# ============================================================================ check
LAYOUTS = [c1, c2, m1, m2, d1, d2, p1, p2, s1, s2]


def _lines(pdf):
    import pdfplumber
    with pdfplumber.open(str(pdf)) as p:
        return [pg.extract_text(x_tolerance=1.5, y_tolerance=3).split("\n") for pg in p.pages]


def check(out: Path) -> list[str]:
    errs: list[str] = []
    crossing = 0
    for tf in sorted(out.glob("*.truth.json")):
        t = json.loads(tf.read_text())
        pdf = Path(str(tf)[: -len(".truth.json")])
        pages = _lines(pdf)
        name = t["layout"]
        f = FMT[name]
        mf = M(name)
        if len(pages) != t["pages"]:
            errs.append(f"{name}: pages {len(pages)} != {t['pages']}")
        alltext = "\n".join("\n".join(p) for p in pages)
        by_claim: dict = {}
        for i, ln in enumerate(t["lines"]):
            pg = pages[ln["page"] - 1]
            toks = [mf(Decimal(ln[k])) for k in MOV if ln[k] is not None]
            if ln["units"] is not None:
                toks.append(f["u"](Decimal(ln["units"])))
            toks += [re.sub(r"\s+", " ", r) for r in ln["remarks"]]
            for a in ln["adjustments"]:
                toks.append(mf(Decimal(a[2])))
            code = ln["code"]
            cands = [x for x in pg if code in x and all(tk in x for tk in toks)]
            if not cands:
                errs.append(f"{name} line {i}: no text line on p{ln['page']} with {code} {toks}")
            else:
                if not any(all(m in c for m in ln["modifiers"]) for c in cands):
                    errs.append(f"{name} line {i}: modifiers {ln['modifiers']} not on row")
            d = dfmt(date.fromisoformat(ln["service_date"]), f["d"])
            if d not in "\n".join(pg) and d not in alltext:
                errs.append(f"{name} line {i}: date {d} missing")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in alltext:
                    errs.append(f"{name} line {i}: {k} {ln[k]} missing")
            if ln["description"]:
                for w in ln["description"].split():
                    if w not in alltext:
                        errs.append(f"{name} line {i}: description word {w} missing")
            # arithmetic
            g = {k: Decimal(ln[k]) if ln[k] is not None else None for k in MOV}
            if ln["adjustments"] and g["billed"] is not None and g["paid"] is not None:
                if g["billed"] - sum(Decimal(a[2]) for a in ln["adjustments"]) != g["paid"]:
                    errs.append(f"{name} line {i}: billed - adjustments != paid")
            if g["allowed"] is not None and g["paid"] is not None and any(g[k] is not None for k in
                                                                          ("deductible", "copay", "coinsurance")):
                seq = sum(Decimal(a[2]) for a in ln["adjustments"] if a[1] == "253")  # payment reduction
                if g["allowed"] - sum(g[k] or ZERO for k in ("deductible", "copay", "coinsurance")) - seq != g["paid"]:
                    errs.append(f"{name} line {i}: allowed - patient shares != paid")
            if g["discount"] is not None and g["allowed"] is not None and g["billed"] is not None:
                if g["billed"] - g["discount"] - (g["not_covered"] or ZERO) != g["allowed"]:
                    errs.append(f"{name} line {i}: billed - discount - not covered != allowed")
            by_claim.setdefault((ln["claim_id"], ln["payer_claim_id"]), []).append(ln)
        if any(len({x["page"] for x in v}) > 1 for v in by_claim.values()):
            crossing += 1
        for c in t["claims"]:
            ls = by_claim.get((c["claim_id"], c["payer_claim_id"]), [])
            if not ls:
                errs.append(f"{name}: claim {c['claim_id']} has no lines")
            for k, v in c["totals"].items():
                if v is None or all(x[k] is None for x in ls):
                    continue  # a total with no per-line column (e.g. PT RESP): only checked as printed
                ssum = sum(Decimal(x[k]) for x in ls if x[k] is not None)
                planted = any(f"claim {c['claim_id']}:" in e for e in t["expected_findings"])
                if Decimal(v) != ssum and not planted:
                    errs.append(f"{name}: claim {c['claim_id']} total {k} {v} != {ssum}")
                if mf(Decimal(v)) not in alltext:
                    errs.append(f"{name}: claim total {k} {v} not printed")
        for e in t["expected_findings"]:
            cid = e.split("claim ", 1)[1].split(":")[0]
            c = next(c for c in t["claims"] if c["claim_id"] == cid)
            ls = by_claim[(c["claim_id"], c["payer_claim_id"])]
            if all(Decimal(c["totals"][k]) == sum(Decimal(x[k]) for x in ls if x[k] is not None)
                   for k in c["totals"] if c["totals"][k] is not None):
                errs.append(f"{name}: planted mismatch not really off")
    if crossing < 3:
        errs.append(f"only {crossing} documents have a claim continuing onto a next page")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout73_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        r = fn(out)
        print(f"{r['name']}: {r['pages']} pages, {r['lines']} lines")
    print(out)
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("CHECK:", e)
        print("check", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
