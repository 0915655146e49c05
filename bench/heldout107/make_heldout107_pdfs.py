"""Write the held-out set 107 of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary,
realistic documents, two of each of the five commonest real kinds, each in a house style of its own.

Run:  python bench/heldout107/make_heldout107_pdfs.py [OUT_DIR]            (default: a new temp folder, printed)
      python bench/heldout107/make_heldout107_pdfs.py OUT_DIR --check      (also self-check the written files)
      (--only=a1,e2 ... writes a subset)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (run by the measurer, once)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Helpers from samples/pdf/eobgen.py (Svc, plan arithmetic, money, dfmt, truth_line, write_truth); drawing and the
self-check live in h107kit.py next to this file. Deterministic (reportlab invariant=1, fpdf2 fixed creation date,
no randomness); each document is rendered twice so "Page n of N" carries the real page total.

Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout does
not print (units null where no quantity is printed; per-line patient share null where only the account level shows
it); claim_id = the provider's own account / patient-control / visit / hospital account number, payer_claim_id =
the payer's claim number / ICN / claim reference, patient exactly as printed (the person served, never the
guarantor or plan holder unless the same person). Claim totals are the printed per-claim totals (null where a
total is not printed). No planted mismatch in this set (expected_findings empty). Every name, number, payer,
provider, address and ID is invented; descriptions are our own words.

Layouts:
  a1  commercial PPO member EOB for a family (reportlab, portrait Liberation Sans): page-1 sidebar "Where you stand
      for 2026" per family member, boxed claim heads "Patient / Provider / Claim number / Patient account",
      columns "Amount billed / Plan discount / Allowed amount / Not covered / Deductible / Copay / Coinsurance /
      Plan paid / What you owe / Notes", code glued with dashes "97535-GO-59", wording on a small second line,
      no units, 4 family members, a claim continuing on page 2 under "(continued)" with the header repeated,
      non-covered lines, note legend N1-N5
  a2  self-funded employer plan EOB from a TPA (fpdf2, landscape DejaVu Serif): "Service Date / Proc / Mod / Qty /
      Description / Charges / Ineligible / Rsn / Eligible / Deductible / Co-Ins / Paid at / Benefit Paid / Pt.
      Resp.", "Pt. Acct No." and "Claim No." heads, letter reason codes with "also: DD, CI" sub-lines, a
      CO-type denial and a member-liable denial, claim continued on page 2, reason-code legend, appeal text
  b1  Medicare Advantage HMO monthly member EOB (fpdf2, portrait DejaVu Sans): Section 1 cost summary (month / year
      to date), Section 2 out-of-pocket maximum, Section 3 claims by provider with "Claim number ... | Patient:",
      "Services you received" as wording plus "(97110-GP-CQ)", "Amount billed / Plan's allowed / Plan's share /
      Your share / See note", per-visit $20 copay, out-of-network supplies denied, a no-prior-approval write-off
  b2  Medicare Summary Notice Part B (reportlab, portrait Liberation Serif): dashboard page 1 (deductible status,
      claims & costs, providers with dates, "Is this information correct?" box), claims pages headed by the
      service date in words, claim number and provider's account, "Service Provided & Billing Code / Service
      Approved? / Amount Provider Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You May Be
      Billed / See Notes", wording that wraps with the code and amounts on its last line, lettered notes
  c1  state Medicaid MMIS paper remittance advice (fpdf2, landscape core Courier): PAID / ADJUSTED / DENIED claim
      sections, recipient rows "LAST, FIRST  RECIP ID  PATIENT ACCT  ICN", numbered detail lines with MM/DD/YYYY,
      PROC, MODS, UNITS, BILLED, ALLOWED, TPL AMT, PAID, 4-digit EOB codes, a VOID with trailing-minus amounts
      and its REPLACEMENT ICN, section totals, payment summary, EOB code messages
  c2  Medicaid managed-care plan provider remittance (reportlab, portrait core Helvetica): payee/EFT box, member
      heads "Member / Member ID / Patient Acct # / Claim #", "Ln / Svc Date / Proc/Mod / Units (2.00) / Billed /
      Allowed / Copay / TPL / Paid / Adj Grp-Rsn / Adj Amt / RARC", extra adjustments stacked under the line,
      $2 member copays (PR-3), CO-197 denials with RARCs, code legend in our words
  d1  clearinghouse print of a Medicare Part B remit in the standard paper-remit style (fpdf2, DejaVu Sans Mono):
      "PERF PROV  SERV DATE  POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD", "NAME LAST, FIRST
      MID ... ACNT ... ICN ... ASG Y MOA MA01" heads, "0112 011226" dates, CO-45 / PR-1 / PR-2 / CO-253 stacked,
      "CNTL #"/"REM:" line for a denial, PT RESP / CLAIM TOTALS / NET, payee totals, glossary
  d2  practice-management "ERA Posting Detail" report (reportlab, landscape Liberation Sans Narrow): patient
      "Last, First  Acct #  Payer Claim #  Status" heads, "DOS (1/5/2026) / CPT / Mod (GO,59) / Units / Charge /
      Allowed / Deduct / Coins / Copay / Adj Code (CO45) / Adj Amt / Ins Paid / Pt Resp / Posted To / Batch",
      stacked adjustment codes, a reversal (parenthesised negatives) and corrected payment of a December line
  e1  pediatric therapy clinic statement to a guarantor for three children (fpdf2, portrait Liberation Sans):
      amount-due box, visit heads "Name - Visit V-nnnnn ... Billed to <plan>, claim <no.>", "Date / Code (97530GO)
      / Description / Charge / Ins. Paid / Ins. Adj. / Pt. Paid / Your Balance", check-in payments as rows,
      visit balances, a not-covered speech visit, aging strip and tear-off line, a visit continuing on page 2
  e2  hospital outpatient billing statement for a household (reportlab, portrait DejaVu Sans Condensed, boxed
      accounts): "Patient / Account No. HARnnnnnnn / Primary", "Date / Rev Code / CPT/HCPCS / Description / Qty /
      Charges", insurance payment, contractual allowance and patient portion at the ACCOUNT level only (lines
      carry billed and units), an account continuing on page 2 with "(continued)" and the header repeated

The self-check (--check) tests the factory, not the reader: it reads each PDF's text layer with pdfplumber and
requires, for every truth line, a text row on the line's page holding its code, each modifier, its units (when
printed) and every printed amount; the service date, each adjustment code and amount and each remark on that page;
claim ids and patients in the document; the page count; billed - adjustments = paid where adjustments are printed
with amounts; printed claim totals = the sum of their lines (and the totals printed); legend codes printed; and at
least three files with a claim whose rows continue onto the next page."""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen as G  # noqa: E402
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
from h107kit import Doc, check_file  # noqa: E402

# a few more services (invented charges / schedule amounts, our own wording)
for _c, _fee, _sch, _d in (
    ("99214", "215.00", "121.40", "Office visit, established, moderate"),
    ("98941", "70.00", "38.90", "Spinal adjustment, 3-4 regions"),
    ("97014", "30.00", "0.00", "Electrical stimulation, unattended"),
    ("E0730", "185.00", "52.30", "TENS unit, four lead"),
    ("97018", "28.00", "5.10", "Paraffin bath"),
    ("20560", "120.00", "27.45", "Dry needling, 1-2 muscles"),
    ("92610", "245.00", "96.20", "Swallowing function evaluation"),
    ("96110", "45.00", "9.80", "Developmental screening"),
    ("G0283", "35.00", "10.37", "Electrical stimulation, unattended"),
    ("97750", "140.00", "33.05", "Physical performance test"),
    ("A4556", "18.00", "4.25", "Electrode pads, per pair"),
    ("92526", "150.00", "77.95", "Feeding/swallowing treatment"),
    ("97533", "105.00", "39.60", "Sensory integration techniques"),
    ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
):
    G.FEE.setdefault(_c, _fee)
    G.SCHED.setdefault(_c, _sch)
    G.DESC.setdefault(_c, _d)

D = date
PRINTED_COMM = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
                "patient_owes")


def S(dos, code, units, mods=(), denied=None, desc=""):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), None, desc, denied)


def codemods(s: Svc, sep: str = "-") -> str:
    return s.code + "".join(sep + m for m in s.mods) if sep else s.code + "".join(s.mods)


def wrap(doc: Doc, s: str, width: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if doc.width(t) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


class Flow:
    """A cursor that breaks pages: on_break(doc) draws the next page's furniture and returns the new y."""

    def __init__(self, doc: Doc, y: float, bottom: float, on_break, footer=None):
        self.doc, self.y, self.bottom, self.on_break, self.footer = doc, y, bottom, on_break, footer

    def need(self, h: float, cont=None) -> bool:
        if self.y + h <= self.bottom:
            return False
        if self.footer:
            self.footer(self.doc)
        self.doc.new_page()
        self.y = self.on_break(self.doc)
        if cont:
            cont()
        return True


NP = "?"  # page total, known on the second rendering


def M(d, style=",", neg="-"):
    return money(d, style, neg)


# ===================================================================================================== A1
def layout_a1(out: Path) -> None:
    """Commercial member EOB (family), reportlab portrait Liberation Sans, page-1 sidebar."""
    name = "h107_a1_commercial_family_eob"
    pdf = out / f"{name}.pdf"
    doc = Doc(pdf, "reportlab", title="Explanation of Benefits")
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    st2 = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"),
                    copay_codes={"99214": Decimal("35.00")})
    claims = [
        ("Tomas Almanza", "Brightpath Pediatric Therapy", "BPT-40917", "26A0141772", st, [
            S(D(2026, 1, 5), "97165", 1, ("GO",)), S(D(2026, 1, 5), "97530", 2, ("GO",)),
            S(D(2026, 1, 7), "97530", 3, ("GO",)), S(D(2026, 1, 7), "97535", 1, ("GO", "59")),
            S(D(2026, 1, 9), "97533", 2, ("GO",)), S(D(2026, 1, 9), "97110", 1, ("GO",)),
            S(D(2026, 1, 12), "97530", 3, ("GO",)), S(D(2026, 1, 12), "97112", 1, ("GO",)),
            S(D(2026, 1, 14), "97530", 2, ("GO",)), S(D(2026, 1, 14), "97535", 2, ("GO",)),
            S(D(2026, 1, 16), "97533", 2, ("GO",)), S(D(2026, 1, 16), "97018", 1, ("GO",), denied="PR"),
        ]),
        ("Renata Almanza", "Lakeshore Spine & Sport PT", "LSS0088213", "26A0150390", st2, [
            S(D(2026, 1, 8), "97162", 1, ("GP",)), S(D(2026, 1, 8), "97140", 2, ("GP",)),
            S(D(2026, 1, 8), "20560", 1, ("GP",), denied="PR"),
        ]),
        ("Gregory Almanza", "Harlow Family Medicine", "HFM-771204", "26A0162208", st2, [
            S(D(2026, 1, 13), "99214", 1), S(D(2026, 1, 13), "96110", 1),
        ]),
        ("Lucia Almanza", "Brightpath Pediatric Therapy", "BPT-40955", "26A0170044", st, [
            S(D(2026, 1, 20), "92523", 1, ("GN",)), S(D(2026, 1, 22), "92507", 1, ("GN",)),
            S(D(2026, 1, 27), "92507", 1, ("GN",)),
        ]),
    ]
    for c in claims:
        for s in c[5]:
            commercial(s, c[4], deny_reason="96")
    notes = {"N1": "Your provider is in our network and accepted the allowed amount; the plan discount is not yours to pay.",
             "N2": "This amount counts toward your calendar-year deductible.",
             "N3": "Paraffin wax treatment is not a covered benefit under your plan; you may be billed.",
             "N4": "Dry needling is excluded from coverage under your plan; you may be billed.",
             "N5": "Copay for office visits is shown in the Copay column."}
    L, R = 34, 578
    cols = [("Date of", "service", 34, "l"), ("Service", "code", 78, "l"), ("Amount", "billed", 196, "r"),
            ("Plan", "discount", 238, "r"), ("Allowed", "amount", 280, "r"), ("Not", "covered", 318, "r"),
            ("Deduct-", "ible", 356, "r"), ("Copay", "", 392, "r"), ("Coin-", "surance", 432, "r"),
            ("Plan", "paid", 474, "r"), ("What you", "owe", 520, "r"), ("Notes", "", 530, "l")]

    def colhead(d: Doc, y: float) -> float:
        d.rect(L, y - 9, R - L, 22, fill=0.88, lw=0.3)
        d.font("LibSans-B", 6.8)
        for a, b, x, al in cols:
            d.text(x, y, a, al)
            d.text(x, y + 8, b, al)
        d.font("LibSans", 7.2)
        return y + 22

    def furniture(d: Doc) -> float:
        d.font("LibSans-B", 12)
        d.text(L, 40, "CEDARLINE HEALTH PLAN")
        d.font("LibSans", 7.5)
        d.text(R, 36, f"Page {d.page} of {NP}", "r")
        d.text(R, 46, "Member: Gregory Almanza   ID: CDL 442 81 907", "r")
        d.hline(L, R, 54, 1.0)
        return 70

    def footer(d: Doc) -> None:
        d.font("LibSans", 6.5)
        d.text(L, 770, "THIS IS NOT A BILL.  Questions? Call Member Services 1-800-555-0147 (TTY 711), Mon-Fri 8 a.m.-8 p.m.")
        d.text(R, 770, "EOB 2601-AL-0093", "r")

    doc.font("LibSans-B", 16)
    doc.text(L, 48, "CEDARLINE HEALTH PLAN")
    doc.font("LibSans", 8)
    doc.text(L, 60, "PO Box 7710, Fenwick Falls, OR 97599")
    doc.font("LibSans-B", 13)
    doc.text(R, 48, "Explanation of Benefits", "r")
    doc.font("LibSans", 8)
    doc.text(R, 60, "THIS IS NOT A BILL", "r")
    doc.text(R, 70, f"Page 1 of {NP}", "r")
    y = 92
    for t in ("GREGORY ALMANZA", "2280 TIMBERLINE CT", "FENWICK FALLS OR 97598-4410"):
        doc.text(L, y, t)
        y += 10
    doc.font("LibSans", 8)
    info = [("Statement date", "January 30, 2026"), ("Member ID", "CDL 442 81 907"), ("Group", "Orchard Valley Credit Union"),
            ("Group number", "0047710"), ("Plan", "Cedarline Choice PPO 2500"), ("Claims processed", "Jan 1 - Jan 30, 2026")]
    y = 140
    for a, b in info:
        doc.text(L, y, a + ":")
        doc.text(L + 90, y, b)
        y += 11
    # sidebar: accumulators by family member
    sx, sy = 360, 84
    doc.rect(sx, sy, R - sx, 132, fill=0.94)
    doc.font("LibSans-B", 8.5)
    doc.text(sx + 8, sy + 14, "Where you stand for 2026")
    doc.font("LibSans", 7.2)
    doc.text(sx + 8, sy + 28, "Family member")
    doc.text(sx + 150, sy + 28, "Deductible met", "r")
    doc.text(R - 8, sy + 28, "Out-of-pocket met", "r")
    yy = sy + 40
    for c in claims:
        ded = total(c[5], "deductible")
        oop = total(c[5], "owes") - total([s for s in c[5] if s.denied], "owes")
        doc.text(sx + 8, yy, c[0])
        doc.text(sx + 150, yy, M(ded, '$'), "r")
        doc.text(R - 8, yy, M(oop, '$'), "r")
        yy += 11
    doc.text(sx + 8, yy + 6, "Each person: deductible $2,500, out-of-pocket limit $6,000.")
    doc.text(sx + 8, yy + 17, "Family: deductible $5,000, out-of-pocket limit $12,000.")
    y = 226
    doc.font("LibSans-B", 10)
    doc.text(L, y, "Claims processed for your family")
    y += 8
    doc.hline(L, R, y, 1.0)
    y += 16
    fl = Flow(doc, y, 742, lambda d: furniture(d), footer)
    lines, tclaims = [], []
    for pat, prov, acct, clm, _st, svcs in claims:
        fl.need(70)
        doc.rect(L, fl.y - 10, R - L, 26, lw=0.6)
        doc.font("LibSans-B", 8)
        doc.text(L + 6, fl.y, f"Patient: {pat}")
        doc.text(L + 170, fl.y, f"Provider: {prov} (in network)")
        doc.font("LibSans", 7.2)
        doc.text(L + 6, fl.y + 11, f"Claim number {clm}")
        doc.text(L + 170, fl.y + 11, f"Patient account {acct}")
        doc.text(R - 6, fl.y + 11, "Received 01/19/26   Processed 01/28/26", "r")
        fl.y += 28
        fl.y = colhead(doc, fl.y)

        def cont(pat=pat, clm=clm):
            doc.font("LibSans-B", 8)
            doc.text(L, fl.y, f"Claim {clm} for {pat} (continued)")
            fl.y = colhead(doc, fl.y + 14)
        for s in svcs:
            dl = wrap(doc, s.desc, 190)
            if fl.need(12 + 8 * len(dl), cont):
                pass
            rm = ["N3" if s.code == "97018" else "N4"] if s.denied else (["N1"] + (["N2"] if s.deductible else [])
                                                                          + (["N5"] if s.copay else []))
            vals = [dfmt(s.dos, "mdy2"), codemods(s, "-"), M(s.billed), M(s.discount), M(s.allowed), M(s.not_covered),
                    M(s.deductible), M(s.copay), M(s.coinsurance), M(s.paid), M(s.owes), " ".join(rm)]
            doc.font("LibSans", 7.2)
            for (a, b, x, al), v in zip(cols, vals):
                doc.text(x, fl.y, v, al)
            doc.font("LibSans", 6.4)
            for i, t in enumerate(dl):
                doc.text(78, fl.y + 8 * (i + 1), t)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat, printed=PRINTED_COMM,
                                    units=False, remarks=rm))
            fl.y += 10 + 8 * len(dl)
            doc.hline(L, R, fl.y - 7, 0.2)
        fl.need(16)
        doc.font("LibSans-B", 7.2)
        tot = [total(svcs, a) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                          "coinsurance", "paid", "owes")]
        doc.text(78, fl.y, "Claim total")
        for (a, b, x, al), v in zip(cols[2:11], tot):
            doc.text(x, fl.y, M(v, "$"), al)
        tclaims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                        "totals": claim_totals(tot[0], tot[2], tot[7], tot[8])})
        fl.y += 24
    fl.need(90)
    doc.font("LibSans-B", 8.5)
    doc.text(L, fl.y, "Notes about your claims")
    fl.y += 12
    doc.font("LibSans", 7.2)
    for k, v in notes.items():
        doc.text(L, fl.y, k)
        doc.text(L + 24, fl.y, v)
        fl.y += 10
    footer(doc)
    pages = finish(doc)
    write_truth(pdf, "h107_a1", "reportlab", pages, "commercial family member EOB", lines, tclaims, list(notes.items()))


def finish(doc: Doc) -> int:
    """Save, then write the page total into 'PAGES' placeholders (reportlab: re-render via fixed count)."""
    n = doc.save()
    return n


# ===================================================================================================== A2
def layout_a2(out: Path) -> None:
    """Self-funded employer plan EOB from a TPA, fpdf2 landscape DejaVu Serif."""
    name = "h107_a2_tpa_employer_plan_eob"
    pdf = out / f"{name}.pdf"
    doc = Doc(pdf, "fpdf2", landscape=True, title="Explanation of Benefits")
    st = PlanState(ded_left=Decimal("500.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.85"))
    stk = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.85"))
    claims = [
        ("Dolores Whitcomb-Reyes", "Pinecrest Hand Therapy Associates", "PHT26-01183", "K2601-004418-00", st, [
            S(D(2026, 1, 6), "97166", 1, ("GO",)), S(D(2026, 1, 6), "97760", 1, ("GO",)),
            S(D(2026, 1, 6), "L3807", 1, ("RT",)), S(D(2026, 1, 9), "97140", 2, ("GO", "59")),
            S(D(2026, 1, 9), "97110", 2, ("GO",)), S(D(2026, 1, 9), "97018", 1, ("GO",), denied="PR"),
        ]),
        ("Dolores Whitcomb-Reyes", "Pinecrest Hand Therapy Associates", "PHT26-01240", "K2601-005102-00", st, [
            S(D(2026, 1, 13), "97140", 2, ("GO",)), S(D(2026, 1, 13), "97530", 2, ("GO",)),
            S(D(2026, 1, 16), "97140", 1, ("GO",)), S(D(2026, 1, 16), "97530", 3, ("GO",)),
            S(D(2026, 1, 16), "G0283", 1, ("GO",)),
        ]),
        ("Benjamin Whitcomb-Reyes", "Tri-County Speech & Language Center", "TCS-8841-02", "K2601-006377-00", stk, [
            S(D(2026, 1, 7), "92523", 1), S(D(2026, 1, 14), "92507", 1), S(D(2026, 1, 21), "92507", 1),
            S(D(2026, 1, 28), "92507", 1), S(D(2026, 1, 28), "96110", 1, denied="CO"),
        ]),
        ("Anton Whitcomb-Reyes", "Ridgeway Chiropractic & Rehab", "RCR 0019934", "K2601-007015-00", st, [
            S(D(2026, 1, 20), "98941", 1), S(D(2026, 1, 20), "97014", 1), S(D(2026, 1, 20), "97110", 2, ("GP",)),
            S(D(2026, 1, 23), "98941", 1), S(D(2026, 1, 23), "97112", 1, ("GP",)),
        ]),
    ]
    rsn = {"PD": "Amount above the network fee was discounted by the provider's agreement.",
           "DD": "Applied to the individual plan-year deductible.",
           "NC": "Service is not covered under the plan document; member responsible.",
           "NS": "Screening billed with therapy on the same day is not separately payable; provider write-off.",
           "CI": "Member coinsurance of 30% applies after the deductible."}
    for c in claims:
        for s in c[5]:
            commercial(s, c[4], deny_reason="96" if s.denied == "PR" else "97")
    L, R = 28, 764
    cols = [("Service Date", 28, "l"), ("Proc", 96, "l"), ("Mod", 132, "l"), ("Qty", 176, "r"),
            ("Description", 184, "l"), ("Charges", 382, "r"), ("Ineligible", 432, "r"), ("Rsn", 440, "l"),
            ("Eligible", 506, "r"), ("Deductible", 560, "r"), ("Co-Ins", 604, "r"), ("Paid at", 642, "r"),
            ("Benefit Paid", 700, "r"), ("Pt. Resp.", 760, "r")]

    def head(d: Doc) -> float:
        d.font("DVSerif-B", 11)
        d.text(L, 34, "KEYSTONE BENEFIT ADMINISTRATORS, INC.")
        d.font("DVSerif", 7.5)
        d.text(L, 45, "Third-party administrator for the Marrow Creek School District Employee Health Benefit Plan")
        d.text(R, 34, "EXPLANATION OF BENEFITS", "r")
        d.text(R, 45, f"Page {d.page} of {NP}", "r")
        d.hline(L, R, 52, 0.8)
        return 66

    def colhead(d: Doc, y: float) -> float:
        d.font("DVSerif-B", 7)
        d.hline(L, R, y - 9, 0.4)
        for t, x, al in cols:
            d.text(x, y, t, al)
        d.hline(L, R, y + 4, 0.4)
        d.font("DVSerif", 7.2)
        return y + 15

    y = head(doc)
    doc.font("DVSerif", 8)
    for i, t in enumerate(("ANTON WHITCOMB-REYES", "418 SPRUCE HOLLOW RD", "MARROW CREEK, PA 16999")):
        doc.text(L, y + 10 * i, t)
    meta = [("Employee", "Anton Whitcomb-Reyes"), ("Employee ID", "MCSD-0093315"), ("Plan", "Base PPO Plan 3"),
            ("Date printed", "02/03/2026"), ("EOB number", "KBA-260203-1177")]
    for i, (a, b) in enumerate(meta):
        doc.text(470, y + 10 * i, a)
        doc.text(560, y + 10 * i, b)
    y += 62
    doc.font("DVSerif", 7.2)
    doc.text(L, y, "This statement explains how your plan processed the claims listed below. It is not a bill. "
             "Keep it with your records; your provider may bill you for the Pt. Resp. amount.")
    y += 16
    fl = Flow(doc, y, 560, head, None)
    lines, tclaims = [], []
    for pat, prov, acct, clm, _st, svcs in claims:
        fl.need(60)
        doc.font("DVSerif-B", 8)
        doc.text(L, fl.y, f"Patient: {pat}")
        doc.text(250, fl.y, f"Provider: {prov}")
        doc.text(R, fl.y, f"Claim No. {clm}", "r")
        doc.font("DVSerif", 7.4)
        fl.y += 11
        doc.text(L, fl.y, f"Pt. Acct No. {acct}")
        doc.text(250, fl.y, "Network: PPO participating    Received: 01/30/2026    Processed: 02/02/2026")
        fl.y = colhead(doc, fl.y + 16)

        def cont(pat=pat, clm=clm):
            doc.font("DVSerif-B", 8)
            doc.text(L, fl.y, f"Patient: {pat}    Claim No. {clm} - continued from previous page")
            fl.y = colhead(doc, fl.y + 16)
        for s in svcs:
            fl.need(12, cont)
            r = ("NC" if s.denied == "PR" else "NS") if s.denied else "PD"
            rm = [r] + (["DD"] if s.deductible else []) + (["CI"] if s.coinsurance else [])
            vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), s.desc, M(s.billed),
                    M(s.discount + s.not_covered), r, M(s.allowed), M(s.deductible), M(s.coinsurance),
                    "0%" if s.denied else "70%", M(s.paid), M(s.owes)]
            for (t, x, al), v in zip(cols, vals):
                doc.text(x, fl.y, v, al)
            ln = truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                            printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                            remarks=rm)
            lines.append(ln)
            if s.deductible or s.coinsurance:
                fl.y += 9
                doc.font("DVSerif", 6.4)
                doc.text(184, fl.y, "  also: " + ", ".join(rm[1:]))
                doc.font("DVSerif", 7.2)
            fl.y += 11
        fl.need(14)
        tot = [total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")]
        doc.hline(340, R, fl.y - 8, 0.3)
        doc.font("DVSerif-B", 7.2)
        doc.text(184, fl.y, "Claim Totals")
        doc.text(382, fl.y, M(tot[0]), "r")
        doc.text(432, fl.y, M(total(svcs, "discount") + total(svcs, "not_covered")), "r")
        for v, x in zip(tot[1:], (506, 560, 604, 700, 760)):
            doc.text(x, fl.y, M(v), "r")
        tclaims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                        "totals": claim_totals(tot[0], tot[1], tot[4], tot[5])})
        fl.y += 10
        doc.font("DVSerif", 7)
        doc.text(184, fl.y, f"Benefit paid to provider by check 0041{len(tclaims)}77 on 02/03/2026")
        fl.y += 20
    fl.need(80)
    doc.font("DVSerif-B", 8)
    doc.text(L, fl.y, "Reason Code Explanations")
    doc.font("DVSerif", 7.2)
    for k, v in rsn.items():
        fl.y += 10
        doc.text(L, fl.y, k)
        doc.text(L + 26, fl.y, v)
    fl.y += 18
    doc.text(L, fl.y, "Appeal rights: you may ask for a review within 180 days of the date of this notice. "
             "Write to Keystone Benefit Administrators, Appeals Unit, PO Box 2210, Harrisford, PA 17999.")
    pages = finish(doc)
    write_truth(pdf, "h107_a2", "fpdf2", pages, "TPA self-funded employer plan EOB", lines, tclaims, list(rsn.items()))


# ===================================================================================================== B1
def layout_b1(out: Path) -> None:
    """Medicare Advantage HMO monthly member EOB, fpdf2 portrait DejaVu Sans."""
    name = "h107_b1_medicare_advantage_eob"
    pdf = out / f"{name}.pdf"
    doc = Doc(pdf, "fpdf2", title="Explanation of Benefits")
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.62"))
    pat = "Eleanor M. Pruitt"
    claims = [
        ("Quarry Lane Medical Supply", "2601-90772-01", [
            S(D(2026, 1, 9), "E0730", 1, ("NU",), denied="PR"), S(D(2026, 1, 9), "A4556", 2, ("NU",), denied="PR"),
        ]),
        ("Wendell Ostrowski, MD", "2601-91208-01", [S(D(2026, 1, 16), "99214", 1)]),
        ("Harbor Point Rehab Services", "2601-88314-02", [
            S(D(2026, 1, 5), "97161", 1, ("GP",)), S(D(2026, 1, 5), "97110", 2, ("GP",)),
            S(D(2026, 1, 7), "97110", 2, ("GP",)), S(D(2026, 1, 7), "97140", 1, ("GP",)),
            S(D(2026, 1, 7), "97116", 1, ("GP", "CQ")), S(D(2026, 1, 12), "97110", 2, ("GP", "CQ")),
            S(D(2026, 1, 12), "97112", 1, ("GP",)), S(D(2026, 1, 14), "97110", 2, ("GP",)),
            S(D(2026, 1, 14), "97530", 1, ("GP", "KX")), S(D(2026, 1, 19), "97110", 2, ("GP",)),
            S(D(2026, 1, 19), "G0283", 1, ("GP",)), S(D(2026, 1, 21), "97110", 2, ("GP",)),
            S(D(2026, 1, 21), "97750", 1, ("GP",), denied="CO"),
        ]),
    ]
    for prov, clm, svcs in claims:
        for s in svcs:
            commercial(s, st)
            if not s.denied and s.code == "99214":
                pass
        # own words for the service names printed by this plan
    notes = {"A": "Your plan's copayment for an outpatient rehabilitation visit is $20.00 per day.",
             "B": "This test was not approved in advance as your plan requires. The provider cannot bill you for it.",
             "C": "Supplies from a provider outside the network are not covered without plan approval. You may owe "
                  "this amount.",
             "D": "Specialist office visit copayment."}
    L, R = 40, 572

    def head(d: Doc) -> float:
        d.font("DVSans-B", 10)
        d.text(L, 36, "Northgate Senior Advantage (HMO)")
        d.font("DVSans", 7)
        d.text(R, 36, f"{pat}  |  Member ID NSA-70318842  |  Page {d.page} of {NP}", "r")
        d.hline(L, R, 44, 0.6)
        return 62

    doc.font("DVSans-B", 15)
    doc.text(L, 50, "Northgate Senior Advantage (HMO)")
    doc.font("DVSans", 8)
    doc.text(L, 62, "A Medicare Advantage plan from Northgate Health Cooperative")
    doc.font("DVSans-B", 12)
    doc.text(R, 50, "Your Explanation of Benefits", "r")
    doc.font("DVSans", 8)
    doc.text(R, 62, "for medical services in January 2026", "r")
    doc.text(R, 74, f"Page 1 of {NP}", "r")
    for i, t in enumerate(("ELEANOR M PRUITT", "77 CANTERBURY LN APT 4B", "HOLLISTON BAY, ME 04999")):
        doc.text(L, 100 + 11 * i, t)
    doc.rect(330, 92, R - 330, 48, fill=0.93)
    for i, t in enumerate(("This is not a bill.", "Member ID: NSA-70318842", "Plan: H9907-014  |  Issued February 4, 2026")):
        doc.text(338, 106 + 12 * i, t)
    y = 168
    allsv = [s for c in claims for s in c[2]]
    doc.font("DVSans-B", 10)
    doc.text(L, y, "Section 1  Your cost summary")
    y += 6
    doc.hline(L, R, y, 0.8)
    y += 14
    doc.font("DVSans", 8)
    rows = [("", "January 2026", "Year to date"),
            ("Total amount providers billed", M(total(allsv, "billed"), "$"), M(total(allsv, "billed"), "$")),
            ("Total your plan paid", M(total(allsv, "paid"), "$"), M(total(allsv, "paid"), "$")),
            ("Total your share (what you may owe providers)", M(total(allsv, "owes"), "$"), M(total(allsv, "owes"), "$"))]
    for a, b, c in rows:
        doc.text(L, y, a)
        doc.text(430, y, b, "r")
        doc.text(R, y, c, "r")
        y += 12
    y += 8
    doc.font("DVSans-B", 10)
    doc.text(L, y, "Section 2  Your out-of-pocket maximum")
    y += 6
    doc.hline(L, R, y, 0.8)
    y += 14
    doc.font("DVSans", 8)
    oop = total([s for s in allsv if not s.denied], "owes")
    doc.text(L, y, f"You have paid {M(oop, '$')} toward your $4,900.00 in-network out-of-pocket maximum for 2026.")
    y += 11
    doc.text(L, y, "Amounts for services the plan does not cover do not count toward this maximum.")
    y += 22
    doc.font("DVSans-B", 10)
    doc.text(L, y, "Section 3  Your medical claims processed in January 2026")
    y += 6
    doc.hline(L, R, y, 0.8)
    y += 16
    cols = [("Date of", "service", L, "l"), ("Services you received", "", 92, "l"),
            ("Amount", "billed", 352, "r"), ("Plan's", "allowed", 410, "r"),
            ("Plan's", "share", 458, "r"), ("Your", "share", 508, "r"), ("See", "note", 522, "l")]

    def colhead(d: Doc, y: float) -> float:
        d.font("DVSans-B", 6.8)
        for a, b, x, al in cols:
            d.text(x, y, a, al)
            d.text(x, y + 8, b, al)
        d.hline(L, R, y + 12, 0.4)
        d.font("DVSans", 7.2)
        return y + 22
    fl = Flow(doc, y, 742, head, None)
    lines, tclaims = [], []
    for prov, clm, svcs in claims:
        fl.need(70)
        doc.rect(L, fl.y - 10, R - L, 26, fill=0.9, lw=0.3)
        doc.font("DVSans-B", 8)
        doc.text(L + 6, fl.y, f"{prov}")
        doc.font("DVSans", 7.2)
        doc.text(L + 6, fl.y + 10, f"Claim number {clm}   |   Patient: {pat}")
        doc.text(R - 6, fl.y + 10, "In network" if "Supply" not in prov else "Out of network", "r")
        fl.y = colhead(doc, fl.y + 26)

        def cont(prov=prov, clm=clm):
            doc.font("DVSans-B", 8)
            doc.text(L, fl.y, f"{prov}  -  claim number {clm}, continued")
            fl.y = colhead(doc, fl.y + 12)
        for s in svcs:
            txt = f"{s.desc} ({codemods(s, '-')})"
            wl = wrap(doc, txt, 200)
            fl.need(6 + 9 * len(wl), cont)
            rm = ("B" if s.denied == "CO" else "C") if s.denied else ("D" if s.code == "99214" else "A")
            if not s.denied and s.copay == 0:
                rm = ""
            vals = [dfmt(s.dos, "mdy2"), wl[-1] if len(wl) == 1 else wl[0], M(s.billed, "$"), M(s.allowed, "$"),
                    M(s.paid, "$"), M(s.owes, "$"), rm]
            for (a, b, x, al), v in zip(cols, vals):
                doc.text(x, fl.y, v, al)
            for i, t in enumerate(wl[1:]):
                doc.text(92, fl.y + 9 * (i + 1), t)
            lines.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                                    remarks=[rm] if rm else []))
            fl.y += 4 + 9 * len(wl)
            doc.hline(L, R, fl.y - 6, 0.15)
        fl.need(14)
        doc.font("DVSans-B", 7.2)
        doc.text(92, fl.y + 2, "Totals for this claim")
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        for v, x in zip(tv, (352, 410, 458, 508)):
            doc.text(x, fl.y + 2, M(v, "$"), "r")
        tclaims.append({"claim_id": None, "payer_claim_id": clm, "patient": pat,
                        "totals": claim_totals(tv[0], tv[1], tv[2], tv[3])})
        fl.y += 26
    fl.need(80)
    doc.font("DVSans-B", 9)
    doc.text(L, fl.y, "Notes")
    doc.font("DVSans", 7.2)
    for k, v in notes.items():
        for i, t in enumerate(wrap(doc, v, 480)):
            fl.y += 10
            doc.text(L + 22, fl.y, t)
            if i == 0:
                doc.text(L, fl.y, k)
    fl.y += 20
    doc.text(L, fl.y, "Questions? Call Northgate Member Services at 1-877-555-0190 (TTY 711), 8 a.m. to 8 p.m., 7 days a week.")
    doc.text(L, fl.y + 10, "H9907_EOB26_M  Northgate Senior Advantage is an HMO plan with a Medicare contract.")
    pages = finish(doc)
    write_truth(pdf, "h107_b1", "fpdf2", pages, "Medicare Advantage member EOB", lines, tclaims, list(notes.items()))


# ===================================================================================================== B2
def layout_b2(out: Path) -> None:
    """Medicare Summary Notice, Part B, reportlab portrait Liberation Serif."""
    name = "h107_b2_medicare_summary_notice"
    pdf = out / f"{name}.pdf"
    doc = Doc(pdf, "reportlab", title="Medicare Summary Notice")
    st = PlanState(ded_left=Decimal("183.00"))
    pat = "WALTER J HENNESSEY"
    claims = [
        (D(2026, 1, 6), "Ashgrove Outpatient Therapy", "OTC-310442", "26006400118250", [
            S(D(2026, 1, 6), "97163", 1, ("GP",)), S(D(2026, 1, 6), "97110", 2, ("GP",)),
            S(D(2026, 1, 6), "97140", 1, ("GP", "59"))]),
        (D(2026, 1, 9), "Ashgrove Outpatient Therapy", "OTC-310518", "26009400244761", [
            S(D(2026, 1, 9), "97110", 3, ("GP",)), S(D(2026, 1, 9), "97112", 1, ("GP",)),
            S(D(2026, 1, 9), "97530", 1, ("GP", "CQ")), S(D(2026, 1, 9), "97014", 1, ("GP",), denied="CO")]),
        (D(2026, 1, 13), "Ashgrove Outpatient Therapy", "OTC-310601", "26013400301177", [
            S(D(2026, 1, 13), "97110", 2, ("GP",)), S(D(2026, 1, 13), "97116", 2, ("GP", "CQ")),
            S(D(2026, 1, 13), "97140", 1, ("GP",)), S(D(2026, 1, 13), "97112", 1, ("GP",)),
            S(D(2026, 1, 13), "97530", 2, ("GP", "KX")), S(D(2026, 1, 13), "G0283", 1, ("GP",)),
            S(D(2026, 1, 13), "97018", 1, ("GP",), denied="PR")]),
        (D(2026, 1, 20), "Rosalind Achterberg, M.D.", None, "26020400412095", [
            S(D(2026, 1, 20), "99214", 1), S(D(2026, 1, 20), "20560", 1, denied="PR")]),
    ]
    for *_, svcs in claims:
        for s in svcs:
            medicare(s, st)
    notes = {"A": "The amount Medicare paid the provider for this claim is $ after 2% was withheld by law from "
                  "Medicare payments.",
             "B": "Medicare does not pay for this service when it is given without supervision in this setting. "
                  "The provider may not bill you for it.",
             "C": "This service is not covered by Medicare. You may be billed for it.",
             "D": "You have now met $183.00 of your $283.00 Part B deductible for 2026.",
             "E": "Your therapy costs have passed the yearly amount; the provider confirmed the services are "
                  "needed (KX)."}
    L, R = 50, 562

    def head(d: Doc) -> float:
        d.font("LibSerif", 8)
        d.text(L, 36, f"{pat.title()}")
        d.text(R, 36, f"Page {d.page} of {NP}", "r")
        d.font("LibSerif-B", 10)
        d.text(L, 48, "Your Claims for Part B (Medical Insurance)")
        d.hline(L, R, 54, 1.2)
        return 72

    # page 1 dashboard
    doc.font("LibSerif-B", 18)
    doc.text(L, 56, "Medicare Summary Notice")
    doc.font("LibSerif", 10)
    doc.text(L, 70, "for Part B (Medical Insurance)")
    doc.text(R, 56, "The Official Summary of Your", "r")
    doc.text(R, 68, "Medicare Claims from the Centers", "r")
    doc.text(R, 80, "for Medicare & Medicaid Services", "r")
    doc.font("LibSerif", 9)
    for i, t in enumerate((pat, "1412 BEECHWOOD TER", "SALTMARSH KY 40999-1290")):
        doc.text(L, 108 + 11 * i, t)
    doc.rect(320, 96, R - 320, 66, fill=0.92)
    for i, t in enumerate(("Notice for Walter J Hennessey", "Medicare Number  XXXXXXX9K42", "Date of This Notice  February 10, 2026",
                           "Claims Processed Between  Nov 12, 2025 - Feb 9, 2026")):
        doc.text(328, 110 + 13 * i, t)
    allsv = [s for c in claims for s in c[4]]
    doc.font("LibSerif-B", 12)
    doc.text(L, 200, "Your Deductible Status")
    doc.font("LibSerif", 9)
    doc.text(L, 214, "Your deductible is what you must pay for most health services before Medicare begins to pay.")
    doc.text(L, 226, "Part B Deductible: You have now met $183.00 of your $283.00 deductible for 2026.")
    doc.font("LibSerif-B", 12)
    doc.text(L, 256, "Your Claims & Costs This Period")
    doc.font("LibSerif", 9)
    doc.text(L, 272, "Did Medicare approve all services?")
    doc.text(R, 272, "No", "r")
    doc.text(L, 286, "Number of services Medicare denied")
    doc.text(R, 286, str(sum(1 for s in allsv if s.denied)), "r")
    doc.text(L, 300, "Total you may be billed")
    doc.text(R, 300, M(total(allsv, "owes"), "$"), "r")
    doc.font("LibSerif-B", 12)
    doc.text(L, 330, "Providers with Claims This Period")
    doc.font("LibSerif", 9)
    yy = 346
    seen = []
    for dd, prov, *_ in claims:
        if prov not in seen:
            seen.append(prov)
            ds = [c[0] for c in claims if c[1] == prov]
            doc.text(L, yy, prov)
            doc.text(R, yy, ", ".join(dfmt(x, "mon") for x in ds), "r")
            yy += 12
    doc.rect(L, 420, R - L, 80)
    doc.font("LibSerif-B", 10)
    doc.text(L + 8, 436, "Is this information correct?")
    doc.font("LibSerif", 9)
    doc.text(L + 8, 450, "If you don't recognize a provider's name, service, or date, call the provider first.")
    doc.text(L + 8, 462, "If you suspect fraud, call 1-800-555-0133.  You have until June 10, 2026 to ask for a review.")
    doc.new_page()
    y = head(doc)
    cols = [("Service Provided &", "Billing Code", L, "l"), ("Service", "Approved?", 290, "c"),
            ("Amount|Provider", "Charged", 368, "r"), ("Medicare-|Approved", "Amount", 430, "r"),
            ("Amount|Medicare", "Paid", 486, "r"), ("Maximum|You May Be", "Billed", 538, "r"),
            ("See", "Notes", 544, "l")]

    def colhead(d: Doc, y: float) -> float:
        d.font("LibSerif-B", 7.5)
        for a, b, x, al in cols:
            parts = a.split("|") + [b]
            for i, t in enumerate(parts[-3:] if len(parts) == 3 else [""] + parts):
                d.text(x, y + 9 * i, t, al)
        d.hline(L, R, y + 22, 0.5)
        d.font("LibSerif", 8)
        return y + 33
    fl = Flow(doc, y, 740, head, None)
    lines, tclaims = [], []
    for dd, prov, acct, clm, svcs in claims:
        fl.need(80)
        doc.font("LibSerif-B", 10)
        doc.text(L, fl.y, dfmt(dd, "month"))
        fl.y += 13
        doc.font("LibSerif", 8.5)
        doc.text(L, fl.y, f"{prov}, 2200 Quarry Road, Saltmarsh, KY 40999")
        fl.y += 11
        doc.text(L, fl.y, f"Claim number {clm}" + (f"    Provider's account {acct}" if acct else ""))
        fl.y += 11
        doc.text(L, fl.y, "Provider accepted assignment")
        fl.y = colhead(doc, fl.y + 14)

        def cont(dd=dd, clm=clm):
            doc.font("LibSerif-B", 9)
            doc.text(L, fl.y, f"{dfmt(dd, 'month')} (continued)  claim number {clm}")
            fl.y = colhead(doc, fl.y + 12)
        for s in svcs:
            wl = wrap(doc, f"{s.desc} ({codemods(s, '-')})", 222)
            fl.need(4 + 10 * len(wl), cont)
            nt = ["B"] if s.denied == "CO" else ["C"] if s.denied else (["A"] + (["D"] if s.deductible else [])
                                                                       + (["E"] if "KX" in s.mods else []))
            # wrapped wording: earlier text lines above, the amounts on the line that ends with the code
            for t in wl[:-1]:
                doc.text(L, fl.y, t)
                fl.y += 10
            vals = [wl[-1], "No" if s.denied else "Yes", M(s.billed, "$"), M(s.allowed, "$"), M(s.paid, "$"),
                    M(s.owes, "$"), ", ".join(nt)]
            for (a, b, x, al), v in zip(cols, vals):
                doc.text(x, fl.y, v, al)
            fl.y += 14
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "allowed", "paid", "patient_owes"), units=False, remarks=nt))
        fl.need(14)
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.hline(300, R, fl.y - 8, 0.4)
        doc.font("LibSerif-B", 8)
        doc.text(L, fl.y, "Total for this claim")
        for v, x in zip(tv, (368, 430, 486, 538)):
            doc.text(x, fl.y, M(v, "$"), "r")
        tclaims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                        "totals": claim_totals(tv[0], tv[1], tv[2], tv[3])})
        fl.y += 24
    fl.need(110)
    doc.font("LibSerif-B", 10)
    doc.text(L, fl.y, "Notes for Claims Above")
    doc.font("LibSerif", 8.5)
    for k, v in notes.items():
        if k == "A":
            v = v.replace("$ ", "reduced ")
        for i, t in enumerate(wrap(doc, v, 470)):
            fl.y += 11
            doc.text(L + 20, fl.y, t)
            if i == 0:
                doc.text(L, fl.y, k)
    pages = finish(doc)
    write_truth(pdf, "h107_b2", "reportlab", pages, "Medicare Summary Notice Part B", lines, tclaims,
                list(notes.items()))


# ===================================================================================================== C1
def layout_c1(out: Path) -> None:
    """State Medicaid MMIS paper remittance advice, fpdf2 landscape core Courier."""
    name = "h107_c1_state_medicaid_ra"
    pdf = out / f"{name}.pdf"
    doc = Doc(pdf, "fpdf2", landscape=True, title="Remittance Advice")

    def mk(dos, code, units, mods=(), denied=None):
        return medicaid(S(dos, code, units, mods, denied=denied), deny_reason="B7")
    paid = [
        ("TAVARES, LUCIANA", "700389954", "LOT-22790", "2026013000125", [
            mk(D(2026, 1, 5), "97163", 1, ("GP",)), mk(D(2026, 1, 7), "97110", 2, ("GP",)),
            mk(D(2026, 1, 7), "97140", 1, ("GP",)), mk(D(2026, 1, 12), "97110", 2, ("GP",)),
            mk(D(2026, 1, 12), "97116", 2, ("GP",)), mk(D(2026, 1, 14), "97110", 2, ("GP",)),
            mk(D(2026, 1, 19), "97110", 2, ("GP",)), mk(D(2026, 1, 19), "97112", 1, ("GP",)),
            mk(D(2026, 1, 21), "97530", 2, ("GP",))]),
        ("OKONKWO, JUDAH", "700418832", "LOT-22817", "2026013000127", [
            mk(D(2026, 1, 6), "92507", 1, ("GN",)), mk(D(2026, 1, 8), "92507", 1, ("GN",)),
            mk(D(2026, 1, 13), "92507", 1, ("GN",)), mk(D(2026, 1, 15), "92526", 1, ("GN",)),
            mk(D(2026, 1, 20), "92507", 1, ("GN",)), mk(D(2026, 1, 22), "92526", 1, ("GN",))]),
        ("FERREIRA, ISABELA", "700552190", "LOT-22830", "2026013000128", [
            mk(D(2026, 1, 5), "97166", 1, ("GO",)), mk(D(2026, 1, 7), "97530", 4, ("GO",)),
            mk(D(2026, 1, 9), "97530", 4, ("GO",)), mk(D(2026, 1, 12), "97533", 2, ("GO",)),
            mk(D(2026, 1, 12), "97535", 2, ("GO",)), mk(D(2026, 1, 14), "97530", 3, ("GO",)),
            mk(D(2026, 1, 16), "97530", 4, ("GO",)), mk(D(2026, 1, 19), "97533", 2, ("GO",)),
            mk(D(2026, 1, 21), "97530", 4, ("GO",)), mk(D(2026, 1, 23), "97110", 2, ("GO",)),
            mk(D(2026, 1, 26), "97530", 4, ("GO",)), mk(D(2026, 1, 28), "97112", 2, ("GO",))]),
        ("HALVORSEN, PIETER", "700601447", "LOT-22904", "2026013000131", [
            mk(D(2026, 1, 7), "97162", 1, ("GP",)), mk(D(2026, 1, 9), "97110", 3, ("GP",)),
            mk(D(2026, 1, 9), "97116", 2, ("GP", "59")), mk(D(2026, 1, 14), "97110", 3, ("GP",)),
            mk(D(2026, 1, 14), "97140", 1, ("GP",)), mk(D(2026, 1, 16), "97110", 3, ("GP",)),
            mk(D(2026, 1, 16), "97112", 1, ("GP",)), mk(D(2026, 1, 21), "97530", 2, ("GP", "CQ"))]),
    ]
    orig = [mk(D(2025, 12, 15), "97530", 3, ("GO",)), mk(D(2025, 12, 15), "97535", 1, ("GO",))]
    repl = [mk(D(2025, 12, 15), "97530", 4, ("GO",)), mk(D(2025, 12, 15), "97535", 1, ("GO",))]
    adjusted = [("FERREIRA, ISABELA", "700552190", "LOT-22611", "2025352000884", [negate(x) for x in orig], "VOID"),
                ("FERREIRA, ISABELA", "700552190", "LOT-22611", "2026013000140", repl, "REPLACEMENT")]
    denied = [("NAKASHIMA, REI", "700733015", "LOT-22911", "2026013000135", [
        mk(D(2026, 1, 8), "97165", 1, ("GO",), denied="CO"), mk(D(2026, 1, 8), "97530", 3, ("GO",), denied="CO")])]
    eob = {"0101": "Paid at the program fee schedule amount.",
           "0215": "Units billed are at the daily limit for this procedure.",
           "0388": "Recipient was not eligible for program benefits on the date of service.",
           "0512": "Claim adjustment: original claim voided and replaced by the claim shown.",
           "0640": "Prior authorization on file covers this service."}
    L, R = 26, 766
    W = 7.6

    def head(d: Doc) -> float:
        d.font("Courier-Bold", 8.5)
        d.text(L, 30, "STATE OF NORTH PLAINS  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM")
        d.text(R, 30, f"PAGE {d.page:>3} OF {NP:>3}", "r")
        d.font("Courier", W)
        d.text(L, 41, "REMITTANCE ADVICE   RA NUMBER 0004417302   RA DATE 02/02/2026   PAYMENT BY EFT 0000881209")
        d.text(L, 51, "PROVIDER: LITTLE OAKS THERAPY COLLECTIVE     PROVIDER ID 1447028819   TAXONOMY 225X00000X")
        d.text(L, 61, "-" * 150)
        return 74

    def colhead(d: Doc, y: float) -> float:
        d.font("Courier", W)
        d.text(L, y, f"{'RECIPIENT NAME':<22} {'RECIP ID':<11} {'PATIENT ACCT':<14} {'ICN':<14}")
        d.text(L, y + 10, f"   {'LN':>2}  {'SERVICE DT':<10}  {'PROC':<5}  {'MODS':<8}{'UNITS':>6}  {'BILLED':>10}  "
                          f"{'ALLOWED':>10}  {'TPL AMT':>9}  {'PAID':>10}   EOB CODES")
        d.text(L, y + 18, "   " + "-" * 105)
        return y + 30

    y = head(doc)
    fl = Flow(doc, y, 580, head, None)
    lines, tclaims = [], []

    def claim_block(sec, pat, rid, acct, icn, svcs, tag=""):
        fl.need(40, lambda: setattr(fl, "y", colhead(doc, fl.y)))
        doc.font("Courier-Bold", W)
        doc.text(L, fl.y, f"{pat:<22} {rid:<11} {acct:<14} {icn:<14} {tag}")
        fl.y += 11
        doc.font("Courier", W)
        for i, s in enumerate(svcs, 1):
            if fl.need(11):
                fl.y = colhead(doc, fl.y)
                doc.font("Courier", W)
                doc.text(L, fl.y, f"{pat:<22} {rid:<11} {acct:<14} {icn:<14} CONTINUED")
                fl.y += 11
            if sec == "DENIED":
                codes = ["0388"]
            elif s.billed < 0:
                codes = ["0512"]
            else:
                codes = ["0101"] + (["0215"] if s.units >= 4 and s.code == "97530" and s.billed > 0 else []) + \
                    (["0640"] if s.code in ("97166", "97162") else [])
            mods = " ".join(s.mods)
            row = (f"   {i:>2}  {dfmt(s.dos, 'mdy4')}  {s.code:<5}  {mods:<8}{units_str(s.units):>6}  "
                   f"{M(s.billed, ',', 'trail'):>10}  {M(s.allowed, ',', 'trail'):>10}  {M(ZERO):>9}  "
                   f"{M(s.paid, ',', 'trail'):>10}   {' '.join(codes)}")
            doc.text(L, fl.y, row)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=pat,
                                    printed=("billed", "allowed", "paid"), remarks=codes, description=False))
            fl.y += 10
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid")]
        doc.text(L, fl.y, f"   {'CLAIM TOTAL':<37}{M(tv[0], ',', 'trail'):>12}  {M(tv[1], ',', 'trail'):>10}"
                          f"  {M(ZERO):>9}  {M(tv[2], ',', 'trail'):>10}")
        tclaims.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat,
                        "totals": claim_totals(tv[0], tv[1], tv[2])})
        fl.y += 16

    for sec, blocks in (("PAID", paid), ("ADJUSTED", adjusted), ("DENIED", denied)):
        fl.need(60)
        doc.font("Courier-Bold", 9)
        doc.text(L, fl.y, f"*** {sec} CLAIMS ***")
        fl.y = colhead(doc, fl.y + 12)
        for b in blocks:
            claim_block(sec, *b[:5], tag=(b[5] + (" OF ICN 2025352000884" if b[5] == "REPLACEMENT" else ""))
                        if len(b) > 5 else "")
        # section totals
        allsv = [s for b in blocks for s in b[4]]
        doc.font("Courier-Bold", W)
        doc.text(L, fl.y, f"   {f'TOTAL {sec} CLAIMS {len(blocks)}':<37}{M(total(allsv, 'billed'), ',', 'trail'):>12}"
                          f"  {M(total(allsv, 'allowed'), ',', 'trail'):>10}  {'':>9}  {M(total(allsv, 'paid'), ',', 'trail'):>10}")
        fl.y += 22
    allp = [s for b in paid + adjusted for s in b[4]]
    fl.need(120)
    doc.font("Courier-Bold", 8)
    doc.text(L, fl.y, "PAYMENT SUMMARY")
    doc.font("Courier", W)
    fl.y += 11
    for a, b in (("CLAIMS PAID AMOUNT", total(allp, "paid")), ("WITHHOLDING / LEVY", ZERO),
                 ("NET PAYMENT", total(allp, "paid"))):
        doc.text(L, fl.y, f"   {a:<28}{M(b, ','):>14}")
        fl.y += 10
    fl.y += 10
    doc.font("Courier-Bold", 8)
    doc.text(L, fl.y, "EOB CODE MESSAGES")
    doc.font("Courier", W)
    for k, v in eob.items():
        fl.y += 10
        doc.text(L, fl.y, f"   {k}  {v}")
    pages = finish(doc)
    write_truth(pdf, "h107_c1", "fpdf2", pages, "state Medicaid MMIS remittance advice", lines, tclaims, list(eob.items()))


# ===================================================================================================== C2
def layout_c2(out: Path) -> None:
    """Medicaid managed-care plan provider remittance, reportlab portrait core Helvetica."""
    name = "h107_c2_medicaid_mco_remit"
    pdf = out / f"{name}.pdf"
    doc = Doc(pdf, "reportlab", title="Provider Remittance Advice")

    def mk(dos, code, units, mods=(), denied=None, copay=ZERO, rarc=None):
        s = medicaid(S(dos, code, units, mods, denied=denied), deny_reason="197")
        if copay and not denied:
            s.copay = copay
            s.paid -= copay
            s.owes = copay
            s.adjs.append(("PR", "3", copay))
        s.remarks = [rarc] if rarc else []
        return s
    claims = [
        ("Ava Lindqvist", "RC4471820", "SS-104477", "2601300044711", [
            mk(D(2026, 1, 6), "97165", 1, ("GO",)), mk(D(2026, 1, 6), "97530", 2, ("GO",)),
            mk(D(2026, 1, 8), "97530", 3, ("GO",)), mk(D(2026, 1, 8), "97533", 1, ("GO",))]),
        ("Kofi Lindqvist", "RC4471838", "SS-104480", "2601300044712", [
            mk(D(2026, 1, 7), "92523", 1, ("GN",)), mk(D(2026, 1, 14), "92507", 1, ("GN",)),
            mk(D(2026, 1, 21), "92507", 1, ("GN",), denied="CO", rarc="N54")]),
        ("Marguerite Ashby", "RC5520937", "SS-104502", "2601300044790", [
            mk(D(2026, 1, 9), "97161", 1, ("GP",), copay=Decimal("2.00")), mk(D(2026, 1, 9), "97110", 2, ("GP",)),
            mk(D(2026, 1, 9), "97140", 1, ("GP", "59")), mk(D(2026, 1, 16), "97110", 2, ("GP",), copay=Decimal("2.00")),
            mk(D(2026, 1, 16), "97112", 2, ("GP",)), mk(D(2026, 1, 16), "97530", 1, ("GP",)),
            mk(D(2026, 1, 23), "97110", 2, ("GP",), copay=Decimal("2.00")), mk(D(2026, 1, 23), "97112", 1, ("GP",)),
            mk(D(2026, 1, 23), "G0283", 1, ("GP",), denied="CO", rarc="M80")]),
        ("Desmond Ashby", "RC5520945", "SS-104519", "2601300044803", [
            mk(D(2026, 1, 12), "97163", 1, ("GP",)), mk(D(2026, 1, 12), "97116", 2, ("GP",)),
            mk(D(2026, 1, 19), "97116", 2, ("GP",)), mk(D(2026, 1, 19), "97530", 2, ("GP", "KX"))]),
    ]
    legend = {"45": "Charge is above the plan's fee schedule for this service (provider write-off).",
              "197": "No prior approval was on file for this service.",
              "3": "Member copayment under the state plan.",
              "N54": "Visits over the approved number need a new approval request.",
              "M80": "Not payable with another service on the same date."}
    L, R = 36, 576

    def head(d: Doc) -> float:
        d.setfill = None
        d.font("Helvetica-Bold", 13)
        d.text(L, 40, "RIVERBEND COMMUNITY CARE")
        d.font("Helvetica", 7.5)
        d.text(L, 50, "Medicaid managed care plan  |  Provider Services 1-866-555-0112  |  PO Box 3307, Ferrous City, MN 55999")
        d.font("Helvetica-Bold", 9)
        d.text(R, 40, "PROVIDER REMITTANCE ADVICE", "r")
        d.font("Helvetica", 7.5)
        d.text(R, 50, f"Page {d.page} of {NP}", "r")
        d.hline(L, R, 56, 1.5)
        return 72

    y = head(doc)
    doc.font("Helvetica", 8)
    info = [("Payee", "Sunnyslope Therapy Partners"), ("Payee NPI", "1669204471"), ("Tax ID", "XX-XXX8123"),
            ("Remit date", "01/31/2026"), ("EFT trace", "RCC0131260447"), ("EFT amount", "")]
    doc.rect(L, y - 10, R - L, 46, fill=0.95)
    allsv = [s for c in claims for s in c[4]]
    info[-1] = ("EFT amount", M(total(allsv, "paid"), "$"))
    for i, (a, b) in enumerate(info):
        x = L + 8 + (i % 3) * 180
        yy = y + 4 + (i // 3) * 16
        doc.font("Helvetica-Bold", 7.5)
        doc.text(x, yy, a)
        doc.font("Helvetica", 8)
        doc.text(x + 60, yy, b)
    y += 56
    cols = [("Ln", L, "l"), ("Svc Date", L + 18, "l"), ("Proc/Mod", L + 72, "l"), ("Units", 200, "r"),
            ("Billed", 252, "r"), ("Allowed", 302, "r"), ("Copay", 342, "r"), ("TPL", 374, "r"),
            ("Paid", 424, "r"), ("Adj Grp-Rsn", 436, "l"), ("Adj Amt", 530, "r"), ("RARC", 540, "l")]

    def colhead(d: Doc, y: float) -> float:
        d.font("Helvetica-Bold", 7)
        d.rect(L, y - 8, R - L, 12, fill=0.82, lw=0.2)
        for t, x, al in cols:
            d.text(x, y, t, al)
        d.font("Helvetica", 7.4)
        return y + 14
    fl = Flow(doc, y, 748, head, None)
    lines, tclaims = [], []
    for pat, mid, acct, clm, svcs in claims:
        fl.need(56)
        doc.font("Helvetica-Bold", 8)
        doc.text(L, fl.y, f"Member: {pat}")
        doc.font("Helvetica", 7.6)
        doc.text(L + 170, fl.y, f"Member ID {mid}")
        doc.text(L + 270, fl.y, f"Patient Acct # {acct}")
        doc.text(R, fl.y, f"Claim # {clm}", "r")
        fl.y = colhead(doc, fl.y + 14)

        def cont(pat=pat, clm=clm):
            doc.font("Helvetica-Oblique" if False else "Helvetica-Bold", 7.6)
            doc.text(L, fl.y, f"Member: {pat}   Claim # {clm}  (continued)")
            fl.y = colhead(doc, fl.y + 12)
        for i, s in enumerate(svcs, 1):
            fl.need(10 * max(1, len(s.adjs)) + 2, cont)
            a0 = s.adjs[0] if s.adjs else None
            vals = [str(i), dfmt(s.dos, "mdy4"), codemods(s, "-"), f"{s.units:.2f}", M(s.billed), M(s.allowed),
                    M(s.copay), M(ZERO), M(s.paid), f"{a0[0]}-{a0[1]}" if a0 else "", M(a0[2]) if a0 else "",
                    " ".join(s.remarks)]
            for (t, x, al), v in zip(cols, vals):
                doc.text(x, fl.y, v, al)
            for g, c, a in s.adjs[1:]:
                fl.y += 9
                doc.text(436, fl.y, f"{g}-{c}")
                doc.text(530, fl.y, M(a), "r")
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "allowed", "copay", "paid"), adjustments=s.adjs,
                                    remarks=s.remarks, description=False))
            fl.y += 11
        tv = [total(svcs, a) for a in ("billed", "allowed", "copay", "paid")]
        fl.need(12)
        doc.hline(210, R, fl.y - 8, 0.3)
        doc.font("Helvetica-Bold", 7.4)
        doc.text(L + 72, fl.y, "Claim totals")
        for v, x in zip(tv, (252, 302, 342, 424)):
            doc.text(x, fl.y, M(v), "r")
        doc.text(530, fl.y, M(sum((a for s in svcs for _, _, a in s.adjs), ZERO)), "r")
        tclaims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                        "totals": claim_totals(tv[0], tv[1], tv[3])})
        fl.y += 22
    fl.need(90)
    doc.font("Helvetica-Bold", 8)
    doc.text(L, fl.y, "Adjustment reason and remark codes on this remittance")
    doc.font("Helvetica", 7.4)
    for k, v in legend.items():
        fl.y += 10
        doc.text(L, fl.y, k)
        doc.text(L + 30, fl.y, v)
    fl.y += 16
    doc.text(L, fl.y, "Group codes: CO = contractual obligation (do not bill the member); PR = member responsibility.")
    pages = finish(doc)
    write_truth(pdf, "h107_c2", "reportlab", pages, "Medicaid managed-care plan remittance", lines, tclaims,
                list(legend.items()))


# ===================================================================================================== D1
def layout_d1(out: Path) -> None:
    """Clearinghouse print of a Medicare Part B remittance in the standard paper-remit style, fpdf2 DejaVu Sans Mono."""
    name = "h107_d1_clearinghouse_medicare_remit"
    pdf = out / f"{name}.pdf"
    doc = Doc(pdf, "fpdf2", title="Remittance Print")
    st = PlanState(ded_left=Decimal("0.00"))
    st_b = PlanState(ded_left=Decimal("95.00"))
    claims = [
        ("SOLANO, DIANA", "1EG4TE5MK73", "OTC-55102", "0226012508812004", "1447781023", st, [
            S(D(2026, 1, 12), "97530", 3, ("GO",)), S(D(2026, 1, 12), "97535", 1, ("GO",)),
            S(D(2026, 1, 14), "97530", 2, ("GO", "CO")), S(D(2026, 1, 14), "97112", 1, ("GO",)),
            S(D(2026, 1, 16), "97530", 3, ("GO", "KX")), S(D(2026, 1, 16), "97140", 1, ("GO", "59"))]),
        ("BRANNIGAN, THEODORE", "3HW9KP2RD18", "OTC-55119", "0226012508812017", "1447781023", st_b, [
            S(D(2026, 1, 13), "97167", 1, ("GO",)), S(D(2026, 1, 15), "97530", 2, ("GO",)),
            S(D(2026, 1, 15), "97535", 2, ("GO",)), S(D(2026, 1, 20), "97530", 2, ("GO",)),
            S(D(2026, 1, 20), "97018", 1, ("GO",), denied="CO"), S(D(2026, 1, 22), "97535", 2, ("GO", "CO")),
            S(D(2026, 1, 22), "97760", 1, ("GO",)), S(D(2026, 1, 27), "97530", 3, ("GO",)),
            S(D(2026, 1, 27), "97168", 1, ("GO",))]),
        ("VUKOVIC, MILENA", "7TR2CW6GJ05", "OTC-55140", "0226012508812033", "1528830064", st, [
            S(D(2026, 1, 21), "92610", 1, ("GN",)), S(D(2026, 1, 23), "92526", 1, ("GN",)),
            S(D(2026, 1, 28), "92526", 1, ("GN",)), S(D(2026, 1, 30), "92526", 1, ("GN",)),
            S(D(2026, 1, 30), "97535", 1, ("GN",)), S(D(2026, 1, 30), "97129", 2, ("GN", "59"))]),
    ]
    for *_, pst, svcs in claims:
        for s in svcs:
            medicare(s, pst, deny_reason="96")
            if s.denied:
                s.remarks = ["N425"]
    legend = {"CO-45": "Charge exceeds the fee schedule amount.", "CO-253": "Sequestration reduction.",
              "PR-1": "Deductible amount.", "PR-2": "Coinsurance amount.", "CO-96": "Non-covered charge.",
              "N425": "Statutorily excluded service."}
    L = 30
    FS = 6.9

    def head(d: Doc) -> float:
        d.font("DVMono-B", 8)
        d.text(L, 32, "CLEARPATH CLAIM EXCHANGE  --  ERA PRINT (STANDARD PAPER REMITTANCE FORMAT)")
        d.font("DVMono", FS)
        d.text(L, 43, "PAYER: LAKEVIEW GOVERNMENT MEDICARE SERVICES  JURISDICTION 19 PART B      PAYEE: CEDAR FORK THERAPY GROUP")
        d.text(L, 52, f"PAYEE NPI: 1447781023   CHECK/EFT #: 770014421895   REMIT DATE: 02/05/2026   PAGE #: {d.page} OF {NP}")
        d.text(L, 61, "=" * 124)
        d.text(L, 72, f"{'PERF PROV':<11} {'SERV DATE':<11}{'POS':>3} {'NOS':>3}  {'PROC':<5} {'MODS':<8}{'BILLED':>9}"
                      f"{'ALLOWED':>9}{'DEDUCT':>9}{'COINS':>9}  {'GRP/RC-AMT':<17}{'PROV PD':>8}")
        d.text(L, 80, "-" * 124)
        return 92

    y = head(doc)
    fl = Flow(doc, y, 752, head, None)
    lines, tclaims = [], []
    for pat, hic, acct, icn, npi, _pst, svcs in claims:
        fl.need(50)
        doc.font("DVMono", FS)
        doc.text(L, fl.y, f"NAME {pat:<22} MID {hic:<12} ACNT {acct:<11} ICN {icn}  ASG Y MOA MA01")
        fl.y += 11
        for s in svcs:
            adj = s.adjs
            fl.need(9 * len(adj) + 2)
            mods = " ".join(s.mods)
            a0 = f"{adj[0][0]}-{adj[0][1]:<4}{M(adj[0][2], ''):>8}" if adj else ""
            row = (f"{npi:<11} {s.dos:%m%d} {s.dos:%m%d%y} 11 {units_str(s.units):>3}  {s.code:<5} {mods:<8}"
                   f"{M(s.billed, ''):>9}{M(s.allowed, ''):>9}{M(s.deductible, ''):>9}{M(s.coinsurance, ''):>9}"
                   f"  {a0:<17}{M(s.paid, ''):>8}")
            doc.text(L, fl.y, row)
            for g, c, a in adj[1:]:
                fl.y += 8.5
                doc.text(L, fl.y, f"{'':<84}{g}-{c:<4}{M(a, ''):>8}")
            if s.remarks:
                fl.y += 8.5
                doc.text(L, fl.y, f"{'':<11} CNTL #: {acct}   REM: {' '.join(s.remarks)}")
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=pat,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=adj, remarks=s.remarks, description=False))
            fl.y += 9.5
        tv = [total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid")]
        fl.need(20)
        doc.text(L, fl.y, f"PT RESP {M(total(svcs, 'owes'), ''):>9}{'':<16}CLAIM TOTALS {M(tv[0], ''):>9}"
                          f"{M(tv[1], ''):>9}{M(tv[2], ''):>9}{M(tv[3], ''):>9}{'':<19}{M(tv[4], ''):>8}")
        fl.y += 9
        doc.text(L, fl.y, f"{'':<90}NET {M(tv[4], ''):>15}")
        tclaims.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat,
                        "totals": claim_totals(tv[0], tv[1], tv[4])})
        fl.y += 16
    allsv = [s for c in claims for s in c[6]]
    fl.need(120)
    doc.text(L, fl.y, "-" * 124)
    fl.y += 10
    doc.text(L, fl.y, f"TOTALS: # OF CLAIMS {len(claims):>3}   BILLED AMT {M(total(allsv, 'billed'), ''):>10}   "
                      f"ALLOWED AMT {M(total(allsv, 'allowed'), ''):>10}   PROV PD AMT {M(total(allsv, 'paid'), ''):>10}")
    fl.y += 9
    doc.text(L, fl.y, f"        PROV ADJ AMT      0.00   CHECK AMT {M(total(allsv, 'paid'), ''):>10}")
    fl.y += 16
    doc.font("DVMono-B", FS)
    doc.text(L, fl.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES (CLEARINGHOUSE SUMMARY WORDING)")
    doc.font("DVMono", FS)
    for k, v in legend.items():
        fl.y += 9
        doc.text(L, fl.y, f"{k:<8}{v}")
    fl.y += 9
    doc.text(L, fl.y, f"{'MA01':<8}You may appeal this determination within 120 days.")
    pages = finish(doc)
    write_truth(pdf, "h107_d1", "fpdf2", pages, "clearinghouse print of a Medicare Part B paper-style remit", lines,
                tclaims, [(k.split("-")[-1], v) for k, v in legend.items()])


# ===================================================================================================== D2
def layout_d2(out: Path) -> None:
    """Practice-management system ERA posting detail, reportlab landscape Liberation Sans Narrow."""
    name = "h107_d2_pm_era_posting_detail"
    pdf = out / f"{name}.pdf"
    doc = Doc(pdf, "reportlab", landscape=True, title="ERA Posting Detail")
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.74"))
    st2 = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.74"))
    rows = [
        ("Abernathy, Colm", "10518", "E26014400088", st2, [
            S(D(2026, 1, 7), "97165", 1, ("GO",)), S(D(2026, 1, 7), "97760", 1, ("GO",)),
            S(D(2026, 1, 9), "97110", 2, ("GO",)), S(D(2026, 1, 9), "20560", 1, ("GO",), denied="PR")]),
        ("Szabo, Lena", "10533", "E26014400102", st2, [
            S(D(2026, 1, 13), "97168", 1, ("GO",)), S(D(2026, 1, 13), "97530", 3, ("GO",)),
            S(D(2026, 1, 16), "97530", 3, ("GO",)), S(D(2026, 1, 16), "97535", 1, ("GO",))]),
        ("Ng, Harriet", "10442", "E26014400071", st, [
            S(D(2026, 1, 5), "97166", 1, ("GO",)), S(D(2026, 1, 5), "97760", 2, ("GO",)),
            S(D(2026, 1, 5), "L3807", 1, ("LT",)), S(D(2026, 1, 8), "97140", 2, ("GO",)),
            S(D(2026, 1, 8), "97110", 2, ("GO",)), S(D(2026, 1, 12), "97140", 2, ("GO",)),
            S(D(2026, 1, 12), "97530", 2, ("GO",)), S(D(2026, 1, 15), "97760", 1, ("GO",)),
            S(D(2026, 1, 15), "97110", 3, ("GO",)), S(D(2026, 1, 19), "97018", 1, ("GO",), denied="CO"),
            S(D(2026, 1, 19), "97140", 2, ("GO", "59")), S(D(2026, 1, 19), "97530", 2, ("GO",))]),
    ]
    for *_, pst, svcs in rows:
        for s in svcs:
            commercial(s, pst, deny_reason="204" if s.denied == "PR" else "97")
    # a reversal and re-adjudication of a December line
    old = commercial(S(D(2025, 12, 29), "97110", 2, ("GO",)), PlanState(allowed_rate=Decimal("0.70")))
    new = commercial(S(D(2025, 12, 29), "97110", 2, ("GO",)), PlanState(allowed_rate=Decimal("0.74")))
    rows.append(("Ng, Harriet", "10442", "E25364400912", None, [negate(old), new]))
    L, R = 24, 768
    cols = [("DOS", 24, "l"), ("CPT", 70, "l"), ("Mod", 100, "l"), ("Units", 150, "r"), ("Charge", 200, "r"),
            ("Allowed", 246, "r"), ("Deduct", 290, "r"), ("Coins", 330, "r"), ("Copay", 366, "r"),
            ("Adj Code", 378, "l"), ("Adj Amt", 450, "r"), ("Ins Paid", 500, "r"), ("Pt Resp", 548, "r"),
            ("Posted To", 560, "l"), ("Batch", 700, "l")]

    def head(d: Doc) -> float:
        d.font("LibNarrow-B", 11)
        d.text(L, 30, "TheraLedger PM  -  ERA Posting Detail")
        d.font("LibNarrow", 8)
        d.text(L, 41, "Practice: Bluewater Hand & Upper Limb Therapy (Location 02 - Marina Plaza)")
        d.text(R, 30, "Run 02/06/2026 14:22  user: kdelacroix", "r")
        d.text(R, 41, f"Page {d.page} of {NP}", "r")
        d.text(L, 52, "Payer: Amberfield Mutual Health (payer ID 60194)   ERA check/EFT: 0045518870   Paid 02/04/2026   "
                      "Filter: all claims in ERA")
        d.hline(L, R, 57, 1.0)
        d.font("LibNarrow-B", 7.8)
        for t, x, al in cols:
            d.text(x, 70, t, al)
        d.hline(L, R, 74, 0.4)
        d.font("LibNarrow", 7.8)
        return 86

    y = head(doc)
    fl = Flow(doc, y, 580, head, lambda d: (d.font("LibNarrow", 7), d.text(L, 596, "Confidential - contains PHI"),
                                            d.font("LibNarrow", 7.8)))
    lines, tclaims = [], []
    for pat, acct, icn, _pst, svcs in rows:
        fl.need(40)
        doc.font("LibNarrow-B", 8)
        rev = "  (reversal and correction of prior payment)" if _pst is None else ""
        doc.text(L, fl.y, f"Patient: {pat}   Acct #{acct}   Payer Claim #: {icn}   Status: "
                          f"{'22 Reversal/Corrected' if _pst is None else '1 Processed as Primary'}{rev}")
        doc.font("LibNarrow", 7.8)
        fl.y += 12

        def cont(pat=pat, acct=acct, icn=icn):
            doc.font("LibNarrow-B", 8)
            doc.text(L, fl.y, f"Patient: {pat}   Acct #{acct}   Payer Claim #: {icn}   (cont.)")
            doc.font("LibNarrow", 7.8)
            fl.y += 12
        for s in svcs:
            adj = s.adjs
            fl.need(10 * len(adj) + 2, cont)
            a0 = adj[0]
            vals = [dfmt(s.dos, "mdyn"), s.code, ",".join(s.mods), units_str(s.units), M(s.billed, ",", "()"),
                    M(s.allowed, ",", "()"), M(s.deductible, ",", "()"), M(s.coinsurance, ",", "()"),
                    M(s.copay, ",", "()"), f"{a0[0]}{a0[1]}", M(a0[2], ",", "()"), M(s.paid, ",", "()"),
                    M(s.owes, ",", "()"), f"{pat.split(',')[0]} / visit {dfmt(s.dos, 'mdy2')}", "B-0206-03"]
            for (t, x, al), v in zip(cols, vals):
                doc.text(x, fl.y, v, al)
            for g, c, a in adj[1:]:
                fl.y += 9.5
                doc.text(378, fl.y, f"{g}{c}")
                doc.text(450, fl.y, M(a, ",", "()"), "r")
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=pat,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "copay", "paid",
                                             "patient_owes"), adjustments=adj, description=False))
            fl.y += 11
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        fl.need(14)
        doc.hline(160, 560, fl.y - 8, 0.3)
        doc.font("LibNarrow-B", 7.8)
        doc.text(100, fl.y, "Claim total")
        for v, x in zip(tv, (200, 246, 500, 548)):
            doc.text(x, fl.y, M(v, ",", "()"), "r")
        doc.font("LibNarrow", 7.8)
        tclaims.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat,
                        "totals": claim_totals(tv[0], tv[1], tv[2], tv[3])})
        fl.y += 20
    allsv = [s for r in rows for s in r[4]]
    fl.need(60)
    doc.font("LibNarrow-B", 8.5)
    doc.text(L, fl.y, f"ERA totals: {len(rows)} claims   Charges {M(total(allsv, 'billed'), '$', '()')}   "
                      f"Insurance paid {M(total(allsv, 'paid'), '$', '()')}   Patient responsibility "
                      f"{M(total(allsv, 'owes'), '$', '()')}   Unposted: 0")
    fl.y += 14
    doc.font("LibNarrow", 7.8)
    doc.text(L, fl.y, "Adjustment codes are posted as received on the 835 (group + reason). CO lines are written off; "
                      "PR amounts are transferred to patient balance.")
    pages = finish(doc)
    write_truth(pdf, "h107_d2", "reportlab", pages, "practice-management ERA posting detail report", lines, tclaims, [])


# ===================================================================================================== E1
def layout_e1(out: Path) -> None:
    """Pediatric therapy clinic family statement to a guarantor, fpdf2 portrait Liberation Sans."""
    name = "h107_e1_therapy_clinic_family_statement"
    pdf = out / f"{name}.pdf"
    doc = Doc(pdf, "fpdf2", title="Statement")
    st = PlanState(ded_left=Decimal("300.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    visits = [
        ("Elias Quintero", "V-30812", "CW2601077120", [
            S(D(2026, 1, 6), "97166", 1, ("GO",)), S(D(2026, 1, 6), "97530", 2, ("GO",))]),
        ("Paloma Quintero", "V-30827", "CW2601077133", [
            S(D(2026, 1, 7), "92523", 1, ("GN",)), S(D(2026, 1, 7), "92507", 1, ("GN",), denied="PR")]),
        ("Elias Quintero", "V-30866", "CW2601079902", [
            S(D(2026, 1, 13), "97530", 3, ("GO",)), S(D(2026, 1, 13), "97533", 1, ("GO",)),
            S(D(2026, 1, 13), "97535", 1, ("GO",))]),
        ("Rafael Quintero", "V-30871", "CW2601080415", [
            S(D(2026, 1, 14), "97162", 1, ("GP",)), S(D(2026, 1, 14), "97110", 2, ("GP",)),
            S(D(2026, 1, 14), "97112", 1, ("GP",))]),
        ("Paloma Quintero", "V-30902", "CW2601083378", [
            S(D(2026, 1, 21), "92507", 1, ("GN",)), S(D(2026, 1, 21), "92526", 1, ("GN",))]),
        ("Rafael Quintero", "V-30915", "CW2601084051", [
            S(D(2026, 1, 21), "97110", 2, ("GP",)), S(D(2026, 1, 21), "97140", 1, ("GP",)),
            S(D(2026, 1, 21), "97116", 1, ("GP",))]),
        ("Elias Quintero", "V-30944", "CW2601086120", [
            S(D(2026, 1, 20), "97530", 3, ("GO",)), S(D(2026, 1, 20), "97533", 2, ("GO",)),
            S(D(2026, 1, 27), "97530", 2, ("GO",)), S(D(2026, 1, 27), "97112", 1, ("GO",)),
            S(D(2026, 1, 27), "97535", 2, ("GO",))]),
    ]
    for *_, svcs in visits:
        for s in svcs:
            commercial(s, st)
    L, R = 36, 576
    cols = [("Date", 36, "l"), ("Code", 82, "l"), ("Description", 134, "l"), ("Charge", 350, "r"),
            ("Ins. Paid", 400, "r"), ("Ins. Adj.", 450, "r"), ("Pt. Paid", 494, "r"), ("Your Balance", 576, "r")]
    payments = {"V-30812": Decimal("25.00"), "V-30866": Decimal("25.00")}

    def head(d: Doc) -> float:
        d.font("LibSans-B", 9)
        d.text(L, 34, "Sprout & Sparrow Pediatric Therapy")
        d.font("LibSans", 7.5)
        d.text(R, 34, f"Guarantor: Marisol Quintero   Account 88-0431   Page {d.page} of {NP}", "r")
        d.hline(L, R, 40, 0.5)
        return 56

    def colhead(d: Doc, y: float) -> float:
        d.rect(L, y - 9, R - L, 13, fill=0.25, lw=0.2)
        d.font("LibSans-B", 7.5)
        if d.producer == "fpdf2":
            d.f.set_text_color(255, 255, 255)
        for t, x, al in cols:
            d.text(x + (3 if al == "l" else -3), y, t, al)
        if d.producer == "fpdf2":
            d.f.set_text_color(0, 0, 0)
        d.font("LibSans", 7.8)
        return y + 16

    doc.font("LibSans-B", 17)
    doc.text(L, 52, "Sprout & Sparrow")
    doc.font("LibSans", 9)
    doc.text(L, 64, "Pediatric Therapy  |  OT  |  Speech  |  PT")
    doc.text(L, 76, "5150 Meadowlark Parkway, Suite 110, Coral Bend, FL 33999  |  (305) 555-0186")
    doc.font("LibSans-B", 12)
    doc.text(R, 52, "STATEMENT", "r")
    doc.font("LibSans", 8.5)
    summ = [("Statement date", "02/06/2026"), ("Account number", "88-0431"), ("Page", f"1 of {NP}")]
    for i, (a, b) in enumerate(summ):
        doc.text(440, 66 + 11 * i, a)
        doc.text(R, 66 + 11 * i, b, "r")
    for i, t in enumerate(("MARISOL QUINTERO", "2417 HIBISCUS TRAIL", "CORAL BEND FL 33999-0417")):
        doc.text(L, 112 + 11 * i, t)
    allsv = [s for v in visits for s in v[3]]
    due = total(allsv, "owes") - sum(payments.values())
    doc.rect(360, 104, R - 360, 44, fill=0.9)
    doc.font("LibSans-B", 10)
    doc.text(370, 120, "Amount due")
    doc.text(R - 10, 120, M(due, "$"), "r")
    doc.font("LibSans", 8)
    doc.text(370, 136, "Please pay by 03/06/2026. Cards accepted.")
    doc.font("LibSans", 8)
    y = 170
    doc.text(L, y, "Family members on this account: Elias Quintero, Paloma Quintero, Rafael Quintero.  Insurance on file: "
                   "Crestway Health PPO,")
    doc.text(L, y + 10, "subscriber Marisol Quintero. Each visit shows the claim we sent and how your insurance paid it.")
    y += 30
    y = colhead(doc, y)
    fl = Flow(doc, y, 740, head, None)
    lines, tclaims = [], []
    for pat, visit, clm, svcs in visits:
        fl.need(44, lambda: setattr(fl, "y", colhead(doc, fl.y)))
        doc.font("LibSans-B", 7.8)
        doc.text(L + 3, fl.y, f"{pat}  -  Visit {visit}")
        doc.font("LibSans", 7.2)
        doc.text(R - 3, fl.y, f"Billed to Crestway Health PPO, claim {clm}", "r")
        fl.y += 12
        doc.font("LibSans", 7.8)
        for s in svcs:
            if fl.need(11):
                fl.y = colhead(doc, fl.y)
                doc.font("LibSans-B", 7.8)
                doc.text(L + 3, fl.y, f"{pat}  -  Visit {visit} (continued)")
                doc.font("LibSans", 7.8)
                fl.y += 12
            ins_adj = s.discount if not s.denied else ZERO
            desc = s.desc
            vals = [dfmt(s.dos, "mdy4"), codemods(s, ""), desc, M(s.billed), M(s.paid), M(ins_adj), "", M(s.owes)]
            for (t, x, al), v in zip(cols, vals):
                doc.text(x + (3 if al == "l" else -3), fl.y, v, al)
            lines.append(truth_line(doc.page, s, claim_id=visit, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "paid", "patient_owes"), units=False,
                                    overrides={"description": desc}))
            fl.y += 14
        if visit in payments:
            fl.need(11)
            doc.text(L + 3, fl.y, dfmt(svcs[0].dos, "mdy4"))
            doc.text(134 + 3, fl.y, "Payment - thank you (card at check-in)")
            doc.text(494 - 3, fl.y, M(-payments[visit], ",", "()"), "r")
            doc.text(R - 3, fl.y, M(-payments[visit], ",", "()"), "r")
            fl.y += 11
        fl.need(12)
        vb = total(svcs, "owes") - payments.get(visit, ZERO)
        doc.hline(300, R, fl.y - 8, 0.3)
        doc.font("LibSans-B", 7.8)
        doc.text(134 + 3, fl.y, "Visit balance")
        doc.text(350 - 3, fl.y, M(total(svcs, "billed")), "r")
        doc.text(400 - 3, fl.y, M(total(svcs, "paid")), "r")
        doc.text(R - 3, fl.y, M(vb), "r")
        doc.font("LibSans", 7.8)
        tclaims.append({"claim_id": visit, "payer_claim_id": clm, "patient": pat,
                        "totals": claim_totals(billed=total(svcs, "billed"), paid=total(svcs, "paid"))})
        fl.y += 24
    fl.need(120)
    doc.hline(L, R, fl.y - 6, 1.0)
    doc.font("LibSans-B", 9)
    aging = [("Current", due), ("31-60 days", ZERO), ("61-90 days", ZERO), ("Over 90", ZERO), ("Amount due", due)]
    for i, (a, b) in enumerate(aging):
        doc.text(L + 3 + i * 108, fl.y + 6, a)
        doc.text(L + 3 + i * 108, fl.y + 18, M(b, "$"))
    fl.y += 40
    doc.font("LibSans", 7.5)
    doc.text(L, fl.y, "Speech therapy on 01/07/2026 (92507) was not covered by Crestway because the plan's speech visit "
                      "limit was reached; it stays on your balance.")
    doc.text(L, fl.y + 10, "Questions about this statement? Call our billing office at (305) 555-0187, Monday to Thursday.")
    doc.hline(L, R, fl.y + 24, 0.3)
    doc.text(L, fl.y + 36, f"Detach and return with payment  |  Account 88-0431  |  Marisol Quintero  |  Amount due "
                           f"{M(due, '$')}  |  Amount enclosed $________")
    pages = finish(doc)
    write_truth(pdf, "h107_e1", "fpdf2", pages, "pediatric therapy clinic family statement", lines, tclaims, [])


# ===================================================================================================== E2
def layout_e2(out: Path) -> None:
    """Hospital outpatient-rehab billing statement for a family, reportlab portrait DejaVu Sans Condensed, boxed."""
    name = "h107_e2_hospital_family_statement"
    pdf = out / f"{name}.pdf"
    doc = Doc(pdf, "reportlab", title="Patient Statement")
    accounts = [
        ("Noah Kessler", "HAR7700412", "Outpatient Rehabilitation - Pediatric OT", [
            (S(D(2026, 1, 5), "97165", 1, ("GO",)), "0430"), (S(D(2026, 1, 5), "97530", 2, ("GO",)), "0430"),
            (S(D(2026, 1, 8), "97530", 3, ("GO",)), "0430"), (S(D(2026, 1, 8), "97533", 2, ("GO",)), "0430"),
            (S(D(2026, 1, 12), "97530", 3, ("GO",)), "0430"), (S(D(2026, 1, 12), "97535", 1, ("GO",)), "0430"),
            (S(D(2026, 1, 15), "97530", 2, ("GO",)), "0430"), (S(D(2026, 1, 15), "97110", 2, ("GO",)), "0430"),
            (S(D(2026, 1, 19), "97530", 3, ("GO",)), "0430"), (S(D(2026, 1, 19), "97112", 1, ("GO",)), "0430"),
            (S(D(2026, 1, 22), "97530", 3, ("GO",)), "0430"), (S(D(2026, 1, 22), "97533", 2, ("GO",)), "0430"),
            (S(D(2026, 1, 26), "97168", 1, ("GO",)), "0430")],
         "Crestline Mutual Insurance", "CMI-26-0099142"),
        ("June Kessler", "HAR7700498", "Outpatient Rehabilitation - Speech", [
            (S(D(2026, 1, 9), "92610", 1, ("GN",)), "0440"), (S(D(2026, 1, 16), "92526", 1, ("GN",)), "0440"),
            (S(D(2026, 1, 23), "92526", 1, ("GN",)), "0440")],
         "Crestline Mutual Insurance", "CMI-26-0104417"),
        ("Howard Kessler", "HAR7700533", "Outpatient Rehabilitation - PT / Clinic", [
            (S(D(2026, 1, 14), "99214", 1), "0510"), (S(D(2026, 1, 14), "97161", 1, ("GP",)), "0420"),
            (S(D(2026, 1, 14), "97140", 2, ("GP",)), "0420"), (S(D(2026, 1, 14), "E0730", 1), "0290"),
            (S(D(2026, 1, 14), "A4556", 2), "0270"), (S(D(2026, 1, 21), "97110", 2, ("GP",)), "0420"),
            (S(D(2026, 1, 21), "97140", 1, ("GP",)), "0420"), (S(D(2026, 1, 21), "G0283", 1, ("GP",)), "0420"),
            (S(D(2026, 1, 28), "97110", 3, ("GP",)), "0420"), (S(D(2026, 1, 28), "97750", 1, ("GP",)), "0420")],
         "Crestline Mutual Insurance", "CMI-26-0107730"),
    ]
    L, R = 40, 572
    cols = [("Date", 46, "l"), ("Rev Code", 96, "l"), ("CPT/HCPCS", 140, "l"), ("Description", 200, "l"),
            ("Qty", 430, "r"), ("Charges", 486, "r"), ("Adjust.", 534, "r")]

    def head(d: Doc) -> float:
        d.font("DVCond-B", 9)
        d.text(L, 34, "ST. AURELIAN REGIONAL MEDICAL CENTER")
        d.font("DVCond", 7.5)
        d.text(R, 34, f"Guarantor: Howard Kessler  |  Guarantor No. G-4418207  |  Page {d.page} of {NP}", "r")
        d.hline(L, R, 40, 0.6)
        return 58

    def colhead(d: Doc, y: float) -> float:
        d.rect(L, y - 9, R - L, 13, fill=0.88, lw=0.4)
        d.font("DVCond-B", 7.2)
        for t, x, al in cols:
            d.text(x, y, t, al)
        d.font("DVCond", 7.6)
        return y + 14

    doc.font("DVCond-B", 14)
    doc.text(L, 50, "St. Aurelian Regional Medical Center")
    doc.font("DVCond", 8)
    doc.text(L, 62, "Patient Financial Services  |  900 Cathedral Hill Road, Millbrook, OH 45999  |  1-800-555-0164")
    doc.rect(380, 78, R - 380, 76)
    doc.font("DVCond-B", 9)
    doc.text(388, 92, "PATIENT BILLING STATEMENT")
    doc.font("DVCond", 8)
    items = [("Statement date", "02/09/2026"), ("Guarantor no.", "G-4418207"), ("Page", f"1 of {NP}")]
    for i, (a, b) in enumerate(items):
        doc.text(388, 106 + 11 * i, a)
        doc.text(R - 8, 106 + 11 * i, b, "r")
    for i, t in enumerate(("HOWARD KESSLER", "61 LANTERN HILL DR", "MILLBROOK OH 45999-2210")):
        doc.text(L, 96 + 11 * i, t)
    # per-account insurance outcome (printed at account level only, not per line)
    outcome = {"HAR7700412": (Decimal("1298.76"), Decimal("412.35")), "HAR7700498": (Decimal("301.54"), Decimal("88.91")),
               "HAR7700533": (Decimal("655.18"), Decimal("188.62"))}
    y = 176
    doc.font("DVCond", 7.8)
    doc.text(L, y, "This statement lists hospital outpatient services for members of your household. Each account is "
                   "one episode of care; insurance")
    doc.text(L, y + 10, "activity is shown below the charges. The balance shown is your portion after insurance.")
    y += 30
    fl = Flow(doc, y, 740, head, None)
    lines, tclaims, due = [], [], ZERO
    for pat, har, svc, items_, ins, ref in accounts:
        fl.need(90)
        doc.rect(L, fl.y - 10, R - L, 28, lw=0.8)
        doc.font("DVCond-B", 8.5)
        doc.text(L + 6, fl.y, f"Patient: {pat}")
        doc.text(R - 6, fl.y, f"Account No. {har}", "r")
        doc.font("DVCond", 7.6)
        ds = [s.dos for s, _ in items_]
        doc.text(L + 6, fl.y + 11, f"{svc}   Service dates {dfmt(min(ds), 'mdy4')} - {dfmt(max(ds), 'mdy4')}")
        doc.text(R - 6, fl.y + 11, f"Primary: {ins}", "r")
        fl.y = colhead(doc, fl.y + 32)
        top = fl.y - 23

        def cont(pat=pat, har=har):
            doc.font("DVCond-B", 8)
            doc.text(L + 6, fl.y, f"Patient: {pat}  Account No. {har}  (continued)")
            fl.y = colhead(doc, fl.y + 14)
        for s, rev in items_:
            wl = wrap(doc, s.desc, 210)
            if fl.need(3 + 10 * len(wl), cont):
                top = fl.y - 23
            doc.text(46, fl.y, dfmt(s.dos, "mdy4"))
            doc.text(96, fl.y, rev)
            doc.text(140, fl.y, s.code + (" " + " ".join(s.mods) if s.mods else ""))
            for i, t in enumerate(wl):
                doc.text(200, fl.y + 10 * i, t)
            doc.text(430, fl.y, units_str(s.units), "r")
            doc.text(486, fl.y, M(s.billed), "r")
            lines.append(truth_line(doc.page, s, claim_id=har, payer_claim_id=ref, patient=pat, printed=("billed",)))
            fl.y += 10 * len(wl) + 2
        tb = total([s for s, _ in items_], "billed")
        insp, pt = outcome[har]
        adj = tb - insp - pt
        fl.need(60)
        doc.hline(L, R, fl.y - 7, 0.4)
        rows = [("Total charges", M(tb), ""), (f"{ins} payment  (claim ref. {ref})  02/02/2026", "", M(-insp, ",", "()")),
                ("Contractual allowance per plan agreement", "", M(-adj, ",", "()")),
                ("Patient portion (deductible / coinsurance)", "", "")]
        for a, b, c in rows:
            doc.font("DVCond-B" if a.startswith(("Total", "Patient")) else "DVCond", 7.6)
            doc.text(200, fl.y, a)
            doc.text(486, fl.y, b, "r")
            doc.text(534, fl.y, c, "r")
            if a.startswith("Patient"):
                doc.text(R - 4, fl.y, M(pt, "$"), "r")
            fl.y += 10
        doc.vline(L, top, fl.y - 6, 0.8)
        doc.vline(R, top, fl.y - 6, 0.8)
        doc.hline(L, R, fl.y - 6, 0.8)
        due += pt
        tclaims.append({"claim_id": har, "payer_claim_id": ref, "patient": pat, "totals": claim_totals(billed=tb)})
        fl.y += 16
    fl.need(80)
    doc.rect(L, fl.y - 10, R - L, 54, fill=0.93)
    doc.font("DVCond-B", 10)
    doc.text(L + 8, fl.y + 4, "Total amount due from guarantor")
    doc.text(R - 8, fl.y + 4, M(due, "$"), "r")
    doc.font("DVCond", 7.6)
    doc.text(L + 8, fl.y + 18, "Due by 03/11/2026. Ask us about payment plans and financial assistance before the due date.")
    doc.text(L + 8, fl.y + 30, "Pay online at the patient portal with your guarantor number, or call 1-800-555-0164.")
    pages = finish(doc)
    write_truth(pdf, "h107_e2", "reportlab", pages, "hospital outpatient family billing statement", lines, tclaims, [])


# ===================================================================================================== main
LAYOUTS = [layout_a1, layout_a2, layout_b1, layout_b2, layout_c1, layout_c2, layout_d1, layout_d2,
           layout_e1, layout_e2]


def date_forms(iso: str) -> set[str]:
    d = date.fromisoformat(iso)
    f = {dfmt(d, s) for s in ("mdy2", "mdy4", "mdy6", "mdY8", "mon", "month", "mdyn", "iso", "dmy")}
    f |= {d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"), d.strftime("%b %d, %Y"), f"{d.month}/{d.day}/{d:%y}",
          d.strftime("%d %b %Y"), f"{d.day} {d:%b} {d.year}", f"{d:%b} {d.day}"}
    return f


def build(fn, out: Path) -> None:
    global NP
    NP = "?"
    fn(out)
    import json
    tag = f"h107_{fn.__name__[-2:]}_"
    name = next(p for p in out.glob("*.truth.json") if p.name.startswith(tag))
    NP = str(json.loads(name.read_text())["pages"])
    fn(out)


def main(argv: list[str]) -> int:
    import tempfile
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout107_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    only = [a.split("=", 1)[1] for a in argv if a.startswith("--only=")]
    for fn in LAYOUTS:
        if only and not any(o in fn.__name__ for o in only):
            continue
        build(fn, out)
    print(out)
    if "--check" in argv:
        import json
        bad, nl, npg = [], 0, 0
        for t in sorted(out.glob("h107_*.pdf")):
            errs = check_file(t, date_forms)
            d = json.loads(Path(str(t) + ".truth.json").read_text())
            nl += len(d["lines"])
            npg += d["pages"]
            print(f"{t.name}: {d['producer']}, {d['pages']} pages, {len(d['lines'])} lines, "
                  f"{len(d['claims'])} claims, {'OK' if not errs else f'{len(errs)} problems'}")
            bad += errs
        spans = 0
        for t in sorted(out.glob("h107_*.pdf.truth.json")):
            d = json.loads(t.read_text())
            for c in d["claims"]:
                pg = {ln["page"] for ln in d["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"])
                      == (c["claim_id"], c["payer_claim_id"], c["patient"])}
                if len(pg) > 1:
                    spans += 1
                    break
        if not only and spans < 3:
            bad.append(f"only {spans} files carry a claim whose rows continue onto the next page (need 3)")
        print(f"files with a claim continuing across a page break: {spans}")
        for e in bad:
            print("  ", e)
        print(f"check: {'PASS' if not bad else 'FAIL'} ({nl} lines, {npg} pages)")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
