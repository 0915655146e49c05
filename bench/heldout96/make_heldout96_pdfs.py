"""Write the 96th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten documents of the
five commonest real kinds, two of each, for one honest measurement of the PDF reader.

Run:  python bench/heldout96/make_heldout96_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout96/make_heldout96_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness). Drawing goes through bench/heldout96/h96kit.py (top-origin page model).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth / truth_line), printed values only:
null for an amount the layout does not print, units null where no quantity is printed, modifiers [] where none
are printed, adjustments only where the page prints group/reason codes with amounts, remarks = printed line
codes. claim_id = provider's account / patient-control / visit / invoice / hospital account number;
payer_claim_id = payer's claim number / ICN (null on provider statements that print none); patient exactly
as printed (the person served, not the subscriber or guarantor). Claim totals only for the totals printed.
Every name, number, payer, provider and ID is invented; descriptions are our own short words.

Layouts:
  c1  commercial PPO member EOB for a family of three (reportlab, portrait Liberation Sans): shaded claim heads
      "For: ... (Daughter)  Claim number ... Patient account ...", code + modifiers in the description cell,
      Amount Billed / Network Savings / Not Covered / Deductible / Copay / Coinsurance / Plan Paid / You Owe
      with remark codes after the amount, a denied line, long claim continued on page 2 with repeated header
  c2  employee health-trust HMO member EOB (fpdf2, landscape DejaVu Sans Condensed, boxed claim heads):
      "97110-GP" codes, Qty, Charges / Plan Discount / Eligible / Not Covered / Copay / Benefit Paid / Member
      Pays, per-visit copay, a denied line, claim continued on page 2
  m1  Medicare Summary Notice Part B (reportlab, portrait core Times): "Jan 13, 2026" dates, code and description
      columns, no units or modifiers printed, Amount Charged / Medicare-Approved / Medicare Paid / You May Be
      Billed, a denied line
  m2  Medicare Advantage HMO member EOB (fpdf2, portrait Liberation Serif, shaded claim heads): Claim ID and
      "Provider's claim #", Service / Mod columns, per-visit copay, continued onto page 2
  d1  state Medicaid remittance advice (fpdf2, landscape core Courier): RECIPIENT / ICN / PATIENT ACCT heads,
      units "3.00", adjustment "CO-45 58.15" cells, EOB codes, a reversal of an earlier claim (negative amounts),
      a denied line, continued onto page 2
  d2  Medicaid managed-care provider RA (reportlab, portrait Liberation Sans Narrow, boxed claim heads):
      "Proc/Mod" glued with dashes, adjustments with amounts, a denied line
  p1  clearinghouse print image of a Medicare-style paper remit (reportlab, landscape core Courier): NAME / HIC /
      ACNT / ICN / ASG, MMDDYY dates, NOS, GRP/RC-AMT incl. sequestration, PROV PD, modifiers CO and CQ
  p2  practice-management ERA posting detail of a Medicare payment (fpdf2, landscape core Helvetica, shaded
      heads): Acct# / Patient / Payer ICN, "1/5/2026" dates, units "2.00", Adj Codes, continued onto page 2
  s1  pediatric therapy clinic family statement (reportlab, portrait DejaVu Sans): three children, visit /
      invoice numbers, no payer claim number, Charges / Insurance Paid / Insurance Adjustment / Patient
      Balance, no repeated header
  s2  hospital outpatient-rehab family statement (fpdf2, portrait Liberation Serif): hospital account per
      patient, "February 16, 2026" dates, charges only (insurance pending)

--check verifies the factory, not the reader: page counts; for every truth line, that its date (in the layout's
format), code, modifiers, remark codes, every printed amount, adjustment codes and amounts, and units are on
the SAME text line of its page as extracted by pdfplumber; negatives are shown; billed - adjustments = paid
where all adjustments are printed; claim ids and patients are in the text; printed claim totals equal the sum
of their lines and appear in the text; at least three files carry a claim across a page break; ten layouts.
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money,  # noqa: E402
                    negate, total, truth_line, units_str, write_truth)
from h96kit import Pen  # noqa: E402

D = date


def mods_join(s: Svc, sep: str = " ") -> str:
    return sep.join(s.mods)


class Flow:
    """A y cursor over pages: furniture on each page, an optional repeated column header, page breaks."""

    def __init__(self, pen: Pen, spec: dict):
        self.pen, self.spec = pen, spec
        self.bottom = pen.H - spec.get("foot", 60)
        self.rows: list = []  # (page, baseline, tokens) for --check
        self.y = spec["furniture"](pen, self, 1)

    def need(self, h: float, cont: str | None = None) -> bool:
        if self.y + h <= self.bottom:
            return False
        self.footer()
        self.pen.new_page()
        self.y = self.spec["furniture"](self.pen, self, self.pen.page)
        if cont:
            self.pen.set(self.spec["bold"], self.spec["size"])
            self.pen.text(self.spec["x0"], self.y, cont)
            self.y += self.spec["lead"] + 2
        if cont and self.spec.get("repeat_header", True):
            self.colhead()
        return True

    def footer(self):
        sp, pen = self.spec, self.pen
        pen.set(sp["font"], 6.5)
        pen.text(pen.W / 2, pen.H - 28, sp["footer"].format(page=pen.page), "c")

    def colhead(self):
        sp, pen = self.spec, self.pen
        pen.set(sp["bold"], sp["size"] - 0.5)
        cols = sp["cols"]
        nl = max(len(c[0].split("|")) for c in cols)
        for head, x, al, _ in cols:
            parts = head.split("|")
            for i, p in enumerate(parts):
                pen.text(x, self.y + (nl - len(parts) + i) * (sp["size"]), p, al)
        self.y += (nl - 1) * sp["size"]
        if sp.get("rule"):
            pen.hline(sp["x0"], sp["x1"], self.y + 3)
        self.y += sp["lead"] + 3

    def row(self, cells: list[str], font: str | None = None, record: bool = True):
        sp, pen = self.spec, self.pen
        pen.set(font or sp["font"], sp["size"])
        toks = []
        for (_, x, al, _), v in zip(sp["cols"], cells):
            if v:
                pen.text(x, self.y, v, al)
                toks.append(v)
        if record:
            self.rows.append((pen.page, self.y, toks))
        base = self.y
        self.y += sp["lead"]
        return base

    def say(self, x: float, s: str, font: str | None = None, size: float | None = None, dy: float | None = None,
            align: str = "l"):
        self.pen.set(font or self.spec["font"], size or self.spec["size"])
        self.pen.text(x, self.y, s, align)
        self.y += self.spec["lead"] if dy is None else dy


# ------------------------------------------------------------------------------------------ data

def visit(d0: date, items, every=(0,)) -> list[Svc]:
    out = []
    for off in every:
        for it in items:
            code, u, mods = it[0], it[1], it[2] if len(it) > 2 else ()
            out.append(Svc(d0 + timedelta(days=off), code, Decimal(str(u)), tuple(mods)))
    return out


def build(spec: dict, out: Path, claims: list[dict]) -> dict:
    """claims: dicts with claim_id, payer_claim_id, patient (printed), svcs, head (list of header strings)."""
    pen = Pen(out / spec["name"], spec["producer"], spec.get("landscape", False))
    fl = Flow(pen, spec)
    lines, ctruth, checks = [], [], []
    for cl in claims:
        fl.need(spec["lead"] * (len(cl["head"]) + 4))
        spec["claim_head"](pen, fl, cl)
        fl.colhead()
        for s in cl["svcs"]:
            wrap = spec.get("wrap", lambda s: [])(s)
            if fl.need(spec["lead"] * (1 + len(wrap)), cont=spec["cont"].format(**cl)):
                pass
            cells = [f(s, cl) for _, _, _, f in spec["cols"]]
            base = fl.row(cells)
            for w in wrap:
                fl.say(spec["wrap_x"], w, size=spec["size"] - 0.8, dy=spec["lead"] - 1)
            row = truth_line(pen.page, s, claim_id=cl["claim_id"], payer_claim_id=cl["payer_claim_id"],
                             patient=cl["patient"], printed=spec["printed"], units=spec.get("units", True), modifiers=spec.get("modifiers", True),
                             adjustments=(s.adjs if spec.get("adjs") else []),
                             remarks=s.remarks, overrides={"description": spec.get("desc_of", lambda s: s.desc)(s)})
            lines.append(row)
            checks.append((pen.page, base, row, spec["dstyle"]))
        tots = {k: total(cl["svcs"], a) for k, a in (("billed", "billed"), ("allowed", "allowed"),
                                                   ("paid", "paid"), ("patient_owes", "owes"))}
        fl.need(spec["lead"] * 2)
        tcells = spec["total_row"](tots, cl)
        if tcells:
            if spec.get("rule"):
                pen.hline(spec["x0"], spec["x1"], fl.y - spec["lead"] + 3, 0.3)
            fl.row(tcells, font=spec["bold"], record=False)
        printed_t = {k: (tots[k] if k in spec["tot_printed"] else None) for k in tots}
        ctruth.append({"claim_id": cl["claim_id"], "payer_claim_id": cl["payer_claim_id"], "patient": cl["patient"],
                       "totals": claim_totals(**printed_t)})
        fl.y += spec.get("gap", 8)
    if spec.get("tail"):
        spec["tail"](pen, fl)
    fl.footer()
    pages = pen.save()
    write_truth(out / spec["name"], spec["name"][:-4], spec["producer"], pages, spec["desc"], lines, ctruth,
                spec.get("legend", []))
    return {"name": spec["name"], "pages": pages, "checks": checks, "adjs_complete": spec.get("adjs", False),
            "lines": len(lines)}


# ------------------------------------------------------------------------------------------ furniture helpers

def furn(title_lines, first_extra=None, box=False, band=None):
    def f(pen: Pen, fl: Flow, page: int) -> float:
        sp = fl.spec
        y = 40.0
        if band is not None:
            pen.rect(sp["x0"] - 4, 26, sp["x1"] - sp["x0"] + 8, 22, fill=band)
        for i, (txt, font, size) in enumerate(title_lines):
            pen.set(font, size)
            pen.text(sp["x0"], y, txt)
            y += size + 3
        pen.set(sp["font"], 7)
        pen.text(sp["x1"], 40, f"Page {page}", "r")
        if page == 1 and first_extra:
            y = first_extra(pen, fl, y + 4)
        if box:
            pen.hline(sp["x0"], sp["x1"], y + 2, 1.0)
        return y + 16
    return f


def block(lines, x=None, font=None, size=None, boxed=False):
    def g(pen: Pen, fl: Flow, y: float) -> float:
        sp = fl.spec
        xx = sp["x0"] if x is None else x
        sz = size or sp["size"]
        if boxed:
            w = max(len(s) for s in lines) * sz * 0.55 + 12
            pen.rect(xx - 4, y - sz, w, len(lines) * (sz + 2) + 6)
        pen.set(font or sp["font"], sz)
        for s in lines:
            pen.text(xx, y, s)
            y += sz + 2
        return y + 6
    return g


def chain(*gs):
    def h(pen, fl, y):
        for g in gs:
            y = g(pen, fl, y)
        return y
    return h


def heads(pen: Pen, fl: Flow, cl: dict, shade=None, box=False):
    sp = fl.spec
    if shade is not None or box:
        pen.rect(sp["x0"] - 3, fl.y - sp["size"] - 2, sp["x1"] - sp["x0"] + 6, len(cl["head"]) * sp["lead"] + 3,
                 fill=shade)
    for i, h in enumerate(cl["head"]):
        fl.say(sp["x0"], h, font=sp["bold"] if i == 0 else sp["font"])
    fl.y += 3


def M(style="$", neg="-"):
    return lambda v: money(v, style, neg)


# ------------------------------------------------------------------------------------------ layouts

OT = [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]
PT = [("97110", 2, ("GP",)), ("97140", 1, ("GP", "59"))]
ST = [("92507", 1, ("GN",))]


def comm(svcs, st, deny=()):
    for i, s in enumerate(svcs):
        if i in deny:
            s.denied = "PR"
        commercial(s, st)
    return svcs


def mcare(svcs, st, deny=(), seq=True):
    for i, s in enumerate(svcs):
        if i in deny:
            s.denied = "PR"
        medicare(s, st, sequestration=seq)
    return svcs


def mcaid(svcs, deny=()):
    for i, s in enumerate(svcs):
        if i in deny:
            s.denied = "CO"
        medicaid(s)
    return svcs


def L1():
    """commercial member EOB, reportlab portrait Liberation Sans"""
    m = M("$")
    st = PlanState(ded_left=Decimal("150.00"), copay_codes={"99213": Decimal("30.00")})
    a = comm(visit(D(2026, 1, 6), [("97165", 1, ("GO",))]) + visit(D(2026, 1, 8), OT, (0, 2, 7, 9, 14, 16, 21, 23, 28, 30, 35, 37, 42, 44, 49, 51, 56, 58, 63, 65)), st, deny=(6,))
    a[6].remarks = ["N4"]
    for s in a:
        if not s.denied and s.deductible:
            s.remarks = ["D1"]
    b = comm(visit(D(2026, 1, 12), [("99213", 1)]) + visit(D(2026, 1, 12), [("L3807", 1, ("RT",))]), st)
    c = comm(visit(D(2026, 1, 7), [("92523", 1, ("GN",))]) + visit(D(2026, 1, 14), ST, (0, 7, 14, 21)), st)
    claims = [
        dict(claim_id="PA-40817", payer_claim_id="E26-0114-77301", patient="Lila Marchetti", svcs=a,
             head=["For: Lila Marchetti (Daughter)   Claim number E26-0114-77301   Received 03/03/2026",
                   "Provider: Brightwater Pediatric Therapy   Patient account PA-40817   In network"]),
        dict(claim_id="88120455", payer_claim_id="E26-0121-10442", patient="Paolo Marchetti", svcs=b,
             head=["For: Paolo Marchetti (Self)   Claim number E26-0121-10442   Received 01/22/2026",
                   "Provider: Hillcrest Orthopedic Associates   Patient account 88120455   In network"]),
        dict(claim_id="BPT-7731", payer_claim_id="E26-0202-55019", patient="Nico Marchetti", svcs=c,
             head=["For: Nico Marchetti (Son)   Claim number E26-0202-55019   Received 02/06/2026",
                   "Provider: Brightwater Pediatric Therapy   Patient account BPT-7731   In network"]),
    ]
    claims = claims[1:] + claims[:1]
    x = [40, 92, 232, 266, 306, 344, 380, 414, 466, 528]
    spec = dict(
        name="h96_c1_member_eob.pdf", producer="reportlab", font="LibSans", bold="LibSansB", size=7.2, lead=10.5,
        x0=36, x1=576, dstyle="mdy4", rule=True,
        furniture=furn([("SUMMIT CREST HEALTH PLAN", "LibSansB", 13), ("Explanation of Benefits  -  THIS IS NOT A BILL",
                                                                         "LibSans", 9)],
                       chain(block(["Paolo Marchetti", "2290 Orchard Bend Rd", "Cedar Falls, MN 55410"]),
                             block(["Member ID: SCH884120-01   Group: 0047712 (Larkspur Tooling Co.)",
                                    "Statement date: March 9, 2026   Plan: Silver PPO 2500"]))),
        footer="Summit Crest Health Plan * PO Box 4471 * Questions? 1-800-555-0176 * Page {page}",
        cols=[("Service|Date", x[0], "l", lambda s, c: dfmt(s.dos, "mdy4")),
              ("Service Description", x[1], "l", lambda s, c: f"{s.code} {mods_join(s)}  {s.desc[:30]}"),
              ("Amount|Billed", x[2] + 34, "r", lambda s, c: m(s.billed)),
              ("Network|Savings", x[3] + 36, "r", lambda s, c: m(s.discount)),
              ("Not|Covered", x[4] + 34, "r", lambda s, c: m(s.not_covered)),
              ("Ded-|uctible", x[5] + 26, "r", lambda s, c: m(s.deductible)),
              ("Copay", x[6] + 32, "r", lambda s, c: m(s.copay)),
              ("Co-|insurance", x[7] + 32, "r", lambda s, c: m(s.coinsurance)),
              ("Plan|Paid", x[8] + 26, "r", lambda s, c: m(s.paid)),
              ("You|Owe", x[9], "l", lambda s, c: m(s.owes) + ("  " + " ".join(s.remarks) if s.remarks else ""))],
        printed=("billed", "discount", "not_covered", "deductible", "copay", "coinsurance", "paid", "patient_owes"),
        units=False, cont="{patient} - claim {payer_claim_id} (continued)",
        claim_head=lambda pen, fl, cl: heads(pen, fl, cl, shade=0.88),
        total_row=lambda t, c: ["", "Claim totals", money(t["billed"]), "", "", "", "", "", money(t["paid"]),
                                money(t["patient_owes"])],
        tot_printed=("billed", "paid", "patient_owes"),
        legend=[("D1", "Part of this amount counted toward your deductible."),
                ("N4", "Your plan does not cover this service when billed with the other services that day.")],
        tail=lambda pen, fl: (fl.need(40), fl.say(36, "Notes", font="LibSansB"),
                              fl.say(36, "D1  Part of this amount counted toward your deductible."),
                              fl.say(36, "N4  Your plan does not cover this service when billed with the other services that day.")),
        desc="commercial member EOB, family of three", desc_of=lambda s: s.desc[:30].strip(),
    )
    return spec, claims


# ------------------------------------------------------------------------------------------ main / check

def num(s: str) -> str:
    return s.replace("$", "").replace(",", "")


def check(out: Path, results: list[dict]) -> list[str]:
    import pdfplumber
    errs = []
    spans = 0
    for r in results:
        pdf = out / r["name"]
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        with pdfplumber.open(pdf) as doc:
            if len(doc.pages) != t["pages"]:
                errs.append(f"{r['name']}: pages {len(doc.pages)} != {t['pages']}")
            words = [p.extract_words(keep_blank_chars=False, use_text_flow=False) for p in doc.pages]
            full = " ".join(p.extract_text() or "" for p in doc.pages)
        for page, base, row, dst in r["checks"]:
            ws = [w for w in words[page - 1] if w["top"] - 1 <= base <= w["bottom"] + 1]
            ws.sort(key=lambda w: w["x0"])
            line = " ".join(w["text"] for w in ws)
            nline = num(line)
            want = [dfmt(date.fromisoformat(row["service_date"]), dst)]
            if row["code"]:
                want.append(row["code"])
            want += row["modifiers"] + row["remarks"]
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if row[k] is not None:
                    want.append(str(abs(Decimal(row[k]))))
            for g, c, a in row["adjustments"]:
                want.append(c)
                if a is not None:
                    want.append(str(abs(Decimal(a))))
            for w in want:
                if num(w) not in nline:
                    errs.append(f"{r['name']} p{page}: {w!r} not on row: {line!r}")
            if row["units"] is not None and not re.search(rf"(?<![\d.]){re.escape(row['units'])}(\.0+)?(?![\d.])", line):
                errs.append(f"{r['name']} p{page}: units {row['units']} not on row {line!r}")
            if any(Decimal(row[k] or 0) < 0 for k in ("billed", "paid")) and not re.search(r"-|\(", line):
                errs.append(f"{r['name']}: negative not shown on {line!r}")
            if r["adjs_complete"] and row["billed"] is not None and row["paid"] is not None:
                adj = sum(Decimal(a) for _, _, a in row["adjustments"])
                if Decimal(row["billed"]) - adj != Decimal(row["paid"]):
                    errs.append(f"{r['name']}: billed-adjs != paid on {line!r}")
        ids = set()
        for c in t["claims"]:
            for k in ("claim_id", "payer_claim_id", "patient"):
                if c[k] and c[k] not in full:
                    errs.append(f"{r['name']}: {k} {c[k]} not in text")
            ls = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"]) == (c["claim_id"], c["payer_claim_id"])]
            if len({ln["page"] for ln in ls}) > 1:
                ids.add(c["payer_claim_id"])
            for k, v in c["totals"].items():
                if v is not None:
                    ssum = sum(Decimal(ln[k]) for ln in ls)
                    if ssum != Decimal(v):
                        errs.append(f"{r['name']}: claim {c['payer_claim_id']} {k} total {v} != {ssum}")
                    if num(money(Decimal(v), ",")) not in num(full):
                        errs.append(f"{r['name']}: total {v} not printed")
        spans += bool(ids)
        print(f"  {r['name']}: {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims, "
              f"claims over a page break: {len(ids)}")
    if spans < 3:
        errs.append(f"only {spans} files carry a claim across a page break")
    if len(results) < 10:
        errs.append(f"only {len(results)} layouts")
    return errs




def generic(name, producer, kind, font, bold, size, lead, landscape, title, payer_lines, footer, heads_fmt,
            colset, printed, units, adjs, money_style, neg, dstyle, data, tot_printed, shade=None, box=False,
            repeat=True, legend=()):
    m = M(money_style, neg)
    W = 792 if landscape else 612
    x0, x1 = 36, W - 36
    C = {
        "dos": lambda s, c: dfmt(s.dos, dstyle),
        "code": lambda s, c: s.code, "mods": lambda s, c: mods_join(s), "codemods": lambda s, c: "-".join((s.code,) + s.mods),
        "units": lambda s, c: units_str(s.units) if units != "dec" else f"{s.units:.2f}",
        "desc": lambda s, c: s.desc[:26],
        "billed": lambda s, c: m(s.billed), "allowed": lambda s, c: m(s.allowed), "discount": lambda s, c: m(s.discount),
        "deductible": lambda s, c: m(s.deductible), "coinsurance": lambda s, c: m(s.coinsurance),
        "copay": lambda s, c: m(s.copay), "not_covered": lambda s, c: m(s.not_covered),
        "paid": lambda s, c: m(s.paid), "owes": lambda s, c: m(s.owes),
        "adj": lambda s, c: " ".join(f"{g}-{r} {money(a, '', neg)}" for g, r, a in s.adjs),
        "rmk": lambda s, c: " ".join(s.remarks),
    }
    cols, x = [], x0 + 4
    for head, key, w in colset:
        al = "r" if key in ("billed", "allowed", "discount", "deductible", "coinsurance", "copay", "not_covered",
                            "paid", "owes", "units") else "l"
        cols.append((head, x + w - 10 if al == "r" else x + 2, al, C[key]))
        x += w
    def trow(t, c):
        cells = []
        for i, (head, key, w) in enumerate(colset):
            k = {"owes": "patient_owes"}.get(key, key)
            cells.append(money(t[k], money_style, neg) if k in tot_printed else ("TOTALS" if i == 1 else ""))
        return cells
    spec = dict(name=name, producer=producer, font=font, bold=bold, size=size, lead=lead, x0=x0, x1=x1,
                landscape=landscape, dstyle=dstyle, rule=True, repeat_header=repeat,
                modifiers=any(k in ("mods", "codemods") for _, k, _ in colset),
                furniture=furn(title, block(payer_lines), band=shade),
                footer=footer, cols=cols, printed=printed, units=bool(units), adjs=adjs,
                cont="{patient} " + heads_fmt.split("|")[0].split("{")[0] + "(continued)",
                claim_head=lambda pen, fl, cl: heads(pen, fl, cl, shade=shade, box=box),
                total_row=trow, tot_printed=tot_printed, legend=list(legend),
                desc=kind, desc_of=lambda s: s.desc[:26].strip() if any(k == "desc" for _, k, _ in colset) else None)
    claims = []
    for cid, pcid, pat, svcs in data:
        claims.append(dict(claim_id=cid, payer_claim_id=pcid, patient=pat, svcs=svcs,
                           head=[h.format(claim_id=cid or "", payer_claim_id=pcid or "", patient=pat) for h in heads_fmt.split("|")]))
    return spec, claims


def V(d0, items, every):
    return visit(d0, items, every)


WEEKS = (0, 2, 7, 9, 14, 16, 21, 23)
LONG = WEEKS + (28, 30, 35, 37, 42, 44, 49, 51)


def L2():
    st = PlanState(ded_left=Decimal("0"), visit_copay=Decimal("25.00"))
    data = [("MV-22091", "4410093821", "Ruth Okafor", comm(V(D(2026, 2, 3), PT, WEEKS + (28, 30, 35, 37, 42, 44)), st)),
            ("MV-22117", "4410093990", "Samuel Okafor", comm(V(D(2026, 2, 4), OT + [("97140", 1, ("GO",))], WEEKS[:4]), st, deny=(5,))),
            ("MV-22140", "4410094102", "Adaeze Okafor", comm(V(D(2026, 2, 9), ST, (0, 7, 14)), st))]
    data = data[1:] + data[:1]
    return generic("h96_c2_member_eob.pdf", "fpdf2", "commercial HMO member EOB, landscape", "DejaVuSansCond",
                   "DejaVuSansCond", 7.5, 11, True,
                   [("Northgate Employee Health Trust", "DejaVuSansCond", 14), ("YOUR EXPLANATION OF BENEFITS", "DejaVuSansCond", 9)],
                   ["Subscriber: Samuel Okafor   ID NGT-5512903   Group 88-2201", "Issued 04/17/2026"],
                   "Northgate Employee Health Trust, 100 Mill St, Dayton OH  -  Page {page}",
                   "Patient: {patient}|Claim No. {payer_claim_id}   Provider acct {claim_id}   Provider: Riverside Rehab Partners",
                   [("Svc Date", "dos", 58), ("Code", "codemods", 70), ("Description", "desc", 120), ("Qty", "units", 28),
                    ("Charges", "billed", 62), ("Plan|Discount", "discount", 60), ("Eligible", "allowed", 60),
                    ("Not|Covered", "not_covered", 58), ("Copay", "copay", 52), ("Benefit|Paid", "paid", 62),
                    ("Member|Pays", "owes", 62)],
                   ("billed", "discount", "allowed", "not_covered", "copay", "paid", "patient_owes"), True, False,
                   ",", "-", "mdy2", data, ("billed", "paid", "patient_owes"), box=True)


def L3():
    st = PlanState(ded_left=Decimal("257.00"))
    data = [(None, "26-041-0912-3381", "EVELYN J HARTWELL", mcare(V(D(2026, 1, 13), [("97161", 1, ("GP",))], (0,)) + V(D(2026, 1, 15), PT, WEEKS), st)),
            (None, "26-052-0118-2260", "EVELYN J HARTWELL", mcare(V(D(2026, 2, 2), [("G0283", 1, ("GP",))], (0, 3, 7)), st, deny=(2,)))]
    return generic("h96_m1_msn.pdf", "reportlab", "Medicare Summary Notice Part B", "Times-Roman", "Times-Bold", 8.5, 12,
                   False, [("Medicare Summary Notice for Part B (Medical Insurance)", "Times-Bold", 13),
                           ("The Official Summary of Your Medicare Claims", "Times-Roman", 9)],
                   ["EVELYN J HARTWELL   Medicare Number XXXXXXX7Q21", "Notice date: March 16, 2026"],
                   "Medicare Summary Notice  -  not a bill  -  page {page}",
                   "{patient} - Claim Number {payer_claim_id}|Lakeview Physical Therapy Group, 18 Harbor Ln",
                   [("Service Date", "dos", 62), ("Service Provided and Code", "code", 40), ("", "desc", 130),
                    ("Amount|Charged", "billed", 62), ("Medicare-|Approved", "allowed", 62), ("Medicare|Paid", "paid", 62),
                    ("You May|Be Billed", "owes", 62)],
                   ("billed", "allowed", "paid", "patient_owes"), False, False, "$", "-", "mon", data,
                   ("billed", "allowed", "paid", "patient_owes"))




def L4():
    st = PlanState(ded_left=Decimal("0"), visit_copay=Decimal("40.00"))
    data = [("W55120", "PSA2601887731", "Gloria M. Benedetti", comm(V(D(2026, 1, 20), [("97163", 1, ("GP",))], (0,)) + V(D(2026, 1, 22), PT + [("97112", 1, ("GP", "KX"))], LONG), st)),
            ("W55188", "PSA2602013004", "Gloria M. Benedetti", comm(V(D(2026, 2, 11), [("99213", 1)], (0,)), st))]
    data = data[::-1]
    return generic("h96_m2_ma_eob.pdf", "fpdf2", "Medicare Advantage HMO member EOB", "LibSerif", "LibSerifB", 8, 11.5,
                   False, [("Bayfront Senior Advantage (HMO)", "LibSerifB", 14), ("Explanation of Benefits for Gloria M. Benedetti", "LibSerif", 9)],
                   ["Member ID 90077421   This is not a bill", "For claims processed January 1 - February 28, 2026"],
                   "Bayfront Senior Advantage is an HMO plan with a Medicare contract. H9901_EOB26   Page {page}",
                   "Claim ID {payer_claim_id}   Patient: {patient}|Provider: Westmark Outpatient Rehab   Provider's claim # {claim_id}",
                   [("Date", "dos", 56), ("Service", "code", 36), ("Mod", "mods", 36), ("Description", "desc", 118),
                    ("Provider|charged", "billed", 64), ("Plan's allowed|amount", "allowed", 74), ("Plan|paid", "paid", 60),
                    ("Your|copay", "copay", 52), ("You|owe", "owes", 50)],
                   ("billed", "allowed", "paid", "copay", "patient_owes"), False, False, "$", "-", "mdy2", data,
                   ("billed", "allowed", "paid", "patient_owes"), shade=0.9)


def L5():
    a = mcaid(V(D(2026, 1, 5), [("97530", 3, ("GO",)), ("97110", 2, ("GO",))], LONG), deny=(3,))
    a[3].remarks = ["0812"]
    b = mcaid(V(D(2026, 1, 6), [("92507", 1, ("GN",))], (0, 7, 14)))
    old = mcaid(V(D(2025, 12, 8), [("97112", 2, ("GP",))], (0, 3)))
    rev = [negate(x) for x in old]
    data = [("T44120", "2026012400381", "RIVERA, TOMAS", b),
            ("T44005", "2026012400512", "RIVERA, ANA L", rev),
            ("T44096", "2026012400877", "DUBOIS, MARCEL", a)]
    return generic("h96_d1_medicaid_ra.pdf", "fpdf2", "state Medicaid remittance advice, line printer", "Courier",
                   "Courier-Bold", 7.4, 10, True,
                   [("STATE DEPARTMENT OF HEALTH SERVICES - MEDICAL ASSISTANCE PROGRAM", "Courier-Bold", 10),
                    ("REMITTANCE ADVICE    RA NUMBER 0004471920    PAYMENT DATE 02/27/2026", "Courier", 8)],
                   ["PROVIDER: KESTREL FAMILY THERAPY LLC   NPI 1609923417   PROV ID 440091237"],
                   "RA 0004471920   PAGE {page}",
                   "RECIPIENT: {patient}   ICN: {payer_claim_id}   PATIENT ACCT: {claim_id}",
                   [("FROM DOS", "dos", 62), ("PROC", "code", 40), ("MOD", "mods", 40), ("UNITS", "units", 40),
                    ("BILLED", "billed", 64), ("ALLOWED", "allowed", 64), ("PAID", "paid", 64),
                    ("ADJ GRP-RSN AMT", "adj", 120), ("EOB", "rmk", 40)],
                   ("billed", "allowed", "paid"), "dec", True, ",", "-", "mdy4", data, ("billed", "paid"))


def L6():
    a = mcaid(V(D(2026, 2, 2), [("97166", 1, ("GO",))], (0,)) + V(D(2026, 2, 4), OT, WEEKS + (28,)))
    b = mcaid(V(D(2026, 2, 3), [("97161", 1, ("GP",)), ("97116", 2, ("GP",))], (0, 7)), deny=(3,))
    data = [("BX-3310", "K26040118820", "Imani Castellano", b), ("BX-3291", "K26040118871", "Jorge Castellano", a)]
    return generic("h96_d2_mco_ra.pdf", "reportlab", "Medicaid managed-care provider remittance", "LibNarrow", "LibSansB",
                   7.6, 11, False, [("HarborWell Community Health Plan", "LibSansB", 13),
                                     ("Medicaid Managed Care  |  Provider Remittance Advice", "LibNarrow", 9)],
                   ["Pay to: Sunfield Pediatric Therapies   TIN 84-2290117", "Check/EFT 000918834  Issued 03/27/2026"],
                   "HarborWell Community Health Plan - Provider Services 1-866-555-0142 - Page {page}",
                   "Member: {patient}   Claim #: {payer_claim_id}|Patient Control #: {claim_id}   Medicaid ID 7710-44-912",
                   [("DOS", "dos", 52), ("Proc/Mod", "codemods", 62), ("Units", "units", 36), ("Charged", "billed", 60),
                    ("Allowed", "allowed", 58), ("Paid", "paid", 58), ("Adjustments", "adj", 110), ("Remark", "rmk", 60)],
                   ("billed", "allowed", "paid"), True, True, ",", "()", "mdy2", data, ("billed", "allowed", "paid"),
                   box=True)


def L7():
    st = PlanState(ded_left=Decimal("60.00"))
    a = mcare(V(D(2026, 3, 2), [("97530", 2, ("GO", "CO")), ("97535", 1, ("GO",))], LONG), st)
    st2 = PlanState()
    b = mcare(V(D(2026, 3, 4), [("97110", 3, ("GP", "CQ"))], (0, 7)), st2, deny=(1,))
    data = [("RT6620", "2226071900110", "HOLLOWAY, DEAN", b), ("RT6614", "2226071900245", "ABERNATHY, JUNE", a)]
    return generic("h96_p1_paper_remit.pdf", "reportlab", "Medicare-style standard paper remit, clearinghouse print",
                   "Courier", "Courier-Bold", 7, 9.5, True,
                   [("MEDICARE PART B  -  REMITTANCE ADVICE (PRINT IMAGE)", "Courier-Bold", 10),
                    ("VIA PINEPOINT CLAIMS EXCHANGE        CHECK/EFT # 4300192281   DATE 05/01/2026", "Courier", 8)],
                   ["PROVIDER # 7712004   HARLOW REHABILITATION SERVICES   NPI 1407783310"],
                   "PINEPOINT CLAIMS EXCHANGE PRINT  PAGE {page}",
                   "NAME {patient}   HIC 4XQ9TT2RK31   ACNT {claim_id}   ICN {payer_claim_id}   ASG Y",
                   [("SERV DATE", "dos", 56), ("NOS", "units", 26), ("PROC", "code", 40), ("MODS", "mods", 50),
                    ("BILLED", "billed", 60), ("ALLOWED", "allowed", 60), ("DEDUCT", "deductible", 52),
                    ("COINS", "coinsurance", 52), ("GRP/RC-AMT", "adj", 210), ("PROV PD", "paid", 60)],
                   ("billed", "allowed", "deductible", "coinsurance", "paid"), True, True, "", "-", "mdy6", data,
                   ("billed", "allowed", "paid"))


def L8():
    st = PlanState(ded_left=Decimal("0"))
    a = mcare(V(D(2026, 4, 1), [("92507", 1, ("GN",)), ("92526", 1, ("GN",))], (0, 7, 14)), st)
    b = mcare(V(D(2026, 4, 2), [("97112", 2, ("GP",)), ("97140", 1, ("GP",))], LONG), st)
    data = [("100482", "2226103355021", "Faye Lindgren", a), ("100517", "2226103355187", "Otto Lindgren", b)]
    return generic("h96_p2_pm_era_detail.pdf", "fpdf2", "practice-management ERA posting detail of a Medicare payment",
                   "Helvetica", "Helvetica-Bold", 7.5, 10.5, True,
                   [("ClinicDesk PM  -  ERA Posting Detail", "Helvetica-Bold", 12),
                    ("Payer: MEDICARE PART B JURISDICTION 9   Deposit 06/05/2026   EFT 881200471", "Helvetica", 8)],
                   ["Practice: Tidewater Speech & Physical Therapy   Run by: jkowal   Batch 2026-0605-03"],
                   "ClinicDesk PM report ERA-DET v4.2   Page {page}",
                   "Acct# {claim_id}   Patient: {patient}   Payer ICN: {payer_claim_id}",
                   [("DOS", "dos", 60), ("CPT", "code", 40), ("Mod", "mods", 40), ("Units", "units", 34),
                    ("Charge", "billed", 60), ("Allowed", "allowed", 60), ("Deduct", "deductible", 52),
                    ("Coins", "coinsurance", 52), ("Adj Codes", "adj", 210), ("Paid", "paid", 60)],
                   ("billed", "allowed", "deductible", "coinsurance", "paid"), "dec", True, ",", "-", "mdyn", data,
                   ("billed", "allowed", "paid"), shade=0.92)


def L9():
    st = PlanState(ded_left=Decimal("300.00"))
    a = comm(V(D(2026, 1, 5), OT, LONG + (56, 58)), st)
    b = comm(V(D(2026, 1, 6), ST, (0, 7, 14, 21)), st)
    c = comm(V(D(2026, 1, 9), [("97168", 1, ("GO",))], (0,)), st)
    data = [("V-30118", None, "Harper Quill", c), ("V-30102", None, "Wren Quill", b), ("V-30087", None, "Ezra Quill", a)]
    return generic("h96_s1_clinic_statement.pdf", "reportlab", "pediatric therapy clinic family statement", "DejaVuSans",
                   "DejaVuSans", 7.2, 10.5, False,
                   [("Little Oaks Therapy Center", "DejaVuSans", 14), ("STATEMENT  -  Guarantor: Meredith Quill", "DejaVuSans", 9)],
                   ["Account 55-01732   Statement date 03/20/2026   Please pay by 04/14/2026"],
                   "Little Oaks Therapy Center * 44 Linden Ave * Billing questions 555-0108 * Page {page}",
                   "Patient: {patient}   Visit/Invoice {claim_id}",
                   [("Date", "dos", 58), ("Code", "codemods", 64), ("Service", "desc", 130), ("Qty", "units", 30),
                    ("Charges", "billed", 62), ("Insurance|Paid", "paid", 62), ("Insurance|Adjustment", "discount", 66),
                    ("Patient|Balance", "owes", 62)],
                   ("billed", "paid", "discount", "patient_owes"), True, False, "$", "-", "mdy2", data,
                   ("billed", "paid", "patient_owes"), repeat=False)


def L10():
    st = PlanState(ded_left=Decimal("500.00"))
    a = comm(V(D(2026, 2, 16), [("97163", 1, ("GP",))], (0,)) + V(D(2026, 2, 18), PT, WEEKS), st)
    b = comm(V(D(2026, 2, 17), [("97167", 1, ("GO",))], (0,)) + V(D(2026, 2, 19), [("97530", 2, ("GO",))], (0, 7)), st)
    for s in a + b:
        s.paid = s.owes = Decimal("0")
    data = [("HA70044182", None, "Beatrice Nolan", b), ("HA70044109", None, "Curtis Nolan", a)]
    return generic("h96_s2_hospital_statement.pdf", "fpdf2", "hospital outpatient rehab family statement",
                   "LibSerif", "LibSerifB", 8, 11, False,
                   [("St. Aldric Regional Medical Center", "LibSerifB", 14), ("Patient Statement", "LibSerif", 10)],
                   ["Guarantor: Curtis Nolan   Guarantor # 6601278", "Statement date 04/02/2026   Charges pending insurance"],
                   "St. Aldric Regional Medical Center - Patient Financial Services - Page {page}",
                   "Hospital Account {claim_id}   Patient: {patient}|Outpatient Rehabilitation",
                   [("Service Date", "dos", 66), ("CPT/HCPCS", "code", 56), ("Mod", "mods", 36), ("Description", "desc", 140),
                    ("Qty", "units", 30), ("Charges", "billed", 70)],
                   ("billed",), True, False, "$", "-", "month", data, ("billed",))


LAYOUTS = [L1, L2, L3, L4, L5, L6, L7, L8, L9, L10]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout96_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    results = []
    for fn in LAYOUTS:
        spec, claims = fn()
        results.append(build(spec, out, claims))
    print(f"wrote {len(results)} PDFs to {out}")
    if "--check" in argv:
        errs = check(out, results)
        for e in errs[:60]:
            print("FAIL", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
