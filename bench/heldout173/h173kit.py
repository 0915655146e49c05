"""Small drawing / truth / self-check kit for make_heldout173_pdfs.py (set 173 only).

Pages are lists of drawing operations in points with a TOP-LEFT origin (y = text baseline), rendered by
either reportlab or fpdf2, so the same layout code can be sent to either producer.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

FONTDIR = {"dejavu": "/usr/share/fonts/truetype/dejavu/", "lib": "/usr/share/fonts/truetype/liberation/"}
TTF = {
    "DejaVuSans": ("dejavu", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "DejaVuSansCondensed": ("dejavu", "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "DejaVuSerifCondensed": ("dejavu", "DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf"),
    "DejaVuSansMono": ("dejavu", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
    "LiberationSans": ("lib", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "LiberationSerif": ("lib", "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    "LiberationSansNarrow": ("lib", "LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf"),
    "LiberationMono": ("lib", "LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
}
CORE = {"Helvetica": ("Helvetica", "Helvetica-Bold", "helvetica"), "Times": ("Times-Roman", "Times-Bold", "times"),
        "Courier": ("Courier", "Courier-Bold", "courier")}


@dataclass
class Page:
    w: float
    h: float
    ops: list = field(default_factory=list)

    def t(self, x, y, s, size=8.0, bold=False, align="l", font=None):
        self.ops.append(("t", x, y, str(s), size, bold, align, font))

    def hl(self, x1, x2, y, wd=0.5):
        self.ops.append(("l", x1, y, x2, y, wd))

    def vl(self, x, y1, y2, wd=0.5):
        self.ops.append(("l", x, y1, x, y2, wd))

    def box(self, x, y, w, h, wd=0.6, fill=None):
        self.ops.append(("r", x, y, w, h, wd, fill))


class Doc:
    def __init__(self, font: str, landscape: bool = False):
        self.font = font
        self.w, self.h = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages: list[Page] = []

    def new(self) -> Page:
        p = Page(self.w, self.h)
        self.pages.append(p)
        return p

    # ------------------------------------------------------------------ producers
    def render_reportlab(self, path: Path, title: str) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas

        def fnames(fam):
            if fam in CORE:
                return CORE[fam][0], CORE[fam][1]
            d, r, b = TTF[fam]
            for nm, f in ((fam, r), (fam + "-Bold", b)):
                if nm not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(nm, FONTDIR[d] + f))
            return fam, fam + "-Bold"

        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle(title)
        c.setAuthor("heldout173")
        for p in self.pages:
            for op in p.ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, align, font = op
                    reg, bld = fnames(font or self.font)
                    fn = bld if bold else reg
                    c.setFont(fn, size)
                    if align == "r":
                        c.drawRightString(x, self.h - y, s)
                    elif align == "c":
                        c.drawCentredString(x, self.h - y, s)
                    else:
                        c.drawString(x, self.h - y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, wd = op
                    c.setLineWidth(wd)
                    c.line(x1, self.h - y1, x2, self.h - y2)
                else:
                    _, x, y, w, h, wd, fill = op
                    c.setLineWidth(wd)
                    if fill is not None:
                        c.setFillGray(fill)
                        c.rect(x, self.h - y - h, w, h, stroke=1, fill=1)
                        c.setFillGray(0)
                    else:
                        c.rect(x, self.h - y - h, w, h, stroke=1, fill=0)
            c.showPage()
        c.save()

    def render_fpdf(self, path: Path, title: str) -> None:
        from fpdf import FPDF
        from samples.pdf.eobgen import FIXED_WHEN

        pdf = FPDF(orientation="L" if self.w > self.h else "P", unit="pt", format="letter")
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_title(title)
        pdf.set_author("heldout173")
        added = set()

        def setf(fam, bold, size):
            if fam in CORE:
                pdf.set_font(CORE[fam][2], "B" if bold else "", size)
                return
            if fam not in added:
                d, r, b = TTF[fam]
                pdf.add_font(fam, "", FONTDIR[d] + r)
                pdf.add_font(fam, "B", FONTDIR[d] + b)
                added.add(fam)
            pdf.set_font(fam, "B" if bold else "", size)

        for p in self.pages:
            pdf.add_page()
            for op in p.ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, align, font = op
                    setf(font or self.font, bold, size)
                    wd = pdf.get_string_width(s)
                    xx = x - wd if align == "r" else (x - wd / 2 if align == "c" else x)
                    pdf.text(xx, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, wd = op
                    pdf.set_line_width(wd)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, wd, fill = op
                    pdf.set_line_width(wd)
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                        pdf.rect(x, y, w, h, style="DF")
                    else:
                        pdf.rect(x, y, w, h)
        pdf.output(str(path))


# ---------------------------------------------------------------------------------------- self-check

@dataclass
class Where:
    """Where one truth line was drawn: its page, the baseline of its main row, other rows of its block."""
    page: int
    y: float
    block: list = field(default_factory=list)
    date_on_row: bool = True


def _num(tok: str):
    t = tok.strip().replace("$", "").replace(",", "")
    neg = False
    if t.startswith("(") and t.endswith(")"):
        t, neg = t[1:-1], True
    if t.endswith("-") and len(t) > 1:
        t, neg = t[:-1], True
    if t.startswith("-"):
        t, neg = t[1:], True
    if not re.fullmatch(r"\d+(\.\d+)?", t):
        return None
    try:
        v = Decimal(t)
    except InvalidOperation:
        return None
    return -v if neg else v


def date_forms(d: date) -> list[str]:
    return [d.strftime("%m/%d/%y"), d.strftime("%m/%d/%Y"), d.strftime("%m%d%y"), d.strftime("%m%d%Y"),
            f"{d:%b} {d.day}, {d.year}", f"{d:%b} {d:%d}, {d.year}", f"{d:%B} {d.day}, {d.year}",
            f"{d.month}/{d.day}/{d.year}", d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"),
            d.strftime("%d-%b-%Y").upper(), d.strftime("%d%b%y").upper(), f"{d:%b} {d.day}"]


def rows_of(pdf_path: Path):
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for pg in pdf.pages:
            words = pg.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"], 0), w["x0"])):
                for r in rows:
                    if abs(r[0] - w["bottom"]) < 2.0:
                        r[1].append(w)
                        break
                else:
                    rows.append([w["bottom"], [w]])
            out.append([(b, [x["text"] for x in sorted(ws, key=lambda x: x["x0"])]) for b, ws in rows])
    return out


def find_row(rows, y):
    best = min(rows, key=lambda r: abs(r[0] - y))
    if abs(best[0] - y) > 4.0:
        raise AssertionError(f"no text row near baseline {y:.1f}")
    return best[1]


def check_file(pdf_path: Path, truth: dict, wheres: list[Where]) -> list[str]:
    errs: list[str] = []
    rows = rows_of(pdf_path)
    if len(rows) != truth["pages"]:
        errs.append(f"page count {len(rows)} != {truth['pages']}")
    doc_text = " ".join(" ".join(t) for pg in rows for _, t in pg)
    for i, (ln, wh) in enumerate(zip(truth["lines"], wheres)):
        tag = f"line {i + 1} ({ln['code']} {ln['service_date']})"
        if ln["page"] != wh.page:
            errs.append(f"{tag}: page {ln['page']} != drawn {wh.page}")
        try:
            row = find_row(rows[wh.page - 1], wh.y)
            block = list(row)
            for by in wh.block:
                block += find_row(rows[wh.page - 1], by)
        except AssertionError as e:
            errs.append(f"{tag}: {e}")
            continue
        rtext = " ".join(row)
        btext = " ".join(block)
        page_text = " ".join(" ".join(t) for _, t in rows[wh.page - 1])
        rnums = [v for v in (_num(t) for t in row) if v is not None]
        bnums = [v for v in (_num(t) for t in block) if v is not None]
        # code and modifiers: on the row, or (wrapped descriptions) on a continuation row of the block
        if ln["code"] and ln["code"] not in btext:
            errs.append(f"{tag}: code not on row: {rtext}")
        for m in ln["modifiers"]:
            if not re.search(r"(?<![A-Z0-9])" + m + r"(?![A-Z0-9])|" + ln["code"] + r"[- ]?" + m, btext):
                if m not in btext:
                    errs.append(f"{tag}: modifier {m} not on row")
        if ln["units"] is not None and Decimal(ln["units"]) not in rnums and \
                not re.search(r"(?<![\d.])" + re.escape(ln["units"]) + r"(\.0+)?\b", rtext):
            errs.append(f"{tag}: units {ln['units']} not on row: {rtext}")
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
                  "discount"):
            if ln[k] is not None and Decimal(ln[k]) not in rnums:
                errs.append(f"{tag}: {k} {ln[k]} not on row: {rtext}")
        d = date.fromisoformat(ln["service_date"])
        where_d = rtext if wh.date_on_row else page_text
        if not any(f in where_d for f in date_forms(d)):
            errs.append(f"{tag}: date not found ({'row' if wh.date_on_row else 'page'})")
        if ln["service_end"]:
            e = date.fromisoformat(ln["service_end"])
            if not any(f in btext for f in date_forms(e)):
                errs.append(f"{tag}: end date not on row")
        for g, r, a in ln["adjustments"]:
            if r not in btext or (g and g not in btext):
                errs.append(f"{tag}: adjustment {g}-{r} not in block: {btext}")
            if a is not None and Decimal(a) not in bnums:
                errs.append(f"{tag}: adjustment amount {a} not in block")
        for rm in ln["remarks"]:
            if not re.search(r"(?<![A-Za-z0-9])" + re.escape(rm) + r"(?![A-Za-z0-9])", btext):
                errs.append(f"{tag}: remark {rm} not in block: {btext}")
        if ln["description"] and ln["description"].split()[0] not in btext:
            errs.append(f"{tag}: description not in block")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in page_text and ln[k] not in doc_text:
                errs.append(f"{tag}: {k} {ln[k]} not in text")
        # arithmetic: where every adjustment is printed with its amount
        if ln["billed"] and ln["paid"] is not None and ln["adjustments"] and \
                all(a is not None for _, _, a in ln["adjustments"]):
            s = Decimal(ln["billed"]) - sum(Decimal(a) for _, _, a in ln["adjustments"])
            if s != Decimal(ln["paid"]):
                errs.append(f"{tag}: billed - adjustments {s} != paid {ln['paid']}")
    # claim totals
    mism = " ".join(truth["expected_findings"])
    for c in truth["claims"]:
        mine = [ln for ln in truth["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                and ln["claim_id"] == c["claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c['payer_claim_id']}: no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if Decimal(v) not in [x for x in (_num(t) for pg in rows for _, ts in pg for t in ts) if x is not None]:
                errs.append(f"claim {c['payer_claim_id']}: total {k} {v} not printed")
            if all(ln[k] is None for ln in mine):
                continue  # a claim-level figure only (e.g. PT RESP on a paper remit); nothing to add up
            s = sum(Decimal(ln[k]) for ln in mine if ln[k] is not None)
            planted = (c["payer_claim_id"] or c["claim_id"]) in mism and k.replace("_", " ") in mism.lower()
            if (s != Decimal(v)) != planted:
                errs.append(f"claim {c['payer_claim_id'] or c['claim_id']}: {k} total {v} vs lines {s} "
                            f"(planted={planted})")
    return errs


def refuse_samples(out: Path) -> None:
    if "samples" in out.resolve().parts:
        sys.exit("refusing to write under samples/")
