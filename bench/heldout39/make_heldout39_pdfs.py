"""Write the THIRTY-NINTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader on the five commonest real document kinds, two house styles each, written
without looking at the reader. (bench/heldout/ .. heldout38/ came earlier or alongside.)

Run:  python bench/heldout39/make_heldout39_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout39/make_heldout39_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (by whoever measures the reader, once)

Refuses to write under samples/. Never commit the PDFs this writes. Helpers: bench/heldout39/h39.py (a small
drawing layer over reportlab / fpdf2 and the self-check). Each layout is drawn twice so "Page n of N" is right.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed); claim_id = the provider's own account / patient
control / visit number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the
person who got the service, not the guarantor or subscriber). Every name, number, payer, provider, address and
ID is invented; descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed
creation date, no randomness). No planted findings in this set (expected_findings empty).

Layouts:
  c1  commercial PPO family member EOB (reportlab, portrait Liberation Sans 6.5 pt): subscriber box, family
      summary table, claim heads "Patient / Claim number / Provider / Patient account no.", 13 columns
      ("Amount billed / Network savings / Not covered / Allowed amount / Deductible / Copay / Coinsurance / Plan
      paid / Your cost / Rmk"), code-modifier glued with dashes ("97112-GO-59"), wrapped long wording, a not
      covered line, a claim continued on page 2 with the header repeated, remark legend; no units.
  c2  commercial family "BENEFIT STATEMENT" (fpdf2, landscape DejaVu Sans Condensed): dark banner, shaded
      sidebar (member, plan-year meters, glossary), dark claim bars "CLAIM ... | For: name (relation)",
      "Charges / Disallowed / Reason / Plan approved / Deductible / Copay-coins. / Plan payment / Patient owes",
      Qty, one shared Copay/Coinsurance column ('ci' marks coinsurance), a reversed claim with leading-minus
      amounts and its corrected replacement.
  m1  Medicare Summary Notice Part B (fpdf2, portrait DejaVu Sans): dashboard page, claims pages with the date
      written out, claim number, provider + phone + address, referred-by; "Service Provided & Billing Code /
      Service Approved? / Amount Provider Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You
      May Be Billed / See Notes Below", wording wrapped with "(97530)" sometimes on the second text line, a No
      line, per-claim totals, lettered notes. No units, no modifiers, no provider account number.
  m2  Medicare Advantage HMO member EOB (reportlab, landscape DejaVu Serif): Section 1 month / year-to-date box
      and out-of-pocket panel, Section 2 fully gridded claim tables ("Amount provider billed / Plan's approved
      amount / Plan's share / Your share (copay) / Not covered / See notes"), per-day specialist copay, a not
      covered line the member does not owe, claim heading with provider's claim ref.
  d1  state Medicaid RA as fixed-width Courier rows (reportlab, landscape): PAID / DENIED / ADJUSTED sections,
      recipient rows "LAST, FIRST MI / recip id / ICN / patient acct / claim billed / claim paid", numbered detail
      rows MM/DD/YY, units "2.00", ADJ RSN "CO-45" + amount, 4-digit state EOB codes (as remarks), a void with
      trailing-minus amounts and its replacement, a claim continued onto the next page (CONT'D), payment summary.
  d2  state Medicaid provider RA, portal print (fpdf2, portrait Liberation Sans Narrow): boxed member cards
      (Member / Member ID / TCN / Patient Acct # / Claim status), ruled grid with From and To dates (both
      printed, so service_end is set), Mod 1 / Mod 2, Units, Copay (PR-3) and TPL (OA-23) columns, extra
      adjustments stacked under the row, RARC column, denied claims, glossary.
  r1  Medicare-style standard paper remit printed by a clearinghouse from the ERA (fpdf2, portrait Liberation
      Mono): PERF PROV / SERV DATE "0106 010626" / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS /
      GRP/RC-AMT / PROV PD, NAME/MID/ACNT/ICN/ASG/MOA rows, adjustments stacked under the service row, REM:
      lines, PT RESP / CLAIM TOTALS / NET, a 12-line claim continued on page 2, a denial, a reversal (CLM STATUS
      22) and its re-issue, check totals, glossary.
  r2  practice-management "Insurance Payment Detail - ERA posting report" (reportlab, landscape Helvetica): one
      block per payment (Medicare Advantage, Medicare Part B, commercial), zebra rows, patient "Last, First",
      account and payer claim number only on a claim's first row, Contract / Deduct / Coins-Copay / Seq-Other
      columns and glued codes "CO45 PR2 CO253" (truth carries each code with its column amount), a bundling
      denial, claim and payment totals.
  s1  pediatric therapy clinic family statement (reportlab, portrait DejaVu Sans): tear-off stub, three children
      of one guarantor, visit bands (visit number = claim_id, insurer claim number or "awaiting payment"),
      glued "97530GO", Units, "Charges / Insurance paid / Insurance adjustment / You paid / Your balance"
      (truth: paid = insurance paid, discount = insurance adjustment, patient_owes = the line's balance; pending
      lines print no insurance amounts), a non-covered line, visit balances, aging boxes.
  s2  children's hospital patient statement (fpdf2, portrait Liberation Serif): page 1 account summaries beside a
      shaded sidebar, then itemized charges per account (Date / Rev / Code / Mod / Description / Qty / Amount),
      wrapped wording, insurance payment / adjustment rows with trailing minus after the charges; per line only
      the charge (billed) is printed; three siblings, account number = claim_id.

The self-check (--check) tests the factory, not the reader: it extracts each page's words with pdfplumber and
groups them into text rows; every truth line must match its own row (not reused) holding the code (or, for m1,
the code on the next text line), every non-null amount, units, modifiers and the date (or, for m1, the date on
the page); adjustment codes with amounts and remarks must be on that row or the few rows just under it; ids,
patients and description starts must be in the text; page counts must match; the documents' own arithmetic
must hold (billed - discount - not covered = allowed; allowed - deductible - copay - coinsurance = paid where a
layout prints the cost share; billed - adjustments = paid where every adjustment is printed with its amount;
claim totals printed and equal to the sum of their lines); at least three files must have a claim whose lines
sit on two pages, and both producers must be used.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen  # noqa: E402
from eobgen import (  # noqa: E402
    FIXED_WHEN,
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
    write_truth,
)
from h39 import Draw, check_file, wrap  # noqa: E402

# a few more invented charges / fee-schedule amounts / our own wording
eobgen.FEE.update({"92610": "240.00", "97018": "40.00", "A4556": "18.00", "97542": "70.00", "G0152": "150.00"})
eobgen.SCHED.update({"92610": "98.40", "97018": "5.12", "A4556": "6.10", "97542": "30.90", "G0152": "62.00"})
eobgen.DESC.update({"92610": "Swallow function evaluation", "97018": "Paraffin bath",
                    "A4556": "Stimulator electrodes, per pair", "97542": "Wheelchair fitting and training",
                    "G0152": "Home health OT visit, 15 min"})

D = date
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
AMTS = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered", "discount")


def cents(x: Decimal) -> str:
    return money(x, ",")


class Out:
    def __init__(self, folder: Path, name: str, producer: str, size, rules: dict):
        self.name, self.producer, self.rules = name, producer, rules
        self.path = folder / f"{name}.pdf"
        self.d = Draw(self.path, producer, size, FIXED_WHEN)
        self.lines: list = []
        self.claims: list = []

    def line(self, s: Svc, cid, pcid, pat, printed, **kw):
        self.lines.append(truth_line(self.d.page, s, claim_id=cid, payer_claim_id=pcid, patient=pat,
                                     printed=printed, **kw))

    def claim(self, cid, pcid, pat, **tot):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat,
                            "totals": claim_totals(**tot)})

    def finish(self, desc: str, legend, findings=None):
        self.d.save()
        TOTAL[self.name] = self.d.page
        write_truth(self.path, self.name, self.producer, self.d.page, desc, self.lines, self.claims, legend,
                    findings)


RULES: dict[str, dict] = {}
TOTAL: dict[str, int] = {}


# =============================================================================== c1 commercial member EOB
def c1(folder: Path) -> None:
    o = Out(folder, "h39_c1_family_eob", "reportlab", LETTER, {})
    d = o.d
    F, FB = "LSans", "LSans-B"
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30.00")},
                   allowed_rate=Decimal("0.78"))
    claims = [
        ("Lena Okonkwo-Hale", "Daughter", "Tidewater Pediatric Therapy", "TPT-40918", "CRH2601-0447-812", [
            Svc(D(2026, 1, 6), "97165", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 13), "97530", 3, ("GO",)), Svc(D(2026, 1, 13), "97535", 1, ("GO",)),
            Svc(D(2026, 1, 20), "97530", 3, ("GO",)), Svc(D(2026, 1, 20), "97112", 1, ("GO", "59")),
            Svc(D(2026, 1, 20), "97018", 1, ("GO",), denied="PR"),
            Svc(D(2026, 1, 27), "97530", 2, ("GO",)), Svc(D(2026, 1, 27), "97110", 2, ("GO",)),
            Svc(D(2026, 1, 27), "97140", 1, ("GO",))]),
        ("Marcus Okonkwo-Hale", "Son", "Lanternhill Speech & Language", "LSL-2231-07", "CRH2601-0452-309", [
            Svc(D(2026, 1, 8), "92523", 1, ("GN",)), Svc(D(2026, 1, 15), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 8), "92610", 1, ("GN",)), Svc(D(2026, 1, 22), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 22), "92526", 1, ("GN",)), Svc(D(2026, 1, 29), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 29), "92526", 1, ("GN",)), Svc(D(2026, 1, 29), "97129", 1, ("GN", "59"))]),
        ("Daniel R. Okonkwo-Hale", "Self", "Mercer Street Physical Therapy", "MSPT889031", "CRH2601-0460-115", [
            Svc(D(2026, 1, 9), "99213", 1), Svc(D(2026, 1, 9), "97161", 1, ("GP",)),
            Svc(D(2026, 1, 9), "97110", 2, ("GP",)), Svc(D(2026, 1, 16), "97140", 1, ("GP", "59"))]),
    ]
    remark_of = {"97018": "NC4", "97165": "K7", "92523": "K7", "97161": "K7", "99213": "CP1"}
    for _, _, _, _, _, svcs in claims:
        for s in svcs:
            commercial(s, st)
            if s.code in remark_of:
                s.remarks = [remark_of[s.code]]
    L = 30
    cols = [(L, "l"), (L + 44, "l"), (L + 94, "l"), (L + 236, "r"), (L + 272, "r"), (L + 306, "r"), (L + 344, "r"),
            (L + 378, "r"), (L + 410, "r"), (L + 446, "r"), (L + 482, "r"), (L + 520, "r"), (L + 530, "l")]
    heads = [("Service", "date"), ("Code /", "modifier"), ("What the", "service was"), ("Amount", "billed"),
             ("Network", "savings"), ("Not", "covered"), ("Allowed", "amount"), ("Deduct-", "ible"), ("Copay", ""),
             ("Coin-", "surance"), ("Plan", "paid"), ("Your", "cost"), ("Rmk", "")]

    def furniture():
        d.text(L, 34, "CEDAR RIDGE HEALTH PLAN", FB, 13)
        d.text(L, 46, "PO Box 72214  Harlan Falls, OR 97390  |  cedarridgehp.example", F, 7)
        d.text(582, 34, "Explanation of Benefits", FB, 11, "r")
        d.text(582, 46, "THIS IS NOT A BILL", FB, 8, "r")
        d.hline(L, 582, 52, 1.2)
        d.text(L, 770, "Member ID CRH-51188230-01   Group 007741   Statement date 02/03/2026", F, 6.5)
        d.text(582, 770, f"Page {d.page} of {TOTAL.get(o.name, 0)}", F, 6.5, "r")

    def header(y):
        d.rect(L, y, 552, 20, fill=0.88, stroke=False)
        for (x, a), (h1, h2) in zip(cols, heads):
            d.text(x, y + 8, h1, FB, 6.2, a)
            d.text(x, y + 16, h2, FB, 6.2, a)
        return y + 28

    furniture()
    y = 70
    for t, s_ in (("DANIEL R. OKONKWO-HALE", 8), ("2290 Wrenfield Lane", 8), ("Astoria Bend, OR 97103", 8)):
        d.text(L, y, t, F, s_)
        y += 10
    d.rect(352, 64, 230, 58)
    for i, (k, v) in enumerate((("Subscriber", "Daniel R. Okonkwo-Hale"), ("Member ID", "CRH-51188230-01"),
                                ("Plan", "Cedar Ridge Select PPO 2500"), ("Customer service", "1-800-555-0143"))):
        d.text(358, 76 + 12 * i, k, FB, 7)
        d.text(440, 76 + 12 * i, v, F, 7)
    y = 140
    d.text(L, y, "Your family's claims in this statement", FB, 9)
    y += 6
    d.hline(L, 582, y)
    y += 11
    for k, x in (("Family member", L), ("Claims", 220), ("Amount billed", 320), ("Plan paid", 420),
                 ("Your cost", 520)):
        d.text(x, y, k, FB, 7, "l" if x < 300 else "r")
    y += 11
    for pat, rel, _, _, _, svcs in claims:
        d.text(L, y, f"{pat} ({rel})", F, 7)
        d.text(220, y, "1", F, 7, "r")
        d.text(320, y, money(total(svcs, "billed")), F, 7, "r")
        d.text(420, y, money(total(svcs, "paid")), F, 7, "r")
        d.text(520, y, money(total(svcs, "owes")), F, 7, "r")
        y += 10
    y += 4
    d.text(L, y, "Deductible met (family): $150.00 of $5,000.00   Out-of-pocket met (family): $612.40 of "
           "$10,000.00", F, 7)
    y += 12
    d.rect(L, y, 552, 26, fill=0.95)
    d.text(L + 6, y + 10, "Good news: you saved money by using in-network providers. Keep this statement with your "
           "records; your provider may bill you for", F, 7)
    d.text(L + 6, y + 20, "the amount in the 'Your cost' column.", F, 7)
    y += 38
    for t in ("Important: starting April 1, 2026, outpatient therapy visits after the 30th visit in a plan year need "
              "approval before the visit.", "Your therapist can request it for you. Visits used so far: Lena 14, "
              "Marcus 9, Daniel 3.", "Ask for a paper copy of this statement in large print or another language at "
              "1-800-555-0143."):
        d.text(L, y, t, F, 7)
        y += 10
    y += 10
    bottom = 745
    for pat, rel, prov, acct, clm, svcs in claims:
        def claim_head(y, cont=False):
            d.hline(L, 582, y, 0.8)
            d.text(L, y + 11, f"Patient: {pat}" + ("   (continued)" if cont else ""), FB, 8)
            d.text(L + 200, y + 11, f"Claim number: {clm}", F, 7.5)
            d.text(L + 380, y + 11, "Processed 01/30/2026", F, 7.5)
            d.text(L, y + 21, f"Provider: {prov}   In network   Patient account no. {acct}", F, 7)
            return header(y + 26)
        if y + 90 > bottom:
            d.new_page()
            furniture()
            y = 66
        y = claim_head(y)
        for s in svcs:
            desc = wrap(d, eobgen.LONG_DESC.get(s.code, s.desc), F, 6.5, 92)
            need = 9 * len(desc) + 3
            if y + need > bottom:
                d.new_page()
                furniture()
                y = claim_head(66, cont=True)
            vals = [dfmt(s.dos, "mdy4"), "-".join((s.code,) + s.mods), desc[0], cents(s.billed), cents(s.discount),
                    cents(s.not_covered), cents(s.allowed), cents(s.deductible), cents(s.copay),
                    cents(s.coinsurance), cents(s.paid), cents(s.owes), " ".join(s.remarks)]
            for (x, a), v in zip(cols, vals):
                d.text(x, y, v, F, 6.5, a)
            o.line(s, acct, clm, pat, AMTS, units=False, remarks=s.remarks, overrides={"description": " ".join(desc)})
            for extra in desc[1:]:
                y += 9
                d.text(cols[2][0], y, extra, F, 6.5)
            y += 12
        d.hline(L, 582, y - 8, 0.3)
        tv = ["", "", "Claim totals", cents(total(svcs, "billed")), cents(total(svcs, "discount")),
              cents(total(svcs, "not_covered")), cents(total(svcs, "allowed")), cents(total(svcs, "deductible")),
              cents(total(svcs, "copay")), cents(total(svcs, "coinsurance")), cents(total(svcs, "paid")),
              cents(total(svcs, "owes")), ""]
        for (x, a), v in zip(cols, tv):
            d.text(x, y + 1, v, FB, 6.5, a)
        o.claim(acct, clm, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        y += 18
    legend = [("K7", "Evaluation visits are limited to one per discipline per plan year; this one counts toward it."),
              ("NC4", "This plan does not cover this heat treatment when billed on its own. You may owe the "
               "provider."),
              ("CP1", "Your office-visit copay applies to this service.")]
    if y + 60 > bottom:
        d.new_page()
        furniture()
        y = 66
    d.text(L, y + 4, "Remark codes", FB, 8)
    y += 16
    for k, v in legend:
        d.text(L, y, k, FB, 7)
        d.text(L + 30, y, v, F, 7)
        y += 10
    d.text(L, y + 8, "You have 180 days from the date of this statement to ask us to review a decision. Call the "
           "number above or write to Appeals, PO Box 72219.", F, 6.5)
    o.finish("Commercial PPO family member EOB: summary of family members, claim heads with patient, claim number "
             "and patient account, 13 columns incl. network savings and not covered, code-modifier glued with a "
             "dash, wrapped descriptions, a denied (not covered) line, claim continuing to page 2 with the header "
             "repeated, remark legend.", legend)
    RULES[o.name] = {"cost_share": True}


# =============================================================================== c2 commercial member EOB
def c2(folder: Path) -> None:
    o = Out(folder, "h39_c2_benefit_statement", "fpdf2", LAND, {})
    d = o.d
    F, FB = "DCond", "DCond-B"
    adult = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74"))
    kids = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.74"))
    old = PlanState(coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.74"))
    sofia, mateo, ines = "Sofia Brandt-Ruiz", "Mateo Brandt-Ruiz", "Ines Brandt-Ruiz"
    orig = [commercial(Svc(D(2026, 1, 7), "92507", 1, ("GN",)), old),
            commercial(Svc(D(2026, 1, 7), "92526", 1, ("GN",)), old)]
    rev = [negate(s) for s in orig]
    repl = [commercial(Svc(D(2026, 1, 7), "92507", 1, ("GN",)), kids),
            commercial(Svc(D(2026, 1, 7), "92526", 1, ("GN",)), kids)]
    s_sofia = [Svc(D(2026, 1, 12), "97165", 1, ("GO",)), Svc(D(2026, 1, 12), "L3807", 1, ("RT",)),
               Svc(D(2026, 1, 12), "97760", 2, ("GO",)), Svc(D(2026, 1, 19), "97140", 2, ("GO",)),
               Svc(D(2026, 1, 19), "97110", 2, ("GO",)), Svc(D(2026, 1, 19), "0552T", 1, denied="PR"),
               Svc(D(2026, 1, 26), "97530", 2, ("GO",)), Svc(D(2026, 1, 26), "97140", 1, ("GO", "59"))]
    for s in s_sofia:
        commercial(s, adult, deny_reason="96")
    s_mateo = [Svc(D(2026, 1, 14), "97161", 1, ("GP",)), Svc(D(2026, 1, 14), "97116", 2, ("GP",)),
               Svc(D(2026, 1, 21), "97530", 3, ("GP",)), Svc(D(2026, 1, 21), "97112", 1, ("GP", "KX")),
               Svc(D(2026, 1, 28), "97530", 2, ("GP", "CQ")), Svc(D(2026, 1, 28), "97116", 1, ("GP", "CQ"))]
    for s in s_mateo:
        commercial(s, kids)
    reason = {"0552T": "X41", "L3807": "D10"}
    for s in s_sofia + s_mateo:
        if s.code in reason:
            s.remarks = [reason[s.code]]
    for s in rev:
        s.remarks = ["R02"]
    claims = [
        ("7Q2-0020417-00", sofia, "Spouse", "Keystone Hand & Upper Limb Therapy", "KH-778012", s_sofia, ""),
        ("7Q2-0020533-00", mateo, "Son", "Riverbend Kids Physical Therapy", "RB 0031-2276", s_mateo, ""),
        ("7Q2-0017203-00", ines, "Daughter", "Lanternhill Speech & Language", "LSL-2219-03", rev,
         "ADJUSTMENT: this claim was reprocessed. The amounts below reverse what we paid on 12/30/2025."),
        ("7Q2-0017203-01", ines, "Daughter", "Lanternhill Speech & Language", "LSL-2219-03", repl,
         "Corrected claim: processed with your office-visit copay instead of coinsurance."),
    ]
    X0 = 206
    cols = [(X0, "l"), (X0 + 44, "l"), (X0 + 96, "l"), (X0 + 232, "r"), (X0 + 276, "r"), (X0 + 318, "r"),
            (X0 + 326, "l"), (X0 + 392, "r"), (X0 + 436, "r"), (X0 + 486, "r"), (X0 + 528, "r"), (X0 + 562, "r")]
    heads = [("Date of", "service"), ("Procedure", ""), ("Description", ""), ("Qty", ""), ("Charges", ""),
             ("Disallowed", ""), ("Reason", ""), ("Plan", "approved"), ("Deductible", ""), ("Copay /", "coins."),
             ("Plan", "payment"), ("Patient", "owes")]

    def furniture():
        d.rect(0, 0, 792, 40, fill=0.22, stroke=False)
        d.text(24, 25, "Northfork Mutual Health", FB, 15, color=1)
        d.text(768, 18, "BENEFIT STATEMENT", FB, 10, "r", color=1)
        d.text(768, 31, "Not a bill - keep for your records", F, 7.5, "r", color=1)
        d.text(24, 598, "Northfork Mutual Health, 1 Quarry Plaza, Bellmont, WI 53088", F, 6.5)
        d.text(768, 598, f"Page {d.page} of {TOTAL.get(o.name, 0)}", F, 6.5, "r")

    def header(y):
        d.hline(X0, 768, y)
        for (x, a), (h1, h2) in zip(cols, heads):
            d.text(x, y + 9, h1, FB, 6.4, a)
            d.text(x, y + 17, h2, FB, 6.4, a)
        d.hline(X0, 768, y + 21)
        return y + 31

    furniture()
    # sidebar
    d.rect(18, 50, 176, 540, fill=0.93, stroke=False)
    sy = 66
    side = [("Statement for", FB), ("Rafael Brandt-Ruiz", F), ("48 Tamarack Court", F), ("Lisle Grove, WI 53142", F),
            ("", F), ("Member ID  NFM 660-21-4471", F), ("Group  HLT-30217 (Bellmont Foundry)", F),
            ("Statement date  February 4, 2026", F), ("", F), ("Your plan year so far", FB),
            ("Deductible (individual)", F), ("  $200.00 of $1,000.00 met", F), ("Out-of-pocket (family)", F),
            ("  $1,184.60 of $6,000.00 met", F), ("", F), ("Questions?", FB), ("Member Services 1-888-555-0190", F),
            ("TTY 711, Mon-Fri 7 am - 7 pm", F), ("", F), ("Words to know", FB),
            ("Disallowed: the part of the charge", F), ("  above our approved amount, or not", F),
            ("  covered. See the Reason code.", F), ("Plan approved: the most we pay", F),
            ("  for the service in network.", F), ("Patient owes: what the provider", F),
            ("  may bill you.", F)]
    for t, f in side:
        d.text(26, sy, t, f, 7.5)
        sy += 11
    y = 58
    d.text(X0, y, "Claims we processed for your family", FB, 10)
    y += 14
    for cid, pat, rel, prov, acct, svcs, note in claims:
        def claim_head(y, cont=False):
            d.rect(X0, y, 562, 14, fill=0.35, stroke=False)
            d.text(X0 + 4, y + 10, f"CLAIM {cid}  |  For: {pat} ({rel})" + ("  - continued" if cont else ""),
                   FB, 7.5, color=1)
            d.text(X0 + 558, y + 10, f"Provider: {prov}", F, 7.5, "r", color=1)
            d.text(X0, y + 24, f"Your provider's reference {acct}   Received 01/29/2026   Paid to provider "
                   "02/03/2026", F, 7)
            y += 28
            if note and not cont:
                d.text(X0, y + 4, note, F, 7)
                y += 12
            return header(y)
        if y + 80 > 580:
            d.new_page()
            furniture()
            y = 56
        y = claim_head(y)
        for s in svcs:
            if y > 575:
                d.new_page()
                furniture()
                y = claim_head(56, cont=True)
            dis = s.discount + s.not_covered
            dl = wrap(d, s.desc, F, 6.8, 118)
            vals = [dfmt(s.dos, "mdy2"), " ".join((s.code,) + s.mods), dl[0], f"{s.units:.0f}",
                    money(s.billed, "$"), money(dis, "$"), " ".join(s.remarks), money(s.allowed, "$"),
                    money(s.deductible, "$"), money(s.copay, "$") if not s.coinsurance else
                    money(s.coinsurance, "$") + " ci", money(s.paid, "$"), money(s.owes, "$")]
            for (x, a), v in zip(cols, vals):
                d.text(x, y, v, F, 6.8, a)
            pr = ("billed", "allowed", "deductible", "paid", "patient_owes") + (
                ("coinsurance",) if s.coinsurance else ("copay",))
            o.line(s, acct, cid, pat, pr, remarks=s.remarks)
            for extra in dl[1:]:
                y += 9
                d.text(cols[2][0], y, extra, F, 6.8)
            y += 12
        d.hline(X0, 768, y - 8, 0.3)
        tv = [("Claim total", cols[2]), (money(total(svcs, "billed"), "$"), cols[4]),
              (money(total(svcs, "allowed"), "$"), cols[7]), (money(total(svcs, "paid"), "$"), cols[10]),
              (money(total(svcs, "owes"), "$"), cols[11])]
        for v, (x, a) in tv:
            d.text(x, y + 1, v, FB, 6.8, a)
        o.claim(acct, cid, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        y += 22
    legend = [("X41", "This service is not covered by your plan (experimental or investigational)."),
              ("D10", "Approved amount for a custom-fitted brace, including fitting."),
              ("R02", "Reversal of an earlier payment; see the corrected claim that follows.")]
    d.text(X0, y, "Reason codes", FB, 8)
    y += 11
    for k, v in legend:
        d.text(X0, y, f"{k}  {v}", F, 7)
        y += 10
    d.text(X0, y + 4, "In the Coinsurance/Copay column, 'ci' marks coinsurance; all other amounts there are "
           "copays.", F, 7)
    o.finish("Commercial family benefit statement, landscape with a shaded sidebar on page 1: dark claim bars "
             "'CLAIM ... | For: name (relation)', provider reference, Qty column, one Disallowed column with plan "
             "reason codes, a shared Copay/Coinsurance column ('ci' marks coinsurance), a reversed claim with "
             "leading-minus amounts and its corrected replacement, claim continuing on page 2.", legend)
    RULES[o.name] = {"cost_share": True}


# =============================================================================== m1 Medicare Summary Notice
def m1(folder: Path) -> None:
    o = Out(folder, "h39_m1_msn_partb", "fpdf2", LETTER, {})
    d = o.d
    F, FB = "DSans", "DSans-B"
    pat = "EUNICE M. TARRANT"
    st = PlanState(ded_left=Decimal("96.00"))
    visits = [
        ("Hollowbrook Rehabilitation Services", "(541) 555-0176", "88 Ferris Street, Suite 4, Corvane, OR 97331",
         "Anita Solberg, MD", D(2026, 1, 6), "26006-3318-40127",
         [Svc(D(2026, 1, 6), "97165", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 6), "97535", 1, ("GO",))]),
        ("Hollowbrook Rehabilitation Services", "(541) 555-0176", "88 Ferris Street, Suite 4, Corvane, OR 97331",
         "Anita Solberg, MD", D(2026, 1, 13), "26013-3318-40952",
         [Svc(D(2026, 1, 13), "97530", 3, ("GO",)), Svc(D(2026, 1, 13), "97110", 1, ("GO",)),
          Svc(D(2026, 1, 13), "97018", 1, ("GO",), denied="PR"), Svc(D(2026, 1, 13), "97140", 1, ("GO",))]),
        ("Paul Ostrander, MD", "(541) 555-0102", "1420 Marion Avenue, Corvane, OR 97330", None, D(2026, 1, 15),
         "26015-1022-71184", [Svc(D(2026, 1, 15), "99213", 1)]),
        ("Carrow Valley Speech Therapy", "(541) 555-0193", "PO Box 319, Lebrook, OR 97355", "Paul Ostrander, MD",
         D(2026, 1, 20), "26020-4471-00863",
         [Svc(D(2026, 1, 20), "92610", 1, ("GN",)), Svc(D(2026, 1, 20), "92526", 1, ("GN",))]),
        ("Hollowbrook Rehabilitation Services", "(541) 555-0176", "88 Ferris Street, Suite 4, Corvane, OR 97331",
         "Anita Solberg, MD", D(2026, 1, 27), "26027-3318-41566",
         [Svc(D(2026, 1, 27), "97530", 2, ("GO", "CO")), Svc(D(2026, 1, 27), "97535", 2, ("GO", "CO")),
          Svc(D(2026, 1, 27), "97760", 1, ("GO",)), Svc(D(2026, 1, 27), "L3807", 1, ("LT",)),
          Svc(D(2026, 1, 27), "97110", 1, ("GO",))]),
    ]
    notes = {"97165": ["A"], "97018": ["C"], "L3807": ["A", "D"]}
    for *_, svcs in visits:
        for s in svcs:
            medicare(s, st)
            s.remarks = list(notes.get(s.code, ["A"] if s.code != "99213" else []))
            if s.deductible:
                s.remarks.append("B")
    L = 40

    def furniture():
        d.text(L, 40, "Medicare Summary Notice for Part B (Medical Insurance)", FB, 11)
        d.text(572, 40, f"{pat.upper()}", F, 7.5, "r")
        d.text(L, 52, "Your quarterly summary of Medicare claims", F, 7.5)
        d.text(572, 52, f"Page {d.page} of {TOTAL.get(o.name, 0)}", F, 7.5, "r")
        d.hline(L, 572, 58, 1.5)
        d.text(L, 772, "Medicare number XXX-XX-6JK4   Notice for claims processed January 1 - March 31, 2026", F, 6)

    furniture()
    y = 84
    for t in (pat.upper(), "611 WILLOW BEND ROAD APT 3", "CORVANE OR 97330-4418"):
        d.text(L, y, t, F, 8.5)
        y += 11
    d.rect(330, 72, 242, 92)
    d.text(338, 86, "Your deductible status", FB, 8.5)
    d.text(338, 98, "Your deductible is what you must pay each year", F, 7)
    d.text(338, 108, "before Medicare starts to pay.", F, 7)
    d.text(338, 122, "You have now met $257.00 of your $257.00", F, 7)
    d.text(338, 132, "Part B deductible for 2026.", F, 7)
    d.text(338, 150, "Be informed! Report suspected fraud: 1-800-555-0101", F, 6.5)
    y = 190
    approved = all(not s.denied for *_, sv in visits for s in sv)
    allsv = [s for *_, sv in visits for s in sv]
    d.text(L, y, "Your Claims & Costs This Period", FB, 13)
    y += 22
    boxes = [("Did Medicare approve all services?", "NO" if not approved else "YES",
              "See the services marked No."),
             ("Number of claims in this notice", str(len(visits)), "from 3 providers"),
             ("Total you may be billed", money(total(allsv, "owes")), "See the claims pages for details.")]
    for i, (h, v, sub) in enumerate(boxes):
        x = L + i * 178
        d.rect(x, y, 170, 70, fill=0.94)
        d.text(x + 8, y + 14, h, FB, 7)
        d.text(x + 8, y + 38, v, FB, 16)
        d.text(x + 8, y + 58, sub, F, 6.3)
    y += 92
    d.text(L, y, "Providers with claims this period", FB, 9)
    y += 13
    seen = []
    for prov, *_rest in visits:
        if prov not in seen:
            seen.append(prov)
            dates = ", ".join(f"{v[4]:%B} {v[4].day}" for v in visits if v[0] == prov)
            d.text(L + 8, y, f"{prov}  -  {dates}", F, 7.5)
            y += 11
    y += 10
    d.text(L, y, "If you have questions, call 1-800-555-0188 (TTY 1-877-555-0148). Say \"Agent\" to speak with "
           "someone.", F, 7.5)
    d.new_page()
    furniture()
    y = 80
    d.text(L, y, "Your Claims for Part B (Medical Insurance)", FB, 11)
    y += 8
    d.text(L, y + 10, "Part B helps pay for doctors' services, therapy, and durable medical equipment.", F, 7)
    y += 24
    cols = [(L, "l"), (272, "l"), (352, "r"), (408, "r"), (460, "r"), (520, "r"), (530, "l")]
    heads = [["Service Provided &", "Billing Code"], ["Service", "Approved?"], ["Amount", "Provider", "Charged"],
             ["Medicare-", "Approved", "Amount"], ["Amount", "Medicare", "Paid"], ["Maximum", "You May Be", "Billed"],
             ["See", "Notes", "Below"]]

    def header(y):
        d.rect(L, y, 532, 34, fill=0.86, stroke=False)
        for (x, a), hs in zip(cols, heads):
            for k, h in enumerate(hs):
                d.text(x + (4 if a == "l" else 0), y + 10 + 9 * k, h, FB, 6.8, a)
        return y + 44

    for prov, phone, addr, ref, dos, clm, svcs in visits:
        def head(y, cont=False):
            d.hline(L, 572, y, 1)
            d.text(L, y + 13, f"{dos:%B} {dos.day}, {dos.year}" + ("  (continued)" if cont else ""), FB, 9)
            d.text(L + 150, y + 13, f"Claim number {clm}", F, 8)
            d.text(L, y + 24, f"{prov}, {phone}", F, 7.5)
            d.text(L, y + 34, addr, F, 7.5)
            yy = y + 34
            if ref:
                yy += 10
                d.text(L, yy, f"Referred by: {ref}", F, 7.5)
            return header(yy + 6)
        if y + 110 > 745:
            d.new_page()
            furniture()
            y = 76
        y = head(y)
        for s in svcs:
            text = f"{eobgen.LONG_DESC.get(s.code, s.desc)} ({s.code})"
            dl = wrap(d, text, F, 7.3, 220)
            if y + 11 * len(dl) > 745:
                d.new_page()
                furniture()
                y = head(76, cont=True)
            vals = [dl[0], "No" if s.denied else "Yes", money(s.billed), money(s.allowed), money(s.paid),
                    money(s.owes), ", ".join(s.remarks)]
            for (x, a), v in zip(cols, vals):
                d.text(x + (4 if a == "l" else 0), y, v, F, 7.3, a)
            for extra in dl[1:]:
                y += 10
                d.text(L + 4, y, extra, F, 7.3)
            o.line(s, None, clm, pat, ("billed", "allowed", "paid", "patient_owes"), units=False, modifiers=False,
                   remarks=s.remarks, overrides={"description": eobgen.LONG_DESC.get(s.code, s.desc)})
            y += 14
        d.hline(L, 572, y - 9, 0.4)
        d.text(L + 4, y + 1, "Total for this claim", FB, 7.3)
        for (x, a), v in zip(cols[2:6], (total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                         total(svcs, "owes"))):
            d.text(x, y + 1, money(v), FB, 7.3, a)
        o.claim(None, clm, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        y += 22
    legend = [("A", "The approved amount is set by Medicare's fee schedule; your provider accepted it."),
              ("B", "This amount counts toward your yearly Part B deductible."),
              ("C", "Medicare doesn't pay for this item when it's billed on its own. Your provider may bill you."),
              ("D", "This brace was supplied by your therapist as part of your care.")]
    if y + 80 > 745:
        d.new_page()
        furniture()
        y = 76
    d.text(L, y + 6, "Notes for Your Claims", FB, 10)
    y += 22
    for k, v in legend:
        d.text(L, y, k, FB, 8)
        d.text(L + 16, y, v, F, 7.5)
        y += 12
    o.finish("Medicare Summary Notice Part B: dashboard page, per-claim heads with the date written out, claim "
             "number, provider with phone and address, referred-by line; service wording wrapped with the code in "
             "parentheses at the end (sometimes on the second text line), Service Approved? Yes/No, lettered notes; "
             "a claim continued on the next page. No units, no modifiers.", legend)
    RULES[o.name] = {"date_on_row": False, "code_next": True}


# =============================================================================== m2 Medicare Advantage member EOB
def m2(folder: Path) -> None:
    o = Out(folder, "h39_m2_ma_member_eob", "reportlab", LAND, {})
    d = o.d
    F, FB = "DSerif", "DSerif-B"
    pat = "Wendell P. Mayhew"
    st = PlanState(visit_copay=Decimal("35.00"), allowed_rate=Decimal("0.46"))
    claims = [
        ("EV-26-0119-22841", "Larkspur Outpatient Rehabilitation", "LOR2611934", D(2026, 1, 5), [
            Svc(D(2026, 1, 5), "97161", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 5), "G0283", 1, ("GP",))]),
        ("EV-26-0122-30518", "Larkspur Outpatient Rehabilitation", "LOR2612260", D(2026, 1, 12), [
            Svc(D(2026, 1, 12), "97110", 2, ("GP",)), Svc(D(2026, 1, 12), "97140", 1, ("GP",)),
            Svc(D(2026, 1, 12), "97112", 1, ("GP", "KX")), Svc(D(2026, 1, 12), "0552T", 1, ("GP",), denied="CO"),
            Svc(D(2026, 1, 19), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 19), "97116", 2, ("GP", "CQ")),
            Svc(D(2026, 1, 19), "97140", 1, ("GP", "CQ")), Svc(D(2026, 1, 19), "A4556", 2)]),
        ("EV-26-0127-11096", "Stonegate Hand Therapy Associates", "SHT-008817", D(2026, 1, 21), [
            Svc(D(2026, 1, 21), "97166", 1, ("GO",)), Svc(D(2026, 1, 21), "97760", 2, ("GO",)),
            Svc(D(2026, 1, 21), "L3807", 1, ("RT",))]),
    ]
    for *_, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="50")
            s.remarks = ["3"] if s.copay else []
            if s.denied:
                s.remarks = ["7"]
            if s.code in ("97161", "97166"):
                s.remarks.append("4")
    L, R = 36, 756

    def furniture():
        d.text(L, 34, "SUMMIT CREST MEDICARE ADVANTAGE (HMO)", FB, 12)
        d.text(R, 30, "Explanation of Benefits", FB, 10, "r")
        d.text(R, 42, "for medical services  |  January 2026", F, 8, "r")
        d.hline(L, R, 50, 2)
        d.text(L, 590, "Summit Crest Health Plans is an HMO with a Medicare contract. H9920_EOB26_M", F, 6.2)
        d.text(R, 590, f"{pat}  |  Member ID 72Q-118-4405  |  Page {d.page} of {TOTAL.get(o.name, 0)}", F, 6.2,
               "r")

    furniture()
    allsv = [s for *_, sv in claims for s in sv]
    y = 72
    for t in (pat.upper(), "17 CORBIN HOLLOW RD", "MILLTOWN NH 03462"):
        d.text(L, y, t, F, 8.5)
        y += 11
    d.text(420, 72, "Member ID: 72Q-118-4405", F, 8)
    d.text(420, 83, "Statement date: February 6, 2026", F, 8)
    d.text(420, 94, "Claims processed January 1 - January 31, 2026", F, 8)
    y = 140
    d.text(L, y, "SECTION 1   A summary of your medical costs", FB, 10)
    y += 8
    box = [("", "This month", "Year to date (2026)"),
           ("Amount providers billed", money(total(allsv, "billed")), money(total(allsv, "billed"))),
           ("Total cost of your care (plan-approved)", money(total(allsv, "allowed")),
            money(total(allsv, "allowed"))),
           ("The plan's share", money(total(allsv, "paid")), money(total(allsv, "paid"))),
           ("Your share", money(total(allsv, "owes")), money(total(allsv, "owes")))]
    for i, (a, b, c) in enumerate(box):
        d.rect(L, y + 16 * i, 420, 16, fill=0.9 if i == 0 else None)
        d.text(L + 6, y + 16 * i + 11, a, FB if i == 0 else F, 8)
        d.text(L + 320, y + 16 * i + 11, b, FB if i == 0 else F, 8, "r")
        d.text(L + 412, y + 16 * i + 11, c, FB if i == 0 else F, 8, "r")
    d.rect(480, y, 276, 80, fill=0.95)
    d.text(488, y + 14, "Your out-of-pocket maximum", FB, 8)
    d.text(488, y + 28, f"You have paid {money(total(allsv, 'owes'))} of $5,900.00 toward", F, 7.5)
    d.text(488, y + 39, "your 2026 in-network maximum. After you reach it,", F, 7.5)
    d.text(488, y + 50, "the plan pays 100% of covered services.", F, 7.5)
    y += 110
    d.text(L, y, "SECTION 2   Your medical claims in detail", FB, 10)
    y += 6
    cols = [(L, 60), (L + 60, 178), (L + 238, 62), (L + 300, 34), (L + 334, 70), (L + 404, 70), (L + 474, 62),
            (L + 536, 62), (L + 598, 62), (L + 660, 60)]
    heads = [["Date of", "service"], ["Service you received"], ["Code"], ["Units"], ["Amount", "provider billed"],
             ["Plan's approved", "amount"], ["Plan's", "share"], ["Your share", "(copay)"], ["Not covered"],
             ["See", "notes"]]

    def grid_row(y, vals, font, h=14, fill=None, lines=1):
        hh = h + 9 * (lines - 1)
        for (x, w), v in zip(cols, vals):
            d.rect(x, y, w, hh, fill=fill)
            vv = v if isinstance(v, list) else [v]
            right = (x, w) in cols[3:9]
            for k, t in enumerate(vv):
                if right:
                    d.text(x + w - 4, y + 10 + 9 * k, t, font, 7.2, "r")
                else:
                    d.text(x + 4, y + 10 + 9 * k, t, font, 7.2)
        return y + hh

    for clm, prov, acct, first, svcs in claims:
        def head(y, cont=False):
            y += 12
            d.text(L, y, f"Claim number {clm}" + ("  (continued from previous page)" if cont else ""), FB, 8.5)
            d.text(L + 300, y, f"Provider: {prov} (in network)", F, 8)
            d.text(R, y, f"Provider's claim ref. {acct}", F, 7.5, "r")
            return grid_row(y + 5, heads, FB, h=14, fill=0.85, lines=2)
        if y + 70 > 570:
            d.new_page()
            furniture()
            y = 60
        y = head(y)
        for s in svcs:
            dl = wrap(d, s.desc, F, 7.2, 170)
            if y + 14 + 9 * (len(dl) - 1) > 572:
                d.new_page()
                furniture()
                y = head(60, cont=True)
            vals = [dfmt(s.dos, "mdy4"), dl, " ".join((s.code,) + s.mods), units_s(s.units), money(s.billed),
                    money(s.allowed), money(s.paid), money(s.owes), money(s.not_covered), ", ".join(s.remarks)]
            y = grid_row(y, vals, F, lines=len(dl))
            o.line(s, acct, clm, pat, ("billed", "allowed", "paid", "patient_owes", "not_covered"),
                   remarks=s.remarks)
        vals = ["", "Claim total", "", "", money(total(svcs, "billed")), money(total(svcs, "allowed")),
                money(total(svcs, "paid")), money(total(svcs, "owes")), money(total(svcs, "not_covered")), ""]
        y = grid_row(y, vals, FB, fill=0.95)
        o.claim(acct, clm, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        y += 6
    legend = [("3", "Your specialist visit copay. You pay it once for each day you see this provider."),
              ("4", "Evaluations are covered once per episode of care."),
              ("7", "Not a covered benefit. The provider agreed not to bill you for it; you owe nothing.")]
    if y + 60 > 572:
        d.new_page()
        furniture()
        y = 60
    d.text(L, y + 14, "Notes about your claims", FB, 9)
    y += 28
    for k, v in legend:
        d.text(L, y, f"{k}   {v}", F, 7.5)
        y += 11
    o.finish("Medicare Advantage HMO member EOB, landscape serif: member address, Section 1 month / year-to-date "
             "box and out-of-pocket panel, Section 2 fully gridded claim tables with claim number, provider and "
             "provider's claim ref, code and modifiers in one cell, Units, per-day copay, a not-covered line the "
             "member does not owe, wrapped wording, a claim running onto page 2 with its heading repeated.", legend)
    RULES[o.name] = {}


def units_s(u: Decimal) -> str:
    return eobgen.units_str(u)




# =============================================================================== d1 state Medicaid RA (text rows)
def d1(folder: Path) -> None:
    o = Out(folder, "h39_d1_medicaid_ra_text", "reportlab", LAND, {})
    d = o.d
    F, FB, SZ, LH = "Courier", "Courier-Bold", 7.8, 11.4
    L = 30

    def mk(dos, code, u, mods=(), denied=None, reason="197"):
        s = Svc(dos, code, u, mods, denied=denied)
        return medicaid(s, deny_reason=reason)

    jan = [D(2026, 1, k) for k in (5, 7, 9, 12, 14, 16, 21, 23, 26, 28, 30)]
    paid_claims = [
        ("PELLETIER, JUNE A", "700412298301", "2226034100417", "BTG-0091-A",
         [mk(jan[0], "97530", 2, ("GO",)), mk(jan[0], "97535", 1, ("GO",)), mk(jan[2], "97530", 2, ("GO",)),
          mk(jan[2], "97112", 1, ("GO",)), mk(jan[4], "97530", 3, ("GO",)), mk(jan[5], "97530", 2, ("GO",)),
          mk(jan[5], "97110", 1, ("GO",)), mk(jan[6], "97530", 2, ("GO",)), mk(jan[7], "97530", 2, ("GO",)),
          mk(jan[7], "97535", 1, ("GO",)), mk(jan[8], "97530", 3, ("GO",)), mk(jan[9], "97530", 2, ("GO",)),
          mk(jan[10], "97168", 1, ("GO",))]),
        ("OYELARAN, KOFI", "700419930224", "2226034100422", "BTG-0114-K",
         [mk(jan[1], "92507", 1, ("GN",)), mk(jan[3], "92507", 1, ("GN",)), mk(jan[6], "92507", 1, ("GN",)),
          mk(jan[8], "92526", 1, ("GN",))]),
        ("VANTERPOOL, ROSALIND", "700388120457", "2226034100431", "BTG-0077-R",
         [mk(jan[2], "97161", 1, ("GP",)), mk(jan[4], "97110", 2, ("GP",)), mk(jan[4], "97116", 1, ("GP", "59")),
          mk(jan[7], "97110", 2, ("GP", "CQ")), mk(jan[7], "97140", 1, ("GP", "CQ"))]),
        ("IBARRA-LOCKE, TEODORO", "700402267715", "2226034100439", "BTG-0120-T",
         [mk(jan[0], "92507", 1, ("GN",)), mk(jan[0], "97530", 2, ("GO", "59")), mk(jan[3], "92507", 1, ("GN",)),
          mk(jan[3], "97530", 2, ("GO", "59")), mk(jan[5], "92507", 1, ("GN",)), mk(jan[6], "97530", 2, ("GO",)),
          mk(jan[7], "92507", 1, ("GN",)), mk(jan[8], "97530", 3, ("GO",)), mk(jan[9], "92507", 1, ("GN",)),
          mk(jan[10], "97535", 2, ("GO",))]),
    ]
    denied_claims = [
        ("MCANDREW, SEAMUS T", "700455021786", "2226034100446", "BTG-0132-S",
         [mk(jan[3], "97165", 1, ("GO",), denied="CO", reason="15"),
          mk(jan[3], "97530", 2, ("GO",), denied="CO", reason="15")]),
        ("OYELARAN, KOFI", "700419930224", "2226034100458", "BTG-0114-K",
         [mk(jan[9], "92507", 1, ("GN",), denied="CO", reason="18")]),
    ]
    orig = [mk(D(2025, 12, 15), "97530", 2, ("GO",)), mk(D(2025, 12, 15), "97535", 2, ("GO",))]
    void = [negate(s) for s in orig]
    repl = [mk(D(2025, 12, 15), "97530", 3, ("GO",)), mk(D(2025, 12, 15), "97535", 2, ("GO",))]
    adj_claims = [
        ("PELLETIER, JUNE A", "700412298301", "2226034100467", "BTG-0091-A", void, "VOID OF ICN 2225349100882"),
        ("PELLETIER, JUNE A", "700412298301", "2226034100468", "BTG-0091-A", repl, "REPLACES ICN 2225349100882"),
    ]
    eob_of = {"45": "0452", "15": "0187", "18": "0096"}
    for claims in (paid_claims, denied_claims, [c[:5] for c in adj_claims]):
        for *_, svcs in claims:
            for s in svcs:
                s.remarks = [eob_of[s.adjs[0][1]]] if s.adjs else ["0000"]

    def furniture():
        d.text(L, 30, "RUN DATE 02/06/26  RUN TIME 04:12", F, SZ)
        d.text(396, 30, "STATE OF WESTMARCH - DEPARTMENT OF HUMAN SERVICES", FB, SZ, "c")
        d.text(762, 30, f"PAGE {d.page:>4} OF {TOTAL.get(o.name, 0):>4}", F, SZ, "r")
        d.text(L, 40, "RA NUMBER 0004481276", F, SZ)
        d.text(396, 40, "MEDICAL ASSISTANCE PROGRAM  -  REMITTANCE ADVICE", FB, SZ, "c")
        d.text(762, 40, "WARRANT/EFT 26037-0091184", F, SZ, "r")
        d.text(L, 54, "PROVIDER: BRIGHTWATER THERAPY GROUP LLC       NPI 1457209836   PAYEE ID 800311472   "
               "TAXONOMY 225X00000X", F, SZ)
        d.text(L, 64, "          1180 HAYWARD MILL RD STE 200, CASSEL WM 40217", F, SZ)
        d.hline(L, 762, 70, 0.6)
        return 84

    def fmt(ln, dt, proc, mods, units, billed, allowed, rsn, aamt, paid, eob):
        return (f"   {ln:<2}  {dt:<8}  {proc:<6} {mods:<9} {units:>6}  {billed:>10}  {allowed:>10}   {rsn:<7} "
                f"{aamt:>10}  {paid:>11}  {eob}")

    def hfmt(pat, rid, icn, acct, billed, paid):
        return f"{pat:<27} {rid:<13} {icn:<14} {acct:<13} {billed:>12} {paid:>12}"

    def colhead(y):
        d.text(L, y, hfmt("RECIPIENT NAME", "RECIP ID", "ICN", "PATIENT ACCT", "CLAIM BILLED", "CLAIM PAID"), FB, SZ)
        d.text(L, y + LH, fmt("LN", "SVC DATE", "PROC", "MODS", "UNITS", "BILLED", "ALLOWED", "ADJ RSN", "ADJ AMT",
                              "PAID", "EOB"), FB, SZ)
        d.text(L, y + 2 * LH, "-" * 104, F, SZ)
        return y + 3 * LH + 2

    y = furniture()
    section = {"name": ""}

    def newpage():
        d.new_page()
        yy = furniture()
        d.text(L, yy, f"*** {section['name']} (CONTINUED) ***", FB, SZ)
        return colhead(yy + LH + 3)

    def do_section(name, claims, notes=None):
        nonlocal y
        section["name"] = name
        if y + 6 * LH > 580:
            d.new_page()
            y = furniture()
        d.text(L, y, f"*** {name} ***", FB, SZ)
        y = colhead(y + LH + 3)
        for k, (pat, rid, icn, acct, svcs) in enumerate(claims):
            if y + 4 * LH > 585:
                y = newpage()
            hb, hp = total(svcs, "billed"), total(svcs, "paid")
            d.text(L, y, hfmt(pat, rid, icn, acct, money(hb, ',', 'trail'), money(hp, ',', 'trail')), F, SZ)
            y += LH
            if notes and notes[k]:
                d.text(L, y, f"   ** {notes[k]} **", F, SZ)
                y += LH
            for i, s in enumerate(svcs, 1):
                if y + LH > 585:
                    y = newpage()
                    d.text(L, y, hfmt(pat, rid, icn, acct, "(CONT'D)", ""), F, SZ)
                    y += LH
                adj = s.adjs[0] if s.adjs else None
                rsn = f"{adj[0]}-{adj[1]}" if adj else ""
                aamt = money(adj[2], ",", "trail") if adj else ""
                row = fmt(f"{i:02d}", f"{s.dos:%m/%d/%y}", s.code, " ".join(s.mods), f"{s.units:.2f}",
                          money(s.billed, ",", "trail"), money(s.allowed, ",", "trail"), rsn, aamt,
                          money(s.paid, ",", "trail"), s.remarks[0])
                d.text(L, y, row, F, SZ)
                o.line(s, acct, icn, pat, ("billed", "allowed", "paid"), adjustments=[list(a) for a in s.adjs],
                       remarks=s.remarks, description=False)
                y += LH
            o.claim(acct, icn, pat, billed=hb, paid=hp, allowed=total(svcs, "allowed"))
            d.text(L, y, fmt("", "", "", "CLM TOTAL", "", money(hb, ",", "trail"),
                             money(total(svcs, "allowed"), ",", "trail"), "", "", money(hp, ",", "trail"), ""), FB, SZ)
            y += LH * 1.6

    do_section("CLAIMS PAID", paid_claims)
    do_section("CLAIMS DENIED", denied_claims)
    do_section("CLAIMS ADJUSTED", [c[:5] for c in adj_claims], [c[5] for c in adj_claims])
    allc = paid_claims + denied_claims + [c[:5] for c in adj_claims]
    net = sum((total(c[4], "paid") for c in allc), ZERO)
    if y + 12 * LH > 585:
        d.new_page()
        y = furniture()
    y += LH
    d.text(L, y, "*** PAYMENT SUMMARY ***", FB, SZ)
    y += LH
    for k, v in (("CLAIMS PAID        4", total([s for c in paid_claims for s in c[4]], "paid")),
                 ("CLAIMS DENIED      2", ZERO),
                 ("CLAIMS ADJUSTED    2", sum((total(c[4], "paid") for c in adj_claims), ZERO)),
                 ("NET PAYMENT", net)):
        d.text(L, y, f"   {k:<24}{money(v, ',', 'trail'):>12}", F, SZ)
        y += LH
    legend = [("0452", "PAYMENT REDUCED TO THE PROGRAM MAXIMUM FEE FOR THIS PROCEDURE."),
              ("0187", "NO PRIOR AUTHORIZATION ON FILE FOR THESE DATES OF SERVICE."),
              ("0096", "SAME SERVICE ALREADY PAID FOR THIS RECIPIENT AND DATE (DUPLICATE)."),
              ("0000", "LINE PAID AS BILLED.")]
    y += LH
    d.text(L, y, "*** EOB CODE MESSAGES ***", FB, SZ)
    y += LH
    for k, v in legend:
        d.text(L, y, f"   {k}  {v}", F, SZ)
        y += LH
    o.finish("State Medicaid fee-for-service remittance advice as fixed-width Courier text rows, landscape: PAID / "
             "DENIED / ADJUSTED sections, recipient heading row (LAST, FIRST MI; recip id; 13-digit ICN; patient "
             "acct; claim billed / paid), numbered detail rows with MMDDYY dates, 2-decimal units, ADJ RSN CO-45 "
             "plus amount, state EOB code; a void with trailing-minus amounts and its replacement; a long claim "
             "running onto the next page with the section and recipient heading repeated (CONT'D).", legend)
    RULES[o.name] = {"all_adj": True, "desc": False}


# =============================================================================== d2 state Medicaid RA (boxed cards)
def d2(folder: Path) -> None:
    o = Out(folder, "h39_d2_medicaid_ra_cards", "fpdf2", LETTER, {})
    d = o.d
    F, FB = "LNarrow", "LNarrow-B"
    L, R = 28, 584

    def mk(dos, code, u, mods=(), denied=None, reason="197", copay=ZERO, tpl=ZERO, rarc=()):
        s = medicaid(Svc(dos, code, u, mods, denied=denied), deny_reason=reason)
        if copay:
            s.copay = copay
            s.paid -= copay
            s.owes = copay
            s.adjs.append(("PR", "3", copay))
        if tpl:
            s.paid -= tpl
            s.adjs.append(("OA", "23", tpl))
        s.tpl = tpl
        s.remarks = list(rarc)
        return s

    claims = [
        ("Tobias Quintrell", "600318842", "26-034-000-1847-201", "FX-10384", "PAID", [
            mk(D(2026, 1, 6), "97166", 1, ("GO",)), mk(D(2026, 1, 6), "97530", 2, ("GO",)),
            mk(D(2026, 1, 13), "97530", 3, ("GO",)), mk(D(2026, 1, 13), "97542", 1, ("GO",)),
            mk(D(2026, 1, 20), "97530", 2, ("GO",)), mk(D(2026, 1, 20), "97112", 2, ("GO", "59")),
            mk(D(2026, 1, 27), "97530", 3, ("GO",)), mk(D(2026, 1, 27), "97535", 1, ("GO",))]),
        ("Adaeze Whitlock-Ortiz", "600297154", "26-034-000-1847-214", "FX-10391", "PAID", [
            mk(D(2026, 1, 8), "97110", 2, ("GP",), copay=Decimal("2.00")),
            mk(D(2026, 1, 8), "97140", 1, ("GP",)),
            mk(D(2026, 1, 22), "97110", 2, ("GP",), copay=Decimal("2.00")),
            mk(D(2026, 1, 22), "G0283", 1, ("GP",))]),
        ("Callum Ashdown", "600341009", "26-034-000-1847-230", "FX-10402", "PAID", [
            mk(D(2026, 1, 9), "92507", 1, ("GN",), tpl=Decimal("40.00"), rarc=("N598",)),
            mk(D(2026, 1, 16), "92507", 1, ("GN",), tpl=Decimal("40.00"), rarc=("N598",)),
            mk(D(2026, 1, 23), "92526", 1, ("GN",), tpl=Decimal("52.15"), rarc=("N598",))]),
        ("Callum Ashdown", "600341009", "26-034-000-1847-245", "FX-10402", "DENIED", [
            mk(D(2026, 1, 30), "92507", 1, ("GN",), denied="CO", reason="119", rarc=("N362",))]),
        ("Tobias Quintrell", "600318842", "26-034-000-1847-252", "FX-10384", "DENIED", [
            mk(D(2026, 1, 27), "E1399" if False else "97760", 1, ("GO",), denied="CO", reason="197",
               rarc=("N54", "M62"))]),
    ]

    def furniture():
        d.text(L, 34, "RIVERLANDS HEALTH CARE AUTHORITY", FB, 12)
        d.text(L, 46, "Medical Assistance Program  -  Provider Remittance Advice", F, 9)
        d.text(R, 34, f"Page {d.page} of {TOTAL.get(o.name, 0)}", F, 8, "r")
        d.text(R, 46, "Remittance date 02/05/2026", F, 8, "r")
        d.hline(L, R, 52, 1)
        d.text(L, 776, "Questions about this remittance? Provider Relations 1-877-555-0129, option 3. Keep for 6 "
               "years.", F, 7)

    furniture()
    y = 66
    info = [("Payee", "Foxglove Pediatric Therapy, PLLC"), ("Provider ID", "0091447-02"),
            ("NPI", "1962507183"), ("Payment", "EFT 0007731284"), ("Cycle", "2026-05")]
    for i, (k, v) in enumerate(info):
        d.text(L + (i % 3) * 190, y + 11 * (i // 3), f"{k}:", FB, 8)
        d.text(L + (i % 3) * 190 + 52, y + 11 * (i // 3), v, F, 8)
    y += 34
    cols = [(L + 4, "l"), (L + 22, "l"), (L + 70, "l"), (L + 118, "l"), (L + 146, "l"), (L + 170, "l"),
            (L + 210, "r"), (L + 256, "r"), (L + 302, "r"), (L + 338, "r"), (L + 378, "r"), (L + 424, "r"),
            (L + 432, "l"), (L + 508, "r"), (L + 514, "l")]
    heads = ["Ln", "From", "To", "Proc", "Mod 1", "Mod 2", "Units", "Billed", "Allowed", "Copay", "TPL", "Paid",
             "Adj grp/rsn", "Adj amt", "RARC"]

    def head(y, c, cont=False):
        pat, mid, tcn, acct, status, svcs = c
        d.rect(L, y, R - L, 28, fill=0.9)
        d.text(L + 4, y + 11, f"Member: {pat}" + ("   (continued)" if cont else ""), FB, 8.5)
        d.text(L + 200, y + 11, f"Member ID: {mid}", F, 8)
        d.text(L + 330, y + 11, f"TCN: {tcn}", F, 8)
        d.text(L + 4, y + 23, f"Patient Acct #: {acct}", F, 8)
        d.text(L + 200, y + 23, "Claim type: Professional", F, 8)
        d.text(L + 330, y + 23, f"Claim status: {status}", FB, 8)
        y += 28
        d.rect(L, y, R - L, 13)
        for (x, a), h in zip(cols, heads):
            d.text(x, y + 9.5, h, FB, 7.3, a)
        return y + 13

    for c in claims:
        pat, mid, tcn, acct, status, svcs = c
        if y + 70 > 760:
            d.new_page()
            furniture()
            y = 64
        y = head(y + 8, c)
        top = y
        for i, s in enumerate(svcs, 1):
            nadj = len(s.adjs)
            h = 11 + 9 * max(0, nadj - 1) + 2
            if y + h > 762:
                d.rect(L, top, R - L, y - top)
                d.new_page()
                furniture()
                y = head(64, c, cont=True)
                top = y
            m1_, m2_ = (list(s.mods) + ["", ""])[:2]
            vals = [str(i), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, m1_, m2_, units_s(s.units),
                    cents(s.billed), cents(s.allowed), cents(s.copay), cents(s.tpl), cents(s.paid),
                    f"{s.adjs[0][0]}-{s.adjs[0][1]}" if s.adjs else "", cents(s.adjs[0][2]) if s.adjs else "",
                    " ".join(s.remarks)]
            for (x, a), v in zip(cols, vals):
                d.text(x, y + 9, v, F, 7.5, a)
            for k, a in enumerate(s.adjs[1:], 1):
                d.text(cols[12][0], y + 9 + 9 * k, f"{a[0]}-{a[1]}", F, 7.5)
                d.text(cols[13][0], y + 9 + 9 * k, cents(a[2]), F, 7.5, "r")
            pr = ("billed", "allowed", "paid", "copay")
            o.line(s, acct, tcn, pat, pr, service_end=s.dos, adjustments=[list(a) for a in s.adjs],
                   remarks=s.remarks, description=False)
            y += h
        d.rect(L, top, R - L, y - top)
        d.rect(L, y, R - L, 13, fill=0.97)
        d.text(L + 4, y + 9.5, "Claim totals", FB, 7.5)
        for k, attr in ((7, "billed"), (8, "allowed"), (9, "copay"), (11, "paid")):
            d.text(cols[k][0], y + 9.5, cents(total(svcs, attr)), FB, 7.5, "r")
        d.text(cols[10][0], y + 9.5, cents(sum((s.tpl for s in svcs), ZERO)), FB, 7.5, "r")
        o.claim(acct, tcn, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"))
        y += 22
    legend = [("CO-45", "Charge is above the program fee schedule."), ("PR-3", "Member copayment."),
              ("OA-23", "Amount paid by the member's other insurance (TPL) is taken off."),
              ("CO-119", "Visit limit for this benefit period has been reached."),
              ("CO-197", "Prior approval was required and not obtained."),
              ("N598", "Other coverage on file; pay amount reflects the primary payment."),
              ("N362", "Units exceed those allowed this period."), ("N54", "Claim data does not match the "
                                                                     "approval on file."),
              ("M62", "Treatment authorization number missing or incorrect.")]
    if y + 14 * len(legend) + 70 > 765:
        d.new_page()
        furniture()
        y = 64
    pay = sum((total(c[5], "paid") for c in claims), ZERO)
    d.text(L, y, "Remittance summary", FB, 9)
    y += 12
    for k, v in (("Claims paid", "3"), ("Claims denied", "2"), ("Total payment", money(pay)),
                 ("Provider-level adjustments", "$0.00"), ("EFT amount", money(pay))):
        d.text(L + 8, y, k, F, 8)
        d.text(L + 200, y, v, F, 8, "r")
        y += 11
    y += 8
    d.text(L, y, "Adjustment and remark code glossary", FB, 9)
    y += 12
    for k, v in legend:
        d.text(L + 8, y, k, FB, 7.5)
        d.text(L + 56, y, v, F, 7.5)
        y += 10
    o.finish("State Medicaid provider remittance advice, portal print, portrait narrow sans: boxed member cards "
             "(Member / Member ID / TCN / Patient Acct # / Claim status), ruled line grid with From and To dates "
             "(both printed), Mod 1 / Mod 2, Units, Copay and TPL columns, first adjustment on the row and further "
             "ones stacked under it, RARC column; paid and denied claims, code glossary.", legend)
    RULES[o.name] = {"all_adj": True, "desc": False}


# =============================================================================== r1 clearinghouse paper remit (SPR)
def r1(folder: Path) -> None:
    o = Out(folder, "h39_r1_spr_clearinghouse", "fpdf2", LETTER, {})
    d = o.d
    F, FB, SZ, LH = "LMono", "LMono-B", 6.9, 10.2
    L = 34
    st = PlanState(ded_left=Decimal("60.00"))

    def mk(dos, code, u, mods=(), denied=None, rem=()):
        s = medicare(Svc(dos, code, u, mods, denied=denied), st)
        s.remarks = list(rem)
        return s

    perf = "1982736450"
    claims = [
        ("HALVORSEN, INGRID", "8JK4TE2RA61", "HRS-20177", "0226034518820", "MA01", [
            mk(D(2026, 1, 6), "97165", 1, ("GO",)), mk(D(2026, 1, 6), "97530", 2, ("GO",)),
            mk(D(2026, 1, 8), "97530", 2, ("GO",)), mk(D(2026, 1, 8), "97535", 1, ("GO",)),
            mk(D(2026, 1, 13), "97530", 3, ("GO", "KX")), mk(D(2026, 1, 15), "97530", 2, ("GO", "KX")),
            mk(D(2026, 1, 15), "97112", 1, ("GO", "KX")), mk(D(2026, 1, 20), "97530", 2, ("GO", "CO")),
            mk(D(2026, 1, 22), "97530", 2, ("GO", "CO")), mk(D(2026, 1, 22), "97535", 1, ("GO", "CO")),
            mk(D(2026, 1, 27), "97530", 3, ("GO", "KX")), mk(D(2026, 1, 29), "97168", 1, ("GO",))]),
        ("DUBROVSKY, MILAN", "3TW9HN5QC20", "HRS-20203", "0226034518841", "MA01", [
            mk(D(2026, 1, 7), "97161", 1, ("GP",)), mk(D(2026, 1, 7), "97110", 2, ("GP",)),
            mk(D(2026, 1, 14), "97110", 2, ("GP",)), mk(D(2026, 1, 14), "97140", 1, ("GP", "59"))]),
        ("OKAFOR-BELL, GRACE", "6RP2MD8KU47", "HRS-20219", "0226034518867", "MA01 MA130", [
            mk(D(2026, 1, 9), "0552T", 1, ("GP",), denied="CO", rem=("N425",)),
            mk(D(2026, 1, 9), "97110", 1, ("GP",))]),
    ]
    old = medicare(Svc(D(2025, 12, 16), "92507", 1, ("GN",)), PlanState(), sequestration=True)
    rev = negate(old)
    new = medicare(Svc(D(2025, 12, 16), "92507", 1, ("GN",)), PlanState(), sequestration=True)
    new.remarks = ["N202"]
    claims.append(("LINDGREN, AUGUST", "9VC3PX1LB58", "HRS-19884", "0226034518902", "MA01  CLM STATUS 22",
                   [rev]))
    claims.append(("LINDGREN, AUGUST", "9VC3PX1LB58", "HRS-19884", "0226034518903", "MA01", [new]))
    claims = [claims[1], claims[2], claims[0], claims[3], claims[4]]

    def fmt(perf_, d1, d2, pos, nos, proc, mods, billed, allowed, ded, coins, grp, amt, pd):
        return (f"{perf_:<10} {d1:<4} {d2:<6} {pos:>3} {nos:>3}  {proc:<5} {mods:<9}{billed:>9}{allowed:>9}"
                f"{ded:>8}{coins:>8}  {grp:<7}{amt:>9}{pd:>10}")

    def furniture():
        d.text(L, 28, "ClaimBridge Exchange  |  printed remittance from 835 ERA  |  trace 1EFT0026035118", F, 6.2,
               color=0.35)
        d.text(L, 44, "GREAT PLAINS MEDICARE ADMINISTRATORS", FB, SZ)
        d.text(578, 44, "MEDICARE", FB, SZ, "r")
        d.text(L, 44 + LH, "PO BOX 9117", F, SZ)
        d.text(578, 44 + LH, "REMITTANCE", FB, SZ, "r")
        d.text(L, 44 + 2 * LH, "DUNMORE, NE 68108", F, SZ)
        d.text(578, 44 + 2 * LH, "NOTICE", FB, SZ, "r")
        d.text(L, 44 + 4 * LH, "CASCADE BEND REHABILITATION SERVICES", F, SZ)
        d.text(330, 44 + 4 * LH, f"PROVIDER #: 1457920318    PAGE #: {d.page} OF {TOTAL.get(o.name, 0)}", F, SZ)
        d.text(L, 44 + 5 * LH, "2204 MILL RACE ROAD", F, SZ)
        d.text(330, 44 + 5 * LH, "DATE: 02/04/26     CHECK/EFT #: 0026035118", F, SZ)
        d.text(L, 44 + 6 * LH, "PERRYTON NE 68410-2231", F, SZ)
        y = 44 + 8 * LH
        d.text(L, y, fmt("PERF PROV", "SERV", "DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT",
                         "COINS", "GRP/RC", "-AMT", "PROV PD"), FB, SZ)
        d.text(L, y + 4, "_" * 112, F, SZ)
        d.text(L, 772, "This printout is a courtesy copy generated from your electronic remittance. The 835 file is "
               "the record of payment.", F, 6, color=0.35)
        return y + LH + 6

    y = furniture()
    bottom = 752
    for name, mid, acnt, icn, moa, svcs in claims:
        def namehdr(y, cont=False):
            d.text(L, y, f"NAME {name:<21} MID {mid}  ACNT {acnt:<10} ICN {icn}  ASG Y  MOA {moa}"
                   + ("  (CONTINUED)" if cont else ""), F, SZ)
            return y + LH
        if y + 5 * LH > bottom:
            d.new_page()
            y = furniture()
        y = namehdr(y)
        for s in svcs:
            need = LH * (max(1, len(s.adjs)) + (1 if s.remarks else 0))
            if y + need > bottom:
                d.new_page()
                y = namehdr(furniture(), cont=True)
            a0 = s.adjs[0]
            d.text(L, y, fmt(perf, s.dos.strftime("%m%d"), s.dos.strftime("%m%d%y"), "11", units_s(s.units), s.code,
                             " ".join(s.mods), money(s.billed, ""), money(s.allowed, ""), money(s.deductible, ""),
                             money(s.coinsurance, ""), f"{a0[0]}-{a0[1]}", money(a0[2], ""), money(s.paid, "")), F,
                   SZ)
            for a in s.adjs[1:]:
                y += LH
                d.text(L, y, fmt("", "", "", "", "", "", "", "", "", "", "", f"{a[0]}-{a[1]}", money(a[2], ""),
                                 ""), F, SZ)
            if s.remarks:
                y += LH
                d.text(L, y, f"{'':<32}REM: {' '.join(s.remarks)}", F, SZ)
            o.line(s, acnt, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                   adjustments=[list(a) for a in s.adjs], remarks=s.remarks, description=False)
            y += LH
        adjsum = sum((a[2] for s in svcs for a in s.adjs if a[0] != "PR"), ZERO)
        owes = total(svcs, "deductible") + total(svcs, "coinsurance")
        d.text(L, y, f"PT RESP {money(owes, ''):>9}", F, SZ)
        row = fmt("", "", "", "", "", "CLAIM", "TOTALS", money(total(svcs, "billed"), ""),
                  money(total(svcs, "allowed"), ""), money(total(svcs, "deductible"), ""),
                  money(total(svcs, "coinsurance"), ""), "", money(adjsum, ""), money(total(svcs, "paid"), ""))
        d.text(L + d.width(row[:24], F, SZ), y, row[24:], F, SZ)
        d.text(L, y + LH, f"{'':<98}NET {money(total(svcs, 'paid'), ''):>10}", F, SZ)
        o.claim(acnt, icn, name, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"))
        y += 2.6 * LH
    allsv = [s for c in claims for s in c[5]]
    if y + 9 * LH > bottom:
        d.new_page()
        y = furniture()
    y += LH
    d.text(L, y, "TOTALS:   # OF     BILLED    ALLOWED    DEDUCT     COINS   TOTAL RC-AMT    PROV PD    PROV ADJ"
           "      CHECK", FB, SZ)
    tot_rc = sum((a[2] for s in allsv for a in s.adjs if a[0] != "PR"), ZERO)
    d.text(L, y + LH, f"          {len(claims):>4} {money(total(allsv, 'billed'), ''):>10} "
           f"{money(total(allsv, 'allowed'), ''):>10} {money(total(allsv, 'deductible'), ''):>9} "
           f"{money(total(allsv, 'coinsurance'), ''):>9} {money(tot_rc, ''):>14} {money(total(allsv, 'paid'), ''):>10}"
           f" {'0.00':>11} {money(total(allsv, 'paid'), ''):>10}", F, SZ)
    y += 3 * LH
    legend = [("CO-45", "Charge exceeds the fee schedule / maximum allowable."), ("PR-1", "Deductible amount."),
              ("PR-2", "Coinsurance amount."), ("CO-253", "Sequestration - payment reduction."),
              ("CO-50", "Not deemed a medical necessity by the payer."),
              ("N425", "Statutorily excluded service(s)."), ("N202", "Additional information/explanation will be "
                                                                     "sent separately."),
              ("MA01", "Appeal rights notice."), ("MA130", "Claim contains incomplete and/or invalid information.")]
    d.text(L, y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", FB, SZ)
    y += LH
    for k, v in legend:
        d.text(L, y, f"{k:<8}{v}", F, SZ)
        y += LH
    o.finish("Medicare-style standard paper remittance printed by a clearinghouse from the ERA, portrait Liberation "
             "Mono: SPR column header (PERF PROV / SERV DATE 'MMDD MMDDYY' / POS / NOS / PROC / MODS / BILLED / "
             "ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD) repeated on every page, NAME/MID/ACNT/ICN/ASG/MOA "
             "claim rows, first adjustment on the service row and the rest stacked under it, REM: lines, PT RESP / "
             "CLAIM TOTALS / NET, a 12-line claim continued onto page 2, a denial, a reversal (CLM STATUS 22) with "
             "leading minus and its re-issue, check totals and glossary.", legend)
    RULES[o.name] = {"all_adj": True, "desc": False, "window": 4, "cost_share": False}


# =============================================================================== r2 practice-management ERA posting report
def r2(folder: Path) -> None:
    o = Out(folder, "h39_r2_pm_payment_detail", "reportlab", LAND, {})
    d = o.d
    F, FB = "Helvetica", "Helvetica-Bold"
    L, R = 24, 768
    ma = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.44"))
    mcr = PlanState(ded_left=Decimal("45.00"))
    com = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    S = Svc
    payments = [
        ("Keystone Medicare Advantage", "EFT 8812044", "02/03/2026", "ma", [
            ("Thornbury, Elise", "100482", "KMA26-0031877", [S(D(2026, 1, 7), "97530", 2, ("GO",)),
                                                             S(D(2026, 1, 7), "97535", 1, ("GO",)),
                                                             S(D(2026, 1, 14), "97530", 3, ("GO",))]),
            ("Pruitt, Amos J", "100517", "KMA26-0031902", [S(D(2026, 1, 9), "97163", 1, ("GP",)),
                                                           S(D(2026, 1, 9), "97116", 2, ("GP",)),
                                                           S(D(2026, 1, 9), "A4556", 1)])]),
        ("Great Plains Medicare Administrators", "EFT 0026035877", "02/04/2026", "mcr", [
            ("Gallardo, Rosa M", "100433", "0226035519174", [S(D(2026, 1, 12), "92523", 1, ("GN",)),
                                                             S(D(2026, 1, 19), "92507", 1, ("GN",)),
                                                             S(D(2026, 1, 26), "92507", 1, ("GN",))]),
            ("Whitcombe, Harold", "100391", "0226035519190", [S(D(2026, 1, 13), "97110", 2, ("GP", "KX")),
                                                              S(D(2026, 1, 13), "97140", 1, ("GP", "KX")),
                                                              S(D(2026, 1, 20), "97110", 2, ("GP", "CQ")),
                                                              S(D(2026, 1, 20), "97112", 1, ("GP", "CQ"))])]),
        ("Harborlight Health Insurance Co", "CHK 004471902", "02/05/2026", "com", [
            ("Nakashima, Kenji", "100552", "HL2603418820", [S(D(2026, 1, 15), "97166", 1, ("GO",)),
                                                            S(D(2026, 1, 15), "97530", 2, ("GO",)),
                                                            S(D(2026, 1, 15), "97150", 1, ("GO",), denied="CO")]),
            ("Nakashima, Mei", "100553", "HL2603418835", [S(D(2026, 1, 16), "92610", 1, ("GN",)),
                                                          S(D(2026, 1, 16), "92526", 1, ("GN",))])]),
    ]
    for _, _, _, kind, cl in payments:
        for *_, svcs in cl:
            for s in svcs:
                if kind == "ma":
                    commercial(s, ma)
                elif kind == "mcr":
                    medicare(s, mcr)
                else:
                    commercial(s, com, deny_reason="97")
                if s.denied:
                    s.remarks = ["M15"]
    cols = [(L, "l"), (L + 96, "l"), (L + 134, "l"), (L + 202, "l"), (L + 246, "l"), (L + 276, "l"),
            (L + 322, "r"), (L + 364, "r"), (L + 406, "r"), (L + 448, "r"), (L + 488, "r"), (L + 546, "r"),
            (L + 590, "r"), (L + 626, "r"), (L + 634, "l"), (L + 744, "r")]
    heads = ["Patient", "Acct #", "Payer claim #", "DOS", "CPT", "Mod", "Units", "Charge", "Allowed", "Contract",
             "Deduct", "Coins/Copay", "Seq/Other", "Paid", "Adj codes / remarks", "Pt resp"]

    def furniture():
        d.text(L, 30, "TheraLedger Practice Manager", FB, 11)
        d.text(L, 42, "Insurance Payment Detail - ERA posting report", F, 8.5)
        d.text(R, 30, "Wildrose Therapy & Wellness, LLC", FB, 8.5, "r")
        d.text(R, 42, "Deposit dates 02/01/2026 - 02/07/2026   Run 02/07/2026 4:51 PM   User: kmoreau", F, 7, "r")
        d.hline(L, R, 48, 0.8)
        d.text(L, 596, "Posted amounts only. Unapplied and patient payments are not shown on this report.", F, 6.5)
        d.text(R, 596, f"Page {d.page} of {TOTAL.get(o.name, 0)}", F, 6.5, "r")

    def header(y):
        d.rect(L, y, R - L, 13, fill=0.82, stroke=False)
        for (x, a), h in zip(cols, heads):
            d.text(x + (2 if a == "l" else 0), y + 9, h, FB, 6.6, a)
        return y + 22

    furniture()
    y = 62
    bottom = 580
    grand = ZERO
    for payer, ref, dep, kind, cl in payments:
        allsv = [s for c in cl for s in c[3]]
        if y + 60 > bottom:
            d.new_page()
            furniture()
            y = 62
        d.text(L, y + 4, f"Payer: {payer}", FB, 8.5)
        d.text(L + 300, y + 4, f"Payment: {ref}    Deposit: {dep}    Amount: {money(total(allsv, 'paid'))}", F, 8)
        y = header(y + 10)
        band = 0
        for pat, acct, pcl, svcs in cl:
            for i, s in enumerate(svcs):
                if y > bottom:
                    d.new_page()
                    furniture()
                    y = header(62)
                if band % 2:
                    d.rect(L, y - 8, R - L, 11, fill=0.95, stroke=False)
                band += 1
                codes = " ".join(f"{g}{c}" for g, c, _ in s.adjs) + (" " + " ".join(s.remarks) if s.remarks else "")
                contract = sum((a for g, c, a in s.adjs if g == "CO" and c != "253"), ZERO)
                vals = [pat if i == 0 else "", acct if i == 0 else "", pcl if i == 0 else "", dfmt(s.dos, "mdy4"),
                        s.code, " ".join(s.mods), units_s(s.units), cents(s.billed), cents(s.allowed),
                        cents(contract), cents(s.deductible), cents(s.copay + s.coinsurance), cents(s.seq),
                        cents(s.paid), codes, cents(s.owes)]
                for (x, a), v in zip(cols, vals):
                    d.text(x + (2 if a == "l" else 0), y, v, F, 6.8, a)
                pr = ["billed", "allowed", "paid", "patient_owes", "deductible"]
                pr.append("copay" if s.copay else "coinsurance")
                o.line(s, acct, pcl, pat, tuple(pr), adjustments=[list(a) for a in s.adjs], remarks=s.remarks,
                       description=False)
                y += 11
            d.hline(cols[6][0] - 20, R, y - 8, 0.3)
            d.text(cols[5][0], y, "Claim total", FB, 6.8)
            for k, attr in ((7, "billed"), (8, "allowed"), (13, "paid"), (15, "owes")):
                d.text(cols[k][0], y, cents(total(svcs, attr)), FB, 6.8, "r")
            o.claim(acct, pcl, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                    paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
            y += 14
            band = 0
        d.text(cols[5][0], y, f"Payment total ({len(cl)} claims)", FB, 7)
        d.text(cols[13][0], y, cents(total(allsv, "paid")), FB, 7, "r")
        grand += total(allsv, "paid")
        y += 22
    d.hline(L, R, y - 10, 0.8)
    d.text(L, y, f"Report total: 3 payments, 6 claims, insurance paid {money(grand)}", FB, 8)
    legend = [("CO45", "contractual"), ("PR1", "deductible"), ("PR2", "coinsurance"), ("PR3", "copay"),
              ("CO253", "sequestration"), ("CO97", "bundled / included in another service"),
              ("M15", "separately billed service included in another service")]
    d.text(L, y + 12, "Codes: " + "; ".join(f"{k} {v}" for k, v in legend), F, 6.8)
    o.finish("Practice-management ERA posting report (landscape Helvetica): one block per payment (payer, EFT/check, "
             "deposit, amount), zebra rows, patient 'Last, First', account and payer claim number only on a claim's "
             "first row, Contract / Deduct / Coins-Copay / Seq-Other amount columns with the CARC codes glued "
             "('CO45 PR2 CO253') in a codes column, claim totals, payment totals; Medicare Advantage, Medicare "
             "Part B and a commercial payer with a bundling denial.", legend)
    RULES[o.name] = {"all_adj": True, "desc": False, "cost_share": False}


# =============================================================================== s1 therapy clinic family statement
def s1(folder: Path) -> None:
    o = Out(folder, "h39_s1_clinic_family_statement", "reportlab", LETTER, {})
    d = o.d
    F, FB = "DSans", "DSans-B"
    L, R = 32, 580
    st = PlanState(visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.72"))
    S = Svc
    visits = [
        ("V-260106-031", "Hazel Fairbrook", "PS-77120394", [S(D(2026, 1, 6), "97166", 1, ("GO",)),
                                                            S(D(2026, 1, 6), "97530", 2, ("GO",))]),
        ("V-260108-014", "Jonah Fairbrook", "PS-77120411", [S(D(2026, 1, 8), "92523", 1, ("GN",)),
                                                            S(D(2026, 1, 8), "92507", 1, ("GN",))]),
        ("V-260113-027", "Hazel Fairbrook", "PS-77120588", [S(D(2026, 1, 13), "97530", 3, ("GO",)),
                                                            S(D(2026, 1, 13), "97535", 1, ("GO",)),
                                                            S(D(2026, 1, 13), "97018", 1, ("GO",), denied="PR")]),
        ("V-260115-009", "Wren Fairbrook", "PS-77120602", [S(D(2026, 1, 15), "97161", 1, ("GP",)),
                                                           S(D(2026, 1, 15), "97110", 2, ("GP",)),
                                                           S(D(2026, 1, 15), "97116", 1, ("GP",))]),
        ("V-260120-040", "Hazel Fairbrook", "PS-77121017", [S(D(2026, 1, 20), "97530", 2, ("GO",)),
                                                            S(D(2026, 1, 20), "97112", 1, ("GO", "59")),
                                                            S(D(2026, 1, 20), "97140", 1, ("GO",))]),
        ("V-260122-018", "Jonah Fairbrook", "PS-77121130", [S(D(2026, 1, 22), "92507", 1, ("GN",)),
                                                            S(D(2026, 1, 22), "92526", 1, ("GN",))]),
        ("V-260127-033", "Hazel Fairbrook", None, [S(D(2026, 1, 27), "97530", 3, ("GO",)),
                                                   S(D(2026, 1, 27), "97110", 1, ("GO",))]),
        ("V-260129-012", "Wren Fairbrook", None, [S(D(2026, 1, 29), "97110", 2, ("GP",)),
                                                  S(D(2026, 1, 29), "97140", 1, ("GP", "59")),
                                                  S(D(2026, 1, 29), "97530", 1, ("GP",))]),
    ]
    for vid, pat, clm, svcs in visits:
        for s in svcs:
            commercial(s, st)
            s.ptpaid = s.copay
            s.pending = clm is None
            if s.pending:
                s.ptpaid = s.copay
                s.bal = s.billed - s.ptpaid
            else:
                s.bal = s.owes - s.ptpaid
                assert s.billed - s.paid - s.discount - s.ptpaid == s.bal
    cols = [(L, "l"), (L + 58, "l"), (L + 210, "l"), (L + 276, "r"), (L + 330, "r"), (L + 384, "r"),
            (L + 436, "r"), (L + 488, "r"), (R, "r")]
    heads = [("Date", ""), ("Description", ""), ("Code", ""), ("Units", ""), ("Charges", ""), ("Insurance", "paid"),
             ("Insurance", "adjustment"), ("You", "paid"), ("Your", "balance")]
    allsv = [s for *_, sv in visits for s in sv]
    due = sum((s.bal for s in allsv if not s.pending), ZERO)

    def furniture(first=False):
        d.text(L, 36, "Little Acorn Pediatric Therapy", FB, 13)
        d.text(L, 48, "Occupational, Physical & Speech Therapy  |  540 Quarry Hill Rd, Suite B, Fenwick, ME 04021",
               F, 7)
        d.text(R, 36, "STATEMENT", FB, 12, "r")
        d.text(R, 48, f"Account G-20417   Page {d.page} of {TOTAL.get(o.name, 0)}", F, 7, "r")
        d.hline(L, R, 54, 1)
        d.text(L, 772, "Billing questions: (207) 555-0164, Mon-Thu 8:30-4:30, billing@littleacorn.example. We accept "
               "cash, check and cards; ask about payment plans.", F, 6.3)

    def header(y):
        d.hline(L, R, y, 0.6)
        for (x, a), (h1, h2) in zip(cols, heads):
            d.text(x, y + 10, h1, FB, 6.8, a)
            if h2:
                d.text(x, y + 18, h2, FB, 6.8, a)
        d.hline(L, R, y + 22, 0.6)
        return y + 32

    furniture(True)
    # remittance stub
    y = 70
    d.text(L, y, "Please detach and return this part with your payment.", F, 7)
    for i, t in enumerate(("CAROLINE FAIRBROOK", "19 BIRCH HOLLOW LANE", "FENWICK ME 04021")):
        d.text(L, y + 16 + 11 * i, t, F, 8.5)
    box = [("Statement date", "02/05/2026"), ("Account number", "G-20417"), ("Amount due", money(due)),
           ("Please pay by", "03/01/2026"), ("Amount enclosed", "$ ____________")]
    for i, (k, v) in enumerate(box):
        d.rect(360, y - 8 + 14 * i, 220, 14)
        d.text(366, y + 2 + 14 * i, k, FB if k == "Amount due" else F, 7.5)
        d.text(574, y + 2 + 14 * i, v, FB if k == "Amount due" else F, 7.5, "r")
    y += 72
    d.text(L, y, "- " * 68, F, 6, color=0.4)
    y += 16
    d.text(L, y, "Guarantor: Caroline Fairbrook    Patients on this account: Hazel, Jonah and Wren Fairbrook", F, 7.5)
    y += 11
    d.text(L, y, "Primary insurance: Prairie Shield PPO, member PSX-4402198-01. Your $30.00 visit copay is collected "
           "at check-in.", F, 7.5)
    y += 14
    y = header(y)
    bottom = 748
    for vid, pat, clm, svcs in visits:
        def vhead(y, cont=False):
            d.rect(L, y - 9, R - L, 13, fill=0.92, stroke=False)
            ins = f"Prairie Shield claim {clm}" if clm else "Billed to Prairie Shield 01/30/2026 - awaiting payment"
            d.text(L + 2, y, f"Visit {vid}   Patient: {pat}" + ("   (continued)" if cont else ""), FB, 7.2)
            d.text(R - 2, y, ins, F, 7, "r")
            return y + 14
        if y + 40 > bottom:
            d.new_page()
            furniture()
            y = header(64)
        y = vhead(y)
        for s in svcs:
            if y + 10 > bottom:
                d.new_page()
                furniture()
                y = vhead(header(64) + 2, cont=True)
            vals = [dfmt(s.dos, "mdy4"), s.desc, "".join((s.code,) + s.mods), units_s(s.units), money(s.billed, "$"),
                    "pending" if s.pending else money(s.paid, "$"), "" if s.pending else money(s.discount, "$"),
                    money(s.ptpaid, "$"), money(s.bal, "$")]
            for (x, a), v in zip(cols, vals):
                d.text(x, y, v, F, 7, a)
            pr = ("billed", "patient_owes") if s.pending else ("billed", "paid", "discount", "patient_owes")
            o.line(s, vid, clm, pat, pr, overrides={"patient_owes": str(s.bal)})
            y += 11
        vb = sum((s.bal for s in svcs), ZERO)
        d.text(cols[7][0], y, "Visit balance", FB, 7, "r")
        d.text(R, y, money(vb, "$"), FB, 7, "r")
        o.claim(vid, clm, pat, patient_owes=vb)
        y += 16
    if y + 90 > bottom:
        d.new_page()
        furniture()
        y = 70
    pend = sum((s.bal for s in allsv if s.pending), ZERO)
    d.hline(L, R, y, 0.8)
    y += 14
    d.text(L, y, "Account summary", FB, 8.5)
    y += 12
    for k, v in (("Your balance on visits insurance has paid", money(due)),
                 ("Visits waiting for insurance (not due yet)", money(pend)), ("Amount due now", money(due))):
        d.text(L + 8, y, k, F, 7.5)
        d.text(L + 300, y, v, FB if k.startswith("Amount") else F, 7.5, "r")
        y += 11
    y += 6
    aging = [("Current", money(due)), ("31-60 days", "$0.00"), ("61-90 days", "$0.00"), ("Over 90 days", "$0.00")]
    for i, (k, v) in enumerate(aging):
        d.rect(L + i * 110, y, 110, 28)
        d.text(L + i * 110 + 55, y + 11, k, F, 7, "c")
        d.text(L + i * 110 + 55, y + 23, v, FB, 8, "c")
    y += 44
    d.text(L, y, "Paraffin bath on 01/13 was not covered by Prairie Shield; the full charge is your responsibility.",
           F, 7)
    o.finish("Pediatric therapy clinic family statement to a guarantor, portrait DejaVu Sans: tear-off payment stub "
             "with amount due, visit heading bands (visit number, patient, insurer claim number or 'awaiting "
             "payment'), code and modifiers glued ('97530GO'), Units, Charges / Insurance paid / Insurance "
             "adjustment / You paid / Your balance, a non-covered line left to the family, pending visits with "
             "'pending' in place of the insurance amount, a visit continued on page 2, visit balances, aging boxes.",
             [])
    RULES[o.name] = {"line_arith": None}


# =============================================================================== s2 hospital family statement
def s2(folder: Path) -> None:
    o = Out(folder, "h39_s2_hospital_statement", "fpdf2", LETTER, {})
    d = o.d
    F, FB = "LSerif", "LSerif-B"
    L, R = 36, 576
    def rev(s):
        if s.code == "99213":
            return "0510"
        if s.code.startswith("92"):
            return "0440"
        if s.code[:2] in ("L3", "A4"):
            return "0274" if s.code.startswith("L") else "0270"
        if "GP" in s.mods:
            return "0420"
        return "0430"

    S = Svc
    accounts = [
        ("4001773302", "Ruby Castellano", "Evergreen Family Health", "claim # 7783-1190-22", "7783-1190-22",
         D(2026, 1, 5), D(2026, 1, 26), [
             S(D(2026, 1, 5), "97167", 1, ("GO",)), S(D(2026, 1, 5), "97530", 2, ("GO",)),
             S(D(2026, 1, 12), "97530", 3, ("GO",)), S(D(2026, 1, 12), "97760", 2, ("GO",)),
             S(D(2026, 1, 12), "L3807", 1, ("LT",)), S(D(2026, 1, 19), "97530", 3, ("GO",)),
             S(D(2026, 1, 19), "97535", 2, ("GO",)), S(D(2026, 1, 19), "97018", 1, ("GO",)),
             S(D(2026, 1, 26), "97530", 2, ("GO",)), S(D(2026, 1, 26), "97110", 2, ("GO",)),
             S(D(2026, 1, 26), "97168", 1, ("GO",))]),
        ("4001774118", "Diego Castellano", "Evergreen Family Health", "claim # 7783-1204-07", "7783-1204-07",
         D(2026, 1, 9), D(2026, 1, 23), [
             S(D(2026, 1, 9), "92610", 1, ("GN",)), S(D(2026, 1, 9), "92526", 1, ("GN",)),
             S(D(2026, 1, 16), "92526", 1, ("GN",)), S(D(2026, 1, 23), "92526", 1, ("GN",)),
             S(D(2026, 1, 23), "92507", 1, ("GN", "59"))]),
        ("4001775560", "Lucia Castellano", "Evergreen Family Health", "claim # 7783-1219-45", "7783-1219-45",
         D(2026, 1, 14), D(2026, 1, 14), [
             S(D(2026, 1, 14), "99213", 1), S(D(2026, 1, 14), "97163", 1, ("GP",)),
             S(D(2026, 1, 14), "97116", 2, ("GP",)), S(D(2026, 1, 14), "A4556", 2)]),
    ]
    st = PlanState(ded_left=Decimal("300.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.70"))
    summ = {}
    for acct, pat, ins, ref, pcl, a, b, svcs in accounts:
        for s in svcs:
            commercial(s, st)
        insp, adj = total(svcs, "paid"), total(svcs, "discount")
        ptp = Decimal("50.00") if acct.endswith("02") else ZERO
        summ[acct] = (total(svcs, "billed"), insp, adj, ptp, total(svcs, "billed") - insp - adj - ptp)
    due = sum((v[4] for v in summ.values()), ZERO)

    def furniture():
        d.rect(L, 26, R - L, 30, fill=0.9, stroke=False)
        d.text(L + 8, 45, "SAINT ALDRIC CHILDREN'S HOSPITAL", FB, 13)
        d.text(R - 8, 39, "Patient Statement", FB, 9, "r")
        d.text(R - 8, 50, f"Guarantor no. 88-20611   Page {d.page} of {TOTAL.get(o.name, 0)}", F, 7.5, "r")
        d.text(L, 772, "Saint Aldric Children's Hospital, Patient Financial Services, 300 Lantern Row, Halbrook, KS "
               "66012  |  (785) 555-0150", F, 6.8)

    furniture()
    y = 78
    for t in ("Guarantor", "MARGARITA CASTELLANO", "7 OXBOW COURT", "HALBROOK KS 66014"):
        d.text(L, y, t, FB if t == "Guarantor" else F, 8.5)
        y += 11
    # right sidebar
    d.rect(410, 70, 166, 250, fill=0.95, stroke=False)
    side = [("Statement date", FB), ("February 6, 2026", F), ("", F), ("Total amount due", FB), (money(due), FB),
            ("Due by March 3, 2026", F), ("", F), ("Ways to pay", FB), ("Online: pay.saintaldric.example", F),
            ("Phone: (785) 555-0150", F), ("Mail: the stub on the last page", F), ("", F),
            ("Need help paying?", FB), ("You may qualify for financial", F), ("assistance. Ask us for an", F),
            ("application or a payment plan.", F), ("", F), ("Este estado de cuenta esta", F),
            ("disponible en espanol.", F)]
    sy = 84
    for t, f in side:
        d.text(418, sy, t, f, 8 if t != money(due) else 12)
        sy += 12 if t != money(due) else 15
    y += 12
    d.text(L, y, "Summary of your accounts", FB, 10)
    y += 14
    for acct, pat, ins, ref, pcl, a, b, svcs in accounts:
        billed, insp, adj, ptp, bal = summ[acct]
        span = dfmt(a, "mdy4") if a == b else f"{dfmt(a, 'mdy4')} - {dfmt(b, 'mdy4')}"
        d.text(L, y, f"Account {acct}  -  {pat}", FB, 8)
        y += 10
        d.text(L + 8, y, f"Outpatient rehabilitation, {span}", F, 7.5)
        y += 10
        for k, v in (("Total charges", billed), (f"{ins} payment", -insp), ("Insurance adjustment", -adj),
                     ("Your payments", -ptp), ("Account balance", bal)):
            d.text(L + 8, y, k, FB if k == "Account balance" else F, 7.5)
            d.text(L + 340, y, money(v, "$", "()"), FB if k == "Account balance" else F, 7.5, "r")
            y += 9.5
        y += 8
    d.text(L, y, "Itemized charges for each account start on the next page.", F, 7.5)
    d.new_page()
    furniture()
    y = 78
    cols = [(L, "l"), (L + 62, "l"), (L + 96, "l"), (L + 138, "l"), (L + 170, "l"), (L + 420, "r"), (R, "r")]
    heads = ["Date", "Rev", "Code", "Mod", "Description", "Qty", "Amount"]

    def header(y):
        d.hline(L, R, y - 9, 0.8)
        for (x, a), h in zip(cols, heads):
            d.text(x, y, h, FB, 7.8, a)
        d.hline(L, R, y + 3, 0.4)
        return y + 14

    bottom = 752
    for acct, pat, ins, ref, pcl, a, b, svcs in accounts:
        billed, insp, adj, ptp, bal = summ[acct]

        def ahead(y, cont=False):
            d.text(L, y, f"Account {acct}   Patient: {pat}   Insurance: {ins}, {ref}"
                   + ("   (continued)" if cont else ""), FB, 8)
            return header(y + 16)
        if y + 70 > bottom:
            d.new_page()
            furniture()
            y = 78
        y = ahead(y)
        for s in svcs:
            dl = wrap(d, eobgen.LONG_DESC.get(s.code, s.desc), F, 7.6, 215)
            if y + 10 * len(dl) > bottom:
                d.new_page()
                furniture()
                y = ahead(78, cont=True)
            vals = [dfmt(s.dos, "mdy4"), rev(s), s.code, " ".join(s.mods), dl[0], units_s(s.units),
                    money(s.billed, ",")]
            for (x, a_), v in zip(cols, vals):
                d.text(x, y, v, F, 7.6, a_)
            for extra in dl[1:]:
                y += 9.5
                d.text(cols[4][0], y, extra, F, 7.6)
            o.line(s, acct, pcl, pat, ("billed",), overrides={"description": " ".join(dl)})
            y += 11.5
        if y + 60 > bottom:
            d.new_page()
            furniture()
            y = ahead(78, cont=True)
        d.hline(cols[4][0], R, y - 8, 0.3)
        d.text(cols[4][0], y, "Total charges", FB, 7.6)
        d.text(R, y, money(billed, ","), FB, 7.6, "r")
        y += 12
        for k, v in ((f"02/02/2026  Payment - {ins}", -insp), ("02/02/2026  Contractual adjustment - " + ins, -adj),
                     ("01/19/2026  Patient payment - thank you", -ptp)):
            if v:
                d.text(cols[4][0], y, k, F, 7.6)
                d.text(R, y, money(v, ",", "trail"), F, 7.6, "r")
                y += 11
        d.text(cols[4][0], y, "Account balance", FB, 7.6)
        d.text(R, y, money(bal, ","), FB, 7.6, "r")
        o.claim(acct, pcl, pat, billed=billed)
        y += 24
    o.finish("Children's hospital patient statement to a guarantor, fpdf2 portrait Liberation Serif: page 1 account "
             "summaries (charges, insurance payment and adjustment in parentheses, patient payments, balance) "
             "beside a shaded sidebar, then itemized charges per account (Date / Rev / Code / Mod / Description / "
             "Qty / Amount) with wrapped wording, insurance activity rows with trailing-minus amounts after the "
             "charges, account balance; an account continued on the next page. Per line only the charge is "
             "printed.", [])
    RULES[o.name] = {}


LAYOUTS = [c1, c2, m1, m2, d1, d2, r1, r2, s1, s2]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout39_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)  # first pass learns the page count printed as "Page n of N"
        fn(out)
    names = list(RULES)
    print(f"wrote {len(names)} PDFs with truth files to {out}")
    if not check:
        return 0
    import json
    bad = 0
    continued = 0
    for n in names:
        errs = check_file(out / f"{n}.pdf", RULES[n])
        t = json.loads((out / f"{n}.pdf.truth.json").read_text(encoding="utf-8"))
        import pdfplumber
        with pdfplumber.open(out / f"{n}.pdf") as doc:
            texts = [p.extract_text() or "" for p in doc.pages]
        if any(("continued" in x.lower() or "CONT'D" in x) for x in texts[1:]):
            # a claim whose rows run on: some claim has lines on two pages
            for c in t["claims"]:
                pages = {x["page"] for x in t["lines"] if (x["claim_id"], x["payer_claim_id"], x["patient"]) ==
                         (c["claim_id"], c["payer_claim_id"], c["patient"])}
                if len(pages) > 1:
                    continued += 1
                    break
        status = "ok" if not errs else f"{len(errs)} problems"
        print(f"  {n}: {len(t['lines'])} lines, {t['pages']} pages, {len(t['claims'])} claims: {status}")
        for e in errs[:12]:
            print("     ", e)
        bad += bool(errs)
    print(f"files with a claim continued across pages: {continued}")
    if continued < 3:
        print("  FAIL: need at least three")
        bad += 1
    producers = {json.loads((out / f"{n}.pdf.truth.json").read_text())["producer"] for n in names}
    if len(producers) < 2:
        bad += 1
    print("CHECK", "FAILED" if bad else "PASSED")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
