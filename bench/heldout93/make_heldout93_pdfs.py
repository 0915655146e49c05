"""Write the NINETY-THIRD held-out set of synthetic PDF EOB layouts (with truth files) into a folder: two layouts
of each of the five commonest real kinds (commercial member EOBs; a Medicare Summary Notice and a Medicare
Advantage member EOB; state Medicaid remittance advices; Medicare-style paper remits re-printed by a practice-
management system and a clearinghouse; family statements from a therapy clinic and a hospital), each in a house
style of its own. Written without looking at the reader, its tests or how it reads anything here.

Run:  python bench/heldout93/make_heldout93_pdfs.py OUT_DIR            (write the PDFs and truth files)
      python bench/heldout93/make_heldout93_pdfs.py OUT_DIR --check    (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness). Helpers: samples/pdf/eobgen.py (Svc, plan arithmetic, money, dfmt, truth
format) and bench/heldout93/h93kit.py (two drawing backends with top-down coordinates, row text for --check).

Truth format: the one of samples/pdf (eobgen.write_truth / truth_line, files <name>.pdf.truth.json): printed
values only, null for what a layout does not print (units null where no quantity is printed; modifiers [] where
none printed); description null throughout. Adjustments only where group+reason codes are printed with the line
(with their printed amounts); remarks = the note / remark / EOB codes printed on the line. claim_id = the
provider's own patient account / control / visit number (null where the page prints none, e.g. the MSN);
payer_claim_id = the payer's claim number / ICN / TCN / claim control number; patient = the person who got the
service, exactly as printed (capitals where printed so; never the subscriber / guarantor unless the same).
A printed "thru" date gives service_end. Each claim record carries the claim totals the page prints.
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.

Layouts:
  p01 commercial member EOB (reportlab, portrait Liberation Sans): "Claims summary for your family", claim bar
      "Claim for / Claim no. / Provider's patient no.", Date | What was done | Code | Charged | Discount |
      Covered | Deductible | Copay | Coinsurance | Plan paid | Your share | Note, "97530 GO", 3 family members,
      a denied line, claim continues on page 2 under repeated header + "(continued)"; notes legend
  p02 commercial member EOB (fpdf2, landscape DejaVu Serif): per-person sections "Services for ...", Service
      date | Procedure | Qty | Charges | Not covered | Allowed | Ded. | Coins. | Plan pays | You pay | Remark,
      "97110-GP", MMM D, YYYY dates, claim total rows, 3 family members
  p03 Medicare Summary Notice (reportlab, portrait DejaVu Sans): Part B claims, "Claim number", service text
      with code in parentheses, Amount Provider Charged | Medicare-Approved | Medicare Paid | Maximum You May Be
      Billed | See Notes, lettered notes, 2 pages, no account numbers
  p04 Medicare Advantage member EOB (fpdf2, portrait Liberation Serif): "Your medical claims this month",
      Claim ID per claim, Service | Date | Provider charged | Plan allowed | Plan paid | You owe, code and mods as
      "97140 / GP KX", one member, multiple claims over 2 pages
  p05 state Medicaid RA (fpdf2, landscape Liberation Mono): PAID / DENIED / ADJUSTED sections, ICN, recipient
      name and ID, PAT ACCT, line rows LN | FROM | THRU | PROC | MOD | UNITS | BILLED | ALLOWED | COPAY | PAID |
      EOB, a reversal with trailing-minus amounts, claim lines continue onto the next page with header repeated
  p06 state Medicaid RA (reportlab, portrait core Courier): "CLAIM STATUS" heads with TCN and PCN, MM/DD/YY,
      PROC/MOD glued "97530GN", QTY, CHARGE | ALLOWED | PAID | ADJ "CO 45 12.34" | RARC, a denial, totals
  p07 Medicare paper remit from a practice-management system (reportlab, landscape Liberation Sans Narrow):
      NAME / HIC / ACNT / ICN / ASG / MOA claim line, PERF PROV | SERV DATE | POS | NOS | PROC | MODS | BILLED |
      ALLOWED | DEDUCT | COINS | GRP/RC-AMT | PROV PD, claim totals "PT RESP / CLAIM TOTALS", continued page
  p08 clearinghouse remit print (fpdf2, portrait DejaVu Sans Condensed): boxed claim cards "Patient Control No."
      / "Payer Claim No.", adj codes stacked one per text line under the row, Units, Remark column
  p09 therapy clinic family statement (fpdf2, portrait Liberation Sans): guarantor, Date | Patient | Service |
      Code | Charge | Insurance paid | Insurance adjustment | Balance, visit heading with insurer claim number
  p10 hospital family statement (reportlab, portrait DejaVu Serif): per-account sections "Account No. / Patient",
      Rev | HCPCS | Units | Charges | Ins. Payments | Ins. Adjustments | Patient Amount, 2 family members, 2 pages

Statements print adjustment amounts with no group/reason codes, so their adjustments are []; patient_owes is the
printed balance per line. --check tests the factory, never the reader: every line's date, code, modifiers,
units, printed amounts, remark codes and adjustment codes appear on that line's own row band in the text layer
(pdfplumber), claim ids and patients appear in the document text, the page count matches, and the documents'
own arithmetic holds (billed - adjustments = paid where every adjustment is printed with its amount; statement
charge - insurance paid - adjustment = balance; claim totals = sum of lines).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (PlanState, Svc, ZERO, claim_totals, commercial, dfmt, medicaid, medicare, money,  # noqa
                    negate, q, total, truth_line, units_str, write_truth)
from h93kit import Doc, row_text  # noqa: E402

D = date


def svcs(dos: date, items, end: date | None = None) -> list[Svc]:
    out = []
    for it in items:
        code, units, mods = it[0], it[1], it[2]
        s = Svc(dos, code, Decimal(str(units)), tuple(mods), end)
        if len(it) > 3:
            s.denied = it[3]
        out.append(s)
    return out


@dataclass
class Col:
    head: list[str]
    w: float
    align: str
    fn: Callable


@dataclass
class Fmt:
    money: Callable = lambda d: money(d, ",")
    date: Callable = lambda d: dfmt(d, "mdy4")
    code: Callable = lambda c, m: " ".join((c,) + tuple(m))
    units: Callable = lambda u: units_str(u)
    adj: Callable = lambda g, r, a: f"{g}-{r}"


@dataclass
class Claim:
    patient: str
    claim_id: str | None
    pcn: str | None
    svcs: list
    extra: dict = field(default_factory=dict)


@dataclass
class Spec:
    cols: list
    font: str
    size: float
    hfont: str
    lead: float
    x0: float
    printed: tuple
    units: bool = True
    mods: bool = True
    adj: bool = False
    remarks: bool = False
    end: bool = False
    fmt: Fmt = field(default_factory=Fmt)
    head_rule: bool = True
    hsize: float | None = None


REG: dict[str, dict] = {}  # name -> {"bands": [(page, top, bottom)], "fmt": Fmt, "spec": Spec}


def draw_head(doc: Doc, sp: Spec, y: float) -> float:
    hs = sp.hsize or sp.size
    n = max(len(c.head) for c in sp.cols)
    x = sp.x0
    for c in sp.cols:
        for i, h in enumerate(c.head):
            yy = y + (n - len(c.head) + i) * hs * 1.15
            if c.align == "r":
                doc.text(x + c.w - 2, yy, h, sp.hfont, hs, "r")
            else:
                doc.text(x + 2, yy, h, sp.hfont, hs)
        x += c.w
    y += n * hs * 1.15 + 2
    if sp.head_rule:
        doc.line(sp.x0, y, x, y, 0.6)
    return y + 3


def draw_row(doc: Doc, sp: Spec, y: float, s: Svc) -> tuple[float, float]:
    x = sp.x0
    nl = 1
    for c in sp.cols:
        v = c.fn(s)
        vals = v if isinstance(v, list) else [v]
        nl = max(nl, len(vals))
        for i, t in enumerate(vals):
            if c.align == "r":
                doc.text(x + c.w - 2, y + i * sp.lead, t, sp.font, sp.size, "r")
            else:
                doc.text(x + 2, y + i * sp.lead, t, sp.font, sp.size)
        x += c.w
    return y + nl * sp.lead, y + (nl - 1) * sp.lead + 1


def flow(doc: Doc, name: str, sp: Spec, claims: list[Claim], y: float, bottom: float,
         page_top: Callable, claim_head: Callable, claim_foot: Callable | None,
         head_each_claim: bool = True, repeat_head: bool = True, foot_h: float = 20,
         lines: list | None = None, cl_out: list | None = None, before_claim: Callable | None = None):
    reg = REG.setdefault(name, {"bands": [], "spec": sp})
    for cl in claims:
        if before_claim:
            y = before_claim(doc, y, cl)
        if y + 60 > bottom:
            doc.new_page()
            y = page_top(doc)
            if repeat_head and not head_each_claim:
                y = draw_head(doc, sp, y)
        y = claim_head(doc, y, cl, False)
        if head_each_claim:
            y = draw_head(doc, sp, y)
        first_page = doc.page
        for s in cl.svcs:
            h = sp.lead * (2 if any(isinstance(c.fn(s), list) for c in sp.cols) else 1)
            if y + h > bottom:
                doc.new_page()
                y = page_top(doc)
                y = claim_head(doc, y, cl, True)
                if repeat_head:
                    y = draw_head(doc, sp, y)
            top = y
            y, last = draw_row(doc, sp, y, s)
            reg["bands"].append((doc.page, top - sp.size * 0.4, last + sp.size * 0.3))
            lines.append(truth_line(
                doc.page, s, claim_id=cl.claim_id, payer_claim_id=cl.pcn, patient=cl.patient,
                printed=sp.printed, units=sp.units, modifiers=sp.mods, service_end=s.end if sp.end else None,
                adjustments=s.adjs if sp.adj else None, remarks=s.remarks if sp.remarks else None,
                description=False))
        if claim_foot:
            if y + foot_h > bottom:
                doc.new_page()
                y = page_top(doc)
            y = claim_foot(doc, y, cl)
        tot = {k: None for k in ("billed", "allowed", "paid", "patient_owes")}
        for k in cl.extra.get("totals", ()):
            tot[k] = str(q(total(cl.svcs, {"patient_owes": "owes"}.get(k, k))))
        cl_out.append({"claim_id": cl.claim_id, "payer_claim_id": cl.pcn, "patient": cl.patient,
                       "page": first_page, "totals": tot})
    return y


def tokens(t: dict, f: Fmt, sp: Spec) -> list[str]:
    out = [f.date(date.fromisoformat(t["service_date"]))] if f.date else []
    if t["service_end"] and f.date:
        out.append(f.date(date.fromisoformat(t["service_end"])))
    if t["code"]:
        out.append(f.code(t["code"], tuple(t["modifiers"])))
    for m in t["modifiers"]:
        out.append("~" + m)  # a modifier: must be in the row text, possibly glued to the code
    if t["units"] is not None:
        out.append(f.units(Decimal(t["units"])))
    for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
              "discount"):
        if t[k] is not None:
            out.append(f.money(Decimal(t[k])))
    for g, r, a in t["adjustments"]:
        out.append(f.adj(g, r, Decimal(a) if a is not None else None))
        if a is not None:
            out.append(f.money(Decimal(a)))
    out += t["remarks"]
    return out


# ------------------------------------------------------------------------------------------- data

def fam_commercial(st: PlanState, plan: list) -> list[Claim]:
    out = []
    for pat, acct, clm, dos, items, rem in plan:
        ss = svcs(dos, items)
        for s in ss:
            commercial(s, st)
            if s.denied:
                s.remarks = [rem[1]]
            else:
                s.remarks = [rem[0]] if rem[0] else []
        out.append(Claim(pat, acct, clm, ss, {"totals": ("billed", "paid", "patient_owes")}))
    return out


def m2(d: Decimal) -> str:
    return money(d, "$")


def common_foot(doc, y, left, right, font, size=7):
    doc.line(36, y, doc.W - 36, y, 0.4)
    doc.text(36, y + 4, left, font, size)
    doc.text(doc.W - 36, y + 4, right, font, size, "r")


# ------------------------------------------------------------------------------------------ p01

def p01(out: Path):
    name = "h93_p01_commercial_family.pdf"
    doc = Doc("rl", out / name)
    F, B = "LibSans", "LibSans-B"
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30.00")})
    plan = [
        ("Rosalind Okafor-Pike", "RP-40218", "2601-448-01937", D(2026, 1, 6),
         [("97165", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO",))], ("", "N7")),
        ("Theo Okafor-Pike", "RP-40233", "2601-448-02611", D(2026, 1, 8),
         [("92523", 1, ("GN",)), ("92507", 1, ("GN",)), ("97533", 2, ("GO",), "PR")], ("", "N7")),
        ("Theo Okafor-Pike", "RP-40233", "2601-451-00712", D(2026, 1, 15),
         [("92507", 1, ("GN",)), ("97530", 2, ("GO", "59")), ("97112", 1, ("GO",)), ("97110", 2, ("GO",)),
          ("97140", 1, ("GO", "59")), ("97535", 1, ("GO",))], ("", "N7")),
        ("Marguerite Okafor-Pike", "RP-39007", "2601-455-10388", D(2026, 1, 20),
         [("99213", 1, ()), ("97161", 1, ("GP",)), ("97110", 3, ("GP",)), ("97116", 2, ("GP", "KX")),
          ("G0283", 1, ("GP",)), ("97140", 2, ("GP",))], ("", "N7")),
        ("Rosalind Okafor-Pike", "RP-40218", "2602-012-00455", D(2026, 1, 27),
         [("97530", 3, ("GO",)), ("97110", 2, ("GO",)), ("97168", 1, ("GO",))], ("", "N7")),
    ]
    from eobgen import FEE, SCHED, DESC
    FEE.setdefault("97533", "88.00"); SCHED.setdefault("97533", "31.20"); DESC.setdefault("97533", "Sensory integration")
    claims = fam_commercial(st, plan)
    for c in claims:
        for s in c.svcs:
            if s.code == "99213":
                s.remarks = ["C2"]
            elif not s.denied and s.deductible:
                s.remarks = ["D1"]
    rel = {"Rosalind Okafor-Pike": "Daughter", "Theo Okafor-Pike": "Son", "Marguerite Okafor-Pike": "Self"}
    mm = lambda d: money(d, "$")
    sp = Spec(cols=[
        Col(["Date"], 52, "l", lambda s: dfmt(s.dos, "mdy2")),
        Col(["Code"], 62, "l", lambda s: " ".join((s.code,) + s.mods)),
        Col(["Charged"], 50, "r", lambda s: mm(s.billed)),
        Col(["Discount"], 46, "r", lambda s: mm(s.discount)),
        Col(["Covered"], 48, "r", lambda s: mm(s.allowed)),
        Col(["Deduct-", "ible"], 42, "r", lambda s: mm(s.deductible)),
        Col(["Copay"], 40, "r", lambda s: mm(s.copay)),
        Col(["Coin-", "surance"], 44, "r", lambda s: mm(s.coinsurance)),
        Col(["Not", "covered"], 44, "r", lambda s: mm(s.not_covered)),
        Col(["Plan", "paid"], 48, "r", lambda s: mm(s.paid)),
        Col(["Your", "share"], 46, "r", lambda s: mm(s.owes)),
        Col(["Note"], 28, "l", lambda s: " ".join(s.remarks)),
    ], font=F, size=7.5, hfont=B, lead=11, x0=40,
        printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "not_covered", "paid",
                 "patient_owes"), units=False, remarks=True,
        fmt=Fmt(money=mm, date=lambda d: dfmt(d, "mdy2")), hsize=7)

    def top(doc):
        doc.text(40, 30, "Northgate Mutual Health Plan", B, 14)
        doc.text(40, 48, "Explanation of Benefits  -  This is not a bill", F, 9)
        doc.text(doc.W - 40, 30, f"Page {doc.page}", F, 8, "r")
        doc.text(doc.W - 40, 42, "Statement date: February 3, 2026", F, 8, "r")
        return 70

    lines, cls = [], []
    y = top(doc)
    doc.para(40, y, ["MARGUERITE OKAFOR-PIKE", "1187 Larkspur Bend", "Fallbrook Heights, OR 97411"], F, 9)
    doc.rect(330, y - 4, 242, 50)
    doc.para(336, y, ["Member: Marguerite Okafor-Pike", "Member ID: NGM884120557", "Group: 70415 Cascade Tile Co.",
                      "Plan: Open Access PPO"], F, 8, 11)
    y += 62
    doc.text(40, y, "Claims summary for your family", B, 11)
    y += 16
    doc.para(40, y, ["Family deductible met so far: $60.00 of $1,500.00", "Family out-of-pocket met so far: "
                     "see your member website"], F, 8)
    y += 28

    def ch(doc, y, cl, cont):
        doc.rect(40, y, 532, 14, fill=0.88)
        t = f"Claim for: {cl.patient} ({rel[cl.patient]})" + ("  (continued)" if cont else "")
        doc.text(44, y + 3, t, B, 8)
        doc.text(300, y + 3, f"Claim no. {cl.pcn}", F, 8)
        doc.text(568, y + 3, f"Provider's patient no. {cl.claim_id}", F, 7.5, "r")
        y += 17
        if not cont:
            doc.text(44, y, "Provider: Brightwater Pediatric & Adult Therapy, Network provider", F, 7.5)
            y += 11
        return y

    def cf(doc, y, cl):
        doc.line(40, y, 572, y, 0.4)
        x = 40 + 52 + 62
        doc.text(44, y + 3, "Claim totals", B, 7.5)
        doc.text(x + 50 - 2, y + 3, mm(total(cl.svcs, "billed")), B, 7.5, "r")
        doc.text(40 + 532 - 28 - 46 - 2, y + 3, mm(total(cl.svcs, "paid")), B, 7.5, "r")
        doc.text(40 + 532 - 28 - 2, y + 3, mm(total(cl.svcs, "owes")), B, 7.5, "r")
        return y + 22

    def pt(doc):
        return top(doc)

    y = flow(doc, name, sp, claims, y, 600, pt, ch, cf, lines=lines, cl_out=cls)
    legend = [("C2", "Office visit copay applies to this service."),
              ("D1", "Part of this amount counted toward your deductible."),
              ("N7", "Your plan does not cover this service; you may owe the provider.")]
    if y > 640:
        doc.new_page(); y = top(doc)
    doc.text(40, y + 4, "Notes", B, 9)
    doc.para(40, y + 18, [f"{a}  {b}" for a, b in legend], F, 8)
    pages = doc.save()
    write_truth(out / name, "h93_p01", "reportlab", pages, "commercial family member EOB", lines, cls, legend)


# ------------------------------------------------------------------------------------------ p02

def p02(out: Path):
    name = "h93_p02_commercial_landscape.pdf"
    doc = Doc("fp", out / name, land=True)
    F, B = "DjSerif", "DjSerif-B"
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.74"))
    plan = [
        ("Ignatius Vandermolen", "V2204-A", "EB6601287734", D(2026, 1, 5),
         [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP", "59"))], ("", "NC")),
        ("Ignatius Vandermolen", "V2204-B", "EB6601331020", D(2026, 1, 12),
         [("97110", 2, ("GP",)), ("97112", 1, ("GP",)), ("97140", 1, ("GP", "59")), ("97530", 1, ("GP",))],
         ("", "NC")),
        ("Clementine Vandermolen", "V2290-A", "EB6601402219", D(2026, 1, 14),
         [("97166", 1, ("GO",)), ("97530", 2, ("GO",)), ("0552T", 1, (), "PR")], ("", "NC")),
        ("Wren Vandermolen", "V2311-A", "EB6601455873", D(2026, 1, 21),
         [("92507", 1, ("GN",)), ("92526", 1, ("GN",)), ("97129", 2, ("GN",))], ("", "NC")),
        ("Clementine Vandermolen", "V2290-B", "EB6601519906", D(2026, 1, 28),
         [("97530", 3, ("GO",)), ("97535", 1, ("GO",)), ("97760", 1, ("GO",)), ("L3807", 1, ("RT",))],
         ("", "NC")),
    ]
    claims = fam_commercial(st, plan)
    for c in claims:
        for s in c.svcs:
            if not s.denied:
                s.remarks = ["DA"] if s.deductible else ["PN"]
    fm = lambda d: money(d, ",")
    sp = Spec(cols=[
        Col(["Service date"], 86, "l", lambda s: dfmt(s.dos, "mon")),
        Col(["Procedure"], 78, "l", lambda s: "-".join((s.code,) + s.mods)),
        Col(["Qty"], 30, "r", lambda s: units_str(s.units)),
        Col(["Charges"], 62, "r", lambda s: fm(s.billed)),
        Col(["Not covered"], 64, "r", lambda s: fm(s.not_covered)),
        Col(["Allowed"], 60, "r", lambda s: fm(s.allowed)),
        Col(["Ded."], 56, "r", lambda s: fm(s.deductible)),
        Col(["Coins."], 56, "r", lambda s: fm(s.coinsurance)),
        Col(["Plan pays"], 62, "r", lambda s: fm(s.paid)),
        Col(["You pay"], 60, "r", lambda s: fm(s.owes)),
        Col(["Remark"], 44, "l", lambda s: " ".join(s.remarks)),
    ], font=F, size=8, hfont=B, lead=12.5, x0=60,
        printed=("billed", "not_covered", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
        remarks=True, fmt=Fmt(money=fm, date=lambda d: dfmt(d, "mon"), code=lambda c, m: "-".join((c,) + m)))

    def top(doc):
        doc.rect(0, 0, doc.W, 40, fill=0.92, lw=0)
        doc.text(60, 12, "SUMMIT LANE BENEFIT PLANS", B, 15)
        doc.text(doc.W - 60, 10, "Your Explanation of Benefits", F, 10, "r")
        doc.text(doc.W - 60, 24, f"Page {doc.page} of 2", F, 8, "r")
        return 56

    lines, cls = [], []
    y = top(doc)
    doc.para(60, y, ["Subscriber: IGNATIUS VANDERMOLEN", "ID number: SLB-3390-5518-02", "Processed: 02/04/2026"],
             F, 9)
    doc.para(420, y, ["Provider paid: Juniper Ridge Rehabilitation", "Tax ID ending 4471",
                      "Deductible used so far this year: $150.00 of $750.00"], F, 8.5)
    y += 44
    current = {"p": None}

    def before(doc, y, cl):
        if cl.patient != current["p"]:
            current["p"] = cl.patient
            if y + 80 > 560:
                doc.new_page(); y = top(doc)
            doc.text(60, y + 4, f"Services for {cl.patient}", B, 10.5)
            doc.line(60, y + 18, 732, y + 18, 1)
            y += 24
        return y

    def ch(doc, y, cl, cont):
        doc.text(60, y, f"Claim {cl.pcn}   Patient account {cl.claim_id}" + ("   continued" if cont else ""), F, 8)
        return y + 13

    def cf(doc, y, cl):
        doc.text(66, y + 1, "Total for this claim", B, 8)
        ends = [60 + 86 + 78 + 30 + 62]
        doc.text(ends[0] - 2, y + 1, fm(total(cl.svcs, "billed")), B, 8, "r")
        e2 = 60 + sum([86, 78, 30, 62, 64, 60, 56, 56, 62])
        doc.text(e2 - 2, y + 1, fm(total(cl.svcs, "paid")), B, 8, "r")
        doc.text(e2 + 60 - 2, y + 1, fm(total(cl.svcs, "owes")), B, 8, "r")
        return y + 22

    y = flow(doc, name, sp, claims, y, 560, top, ch, cf, lines=lines, cl_out=cls, before_claim=before)
    legend = [("DA", "Amount applied to your deductible."), ("PN", "Paid at the in-network level."),
              ("NC", "This service is not a covered benefit under your plan.")]
    doc.para(60, 566, ["Remarks:  " + "   ".join(f"{a} - {b}" for a, b in legend)], F, 7)
    pages = doc.save()
    assert pages == 2, pages
    write_truth(out / name, "h93_p02", "fpdf2", pages, "commercial member EOB, landscape", lines, cls, legend)


# ------------------------------------------------------------------------------------------ p03

def p03(out: Path):
    name = "h93_p03_msn_partb.pdf"
    doc = Doc("rl", out / name)
    F, B = "DjSans", "DjSans-B"
    st = PlanState(ded_left=Decimal("88.00"))
    groups = [
        ("Harborview Outpatient Therapy Group", "26017700442190", D(2026, 1, 7),
         [("97163", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",))]),
        ("Harborview Outpatient Therapy Group", "26017700519304", D(2026, 1, 14),
         [("97110", 2, ("GP", "KX")), ("97112", 1, ("GP",)), ("97116", 1, ("GP",)), ("G0283", 1, ("GP",))]),
        ("Lindqvist Hand & Upper Limb Clinic", "26027711002286", D(2026, 1, 21),
         [("97165", 1, ("GO",)), ("97760", 1, ("GO",)), ("L3807", 1, ("RT",)), ("0552T", 1, (), "PR")]),
        ("Harborview Outpatient Therapy Group", "26027700620815", D(2026, 1, 28),
         [("97110", 3, ("GP", "KX")), ("97140", 2, ("GP", "59")), ("97530", 1, ("GP",))]),
    ]
    patient = "ANSELM K. BRODOWSKI"
    claims = []
    for prov, icn, dos, items in groups:
        ss = svcs(dos, items)
        for s in ss:
            medicare(s, st, sequestration=True)
            s.remarks = (["A"] if s.deductible else []) + (["C"] if s.denied else ["B"])
        claims.append(Claim(patient, None, icn, ss, {"totals": ("billed", "allowed", "paid", "patient_owes"),
                                                     "prov": prov}))
    mm = lambda d: money(d, "$")
    sp = Spec(cols=[
        Col(["Service Provided & Billing Code"], 200, "l", lambda s: f"{s.desc} ({s.code})"),
        Col(["Amount", "Provider", "Charged"], 66, "r", lambda s: mm(s.billed)),
        Col(["Medicare-", "Approved", "Amount"], 66, "r", lambda s: mm(s.allowed)),
        Col(["Amount", "Medicare", "Paid"], 62, "r", lambda s: mm(s.paid)),
        Col(["Maximum You", "May Be", "Billed"], 70, "r", lambda s: mm(s.owes)),
        Col(["See", "Notes"], 44, "l", lambda s: " ".join(s.remarks)),
    ], font=F, size=7.5, hfont=B, lead=12, x0=40, printed=("billed", "allowed", "paid", "patient_owes"),
        units=False, mods=False, remarks=True, fmt=Fmt(money=mm, date=lambda d: dfmt(d, "mdy4"),
                                                        code=lambda c, m: f"({c})"))
    # the MSN prints the date on the claim heading, not on each row: keep date out of the row tokens
    sp.fmt.date = None

    def top(doc):
        doc.text(40, 28, "Medicare Summary Notice for Part B (Medical Insurance)", B, 12)
        doc.text(40, 46, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid "
                 "Services", F, 7.5)
        doc.text(572, 28, f"Page {doc.page} of 2", F, 8, "r")
        doc.line(40, 60, 572, 60, 1.2)
        return 70

    lines, cls = [], []
    y = top(doc)
    doc.para(40, y, [patient, "62 Quarry Hollow Rd", "Millbrook Falls, ME 04930"], F, 9)
    doc.rect(330, y - 4, 242, 60, lw=0.8)
    doc.para(336, y, ["Notice for " + patient, "Medicare Number XXXXXXX-4QT2", "Date of This Notice: February 6, "
                      "2026", "Claims Processed Between: November 7, 2025 -", "                       February 5, "
                      "2026"], F, 7.5, 11)
    y += 72
    doc.text(40, y, "Your Claims & Costs This Period", B, 10)
    y += 16

    def ch(doc, y, cl, cont):
        s0 = cl.svcs[0]
        doc.text(40, y, f"{dfmt(s0.dos, 'month')}" + (" (continued)" if cont else ""), B, 8.5)
        doc.text(40, y + 12, f"{cl.extra['prov']}, 1400 Tidewater Pkwy, Suite 3, Portland, ME 04101", F, 7.5)
        doc.text(40, y + 23, f"Claim number {cl.pcn}", F, 7.5)
        return y + 38

    def cf(doc, y, cl):
        doc.line(40, y, 548, y, 0.5)
        doc.text(44, y + 3, "Total for this claim", B, 7.5)
        x = 240
        for k in ("billed", "allowed", "paid", "owes"):
            w = {"billed": 66, "allowed": 66, "paid": 62, "owes": 70}[k]
            x += w
            doc.text(x - 2, y + 3, mm(total(cl.svcs, k)), B, 7.5, "r")
        return y + 22

    y = flow(doc, name, sp, claims, y, 720, top, ch, cf, lines=lines, cl_out=cls)
    legend = [("A", "This approved amount went toward your yearly Part B deductible."),
              ("B", "You pay 20% of the approved amount after the deductible."),
              ("C", "Medicare does not pay for this item; the provider told you this in advance.")]
    if y > 660:
        doc.new_page(); y = top(doc)
    doc.text(40, y + 4, "Notes for Claims Above", B, 9)
    doc.para(40, y + 18, [f"{a}  {b}" for a, b in legend], F, 7.5)
    pages = doc.save()
    assert pages == 2, pages
    write_truth(out / name, "h93_p03", "reportlab", pages, "Medicare Summary Notice, Part B", lines, cls, legend)


# ------------------------------------------------------------------------------------------ p04

def p04(out: Path):
    name = "h93_p04_ma_member_eob.pdf"
    doc = Doc("fp", out / name)
    F, B = "LibSerif", "LibSerif-B"
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.20"))
    patient = "Dolores M. Ferreira-Quist"
    specs = [
        ("MA26-0115-77310", "FQ0931", D(2026, 1, 9),
         [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",))]),
        ("MA26-0122-80417", "FQ0958", D(2026, 1, 16),
         [("97110", 2, ("GP", "KX")), ("97112", 2, ("GP",)), ("97140", 1, ("GP", "KX")), ("97530", 2, ("GP",)),
          ("G0283", 1, ("GP",))]),
        ("MA26-0129-81192", "FQ0977", D(2026, 1, 23),
         [("99213", 1, ("25",)), ("97110", 2, ("GP", "CQ")), ("97116", 2, ("GP", "CQ")), ("97140", 1, ("GP",)),
          ("97530", 1, ("GP", "CQ")), ("97112", 1, ("GP",)), ("G0283", 1, ("GP",))]),
        ("MA26-0205-83006", "FQ1002", D(2026, 1, 30),
         [("97110", 3, ("GP", "KX")), ("97140", 2, ("GP", "KX")), ("97116", 1, ("GP",)), ("97112", 1, ("GP",)),
          ("97535", 1, ("GP",)), ("0552T", 1, (), "CO")]),
        ("MA26-0212-84550", "FQ1024", D(2026, 2, 6),
         [("97110", 2, ("GP", "KX")), ("97530", 2, ("GP", "KX")), ("97140", 1, ("GP",)), ("97116", 1, ("GP",))]),
    ]
    claims = []
    for clm, acct, dos, items in specs:
        ss = svcs(dos, items)
        for s in ss:
            medicare(s, st, sequestration=False)
        claims.append(Claim(patient, acct, clm, ss, {"totals": ("billed", "allowed", "paid", "patient_owes")}))
    mm = lambda d: money(d, "$")
    cf_ = lambda c, m: f"{c} / {' '.join(m)}" if m else c
    sp = Spec(cols=[
        Col(["Service"], 120, "l", lambda s: cf_(s.code, s.mods)),
        Col(["Date"], 70, "l", lambda s: dfmt(s.dos, "mdy4")),
        Col(["Provider", "charged"], 80, "r", lambda s: mm(s.billed)),
        Col(["Plan", "allowed"], 80, "r", lambda s: mm(s.allowed)),
        Col(["Plan paid"], 80, "r", lambda s: mm(s.paid)),
        Col(["You owe"], 80, "r", lambda s: mm(s.owes)),
    ], font=F, size=9, hfont=B, lead=13, x0=50, printed=("billed", "allowed", "paid", "patient_owes"),
        units=False, fmt=Fmt(money=mm, date=lambda d: dfmt(d, "mdy4"), code=cf_))

    def top(doc):
        doc.text(50, 30, "Pinecrest Senior Advantage (HMO)", B, 13)
        doc.text(50, 47, "Explanation of Benefits for Medical Services", F, 10)
        doc.text(562, 30, f"Page {doc.page}", F, 9, "r")
        doc.line(50, 64, 562, 64, 0.8)
        return 74

    lines, cls = [], []
    y = top(doc)
    doc.para(50, y, [f"Member: {patient}", "Member ID: PSA-71409921", "Reporting period: January 1 - February 7, "
                     "2026"], F, 9.5)
    doc.rect(340, y - 3, 222, 44)
    doc.para(346, y, ["Your out-of-pocket maximum: $4,900.00", "Spent so far this year: see page 2",
                      "Questions? 1-800-555-0190 (TTY 711)"], F, 8.5, 12)
    y += 56
    doc.text(50, y, "Your medical claims this month", B, 11)
    y += 18

    def ch(doc, y, cl, cont):
        doc.line(50, y, 562, y, 0.3)
        doc.text(50, y + 4, f"Claim ID: {cl.pcn}" + ("  (continued from previous page)" if cont else ""), B, 9)
        if not cont:
            doc.text(50, y + 17, f"Provider: Saltmarsh Physical Therapy   Your provider's account no. {cl.claim_id}",
                     F, 8.5)
            return y + 32
        return y + 18

    def cf(doc, y, cl):
        doc.text(54, y + 1, "Claim total", B, 9)
        x = 50 + 120 + 70
        for k in ("billed", "allowed", "paid", "owes"):
            x += 80
            doc.text(x - 2, y + 1, mm(total(cl.svcs, k)), B, 9, "r")
        return y + 22

    y = flow(doc, name, sp, claims, y, 690, top, ch, cf, lines=lines, cl_out=cls)
    doc.para(50, max(y, 700), ["You may owe the provider the amount in 'You owe'. This is not a bill.",
                               "Pinecrest Senior Advantage is an HMO plan with a Medicare contract."], F, 7.5)
    pages = doc.save()
    assert pages >= 2, pages
    write_truth(out / name, "h93_p04", "fpdf2", pages, "Medicare Advantage member EOB", lines, cls, [])


# ------------------------------------------------------------------------------------------ p05

def p05(out: Path):
    name = "h93_p05_medicaid_ra_mono.pdf"
    doc = Doc("fp", out / name, land=True)
    F, B = "LibMono", "LibMono-B"
    fm = lambda d: money(d, "", "trail")
    def mk(dos, items, end=None):
        ss = svcs(dos, items)
        for s in ss:
            s.end = end or s.dos
            medicaid(s)
            s.remarks = ["0961"] if not s.denied else ["0183"]
        return ss
    secs = []
    paid = [
        ("DUNMORE, KESTREL", "40017785521", "PA77104", "2026012500418", mk(D(2026, 1, 5),
         [("97530", 4, ("GO",)), ("97535", 2, ("GO",)), ("97110", 2, ("GO",))], D(2026, 1, 9))),
        ("DUNMORE, SILAS", "40017785539", "PA77119", "2026012500419", mk(D(2026, 1, 6),
         [("92507", 1, ("GN",)), ("92507", 1, ("GN",)), ("92526", 1, ("GN",)), ("97129", 2, ("GN",)),
          ("92523", 1, ("GN",)), ("97530", 2, ("GO",)), ("97112", 2, ("GO",)), ("97533", 2, ("GO",)),
          ("97140", 1, ("GO", "59")), ("97535", 1, ("GO",))])),
        ("ABARA-WELLS, JUNE", "40022217804", "PA77140", "2026012500420", mk(D(2026, 1, 13),
         [("97165", 1, ("GO",)), ("97530", 2, ("GO", "KX")), ("97110", 2, ("GO",)), ("97112", 1, ("GO",)),
          ("97535", 2, ("GO",)), ("97140", 1, ("GO", "59"))])),
    ]
    denied = [("PRZYBYL, OTTO", "40031190026", "PA77162", "2026012500421",
               mk(D(2026, 1, 14), [("97533", 2, ("GO",), "CO"), ("97530", 2, ("GO",), "CO")]))]
    orig = mk(D(2025, 12, 8), [("97530", 3, ("GO",)), ("97110", 1, ("GO",))], D(2025, 12, 12))
    rev = [negate(s) for s in orig]
    for r, o in zip(rev, orig):
        r.end = o.end
        r.remarks = ["0752"]
    repl = mk(D(2025, 12, 8), [("97530", 4, ("GO",)), ("97110", 1, ("GO",))], D(2025, 12, 12))
    adjd = [("DUNMORE, KESTREL", "40017785521", "PA75980", "2026012590031", rev),
            ("DUNMORE, KESTREL", "40017785521", "PA75980", "2026012500422", repl)]
    from eobgen import FEE, SCHED, DESC
    FEE.setdefault("97533", "88.00"); SCHED.setdefault("97533", "31.20"); DESC.setdefault("97533", "Sensory integration")
    def cls_(rows, sec):
        out = []
        for nm, rid, acct, icn, ss in rows:
            for i, s in enumerate(ss, 1):
                s.ln = i
            out.append(Claim(nm, acct, icn, ss, {"totals": ("billed", "allowed", "paid"), "rid": rid, "sec": sec}))
        return out
    claims = cls_(paid, "PAID CLAIMS") + cls_(denied, "DENIED CLAIMS") + cls_(adjd, "ADJUSTED CLAIMS")
    sp = Spec(cols=[
        Col(["LN"], 24, "r", lambda s: f"{s.ln:02d}"),
        Col(["FROM DOS"], 66, "l", lambda s: dfmt(s.dos, "mdy2")),
        Col(["THRU DOS"], 66, "l", lambda s: dfmt(s.end, "mdy2")),
        Col(["PROC"], 46, "l", lambda s: s.code),
        Col(["MOD"], 46, "l", lambda s: " ".join(s.mods)),
        Col(["UNITS"], 46, "r", lambda s: f"{s.units:.2f}"),
        Col(["BILLED"], 78, "r", lambda s: fm(s.billed)),
        Col(["ALLOWED"], 78, "r", lambda s: fm(s.allowed)),
        Col(["TPL"], 54, "r", lambda s: fm(ZERO)),
        Col(["PAID"], 78, "r", lambda s: fm(s.paid)),
        Col(["EOB"], 50, "l", lambda s: " ".join(s.remarks)),
    ], font=F, size=7.5, hfont=B, lead=11, x0=40, printed=("billed", "allowed", "paid"), remarks=True, end=True,
        fmt=Fmt(money=fm, date=lambda d: dfmt(d, "mdy2"), code=lambda c, m: c, units=lambda u: f"{u:.2f}"))

    def top(doc):
        doc.text(40, 24, "STATE OF NEW CALDER  DEPARTMENT OF HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM", B, 9)
        doc.text(40, 36, "REMITTANCE ADVICE   PROVIDER: RIVERBEND CHILDREN'S THERAPY LLC   NPI 1902887413   "
                 "RA NO 0884127   PAYMENT DATE 01/30/2026", F, 7.5)
        doc.text(752, 24, f"PAGE {doc.page:>3}", F, 8, "r")
        doc.line(40, 48, 752, 48, 0.5)
        return 56

    lines, cls = [], []
    y = top(doc)
    cur = {"s": None}

    def before(doc, y, cl):
        if cl.extra["sec"] != cur["s"]:
            cur["s"] = cl.extra["sec"]
            doc.text(40, y + 4, f"*** {cur['s']} ***", B, 8.5)
            y += 18
        return y

    def ch(doc, y, cl, cont):
        doc.text(40, y, f"ICN {cl.pcn}  RECIPIENT {cl.patient}  RECIP ID {cl.extra['rid']}  PAT ACCT {cl.claim_id}"
                 + ("  (CONT)" if cont else ""), F, 7.5)
        return y + 12

    def cf(doc, y, cl):
        x = 40 + 24 + 66 + 66 + 46 + 46 + 46
        doc.text(x - 2, y, "CLAIM TOTAL", B, 7.5, "r")
        doc.text(x + 78 - 2, y, fm(total(cl.svcs, "billed")), B, 7.5, "r")
        doc.text(x + 156 - 2, y, fm(total(cl.svcs, "allowed")), B, 7.5, "r")
        doc.text(x + 156 + 54 + 78 - 2, y, fm(total(cl.svcs, "paid")), B, 7.5, "r")
        return y + 20

    flow(doc, name, sp, claims, y, 260, top, ch, cf, lines=lines, cl_out=cls, before_claim=before)
    doc.new_page(); top(doc)
    tp = sum((total(c.svcs, "paid") for c in claims), ZERO)
    doc.para(40, 70, ["*** SUMMARY ***", f"CLAIMS PAID 3   DENIED 1   ADJUSTED 1   NET PAYMENT {fm(tp)}",
                      "EOB 0961 PAID PER PROGRAM FEE SCHEDULE   0183 SERVICE NOT ON APPROVED PLAN OF CARE",
                      "EOB 0752 PRIOR PAYMENT TAKEN BACK FOR CORRECTED CLAIM"], F, 8, 13)
    pages = doc.save()
    legend = [("0961", "Paid per program fee schedule"), ("0183", "Service not on approved plan of care"),
              ("0752", "Prior payment taken back for corrected claim")]
    write_truth(out / name, "h93_p05", "fpdf2", pages, "state Medicaid remittance advice, mono", lines, cls, legend)


# ------------------------------------------------------------------------------------------ p06

def p06(out: Path):
    name = "h93_p06_medicaid_ra_courier.pdf"
    doc = Doc("rl", out / name)
    F, B = "Cour", "Cour-B"
    fm = lambda d: money(d, ",")
    def mk(dos, items):
        ss = svcs(dos, items)
        for s in ss:
            medicaid(s, deny_reason="96")
            s.remarks = ["N130"] if s.denied else []
        return ss
    rows = [
        ("HALVORSEN, MAEVE", "88201476", "MH-1187", "7726013000145", "PAID", mk(D(2026, 1, 12),
         [("97530", 2, ("GN",)), ("92507", 1, ("GN",)), ("92526", 1, ("GN",))])),
        ("HALVORSEN, PIET", "88201484", "MH-1191", "7726013000146", "PAID", mk(D(2026, 1, 12),
         [("97165", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO",))])),
        ("ROUSSEAU-BELL, IVY", "88344019", "MH-1203", "7726013000147", "PAID", mk(D(2026, 1, 19),
         [("97530", 3, ("GO",)), ("97112", 1, ("GO",)), ("97110", 2, ("GO", "59"))])),
        ("OYELARAN, TOBI", "88390275", "MH-1208", "7726013000148", "DENIED", mk(D(2026, 1, 20),
         [("97533", 2, ("GO",), "CO"), ("97150", 1, ("GO",), "CO")])),
        ("ROUSSEAU-BELL, IVY", "88344019", "MH-1215", "7726013000149", "PAID", mk(D(2026, 1, 26),
         [("97530", 2, ("GO",)), ("97140", 1, ("GO",)), ("97168", 1, ("GO",))])),
    ]
    claims = [Claim(n, a, t, ss, {"totals": ("billed", "allowed", "paid"), "mid": m, "st": stt})
              for n, m, a, t, stt, ss in rows]
    adjcell = lambda s: [f"{g} {r} {fm(a)}" for g, r, a in s.adjs] or [""]
    sp = Spec(cols=[
        Col(["SVC DATE"], 62, "l", lambda s: dfmt(s.dos, "mdy2")),
        Col(["PROC/MOD"], 70, "l", lambda s: s.code + "".join(s.mods)),
        Col(["QTY"], 32, "r", lambda s: units_str(s.units)),
        Col(["CHARGE"], 64, "r", lambda s: fm(s.billed)),
        Col(["ALLOWED"], 64, "r", lambda s: fm(s.allowed)),
        Col(["PAID"], 60, "r", lambda s: fm(s.paid)),
        Col(["ADJ"], 110, "l", lambda s: adjcell(s)[0]),
        Col(["RARC"], 48, "l", lambda s: " ".join(s.remarks)),
    ], font=F, size=8, hfont=B, lead=11.5, x0=40, printed=("billed", "allowed", "paid"), adj=True, remarks=True,
        fmt=Fmt(money=fm, date=lambda d: dfmt(d, "mdy2"), code=lambda c, m: c + "".join(m),
                adj=lambda g, r, a: f"{g} {r}"))

    def top(doc):
        doc.text(40, 28, "COMMONWEALTH OF ASHFORD MEDICAID", B, 11)
        doc.text(40, 42, "PROVIDER REMITTANCE ADVICE", B, 9)
        doc.text(572, 28, f"PAGE: {doc.page}", F, 8, "r")
        doc.text(572, 42, "RUN DATE: 01/31/26", F, 8, "r")
        doc.para(40, 58, ["PAYEE: LITTLE HARBOR SPEECH & OT", "PAYEE ID: 004418830  NPI: 1558204967",
                          "WARRANT NO: 30119874   WARRANT DATE: 01/31/26"], F, 8, 10)
        doc.line(40, 92, 572, 92, 0.6)
        return 100

    lines, cls = [], []
    y = top(doc)

    def ch(doc, y, cl, cont):
        doc.text(40, y, f"RECIPIENT: {cl.patient}   MEDICAID ID: {cl.extra['mid']}", F, 8)
        doc.text(40, y + 10, f"TCN: {cl.pcn}   PCN: {cl.claim_id}   CLAIM STATUS: {cl.extra['st']}", F, 8)
        return y + 24

    def cf(doc, y, cl):
        doc.text(44, y, "CLAIM TOTALS:", B, 8)
        x = 40 + 62 + 70 + 32
        for k in ("billed", "allowed", "paid"):
            x += {"billed": 64, "allowed": 64, "paid": 60}[k]
            doc.text(x - 2, y, fm(total(cl.svcs, k)), B, 8, "r")
        doc.line(40, y + 12, 572, y + 12, 0.3)
        return y + 20

    y = flow(doc, name, sp, claims, y, 730, top, ch, cf, lines=lines, cl_out=cls)
    legend = [("N130", "Program limits reached for this service type")]
    tp = sum((total(c.svcs, "paid") for c in claims), ZERO)
    doc.para(40, y + 6, ["REMITTANCE TOTALS", f"TOTAL PAID: {fm(tp)}", "RARC N130 - BENEFIT LIMIT FOR THIS "
                         "SERVICE TYPE REACHED"], B, 8, 11)
    pages = doc.save()
    write_truth(out / name, "h93_p06", "reportlab", pages, "state Medicaid remittance advice, Courier", lines, cls,
                legend)


# ------------------------------------------------------------------------------------------ p07

def p07(out: Path):
    name = "h93_p07_pm_medicare_remit.pdf"
    doc = Doc("rl", out / name, land=True)
    F, B = "LibNarrow", "LibNarrow-B"
    st = PlanState(ded_left=Decimal("40.00"))
    fm = lambda d: money(d, "")
    def mk(dos, items):
        ss = svcs(dos, items)
        for s in ss:
            medicare(s, st, sequestration=True)
            s.remarks = ["N211"] if s.denied else []
        return ss
    rows = [
        ("MCALLISTER, FENWICK", "1TR7KD4WM22", "0041193-01", "0226030451170", D(2026, 1, 6),
         [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("97112", 1, ("GP",))]),
        ("NAKAMURA-ROYCE, ETTA", "5HW2QA8ND61", "0041207-01", "0226030451171", D(2026, 1, 7),
         [("97110", 2, ("GP", "KX")), ("97116", 2, ("GP",)), ("97140", 1, ("GP", "59")), ("97530", 2, ("GP",)),
          ("G0283", 1, ("GP",)), ("97112", 1, ("GP",)), ("97535", 1, ("GP",)), ("97110", 1, ("GP", "CQ")),
          ("97116", 1, ("GP", "CQ")), ("97140", 1, ("GP", "CQ")), ("97530", 1, ("GP", "CQ"))]),
        ("OSTROWSKI, BENEDIKT", "8ME4PX2RC05", "0041222-02", "0226030451172", D(2026, 1, 9),
         [("97166", 1, ("GO",)), ("97530", 2, ("GO",)), ("97760", 1, ("GO",)), ("0552T", 1, (), "CO")]),
    ]
    claims = [Claim(n, a, icn, mk(d, it), {"totals": ("billed", "allowed", "paid", "patient_owes"), "hic": h})
              for n, h, a, icn, d, it in rows]
    sp = Spec(cols=[
        Col(["PERF PROV"], 70, "l", lambda s: "1487226019"),
        Col(["SERV DATE"], 62, "l", lambda s: dfmt(s.dos, "mdY8")),
        Col(["POS"], 28, "l", lambda s: "11"),
        Col(["NOS"], 28, "r", lambda s: units_str(s.units)),
        Col(["PROC"], 44, "l", lambda s: s.code),
        Col(["MODS"], 52, "l", lambda s: " ".join(s.mods)),
        Col(["BILLED"], 60, "r", lambda s: fm(s.billed)),
        Col(["ALLOWED"], 60, "r", lambda s: fm(s.allowed)),
        Col(["DEDUCT"], 54, "r", lambda s: fm(s.deductible)),
        Col(["COINS"], 54, "r", lambda s: fm(s.coinsurance)),
        Col(["GRP/RC"], 50, "l", lambda s: [f"{g}-{r}" for g, r, a in s.adjs]),
        Col(["AMT"], 54, "r", lambda s: [fm(a) for g, r, a in s.adjs]),
        Col(["PROV PD"], 60, "r", lambda s: fm(s.paid)),
        Col(["RARC"], 40, "l", lambda s: " ".join(s.remarks)),
    ], font=F, size=8, hfont=B, lead=10, x0=36, printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
        adj=True, remarks=True, fmt=Fmt(money=fm, date=lambda d: dfmt(d, "mdY8"), code=lambda c, m: c))

    def top(doc):
        doc.text(36, 24, "CLEARVIEW PRACTICE SUITE  -  Medicare Part B Remittance (printed from 835)", B, 10)
        doc.text(36, 38, "PAYER: GREAT LAKES MEDICARE ADMINISTRATIVE SERVICES   PROVIDER: STONEBRIDGE PT & HAND "
                 "THERAPY   NPI 1487226019   CHECK/EFT# 880014467   DATE 01/29/2026", F, 7.5)
        doc.text(756, 24, f"Page {doc.page}", F, 8, "r")
        doc.line(36, 50, 756, 50, 0.5)
        return 58

    lines, cls = [], []
    y = top(doc)

    def ch(doc, y, cl, cont):
        doc.text(36, y, f"NAME {cl.patient}   HIC {cl.extra['hic']}   ACNT {cl.claim_id}   ICN {cl.pcn}   ASG Y   "
                 f"MOA MA01" + ("   (CONTINUED)" if cont else ""), B, 8)
        return y + 13

    def cf(doc, y, cl):
        x = 36 + 70 + 62 + 28 + 28 + 44 + 52
        doc.text(36, y, f"PT RESP {fm(total(cl.svcs, 'owes'))}", F, 8)
        doc.text(x - 4, y, "CLAIM TOTALS", B, 8, "r")
        for k, w in (("billed", 60), ("allowed", 60), ("deductible", 54), ("coinsurance", 54)):
            x += w
            doc.text(x - 2, y, fm(total(cl.svcs, k)), B, 8, "r")
        x += 50 + 54 + 60
        doc.text(x - 2, y, fm(total(cl.svcs, "paid")), B, 8, "r")
        doc.text(36, y + 11, "NET " + fm(total(cl.svcs, "paid")), F, 8)
        return y + 26

    y = flow(doc, name, sp, claims, y, 560, top, ch, cf, head_each_claim=False, lines=lines, cl_out=cls,
             before_claim=lambda d, yy, c: (draw_head(d, sp, yy) if yy == 58 else yy))
    legend = [("N211", "Service not payable on this date; see policy")]
    doc.para(36, y + 4, ["GLOSSARY: Group, Reason, MOA, Remark and Adjustment Codes",
                         "CO  Contractual obligation.  PR  Patient responsibility.",
                         "MA01  You may appeal this decision in writing within 120 days.",
                         "N211  Service not payable on this date; see policy."], F, 7.5, 10)
    pages = doc.save()
    assert pages >= 2, pages
    write_truth(out / name, "h93_p07", "reportlab", pages, "PM-system print of a Medicare remit", lines, cls, legend)


# ------------------------------------------------------------------------------------------ p08

def p08(out: Path):
    name = "h93_p08_clearinghouse_remit.pdf"
    doc = Doc("fp", out / name)
    F, B = "DjCond", "DjCond-B"
    st = PlanState(ded_left=Decimal("25.00"))
    fm = lambda d: money(d, "$")
    def mk(dos, items):
        ss = svcs(dos, items)
        for s in ss:
            medicare(s, st, sequestration=True)
            s.remarks = ["M86"] if s.denied else (["N640"] if "KX" in s.mods else [])
        return ss
    rows = [
        ("Vasquez-Lindgren, Ottilie", "SPT-118842", "21126034400871", D(2026, 1, 13),
         [("97163", 1, ("GP",)), ("97110", 2, ("GP", "KX")), ("97530", 1, ("GP",))]),
        ("Abernathy, Clive R", "SPT-118857", "21126034400872", D(2026, 1, 14),
         [("92523", 1, ("GN",)), ("92507", 1, ("GN",)), ("97129", 1, ("GN",))]),
        ("Marchetti, Giulia", "SPT-118861", "21126034400873", D(2026, 1, 15),
         [("97110", 2, ("GP", "CQ")), ("97140", 1, ("GP", "59")), ("97116", 1, ("GP",)), ("97150", 1, ("GP",), "CO")]),
        ("Abernathy, Clive R", "SPT-118890", "21126034400874", D(2026, 1, 21),
         [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
    ]
    claims = [Claim(n, a, icn, mk(d, it), {"totals": ("billed", "allowed", "paid", "patient_owes")})
              for n, a, icn, d, it in rows]
    sp = Spec(cols=[
        Col(["Svc Date"], 52, "l", lambda s: dfmt(s.dos, "mdy2")),
        Col(["Procedure"], 48, "l", lambda s: s.code),
        Col(["Mod"], 38, "l", lambda s: ",".join(s.mods)),
        Col(["Units"], 28, "r", lambda s: units_str(s.units)),
        Col(["Charged"], 56, "r", lambda s: fm(s.billed)),
        Col(["Allowed"], 54, "r", lambda s: fm(s.allowed)),
        Col(["Deduct"], 46, "r", lambda s: fm(s.deductible)),
        Col(["Coins"], 46, "r", lambda s: fm(s.coinsurance)),
        Col(["Adj Codes"], 92, "l", lambda s: [f"{g}-{r} {fm(a)}" for g, r, a in s.adjs]),
        Col(["Paid"], 50, "r", lambda s: fm(s.paid)),
        Col(["Remark"], 32, "l", lambda s: " ".join(s.remarks)),
    ], font=F, size=7.5, hfont=B, lead=10, x0=44, printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
        adj=True, remarks=True, fmt=Fmt(money=fm, date=lambda d: dfmt(d, "mdy2"), code=lambda c, m: c))

    def top(doc):
        doc.rect(36, 24, 540, 36, fill=0.93)
        doc.text(44, 30, "RemitBridge Exchange", B, 13)
        doc.text(44, 46, "Standard Paper Remittance view  |  Payer: Prairie States Medicare Contractor, Jurisdiction 9",
                 F, 7.5)
        doc.text(568, 30, f"Page {doc.page}", F, 8, "r")
        doc.text(568, 44, "Trace 1F8830027741", F, 7.5, "r")
        return 70

    lines, cls = [], []
    y = top(doc)
    doc.para(44, y, ["Payee: Meadowlark Rehab & Speech Services   NPI 1720094551   Payment date 01/28/2026",
                     "Payment method ACH   Amount $0.00 shown as net of all claims below"], F, 8)
    y += 28
    boxtop = {}

    def ch(doc, y, cl, cont):
        boxtop["y"] = y
        doc.rect(40, y, 532, 26, fill=0.97)
        doc.text(46, y + 3, f"Patient: {cl.patient}" + (" (cont.)" if cont else ""), B, 8)
        doc.text(300, y + 3, f"Patient Control No.: {cl.claim_id}", F, 8)
        doc.text(46, y + 14, "Status: Processed as Primary   Claim Frequency 1", F, 7.5)
        doc.text(300, y + 14, f"Payer Claim No.: {cl.pcn}", F, 8)
        return y + 30

    def cf(doc, y, cl):
        doc.line(40, y, 572, y, 0.4)
        doc.text(48, y + 3, f"Claim totals  Charged {fm(total(cl.svcs, 'billed'))}  Allowed "
                 f"{fm(total(cl.svcs, 'allowed'))}  Paid {fm(total(cl.svcs, 'paid'))}  Patient responsibility "
                 f"{fm(total(cl.svcs, 'owes'))}", B, 7.5)
        doc.rect(40, boxtop["y"], 532, y + 16 - boxtop["y"])
        return y + 26

    y = flow(doc, name, sp, claims, y, 720, top, ch, cf, lines=lines, cl_out=cls)
    legend = [("N640", "Therapy amount exceeds the yearly threshold; medical need documented"),
              ("M86", "Service is a duplicate of another billed on this date")]
    doc.para(44, y + 4, ["Remark codes:"] + [f"{a}: {b}" for a, b in legend], F, 7.5, 10)
    pages = doc.save()
    write_truth(out / name, "h93_p08", "fpdf2", pages, "clearinghouse Medicare remit print", lines, cls, legend)


# ------------------------------------------------------------------------------------------ p09

STMT_ADJ: dict = {}


def p09(out: Path):
    name = "h93_p09_clinic_family_statement.pdf"
    doc = Doc("fp", out / name)
    F, B = "LibSans", "LibSans-B"
    st = PlanState(ded_left=Decimal("0.00"), copay_codes={k: Decimal("25.00") for k in
                                                          ("92507", "97530", "97110", "97165", "92523")})
    fm = lambda d: money(d, "$", "()")
    plan = [
        ("Juniper Achterberg", "V-26-00311", "CP8841020", D(2026, 1, 7),
         [("97165", 1, ("GO",)), ("97530", 2, ("GO",))]),
        ("Callum Achterberg", "V-26-00318", "CP8841077", D(2026, 1, 8),
         [("92523", 1, ("GN",)), ("92507", 1, ("GN",))]),
        ("Juniper Achterberg", "V-26-00402", "CP8849130", D(2026, 1, 21),
         [("97530", 2, ("GO",)), ("97533", 1, ("GO",), "PR"), ("97110", 1, ("GO",))]),
        ("Callum Achterberg", "V-26-00415", "CP8849212", D(2026, 1, 22),
         [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
    ]
    from eobgen import FEE, SCHED, DESC
    FEE.setdefault("97533", "88.00"); SCHED.setdefault("97533", "31.20"); DESC.setdefault("97533", "Sensory integration")
    claims = []
    for pat, acct, clm, dos, items in plan:
        ss = svcs(dos, items)
        for s in ss:
            commercial(s, st)
            s.sadj = s.billed - s.paid - s.owes
        claims.append(Claim(pat, acct, clm, ss, {"totals": ()}))  # no per-visit totals printed
    short = {"97165": "OT eval, low", "97530": "Therapeutic activity", "92523": "Speech eval", "92507":
             "Speech therapy", "97533": "Sensory processing", "97110": "Exercise", "92526": "Feeding therapy"}
    sp = Spec(cols=[
        Col(["Date"], 58, "l", lambda s: dfmt(s.dos, "mdyn")),
        Col(["Patient"], 110, "l", lambda s: s.pat),
        Col(["Service"], 96, "l", lambda s: short[s.code]),
        Col(["Code"], 58, "l", lambda s: s.code + "-" + "".join(s.mods)),
        Col(["Charge"], 54, "r", lambda s: fm(s.billed)),
        Col(["Insurance", "paid"], 54, "r", lambda s: fm(s.paid)),
        Col(["Insurance", "adjustment"], 58, "r", lambda s: fm(-s.sadj)),
        Col(["Balance"], 52, "r", lambda s: fm(s.owes)),
    ], font=F, size=8, hfont=B, lead=12, x0=36, printed=("billed", "paid", "patient_owes"), units=False,
        fmt=Fmt(money=fm, date=lambda d: dfmt(d, "mdyn"), code=lambda c, m: c + "-" + "".join(m)), hsize=7.5)
    for c in claims:
        for s in c.svcs:
            s.pat = c.patient

    def top(doc):
        doc.text(36, 30, "Tall Grass Pediatric Therapy", B, 15)
        doc.para(36, 50, ["2210 Mill Race Road, Suite B", "Cottonwood, KS 66019", "Billing office (785) 555-0147"],
                 F, 8, 10)
        doc.rect(380, 28, 196, 56)
        doc.para(386, 32, ["STATEMENT", "Statement date: 02/05/2026", "Guarantor account: G-20931",
                           f"Page {doc.page}"], F, 8.5, 12)
        return 100

    lines, cls = [], []
    y = top(doc)
    doc.para(36, y, ["Bettina Achterberg", "418 Prairie Clover Ln", "Cottonwood, KS 66019"], F, 9)
    y += 46
    doc.text(36, y, "Account activity for your family", B, 10)
    y += 16
    y = draw_head(doc, sp, y)

    def ch(doc, y, cl, cont):
        doc.text(36, y, f"Visit {cl.claim_id} - billed to Heartland Keystone Insurance, claim # {cl.pcn}", B, 7.5)
        return y + 11

    y = flow(doc, name, sp, claims, y, 700, top, ch, None, head_each_claim=False, lines=lines, cl_out=cls)
    REG[name]["adj"] = [s.sadj for c in claims for s in c.svcs]
    REG[name]["adjfmt"] = lambda a: fm(-a)
    doc.text(36, y + 2, f"{dfmt(D(2026, 1, 30), 'mdyn')}   Payment received - thank you", F, 8)
    doc.text(36 + 486 - 2, y + 2, fm(Decimal("-25.00")), F, 8, "r")
    bal = sum((s.owes for c in claims for s in c.svcs), ZERO) - Decimal("25.00")
    doc.line(36, y + 16, 576, y + 16, 0.8)
    doc.text(36, y + 22, "Amount due from you", B, 10)
    doc.text(576, y + 22, fm(bal), B, 10, "r")
    doc.para(36, y + 44, ["Please pay by the 25th. Balances over 90 days may be sent to collections.",
                          "Questions about insurance? Call us before calling your plan."], F, 7.5)
    pages = doc.save()
    write_truth(out / name, "h93_p09", "fpdf2", pages, "therapy clinic family statement", lines, cls, [])


# ------------------------------------------------------------------------------------------ p10

def p10(out: Path):
    name = "h93_p10_hospital_statement.pdf"
    doc = Doc("rl", out / name)
    F, B = "DjSerif", "DjSerif-B"
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.66"))
    fm = lambda d: money(d, ",", "trail")
    rev = {"97530": "0434", "97535": "0434", "97165": "0434", "97110": "0424", "97140": "0424", "97161": "0424",
           "97112": "0424", "92507": "0444", "92523": "0444", "G0283": "0424", "97116": "0424"}
    plan = [
        ("OKONKWO-LAIRD, AMARA", "HB7700912", "ST26-4410083", D(2026, 1, 5),
         [("97165", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO",)), ("97110", 1, ("GO",))]),
        ("OKONKWO-LAIRD, AMARA", "HB7701388", "ST26-4410611", D(2026, 1, 12),
         [("97530", 2, ("GO",)), ("97535", 2, ("GO",)), ("97112", 1, ("GO",)), ("97110", 2, ("GO",)),
          ("97140", 1, ("GO", "59"))]),
        ("OKONKWO-LAIRD, NNAMDI", "HB7701502", "ST26-4410795", D(2026, 1, 14),
         [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97116", 2, ("GP",)), ("97140", 1, ("GP",)),
          ("G0283", 1, ("GP",)), ("97112", 1, ("GP",)), ("97530", 1, ("GP",))]),
        ("OKONKWO-LAIRD, NNAMDI", "HB7702260", "ST26-4411304", D(2026, 1, 21),
         [("97110", 3, ("GP",)), ("97116", 1, ("GP",)), ("97140", 2, ("GP",)), ("97112", 2, ("GP",)),
          ("97530", 2, ("GP",)), ("G0283", 1, ("GP",))]),
    ]
    claims = []
    for pat, acct, clm, dos, items in plan:
        ss = svcs(dos, items)
        for s in ss:
            commercial(s, st)
            s.sadj = s.billed - s.paid - s.owes
        claims.append(Claim(pat, acct, clm, ss, {"totals": ("billed", "paid", "patient_owes")}))
    sp = Spec(cols=[
        Col(["Date"], 62, "l", lambda s: dfmt(s.dos, "mdy4")),
        Col(["Rev"], 34, "l", lambda s: rev[s.code]),
        Col(["HCPCS/Mod"], 64, "l", lambda s: "-".join((s.code,) + s.mods)),
        Col(["Units"], 32, "r", lambda s: units_str(s.units)),
        Col(["Charges"], 64, "r", lambda s: fm(s.billed)),
        Col(["Ins.", "Payments"], 66, "r", lambda s: fm(s.paid)),
        Col(["Ins.", "Adjustments"], 72, "r", lambda s: fm(s.sadj)),
        Col(["Patient", "Amount"], 62, "r", lambda s: fm(s.owes)),
    ], font=F, size=7.5, hfont=B, lead=11.5, x0=44, printed=("billed", "paid", "patient_owes"),
        fmt=Fmt(money=fm, date=lambda d: dfmt(d, "mdy4"), code=lambda c, m: "-".join((c,) + m)), hsize=7)

    def top(doc):
        doc.text(44, 28, "St. Brennan Regional Medical Center", B, 13)
        doc.text(44, 45, "Outpatient Rehabilitation Services  -  Patient Financial Services", F, 8)
        doc.text(568, 28, f"Page {doc.page} of 2", F, 8, "r")
        doc.line(44, 60, 568, 60, 0.6)
        return 70

    lines, cls = [], []
    y = top(doc)
    doc.para(44, y, ["Statement for: Ifeoma Okonkwo-Laird (guarantor)", "77 Sycamore Court",
                     "Dunmere, PA 16801"], F, 8.5)
    doc.rect(360, y - 4, 208, 40)
    doc.para(366, y, ["Statement date  02/09/2026", "Guarantor no.  GR-5510294", "Total due  see last page"],
             F, 8, 11)
    y += 52

    def ch(doc, y, cl, cont):
        doc.rect(44, y, 456, 24, fill=0.9)
        doc.text(48, y + 3, f"Account No. {cl.claim_id}    Patient: {cl.patient}" + ("  - continued" if cont else ""),
                 B, 8)
        doc.text(48, y + 13, f"Insurance: Keystone Valley Health PPO   Claim # {cl.pcn}", F, 7.5)
        return y + 28

    def cf(doc, y, cl):
        doc.text(48, y, "Account balance", B, 7.5)
        doc.text(44 + 456 - 2, y, fm(total(cl.svcs, "owes")), B, 7.5, "r")
        doc.text(44 + 62 + 34 + 64 + 32 + 64 - 2, y, fm(total(cl.svcs, "billed")), B, 7.5, "r")
        return y + 20

    y = flow(doc, name, sp, claims, y, 470, top, ch, cf, lines=lines, cl_out=cls)
    for c in cls:
        c["totals"]["paid"] = None  # the account section prints no insurance-paid total
    REG[name]["adj"] = [s.sadj for c in claims for s in c.svcs]
    REG[name]["adjfmt"] = fm
    tot = sum((s.owes for c in claims for s in c.svcs), ZERO)
    doc.rect(360, y + 6, 208, 22)
    doc.text(366, y + 12, "Total amount due", B, 9)
    doc.text(562, y + 12, fm(tot), B, 9, "r")
    pages = doc.save()
    assert pages == 2, pages
    write_truth(out / name, "h93_p10", "reportlab", pages, "hospital outpatient family statement", lines, cls, [])


# ------------------------------------------------------------------------------------------ main / check

LAYOUTS = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10]


def check(out: Path) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    n_lines = n_pages = 0
    for name, reg in REG.items():
        pdf_path = out / name
        t = json.loads((out / (name + ".truth.json")).read_text(encoding="utf-8"))
        sp = reg["spec"]
        with pdfplumber.open(pdf_path) as pdf:
            if len(pdf.pages) != t["pages"]:
                errs.append(f"{name}: pages {len(pdf.pages)} != {t['pages']}")
            n_pages += len(pdf.pages)
            doc_text = " ".join(" ".join(w["text"] for w in p.extract_words(x_tolerance=1.5)) for p in pdf.pages)
            if len(reg["bands"]) != len(t["lines"]):
                errs.append(f"{name}: band count")
            adjs = reg.get("adj")
            for i, (ln, (pg, top, bot)) in enumerate(zip(t["lines"], reg["bands"])):
                n_lines += 1
                if ln["page"] != pg:
                    errs.append(f"{name} line {i}: page")
                row = " " + row_text(pdf.pages[pg - 1], top, bot) + " "
                toks = tokens(ln, sp.fmt, sp)
                if adjs is not None:
                    toks.append(reg["adjfmt"](adjs[i]))
                for tok in toks:
                    if tok.startswith("~"):
                        if tok[1:] not in row:
                            errs.append(f"{name} line {i} p{pg}: modifier {tok[1:]!r} not in row {row!r}")
                    elif f" {tok} " not in row:
                        errs.append(f"{name} line {i} p{pg}: {tok!r} not in row {row!r}")
                for k in ("claim_id", "payer_claim_id", "patient"):
                    if ln[k] and ln[k] not in doc_text:
                        errs.append(f"{name} line {i}: {k} {ln[k]!r} not in text")
                # arithmetic the document prints
                D_ = lambda k: Decimal(ln[k]) if ln[k] is not None else None
                if ln["adjustments"] and all(a[2] is not None for a in ln["adjustments"]) and ln["paid"] is not None:
                    if D_("billed") - sum(Decimal(a[2]) for a in ln["adjustments"]) != D_("paid"):
                        errs.append(f"{name} line {i}: billed - adjustments != paid")
                if adjs is not None and D_("billed") - D_("paid") - adjs[i] != D_("patient_owes"):
                    errs.append(f"{name} line {i}: charge - ins paid - adj != balance")
                if ln["allowed"] is not None and ln["deductible"] is not None and ln["coinsurance"] is not None \
                        and ln["adjustments"] == [] and ln["copay"] is not None:
                    if D_("allowed") - D_("deductible") - D_("copay") - D_("coinsurance") != D_("paid"):
                        errs.append(f"{name} line {i}: allowed - member share != paid")
            for c in t["claims"]:
                mine = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                        (c["claim_id"], c["payer_claim_id"], c["patient"])]
                if not mine:
                    errs.append(f"{name}: claim {c} has no lines")
                for k, v in c["totals"].items():
                    if v is None:
                        continue
                    def part(ln, k=k):
                        if ln[k] is not None:
                            return Decimal(ln[k])
                        # patient responsibility printed only as a claim total: the printed member shares
                        return sum((Decimal(ln[j]) for j in ("deductible", "copay", "coinsurance")
                                    if ln[j] is not None), Decimal("0.00"))
                    s = sum((part(ln) for ln in mine), Decimal("0.00"))
                    if s != Decimal(v):
                        errs.append(f"{name}: claim {c['payer_claim_id']} {k} total {v} != {s}")
                    if sp.fmt.money(Decimal(v)) not in doc_text:
                        errs.append(f"{name}: claim total {k} {v} not printed")
            if t["expected_findings"]:
                errs.append(f"{name}: unexpected planted finding")
    conts = 0
    for name, reg in REG.items():
        t = json.loads((out / (name + ".truth.json")).read_text(encoding="utf-8"))
        pages_by_claim: dict = {}
        for ln in t["lines"]:
            pages_by_claim.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
        if any(len(v) > 1 for v in pages_by_claim.values()):
            conts += 1
            print("  continued claim in", name)
    if conts < 3:
        errs.append(f"only {conts} files carry a claim continued across pages")
    print(f"checked {len(REG)} files, {n_lines} lines, {n_pages} pages; files with a continued claim: {conts}")
    return errs


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if args:
        out = Path(args[0]).resolve()
    else:
        import tempfile
        out = Path(tempfile.mkdtemp(prefix="heldout93_"))
    if "samples" in out.parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for f in LAYOUTS:
        f(out)
    print(out)
    if "--check" in sys.argv:
        errs = check(out)
        for e in errs:
            print("CHECK FAIL:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
