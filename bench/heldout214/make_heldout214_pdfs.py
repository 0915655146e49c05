"""Write held-out set 214 of synthetic PDF EOB layouts (with truth files) into a folder: an independent
measurement of the PDF reader on the five commonest real document kinds (two layouts each), in house styles of
their own. Written without looking at the reader, its tests or its scores.

Run:  python bench/heldout214/make_heldout214_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout214/make_heldout214_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Drawing helpers (one small page API over
reportlab and fpdf2) live in h214kit.py; every layout is a style sheet run through one table engine here.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth / truth_line), printed values only,
null for what a layout does not print (units null where no quantity is printed; description null where no
description is printed); adjustments only where the page prints group + reason codes with the line;
remarks = the note / message / EOB / RARC codes printed in the line's own cell; claim_id = the provider's own
account / patient-control / invoice / hospital-account number, payer_claim_id = the payer's claim number / ICN /
TCN, patient = the person served, exactly as printed (never the subscriber / guarantor unless the same person).
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts:
  h214_cm_family          commercial member EOB for a family (subscriber, spouse, child), portrait core Helvetica:
      family summary table, shaded claim bands "Patient: ... (Dependent) / Claim ID / Patient Acct #", "Service Date /
      Description of Service / Code / Qty / Provider Billed / Discount Applied / Covered Amount / Applied to
      Deductible / Copay / Coinsurance (one combined column) / Plan Paid / Your Cost / Msg", "97112 GO 59", wrapped
      descriptions, boxed coverage-news panel at the foot of page 1, a 17-line claim runs onto page 2 under a
      repeated band "(continued)" and column header, denied laser line, message-code legend (reportlab)
  h214_cm_serif           commercial member EOB, landscape DejaVu Serif: "Claim for: ... | Claim number | Provider's
      patient no." (not on every claim), "What your provider charged / Network discount / Amount not covered / Amount
      allowed / Your deductible / Your copay / Your coinsurance / Paid by Keystone / What you owe / Reason", code glued
      to modifiers ("97110GO59"), no units, "Jan 5, 2026", per-code copays, non-covered feeding line, x-ray and
      office visit (fpdf2)
  h214_msn_partb          Medicare Summary Notice Part B, portrait Liberation Sans: provider / Claim number / service
      date range heading per claim, "Service Provided & Billing Code" with the code in parentheses and the service
      date on the line below, "Service Approved? / Amount Provider Charged / Medicare-Approved Amount / Medicare Paid
      Provider / Maximum You May Be Billed / See Notes", note letters ("A, B"), a No line, no units/modifiers (fpdf2)
  h214_ma_member          Medicare Advantage PPO member EOB, portrait DejaVu Sans Condensed: two-column summary /
      out-of-pocket block, "Claim # ... - provider - Your account #", "Date / Service / Code / Units / Provider's
      charge / Plan-approved / Plan paid / You may owe / Note", modifiers comma-listed ("97110 GP, KX"), "01/05/26",
      $25 visit copay on the first service of the day, a 22-line claim continues on page 2 with "(continued from
      previous page)" and the header repeated, plan-news panel on page 1 (reportlab)
  h214_mcd_mainframe      state Medicaid remittance advice, landscape core Courier: sections CLAIMS PAID / CLAIMS
      DENIED / CLAIM ADJUSTMENTS, "RECIP: ... RID: ... ICN: ... PAT ACCT:" rows, column header once per page,
      "FROM DOS / TO DOS / PROC / MOD / UNITS / BILLED AMT / ALLOWED AMT / PAID AMT / EOB / TPL AMT / RENDERING /
      PA NUMBER", "010526", units "3.0", 3-digit EOB codes, original reversed with trailing minus ("110.55-") and its
      replacement on page 2, CLAIM TOTAL rows (reportlab)
  h214_mcd_portal         state Medicaid remittance advice, portal print, portrait DejaVu Sans: shaded member blocks
      "Member / Medicaid ID / TCN" + "Patient Acct # / Claim Status / Billed / Paid", ruled rows "Ln / Dates of Service
      / Procedure / Mods / Units / Billed / Allowed / Paid / Grp / CARC / Adj Amt / RARC", units "2.00", a weekly
      group line "01/06/26 - 01/27/26", a denied claim, glossary; one page (fpdf2)
  h214_remit_clearinghouse Medicare-style remit reprinted by a clearinghouse, landscape Liberation Mono: "Patient:
      ... MBI ... Pat Ctrl # ... Payer Claim Ctrl # ... Status" headings, "Line / Svc Date / POS / Proc / Mod / Units /
      Charge / Allowed / Deduct / Coins / Adjustments (Grp-Rsn Amt) / Paid / Rmk" with every adjustment inline
      ("CO-45 100.76  PR-2 11.85  CO-253 0.95"), bundled denial, status-22 reversal with leading minus and its corrected
      claim, payer-summary box on page 1, an 18-line claim continues on page 2 with "(cont'd)" (fpdf2)
  h214_pm_posting         practice-management insurance payment posting report keyed from a Medicare paper remit,
      landscape Liberation Sans Narrow: ICN heading rows, Chart / Patient / Pt Ctrl # on every row, "DOS / CPT / Md1 /
      Md2 / Qty / Charge / Allowed / Deduct / Coins / Contr Adj / Seq Adj / Ins Pd / Pt Resp / Remark", amounts with
      parentheses for the recovered December claim, column header repeated on page 2 (reportlab)
  h214_stmt_clinic        pediatric therapy clinic family statement, portrait core Times: responsible party, invoice
      heading per visit with the insurer's claim no., "Date / Patient (first name) / Code ("97530-GO") / Description /
      Units / Charges / Ins. Paid / Adjustment / Your Balance", payment-posted text rows, a non-covered line left as
      balance, tear-off panel on page 1, a multi-day invoice continues on page 2 with "(continued)" (reportlab)
  h214_stmt_hospital      hospital outpatient family statement with a grey sidebar, portrait Liberation Serif: shaded
      "Hospital Account ... Patient: ..." bands, "Date / Rev / Description / CPT/HCPCS / Qty / Charges" (charges only
      per line), insurance payment / contractual allowance / balance as text rows naming the claim #, an account
      still pending (no claim #), office visit, x-ray, orthosis and electrodes lines (fpdf2)

The self-check (--check) tests the factory, not the reader: page counts; for every truth line a single text row
on its page (pdfplumber words grouped by baseline) carries its code, each modifier, its units and every printed
amount (sign-aware: leading minus, parentheses or trailing minus), each adjustment's group, reason and amount, and
each remark; the service date is on the line's page; ids and patients are in the document text; arithmetic holds
(billed - adjustments = paid where every adjustment is printed with its amount; billed - discount - not covered =
allowed where all four are printed; allowed - deductible - copay - coinsurance = paid where all are printed);
claim totals equal the sum of their lines and appear in the text (no planted mismatch in this set).
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

import eobgen  # noqa: E402
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
from h214kit import FDoc, RLDoc, columns, draw_cells, draw_header, wrap  # noqa: E402

# A few more invented charges / fees and our own wording for non-therapy lines.
eobgen.FEE.update({"73110": "185.00", "97014": "40.00", "97150": "55.00", "95992": "70.00", "A4556": "18.00",
                   "97533": "92.00", "97162": "240.00", "99203": "210.00"})
eobgen.SCHED.update({"73110": "38.90", "97014": "11.52", "95992": "31.20", "A4556": "7.85", "97533": "40.66",
                     "97162": "101.12", "99203": "109.27"})
eobgen.DESC.update({"73110": "X-ray of wrist, three views", "97014": "Electric stimulation, unattended",
                    "95992": "Canalith repositioning", "A4556": "Electrodes, per pair",
                    "97533": "Sensory integration techniques", "97162": "PT evaluation, moderate complexity",
                    "99203": "Office visit, new patient"})
D = lambda day, m=1: date(2026, m, day)  # noqa: E731


class Truth:
    def __init__(self) -> None:
        self.lines: list = []
        self.claims: list = []

    def add(self, page: int, s: Svc, **kw) -> None:
        self.lines.append(truth_line(page, s, **kw))

    def claim(self, cid, pcid, pat, **tot) -> None:
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": claim_totals(**tot)})


class Flow:
    def __init__(self, doc, top: float, bottom: float, on_new) -> None:
        self.doc, self.top, self.bottom, self.on_new, self.y = doc, top, bottom, on_new, top
        self.normal = bottom

    def need(self, h: float, ctx=None) -> bool:
        if self.y + h > self.bottom:
            self.doc.new_page()
            self.bottom = self.normal
            self.y = self.on_new(ctx)
            return True
        return False


def m(d, style=",", neg="-"):
    return money(d, style, neg)


# ============================================================ generic engine, styled per layout
def render(out: Path, L: dict, npages: int | None) -> tuple:
    doc = (RLDoc if L["producer"] == "reportlab" else FDoc)(out, L.get("land", False))
    W, H = doc.W, doc.H
    x0 = L.get("x0", 36)
    F, FB, sz = L["font"], L["bold"], L["size"]
    lead = L.get("lead", sz + 3)
    cols = columns(x0, [(h, w, a) for h, w, a, _ in L["cols"]])
    right = cols[-1][2]
    t = Truth()

    def furniture() -> float:
        y = 40
        for txt, s, b, al in L["title"]:
            doc.font(FB if b else F, s)
            doc.text({"l": x0, "r": right, "c": (x0 + right) / 2}[al], y, txt, al)
            y += s + 3
        doc.line(x0, y - 2, right, y - 2, L.get("rule", 0.8))
        doc.font(F, sz - 0.5)
        foot = L["footer"].format(p=doc.page, n=npages or "?")
        doc.text(x0, H - 28, foot)
        if L.get("sidebar"):
            doc.rect(right + 10, 70, W - right - 46, 160, fill=0.92, stroke=False)
            doc.font(FB, sz)
            yy = 84
            for i, s in enumerate(L["sidebar"]):
                doc.font(FB if i == 0 else F, sz)
                doc.text(right + 16, yy, s)
                yy += lead
        doc.font(F, sz)
        return y + 8

    def header_block(y: float) -> float:
        doc.font(FB, sz - 0.5)
        if L.get("shade_header"):
            n = max(h.count("\n") + 1 for h, *_ in cols)
            doc.rect(x0, y - sz - 1, right - x0, n * lead + 3, fill=0.85, stroke=False)
        y = draw_header(doc, y, cols, lead)
        doc.line(x0, y - lead + 3, right, y - lead + 3, 0.6)
        doc.font(F, sz)
        return y + 2

    def claim_head(c: dict, y: float, cont: bool) -> float:
        lines = c["head"] if not cont else [c["head"][0] + L.get("cont", " (continued)")]
        if L.get("shade_claim"):
            doc.rect(x0, y - sz - 1, right - x0, len(lines) * lead + 2, fill=0.9, stroke=False)
        for i, s in enumerate(lines):
            doc.font(FB if i == 0 else F, sz)
            doc.text(x0 + 2, y, s)
            y += lead
        doc.font(F, sz)
        if L.get("header_per_claim", True) or cont:
            y = header_block(y + 2)
        return y + 1

    def on_new(c):
        y = furniture()
        if c is not None and L.get("repeat", True):
            return claim_head(c, y + 6, True)
        if c is None and not L.get("header_per_claim", True):
            return header_block(y + 6)
        return y + 6

    y = furniture()
    for s in L.get("intro", []):
        for j, part in enumerate(s.split(" | ") if L.get("intro_cols") else [s]):
            doc.font(FB if part.startswith("*") else F, sz)
            doc.text(x0 + j * L.get("intro_cols", 0), y, part.lstrip("*"))
        y += lead
    y += 4
    fl = Flow(doc, y, H - L.get("bottom", 48), on_new)
    panel = L.get("p1_panel")
    if panel:
        ph = len(panel) * lead + 10
        top = H - L.get("bottom", 48) - ph
        doc.rect(x0, top, right - x0, ph, fill=L.get("panel_fill"), lw=0.8)
        for i, s in enumerate(panel):
            doc.font(FB if i == 0 else F, sz)
            doc.text(x0 + 6, top + lead + i * lead, s)
        doc.font(F, sz)
        fl.bottom = top - 8
    if not L.get("header_per_claim", True):
        fl.y = header_block(fl.y)
    for sec in L["sections"]:
        if sec.get("title"):
            fl.need(lead * 4)
            doc.font(FB, sz + 1)
            doc.text(x0, fl.y + 2, sec["title"])
            doc.font(F, sz)
            fl.y += lead + 6
        for c in sec["claims"]:
            fl.need(lead * (len(c["head"]) + 4))
            fl.y = claim_head(c, fl.y, False)
            for s in c["svcs"]:
                cells = [fn(s) for *_, fn in L["cols"]]
                extra = []
                di = L.get("wrap_col")
                if di is not None:
                    dl = wrap(doc, cells[di], cols[di][2] - cols[di][1] - 4)
                    cells[di], extra = dl[0], dl[1:]
                sub = L.get("subrows", lambda s: [])(s)
                fl.need(lead * (1 + len(extra) + len(sub)) + 1, c if L.get("repeat", True) else None)
                draw_cells(doc, fl.y, cols, cells)
                t.add(doc.page, s, claim_id=c["cid"], payer_claim_id=c["pcid"], patient=c["patient"],
                      printed=L["printed"], units=L.get("units", True), modifiers=L.get("mods", True),
                      adjustments=L.get("adj", lambda s: [])(s), remarks=L.get("rem", lambda s: [])(s),
                      service_end=s.end if L.get("ends") else None,
                      description=L.get("desc_truth", True), overrides={"description": s.desc} if L.get("desc_truth", True) else None)
                if L.get("grid"):
                    doc.line(x0, fl.y + 3, right, fl.y + 3, 0.3, 0.5)
                for e in extra:
                    fl.y += lead - 1
                    doc.text(cols[di][1] + 2, fl.y, e)
                for srow in sub:
                    fl.y += lead - 1
                    doc.text(cols[srow[0]][1] + 2, fl.y, srow[1])
                fl.y += lead
            if L.get("totals"):
                fl.need(lead + 4, c if L.get("repeat", True) else None)
                doc.line(x0, fl.y - lead + 3, right, fl.y - lead + 3, 0.4)
                doc.font(FB, sz)
                draw_cells(doc, fl.y, cols, L["totals"](c["svcs"]))
                doc.font(F, sz)
                fl.y += lead
                tk = L["total_keys"]
                t.claim(c["cid"], c["pcid"], c["patient"], **{k: total(c["svcs"], {"patient_owes": "owes"}.get(k, k))
                                                               for k in tk})
            else:
                t.claim(c["cid"], c["pcid"], c["patient"])
            for s in c.get("after", []):
                fl.need(lead)
                doc.text(x0 + 10, fl.y, s)
                fl.y += lead
            fl.y += L.get("gap", 8)
    fl.y += 6
    for s in L.get("outro", []):
        fl.need(lead)
        doc.font(FB if s.startswith("*") else F, sz)
        doc.text(x0, fl.y, s.lstrip("*"))
        fl.y += lead
    pages = doc.page
    doc.save()
    return t, pages


def build(out_dir: Path, name: str, L: dict) -> None:
    pdf = out_dir / f"{name}.pdf"
    _, n = render(pdf, L, None)
    t, pages = render(pdf, L, n)
    assert pages == n
    write_truth(pdf, name, L["producer"], pages, L["description"], t.lines, t.claims, L.get("legend", []),
                L.get("findings", []))


def code_mods(s, sep=" ", msep=" "):
    return s.code + (sep + msep.join(s.mods) if s.mods else "")


# ============================================================ the ten layouts
def L1():  # commercial member EOB, reportlab Helvetica portrait
    st = PlanState(ded_left=Decimal("150.00"), allowed_rate=Decimal("0.78"))
    def proc(svcs, rem):
        for s in svcs:
            commercial(s, st, deny_reason="96")
            s.remarks = ["X7"] if s.denied else (["D1"] if s.deductible else [rem])
        return svcs
    cl = [
        dict(cid="TPT-88102", pcid="26013-0458-22", patient="Pilar Valderrama",
             head=["Patient: Pilar Valderrama (Dependent)    Claim ID: 26013-0458-22",
                   "Provider: Tidewater Pediatric Therapy (in network)    Patient Acct #: TPT-88102"],
             svcs=proc([Svc(D(6), "97166", 1, ("GO",)), Svc(D(6), "97530", 2, ("GO",)), Svc(D(8), "97530", 3, ("GO",)),
                        Svc(D(8), "97535", 1, ("GO",), desc=eobgen.LONG_DESC["97535"]), Svc(D(13), "97112", 2, ("GO", "59")),
                        Svc(D(13), "97140", 1, ("GO",), desc=eobgen.LONG_DESC["97140"]), Svc(D(15), "97530", 3, ("GO",)),
                        Svc(D(15), "97533", 1, ("GO",)), Svc(D(20), "97530", 2, ("GO",)), Svc(D(20), "97533", 2, ("GO",)),
                        Svc(D(22), "97530", 3, ("GO",)), Svc(D(22), "97535", 1, ("GO",)), Svc(D(27), "97530", 3, ("GO",)),
                        Svc(D(27), "97112", 1, ("GO",)), Svc(D(29), "97530", 2, ("GO",)), Svc(D(29), "97533", 2, ("GO",)),
                        Svc(D(29), "97168", 1, ("GO",), desc=eobgen.LONG_DESC["97168"])], "C2")),
        dict(cid=None, pcid="26020-1174-05", patient="Ines Valderrama",
             head=["Patient: Ines Valderrama (Spouse)    Claim ID: 26020-1174-05",
                   "Provider: Marrowstone Hand & Upper Limb (in network)    Received 01/22/2026"],
             svcs=proc([Svc(D(9), "97165", 1, ("GO",)), Svc(D(9), "97760", 1, ("GO",), desc=eobgen.LONG_DESC["97760"]),
                        Svc(D(9), "L3807", 1, ("RT",), desc=eobgen.LONG_DESC["L3807"]), Svc(D(16), "97110", 2, ("GO",)),
                        Svc(D(16), "0552T", 1, (), denied="PR"), Svc(D(23), "97140", 2, ("GO",)),
                        Svc(D(23), "97110", 2, ("GO",))], "C2")),
        dict(cid="CH-5521907", pcid="26022-0031-40", patient="Tomasz Valderrama",
             head=["Patient: Tomasz Valderrama (Subscriber)    Claim ID: 26022-0031-40",
                   "Provider: Cobble Hill Sports Physical Therapy (in network)    Patient Acct #: CH-5521907"],
             svcs=proc([Svc(D(12), "97162", 1, ("GP",)), Svc(D(12), "97110", 2, ("GP",)), Svc(D(19), "97110", 2, ("GP",)),
                        Svc(D(19), "97140", 1, ("GP", "59")), Svc(D(23), "97116", 1, ("GP",))], "C2")),
    ]
    return dict(
        producer="reportlab", font="Helvetica", bold="Helvetica-Bold", size=7, lead=12.5,
        title=[("BRIGHTWATER MUTUAL HEALTH PLAN", 13, True, "l"), ("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 8, True, "r"),
               ("PO Box 61207, Larchmont Falls, OR 97399    Member Services 1-800-555-0174", 7, False, "l")],
        footer="Member ID BWM 884 20 1173   |   Statement date 01/30/2026   |   Page {p} of {n}",
        intro=["Tomasz Valderrama", "2218 Ferncliff Terrace", "Larchmont Falls, OR 97321", "",
               "*Group: 00471 Cascade Tile Company    Plan: Brightwater Choice PPO 1500    Period: Jan 1 - Jan 30, 2026",
               "This statement shows claims we processed for you and your covered family members. Keep it with your records."],
        shade_claim=True,
        p1_panel=["Important information about your coverage",
                  "Your 2026 in-network deductible is $1,500.00 per person / $3,000.00 per family. Physical, occupational and speech",
                  "therapy visits share a combined limit of 60 visits per person each calendar year; visits used so far are shown",
                  "on your member website. Services from out-of-network providers may cost you more and may be billed to you.",
                  "Need help in another language? Call the number above and ask for an interpreter at no cost."],
        cols=[("Service\nDate", 44, "l", lambda s: dfmt(s.dos, "mdy4")), ("Description of Service", 124, "l", lambda s: s.desc),
              ("Code", 50, "l", code_mods), ("Qty", 18, "r", lambda s: units_str(s.units)),
              ("Provider\nBilled", 40, "r", lambda s: m(s.billed)), ("Discount\nApplied", 40, "r", lambda s: m(s.discount)),
              ("Covered\nAmount", 40, "r", lambda s: m(s.allowed)), ("Applied to\nDeductible", 42, "r", lambda s: m(s.deductible)),
              ("Copay /\nCoinsurance", 44, "r", lambda s: m(s.copay + s.coinsurance)), ("Plan\nPaid", 38, "r", lambda s: m(s.paid)),
              ("Your\nCost", 38, "r", lambda s: m(s.owes)), ("Msg", 22, "c", lambda s: s.remarks[0])],
        wrap_col=1, printed=("billed", "discount", "allowed", "deductible", "paid", "patient_owes"),
        rem=lambda s: s.remarks,
        totals=lambda v: ["", "Claim Totals", "", "", m(total(v, "billed")), m(total(v, "discount")), m(total(v, "allowed")),
                          m(total(v, "deductible")), m(total(v, "copay") + total(v, "coinsurance")), m(total(v, "paid")),
                          m(total(v, "owes")), ""],
        total_keys=("billed", "allowed", "paid", "patient_owes"),
        sections=[dict(claims=cl)],
        outro=["*Message codes", "C2  Your coinsurance share for this service under your in-network benefit.",
               "D1  Part or all of this amount counted toward your calendar-year deductible.",
               "X7  This plan does not cover this treatment; the provider may bill you for it.", "",
               "You may ask us to review any decision on this statement within 180 days. Call the number above (TTY 711)."],
        legend=[("C2", "Coinsurance share under in-network benefit."), ("D1", "Counted toward deductible."),
                ("X7", "Treatment not covered; provider may bill you.")],
        description="commercial member EOB for a family, claim heading bands, wrapped descriptions, claim continued on page 2",
    )


def L2():  # commercial member EOB, fpdf2 DejaVu Serif landscape
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85"),
                   copay_codes={"99213": Decimal("30.00"), "92507": Decimal("20.00")})
    def proc(v):
        for s in v:
            commercial(s, st, deny_reason="204")
            s.remarks = ["NC"] if s.denied else (["DA"] if s.deductible else (["CP"] if s.copay else ["CI"]))
        return v
    fam = "Lindqvist-Obi"
    cl = [
        dict(cid="FSL004471", pcid="KM7Q2210-03", patient=f"Dashiell {fam}",
             head=[f"Claim for: Dashiell {fam}   |   Claim number: KM7Q2210-03   |   Provider's patient no.: FSL004471",
                   "Provided by: Foxglove Speech & Language Center, 40 Quarry Lane, Brambleton, PA 17009   |   Network status: Preferred"],
             svcs=proc([Svc(D(5), "92523", 1, ()), Svc(D(12), "92507", 1, ("GN",)), Svc(D(19), "92507", 1, ("GN",)),
                        Svc(D(26), "92507", 1, ("GN",)), Svc(D(26), "92526", 1, ("GN",), denied="PR")])),
        dict(cid=None, pcid="KM7Q2291-11", patient=f"Rosalind {fam}",
             head=[f"Claim for: Rosalind {fam}   |   Claim number: KM7Q2291-11",
                   "Provided by: Riverbend Occupational Therapy Associates   |   Network status: Preferred"],
             svcs=proc([Svc(D(7), "97167", 1, ("GO",)), Svc(D(7), "97530", 2, ("GO",)), Svc(D(14), "97530", 2, ("GO",)),
                        Svc(D(14), "97110", 1, ("GO", "59")), Svc(D(21), "97535", 2, ("GO",)),
                        Svc(D(28), "97530", 2, ("GO",))])),
        dict(cid="RB-22-6610", pcid="KM7Q2304-02", patient=f"Margarethe {fam}",
             head=[f"Claim for: Margarethe {fam}   |   Claim number: KM7Q2304-02   |   Provider's patient no.: RB-22-6610",
                   "Provided by: Brambleton Family Medicine   |   Network status: Preferred"],
             svcs=proc([Svc(D(10), "99213", 1, ()), Svc(D(10), "73110", 1, ("LT",)), Svc(D(10), "A4556", 2, ())])),
    ]
    return dict(
        producer="fpdf2", land=True, font="DjSerif", bold="DjSerif-B", size=7.2, lead=13,
        title=[("Keystone Meridian Insurance Co.", 14, True, "l"), ("Your Explanation of Benefits", 9, True, "l"),
               ("Statement date: January 29, 2026  -  This is not a bill", 7.5, False, "r")],
        footer="Keystone Meridian Insurance Co.  -  Subscriber: Margarethe Lindqvist-Obi  -  ID KMX-40-771-2093  -  Page {p} of {n}",
        intro=["Margarethe Lindqvist-Obi, 9 Cider Mill Row, Brambleton, PA 17010",
               "*Family deductible: $1,200.00 per year.  Met to date: $1,200.00 (this statement applied $60.00).",
               "The services below were processed under your Keystone Meridian Select plan. Reason codes are explained at the end."],
        cols=[("Date of\nservice", 52, "l", lambda s: dfmt(s.dos, "mon")),
              ("Service description", 150, "l", lambda s: s.desc), ("Procedure", 50, "l", lambda s: s.code + "".join(s.mods)),
              ("What your\nprovider charged", 62, "r", lambda s: m(s.billed, "$")),
              ("Network\ndiscount", 50, "r", lambda s: m(s.discount, "$")),
              ("Amount not\ncovered", 50, "r", lambda s: m(s.not_covered, "$")),
              ("Amount\nallowed", 50, "r", lambda s: m(s.allowed, "$")),
              ("Your\ndeductible", 48, "r", lambda s: m(s.deductible, "$")), ("Your\ncopay", 42, "r", lambda s: m(s.copay, "$")),
              ("Your\ncoinsurance", 52, "r", lambda s: m(s.coinsurance, "$")),
              ("Paid by\nKeystone", 50, "r", lambda s: m(s.paid, "$")), ("What you\nowe", 46, "r", lambda s: m(s.owes, "$")),
              ("Reason", 34, "c", lambda s: s.remarks[0])],
        units=False, mods=True, wrap_col=1, shade_header=True,
        printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes"),
        rem=lambda s: s.remarks,
        totals=lambda v: ["", "Totals for this claim", "", m(total(v, "billed"), "$"), m(total(v, "discount"), "$"),
                          m(total(v, "not_covered"), "$"), m(total(v, "allowed"), "$"), m(total(v, "deductible"), "$"),
                          m(total(v, "copay"), "$"), m(total(v, "coinsurance"), "$"), m(total(v, "paid"), "$"),
                          m(total(v, "owes"), "$"), ""],
        total_keys=("billed", "allowed", "paid", "patient_owes"),
        sections=[dict(claims=cl)], gap=12,
        outro=["*Reason codes", "CI - Your share after the plan's coinsurance percentage.",
               "CP - A fixed copay applies to this type of visit.", "DA - Applied to your annual deductible.",
               "NC - The plan does not pay for this service under your benefits; you may be billed.",
               "", "To appeal, write to Keystone Meridian Appeals Unit, PO Box 7733, Harrisport, PA 17105 within 180 days."],
        legend=[("CI", "Coinsurance share."), ("CP", "Fixed copay."), ("DA", "Applied to deductible."),
                ("NC", "Not a covered benefit; you may be billed.")],
        description="commercial member EOB, landscape serif, claim heading lines, glued code+modifier, no units",
    )


def L3():  # Medicare Summary Notice Part B, fpdf2 Liberation Sans
    st = PlanState(ded_left=Decimal("40.00"))
    ben = "ELEANOR M. FAIRWEATHER"
    def proc(v):
        for s in v:
            medicare(s, st, deny_reason="50")
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
        return v
    def yn(s):
        return "No" if s.denied else "Yes"
    cl = [
        dict(cid=None, pcid="26-0112-551-04410", patient=ben,
             head=["Harbor Crest Outpatient Therapy, (555) 014-2230     Claim number 26-0112-551-04410",
                   "118 Wharf Street, Suite 2, Saltmarsh, ME 04099     Service date: January 6, 2026 - January 20, 2026"],
             svcs=proc([Svc(D(6), "97163", 1, ()), Svc(D(6), "97110", 2, ()), Svc(D(13), "97110", 2, ()), Svc(D(13), "97112", 1, ()),
                        Svc(D(20), "97140", 1, ()), Svc(D(20), "97530", 1, ())])),
        dict(cid=None, pcid="26-0127-551-09982", patient=ben,
             head=["Harbor Crest Outpatient Therapy, (555) 014-2230     Claim number 26-0127-551-09982",
                   "118 Wharf Street, Suite 2, Saltmarsh, ME 04099     Service date: January 22, 2026 - January 27, 2026"],
             svcs=proc([Svc(D(22), "97110", 2, ()), Svc(D(22), "G0283", 1, ()), Svc(D(27), "97116", 1, ()),
                        Svc(D(27), "0552T", 1, (), denied="CO")])),
        dict(cid=None, pcid="26-0120-330-17764", patient=ben,
             head=["Kestrel Point Family Practice, (555) 014-8801     Claim number 26-0120-330-17764",
                   "Service date: January 15, 2026"],
             svcs=proc([Svc(D(15), "99213", 1, ()), Svc(D(15), "73110", 1, ())])),
    ]
    return dict(
        producer="fpdf2", font="LibSans", bold="LibSans-B", size=8, lead=14,
        title=[("Medicare Summary Notice for Part B (Medical Insurance)", 12, True, "l"),
               (ben + "   |   Notice date: February 3, 2026   |   Medicare Number XXXXXX-7K41", 8, False, "l")],
        footer="Medicare Summary Notice for " + ben + "     Page {p} of {n}",
        intro=["*Your Claims & Costs This Period", "Did Medicare approve all services?  NO - see claims below for details.",
               "Total you may be billed: see each claim.   Your deductible status: $40.00 applied this period; Part B deductible met.",
               "", "If you disagree with a coverage decision, follow the steps on the last page. Keep this notice for your records."],
        header_per_claim=True, shade_header=True,
        cols=[("Service Provided &\nBilling Code", 170, "l", lambda s: f"{s.desc} ({s.code})"),
              ("Service\nApproved?", 50, "c", yn), ("Amount\nProvider Charged", 66, "r", lambda s: m(s.billed, "$")),
              ("Medicare-\nApproved Amount", 66, "r", lambda s: m(s.allowed, "$")),
              ("Medicare Paid\nProvider", 62, "r", lambda s: m(s.paid, "$")),
              ("Maximum You\nMay Be Billed", 62, "r", lambda s: m(s.owes, "$")),
              ("See\nNotes", 40, "c", lambda s: ", ".join(s.remarks))],
        units=False, mods=False, printed=("billed", "allowed", "paid", "patient_owes"), rem=lambda s: s.remarks,
        subrows=lambda s: [(0, dfmt(s.dos, "mon"))],
        totals=lambda v: ["Total for this claim", "", m(total(v, "billed"), "$"), m(total(v, "allowed"), "$"),
                          m(total(v, "paid"), "$"), m(total(v, "owes"), "$"), ""],
        total_keys=("billed", "allowed", "paid", "patient_owes"), sections=[dict(claims=cl)], gap=14,
        outro=["*Notes for Claims Above", "A  Medicare paid 80% of the approved amount after a small federal payment cut.",
               "B  $40.00 of this approved amount went toward your yearly Part B deductible.",
               "C  This service is not covered; you are not responsible for it because the provider should have known.",
               "", "*How to Handle Denials or Appeals", "Circle the items you disagree with and mail a copy of this page with your reasons by May 4, 2026."],
        legend=[("A", "Paid 80% of approved less payment cut."), ("B", "Applied to Part B deductible."),
                ("C", "Not covered; you are not responsible.")],
        description="Medicare Summary Notice Part B, code in parentheses after the description, date under each service",
    )


def L4():  # Medicare Advantage member EOB, reportlab DejaVu Sans Condensed
    st = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.55"))
    mem = "Reginald P. Achterberg"
    def proc(v):
        for s in v:
            commercial(s, st, deny_reason="96")
            s.remarks = ["4"] if s.denied else (["1"] if s.copay else ["2"])
        return v
    cl = [
        dict(cid="HOR-117430", pcid="SRA2601120033", patient=mem,
             head=["Claim # SRA2601120033  -  Harborlight Outpatient Rehab  -  Your account # HOR-117430",
                   "Received Jan 13, 2026  -  Processed Jan 20, 2026  -  In-network provider"],
             svcs=proc([Svc(D(5), "97161", 1, ("GP",)), Svc(D(5), "97110", 2, ("GP",)), Svc(D(7), "97110", 2, ("GP",)),
                        Svc(D(7), "97140", 1, ("GP",)), Svc(D(9), "97110", 2, ("GP", "KX")), Svc(D(9), "97112", 1, ("GP", "KX")),
                        Svc(D(12), "97110", 2, ("GP", "KX")), Svc(D(12), "97116", 1, ("GP", "CQ")),
                        Svc(D(14), "97110", 2, ("GP", "CQ")), Svc(D(14), "97140", 1, ("GP", "CQ")),
                        Svc(D(16), "97530", 2, ("GP",)), Svc(D(16), "G0283", 1, ("GP",)),
                        Svc(D(19), "97110", 3, ("GP",)), Svc(D(19), "97112", 1, ("GP",)),
                        Svc(D(21), "97110", 2, ("GP",)), Svc(D(21), "97014", 1, (), denied="CO"),
                        Svc(D(23), "97110", 2, ("GP",)), Svc(D(23), "97530", 1, ("GP",)), Svc(D(26), "97110", 2, ("GP",)),
                        Svc(D(26), "97112", 1, ("GP",)), Svc(D(28), "97110", 2, ("GP",)), Svc(D(28), "97140", 1, ("GP",))])),
        dict(cid=None, pcid="SRA2601260107", patient=mem,
             head=["Claim # SRA2601260107  -  Lantern Bay Speech Therapy",
                   "Received Jan 27, 2026  -  Processed Jan 29, 2026  -  In-network provider"],
             svcs=proc([Svc(D(23), "92523", 1, ()), Svc(D(26), "92507", 1, ("GN",)), Svc(D(28), "92507", 1, ("GN",))])),
    ]
    return dict(
        producer="reportlab", font="DjCond", bold="DjCond-B", size=8, lead=15, x0=40, wrap_col=1,
        title=[("SUMMIT RIDGE ADVANTAGE (PPO)", 12, True, "l"), ("Explanation of Benefits for " + mem, 9, True, "l"),
               ("Member ID 7730-4418-02  |  Period: January 1 - January 31, 2026  |  This is not a bill.", 7, False, "l")],
        footer="Summit Ridge Advantage (PPO) is a Medicare Advantage plan of Summit Ridge Health. H9998-014.   Page {p} of {n}",
        intro_cols=250,
        intro=["*Your summary for January | *Your out-of-pocket progress",
               "Claims processed this month: 2 | You have paid $375.00 of your $4,900.00 in-network maximum.",
               "Amount the plan paid: see claims below | Copays for outpatient rehab visits are $25.00 per visit day.",
               "", "Review each service. If something looks wrong, call Member Services at 1-888-555-0191, 8 a.m. to 8 p.m., 7 days a week."],
        shade_header=True, repeat=True, cont="  (continued from previous page)", panel_fill=0.95,
        p1_panel=["Important plan news",
                  "Starting in March, your plan will cover up to 4 additional outpatient rehabilitation visits after a hospital stay",
                  "at no extra cost. Please keep using in-network providers to pay the lowest copays.",
                  "Get this notice in large print, braille or another language: call 1-888-555-0191 (TTY 711).",
                  "Summit Ridge Health complies with federal civil rights laws and does not discriminate."],
        cols=[("Date", 48, "l", lambda s: dfmt(s.dos, "mdy2")), ("Service", 136, "l", lambda s: s.desc),
              ("Code", 62, "l", lambda s: code_mods(s, " ", ", ")), ("Units", 26, "r", lambda s: units_str(s.units)),
              ("Provider's\ncharge", 54, "r", lambda s: m(s.billed, "$")),
              ("Plan-\napproved", 56, "r", lambda s: m(s.allowed, "$")), ("Plan\npaid", 50, "r", lambda s: m(s.paid, "$")),
              ("You may\nowe", 50, "r", lambda s: m(s.owes, "$")), ("Note", 26, "c", lambda s: s.remarks[0])],
        printed=("billed", "allowed", "paid", "patient_owes"), rem=lambda s: s.remarks,
        totals=lambda v: ["", "Claim total", "", "", m(total(v, "billed"), "$"), m(total(v, "allowed"), "$"),
                          m(total(v, "paid"), "$"), m(total(v, "owes"), "$"), ""],
        total_keys=("billed", "allowed", "paid", "patient_owes"), sections=[dict(title="Your claims in detail", claims=cl[::-1])],
        outro=["*Notes", "1  Your $25.00 visit copay was taken from the first service that day.",
               "2  Covered in full after your copay for the day.", "4  Not covered by Medicare or by this plan; the provider cannot bill you."],
        legend=[("1", "Visit copay applied."), ("2", "Covered in full after copay."), ("4", "Not covered; provider cannot bill you.")],
        description="Medicare Advantage PPO member EOB, one member, long claim continues onto next page with repeated header",
    )


def L5():  # state Medicaid RA, reportlab Courier landscape mainframe
    def proc(v, code="A02"):
        for s in v:
            medicaid(s, deny_reason="96")
            s.remarks = ["219"] if s.denied else (["101"] if s.discount else ["100"])
        return v
    orig = proc([Svc(D(7), "97530", 3, ("GO",)), Svc(D(7), "97535", 1, ("GO",))])
    rev = [negate(s) for s in orig]
    for s in rev:
        s.remarks = ["777"]
    repl = proc([Svc(D(7), "97530", 4, ("GO",)), Svc(D(7), "97535", 1, ("GO",))])
    def acct(n, name, rid, icn, pat, svcs):
        return dict(cid=pat, pcid=icn, patient=name, head=[f"RECIP: {name:<26} RID: {rid}  ICN: {icn}  PAT ACCT: {pat}"], svcs=svcs)
    paid = [acct(1, "OKONKWO-BELL, TEDDY", "88120047731", "2026012804411001", "30117",
                 proc([Svc(D(5), "97165", 1, ("GO",)), Svc(D(5), "97530", 2, ("GO",)), Svc(D(12), "97530", 3, ("GO",)),
                       Svc(D(12), "97112", 1, ("GO",)), Svc(D(19), "97530", 3, ("GO",)), Svc(D(19), "97535", 1, ("GO",)),
                       Svc(D(26), "97530", 3, ("GO",)), Svc(D(26), "97533", 1, ("GO",))])),
            acct(2, "VASQUEZ-MORROW, LUCIA", "88120093310", "2026012804411002", "30142",
                 proc([Svc(D(6), "92523", 1, ()), Svc(D(13), "92507", 1, ("GN",)), Svc(D(20), "92507", 1, ("GN",)),
                       Svc(D(27), "92507", 1, ("GN",)), Svc(D(27), "92526", 1, ("GN",))])),
            acct(3, "PRZYBYLSKI, AMARA", "88120105528", "2026012804411003", "30188",
                 proc([Svc(D(8), "97161", 1, ("GP",)), Svc(D(8), "97110", 2, ("GP",)), Svc(D(15), "97110", 2, ("GP",)),
                       Svc(D(15), "97140", 1, ("GP", "59")), Svc(D(22), "97110", 2, ("GP",)), Svc(D(22), "97116", 1, ("GP",)),
                       Svc(D(29), "97110", 2, ("GP",)), Svc(D(29), "97530", 1, ("GP",))]))]
    denied = [acct(4, "HOLLOWAY, JAXON", "88120117702", "2026012804411004", "30201",
                   proc([Svc(D(9), "97167", 1, ("GO",), denied="CO"), Svc(D(9), "97530", 2, ("GO",), denied="CO")]))]
    adj = [acct(5, "OKONKWO-BELL, TEDDY", "88120047731", "2026011404100877", "30117", rev),
           acct(6, "OKONKWO-BELL, TEDDY", "88120047731", "2026012804411005", "30117", repl)]
    return dict(
        producer="reportlab", land=True, font="Courier", bold="Courier-Bold", size=7.4, lead=9.6,
        title=[("STATE OF NORTH CASCADIA  DEPARTMENT OF HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM", 8, True, "l"),
               ("REMITTANCE ADVICE    PROVIDER: CASCADIA KIDS THERAPY GROUP   PROV NO: 0004471209   RA NO: 2601-88412   RA DATE: 01/28/26", 7.4, False, "l"),
               ("CLAIM TYPE: PROFESSIONAL", 7.4, False, "l")],
        footer="NCDHS MMIS  RA2601-88412   PAGE {p} OF {n}",
        header_per_claim=False, repeat=False, desc_truth=False,
        cols=[("FROM\nDOS", 48, "l", lambda s: dfmt(s.dos, "mdy6")), ("TO\nDOS", 48, "l", lambda s: dfmt(s.dos, "mdy6")),
              ("PROC", 40, "l", lambda s: s.code), ("MOD", 40, "l", lambda s: " ".join(s.mods)),
              ("UNITS", 36, "r", lambda s: f"{s.units:.1f}"), ("BILLED AMT", 64, "r", lambda s: m(s.billed, ",", "trail")),
              ("ALLOWED AMT", 64, "r", lambda s: m(s.allowed, ",", "trail")), ("PAID AMT", 64, "r", lambda s: m(s.paid, ",", "trail")),
              ("EOB", 40, "r", lambda s: s.remarks[0]), ("TPL AMT", 60, "r", lambda s: "0.00"),
              ("   RENDERING", 76, "l", lambda s: "   " + ("1730045518" if s.code.startswith("97") else "1730045526")),
              ("PA NUMBER", 90, "l", lambda s: "PA26-" + s.code[-3:] + "0" + str(s.dos.day).zfill(2) if s.code in ("97530", "97110") else "")],
        printed=("billed", "allowed", "paid"), rem=lambda s: s.remarks,
        totals=lambda v: ["", "CLAIM TOTAL", "", "", "", m(total(v, "billed"), ",", "trail"), m(total(v, "allowed"), ",", "trail"),
                          m(total(v, "paid"), ",", "trail"), "", ""],
        total_keys=("billed", "allowed", "paid"), gap=6,
        sections=[dict(title="*** CLAIMS PAID ***", claims=paid), dict(title="*** CLAIMS DENIED ***", claims=denied),
                  dict(title="*** CLAIM ADJUSTMENTS (ORIGINAL REVERSED / REPLACEMENT) ***", claims=adj)],
        outro=["EOB CODE MESSAGES", "100  PAID AS BILLED", "101  PAID AT STATE MAXIMUM FEE",
               "219  SERVICE NOT AUTHORIZED FOR THIS RECIPIENT ON THIS DATE", "777  PRIOR PAYMENT RECOUPED - SEE REPLACEMENT CLAIM",
               "", "TOTAL CLAIMS: 6    RA PAYMENT ISSUED BY EFT TRACE 90044718812"],
        legend=[("100", "Paid as billed."), ("101", "Paid at state maximum."), ("219", "Not authorized."),
                ("777", "Prior payment recouped.")],
        description="state Medicaid RA mainframe print, sections paid/denied/adjusted, trailing minus reversal, header repeated on each page",
    )


def L6():  # state Medicaid RA, portal print, fpdf2 DejaVu Sans, boxed grid
    def proc(v, deny="16"):
        for i, s in enumerate(v, 1):
            medicaid(s, deny_reason=deny)
            s.ln = i
            s.remarks = ["MA130"] if s.denied else (["N381"] if s.code == "97150" else [])
        return v
    def head(name, mid, tcn, acct, status, v):
        return [f"Member: {name}    Medicaid ID: {mid}    TCN: {tcn}",
                f"Patient Acct #: {acct}    Claim Status: {status}    Billed {m(total(v, 'billed'), '$')}    Paid {m(total(v, 'paid'), '$')}"]
    c1 = proc([Svc(D(5), "97165", 1, ("GO",)), Svc(D(5), "97530", 2, ("GO",)), Svc(D(12), "97530", 2, ("GO",)),
               Svc(D(12), "97535", 1, ("GO",)), Svc(D(19), "97530", 3, ("GO",))])
    c2 = proc([Svc(D(6), "97150", 4, ("GO",), end=D(27)), Svc(D(6), "97533", 1, ("GO",)), Svc(D(20), "97533", 1, ("GO",))])
    c3 = proc([Svc(D(8), "92523", 1, ("GN",)), Svc(D(15), "92507", 1, ("GN",)), Svc(D(22), "92507", 1, ("GN",)),
               Svc(D(29), "92507", 1, ("GN",))])
    c4 = proc([Svc(D(9), "97167", 1, ("GO",), denied="CO"), Svc(D(9), "97530", 2, ("GO",), denied="CO")])
    c5 = proc([Svc(D(14), "97161", 1, ("GP",)), Svc(D(14), "97110", 2, ("GP",)), Svc(D(21), "97110", 2, ("GP",)),
               Svc(D(21), "97140", 1, ("GP",)), Svc(D(28), "97112", 1, ("GP", "59"))])
    cl = [dict(cid="MV-11820", pcid="26027000118400010", patient="GUTIERREZ, MIRANDA T",
               head=head("GUTIERREZ, MIRANDA T", "4410078821", "26027000118400010", "MV-11820", "Paid", c1), svcs=c1),
          dict(cid="MV-11833", pcid="26027000118400020", patient="GUTIERREZ, SANTIAGO",
               head=head("GUTIERREZ, SANTIAGO", "4410078839", "26027000118400020", "MV-11833", "Paid", c2), svcs=c2),
          dict(cid="MV-11907", pcid="26027000118400030", patient="ABERNATHY-TRAN, KIRA L",
               head=head("ABERNATHY-TRAN, KIRA L", "4410112056", "26027000118400030", "MV-11907", "Paid", c3), svcs=c3),
          dict(cid="MV-11915", pcid="26027000118400040", patient="DELAROSA, BENNETT",
               head=head("DELAROSA, BENNETT", "4410120478", "26027000118400040", "MV-11915", "Denied", c4), svcs=c4),
          dict(cid="MV-11941", pcid="26027000118400050", patient="OYELARAN, CHIOMA",
               head=head("OYELARAN, CHIOMA", "4410131190", "26027000118400050", "MV-11941", "Paid", c5), svcs=c5)]
    def adjcells(s):
        return s.adjs[0] if s.adjs else ("", "", None)
    return dict(
        producer="fpdf2", font="DjSans", bold="DjSans-B", size=6.8, lead=10.5, x0=30,
        title=[("Commonwealth Health Coverage  |  Provider Remittance Advice  (Professional)", 10, True, "l"),
               ("Payee: Bluestem Children's Therapy LLC   Payee ID 300881472   Payment #: EFT 0007731905   Payment Date: 01/27/2026", 7, False, "l")],
        footer="Commonwealth Health Coverage - Medicaid Management Information System     Remittance 2601-27-0044     Page {p} of {n}",
        intro=["Claims listed by member. Amounts in US dollars. Adjustment group and reason codes follow the national code lists;",
               "state remark codes are explained in the glossary at the end of this advice."],
        shade_claim=True, grid=True, ends=True, shade_header=True,
        cols=[("Ln", 18, "c", lambda s: str(s.ln)),
              ("Dates of Service", 78, "l", lambda s: dfmt(s.dos, "mdy2") + (" - " + dfmt(s.end, "mdy2") if s.end else "")),
              ("Procedure", 44, "l", lambda s: s.code), ("Mods", 38, "l", lambda s: " ".join(s.mods)),
              ("Units", 28, "r", lambda s: f"{s.units:.2f}"), ("Billed", 50, "r", lambda s: m(s.billed)),
              ("Allowed", 50, "r", lambda s: m(s.allowed)), ("Paid", 50, "r", lambda s: m(s.paid)),
              ("Grp", 24, "c", lambda s: adjcells(s)[0]), ("CARC", 28, "c", lambda s: adjcells(s)[1]),
              ("Adj Amt", 50, "r", lambda s: m(adjcells(s)[2]) if adjcells(s)[2] is not None else ""),
              ("RARC", 38, "c", lambda s: " ".join(s.remarks))],
        printed=("billed", "allowed", "paid"), desc_truth=False, adj=lambda s: list(s.adjs), rem=lambda s: s.remarks,
        totals=lambda v: ["", "Claim Totals", "", "", "", m(total(v, "billed")), m(total(v, "allowed")), m(total(v, "paid")),
                          "", "", "", ""],
        total_keys=("billed", "allowed", "paid"), sections=[dict(claims=cl)], gap=10,
        outro=["*Payment summary:  claims paid 4   claims denied 1   total billed and paid shown per claim above",
               "*Glossary", "CO-45  Charge is above the program's fee schedule maximum.",
               "CO-16  The claim was missing information needed to process it.",
               "MA130  The claim cannot be appealed as sent; correct it and send it again.",
               "N381  Weekly group sessions billed as one line with the number of sessions as units."],
        legend=[("MA130", "Correct and resubmit."), ("N381", "Weekly sessions billed on one line.")],
        description="state Medicaid RA portal print, boxed grid, member blocks with TCN, Grp/CARC/Adj Amt/RARC columns, date range line, denied claim",
    )


def L7():  # clearinghouse Medicare-style remit, fpdf2 Liberation Mono landscape
    st = PlanState(ded_left=Decimal("60.00"))
    def proc(v, rem=None):
        for i, s in enumerate(v, 1):
            medicare(s, st, deny_reason="97")
            s.ln = i
            s.remarks = ["M80"] if s.denied else []
        return v
    def adjtxt(s):
        return "  ".join(f"{g}-{r} {a:.2f}" for g, r, a in s.adjs)
    def head(name, mbi, ctl, icn, status, extra):
        return [f"Patient: {name:<28} MBI: {mbi}   Pat Ctrl #: {ctl}   Payer Claim Ctrl #: {icn}   Status: {status}", extra]
    a = proc([Svc(D(5), "97163", 1, ("GP",)), Svc(D(5), "97110", 2, ("GP",)), Svc(D(7), "97110", 2, ("GP",)),
              Svc(D(7), "97140", 1, ("GP", "59")), Svc(D(9), "97110", 2, ("GP",)), Svc(D(9), "97530", 1, ("GP",)),
              Svc(D(12), "97110", 2, ("GP",)), Svc(D(12), "97112", 1, ("GP",)), Svc(D(14), "97110", 2, ("GP", "KX")),
              Svc(D(14), "97140", 1, ("GP", "KX")), Svc(D(16), "97110", 2, ("GP", "KX")), Svc(D(16), "97140", 1, ("GP", "KX"), denied="CO"),
              Svc(D(19), "97110", 3, ("GP", "KX")), Svc(D(19), "97116", 1, ("GP", "KX")), Svc(D(21), "97110", 2, ("GP", "CQ")),
              Svc(D(21), "97530", 1, ("GP", "CQ")), Svc(D(23), "97110", 2, ("GP", "CQ")), Svc(D(23), "G0283", 1, ("GP",))])
    st.ded_left = ZERO
    b = proc([Svc(D(6), "97165", 1, ("GO",)), Svc(D(6), "97530", 2, ("GO",)), Svc(D(13), "97530", 2, ("GO",)),
              Svc(D(13), "97535", 1, ("GO",)), Svc(D(20), "97530", 2, ("GO",)), Svc(D(20), "97168", 1, ("GO",)),
              Svc(D(27), "97530", 3, ("GO",)), Svc(D(27), "97535", 1, ("GO", "59"))])
    orig = proc([Svc(D(8), "92507", 1, ("GN",)), Svc(D(8), "92526", 1, ("GN",))])
    rev = [negate(s) for s in orig]
    for i, s in enumerate(rev, 1):
        s.ln = i
    corr = proc([Svc(D(8), "92507", 1, ("GN",)), Svc(D(8), "92526", 1, ("GN", "59"))])
    cl = [None, dict(cid="HLR-20931", pcid="22260120003810", patient="BRANDVOLD, AUGUSTINE R", svcs=a,
               head=head("BRANDVOLD, AUGUSTINE R", "2WK7QT3MX81", "HLR-20931", "22260120003810", "1 Processed as Primary",
                         "Rendering NPI 1588200471   Received 01/26/2026   Claim freq 1   Crossover: Lakeview Medigap Plan N"))]
    cl[0] = dict(cid="HLR-20977", pcid="22260120004455", patient="NAKASHIMA-REEVES, DOROTHEA", svcs=b,
               head=head("NAKASHIMA-REEVES, DOROTHEA", "5QR2HV8JT40", "HLR-20977", "22260120004455", "1 Processed as Primary",
                         "Rendering NPI 1588200489   Received 01/26/2026   Claim freq 1"))
    cl += [dict(cid="HLR-20712", pcid="22260060001207", patient="OUELLETTE, BARNABY", svcs=rev,
               head=head("OUELLETTE, BARNABY", "7MJ4CE1WN22", "HLR-20712", "22260060001207", "22 Reversal of Previous Payment",
                         "Rendering NPI 1588200497   Original payment 01/09/2026 recovered on this remittance")),
          dict(cid="HLR-20712", pcid="22260270000934", patient="OUELLETTE, BARNABY", svcs=corr,
               head=head("OUELLETTE, BARNABY", "7MJ4CE1WN22", "HLR-20712", "22260270000934", "1 Processed as Primary",
                         "Rendering NPI 1588200497   Corrected claim (freq 7) replacing 22260060001207"))]
    return dict(
        producer="fpdf2", land=True, font="LibMono", bold="LibMono-B", size=6.8, lead=11.5, x0=28,
        title=[("CLEARWAVE HEALTH EXCHANGE  -  REMITTANCE DETAIL (PRINTED FROM ELECTRONIC REMITTANCE)", 9, True, "l"),
               ("Payer: NORTHERN PLAINS MEDICARE PART B CONTRACTOR  (J-88)   Payee: Heron Lake Rehabilitation   NPI 1588200463   TIN XX-XXX4471", 7, False, "l"),
               ("Check/EFT #: 884120019   Issue date: 01/30/2026   Batch: CW-0130-2211   Remit total: see payer summary", 7, False, "l")],
        footer="Clearwave Health Exchange  |  Printed 01/31/2026 07:14  |  Trading partner HLR0044  |  Page {p} of {n}",
        repeat=True, cont="   (cont'd)", grid=False,
        p1_panel=["PAYER SUMMARY FOR THIS CHECK",
                  "Claims on this remittance: 4      Provider-level adjustments: none      Interest: 0.00",
                  "Payment method: ACH to account ending 4471      Payer contact: Provider Contact Center 1-877-555-0102",
                  "Clearwave note: this page reproduces the payer's electronic remittance; check the payer portal for official copies.",
                  "Keep this detail with your deposit records. Corrections must be requested from the payer, not from Clearwave.",
                  "Fields shown as 0.00 were sent as zero; blank fields were not sent."],
        cols=[("Line", 28, "r", lambda s: str(s.ln)), ("Svc Date", 58, "l", lambda s: dfmt(s.dos, "mdy4")),
              ("POS", 24, "c", lambda s: "11"), ("Proc", 36, "l", lambda s: s.code), ("Mod", 42, "l", lambda s: " ".join(s.mods)),
              ("Units", 32, "r", lambda s: units_str(s.units)), ("Charge", 50, "r", lambda s: m(s.billed)),
              ("Allowed", 50, "r", lambda s: m(s.allowed)), ("Deduct", 44, "r", lambda s: m(s.deductible)),
              ("Coins", 44, "r", lambda s: m(s.coinsurance)), ("  Adjustments (Grp-Rsn Amt)", 236, "l", lambda s: "  " + adjtxt(s)),
              ("Paid", 50, "r", lambda s: m(s.paid)), ("Rmk", 32, "c", lambda s: " ".join(s.remarks))],
        printed=("billed", "allowed", "deductible", "coinsurance", "paid"), desc_truth=False,
        adj=lambda s: [(g, r, a) for g, r, a in s.adjs], rem=lambda s: s.remarks,
        totals=lambda v: ["", "", "", "", "", "Totals", m(total(v, "billed")), m(total(v, "allowed")),
                          m(total(v, "deductible")), m(total(v, "coinsurance")), "", m(total(v, "paid")), ""],
        total_keys=("billed", "allowed", "paid"), sections=[dict(claims=cl)], gap=10,
        outro=["*Adjustment group codes: CO contractual obligation   PR patient responsibility   OA other",
               "*Reason codes on this remittance: 1 deductible   2 coinsurance   45 over fee schedule   97 included in another service   253 sequestration",
               "*Remark M80: not covered when done on the same day as another listed service."],
        legend=[("M80", "Not covered on the same day as another listed service.")],
        description="clearinghouse Medicare-style remit detail, mono landscape, all adjustments inline on the row, reversal and corrected claim, long claim continued",
    )


def L8():  # practice-management payment posting report of a Medicare paper remit, reportlab Liberation Sans Narrow
    st = PlanState(ded_left=ZERO)
    def proc(v):
        for s in v:
            medicare(s, st, deny_reason="151")
            s.remarks = ["N115"] if s.denied else []
            if s.denied:  # the posting system books the whole denied charge as a write-off
                s.discount = s.billed
        return v
    pats = [("10442", "Quist, Harold J", "E-55102", "2226013004412", [
                Svc(D(5), "97110", 2, ("GP",)), Svc(D(5), "97112", 1, ("GP",)), Svc(D(8), "97110", 2, ("GP",)),
                Svc(D(8), "97140", 1, ("GP", "59")), Svc(D(12), "97110", 2, ("GP", "KX")), Svc(D(12), "97116", 1, ("GP", "KX"))]),
            ("10518", "Ferreira-Lund, Agnes", "E-55117", "2226013004413", [
                Svc(D(6), "97166", 1, ("GO",)), Svc(D(6), "97535", 2, ("GO",)), Svc(D(13), "97530", 2, ("GO", "CO")),
                Svc(D(13), "97535", 1, ("GO", "CO")), Svc(D(20), "97530", 2, ("GO", "CO")),
                Svc(D(20), "97760", 1, ("GO",)), Svc(D(20), "L3807", 1, ("LT",)), Svc(D(27), "97530", 2, ("GO",))]),
            ("10561", "Mbeki-Harlow, Cyrus", "E-55140", "2226013004414", [
                Svc(D(7), "92523", 1, ("GN",)), Svc(D(14), "92507", 1, ("GN",)), Svc(D(21), "92507", 1, ("GN",)),
                Svc(D(21), "92526", 1, ("GN",), denied="CO"), Svc(D(28), "92507", 1, ("GN",))]),
            ("10442", "Quist, Harold J", "E-55163", "2226013004415", [
                Svc(D(15), "97110", 2, ("GP", "KX")), Svc(D(15), "97112", 1, ("GP", "KX")), Svc(D(19), "97110", 2, ("GP", "KX")),
                Svc(D(19), "97530", 1, ("GP", "KX")), Svc(D(22), "97110", 2, ("GP", "CQ")), Svc(D(22), "97140", 1, ("GP", "CQ")),
                Svc(D(26), "97110", 2, ("GP", "CQ")), Svc(D(26), "G0283", 1, ("GP",)), Svc(D(29), "97110", 2, ("GP",)),
                Svc(D(29), "97116", 1, ("GP",))])]
    cl = []
    for chart, name, enc, icn, v in pats:
        proc(v)
        for s in v:
            s.chart, s.pat, s.enc = chart, name, enc
        cl.append(dict(cid=enc, pcid=icn, patient=name, svcs=v,
                       head=[f"ICN {icn}   {name}   Pt Ctrl # {enc}   Chart {chart}   Claim status: Paid as primary   Assigned: Y"]))
    prior = [Svc(date(2025, 12, 16), "97110", 2, ("GP",)), Svc(date(2025, 12, 16), "97140", 1, ("GP",))]
    st.ded_left = ZERO
    proc(prior)
    rev = [negate(s) for s in prior]
    for s in rev:
        s.chart, s.pat, s.enc, s.remarks = "10518", "Ferreira-Lund, Agnes", "E-54871", ["MA67"]
    cl.append(dict(cid="E-54871", pcid="2225350007781", patient="Ferreira-Lund, Agnes", svcs=rev,
                   head=["ICN 2225350007781   Ferreira-Lund, Agnes   Pt Ctrl # E-54871   Chart 10518   Claim status: Reversal - overpayment recovered"]))
    P = lambda d: m(d, ",", "()")  # noqa: E731
    return dict(
        producer="reportlab", land=True, font="LibNarrow", bold="LibNarrow-B", size=7.4, lead=11, x0=30,
        title=[("RIVERSTONE THERAPY PARTNERS  -  Insurance Payment Posting Report", 11, True, "l"),
               ("Source: paper remittance keyed from payer  |  Payer: Great Lakes Medicare Part B (Jurisdiction 12)  |  Check # 0009931057  dated 01/29/2026  |  Deposit batch DB-0130-02", 7.4, False, "l"),
               ("Run by: posting clerk KHM   Report: INSPOST-D   Sort: ICN", 7.4, False, "l")],
        footer="Riverstone Therapy Partners  -  PM system v11.4  -  printed 01/30/2026 16:05  -  Page {p} of {n}",
        header_per_claim=False, repeat=False, shade_claim=False, gap=6,
        cols=[("Chart", 30, "l", lambda s: s.chart), ("Patient", 84, "l", lambda s: s.pat), ("Pt Ctrl #", 44, "l", lambda s: s.enc),
              ("DOS", 44, "l", lambda s: dfmt(s.dos, "mdy4")), ("CPT", 32, "l", lambda s: s.code),
              ("Md1", 20, "l", lambda s: s.mods[0] if s.mods else ""), ("Md2", 22, "l", lambda s: s.mods[1] if len(s.mods) > 1 else ""),
              ("Qty", 22, "r", lambda s: f"{s.units:.2f}"), ("Charge", 46, "r", lambda s: P(s.billed)),
              ("Allowed", 46, "r", lambda s: P(s.allowed)), ("Deduct", 38, "r", lambda s: P(s.deductible)),
              ("Coins", 38, "r", lambda s: P(s.coinsurance)), ("Contr Adj", 46, "r", lambda s: P(s.discount)),
              ("Seq Adj", 36, "r", lambda s: P(s.seq)), ("Ins Pd", 44, "r", lambda s: P(s.paid)),
              ("Pt Resp", 40, "r", lambda s: P(s.owes)), ("Remark", 40, "c", lambda s: " ".join(s.remarks))],
        printed=("billed", "allowed", "deductible", "coinsurance", "discount", "paid", "patient_owes"), desc_truth=False,
        rem=lambda s: s.remarks,
        totals=lambda v: ["", "", "", "", "", "", "", "Claim", P(total(v, "billed")), P(total(v, "allowed")),
                          P(total(v, "deductible")), P(total(v, "coinsurance")), P(total(v, "discount")), P(total(v, "seq")),
                          P(total(v, "paid")), P(total(v, "owes")), ""],
        total_keys=("billed", "allowed", "paid", "patient_owes"), sections=[dict(claims=cl)],
        outro=["*Remark codes keyed from the remittance", "N115  Decision based on the payer's local coverage policy for this service.",
               "MA67  Correction of an earlier payment; the amounts shown in parentheses are taken back from this check.",
               "Contr Adj = charge over the fee schedule (CO-45). Seq Adj = federal payment reduction (CO-253). Pt Resp = deductible + coinsurance."],
        legend=[("N115", "Local coverage policy decision."), ("MA67", "Correction of an earlier payment.")],
        description="practice-management posting report keyed from a Medicare paper remit, landscape narrow sans, ids on every row, Md1/Md2, parentheses reversal, header repeated",
    )


def L9():  # therapy clinic family statement, reportlab Times
    st = PlanState(ded_left=Decimal("80.00"), allowed_rate=Decimal("0.80"), copay_codes={})
    def proc(v):
        for s in v:
            commercial(s, st, deny_reason="204")
        return v
    g = "Quennell-Moss"
    visits = [
        ("LC-30412", "88-1200-4471", f"Juniper {g}", D(7), [Svc(D(7), "97166", 1, ("GO",)), Svc(D(7), "97530", 2, ("GO",))]),
        ("LC-30455", "88-1200-4529", f"Oskar {g}", D(8), [Svc(D(8), "92523", 1, ()), Svc(D(8), "92507", 1, ("GN",))]),
        ("LC-30477", "88-1200-4602", f"Juniper {g}", D(14), [Svc(D(14), "97530", 3, ("GO",)), Svc(D(14), "97533", 1, ("GO",))]),
        ("LC-30490", "88-1200-4633", f"Oskar {g}", D(15), [Svc(D(15), "92507", 1, ("GN",)), Svc(D(15), "92526", 1, ("GN",), denied="PR")]),
        ("LC-30521", "88-1200-4710", f"Theodora {g}", D(16), [Svc(D(16), "97165", 1, ("GO",)), Svc(D(16), "97535", 2, ("GO",)),
                                                            Svc(D(16), "97112", 1, ("GO",)), Svc(D(17), "97530", 2, ("GO",)),
                                                            Svc(D(17), "97533", 1, ("GO",)), Svc(D(19), "97530", 2, ("GO",)),
                                                            Svc(D(19), "97535", 1, ("GO",)), Svc(D(20), "97530", 3, ("GO",))]),
        ("LC-30540", "88-1200-4788", f"Juniper {g}", D(21), [Svc(D(21), "97530", 3, ("GO",)), Svc(D(21), "97535", 1, ("GO",)),
                                                           Svc(D(21), "97140", 1, ("GO", "59"))]),
        ("LC-30566", "88-1200-4815", f"Oskar {g}", D(22), [Svc(D(22), "92507", 1, ("GN",))]),
        ("LC-30589", "88-1200-4850", f"Theodora {g}", D(23), [Svc(D(23), "97530", 2, ("GO",)), Svc(D(23), "97533", 2, ("GO",)),
                                                            Svc(D(23), "97535", 1, ("GO",)), Svc(D(23), "97110", 1, ("GO",))]),
        ("LC-30612", "88-1200-4902", f"Juniper {g}", D(28), [Svc(D(28), "97530", 3, ("GO",)), Svc(D(28), "97168", 1, ("GO",))]),
    ]
    cl = []
    for inv, clm, pat, day, v in visits:
        proc(v)
        for s in v:
            s.first = pat.split()[0]
        cl.append(dict(cid=inv, pcid=clm, patient=pat, svcs=v,
                       head=[f"Invoice {inv}  -  {pat}  -  " + (f"visit of {dfmt(day, 'month')}" if len({x.dos for x in v}) == 1
                                                                   else f"intensive program, {dfmt(day, 'month')} - {dfmt(v[-1].dos, 'month')}"),
                             f"Billed to Lakeshore Family Health Plan, claim no. {clm}; plan processed {dfmt(day.replace(day=min(day.day + 9, 31)), 'mdy4')}"],
                       after=[f"Lakeshore Family Health Plan payment posted {m(total(v, 'paid'), '$')}   -   contractual write-off {m(total(v, 'discount'), '$')}"]))
    return dict(
        producer="reportlab", font="Times-Roman", bold="Times-Bold", size=8.6, lead=12, x0=40,
        title=[("Little Compass Pediatric Therapy", 15, True, "l"), ("Occupational  -  Speech  -  Feeding therapy for children", 8.5, False, "l"),
               ("STATEMENT", 11, True, "r"), ("Account No. LCP-7702   Statement Date 02/02/2026", 8.5, False, "r")],
        footer="Little Compass Pediatric Therapy  |  77 Orchard Gate Road, Fenwick Hollow, VT 05771  |  Billing office (802) 555-0148  |  Page {p} of {n}",
        intro=["*Responsible party: Farida Quennell-Moss, 14 Birchwood Lane, Fenwick Hollow, VT 05770",
               "Amount due: see balance totals below.   Please pay by 02/27/2026.   Payment plans are available - call our billing office.",
               "Patients on this account: Juniper, Oskar and Theodora Quennell-Moss."],
        shade_claim=False, grid=False, repeat=True, cont=" (continued)",
        p1_panel=["Please detach and return the lower portion with your payment",
                  "Account No. LCP-7702      Make checks payable to Little Compass Pediatric Therapy      Card: ____________________  Exp: ______",
                  "Amount enclosed: $ __________          Pay online at littlecompass.example/pay with your account number."],
        cols=[("Date", 50, "l", lambda s: dfmt(s.dos, "mdy4")), ("Patient", 52, "l", lambda s: s.first),
              ("Code", 52, "l", lambda s: code_mods(s, "-", "-")), ("Description", 126, "l", lambda s: s.desc),
              ("Units", 28, "r", lambda s: units_str(s.units)), ("Charges", 50, "r", lambda s: m(s.billed)),
              ("Ins. Paid", 50, "r", lambda s: m(s.paid)), ("Adjustment", 52, "r", lambda s: m(s.discount)),
              ("Your Balance", 56, "r", lambda s: m(s.owes))],
        wrap_col=3, printed=("billed", "paid", "discount", "patient_owes"),
        totals=lambda v: ["", "", "", "Invoice total", "", m(total(v, "billed")), m(total(v, "paid")), m(total(v, "discount")),
                          m(total(v, "owes"))],
        total_keys=("billed", "paid", "patient_owes"), sections=[dict(claims=cl)], gap=8,
        outro=["*Account summary", "Previous balance $0.00.  New charges, insurance payments and adjustments are itemized above.",
               "A speech feeding session on 01/15/2026 was not a covered benefit under Oskar's plan and remains your balance.",
               "Questions about your bill? Call (802) 555-0148, Monday to Thursday 9-4."],
        description="therapy clinic family statement, invoice heading per visit with insurer claim no., patient first name per row, wrapped descriptions, tear-off panel",
    )


def L10():  # hospital outpatient family statement, fpdf2 Liberation Serif, grey sidebar
    st = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.70"))
    accts = [
        ("40091188", "HV-2601-88310", "Wilhelmina Arceneaux", [
            ("0434", Svc(D(8), "97165", 1, ("GO",))), ("0434", Svc(D(8), "97760", 1, ("GO",), desc=eobgen.LONG_DESC["97760"])),
            ("0274", Svc(D(8), "L3807", 1, ("RT",), desc=eobgen.LONG_DESC["L3807"])), ("0320", Svc(D(8), "73110", 1, ("RT",))),
            ("0510", Svc(D(8), "99203", 1, ("25",)))]),
        ("40091244", "HV-2601-90127", "Beaumont Arceneaux", [
            ("0424", Svc(D(12), "97163", 1, ("GP",))), ("0420", Svc(D(12), "97110", 3, ("GP",))),
            ("0420", Svc(D(12), "G0283", 1, ("GP",), desc=eobgen.LONG_DESC["G0283"])), ("0270", Svc(D(12), "A4556", 2, ())),
            ("0420", Svc(D(19), "97110", 2, ("GP",))), ("0420", Svc(D(19), "97140", 2, ("GP", "59"))),
            ("0420", Svc(D(26), "97110", 2, ("GP",))), ("0420", Svc(D(26), "97116", 1, ("GP",)))]),
        ("40091307", None, "Wilhelmina Arceneaux", [
            ("0434", Svc(D(22), "97530", 3, ("GO",))), ("0434", Svc(D(22), "97535", 1, ("GO",), desc=eobgen.LONG_DESC["97535"])),
            ("0434", Svc(D(29), "97530", 3, ("GO",))), ("0434", Svc(D(29), "97168", 1, ("GO",), desc=eobgen.LONG_DESC["97168"]))]),
        ("40091362", "HV-2601-93480", "Céleste Arceneaux", [
            ("0444", Svc(D(27), "92523", 1, ())), ("0444", Svc(D(27), "92507", 1, ("GN",)))]),
    ]
    cl = []
    for acct, clm, pat, rows in accts:
        v = []
        for rev, s in rows:
            s.rev = rev
            commercial(s, st)
            v.append(s)
        if clm:
            after = [f"Insurance payment - Harborview Health Plan, claim {clm}:  -{m(total(v, 'paid'), '$')}",
                     f"Contractual allowance - Harborview Health Plan:  -{m(total(v, 'discount'), '$')}",
                     f"Balance for this account (your coinsurance):  {m(total(v, 'owes'), '$')}"]
        else:
            after = ["Claim sent to Harborview Health Plan 02/01/2026 - awaiting payment. No action needed yet."]
        cl.append(dict(cid=acct, pcid=clm, patient=pat, svcs=v, after=after,
                       head=[f"Hospital Account {acct}   Patient: {pat}", "Outpatient Rehabilitation Services - Pinecrest Campus"]))
    return dict(
        producer="fpdf2", font="LibSerif", bold="LibSerif-B", size=8.4, lead=11.5, x0=34,
        title=[("St. Brigid Valley Hospital", 15, True, "l"), ("Patient Statement  -  Guarantor: Lucien Arceneaux  -  Guarantor # G-220871", 8.5, False, "l"),
               ("Statement date 02/03/2026", 8.5, False, "l")],
        footer="St. Brigid Valley Hospital, 1 Abbey Road, Pinecrest, NH 03299    Page {p} of {n}",
        sidebar=["Amount Due", "see account balances", "Due by 03/01/2026", "", "Pay online:", "stbrigid.example/pay",
                 "Questions? (603) 555-0120", "Mon-Fri 8 am - 6 pm", "", "Financial help is", "available - ask us."],
        intro=["Lucien Arceneaux", "301 Tamarack Hill Road", "Pinecrest, NH 03298", "",
               "This statement lists hospital charges for everyone on your guarantor account."],
        shade_claim=True, repeat=True, cont="  - continued", wrap_col=2,
        cols=[("Date", 54, "l", lambda s: dfmt(s.dos, "mdy4")), ("Rev", 26, "l", lambda s: s.rev),
              ("Description", 150, "l", lambda s: s.desc), ("CPT/HCPCS", 64, "l", lambda s: code_mods(s)),
              ("Qty", 24, "r", lambda s: units_str(s.units)), ("Charges", 60, "r", lambda s: m(s.billed, "$"))],
        printed=("billed",),
        totals=lambda v: ["", "", "Total charges", "", "", m(total(v, "billed"), "$")],
        total_keys=("billed",), sections=[dict(claims=cl)], gap=12,
        outro=["*About your bill", "Physician services are billed separately by the provider group.",
               "Insurance processing can take 30 days or more."],
        description="hospital outpatient family statement with grey sidebar, account per visit, Rev + HCPCS + Qty + charges only, payment rows in text, pending account",
    )


LAYOUTS = [("h214_cm_family", L1), ("h214_cm_serif", L2), ("h214_msn_partb", L3), ("h214_ma_member", L4),
           ("h214_mcd_mainframe", L5), ("h214_mcd_portal", L6), ("h214_remit_clearinghouse", L7),
           ("h214_pm_posting", L8), ("h214_stmt_clinic", L9), ("h214_stmt_hospital", L10)]

DATE_STYLES = ("mdy2", "mdy4", "mdy6", "mdY8", "mon", "month", "mdyn", "iso", "dmy")


def _rows(page) -> list[str]:
    words = sorted(page.extract_words(), key=lambda w: (round(w["bottom"]), w["x0"]))
    rows: list[list] = []
    for w in words:
        if rows and abs(rows[-1][0] - w["bottom"]) <= 1.5:
            rows[-1][1].append(w)
        else:
            rows.append([w["bottom"], [w]])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda x: x["x0"])) for r in rows]


def _has_amt(text: str, v: str) -> bool:
    text = text.replace("$", "")
    d = Decimal(v)
    forms = {f"{abs(d):,.2f}", f"{abs(d):.2f}"}
    for f in forms:
        for mt in re.finditer(re.escape(f), text):
            a, b = mt.start(), mt.end()
            if a > 0 and (text[a - 1].isdigit() or text[a - 1] in ",."):
                continue
            if b < len(text) and text[b].isdigit():
                continue
            neg = (a > 0 and text[a - 1] in "-(") or (b < len(text) and text[b] == "-")
            if (d < 0) == neg or d == 0:
                return True
    return False


def check(out_dir: Path) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    for name, _ in LAYOUTS:
        pdf = out_dir / f"{name}.pdf"
        tr = json.loads(Path(str(pdf) + ".truth.json").read_text())
        with pdfplumber.open(pdf) as p:
            if len(p.pages) != tr["pages"]:
                errs.append(f"{name}: pages {len(p.pages)} != {tr['pages']}")
            rows = [_rows(pg) for pg in p.pages]
            pages_text = [pg.extract_text() or "" for pg in p.pages]
        doc_text = " ".join(re.sub(r"\s+", " ", t) for t in pages_text)
        for i, ln in enumerate(tr["lines"]):
            where = f"{name} line {i} {ln['code']} {ln['service_date']}"
            prow = rows[ln["page"] - 1]
            def ok(r, ln=ln):
                if ln["code"] and ln["code"] not in r:
                    return False
                if any(md not in r.split() and md not in r for md in ln["modifiers"]):
                    return False
                if ln["units"] is not None and not any(re.fullmatch(r"\d+(\.\d+)?", w) and Decimal(w) == Decimal(ln["units"])
                                                       for w in r.split()):
                    return False
                for k in eobgen.AMOUNT_KEYS:
                    if ln[k] is not None and not _has_amt(r, ln[k]):
                        return False
                for g, c, a in ln["adjustments"]:
                    if g not in r or c not in r or (a is not None and not _has_amt(r, a)):
                        return False
                return all(rm in r.split() or f"{rm}," in r for rm in ln["remarks"])
            if not any(ok(r) for r in prow):
                errs.append(f"{where}: no single text row on page {ln['page']} carries all its values")
            dd = date.fromisoformat(ln["service_date"])
            if not any(dfmt(dd, st) in pages_text[ln["page"] - 1] for st in DATE_STYLES):
                errs.append(f"{where}: service date not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in doc_text:
                    errs.append(f"{where}: {k} {ln[k]!r} not in document text")
            if ln["description"] and ln["description"].split()[0] not in pages_text[ln["page"] - 1]:
                errs.append(f"{where}: description not on page")
            if ln["adjustments"] and ln["billed"] and ln["paid"] and all(a is not None for *_, a in ln["adjustments"]):
                if Decimal(ln["billed"]) - sum(Decimal(a) for *_, a in ln["adjustments"]) != Decimal(ln["paid"]):
                    errs.append(f"{where}: billed - adjustments != paid")
            parts = [ln[k] for k in ("billed", "discount", "not_covered", "allowed") if ln[k] is not None]
            if len(parts) == 4 and Decimal(parts[0]) - Decimal(parts[1]) - Decimal(parts[2]) != Decimal(parts[3]):
                errs.append(f"{where}: billed - discount - not covered != allowed")
            if ln["allowed"] and ln["paid"] and ln["patient_owes"] and ln["deductible"] and not ln["not_covered"]:
                share = sum(Decimal(ln[k] or "0") for k in ("deductible", "copay", "coinsurance"))
                if ln["copay"] is not None and ln["coinsurance"] is not None and Decimal(ln["allowed"]) - share != Decimal(ln["paid"]):
                    errs.append(f"{where}: allowed - shares != paid")
        for c in tr["claims"]:
            mine = [ln for ln in tr["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                    (c["claim_id"], c["payer_claim_id"], c["patient"])]
            if not mine:
                errs.append(f"{name}: claim {c['payer_claim_id']} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum(Decimal(ln[k]) for ln in mine)
                planted = any(str(c["payer_claim_id"]) in f for f in tr["expected_findings"])
                if (s != Decimal(v)) != planted:
                    errs.append(f"{name}: claim {c['payer_claim_id']} {k} total {v} vs lines {s}")
                if not _has_amt(doc_text, v):
                    errs.append(f"{name}: claim total {v} not printed")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout214_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for name, fn in LAYOUTS:
        build(out, name, fn())
    n = sum(len(json.loads((out / f"{nm}.pdf.truth.json").read_text())["lines"]) for nm, _ in LAYOUTS)
    print(f"wrote {len(LAYOUTS)} PDFs ({n} service lines) to {out}")
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("CHECK FAIL:", e)
        if errs:
            return 1
        print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
