"""Small page kit for set 143: pages as lists of drawing operations (top-down points), a flow that breaks
pages, two renderers (reportlab, fpdf2) and the self-check. Helper of make_heldout143_pdfs.py."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerifCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf",
    "DejaVuSerifCondensed-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
}
CORE = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Times-Roman": ("times", ""),
        "Times-Bold": ("times", "B"), "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}
for _n, _p in TTF.items():
    if _n not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_n, _p))


def sw(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    out, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if cur and sw(t, font, size) > width:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]


@dataclass
class Doc:
    w: float
    h: float
    top: float = 54
    bottom: float = 54
    pages: list = field(default_factory=list)
    y: float = 0
    on_page: object = None  # callable(doc, first: bool) drawing furniture and repeated headers, sets y
    anchors: list = field(default_factory=list)  # (page, y) per service row, same order as truth lines

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top
        if self.on_page:
            self.on_page(self, len(self.pages) == 1)

    @property
    def pno(self) -> int:
        return len(self.pages)

    def ensure(self, hgt: float) -> bool:
        if not self.pages or self.y + hgt > self.h - self.bottom:
            self.new_page()
            return True
        return False

    def t(self, x, y, text, font="Helvetica", size=8, a="l"):
        self.pages[-1].append(("t", x, y, str(text), font, size, a))

    def line(self, x0, y0, x1, y1, lw=0.5):
        self.pages[-1].append(("l", x0, y0, x1, y1, lw))

    def rect(self, x, y, w, h, lw=0.5, fill=None):
        self.pages[-1].append(("r", x, y, w, h, lw, fill))

    def anchor(self, y=None) -> int:
        self.anchors.append((self.pno, self.y if y is None else y))
        return self.pno


def add_footers(doc: Doc, fn) -> None:
    n = len(doc.pages)
    saved = doc.pages
    for i in range(n):
        doc.pages = [saved[i]]
        fn(doc, i + 1, n)
    doc.pages = saved


def render_rl(doc: Doc, path: Path, title: str) -> None:
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=(doc.w, doc.h), invariant=1)
    c.setTitle(title)
    c.setAuthor("set 143 factory")
    for pg in doc.pages:
        for op in pg:
            if op[0] == "t":
                _, x, y, text, font, size, a = op
                c.setFont(font, size)
                yy = doc.h - y
                if a == "r":
                    c.drawRightString(x, yy, text)
                elif a == "c":
                    c.drawCentredString(x, yy, text)
                else:
                    c.drawString(x, yy, text)
            elif op[0] == "l":
                _, x0, y0, x1, y1, lw = op
                c.setLineWidth(lw)
                c.line(x0, doc.h - y0, x1, doc.h - y1)
            else:
                _, x, y, w, h, lw, fill = op
                c.setLineWidth(lw)
                if fill is not None:
                    c.setFillGray(fill)
                c.rect(x, doc.h - y - h, w, h, stroke=1 if lw else 0, fill=1 if fill is not None else 0)
                c.setFillGray(0)
        c.showPage()
    c.save()


def render_fp(doc: Doc, path: Path, title: str) -> None:
    from fpdf import FPDF

    from samples.pdf.eobgen import FIXED_WHEN
    pdf = FPDF(unit="pt", format=(doc.w, doc.h) if doc.w < doc.h else (doc.h, doc.w),
               orientation="P" if doc.w < doc.h else "L")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(FIXED_WHEN)
    pdf.set_title(title)
    pdf.set_producer("set 143 factory (fpdf2)")
    used = sorted({op[4] for pg in doc.pages for op in pg if op[0] == "t"})
    fam = {}
    for f in used:
        if f in CORE:
            fam[f] = CORE[f]
        else:
            base, _, bold = f.partition("-")
            pdf.add_font(base, "B" if bold else "", TTF[f])
            fam[f] = (base, "B" if bold else "")
    for pg in doc.pages:
        pdf.add_page()
        for op in pg:
            if op[0] == "t":
                _, x, y, text, font, size, a = op
                pdf.set_font(fam[font][0], fam[font][1], size)
                wdt = pdf.get_string_width(text)
                xx = x - wdt if a == "r" else x - wdt / 2 if a == "c" else x
                pdf.text(xx, y, text)
            elif op[0] == "l":
                _, x0, y0, x1, y1, lw = op
                pdf.set_line_width(lw)
                pdf.line(x0, y0, x1, y1)
            else:
                _, x, y, w, h, lw, fill = op
                pdf.set_line_width(lw or 0.1)
                if fill is not None:
                    g = int(fill * 255)
                    pdf.set_fill_color(g, g, g)
                pdf.rect(x, y, w, h, style=("DF" if lw else "F") if fill is not None else "D")
    pdf.output(str(path))


# ------------------------------------------------------------------------------------------- check

def _rows(page) -> list[tuple[float, float, str]]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    return [(w["top"], w["bottom"], w["text"]) for w in words]


def _nums(text: str) -> set:
    out = set()
    for tok in re.findall(r"\d[\d,]*\.?\d*", text):
        try:
            out.add(Decimal(tok.replace(",", "").rstrip(".")))
        except Exception:
            pass
    return out


def _date_forms(iso: str) -> list[str]:
    from datetime import date

    from samples.pdf.eobgen import dfmt
    d = date.fromisoformat(iso)
    forms = [dfmt(d, s) for s in ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")]
    forms += [d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"), d.strftime("%m%d"), d.strftime("%Y%m%d"),
              f"{d:%b} {d.day:02d}, {d.year}", f"{d:%b} {d.day}", f"{d.month}/{d.day}/{d:%y}", d.strftime("%d/%m/%Y"),
              f"{d:%b} {d.day}"]
    return forms


def check_file(pdf_path: Path, truth: dict, anchors: list, opts: dict) -> list[str]:
    """Return problems (empty = good). opts: full_adj (bool), date_on_row (bool), member (bool)."""
    import pdfplumber
    errs: list[str] = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        if len(pdf.pages) != truth["pages"]:
            errs.append(f"page count {len(pdf.pages)} != {truth['pages']}")
        words = [_rows(p) for p in pdf.pages]
        ptext = [p.extract_text() or "" for p in pdf.pages]
    alltext = "\n".join(ptext)
    flat = re.sub(r"\s+", " ", alltext)
    if len(anchors) != len(truth["lines"]):
        errs.append("anchor count mismatch")
        return errs
    for i, (ln, (pg, y)) in enumerate(zip(truth["lines"], anchors)):
        tag = f"line {i + 1} ({ln['code']} {ln['service_date']})"
        if ln["page"] != pg:
            errs.append(f"{tag}: page {ln['page']} but drawn on {pg}")
        row = " ".join(t for top, bot, t in words[pg - 1] if top - 1.5 <= y <= bot + 1.5)
        if not row:
            errs.append(f"{tag}: no text at its row")
            continue
        nums = _nums(row.replace("$", ""))
        if ln["code"] and ln["code"] not in row:
            errs.append(f"{tag}: code not on row: {row!r}")
        for m in ln["modifiers"]:
            if not re.search(r"(?<![A-Z0-9])" + m + r"(?![A-Z0-9])|" + ln["code"] + r"[- ]?(\w\w[- ,:]?)*" + m, row):
                errs.append(f"{tag}: modifier {m} not on row: {row!r}")
        if ln["units"] is not None and abs(Decimal(ln["units"])) not in nums:
            errs.append(f"{tag}: units {ln['units']} not on row: {row!r}")
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if ln[k] is not None and abs(Decimal(ln[k])) not in nums:
                errs.append(f"{tag}: {k} {ln[k]} not on row: {row!r}")
        forms = _date_forms(ln["service_date"])
        if opts.get("date_on_row", True):
            if not any(f in row for f in forms):
                errs.append(f"{tag}: date not on row: {row!r}")
        elif not any(f in ptext[pg - 1] for f in forms):
            errs.append(f"{tag}: date not on page")
        if ln["service_end"] and not any(f in row or f in ptext[pg - 1] for f in _date_forms(ln["service_end"])):
            errs.append(f"{tag}: end date missing")
        for f in ("claim_id", "payer_claim_id", "patient"):
            if ln[f] and ln[f] not in flat:
                errs.append(f"{tag}: {f} {ln[f]!r} not in text")
        for g, rc, a in ln["adjustments"]:
            if not re.search(g + r"\W{0,2}" + rc + r"(?!\d)", flat):
                errs.append(f"{tag}: adjustment {g}-{rc} not in text")
            if a is not None and abs(Decimal(a)) not in _nums(flat.replace("$", "")):
                errs.append(f"{tag}: adjustment amount {a} not in text")
        for r in ln["remarks"]:
            if r not in flat:
                errs.append(f"{tag}: remark {r} not in text")
        # arithmetic of the document itself
        D = lambda k: Decimal(ln[k]) if ln[k] is not None else Decimal(0)  # noqa: E731
        if opts.get("full_adj") and ln["billed"] and ln["paid"] is not None and ln["adjustments"]:
            s = sum(Decimal(a) for _, _, a in ln["adjustments"])
            if D("billed") - s != D("paid"):
                errs.append(f"{tag}: billed - adjustments != paid")
        if ln["allowed"] is not None and ln["paid"] is not None and opts.get("member"):
            share = D("deductible") + D("copay") + D("coinsurance")
            if all(ln[k] is None for k in ("deductible", "copay", "coinsurance")):
                share = D("patient_owes")
            if D("allowed") - share != D("paid") and not ln["not_covered"] and D("allowed"):
                errs.append(f"{tag}: allowed - member share != paid")
        if ln["billed"] is not None and ln["allowed"] is not None and ln["discount"] is not None:
            if D("billed") - D("discount") - D("not_covered") != D("allowed"):
                errs.append(f"{tag}: billed - discount - not covered != allowed")
    found = []
    for c in truth["claims"]:
        key = (c["claim_id"], c["payer_claim_id"], c["patient"])
        mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) == key]
        if not mine:
            errs.append(f"claim {key} has no lines")
        for k, v in (c.get("totals") or {}).items():
            if v is None:
                continue
            s = sum(Decimal(ln[k]) for ln in mine if ln[k] is not None)
            if abs(Decimal(v)) not in _nums(flat.replace("$", "")):
                errs.append(f"claim {key} total {k} {v} not printed")
            if s != Decimal(v):
                found.append((c, k, v, s))
    if len(found) != len(truth["expected_findings"]):
        errs.append(f"total mismatches {[(f[0]['payer_claim_id'], f[1], f[2], str(f[3])) for f in found]} vs "
                    f"expected findings {truth['expected_findings']}")
    for c, k, v, s in found:
        if not any(str(v) in e and str(s) in e for e in truth["expected_findings"]):
            errs.append(f"unplanned mismatch {c['payer_claim_id']} {k} {v} vs {s}")
    for code, _ in truth["legend"]:
        if code not in flat:
            errs.append(f"legend code {code} not in text")
    return errs
