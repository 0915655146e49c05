"""Small page-drawing kit and self-check for make_heldout209_pdfs.py (set 209). Tests the factory only."""
from __future__ import annotations

import re
import sys
from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
from eobgen import FIXED_WHEN  # noqa: E402

TT = "/usr/share/fonts/truetype/"
TTF = {
    "dvs": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "dvsc": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "dvserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "dvmono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
    "libsans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "libnarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "libserif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "libmono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
}
CORE = {"helv": ("Helvetica", "Helvetica-Bold", "helvetica"), "times": ("Times-Roman", "Times-Bold", "times"),
        "cour": ("Courier", "Courier-Bold", "courier")}
for k, (r, b) in TTF.items():
    pdfmetrics.registerFont(TTFont(k, TT + r))
    pdfmetrics.registerFont(TTFont(k + "-B", TT + b))


def rlname(f: str, b: bool) -> str:
    if f in CORE:
        return CORE[f][1 if b else 0]
    return f + ("-B" if b else "")


def width(s: str, f: str, z: float, b: bool = False) -> float:
    return pdfmetrics.stringWidth(s, rlname(f, b), z)


def wrap(s: str, w: float, f: str, z: float) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if cur and width(t, f, z) > w:
            out.append(cur)
            cur = word
        else:
            cur = t
    return out + ([cur] if cur else [])


class Doc:
    def __init__(self, W, H, font, size=8.0, top=40.0, bottom=40.0):
        self.W, self.H, self.font, self.size, self.top, self.bottom = W, H, font, size, top, bottom
        self.pages: list[list] = []
        self.header = None   # fn(doc) page furniture at the top of each page
        self.footer = None   # fn(doc) at the bottom of each page
        self.repeat = None   # fn(doc) redraws the column header on continuation pages
        self.cont = None     # fn(doc) a "continued" line after the repeated header
        self.new_page()

    @property
    def pno(self) -> int:
        return len(self.pages)

    def new_page(self):
        if self.pages and self.footer:
            self.footer(self)
        self.pages.append([])
        self.y = self.top
        if self.header:
            self.header(self)
        if len(self.pages) > 1:
            if self.repeat:
                self.repeat(self)
            if self.cont:
                self.cont(self)

    def finish(self):
        if self.footer:
            self.footer(self)

    def need(self, h):
        if self.y + h > self.H - self.bottom:
            self.new_page()

    def nl(self, h=None):
        h = h if h is not None else self.size * 1.35
        self.need(h)
        self.y += h
        return self.y

    def t(self, x, s, a="l", b=False, z=None, f=None, y=None):
        f, z = f or self.font, z or self.size
        y = self.y if y is None else y
        s = str(s)
        w = width(s, f, z, b)
        x0 = x - w if a == "r" else (x - w / 2 if a == "c" else x)
        self.pages[-1].append(("t", x0, y, s, f, z, b))
        return w

    def row(self, cells, b=False, z=None, f=None):
        for x, s, a in cells:
            if s not in (None, ""):
                self.t(x, s, a, b, z, f)

    def rule(self, x0, x1, y=None, lw=0.5, y1=None):
        y = self.y if y is None else y
        self.pages[-1].append(("l", x0, y, x1, y if y1 is None else y1, lw))

    def box(self, x, y, w, h, lw=0.6, fill=None):
        self.pages[-1].append(("r", x, y, w, h, lw, fill))

    def pos(self):
        return (self.pno, self.y)


def render(doc: Doc, path: Path, producer: str, title: str):
    n = len(doc.pages)
    if producer == "reportlab":
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(doc.W, doc.H), invariant=1)
        c.setTitle(title)
        c.setAuthor("synthetic")
        for i, ops in enumerate(doc.pages, 1):
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, f, z, b = op
                    c.setFont(rlname(f, b), z)
                    c.drawString(x, doc.H - y, s.replace("{P}", str(i)).replace("{N}", str(n)))
                elif op[0] == "l":
                    c.setLineWidth(op[5])
                    c.line(op[1], doc.H - op[2], op[3], doc.H - op[4])
                else:
                    _, x, y, w, h, lw, fill = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, doc.H - y - h, w, h, stroke=1 if lw else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()
    else:
        from fpdf import FPDF
        pdf = FPDF(orientation="L" if doc.W > doc.H else "P", unit="pt", format=(min(doc.W, doc.H), max(doc.W, doc.H)))
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_auto_page_break(False)
        pdf.set_title(title)
        used = {op[4] for ops in doc.pages for op in ops if op[0] == "t"}
        for f in used:
            if f in TTF:
                pdf.add_font(f, "", TT + TTF[f][0])
                pdf.add_font(f, "B", TT + TTF[f][1])
        for i, ops in enumerate(doc.pages, 1):
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, f, z, b = op
                    pdf.set_font(CORE[f][2] if f in CORE else f, "B" if b else "", z)
                    pdf.text(x, y, s.replace("{P}", str(i)).replace("{N}", str(n)))
                elif op[0] == "l":
                    pdf.set_line_width(op[5])
                    pdf.line(op[1], op[2], op[3], op[4])
                else:
                    _, x, y, w, h, lw, fill = op
                    pdf.set_line_width(lw or 0.01)
                    if fill is not None:
                        pdf.set_fill_color(int(fill * 255))
                    pdf.rect(x, y, w, h, style=("DF" if lw else "F") if fill is not None else "D")
        pdf.output(str(path))
    return n


# ------------------------------------------------------------------------------------------- check

NUM = re.compile(r"\(?-?\$?\d[\d,]*\.\d{2}\)?-?")
INT = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d])")


def nums(s: str) -> set[Decimal]:
    out = set()
    for m in NUM.findall(s):
        neg = m.startswith("(") or m.startswith("-") or m.endswith("-")
        v = Decimal(re.sub(r"[^\d.]", "", m))
        out.add(-v if neg else v)
    return out


def date_forms(iso: str) -> list[str]:
    from datetime import date
    d = date.fromisoformat(iso)
    return [d.strftime("%m/%d/%y"), d.strftime("%m/%d/%Y"), f"{d.month}/{d.day}/{d.year}", f"{d:%b} {d.day}, {d.year}",
            f"{d:%B} {d.day}, {d.year}", iso, d.strftime("%d-%b-%Y").upper(), d.strftime("%m%d%y"),
            d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"), d.strftime("%m%d%Y"), f"{d.month}/{d.day}/{d:%y}",
            d.strftime("%d%b%y").upper(), f"{d:%b} {d.day:02d}, {d.year}"]


def row_text(words, y):
    ws = sorted((w for w in words if w["top"] < y and w["bottom"] > y - 0.3), key=lambda w: w["x0"])
    return " ".join(w["text"] for w in ws)


def check(pdf_path: Path, truth: dict, rows: list, date_on_row=True, adj_full=True, plan_math=False,
          planted: dict | None = None) -> list[str]:
    """planted: {payer_claim_id or claim_id: total field} for a declared claim-total mismatch."""
    planted = planted or {}
    import pdfplumber
    errs: list[str] = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        if len(pdf.pages) != truth["pages"]:
            errs.append(f"pages {len(pdf.pages)} != {truth['pages']}")
        words = [p.extract_words(keep_blank_chars=False) for p in pdf.pages]
        ptext = [p.extract_text() or "" for p in pdf.pages]
    alltext = "\n".join(ptext)
    flat = re.sub(r"\s+", "", alltext)
    if len(rows) != len(truth["lines"]):
        errs.append("rows/lines length mismatch")
    for i, (ln, where) in enumerate(zip(truth["lines"], rows)):
        tag = f"line {i + 1} ({ln['code']} {ln['service_date']})"
        if where[0][0] != ln["page"]:
            errs.append(f"{tag}: page {ln['page']} but drawn on {where[0][0]}")
        rt = " | ".join(row_text(words[p - 1], y) for p, y in where)
        rn = nums(rt)
        if ln["code"] and not re.search(r"(?<![A-Z0-9])" + re.escape(ln["code"]), rt):
            errs.append(f"{tag}: code not on row: {rt!r}")
        for m in ln["modifiers"]:
            if not re.search(re.escape(m) + r"(?![A-Z0-9])", rt):
                errs.append(f"{tag}: modifier {m} not on row")
        if ln["units"] is not None:
            ints = {Decimal(x) for x in INT.findall(rt.replace(ln["code"] or "@@", " "))}
            if Decimal(ln["units"]) not in ints:
                errs.append(f"{tag}: units {ln['units']} not on row: {rt!r}")
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
                  "discount"):
            if ln[k] is not None and Decimal(ln[k]) not in rn:
                errs.append(f"{tag}: {k} {ln[k]} not on row: {rt!r}")
        for g, c, a in ln["adjustments"]:
            if not re.search(g + r"\s?[-/ ]?\s?" + c + r"(?!\d)", rt):
                errs.append(f"{tag}: adj {g}-{c} not on row: {rt!r}")
            if a is not None and Decimal(a) not in rn:
                errs.append(f"{tag}: adj amount {a} not on row")
        for r in ln["remarks"]:
            if not re.search(r"(?<![A-Z0-9])" + re.escape(r) + r"(?![A-Z0-9])", rt):
                errs.append(f"{tag}: remark {r} not on row: {rt!r}")
        hay = rt if date_on_row else ptext[ln["page"] - 1]
        if not any(f in hay for f in date_forms(ln["service_date"])):
            errs.append(f"{tag}: date not found ({'row' if date_on_row else 'page'}): {rt!r}")
        if ln["service_end"] and not any(f in hay for f in date_forms(ln["service_end"])):
            errs.append(f"{tag}: end date not found")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in alltext:
                errs.append(f"{tag}: {k} {ln[k]!r} not in document")
        if ln.get("description") and any(w not in flat for w in ln["description"].split()):
            errs.append(f"{tag}: description not in text")
        # the document's own arithmetic
        if adj_full and ln["billed"] is not None and ln["paid"] is not None and ln["adjustments"]:
            s = sum(Decimal(a) for _, _, a in ln["adjustments"])
            if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                errs.append(f"{tag}: billed - adjustments != paid")
        if plan_math and ln["allowed"] is not None and ln["paid"] is not None:
            sh = sum(Decimal(ln[k] or 0) for k in ("deductible", "copay", "coinsurance"))
            if Decimal(ln["allowed"]) - sh != Decimal(ln["paid"]):
                errs.append(f"{tag}: allowed - share != paid")
    for c in truth["claims"]:
        key = (c["claim_id"], c["payer_claim_id"], c["patient"])
        mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) == key]
        if not mine:
            errs.append(f"claim {key}: no lines")
        pk = planted.get(c["payer_claim_id"] or c["claim_id"])
        if pk and not any((c["payer_claim_id"] or c["claim_id"]) in f for f in truth["expected_findings"]):
            errs.append(f"claim {key}: planted mismatch not declared")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if Decimal(v) not in nums(alltext):
                errs.append(f"claim {key}: total {k} {v} not printed")
            if all(ln[k] is None for ln in mine):
                continue  # a claim-level figure the lines do not print
            s = sum(Decimal(ln[k]) for ln in mine if ln[k] is not None)
            if k == pk:
                if s == Decimal(v):
                    errs.append(f"claim {key}: planted mismatch on {k} is not a mismatch")
            elif s != Decimal(v):
                errs.append(f"claim {key}: total {k} {v} != lines {s}")
    for code, _ in truth["legend"]:
        if code not in alltext:
            errs.append(f"legend code {code} not printed")
    return errs
