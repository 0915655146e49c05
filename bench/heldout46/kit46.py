"""Drawing layer and self-check for bench/heldout46 (one API over reportlab and fpdf2).

Pages are recorded as drawing operations first (y measured from the TOP of the page, text at its baseline), so
"Page n of N" footers are exact, then rendered by the chosen producer. Each service row remembers where it was
drawn (page, baseline, size) so --check can find its printed text row again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-B": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCond-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-B": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuMono-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LibMono-B": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
}
CORE = {"Helvetica": ("Helvetica", "Helvetica-Bold", "helvetica"), "Times": ("Times-Roman", "Times-Bold", "times"),
        "Courier": ("Courier", "Courier-Bold", "courier")}
FIXED = datetime(2026, 2, 2, 9, 30, 0, tzinfo=UTC)
LETTER = (612.0, 792.0)
LANDSCAPE = (792.0, 612.0)


@dataclass
class Anchor:
    page: int
    y: float
    size: float


@dataclass
class Doc:
    producer: str  # "reportlab" | "fpdf2"
    family: str  # key of CORE, or TTF base name (bold = name + "-B")
    size: tuple = LETTER
    pages: list = field(default_factory=list)

    def __post_init__(self) -> None:
        self.W, self.H = self.size
        self._rl_measure = None

    # ---------------------------------------------------------------- recording
    def new_page(self) -> int:
        self.pages.append([])
        return len(self.pages)

    @property
    def pno(self) -> int:
        return len(self.pages)

    def text(self, x: float, y: float, s: str, size: float = 8, bold: bool = False, align: str = "l",
             page: int | None = None) -> None:
        self.pages[(page or self.pno) - 1].append(("t", x, y, s, size, bold, align))

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5, page: int | None = None) -> None:
        self.pages[(page or self.pno) - 1].append(("r", x, y, w, h, fill, stroke, lw))

    def hline(self, x0: float, x1: float, y: float, lw: float = 0.5, page: int | None = None) -> None:
        self.pages[(page or self.pno) - 1].append(("l", x0, y, x1, y, lw))

    def vline(self, x: float, y0: float, y1: float, lw: float = 0.5) -> None:
        self.pages[self.pno - 1].append(("l", x, y0, x, y1, lw))

    def width(self, s: str, size: float, bold: bool = False) -> float:
        from reportlab.pdfbase import pdfmetrics
        return pdfmetrics.stringWidth(s, self._rl_font(bold), size)

    def wrap(self, s: str, size: float, maxw: float, bold: bool = False) -> list[str]:
        out, cur = [], ""
        for w in s.split():
            t = (cur + " " + w).strip()
            if cur and self.width(t, size, bold) > maxw:
                out.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            out.append(cur)
        return out or [""]

    # ---------------------------------------------------------------- fonts
    def _rl_font(self, bold: bool) -> str:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        if self.family in CORE:
            return CORE[self.family][1 if bold else 0]
        name = self.family + ("-B" if bold else "")
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, TTF[name]))
        return name

    # ---------------------------------------------------------------- rendering
    def save(self, path: Path) -> None:
        if self.producer == "reportlab":
            self._save_rl(path)
        else:
            self._save_fpdf(path)

    def _save_rl(self, path: Path) -> None:
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=self.size, invariant=1, pageCompression=0)
        c.setTitle("Document")
        c.setAuthor("")
        H = self.H
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, align = op
                    c.setFillGray(0)
                    c.setFont(self._rl_font(bold), size)
                    if align == "r":
                        c.drawRightString(x, H - y, s)
                    elif align == "c":
                        c.drawCentredString(x, H - y, s)
                    else:
                        c.drawString(x, H - y, s)
                elif op[0] == "r":
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, H - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke else 0)
                    c.setFillGray(0)
                else:
                    _, x0, y0, x1, y1, lw = op
                    c.setLineWidth(lw)
                    c.line(x0, H - y0, x1, H - y1)
            c.showPage()
        c.save()

    def _save_fpdf(self, path: Path) -> None:
        from fpdf import FPDF
        pdf = FPDF(unit="pt", format=self.size)
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(FIXED)
        pdf.set_margins(0, 0, 0)
        if self.family in CORE:
            fam = CORE[self.family][2]
        else:
            fam = self.family.lower()
            pdf.add_font(fam, "", TTF[self.family])
            pdf.add_font(fam, "B", TTF[self.family + "-B"])
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, align = op
                    pdf.set_font(fam, "B" if bold else "", size)
                    w = pdf.get_string_width(s)
                    xx = x - w if align == "r" else x - w / 2 if align == "c" else x
                    pdf.text(xx, y, s)
                elif op[0] == "r":
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_line_width(lw)
                    style = ""
                    if fill is not None:
                        g = int(round(fill * 255))
                        pdf.set_fill_color(g, g, g)
                        style += "F"
                    if stroke:
                        style = "D" + style if style else "D"
                    if style == "DF":
                        style = "DF"
                    pdf.rect(x, y, w, h, style=style or "D")
                else:
                    _, x0, y0, x1, y1, lw = op
                    pdf.set_line_width(lw)
                    pdf.line(x0, y0, x1, y1)
        pdf.output(str(path))


# ------------------------------------------------------------------------------------------- flow

class Flow:
    """A cursor down the pages. ``start_page`` draws furniture on a fresh page and returns the first free y."""

    def __init__(self, doc: Doc, start_page, bottom: float):
        self.doc, self.start_page, self.bottom = doc, start_page, bottom
        self.y = 0.0
        self.on_break = None  # called after a page break (e.g. to repeat a claim heading / column header)

    def begin(self) -> None:
        self.doc.new_page()
        self.y = self.start_page(self.doc, self.doc.pno)

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.doc.new_page()
            self.y = self.start_page(self.doc, self.doc.pno)
            if self.on_break:
                self.on_break()
            return True
        return False

    def row(self, cells: list, size: float, lead: float, bold: bool = False) -> Anchor:
        """cells: (x, text, align). Draw at the current y (baseline = y + size), advance by lead."""
        self.need(lead)
        base = self.y + size
        for x, s, a in cells:
            if s:
                self.doc.text(x, base, s, size, bold, a)
        self.y += lead
        return Anchor(self.doc.pno, base, size)


def page_footers(doc: Doc, fmt, y: float, x: float, align: str = "r", size: float = 7) -> None:
    n = len(doc.pages)
    for i in range(1, n + 1):
        doc.text(x, y, fmt(i, n), size, False, align, page=i)


# ------------------------------------------------------------------------------------------ check

NUM = re.compile(r"\(?-?\$?\d[\d,]*\.\d{2}\)?-?|\(?-?\$?\d[\d,]*\)?-?")


def nums(text: str) -> set[Decimal]:
    out = set()
    for m in NUM.finditer(text):
        t = m.group(0)
        neg = t.startswith("(") or t.startswith("-") or t.endswith("-")
        body = t.strip("()-$").replace("$", "").replace(",", "")
        try:
            v = Decimal(body)
        except InvalidOperation:
            continue
        out.add(-v if neg else v)
        out.add(v)
    return out


def row_text(words: list, a: Anchor) -> str:
    lo = a.y - a.size * 0.9
    hi = a.y + a.size * 0.4
    ws = [w for w in words if lo <= (w["top"] + w["bottom"]) / 2 <= hi]
    ws.sort(key=lambda w: w["x0"])
    return " ".join(w["text"] for w in ws)


def date_forms(iso: str) -> list[str]:
    d = datetime.strptime(iso, "%Y-%m-%d").date()
    return [d.strftime(f) for f in ("%m/%d/%Y", "%m/%d/%y", "%m%d%y", "%m%d%Y", "%m-%d-%Y", "%m-%d-%y", "%Y-%m-%d")] + [
        f"{d:%b} {d.day}, {d.year}", f"{d.month}/{d.day}/{d.year}", f"{d:%b} {d.day:02d}, {d.year}",
        f"{d:%d-%b-%Y}".upper(), f"{d:%b %d}"]


def check_file(pdf: Path, truth: dict, anchors: list[Anchor], heads: dict, errs: list, extra=None) -> None:
    """anchors[i] is where truth line i was drawn; heads maps page -> text of claim headings (for dates / ids)."""
    from decimal import Decimal as D

    import pdfplumber
    with pdfplumber.open(str(pdf)) as p:
        if len(p.pages) != truth["pages"]:
            errs.append(f"{pdf.name}: {len(p.pages)} pages, truth says {truth['pages']}")
        words = [pg.extract_words(keep_blank_chars=False, use_text_flow=False) for pg in p.pages]
        texts = [pg.extract_text() or "" for pg in p.pages]
    alltext = "\n".join(texts)
    for i, (ln, a) in enumerate(zip(truth["lines"], anchors)):
        tag = f"{pdf.name} line {i + 1}"
        if ln["page"] != a.page:
            errs.append(f"{tag}: page {ln['page']} vs drawn on {a.page}")
        rt = row_text(words[a.page - 1], a)
        if not rt:
            errs.append(f"{tag}: no text row at anchor")
            continue
        more = " ".join(row_text(words[x.page - 1], x) for x in (extra[i] if extra else []))
        rtx = rt + " " + more
        nsx = nums(rtx)
        if ln["code"] and ln["code"] not in rtx:
            errs.append(f"{tag}: code {ln['code']} not on row: {rt}")
        for m in ln["modifiers"]:
            if not re.search(r"(?<![A-Z0-9])" + m + r"(?![A-Z0-9])", rtx.replace(ln["code"] or "#", " ")):
                errs.append(f"{tag}: modifier {m} not on row: {rt}")
        ns = nums(rt)
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if ln[k] is not None and D(ln[k]) not in ns:
                errs.append(f"{tag}: {k} {ln[k]} not on row: {rt}")
        if ln["units"] is not None and D(ln["units"]) not in ns:
            errs.append(f"{tag}: units {ln['units']} not on row: {rt}")
        for g, c, amt in ln["adjustments"]:
            if not re.search(g + r"\s?[-/]?\s?" + c + r"(?!\d)", rtx):
                errs.append(f"{tag}: adjustment {g}-{c} not on row: {rt}")
            if amt is not None and D(amt) not in nsx:
                errs.append(f"{tag}: adjustment amount {amt} not on row: {rt}")
        for r in ln["remarks"]:
            if r not in rt.split() and r not in rt.replace(",", " ").split():
                errs.append(f"{tag}: remark {r} not on row: {rt}")
        where = rt + " " + heads.get(a.page, "")
        for key in ("service_date", "service_end"):
            if ln[key] and not any(f in where for f in date_forms(ln[key])):
                errs.append(f"{tag}: {key} {ln[key]} not on row or page heading: {rt}")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if ln[key] and ln[key] not in alltext:
                errs.append(f"{tag}: {key} {ln[key]} not in document text")
        # arithmetic of the line
        if ln["adjustments"] and ln["billed"] is not None and ln["paid"] is not None and \
                all(x[2] is not None for x in ln["adjustments"]):
            if D(ln["billed"]) - sum(D(x[2]) for x in ln["adjustments"]) != D(ln["paid"]):
                errs.append(f"{tag}: billed - adjustments != paid")
        parts = [ln[k] for k in ("deductible", "copay", "coinsurance")]
        if ln["allowed"] is not None and ln["paid"] is not None and all(x is not None for x in parts):
            if D(ln["allowed"]) - sum(D(x) for x in parts) != D(ln["paid"]) and D(ln["allowed"]) != 0:
                errs.append(f"{tag}: allowed - member share != paid")
    for c in truth["claims"]:
        lines = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                 (c["claim_id"], c["payer_claim_id"], c["patient"])]
        if not lines:
            errs.append(f"{pdf.name}: claim {c} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            s = sum((D(ln[k]) for ln in lines if ln[k] is not None), D("0.00"))
            if s != D(v):
                errs.append(f"{pdf.name}: claim {c['claim_id'] or c['payer_claim_id']} {k} total {v} != lines {s}")
            if D(v) not in nums(alltext):
                errs.append(f"{pdf.name}: claim total {k} {v} not printed")
