"""Write held-out set 131 of synthetic PDF EOB layouts (with truth files) into a folder: two layouts of each of
the five commonest real document kinds, each in a house style of its own, for one honest measurement of the PDF
reader. Written independently of the reader (its code, tests and scores were not looked at).

Run:  python bench/heldout131/make_heldout131_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout131/make_heldout131_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed for the line); claim_id = the provider's own account /
patient-control / invoice / visit number, payer_claim_id = the payer's claim number / ICN / TCN / reference,
patient exactly as printed (the person who got the service, not the subscriber or guarantor). Adjustments are
truth only where the page prints group + reason code + amount on the line; statement write-offs carry no code,
so they are not truth adjustments. Every name, number, payer, provider, address and ID is invented; descriptions
are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, seeded choices).

Layouts (two each of: commercial member EOB, Medicare Summary Notice / MA member EOB, state Medicaid RA,
Medicare-style paper remit from a clearinghouse / PM system, family statement from a clinic / hospital):
  c1  commercial member EOB, reportlab portrait Liberation Sans: right-hand "Your plan year so far" sidebar on
      page 1, claims headed "Claim for Name (relationship)  Claim number  Provider account", columns Date /
      Service / Code "97530-GO" / Units / Provider billed / Plan discount / Allowed amount / Deductible / Copay /
      Coinsurance / Plan paid / Your share / Note, wrapped long descriptions on a second row, lettered
      notes legend, 3 family members, a PR-denied line, claim continues onto the next page under a repeated head
  c2  commercial HMO/POS member "Claims Activity Statement", fpdf2 landscape DejaVu Serif: boxed per-claim band
      "Patient / Claim Ref / Your provider's patient # / Received / Processed", columns Service dates / Procedure /
      Mod / Qty "1.0" / Amount charged / Amount not allowed / Covered / Deductible / Copay / Coinsurance / Paid to
      provider / What you owe / Code, per-visit copay, 4 family members, no repeated header on continuation
  m1  Medicare Summary Notice Part B, fpdf2 portrait Liberation Sans: boxed beneficiary panel and deductible
      sidebar, "Your Claims for Part B", claims headed by the date, "Claim Number", "Provider", rows with the
      number of services leading the description and the code in parentheses "2 Manual therapy (97140-GP)",
      Service Approved? / Amount Provider Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum
      You May Be Billed / See Notes, one beneficiary, a claim continues onto the next page with its head repeated;
      no per-row date (each claim is one date of service, printed in the claim head)
  m2  Medicare Advantage PPO member EOB, reportlab portrait DejaVu Sans Condensed: "Your medical claims this
      month", claim heads with "Claim number" and "Patient account no.", columns Date / Description / Code /
      Modifier / Units / Provider charged / Plan-approved amount / Plan paid / You paid or owe / Deductible /
      Coinsurance / Notes, sequestration-free MA, a non-covered line, YTD out-of-pocket panel
  d1  state Medicaid remittance advice, reportlab landscape Courier, ruled sections "CLAIMS PAID" / "CLAIMS
      DENIED" / "CLAIM ADJUSTMENTS": claim header "RECIPIENT NAME / MEDICAID NO / ICN / PAT ACCT NO" then lines
      "LN FROM-DOS TO-DOS PROC M1 M2 UNITS BILLED ALLOWED PAID ADJ CARC-AMT", dates "011126", units "2.00", a
      void with trailing minus and its replacement, CARC legend, page banner and column heading on every page
  d2  state Medicaid "Provider Remittance Statement", fpdf2 portrait Liberation Sans Narrow boxed grid:
      "Member / Member ID / Claim Control # / Your Claim # / Status", detail "Dtl / DOS / Proc / Mods / Qty /
      Charged / Approved / Paid / Adj Group-Reason / Amt ("CO-45 12.30") / Remark", a 20-line claim over a page break with the
      claim band "(cont'd)" and grid head repeated, zero-pay denied lines
  p1  Medicare-style standard paper remit from a clearinghouse, reportlab portrait Courier: "PERF PROV SERV DATE
      POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD", claim heads "NAME / MID / ACNT / ICN /
      ASG / MOA", dates "0105 010526", first adjustment on the service row and the others (PR-1, PR-2, CO-253)
      stacked under it, "CNTL #" line numbers, "PT RESP" and "CLAIM TOTALS" lines, NET line
  p2  practice-management "Insurance Payment Posting Detail", fpdf2 landscape DejaVu Sans Condensed: ruled
      claim bands "Patient / Acct # / Payer ICN / Check", columns DOS / CPT / Mod / Units / Charge / Allowed /
      Deduct / Coins / Adjustment codes "CO45 27.10 PR2 5.82" / Paid / Pt Resp, claim subtotal rows, a reversal with
      parenthesised amounts and its correction, a denied line
  s1  outpatient therapy clinic family statement, reportlab portrait Times core: remit stub with "Amount Due" and
      "Amount Enclosed" boxes, activity table Date / Patient / Description / CPT "97140-GO-59" / Units / Charge /
      Ins Paid / Ins Adj / Balance, visit band "Visit V... Billed to ... Ins claim # ...", 3 family members,
      wrapped descriptions, a patient payment as a non-service row, no repeated header on page 2
  s2  hospital outpatient-rehab guarantor statement, fpdf2 portrait Liberation Serif: two-column account summary,
      per-account "Account No. / Patient / Visit dates / Insurance claim no.", detail Date / Rev / HCPCS / Mod /
      Description / Qty / Charges / Insurance Paid / Insurance Adj / You Owe, 3 family members (guarantor
      included), wrapped descriptions, a 20-line account, a second page (band repeated if an account breaks)

The self-check (--check) tests the factory, not the reader: page counts; every truth line's date, code,
modifiers, units and printed amounts (in the layout's own format) appear on ONE extracted text line of its page;
ids and patients appear in the page text; billed - discount - not covered = allowed and
allowed - deductible - copay - coinsurance = paid where those are printed; billed - adjustments = paid where
every adjustment is printed; claim totals = sum of lines; at least three files have a claim spanning pages.
"""
from __future__ import annotations

import json
import random
import re
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
import eobgen as E  # noqa: E402
from eobgen import Svc, PlanState, money, dfmt, q, ZERO, LONG_DESC  # noqa: E402

FONTS = "/usr/share/fonts/truetype/"
TTF = {
    "LiberationSans": FONTS + "liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": FONTS + "liberation/LiberationSans-Bold.ttf",
    "LiberationSansNarrow": FONTS + "liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": FONTS + "liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationSerif": FONTS + "liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": FONTS + "liberation/LiberationSerif-Bold.ttf",
    "DejaVuSerif": FONTS + "dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": FONTS + "dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansCondensed": FONTS + "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": FONTS + "dejavu/DejaVuSansCondensed-Bold.ttf",
}
CORE = {"Courier": "Courier-Bold", "Times-Roman": "Times-Bold", "Helvetica": "Helvetica-Bold"}


# ------------------------------------------------------------------------------------------ page model

class Doc:
    def __init__(self, W: float, H: float, font: str, size: float):
        self.W, self.H, self.font, self.size = W, H, font, size
        self.pages: list[list[tuple]] = []
        self.y = 0.0
        self.new_page()

    def bold(self) -> str:
        return CORE.get(self.font, self.font + "-Bold")

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 40.0

    @property
    def page(self) -> int:
        return len(self.pages)

    def text(self, x, y, s, size=None, bold=False, align="l"):
        self.pages[-1].append(("t", x, y, s, self.bold() if bold else self.font, size or self.size, align))

    def line(self, x1, y1, x2, y2, w=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, fill=None):
        self.pages[-1].append(("r", x, y, w, h, fill))


def width_of(s: str, font: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics
    _reg_rl()
    return pdfmetrics.stringWidth(s, font, size)


_RL_DONE = False


def _reg_rl():
    global _RL_DONE
    if _RL_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, p in TTF.items():
        pdfmetrics.registerFont(TTFont(n, p))
    _RL_DONE = True


def render_rl(doc: Doc, path: Path, title: str) -> None:
    from reportlab.pdfgen import canvas
    _reg_rl()
    c = canvas.Canvas(str(path), pagesize=(doc.W, doc.H), invariant=1)
    c.setTitle(title)
    c.setAuthor("synthetic")
    for items in doc.pages:
        for it in items:
            if it[0] == "t":
                _, x, y, s, f, sz, al = it
                c.setFont(f, sz)
                if al == "r":
                    c.drawRightString(x, doc.H - y, s)
                elif al == "c":
                    c.drawCentredString(x, doc.H - y, s)
                else:
                    c.drawString(x, doc.H - y, s)
            elif it[0] == "l":
                _, x1, y1, x2, y2, w = it
                c.setLineWidth(w)
                c.line(x1, doc.H - y1, x2, doc.H - y2)
            else:
                _, x, y, w, h, fill = it
                c.setLineWidth(0.6)
                if fill:
                    c.setFillGray(fill)
                    c.rect(x, doc.H - y - h, w, h, stroke=1, fill=1)
                    c.setFillGray(0)
                else:
                    c.rect(x, doc.H - y - h, w, h, stroke=1, fill=0)
        c.showPage()
    c.save()


def render_fp(doc: Doc, path: Path, title: str) -> None:
    from fpdf import FPDF
    from datetime import datetime, timezone
    pdf = FPDF(unit="pt", format=(doc.W, doc.H))
    pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=timezone.utc))
    pdf.set_title(title)
    pdf.set_auto_page_break(False)
    used = {f for items in doc.pages for it in items if it[0] == "t" for f in [it[4]]}
    for f in used:
        if f in TTF:
            pdf.add_font(f, "", TTF[f])
    for items in doc.pages:
        pdf.add_page()
        for it in items:
            if it[0] == "t":
                _, x, y, s, f, sz, al = it
                if f in TTF:
                    pdf.set_font(f, "", sz)
                else:
                    base = {"Courier-Bold": ("Courier", "B"), "Times-Bold": ("Times", "B"),
                            "Helvetica-Bold": ("Helvetica", "B"), "Times-Roman": ("Times", "")}.get(f, (f, ""))
                    pdf.set_font(base[0], base[1], sz)
                w = pdf.get_string_width(s)
                xx = x - w if al == "r" else (x - w / 2 if al == "c" else x)
                pdf.text(xx, y, s)
            elif it[0] == "l":
                _, x1, y1, x2, y2, w = it
                pdf.set_line_width(w)
                pdf.line(x1, y1, x2, y2)
            else:
                _, x, y, w, h, fill = it
                pdf.set_line_width(0.6)
                if fill:
                    g = int(fill * 255)
                    pdf.set_fill_color(g, g, g)
                    pdf.rect(x, y, w, h, style="DF")
                else:
                    pdf.rect(x, y, w, h)
    pdf.output(str(path))


# ------------------------------------------------------------------------------------------ invented data

FIRST = ["Maya", "Tobias", "Ines", "Rafael", "Keziah", "Oren", "Lucia", "Dmitri", "Amara", "Callum", "Noor",
         "Jasper", "Wren", "Idris", "Solveig", "Ezra", "Marisol", "Bastian", "Priya", "Leopold"]
LAST = ["Okafor", "Lindqvist", "Barrowe", "Quintero", "Halvorsen", "Mbeki", "Castellane", "Ferreira", "Tsang",
        "Duvall", "Pennington", "Achterberg", "Rosales", "Whitcombe", "Nakamura"]
OT = [("97530", ("GO",)), ("97110", ("GO",)), ("97112", ("GO",)), ("97140", ("GO", "59")), ("97535", ("GO",)),
      ("92507", ("GN",)), ("97110", ("GP",)), ("97140", ("GP",)), ("97112", ("GP", "KX")), ("97116", ("GP",)),
      ("97530", ("GP", "CQ")), ("97129", ("GN",)), ("97760", ("GO",)), ("G0283", ("GP",)), ("97150", ("GO",))]
EVAL = [("97165", ("GO",)), ("97166", ("GO",)), ("97167", ("GO",)), ("97168", ("GO",)), ("97161", ("GP",)),
        ("97163", ("GP",)), ("92523", ("GN",))]
OTHER = [("99213", ()), ("L3807", ("RT",)), ("0552T", ())]


class Claim:
    def __init__(self, patient, rel, claim_id, payer_id, svcs, extra=None):
        self.patient, self.rel, self.claim_id, self.payer_id, self.svcs = patient, rel, claim_id, payer_id, svcs
        self.extra = extra or {}


def make_claims(rng: random.Random, plan: str, patients: list[tuple[str, str]], n_claims: int, start: date,
                lines=(2, 6), deny_every=0, big=None, mods=True, big_at=1,
                same_day=False) -> list[Claim]:
    claims = []
    st = {p: PlanState(ded_left=Decimal(rng.choice(["0", "75", "150"])), coins_rate=Decimal("0.20"),
                       visit_copay=Decimal("30.00") if plan == "copay" else ZERO) for p, _ in patients}
    k = 0
    for i in range(n_claims):
        pat, rel = patients[i % len(patients)]
        d0 = start + timedelta(days=3 * i + rng.randint(0, 2))
        n = big if (big and i == big_at) else rng.randint(*lines)
        svcs = []
        for j in range(n):
            dos = d0 + timedelta(days=7 * (j // 4)) if n > 6 and not same_day else d0
            if j == 0 and rng.random() < 0.3:
                code, md = rng.choice(EVAL)
                u = 1
            elif rng.random() < 0.1:
                code, md = rng.choice(OTHER)
                u = 1
            else:
                code, md = rng.choice(OT)
                u = rng.choice([1, 1, 2, 2, 3, 4])
            if code in ("97165", "97166", "97167", "97168", "97161", "97163", "92523", "99213", "L3807"):
                u = 1
            k += 1
            denied = None
            if deny_every and k % deny_every == 0:
                denied = "PR" if plan in ("commercial", "copay", "medicare") else "CO"
            s = Svc(dos, code, Decimal(u), md if mods else (), desc=LONG_DESC.get(code, "") if False else "",
                    denied=denied)
            if plan in ("commercial", "copay"):
                E.commercial(s, st[pat], deny_reason="96")
            elif plan == "medicare":
                E.medicare(s, st[pat], deny_reason="50")
            elif plan == "ma":
                E.medicare(s, st[pat], sequestration=False, deny_reason="96")
            else:
                E.medicaid(s, deny_reason="16" if j % 2 else "119")
            svcs.append(s)
        claims.append(Claim(pat, rel, f"{rng.randint(100000, 999999)}", f"{rng.randint(10**12, 10**13 - 1)}", svcs))
    return claims


def mods_s(s, sep=" "):
    return sep.join(s.mods)


# ------------------------------------------------------------------------------------------ table engine

class Layout:
    """A claims table layout; columns are (header lines, x, align, key)."""
    name = ""
    producer = "reportlab"
    W, H = 612.0, 792.0
    font, size = "Helvetica", 8.0
    mstyle, neg = ",", "-"
    dstyle = "mdy4"
    bottom = 60.0
    row_h = 11.0
    repeat_head = True
    repeat_claim = True
    code_fmt = "dash"      # how code+mods appear in the 'code' column: dash/space/glued/code-only
    units_fmt = "int"
    desc_wrap = 0           # chars before wrapping description onto a second row (0: no wrap)
    adj_fmt = "dash"       # CO-45 12.00 / CO45 12.00
    total_label = "Claim totals"
    cont_label = "(continued)"
    kind = ""

    def __init__(self, rng):
        self.rng = rng
        self.doc = Doc(self.W, self.H, self.font, self.size)
        self.truth_lines, self.truth_claims = [], []
        self.in_claim = None
        self.claim_pages = {}

    # -- formatting
    def m(self, d):
        return money(d, self.mstyle, self.neg)

    def u(self, s):
        if self.units_fmt == "int":
            return E.units_str(s.units)
        if self.units_fmt == "1dp":
            return f"{s.units:.1f}"
        if self.units_fmt == "2dp":
            return f"{s.units:.2f}"
        return E.units_str(s.units)

    def codecell(self, s):
        if self.code_fmt == "dash":
            return "-".join((s.code,) + s.mods)
        if self.code_fmt == "space":
            return " ".join((s.code,) + s.mods)
        if self.code_fmt == "glued":
            return s.code + "".join(s.mods)
        return s.code

    def adjcell(self, s):
        sep = "-" if self.adj_fmt == "dash" else ""
        return " ".join(f"{g}{sep}{r} {self.m(a)}" for g, r, a in s.adjs if a)

    def value(self, key, s, c):
        return {
            "date": lambda: dfmt(s.dos, self.dstyle), "desc": lambda: s.desc, "code": lambda: self.codecell(s),
            "mods": lambda: mods_s(s), "units": lambda: self.u(s), "billed": lambda: self.m(s.billed),
            "discount": lambda: self.m(s.discount), "allowed": lambda: self.m(s.allowed),
            "not_covered": lambda: self.m(s.not_covered), "deductible": lambda: self.m(s.deductible),
            "copay": lambda: self.m(s.copay), "coinsurance": lambda: self.m(s.coinsurance),
            "paid": lambda: self.m(s.paid), "owes": lambda: self.m(s.owes), "adj": lambda: self.adjcell(s),
            "rmk": lambda: " ".join(s.remarks), "pat": lambda: c.patient, "seq": lambda: self.m(s.seq),
            "appr": lambda: "No" if s.denied else "Yes",
            "mod1": lambda: s.mods[0] if len(s.mods) > 0 else "", "mod2": lambda: s.mods[1] if len(s.mods) > 1 else "",
        }[key]()

    # -- hooks
    columns: list = []

    def page_top(self, first: bool):
        pass

    def claim_head(self, c: Claim, cont: bool):
        pass

    def footer(self, n, total):
        d = self.doc
        d.text(d.W / 2, d.H - 28, f"Page {n} of {total}", size=7, align="c")

    def col_head(self):
        d = self.doc
        nl = max(len(h) for h, *_ in self.columns)
        for h, x, al, _k in self.columns:
            for i, t in enumerate(h):
                d.text(x, d.y + i * (self.size + 1), t, bold=True, align=al)
        d.y += nl * (self.size + 1) + 1
        d.line(36, d.y - self.size + 1, d.W - 36, d.y - self.size + 1, 0.4)
        d.y += 3

    def need(self, h, c=None):
        d = self.doc
        if d.y + h > d.H - self.bottom:
            d.new_page()
            self.page_top(False)
            if c is not None and self.repeat_claim:
                self.claim_head(c, True)
            if c is not None and self.repeat_head:
                self.col_head()
            if c is not None:
                self.claim_pages.setdefault(c.claim_id, set()).add(d.page)
            return True
        return False

    def printed(self):
        keys = {k for *_, k in self.columns}
        mp = {"billed": "billed", "discount": "discount", "allowed": "allowed", "not_covered": "not_covered",
              "deductible": "deductible", "copay": "copay", "coinsurance": "coinsurance", "paid": "paid",
              "owes": "patient_owes"}
        return tuple(v for k, v in mp.items() if k in keys)

    def svc_row(self, c: Claim, s: Svc):
        d = self.doc
        wrap = self.desc_wrap and len(s.desc) > self.desc_wrap
        self.need(self.row_h * (2 if wrap else 1), c)
        self.claim_pages.setdefault(c.claim_id, set()).add(d.page)
        for _h, x, al, k in self.columns:
            v = self.value(k, s, c)
            if k == "desc" and wrap:
                cut = s.desc.rfind(" ", 0, self.desc_wrap)
                d.text(x, d.y, s.desc[:cut], align=al)
                d.text(x + 6, d.y + self.row_h - 1, s.desc[cut + 1:], align=al)
            else:
                d.text(x, d.y, v, align=al)
        self.record(c, s)
        d.y += self.row_h * (2 if wrap else 1)

    def record(self, c, s, **kw):
        keys = {k for *_, k in self.columns}
        adjs = [[g, r, a] for g, r, a in s.adjs if a] if "adj" in keys else []
        units = "units" in keys or getattr(self, "units_in_desc", False)
        mods = bool({"code", "mods", "mod1"} & keys) and self.code_fmt != "code-only" or "mods" in keys
        t = E.truth_line(self.doc.page, s, claim_id=c.claim_id if self.show_claim_id else None,
                         payer_claim_id=c.payer_id if self.show_payer_id else None, patient=c.patient,
                         printed=self.printed(), units=units, modifiers=mods, adjustments=adjs,
                         remarks=list(s.remarks))
        t.update(kw)
        self.truth_lines.append(t)

    show_claim_id = True
    show_payer_id = True

    def claim_total(self, c: Claim):
        d = self.doc
        self.need(self.row_h + 2, c)
        d.line(36, d.y - self.size, d.W - 36, d.y - self.size, 0.3)
        first = True
        tot = {}
        for _h, x, al, k in self.columns:
            if k in ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
                     "owes"):
                v = E.total(c.svcs, k)
                tot[k] = v
                d.text(x, d.y, self.m(v), bold=True, align=al)
            elif first:
                d.text(x if al == "l" else 40, d.y, self.total_label, bold=True)
                first = False
        d.y += self.row_h + 6
        return tot

    def add_claim_truth(self, c, tot):
        self.truth_claims.append({
            "claim_id": c.claim_id if self.show_claim_id else None,
            "payer_claim_id": c.payer_id if self.show_payer_id else None, "patient": c.patient,
            "totals": E.claim_totals(tot.get("billed"), tot.get("allowed"), tot.get("paid"), tot.get("owes")),
        })

    def body(self, claims):
        for c in claims:
            self.need(self.row_h * 5)
            self.claim_head(c, False)
            self.col_head()
            for s in c.svcs:
                self.svc_row(c, s)
            tot = self.claim_total(c)
            self.add_claim_truth(c, tot)

    def finish(self):
        n = len(self.doc.pages)
        for i in range(n):
            self.doc.pages[i].append(("noop",)) if False else None
            saved = self.doc.pages
            self.doc.pages = saved[: i + 1]
            self.footer(i + 1, n)
            self.doc.pages = saved
        return n


# ------------------------------------------------------------------------------------------ layouts

class C1(Layout):
    name, kind, producer = "c1_commercial_eob", "commercial member EOB", "reportlab"
    font, size = "LiberationSans", 7.2
    mstyle = "$"
    dstyle = "mdy2"
    desc_wrap = 26
    total_label = "Totals"
    row_h = 10.5
    columns = [(["Date"], 36, "l", "date"), (["Service"], 72, "l", "desc"), (["Code"], 168, "l", "code"),
               (["Units"], 232, "r", "units"), (["Provider", "billed"], 276, "r", "billed"),
               (["Plan", "discount"], 318, "r", "discount"), (["Allowed", "amount"], 360, "r", "allowed"),
               (["Deductible"], 400, "r", "deductible"), (["Copay"], 434, "r", "copay"),
               (["Co-", "insurance"], 478, "r", "coinsurance"), (["Plan", "paid"], 518, "r", "paid"),
               (["Your", "share"], 562, "r", "owes"), (["Note"], 570, "l", "rmk")]

    def page_top(self, first):
        d = self.doc
        d.text(36, 40, "Harborlight Health Plan", size=15, bold=True)
        d.text(36, 52, "Explanation of Benefits  -  THIS IS NOT A BILL", size=9)
        d.text(576, 40, "Statement date: February 9, 2026", size=8, align="r")
        d.text(576, 50, "Member ID: HLX 4402917-01", size=8, align="r")
        d.line(36, 58, 576, 58, 1.2)
        d.y = 72
        if first:
            d.text(36, 74, "Gideon Lindqvist", size=9)
            d.text(36, 84, "2217 Alder Run Road", size=9)
            d.text(36, 94, "Wexmoor, OR 97009-2210", size=9)
            d.rect(396, 68, 180, 84)
            d.text(402, 80, "Your plan year so far (family)", bold=True, size=8)
            for i, (a, b) in enumerate([("Deductible met", "$1,125.00 of $3,000.00"),
                                        ("Out-of-pocket met", "$1,611.40 of $8,000.00"),
                                        ("Plan year", "01/01/26 - 12/31/26"), ("Group", "Corvane Mills 55012")]):
                d.text(402, 94 + i * 12, a, size=7.5)
                d.text(570, 94 + i * 12, b, size=7.5, align="r")
            d.text(36, 118, "Here is how your plan handled recent claims for you and your covered family.", size=8)
            d.text(36, 128, "Keep this notice with your records. Call 1-800-555-0147 (TTY 711) with questions.", size=8)
            d.y = 168

    def claim_head(self, c, cont):
        d = self.doc
        d.rect(36, d.y - 9, 540, 13, fill=0.9)
        d.text(40, d.y, f"Claim for {c.patient} ({c.rel})" + ("  (continued)" if cont else ""), bold=True)
        d.text(260, d.y, f"Claim number {c.payer_id}")
        d.text(400, d.y, f"Provider account {c.claim_id}")
        d.y += 11
        d.text(40, d.y, f"Provider: {c.extra['prov']}   Received {c.extra['recv']}   Processed {c.extra['proc']}")
        d.y += 13

    def run(self):
        rng = self.rng
        fam = [("Gideon Lindqvist", "Subscriber"), ("Solveig Lindqvist", "Spouse"), ("Wren Lindqvist", "Daughter")]
        claims = make_claims(rng, "commercial", fam, 5, date(2026, 1, 5), lines=(2, 5), deny_every=9, big=18,
                             big_at=3)
        provs = ["Bright Path Occupational Therapy", "Cedar Hollow Rehab Associates", "Wexmoor Hand & Upper Limb"]
        for i, c in enumerate(claims):
            c.extra = {"prov": provs[i % 3], "recv": "01/20/26", "proc": "02/03/26"}
            for s in c.svcs:
                if s.denied:
                    s.remarks = ["B"]
                elif s.deductible:
                    s.remarks = ["A"]
        self.page_top(True)
        self.body(claims)
        d = self.doc
        self.need(60)
        d.text(36, d.y, "Notes", bold=True, size=9)
        for i, t in enumerate(["A  Part of this amount went toward your deductible for the plan year.",
                               "B  This service is not a benefit of your plan; you may be billed for it.",
                               "Your provider agreed not to bill you for the plan discount."]):
            d.text(36, d.y + 11 * (i + 1), t, size=7.5)
        d.y += 50
        self.legend = [["A", "deductible applied"], ["B", "not a covered benefit"]]

    def footer(self, n, total):
        d = self.doc
        d.text(36, d.H - 28, "Harborlight Health Plan, PO Box 7710, Salem Ridge, OR 97399", size=6.5)
        d.text(576, d.H - 28, f"Page {n} of {total}", size=7, align="r")


class C2(Layout):
    name, kind, producer = "c2_commercial_claims_activity", "commercial member EOB", "fpdf2"
    W, H = 792.0, 612.0
    font, size = "DejaVuSerif", 7.0
    mstyle = ","
    dstyle = "mdy4"
    code_fmt = "code-only"
    units_fmt = "1dp"
    repeat_head = False
    repeat_claim = False
    total_label = "Claim total"
    columns = [(["Service dates"], 40, "l", "date"), (["Procedure"], 104, "l", "code"), (["Mod"], 150, "l", "mods"),
               (["Qty"], 200, "r", "units"), (["Amount", "charged"], 258, "r", "billed"),
               (["Amount not", "allowed"], 318, "r", "discount"), (["Covered"], 372, "r", "allowed"),
               (["Deductible"], 428, "r", "deductible"), (["Copay"], 474, "r", "copay"),
               (["Coinsurance"], 532, "r", "coinsurance"), (["Paid to", "provider"], 596, "r", "paid"),
               (["What you", "owe"], 654, "r", "owes"), (["Code"], 670, "l", "rmk")]

    def page_top(self, first):
        d = self.doc
        d.text(40, 36, "NORTHGATE CARE PARTNERS", size=13, bold=True)
        d.text(40, 47, "Claims Activity Statement  |  This is not a bill", size=8)
        d.text(752, 36, "Subscriber: Ezra Castellane   ID NGP-88120431", size=7.5, align="r")
        d.text(752, 46, "Statement period 01/01/2026 - 01/31/2026", size=7.5, align="r")
        d.line(40, 52, 752, 52, 0.8)
        d.y = 70
        if first:
            d.text(40, 68, "Plan: Northgate POS Silver 3500    Group: Tallis Freight Co-op 7741", size=7.5)
            d.text(40, 78, "Questions? Member Services 1-888-555-0193, Mon-Fri 8-6.  Keep this statement for tax records.",
                   size=7.5)
            d.y = 96

    def claim_head(self, c, cont):
        d = self.doc
        d.rect(40, d.y - 9, 712, 24)
        d.text(44, d.y, f"Patient: {c.patient}", bold=True)
        d.text(230, d.y, f"Claim Ref: {c.payer_id}")
        d.text(400, d.y, f"Your provider's patient #: {c.claim_id}")
        d.text(44, d.y + 10, f"Provider: {c.extra['prov']}   Received 01/22/2026   Processed 02/04/2026")
        d.y += 26

    def run(self):
        fam = [("Ezra Castellane", "Self"), ("Marisol Castellane", "Spouse"), ("Idris Castellane", "Son"),
               ("Noor Castellane", "Daughter")]
        claims = make_claims(self.rng, "copay", fam, 7, date(2026, 1, 6), lines=(2, 5), deny_every=11, big=14)
        for i, c in enumerate(claims):
            c.extra = {"prov": ["Tallis Valley Pediatric Therapy", "Ridgeback Physical Therapy"][i % 2]}
            for s in c.svcs:
                s.remarks = ["N4"] if s.denied else (["C1"] if s.copay else [])
        self.page_top(True)
        self.body(claims)
        d = self.doc
        self.need(40)
        d.text(40, d.y, "Code explanations:  C1 = office visit copay applied.  N4 = this service is excluded under your plan; the provider may bill you.",
               size=7)
        self.legend = [["C1", "visit copay"], ["N4", "excluded service"]]


class M1(Layout):
    name, kind, producer = "m1_medicare_summary_notice", "Medicare Summary Notice", "fpdf2"
    font, size = "LiberationSans", 8.0
    mstyle = "$"
    dstyle = "mdy4"
    row_h = 13
    units_in_desc = True
    total_label = "Total for this claim"
    show_claim_id = False
    columns = [(["Service Provided &", "Billing Code"], 40, "l", "svc"), (["Service", "Approved?"], 262, "c", "appr"),
               (["Amount", "Provider", "Charged"], 340, "r", "billed"), (["Medicare-", "Approved", "Amount"], 410, "r", "allowed"),
               (["Amount", "Medicare", "Paid"], 478, "r", "paid"), (["Maximum You", "May Be", "Billed"], 548, "r", "owes"),
               (["See", "Notes"], 556, "l", "rmk")]

    def value(self, key, s, c):
        if key == "svc":
            return f"{self.u(s)} {s.desc} ({self.codecell(s)})"
        return super().value(key, s, c)

    def page_top(self, first):
        d = self.doc
        d.text(40, 40, "Medicare Summary Notice for Part B (Medical Insurance)", size=11, bold=True)
        d.text(572, 40, "Beneficiary: Leopold Achterberg", size=8, align="r")
        d.line(40, 48, 572, 48, 1.5)
        d.y = 66
        if first:
            d.text(40, 64, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                   size=8)
            d.rect(40, 72, 250, 90)
            d.text(46, 84, "Leopold Achterberg", bold=True)
            d.text(46, 96, "Medicare Number XXXXXXX7KQ4")
            d.text(46, 108, "Date of This Notice: March 3, 2026")
            d.text(46, 120, "Claims Processed Between: Dec 1, 2025 - Feb 28, 2026")
            d.rect(310, 72, 262, 90, fill=0.93)
            d.text(316, 84, "Your Deductible Status", bold=True)
            d.text(316, 96, "You have met $257.00 of your $283.00")
            d.text(316, 108, "Part B deductible for 2026.")
            d.text(316, 126, "Be Informed: Review this notice and report", bold=True)
            d.text(316, 138, "any service you did not receive.")
            d.y = 184
            d.text(40, d.y, "Your Claims for Part B (Medical Insurance)", size=10, bold=True)
            d.y += 16

    def claim_head(self, c, cont):
        d = self.doc
        d.text(40, d.y, f"{dfmt(c.svcs[0].dos, 'mon')}" + (" (continued)" if cont else ""), bold=True, size=9)
        d.y += 11
        d.text(40, d.y, f"Claim Number: {c.payer_id}")
        d.text(300, d.y, f"Provider: {c.extra['prov']}")
        d.y += 10
        d.text(300, d.y, c.extra["addr"])
        d.y += 14

    def col_head(self):
        d = self.doc
        d.rect(36, d.y - 9, 540, 3 * 9 + 4, fill=0.9)
        for h, x, al, _k in self.columns:
            for i, t in enumerate(h):
                d.text(x, d.y + i * 9, t, bold=True, align=al, size=7.5)
        d.y += 3 * 9 + 8

    def run(self):
        who = [("Leopold Achterberg", "self")]
        claims = make_claims(self.rng, "medicare", who, 4, date(2025, 12, 15), lines=(3, 6), deny_every=10, big=16,
                             same_day=True)
        provs = [("Juniper Street Therapy Group", "118 Juniper St, Coldwater, MI 49036"),
                 ("Saint Brennan Outpatient Rehab", "900 Chapel Ave, Coldwater, MI 49036")]
        for i, c in enumerate(claims):
            c.extra = {"prov": provs[i % 2][0], "addr": provs[i % 2][1]}
            for s in c.svcs:
                s.remarks = ["B"] if s.denied else (["A"] if s.deductible else [])
        self.page_top(True)
        self.body(claims)
        d = self.doc
        self.need(60)
        d.text(40, d.y, "Notes for Part B", bold=True, size=9)
        d.text(40, d.y + 12, "A  This amount went toward your yearly Part B deductible.", size=8)
        d.text(40, d.y + 24, "B  Medicare does not pay for this service as billed; see your provider about it.", size=8)
        self.legend = [["A", "deductible"], ["B", "not covered"]]

    def footer(self, n, total):
        d = self.doc
        d.text(40, d.H - 30, "Leopold Achterberg", size=7)
        d.text(306, d.H - 30, "THIS IS NOT A BILL", size=7, align="c", bold=True)
        d.text(572, d.H - 30, f"Page {n} of {total}", size=7, align="r")


class M2(Layout):
    name, kind, producer = "m2_medicare_advantage_eob", "Medicare Advantage member EOB", "reportlab"
    font, size = "DejaVuSansCondensed", 7.0
    mstyle = "$"
    dstyle = "mdyn"
    code_fmt = "code-only"
    desc_wrap = 31
    total_label = "Claim total"
    columns = [(["Date"], 36, "l", "date"), (["Description"], 78, "l", "desc"), (["Code"], 214, "l", "code"),
               (["Modifier"], 244, "l", "mods"), (["Units"], 296, "r", "units"),
               (["Provider", "charged"], 340, "r", "billed"), (["Plan-approved", "amount"], 392, "r", "allowed"),
               (["Plan", "paid"], 430, "r", "paid"), (["Deductible"], 472, "r", "deductible"),
               (["Coinsurance"], 516, "r", "coinsurance"), (["You paid", "or owe"], 554, "r", "owes"),
               (["Notes"], 560, "l", "rmk")]

    def page_top(self, first):
        d = self.doc
        d.text(36, 40, "Silverfield Medicare Advantage PPO", size=13, bold=True)
        d.text(36, 51, "Explanation of Benefits for Marisol Rosales  -  Member ID SF3309182", size=8)
        d.text(576, 40, "February 2026 EOB", size=8, align="r")
        d.line(36, 56, 576, 56, 1)
        d.y = 72
        if first:
            d.text(36, 74, "Your medical claims this month", size=10, bold=True)
            d.rect(380, 66, 196, 62)
            d.text(386, 78, "Out-of-pocket total for 2026", bold=True)
            d.text(386, 90, "You have paid $418.36 toward your")
            d.text(386, 100, "$5,900.00 in-network maximum.")
            d.text(386, 112, "Plan has paid $2,907.55 this year.")
            d.text(36, 88, "This is not a bill. It shows what your plan paid for care you received.")
            d.y = 142

    def claim_head(self, c, cont):
        d = self.doc
        d.line(36, d.y - 9, 576, d.y - 9, 0.8)
        d.text(36, d.y, f"{c.extra['prov']}" + ("  (continued)" if cont else ""), bold=True, size=8)
        d.text(300, d.y, f"Claim number {c.payer_id}")
        d.text(576, d.y, f"Patient account no. {c.claim_id}", align="r")
        d.y += 10
        d.text(36, d.y, f"Patient: {c.patient}")
        d.y += 13

    def run(self):
        claims = make_claims(self.rng, "ma", [("Marisol Rosales", "self")], 5, date(2026, 1, 7), lines=(2, 5),
                             deny_every=8, big=17)
        for i, c in enumerate(claims):
            c.extra = {"prov": ["Fennimore Rehabilitation Services", "Lakeshore Speech & Swallow"][i % 2]}
            for s in c.svcs:
                s.remarks = ["2"] if s.denied else (["1"] if s.deductible else [])
        self.page_top(True)
        self.body(claims)
        d = self.doc
        self.need(40)
        d.text(36, d.y, "Notes:  1 - Applied to your annual plan deductible.   2 - Not covered by your plan; you may owe the full charge.")
        self.legend = [["1", "deductible"], ["2", "not covered"]]

    def footer(self, n, total):
        d = self.doc
        d.text(36, d.H - 28, "Silverfield Health, Medicare Advantage plans. H0000-001. Y0000_EOB26_C", size=6)
        d.text(576, d.H - 28, f"{n} of {total}", size=7, align="r")


class D1(Layout):
    name, kind, producer = "d1_medicaid_ra_mainframe", "state Medicaid remittance advice", "reportlab"
    W, H = 792.0, 612.0
    font, size = "Courier", 7.6
    mstyle = ""
    neg = "trail"
    dstyle = "mdy6"
    code_fmt = "code-only"
    units_fmt = "2dp"
    row_h = 10
    total_label = "CLAIM TOTAL"
    columns = [(["LN"], 40, "l", "ln"), (["FROM-DOS"], 60, "l", "date"), (["TO-DOS"], 108, "l", "date"),
               (["PROC"], 156, "l", "code"), (["M1"], 196, "l", "mod1"), (["M2"], 216, "l", "mod2"),
               (["UNITS"], 272, "r", "units"), (["BILLED"], 332, "r", "billed"), (["ALLOWED"], 392, "r", "allowed"),
               (["PAID"], 450, "r", "paid"), (["ADJ CARC-AMT"], 466, "l", "adj")]
    adj_fmt = "dash"

    def value(self, key, s, c):
        if key == "ln":
            return f"{c.svcs.index(s) + 1:02d}"
        return super().value(key, s, c)

    def page_top(self, first):
        d = self.doc
        d.text(40, 34, "STATE OF NORTH PLAINS  DEPT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", bold=True)
        d.text(752, 34, f"RA NUMBER 0004471902", align="r")
        d.text(40, 44, "PROVIDER: PRAIRIE WIND THERAPY SERVICES LLC   NPI 1902837465   PAYEE ID 40021775")
        d.text(752, 44, "RA DATE 02/06/2026", align="r")
        d.text(40, 54, f"SECTION: {self.section}")
        d.line(40, 58, 752, 58, 0.5)
        d.y = 72

    def claim_head(self, c, cont):
        d = self.doc
        d.text(40, d.y, f"RECIPIENT NAME {c.patient:<24} MEDICAID NO {c.extra['mid']}  ICN {c.payer_id}  "
                        f"PAT ACCT NO {c.claim_id}" + ("  CONT" if cont else ""), bold=True)
        d.y += 11

    def run(self):
        pts = [("KEZIAH MBEKI", ""), ("JASPER TSANG", ""), ("AMARA DUVALL", ""), ("CALLUM FERREIRA", "")]
        claims = make_claims(self.rng, "medicaid", pts, 6, date(2026, 1, 8), lines=(2, 5), big=22)
        denied = make_claims(random.Random(1319), "medicaid", pts[1:3], 2, date(2026, 1, 12), lines=(2, 3),
                             deny_every=1)
        for c in claims + denied:
            c.extra = {"mid": f"{self.rng.randint(10**9, 10**10 - 1)}"}
            c.payer_id = f"2026{self.rng.randint(10**8, 10**9 - 1)}"
            c.claim_id = f"PW{self.rng.randint(10000, 99999)}"
            for s in c.svcs:
                s.remarks = []
        # void of an earlier claim and its replacement
        orig = claims[0]
        void = Claim(orig.patient, "", orig.claim_id, "2026" + str(self.rng.randint(10**8, 10**9 - 1)),
                     [E.negate(s) for s in orig.svcs], orig.extra)
        self.section = "CLAIMS PAID"
        self.page_top(True)
        self.body(claims[1:])
        self.section = "CLAIMS DENIED"
        self.doc.new_page()
        self.page_top(False)
        self.body(denied)
        self.section = "CLAIM ADJUSTMENTS"
        self.need(200)
        d = self.doc
        d.text(40, d.y, "VOID OF PRIOR ICN - ORIGINAL CLAIM CREDITED", bold=True)
        d.y += 12
        self.body([void])
        d.text(40, d.y, "REPLACEMENT CLAIM", bold=True)
        d.y += 12
        self.body([orig])
        self.need(50)
        d.text(40, d.y, "CARC LEGEND: CO-45 CHARGE ABOVE PROGRAM MAXIMUM FEE   CO-16 CLAIM MISSING DATA   "
                        "CO-119 BENEFIT LIMIT REACHED")
        self.legend = [["45", "over fee"], ["16", "missing data"], ["119", "limit"]]

    def footer(self, n, total):
        self.doc.text(752, self.doc.H - 26, f"PAGE {n:>4}", align="r")


class D2(Layout):
    name, kind, producer = "d2_medicaid_remittance_statement", "state Medicaid remittance advice", "fpdf2"
    font, size = "LiberationSansNarrow", 7.5
    mstyle = ","
    dstyle = "mdy4"
    code_fmt = "code-only"
    units_fmt = "2dp"
    row_h = 11
    cont_label = "(cont'd)"
    total_label = "Claim Totals"
    columns = [(["Dtl"], 40, "l", "ln"), (["DOS"], 58, "l", "date"), (["Proc"], 106, "l", "code"),
               (["Mods"], 140, "l", "mods"), (["Qty"], 194, "r", "units"), (["Charged"], 244, "r", "billed"),
               (["Approved"], 292, "r", "allowed"), (["Paid"], 338, "r", "paid"),
               (["Adj Group-Reason / Amt"], 350, "l", "adj"), (["Remark"], 500, "l", "rmk")]

    def value(self, key, s, c):
        if key == "ln":
            return str(c.svcs.index(s) + 1)
        return super().value(key, s, c)

    def svc_row(self, c, s):
        super().svc_row(c, s)
        d = self.doc
        d.line(36, d.y - 8, 576, d.y - 8, 0.2)

    def page_top(self, first):
        d = self.doc
        d.text(40, 38, "Commonwealth of Eastbrook Medicaid", size=12, bold=True)
        d.text(40, 49, "Provider Remittance Statement", size=9)
        d.text(572, 38, "Payment Date 02/10/2026   EFT Trace 77310042", size=7.5, align="r")
        d.text(572, 48, "Provider: Little Acorn Pediatric Therapy   Medicaid Provider # 300418852", size=7.5, align="r")
        d.line(36, 54, 576, 54, 1)
        d.y = 70

    def claim_head(self, c, cont):
        d = self.doc
        d.rect(36, d.y - 9, 540, 22, fill=0.88)
        d.text(40, d.y, f"Member: {c.patient}" + (f"  {self.cont_label}" if cont else ""), bold=True)
        d.text(210, d.y, f"Member ID: {c.extra['mid']}")
        d.text(350, d.y, f"Claim Control #: {c.payer_id}")
        d.text(40, d.y + 10, f"Your Claim #: {c.claim_id}")
        d.text(210, d.y + 10, f"Status: {c.extra['status']}")
        d.y += 24

    def run(self):
        pts = [("Priya Whitcombe", ""), ("Bastian Nakamura", ""), ("Lucia Pennington", "")]
        claims = make_claims(self.rng, "medicaid", pts, 9, date(2026, 1, 5), lines=(2, 4), deny_every=7, big=20,
                             big_at=5)
        for c in claims:
            c.extra = {"mid": f"E{self.rng.randint(10**8, 10**9 - 1)}",
                       "status": "Denied" if all(s.denied for s in c.svcs) else "Paid"}
            c.payer_id = f"{self.rng.randint(10**15, 10**16 - 1)}"
            c.claim_id = f"LA-{self.rng.randint(1000, 9999)}-{self.rng.randint(10, 99)}"
            for j, s in enumerate(c.svcs):
                s.remarks = ["N362"] if s.denied and j % 2 == 0 else (["M15"] if s.denied else [])
        self.page_top(True)
        self.body(claims)
        d = self.doc
        self.need(40)
        d.text(40, d.y, "Remark codes: N362 units exceed the program's allowed number.  M15 separately billed "
                        "service bundled with another.")
        self.legend = [["N362", "units over"], ["M15", "bundled"]]

    def footer(self, n, total):
        d = self.doc
        d.text(40, d.H - 28, "Eastbrook Medicaid Fiscal Agent, PO Box 4400, Harlow, EB 00901", size=6.5)
        d.text(572, d.H - 28, f"Page {n} of {total}", size=7, align="r")


class P1(Layout):
    name, kind, producer = "p1_clearinghouse_spr", "Medicare-style paper remit (clearinghouse)", "reportlab"
    font, size = "Courier", 7.2
    mstyle = ""
    neg = "-"
    code_fmt = "code-only"
    row_h = 9.5
    total_label = "CLAIM TOTALS"
    columns = [(["PERF PROV"], 36, "l", "perf"), (["SERV DATE"], 90, "l", "sdate"), (["POS"], 160, "l", "pos"),
               (["NOS"], 190, "r", "units"), (["PROC"], 198, "l", "code"), (["MODS"], 234, "l", "mods"),
               (["BILLED"], 316, "r", "billed"), (["ALLOWED"], 364, "r", "allowed"),
               (["DEDUCT"], 408, "r", "deductible"), (["COINS"], 452, "r", "coinsurance"),
               (["GRP/RC-AMT"], 462, "l", "adj1"), (["PROV PD"], 576, "r", "paid")]

    def value(self, key, s, c):
        if key == "perf":
            return "1730049281"
        if key == "sdate":
            return f"{s.dos:%m%d} {s.dos:%m%d%y}"
        if key == "pos":
            return "11"
        if key == "adj1":
            g, r, a = s.adjs[0]
            return f"{g}-{r} {self.m(a)}"
        return super().value(key, s, c)

    def svc_row(self, c, s):
        super().svc_row(c, s)
        d = self.doc
        for g, r, a in s.adjs[1:]:
            if a:
                d.text(462, d.y, f"{g}-{r} {self.m(a)}")
                d.y += self.row_h
        d.text(90, d.y, "CNTL #: " + c.claim_id + f"{c.svcs.index(s) + 1:02d}")
        d.y += self.row_h

    def record(self, c, s, **kw):
        super().record(c, s, **kw)
        t = self.truth_lines[-1]
        t["adjustments"] = [[g, r, E.amt(a)] for g, r, a in s.adjs if a]
        t["service_date"] = s.dos.isoformat()
        t["service_end"] = s.dos.isoformat()

    def claim_total(self, c):
        d = self.doc
        self.need(self.row_h * 3, c)
        pr = E.total(c.svcs, "owes")
        d.text(36, d.y, f"PT RESP {self.m(pr)}")
        d.text(160, d.y, "CLAIM TOTALS")
        tot = {k: E.total(c.svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid")}
        for k, x in (("billed", 316), ("allowed", 364), ("deductible", 408), ("coinsurance", 452), ("paid", 576)):
            d.text(x, d.y, self.m(tot[k]), align="r")
        d.y += self.row_h
        d.text(36, d.y, "ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00")
        d.text(576, d.y, f"NET {self.m(tot['paid'])}", align="r")
        d.y += self.row_h * 2
        return tot

    def page_top(self, first):
        d = self.doc
        d.text(36, 34, "RELAYPOINT CLAIMS EXCHANGE - STANDARD PAPER REMITTANCE VIEW", bold=True)
        d.text(576, 34, "MEDICARE PART B  JURISDICTION 9", align="r")
        d.text(36, 44, "PROVIDER: HOLLOWAY CREEK THERAPY ASSOC  NPI 1730049281")
        d.text(576, 44, "CHECK/EFT #: 0083317420  DATE: 02/12/2026", align="r")
        d.line(36, 50, 576, 50, 0.4)
        d.y = 62

    def claim_head(self, c, cont):
        d = self.doc
        d.text(36, d.y, f"NAME {c.patient:<22} MID {c.extra['mbi']}  ACNT {c.claim_id}   ICN {c.payer_id}  ASG Y  "
                        f"MOA MA01" + ("  (CONT)" if cont else ""))
        d.y += self.row_h + 2

    def run(self):
        pts = [("BARROWE, INES", ""), ("QUINTERO, RAFAEL", ""), ("HALVORSEN, OREN", "")]
        claims = make_claims(self.rng, "medicare", pts, 5, date(2026, 1, 5), lines=(2, 4), deny_every=13, big=12)
        for c in claims:
            c.extra = {"mbi": f"{self.rng.randint(1, 9)}EG{self.rng.randint(1, 9)}TE{self.rng.randint(10, 99)}MK{self.rng.randint(10, 99)}"}
            c.payer_id = f"{self.rng.randint(10**12, 10**13 - 1)}"
            c.claim_id = f"HCT{self.rng.randint(100000, 999999)}"
        self.page_top(True)
        for c in claims:
            self.need(self.row_h * 6)
            self.claim_head(c, False)
            self.col_head()
            for s in c.svcs:
                self.svc_row(c, s)
            tot = self.claim_total(c)
            self.add_claim_truth(c, {"billed": tot["billed"], "allowed": tot["allowed"], "paid": tot["paid"],
                                     "owes": E.total(c.svcs, "owes")})
        d = self.doc
        self.need(40)
        d.text(36, d.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES")
        d.text(36, d.y + 10, "CO  CONTRACTUAL OBLIGATION   PR  PATIENT RESPONSIBILITY   MA01  APPEAL RIGHTS NOTICE")
        self.legend = [["CO", "contractual"], ["PR", "patient"]]

    def footer(self, n, total):
        self.doc.text(306, self.doc.H - 26, f"- {n} -", align="c")


class P2(Layout):
    name, kind, producer = "p2_pm_payment_posting", "Medicare-style remit from a practice-management system", "fpdf2"
    W, H = 792.0, 612.0
    font, size = "DejaVuSansCondensed", 7.2
    mstyle = ","
    neg = "()"
    dstyle = "mdy4"
    code_fmt = "code-only"
    adj_fmt = "glued"
    total_label = "Claim subtotal"
    repeat_claim = True
    columns = [(["DOS"], 40, "l", "date"), (["CPT"], 92, "l", "code"), (["Mod"], 124, "l", "mods"),
               (["Units"], 180, "r", "units"), (["Charge"], 236, "r", "billed"), (["Allowed"], 290, "r", "allowed"),
               (["Deduct"], 338, "r", "deductible"), (["Coins"], 382, "r", "coinsurance"),
               (["Adjustment codes"], 396, "l", "adj"), (["Paid"], 620, "r", "paid"), (["Pt Resp"], 672, "r", "owes")]

    def page_top(self, first):
        d = self.doc
        d.text(40, 36, "TALLYWELL PRACTICE SUITE", size=11, bold=True)
        d.text(40, 47, "Insurance Payment Posting Detail  -  Payer: MEDICARE PART B (J5)", size=8)
        d.text(752, 36, "Practice: Bayberry Lane Occupational Therapy", size=7.5, align="r")
        d.text(752, 46, "Run 02/14/2026 08:12   Batch 2026-0214-03", size=7.5, align="r")
        d.line(40, 52, 752, 52, 0.8)
        d.y = 68

    def claim_head(self, c, cont):
        d = self.doc
        d.line(40, d.y - 9, 752, d.y - 9, 0.6)
        d.text(40, d.y, f"Patient: {c.patient}" + ("  (continued)" if cont else ""), bold=True)
        d.text(220, d.y, f"Acct #: {c.claim_id}")
        d.text(330, d.y, f"Payer ICN: {c.payer_id}")
        d.text(520, d.y, f"Check: EFT 4471009832")
        d.line(40, d.y + 3, 752, d.y + 3, 0.6)
        d.y += 14

    def run(self):
        pts = [("Tsang, Amara", ""), ("Duvall, Jasper", ""), ("Ferreira, Lucia", ""), ("Mbeki, Oren", "")]
        claims = make_claims(self.rng, "medicare", pts, 7, date(2026, 1, 6), lines=(2, 4), deny_every=10, big=24)
        for c in claims:
            c.claim_id = f"{self.rng.randint(20000, 29999)}"
            c.payer_id = f"{self.rng.randint(10**13, 10**14 - 1)}"
        o = claims[2]
        rev = Claim(o.patient, "", o.claim_id, str(int(o.payer_id) + 3017), [E.negate(s) for s in o.svcs])
        fix = make_claims(random.Random(13177), "medicare", [(o.patient, "")], 1, o.svcs[0].dos, lines=(2, 3))[0]
        fix.claim_id, fix.payer_id = o.claim_id, str(int(o.payer_id) + 6044)
        self.page_top(True)
        self.body(claims[:3] + [rev, fix] + claims[3:])
        d = self.doc
        self.need(30)
        d.text(40, d.y, "Posting notes: reversal lines carry the original claim's amounts in parentheses; the "
                        "corrected claim follows it.")
        self.legend = []

    def footer(self, n, total):
        self.doc.text(752, self.doc.H - 26, f"Page {n} / {total}", size=7, align="r")


class S1(Layout):
    name, kind, producer = "s1_clinic_family_statement", "therapy clinic family statement", "reportlab"
    font, size = "Times-Roman", 8.2
    mstyle = ","
    dstyle = "mdy2"
    code_fmt = "dash"
    row_h = 11
    repeat_claim = True
    total_label = "Visit total"
    show_payer_id = True
    repeat_head = False
    columns = [(["Date"], 36, "l", "date"), (["Patient"], 76, "l", "pat"), (["Description"], 156, "l", "desc"),
               (["CPT"], 282, "l", "code"), (["Units"], 344, "r", "units"), (["Charge"], 390, "r", "billed"),
               (["Ins Paid"], 434, "r", "paid"), (["Ins Adj"], 478, "r", "discount"), (["Balance"], 576, "r", "owes")]
    desc_wrap = 28

    def page_top(self, first):
        d = self.doc
        if first:
            d.text(36, 40, "Willowmere Children's Therapy Center", size=14, bold=True)
            d.text(36, 52, "44 Larkspur Court, Suite 2  -  Brambleton, VT 05091  -  (802) 555-0166", size=8)
            d.rect(360, 62, 216, 66)
            d.text(366, 74, "Account No.  WCT-30917", bold=True)
            d.text(366, 86, "Statement Date  02/15/26")
            d.text(366, 98, "Amount Due  $" + "{due}")
            d.text(366, 110, "Amount Enclosed  $__________")
            d.text(36, 80, "Priya Halvorsen")
            d.text(36, 90, "71 Foxglove Lane")
            d.text(36, 100, "Brambleton, VT 05091")
            d.text(36, 128, "- - - - - - - - - - Please detach and return the top portion with your payment - - - - - - - - - -",
                   size=7)
            d.text(36, 146, "ACCOUNT ACTIVITY", size=10, bold=True)
            d.y = 162
        else:
            d.text(36, 40, "Willowmere Children's Therapy Center  -  Account WCT-30917 (continued)", bold=True)
            d.y = 58

    def claim_head(self, c, cont):
        d = self.doc
        d.text(36, d.y, f"Visit {c.claim_id}   Billed to Evergreen Mutual   Ins claim # {c.payer_id}"
               + ("   (continued)" if cont else ""), bold=True)
        d.y += 12

    def run(self):
        fam = [("Felix Halvorsen", "Son"), ("Juno Halvorsen", "Daughter"), ("Priya Halvorsen", "Self")]
        claims = make_claims(self.rng, "commercial", fam, 6, date(2026, 1, 5), lines=(2, 4), big=16)
        for c in claims:
            c.claim_id = f"V{self.rng.randint(260000, 269999)}"
            c.payer_id = f"EM{self.rng.randint(10**9, 10**10 - 1)}"
            for s in c.svcs:
                s.remarks = []
        self.page_top(True)
        self.body(claims)
        d = self.doc
        self.need(60)
        d.text(36, d.y, "Payment received - thank you          01/28/26", size=8)
        d.text(576, d.y, "-40.00", align="r")
        d.y += 12
        due = sum((E.total(c.svcs, "owes") for c in claims), ZERO) - Decimal("40.00")
        d.text(36, d.y, "Please pay this amount", bold=True)
        d.text(576, d.y, f"{due:,.2f}", bold=True, align="r")
        d.y += 14
        d.text(36, d.y, "Ins Adj is the discount your insurer's contract requires us to write off.", size=7.5)
        # fill the Amount Due placeholder on page 1
        p = self.doc.pages[0]
        for i, it in enumerate(p):
            if it[0] == "t" and "{due}" in it[3]:
                p[i] = it[:3] + (it[3].replace("{due}", f"{due:,.2f}"),) + it[4:]
        self.legend = []

    def footer(self, n, total):
        self.doc.text(576, self.doc.H - 28, f"Page {n} of {total}", size=7, align="r")


class S2(Layout):
    name, kind, producer = "s2_hospital_guarantor_statement", "hospital outpatient family statement", "fpdf2"
    font, size = "LiberationSerif", 7.8
    mstyle = "$"
    dstyle = "mdy4"
    code_fmt = "code-only"
    row_h = 11
    total_label = "Account totals"
    columns = [(["Date"], 40, "l", "date"), (["Rev"], 92, "l", "rev"), (["HCPCS"], 116, "l", "code"),
               (["Mod"], 150, "l", "mods"), (["Description"], 180, "l", "desc"), (["Qty"], 348, "r", "units"),
               (["Charges"], 400, "r", "billed"), (["Insurance", "Paid"], 452, "r", "paid"),
               (["Insurance", "Adj"], 502, "r", "discount"), (["You Owe"], 572, "r", "owes")]
    desc_wrap = 34

    def value(self, key, s, c):
        if key == "rev":
            return {"92": "0444", "97": "0434"}.get(s.code[:2], "0430") if not s.code.startswith("975") else "0430"
        return super().value(key, s, c)

    def page_top(self, first):
        d = self.doc
        d.text(40, 38, "ST. ALBAN'S VALLEY HOSPITAL", size=13, bold=True)
        d.text(40, 49, "Outpatient Rehabilitation  -  Patient Financial Services  -  1-866-555-0121", size=7.5)
        d.text(572, 38, "GUARANTOR STATEMENT", size=9, bold=True, align="r")
        d.text(572, 49, "Guarantor: Tobias Whitcombe   Guarantor No. G-5520147", size=7.5, align="r")
        d.line(40, 55, 572, 55, 1)
        d.y = 70
        if first:
            d.rect(40, 62, 262, 56)
            d.text(46, 74, "Statement summary", bold=True)
            d.text(46, 86, "Statement date: 02/18/2026")
            d.text(46, 96, "Previous balance: $0.00")
            d.text(46, 106, "Payment due by: 03/15/2026")
            d.rect(310, 62, 262, 56)
            d.text(316, 74, "Insurance on file", bold=True)
            d.text(316, 86, "Primary: Keystone Blue Choice PPO")
            d.text(316, 96, "Policy holder: Tobias Whitcombe")
            d.text(316, 106, "Member no. KBC 771-20-0045")
            d.y = 134

    def claim_head(self, c, cont):
        d = self.doc
        d.rect(40, d.y - 9, 532, 24, fill=0.92)
        d.text(44, d.y, f"Account No. {c.claim_id}" + ("  (continued)" if cont else ""), bold=True)
        d.text(180, d.y, f"Patient: {c.patient}")
        d.text(360, d.y, f"Visit dates: {dfmt(c.svcs[0].dos, 'mdy4')} - {dfmt(c.svcs[-1].dos, 'mdy4')}")
        d.text(44, d.y + 10, f"Insurance claim no. {c.payer_id}   Billed 01/26/2026   Insurance processed 02/09/2026")
        d.y += 26

    def run(self):
        fam = [("Ezra Whitcombe", "Son"), ("Marisol Whitcombe", "Daughter"), ("Tobias Whitcombe", "Self")]
        claims = make_claims(self.rng, "commercial", fam, 4, date(2026, 1, 5), lines=(3, 6), big=20,
                             big_at=2)
        for c in claims:
            c.claim_id = f"{self.rng.randint(60000000, 69999999)}"
            c.payer_id = f"KBC{self.rng.randint(10**10, 10**11 - 1)}"
            for s in c.svcs:
                s.remarks = []
        self.page_top(True)
        self.body(claims)
        d = self.doc
        self.need(40)
        due = sum((E.total(c.svcs, "owes") for c in claims), ZERO)
        d.text(40, d.y, "Total amount you owe on all accounts", bold=True)
        d.text(572, d.y, self.m(due), bold=True, align="r")
        d.y += 12
        d.text(40, d.y, "Financial assistance may be available. Ask about our payment plans.", size=7)
        self.legend = []

    def footer(self, n, total):
        self.doc.text(306, self.doc.H - 28, f"Page {n} of {total}", size=7, align="c")


LAYOUTS = [C1, C2, M1, M2, D1, D2, P1, P2, S1, S2]


# ------------------------------------------------------------------------------------------ build / check

def build(out: Path) -> list[str]:
    names = []
    for i, L in enumerate(LAYOUTS):
        lay = L(random.Random(13100 + i))
        lay.run()
        n = lay.finish()
        pdf = out / f"{lay.name}.pdf"
        (render_rl if lay.producer == "reportlab" else render_fp)(lay.doc, pdf, lay.name)
        E.write_truth(pdf, lay.name, lay.producer, n, lay.kind, lay.truth_lines, lay.truth_claims,
                      getattr(lay, "legend", []))
        meta = {"mstyle": lay.mstyle, "neg": lay.neg, "dstyle": lay.dstyle, "units_fmt": lay.units_fmt,
                "code_fmt": lay.code_fmt, "date_on_row": lay.name != M1.name, "adj_fmt": lay.adj_fmt, "spans": [k for k, v in lay.claim_pages.items()
                                                                            if len(v) > 1]}
        names.append((pdf, meta))
    return names


def _tok_re(t: str) -> re.Pattern:
    return re.compile(r"(?<![\w.$,])" + re.escape(t) + r"(?![\w.])")


def check(built) -> list[str]:
    import pdfplumber
    errs = []
    spanning = 0
    for pdf, meta in built:
        tr = json.loads(Path(str(pdf) + ".truth.json").read_text())
        with pdfplumber.open(pdf) as P:
            if len(P.pages) != tr["pages"]:
                errs.append(f"{pdf.name}: pages {len(P.pages)} != {tr['pages']}")
            rows, full = [], []
            for pg in P.pages:
                ws = pg.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
                lines: dict[int, list] = {}
                for w in ws:
                    key = round(w["top"] / 2.5)
                    lines.setdefault(key, []).append(w)
                rws = [" ".join(w["text"] for w in sorted(v, key=lambda w: w["x0"])) for _, v in sorted(lines.items())]
                rows.append(rws)
                full.append(pg.extract_text() or "")
        doc_text = "\n".join(full)

        def m(v):
            return money(Decimal(v), meta["mstyle"], meta["neg"])

        for i, ln in enumerate(tr["lines"]):
            sd = date.fromisoformat(ln["service_date"])
            toks = [dfmt(sd, meta["dstyle"]) if meta["date_on_row"] else None]
            if not meta["date_on_row"] and dfmt(sd, "mon") not in full[ln["page"] - 1]:
                errs.append(f"{pdf.name}: line {i} claim date {sd} not on its page")
            code = ln["code"]
            mods = ln["modifiers"]
            cf = meta["code_fmt"]
            if cf == "dash":
                toks.append("-".join([code] + mods))
            elif cf == "space":
                toks.append(" ".join([code] + mods))
            elif cf == "glued":
                toks.append(code + "".join(mods))
            else:
                toks.append(code)
                toks += mods
            if ln["units"] is not None:
                u = Decimal(ln["units"])
                toks.append({"1dp": f"{u:.1f}", "2dp": f"{u:.2f}"}.get(meta["units_fmt"], ln["units"]))
            for k in E.AMOUNT_KEYS:
                if ln[k] is not None:
                    toks.append(m(ln[k]))
            adj_toks = []
            for g, r, a in ln["adjustments"]:
                sep = "-" if meta["adj_fmt"] == "dash" else ""
                adj_toks.append(f"{g}{sep}{r} {m(a)}")
            toks += ln["remarks"]
            toks = [t for t in toks if t]
            pg_rows = rows[ln["page"] - 1]
            if "p1_" in pdf.name:
                toks[0] = f"{date.fromisoformat(ln['service_date']):%m%d%y}"
            hits = [j for j, r in enumerate(pg_rows) if all(_tok_re(t).search(r) for t in toks)]
            if not hits:
                errs.append(f"{pdf.name}: line {i} tokens {toks} not on one row of page {ln['page']}")
            elif adj_toks:
                # the first adjustment on the service row; a remit may stack further ones on the rows under it
                below = 3 if "p1_" in pdf.name else 0
                if not any(_tok_re(adj_toks[0]).search(pg_rows[j]) and
                           all(_tok_re(t).search(" | ".join(pg_rows[j:j + 1 + below])) for t in adj_toks)
                           for j in hits):
                    errs.append(f"{pdf.name}: line {i} adjustments {adj_toks} not on/under its row")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in full[ln["page"] - 1]:
                    errs.append(f"{pdf.name}: line {i} {k} {ln[k]} not on page {ln['page']}")
            # arithmetic
            D = {k: Decimal(ln[k]) if ln[k] is not None else None for k in E.AMOUNT_KEYS}
            if D["billed"] is not None and D["discount"] is not None and D["allowed"] is not None and D["allowed"]:
                if D["billed"] - D["discount"] - (D["not_covered"] or 0) != D["allowed"]:
                    errs.append(f"{pdf.name}: line {i} billed-discount != allowed")
            if D["allowed"] is not None and D["paid"] is not None and None not in (D["deductible"], D["coinsurance"]):
                if abs(D["allowed"] - D["deductible"] - (D["copay"] or 0) - D["coinsurance"]) < abs(D["paid"]):
                    errs.append(f"{pdf.name}: line {i} allowed - shares < paid")
            if ln["adjustments"]:
                s = sum(Decimal(a) for _, _, a in ln["adjustments"])
                if D["billed"] - s != D["paid"]:
                    errs.append(f"{pdf.name}: line {i} billed - adj {D['billed']} - {s} != paid {D['paid']}")
        for c in tr["claims"]:
            ls = [ln for ln in tr["lines"] if ln["claim_id"] == c["claim_id"] and ln["payer_claim_id"] ==
                  c["payer_claim_id"] and ln["patient"] == c["patient"]]
            if not ls:
                errs.append(f"{pdf.name}: claim {c} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if all(ln[k] is None for ln in ls):
                    continue  # a claim-level figure only (e.g. PT RESP); still checked as printed below
                s = sum(Decimal(ln[k]) for ln in ls if ln[k] is not None)
                if s != Decimal(v):
                    errs.append(f"{pdf.name}: claim {c['payer_claim_id']} {k} total {v} != sum {s}")
                if m(v) not in doc_text:
                    errs.append(f"{pdf.name}: claim total {k} {m(v)} not printed")
        if meta["spans"]:
            spanning += 1
        print(f"{pdf.name}: {len(tr['lines'])} lines, {len(tr['claims'])} claims, {tr['pages']} pages, "
              f"spanning claims {len(meta['spans'])}")
    if spanning < 3:
        errs.append(f"only {spanning} files with a claim crossing a page")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout131_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    built = build(out)
    print(out)
    if "--check" in argv:
        errs = check(built)
        for e in errs[:60]:
            print("FAIL", e)
        print("check:", "FAILED" if errs else "passed", len(errs))
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
