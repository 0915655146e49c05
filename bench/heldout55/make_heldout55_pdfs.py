"""Write the 55th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten documents of
the five commonest real kinds (two each), written independently of the reader.

Run:  python bench/heldout55/make_heldout55_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout55/make_heldout55_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Truth format: the one of samples/pdf (see
samples/pdf/eobgen.py), printed values only, null for what a layout does not print (units null where no quantity
is printed); claim_id = the provider's account / visit / chart number, payer_claim_id = the payer's claim number /
ICN / claim reference, patient exactly as printed (the person served). Every name, number, payer, provider and ID
is invented; descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed creation date).
Helper module: h55kit.py (one page-op list rendered by either producer).

Layouts:
  c1  commercial PPO member EOB for a family of three (reportlab, portrait Liberation Sans): summary by family
      member, shaded "Claim for <name> (<relation>)" bands, "What was done (procedure code)" with code-mods in
      parentheses, Network savings / Not covered / Plan allows / Deductible / Copay / Coinsurance / Plan paid /
      You owe / Note, denied lines, claim totals, notes legend
  c2  employer HMO-POS "Statement of Health Care Benefits" (fpdf2, landscape DejaVu Serif Condensed): dark title
      bar, Proc / Mod "GP, KX" / Qty columns, wording on a second text line under each service, amounts
      "1,234.50", per-visit copay, a not-covered line; PLANTED claim-total mismatch (Your responsibility) on
      the first claim, two pages (the next claim starts on page 2 under a repeated header)
  m1  Medicare Summary Notice Part B (reportlab, portrait DejaVu Sans): dashboard box, provider bands with claim
      number, visit-date subheadings "January 14, 2026", "Service Provided & Billing Code" with "(97110-GP-KX)",
      Service Approved? Yes/No, letter notes; no units printed (units null), no provider account (claim_id null)
  m2  Medicare Advantage HMO member EOB (fpdf2, portrait Liberation Serif): boxed provider heads with claim number
      and provider account, "Jan 9, 2026" dates, code+mods "97110 GP", Provider's charge / Plan's approved amount /
      Plan's share / Your share, per-day copay, a denied line; a claim runs onto page 2 (header repeated)
  d1  state Medicaid remittance advice (reportlab, landscape core Courier): ICN / RECIPIENT / MEDICAID ID / PAT ACCT
      heading, FROM/TO DOS, MD1/MD2, UNITS "2.00", trailing-minus amounts for a VOIDED claim, EOB codes, status;
      fixed rows per page so a claim continues on page 2
  d2  state Medicaid remittance advice (fpdf2, portrait DejaVu Sans Condensed): boxed claim blocks (Recipient /
      Medicaid ID / Claim Reference Number / Patient Account), weekly date ranges "02/02/2026-02/06/2026"
      (service_end set), Modifiers, Units, a denied evaluation; two pages, header repeated
  p1  Medicare standard paper remit printed by a clearinghouse viewer (fpdf2, landscape Liberation Mono): NAME /
      HIC / ACNT / ICN / ASG / MOA, PERF PROV / SERV DATE "0302 030226" / POS / NOS / PROC / MODS / BILLED /
      ALLOWED / DEDUCT / COINS / GRP/RC-AMT stacked on extra text lines / PROV PD, a denied line, PT RESP and
      CLAIM TOTALS; a claim continues onto page 2
  p2  practice-management "Insurance Payment Detail" of a Medicare payment (reportlab, portrait Liberation Sans
      Narrow): patient / Chart # / Payer ICN heads, DOS / CPT / Mod / Units / Charge / Allowed / Deduct / Coins /
      Contractual / Seq. / Paid / Pt Resp, totals per patient
  s1  pediatric therapy clinic family statement (reportlab, portrait Liberation Sans): guarantor, one visit block
      per visit (two children) with the insurer's claim number, Charge / Insurance paid / Insurance adjustment /
      Your balance, a denied line billed to the family, visit totals
  s2  hospital itemized statement for two family members (fpdf2, portrait core Times): account heads, Rev code,
      "97110 GP" in CPT/HCPCS, Qty, charges only (insurance activity not itemised, so paid/allowed null)

The self-check (--check) tests the factory, not the reader: for every truth line, the printed date, code,
modifiers, units and every non-null amount are on ONE extracted text line of the truth page (dates printed as
subheadings, stacked adjustment lines: on the page), ids and patients are in the text, page counts match,
billed - adjustments = paid where every adjustment is printed (p1), billed - discount = allowed for covered lines
where printed, claim totals are printed and equal the sum of lines unless a planted mismatch is declared (and the
planted one really differs), at least three documents have a claim whose rows continue onto the next page.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (DESC, FEE, SCHED, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare,  # noqa: E402
                    money, negate, q, total, truth_line, units_str, write_truth)
from h55kit import Col, Doc, header_row, row, sw, wrap  # noqa: E402

D = date
FEE.setdefault("97533", "88.00")
SCHED.setdefault("97533", "30.10")
DESC.setdefault("97533", "Sensory integration techniques")
FEE.setdefault("97162", "240.00")
SCHED.setdefault("97162", "101.12")
DESC.setdefault("97162", "PT evaluation, moderate complexity")
FEE.setdefault("G0151", "140.00")
SCHED.setdefault("G0151", "0.00")
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
REC: dict = {}   # name -> list of (row_tokens, page_tokens) aligned with truth lines; plus meta


class Out:
    """Collects truth lines and check tokens for one document."""

    def __init__(self, name: str, m, u=units_str, adj_complete: bool = False):
        self.name, self.m, self.u, self.adj_complete = name, m, u, adj_complete
        self.lines: list = []
        self.toks: list = []
        self.claims: list = []
        self.page_extra: list = []   # (page, token) other strings to find on a page

    def add(self, page, s, *, cid, pcid, pat, printed, rowt, paget=(), units=True, adjustments=None,
            remarks=None, service_end=None, modifiers=True, description=True):
        self.lines.append(truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed,
                                     units=units, adjustments=adjustments, remarks=remarks,
                                     service_end=service_end, modifiers=modifiers, description=description))
        self.toks.append((list(rowt), list(paget)))

    def claim(self, cid, pcid, pat, **tot):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": claim_totals(**tot)})


def finish(o: Out, doc: Doc, out_dir: Path, producer: str, desc: str, legend, findings=None):
    path = out_dir / f"{o.name}.pdf"
    if producer == "reportlab":
        doc.save_rl(path, desc)
    else:
        doc.save_fp(path, desc)
    write_truth(path, o.name, producer, doc.pno, desc, o.lines, o.claims, legend, findings)
    REC[o.name] = o


def mods(s: Svc, sep: str = " ") -> str:
    return sep.join(s.mods)


# ============================================================================ c1 commercial member EOB
def c1(out_dir: Path):
    """Commercial PPO member EOB for a family, reportlab portrait Liberation Sans."""
    m = lambda d: money(d, "$", "-")  # noqa: E731
    o = Out("h55_c1_family_ppo_eob", m)
    fam = [("Nadia Okonkwo-Reyes", "Self", "OKR-55102"), ("Tobias Okonkwo-Reyes", "Son", "OKR-55131"),
           ("Imani Okonkwo-Reyes", "Daughter", "OKR-55140")]
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.10"), copay_codes={"99213": Decimal("35.00")})
    claims = [
        (0, "Lakeshore Hand & Upper Limb Therapy", "E26-0114-3380", "LHT88213",
         [Svc(D(2026, 1, 6), "97166", 1, ("GO",)), Svc(D(2026, 1, 6), "97760", 2, ("GO",)),
          Svc(D(2026, 1, 6), "L3807", 1, ("RT",))]),
        (1, "Brightpath Pediatric Therapy", "E26-0121-5521", "BPT-40077",
         [Svc(D(2026, 1, 13), "97530", 3, ("GO",)), Svc(D(2026, 1, 13), "97112", 1, ("GO", "59")),
          Svc(D(2026, 1, 20), "97530", 3, ("GO",)), Svc(D(2026, 1, 20), "97535", 2, ("GO",)),
          Svc(D(2026, 1, 27), "97530", 2, ("GO",)), Svc(D(2026, 1, 27), "97533", 2, ("GO",), desc="Sensory integration techniques"),
          Svc(D(2026, 2, 3), "97530", 3, ("GO",)), Svc(D(2026, 2, 3), "97110", 1, ("GO",)),
          Svc(D(2026, 2, 10), "97530", 3, ("GO",)), Svc(D(2026, 2, 10), "97535", 1, ("GO",), denied="PR")]),
        (2, "Harbor View Family Medicine", "E26-0129-0042", "HVF-2290",
         [Svc(D(2026, 1, 29), "99213", 1, ())]),
        (2, "Brightpath Pediatric Therapy", "E26-0203-7719", "BPT-40112",
         [Svc(D(2026, 2, 4), "92507", 1, ("GN",)), Svc(D(2026, 2, 11), "92507", 1, ("GN",)),
          Svc(D(2026, 2, 11), "92523", 1, ("GN",), denied="PR")]),
    ]
    for _, _, _, _, svcs in claims:
        for s in svcs:
            s.billed = q(Decimal(FEE[s.code]) * s.units)
            commercial(s, st, deny_reason="96")
            s.remarks = ["N3"] if s.denied else (["D1"] if s.deductible else ["P2"])
    W, H = LETTER
    doc = Doc(W, H)
    F, FB = "LSans", "LSansB"
    cols = [Col("Service|date", 44), Col("What was done|(procedure code)", 150), Col("Units", 24, "r"),
            Col("Amount|billed", 42, "r"), Col("Network|savings", 40, "r"), Col("Not|covered", 36, "r"),
            Col("Plan|allows", 40, "r"), Col("Deduct-|ible", 36, "r"), Col("Copay", 32, "r"),
            Col("Co-|insurance", 40, "r"), Col("Plan|paid", 38, "r"), Col("You|owe", 36, "r"),
            Col("Note", 24, "c")]
    x0 = 30

    def furniture(first: bool):
        doc.new_page()
        doc.text(x0, 40, "NORTHSTAR MUTUAL HEALTH", FB, 14)
        doc.text(x0, 52, "Member Services 1-800-555-0143  |  northstarmutual.example", F, 7)
        doc.text(W - 30, 40, "Explanation of Benefits", FB, 12, "r")
        doc.text(W - 30, 52, "THIS IS NOT A BILL", FB, 8, "r")
        doc.line(x0, 58, W - 30, 58, 1.2)
        doc.text(W / 2, H - 24, f"Page {doc.pno} of PAGES", F, 7, "c")
        doc.text(x0, H - 24, "Plan: Northstar Choice PPO 2500  Group 0077140", F, 6.5)

    furniture(True)
    doc.text(x0, 80, "NADIA OKONKWO-REYES", F, 9)
    doc.text(x0, 91, "1408 WILLOWBEND CT", F, 9)
    doc.text(x0, 102, "FAIRHAVEN, OR 97055-2214", F, 9)
    doc.rect(360, 70, 222, 48, fill=0.93)
    doc.text(366, 82, "Subscriber: Nadia Okonkwo-Reyes", F, 7.5)
    doc.text(366, 93, "Member ID: NMH 448 190 227", F, 7.5)
    doc.text(366, 104, "Statement date: February 19, 2026", F, 7.5)
    doc.text(366, 115, "Claims processed: Jan 08 - Feb 18, 2026", F, 7.5)
    y = 140
    doc.text(x0, y, "Summary by family member", FB, 9)
    y += 12
    for i, (nm, rel, _) in enumerate(fam):
        sv = [s for c in claims if c[0] == i for s in c[4]]
        doc.text(x0 + 6, y, f"{nm} ({rel})", F, 7.5)
        doc.text(300, y, f"Billed {m(total(sv, 'billed'))}", F, 7.5)
        doc.text(400, y, f"Plan paid {m(total(sv, 'paid'))}", F, 7.5)
        doc.text(500, y, f"You owe {m(total(sv, 'owes'))}", F, 7.5)
        y += 10
    doc.text(x0, y + 4, "Deductible: $120.00 of your $1,500.00 individual deductible has been applied so far in 2026.", F, 7)
    y += 24
    bottom = H - 60
    sz = 6.6
    for pi, prov, pcid, acct, svcs in claims:
        nm, rel, _ = fam[pi]
        need = 40
        if y + need > bottom:
            furniture(False)
            y = 80
        doc.rect(x0, y - 9, W - 60, 24, fill=0.88, stroke=False)
        doc.text(x0 + 4, y, f"Claim for {nm} ({rel})", FB, 8)
        doc.text(x0 + 4, y + 10, f"Provider: {prov}    Claim number {pcid}    Patient account {acct}", F, 7)
        y += 26
        y = header_row(doc, x0, y, cols, FB, 6, 7)
        for s in svcs:
            if y > bottom:
                furniture(False)
                y = 80
                doc.text(x0 + 4, y, f"Claim for {nm} ({rel}) - claim number {pcid} (continued)", FB, 7.5)
                y += 14
                y = header_row(doc, x0, y, cols, FB, 6, 7)
            what = f"{s.desc} ({s.code}{'-' + '-'.join(s.mods) if s.mods else ''})"
            if sw(what, F, sz) > 146:
                what = f"{s.desc[:28].rstrip()}. ({s.code}{'-' + '-'.join(s.mods) if s.mods else ''})"
            codestr = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            vals = [dfmt(s.dos, "mdy2"), what, units_str(s.units), m(s.billed), m(s.discount), m(s.not_covered),
                    m(s.allowed), m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes),
                    ",".join(s.remarks)]
            row(doc, x0, y, cols, vals, F, sz)
            o.add(doc.pno, s, cid=acct, pcid=pcid, pat=nm,
                  printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                           "paid", "patient_owes"),
                  rowt=[vals[0], codestr] + vals[2:12] + s.remarks, remarks=s.remarks)
            y += 10
        tots = [m(total(svcs, a)) for a in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                             "coinsurance", "paid", "owes")]
        doc.line(x0 + 218, y - 6, W - 30, y - 6, 0.4)
        row(doc, x0, y + 2, cols, ["", "Claim totals", ""] + tots + [""], FB, sz)
        o.claim(acct, pcid, nm, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        y += 26
    if y > bottom - 60:
        furniture(False)
        y = 80
    legend = [("P2", "Your share is figured on the amount your plan allows, after the network savings."),
              ("D1", "Part of the allowed amount went toward your yearly deductible."),
              ("N3", "The plan needs treatment notes for this service; you may be billed until they arrive.")]
    doc.text(x0, y, "Notes", FB, 8)
    for k, t in legend:
        y += 10
        doc.text(x0 + 4, y, f"{k}  {t}", F, 7)
    y += 16
    doc.text(x0, y, "You may ask for a review of any decision on this statement within 180 days. Call Member Services.", F, 7)
    _fix_pages(doc)
    finish(o, doc, out_dir, "reportlab", "Commercial PPO member EOB for a family of three", legend)


def _fix_pages(doc: Doc):
    n = doc.pno
    for ops in doc.pages:
        for i, op in enumerate(ops):
            if op[0] == "t" and "PAGES" in op[3]:
                ops[i] = op[:3] + (op[3].replace("PAGES", str(n)),) + op[4:]


# ============================================================================ c2 commercial member EOB, landscape
def c2(out_dir: Path):
    """Employer HMO-POS member 'Statement of Health Care Benefits', fpdf2 landscape DejaVu Serif Condensed;
    two-line services (wording on a second line), planted total mismatch."""
    m = lambda d: money(d, ",", "()")  # noqa: E731
    o = Out("h55_c2_hmo_pos_benefit_statement", m)
    st = PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.25"), visit_copay=Decimal("30.00"))
    claims = [
        ("Wendell Prasad-Hoang", "Spouse", "Cedar Ridge Rehab Associates", "WPH0091",
         "26041-88123-00", [Svc(D(2026, 2, 2), "97161", 1, ("GP",)), Svc(D(2026, 2, 2), "97140", 2, ("GP",)),
                            Svc(D(2026, 2, 5), "97110", 3, ("GP",)), Svc(D(2026, 2, 5), "97140", 1, ("GP", "59")),
                            Svc(D(2026, 2, 9), "97110", 2, ("GP",)), Svc(D(2026, 2, 9), "G0283", 1, ("GP",))]),
        ("Priya Prasad-Hoang", "Subscriber", "Cedar Ridge Rehab Associates", "PPH0017",
         "26041-88177-00", [Svc(D(2026, 2, 3), "97162", 1, ("GP",)), Svc(D(2026, 2, 3), "97112", 2, ("GP", "KX")),
                            Svc(D(2026, 2, 10), "97112", 2, ("GP", "KX")), Svc(D(2026, 2, 10), "0552T", 1, (), denied="PR")]),
        ("Arjun Prasad-Hoang", "Child", "Little Sprouts Speech Clinic", "LSS-7781",
         "26044-10456-00", [Svc(D(2026, 2, 6), "92523", 1, ("GN",)), Svc(D(2026, 2, 13), "92507", 1, ("GN",)),
                            Svc(D(2026, 2, 20), "92507", 1, ("GN",))]),
    ]
    for *_, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="114")
            s.remarks = ["X7"] if s.denied else (["C2"] if s.copay else ["C4"])
    W, H = LAND
    doc = Doc(W, H)
    F, FB = "DVSerifC", "DVSerifCB"
    cols = [Col("Date of|service", 58), Col("Proc.", 40), Col("Mod", 40), Col("Qty", 24, "r"),
            Col("Billed|charges", 60, "r"), Col("Contract|reduction", 62, "r"), Col("Not|eligible", 52, "r"),
            Col("Eligible|amount", 58, "r"), Col("Your|copay", 50, "r"), Col("Your|coinsurance", 64, "r"),
            Col("Benefit|paid", 58, "r"), Col("Your|responsibility", 74, "r"), Col("Reason", 40, "c")]
    x0 = 36

    def furniture():
        doc.new_page()
        doc.rect(x0, 24, W - 72, 30, fill=0.15, stroke=False)
        doc.text(x0 + 8, 44, "Keystone Valley Health Plan", FB, 14)
        doc.rect(x0 + 250, 28, 0, 0, stroke=False)
        doc.text(W - 44, 36, "STATEMENT OF HEALTH CARE BENEFITS", FB, 9, "r")
        doc.text(W - 44, 48, "Keep this for your records - this is not a bill", F, 7.5, "r")
        doc.text(x0, H - 22, "Keystone Valley Health Plan, PO Box 6620, Harrisport, PA 17140  |  Questions: 1-888-555-0177 (TTY 711)", F, 6.5)
        doc.text(W - 36, H - 22, f"Page {doc.pno} of PAGES", F, 6.5, "r")

    furniture()
    doc.text(x0, 74, "Prepared for: PRIYA PRASAD-HOANG", FB, 8.5)
    doc.text(x0, 85, "Subscriber ID  KVH-6630-1182-01     Group  BRK-44 Harrisport Unified Schools     Plan  HMO-POS Gold 30", F, 7.5)
    doc.text(x0, 96, "Date issued  03/02/2026", F, 7.5)
    y = 118
    bottom = H - 50
    sz = 7
    findings = []
    for ci, (pat, rel, prov, acct, pcid, svcs) in enumerate(claims):
        if y + 60 > bottom:
            furniture()
            y = 74
        doc.text(x0, y, f"Patient: {pat} ({rel})", FB, 8.5)
        doc.text(x0 + 260, y, f"Rendering provider: {prov}", F, 7.5)
        doc.text(x0, y + 11, f"Claim reference: {pcid}     Provider's patient no.: {acct}     Network: In network", F, 7.5)
        y += 26
        y = header_row(doc, x0, y, cols, FB, 6.8, 8, shade=0.9)
        for s in svcs:
            if y + 16 > bottom:
                furniture()
                y = 74
                doc.text(x0, y, f"Patient: {pat} - claim {pcid} continued", FB, 8)
                y += 14
                y = header_row(doc, x0, y, cols, FB, 6.8, 8, shade=0.9)
            vals = [dfmt(s.dos, "mdy4"), s.code, mods(s, ", "), units_str(s.units), m(s.billed), m(s.discount),
                    m(s.not_covered), m(s.allowed), m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes),
                    s.remarks[0]]
            row(doc, x0, y, cols, vals, F, sz)
            doc.text(x0 + 60, y + 8.5, s.desc.lower().capitalize(), "DVSerifC", 6.2)
            o.add(doc.pno, s, cid=acct, pcid=pcid, pat=pat,
                  printed=("billed", "discount", "not_covered", "allowed", "copay", "coinsurance", "paid",
                           "patient_owes"), rowt=vals, remarks=s.remarks)
            y += 19
        tb = total(svcs, "billed")
        towes = total(svcs, "owes")
        pr_owes = towes + Decimal("10.00") if ci == 0 else towes
        if pr_owes != towes:
            findings.append(f"claim-total-mismatch claim {pcid}: printed Your responsibility total "
                            f"{pr_owes} but the lines add up to {towes}")
        doc.line(x0, y - 7, W - 36, y - 7, 0.4)
        tv = ["Claim total", "", "", "", m(tb), m(total(svcs, "discount")), m(total(svcs, "not_covered")),
              m(total(svcs, "allowed")), m(total(svcs, "copay")), m(total(svcs, "coinsurance")),
              m(total(svcs, "paid")), m(pr_owes), ""]
        row(doc, x0, y + 2, cols, tv, FB, sz)
        o.claim(acct, pcid, pat, billed=tb, allowed=total(svcs, "allowed"), paid=total(svcs, "paid"),
                patient_owes=pr_owes)
        y += 28
    legend = [("C2", "A fixed copay applies once per visit day."),
              ("C4", "You pay a percentage of the eligible amount for this service."),
              ("X7", "Service is outside the benefits of your plan; the charge is your responsibility.")]
    if y + 50 > bottom:
        furniture()
        y = 74
    doc.text(x0, y, "Reason codes", FB, 8)
    for k, t in legend:
        y += 10
        doc.text(x0 + 6, y, f"{k} - {t}", F, 7)
    _fix_pages(doc)
    finish(o, doc, out_dir, "fpdf2", "Employer HMO-POS member statement of health care benefits", legend, findings)


# ============================================================================ m1 Medicare Summary Notice
def m1(out_dir: Path):
    """Medicare Summary Notice Part B, reportlab portrait DejaVu Sans."""
    m = lambda d: money(d, "$", "-")  # noqa: E731
    o = Out("h55_m1_msn_part_b", m)
    ben = "Rosalind T. Vancleave"
    st = PlanState(ded_left=Decimal("40.00"))
    provs = [
        ("Greystone Outpatient Therapy, LLC", "(541) 555-0188", "26-0119-81442-0",
         [(D(2026, 1, 12), [Svc(D(2026, 1, 12), "97163", 1, ("GP",)), Svc(D(2026, 1, 12), "97110", 2, ("GP",))]),
          (D(2026, 1, 14), [Svc(D(2026, 1, 14), "97110", 2, ("GP", "KX")), Svc(D(2026, 1, 14), "97116", 1, ("GP", "KX")),
                            Svc(D(2026, 1, 14), "97140", 1, ("GP", "59"))]),
          (D(2026, 1, 16), [Svc(D(2026, 1, 16), "97110", 2, ("GP", "KX")), Svc(D(2026, 1, 16), "97530", 1, ("GP", "CQ")),
                            Svc(D(2026, 1, 16), "0552T", 1, ("GP",), denied="PR")]),
          (D(2026, 1, 21), [Svc(D(2026, 1, 21), "97110", 3, ("GP", "KX")), Svc(D(2026, 1, 21), "97112", 1, ("GP", "CQ"))]),
          (D(2026, 1, 23), [Svc(D(2026, 1, 23), "97110", 2, ("GP", "KX")), Svc(D(2026, 1, 23), "G0283", 1, ("GP",))])]),
        ("Marisol Pereda, OTR/L", "(541) 555-0163", "26-0128-90337-0",
         [(D(2026, 1, 26), [Svc(D(2026, 1, 26), "97168", 1, ("GO",)), Svc(D(2026, 1, 26), "97535", 2, ("GO",))])]),
    ]
    for *_, visits in provs:
        for _, svcs in visits:
            for s in svcs:
                medicare(s, st, deny_reason="50")
                s.remarks = ["C"] if s.denied else (["A"] if s.deductible else [])
    W, H = LETTER
    doc = Doc(W, H)
    F, FB = "DVSans", "DVSansB"
    x0 = 40

    def furniture():
        doc.new_page()
        doc.text(x0, 40, "Medicare Summary Notice", FB, 15)
        doc.text(x0, 54, "for Part B (Medical Insurance)", F, 9)
        doc.text(W - 40, 40, f"{ben.upper()}", FB, 8, "r")
        doc.text(W - 40, 52, f"THIS IS NOT A BILL  |  Page {doc.pno} of PAGES", F, 7.5, "r")
        doc.line(x0, 62, W - 40, 62, 1.5)

    furniture()
    doc.text(x0, 84, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", F, 7.5)
    doc.text(x0, 104, ben.upper(), F, 9)
    doc.text(x0, 115, "77 ALDER HOLLOW RD APT 2", F, 9)
    doc.text(x0, 126, "BEND RIVER, OR 97701", F, 9)
    doc.rect(330, 96, 242, 70, fill=0.94)
    doc.text(338, 108, "Notice for " + ben, FB, 8)
    doc.text(338, 120, "Medicare Number  4TX8-QP2-WN61", F, 7.5)
    doc.text(338, 132, "Date of This Notice  February 24, 2026", F, 7.5)
    doc.text(338, 144, "Claims Processed Between  Dec 24, 2025 - Feb 23, 2026", F, 7.5)
    allsv = [s for *_, v in provs for _, sv in v for s in sv]
    doc.text(338, 156, f"Total You May Be Billed  {m(total(allsv, 'owes'))}", FB, 7.5)
    doc.text(x0, 190, "Your Deductible Status", FB, 9)
    doc.text(x0, 202, "Your deductible is what you must pay for most health services before Medicare begins to pay.", F, 7.5)
    doc.text(x0, 213, "Part B Deductible: You have now met $283.00 of your $283.00 deductible for 2026.", F, 7.5)
    doc.text(x0, 236, "Your Claims for Part B (Medical Insurance)", FB, 10)
    doc.text(x0, 248, "Part B helps pay for doctors' services, outpatient therapy, and some equipment.", F, 7.5)
    cols = [Col("Service Provided & Billing Code", 200), Col("Service|Approved?", 52, "c"),
            Col("Amount|Provider|Charged", 62, "r"), Col("Medicare-|Approved|Amount", 62, "r"),
            Col("Amount|Medicare|Paid", 58, "r"), Col("Maximum|You May|Be Billed", 62, "r"), Col("See|Notes", 36, "c")]
    y = 272
    bottom = H - 48
    sz = 7.2
    for prov, phone, pcid, visits in provs:
        if y + 80 > bottom:
            furniture()
            y = 84
        doc.rect(x0, y - 10, W - 80, 30, fill=0.88, stroke=False)
        doc.text(x0 + 4, y, f"{prov}, {phone}", FB, 8)
        doc.text(x0 + 4, y + 11, f"Claim Number: {pcid}   Assigned   Referred by: Dr. Caleb Ostrander", F, 7.2)
        y += 32
        y = header_row(doc, x0, y, cols, FB, 6.6, 7.5)
        for dd, svcs in visits:
            if y + 12 + 11 * len(svcs) > bottom:
                furniture()
                y = 84
                doc.text(x0, y, f"{prov} - Claim Number {pcid} (continued)", FB, 8)
                y += 14
                y = header_row(doc, x0, y, cols, FB, 6.6, 7.5)
            ds = dfmt(dd, "month")
            doc.text(x0 + 2, y, ds, FB, 7.4)
            y += 11
            for s in svcs:
                code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
                sd = f"{s.desc} ({code})"
                if sw(sd, F, sz) > 196:
                    sd = f"{s.desc.split(',')[0]} ({code})"
                vals = [sd, "No" if s.denied else "Yes", m(s.billed), m(s.allowed), m(s.paid), m(s.owes),
                        ", ".join(s.remarks)]
                row(doc, x0 + 6, y, cols, vals, F, sz)
                o.add(doc.pno, s, cid=None, pcid=pcid, pat=ben, printed=("billed", "allowed", "paid", "patient_owes"),
                      rowt=[code] + vals[2:6] + s.remarks, paget=[ds], units=False, remarks=s.remarks)
                y += 11
            y += 2
        svs = [s for _, v in visits for s in v]
        doc.line(x0 + 200, y - 6, W - 40, y - 6, 0.5)
        row(doc, x0 + 6, y + 2, cols, ["Total for this claim", "", m(total(svs, "billed")), m(total(svs, "allowed")),
                                       m(total(svs, "paid")), m(total(svs, "owes")), ""], FB, sz)
        o.claim(None, pcid, ben, billed=total(svs, "billed"), allowed=total(svs, "allowed"),
                paid=total(svs, "paid"), patient_owes=total(svs, "owes"))
        y += 26
    legend = [("A", "This amount went toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this item or service because it is not considered reasonable and "
                    "necessary. Because the provider gave you advance written notice, you may be billed.")]
    if y + 50 > bottom:
        furniture()
        y = 84
    doc.text(x0, y, "Notes for Claims Above", FB, 9)
    for k, t in legend:
        for j, ln in enumerate(wrap(f"{k}  {t}", F, 7.2, W - 90)):
            y += 10
            doc.text(x0 + 4, y, ln, F, 7.2)
    _fix_pages(doc)
    finish(o, doc, out_dir, "reportlab", "Medicare Summary Notice Part B", legend)


# ============================================================================ generic flat-table layout
def flat(out_dir: Path, *, name, producer, size, F, FB, title, sub, head_lines, cols, groups, vals_fn, printed,
         rowt_fn, x0, sz, lead, group_head, legend, desc, units=True, adj_fn=None, adj_lines=None, box=False,
         shade=None, total_fn=None, m=None, page_top=None, date_on_row=True, claim_tot=True, end_fn=None, u=units_str, rows_per_page=999):
    """One table per claim group, claim heading rows, page furniture repeated, header repeated on a new page."""
    o = Out(name, m, u)
    W, H = size
    doc = Doc(W, H)

    def furniture():
        doc.new_page()
        doc.text(x0, 36, title, FB, 12)
        doc.text(W - x0, 36, sub, F, 7.5, "r")
        doc.text(W - x0, 46, f"Page {doc.pno} of PAGES", F, 7, "r")
        doc.line(x0, 52, W - x0, 52, 0.8)
        return 66

    y = furniture()
    for ln in head_lines:
        doc.text(x0, y, ln, F, 7.5)
        y += 10
    y += 8
    bottom = H - 44
    cnt_pg: dict = {}
    for g in groups:
        cid, pcid, pat, svcs, heads = g["cid"], g["pcid"], g["pat"], g["svcs"], g["heads"]
        if y + 50 > bottom:
            y = furniture()
        if box:
            doc.rect(x0, y - sz - 2, sum(c.w for c in cols), len(heads) * (lead + 1) + 2, fill=shade, stroke=True)
        for i, h in enumerate(heads):
            doc.text(x0 + 2, y, h, FB if i == 0 else F, sz + 0.5)
            y += lead + 1
        y += 2
        y = header_row(doc, x0, y, cols, FB, sz - 0.4, lead - 1)
        for s in svcs:
            extra = len(adj_lines(s)) if adj_lines else 0
            if y + lead * (1 + extra) > bottom or cnt_pg.get(doc.pno, 0) >= rows_per_page:
                y = furniture() + 4
                doc.text(x0 + 2, y, group_head(g), FB, sz + 0.5)
                y += lead + 3
                y = header_row(doc, x0, y, cols, FB, sz - 0.4, lead - 1)
            vals = vals_fn(s, g)
            cnt_pg[doc.pno] = cnt_pg.get(doc.pno, 0) + 1
            row(doc, x0, y, cols, vals, F, sz)
            pg = []
            if adj_lines:
                for al in adj_lines(s):
                    y += lead
                    row(doc, x0, y, cols, al, F, sz)
                    pg += [v for v in al if v]
            o.add(doc.pno, s, cid=cid, pcid=pcid, pat=pat, printed=printed, rowt=rowt_fn(s, vals), paget=pg,
                  units=units, adjustments=adj_fn(s) if adj_fn else None, remarks=s.remarks,
                  service_end=end_fn(s) if end_fn else None)
            y += lead
        if claim_tot and total_fn:
            doc.line(x0, y - lead + 3, x0 + sum(c.w for c in cols), y - lead + 3, 0.3)
            row(doc, x0, y + 1, cols, total_fn(svcs), FB, sz)
            y += lead
        if g.get("tot"):
            o.claim(cid, pcid, pat, **g["tot"])
        y += lead + 4
    if y + 12 * (len(legend) + 1) > bottom:
        y = furniture()
    doc.text(x0, y, "Code descriptions", FB, sz + 1)
    for k, t in legend:
        y += lead + 1
        doc.text(x0 + 4, y, f"{k}  {t}", F, sz)
    _fix_pages(doc)
    finish(o, doc, out_dir, producer, desc, legend)
    return o


def tot(svcs):
    return dict(billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"),
                patient_owes=total(svcs, "owes"))


# ============================================================================ m2 Medicare Advantage member EOB
def m2(out_dir: Path):
    m = lambda d: money(d, "$", "-")  # noqa: E731
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.0"), visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.55"))
    pat = "Eugene Marchetti"
    groups = []
    spec = [("Sunfield Rehabilitation Partners", "MA26-0031775", "SRP-20931",
             [Svc(D(2026, 1, 7), "97162", 1, ("GP",)), Svc(D(2026, 1, 7), "97110", 2, ("GP",))] +
             [Svc(D(2026, 1, d), c, u, mo) for d in (9, 12, 14, 16, 19, 21) for c, u, mo in
              (("97110", 2, ("GP",)), ("97530", 1, ("GP", "CQ")), ("97140", 1, ("GP", "59")))]),
            ("Orchard Lane Speech & Swallow", "MA26-0032008", "OLS-5512",
             [Svc(D(2026, 1, 22), "92523", 1, ("GN",)), Svc(D(2026, 1, 29), "92526", 1, ("GN",)),
              Svc(D(2026, 1, 29), "92507", 1, ("GN",), denied="CO")])]
    for prov, pcid, acct, svcs in spec:
        for s in svcs:
            commercial(s, st, deny_reason="197")
            s.remarks = ["M4"] if s.denied else (["M1"] if s.copay else [])
        groups.append(dict(cid=acct, pcid=pcid, pat=pat, svcs=svcs, tot=tot(svcs),
                           heads=[f"{prov}", f"Claim number: {pcid}   Provider account: {acct}   Member: {pat}"]))
    cols = [Col("Date of|service", 60), Col("Service you received", 178), Col("Code", 56), Col("Provider's|charge", 58, "r"),
            Col("Plan's|approved|amount", 58, "r"), Col("Plan's|share", 52, "r"), Col("Your|share", 50, "r"),
            Col("Note", 28, "c")]

    def vals(s, g):
        return [dfmt(s.dos, "mon"), s.desc[:38], s.code + (" " + " ".join(s.mods) if s.mods else ""), m(s.billed),
                m(s.allowed), m(s.paid), m(s.owes), ",".join(s.remarks)]
    legend = [("M1", "Your $20.00 outpatient rehabilitation copayment applies once per visit day."),
              ("M4", "This service was not authorized in advance; the provider may not bill you for it.")]
    flat(out_dir, name="h55_m2_ma_hmo_member_eob", producer="fpdf2", size=LETTER, F="LSerif", FB="LSerifB",
         title="Silverpine Medicare Advantage (HMO)", sub="Explanation of Benefits for January 2026",
         head_lines=["EUGENE MARCHETTI  |  Member ID M7740-2291-08  |  H9912-004  |  Notice date 02/09/2026",
                     "This notice gives you a summary of payments and other activity for your Medicare Advantage claims.",
                     "Your total share this month is shown per claim below. This is not a bill."],
         cols=cols, groups=groups, vals_fn=vals, printed=("billed", "allowed", "paid", "patient_owes"),
         rowt_fn=lambda s, v: [v[0], v[2]] + v[3:7] + s.remarks, x0=36, sz=7.4, lead=11,
         group_head=lambda g: f"{g['heads'][0]} - claim {g['pcid']} (continued from previous page)",
         legend=legend, desc="Medicare Advantage HMO member EOB", rows_per_page=14, units=False, box=True, shade=0.9, m=m,
         total_fn=lambda sv: ["Claim total", "", "", m(total(sv, "billed")), m(total(sv, "allowed")),
                              m(total(sv, "paid")), m(total(sv, "owes")), ""])


# ============================================================================ d1 state Medicaid RA (monospaced)
def d1(out_dir: Path):
    m = lambda d: money(d, ",", "trail")  # noqa: E731
    groups = []
    spec = [("MORALES-QUINTERO, ELENA", "0048817731", "MQE-3310", "2026033100417", False,
             [Svc(D(2026, 2, d), c, u, mo) for d in (2, 4, 9, 11, 16, 18) for c, u, mo in
              (("97530", 2, ("GO",)), ("97535", 1, ("GO",)))]),
            ("BANKSTON, TREVOR J", "0051190264", "BTJ-0922", "2026033100418", False,
             [Svc(D(2026, 2, 3), "92507", 1, ("GN",)), Svc(D(2026, 2, 10), "92507", 1, ("GN",)),
              Svc(D(2026, 2, 10), "92523", 1, ("GN", "59"), denied="CO")]),
            ("BANKSTON, TREVOR J", "0051190264", "BTJ-0871", "2026033100419", True,
             [Svc(D(2026, 1, 13), "92507", 1, ("GN",)), Svc(D(2026, 1, 20), "92507", 1, ("GN",))])]
    for pat, rid, acct, icn, rev, svcs in spec:
        for s in svcs:
            medicaid(s, deny_reason="B7" if False else "197")
            s.remarks = ["0117"] if s.denied else (["0001"] if s.paid else [])
        if rev:
            svcs[:] = [negate(s) for s in svcs]
            for s in svcs:
                s.remarks = ["0350"]
        groups.append(dict(cid=acct, pcid=icn, pat=pat, svcs=svcs, tot=tot(svcs),
                           heads=[f"ICN {icn}  RECIPIENT {pat}  MEDICAID ID {rid}  PAT ACCT {acct}"
                                  + ("  ** VOID OF ICN 2026013100912 **" if rev else "")]))
    cols = [Col("LN", 22), Col("FROM DOS", 60), Col("TO DOS", 60), Col("PROC", 44), Col("MD1", 26), Col("MD2", 26),
            Col("UNITS", 40, "r"), Col("BILLED AMT", 70, "r"), Col("ALLOWED AMT", 72, "r"), Col("PAID AMT", 66, "r"),
            Col("EOB", 36, "r"), Col("STATUS", 50, "c")]
    cnt = {"n": 0}

    def vals(s, g):
        cnt["n"] += 1
        md = list(s.mods) + ["", ""]
        return [str(g["svcs"].index(s) + 1), dfmt(s.dos, "mdy2"), dfmt(s.dos, "mdy2"), s.code, md[0], md[1],
                f"{s.units:.2f}".replace("-", ""), m(s.billed), m(s.allowed), m(s.paid), ",".join(s.remarks),
                "DENY" if s.denied else ("VOID" if s.billed < 0 else "PAY")]
    legend = [("0001", "Paid per the state practitioner fee schedule."),
              ("0117", "Service billed on the same day as a related evaluation; not separately payable."),
              ("0350", "Claim voided at the provider's request; payment recovered.")]
    flat(out_dir, name="h55_d1_medicaid_ra_mono", producer="reportlab", size=LAND, F="Cour", FB="CourB",
         title="STATE OF WESTHAVEN DEPT OF MEDICAL ASSISTANCE", sub="PROVIDER REMITTANCE ADVICE  RA# 0331-44072  03/31/2026",
         head_lines=["PAYEE: TIDEWATER CHILDREN'S THERAPY COOP    NPI 1093847756    PROVIDER ID 300774512",
                     "WARRANT NO 00918822   CLAIM TYPE: PRACTITIONER   CLAIMS PAID/DENIED/VOIDED THIS CYCLE"],
         cols=cols, groups=groups, vals_fn=vals, printed=("billed", "allowed", "paid"),
         rowt_fn=lambda s, v: [v[1], v[3]] + [x for x in v[4:6] if x] + [v[6]] + v[7:10] + s.remarks,
         x0=30, sz=7, lead=10, group_head=lambda g: f"ICN {g['pcid']}  RECIPIENT {g['pat']}  (CONT'D)",
         legend=legend, desc="State Medicaid remittance advice, fixed-pitch", rows_per_page=9, m=m,
         u=lambda x: f"{x:.2f}", total_fn=lambda sv: ["", "CLAIM TOTAL", "", "", "", "", "", m(total(sv, "billed")),
                                      m(total(sv, "allowed")), m(total(sv, "paid")), "", ""],
         end_fn=lambda s: s.dos)


# ============================================================================ d2 Medicaid RA, boxed claim blocks
def d2(out_dir: Path):
    m = lambda d: money(d, "$", "-")  # noqa: E731
    groups = []
    kids = [("Jalen Whitcombe", "WV55810274", "TX-10288"), ("Sofia Whitcombe", "WV55810275", "TX-10289"),
            ("Ramon Delacroix-Ibe", "WV60021733", "TX-10301")]
    for k, (pat, rid, acct) in enumerate(kids):
        svcs = [Svc(D(2026, 2, d), c, u, mo, end=D(2026, 2, d + 4)) for d in (2, 9, 16, 23)
                for c, u, mo in ((("97530", 4, ("GO",)), ("97110", 2, ("GO",))) if k != 1 else
                                 (("92507", 2, ("GN",)),))]
        if k == 2:
            svcs.append(Svc(D(2026, 2, 23), "97166", 1, ("GO",), end=D(2026, 2, 23), denied="CO"))
        for s in svcs:
            medicaid(s, deny_reason="119")
            s.remarks = ["E231"] if s.denied else ["E001"]
        pcid = f"3526{k + 61}0{k}4471{k}"
        groups.append(dict(cid=acct, pcid=pcid, pat=pat, svcs=svcs, tot=tot(svcs),
                           heads=[f"Recipient: {pat}     Medicaid ID: {rid}", f"Claim Reference Number: {pcid}     "
                                  f"Patient Account: {acct}     Claim status: {'PAID' if k != 2 else 'PARTIAL'}"]))
    cols = [Col("Line", 26), Col("Service dates", 96), Col("Procedure", 50), Col("Modifiers", 48), Col("Units", 32, "r"),
            Col("Billed", 56, "r"), Col("Allowed", 56, "r"), Col("Paid", 56, "r"), Col("EOB", 40, "c")]

    def vals(s, g):
        return [str(g["svcs"].index(s) + 1), f"{dfmt(s.dos, 'mdy4')}-{dfmt(s.end, 'mdy4')}", s.code, mods(s, " "),
                units_str(s.units), m(s.billed), m(s.allowed), m(s.paid), s.remarks[0]]
    legend = [("E001", "Reimbursed at the program rate for therapy services."),
              ("E231", "Units exceed the number approved on the prior authorization.")]
    flat(out_dir, name="h55_d2_medicaid_ra_boxed", producer="fpdf2", size=LETTER, F="DVCond", FB="DVCondB",
         title="Westvale Medicaid Program", sub="Remittance Advice - Therapy Services  |  Cycle 2026-09  |  03/04/2026",
         head_lines=["Payee: Riverbend Pediatric Rehabilitation Group   Provider No. 5520981   Taxonomy 225X00000X",
                     "Payment: EFT trace 9907712540   This remittance lists claims adjudicated in this cycle."],
         cols=cols, groups=groups, vals_fn=vals, printed=("billed", "allowed", "paid"),
         rowt_fn=lambda s, v: v[1:8] + s.remarks, x0=40, sz=7.2, lead=10.5, box=True, shade=0.9,
         group_head=lambda g: f"Recipient: {g['pat']} - claim {g['pcid']} continued", legend=legend,
         desc="State Medicaid remittance advice with boxed claim blocks", rows_per_page=12, m=m, end_fn=lambda s: s.end,
         total_fn=lambda sv: ["", "Claim totals", "", "", "", m(total(sv, "billed")), m(total(sv, "allowed")),
                              m(total(sv, "paid")), ""])


# ============================================================================ p1 Medicare standard paper remit, clearinghouse
def p1(out_dir: Path):
    m = lambda d: money(d, "", "-")  # noqa: E731
    st = PlanState(ded_left=Decimal("60.00"))
    groups = []
    spec = [("HOLLOWAY, DORIS", "3GH7-RT4-QM18", "HOLL88120", "2226040118830",
             [Svc(D(2026, 3, d), c, u, mo) for d in (2, 4, 6, 9, 11, 13) for c, u, mo in
              (("97110", 2, ("GP", "KX")), ("97140", 1, ("GP", "59")))]),
            ("FENWICK, ALBERT", "8KD2-WW1-LX44", "FENW22017", "2226040118831",
             [Svc(D(2026, 3, 5), "97165", 1, ("GO",)), Svc(D(2026, 3, 5), "97535", 2, ("GO",)),
              Svc(D(2026, 3, 12), "97530", 2, ("GO", "CO")), Svc(D(2026, 3, 12), "0552T", 1, ("GO",), denied="CO")])]
    for pat, hic, acct, icn, svcs in spec:
        for s in svcs:
            medicare(s, st, deny_reason="96")
            s.remarks = ["N130"] if s.denied else []
        groups.append(dict(cid=acct, pcid=icn, pat=pat, svcs=svcs, tot=tot(svcs),
                           heads=[f"NAME {pat}  HIC {hic}  ACNT {acct}  ICN {icn}  ASG Y  MOA MA01"]))
    cols = [Col("PERF PROV", 66), Col("SERV DATE", 84), Col("POS", 24), Col("NOS", 24), Col("PROC", 40),
            Col("MODS", 48), Col("BILLED", 54, "r"), Col("ALLOWED", 54, "r"), Col("DEDUCT", 48, "r"),
            Col("COINS", 48, "r"), Col("GRP/RC-AMT", 96, "r"), Col("PROV PD", 56, "r"), Col("RARC", 40)]

    def adjs(s):
        a = [(g, c, v) for g, c, v in s.adjs if v]
        return a

    def vals(s, g):
        a = adjs(s)
        return ["PT0044817", f"{s.dos:%m%d} {s.dos:%m%d%y}", "11", units_str(s.units), s.code, mods(s, " "),
                m(s.billed), m(s.allowed), m(s.deductible), m(s.coinsurance), f"{a[0][0]}-{a[0][1]} {m(a[0][2])}",
                m(s.paid), " ".join(s.remarks)]

    def more(s):
        return [["", "", "", "", "", "", "", "", "", "", f"{g}-{c} {m(v)}", "", ""] for g, c, v in adjs(s)[1:]]
    legend = [("CO-45", "Charge exceeds fee schedule/maximum allowable (contractual)."),
              ("CO-253", "Payment reduction required by federal law."),
              ("N130", "Consult plan benefit documents for coverage limits.")]
    flat(out_dir, name="h55_p1_medicare_spr_clearinghouse", producer="fpdf2", size=LAND, F="LMono", FB="LMonoB",
         title="MEDICARE PART B REMITTANCE - PAPER FORMAT", sub="Printed by ClaimBridge ERA Viewer 7.2  |  Check/EFT 0000419922  03/20/2026",
         head_lines=["PAYER: NORTHWEST MEDICARE ADMINISTRATIVE CONTRACTOR  J-9   PROVIDER# 4471920   NPI 1558301127",
                     "PAYEE: SUMMIT HAND AND PHYSICAL THERAPY PC   REMIT DATE 03/20/2026   PAGE BREAK HEADINGS REPEAT"],
         cols=cols, groups=groups, vals_fn=vals, printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
         rowt_fn=lambda s, v: [v[1], v[3], v[4]] + [x for x in v[5:12]] + s.remarks, x0=24, sz=6.8, lead=9.5,
         group_head=lambda g: g["heads"][0] + "  (CONT)", legend=legend, desc="Medicare standard paper remit",
         adj_fn=lambda s: [[g, c, str(q(v))] for g, c, v in adjs(s)], adj_lines=more, m=m,
         total_fn=lambda sv: ["PT RESP", m(total(sv, "owes")), "", "", "", "CLAIM TOTALS", m(total(sv, "billed")),
                              m(total(sv, "allowed")), m(total(sv, "deductible")), m(total(sv, "coinsurance")), "",
                              m(total(sv, "paid")), ""])
    REC["h55_p1_medicare_spr_clearinghouse"].adj_complete = True


# ============================================================================ s1/s2/p2 statements and PM remit
def s1(out_dir: Path):
    m = lambda d: money(d, "$", "()")  # noqa: E731
    st = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.20"))
    groups = []
    kids = [("Milo Ferreira-Kask", "V-204418", "BX2605581"), ("Hazel Ferreira-Kask", "V-204431", "BX2605590"),
            ("Milo Ferreira-Kask", "V-204502", "BX2606112")]
    plan = [[("97165", 1, ("GO",)), ("97530", 2, ("GO",))], [("92523", 1, ("GN",)), ("92507", 1, ("GN",))],
            [("97530", 3, ("GO",)), ("97112", 1, ("GO", "59")), ("97533", 1, ("GO",), "PR")]]
    for k, (pat, visit, ins) in enumerate(kids):
        dd = D(2026, 1, 8 + 9 * k)
        svcs = [Svc(dd, c[0], c[1], c[2], denied=c[3] if len(c) > 3 else None) for c in plan[k]]
        for sv in svcs:
            commercial(sv, st, deny_reason="204")
            sv.remarks = []
        groups.append(dict(cid=visit, pcid=ins, pat=pat, svcs=svcs, tot=tot(svcs),
                           heads=[f"Visit {visit}  -  {pat}  -  {dfmt(dd, 'mon')}",
                                  f"Billed to Cascadia Benefit Health, claim {ins}"]))
    cols = [Col("Date", 52), Col("Description", 150), Col("CPT", 34), Col("Mod", 34), Col("Qty", 24, "r"),
            Col("Charge", 52, "r"), Col("Insurance|paid", 52, "r"), Col("Insurance|adjustment", 58, "r"),
            Col("Your|balance", 52, "r")]

    def vals(sv, g):
        return [dfmt(sv.dos, "mdy4"), sv.desc[:30], sv.code, mods(sv, ","), units_str(sv.units), m(sv.billed),
                m(sv.paid), m(sv.discount), m(sv.owes)]
    flat(out_dir, name="h55_s1_therapy_family_statement", producer="reportlab", size=LETTER, F="LSans", FB="LSansB",
         title="Tamarack Kids Therapy Center", sub="Family Statement  |  Statement date 02/27/2026  |  Account G-118204",
         head_lines=["Guarantor: Lena Ferreira-Kask, 22 Quarry Bend Rd, Millbrook, VT 05482",
                     "Amount due by 03/20/2026: see account total. Pay online at tamarackkids.example/pay or call 802-555-0119."],
         cols=cols, groups=groups, vals_fn=vals, printed=("billed", "paid", "discount", "patient_owes"),
         rowt_fn=lambda sv, v: [v[0], v[2]] + [x for x in v[3:9] if x], x0=40, sz=7.2, lead=11,
         group_head=lambda g: g["heads"][0] + " (continued)", legend=[("Qty", "Units of 15 minutes unless noted.")],
         desc="Therapy clinic family statement", m=m,
         total_fn=lambda sv: ["", "Visit total", "", "", "", m(total(sv, "billed")), m(total(sv, "paid")),
                              m(total(sv, "discount")), m(total(sv, "owes"))])


def s2(out_dir: Path):
    m = lambda d: money(d, ",", "trail")  # noqa: E731
    groups = []
    accts = [("Celeste Adebayo-Lind", "HA-77310452", [("97167", 1, ("GO",)), ("97530", 2, ("GO",)), ("97140", 1, ("GP",))]),
             ("Quentin Adebayo-Lind", "HA-77310488", [("97161", 1, ("GP",)), ("97110", 3, ("GP",)), ("97116", 2, ("GP",)),
                                                     ("G0283", 1, ("GP",))])]
    for pat, acct, items in accts:
        svcs = [Svc(D(2026, 2, 4 + i), c, u, mo) for i, (c, u, mo) in enumerate(items)]
        for sv in svcs:
            sv.remarks = []
        groups.append(dict(cid=acct, pcid=None, pat=pat, svcs=svcs,
                           tot=dict(billed=total(svcs, "billed")),
                           heads=[f"Account {acct}   Patient: {pat}   Outpatient Rehabilitation"]))
    cols = [Col("Service date", 64), Col("Rev", 30), Col("CPT/HCPCS", 60), Col("Description", 190), Col("Qty", 28, "r"),
            Col("Charges", 64, "r")]

    def vals(sv, g):
        return [dfmt(sv.dos, "mdy4"), "0430" if sv.code.startswith(("9716", "9753")) else "0420",
                sv.code + (" " + " ".join(sv.mods) if sv.mods else ""), sv.desc[:40], units_str(sv.units), m(sv.billed)]
    flat(out_dir, name="h55_s2_hospital_itemized_statement", producer="fpdf2", size=LETTER, F="Times", FB="TimesB",
         title="St. Brendan Valley Hospital", sub="Itemized Statement  |  Guarantor no. 0088127  |  03/05/2026",
         head_lines=["Guarantor: Marcus Adebayo-Lind, 610 Fernhill Ave, Clearwater Falls, MN 55320",
                     "Insurance payments and adjustments are shown in your account summary. Questions: 320-555-0190"],
         cols=cols, groups=groups, vals_fn=vals, printed=("billed",),
         rowt_fn=lambda sv, v: [v[0], v[2], v[4], v[5]], x0=48, sz=8, lead=12,
         group_head=lambda g: g["heads"][0] + " (continued)", legend=[("0420", "Physical therapy"), ("0430", "Occupational therapy")],
         desc="Hospital itemized outpatient-rehab statement", m=m,
         total_fn=lambda sv: ["", "", "", "Total charges", "", m(total(sv, "billed"))])


def p2(out_dir: Path):
    m = lambda d: money(d, ",", "-")  # noqa: E731
    st = PlanState(ded_left=Decimal("0"))
    groups = []
    pats = [("Ingrid Solvang", "CH-30127", "2126032204417"), ("Percival Abernathy", "CH-30412", "2126032204418")]
    for k, (pat, chart, icn) in enumerate(pats):
        svcs = [Svc(D(2026, 3, d), c, u, mo) for d in ((3, 5, 10, 12) if k == 0 else (4, 11)) for c, u, mo in
                (("97110", 2, ("GP", "KX")), ("97112", 1, ("GP",)))]
        for sv in svcs:
            medicare(sv, st)
            sv.remarks = []
        groups.append(dict(cid=chart, pcid=icn, pat=pat, svcs=svcs, tot=tot(svcs),
                           heads=[f"Patient: {pat}   Chart #: {chart}   Payer ICN: {icn}"]))
    cols = [Col("DOS", 50), Col("CPT", 34), Col("Mod", 40), Col("Units", 28, "r"), Col("Charge", 46, "r"),
            Col("Allowed", 46, "r"), Col("Deduct", 40, "r"), Col("Coins", 40, "r"), Col("Contractual", 50, "r"),
            Col("Seq.", 36, "r"), Col("Paid", 46, "r"), Col("Pt Resp", 44, "r")]

    def vals(sv, g):
        return [dfmt(sv.dos, "mdy2"), sv.code, mods(sv, " "), units_str(sv.units), m(sv.billed), m(sv.allowed),
                m(sv.deductible), m(sv.coinsurance), m(sv.discount), m(sv.seq), m(sv.paid), m(sv.owes)]
    flat(out_dir, name="h55_p2_pm_payment_detail", producer="reportlab", size=LETTER, F="LNarrow", FB="LNarrowB",
         title="Insurance Payment Detail", sub="Clinic: Fairwind Physical Therapy  |  Payer: Medicare Part B  |  EFT 7740199",
         head_lines=["Deposit date 03/24/2026   Posted by: jlarkin   Batch 2026-0324-02"],
         cols=cols, groups=groups, vals_fn=vals, printed=("billed", "allowed", "deductible", "coinsurance", "discount",
                                                          "paid", "patient_owes"),
         rowt_fn=lambda sv, v: [v[0], v[1]] + v[2:8] + v[8:9] + v[10:12], x0=36, sz=7.2, lead=11,
         group_head=lambda g: g["heads"][0] + " (cont.)", legend=[("Seq.", "Federal payment reduction.")],
         desc="Practice-management insurance payment detail for a Medicare payment", m=m,
         total_fn=lambda sv: ["Totals", "", "", "", m(total(sv, "billed")), m(total(sv, "allowed")),
                              m(total(sv, "deductible")), m(total(sv, "coinsurance")), m(total(sv, "discount")),
                              m(total(sv, "seq")), m(total(sv, "paid")), m(total(sv, "owes"))])


# ============================================================================ check
def page_lines(pdf: Path):
    import pdfplumber
    out = []
    with pdfplumber.open(pdf) as doc:
        for pg in doc.pages:
            words = pg.extract_words(x_tolerance=1.5, y_tolerance=2)
            words.sort(key=lambda w: (round(w["top"]), w["x0"]))
            lines: list = []
            for w in words:
                if lines and abs(lines[-1][0] - w["top"]) <= 2.5:
                    lines[-1][1].append(w)
                else:
                    lines.append([w["top"], [w]])
            out.append([" ".join(x["text"] for x in sorted(ws, key=lambda k: k["x0"])) for _, ws in lines])
    return out


def check(out_dir: Path) -> list[str]:
    errs = []
    spans = 0
    for name, o in REC.items():
        pdf = out_dir / f"{name}.pdf"
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        pl = page_lines(pdf)
        if len(pl) != t["pages"]:
            errs.append(f"{name}: pages {len(pl)} != {t['pages']}")
        doctext = "\n".join("\n".join(p) for p in pl)
        for i, (ln, (rowt, paget)) in enumerate(zip(t["lines"], o.toks)):
            p = pl[ln["page"] - 1]
            ptext = "\n".join(p)
            if not any(all(tok in L for tok in rowt) for L in p):
                errs.append(f"{name} line {i}: row tokens not on one text line: {rowt}")
            for tok in paget:
                if tok not in ptext:
                    errs.append(f"{name} line {i}: {tok!r} not on page")
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None and o.m(Decimal(ln[k])) not in rowt:
                    errs.append(f"{name} line {i}: {k} {ln[k]} not among row tokens")
            if ln["units"] is not None and o.u(Decimal(ln["units"])) not in rowt:
                errs.append(f"{name} line {i}: units {ln['units']} not among row tokens")
            if ln["code"] and not any(ln["code"] in tok for tok in rowt):
                errs.append(f"{name} line {i}: code not in row")
            for md in ln["modifiers"]:
                if not any(md in tok for tok in rowt):
                    errs.append(f"{name} line {i}: modifier {md} not in row")
            for r in ln["remarks"]:
                if not any(r in tok for tok in rowt + paget):
                    errs.append(f"{name} line {i}: remark {r} not printed with the line")
            for g, c, a in ln["adjustments"]:
                if not any(c in tok for tok in rowt + paget) or (a is not None and not any(o.m(Decimal(a)) in tok for tok in rowt + paget)):
                    errs.append(f"{name} line {i}: adjustment {g}-{c} {a} not printed with the line")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in ptext and ln[k] not in doctext:
                    errs.append(f"{name} line {i}: {k} {ln[k]!r} not in text")
            if o.adj_complete and ln["adjustments"] and ln["paid"] is not None:
                if q(Decimal(ln["billed"]) - sum(Decimal(a) for _, _, a in ln["adjustments"])) != Decimal(ln["paid"]):
                    errs.append(f"{name} line {i}: billed - adjustments != paid")
            # member arithmetic
            if ln["allowed"] is not None and ln["discount"] is not None and ln["not_covered"] is not None:
                if q(Decimal(ln["billed"]) - Decimal(ln["discount"]) - Decimal(ln["not_covered"])) != Decimal(ln["allowed"]) \
                        and Decimal(ln["not_covered"]) == 0:
                    errs.append(f"{name} line {i}: billed - discount - not covered != allowed")
        # claim totals
        seen_span = False
        for c in t["claims"]:
            ls = [x for x in t["lines"] if x["payer_claim_id"] == c["payer_claim_id"] and x["claim_id"] == c["claim_id"]]
            if len({x["page"] for x in ls}) > 1:
                seen_span = True
            for k, v in c["totals"].items():
                if v is None or all(x[k] is None for x in ls):
                    continue
                s = q(sum(Decimal(x[k]) for x in ls if x[k] is not None))
                planted = any(c["payer_claim_id"] in f and f"{Decimal(v)}" in f for f in t["expected_findings"])
                if (s != Decimal(v)) != planted:
                    errs.append(f"{name} claim {c['payer_claim_id']}: {k} total {v} vs lines {s} (planted={planted})")
                if o.m(Decimal(v)) not in doctext:
                    errs.append(f"{name} claim {c['payer_claim_id']}: printed total {v} not in text")
        spans += seen_span
    if spans < 3:
        errs.append(f"only {spans} documents have a claim running onto a next page")
    if len(REC) < 10:
        errs.append(f"only {len(REC)} documents")
    return errs


LAYOUTS = [c1, c2, m1, m2, d1, d2, p1, p2, s1, s2]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out_dir = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout55_"))
    if "samples" in out_dir.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out_dir.mkdir(parents=True, exist_ok=True)
    for f in LAYOUTS:
        f(out_dir)
    print(f"wrote {len(REC)} PDFs to {out_dir}")
    if "--check" in argv:
        errs = check(out_dir)
        for e in errs:
            print("CHECK:", e)
        nl = sum(len(o.lines) for o in REC.values())
        print(f"check: {len(REC)} documents, {nl} lines, {'FAILED' if errs else 'OK'}")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
