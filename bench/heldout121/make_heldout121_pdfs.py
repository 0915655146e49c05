"""Write the HELD-OUT set 121 of synthetic PDF EOB layouts (with truth files) into a folder: ten documents of the
five commonest real kinds, two of each (commercial member EOBs; Medicare Advantage EOB / Medicare Summary Notice;
state Medicaid remittance advices; Medicare-style paper remits from a PM system / clearinghouse; family statements
from a therapy clinic and a hospital), written by an author who never looked at the reader.

Run:  python bench/heldout121/make_heldout121_pdfs.py [OUT_DIR]            (default: a new temp folder, printed)
      python bench/heldout121/make_heldout121_pdfs.py OUT_DIR --check      (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic output (reportlab invariant=1,
fpdf2 fixed creation date, no randomness). The helper module h121engine.py draws pages for either producer.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py), printed values only, null for what a layout does
not print (units null where no quantity is printed; modifiers [] where none are printed; adjustment amounts null
where only the group-reason code is printed); claim_id = the provider's own account / patient-control / invoice
number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the person served, not
the guarantor or subscriber), null where a layout prints none (the MSN prints no provider account number).
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.

Layouts:
  01 commercial family member EOB, reportlab portrait Liberation Sans: "Amount billed / Plan discount / Allowed
     amount / Not covered / Deductible / Copay / Coinsurance / Plan paid / You owe / Notes", code + modifiers +
     wording in one wrapped "Service" cell ("97110 GO 59 Therapeutic exercises"), no units, 3 family members,
     claim heads "Patient: ... Claim number: ..." with "Provider's account #", denied PR and CO lines, letter
     notes, a claim continued on page 2 with its head "(continued)" and the column header repeated
  02 HSA/high-deductible plan member EOB, fpdf2 landscape DejaVu Sans Condensed, fully gridded: "Dates of Service
     / Procedure / Mod / Units / Charged / Above Allowed / Not Covered / Allowed / Deductible / Coinsurance / Plan
     Payment / Your Responsibility / Remark", out-of-network claims paid to the subscriber, several remark codes
     per line, shaded claim bands, 3 family members; PLANTED claim-total mismatch (Your Responsibility)
  03 Medicare Advantage (HMO-POS) monthly member EOB, reportlab portrait DejaVu Serif: Part A summary box, Part B
     detail with boxed claim heads (provider and "January 6, 2026"; claim number and provider's patient
     account), "Service you received (billing code)" as wording then "(97110)", no units, no modifiers, per-visit
     copay, a denied bundled line with $0.00 share
  04 Medicare Summary Notice Part B, fpdf2 portrait DejaVu Sans: notice facts box, deductible / claims boxes,
     claims headed "Jan 5, 2026  Claim number ...", units as a leading count ("2 Therapeutic exercises
     (97110-GP-KX)"), "Maximum You May Be Billed", "Total for this claim", note letters, 2% payment reduction
  05 state Medicaid remittance advice, fpdf2 landscape core Courier: CLAIMS PAID / CLAIMS DENIED / CLAIM
     ADJUSTMENTS sections, one-line "RECIP: LAST, FIRST  RECIP ID  ICN  PAT ACCT" heads, page-level column header
     repeated, FROM DOS / TO DOS spans on some lines (service_end), units "4.00", amounts without $ and with
     trailing minus on the credit claim, stacked "CO-45 123.15" adjustments, RARC column, summary + legend
  06 Medicaid managed-care plan RA, reportlab portrait Liberation Sans Narrow: pay-to and payment boxes, shaded
     claim bands "TCN ... Patient Control No. ... Claim Status", gridded header, zebra rows, Ln / Svc From / Svc
     To / Modifiers / Units "2.00" / Ln Status, adjustment codes WITHOUT amounts, a denied claim, claim continued
     onto page 2
  07 practice-management "Remittance Detail Report - Medicare Part B", reportlab landscape core Helvetica: claim
     heads with Acct # / ICN / MBI / claim status / MOA, Serv Date / POS / CPT / Mod / Units / Billed / Allowed /
     Deduct / Coins / Adj Codes (stacked, with amounts) / Paid, negatives in parentheses for a reversal (status
     22) and its corrected claim, bundling denial, report totals
  08 Medicare-style standard paper remit printed by a clearinghouse, fpdf2 landscape DejaVu Sans Mono: "NAME / HIC
     / ACNT / ICN / ASG / MOA" one-line heads, PERF PROV / SERV DATE as "0105 010526" / POS / NOS / PROC / MODS /
     BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT stacked / PROV PD, "PT RESP ... CLAIM TOTAL ... NET" per
     claim, CQ modifier lines, a claim continued on the next page under the repeated column header, glossary
  09 pediatric / family therapy clinic statement to a guarantor, reportlab portrait core Times: amount-due box,
     visit heads "Name - Visit 01/06/2026 - Invoice #..." with the insurer's claim number, Code "97530 GO" /
     Service / Units / Charges / Insurance Paid / Insurance Adjustment / Your Portion, visit totals, payments
     (non-service rows), detachable stub, 3 family members
  10 hospital family statement by account, fpdf2 portrait Liberation Serif with a right sidebar on every page:
     boxed account heads (Account / Patient "REYES, MATEO A" / insurer claim #), Date / Rev / CPT/HCPCS /
     Description (long, wrapped) / Qty / Charges, a charge reversal "-$190.00" re-posted at one unit, insurance payment / adjustment /
     balance rows under each account, an account continued on page 2 with its head "(continued)"

The self-check (--check) tests the factory, not the reader: page counts; for every truth line the code (and
modifiers), units, each printed amount and (where the row prints it) the service date all sit on ONE text line of
the stated page (pdfplumber words grouped by baseline); dates printed in claim heads, service_end, claim ids,
payer claim ids, patients, description words, adjustment codes/amounts and remark codes are in the text; the
documents' own arithmetic (billed - adjustments = paid where every adjustment amount is printed; billed - discount
- not covered = allowed; allowed - deductible - copay - coinsurance = paid; member share = patient owes); claim
totals = sum of lines except the planted mismatch, which really differs; legend codes printed; and at least three
files carry a claim whose rows continue onto the next page.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen as E  # noqa: E402
from eobgen import ZERO, PlanState, Svc, claim_totals, dfmt, q, total, truth_line, units_str, write_truth  # noqa: E402
from h121engine import Doc, Flow, wrap  # noqa: E402

# Extra invented fees / schedule amounts / our own wording for codes the shared tables lack.
E.FEE.update({"97533": "92.00", "97162": "245.00", "97018": "30.00", "97035": "40.00", "99214": "210.00",
              "92610": "185.00", "97750": "120.00", "G0151": "190.00", "G0152": "195.00", "97542": "60.00",
              "29125": "140.00", "A4570": "18.00", "97763": "110.00", "97166": "240.00"})
E.SCHED.update({"97533": "31.90", "97162": "101.12", "97018": "5.38", "97035": "13.44", "99214": "124.30",
                "92610": "79.64", "97750": "34.92", "G0151": "0.00", "G0152": "0.00", "97542": "29.10",
                "29125": "56.08", "A4570": "8.25", "97763": "46.71"})
E.DESC.update({"97533": "Sensory integration, each 15 min", "97162": "PT evaluation, moderate complexity",
               "97018": "Paraffin bath", "97035": "Ultrasound therapy, each 15 min",
               "99214": "Office visit, established, moderate", "92610": "Swallowing function evaluation",
               "97750": "Physical performance test", "97542": "Wheelchair management training",
               "29125": "Short arm splint, static", "A4570": "Splint supply", "97763": "Orthotic/prosthetic check-out"})

AMTS = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid", "owes")
TRUTH_KEY = {"owes": "patient_owes"}


def S(day, code, units=1, mods=(), denied=None, month=1, rmk=(), desc=""):
    s = Svc(date(2026, month, day), code, Decimal(str(units)), tuple(mods), None, desc, denied)
    s.remarks = list(rmk)
    return s


# ------------------------------------------------------------------------------------------ formats
def fmt_money(style, neg):
    return lambda d: E.money(d, style, neg)


def code_tokens(style, code, mods):
    if style == "space":
        return [code, *mods]
    if style == "dash":
        return ["-".join([code, *mods])]
    if style == "glued":
        return [code + "".join(mods)]
    if style == "paren":
        return ["(" + "-".join([code, *mods]) + ")"]
    if style == "col":  # separate code and modifier columns
        return [code, *mods]
    raise ValueError(style)


def units_fmt(style, u):
    if style == "int":
        return units_str(u)
    if style == "dec2":
        return f"{u:.2f}"
    if style == "dec1":
        return f"{u:.1f}"
    raise ValueError(style)


def date_tokens(style, d):
    if style == "spr":
        return [d.strftime("%m%d"), d.strftime("%m%d%y")]
    return dfmt(d, style).split()


# ------------------------------------------------------------------------------------------ generic table
class Ctx:
    def __init__(self, cfg):
        self.cfg = cfg
        self.lines, self.claims = [], []
        self.findings = []


def col_xs(cfg, x0, x1):
    ws = [c[2] for c in cfg["cols"]]
    tot = sum(ws)
    xs, x = [], x0
    for w in ws:
        xs.append(x)
        x += (x1 - x0) * w / tot
    xs.append(x1)
    return xs


def cell_text(cfg, key, s, claim):
    m = cfg["money"]
    if key in AMTS:
        return m(getattr(s, key))
    if key == "dos":
        return " ".join(date_tokens(cfg["date"], s.dos))
    if key == "thru":
        return " ".join(date_tokens(cfg["date"], s.end or s.dos))
    if key == "code":
        return " ".join(code_tokens(cfg["code"], s.code, s.mods if cfg["code"] != "col" and cfg.get("mods_printed", True) else ()))
    if key == "mods":
        return " ".join(s.mods)
    if key == "units":
        return units_fmt(cfg["units"], s.units)
    if key == "rmk":
        return " ".join(s.remarks)
    if key == "patient":
        return claim["patient"]
    if key == "pos":
        return claim.get("pos", "11")
    if key == "rev":
        return claim.get("rev", {}).get(s.code, "0430")
    if key == "insadj":
        return m(s.billed - s.paid - s.owes)
    if key == "seq":
        return m(s.seq)
    if key == "status":
        return "DENIED" if s.denied else ("REVERSED" if s.billed < 0 else "PAID")
    if key == "ln":
        return str(claim["_ln"])
    if key == "perf":
        return claim.get("perf", "")
    if key == "blank":
        return ""
    raise KeyError(key)


def multi_cells(cfg, key, s):
    """Cells whose text stacks onto several lines."""
    if key == "desc":
        return None
    if key == "svc":  # code then wording
        return None
    if key == "adj":
        return [f"{g}{cfg.get('adjsep', '-')}{r} {cfg['money'](a)}" for g, r, a in s.adjs] or [""]
    if key == "adjc":  # codes only
        return [" ".join(f"{g}{cfg.get('adjsep', '-')}{r}" for g, r, a in s.adjs)]
    return None


def svc_text(cfg, s):
    mods = s.mods if cfg.get("mods_printed", True) else ()
    ct = " ".join(code_tokens(cfg["code"], s.code, mods))
    order = cfg.get("svc_order", "code_first")
    if order == "desc_first":
        return s.desc + " " + ct
    if order == "units_desc_code":
        return units_fmt(cfg["units"], s.units) + " " + s.desc + " " + ct
    return ct + " " + s.desc


def draw_header(cfg, doc, fl):
    xs = fl.xs
    lab = [c[1].split("\n") for c in cfg["cols"]]
    nl = max(len(x) for x in lab)
    fs = cfg.get("hfs", cfg["fs"])
    lh = fs + 2
    h = nl * lh + 4
    st = cfg.get("hstyle", "ruled")
    if st == "band":
        doc.box(xs[0], fl.y, xs[-1] - xs[0], h, fill=0.85, stroke=False)
    elif st == "grid":
        doc.box(xs[0], fl.y, xs[-1] - xs[0], h, fill=0.92)
        for x in xs[1:-1]:
            doc.vl(x, fl.y, fl.y + h)
    elif st == "ruled":
        doc.hl(xs[0], xs[-1], fl.y, 0.8)
        doc.hl(xs[0], xs[-1], fl.y + h, 0.8)
    elif st == "under":
        doc.hl(xs[0], xs[-1], fl.y + h, 0.5)
    for i, c in enumerate(cfg["cols"]):
        for j, t in enumerate(lab[i]):
            yy = fl.y + 2 + fs + j * lh + (nl - len(lab[i])) * lh
            if c[3] == "r":
                doc.t(xs[i + 1] - 2, yy, t, fs, True, "r")
            else:
                doc.t(xs[i] + 2, yy, t, fs, True)
    fl.y += h + 3


def build(cfg, out: Path):
    doc = Doc(cfg["producer"], cfg["size"], cfg["font"])
    ctx = Ctx(cfg)
    m = cfg["money"]
    fl = Flow(doc, cfg["banner"], doc.H - cfg.get("bottom", 54))
    x0, x1 = cfg.get("tx", (36, doc.W - 36))
    fl.xs = col_xs(cfg, x0, x1)
    doc.footer = cfg["footer"]
    cfg["intro"](doc, fl, ctx)
    fs, lh = cfg["fs"], cfg["lh"]
    keys = [c[0] for c in cfg["cols"]]
    printed = tuple(TRUTH_KEY.get(k, k) for k in keys if k in AMTS)
    cur = {"claim": None}

    def cont(f):
        c = cur["claim"]
        if c is not None and cfg.get("cont", True):
            doc.t(fl.xs[0] + 2, f.y + fs, c["head"][0] + " (continued)", fs, True)
            f.y += lh + 2
        if c is not None and cfg.get("header_mode", "claim") == "claim" and cfg.get("repeat", True):
            draw_header(cfg, doc, f)

    if cfg.get("header_mode", "claim") == "page":
        draw_header(cfg, doc, fl)
        fl.header = lambda f: draw_header(cfg, doc, f)
    fl.on_break = cont
    section = None
    for claim in cfg["claims"]:
        if claim.get("section") and claim["section"] != section:
            section = claim["section"]
            fl.need(lh * 6)
            cfg.get("section_fn", default_section)(doc, fl, section, cfg)
        cur["claim"] = None
        head = claim["head"]
        hh = len(head) * (lh + 1) + 6
        fl.need(hh + lh * 2 + (24 if cfg.get("header_mode", "claim") == "claim" else 0))
        cfg.get("head_fn", default_head)(doc, fl, claim, cfg)
        if cfg.get("header_mode", "claim") == "claim":
            draw_header(cfg, doc, fl)
        cur["claim"] = claim
        svcs = claim["svcs"]
        for ln, s in enumerate(svcs, 1):
            claim["_ln"] = ln
            cells = {}
            nlines = 1
            for i, k in enumerate(keys):
                w = fl.xs[i + 1] - fl.xs[i] - 4
                if k == "desc":
                    cells[k] = wrap(doc, s.desc, w, fs)
                elif k == "svc":
                    cells[k] = wrap(doc, svc_text(cfg, s), w, fs)
                elif multi_cells(cfg, k, s) is not None:
                    cells[k] = multi_cells(cfg, k, s)
                else:
                    cells[k] = [cell_text(cfg, k, s, claim)]
                nlines = max(nlines, len(cells[k]))
            h = nlines * lh + 2
            fl.need(h)
            if cfg.get("rowstyle") == "grid":
                doc.box(fl.xs[0], fl.y, fl.xs[-1] - fl.xs[0], h)
                for x in fl.xs[1:-1]:
                    doc.vl(x, fl.y, fl.y + h)
            elif cfg.get("rowstyle") == "zebra" and ln % 2 == 0:
                doc.box(fl.xs[0], fl.y, fl.xs[-1] - fl.xs[0], h, fill=0.93, stroke=False)
            for i, c in enumerate(cfg["cols"]):
                for j, t in enumerate(cells[c[0]]):
                    yy = fl.y + fs + 1 + j * lh
                    if c[3] == "r":
                        doc.t(fl.xs[i + 1] - 2, yy, t, fs, False, "r")
                    else:
                        doc.t(fl.xs[i] + 2, yy, t, fs)
            fl.y += h
            if cfg.get("rowstyle") == "ruled":
                doc.hl(fl.xs[0], fl.xs[-1], fl.y - 1, 0.25)
            ctx.lines.append(truth_line(
                fl.page, s, claim_id=claim["claim_id"], payer_claim_id=claim["payer_claim_id"],
                patient=claim["patient"], printed=printed,
                units=("units" in keys or cfg.get("units_in_code")), modifiers=cfg.get("mods_printed", True),
                adjustments=list(s.adjs) if ("adj" in keys) else
                ([(g, r, None) for g, r, a in s.adjs] if "adjc" in keys else []),
                remarks=s.remarks if "rmk" in keys else [],
                service_end=(s.end if ("thru" in keys and s.end) else None),
                description=("desc" in keys or "svc" in keys)))
        cur["claim"] = None
        tots = dict(claim.get("tots", {}))
        if claim.get("totals", True) and cfg.get("totals", True):
            fl.need(lh + 4)
            doc.hl(fl.xs[0], fl.xs[-1], fl.y, 0.6)
            doc.t(fl.xs[0] + 2, fl.y + fs + 2, cfg.get("total_label", "Claim Total"), fs, True)
            for i, c in enumerate(cfg["cols"]):
                if c[0] in AMTS:
                    v = total(svcs, c[0])
                    if claim.get("plant") == c[0]:
                        real = v
                        v = v + Decimal("10.00")
                        ctx.findings.append(
                            f"claim-total-mismatch claim {claim['payer_claim_id']}: printed {c[1].replace(chr(10), ' ')} "
                            f"total {v} but the lines add up to {real}")
                    tots[c[0]] = v
                    doc.t(fl.xs[i + 1] - 2, fl.y + fs + 2, m(v), fs, True, "r")
            fl.y += lh + 4
        ctx.claims.append({"claim_id": claim["claim_id"], "payer_claim_id": claim["payer_claim_id"],
                           "patient": claim["patient"],
                           "totals": claim_totals(tots.get("billed"), tots.get("allowed"), tots.get("paid"),
                                                  tots.get("owes"))})
        if cfg.get("after_claim"):
            cfg["after_claim"](doc, fl, claim, cfg)
        fl.y += cfg.get("claim_gap", 8)
    fl.header = None
    fl.on_break = None
    cfg["outro"](doc, fl, ctx)
    path = out / (cfg["name"] + ".pdf")
    doc.save(path)
    write_truth(path, cfg["name"], cfg["producer"], doc.n, cfg["desc"], ctx.lines, ctx.claims, cfg["legend"],
                ctx.findings)
    return path


def default_head(doc, fl, claim, cfg):
    fs, lh = cfg["fs"], cfg["lh"]
    st = cfg.get("head_style", "bold")
    n = len(claim["head"])
    x0, x1 = fl.xs[0], fl.xs[-1]
    if st == "band":
        doc.box(x0, fl.y, x1 - x0, n * (lh + 1) + 4, fill=0.88, stroke=False)
    elif st == "box":
        doc.box(x0, fl.y, x1 - x0, n * (lh + 1) + 4)
    for i, t in enumerate(claim["head"]):
        doc.t(x0 + 4, fl.y + fs + 2 + i * (lh + 1), t, fs, i == 0)
    fl.y += n * (lh + 1) + 8


def default_section(doc, fl, section, cfg):
    fs = cfg["fs"]
    doc.t(fl.xs[0], fl.y + fs + 2, section, fs + 1, True)
    doc.hl(fl.xs[0], fl.xs[-1], fl.y + fs + 5, 0.8)
    fl.y += fs + 12


def legend_block(doc, fl, legend, title, fs, x0=36, x1=None):
    x1 = x1 or doc.W - 36
    fl.need(fs * 3 + 10)
    doc.t(x0, fl.y + fs + 2, title, fs + 1, True)
    fl.y += fs + 8
    for code, text in legend:
        rows = wrap(doc, text, x1 - x0 - 50, fs)
        fl.need(len(rows) * (fs + 3) + 2)
        doc.t(x0, fl.y + fs, code, fs, True)
        for r in rows:
            doc.t(x0 + 44, fl.y + fs, r, fs)
            fl.y += fs + 3
        fl.y += 1


def page_footer(text, fs=7, style="Page {p} of {n}"):
    def f(doc, p, n):
        doc.hl(36, doc.W - 36, doc.H - 40, 0.4)
        doc.t(36, doc.H - 30, text, fs)
        doc.t(doc.W - 36, doc.H - 30, style.format(p=p, n=n), fs, False, "r")
    return f


def lines_block(doc, fl, x, rows, fs, bold_first=False, gap=2):
    for i, r in enumerate(rows):
        doc.t(x, fl.y + fs, r, fs, bold_first and i == 0)
        fl.y += fs + gap


# =========================================================================================== layouts
LETTER, LAND = (612, 792), (792, 612)


def banner_fn(left, right, fs=8, title=None, rule=True, x0=36, rep_left=None):
    """left/right: lists of lines for page 1; rep_left: shorter lines for later pages."""
    def f(doc, p):
        y = 40
        L = left if p == 1 or rep_left is None else rep_left
        for i, t in enumerate(L):
            doc.t(x0, y + i * (fs + 3), t, fs + (4 if i == 0 else 0), i == 0)
        for i, t in enumerate(right):
            doc.t(doc.W - 36, y + i * (fs + 3), t.format(p=p), fs, False, "r")
        y += max(len(L), len(right)) * (fs + 3) + 6
        if title:
            doc.t(x0, y + fs, title, fs + 2, True)
            y += fs + 8
        if rule:
            doc.hl(x0, doc.W - 36, y, 1.0)
        return y + 8
    return f


# ---------------------------------------------------------------- 01 commercial member EOB (reportlab)
def L01():
    st = PlanState(ded_left=Decimal("100.00"), copay_codes={"97166": Decimal("40.00"), "92523": Decimal("40.00")})
    c = E.commercial
    b1 = [c(S(6, "97166", 1, ("GO",)), st), c(S(6, "97530", 2, ("GO",)), st), c(S(6, "97535", 1, ("GO",)), st)]
    b2 = [c(S(13, "97530", 3, ("GO",)), st), c(S(13, "97533", 2, ("GO",), "PR", rmk=("K",)), st),
          c(S(13, "97110", 1, ("GO", "59")), st), c(S(13, "97112", 1, ("GO",)), st)]
    m1 = [c(S(8, "92523", 1, ("GN",), rmk=("B",)), st), c(S(8, "92507", 1, ("GN",)), st)]
    m2 = [c(S(15, "92507", 1, ("GN",)), st), c(S(22, "92507", 1, ("GN",)), st), c(S(29, "92507", 1, ("GN",)), st)]
    o1 = [c(S(9, "97140", 2, ("GP", "59")), st), c(S(9, "97110", 2, ("GP",)), st), c(S(9, "97018", 1, ("GP",)), st),
          c(S(9, "97760", 1, ("GP",)), st), c(S(9, "L3807", 1, ("RT",), rmk=("B",)), st),
          c(S(20, "97140", 1, ("GP",)), st), c(S(20, "97110", 3, ("GP",)), st),
          c(S(20, "97035", 1, ("GP",), "CO", rmk=("M",)), st)]
    claims = [
        dict(claim_id="TPT-77104", payer_claim_id="LM26-0184-4471", patient="Bastian Farrington-Pike", svcs=b1,
             head=["Patient: Bastian Farrington-Pike (Dependent)   Claim number: LM26-0184-4471",
                   "Provider: Tidewater Pediatric Therapy   Provider's account #: TPT-77104   Received 01/20/26   Processed 01/27/26"]),
        dict(claim_id="TPT-77391", payer_claim_id="LM26-0190-0057", patient="Bastian Farrington-Pike", svcs=b2,
             head=["Patient: Bastian Farrington-Pike (Dependent)   Claim number: LM26-0190-0057",
                   "Provider: Tidewater Pediatric Therapy   Provider's account #: TPT-77391   Received 01/21/26   Processed 01/28/26"]),
        None,
        dict(claim_id="BH-5520-1", payer_claim_id="LM26-0186-9132", patient="Mireille Farrington-Pike", svcs=m1,
             head=["Patient: Mireille Farrington-Pike (Dependent)   Claim number: LM26-0186-9132",
                   "Provider: Bright Harbor Speech & Language   Provider's account #: BH-5520-1   Received 01/22/26   Processed 01/28/26"]),
        dict(claim_id="BH-5520-2", payer_claim_id="LM26-0201-3310", patient="Mireille Farrington-Pike", svcs=m2,
             head=["Patient: Mireille Farrington-Pike (Dependent)   Claim number: LM26-0201-3310",
                   "Provider: Bright Harbor Speech & Language   Provider's account #: BH-5520-2   Received 02/02/26   Processed 02/05/26"]),
        dict(claim_id="NPH0419", payer_claim_id="LM26-0195-7720", patient="Odalys Farrington-Pike", svcs=o1,
             head=["Patient: Odalys Farrington-Pike (Subscriber)   Claim number: LM26-0195-7720",
                   "Provider: Northpoint Hand & Upper Limb Clinic   Provider's account #: NPH0419   Received 01/26/26   Processed 02/03/26"]),
    ]
    claims = [claims[i] for i in (0, 3, 5, 1, 4)]
    allsv = [s for cl in claims for s in cl["svcs"]]

    def intro(doc, fl, ctx):
        fs = 8
        doc.t(36, fl.y + 10, "ODALYS FARRINGTON-PIKE", fs, True)
        for i, t in enumerate(["2217 Saltmarsh Lane", "Port Weller, ME 04917"]):
            doc.t(36, fl.y + 21 + i * 11, t, fs)
        bx = 330
        doc.box(bx, fl.y, doc.W - 36 - bx, 84, fill=0.95)
        rows = [("Member ID", "LMX 4401 7729 03"), ("Group", "Cobalt Fisheries Cooperative - 20117"),
                ("Statement date", "February 6, 2026"),
                ("Total billed by providers", E.money(total(allsv, "billed"))),
                ("Your plan paid", E.money(total(allsv, "paid"))), ("Your share", E.money(total(allsv, "owes")))]
        for i, (k, v) in enumerate(rows):
            doc.t(bx + 8, fl.y + 13 + i * 12, k, fs)
            doc.t(doc.W - 44, fl.y + 13 + i * 12, v, fs, i >= 3, "r")
        fl.y += 92
        doc.t(36, fl.y + 9, "Family deductible used this plan year: $1,100.00 of $3,000.00    "
              "Out-of-pocket used: $1,412.60 of $7,500.00", 7.5)
        fl.y += 20

    def outro(doc, fl, ctx):
        fl.y += 6
        legend_block(doc, fl, LEG01, "What the notes mean", 7.5)
        fl.y += 6
        lines_block(doc, fl, 36, ["Questions? Call Member Services at 1-888-555-0143 (TTY 711), Monday-Friday 8 a.m.-8 p.m.",
                                  "You have the right to appeal. Send a written request within 180 days of this notice."], 7.5)

    return dict(
        name="h121_01_member_eob_family", producer="reportlab", size=LETTER, font="LiberationSans", fs=7, lh=9.5,
        desc="commercial family member EOB", money=fmt_money("$", "-"), date="mdy2", code="space", units="int",
        cols=[("dos", "Date of\nservice", 6, "l"), ("svc", "Service", 16, "l"), ("billed", "Amount\nbilled", 6.5, "r"),
              ("discount", "Plan\ndiscount", 6, "r"), ("allowed", "Allowed\namount", 6.5, "r"),
              ("not_covered", "Not\ncovered", 6, "r"), ("deductible", "Deduct-\nible", 6, "r"),
              ("copay", "Copay", 5.5, "r"), ("coinsurance", "Co-\ninsurance", 6, "r"), ("paid", "Plan\npaid", 6.5, "r"),
              ("owes", "You\nowe", 6.5, "r"), ("blank", "", 1, "l"), ("rmk", "Notes", 4, "l")],
        claims=claims, hstyle="band", rowstyle="ruled", head_style="plain", total_label="Claim totals",
        banner=banner_fn(["Larkspur Mutual Health Plan", "PO Box 88120, Augusta Falls, ME 04332"],
                         ["Explanation of Benefits", "THIS IS NOT A BILL", "Page {p}"], 8, rule=True),
        footer=page_footer("Larkspur Mutual Health Plan  |  EOB 2026-02-06  |  LMX 4401 7729 03"),
        intro=intro, outro=outro, legend=LEG01)


LEG01 = [("B", "This service was covered under your plan's habilitative therapy benefit."),
         ("K", "Your plan does not cover this service. You may be billed for the full amount."),
         ("M", "The provider agreed not to bill you for this service because it was not covered under their contract.")]


# ---------------------------------------------------------------- 02 commercial HDHP member EOB (fpdf2, landscape)
LEG02 = [("R17", "Provider is outside your plan's network; the plan paid up to its maximum allowed amount and "
                 "paid you directly. The provider may bill you for the amount above the allowed amount."),
         ("R40", "Applied to your annual deductible. Your health savings account may be used for this amount."),
         ("R55", "Sensory-based treatment is excluded under this plan (see Exclusions, section 7.3)."),
         ("R61", "Part of a bundled visit; charged separately but reviewed with the other services that day.")]


def L02():
    st = PlanState(ded_left=Decimal("600.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.70"))
    c = E.commercial
    sr1 = [c(S(5, "97166", 1, ("GO",), rmk=("R17", "R40")), st), c(S(5, "97760", 1, ("GO",), rmk=("R17", "R40")), st),
           c(S(5, "L3807", 1, ("LT",), rmk=("R17",)), st), c(S(5, "97140", 1, ("GO",), rmk=("R17", "R61")), st)]
    sr2 = [c(S(12, "97110", 2, ("GO",), rmk=("R17",)), st), c(S(12, "97140", 1, ("GO",), rmk=("R17",)), st),
           c(S(12, "97760", 1, ("GO",), rmk=("R17",)), st), c(S(19, "97110", 2, ("GO",), rmk=("R17",)), st),
           c(S(19, "97018", 1, ("GO",), rmk=("R17",)), st), c(S(19, "97140", 1, ("GO",), rmk=("R17",)), st)]
    st2 = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.84"))
    t1 = [c(S(7, "92523", 1, ("GN",)), st2), c(S(7, "92507", 1, ("GN",)), st2),
          c(S(14, "92507", 1, ("GN",)), st2), c(S(14, "97533", 2, ("GO",), "PR", rmk=("R55",)), st2),
          c(S(21, "92507", 1, ("GN",)), st2), c(S(28, "92507", 1, ("GN",)), st2)]
    k1 = [c(S(8, "97161", 1, ("GP",)), st2), c(S(8, "97110", 2, ("GP",)), st2), c(S(8, "97140", 1, ("GP", "59")), st2),
          c(S(8, "G0283", 1, ("GP",)), st2), c(S(15, "97112", 2, ("GP",)), st2), c(S(15, "97110", 1, ("GP", "KX")), st2)]
    claims = [
        dict(claim_id="MHT-26-00391", payer_claim_id="26005-884120-01", patient="Soraya Okonkwo-Lind", svcs=sr1,
             head=["Claim 26005-884120-01  |  For: Soraya Okonkwo-Lind (spouse)",
                   "Meridian Hand & Upper Limb Therapy - out of network  |  Provider ref: MHT-26-00391  |  Paid to: Kwame Okonkwo-Lind"]),
        dict(claim_id="LKS-114502", payer_claim_id="26009-113077-01", patient="Tobi Okonkwo-Lind", svcs=t1, plant="owes",
             head=["Claim 26009-113077-01  |  For: Tobi Okonkwo-Lind (child)",
                   "Lakeshore Kids Speech Center - in network  |  Provider ref: LKS-114502  |  Paid to: provider"]),
        dict(claim_id="MHT-26-00417", payer_claim_id="26020-884771-01", patient="Soraya Okonkwo-Lind", svcs=sr2,
             head=["Claim 26020-884771-01  |  For: Soraya Okonkwo-Lind (spouse)",
                   "Meridian Hand & Upper Limb Therapy - out of network  |  Provider ref: MHT-26-00417  |  Paid to: Kwame Okonkwo-Lind"]),
        dict(claim_id="SSP 0088124", payer_claim_id="26016-220954-01", patient="Kwame Okonkwo-Lind", svcs=k1,
             head=["Claim 26016-220954-01  |  For: Kwame Okonkwo-Lind (you)",
                   "Summit Spine & Sport Physical Therapy - in network  |  Provider ref: SSP 0088124  |  Paid to: provider"]),
    ]

    def intro(doc, fl, ctx):
        fs = 8
        for i, t in enumerate(["KWAME OKONKWO-LIND", "88 Birchknoll Court Apt 4", "Fenwick Harbor, OR 97433"]):
            doc.t(36, fl.y + 10 + i * 11, t, fs, i == 0)
        x = 300
        doc.t(x, fl.y + 10, "Plan: Cedar Summit HSA Bronze 6000  |  Member ID: CSB-610-44-7182  |  Group: 0077412 Harbor Grain Co.", fs)
        doc.t(x, fl.y + 21, "Statement period: 01/01/2026 - 01/31/2026     Date issued: 02/04/2026", fs)
        doc.t(x, fl.y + 32, "Family deductible met: $4,280.00 of $12,000.00     Family out-of-pocket met: $4,911.35 of $14,000.00", fs)
        fl.y += 52

    def outro(doc, fl, ctx):
        fl.y += 4
        legend_block(doc, fl, LEG02, "Remark codes", 7.5)
        fl.y += 4
        fl.need(30)
        doc.t(36, fl.y + 8, "Payments issued: check 0048812 mailed 02/05/2026 to Kwame Okonkwo-Lind for out-of-network claims; "
                            "in-network providers were paid by electronic transfer.", 7.5)
        fl.y += 14

    return dict(
        name="h121_02_hdhp_member_eob", producer="fpdf2", size=LAND, font="DejaVuSansCondensed", fs=7.2, lh=10,
        desc="HSA-plan member EOB, out-of-network", money=fmt_money("$", "-"), date="mdy4", code="col", units="int",
        cols=[("dos", "Dates of\nService", 7, "l"), ("code", "Procedure", 6, "l"), ("mods", "Mod", 4.5, "l"),
              ("units", "Units", 3.5, "r"), ("billed", "Charged", 6, "r"), ("discount", "Above\nAllowed", 6, "r"),
              ("not_covered", "Not\nCovered", 6, "r"), ("allowed", "Allowed", 6, "r"),
              ("deductible", "Deductible", 6.5, "r"), ("coinsurance", "Coinsurance", 6.5, "r"),
              ("paid", "Plan\nPayment", 6, "r"), ("owes", "Your\nResponsibility", 7.5, "r"), ("rmk", "Remark", 7, "l")],
        claims=claims, hstyle="grid", rowstyle="grid", head_style="band", total_label="Totals",
        banner=banner_fn(["Cedar Summit Benefit Administrators", "Administrator for Harbor Grain Co. Employee Health Plan"],
                         ["EXPLANATION OF BENEFITS", "Keep for your records - this is not a bill", "Page {p}"], 8),
        footer=page_footer("Cedar Summit Benefit Administrators, 410 Quarry Road, Salem Ridge, OR 97301 - 1-877-555-0190",
                           7, "{p} of {n}"),
        intro=intro, outro=outro, legend=LEG02, mods_printed=True)


# ---------------------------------------------------------------- 03 Medicare Advantage member EOB (reportlab)
LEG03 = [("1", "This amount is the copayment for an outpatient rehabilitation visit under your plan (one per day)."),
         ("2", "Your plan does not pay for this item when billed on the same day as the main treatment. "
               "The provider cannot bill you for it."),
         ("3", "Physician office visits have a separate copayment amount.")]


def L03():
    st = PlanState(visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.46"))
    stp = PlanState(copay_codes={"99214": Decimal("15.00")}, allowed_rate=Decimal("0.58"))
    c = E.commercial
    v = {}
    v[6] = [c(S(6, "97163", 1, ("GP",), rmk=("1",)), st), c(S(6, "97110", 2, ("GP",)), st), c(S(6, "97140", 1, ("GP",)), st)]
    v[9] = [c(S(9, "97110", 2, ("GP",), rmk=("1",)), st), c(S(9, "97112", 1, ("GP",)), st), c(S(9, "97140", 1, ("GP",)), st),
            c(S(9, "G0283", 1, ("GP",)), st)]
    v[12] = [c(S(12, "99214", 1, (), rmk=("3",)), stp)]
    v[13] = [c(S(13, "97110", 3, ("GP",), rmk=("1",)), st), c(S(13, "97530", 1, ("GP",)), st),
             c(S(13, "97035", 1, ("GP",), "CO", rmk=("2",)), st)]
    v[16] = [c(S(16, "97110", 2, ("GP",), rmk=("1",)), st), c(S(16, "97116", 1, ("GP",)), st), c(S(16, "97140", 1, ("GP",)), st),
             c(S(16, "97112", 1, ("GP", "CQ")), st)]
    v[20] = [c(S(20, "97760", 1, ("GP",), rmk=("1",)), st), c(S(20, "L3807", 1, ("RT",)), st)]
    v[23] = [c(S(23, "97110", 2, ("GP",), rmk=("1",)), st), c(S(23, "97530", 2, ("GP",)), st), c(S(23, "97140", 1, ("GP",)), st)]
    prov = {6: ("Seabrook Outpatient Rehabilitation", "SOR-339021"), 9: ("Seabrook Outpatient Rehabilitation", "SOR-339188"),
            12: ("Pinecrest Family Medicine", "PFM 2026-0412"), 13: ("Seabrook Outpatient Rehabilitation", "SOR-339460"),
            16: ("Seabrook Outpatient Rehabilitation", "SOR-339602"), 20: ("Coastline Orthotic Works", "COW-88017"),
            23: ("Seabrook Outpatient Rehabilitation", "SOR-339877")}
    claims = []
    for i, d in enumerate(sorted(v)):
        pcn = f"H26{d:02d}0{4471 + i * 37}"
        name, acct = prov[d]
        claims.append(dict(claim_id=acct, payer_claim_id=pcn, patient="Evangelina R. Quarterman", svcs=v[d],
                           head=[f"{name}   -   {dfmt(date(2026, 1, d), 'month')}",
                                 f"Claim number: {pcn}      Provider's patient account: {acct}      In network"]))
    allsv = [s for cl in claims for s in cl["svcs"]]

    def intro(doc, fl, ctx):
        fs = 8.5
        doc.box(36, fl.y, doc.W - 72, 96, fill=0.95)
        doc.t(46, fl.y + 14, "Part A: Summary of your medical services this month", 10, True)
        rows = [("Amounts providers charged", E.money(total(allsv, "billed"))),
                ("Plan-approved amounts", E.money(total(allsv, "allowed"))),
                ("What the plan paid", E.money(total(allsv, "paid"))),
                ("Your share (what you may owe your providers)", E.money(total(allsv, "owes")))]
        for i, (k, val) in enumerate(rows):
            doc.t(46, fl.y + 32 + i * 13, k, fs)
            doc.t(380, fl.y + 32 + i * 13, val, fs, True, "r")
        doc.t(400, fl.y + 32, "Year to date, your share: $410.00", fs)
        doc.t(400, fl.y + 45, "Maximum out-of-pocket: $4,900.00", fs)
        doc.t(400, fl.y + 58, "Remaining: $4,490.00", fs)
        fl.y += 106
        doc.t(36, fl.y + 12, "Part B: Your medical services in detail", 10, True)
        fl.y += 22

    def outro(doc, fl, ctx):
        fl.y += 4
        legend_block(doc, fl, LEG03, "Notes about your claims", 8)
        fl.y += 4
        lines_block(doc, fl, 36, ["If you disagree with a coverage decision you can ask for an appeal within 65 days.",
                                  "Report suspected fraud to the plan's Special Investigations line, 1-866-555-0177."], 8)

    return dict(
        name="h121_03_medicare_advantage_eob", producer="reportlab", size=LETTER, font="DejaVuSerif", fs=7.6, lh=10.5,
        desc="Medicare Advantage monthly member EOB", money=fmt_money("$", "-"), date="month", code="paren", units="int",
        svc_order="desc_first", mods_printed=False,
        cols=[("svc", "Service you received\n(billing code)", 24, "l"), ("billed", "Amount the\nprovider charged", 9, "r"),
              ("allowed", "Plan-approved\namount", 9, "r"), ("paid", "Plan's\nshare", 8, "r"),
              ("owes", "Your\nshare", 8, "r"), ("blank", "", 1, "l"), ("rmk", "See\nnote", 4, "l")],
        claims=claims, hstyle="under", rowstyle="", head_style="box", total_label="Claim total", claim_gap=10,
        banner=banner_fn(["Harborline Senior Advantage (HMO-POS)", "Your Explanation of Benefits for January 2026"],
                         ["Member: Evangelina R. Quarterman", "Member number: HSA-00931-7726", "Page {p}"], 8.5),
        footer=page_footer("Harborline Senior Advantage is an HMO-POS plan with a Medicare contract. H9931_EOB26_M", 6.5),
        intro=intro, outro=outro, legend=LEG03)


# ---------------------------------------------------------------- 04 Medicare Summary Notice Part B (fpdf2)
LEG04 = [("A", "The amount Medicare paid went to the provider. This is 80% of the approved amount less a required "
               "federal payment cut of 2%."),
         ("B", "This approved amount has been applied toward your Part B deductible."),
         ("C", "Medicare does not pay for this item when it is part of other care given the same day. You cannot "
               "be billed for it."),
         ("D", "Your therapy costs this year have passed the yearly review amount; the provider confirmed the care "
               "was medically needed.")]


def L04():
    st = PlanState(ded_left=Decimal("120.00"))
    md = E.medicare
    groups = [
        (5, "Lantern Bay Physical Therapy", "14-2601-0673-118", [
            md(S(5, "97161", 1, ("GP",), rmk=("A", "B")), st), md(S(5, "97110", 2, ("GP",), rmk=("A", "B")), st),
            md(S(5, "97140", 1, ("GP",), rmk=("A",)), st), md(S(5, "G0283", 1, ("GP",), rmk=("A",)), st)]),
        (8, "Lantern Bay Physical Therapy", "14-2601-0702-406", [
            md(S(8, "97110", 3, ("GP",), rmk=("A",)), st), md(S(8, "97112", 1, ("GP",), rmk=("A",)), st),
            md(S(8, "97530", 1, ("GP",), rmk=("A",)), st), md(S(8, "97035", 1, ("GP",), "CO", rmk=("C",)), st)]),
        (12, "Lantern Bay Physical Therapy", "14-2601-0775-093", [
            md(S(12, "97110", 2, ("GP", "KX"), rmk=("A", "D")), st), md(S(12, "97140", 1, ("GP", "KX"), rmk=("A", "D")), st),
            md(S(12, "97116", 1, ("GP", "KX"), rmk=("A", "D")), st), md(S(12, "97112", 1, ("GP", "KX"), rmk=("A", "D")), st)]),
        (14, "Dr. Imani Castellanos", "14-2601-0801-552", [
            md(S(14, "99213", 1, (), rmk=("A",)), st)]),
        (15, "Lantern Bay Physical Therapy", "14-2601-0834-710", [
            md(S(15, "97110", 2, ("GP", "KX"), rmk=("A", "D")), st), md(S(15, "97530", 2, ("GP", "KX"), rmk=("A", "D")), st),
            md(S(15, "97140", 1, ("GP", "KX"), rmk=("A", "D")), st), md(S(15, "97112", 1, ("GP", "KX", "CQ"), rmk=("A", "D")), st),
            md(S(15, "G0283", 1, ("GP", "KX"), rmk=("A", "D")), st)]),
        (19, "Lantern Bay Physical Therapy", "14-2601-0902-337", [
            md(S(19, "97110", 2, ("GP", "KX"), rmk=("A", "D")), st), md(S(19, "97140", 1, ("GP", "KX"), rmk=("A", "D")), st),
            md(S(19, "97116", 2, ("GP", "KX"), rmk=("A", "D")), st)]),
    ]
    claims = []
    for d, prov, no, svcs in groups:
        claims.append(dict(claim_id=None, payer_claim_id=no, patient="CORNELIUS T. WAXHAM", svcs=svcs,
                           head=[f"{dfmt(date(2026, 1, d), 'mon')}    Claim number {no}",
                                 f"{prov}, {'4410 Breakwater Ave, Suite 2' if 'Lantern' in prov else '92 Kelp Street'}, "
                                 "Port Anselm, WA 98361"] + (["Referred by: Gwendolyn Strasser, MD"] if "Lantern" in prov else [])))
    allsv = [s for cl in claims for s in cl["svcs"]]

    def intro(doc, fl, ctx):
        fs = 9
        for i, t in enumerate(["CORNELIUS T. WAXHAM", "1906 Tern Hollow Rd", "Port Anselm, WA 98361-2204"]):
            doc.t(36, fl.y + 12 + i * 12, t, fs, i == 0)
        doc.box(330, fl.y, doc.W - 366, 58)
        for i, t in enumerate(["Medicare Number  XXXX-XX7-MW41", "Date of This Notice  February 3, 2026",
                               "Claims Processed Between  January 5 - February 2, 2026"]):
            doc.t(338, fl.y + 14 + i * 14, t, 8.5, i == 0)
        fl.y += 70
        w = (doc.W - 72 - 12) / 2
        for k, (ttl, rows) in enumerate([
            ("Your Deductible Status", ["Your deductible is what you must pay each year before",
                                        "Medicare starts to pay. You have now met your",
                                        "$283.00 Part B deductible for 2026."]),
            ("Your Claims & Costs This Period", ["Did Medicare approve all services?  NO - see notes",
                                                 f"Number of services billed: {len(allsv)}",
                                                 f"Total you may be billed: {E.money(total(allsv, 'owes'))}"])]):
            x = 36 + k * (w + 12)
            doc.box(x, fl.y, w, 70, fill=0.93)
            doc.t(x + 8, fl.y + 15, ttl, 10, True)
            for i, t in enumerate(rows):
                doc.t(x + 8, fl.y + 31 + i * 12, t, 8.5)
        fl.y += 84
        doc.t(36, fl.y + 12, "Your Claims for Part B (Medical Insurance)", 11, True)
        fl.y += 18
        doc.t(36, fl.y + 9, "Part B helps pay for doctors, outpatient therapy and medical equipment. The amount a "
                            "provider may bill you is shown in the last money column.", 8)
        fl.y += 18

    def outro(doc, fl, ctx):
        fl.y += 4
        legend_block(doc, fl, LEG04, "Notes for Part B Claims", 8)
        fl.y += 6
        lines_block(doc, fl, 36, ["How to handle denials or file an appeal: circle the item, explain in writing and send",
                                  "it with a copy of this notice by June 2, 2026 to the Medicare contractor shown below."], 8)

    return dict(
        name="h121_04_medicare_summary_notice", producer="fpdf2", size=LETTER, font="DejaVuSans", fs=7.4, lh=10.5,
        desc="Medicare Summary Notice Part B", money=fmt_money("$", "-"), date="mon", code="paren", units="int",
        svc_order="units_desc_code", units_in_code=True,
        cols=[("svc", "Service Provided & Billing Code", 26, "l"), ("billed", "Amount\nProvider\nCharged", 8, "r"),
              ("allowed", "Medicare-\nApproved\nAmount", 8, "r"), ("paid", "Amount\nMedicare\nPaid", 8, "r"),
              ("owes", "Maximum You\nMay Be\nBilled", 9, "r"), ("blank", "", 1, "l"), ("rmk", "See\nNotes\nBelow", 5, "l")],
        claims=claims, hstyle="band", rowstyle="ruled", head_style="plain", total_label="Total for this claim",
        banner=banner_fn(["Medicare Summary Notice", "for Part B (Medical Insurance)"],
                         ["The official summary of your", "Medicare Part B claims", "Page {p}"], 9,
                         rep_left=["Medicare Summary Notice", "CORNELIUS T. WAXHAM"]),
        footer=page_footer("Questions? Call 1-800-555-0102 (Medicare contractor: Evergreen Coast Medicare Services)", 7),
        intro=intro, outro=outro, legend=LEG04)


# ---------------------------------------------------------------- 05 state Medicaid RA, line-printer style (fpdf2)
LEG05 = [("N130", "Paid at the program's maximum fee; the difference is not collectible from the recipient."),
         ("M86", "Same service already paid for this date; this line is denied as a duplicate."),
         ("MA67", "This claim replaces an earlier one; the earlier payment is taken back on this remittance."),
         ("N20", "Service not separately payable with another service on the same day.")]


def L05():
    mc = E.medicaid
    def sp(d1, d2, code, units, mods, rmk=()):
        s = S(d1, code, units, mods, rmk=rmk)
        s.end = date(2026, 1, d2)
        return s
    paid = [
        ("HOLLOWAY, JUNIPER", "700388215546", "2226008000412", "WB20417",
         [mc(sp(5, 26, "92507", 4, ("GN",), ("N130",))), mc(S(7, "92526", 1, ("GN",), rmk=("N130",)))]),
        ("HOLLOWAY, AUGUST", "700388215553", "2226008000413", "WB20418",
         [mc(S(6, "97165", 1, ("GO",), rmk=("N130",))), mc(S(6, "97530", 2, ("GO",), rmk=("N130",))),
          mc(sp(13, 27, "97530", 6, ("GO",), ("N130",))), mc(sp(13, 27, "97535", 3, ("GO",), ("N130",)))]),
        ("PRZYBYLSKI, NOOR", "700412096630", "2226008000455", "WB20433",
         [mc(S(8, "92523", 1, ("GN",), rmk=("N130",))), mc(sp(15, 29, "92507", 3, ("GN",), ("N130",))),
          mc(S(15, "97129", 2, ("GN",), rmk=("N130",)))]),
        ("ESCOBEDO-WARD, LIAM", "700377810024", "2226008000471", "WB20451",
         [mc(S(9, "97161", 1, ("GP",), rmk=("N130",))), mc(sp(9, 30, "97110", 8, ("GP",), ("N130",))),
          mc(sp(9, 30, "97112", 4, ("GP",), ("N130",))), mc(sp(12, 30, "97116", 3, ("GP",), ("N130",))),
          mc(S(16, "97760", 1, ("GP",), rmk=("N130",))), mc(S(16, "L3807", 1, ("LT",), rmk=("N130",)))]),
    ]
    denied = [
        ("PRZYBYLSKI, NOOR", "700412096630", "2226008000456", "WB20434",
         [mc(S(15, "92507", 1, ("GN",), "CO", rmk=("M86",)), "18"), mc(S(15, "97530", 1, ("GO", "59"), "CO", rmk=("N20",)), "97")]),
    ]
    orig = [mc(S(2, "97530", 3, ("GO",), rmk=("MA67",))), mc(S(2, "97535", 2, ("GO",), rmk=("MA67",)))]
    redo = [mc(S(2, "97530", 3, ("GO",), rmk=("MA67", "N130"))), mc(S(2, "97535", 2, ("GO",), rmk=("MA67", "N130"))),
            mc(S(2, "97168", 1, ("GO",), rmk=("MA67", "N130")))]
    rev = [E.negate(s) for s in orig]
    claims = []
    for sec, rows in (("CLAIMS PAID", paid), ("CLAIMS DENIED", denied)):
        for nm, rid, icn, acct, svcs in rows:
            claims.append(dict(section=sec, claim_id=acct, payer_claim_id=icn, patient=nm, svcs=svcs,
                               head=[f"RECIP: {nm:<24} RECIP ID: {rid}   ICN: {icn}   PAT ACCT: {acct}"]))
    claims.append(dict(section="CLAIM ADJUSTMENTS", claim_id="WB20102", payer_claim_id="1226019000087", patient="HOLLOWAY, AUGUST",
                       svcs=rev, head=["RECIP: HOLLOWAY, AUGUST         RECIP ID: 700388215553   ICN: 1226019000087   "
                                       "PAT ACCT: WB20102   ORIGINAL CLAIM - CREDIT"]))
    claims.append(dict(section="CLAIM ADJUSTMENTS", claim_id="WB20102", payer_claim_id="2226019000088", patient="HOLLOWAY, AUGUST",
                       svcs=redo, head=["RECIP: HOLLOWAY, AUGUST         RECIP ID: 700388215553   ICN: 2226019000088   "
                                        "PAT ACCT: WB20102   ADJUSTED CLAIM - DEBIT"]))
    allsv = [s for cl in claims for s in cl["svcs"]]

    def intro(doc, fl, ctx):
        fs = 8
        for i, t in enumerate(["PAYEE: WILLOWBROOK PEDIATRIC THERAPY LLC      PROVIDER ID: 0044718230   NPI: 1730418826",
                               "       1120 MILL RACE DRIVE STE 100            RA NUMBER: 0001883094     RA DATE: 02/04/26",
                               "       CEDAR FORKS ND 58203                    PAYMENT: EFT 0000771204   CYCLE: 26-05"]):
            doc.t(36, fl.y + fs + i * (fs + 3), t, fs)
        fl.y += 3 * (fs + 3) + 10

    def outro(doc, fl, ctx):
        fs = 8
        fl.need(90)
        doc.t(36, fl.y + fs + 4, "SUMMARY", fs + 1, True)
        fl.y += 16
        rows = [f"CLAIMS PAID      4   BILLED {E.money(total([s for c in claims[:4] for s in c['svcs']], 'billed'), '')}"
                f"   PAID {E.money(total([s for c in claims[:4] for s in c['svcs']], 'paid'), '')}",
                "CLAIMS DENIED    1   BILLED " + E.money(total(claims[4]["svcs"], "billed"), "") + "   PAID 0.00",
                "ADJUSTMENTS      2   NET " + E.money(total(rev + redo, "paid"), "", "trail"),
                "TOTAL PAYMENT THIS RA: " + E.money(total(allsv, "paid"), "", "trail")]
        lines_block(doc, fl, 36, rows, fs)
        fl.y += 6
        legend_block(doc, fl, LEG05, "REMARK CODE DESCRIPTIONS", 7.5)

    return dict(
        name="h121_05_medicaid_ra_lineprinter", producer="fpdf2", size=LAND, font="Courier", fs=7.5, lh=9.5,
        desc="state Medicaid remittance advice, line printer", money=fmt_money("", "trail"), date="mdy2", code="col",
        units="dec2", header_mode="page",
        cols=[("ln", "LN", 2.5, "l"), ("dos", "FROM DOS", 7, "l"), ("thru", "TO DOS", 7, "l"), ("code", "PROC", 6, "l"),
              ("mods", "MODS", 6, "l"), ("units", "UNITS", 5, "r"), ("billed", "BILLED AMT", 8, "r"),
              ("allowed", "ALLOWED AMT", 8.5, "r"), ("paid", "PAID AMT", 8, "r"), ("blank", "", 2, "l"),
              ("adj", "ADJ GRP-RSN   AMT", 13, "l"), ("rmk", "REMARKS", 9, "l")],
        claims=claims, hstyle="under", rowstyle="", head_style="plain", total_label="CLAIM TOTAL", claim_gap=5,
        banner=banner_fn(["NORTHERN PRAIRIE MEDICAL ASSISTANCE PROGRAM", "REMITTANCE ADVICE - PROFESSIONAL SERVICES"],
                         ["RUN DATE 02/04/26", "RA 0001883094", "PAGE {p}"], 8, rule=False),
        footer=page_footer("NPMAP FISCAL AGENT - PROVIDER SERVICES 1-800-555-0164", 7, "PAGE {p} OF {n}"),
        intro=intro, outro=outro, legend=LEG05)


def _medicaid_deny(s, reason):
    s.adjs = [("CO", reason, s.billed)]
    s.not_covered = s.billed
    return s


# ---------------------------------------------------------------- 06 Medicaid managed-care RA (reportlab)
LEG06 = [("N4", "Paid under the plan's children's therapy fee table."),
         ("N54", "Authorization on file does not cover this service or these dates."),
         ("N808", "Units above the authorized amount for this date were reduced.")]


def L06():
    mc = E.medicaid
    m1 = [mc(S(5, "97166", 1, ("GO",), rmk=("N4",))), mc(S(5, "97530", 2, ("GO",), rmk=("N4",))),
          mc(S(12, "97530", 3, ("GO",), rmk=("N4",))), mc(S(12, "97535", 1, ("GO",), rmk=("N4",))),
          mc(S(19, "97530", 3, ("GO",), rmk=("N4",))), mc(S(19, "97112", 1, ("GO",), rmk=("N4",))),
          mc(S(26, "97530", 2, ("GO",), rmk=("N4",))), mc(S(26, "97535", 2, ("GO",), rmk=("N4",)))]
    m2 = [mc(S(6, "92610", 1, ("GN",), rmk=("N4",))), mc(S(6, "92526", 1, ("GN",), rmk=("N4",))),
          mc(S(13, "92526", 1, ("GN",), rmk=("N4",))), mc(S(20, "92526", 1, ("GN",), rmk=("N4",))),
          mc(S(27, "92526", 1, ("GN",), rmk=("N4",)))]
    m3 = [mc(S(7, "97533", 2, ("GO",), "CO", rmk=("N54",)), "197"), mc(S(7, "97530", 2, ("GO", "59"), "CO", rmk=("N54",)), "197")]
    m4 = [mc(S(8, "97162", 1, ("GP",), rmk=("N4",))), mc(S(8, "97110", 2, ("GP",), rmk=("N4",))),
          mc(S(8, "97116", 1, ("GP",), rmk=("N4",))), mc(S(22, "97110", 2, ("GP",), rmk=("N4",))),
          mc(S(22, "97542", 1, ("GP",), rmk=("N4",))), mc(S(22, "97116", 2, ("GP", "KX"), rmk=("N4",)))]
    m5 = [mc(S(9, "92523", 1, ("GN",), rmk=("N4",))), mc(S(16, "92507", 1, ("GN",), rmk=("N4",))),
          mc(S(23, "92507", 1, ("GN",), rmk=("N4",))), mc(S(30, "92507", 1, ("GN",), rmk=("N4",)))]
    mk = lambda tcn, pcn, nm, mid, st: [f"TCN {tcn}   Patient Control No. {pcn}   Claim Status: {st}",  # noqa: E731
                                        f"Member: {nm}   Member ID: {mid}   Rendering: Hollis Varga, OTR/L"]
    claims = [
        dict(claim_id="88311-A", payer_claim_id="2026-021-004417-00", patient="Rosalind Quintero", svcs=m1,
             head=mk("2026-021-004417-00", "88311-A", "Rosalind Quintero", "5510388476", "Paid")),
        dict(claim_id="88311-B", payer_claim_id="2026-021-004418-00", patient="Mateus Quintero", svcs=m2,
             head=mk("2026-021-004418-00", "88311-B", "Mateus Quintero", "5510388477", "Paid")),
        dict(claim_id="88402", payer_claim_id="2026-022-000961-00", patient="Daisy Oyelaran", svcs=m3,
             head=mk("2026-022-000961-00", "88402", "Daisy Oyelaran", "5510299013", "Denied")),
        dict(claim_id="88377", payer_claim_id="2026-022-000973-00", patient="Tomasz Beaulieu-Grant", svcs=m4,
             head=mk("2026-022-000973-00", "88377", "Tomasz Beaulieu-Grant", "5510410025", "Paid")),
        dict(claim_id="88419", payer_claim_id="2026-023-001502-00", patient="Ines Beaulieu-Grant", svcs=m5,
             head=mk("2026-023-001502-00", "88419", "Ines Beaulieu-Grant", "5510410026", "Paid")),
    ]
    allsv = [s for cl in claims for s in cl["svcs"]]

    def intro(doc, fl, ctx):
        fs = 8
        doc.box(36, fl.y, 260, 52)
        for i, t in enumerate(["Pay To: Little Lanterns Therapy Group", "77 Orchard Terrace", "Millbrook Falls, VT 05671",
                               "Billing NPI 1487220391   Tax ID XX-XXX4417"]):
            doc.t(42, fl.y + 11 + i * 10.5, t, fs, i == 0)
        doc.box(306, fl.y, doc.W - 342, 52)
        for i, t in enumerate([f"Payment Date: 02/06/2026   EFT Trace: 8830017462", f"Claims on this advice: {len(claims)}",
                               f"Total billed: {E.money(total(allsv, 'billed'), ',')}",
                               f"Total paid: {E.money(total(allsv, 'paid'), ',')}"]):
            doc.t(312, fl.y + 11 + i * 10.5, t, fs, i == 3)
        fl.y += 62

    def outro(doc, fl, ctx):
        legend_block(doc, fl, LEG06, "Remark Code Key", 7.5)
        fl.y += 3
        lines_block(doc, fl, 36, ["Adjustment reasons appear as group-reason pairs (CO = contractual obligation). "
                                  "Members may not be billed for CO amounts."], 7.5)

    return dict(
        name="h121_06_medicaid_mco_ra", producer="reportlab", size=LETTER, font="LiberationSansNarrow", fs=7.4, lh=10,
        desc="Medicaid managed-care plan remittance advice", money=fmt_money(",", "-"), date="mdy4", code="col",
        units="dec2",
        cols=[("ln", "Ln", 2.5, "l"), ("dos", "Svc From", 6.5, "l"), ("thru", "Svc To", 6.5, "l"),
              ("code", "Procedure", 5.5, "l"), ("mods", "Modifiers", 6, "l"), ("units", "Units", 4, "r"),
              ("billed", "Billed", 6, "r"), ("allowed", "Allowed", 6, "r"), ("paid", "Paid", 6, "r"),
              ("status", "Ln Status", 5.5, "l"), ("adjc", "Adj Reason", 5.5, "l"), ("rmk", "RARC", 4.5, "l")],
        claims=claims, hstyle="grid", rowstyle="zebra", head_style="band", total_label="Claim Totals",
        banner=banner_fn(["GreenMountain Kids Health Plan", "Medicaid Managed Care - Provider Remittance Advice"],
                         ["Remit ID 26-0206-00417", "Page {p}"], 8),
        footer=page_footer("GreenMountain Kids Health Plan - Provider Relations 1-855-555-0139 - remit questions within 90 days",
                           6.8),
        intro=intro, outro=outro, legend=LEG06)


# ---------------------------------------------------------------- 07 PM-system Medicare remittance report (reportlab)
LEG07 = [("N211", "You may not appeal this decision (paper remit remark shown as received)."),
         ("M15", "Separately billed service was bundled with another service on the same date."),
         ("MA01", "Appeal rights notice: a request for redetermination may be filed within 120 days."),
         ("N640", "Exceeds the therapy threshold; continued medical need confirmed by KX.")]


def L07():
    st1 = PlanState(ded_left=Decimal("0.00"))
    st2 = PlanState(ded_left=Decimal("55.00"))
    st3 = PlanState(ded_left=Decimal("0.00"))
    md = E.medicare
    a = [md(S(13, "97110", 2, ("GP",)), st1), md(S(13, "97140", 1, ("GP", "59")), st1),
         md(S(13, "97112", 1, ("GP",)), st1), md(S(13, "97035", 1, ("GP",), "CO", rmk=("M15",)), st1, deny_reason="97")]
    b = [md(S(14, "97165", 1, ("GO",)), st2), md(S(14, "97530", 2, ("GO",)), st2),
         md(S(14, "97535", 1, ("GO",)), st2), md(S(21, "97530", 3, ("GO",)), st2), md(S(21, "97168", 1, ("GO",)), st2)]
    old = [md(S(6, "97110", 3, ("GP",)), st3), md(S(6, "97116", 1, ("GP",)), st3)]
    rev = [E.negate(s) for s in old]
    new = [md(S(6, "97110", 3, ("GP", "KX"), rmk=("N640",)), st3), md(S(6, "97116", 2, ("GP", "KX"), rmk=("N640",)), st3)]
    c = [md(S(16, "92507", 1, ("GN",)), st3), md(S(16, "92526", 1, ("GN",)), st3),
         md(S(23, "92507", 1, ("GN",)), st3), md(S(23, "92526", 1, ("GN",)), st3),
         md(S(30, "92507", 1, ("GN",)), st3)]
    def hd(nm, mbi, acct, icn, status, moa="MA01"):
        return [f"Patient: {nm}     Acct #: {acct}     ICN: {icn}",
                f"MBI: {mbi}     Claim status: {status}     MOA: {moa}     Rendering: Fenna Doucette, PT"]
    claims = [
        dict(claim_id="100428", payer_claim_id="2226019044170", patient="TREMBLAY, ODETTE M", svcs=a,
             head=hd("TREMBLAY, ODETTE M", "7QX4TR2MK81", "100428", "2226019044170", "1 - Processed as primary")),
        dict(claim_id="100455", payer_claim_id="2226020011734", patient="ABERCROMBIE, SILAS", svcs=b,
             head=hd("ABERCROMBIE, SILAS", "3WE7HN5PL20", "100455", "2226020011734", "1 - Processed as primary")),
        dict(claim_id="100391", payer_claim_id="2226006038812", patient="KOWALCZYK, BEATA", svcs=rev,
             head=hd("KOWALCZYK, BEATA", "9KD2RT6YU47", "100391", "2226006038812", "22 - Reversal of previous payment")),
        dict(claim_id="100391", payer_claim_id="2226027005519", patient="KOWALCZYK, BEATA", svcs=new,
             head=hd("KOWALCZYK, BEATA", "9KD2RT6YU47", "100391", "2226027005519", "1 - Processed as primary (corrected)", "MA01 N211")),
        dict(claim_id="100472", payer_claim_id="2226024090315", patient="NAKASHIMA-BELL, ROY", svcs=c,
             head=hd("NAKASHIMA-BELL, ROY", "5PF8JC1VB63", "100472", "2226024090315", "1 - Processed as primary")),
    ]
    allsv = [s for cl in claims for s in cl["svcs"]]

    def intro(doc, fl, ctx):
        fs = 8
        rows = [("Payer", "Tri-River Medicare Administrative Services, Jurisdiction Q"), ("Payee", "Ridgeview Rehab Associates PC"),
                ("Payee NPI", "1902284417"), ("Check/EFT #", "EFT 660018421"), ("Check date", "02/03/2026"),
                ("Check amount", E.money(total(allsv, "paid"), "$", "()"))]
        for i, (k, v) in enumerate(rows):
            col = i % 2
            doc.t(36 + col * 360, fl.y + fs + (i // 2) * 11, k + ":", fs, True)
            doc.t(110 + col * 360, fl.y + fs + (i // 2) * 11, v, fs)
        fl.y += 3 * 11 + 10

    def outro(doc, fl, ctx):
        fs = 8
        fl.need(40)
        doc.hl(36, doc.W - 36, fl.y, 1)
        tots = [("Billed", "billed"), ("Allowed", "allowed"), ("Deductible", "deductible"), ("Coinsurance", "coinsurance"),
                ("Provider paid", "paid")]
        doc.t(36, fl.y + 12, "Report totals:  " + "    ".join(f"{k} {E.money(total(allsv, a), '$', '()')}" for k, a in tots),
              fs, True)
        fl.y += 22
        legend_block(doc, fl, LEG07, "Remark codes on this report", 7.5)

    return dict(
        name="h121_07_pm_medicare_remit_report", producer="reportlab", size=LAND, font="Helvetica", fs=7.3, lh=9.8,
        desc="practice-management Medicare remittance detail report", money=fmt_money("$", "()"), date="mdy4",
        code="col", units="int", header_mode="claim", repeat=True,
        cols=[("dos", "Serv Date", 7, "l"), ("pos", "POS", 3, "l"), ("code", "CPT", 5, "l"), ("mods", "Mod", 5, "l"),
              ("units", "Units", 3.5, "r"), ("billed", "Billed", 7, "r"), ("allowed", "Allowed", 7, "r"),
              ("deductible", "Deduct", 6, "r"), ("coinsurance", "Coins", 6, "r"), ("blank", "", 1.5, "l"),
              ("adj", "Adj Codes", 12, "l"), ("paid", "Paid", 7, "r"), ("blank", "", 1.5, "l"), ("rmk", "Remarks", 6, "l")],
        claims=claims, hstyle="ruled", rowstyle="", head_style="plain", total_label="Claim totals", claim_gap=6,
        banner=banner_fn(["ClaimBridge Practice Manager", "Remittance Detail Report - Medicare Part B"],
                         ["Ridgeview Rehab Associates PC", "Printed 02/04/2026 08:14", "Page {p}"], 8),
        footer=page_footer("ClaimBridge PM 9.4  -  report RMT-DTL  -  user: kbrandt", 6.8),
        intro=intro, outro=outro, legend=LEG07)


# ---------------------------------------------------------------- 08 standard paper remittance, monospace (fpdf2)
LEG08 = [("MA01", "Appeal rights: a written redetermination request may be filed within 120 days."),
         ("MA18", "The claim was also sent to the patient's supplemental insurer."),
         ("N381", "Use the contract dispute process for any disagreement with this result.")]


def L08():
    md = E.medicare
    st = {k: PlanState(ded_left=Decimal(v)) for k, v in (("a", "0"), ("b", "40.00"), ("c", "0"), ("d", "0"))}
    a = [md(S(5, "97110", 2, ("GP",)), st["a"]), md(S(5, "97140", 1, ("GP",)), st["a"]), md(S(5, "97530", 1, ("GP",)), st["a"]),
         md(S(7, "97110", 2, ("GP",)), st["a"]), md(S(7, "97116", 1, ("GP",)), st["a"]), md(S(7, "G0283", 1, ("GP",)), st["a"]),
         md(S(9, "97110", 3, ("GP",)), st["a"]), md(S(9, "97112", 1, ("GP",)), st["a"])]
    b = [md(S(12, "97166", 1, ("GO",)), st["b"]), md(S(12, "97530", 2, ("GO",)), st["b"]), md(S(12, "97760", 1, ("GO",)), st["b"]),
         md(S(12, "L3807", 1, ("RT",)), st["b"])]
    c = [md(S(13, "92610", 1, ("GN",)), st["c"]), md(S(13, "92526", 1, ("GN",)), st["c"]),
         md(S(20, "92526", 1, ("GN",)), st["c"]), md(S(27, "92526", 1, ("GN",)), st["c"])]
    d = [md(S(14, "97110", 2, ("CQ", "GP")), st["d"]), md(S(14, "97140", 1, ("CQ", "GP")), st["d"]),
         md(S(14, "97035", 1, ("GP",), "CO"), st["d"], deny_reason="97"), md(S(16, "97110", 2, ("CQ", "GP")), st["d"]),
         md(S(16, "97112", 2, ("CQ", "GP")), st["d"]), md(S(21, "97110", 3, ("CQ", "GP")), st["d"]),
         md(S(21, "97530", 1, ("CQ", "GP")), st["d"])]

    def hd(nm, hic, acnt, icn, moa="MA01"):
        return [f"NAME {nm:<22} HIC {hic}   ACNT {acnt:<14} ICN {icn}   ASG Y   MOA {moa}"]
    claims = [
        dict(claim_id="TCR55190-2", payer_claim_id="0226024113092", patient="LARUE, AMBROSE", svcs=a, perf="1184402917",
             head=hd("LARUE, AMBROSE", "5RT9WQ2HK44", "TCR55190-2", "0226024113092", "MA01 MA18")),
        dict(claim_id="TCR55231-1", payer_claim_id="0226025020771", patient="FENWICK, HARRIET", svcs=b, perf="1629003318",
             head=hd("FENWICK, HARRIET", "8UL3ZX4BC19", "TCR55231-1", "0226025020771")),
        dict(claim_id="TCR55260-1", payer_claim_id="0226030007745", patient="OYELOWO, CLEMENT", svcs=c, perf="1367750482",
             head=hd("OYELOWO, CLEMENT", "2MM6PQ8RD05", "TCR55260-1", "0226030007745")),
        dict(claim_id="TCR55288-3", payer_claim_id="0226031099410", patient="VANDERMEER, JOSIE", svcs=d, perf="1952216604",
             head=hd("VANDERMEER, JOSIE", "4HN1KS7WX38", "TCR55288-3", "0226031099410", "MA01 N381")),
    ]
    allsv = [s for cl in claims for s in cl["svcs"]]
    for cl in claims:
        cl["tots"] = {"billed": total(cl["svcs"], "billed"), "paid": total(cl["svcs"], "paid")}

    def after(doc, fl, claim, cfg):
        sv = claim["svcs"]
        fs = cfg["fs"]
        fl.need(12)
        doc.t(fl.xs[0] + 2, fl.y + fs, f"PT RESP {E.money(total(sv, 'owes'), '')}     CLAIM TOTAL "
                                          f"{E.money(total(sv, 'billed'), '')}     NET {E.money(total(sv, 'paid'), '')}", fs)
        fl.y += 11

    def intro(doc, fl, ctx):
        fs = 7.5
        for i, t in enumerate(["PROVIDER #: 1184402917   TIDEWATER COMMUNITY REHAB      CHECK/EFT #: 00881720  DATE: 02/02/2026",
                               "           55 HARBORVIEW PARKWAY                        REMIT #: 45 (CLEARINGHOUSE PRINT OF 835)",
                               "           BELLPORT SC 29917"]):
            doc.t(36, fl.y + fs + i * 10, t, fs)
        fl.y += 38

    def outro(doc, fl, ctx):
        fs = 7.5
        fl.need(60)
        doc.hl(36, doc.W - 36, fl.y, 0.6)
        rows = ["TOTALS:   # OF     BILLED    ALLOWED     DEDUCT      COINS    TOTAL RC-AMT    PROV PD    CHECK AMT",
                f"          CLAIMS"
                f"  {E.money(total(allsv, 'billed'), ''):>9}  {E.money(total(allsv, 'allowed'), ''):>9}"
                f"  {E.money(total(allsv, 'deductible'), ''):>9}  {E.money(total(allsv, 'coinsurance'), ''):>9}"
                f"  {E.money(sum((a for s in allsv for _, _, a in s.adjs), ZERO), ''):>14}"
                f"  {E.money(total(allsv, 'paid'), ''):>9}  {E.money(total(allsv, 'paid'), ''):>9}",
                f"          {len(claims)}"]
        fl.y += 4
        lines_block(doc, fl, 36, rows, fs)
        fl.y += 6
        legend_block(doc, fl, LEG08, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", 7, x1=doc.W - 36)
        lines_block(doc, fl, 36, ["CO  CONTRACTUAL OBLIGATION     PR  PATIENT RESPONSIBILITY"], 7)

    return dict(
        name="h121_08_standard_paper_remit", producer="fpdf2", size=LAND, font="DejaVuSansMono", fs=7, lh=9.3,
        desc="Medicare-style standard paper remittance from a clearinghouse", money=fmt_money("", "-"), date="spr",
        code="col", units="int", header_mode="page",
        cols=[("perf", "PERF PROV", 7, "l"), ("dos", "SERV DATE", 8, "l"), ("pos", "POS", 2.5, "l"), ("units", "NOS", 2.5, "r"),
              ("blank", "", 1, "l"), ("code", "PROC", 4.5, "l"), ("mods", "MODS", 5, "l"), ("billed", "BILLED", 5.5, "r"),
              ("allowed", "ALLOWED", 5.5, "r"), ("deductible", "DEDUCT", 5.5, "r"), ("coinsurance", "COINS", 5.5, "r"),
              ("blank", "", 1, "l"), ("adj", "GRP/RC-AMT", 9, "l"), ("paid", "PROV PD", 5.5, "r")],
        claims=claims, hstyle="under", rowstyle="", head_style="plain", totals=False, claim_gap=6, after_claim=after,
        banner=banner_fn(["SOUTHEAST PART B CARRIER SERVICES", "MEDICARE REMITTANCE NOTICE"],
                         ["PAPER REMIT FORMAT", "RUN 02/02/2026", "PAGE #: {p}"], 7.5, rule=True),
        footer=page_footer("PRINTED BY HARBORLINK CLAIMS EXCHANGE FROM 835 TRACE 00881720", 6.5, "PAGE {p} OF {n}"),
        intro=intro, outro=outro, legend=LEG08)


# ---------------------------------------------------------------- 09 therapy clinic family statement (reportlab)
LEG09 = []


def L09():
    st = PlanState(ded_left=Decimal("75.00"), visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.78"))
    c = E.commercial
    visits = [
        ("Juno Ashby-Reyes", 6, "40817", "7729104418", [c(S(6, "97166", 1, ("GO",)), st), c(S(6, "97530", 2, ("GO",)), st)]),
        ("Elias Ashby-Reyes", 7, "40822", "7729104431", [c(S(7, "92523", 1, ("GN",)), st)]),
        ("Juno Ashby-Reyes", 13, "40866", "7729118802", [c(S(13, "97530", 3, ("GO",)), st), c(S(13, "97533", 1, ("GO",), "PR"), st),
                                                         c(S(13, "97535", 1, ("GO",)), st)]),
        ("Elias Ashby-Reyes", 14, "40871", "7729118840", [c(S(14, "92507", 1, ("GN",)), st)]),
        ("Marisol Ashby-Reyes", 15, "40880", "7729120016", [c(S(15, "97163", 1, ("GP",)), st), c(S(15, "97110", 2, ("GP",)), st),
                                                            c(S(15, "97140", 1, ("GP", "59")), st)]),
        ("Juno Ashby-Reyes", 20, "40913", "7729131147", [c(S(20, "97530", 3, ("GO",)), st), c(S(20, "97112", 1, ("GO",)), st)]),
        ("Elias Ashby-Reyes", 21, "40920", "7729131160", [c(S(21, "92507", 1, ("GN",)), st)]),
        ("Marisol Ashby-Reyes", 22, "40931", "7729131198", [c(S(22, "97110", 3, ("GP",)), st), c(S(22, "97140", 1, ("GP",)), st),
                                                            c(S(22, "G0283", 1, ("GP",)), st)]),
        ("Juno Ashby-Reyes", 27, "40977", "7729140251", [c(S(27, "97530", 2, ("GO",)), st), c(S(27, "97535", 2, ("GO",)), st)]),
        ("Elias Ashby-Reyes", 28, "40984", "7729140263", [c(S(28, "92507", 1, ("GN",)), st)]),
    ]
    claims = []
    for nm, d, inv, clm, svcs in visits:
        claims.append(dict(claim_id=inv, payer_claim_id=clm, patient=nm, svcs=svcs,
                           head=[f"{nm}  -  Visit {dfmt(date(2026, 1, d), 'mdy4')}  -  Invoice #{inv}",
                                 f"Billed to Cedarcrest Health (claim {clm}), processed {dfmt(date(2026, 1, min(d + 14, 31)), 'mdy4')}"]))
    allsv = [s for cl in claims for s in cl["svcs"]]
    due = total(allsv, "owes") - Decimal("75.00")

    def intro(doc, fl, ctx):
        fs = 9
        for i, t in enumerate(["Marisol Ashby-Reyes", "403 Juniper Crossing", "Tallow Creek, CO 80817"]):
            doc.t(60, fl.y + 14 + i * 12, t, fs, i == 0)
        doc.box(380, fl.y, doc.W - 416, 70, fill=0.9)
        for i, (k, v) in enumerate([("Statement date", "02/09/2026"), ("Account number", "G-20331"),
                                    ("Amount due", E.money(due)), ("Please pay by", "03/01/2026")]):
            doc.t(388, fl.y + 14 + i * 15, k, 9, i == 2)
            doc.t(doc.W - 44, fl.y + 14 + i * 15, v, 9, i == 2, "r")
        fl.y += 80
        doc.t(36, fl.y + 10, "Detail of services for the family. Insurance has processed every visit below; "
                             "your portion is what remains after your plan paid.", 8.5)
        fl.y += 20

    def outro(doc, fl, ctx):
        fs = 8.5
        fl.need(110)
        fl.y += 4
        doc.t(36, fl.y + fs, "Payments and credits", fs + 1, True)
        fl.y += 16
        for t in ["01/06/2026   Copay received at front desk (card ending 4471)      -$25.00",
                  "01/15/2026   Copay received at front desk (card ending 4471)      -$25.00",
                  "01/22/2026   Copay received at front desk (card ending 4471)      -$25.00"]:
            doc.t(46, fl.y + fs, t, fs)
            fl.y += 12
        fl.y += 6
        doc.hl(36, doc.W - 36, fl.y, 1)
        doc.t(36, fl.y + 14, f"Total charges {E.money(total(allsv, 'billed'))}   Insurance paid {E.money(total(allsv, 'paid'))}"
                             f"   Your portion {E.money(total(allsv, 'owes'))}   Payments -$75.00   Amount due {E.money(due)}",
              fs, True)
        fl.y += 26
        doc.hl(36, doc.W - 36, fl.y, 0.5)
        doc.t(36, fl.y + 12, "- - - - Please detach and return this portion with your payment - - - -", 7.5)
        doc.t(36, fl.y + 26, f"Guarantor: Marisol Ashby-Reyes   Account G-20331   Amount due {E.money(due)}   Amount enclosed $________", 8.5)
        fl.y += 34

    return dict(
        name="h121_09_clinic_family_statement", producer="reportlab", size=LETTER, font="Times", fs=8.4, lh=11,
        desc="pediatric/outpatient therapy clinic family statement", money=fmt_money("$", "-"), date="mdy4", code="space",
        units="int", header_mode="page",
        cols=[("dos", "Date", 7, "l"), ("code", "Code", 7, "l"), ("desc", "Service", 17, "l"), ("units", "Units", 4, "r"),
              ("billed", "Charges", 7, "r"), ("paid", "Insurance\nPaid", 7, "r"), ("insadj", "Insurance\nAdjustment", 7.5, "r"),
              ("owes", "Your\nPortion", 7, "r")],
        claims=claims, hstyle="ruled", rowstyle="", head_style="plain", total_label="Visit total", claim_gap=4,
        banner=banner_fn(["Willowbend Children's & Family Therapy", "2250 Canyon Rim Blvd, Tallow Creek, CO 80817  |  (719) 555-0148"],
                         ["STATEMENT", "Page {p}"], 8),
        footer=page_footer("Billing questions: billing@willowbend-therapy.example  |  We accept payment online, by phone or by mail.", 7),
        intro=intro, outro=outro, legend=LEG09)


# ---------------------------------------------------------------- 10 hospital family statement (fpdf2)
LEG10 = []


def L10():
    st = PlanState(ded_left=Decimal("0"), allowed_rate=Decimal("0.60"))
    c = E.commercial
    def acct(day, codes):
        return [c(S(day, k, u, m), st) for k, u, m in codes]
    a1 = acct(7, [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("97112", 1, ("GP",)),
                  ("G0283", 1, ("GP",))]) + acct(14, [("97110", 3, ("GP",)), ("97530", 2, ("GP",)), ("97116", 1, ("GP",))])
    corr = E.negate(a1[-2])
    corr.remarks = []
    a1 = a1 + [corr, c(S(14, "97530", 1, ("GP",)), st)]
    for s in a1:
        s.desc = E.LONG_DESC.get(s.code, s.desc)
    a2 = acct(8, [("92523", 1, ("GN",)), ("92507", 1, ("GN",))]) + acct(15, [("92507", 1, ("GN",))]) + \
        acct(22, [("92507", 1, ("GN",))]) + acct(29, [("92507", 1, ("GN",))])
    a3 = acct(9, [("29125", 1, ("LT",)), ("A4570", 1, ()), ("97760", 1, ("GO",)), ("97165", 1, ("GO",))]) + \
        acct(16, [("97763", 1, ("GO",)), ("97110", 2, ("GO",)), ("97018", 1, ("GO",))])
    for s in a3:
        s.desc = E.LONG_DESC.get(s.code, s.desc)
    rev = {"97161": "0424", "97110": "0420", "97140": "0420", "97112": "0420", "G0283": "0420", "97530": "0420",
           "97116": "0420", "92523": "0444", "92507": "0440", "29125": "0270", "A4570": "0270", "97760": "0430",
           "97165": "0434", "97763": "0430", "97018": "0430"}
    people = [("5503318820", "REYES, MATEO A", "PBH-26-118820-00", a1), ("5503318837", "REYES, LUCIA", "PBH-26-120075-00", a2),
              ("5503319004", "REYES, CARMEN S", "PBH-26-131462-00", a3)]
    claims = []
    for acc, nm, clm, sv in people:
        claims.append(dict(claim_id=acc, payer_claim_id=clm, patient=nm, svcs=sv, rev=rev,
                           head=[f"Account {acc}   Patient: {nm}   Outpatient Rehabilitation",
                                 f"Primary insurance: Plainsview Benefit Trust   Claim # {clm}   Admit/Start {dfmt(sv[0].dos, 'mdy4')}"]))

    def after(doc, fl, claim, cfg):
        sv = claim["svcs"]
        fs = cfg["fs"]
        ins = total(sv, "paid")
        adj = total(sv, "billed") - ins - total(sv, "owes")
        rows = [("Insurance payment - Plainsview Benefit Trust", -ins), ("Insurance adjustment (contract allowance)", -adj),
                ("Account balance - patient responsibility", total(sv, "owes"))]
        fl.need(len(rows) * 11 + 4)
        for k, v in rows:
            doc.t(fl.xs[3] + 2, fl.y + fs, k, fs)
            doc.t(fl.xs[-1] - 2, fl.y + fs, E.money(v), fs, k.startswith("Account"), "r")
            fl.y += 11

    allsv = [s for cl in claims for s in cl["svcs"]]
    tx1 = 432

    def intro(doc, fl, ctx):
        fs = 8.5
        for i, t in enumerate(["Guarantor:", "CARMEN S REYES", "1518 Bluestem Road", "Harlan Flats, NE 68930"]):
            doc.t(40, fl.y + 12 + i * 11, t, fs, i == 1)
        fl.y += 60
        doc.t(36, fl.y + 10, "Itemized charges by hospital account. Insurance activity is shown below each account.", 8)
        fl.y += 18

    def banner(doc, p):
        y = banner_fn(["Prairie Bend Regional Hospital", "Patient Financial Services  -  600 Hospital Drive, Harlan Flats, NE 68930"],
                      ["Family Statement", "Statement date 02/10/2026", "Page {p}"], 8)(doc, p)
        # right sidebar on every page
        x = tx1 + 10
        doc.box(x, y, doc.W - 36 - x, 150, fill=0.92)
        bal = total(allsv, "owes")
        for i, t in enumerate(["Guarantor no. G-7718204", "", "Total due", E.money(bal), "", "Due by 03/05/2026",
                               "Pay online or call", "(308) 555-0116", "Financial help is", "available; ask us."]):
            doc.t(x + 8, y + 14 + i * 13, t, 9 if i == 3 else 8, i in (2, 3))
        return y

    def outro(doc, fl, ctx):
        fs = 8
        fl.need(40)
        doc.hl(36, tx1, fl.y + 2, 1)
        doc.t(36, fl.y + 14, f"Total charges, all accounts: {E.money(total(allsv, 'billed'))}     "
                             f"Total patient balance: {E.money(total(allsv, 'owes'))}", fs, True)
        fl.y += 24

    return dict(
        name="h121_10_hospital_family_statement", producer="fpdf2", size=LETTER, font="LiberationSerif", fs=7.6, lh=9.8,
        desc="hospital outpatient rehab family statement by account", money=fmt_money("$", "-"), date="mdy4", code="space",
        units="int", tx=(36, tx1), header_mode="claim",
        cols=[("dos", "Date", 8, "l"), ("rev", "Rev", 4, "l"), ("code", "CPT/HCPCS", 8.5, "l"), ("desc", "Description", 22, "l"),
              ("units", "Qty", 3, "r"), ("billed", "Charges", 8, "r")],
        claims=claims, hstyle="band", rowstyle="", head_style="box", total_label="Total charges", claim_gap=10,
        after_claim=after, banner=banner,
        footer=page_footer("Prairie Bend Regional Hospital is a non-profit hospital. Tax ID withheld. Statement 0210-7718204", 6.8),
        intro=intro, outro=outro, legend=LEG10)


# =========================================================================================== main / check
def layouts():
    return [f() for f in (L01, L02, L03, L04, L05, L06, L07, L08, L09, L10) if f is not None]


def page_rows(pdf_path):
    import pdfplumber
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for pg in pdf.pages:
            words = pg.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
                for r in rows:
                    if abs(r[0] - w["top"]) < 2.5:
                        r[1].append(w)
                        break
                else:
                    rows.append([w["top"], [w]])
            rows.sort(key=lambda r: r[0])
            pages.append([[w["text"] for w in sorted(r[1], key=lambda w: w["x0"])] for r in rows])
    return pages


def check(out: Path, cfgs) -> list[str]:
    errs = []
    spans = 0
    for cfg in cfgs:
        pdf = out / (cfg["name"] + ".pdf")
        tr = json.loads(Path(str(pdf) + ".truth.json").read_text())
        pages = page_rows(pdf)
        name = cfg["name"]
        if len(pages) != tr["pages"]:
            errs.append(f"{name}: pages {len(pages)} != {tr['pages']}")
        doc_words = [w for p in pages for r in p for w in r]
        doc_text = " ".join(doc_words)
        m = cfg["money"]
        keys = [c[0] for c in cfg["cols"]]
        for i, ln in enumerate(tr["lines"]):
            rows = pages[ln["page"] - 1]
            toks = []
            code_style = cfg["code"]
            if ln["code"]:
                toks += code_tokens(code_style, ln["code"], ln["modifiers"] if code_style != "col" else [])
                if code_style == "col":
                    toks += ln["modifiers"]
            if ln["units"] is not None:
                toks.append(units_fmt(cfg["units"], Decimal(ln["units"])))
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None:
                    toks.append(m(Decimal(ln[k])))
            d = date.fromisoformat(ln["service_date"])
            dt = date_tokens(cfg["date"], d)
            if "dos" in keys:
                toks += dt
            ok = False
            for r in rows:
                rem = list(r)
                good = True
                for t in toks:
                    if t in rem:
                        rem.remove(t)
                    else:
                        good = False
                        break
                if good:
                    ok = True
                    break
            if not ok:
                errs.append(f"{name} line {i}: row tokens {toks} not on one text line of page {ln['page']}")
            page_text = " ".join(w for r in rows for w in r)
            if "dos" not in keys and " ".join(dt) not in page_text:
                errs.append(f"{name} line {i}: date {dt} not on page")
            if ln["service_end"] and " ".join(date_tokens(cfg["date"], date.fromisoformat(ln["service_end"]))) not in page_text:
                errs.append(f"{name} line {i}: service_end missing")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in doc_text:
                    errs.append(f"{name} line {i}: {k} {ln[k]!r} not in text")
            if ln["description"] and not all(w in page_text for w in ln["description"].split()):
                errs.append(f"{name} line {i}: description words missing")
            for g, rc, a in ln["adjustments"]:
                if f"{g}{cfg.get('adjsep', '-')}{rc}" not in page_text:
                    errs.append(f"{name} line {i}: adjustment {g}-{rc} missing")
                if a is not None and m(Decimal(a)) not in page_text.split():
                    errs.append(f"{name} line {i}: adjustment amount {a} missing")
            for rmk in ln["remarks"]:
                if rmk not in doc_words:
                    errs.append(f"{name} line {i}: remark {rmk} missing")
            # arithmetic
            D = lambda k: Decimal(ln[k]) if ln[k] is not None else None  # noqa: E731
            if ln["adjustments"] and all(a is not None for _, _, a in ln["adjustments"]) and ln["billed"] and ln["paid"]:
                if D("billed") - sum(Decimal(a) for _, _, a in ln["adjustments"]) != D("paid"):
                    errs.append(f"{name} line {i}: billed - adjustments != paid")
            if all(ln[k] is not None for k in ("billed", "discount", "not_covered", "allowed")):
                if D("billed") - D("discount") - D("not_covered") != D("allowed"):
                    errs.append(f"{name} line {i}: billed - discount - not covered != allowed")
            if all(ln[k] is not None for k in ("allowed", "deductible", "copay", "coinsurance", "paid")):
                if D("allowed") - D("deductible") - D("copay") - D("coinsurance") != D("paid"):
                    errs.append(f"{name} line {i}: allowed - member share != paid")
            if all(ln[k] is not None for k in ("deductible", "copay", "coinsurance", "patient_owes")) and ln["not_covered"] is None:
                if D("deductible") + D("copay") + D("coinsurance") != D("patient_owes"):
                    errs.append(f"{name} line {i}: member share != patient owes")
        # claim totals
        for c in tr["claims"]:
            lines = [ln for ln in tr["lines"] if ln["claim_id"] == c["claim_id"] and ln["payer_claim_id"] == c["payer_claim_id"]]
            if not lines:
                errs.append(f"{name}: claim {c} has no lines")
                continue
            if len({ln["page"] for ln in lines}) > 1:
                spans += 1
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if m(Decimal(v)) not in doc_words:
                    errs.append(f"{name}: claim total {k} {v} not printed")
                s = sum(Decimal(ln[k]) for ln in lines)
                planted = any(c["payer_claim_id"] in f and f"total {v} " in f for f in tr["expected_findings"])
                if (s != Decimal(v)) != planted:
                    errs.append(f"{name}: claim {c['payer_claim_id']} total {k} {v} vs lines {s} planted={planted}")
        for code, _ in tr["legend"]:
            if code not in doc_words:
                errs.append(f"{name}: legend code {code} not printed")
        if tr["pages"] < 1:
            errs.append(f"{name}: no pages")
    files_with_span = sum(1 for cfg in cfgs if any(
        len({ln["page"] for ln in json.loads(Path(str(out / (cfg["name"] + ".pdf")) + ".truth.json").read_text())["lines"]
             if (ln["claim_id"], ln["payer_claim_id"]) == key}) > 1
        for key in {(ln["claim_id"], ln["payer_claim_id"]) for ln in
                    json.loads(Path(str(out / (cfg["name"] + ".pdf")) + ".truth.json").read_text())["lines"]}))
    if files_with_span < 3:
        errs.append(f"only {files_with_span} files carry a claim continuing onto the next page (need 3)")
    print(f"claims spanning pages: {spans} in {files_with_span} files")
    return errs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--only")
    a = ap.parse_args(argv)
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout121_"))
    if (ROOT / "samples") in [out.resolve(), *out.resolve().parents]:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    cfgs = layouts()
    if a.only:
        cfgs = [c for c in cfgs if a.only in c["name"]]
    for cfg in cfgs:
        build(cfg, out)
    total_lines = 0
    for cfg in cfgs:
        tr = json.loads((out / (cfg["name"] + ".pdf.truth.json")).read_text())
        total_lines += len(tr["lines"])
        print(f"{cfg['name']}: {cfg['producer']}, {tr['pages']} pages, {len(tr['lines'])} lines, "
              f"{len(tr['claims'])} claims, findings={len(tr['expected_findings'])}")
    print(f"wrote {len(cfgs)} PDFs, {total_lines} lines to {out}")
    if a.check:
        errs = check(out, cfgs)
        for e in errs:
            print("CHECK FAIL:", e)
        if errs:
            sys.exit(1)
        print("check: OK")


if __name__ == "__main__":
    main()
