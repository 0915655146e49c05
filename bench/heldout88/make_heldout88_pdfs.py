"""Write the 88th held-out set of synthetic PDF EOB layouts (with truth files): two layouts of each of the five
commonest real kinds, each in a house style of its own, for one honest measurement of the PDF reader.

Run:  python bench/heldout88/make_heldout88_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout88/make_heldout88_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py, ``<name>.pdf.truth.json``), printed values only,
null for what a layout does not print (units null where no quantity is printed); claim_id = the provider's own
account / patient-control / visit number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly
as printed (the person who got the service, never the guarantor or plan holder unless the same person). Member
EOBs and statements print no CARC codes, so their adjustments are []. Every name, number, payer, provider,
address and ID is invented; descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2
fixed creation date, no randomness). Drawing helpers live in pdfkit88.py next to this file.

Layouts:
  h88_c1  commercial PPO member EOB (reportlab, portrait Liberation Sans): "Claims processed for your household",
          per-claim shaded bar "Patient / Provider / Claim number / Your provider's account", columns "Date(s) |
          Service | Provider billed | Network savings | Allowed amount | Deductible | Copay | Coinsurance | Plan
          paid | You owe | Remark", code only, 3 family members, a claim continued on page 2 under "(continued)"
          and repeated heads, a not-covered laser line billed to the member, remark-letter legend
  h88_c2  commercial HMO "Statement of Benefits" (fpdf2, landscape DejaVu Sans Condensed): ruled table, per-
          person group, "Svc date | Proc | Mod | Qty | Charged | Not covered | Member rate | Deductible | Copay |
          Coinsurance | We paid | Your share | Why", 3 family members, Qty printed, table continued on page 2 with
          repeated heads; PLANTED claim-total mismatch (printed Your share total 10.00 high on one claim)
  h88_m1  Medicare Summary Notice, Part B (fpdf2, portrait DejaVu Serif): page-1 summary, per-visit claim block
          "Claim number / Provider / Service date(s)", row cell "Description (CODE-MOD)", "Amount Provider Charged |
          Medicare-Approved Amount | Amount Medicare Paid | Maximum You May Be Billed | See Notes", notes letters,
          continues on page 2 with the heading repeated; no provider account (claim_id null), no units
  h88_m2  Medicare Advantage PPO member EOB (reportlab, portrait Liberation Serif): monthly "Your medical
          claims" table, "Provider's charge | Our approved amount | Plan's share | Your share | Note", "97530 GO",
          per-visit copay, a not-covered line, year-to-date box
  h88_d1  state Medicaid remittance advice, line printer (reportlab, landscape core Courier): "PAID CLAIMS /
          ADJUSTED CLAIMS / DENIED CLAIMS" sections, RECIPIENT / ICN / PATIENT ACCT heads, FROM-THRU MMDDYY,
          "PROC MOD UNITS BILLED ALLOWED PAID ARC", CARC "45" with amounts, a reversal with trailing-minus amounts
          and its replacement, denied lines, section and grand totals, continued on page 2 without repeated heads
  h88_d2  state Medicaid MCO remittance (fpdf2, portrait Liberation Sans Narrow, boxed grid): member band
          "Member / Member ID / TCN / Pt Acct", grid "Ln | From | Thru | Proc | M1 | M2 | Units | Charge |
          Allowed | Copay | Paid | CARC Amt | RARC", copay as PR-3, claim running onto page 2 with the grid heads
          repeated, a denied claim, claim totals
  h88_p1  clearinghouse print image of a Medicare Part B standard paper remit (reportlab, landscape DejaVu Sans
          Mono): NAME / HIC / ACNT / ICN / ASG / MOA heading, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED
          DEDUCT COINS GRP/RC-AMT PROV PD", glued "97110GPKX", every adjustment on the same line, PT RESP and
          CLAIM TOTALS and NET per claim, a claim running onto page 2 without repeated column heads
  h88_p2  practice-management "ERA Posting Journal" of a Medicare payment (fpdf2, landscape Liberation Sans):
          claim bands "Acct / Patient / Payer ICN", columns "DOS | CPT | Mods | Un | Charge | Allowed | Deduct |
          Coins | Seq | Ins Paid | Pt Resp | Adj codes", codes listed "CO-45 PR-2 CO-253" with amounts
  h88_s1  outpatient therapy clinic family statement (reportlab, portrait DejaVu Serif): remittance stub, visit
          heading rows with the insurer's claim number, "Code | Mod | Units | Description | Charges | Ins Paid |
          Write-off | Your Part" (Write-off recorded as discount), 3 children, a visit continued on page 2 under a
          repeated head, aging strip, dates only in the visit headings
  h88_s2  hospital outpatient itemized family statement (fpdf2, portrait Liberation Serif, right-hand sidebar on
          page 1): one section per account with the insurer's claim number, "Date | Rev | HCPCS | Mod | Qty |
          Description | Charges" with long wrapped descriptions, insurance payment / adjustment rows at account
          level (not service lines), three patients, an account continued onto page 2 under a repeated head

The self-check (--check) tests the factory, never the reader: every truth code, modifier, units value, amount,
adjustment code and amount, remark and service date is on the SAME text line as its service (date on the page
where the layout prints it in the claim heading), ids and patients are in the document's text, the page count
matches, billed - adjustments = paid where a layout prints every adjustment with its amount, allowed - deductible
- copay - coinsurance (- sequestration) = paid where those are printed, claim totals equal the sum of their lines
unless a mismatch is planted and declared (and the planted one really differs), at least three files carry a
claim whose rows cross a page break, and both producers are used.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
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
from pdfkit88 import Pen  # noqa: E402

D = date
J = lambda d: date(2026, 1, d)  # noqa: E731


def svc(d, code, u, mods=(), desc="", denied=None):
    return Svc(J(d), code, Decimal(str(u)), tuple(mods), None, desc, denied)


def series(days, pairs, every=None):
    """One visit per day in days, each with the (code, units, mods) pairs; every(i) may swap a pair."""
    out = []
    for i, d in enumerate(days):
        for j, (c, u, mo) in enumerate(pairs):
            if every:
                c, u, mo = every(i, j, (c, u, mo))
            out.append(svc(d, c, u, mo))
    return out


def clip(svcs, n):
    """The layout prints at most n characters of wording: truth keeps exactly what is printed."""
    for s in svcs:
        if len(s.desc) > n:
            s.desc = s.desc[:n].rsplit(" ", 1)[0].rstrip(",")
    return svcs


# ================================================================================ generic flowing table

class Flow:
    """Lays out claims as heading + rows; breaks pages; records the page of each service row."""

    def __init__(self, pen: Pen, *, top: float, bottom: float, rh: float, fs: float, cols, head_fn, colhead_fn,
                 furniture_fn, repeat_head=True, cont_head=True, desc_col=None, desc_wrap=0, total_fn=None,
                 extra_fn=None, gap=6):
        self.pen, self.top, self.bottom, self.rh, self.fs = pen, top, bottom, rh, fs
        self.cols, self.head_fn, self.colhead_fn, self.furniture_fn = cols, head_fn, colhead_fn, furniture_fn
        self.repeat_head, self.cont_head, self.desc_col, self.desc_wrap = repeat_head, cont_head, desc_col, desc_wrap
        self.total_fn, self.extra_fn, self.gap = total_fn, extra_fn, gap
        self.y = top
        self.pages = {}  # id(svc) -> page

    def need(self, h: float, cl=None) -> None:
        if self.y + h > self.bottom:
            self.pen.new_page()
            self.y = self.furniture_fn(self.pen, self.pen.pages)
            if cl is not None:
                if self.cont_head:
                    self.y = self.head_fn(self.pen, cl, self.y, True)
                if self.repeat_head:
                    self.y = self.colhead_fn(self.pen, self.y)

    def claim(self, cl) -> None:
        self.need(self.rh * 3.5)
        self.y = self.head_fn(self.pen, cl, self.y, False)
        self.y = self.colhead_fn(self.pen, self.y)
        for s in cl["svcs"]:
            extra = []
            if self.desc_col is not None and self.desc_wrap:
                extra = wrap(s.desc, self.desc_wrap)[1:]
            self.need(self.rh * (1 + len(extra)), cl)
            self.y += self.rh
            for i, (x, align, fn) in enumerate(self.cols):
                txt = fn(s, cl)
                if i == self.desc_col and self.desc_wrap:
                    txt = wrap(s.desc, self.desc_wrap)[0]
                self.pen.text(x, self.y, txt, self.fs, align=align)
            self.pages[id(s)] = self.pen.pages
            for e in extra:
                self.y += self.rh * 0.95
                self.pen.text(self.cols[self.desc_col][0], self.y, e, self.fs)
        if self.extra_fn:
            self.extra_fn(self, cl)
        if self.total_fn:
            self.need(self.rh * 2)
            self.y = self.total_fn(self.pen, cl, self.y)
        self.y += self.gap


def wrap(s: str, n: int) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        out.append(cur)
    return out


class Doc:
    """Collects what the self-check needs about one layout besides its truth file."""

    def __init__(self, name, producer, description, *, mfmt, dfmt_, ufmt=units_str, cfmt=None, afmt=None,
                 date_in_head=False, all_adj=False, plan_math=False, seq=False):
        self.name, self.producer, self.description = name, producer, description
        self.mfmt, self.dfmt, self.ufmt, self.cfmt, self.afmt = mfmt, dfmt_, ufmt, cfmt, afmt
        self.date_in_head, self.all_adj, self.plan_math, self.seq = date_in_head, all_adj, plan_math, seq
        self.lines, self.claims, self.legend, self.findings = [], [], [], []

    def meta(self) -> dict:
        return {"name": self.name, "date_in_head": self.date_in_head, "all_adj": self.all_adj,
                "plan_math": self.plan_math, "seq": self.seq}


DOCS: dict[str, Doc] = {}


def finish(doc: Doc, pen: Pen, out: Path) -> None:
    pen.save()
    write_truth(out / f"{doc.name}.pdf", doc.name, doc.producer, pen.pages, doc.description, doc.lines,
                doc.claims, doc.legend, doc.findings)
    DOCS[doc.name] = doc


def add_lines(doc, flow, cl, printed, *, units=True, modifiers=True, adj=False, remarks=None, end=False,
              desc=True, cid="claim_id", pcn="payer_claim_id"):
    for s in cl["svcs"]:
        doc.lines.append(truth_line(
            flow.pages[id(s)], s, claim_id=cl.get(cid), payer_claim_id=cl.get(pcn), patient=cl["patient"],
            printed=printed, service_end=(s.end or s.dos) if end else None, units=units, modifiers=modifiers,
            adjustments=s.adjs if adj else [], remarks=(remarks(s) if remarks else []), description=desc))


def claim_truth(doc, cl, **tot):
    doc.claims.append({"claim_id": cl.get("claim_id"), "payer_claim_id": cl.get("payer_claim_id"),
                       "patient": cl["patient"], "totals": claim_totals(**tot)})


# ================================================================================ c1 commercial PPO EOB

def c1(out: Path) -> None:
    name = "h88_c1"
    m = lambda d: money(d, "$")  # noqa: E731
    doc = Doc(name, "reportlab", "Commercial PPO member EOB, household of three, remark letters.",
              mfmt=m, dfmt_=lambda d: dfmt(d, "mdy4"), cfmt=lambda c, mods: c)
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    st2 = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"),
                    copay_codes={"99213": Decimal("35.00")})
    claims = [
        {"patient": "Marisol Vantrease", "prov": "Brightwater Hand & Upper Limb Therapy", "payer_claim_id":
         "E26011400391", "claim_id": "BW-558120",
         "svcs": [svc(5, "97165", 1, ("GO",)), svc(5, "97760", 2, ("GO",)), svc(5, "L3807", 1, ("RT",)),
                  svc(7, "97530", 3, ("GO",)), svc(7, "97110", 2, ("GO",)), svc(9, "97530", 3, ("GO",)),
                  svc(9, "97140", 2, ("GO",)), svc(12, "97530", 2, ("GO",)), svc(12, "97535", 2, ("GO",)),
                  svc(14, "97530", 3, ("GO",)), svc(14, "97110", 1, ("GO",)), svc(16, "97168", 1, ("GO",)),
                  svc(16, "0552T", 1, (), "", "PR")]},
        {"patient": "Teodoro Vantrease", "prov": "Halverson Family Medicine", "payer_claim_id": "E26012000714",
         "claim_id": "HFM2231907", "svcs": [svc(13, "99213", 1), svc(13, "G0283", 1)]},
        {"patient": "Pilar Vantrease", "prov": "Little Sprouts Speech Studio", "payer_claim_id": "E26012100082",
         "claim_id": "LSS-00417-2", "svcs": [svc(8, "92523", 1, ("GN",)), svc(15, "92507", 1, ("GN",)),
                                            svc(22, "92507", 1, ("GN",))]},
        {"patient": "Teodoro Vantrease", "prov": "Quarry Ridge Physical Therapy", "payer_claim_id": "E26012300517",
         "claim_id": "QRPT-7730-01", "svcs": [svc(6, "97161", 1, ("GP",))] + series(
             (8, 13, 15, 20, 22, 27), (("97110", 2, ("GP",)), ("97140", 1, ("GP",))))},
    ]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st2 if cl["claim_id"].startswith("HFM") else st, deny_reason="96")
            s.remarks = ["X4"] if s.denied else (["D1"] if s.deductible else [])
    pen = Pen("reportlab", "LiberationSans")
    pen.start(out / f"{name}.pdf")
    W = pen.w

    def furniture(p, n):
        p.text(40, 40, "NORTHGATE MUTUAL HEALTH", 15, bold=True)
        p.text(40, 52, "PPO Plus  |  Group 77-4410  |  Benefits administered for Kessling Freight Co.", 7.5)
        p.text(W - 40, 40, "Explanation of Benefits", 12, bold=True, align="r")
        p.text(W - 40, 52, f"THIS IS NOT A BILL      Page {n}", 7.5, align="r")
        p.hline(40, W - 40, 58, 1.2)
        p.text(W / 2, 770, "Questions? Call Member Services at 1-800-555-0148 (TTY 711), Mon-Fri 8 a.m. - 8 p.m.",
               6.8, align="c", gray=0.3)
        return 78

    y = furniture(pen, 1)
    pen.text(40, y, "Subscriber: ROLAND VANTREASE", 8.5, bold=True)
    pen.text(40, y + 11, "Member ID: NMH884201733    Statement date: 02/02/2026", 8)
    pen.text(40, y + 22, "1187 Quarry Ridge Rd, Apt 3, Dunmore Falls, OH 44901", 8)
    pen.rect(360, y - 10, W - 400, 44, fill=0.93)
    pen.text(368, y + 2, "Claims processed for your household", 8.5, bold=True)
    pen.text(368, y + 14, "Plan paid this period:  " + m(sum(total(c["svcs"], "paid") for c in claims)), 8)
    pen.text(368, y + 25, "Your total responsibility:  " + m(sum(total(c["svcs"], "owes") for c in claims)), 8)
    y += 52
    X = [40, 92, 210, 254, 300, 344, 388, 424, 466, 510, 552]
    for cl in claims:
        clip(cl["svcs"], 19)
    cols = [(X[0], "l", lambda s, c: dfmt(s.dos, "mdy4")), (X[1], "l", lambda s, c: s.code),
            (X[1] + 30, "l", lambda s, c: s.desc),
            (X[3] - 4, "r", lambda s, c: m(s.billed)), (X[4] - 4, "r", lambda s, c: m(s.discount)),
            (X[5] - 4, "r", lambda s, c: m(s.allowed)), (X[6] - 4, "r", lambda s, c: m(s.deductible)),
            (X[7] - 4, "r", lambda s, c: m(s.copay)), (X[8] - 4, "r", lambda s, c: m(s.coinsurance)),
            (X[9] - 4, "r", lambda s, c: m(s.paid)), (X[10] - 4, "r", lambda s, c: m(s.owes)),
            (X[10] + 4, "l", lambda s, c: " ".join(s.remarks))]

    def head(p, cl, y, cont):
        p.rect(40, y, W - 80, 26, fill=0.86, stroke=False)
        p.text(44, y + 10, f"Patient: {cl['patient']}" + ("   (continued)" if cont else ""), 8, bold=True)
        p.text(300, y + 10, f"Claim number: {cl['payer_claim_id']}", 8)
        p.text(44, y + 21, f"Provider: {cl['prov']}", 7.5)
        p.text(300, y + 21, f"Your provider's account: {cl['claim_id']}", 7.5)
        return y + 30

    def colhead(p, y):
        heads = [("Date(s)", ""), ("Service", ""), ("Provider", "billed"), ("Network", "savings"),
                 ("Allowed", "amount"), ("Deduct-", "ible"), ("Copay", ""), ("Coin-", "surance"), ("Plan", "paid"),
                 ("You", "owe")]
        p.text(X[0], y + 8, heads[0][0], 6.8, bold=True)
        p.text(X[1], y + 8, heads[1][0], 6.8, bold=True)
        for i, (a, b) in enumerate(heads[2:]):
            p.text(X[i + 3] - 4, y + 8, a, 6.8, bold=True, align="r")
            p.text(X[i + 3] - 4, y + 16, b, 6.8, bold=True, align="r")
        p.text(X[10] + 4, y + 8, "Remark", 6.8, bold=True)
        p.hline(40, W - 40, y + 19)
        return y + 20

    def tot(p, cl, y):
        sv = cl["svcs"]
        p.hline(200, W - 40, y + 3, 0.4)
        y += 12
        p.text(X[1], y, "Claim total", 7.5, bold=True)
        for x, attr in ((X[3], "billed"), (X[4], "discount"), (X[5], "allowed"), (X[6], "deductible"),
                        (X[7], "copay"), (X[8], "coinsurance"), (X[9], "paid"), (X[10], "owes")):
            p.text(x - 4, y, m(total(sv, attr)), 7.5, bold=True, align="r")
        return y + 4

    f = Flow(pen, top=y, bottom=735, rh=12, fs=7.3, cols=cols, head_fn=head, colhead_fn=colhead,
             furniture_fn=furniture, total_fn=tot, gap=12)
    f.y = y
    for cl in claims:
        f.claim(cl)
    f.need(90)
    y = f.y + 8
    pen.text(40, y, "Remark codes", 8, bold=True)
    legend = [("D1", "Part of the allowed amount went toward your deductible for this plan year."),
              ("X4", "Not a covered benefit under your plan; the provider may bill you for it.")]
    for i, (k, v) in enumerate(legend):
        pen.text(40, y + 11 * (i + 1), k, 7.5, bold=True)
        pen.text(62, y + 11 * (i + 1), v, 7.5)
    doc.legend = legend
    pr = ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    for cl in claims:
        add_lines(doc, f, cl, pr, units=False, modifiers=False, remarks=lambda s: s.remarks)
        sv = cl["svcs"]
        claim_truth(doc, cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                    patient_owes=total(sv, "owes"))
    doc.plan_math = True
    finish(doc, pen, out)


# ================================================================================ c2 commercial HMO statement

def c2(out: Path) -> None:
    name = "h88_c2"
    m = lambda d: money(d, ",")  # noqa: E731
    doc = Doc(name, "fpdf2", "Commercial HMO Statement of Benefits, landscape ruled table, planted total mismatch.",
              mfmt=m, dfmt_=lambda d: dfmt(d, "mdy2"), cfmt=lambda c, mods: c)
    st = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.74"), visit_copay=Decimal("25.00"))
    people = [("ABERNATHY-OKAFOR, NIA", "Ridgeway Pediatric Therapy Group", "RPT-31207", "H2601-55028-01",
               [svc(6, "97166", 1, ("GO",)), svc(6, "97530", 2, ("GO",)), svc(13, "97530", 3, ("GO",)),
                svc(13, "97112", 1, ("GO",)), svc(20, "97530", 3, ("GO",)), svc(20, "97535", 1, ("GO",)),
                svc(27, "97530", 2, ("GO", "59")), svc(27, "97150", 1, ("GO",), "", "CO")]),
              ("ABERNATHY-OKAFOR, DESMOND", "Lakeshore Spine & Sport PT", "LSS88-1042", "H2601-55311-01",
               [svc(8, "97161", 1, ("GP",)), svc(8, "97110", 2, ("GP",)), svc(15, "97110", 2, ("GP",)),
                svc(15, "97140", 1, ("GP",)), svc(22, "97116", 2, ("GP",)), svc(22, "97110", 1, ("GP", "KX"))]),
              ("ABERNATHY-OKAFOR, JUNE", "Lakeshore Spine & Sport PT", "LSS88-1077", "H2601-56102-01",
               [svc(19, "97163", 1, ("GP",)), svc(26, "97110", 3, ("GP",)), svc(26, "G0283", 1, ("GP",))]),
              ("ABERNATHY-OKAFOR, NIA", "Bayberry Speech & Feeding Clinic", "BSF-004418", "H2601-57240-01",
               [svc(5, "92523", 1, ("GN",))] + series((9, 12, 16, 19, 23, 26, 30), (("92507", 1, ("GN",)),),
                                                      lambda i, j, p: ("92526", 1, ("GN",)) if i % 3 == 2 else p))]
    claims = []
    for pt, prov, acct, clm, sv in people:
        clip(sv, 27)
        st = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.74"), visit_copay=Decimal("25.00"))
        for s in sv:
            commercial(s, st, deny_reason="96")
            s.remarks = ["NC3"] if s.denied else (["CP"] if s.copay else [])
        claims.append({"patient": pt, "prov": prov, "claim_id": acct, "payer_claim_id": clm, "svcs": sv})
    pen = Pen("fpdf2", "DejaVuSansCondensed", land=True)
    pen.start(out / f"{name}.pdf")
    W = pen.w

    def furniture(p, n):
        p.text(36, 36, "CASCADIA COMMUNITY HEALTH PLAN", 13, bold=True)
        p.text(36, 48, "HMO Select  -  Statement of Benefits", 9)
        p.text(W - 36, 36, f"Page {n}", 8, align="r")
        p.text(W - 36, 48, "Statement date 02/03/26   Family ID CCH-660-19274", 8, align="r")
        p.hline(36, W - 36, 55, 0.8)
        p.text(36, 590, "Cascadia Community Health Plan, PO Box 4410, Fernwood, WA 98412  -  This is not a bill.",
               6.5, gray=0.35)
        return 72

    y = furniture(pen, 1)
    pen.text(36, y, "Prepared for: LORENZO ABERNATHY-OKAFOR (subscriber)", 8.5, bold=True)
    pen.text(36, y + 11, "Covered family members on this statement: Nia, Desmond, June", 8)
    y += 22
    X = {"d": 36, "p": 78, "mo": 112, "desc": 140, "q": 262, "ch": 310, "nc": 356, "mr": 404, "de": 450,
         "cp": 494, "co": 540, "wp": 590, "ys": 640, "why": 652}
    cols = [(X["d"], "l", lambda s, c: dfmt(s.dos, "mdy2")), (X["p"], "l", lambda s, c: s.code),
            (X["mo"], "l", lambda s, c: " ".join(s.mods)), (X["desc"], "l", lambda s, c: s.desc),
            (X["q"], "r", lambda s, c: units_str(s.units)), (X["ch"], "r", lambda s, c: m(s.billed)),
            (X["nc"], "r", lambda s, c: m(s.not_covered)), (X["mr"], "r", lambda s, c: m(s.allowed)),
            (X["de"], "r", lambda s, c: m(s.deductible)), (X["cp"], "r", lambda s, c: m(s.copay)),
            (X["co"], "r", lambda s, c: m(s.coinsurance)), (X["wp"], "r", lambda s, c: m(s.paid)),
            (X["ys"], "r", lambda s, c: m(s.owes)), (X["why"], "l", lambda s, c: " ".join(s.remarks))]

    def head(p, cl, y, cont):
        p.hline(36, W - 36, y + 2, 0.3)
        p.text(36, y + 12, cl["patient"] + (" - continued" if cont else ""), 8.5, bold=True)
        p.text(250, y + 12, f"{cl['prov']}   Patient acct {cl['claim_id']}   Claim {cl['payer_claim_id']}", 8)
        return y + 16

    def colhead(p, y):
        hs = [("Svc date", "d", "l"), ("Proc", "p", "l"), ("Mod", "mo", "l"), ("Description", "desc", "l"),
              ("Qty", "q", "r"), ("Charged", "ch", "r"), ("Not covered", "nc", "r"), ("Member rate", "mr", "r"),
              ("Deductible", "de", "r"), ("Copay", "cp", "r"), ("Coinsurance", "co", "r"), ("We paid", "wp", "r"),
              ("Your share", "ys", "r"), ("Why", "why", "l")]
        p.rect(36, y + 2, W - 72, 12, fill=0.9, stroke=False)
        for t, k, a in hs:
            p.text(X[k], y + 11, t, 6.8, bold=True, align=a)
        return y + 15

    def tot(p, cl, y):
        sv = cl["svcs"]
        p.hline(262, W - 36, y + 3, 0.3)
        y += 12
        p.text(X["desc"], y, "Totals for this claim", 7.3, bold=True)
        owes = total(sv, "owes") + (Decimal("10.00") if cl["payer_claim_id"] == "H2601-55311-01" else ZERO)
        for k, v in (("ch", total(sv, "billed")), ("nc", total(sv, "not_covered")), ("mr", total(sv, "allowed")),
                     ("de", total(sv, "deductible")), ("cp", total(sv, "copay")), ("co", total(sv, "coinsurance")),
                     ("wp", total(sv, "paid")), ("ys", owes)):
            p.text(X[k], y, m(v), 7.3, bold=True, align="r")
        return y + 2

    f = Flow(pen, top=y, bottom=570, rh=11.5, fs=7.3, cols=cols, head_fn=head, colhead_fn=colhead,
             furniture_fn=furniture, total_fn=tot, gap=12)
    f.y = y
    for cl in claims:
        f.claim(cl)
    f.need(60)
    y = f.y + 6
    doc.legend = [("CP", "Your plan's office-visit copay applies to this date of service."),
                  ("NC3", "This service is not a benefit of your HMO plan; the network provider cannot bill you.")]
    pen.text(36, y, "Why codes", 8, bold=True)
    for i, (k, v) in enumerate(doc.legend):
        pen.text(36, y + 11 * (i + 1), f"{k}  {v}", 7.3)
    pr = ("billed", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    for cl in claims:
        add_lines(doc, f, cl, pr, remarks=lambda s: s.remarks)
        sv = cl["svcs"]
        owes = total(sv, "owes")
        if cl["payer_claim_id"] == "H2601-55311-01":
            owes += Decimal("10.00")
            doc.findings.append(f"claim-total-mismatch claim {cl['payer_claim_id']}: printed Your share total "
                                f"{owes} but the lines add up to {total(sv, 'owes')}")
        claim_truth(doc, cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                    patient_owes=owes)
    doc.plan_math = True
    finish(doc, pen, out)


# ================================================================================ m1 Medicare Summary Notice

def m1(out: Path) -> None:
    name = "h88_m1"
    m = lambda d: money(d, "$")  # noqa: E731
    doc = Doc(name, "fpdf2", "Medicare Summary Notice Part B, per-visit claim blocks, notes letters.",
              mfmt=m, dfmt_=lambda d: dfmt(d, "month"), cfmt=lambda c, mods: "(" + "-".join((c,) + mods) + ")",
              date_in_head=True)
    st = PlanState(ded_left=Decimal("283.00"))
    bene = "GWENDOLYN R. HASKETT"
    visits = [("Fairhaven Outpatient Rehab", "26-0107-34817-206", 6,
               [svc(6, "97163", 1, ("GP",)), svc(6, "97110", 2, ("GP",))]),
              ("Fairhaven Outpatient Rehab", "26-0110-34991-114", 9,
               [svc(9, "97110", 2, ("GP",)), svc(9, "97112", 1, ("GP",)), svc(9, "97140", 1, ("GP", "59"))]),
              ("Fairhaven Outpatient Rehab", "26-0114-35207-481", 13,
               [svc(13, "97110", 2, ("GP", "KX")), svc(13, "97116", 2, ("GP",)), svc(13, "0552T", 1, (), "", "PR")]),
              ("Dr. Anselm Pryor, MD", "26-0116-35360-022", 15, [svc(15, "99213", 1, ())]),
              ("Fairhaven Outpatient Rehab", "26-0121-35604-317", 20,
               [svc(20, "97110", 2, ("GP", "CQ")), svc(20, "97530", 1, ("GP", "CQ")), svc(20, "G0283", 1, ("GP",))]),
              ("Fairhaven Outpatient Rehab", "26-0123-35788-905", 22,
               [svc(22, "97110", 3, ("GP",)), svc(22, "97112", 1, ("GP", "KX"))])]
    claims = []
    for prov, clm, d, sv in visits:
        clip(sv, 34)
        for s in sv:
            medicare(s, st, deny_reason="50")
            s.remarks = ["C"] if s.denied else (["A"] if s.deductible else []) + (["B"] if "CQ" in s.mods else [])
        claims.append({"patient": bene, "prov": prov, "payer_claim_id": clm, "claim_id": None, "svcs": sv, "d": d})
    pen = Pen("fpdf2", "DejaVuSerif")
    pen.start(out / f"{name}.pdf")
    W = pen.w

    def furniture(p, n):
        p.text(40, 40, "Medicare Summary Notice", 17, bold=True)
        p.text(40, 54, "for Part B (Medical Insurance)", 10)
        p.text(W - 40, 40, f"{bene}", 9, bold=True, align="r")
        p.text(W - 40, 52, f"Page {n}", 8, align="r")
        p.hline(40, W - 40, 62, 1.5)
        p.text(40, 770, "This is not a bill. Keep this notice for your records.", 7, gray=0.3)
        return 80

    y = furniture(pen, 1)
    pen.rect(40, y, 250, 70, fill=0.95)
    pen.text(48, y + 14, "The Notice for", 8)
    pen.text(48, y + 26, bene, 9, bold=True)
    pen.text(48, y + 38, "Medicare Number  4TX9-QP2-MK81", 8)
    pen.text(48, y + 50, "Notice date  February 2, 2026", 8)
    pen.text(48, y + 62, "Claims processed January 1 - 31, 2026", 8)
    pen.rect(310, y, W - 350, 70)
    pen.text(318, y + 14, "Your Deductible Status", 9, bold=True)
    pen.text(318, y + 28, "You have now met $283.00 of your $283.00 Part B", 8)
    pen.text(318, y + 40, "deductible for 2026.", 8)
    pen.text(318, y + 56, "Total you may be billed:  " + m(sum(total(c["svcs"], "owes") for c in claims)), 8,
             bold=True)
    y += 88
    pen.text(40, y, "Your Claims for Part B (Medical Insurance)", 11, bold=True)
    y += 8
    X = [40, 290, 350, 412, 515, 560]
    cols = [(X[0], "l", lambda s, c: s.desc + " " + "(" + "-".join((s.code,) + s.mods) + ")"),
            (X[1] + 40, "r", lambda s, c: m(s.billed)), (X[2] + 50, "r", lambda s, c: m(s.allowed)),
            (X[3] + 50, "r", lambda s, c: m(s.paid)), (X[4] + 30, "r", lambda s, c: m(s.owes)),
            (X[5] + 2, "l", lambda s, c: ", ".join(s.remarks))]

    def head(p, cl, y, cont):
        p.rect(40, y + 2, W - 80, 30, fill=0.9, stroke=False)
        p.text(46, y + 14, f"{cl['prov']}" + ("  (continued)" if cont else ""), 8.5, bold=True)
        p.text(46, y + 27, f"Service date: {dfmt(J(cl['d']), 'month')}", 8)
        p.text(W - 46, y + 27, f"Claim number {cl['payer_claim_id']}", 8, align="r")
        return y + 34

    def colhead(p, y):
        for i, (a, b, c) in enumerate([("Service Provided &", "Billing Code", ""), ("Amount", "Provider", "Charged"),
                                       ("Medicare-", "Approved", "Amount"), ("Amount", "Medicare", "Paid"),
                                       ("Maximum You", "May Be", "Billed"), ("See", "Notes", "")]):
            al, x = ("l", X[0]) if i == 0 else (("l", X[5] + 2) if i == 5 else
                                                ("r", [0, X[1] + 40, X[2] + 50, X[3] + 50, X[4] + 30][i]))
            for j, t in enumerate((a, b, c)):
                p.text(x, y + 9 + 8 * j, t, 6.6, bold=True, align=al)
        p.hline(40, W - 40, y + 29, 0.5)
        return y + 29

    def tot(p, cl, y):
        sv = cl["svcs"]
        y += 12
        p.text(X[0], y, "Total for this claim", 7.5, bold=True)
        for x, a in ((X[1] + 40, "billed"), (X[2] + 50, "allowed"), (X[3] + 50, "paid"), (X[4] + 30, "owes")):
            p.text(x, y, m(total(sv, a)), 7.5, bold=True, align="r")
        return y + 3

    f = Flow(pen, top=y, bottom=740, rh=13, fs=7.3, cols=cols, head_fn=head, colhead_fn=colhead,
             furniture_fn=furniture, total_fn=tot, gap=14)
    f.y = y
    for cl in claims:
        f.claim(cl)
    doc.legend = [("A", "This approved amount was applied toward your yearly deductible."),
                  ("B", "Part of this service was furnished by a therapy assistant; payment is at a reduced rate."),
                  ("C", "Medicare does not pay for this item or service. You may have to pay the provider.")]
    f.need(70)
    y = f.y + 8
    pen.text(40, y, "Notes for Claims Above", 10, bold=True)
    for i, (k, v) in enumerate(doc.legend):
        pen.text(40, y + 13 * (i + 1), f"{k}  {v}", 7.5)
    for cl in claims:
        add_lines(doc, f, cl, ("billed", "allowed", "paid", "patient_owes"), units=False,
                  remarks=lambda s: s.remarks)
        sv = cl["svcs"]
        claim_truth(doc, cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                    patient_owes=total(sv, "owes"))
    finish(doc, pen, out)


# ================================================================================ m2 Medicare Advantage EOB

def m2(out: Path) -> None:
    name = "h88_m2"
    m = lambda d: money(d, "$")  # noqa: E731
    doc = Doc(name, "reportlab", "Medicare Advantage PPO member EOB, monthly medical claims table.",
              mfmt=m, dfmt_=lambda d: dfmt(d, "mdy4"), cfmt=lambda c, mods: " ".join((c,) + mods))
    st = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.61"), visit_copay=Decimal("40.00"))
    mem = "Ellery J. Wainscott"
    raw = [("Summit Valley Occupational Therapy", "OT-26-004471", "MA2601A08876",
            [svc(7, "97167", 1, ("GO",)), svc(7, "97535", 2, ("GO",)), svc(12, "97530", 3, ("GO",)),
             svc(12, "97112", 1, ("GO",)), svc(19, "97530", 2, ("GO", "CO")), svc(19, "97535", 1, ("GO", "CO")),
             svc(26, "97530", 3, ("GO",)), svc(26, "97760", 1, ("GO",)), svc(26, "L3807", 1, ("LT",), "", "PR")]),
           ("Summit Valley Occupational Therapy", "OT-26-004802", "MA2601A09410",
            [svc(28, "97168", 1, ("GO",)), svc(28, "97530", 2, ("GO", "KX"))]),
           ("Cedar Plains Neurology", "CPN-771903", "MA2601B00217", [svc(16, "99213", 1)]),
           ("Summit Valley Occupational Therapy", "OT-26-005130", "MA2601A10077",
            series((29, 30), (("97530", 2, ("GO",)), ("97535", 1, ("GO",)), ("97112", 1, ("GO",)))))]
    claims = []
    for prov, acct, clm, sv in raw:
        clip(sv, 30)
        for s in sv:
            commercial(s, st, deny_reason="204")
            if s.denied:
                s.remarks = ["3"]
            elif s.copay:
                s.remarks = ["1"]
        claims.append({"patient": mem, "prov": prov, "claim_id": acct, "payer_claim_id": clm, "svcs": sv})
    pen = Pen("reportlab", "LiberationSerif")
    pen.start(out / f"{name}.pdf")
    W = pen.w

    def furniture(p, n):
        p.text(42, 44, "Evergreen Senior Advantage (PPO)", 14, bold=True)
        p.text(42, 57, "Explanation of Benefits for Medicare medical services  -  January 2026", 9)
        p.text(W - 42, 44, f"Page {n}", 8, align="r")
        p.hline(42, W - 42, 64, 0.8)
        p.text(42, 772, "Evergreen Senior Advantage is a PPO plan with a Medicare contract. H9913-004. "
               "This is not a bill.", 6.8, gray=0.35)
        return 84

    y = furniture(pen, 1)
    pen.text(42, y, f"Member: {mem}", 9, bold=True)
    pen.text(42, y + 12, "Member number: ESA-40017729-01     Date of this notice: February 3, 2026", 8.5)
    pen.rect(360, y - 10, W - 402, 58)
    pen.text(368, y + 2, "Year-to-date totals (2026)", 8.5, bold=True)
    allsv = [s for c in claims for s in c["svcs"]]
    pen.text(368, y + 15, "Plan's share paid:  " + m(total(allsv, "paid")), 8)
    pen.text(368, y + 27, "Your share (counts toward max out-of-pocket):  " + m(total(allsv, "owes")), 8)
    pen.text(368, y + 39, "Max out-of-pocket for 2026:  $4,900.00", 8)
    y += 62
    pen.text(42, y, "Your medical claims this month", 11, bold=True)
    y += 4
    X = [42, 100, 160, 330, 390, 450, 510, 532]
    cols = [(X[0], "l", lambda s, c: dfmt(s.dos, "mdy4")), (X[1], "l", lambda s, c: " ".join((s.code,) + s.mods)),
            (X[2], "l", lambda s, c: s.desc), (X[3] + 40, "r", lambda s, c: m(s.billed)),
            (X[4] + 45, "r", lambda s, c: m(s.allowed)), (X[5] + 40, "r", lambda s, c: m(s.paid)),
            (X[6] + 12, "r", lambda s, c: m(s.owes)), (X[7] + 8, "l", lambda s, c: ",".join(s.remarks))]

    def head(p, cl, y, cont):
        y += 14
        p.text(42, y, f"Claim ID {cl['payer_claim_id']}  -  {cl['prov']}" + (" (cont.)" if cont else ""), 8.5,
               bold=True)
        p.text(42, y + 11, f"Provider's claim number: {cl['claim_id']}    Received 01/30/2026    Status: Processed",
               7.8)
        return y + 14

    def colhead(p, y):
        p.rect(42, y, W - 84, 22, fill=0.88, stroke=False)
        for x, a, b, al in ((X[0], "Date of", "service", "l"), (X[1], "Service", "code", "l"),
                            (X[2], "Description", "", "l"), (X[3] + 40, "Provider's", "charge", "r"),
                            (X[4] + 45, "Our approved", "amount", "r"), (X[5] + 40, "Plan's", "share", "r"),
                            (X[6] + 12, "Your", "share", "r"), (X[7] + 8, "Note", "", "l")):
            p.text(x, y + 9, a, 7, bold=True, align=al)
            p.text(x, y + 18, b, 7, bold=True, align=al)
        return y + 22

    def tot(p, cl, y):
        sv = cl["svcs"]
        y += 13
        p.hline(330, W - 42, y - 9, 0.4)
        p.text(X[2], y, "Claim totals", 7.8, bold=True)
        for x, a in ((X[3] + 40, "billed"), (X[4] + 45, "allowed"), (X[5] + 40, "paid"), (X[6] + 12, "owes")):
            p.text(x, y, m(total(sv, a)), 7.8, bold=True, align="r")
        return y

    f = Flow(pen, top=y, bottom=740, rh=14, fs=7.8, cols=cols, head_fn=head, colhead_fn=colhead,
             furniture_fn=furniture, total_fn=tot, gap=8)
    f.y = y
    for cl in claims:
        f.claim(cl)
    doc.legend = [("1", "Your plan's copay for an outpatient therapy visit applies."),
                  ("3", "Not covered by the plan. You may be asked to pay the provider's charge.")]
    f.need(60)
    y = f.y + 10
    pen.text(42, y, "Notes", 9, bold=True)
    for i, (k, v) in enumerate(doc.legend):
        pen.text(42, y + 12 * (i + 1), f"{k} - {v}", 7.8)
    for cl in claims:
        add_lines(doc, f, cl, ("billed", "allowed", "paid", "patient_owes"), units=False,
                  remarks=lambda s: s.remarks)
        sv = cl["svcs"]
        claim_truth(doc, cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                    patient_owes=total(sv, "owes"))
    finish(doc, pen, out)


# ================================================================================ d1 Medicaid RA, line printer

def d1(out: Path) -> None:
    name = "h88_d1"
    mt = lambda d: money(d, ",", "trail")  # noqa: E731
    doc = Doc(name, "reportlab", "State Medicaid RA, line printer Courier landscape, paid/adjusted/denied.",
              mfmt=mt, dfmt_=lambda d: dfmt(d, "mdy6"), cfmt=lambda c, mods: c, afmt=lambda g, r, a: r,
              all_adj=True)
    pen = Pen("reportlab", "Courier", land=True)
    pen.start(out / f"{name}.pdf")
    FS, LH = 7.4, 10.2

    def rng(s):
        return Svc(s.dos, s.code, s.units, s.mods, s.end, s.desc, s.denied)

    def mk(pt, rid, icn, acct, sv, kind="P"):
        for s in sv:
            medicaid(s, deny_reason="16" if s.denied else "197")
            s.remarks = ["M51"] if s.denied else []
        return {"patient": pt, "rid": rid, "payer_claim_id": icn, "claim_id": acct, "svcs": sv, "kind": kind}

    def w(d1_, d2_, code, u, mods=()):
        s = svc(d1_, code, u, mods)
        s.end = J(d2_)
        return s

    paid = [mk("DELACROIX-BAINS, OSCAR", "771204556", "2026012700018", "PAT80411",
               [w(5, 5, "97530", 3, ("GO",)), w(5, 5, "97110", 2, ("GO",)), w(7, 7, "97530", 3, ("GO",)),
                w(7, 7, "97112", 1, ("GO",)), w(12, 12, "97530", 4, ("GO",)), w(14, 14, "97530", 3, ("GO",)),
                w(14, 14, "97535", 2, ("GO",)), w(19, 19, "97530", 3, ("GO",)), w(21, 21, "97530", 3, ("GO",)),
                w(21, 21, "97140", 1, ("GO",)), w(26, 26, "97530", 3, ("GO",)), w(28, 28, "97168", 1, ("GO",))]),
            mk("FONTAINE, ISADORA", "771388902", "2026012700025", "PAT80433",
               [w(6, 6, "92507", 1, ("GN",)), w(13, 13, "92507", 1, ("GN",)), w(20, 20, "92507", 1, ("GN",)),
                w(27, 27, "92507", 1, ("GN",))]),
            mk("HOLLOWAY-ESPINO, RAFE", "771650283", "2026012700029", "PAT80440",
               [w(d, d, c, u, mo) for d in (5, 8, 12, 15, 19, 22, 26, 29)
                for c, u, mo in (("97110", 2, ("GP",)), ("97112", 1, ("GP",)))]),
            mk("KOWALCZYK, TEAGAN", "770915347", "2026012700032", "PAT80452",
               [w(8, 8, "97166", 1, ("GO",)), w(8, 8, "97530", 2, ("GO",)), w(15, 15, "97530", 3, ("GO",)),
                w(22, 22, "97530", 3, ("GO",)), w(29, 29, "97530", 2, ("GO",))])]
    orig = [w(5, 9, "97110", 4, ("GP",)), w(5, 9, "97140", 2, ("GP",))]
    for s in orig:
        medicaid(s)
    rev = []
    for s in orig:
        r = negate(s)
        r.end = s.end
        r.adjs = [("CO", "129", -s.paid)] + [(g, c, -a) for g, c, a in s.adjs]
        r.adjs = [("CO", "45", a) if c == "45" else (g, c, a) for g, c, a in r.adjs]
        rev.append(r)
    # a reversal: the whole billed amount comes back; printed as the negated original line
    for r, s in zip(rev, orig):
        r.adjs = [(g, c, -a) for g, c, a in s.adjs]
    adj_claims = [{"patient": "MBEKI, SOLOMON", "rid": "770220419", "payer_claim_id": "2026010900471",
                   "claim_id": "PAT79960", "svcs": rev, "kind": "A"},
                  mk("MBEKI, SOLOMON", "770220419", "2026012750003", "PAT79960",
                     [w(5, 9, "97110", 5, ("GP",)), w(5, 9, "97140", 2, ("GP",))], "A")]
    denied = [mk("OYELARAN, PRISCILLA", "772001845", "2026012700049", "PAT80470",
                 [svc(16, "97165", 1, ("GO",), "", "CO"), svc(16, "97530", 2, ("GO",), "", "CO")])]
    for s in denied[0]["svcs"]:
        s.end = s.dos

    def furniture(p, n):
        y = 30
        for t in ("RUN DATE 01/30/26           STATE OF NORTH ARDEN MEDICAL ASSISTANCE PROGRAM              "
                  f"PAGE {n:>4}",
                  "                            REMITTANCE ADVICE - PROFESSIONAL SERVICES",
                  "PROVIDER: HARBORVIEW KIDS THERAPY LLC     PROV NO 0044719260     RA NO 0926113     "
                  "WARRANT 00448120"):
            p.text(30, y, t, FS)
            y += LH
        p.text(30, y, "-" * 140, FS)
        return y + LH

    hdr = (f"  {'LN'} {'FROM':<6} {'THRU':<6} {'PROC':<5} {'MOD':<4} {'UNITS':>5} {'BILLED':>12} {'ALLOWED':>12} "
           f"{'PAID':>12}  {'ARC  ADJ-AMT':<15} RARC")

    def row(i, s):
        a = " ".join(f"{c:>3} {mt(x):>9}" for g, c, x in s.adjs) if s.adjs else ""
        return (f"  {i:02d} {dfmt(s.dos, 'mdy6')} {dfmt(s.end, 'mdy6')} {s.code} {' '.join(s.mods):<4} "
                f"{units_str(s.units):>5} {mt(s.billed):>12} {mt(s.allowed):>12} {mt(s.paid):>12}  {a:<15} "
                f"{' '.join(s.remarks)}")

    y = furniture(pen, 1)
    pages = {}
    bottom = 520

    def emit(t, cl=None):
        nonlocal y
        if y > bottom:
            pen.new_page()
            y = furniture(pen, pen.pages)
        pen.text(30, y, t, FS)
        y += LH

    grand = [ZERO, ZERO, ZERO]
    for title, group in (("*** PAID CLAIMS ***", paid), ("*** ADJUSTED CLAIMS ***", adj_claims),
                         ("*** DENIED CLAIMS ***", denied)):
        emit("")
        emit(title)
        emit(hdr)
        sb = [ZERO, ZERO, ZERO]
        for cl in group:
            tag = "ORIGINAL CLAIM REVERSED" if cl["svcs"] is rev else (
                "REPLACEMENT CLAIM" if cl["kind"] == "A" else "")
            emit(f" RECIPIENT {cl['patient']:<26} ID {cl['rid']}   ICN {cl['payer_claim_id']}   "
                 f"PATIENT ACCT {cl['claim_id']}   {tag}")
            for i, s in enumerate(cl["svcs"], 1):
                emit(row(i, s))
                pages[id(s)] = pen.pages
            sv = cl["svcs"]
            t = [total(sv, "billed"), total(sv, "allowed"), total(sv, "paid")]
            emit(f"{'      CLAIM TOTAL':<34}{mt(t[0]):>12} {mt(t[1]):>12} {mt(t[2]):>12}")
            sb = [a + b for a, b in zip(sb, t)]
        emit(f"{'   SECTION TOTAL':<34}{mt(sb[0]):>12} {mt(sb[1]):>12} {mt(sb[2]):>12}")
        grand = [a + b for a, b in zip(grand, sb)]
    emit("")
    emit(f"{'   NET PAYMENT THIS RA':<60}{mt(grand[2]):>12}")
    emit("")
    emit(" ADJUSTMENT REASON CODES:  45 CHARGE EXCEEDS PROGRAM MAXIMUM FEE   16 CLAIM MISSING REQUIRED INFORMATION")
    emit(" REMARK CODES:  M51 PROCEDURE CODE OR MODIFIER MISSING OR NOT VALID FOR PROGRAM")
    doc.legend = [("45", "Charge above the program's maximum fee."), ("16", "Claim lacks information needed."),
                  ("M51", "Procedure code or modifier not valid for the program.")]
    fl = type("F", (), {"pages": pages})()
    for cl in paid + adj_claims + denied:
        for s in cl["svcs"]:
            doc.lines.append(truth_line(pages[id(s)], s, claim_id=cl["claim_id"], payer_claim_id=cl["payer_claim_id"],
                                        patient=cl["patient"], printed=("billed", "allowed", "paid"),
                                        service_end=s.end, adjustments=s.adjs, remarks=s.remarks, description=False))
        sv = cl["svcs"]
        claim_truth(doc, cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"))
    del fl
    finish(doc, pen, out)


# ================================================================================ d2 Medicaid MCO boxed grid

def d2(out: Path) -> None:
    name = "h88_d2"
    m = lambda d: money(d, ",", "()")  # noqa: E731
    doc = Doc(name, "fpdf2", "Medicaid MCO provider remittance, boxed grid, copay as PR-3.",
              mfmt=m, dfmt_=lambda d: dfmt(d, "mdy4"), cfmt=lambda c, mods: c,
              afmt=lambda g, r, a: f"{g}-{r}", all_adj=True)

    def mk(pt, mid, tcn, acct, sv, copay=ZERO):
        for s in sv:
            medicaid(s, deny_reason="N")
            s.end = s.dos
            if s.denied:
                s.adjs = [("CO", "96", s.billed)]
                s.remarks = ["N130"]
            elif copay and s is sv[0]:
                s.copay = copay
                s.paid -= copay
                s.owes = copay
                s.adjs.append(("PR", "3", copay))
        return {"patient": pt, "mid": mid, "payer_claim_id": tcn, "claim_id": acct, "svcs": sv}

    claims = [
        mk("Quintrell, Amara J", "MC40877120", "60260280011", "QA-20260106",
           [svc(6, "92523", 1, ("GN",)), svc(8, "92507", 1, ("GN",)), svc(13, "92507", 1, ("GN",)),
            svc(15, "92507", 1, ("GN",)), svc(20, "92507", 1, ("GN",)), svc(22, "92526", 1, ("GN",)),
            svc(27, "92507", 1, ("GN",)), svc(29, "92526", 1, ("GN",))], Decimal("2.00")),
        mk("Quintrell, Bastian", "MC40877138", "60260280012", "QB-20260107",
           [svc(7, "97165", 1, ("GO",)), svc(7, "97530", 2, ("GO",)), svc(14, "97530", 3, ("GO",)),
            svc(14, "97112", 1, ("GO", "59")), svc(21, "97530", 3, ("GO",)), svc(21, "97129", 2, ("GO",)),
            svc(28, "97530", 2, ("GO",)), svc(28, "97535", 1, ("GO",))]
           + series((29, 30), (("97530", 2, ("GO",)), ("97112", 1, ("GO",))))),
        mk("Quintrell, Amara J", "MC40877120", "60260280015", "QA-20260120",
           series((5, 12, 19, 26), (("97530", 2, ("GO",)), ("97535", 1, ("GO",)), ("97129", 1, ("GO",))))),
        mk("Ruelas-Thorne, Esme", "MC51290004", "60260280019", "RE-20260109",
           [svc(9, "97163", 1, ("GP",)), svc(9, "97110", 2, ("GP",)), svc(16, "97110", 2, ("GP",)),
            svc(16, "97140", 2, ("GP",)), svc(23, "97116", 2, ("GP",)), svc(23, "97110", 2, ("GP",)),
            svc(30, "97110", 3, ("GP",))], Decimal("3.00")),
        mk("Sandoval, Teo", "MC39921561", "60260280024", "ST-20260112",
           [svc(12, "97530", 2, ("GO",), "", "CO"), svc(12, "97535", 2, ("GO",), "", "CO")]),
    ]
    for s in claims[0]["svcs"]:
        s.desc = s.desc  # speech lines keep our short wording
    pen = Pen("fpdf2", "LiberationSansNarrow")
    pen.start(out / f"{name}.pdf")
    W = pen.w

    def furniture(p, n):
        p.rect(30, 26, W - 60, 40, fill=0.15, stroke=False)
        p.text(40, 44, "PRAIRIE STATE COMMUNITY CARE", 13, bold=True, gray=1.0)
        p.text(40, 58, "Medicaid Managed Care  |  Provider Remittance Advice", 8.5, gray=1.0)
        p.text(W - 40, 44, f"Page {n}", 8, align="r", gray=1.0)
        p.text(W - 40, 58, "Payee: Tallgrass Pediatric Therapies  NPI 1740223851", 8, align="r", gray=1.0)
        p.text(30, 772, "Payment 01/31/2026   EFT trace 1PSCC0131260044   Questions: Provider Services 1-888-555-0190",
               6.8, gray=0.3)
        return 82

    X = [30, 48, 94, 140, 172, 192, 212, 240, 288, 334, 366, 414, 490, W - 30]
    heads = ["Ln", "From", "Thru", "Proc", "M1", "M2", "Units", "Charge", "Allowed", "Copay", "Paid",
             "CARC  Amt", "RARC"]

    def cells(i, s):
        a = "  ".join(f"{g}-{c} {m(x)}" for g, c, x in s.adjs)
        return [str(i), dfmt(s.dos, "mdy4"), dfmt(s.end, "mdy4"), s.code, s.mods[0] if s.mods else "",
                s.mods[1] if len(s.mods) > 1 else "", units_str(s.units), m(s.billed), m(s.allowed), m(s.copay),
                m(s.paid), a, " ".join(s.remarks)]

    right = {6, 7, 8, 9, 10}

    def grid_row(p, y, vals, h, bold=False, fill=None):
        if fill is not None:
            p.rect(X[0], y, X[-1] - X[0], h, fill=fill)
        else:
            p.rect(X[0], y, X[-1] - X[0], h)
        for i in range(1, len(X) - 1):
            p.vline(X[i], y, y + h, 0.3)
        for i, v in enumerate(vals):
            if i in right:
                p.text(X[i + 1] - 2, y + h - 3.5, v, 7.2, bold=bold, align="r")
            else:
                p.text(X[i] + 2, y + h - 3.5, v, 7.2, bold=bold)

    y = furniture(pen, 1)
    pages = {}
    bottom = 745

    def band(cl, y, cont):
        pen.rect(X[0], y, X[-1] - X[0], 14, fill=0.85)
        pen.text(34, y + 10, f"Member: {cl['patient']}   Member ID: {cl['mid']}   TCN: {cl['payer_claim_id']}   "
                 f"Pt Acct: {cl['claim_id']}" + ("   (continued from previous page)" if cont else ""), 7.6,
                 bold=True)
        return y + 14

    for cl in claims:
        if y + 60 > bottom:
            pen.new_page()
            y = furniture(pen, pen.pages)
        y = band(cl, y + 6, False)
        grid_row(pen, y, heads, 12, bold=True, fill=0.95)
        y += 12
        for i, s in enumerate(cl["svcs"], 1):
            if y + 13 > bottom:
                pen.new_page()
                y = band(cl, furniture(pen, pen.pages), True)
                grid_row(pen, y, heads, 12, bold=True, fill=0.95)
                y += 12
            grid_row(pen, y, cells(i, s), 13)
            pages[id(s)] = pen.pages
            y += 13
        sv = cl["svcs"]
        tv = ["", "Claim totals", "", "", "", "", "", m(total(sv, "billed")), m(total(sv, "allowed")),
              m(total(sv, "copay")), m(total(sv, "paid")), "", ""]
        grid_row(pen, y, tv, 13, bold=True)
        y += 20
    if y + 50 > bottom:
        pen.new_page()
        y = furniture(pen, pen.pages)
    doc.legend = [("CO-45", "Contracted rate is lower than the charge."), ("PR-3", "Member copayment."),
                  ("CO-96", "Service not covered under the member's benefit package."),
                  ("N130", "Check the member's benefit plan for limits on this service.")]
    pen.text(30, y + 8, "Code explanations", 8.5, bold=True)
    for i, (k, v) in enumerate(doc.legend):
        pen.text(30, y + 20 + 10 * i, f"{k}  {v}", 7.2)
    for cl in claims:
        for s in cl["svcs"]:
            doc.lines.append(truth_line(pages[id(s)], s, claim_id=cl["claim_id"], payer_claim_id=cl["payer_claim_id"],
                                        patient=cl["patient"], printed=("billed", "allowed", "copay", "paid"),
                                        service_end=s.end, adjustments=s.adjs, remarks=s.remarks, description=False))
        sv = cl["svcs"]
        claim_truth(doc, cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"))
    finish(doc, pen, out)


# ================================================================================ p1 SPR print image

def p1(out: Path) -> None:
    name = "h88_p1"
    m = lambda d: money(d, "", "trail")  # noqa: E731
    doc = Doc(name, "reportlab", "Clearinghouse print image of a Medicare Part B standard paper remit, mono.",
              mfmt=m, dfmt_=lambda d: f"{d:%m%d} {d:%m%d%y}", cfmt=lambda c, mods: c + "".join(mods),
              afmt=lambda g, r, a: f"{g}-{r}", all_adj=True, seq=True)
    st = PlanState(ded_left=Decimal("60.00"))
    raw = [("WHITLOCK, CORNELIUS", "1EG4TE5MK72", "WPT0512-3", "0226027118400",
            [svc(5, "97110", 2, ("GP",)), svc(5, "97140", 1, ("GP", "59")), svc(5, "97112", 1, ("GP",))]),
           ("WHITLOCK, CORNELIUS", "1EG4TE5MK72", "WPT0512-4", "0226027118401",
            [svc(8, "97110", 3, ("GP", "KX")), svc(8, "97116", 1, ("GP", "KX"))]),
           ("NAKAGAWA, FUMIKO", "3RT7YH2WQ09", "WPT0530-1", "0226027118455",
            [svc(6, "97166", 1, ("GO",)), svc(6, "97530", 2, ("GO",)), svc(9, "97530", 3, ("GO", "CO")),
             svc(9, "97535", 1, ("GO", "CO")), svc(13, "97530", 2, ("GO",)), svc(13, "97110", 2, ("GO",)),
             svc(16, "97530", 3, ("GO",)), svc(16, "97140", 1, ("GO",)), svc(20, "97530", 2, ("GO", "CO")),
             svc(20, "97112", 1, ("GO",)), svc(23, "97530", 3, ("GO",)), svc(23, "97168", 1, ("GO",))]),
           ("WHITLOCK, CORNELIUS", "1EG4TE5MK72", "WPT0512-5", "0226027118431",
            series((12, 14, 16, 19, 21, 23, 26, 28), (("97110", 2, ("GP", "KX")), ("97112", 1, ("GP", "KX"))))),
           ("PELLETIER-ROOS, MARGUERITE", "6WN2KD8LP44", "WPT0547-2", "0226027118502",
            [svc(12, "97161", 1, ("GP",)), svc(12, "97110", 2, ("GP",)), svc(12, "G0283", 1, ("GP",))])]
    claims = []
    for pt, hic, acct, icn, sv in raw:
        for s in sv:
            medicare(s, st)
        claims.append({"patient": pt, "hic": hic, "claim_id": acct, "payer_claim_id": icn, "svcs": sv})
    pen = Pen("reportlab", "LiberationMono", land=True)
    pen.start(out / f"{name}.pdf")
    FS, LH = 6.9, 9.4

    def furniture(p, n):
        y = 30
        for t in ("PIEDMONT PLAINS MEDICARE ADMINISTRATIVE CONTRACTOR              MEDICARE REMITTANCE NOTICE"
                  f"                 PAGE #: {n}",
                  "PO BOX 66018                                    WILLOWCROFT PHYSICAL & OCCUPATIONAL THERAPY",
                  "BRENNAN CITY, KY 40119                          PROVIDER #: 1588430027      DATE: 01/29/2026",
                  "                   (reprinted by ClearPath Claims Exchange, batch CPX-260129-07)",
                  ""):
            p.text(28, y, t, FS)
            y += LH
        return y

    hdr1 = "PERF PROV   SERV DATE    POS NOS PROC/MODS        BILLED  ALLOWED  DEDUCT   COINS  GRP/RC-AMT" \
           "                                      PROV PD"

    def row(s):
        a = " ".join(f"{g}-{c} {m(x)}" for g, c, x in s.adjs)
        pm = s.code + "".join(s.mods)
        return (f"1588430027  {s.dos:%m%d} {s.dos:%m%d%y}  11  {units_str(s.units):>2}  {pm:<12} "
                f"{m(s.billed):>9} {m(s.allowed):>8} {m(s.deductible):>7} {m(s.coinsurance):>7}  {a:<46}"
                f"{m(s.paid):>8}")

    y = furniture(pen, 1)
    pen.text(28, y, hdr1, FS)
    y += LH * 1.5
    pages = {}

    def emit(t):
        nonlocal y
        if y > 500:
            pen.new_page()
            y = furniture(pen, pen.pages)
        pen.text(28, y, t, FS)
        y += LH

    for cl in claims:
        sv = cl["svcs"]
        emit(f"NAME {cl['patient']:<28} HIC {cl['hic']}   ACNT {cl['claim_id']:<12} ICN {cl['payer_claim_id']}"
             "   ASG Y   MOA MA01")
        for s in sv:
            emit(row(s))
            pages[id(s)] = pen.pages
        pr = total(sv, "owes")
        emit(f"{'PT RESP ' + m(pr):<24}{'CLAIM TOTALS':<22}{m(total(sv, 'billed')):>9} {m(total(sv, 'allowed')):>8} "
             f"{m(total(sv, 'deductible')):>7} {m(total(sv, 'coinsurance')):>7}  {'':<46}{m(total(sv, 'paid')):>8}")
        emit(f"{'':<124}NET {m(total(sv, 'paid')):>8}")
        emit("")
    allsv = [s for c in claims for s in c["svcs"]]
    emit(f"TOTALS:  # OF CLAIMS {len(claims)}   BILLED AMT {m(total(allsv, 'billed'))}   ALLOWED AMT "
         f"{m(total(allsv, 'allowed'))}   PROV PD AMT {m(total(allsv, 'paid'))}   CHECK AMT {m(total(allsv, 'paid'))}")
    emit("")
    emit("GLOSSARY: CO-45 CHARGE OVER FEE SCHEDULE. PR-1 DEDUCTIBLE. PR-2 COINSURANCE. CO-253 PAYMENT REDUCTION. "
         "MA01 APPEAL RIGHTS APPLY.")
    doc.legend = [("CO-45", "Charge over the fee schedule."), ("PR-1", "Deductible."), ("PR-2", "Coinsurance."),
                  ("CO-253", "Federal payment reduction."), ("MA01", "Appeal rights apply.")]
    for cl in claims:
        for s in cl["svcs"]:
            doc.lines.append(truth_line(pages[id(s)], s, claim_id=cl["claim_id"], payer_claim_id=cl["payer_claim_id"],
                                        patient=cl["patient"], printed=("billed", "allowed", "deductible",
                                                                        "coinsurance", "paid"),
                                        service_end=s.dos, adjustments=s.adjs, description=False))
        sv = cl["svcs"]
        claim_truth(doc, cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                    patient_owes=total(sv, "owes"))
    finish(doc, pen, out)


# ================================================================================ p2 PM ERA posting journal

def p2(out: Path) -> None:
    name = "h88_p2"
    m = lambda d: money(d, ",")  # noqa: E731
    doc = Doc(name, "fpdf2", "Practice-management ERA posting journal of a Medicare payment, landscape.",
              mfmt=m, dfmt_=lambda d: dfmt(d, "mdyn"), cfmt=lambda c, mods: c,
              afmt=lambda g, r, a: f"{g}-{r}", all_adj=True, plan_math=True, seq=True)
    st = PlanState(ded_left=ZERO)
    raw = [("100482", "Bramwell, Hester", "22602611904471",
            [svc(5, "97530", 3, ("GO",)), svc(5, "97535", 1, ("GO",)), svc(7, "97530", 2, ("GO",)),
             svc(7, "97110", 2, ("GO",)), svc(12, "97530", 3, ("GO", "KX")), svc(12, "97140", 1, ("GO", "59"))]),
           ("100517", "Ochoa-Lindgren, Rafael", "22602611904488",
            [svc(6, "97162" if False else "97161", 1, ("GP",)), svc(6, "97110", 2, ("GP",)),
             svc(9, "97110", 2, ("GP", "CQ")), svc(9, "97112", 1, ("GP", "CQ")), svc(9, "0552T", 1, (), "", "CO")]),
           ("100533", "Tsosie, Delphine", "22602611904502",
            [svc(8, "92523", 1, ("GN",)), svc(15, "92507", 1, ("GN",)), svc(22, "92507", 1, ("GN",))]),
           ("100540", "Bramwell, Hester", "22602611904519", [svc(14, "97530", 3, ("GO",)), svc(14, "97760", 1, ("GO",))]),
           ("100517", "Ochoa-Lindgren, Rafael", "22602611904533",
            series((13, 16, 20, 23, 27, 30), (("97110", 2, ("GP", "CQ")), ("97116", 1, ("GP", "CQ")),
                                              ("97140", 1, ("GP",))))),
           ("100561", "Tsosie, Delphine", "22602611904540", series((27, 29), (("92507", 1, ("GN",)),)))]
    claims = []
    for acct, pt, icn, sv in raw:
        for s in sv:
            medicare(s, st, deny_reason="50")
            if s.denied:
                s.remarks = ["N425"]
        claims.append({"patient": pt, "claim_id": acct, "payer_claim_id": icn, "svcs": sv})
    pen = Pen("fpdf2", "LiberationSans", land=True)
    pen.start(out / f"{name}.pdf")
    W = pen.w

    def furniture(p, n):
        p.text(30, 32, "Larkspur Therapy Partners", 12, bold=True)
        p.text(30, 44, "ERA Posting Journal  -  Payer: MEDICARE PART B (J15)  -  Check/EFT 860044127  -  "
               "Deposit date 1/30/2026", 8)
        p.text(W - 30, 32, "Printed 2/2/2026 8:14 AM  by  jkoval", 7.5, align="r")
        p.text(W - 30, 44, f"Page {n}", 7.5, align="r")
        p.hline(30, W - 30, 50, 0.6)
        return 62

    X = {"dos": 30, "cpt": 80, "mod": 112, "un": 170, "ch": 222, "al": 270, "de": 312, "co": 354, "sq": 394,
         "ip": 442, "pr": 488, "adj": 500, "rk": 720}
    cols = [(X["dos"], "l", lambda s, c: dfmt(s.dos, "mdyn")), (X["cpt"], "l", lambda s, c: s.code),
            (X["mod"], "l", lambda s, c: ",".join(s.mods)), (X["un"], "r", lambda s, c: units_str(s.units)),
            (X["ch"], "r", lambda s, c: m(s.billed)), (X["al"], "r", lambda s, c: m(s.allowed)),
            (X["de"], "r", lambda s, c: m(s.deductible)), (X["co"], "r", lambda s, c: m(s.coinsurance)),
            (X["sq"], "r", lambda s, c: m(s.seq)), (X["ip"], "r", lambda s, c: m(s.paid)),
            (X["pr"], "r", lambda s, c: m(s.owes)),
            (X["adj"], "l", lambda s, c: "  ".join(f"{g}-{r} {m(a)}" for g, r, a in s.adjs)),
            (X["rk"], "l", lambda s, c: " ".join(s.remarks))]

    def head(p, cl, y, cont):
        p.rect(30, y + 3, W - 60, 13, fill=0.92, stroke=False)
        p.text(34, y + 13, f"Acct {cl['claim_id']}   Patient: {cl['patient']}   Payer ICN {cl['payer_claim_id']}"
               "   Claim status: 1 - Processed as primary" + ("   (cont'd)" if cont else ""), 7.8, bold=True)
        return y + 17

    def colhead(p, y):
        for k, t, a in (("dos", "DOS", "l"), ("cpt", "CPT", "l"), ("mod", "Mods", "l"), ("un", "Un", "r"),
                        ("ch", "Charge", "r"), ("al", "Allowed", "r"), ("de", "Deduct", "r"), ("co", "Coins", "r"),
                        ("sq", "Seq", "r"), ("ip", "Ins Paid", "r"), ("pr", "Pt Resp", "r"),
                        ("adj", "Adj codes / amounts", "l"), ("rk", "Rmk", "l")):
            p.text(X[k], y + 9, t, 7, bold=True, align=a)
        p.hline(30, W - 30, y + 12, 0.3)
        return y + 12

    def tot(p, cl, y):
        sv = cl["svcs"]
        y += 11
        p.text(X["cpt"], y, "Claim totals", 7.4, bold=True)
        for k, a in (("ch", "billed"), ("al", "allowed"), ("de", "deductible"), ("co", "coinsurance"), ("sq", "seq"),
                     ("ip", "paid"), ("pr", "owes")):
            p.text(X[k], y, m(total(sv, a)), 7.4, bold=True, align="r")
        return y

    y = furniture(pen, 1)
    f = Flow(pen, top=y, bottom=560, rh=11, fs=7.4, cols=cols, head_fn=head, colhead_fn=colhead,
             furniture_fn=furniture, total_fn=tot, gap=8)
    f.y = y
    for cl in claims:
        f.claim(cl)
    allsv = [s for c in claims for s in c["svcs"]]
    f.need(40)
    pen.text(30, f.y + 12, f"Batch totals:  Charges {m(total(allsv, 'billed'))}   Insurance paid "
             f"{m(total(allsv, 'paid'))}   Patient responsibility transferred {m(total(allsv, 'owes'))}", 8, bold=True)
    doc.legend = [("N425", "Statutorily excluded service.")]
    for cl in claims:
        add_lines(doc, f, cl, ("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                  adj=True, remarks=lambda s: s.remarks, desc=False)
        sv = cl["svcs"]
        claim_truth(doc, cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                    patient_owes=total(sv, "owes"))
    finish(doc, pen, out)


# ================================================================================ s1 therapy clinic family statement

def s1(out: Path) -> None:
    name = "h88_s1"
    m = lambda d: money(d, "$")  # noqa: E731
    doc = Doc(name, "reportlab", "Outpatient therapy clinic family statement, visits with insurer claim numbers.",
              mfmt=m, dfmt_=lambda d: dfmt(d, "mon"), cfmt=lambda c, mods: c, date_in_head=True)
    st = PlanState(ded_left=Decimal("95.00"), allowed_rate=Decimal("0.72"), coins_rate=Decimal("0.10"))
    raw = [("Rowan Esterbrook", 5, "V-260105-0142", "KBS260107A1163",
            [svc(5, "97166", 1, ("GO",)), svc(5, "97530", 2, ("GO",)), svc(5, "97535", 1, ("GO",))]),
           ("Rowan Esterbrook", 12, "V-260112-0177", "KBS260114A2250",
            [svc(12, "97530", 3, ("GO",)), svc(12, "97112", 1, ("GO",)), svc(12, "97533", 1, ("GO",)) if False
             else svc(12, "97110", 1, ("GO",))]),
           ("Linnea Esterbrook", 7, "V-260107-0150", "KBS260109A1591",
            [svc(7, "92523", 1, ("GN",)), svc(7, "92507", 1, ("GN",))]),
           ("Linnea Esterbrook", 14, "V-260114-0189", "KBS260116A2714",
            [svc(14, "92507", 1, ("GN",)), svc(14, "92526", 1, ("GN",))]),
           ("Caspian Esterbrook", 9, "V-260109-0163", "KBS260112A1932",
            [svc(9, "97161", 1, ("GP",)), svc(9, "97110", 2, ("GP",)), svc(9, "97140", 1, ("GP",)),
             svc(9, "97760", 1, ("GP",), "", "PR")]),
           ("Caspian Esterbrook", 16, "V-260116-0201", "KBS260120A3048",
            [svc(16, "97110", 3, ("GP",)), svc(16, "97116", 2, ("GP",)), svc(16, "97112", 1, ("GP",))]),
           ("Caspian Esterbrook", 23, "V-260123-0222", "KBS260127A3590",
            [svc(23, "97110", 2, ("GP",)), svc(23, "97530", 2, ("GP",)), svc(23, "97140", 1, ("GP",))]),
           ("Rowan Esterbrook", 19, "V-260119-0210", "KBS260121A3311",
            [svc(19, "97530", 3, ("GO",)), svc(19, "97535", 1, ("GO",)), svc(19, "97112", 1, ("GO",)),
             svc(19, "97129", 1, ("GO",))]),
           ("Linnea Esterbrook", 21, "V-260121-0215", "KBS260123A3402",
            [svc(21, "92507", 1, ("GN",)), svc(21, "92526", 1, ("GN",))]),
           ("Rowan Esterbrook", 26, "V-260126-0231", "KBS260128A3707",
            [svc(26, "97530", 3, ("GO",)), svc(26, "97110", 1, ("GO",)), svc(26, "97168", 1, ("GO",))])]
    claims = []
    for pt, d, visit, clm, sv in raw:
        clip(sv, 28)
        for s in sv:
            commercial(s, st, deny_reason="204")
        claims.append({"patient": pt, "d": d, "claim_id": visit, "payer_claim_id": clm, "svcs": sv})
    pen = Pen("reportlab", "DejaVuSerif")
    pen.start(out / f"{name}.pdf")
    W = pen.w
    allsv = [s for c in claims for s in c["svcs"]]
    due = total(allsv, "owes")

    def furniture(p, n):
        p.text(40, 42, "Kestrel Bay Pediatric & Family Therapy", 13, bold=True)
        p.text(40, 54, "412 Marlowe Street, Suite 2B  -  Port Anselm, ME 04122  -  (207) 555-0163", 7.5)
        p.text(W - 40, 42, "STATEMENT", 12, bold=True, align="r")
        p.text(W - 40, 54, f"Page {n}", 7.5, align="r")
        p.hline(40, W - 40, 60, 0.8)
        p.hline(40, W - 40, 712, 0.4)
        p.text(40, 724, "Insurance has processed the visits shown. The amount in Your Part is what your plan says you owe.", 7)
        p.text(40, 735, "Billing questions: call (207) 555-0163, option 3. We accept HSA/FSA cards and payment plans.", 7)
        return 76

    y = furniture(pen, 1)
    pen.rect(40, y - 4, W - 80, 64)
    pen.text(48, y + 8, "Please detach and return the top portion with your payment.", 7, gray=0.3)
    pen.text(48, y + 22, "Responsible party: Imogen Esterbrook", 8.5, bold=True)
    pen.text(48, y + 34, "27 Tidewater Lane, Port Anselm, ME 04121", 8)
    pen.text(48, y + 46, "Account no.: KB-0093318     Statement date: Feb 2, 2026", 8)
    pen.text(W - 48, y + 22, "Amount due", 8.5, bold=True, align="r")
    pen.text(W - 48, y + 36, m(due), 12, bold=True, align="r")
    pen.text(W - 48, y + 50, "Due by Feb 27, 2026", 8, align="r")
    y += 66
    for xx in range(40, int(W - 40), 8):
        pen.hline(xx, xx + 4, y, 0.4)
    y += 8
    X = [40, 84, 116, 150, 300, 372, 436, W - 40]
    cols = [(X[0], "l", lambda s, c: s.code), (X[1], "l", lambda s, c: " ".join(s.mods)),
            (X[2] + 20, "r", lambda s, c: units_str(s.units)), (X[3], "l", lambda s, c: s.desc),
            (X[4] + 60, "r", lambda s, c: m(s.billed)), (X[5] + 55, "r", lambda s, c: m(s.paid)),
            (X[6] + 60, "r", lambda s, c: m(s.discount + s.not_covered if s.denied == "CO" else s.discount)),
            (X[7], "r", lambda s, c: m(s.owes))]

    def head(p, cl, y, cont):
        y += 12
        p.text(40, y, f"{dfmt(J(cl['d']), 'mon')}   {cl['patient']}   Visit {cl['claim_id']}" +
               ("  (continued)" if cont else ""), 8, bold=True)
        p.text(W - 40, y, f"Billed to Keystone Blue Shield, claim # {cl['payer_claim_id']}", 7.3, align="r")
        return y + 2

    def colhead(p, y):
        p.hline(40, W - 40, y + 2, 0.3)
        for x, t, a in ((X[0], "Code", "l"), (X[1], "Mod", "l"), (X[2] + 20, "Units", "r"), (X[3], "Description", "l"),
                        (X[4] + 60, "Charges", "r"), (X[5] + 55, "Ins Paid", "r"), (X[6] + 60, "Write-off", "r"),
                        (X[7], "Your Part", "r")):
            p.text(x, y + 11, t, 7.2, bold=True, align=a)
        return y + 13

    def tot(p, cl, y):
        sv = cl["svcs"]
        y += 11
        p.text(X[3], y, "Visit total", 7.3, bold=True)
        for x, v in ((X[4] + 60, total(sv, "billed")), (X[5] + 55, total(sv, "paid")),
                     (X[6] + 60, total(sv, "discount")), (X[7], total(sv, "owes"))):
            p.text(x, y, m(v), 7.3, bold=True, align="r")
        return y

    f = Flow(pen, top=y, bottom=690, rh=12, fs=7.5, cols=cols, head_fn=head, colhead_fn=colhead,
             furniture_fn=furniture, total_fn=tot, gap=10)
    f.y = y
    for cl in claims:
        f.claim(cl)
    f.need(50)
    y = f.y + 8
    pen.text(40, y, "Account aging", 8, bold=True)
    for i, (a, b) in enumerate((("Current", due), ("31-60 days", ZERO), ("61-90 days", ZERO), ("Over 90", ZERO))):
        pen.rect(40 + i * 130, y + 4, 124, 26)
        pen.text(46 + i * 130, y + 15, a, 7.2)
        pen.text(158 + i * 130, y + 26, m(b), 8, bold=True, align="r")
    for cl in claims:
        add_lines(doc, f, cl, ("billed", "paid", "patient_owes", "discount"), remarks=None)
        sv = cl["svcs"]
        claim_truth(doc, cl, billed=total(sv, "billed"), paid=total(sv, "paid"), patient_owes=total(sv, "owes"))
    finish(doc, pen, out)


# ================================================================================ s2 hospital itemized family statement

def s2(out: Path) -> None:
    name = "h88_s2"
    m = lambda d: money(d, ",", "trail")  # noqa: E731
    doc = Doc(name, "fpdf2", "Hospital outpatient itemized family statement with sidebar, charges per line.",
              mfmt=m, dfmt_=lambda d: dfmt(d, "mdy2"), cfmt=lambda c, mods: c)
    rev = {"97": "0430", "92": "0440", "99": "0510", "G0": "0420", "L3": "0274", "05": "0420"}
    raw = [("HARTIGAN, MAEVE O", "4410082213", "GLM-9920146-01",
            [svc(6, "97167", 1, ("GO",)), svc(6, "97760", 2, ("GO",), LONG_DESC["97760"]),
             svc(6, "L3807", 1, ("RT",), LONG_DESC["L3807"]), svc(13, "97530", 3, ("GO",)),
             svc(13, "97140", 2, ("GO",), LONG_DESC["97140"]), svc(20, "97530", 3, ("GO",)),
             svc(20, "97535", 2, ("GO",), LONG_DESC["97535"]), svc(27, "97530", 2, ("GO",)),
             svc(27, "97110", 2, ("GO",), LONG_DESC["97110"]), svc(27, "97168", 1, ("GO",))]),
           ("HARTIGAN, FINN D", "4410082394", "GLM-9920311-01",
            [svc(10, "92523", 1, ("GN",)), svc(17, "92507", 1, ("GN",)), svc(24, "92507", 1, ("GN",)),
             svc(24, "99213", 1, ())] + series((27, 28), (("92507", 1, ("GN",)), ("92526", 1, ("GN",))))),
           ("HARTIGAN, ROSALIND M", "4410082551", "GLM-9920487-01",
            [svc(12, "97161", 1, ("GP",)), svc(12, "97110", 2, ("GP",), LONG_DESC["97110"])]
            + series((14, 19, 21, 26, 28), (("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("G0283", 1, ("GP",))),
                     lambda i, j, p: (p[0], p[1], p[2]) if j < 2 or i % 2 == 0 else ("97116", 1, ("GP",))))]
    claims = []
    for pt, acct, clm, sv in raw:
        for s in sv:
            s.paid = ZERO
        claims.append({"patient": pt, "claim_id": acct, "payer_claim_id": clm, "svcs": sv})
    ins = {"4410082213": (Decimal("1512.66"), Decimal("647.34")), "4410082394": (Decimal("862.40"),
                                                                                 Decimal("611.35")),
           "4410082551": (Decimal("1046.18"), Decimal("538.27"))}
    pen = Pen("fpdf2", "LiberationSerif")
    pen.start(out / f"{name}.pdf")
    W = pen.w
    right = W - 170

    def furniture(p, n):
        p.text(36, 40, "St. Brigid Valley Medical Center", 14, bold=True)
        p.text(36, 52, "Outpatient Rehabilitation Services  -  Patient Financial Services", 8)
        p.text(36 if n > 1 else right - 10, 64 if n > 1 else 40, f"Page {n}", 8,
               align="l" if n > 1 else "r")
        p.hline(36, (W - 36) if n > 1 else right - 10, 70, 0.7)
        return 86

    y = furniture(pen, 1)
    pen.rect(right, 30, W - 36 - right, 300, fill=0.9, stroke=False)
    side = ["Guarantor", "WALLACE T HARTIGAN", "81 Fenmore Court", "Ashgrove, VT 05033", "",
            "Statement date", "02/02/26", "", "Guarantor no.", "G-0077120", "", "Balance due",
            "", "", "Pay online at", "stbrigid-pay.example", "or call 802-555-0117"]
    balance = ZERO
    for cl in claims:
        b, paid_adj = ins[cl["claim_id"]]
        balance += total(cl["svcs"], "billed") - b - paid_adj
    side[12] = m(balance)
    for i, t in enumerate(side):
        pen.text(right + 8, 48 + i * 12, t, 8, bold=(i in (0, 5, 8, 11, 12)))
    X = [36, 78, 108, 146, 172, 196, right - 14]
    cols = [(X[0], "l", lambda s, c: dfmt(s.dos, "mdy2")), (X[1], "l", lambda s, c: rev[s.code[:2]]),
            (X[2], "l", lambda s, c: s.code), (X[3], "l", lambda s, c: " ".join(s.mods)),
            (X[4] + 14, "r", lambda s, c: units_str(s.units)), (X[5], "l", lambda s, c: ""),
            (X[6], "r", lambda s, c: m(s.billed))]

    def head(p, cl, y, cont):
        y += 12
        p.text(36, y, f"Patient: {cl['patient']}    Account {cl['claim_id']}" + ("  (continued)" if cont else ""),
               8.3, bold=True)
        p.text(36, y + 11, f"Insurance: Granite Lakes Mutual   Claim {cl['payer_claim_id']}", 7.5)
        return y + 12

    def colhead(p, y):
        p.hline(36, X[6], y + 2, 0.3)
        for x, t, a in ((X[0], "Date", "l"), (X[1], "Rev", "l"), (X[2], "HCPCS", "l"), (X[3], "Mod", "l"),
                        (X[4] + 14, "Qty", "r"), (X[5], "Description", "l"), (X[6], "Charges", "r")):
            p.text(x, y + 11, t, 7.3, bold=True, align=a)
        p.hline(36, X[6], y + 14, 0.3)
        return y + 14

    def extra(fl, cl):
        b, a = ins[cl["claim_id"]]
        for t, v in (("Insurance payment - Granite Lakes Mutual 01/30/26", -b),
                     ("Contractual adjustment - Granite Lakes Mutual", -a)):
            fl.need(fl.rh)
            fl.y += fl.rh
            fl.pen.text(X[5], fl.y, t, 7.4)
            fl.pen.text(X[6], fl.y, m(v), 7.4, align="r")

    def tot(p, cl, y):
        sv = cl["svcs"]
        b, a = ins[cl["claim_id"]]
        y += 12
        p.text(X[5], y, f"Total charges {m(total(sv, 'billed'))}     Account balance "
               f"{m(total(sv, 'billed') - b - a)}", 7.6, bold=True)
        return y

    f = Flow(pen, top=y, bottom=742, rh=11.5, fs=7.4, cols=cols, head_fn=head, colhead_fn=colhead,
             furniture_fn=furniture, desc_col=5, desc_wrap=44, total_fn=tot, extra_fn=extra, gap=10)
    f.y = y
    for cl in claims:
        f.claim(cl)
    f.need(30)
    pen.text(36, f.y + 14, "Financial assistance is available. Ask for our plain-language summary.", 7.5)
    for cl in claims:
        add_lines(doc, f, cl, ("billed",))
        claim_truth(doc, cl, billed=total(cl["svcs"], "billed"))
    finish(doc, pen, out)


LAYOUTS = [c1, c2, m1, m2, d1, d2, p1, p2, s1, s2]


# ================================================================================ self-check

MONEY_RE = re.compile(r"^\(?-?\$?[\d,]+\.\d\d\)?-?$")


def parse_money(t: str) -> Decimal:
    neg = t.startswith("(") or t.startswith("-") or t.endswith("-")
    v = Decimal(t.strip("()-$").replace(",", "").replace("$", ""))
    return -v if neg else v


def page_rows(pdf_path: Path):
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for pg in pdf.pages:
            words = pg.extract_words(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
                for r in rows:
                    if abs(r[0] - w["top"]) < 2.5:
                        r[1].append(w)
                        break
                else:
                    rows.append([w["top"], [w]])
            out.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return out


def check(out: Path) -> list[str]:
    errs: list[str] = []
    spanning = 0
    producers = set()
    for name, doc in DOCS.items():
        pdf = out / f"{name}.pdf"
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        producers.add(t["producer"])
        rows = page_rows(pdf)
        if len(rows) != t["pages"]:
            errs.append(f"{name}: page count {len(rows)} != {t['pages']}")
        alltext = "\n".join("\n".join(r) for r in rows)
        flat = re.sub(r"\s+", " ", alltext)
        byclaim: dict = {}
        for i, ln in enumerate(t["lines"]):
            tag = f"{name} line {i}"
            byclaim.setdefault((ln["claim_id"], ln["payer_claim_id"]), []).append(ln)
            pg = rows[ln["page"] - 1]
            d = date.fromisoformat(ln["service_date"])
            cands = [r for r in pg if ln["code"] in r]
            ok = False
            why = "no row with code"
            for r in cands:
                toks = r.split()
                need = []
                if doc.cfmt:
                    need.append(doc.cfmt(ln["code"], tuple(ln["modifiers"])))
                for mo in ln["modifiers"]:
                    need.append(mo)
                if not doc.date_in_head:
                    need.append(doc.dfmt(d))
                if ln["service_end"] and not doc.date_in_head:
                    need.append(doc.dfmt(date.fromisoformat(ln["service_end"])))
                need += ln["remarks"]
                missing = [n for n in need if n not in r]
                moneys = [parse_money(x) for x in toks if MONEY_RE.match(x)]
                for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                          "not_covered", "discount"):
                    if ln[k] is not None:
                        if Decimal(ln[k]) not in moneys or doc.mfmt(Decimal(ln[k])) not in toks:
                            missing.append(f"{k}={ln[k]}")
                if ln["units"] is not None and ln["units"] not in toks:
                    missing.append(f"units={ln['units']}")
                for g, c, a in ln["adjustments"]:
                    lab = doc.afmt(g, c, a) if doc.afmt else f"{g}-{c}"
                    if lab not in toks or (a is not None and doc.mfmt(Decimal(a)) not in toks):
                        missing.append(f"adj {g}-{c} {a}")
                if not missing:
                    ok = True
                    break
                why = f"row {r!r} lacks {missing}"
            if not ok:
                errs.append(f"{tag}: {why}")
            if doc.date_in_head and doc.dfmt(d) not in "\n".join(pg):
                errs.append(f"{tag}: date {d} not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in flat:
                    errs.append(f"{tag}: {k} {ln[k]!r} not in document")
            if ln["description"]:
                for wd in ln["description"].split():
                    if wd not in flat:
                        errs.append(f"{tag}: description word {wd!r} not in document")
                        break
            b = Decimal(ln["billed"]) if ln["billed"] else None
            if doc.all_adj and b is not None and ln["paid"] is not None:
                s = sum((Decimal(a) for g, c, a in ln["adjustments"]), Decimal(0))
                if b - s != Decimal(ln["paid"]):
                    errs.append(f"{tag}: billed {b} - adjustments {s} != paid {ln['paid']}")
            if doc.plan_math and ln["allowed"] is not None and Decimal(ln["allowed"]) != 0:
                rest = sum(Decimal(ln[k] or "0") for k in ("deductible", "copay", "coinsurance"))
                seq = sum((Decimal(a) for g, c, a in ln["adjustments"] if c == "253"), Decimal(0))
                if Decimal(ln["allowed"]) - rest - seq != Decimal(ln["paid"]):
                    errs.append(f"{tag}: allowed - patient shares != paid")
            if ln["discount"] is not None and ln["allowed"] is not None and ln["not_covered"] is None:
                if b - Decimal(ln["discount"]) != Decimal(ln["allowed"]) and Decimal(ln["allowed"]) != 0:
                    errs.append(f"{tag}: billed - discount != allowed")
        planted = " ".join(t["expected_findings"])
        for cl in t["claims"]:
            lines = byclaim.get((cl["claim_id"], cl["payer_claim_id"]), [])
            if not lines:
                errs.append(f"{name}: claim {cl['payer_claim_id']} has no lines")
                continue
            if len({ln["page"] for ln in lines}) > 1:
                spanning += 1
            for k, v in cl["totals"].items():
                if v is None:
                    continue
                if all(ln[k] is None for ln in lines):
                    continue  # a claim-level figure only (e.g. PT RESP): the lines do not print it
                s = sum((Decimal(ln[k]) for ln in lines if ln[k] is not None), Decimal(0))
                mark = str(cl["payer_claim_id"]) in planted and k == "patient_owes"
                if (s != Decimal(v)) != mark:
                    errs.append(f"{name}: claim {cl['payer_claim_id']} total {k} {v} vs lines {s} (planted={mark})")
                if doc.mfmt(Decimal(v)) not in flat:
                    errs.append(f"{name}: claim total {k} {v} not printed")
    if spanning < 3:
        errs.append(f"only {spanning} claims cross a page break")
    if producers != {"reportlab", "fpdf2"}:
        errs.append(f"producers {producers}")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout88_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)
    n = sum(len(json.loads(Path(str(out / f"{k}.pdf") + ".truth.json").read_text())["lines"]) for k in DOCS)
    print(f"wrote {len(DOCS)} PDFs ({n} service lines) to {out}")
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("CHECK FAIL:", e)
        if errs:
            return 1
        print("check OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
