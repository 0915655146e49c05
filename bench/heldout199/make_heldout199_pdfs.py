"""Write the held-out set 199 of synthetic PDF EOB layouts (with truth files) into a folder: a one-time, honest
measurement of the PDF reader on house styles nobody developing it has seen.

Run:  python bench/heldout199/make_heldout199_pdfs.py OUT_DIR            (write the PDFs and truth files)
      python bench/heldout199/make_heldout199_pdfs.py OUT_DIR --check    (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness). Helper module: bench/heldout199/h199kit.py (page model, two renderers,
the self-check).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth / truth_line): printed values only, null
for what a layout does not print (units null where no quantity is printed); claim_id = the provider's own
account / patient-control / statement-visit number, payer_claim_id = the payer's claim number / ICN / TCN /
reference, patient = the person served exactly as printed (not the guarantor or subscriber). Adjustments only
where the page prints a group+reason code; remarks = the printed note / remark / EOB codes of the line.
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.

Layouts (six of the planned ten; written under a hard time stop):
  c1  commercial member EOB for a family (reportlab, portrait Liberation Sans): left sidebar with plan-year
      deductible / out-of-pocket meters, per-patient "Claim for" blocks, "Amount billed / Plan discount / Not
      covered / Plan paid / Your share / Note", numbered note legend; the first claim continues on page 2 with
      the column header repeated and "(continued)"; no units, code in the description "Manual therapy - 97140"
  c2  commercial member EOB, landscape ruled grid (fpdf2, DejaVu Serif Condensed): "Service / Date / Code / Mods /
      Units / Charges / Allowed Amount / Non-Covered / Deductible / Copay / Coinsurance / Paid by Plan / Member
      Owes / Remark", three family members, a denied line, subtotal row per claim, letter remark legend
  m1  Medicare Advantage member monthly EOB (reportlab, DejaVu Sans): claim heading "Claim ID / Provider /
      Received / Processed", "Service date / What you got / Provider charged / Plan approved / Plan paid / You
      may owe / Notes", code in parentheses, no units and no modifiers printed, a non-covered line
  m2  Medicare Summary Notice Part B, older style (fpdf2, Liberation Serif): page-1 deductible and "Total You May
      Be Billed" boxes, "Dates of Service / Services Provided / Amount Charged / Medicare Approved / Medicare Paid
      Provider / You May Be Billed / See Notes", quantity before the description "2 Therapeutic exercises
      (97110)", no modifiers, claim totals, notes section
  d1  state Medicaid remittance advice, monospace landscape (fpdf2, core Courier): "CLAIMS PAID / CLAIMS DENIED /
      ADJUSTED CLAIMS" sections, ICN / RECIPIENT NAME / RECIPIENT ID / PATIENT ACCT heading per claim, "LN
      FROM-DOS TO-DOS PROC-MOD UNITS BILLED ALLOWED PAID EOB", trailing-minus reversal and its replacement, EOB
      code legend, two pages
  s1  outpatient therapy clinic family statement (reportlab, core Helvetica): tear-off remit stub, guarantor
      account, visit heading with the insurer's claim #, "Date / Description / Code / Qty / Charges / Ins Paid /
      Adjust / Your Balance", three family members, visit totals, two pages

--check tests the factory, not the reader: page counts; every truth code, modifier, units value and printed line
amount is on the SAME extracted text row as its service; dates, adjustment codes and amounts, remarks on the
line's page; ids and patients in the document's text; billed - adjustments = paid where a layout prints every
adjustment with its amount; claim totals printed and equal to the sum of their lines unless a planted mismatch
is declared as an expected finding.
"""
from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import h199kit as K  # noqa: E402
from eobgen import (ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare,  # noqa: E402
                    money, negate, q, total, truth_line, write_truth)

D = date
META: dict[str, dict] = {}


def svcs(dos, items, fn, **kw):
    out = []
    for it in items:
        code, units, mods = it[0], it[1], it[2]
        s = Svc(dos, code, Decimal(str(units)), tuple(mods))
        if len(it) > 3 and it[3]:
            s.denied = it[3]
        out.append(fn(s, **kw))
    return out


def m0(d):
    return money(d, ",")


# ============================================================================ c1 commercial member EOB, family
def c1(out: Path):
    doc = K.Doc()
    F, B = "LibSans", "LibSans-B"
    fam = [("Marisol Etxeberria", "01"), ("Teodoro Etxeberria", "02"), ("Luz Etxeberria", "03")]
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"))
    claims = [
        (fam[2][0], "WPR-88104", "E26-0113-55021", "Brightwater Pediatric Therapy",
         svcs(D(2026, 1, 13), [("97530", 3, ("GO",)), ("97535", 1, ("GO",)), ("97110", 2, ("GO",))], commercial, st=st)
         + svcs(D(2026, 1, 15), [("97530", 2, ("GO",)), ("97112", 1, ("GO",)), ("97140", 1, ("GO",)),
                                 ("97535", 2, ("GO",)), ("0552T", 1, (), "PR")], commercial, st=st)
         + svcs(D(2026, 1, 20), [("97530", 3, ("GO",)), ("97110", 1, ("GO",)), ("97112", 2, ("GO",))],
                commercial, st=st)),
        (fam[0][0], "WPR-88131", "E26-0114-60877", "Harborline Physical Therapy",
         svcs(D(2026, 1, 14), [("97161", 1, ("GP",)), ("97110", 2, ("GP",))], commercial, st=st)),
        (fam[1][0], "WPR-88150", "E26-0121-10442", "Northgate Family Medicine",
         svcs(D(2026, 1, 21), [("99213", 1, ()), ("G0283", 1, ())], commercial, st=st)),
    ]
    notes = {"1": "The plan discount is the difference between the billed amount and our network rate. You do "
                  "not owe it.", "2": "This service is not covered under your plan. You may owe the provider.",
             "3": "Part of this amount went toward your deductible."}
    lines, cl = [], []

    def furniture(first):
        doc.new_page()
        doc.text(40, 40, "CEDARLINE HEALTH PLANS", B, 15)
        doc.text(40, 54, "Explanation of Benefits  -  THIS IS NOT A BILL", F, 9)
        doc.text(572, 40, f"Page {doc.pno} of {{N}}", F, 8, "r")
        doc.text(572, 52, "Statement date: 02/03/2026", F, 8, "r")
        doc.line(40, 62, 572, 62, 1.2)
        doc.text(306, 770, "Cedarline Health Plans  |  PO Box 4471, Tallow Creek, OR 97390  |  1-800-555-0142",
                 F, 7, "c")
        if first:
            doc.rect(40, 72, 150, 250, 0.6, 0.93)
            y = 88
            for t, f_ in (("Subscriber", B), ("Ramon Etxeberria", F), ("Member ID  CDL448210937", F),
                          ("Group  ALPINE MILLWORKS 2207", F), ("", F), ("Plan year to date", B),
                          ("Family deductible", F), ("$1,500.00 met: $1,212.40", F), ("Out-of-pocket limit", F),
                          ("$6,000.00 met: $2,031.77", F), ("", F), ("Covered on this statement", B)):
                doc.text(48, y, t, f_, 8.5)
                y += 12
            for nm, sfx in fam:
                doc.text(48, y, f"{nm} ({sfx})", F, 8.5)
                y += 12
            doc.rect(40, 520, 532, 70, 0.6)
            doc.text(50, 536, "A message about your therapy benefits", B, 10)
            doc.para(50, 552, "Your plan covers up to 40 combined outpatient therapy visits each plan year. Visits "
                     "after the 20th need prior approval. Ask your therapist to send a plan of care to keep your "
                     "visits covered.", F, 8.5, 510)
            doc.text(210, 84, "Ramon Etxeberria", F, 10)
            doc.text(210, 97, "2280 Quarry Hill Rd", F, 10)
            doc.text(210, 110, "Tallow Creek, OR 97390", F, 10)
            return 140
        return 78

    cols = K.Cols([(40, "l"), (112, "l"), (330, "r"), (392, "r"), (447, "r"), (500, "r"), (550, "r"), (556, "l")])
    heads = ["Date", "Service", "Amount billed", "Plan discount", "Not covered", "Plan paid", "Your share",
             "Note"]

    def header(y, x0=210):
        doc.line(40, y - 9, 572, y - 9)
        cols.row(doc, y, heads, B, 7)
        doc.line(40, y + 3, 572, y + 3)
        return y + 14

    furniture(True)
    y = 150
    for ci, (pat, acct, clm, prov, ss) in enumerate(claims):
        x = 210 if doc.pno == 1 and y < 330 else 40
        doc.text(x, y, f"Claim for {pat}", B, 10)
        doc.text(x, y + 12, f"Provider: {prov}", F, 8)
        doc.text(x, y + 23, f"Claim number: {clm}   Patient account: {acct}", F, 8)
        y = 336 if doc.pno == 1 and y < 330 else y + 44
        y = header(y)
        for s in ss:
            if y > (470 if doc.pno == 1 else 730):
                y = furniture(False)
                doc.text(40, y + 8, f"Claim for {pat} (continued)   Claim number: {clm}", B, 9)
                y = header(y + 30)
            note = []
            if s.denied:
                note = ["2"]
            elif s.deductible:
                note = ["3"]
            nt = ",".join((["1"] if s.discount else []) + note)
            desc = f"{s.desc} - {s.code}{(' ' + ' '.join(s.mods)) if s.mods else ''}"
            cols.row(doc, y, [dfmt(s.dos, "mdy2"), desc, m0(s.billed), m0(s.discount), m0(s.not_covered),
                              m0(s.paid), m0(s.owes), nt], F, 7.5)
            lines.append(truth_line(doc.pno, s, claim_id=acct, payer_claim_id=clm, patient=pat, units=False,
                                    printed=("billed", "paid", "patient_owes", "not_covered", "discount"),
                                    remarks=nt.split(",") if nt else [], description=True))
            y += 13
        doc.line(40, y - 8, 572, y - 8)
        cols.row(doc, y, ["", "Claim total", m0(total(ss, "billed")), m0(total(ss, "discount")),
                          m0(total(ss, "not_covered")), m0(total(ss, "paid")), m0(total(ss, "owes")), ""], B, 7.5)
        cl.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                   "totals": claim_totals(total(ss, "billed"), None, total(ss, "paid"), total(ss, "owes"))})
        y += 30
        if y > 600:
            y = furniture(False)
    doc.text(40, y, "Notes", B, 10)
    y += 14
    for k, v in notes.items():
        y = doc.para(56, y, v, F, 8.5, 500)
        doc.text(40, y - 10.6, k, B, 8.5)
        y += 4
    y += 10
    doc.para(40, y, "Questions? Call Member Services at 1-800-555-0142. You have 180 days from the date of this "
                    "statement to ask us to review a decision.", F, 8.5, 520)
    p = out / "h199_c1_family_eob.pdf"
    doc.save_reportlab(p, "Explanation of Benefits")
    write_truth(p, "c1", "reportlab", doc.pno, "commercial family member EOB with sidebar", lines, cl,
                list(notes.items()))
    META[p.stem] = {}


# ============================================================================ a shared table engine
def engine(out: Path, cfg: dict):
    """Claim blocks with a service table, paginated; cfg supplies the house style."""
    doc = K.Doc(cfg.get("size", K.LETTER))
    F, B, fs = cfg["F"], cfg["B"], cfg["fs"]
    W = doc.W
    L, R = cfg.get("margin", 36), W - cfg.get("margin", 36)
    lead = cfg.get("lead", fs * 1.45)
    bottom = doc.H - cfg.get("foot", 60)
    lines, cl = [], []
    cols = K.Cols([(c[1], c[2]) for c in cfg["cols"]])

    def furniture():
        doc.new_page()
        y = cfg["furniture"](doc, F, B)
        return y

    def header(y):
        heads = [c[0] for c in cfg["cols"]]
        two = any("\n" in h for h in heads)
        if cfg.get("rule") == "box":
            doc.rect(L, y - fs - 3, R - L, (lead * 2 if two else lead) + 3, 0.4, 0.88)
        elif cfg.get("rule") == "rule":
            doc.line(L, y - fs - 3, R, y - fs - 3, 0.6)
        for c in cfg["cols"]:
            parts = c[0].split("\n")
            for j, p in enumerate(parts):
                doc.text(c[1], y + j * (fs + 1), p, B, fs - 0.5, c[2])
        y += (fs + 1) * (2 if two else 1)
        if cfg.get("rule") in ("rule", "dash"):
            if cfg.get("rule") == "dash":
                doc.text(L, y + 1, "-" * cfg.get("dashn", 120), F, fs)
            else:
                doc.line(L, y - fs + 2, R, y - fs + 2, 0.4)
        return y + lead * 0.6

    y = furniture()
    y = cfg.get("first_y", y)
    sect = None
    for ci, c in enumerate(cfg["claims"]):
        if c.get("section") and c["section"] != sect:
            sect = c["section"]
            if y + lead * 5 > bottom:
                y = furniture()
            doc.text(L, y + 4, sect, B, fs + 1.5)
            y += lead * 1.8
        if c.get("newpage") or y + lead * (len(c["head"]) + 4) > bottom:
            y = furniture()
        for hl in c["head"]:
            doc.text(L, y, hl, B if hl is c["head"][0] else F, fs)
            y += lead
        y += lead * 0.3
        if ci == 0 or cfg.get("header_each", True):
            y = header(y)
        for s in c["svcs"]:
            sub = cfg.get("sub", lambda s: [])(s)
            wrapped = cfg.get("wrapdesc", lambda s: [])(s)
            if y + lead * (1 + len(sub) + len(wrapped)) > bottom - (c.get("squeeze", 0) if doc.pno == 1 else 0):
                y = furniture()
                if cfg.get("cont"):
                    doc.text(L, y, cfg["cont"](c), B, fs)
                    y += lead * 1.3
                if cfg.get("repeat_header", True):
                    y = header(y)
            vals = [col[3](s) for col in cfg["cols"]]
            cols.row(doc, y, vals, F, fs)
            adj = cfg.get("adjs", lambda s: [])(s)
            lines.append(truth_line(doc.pno, s, claim_id=c["acct"], payer_claim_id=c["clm"], patient=c["pat"],
                                    printed=cfg["printed"], units=cfg.get("units", True),
                                    modifiers=cfg.get("mods", True), adjustments=adj,
                                    remarks=cfg.get("remarks", lambda s: [])(s),
                                    description=cfg.get("desc", True),
                                    service_end=s.end if cfg.get("ends") else None))
            y += lead
            for w in wrapped:
                doc.text(cfg["wrap_x"], y, w, F, fs)
                y += lead
            for sl in sub:
                doc.text(cfg.get("sub_x", L + 40), y, sl, F, fs - 0.5)
                y += lead * 0.95
            if cfg.get("row_rule"):
                doc.line(L, y - lead + 3, R, y - lead + 3, 0.2)
        ss = c["svcs"]
        if cfg.get("total"):
            if y + lead * 2 > bottom:
                y = furniture()
            if cfg.get("rule") != "dash":
                doc.line(cfg.get("tot_x0", L), y - fs, R, y - fs, 0.5)
            cols.row(doc, y, cfg["total"](ss, c), B, fs)
            y += lead
        tk = cfg.get("tot_keys", ("billed", "allowed", "paid", "patient_owes"))
        tt = {k: (total(ss, {"patient_owes": "owes"}.get(k, k)) if k in tk else None)
              for k in ("billed", "allowed", "paid", "patient_owes")}
        if c.get("tot_override"):
            tt.update(c["tot_override"])
        cl.append({"claim_id": c["acct"], "payer_claim_id": c["clm"], "patient": c["pat"],
                   "totals": claim_totals(**tt) if cfg.get("total") else None})
        for el in cfg.get("after_claim", lambda c: [])(c):
            doc.text(L, y, el, F, fs)
            y += lead
        y += lead * cfg.get("gap", 1.2)
    # legend
    if cfg.get("legend"):
        if y + lead * (len(cfg["legend"]) + 3) > bottom:
            y = furniture()
        doc.text(L, y, cfg.get("legend_title", "Explanation of codes"), B, fs + 1)
        y += lead * 1.3
        for k, v in cfg["legend"]:
            doc.text(L, y, k, B, fs)
            y = doc.para(L + cfg.get("legend_w", 40), y, v, F, fs, R - L - cfg.get("legend_w", 40), lead)
        y += lead
    if cfg.get("closing"):
        if y + lead * 3 > bottom:
            y = furniture()
        y = doc.para(L, y, cfg["closing"], F, fs, R - L, lead)
    p = out / (cfg["name"] + ".pdf")
    (doc.save_reportlab if cfg["producer"] == "reportlab" else doc.save_fpdf)(p, cfg["title"])
    write_truth(p, cfg["layout"], cfg["producer"], doc.pno, cfg["descr"], lines, cl, cfg.get("legend", []),
                cfg.get("findings", []))
    META[p.stem] = cfg.get("meta", {})
    return doc.pno


def adjs_of(s):
    return [(g, c, a) for g, c, a in s.adjs if a]


def modj(s, sep=" "):
    return sep.join(s.mods)


def pageno(doc, x, y, f, size, fmt="Page {p} of {N}", align="r"):
    doc.text(x, y, fmt.replace("{p}", str(doc.pno)), f, size, align)


# ============================================================================ c2 commercial member EOB, grid
def c2(out):
    st = PlanState(ded_left=Decimal("0"), copay_codes={"99213": Decimal("30.00")}, coins_rate=Decimal("0.10"))
    st2 = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.10"))
    claims = [
        dict(pat="Priya Venkataraman", acct="SLS-20391", clm="4Q26011900218",
             svcs=svcs(D(2026, 1, 19), [("92523", 1, ("GN",)), ("92507", 1, ("GN",))], commercial, st=st2)
             + svcs(D(2026, 1, 26), [("92507", 1, ("GN",)), ("92526", 1, ("GN",), "CO")], commercial, st=st2,
                    deny_reason="96")),
        dict(pat="Arjun Venkataraman", acct="SLS-20407", clm="4Q26012200563",
             svcs=svcs(D(2026, 1, 22), [("99213", 1, ()), ("97760", 2, ("GO", "KX")), ("L3807", 1, ("RT",))],
                       commercial, st=st)),
        dict(pat="Kavya Venkataraman", acct="SLS-20415", clm="4Q26012700091",
             svcs=svcs(D(2026, 1, 27), [("97166", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO", "59"))],
                       commercial, st=st2)),
    ]
    for c in claims:
        c["head"] = [f"Patient: {c['pat']}    Claim #: {c['clm']}    Provider: Orchard Lane Rehab Associates"
                     f"    Provider Acct #: {c['acct']}    Network: In-network"]

    def rem(s):
        return (["D"] if s.denied else []) + (["B"] if s.deductible else []) + (["A"] if s.discount else [])

    def fur(doc, F, B):
        doc.text(36, 40, "Sunspire Mutual Benefit Co.", B, 14)
        doc.text(36, 54, "EXPLANATION OF BENEFITS - This is not a bill", F, 9)
        doc.text(430, 40, "Subscriber: Deepak Venkataraman", F, 8)
        doc.text(430, 51, "Subscriber ID: SMB-7730-41188   Group: 30417 HALVERSON LABS", F, 8)
        doc.text(430, 62, "Date issued: February 4, 2026", F, 8)
        pageno(doc, 756, 40, F, 8)
        doc.line(36, 70, 756, 70, 1)
        doc.text(396, 590, "Sunspire Mutual Benefit Co. - 1190 Meridian Plaza, Fenwick, KS 66870 - "
                 "Customer Care 1-888-555-0190", F, 7, "c")
        return 92

    cols = [("Service", 36, "l", lambda s: s.desc[:34]), ("Date", 196, "l", lambda s: dfmt(s.dos, "mdy4")),
            ("Code", 246, "l", lambda s: s.code), ("Mods", 280, "l", lambda s: modj(s)),
            ("Units", 336, "r", lambda s: K.Decimal(s.units).normalize().__format__("f")),
            ("Charges", 392, "r", lambda s: m0(s.billed)), ("Allowed\nAmount", 446, "r", lambda s: m0(s.allowed)),
            ("Non-\nCovered", 494, "r", lambda s: m0(s.not_covered)),
            ("Deductible", 544, "r", lambda s: m0(s.deductible)), ("Copay", 588, "r", lambda s: m0(s.copay)),
            ("Coinsurance", 640, "r", lambda s: m0(s.coinsurance)),
            ("Paid by\nPlan", 686, "r", lambda s: m0(s.paid)), ("Member\nOwes", 730, "r", lambda s: m0(s.owes)),
            ("Remark", 738, "l", lambda s: " ".join(rem(s)))]

    def tot(ss, c):
        return ["Claim subtotal", "", "", "", "", m0(total(ss, "billed")), m0(total(ss, "allowed")),
                m0(total(ss, "not_covered")), m0(total(ss, "deductible")), m0(total(ss, "copay")),
                m0(total(ss, "coinsurance")), m0(total(ss, "paid")), m0(total(ss, "owes")), ""]
    return engine(out, dict(
        name="h199_c2_grid_eob", layout="c2", producer="fpdf2", title="EOB", size=K.LAND, F="DVSerifC",
        B="DVSerifC-B", fs=7.0, cols=cols, claims=claims, furniture=fur, rule="box", row_rule=True,
        printed=("billed", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid", "patient_owes"),
        remarks=rem, total=tot, descr="commercial member EOB, landscape ruled grid, three family members",
        legend=[("A", "Amount above the network rate; your provider has agreed not to bill you for it."),
                ("B", "Counted toward your calendar-year deductible."),
                ("D", "Not payable: the service was billed with another service that already includes it.")],
        legend_title="Remark codes", closing="To appeal a decision, write to us within 180 days of this notice."))


# ============================================================================ m1 Medicare Advantage EOB
def m1(out):
    st = PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.20"))

    def mk(dos, items):
        return svcs(dos, items, medicare, st=st, sequestration=False)
    claims = [
        dict(pat="Gwendolyn A. Osei", acct=None, clm="MA2601-338210", prov="Riverbend Outpatient Therapy",
             svcs=mk(D(2026, 1, 6), [("97163", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",))])
             + mk(D(2026, 1, 8), [("97110", 3, ("GP",)), ("97112", 1, ("GP",)), ("97116", 2, ("GP",))])
             + mk(D(2026, 1, 13), [("97110", 2, ("GP", "CQ")), ("97530", 2, ("GP", "CQ")),
                                   ("G0283", 1, ("GP",))])
             + mk(D(2026, 1, 15), [("97110", 2, ("GP",)), ("97116", 2, ("GP",)), ("97140", 1, ("GP",))])),
        dict(pat="Gwendolyn A. Osei", acct=None, clm="MA2601-351774", prov="Lakemont Speech & Swallow Clinic",
             svcs=mk(D(2026, 1, 20), [("92523", 1, ("GN",)), ("92526", 1, ("GN",))])
             + mk(D(2026, 1, 27), [("92507", 1, ("GN",)), ("92526", 1, ("GN",))])),
        dict(pat="Gwendolyn A. Osei", acct=None, clm="MA2601-360092", prov="Dr. Faisal Mirza, Internal Medicine",
             svcs=mk(D(2026, 1, 22), [("99213", 1, ()), ("0552T", 1, (), "PR")])),
    ]
    for c in claims:
        c["head"] = [f"Claim ID: {c['clm']}", f"Provider: {c['prov']}    Received: 01/29/2026    Processed: "
                     f"02/02/2026    Network: In-network"]

    def notes(s):
        return ["N3"] if s.denied else (["N1"] if "CQ" in s.mods else [])

    def fur(doc, F, B):
        doc.text(40, 44, "Bluestem Senior Advantage (HMO)", B, 13)
        doc.text(40, 58, "Your Explanation of Benefits for January 2026", F, 9.5)
        doc.text(40, 70, "Member: Gwendolyn A. Osei    Member ID: H9012-004471-01", F, 8.5)
        pageno(doc, 572, 44, F, 8)
        doc.line(40, 78, 572, 78, 0.8)
        doc.text(306, 760, "Bluestem Senior Advantage - Y0991_EOB26_M  - Call 1-877-555-0133 (TTY 711), 8 am "
                 "to 8 pm, 7 days a week", F, 6.5, "c")
        if doc.pno == 1:
            doc.rect(40, 88, 532, 62, 0.5, 0.94)
            doc.text(50, 102, "Your medical services this month", B, 10)
            doc.text(50, 116, "Total provider charges   Plan approved   Plan paid   You may owe", F, 8)
            return 172
        return 98
    cols = [("Service date", 40, "l", lambda s: dfmt(s.dos, "mdy4")),
            ("What you got", 100, "l", lambda s: f"{s.desc} ({s.code})"),
            ("Provider\ncharged", 380, "r", lambda s: money(s.billed)),
            ("Plan\napproved", 436, "r", lambda s: money(s.allowed)),
            ("Plan\npaid", 490, "r", lambda s: money(s.paid)),
            ("You may\nowe", 540, "r", lambda s: money(s.owes)), ("Notes", 548, "l", lambda s: " ".join(notes(s)))]

    def tot(ss, c):
        return ["", "Total for this claim", money(total(ss, "billed")), money(total(ss, "allowed")),
                money(total(ss, "paid")), money(total(ss, "owes")), ""]
    return engine(out, dict(
        name="h199_m1_ma_eob", layout="m1", producer="reportlab", title="EOB", F="DVSans", B="DVSans-B", fs=7.5,
        cols=cols, claims=claims, furniture=fur, rule="rule", printed=("billed", "allowed", "paid", "patient_owes"),
        units=False, mods=False, remarks=notes, total=tot, margin=40,
        cont=lambda c: f"Claim ID: {c['clm']} (continued)",
        descr="Medicare Advantage member monthly EOB", legend_title="Notes",
        legend=[("N1", "This service was given by a therapy assistant, so the plan pays a reduced rate."),
                ("N3", "Your plan does not cover this service. You may be billed for the full charge.")],
        closing="Keep this notice for your records. If you think we made a mistake, you can ask us to "
                "reconsider within 65 days."))


# ============================================================================ m2 Medicare Summary Notice
def m2(out):
    st = PlanState(ded_left=Decimal("283.00"), coins_rate=Decimal("0.20"))

    def mk(dos, items):
        return svcs(dos, items, medicare, st=st)
    claims = [
        dict(pat="FLORENCE M. KADLEC", acct=None, clm="26-011-7730-4418-00",
             prov="Cobblestone Therapy Group, 44 Wharf Street, Dunmore, PA 18512",
             svcs=mk(D(2026, 1, 5), [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",))])
             + mk(D(2026, 1, 7), [("97110", 2, ("GP",)), ("97112", 2, ("GP",)), ("97530", 1, ("GP",))])
             + mk(D(2026, 1, 12), [("97110", 3, ("GP",)), ("97116", 1, ("GP",)), ("G0283", 1, ("GP",))])
             + mk(D(2026, 1, 14), [("97110", 2, ("GP",)), ("97530", 2, ("GP",)), ("97140", 1, ("GP",))])
             + mk(D(2026, 1, 19), [("97110", 2, ("GP",)), ("97112", 1, ("GP",)), ("97116", 2, ("GP",))])),
        dict(pat="FLORENCE M. KADLEC", acct=None, clm="26-016-2290-0713-00",
             prov="Hollis Hand & Upper Limb Center, 9 Grant Ave, Dunmore, PA 18512",
             svcs=mk(D(2026, 1, 16), [("97165", 1, ("GO",)), ("97760", 1, ("GO",)), ("L3807", 1, ("RT",))])),
    ]
    for c in claims:
        c["head"] = [f"Claim number {c['clm']}", c["prov"], "Referred by: Anneliese Brandt, MD"]

    def notes(s):
        return (["a"] if s.discount else []) + (["b"] if s.deductible else []) + ["c"]

    def fur(doc, F, B):
        doc.text(36, 42, "Medicare Summary Notice for Part B (Medical Insurance)", B, 13)
        doc.text(36, 58, "THIS IS NOT A BILL   -   Notice date: February 6, 2026", F, 9)
        doc.text(36, 70, "FLORENCE M. KADLEC    Medicare number ending in 7Q21", F, 9)
        pageno(doc, 576, 42, F, 9)
        doc.line(36, 78, 576, 78, 1.0)
        doc.text(36, 764, "Get help: 1-800-555-0172 (invented number)   This notice covers claims processed "
                 "January 1 - January 31, 2026", F, 7)
        if doc.pno == 1:
            doc.rect(36, 88, 260, 70, 0.8)
            doc.text(44, 102, "Your Deductible Status", B, 10)
            doc.para(44, 116, "Your Part B deductible for 2026 has been met by the claims on this notice.", F, 8.5,
                     245)
            doc.rect(316, 88, 260, 70, 0.8)
            doc.text(324, 102, "Total You May Be Billed", B, 10)
            doc.text(324, 120, money(sum((s.owes for c in claims for s in c["svcs"]), ZERO)), B, 14)
            return 180
        return 100
    cols = [("Dates of\nService", 36, "l", lambda s: dfmt(s.dos, "mdy2")),
            ("Services Provided", 84, "l", lambda s: f"{K.Decimal(s.units).normalize():f} {s.desc} ({s.code})"),
            ("Amount\nCharged", 362, "r", lambda s: money(s.billed)),
            ("Medicare\nApproved", 420, "r", lambda s: money(s.allowed)),
            ("Medicare Paid\nProvider", 488, "r", lambda s: money(s.paid)),
            ("You May Be\nBilled", 540, "r", lambda s: money(s.owes)),
            ("See\nNotes", 548, "l", lambda s: ",".join(notes(s)))]

    def tot(ss, c):
        return ["", "Claim Total", money(total(ss, "billed")), money(total(ss, "allowed")),
                money(total(ss, "paid")), money(total(ss, "owes")), ""]
    return engine(out, dict(
        name="h199_m2_msn", layout="m2", producer="fpdf2", title="MSN", F="LibSerif", B="LibSerif-B", fs=8.5,
        cols=cols, claims=claims, furniture=fur, rule="rule", printed=("billed", "allowed", "paid", "patient_owes"),
        mods=False, remarks=notes, total=tot, repeat_header=True, cont=lambda c: f"Claim number {c['clm']} "
        "(continued)", descr="Medicare Summary Notice Part B older style", legend_title="Notes Section",
        legend=[("a", "The approved amount is set by the Medicare fee schedule; the provider accepted it."),
                ("b", "This amount was applied toward your yearly deductible."),
                ("c", "The provider agreed to take the approved amount as payment in full.")],
        legend_w=20, closing="If you disagree with a decision on this notice, you may file an appeal by "
                             "June 8, 2026."))


# ============================================================================ d1 Medicaid RA, monospace
def d1(out):
    def mk(dos, items, deny=None):
        return svcs(dos, items, medicaid, **({"deny_reason": deny} if deny else {}))
    kids = [("ABERNATHY, SKYE", "100443291", "MT1187"), ("OYELARAN, TOBI", "100518806", "MT1190"),
            ("QUILLEN, MAE", "100602117", "MT1203")]
    v1 = (mk(D(2026, 1, 5), [("97530", 3, ("GO",)), ("97535", 1, ("GO",))])
          + mk(D(2026, 1, 7), [("97530", 2, ("GO",)), ("97112", 1, ("GO",))])
          + mk(D(2026, 1, 12), [("97530", 3, ("GO",)), ("97110", 1, ("GO",))])
          + mk(D(2026, 1, 14), [("97530", 2, ("GO",)), ("97535", 2, ("GO",))])
          + mk(D(2026, 1, 19), [("97530", 3, ("GO",)), ("97112", 1, ("GO",))])
          + mk(D(2026, 1, 21), [("97530", 2, ("GO",)), ("97110", 2, ("GO",))])
          + mk(D(2026, 1, 26), [("97530", 3, ("GO",)), ("97535", 1, ("GO",))])
          + mk(D(2026, 1, 28), [("97530", 2, ("GO",)), ("97112", 2, ("GO",))]))
    orig = mk(D(2025, 12, 15), [("92507", 1, ("GN",)), ("92526", 1, ("GN",))])
    rev = [negate(s) for s in orig]
    repl = mk(D(2025, 12, 15), [("92507", 1, ("GN",)), ("92526", 1, ("GN", "59"))])
    den = mk(D(2026, 1, 9), [("97168", 1, ("GO",)), ("97530", 4, ("GO",))], deny="A1")
    for s in den:
        s.adjs = []
    claims = [
        dict(section="CLAIMS PAID", pat=kids[0][0], acct=kids[0][2], clm="2026034100123", svcs=v1, rid=kids[0][1]),
        dict(section="CLAIMS DENIED", pat=kids[1][0], acct=kids[1][2], clm="2026034100417", svcs=den,
             rid=kids[1][1]),
        dict(section="ADJUSTED CLAIMS", pat=kids[2][0], acct=kids[2][2], clm="2026034900052", svcs=rev,
             rid=kids[2][1]),
        dict(section="ADJUSTED CLAIMS", pat=kids[2][0], acct=kids[2][2], clm="2026034900053", svcs=repl,
             rid=kids[2][1]),
    ]
    for c in claims:
        c["head"] = [f"ICN {c['clm']}  RECIPIENT NAME: {c['pat']}  RECIPIENT ID: {c['rid']}  "
                     f"PATIENT ACCT: {c['acct']}"]

    def eob(s):
        if s.denied or not s.allowed and s.billed > 0:
            return ["0278"]
        return ["0102"] if s.discount else ["0001"]
    cw = 0.6 * 8

    def x(n):
        return 30 + n * cw

    def fur(doc, F, B):
        doc.text(30, 36, "STATE OF NEW CALDERA  DEPARTMENT OF FAMILY HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM",
                 B, 9)
        doc.text(30, 48, "REMITTANCE ADVICE   PROVIDER: WILLOWMERE PEDIATRIC OT LLC   PROVIDER NO: 0048817220   "
                 "RA NO: 0419922   PAYMENT DATE: 02/05/2026", F, 8)
        pageno(doc, 762, 36, F, 8, "PAGE {p}")
        doc.text(30, 590, "CODES: SEE EOB CODE DESCRIPTIONS AT END OF REMITTANCE", F, 7)
        return 74
    fm = lambda d: money(d, ",", "trail")  # noqa: E731
    cols = [("LN", x(2), "r", None), ("FROM-DOS", x(4), "l", lambda s: dfmt(s.dos, "mdy4")),
            ("TO-DOS", x(16), "l", lambda s: dfmt(s.dos, "mdy4")),
            ("PROC-MOD", x(28), "l", lambda s: s.code + ("-" + "-".join(s.mods) if s.mods else "")),
            ("UNITS", x(48), "r", lambda s: f"{s.units:.2f}"), ("BILLED", x(62), "r", lambda s: fm(s.billed)),
            ("ALLOWED", x(76), "r", lambda s: fm(s.allowed)), ("PAID", x(90), "r", lambda s: fm(s.paid)),
            ("EOB", x(93), "l", lambda s: " ".join(eob(s)))]
    counter = {"n": 0}

    def ln(s):
        counter["n"] += 1
        return f"{counter['n']:02d}"
    cols[0] = ("LN", x(2), "r", ln)

    def tot(ss, c):
        counter["n"] = 0
        return ["", "CLAIM TOTAL", "", "", "", fm(total(ss, "billed")), fm(total(ss, "allowed")),
                fm(total(ss, "paid")), ""]
    return engine(out, dict(
        name="h199_d1_medicaid_ra", layout="d1", producer="fpdf2", title="RA", size=K.LAND, F="Courier",
        B="Courier-Bold", fs=8, cols=cols, claims=claims, furniture=fur, rule="dash", dashn=130,
        printed=("billed", "allowed", "paid"), remarks=eob, total=tot, tot_keys=("billed", "allowed", "paid"),
        margin=30, foot=60, cont=lambda c: f"ICN {c['clm']} CONTINUED", descr="state Medicaid RA, monospace",
        legend_title="EOB CODE DESCRIPTIONS",
        legend=[("0001", "PAID AS BILLED."), ("0102", "PAID AT THE STATE MAXIMUM FEE FOR THIS PROCEDURE."),
                ("0278", "PRIOR AUTHORIZATION NOT ON FILE FOR THESE DATES. RESUBMIT WITH AUTH NUMBER.")]))


# ============================================================================ s1 therapy clinic family statement
def s1(out):
    st = PlanState(ded_left=Decimal("40.00"), visit_copay=Decimal("25.00"))
    fam = ["Nadia Brennan-Ruiz", "Colm Brennan-Ruiz", "Ines Brennan-Ruiz"]
    visits = []
    n = 70410
    plan = [(fam[0], D(2026, 1, 6), [("97165", 1, ("GO",)), ("97530", 2, ("GO",))]),
            (fam[1], D(2026, 1, 7), [("92523", 1, ("GN",))]),
            (fam[0], D(2026, 1, 13), [("97530", 3, ("GO",)), ("97535", 1, ("GO",))]),
            (fam[2], D(2026, 1, 14), [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",))]),
            (fam[1], D(2026, 1, 14), [("92507", 1, ("GN",))]),
            (fam[0], D(2026, 1, 20), [("97530", 2, ("GO",)), ("97112", 1, ("GO",)), ("97535", 1, ("GO",))]),
            (fam[2], D(2026, 1, 21), [("97110", 3, ("GP",)), ("97116", 1, ("GP",))]),
            (fam[1], D(2026, 1, 21), [("92507", 1, ("GN",))]),
            (fam[0], D(2026, 1, 27), [("97530", 3, ("GO",)), ("97140", 1, ("GO",))]),
            (fam[2], D(2026, 1, 28), [("97110", 2, ("GP",)), ("97140", 2, ("GP",))])]
    for i, (pat, dos, items) in enumerate(plan):
        n += 7
        visits.append(dict(pat=pat, acct=f"V{n}", clm=f"KM{2600418 + i * 31:09d}",
                           svcs=svcs(dos, items, commercial, st=st)))
    for v in visits:
        v["head"] = [f"Visit {v['acct']}  -  {v['pat']}  -  Keystone Mutual claim # {v['clm']}"]

    def fur(doc, F, B):
        doc.text(40, 40, "Thistle Creek Therapy Partners", B, 14)
        doc.text(40, 53, "412 Mill Race Lane, Suite 3  -  Harlow, VT 05611  -  (802) 555-0161", F, 8)
        pageno(doc, 572, 40, F, 8)
        doc.text(572, 52, "Statement date 02/07/2026", F, 8, "r")
        doc.line(40, 60, 572, 60, 0.8)
        if doc.pno == 1:
            doc.rect(40, 68, 532, 84, 0.5)
            doc.text(48, 82, "PLEASE DETACH AND RETURN THIS PORTION WITH YOUR PAYMENT", B, 8)
            doc.text(48, 96, "Guarantor: Sean Brennan-Ruiz   Guarantor account: G-55107", F, 8.5)
            doc.text(48, 108, "88 Birch Hollow Rd, Harlow, VT 05611", F, 8.5)
            doc.text(400, 96, "Amount due:", F, 8.5)
            doc.text(400, 108, "Due by: 03/01/2026", F, 8.5)
            doc.text(48, 132, "Card number ______________________  Exp ____  Amount paid $________", F, 8.5)
            doc.text(40, 162, "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - "
                     "- - - - - - - - - - - - - - - - - - - - - - -", F, 7)
            return 184
        doc.text(40, 760, "Thistle Creek Therapy Partners - questions about this statement: billing@example.invalid",
                 F, 7)
        return 80
    cols = [("Date", 40, "l", lambda s: dfmt(s.dos, "mdy4")), ("Description", 92, "l", lambda s: s.desc),
            ("Code", 262, "l", lambda s: s.code + (" " + " ".join(s.mods) if s.mods else "")),
            ("Qty", 322, "r", lambda s: f"{s.units:.0f}"), ("Charges", 380, "r", lambda s: m0(s.billed)),
            ("Ins Paid", 436, "r", lambda s: m0(s.paid)), ("Adjust", 490, "r", lambda s: m0(s.discount)),
            ("Your Balance", 566, "r", lambda s: m0(s.owes))]

    def tot(ss, c):
        return ["", "Visit total", "", "", m0(total(ss, "billed")), m0(total(ss, "paid")),
                m0(total(ss, "discount")), m0(total(ss, "owes"))]
    return engine(out, dict(
        name="h199_s1_family_statement", layout="s1", producer="reportlab", title="Statement", F="Helvetica",
        B="Helvetica-Bold", fs=8, cols=cols, claims=visits, furniture=fur, rule="rule", margin=40,
        printed=("billed", "paid", "discount", "patient_owes"), total=tot, tot_keys=("billed", "paid",
                                                                                        "patient_owes"),
        descr="therapy clinic family statement", gap=0.8,
        closing="Balances are due within 30 days. Your insurance has processed every visit shown; the amount in "
                "Your Balance is your copay, deductible or coinsurance."))


# ============================================================================ main
LAYOUTS = [c1, c2, m1, m2, d1, s1]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        print("usage: make_heldout199_pdfs.py OUT_DIR [--check]")
        return 2
    out = Path(args[0]).resolve()
    if (ROOT / "samples").resolve() in (out, *out.parents):
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if "--check" in argv:
        errs = K.check_folder(out, META)
        for e in errs:
            print("FAIL", e)
        import json
        n = sum(len(json.loads(p.read_text())["lines"]) for p in out.glob("*.truth.json"))
        print(f"check: {len(errs)} problems, {n} lines")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
