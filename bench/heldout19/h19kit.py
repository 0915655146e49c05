"""Helpers for bench/heldout19/make_heldout19_pdfs.py: one top-left drawing API over reportlab and fpdf2, a
truth collector that remembers where each service was drawn, and the factory self-check (--check).

Coordinates are points from the top-left corner of the page; ``y`` given to ``text`` is the BASELINE.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from eobgen import FIXED_WHEN, amt, units_str

FONT_DIRS = [
    "/usr/share/fonts/truetype/liberation",
    "/usr/share/fonts/truetype/liberation2",
    "/usr/share/fonts/truetype/dejavu",
]
TTF = {
    "LibSans": ("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic"),
    "LibSerif": ("LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic"),
    "LibNarrow": ("LiberationSansNarrow-Regular", "LiberationSansNarrow-Bold", "LiberationSansNarrow-Italic"),
    "LibMono": ("LiberationMono-Regular", "LiberationMono-Bold", "LiberationMono-Italic"),
    "DVSans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
    "DVCond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique"),
    "DVSerif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
    "DVMono": ("DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSansMono-Oblique"),
}
CORE = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}
FALLBACK = {
    "LibSans": "Helvetica",
    "LibNarrow": "Helvetica",
    "DVSans": "Helvetica",
    "DVCond": "Helvetica",
    "LibSerif": "Times",
    "DVSerif": "Times",
    "LibMono": "Courier",
    "DVMono": "Courier",
}
LETTER = (612.0, 792.0)
LANDSCAPE = (792.0, 612.0)


def _find(stem: str) -> str | None:
    for d in FONT_DIRS:
        p = Path(d) / f"{stem}.ttf"
        if p.exists():
            return str(p)
    return None


class Doc:
    """A page-by-page drawing surface over reportlab ('reportlab') or fpdf2 ('fpdf2')."""

    def __init__(self, producer: str, path: Path, size=LETTER, family: str = "Helvetica"):
        self.producer, self.path, self.W, self.H = producer, path, size[0], size[1]
        self.page = 0
        fam = family
        if fam in TTF and not all(_find(s) for s in TTF[fam]):
            fam = FALLBACK[fam]
        self.family = fam
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas

            self._pm = pdfmetrics
            self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
            if fam in TTF:
                names = []
                for i, stem in enumerate(TTF[fam]):
                    nm = f"{fam}-{'RBI'[i]}"
                    try:
                        pdfmetrics.getFont(nm)
                    except KeyError:
                        pdfmetrics.registerFont(TTFont(nm, _find(stem)))
                    names.append(nm)
                self.fonts = dict(zip("RBI", names))
            else:
                self.fonts = dict(zip("RBI", CORE[fam]))
        else:
            from fpdf import FPDF

            self.c = FPDF(unit="pt", format=(size[0], size[1]))
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_auto_page_break(False)
            self.c.set_margins(0, 0, 0)
            if fam in TTF:
                for i, stem in enumerate(TTF[fam]):
                    self.c.add_font(fam, ["", "B", "I"][i], _find(stem))
                self.fonts = {"R": (fam, ""), "B": (fam, "B"), "I": (fam, "I")}
            else:
                core = {"Helvetica": "helvetica", "Times": "times", "Courier": "courier"}[fam]
                self.fonts = {"R": (core, ""), "B": (core, "B"), "I": (core, "I")}
        self.new_page()

    # -- pages
    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.page

    # -- drawing
    def width(self, s: str, style: str = "R", size: float = 8) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self.fonts[style], size)
        fam, st = self.fonts[style]
        self.c.set_font(fam, st, size)
        return self.c.get_string_width(s)

    def text(
        self, x: float, y: float, s: str, style: str = "R", size: float = 8, align: str = "L", color=(0, 0, 0)
    ) -> None:
        if s is None or s == "":
            return
        w = self.width(s, style, size)
        if align == "R":
            x -= w
        elif align == "C":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFillColorRGB(*color)
            self.c.setFont(self.fonts[style], size)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillColorRGB(0, 0, 0)
        else:
            fam, st = self.fonts[style]
            self.c.set_font(fam, st, size)
            self.c.set_text_color(int(color[0] * 255), int(color[1] * 255), int(color[2] * 255))
            self.c.text(x, y, s)
            self.c.set_text_color(0, 0, 0)

    def rect(self, x: float, y: float, w: float, h: float, fill=None, stroke: bool = True, lw: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillColorRGB(*fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillColorRGB(0, 0, 0)
        else:
            self.c.set_line_width(lw)
            style = ""
            if fill is not None:
                self.c.set_fill_color(int(fill[0] * 255), int(fill[1] * 255), int(fill[2] * 255))
                style = "DF" if stroke else "F"
            else:
                style = "D"
            self.c.rect(x, y, w, h, style=style)

    def line(self, x1: float, y1: float, x2: float, y2: float, lw: float = 0.5, dash: bool = False) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if dash:
                self.c.setDash(2, 2)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
            if dash:
                self.c.setDash()
        else:
            self.c.set_line_width(lw)
            if dash:
                self.c.set_dash_pattern(2, 2)
            self.c.line(x1, y1, x2, y2)
            if dash:
                self.c.set_dash_pattern()

    def wrap(self, s: str, width: float, style: str = "R", size: float = 8) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if self.width(t, style, size) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = word
        if cur:
            out.append(cur)
        return out

    def para(self, x: float, y: float, s: str, width: float, style="R", size=8, lead=None) -> float:
        lead = lead or size * 1.25
        for ln in self.wrap(s, width, style, size):
            self.text(x, y, ln, style, size)
            y += lead
        return y


@dataclass
class Col:
    key: str
    head: str  # may contain "\n" for stacked heading lines
    w: float
    align: str = "L"


def draw_cols(
    doc: Doc, x0: float, y: float, cols: list[Col], values: dict, style="R", size=7.0, pad: float = 2.0
) -> None:
    x = x0
    for c in cols:
        v = values.get(c.key)
        if v not in (None, ""):
            if c.align == "R":
                doc.text(x + c.w - pad, y, str(v), style, size, "R")
            elif c.align == "C":
                doc.text(x + c.w / 2, y, str(v), style, size, "C")
            else:
                doc.text(x + pad, y, str(v), style, size)
        x += c.w


def draw_heads(doc: Doc, x0: float, y: float, cols: list[Col], style="B", size=6.5, lead=None) -> float:
    """Draw stacked headings with their LAST line on baseline row aligned; returns y of last line."""
    lead = lead or size * 1.15
    n = max(len(c.head.split("\n")) for c in cols)
    x = x0
    for c in cols:
        parts = c.head.split("\n")
        yy = y + (n - len(parts)) * lead
        for p in parts:
            if c.align == "R":
                doc.text(x + c.w - 2, yy, p, style, size, "R")
            elif c.align == "C":
                doc.text(x + c.w / 2, yy, p, style, size, "C")
            else:
                doc.text(x + 2, yy, p, style, size)
            yy += lead
        x += c.w
    return y + (n - 1) * lead


# ------------------------------------------------------------------------------------------------ truth


@dataclass
class Band:
    page: int
    top: float
    bottom: float
    x0: float = 0.0
    x1: float = 10000.0


@dataclass
class Layout:
    name: str
    producer: str
    description: str
    money: object  # Decimal -> printed string
    date: object  # date -> printed string
    tokens: object  # truth line dict -> list of printed strings expected in the band (besides amounts/dates)
    identities: tuple = ()
    lines: list = field(default_factory=list)
    bands: list = field(default_factory=list)
    claims: list = field(default_factory=list)
    claim_bands: list = field(default_factory=list)
    legend: list = field(default_factory=list)
    expected: list = field(default_factory=list)
    planted: set = field(default_factory=set)  # (payer_claim_id, field)
    pages: int = 0
    page_of: bool = False  # the layout prints "Page n of N"
    date_fields: tuple = ("service_date", "service_end")
    date_in_band: bool = True

    def add(self, band: Band, row: dict) -> None:
        self.lines.append(row)
        self.bands.append(band)

    def claim(self, band: Band | None, claim_id, payer_claim_id, patient, totals: dict) -> None:
        self.claims.append(
            {"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient, "totals": totals}
        )
        self.claim_bands.append(band)


def line_row(
    page: int,
    *,
    claim_id,
    payer_claim_id,
    patient,
    dos: date,
    end: date | None,
    code,
    mods,
    units,
    amounts: dict,
    adjustments=(),
    remarks=(),
) -> dict:
    row = {
        "page": page,
        "claim_id": claim_id,
        "payer_claim_id": payer_claim_id,
        "patient": patient,
        "service_date": dos.isoformat(),
        "service_end": end.isoformat() if end else None,
        "code": code,
        "modifiers": list(mods),
        "units": units_str(Decimal(str(units))) if units is not None else None,
    }
    for k in (
        "billed",
        "allowed",
        "paid",
        "patient_owes",
        "deductible",
        "copay",
        "coinsurance",
        "not_covered",
        "discount",
    ):
        v = amounts.get(k)
        row[k] = amt(v) if v is not None else None
    row["adjustments"] = [[g, r, amt(a) if a is not None else None] for g, r, a in adjustments]
    row["remarks"] = list(remarks)
    row["description"] = None
    return row


# ------------------------------------------------------------------------------------------------ check

AMOUNTS = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered", "discount")


def _band_text(page, band: Band) -> str:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    sel = [
        w
        for w in words
        if w["bottom"] > band.top - 0.5 and w["top"] < band.bottom + 0.5 and w["x1"] > band.x0 and w["x0"] < band.x1
    ]
    sel.sort(key=lambda w: (round(w["top"]), w["x0"]))
    return " " + " ".join(w["text"] for w in sel) + " "


def _has(text: str, s: str) -> bool:
    return re.search(r"(^|\s)" + re.escape(s) + r"(\s|$|[,;])", text) is not None


def check_layout(lay: Layout, pdf: Path) -> list[str]:
    import pdfplumber

    errs: list[str] = []
    D = Decimal
    with pdfplumber.open(str(pdf)) as p:
        if len(p.pages) != lay.pages:
            errs.append(f"{lay.name}: page count {len(p.pages)} != {lay.pages}")
        full = " ".join((pg.extract_text() or "") for pg in p.pages)
        if lay.page_of:
            for i, pg in enumerate(p.pages, 1):
                t = pg.extract_text() or ""
                if f"Page {i} of {len(p.pages)}" not in t and f"PAGE {i} OF {len(p.pages)}" not in t:
                    errs.append(f"{lay.name}: page {i} lacks its 'Page {i} of N' footer")
        for n, (row, band) in enumerate(zip(lay.lines, lay.bands)):
            if row["page"] != band.page:
                errs.append(f"{lay.name} line {n}: page {row['page']} != drawn page {band.page}")
            txt = _band_text(p.pages[band.page - 1], band)
            want = []
            for k in AMOUNTS:
                if row[k] is not None:
                    want.append((k, lay.money(D(row[k]))))
            for k in lay.date_fields:
                if row[k]:
                    ds = lay.date(date.fromisoformat(row[k]))
                    if lay.date_in_band:
                        want.append((k, ds))
                    elif ds not in (p.pages[band.page - 1].extract_text() or ""):
                        errs.append(f"{lay.name} line {n}: {k} {ds} not on its page")
            for g, r, a in row["adjustments"]:
                if a is not None:
                    want.append(("adj amount", lay.money(D(a))))
            want += [("token", t) for t in lay.tokens(row)]
            for k, s in want:
                if not _has(txt, s):
                    errs.append(
                        f"{lay.name} line {n} ({row['code']} p{band.page}): {k} '{s}' not in band: {txt.strip()[:160]}"
                    )
            for k in ("claim_id", "payer_claim_id", "patient"):
                if row[k] and row[k] not in full:
                    errs.append(f"{lay.name} line {n}: {k} {row[k]!r} not in document text")
            # the document's own arithmetic
            errs += [f"{lay.name} line {n}: {e}" for e in _identities(lay, row)]
        # claim totals
        for c, band in zip(lay.claims, lay.claim_bands):
            lines = [
                r for r in lay.lines if r["payer_claim_id"] == c["payer_claim_id"] and r["claim_id"] == c["claim_id"]
            ]
            if not lines:
                errs.append(f"{lay.name}: claim {c['payer_claim_id']} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if band is not None:
                    txt = _band_text(p.pages[band.page - 1], band)
                    if not _has(txt, lay.money(D(v))):
                        errs.append(
                            f"{lay.name}: claim {c['payer_claim_id']} total {k} {v} not in its totals row: {txt[:120]}"
                        )
                s = sum((D(r[k]) for r in lines if r[k] is not None), D("0"))
                if s != D(v) and (c["payer_claim_id"], k) not in lay.planted:
                    errs.append(f"{lay.name}: claim {c['payer_claim_id']} {k} total {v} != lines {s}")
                if (c["payer_claim_id"], k) in lay.planted and s == D(v):
                    errs.append(f"{lay.name}: planted mismatch {c['payer_claim_id']} {k} is not a mismatch")
        if lay.planted and not lay.expected:
            errs.append(f"{lay.name}: planted mismatch not declared")
        for c in lay.claims:
            for k in ("claim_id", "payer_claim_id", "patient"):
                if c[k] and c[k] not in full:
                    errs.append(f"{lay.name}: claim {k} {c[k]!r} not in document text")
    return errs


def _identities(lay: Layout, r: dict) -> list[str]:
    D = lambda k: Decimal(r[k]) if r[k] is not None else Decimal("0")  # noqa: E731
    out = []
    for ident in lay.identities:
        if ident == "adj" and r["billed"] is not None and r["paid"] is not None:
            if r["adjustments"] and all(a is not None for _, _, a in r["adjustments"]):
                s = sum(Decimal(a) for _, _, a in r["adjustments"])
                if D("billed") - s != D("paid"):
                    out.append(f"billed {r['billed']} - adjustments {s} != paid {r['paid']}")
        elif ident == "share" and r["allowed"] is not None and r["paid"] is not None:
            if D("allowed") - D("deductible") - D("copay") - D("coinsurance") != D("paid"):
                out.append(f"allowed - ded - copay - coins != paid ({r})")
        elif ident == "owes" and r["patient_owes"] is not None:
            if D("deductible") + D("copay") + D("coinsurance") != D("patient_owes"):
                out.append(f"patient owes {r['patient_owes']} != its parts")
        elif ident == "discount" and r["billed"] is not None and r["allowed"] is not None and r["discount"] is not None:
            if D("billed") - D("discount") - D("not_covered") != D("allowed"):
                out.append("billed - discount - not covered != allowed")
    return out
