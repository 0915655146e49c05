"""Write HELD-OUT set 109 of synthetic PDF EOB layouts (with truth files): ten everyday documents, two of each
of the five commonest real kinds, in house styles of our own, to measure the PDF reader once, honestly.

Run:  python bench/heldout109/make_heldout109_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout109/make_heldout109_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic output (reportlab invariant=1,
fpdf2 fixed creation date, no randomness). Helper module: bench/heldout109/h109kit.py (drawing + self-check).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth / truth_line), printed values only, null
for what a layout does not print (units null where no quantity is printed); claim_id = the provider's own
account / invoice / patient-control number, payer_claim_id = the payer's claim number / ICN / TCN / claim ref,
patient exactly as printed (the person served). A TO-DOS equal to the FROM-DOS is recorded as service_end null.
Amounts that print as negatives (reversals) are negative in the truth. Every name, number, payer, provider,
address and ID is invented; descriptions are our own words. 97533 gets an invented fee / rate / wording here.

Layouts:
  h109_cm_a  commercial PPO member EOB for a family (reportlab, portrait Liberation Serif): shaded claim bands
      "Claim Number / Patient (relation) / Provider / Provider Account #", column header repeated under each claim,
      "Amount Charged / Plan Discount / Allowed Amount / Deductible / Copay / Coinsurance / Plan Paid / Your Cost /
      Remark", "97530 GO 59" spaced, descriptions wrapped to a second line, no units, a not-covered line owed in
      full, claim totals, a claim running onto page 2 under "(continued)" + repeated header, remark legend
  h109_cm_b  commercial member "Benefit Statement" (fpdf2, landscape DejaVu Sans Condensed): two summary panels,
      "Svc Date (Jan 5, 2026) / Description / CPT/HCPCS / Mod / Units / Billed / Not Covered / Plan Allowance /
      Deductible / Copay / Coinsurance / Plan Payment / Member Resp. / Rsn", per-visit copay, provider-liable
      denial, four family members, PLANTED claim-total mismatch (Member Resp.)
  h109_msn   Medicare Summary Notice, older Part B "assigned claims" style (fpdf2, core Times): "Dates of Service /
      Services and Service Codes ("2 Therapeutic exercises (97110)": quantity first, code in parentheses, no
      modifiers) / Amount Charged / Medicare Approved / Medicare Paid Provider / You May Be Billed / See Notes
      Section", referring doctor lines, claim totals, notes a/b/c, a claim continued on page 2
  h109_ma    Medicare Advantage HMO-POS member EOB (reportlab, landscape DejaVu Sans): boxed claim band "patient |
      Claim # | provider | Provider's account no.", "97140-GP-CQ", Qty, "Provider billed / Amount not allowed /
      Plan-approved amount / Plan paid / Your copay / Not covered / You owe / Note", two household members,
      no-approval denial, claim continued on page 2 with the header repeated
  h109_mcd_a state Medicaid remittance advice (reportlab, portrait core Courier): CLAIMS PAID / DENIED / CLAIM
      ADJUSTMENTS sections, "RECIP: LAST, FIRST M  ID  PAT ACCT  ICN" lines, LN / FROM DOS / TO DOS (MMDDYY) / PROC /
      MOD / UNITS "2.00" / BILLED / ALLOWED / PAID / STATUS / EOB, a "DESC:" second line per service, a void
      (leading minus) and its replacement with ORIGINAL ICN, EOB legend, claim continued across the page break
  h109_mcd_b state MMIS professional RA (fpdf2, landscape DejaVu Sans Mono): one grid row per service carrying
      TCN, recipient name, recipient ID and patient account, CCYYMMDD dates, "GO:59", units "2.000", TPL column,
      P/D status, adjustment reasons without amounts ("CO45", "CO197"), RARC, TCN TOTAL rows
  h109_ch    clearinghouse printable view of a Medicare Part B 835 (reportlab, DejaVu Sans Condensed): boxed
      "Patient Name / Patient Control # / Payer Claim Control # / Claim Status" heads, "97110:GP:KX", all
      adjustments in one cell "CO-45 57.15  PR-1 ...  CO-253 ...", remarks, claim totals, claim continued on page 2
  h109_pm    practice-management "EOB Detail - Medicare Part B" report (fpdf2, Liberation Mono): fixed adjustment
      columns headed "DEDUCT PR-1 / COINS PR-2 / CONTR CO-45 / SEQ CO-253", PT RESP, a reversal (negative amounts,
      MA67) and its corrected claim with "CORRECTS ICN", claim totals
  h109_fs_a  pediatric therapy clinic family statement to a guarantor (reportlab, core Helvetica): invoice
      headings naming the child and the insurer's claim, "97530-GO", no units, "Charges / Insurance Paid /
      Insurance Adjustment / You Owe", four family members, invoice totals, continues on page 2 WITHOUT a
      repeated column header
  h109_fs_b  hospital family account statement (fpdf2, Liberation Serif): account band per family member with
      hospital account # and insurance claim ref, "Svc Date (01-05-2026) / Rev / CPT/HCPCS / Mod / Description
      (upper case) / Units / Total Charges / Insurance Payments / Insurance Adjustments / Patient Responsibility",
      amounts without $, a not-covered line, account totals, account continued on page 2 under a repeated header

The self-check (--check) tests the factory, not the reader: page counts; every truth line's date, code,
modifiers, units, every non-null amount, adjustment amount and remark lie on ONE text row of its page
(pdfplumber words grouped by baseline); claim ids, payer claim ids and patients are in the document text;
billed - adjustments = paid where a layout prints every adjustment with its amount; printed claim totals equal
the sum of their lines and are printed, except the planted, declared mismatch, which really is one; the layouts
meant to carry a claim across a page break really do.
"""

from __future__ import annotations

import sys
import tempfile
import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eobgen import (DESC, FEE, SCHED, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money,  # noqa: E402
                    negate, total, truth_line, write_truth)
from h109kit import Doc, check_one  # noqa: E402

D = date
# 97533 is not in the shared invented fee tables: add our own invented fee, program rate and wording.
FEE.setdefault("97533", "88.00")
SCHED.setdefault("97533", "31.90")
DESC.setdefault("97533", "Sensory integration activities")


def mods_sp(s):
    return " ".join((s.code,) + s.mods)


def mods_dash(s):
    return "-".join((s.code,) + s.mods)


def mk(pt, st, rows, fn=commercial, **kw):
    out = []
    for r in rows:
        dos, code, u, mods = r[:4]
        den = r[4] if len(r) > 4 else None
        s = Svc(dos, code, Decimal(str(u)), tuple(mods), denied=den)
        out.append(fn(s, st, **kw) if fn is not medicaid else medicaid(s))
    return out


# ------------------------------------------------------------------------------------- generic engine
def render(cfg, claims, out: Path):
    """Draw a table-style document from cfg; returns truth lines, claim records, page count.
    With cfg["split"], the bottom margin is the smallest of a fixed series (deterministic) for which some claim's
    rows run on from one page to the next, as a full page would cut them."""
    if not cfg.get("split"):
        return _render(cfg, claims, out)
    base = cfg.get("bottom", 60)
    for b in range(base, base + 200, 4):
        cfg["bottom"] = b
        lines, crecs, n = _render(cfg, claims, out)
        pages = {}
        for ln in lines:
            pages.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
        if any(len(v) > 1 for v in pages.values()):
            return lines, crecs, n
    raise RuntimeError("no split found")


def _render(cfg, claims, out: Path):
    d = Doc(cfg["producer"], cfg.get("land", False), cfg["font"])
    sz = cfg.get("size", 7.5)
    lh = cfg.get("lh", sz + 4.5)
    cols = cfg["cols"]
    xs = [(c[1], c[2]) for c in cols]
    left, right = cfg.get("margin", 36), d.W - cfg.get("margin", 36)
    lines, crecs = [], []
    st = {"y": 0}

    def header_row(y):
        nt = max(len(c[0].split("\n")) for c in cols)
        if cfg.get("hdr_fill") is not None:
            d.box(left, y - sz - 2, right - left, nt * (sz + 1.5) + 4, fill=cfg["hdr_fill"], stroke=False)
        for c in cols:
            parts = c[0].split("\n")
            for k, p in enumerate(parts):
                d.t(c[1], y + (nt - len(parts) + k) * (sz + 1.5), p, sz - 0.5, True, c[2])
        y += (nt - 1) * (sz + 1.5) + 4
        d.ln(left, y, right, y, 0.8)
        return y + lh

    def new_page(cont=None):
        d.page()
        y = cfg["furniture"](d, d.pno, left, right)
        if cont is not None:
            if cfg.get("cont_fmt"):
                d.t(left, y, cfg["cont_fmt"].format(**cont), sz + 0.5, True)
                y += lh + 2
            if cfg.get("repeat_header", True):
                y = header_row(y)
        st["y"] = y

    def need(h, cont=None):
        if st["y"] + h > d.H - cfg.get("bottom", 60):
            new_page(cont)
            return True
        return False

    new_page()
    if cfg.get("intro"):
        st["y"] = cfg["intro"](d, st["y"], left, right)
    if not cfg.get("header_per_claim"):
        st["y"] = header_row(st["y"])
    section = None
    for ci, c in enumerate(claims):
        if cfg.get("section") and c.get("section") != section:
            section = c.get("section")
            need(lh * 4)
            d.t(left, st["y"] + 4, section, sz + 1, True)
            st["y"] += lh + 6
        need(lh * (len(cfg["claim_head"](c)) + 2))
        heads = cfg["claim_head"](c)
        if cfg.get("band") is not None:
            d.box(left, st["y"] - sz - 2, right - left, len(heads) * lh + 2, fill=cfg["band"], stroke=cfg.get("band_stroke", False))
        for h in heads:
            d.t(left + 3, st["y"], h, sz + 0.3, cfg.get("head_bold", True))
            st["y"] += lh
        st["y"] += 2
        if cfg.get("header_per_claim"):
            st["y"] = header_row(st["y"])
        ctx = {"head": heads[0] if heads else "", **c}
        for s in c["svcs"]:
            extra = cfg["wrap"](s) if cfg.get("wrap") else []
            need(lh * (1 + len(extra)), ctx)
            d.cols(st["y"], xs, [col[3](s, c) for col in cols], sz)
            tl = truth_line(d.pno, s, claim_id=c.get("acct"), payer_claim_id=c.get("icn"), patient=c.get("patient"),
                            printed=cfg["printed"], units=cfg.get("units", True), modifiers=cfg.get("mods", True),
                            adjustments=cfg["adjs"](s) if cfg.get("adjs") else [],
                            remarks=cfg["rmk"](s) if cfg.get("rmk") else [],
                            description=False)
            tl["description"] = cfg["desc"](s) if cfg.get("desc") else None
            lines.append(tl)
            for e in extra:
                st["y"] += lh - 1.5
                d.t(cfg["wrap_x"], st["y"], e, sz - 0.5)
            if cfg.get("rule"):
                d.ln(left, st["y"] + 3, right, st["y"] + 3, 0.25)
            st["y"] += lh
        tots = None
        if cfg.get("totals"):
            need(lh * 2)
            tots, vals = cfg["totals"](c)
            if c.get("plant"):
                k, delta = c["plant"]
                tots[k] = tots[k] + delta
                vals = cfg["totals"](c, tots)[1]
            if cfg.get("tot_rule", True):
                d.ln(cfg.get("tot_x0", left), st["y"] - lh + 3.5, right, st["y"] - lh + 3.5, 0.6)
            d.cols(st["y"], xs, vals, sz, True)
            st["y"] += lh
        st["y"] += cfg.get("gap", 8)
        crecs.append({"claim_id": c.get("acct"), "payer_claim_id": c.get("icn"), "patient": c.get("patient"),
                      "totals": claim_totals(**{k: tots.get(k) for k in ("billed", "allowed", "paid", "patient_owes")})
                      if tots else claim_totals()})
    if cfg.get("closing"):
        if st["y"] + cfg.get("closing_h", 120) > d.H - 50:
            new_page()
        cfg["closing"](d, st["y"] + 6, left, right)
    n = d.pno
    for i, ops in enumerate(d.pages, 1):
        d.pages[i - 1].append(("t", (left + right) / 2, d.H - 24, cfg["footer"].format(p=i, n=n), 6.5, False, "c"))
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(out)
    return lines, crecs, n


def tot(c, keys):
    return {k: total(c["svcs"], {"patient_owes": "owes"}.get(k, k)) for k in keys}


def findings_for(claims, label):
    f = []
    for c in claims:
        if c.get("plant"):
            k, delta = c["plant"]
            real = total(c["svcs"], {"patient_owes": "owes"}.get(k, k))
            f.append(f"claim-total-mismatch claim {c.get('icn') or c.get('acct')}: printed {label} total "
                     f"{real + delta} but the lines add up to {real}")
    return f


def totals_fn(keys, pre, fmt, post=0, cols=None):
    def f(c, t=None):
        t = t or tot(c, keys)
        vals = pre + [fmt(t[k]) for k in (cols or keys)] + [None] * post
        return t, vals
    return f


def block(d, x, y, lines, sz=8, b0=True, lh=10.5):
    for i, s in enumerate(lines):
        d.t(x, y + i * lh, s, sz, b0 and i == 0)
    return y + len(lines) * lh


def M(v, style="$", neg="-"):
    return money(v, style, neg)


# ============================================================================ 1. commercial member EOB (A)
def lay_cm_a(out):
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    fam = [
        ("Sofia Veretti", "Daughter", "BPT-558120", "26A0114-30827", [
            (D(2026, 1, 6), "97165", 1, ["GO"]), (D(2026, 1, 6), "97530", 2, ["GO"]),
            (D(2026, 1, 8), "97530", 3, ["GO"]), (D(2026, 1, 8), "97535", 1, ["GO", "59"]),
            (D(2026, 1, 13), "97530", 2, ["GO"]), (D(2026, 1, 13), "97112", 1, ["GO"]),
            (D(2026, 1, 15), "97530", 3, ["GO"]), (D(2026, 1, 15), "97760", 1, ["GO"])]),
        ("Marco Veretti", "Son", "BPT-558133", "26A0119-30914", [
            (D(2026, 1, 9), "92523", 1, ["GN"]), (D(2026, 1, 12), "92507", 1, ["GN"]),
            (D(2026, 1, 16), "92507", 1, ["GN"]), (D(2026, 1, 16), "97129", 1, ["GN"], "PR")]),
        ("Ilse Veretti", "Spouse", "NHC-20417", "26A0121-31002", [
            (D(2026, 1, 7), "97161", 1, ["GP"]), (D(2026, 1, 7), "97140", 2, ["GP"]),
            (D(2026, 1, 10), "97110", 3, ["GP", "KX"]), (D(2026, 1, 10), "97140", 1, ["GP"]),
            (D(2026, 1, 14), "97110", 2, ["GP"]), (D(2026, 1, 14), "G0283", 1, ["GP"])]),
        ("Sofia Veretti", "Daughter", "BPT-558120", "26A0128-31377", [
            (D(2026, 1, 20), "97530", 2, ["GO"]), (D(2026, 1, 20), "97140", 1, ["GO", "59"]),
            (D(2026, 1, 22), "97530", 3, ["GO"]), (D(2026, 1, 22), "97110", 1, ["GO"]),
            (D(2026, 1, 27), "97168", 1, ["GO"]), (D(2026, 1, 27), "97530", 2, ["GO"]),
            (D(2026, 1, 29), "97530", 2, ["GO"]), (D(2026, 1, 29), "97535", 2, ["GO"])]),
    ]
    provs = {"BPT": "Bright Path Pediatric Therapy", "NHC": "Northgate Hand & Spine Clinic"}
    claims = []
    for pt, rel, acct, icn, rows in fam:
        svcs = mk(pt, st, rows)
        for s in svcs:
            s.remarks = (["X7"] if s.denied else []) + (["D1"] if s.deductible else [])
        claims.append({"patient": pt, "rel": rel, "acct": acct, "icn": icn, "prov": provs[acct[:3]], "svcs": svcs})

    def furn(d, p, l, r):
        d.t(l, 40, "TAMARACK HEALTH ALLIANCE", 15, True)
        d.t(l, 53, "PPO Plus  |  Group 0047712  |  Member services 1-800-555-0142", 7.5)
        d.t(r, 40, "Explanation of Benefits", 12, True, "r")
        d.t(r, 53, "THIS IS NOT A BILL", 8, True, "r")
        d.ln(l, 60, r, 60, 1.2)
        if p == 1:
            block(d, l, 78, ["DANIEL VERETTI", "2218 KESTREL RIDGE RD", "ASHBOURNE FALLS, OR 97019"], 8.5)
            block(d, 330, 78, ["Statement date:  February 3, 2026", "Subscriber:  Daniel Veretti",
                               "Member ID:  THA884410572", "Coverage period:  01/01/2026 - 12/31/2026"], 8, False)
            d.box(l, 126, r - l, 40, fill=0.93)
            block(d, l + 6, 138, ["Summary of claims processed in this statement",
                                  "Your plan paid providers for the claims below. Amounts under \"Your Cost\" may be billed to you by",
                                  "the provider. Remark codes are explained on the last page."], 7.5)
            return 186
        d.t(l, 74, "Daniel Veretti  -  Member ID THA884410572  -  continued", 8, True)
        return 92

    def cost(s):
        return s.owes

    cfg = dict(
        split=True,
        producer="reportlab", font="LibSerif", size=7.3, furniture=furn, footer="Tamarack Health Alliance  -  Page {p} of {n}",
        cols=[("Date of\nService", 36, "l", lambda s, c: dfmt(s.dos, "mdy2")),
              ("Service", 72, "l", lambda s, c: textwrap.wrap(s.desc, 24)[0]),
              ("Code", 170, "l", lambda s, c: mods_sp(s)),
              ("Amount\nCharged", 252, "r", lambda s, c: M(s.billed)),
              ("Plan\nDiscount", 294, "r", lambda s, c: M(s.discount)),
              ("Allowed\nAmount", 336, "r", lambda s, c: M(s.allowed)),
              ("Deductible", 378, "r", lambda s, c: M(s.deductible)),
              ("Copay", 412, "r", lambda s, c: M(s.copay)),
              ("Coinsurance", 458, "r", lambda s, c: M(s.coinsurance)),
              ("Plan\nPaid", 500, "r", lambda s, c: M(s.paid)),
              ("Your\nCost", 542, "r", lambda s, c: M(cost(s))),
              ("Remark", 550, "l", lambda s, c: " ".join(s.remarks))],
        wrap=lambda s: textwrap.wrap(s.desc, 24)[1:], wrap_x=76, rule=True,
        claim_head=lambda c: [f"Claim Number: {c['icn']}    Patient: {c['patient']} ({c['rel']})",
                              f"Provider: {c['prov']}    Provider Account #: {c['acct']}"],
        band=0.88, header_per_claim=True, cont_fmt="Claim Number: {icn}  -  {patient} (continued)",
        printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes"),
        units=False, rmk=lambda s: s.remarks, desc=lambda s: s.desc,
        totals=totals_fn(("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes"),
                         [None, "Claim Total", None], M),
        closing=lambda d, y, l, r: block(d, l, y + 10, [
            "Remark codes", "D1  The allowed amount was applied to your annual deductible.",
            "X7  This service is not a covered benefit under your plan; the provider may bill you.",
            "If you disagree with how a claim was handled you may ask us to review it within 180 days of this notice."], 7.5))
    lines, crecs, n = render(cfg, claims, out)
    legend = [("D1", "Applied to the annual deductible."), ("X7", "Not a covered benefit; member may be billed.")]
    return lines, crecs, n, legend, [], "commercial PPO member EOB for a family", {"split": True, "no_units": True}


# ============================================================================ 2. commercial member EOB (B)
def lay_cm_b(out):
    st = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.81"), visit_copay=Decimal("25.00"))
    fam = [
        ("Tomas Abernethy", "44019-02", "HM77302601-0458", "Riverbend Therapy Associates", [
            (D(2026, 1, 5), "97161", 1, ["GP"]), (D(2026, 1, 5), "97110", 2, ["GP"]),
            (D(2026, 1, 7), "97110", 2, ["GP"]), (D(2026, 1, 7), "97140", 1, ["GP", "59"]),
            (D(2026, 1, 7), "0552T", 1, [], "CO")]),
        ("Greta Abernethy", "44019-03", "HM77302601-0511", "Riverbend Therapy Associates", [
            (D(2026, 1, 9), "97166", 1, ["GO"]), (D(2026, 1, 12), "97530", 3, ["GO"]),
            (D(2026, 1, 12), "97535", 1, ["GO"]), (D(2026, 1, 14), "97530", 2, ["GO"])]),
        ("Wren Abernethy", "71884", "HM77302601-0623", "Lakeshore Speech & Language", [
            (D(2026, 1, 8), "92523", 1, ["GN"]), (D(2026, 1, 15), "92507", 1, ["GN"]),
            (D(2026, 1, 22), "92507", 1, ["GN"])]),
        ("Paula Abernethy", "P-220981", "HM77302601-0702", "Ardent Orthopedic Group", [
            (D(2026, 1, 16), "99213", 1, ["25"]), (D(2026, 1, 16), "L3807", 1, ["RT"]),
            (D(2026, 1, 16), "97760", 1, ["GO"])]),
        ("Greta Abernethy", "44019-03", "HM77302601-0719", "Riverbend Therapy Associates", [
            (D(2026, 1, 19), "97530", 2, ["GO"]), (D(2026, 1, 19), "97112", 1, ["GO"]),
            (D(2026, 1, 21), "97530", 3, ["GO"]), (D(2026, 1, 23), "97530", 2, ["GO"]),
            (D(2026, 1, 23), "97535", 1, ["GO", "59"]), (D(2026, 1, 26), "97168", 1, ["GO"])]),
    ]
    claims = []
    for pt, acct, icn, prov, rows in fam:
        svcs = mk(pt, st, rows, deny_reason="96")
        for s in svcs:
            s.remarks = ["NC4"] if s.denied else (["CP"] if s.copay else [])
        claims.append({"patient": pt, "acct": acct, "icn": icn, "prov": prov, "svcs": svcs})
    claims[3]["plant"] = ("patient_owes", Decimal("10.00"))

    def furn(d, p, l, r):
        d.box(l, 24, r - l, 30, fill=0.85, stroke=False)
        d.t(l + 8, 43, "Halcyon Mutual Health", 14, True)
        d.t(r - 8, 36, "BENEFIT STATEMENT - Explanation of Benefits", 9, True, "r")
        d.t(r - 8, 48, "Not a bill. Keep for your records.", 7.5, False, "r")
        if p == 1:
            d.box(l, 64, 250, 92, fill=0.95)
            block(d, l + 8, 78, ["Prepared for", "Paula Abernethy", "81 Juniper Hollow Lane, Apt 3",
                                 "Clearwater Bend, MN 55390", "Member #: HMH-30917742-01   Plan: Choice 2500"], 8)
            d.box(l + 262, 64, r - l - 262, 92)
            block(d, l + 272, 78, ["Your family's 2026 year-to-date totals",
                                   "Deductible (family):  $0.00 of $5,000.00 met  -  waived for office and therapy copay visits",
                                   "Out-of-pocket (family):  $310.00 of $9,000.00",
                                   "Office and therapy visits: a $25.00 copay applies once per visit date.",
                                   "Statement date: 02/02/2026      Questions: 1-866-555-0188 (TTY 711)"], 8)
            return 174
        d.t(l, 70, "Benefit statement for Paula Abernethy  (Member # HMH-30917742-01)  continued", 8, True)
        return 88

    cfg = dict(
        producer="fpdf2", land=True, font="DVCond", size=7.2, furniture=furn, hdr_fill=0.9, bottom=48,
        footer="Halcyon Mutual Health   |   Page {p} of {n}",
        cols=[("Svc Date", 36, "l", lambda s, c: dfmt(s.dos, "mon")),
              ("Description", 90, "l", lambda s, c: s.desc[:30]),
              ("CPT/HCPCS", 212, "l", lambda s, c: s.code), ("Mod", 256, "l", lambda s, c: " ".join(s.mods)),
              ("Units", 300, "r", lambda s, c: str(s.units)),
              ("Billed", 352, "r", lambda s, c: M(s.billed, ",")),
              ("Not\nCovered", 398, "r", lambda s, c: M(s.not_covered, ",")),
              ("Plan\nAllowance", 446, "r", lambda s, c: M(s.allowed, ",")),
              ("Deductible", 496, "r", lambda s, c: M(s.deductible, ",")),
              ("Copay", 536, "r", lambda s, c: M(s.copay, ",")),
              ("Coinsurance", 588, "r", lambda s, c: M(s.coinsurance, ",")),
              ("Plan\nPayment", 636, "r", lambda s, c: M(s.paid, ",")),
              ("Member\nResp.", 684, "r", lambda s, c: M(s.owes, ",")),
              ("Rsn", 700, "l", lambda s, c: " ".join(s.remarks))],
        claim_head=lambda c: [f"Patient: {c['patient']}     Claim ID: {c['icn']}     Patient Acct: {c['acct']}",
                              f"Provider: {c['prov']}  (in network)"],
        band=None, head_bold=True, cont_fmt="{patient} - Claim ID {icn} (continued from previous page)",
        printed=("billed", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes"),
        rmk=lambda s: s.remarks, desc=lambda s: s.desc[:30], rule=True,
        totals=totals_fn(("billed", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes"),
                         [None, "Claim totals", None, None, None], lambda v: M(v, ",")),
        closing=lambda d, y, l, r: block(d, l, y + 6, [
            "Reason codes", "CP  Your visit copay was taken from this service line.",
            "NC4  The plan does not pay for this procedure; the provider agreed not to bill you for it.",
            "Appeals: write to Halcyon Mutual Health, Appeals Unit, PO Box 6610, Fargo Crossing, ND 58199."], 7.5))
    lines, crecs, n = render(cfg, claims, out)
    legend = [("CP", "Visit copay taken here."), ("NC4", "Not payable; provider may not bill member.")]
    return lines, crecs, n, legend, findings_for(claims, "Member Resp."), "commercial member EOB, landscape", {}


# ============================================================================ 3. Medicare Summary Notice (old-style)
def lay_msn(out):
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"))
    ben = "ROSALIND K TEMPLETON"
    data = [
        ("26-01107-552-880", "Bayside Rehabilitation Partners", "Dr. Anselm Quarry", [
            (D(2026, 1, 6), "97163", 1, ["GP"]), (D(2026, 1, 6), "97110", 2, ["GP"]),
            (D(2026, 1, 8), "97110", 2, ["GP"]), (D(2026, 1, 8), "97140", 1, ["GP"]),
            (D(2026, 1, 8), "97116", 1, ["GP"])]),
        ("26-01121-552-913", "Bayside Rehabilitation Partners", "Dr. Anselm Quarry", [
            (D(2026, 1, 13), "97110", 3, ["GP", "KX"]), (D(2026, 1, 13), "97112", 1, ["GP"]),
            (D(2026, 1, 15), "97110", 2, ["GP"]), (D(2026, 1, 15), "97140", 2, ["GP"]),
            (D(2026, 1, 20), "97110", 2, ["GP"]), (D(2026, 1, 20), "97116", 2, ["GP"]),
            (D(2026, 1, 22), "97110", 3, ["GP"]), (D(2026, 1, 22), "G0283", 1, ["GP"]),
            (D(2026, 1, 22), "0552T", 1, ["GP"], "PR")]),
        ("26-01129-604-017", "Meridian Hand Therapy Center", "Dr. Lucia Fenwright", [
            (D(2026, 1, 14), "97165", 1, ["GO"]), (D(2026, 1, 14), "97760", 1, ["GO"]),
            (D(2026, 1, 14), "L3807", 1, ["RT"]), (D(2026, 1, 21), "97530", 2, ["GO"]),
            (D(2026, 1, 21), "97140", 1, ["GO"])]),
        ("26-01203-118-442", "Willowcreek Family Medicine", None, [
            (D(2026, 1, 27), "99213", 1, [])]),
        ("26-01206-552-961", "Bayside Rehabilitation Partners", "Dr. Anselm Quarry", [
            (D(2026, 1, 27), "97110", 2, ["GP"]), (D(2026, 1, 27), "97140", 1, ["GP"]),
            (D(2026, 1, 29), "97110", 3, ["GP"]), (D(2026, 1, 29), "97116", 1, ["GP"])]),
    ]
    claims = []
    for icn, prov, ref, rows in data:
        svcs = mk(ben, st, rows, fn=medicare)
        for s in svcs:
            s.remarks = (["c"] if s.denied else (["b"] if s.deductible else ["a"]))
        claims.append({"patient": ben, "acct": None, "icn": icn, "prov": prov, "ref": ref, "svcs": svcs})

    def furn(d, p, l, r):
        d.t(l, 44, "Medicare Summary Notice", 16, True)
        d.t(r, 40, "Page {}".format(p), 9, True, "r")
        if p == 1:
            block(d, l, 64, ["ROSALIND K TEMPLETON", "1907 SANDPIPER COURT", "PORT ELLISON, SC 29911-4402"], 9)
            block(d, l, 110, ["Beneficiary Name: Rosalind K Templeton", "Medicare Number: 4TW7-RH3-KQ82",
                              "Date Notice Printed: February 4, 2026"], 8.5, False)
            d.box(340, 60, r - 340, 88)
            block(d, 348, 74, ["CUSTOMER SERVICE INFORMATION", "Your Medicare Number: 4TW7-RH3-KQ82",
                               "If you have questions, write or call:", "Medicare (#12040)",
                               "P.O. Box 77810, Columbiana, SC 29202", "Toll-free: 1-800-555-0199"], 8)
            d.t(l, 168, "This is a summary of claims processed from 01/09/2026 through 02/02/2026.", 9)
            d.t(l, 190, "PART B MEDICAL INSURANCE - ASSIGNED CLAIMS", 10, True)
            return 212
        d.t(l, 66, "Rosalind K Templeton    Medicare Number 4TW7-RH3-KQ82", 8.5)
        d.t(l, 82, "PART B MEDICAL INSURANCE - ASSIGNED CLAIMS (continued)", 9, True)
        return 102

    def svc(s, c):
        return f"{s.units} {s.desc} ({s.code})"

    cfg = dict(
        split=True,
        producer="fpdf2", font="Times", size=8.2, lh=12.5, furniture=furn, bottom=64,
        footer="THIS IS NOT A BILL - Keep this notice for your records.    Page {p} of {n}",
        cols=[("Dates of\nService", 36, "l", lambda s, c: dfmt(s.dos, "mdy2")),
              ("Services and Service Codes", 84, "l", svc),
              ("Amount\nCharged", 330, "r", lambda s, c: M(s.billed)),
              ("Medicare\nApproved", 390, "r", lambda s, c: M(s.allowed)),
              ("Medicare\nPaid Provider", 456, "r", lambda s, c: M(s.paid)),
              ("You May\nBe Billed", 512, "r", lambda s, c: M(s.owes)),
              ("See Notes\nSection", 530, "l", lambda s, c: " ".join(s.remarks))],
        claim_head=lambda c: [f"Claim number {c['icn']}", f"{c['prov']}, 400 Harbor Ln Ste 2, Port Ellison, SC 29911"]
        + ([f"Referred by: {c['ref']}"] if c["ref"] else []),
        head_bold=False, header_per_claim=True, cont_fmt="Claim number {icn} (continued)", repeat_header=True,
        printed=("billed", "allowed", "paid", "patient_owes"), mods=False, rmk=lambda s: s.remarks,
        desc=lambda s: s.desc,
        totals=totals_fn(("billed", "allowed", "paid", "patient_owes"), [None, "Claim Total"], M, 1), gap=12,
        closing=lambda d, y, l, r: block(d, l, y + 8, [
            "Notes Section:", "a  This information is being sent to your private insurer(s); they will review it to see if",
            "    additional benefits can be paid.", "b  This approved amount has been applied toward your deductible.",
            "c  This service is not covered when done for this reason. You may be billed the full amount.",
            "Deductible Information: You have now met $257.00 of your $257.00 Part B deductible for 2026."], 8.5, True, 12))
    lines, crecs, n = render(cfg, claims, out)
    # "Page p of" heading: replace by full "Page p of n" (furniture printed before n was known)
    return lines, crecs, n, [("a", "Sent on to supplemental insurer."), ("b", "Applied to deductible."),
                             ("c", "Not covered; beneficiary may be billed.")], [], "Medicare Summary Notice Part B", {"split": True}


# ============================================================================ 4. Medicare Advantage member EOB
def lay_ma(out):
    st = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.46"), visit_copay=Decimal("20.00"))
    data = [
        ("Harold Vance", "SRC-118402", "MA2601-88213-0", "Summit Ridge Physical Therapy", [
            (D(2026, 1, 5), "97162" if False else "97161", 1, ["GP"]), (D(2026, 1, 5), "97110", 2, ["GP"]),
            (D(2026, 1, 7), "97110", 2, ["GP"]), (D(2026, 1, 7), "97140", 2, ["GP", "CQ"]),
            (D(2026, 1, 9), "97110", 3, ["GP"]), (D(2026, 1, 9), "97112", 1, ["GP", "CQ"]),
            (D(2026, 1, 12), "97110", 2, ["GP"]), (D(2026, 1, 12), "97116", 2, ["GP"])]),
        ("June Vance", "OTW-5531", "MA2601-88347-1", "Orchard Therapy & Wellness", [
            (D(2026, 1, 6), "97167", 1, ["GO"]), (D(2026, 1, 8), "97530", 2, ["GO"]),
            (D(2026, 1, 8), "97535", 2, ["GO", "CO"]), (D(2026, 1, 13), "97530", 3, ["GO"]),
            (D(2026, 1, 13), "97129", 1, ["GO"], "CO")]),
        ("Harold Vance", "SRC-118402", "MA2601-90122-0", "Summit Ridge Physical Therapy", [
            (D(2026, 1, 14), "97110", 2, ["GP", "KX"]), (D(2026, 1, 14), "97140", 1, ["GP"]),
            (D(2026, 1, 16), "97110", 2, ["GP", "KX"]), (D(2026, 1, 16), "G0283", 1, ["GP"]),
            (D(2026, 1, 19), "97110", 3, ["GP", "KX"]), (D(2026, 1, 19), "97140", 2, ["GP", "CQ"])]),
        ("June Vance", "WFM-00917", "MA2601-90410-2", "Willowcreek Family Medicine", [
            (D(2026, 1, 20), "99213", 1, [])]),
    ]
    claims = []
    for pt, acct, icn, prov, rows in data:
        svcs = mk(pt, st, rows, deny_reason="197")
        for s in svcs:
            s.remarks = ["PA2"] if s.denied else (["V1"] if s.copay else [])
        claims.append({"patient": pt, "acct": acct, "icn": icn, "prov": prov, "svcs": svcs})

    def furn(d, p, l, r):
        d.t(l, 40, "CoastLight Senior Advantage (HMO-POS)", 13, True)
        d.t(l, 52, "A Medicare Advantage plan offered by CoastLight Health Partners", 7.5)
        d.t(r, 40, "Your Explanation of Benefits", 12, True, "r")
        d.t(r, 52, "for claims processed January 1 - January 31, 2026", 8, False, "r")
        d.ln(l, 58, r, 58, 2)
        if p == 1:
            block(d, l, 76, ["Member: Harold Vance", "Member ID: CLH-7740391-00", "Also covered on this statement: June Vance",
                             "4412 Beacon Point Dr, Saltmarsh Cove, NC 28470"], 8.5)
            d.box(400, 66, r - 400, 58, fill=0.93)
            block(d, 408, 78, ["What's in this statement", "Part 1: Claims we processed this month, by member and claim",
                               "Part 2: Notes about your claims       Part 3: How to ask for an appeal",
                               "Customer Care 1-877-555-0163, 8 am - 8 pm, 7 days a week"], 8)
            d.t(l, 140, "PART 1  |  YOUR CLAIMS", 10, True)
            return 160
        d.t(l, 74, "Harold Vance  -  Member ID CLH-7740391-00  -  PART 1 (continued)", 8, True)
        return 92

    cfg = dict(
        split=True,
        producer="reportlab", land=True, font="DejaVu", size=7.2, furniture=furn, bottom=54, hdr_fill=0.82,
        footer="CoastLight Health Partners  |  H0000_EOB2026_M  |  Page {p} of {n}",
        cols=[("Date of service", 36, "l", lambda s, c: dfmt(s.dos, "mdy4")),
              ("Service", 100, "l", lambda s, c: s.desc[:34]),
              ("Code", 248, "l", lambda s, c: mods_dash(s)),
              ("Qty", 318, "r", lambda s, c: str(s.units)),
              ("Provider\nbilled", 372, "r", lambda s, c: M(s.billed)),
              ("Amount not\nallowed", 428, "r", lambda s, c: M(s.discount)),
              ("Plan-approved\namount", 490, "r", lambda s, c: M(s.allowed)),
              ("Plan\npaid", 540, "r", lambda s, c: M(s.paid)),
              ("Your\ncopay", 588, "r", lambda s, c: M(s.copay)),
              ("Not\ncovered", 636, "r", lambda s, c: M(s.not_covered)),
              ("You\nowe", 686, "r", lambda s, c: M(s.owes)),
              ("Note", 700, "l", lambda s, c: " ".join(s.remarks))],
        claim_head=lambda c: [f"{c['patient']}  |  Claim # {c['icn']}  |  {c['prov']}  |  Provider's account no. {c['acct']}"],
        band=0.93, band_stroke=True, cont_fmt="{patient}  |  Claim # {icn}  (continued)",
        printed=("billed", "discount", "allowed", "paid", "copay", "not_covered", "patient_owes"),
        rmk=lambda s: s.remarks, desc=lambda s: s.desc[:34], rule=True,
        totals=totals_fn(("billed", "discount", "allowed", "paid", "copay", "not_covered", "patient_owes"),
                         [None, "Total for this claim", None, None], M),
        closing=lambda d, y, l, r: block(d, l, y + 6, [
            "PART 2  |  NOTES ABOUT YOUR CLAIMS", "V1   Your $20.00 specialist-visit copay was applied to this visit.",
            "PA2  The plan needed approval before this service; the provider cannot bill you for it.",
            "PART 3  |  If you disagree, you can ask for an appeal within 65 days of the date of this notice."], 7.8))
    lines, crecs, n = render(cfg, claims, out)
    return lines, crecs, n, [("V1", "Visit copay applied."), ("PA2", "No approval; provider cannot bill member.")], [], \
        "Medicare Advantage member EOB", {"split": True}


def lnum(s, c):
    return str(next(i for i, x in enumerate(c["svcs"], 1) if x is s))


# ============================================================================ 5. state Medicaid RA (A)
def lay_mcd_a(out):
    data = [
        ("CLAIMS PAID", "MARSH, TOBIAS J", "804417726", "KLT-2210", "2226014000517", [
            (D(2026, 1, 6), "97530", 2, ["GO"]), (D(2026, 1, 6), "97535", 1, ["GO"]),
            (D(2026, 1, 9), "97530", 3, ["GO"]), (D(2026, 1, 9), "97112", 1, ["GO", "59"])]),
        ("CLAIMS PAID", "MARSH, DELPHINE A", "804417734", "KLT-2211", "2226014000518", [
            (D(2026, 1, 7), "92507", 1, ["GN"]), (D(2026, 1, 14), "92507", 1, ["GN"]),
            (D(2026, 1, 21), "92507", 1, ["GN"]), (D(2026, 1, 21), "92526", 1, ["GN"])]),
        ("CLAIMS PAID", "QUILLAN, ROSA M", "811930028", "KLT-1987", "2226015000204", [
            (D(2026, 1, 8), "97165", 1, ["GO"]), (D(2026, 1, 12), "97530", 2, ["GO"]),
            (D(2026, 1, 12), "97110", 2, ["GO"]), (D(2026, 1, 15), "97530", 2, ["GO"]),
            (D(2026, 1, 15), "97140", 1, ["GO"]), (D(2026, 1, 19), "97530", 3, ["GO"])]),
        ("CLAIMS DENIED", "OKONJO, ELI T", "820055413", "KLT-2305", "2226015000391", [
            (D(2026, 1, 13), "97167", 1, ["GO"], "CO"), (D(2026, 1, 13), "97530", 2, ["GO"], "CO")]),
    ]
    claims = []
    for sec, pt, rid, acct, icn, rows in data:
        svcs = mk(pt, None, rows, fn=medicaid)
        for s in svcs:
            s.remarks = ["0281"] if s.denied else (["3017"] if s.discount else ["0000"])
        claims.append({"section": sec, "patient": pt, "rid": rid, "acct": acct, "icn": icn, "svcs": svcs})
    orig = [x for x in mk("MARSH, TOBIAS J", None, [(D(2025, 12, 15), "97530", 2, ["GO"]),
                                                      (D(2025, 12, 15), "97110", 1, ["GO"])], fn=medicaid)]
    void = [negate(s) for s in orig]
    repl = mk("MARSH, TOBIAS J", None, [(D(2025, 12, 15), "97530", 3, ["GO"]), (D(2025, 12, 15), "97110", 1, ["GO"])],
              fn=medicaid)
    for s in void:
        s.remarks = ["9905"]
    for s in repl:
        s.remarks = ["9906"]
    claims.append({"section": "CLAIM ADJUSTMENTS", "patient": "MARSH, TOBIAS J", "rid": "804417726", "acct": "KLT-2093",
                   "icn": "5226016000077", "orig": "2225351000912", "svcs": void})
    claims.append({"section": "CLAIM ADJUSTMENTS", "patient": "MARSH, TOBIAS J", "rid": "804417726", "acct": "KLT-2093",
                   "icn": "5226016000078", "orig": "2225351000912", "svcs": repl})

    def furn(d, p, l, r):
        d.t(l, 36, "DEPARTMENT OF HUMAN SERVICES - MEDICAL ASSISTANCE PROGRAM", 9, True)
        d.t(l, 47, "REMITTANCE ADVICE                       RA NUMBER 0000418832", 8)
        d.t(r, 36, f"PAGE {p:3d}", 8, False, "r")
        d.t(r, 47, "RUN DATE 02/02/26", 8, False, "r")
        d.t(l, 58, "PROVIDER: KESTREL LANE THERAPY GROUP LLC     NPI 1942207715    PAYEE ID 00318842", 8)
        d.ln(l, 63, r, 63, 0.8)
        if p == 1:
            block(d, l, 76, ["KESTREL LANE THERAPY GROUP LLC", "ATTN BILLING OFFICE", "530 MILLRACE AVE STE 4",
                             "GRANTHAM, IA 50439"], 8, False, 10)
            return 128
        return 76

    f2 = lambda v: M(v, ",")  # noqa: E731
    cfg = dict(
        split=True,
        producer="reportlab", font="Courier", size=7.6, lh=10.5, furniture=furn, section=True, bottom=54,
        footer="MEDICAL ASSISTANCE PROGRAM - RA 0000418832 - PAGE {p} OF {n}",
        cols=[("LN", 36, "l", lnum), ("FROM DOS", 56, "l", lambda s, c: dfmt(s.dos, "mdy6")),
              ("TO DOS", 104, "l", lambda s, c: dfmt(s.dos, "mdy6")), ("PROC", 150, "l", lambda s, c: s.code),
              ("MOD", 190, "l", lambda s, c: " ".join(s.mods)), ("UNITS", 262, "r", lambda s, c: f"{s.units:.2f}"),
              ("BILLED", 320, "r", lambda s, c: f2(s.billed)), ("ALLOWED", 378, "r", lambda s, c: f2(s.allowed)),
              ("PAID", 432, "r", lambda s, c: f2(s.paid)), ("STATUS", 444, "l", lambda s, c: "DENY" if s.denied else ("VOID" if s.billed < 0 else "PAY")),
              ("EOB", 492, "l", lambda s, c: " ".join(s.remarks))],
        wrap=lambda s: ["DESC: " + s.desc.upper()[:44]], wrap_x=56,
        claim_head=lambda c: [f"RECIP: {c['patient']:<20} ID: {c['rid']}  PAT ACCT: {c['acct']}  ICN: {c['icn']}"]
        + ([f"  ORIGINAL ICN: {c['orig']}   " + ("VOID OF PRIOR PAYMENT" if c['svcs'][0].billed < 0 else "REPLACEMENT CLAIM")]
           if c.get("orig") else []),
        head_bold=False, header_per_claim=False, cont_fmt="{head} (CONT)",
        printed=("billed", "allowed", "paid"), rmk=lambda s: s.remarks, desc=lambda s: "DESC: " + s.desc.upper()[:44],
        totals=totals_fn(("billed", "allowed", "paid"), [None, None, None, "CLAIM TOTAL", None, None], f2, 0), tot_x0=280,
        closing=lambda d, y, l, r: block(d, l, y + 6, [
            "EOB CODE MESSAGES", "0000  LINE PAID AS BILLED OR AT THE PROGRAM MAXIMUM FEE.",
            "0281  THE PROCEDURE IS NOT A COVERED BENEFIT FOR THIS RECIPIENT'S AID CATEGORY.",
            "3017  PAYMENT REDUCED TO THE PROGRAM FEE SCHEDULE.", "9905  CLAIM VOIDED AT PROVIDER REQUEST.",
            "9906  CLAIM REPLACES A PREVIOUSLY PAID CLAIM.", "TOTAL PAYMENT THIS RA: SEE EFT 0088231 DATED 02/03/26"], 7.6, True))
    lines, crecs, n = render(cfg, claims, out)
    leg = [("0000", "Paid at program fee."), ("0281", "Not covered for aid category."), ("3017", "Reduced to fee schedule."),
           ("9905", "Voided."), ("9906", "Replacement claim.")]
    return lines, crecs, n, leg, [], "state Medicaid remittance advice, portrait line printer", {"split": True}


# ============================================================================ 6. state Medicaid RA (B)
def lay_mcd_b(out):
    data = [
        ("HALVORSEN, AMIRA", "3300418275", "PC44812", "26026300041220", [
            (D(2026, 1, 5), "97161", 1, ["GP"]), (D(2026, 1, 5), "97110", 2, ["GP"]), (D(2026, 1, 7), "97140", 2, ["GP", "59"])]),
        ("BRANDT, JONAH", "3300552106", "PC44901", "26026300041221", [
            (D(2026, 1, 6), "92523", 1, ["GN"]), (D(2026, 1, 13), "92507", 1, ["GN"]), (D(2026, 1, 20), "92507", 1, ["GN"]),
            (D(2026, 1, 27), "92507", 1, ["GN"])]),
        ("BRANDT, NOELLE", "3300552114", "PC44902", "26026300041222", [
            (D(2026, 1, 6), "97166", 1, ["GO"]), (D(2026, 1, 13), "97530", 2, ["GO"]), (D(2026, 1, 13), "97533", 1, ["GO"], "CO"),
            (D(2026, 1, 20), "97530", 2, ["GO"]), (D(2026, 1, 20), "97535", 1, ["GO"])]),
        ("ESPINAL-WEBB, CORA", "3300690032", "PC45017", "26027300000884", [
            (D(2026, 1, 8), "97110", 2, ["GP"]), (D(2026, 1, 8), "97112", 2, ["GP"]), (D(2026, 1, 15), "97110", 3, ["GP"]),
            (D(2026, 1, 15), "97116", 1, ["GP"]), (D(2026, 1, 22), "97110", 2, ["GP"]), (D(2026, 1, 22), "97140", 1, ["GP"])]),
        ("HALVORSEN, AMIRA", "3300418275", "PC44812", "26027300000902", [
            (D(2026, 1, 12), "97110", 2, ["GP"]), (D(2026, 1, 12), "97530", 1, ["GP", "59"]), (D(2026, 1, 14), "97110", 2, ["GP"]),
            (D(2026, 1, 14), "97140", 1, ["GP"]), (D(2026, 1, 19), "97110", 2, ["GP"]), (D(2026, 1, 19), "G0283", 1, ["GP"])]),
        ("ODUYA, FELIX", "3300710985", "PC45110", "26027300000917", [
            (D(2026, 1, 21), "97163", 1, ["GP"]), (D(2026, 1, 21), "97750" if False else "97110", 1, ["GP"]),
            (D(2026, 1, 23), "97110", 3, ["GP"]), (D(2026, 1, 23), "97140", 2, ["GP"])]),
    ]
    claims = []
    for pt, rid, acct, icn, rows in data:
        svcs = mk(pt, None, rows, fn=medicaid)
        claims.append({"patient": pt, "rid": rid, "acct": acct, "icn": icn, "svcs": svcs})

    def furn(d, p, l, r):
        d.t(l, 34, "STATE OF NORTHLAKE  MEDICAID MANAGEMENT INFORMATION SYSTEM", 8.5, True)
        d.t(l, 45, "PROVIDER REMITTANCE ADVICE - PROFESSIONAL SERVICES (CMS-1500 / 837P)", 8)
        d.t(r, 34, f"PAGE {p}", 8, False, "r")
        d.t(r, 45, "WARRANT/EFT NO 7702918    CYCLE 2026-05", 8, False, "r")
        d.t(l, 56, "PAY TO: HERONWOOD PEDIATRIC & ADULT REHAB    PROVIDER ID 000447129    NPI 1639021174    TAXONOMY 225X00000X", 7.5)
        d.ln(l, 61, r, 61, 0.6)
        return 76

    def rsn(s, c):
        return "CO197" if s.denied else ("CO45" if s.discount else "")

    f2 = lambda v: M(v, "")  # noqa: E731
    cfg = dict(
        producer="fpdf2", land=True, font="DVMono", size=6.4, lh=9.6, furniture=furn, bottom=46, margin=24,
        footer="NORTHLAKE MMIS  PROVIDER 000447129  RA DATE 20260202  PAGE {p} OF {n}",
        cols=[("TCN", 24, "l", lambda s, c: c["icn"]), ("RECIPIENT NAME", 92, "l", lambda s, c: c["patient"]),
              ("RECIP ID", 184, "l", lambda s, c: c["rid"]), ("PAT ACCT", 228, "l", lambda s, c: c["acct"]),
              ("LN", 270, "l", lnum), ("SVC DATE", 284, "l", lambda s, c: s.dos.strftime("%Y%m%d")),
              ("PROC", 322, "l", lambda s, c: s.code), ("MODS", 348, "l", lambda s, c: ":".join(s.mods)),
              ("UNITS", 400, "r", lambda s, c: f"{s.units:.3f}"), ("BILLED", 448, "r", lambda s, c: f2(s.billed)),
              ("ALLOWED", 494, "r", lambda s, c: f2(s.allowed)), ("TPL", 526, "r", lambda s, c: "0.00"),
              ("PAID", 570, "r", lambda s, c: f2(s.paid)), ("ST", 578, "l", lambda s, c: "D" if s.denied else "P"),
              ("ADJ RSN", 594, "l", rsn), ("RARC", 630, "l", lambda s, c: "N130" if s.denied else "")],
        claim_head=lambda c: [], head_bold=False, gap=4, cont_fmt=None,
        printed=("billed", "allowed", "paid"), rmk=lambda s: ["N130"] if s.denied else [],
        adjs=lambda s: [(g, r, None) for g, r, _ in s.adjs],
        totals=totals_fn(("billed", "allowed", "paid"), [None, None, None, None, None, None, None, "TCN TOTAL", None],
                         f2, 0, ("billed", "allowed")) if False else None,
        closing=lambda d, y, l, r: block(d, l, y + 6, [
            "ST: P = PAID  D = DENIED.   ADJ RSN: claim adjustment group + reason, see the national code list.",
            "N130  THE SERVICE IS NOT PAYABLE UNDER THIS RECIPIENT'S BENEFIT PACKAGE (OUR SUMMARY).",
            "PAYMENT SUMMARY:  CLAIMS 6   PAYMENT ISSUED BY EFT 7702918"], 7, True))
    # claim totals printed as TCN TOTAL rows with the paid column
    cfg["totals"] = lambda c, t=None: ((t := t or tot(c, ("billed", "allowed", "paid"))),
                                       [None] * 8 + [None, f2(t["billed"]), f2(t["allowed"]), None, f2(t["paid"]), None,
                                                     "TCN TOTAL", None])
    lines, crecs, n = render(cfg, claims, out)
    return lines, crecs, n, [("N130", "Not payable under benefit package.")], [], "state Medicaid RA, landscape grid", {}


def adj_cell(s):
    return "  ".join(f"{g}-{r} {M(a, ',')}" for g, r, a in s.adjs)


# ============================================================================ 7. clearinghouse Medicare-style remit
def lay_ch(out):
    st = PlanState(ded_left=Decimal("95.00"))
    data = [
        ("OSTRANDER, PEARL", "260105PO01", "12260140077301", [
            (D(2026, 1, 5), "97163", 1, ["GP"]), (D(2026, 1, 5), "97110", 2, ["GP"]), (D(2026, 1, 7), "97110", 2, ["GP", "KX"]),
            (D(2026, 1, 7), "97140", 2, ["GP"]), (D(2026, 1, 9), "97116", 2, ["GP"]), (D(2026, 1, 9), "97110", 1, ["GP"])]),
        ("FAIRCLOTH, GIDEON", "260106GF02", "12260140077412", [
            (D(2026, 1, 6), "97167", 1, ["GO"]), (D(2026, 1, 6), "97530", 2, ["GO"]), (D(2026, 1, 8), "97530", 3, ["GO"]),
            (D(2026, 1, 8), "97535", 2, ["GO", "59"]), (D(2026, 1, 12), "97530", 2, ["GO", "CO"]),
            (D(2026, 1, 12), "0552T", 1, ["GO"], "CO")]),
        ("NAKASHIMA, IRENE", "260112IN01", "12260150081020", [
            (D(2026, 1, 12), "92523", 1, ["GN"]), (D(2026, 1, 14), "92507", 1, ["GN"]), (D(2026, 1, 16), "92526", 1, ["GN"])]),
        ("OSTRANDER, PEARL", "260114PO03", "12260160090118", [
            (D(2026, 1, 14), "97110", 3, ["GP", "KX"]), (D(2026, 1, 14), "97112", 1, ["GP"]), (D(2026, 1, 16), "97110", 2, ["GP", "KX"]),
            (D(2026, 1, 16), "97140", 1, ["GP", "CQ"]), (D(2026, 1, 21), "97110", 2, ["GP", "KX"]), (D(2026, 1, 21), "G0283", 1, ["GP"])]),
    ]
    claims, states = [], {}
    for pt, acct, icn, rows in data:
        svcs = mk(pt, states.setdefault(pt, PlanState(ded_left=st.ded_left)), rows, fn=medicare)
        for s in svcs:
            s.remarks = ["N425"] if s.denied else []
        claims.append({"patient": pt, "acct": acct, "icn": icn, "svcs": svcs})

    def furn(d, p, l, r):
        d.box(l, 22, r - l, 40, fill=0.9, stroke=False)
        d.t(l + 6, 38, "ClaimBridge Exchange", 12, True)
        d.t(l + 6, 52, "Electronic Remittance Advice - printable view (from 835)", 7.5)
        d.t(r - 6, 38, "Payer: TRI-RIVER MEDICARE SERVICES, PART B", 8, True, "r")
        d.t(r - 6, 52, f"Check/EFT #: 881026440   Issued: 01/30/2026   Page {p}", 7.5, False, "r")
        if p == 1:
            d.box(l, 70, r - l, 46)
            block(d, l + 6, 82, ["Payee: Ferncliff Outpatient Rehabilitation    NPI 1588204417    Tax ID XX-XXX4402",
                                 "2900 Ledgestone Pkwy, Suite 110, Brookhaven Junction, PA 19014",
                                 "Payment method: ACH     Provider adjustments: none this cycle"], 7.5, False)
            return 132
        return 76

    cfg = dict(
        split=True,
        producer="reportlab", font="DVCond", size=6.6, lh=10.5, furniture=furn, bottom=50,
        footer="ClaimBridge Exchange  -  printed 02/02/2026  -  page {p} of {n}",
        cols=[("Line", 38, "l", lnum), ("Svc Date", 56, "l", lambda s, c: dfmt(s.dos, "mdy4")),
              ("Proc/Mods", 98, "l", lambda s, c: ":".join((s.code,) + s.mods)),
              ("Units", 162, "r", lambda s, c: str(s.units)), ("Charged", 200, "r", lambda s, c: M(s.billed, ",")),
              ("Allowed", 236, "r", lambda s, c: M(s.allowed, ",")), ("Deduct", 270, "r", lambda s, c: M(s.deductible, ",")),
              ("Co-Ins", 302, "r", lambda s, c: M(s.coinsurance, ",")),
              ("Adjustments (Grp-Rsn Amt)", 310, "l", lambda s, c: adj_cell(s)),
              ("Remarks", 492, "l", lambda s, c: " ".join(s.remarks)), ("Paid", 574, "r", lambda s, c: M(s.paid, ","))],
        claim_head=lambda c: [f"Patient Name: {c['patient']}     Patient Control #: {c['acct']}     Payer Claim Control #: {c['icn']}",
                              "Claim Status: 1 - Processed as Primary     Rendering NPI: 1770348291     Assignment: Y"],
        band=0.95, band_stroke=True, header_per_claim=True, hdr_fill=None, cont_fmt="{patient}  /  {icn}  (continued)",
        printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjs=lambda s: s.adjs, rmk=lambda s: s.remarks,
        rule=True,
        totals=totals_fn(("billed", "allowed", "deductible", "coinsurance", "paid"), [None, "Claim totals", None, None],
                         lambda v: M(v, ","), 3, ("billed", "allowed", "deductible", "coinsurance")),
        closing=lambda d, y, l, r: block(d, l, y + 6, [
            "Code glossary (summaries in our words)", "CO-45  Charge above the fee schedule; provider write-off.",
            "CO-50  Not deemed medically necessary by the payer.   CO-253  Federal payment reduction.",
            "PR-1  Deductible.   PR-2  Coinsurance.   N425  Statutorily excluded service (our summary)."], 7))
    # totals: Paid goes in the last column
    base = cfg["totals"]

    def tots(c, t=None):
        t, vals = base(c, t)
        vals[-1] = M(t["paid"], ",")
        return t, vals
    cfg["totals"] = tots
    lines, crecs, n = render(cfg, claims, out)
    return lines, crecs, n, [("N425", "Excluded service.")], [], "clearinghouse Medicare remit", {"split": True, "full_adj": True}


# ============================================================================ 8. PM-system Medicare Part B EOB detail
def lay_pm(out):
    data = [
        ("LINDQVIST, ARVO", "A10422", "22126005118800", None, [
            (D(2026, 1, 6), "97110", 2, ["GP"]), (D(2026, 1, 6), "97140", 1, ["GP"]), (D(2026, 1, 8), "97110", 3, ["GP"]),
            (D(2026, 1, 8), "97112", 1, ["GP"])], "med"),
        ("PELLEGRINO, DORA", "A10517", "22126005118933", None, [
            (D(2026, 1, 7), "97165", 1, ["GO"]), (D(2026, 1, 9), "97530", 2, ["GO"]), (D(2026, 1, 9), "97535", 1, ["GO"])], "med"),
        ("WHITACRE, SAMUEL", "A09980", "22126005203317", "22125344071002", [
            (D(2025, 12, 3), "97110", 3, ["GP"]), (D(2025, 12, 3), "97140", 2, ["GP"])], "rev"),
        ("WHITACRE, SAMUEL", "A09980", "22126005203318", "22125344071002", [
            (D(2025, 12, 3), "97110", 3, ["GP", "KX"]), (D(2025, 12, 3), "97140", 2, ["GP", "KX"])], "med"),
        ("PELLEGRINO, DORA", "A10517", "22126006001245", None, [
            (D(2026, 1, 13), "97530", 3, ["GO"]), (D(2026, 1, 13), "97168", 1, ["GO"]), (D(2026, 1, 15), "97530", 2, ["GO"]),
            (D(2026, 1, 15), "97140", 1, ["GO", "59"]), (D(2026, 1, 20), "97530", 2, ["GO"])], "med"),
    ]
    claims = []
    for pt, acct, icn, orig, rows, kind in data:
        st = PlanState(ded_left=Decimal("40.00") if pt.startswith("LIND") else ZERO)
        svcs = mk(pt, st, rows, fn=medicare)
        if kind == "rev":
            svcs = [negate(s) for s in svcs]
        claims.append({"patient": pt, "acct": acct, "icn": icn, "orig": orig, "svcs": svcs, "kind": kind})

    def furn(d, p, l, r):
        d.t(l, 34, "SUMMITPOINT PRACTICE MANAGER  v11.4", 8, True)
        d.t(r, 34, f"Report EOBD-220   Page {p}", 8, False, "r")
        d.t(l, 46, "EOB DETAIL - MEDICARE PART B        Deposit 01/29/2026   Check 0000881902", 8)
        d.t(l, 58, "Practice: Cedar Hollow Therapy Services    Payer: TRI-RIVER MEDICARE SVCS (00417)", 8)
        d.ln(l, 63, r, 63, 0.6)
        return 78

    def amtcol(kind):
        def f(s, c):
            for g, r, a in s.adjs:
                if f"{g}-{r}" == kind:
                    return M(a, "")
            return "0.00"
        return f

    f2 = lambda v: M(v, "")  # noqa: E731
    cfg = dict(
        producer="fpdf2", font="LibMono", size=6.9, lh=10.2, furniture=furn, bottom=50, margin=30,
        footer="SummitPoint PM - EOBD-220 - printed 02/02/2026 08:14 - page {p} of {n}",
        cols=[("DOS", 30, "l", lambda s, c: dfmt(s.dos, "mdy4")), ("CPT", 80, "l", lambda s, c: s.code),
              ("MODS", 108, "l", lambda s, c: " ".join(s.mods)), ("UNT", 160, "r", lambda s, c: str(s.units)),
              ("CHARGE", 210, "r", lambda s, c: f2(s.billed)), ("ALLOWED", 256, "r", lambda s, c: f2(s.allowed)),
              ("DEDUCT\nPR-1", 300, "r", amtcol("PR-1")), ("COINS\nPR-2", 342, "r", amtcol("PR-2")),
              ("CONTR\nCO-45", 388, "r", amtcol("CO-45")), ("SEQ\nCO-253", 430, "r", amtcol("CO-253")),
              ("PAID", 478, "r", lambda s, c: f2(s.paid)), ("PT RESP", 526, "r", lambda s, c: f2(s.owes)),
              ("RMK", 534, "l", lambda s, c: "MA67" if c["kind"] == "rev" else "")],
        claim_head=lambda c: [f"PATIENT: {c['patient']:<20} ACCT: {c['acct']}  ICN: {c['icn']}"
                              + ("  ** REVERSAL **" if c["kind"] == "rev" else "")]
        + ([f"   CORRECTS ICN {c['orig']}"] if c["orig"] else []),
        head_bold=True, header_per_claim=False, cont_fmt="{head} (CONTINUED)",
        printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
        adjs=lambda s: s.adjs, rule=False,
        totals=None)
    cfg["rmk_fn"] = None
    cfg["totals"] = lambda c, t=None: ((t := t or tot(c, ("billed", "allowed", "paid", "patient_owes"))),
                                       [None, "CLAIM TOT", None, None, f2(t["billed"]), f2(t["allowed"]), None, None, None,
                                        None, f2(t["paid"]), f2(t["patient_owes"]), None])
    cfg["closing"] = lambda d, y, l, r: block(d, l, y + 6, [
        "MA67  correction to an earlier claim; prior payment recouped (summary).",
        "Adjustment columns carry the group/reason shown in the heading; all amounts posted to the patient ledger."], 7)
    lines, crecs, n = render(cfg, claims, out)
    for ln_ in lines:
        c = [c for c in claims if c["icn"] == ln_["payer_claim_id"]][0]
        if c["kind"] == "rev":
            ln_["remarks"] = ["MA67"]
    return lines, crecs, n, [("MA67", "Correction; prior payment recouped.")], [], "PM EOB detail", {"full_adj": True}


# ============================================================================ 9. therapy clinic family statement
def lay_fs_a(out):
    st = PlanState(ded_left=Decimal("80.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.84"))
    data = [
        ("Nora Lindgren-Pike", "INV-30418", "AC26010900231", [
            (D(2026, 1, 6), "97166", 1, ["GO"]), (D(2026, 1, 6), "97530", 2, ["GO"])]),
        ("Nora Lindgren-Pike", "INV-30447", "AC26011300418", [
            (D(2026, 1, 8), "97530", 3, ["GO"]), (D(2026, 1, 8), "97533", 1, ["GO"]), (D(2026, 1, 8), "97535", 1, ["GO"])]),
        ("Theo Lindgren-Pike", "INV-30452", "AC26011300422", [
            (D(2026, 1, 8), "92523", 1, ["GN"]), (D(2026, 1, 8), "92507", 1, ["GN"], "PR")]),
        ("Theo Lindgren-Pike", "INV-30501", "AC26012000107", [
            (D(2026, 1, 15), "92507", 1, ["GN"]), (D(2026, 1, 22), "92507", 1, ["GN"])]),
        ("Ada Lindgren-Pike", "INV-30519", "AC26012000188", [
            (D(2026, 1, 16), "97165", 1, ["GO"]), (D(2026, 1, 16), "97530", 1, ["GO"]), (D(2026, 1, 16), "97760", 1, ["GO"]),
            (D(2026, 1, 16), "L3807", 1, ["LT"])]),
        ("Nora Lindgren-Pike", "INV-30560", "AC26012700054", [
            (D(2026, 1, 20), "97530", 2, ["GO"]), (D(2026, 1, 20), "97112", 1, ["GO"]), (D(2026, 1, 22), "97530", 3, ["GO"]),
            (D(2026, 1, 22), "97535", 2, ["GO"]), (D(2026, 1, 27), "97530", 2, ["GO"]), (D(2026, 1, 27), "97150", 1, ["GO"])]),
        ("Jonas Lindgren-Pike", "INV-30577", "AC26012700093", [
            (D(2026, 1, 21), "97161", 1, ["GP"]), (D(2026, 1, 21), "97110", 2, ["GP"]), (D(2026, 1, 23), "97110", 2, ["GP"]),
            (D(2026, 1, 23), "97140", 2, ["GP"]), (D(2026, 1, 28), "97110", 3, ["GP"])]),
    ]
    claims = [{"patient": pt, "acct": inv, "icn": icn, "svcs": mk(pt, st, rows)} for pt, inv, icn, rows in data]

    def furn(d, p, l, r):
        d.t(l, 40, "Little Harbor Kids Therapy", 15, True)
        d.t(l, 52, "Occupational  |  Speech  |  Physical Therapy   -   18 Wharf Street, Linden Cove, ME 04011   (207) 555-0174", 7.5)
        if p == 1:
            d.box(l, 62, r - l, 54, fill=0.93)
            block(d, l + 8, 76, ["STATEMENT", "Guarantor: Ingrid Lindgren-Pike", "Family account: LH-007215"], 9)
            block(d, 260, 76, ["Statement date: 02/03/2026", "Payment due: 02/24/2026",
                               "Pay online at the patient portal or call the billing office."], 8, False)
            d.t(r - 8, 80, "AMOUNT DUE", 8, True, "r")
            d.t(r - 8, 96, M(sum((total(c["svcs"], "owes") for c in claims), ZERO)), 12, True, "r")
            return 136
        d.t(l, 72, "Guarantor: Ingrid Lindgren-Pike   Family account LH-007215   (continued)", 8)
        return 90

    cfg = dict(
        split=True,
        producer="reportlab", font="Helvetica", size=7.4, lh=11.5, furniture=furn, bottom=56, rule=False,
        footer="Little Harbor Kids Therapy  -  questions about your bill? (207) 555-0174  -  page {p} of {n}",
        cols=[("Date", 40, "l", lambda s, c: dfmt(s.dos, "mdyn")), ("Service", 92, "l", lambda s, c: s.desc[:36]),
              ("Code", 262, "l", lambda s, c: "-".join((s.code,) + s.mods)), ("Charges", 356, "r", lambda s, c: M(s.billed)),
              ("Insurance\nPaid", 420, "r", lambda s, c: M(s.paid)), ("Insurance\nAdjustment", 490, "r", lambda s, c: M(s.discount)),
              ("You\nOwe", 570, "r", lambda s, c: M(s.owes))],
        claim_head=lambda c: [f"{c['patient']}  -  Invoice {c['acct']}  -  billed to Aspen Crest Health, claim {c['icn']}"],
        head_bold=True, header_per_claim=False, repeat_header=False, cont_fmt="{patient} - Invoice {acct} (continued)",
        printed=("billed", "paid", "discount", "patient_owes"), units=False, desc=lambda s: s.desc[:36],
        totals=totals_fn(("billed", "paid", "discount", "patient_owes"), [None, "Invoice total", None], M), tot_x0=300,
        closing=lambda d, y, l, r: block(d, l, y + 8, [
            "Message from our billing office", "Amounts under \"You Owe\" are what Aspen Crest Health says is your share "
            "(deductible and coinsurance, or services the plan does not cover).", "Payment plans are available; please call us."], 7.5))
    lines, crecs, n = render(cfg, claims, out)
    return lines, crecs, n, [], [], "therapy clinic family statement", {"split": True, "no_units": True}


# ============================================================================ 10. hospital family statement
def lay_fs_b(out):
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.70"))
    rev = {"97110": "0420", "97140": "0420", "97161": "0420", "97530": "0430", "97167": "0430", "97535": "0430",
           "92507": "0440", "92523": "0440", "97168": "0430", "99213": "0510", "L3807": "0274", "97760": "0430", "G0283": "0420"}
    data = [
        ("Beatrix Calloway", "HA4470012", "WP2601-77120", [
            (D(2026, 1, 5), "97167", 1, ["GO"]), (D(2026, 1, 5), "97530", 2, ["GO"]), (D(2026, 1, 5), "97760", 1, ["GO"]),
            (D(2026, 1, 5), "L3807", 1, ["RT"])]),
        ("Beatrix Calloway", "HA4470188", "WP2601-77604", [
            (D(2026, 1, 12), "97530", 3, ["GO"]), (D(2026, 1, 12), "97535", 2, ["GO"]), (D(2026, 1, 19), "97530", 2, ["GO"]),
            (D(2026, 1, 19), "97140", 1, ["GO", "59"]), (D(2026, 1, 26), "97530", 2, ["GO"])]),
        ("Edmund Calloway", "HA4470231", "WP2601-77851", [
            (D(2026, 1, 13), "99213", 1, []), (D(2026, 1, 13), "97161", 1, ["GP"]), (D(2026, 1, 13), "97110", 2, ["GP"]),
            (D(2026, 1, 20), "97110", 3, ["GP"]), (D(2026, 1, 20), "G0283", 1, ["GP"], "PR")]),
        ("Clara Calloway", "HA4470299", "WP2601-78020", [
            (D(2026, 1, 14), "92523", 1, ["GN"]), (D(2026, 1, 21), "92507", 1, ["GN"]), (D(2026, 1, 28), "92507", 1, ["GN"])]),
        ("Edmund Calloway", "HA4470342", "WP2602-80115", [
            (D(2026, 1, 27), "97110", 2, ["GP"]), (D(2026, 1, 27), "97140", 2, ["GP"]), (D(2026, 1, 29), "97110", 3, ["GP"]),
            (D(2026, 1, 29), "97140", 1, ["GP"]), (D(2026, 2, 3), "97110", 2, ["GP"]), (D(2026, 2, 3), "G0283", 1, ["GP"]),
            (D(2026, 2, 5), "97110", 2, ["GP"]), (D(2026, 2, 5), "97140", 2, ["GP"])]),
        ("Beatrix Calloway", "HA4470388", "WP2602-80342", [
            (D(2026, 2, 2), "97530", 2, ["GO"]), (D(2026, 2, 2), "97535", 1, ["GO"]), (D(2026, 2, 9), "97530", 3, ["GO"]),
            (D(2026, 2, 9), "97168", 1, ["GO"])]),
    ]
    claims = [{"patient": pt, "acct": acct, "icn": icn, "svcs": mk(pt, st, rows)} for pt, acct, icn, rows in data]

    def furn(d, p, l, r):
        d.t(l, 40, "ST. ODILE REGIONAL MEDICAL CENTER", 13, True)
        d.t(l, 52, "Outpatient Rehabilitation Services  -  PO Box 3390, Harrow Springs, KY 40399", 7.5)
        d.t(r, 40, "FAMILY ACCOUNT STATEMENT", 10, True, "r")
        d.t(r, 52, f"Statement 02/12/2026   Page {p}", 7.5, False, "r")
        d.ln(l, 58, r, 58, 1)
        if p == 1:
            block(d, l, 74, ["Responsible party: Edmund Calloway", "77 Quarry Hill Road", "Harrow Springs, KY 40391"], 8.5)
            d.box(360, 66, r - 360, 46)
            block(d, 368, 78, ["Primary insurance: Wellpine Health Plan", "Subscriber ID: WPH90217734",
                               "Insurance was billed for every visit below."], 7.5)
            return 130
        return 74

    f2 = lambda v: M(v, ",", "()")  # noqa: E731
    cfg = dict(
        split=True,
        producer="fpdf2", font="LibSerif", size=7.4, lh=11, furniture=furn, bottom=56, hdr_fill=0.88,
        footer="St. Odile Regional Medical Center - Patient Financial Services (859) 555-0128 - {p}/{n}",
        cols=[("Svc Date", 36, "l", lambda s, c: s.dos.strftime("%m-%d-%Y")), ("Rev", 84, "l", lambda s, c: rev[s.code]),
              ("CPT/HCPCS", 108, "l", lambda s, c: s.code), ("Mod", 150, "l", lambda s, c: " ".join(s.mods)),
              ("Description", 176, "l", lambda s, c: s.desc.upper()[:30]), ("Units", 330, "r", lambda s, c: str(s.units)),
              ("Total\nCharges", 382, "r", lambda s, c: f2(s.billed)), ("Insurance\nPayments", 438, "r", lambda s, c: f2(s.paid)),
              ("Insurance\nAdjustments", 496, "r", lambda s, c: f2(s.discount)), ("Patient\nResponsibility", 572, "r", lambda s, c: f2(s.owes))],
        claim_head=lambda c: [f"Patient: {c['patient']}    Hospital Account #: {c['acct']}    Insurance claim ref: {c['icn']}"],
        band=0.95, header_per_claim=True, cont_fmt="Patient: {patient}    Hospital Account #: {acct}  (continued)",
        printed=("billed", "paid", "discount", "patient_owes"), desc=lambda s: s.desc.upper()[:30], rule=True,
        totals=totals_fn(("billed", "paid", "discount", "patient_owes"), [None, None, None, None, "ACCOUNT TOTAL", None], f2),
        closing=lambda d, y, l, r: block(d, l, y + 8, [
            "Financial assistance is available. Ask for a Hardship Application at any registration desk.",
            "Insurance adjustments are discounts your insurer negotiated; you do not owe them."], 7.5, False))
    lines, crecs, n = render(cfg, claims, out)
    return lines, crecs, n, [], [], "hospital family statement", {"split": True}


# ============================================================================================ main
LAYOUTS = [("h109_cm_a", lay_cm_a), ("h109_cm_b", lay_cm_b), ("h109_msn", lay_msn), ("h109_ma", lay_ma),
           ("h109_mcd_a", lay_mcd_a), ("h109_mcd_b", lay_mcd_b), ("h109_ch", lay_ch), ("h109_pm", lay_pm),
           ("h109_fs_a", lay_fs_a), ("h109_fs_b", lay_fs_b)]


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout109_"))
    if "samples" in out.resolve().parts:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    flags_of, bad = {}, 0
    for name, fn in LAYOUTS:
        pdf = out / f"{name}.pdf"
        lines, crecs, n, legend, finds, desc, flags = fn(pdf)
        producer = "reportlab" if "reportlab" in pdf.read_bytes()[:4000].decode("latin-1").lower() or \
            b"ReportLab" in pdf.read_bytes() else "fpdf2"
        write_truth(pdf, name, producer, n, desc, lines, crecs, legend, finds)
        flags_of[name] = flags
        print(f"{pdf}  pages={n} lines={len(lines)} claims={len(crecs)} producer={producer}")
    if "--check" in argv:
        for name, _ in LAYOUTS:
            errs = check_one(out / f"{name}.pdf", flags_of[name])
            bad += len(errs)
            print(f"check {name}: {'OK' if not errs else 'FAIL'}")
            for e in errs[:15]:
                print("   ", e)
        print("CHECK", "PASSED" if not bad else f"FAILED ({bad} problems)")
        return 1 if bad else 0
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
