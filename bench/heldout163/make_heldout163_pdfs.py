"""Write the 163rd held-out set of synthetic PDF EOB layouts (with truth files) into a folder.

Run:  python bench/heldout163/make_heldout163_pdfs.py [OUT_DIR]          (default: a new temp folder, printed)
      python bench/heldout163/make_heldout163_pdfs.py OUT_DIR --check    (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1,
fpdf2 fixed creation date, no randomness). Every name, number, payer, provider, address and id is invented;
descriptions are our own words.

Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth / truth_line), printed values only,
null for what a layout does not print (units null where no quantity is printed). claim_id = the provider's
own account / patient-control / invoice / visit number (null where none is printed, e.g. the MSN);
payer_claim_id = the payer's claim number / ICN / TCN / reference; patient = the person served, exactly as
printed. Printed reason codes are adjustments [group, reason, amount]; note letters / remark codes are remarks.
On the statements the insurer's write-off printed per line is the line's discount.

Layouts (planned: two of each of the five commonest kinds; written so far: four):
  a1  commercial member EOB, portrait core Helvetica, code-modifier in one column, several family members,
      no units, a denied line, a claim continuing on page 2 with "(continued)" and repeated header (reportlab)
  a2  commercial member EOB, landscape DejaVu Sans Condensed, Mod and Units columns, combined copay/coinsurance
      column (so copay / coinsurance null), "Jan 5, 2026" dates, family members, notes legend (fpdf2)
  a3  Medicare Summary Notice Part B, Liberation Sans, claim blocks with approved?/notes letters, no units,
      no provider account number, code in parentheses after the wrapped description (reportlab)
  a4  Medicare Advantage member EOB, Liberation Serif, "Provider's charge / Plan approved / Plan's share /
      Your share", code column, a claim that runs onto the next page (fpdf2)
  (a5-a10, the Medicaid RA / Medicare-style remit / family statement kinds, are NOT written yet: the set
  was cut at four layouts by the time limit.)

The self-check (--check) tests the factory only: page counts; for every truth line the code, modifiers,
units, date and every non-null amount / adjustment amount appear on the line's own row (words inside the
row's vertical band in the pdfplumber text layer, amounts parsed back to values); ids and patients in the
document text; billed - adjustments = paid where all adjustments are printed; allowed - deductible - copay -
coinsurance (- CO-253) = paid where those are printed; claim totals = sum of lines unless planted (and the
planted one really differs); at least three files carry a claim whose rows span two pages.
"""
from __future__ import annotations

import re
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (FIXED_WHEN, LONG_DESC, ZERO, PlanState, Svc, claim_totals, commercial, dfmt,  # noqa: E402
                    medicaid, medicare, money, negate, q, total, truth_line, units_str, write_truth)
from h163kit import Doc, Table, wrap  # noqa: E402

D = date


def M(d, style="$", neg="-"):
    return money(d, style, neg)


class Rec:
    def __init__(self, name, layout, producer, desc):
        self.name, self.layout, self.producer, self.desc = name, layout, producer, desc
        self.lines, self.claims, self.legend, self.findings, self.meta = [], [], [], [], []
        self.flags = set()

    def add(self, doc, box, s, *, cid, pcid, pat, printed, tokens, units=True, mods=True, adjs=None,
            remarks=None, description=False):
        t = truth_line(doc.page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed,
                       units=units, modifiers=mods, adjustments=adjs, remarks=remarks, description=description)
        if not description:
            t["description"] = None
        self.lines.append(t)
        self.meta.append({"box": box, "tokens": [x for x in tokens if x]})

    def claim(self, cid, pcid, pat, svcs, printed, override=None):
        tot = {k: (total(svcs, {"patient_owes": "owes"}.get(k, k)) if k in printed else None)
               for k in ("billed", "allowed", "paid", "patient_owes")}
        if override:
            tot.update(override)
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat,
                            "totals": claim_totals(**tot)})
        return tot


def mk(dos, code, units, mods=(), denied=None, long=False):
    s = Svc(dos, code, Decimal(str(units)), tuple(mods), denied=denied)
    if long and code in LONG_DESC:
        s.desc = LONG_DESC[code]
    return s


# ------------------------------------------------------------------------------------------ layouts

def a1(out: Path, npages=None):
    r = Rec("a1_commercial_member_eob", "a1", "reportlab", "commercial member EOB, family, portrait")
    doc = Doc(out / (r.name + ".pdf"), "reportlab", {"reg": "Helvetica", "bold": "Helvetica-Bold"})
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    fam = [("Marisol Okonkwo-Reyes", "HX8812440", "PA-330917", [
        mk(D(2026, 1, 6), "97165", 1, ["GO"]), mk(D(2026, 1, 6), "97530", 2, ["GO"]),
        mk(D(2026, 1, 13), "97535", 1, ["GO"]), mk(D(2026, 1, 13), "97110", 2, ["GO", "59"])]),
        ("Tobias Okonkwo-Reyes", "HX8812455", "PA-330952", [
            mk(D(2026, 1, 8), "92523", 1, ["GN"]), mk(D(2026, 1, 15), "92507", 1, ["GN"]),
            mk(D(2026, 1, 22), "92507", 1, ["GN"]), mk(D(2026, 1, 22), "97129", 1, ["GN"], denied="PR"),
            mk(D(2026, 1, 29), "92507", 1, ["GN"]), mk(D(2026, 2, 5), "92507", 1, ["GN"]),
            mk(D(2026, 2, 12), "92507", 1, ["GN"]), mk(D(2026, 2, 19), "92507", 1, ["GN"]),
            mk(D(2026, 2, 26), "92507", 1, ["GN"]), mk(D(2026, 3, 5), "92507", 1, ["GN"])]
         + [mk(D(2026, 3, 9) + timedelta(days=3 * i), c, 1, ["GN"]) for i, c in enumerate(
             ["92507", "92526", "92507", "92507", "92526", "92507", "92507", "92526", "92507", "92507",
              "92507", "92526", "92507", "92507", "92526", "92507", "92507", "92507", "92526", "92507",
              "92507", "92526", "92507", "92507", "92507", "92526", "92507", "92507", "92526", "92507",
              "92507", "92507", "92526", "92507", "92507", "92526", "92507", "92507"])]),
        ("Ines Okonkwo-Reyes", "HX8812471", "PA-331004", [
            mk(D(2026, 2, 3), "99213", 1), mk(D(2026, 2, 3), "97140", 1, ["GP"]),
            mk(D(2026, 2, 10), "97112", 2, ["GP", "KX"])])]
    cols = [("dos", "Service\nDate", 40, "l"), ("svc", "Service\nCode", 88, "l"),
            ("billed", "Amount\nBilled", 185, "r"), ("disc", "Network\nDiscount", 230, "r"),
            ("allowed", "Allowed\nAmount", 275, "r"), ("nc", "Not\nCovered", 318, "r"),
            ("ded", "Deductible", 365, "r"), ("copay", "Copay", 402, "r"), ("coins", "Co-\ninsurance", 448, "r"),
            ("paid", "Plan\nPaid", 492, "r"), ("owe", "You\nOwe", 535, "r"), ("rmk", "Remark", 545, "l")]
    tb = Table(doc, cols, size=7.5, grid=(36, 576), shade=0.88)

    def start():
        doc.font("bold", 15); doc.text(36, 50, "BRIGHTWATER HEALTH PLANS")
        doc.font("reg", 8); doc.text(36, 62, "PO Box 77310  Cedar Falls, IA 50613   Member Services 1-800-555-0143")
        doc.font("bold", 11); doc.text(576, 50, "EXPLANATION OF BENEFITS", "r")
        doc.font("reg", 8); doc.text(576, 62, "THIS IS NOT A BILL", "r")
        doc.text(36, 82, "Subscriber: Adaeze Okonkwo-Reyes     Member ID: BWH 440 918 27     Group: 0074410 Linden Mills")
        doc.text(36, 93, "Statement date: 03/20/26     Plan: PPO Silver 2500")
        doc.text(576, 770, f"Page {doc.page} of {npages or '?'}", "r")
        doc.text(36, 770, "Keep this statement for your records. Questions? Call the number above.")
        return 110
    y = start()
    for pat, pcid, cid, svcs in fam:
        for s in svcs:
            commercial(s, st, deny_reason="96")
            if s.denied:
                s.remarks = ["N4"]
            elif s.deductible:
                s.remarks = ["D1"]
        if y > 640:
            doc.new_page(); y = start()
        doc.font("bold", 8.5)
        doc.text(36, y + 10, f"Patient: {pat}")
        doc.font("reg", 8)
        doc.text(250, y + 10, f"Claim Number: {pcid}")
        doc.text(400, y + 10, f"Patient Account: {cid}")
        doc.text(36, y + 21, "Provider: Lakeshore Pediatric & Adult Therapy   Received 03/02/26   Processed 03/18/26")
        y = tb.header(y + 26)
        for s in svcs:
            if y > 720:
                doc.new_page(); y = start()
                doc.font("bold", 8.5); doc.text(36, y + 10, f"Patient: {pat}  Claim Number: {pcid} (continued)")
                y = tb.header(y + 14)
            cells = {"dos": dfmt(s.dos, "mdy2"), "svc": s.code + "".join("-" + m for m in s.mods),
                     "billed": M(s.billed, ","), "disc": M(s.discount, ","), "allowed": M(s.allowed, ","),
                     "nc": M(s.not_covered, ","), "ded": M(s.deductible, ","), "copay": M(s.copay, ","),
                     "coins": M(s.coinsurance, ","), "paid": M(s.paid, ","), "owe": M(s.owes, ","),
                     "rmk": " ".join(s.remarks)}
            y, box = tb.row(y, cells)
            r.add(doc, box, s, cid=cid, pcid=pcid, pat=pat, units=False,
                  printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                           "paid", "patient_owes"), tokens=[cells["dos"], s.code] + list(s.mods),
                  remarks=s.remarks)
        tot = r.claim(cid, pcid, pat, svcs, ("billed", "allowed", "paid", "patient_owes"))
        y, _ = tb.row(y, {"svc": "Claim Total", "billed": M(tot["billed"], ","), "allowed": M(tot["allowed"], ","),
                          "paid": M(tot["paid"], ","), "owe": M(tot["patient_owes"], ",")}, bold=True)
        y += 10
    r.legend = [("D1", "Part of this amount went toward your yearly deductible."),
                ("N4", "This service is not a benefit of your plan; the amount is yours to pay.")]
    doc.font("bold", 8); doc.text(36, y + 10, "Remark Codes")
    doc.font("reg", 7.5)
    for i, (c, t) in enumerate(r.legend):
        doc.text(36, y + 21 + i * 10, f"{c}  {t}")
    r.flags |= {"plan_math"}
    return r, doc


def a2(out: Path, npages=None):
    r = Rec("a2_commercial_member_eob_land", "a2", "fpdf2", "commercial member EOB landscape")
    doc = Doc(out / (r.name + ".pdf"), "fpdf2", {"reg": "DejaVuSansCond", "bold": "DejaVuSansCond-Bold"},
              landscape=True, fixed_when=FIXED_WHEN)
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85"),
                   visit_copay=Decimal("25.00"))
    fam = [("GIDEON P VASQUEZ-HALE", "W2-6604-1193", "70019-3", [
        mk(D(2026, 1, 5), "97161", 1, ["GP"]), mk(D(2026, 1, 5), "97110", 3, ["GP"]),
        mk(D(2026, 1, 9), "97110", 2, ["GP"]), mk(D(2026, 1, 9), "97140", 2, ["GP", "59"]),
        mk(D(2026, 1, 12), "97116", 2, ["GP"]), mk(D(2026, 1, 12), "G0283", 1, ["GP"])]),
        ("LUCIA R VASQUEZ-HALE", "W2-6604-1207", "70044-1", [
            mk(D(2026, 1, 7), "97166", 1, ["GO"]), mk(D(2026, 1, 7), "97530", 3, ["GO"]),
            mk(D(2026, 1, 14), "97760", 2, ["GO"]), mk(D(2026, 1, 14), "L3807", 1, ["RT"]),
            mk(D(2026, 1, 21), "0552T", 1, ["GO"], denied="CO")]),
        ("NOOR VASQUEZ-HALE", "W2-6604-1222", "70051-2", [
            mk(D(2026, 1, 20), "92507", 1, ["GN"]), mk(D(2026, 1, 27), "92507", 1, ["GN"]),
            mk(D(2026, 1, 27), "92526", 1, ["GN"])])]
    cols = [("dos", "Date(s) of\nService", 30, "l"), ("code", "Procedure", 100, "l"), ("mod", "Mod", 145, "l"),
            ("u", "Units", 190, "r"), ("billed", "Charged", 245, "r"), ("disc", "Member\nSavings", 300, "r"),
            ("allowed", "Covered\nAmount", 355, "r"), ("nc", "Not\nPayable", 405, "r"),
            ("ded", "Deductible", 460, "r"), ("cc", "Copay /\nCoinsurance", 520, "r"),
            ("paid", "Plan\nPayment", 580, "r"), ("owe", "Member\nResponsibility", 650, "r"),
            ("code2", "Notes", 665, "l")]
    tb = Table(doc, cols, size=8, grid=(28, 764))

    def start():
        doc.font("bold", 13); doc.text(30, 40, "Keystone Meridian Insurance Co.")
        doc.font("reg", 8); doc.text(30, 52, "Claims Service Center  ·  2200 Foundry Row  ·  Allentown PA 18101")
        doc.font("bold", 11); doc.text(764, 40, "Your Explanation of Benefits", "r")
        doc.font("reg", 8); doc.text(764, 52, f"Page {doc.page} of {npages or '?'}", "r")
        doc.text(30, 68, "Prepared for: CARMEN VASQUEZ-HALE   ID# KMI884120577   Account 55190-OPT   Issued Mar 2, 2026")
        doc.text(30, 590, "This is not a bill. Your provider may bill you for the Member Responsibility amount.")
        return 82
    y = start()
    for pat, pcid, cid, svcs in fam:
        for s in svcs:
            commercial(s, st, deny_reason="96")
            s.remarks = ["X2"] if s.denied else (["C5"] if s.copay else [])
        if y > 480:
            doc.new_page(); y = start()
        doc.font("bold", 9); doc.text(30, y + 10, f"Patient: {pat}")
        doc.font("reg", 8.5)
        doc.text(230, y + 10, f"Claim # {pcid}"); doc.text(380, y + 10, f"Provider Ref # {cid}")
        doc.text(520, y + 10, "Network: In-network")
        y = tb.header(y + 16)
        for s in svcs:
            cells = {"dos": dfmt(s.dos, "mon"), "code": s.code, "mod": ", ".join(s.mods), "u": units_str(s.units),
                     "billed": M(s.billed), "disc": M(s.discount), "allowed": M(s.allowed), "nc": M(s.not_covered),
                     "ded": M(s.deductible), "cc": M(s.copay + s.coinsurance), "paid": M(s.paid), "owe": M(s.owes),
                     "code2": " ".join(s.remarks)}
            y, box = tb.row(y, cells)
            r.add(doc, box, s, cid=cid, pcid=pcid, pat=pat,
                  printed=("billed", "discount", "allowed", "not_covered", "deductible", "paid", "patient_owes"),
                  tokens=[cells["dos"], s.code, cells["u"]] + list(s.mods), remarks=s.remarks)
        tot = r.claim(cid, pcid, pat, svcs, ("billed", "paid", "patient_owes"))
        y, _ = tb.row(y, {"code": "Totals", "billed": M(tot["billed"]), "paid": M(tot["paid"]),
                          "owe": M(tot["patient_owes"])}, bold=True)
        y += 12
    r.legend = [("C5", "Your plan's office-visit copay was applied to this date."),
                ("X2", "Investigational service; not covered. Provider agreed not to bill you.")]
    for i, (c, t) in enumerate(r.legend):
        doc.font("reg", 8); doc.text(30, y + 10 + i * 10, f"{c} - {t}")
    r.flags |= {"allowed_math"}
    return r, doc


def a3(out: Path, npages=None):
    r = Rec("a3_medicare_summary_notice", "a3", "reportlab", "Medicare Summary Notice Part B")
    doc = Doc(out / (r.name + ".pdf"), "reportlab", {"reg": "LibSans", "bold": "LibSans-Bold"})
    st = PlanState(ded_left=Decimal("40.00"))
    pat = "WINIFRED A. SALAZAR-BOONE"
    claims = [("Harborview Outpatient Rehab, 18 Quay St, Norwalk CT", "12-2603-114-882-000", [
        mk(D(2026, 1, 6), "97163", 1, ["GP"]), mk(D(2026, 1, 6), "97110", 2, ["GP", "KX"], long=True),
        mk(D(2026, 1, 6), "97140", 1, ["GP", "CQ"], long=True)]),
        ("Sound Shore Hand & Occupational Therapy", "12-2603-119-406-000", [
            mk(D(2026, 1, 13), "97168", 1, ["GO"], long=True), mk(D(2026, 1, 13), "97530", 2, ["GO"], long=True),
            mk(D(2026, 1, 13), "97760", 1, ["GO"], long=True), mk(D(2026, 1, 13), "L3807", 1, ["GO"], long=True),
            mk(D(2026, 1, 13), "0552T", 1, ["GO"], denied="PR", long=True)]
         + [mk(D(2026, 1, 13), c, 1, ["GO"], long=True) for c in
            ["97140", "97110", "97535", "97530", "97140", "97110", "97535", "97140", "97110", "97535",
             "97140", "97110", "97535", "97530", "97140", "97110", "97535", "97140", "97110", "97535"]]),
        ("Ridgefield Family Medicine", "12-2603-121-009-000", [mk(D(2026, 1, 20), "99213", 1),
                                                             mk(D(2026, 1, 20), "G0283", 1, ["GP"], long=True)])]
    cols = [("svc", "Service Provided & Billing Code", 48, "l"), ("ok", "Service\nApproved?", 290, "c"),
            ("billed", "Amount\nProvider\nCharged", 362, "r"), ("allowed", "Medicare-\nApproved\nAmount", 420, "r"),
            ("paid", "Medicare\nPaid", 475, "r"), ("owe", "Maximum\nYou May\nBe Billed", 530, "r"),
            ("note", "See\nNotes", 545, "l")]
    tb = Table(doc, cols, size=8.5, lead=11, grid=(44, 574))

    def start():
        doc.font("bold", 16); doc.text(44, 52, "Medicare Summary Notice")
        doc.font("reg", 9); doc.text(44, 66, "for Part B (Medical Insurance)")
        doc.text(574, 52, f"{pat}", "r"); doc.text(574, 64, "Notice for the period Jan 1 – Mar 31, 2026", "r")
        doc.text(44, 772, "THIS IS NOT A BILL"); doc.text(574, 772, f"Page {doc.page} of {npages or '?'}", "r")
        if doc.page == 1:
            doc.rect(44, 80, 530, 48)
            doc.font("bold", 9); doc.text(52, 94, "Your Medicare Number: 8QW4-TR2-JK61")
            doc.font("reg", 9); doc.text(52, 107, "If you have questions, call the Medicare help line and mention this notice.")
            doc.text(52, 119, "Dates of Service: January 6 – January 20, 2026   Claims in this notice: 3")
            doc.font("bold", 11); doc.text(44, 150, "Your Claims & Costs This Period")
            return 158
        doc.font("bold", 11); doc.text(44, 90, "Your Claims & Costs This Period (continued)")
        return 98
    y = start()
    for prov, pcid, svcs in claims:
        for s in svcs:
            medicare(s, st, deny_reason="50")
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
        if y > 560:
            doc.new_page(); y = start()
        doc.font("bold", 9.5); doc.text(44, y + 12, f"{dfmt(svcs[0].dos, 'month')}")
        doc.font("reg", 9); doc.text(44, y + 24, f"{prov}")
        doc.text(330, y + 24, f"Claim number {pcid}")
        y = tb.header(y + 30)
        for s in svcs:
            doc.font("reg", 8.5)
            lines = wrap(doc, s.desc, 225)
            lines[-1] += f" ({s.code}{'-' + '-'.join(s.mods) if s.mods else ''})"
            cells = {"svc": lines, "ok": "No" if s.denied else "Yes", "billed": M(s.billed), "allowed": M(s.allowed),
                     "paid": M(s.paid), "owe": M(s.owes), "note": ", ".join(s.remarks)}
            if y + tb.height(cells) > 740:
                doc.new_page(); y = start()
                doc.font("bold", 9.5); doc.text(44, y + 12, f"{dfmt(svcs[0].dos, 'month')} (continued)")
                y = tb.header(y + 18)
            y, box = tb.row(y, cells)
            r.add(doc, box, s, cid=None, pcid=pcid, pat=pat, units=False,
                  printed=("billed", "allowed", "paid", "patient_owes"), tokens=[s.code] + list(s.mods),
                  remarks=s.remarks)
            r.meta[-1]["date_page"] = dfmt(s.dos, "month")
        tot = r.claim(None, pcid, pat, svcs, ("billed", "allowed", "paid", "patient_owes"))
        y, _ = tb.row(y, {"svc": "Total for this claim", "billed": M(tot["billed"]), "allowed": M(tot["allowed"]),
                          "paid": M(tot["paid"]), "owe": M(tot["patient_owes"])}, bold=True)
        y += 14
    r.legend = [("A", "Your doctor agreed to take the Medicare-approved amount as payment in full."),
                ("B", "Part of this amount went to your yearly Part B deductible."),
                ("C", "Medicare does not pay for this item; you may be billed for it.")]
    if y > 700:
        doc.new_page(); y = start()
    doc.font("bold", 9); doc.text(44, y + 10, "Notes for Claims Above")
    doc.font("reg", 8.5)
    for i, (c, t) in enumerate(r.legend):
        doc.text(44, y + 22 + i * 11, f"{c}   {t}")
    return r, doc


def a4(out: Path, npages=None):
    r = Rec("a4_medicare_advantage_eob", "a4", "fpdf2", "Medicare Advantage member EOB")
    doc = Doc(out / (r.name + ".pdf"), "fpdf2", {"reg": "LibSerif", "bold": "LibSerif-Bold"}, fixed_when=FIXED_WHEN)
    st = PlanState(ded_left=ZERO, copay_codes={c: Decimal("20.00") for c in ("97110", "97530", "97112", "97140",
                                                                                 "97116", "97535", "99213")},
                   allowed_rate=Decimal("0.70"), coins_rate=Decimal("0.00"))
    pat = "Bartholomew J. Nakashima"
    claims = [("MA26-0418-77301", "Cobblestone Physical Therapy", [
        mk(D(2026, 2, 2), "97161", 1, ["GP"]), mk(D(2026, 2, 2), "97110", 2, ["GP"]),
        mk(D(2026, 2, 4), "97110", 2, ["GP"]), mk(D(2026, 2, 4), "97112", 1, ["GP"]),
        mk(D(2026, 2, 9), "97116", 2, ["GP"]), mk(D(2026, 2, 9), "97140", 1, ["GP"]),
        mk(D(2026, 2, 11), "97110", 3, ["GP"]), mk(D(2026, 2, 11), "G0283", 1, ["GP"]),
        mk(D(2026, 2, 16), "97530", 2, ["GP"]), mk(D(2026, 2, 16), "97535", 1, ["GP"]),
        mk(D(2026, 2, 18), "97110", 2, ["GP"]), mk(D(2026, 2, 18), "97112", 2, ["GP"]),
        mk(D(2026, 2, 23), "97116", 1, ["GP"]), mk(D(2026, 2, 23), "97140", 2, ["GP"])]
        + [mk(D(2026, 2, 25) + timedelta(days=2 * (i // 2)), c, 1 + i % 3, ["GP"]) for i, c in enumerate(
            ["97110", "97112", "97116", "97140", "97530", "97110", "97112", "97110", "97116", "97140",
             "97530", "97110", "97112", "97140", "97110", "97116", "97530", "97110", "97112", "97140",
             "97110", "97116", "97110", "97140", "97112", "97530", "97110", "97140", "97116", "97110",
             "97112", "97140", "97110", "97116", "97530", "97110", "97112", "97140", "97110", "97116"])]),
        ("MA26-0422-10458", "Elmwood Internal Medicine", [mk(D(2026, 2, 3), "99213", 1),
                                                         mk(D(2026, 2, 3), "97760", 1, denied="CO")])]
    cols = [("dos", "Date of\nservice", 40, "l"), ("code", "Code", 100, "l"), ("desc", "Service", 150, "l"),
            ("billed", "Provider's\ncharge", 372, "r"), ("allowed", "Amount plan\napproved", 432, "r"),
            ("paid", "Plan's\nshare", 487, "r"), ("owe", "Your\nshare", 535, "r"), ("note", "See\nnote", 548, "l")]
    tb = Table(doc, cols, size=9, lead=11, grid=(38, 576))

    def start():
        doc.font("bold", 14); doc.text(40, 48, "Cardinal Senior Advantage (HMO)")
        doc.font("reg", 9); doc.text(40, 61, "Explanation of Benefits for Medicare medical services")
        doc.text(576, 48, f"Member: {pat}", "r"); doc.text(576, 61, "Member number 7730 2914 05", "r")
        doc.text(40, 770, "Cardinal Health Partners is an HMO plan with a Medicare contract. H9912_EOB26")
        doc.text(576, 770, f"Page {doc.page} of {npages or '?'}", "r")
        doc.hline(38, 576, 70, 1)
        return 80
    y = start()
    doc.font("bold", 11); doc.text(40, y + 12, "Part C (medical) claims processed in February 2026"); y += 20
    for pcid, prov, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="96")
            s.remarks = ["7"] if s.denied else (["2"] if s.copay else [])
        doc.font("bold", 10); doc.text(40, y + 12, f"{prov}")
        doc.font("reg", 9); doc.text(300, y + 12, f"Claim ID: {pcid}")
        y = tb.header(y + 18)
        for s in svcs:
            doc.font("reg", 9)
            cells = {"dos": dfmt(s.dos, "mdy4"), "code": s.code, "desc": s.desc, "billed": M(s.billed),
                     "allowed": M(s.allowed), "paid": M(s.paid), "owe": M(s.owes), "note": ",".join(s.remarks)}
            if y > 735:
                doc.new_page(); y = start()
                doc.font("bold", 10); doc.text(40, y + 12, f"{prov} (continued)"); y = tb.header(y + 18)
            y, box = tb.row(y, cells)
            r.add(doc, box, s, cid=None, pcid=pcid, pat=pat, units=False, mods=False,
                  printed=("billed", "allowed", "paid", "patient_owes"), tokens=[cells["dos"], s.code],
                  remarks=s.remarks)
        tot = r.claim(None, pcid, pat, svcs, ("billed", "allowed", "paid", "patient_owes"))
        y, _ = tb.row(y, {"desc": "Claim total", "billed": M(tot["billed"]), "allowed": M(tot["allowed"]),
                          "paid": M(tot["paid"]), "owe": M(tot["patient_owes"])}, bold=True)
        y += 14
    r.legend = [("2", "Your plan copayment for a therapy or office visit."),
                ("7", "Not covered by your plan; your provider cannot bill you for it.")]
    for i, (c, t) in enumerate(r.legend):
        doc.text(40, y + 10 + i * 11, f"Note {c}: {t}")
    return r, doc


LAYOUTS = [a1, a2, a3, a4]

NUM = re.compile(r"\(?-?\$?\d[\d,]*\.\d{2}\)?-?")


def parse_amt(t):
    neg = t.startswith("(") or t.startswith("-") or t.endswith("-")
    v = Decimal(t.strip("()-$").replace(",", "").replace("$", ""))
    return -v if neg else v


def build(out: Path):
    recs = []
    for fn in LAYOUTS:
        r, doc = fn(out)
        n = doc.save()
        r, doc = fn(out, npages=n)
        n2 = doc.save()
        assert n == n2
        write_truth(doc.path, r.layout, r.producer, n2, r.desc, r.lines, r.claims, r.legend, r.findings)
        recs.append((r, doc.path, n2))
    return recs


def check(recs) -> list[str]:
    import pdfplumber
    errs, spanning = [], 0
    for r, path, n in recs:
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != n:
                errs.append(f"{path.name}: pages {len(pdf.pages)} != {n}")
            words = [p.extract_words(keep_blank_chars=False, use_text_flow=False) for p in pdf.pages]
            texts = [p.extract_text() or "" for p in pdf.pages]
        full = "\n".join(texts)
        for t, m in zip(r.lines, r.meta):
            top, bot = m["box"]
            row = " ".join(w["text"] for w in words[t["page"] - 1] if top - 1 <= (w["top"] + w["bottom"]) / 2 <= bot + 1)
            where = f"{path.name} p{t['page']} {t['code']} {t['service_date']}"
            for tok in m["tokens"]:
                if not re.search(r"(?<![0-9A-Za-z])" + re.escape(tok) + r"(?![0-9])", row):
                    errs.append(f"{where}: token {tok!r} not on row: {row}")
            if "date_page" in m and m["date_page"] not in texts[t["page"] - 1]:
                errs.append(f"{where}: date heading missing")
            vals = [parse_amt(x) for x in NUM.findall(row)]
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if t[k] is not None and Decimal(t[k]) not in vals:
                    errs.append(f"{where}: {k} {t[k]} not on row: {row}")
            for g, c, a in t["adjustments"]:
                if a is not None and Decimal(a) not in vals:
                    errs.append(f"{where}: adj {g}-{c} {a} not on row")
                if c not in row:
                    errs.append(f"{where}: adj code {c} not on row")
            for rm in t["remarks"]:
                if not re.search(r"(?<![0-9A-Za-z])" + re.escape(rm) + r"(?![0-9A-Za-z])", row):
                    errs.append(f"{where}: remark {rm} not on row")
            if t["units"] is not None and Decimal(t["units"]) not in [Decimal(x) for x in re.findall(r"(?<![\d.,$])\d+(?:\.\d+)?(?![\d.,])", row)]:
                errs.append(f"{where}: units {t['units']} not on row")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if t[k] is not None and t[k] not in full:
                    errs.append(f"{where}: {k} {t[k]} not in document")
            b = Decimal(t["billed"]) if t["billed"] else None
            if "adj_complete" in r.flags and b is not None and t["paid"] is not None:
                if b - sum(Decimal(a) for _, _, a in t["adjustments"]) != Decimal(t["paid"]):
                    errs.append(f"{where}: billed - adjustments != paid")
            if "plan_math" in r.flags and t["allowed"] and not t["not_covered"] or False:
                pass
            if "plan_math" in r.flags and t["allowed"] is not None and Decimal(t["allowed"]) != 0:
                s = Decimal(t["allowed"]) - sum(Decimal(t[k] or 0) for k in ("deductible", "copay", "coinsurance"))
                if s != Decimal(t["paid"]):
                    errs.append(f"{where}: allowed math")
            if t["discount"] is not None and t["allowed"] is not None and t["not_covered"] is not None:
                if b - Decimal(t["discount"]) - Decimal(t["not_covered"]) != Decimal(t["allowed"]):
                    errs.append(f"{where}: billed-discount-not covered != allowed")
        planted = {(f["claim_id"], f["payer_claim_id"], f["field"]) for f in r.findings}
        for c in r.claims:
            mine = [t for t in r.lines if (t["claim_id"], t["payer_claim_id"]) == (c["claim_id"], c["payer_claim_id"])]
            if not mine:
                errs.append(f"{path.name}: claim without lines {c}")
            if len({t["page"] for t in mine}) > 1:
                spanning += 1
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum(Decimal(t[k]) for t in mine if t[k] is not None)
                if (c["claim_id"], c["payer_claim_id"], k) in planted:
                    if s == Decimal(v):
                        errs.append(f"{path.name}: planted mismatch not a mismatch")
                elif s != Decimal(v):
                    errs.append(f"{path.name}: claim {c['payer_claim_id']} {k} {v} != {s}")
                if v.lstrip("-") not in full.replace(",", "").replace("$", "") and M(Decimal(v), ",") not in full:
                    errs.append(f"{path.name}: total {k} {v} not printed")
        print(f"{path.name}: {n} pages, {len(r.lines)} lines, {len(r.claims)} claims")
    spanning_files = sum(1 for r, _, _ in recs if any(
        len({t["page"] for t in r.lines if (t["claim_id"], t["payer_claim_id"]) == (c["claim_id"], c["payer_claim_id"])}) > 1
        for c in r.claims))
    if spanning_files < 3:
        errs.append(f"only {spanning_files} files with a claim spanning pages")
    return errs


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout163_"))
    if "samples" in out.resolve().parts:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    recs = build(out)
    print(f"wrote {len(recs)} PDFs to {out}")
    if "--check" in argv:
        errs = check(recs)
        for e in errs[:60]:
            print("CHECK:", e)
        print("CHECK FAILED" if errs else "CHECK OK", len(errs))
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
