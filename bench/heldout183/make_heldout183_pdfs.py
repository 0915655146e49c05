"""Write the held-out set 183 of synthetic PDF EOB layouts (with truth files) into a folder: an independent
measurement of the PDF reader on ten everyday documents, two of each of the five commonest real kinds.

Run:  python bench/heldout183/make_heldout183_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout183/make_heldout183_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; <name>.pdf.truth.json), printed values only,
null for what a layout does not print (units null when no quantity is printed for the line); claim_id = the
provider's own account / patient-control / visit number, payer_claim_id = the payer's claim number / ICN / TCN,
patient exactly as printed (the person who got the service, not the subscriber or guarantor). A contractual
write-off printed as a bare amount without a reason code is recorded as "discount" (no adjustment tuple); a
layout's adjustments list is filled only where group and reason codes are printed. Every name, number, payer,
provider, address and ID is invented; descriptions are our own words. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness). Drawing helpers live in h183kit.py.

Layouts:
  c1  commercial member EOB, portrait Liberation Sans (reportlab): summary box of the family's claims, then
      per-claim blocks "Claim for Noor Castellanos" with provider patient account and claim number; columns
      "Date(s) / Service (code) / Provider billed / Plan discount / Plan allowed / Not covered / Deductible /
      Copay / Coinsurance / Plan paid / Your share / Code", code in parentheses after the description, no units,
      wrapped descriptions with the code on the amounts' line, 4 family members, claims flowing onto page 2
  c2  commercial member EOB, landscape DejaVu Sans Condensed (fpdf2): left sidebar "Your plan year so far",
      claims grouped per family member with "Claim ID" and "Patient acct", separate Mod and Units columns,
      "Amount charged / Savings / Amount covered / Plan's share / Your share", a denied line (not covered), remark
      letters with a legend, 4 family members
  m1  Medicare Advantage (Part C) member EOB, portrait Liberation Serif (reportlab): monthly "Your medical
      claims", per-claim boxed heading with plan claim number, "Services and supplies / Provider charged / Plan
      approved / Plan paid / You may owe", HCPCS "97110-GP" glued to a dash, quantity column "Qty", claims
      flowing onto page 2 (header repeated per claim), one member
  m2  Medicare Summary Notice Part B, portrait core Times (fpdf2): page-1 notice with deductible status and
      "Be Informed!" box, claims on page 2 by provider "Claim number", rows "Service Approved? / Amount Provider Charged / Medicare-Approved
      Amount / Medicare Paid Provider / Maximum You May Be Billed / See Notes", code in parentheses, wrapped
      description, a non-approved line, notes section
  d1  state Medicaid remittance advice, landscape core Courier (reportlab): mainframe print "PAID CLAIMS",
      "DENIED CLAIMS", "ADJUSTED CLAIMS" sections; claim header "RECIPIENT NAME / RECIP ID / ICN / PAT ACCT";
      detail "LN FROM TO PROC MOD MOD UNITS BILLED ALLOWED COPAY TPL PAID EOB", MMDDYY dates, trailing-minus
      reversal of a prior claim and its replacement, header repeated, claim continuing over the page break
  d2  managed Medicaid plan provider remittance, portrait DejaVu Sans (fpdf2): per-claim boxed panel "Member /
      Medicaid ID / TCN / Patient Control #", "Line / Service Dates / Proc / Mod / Units / Charged / Allowed /
      Paid / Adj Grp-Rsn / Adj Amt / RARC", service date ranges "01/05/2026-01/16/2026", a denied claim,
      adjustment rows stacked beneath the line
  p1  Medicare-style standard paper remittance from a clearinghouse, portrait Liberation Mono (reportlab):
      "NAME / HIC / ACNT / ICN / ASG / MOA", "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS
      GRP/RC-AMT PROV PD", "0105 010526" date pair, extra adjustment groups on following lines, "PT RESP" and
      "CLAIM TOTALS" lines, a claim spilling to the next page WITHOUT a repeated header
  p2  practice-management system "Remittance Detail" print, landscape Liberation Sans Narrow (fpdf2): grid
      table with the patient name and account on every row, "DOS / CPT / Mods / Qty / Charge / Allowed / Deduct
      / Coins / Adj / Paid / Adj Codes" with codes like "CO45 41.55 PR2 11.05" in one cell, a zero-pay denied
      line, payer totals
  s1  therapy clinic family statement, portrait DejaVu Sans (reportlab): guarantor address block and amount due
      box, visits by child with "Visit #" and insurer claim number, "Date / Patient / Code / Description / Qty /
      Charge / Ins Paid / Contract Adj / You Owe", wrapped descriptions, three children, a visit running to
      page 2 with no header repeated but a "continued" line, aging boxes and remit stub
  s2  hospital outpatient rehabilitation family statement, portrait core Helvetica (fpdf2): right sidebar
      "Amount due / Pay by" on page 1, accounts per family member with hospital account number and insurer claim
      number, "Service date / Rev / HCPCS / Mod / Description / Qty / Charges / Insurance paid / Adjustments /
      Patient balance", two family members, three accounts

The self-check (--check) tests the factory, not the reader: each truth line's code, modifiers, units and
printed amounts are on ONE text line of its page (pdfplumber), its adjustment codes and amounts on that line
or the few lines below, its date and remarks on the page, ids and patients in the document's text; page count
matches; arithmetic: billed - adjustments = paid where every adjustment is printed with its amount, allowed
- deductible - copay - coinsurance - reduction = paid where printed, and printed claim totals equal the sum of
their lines.
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
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen as G  # noqa: E402
from eobgen import LONG_DESC, ZERO, PlanState, Svc, dfmt, money, q, truth_line, units_str  # noqa: E402
from h183kit import Col, Doc, Flow, Table, render_fpdf, render_reportlab  # noqa: E402

D = date
LEGEND_CARC = [("45", "Charge exceeds the fee arrangement"), ("1", "Deductible"), ("2", "Coinsurance"),
               ("3", "Copayment"), ("204", "Service not covered under this plan"),
               ("253", "Federal payment reduction")]


def codestr(s: Svc, sep=" ", modsep=" ") -> str:
    return s.code + (sep + modsep.join(s.mods) if s.mods else "")


def split_desc(doc, desc, suffix, w, size, font=None):
    """First row text (start of the description plus the code) and the wrapped remainder below it."""
    sw = G_width(doc, " " + suffix, size, font) if suffix else 0
    first = doc.wrap(desc, w - sw, size, font=font)
    head = (first[0] + " " + suffix).strip() if suffix else first[0]
    rest = " ".join(first[1:])
    return head, (doc.wrap(rest, w, size, font=font) if rest else [])


def G_width(doc, s, size, font=None):
    from h183kit import width
    return width(s, font or doc.font, size)


class Out:
    def __init__(self, name, producer, desc, landscape, font):
        self.name, self.producer, self.desc = name, producer, desc
        self.doc = Doc(landscape, font)
        self.lines: list = []
        self.claims: list = []
        self.pending: list = []  # (tag, svc, kwargs)
        self.meta: dict = {"totals": []}

    def add(self, tag, s, **kw):
        self.pending.append((tag, s, kw))

    def finish(self, out_dir: Path, flow: Flow, legend=()):
        for tag, s, kw in self.pending:
            self.lines.append(truth_line(flow.placed[tag], s, **kw))
        path = out_dir / (self.name + ".pdf")
        if self.producer == "reportlab":
            render_reportlab(self.doc, str(path), self.name)
        else:
            render_fpdf(self.doc, str(path), self.name)
        G.write_truth(path, self.name, self.producer, len(self.doc.pages), self.desc, self.lines, self.claims,
                      list(legend))
        Path(str(path) + ".check.json").write_text(json.dumps(self.meta, indent=1) + "\n")


def claim_rec(claim_id, pcn, patient, svcs, totals=None):
    t = totals or {}
    return {"claim_id": claim_id, "payer_claim_id": pcn, "patient": patient,
            "totals": G.claim_totals(t.get("billed"), t.get("allowed"), t.get("paid"), t.get("patient_owes"))}


# ============================================================================================ c1
def c1(out_dir: Path):
    o = Out("h183_c1_member_eob", "reportlab", "commercial member EOB, family, code in parentheses", False,
            "LibSans")
    doc = o.doc
    fam = [("Noor Castellanos", "PA-448120", "7720-31845-06", [
        (D(2026, 1, 6), "97165", 1, ("GO",)), (D(2026, 1, 8), "97530", 2, ("GO",)), (D(2026, 1, 8), "97535", 1, ("GO",)),
        (D(2026, 1, 13), "97530", 3, ("GO",)), (D(2026, 1, 13), "97140", 1, ("GO", "59")),
        (D(2026, 1, 15), "97530", 2, ("GO",)), (D(2026, 1, 15), "97110", 2, ("GO",)),
        (D(2026, 1, 20), "97760", 1, ("GO",)), (D(2026, 1, 20), "L3807", 1, ("RT",)),
        (D(2026, 1, 22), "97530", 2, ("GO",)), (D(2026, 1, 22), "97535", 2, ("GO",)),
        (D(2026, 1, 27), "97168", 1, ("GO",)), (D(2026, 1, 27), "97112", 2, ("GO",)),
        (D(2026, 1, 29), "97530", 2, ("GO",)), (D(2026, 1, 29), "97140", 1, ("GO", "59")),
        (D(2026, 1, 30), "97530", 3, ("GO",)), (D(2026, 1, 30), "97535", 1, ("GO",))]),
        ("Mateo Castellanos", "PA-448133", "7720-31902-11", [
            (D(2026, 1, 7), "92523", 1, ("GN",)), (D(2026, 1, 14), "92507", 1, ("GN",)),
            (D(2026, 1, 21), "92507", 1, ("GN",))]),
        ("Ramon Castellanos", "FMC-20931", "7720-32017-02", [
            (D(2026, 1, 9), "99213", 1, ()), (D(2026, 1, 9), "0552T", 1, ())]),
        ("Soledad Castellanos", "PA-448176", "7720-32240-09", [
            (D(2026, 1, 12), "97161", 1, ("GP",)), (D(2026, 1, 14), "97110", 2, ("GP",)), (D(2026, 1, 14), "97140", 1, ("GP",)),
            (D(2026, 1, 19), "97110", 2, ("GP",)), (D(2026, 1, 19), "97112", 1, ("GP",)), (D(2026, 1, 21), "97110", 2, ("GP",)),
            (D(2026, 1, 21), "G0283", 1, ("GP",)), (D(2026, 1, 26), "97110", 2, ("GP",)), (D(2026, 1, 26), "97116", 1, ("GP",)),
            (D(2026, 1, 28), "97110", 2, ("GP",)), (D(2026, 1, 28), "97140", 1, ("GP", "59"))])]
    fam = [fam[1], fam[0], fam[2], fam[3]]
    st = PlanState(ded_left=q("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    claims = []
    for pat, acct, clm, rows in fam:
        svcs = []
        for dos, code, u, mods in rows:
            s = Svc(dos, code, u, mods)
            if code == "0552T":
                s.denied = "PR"
                G.commercial(s, st, "204")
                s.remarks = ["N7"]
            else:
                G.commercial(s, st)
                s.remarks = ["D1"] if s.deductible else []
            if code in LONG_DESC and code in ("97760", "L3807", "97535"):
                s.desc = LONG_DESC[code]
            svcs.append(s)
        claims.append((pat, acct, clm, svcs))

    cols = [Col("Date(s) of\nservice", 52), Col("Service (code)", 120), Col("Provider\nbilled", 44, "r"),
            Col("Plan\ndiscount", 42, "r"), Col("Plan\nallowed", 42, "r"), Col("Not\ncovered", 38, "r"),
            Col("Deductible", 42, "r"), Col("Copay", 28, "r"), Col("Co-\ninsurance", 40, "r"),
            Col("Plan\npaid", 42, "r"), Col("Your\nshare", 40, "r"), Col("Code", 22, "c")]
    t = Table(cols, 36, size=6.8, lead=9.5, head_fill=0.88)

    def page(d: Doc, n):
        d.text(36, 40, "BRIGHTWATER HEALTH PLAN", 15, True)
        d.text(36, 52, "PO Box 61190  ·  Marrow Falls, OR 97399  ·  Member services 1-800-555-0143", 7.5)
        d.text(576, 40, "Explanation of Benefits", 12, True, "r")
        d.text(576, 52, "THIS IS NOT A BILL", 8, True, "r")
        d.line(36, 58, 576, 58, 1.2)
        if n == 1:
            d.text(36, 76, "Soledad Castellanos", 9)
            d.text(36, 87, "2218 Larkspur Terrace", 9)
            d.text(36, 98, "Marrow Falls OR 97391", 9)
            d.rect(350, 66, 226, 48)
            for i, (a, b) in enumerate([("Subscriber", "Soledad Castellanos"), ("Member ID", "BWX 440187263"),
                                        ("Group", "PINECREST SCHOOLS 00412"), ("Statement date", "February 2, 2026")]):
                d.text(356, 77 + i * 10, a, 7.5)
                d.text(570, 77 + i * 10, b, 7.5, True, "r")
            d.text(36, 128, "Summary of claims processed for your family", 9.5, True)
            y = 140
            d.text(36, y, "Patient", 7.5, True)
            d.text(300, y, "Billed", 7.5, True, "r")
            d.text(380, y, "Plan paid", 7.5, True, "r")
            d.text(460, y, "Your share", 7.5, True, "r")
            for pat, acct, clm, svcs in claims:
                y += 10
                d.text(36, y, pat, 7.5)
                d.text(300, y, money(G.total(svcs, "billed")), 7.5, align="r")
                d.text(380, y, money(G.total(svcs, "paid")), 7.5, align="r")
                d.text(460, y, money(G.total(svcs, "owes")), 7.5, align="r")
            return y + 22
        d.text(36, 72, "Subscriber: Soledad Castellanos   Member ID: BWX 440187263", 7.5)
        return 86

    def cont(key):
        return f"Claim for {key} (continued)"

    f = Flow(doc, t, page, 730, repeat_head=True, cont_label=cont)
    f.page(first=True)
    for pat, acct, clm, svcs in claims:
        prov = {"Ramon": "Fernhill Family Medicine", "Soledad": "Stillwater Spine & Sport PT"}.get(
            pat.split()[0], "Tidewater Hand & Occupational Therapy")

        def head(d, y, pat=pat, acct=acct, clm=clm, prov=prov):
            d.text(36, y + 10, f"Claim for {pat}", 9.5, True)
            d.text(36, y + 21, f"Provider: {prov}     Patient account: {acct}     Claim number: {clm}", 7.2)
            d.text(36, y + 31, "Received January 29, 2026   Processed January 31, 2026   Network: In-network", 7.2)
            return y + 36
        f.claim(pat, head, 36)
        for i, s in enumerate(svcs):
            first, extra = split_desc(doc, s.desc, f"({codestr(s, ' ')})", 116, 6.8)
            cells = [dfmt(s.dos, "mdy2"), first, money(s.billed, ","), money(s.discount, ","),
                     money(s.allowed, ","), money(s.not_covered, ","), money(s.deductible, ","), money(s.copay, ","),
                     money(s.coinsurance, ","), money(s.paid, ","), money(s.owes, ","), " ".join(s.remarks)]
            extra = [(1, ln) for ln in extra]
            tag = (clm, i)
            f.row(cells, extra, tag)
            o.add(tag, s, claim_id=acct, payer_claim_id=clm, patient=pat, units=False,
                  printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                           "paid", "patient_owes"), adjustments=[], remarks=s.remarks)
        tot = {k: G.total(svcs, a) for k, a in (("billed", "billed"), ("allowed", "allowed"), ("paid", "paid"),
                                                ("patient_owes", "owes"))}
        f.row(["", "Claim total", money(tot["billed"], ","), money(G.total(svcs, "discount"), ","),
               money(tot["allowed"], ","), money(G.total(svcs, "not_covered"), ","),
               money(G.total(svcs, "deductible"), ","), money(G.total(svcs, "copay"), ","),
               money(G.total(svcs, "coinsurance"), ","), money(tot["paid"], ","), money(tot["patient_owes"], ","), ""],
              bold=True)
        f.end_claim()
        f.y += 10
        o.claims.append(claim_rec(acct, clm, pat, svcs, tot))
        o.meta["totals"].append({"label": "Claim total", "claim": clm, "billed": str(tot["billed"]),
                                 "paid": str(tot["paid"])})

    def notes(d, y):
        d.text(36, y + 10, "Code explanations", 8.5, True)
        d.text(36, y + 21, "D1  Part of this amount counted toward your plan-year deductible.", 7)
        d.text(36, y + 31, "N7  This plan does not cover this service; you may be billed for it.", 7)
        d.text(36, y + 45, "Questions or an appeal: write within 180 days to Brightwater Appeals, PO Box 61192.", 7)
        return y + 50
    f.block(notes, 52)
    for i, _ in enumerate(doc.pages, 1):
        doc.pages[i - 1].ops.append(("t", 36, 770, "BWH-EOB-7 (01/26)", "LibSans", 6.5, False))
        doc.pages[i - 1].ops.append(("t", 530, 770, "Page {PAGE} of {PAGES}", "LibSans", 6.5, False))
    o.finish(out_dir, f, [("D1", "applied to deductible"), ("N7", "not covered by plan")])


def footer(doc: Doc, text_left: str, font: str, y=770, size=6.5, right="Page {PAGE} of {PAGES}", xr=576):
    for pg in doc.pages:
        pg.ops.append(("t", 36, y, text_left, font, size, False))
        from h183kit import width
        pg.ops.append(("t", xr - width(right.replace("{PAGE}", "9").replace("{PAGES}", "9"), font, size), y, right,
                       font, size, False))


# ============================================================================================ c2
def c2(out_dir: Path):
    o = Out("h183_c2_member_eob", "fpdf2", "commercial member EOB, landscape, sidebar, per family member", True,
            "DejaCond")
    doc = o.doc
    st = PlanState(ded_left=q("0.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74"),
                   copay_codes={"99213": q("30.00")})
    fam = [("Harriet Lindqvist-Obi", "HLO-2291", "KX4471620001", [
        (D(2026, 1, 5), "97161", 1, ("GP",)), (D(2026, 1, 7), "97110", 2, ("GP",)), (D(2026, 1, 7), "97140", 1, ("GP", "59")),
        (D(2026, 1, 12), "97110", 3, ("GP", "KX")), (D(2026, 1, 12), "G0283", 1, ("GP",))]),
        ("Felix Lindqvist-Obi", "FLO-3310", "KX4471620002", [
            (D(2026, 1, 6), "97166", 1, ("GO",)), (D(2026, 1, 13), "97530", 2, ("GO",)), (D(2026, 1, 13), "97129", 1, ("GO",))]),
        ("Ines Lindqvist-Obi", "ILO-3311", "KX4471620003", [
            (D(2026, 1, 8), "92523", 1, ("GN",)), (D(2026, 1, 15), "92507", 1, ("GN",)), (D(2026, 1, 22), "92526", 1, ("GN",))]),
        ("Tomas Lindqvist-Obi", "TLO-1024", "KX4471620004", [(D(2026, 1, 16), "99213", 1, ()), (D(2026, 1, 16), "97760", 1, ())])]
    claims = []
    for pat, acct, clm, rows in fam:
        svcs = []
        for dos, code, u, mods in rows:
            s = Svc(dos, code, u, mods)
            if code == "92526":
                s.denied = "CO"
                G.commercial(s, st, "204")
                s.remarks = ["K"]
            else:
                G.commercial(s, st)
                s.remarks = ["A"] if s.copay else []
            svcs.append(s)
        claims.append((pat, acct, clm, svcs))
    cols = [Col("Service date", 48), Col("Service", 100), Col("Code", 30), Col("Mod", 30), Col("Units", 24, "r"),
            Col("Amount\ncharged", 44, "r"), Col("Savings", 44, "r"), Col("Not\ncovered", 44, "r"),
            Col("Amount\ncovered", 44, "r"), Col("Plan's\nshare", 44, "r"), Col("Copay", 44, "r"),
            Col("Co-\ninsurance", 44, "r"), Col("Your\nshare", 44, "r"), Col("Remark", 30, "c")]
    t = Table(cols, 152, size=6.6, lead=9.2, boxed=True, head_fill=0.93, ruled=True)

    def page(d: Doc, n):
        d.rect(0, 0, 792, 34, lw=0, fill=0.25)
        d.text(28, 22, "Cascadia Mutual Benefit Co.", 13, True)
        d.text(764, 22, "Your Explanation of Benefits", 10, True, "r")
        d.rect(20, 46, 122, 520, lw=0.6)
        d.text(26, 60, "Plan year so far", 8, True)
        items = [("Deductible (family)", "$1,500.00"), ("Met", "$1,500.00"), ("Out-of-pocket max", "$6,000.00"),
                 ("Met to date", "$2,184.65")]
        for i, (a, b) in enumerate(items):
            d.text(26, 74 + i * 20, a, 6.8)
            d.text(136, 84 + i * 20, b, 6.8, True, "r")
        d.text(26, 170, "Subscriber", 6.8, True)
        d.text(26, 180, "Harriet Lindqvist-Obi", 6.8)
        d.text(26, 194, "Member ID", 6.8, True)
        d.text(26, 204, "CMB-88213057", 6.8)
        d.text(26, 218, "Plan", 6.8, True)
        d.text(26, 228, "Cascadia PPO 1500", 6.8)
        d.text(26, 250, "This is not a bill.", 7, True)
        for i, ln in enumerate(d.wrap("Keep this notice with your records. Your provider may bill you only for "
                                      "the amount shown under Your share.", 104, 6.5)):
            d.text(26, 262 + i * 9, ln, 6.5)
        if n == 1:
            d.text(154, 54, "Claims processed between January 20 and January 30, 2026", 9, True)
            return 64
        return 48

    f = Flow(doc, t, page, 560, repeat_head=True, cont_label=lambda k: f"{k} - continued")
    f.page(first=True)
    for pat, acct, clm, svcs in claims:
        def head(d, y, pat=pat, acct=acct, clm=clm):
            d.text(154, y + 11, pat, 8.5, True)
            d.text(300, y + 11, f"Claim ID {clm}", 7)
            d.text(420, y + 11, f"Patient acct {acct}", 7)
            d.text(530, y + 11, "Provider: Willow Bend Rehab Group", 7)
            return y + 15
        f.claim(pat, head, 15)
        for i, s in enumerate(svcs):
            tag = (clm, i)
            first, extra = split_desc(doc, s.desc, "", 96, 6.6)
            f.row([dfmt(s.dos, "mdy4"), first, s.code, " ".join(s.mods), units_str(s.units),
                   money(s.billed, "$"), money(s.discount, "$"), money(s.not_covered, "$"), money(s.allowed, "$"),
                   money(s.paid, "$"), money(s.copay, "$"), money(s.coinsurance, "$"), money(s.owes, "$"),
                   " ".join(s.remarks)], [(1, e) for e in extra], tag)
            o.add(tag, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                  printed=("billed", "discount", "not_covered", "allowed", "paid", "copay", "coinsurance",
                           "patient_owes"), remarks=s.remarks)
        tot = {"billed": G.total(svcs, "billed"), "allowed": G.total(svcs, "allowed"), "paid": G.total(svcs, "paid"),
               "patient_owes": G.total(svcs, "owes")}
        f.row(["", "Totals", "", "", "", money(tot["billed"]), money(G.total(svcs, "discount")),
               money(G.total(svcs, "not_covered")), money(tot["allowed"]), money(tot["paid"]),
               money(G.total(svcs, "copay")), money(G.total(svcs, "coinsurance")), money(tot["patient_owes"]), ""],
              bold=True)
        f.end_claim()
        f.y += 8
        o.claims.append(claim_rec(acct, clm, pat, svcs, tot))
        o.meta["totals"].append({"label": "Totals", "claim": clm, "billed": str(tot["billed"]), "paid": str(tot["paid"])})

    def legend(d, y):
        d.text(154, y + 10, "Remarks", 8, True)
        d.text(154, y + 20, "A  Your copay for this visit.", 6.8)
        d.text(154, y + 29, "K  Not a covered benefit; the provider agreed not to bill you for it.", 6.8)
        return y + 32
    f.block(legend, 34)
    footer(doc, "Cascadia Mutual Benefit Co. - 900 Alder Quay, Port Sellwood WA 98199", "DejaCond", y=592,
           xr=764)
    o.finish(out_dir, f, [("A", "copay"), ("K", "not covered")])


# ============================================================================================ m1
def m1(out_dir: Path):
    o = Out("h183_m1_ma_eob", "reportlab", "Medicare Advantage member EOB, monthly", False, "LibSerif")
    doc = o.doc
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"))
    pat = "Gwendolyn P. Arceneaux"
    visits = [("MA26-0107-55120", D(2026, 1, 7), "Pelican Point Outpatient Therapy",
               [("97163", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",))]),
              ("MA26-0112-55381", D(2026, 1, 12), "Pelican Point Outpatient Therapy",
               [("97110", 3, ("GP", "KX")), ("97112", 2, ("GP", "CQ")), ("97116", 1, ("GP",)), ("G0283", 1, ("GP",))]),
              ("MA26-0114-56002", D(2026, 1, 14), "Pelican Point Outpatient Therapy",
               [("97110", 2, ("GP", "CQ")), ("97530", 2, ("GP",)), ("97140", 1, ("GP",)), ("97112", 1, ("GP",))]),
              ("MA26-0120-56877", D(2026, 1, 20), "Bayou Oaks Internal Medicine",
               [("99213", 1, ()), ("G0283", 1, ())]),
              ("MA26-0121-57040", D(2026, 1, 21), "Pelican Point Outpatient Therapy",
               [("97110", 2, ("GP", "KX")), ("97112", 2, ("GP",)), ("97535", 1, ("GP",)), ("97116", 1, ("GP",)),
                ("97140", 1, ("GP", "59")), ("97530", 1, ("GP",)), ("G0283", 1, ("GP",)), ("97110", 1, ("GP", "CQ"))])]
    cols = [Col("Services and supplies", 190), Col("Qty", 24, "r"), Col("Provider\ncharged", 62, "r"),
            Col("Plan\napproved", 62, "r"), Col("Plan paid", 62, "r"), Col("You may\nowe", 58, "r"), Col("Note", 30, "c")]
    t = Table(cols, 54, size=7.6, lead=11, head_fill=None)

    def page(d: Doc, n):
        d.text(54, 46, "Gulfstar Senior Advantage (HMO)", 14, True)
        d.text(54, 58, "A Medicare Advantage plan", 8)
        d.text(558, 46, "Explanation of Benefits", 11, True, "r")
        d.text(558, 58, "for medical services in January 2026", 8, align="r")
        d.line(54, 64, 558, 64, 1.5)
        if n == 1:
            d.text(54, 84, f"Member: {pat}", 9)
            d.text(54, 96, "Member number: GSA-7730194-01", 9)
            d.text(54, 108, "Notice date: February 2, 2026", 9)
            d.rect(330, 76, 228, 44)
            d.text(336, 88, "Total plan paid this month", 8)
            d.text(336, 100, "Total you may owe providers", 8)
            d.text(336, 112, "Your out-of-pocket to date", 8)
            return 128
        d.text(54, 80, f"Member: {pat}  ·  GSA-7730194-01", 8)
        return 90

    f = Flow(doc, t, page, 720, repeat_head=True, cont_label=lambda k: f"Claim {k} continued")
    f.page(first=True)
    totpaid = totowe = ZERO
    for clm, dos, prov, rows in visits:
        svcs = []
        for code, u, mods in rows:
            s = Svc(dos, code, u, mods)
            G.medicare(s, st, sequestration=False)
            s.remarks = ["1"] if s.coinsurance else []
            svcs.append(s)

        def head(d, y, clm=clm, dos=dos, prov=prov):
            d.rect(54, y + 2, 504, 26, lw=0.5, fill=0.95)
            d.text(58, y + 12, f"{prov}", 8.5, True)
            d.text(58, y + 23, f"Service date {dfmt(dos, 'month')}     Plan claim number {clm}", 7.6)
            return y + 32
        f.claim(clm, head, 32)
        for i, s in enumerate(svcs):
            tag = (clm, i)
            f.row([f"{s.desc[:36]} {codestr(s, '-', '-')}", units_str(s.units), money(s.billed), money(s.allowed),
                   money(s.paid), money(s.owes), " ".join(s.remarks)], (), tag)
            o.add(tag, s, claim_id=None, payer_claim_id=clm, patient=pat, printed=("billed", "allowed", "paid",
                                                                                 "patient_owes"), remarks=s.remarks)
        tot = {"billed": G.total(svcs, "billed"), "allowed": G.total(svcs, "allowed"), "paid": G.total(svcs, "paid"),
               "patient_owes": G.total(svcs, "owes")}
        f.row(["Claim totals", "", money(tot["billed"]), money(tot["allowed"]), money(tot["paid"]),
               money(tot["patient_owes"]), ""], bold=True)
        f.end_claim()
        f.y += 6
        totpaid += tot["paid"]
        totowe += tot["patient_owes"]
        o.claims.append(claim_rec(None, clm, pat, svcs, tot))
        o.meta["totals"].append({"label": "Claim totals", "claim": clm, "billed": str(tot["billed"]),
                                 "paid": str(tot["paid"])})
    p1 = doc.pages[0].ops
    from h183kit import width
    for yy, v in ((88, totpaid), (100, totowe), (112, q("412.70"))):
        s_ = money(v)
        p1.append(("t", 552 - width(s_, "LibSerif", 8), yy, s_, "LibSerif", 8, True))

    def notes(d, y):
        d.text(54, y + 12, "Notes", 9, True)
        d.text(54, y + 24, "1  Your 20% coinsurance for outpatient therapy applies to this service.", 7.6)
        d.text(54, y + 36, "If you disagree with a decision, you may ask for an appeal within 65 days.", 7.6)
        return y + 40
    f.block(notes, 42)
    footer(doc, "Gulfstar Health Plans, 410 Heron Causeway, Lafitte Bay LA 70999  ·  H9931_EOB26", "LibSerif")
    o.finish(out_dir, f, [("1", "coinsurance applies")])


# ============================================================================================ m2
def m2(out_dir: Path):
    o = Out("h183_m2_msn", "fpdf2", "Medicare Summary Notice Part B", False, "Times")
    doc = o.doc
    st = PlanState(ded_left=q("283.00"))
    pat = "WALTER J. KOWALCZYK"
    provs = [("Northgate Speech & Swallow Clinic", "3144 Marten Rd, Quill Lake MN 55999", "1-26013-041-288-770",
              D(2026, 1, 6), [("92523", 1, ("GN",)), ("92526", 1, ("GN",))]),
             ("Northgate Speech & Swallow Clinic", "3144 Marten Rd, Quill Lake MN 55999", "1-26020-041-301-118",
              D(2026, 1, 13), [("92507", 1, ("GN",)), ("92526", 1, ("GN",)), ("97129", 1, ("GN",))]),
             ("Quill Lake Orthopedic Associates", "88 Pierhead Ave, Quill Lake MN 55998", "1-26022-077-930-405",
              D(2026, 1, 15), [("99213", 1, ()), ("97760", 1, ("GP",)), ("L3807", 1, ("RT",)), ("0552T", 1, ())])]
    cols = [Col("Service Provided & Billing Code", 200), Col("Service\nApproved?", 48, "c"),
            Col("Amount\nProvider\nCharged", 62, "r"), Col("Medicare-\nApproved\nAmount", 62, "r"),
            Col("Medicare\nPaid\nProvider", 62, "r"), Col("Maximum\nYou May Be\nBilled", 62, "r"),
            Col("See\nNotes", 30, "c")]
    t = Table(cols, 40, size=8, lead=11, head_bold=True)

    def page(d: Doc, n):
        d.text(40, 44, "Medicare Summary Notice for Part B (Medical Insurance)", 13, True)
        d.text(40, 58, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
               8)
        d.line(40, 64, 572, 64, 1)
        if n == 1:
            d.text(40, 82, pat, 10, True)
            d.text(40, 94, "77 SPRUCE HOLLOW LN", 9)
            d.text(40, 105, "QUILL LAKE MN 55997", 9)
            d.rect(330, 72, 242, 58)
            d.text(336, 84, "Notice for Walter J. Kowalczyk", 8.5, True)
            d.text(336, 96, "Medicare Number  XXX-XX-4418A", 8.5)
            d.text(336, 108, "Date of this notice  February 2, 2026", 8.5)
            d.text(336, 120, "Claims and services processed Nov 2025 - Jan 2026", 8.5)
            d.text(40, 146, "Your Deductible Status", 10, True)
            d.text(40, 158, "Your deductible is what you must pay each year for most health services before Medicare",
                   8)
            d.text(40, 168, "begins to pay. You have now met $283.00 of your $283.00 Part B deductible for 2026.", 8)
            d.text(40, 188, "Your Claims for Part B (Medical Insurance)", 11, True)
            return 196
        d.text(40, 78, f"{pat}   Page {{PAGE}} of {{PAGES}}", 8)
        return 88

    f = Flow(doc, t, page, 740, repeat_head=True, cont_label=lambda k: "Claim number " + k + " (continued)")
    f.page(first=True)

    def intro(d, y):
        d.text(40, y + 6, "Your claims are listed on the pages that follow.", 9)
        d.rect(40, y + 16, 532, 70)
        d.text(48, y + 30, "Be Informed!", 10, True)
        for i, ln in enumerate(["Review this notice against the receipts and bills you got from your providers.",
                                "Report anything you did not receive to 1-800-555-0127.",
                                "You can see your claims sooner in your online account."]):
            d.text(48, y + 44 + i * 11, ln, 8.5)
        return y + 90
    f.block(intro, 90)
    f.page()
    for prov, addr, clm, dos, rows in provs:
        svcs = []
        for code, u, mods in rows:
            s = Svc(dos, code, u, mods)
            if code in ("92526", "0552T") and clm.endswith("770") is False and code == "0552T":
                s.denied = "PR"
                G.medicare(s, st, deny_reason="50")
                s.remarks = ["C"]
            else:
                G.medicare(s, st)
                s.remarks = ["A"] if s.deductible else (["B"] if s.code == "92526" else [])
            if code in LONG_DESC:
                s.desc = LONG_DESC[code]
            svcs.append(s)

        def head(d, y, prov=prov, addr=addr, clm=clm, dos=dos):
            d.text(40, y + 12, f"{dfmt(dos, 'mon')}", 9, True)
            d.text(40, y + 23, f"{prov}, {addr}", 8)
            d.text(40, y + 33, f"Claim number {clm}     Referred by: Dr. Anneliese Strom", 8)
            return y + 37
        f.claim(clm, head, 37)
        for i, s in enumerate(svcs):
            first, extra = split_desc(doc, s.desc, f"({codestr(s, '-', '-')})", 196, 8)
            tag = (clm, i)
            f.row([first, "No" if s.denied else "Yes", money(s.billed), money(s.allowed), money(s.paid),
                   money(s.owes), " ".join(s.remarks)], [(0, e) for e in extra], tag)
            o.add(tag, s, claim_id=None, payer_claim_id=clm, patient="Walter J. Kowalczyk", units=False,
                  printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks)
        tot = {"billed": G.total(svcs, "billed"), "allowed": G.total(svcs, "allowed"), "paid": G.total(svcs, "paid"),
               "patient_owes": G.total(svcs, "owes")}
        f.row(["Total for this claim", "", money(tot["billed"]), money(tot["allowed"]), money(tot["paid"]),
               money(tot["patient_owes"]), ""], bold=True)
        f.end_claim()
        f.y += 6
        o.claims.append(claim_rec(None, clm, "Walter J. Kowalczyk", svcs, tot))
        o.meta["totals"].append({"label": "Total for this claim", "claim": clm, "billed": str(tot["billed"]),
                                 "paid": str(tot["paid"])})

    def notes(d, y):
        d.text(40, y + 12, "Notes for Your Claims Above", 10, True)
        txt = [("A", "This amount went toward your yearly Part B deductible."),
               ("B", "Swallowing therapy approved as part of your plan of care."),
               ("C", "Medicare does not pay for this item or service. You may be billed for it.")]
        for i, (k, v) in enumerate(txt):
            d.text(40, y + 24 + i * 11, f"{k}  {v}", 8)
        return y + 60
    f.block(notes, 62)
    footer(doc, "If you have questions, call 1-800-555-0127 (TTY 1-877-555-0148).", "Times")
    o.finish(out_dir, f, [("A", "deductible"), ("B", "approved"), ("C", "not paid, may be billed")])


# ============================================================================================ d1
def d1(out_dir: Path):
    o = Out("h183_d1_medicaid_ra", "reportlab", "state Medicaid remittance advice, mainframe print", True, "Courier")
    doc = o.doc
    cols = [Col("LN", 16), Col("FROM", 38), Col("TO", 38), Col("PROC", 34), Col("MOD", 20), Col("MOD", 20),
            Col("UNITS", 30, "r"), Col("BILLED", 54, "r"), Col("ALLOWED", 54, "r"), Col("COPAY", 40, "r"),
            Col("TPL", 40, "r"), Col("PAID", 54, "r"), Col("EOB", 60)]
    t = Table(cols, 30, size=7, lead=9.6, head_bold=False)

    def page(d: Doc, n):
        d.text(30, 30, "STATE OF NEW CALDERA  DEPARTMENT OF HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM", 7.5)
        d.text(30, 40, "REMITTANCE ADVICE", 7.5)
        d.text(560, 40, "RA NUMBER 0004418827   PAYMENT DATE 01/30/26", 7.5)
        d.text(30, 50, "PROVIDER: SUNRIDGE PEDIATRIC THERAPY LLC   PROV ID 0087731205   NPI 1999000417", 7.5)
        d.text(680, 30, "PAGE {PAGE} OF {PAGES}", 7.5)
        d.text(30, 58, "-" * 150, 7)
        return 64

    f = Flow(doc, t, page, 580, repeat_head=True, cont_label=lambda k: f"*** CONTINUED  ICN {k} ***")
    f.page(first=True)
    kids = [("QUINTANILLA, ROSALIND", "NC40017725", "2626010004471", "SRP5520", "PAID", [
        (D(2026, 1, 5), "97166", 1, ("GO",)), (D(2026, 1, 7), "97530", 3, ("GO",)), (D(2026, 1, 7), "97535", 1, ("GO",)),
        (D(2026, 1, 9), "97530", 2, ("GO",)), (D(2026, 1, 9), "97112", 2, ("GO",)), (D(2026, 1, 12), "97530", 3, ("GO",)),
        (D(2026, 1, 12), "97140", 1, ("GO", "59")), (D(2026, 1, 14), "97530", 2, ("GO",)), (D(2026, 1, 14), "97535", 2, ("GO",)),
        (D(2026, 1, 16), "97530", 3, ("GO",)), (D(2026, 1, 16), "97110", 2, ("GO",)), (D(2026, 1, 19), "97530", 2, ("GO",)),
        (D(2026, 1, 19), "97112", 1, ("GO",)), (D(2026, 1, 21), "97530", 3, ("GO",)), (D(2026, 1, 21), "97535", 1, ("GO",)),
        (D(2026, 1, 23), "97530", 2, ("GO",)), (D(2026, 1, 23), "97110", 1, ("GO",)),
        (D(2026, 1, 26), "97530", 3, ("GO",)), (D(2026, 1, 26), "97112", 1, ("GO",)), (D(2026, 1, 28), "97530", 2, ("GO",)),
        (D(2026, 1, 28), "97535", 2, ("GO",)), (D(2026, 1, 30), "97530", 3, ("GO",)), (D(2026, 1, 30), "97140", 1, ("GO", "59"))]),
        ("QUINTANILLA, BENICIO", "NC40017731", "2626010004488", "SRP5521", "PAID", [
            (D(2026, 1, 6), "92523", 1, ("GN",)), (D(2026, 1, 13), "92507", 1, ("GN",)), (D(2026, 1, 20), "92507", 1, ("GN",)),
            (D(2026, 1, 27), "92507", 1, ("GN",))]),
        ("ABERNATHY-YUE, CORA", "NC38820164", "2626010004502", "SRP5498", "PAID", [
            (D(2026, 1, 8), "97530", 2, ("GO",)), (D(2026, 1, 8), "97150", 1, ("GO",)), (D(2026, 1, 15), "97530", 2, ("GO",)),
            (D(2026, 1, 22), "97530", 2, ("GO",)), (D(2026, 1, 22), "97760", 1, ("GO",)), (D(2026, 1, 22), "L3807", 1, ("LT",))]),
        ("ABERNATHY-YUE, CORA", "NC38820164", "2626010004519", "SRP5502", "DENIED", [
            (D(2026, 1, 29), "97168", 1, ("GO",)), (D(2026, 1, 29), "97530", 2, ("GO",)),
            (D(2026, 1, 30), "97530", 2, ("GO",)), (D(2026, 1, 30), "97535", 1, ("GO",)),
            (D(2026, 1, 31), "97530", 2, ("GO",))]),
        ("OKONKWO, DESMOND", "NC41100953", "2625340007713", "SRP5317", "ADJUSTED", [
            (D(2025, 12, 2), "97530", 2, ("GO",)), (D(2025, 12, 2), "97110", 1, ("GO",))]),
    ]
    section = None
    for name, rid, icn, acct, status, rows in kids:
        svcs = []
        for dos, code, u, mods in rows:
            s = Svc(dos, code, u, mods)
            if status == "DENIED":
                s.denied = "CO"
                G.medicaid(s, "0177")
                s.remarks = ["0177"]
            else:
                G.medicaid(s)
                s.remarks = ["0001"] if s.discount else []
            svcs.append(s)
        groups = [(icn, svcs, status)]
        if status == "ADJUSTED":
            orig = "2625340007713"
            rev = [G.negate(s) for s in svcs]
            for r in rev:
                r.remarks = ["0911"]
            svcs2 = []
            for s in svcs:
                s2 = Svc(s.dos, s.code, s.units + (1 if s.code == "97110" else 0), s.mods)
                G.medicaid(s2)
                s2.remarks = ["0912"]
                svcs2.append(s2)
            groups = [(orig, rev, "REVERSAL"), ("2626010004533", svcs2, "REPLACEMENT")]
        for gicn, gsvcs, gstat in groups:
            sec = {"PAID": "PAID CLAIMS", "DENIED": "DENIED CLAIMS"}.get(gstat, "ADJUSTED CLAIMS")
            if sec != section:
                section = sec

                def sech(d, y, sec=sec):
                    d.text(30, y + 10, f"****** {sec} ******", 7.5, True)
                    return y + 14
                f.block(sech, 14 + 40)

            def head(d, y, name=name, rid=rid, gicn=gicn, acct=acct, gstat=gstat):
                d.text(30, y + 9, f"RECIPIENT NAME: {name:<24} RECIP ID: {rid}   ICN: {gicn}   PAT ACCT: {acct}"
                       + (f"   {gstat}" if gstat in ("REVERSAL", "REPLACEMENT") else ""), 7)
                return y + 12
            f.claim(gicn, head, 12)
            for i, s in enumerate(gsvcs):
                tag = (gicn, i)
                neg = "trail"
                f.row([f"{i + 1:02d}", dfmt(s.dos, "mdy6"), dfmt(s.dos, "mdy6"), s.code,
                       s.mods[0] if s.mods else "", s.mods[1] if len(s.mods) > 1 else "",
                       units_str(abs(s.units)) + (".00" if "." not in units_str(s.units) else ""),
                       money(s.billed, "", neg), money(s.allowed, "", neg), money(s.copay, "", neg), "0.00",
                       money(s.paid, "", neg), " ".join(s.remarks)], (), tag)
                o.add(tag, s, claim_id=acct, payer_claim_id=gicn, patient=name, service_end=s.dos,
                      printed=("billed", "allowed", "copay", "paid"), remarks=s.remarks)
            tot = {"billed": G.total(gsvcs, "billed"), "allowed": G.total(gsvcs, "allowed"),
                   "paid": G.total(gsvcs, "paid")}
            f.row(["", "CLAIM", "TOTAL", "", "", "", "", money(tot["billed"], "", "trail"),
                   money(tot["allowed"], "", "trail"), "0.00", "0.00", money(tot["paid"], "", "trail"), ""])
            f.end_claim()
            o.claims.append(claim_rec(acct, gicn, name, gsvcs, tot))
            o.meta["totals"].append({"label": "CLAIM TOTAL", "claim": gicn, "billed": str(tot["billed"]),
                                     "paid": str(tot["paid"])})

    def legend(d, y):
        d.text(30, y + 12, "EOB CODE  DESCRIPTION", 7, True)
        for i, (k, v) in enumerate([("0001", "PAID AT PROGRAM MAXIMUM FEE"), ("0177", "PRIOR AUTHORIZATION NOT ON FILE"),
                                    ("0911", "CLAIM REVERSED FOR ADJUSTMENT"), ("0912", "ADJUSTED CLAIM REPROCESSED")]):
            d.text(30, y + 22 + i * 9, f"{k}      {v}", 7)
        return y + 60
    f.block(legend, 60)
    o.finish(out_dir, f, [("0001", "fee max"), ("0177", "no PA"), ("0911", "reversed"), ("0912", "reprocessed")])


# ============================================================================================ d2
def d2(out_dir: Path):
    o = Out("h183_d2_mco_medicaid_ra", "fpdf2", "managed Medicaid plan provider remittance", False, "DejaSans")
    doc = o.doc
    cols = [Col("Line", 22), Col("Service Dates", 96), Col("Proc", 32), Col("Mod", 34), Col("Units", 26, "r"),
            Col("Charged", 50, "r"), Col("Allowed", 50, "r"), Col("Paid", 48, "r"), Col("Adj Grp-Rsn", 54),
            Col("Adj Amt", 46, "r"), Col("RARC", 34)]
    t = Table(cols, 40, size=6.6, lead=9.2, head_fill=0.85)

    def page(d: Doc, n):
        d.text(40, 40, "Prairie Harbor Community Health Plan", 12, True)
        d.text(40, 51, "Medicaid Managed Care  ·  Provider Remittance Advice", 7.5)
        d.text(572, 40, "Check/EFT #  EFT00719345", 7.5, align="r")
        d.text(572, 51, "Issue date  01/30/2026", 7.5, align="r")
        d.line(40, 57, 572, 57, 0.8)
        if n == 1:
            d.text(40, 70, "Payee: Kestrel Valley Therapy Partners   Tax ID XX-XXX4418   NPI 1999001833", 7.5)
            return 80
        return 66

    f = Flow(doc, t, page, 740, repeat_head=True, cont_label=lambda k: f"TCN {k} (continued)")
    f.page(first=True)
    mem = [("Lorenzo Achterberg", "PH00411982", "26030500041", "KV-10557", "Paid", [
        (D(2026, 1, 5), D(2026, 1, 16), "97110", 6, ("GP",)), (D(2026, 1, 5), D(2026, 1, 16), "97140", 3, ("GP",)),
        (D(2026, 1, 5), D(2026, 1, 16), "97112", 4, ("GP", "59"))]),
        ("Amara Achterberg", "PH00411990", "26030500058", "KV-10561", "Paid", [
            (D(2026, 1, 6), D(2026, 1, 6), "97165", 1, ("GO",)), (D(2026, 1, 8), D(2026, 1, 22), "97530", 6, ("GO",)),
            (D(2026, 1, 8), D(2026, 1, 22), "97535", 3, ("GO",)), (D(2026, 1, 27), D(2026, 1, 27), "97168", 1, ("GO",))]),
        ("Isidore Penhallow", "PH00398216", "26030500065", "KV-10588", "Denied", [
            (D(2026, 1, 9), D(2026, 1, 9), "92523", 1, ("GN",)), (D(2026, 1, 9), D(2026, 1, 9), "92507", 1, ("GN",))]),
        ("Wren Castellano-Ruiz", "PH00420077", "26030500072", "KV-10602", "Paid", [
            (D(2026, 1, 12), D(2026, 1, 30), "97530", 8, ("GO",)), (D(2026, 1, 12), D(2026, 1, 30), "97110", 4, ("GO",)),
            (D(2026, 1, 30), D(2026, 1, 30), "G0283", 1, ())])]
    for pat, mid, tcn, pcn, status, rows in mem:
        svcs = []
        for a, b, code, u, mods in rows:
            s = Svc(a, code, u, mods, end=b)
            if status == "Denied":
                s.denied = "CO"
                G.medicaid(s, "197")
                s.remarks = ["N54"]
            else:
                G.medicaid(s)
                s.remarks = []
            svcs.append(s)

        def head(d, y, pat=pat, mid=mid, tcn=tcn, pcn=pcn, status=status):
            d.rect(40, y + 2, 532, 24, lw=0.6)
            d.text(45, y + 12, f"Member: {pat}", 7.5, True)
            d.text(230, y + 12, f"Medicaid ID: {mid}", 7.5)
            d.text(400, y + 12, f"Claim Status: {status}", 7.5)
            d.text(45, y + 22, f"TCN: {tcn}", 7.5)
            d.text(230, y + 22, f"Patient Control #: {pcn}", 7.5)
            d.text(400, y + 22, "Rendering: J. Marchetti, OTR/L", 7.5)
            return y + 30
        f.claim(tcn, head, 30)
        for i, s in enumerate(svcs):
            tag = (tcn, i)
            adjs = s.adjs
            first = adjs[0] if adjs else None
            f.row([str(i + 1), f"{dfmt(s.dos, 'mdy4')}-{dfmt(s.end, 'mdy4')}", s.code, " ".join(s.mods),
                   units_str(s.units), money(s.billed, ","), money(s.allowed, ","), money(s.paid, ","),
                   f"{first[0]}-{first[1]}" if first else "", money(first[2], ",") if first else "",
                   " ".join(s.remarks)], (), tag)
            o.add(tag, s, claim_id=pcn, payer_claim_id=tcn, patient=pat, service_end=s.end,
                  printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks)
        tot = {"billed": G.total(svcs, "billed"), "allowed": G.total(svcs, "allowed"), "paid": G.total(svcs, "paid")}
        f.row(["", "Claim Totals", "", "", "", money(tot["billed"], ","), money(tot["allowed"], ","),
               money(tot["paid"], ","), "", "", ""], bold=True)
        f.end_claim()
        f.y += 6
        o.claims.append(claim_rec(pcn, tcn, pat, svcs, tot))
        o.meta["totals"].append({"label": "Claim Totals", "claim": tcn, "billed": str(tot["billed"]),
                                 "paid": str(tot["paid"])})

    def legend(d, y):
        d.text(40, y + 12, "Adjustment and remark codes on this remittance", 8, True)
        for i, ln in enumerate(["CO-45  Amount above the plan's Medicaid fee schedule; provider write-off.",
                                "CO-197  No approved authorization on file for these dates.",
                                "N54  Resubmit with the authorization number once approved."]):
            d.text(40, y + 23 + i * 9, ln, 7)
        return y + 52
    f.block(legend, 52)
    footer(doc, "Prairie Harbor Community Health Plan · Provider Services 1-888-555-0190", "DejaSans")
    o.finish(out_dir, f, [("45", "fee schedule"), ("197", "no authorization"), ("N54", "resubmit")])


# ============================================================================================ p1
def p1(out_dir: Path):
    o = Out("h183_p1_spr_remit", "reportlab", "Medicare-style standard paper remittance from a clearinghouse", False,
            "LibMono")
    doc = o.doc
    cols = [Col("PERF PROV", 50), Col("SERV DATE", 56), Col("POS", 18), Col("NOS", 18, "r"), Col("PROC", 30),
            Col("MODS", 34), Col("BILLED", 44, "r"), Col("ALLOWED", 44, "r"), Col("DEDUCT", 40, "r"),
            Col("COINS", 40, "r"), Col("GRP/RC-AMT", 76), Col("PROV PD", 44, "r")]
    t = Table(cols, 30, size=6.4, lead=8.6, head_bold=False)

    def page(d: Doc, n):
        d.text(30, 30, "CLEARWAVE EDI SERVICES - PRINTED REMITTANCE (FROM 835)", 7, True)
        d.text(30, 40, "PAYER: MIDLAND PLAINS MEDICARE ADMINISTRATIVE CONTRACTOR   PAYER ID 04911", 6.8)
        d.text(30, 49, "PROVIDER: HOLLIS CREEK REHABILITATION   NPI 1999002617   CHECK/EFT # 882014477   DATE 01/28/2026",
               6.8)
        d.text(582, 30, "PAGE #: {PAGE} OF {PAGES}", 6.8, align="r")
        if n == 1:
            y = t.draw_head(d, 58)
            return y
        return 62

    f = Flow(doc, t, page, 760, repeat_head=False, cont_label=None)
    f.page(first=True)
    st = PlanState(ded_left=q("120.00"))
    pts = [("DELACROIX, MARGUERITE", "2XK4-TR7-MW91", "HCR00318", "0526027115330", [
        (D(2026, 1, 5), "97161", 1, ("GP",)), (D(2026, 1, 5), "97110", 2, ("GP",)), (D(2026, 1, 7), "97110", 3, ("GP",)),
        (D(2026, 1, 7), "97140", 1, ("GP", "59")), (D(2026, 1, 9), "97112", 2, ("GP",)), (D(2026, 1, 9), "97110", 2, ("GP",)),
        (D(2026, 1, 12), "97116", 2, ("GP",)), (D(2026, 1, 12), "97110", 2, ("GP", "KX")), (D(2026, 1, 14), "97112", 2, ("GP", "CQ")),
        (D(2026, 1, 14), "97110", 2, ("GP", "CQ")), (D(2026, 1, 16), "97530", 2, ("GP",)), (D(2026, 1, 16), "G0283", 1, ("GP",))]),
        ("FAIRWEATHER, JONAH", "7PN2-QX4-LL03", "HCR00322", "0526027115347", [
            (D(2026, 1, 6), "97165", 1, ("GO",)), (D(2026, 1, 8), "97535", 2, ("GO",)), (D(2026, 1, 8), "97530", 2, ("GO",)),
            (D(2026, 1, 13), "97535", 2, ("GO", "CO")), (D(2026, 1, 13), "97530", 1, ("GO", "CO"))]),
        ("OYELARAN, BEATRIX", "4HW9-ER2-KD55", "HCR00329", "0526027115354", [
            (D(2026, 1, 15), "92523", 1, ("GN",)), (D(2026, 1, 20), "92507", 1, ("GN",)), (D(2026, 1, 20), "97150", 1, ("GN",))]),
        ("PRZYBYLSKI, ANTON", "9MD3-VC8-PQ27", "HCR00335", "0526027115361", [
            (D(2026, 1, 21), "97163", 1, ("GP",)), (D(2026, 1, 23), "97110", 2, ("GP",)), (D(2026, 1, 23), "0552T", 1, ("GP",))])]
    grand = ZERO
    for name, hic, acnt, icn, rows in pts:
        st.ded_left = q("120.00") if "MARG" in name else ZERO
        svcs = []
        for dos, code, u, mods in rows:
            s = Svc(dos, code, u, mods)
            if code == "0552T":
                s.denied = "CO"
                G.medicare(s, st, deny_reason="96")
                s.remarks = ["N130"]
            else:
                G.medicare(s, st)
            svcs.append(s)

        def head(d, y, name=name, hic=hic, acnt=acnt, icn=icn):
            d.text(30, y + 9, f"NAME {name}  HIC {hic}  ACNT {acnt}  ICN {icn}  ASG Y  MOA MA01", 6.4)
            return y + 12
        f.claim(icn, head, 12, with_head=False)
        for i, s in enumerate(svcs):
            tag = (icn, i)
            a0 = s.adjs[0]
            extra = [(10, f"{g}-{r} {money(a, '')}") for g, r, a in s.adjs[1:]]
            if s.remarks:
                extra.append((1, "REM: " + " ".join(s.remarks)))
            f.row(["1999002617", f"{s.dos:%m%d} {s.dos:%m%d%y}", "11", units_str(s.units), s.code, " ".join(s.mods),
                   money(s.billed, ""), money(s.allowed, ""), money(s.deductible, ""), money(s.coinsurance, ""),
                   f"{a0[0]}-{a0[1]} {money(a0[2], '')}", money(s.paid, "")], extra, tag)
            o.add(tag, s, claim_id=acnt, payer_claim_id=icn, patient=name, units=True,
                  printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                  remarks=s.remarks)
        tot = {"billed": G.total(svcs, "billed"), "allowed": G.total(svcs, "allowed"), "paid": G.total(svcs, "paid"),
               "patient_owes": G.total(svcs, "owes")}
        f.row(["PT RESP", money(tot["patient_owes"], ""), "", "", "", "", "", "", "", "", "", ""])
        f.row(["CLAIM TOTALS", "", "", "", "", "", money(tot["billed"], ""), money(tot["allowed"], ""),
               money(G.total(svcs, "deductible"), ""), money(G.total(svcs, "coinsurance"), ""),
               money(sum((a for s in svcs for _, _, a in s.adjs), ZERO), ""), money(tot["paid"], "")])
        f.row(["", "", "", "", "", "", "", "", "", "", "NET", money(tot["paid"], "")])
        f.end_claim()
        f.y += 4
        grand += tot["paid"]
        o.claims.append(claim_rec(acnt, icn, name, svcs, tot))
        o.meta["totals"].append({"label": "CLAIM TOTALS", "claim": icn, "billed": str(tot["billed"]),
                                 "paid": str(tot["paid"])})

    def tail(d, y):
        d.text(30, y + 10, f"TOTALS:  # OF CLAIMS 4   PROV PD {money(grand, '')}   CHECK AMT {money(grand, '')}", 6.6)
        d.text(30, y + 22, "GLOSSARY: CO-45 FEE ABOVE SCHEDULE  PR-1 DEDUCTIBLE  PR-2 COINSURANCE  CO-253 PAYMENT "
               "REDUCTION  CO-96 NONCOVERED", 6)
        d.text(30, y + 31, "N130 SEE PLAN BENEFIT LIMITS", 6)
        return y + 34
    f.block(tail, 36)
    o.finish(out_dir, f, [("45", "fee"), ("1", "ded"), ("2", "coins"), ("253", "seq"), ("96", "noncov")])


# ============================================================================================ p2
def p2(out_dir: Path):
    o = Out("h183_p2_pm_remit", "fpdf2", "practice-management system remittance detail print", True, "LibNarrow")
    doc = o.doc
    cols = [Col("Patient", 96), Col("Acct #", 46), Col("Payer Claim #", 76), Col("DOS", 44), Col("CPT", 30),
            Col("Mods", 34), Col("Qty", 22, "r"), Col("Charge", 46, "r"), Col("Allowed", 46, "r"), Col("Deduct", 40, "r"),
            Col("Coins", 40, "r"), Col("Adj", 44, "r"), Col("Paid", 44, "r"), Col("Adj Codes", 140)]
    t = Table(cols, 30, size=6.5, lead=9.5, boxed=True, head_fill=0.9, ruled=True)

    def page(d: Doc, n):
        d.text(30, 34, "TheraDesk PM  -  Remittance Detail", 11, True)
        d.text(30, 46, "Practice: Ironwood Kids Therapy Center    Payer: Keystone Medicare Advantage (payer 77120)"
               "    Deposit 01/29/2026    EFT 55017734", 7)
        d.text(762, 34, "Printed 02/02/2026 08:14  user: mfontaine", 6.5, align="r")
        return 54

    f = Flow(doc, t, page, 560, repeat_head=True, cont_label=None)
    f.page(first=True)
    st = PlanState(ded_left=ZERO)
    pts = [("Valdez-Moreau, Pilar", "IK-7731", "K26027-00188", [
        (D(2026, 1, 5), "97166", 1, ("GO",)), (D(2026, 1, 5), "97530", 2, ("GO",)), (D(2026, 1, 12), "97530", 2, ("GO",)),
        (D(2026, 1, 12), "97535", 1, ("GO",))]),
        ("Sorensen, Elias", "IK-7745", "K26027-00195", [
            (D(2026, 1, 7), "92507", 1, ("GN",)), (D(2026, 1, 14), "92507", 1, ("GN", "KX")), (D(2026, 1, 14), "92526", 1, ("GN",))]),
        ("Hakimi, Yusra", "IK-7752", "K26027-00203", [
            (D(2026, 1, 8), "97110", 2, ("GP",)), (D(2026, 1, 8), "97140", 1, ("GP", "59")), (D(2026, 1, 15), "97110", 2, ("GP", "CQ")),
            (D(2026, 1, 15), "97760", 1, ("GP",)), (D(2026, 1, 15), "L3807", 1, ("RT",))]),
        ("Tran-Whitlock, Odile", "IK-7760", "K26027-00217", [(D(2026, 1, 16), "99213", 1, ()), (D(2026, 1, 16), "0552T", 1, ())])]
    for name, acct, clm, rows in pts:
        svcs = []
        for dos, code, u, mods in rows:
            s = Svc(dos, code, u, mods)
            if code == "0552T":
                s.denied = "CO"
                G.medicare(s, st, deny_reason="50")
                s.remarks = ["N115"]
            else:
                G.medicare(s, st, sequestration=True)
            svcs.append(s)
        f.in_claim = clm
        for i, s in enumerate(svcs):
            tag = (clm, i)
            adj_total = sum((a for _, _, a in s.adjs), ZERO)
            codes = " ".join(f"{g}{r} {money(a, '')}" for g, r, a in s.adjs)
            if s.remarks:
                codes += " " + " ".join(s.remarks)
            f.row([name, acct, clm, dfmt(s.dos, "mdy2"), s.code, ",".join(s.mods), units_str(s.units),
                   money(s.billed, ""), money(s.allowed, ""), money(s.deductible, ""), money(s.coinsurance, ""),
                   money(adj_total, ""), money(s.paid, ""), codes], (), tag)
            o.add(tag, s, claim_id=acct, payer_claim_id=clm, patient=name,
                  printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                  remarks=s.remarks)
        tot = {"billed": G.total(svcs, "billed"), "allowed": G.total(svcs, "allowed"), "paid": G.total(svcs, "paid")}
        f.row(["Claim subtotal", "", "", "", "", "", "", money(tot["billed"], ""), money(tot["allowed"], ""),
               money(G.total(svcs, "deductible"), ""), money(G.total(svcs, "coinsurance"), ""),
               money(sum((a for s in svcs for _, _, a in s.adjs), ZERO), ""), money(tot["paid"], ""), ""], bold=True)
        f.end_claim()
        o.claims.append(claim_rec(acct, clm, name, svcs, tot))
        o.meta["totals"].append({"label": "Claim subtotal", "claim": clm, "billed": str(tot["billed"]),
                                 "paid": str(tot["paid"])})
    footer(doc, "TheraDesk PM v9.4 - rpt RMT-DTL", "LibNarrow", y=594, xr=762)
    o.finish(out_dir, f, [("45", "fee"), ("2", "coins"), ("253", "seq"), ("50", "not necessary")])


# ============================================================================================ s1
def s1(out_dir: Path):
    o = Out("h183_s1_clinic_statement", "reportlab", "therapy clinic family statement", False, "DejaSans")
    doc = o.doc
    cols = [Col("Date", 44), Col("Patient", 62), Col("Code", 52), Col("Description", 130), Col("Qty", 22, "r"),
            Col("Charge", 46, "r"), Col("Ins Paid", 46, "r"), Col("Contract\nAdj", 46, "r"), Col("You Owe", 46, "r")]
    t = Table(cols, 42, size=6.6, lead=9.4, head_fill=None)
    st = PlanState(ded_left=q("200.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    kids = [("Juniper Ashgrove", "V-20418", "RB7726051101", [
        (D(2026, 1, 5), "97166", 1, ("GO",)), (D(2026, 1, 7), "97530", 2, ("GO",)), (D(2026, 1, 7), "97535", 1, ("GO",)),
        (D(2026, 1, 12), "97530", 2, ("GO",)), (D(2026, 1, 12), "97112", 1, ("GO",)), (D(2026, 1, 14), "97530", 3, ("GO",)),
        (D(2026, 1, 19), "97530", 2, ("GO",)), (D(2026, 1, 19), "97535", 2, ("GO",)), (D(2026, 1, 21), "97530", 2, ("GO",)),
        (D(2026, 1, 21), "97140", 1, ("GO", "59")), (D(2026, 1, 26), "97530", 2, ("GO",)), (D(2026, 1, 26), "97760", 1, ("GO",)),
        (D(2026, 1, 28), "97530", 2, ("GO",)), (D(2026, 1, 28), "97535", 1, ("GO",)), (D(2026, 1, 30), "97168", 1, ("GO",))]),
        ("Silas Ashgrove", "V-20427", "RB7726051188", [
            (D(2026, 1, 6), "92523", 1, ("GN",)), (D(2026, 1, 13), "92507", 1, ("GN",)), (D(2026, 1, 20), "92507", 1, ("GN",))]),
        ("Wilhelmina Ashgrove", "V-20433", "RB7726051204", [
            (D(2026, 1, 9), "97161", 1, ("GP",)), (D(2026, 1, 16), "97110", 2, ("GP",)), (D(2026, 1, 16), "97116", 1, ("GP",))])]
    claims = []
    for pat, visit, clm, rows in kids:
        svcs = []
        for dos, code, u, mods in rows:
            s = Svc(dos, code, u, mods)
            G.commercial(s, st)
            if code in LONG_DESC:
                s.desc = LONG_DESC[code]
            svcs.append(s)
        claims.append((pat, visit, clm, svcs))
    due = sum((G.total(c[3], "owes") for c in claims), ZERO)

    def page(d: Doc, n):
        d.text(42, 44, "Little Lanterns Pediatric Therapy", 14, True)
        d.text(42, 56, "61 Cooperage Row, Suite 4  ·  Ambleford, VT 05999  ·  (802) 555-0186", 7.5)
        d.text(570, 44, "STATEMENT", 12, True, "r")
        if n == 1:
            d.text(42, 84, "Guarantor", 7, True)
            d.text(42, 95, "Rhiannon Ashgrove", 8.5)
            d.text(42, 106, "19 Tamarack Bend", 8.5)
            d.text(42, 117, "Ambleford VT 05998", 8.5)
            d.rect(370, 74, 200, 56)
            d.text(376, 86, "Statement date", 7.5)
            d.text(564, 86, "02/02/2026", 7.5, align="r")
            d.text(376, 98, "Guarantor account", 7.5)
            d.text(564, 98, "G-5512", 7.5, align="r")
            d.text(376, 112, "Amount due", 9, True)
            d.text(564, 112, money(due), 9, True, "r")
            d.text(376, 124, "Please pay by", 7.5)
            d.text(564, 124, "02/27/2026", 7.5, align="r")
            d.text(42, 146, "Insurance on file: Redbank Benefit Trust (primary)   Policy holder: Rhiannon Ashgrove", 7)
            y = t.draw_head(d, 154)
            return y
        d.text(42, 70, "Guarantor account G-5512  ·  Rhiannon Ashgrove", 7)
        return 80

    f = Flow(doc, t, page, 700, repeat_head=False, cont_label=lambda k: f"Visit {k} continued from previous page")
    f.page(first=True)
    for pat, visit, clm, svcs in claims:
        def head(d, y, pat=pat, visit=visit, clm=clm):
            d.text(42, y + 10, f"{pat}  ·  Visit # {visit}  ·  Redbank claim {clm}  ·  billed 01/31/2026", 7, True)
            d.line(42, y + 13, 570, y + 13, 0.3)
            return y + 15
        f.claim(visit, head, 15, with_head=False)
        for i, s in enumerate(svcs):
            first, extra = split_desc(doc, s.desc, "", 126, 6.6)
            tag = (clm, i)
            f.row([dfmt(s.dos, "mdy2"), pat.split()[0], codestr(s, "-", "-"), first, units_str(s.units),
                   money(s.billed, ","), money(s.paid, ","), money(s.discount, ","), money(s.owes, ",")],
                  [(3, e) for e in extra], tag)
            o.add(tag, s, claim_id=visit, payer_claim_id=clm, patient=pat,
                  printed=("billed", "paid", "discount", "patient_owes"))
        tot = {"billed": G.total(svcs, "billed"), "paid": G.total(svcs, "paid"), "patient_owes": G.total(svcs, "owes")}
        f.row(["", "", "", "Visit total", "", money(tot["billed"], ","), money(tot["paid"], ","),
               money(G.total(svcs, "discount"), ","), money(tot["patient_owes"], ",")], bold=True)
        f.end_claim()
        f.y += 6
        o.claims.append(claim_rec(visit, clm, pat, svcs, tot))
        o.meta["totals"].append({"label": "Visit total", "claim": clm, "billed": str(tot["billed"]),
                                 "paid": str(tot["paid"])})

    def stub(d, y):
        y += 8
        for i, (a, b) in enumerate([("Current", money(due)), ("31-60", "$0.00"), ("61-90", "$0.00"), ("90+", "$0.00")]):
            d.rect(42 + i * 132, y, 128, 24)
            d.text(48 + i * 132, y + 10, a, 7)
            d.text(164 + i * 132, y + 20, b, 7, True, "r")
        d.text(42, y + 40, "- - - - - - - - - - - - - - - - - detach and return with payment - - - - - - - - - - - - - -"
               " - - -", 7)
        d.text(42, y + 54, "Little Lanterns Pediatric Therapy, PO Box 3308, Ambleford VT 05999", 7.5)
        d.text(42, y + 65, f"Account G-5512   Amount due {money(due)}   Amount enclosed ________", 7.5)
        return y + 70
    f.block(stub, 80)
    footer(doc, "We accept cards online at the patient portal.", "DejaSans")
    o.finish(out_dir, f, [])


# ============================================================================================ s2
def s2(out_dir: Path):
    o = Out("h183_s2_hospital_statement", "fpdf2", "hospital outpatient rehab family statement", False, "Helvetica")
    doc = o.doc
    REV = {"97": "0430", "92": "0440", "99": "0510", "L3": "0274", "G0": "0420", "05": "0430"}
    cols = [Col("Service\ndate", 42), Col("Rev", 24), Col("HCPCS", 30), Col("Mod", 30), Col("Description", 150),
            Col("Qty", 20, "r"), Col("Charges", 50, "r"), Col("Insurance\npaid", 50, "r"), Col("Adjust-\nments", 50, "r"),
            Col("Patient\nbalance", 50, "r")]
    t = Table(cols, 36, size=6.6, lead=9.2, boxed=True, head_fill=0.92)
    st = PlanState(ded_left=q("350.00"), coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.61"))
    accts = [("Esperanza Delgado-Finch", "HA-60331872", "NTL-6650-21930", [
        (D(2026, 1, 6), "97163", 1, ("GP",)), (D(2026, 1, 6), "97110", 2, ("GP",)), (D(2026, 1, 6), "G0283", 1, ("GP",)),
        (D(2026, 1, 13), "97110", 3, ("GP",)), (D(2026, 1, 13), "97140", 2, ("GP",))]),
        ("Teodoro Delgado-Finch", "HA-60331905", "NTL-6650-21988", [
            (D(2026, 1, 8), "97167", 1, ("GO",)), (D(2026, 1, 8), "97760", 1, ("GO",)), (D(2026, 1, 8), "L3807", 1, ("LT",))]),
        ("Teodoro Delgado-Finch", "HA-60332114", "NTL-6650-22401", [
            (D(2026, 1, 22), "97530", 2, ("GO",)), (D(2026, 1, 22), "97535", 2, ("GO",)), (D(2026, 1, 22), "0552T", 1, ())])]
    claims = []
    for pat, acct, clm, rows in accts:
        svcs = []
        for dos, code, u, mods in rows:
            s = Svc(dos, code, u, mods)
            if code == "0552T":
                s.denied = "PR"
            G.commercial(s, st)
            if code in LONG_DESC:
                s.desc = LONG_DESC[code]
            svcs.append(s)
        claims.append((pat, acct, clm, svcs))
    due = sum((G.total(c[3], "owes") for c in claims), ZERO)

    def page(d: Doc, n):
        d.text(36, 42, "NORTH TILLMAN REGIONAL MEDICAL CENTER", 12, True)
        d.text(36, 53, "Outpatient Rehabilitation Services  |  Patient Financial Services  |  1-866-555-0133", 7.2)
        if n == 1:
            d.text(36, 78, "Guarantor: Marisol Delgado-Finch", 8)
            d.text(36, 89, "406 Quarry Gate Dr, Tillman Falls, NE 68999", 8)
            d.text(36, 100, "Statement date: 02/02/2026", 8)
            d.rect(404, 64, 172, 74, lw=0.8, fill=0.94)
            d.text(412, 78, "AMOUNT DUE", 8, True)
            d.text(568, 92, money(due), 12, True, "r")
            d.text(412, 108, "Pay by 03/04/2026", 7.5)
            d.text(412, 120, "Pay online: ntrmc-pay.example", 7.5)
            d.text(412, 132, "Family statement: 2 patients", 7.5)
            return 150
        return 66

    f = Flow(doc, t, page, 730, repeat_head=True, cont_label=lambda k: f"Account {k} (continued)")
    f.page(first=True)
    for pat, acct, clm, svcs in claims:
        def head(d, y, pat=pat, acct=acct, clm=clm, svcs=svcs):
            d.text(36, y + 11, f"Patient: {pat}", 8, True)
            d.text(220, y + 11, f"Hospital account: {acct}", 7.5)
            d.text(380, y + 11, "Admit/visit type: Outpatient recurring", 7.5)
            d.text(36, y + 21, f"Insurance: Northern Tier Life & Health   Claim no. {clm}   Billed 01/26/2026", 7.5)
            return y + 25
        f.claim(acct, head, 25)
        for i, s in enumerate(svcs):
            first, extra = split_desc(doc, s.desc, "", 146, 6.6)
            tag = (clm, i)
            f.row([dfmt(s.dos, "mdy2"), REV[s.code[:2]], s.code, " ".join(s.mods), first, units_str(s.units),
                   money(s.billed, ","), money(s.paid, ","), money(s.discount, ","), money(s.owes, ",")],
                  [(4, e) for e in extra], tag)
            o.add(tag, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                  printed=("billed", "paid", "discount", "patient_owes"))
        tot = {"billed": G.total(svcs, "billed"), "paid": G.total(svcs, "paid"), "patient_owes": G.total(svcs, "owes")}
        f.row(["", "", "", "", "Account balance", "", money(tot["billed"], ","), money(tot["paid"], ","),
               money(G.total(svcs, "discount"), ","), money(tot["patient_owes"], ",")], bold=True)
        f.end_claim()
        f.y += 8
        o.claims.append(claim_rec(acct, clm, pat, svcs, tot))
        o.meta["totals"].append({"label": "Account balance", "claim": clm, "billed": str(tot["billed"]),
                                 "paid": str(tot["paid"])})

    def msg(d, y):
        d.text(36, y + 12, "Messages", 8, True)
        d.text(36, y + 23, "Low-level laser therapy was not covered by your insurer; the balance is yours. Ask us about "
               "our financial assistance program.", 7)
        return y + 28
    f.block(msg, 30)
    footer(doc, "NTRMC PFS STMT-OP-F", "Helvetica")
    o.finish(out_dir, f, [])


# ============================================================================================ check
AMT_RE = re.compile(r"\(?-?\$?\d[\d,]*\.\d{2}\)?-?")
NUM_RE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w])")


def amounts(s: str) -> list[Decimal]:
    out = []
    for m in AMT_RE.findall(s):
        neg = m.startswith("(") or m.startswith("-") or m.endswith("-")
        v = Decimal(re.sub(r"[^\d.]", "", m))
        out.append(-v if neg else v)
    return out


def date_forms(d: date) -> list[str]:
    out = [dfmt(d, k) for k in ("mdy2", "mdy4", "mdy6", "mon", "month", "mdyn", "iso", "dmy", "mdY8")]
    return out + [f"{d:%m%d} {d:%m%d%y}"]


def check(out_dir: Path) -> int:
    import pdfplumber
    errs = []
    n_lines = n_pages = 0
    for tp in sorted(out_dir.glob("*.truth.json")):
        tr = json.loads(tp.read_text())
        pdfp = Path(str(tp)[: -len(".truth.json")])
        meta = json.loads(Path(str(pdfp) + ".check.json").read_text())
        with pdfplumber.open(pdfp) as pdf:
            texts = [p.extract_text() or "" for p in pdf.pages]
            if len(pdf.pages) != tr["pages"]:
                errs.append(f"{pdfp.name}: pages {len(pdf.pages)} != {tr['pages']}")
        n_pages += tr["pages"]
        n_lines += len(tr["lines"])
        alltext = "\n".join(texts)
        spans = set()
        for i, ln in enumerate(tr["lines"]):
            where = f"{pdfp.name} line {i}"
            page_lines = texts[ln["page"] - 1].splitlines()
            want = [Decimal(ln[k]) for k in G.AMOUNT_KEYS if ln[k] is not None]
            hits = []
            for j, pl in enumerate(page_lines):
                if ln["code"] not in pl:
                    continue
                toks = re.split(r"[\s\-,()/]+", pl)
                if any(not any(m == t or (t.endswith(m) and t[:-len(m)] == ln["code"]) for t in toks) for m in
                       ln["modifiers"]):
                    continue
                am = amounts(pl)
                pool = list(am)
                ok = True
                for w in want:
                    if w in pool:
                        pool.remove(w)
                    else:
                        ok = False
                        break
                if not ok:
                    continue
                if ln["units"] is not None:
                    nums = [Decimal(x) for x in NUM_RE.findall(pl)]
                    if Decimal(ln["units"]) not in nums:
                        continue
                hits.append(j)
            if not hits:
                errs.append(f"{where}: no text line with code {ln['code']} mods {ln['modifiers']} amounts {want}"
                            f" units {ln['units']}")
                continue
            j = hits[0]
            block = "\n".join(page_lines[j: j + 5])
            for g, r, a in ln["adjustments"]:
                if not re.search(rf"{g}-?{r}\b", block) or (a is not None and Decimal(a) not in amounts(block)):
                    errs.append(f"{where}: adjustment {g} {r} {a} not by its row")
            if not any(f in texts[ln["page"] - 1] for f in date_forms(date.fromisoformat(ln["service_date"]))):
                errs.append(f"{where}: date {ln['service_date']} not on page")
            for r in ln["remarks"]:
                if r not in page_lines[j] and r not in block:
                    errs.append(f"{where}: remark {r} not on its row")
            for k in ("claim_id", "payer_claim_id", "patient"):
                v = ln[k]
                if v is not None and v not in "\n".join(texts[: ln["page"]]):
                    errs.append(f"{where}: {k} {v!r} not printed")
            # arithmetic
            if ln["adjustments"]:
                s = Decimal(ln["billed"]) - sum(Decimal(a) for _, _, a in ln["adjustments"])
                if s != Decimal(ln["paid"]):
                    errs.append(f"{where}: billed - adjustments {s} != paid {ln['paid']}")
            if ln["allowed"] is not None and ln["deductible"] is not None and ln["coinsurance"] is not None \
                    and ln["adjustments"]:
                red = sum((Decimal(a) for g, r, a in ln["adjustments"] if r == "253"), Decimal(0))
                s = Decimal(ln["allowed"]) - Decimal(ln["deductible"]) - Decimal(ln["coinsurance"]) - red \
                    - Decimal(ln["copay"] or 0)
                if s != Decimal(ln["paid"]):
                    errs.append(f"{where}: allowed arithmetic {s} != paid")
            if ln["discount"] is not None and ln["patient_owes"] is not None and ln["paid"] is not None \
                    and ln["not_covered"] is None:
                # statements: charge - insurance paid - contractual = what is left for someone
                pass
        by_claim: dict = {}
        for ln in tr["lines"]:
            by_claim.setdefault(ln["payer_claim_id"], []).append(ln)
            spans.add((ln["payer_claim_id"], ln["page"]))
        for c in tr["claims"]:
            lns = by_claim.get(c["payer_claim_id"], [])
            for k in ("billed", "paid"):
                if c["totals"][k] is not None:
                    s = sum(Decimal(x[k]) for x in lns)
                    if s != Decimal(c["totals"][k]):
                        errs.append(f"{pdfp.name}: claim {c['payer_claim_id']} {k} total {c['totals'][k]} != {s}")
            for x in meta["totals"]:
                if x["claim"] == c["payer_claim_id"]:
                    tot_line = [pl for pl in alltext.splitlines() if x["label"] in pl
                                and abs(Decimal(x["billed"])) in [abs(a) for a in amounts(pl)]]
                    if not tot_line:
                        errs.append(f"{pdfp.name}: printed total for {c['payer_claim_id']} not found")
        multi = [cid for cid in by_claim if len({p for c2, p in spans if c2 == cid}) > 1]
        print(f"{pdfp.name}: {tr['producer']}, {tr['pages']} pages, {len(tr['lines'])} lines, "
              f"{len(tr['claims'])} claims, claims across pages: {multi}")
    for e in errs:
        print("ERROR", e)
    print(f"{n_lines} lines, {n_pages} pages, {len(errs)} errors")
    return 1 if errs else 0


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout183_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in (c1, c2, m1, m2, d1, d2, p1, p2, s1, s2):
        fn(out)
    print(out)
    if "--check" in argv:
        return check(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
