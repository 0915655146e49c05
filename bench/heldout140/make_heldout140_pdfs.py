"""Write the 140th held-out set of synthetic PDF EOB layouts (with truth files): ten ordinary documents of the
five commonest real kinds (two each: commercial member EOBs, Medicare Summary Notice / Medicare Advantage EOB,
state Medicaid remittance advices, Medicare-style paper remits printed by PM systems / clearinghouses, family
statements from a therapy clinic and a hospital), each in its own house style.

Run:  python bench/heldout140/make_heldout140_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout140/make_heldout140_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Helper module: h140kit.py (records drawing
operations once and emits them with reportlab or fpdf2; a flowing cursor with page breaks).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py, whose helpers are imported), printed values only,
null for what a layout does not print (units null where no quantity is printed). claim_id = the provider's
account / patient-control / visit number, payer_claim_id = the payer's claim number / ICN / TCN, patient = the
person served, exactly as printed. Amounts printed as credits (parentheses, trailing minus, leading minus) are
negative in the truth. A service with a single printed date has service_end null; service_end is set only where
a distinct "To" date is printed (v6). Every name, number, payer, provider and ID is invented; descriptions are
our own words. Deterministic (reportlab invariant=1, fpdf2 fixed creation date, no randomness). Bracketed tags
in a truth file's description ([adj-complete], [claim-date], [no-seq]) only steer the self-check.

Layouts:
  v1  commercial member EOB, family of three (self/son/daughter), portrait Liberation Sans: "Amount billed / Plan
      discount / Allowed amount / Not covered / Deductible / Coinsurance / Plan paid / You owe / Note", code and
      modifiers in parentheses after the description which wraps (a modifier may land on the wrapped line), no
      units, a non-covered orthosis, shaded column header repeated per claim (reportlab)
  v2  self-funded PPO member EOB, landscape DejaVu Serif Condensed: shaded claim bands "Patient / Relationship /
      Claim ID / Patient Acct #", "Provider Charges / Network Discount / Eligible Expense / Copay / Deductible /
      Coinsurance / Ineligible / Benefit Paid / Member Resp. / Reason", mods "GP,59", per-visit copay, excluded
      laser line, a long claim continued on page 2 with "Claim ID ... - continued" and the header repeated (fpdf2)
  v3  Medicare Summary Notice Part B, DejaVu Sans portrait: deductible/"Be Informed!" boxes, claim heading with
      the date "Jan 8, 2026" and "Claim number 14-26008-...", "Service Provided & Billing Code" as "3 Therapeutic
      exercises (97110)" (units lead, no modifiers, date only in the claim heading), Service Approved? Yes/No,
      "Maximum You May Be Billed", lettered notes (reportlab)
  v4  Medicare Advantage (HMO-POS) member EOB, household mailing for two members, core Helvetica portrait: ruled
      rows "Date of service / Code (97110-GP-CQ) / Service description / Provider billed / Plan-approved amount /
      Plan paid / Your share / Note", per-visit copay, a reversal claim with amounts in parentheses (fpdf2)
  v5  state Medicaid remittance advice, mainframe print in core Courier portrait: sections CLAIMS PAID / CLAIMS
      DENIED / CLAIM ADJUSTMENTS - CREDITS, "RECIPIENT: LAST, FIRST  RECIP ID  ICN", "PAT ACCT NO ... CLAIM BILLED
      ... ALLOWED ... PAID", detail "LN SVC DATE(MMDDYY) PROC MOD1 MOD2 UNITS(1.0) BILLED ALLOWED TPL COPAY PAID EOB
      STAT", four-digit EOB codes, credits with trailing minus (reportlab)
  v6  state Medicaid portal RA, landscape DejaVu Sans Condensed, boxed claim heads "TCN / Member / Medicaid ID /
      Patient Control #", "Line / From / To / Procedure / Modifiers / Units(4.00) / Billed Amt / Allowed Amt / TPL
      Amt / Copay / Paid Amt / Status / Adjustment (Grp-Rsn Amt) / Remarks", date spans, a denied group line (fpdf2)
  v7  Medicare standard paper remittance printed by a practice-management system, core Courier landscape:
      "NAME / MID / ACNT / ICN / ASG / MOA" heads, "PERF PROV / SERV DATE (MMDD MMDDYY) / POS / NOS / PROC / MODS /
      BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD" with stacked adjustment lines, PT RESP / CLAIM
      TOTALS / NET, a claim running onto page 2 under a repeated column header only (reportlab)
  v8  clearinghouse "ERA Detail Report" of a Medicare remittance, Liberation Sans Narrow portrait, boxed claim
      heads "Patient / Patient Ctrl # / Payer Claim # / Claim status", "Ln / DOS / CPT/HCPCS / Mod (GP:KX:59) /
      Units / Charge / Allowed / Deduct / Coins / Adj Code (CO45) / Adj Amt / Paid / Remark" with stacked
      adjustments, a reversal (status 22, leading minus) and its corrected claim, claim continued on page 2 (fpdf2)
  v9  pediatric therapy clinic family statement (three children of one guarantor), DejaVu Sans Condensed with a
      shaded sidebar (guarantor, amount due), patient bands, visit heads "Visit V... - Harbor Pines claim HP...",
      glued "97110GO59" + description, "Charge / Ins. paid (credit) / Ins. adj. (credit) / You owe", no units,
      visit balances, family total (reportlab)
  v10 hospital guarantor statement, core Times portrait: per-account bands (three household members), itemized
      "Date / Rev / CPT/HCPCS / Description / Qty / Charges" with wrapped descriptions, then account-level insurer
      payment (claim number there), contractual adjustment and balance; line truth has charges only (fpdf2)

The self-check (--check) tests the factory, never the reader: page counts; every truth code, modifier, units
value, amount, adjustment (group, reason, amount), remark and service date is found in the words of the truth
line's own row band (its row plus its wrapped/stacked continuation lines) on its page (v3: the date may be in the
claim heading, as MSNs print it); ids and patient names in the document text; billed - adjustments = paid where
every adjustment is printed with its amount; allowed - deductible - copay - coinsurance = paid where the plan has
no other reductions ([no-seq]); each printed claim total appears in the text and equals the sum of its lines; at
least three files carry a claim across a page break; at least ten PDFs.
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
    q,
    total,
    truth_line,
    units_str,
    write_truth,
)
from h140kit import Doc, Flow  # noqa: E402

D = date
BANDS: dict[str, list] = {}   # file name -> [(line index, page, y_top, y_bottom)] for --check


def mods_sp(s: Svc, sep: str = " ") -> str:
    return sep.join(s.mods)


def wrap(doc: Doc, s: str, width: float, size: float, bold: bool = False) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if doc.width(t, size, bold) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


class Rec:
    """Collects truth lines, claims and the row band of every line."""

    def __init__(self, name: str) -> None:
        self.name, self.lines, self.claims, self.bands = name, [], [], []

    def line(self, doc: Doc, ytop: float, ybot: float, row: dict) -> None:
        row["page"] = doc.page
        self.bands.append((len(self.lines), doc.page, ytop, ybot))
        self.lines.append(row)

    def claim(self, cid, pcn, pat, **tot) -> None:
        self.claims.append({"claim_id": cid, "payer_claim_id": pcn, "patient": pat, "totals": claim_totals(**tot)})

    def write(self, out: Path, doc: Doc, layout: str, desc: str, legend=(), findings=None) -> None:
        pdf = out / f"{self.name}.pdf"
        doc.save(pdf)
        write_truth(pdf, layout, doc.producer, doc.page, desc, self.lines, self.claims, list(legend), findings)
        BANDS[pdf.name] = self.bands


def tl(s, cid, pcn, pat, printed, **kw):
    return truth_line(0, s, claim_id=cid, payer_claim_id=pcn, patient=pat, printed=printed, **kw)


# =============================================================================================== v1
def v1(out: Path) -> None:
    """Commercial member EOB, family of four, reportlab Liberation Sans portrait."""
    doc = Doc("reportlab", "LiberationSans")
    r = Rec("h140_v1_member_eob_family")
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.78"))
    fam = [("Odalys Fenwick-Marr", "Self"), ("Caspian Fenwick-Marr", "Son"), ("Juniper Fenwick-Marr", "Daughter")]
    claims = []
    n = 0
    for pi, (pat, rel) in enumerate(fam):
        for k in range(2 if pi != 1 else 1):
            n += 1
            d0 = D(2026, 1, 6) + timedelta(days=7 * k + 2 * pi)
            codes = [("97530", 3, ("GO",)), ("97535", 2, ("GO",)), ("97110", 2, ("GO", "59"))]
            if pi == 1:
                codes = [("92507", 1, ("GN",)), ("92523", 1, ("GN",)), ("97530", 2, ("GO",)), ("97112", 2, ("GO",)),
                         ("97535", 1, ("GO",)), ("97140", 2, ("GO", "59")), ("97110", 1, ("GO",)),
                         ("99213", 1, ())]
            if pi == 2 and k == 1:
                codes = [("97168", 1, ("GO",)), ("97760", 2, ("GO",)), ("L3807", 1, ("RT",))]
            svcs = []
            for j, (c, u, m) in enumerate(codes):
                s = Svc(d0 + timedelta(days=(j // 3) * 2), c, u, m)
                s.denied = "PR" if (c == "L3807") else None
                svcs.append(commercial(s, st, deny_reason="96"))
            claims.append((pat, rel, f"PA{418220 + n * 37}", f"E{2601 * 10 + n}-{700412 + n * 913}",
                           ["Wildwood Pediatric Therapy Group", "Harborline Hand & Upper Limb Clinic"][k % 2], svcs))
    X = [36, 84, 220, 272, 318, 364, 410, 452, 492, 534, 576]
    HDR = [["Date of", "service"], ["Service", "(code)"], ["Amount", "billed"], ["Plan", "discount"],
           ["Allowed", "amount"], ["Not", "covered"], ["Deduct-", "ible"], ["Co-", "insurance"], ["Plan", "paid"],
           ["You", "owe"], ["Note", ""]]
    state = {"claim": None}

    def colhdr(d, y):
        d.rect(34, y - 9, 546, 22, gray=0.88)
        for i, (a, b) in enumerate(HDR):
            al = "l" if i < 2 else ("r" if i < 10 else "l")
            xx = X[i] if al == "l" else X[i + 1] - 4 if i < 10 else X[i]
            if i == 9:
                xx = 572
            d.text(xx if al == "l" else xx, y, a, 7, True, al)
            d.text(xx if al == "l" else xx, y + 9, b, 7, True, al)
        return y + 24

    def page(d, first):
        d.text(36, 40, "NORTHGATE MUTUAL HEALTH PLAN", 13, True)
        d.text(36, 52, "PO Box 66120  Tallmadge Springs, OH 44972   Member Services 1-888-555-0148", 7)
        d.text(576, 40, "EXPLANATION OF BENEFITS", 11, True, "r")
        d.text(576, 52, "THIS IS NOT A BILL", 8, True, "r")
        d.text(576, 62, "Statement date: January 30, 2026", 7, align="r")
        d.hline(36, 576, 68, 1.2)
        d.text(306, 770, "Page {P} of {N}   Northgate Mutual Health Plan  -  Member ID NMH 4471 0952 06", 7, align="c")
        y = 82
        if first:
            d.text(36, y, "Odalys Fenwick-Marr", 9, True)
            d.text(36, y + 11, "2218 Quarry Lane Apt 4", 8)
            d.text(36, y + 21, "Brightwater, OH 44901", 8)
            d.rect(330, y - 10, 246, 52)
            d.text(338, y + 2, "Plan: Northgate Choice PPO 1500 (Family)", 8)
            d.text(338, y + 13, "Subscriber: Odalys Fenwick-Marr", 8)
            d.text(338, y + 24, "Group: 0081-22714  Period: 01/01/2026 - 01/30/2026", 8)
            y += 56
            d.text(36, y, "Claims processed for you and your covered family members are listed below.", 8)
            y += 16
        elif state["claim"]:
            c = state["claim"]
            d.text(36, y, f"Patient: {c[0]} ({c[1]})  -  Claim {c[3]}  (continued from previous page)", 8, True)
            y += 14
            y = colhdr(d, y)
        return y

    f = Flow(doc, 82, 740, page)
    for pat, rel, acct, clm, prov, svcs in claims:
        f.need(70)
        state["claim"] = (pat, rel, acct, clm)
        d = doc
        d.hline(36, 576, f.y - 8, 0.8)
        d.text(36, f.y + 2, f"Patient: {pat} ({rel})", 9, True)
        d.text(300, f.y + 2, f"Claim number: {clm}", 8)
        d.text(36, f.y + 13, f"Provider: {prov}", 8)
        d.text(300, f.y + 13, f"Patient account: {acct}   Received: 01/22/2026", 8)
        f.y += 26
        f.y = colhdr(doc, f.y)
        for s in svcs:
            lines = wrap(doc, f"{s.desc} ({s.code}{(' ' + mods_sp(s)) if s.mods else ''})", X[2] - X[1] - 6, 7)
            h = 10 * len(lines) + 3
            f.need(h)
            y = f.y
            d.text(X[0], y, dfmt(s.dos, "mdy4"), 7)
            for i, ln in enumerate(lines):
                d.text(X[1], y + 10 * i, ln, 7)
            vals = [s.billed, s.discount, s.allowed, s.not_covered, s.deductible, s.coinsurance, s.paid, s.owes]
            for i, v in enumerate(vals):
                d.text(X[i + 3] - 4 if i < 7 else 572, y, money(v, ","), 7, align="r")
            note = "N4" if s.denied else ("" if not s.deductible else "D1")
            if note:
                d.text(X[10] + 4, y, note, 7)
            r.line(doc, y - 8, y + 10 * (len(lines) - 1) + 3, tl(s, acct, clm, pat,
                   ("billed", "discount", "allowed", "not_covered", "deductible", "coinsurance", "paid",
                    "patient_owes"), units=False, remarks=[note] if note else [], description=False))
            f.y += h
        f.need(16)
        d.hline(X[2], 576, f.y - 8, 0.5)
        d.text(X[1], f.y, "Claim totals", 7, True)
        for i, a in enumerate(("billed", "discount", "allowed", "not_covered", "deductible", "coinsurance", "paid",
                               "owes")):
            d.text(X[i + 3] - 4 if i < 7 else 572, f.y, money(total(svcs, a), ","), 7, True, "r")
        r.claim(acct, clm, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        state["claim"] = None
        f.y += 22
    f.need(60)
    doc.text(36, f.y, "Notes", 9, True)
    legend = [("D1", "Part of this amount counts toward your yearly deductible."),
              ("N4", "Custom-fitted brace is not a covered benefit under this plan; you may be billed.")]
    for i, (k, v) in enumerate(legend):
        doc.text(36, f.y + 12 + 10 * i, f"{k}  {v}", 7)
    r.write(out, doc, "h140-v1", "commercial member EOB for a family", legend)


# ============================================================================================ check
NUM = re.compile(r"\(?-?\$?\d[\d,]*(?:\.\d+)?\)?-?")


def nums(text: str) -> set:
    out = set()
    for m in NUM.findall(text):
        neg = m.startswith("(") or m.startswith("-") or m.endswith("-")
        body = m.strip("()-$").replace("$", "").replace(",", "")
        try:
            v = Decimal(body)
        except ArithmeticError:
            continue
        out.add(-v if neg else v)
        out.add(v)
    return out


def date_forms(iso: str) -> list[str]:
    d = date.fromisoformat(iso)
    f = [dfmt(d, s) for s in ("mdy2", "mdy4", "mdyn", "mon", "iso", "dmy", "mdY8", "mdy6")]
    f += [d.strftime("%m-%d-%y"), d.strftime("%m-%d-%Y"), d.strftime("%d %b %Y"), d.strftime("%Y%m%d"),
          d.strftime("%b %d, %Y"), f"{d.month}/{d.day}/{d:%y}", d.strftime("%m/%d"), d.strftime("%d%b%y").upper(),
          d.strftime("%b %d").upper(), d.strftime("%b %d")]
    return f


def check(out: Path) -> list[str]:
    import pdfplumber
    errs = []
    for tf in sorted(out.glob("*.truth.json")):
        t = json.loads(tf.read_text())
        pdf = Path(str(tf)[: -len(".truth.json")])
        bands = {i: (p, a, b) for i, p, a, b in BANDS[pdf.name]}
        with pdfplumber.open(pdf) as doc:
            if len(doc.pages) != t["pages"]:
                errs.append(f"{pdf.name}: pages {len(doc.pages)} != {t['pages']}")
            words = [p.extract_words(keep_blank_chars=False, use_text_flow=False) for p in doc.pages]
            full = "\n".join(p.extract_text() or "" for p in doc.pages)
        fulln = re.sub(r"\s+", " ", full)
        for i, ln in enumerate(t["lines"]):
            p, a, b = bands[i]
            if ln["page"] != p:
                errs.append(f"{pdf.name} line {i}: page")
            ws = sorted((w for w in words[p - 1] if a <= (w["top"] + w["bottom"]) / 2 <= b),
                        key=lambda w: (round(w["top"]), w["x0"]))
            band = " ".join(w["text"] for w in ws)
            ns = nums(band)
            tag = f"{pdf.name} line {i} ({ln['code']} {ln['service_date']})"
            if ln["code"] and ln["code"] not in band:
                errs.append(f"{tag}: code not on row: {band}")
            glued = ln["code"] and ln["modifiers"] and (ln["code"] + "".join(ln["modifiers"])) in band
            for m in ln["modifiers"]:
                if not glued and not re.search(r"(?<![A-Z0-9])" + m + r"(?![A-Z0-9])", band.replace(ln["code"] or "~", " ")):
                    errs.append(f"{tag}: modifier {m} not on row: {band}")
            if ln["units"] is not None and Decimal(ln["units"]) not in ns:
                errs.append(f"{tag}: units {ln['units']} not on row")
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None and Decimal(ln[k]) not in ns:
                    errs.append(f"{tag}: {k} {ln[k]} not on row: {band}")
            ptext = " ".join(w["text"] for w in words[p - 1])
            dzone = ptext if "[claim-date]" in t["description"] else band
            if not any(f in dzone for f in date_forms(ln["service_date"])):
                errs.append(f"{tag}: date not on row: {band}")
            if ln["service_end"] and not any(f in band for f in date_forms(ln["service_end"])):
                errs.append(f"{tag}: end date not on row")
            for g, c, am in ln["adjustments"]:
                if g not in band or c not in band or (am is not None and Decimal(am) not in ns):
                    errs.append(f"{tag}: adjustment {g} {c} {am} not on row: {band}")
            for rm in ln["remarks"]:
                if rm not in band:
                    errs.append(f"{tag}: remark {rm} not on row")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in fulln:
                    errs.append(f"{tag}: {k} {ln[k]} not in document")
            if ln["adjustments"] and all(x[2] is not None for x in ln["adjustments"]) and ln["billed"] \
                    and ln["paid"] is not None and t.get("description", "").find("[adj-complete]") >= 0:
                if Decimal(ln["billed"]) - sum(Decimal(x[2]) for x in ln["adjustments"]) != Decimal(ln["paid"]):
                    errs.append(f"{tag}: billed - adjustments != paid")
            for a1, a2 in (("billed", "allowed"),):
                pass
            if ln["allowed"] is not None and ln["paid"] is not None and ln["deductible"] is not None \
                    and ln["coinsurance"] is not None and "[no-seq]" in t.get("description", ""):
                cp = Decimal(ln["copay"] or "0")
                if Decimal(ln["allowed"]) - Decimal(ln["deductible"]) - Decimal(ln["coinsurance"]) - cp \
                        != Decimal(ln["paid"]):
                    errs.append(f"{tag}: allowed - patient share != paid")
        planted = " ".join(t["expected_findings"])
        for c in t["claims"]:
            mine = [ln for ln in t["lines"] if ln["claim_id"] == c["claim_id"]
                    and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
            if not mine:
                errs.append(f"{pdf.name}: claim {c['claim_id']}/{c['payer_claim_id']} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if Decimal(v) not in nums(full):
                    errs.append(f"{pdf.name}: claim total {k} {v} not printed")
                if any(ln[k] is None for ln in mine):
                    continue
                s = sum(Decimal(ln[k]) for ln in mine)
                key = str(c["payer_claim_id"] or c["claim_id"])
                if s != Decimal(v) and not (key in planted and k.replace("_", " ") in planted.lower()):
                    errs.append(f"{pdf.name}: claim {key} {k} lines {s} != printed {v}")
                if s == Decimal(v) and key in planted:
                    errs.append(f"{pdf.name}: planted mismatch on {key} is not a mismatch")
        spans = {}
        for ln in t["lines"]:
            spans.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
        t["_multi"] = sum(1 for v in spans.values() if len(v) > 1)
        print(f"  {pdf.name}: {len(t['lines'])} lines, {len(t['claims'])} claims, {t['pages']} pages, "
              f"{t['_multi']} claim(s) across a page break")
    return errs


LAYOUTS = []


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout140_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)
    print(out)
    if "--check" in argv:
        errs = check(out)
        multi = 0
        for tf in out.glob("*.truth.json"):
            t = json.loads(tf.read_text())
            sp = {}
            for ln in t["lines"]:
                sp.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
            multi += any(len(v) > 1 for v in sp.values())
        if multi < 3:
            errs.append(f"only {multi} files carry a claim across a page break")
        if len(list(out.glob("*.pdf"))) < 10:
            errs.append("fewer than 10 PDFs")
        for e in errs:
            print("FAIL", e)
        print("check:", "FAILED" if errs else "OK", f"({len(errs)} problems)")
        return 1 if errs else 0
    return 0


# ========================================================================================== generic
def run_table(doc: Doc, r: Rec, claims: list, *, top: float, bottom: float, furniture, first_block, cols: list,
              size: float, lead: float, printed: tuple, claim_head, head_h: float, totals=None,
              repeat_header: bool = True, cont_text=None, units: bool = True, mods: bool = True,
              adjs=lambda s: [], remarks=lambda s: [], ruled: bool = False, boxed_header: bool = True,
              gap: float = 14, hdr_size: float | None = None, truth_ids=None, end_block=None):
    """claims: dicts with patient, cid, pcn, svcs (+ anything claim_head uses). cols: (header lines, x, align,
    getter(svc, claim) -> str | list[str]); 'r' aligned x is the right edge."""
    hs = hdr_size or size
    nhl = max(len(c[0]) for c in cols)
    left = min(c[1] for c in cols) - 3
    right = max((c[1] for c in cols if c[2] == "r"), default=doc.W - 36) + 3
    right = max(right, max(c[1] for c in cols) + 30)
    right = min(right, doc.W - 30)
    state = {"c": None}

    def colhdr(d, y):
        if boxed_header:
            d.rect(left, y - hs - 2, right - left, nhl * (hs + 1.5) + 5, gray=0.86)
        else:
            d.hline(left, right, y - hs - 2, 0.8)
            d.hline(left, right, y + (nhl - 1) * (hs + 1.5) + 4, 0.8)
        for h, x, al, _ in cols:
            for i, t in enumerate(h):
                d.text(x, y + i * (hs + 1.5), t, hs, True, al)
        return y + nhl * (hs + 1.5) + 6

    def page(d, first):
        y = furniture(d, first)
        if first:
            y = first_block(d, y)
        elif state["c"] is not None:
            if cont_text:
                d.text(left + 1, y, cont_text(state["c"]), size, True)
                y += lead + 4
            if repeat_header:
                y = colhdr(d, y)
        return y

    f = Flow(doc, top, bottom, page)
    for c in claims:
        f.need(head_h + nhl * (hs + 2) + lead * 2)
        state["c"] = c
        f.y = claim_head(doc, f.y, c)
        f.y = colhdr(doc, f.y)
        for s in c["svcs"]:
            cells = []
            for h, x, al, g in cols:
                v = g(s, c)
                cells.append([v] if isinstance(v, str) else list(v))
            nl = max(len(v) for v in cells)
            f.need(lead * nl + 2)
            y = f.y
            for (h, x, al, g), v in zip(cols, cells):
                for i, t in enumerate(v):
                    if t:
                        doc.text(x, y + i * lead, t, size, False, al)
            if ruled:
                doc.hline(left, right, y + (nl - 1) * lead + lead * 0.35, 0.25)
            ids = truth_ids(c) if truth_ids else (c["cid"], c["pcn"], c["patient"])
            r.line(doc, y - size - 0.5, y + (nl - 1) * lead + 2.5,
                   tl(s, *ids, printed, units=units, modifiers=mods, adjustments=adjs(s), remarks=remarks(s),
                      description=False))
            f.y += lead * nl
        if totals:
            f.need(lead + 6)
            f.y = totals(doc, f.y, c)
        state["c"] = None
        f.y += gap
    if end_block:
        f.need(80)
        end_block(doc, f.y)
    return f


def ctot(r: Rec, c: dict, keys: dict) -> None:
    r.claim(c["cid"], c["pcn"], c["patient"], **{k: total(c["svcs"], a) for k, a in keys.items()})


# =============================================================================================== v2
def v2(out: Path) -> None:
    doc = Doc("fpdf2", "DejaVuSerifCondensed", landscape=True)
    r = Rec("h140_v2_ppo_eob_landscape")
    st = PlanState(ded_left=Decimal("0.00"), visit_copay=Decimal("35.00"), allowed_rate=Decimal("0.74"))
    people = [("THEODORA QUILLFEATHER", "Spouse"), ("AUGUSTIN QUILLFEATHER", "Subscriber"),
              ("MARISOL QUILLFEATHER", "Dependent")]
    plan = [
        (0, D(2026, 1, 5), [("97161", 1, ("GP",)), ("97110", 3, ("GP",)), ("97140", 1, ("GP", "59"))]),
        (1, D(2026, 1, 7), [("97530", 2, ("GO",)), ("97535", 1, ("GO",)), ("G0283", 1, ("GO",))]),
        (2, D(2026, 1, 9), [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
        (0, D(2026, 1, 12), [("97110", 2, ("GP", "KX")), ("97112", 2, ("GP",)), ("97140", 2, ("GP",)),
                             ("97116", 1, ("GP",)), ("0552T", 1, ()), ("97530", 1, ("GP",)),
                             ("97110", 2, ("GP", "KX")), ("97112", 1, ("GP",)), ("97140", 1, ("GP", "59"))]),
        (2, D(2026, 1, 16), [("92507", 1, ("GN",)), ("97129", 2, ("GN",))]),
    ]
    claims = []
    for n, (pi, d0, codes) in enumerate(plan):
        svcs = []
        for j, (cd, u, m) in enumerate(codes):
            s = Svc(d0 + timedelta(days=(j // 3) * 2 if n == 3 else 0), cd, u, m)
            if cd == "0552T":
                s.denied = "PR"
            svcs.append(commercial(s, st, deny_reason="204"))
        pat, rel = people[pi]
        claims.append({"patient": pat, "rel": rel, "cid": f"QF-{30418 + 211 * n}", "pcn": f"7{31260045 + 9717 * n}0",
                       "prov": ["CEDAR HOLLOW PHYSICAL THERAPY PC", "LITTLE OAKS THERAPY COLLABORATIVE"][pi == 2],
                       "svcs": svcs})

    def furn(d, first):
        d.rect(30, 24, 732, 36, gray=0.93)
        d.text(40, 40, "Bluewater Shores Benefit Company", 14, True)
        d.text(40, 53, "A self-funded plan administered for Meridian Glassworks Employees", 7.5)
        d.text(752, 40, "Explanation of Benefits", 12, True, "r")
        d.text(752, 53, "Notice date 02/03/2026   Please keep for your records", 7.5, align="r")
        d.text(40, 590, "Questions? Call 1-866-555-0172 (TTY 711) Monday-Friday 8am-6pm.  Bluewater Shores Benefit "
               "Company, 410 Tideline Parkway, Port Avalon, RI 02899", 6.5)
        d.text(752, 590, "Page {P} of {N}", 7, align="r")
        return 78

    def first(d, y):
        d.text(40, y, "AUGUSTIN QUILLFEATHER", 9, True)
        d.text(40, y + 11, "77 Saltmarsh Road", 8)
        d.text(40, y + 21, "Port Avalon, RI 02891", 8)
        d.text(400, y, "Member ID:  BWS884120377", 8)
        d.text(400, y + 11, "Group Number:  MGW-0045", 8)
        d.text(400, y + 21, "Plan Year Deductible Met:  $500.00 of $500.00 (family)", 8)
        return y + 40

    X = {"dos": 36, "proc": 92, "mod": 130, "un": 186, "chg": 236, "disc": 286, "elig": 336, "cop": 380,
         "ded": 424, "coi": 470, "inel": 520, "ben": 570, "mr": 630, "rsn": 644}
    cols = [
        (["Dates of", "Service"], X["dos"], "l", lambda s, c: dfmt(s.dos, "mdy2")),
        (["Proc-", "edure"], X["proc"], "l", lambda s, c: s.code),
        (["Mod"], X["mod"], "l", lambda s, c: mods_sp(s, ",")),
        (["Units"], X["un"], "r", lambda s, c: units_str(s.units)),
        (["Provider", "Charges"], X["chg"], "r", lambda s, c: money(s.billed, ",")),
        (["Network", "Discount"], X["disc"], "r", lambda s, c: money(s.discount, ",")),
        (["Eligible", "Expense"], X["elig"], "r", lambda s, c: money(s.allowed, ",")),
        (["Copay"], X["cop"], "r", lambda s, c: money(s.copay, ",")),
        (["Deduct-", "ible"], X["ded"], "r", lambda s, c: money(s.deductible, ",")),
        (["Coins-", "urance"], X["coi"], "r", lambda s, c: money(s.coinsurance, ",")),
        (["Ineligible"], X["inel"], "r", lambda s, c: money(s.not_covered, ",")),
        (["Benefit", "Paid"], X["ben"], "r", lambda s, c: money(s.paid, ",")),
        (["Member", "Resp."], X["mr"], "r", lambda s, c: money(s.owes, ",")),
        (["Reason"], X["rsn"], "l", lambda s, c: "R22" if s.denied else ("R03" if s.copay else "")),
        (["Description"], 680, "l", lambda s, c: wrap(doc, s.desc, 80, 7)),
    ]

    def head(d, y, c):
        d.rect(32, y - 9, 728, 26, gray=0.9)
        d.text(38, y + 1, f"Patient: {c['patient']}   Relationship: {c['rel']}", 8, True)
        d.text(430, y + 1, f"Claim ID: {c['pcn']}", 8, True)
        d.text(38, y + 12, f"Provider: {c['prov']}   Patient Acct #: {c['cid']}", 7.5)
        d.text(430, y + 12, "Benefit paid to provider   Network: In", 7.5)
        return y + 32

    def tots(d, y, c):
        d.hline(X["un"], X["mr"], y - 7, 0.4)
        d.text(X["proc"], y, "Claim Total", 7, True)
        for k, a in (("chg", "billed"), ("disc", "discount"), ("elig", "allowed"), ("cop", "copay"),
                     ("ded", "deductible"), ("coi", "coinsurance"), ("inel", "not_covered"), ("ben", "paid"),
                     ("mr", "owes")):
            d.text(X[k], y, money(total(c["svcs"], a), ","), 7, True, "r")
        ctot(r, c, {"billed": "billed", "allowed": "allowed", "paid": "paid", "patient_owes": "owes"})
        return y + 10

    legend = [("R03", "Your plan's copay for this visit is applied to the first service of the day."),
              ("R22", "Laser therapy is excluded under your plan; the provider may bill you.")]

    def end(d, y):
        d.text(40, y, "Reason Codes", 8, True)
        for i, (k, v) in enumerate(legend):
            d.text(40, y + 11 + 10 * i, f"{k} - {v}", 7)

    run_table(doc, r, claims, top=78, bottom=570, furniture=furn, first_block=first, cols=cols, size=7, lead=10,
              printed=("billed", "discount", "allowed", "copay", "deductible", "coinsurance", "not_covered", "paid",
                       "patient_owes"), claim_head=head, head_h=32, totals=tots,
              cont_text=lambda c: f"Claim ID {c['pcn']} for {c['patient']} - continued", remarks=lambda s:
              ["R22"] if s.denied else (["R03"] if s.copay else []), end_block=end)
    r.write(out, doc, "h140-v2", "commercial PPO member EOB, landscape [no-seq]", legend)


# =============================================================================================== v3
def v3(out: Path) -> None:
    doc = Doc("reportlab", "DejaVuSans")
    r = Rec("h140_v3_msn_partb")
    st = PlanState(ded_left=Decimal("283.00"))
    ben = "ROSALIND P. ABERNATHY-KOH"
    plan = [
        (D(2026, 1, 6), "Saltbrook Rehabilitation Associates", [("97163", 1, ("GP",)), ("97110", 2, ("GP",)),
                                                                ("97140", 1, ("GP",))]),
        (D(2026, 1, 8), "Saltbrook Rehabilitation Associates", [("97110", 3, ("GP", "KX")), ("97112", 2, ("GP",)),
                                                                ("97116", 1, ("GP",)), ("G0283", 1, ("GP",)),
                                                                ("97530", 2, ("GP",)), ("97140", 1, ("GP", "59")),
                                                                ("97535", 1, ("GP",)), ("0552T", 1, ("GP",))]),
        (D(2026, 1, 13), "Dunmore Valley Occupational Therapy", [("97165", 1, ("GO",)), ("97530", 3, ("GO",)),
                                                                 ("97535", 1, ("GO",))]),
        (D(2026, 1, 20), "Dunmore Valley Occupational Therapy", [("97530", 2, ("GO",)), ("97168", 1, ("GO",))]),
        (D(2026, 1, 21), "Eastfield Family Medicine", [("99213", 1, ())]),
    ]
    claims = []
    for n, (d0, prov, codes) in enumerate(plan):
        svcs = []
        for cd, u, m in codes:
            s = Svc(d0, cd, u, m)
            if cd == "0552T":
                s.denied = "CO"
            svcs.append(medicare(s, st))
        claims.append({"patient": ben, "cid": None, "pcn": f"14-26{(d0.timetuple().tm_yday):03d}-{482 + 37 * n:03d}-"
                       f"{110 + 61 * n:03d}", "prov": prov, "d0": d0, "svcs": svcs})

    def furn(d, first):
        d.text(40, 42, "Medicare Summary Notice", 16, True)
        d.text(40, 56, "for Part B (Medical Insurance)", 10)
        d.text(572, 42, ben, 8, True, "r")
        d.text(572, 53, "Medicare Number ****-***-RT82", 7.5, align="r")
        d.hline(40, 572, 64, 1.5)
        d.text(40, 770, f"{ben}   Medicare Number ****-***-RT82", 6.5)
        d.text(572, 770, "Page {P} of {N}", 7, align="r")
        return 82

    def first(d, y):
        d.text(40, y, "The Official Summary of Your Medicare Claims from the", 9)
        d.text(40, y + 12, "Centers for Medicare & Medicaid Services", 9)
        d.rect(40, y + 22, 250, 92)
        d.text(48, y + 36, "Your Deductible Status", 10, True)
        d.text(48, y + 50, "Your deductible is what you must pay", 7.5)
        d.text(48, y + 60, "before Medicare pays. You have now met", 7.5)
        d.text(48, y + 70, "$283.00 of your $283.00 Part B", 7.5)
        d.text(48, y + 80, "deductible for 2026.", 7.5)
        d.rect(310, y + 22, 262, 92, gray=0.93)
        d.text(318, y + 36, "Be Informed!", 10, True)
        d.text(318, y + 50, "Medicare will never call you to ask for your", 7.5)
        d.text(318, y + 60, "number. Keep it private and check this notice", 7.5)
        d.text(318, y + 70, "for services you did not get. Notice dated", 7.5)
        d.text(318, y + 80, "February 2, 2026 (Jan 1 - Jan 31, 2026).", 7.5)
        d.text(40, y + 132, "Your Claims & Costs This Period", 12, True)
        return y + 150

    def head(d, y, c):
        d.rect(40, y - 10, 532, 28, gray=0.9)
        d.text(46, y + 1, f"{dfmt(c['d0'], 'mon')}", 8.5, True)
        d.text(160, y + 1, f"Claim number {c['pcn']}", 8.5, True)
        d.text(46, y + 13, f"{c['prov']}, 1180 Larkspur Row, Fallston, MD 21899  (Assigned)", 7.5)
        return y + 32

    cols = [
        (["Service Provided & Billing Code"], 44, "l",
         lambda s, c: wrap(doc, f"{units_str(s.units)} {s.desc} ({s.code})", 200, 7.5)),
        (["Service", "Approved?"], 282, "c", lambda s, c: "No" if s.denied else "Yes"),
        (["Amount", "Provider", "Charged"], 360, "r", lambda s, c: money(s.billed)),
        (["Medicare-", "Approved", "Amount"], 420, "r", lambda s, c: money(s.allowed)),
        (["Amount", "Medicare", "Paid"], 478, "r", lambda s, c: money(s.paid)),
        (["Maximum", "You May", "Be Billed"], 534, "r", lambda s, c: money(s.owes)),
        (["See", "Notes"], 546, "l", lambda s, c: ("C" if s.denied else ("A" if s.deductible else ""))),
    ]

    def tots(d, y, c):
        d.hline(300, 572, y - 7, 0.5)
        d.text(44, y, "Total for this claim", 7.5, True)
        for x, a in ((360, "billed"), (420, "allowed"), (478, "paid"), (534, "owes")):
            d.text(x, y, money(total(c["svcs"], a)), 7.5, True, "r")
        ctot(r, c, {"billed": "billed", "allowed": "allowed", "paid": "paid", "patient_owes": "owes"})
        return y + 10

    legend = [("A", "This amount was applied to your yearly deductible."),
              ("C", "Medicare does not pay for this item. The provider may not bill you for it."),
              ("B", "A 2% federal payment reduction was applied to Medicare's share.")]

    def end(d, y):
        d.text(40, y, "Notes for Claims Above", 10, True)
        for i, (k, v) in enumerate(legend):
            d.text(40, y + 13 + 11 * i, f"{k}  {v}", 7.5)

    run_table(doc, r, claims, top=82, bottom=745, furniture=furn, first_block=first, cols=cols, size=7.5, lead=10,
              printed=("billed", "allowed", "paid", "patient_owes"), claim_head=head, head_h=32, totals=tots,
              boxed_header=False, hdr_size=7, mods=False,
              cont_text=lambda c: f"{dfmt(c['d0'], 'mon')}  Claim number {c['pcn']}  (continued)",
              remarks=lambda s: ["C"] if s.denied else (["A"] if s.deductible else []), end_block=end, gap=12)
    r.write(out, doc, "h140-v3", "Medicare Summary Notice Part B [claim-date]", legend)


# =============================================================================================== v4
def v4(out: Path) -> None:
    doc = Doc("fpdf2", "Helvetica")
    r = Rec("h140_v4_medicare_advantage_eob")
    members = [("Ignatius Wexley-Prior", "H5531-0927-41"), ("Beatrix Wexley-Prior", "H5531-0927-58")]
    st = {m[0]: PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.46")) for m in members}
    plan = [
        (0, D(2026, 1, 5), "Copperleaf Outpatient Therapy", [("97161", 1, ("GP",)), ("97110", 2, ("GP",))]),
        (0, D(2026, 1, 7), "Copperleaf Outpatient Therapy", [("97110", 2, ("GP", "CQ")), ("97112", 1, ("GP", "CQ")),
                                                              ("97140", 2, ("GP",)), ("97116", 1, ("GP", "CQ")),
                                                              ("97530", 2, ("GP",)), ("G0283", 1, ("GP",)),
                                                              ("97110", 1, ("GP",)), ("97112", 2, ("GP",)),
                                                              ("97535", 1, ("GP",))]),
        (0, D(2026, 1, 14), "Copperleaf Outpatient Therapy", [("97530", 2, ("GP",))]),
        (1, D(2026, 1, 9), "Riverbend Speech & Swallow Center", [("92523", 1, ("GN",)), ("92526", 1, ("GN",))]),
        (1, D(2026, 1, 16), "Riverbend Speech & Swallow Center", [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
        (1, D(2026, 1, 22), "Marlow Street Medical Group", [("99213", 1, ()), ("L3807", 1, ("LT",))]),
    ]
    claims = []
    for n, (mi, d0, prov, codes) in enumerate(plan):
        pat = members[mi][0]
        svcs = []
        for j, (cd, u, m) in enumerate(codes):
            s = Svc(d0 + timedelta(days=2 * (j // 4)) if n == 1 else d0, cd, u, m)
            svcs.append(commercial(s, st[pat]))
        claims.append({"patient": pat, "mi": mi, "cid": None, "pcn": f"26{d0:%m%d}E{5510 + 83 * n:05d}",
                       "prov": prov, "svcs": svcs})
    # a reversal of an earlier-paid claim for the 14th (billed under the wrong provider location), then nothing else
    orig = claims[2]["svcs"][0]
    rev = negate(orig)
    claims.insert(3, {"patient": members[0][0], "mi": 0, "cid": None, "pcn": "26011E009907", "prov":
                      "Copperleaf Outpatient Therapy", "svcs": [rev], "rev": True})
    state = {"mi": 0}

    def furn(d, first):
        d.text(40, 40, "SUMMIT CREST MEDICARE ADVANTAGE", 13, True)
        d.text(40, 52, "Summit Crest Secure (HMO-POS)  |  H5531-014", 8)
        d.text(572, 40, "Your Explanation of Benefits", 11, True, "r")
        d.text(572, 52, "for medical services, January 2026", 8, align="r")
        d.hline(40, 572, 60, 2)
        m = members[state["mi"]]
        d.text(40, 760, f"Member: {m[0]}   Member ID: {m[1]}", 7)
        d.text(572, 760, "Page {P} of {N}", 7, align="r")
        d.text(40, 770, "Summit Crest Health Plans, 3900 Granite Way, Boulder Gap, CO 80599.  Y0091_EOB26_C", 6)
        return 78

    X = [40, 96, 130, 300, 358, 414, 466, 520, 572]
    cols = [
        (["Date of", "service"], X[0] + 2, "l", lambda s, c: dfmt(s.dos, "mdy4")),
        (["Code"], X[1] + 2, "l", lambda s, c: s.code + (("-" + "-".join(s.mods)) if s.mods else "")),
        (["Service description"], X[2] + 32, "l", lambda s, c: wrap(doc, s.desc, 130, 7.5)),
        (["Provider", "billed"], X[4] - 3, "r", lambda s, c: money(s.billed, "$", "()")),
        (["Plan-approved", "amount"], X[5] - 3, "r", lambda s, c: money(s.allowed, "$", "()")),
        (["Plan", "paid"], X[6] - 3, "r", lambda s, c: money(s.paid, "$", "()")),
        (["Your", "share"], X[7] - 3, "r", lambda s, c: money(s.owes, "$", "()")),
        (["Note"], X[7] + 4, "l", lambda s, c: "R7" if c.get("rev") else ("C2" if s.copay else "")),
    ]

    def head(d, y, c):
        if c["mi"] != state["mi"]:
            state["mi"] = c["mi"]
        d.text(40, y, f"{c['prov']}", 9, True)
        d.text(572, y, f"Claim number {c['pcn']}", 8, False, "r")
        d.text(40, y + 11, f"Patient: {c['patient']}" + ("   CLAIM ADJUSTMENT - reverses claim 260114E05676" if
                                                       c.get("rev") else ""), 8)
        return y + 24

    def tots(d, y, c):
        d.hline(40, 572, y - 7, 0.4)
        d.text(X[2] + 32, y, "Claim total", 7.5, True)
        for x, a in ((X[4] - 3, "billed"), (X[5] - 3, "allowed"), (X[6] - 3, "paid"), (X[7] - 3, "owes")):
            d.text(x, y, money(total(c["svcs"], a), "$", "()"), 7.5, True, "r")
        ctot(r, c, {"billed": "billed", "allowed": "allowed", "paid": "paid", "patient_owes": "owes"})
        return y + 10

    def first(d, y):
        d.text(40, y, "Ignatius Wexley-Prior and Beatrix Wexley-Prior", 9, True)
        d.text(40, y + 11, "4417 Aspen Switchback", 8)
        d.text(40, y + 21, "Boulder Gap, CO 80517", 8)
        d.rect(330, y - 10, 242, 44, gray=0.94)
        d.text(338, y + 2, "This mailing has the statements of", 8)
        d.text(338, y + 13, "2 members who live at this address.", 8)
        d.text(338, y + 24, "Each member's claims are listed separately.", 8)
        d.text(40, y + 52, "Your claims this month", 11, True)
        return y + 70

    legend = [("C2", "Your specialist visit copay is taken on the first service of the visit."),
              ("R7", "We reprocessed this claim; the earlier payment is taken back and shown in parentheses.")]

    def end(d, y):
        d.text(40, y, "What the notes mean", 9, True)
        for i, (k, v) in enumerate(legend):
            d.text(40, y + 12 + 10 * i, f"{k}   {v}", 7.5)

    # members in turn: first member's claims, page break, second member's
    first_m = [c for c in claims if c["mi"] == 0]
    second_m = [c for c in claims if c["mi"] == 1]
    ordered = first_m + second_m
    def furn2(d, first):
        return furn(d, first)

    run_table(doc, r, ordered, top=78, bottom=740, furniture=furn2, first_block=first, cols=cols, size=7.5,
                  lead=10, printed=("billed", "allowed", "paid", "patient_owes"), claim_head=head, head_h=24,
                  totals=tots, ruled=True, hdr_size=7,
                  cont_text=lambda c: f"Claim number {c['pcn']} ({c['patient']}), continued",
                  units=False, remarks=lambda s: (["C2"] if s.copay else []), end_block=end)
    for ln in r.lines:
        if ln["payer_claim_id"] == "26011E009907":
            ln["remarks"] = ["R7"]
    r.write(out, doc, "h140-v4", "Medicare Advantage member EOB, household mailing [no-seq]", legend)


# =============================================================================================== v5
def v5(out: Path) -> None:
    doc = Doc("reportlab", "Courier")
    r = Rec("h140_v5_medicaid_ra_mainframe")
    kids = [("PELLINGTON, ARLO J", "300418827"), ("VASQUEZ-ODUYA, NIAMH", "300551094"),
            ("KRIEGSMANN, TOBIAH", "301207736"), ("OYELARAN, SEREN M", "300990412")]
    plan = [
        ("P", 0, D(2026, 1, 5), [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
        ("P", 1, D(2026, 1, 6), [("97530", 3, ("GO",)), ("97535", 2, ("GO",)), ("97112", 1, ("GO",)),
                                 ("97530", 2, ("GO",)), ("97110", 2, ("GO",)), ("97535", 1, ("GO",)),
                                 ("97530", 3, ("GO",)), ("97112", 2, ("GO",)), ("97110", 1, ("GO",)),
                                 ("97530", 2, ("GO",)), ("97535", 2, ("GO",))]),
        ("P", 2, D(2026, 1, 8), [("97166", 1, ("GO",)), ("97530", 2, ("GO", "59"))]),
        ("P", 3, D(2026, 1, 12), [("92523", 1, ("GN",)), ("92507", 1, ("GN",))]),
        ("P", 0, D(2026, 1, 19), [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
        ("P", 3, D(2026, 1, 21), [("92507", 1, ("GN",)), ("97129", 2, ("GN",))]),
        ("D", 2, D(2026, 1, 15), [("97530", 4, ("GO",)), ("97535", 1, ("GO",))]),
        ("A", 0, D(2025, 12, 15), [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
    ]
    claims = []
    for n, (sec, ki, d0, codes) in enumerate(plan):
        svcs = []
        for j, (cd, u, m) in enumerate(codes):
            dd = d0 + timedelta(days=7 * (j // 3)) if n == 1 else d0
            s = Svc(dd, cd, u, m)
            if sec == "D":
                s.denied = "CO"
                s = medicaid(s, deny_reason="96")
                s.remarks = ["0271"]
            else:
                s = medicaid(s)
                s.remarks = ["0001"] if s.discount else []
            svcs.append(s)
        if sec == "A":
            svcs = [negate(s) for s in svcs]
            for s in svcs:
                s.remarks = ["0950"]
        icn = f"{2026016 + n * 3:07d}{410 + n:03d}{n:02d}0"
        claims.append({"sec": sec, "patient": kids[ki][0], "rid": kids[ki][1], "cid": f"MRT{77120 + 13 * n}",
                       "pcn": icn, "svcs": svcs})
    state = {"sec": None}
    names = {"P": "* * * CLAIMS PAID * * *", "D": "* * * CLAIMS DENIED * * *",
             "A": "* * * CLAIM ADJUSTMENTS - CREDITS * * *"}

    def furn(d, first):
        d.text(306, 36, "STATE OF NEW ALBION - DEPARTMENT OF HEALTH AND FAMILY SERVICES", 8, True, "c")
        d.text(306, 46, "MEDICAL ASSISTANCE PROGRAM  -  REMITTANCE ADVICE", 8, True, "c")
        d.text(36, 62, "PROVIDER: MARROWSTONE CHILD THERAPY LLC       PROVIDER ID 0044817250  TAXONOMY 225X00000X", 7)
        d.text(36, 71, "RA NUMBER 0002261187   WARRANT/EFT 00719342   PAYMENT DATE 01/30/26   PAGE {P} OF {N}", 7)
        d.hline(36, 576, 76, 0.6)
        return 90

    def head(d, y, c):
        if state["sec"] != c["sec"]:
            state["sec"] = c["sec"]
            d.text(306, y, names[c["sec"]], 8, True, "c")
            y += 14
        d.text(36, y, f"RECIPIENT: {c['patient']:<24} RECIP ID {c['rid']}  ICN {c['pcn']}", 7, True)
        tb, ta, tp = (total(c["svcs"], a) for a in ("billed", "allowed", "paid"))
        d.text(36, y + 9, f"PAT ACCT NO: {c['cid']:<14} CLAIM BILLED {money(tb, '', 'trail'):>9}  "
               f"ALLOWED {money(ta, '', 'trail'):>9}  PAID {money(tp, '', 'trail'):>9}", 7)
        ctot(r, c, {"billed": "billed", "allowed": "allowed", "paid": "paid"})
        return y + 22

    def cell(w, al="r"):
        return w

    cols = [
        (["LN"], 36, "l", lambda s, c: f"{c['svcs'].index(s) + 1:02d}"),
        (["SVC DATE"], 54, "l", lambda s, c: dfmt(s.dos, "mdy6")),
        (["PROC"], 96, "l", lambda s, c: s.code),
        (["MOD1"], 130, "l", lambda s, c: s.mods[0] if s.mods else ""),
        (["MOD2"], 158, "l", lambda s, c: s.mods[1] if len(s.mods) > 1 else ""),
        (["UNITS"], 212, "r", lambda s, c: f"{s.units:.1f}"),
        (["BILLED"], 266, "r", lambda s, c: money(s.billed, "", "trail")),
        (["ALLOWED"], 320, "r", lambda s, c: money(s.allowed, "", "trail")),
        (["TPL"], 360, "r", lambda s, c: "0.00"),
        (["COPAY"], 400, "r", lambda s, c: "0.00"),
        (["PAID"], 450, "r", lambda s, c: money(s.paid, "", "trail")),
        (["EOB"], 462, "l", lambda s, c: " ".join(s.remarks)),
        (["STAT"], 500, "l", lambda s, c: {"P": "PAID", "D": "DENY", "A": "ADJ"}[c["sec"]]),
    ]
    legend = [("0001", "PAID AT THE LESSER OF THE BILLED AMOUNT OR THE PROGRAM FEE."),
              ("0271", "SERVICE NEEDS PRIOR APPROVAL; NONE ON FILE FOR THESE DATES."),
              ("0950", "ORIGINAL CLAIM TAKEN BACK FOR CORRECTION; AMOUNTS RECOVERED.")]

    def end(d, y):
        d.text(36, y, "EOB CODE MESSAGES", 7.5, True)
        for i, (k, v) in enumerate(legend):
            d.text(36, y + 10 + 9 * i, f"{k}  {v}", 7)
        d.text(36, y + 46, "TOTAL PAID CLAIMS 6   DENIED 1   ADJUSTED 1     NET PAYMENT  "
               + money(sum((total(c['svcs'], 'paid') for c in claims), ZERO), ","), 7, True)

    run_table(doc, r, claims, top=90, bottom=750, furniture=furn, first_block=lambda d, y: y, cols=cols, size=7.5,
              lead=11.5, printed=("billed", "allowed", "paid"), claim_head=head, head_h=36, boxed_header=False,
              cont_text=lambda c: f"RECIPIENT: {c['patient']}  ICN {c['pcn']}  (CONTINUED)",
              remarks=lambda s: s.remarks, end_block=end, gap=10)
    r.write(out, doc, "h140-v5", "state Medicaid remittance advice, mainframe print", legend)


# =============================================================================================== v6
def v6(out: Path) -> None:
    doc = Doc("fpdf2", "DejaVuSansCondensed", landscape=True)
    r = Rec("h140_v6_medicaid_ra_portal")
    mem = [("Lucan Threadgill", "MA77104419"), ("Esmé Threadgill-Rook", "MA77104427"),
           ("Hollis Amankwah", "MA80233105"), ("Perpetua Sandoval-Ngata", "MA79015562")]
    plan = [
        (0, D(2026, 1, 5), [("97530", 4, ("GO",), 4), ("97535", 2, ("GO",), 4), ("97112", 2, ("GO",), 0)]),
        (1, D(2026, 1, 6), [("92507", 4, ("GN",), 3), ("92526", 1, ("GN",), 0)]),
        (2, D(2026, 1, 5), [("97110", 6, ("GP",), 11), ("97140", 2, ("GP",), 0), ("97116", 4, ("GP",), 11),
                            ("97530", 4, ("GP",), 11), ("97112", 3, ("GP",), 4), ("97161", 1, ("GP",), 0),
                            ("97760", 2, ("GP",), 0), ("L3807", 1, ("RT",), 0), ("97110", 2, ("GP", "59"), 0),
                            ("97535", 2, ("GP",), 4)]),
        (3, D(2026, 1, 12), [("97165", 1, ("GO",), 0), ("97530", 3, ("GO",), 0), ("97150", 2, ("GO",), 0)]),
        (0, D(2026, 1, 19), [("97530", 4, ("GO",), 4), ("97535", 2, ("GO",), 4)]),
    ]
    claims = []
    for n, (mi, d0, codes) in enumerate(plan):
        svcs = []
        for j, (cd, u, m, span) in enumerate(codes):
            s = Svc(d0, cd, u, m)
            s.end = d0 + timedelta(days=span) if span else None
            if cd == "97150":
                s.denied = "CO"
                s = medicaid(s, deny_reason="B5")
                s.remarks = ["N640"]
            else:
                s = medicaid(s)
                s.remarks = ["N130"] if cd in ("97530", "92507") else []
            svcs.append(s)
        claims.append({"patient": mem[mi][0], "mid": mem[mi][1], "cid": f"{880140 + 7 * n}-{mi + 1}",
                       "pcn": f"41{26012 + n:05d}{330 + 41 * n:04d}7", "svcs": svcs})

    def furn(d, first):
        d.rect(30, 22, 732, 40)
        d.text(40, 38, "Commonwealth of Ashgrove  |  MediCare-Ashgrove Health Coverage", 12, True)
        d.text(40, 52, "Provider Remittance Advice - Claim Detail      Cycle 2026-04  Issue date 01/28/2026", 8)
        d.text(752, 38, "Provider: Tallowmere Rehab Partners", 8, True, "r")
        d.text(752, 52, "NPI 1558204417   Payee ID 900311256", 8, align="r")
        d.text(40, 592, "Paid claims are reported with claim adjustment group/reason codes and remark codes. "
               "Keep this advice with your payment record.", 6.5)
        d.text(752, 592, "Page {P} of {N}", 7, align="r")
        return 80

    def first(d, y):
        d.text(40, y, "Payment summary:  EFT trace 1AG00381992   Paid claims 5   Denied lines 1   Amount of "
               "payment " + money(sum((total(c["svcs"], "paid") for c in claims), ZERO)), 8, True)
        return y + 18

    cols = [
        (["Line"], 36, "l", lambda s, c: str(c["svcs"].index(s) + 1)),
        (["From"], 58, "l", lambda s, c: dfmt(s.dos, "mdy4")),
        (["To"], 106, "l", lambda s, c: dfmt(s.end, "mdy4") if s.end else ""),
        (["Procedure"], 156, "l", lambda s, c: s.code),
        (["Modifiers"], 200, "l", lambda s, c: " ".join(s.mods)),
        (["Units"], 268, "r", lambda s, c: f"{s.units:.2f}"),
        (["Billed Amt"], 320, "r", lambda s, c: money(s.billed, ",")),
        (["Allowed Amt"], 376, "r", lambda s, c: money(s.allowed, ",")),
        (["TPL Amt"], 418, "r", lambda s, c: "0.00"),
        (["Copay"], 454, "r", lambda s, c: "0.00"),
        (["Paid Amt"], 504, "r", lambda s, c: money(s.paid, ",")),
        (["Status"], 512, "l", lambda s, c: "Denied" if s.denied else "Paid"),
        (["Adjustment (Grp-Rsn Amt)"], 552, "l", lambda s, c: [f"{g}-{rc} {money(a, ',')}" for g, rc, a in s.adjs]
         or [""]),
        (["Remarks"], 680, "l", lambda s, c: " ".join(s.remarks)),
    ]

    def head(d, y, c):
        d.rect(34, y - 9, 724, 24, gray=0.92)
        d.text(40, y, f"TCN {c['pcn']}", 8, True)
        d.text(180, y, f"Member: {c['patient']}", 8, True)
        d.text(400, y, f"Medicaid ID: {c['mid']}", 8)
        d.text(560, y, f"Patient Control #: {c['cid']}", 8)
        tb, ta, tp = (total(c["svcs"], a) for a in ("billed", "allowed", "paid"))
        d.text(40, y + 10, f"Claim type: Professional   Billed {money(tb, ',')}   Allowed {money(ta, ',')}   "
               f"Paid {money(tp, ',')}", 7.5)
        ctot(r, c, {"billed": "billed", "allowed": "allowed", "paid": "paid"})
        return y + 26

    legend = [("N130", "Benefit limits apply; check the member's remaining visits."),
              ("N640", "Group sessions are not a covered benefit for this member's plan.")]

    def end(d, y):
        d.text(40, y, "Remark code glossary", 8, True)
        for i, (k, v) in enumerate(legend):
            d.text(40, y + 11 + 10 * i, f"{k}: {v}", 7)

    run_table(doc, r, claims, top=80, bottom=575, furniture=furn, first_block=first, cols=cols, size=7.5,
                  lead=12, printed=("billed", "allowed", "paid"), claim_head=head, head_h=26, ruled=True,
                  cont_text=lambda c: f"TCN {c['pcn']}  {c['patient']}  (continued)",
                  adjs=lambda s: s.adjs, remarks=lambda s: s.remarks, end_block=end, gap=10)
    k = 0
    for c in claims:
        for s in c["svcs"]:
            if s.end:
                r.lines[k]["service_end"] = s.end.isoformat()
            k += 1
    r.write(out, doc, "h140-v6", "state Medicaid remittance advice, portal print [adj-complete]", legend)


# =============================================================================================== v7
def v7(out: Path) -> None:
    doc = Doc("reportlab", "Courier", landscape=True)
    r = Rec("h140_v7_spr_pm_system")
    st = PlanState(ded_left=Decimal("120.00"))
    bens = [("FAIRCLOTH, WINIFRED", "7QJ2EX4TN18"), ("DELAROSA-PIKE, AMBROSE", "3RM8KC1WA55"),
            ("NAKASHIMA, HOLLIS", "5TE6PD9YC27"), ("ORMEROD, CLEMENTINE", "2WF4GH7JN63")]
    plan = [
        (0, D(2026, 1, 5), [("97165", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO", "KX"))]),
        (1, D(2026, 1, 6), [("97110", 3, ("GP",)), ("97140", 1, ("GP", "59")), ("97112", 2, ("GP", "CQ")),
                            ("97116", 1, ("GP",))]),
        (2, D(2026, 1, 7), [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
        (0, D(2026, 1, 12), [("97530", 3, ("GO",)), ("97535", 2, ("GO",)), ("97112", 1, ("GO",)),
                             ("97530", 2, ("GO", "CO")), ("97535", 1, ("GO", "CO")), ("97110", 2, ("GO", "CO")),
                             ("G0283", 1, ("GO",)), ("97140", 1, ("GO", "59"))]),
        (3, D(2026, 1, 14), [("97163", 1, ("GP",)), ("97110", 2, ("GP",))]),
        (1, D(2026, 1, 20), [("97110", 2, ("GP",)), ("97140", 2, ("GP", "59"))]),
    ]
    claims = []
    for n, (bi, d0, codes) in enumerate(plan):
        svcs = []
        for j, (cd, u, m) in enumerate(codes):
            s = Svc(d0 + timedelta(days=2 * (j // 3)) if n == 3 else d0, cd, u, m)
            svcs.append(medicare(s, st))
        claims.append({"patient": bens[bi][0], "hic": bens[bi][1], "cid": f"{51204 + 17 * n}A",
                       "pcn": f"2226{d0:%m%d}{n}{88310 + 311 * n:07d}", "svcs": svcs})

    def furn(d, first):
        d.text(36, 34, "GRANITE PEAK MEDICARE ADMINISTRATIVE SERVICES        MEDICARE REMITTANCE NOTICE", 8, True)
        d.text(36, 44, "PRINTED BY CLINICFLOW PM 9.4 FROM 835 FILE  -  RUN 01/29/26 14:02", 7)
        d.text(36, 56, "PROVIDER #: 1902277451  OPEN RANGE THERAPY SERVICES    CHECK/EFT #: 0083361120  "
               "DATE: 01/28/26   PAGE #: {P} OF {N}", 7)
        d.hline(36, 756, 62, 0.5)
        return 76

    X = {"perf": 36, "date": 96, "pos": 168, "nos": 200, "proc": 212, "mods": 252, "billed": 356, "allowed": 410,
         "ded": 456, "coins": 502, "grp": 512, "pd": 700}

    def first(d, y):
        return y

    cols = [
        (["PERF PROV"], X["perf"], "l", lambda s, c: "1477203318"),
        (["SERV DATE"], X["date"], "l", lambda s, c: f"{s.dos:%m%d} {s.dos:%m%d%y}"),
        (["POS"], X["pos"], "l", lambda s, c: "11"),
        (["NOS"], X["nos"], "r", lambda s, c: units_str(s.units)),
        (["PROC"], X["proc"], "l", lambda s, c: s.code),
        (["MODS"], X["mods"], "l", lambda s, c: " ".join(s.mods)),
        (["BILLED"], X["billed"], "r", lambda s, c: money(s.billed, "")),
        (["ALLOWED"], X["allowed"], "r", lambda s, c: money(s.allowed, "")),
        (["DEDUCT"], X["ded"], "r", lambda s, c: money(s.deductible, "")),
        (["COINS"], X["coins"], "r", lambda s, c: money(s.coinsurance, "")),
        (["GRP/RC-AMT"], X["grp"], "l", lambda s, c: [f"{g}-{rc:<4}{money(a, ''):>9}" for g, rc, a in s.adjs]),
        (["PROV PD"], X["pd"], "r", lambda s, c: money(s.paid, "")),
    ]

    def head(d, y, c):
        d.text(36, y, f"NAME {c['patient']:<24} MID {c['hic']}  ACNT {c['cid']:<8} ICN {c['pcn']}  ASG Y  MOA MA01",
               7.5)
        return y + 12

    def tots(d, y, c):
        sv = c["svcs"]
        pr = total(sv, "owes")
        d.text(36, y, f"PT RESP {money(pr, ''):>8}", 7.5)
        d.text(X["mods"] - 40, y, "CLAIM TOTALS", 7.5)
        for k, a in (("billed", "billed"), ("allowed", "allowed"), ("ded", "deductible"), ("coins", "coinsurance"),
                     ("pd", "paid")):
            d.text(X[k], y, money(total(sv, a), ""), 7.5, False, "r")
        d.text(X["grp"], y, f"NET {money(total(sv, 'paid'), ''):>9}", 7.5)
        ctot(r, c, {"billed": "billed", "allowed": "allowed", "paid": "paid", "patient_owes": "owes"})
        return y + 10

    def end(d, y):
        tp = sum((total(c["svcs"], "paid") for c in claims), ZERO)
        tb = sum((total(c["svcs"], "billed") for c in claims), ZERO)
        d.text(36, y, f"TOTALS:  # OF CLAIMS {len(claims)}   BILLED AMT {money(tb, '')}   PROV PD AMT {money(tp, '')}"
               f"   CHECK AMT {money(tp, '')}", 7.5, True)
        d.text(36, y + 14, "GLOSSARY: Group, Reason, MOA, Remark and Adjustment Codes", 7.5, True)
        d.text(36, y + 24, "CO   Contractual obligation, provider write-off.   PR   Patient responsibility.", 7)
        d.text(36, y + 33, "MA01 You may appeal this decision in writing within 120 days.", 7)

    run_table(doc, r, claims, top=76, bottom=575, furniture=furn, first_block=first, cols=cols, size=7.5, lead=9.5,
              printed=("billed", "allowed", "deductible", "coinsurance", "paid"), claim_head=head, head_h=12,
              totals=tots, boxed_header=False, cont_text=None, adjs=lambda s: s.adjs, end_block=end, gap=10)
    r.write(out, doc, "h140-v7", "Medicare standard paper remittance printed by a PM system [adj-complete] [no-seq-x]",
            [("MA01", "You may appeal this decision in writing within 120 days.")])


# =============================================================================================== v8
def v8(out: Path) -> None:
    doc = Doc("fpdf2", "LiberationSansNarrow")
    r = Rec("h140_v8_clearinghouse_medicare_remit")
    st = PlanState(ded_left=ZERO)
    pts = ["Quintero, Mireille", "Abernethy, Cosmo", "Haldane-Soyinka, Ruth", "Vickery, Leopold"]
    plan = [
        (0, D(2026, 1, 6), [("97166", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 2, ("GO",))], None),
        (1, D(2025, 12, 18), [("97110", 2, ("GP",)), ("97140", 2, ("GP",))], "rev"),
        (1, D(2025, 12, 18), [("97110", 2, ("GP", "KX")), ("97140", 2, ("GP", "KX", "59"))], "corr"),
        (2, D(2026, 1, 8), [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97112", 2, ("GP",)), ("97140", 1, ("GP",)),
                            ("97116", 2, ("GP", "CQ")), ("97530", 1, ("GP", "CQ")), ("97110", 1, ("GP", "CQ")),
                            ("97112", 1, ("GP", "CQ")), ("97535", 1, ("GP",)), ("G0283", 1, ("GP",))], None),
        (3, D(2026, 1, 13), [("92523", 1, ("GN",)), ("92507", 1, ("GN",)), ("97129", 2, ("GN",))], None),
    ]
    claims = []
    for n, (pi, d0, codes, kind) in enumerate(plan):
        svcs = []
        for j, (cd, u, m) in enumerate(codes):
            dd = d0 + timedelta(days=7 * (j // 4)) if n == 3 else d0
            s = medicare(Svc(dd, cd, u, m), st)
            svcs.append(s)
        if kind == "rev":
            svcs = [negate(s) for s in svcs]
        status = {"rev": "22 - Reversal of previous payment", "corr": "1 - Processed as primary (corrected claim)",
                  None: "1 - Processed as primary"}[kind]
        claims.append({"patient": pts[pi], "cid": f"OT{d0:%y%m%d}-{40 + (1 if kind else n):03d}",
                       "pcn": f"{22260 + (1 if kind else n)}{d0:%m%d}{41772 + (0 if kind else 97 * n):06d}"
                              + ("00" if kind == "rev" else "01" if kind == "corr" else "00"),
                       "status": status, "svcs": svcs})

    def furn(d, first):
        d.text(36, 36, "RemitBridge Clearinghouse", 13, True)
        d.text(36, 48, "ERA Detail Report  -  payer: Lakeshore Medicare Contractor (J-7)", 8.5)
        d.text(576, 36, "Report run 01/30/2026 07:15", 7.5, align="r")
        d.text(576, 46, "Payee: Foxglove Rehab & Speech, NPI 1033927164", 7.5, align="r")
        d.text(576, 56, "Check/EFT 940021776  Paid 01/29/2026", 7.5, align="r")
        d.hline(36, 576, 62, 1)
        d.text(36, 772, "RemitBridge  |  This report is a readable copy of an electronic remittance; the 835 is the "
               "record of payment.", 6.5)
        d.text(576, 772, "Page {P} of {N}", 7, align="r")
        return 78

    def first(d, y):
        return y

    cols = [
        (["Ln"], 38, "l", lambda s, c: str(c["svcs"].index(s) + 1)),
        (["DOS"], 52, "l", lambda s, c: dfmt(s.dos, "mdy2")),
        (["CPT/HCPCS"], 90, "l", lambda s, c: s.code),
        (["Mod"], 132, "l", lambda s, c: ":".join(s.mods)),
        (["Units"], 192, "r", lambda s, c: units_str(s.units)),
        (["Charge"], 236, "r", lambda s, c: money(s.billed, ",")),
        (["Allowed"], 280, "r", lambda s, c: money(s.allowed, ",")),
        (["Deduct"], 318, "r", lambda s, c: money(s.deductible, ",")),
        (["Coins"], 354, "r", lambda s, c: money(s.coinsurance, ",")),
        (["Adj Code"], 366, "l", lambda s, c: [f"{g}{rc}" for g, rc, a in s.adjs]),
        (["Adj Amt"], 440, "r", lambda s, c: [money(a, ",") for g, rc, a in s.adjs]),
        (["Paid"], 490, "r", lambda s, c: money(s.paid, ",")),
        (["Remark"], 500, "l", lambda s, c: "N362" if len(s.mods) > 2 else ("M86" if s.code == "97110" and
                                                                             "CQ" in s.mods else "")),
    ]

    def head(d, y, c):
        d.rect(36, y - 9, 540, 32)
        d.text(40, y, f"Patient: {c['patient']}", 8.5, True)
        d.text(230, y, f"Patient Ctrl #: {c['cid']}", 8)
        d.text(400, y, f"Payer Claim #: {c['pcn']}", 8)
        d.text(40, y + 11, f"Claim status: {c['status']}", 7.5)
        d.text(230, y + 11, "HICN/MBI: on file   Rendering NPI 1316482290   Type of bill: professional", 7.5)
        return y + 30

    def tots(d, y, c):
        sv = c["svcs"]
        d.hline(180, 576, y - 7, 0.3)
        d.text(90, y, "Claim totals", 7.5, True)
        for x, a in ((236, "billed"), (280, "allowed"), (318, "deductible"), (354, "coinsurance"), (490, "paid")):
            d.text(x, y, money(total(sv, a), ","), 7.5, True, "r")
        d.text(500, y, f"Pt resp {money(total(sv, 'owes'), ',')}", 7.5, True)
        ctot(r, c, {"billed": "billed", "allowed": "allowed", "paid": "paid", "patient_owes": "owes"})
        return y + 10

    legend = [("N362", "More modifiers were sent than the line can carry; first ones used."),
              ("M86", "Line bundled with another service the same day; see the other line's payment.")]

    def end(d, y):
        d.text(36, y, "Remark codes on this report", 8, True)
        for i, (k, v) in enumerate(legend):
            d.text(36, y + 11 + 10 * i, f"{k}  {v}", 7.5)

    def rem(s):
        return ["N362"] if len(s.mods) > 2 else (["M86"] if s.code == "97110" and "CQ" in s.mods else [])

    run_table(doc, r, claims, top=78, bottom=750, furniture=furn, first_block=first, cols=cols, size=7.5, lead=10,
              printed=("billed", "allowed", "deductible", "coinsurance", "paid"), claim_head=head, head_h=30,
              totals=tots, ruled=True, cont_text=lambda c: f"{c['patient']}  Payer Claim # {c['pcn']} (cont.)",
              adjs=lambda s: s.adjs, remarks=rem, end_block=end, gap=12)
    r.write(out, doc, "h140-v8", "clearinghouse ERA detail report of a Medicare remittance [adj-complete]", legend)


# =============================================================================================== v9
def v9(out: Path) -> None:
    doc = Doc("reportlab", "DejaVuSansCondensed")
    r = Rec("h140_v9_clinic_family_statement")
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.70"))
    kids = ["Wren Castellano-Ide", "Felix Castellano-Ide", "Ottilie Castellano-Ide"]
    plan = [
        (0, D(2026, 1, 5), [("97166", 1, ("GO",)), ("97530", 2, ("GO",))]),
        (0, D(2026, 1, 12), [("97530", 3, ("GO",)), ("97535", 1, ("GO",))]),
        (1, D(2026, 1, 6), [("92523", 1, ("GN",)), ("92507", 1, ("GN",))]),
        (1, D(2026, 1, 13), [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
        (1, D(2026, 1, 20), [("92507", 1, ("GN",)), ("97129", 2, ("GN",))]),
        (2, D(2026, 1, 7), [("97165", 1, ("GO",)), ("97530", 2, ("GO",)), ("97112", 1, ("GO",)),
                            ("97760", 1, ("GO",)), ("L3807", 1, ("LT",))]),
        (2, D(2026, 1, 14), [("97530", 2, ("GO",)), ("97535", 2, ("GO",)), ("97110", 1, ("GO", "59"))]),
        (2, D(2026, 1, 21), [("97530", 2, ("GO",)), ("97112", 1, ("GO",)), ("97150", 1, ("GO",))]),
    ]
    claims = []
    for n, (ki, d0, codes) in enumerate(plan):
        svcs = []
        for cd, u, m in codes:
            s = Svc(d0, cd, u, m)
            if cd == "97150":
                s.denied = "PR"
            svcs.append(commercial(s, st))
        claims.append({"patient": kids[ki], "ki": ki, "cid": f"V{26010 + 7 * n}{ki}",
                       "pcn": f"HP{9901180 + 4417 * n}", "svcs": svcs, "d0": d0})
    # balance = billed - insurance paid - insurance adjustment (the plan's discount); patient_owes is that balance
    state = {"ki": None}
    SIDE = 430

    def furn(d, first):
        d.text(36, 40, "Little Lanterns Pediatric Therapy", 14, True)
        d.text(36, 52, "612 Cobbler's Mill Road, Suite 3  |  Ferncastle, VT 05788  |  (802) 555-0193", 7.5)
        d.text(36, 62, "Tax ID 47-2281906", 7)
        d.text(576, 40, "FAMILY STATEMENT", 12, True, "r")
        d.text(576, 52, "Statement date 02/01/2026", 7.5, align="r")
        d.hline(36, 576, 68, 1)
        d.text(36, 772, "Insurance was billed on your behalf. Amounts under 'You owe' are your share after your "
               "plan processed each visit.", 6.5)
        d.text(576, 772, "Page {P} of {N}", 7, align="r")
        # sidebar
        d.rect(SIDE + 8, 78, 138, 130 if first else 40, gray=0.95)
        d.text(SIDE + 14, 92, "Guarantor", 7.5, True)
        d.text(SIDE + 14, 102, "Marguerite Castellano-Ide", 7.5)
        d.text(SIDE + 14, 112, "Family account FA-20417", 7.5)
        if first:
            due = sum((total(c["svcs"], "owes") for c in claims), ZERO)
            d.text(SIDE + 14, 128, "Amount due", 8, True)
            d.text(SIDE + 14, 142, money(due), 13, True)
            d.text(SIDE + 14, 156, "Due by 02/25/2026", 7.5)
            d.text(SIDE + 14, 170, "Primary insurance:", 7)
            d.text(SIDE + 14, 179, "Harbor Pines Health Plan", 7)
            d.text(SIDE + 14, 188, "Pay online: portal code LLPT", 7)
            d.text(SIDE + 14, 197, "Questions: billing@example.org", 7)
        return 86 if not first else 86

    def first(d, y):
        d.text(36, y, "Marguerite Castellano-Ide", 9, True)
        d.text(36, y + 11, "48 Quarrystone Court", 8)
        d.text(36, y + 21, "Ferncastle, VT 05790", 8)
        d.text(36, y + 42, "Message from the clinic: our front desk now opens at 7:30 am on weekdays.", 7.5)
        return y + 132

    cols = [
        (["Date"], 38, "l", lambda s, c: dfmt(s.dos, "mdyn")),
        (["Service"], 80, "l", lambda s, c: wrap(doc, f"{s.code}{''.join(s.mods)} {s.desc}", 150, 7)),
        (["Charge"], 276, "r", lambda s, c: money(s.billed, ",")),
        (["Ins. paid"], 326, "r", lambda s, c: money(-s.paid, ",", "()")),
        (["Ins. adj."], 376, "r", lambda s, c: money(-s.discount, ",", "()")),
        (["You owe"], 426, "r", lambda s, c: money(s.owes, ",")),
    ]

    def head(d, y, c):
        if state["ki"] != c["ki"]:
            state["ki"] = c["ki"]
            d.rect(36, y - 9, 394, 13, gray=0.85)
            d.text(40, y, f"Patient: {c['patient']}", 8, True)
            y += 15
        d.text(38, y, f"Visit {c['cid']}  {dfmt(c['d0'], 'mdyn')}  -  Harbor Pines claim {c['pcn']}", 7, True)
        return y + 11

    def tots(d, y, c):
        d.text(80, y, "Visit balance", 7)
        d.text(426, y, money(total(c["svcs"], "owes"), ","), 7, False, "r")
        ctot(r, c, {"patient_owes": "owes"})
        return y + 9

    def end(d, y):
        d.hline(36, 430, y - 8, 0.8)
        due = sum((total(c["svcs"], "owes") for c in claims), ZERO)
        d.text(80, y, "Total now due from this family", 8, True)
        d.text(426, y, money(due), 8, True, "r")
        d.text(36, y + 18, "Ins. adj. is the discount your plan negotiated; you are not charged for it.", 7)

    run_table(doc, r, claims, top=86, bottom=745, furniture=furn, first_block=first, cols=cols, size=7, lead=9,
              printed=("billed", "paid", "patient_owes", "discount"), claim_head=head, head_h=26, totals=tots,
              boxed_header=False, repeat_header=True,
              cont_text=lambda c: f"{c['patient']} - visit {c['cid']} continued", units=False, gap=6, hdr_size=7,
              end_block=end)
    for ln in r.lines:   # the statement prints plan payments and plan discounts as credits in parentheses
        for k in ("paid", "discount"):
            if ln[k] is not None:
                ln[k] = str(-Decimal(ln[k]))
    r.write(out, doc, "h140-v9", "therapy clinic family statement with sidebar", [])


# ============================================================================================== v10
def v10(out: Path) -> None:
    doc = Doc("fpdf2", "Times")
    r = Rec("h140_v10_hospital_guarantor_statement")
    REV = {"97530": "0434", "97535": "0434", "97165": "0434", "97166": "0434", "97168": "0434", "97110": "0424",
           "97140": "0424", "97112": "0424", "97161": "0424", "97116": "0424", "92507": "0444", "92526": "0444",
           "92523": "0444", "G0283": "0424", "L3807": "0274", "97760": "0434", "99213": "0510"}
    fam = ["Barnaby Okonkwo-Hale", "Delphine Okonkwo-Hale", "Rafferty Okonkwo-Hale"]
    plan = [
        (1, D(2026, 1, 6), [("97166", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO",))], "35.00"),
        (0, D(2026, 1, 8), [("97161", 1, ("GP",)), ("97110", 3, ("GP",)), ("97140", 2, ("GP", "59")),
                            ("G0283", 1, ("GP",))], "35.00"),
        (2, D(2026, 1, 9), [("92523", 1, ("GN",)), ("92507", 1, ("GN",)), ("92526", 1, ("GN",)),
                            ("97530", 2, ("GO",)), ("97535", 1, ("GO",)), ("97110", 2, ("GP",)),
                            ("97112", 2, ("GP",)), ("97116", 1, ("GP",)), ("97140", 1, ("GP",)),
                            ("97760", 1, ("GO",)), ("L3807", 1, ("RT",)), ("99213", 1, ())], "70.00"),
        (1, D(2026, 1, 20), [("97168", 1, ("GO",)), ("97530", 3, ("GO",))], "35.00"),
    ]
    accts = []
    for n, (pi, d0, codes, copay) in enumerate(plan):
        svcs = [Svc(d0 + (timedelta(days=j // 6) if n == 2 else timedelta(0)), cd, u, m) for j, (cd, u, m) in
                enumerate(codes)]
        billed = total(svcs, "billed")
        ins_paid = q(billed * Decimal("0.52")) - Decimal(copay)
        ins_adj = billed - ins_paid - Decimal(copay)
        accts.append({"patient": fam[pi], "cid": f"{40066120 + 5311 * n}", "pcn": f"KFH{26006 + n}{711 + 19 * n}",
                      "svcs": svcs, "d0": d0, "paid": ins_paid, "adj": ins_adj, "due": Decimal(copay)})

    def furn(d, first):
        d.text(40, 40, "ST. BRIGID OF THE VALLEY HOSPITAL", 14, True)
        d.text(40, 53, "Patient Financial Services  -  2200 Orchard Crest Blvd, Millhaven, PA 17099", 8.5)
        d.text(572, 40, "Guarantor Statement", 12, True, "r")
        d.text(572, 53, "Guarantor #: G-0081472   Statement date: 02/02/2026", 8.5, align="r")
        d.hline(40, 572, 60, 0.8)
        d.hline(40, 572, 62, 0.8)
        d.text(306, 770, "Page {P} of {N}  -  Questions about this bill: 1-800-555-0166, Mon-Fri 8:00 to 4:30",
               8, align="c")
        return 80

    def first(d, y):
        d.text(40, y, "OKONKWO-HALE, BARNABY", 10, True)
        d.text(40, y + 12, "915 Lantern Hill Drive", 9)
        d.text(40, y + 23, "Millhaven, PA 17104", 9)
        d.rect(352, y - 11, 220, 56)
        due = sum((a["due"] for a in accts), ZERO)
        d.text(360, y + 2, "Total amount due:", 10, True)
        d.text(564, y + 2, money(due), 10, True, "r")
        d.text(360, y + 16, "Please pay by 02/27/2026", 9)
        d.text(360, y + 30, "Accounts on this statement: 4", 9)
        d.text(40, y + 62, "Outpatient rehabilitation services for members of your household are itemized below. "
               "Insurance:", 9)
        d.text(40, y + 73, "Keystone Family Health (primary).", 9)
        return y + 96

    cols = [
        (["Date"], 44, "l", lambda s, c: dfmt(s.dos, "mdy2")),
        (["Rev"], 92, "l", lambda s, c: REV[s.code]),
        (["CPT/HCPCS"], 122, "l", lambda s, c: s.code + (" " + " ".join(s.mods) if s.mods else "")),
        (["Description"], 200, "l", lambda s, c: wrap(doc, LONGD.get(s.code, s.desc), 220, 8.5)),
        (["Qty"], 470, "r", lambda s, c: units_str(s.units)),
        (["Charges"], 564, "r", lambda s, c: money(s.billed, ",")),
    ]

    def head(d, y, c):
        d.rect(40, y - 10, 532, 15, gray=0.9)
        d.text(44, y, f"Account {c['cid']}   Patient: {c['patient']}   Outpatient visit(s) beginning "
               f"{dfmt(c['d0'], 'mdy4')}", 9, True)
        return y + 18

    def tots(d, y, c):
        rows = [("Total charges", money(total(c["svcs"], "billed"), ",")),
                (f"Keystone Family Health payment - claim {c['pcn']}", money(-c["paid"], ",", "()")),
                ("Keystone Family Health contractual adjustment", money(-c["adj"], ",", "()")),
                ("Account balance - your share (copay)", money(c["due"], ","))]
        for i, (a, b) in enumerate(rows):
            d.text(200, y + 11 * i, a, 8.5, i in (0, 3))
            d.text(564, y + 11 * i, b, 8.5, i in (0, 3), "r")
        r.claim(c["cid"], c["pcn"], c["patient"], billed=total(c["svcs"], "billed"), paid=c["paid"],
                patient_owes=c["due"])
        return y + 46

    run_table(doc, r, accts, top=80, bottom=730, furniture=furn, first_block=first, cols=cols, size=8.5, lead=11,
              printed=("billed",), claim_head=head, head_h=18, totals=tots, boxed_header=False, repeat_header=True,
              cont_text=lambda c: f"Account {c['cid']} ({c['patient']}) - continued from previous page", gap=8,
              hdr_size=8.5, truth_ids=lambda c: (c["cid"], c["pcn"], c["patient"]))
    r.write(out, doc, "h140-v10", "hospital guarantor statement, itemized by account", [])


LONGD = {"97530": "Therapeutic activities, one-on-one, each 15 minutes", "97110": "Therapeutic exercise, each 15 "
         "minutes, strength and range of motion", "L3807": "Wrist-hand-finger orthosis, custom fitted by therapist",
         "92526": "Treatment of swallowing dysfunction and/or oral function for feeding"}

LAYOUTS = [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
