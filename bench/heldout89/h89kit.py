"""Drawing backends (reportlab / fpdf2, same top-down point coordinates), a page-flow helper that
remembers where each service row was drawn, and the factory self-check used by make_heldout89_pdfs.py.
Nothing here reads or runs the reader."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype")
TTF = {
    "LibSans": "liberation/LiberationSans-Regular.ttf", "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf", "LibSerif-B": "liberation/LiberationSerif-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf", "LibMono-B": "liberation/LiberationMono-Bold.ttf",
    "DjSans": "dejavu/DejaVuSans.ttf", "DjSans-B": "dejavu/DejaVuSans-Bold.ttf",
    "DjCond": "dejavu/DejaVuSansCondensed.ttf", "DjCond-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DjMono": "dejavu/DejaVuSansMono.ttf", "DjMono-B": "dejavu/DejaVuSansMono-Bold.ttf",
    "DjSerifC": "dejavu/DejaVuSerifCondensed.ttf", "DjSerifC-B": "dejavu/DejaVuSerifCondensed-Bold.ttf",
}
LETTER = (612.0, 792.0)
LANDSCAPE = (792.0, 612.0)


class RLPage:
    """reportlab canvas with y measured down from the top edge; y is the text baseline."""

    producer = "reportlab"

    def __init__(self, path: Path, size=LETTER, title: str = ""):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        self._pm = pdfmetrics
        for name, rel in TTF.items():
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / rel)))
        self.W, self.H = size
        self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("synthetic")
        self.pages = 1
        self._font = ("Helvetica", 8)
        self.font("Helvetica", 8)

    def font(self, name: str, size: float) -> None:
        self._font = (name, size)
        self.c.setFont(name, size)

    def width(self, s: str) -> float:
        return self._pm.stringWidth(s, *self._font)

    def text(self, x: float, y: float, s: str, align: str = "l") -> None:
        if align == "r":
            self.c.drawRightString(x, self.H - y, s)
        elif align == "c":
            self.c.drawCentredString(x, self.H - y, s)
        else:
            self.c.drawString(x, self.H - y, s)

    def line(self, x1, y1, x2, y2, w: float = 0.5, dash: bool = False) -> None:
        self.c.setLineWidth(w)
        self.c.setDash(2, 2) if dash else self.c.setDash()
        self.c.line(x1, self.H - y1, x2, self.H - y2)
        self.c.setDash()

    def rect(self, x, y, w, h, fill: float | None = None, stroke: bool = True, lw: float = 0.5) -> None:
        self.c.setLineWidth(lw)
        if fill is not None:
            self.c.setFillGray(fill)
        self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        self.c.setFillGray(0)

    def white(self, on: bool) -> None:
        self.c.setFillGray(1 if on else 0)

    def new_page(self) -> None:
        self.c.showPage()
        self.pages += 1
        self.font(*self._font)

    def save(self) -> None:
        self.c.save()


class FPPage:
    """fpdf2 document in points with y measured down from the top edge; y is the text baseline."""

    producer = "fpdf2"

    def __init__(self, path: Path, size=LETTER, title: str = ""):
        from datetime import UTC, datetime

        from fpdf import FPDF
        self.path = path
        self.W, self.H = size
        self.p = FPDF(unit="pt", format=(min(size), max(size)), orientation="L" if size[0] > size[1] else "P")
        self.p.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
        self.p.set_title(title)
        self.p.set_author("synthetic")
        self.p.set_auto_page_break(False)
        self.p.set_compression(True)
        for name, rel in TTF.items():
            self.p.add_font(name, "", str(FONT_DIR / rel))
        self.p.add_page()
        self.pages = 1
        self.font("Helvetica", 8)

    def font(self, name: str, size: float) -> None:
        self._font = (name, size)
        self.p.set_font(name, "", size)

    def width(self, s: str) -> float:
        return self.p.get_string_width(s)

    def text(self, x: float, y: float, s: str, align: str = "l") -> None:
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        self.p.text(x, y, s)

    def line(self, x1, y1, x2, y2, w: float = 0.5, dash: bool = False) -> None:
        self.p.set_line_width(w)
        if dash:
            self.p.set_dash_pattern(2, 2)
        self.p.line(x1, y1, x2, y2)
        self.p.set_dash_pattern()

    def rect(self, x, y, w, h, fill: float | None = None, stroke: bool = True, lw: float = 0.5) -> None:
        self.p.set_line_width(lw)
        style = ("F" if not stroke else "DF") if fill is not None else "D"
        if fill is not None:
            g = int(round(fill * 255))
            self.p.set_fill_color(g, g, g)
        self.p.rect(x, y, w, h, style=style)

    def white(self, on: bool) -> None:
        self.p.set_text_color(255 if on else 0)

    def new_page(self) -> None:
        self.p.add_page()
        self.pages += 1
        self.font(*self._font)

    def save(self) -> None:
        self.p.output(str(self.path))


class Flow:
    """Top-down writer: breaks pages, redraws the page furniture and a continuation heading."""

    def __init__(self, pg, top: float, bottom: float, on_page=None):
        self.pg, self.top, self.bottom, self.on_page = pg, top, bottom, on_page
        self.y = top
        self.cont = None  # callable drawing a "(continued)" heading on a fresh page
        self.anchors: list[dict] = []

    def need(self, h: float) -> None:
        if self.y + h > self.bottom:
            self.pg.new_page()
            self.y = self.top
            if self.on_page:
                self.y = self.on_page(self.pg)
            if self.cont:
                self.cont()

    def anchor(self, key: int, y_first: float, y_last: float | None = None) -> None:
        self.anchors.append({"key": key, "page": self.pg.pages, "y0": y_first, "y1": y_last or y_first})


# ------------------------------------------------------------------------------------------ self-check

def _page_lines(pdf_path: Path):
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for page in pdf.pages:
            words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            out.append((words, page.extract_text() or ""))
    return out


def _row_text(words, y0: float, y1: float) -> str:
    sel = [w for w in words if w["top"] - 1.0 <= y1 and w["bottom"] + 1.0 >= y0
           and (w["top"] <= y1 + 0.5) and (w["bottom"] >= y0 - 0.5)]
    sel = [w for w in sel if (w["top"] + w["bottom"]) / 2 >= y0 - 6 and (w["top"] + w["bottom"]) / 2 <= y1 + 1]
    sel.sort(key=lambda w: (round(w["bottom"]), w["x0"]))
    return " ".join(w["text"] for w in sel)


def has(text: str, s: str) -> bool:
    return re.search(r"(?<![\w.])" + re.escape(s) + r"(?![\w])", text) is not None or (
        not s[:1].isalnum() and s in text)


def check_doc(pdf_path: Path, truth: dict, anchors: list[dict], fmt: dict, problems: list[str]) -> None:
    """fmt: money(Decimal)->str, date(date)->str, units(str)->str, code(line)->list[str] tokens that must
    be on the row, row_fields: amount keys that must be on the row itself (others may be in the block)."""
    from datetime import date as _d
    name = pdf_path.name
    pages = _page_lines(pdf_path)
    if len(pages) != truth["pages"]:
        problems.append(f"{name}: page count {len(pages)} != truth {truth['pages']}")
    doc_text = "\n".join(t for _, t in pages)
    by_key = {a["key"]: a for a in anchors}
    for i, ln in enumerate(truth["lines"]):
        a = by_key.get(i)
        if a is None:
            problems.append(f"{name}: line {i} has no drawn row")
            continue
        if a["page"] != ln["page"]:
            problems.append(f"{name}: line {i} page {ln['page']} drawn on {a['page']}")
        words = pages[a["page"] - 1][0]
        row = _row_text(words, a["y0"], a["y0"])
        block = _row_text(words, a["y0"], a["y1"])
        where = f"{name} p{a['page']} line {i} [{row[:90]}]"
        if ln["code"] and ln["code"] not in row:
            problems.append(f"{where}: code {ln['code']} not on row")
        for m in ln["modifiers"]:
            if not has(row, m) and m not in row:
                problems.append(f"{where}: modifier {m} not on row")
        if ln["service_date"]:
            ds = fmt["date"](_d.fromisoformat(ln["service_date"]))
            if ds not in row:
                problems.append(f"{where}: date {ds} not on row")
        if ln["service_end"]:
            ds = fmt["date"](_d.fromisoformat(ln["service_end"]))
            if ds not in row:
                problems.append(f"{where}: end date {ds} not on row")
        if ln["units"] is not None and not has(row, fmt["units"](ln["units"])):
            problems.append(f"{where}: units {ln['units']} not on row")
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            v = ln[k]
            if v is None:
                continue
            s = fmt["money"](Decimal(v))
            if not has(row, s):
                problems.append(f"{where}: {k} {s} not on row")
        for g, c, amt in ln["adjustments"]:
            if not re.search(re.escape(g) + r"\s*[-]?\s*" + re.escape(c) + r"(?!\d)", block):
                problems.append(f"{where}: adjustment {g}-{c} not in the service's rows")
            if amt is not None and not has(block, fmt["money"](Decimal(amt))):
                problems.append(f"{where}: adjustment amount {amt} not in the service's rows")
        for r in ln["remarks"]:
            if not has(block, r):
                problems.append(f"{where}: remark {r} not in the service's rows")
        if ln["description"]:
            first = ln["description"].split()[0]
            if first not in block:
                problems.append(f"{where}: description start {first!r} not in rows")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in doc_text and ln[k] not in doc_text.replace("\n", " "):
                problems.append(f"{where}: {k} {ln[k]!r} not in text")
    for code, _ in truth["legend"]:
        if code not in doc_text:
            problems.append(f"{name}: legend code {code} not in text")
    _arith(name, truth, problems)


def _arith(name: str, t: dict, problems: list[str]) -> None:
    D = Decimal
    for ln in t["lines"]:
        g = {k: (D(ln[k]) if ln[k] is not None else None) for k in
             ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid")}
        if None not in (g["billed"], g["discount"], g["allowed"]):
            if g["billed"] - g["discount"] - (g["not_covered"] or 0) != g["allowed"]:
                problems.append(f"{name}: billed-discount-not covered != allowed {ln['code']}")
        adj = ln["adjustments"]
        if adj and g["billed"] is not None and g["paid"] is not None and all(a[2] is not None for a in adj):
            if g["billed"] - sum(D(a[2]) for a in adj) != g["paid"]:
                problems.append(f"{name}: billed - adjustments != paid {ln['code']} {ln['service_date']}")
    for c in t["claims"]:
        lines = [ln for ln in t["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                 and ln["claim_id"] == c["claim_id"] and ln["patient"] == c["patient"]]
        if not lines:
            problems.append(f"{name}: claim {c} has no lines")
        for k, v in c["totals"].items():
            vals = [ln[k] for ln in lines]
            if v is None or not vals or None in vals:
                continue
            s = sum(D(x) for x in vals)
            key = c["payer_claim_id"] or c["claim_id"]
            planted = any(key and key in f for f in t["expected_findings"])
            if s != D(v) and not planted:
                problems.append(f"{name}: claim {key} {k} printed {v} lines {s} NOT planted")
            if s != D(v):
                c.setdefault("_mismatch", True)
        key = c["payer_claim_id"] or c["claim_id"]
        if any(key and key in f for f in t["expected_findings"]) and not c.pop("_mismatch", False):
            problems.append(f"{name}: planted mismatch on {key} is not real")
