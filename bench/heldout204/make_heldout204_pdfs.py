"""Write the held-out set 204 of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on the five commonest real document kinds, two house styles each, written
without looking at the reader.

Run:  python bench/heldout204/make_heldout204_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout204/make_heldout204_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Helper module: h204kit.py (one drawing API
over reportlab and fpdf2, row bands for the check). Helpers Svc / money / dfmt / truth_line / write_truth are
imported from samples/pdf/eobgen.py; five extra codes (73110, 29125, 92610, 97018, G0151) are added to its
invented fee tables at import.
Truth format: the one of samples/pdf (<name>.pdf.truth.json, see samples/pdf/eobgen.py), printed values only,
null for what a layout does not print (units null where no quantity is printed); claim_id = the provider's own
account / patient-control / invoice / hospital-account number, payer_claim_id = the payer's claim number / ICN /
TCN / claim ref, patient exactly as printed (the person served, not the guarantor or subscriber). Adjustments
are listed only where the page prints group+reason+amount per line; plain "adjustment" columns on statements
are recorded as the discount amount. Payments on statements are printed as positive amounts. Every name,
number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic output
(reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts:
  v1  commercial member EOB (family PPO), reportlab Helvetica portrait: shaded claim banners "Patient / Provider /
      Claim number / Patient account number", 13 columns "Billed amount / Network discount / Allowed amount / Not
      covered / Deductible / Copay / Coinsurance / Plan paid / You owe / Note", code+mods "97112 GP 59", no units,
      "01/05/26", wrapped descriptions, a denied PR line, claim continues on page 2 with "(continued)" banner and
      repeated header, note-code legend; 3 family members
  v2  commercial member EOB (HMO, three family members), fpdf2 DejaVu Sans landscape, full grid: "Care received
      by", "Provider's charge / Savings / Plan's allowance / Not covered / Applied to deductible / Copay /
      Coinsurance / Harborlight paid / Your share / Reason", Qty, "Feb 2, 2026", per-visit copay, a denied line
  v3  Medicare Summary Notice Part B, reportlab DejaVu Serif portrait: deductible/summary/"Be Informed!" text,
      "Service Provided & Billing Code" with count before the description and "(97110-GP-KX)", "Maximum You May Be
      Billed", "Total for this claim", lettered notes, no account number (claim_id null)
  v4  Medicare Advantage Part C member EOB, fpdf2 Liberation Sans portrait: "Provider's charge / Amount the plan
      allows / Plan's share / Your copay / Your share (total)", code in parentheses, a denied CO line, no units
  v5  state Medicaid fee-for-service RA, reportlab Courier landscape monospace: PAID / DENIED / ADJUSTED claim
      sections with RECIP NAME "LAST, FIRST", ICN, PAT ACCT, FROM/TO DOS "010626", MOD1/MOD2, UNITS "4.0", TPL and
      CO-PAY columns, 4-digit EOB codes, a reversal printed with trailing minus "88.86-" and its replacement
  v6  state Medicaid MMIS remittance, fpdf2 DejaVu Sans portrait grid: TCN, Member ID, Patient control no.,
      "Procedure / modifiers", adjustment cell "CO-45 12.30" (stacked when several), RARC column, denied claim
  v7  Medicare Part B standard paper remit reprinted by a practice-management system, reportlab Courier portrait:
      NAME/HIC/ACNT/ICN/ASG/MOA claim lines, PERF PROV, SERV DATE "0105 010526", POS, NOS, GRP/RC-AMT stacked on
      2-4 text lines per service (CO-45, PR-1, PR-2, CO-253), PT RESP / CLAIM TOTALS / NET, claim continues onto
      page 2 with repeated header, denied CO-50 claim
  v8  clearinghouse remittance report rendered from an 835, fpdf2 Liberation Sans Narrow landscape grid: Patient
      Ctrl #, Payer Claim #, claim status, "1/5/2026", Mods "GP, 59", "Adj Grp-Rsn: Amt" stacked, Pt resp,
      patient differs from subscriber, claim continues onto page 2
  v9  pediatric therapy clinic family statement, reportlab Helvetica portrait: tear-off stub, guarantor, visit
      invoice banners naming child and insurer claim #, glued "97530GO", "Charges / Insurance paid / Contractual
      adjustment / Your balance", invoice totals, aging line, no repeated header; two children
  v10 hospital outpatient rehab family statement, fpdf2 Liberation Serif portrait: account-summary box,
      per hospital-account banner with patient and insurance claim ref, CPT/HCPCS + mods, Qty, long wrapped
      descriptions, imaging/splint lines; PLANTED account-total mismatch on Patient balance (expected finding)

The self-check (--check) tests the factory, not the reader: it extracts each page with pdfplumber and, within
the exact text band each service row was drawn in, finds the code, every modifier, units, every printed amount
(sign-aware: "45.00-", "(45.00)"), remarks, adjustment reasons+amounts and the printed date; ids and patients in
the document text; page counts; billed - adjustments = paid where adjustments are printed; claim totals = sum of
lines and printed, except the planted mismatch which must really be off; and at least three files carry a
claim whose rows run onto the next page.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money,  # noqa: E402
                    negate, q, total, truth_line, units_str, write_truth)
from h204kit import FP, RL, Table, band_text, nums, wrap  # noqa: E402

D = date


def S(d, code, units, mods=(), desc="", denied=None, remarks=(), end=None):
    s = Svc(d, code, Decimal(str(units)), tuple(mods), end, desc, denied)
    s.remarks = list(remarks)
    return s


def claim(cid, pcn, patient, svcs, **kw):
    c = dict(claim_id=cid, payer_claim_id=pcn, patient=patient, svcs=svcs)
    c.update(kw)
    return c


def m(d, style="$", neg="-"):
    return money(d, style, neg)


# ------------------------------------------------------------------------------------------ renderer

class Doc:
    """Draws claims as table rows, breaking pages; records each service line's page and band."""

    def __init__(self, cv, spec):
        self.cv, self.spec = cv, spec
        self.bands = []  # (page, y0, y1) per service in order
        self.bottom = cv.H - spec.get("bottom", 60)

    def ensure(self, y, need, claim=None, table=None):
        if y + need <= self.bottom:
            return y
        sp = self.spec
        if sp.get("footer"):
            sp["footer"](self.cv, self.cv.page)
        self.cv.new_page()
        y = sp["page_head"](self.cv)
        if claim is not None and sp.get("cont_head"):
            y = sp["cont_head"](self.cv, y, claim)
        if table is not None and sp.get("repeat_header", True):
            y = table.header(y)
        return y

    def run(self, claims):
        sp, cv = self.spec, self.cv
        y = sp["first_head"](cv)
        for c in claims:
            y = self.ensure(y, sp.get("keep", 70))
            y = sp["claim_head"](cv, y, c)
            tb = sp["table"](cv)
            if sp.get("header_per_claim", True):
                y = tb.header(y)
            for s in c["svcs"]:
                cells = [fn(s) if callable(fn) else fn for fn in sp["cells"](cv, tb, s)]
                h = tb.row_height(cells)
                y = self.ensure(y, h, c, tb)
                y0, y1 = tb.row(y, cells)
                self.bands.append((cv.page, y0, y1))
                s._page = cv.page
                y = y1
            y = self.ensure(y, sp.get("foot_need", 20), c, None)
            y = sp["claim_foot"](cv, y, c)
        if sp.get("end"):
            y = sp["end"](cv, y, self)
        if sp.get("footer"):
            sp["footer"](cv, cv.page)
        cv.save()
        return cv.page

import eobgen  # noqa: E402

for _c, _f, _s, _d in (("73110", "185.00", "31.20", "X-ray of wrist, three views"),
                       ("29125", "140.00", "61.05", "Forearm splint application, static"),
                       ("92610", "260.00", "94.30", "Swallowing function evaluation"),
                       ("97018", "45.00", "5.10", "Paraffin bath treatment"),
                       ("G0151", "120.00", "52.40", "PT services in home health setting, 15 min")):
    eobgen.FEE.setdefault(_c, _f)
    eobgen.SCHED.setdefault(_c, _s)
    eobgen.DESC.setdefault(_c, _d)


def code_mods(s, sep=" ", glue="-"):
    return s.code + (glue + sep.join(s.mods) if s.mods else "")


def stdfoot(label):
    def f(cv, page):
        cv.font(FOOTFONT[0], 7)
        cv.text(36, cv.H - 24, label)
        cv.text(cv.W - 36, cv.H - 24, f"Page {page} of {TOTAL.get('n', 1)}", "r")
    return f


TOTAL: dict = {}
FOOTFONT = ["Helvetica"]


# ------------------------------------------------------------------------- L1 commercial member EOB (reportlab)

def l1():
    st = {"Dana Okafor-Lind": PlanState(ded_left=q("150"), coins_rate=Decimal("0.20")),
          "Theo Okafor-Lind": PlanState(ded_left=q("0"), copay_codes={"92507": q("30")}),
          "Ines Okafor-Lind": PlanState(ded_left=q("40"), coins_rate=Decimal("0.10"))}
    c1 = [commercial(x, st["Theo Okafor-Lind"]) for x in [
        S(D(2026, 1, 5), "92523", 1, ("GN",), remarks=["K2"]), S(D(2026, 1, 7), "92507", 1, ("GN",)),
        S(D(2026, 1, 12), "92507", 1, ("GN",)), S(D(2026, 1, 14), "92507", 1, ("GN",)),
        S(D(2026, 1, 19), "92507", 1, ("GN",)), S(D(2026, 1, 21), "92507", 1, ("GN",)),
        S(D(2026, 1, 26), "92507", 1, ("GN",)), S(D(2026, 1, 28), "92507", 1, ("GN",)),
        S(D(2026, 1, 28), "92526", 1, ("GN", "59")), S(D(2026, 1, 30), "92507", 1, ("GN",))]]
    c2 = [commercial(x, st["Dana Okafor-Lind"]) for x in [
        S(D(2026, 1, 6), "97161", 1, ("GP",), remarks=["K4"]), S(D(2026, 1, 6), "97140", 2, ("GP",)),
        S(D(2026, 1, 9), "97110", 3, ("GP",)), S(D(2026, 1, 9), "97112", 1, ("GP", "59")),
        S(D(2026, 1, 13), "97110", 2, ("GP",)), S(D(2026, 1, 13), "G0283", 1, ("GP",), denied="PR", remarks=["X7"]),
        S(D(2026, 1, 16), "97110", 2, ("GP",)), S(D(2026, 1, 16), "97140", 1, ("GP",)),
        S(D(2026, 1, 20), "97110", 2, ("GP",)), S(D(2026, 1, 20), "97112", 1, ("GP",))]]
    c3 = [commercial(x, st["Ines Okafor-Lind"]) for x in [
        S(D(2026, 1, 8), "97166", 1, ("GO",), remarks=["K4"]), S(D(2026, 1, 8), "97760", 1, ("GO",)),
        S(D(2026, 1, 8), "L3807", 1, ("RT",)), S(D(2026, 1, 15), "97530", 2, ("GO",)),
        S(D(2026, 1, 15), "97535", 1, ("GO",)),
        S(D(2026, 1, 22), "97530", 2, ("GO",)), S(D(2026, 1, 22), "97140", 1, ("GO",)),
        S(D(2026, 1, 29), "97168", 1, ("GO",))]]
    claims = [claim("LSC-40918", "E2601140041706", "Theo Okafor-Lind", c1, prov="Lantern Speech Collective"),
              claim("7714203", "E2601150066231", "Dana Okafor-Lind", c2, prov="Northgate Physical Therapy"),
              claim("BH-11920-3", "E2601190080115", "Ines Okafor-Lind", c3, prov="Bluewater Hand & Upper Limb")]
    F, B = "Helvetica", "Helvetica-Bold"
    cols = [(["Date of", "service"], 44, "l"), (["Service"], 112, "l"), (["Code"], 50, "l"),
            (["Billed", "amount"], 42, "r"), (["Network", "discount"], 40, "r"), (["Allowed", "amount"], 40, "r"),
            (["Not", "covered"], 36, "r"), (["Deduct-", "ible"], 34, "r"), (["Copay"], 30, "r"),
            (["Coins-", "urance"], 34, "r"), (["Plan", "paid"], 38, "r"), (["You", "owe"], 38, "r"),
            (["Note"], 22, "l")]

    def first(cv):
        cv.font(B, 15)
        cv.text(36, 50, "KEYSTONE PRAIRIE")
        cv.font(F, 8)
        cv.text(36, 61, "Health Plan  |  PO Box 7310, Cedar Mills, IA 50099  |  Member Services 1-855-555-0142")
        cv.font(B, 12)
        cv.text(cv.W - 36, 50, "Explanation of Benefits", "r")
        cv.font(F, 8)
        cv.text(cv.W - 36, 61, "THIS IS NOT A BILL", "r")
        cv.rect(36, 76, 260, 58)
        for i, t in enumerate(["Subscriber: Dana Okafor-Lind", "Member ID: KPH448120937", "Group: 0057712  Family PPO 2000",
                               "Statement date: 01/31/26"]):
            cv.text(42, 89 + i * 12, t)
        cv.text(320, 89, "Dana Okafor-Lind")
        cv.text(320, 100, "2218 Larkspur Ct")
        cv.text(320, 111, "Cedar Mills, IA 50213")
        cv.font(F, 8)
        cv.text(36, 150, "This statement shows claims we processed for you and your covered family members. Keep it with "
                "the bills you get from your providers.")
        return 166

    def page_head(cv):
        cv.font(B, 9)
        cv.text(36, 40, "KEYSTONE PRAIRIE  Explanation of Benefits - Dana Okafor-Lind - Member ID KPH448120937")
        return 56

    def chead(cv, y, c):
        cv.rect(36, y, cv.W - 72, 26, fill=0.9)
        cv.font(B, 8.5)
        cv.text(40, y + 10, f"Patient: {c['patient']}")
        cv.text(230, y + 10, f"Provider: {c['prov']}")
        cv.font(F, 7.5)
        cv.text(40, y + 21, f"Claim number: {c['payer_claim_id']}")
        cv.text(230, y + 21, f"Patient account number: {c['claim_id']}")
        cv.text(cv.W - 40, y + 21, "Processed 01/27/26", "r")
        return y + 30

    def cont(cv, y, c):
        cv.font(B, 8)
        cv.text(40, y + 8, f"Patient: {c['patient']}  Claim number: {c['payer_claim_id']} (continued)")
        return y + 14

    def cells(cv, tb, s):
        cv.font(F, 7)
        return [dfmt(s.dos, "mdy2"), wrap(cv, s.desc, 112), s.code + " " + " ".join(s.mods), m(s.billed, ","),
                m(s.discount, ","), m(s.allowed, ","), m(s.not_covered, ","), m(s.deductible, ","), m(s.copay, ","),
                m(s.coinsurance, ","), m(s.paid, ","), m(s.owes, ","), " ".join(s.remarks)]

    def cfoot(cv, y, c):
        v = c["svcs"]
        cv.font(B, 7)
        tb = Table(cv, 36, cols, F, 7)
        tb.row(y, ["", "Claim totals", "", *[m(total(v, a), ",") for a in ("billed", "discount", "allowed",
               "not_covered", "deductible", "copay", "coinsurance", "paid", "owes")], ""], font=B)
        cv.line(36, y, cv.W - 36, y)
        return y + 22

    def end(cv, y, doc):
        y = doc.ensure(y, 110)
        cv.font(B, 9)
        cv.text(36, y + 10, "Note codes")
        cv.font(F, 7.5)
        for i, (k, t) in enumerate(LEG1):
            cv.text(36, y + 24 + i * 11, f"{k}   {t}")
        y += 30 + len(LEG1) * 11
        cv.text(36, y + 10, "Appeals: you may ask us to review any decision on this statement within 180 days. "
                "Call Member Services or write to the address above.")
        return y + 20

    spec = dict(first_head=first, page_head=page_head, claim_head=chead, cont_head=cont,
                table=lambda cv: Table(cv, 36, cols, F, 7, lead=8.6, hfont=B, hsize=6.5),
                cells=cells, claim_foot=cfoot, end=end, footer=stdfoot("KPHP-EOB-F12  Questions? 1-855-555-0142"),
                bottom=100)
    meta = dict(printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                         "paid", "patient_owes"), adj=False, units=False, date=lambda d: dfmt(d, "mdy2"),
                totals=("billed", "allowed", "paid", "patient_owes"), legend=LEG1, landscape=False, cls=RL,
                kind="commercial member EOB (family PPO), reportlab Helvetica portrait")
    return claims, spec, meta


LEG1 = [("K2", "Evaluation counted once per plan year for this therapy type."),
        ("K4", "Your provider agreed to the network rate; the discount is not yours to pay."),
        ("X7", "Unattended stimulation is excluded under your plan. You may be billed for it.")]


# --------------------------------------------------------------------- generic house-style builder (v2..v10)

def generic(cfg):
    F, B, sz = cfg["font"], cfg["bold"], cfg["size"]
    cols = [(c[0], c[1], c[2]) for c in cfg["cols"]]
    fns = [c[3] for c in cfg["cols"]]
    x0 = cfg.get("x0", 36)

    def first(cv):
        y = 40
        for i, (t, f, s, al) in enumerate(cfg["title"]):
            cv.font(B if f == "b" else F, s)
            x = {"l": x0, "r": cv.W - x0, "c": cv.W / 2}[al]
            cv.text(x, y, t, al)
            y += s + 3
        if cfg.get("box"):
            bx = cfg["box"]
            cv.font(F, sz)
            h = len(bx) * (sz + 3) + 8
            cv.rect(cv.W - x0 - 230, 40, 230, h)
            for i, t in enumerate(bx):
                cv.text(cv.W - x0 - 224, 52 + i * (sz + 3), t)
            y = max(y, 48 + h)
        cv.font(F, sz)
        for t in cfg.get("intro", []):
            y += sz + 3
            cv.text(x0, y, t)
        return y + 12

    def page_head(cv):
        cv.font(B, sz + 1)
        cv.text(x0, 40, cfg["running"])
        return 54

    def chead(cv, y, c):
        lines = [t.format(**c) for t in cfg["chead"]]
        h = len(lines) * (sz + 3) + 6
        if cfg.get("chead_box"):
            cv.rect(x0, y, cv.W - 2 * x0, h, fill=cfg.get("chead_fill"))
        for i, t in enumerate(lines):
            cv.font(B if i == 0 else F, sz)
            cv.text(x0 + 4, y + (i + 1) * (sz + 3), t)
        return y + h + 3

    def cont(cv, y, c):
        if not cfg.get("cont"):
            return y
        cv.font(B, sz)
        cv.text(x0 + 4, y + sz + 2, cfg["cont"].format(**c))
        return y + sz + 7

    def cells(cv, tb, s):
        cv.font(F, sz)
        return [f(s, cv) for f in fns]

    def cfoot(cv, y, c):
        v = c["svcs"]
        cells = []
        for col, f in zip(cfg["cols"], fns):
            k = col[4] if len(col) > 4 else None
            if k == "label":
                cells.append(cfg.get("total_label", "Claim total"))
            elif k:
                val = total(v, k)
                if c.get("planted") and c["planted"][0] == ("patient_owes" if k == "owes" else k):
                    val = c["planted"][1]
                cells.append(cfg["money"](val))
            else:
                cells.append("")
        tb = Table(cv, x0, cols, F, sz, lead=cfg.get("lead"), grid=cfg.get("grid", False))
        if not cfg.get("grid"):
            cv.line(x0, y, x0 + tb.width, y, 0.3)
        _, y1 = tb.row(y, cells, font=B)
        for t in cfg.get("cfoot_extra", []):
            cv.font(F, sz)
            y1 += sz + 3
            cv.text(x0 + 4, y1, t.format(**c, **{k: cfg["money"](total(v, k)) for k in ("billed", "paid", "owes",
                                                                                         "allowed", "coinsurance", "deductible")}))
        return y1 + cfg.get("gap", 12)

    def end(cv, y, doc):
        need = (len(cfg.get("legend", [])) + len(cfg.get("closing", []))) * (sz + 3) + 30
        y = doc.ensure(y, need)
        if cfg.get("legend"):
            cv.font(B, sz + 1)
            y += sz + 4
            cv.text(x0, y, cfg.get("legend_title", "Explanation of codes"))
            cv.font(F, sz)
            for k, t in cfg["legend"]:
                y += sz + 3
                cv.text(x0, y, f"{k}{cfg.get('legend_sep', '  ')}{t}")
        cv.font(F, sz)
        y += 6
        for t in cfg.get("closing", []):
            y += sz + 3
            cv.text(x0, y, t)
        return y

    spec = dict(first_head=first, page_head=page_head, claim_head=chead, cont_head=cont,
                table=lambda cv: Table(cv, x0, cols, F, sz, lead=cfg.get("lead"), hfont=B, hsize=cfg.get("hsize", sz),
                                       grid=cfg.get("grid", False), shade=cfg.get("shade")),
                cells=cells, claim_foot=cfoot, end=end, footer=stdfoot(cfg["footer"]), bottom=cfg.get("bottom", 60),
                repeat_header=cfg.get("repeat", True))
    meta = dict(printed=cfg["printed"], adj=cfg.get("adj", False), units=cfg.get("units", False),
                date=cfg["date"], totals=cfg["totals"], legend=cfg.get("legend", []), landscape=cfg.get("land", False),
                cls=cfg["cls"], kind=cfg["kind"], findings=cfg.get("findings", []), footfont=cfg.get("footfont", "Helvetica"))
    return cfg["claims"], spec, meta


def adjtxt(s, sep="-", amt_style=""):
    return [f"{g}{sep}{r} {money(a, amt_style)}" for g, r, a in s.adjs] or [""]


def W(width, long=False):
    return lambda s, cv: wrap(cv, (eobgen.LONG_DESC.get(s.code, s.desc) if long else s.desc), width)


def l2():  # commercial member EOB, fpdf2 DejaVu landscape, grid
    st = PlanState(ded_left=q("250"), coins_rate=Decimal("0.25"))
    st2 = PlanState(ded_left=q("0"), visit_copay=q("25"))
    a = [commercial(x, st) for x in [S(D(2026, 2, 2), "97167", 1, ("GO",)), S(D(2026, 2, 2), "97535", 2, ("GO",)),
         S(D(2026, 2, 4), "97530", 3, ("GO", "KX")), S(D(2026, 2, 6), "97530", 2, ("GO",)),
         S(D(2026, 2, 6), "0552T", 1, (), denied="PR", remarks=["N52"]), S(D(2026, 2, 9), "97140", 2, ("GO", "59"))]]
    b = [commercial(x, st2) for x in [S(D(2026, 2, 3), "97163", 1, ("GP",)), S(D(2026, 2, 3), "97116", 2, ("GP",)),
         S(D(2026, 2, 10), "97110", 2, ("CQ", "GP")), S(D(2026, 2, 10), "97112", 1, ("CQ", "GP")),
         S(D(2026, 2, 12), "97110", 3, ("GP",)), S(D(2026, 2, 17), "97110", 2, ("GP",)), S(D(2026, 2, 17), "97018", 1, ("GP",))]]
    c = [commercial(x, st2) for x in [S(D(2026, 2, 11), "99213", 1, ()), S(D(2026, 2, 11), "73110", 1, ("LT",))]]
    mm = lambda d: money(d, "$")
    return generic(dict(
        cls=FP, land=True, font="DejaVuSans", bold="DejaVuSans-Bold", size=7, hsize=6.5, grid=True, shade=0.85,
        kind="commercial member EOB (HMO-style plan, three family members), fpdf2 DejaVu Sans landscape",
        title=[("HARBORLIGHT MUTUAL", "b", 16, "l"), ("Statement of Claims Processed - not a bill", "n", 9, "l"),
               ("Harborlight Mutual Insurance Co., 40 Quayside Plaza, Port Averill, ME 04199", "n", 7, "l")],
        box=["Primary member: Rosalind Ferreira-Dunn", "Member number: HMX-5520-1187-04", "Plan: Coastal Select HMO",
             "Period: 02/01/2026 - 02/28/2026", "Mailed: 03/04/2026"],
        intro=["Below, each visit is grouped under the person who received care. 'Your share' is what the provider may ask you to pay."],
        running="HARBORLIGHT MUTUAL - Statement of Claims Processed - Rosalind Ferreira-Dunn (continued)",
        chead=["Care received by {patient}   |   {prov}", "Harborlight claim ID {payer_claim_id}    Provider ref. {claim_id}    Network status: {net}"],
        chead_box=True, chead_fill=0.95, cont="{patient} - claim ID {payer_claim_id} continued",
        cols=[(["Service date"], 62, "l", lambda s, cv: dfmt(s.dos, "mon")),
              (["What was done"], 150, "l", W(150)),
              (["Proc. code"], 58, "l", lambda s, cv: code_mods(s, " ", " ")),
              (["Qty"], 26, "r", lambda s, cv: units_str(s.units)),
              (["Provider's", "charge"], 50, "r", lambda s, cv: mm(s.billed), "billed"),
              (["Savings"], 44, "r", lambda s, cv: mm(s.discount)),
              (["Plan's", "allowance"], 50, "r", lambda s, cv: mm(s.allowed), "allowed"),
              (["Not", "covered"], 44, "r", lambda s, cv: mm(s.not_covered)),
              (["Applied to", "deductible"], 48, "r", lambda s, cv: mm(s.deductible)),
              (["Copay"], 38, "r", lambda s, cv: mm(s.copay)),
              (["Coinsurance"], 50, "r", lambda s, cv: mm(s.coinsurance)),
              (["Harborlight", "paid"], 52, "r", lambda s, cv: mm(s.paid), "paid"),
              (["Your", "share"], 46, "r", lambda s, cv: mm(s.owes), "owes"),
              (["Reason"], 38, "l", lambda s, cv: " ".join(s.remarks))],
        printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid", "patient_owes"),
        units=True, date=lambda d: dfmt(d, "mon"), totals=("billed", "allowed", "paid", "patient_owes"), money=mm,
        legend=[("N52", "Laser light treatment is not a benefit of the Coastal Select plan; the member may be billed.")],
        legend_title="Reason codes", closing=["To appeal, write to Harborlight Appeals Unit, PO Box 118, Port Averill, ME 04199 within 180 days."],
        footer="HML-SCP rev 11/25", bottom=70, footfont="Helvetica",
        claims=[claim("OTW-22817", "HM2602-00318842", "Camila Ferreira-Dunn", a, prov="Open Tide Occupational Therapy", net="In network"),
                claim("55107", "HM2602-00324470", "Rosalind Ferreira-Dunn", b, prov="Saltmarsh Sports & Spine PT", net="In network"),
                claim("PV-009913", "HM2602-00330051", "Joaquim Ferreira-Dunn", c, prov="Port Averill Family Medicine", net="In network")]))


def l3():  # Medicare Summary Notice, reportlab DejaVu Serif
    st = PlanState(ded_left=q("120"))
    a = [medicare(x, st, sequestration=False) for x in [
        S(D(2026, 1, 6), "97163", 1, ("GP",), remarks=["A"]), S(D(2026, 1, 6), "97110", 2, ("GP",)),
        S(D(2026, 1, 8), "97110", 2, ("GP", "KX")), S(D(2026, 1, 8), "97140", 1, ("GP",)),
        S(D(2026, 1, 13), "97110", 2, ("GP",)), S(D(2026, 1, 13), "97112", 1, ("GP",)),
        S(D(2026, 1, 15), "97116", 2, ("GP",)), S(D(2026, 1, 15), "97140", 1, ("GP", "59")),
        S(D(2026, 1, 20), "97110", 3, ("GP",)), S(D(2026, 1, 22), "97110", 2, ("CQ", "GP"), remarks=["B"]),
        S(D(2026, 1, 22), "G0283", 1, ("GP",)), S(D(2026, 1, 27), "97110", 2, ("GP",)),
        S(D(2026, 1, 27), "97112", 1, ("GP",)), S(D(2026, 1, 29), "97110", 2, ("GP",)),
        S(D(2026, 1, 29), "97140", 1, ("GP",)), S(D(2026, 2, 2), "97110", 2, ("GP", "KX")),
        S(D(2026, 2, 2), "97116", 1, ("GP",))]]
    b = [medicare(x, st, sequestration=False) for x in [S(D(2026, 1, 21), "99213", 1, ()),
         S(D(2026, 1, 21), "0552T", 1, (), denied="PR", remarks=["C"])]]
    mm = lambda d: money(d, "$")
    return generic(dict(
        cls=RL, font="DejaVuSerif", bold="DejaVuSerif-Bold", size=7.5, hsize=7,
        kind="Medicare Summary Notice Part B, reportlab DejaVu Serif portrait",
        title=[("Medicare Summary Notice for Part B (Medical Insurance)", "b", 13, "l"),
               ("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", "n", 7.5, "l"),
               ("HAROLD J. VANTERPOOL", "b", 9, "l"), ("77 Quarry Hill Rd Apt 3", "n", 8, "l"), ("Milbrook, VT 05699", "n", 8, "l")],
        box=["Medicare Number: XXXXXXX7K42", "Date of this notice: February 3, 2026",
             "Claims and services processed: Jan 6 - Feb 2, 2026", "Customer Service: 1-800-555-0190"],
        intro=["Your Deductible: You have now met $120.00 of your $257.00 Part B deductible for 2026.",
               "THIS IS NOT A BILL. The amount listed in the column 'Maximum You May Be Billed' is the most a provider may bill you.",
               "",
               "Your Claims & Costs This Period",
               "    Did Medicare approve all services?  NO - see the Notes for Claims Above for the service that was not approved.",
               "    Number of claims: 2          Total you may be billed: see 'Total for this claim' below.",
               "    Providers with claims this period:  Millbrook Valley Rehab (Jan 6 - Feb 2)   Quarry Hill Primary Care (Jan 21)",
               "",
               "Be Informed! Scammers may call about 'free' braces or testing. Only give your Medicare Number to doctors you trust.",
               "Keep track of your visits: compare the dates below with your own calendar and report any visit you did not have.",
               "To get this notice online, sign up for eMSN at your Medicare account. Large print copies are free on request."],
        running="Medicare Summary Notice for HAROLD J. VANTERPOOL - Your Claims & Costs This Period (continued)",
        chead=["Service date(s) {when}   {prov}", "Claim number {payer_claim_id}   Referred by: {ref}   Did Medicare approve all services? {appr}"],
        cont="Claim number {payer_claim_id} (continued)", chead_box=False,
        cols=[(["Date"], 64, "l", lambda s, cv: dfmt(s.dos, "mon")),
              (["Service Provided & Billing Code"], 190, "l",
               lambda s, cv: wrap(cv, f"{units_str(s.units)} {s.desc} ({s.code}{'-' + '-'.join(s.mods) if s.mods else ''})", 190), "label"),
              (["Amount", "Provider", "Charged"], 56, "r", lambda s, cv: mm(s.billed), "billed"),
              (["Medicare-", "Approved", "Amount"], 56, "r", lambda s, cv: mm(s.allowed), "allowed"),
              (["Amount", "Medicare", "Paid"], 56, "r", lambda s, cv: mm(s.paid), "paid"),
              (["Maximum", "You May", "Be Billed"], 60, "r", lambda s, cv: mm(s.owes), "owes"),
              (["See", "Notes"], 36, "l", lambda s, cv: " ".join(s.remarks))],
        total_label="Total for this claim", printed=("billed", "allowed", "paid", "patient_owes"), units=True,
        date=lambda d: dfmt(d, "mon"), totals=("billed", "allowed", "paid", "patient_owes"), money=mm,
        legend=[("A", "This is the first therapy evaluation we have on file for this year."),
                ("B", "Care from a therapy assistant is paid at a reduced rate."),
                ("C", "Medicare does not pay for this laser service. You may be billed the full charge.")],
        legend_title="Notes for Claims Above", legend_sep="  ",
        closing=["How to handle disputes: if you disagree with a coverage decision, file an appeal by June 3, 2026.",
                 "Fill out the form on the last page and send it to the contractor: Green Mountain Medicare Services, PO Box 4100, Ledyard, VT 05601."],
        footer="Medicare Summary Notice  |  HAROLD J. VANTERPOOL", bottom=70, footfont="Helvetica",
        claims=[claim(None, "12-26011-0044-810", "HAROLD J. VANTERPOOL", a, prov="Millbrook Valley Rehab, 14 Mill St, Milbrook, VT",
                      when="Jan 6 - Feb 2, 2026", ref="Anna Reyes-Polk", appr="Yes"),
                claim(None, "12-26025-0117-302", "HAROLD J. VANTERPOOL", b, prov="Quarry Hill Primary Care, (802) 555-0131",
                      when="Jan 21, 2026", ref="-", appr="No")]))


def l4():  # Medicare Advantage member EOB, fpdf2 Liberation Sans portrait
    st = PlanState(ded_left=q("0"), copay_codes={"97110": q("20"), "97530": q("20"), "97140": q("20"), "97112": q("20"),
                                                  "97168": q("20"), "97165": q("40"), "97535": q("20"), "99213": q("15")})
    a = [commercial(x, st) for x in [S(D(2026, 3, 2), "97165", 1, ("GO",)), S(D(2026, 3, 2), "97535", 1, ("GO",)),
         S(D(2026, 3, 4), "97530", 2, ("GO",)), S(D(2026, 3, 4), "97110", 1, ("GO",)),
         S(D(2026, 3, 9), "97530", 2, ("GO",)), S(D(2026, 3, 11), "97530", 2, ("GO", "KX")),
         S(D(2026, 3, 11), "97140", 1, ("GO", "59")), S(D(2026, 3, 16), "97530", 2, ("GO",)),
         S(D(2026, 3, 18), "97168", 1, ("GO",)), S(D(2026, 3, 18), "97760", 1, ("GO",), denied="CO", remarks=["MA22"])]]
    b = [commercial(x, st) for x in [S(D(2026, 3, 10), "99213", 1, ("25",)), S(D(2026, 3, 10), "29125", 1, ("RT",))]]
    mm = lambda d: money(d, "$")
    return generic(dict(
        cls=FP, font="LiberationSans", bold="LiberationSans-Bold", size=8, hsize=7.5, shade=0.9,
        kind="Medicare Advantage (Part C) member EOB, fpdf2 Liberation Sans portrait",
        title=[("Silver Meadow Medicare Advantage (HMO-POS)", "b", 13, "l"),
               ("Explanation of Benefits - Part C medical services, March 2026", "n", 9, "l"),
               ("This notice gives you a summary of the medical claims we processed. It is not a bill.", "n", 8, "l")],
        box=["Member: Beatrix L. Sandoval-Hume", "Member ID: SMX30917745", "Plan year maximum out-of-pocket: $4,900.00",
             "Spent so far this year: $355.00"],
        running="Silver Meadow Medicare Advantage - Beatrix L. Sandoval-Hume - Explanation of Benefits (continued)",
        chead=["{prov}", "Claim #: {payer_claim_id}   Claim status: {status}   Date processed: 03/24/2026"],
        chead_box=True, chead_fill=0.93, cont="Claim #: {payer_claim_id} (continued from previous page)",
        cols=[(["Date of", "service"], 56, "l", lambda s, cv: dfmt(s.dos, "mdy4")),
              (["Service you received"], 176, "l", lambda s, cv: wrap(cv, f"{s.desc} ({s.code}{' ' + ' '.join(s.mods) if s.mods else ''})", 176), "label"),
              (["Provider's", "charge"], 56, "r", lambda s, cv: mm(s.billed), "billed"),
              (["Amount the", "plan allows"], 58, "r", lambda s, cv: mm(s.allowed), "allowed"),
              (["Plan's", "share"], 52, "r", lambda s, cv: mm(s.paid), "paid"),
              (["Your", "copay"], 44, "r", lambda s, cv: mm(s.copay)),
              (["Your share", "(total)"], 52, "r", lambda s, cv: mm(s.owes), "owes"),
              (["Notes"], 46, "l", lambda s, cv: " ".join(s.remarks))],
        total_label="Claim total", printed=("billed", "allowed", "paid", "copay", "patient_owes"),
        date=lambda d: dfmt(d, "mdy4"), totals=("billed", "allowed", "paid", "patient_owes"), money=mm,
        legend=[("MA22", "This orthotic training service needed approval from the plan before it was given. The provider "
                 "cannot bill you for it.")], legend_title="Notes",
        closing=["If you disagree, you can ask for an appeal within 65 days. Call Member Services at 1-866-555-0177 (TTY 711).",
                 "Silver Meadow Health Plans is an HMO-POS plan with a Medicare contract. H9902_EOB26_C"],
        footer="H9902_EOB26_C  Silver Meadow Medicare Advantage", bottom=70,
        claims=[claim(None, "SM-26-0771904", "Beatrix L. Sandoval-Hume", a, prov="Provider: Juniper Lane Occupational Therapy", status="Finalized"),
                claim(None, "SM-26-0775218", "Beatrix L. Sandoval-Hume", b, prov="Provider: Orchard Crossing Orthopedics", status="Finalized")]))


def l5():  # state Medicaid RA, reportlab Courier landscape, monospace
    a = [medicaid(x) for x in [S(D(2026, 1, 6), "92507", 1, ("GN",), remarks=["0301"]), S(D(2026, 1, 8), "92507", 1, ("GN",), remarks=["0301"]),
         S(D(2026, 1, 13), "92507", 1, ("GN",), remarks=["0301"]), S(D(2026, 1, 15), "92526", 1, ("GN",), remarks=["0301"]),
         S(D(2026, 1, 20), "92507", 1, ("GN",), remarks=["0301"]), S(D(2026, 1, 22), "92507", 1, ("GN",), remarks=["0301"])]]
    b = [medicaid(x) for x in [S(D(2026, 1, 7), "97530", 4, ("GO",), remarks=["0301"]), S(D(2026, 1, 7), "97112", 2, ("GO",), remarks=["0301"]),
         S(D(2026, 1, 14), "97530", 4, ("GO",), remarks=["0301"]), S(D(2026, 1, 14), "97535", 2, ("GO", "59"), remarks=["0301"])]]
    c = [medicaid(x, "198") for x in [S(D(2026, 1, 9), "97530", 6, ("GO",), denied="CO", remarks=["0927"]),
         S(D(2026, 1, 9), "97110", 2, ("GO",), denied="CO", remarks=["0927"]),
         S(D(2026, 1, 16), "97530", 6, ("GO",), denied="CO", remarks=["0927"]),
         S(D(2026, 1, 16), "97535", 2, ("GO",), denied="CO", remarks=["0927"]),
         S(D(2026, 1, 23), "97530", 6, ("GO",), denied="CO", remarks=["0927"]),
         S(D(2026, 1, 23), "97112", 2, ("GO",), denied="CO", remarks=["0927"])]]
    old = medicaid(S(D(2025, 12, 15), "97110", 3, ("GP",), remarks=["0612"]))
    d = [negate(old), medicaid(S(D(2025, 12, 15), "97110", 2, ("GP",), remarks=["0301"]))]
    d[0].remarks = ["0612"]
    e = [medicaid(x) for x in [S(D(2026, 1, 12), "97110", 3, ("GP",), remarks=["0301"]), S(D(2026, 1, 12), "97140", 2, ("GP",), remarks=["0301"]),
         S(D(2026, 1, 19), "97110", 3, ("GP",), remarks=["0301"]), S(D(2026, 1, 19), "97116", 2, ("GP",), remarks=["0301"]),
         S(D(2026, 1, 26), "97110", 3, ("GP",), remarks=["0301"]), S(D(2026, 1, 26), "97140", 2, ("GP",), remarks=["0301"])]]
    for cl in (a, b, c, d, e):
        for i, x in enumerate(cl, 1):
            x.ln = i
    mm = lambda x: money(x, ",", "trail")
    return generic(dict(
        cls=RL, land=True, font="Courier", bold="Courier-Bold", size=7.5, hsize=7.5, lead=9,
        kind="state Medicaid fee-for-service remittance advice, reportlab Courier landscape",
        title=[("RUN DATE 02/06/26           STATE OF NORTH PLAINS - DEPARTMENT OF HUMAN SERVICES           RA NO. 0004471208", "b", 8, "l"),
               ("                            MEDICAL ASSISTANCE PROGRAM - REMITTANCE ADVICE", "b", 8, "l"),
               ("PROVIDER: TALLGRASS PEDIATRIC THERAPIES LLC     PROVIDER NO. 8812044190     WARRANT/EFT NO. 00972215     PAY DATE 02/09/26", "n", 7.5, "l")],
        intro=["*** CLAIM TYPE: PROFESSIONAL (CMS-1500) ***   EOB CODES ARE EXPLAINED AT THE END OF THIS REMITTANCE"],
        running="RA NO. 0004471208   TALLGRASS PEDIATRIC THERAPIES LLC   PROVIDER NO. 8812044190   (CONTINUED)",
        chead=["{section} RECIP NAME: {patient}   RECIP ID: {rid}   ICN: {payer_claim_id}   PAT ACCT: {claim_id}"],
        cont="ICN {payer_claim_id} CONTINUED",
        cols=[(["LN"], 22, "l", lambda s, cv: str(getattr(s, "ln", ""))),
              (["FROM DOS"], 52, "l", lambda s, cv: dfmt(s.dos, "mdy6")),
              (["TO DOS"], 52, "l", lambda s, cv: dfmt(s.dos, "mdy6")),
              (["PROC"], 40, "l", lambda s, cv: s.code, "label"),
              (["MOD1"], 32, "l", lambda s, cv: s.mods[0] if s.mods else ""),
              (["MOD2"], 32, "l", lambda s, cv: s.mods[1] if len(s.mods) > 1 else ""),
              (["UNITS"], 40, "r", lambda s, cv: f"{s.units:.1f}"),
              (["BILLED AMT"], 70, "r", lambda s, cv: mm(s.billed), "billed"),
              (["ALLOWED AMT"], 72, "r", lambda s, cv: mm(s.allowed), "allowed"),
              (["TPL AMT"], 56, "r", lambda s, cv: "0.00"),
              (["CO-PAY"], 50, "r", lambda s, cv: "0.00"),
              (["PAID AMT"], 66, "r", lambda s, cv: mm(s.paid), "paid"),
              (["EOB CODES"], 70, "l", lambda s, cv: " ".join(s.remarks))],
        total_label="CLM TOT", printed=("billed", "allowed", "paid"), units=True, gap=8,
        date=lambda d: dfmt(d, "mdy6"), totals=("billed", "allowed", "paid"), money=mm, bottom=60, footfont="Courier",
        legend=[("0301", "PAID AT THE STATE MAXIMUM FEE FOR THE SERVICE"),
                ("0612", "CLAIM REVERSED - REPLACED BY THE ADJUSTMENT CLAIM BELOW"),
                ("0927", "SERVICE NEEDS PRIOR AUTHORIZATION - NONE ON FILE FOR THESE DATES")],
        legend_title="EOB CODE DESCRIPTIONS", legend_sep="  ",
        closing=["PAID CLAIMS 4   DENIED CLAIMS 1   ADJUSTED CLAIMS 1"],
        footer="NPDHS-RA-01", claims=[
            claim("TPT0106ZA", "2026012004180010", "RAMIREZ-OYELARAN, SOFIA", a, section="PAID", rid="N0041877203"),
            claim("TPT0107KB", "2026012004180027", "OYELARAN, ELIJAH", b, section="PAID", rid="N0041877211"),
            claim("TPT0112AL", "2026012004180035", "HOLLOWAY, MARCUS", e, section="PAID", rid="N0039920544"),
            claim("TPT0109HW", "2026012004190012", "WEATHERBY, JUNE", c, section="DENIED", rid="N0040017766"),
            claim("TPT1215ZA", "2026013005220041", "RAMIREZ-OYELARAN, SOFIA", d, section="ADJUSTED", rid="N0041877203")]))


def l6():  # managed Medicaid / MMIS remittance, fpdf2 DejaVu Sans portrait, grid, CARC printed
    a = [medicaid(x) for x in [S(D(2026, 2, 3), "97166", 1, ("GO",)), S(D(2026, 2, 3), "97530", 2, ("GO",)),
         S(D(2026, 2, 5), "97530", 3, ("GO",)), S(D(2026, 2, 5), "97535", 1, ("GO",)),
         S(D(2026, 2, 10), "97530", 3, ("GO",)), S(D(2026, 2, 12), "97530", 3, ("GO", "59")),
         S(D(2026, 2, 12), "97112", 1, ("GO",)), S(D(2026, 2, 17), "97530", 3, ("GO",)),
         S(D(2026, 2, 19), "97530", 2, ("GO",)), S(D(2026, 2, 19), "97760", 1, ("GO",))]]
    b = [medicaid(x) for x in [S(D(2026, 2, 4), "92523", 1, ("GN",)), S(D(2026, 2, 11), "92507", 1, ("GN",)),
         S(D(2026, 2, 18), "92507", 1, ("GN",))]]
    c = [medicaid(x, "96") for x in [S(D(2026, 2, 6), "97129", 2, ("GN",), denied="CO", remarks=["N425"])]]
    for x in a[9:]:
        x.remarks = ["N640"]
    for cl in (a, b, c):
        for i, x in enumerate(cl, 1):
            x.ln = i
    mm = lambda d: money(d, ",")
    return generic(dict(
        cls=FP, font="DejaVuSans", bold="DejaVuSans-Bold", size=6.8, hsize=6.5, grid=True, shade=0.88,
        kind="state Medicaid MMIS provider remittance advice (CARC/RARC), fpdf2 DejaVu Sans portrait",
        title=[("Commonwealth of Eastvale  |  Medicaid Management Information System", "b", 11, "l"),
               ("Provider Remittance Advice - Financial Cycle 2026-08", "n", 9, "l"),
               ("Payee: Little Acorn Developmental Therapy, 9 Fenwick Row, Dunmore, EV 30419   NPI 1730098214", "n", 7, "l")],
        box=["Remit date: 02/25/2026", "Payment method: EFT   Trace 1EV0008812907", "Payment amount: see page totals",
             "Provider Services: 1-844-555-0102"],
        running="Eastvale MMIS Provider Remittance Advice - Little Acorn Developmental Therapy - continued",
        chead=["Member name: {patient}     Member ID: {rid}", "TCN: {payer_claim_id}     Patient control no.: {claim_id}     Claim status: {status}"],
        chead_box=True, chead_fill=0.96, cont="TCN {payer_claim_id} - lines continued",
        cols=[(["Ln"], 18, "c", lambda s, cv: str(s.ln)),
              (["DOS from"], 50, "l", lambda s, cv: dfmt(s.dos, "mdy4")),
              (["DOS to"], 50, "l", lambda s, cv: dfmt(s.dos, "mdy4")),
              (["Procedure /", "modifiers"], 62, "l", lambda s, cv: " ".join((s.code,) + s.mods), "label"),
              (["Units"], 28, "r", lambda s, cv: units_str(s.units)),
              (["Billed"], 50, "r", lambda s, cv: mm(s.billed), "billed"),
              (["Allowed"], 48, "r", lambda s, cv: mm(s.allowed), "allowed"),
              (["Paid"], 48, "r", lambda s, cv: mm(s.paid), "paid"),
              (["Adjustment", "grp-CARC  amount"], 82, "l", lambda s, cv: adjtxt(s, "-", ",")),
              (["RARC"], 40, "l", lambda s, cv: " ".join(s.remarks))],
        total_label="Totals", printed=("billed", "allowed", "paid"), units=True, adj=True,
        date=lambda d: dfmt(d, "mdy4"), totals=("billed", "allowed", "paid"), money=mm,
        legend=[("N425", "Statutorily excluded for this member's benefit package (our wording)."),
                ("N640", "Payment limited by the program's daily maximum for this service (our wording).")],
        legend_title="Remark codes on this remittance", bottom=62,
        closing=["Group codes: CO = provider write-off, PR = member responsibility, OA = other adjustment."],
        footer="EV-MMIS RA 835-P  Little Acorn Developmental Therapy",
        claims=[claim("LADT-260203-14", "2226056001234", "Priya Vasquez-Tran", a, rid="EV700215549", status="Paid"),
                claim("LADT-260204-02", "2226056001391", "Arjun Vasquez-Tran", b, rid="EV700215557", status="Paid"),
                claim("LADT-260206-09", "2226056001447", "Delphine Marchetti", c, rid="EV700388120", status="Denied")]))


def l7():  # Medicare-style standard paper remit printed by a practice-management system, reportlab Courier portrait
    st = PlanState(ded_left=q("60"))
    st2 = PlanState(ded_left=q("0"))
    a = [medicare(x, st) for x in [S(D(2026, 1, 5), "97161", 1, ("GP",)), S(D(2026, 1, 5), "97110", 2, ("GP",)),
         S(D(2026, 1, 7), "97110", 2, ("GP",)), S(D(2026, 1, 7), "97140", 1, ("GP", "59"), remarks=["N630"]),
         S(D(2026, 1, 12), "97112", 2, ("GP",)), S(D(2026, 1, 12), "97110", 1, ("GP", "KX"))]]
    b = [medicare(x, st2) for x in [S(D(2026, 1, 6), "97165", 1, ("GO",)), S(D(2026, 1, 6), "97530", 2, ("GO",)),
         S(D(2026, 1, 8), "97530", 2, ("GO", "CO"), remarks=["N887"]), S(D(2026, 1, 13), "97535", 2, ("GO",)),
         S(D(2026, 1, 13), "97530", 1, ("GO",)), S(D(2026, 1, 15), "97530", 2, ("GO",)),
         S(D(2026, 1, 15), "G0283", 1, ("GO",)), S(D(2026, 1, 20), "97530", 2, ("GO",)),
         S(D(2026, 1, 20), "97110", 1, ("GO",)), S(D(2026, 1, 22), "97530", 2, ("GO",)),
         S(D(2026, 1, 22), "97112", 1, ("GO", "59")), S(D(2026, 1, 27), "97530", 2, ("GO",))]]
    c = [medicare(x, st2, deny_reason="50") for x in [S(D(2026, 1, 9), "0552T", 1, ("GP",), denied="CO", remarks=["M25"])]]
    mm = lambda d: money(d, "")
    return generic(dict(
        cls=RL, font="Courier", bold="Courier-Bold", size=7, hsize=7, lead=8.5,
        kind="Medicare Part B standard paper remittance reprinted by a practice-management system, reportlab Courier portrait",
        title=[("CASCADE PEAK MEDICARE ADMINISTRATIVE SERVICES        MEDICARE REMITTANCE NOTICE", "b", 8, "l"),
               ("PO BOX 66120  BRANSON FALLS OR 97399                    PROVIDER #: 7730418   PAGE REPRINT", "n", 7, "l"),
               ("QUINCE STREET THERAPY ASSOC                               NPI 1588203397", "n", 7, "l"),
               ("2290 QUINCE ST STE 4                                      CHECK/EFT #: 0080331175   DATE: 01/27/2026", "n", 7, "l"),
               ("BRANSON FALLS OR 97301                                    REPRINTED BY THERANOTE PM 02/02/2026 08:14", "n", 7, "l")],
        running="MEDICARE REMITTANCE NOTICE  PROVIDER #: 7730418  CHECK/EFT #: 0080331175  (CONT)",
        chead=["NAME {patient}   HIC {hic}   ACNT {claim_id}   ICN {payer_claim_id}   ASG Y   MOA {moa}"],
        cont="ICN {payer_claim_id}  CONTINUED",
        cols=[(["PERF PROV"], 54, "l", lambda s, cv: "P0441920"),
              (["SERV DATE"], 58, "l", lambda s, cv: f"{s.dos:%m%d} {s.dos:%m%d%y}"),
              (["POS"], 20, "l", lambda s, cv: "11"),
              (["NOS"], 20, "r", lambda s, cv: units_str(s.units)),
              (["PROC"], 32, "l", lambda s, cv: s.code, "label"),
              (["MODS"], 36, "l", lambda s, cv: " ".join(s.mods)),
              (["BILLED"], 46, "r", lambda s, cv: mm(s.billed), "billed"),
              (["ALLOWED"], 46, "r", lambda s, cv: mm(s.allowed), "allowed"),
              (["DEDUCT"], 38, "r", lambda s, cv: mm(s.deductible), "deductible"),
              (["COINS"], 38, "r", lambda s, cv: mm(s.coinsurance), "coinsurance"),
              (["GRP/RC-AMT"], 66, "l", lambda s, cv: adjtxt(s, "-", "")),
              (["PROV PD"], 46, "r", lambda s, cv: mm(s.paid), "paid"),
              (["REM"], 30, "l", lambda s, cv: " ".join(s.remarks))],
        total_label="CLAIM TOTALS", printed=("billed", "allowed", "deductible", "coinsurance", "paid"), units=True, adj=True,
        cfoot_extra=["PT RESP {owes}         NET {paid}"], gap=10,
        date=lambda d: f"{d:%m%d} {d:%m%d%y}", totals=("billed", "allowed", "paid"), money=mm, footfont="Courier",
        legend=[("M25", "(our wording) Payment reduced or denied: not shown to be reasonable and necessary."),
                ("N630", "(our wording) Separate procedure modifier was reviewed for this line."),
                ("N887", "(our wording) Assistant-furnished service paid at the reduced percentage.")],
        legend_title="REMARK CODES", closing=["TOTALS:  # OF CLAIMS 3   PROV PD AMT SEE CHECK/EFT"],
        footer="CPMAS-SPR  REPRINT", bottom=90,
        claims=[claim("QST004471", "0226012100184", "OKONKWO-BRAND, HELEN", a, hic="5RT8KD3WQ19", moa="MA01"),
                claim("QST004502", "0226012100201", "PELLETIER, ARMAND", b, hic="2HW6ZN9AX40", moa="MA01 MA18"),
                claim("QST004519", "0226012100262", "PELLETIER, ARMAND", c, hic="2HW6ZN9AX40", moa="MA01")]))


def l8():  # clearinghouse remittance report from an 835, fpdf2 Liberation Sans Narrow landscape, grid
    st = PlanState(ded_left=q("100"), coins_rate=Decimal("0.20"))
    st2 = PlanState(ded_left=q("0"), visit_copay=q("35"))
    a = [commercial(x, st) for x in [S(D(2026, 2, 9), "97161", 1, ("GP",)), S(D(2026, 2, 9), "97110", 2, ("GP",)),
         S(D(2026, 2, 11), "97110", 2, ("GP",)), S(D(2026, 2, 11), "97140", 2, ("GP", "59")),
         S(D(2026, 2, 16), "97112", 2, ("GP",)), S(D(2026, 2, 18), "97110", 3, ("GP",)),
         S(D(2026, 2, 18), "97018", 1, ("GP",), denied="PR", remarks=["N130"])]]
    b = [commercial(x, st2) for x in [S(D(2026, 2, 10), "92523", 1, ("GN",)), S(D(2026, 2, 17), "92507", 1, ("GN",)),
         S(D(2026, 2, 24), "92507", 1, ("GN",))]]
    c = [commercial(x, st2) for x in [S(D(2026, 2, 12), "97166", 1, ("GO",)), S(D(2026, 2, 12), "97530", 2, ("GO",)),
         S(D(2026, 2, 19), "97530", 2, ("GO",)), S(D(2026, 2, 19), "97535", 2, ("GO",)),
         S(D(2026, 2, 26), "97530", 3, ("GO",))]]
    mm = lambda d: money(d, "$")
    return generic(dict(
        cls=FP, land=True, font="LiberationSansNarrow", bold="LiberationSansNarrow-Bold", size=7.5, hsize=7, grid=True, shade=0.8,
        kind="clearinghouse provider remittance report rendered from an 835, fpdf2 Liberation Sans Narrow landscape",
        title=[("ClearPath Exchange  -  Provider Remittance Report", "b", 13, "l"),
               ("Payer: Tri-Lakes Employee Benefit Trust (TPA: Alder & Finch Administrators)   Payer ID 77214", "n", 8, "l"),
               ("Payee: Wren Hollow Rehabilitation Group   Payee NPI 1902287415   TIN xx-xxx6620", "n", 8, "l")],
        box=["EFT trace no.: 4400918733  Paid 03/03/2026", "Total payment (this report): see claim totals",
             "Report generated 03/04/2026 06:02 (batch R-55781)"],
        running="ClearPath Exchange - Provider Remittance Report - EFT 4400918733 - continued",
        chead=["Patient: {patient}   Patient Ctrl #: {claim_id}   Payer Claim #: {payer_claim_id}",
               "Claim status: 1 - Processed as primary   Subscriber: {sub}   Rendering NPI 1650092211"],
        chead_box=True, chead_fill=0.94, cont="Patient: {patient}   Payer Claim #: {payer_claim_id}  (continued)",
        cols=[(["Svc date"], 52, "l", lambda s, cv: dfmt(s.dos, "mdyn")),
              (["Proc"], 36, "l", lambda s, cv: s.code, "label"),
              (["Mods"], 40, "l", lambda s, cv: ", ".join(s.mods)),
              (["Units"], 30, "r", lambda s, cv: units_str(s.units)),
              (["Charge"], 56, "r", lambda s, cv: mm(s.billed), "billed"),
              (["Allowed"], 56, "r", lambda s, cv: mm(s.allowed), "allowed"),
              (["Deductible"], 50, "r", lambda s, cv: mm(s.deductible), "deductible"),
              (["Coins"], 46, "r", lambda s, cv: mm(s.coinsurance), "coinsurance"),
              (["Copay"], 44, "r", lambda s, cv: mm(s.copay), "copay"),
              (["Adj Grp-Rsn: Amt"], 110, "l", lambda s, cv: [f"{g}-{r}: {mm(x)}" for g, r, x in s.adjs]),
              (["Paid"], 56, "r", lambda s, cv: mm(s.paid), "paid"),
              (["Pt resp"], 50, "r", lambda s, cv: mm(s.owes), "owes"),
              (["RARC"], 40, "l", lambda s, cv: " ".join(s.remarks))],
        total_label="Claim totals", printed=("billed", "allowed", "deductible", "coinsurance", "copay", "paid", "patient_owes"),
        units=True, adj=True, date=lambda d: dfmt(d, "mdyn"), totals=("billed", "allowed", "paid", "patient_owes"), money=mm,
        legend=[("N130", "(our wording) Check the plan's benefit booklet for coverage limits on this service.")],
        legend_title="Remark codes", bottom=60,
        closing=["Group codes: CO contractual obligation, PR patient responsibility. This report is a rendering of the payer's 835 file."],
        footer="ClearPath Exchange  R-55781",
        claims=[claim("WH-88120", "TLB2605500913", "Graham Ostrowski", a, sub="Graham Ostrowski"),
                claim("WH-88174", "TLB2605501076", "Lena Ostrowski", b, sub="Graham Ostrowski"),
                claim("WH-88190", "TLB2605501188", "Yusuf Adebayo-Kent", c, sub="Farah Adebayo-Kent")]))


def l9():  # therapy clinic family statement, reportlab Helvetica portrait with remittance stub
    st = PlanState(ded_left=q("75"), coins_rate=Decimal("0.20"))
    a = [commercial(x, st) for x in [S(D(2026, 1, 6), "97165", 1, ("GO",)), S(D(2026, 1, 6), "97530", 2, ("GO",)),
         S(D(2026, 1, 13), "97530", 2, ("GO",)), S(D(2026, 1, 13), "97112", 1, ("GO",))]]
    b = [commercial(x, st) for x in [S(D(2026, 1, 8), "92523", 1, ("GN",)), S(D(2026, 1, 15), "92507", 1, ("GN",)),
         S(D(2026, 1, 22), "92507", 1, ("GN",)), S(D(2026, 1, 29), "92507", 1, ("GN",))]]
    c = [commercial(x, st) for x in [S(D(2026, 1, 20), "97530", 2, ("GO",)), S(D(2026, 1, 20), "97535", 1, ("GO",)),
         S(D(2026, 1, 27), "97530", 3, ("GO",)), S(D(2026, 1, 27), "97150", 1, ("GO",), denied="PR")]]
    mm = lambda d: money(d, ",", "()")
    return generic(dict(
        cls=RL, font="Helvetica", bold="Helvetica-Bold", size=8, hsize=7.5,
        kind="pediatric therapy clinic family statement with detachable stub, reportlab Helvetica portrait",
        title=[("PLEASE DETACH AND RETURN THE TOP PORTION WITH YOUR PAYMENT", "n", 7, "c"),
               ("Sprout & Stride Pediatric Therapy", "b", 14, "l"), ("1180 Heron Bend Rd, Suite B, Ashcombe, NC 27599   (919) 555-0166", "n", 8, "l"),
               ("Guarantor: Meredith Castellanos    Account No. 30-11482    Statement date 02/05/2026    AMOUNT DUE: see balance below    AMOUNT ENCLOSED: $________", "n", 7.5, "l"),
               ("- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -", "n", 8, "l"),
               ("STATEMENT OF ACCOUNT", "b", 11, "l")],
        intro=["Meredith Castellanos, 412 Pinecone Trl, Ashcombe, NC 27598",
               "Insurance on file: Blue Tidewater PPO. Visits below were filed to your insurance; the balance is your portion."],
        running="Sprout & Stride Pediatric Therapy - Account No. 30-11482 - Statement date 02/05/2026 (continued)",
        chead=["Visit invoice {claim_id} - {patient} - {prov}", "Filed to Blue Tidewater PPO 01/30/2026, insurance claim # {payer_claim_id}"],
        cont="", repeat=False,
        cols=[(["Date"], 48, "l", lambda s, cv: dfmt(s.dos, "mdy2")),
              (["Code"], 56, "l", lambda s, cv: code_mods(s, "", "")),
              (["Description"], 150, "l", W(150), "label"),
              (["Charges"], 54, "r", lambda s, cv: mm(s.billed), "billed"),
              (["Insurance", "paid"], 54, "r", lambda s, cv: mm(s.paid), "paid"),
              (["Contractual", "adjustment"], 58, "r", lambda s, cv: mm(s.discount)),
              (["Your", "balance"], 54, "r", lambda s, cv: mm(s.owes), "owes")],
        total_label="Invoice total", printed=("billed", "paid", "discount", "patient_owes"),
        date=lambda d: dfmt(d, "mdy2"), totals=("billed", "paid", "patient_owes"), money=mm, bottom=66,
        legend=[], closing=["Aging: Current $0.00   31-60 days $0.00   61-90 days $0.00   Over 90 $0.00",
                            "Questions about this statement? Call our billing office Mon-Thu 8:30-4:30. We accept cards, checks and HSA cards."],
        footer="Sprout & Stride Pediatric Therapy  Account 30-11482",
        claims=[claim("INV-260106-0412", "BT6011938420", "Lucas Castellanos", a, prov="Occupational Therapy"),
                claim("INV-260108-0437", "BT6011938551", "Amelia Castellanos", b, prov="Speech Therapy"),
                claim("INV-260120-0489", "BT6012940067", "Lucas Castellanos", c, prov="Occupational Therapy")]))


def l10():  # hospital outpatient family statement, fpdf2 Liberation Serif portrait with sidebar
    st = PlanState(ded_left=q("200"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.74"))
    a = [commercial(x, st) for x in [S(D(2026, 2, 2), "73110", 1, ("RT",)), S(D(2026, 2, 2), "29125", 1, ("RT",)),
         S(D(2026, 2, 9), "97165", 1, ("GO",)), S(D(2026, 2, 9), "97760", 1, ("GO", "RT")),
         S(D(2026, 2, 9), "L3807", 1, ("RT",)), S(D(2026, 2, 16), "97530", 2, ("GO",)),
         S(D(2026, 2, 16), "97140", 1, ("GO",)), S(D(2026, 2, 23), "97530", 2, ("GO",)),
         S(D(2026, 2, 23), "97018", 1, ("GO",))]]
    b = [commercial(x, st) for x in [S(D(2026, 2, 5), "92610", 1, ("GN",)), S(D(2026, 2, 12), "92526", 1, ("GN",)),
         S(D(2026, 2, 19), "92526", 1, ("GN",))]]
    bad = q(total(a, "owes") + Decimal("18.00"))
    mm = lambda d: money(d, "$", "()")
    return generic(dict(
        cls=FP, font="LiberationSerif", bold="LiberationSerif-Bold", size=8, hsize=7.5,
        kind="hospital outpatient rehabilitation family statement with account-summary box, fpdf2 Liberation Serif portrait",
        title=[("St. Brigid Lakeside Hospital", "b", 15, "l"), ("Patient Financial Services", "n", 9, "l"),
               ("500 Lakeside Parkway, Harrow Point, WI 53999", "n", 8, "l")],
        box=["Guarantor: Victor Lindqvist-Amaro", "Guarantor no.: G-0087734", "Statement date: 03/06/2026",
             "Previous balance: $0.00", "Amount due by 03/31/2026: see accounts", "Pay online or call (262) 555-0199"],
        intro=["Your statement lists each hospital account (one per course of care) for members of your household."],
        running="St. Brigid Lakeside Hospital - Guarantor no. G-0087734 - Statement date 03/06/2026 - continued",
        chead=["Hospital account {claim_id}   Patient: {patient}   {svc}",
               "Primary insurance: Great Lakes Guardian Health   Insurance claim ref. {payer_claim_id}   Filed 02/27/2026"],
        cont="Hospital account {claim_id} (continued)", chead_box=True,
        cols=[(["Date"], 52, "l", lambda s, cv: dfmt(s.dos, "mdy4")),
              (["CPT/HCPCS"], 58, "l", lambda s, cv: s.code + (" " + " ".join(s.mods) if s.mods else "")),
              (["Description"], 142, "l", W(142, True), "label"),
              (["Qty"], 24, "r", lambda s, cv: units_str(s.units)),
              (["Charges"], 54, "r", lambda s, cv: mm(s.billed), "billed"),
              (["Insurance", "payments"], 56, "r", lambda s, cv: mm(s.paid), "paid"),
              (["Insurance", "adjustments"], 56, "r", lambda s, cv: mm(s.discount)),
              (["Patient", "balance"], 56, "r", lambda s, cv: mm(s.owes), "owes")],
        total_label="Account total", printed=("billed", "paid", "discount", "patient_owes"), units=True,
        date=lambda d: dfmt(d, "mdy4"), totals=("billed", "paid", "patient_owes"), money=mm, bottom=70,
        closing=["Financial assistance is available. Ask for our Community Care application at any registration desk.",
                 "Physician and radiologist services may be billed separately by their own offices."],
        footer="SBLH PFS Statement", findings=[f"claim-total-mismatch claim GLG-26-44102917: printed Patient balance total "
                                               f"{bad} but the lines add up to {q(total(a, 'owes'))}"],
        claims=[claim("SBLH-H6620417", "GLG-26-44102917", "Nadia Lindqvist-Amaro", a, svc="Hand therapy & imaging",
                      planted=("patient_owes", bad)),
                claim("SBLH-H6620532", "GLG-26-44103388", "Victor Lindqvist-Amaro", b, svc="Speech & swallowing")]))


LAYOUTS = {"v1_member_eob_ppo": l1, "v2_member_eob_hmo": l2, "v3_msn_partb": l3, "v4_ma_member_eob": l4,
           "v5_medicaid_ra_fixed": l5, "v6_medicaid_mmis_ra": l6, "v7_pm_medicare_spr": l7, "v8_clearinghouse_remit": l8,
           "v9_clinic_family_stmt": l9, "v10_hospital_family_stmt": l10}


# ------------------------------------------------------------------------------------------ build / check

def build(outdir, name, fn):
    claims, spec, meta = fn()
    path = outdir / f"{name}.pdf"
    TOTAL["n"] = 1
    for _ in range(2):
        cv = meta["cls"](path, landscape=meta["landscape"])
        FOOTFONT[0] = meta.get("footfont", "Helvetica")
        doc = Doc(cv, spec)
        pages = doc.run(claims)
        TOTAL["n"] = pages
    lines, cls = [], []
    for c in claims:
        for s in c["svcs"]:
            lines.append(truth_line(s._page, s, claim_id=c["claim_id"], payer_claim_id=c["payer_claim_id"],
                                    patient=c["patient"], printed=meta["printed"], units=meta["units"],
                                    modifiers=meta.get("mods", True),
                                    adjustments=s.adjs if meta["adj"] else [], remarks=s.remarks,
                                    description=meta.get("desc", True)))
        tot = {k: (total(c["svcs"], "owes" if k == "patient_owes" else k) if k in meta["totals"] else None)
               for k in ("billed", "allowed", "paid", "patient_owes")}
        planted = c.get("planted")
        if planted:
            tot[planted[0]] = planted[1]
        cls.append(dict(claim_id=c["claim_id"], payer_claim_id=c["payer_claim_id"], patient=c["patient"],
                        totals=claim_totals(**tot)))
    findings = meta.get("findings", [])
    write_truth(path, name, meta["cls"].producer, pages, meta["kind"], lines, cls, meta.get("legend", []), findings)
    return path, doc.bands, meta


def check(path, bands, meta):
    import pdfplumber
    errs = []
    t = json.loads(Path(str(path) + ".truth.json").read_text())
    with pdfplumber.open(path) as pdf:
        if len(pdf.pages) != t["pages"]:
            errs.append(f"pages {len(pdf.pages)} != {t['pages']}")
        words = [p.extract_words(keep_blank_chars=False, use_text_flow=False) for p in pdf.pages]
        alltext = "\n".join(p.extract_text() or "" for p in pdf.pages)
    flat = " ".join(alltext.split())
    if len(bands) != len(t["lines"]):
        errs.append("band count")
    pages_by_claim = {}
    for i, (ln, (pg, y0, y1)) in enumerate(zip(t["lines"], bands)):
        if ln["page"] != pg:
            errs.append(f"line {i} page")
        bt = band_text(words[pg - 1], y0, y1)
        flatb = " ".join(bt.split())
        ns = nums(bt)
        tag = f"line {i} {ln['code']} {ln['service_date']}"
        if ln["code"] and ln["code"] not in bt:
            errs.append(tag + " code")
        for mo in ln["modifiers"]:
            if mo not in bt.replace(ln["code"], "", 1):
                errs.append(tag + f" mod {mo}")
        if ln["units"] is not None and Decimal(ln["units"]).normalize() not in ns:
            errs.append(tag + " units")
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if ln[k] is not None and Decimal(ln[k]).normalize() not in ns:
                errs.append(tag + f" {k} {ln[k]} not in row: {flatb}")
        ds = meta["date"](date.fromisoformat(ln["service_date"]))
        where = flatb if meta.get("date_in_row", True) else " ".join((pdf_text_page(path, pg)).split())
        if ds not in where:
            errs.append(tag + f" date {ds}")
        for r in ln["remarks"]:
            if r not in bt:
                errs.append(tag + f" remark {r}")
        for g, rc, a in ln["adjustments"]:
            if rc not in bt or (a is not None and Decimal(a).normalize() not in ns):
                errs.append(tag + f" adj {g}{rc} {a}")
        if ln["adjustments"] and meta.get("adj_complete", True):
            s = Decimal(ln["billed"]) - sum(Decimal(a) for _, _, a in ln["adjustments"])
            if s != Decimal(ln["paid"]):
                errs.append(tag + f" billed-adj {s} != paid {ln['paid']}")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in flat:
                errs.append(tag + f" {k} {ln[k]} not in document")
        pages_by_claim.setdefault(ln["payer_claim_id"] or ln["claim_id"], set()).add(pg)
    seen_planted = set()
    planted = {f.split("claim ")[1].split(":")[0] for f in t["expected_findings"]}
    for c in t["claims"]:
        cl = [x for x in t["lines"] if x["claim_id"] == c["claim_id"] and x["payer_claim_id"] == c["payer_claim_id"]]
        for k, v in c["totals"].items():
            if v is None:
                continue
            s = sum(Decimal(x[k]) for x in cl)
            key = c["payer_claim_id"] or c["claim_id"]
            if s != Decimal(v):
                if key in planted:
                    seen_planted.add(key)
                else:
                    errs.append(f"claim {key} total {k} {v} vs {s}")
            if Decimal(v).normalize() not in nums(alltext):
                errs.append(f"claim {key} total {k} {v} not printed")
    if seen_planted != planted:
        errs.append(f"planted mismatches {planted} not all present ({seen_planted})")
    spans = sum(1 for v in pages_by_claim.values() if len(v) > 1)
    return errs, spans, len(t["lines"]), t["pages"]


def pdf_text_page(path, pg):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return pdf.pages[pg - 1].extract_text() or ""





def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if args:
        outdir = Path(args[0]).resolve()
    else:
        import tempfile
        outdir = Path(tempfile.mkdtemp(prefix="heldout204_"))
    if (ROOT / "samples").resolve() in [outdir, *outdir.parents]:
        sys.exit("refusing to write under samples/")
    outdir.mkdir(parents=True, exist_ok=True)
    bad, spanning = 0, 0
    for name, fn in LAYOUTS.items():
        path, bands, meta = build(outdir, name, fn)
        if "--check" in argv:
            errs, spans, nl, np_ = check(path, bands, meta)
            spanning += spans > 0
            print(f"{name}: {nl} lines, {np_} pages, {spans} claims across pages, {len(errs)} problems")
            for e in errs[:12]:
                print("   ", e)
            bad += len(errs)
    if "--check" in argv:
        if spanning < 3:
            print(f"only {spanning} files have a claim across pages")
            bad += 1
        print("CHECK", "OK" if not bad else f"FAILED ({bad})")
        return 1 if bad else 0
    print(outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
