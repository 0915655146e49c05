"""Helper for bench/heldout83/make_heldout83_pdfs.py: one small page model (text, rules, boxes; top-left origin,
points) drawn by either reportlab or fpdf2, a table writer that remembers on which text rows each service line was
drawn, and the factory self-check (pdfplumber). Written independently of the reader."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TTF = {
    "LSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LNarrow-B": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LSerif-B": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LMono-B": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
    "DVSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DVSans-B": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DVCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DVCond-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVSerifC": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf",
    "DVSerifC-B": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DVMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DVMono-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Courier", "Courier-Bold", "Times-Roman", "Times-Bold"}
for _n, _p in TTF.items():
    pdfmetrics.registerFont(TTFont(_n, _p))


def sw(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, font, size)


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
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
    pages: list = field(default_factory=list)
    font: str = "Helvetica"
    size: float = 8

    def new_page(self) -> int:
        self.pages.append([])
        return len(self.pages)

    @property
    def n(self) -> int:
        return len(self.pages)

    def t(self, x, y, s, font=None, size=None, align="l"):
        font = font or self.font
        size = size or self.size
        if align == "r":
            x -= sw(s, font, size)
        elif align == "c":
            x -= sw(s, font, size) / 2
        self.pages[-1].append(("t", x, y, s, font, size))

    def line(self, x1, y1, x2, y2, width=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, width))

    def rect(self, x, y, w, h, fill=None, stroke=True, width=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, width))

    # ---------------------------------------------------------------- producers
    def save_reportlab(self, path: Path):
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle("Document")
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, size = op
                    c.setFont(font, size)
                    c.drawString(x, self.h - y, s.replace("{NP}", str(self.n)))
                elif op[0] == "l":
                    _, x1, y1, x2, y2, wd = op
                    c.setLineWidth(wd)
                    c.line(x1, self.h - y1, x2, self.h - y2)
                else:
                    _, x, y, w, h, fill, stroke, wd = op
                    c.setLineWidth(wd)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.h - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def save_fpdf(self, path: Path):
        from eobgen import FIXED_WHEN
        from fpdf import FPDF
        pdf = FPDF(unit="pt", format=(self.w, self.h))
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_auto_page_break(False)
        pdf.set_title("Document")
        used = {op[4] for ops in self.pages for op in ops if op[0] == "t"}
        for f in sorted(used):
            if f not in TTF:
                raise ValueError(f"fpdf2 layouts use TTF fonts only: {f}")
            pdf.add_font(f, "", TTF[f])
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, size = op
                    pdf.set_font(font, "", size)
                    pdf.text(x, y, s.replace("{NP}", str(self.n)))
                elif op[0] == "l":
                    _, x1, y1, x2, y2, wd = op
                    pdf.set_line_width(wd)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke, wd = op
                    pdf.set_line_width(wd)
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                    style = ("F" if not stroke else "DF") if fill is not None else "D"
                    pdf.rect(x, y, w, h, style=style)
        pdf.output(str(path))


@dataclass
class Col:
    head: str          # header text, "\n" for two header lines
    x: float           # left edge
    w: float           # width
    align: str = "l"   # l / r / c
    wrap: bool = False


class Table:
    """Columns with a header; rows of cell strings, wrapping where the column says so."""

    def __init__(self, doc: Doc, cols: list[Col], font: str, size: float, bold: str, lead: float | None = None,
                 head_fill: float | None = None, grid: bool = False, rule_rows: bool = False):
        self.d, self.cols, self.font, self.size, self.bold = doc, cols, font, size, bold
        self.lead = lead or size * 1.25
        self.head_fill, self.grid, self.rule_rows = head_fill, grid, rule_rows

    @property
    def x0(self):
        return self.cols[0].x - 2

    @property
    def x1(self):
        return self.cols[-1].x + self.cols[-1].w + 2

    def header(self, y: float) -> float:
        nl = max(len(c.head.split("\n")) for c in self.cols)
        h = nl * self.lead + 4
        if self.head_fill is not None:
            self.d.rect(self.x0, y, self.x1 - self.x0, h, fill=self.head_fill, stroke=self.grid)
        elif self.grid:
            self.d.rect(self.x0, y, self.x1 - self.x0, h)
        else:
            self.d.line(self.x0, y + h, self.x1, y + h, 0.8)
        for c in self.cols:
            parts = c.head.split("\n")
            for i, p in enumerate(parts):
                yy = y + 2 + self.size + (nl - len(parts) + i) * self.lead
                self._cell(c, yy, p, self.bold)
        return y + h

    def _cell(self, c: Col, y: float, s: str, font: str):
        if c.align == "r":
            self.d.t(c.x + c.w, y, s, font, self.size, "r")
        elif c.align == "c":
            self.d.t(c.x + c.w / 2, y, s, font, self.size, "c")
        else:
            self.d.t(c.x, y, s, font, self.size)

    def height(self, cells: list[str]) -> float:
        n = 1
        for c, s in zip(self.cols, cells):
            if s and "\n" in s:
                n = max(n, len(s.split("\n")))
            elif c.wrap and s:
                n = max(n, len(wrap(s, self.font, self.size, c.w)))
        return n * self.lead + 2

    def row(self, y: float, cells: list[str], font: str | None = None) -> tuple[float, list[float]]:
        """Draw a row with its top at y; returns (next y, baselines used)."""
        font = font or self.font
        ys = []
        top = y
        for c, s in zip(self.cols, cells):
            if s is None or s == "":
                continue
            parts = s.split("\n") if "\n" in s else (wrap(s, font, self.size, c.w) if c.wrap else [s])
            for i, p in enumerate(parts):
                yy = y + self.size + 1 + i * self.lead
                self._cell(c, yy, p, font)
                if yy not in ys:
                    ys.append(yy)
        nxt = y + self.height(cells)
        if self.grid:
            self.d.rect(self.x0, top, self.x1 - self.x0, nxt - top)
            for c in self.cols[1:]:
                self.d.line(c.x - 2, top, c.x - 2, nxt)
        elif self.rule_rows:
            self.d.line(self.x0, nxt, self.x1, nxt, 0.25)
        return nxt, sorted(ys)


# ------------------------------------------------------------------------------------------------ check

@dataclass
class Fmt:
    money: object               # Decimal -> str as printed on the service rows
    date: object                # date -> str
    units: object = None        # Decimal -> str
    adj_complete: bool = False  # every adjustment of a line printed with group, reason and amount
    date_on_row: bool = True


def _row_text(page, ys, size):
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    out = []
    for y in ys:
        ws = [w for w in words if abs(w["bottom"] - (y + size * 0.22)) <= size * 0.45]
        ws.sort(key=lambda w: w["x0"])
        out.append(" ".join(w["text"] for w in ws))
    return " ".join(out)


def check_file(pdf_path: Path, truth: dict, rows: list, fmt: Fmt) -> list[str]:
    """rows[i] = (page, baselines, font size) of truth['lines'][i]. Returns a list of problems."""
    import pdfplumber
    probs = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        if len(pdf.pages) != truth["pages"]:
            probs.append(f"page count {len(pdf.pages)} != {truth['pages']}")
        doc_text = "\n".join((p.extract_text() or "") for p in pdf.pages)
        flat = " ".join(doc_text.split())
        for i, (ln, (pg, ys, size)) in enumerate(zip(truth["lines"], rows)):
            if ln["page"] != pg:
                probs.append(f"line {i}: page {ln['page']} != drawn {pg}")
            rt = _row_text(pdf.pages[pg - 1], ys, size)
            toks = rt.split()
            where = f"line {i} ({ln['code']} p{pg})"
            if ln["code"] and ln["code"] not in rt:
                probs.append(f"{where}: code missing from row: {rt}")
            for m in ln["modifiers"]:
                if m not in rt:
                    probs.append(f"{where}: modifier {m} missing: {rt}")
            if ln["units"] is not None and fmt.units(Decimal(ln["units"])) not in toks:
                probs.append(f"{where}: units {ln['units']} missing: {rt}")
            from datetime import date as _d
            if fmt.date_on_row:
                ds = fmt.date(_d.fromisoformat(ln["service_date"]))
                if ds not in rt:
                    probs.append(f"{where}: date {ds} missing: {rt}")
                if ln["service_end"]:
                    de = fmt.date(_d.fromisoformat(ln["service_end"]))
                    if de not in rt:
                        probs.append(f"{where}: end date {de} missing: {rt}")
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None and fmt.money(Decimal(ln[k])) not in toks:
                    probs.append(f"{where}: {k} {fmt.money(Decimal(ln[k]))} missing: {rt}")
            for g, r, a in ln["adjustments"]:
                if g not in rt or r not in rt or (a is not None and fmt.money(Decimal(a)) not in rt):
                    probs.append(f"{where}: adjustment {g} {r} {a} missing: {rt}")
            for r in ln["remarks"]:
                if r not in toks and r not in rt:
                    probs.append(f"{where}: remark {r} missing: {rt}")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in flat:
                    probs.append(f"{where}: {k} {ln[k]} not in document text")
            if fmt.adj_complete and ln["billed"] is not None and ln["paid"] is not None:
                s = sum((Decimal(a) for _, _, a in ln["adjustments"] if a is not None), Decimal("0"))
                if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                    probs.append(f"{where}: billed - adjustments {Decimal(ln['billed']) - s} != paid {ln['paid']}")
    # claim totals
    planted = " ".join(truth["expected_findings"])
    for c in truth["claims"]:
        mine = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"]
                and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            probs.append(f"claim {c['payer_claim_id'] or c['claim_id']}: no lines")
        for k, v in (c.get("totals") or {}).items():
            if v is None:
                continue
            if fmt.money(Decimal(v)) not in flat:
                probs.append(f"claim {c['payer_claim_id'] or c['claim_id']}: total {k} {v} not printed")
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal("0"))
            key = str(c["payer_claim_id"] or c["claim_id"])
            planted_here = key in planted and f"lines add up to {s:.2f}" in planted
            if (s == Decimal(v)) == planted_here:
                probs.append(f"claim {key}: {k} lines {s} vs printed {v} (planted={planted_here})")
    return probs
