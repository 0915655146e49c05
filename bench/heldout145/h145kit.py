"""Page kit for held-out set 145: drawing operations recorded once per page and emitted with reportlab
(invariant=1) or fpdf2 (fixed creation date); text measuring, wrapping, a flowing cursor, and the
factory self-check (pdfplumber text layer, row-level)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCond-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LibMono-Bold": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
}
CORE_FPDF = {
    "Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Times-Roman": ("times", ""),
    "Times-Bold": ("times", "B"), "Courier": ("courier", ""), "Courier-Bold": ("courier", "B"),
}
for _n, _p in TTF.items():
    pdfmetrics.registerFont(TTFont(_n, _p))


def width(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, font, size)


def wrap(s: str, font: str, size: float, w: float) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if cur and width(t, font, size) > w:
            out.append(cur)
            cur = word
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]


class Doc:
    """Top-left origin, points. y of text is its baseline."""

    def __init__(self, producer: str, landscape: bool = False):
        self.producer = producer
        self.w, self.h = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages: list[list[tuple]] = [[]]

    @property
    def page_no(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def text(self, x, y, s, font="Helvetica", size=8.0, align="l"):
        s = str(s)
        if align == "r":
            x = x - width(s, font, size)
        elif align == "c":
            x = x - width(s, font, size) / 2
        self.pages[-1].append(("text", x, y, s, font, size))

    def line(self, x1, y1, x2, y2, lw=0.5):
        self.pages[-1].append(("line", x1, y1, x2, y2, lw))

    def rect(self, x, y, w, h, fill=None, lw=0.5, stroke=True):
        self.pages[-1].append(("rect", x, y, w, h, fill, lw, stroke))

    def save(self, path: Path, fixed_when) -> None:
        if self.producer == "reportlab":
            self._save_rl(path)
        else:
            self._save_fpdf(path, fixed_when)

    def _save_rl(self, path):
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle("Statement")
        for ops in self.pages:
            for op in ops:
                if op[0] == "text":
                    _, x, y, s, font, size = op
                    c.setFillGray(0)
                    c.setFont(font, size)
                    c.drawString(x, self.h - y, s)
                elif op[0] == "line":
                    _, x1, y1, x2, y2, lw = op
                    c.setLineWidth(lw)
                    c.line(x1, self.h - y1, x2, self.h - y2)
                else:
                    _, x, y, w, h, fill, lw, stroke = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def _save_fpdf(self, path, fixed_when):
        from fpdf import FPDF
        pdf = FPDF(orientation="L" if self.w > self.h else "P", unit="pt", format="letter")
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(fixed_when)
        pdf.set_title("Statement")
        added = set()
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "text":
                    _, x, y, s, font, size = op
                    if font in CORE_FPDF:
                        fam, st = CORE_FPDF[font]
                    else:
                        if font not in added:
                            pdf.add_font(font, "", TTF[font])
                            added.add(font)
                        fam, st = font, ""
                    pdf.set_font(fam, st, size)
                    pdf.set_text_color(0)
                    pdf.text(x, y, s)
                elif op[0] == "line":
                    _, x1, y1, x2, y2, lw = op
                    pdf.set_line_width(lw)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, lw, stroke = op
                    pdf.set_line_width(lw)
                    style = ""
                    if fill is not None:
                        g = int(round(fill * 255))
                        pdf.set_fill_color(g, g, g)
                        style = "F"
                    if stroke:
                        style += "D"
                    pdf.rect(x, y, w, h, style=style)
        pdf.output(str(path))


class Flow:
    """A cursor going down the page; ``need(h)`` breaks the page and calls ``restart(doc)`` -> new y."""

    def __init__(self, doc: Doc, y: float, bottom: float, restart):
        self.doc, self.y, self.bottom, self.restart = doc, y, bottom, restart

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.doc.new_page()
            self.y = self.restart(self.doc)
            return True
        return False


# ------------------------------------------------------------------------------------------- self-check

NUM = re.compile(r"\(?-?\$?\d{1,3}(?:,\d{3})+\.\d{2}\)?-?|\(?-?\$?\d+\.\d{2}\)?-?")


def nums(text: str) -> list[Decimal]:
    out = []
    for m in NUM.finditer(text):
        t = m.group(0)
        neg = t.startswith("(") or t.startswith("-") or t.endswith("-")
        v = Decimal(re.sub(r"[^\d.]", "", t))
        out.append(-v if neg else v)
    return out


def rows_of(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    words.sort(key=lambda w: (round(w["top"]), w["x0"]))
    rows: list[list] = []
    for w in words:
        if rows and abs(rows[-1][0] - w["top"]) <= 2.5:
            rows[-1][1].append(w)
        else:
            rows.append([w["top"], [w]])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def date_forms(d: date) -> set[str]:
    return {d.strftime("%m/%d/%y"), d.strftime("%m/%d/%Y"), f"{d.month}/{d.day}/{d.year}", d.strftime("%m%d%y"),
            d.strftime("%m%d%Y"), d.isoformat(), d.strftime("%d-%b-%Y").upper(), d.strftime("%m-%d-%Y"),
            d.strftime("%m-%d-%y"), f"{d:%b} {d.day}, {d.year}", f"{d:%B} {d.day}, {d.year}",
            d.strftime("%d%b%y").upper(), f"{d.month}/{d.day}/{d:%y}", d.strftime("%b %d, %Y"), f"{d:%b} {d.day}"}


def check_file(pdf: Path, truth: dict) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    with pdfplumber.open(str(pdf)) as p:
        if len(p.pages) != truth["pages"]:
            errs.append(f"pages {len(p.pages)} != {truth['pages']}")
        prow = [rows_of(pg) for pg in p.pages]
    alltext = "\n".join("\n".join(r) for r in prow)
    desc = truth["description"]
    for i, ln in enumerate(truth["lines"]):
        tag = f"{pdf.name} line {i}"
        rows = prow[ln["page"] - 1]
        amounts = [Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                              "coinsurance", "not_covered", "discount") if ln[k] is not None]
        hit = None
        for r, text in enumerate(rows):
            if ln["code"] and ln["code"] not in text:
                continue
            if any(m not in text for m in ln["modifiers"]):
                continue
            ns = nums(text)
            if any(a not in ns for a in amounts):
                continue
            if ln["units"] is not None:
                u = Decimal(ln["units"])
                toks = [t.strip("x") for t in text.split()]
                if not any(re.fullmatch(r"\d+(\.\d+)?", t) and Decimal(t) == u for t in toks):
                    continue
            if hit is None:
                hit = r
            if any(f in text for f in date_forms(date.fromisoformat(ln["service_date"]))):
                hit = r
                break
        if hit is None:
            errs.append(f"{tag}: no row with code/mods/units/amounts {ln['code']} {ln['modifiers']} {ln['units']} "
                        f"{amounts}")
            continue
        near = "\n".join(rows[hit:hit + 4])
        d = date.fromisoformat(ln["service_date"])
        before = "\n".join(rows[:hit + 1]) + ("\n".join(prow[ln["page"] - 2]) if ln["page"] > 1 else "")
        if not any(f in rows[hit] for f in date_forms(d)) and not any(f in before for f in date_forms(d)):
            errs.append(f"{tag}: date {d} not printed")
        if ln["service_end"]:
            e = date.fromisoformat(ln["service_end"])
            if not any(f in rows[hit] for f in date_forms(e)):
                errs.append(f"{tag}: end date {e} not on the row")
        for g, c, a in ln["adjustments"]:
            if not re.search(rf"\b{g}\s?-?\s?{c}\b", near):
                errs.append(f"{tag}: adjustment {g}{c} not near the row")
            if a is not None and Decimal(a) not in nums(near) and Decimal(a) not in nums(near.replace(f"{g}-{c}", "")):
                errs.append(f"{tag}: adjustment amount {a} not near the row")
        for rm in ln["remarks"]:
            if not re.search(rf"(?<![\w]){re.escape(rm)}(?![\w])", near):
                errs.append(f"{tag}: remark {rm} not near the row")
        if ln["description"] and ln["description"].split()[0].strip(",") not in alltext:
            errs.append(f"{tag}: description not printed")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in alltext:
                errs.append(f"{tag}: {k} {ln[k]} not printed")
        # the document's own arithmetic
        D = lambda k: Decimal(ln[k]) if ln[k] is not None else Decimal(0)  # noqa: E731
        if "[adj-complete]" in desc and ln["adjustments"] and ln["billed"] and ln["paid"] is not None:
            if D("billed") - sum(Decimal(a) for _, _, a in ln["adjustments"]) != D("paid"):
                errs.append(f"{tag}: billed - adjustments != paid")
        if "[plan-arith]" in desc:
            if D("allowed") - D("deductible") - D("copay") - D("coinsurance") != D("paid"):
                errs.append(f"{tag}: allowed - member share != paid")
            if ln["discount"] is not None and D("billed") - D("discount") - D("not_covered") != D("allowed"):
                errs.append(f"{tag}: billed - discount - not covered != allowed")
    for c in truth["claims"]:
        mine = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"]
                and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            s = sum(Decimal(ln[k]) for ln in mine if ln[k] is not None)
            planted = any(("claim-total-mismatch" in f) and (str(c["payer_claim_id"]) in f or str(c["claim_id"]) in f)
                          and v in f for f in truth["expected_findings"])
            if (s != Decimal(v)) != planted:
                errs.append(f"claim {c['claim_id']}/{c['payer_claim_id']} total {k} {v} vs lines {s} planted={planted}")
            if Decimal(v) not in nums(alltext):
                errs.append(f"claim {c['claim_id']} total {k} {v} not printed")
    return errs
