"""Drawing and self-check helpers for bench/heldout109/make_heldout109_pdfs.py (see its docstring).

A layout draws onto a producer-neutral page list (text / line / box operations in top-left points); the list is
then rendered by reportlab or by fpdf2. The self-check reads the written PDFs back with pdfplumber.
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from eobgen import FIXED_WHEN

TTF = {
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LibMono-B": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVu-B": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DVCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DVCond-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DVMono-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}
CORE_FP = {"Helvetica": "helvetica", "Times": "times", "Courier": "courier"}


class Doc:
    def __init__(self, producer: str, landscape: bool, font: str):
        self.producer, self.font = producer, font
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.land = landscape
        self.pages: list[list[tuple]] = []

    @property
    def pno(self) -> int:
        return len(self.pages)

    def page(self) -> None:
        self.pages.append([])

    def t(self, x, y, txt, sz=8.0, b=False, al="l"):
        self.pages[-1].append(("t", x, y, str(txt), sz, b, al))

    def ln(self, x1, y1, x2, y2, w=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, w))

    def box(self, x, y, w, h, fill=None, stroke=True, lw=0.6):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def cols(self, y, cols, vals, sz=8.0, b=False):
        for (x, al), v in zip(cols, vals):
            if v not in (None, ""):
                self.t(x, y, v, sz, b, al)

    # ------------------------------------------------------------------ rendering
    def save(self, path: Path) -> None:
        (self._rl if self.producer == "reportlab" else self._fp)(path)

    def _rl(self, path: Path) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        if self.font in CORE_RL:
            reg, bold = CORE_RL[self.font]
        else:
            reg, bold = self.font, self.font + "-B"
            for n in (reg, bold):
                if n not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(n, TTF[n]))
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setAuthor("synthetic")
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, sz, b, al = op
                    c.setFont(bold if b else reg, sz)
                    c.setFillGray(0)
                    f = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[al]
                    f(x, self.H - y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    c.setLineWidth(w)
                    c.line(x1, self.H - y1, x2, self.H - y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def _fp(self, path: Path) -> None:
        from fpdf import FPDF
        pdf = FPDF(orientation="L" if self.land else "P", unit="pt", format="letter")
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        if self.font in CORE_FP:
            fam = CORE_FP[self.font]
        else:
            fam = self.font.lower()
            pdf.add_font(fam, "", TTF[self.font])
            pdf.add_font(fam, "B", TTF[self.font + "-B"])
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, sz, b, al = op
                    pdf.set_font(fam, "B" if b else "", sz)
                    w = pdf.get_string_width(s)
                    xx = x if al == "l" else (x - w if al == "r" else x - w / 2)
                    pdf.text(xx, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    pdf.set_line_width(w)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_line_width(lw)
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                    style = ("F" if fill is not None else "") + ("D" if stroke else "")
                    pdf.rect(x, y, w, h, style=style or "D")
        pdf.output(str(path))


# ====================================================================== self-check (reads PDFs back)
MONEY = re.compile(r"^\(?-?\$?[\d,]*\d\.\d\d\)?-?$")
NUM = re.compile(r"^[xX]?(\d+(?:\.\d+)?)$")


def parse_money(w: str) -> Decimal | None:
    w = w.strip().rstrip(",;")
    if not MONEY.match(w):
        return None
    neg = w.startswith("(") or w.endswith("-") or w.startswith("-")
    try:
        v = Decimal(w.strip("()-$").replace("$", "").replace(",", ""))
    except InvalidOperation:
        return None
    return -v if neg else v


def date_forms(d: date) -> set[str]:
    return {d.strftime(f) for f in ("%m/%d/%y", "%m/%d/%Y", "%m-%d-%Y", "%m-%d-%y", "%Y%m%d", "%m%d%y", "%Y-%m-%d",
                                    "%d-%b-%Y", "%d %b %Y", "%b %d, %Y")} | {
        f"{d.month}/{d.day}/{d.year}", f"{d:%b} {d.day}, {d.year}", f"{d:%B} {d.day}, {d.year}",
        d.strftime("%d-%b-%Y").upper(), d.strftime("%d%b%y").upper()}


def page_rows(pdf_path: Path) -> list[list[list[str]]]:
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(x_tolerance=1.2, y_tolerance=2)
            words.sort(key=lambda w: (round(w["bottom"]), w["x0"]))
            rows: list[tuple[float, list]] = []
            for w in words:
                if rows and abs(rows[-1][0] - w["bottom"]) <= 2.0:
                    rows[-1][1].append(w)
                else:
                    rows.append((w["bottom"], [w]))
            out.append([[w["text"] for w in sorted(r, key=lambda w: w["x0"])] for _, r in rows])
    return out


def row_holds(row: list[str], ln: dict) -> list[str]:
    """What of the truth line is missing from this text row ([] = all there)."""
    text = " ".join(row)
    miss = []
    if ln["code"] and not any(ln["code"] in w for w in row):
        miss.append("code")
    for m in ln["modifiers"]:
        if m not in text:
            miss.append("mod " + m)
    d = date.fromisoformat(ln["service_date"])
    if not any(f in text for f in date_forms(d)):
        miss.append("date")
    vals = [parse_money(w) for w in row]
    for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
              "discount"):
        if ln.get(k) is not None and Decimal(ln[k]) not in vals and -Decimal(ln[k]) not in vals:
            miss.append(k)
    for g, c, a in ln["adjustments"]:
        if a is not None and Decimal(a) not in vals and -Decimal(a) not in vals:
            miss.append(f"adj {g}-{c}")
    for r in ln["remarks"]:
        if r not in text:
            miss.append("remark " + r)
    if ln["units"] is not None:
        nums = set()
        for w in row:
            m = NUM.match(w.strip("()"))
            if m:
                nums.add(Decimal(m.group(1)).normalize())
        if Decimal(ln["units"]).normalize() not in nums:
            miss.append("units")
    return miss


def check_one(pdf: Path, flags: dict) -> list[str]:
    errs = []
    tr = json.loads(Path(str(pdf) + ".truth.json").read_text())
    rows = page_rows(pdf)
    if len(rows) != tr["pages"]:
        errs.append(f"pages {len(rows)} != {tr['pages']}")
    alltext = "\n".join(" ".join(r) for pg in rows for r in pg)
    for i, ln in enumerate(tr["lines"]):
        pg = rows[ln["page"] - 1]
        best = min((row_holds(r, ln) for r in pg), key=len)
        if best:
            errs.append(f"line {i} p{ln['page']} {ln['code']} {ln['service_date']}: missing {best}")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] is not None and ln[k] not in alltext:
                errs.append(f"line {i}: {k} {ln[k]!r} not in text")
        if flags.get("full_adj") and ln["adjustments"] and ln["billed"] is not None and ln["paid"] is not None:
            s = sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal(0))
            if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                errs.append(f"line {i}: billed - adjustments != paid")
        if ln["units"] == "1" and ln["units"] is not None and flags.get("no_units"):
            errs.append(f"line {i}: units where layout prints none")
    planted = " ".join(tr["expected_findings"])
    for c in tr["claims"]:
        mine = [ln for ln in tr["lines"] if ln["claim_id"] == c["claim_id"] and
                ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal(0))
            if v.replace("-", "") not in alltext.replace(",", ""):
                errs.append(f"claim {c['payer_claim_id'] or c['claim_id']} total {k} {v} not printed")
            keyid = c["payer_claim_id"] or c["claim_id"]
            if s != Decimal(v) and f"claim {keyid}" not in planted:
                errs.append(f"claim {keyid} {k} total {v} != lines {s}")
            if s == Decimal(v) and f"claim {keyid}:" in planted and k in planted:
                pass
    for f in tr["expected_findings"]:
        m = re.match(r"claim-total-mismatch claim (\S+): printed .* total ([\d.]+) but the lines add up to ([\d.]+)", f)
        if not m:
            errs.append("finding format " + f)
            continue
        c = [c for c in tr["claims"] if (c["payer_claim_id"] or c["claim_id"]) == m.group(1)]
        if not c:
            errs.append("finding claim unknown")
            continue
        c = c[0]
        mine = [ln for ln in tr["lines"] if ln["payer_claim_id"] == c["payer_claim_id"] and ln["claim_id"] == c["claim_id"]]
        ok = any(c["totals"][k] == m.group(2) and
                 sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal(0)) == Decimal(m.group(3))
                 for k in c["totals"] if c["totals"][k] is not None)
        if not ok or m.group(2) == m.group(3):
            errs.append("planted mismatch not real: " + f)
    if flags.get("split"):
        pages_of = {}
        for ln in tr["lines"]:
            pages_of.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
        if not any(len(v) > 1 for v in pages_of.values()):
            errs.append("no claim continues onto a next page")
    return errs
