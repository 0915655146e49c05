"""Write held-out set 218 of synthetic PDF EOB layouts (with truth files) into a folder: an independent,
one-shot measurement of the PDF reader on house styles written without looking at the reader.

Run:  python bench/heldout218/make_heldout218_pdfs.py OUT_DIR            (writes 10 PDFs + truth files)
      python bench/heldout218/make_heldout218_pdfs.py OUT_DIR --check    (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1,
fpdf2 fixed creation date, no randomness). Every name, number, payer, provider, address and ID is invented;
service descriptions are our own words (samples/pdf/eobgen.py helpers are imported for plan arithmetic,
money and date formats and the truth format).

Truth (samples/pdf/eobgen.py format): only what is PRINTED for the line; null for values a layout does not
print (units null where no quantity is printed). claim_id = provider's own account / patient-control / visit /
invoice number (null where none is printed), payer_claim_id = payer claim number / ICN / TCN / reference,
patient = the person served, exactly as printed. Adjustments recorded only where group + reason are printed on
the line (with amount). Statement insurer write-offs printed without a code go in "discount".

Layouts (set 218 kinds: two each of commercial member EOB, Medicare MSN / MA member EOB, state Medicaid RA,
Medicare-style paper remit from a clearinghouse / PM system, family statement):
  c1  commercial member EOB, portrait Liberation Sans: "Claim detail" blocks per family member with "Amount
      billed / Network discount / Allowed amount / Deductible / Copay / Coinsurance / Not covered / Plan paid /
      Your responsibility / Remark", code "97530-GO", repeated heading + "(continued)" on the next page, lettered
      remark legend (reportlab)
  c2  commercial member EOB, landscape DejaVu Serif: "Provider charges / Savings / Not covered / Covered amount /
      Deductible / Copay / Coinsurance / Plan's payment / What you owe", Proc + Mod + Units columns, denied line,
      PLANTED claim-total mismatch (fpdf2)
  m1  Medicare Advantage member EOB (monthly, Part C medical), portrait DejaVu Sans: "Provider's charge /
      Plan-approved amount / Plan's share / Your share / Notes", code in parentheses inside the service text,
      no units, claim continues onto page 2 (reportlab)
  m2  Medicare Summary Notice, outpatient facility claims section, portrait Liberation Serif: date in the claim
      heading, "Service Provided & Billing Code / Amount Provider Charged / Medicare-Approved Amount / Medicare Paid
      / Maximum You May Be Billed / See Notes", "(97110 x 2)" quantity in text (fpdf2)
  d1  state Medicaid remittance advice, landscape Courier monospace text print: PAID / DENIED / ADJUSTED
      sections, ICN + RECIP + PAT ACCT header lines, detail lines with SVC FROM/TO, PROC/MODS, UNITS, BILLED,
      ALLOWED, PAID, EOB codes, reversal with trailing-minus, header repeated (reportlab)
  d2  state Medicaid remittance advice, portrait DejaVu Sans Condensed boxed claims: "TCN", "Member", "Med Rec #",
      Dtl lines with "From DOS / To DOS / Procedure / Mod / Qty / Billed / Allowed / Copay / Paid / EOB",
      recipient copay, continuation across pages (fpdf2)
  r1  clearinghouse ERA print view, portrait Liberation Sans Narrow: claim heading "Patient / Patient Ctrl # /
      Payer Claim # / Status", service lines with stacked adjustment rows "CO 45 60.15", PLB-free totals (fpdf2)
  r2  practice-management "Remittance Advice Detail" from a Medicare contractor, landscape DejaVu Sans Mono:
      "SERV DATE / PROC / MODS / QTY / BILLED / ALLOWED / DEDUCT / COINS / GRP-RC-AMT / PROV PD", MOA codes,
      denial, header repeated on page 2 (reportlab)
  s1  therapy clinic family statement, portrait Liberation Sans with a right sidebar: visits by family member,
      "Charges / Ins Paid / Ins Adj / Your Portion", insurer claim # on visit heading, continuation (fpdf2)
  s2  hospital outpatient rehab family statement, portrait DejaVu Serif: accounts per patient, rev code + HCPCS +
      Qty, "Charges / Insurance Paid / Contractual Adj / Patient Due", account totals (reportlab)

--check verifies the factory only: page count; each truth line's code, date, units on ONE text row of its page
(MSN-style layouts: date in the claim heading above) with its amounts, modifiers, remarks and adjustment codes on
that row or the next two rows (wrapped description / stacked adjustments); ids and patients in the text;
billed - adjustments = paid where the layout prints every adjustment; claim totals = sum of lines unless the
mismatch is a declared expected finding (and the declared one really is a mismatch).
"""

from __future__ import annotations

import os
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

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
from h218kit import Flow, FPCanvas, RLCanvas, check_arith, check_file, wrap  # noqa: E402

D = date
# Codes the shared charge master lacks: our own invented charge and program rate.
import eobgen as _eg  # noqa: E402

_eg.FEE.setdefault("97533", "88.00")
_eg.SCHED.setdefault("97533", "31.90")
_eg.DESC.setdefault("97533", "Sensory integration activities")


def sv(dos, code, units=1, mods=(), denied=None, desc=""):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), None, desc, denied)


# =========================================================================================== generic table doc

class Doc:
    """Renders claims as table blocks; collects truth as it draws."""

    def __init__(self, cv, font, bold, size, lead, cols, masthead, footer, bottom, heading, money_fn,
                 date_fn, col_titles_y=None, ruled=False, boxed=False, cont_text="(continued)", repeat_head=True):
        self.cv, self.font, self.bold, self.size, self.lead = cv, font, bold, size, lead
        self.cols, self.money, self.date = cols, money_fn, date_fn
        self.heading, self.ruled, self.boxed = heading, ruled, boxed
        self.cont_text, self.repeat_head = cont_text, repeat_head
        self.flow = Flow(cv, 0, bottom, masthead, footer)
        self.lines, self.claims = [], []
        self.cur = None

    def colhead(self):
        cv, f = self.cv, self.flow
        nrows = max(len(c["title"]) for c in self.cols)
        f.need(nrows * self.lead + 4)
        for c in self.cols:
            for i, t in enumerate(c["title"]):
                yy = f.y + (nrows - len(c["title"]) + i) * self.lead
                cv.text(c["x"], yy, t, self.bold, self.size, c.get("align", "l"))
        f.y += (nrows - 1) * self.lead + 3
        cv.line(self.cols[0]["x"] - 2, f.y, self.right, f.y, 0.6)
        f.y += self.lead

    @property
    def right(self):
        return self.cv.W - 36

    def claim(self, head_lines, svcs, ids, printed, totals_label=None, totals=None, adj_fn=None,
              rem_fn=None, extra_after=None, desc_col=None, units=True, mods=True, mismatch=None):
        cv, f = self.cv, self.flow
        claim_id, pcid, patient = ids
        f.need(self.lead * (len(head_lines) + 5))
        self.cur = (head_lines, ids)
        if os.environ.get("H218_DEBUG"):
            print("   claim", pcid, "page", f.page, "y", round(f.y), "of", round(f.bottom), "rows", len(svcs))

        def draw_head(cont=False):
            for i, (txt, bold) in enumerate(head_lines):
                if cont and i == 0:
                    txt = txt + " " + self.cont_text
                cv.text(self.cols[0]["x"] - 2, f.y, txt, self.bold if bold else self.font, self.size + (0.5 if bold else 0))
                f.y += self.lead
            if self.repeat_head or not cont:
                self.colhead()

        def on_break():
            if self.repeat_head:
                draw_head(True)
        draw_head()
        f.on_break = on_break
        top = f.y
        for s in svcs:
            desc_lines = [""]
            if desc_col is not None:
                dc = self.cols[desc_col]
                desc_lines = wrap(cv, dc["fn"](s), self.font, self.size, dc["w"])
            adj_rows = adj_fn(s) if adj_fn else []
            nrows = max(len(desc_lines), 1 + len(adj_rows[1:]))
            f.need(nrows * self.lead + 2)
            for c in self.cols:
                txt = desc_lines[0] if c is (self.cols[desc_col] if desc_col is not None else None) else c["fn"](s)
                if txt:
                    cv.text(c["x"], f.y, txt, self.font, self.size, c.get("align", "l"))
            for i in range(1, nrows):
                if i < len(desc_lines):
                    cv.text(self.cols[desc_col]["x"], f.y + i * self.lead, desc_lines[i], self.font, self.size)
                if adj_fn and i < len(adj_rows):
                    c = [c for c in self.cols if c.get("key") == "adj"][0]
                    cv.text(c["x"], f.y + i * self.lead, adj_rows[i], self.font, self.size, c.get("align", "l"))
            adjs = [(g, r, a) for g, r, a in s.adjs if a] if "adj" in printed else []
            rems = rem_fn(s) if rem_fn else []
            self.lines.append(truth_line(f.page, s, claim_id=claim_id, payer_claim_id=pcid, patient=patient,
                                         printed=tuple(k for k in printed if k not in ("adj",)), units=units,
                                         modifiers=mods, adjustments=adjs, remarks=rems,
                                         description=desc_col is not None))
            f.y += nrows * self.lead
            if self.ruled:
                cv.line(self.cols[0]["x"] - 2, f.y - self.lead + 3, self.right, f.y - self.lead + 3, 0.25)
        f.on_break = None
        if totals_label:
            tots = {k: total(svcs, {"patient_owes": "owes"}.get(k, k)) for k in totals}
            if mismatch:
                tots[mismatch[0]] += mismatch[1]
            f.need(self.lead * 2)
            cv.line(self.cols[0]["x"] - 2, f.y - self.lead + 4, self.right, f.y - self.lead + 4, 0.6)
            cv.text(self.cols[0]["x"], f.y, totals_label, self.bold, self.size)
            for c in self.cols:
                if c.get("key") in tots:
                    cv.text(c["x"], f.y, self.money(tots[c["key"]]), self.bold, self.size, c.get("align", "r"))
            f.y += self.lead
            self.claims.append({"claim_id": claim_id, "payer_claim_id": pcid, "patient": patient,
                                "totals": claim_totals(**{k: tots.get(k) for k in ("billed", "allowed", "paid",
                                                                                    "patient_owes")})})
        else:
            self.claims.append({"claim_id": claim_id, "payer_claim_id": pcid, "patient": patient,
                                "totals": claim_totals()})
        if self.boxed and f.y - top < 500:
            pass
        if extra_after:
            extra_after()
        f.y += self.lead * 0.8


def amtcol(key, title, x, mf, attr=None):
    a = attr or {"patient_owes": "owes"}.get(key, key)
    return {"key": key, "title": title, "x": x, "align": "r", "fn": lambda s: mf(getattr(s, a))}


def code_mods(s, sep="-"):
    return s.code + "".join(sep + m for m in s.mods)


def paragraph(cv, x, y, text, font, size, width, lead):
    for ln in wrap(cv, text, font, size, width):
        cv.text(x, y, ln, font, size)
        y += lead
    return y


# =========================================================================================== layouts

def lay_c1(out: Path, total_pages: int | None):
    cv = RLCanvas(out, title="Explanation of Benefits")
    m = lambda d: money(d, "$")  # noqa: E731
    df = lambda d: dfmt(d, "mdy4")  # noqa: E731
    R, B = "LibSans", "LibSans-B"

    def mast(cv, page):
        cv.text(36, 46, "HARBORLINE HEALTH PLANS", B, 15)
        cv.text(36, 60, "PO Box 44190  Millbridge, OR 97399", R, 8)
        cv.text(cv.W - 36, 46, "EXPLANATION OF BENEFITS", B, 11, "r")
        cv.text(cv.W - 36, 60, "THIS IS NOT A BILL", B, 9, "r")
        cv.line(36, 68, cv.W - 36, 68, 1.2)
        if page == 1:
            cv.text(36, 88, "DANA R. OKAFOR-LINDQUIST", R, 9)
            cv.text(36, 100, "218 WESTERLY FARM RD", R, 9)
            cv.text(36, 112, "KESTREL BAY, OR 97388", R, 9)
            cv.rect(340, 80, 236, 58)
            for i, (k, v) in enumerate((("Statement date", "02/09/2026"), ("Subscriber", "Dana R. Okafor-Lindquist"),
                                        ("Member ID", "HLX 5530 8812"), ("Group", "GRP-77104  Bayfront Schools"))):
                cv.text(346, 92 + i * 12, k, B, 8)
                cv.text(430, 92 + i * 12, v, R, 8)
            return 160
        cv.text(36, 84, "Subscriber: Dana R. Okafor-Lindquist    Member ID: HLX 5530 8812", R, 8)
        return 104

    def foot(cv, page):
        cv.text(36, cv.H - 30, "Questions? Call Member Services 1-800-555-0162 (TTY 711), Mon-Fri 8am-6pm.", R, 7)
        cv.text(cv.W - 36, cv.H - 30, f"Page {page} of {total_pages or '?'}", R, 7, "r")

    cols = [
        {"key": "date", "title": ["Date of", "service"], "x": 38, "fn": lambda s: df(s.dos)},
        {"key": "code", "title": ["Service"], "x": 90, "fn": lambda s: code_mods(s)},
        amtcol("billed", ["Amount", "billed"], 178, m), amtcol("discount", ["Network", "discount"], 222, m),
        amtcol("allowed", ["Allowed", "amount"], 266, m), amtcol("deductible", ["Deduct-", "ible"], 306, m),
        amtcol("copay", ["Copay"], 342, m), amtcol("coinsurance", ["Co-", "insurance"], 386, m),
        amtcol("not_covered", ["Not", "covered"], 428, m), amtcol("paid", ["Plan", "paid"], 474, m),
        amtcol("patient_owes", ["Your", "responsibility"], 532, m),
        {"key": "rem", "title": ["Remark"], "x": 548, "fn": lambda s: " ".join(s.remarks)},
    ]
    doc = Doc(cv, R, B, 7.6, 11, cols, mast, foot, cv.H - 56, None, m, df, ruled=True)
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30.00")})
    pts = [
        ("Mateo Okafor-Lindquist", "ACCT 40017-2", "HL26-0114-00731", "Bayfront Pediatric Therapy", [
            sv(D(2026, 1, 6), "97165", 1, ["GO"]), sv(D(2026, 1, 8), "97530", 2, ["GO"]),
            sv(D(2026, 1, 8), "97535", 1, ["GO", "59"]), sv(D(2026, 1, 13), "97530", 2, ["GO"]),
            sv(D(2026, 1, 13), "97112", 1, ["GO"]), sv(D(2026, 1, 15), "97530", 3, ["GO"]),
            sv(D(2026, 1, 20), "97530", 2, ["GO"]), sv(D(2026, 1, 20), "97110", 1, ["GO"]),
            sv(D(2026, 1, 22), "97530", 2, ["GO"]), sv(D(2026, 1, 22), "0552T", 1, [], "PR")]),
        ("Dana R. Okafor-Lindquist", "ACCT 40017-0", "HL26-0120-01188", "Ridgeview Hand & Upper Limb Clinic", [
            sv(D(2026, 1, 12), "99213", 1), sv(D(2026, 1, 12), "97760", 1, ["GO"]),
            sv(D(2026, 1, 12), "L3807", 1, ["RT"]), sv(D(2026, 1, 26), "97140", 2, ["GO"])]),
        ("Iris Okafor-Lindquist", "ACCT 40017-3", "HL26-0127-00409", "Bayfront Pediatric Therapy", [
            sv(D(2026, 1, 5), "92507", 1, ["GN"]), sv(D(2026, 1, 7), "92507", 1, ["GN"]),
            sv(D(2026, 1, 12), "92507", 1, ["GN"]), sv(D(2026, 1, 14), "92507", 1, ["GN"]),
            sv(D(2026, 1, 19), "92523", 1, ["GN"]), sv(D(2026, 1, 21), "92507", 1, ["GN"]),
            sv(D(2026, 1, 26), "92507", 1, ["GN"]), sv(D(2026, 1, 28), "92507", 1, ["GN"]),
            sv(D(2026, 1, 28), "97129", 1, ["GN"], "CO"), sv(D(2026, 1, 30), "92507", 1, ["GN"])]),
        ("Mateo Okafor-Lindquist", "ACCT 40017-2", "HL26-0203-00052", "Bayfront Pediatric Therapy", [
            sv(D(2026, 1, 27), "97530", 2, ["GO"]), sv(D(2026, 1, 27), "97112", 1, ["GO"]),
            sv(D(2026, 1, 29), "97530", 2, ["GO"]), sv(D(2026, 1, 29), "97535", 1, ["GO"]),
            sv(D(2026, 2, 3), "97530", 2, ["GO"]), sv(D(2026, 2, 3), "97110", 1, ["GO"]),
            sv(D(2026, 2, 5), "97530", 3, ["GO"]), sv(D(2026, 2, 5), "97168", 1, ["GO"])]),
    ]
    for _, _, _, _, svcs in pts:
        for s in svcs:
            commercial(s, st)
            if s.denied == "PR":
                s.remarks = ["N2"]
            elif s.denied == "CO":
                s.remarks = ["N5"]
            elif s.deductible:
                s.remarks = ["D1"]
    for pat, acct, icn, prov, svcs in pts:
        doc.claim([(f"Patient: {pat}    Claim #: {icn}", True),
                   (f"Provider: {prov}    Your provider's account #: {acct}    Network status: In-network", False)],
                  svcs, (acct, icn, pat), ("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                            "not_covered", "paid", "patient_owes"),
                  totals_label="Claim totals", totals=("billed", "discount", "allowed", "deductible", "copay",
                                                       "coinsurance", "not_covered", "paid", "patient_owes"),
                  rem_fn=lambda s: list(s.remarks), units=False)
    f = doc.flow
    f.need(80)
    cv.text(36, f.y, "Remark codes", B, 9)
    for i, (k, v) in enumerate((("D1", "Part of the allowed amount went toward your yearly deductible."),
                                ("N2", "This service is excluded by your plan; the provider may bill you."),
                                ("N5", "The provider did not send the records we asked for; you do not owe this."))):
        cv.text(40, f.y + 12 + 11 * i, f"{k}  {v}", R, 8)
    f.y += 50
    f.finish()
    cv.save()
    return cv, doc, "member EOB with family claim blocks, ruled rows, lettered remarks", []


def lay_c2(out: Path, total_pages):
    cv = FPCanvas(out, landscape=True, title="Your Explanation of Benefits")
    m = lambda d: money(d, ",")  # noqa: E731
    df = lambda d: dfmt(d, "mdy2")  # noqa: E731
    R, B = "DVSerif", "DVSerif-B"

    def mast(cv, page):
        cv.rect(30, 26, cv.W - 60, 40, 0.8, 0.92)
        cv.text(40, 44, "Cedarpoint Mutual Benefit Association", B, 13)
        cv.text(40, 58, "Your Explanation of Benefits  -  keep this for your records", R, 8)
        cv.text(cv.W - 40, 44, f"Page {page} of {total_pages or '?'}", R, 8, "r")
        cv.text(cv.W - 40, 58, "Statement date 02/12/26", R, 8, "r")
        if page == 1:
            cv.text(40, 86, "Prepared for: THEO VANTERPOOL", B, 9)
            cv.text(40, 98, "Plan: Cedarpoint Choice PPO 2500   ID: CMB-0093-44871   Group: 61-33002", R, 8)
            cv.text(40, 110, "Covered family members on this statement: Theo, Ngozi and Lark Vanterpool", R, 8)
            return 132
        return 84

    def foot(cv, page):
        cv.text(40, cv.H - 24, "Cedarpoint Mutual Benefit Association, 7 Ledger Square, Port Harlan, ME 04199", R, 7)

    cols = [
        {"key": "date", "title": ["Service", "date"], "x": 40, "fn": lambda s: df(s.dos)},
        {"key": "desc", "title": ["Description"], "x": 84, "w": 130, "fn": lambda s: s.desc},
        {"key": "code", "title": ["Proc"], "x": 222, "fn": lambda s: s.code},
        {"key": "mods", "title": ["Mod"], "x": 256, "fn": lambda s: " ".join(s.mods)},
        {"key": "units", "title": ["Units"], "x": 306, "align": "r", "fn": lambda s: units_str(s.units)},
        amtcol("billed", ["Provider", "charges"], 362, m), amtcol("discount", ["Savings"], 412, m),
        amtcol("not_covered", ["Not", "covered"], 460, m), amtcol("allowed", ["Covered", "amount"], 510, m),
        amtcol("deductible", ["Deductible"], 566, m), amtcol("copay", ["Copay"], 606, m),
        amtcol("coinsurance", ["Coinsurance"], 668, m), amtcol("paid", ["Plan's", "payment"], 714, m),
        amtcol("patient_owes", ["What", "you owe"], 758, m),
    ]
    doc = Doc(cv, R, B, 7, 10, cols, mast, foot, cv.H - 40, None, m, df)
    st = PlanState(ded_left=Decimal("60.00"), visit_copay=Decimal("35.00"))
    pts = [
        ("Ngozi Vanterpool", "PT-88213", "7716420031", "Harlan Spine & Sport PT", [
            sv(D(2026, 1, 5), "97162" if False else "97161", 1, ["GP"]), sv(D(2026, 1, 7), "97110", 2, ["GP"]),
            sv(D(2026, 1, 7), "97140", 1, ["GP", "59"]), sv(D(2026, 1, 9), "97110", 2, ["GP"]),
            sv(D(2026, 1, 9), "97116", 1, ["GP"]), sv(D(2026, 1, 9), "G0283", 1, ["GP"]),
            sv(D(2026, 1, 14), "97110", 2, ["GP", "KX"]), sv(D(2026, 1, 14), "97140", 2, ["GP", "59"])]),
        ("Lark Vanterpool", "PT-88240", "7716420587", "Sandreed Children's Therapy Group", [
            sv(D(2026, 1, 12), "97166", 1, ["GO"]), sv(D(2026, 1, 19), "97530", 3, ["GO"]),
            sv(D(2026, 1, 19), "97112", 1, ["GO"]), sv(D(2026, 1, 26), "97530", 2, ["GO"]),
            sv(D(2026, 1, 26), "97533", 1, ["GO"], "PR", desc="Sensory integration activities")]),
        ("Theo Vanterpool", "PT-88109", "7716421102", "Harlan Spine & Sport PT", [
            sv(D(2026, 1, 21), "97163", 1, ["GP"]), sv(D(2026, 1, 23), "97112", 2, ["GP"]),
            sv(D(2026, 1, 23), "97110", 1, ["GP"])]),
    ]
    for _, _, _, _, svcs in pts:
        for s in svcs:
            commercial(s, st)
    for i, (pat, acct, icn, prov, svcs) in enumerate(pts):
        doc.claim([(f"{pat}   -   Claim number {icn}", True),
                   (f"Rendered by {prov}   |   Patient account {acct}   |   Received 01/29/26   Processed 02/10/26",
                    False)],
                  svcs, (acct, icn, pat), ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                            "coinsurance", "paid", "patient_owes"),
                  totals_label="Totals for this claim", desc_col=1,
                  totals=("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                          "paid", "patient_owes"),
                  mismatch=("patient_owes", Decimal("10.00")) if i == 1 else None)
    lark = pts[1][4]
    owes = total(lark, "owes")
    f = doc.flow
    f.need(40)
    paragraph(cv, 40, f.y, "Savings are the difference between the provider's charges and the amount your plan has "
              "agreed to pay for covered care. A service marked Not covered is outside your plan's benefits.", R, 7.5,
              560, 10)
    f.y += 30
    f.finish()
    cv.save()
    exp = [f"claim-total-mismatch claim 7716420587: printed What you owe (patient_owes) total {owes + 10:.2f} "
           f"but the lines add up to {owes:.2f}"]
    return cv, doc, "landscape member EOB with Proc/Mod/Units columns, wrapped descriptions", exp


def lay_m1(out: Path, total_pages):
    cv = RLCanvas(out, title="Medicare Advantage EOB")
    m = lambda d: money(d, "$")  # noqa: E731
    df = lambda d: dfmt(d, "mon")  # noqa: E731
    R, B = "DVSans", "DVSans-B"

    def mast(cv, page):
        cv.text(40, 44, "SilverArc Senior Advantage (HMO-POS)", B, 13)
        cv.text(40, 58, "Explanation of Benefits for Medicare Part C medical services", R, 8.5)
        cv.text(cv.W - 40, 44, f"Page {page} of {total_pages or '?'}", R, 8, "r")
        cv.line(40, 66, cv.W - 40, 66, 1)
        if page == 1:
            cv.rect(40, 78, 250, 64)
            cv.text(48, 92, "Member: WALLACE P. HEMMINGWAY", B, 8.5)
            cv.text(48, 105, "Member number: SA-4471-90286", R, 8)
            cv.text(48, 118, "Reporting period: January 1 - January 31, 2026", R, 8)
            cv.text(48, 131, "Notice date: February 6, 2026", R, 8)
            cv.rect(306, 78, 266, 64, 0.5, 0.95)
            cv.text(314, 92, "Your year-to-date totals", B, 8.5)
            cv.text(314, 105, "Medical out-of-pocket maximum: $4,900.00", R, 8)
            cv.text(314, 118, "Paid toward it so far in 2026: $425.00", R, 8)
            cv.text(314, 131, "This is not a bill. Keep for your records.", R, 8)
            cv.text(40, 164, "Your medical claims in detail", B, 11)
            return 184
        return 86

    def foot(cv, page):
        cv.text(40, cv.H - 28, "SilverArc Health, 90 Quarry Bend Pkwy, Tamsworth, AZ 85399. Member services "
                "1-888-555-0147 (TTY 711), 8 a.m. to 8 p.m., 7 days a week.", R, 6.5)

    cols = [
        {"key": "date", "title": ["Date of service"], "x": 44, "fn": lambda s: df(s.dos)},
        {"key": "desc", "title": ["Service you got"], "x": 122, "w": 168,
         "fn": lambda s: f"{s.desc} ({s.code})"},
        amtcol("billed", ["Provider's", "charge"], 350, m), amtcol("allowed", ["Plan-approved", "amount"], 422, m),
        amtcol("paid", ["Plan's", "share"], 478, m), amtcol("patient_owes", ["Your", "share"], 532, m),
        {"key": "rem", "title": ["Notes"], "x": 546, "fn": lambda s: ",".join(s.remarks)},
    ]
    doc = Doc(cv, R, B, 7.8, 11.5, cols, mast, foot, cv.H - 48, None, m, df, ruled=True, cont_text="- continued")
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"))
    claims = [
        ("26013-88140-01", "Cottonwood Rehabilitation Associates", [
            sv(D(2026, 1, 5), "97161", 1), sv(D(2026, 1, 7), "97110", 2), sv(D(2026, 1, 7), "97140", 1),
            sv(D(2026, 1, 9), "97110", 2), sv(D(2026, 1, 9), "97112", 1), sv(D(2026, 1, 12), "97110", 2),
            sv(D(2026, 1, 12), "97116", 1), sv(D(2026, 1, 14), "97110", 2), sv(D(2026, 1, 14), "97140", 1),
            sv(D(2026, 1, 16), "97112", 2), sv(D(2026, 1, 16), "G0283", 1), sv(D(2026, 1, 19), "97110", 2),
            sv(D(2026, 1, 19), "97116", 1), sv(D(2026, 1, 21), "97110", 2), sv(D(2026, 1, 21), "97140", 1),
            sv(D(2026, 1, 23), "97112", 2), sv(D(2026, 1, 23), "0552T", 1, [], "PR")]),
        ("26020-10477-01", "Desert Sage Family Medicine", [sv(D(2026, 1, 20), "99213", 1)]),
        ("26027-55012-01", "Cottonwood Rehabilitation Associates", [
            sv(D(2026, 1, 26), "97110", 2), sv(D(2026, 1, 26), "97140", 1), sv(D(2026, 1, 26), "97116", 1),
            sv(D(2026, 1, 27), "97110", 2), sv(D(2026, 1, 27), "97112", 1), sv(D(2026, 1, 27), "97140", 1),
            sv(D(2026, 1, 28), "97112", 2), sv(D(2026, 1, 28), "97110", 1), sv(D(2026, 1, 28), "G0283", 1),
            sv(D(2026, 1, 29), "97110", 2), sv(D(2026, 1, 29), "97116", 1), sv(D(2026, 1, 29), "97140", 1),
            sv(D(2026, 1, 30), "97163", 1), sv(D(2026, 1, 30), "97110", 2), sv(D(2026, 1, 30), "97112", 1)]),
    ]
    for _, _, svcs in claims:
        for s in svcs:
            commercial(s, st)
            s.remarks = ["3"] if s.denied else (["1"] if s.copay else [])
    pat = "Wallace P. Hemmingway"
    for icn, prov, svcs in claims:
        doc.claim([(f"Claim number {icn}", True), (f"{prov}  -  patient: {pat}  -  in-network", False)],
                  svcs, (None, icn, pat), ("billed", "allowed", "paid", "patient_owes"),
                  totals_label="Claim total", totals=("billed", "allowed", "paid", "patient_owes"), desc_col=1,
                  units=False, mods=False, rem_fn=lambda s: list(s.remarks))
    f = doc.flow
    f.need(60)
    cv.text(40, f.y, "Notes about your claims", B, 9)
    for i, t in enumerate(("1  Your plan charges a fixed copayment for each day you get outpatient therapy.",
                           "2  The plan-approved amount is what the plan and the provider agreed on for the service.",
                           "3  Your plan does not cover this service. You may ask for an appeal within 65 days.")):
        cv.text(44, f.y + 12 + 11 * i, t, R, 7.5)
    f.y += 50
    f.finish()
    cv.save()
    return cv, doc, "Medicare Advantage monthly member EOB", []


def lay_m2(out: Path, total_pages):
    cv = FPCanvas(out, title="Medicare Summary Notice")
    m = lambda d: money(d, "$")  # noqa: E731
    df = lambda d: dfmt(d, "mdy4")  # noqa: E731
    R, B = "LibSerif", "LibSerif-B"

    def mast(cv, page):
        cv.text(44, 46, "Medicare Summary Notice", B, 17)
        cv.text(44, 60, "for Part B (Medical Insurance) - Outpatient Facility Claims", R, 10)
        cv.text(cv.W - 44, 46, "ROSALIND M. THACKERY", B, 9, "r")
        cv.text(cv.W - 44, 58, f"Page {page} of {total_pages or '?'}", R, 8.5, "r")
        cv.line(44, 68, cv.W - 44, 68, 1.5)
        if page == 1:
            y = 88
            for t in ("Notice for ROSALIND M. THACKERY", "Medicare Number  4QT8-HJ2-MK71",
                      "Date of This Notice  February 3, 2026", "Claims Processed Between  November 3, 2025 - "
                      "February 1, 2026"):
                cv.text(44, y, t, R, 9)
                y += 12
            cv.rect(330, 80, 238, 70)
            cv.text(338, 94, "Your Deductible Status", B, 9.5)
            paragraph(cv, 338, 108, "Your deductible is what you must pay for most health services before Medicare "
                      "pays. You have now met your $283.00 Part B deductible for 2026.", R, 8, 222, 10)
            cv.text(44, 172, "Your Outpatient Facility Claims for Part B", B, 12)
            cv.text(44, 186, "Go to the page numbers shown to see claim details.", R, 8.5)
            return 206
        return 90

    def foot(cv, page):
        cv.text(44, cv.H - 28, "If you need help, call 1-800-MEDICARE. Report fraud: keep this notice and compare "
                "it with the bills you get.", R, 7.5)

    def svc_text(s):
        return f"{s.desc} ({s.code}{' x ' + units_str(s.units) if s.units != 1 else ''})"

    cols = [
        {"key": "desc", "title": ["Service Provided &", "Billing Code"], "x": 48, "w": 178, "fn": svc_text},
        amtcol("billed", ["Amount", "Provider", "Charged"], 296, m),
        amtcol("allowed", ["Medicare-", "Approved", "Amount"], 362, m),
        amtcol("paid", ["Medicare", "Paid"], 420, m),
        amtcol("patient_owes", ["Maximum", "You May", "Be Billed"], 486, m),
        {"key": "rem", "title": ["See", "Notes"], "x": 506, "fn": lambda s: ", ".join(s.remarks)},
    ]
    doc = Doc(cv, R, B, 8.5, 11.5, cols, mast, foot, cv.H - 46, None, m, df, cont_text="(continued)")
    st = PlanState(ded_left=Decimal("0.00"))
    visits = [
        (D(2026, 1, 6), "26006-411-8870-2", "Lakemoor Regional Hospital Outpatient Rehab", [
            sv(D(2026, 1, 6), "97163", 1, ["GP"]), sv(D(2026, 1, 6), "97110", 2, ["GP"]),
            sv(D(2026, 1, 6), "97140", 1, ["GP"])]),
        (D(2026, 1, 8), "26008-411-9021-6", "Lakemoor Regional Hospital Outpatient Rehab", [
            sv(D(2026, 1, 8), "97110", 3, ["GP"]), sv(D(2026, 1, 8), "97112", 1, ["GP"]),
            sv(D(2026, 1, 8), "97116", 1, ["GP"])]),
        (D(2026, 1, 13), "26013-411-0317-9", "Lakemoor Regional Hospital Outpatient Rehab", [
            sv(D(2026, 1, 13), "97110", 2, ["GP", "KX"]), sv(D(2026, 1, 13), "G0283", 1, ["GP"]),
            sv(D(2026, 1, 13), "0552T", 1, ["GP"], "PR")]),
        (D(2026, 1, 15), "26015-411-1188-0", "Lakemoor Regional Hospital Outpatient Rehab", [
            sv(D(2026, 1, 15), "92507", 1, ["GN"]), sv(D(2026, 1, 15), "97535", 2, ["GO"]),
            sv(D(2026, 1, 15), "97530", 2, ["GO"])]),
        (D(2026, 1, 20), "26020-411-2264-1", "Lakemoor Regional Hospital Outpatient Rehab", [
            sv(D(2026, 1, 20), "97110", 2, ["GP"]), sv(D(2026, 1, 20), "97140", 2, ["GP"])]),
    ]
    for _, _, _, svcs in visits:
        for s in svcs:
            medicare(s, st)
            s.remarks = ["C"] if s.denied else ["A"]
    pat = "ROSALIND M. THACKERY"
    for dos, icn, prov, svcs in visits:
        doc.claim([(f"{df(dos)}  {prov}", True),
                   (f"Claim Number: {icn}   Referred by: Anneliese Vorhaus   Service Approved? "
                    f"{'Yes' if not any(s.denied for s in svcs) else 'Partly'}", False)],
                  svcs, (None, icn, pat), ("billed", "allowed", "paid", "patient_owes"),
                  totals_label="Total for Claim", totals=("billed", "allowed", "paid", "patient_owes"), desc_col=0,
                  units=True, mods=False, rem_fn=lambda s: list(s.remarks))
    f = doc.flow
    f.need(70)
    cv.text(44, f.y, "Notes for Your Claims", B, 10)
    for i, t in enumerate(("A  The hospital agreed to take the Medicare-approved amount as full payment.",
                           "B  You have met your Part B deductible for this year.",
                           "C  Medicare does not pay for this item because it is not proven for your condition. "
                           "You may be billed.")):
        cv.text(48, f.y + 13 + 12 * i, t, R, 8)
    f.y += 55
    f.finish()
    cv.save()
    # truth: units printed only when "x N" appears in the text; date lives in the heading.
    for ln in doc.lines:
        if ln["units"] == "1":
            ln["units"] = None
    return cv, doc, "Medicare Summary Notice, outpatient facility Part B claims", []


def lay_d1(out: Path, total_pages):
    cv = RLCanvas(out, landscape=True, title="Remittance Advice")
    m = lambda d: money(d, ",", "trail")  # noqa: E731
    df = lambda d: dfmt(d, "mdy6")  # noqa: E731
    R, B = "Cour", "Cour-B"

    def mast(cv, page):
        cv.text(30, 30, "REPORT: RA-4410-P", R, 8)
        cv.text(cv.W / 2, 30, "STATE OF NORTHMARCH  DEPARTMENT OF FAMILY HEALTH SERVICES", B, 9, "c")
        cv.text(cv.W - 30, 30, f"PAGE: {page:4d}", R, 8, "r")
        cv.text(cv.W / 2, 41, "MEDICAL ASSISTANCE PROGRAM - PROVIDER REMITTANCE ADVICE", R, 8, "c")
        cv.text(30, 52, "PROVIDER: 0044718200  HIGHMEADOW THERAPY COLLECTIVE", R, 8)
        cv.text(cv.W - 30, 52, "RA NUMBER: 1193884   WARRANT DATE: 02/05/26", R, 8, "r")
        cv.text(30, 63, "CLAIM TYPE: PROFESSIONAL (CMS-1500)", R, 8)
        cv.line(30, 68, cv.W - 30, 68)
        return 82

    def foot(cv, page):
        cv.text(30, cv.H - 22, "*** EOB CODE DESCRIPTIONS APPEAR AT THE END OF THIS REMITTANCE ***", R, 7)

    cols = [
        {"key": "ln", "title": ["LN"], "x": 36, "fn": lambda s: ""},
        {"key": "from", "title": ["SVC-FROM"], "x": 56, "fn": lambda s: df(s.dos)},
        {"key": "to", "title": ["SVC-TO"], "x": 104, "fn": lambda s: df(s.dos)},
        {"key": "code", "title": ["PROC/MODS"], "x": 152, "fn": lambda s: " ".join((s.code,) + s.mods)},
        {"key": "units", "title": ["UNITS"], "x": 250, "align": "r", "fn": lambda s: f"{s.units:.1f}"},
        amtcol("billed", ["BILLED"], 320, m), amtcol("allowed", ["ALLOWED"], 390, m),
        amtcol("paid", ["PAID"], 460, m),
        {"key": "rem", "title": ["EOB CODES"], "x": 480, "fn": lambda s: " ".join(s.remarks)},
    ]
    doc = Doc(cv, R, B, 7.5, 10, cols, mast, foot, cv.H - 34, None, m, df)
    # line numbers
    counter = {"n": 0}

    def lnfn(s):
        counter["n"] += 1
        return f"{counter['n']:02d}"
    cols[0]["fn"] = lnfn
    sections = []
    paid_claims = [
        ("2026031004417", "LINDQVIST-HART, PIPER", "70044183", "HT-20391", [
            sv(D(2026, 1, 6), "97165", 1, ["GO"]), sv(D(2026, 1, 9), "97530", 3, ["GO"]),
            sv(D(2026, 1, 13), "97530", 2, ["GO"]), sv(D(2026, 1, 13), "97535", 1, ["GO"]),
            sv(D(2026, 1, 16), "97530", 3, ["GO"]), sv(D(2026, 1, 20), "97530", 2, ["GO", "59"]),
            sv(D(2026, 1, 20), "97112", 1, ["GO"]), sv(D(2026, 1, 23), "97530", 3, ["GO"])]),
        ("2026031004418", "ABERNETHY, COLE J", "70051962", "HT-20417", [
            sv(D(2026, 1, 7), "92523", 1, ["GN"]), sv(D(2026, 1, 14), "92507", 1, ["GN"]),
            sv(D(2026, 1, 21), "92507", 1, ["GN"]), sv(D(2026, 1, 28), "92507", 1, ["GN"])]),
        ("2026031004421", "RUIZ-OYELARAN, MAYA", "70063307", "HT-20455", [
            sv(D(2026, 1, 12), "97161", 1, ["GP"]), sv(D(2026, 1, 15), "97110", 2, ["GP"]),
            sv(D(2026, 1, 15), "97116", 2, ["GP"]), sv(D(2026, 1, 22), "97110", 2, ["GP"]),
            sv(D(2026, 1, 22), "97140", 1, ["GP"]), sv(D(2026, 1, 29), "97110", 2, ["GP"])]),
    ]
    denied = [("2026031004430", "ABERNETHY, COLE J", "70051962", "HT-20418", [
        sv(D(2026, 1, 30), "92507", 1, ["GN"], "CO"), sv(D(2026, 1, 30), "97150", 1, ["GN"], "CO")])]
    orig = [sv(D(2025, 12, 16), "97530", 2, ["GO"]), sv(D(2025, 12, 16), "97535", 1, ["GO"])]
    for s in orig:
        medicaid(s)
        s.remarks = ["0162"]
    adjusted = [("2026031004433", "LINDQVIST-HART, PIPER", "70044183", "HT-19988", [negate(s) for s in orig]),
                ("2026031004434", "LINDQVIST-HART, PIPER", "70044183", "HT-19988",
                 [sv(D(2025, 12, 16), "97530", 3, ["GO"]), sv(D(2025, 12, 16), "97535", 1, ["GO"])])]
    for *_, svcs in paid_claims + adjusted[1:]:
        for s in svcs:
            medicaid(s)
            s.remarks = ["0162"] if s.discount else ["0001"]
    for *_, svcs in denied:
        for s in svcs:
            medicaid(s, "204")
            s.remarks = ["0417"]
    for s in adjusted[0][4]:
        s.remarks = ["0950"]
    sections = [("PAID CLAIMS", paid_claims), ("DENIED CLAIMS", denied), ("ADJUSTED CLAIMS", adjusted)]
    f = doc.flow
    for title, claims in sections:
        f.need(60)
        cv.text(30, f.y, f"***** {title} *****", B, 8.5)
        f.y += 14
        for icn, name, rid, acct, svcs in claims:
            counter["n"] = 0
            tag = " (CREDIT)" if svcs[0].billed < 0 else ""
            doc.claim([(f"ICN: {icn}   RECIP: {name}   RECIP ID: {rid}   PAT ACCT NUM: {acct}{tag}", True)],
                      svcs, (acct, icn, name), ("billed", "allowed", "paid"),
                      totals_label="CLAIM TOTAL", totals=("billed", "allowed", "paid"), units=True, mods=True,
                      rem_fn=lambda s: list(s.remarks))
    f.need(70)
    cv.text(30, f.y, "EOB CODE  DESCRIPTION", B, 8)
    for i, t in enumerate(("0001  PAID IN FULL PER PROGRAM FEE SCHEDULE", "0162  ALLOWED AMOUNT LIMITED TO "
                           "MAXIMUM FEE", "0417  NO PRIOR AUTHORIZATION ON FILE FOR THESE DATES",
                           "0950  PRIOR PAYMENT TAKEN BACK - SEE REPLACEMENT CLAIM")):
        cv.text(30, f.y + 11 + 10 * i, t, R, 7.5)
    f.y += 55
    f.finish()
    cv.save()
    return cv, doc, "state Medicaid RA text print with paid/denied/adjusted sections", []


def lay_d2(out: Path, total_pages):
    cv = FPCanvas(out, title="Medicaid Remittance Advice")
    m = lambda d: money(d, ",")  # noqa: E731
    df = lambda d: dfmt(d, "mdy4")  # noqa: E731
    R, B = "DVCond", "DVCond-B"

    def mast(cv, page):
        cv.rect(30, 24, cv.W - 60, 52, 0.8)
        cv.text(38, 40, "PINEHOLLOW STATE HEALTH COVERAGE PROGRAM", B, 11)
        cv.text(38, 53, "Remittance Advice  -  Fee-for-Service Professional", R, 8)
        cv.text(38, 66, "Payee: Shorepine Pediatric Speech & OT   NPI 1518820046   Payee ID 300918827", R, 8)
        cv.text(cv.W - 38, 40, f"Page {page} of {total_pages or '?'}", R, 8, "r")
        cv.text(cv.W - 38, 53, "Payment date: 02/04/2026", R, 8, "r")
        cv.text(cv.W - 38, 66, "EFT trace: 8840017726", R, 8, "r")
        return 94

    def foot(cv, page):
        cv.text(30, cv.H - 22, "Questions about this remittance: Provider Services 1-877-555-0199 option 3.", R, 7)

    cols = [
        {"key": "dtl", "title": ["Dtl"], "x": 36, "fn": lambda s: ""},
        {"key": "from", "title": ["From DOS"], "x": 56, "fn": lambda s: df(s.dos)},
        {"key": "to", "title": ["To DOS"], "x": 106, "fn": lambda s: df(s.dos)},
        {"key": "code", "title": ["Procedure"], "x": 158, "fn": lambda s: s.code},
        {"key": "mods", "title": ["Mod"], "x": 204, "fn": lambda s: " ".join(s.mods)},
        {"key": "units", "title": ["Qty"], "x": 258, "align": "r", "fn": lambda s: units_str(s.units)},
        amtcol("billed", ["Billed"], 310, m), amtcol("allowed", ["Allowed"], 360, m),
        amtcol("copay", ["Copay"], 400, m), amtcol("paid", ["Paid"], 450, m),
        {"key": "adj", "title": ["Adj reason"], "x": 460,
         "fn": lambda s: (f"{s.adjs[0][0]}-{s.adjs[0][1]} {m(s.adjs[0][2])}" if s.adjs else "")},
        {"key": "rem", "title": ["EOB"], "x": 548, "fn": lambda s: " ".join(s.remarks)},
    ]
    cnt = {"n": 0}

    def dtl(s):
        cnt["n"] += 1
        return str(cnt["n"])
    cols[0]["fn"] = dtl
    doc = Doc(cv, R, B, 7.5, 10.5, cols, mast, foot, cv.H - 34, None, m, df, ruled=True,
              cont_text="(continued from previous page)")
    claims = [
        ("TCN 26 034 0007 1120", "BELLWEATHER, ARLO", "MRN 55-0193", "Member ID 900412276", [
            sv(D(2026, 1, 5), "92523", 1, ["GN"]), sv(D(2026, 1, 7), "92507", 1, ["GN"]),
            sv(D(2026, 1, 12), "92507", 1, ["GN"]), sv(D(2026, 1, 14), "92507", 1, ["GN"]),
            sv(D(2026, 1, 19), "92507", 1, ["GN"]), sv(D(2026, 1, 21), "92507", 1, ["GN"]),
            sv(D(2026, 1, 26), "92507", 1, ["GN"]), sv(D(2026, 1, 28), "92526", 1, ["GN"])]),
        ("TCN 26 034 0007 1121", "BELLWEATHER, JUNO", "MRN 55-0194", "Member ID 900412284", [
            sv(D(2026, 1, 6), "97166", 1, ["GO"]), sv(D(2026, 1, 8), "97530", 2, ["GO"]),
            sv(D(2026, 1, 8), "97112", 1, ["GO"]), sv(D(2026, 1, 13), "97530", 2, ["GO"]),
            sv(D(2026, 1, 15), "97530", 2, ["GO"]), sv(D(2026, 1, 15), "97535", 1, ["GO"]),
            sv(D(2026, 1, 20), "97530", 2, ["GO"]), sv(D(2026, 1, 22), "97530", 2, ["GO", "59"]),
            sv(D(2026, 1, 22), "97760", 1, ["GO"], "CO"), sv(D(2026, 1, 27), "97530", 2, ["GO"]),
            sv(D(2026, 1, 29), "97530", 2, ["GO"])]),
        ("TCN 26 034 0007 1126", "NAKASHIMA-FROST, ELLIS", "MRN 55-0377", "Member ID 900587731", [
            sv(D(2026, 1, 9), "97161", 1, ["GP"]), sv(D(2026, 1, 16), "97110", 2, ["GP"]),
            sv(D(2026, 1, 16), "97116", 1, ["GP"]), sv(D(2026, 1, 23), "97110", 2, ["GP"]),
            sv(D(2026, 1, 30), "97110", 2, ["GP"]), sv(D(2026, 1, 30), "97140", 1, ["GP"])]),
        ("TCN 26 034 0007 1130", "OSEI, BENEDICT", "MRN 55-0412", "Member ID 900611042", [
            sv(D(2026, 1, 5), "97163", 1, ["GP"])] + [sv(D(2026, 1, d), c, u, ["GP"]) for d in (7, 9, 12, 14, 16, 19,
                                                                                       21, 23, 26, 28)
                                                     for c, u in (("97110", 2), ("97140", 1))][:19]),
    ]
    for tcn, *_, svcs in claims:
        for s in svcs:
            medicaid(s, "96")
            s.remarks = ["E204"] if s.denied else ["E001"]
        if tcn.endswith("1126"):  # adult recipient copay of $3.00 on the first visit line
            s0 = svcs[0]
            s0.copay = Decimal("3.00")
            s0.paid -= Decimal("3.00")
            s0.adjs.append(("PR", "3", Decimal("3.00")))
    for s in claims[2][4]:
        s.adjs = [a for a in s.adjs if a[2]]

    def adjfn(s):
        return [f"{g}-{r} {m(a)}" for g, r, a in s.adjs if a]
    cols[10]["fn"] = lambda s: adjfn(s)[0] if adjfn(s) else ""
    for tcn, name, mrn, mid, svcs in claims:
        cnt["n"] = 0
        doc.claim([(f"{tcn}     Member: {name}     {mid}", True),
                   (f"Med Rec #: {mrn.replace('MRN ', '')}     Claim status: Paid     Billing NPI 1518820046", False)],
                  svcs, (mrn.replace("MRN ", ""), tcn.replace("TCN ", ""), name),
                  ("billed", "allowed", "copay", "paid", "adj"), totals_label="Claim totals",
                  totals=("billed", "allowed", "copay", "paid"), adj_fn=adjfn, rem_fn=lambda s: list(s.remarks))
    f = doc.flow
    f.need(60)
    cv.text(36, f.y, "EOB code legend", B, 8.5)
    for i, t in enumerate(("E001  Paid at the program rate; billed amount above the rate is not payable.",
                           "E204  Service needs a prior approval that is not on file for the member.")):
        cv.text(40, f.y + 12 + 11 * i, t, R, 7.5)
    f.y += 40
    f.finish()
    cv.save()
    return cv, doc, "state Medicaid RA with boxed masthead, Dtl rows, TCN/Member headings", []


def lay_r1(out: Path, total_pages):
    cv = FPCanvas(out, title="ERA Print View")
    m = lambda d: money(d, "")  # noqa: E731
    df = lambda d: dfmt(d, "mdy4")  # noqa: E731
    R, B = "LibNarrow", "LibNarrow-B"

    def mast(cv, page):
        cv.text(36, 38, "ClearPath Exchange  |  Electronic Remittance - Print View", B, 11)
        cv.text(36, 51, "Payer: Great Lakes Medicare Administrative Services (Jurisdiction 9)   Payer ID 00977", R, 8)
        cv.text(36, 62, "Payee: Birchstone Outpatient Therapy LLC   NPI 1396624410   TIN ***-**-4471", R, 8)
        cv.text(cv.W - 36, 38, f"Page {page} of {total_pages or '?'}", R, 8, "r")
        cv.text(cv.W - 36, 51, "Check/EFT #: 0093318827   Issue date: 02/06/2026", R, 8, "r")
        cv.text(cv.W - 36, 62, "Payment amount: see totals", R, 8, "r")
        cv.line(36, 68, cv.W - 36, 68, 1)
        return 86

    def foot(cv, page):
        cv.text(36, cv.H - 22, "Printed from ClearPath Exchange. This print view is a human-readable copy of an "
                "ANSI 835 file.", R, 7)

    cols = [
        {"key": "ln", "title": ["Line"], "x": 40, "fn": lambda s: ""},
        {"key": "date", "title": ["Svc Date"], "x": 62, "fn": lambda s: df(s.dos)},
        {"key": "code", "title": ["Proc/Mods"], "x": 112, "fn": lambda s: ":".join((s.code,) + s.mods)},
        {"key": "units", "title": ["Units"], "x": 196, "align": "r", "fn": lambda s: units_str(s.units)},
        amtcol("billed", ["Charge"], 246, m), amtcol("allowed", ["Allowed"], 292, m),
        amtcol("deductible", ["Deduct"], 332, m), amtcol("coinsurance", ["Coins"], 372, m),
        {"key": "adj", "title": ["Adj Grp/Rsn/Amt"], "x": 384, "fn": lambda s: ""},
        amtcol("paid", ["Paid"], 520, m),
        {"key": "rem", "title": ["RARC"], "x": 530, "fn": lambda s: " ".join(s.remarks)},
    ]
    cnt = {"n": 0}

    def lnf(s):
        cnt["n"] += 1
        return str(cnt["n"])
    cols[0]["fn"] = lnf

    def adjfn(s):
        return [f"{g} {r} {m(a)}" for g, r, a in s.adjs if a]
    cols[8]["fn"] = lambda s: adjfn(s)[0] if adjfn(s) else ""
    doc = Doc(cv, R, B, 8, 10.5, cols, mast, foot, cv.H - 36, None, m, df, ruled=False,
              cont_text="(cont.)")
    claims = [
        ("FERNSBY, AUGUST", "BOT-7710-01", "22260370041520", [
            sv(D(2026, 1, 5), "97163", 1, ["GP"]), sv(D(2026, 1, 7), "97110", 2, ["GP"]),
            sv(D(2026, 1, 7), "97140", 1, ["GP", "59"]), sv(D(2026, 1, 9), "97110", 2, ["GP"]),
            sv(D(2026, 1, 9), "97112", 1, ["GP"]), sv(D(2026, 1, 12), "97110", 2, ["GP", "KX"]),
            sv(D(2026, 1, 12), "97116", 1, ["GP", "CQ"]), sv(D(2026, 1, 14), "97110", 2, ["GP", "CQ"])]),
        ("MARLOWE, HENRIETTA", "BOT-7744-01", "22260370041533", [
            sv(D(2026, 1, 8), "97165", 1, ["GO"]), sv(D(2026, 1, 13), "97530", 2, ["GO"]),
            sv(D(2026, 1, 13), "97535", 1, ["GO"]), sv(D(2026, 1, 15), "97530", 2, ["GO", "CO"]),
            sv(D(2026, 1, 20), "97168", 1, ["GO"])]),
        ("DESROSIERS, PAUL", "BOT-7751-02", "22260370041547", [
            sv(D(2026, 1, 16), "97110", 2, ["GP"]), sv(D(2026, 1, 16), "0552T", 1, ["GP"], "CO"),
            sv(D(2026, 1, 19), "97110", 2, ["GP"]), sv(D(2026, 1, 19), "97140", 1, ["GP"]),
            sv(D(2026, 1, 21), "97110", 2, ["GP"]), sv(D(2026, 1, 21), "97112", 1, ["GP"])]),
    ]
    for name, acct, icn, svcs in claims:
        st2 = PlanState(ded_left=Decimal("75.00") if name.startswith("FERNSBY") else ZERO)
        for s in svcs:
            medicare(s, st2)
            if s.denied:
                s.remarks = ["N425"]
    for name, acct, icn, svcs in claims:
        cnt["n"] = 0
        status = "1 - Processed as Primary" if not all(s.denied for s in svcs) else "4 - Denied"
        doc.claim([(f"Patient: {name}    Patient Ctrl #: {acct}    Payer Claim #: {icn}    Claim Status: {status}",
                    True), ("Rendering NPI 1730016682   Claim freq: 1   MOA: MA01", False)],
                  svcs, (acct, icn, name), ("billed", "allowed", "deductible", "coinsurance", "paid", "adj"),
                  totals_label="Claim Totals:", totals=("billed", "allowed", "deductible", "coinsurance", "paid"),
                  adj_fn=adjfn, rem_fn=lambda s: list(s.remarks))
    f = doc.flow
    f.need(50)
    cv.text(40, f.y, "Adjustment groups: CO contractual obligation, PR patient responsibility, OA other, "
            "PI payer initiated.", R, 7.5)
    f.y += 20
    f.finish()
    cv.save()
    return cv, doc, "clearinghouse ERA print view, stacked adjustment rows", []


def lay_r2(out: Path, total_pages):
    cv = RLCanvas(out, landscape=True, title="Remittance Advice Detail")
    m = lambda d: money(d, "")  # noqa: E731
    df = lambda d: dfmt(d, "mdy6")  # noqa: E731
    R, B = "DVMono", "DVMono-B"

    def mast(cv, page):
        cv.text(30, 30, "TALLGRASS PRACTICE SUITE v11  -  REMITTANCE ADVICE DETAIL", B, 8.5)
        cv.text(cv.W - 30, 30, f"PG {page:03d}", R, 8, "r")
        cv.text(30, 41, "PAYER: PRAIRIE STATES MEDICARE SERVICES (PART B)   PAID: 02/06/26   CHK/EFT: 5501893220", R, 7.5)
        cv.text(30, 52, "PROVIDER: WILLOWBEND OUTPATIENT REHABILITATION   PTAN WB4471   NPI 1871102936", R, 7.5)
        cv.line(30, 57, cv.W - 30, 57)
        return 72

    def foot(cv, page):
        cv.text(30, cv.H - 20, "GRP: CO=CONTRACTUAL PR=PATIENT RESP  RC: 45 FEE SCHED  1 DEDUCT  2 COINS  253 "
                "SEQUESTRATION  50 NOT MED NECESSARY", R, 6.5)

    cols = [
        {"key": "prov", "title": ["PERF PROV"], "x": 34, "fn": lambda s: "1871102936"},
        {"key": "date", "title": ["SERV DATE"], "x": 92, "fn": lambda s: df(s.dos) + "  " + df(s.dos)},
        {"key": "pos", "title": ["POS"], "x": 178, "fn": lambda s: "11"},
        {"key": "units", "title": ["QTY"], "x": 210, "align": "r", "fn": lambda s: units_str(s.units)},
        {"key": "code", "title": ["PROC"], "x": 218, "fn": lambda s: s.code},
        {"key": "mods", "title": ["MODS"], "x": 252, "fn": lambda s: " ".join(s.mods)},
        amtcol("billed", ["BILLED"], 340, m), amtcol("allowed", ["ALLOWED"], 390, m),
        amtcol("deductible", ["DEDUCT"], 436, m), amtcol("coinsurance", ["COINS"], 480, m),
        {"key": "adj", "title": ["GRP-RC-AMT"], "x": 490, "fn": lambda s: ""},
        amtcol("paid", ["PROV PD"], 636, m),
        {"key": "rem", "title": ["RARC"], "x": 646, "fn": lambda s: " ".join(s.remarks)},
    ]

    def adjfn(s):
        out = [f"{g}-{r} {m(a)}" for g, r, a in s.adjs if a]
        return [" ".join(out[i:i + 2]) for i in range(0, len(out), 2)]
    cols[10]["fn"] = lambda s: adjfn(s)[0] if adjfn(s) else ""
    doc = Doc(cv, R, B, 6.8, 9.5, cols, mast, foot, cv.H - 30, None, m, df, cont_text="CONT")
    claims = [
        ("OYELOWO, GRACE", "WB260105A", "1126037118840", "1EG4-TE5-MK72", Decimal("120.00"), [
            sv(D(2026, 1, 5), "97161", 1, ["GP"]), sv(D(2026, 1, 5), "97110", 2, ["GP"]),
            sv(D(2026, 1, 8), "97110", 2, ["GP"]), sv(D(2026, 1, 8), "97140", 1, ["GP", "59"]),
            sv(D(2026, 1, 12), "97112", 2, ["GP"]), sv(D(2026, 1, 12), "97110", 1, ["GP"]),
            sv(D(2026, 1, 15), "97110", 2, ["GP", "KX"]), sv(D(2026, 1, 15), "97116", 1, ["GP"]),
            sv(D(2026, 1, 19), "97110", 2, ["GP", "KX"]), sv(D(2026, 1, 19), "G0283", 1, ["GP"])]),
        ("TREMBLAY, ROLAND", "WB260107C", "1126037118912", "7KA2-WX3-PL19", ZERO, [
            sv(D(2026, 1, 7), "97167", 1, ["GO"]), sv(D(2026, 1, 9), "97530", 2, ["GO"]),
            sv(D(2026, 1, 9), "97535", 1, ["GO"]), sv(D(2026, 1, 14), "97530", 2, ["GO"]),
            sv(D(2026, 1, 14), "97112", 1, ["GO"]), sv(D(2026, 1, 16), "97530", 2, ["GO"]),
            sv(D(2026, 1, 21), "97530", 2, ["GO"]), sv(D(2026, 1, 21), "97535", 1, ["GO"])]),
        ("PELLEGRINI, ROSA", "WB260120F", "1126037119007", "3QP9-RM1-HD44", ZERO, [
            sv(D(2026, 1, 20), "92507", 1, ["GN"]), sv(D(2026, 1, 22), "92507", 1, ["GN"]),
            sv(D(2026, 1, 22), "97129", 1, ["GN"], "CO"), sv(D(2026, 1, 27), "92507", 1, ["GN"]),
            sv(D(2026, 1, 27), "97535", 1, ["GO"]), sv(D(2026, 1, 29), "92507", 1, ["GN"]),
            sv(D(2026, 1, 29), "97129", 1, ["GN"], "CO"), sv(D(2026, 2, 3), "92507", 1, ["GN"]),
            sv(D(2026, 2, 5), "92507", 1, ["GN"])]),
        ("HUANG-MERCER, DELIA", "WB260123B", "1126037119133", "5TN3-YH8-CC60", ZERO, [
            sv(D(2026, 1, 23), "97163", 1, ["GP"]), sv(D(2026, 1, 27), "97110", 3, ["GP"]),
            sv(D(2026, 1, 29), "97110", 2, ["GP"]), sv(D(2026, 1, 29), "97140", 2, ["GP"])]),
    ]
    for name, acct, icn, hic, ded, svcs in claims:
        st = PlanState(ded_left=ded)
        for s in svcs:
            medicare(s, st)
            if s.denied:
                s.remarks = ["M127"]
    for name, acct, icn, hic, ded, svcs in claims:
        doc.claim([(f"NAME {name}  HIC {hic}  ACNT {acct}  ICN {icn}  ASG Y  MOA MA01 MA18", True)],
                  svcs, (acct, icn, name), ("billed", "allowed", "deductible", "coinsurance", "paid", "adj"),
                  totals_label="PT RESP " + m(total(svcs, "owes")) + "   CLAIM TOTALS",
                  totals=("billed", "allowed", "deductible", "coinsurance", "paid"), adj_fn=adjfn,
                  rem_fn=lambda s: list(s.remarks))
    f = doc.flow
    f.need(40)
    cv.text(30, f.y, "TOTALS: # OF CLAIMS 4   PROVIDER ADJ AMT 0.00   CHECK AMT: see payment summary", B, 7.5)
    f.y += 20
    f.finish()
    cv.save()
    return cv, doc, "PM-system Medicare remittance advice detail, monospace landscape", []


def lay_s1(out: Path, total_pages):
    cv = FPCanvas(out, title="Patient Statement")
    m = lambda d: money(d, "$", "()")  # noqa: E731
    df = lambda d: dfmt(d, "mdy4")  # noqa: E731
    R, B = "LibSans", "LibSans-B"
    SB = 430
    due = {}

    def mast(cv, page):
        cv.text(36, 44, "Tidewater Kids & Family Therapy", B, 14)
        cv.text(36, 57, "1402 Oyster Shell Lane, Suite 3  Brackwater, SC 29599  (843) 555-0128", R, 8)
        cv.rect(SB, 30, cv.W - 36 - SB, 120 if page == 1 else 40, 0.6, 0.93)
        cv.text(SB + 8, 44, "STATEMENT", B, 10)
        cv.text(SB + 8, 57, f"Page {page} of {total_pages or '?'}", R, 8)
        if page == 1:
            for i, (k, v) in enumerate((("Statement date", "02/11/2026"), ("Guarantor account", "G-004417"),
                                        ("Amount due", due.get("amt", "")), ("Due by", "03/05/2026"))):
                cv.text(SB + 8, 76 + 16 * i, k, R, 8)
                cv.text(cv.W - 44, 76 + 16 * i, v, B, 8, "r")
            cv.text(36, 84, "Guarantor: Priya Castellano-Byrne", R, 9)
            cv.text(36, 96, "77 Heron Reach Court", R, 9)
            cv.text(36, 108, "Brackwater, SC 29598", R, 9)
            cv.text(36, 140, "Account activity since your last statement", B, 10)
            return 160
        return 88

    def foot(cv, page):
        cv.line(36, cv.H - 40, cv.W - 36, cv.H - 40)
        cv.text(36, cv.H - 28, "Pay online at the patient portal or call our billing office. We accept HSA/FSA "
                "cards. Balances over 60 days may incur a $5.00 rebilling fee.", R, 7)

    cols = [
        {"key": "date", "title": ["Date"], "x": 40, "fn": lambda s: df(s.dos)},
        {"key": "desc", "title": ["Description"], "x": 92, "w": 148, "fn": lambda s: s.desc},
        {"key": "code", "title": ["CPT"], "x": 246, "fn": lambda s: s.code + "".join(s.mods)},
        {"key": "units", "title": ["Qty"], "x": 310, "align": "r", "fn": lambda s: units_str(s.units)},
        amtcol("billed", ["Charges"], 368, m), amtcol("paid", ["Ins Paid"], 424, m),
        amtcol("discount", ["Ins Adj"], 482, m), amtcol("patient_owes", ["Your Portion"], 570, m),
    ]
    st = PlanState(ded_left=Decimal("90.00"), coins_rate=Decimal("0.20"))
    visits = [
        ("Sofia Castellano-Byrne", "V-118204", "Palmetto Shield PPO", "PS2601170042", [
            sv(D(2026, 1, 6), "97166", 1, ["GO"]), sv(D(2026, 1, 6), "97530", 1, ["GO"])]),
        ("Sofia Castellano-Byrne", "V-118233", "Palmetto Shield PPO", "PS2601170087", [
            sv(D(2026, 1, 13), "97530", 2, ["GO"]), sv(D(2026, 1, 13), "97112", 1, ["GO"]),
            sv(D(2026, 1, 13), "97535", 1, ["GO"])]),
        ("Rafael Castellano-Byrne", "V-118241", "Palmetto Shield PPO", "PS2601200311", [
            sv(D(2026, 1, 14), "92523", 1, ["GN"]), sv(D(2026, 1, 21), "92507", 1, ["GN"])]),
        ("Sofia Castellano-Byrne", "V-118260", "Palmetto Shield PPO", "PS2601240125", [
            sv(D(2026, 1, 20), "97530", 2, ["GO"]), sv(D(2026, 1, 20), "97110", 1, ["GO"]),
            sv(D(2026, 1, 27), "97530", 2, ["GO"]), sv(D(2026, 1, 27), "97533", 1, ["GO"], "PR",
                                                       desc="Sensory processing activities")]),
        ("Priya Castellano-Byrne", "V-118275", "Palmetto Shield PPO", "PS2601280640", [
            sv(D(2026, 1, 22), "97140", 2, ["GP"]), sv(D(2026, 1, 22), "97110", 2, ["GP"]),
            sv(D(2026, 1, 29), "97140", 1, ["GP"]), sv(D(2026, 1, 29), "97112", 1, ["GP"])]),
        ("Rafael Castellano-Byrne", "V-118290", "Palmetto Shield PPO", "PS2602020019", [
            sv(D(2026, 1, 28), "92507", 1, ["GN"]), sv(D(2026, 1, 28), "92526", 1, ["GN"]),
            sv(D(2026, 1, 30), "92507", 1, ["GN"]), sv(D(2026, 1, 30), "92526", 1, ["GN"]),
            sv(D(2026, 2, 2), "92507", 1, ["GN"]), sv(D(2026, 2, 2), "92526", 1, ["GN"]),
            sv(D(2026, 2, 4), "92507", 1, ["GN"]), sv(D(2026, 2, 4), "92526", 1, ["GN"]),
            sv(D(2026, 2, 6), "92507", 1, ["GN"]), sv(D(2026, 2, 6), "97129", 1, ["GN"])]),
    ]
    for *_, svcs in visits:
        for s in svcs:
            commercial(s, st)
    due["amt"] = m(sum((total(v[4], "owes") for v in visits), ZERO))
    doc = Doc(cv, R, B, 8, 11, cols, mast, foot, cv.H - 50, None, m, df, ruled=True, repeat_head=False)
    for pat, vid, ins, icn, svcs in visits:
        doc.claim([(f"Patient: {pat}    Encounter {vid}", True),
                   (f"Billed to {ins} on 01/{svcs[0].dos.day + 1:02d}/2026, insurance claim # {icn}", False)],
                  svcs, (vid, icn, pat), ("billed", "paid", "discount", "patient_owes"),
                  totals_label="Visit balance", totals=("billed", "paid", "discount", "patient_owes"), desc_col=1)
    f = doc.flow
    f.need(50)
    cv.text(40, f.y, "Total amount due from you:", B, 10)
    cv.text(570, f.y, m(sum((total(v[4], "owes") for v in visits), ZERO)), B, 10, "r")
    f.y += 20
    f.finish()
    cv.save()
    return cv, doc, "therapy clinic family statement with sidebar", []


def lay_s2(out: Path, total_pages):
    cv = RLCanvas(out, title="Hospital Statement")
    m = lambda d: money(d, ",")  # noqa: E731
    df = lambda d: dfmt(d, "mdy2")  # noqa: E731
    R, B = "DVSerif", "DVSerif-B"
    due = {}

    def mast(cv, page):
        cv.text(cv.W / 2, 40, "St. Brigid of the Valley Medical Center", B, 13, "c")
        cv.text(cv.W / 2, 53, "Patient Financial Services  -  PO Box 6620, Elkhollow, MT 59899", R, 8, "c")
        cv.line(36, 60, cv.W - 36, 60, 0.8)
        cv.text(36, 74, "FAMILY STATEMENT OF HOSPITAL SERVICES", B, 9.5)
        cv.text(cv.W - 36, 74, f"Sheet {page} of {total_pages or '?'}", R, 8, "r")
        if page == 1:
            cv.text(36, 92, "Responsible party: Marguerite A. Delacroix-Foy", R, 8.5)
            cv.text(36, 104, "Statement date: 02/13/26      Family account: F-2207719", R, 8.5)
            cv.rect(380, 82, 196, 30)
            cv.text(388, 95, "Please pay this amount", R, 8)
            cv.text(388, 107, f"Family balance due: {due['amt']}", B, 8)
            return 132
        return 96

    def foot(cv, page):
        cv.text(36, cv.H - 26, "Financial assistance is available. Ask us for a plain-language summary of our "
                "assistance policy.", R, 7)

    cols = [
        {"key": "date", "title": ["Date"], "x": 38, "fn": lambda s: df(s.dos)},
        {"key": "rev", "title": ["Rev"], "x": 80, "fn": lambda s: REV.get(s.code, "0420")},
        {"key": "code", "title": ["HCPCS"], "x": 108, "fn": lambda s: s.code},
        {"key": "mods", "title": ["Mod"], "x": 146, "fn": lambda s: " ".join(s.mods)},
        {"key": "desc", "title": ["Description"], "x": 176, "w": 150, "fn": lambda s: s.desc},
        {"key": "units", "title": ["Qty"], "x": 350, "align": "r", "fn": lambda s: units_str(s.units)},
        amtcol("billed", ["Charges"], 400, m), amtcol("paid", ["Insurance", "Paid"], 450, m),
        amtcol("discount", ["Contractual", "Adj"], 512, m), amtcol("patient_owes", ["Patient", "Due"], 568, m),
    ]
    REV = {"97110": "0420", "97140": "0420", "97112": "0420", "97161": "0424", "97163": "0424",
           "97530": "0430", "97535": "0430", "97165": "0434", "97166": "0434", "92507": "0440",
           "92523": "0444", "99213": "0510", "G0283": "0420", "97116": "0420"}
    accts = [
        ("Marguerite A. Delacroix-Foy", "HB-60031882", "Big Sky Mutual", "BSM-26-0041177", Decimal("0.00"), [
            sv(D(2026, 1, 8), "97163", 1, ["GP"]), sv(D(2026, 1, 8), "97110", 2, ["GP"]),
            sv(D(2026, 1, 8), "97140", 1, ["GP"]), sv(D(2026, 1, 15), "97110", 2, ["GP"]),
            sv(D(2026, 1, 15), "97112", 1, ["GP"]), sv(D(2026, 1, 15), "G0283", 1, ["GP"]),
            sv(D(2026, 1, 22), "97110", 2, ["GP"]), sv(D(2026, 1, 22), "97116", 1, ["GP"]),
            sv(D(2026, 1, 29), "97110", 2, ["GP"]), sv(D(2026, 1, 29), "97140", 2, ["GP"])]),
        ("Jules Delacroix-Foy", "HB-60031907", "Big Sky Mutual", "BSM-26-0041302", Decimal("0.00"), [
            sv(D(2026, 1, 12), "97165", 1, ["GO"]), sv(D(2026, 1, 19), "97530", 2, ["GO"]),
            sv(D(2026, 1, 19), "97535", 1, ["GO"]), sv(D(2026, 1, 26), "97530", 3, ["GO"])]),
        ("Odile Delacroix-Foy", "HB-60032011", "Big Sky Mutual", "BSM-26-0041560", Decimal("0.00"), [
            sv(D(2026, 1, 14), "92523", 1, ["GN"]), sv(D(2026, 1, 21), "92507", 1, ["GN"]),
            sv(D(2026, 1, 28), "92507", 1, ["GN"]), sv(D(2026, 1, 28), "99213", 1)]),
    ]
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.64"))
    for *_, svcs in accts:
        for s in svcs:
            commercial(s, st)
    due["amt"] = m(sum((total(a[5], "owes") for a in accts), ZERO))
    doc = Doc(cv, R, B, 7.5, 10.5, cols, mast, foot, cv.H - 40, None, m, df, ruled=False,
              cont_text="(continued)")
    for pat, acct, ins, icn, _, svcs in accts:
        doc.claim([(f"Patient: {pat}      Account No. {acct}      Outpatient Rehabilitation", True),
                   (f"Primary insurance: {ins}  -  claim {icn}  -  processed 02/03/26", False)],
                  svcs, (acct, icn, pat), ("billed", "paid", "discount", "patient_owes"),
                  totals_label="Account totals", totals=("billed", "paid", "discount", "patient_owes"), desc_col=4)
    f = doc.flow
    f.need(40)
    cv.text(38, f.y, "FAMILY BALANCE DUE", B, 9)
    cv.text(568, f.y, m(sum((total(a[5], "owes") for a in accts), ZERO)), B, 9, "r")
    f.y += 20
    f.finish()
    cv.save()
    return cv, doc, "hospital outpatient family statement with revenue codes", []


LAYOUTS = [
    ("h218_c1_member_eob_family", "commercial member EOB", lay_c1, ("mdy4",), False, "eob"),
    ("h218_c2_member_eob_landscape", "commercial member EOB", lay_c2, ("mdy2",), False, "eob"),
    ("h218_m1_ma_member_eob", "Medicare Advantage member EOB", lay_m1, ("mon",), False, ""),
    ("h218_m2_msn_outpatient", "Medicare Summary Notice", lay_m2, ("mdy4",), True, ""),
    ("h218_d1_medicaid_ra_text", "state Medicaid RA", lay_d1, ("mdy6",), False, ""),
    ("h218_d2_medicaid_ra_boxed", "state Medicaid RA", lay_d2, ("mdy4",), False, "adj"),
    ("h218_r1_clearinghouse_era", "clearinghouse paper remit", lay_r1, ("mdy4",), False, "adj"),
    ("h218_r2_pm_remit_detail", "PM-system paper remit", lay_r2, ("mdy6",), False, "adj"),
    ("h218_s1_clinic_family_statement", "therapy clinic family statement", lay_s1, ("mdy4",), False, "stmt"),
    ("h218_s2_hospital_family_statement", "hospital family statement", lay_s2, ("mdy2",), False, "stmt"),
]


def build(out_dir: Path) -> list:
    results = []
    for name, kind, fn, *_ in LAYOUTS:
        pdf = out_dir / f"{name}.pdf"
        cv, *_ = fn(pdf, None)
        n = cv.pages
        cv, doc, desc, exp = fn(pdf, n)
        assert cv.pages == n
        write_truth(pdf, name, cv.producer, n, f"{kind}: {desc}", doc.lines, doc.claims, [], exp)
        results.append((name, kind, cv.producer, len(doc.lines), n))
    return results


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        print("usage: make_heldout218_pdfs.py OUT_DIR [--check]")
        return 2
    out = Path(args[0]).resolve()
    if (ROOT / "samples").resolve() in (out, *out.parents):
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    res = build(out)
    for r in res:
        print(f"{r[0]}: {r[1]}, {r[2]}, {r[3]} lines, {r[4]} pages")
    if "--check" in argv:
        from eobgen import dfmt as _df
        errs = []
        for name, kind, fn, dstyles, in_head, all_adj in LAYOUTS:
            pdf = out / f"{name}.pdf"
            errs += check_file(pdf, [lambda d, s=s: _df(d, s) for s in dstyles], date_in_heading=in_head)
            errs += check_arith(pdf, all_adj)
        import json
        cont = 0
        for name, *_ in LAYOUTS:
            t = json.loads((out / f"{name}.pdf.truth.json").read_text())
            keys = {}
            for ln in t["lines"]:
                keys.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
            if any(len(p) > 1 for p in keys.values()):
                cont += 1
                print("  continues across pages:", name, [k[1] for k, p in keys.items() if len(p) > 1])
        if cont < 3:
            errs.append(f"only {cont} files have a claim continuing across pages")
        for e in errs:
            print("CHECK FAIL:", e)
        print(f"check: {'OK' if not errs else str(len(errs)) + ' problems'} ({cont} files with claims across pages)")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
