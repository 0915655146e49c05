"""Drawing and self-check helpers for bench/heldout124/make_heldout124_pdfs.py (one small shared module).

Pdf: one drawing surface over reportlab or fpdf2, top-down coordinates in points, deterministic output.
Flow: a y cursor that starts a new page (with the layout's own furniture) when a block does not fit.
check_file: the factory self-check (text layer via pdfplumber), never the reader.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "LSans": "liberation/LiberationSans-Regular.ttf", "LSans-B": "liberation/LiberationSans-Bold.ttf",
    "LNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LNarrow-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "LSerif": "liberation/LiberationSerif-Regular.ttf", "LSerif-B": "liberation/LiberationSerif-Bold.ttf",
    "LMono": "liberation/LiberationMono-Regular.ttf", "LMono-B": "liberation/LiberationMono-Bold.ttf",
    "DSans": "dejavu/DejaVuSans.ttf", "DSans-B": "dejavu/DejaVuSans-Bold.ttf",
    "DCond": "dejavu/DejaVuSansCondensed.ttf", "DCond-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DSerif": "dejavu/DejaVuSerif.ttf", "DSerif-B": "dejavu/DejaVuSerif-Bold.ttf",
    "DMono": "dejavu/DejaVuSansMono.ttf", "DMono-B": "dejavu/DejaVuSansMono-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Courier", "Courier-Bold"}
LETTER = (612.0, 792.0)


class Pdf:
    """producer 'reportlab' or 'fpdf2'; land=True for landscape letter."""

    def __init__(self, producer: str, path: Path, land: bool = False, title: str = ""):
        self.producer = producer
        self.path = str(path)
        self.W, self.H = (LETTER[1], LETTER[0]) if land else LETTER
        self.pages = 0
        self._font = ("Helvetica", 9.0)
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            for k, v in TTF.items():
                if k not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(k, FONTDIR + v))
            self.c = canvas.Canvas(self.path, pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(title)
            self.c.setAuthor("synthetic test document")
        else:
            from eobgen import FIXED_WHEN
            from fpdf import FPDF
            self.f = FPDF(orientation="L" if land else "P", unit="pt", format="letter")
            self.f.set_creation_date(FIXED_WHEN)
            self.f.set_auto_page_break(False)
            self.f.set_title(title)
            for k, v in TTF.items():
                self.f.add_font(k, "", FONTDIR + v)
        self.new_page()

    # -- pages
    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.pages:
                self.c.showPage()
        else:
            self.f.add_page()
        self.pages += 1
        self.font(*self._font)

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.f.output(self.path)
        return self.pages

    # -- drawing
    def font(self, name: str, size: float) -> None:
        self._font = (name, size)
        if self.producer == "reportlab":
            self.c.setFont(name, size)
        else:
            fam, style = name, ""
            if name in CORE:
                base = {"Helvetica": "Helvetica", "Times": "Times", "Courier": "Courier"}
                fam = name.split("-")[0]
                fam = base.get(fam, fam)
                style = "B" if name.endswith("Bold") else ""
            self.f.set_font(fam, style, size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            from reportlab.pdfbase.pdfmetrics import stringWidth
            return stringWidth(s, *self._font)
        return self.f.get_string_width(s)

    def text(self, x: float, y: float, s: str, align: str = "L", font: str | None = None,
             size: float | None = None) -> None:
        if font or size:
            self.font(font or self._font[0], size or self._font[1])
        s = str(s)
        if not s:
            return
        if align == "R":
            x -= self.width(s)
        elif align == "C":
            x -= self.width(s) / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.H - y, s)
        else:
            self.f.text(x, y, s)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.f.set_line_width(w)
            self.f.line(x1, y1, x2, y2)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, lw: float = 0.6) -> None:
        """Box with top-left (x, y); fill is a grey level 0..1 (no stroke when filled)."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
                self.c.rect(x, self.H - y - h, w, h, stroke=0, fill=1)
                self.c.setFillGray(0)
            else:
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
        else:
            self.f.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255)
                self.f.set_fill_color(g, g, g)
                self.f.rect(x, y, w, h, style="F")
            else:
                self.f.rect(x, y, w, h)

    def row(self, y: float, cols: list, vals: list) -> None:
        """cols: [(x, align)], vals: strings (None/'' skipped)."""
        for (x, a), v in zip(cols, vals):
            if v not in (None, ""):
                self.text(x, y, v, a)


class Flow:
    """A y cursor: need(h) starts a new page (drawing furniture through on_page(pdf) -> first y)."""

    def __init__(self, pdf: Pdf, on_page, bottom: float):
        self.pdf = pdf
        self.on_page = on_page
        self.bottom = bottom
        self.y = on_page(pdf)

    def need(self, h: float, cont=None) -> bool:
        if self.y + h <= self.bottom:
            return False
        self.pdf.new_page()
        self.y = self.on_page(self.pdf)
        if cont:
            cont()
        return True

    @property
    def page(self) -> int:
        return self.pdf.pages


# ------------------------------------------------------------------------------------------ self-check

def _has(line: str, tok: str) -> bool:
    return re.search(r"(?<!\S)" + re.escape(tok) + r"(?!\S)", line) is not None


def check_file(pdf_path: Path, fmt: dict) -> list[str]:
    """fmt: money(Decimal)->str, date(date-iso str)->str or None (None = date printed in a heading, not on the
    row), code(code, mods)->list of tokens, units(str)->str or None, adj(g, c, amt)->list of tokens or None,
    remark(str)->str or None, span (text lines a service occupies), fields (amount keys printed on the row)."""
    import pdfplumber

    errs: list[str] = []
    t = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    with pdfplumber.open(str(pdf_path)) as doc:
        pages = [(p.extract_text() or "") for p in doc.pages]
    if len(pages) != t["pages"]:
        errs.append(f"page count {len(pages)} != {t['pages']}")
    whole = re.sub(r"\s+", " ", " ".join(pages))
    plines = [[ln for ln in pg.splitlines()] for pg in pages]
    D = Decimal
    span = fmt.get("span", 1)
    for i, ln in enumerate(t["lines"]):
        toks = list(fmt["code"](ln["code"], ln["modifiers"]))
        if ln["units"] is not None:
            toks.append(fmt["units"](ln["units"]))
        for k in fmt["fields"]:
            if ln[k] is not None:
                toks.append(fmt["money"](D(ln[k])))
        if fmt.get("adj"):
            for g, c, a in ln["adjustments"]:
                toks += fmt["adj"](g, c, None if a is None else D(a))
        if fmt.get("remark"):
            toks += [fmt["remark"](r) for r in ln["remarks"]]
        from datetime import date as _d
        dtok = fmt["date"](_d.fromisoformat(ln["service_date"])) if fmt.get("date") else None
        if dtok:
            toks.append(dtok)
        if ln.get("service_end") and fmt.get("end"):
            toks.append(fmt["end"](_d.fromisoformat(ln["service_end"])))
        pl = plines[ln["page"] - 1]
        ok = False
        for j in range(len(pl)):
            block = " ".join(pl[j:j + span])
            if all(_has(block, x) for x in toks):
                ok = True
                break
        if not ok:
            errs.append(f"line {i} ({ln['code']} {ln['service_date']}) tokens {toks} not on one row of page {ln['page']}")
        if not fmt.get("date"):
            from datetime import date as _d2
            hd = fmt["head_date"](_d2.fromisoformat(ln["service_date"]))
            if hd not in re.sub(r"\s+", " ", pages[ln["page"] - 1]):
                errs.append(f"line {i}: heading date {hd} not on page {ln['page']}")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if ln[key] is not None and ln[key] not in whole:
                errs.append(f"line {i}: {key} {ln[key]!r} not in document text")
        if ln["description"] is not None and ln["description"] not in whole:
            errs.append(f"line {i}: description {ln['description']!r} not in text")
        # arithmetic
        adj = ln["adjustments"]
        if adj and ln["billed"] is not None and ln["paid"] is not None and all(a[2] is not None for a in adj):
            if D(ln["billed"]) - sum(D(a[2]) for a in adj) != D(ln["paid"]):
                errs.append(f"line {i}: billed - adjustments != paid")
        vals = [ln[k] for k in ("allowed", "deductible", "coinsurance", "paid")]
        if None not in vals and not any(a[1] == "253" for a in adj):
            al, de, co, pd = (D(v) for v in vals)
            if al - de - co - D(ln["copay"] or 0) != pd:
                errs.append(f"line {i}: allowed - patient share != paid")
    for c in t["claims"]:
        lines = [ln for ln in t["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                 and ln["claim_id"] == c["claim_id"] and ln["patient"] == c["patient"]]
        if not lines:
            errs.append(f"claim {c} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if fmt["money"](D(v)) not in whole and fmt.get("tmoney", fmt["money"])(D(v)) not in whole:
                errs.append(f"claim {c['payer_claim_id'] or c['claim_id']} total {k} {v} not printed")
            vals = [ln[k] for ln in lines]
            if None in vals:
                continue
            s = sum((D(x) for x in vals), D("0.00"))
            key = c["payer_claim_id"] or c["claim_id"]
            planted = any(key in f for f in t["expected_findings"])
            if (s != D(v)) != planted:
                errs.append(f"claim {key} total {k} {v} vs lines {s}, planted={planted}")
    return [f"{Path(pdf_path).name}: {e}" for e in errs]


def spans_pages(truth_path: Path) -> bool:
    """True when some claim has lines on two pages."""
    t = json.loads(Path(truth_path).read_text())
    pg: dict = {}
    for ln in t["lines"]:
        pg.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
    return any(len(v) > 1 for v in pg.values())
