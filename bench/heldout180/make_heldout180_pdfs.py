"""Held-out set 180 of synthetic PDF EOB layouts (with truth files): two each of the five commonest real kinds,
written independently of the reader (its code, tests, docs and scores were not looked at).

Run:  python bench/heldout180/make_heldout180_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout180/make_heldout180_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Helpers: h180_engine.py (one drawing API
over reportlab and fpdf2, deferred so "Page n of N" is known; truth recorder; self-check).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py, imported), printed values only, null for what a
layout does not print (units null where no quantity is printed; modifiers [] where none are printed);
claim_id = the provider's own account / patient-control / visit number, payer_claim_id = the payer's claim
number / ICN / TCN / reference, patient exactly as printed (the person served, not the subscriber/guarantor).
Adjustments are recorded only where group and reason codes are printed; statement "Adjust." columns without
codes are not recorded. Every name, number, payer, provider and ID is invented; descriptions are our own words.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts:
  c1  commercial member EOB for a family (reportlab, DejaVu Sans portrait): grey claim bars "Patient (Son) |
      Claim ..." with provider account number, "Amount billed / Plan discount / Not covered / Allowed amount /
      Deductible / Copay / Coinsurance / Plan paid / You owe", "Jan 5, 2026", "97530 GO", wrapped 2-4 line
      descriptions, no units, a denied line with a note; a claim continues on page 2 under a repeated bar
      "(continued)" and column header; notes legend
  c2  commercial member benefit statement, landscape (fpdf2, Liberation Sans Narrow): family member headings
      "VARGA-MOLL, PETRA (Daughter)", per-claim "Reference no. / Patient account" line, two-line services (code
      row "97112-GO-59" with Units and 9 money columns in "$1,234.00"/"($x)" style, description under it),
      remark letters, per-visit copay, a denied group session, claim totals, header repeated on page 2
  m1  Medicare Summary Notice Part B (fpdf2, Liberation Serif): page-1 notice, deductible and "Total You May Be
      Billed" boxes; claims pages per provider with "Claim number", "Date of service: January 5, 2026" sub-rows,
      "2 Therapeutic exercises (97110)" (quantity first, code in parentheses, no modifiers), Yes/No approved,
      notes letters "A, C"; the longest claim runs onto page 3 with provider "(continued)" and header repeated
  m2  Medicare Advantage member EOB (reportlab, core Helvetica): shaded sidebar, monthly totals, claim boxes
      with "Claim number" and "Provider's bill number", "97140-GO-59", Qty, $25 visit copay, DME coinsurance,
      a reversed claim with leading-minus amounts and its corrected replacement on the next page
  r1  state Medicaid remittance advice, mainframe print (fpdf2, DejaVu Sans Mono landscape): recipient line with
      RECIPIENT ID / ICN / PATIENT ACCT NO, LN / FROM DOS / TO DOS "010526", MODS "GO 59", UNITS "4.00", TPL,
      COPAY, 4-digit state EOB codes; PAID section whose claim continues onto page 2 with only the page and
      column headers repeated; DENIED section; ADJUSTMENTS with a void (trailing-minus "380.00-") and its
      replacement; summary and EOB code messages
  r2  state Medicaid remittance advice, portal print (reportlab, Liberation Sans): boxed claim cards (Member,
      Member ID, TCN, Patient Control No, Claim Status PAID/DENIED), Ln / DOS "01/06/2026" / Proc / Mods / Units,
      "CO-45 88.70" adjustment column and RARC column, denied claim, payment summary, code legend
  p1  Medicare-style paper remittance printed by a clearinghouse from an 835 (reportlab, Courier landscape):
      NAME / MID / ACNT / ICN / ASG / MOA line, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT
      COINS GRP/RC-AMT PROV PD", "0105 010526" dates, first adjustment on the row and further PR-2 / CO-253 stacked
      below, PT RESP / CLAIM TOTALS / NET lines, a claim continuing onto page 2 under repeated headers, denial
  p2  practice-management "Insurance Remittance Detail" report (fpdf2, DejaVu Sans Condensed): boxed claim
      headers "Patient / Acct# / Payer ICN / Claim Status 1 - Processed as Primary", all adjustments in one cell
      "CO 45 22.40 PR 2 13.76", parenthesised negatives in a status-22 reversal and its correction, a claim
      continuing on page 2 with "(cont.)" header
  s1  therapy clinic family statement of account (reportlab, Liberation Serif): detachable payment stub, per
      patient sections (3 family members), Date / Visit # / Description (truncated) / Code "97530-GO" /
      Charges / Ins. Paid / Adjust. / Pt. Paid / Balance, "Billed to ... claim #..." line after each visit,
      per-patient balances, aging boxes; one page
  s2  hospital guarantor statement (fpdf2, DejaVu Sans): three accounts (three family members) with itemized
      Date / Rev / CPT/HCPCS / Mod / Qty / Description / Amount, total charges, then payment (with the payer's
      claim number) and contractual allowance rows and account balance; the first account continues on page 2
      under a repeated "(continued)" account bar; only charges are per line (paid/allowed null)

The self-check (--check) tests the factory, never the reader: page counts; for every truth line, the row's
printed date, code, modifiers, units and amounts are on ONE extracted text line (pdfplumber) of its page, every
non-null amount / code / modifier / adjustment / remark in the truth is among the strings checked, ids and the
patient are on the line's page or a neighbouring page; billed - adjustments = paid where the layout prints
every adjustment with its amount (r2, p1, p2); claim totals in the truth equal the sum of their lines and are
printed in the document (no planted mismatches in this set).
"""
from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from h180_engine import Doc, G, Rec, check_file  # noqa: E402

Svc, PlanState, money, dfmt, ZERO = G.Svc, G.PlanState, G.money, G.dfmt, G.ZERO
D = Decimal

# a few more invented charges / schedule amounts and our own words for them
for _c, _fee, _sch, _d in (
        ("97533", "98.00", "38.10", "Sensory integration techniques"),
        ("97162", "230.00", "101.12", "PT evaluation, moderate complexity"),
        ("73110", "145.00", "31.22", "X-ray of wrist, three views"),
        ("29125", "128.00", "52.60", "Short arm splint, static"),
        ("G0151", "165.00", "60.10", "Home health PT visit, per 15 min")):
    G.FEE.setdefault(_c, _fee)
    G.SCHED.setdefault(_c, _sch)
    G.DESC.setdefault(_c, _d)


def d(m, dd):
    return date(2026, m, dd)


def build(model, rows, st=None, **kw):
    out = []
    for r in rows:
        dos, code, units = r[0], r[1], r[2]
        mods = tuple(r[3]) if len(r) > 3 else ()
        denied = r[4] if len(r) > 4 else None
        s = Svc(dos, code, units, mods, denied=denied)
        if model == "commercial":
            G.commercial(s, st, **kw)
        elif model == "medicare":
            G.medicare(s, st, **kw)
        else:
            G.medicaid(s, **kw)
        out.append(s)
    return out


def T(svcs, a):
    return G.total(svcs, a)


LAYOUTS = []


def layout(fn):
    LAYOUTS.append(fn)
    return fn


def row(doc, cols, vals, size, bold=False, font=None):
    for (x, al), v in zip(cols, vals):
        if v not in (None, ""):
            doc.text(x, doc.y, v, size, bold, al, font)


# =============================================================================== c1 commercial member EOB
@layout
def c1():
    doc = Doc("reportlab", "dejavu")
    rec = Rec()
    def m(v):
        return money(v, ",")
    L, R = 36, 576
    st_g = PlanState(ded_left=D("150.00"), coins_rate=D("0.20"), allowed_rate=D("0.78"))
    st_p = PlanState(ded_left=ZERO, copay_codes={"99213": D("35.00")}, allowed_rate=D("0.78"))
    st_t = PlanState(ded_left=D("40.00"), coins_rate=D("0.20"), allowed_rate=D("0.78"))
    claims = [
        ("Theo Ashby-Kwan", "Son", "Harborview Pediatric Therapy", "26A0114-88213", "HPT-40981", "Jan 20, 2026",
         build("commercial", [(d(1, 5), "97165", 1, ["GO"]), (d(1, 5), "97530", 2, ["GO"]),
                              (d(1, 7), "97530", 3, ["GO"]), (d(1, 7), "97533", 1, ["GO"], "PR")],
               st_t, deny_reason="96"), {3: "N7"}),
        ("Priya Ashby-Kwan", "Spouse", "Northgate Hand & Upper Limb Clinic", "26A0121-90455", "NGH0017734",
         "Jan 24, 2026",
         build("commercial", [(d(1, 8), "99213", 1, ["25"]), (d(1, 8), "97166", 1, ["GO"]),
                              (d(1, 8), "L3807", 1, ["RT"]), (d(1, 8), "97760", 1, ["GO"]),
                              (d(1, 12), "97140", 2, ["GO", "59"]), (d(1, 12), "97110", 2, ["GO"]),
                              (d(1, 12), "97530", 1, ["GO"]), (d(1, 15), "97140", 2, ["GO", "59"]),
                              (d(1, 15), "97110", 2, ["GO"]), (d(1, 15), "97535", 1, ["GO"]),
                              (d(1, 19), "97140", 2, ["GO"]), (d(1, 19), "97110", 3, ["GO"]),
                              (d(1, 22), "97168", 1, ["GO"]), (d(1, 22), "G0283", 1, ["GO"], "CO")],
               st_p, deny_reason="170"), {13: "N2"}),
        ("Gordon Ashby-Kwan", "Self", "Lakeview Physical Therapy Partners", "26A0126-91102", "LPT-2026-0355",
         "Jan 27, 2026",
         build("commercial", [(d(1, 13), "97161", 1, ["GP"]), (d(1, 13), "97112", 2, ["GP"]),
                              (d(1, 16), "97110", 2, ["GP", "KX"])], st_g), {}),
    ]
    NOTES = [("N2", "This service is not covered when billed by this provider type under your plan."),
             ("N7", "Your plan needs more information from the provider before this service can be paid."),
             ("N9", "The provider agreed to accept the allowed amount; you do not owe the discount.")]
    # columns
    xs = [L, L + 50, L + 154]
    amts = [262, 298, 334, 370, 404, 436, 468, 508, R]
    cols = [(xs[0], "l"), (xs[1], "l"), (xs[2], "l")] + [(x, "r") for x in amts]
    heads = [("Date of", "service"), ("Service", ""), ("Code /", "modifier"), ("Amount", "billed"),
             ("Plan", "discount"), ("Not", "covered"), ("Allowed", "amount"), ("Deduc-", "tible"),
             ("Copay", ""), ("Coin-", "surance"), ("Plan", "paid"), ("You", "owe")]

    def colhead():
        doc.rect(L, doc.y - 8, R - L, 20, fill=0.88)
        for (x, al), (h1, h2) in zip(cols, heads):
            doc.text(x, doc.y, h1, 6.5, True, al)
            doc.text(x, doc.y + 8, h2, 6.5, True, al)
        doc.y += 20

    cur = {}

    def bar(cont=False):
        c = cur["c"]
        doc.rect(L, doc.y - 10, R - L, 15, fill=0.75)
        doc.text(L + 4, doc.y, f"{c[0]} ({c[1]})  |  Claim {c[3]}{'  (continued)' if cont else ''}", 8.5, True)
        doc.text(R - 4, doc.y, f"Received {c[5]}", 7.5, False, "r")
        doc.y += 14
        doc.text(L + 4, doc.y, f"Provider: {c[2]}   Provider account number: {c[4]}   In network", 7)
        doc.y += 14
        colhead()

    def brk(dd):
        dd.text(L, 40, "LAKESHORE MUTUAL Health Plan  -  Explanation of Benefits for Gordon Ashby-Kwan (continued)",
                8, True)
        dd.y = 62
        if cur.get("c"):
            bar(True)
    doc.on_break = brk

    def foot(dd, n, tot):
        dd.hline(L, R, 760)
        dd.text(L, 772, "Questions? Call Member Services 1-800-555-0142 (TTY 711), Mon-Fri 8 a.m.-8 p.m. "
                "This is not a bill.", 6.5)
        dd.text(R, 772, f"Page {n} of {tot}", 6.5, False, "r")
    doc.footer = foot

    doc.text(L, 52, "LAKESHORE MUTUAL", 18, True)
    doc.text(L, 66, "Health Plan  |  PO Box 7310, Grand Marais Falls, MN 55981", 7.5)
    doc.text(R, 50, "EXPLANATION OF BENEFITS", 12, True, "r")
    doc.text(R, 64, "THIS IS NOT A BILL", 9, True, "r")
    doc.text(L, 100, "GORDON ASHBY-KWAN", 9, True)
    for i, t in enumerate(["1184 Tamarack Court", "Duluth Heights, MN 55802"]):
        doc.text(L, 112 + 12 * i, t, 8.5)
    info = [("Statement date", "February 2, 2026"), ("Member", "Gordon Ashby-Kwan"), ("Member ID", "LMX448201967"),
            ("Group", "Brightline Fabrication Co. #20114"), ("Plan", "Choice PPO 1500")]
    doc.rect(330, 88, R - 330, 70)
    for i, (k, v) in enumerate(info):
        doc.text(336, 100 + 12 * i, k + ":", 7.5, True)
        doc.text(410, 100 + 12 * i, v, 7.5)
    allsv = [s for c in claims for s in c[6]]
    doc.text(L, 180, "Your claims at a glance", 11, True)
    doc.text(L, 194, f"Providers billed {money(T(allsv, 'billed'))}. Your plan paid {money(T(allsv, 'paid'))}. "
             f"You may owe the providers {money(T(allsv, 'owes'))}.", 8.5)
    doc.text(L, 206, "Individual in-network deductible: $1,500.00. Met so far this plan year: see each member below.", 8.5)
    doc.y = 232
    for c in claims:
        cur["c"] = c
        doc.need(60)
        bar()
        for i, s in enumerate(c[6]):
            desc = G.LONG_DESC.get(s.code, s.desc)
            note = c[7].get(i)
            wr = doc.wrap(desc + (f" (note {note})" if note else ""), 84, 6.8)
            doc.need(10 * len(wr) + 2)
            code = " ".join((s.code,) + s.mods)
            vals = [dfmt(s.dos, "mon"), wr[0], code, m(s.billed), m(s.discount), m(s.not_covered), m(s.allowed),
                    m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes)]
            row(doc, cols, vals, 6.8)
            rec.line(doc, s, claim_id=c[4], payer_claim_id=c[3], patient=c[0],
                     printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                              "paid", "patient_owes"),
                     units=False, row_toks=vals[:1] + vals[2:], page_toks=[note] if note else [],
                     remarks=[note] if note else [])
            for w in wr[1:]:
                doc.y += 8.5
                doc.text(xs[1], doc.y, w, 6.8)
            doc.y += 4
            doc.hline(L, R, doc.y, 0.25)
            doc.y += 8
        sv = c[6]
        doc.need(14)
        tv = ["", "Claim totals", "", m(T(sv, "billed")), m(T(sv, "discount")), m(T(sv, "not_covered")),
              m(T(sv, "allowed")), m(T(sv, "deductible")), m(T(sv, "copay")), m(T(sv, "coinsurance")),
              m(T(sv, "paid")), m(T(sv, "owes"))]
        row(doc, cols, tv, 7, True)
        rec.claim(c[4], c[3], c[0], billed=T(sv, "billed"), allowed=T(sv, "allowed"), paid=T(sv, "paid"),
                  patient_owes=T(sv, "owes"))
        doc.y += 22
    cur["c"] = None
    doc.need(70)
    doc.text(L, doc.y, "Notes about your claims", 10, True)
    doc.y += 14
    for k, v in NOTES:
        doc.text(L, doc.y, k, 8, True)
        doc.text(L + 30, doc.y, v, 8)
        doc.y += 12
    return doc, rec, "c1_lakeshore_member_eob", "commercial member EOB, family, boxed claim bars", NOTES, [], {}


# =============================================================================== c2 commercial member EOB, landscape
@layout
def c2():
    doc = Doc("fpdf2", "libnarrow", landscape=True, margin_bottom=50)
    rec = Rec()
    def m(v):
        return money(v, "$", "()")
    L, R = 40, 752
    st1 = PlanState(ded_left=D("300.00"), coins_rate=D("0.30"), allowed_rate=D("0.71"))
    st2 = PlanState(ded_left=ZERO, visit_copay=D("40.00"), allowed_rate=D("0.71"))
    st3 = PlanState(ded_left=D("60.00"), coins_rate=D("0.30"), allowed_rate=D("0.71"))
    fam = [
        ("VARGA-MOLL, INES", "Self", [
            ("CRH-0126-551870", "SPT-88120", "Stillwater Speech & Language Center", "01/06/2026 - 01/20/2026",
             build("commercial", [(d(1, 6), "92523", 1), (d(1, 13), "92507", 1), (d(1, 20), "92507", 1),
                                  (d(1, 20), "97129", 2, ["GN"])], st1)),
        ]),
        ("VARGA-MOLL, PETRA", "Daughter", [
            ("CRH-0126-552014", "KMT-3391-A", "Kestrel Motion Therapy", "01/07/2026 - 01/21/2026",
             build("commercial", [(d(1, 7), "97167", 1, ["GO"]), (d(1, 7), "97530", 2, ["GO"]),
                                  (d(1, 14), "97530", 2, ["GO"]), (d(1, 14), "97112", 1, ["GO", "59"]),
                                  (d(1, 21), "97530", 2, ["GO"]), (d(1, 21), "97150", 1, ["GO"], "PR")],
                   st2, deny_reason="119")),
            ("CRH-0126-552877", "KMT-3404-A", "Kestrel Motion Therapy", "01/28/2026",
             build("commercial", [(d(1, 28), "97530", 3, ["GO"]), (d(1, 28), "97535", 1, ["GO"])], st2)),
        ]),
        ("VARGA-MOLL, ANDRAS", "Son", [
            ("CRH-0126-553120", "BFO-77-0193", "Birchfield Orthopedic Associates", "01/09/2026",
             build("commercial", [(d(1, 9), "99213", 1), (d(1, 9), "73110", 1, ["LT"]),
                                  (d(1, 9), "29125", 1, ["LT"])], st3)),
        ]),
    ]
    cols = [(L, "l"), (L + 62, "l"), (L + 140, "l"), (L + 196, "r"), (L + 256, "r"), (L + 314, "r"),
            (L + 372, "r"), (L + 430, "r"), (L + 486, "r"), (L + 536, "r"), (L + 594, "r"), (L + 652, "r"),
            (R, "r")]
    heads = ["Service date", "Procedure", "Remark", "Units", "Charged", "Discount", "Not covered", "Member rate",
             "Deductible", "Copay", "Coinsurance", "Plan paid", "Member pays"]

    def hdr():
        doc.hline(L, R, doc.y - 9, 1)
        row(doc, cols, heads, 8, True)
        doc.hline(L, R, doc.y + 4, 0.6)
        doc.y += 16

    def foot(dd, n, tot):
        dd.text(L, 590, "Cobalt Ridge Health Insurance Company  -  Benefit Statement  -  keep this for your records",
                7)
        dd.text(R, 590, f"{n} / {tot}", 7, False, "r")
    doc.footer = foot

    def brk(dd):
        dd.text(L, 40, "Benefit Statement for the Varga-Moll family, continued", 10, True)
        dd.y = 64
        hdr()
    doc.on_break = brk

    doc.text(L, 44, "Cobalt Ridge Health", 20, True)
    doc.text(L, 58, "Benefit Statement", 11)
    doc.text(R, 44, "Not a bill", 11, True, "r")
    doc.text(R, 58, "Issued 02/03/2026   Covers claims processed 01/01/2026 - 01/31/2026", 8, False, "r")
    doc.rect(L, 72, 330, 54)
    for i, t in enumerate(["Subscriber: INES VARGA-MOLL", "Subscriber ID: CRZ-300-81447-00",
                           "Plan: Cobalt Silver HSA 3000 (Group 55817)", "Covered family: Ines, Petra, Andras"]):
        doc.text(L + 6, 84 + 12 * i, t, 8)
    doc.rect(L + 350, 72, R - L - 350, 54)
    ytd = ["Family deductible $6,000.00   applied to date $2,386.40",
           "Family out-of-pocket limit $12,000.00   applied to date $2,912.55",
           "Amounts in ( ) are credits or reversals."]
    for i, t in enumerate(ytd):
        doc.text(L + 356, 84 + 12 * i, t, 8)
    doc.y = 146
    hdr()
    for who, rel, cls in fam:
        doc.need(40)
        doc.text(L, doc.y, f"{who}  ({rel})", 10, True)
        doc.y += 14
        for pcn, acct, prov, span, sv in cls:
            doc.need(36)
            doc.text(L + 8, doc.y, f"Reference no. {pcn}    {prov}    Patient account {acct}    Dates {span}", 8)
            doc.y += 13
            for s in sv:
                doc.need(22)
                remark = "D4" if s.denied else ("C1" if s.copay else "")
                proc = "-".join((s.code,) + s.mods)
                vals = [dfmt(s.dos, "mdy4"), proc, remark, G.units_str(s.units), m(s.billed), m(s.discount),
                        m(s.not_covered), m(s.allowed), m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes)]
                row(doc, cols, vals, 8)
                rec.line(doc, s, claim_id=acct, payer_claim_id=pcn, patient=who,
                         printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                                  "paid", "patient_owes"), row_toks=vals, remarks=[remark] if remark else [])
                doc.y += 9
                doc.text(L + 62, doc.y, s.desc, 7, False, "l")
                doc.y += 12
            doc.need(16)
            tv = ["", "Claim total", "", "", m(T(sv, "billed")), m(T(sv, "discount")), m(T(sv, "not_covered")), m(T(sv, "allowed")),
                  m(T(sv, "deductible")), m(T(sv, "copay")), m(T(sv, "coinsurance")), m(T(sv, "paid")),
                  m(T(sv, "owes"))]
            doc.hline(L + 150, R, doc.y - 8, 0.3)
            row(doc, cols, tv, 8, True)
            rec.claim(acct, pcn, who, billed=T(sv, "billed"), allowed=T(sv, "allowed"), paid=T(sv, "paid"),
                      patient_owes=T(sv, "owes"))
            doc.y += 18
    legend = [("C1", "Your plan's office-visit copay was applied to this date of service."),
              ("D4", "Group sessions are not a covered benefit under this plan; the member is responsible.")]
    doc.need(44)
    doc.text(L, doc.y, "Remark codes", 9, True)
    for k, v in legend:
        doc.y += 12
        doc.text(L, doc.y, f"{k}  {v}", 8)
    return doc, rec, "c2_cobalt_benefit_statement", "commercial member benefit statement, landscape, family", \
        legend, [], {}


# =============================================================================== m1 Medicare Summary Notice
@layout
def m1():
    doc = Doc("fpdf2", "libserif", margin_bottom=60)
    rec = Rec()
    L, R = 42, 570
    who = "Harold Q. Birchfield"
    st = PlanState(ded_left=D("97.40"))
    cl = [
        ("Riverbend Outpatient Rehabilitation", "(555) 014-2290", "88 Mill Race Road, Fenwick, OH 45320",
         "22601503218340", "Referred by: Lorna Castellanos",
         build("medicare", [(d(1, 5), "97163", 1, ["GP"]), (d(1, 5), "97110", 2, ["GP"]),
                            (d(1, 8), "97110", 2, ["GP"]), (d(1, 8), "97112", 1, ["GP"]),
                            (d(1, 8), "97140", 1, ["GP"]), (d(1, 12), "97110", 3, ["GP"]),
                            (d(1, 12), "97116", 1, ["GP"]), (d(1, 15), "97110", 2, ["GP", "KX"]),
                            (d(1, 15), "97112", 2, ["GP", "KX"]), (d(1, 15), "G0283", 1, ["GP"]),
                            (d(1, 19), "97110", 2, ["GP", "KX"]), (d(1, 19), "97116", 2, ["GP", "KX"]),
                            (d(1, 22), "97110", 2, ["GP", "KX"]), (d(1, 22), "0552T", 1, ["GP"], "PR")],
               st, deny_reason="50")),
        ("Fenwick Family Medicine", "(555) 014-7718", "402 Courthouse Square, Fenwick, OH 45320",
         "22601603377105", "",
         build("medicare", [(d(1, 14), "99213", 1, ["25"]), (d(1, 14), "G0283", 1, [], "CO")], st,
               deny_reason="97")),
        ("Lakeside Speech & Swallow Services", "(555) 019-4400", "1290 Harbor Drive, Sandusky Bay, OH 44870",
         "22601903402299", "Referred by: Lorna Castellanos",
         build("medicare", [(d(1, 20), "92523", 1, ["GN"]), (d(1, 27), "92526", 1, ["GN"]),
                            (d(1, 27), "92507", 1, ["GN"])], st)),
    ]
    notes = {"A": "Medicare covers this service; the provider agreed to accept the approved amount.",
             "B": "You met part of your yearly Part B deductible with this service.",
             "C": "A 2% federal payment reduction was applied to what Medicare paid.",
             "D": "Medicare does not cover this service because it is not considered reasonable and necessary. "
                  "You may be billed because you signed a notice before you got it.",
             "E": "This service is included in the payment for another service on the same day; "
                  "you cannot be billed for it."}
    def mm(v):
        return money(v, "$")
    cx = [(L, "l"), (290, "c"), (358, "r"), (416, "r"), (474, "r"), (536, "r"), (556, "c")]

    def foot(dd, n, tot):
        dd.hline(L, R, 748)
        dd.text(L, 760, f"{who}   Medicare Summary Notice for Part B (Medical Insurance)   January 2026", 7.5)
        dd.text(R, 760, f"Page {n} of {tot}", 7.5, False, "r")
    doc.footer = foot
    cur = {}

    def tblhead():
        doc.rect(L, doc.y - 9, R - L, 26, fill=0.9)
        h = [("Service Provided &", "Billing Code"), ("Service", "Approved?"), ("Amount Provider", "Charged"),
             ("Medicare-", "Approved"), ("Medicare Paid", "Provider"), ("Maximum You", "May Be Billed"), ("See", "Notes")]
        for (x, al), (a, b) in zip(cx, h):
            doc.text(x, doc.y, a, 7, True, al)
            doc.text(x, doc.y + 9, b, 7, True, al)
        doc.y += 24

    def claimhead(c, cont=False):
        doc.text(L, doc.y, c[0] + (" (continued)" if cont else ""), 11, True)
        doc.y += 12
        if not cont:
            doc.text(L, doc.y, f"{c[2]}, {c[1]}", 8.5)
            doc.y += 11
            if c[4]:
                doc.text(L, doc.y, c[4], 8.5)
                doc.y += 11
        doc.text(L, doc.y, f"Claim number {c[3]}", 8.5, True)
        doc.y += 14
        tblhead()

    def brk(dd):
        dd.text(L, 44, "Your Claims for Part B (Medical Insurance) - continued", 12, True)
        dd.y = 68
        if cur.get("c"):
            claimhead(cur["c"], True)
    doc.on_break = brk

    allsv = [s for c in cl for s in c[5]]
    doc.text(L, 50, "Medicare Summary Notice", 20, True)
    doc.text(L, 66, "for Part B (Medical Insurance)", 12)
    doc.text(R, 50, "The Official Summary of Your", 9, False, "r")
    doc.text(R, 62, "Medicare Claims", 9, False, "r")
    doc.text(L, 100, who.upper(), 10, True)
    doc.text(L, 113, "57 WINTERGREEN LANE", 10)
    doc.text(L, 126, "FENWICK OH 45320-1178", 10)
    doc.rect(330, 88, R - 330, 86)
    for i, (k, v) in enumerate([("Medicare Number", "XXXX-XXX-7Q42"), ("Date of this notice", "February 4, 2026"),
                                ("Claims Processed Between", "November 3, 2025 - February 2, 2026"),
                                ("Customer service", "1-800-555-0199 (TTY 1-877-555-0148)")]):
        doc.text(336, 100 + 20 * i, k, 8, True)
        doc.text(336, 109 + 20 * i, v, 8)
    doc.rect(L, 196, 250, 120)
    doc.text(L + 8, 212, "Your Deductible Status", 11, True)
    for i, t in enumerate(["Your deductible is what you must pay", "for most health services before Medicare",
                           "begins to pay.", "", "Part B Deductible: You have now met", "$283.00 of your $283.00 "
                           "deductible for 2026."]):
        doc.text(L + 8, 228 + 11 * i, t, 9)
    doc.rect(310, 196, R - 310, 120)
    doc.text(318, 212, "Your Claims & Costs This Period", 11, True)
    doc.text(318, 232, "Did Medicare approve all services?", 9)
    doc.text(R - 8, 232, "NO", 9, True, "r")
    doc.text(318, 246, "Number of services Medicare denied", 9)
    doc.text(R - 8, 246, str(sum(1 for s in allsv if s.denied)), 9, True, "r")
    doc.text(318, 270, "Total You May Be Billed", 11, True)
    doc.text(R - 8, 270, mm(T(allsv, "owes")), 11, True, "r")
    doc.text(318, 290, "See your claims starting on page 2.", 9)
    for i, t in enumerate(["Be Informed: Only give your Medicare Number to doctors, plans and pharmacies you trust.",
                           "If you think a provider billed for services you did not get, call us at the number above."]):
        doc.text(L, 344 + 13 * i, t, 9)
    doc.new_page()
    doc.text(L, 44, "Your Claims for Part B (Medical Insurance)", 14, True)
    doc.text(L, 60, "Part B helps pay for outpatient therapy, doctor visits and supplies. The amount listed in the "
             "\"Maximum You May Be Billed\" column is the most you can be billed.", 7.5)
    doc.rect(L, 74, R - L, 92)
    doc.text(L + 8, 88, "How to Check This Notice", 10, True)
    for i, t in enumerate(["Do you recognize the name of each doctor or provider? Check your dates.",
                           "Did you get the services listed? Do they match those on your receipts and bills?",
                           "If you already paid the bill, did you pay the right amount? Check the maximum you",
                           "may be billed. See if the claim was sent to any supplemental insurance you have.",
                           "If you have questions, call your doctor or provider first."]):
        doc.text(L + 8, 102 + 12 * i, t, 8.5)
    doc.y = 190
    cl = [cl[1], cl[2], cl[0]]
    for c in cl:
        cur["c"] = None
        doc.need(110)
        cur["c"] = c
        claimhead(c)
        last = None
        for s in c[5]:
            if s.dos != last:
                doc.need(26)
                doc.text(L + 2, doc.y, f"Date of service: {dfmt(s.dos, 'month')}", 8, True)
                doc.y += 11
                last = s.dos
            doc.need(12)
            nl = "D" if s.denied == "PR" else ("E" if s.denied else ("A, B, C" if s.deductible else "A, C"))
            txt = f"{G.units_str(s.units)} {s.desc} ({s.code})"
            vals = [txt, "No" if s.denied else "Yes", mm(s.billed), mm(s.allowed), mm(s.paid), mm(s.owes), nl]
            row(doc, cx, vals, 8.5)
            rec.line(doc, s, claim_id=None, payer_claim_id=c[3], patient=who,
                     printed=("billed", "allowed", "paid", "patient_owes"), modifiers=False,
                     row_toks=vals, page_toks=[dfmt(s.dos, "month")], remarks=nl.split(", "))
            doc.y += 14
        sv = c[5]
        doc.need(16)
        doc.hline(L, R, doc.y - 8, 0.4)
        row(doc, cx, ["Total for Claim " + c[3], "", mm(T(sv, "billed")), mm(T(sv, "allowed")), mm(T(sv, "paid")),
                      mm(T(sv, "owes")), ""], 8, True)
        rec.claim(None, c[3], who, billed=T(sv, "billed"), allowed=T(sv, "allowed"), paid=T(sv, "paid"),
                  patient_owes=T(sv, "owes"))
        doc.y += 26
    cur["c"] = None
    doc.need(90)
    doc.text(L, doc.y, "Notes for Your Claims", 11, True)
    for k, v in notes.items():
        for j, w in enumerate(doc.wrap(v, 470, 8)):
            doc.y += 11
            doc.text(L + 18 if j else L, doc.y, (w if j else f"{k}   {w}"), 8)
    return doc, rec, "m1_msn_part_b", "Medicare Summary Notice Part B", list(notes.items()), [], {}


# =============================================================================== m2 Medicare Advantage member EOB
@layout
def m2():
    doc = Doc("reportlab", "helv", margin_bottom=58)
    rec = Rec()
    L, R = 36, 576
    who = "Rosalind Okafor-Greer"
    def mm(v):
        return money(v, "$", "-")
    st = PlanState(visit_copay=D("25.00"), allowed_rate=D("0.64"))
    st2 = PlanState(ded_left=ZERO, coins_rate=D("0.20"), allowed_rate=D("0.64"))
    old = build("commercial", [(d(1, 2), "97168", 1, ["GO"]), (d(1, 2), "97530", 2, ["GO"])],
                PlanState(visit_copay=D("25.00"), allowed_rate=D("0.64")))
    rev = [G.negate(s) for s in old]
    newc = build("commercial", [(d(1, 2), "97168", 1, ["GO"]), (d(1, 2), "97530", 2, ["GO"]),
                                (d(1, 2), "97535", 1, ["GO"])], PlanState(visit_copay=D("25.00"), allowed_rate=D("0.64")))
    claims = [
        ("MA26-0114-00873", "TH-77120", "Tidewater Hand & Upper Limb Clinic", "Processed Jan 22, 2026",
         build("commercial", [(d(1, 6), "97165", 1, ["GO"]), (d(1, 6), "97760", 1, ["GO"]),
                              (d(1, 9), "97140", 2, ["GO", "59"]), (d(1, 9), "97110", 2, ["GO"]),
                              (d(1, 13), "97530", 2, ["GO"]), (d(1, 13), "97110", 1, ["GO"]),
                              (d(1, 16), "97140", 1, ["GO"]), (d(1, 16), "97530", 2, ["GO"]),
                              (d(1, 20), "97110", 2, ["GO"]), (d(1, 20), "97535", 1, ["GO"]),
                              (d(1, 23), "97530", 3, ["GO", "CO"]), (d(1, 27), "97530", 2, ["GO", "CO"]),
                              (d(1, 27), "97168", 1, ["GO"])], st), None),
        ("MA26-0115-00412", "TH-77121", "Tidewater Hand & Upper Limb Clinic", "Processed Jan 22, 2026",
         build("commercial", [(d(1, 6), "L3807", 1, ["LT"])], st2), None),
        ("MA26-0102-00155R", "TH-76988", "Tidewater Hand & Upper Limb Clinic",
         "Adjusted Jan 24, 2026 - earlier payment taken back", rev, "reversal"),
        ("MA26-0102-00155A", "TH-76988", "Tidewater Hand & Upper Limb Clinic",
         "Adjusted Jan 24, 2026 - corrected claim", newc, None),
    ]
    cols = [(L, "l"), (L + 52, "l"), (L + 212, "l"), (L + 270, "r"), (L + 334, "r"), (L + 398, "r"),
            (L + 450, "r"), (L + 502, "r"), (R, "r")]
    heads = [("Date", ""), ("Service you received", ""), ("Code", ""), ("Qty", ""), ("Provider", "charged"),
             ("Plan", "approved"), ("Plan", "paid"), ("Your", "share"), ("Note", "")]
    cur = {}

    def colhead():
        doc.hline(L, R, doc.y - 9, 0.8)
        for (x, al), (a, b) in zip(cols, heads):
            doc.text(x, doc.y, a, 7.5, True, al)
            if b:
                doc.text(x, doc.y + 8, b, 7.5, True, al)
        doc.y += 12
        doc.hline(L, R, doc.y, 0.8)
        doc.y += 11

    def head(c, cont=False):
        doc.rect(L, doc.y - 10, R - L, 28, fill=0.93)
        doc.text(L + 5, doc.y, f"Claim number {c[0]}{'  (continued from previous page)' if cont else ''}", 9, True)
        doc.text(R - 5, doc.y, c[3], 8, False, "r")
        doc.text(L + 5, doc.y + 12, f"{c[2]}    Provider's bill number: {c[1]}    Patient: {who}", 8)
        doc.y += 28
        colhead()

    def brk(dd):
        dd.text(L, 40, f"Sunfield Senior Advantage (HMO)  |  Explanation of Benefits for {who}", 8, True)
        dd.y = 62
        if cur.get("c"):
            head(cur["c"], True)
    doc.on_break = brk

    def foot(dd, n, tot):
        dd.text(L, 764, "Sunfield Senior Advantage is an HMO plan with a Medicare contract. H5555_EOB26_M", 6.5)
        dd.text(R, 764, f"Page {n} of {tot}", 7, False, "r")
    doc.footer = foot

    doc.rect(L, 36, 150, 230, fill=0.92)
    doc.text(L + 8, 56, "SUNFIELD", 16, True)
    doc.text(L + 8, 70, "Senior Advantage (HMO)", 8.5)
    for i, t in enumerate(["Member Services", "1-888-555-0176", "TTY 711", "8 a.m. - 8 p.m., 7 days a week", "",
                           "Member ID", "SNF-2219-0457", "", "Plan year", "2026"]):
        doc.text(L + 8, 96 + 11 * i, t, 8, t in ("Member Services", "Member ID", "Plan year"))
    doc.text(200, 56, "Your Explanation of Benefits", 16, True)
    doc.text(200, 72, "for medical services processed January 1 - January 31, 2026", 9)
    doc.text(200, 100, who.upper(), 9, True)
    doc.text(200, 112, "3316 SEA OATS DRIVE APT 4", 9)
    doc.text(200, 124, "KILL DEVIL SHOALS NC 27948", 9)
    doc.text(200, 150, "This is not a bill. It tells you what the plan paid and what you may owe.", 9)
    allsv = [s for c in claims for s in c[4]]
    for i, (k, v) in enumerate([("Total provider charges this month", mm(T(allsv, "billed"))),
                                ("Plan paid this month", mm(T(allsv, "paid"))),
                                ("Your share this month", mm(T(allsv, "owes"))),
                                ("Out-of-pocket spent in 2026 (limit $5,400.00)", "$512.40")]):
        doc.text(200, 174 + 14 * i, k, 9)
        doc.text(R, 174 + 14 * i, v, 9, True, "r")
    doc.text(L, 292, "Your medical claims in detail", 12, True)
    doc.y = 314
    for c in claims:
        cur["c"] = None
        doc.need(70)
        cur["c"] = c
        head(c)
        for s in c[4]:
            doc.need(12)
            note = "R1" if c[5] else ("C2" if s.copay else ("C3" if s.coinsurance else ""))
            vals = [dfmt(s.dos, "mdy2"), s.desc, "-".join((s.code,) + s.mods), G.units_str(s.units),
                    mm(s.billed), mm(s.allowed), mm(s.paid), mm(s.owes), note]
            row(doc, cols, vals, 7.5)
            rec.line(doc, s, claim_id=c[1], payer_claim_id=c[0], patient=who,
                     printed=("billed", "allowed", "paid", "patient_owes"), row_toks=[v for i, v in enumerate(vals)
                                                                                      if i != 1],
                     remarks=[note] if note else [])
            doc.y += 12
        sv = c[4]
        doc.hline(L + 270, R, doc.y - 8, 0.4)
        row(doc, cols, ["", "Claim total", "", "", mm(T(sv, "billed")), mm(T(sv, "allowed")), mm(T(sv, "paid")),
                        mm(T(sv, "owes")), ""], 7.5, True)
        rec.claim(c[1], c[0], who, billed=T(sv, "billed"), allowed=T(sv, "allowed"), paid=T(sv, "paid"),
                  patient_owes=T(sv, "owes"))
        doc.y += 24
    cur["c"] = None
    legend = [("C2", "Your $25.00 copay for an outpatient rehabilitation visit (once per day)."),
              ("C3", "You pay 20% of the approved amount for medical equipment and supplies."),
              ("R1", "We reprocessed this claim; the first payment is taken back and replaced by the corrected claim.")]
    doc.need(60)
    doc.text(L, doc.y, "What the notes mean", 10, True)
    for k, v in legend:
        doc.y += 12
        doc.text(L, doc.y, f"{k}   {v}", 8)
    return doc, rec, "m2_ma_member_eob", "Medicare Advantage member EOB", legend, [], {}


# =============================================================================== r1 state Medicaid RA, mainframe print
@layout
def r1():
    doc = Doc("fpdf2", "dejavumono", landscape=True, margin_bottom=40)
    rec = Rec()
    L = 30
    def mo(v):
        return money(v, ",", "trail")
    kids = [("DUBOIS-ARANDA, MILO", "41007730215"), ("DUBOIS-ARANDA, LUZ", "41007730223"),
            ("PELLERIN, OTTO J", "41009184470"), ("NAKASHIMA-ROYCE, BEA", "41002267918")]
    paid = [
        (kids[0], "2026018004471", "BP0155231",
         build("medicaid", [(d(1, 5), "97530", 4, ["GO"]), (d(1, 5), "97112", 2, ["GO", "59"]),
                            (d(1, 8), "97530", 4, ["GO"]), (d(1, 8), "97533", 2, ["GO"]),
                            (d(1, 12), "97530", 4, ["GO"]), (d(1, 12), "97112", 2, ["GO", "59"]),
                            (d(1, 15), "97530", 4, ["GO"]), (d(1, 15), "97533", 2, ["GO"]),
                            (d(1, 19), "97530", 4, ["GO"]), (d(1, 22), "97530", 4, ["GO"]),
                            (d(1, 22), "97535", 2, ["GO"]), (d(1, 26), "97168", 1, ["GO"])])),
        (kids[1], "2026018004472", "BP0155248",
         build("medicaid", [(d(1, 6), "92523", 1, ["GN"]), (d(1, 13), "92507", 1, ["GN"]),
                            (d(1, 20), "92507", 1, ["GN"]), (d(1, 27), "92507", 1, ["GN"])])),
        (kids[2], "2026018004473", "BP0160017",
         build("medicaid", [(d(1, 7), "97166", 1, ["GO"]), (d(1, 7), "97530", 3, ["GO"]),
                            (d(1, 14), "97530", 3, ["GO"]), (d(1, 14), "97110", 2, ["GO"]),
                            (d(1, 21), "97530", 3, ["GO"]), (d(1, 21), "97110", 2, ["GO"]),
                            (d(1, 28), "97530", 3, ["GO"]), (d(1, 28), "97140", 1, ["GO"])])),
        (kids[3], "2026018004474", "BP0160122",
         build("medicaid", [(d(1, 9), "97163", 1, ["GP"]), (d(1, 9), "97116", 2, ["GP"]),
                            (d(1, 16), "97110", 3, ["GP"]), (d(1, 16), "97116", 2, ["GP"]),
                            (d(1, 23), "97110", 3, ["GP"]), (d(1, 23), "97112", 2, ["GP"]),
                            (d(1, 30), "97110", 3, ["GP"]), (d(1, 30), "97116", 2, ["GP"])])),
    ]
    denied = [(kids[3], "2026018004601", "BP0160140",
               build("medicaid", [(d(1, 30), "97150", 1, ["GP"], "CO"), (d(1, 30), "G0283", 1, ["GP"], "CO")],
                     deny_reason="96"))]
    orig = build("medicaid", [(d(12, 29) if False else date(2025, 12, 29), "97530", 4, ["GO"]),
                              (date(2025, 12, 29), "97112", 2, ["GO"])])
    adjusted = [(kids[0], "2026018104015", "BP0151987", [G.negate(s) for s in orig], "VOID OF ICN 2025364002218"),
                (kids[0], "2026018104016", "BP0151987",
                 build("medicaid", [(date(2025, 12, 29), "97530", 4, ["GO"]), (date(2025, 12, 29), "97112", 2,
                                                                                  ["GO", "59"])]),
                 "REPLACEMENT OF ICN 2025364002218")]
    EOBT = {"0000": "CLAIM LINE PAID AS BILLED OR AT THE PROGRAM MAXIMUM FEE.",
            "0114": "PAYMENT REDUCED TO THE PROGRAM MAXIMUM FEE FOR THIS PROCEDURE.",
            "0982": "SERVICE IS NOT A BENEFIT FOR THIS RECIPIENT'S AID CATEGORY.",
            "0457": "GROUP THERAPY BILLED ON SAME DAY AS INDIVIDUAL SESSION - NOT PAYABLE.",
            "7201": "ADJUSTMENT: ORIGINAL CLAIM VOIDED; SEE REPLACEMENT CLAIM."}
    HDR = (f"{'LN':<3}{'FROM DOS':<9}{'TO DOS':<9}{'PROC':<7}{'MODS':<8}{'UNITS':>7}{'BILLED AMT':>12}"
           f"{'ALLOWED AMT':>13}{'TPL AMT':>10}{'COPAY':>8}{'PAID AMT':>11}  EOB")
    sect = {"s": "CLAIMS PAID"}

    def page_head(dd):
        dd.text(L, 30, "STATE OF WESTMARCH - DEPARTMENT OF FAMILY HEALTH SERVICES", 9, True)
        dd.text(L, 42, "MEDICAL ASSISTANCE PROGRAM - PROVIDER REMITTANCE ADVICE", 9, True)
        dd.text(L, 58, "PROVIDER: BRIGHT PATH PEDIATRIC THERAPY LLC   PROV NO: 0044718   NPI: 1999000417", 7.5)
        dd.text(L, 68, "RA NUMBER: 0002619   WARRANT/EFT NO: 88003150   RA DATE: 02/06/26   "
                "CLAIM TYPE: PROFESSIONAL", 7.5)
        dd.text(L, 86, f"*** {sect['s']} ***", 8, True)
        dd.text(L, 100, "RECIPIENT NAME            RECIPIENT ID   ICN            PATIENT ACCT NO", 7.5, True)
        dd.text(L + 12, 110, HDR, 7.5, True)
        dd.hline(L, 762, 114)
        dd.y = 126

    def foot(dd, n, tot):
        dd.text(762, 590, f"PAGE {n:>4} OF {tot}", 7.5, False, "r")
        dd.text(L, 590, "RA0261-W  RUN 02/06/26 04:12", 7.5)
    doc.on_break = page_head
    doc.footer = foot
    page_head(doc)

    def claimblock(c, codes_for, note=None):
        (who, rid), icn, acct, sv = c[:4]
        doc.need(30)
        doc.text(L, doc.y, f"{who:<26}{rid:<15}{icn:<15}{acct}" + (f"   {note}" if note else ""), 7.5, True)
        doc.y += 11
        for i, s in enumerate(sv, 1):
            doc.need(10)
            eob = codes_for(s)
            mods = " ".join(s.mods)
            units = f"{s.units:.2f}"
            txt = (f"{i:<3}{dfmt(s.dos, 'mdy6'):<9}{dfmt(s.dos, 'mdy6'):<9}{s.code:<7}{mods:<8}{units:>7}"
                   f"{mo(s.billed):>12}{mo(s.allowed):>13}{'0.00':>10}{mo(ZERO):>8}{mo(s.paid):>11}  {eob}")
            doc.text(L + 12, doc.y, txt, 7.5)
            s.copay = ZERO
            rec.line(doc, s, claim_id=acct, payer_claim_id=icn, patient=who,
                     printed=("billed", "allowed", "copay", "paid"),
                     row_toks=[f"{i:<3}{dfmt(s.dos, 'mdy6')}", s.code, mods, units, mo(s.billed), mo(s.allowed),
                               mo(s.paid), f"{'0.00':>10}{mo(ZERO):>8}", eob], remarks=eob.split())
            doc.y += 11.5
        doc.text(L + 12, doc.y, f"{'':<36}{'CLAIM TOTAL':>7}{mo(T(sv, 'billed')):>12}{mo(T(sv, 'allowed')):>13}"
                 f"{'0.00':>10}{'0.00':>8}{mo(T(sv, 'paid')):>11}", 7.5, True)
        rec.claim(acct, icn, who, billed=T(sv, "billed"), allowed=T(sv, "allowed"), paid=T(sv, "paid"))
        doc.y += 16

    for c in paid:
        claimblock(c, lambda s: "0114" if s.billed > s.allowed else "0000")
    sect["s"] = "CLAIMS DENIED"
    doc.new_page()
    page_head(doc)
    for c in denied:
        claimblock(c, lambda s: "0457" if s.code == "97150" else "0982")
    doc.y += 6
    sect["s"] = "CLAIM ADJUSTMENTS"
    doc.need(80)
    doc.text(L, doc.y, f"*** {sect['s']} ***", 8, True)
    doc.y += 14
    for c in adjusted:
        claimblock(c, lambda s: "7201" if s.paid < 0 else "0000", c[4])
    allp = [s for c in paid + denied + adjusted for s in c[3]]
    doc.need(110)
    doc.text(L, doc.y, "*** SUMMARY ***", 8, True)
    for i, (k, v) in enumerate([("CLAIMS PAID", f"{len(paid):>5}   {mo(sum((T(c[3], 'paid') for c in paid), ZERO))}"),
                                ("CLAIMS DENIED", f"{len(denied):>5}   0.00"),
                                ("ADJUSTMENTS (NET)", f"{len(adjusted):>5}   "
                                 f"{mo(sum((T(c[3], 'paid') for c in adjusted), ZERO))}"),
                                ("NET PAYMENT THIS RA", f"        {mo(T(allp, 'paid'))}")]):
        doc.text(L, doc.y + 12 + 10 * i, f"{k:<24}{v}", 7.5)
    doc.y += 60
    doc.need(70)
    doc.text(L, doc.y, "EOB CODE MESSAGES", 8, True)
    for k, v in EOBT.items():
        doc.y += 10
        doc.text(L, doc.y, f"{k}  {v}", 7.5)
    return doc, rec, "r1_medicaid_ra_mainframe", "state Medicaid remittance advice, mainframe print", \
        list(EOBT.items()), [], {}


# =============================================================================== r2 state Medicaid RA, portal print
@layout
def r2():
    doc = Doc("reportlab", "libsans", margin_bottom=56)
    rec = Rec()
    L, R = 40, 572
    def m(v):
        return money(v, "$", "-")
    mem = [("Kowalczyk, Anya M", "M00418823760"), ("Kowalczyk, Jonah", "M00418823778"),
           ("Reyes-Whitford, Camila", "M00391057220")]
    cl = [
        (mem[0], "1126034550017", "SLT26-0091", "PAID",
         build("medicaid", [(d(1, 6), "92507", 1, ["GN"]), (d(1, 8), "92507", 1, ["GN"]),
                            (d(1, 13), "92507", 1, ["GN"]), (d(1, 15), "92507", 1, ["GN"]),
                            (d(1, 20), "92507", 1, ["GN"]), (d(1, 22), "92526", 1, ["GN"]),
                            (d(1, 27), "92507", 1, ["GN"]), (d(1, 29), "92526", 1, ["GN"])])),
        (mem[1], "1126034550018", "SLT26-0094", "PAID",
         build("medicaid", [(d(1, 7), "92523", 1, ["GN"]), (d(1, 14), "92507", 1, ["GN"]),
                            (d(1, 21), "92507", 1, ["GN"]), (d(1, 21), "97129", 2, ["GN"], "CO"),
                            (d(1, 28), "92507", 1, ["GN"])], deny_reason="119")),
        (mem[2], "1126034550102", "SLT26-0101", "DENIED",
         build("medicaid", [(d(1, 9), "92523", 1, ["GN"], "CO"), (d(1, 9), "92507", 1, ["GN"], "CO")],
               deny_reason="27")),
        (mem[2], "1126034550311", "SLT26-0117", "PAID",
         build("medicaid", [(d(1, 16), "92523", 1, ["GN"]), (d(1, 23), "92507", 1, ["GN"]),
                            (d(1, 30), "92507", 1, ["GN"])])),
    ]
    rarc = {"119": "N362", "27": "N30"}
    cols = [(L + 6, "l"), (L + 26, "l"), (L + 84, "l"), (L + 124, "l"), (L + 176, "r"), (L + 236, "r"),
            (L + 296, "r"), (L + 356, "r"), (L + 372, "l"), (L + 460, "l")]
    heads = ["Ln", "DOS", "Proc", "Mods", "Units", "Billed", "Allowed", "Paid", "Adj Reason / Amount", "Remark"]

    def foot(dd, n, tot):
        dd.hline(L, R, 752, 0.4)
        dd.text(L, 764, "Harbor State Medicaid - Fiscal Agent Services   |   Provider Relations 1-855-555-0123", 7)
        dd.text(R, 764, f"Page {n} of {tot}", 7, False, "r")
    doc.footer = foot

    def brk(dd):
        dd.text(L, 42, "Remittance Advice 000773104 (continued)   Payee: Sound Start Speech Therapy PC", 8, True)
        dd.y = 64
    doc.on_break = brk

    doc.text(L, 48, "HARBOR STATE MEDICAID", 15, True)
    doc.text(L, 62, "Remittance Advice - Professional Claims", 10)
    doc.rect(360, 34, R - 360, 60)
    for i, (k, v) in enumerate([("RA Number", "000773104"), ("Payment Date", "02/09/2026"),
                                ("EFT Trace", "1PX44019277"), ("Payee ID", "PV-0067215")]):
        doc.text(366, 46 + 13 * i, k, 8, True)
        doc.text(450, 46 + 13 * i, v, 8)
    doc.text(L, 110, "Sound Start Speech Therapy PC", 9, True)
    doc.text(L, 122, "610 Quarry Street, Suite 3, Port Alder, WA 98361", 9)
    doc.y = 150
    for (who, mid), tcn, pcn, status, sv in cl:
        doc.need(80)
        top = doc.y - 11
        doc.rect(L, top, R - L, 30, fill=0.9)
        doc.text(L + 6, doc.y, f"Member: {who}", 8.5, True)
        doc.text(L + 210, doc.y, f"Member ID: {mid}", 8.5)
        doc.text(R - 6, doc.y, f"Claim Status: {status}", 8.5, True, "r")
        doc.text(L + 6, doc.y + 12, f"TCN: {tcn}", 8.5)
        doc.text(L + 210, doc.y + 12, f"Patient Control No: {pcn}", 8.5)
        doc.text(R - 6, doc.y + 12, "Rendering NPI: 1999000862", 8.5, False, "r")
        doc.y += 34
        row(doc, cols, heads, 7.5, True)
        doc.hline(L, R, doc.y + 3, 0.5)
        doc.y += 13
        for i, s in enumerate(sv, 1):
            adjtxt = "  ".join(f"{g}-{c} {money(a, ',')}" for g, c, a in s.adjs)
            rk = rarc.get(next((c for g, c, a in s.adjs if c != "45"), ""), "")
            extra = []
            if len(s.adjs) > 1:
                adjtxt = f"{s.adjs[0][0]}-{s.adjs[0][1]} {money(s.adjs[0][2], ',')}"
            doc.need(12)
            vals = [str(i), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), G.units_str(s.units), m(s.billed),
                    m(s.allowed), m(s.paid), adjtxt, rk]
            row(doc, cols, vals, 7.5)
            rec.line(doc, s, claim_id=pcn, payer_claim_id=tcn, patient=who,
                     printed=("billed", "allowed", "paid"), row_toks=vals[1:], adjustments=s.adjs, all_adj=True,
                     remarks=[rk] if rk else [])
            doc.y += 12
            for e in extra:
                doc.text(L + 372, doc.y, e, 7.5)
                doc.y += 10
        doc.hline(L, R, doc.y - 8, 0.3)
        row(doc, cols, ["", "Claim Totals", "", "", "", m(T(sv, "billed")), m(T(sv, "allowed")), m(T(sv, "paid")),
                        "", ""], 7.5, True)
        rec.claim(pcn, tcn, who, billed=T(sv, "billed"), allowed=T(sv, "allowed"), paid=T(sv, "paid"))
        doc.y += 26
    allsv = [s for c in cl for s in c[4]]
    doc.need(140)
    doc.text(L, doc.y, "Payment Summary", 10, True)
    for i, (k, v) in enumerate([("Claims paid", "3"), ("Claims denied", "1"), ("Total billed", m(T(allsv, "billed"))),
                                ("Total paid", m(T(allsv, "paid"))), ("Provider-level adjustments", "$0.00"),
                                ("Net payment", m(T(allsv, "paid")))]):
        doc.text(L, doc.y + 14 + 11 * i, k, 8)
        doc.text(L + 200, doc.y + 14 + 11 * i, v, 8, False, "r")
    doc.y += 90
    legend = [("CO-45", "Amount above the Medicaid fee schedule; the provider may not bill the member."),
              ("CO-119", "The yearly benefit limit for this service has been reached."),
              ("CO-27", "The member was not eligible on the date of service."),
              ("N362", "Units or visits exceed the number allowed for the benefit period."),
              ("N30", "The member is not eligible for this program on this date.")]
    doc.text(L, doc.y, "Adjustment and remark code descriptions (our plain-language summaries)", 9, True)
    for k, v in legend:
        doc.y += 11
        doc.text(L, doc.y, f"{k}: {v}", 7.5)
    return doc, rec, "r2_medicaid_ra_portal", "state Medicaid remittance advice, portal print", legend, [], {}


# =============================================================================== p1 Medicare-style paper remit (clearinghouse)
@layout
def p1():
    doc = Doc("reportlab", "courier", landscape=True, margin_bottom=44)
    rec = Rec()
    L = 28
    def c2f(v):
        return money(v, "")
    st = PlanState(ded_left=D("58.00"))
    st2 = PlanState(ded_left=ZERO)
    cl = [
        ("HOLLOWAY, EDNA", "5QT8WN2XK71", "JRT00311", "2226012004410",
         build("medicare", [(d(1, 5), "97162", 1, ["GP"]), (d(1, 5), "97110", 2, ["GP"]),
                            (d(1, 5), "97140", 1, ["GP", "59"])], st)),
        ("HOLLOWAY, WENDELL", "7RX2MK4PL09", "JRT00312", "2226012004411",
         build("medicare", [(d(1, 6), "97110", 3, ["GP", "CQ"]), (d(1, 6), "97112", 1, ["GP", "CQ"]),
                            (d(1, 9), "97110", 3, ["GP", "CQ"]), (d(1, 9), "97530", 1, ["GP", "CQ"]),
                            (d(1, 13), "97110", 2, ["GP"]), (d(1, 13), "97116", 2, ["GP"]),
                            (d(1, 16), "97110", 3, ["GP", "CQ"]), (d(1, 16), "97112", 1, ["GP", "CQ"]),
                            (d(1, 20), "97110", 2, ["GP", "KX"]), (d(1, 20), "97116", 2, ["GP", "KX"]),
                            (d(1, 23), "97110", 3, ["GP", "KX"]), (d(1, 23), "G0283", 1, ["GP"])], st2)),
        ("ABERNATHY-SOOK, IRIS", "2HW6TD8BE33", "JRT00327", "2226013007725",
         build("medicare", [(d(1, 8), "97166", 1, ["GO"]), (d(1, 8), "97535", 2, ["GO"]),
                            (d(1, 12), "97530", 2, ["GO"]), (d(1, 12), "97535", 1, ["GO"])], st2)),
        ("PRUITT, LEONARD", "9KD3QF5NM48", "JRT00330", "2226013007731",
         build("medicare", [(d(1, 14), "97110", 2, ["GP"]), (d(1, 14), "0552T", 1, ["GP"], "CO")], st2,
               deny_reason="96")),
    ]
    HDR = (f"{'PERF PROV':<11}{'SERV DATE':<12}{'POS':<4}{'NOS':>4} {'PROC':<6}{'MODS':<9}{'BILLED':>10}"
           f"{'ALLOWED':>10}{'DEDUCT':>9}{'COINS':>9}  {'GRP/RC-AMT':<17}{'PROV PD':>10}")

    def head(dd):
        dd.text(L, 34, "LODESTAR CLAIMS EXCHANGE - STANDARD PAPER REMITTANCE VIEW (FROM 835)", 8.5, True)
        dd.text(L, 46, "PAYER: GREAT LAKES MEDICARE ADMINISTRATIVE SERVICES  PART B  1-866-555-0160", 8)
        dd.text(L, 58, "PROVIDER: JUNIPER RIDGE THERAPY GROUP   NPI 1999000771   TIN XX-XXX4821   "
                "CHECK/EFT #: 0093318806   DATE: 02/10/2026", 8)
        dd.text(L, 76, HDR, 8, True)
        dd.hline(L, 764, 80)
        dd.y = 94

    def foot(dd, n, tot):
        dd.text(764, 590, f"PAGE #: {n} OF {tot}", 8, False, "r")
        dd.text(L, 590, "PRINTED BY LODESTAR 835 VIEWER 4.2  -  NOT AN ORIGINAL REMITTANCE", 7)
    doc.on_break = head
    doc.footer = foot
    head(doc)
    for who, mid, acnt, icn, sv in cl:
        doc.need(50)
        doc.text(L, doc.y, f"NAME {who:<22} MID {mid:<13} ACNT {acnt:<10} ICN {icn}  ASG Y  MOA MA01", 8)
        doc.y += 13
        for s in sv:
            doc.need(12 + 10 * len(s.adjs))
            mods = " ".join(s.mods)
            first = s.adjs[0]
            a1 = f"{first[0]}-{first[1]}"
            line = (f"{'1999000771':<11}{s.dos:%m%d} {s.dos:%m%d%y}  {'11':<4}{G.units_str(s.units):>4} {s.code:<6}"
                    f"{mods:<9}{c2f(s.billed):>10}{c2f(s.allowed):>10}{c2f(s.deductible):>9}{c2f(s.coinsurance):>9}"
                    f"  {a1:<7}{c2f(first[2]):>9} {c2f(s.paid):>10}")
            doc.text(L, doc.y, line, 8)
            page = doc.page
            rowt = [f"{s.dos:%m%d} {s.dos:%m%d%y}", s.code, mods, c2f(s.billed), c2f(s.allowed),
                    c2f(s.deductible), c2f(s.coinsurance), f"{a1:<7}{c2f(first[2]):>9}", c2f(s.paid),
                    f"11{G.units_str(s.units):>4}"]
            ptoks = []
            for g, c, a in s.adjs[1:]:
                doc.y += 10
                t = f"{g}-{c:<4}{c2f(a):>9}"
                doc.text(L + 4.8 * 87, doc.y, t, 8)
                ptoks.append(f"{g}-{c}")
                ptoks.append(c2f(a))
            rec.line(doc, s, claim_id=acnt, payer_claim_id=icn, patient=who, page=page,
                     printed=("billed", "allowed", "deductible", "coinsurance", "paid"), row_toks=rowt,
                     page_toks=ptoks, adjustments=s.adjs, all_adj=True)
            doc.y += 12
        doc.need(26)
        adjsum = sum((a for s in sv for g, c, a in s.adjs if g != "PR"), ZERO)
        doc.text(L, doc.y, f"PT RESP {c2f(T(sv, 'owes')):>9}{'':<9}CLAIM TOTALS{'':<14}"
                 f"{c2f(T(sv, 'billed')):>10}{c2f(T(sv, 'allowed')):>10}{c2f(T(sv, 'deductible')):>9}"
                 f"{c2f(T(sv, 'coinsurance')):>9}  {'':<7}{c2f(adjsum):>9} {c2f(T(sv, 'paid')):>10}", 8)
        doc.y += 10
        doc.text(L, doc.y, f"ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00"
                 f"{'':<22}NET {c2f(T(sv, 'paid')):>10}", 8)
        rec.claim(acnt, icn, who, billed=T(sv, "billed"), allowed=T(sv, "allowed"), paid=T(sv, "paid"))
        doc.y += 18
    allsv = [s for c in cl for s in c[4]]
    doc.need(60)
    doc.text(L, doc.y, "TOTALS:  # OF CLAIMS   BILLED AMT   ALLOWED AMT   DEDUCT AMT   COINS AMT   PROV PD AMT   "
             "CHECK AMT", 8, True)
    doc.text(L, doc.y + 11, f"{'':<9}{len(cl):>11}{c2f(T(allsv, 'billed')):>13}{c2f(T(allsv, 'allowed')):>14}"
             f"{c2f(T(allsv, 'deductible')):>13}{c2f(T(allsv, 'coinsurance')):>12}{c2f(T(allsv, 'paid')):>14}"
             f"{c2f(T(allsv, 'paid')):>12}", 8)
    doc.y += 34
    legend = [("CO-45", "charge above the fee schedule amount, provider write-off"), ("PR-1", "deductible"),
              ("PR-2", "coinsurance"), ("CO-253", "federal payment reduction"),
              ("CO-96", "service not covered under the beneficiary's benefit")]
    doc.text(L, doc.y, "GLOSSARY: GROUP, REASON, MOA, REMARK CODES (SUMMARIZED BY LODESTAR)", 8, True)
    for k, v in legend:
        doc.y += 10
        doc.text(L, doc.y, f"{k:<8}{v.upper()}", 7.5)
    return doc, rec, "p1_clearinghouse_spr", "Medicare-style paper remittance printed by a clearinghouse", \
        legend, [], {}


# =============================================================================== p2 practice-management remittance detail
@layout
def p2():
    doc = Doc("fpdf2", "dejavucond", margin_bottom=50)
    rec = Rec()
    L, R = 32, 580
    def m(v):
        return money(v, ",", "()")
    stA = PlanState(ded_left=ZERO, coins_rate=D("0.10"), allowed_rate=D("0.86"))
    orig = build("commercial", [(d(1, 2), "97530", 2, ["GO"]), (d(1, 2), "97140", 2, ["GO"])],
                 PlanState(ded_left=ZERO, coins_rate=D("0.10"), allowed_rate=D("0.86")))
    cl = [
        ("Haddad-Lyle, Noor", "55120", "7Q2601150038", "1 - Processed as Primary",
         build("commercial", [(d(1, 6), "97110", 2, ["GP"]), (d(1, 6), "97140", 1, ["GP"]),
                              (d(1, 6), "97112", 1, ["GP"])], stA)),
        ("Haddad-Lyle, Samir", "55133", "7Q2601150041", "1 - Processed as Primary",
         build("commercial", [(d(1, 7), "97165", 1, ["GO"]), (d(1, 7), "97530", 2, ["GO"]),
                              (d(1, 9), "97530", 2, ["GO"]), (d(1, 9), "97535", 1, ["GO"]),
                              (d(1, 14), "97530", 2, ["GO"]), (d(1, 14), "97112", 1, ["GO", "59"]),
                              (d(1, 16), "97530", 3, ["GO"]), (d(1, 21), "97530", 2, ["GO"]),
                              (d(1, 21), "97535", 1, ["GO"]), (d(1, 23), "97530", 3, ["GO"]),
                              (d(1, 23), "97760", 1, ["GO"], "CO")], stA, deny_reason="197")),
        ("Ferrante, Lucia", "54987", "7Q2601020217", "22 - Reversal of Previous Payment",
         [G.negate(s) for s in orig]),
        ("Ferrante, Lucia", "54987", "7Q2601160102", "1 - Processed as Primary (corrected)",
         build("commercial", [(d(1, 2), "97530", 2, ["GO"]), (d(1, 2), "97140", 1, ["GO"])],
               PlanState(ded_left=ZERO, coins_rate=D("0.10"), allowed_rate=D("0.86")))),
        ("Okonkwo-Bell, Grace", "55201", "7Q2601200090", "1 - Processed as Primary",
         build("commercial", [(d(1, 12), "92523", 1, ["GN"]), (d(1, 19), "92507", 1, ["GN"]),
                              (d(1, 26), "92507", 1, ["GN"]), (d(1, 26), "92526", 1, ["GN"])],
               PlanState(ded_left=D("250.00"), coins_rate=D("0.10"), allowed_rate=D("0.86")))),
        ("Tran-Delgado, Minh", "55217", "7Q2601210133", "1 - Processed as Primary",
         build("commercial", [(d(1, 13), "97163", 1, ["GP"]), (d(1, 13), "97110", 2, ["GP"]),
                              (d(1, 15), "97110", 2, ["GP"]), (d(1, 15), "97140", 2, ["GP", "59"]),
                              (d(1, 20), "97110", 3, ["GP"]), (d(1, 20), "97116", 1, ["GP"]),
                              (d(1, 22), "97110", 2, ["GP"]), (d(1, 22), "97140", 1, ["GP"]),
                              (d(1, 27), "97110", 3, ["GP"]), (d(1, 27), "97112", 1, ["GP"]),
                              (d(1, 29), "97110", 2, ["GP"]), (d(1, 29), "G0283", 1, ["GP"])], stA)),
    ]
    cols = [(L + 4, "l"), (L + 52, "l"), (L + 84, "l"), (L + 120, "r"), (L + 168, "r"), (L + 216, "r"),
            (L + 258, "r"), (L + 300, "r"), (L + 310, "l"), (R - 4, "r")]
    heads = ["DOS", "Code", "Mod", "Qty", "Billed", "Allowed", "Deduct", "Coins", "Adjustments (grp rsn amt)",
             "Paid"]

    def foot(dd, n, tot):
        dd.text(L, 770, "ClearPath PM 11  |  Remittance Detail Report  |  printed 02/11/2026 10:14 by mhale", 6.5)
        dd.text(R, 770, f"Page {n} of {tot}", 6.5, False, "r")
    doc.footer = foot
    cur = {}

    def chead(c, cont=False):
        doc.rect(L, doc.y - 10, R - L, 26)
        doc.text(L + 4, doc.y, f"Patient: {c[0]}", 8, True)
        doc.text(L + 170, doc.y, f"Acct#: {c[1]}", 8)
        doc.text(L + 260, doc.y, f"Payer ICN: {c[2]}", 8)
        doc.text(R - 4, doc.y, "(cont.)" if cont else "", 8, False, "r")
        doc.text(L + 4, doc.y + 11, f"Claim Status: {c[3]}", 7.5)
        doc.text(L + 260, doc.y + 11, "Rendering: Ames, Tovah OTR/L", 7.5)
        doc.y += 28
        row(doc, cols, heads, 7, True)
        doc.hline(L, R, doc.y + 3, 0.4)
        doc.y += 12

    def brk(dd):
        dd.text(L, 40, "Remittance Detail - Pinecrest Mutual Insurance - Check 000447102 (continued)", 8.5, True)
        dd.y = 62
        if cur.get("c"):
            chead(cur["c"], True)
    doc.on_break = brk

    doc.text(L, 46, "Harrow Valley Therapy Associates", 13, True)
    doc.text(L, 60, "Insurance Remittance Detail", 10)
    doc.text(R, 46, "Payer: Pinecrest Mutual Insurance", 8.5, False, "r")
    doc.text(R, 58, "Check/EFT: 000447102   Paid: 02/06/2026", 8.5, False, "r")
    doc.text(R, 70, "Deposit batch: DEP-2026-0208", 8.5, False, "r")
    doc.hline(L, R, 80, 1)
    doc.y = 102
    for c in cl:
        cur["c"] = None
        doc.need(70)
        cur["c"] = c
        chead(c)
        sv = c[4]
        for s in sv:
            doc.need(12)
            adj = " ".join(f"{g} {r} {m(a)}" for g, r, a in s.adjs)
            vals = [dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), G.units_str(s.units), m(s.billed), m(s.allowed),
                    m(s.deductible), m(s.coinsurance), adj, m(s.paid)]
            row(doc, cols, vals, 7)
            rec.line(doc, s, claim_id=c[1], payer_claim_id=c[2], patient=c[0],
                     printed=("billed", "allowed", "deductible", "coinsurance", "paid"), row_toks=vals,
                     adjustments=s.adjs, all_adj=True)
            doc.y += 11
        doc.need(14)
        doc.hline(L + 100, R, doc.y - 8, 0.3)
        row(doc, cols, ["", "Claim", "", "", m(T(sv, "billed")), m(T(sv, "allowed")), m(T(sv, "deductible")),
                        m(T(sv, "coinsurance")), f"Pt resp {m(T(sv, 'owes'))}", m(T(sv, "paid"))], 7, True)
        rec.claim(c[1], c[2], c[0], billed=T(sv, "billed"), allowed=T(sv, "allowed"), paid=T(sv, "paid"))
        doc.y += 24
    cur["c"] = None
    allsv = [s for c in cl for s in c[4]]
    doc.need(60)
    doc.rect(L, doc.y - 10, 250, 44, fill=0.93)
    doc.text(L + 6, doc.y, f"Claims on this remittance: {len(cl)}", 8)
    doc.text(L + 6, doc.y + 12, f"Total paid to provider: {m(T(allsv, 'paid'))}", 8, True)
    doc.text(L + 6, doc.y + 24, "Provider-level adjustments: none", 8)
    return doc, rec, "p2_pm_remit_detail", "practice-management remittance detail report", [], [], {}


# =============================================================================== s1 therapy clinic family statement
@layout
def s1():
    doc = Doc("reportlab", "libserif", margin_bottom=70)
    rec = Rec()
    L, R = 36, 576
    def m(v):
        return money(v, ",", "()")
    ins = "Brightwater Health Plan"
    stA = PlanState(ded_left=ZERO, visit_copay=D("30.00"), allowed_rate=D("0.80"))
    stB = PlanState(ded_left=D("120.00"), coins_rate=D("0.20"), allowed_rate=D("0.80"))
    visits = [  # patient, visit no, insurer claim no, services, patient paid at visit
        ("Ada Olsen-Tay", "V30418", "BW26011400921",
         build("commercial", [(d(1, 5), "97166", 1, ["GO"]), (d(1, 5), "97530", 2, ["GO"])], stA), True),
        ("Ada Olsen-Tay", "V30477", "BW26011900356",
         build("commercial", [(d(1, 12), "97530", 2, ["GO"]), (d(1, 12), "97533", 1, ["GO"])], stA), True),
        ("Ada Olsen-Tay", "V30529", "BW26012600118",
         build("commercial", [(d(1, 19), "97530", 3, ["GO"]), (d(1, 19), "97535", 1, ["GO"])], stA), False),
        ("Ada Olsen-Tay", "V30590", "BW26020200445",
         build("commercial", [(d(1, 26), "97530", 2, ["GO"]), (d(1, 26), "97150", 1, ["GO"], "PR")], stA,
               deny_reason="204"), False),
        ("Bram Olsen-Tay", "V30421", "BW26011400937",
         build("commercial", [(d(1, 6), "92523", 1, ["GN"])], stB), False),
        ("Bram Olsen-Tay", "V30483", "BW26012000212",
         build("commercial", [(d(1, 13), "92507", 1, ["GN"]), (d(1, 13), "97129", 1, ["GN"])], stB), False),
        ("Bram Olsen-Tay", "V30536", "BW26012700094",
         build("commercial", [(d(1, 20), "92507", 1, ["GN"]), (d(1, 20), "92526", 1, ["GN"])], stB), False),
        ("Bram Olsen-Tay", "V30601", "BW26020300061",
         build("commercial", [(d(1, 27), "92507", 1, ["GN"]), (d(1, 27), "92526", 1, ["GN"], "CO")], stB,
               deny_reason="97"), False),
        ("Marguerite Olsen-Tay", "V30550", "BW26012800302",
         build("commercial", [(d(1, 21), "97165", 1, ["GO"]), (d(1, 21), "97760", 1, ["GO"]),
                              (d(1, 21), "L3807", 1, ["RT"])], stB), False),
    ]
    cols = [(L, "l"), (L + 46, "l"), (L + 92, "l"), (L + 222, "l"), (L + 306, "r"), (L + 354, "r"),
            (L + 398, "r"), (L + 444, "r"), (R, "r")]
    heads = ["Date", "Visit #", "Description", "Code", "Charges", "Ins. Paid", "Adjust.", "Pt. Paid", "Balance"]

    def colhead():
        doc.rect(L, doc.y - 9, R - L, 13, fill=0.85)
        row(doc, cols, heads, 8, True)
        doc.y += 16

    def foot(dd, n, tot):
        dd.hline(L, R, 740)
        dd.text(L, 752, "Little Compass Pediatric Therapy  -  Billing office (555) 013-6620, Mon-Thu 9-4  -  "
                "We bill your insurance first; the balance shown is yours.", 7)
        dd.text(R, 764, f"Page {n} of {tot}", 7, False, "r")
    doc.footer = foot

    def brk(dd):
        dd.text(L, 40, "Statement for Marguerite Olsen-Tay  -  Account 7734-01  -  continued", 9, True)
        dd.y = 62
        colhead()
    doc.on_break = brk

    # payment stub
    doc.text(L, 42, "LITTLE COMPASS", 15, True)
    doc.text(L, 55, "Pediatric Therapy", 10)
    doc.text(L, 68, "2207 Orchard Bend Road, Millbrook Springs, VT 05661", 8)
    doc.rect(330, 30, R - 330, 70)
    pairs = [("Statement Date", "02/12/2026"), ("Account No.", "7734-01"), ("Amount Due", ""),
             ("Please Pay By", "03/05/2026"), ("Amount Enclosed", "$ ____________")]
    for i, (k, v) in enumerate(pairs):
        doc.text(336, 42 + 13 * i, k, 8, True)
        doc.text(430, 42 + 13 * i, v, 8)
    doc.text(L, 96, "MARGUERITE OLSEN-TAY", 9)
    doc.text(L, 107, "41 SPARROW HILL LANE", 9)
    doc.text(L, 118, "MILLBROOK SPRINGS VT 05661", 9)
    doc.text(L, 134, "- - - - - - - - - - - - - - - Please detach and return the top portion with your payment "
             "- - - - - - - - - - - - - - -", 7)
    doc.text(L, 156, "Family Statement of Account", 12, True)
    doc.text(L, 170, "Guarantor: Marguerite Olsen-Tay     Patients on this account: Ada, Bram, Marguerite", 8.5)
    doc.y = 194
    colhead()
    grand = ZERO
    for who in ("Ada Olsen-Tay", "Bram Olsen-Tay", "Marguerite Olsen-Tay"):
        doc.need(40)
        doc.text(L, doc.y, f"Patient: {who}", 9, True)
        doc.y += 14
        sub = ZERO
        for w, vno, icn, sv, paid_at_visit in [v for v in visits if v[0] == who]:
            for s in sv:
                adj = s.discount + (s.not_covered if s.denied == "CO" else ZERO)
                pt = s.copay if paid_at_visit else ZERO
                bal = s.billed - s.paid - adj - pt
                assert bal == s.owes - pt
                doc.need(12)
                code = "-".join((s.code,) + s.mods)
                vals = [dfmt(s.dos, "mdy2"), vno, s.desc[:25].rstrip(" ,"), code, m(s.billed), m(s.paid), m(adj), m(pt), m(bal)]
                row(doc, cols, vals, 8)
                s.owes = bal
                rec.line(doc, s, claim_id=vno, payer_claim_id=icn, patient=who, units=False,
                         printed=("billed", "paid", "patient_owes"),
                         row_toks=[v for i, v in enumerate(vals) if i != 2])
                sub += bal
                doc.y += 11
            doc.need(12)
            doc.text(L + 92, doc.y, f"Billed to {ins} {dfmt(sv[0].dos, 'mdy2')}, claim #{icn}, processed", 7.5)
            doc.y += 14
            rec.claim(vno, icn, who)
        doc.text(L + 300, doc.y, f"Balance for {who.split()[0]}:", 8.5, True)
        doc.text(R, doc.y, m(sub), 8.5, True, "r")
        grand += sub
        doc.y += 20
    doc.need(80)
    doc.rect(L, doc.y - 10, R - L, 40)
    ages = [("Current", grand), ("31-60 days", ZERO), ("61-90 days", ZERO), ("Over 90", ZERO),
            ("Amount Due", grand)]
    for i, (k, v) in enumerate(ages):
        doc.text(L + 10 + 108 * i, doc.y, k, 8, True)
        doc.text(L + 10 + 108 * i, doc.y + 14, money(v), 9, i == 4)
    doc.y += 50
    doc.pages[0].append(("t", 430, 42 + 13 * 2, money(grand), 8, True, "l", "libserif"))
    doc.text(L, doc.y, "Messages: Group sessions are not covered by Brightwater plans. Payment plans are available; "
             "call the billing office.", 8)
    return doc, rec, "s1_clinic_family_statement", "therapy clinic family statement", [], [], {}


# =============================================================================== s2 hospital guarantor statement
@layout
def s2():
    doc = Doc("fpdf2", "dejavu", margin_bottom=64)
    rec = Rec()
    L, R = 36, 576
    def m(v):
        return money(v, ",", "-")
    REV = {"97530": "0434", "97535": "0434", "97165": "0434", "97168": "0434", "97110": "0424", "97112": "0424",
           "97140": "0424", "97161": "0424", "97116": "0424", "92507": "0444", "92523": "0444", "92526": "0444",
           "73110": "0320", "99213": "0510", "29125": "0270", "G0283": "0424"}
    accts = [
        ("400118273", "Felix Moreau", "Outpatient Rehabilitation - Occupational Therapy", "Keystone Commercial PPO",
         "KS2602034471", D("0.62"),
         build("commercial", [(d(1, 5), "97165", 1, ["GO"]), (d(1, 5), "97530", 2, ["GO"]),
                              (d(1, 7), "97530", 3, ["GO"]), (d(1, 7), "97535", 1, ["GO"]),
                              (d(1, 12), "97530", 3, ["GO"]), (d(1, 12), "97535", 1, ["GO"]),
                              (d(1, 14), "97530", 2, ["GO"]), (d(1, 14), "97112", 1, ["GO", "59"]),
                              (d(1, 19), "97530", 3, ["GO"]), (d(1, 21), "97530", 3, ["GO"]),
                              (d(1, 21), "97535", 1, ["GO"]), (d(1, 26), "97530", 2, ["GO"]),
                              (d(1, 26), "97112", 2, ["GO", "59"]), (d(1, 28), "97530", 3, ["GO"]),
                              (d(1, 28), "97168", 1, ["GO"])],
               PlanState(ded_left=ZERO, coins_rate=D("0.20"), allowed_rate=D("0.62")))),
        ("400121906", "Odette Moreau", "Outpatient Rehabilitation - Speech Therapy", "Keystone Commercial PPO",
         "KS2602051290", D("0.62"),
         build("commercial", [(d(1, 9), "92523", 1, ["GN"]), (d(1, 16), "92507", 1, ["GN"]),
                              (d(1, 23), "92507", 1, ["GN"]), (d(1, 30), "92526", 1, ["GN"])],
               PlanState(ded_left=ZERO, coins_rate=D("0.20"), allowed_rate=D("0.62")))),
        ("400120044", "Celine Moreau", "Emergency Follow-up Clinic / Physical Therapy", "Keystone Commercial PPO",
         "KS2602040018", D("0.62"),
         build("commercial", [(d(1, 8), "99213", 1), (d(1, 8), "73110", 1, ["RT"]), (d(1, 8), "29125", 1, ["RT"]),
                              (d(1, 15), "97161", 1, ["GP"]), (d(1, 15), "97110", 2, ["GP"]),
                              (d(1, 22), "97110", 2, ["GP"]), (d(1, 22), "97140", 1, ["GP"])],
               PlanState(ded_left=D("300.00"), coins_rate=D("0.20"), allowed_rate=D("0.62")))),
    ]
    cols = [(L + 4, "l"), (L + 56, "l"), (L + 88, "l"), (L + 140, "l"), (L + 192, "r"), (L + 204, "l"),
            (R - 4, "r")]
    heads = ["Date", "Rev", "CPT/HCPCS", "Mod", "Qty", "Description", "Amount"]
    cur = {}

    def ahead(a, cont=False):
        doc.rect(L, doc.y - 11, R - L, 28, fill=0.9)
        doc.text(L + 4, doc.y, f"Account {a[0]}{'  (continued)' if cont else ''}", 9, True)
        doc.text(L + 200, doc.y, f"Patient: {a[1]}", 9, True)
        doc.text(L + 4, doc.y + 12, a[2], 7.5)
        doc.text(R - 4, doc.y + 12, f"Primary insurance: {a[3]}", 7.5, False, "r")
        doc.y += 30
        row(doc, cols, heads, 7.5, True)
        doc.hline(L, R, doc.y + 3, 0.5)
        doc.y += 13

    def brk(dd):
        dd.text(L, 40, "St. Odile Regional Medical Center  -  Guarantor Statement 2026-02-14  -  continued", 8.5, True)
        dd.y = 64
        if cur.get("a"):
            ahead(cur["a"], True)
    doc.on_break = brk

    def foot(dd, n, tot):
        dd.hline(L, R, 742, 0.5)
        dd.text(L, 754, "Questions about this bill: Patient Financial Services (555) 017-4000  |  pay online with "
                "your guarantor number", 6.8)
        dd.text(R, 766, f"Page {n} of {tot}", 7, False, "r")
    doc.footer = foot

    doc.text(L, 48, "ST. ODILE REGIONAL", 16, True)
    doc.text(L, 62, "MEDICAL CENTER", 11, True)
    doc.text(L, 76, "Patient Financial Services  |  900 Basilica Avenue, Thibodeaux Point, LA 70394", 7.5)
    doc.text(R, 48, "GUARANTOR STATEMENT", 12, True, "r")
    doc.rect(356, 58, R - 356, 52)
    for i, (k, v) in enumerate([("Guarantor number", "G-0092217"), ("Statement date", "02/14/2026"),
                                ("Due date", "03/10/2026")]):
        doc.text(362, 70 + 13 * i, k, 8)
        doc.text(R - 6, 70 + 13 * i, v, 8, True, "r")
    doc.text(L, 104, "CELINE MOREAU", 9)
    doc.text(L, 115, "1507 BAYOU LAFITTE DRIVE", 9)
    doc.text(L, 126, "THIBODEAUX POINT LA 70394", 9)
    doc.text(L, 152, "This statement lists every account for which you are the guarantor. Charges are itemized; "
             "insurance activity follows each account.", 7.5)
    doc.y = 178
    due = ZERO
    for a in accts:
        cur["a"] = None
        doc.need(80)
        cur["a"] = a
        ahead(a)
        sv = a[6]
        for s in sv:
            doc.need(12)
            vals = [dfmt(s.dos, "mdy4"), REV[s.code], s.code, " ".join(s.mods), G.units_str(s.units), s.desc,
                    m(s.billed)]
            row(doc, cols, vals, 7.5)
            rec.line(doc, s, claim_id=a[0], payer_claim_id=a[4], patient=a[1], printed=("billed",),
                     row_toks=[v for i, v in enumerate(vals) if i != 5])
            doc.y += 11
        doc.need(70)
        doc.hline(L + 204, R, doc.y - 8, 0.3)
        doc.text(L + 204, doc.y, "Total charges", 7.5, True)
        doc.text(R - 4, doc.y, m(T(sv, "billed")), 7.5, True, "r")
        doc.y += 12
        act = [("02/06/2026", f"Payment - {a[3]}, claim {a[4]}", -T(sv, "paid")),
               ("02/06/2026", "Contractual allowance - " + a[3], -T(sv, "discount"))]
        for dt, txt, v in act:
            doc.text(L + 4, doc.y, dt, 7.5)
            doc.text(L + 204, doc.y, txt, 7.5)
            doc.text(R - 4, doc.y, m(v), 7.5, False, "r")
            doc.y += 11
        bal = T(sv, "billed") - T(sv, "paid") - T(sv, "discount")
        assert bal == T(sv, "owes")
        doc.text(L + 204, doc.y, "Account balance - your responsibility", 7.5, True)
        doc.text(R - 4, doc.y, m(bal), 7.5, True, "r")
        due += bal
        rec.claim(a[0], a[4], a[1], billed=T(sv, "billed"))
        doc.y += 24
    cur["a"] = None
    doc.need(50)
    doc.rect(L + 300, doc.y - 12, R - L - 300, 30, fill=0.85)
    doc.text(L + 308, doc.y + 4, "TOTAL AMOUNT DUE", 10, True)
    doc.text(R - 8, doc.y + 4, money(due), 10, True, "r")
    return doc, rec, "s2_hospital_guarantor_statement", "hospital guarantor statement with itemized charges", \
        [], [], {}


def main(argv: list[str]) -> int:
    import tempfile
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout180_"))
    samples = (Path(__file__).resolve().parents[2] / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    for fn in LAYOUTS:
        doc, rec, name, desc, legend, findings, planted = fn()
        pdf = out / f"{name}.pdf"
        doc.save(pdf)
        G.write_truth(pdf, name, doc.producer, doc.page, desc, rec.lines, rec.claims, legend, findings)
        msg = f"{name}: {doc.page} pages, {len(rec.lines)} lines, {len(rec.claims)} claims"
        if check:
            errs = check_file(pdf, rec.meta, planted)
            msg += "  check " + ("OK" if not errs else f"FAILED ({len(errs)})")
            for e in errs[:12]:
                msg += "\n    " + e
            bad += bool(errs)
        print(msg)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
