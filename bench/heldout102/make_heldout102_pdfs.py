"""Write the held-out set 102 of synthetic PDF EOB layouts (with truth files) into a folder: two layouts of
each of the five commonest real kinds, each in its own invented house style.

Run:  python bench/heldout102/make_heldout102_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout102/make_heldout102_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1,
fpdf2 fixed creation date, no randomness).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth, ``<name>.pdf.truth.json``), printed
values only, null for what a layout does not print (units null where no quantity is printed); claim_id = the
provider's own account / patient-control / invoice number, payer_claim_id = the payer's claim number / ICN /
reference, patient exactly as printed (the person served, not the subscriber / guarantor). All names, numbers,
payers, providers and IDs are invented; descriptions are our own words.

Layouts:
  m1  commercial member EOB for a family (3 members), portrait, claim heading per visit, table continues to the
      next page with a "(continued)" heading, notes legend (reportlab, Helvetica)
  m2  commercial member EOB, landscape, "Provider charged / Plan discount / ... / Your share", 3 family members,
      a denied line, PLANTED claim-total mismatch (fpdf2, DejaVu Sans)
  n1  Medicare Summary Notice (Part B), code in parentheses after the description, no units, notes letters,
      continuation without a repeated column header (reportlab, Times)
  n2  Medicare Advantage member EOB, two members of a household, "Plan approved / Plan paid / You owe"
      (fpdf2, Liberation Serif)
  r1  state Medicaid remittance advice, monospace, landscape, ICN + patient account, a reversal (negative
      amounts) and replacement, EOB codes with legend, header repeated per page (fpdf2, DejaVu Sans Mono)
  r2  state Medicaid RA, portrait, denied lines, CARC group-reason amount in row (reportlab, Courier)
  p1  Medicare-style paper remit from a clearinghouse, landscape monospace, NAME / HIC / ACNT / ICN heading
      rows, adjustments "CO-45 12.34" in row, page break mid claim (reportlab, Courier)
  p2  practice-management system remittance report, proportional narrow font, claim boxes, adjustments in row
      (fpdf2, Liberation Sans Narrow)
  s1  therapy clinic family statement (guarantor + 3 children), visit rows with insurance paid / adjustment /
      balance (reportlab, Liberation Sans)
  s2  hospital outpatient-rehab family statement, two patients, revenue code column, trailing minus (fpdf2,
      DejaVu Sans Condensed)

--check verifies: page counts; each truth line's date, code, modifiers, units and every printed amount and
adjustment amount appear on ONE extracted text line of its page (pdfplumber words clustered by baseline);
claim ids / payer claim ids / patients appear in the document text; billed - adjustments = paid where
adjustments are printed; billed - discount - not covered - deductible - copay - coinsurance = paid where those
are printed; claim totals equal the sum of their lines except the planted, declared mismatch.
"""
from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
from eobgen import (FIXED_WHEN, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, q, total, truth_line, units_str, write_truth)

FONTS = "/usr/share/fonts/truetype/"
D = lambda d: date(2026, 1, d)  # noqa: E731


# ------------------------------------------------------------------------------------------- canvases
class RL:
    producer = "reportlab"

    def __init__(self, path, land, font, ttf=None, ttfb=None):
        from reportlab.lib.pagesizes import landscape, letter
        from reportlab.pdfgen import canvas
        self.W, self.H = landscape(letter) if land else letter
        self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        if ttf:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            pdfmetrics.registerFont(TTFont("F", ttf))
            pdfmetrics.registerFont(TTFont("FB", ttfb or ttf))
            self.f, self.fb = "F", "FB"
        else:
            self.f, self.fb = font, {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
                                     "Courier": "Courier-Bold"}[font]
        self.pages = 1

    def text(self, x, y, s, size=8, bold=False, align="l"):
        c = self.c
        c.setFont(self.fb if bold else self.f, size)
        if align == "r":
            c.drawRightString(x, self.H - y, s)
        else:
            c.drawString(x, self.H - y, s)

    def width(self, s, size, bold=False):
        return self.c.stringWidth(s, self.fb if bold else self.f, size)

    def rule(self, x1, y, x2, w=0.5):
        self.c.setLineWidth(w)
        self.c.line(x1, self.H - y, x2, self.H - y)

    def box(self, x, y, w, h):
        self.c.setLineWidth(0.6)
        self.c.rect(x, self.H - y - h, w, h)

    def newpage(self):
        self.c.showPage()
        self.pages += 1

    def save(self):
        self.c.save()


class FP:
    producer = "fpdf2"

    def __init__(self, path, land, font, ttf=None, ttfb=None):
        from fpdf import FPDF
        self.path = path
        self.p = FPDF(orientation="L" if land else "P", unit="pt", format="letter")
        self.p.set_creation_date(FIXED_WHEN)
        self.p.set_auto_page_break(False)
        self.p.add_font("F", "", ttf)
        self.p.add_font("F", "B", ttfb or ttf)
        self.p.add_page()
        self.W, self.H = self.p.w, self.p.h
        self.pages = 1

    def text(self, x, y, s, size=8, bold=False, align="l"):
        self.p.set_font("F", "B" if bold else "", size)
        if align == "r":
            x -= self.p.get_string_width(s)
        self.p.text(x, y, s)

    def width(self, s, size, bold=False):
        self.p.set_font("F", "B" if bold else "", size)
        return self.p.get_string_width(s)

    def rule(self, x1, y, x2, w=0.5):
        self.p.set_line_width(w)
        self.p.line(x1, y, x2, y)

    def box(self, x, y, w, h):
        self.p.set_line_width(0.6)
        self.p.rect(x, y, w, h)

    def newpage(self):
        self.p.add_page()
        self.pages += 1

    def save(self):
        self.p.output(str(self.path))


# ------------------------------------------------------------------------------------------- data model
@dataclass
class Claim:
    claim_id: str | None
    pcn: str | None
    patient: str | None
    svcs: list
    head: list = field(default_factory=list)   # claim heading lines
    printed_total: dict | None = None          # override of a printed total (planted mismatch)


@dataclass
class Layout:
    name: str
    kind: str
    canvas: type
    land: bool
    font: str
    ttf: str | None
    ttfb: str | None
    size: float
    lh: float
    cols: list               # (heading, x, align, fn(svc)->str)
    printed: tuple
    units: bool
    mods: bool
    adjs: bool
    desc: bool
    fmt_money: object
    fmt_date: object
    furniture: object        # fn(cv, pageno) -> y start
    footer: object           # fn(cv, pageno)
    claims: list
    legend: list
    totals_row: object       # fn(claim) -> list[(x, align, text)] or None
    repeat_head: bool = True
    bottom: float = 700
    boxed: bool = False
    desc_wrap: object = None  # fn(svc) -> second line text (printed under the row) or None
    findings: list = field(default_factory=list)
    description: str = ""
    force_at: tuple = ()      # global row numbers before which the page is full (a mid-claim page break)


def render(L: Layout, out: Path):
    path = out / f"{L.name}.pdf"
    cv = L.canvas(path, L.land, L.font, L.ttf, L.ttfb)
    page = 1
    y = L.furniture(cv, page)
    lines, claims, checks = [], [], []
    x0, x1 = 36, cv.W - 36

    def colhead(y):
        for h, x, al, _ in L.cols:
            for k, part in enumerate(h.split("\n")):
                cv.text(x, y + k * (L.lh - 1), part, L.size, True, al)
        nh = max(len(h.split("\n")) for h, *_ in L.cols)
        y += (nh - 1) * (L.lh - 1) + 3
        cv.rule(x0, y, x1)
        return y + L.lh

    def brk(y, c, need):
        nonlocal page
        if y + need <= L.bottom:
            return y, False
        L.footer(cv, page)
        cv.newpage()
        page += 1
        y = L.furniture(cv, page)
        if c is not None and L.repeat_head:
            cv.text(x0, y, f"{c.head[0]} (continued)", L.size, True)
            y = colhead(y + L.lh)
        return y, True

    for c in L.claims:
        y, _ = brk(y, None, L.lh * (len(c.head) + 4))
        ytop = y - L.lh
        for i, h in enumerate(c.head):
            cv.text(x0 + (4 if L.boxed else 0), y, h, L.size, i == 0)
            y += L.lh
        y = colhead(y)
        for s in c.svcs:
            y, _ = brk(y + (1000 if len(lines) in L.force_at else 0), c, L.lh * 2) if len(lines) in L.force_at \
                else brk(y, c, L.lh * 2)
            row = []
            for _, x, al, fn in L.cols:
                t = fn(s)
                if t:
                    cv.text(x, y, t, L.size, False, al)
                    row.append(t)
            y += L.lh
            if L.desc_wrap and L.desc_wrap(s):
                cv.text(L.cols[1][1] + 6, y, L.desc_wrap(s), L.size - 0.5)
                y += L.lh
            tl = truth_line(page, s, claim_id=c.claim_id, payer_claim_id=c.pcn, patient=c.patient,
                            printed=L.printed, units=L.units, modifiers=L.mods,
                            adjustments=s.adjs if L.adjs else [], remarks=s.remarks, description=L.desc)
            lines.append(tl)
            checks.append((page, tl))
        tot = {k: (q(total(c.svcs, {"patient_owes": "owes"}.get(k, k))) if k in L.printed else None)
               for k in ("billed", "allowed", "paid", "patient_owes")}
        shown = dict(tot)
        if c.printed_total:
            shown.update(c.printed_total)
        tr = L.totals_row(c, shown) if L.totals_row else None
        if tr:
            y, _ = brk(y, c, L.lh * 2)
            cv.rule(x0, y - L.lh + 3, x1, 0.3)
            for x, al, t in tr:
                cv.text(x, y, t, L.size, True, al)
            y += L.lh
        if L.boxed:
            cv.box(x0 - 2, max(ytop, 20), x1 - x0 + 4, y - max(ytop, 20) - L.lh + 6)
        y += L.lh * 0.8
        claims.append({"claim_id": c.claim_id, "payer_claim_id": c.pcn, "patient": c.patient,
                       "totals": claim_totals(**{k: (Decimal(shown[k]) if shown[k] is not None else None)
                                                 for k in tot})})
    if L.legend:
        y, _ = brk(y, None, L.lh * (len(L.legend) + 2))
        cv.text(x0, y, "Explanation of codes and notes", L.size, True)
        y += L.lh
        for code, txt in L.legend:
            y, _ = brk(y, None, L.lh)
            cv.text(x0, y, f"{code}  {txt}", L.size - 0.5)
            y += L.lh
    L.footer(cv, page)
    cv.save()
    write_truth(path, L.name, cv.producer, cv.pages, L.description or L.kind, lines, claims, L.legend,
                L.findings)
    return path, checks


# ------------------------------------------------------------------------------------------- builders
def mk(rule, specs, **kw):
    out = []
    for sp in specs:
        day, code, units, mods = sp[:4]
        denied = sp[4] if len(sp) > 4 else None
        s = Svc(D(day), code, Decimal(str(units)), tuple(mods), denied=denied)
        rule(s, **kw) if kw else rule(s)
        out.append(s)
    return out


def cut(t, n):
    return t if len(t) <= n else t[:n].rsplit(" ", 1)[0].rstrip(",/")


def madj(a, m):
    return " ".join(f"{g}-{r} {m(x)}" for g, r, x in a)


def std_footer(txt):
    def f(cv, n):
        cv.rule(36, cv.H - 40, cv.W - 36, 0.3)
        cv.text(36, cv.H - 28, txt, 6.5)
        cv.text(cv.W - 36, cv.H - 28, f"Page {n}", 6.5, False, "r")
    return f


def furn(title_lines, right_lines, size=9):
    def f(cv, n):
        y = 44
        for i, t in enumerate(title_lines if n == 1 else title_lines[:1]):
            cv.text(36, y + i * (size + 3), t, size + (4 if i == 0 else 0), i == 0)
        for i, t in enumerate(right_lines if n == 1 else right_lines[:2]):
            cv.text(cv.W - 36, y + i * (size + 2), t, size - 1, False, "r")
        k = max(len(title_lines if n == 1 else title_lines[:1]), len(right_lines if n == 1 else right_lines[:2]))
        y += k * (size + 3) + 8
        cv.rule(36, y - 6, cv.W - 36, 1)
        return y + 8
    return f


def layouts():
    Ls = []
    m = lambda d: money(d, "$")  # noqa: E731
    mc = lambda d: money(d, ",")  # noqa: E731

    # ---------------- m1 commercial member EOB, reportlab Helvetica portrait
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"))
    fam = [("Noor Castellano-Ruiz", "Self"), ("Mateo Castellano-Ruiz", "Son"), ("Lucia Castellano-Ruiz", "Daughter")]
    cls = []
    spec = [
        [(5, "97166", 1, ["GO"]), (7, "97530", 3, ["GO"]), (7, "97535", 1, ["GO"]), (9, "97530", 2, ["GO", "59"]),
         (9, "97140", 2, ["GO"])],
        [(6, "92523", 1, ["GN"]), (13, "92507", 1, ["GN"]), (20, "92507", 1, ["GN"]), (27, "92507", 1, ["GN"])],
        [(8, "97161", 1, ["GP"]), (12, "97110", 3, ["GP"]), (12, "97112", 1, ["GP"]), (15, "97110", 2, ["GP", "KX"]),
         (15, "97760", 1, ["GP"], "PR"), (19, "99213", 1, [])],
        [(22, "97530", 2, ["GO"]), (22, "97140", 1, ["GO", "59"]), (29, "97168", 1, ["GO"])],
    ]
    who = [0, 1, 2, 0]
    for i, sp in enumerate(spec):
        sv = mk(commercial, sp, st=st)
        for s in sv:
            s.remarks = ["N4"] if s.denied else (["N1"] if s.deductible else [])
        nm, rel = fam[who[i]]
        cls.append(Claim(f"CRT-{40417 + i * 13}", f"SRH26{11840 + i * 7:07d}", nm,
                         sv, [f"Claim for {nm} ({rel})   Claim number SRH26{11840 + i * 7:07d}",
                              f"Provided by: Cedar Loop Rehab Associates    Patient account {f'CRT-{40417 + i * 13}'}"
                              f"    Received {dfmt(D(28), 'mdy4')}"]))
    Ls.append(Layout(
        "m1_summitridge_member_eob", "commercial member EOB", RL, False, "Helvetica", None, None, 7.2, 11,
        [("Date", 36, "l", lambda s: dfmt(s.dos, "mdy2")),
         ("Service (code)", 74, "l", lambda s: f"{cut(s.desc, 22)} {s.code}" + (" " + " ".join(s.mods) if s.mods else "")),
         ("Qty", 222, "r", lambda s: units_str(s.units)),
         ("Billed", 268, "r", lambda s: m(s.billed)), ("Plan\ndiscount", 312, "r", lambda s: m(s.discount)),
         ("Allowed", 356, "r", lambda s: m(s.allowed)), ("Deductible", 400, "r", lambda s: m(s.deductible)),
         ("Co-\ninsurance", 440, "r", lambda s: m(s.coinsurance)), ("Not\ncovered", 480, "r", lambda s: m(s.not_covered)),
         ("Plan\npaid", 522, "r", lambda s: m(s.paid)), ("You\nowe", 566, "r", lambda s: m(s.owes)),
         ("Note", 572, "l", lambda s: ",".join(s.remarks))],
        ("billed", "discount", "allowed", "deductible", "coinsurance", "not_covered", "paid", "patient_owes"),
        True, True, False, False, m, lambda d: dfmt(d, "mdy2"),
        furn(["Summit Ridge Health Plan", "EXPLANATION OF BENEFITS - THIS IS NOT A BILL",
              "Member: Noor Castellano-Ruiz    Member ID: SRX 448 120 97    Group: Halvorsen Tool & Die"],
             ["Statement date 02/04/2026", "PO Box 7713, Larchmont Falls, OH 45990", "Questions? 1-800-555-0164"]),
        std_footer("Summit Ridge Health Plan  |  Keep this statement for your records  |  This is not a bill."),
        cls, [("N1", "Part of this amount counted toward your annual deductible."),
              ("N4", "Orthotic training is not a covered benefit on your plan; you may be billed.")],
        lambda c, t: [(74, "l", "Claim totals"), (268, "r", m(t["billed"])), (522, "r", m(t["paid"])),
                      (566, "r", m(t["patient_owes"]))],
        repeat_head=True, bottom=720, force_at=(7, 12)))

    # ---------------- m2 commercial member EOB, fpdf2 DejaVu Sans landscape, planted mismatch
    st = PlanState(ded_left=ZERO, copay_codes={"97530": Decimal("30.00"), "97110": Decimal("30.00"),
                                               "92507": Decimal("25.00")})
    fam = ["Oksana Treadwell", "Bram Treadwell", "Ivy Treadwell"]
    spec = [
        (0, [(5, "97165", 1, ["GO"]), (5, "97535", 2, ["GO"]), (12, "97530", 3, ["GO"]), (12, "97129", 1, [], "CO")]),
        (1, [(6, "92523", 1, []), (14, "92507", 1, []), (21, "92507", 1, [])]),
        (2, [(7, "97163", 1, ["GP"]), (16, "97110", 4, ["GP"]), (16, "97116", 2, ["GP"]), (23, "97112", 2, ["GP", "CQ"])]),
        (0, [(19, "97530", 2, ["GO"]), (19, "97140", 2, ["GO", "59"]), (26, "G0283", 1, ["GO"])]),
    ]
    cls = []
    for i, (w, sp) in enumerate(spec):
        sv = mk(commercial, sp, st=st, deny_reason="96")
        for s in sv:
            s.remarks = ["D7"] if s.denied else []
        cn = f"E{2607300 + i * 41}-{i + 1:02d}"
        cls.append(Claim(f"TV{88120 + i * 3}", cn, fam[w], sv,
                         [f"Patient: {fam[w]}    Claim #: {cn}    Your provider's account #: TV{88120 + i * 3}",
                          "Provider: Wren Hollow Pediatric & Adult Therapy, In-network    Processed 02/03/2026"]))
    ptot = q(total(cls[2].svcs, "owes")) + Decimal("10.00")
    Ls.append(Layout(
        "m2_keystonebay_member_eob", "commercial member EOB", FP, True, "", FONTS + "dejavu/DejaVuSans.ttf",
        FONTS + "dejavu/DejaVuSans-Bold.ttf", 7, 11,
        [("Service dates", 36, "l", lambda s: dfmt(s.dos, "mon")),
         ("What was done", 110, "l", lambda s: cut(s.desc, 30)),
         ("Code", 262, "l", lambda s: s.code + ("-" + "-".join(s.mods) if s.mods else "")),
         ("Units", 340, "r", lambda s: units_str(s.units)),
         ("Provider\ncharged", 398, "r", lambda s: m(s.billed)), ("Plan\ndiscount", 454, "r", lambda s: m(s.discount)),
         ("Plan's\nprice", 508, "r", lambda s: m(s.allowed)), ("Not covered", 566, "r", lambda s: m(s.not_covered)),
         ("Copay", 612, "r", lambda s: m(s.copay)), ("Plan\npaid", 664, "r", lambda s: m(s.paid)),
         ("Your share", 716, "r", lambda s: m(s.owes)), ("Why", 728, "l", lambda s: " ".join(s.remarks))],
        ("billed", "discount", "allowed", "not_covered", "copay", "paid", "patient_owes"),
        True, True, False, False, m, lambda d: dfmt(d, "mon"),
        furn(["Keystone Bay Benefit Services", "Your Explanation of Benefits for January 2026",
              "Subscriber: Oksana Treadwell   ID KBX-20419-33   Plan: Keystone Bay Choice PPO 2500"],
             ["Issued February 5, 2026", "Keystone Bay Benefit Services, 1900 Pier Row, Harlow Bay, ME 04190"]),
        std_footer("Keystone Bay Benefit Services - An independent licensee. Save this notice; this is not a bill."),
        cls, [("D7", "This service is excluded under your benefit plan; the network provider may not bill you for it.")],
        lambda c, t: [(110, "l", "Totals for this claim"), (398, "r", m(t["billed"])), (664, "r", m(t["paid"])),
                      (716, "r", m(t["patient_owes"]))],
        repeat_head=True, bottom=560, force_at=(10,)))
    cls[2].printed_total = {"patient_owes": str(ptot)}
    Ls[-1].findings = [f"claim-total-mismatch claim {cls[2].pcn}: printed Your share total {ptot} but the lines "
                       f"add up to {q(total(cls[2].svcs, 'owes'))}"]
    Ls[-1].description = "commercial member EOB with a planted patient-share total mismatch on one claim"

    # ---------------- n1 Medicare Summary Notice, reportlab Times, no units
    st = PlanState(ded_left=Decimal("60.00"))
    spec = [
        ("Cedar Loop Rehab Associates", [(5, "97161", 1, ["GP"]), (7, "97110", 3, ["GP", "KX"]), (7, "97140", 1, ["GP"]),
                                         (9, "97112", 2, ["GP"]), (9, "97530", 1, ["GP", "59"])]),
        ("Marlow Speech & Swallow Clinic", [(12, "92523", 1, ["GN"]), (14, "92526", 1, ["GN"]), (16, "92507", 1, ["GN"]),
                                            (16, "97129", 1, ["GN"], "PR")]),
        ("Dr. Priya Anand-Holt", [(20, "99213", 1, []), (20, "G0283", 1, ["GP"])]),
        ("Cedar Loop Rehab Associates", [(23, "97110", 2, ["CQ"]), (23, "97116", 1, ["CQ"]), (27, "97530", 2, ["GP", "CQ"])]),
    ]
    cls = []
    for i, (prov, sp) in enumerate(spec):
        sv = mk(medicare, sp, st=st)
        for s in sv:
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
        cn = f"26-0{19 + i}-4{4170 + i * 9:05d}-0"
        cls.append(Claim(None, cn, "Harold P. Vinsome", sv,
                         [f"{prov}, 88 Quarry Lane, Ashcombe, PA 19402", f"Claim number {cn}   Service dates "
                          f"{dfmt(sv[0].dos, 'mdy4')}"]))
    Ls.append(Layout(
        "n1_msn_partb", "Medicare Summary Notice", RL, False, "Times-Roman", None, None, 8, 11.5,
        [("Service Provided & Billing Code", 36, "l",
          lambda s: f"{dfmt(s.dos, 'mdy4')}  {cut(s.desc, 26)} ({s.code}" + ("-" + "-".join(s.mods) if s.mods else "") + ")"),
         ("Amount\nProvider Charged", 330, "r", lambda s: m(s.billed)),
         ("Medicare-Approved\nAmount", 400, "r", lambda s: m(s.allowed)),
         ("Amount Medicare\nPaid the Provider", 475, "r", lambda s: m(s.paid)),
         ("Maximum You\nMay Be Billed", 540, "r", lambda s: m(s.owes)),
         ("See\nNotes", 552, "l", lambda s: ", ".join(s.remarks))],
        ("billed", "allowed", "paid", "patient_owes"), False, True, False, False, m, lambda d: dfmt(d, "mdy4"),
        furn(["Medicare Summary Notice for Part B (Medical Insurance)", "The Official Summary of Your Medicare Claims",
              "HAROLD P. VINSOME, 1420 Orchard Terrace Apt 3, Ashcombe PA 19402",
              "Medicare Number XXXXXXX7K41    Claims processed January 1 - March 31, 2026"],
             ["THIS IS NOT A BILL", "Customer Service 1-800-555-0133"], 9),
        std_footer("Medicare Summary Notice  |  Harold P. Vinsome  |  Sample notice for testing only"),
        cls, [("A", "This approved amount is based on the fee schedule; the provider agreed to accept it."),
              ("B", "Some of this amount went toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this item; you may owe the provider for it."),
              ("D", "A 2% federal payment reduction applies to the amount Medicare paid.")],
        lambda c, t: [(36, "l", "Total for this claim"), (330, "r", m(t["billed"])), (400, "r", m(t["allowed"])),
                      (475, "r", m(t["paid"])), (540, "r", m(t["patient_owes"]))],
        repeat_head=False, bottom=720, force_at=(8,)))

    # ---------------- n2 Medicare Advantage member EOB, fpdf2 Liberation Serif
    st = PlanState(ded_left=ZERO, copay_codes={c: Decimal("20.00") for c in ("97530", "97110", "97112", "92507")})
    fam = ["Georgette Mbeki-Lund", "Arvid Lund"]
    spec = [(0, [(6, "97165", 1, ["GO"]), (8, "97530", 2, ["GO"]), (8, "97535", 2, ["GO"]), (13, "97530", 3, ["GO", "KX"])]),
            (1, [(7, "97162" if False else "97163", 1, ["GP"]), (14, "97110", 2, ["GP"]), (14, "97116", 2, ["GP"]),
                 (21, "97112", 2, ["GP"]), (21, "0552T", 1, [], "CO")]),
            (0, [(20, "97168", 1, ["GO"]), (27, "97760", 1, ["GO"]), (27, "L3807", 1, ["RT"])])]
    cls = []
    for i, (w, sp) in enumerate(spec):
        sv = mk(commercial, sp, st=st, deny_reason="96")
        for s in sv:
            s.remarks = ["X2"] if s.denied else ([] if s.copay else ["X1"])
        cn = f"MA{77310400 + i * 17}"
        cls.append(Claim(f"PA-{5520 + i}", cn, fam[w], sv,
                         [f"{fam[w]}  -  claim {cn}", f"Northgate Therapy Partners (in network)   Provider claim ref PA-{5520 + i}"]))
    Ls.append(Layout(
        "n2_harborlight_ma_eob", "Medicare Advantage member EOB", FP, False, "", FONTS + "liberation/LiberationSerif-Regular.ttf",
        FONTS + "liberation/LiberationSerif-Bold.ttf", 7.5, 11,
        [("Date", 36, "l", lambda s: dfmt(s.dos, "mdyn")), ("Service", 80, "l", lambda s: cut(s.desc, 24)),
         ("Code / mod", 206, "l", lambda s: s.code + (" " + " ".join(s.mods) if s.mods else "")),
         ("Times", 280, "r", lambda s: units_str(s.units)),
         ("Provider\ncharged", 335, "r", lambda s: mc(s.billed)), ("Plan\napproved", 385, "r", lambda s: mc(s.allowed)),
         ("Plan\npaid", 430, "r", lambda s: mc(s.paid)), ("Copay", 470, "r", lambda s: mc(s.copay)),
         ("You\nowe", 514, "r", lambda s: mc(s.owes)), ("Notes", 528, "l", lambda s: " ".join(s.remarks))],
        ("billed", "allowed", "paid", "copay", "patient_owes"), True, True, False, False, mc,
        lambda d: dfmt(d, "mdyn"),
        furn(["HarborLight Senior Advantage (HMO)", "Part C Explanation of Benefits - January 2026",
              "Member: Georgette Mbeki-Lund  Member ID H7-0092-115"], ["Not a bill", "Member Services 1-877-555-0190 (TTY 711)"]),
        std_footer("HarborLight Senior Advantage is an HMO plan with a Medicare contract. Y0000_EOB26_T"),
        cls, [("X1", "Plan paid the approved amount in full for this visit."),
              ("X2", "Not a covered benefit; your in-network provider cannot bill you.")],
        lambda c, t: [(80, "l", "Claim totals"), (335, "r", mc(t["billed"])), (385, "r", mc(t["allowed"])),
                      (430, "r", mc(t["paid"])), (514, "r", mc(t["patient_owes"]))],
        repeat_head=True, bottom=720, boxed=True, force_at=(6,)))

    # ---------------- r1 Medicaid RA, fpdf2 DejaVu Sans Mono landscape, reversal
    pts = ["DELACROIX, ANAIS", "PHAM, TOBIAS", "OYELARAN, KEMI", "DELACROIX, ANAIS", "RUSTAM, ZEV"]
    spec = [[(5, "97530", 4, ["GO"]), (5, "97535", 2, ["GO"]), (12, "97530", 3, ["GO"])],
            [(6, "92507", 1, ["GN"]), (13, "92507", 1, ["GN"]), (20, "92507", 1, ["GN"]), (27, "92507", 1, ["GN"])],
            [(7, "97167", 1, ["GO"]), (9, "97530", 2, ["GO", "59"]), (9, "97112", 2, ["GO"]), (14, "97140", 2, ["GO"], "CO")],
            None,
            [(8, "97161", 1, ["GP"]), (15, "97110", 3, ["GP"]), (15, "97116", 1, ["GP"]), (22, "97110", 3, ["GP"]),
             (22, "97150", 1, ["GP"])]]
    cls = []
    for i, sp in enumerate(spec):
        if sp is None:
            sv = [negate(s) for s in cls[0].svcs]
            for s in sv:
                s.remarks = ["0914"]
            icn, acct = "2226012800917", cls[0].claim_id
            cls.append(Claim(acct, icn, pts[i], sv, [f"ADJUSTED CLAIM - CREDIT   ICN {icn}   ORIG ICN 2226010700441", "", ""]))
            continue
        sv = mk(medicaid, sp, deny_reason="198")
        for s in sv:
            s.remarks = ["0316"] if s.denied else ["0001"]
        icn, acct = f"22260{1280 + i * 3}00{441 + i}", f"WH{60810 + i * 4}"
        cls.append(Claim(acct, icn, pts[i], sv,
                         [f"RECIPIENT NAME {pts[i]}   MEDICAID ID {7700120 + i * 371:010d}",
                          f"ICN {icn}   PATIENT ACCT {acct}   STATUS {'PAID' if i != 2 else 'PARTIAL'}", ""]))
    cls[0].head[0] = cls[0].head[0] + "   ORIGINAL"
    mo = lambda d: money(d, "", "-")  # noqa: E731
    Ls.append(Layout(
        "r1_tricounty_medicaid_ra", "state Medicaid remittance advice", FP, True, "", FONTS + "dejavu/DejaVuSansMono.ttf",
        FONTS + "dejavu/DejaVuSansMono-Bold.ttf", 7, 10,
        [("LN", 36, "l", lambda s: ""), ("FROM DOS", 56, "l", lambda s: dfmt(s.dos, "mdy6")),
         ("PROC", 110, "l", lambda s: s.code), ("MOD", 150, "l", lambda s: " ".join(s.mods)),
         ("UNITS", 220, "r", lambda s: units_str(s.units)), ("BILLED", 290, "r", lambda s: mo(s.billed)),
         ("ALLOWED", 360, "r", lambda s: mo(s.allowed)), ("PAID", 430, "r", lambda s: mo(s.paid)),
         ("EOB", 450, "l", lambda s: " ".join(s.remarks))],
        ("billed", "allowed", "paid"), True, True, False, False, mo, lambda d: dfmt(d, "mdy6"),
        furn(["TRI-COUNTY STATE MEDICAL ASSISTANCE PROGRAM", "REMITTANCE ADVICE - PROFESSIONAL CLAIMS",
              "PROVIDER WREN HOLLOW PEDIATRIC & ADULT THERAPY   NPI 1093817264   PAYEE ID 0044711"],
             ["RA NUMBER 0226-008813", "WARRANT DATE 02/06/2026", "PAGE HEADER REPEATS EACH PAGE"], 8),
        std_footer("TRI-COUNTY MEDICAL ASSISTANCE  -  CLAIMS PAID / ADJUSTED  -  RETAIN FOR YOUR RECORDS"),
        cls, [("0001", "PAID PER PROGRAM RATE TABLE."), ("0316", "SERVICE LIMIT FOR BENEFIT PERIOD REACHED."),
              ("0914", "PRIOR PAYMENT RECOVERED; SEE REPLACEMENT CLAIM.")],
        lambda c, t: [(56, "l", "CLAIM TOTAL"), (290, "r", mo(t["billed"])), (360, "r", mo(t["allowed"])),
                      (430, "r", mo(t["paid"]))],
        repeat_head=True, bottom=560, force_at=(13,)))

    # ---------------- r2 Medicaid RA, reportlab Courier portrait, CARC in row
    pts = ["KOWALCZYK, BEATRIX", "AMADI, OBINNA", "SORENSEN, TILDE"]
    spec = [[(5, "97166", 1, ["GO"]), (7, "97530", 2, ["GO"]), (7, "97535", 1, ["GO"]), (14, "97530", 2, ["GO"]),
             (21, "97530", 2, ["GO"]), (28, "97530", 2, ["GO"], "CO")],
            [(6, "92523", 1, []), (13, "92507", 1, []), (20, "92507", 1, [])],
            [(8, "97163", 1, ["GP"]), (10, "97110", 2, ["GP"]), (10, "97140", 1, ["GP"]), (17, "97112", 3, ["GP"])]]
    cls = []
    for i, sp in enumerate(spec):
        sv = mk(medicaid, sp, deny_reason="119")
        for s in sv:
            s.remarks = ["N362"] if s.denied else []
        icn, acct = f"6126{31700 + i * 22:07d}", f"{301455 + i * 17}"
        cls.append(Claim(acct, icn, pts[i], sv,
                         [f"CLIENT: {pts[i]}  ICN: {icn}", f"PAT ACCT: {acct}  CLIENT NO: {91002 + i}33"]))
    mo2 = lambda d: money(d, ",", "-")  # noqa: E731
    Ls.append(Layout(
        "r2_prairiestate_medicaid_ra", "state Medicaid remittance advice", RL, False, "Courier", None, None, 7, 10,
        [("SVC DATE", 36, "l", lambda s: dfmt(s.dos, "mdy2")), ("PROC", 84, "l", lambda s: s.code),
         ("MODS", 118, "l", lambda s: " ".join(s.mods)), ("QTY", 166, "r", lambda s: units_str(s.units)),
         ("BILLED", 222, "r", lambda s: mo2(s.billed)), ("ALLOWED", 272, "r", lambda s: mo2(s.allowed)),
         ("PAID", 318, "r", lambda s: mo2(s.paid)), ("ADJ GRP-RSN AMT", 326, "l", lambda s: madj(s.adjs, mo2)),
         ("RMK", 480, "l", lambda s: " ".join(s.remarks))],
        ("billed", "allowed", "paid"), True, True, True, False, mo2, lambda d: dfmt(d, "mdy2"),
        furn(["PRAIRIE STATE HEALTH COVERAGE", "MEDICAID REMITTANCE AND STATUS REPORT",
              "CEDAR LOOP REHAB ASSOCIATES  PROVIDER NO 0081144200"], ["CYCLE 2026-05", "ISSUE DATE 02/09/2026"], 8),
        std_footer("PRAIRIE STATE HEALTH COVERAGE  FISCAL AGENT  *** END OF CLAIM DETAIL ***"),
        cls, [("N362", "UNITS EXCEED THE NUMBER ALLOWED FOR THE AUTHORIZATION PERIOD.")],
        lambda c, t: [(36, "l", "CLM TOT"), (222, "r", mo2(t["billed"])), (272, "r", mo2(t["allowed"])),
                      (318, "r", mo2(t["paid"]))],
        repeat_head=False, bottom=740))

    # ---------------- p1 Medicare-style paper remit, reportlab Courier landscape
    st = PlanState(ded_left=Decimal("40.00"))
    pts = ["FENWICK, DOLORES", "ABERNATHY, CLIVE", "MURAKAMI, SETSUKO", "FENWICK, DOLORES"]
    spec = [[(5, "97110", 3, ["GP", "KX"]), (5, "97140", 2, ["GP"]), (7, "97112", 2, ["GP"]), (7, "97530", 1, ["GP", "59"]),
             (9, "97110", 3, ["GP", "KX"]), (9, "G0283", 1, ["GP"])],
            [(6, "97165", 1, ["GO"]), (8, "97530", 3, ["GO"]), (8, "97535", 1, ["GO"]), (15, "97530", 2, ["GO", "CO"])],
            [(12, "92507", 1, ["GN"]), (19, "92526", 1, ["GN"]), (19, "97129", 1, ["GN"], "CO")],
            [(14, "97110", 2, ["GP", "CQ"]), (16, "97116", 2, ["GP", "CQ"])]]
    cls = []
    for i, sp in enumerate(spec):
        sv = mk(medicare, sp, st=st, deny_reason="50")
        for s in sv:
            s.remarks = ["N115"] if s.denied else []
        icn, acct = f"02260{3300000 + i * 1211}", f"MHT{2044 + i * 5}"
        cls.append(Claim(acct, icn, pts[i], sv,
                         [f"NAME {pts[i]}  MID 4TR7QW{2210 + i}K  ACNT {acct}  ICN {icn}  ASG Y  MOA MA01"]))
    mo3 = lambda d: money(d, "", "-")  # noqa: E731
    Ls.append(Layout(
        "p1_clearpath_paper_remit", "Medicare-style paper remit", RL, True, "Courier", None, None, 7, 10,
        [("PERF PROV", 36, "l", lambda s: "1447203958"), ("SERV DATE", 90, "l", lambda s: dfmt(s.dos, "mdY8")),
         ("POS", 140, "l", lambda s: "11"), ("NOS", 170, "r", lambda s: units_str(s.units)),
         ("PROC", 180, "l", lambda s: s.code), ("MODS", 214, "l", lambda s: " ".join(s.mods)),
         ("BILLED", 296, "r", lambda s: mo3(s.billed)), ("ALLOWED", 344, "r", lambda s: mo3(s.allowed)),
         ("DEDUCT", 388, "r", lambda s: mo3(s.deductible)), ("COINS", 430, "r", lambda s: mo3(s.coinsurance)),
         ("GRP/RC-AMT", 440, "l", lambda s: madj(s.adjs, mo3)), ("PROV PD", 712, "r", lambda s: mo3(s.paid)),
         ("RARC", 718, "l", lambda s: " ".join(s.remarks))],
        ("billed", "allowed", "deductible", "coinsurance", "paid"), True, True, True, False, mo3,
        lambda d: dfmt(d, "mdY8"),
        furn(["CLEARPATH REMIT SERVICES - MEDICARE PART B REMITTANCE", "PAYER: JURISDICTION 14 CARRIER (REPRINT)",
              "PAYEE: HOLLISTER MOTION & HAND THERAPY  NPI 1447203958  CHECK/EFT # 880042196  DATE 02/10/2026"],
             ["REMIT DATE 02/10/2026", "PAYEE ID HMT77120"], 8),
        std_footer("CLEARPATH REMIT SERVICES - PRINTED FROM ELECTRONIC REMITTANCE - NOT AN ORIGINAL CARRIER DOCUMENT"),
        cls, [("N115", "DECISION BASED ON A LOCAL COVERAGE DETERMINATION.")],
        lambda c, t: [(36, "l", "CLAIM TOTALS"), (296, "r", mo3(t["billed"])), (344, "r", mo3(t["allowed"])),
                      (712, "r", mo3(t["paid"]))],
        repeat_head=True, bottom=560, force_at=(13,)))

    # ---------------- p2 PM system remit report, fpdf2 Liberation Sans Narrow
    pay = [("Granite Mutual Insurance", commercial), ("Granite Mutual Insurance", commercial)]
    st = PlanState(ded_left=Decimal("75.00"))
    pts = ["Whitcombe, Larkin", "Osei-Bonsu, Afia", "Whitcombe, Rowan", "Delgado, Ines"]
    spec = [[(5, "97166", 1, ["GO"]), (7, "97530", 3, ["GO"]), (12, "97530", 3, ["GO"]), (12, "97533", 1, ["GO"])],
            [(6, "92523", 1, []), (13, "92507", 1, [])],
            [(8, "97110", 2, ["GP"]), (8, "97140", 2, ["GP", "59"]), (15, "97110", 2, ["GP"]), (15, "97760", 1, ["GP"], "PR")],
            [(9, "97168", 1, ["GO"]), (16, "97530", 2, ["GO"]), (16, "99213", 1, ["25"])]]
    cls = []
    for i, sp in enumerate(spec):
        sp = [x if x[1] != "97533" else x for x in sp]
        sv = []
        for x in sp:
            if x[1] == "97533":
                s = Svc(D(x[0]), "97535", Decimal(1), tuple(x[3]), desc="Sensory integration techniques")
                s.code = "97533"
                s.billed = Decimal("88.00")
                commercial(s, st)
                sv.append(s)
            else:
                sv += mk(commercial, [x], st=st, deny_reason="204")
        for s in sv:
            s.remarks = ["M86"] if s.denied else []
        pcn, acct = f"GMI-{26003100 + i * 45}", f"{71800 + i * 9}"
        cls.append(Claim(acct, pcn, pts[i], sv,
                         [f"Patient: {pts[i]}   Acct #{acct}   Payer Claim #: {pcn}",
                          f"Payer: {pay[i % 2][0]}   Rendering: T. Albrecht, OTR/L   Status: Processed as primary"]))
    mn = lambda d: money(d, "$", "()")  # noqa: E731
    Ls.append(Layout(
        "p2_therabill_remit_report", "practice-management remittance report", FP, False, "",
        FONTS + "liberation/LiberationSansNarrow-Regular.ttf", FONTS + "liberation/LiberationSansNarrow-Bold.ttf",
        7.5, 11,
        [("DOS", 40, "l", lambda s: dfmt(s.dos, "mdy4")), ("CPT", 86, "l", lambda s: s.code),
         ("Mod", 112, "l", lambda s: ",".join(s.mods)), ("Units", 160, "r", lambda s: units_str(s.units)),
         ("Charge", 210, "r", lambda s: mn(s.billed)), ("Allowed", 256, "r", lambda s: mn(s.allowed)),
         ("Adjustments", 264, "l", lambda s: madj(s.adjs, mn)), ("Pt Resp", 500, "r", lambda s: mn(s.owes)),
         ("Paid", 548, "r", lambda s: mn(s.paid)), ("Rmk", 556, "l", lambda s: " ".join(s.remarks))],
        ("billed", "allowed", "patient_owes", "paid"), True, True, True, False, mn, lambda d: dfmt(d, "mdy4"),
        furn(["TheraBill Practice Suite - ERA Posting Report", "Hollister Motion & Hand Therapy, 5 Millrace Ct, Dunmore VT 05301",
              "Deposit: EFT 7719004 on 02/11/2026   Payer: Granite Mutual Insurance   Batch 0211-03"],
             ["Run 02/12/2026 08:14", "User: billing2"], 8),
        std_footer("TheraBill Practice Suite v9.4  -  ERA posting detail  -  confidential patient information"),
        cls, [("M86", "Service was denied because a related service was paid on the same day (payer remark).")],
        lambda c, t: [(40, "l", "Claim total"), (210, "r", mn(t["billed"])), (256, "r", mn(t["allowed"])),
                      (500, "r", mn(t["patient_owes"])), (548, "r", mn(t["paid"]))],
        repeat_head=True, bottom=720, boxed=True, force_at=(9,)))

    # ---------------- s1 therapy clinic family statement, reportlab Liberation Sans
    st = PlanState(ded_left=Decimal("100.00"))
    kids = ["Juniper Ashgrove", "Felix Ashgrove", "Wren Ashgrove"]
    spec = [(0, [(5, "97165", 1, ["GO"]), (12, "97530", 3, ["GO"]), (12, "97533", 1, ["GO"]), (19, "97530", 3, ["GO"])]),
            (1, [(6, "92523", 1, ["GN"]), (13, "92507", 1, ["GN"]), (20, "92507", 1, ["GN"])]),
            (2, [(7, "97161", 1, ["GP"]), (14, "97110", 2, ["GP"]), (14, "97112", 2, ["GP"]), (21, "97150", 1, ["GP"], "PR")])]
    cls = []
    for i, (w, sp) in enumerate(spec):
        sv = []
        for x in sp:
            if x[1] == "97533":
                s = Svc(D(x[0]), "97535", Decimal(1), tuple(x[3]), desc="Sensory processing activities")
                s.code, s.billed = "97533", Decimal("92.00")
                commercial(s, st)
                sv.append(s)
            else:
                sv += mk(commercial, [x], st=st)
        for s in sv:
            s.remarks = []
        acct = f"LS-{3301 + i * 2}"
        cls.append(Claim(acct, f"BLU{9040033 + i * 8}", kids[w], sv,
                         [f"Patient: {kids[w]}   Visit account {acct}", f"Billed to Bluewater Family Health   Insurance claim BLU{9040033 + i * 8}"]))
    Ls.append(Layout(
        "s1_littlesteps_family_statement", "therapy clinic family statement", RL, False, "", FONTS + "liberation/LiberationSans-Regular.ttf",
        FONTS + "liberation/LiberationSans-Bold.ttf", 7.5, 11.5,
        [("Date", 36, "l", lambda s: dfmt(s.dos, "mdy4")),
         ("Description", 86, "l", lambda s: f"{s.code} {'/'.join(s.mods)} {cut(s.desc, 24)}"),
         ("Qty", 276, "r", lambda s: units_str(s.units)), ("Charges", 336, "r", lambda s: m(s.billed)),
         ("Insurance\npaid", 396, "r", lambda s: m(s.paid)), ("Insurance\nadjustment", 460, "r", lambda s: m(s.discount + s.not_covered if s.denied == "CO" else s.discount)),
         ("Your\nbalance", 540, "r", lambda s: m(s.owes))],
        ("billed", "paid", "patient_owes"), True, True, False, False, m, lambda d: dfmt(d, "mdy4"),
        furn(["Little Steps Pediatric Therapy", "Family Statement",
              "Guarantor: Marisol Ashgrove, 62 Fernbank Road, Quillan, OR 97321   Guarantor acct G-1180"],
             ["Statement date 02/15/2026", "Amount due 03/10/2026", "Pay online or call (541) 555-0117"], 9),
        std_footer("Little Steps Pediatric Therapy | 400 Brook Ave Ste 2, Quillan OR 97321 | Please detach and return the stub."),
        cls, [],
        lambda c, t: [(86, "l", "Visit group total"), (336, "r", m(t["billed"])), (396, "r", m(t["paid"])),
                      (540, "r", m(t["patient_owes"]))],
        repeat_head=False, bottom=720, force_at=(5,)))

    # ---------------- s2 hospital outpatient-rehab family statement, fpdf2 DejaVu Sans Condensed, trailing minus
    pts = ["Tomasz Breckenridge", "Hana Breckenridge"]
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.10"))
    spec = [(0, [(5, "97163", 1, ["GP"]), (7, "97110", 3, ["GP"]), (7, "97140", 2, ["GP"]), (9, "97116", 2, ["GP"]),
                 (12, "97110", 3, ["GP"]), (14, "97530", 2, ["GP"]), (16, "G0283", 1, ["GP"])]),
            (1, [(6, "97167", 1, ["GO"]), (8, "97530", 2, ["GO"]), (8, "97535", 2, ["GO"]), (13, "97760", 1, ["GO"]),
                 (13, "L3807", 1, ["LT"])]),
            (0, [(20, "99213", 1, []), (21, "97110", 2, ["GP"])])]
    rev = {"97163": "0424", "97110": "0420", "97140": "0420", "97116": "0420", "97530": "0420", "G0283": "0420",
           "97167": "0434", "97535": "0430", "97760": "0430", "L3807": "0274", "99213": "0510"}
    cls = []
    for i, (w, sp) in enumerate(spec):
        sv = mk(commercial, sp, st=st)
        for s in sv:
            s.remarks = []
        acct = f"HA{20660410 + i * 77}"
        cls.append(Claim(acct, f"PLX{8801120 + i}", pts[w], sv,
                         [f"{pts[w]}    Hospital account {acct}    Outpatient Rehabilitation",
                          f"Pinewell Health Plan claim PLX{8801120 + i} processed 02/02/2026"]))
    mt = lambda d: money(d, ",", "trail")  # noqa: E731
    Ls.append(Layout(
        "s2_stcatherine_family_statement", "hospital family statement", FP, False, "", FONTS + "dejavu/DejaVuSansCondensed.ttf",
        FONTS + "dejavu/DejaVuSansCondensed-Bold.ttf", 7, 10.5,
        [("Service date", 36, "l", lambda s: dfmt(s.dos, "dmy")), ("Rev", 92, "l", lambda s: rev[s.code]),
         ("Code", 116, "l", lambda s: s.code), ("Mod", 146, "l", lambda s: " ".join(s.mods)),
         ("Description", 172, "l", lambda s: cut(s.desc, 28)), ("Qty", 318, "r", lambda s: units_str(s.units)),
         ("Charges", 370, "r", lambda s: mt(s.billed)), ("Insurance\npayment", 424, "r", lambda s: mt(-s.paid)),
         ("Insurance\nadjustment", 482, "r", lambda s: mt(-s.discount)), ("Patient\nbalance", 540, "r", lambda s: mt(s.owes))],
        ("billed", "paid", "discount", "patient_owes"), True, True, False, False, mt, lambda d: dfmt(d, "dmy"),
        furn(["St. Catherine of the Lakes Hospital", "Patient Family Statement",
              "Responsible party: Adela Breckenridge   Family account F-402217   3 Loon Point Rd, Tamsin WI 54901"],
             ["Statement 02/18/2026", "Balance due upon receipt", "Billing office (920) 555-0142"], 9),
        std_footer("St. Catherine of the Lakes Hospital - Patient Financial Services - Financial assistance is available."),
        cls, [],
        lambda c, t: [(172, "l", "Account total"), (370, "r", mt(t["billed"])), (424, "r", mt(-Decimal(t["paid"]))),
                      (540, "r", mt(t["patient_owes"]))],
        repeat_head=True, bottom=720, force_at=(4, 11)))
    return Ls


# ------------------------------------------------------------------------------------------- check
def page_lines(pdf):
    import pdfplumber
    out, texts = [], []
    with pdfplumber.open(pdf) as doc:
        for p in doc.pages:
            ws = p.extract_words(keep_blank_chars=False, use_text_flow=False)
            rows = {}
            for w in ws:
                key = round(w["bottom"])
                k = next((r for r in rows if abs(r - key) <= 2), key)
                rows.setdefault(k, []).append(w)
            lines = [" ".join(w["text"] for w in sorted(v, key=lambda w: w["x0"])) for _, v in sorted(rows.items())]
            out.append(lines)
            texts.append(p.extract_text() or "")
    return out, "\n".join(texts)


def check(L, path, checks):
    errs = []
    t = json.loads(Path(str(path) + ".truth.json").read_text())
    plines, alltext = page_lines(path)
    if len(plines) != t["pages"]:
        errs.append(f"page count {len(plines)} != {t['pages']}")
    flat = " ".join(alltext.split())
    for ln in t["lines"]:
        toks = [L.fmt_date(date.fromisoformat(ln["service_date"])), ln["code"]] + ln["modifiers"]
        if ln["units"] is not None:
            toks.append(ln["units"])
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
                  "discount"):
            if ln[k] is not None:
                v = Decimal(ln[k])
                toks.append(L.fmt_money(-v if (L.name.startswith("s2") and k in ("paid", "discount")) else v))
        for g, r, a in ln["adjustments"]:
            toks.append(f"{g}-{r} {L.fmt_money(Decimal(a))}")
        toks += ln["remarks"]
        ok = any(all(x in row for x in toks) for row in plines[ln["page"] - 1])
        if not ok:
            errs.append(f"line not found on page {ln['page']}: {toks}")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in flat:
                errs.append(f"{k} {ln[k]} not in text")
        b, p = Decimal(ln["billed"]), Decimal(ln["paid"])
        if ln["adjustments"]:
            if b - sum(Decimal(a) for _, _, a in ln["adjustments"]) != p:
                errs.append(f"adjustments do not balance {ln}")
        parts = [ln[k] for k in ("discount", "not_covered", "deductible", "copay", "coinsurance")]
        if ln["discount"] is not None and ln["not_covered"] is not None and all(x is not None for x in parts[2:]):
            if b - sum(Decimal(x) for x in parts) != p:
                errs.append(f"member arithmetic fails {ln}")
    planted = {f.split("claim ")[1].split(":")[0] for f in t["expected_findings"]}
    for c in t["claims"]:
        ls = [x for x in t["lines"] if x["claim_id"] == c["claim_id"] and x["payer_claim_id"] == c["payer_claim_id"]]
        for k, v in c["totals"].items():
            if v is None:
                continue
            s = sum(Decimal(x[k]) for x in ls)
            if s != Decimal(v) and c["payer_claim_id"] not in planted:
                errs.append(f"claim {c['payer_claim_id']} total {k} {v} != {s}")
            if s == Decimal(v) and c["payer_claim_id"] in planted and k == "patient_owes":
                errs.append("planted mismatch not planted")
    return errs


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout102_"))
    if (ROOT / "samples").resolve() in out.resolve().parents or out.resolve() == (ROOT / "samples").resolve():
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    for L in layouts():
        path, checks = render(L, out)
        t = json.loads(Path(str(path) + ".truth.json").read_text())
        msg = f"{path.name}: {len(t['lines'])} lines, {t['pages']} pages, {t['producer']}"
        if "--check" in argv:
            errs = check(L, path, checks)
            bad += len(errs)
            msg += "  OK" if not errs else "  FAIL\n    " + "\n    ".join(errs[:8])
        print(msg)
    print(out)
    if "--check" in argv and bad:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
