"""Write held-out set 161 of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary documents
of the five commonest real kinds, two of each, in house styles written independently of the reader.

Run:  python bench/heldout161/make_heldout161_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout161/make_heldout161_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Truth format: the one of samples/pdf
(samples/pdf/eobgen.py), printed values only, null for what a layout does not print (units null where no
quantity is printed; paid null where a statement prints no per-line insurance payment); claim_id = the
provider's own account / patient-control / visit number, payer_claim_id = the payer's claim number / ICN / TCN,
patient = the person served exactly as printed. Adjustments only where the page prints group+reason+amount.
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts:
  k1  commercial member EOB, portrait core Helvetica (reportlab): "Amount charged / Plan discount / Allowed /
      Deductible / Copay / Coinsurance / Plan paid / Your share / Remarks", "97530-GO", Qty, 3 family members,
      claim continues on page 2 with repeated column header and "(continued)", remark legend
  k2  commercial member EOB, portrait DejaVu Sans (fpdf2): boxed claim panels, "Date of service / What was
      done (code) / Provider billed / Discount / Not covered / Covered / Plan paid / Your cost / Note", no units,
      no modifiers, "Jan 5, 2026", descriptions wrapping to a second line, a denied line, family summary box
  k3  Medicare Summary Notice Part B, portrait Liberation Serif (reportlab): claims by provider under claim
      number, "Service Provided & Billing Code / Approved? / Provider Charged / Medicare-Approved / Medicare Paid /
      Maximum You May Be Billed / See Notes", code in brackets after the description "(97110-GP)", no units,
      no provider account number (claim_id null), one beneficiary, lettered notes
  k4  Medicare Advantage member EOB, landscape Liberation Sans Narrow (fpdf2): "Provider's charge / Plan-approved
      / Plan's share / Your share", units column, copay per visit, multi-page by volume, notes legend
  k5  state Medicaid remittance advice, landscape core Courier (reportlab): PAID / DENIED sections, recipient
      heading rows with ICN and PAT ACCT, MMDDYY from/to, units "4.00", EOB codes, header repeated, claim
      continues across the page break
  k6  state Medicaid managed-care remittance, portrait DejaVu Sans Condensed (fpdf2): member cards, TCN,
      line numbers, "CO 45" adjustments inline, a void (leading minus) and its replacement
  k7  clearinghouse Medicare-style paper remit, portrait DejaVu Sans Mono (reportlab): PERF PROV / SERV DATE /
      POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD, extra adjustments on
      the following text line of the same row, claim continues over page break
  k8  practice-management ERA posting report, landscape Liberation Sans (fpdf2): grouped by patient account,
      "Charge / Allowed / Contr Adj / Deduct / Coins / Copay / Paid / Adj Codes", a reversal with parenthesised
      amounts and its reprocess
  k9  therapy clinic family statement, portrait Times (reportlab): detach stub, "Date / Patient / Visit # /
      Code / Description / Charges / Ins Paid / Adjust / Pt Paid / Balance", 3 family members, no units
  k10 hospital guarantor statement, portrait DejaVu Serif (fpdf2): accounts per family member with insurer
      claim number, revenue code, HCPCS, Qty, wrapped long descriptions, charges only per line (paid null),
      account continues onto next page, account activity rows

The self-check (--check) tests the factory only: page counts; every truth amount, code, modifier, units value
and date of each service is printed on that service's own text line(s) of the extracted text layer (pdfplumber)
and parses back to the truth value; ids, patients and remarks appear in the page text; billed - adjustments =
paid where all adjustments are printed; claim totals = sum of lines.
"""
from __future__ import annotations

import json
import sys
import tempfile
from datetime import date as D
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    LONG_DESC, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money, negate,
    total, truth_line, units_str, write_truth,
)
from h161kit import Doc, pmoney, wrap  # noqa: E402

# ------------------------------------------------------------------------------------------ generic table engine


def S(d, code, u, mods=(), **kw):
    return Svc(d, code, u, tuple(mods), **kw)


def table_doc(cfg: dict, claims: list[dict]):
    """cfg: producer, font, landscape, size, lh, top_fn(doc)->y, cols[(key, header, x, align)], fmt(svc, cl)->
    (vals, checks, extra_lines), claim_head(doc, y, cl)->y, claim_tail(doc, y, cl)->y, bottom, repeat, legend"""
    doc = Doc(cfg["producer"], cfg["font"], cfg.get("landscape", False), cfg.get("size", 8))
    lh = cfg.get("lh", 11)
    bottom = doc.H - cfg.get("bottom", 60)
    lines, ctruth = [], []
    state = {"claim": None}

    def header_row(y):
        hs = cfg.get("hsize", doc.size)
        for key, hdr, x, al in cfg["cols"]:
            for i, part in enumerate(hdr.split("|")):
                doc.t(x, y + i * (hs + 1), part, bold=True, size=hs, align=al)
        nh = max(len(h.split("|")) for _, h, _, _ in cfg["cols"])
        y += (nh - 1) * (hs + 1) + 3
        if cfg.get("rule", True):
            doc.hl(cfg["cols"][0][2] - 4 if cfg["cols"][0][3] == "L" else 30, y, doc.W - 30, 0.6)
        return y + lh

    def new_page(cont: bool):
        doc.new_page()
        y = cfg["top_fn"](doc, cont)
        if cfg.get("footer"):
            cfg["footer"](doc)
        if cont and state["claim"] is not None and cfg.get("repeat", True):
            if cfg.get("cont_text"):
                doc.t(cfg["cols"][0][2], y, cfg["cont_text"](state["claim"]), bold=True)
                y += lh
            y = header_row(y)
        return y

    y = new_page(False)
    for cl in claims:
        if y + cfg.get("head_h", 3 * lh) + 2 * lh > bottom:
            y = new_page(True)
        y = cfg["claim_head"](doc, y, cl)
        if cfg.get("header_each_claim", True):
            y = header_row(y)
        state["claim"] = cl
        for s in cl["svcs"]:
            vals, checks, extra = cfg["fmt"](s, cl)
            need = lh * (1 + len(extra))
            if y + need > bottom:
                y = new_page(True)
            doc.cells(y, [(k, x, al) for k, _, x, al in cfg["cols"]], vals)
            ys = [y]
            for ex in extra:  # extra text lines of the same row: list of (x, text, align, counts_as_row)
                y += lh
                for x, txt, al in ex:
                    doc.t(x, y, txt, align=al, size=doc.size - 0.5 if cfg.get("small_extra") else None)
                ys.append(y)
            doc.record(ys if cfg.get("extra_is_row", True) else ys[:1], checks, len(lines))
            lines.append(cfg["truth"](doc.page, s, cl))
            y += lh
        state["claim"] = None
        if y + 2 * lh > bottom:
            y = new_page(False)
        y, tot = cfg["claim_tail"](doc, y, cl)
        ctruth.append({"claim_id": cl.get("claim_id"), "payer_claim_id": cl.get("payer_claim_id"),
                       "patient": cl.get("patient"), "totals": tot})
        y += cfg.get("gap", lh)
    if cfg.get("end_fn"):
        y = cfg["end_fn"](doc, y, bottom, new_page)
    return doc, lines, ctruth


def std_checks(s, printed, vals, mapping):
    """mapping: field -> column key."""
    return [(f, vals[k]) for f, k in mapping.items() if vals.get(k) not in (None, "")]


def chk(vals, **fields):
    return [(f, vals[k]) for f, k in fields.items() if vals.get(k) not in (None, "")]


# ------------------------------------------------------------------------------------------ k1 commercial member EOB

def k1():
    name = "k1_commercial_member_eob"
    st = {"Marisol Quenneville": PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20")),
          "Teodoro Quenneville": PlanState(ded_left=ZERO), "Ines Quenneville": PlanState(ded_left=ZERO)}
    st["Teodoro Quenneville"].copay_codes = {"97110": Decimal("30.00"), "97140": Decimal("30.00")}
    claims = [
        dict(patient="Ines Quenneville", claim_id="BPT-77120", payer_claim_id="CL2601-0048817",
             prov="Brightpath Pediatric Therapy", svcs=[
                 S(D(2026, 1, 5), "97165", 1, ("GO",)), S(D(2026, 1, 7), "97530", 3, ("GO",)),
                 S(D(2026, 1, 7), "97535", 1, ("GO",)), S(D(2026, 1, 9), "97530", 2, ("GO",)),
                 S(D(2026, 1, 9), "97112", 1, ("GO", "59")), S(D(2026, 1, 12), "97530", 3, ("GO",)),
                 S(D(2026, 1, 14), "97530", 2, ("GO",)), S(D(2026, 1, 14), "97535", 2, ("GO",)),
                 S(D(2026, 1, 16), "92507", 1, ("GN",)), S(D(2026, 1, 19), "97530", 3, ("GO",)),
                 S(D(2026, 1, 21), "97530", 2, ("GO",)), S(D(2026, 1, 21), "97140", 1, ("GO", "59")),
                 S(D(2026, 1, 23), "97530", 3, ("GO",)), S(D(2026, 1, 26), "97168", 1, ("GO",))]),
        dict(patient="Teodoro Quenneville", claim_id="44017-3", payer_claim_id="CL2601-0051290",
             prov="Riverbend Spine & Sport PT", svcs=[
                 S(D(2026, 1, 6), "97161", 1, ("GP",)), S(D(2026, 1, 6), "97110", 2, ("GP",)),
                 S(D(2026, 1, 8), "97140", 2, ("GP",)), S(D(2026, 1, 8), "97110", 2, ("GP", "KX")),
                 S(D(2026, 1, 8), "0552T", 1, (), denied="PR")]),
        dict(patient="Marisol Quenneville", claim_id="V889021", payer_claim_id="CL2601-0055004",
             prov="Lakemont Hand Center", svcs=[
                 S(D(2026, 1, 13), "99213", 1), S(D(2026, 1, 13), "L3807", 1, ("RT",)),
                 S(D(2026, 1, 13), "97760", 1, ("GO",))]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st[cl["patient"]])
            if s.denied:
                s.remarks = ["N7"]
            elif s.deductible:
                s.remarks = ["D1"]
    claims[1]["svcs"][3].remarks = ["K2"]
    claims = claims[1:] + claims[:1]
    M = lambda d: money(d, ",")  # noqa: E731
    cols = [("dos", "Service|date", 36, "L"), ("code", "Code", 82, "L"), ("qty", "Qty", 138, "R"),
            ("billed", "Amount|charged", 192, "R"), ("disc", "Plan|discount", 240, "R"),
            ("allowed", "Allowed|amount", 290, "R"), ("ded", "Deductible", 338, "R"), ("cop", "Copay", 378, "R"),
            ("coins", "Coinsurance", 430, "R"), ("paid", "Plan|paid", 478, "R"), ("owes", "Your|share", 528, "R"),
            ("rmk", "Remarks", 540, "L")]

    def fmt(s, cl):
        v = {"dos": dfmt(s.dos, "mdy2"), "code": "-".join((s.code,) + s.mods), "qty": units_str(s.units),
             "billed": M(s.billed), "disc": M(s.discount), "allowed": M(s.allowed), "ded": M(s.deductible),
             "cop": M(s.copay), "coins": M(s.coinsurance), "paid": M(s.paid), "owes": M(s.owes),
             "rmk": " ".join(s.remarks)}
        return v, chk(v, service_date="dos", code="code", units="qty", billed="billed", discount="disc",
                      allowed="allowed", deductible="ded", copay="cop", coinsurance="coins", paid="paid",
                      patient_owes="owes"), []

    def top(doc, cont):
        doc.t(36, 40, "CEDARLINE HEALTH PLAN", bold=True, size=15)
        doc.t(36, 53, "PO Box 40917  Harlow Junction, WI 53920", size=7.5)
        doc.t(576, 40, "Explanation of Benefits", bold=True, size=12, align="R")
        doc.t(576, 53, "THIS IS NOT A BILL", bold=True, size=9, align="R")
        doc.t(576, 64, "Statement date 02/03/26     Page {PAGE} of {PAGES}", size=7.5, align="R")
        doc.hl(36, 72, 576, 1.2)
        if cont:
            return 90
        doc.t(36, 92, "Subscriber: Marisol Quenneville", bold=True)
        doc.t(36, 103, "Member ID: CXH 55810274-00     Group: 0071553  Pinecrest Unified School District")
        doc.t(36, 114, "Covered family members on this statement: Marisol, Teodoro and Ines Quenneville")
        doc.rect(390, 84, 186, 42, 0.6)
        doc.t(396, 96, "Questions? Call Member Services", bold=True, size=7.5)
        doc.t(396, 107, "1-800-555-0143, Mon-Fri 7 am - 7 pm", size=7.5)
        doc.t(396, 118, "cedarlinehp.example/member", size=7.5)
        y = 146
        doc.t(36, y, "Summary of claims processed for your family", bold=True, size=9)
        y += 14
        for x, h in ((40, "Family member"), (200, "Claims"), (300, "Amount charged"), (400, "Plan paid"),
                     (490, "Your share")):
            doc.t(x, y, h, bold=True)
        doc.hl(36, y + 4, 576, 0.4)
        for cl in claims:
            y += 13
            sv = cl["svcs"]
            doc.t(40, y, cl["patient"])
            doc.t(200, y, "1")
            doc.t(300, y, M(total(sv, "billed")))
            doc.t(400, y, M(total(sv, "paid")))
            doc.t(490, y, M(total(sv, "owes")))
        y += 24
        doc.t(36, y, "Where you stand for 2026 (in-network)", bold=True, size=9)
        for who, met in (("Marisol", "$500.00 of $500.00"), ("Teodoro", "$500.00 of $500.00"),
                         ("Ines", "$500.00 of $500.00")):
            y += 13
            doc.t(40, y, f"{who}: individual deductible met {met}    out-of-pocket maximum: see plan documents")
        y += 13
        doc.t(40, y, "Family deductible: $1,000.00 of $1,000.00 met")
        return y + 28

    def foot(doc):
        doc.hl(36, doc.H - 44, 576, 0.4)
        doc.t(36, doc.H - 34, "Keep this statement for your records. Amounts in the Your share column may be "
              "billed to you by the provider.", size=6.5)

    def head(doc, y, cl):
        doc.rect(36, y - 9, 540, 26, 0, fill=0.9)
        doc.t(40, y, f"Patient: {cl['patient']}", bold=True)
        doc.t(230, y, f"Provider: {cl['prov']}")
        doc.t(40, y + 11, f"Claim number: {cl['payer_claim_id']}    Patient account: {cl['claim_id']}    "
              "Received 01/29/26    Processed 02/02/26", size=7.5)
        return y + 30

    def tail(doc, y, cl):
        sv = cl["svcs"]
        doc.hl(36, y - 8, 576, 0.4)
        tv = {"code": "Claim totals", "billed": M(total(sv, "billed")), "disc": M(total(sv, "discount")),
              "allowed": M(total(sv, "allowed")), "ded": M(total(sv, "deductible")), "cop": M(total(sv, "copay")),
              "coins": M(total(sv, "coinsurance")), "paid": M(total(sv, "paid")), "owes": M(total(sv, "owes"))}
        doc.cells(y, [(k, x, al) for k, _, x, al in cols], tv, bold=True)
        return y + 12, claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                    total(sv, "owes"))

    legend = [("D1", "Part of this amount was applied to your calendar-year deductible."),
              ("K2", "Visit limit exception approved; medical necessity documented by the therapist."),
              ("N7", "This service is not covered under your plan. You may owe the full charge.")]

    def end(doc, y, bottom, new_page):
        if y + 60 > bottom:
            y = new_page(False)
        doc.t(36, y, "Remark codes", bold=True)
        for c, txt in legend:
            y += 11
            doc.t(36, y, c, bold=True)
            doc.t(60, y, txt)
        return y

    printed = ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    cfg = dict(producer="reportlab", font="helv", size=7.5, lh=13, top_fn=top, footer=foot, cols=cols, fmt=fmt,
               claim_head=head, claim_tail=tail, end_fn=end, bottom=60,
               cont_text=lambda cl: f"{cl['patient']} - claim {cl['payer_claim_id']} (continued)   Patient account: "
                                   f"{cl['claim_id']}",
               truth=lambda p, s, cl: truth_line(p, s, claim_id=cl["claim_id"], payer_claim_id=cl["payer_claim_id"],
                                                 patient=cl["patient"], printed=printed, remarks=s.remarks,
                                                 description=False))
    return name, "commercial member EOB", cfg, claims, legend, []


# ------------------------------------------------------------------------------------------ k2 commercial, boxed

def k2():
    name = "k2_commercial_boxed_eob"
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.76"))
    claims = [
        dict(patient="Kwame Farnsworth-Obi", claim_id="SLP-20931", payer_claim_id="E26-118-40032",
             prov="Chatterbox Speech & Language", svcs=[
                 S(D(2026, 1, 5), "92523", 1), S(D(2026, 1, 12), "92507", 1), S(D(2026, 1, 19), "92507", 1),
                 S(D(2026, 1, 26), "92507", 1)]),
        dict(patient="Lola Farnsworth-Obi", claim_id="70-55821", payer_claim_id="E26-121-77310",
             prov="Summit Kids Occupational Therapy", svcs=[
                 S(D(2026, 1, 6), "97166", 1, ("GO",)), S(D(2026, 1, 13), "97530", 3, ("GO",)),
                 S(D(2026, 1, 13), "97129", 1, ("GO",), denied="CO"), S(D(2026, 1, 20), "97530", 2, ("GO",)),
                 S(D(2026, 1, 20), "97535", 2, ("GO",))]),
        dict(patient="Adaeze Farnsworth-Obi", claim_id="ACC0093341", payer_claim_id="E26-125-01188",
             prov="Westfield Physical Therapy", svcs=[
                 S(D(2026, 1, 15), "97162" if False else "97161", 1, ("GP",)), S(D(2026, 1, 15), "97140", 2, ("GP",)),
                 S(D(2026, 1, 22), "97110", 3, ("GP",)), S(D(2026, 1, 22), "97116", 1, ("GP",))]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st, deny_reason="96")
            s.remarks = ["X4"] if s.denied else (["P1"] if s.deductible else [])
    M = lambda d: money(d, "$")  # noqa: E731
    cols = [("dos", "Date of service", 48, "L"), ("what", "What was done (code)", 118, "L"),
            ("billed", "Provider|billed", 316, "R"), ("disc", "Discount", 362, "R"), ("nc", "Not|covered", 406, "R"),
            ("cov", "Covered", 452, "R"), ("paid", "Plan|paid", 500, "R"), ("owes", "Your|cost", 546, "R"),
            ("note", "Note", 552, "L")]

    def fmt(s, cl):
        parts = wrap(f"{s.desc} ({s.code})", "dvsans", 7, 150)
        v = {"dos": dfmt(s.dos, "mon"), "what": parts[0], "billed": M(s.billed),
             "disc": M(s.discount), "nc": M(s.not_covered), "cov": M(s.allowed), "paid": M(s.paid),
             "owes": M(s.owes), "note": " ".join(s.remarks)}
        c = chk(v, service_date="dos", billed="billed", discount="disc", not_covered="nc",
                allowed="cov", paid="paid", patient_owes="owes") + [("code", parts[-1])]
        return v, c, [[(118, p, "L")] for p in parts[1:]]

    def top(doc, cont):
        doc.rect(0, 0, doc.W, 58, 0, fill=0.85)
        doc.t(44, 30, "Northgate Mutual", bold=True, size=18)
        doc.t(44, 46, "Health Benefits Division", size=8)
        doc.t(568, 30, "Your Explanation of Benefits", bold=True, size=11, align="R")
        doc.t(568, 44, "Page {PAGE} of {PAGES}", size=7.5, align="R")
        if cont:
            return 84
        doc.t(44, 80, "Adaeze Farnsworth-Obi", bold=True, size=9)
        doc.t(44, 92, "2210 Larkspur Hollow Rd")
        doc.t(44, 103, "Fenwick, OR 97419")
        doc.t(330, 80, "Member ID  NGM-7730-11902", size=7.5)
        doc.t(330, 91, "Plan  Northgate Choice 1500 PPO", size=7.5)
        doc.t(330, 102, "Statement period  01/01/2026 - 01/31/2026", size=7.5)
        doc.rect(44, 116, 524, 64, 0.6)
        doc.t(52, 128, "Family summary for this statement", bold=True)
        for i, (who, tb, tp, to) in enumerate(
                (cl["patient"], total(cl["svcs"], "billed"), total(cl["svcs"], "paid"), total(cl["svcs"], "owes"))
                for cl in claims):
            doc.t(52, 140 + i * 11, who)
            doc.t(300, 140 + i * 11, f"Billed {M(tb)}   Plan paid {M(tp)}   Your cost {M(to)}")
        return 200

    def head(doc, y, cl):
        doc.rect(44, y - 10, 524, 28, 0.8)
        doc.t(50, y, f"{cl['patient']}  -  {cl['prov']}", bold=True)
        doc.t(50, y + 12, f"Claim ID {cl['payer_claim_id']}   Provider's patient no. {cl['claim_id']}   "
              "Network: In-network", size=7)
        return y + 32

    def tail(doc, y, cl):
        sv = cl["svcs"]
        tv = {"what": "Total for this claim", "billed": M(total(sv, "billed")), "disc": M(total(sv, "discount")),
              "nc": M(total(sv, "not_covered")), "cov": M(total(sv, "allowed")), "paid": M(total(sv, "paid")),
              "owes": M(total(sv, "owes"))}
        doc.hl(44, y - 8, 568, 0.5)
        doc.cells(y, [(k, x, al) for k, _, x, al in cols], tv, bold=True)
        return y + 10, claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), total(sv, "owes"))

    legend = [("P1", "Amount went toward your deductible."),
              ("X4", "Service not payable: it duplicates another service billed for the same visit.")]

    def end(doc, y, bottom, new_page):
        y += 6
        doc.t(44, y, "Notes", bold=True)
        for c, txt in legend:
            y += 11
            doc.t(44, y, f"{c}  {txt}")
        return y

    printed = ("billed", "discount", "not_covered", "allowed", "paid", "patient_owes")
    cfg = dict(producer="fpdf2", font="dvsans", size=7, lh=11, top_fn=top, cols=cols, fmt=fmt, claim_head=head,
               claim_tail=tail, end_fn=end, bottom=56, hsize=6.5,
               truth=lambda p, s, cl: truth_line(p, s, claim_id=cl["claim_id"], payer_claim_id=cl["payer_claim_id"],
                                                 patient=cl["patient"], printed=printed, remarks=s.remarks,
                                                 units=False, modifiers=False))
    return name, "commercial member EOB", cfg, claims, legend, []


# ------------------------------------------------------------------------------------------ k3 MSN Part B

def k3():
    name = "k3_medicare_summary_notice"
    st = PlanState(ded_left=Decimal("120.00"))
    pat = "GWENDOLYN A. TRASK"
    claims = [
        dict(patient=pat, claim_id=None, payer_claim_id="26-01-0093-118-270", dos=D(2026, 1, 6),
             prov="Harborlight Outpatient Rehab, 19 Wharf St, Port Ellery, ME 04611", svcs=[
                 S(D(2026, 1, 6), "97163", 1, ("GP",)), S(D(2026, 1, 6), "97110", 2, ("GP",)),
                 S(D(2026, 1, 6), "97140", 1, ("GP", "59"))]),
        dict(patient=pat, claim_id=None, payer_claim_id="26-01-0102-447-510", dos=D(2026, 1, 13),
             prov="Harborlight Outpatient Rehab, 19 Wharf St, Port Ellery, ME 04611", svcs=[
                 S(D(2026, 1, 13), "97110", 3, ("GP", "CQ")), S(D(2026, 1, 13), "97112", 1, ("GP", "CQ")),
                 S(D(2026, 1, 13), "G0283", 1, ("GP",)), S(D(2026, 1, 13), "0552T", 1, ("GP",), denied="PR")]),
        dict(patient=pat, claim_id=None, payer_claim_id="26-01-0117-902-031", dos=D(2026, 1, 20),
             prov="Dr. Ansel Rourke, 402 Birch Ave, Port Ellery, ME 04611", svcs=[
                 S(D(2026, 1, 20), "99213", 1), S(D(2026, 1, 20), "97760", 1, ("GO",)),
                 S(D(2026, 1, 20), "L3807", 1, ("RT",))]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            medicare(s, st)
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    M = lambda d: money(d, "$")  # noqa: E731
    cols = [("svc", "Service Provided & Billing Code", 54, "L"), ("ok", "Service|Approved?", 300, "C"),
            ("billed", "Amount|Provider|Charged", 372, "R"), ("allowed", "Medicare-|Approved|Amount", 434, "R"),
            ("paid", "Medicare|Paid|Provider", 494, "R"), ("owes", "Maximum|You May|Be Billed", 554, "R"),
            ("note", "See|Notes", 562, "L")]

    def fmt(s, cl):
        code = "-".join((s.code,) + s.mods)
        v = {"svc": f"{s.desc} ({code})", "ok": "No" if s.denied else "Yes", "billed": M(s.billed),
             "allowed": M(s.allowed), "paid": M(s.paid), "owes": M(s.owes), "note": ", ".join(s.remarks)}
        return v, chk(v, code="svc", billed="billed", allowed="allowed", paid="paid", patient_owes="owes"), []

    def top(doc, cont):
        doc.t(54, 40, "Medicare Summary Notice for Part B (Medical Insurance)", bold=True, size=13)
        doc.t(54, 54, f"{pat}   |   Medicare Number XXXXX-XX7K21   |   Notice date February 4, 2026", size=8)
        doc.t(558, 66, "Page {PAGE} of {PAGES}", size=8, align="R")
        doc.hl(54, 70, 558, 1.5)
        if cont:
            return 88
        doc.t(54, 90, "Your Claims for Part B (Medical Insurance)", bold=True, size=11)
        doc.t(54, 104, "Part B covers outpatient therapy, doctor visits and supplies. The amount listed under "
              "Maximum You May Be Billed", size=8)
        doc.t(54, 114, "assumes your provider accepts assignment. Check the notes for how each amount was "
              "figured.", size=8)
        return 136

    def head(doc, y, cl):
        doc.t(54, y, f"{dfmt(cl['dos'], 'month')}", bold=True, size=9)
        doc.t(54, y + 11, cl["prov"], size=8)
        doc.t(54, y + 22, f"Claim number {cl['payer_claim_id']}     Provider accepts assignment: Yes", size=8)
        doc.doc_checks.append(dfmt(cl["dos"], "month"))
        return y + 34

    def tail(doc, y, cl):
        sv = cl["svcs"]
        doc.hl(54, y - 8, 558, 0.5)
        tv = {"svc": "Total for this claim", "billed": M(total(sv, "billed")), "allowed": M(total(sv, "allowed")),
              "paid": M(total(sv, "paid")), "owes": M(total(sv, "owes"))}
        doc.cells(y, [(k, x, al) for k, _, x, al in cols], tv, bold=True)
        return y + 10, claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), total(sv, "owes"))

    legend = [("A", "The approved amount follows the Medicare fee schedule; payment is 80% of it less a 2% "
                    "federal reduction."),
              ("B", "Part of the approved amount went toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this item. You may be billed because you signed a notice first.")]

    def end(doc, y, bottom, new_page):
        if y + 50 > bottom:
            y = new_page(False)
        doc.t(54, y + 4, "Notes for Part B", bold=True, size=10)
        y += 4
        for c, txt in legend:
            y += 12
            doc.t(54, y, c, bold=True, size=8)
            doc.t(66, y, txt, size=8)
        return y

    printed = ("billed", "allowed", "paid", "patient_owes")
    cfg = dict(producer="reportlab", font="libserif", size=8, lh=12, top_fn=top, cols=cols, fmt=fmt,
               claim_head=head, claim_tail=tail, end_fn=end, bottom=60, hsize=7,
               truth=lambda p, s, cl: truth_line(p, s, claim_id=None, payer_claim_id=cl["payer_claim_id"],
                                                 patient=cl["patient"], printed=printed, remarks=s.remarks,
                                                 units=False))
    return name, "Medicare Summary Notice", cfg, claims, legend, []


# ------------------------------------------------------------------------------------------ k4 MA member EOB

def k4():
    name = "k4_medicare_advantage_eob"
    pat = "Rosalind Okonkwo-Vale"
    st = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.45"))
    svcs_by_visit = []
    for i, d in enumerate([D(2026, 1, 5), D(2026, 1, 7), D(2026, 1, 9), D(2026, 1, 12), D(2026, 1, 14),
                           D(2026, 1, 16), D(2026, 1, 19), D(2026, 1, 21), D(2026, 1, 23), D(2026, 1, 26)]):
        v = [S(d, "97530", 2 + i % 2, ("GO",)), S(d, "97535", 1, ("GO",))]
        if i == 0:
            v = [S(d, "97167", 1, ("GO",)), S(d, "97530", 2, ("GO",))]
        if i % 3 == 2:
            v.append(S(d, "97112", 1, ("GO", "59")))
        svcs_by_visit.append(v)
    claims = []
    for n, grp in enumerate([svcs_by_visit[0:4], svcs_by_visit[4:7], svcs_by_visit[7:10]]):
        sv = [s for v in grp for s in v]
        for s in sv:
            commercial(s, st)
            s.remarks = ["1"] if s.copay else []
        claims.append(dict(patient=pat, claim_id=f"MOT{5510 + n}-{n + 2}", payer_claim_id=f"2026-0{n + 1}8-55{n}71",
                           prov="Tidewater Occupational Therapy Group", svcs=sv))
    claims.append(dict(patient=pat, claim_id="A-33901", payer_claim_id="2026-029-60144",
                       prov="Coastal Family Medicine", svcs=[S(D(2026, 1, 28), "99213", 1)]))
    for s in claims[-1]["svcs"]:
        commercial(s, PlanState(visit_copay=Decimal("10.00"), allowed_rate=Decimal("0.55")))
        s.remarks = ["1"]
    M = lambda d: money(d, "$")  # noqa: E731
    cols = [("dos", "Date of service", 40, "L"), ("code", "Service code", 118, "L"), ("desc", "Description", 196, "L"),
            ("u", "Units", 400, "R"), ("billed", "Provider's charge", 490, "R"),
            ("allowed", "Plan-approved amount", 590, "R"), ("paid", "Plan's share", 670, "R"),
            ("owes", "Your share", 735, "R"), ("note", "Note", 745, "L")]

    def fmt(s, cl):
        v = {"dos": dfmt(s.dos, "mdy4"), "code": " ".join((s.code,) + s.mods), "desc": s.desc,
             "u": units_str(s.units), "billed": M(s.billed), "allowed": M(s.allowed), "paid": M(s.paid),
             "owes": M(s.owes), "note": " ".join(s.remarks)}
        return v, chk(v, service_date="dos", code="code", units="u", billed="billed", allowed="allowed",
                      paid="paid", patient_owes="owes"), []

    def top(doc, cont):
        doc.t(40, 34, "Bayshore Senior Advantage (HMO-POS)", bold=True, size=14)
        doc.t(40, 47, "A Medicare Advantage plan offered by Bayshore Health Cooperative", size=7.5)
        doc.t(752, 34, "Explanation of Benefits - Medical Services", bold=True, size=11, align="R")
        doc.t(752, 47, f"Member: {pat}   Member ID B7T-40082-915   Page {{PAGE}} of {{PAGES}}", size=7.5,
              align="R")
        doc.hl(40, 55, 752, 1)
        if cont:
            return 74
        doc.rect(40, 64, 712, 40, 0.6, fill=0.93)
        doc.t(48, 77, "Your plan year so far", bold=True)
        doc.t(48, 90, "Total your providers charged: see claims below.   Your maximum out-of-pocket for 2026: "
              "$4,900.00   Amount you have paid toward it: $275.00", size=7.5)
        return 122

    def head(doc, y, cl):
        doc.t(40, y, f"Claim {cl['payer_claim_id']}", bold=True)
        doc.t(180, y, f"Provider: {cl['prov']}   Patient account number: {cl['claim_id']}   In network", size=7.5)
        return y + 13

    def tail(doc, y, cl):
        sv = cl["svcs"]
        doc.hl(40, y - 8, 752, 0.4)
        tv = {"desc": "Claim total", "billed": M(total(sv, "billed")), "allowed": M(total(sv, "allowed")),
              "paid": M(total(sv, "paid")), "owes": M(total(sv, "owes"))}
        doc.cells(y, [(k, x, al) for k, _, x, al in cols], tv, bold=True)
        return y + 10, claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), total(sv, "owes"))

    legend = [("1", "Your office-visit copay for this date of service was applied to this line.")]

    def end(doc, y, bottom, new_page):
        doc.t(40, y + 4, "Note 1: " + legend[0][1], size=7.5)
        return y

    printed = ("billed", "allowed", "paid", "patient_owes")
    cfg = dict(producer="fpdf2", font="libnarrow", landscape=True, size=8, lh=11, top_fn=top, cols=cols, fmt=fmt,
               claim_head=head, claim_tail=tail, end_fn=end, bottom=50,
               cont_text=lambda cl: f"Claim {cl['payer_claim_id']} continued",
               truth=lambda p, s, cl: truth_line(p, s, claim_id=cl["claim_id"], payer_claim_id=cl["payer_claim_id"],
                                                 patient=cl["patient"], printed=printed, remarks=s.remarks))
    return name, "Medicare Advantage member EOB", cfg, claims, legend, []


# ------------------------------------------------------------------------------------------ k5 Medicaid RA, Courier

def k5():
    name = "k5_medicaid_ra_courier"
    recips = [("MALDONADO-PRICE, ELENA", "401887230", "CX-1180"), ("BRISBOIS, THEO J", "402001948", "CX-1193"),
              ("NAKAGAWA-STERN, MIA", "403773105", "CX-1201"), ("OYELARAN, DAVID", "400912377", "CX-1207")]
    days = [D(2026, 1, d) for d in (5, 7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30)]
    claims = []
    for i, (nm, rid, acct) in enumerate(recips):
        if i == 0:
            sv = [S(d, c, u, ("GO",)) for d in days for c, u in (("97530", 4), ("97110", 2))]
        elif i == 1:
            sv = [S(days[0], "92523", 1, ("GN",))] + [S(d, "92507", 1, ("GN",)) for d in days[1:5]]
        elif i == 2:
            sv = [S(days[2], "97165", 1, ("GO",)), S(days[3], "97530", 3, ("GO",)), S(days[4], "97535", 2, ("GO", "59"))]
        else:
            sv = [S(days[1], "97530", 2, ("GO",), denied="CO"), S(days[1], "97140", 1, ("GO",), denied="CO")]
        for s in sv:
            medicaid(s, deny_reason="197")
            s.remarks = ["0617"] if s.denied else (["0102"] if s.discount else [])
        claims.append(dict(patient=nm, claim_id=acct, payer_claim_id=f"22600{i + 4}1{i}9{i}00{i + 1}", rid=rid,
                           svcs=sv, status="DENIED" if i == 3 else "PAID"))
    claims = [claims[1], claims[2], claims[0], claims[3]]
    M = lambda d: money(d, ",")  # noqa: E731
    cols = [("ln", "LN", 40, "L"), ("fr", "FROM DOS", 64, "L"), ("to", "TO DOS", 118, "L"), ("proc", "PROC", 172, "L"),
            ("mod", "MOD", 214, "L"), ("u", "UNITS", 290, "R"), ("billed", "BILLED AMT", 370, "R"),
            ("allowed", "ALLOWED AMT", 450, "R"), ("tpl", "TPL AMT", 510, "R"), ("cop", "COPAY", 560, "R"),
            ("paid", "PAID AMT", 640, "R"), ("eob", "EOB CODES", 660, "L")]

    def fmt(s, cl):
        n = cl["svcs"].index(s) + 1
        v = {"ln": f"{n:02d}", "fr": dfmt(s.dos, "mdy6"), "to": dfmt(s.dos, "mdy6"), "proc": s.code,
             "mod": " ".join(s.mods), "u": f"{s.units:.2f}", "billed": M(s.billed), "allowed": M(s.allowed),
             "tpl": "0.00", "cop": "0.00", "paid": M(s.paid), "eob": " ".join(s.remarks)}
        return v, chk(v, service_date="fr", code="proc", mods="mod", units="u", billed="billed", allowed="allowed",
                      paid="paid"), []

    def top(doc, cont):
        doc.t(40, 30, "STATE OF NORTH TALLAHASSA  DEPARTMENT OF FAMILY HEALTH  MEDICAL ASSISTANCE PROGRAM", bold=True)
        doc.t(40, 41, "REMITTANCE ADVICE   PROVIDER 0044120937  KESTREL PEDIATRIC THERAPIES LLC   RA NO 0007711   "
              "RA DATE 020326   PAGE {PAGE} OF {PAGES}")
        doc.t(40, 52, "-" * 110)
        y = 64
        if not cont:
            doc.t(40, y, "*** BANNER: THERAPY PRIOR AUTHORIZATION NUMBERS MUST BE ON EVERY CLAIM AFTER 03/01/26 ***")
            y += 16
        return y

    def head(doc, y, cl):
        doc.t(40, y, f"CLAIM STATUS: {cl['status']}", bold=True)
        doc.t(40, y + 11, f"RECIP NAME: {cl['patient']:<26} RECIP ID: {cl['rid']}   ICN: {cl['payer_claim_id']}   "
              f"PAT ACCT: {cl['claim_id']}")
        return y + 24

    def tail(doc, y, cl):
        sv = cl["svcs"]
        tv = {"proc": "CLAIM TOTAL", "billed": M(total(sv, "billed")), "allowed": M(total(sv, "allowed")),
              "tpl": "0.00", "cop": "0.00", "paid": M(total(sv, "paid"))}
        doc.cells(y, [(k, x, al) for k, _, x, al in cols], tv, bold=True)
        return y + 10, claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), None)

    legend = [("0102", "PAID AT THE STATE MAXIMUM FEE; THE BALANCE IS NOT BILLABLE TO THE RECIPIENT."),
              ("0617", "RECIPIENT NOT ELIGIBLE FOR THIS PROGRAM ON THE DATE OF SERVICE.")]

    def end(doc, y, bottom, new_page):
        if y + 50 > bottom:
            y = new_page(False)
        doc.t(40, y, "EOB CODE DESCRIPTIONS", bold=True)
        for c, txt in legend:
            y += 11
            doc.t(40, y, f"{c}  {txt}")
        return y

    printed = ("billed", "allowed", "paid")
    cfg = dict(producer="reportlab", font="cour", landscape=True, size=7.5, lh=12, top_fn=top, cols=cols, fmt=fmt,
               claim_head=head, claim_tail=tail, end_fn=end, bottom=40, rule=False,
               cont_text=lambda cl: f"** CONTINUED ** RECIP NAME: {cl['patient']}  ICN: {cl['payer_claim_id']}  "
                                   f"PAT ACCT: {cl['claim_id']}",
               truth=lambda p, s, cl: truth_line(p, s, claim_id=cl["claim_id"], payer_claim_id=cl["payer_claim_id"],
                                                 patient=cl["patient"], printed=printed, remarks=s.remarks,
                                                 service_end=s.dos, description=False))
    return name, "state Medicaid remittance advice", cfg, claims, legend, []


# ------------------------------------------------------------------------------------------ k6 Medicaid MCO remit

def k6():
    name = "k6_medicaid_mco_remit"
    prior = [S(D(2025, 12, 29), "97530", 3, ("GP",)), S(D(2025, 12, 29), "97110", 2, ("GP",))]
    for s in prior:
        medicaid(s)
    void = [negate(s) for s in prior]
    repl = [S(D(2025, 12, 29), "97530", 4, ("GP",)), S(D(2025, 12, 29), "97110", 2, ("GP",))]
    claims = [
        dict(patient="Harper Lindqvist-Ames", claim_id="PT-00412", payer_claim_id="5026034000881", mid="MC88102944",
             status="Paid", svcs=[S(D(2026, 1, 8), "97161", 1, ("GP",)), S(D(2026, 1, 8), "97110", 2, ("GP",)),
                                  S(D(2026, 1, 15), "97110", 2, ("GP",)), S(D(2026, 1, 15), "97116", 1, ("GP",))]),
        dict(patient="Jonah Ruiz-Ferreira", claim_id="PT-00377", payer_claim_id="5025363001190", mid="MC77410385",
             status="Void of prior claim", svcs=void),
        dict(patient="Jonah Ruiz-Ferreira", claim_id="PT-00377", payer_claim_id="5026034001191", mid="MC77410385",
             status="Replacement", svcs=repl),
        dict(patient="Priya Castellano", claim_id="PT-00430", payer_claim_id="5026034002077", mid="MC90011573",
             status="Paid", svcs=[S(D(2026, 1, 20), "97530", 2, ("GO",)), S(D(2026, 1, 20), "97140", 1, ("GO",)),
                                  S(D(2026, 1, 20), "97535", 1, ("GO",), denied="CO")]),
    ]
    for cl in claims[2:]:
        for s in cl["svcs"]:
            medicaid(s, deny_reason="204")
    for cl in claims[:1]:
        for s in cl["svcs"]:
            medicaid(s)
    M = lambda d: money(d, ",", "-")  # noqa: E731
    cols = [("ln", "Ln", 46, "L"), ("dos", "Svc Date", 64, "L"), ("proc", "Procedure", 116, "L"),
            ("mod", "Modifier", 160, "L"), ("q", "Qty", 214, "R"), ("billed", "Billed", 272, "R"),
            ("allowed", "Allowed", 326, "R"), ("paid", "Paid", 376, "R"), ("adj", "Adjustment", 392, "L"),
            ("st", "Line Status", 500, "L")]

    def fmt(s, cl):
        n = cl["svcs"].index(s) + 1
        adj = "  ".join(f"{g} {c} {M(a)}" for g, c, a in s.adjs)
        v = {"ln": str(n), "dos": dfmt(s.dos, "mdy4"), "proc": s.code, "mod": " ".join(s.mods),
             "q": units_str(abs(s.units)), "billed": M(s.billed), "allowed": M(s.allowed), "paid": M(s.paid),
             "adj": adj, "st": "Denied" if s.denied else ("Reversed" if s.billed < 0 else "Paid")}
        c = chk(v, service_date="dos", code="proc", mods="mod", units="q", billed="billed", allowed="allowed",
                paid="paid")
        c += [("adj", f"{g} {cc} {M(a)}") for g, cc, a in s.adjs]
        return v, c, []

    def top(doc, cont):
        doc.t(46, 36, "Great Basin Community Health Plan", bold=True, size=13)
        doc.t(46, 48, "Medicaid Managed Care  |  Provider Remittance Statement", size=8)
        doc.t(566, 36, "Payment date 02/05/2026", align="R")
        doc.t(566, 48, "EFT trace 7719003318   Page {PAGE} of {PAGES}", align="R")
        doc.hl(46, 56, 566, 0.8)
        if cont:
            return 74
        doc.t(46, 70, "Payee: Sagebrush Rehabilitation Associates   NPI 1730006628   Tax ID XX-XXX8841")
        return 90

    def head(doc, y, cl):
        doc.rect(46, y - 10, 520, 26, 0.6, fill=0.92)
        doc.t(50, y, f"Member: {cl['patient']}", bold=True)
        doc.t(260, y, f"Medicaid #: {cl['mid']}")
        doc.t(50, y + 11, f"TCN: {cl['payer_claim_id']}    Patient Acct #: {cl['claim_id']}    Claim status: "
              f"{cl['status']}", size=7)
        return y + 28

    def tail(doc, y, cl):
        sv = cl["svcs"]
        tv = {"proc": "Claim totals", "billed": M(total(sv, "billed")), "allowed": M(total(sv, "allowed")),
              "paid": M(total(sv, "paid"))}
        doc.cells(y, [(k, x, al) for k, _, x, al in cols], tv, bold=True)
        return y + 10, claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), None)

    legend = [("CO 45", "Charge is above the plan's Medicaid fee schedule."),
              ("CO 204", "Service is not a benefit of the member's current Medicaid plan.")]

    def end(doc, y, bottom, new_page):
        doc.t(46, y + 2, "Adjustment codes: " + "; ".join(f"{a} = {b}" for a, b in legend), size=6.5)
        return y

    printed = ("billed", "allowed", "paid")
    cfg = dict(producer="fpdf2", font="dvcond", size=7.5, lh=11, top_fn=top, cols=cols, fmt=fmt, claim_head=head,
               claim_tail=tail, end_fn=end, bottom=50, hsize=7,
               truth=lambda p, s, cl: truth_line(p, s, claim_id=cl["claim_id"], payer_claim_id=cl["payer_claim_id"],
                                                 patient=cl["patient"], printed=printed, adjustments=s.adjs,
                                                 description=False))
    return name, "state Medicaid remittance advice", cfg, claims, legend, []


# ------------------------------------------------------------------------------------------ k7 clearinghouse SPR

def k7():
    name = "k7_clearinghouse_paper_remit"
    st = PlanState(ded_left=Decimal("40.00"))
    people = [("WEXLER, ARNOLD", "1QT7EW3PK22", "WX0105", "0226034118220"),
              ("FONSECA, LUCILLE", "6RM2AA9GH41", "FN0107", "0226034118221"),
              ("DUBOIS-KANE, MARTIN", "3HG8PL1XC07", "DK0112", "0226034118222")]
    days = [D(2026, 1, d) for d in (5, 7, 9, 12, 14, 16, 19, 21, 23)]
    claims = []
    for i, (nm, hic, acnt, icn) in enumerate(people):
        if i == 0:
            sv = [S(days[0], "97163", 1, ("GP",))] + [S(d, "97110", 3, ("GP", "KX")) for d in days[1:]] + \
                 [S(d, "97140", 1, ("GP", "59")) for d in days[1:7]]
        elif i == 1:
            sv = [S(days[0], "97166", 1, ("GO",)), S(days[2], "97530", 3, ("GO",)), S(days[4], "97530", 2, ("GO", "CO"))]
        else:
            sv = [S(days[3], "92507", 1, ("GN",)), S(days[5], "92507", 1, ("GN",))]
        for s in sv:
            medicare(s, st)
        claims.append(dict(patient=nm, claim_id=acnt, payer_claim_id=icn, hic=hic, svcs=sv))
    claims[1]["svcs"][2].remarks = ["N362"]
    claims = claims[1:] + claims[:1]  # the long claim last: it runs over the page break
    M = lambda d: money(d, "")  # noqa: E731
    cols = [("pp", "PERF PROV", 30, "L"), ("sd", "SERV DATE", 96, "L"), ("pos", "POS", 174, "L"),
            ("nos", "NOS", 204, "R"), ("proc", "PROC", 212, "L"), ("mods", "MODS", 248, "L"),
            ("billed", "BILLED", 332, "R"), ("allowed", "ALLOWED", 380, "R"), ("ded", "DEDUCT", 424, "R"),
            ("coins", "COINS", 464, "R"), ("grp", "GRP/RC-AMT", 470, "L"), ("paid", "PROV PD", 584, "R")]

    def fmt(s, cl):
        first, rest = s.adjs[0], s.adjs[1:]
        fa = lambda a: f"{a[0]}-{a[1]}"  # noqa: E731
        v = {"pp": "1902773350", "sd": f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}", "pos": "11",
             "nos": units_str(s.units), "proc": s.code, "mods": " ".join(s.mods), "billed": M(s.billed),
             "allowed": M(s.allowed), "ded": M(s.deductible), "coins": M(s.coinsurance),
             "grp": f"{fa(first)} {M(first[2])}", "paid": M(s.paid)}
        c = chk(v, service_date="sd", code="proc", mods="mods", units="nos", billed="billed", allowed="allowed",
                deductible="ded", coinsurance="coins", paid="paid")
        extra = []
        for a in rest:
            extra.append([(470, f"{fa(a)} {M(a[2])}", "L")])
        c += [("adj", f"{fa(a)} {M(a[2])}") for a in s.adjs]
        if s.remarks:
            extra.append([(96, "REM: " + " ".join(s.remarks), "L")])
            c.append(("rem", "REM: " + " ".join(s.remarks)))
        return v, c, extra

    def top(doc, cont):
        doc.t(30, 30, "RELAYPOINT CLAIMS EXCHANGE - PRINTED REMITTANCE (MEDICARE PART B FORMAT)", bold=True)
        doc.t(30, 41, "PAYER: REGION 7 MEDICARE ADMINISTRATIVE CONTRACTOR    PROVIDER #: 1902773350")
        doc.t(30, 52, "HEARTHSTONE THERAPY SERVICES  88 MILLRACE RD  OSWEGATCHIE NY 13670")
        doc.t(584, 30, "PAGE #: {PAGE} OF {PAGES}", align="R")
        doc.t(584, 41, "DATE: 02/06/2026", align="R")
        doc.t(584, 52, "CHECK/EFT #: 000481152", align="R")
        doc.hl(30, 58, 584, 0.6)
        return 74

    def head(doc, y, cl):
        doc.t(30, y, f"NAME {cl['patient']:<22} HIC {cl['hic']}  ACNT {cl['claim_id']:<8} ICN {cl['payer_claim_id']}"
              "  ASG Y MOA MA01")
        return y + 12

    def tail(doc, y, cl):
        sv = cl["svcs"]
        doc.t(30, y, f"PT RESP {M(total(sv, 'owes'))}")
        tv = {"proc": "CLAIM TOTALS", "billed": M(total(sv, "billed")), "allowed": M(total(sv, "allowed")),
              "ded": M(total(sv, "deductible")), "coins": M(total(sv, "coinsurance")), "paid": M(total(sv, "paid"))}
        doc.cells(y + 10, [(k, x, al) for k, _, x, al in cols], tv)
        doc.t(584, y + 20, f"NET {M(total(sv, 'paid'))}", align="R")
        return y + 30, claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), None)

    legend = [("CO-45", "Charge exceeds the fee schedule allowance."), ("PR-1", "Deductible amount."),
              ("PR-2", "Coinsurance amount."), ("CO-253", "Federal payment reduction."),
              ("N362", "Units on this line exceed what is usually allowed for one day; paid after review.")]

    def end(doc, y, bottom, new_page):
        if y + 70 > bottom:
            y = new_page(False)
        doc.t(30, y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", bold=True)
        for c, txt in legend:
            y += 10
            doc.t(30, y, f"{c:<8}{txt}")
        return y

    printed = ("billed", "allowed", "deductible", "coinsurance", "paid")
    cfg = dict(producer="reportlab", font="dvmono", size=6.8, lh=10, top_fn=top, cols=cols, fmt=fmt, claim_head=head,
               claim_tail=tail, end_fn=end, bottom=40, header_each_claim=True, hsize=6.5,
               cont_text=lambda cl: f"NAME {cl['patient']}  ACNT {cl['claim_id']}  ICN {cl['payer_claim_id']}  (CONTINUED)",
               truth=lambda p, s, cl: truth_line(p, s, claim_id=cl["claim_id"], payer_claim_id=cl["payer_claim_id"],
                                                 patient=cl["patient"], printed=printed, adjustments=s.adjs,
                                                 remarks=s.remarks, description=False))
    return name, "clearinghouse Medicare-style paper remit", cfg, claims, legend, []


# ------------------------------------------------------------------------------------------ k8 PM ERA posting report

def k8():
    name = "k8_pm_era_posting_report"
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.70"))
    stc = PlanState(visit_copay=Decimal("35.00"), allowed_rate=Decimal("0.70"))
    old = [S(D(2026, 1, 6), "97530", 2, ("GO",)), S(D(2026, 1, 6), "97110", 1, ("GO",))]
    for s in old:
        commercial(s, st)
    new = [S(D(2026, 1, 6), "97530", 3, ("GO",)), S(D(2026, 1, 6), "97110", 1, ("GO",))]
    for s in new:
        commercial(s, st)
    claims = [
        dict(patient="Beaumont, Cecily", claim_id="100245", payer_claim_id="AX61102298734", status="Reversal",
             svcs=[negate(s) for s in old]),
        dict(patient="Beaumont, Cecily", claim_id="100245", payer_claim_id="AX61102298801", status="Processed as Primary",
             svcs=new),
        dict(patient="Ignatius, Roman", claim_id="100311", payer_claim_id="AX61102300412", status="Processed as Primary",
             svcs=[S(D(2026, 1, 8), "97162" if False else "97161", 1, ("GP",)), S(D(2026, 1, 8), "97112", 2, ("GP",)),
                   S(D(2026, 1, 8), "97140", 1, ("GP", "59"))]),
        dict(patient="Solberg, Annika", claim_id="100318", payer_claim_id="AX61102300977", status="Processed as Primary",
             svcs=[S(D(2026, 1, 9), "92507", 1, ("GN",)), S(D(2026, 1, 16), "92507", 1, ("GN",)),
                   S(D(2026, 1, 16), "92526", 1, ("GN",), denied="CO")]),
    ]
    for cl in claims[2:]:
        for s in cl["svcs"]:
            commercial(s, stc, deny_reason="B15")
    M = lambda d: money(d, ",", "()")  # noqa: E731
    cols = [("dos", "DOS", 40, "L"), ("cpt", "CPT", 94, "L"), ("mod", "Mod", 130, "L"), ("u", "Units", 180, "R"),
            ("billed", "Charge", 240, "R"), ("allowed", "Allowed", 296, "R"), ("contr", "Contr Adj", 352, "R"),
            ("ded", "Deduct", 400, "R"), ("coins", "Coins", 446, "R"), ("cop", "Copay", 492, "R"),
            ("paid", "Paid", 546, "R"), ("codes", "Adj Codes", 560, "L")]

    def fmt(s, cl):
        codes = " ".join(f"{g}{c} {M(a)}" for g, c, a in s.adjs)
        contr = s.discount if not s.denied else s.not_covered
        v = {"dos": dfmt(s.dos, "mdy2"), "cpt": s.code, "mod": ",".join(s.mods), "u": units_str(abs(s.units)),
             "billed": M(s.billed), "allowed": M(s.allowed), "contr": M(contr), "ded": M(s.deductible),
             "coins": M(s.coinsurance), "cop": M(s.copay), "paid": M(s.paid), "codes": codes}
        c = chk(v, service_date="dos", code="cpt", mods="mod", units="u", billed="billed", allowed="allowed", deductible="ded",
                coinsurance="coins", copay="cop", paid="paid")
        c += [("adj", f"{g}{cc} {M(a)}") for g, cc, a in s.adjs]
        return v, c, []

    def top(doc, cont):
        doc.t(40, 32, "TheraLedger PM  -  ERA Posting Detail", bold=True, size=12)
        doc.t(40, 45, "Practice: Northwind Pediatric & Adult Therapy   Payer: Crestmark Health Insurance Co.   "
              "Check/EFT: EFT 20260204-7781   Deposit date 02/04/2026", size=7.5)
        doc.t(752, 32, "Printed 02/05/2026 08:14  user: jmorrow", size=7, align="R")
        doc.t(752, 45, "Page {PAGE} of {PAGES}", size=7, align="R")
        doc.hl(40, 52, 752, 0.8)
        return 70

    def head(doc, y, cl):
        doc.t(40, y, f"Patient: {cl['patient']}", bold=True)
        doc.t(220, y, f"Acct # {cl['claim_id']}     Payer ICN {cl['payer_claim_id']}     Status: {cl['status']}")
        return y + 12

    def tail(doc, y, cl):
        sv = cl["svcs"]
        tv = {"cpt": "Claim total", "billed": M(total(sv, "billed")), "allowed": M(total(sv, "allowed")),
              "paid": M(total(sv, "paid"))}
        doc.cells(y, [(k, x, al) for k, _, x, al in cols], tv, bold=True)
        doc.hl(40, y + 5, 752, 0.3, 0.5)
        return y + 12, claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), None)

    legend = [("CO45", "Contractual adjustment"), ("PR2", "Coinsurance"), ("PR3", "Copay"),
              ("COB15", "Payment adjusted: procedure not paid separately")]

    def end(doc, y, bottom, new_page):
        doc.t(40, y, "Adjustment code key: CO45 contractual; PR2 coinsurance; PR3 copay; COB15 bundled, not paid "
              "separately.", size=7)
        return y

    printed = ("billed", "allowed", "deductible", "coinsurance", "copay", "paid")
    cfg = dict(producer="fpdf2", font="libsans", landscape=True, size=7.5, lh=11, top_fn=top, cols=cols, fmt=fmt,
               claim_head=head, claim_tail=tail, end_fn=end, bottom=50,
               truth=lambda p, s, cl: truth_line(p, s, claim_id=cl["claim_id"], payer_claim_id=cl["payer_claim_id"],
                                                 patient=cl["patient"], printed=printed, adjustments=s.adjs,
                                                 description=False))
    return name, "practice-management ERA report", cfg, claims, legend, []


# ------------------------------------------------------------------------------------------ k9 clinic family stmt

def k9():
    name = "k9_clinic_family_statement"
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.68"))
    visits = [("Olivia Marchetti", "V-30118", [S(D(2026, 1, 5), "97165", 1, ("GO",)), S(D(2026, 1, 5), "97530", 2, ("GO",))]),
              ("Sam Marchetti", "V-30121", [S(D(2026, 1, 6), "92523", 1), S(D(2026, 1, 6), "92507", 1)]),
              ("Olivia Marchetti", "V-30164", [S(D(2026, 1, 12), "97530", 3, ("GO",)), S(D(2026, 1, 12), "97535", 1, ("GO",))]),
              ("Sam Marchetti", "V-30170", [S(D(2026, 1, 13), "92507", 1)]),
              ("Dana Marchetti", "V-30188", [S(D(2026, 1, 15), "97161", 1, ("GP",)), S(D(2026, 1, 15), "97140", 2, ("GP",))]),
              ("Olivia Marchetti", "V-30202", [S(D(2026, 1, 19), "97530", 3, ("GO",)), S(D(2026, 1, 19), "97112", 1, ("GO",))])]
    claims = []
    for who, vno, sv in visits:
        for s in sv:
            commercial(s, st)
            s.ptpaid = s.copay  # paid at the front desk
            s.owes = s.owes - s.ptpaid
        claims.append(dict(patient=who, claim_id=vno, payer_claim_id=None, svcs=sv))
    M = lambda d: money(d, ",")  # noqa: E731
    cols = [("dos", "Date", 40, "L"), ("pt", "Patient", 84, "L"), ("vis", "Visit #", 156, "L"), ("code", "Code", 200, "L"),
            ("desc", "Description", 244, "L"), ("billed", "Charges", 406, "R"), ("ins", "Ins Paid", 450, "R"),
            ("adj", "Adjust", 492, "R"), ("ptp", "Pt Paid", 532, "R"), ("bal", "Balance", 574, "R")]

    def fmt(s, cl):
        v = {"dos": dfmt(s.dos, "mdyn"), "pt": cl["patient"].split()[0], "vis": cl["claim_id"],
             "code": " ".join((s.code,) + s.mods), "desc": s.desc[:30], "billed": M(s.billed), "ins": M(s.paid),
             "adj": M(s.discount), "ptp": M(s.ptpaid), "bal": M(s.owes)}
        return v, chk(v, service_date="dos", code="code", billed="billed", paid="ins", patient_owes="bal"), []

    def top(doc, cont):
        doc.t(40, 36, "Maple & Vine Therapy for Kids and Families", bold=True, size=13)
        doc.t(40, 48, "1450 Orchard Grove Pkwy, Suite 3  |  Bellmont, KS 66714  |  (620) 555-0188", size=7.5)
        doc.t(572, 36, "STATEMENT", bold=True, size=13, align="R")
        doc.t(572, 48, "Page {PAGE} of {PAGES}", size=7.5, align="R")
        if cont:
            doc.hl(40, 56, 572, 0.6)
            return 74
        doc.rect(40, 60, 532, 64, 0.8)
        doc.t(46, 72, "PLEASE DETACH AND RETURN THIS PORTION WITH YOUR PAYMENT", bold=True, size=7)
        doc.t(46, 86, "Guarantor: Dana Marchetti")
        doc.t(46, 97, "77 Quarry Lane, Bellmont, KS 66714")
        doc.t(330, 86, "Guarantor account: G-58110")
        doc.t(330, 97, "Statement date: 02/02/2026     Due by: 02/25/2026")
        tb = sum((total(cl["svcs"], "owes") for cl in claims), ZERO)
        doc.t(330, 110, f"AMOUNT DUE: ${M(tb)}", bold=True)
        doc.t(46, 134, "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - "
              "- - - - - - - - - - -", size=7)
        doc.t(40, 152, "Insurance on file: Prairie Shield Blue PPO (filed on your behalf for every visit below)",
              size=7.5)
        y = 172
        for key, hdr, x, al in cols:
            doc.t(x, y, hdr, bold=True, align=al)
        doc.hl(40, y + 4, 572, 0.6)
        return y + 16

    def head(doc, y, cl):
        return y

    def tail(doc, y, cl):
        sv = cl["svcs"]
        return y - 11, claim_totals(None, None, None, None)

    def end(doc, y, bottom, new_page):
        tb = sum((total(cl["svcs"], "owes") for cl in claims), ZERO)
        y += 6
        doc.hl(40, y - 8, 572, 0.6)
        doc.t(492, y, "Please pay this amount", bold=True, align="R")
        doc.t(574, y, f"${M(tb)}", bold=True, align="R")
        y += 18
        doc.t(40, y, "Your insurance has processed every visit listed. Balances are your copays, deductible and "
              "coinsurance as reported by your plan.", size=7)
        doc.t(40, y + 10, "Questions about this statement? Call our billing office Mon-Thu 8:30-4:30.", size=7)
        return y

    cfg = dict(producer="reportlab", font="times", size=8, lh=12, top_fn=top, cols=cols, fmt=fmt, claim_head=head,
               claim_tail=tail, end_fn=end, bottom=60, header_each_claim=False, gap=12, repeat=False,
               truth=lambda p, s, cl: truth_line(p, s, claim_id=cl["claim_id"], payer_claim_id=None,
                                                 patient=cl["patient"], printed=("billed", "paid", "patient_owes"),
                                                 units=False, overrides={"description": s.desc[:30]}))
    return name, "therapy clinic family statement", cfg, claims, [], []


# ------------------------------------------------------------------------------------------ k10 hospital statement

def k10():
    name = "k10_hospital_guarantor_statement"
    accts = []
    days = [D(2026, 1, d) for d in (5, 7, 9, 12, 14, 16, 19, 21, 23, 26)]
    ava = [S(days[0], "97167", 1, ("GO",), desc="OT evaluation, high complexity")]
    for d in days[1:]:
        ava += [S(d, "97530", 3, ("GO",), desc=LONG_DESC["97530"]), S(d, "97110", 2, ("GO",), desc=LONG_DESC["97110"])]
    ava.append(S(days[4], "L3807", 1, ("LT",), desc=LONG_DESC["L3807"]))
    accts.append(dict(patient="Ava Thornquist", claim_id="HB260105331", payer_claim_id="PS-9920017744", svcs=ava,
                      rev={"97167": "0434", "97530": "0431", "97110": "0431", "L3807": "0274"}))
    ben = [S(D(2026, 1, 8), "92523", 1, (), desc="Speech sound and language evaluation"),
           S(D(2026, 1, 15), "92507", 1, ("GN",)), S(D(2026, 1, 22), "92507", 1, ("GN",))]
    accts.append(dict(patient="Benedikt Thornquist", claim_id="HB260108412", payer_claim_id="PS-9920018102", svcs=ben,
                      rev={"92523": "0444", "92507": "0441"}))
    M = lambda d: money(d, ",")  # noqa: E731
    cols = [("dos", "Service Date", 40, "L"), ("rev", "Rev", 100, "L"), ("code", "CPT/HCPCS", 128, "L"),
            ("desc", "Description", 192, "L"), ("qty", "Qty", 446, "R"), ("billed", "Charges", 566, "R")]

    def fmt(s, cl):
        parts = wrap(s.desc, "dvserif", 7.5, 240)
        v = {"dos": dfmt(s.dos, "mdy4"), "rev": cl["rev"][s.code], "code": " ".join((s.code,) + s.mods),
             "desc": parts[0], "qty": units_str(s.units), "billed": M(s.billed)}
        extra = [[(192, p, "L")] for p in parts[1:]]
        return v, chk(v, service_date="dos", code="code", units="qty", billed="billed"), extra

    def top(doc, cont):
        doc.t(40, 36, "Lakeshore Children's & Family Hospital", bold=True, size=13)
        doc.t(40, 48, "Patient Financial Services  |  600 Harbor Crest Dr, Duluth Pines, MN 55799", size=7)
        doc.t(572, 36, "Guarantor Statement", bold=True, size=11, align="R")
        doc.t(572, 48, "Page {PAGE} of {PAGES}", size=7, align="R")
        doc.hl(40, 55, 572, 1)
        if cont:
            return 72
        doc.t(40, 72, "Guarantor: Henrik Thornquist", bold=True)
        doc.t(40, 83, "19 Fernleaf Court, Duluth Pines, MN 55799")
        doc.t(330, 72, "Guarantor no. 4410-2297")
        doc.t(330, 83, "Statement date 02/03/2026")
        doc.rect(330, 90, 242, 22, 0.8, fill=0.9)
        doc.t(336, 104, "Accounts on this statement: 2 (Ava, Benedikt)", bold=True, size=7.5)
        return 132

    def head(doc, y, cl):
        doc.rect(40, y - 10, 532, 26, 0.5)
        doc.t(44, y, f"Patient: {cl['patient']}", bold=True)
        doc.t(250, y, f"Account #: {cl['claim_id']}")
        doc.t(44, y + 11, f"Outpatient rehabilitation  |  Primary insurance: Prairie Shield Blue   Insurance claim "
              f"no. {cl['payer_claim_id']}", size=7)
        return y + 30

    def tail(doc, y, cl):
        sv = cl["svcs"]
        tb = total(sv, "billed")
        ins = (tb * Decimal("0.52")).quantize(Decimal("0.01"))
        adj = (tb * Decimal("0.33")).quantize(Decimal("0.01"))
        doc.hl(40, y - 8, 572, 0.4)
        doc.t(192, y, "Total charges", bold=True)
        doc.t(566, y, M(tb), bold=True, align="R")
        doc.t(192, y + 11, "02/01/2026  Insurance payment - Prairie Shield Blue")
        doc.t(566, y + 11, M(-ins), align="R")
        doc.t(192, y + 22, "02/01/2026  Contractual allowance")
        doc.t(566, y + 22, M(-adj), align="R")
        doc.t(192, y + 33, "Account balance - patient responsibility", bold=True)
        doc.t(566, y + 33, M(tb - ins - adj), bold=True, align="R")
        return y + 44, claim_totals(tb, None, None, None)

    def end(doc, y, bottom, new_page):
        doc.t(40, y + 4, "Financial assistance is available. Ask about payment plans at our Patient Financial "
              "Services desk.", size=7)
        return y

    cfg = dict(producer="fpdf2", font="dvserif", size=7.5, lh=11, top_fn=top, cols=cols, fmt=fmt, claim_head=head,
               claim_tail=tail, end_fn=end, bottom=56, head_h=80,
               cont_text=lambda cl: f"Patient: {cl['patient']}  Account #: {cl['claim_id']}  Insurance claim no. "
                                   f"{cl['payer_claim_id']}  (continued)",
               truth=lambda p, s, cl: truth_line(p, s, claim_id=cl["claim_id"], payer_claim_id=cl["payer_claim_id"],
                                                 patient=cl["patient"], printed=("billed",)))
    return name, "hospital family statement", cfg, accts[::-1], [], []


LAYOUTS = [k1, k2, k3, k4, k5, k6, k7, k8, k9, k10]

# ------------------------------------------------------------------------------------------ build + check


def build(out: Path) -> list:
    built = []
    for fn in LAYOUTS:
        name, kind, cfg, claims, legend, findings = fn()
        doc, lines, ctruth = table_doc(cfg, claims)
        pdf = out / f"{name}.pdf"
        doc.render(pdf)
        write_truth(pdf, name, cfg["producer"], len(doc.pages), kind, lines, ctruth, legend, findings)
        built.append((pdf, doc))
    return built


def text_lines(page):
    words = page.extract_words(keep_blank_chars=True, x_tolerance=1.5, use_text_flow=False)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
        for r in rows:
            if abs(r[0] - w["bottom"]) < 2.5:
                r[1].append(w)
                break
        else:
            rows.append([w["bottom"], [w]])
    return [(b, " ".join(x["text"] for x in sorted(ws, key=lambda w: w["x0"]))) for b, ws in rows]


def check(built) -> int:
    import pdfplumber
    from decimal import Decimal as Dec
    bad = 0

    def fail(*a):
        nonlocal bad
        bad += 1
        print("FAIL", *a)

    for pdf, doc in built:
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        with pdfplumber.open(pdf) as p:
            if len(p.pages) != t["pages"] or len(p.pages) != len(doc.pages):
                fail(pdf.name, "page count")
            ptl = [text_lines(pg) for pg in p.pages]
            ptext = [pg.extract_text() or "" for pg in p.pages]
        alltext = "\n".join(ptext)
        for r in doc.rows:
            ln = t["lines"][r["key"]]
            if ln["page"] != r["page"]:
                fail(pdf.name, "page mismatch", r["key"])
            tls = ptl[r["page"] - 1]
            rowtxt = " ".join(txt for b, txt in tls if any(abs(b - y) < 4 for y in r["ys"]))
            if not rowtxt:
                fail(pdf.name, "row not found", r["key"], r["ys"])
            for f, printed in r["checks"]:
                if printed not in rowtxt:
                    fail(pdf.name, f"line {r['key']} {f} {printed!r} not on its row: {rowtxt!r}")
                if f in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                         "not_covered", "discount"):
                    if ln[f] is None or pmoney(printed) != Dec(ln[f]):
                        fail(pdf.name, "amount mismatch", f, printed, ln[f])
                elif f == "units":
                    if ln["units"] is None or Dec(printed) != Dec(ln["units"]):
                        fail(pdf.name, "units mismatch", printed, ln["units"])
                elif f == "mods":
                    if printed.replace(",", " ").split() != ln["modifiers"]:
                        fail(pdf.name, "modifier mismatch", printed, ln["modifiers"])
                elif f == "code":
                    if ln["code"] not in printed or ("mods" not in dict(r["checks"])
                                                     and any(m not in printed for m in ln["modifiers"])):
                        fail(pdf.name, "code/mod mismatch", printed, ln["code"], ln["modifiers"])
                elif f == "service_date":
                    d = D.fromisoformat(ln["service_date"])
                    forms = {dfmt(d, s) for s in ("mdy2", "mdy4", "mdy6", "mon", "mdyn")}
                    if printed not in forms and printed.split()[-1] not in forms:
                        fail(pdf.name, "date mismatch", printed, ln["service_date"])
            fields = {f for f, _ in r["checks"]}
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount", "units", "code"):
                if ln[k] is not None and k not in fields:
                    fail(pdf.name, "truth value not checked on row", k)
            if ln["modifiers"] and "code" not in fields:
                fail(pdf.name, "modifiers unchecked")
            if "service_date" not in fields and dfmt(D.fromisoformat(ln["service_date"]), "month") not in alltext:
                fail(pdf.name, "claim-level date missing", ln["service_date"])
            pt = ptext[ln["page"] - 1]
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in pt and ln[k].split()[0] not in rowtxt:
                    fail(pdf.name, k, ln[k], "not on page")
            for rm in ln["remarks"]:
                if rm not in rowtxt:
                    fail(pdf.name, "remark not on row", rm)
            adj = ln["adjustments"]
            if adj and ln["billed"] is not None and ln["paid"] is not None:
                if Dec(ln["billed"]) - sum(Dec(a[2]) for a in adj) != Dec(ln["paid"]):
                    fail(pdf.name, "billed - adjustments != paid", ln)
            parts = [ln[k] for k in ("deductible", "copay", "coinsurance")]
            if ln["allowed"] is not None and ln["paid"] is not None and all(x is not None for x in parts):
                seq = sum(Dec(a[2]) for a in adj if a[1] == "253")
                if Dec(ln["allowed"]) - sum(Dec(x) for x in parts) - seq != Dec(ln["paid"]):
                    fail(pdf.name, "allowed - shares != paid", ln)
        if len(doc.rows) != len(t["lines"]):
            fail(pdf.name, "row count")
        for c in t["claims"]:
            ls = [ln for ln in t["lines"] if ln["claim_id"] == c["claim_id"] and ln["payer_claim_id"] == c["payer_claim_id"]]
            if not ls:
                fail(pdf.name, "claim without lines", c)
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if any(ln[k] is None for ln in ls):
                    fail(pdf.name, "claim total without line values", k)
                    continue
                sm = sum(Dec(ln[k]) for ln in ls)
                if sm != Dec(v):
                    key = c["payer_claim_id"] or c["claim_id"]
                    if not any(key in f for f in t["expected_findings"]):
                        fail(pdf.name, "claim total mismatch", key, k, v, sm)
                if all(money(Dec(v), st, ng) not in alltext for st in (",", "") for ng in ("-", "()")):
                    fail(pdf.name, "claim total not printed", k, v)
        for s in doc.doc_checks:
            if s not in alltext:
                fail(pdf.name, "missing", s)
        pages = {ln["page"] for ln in t["lines"]}
        cont = any(len({ln["page"] for ln in t["lines"] if ln["claim_id"] == c["claim_id"]
                        and ln["payer_claim_id"] == c["payer_claim_id"]}) > 1 for c in t["claims"])
        print(f"{pdf.name}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims, "
              f"{len({ln['patient'] for ln in t['lines']})} patients, claim crosses page: {cont}, pages w/ lines "
              f"{sorted(pages)}")
    print("CHECK", "PASSED" if not bad else f"FAILED ({bad})")
    return bad


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout161_"))
    if "samples" in out.resolve().parts:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    built = build(out)
    print(out)
    if "--check" in argv:
        return 1 if check(built) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
