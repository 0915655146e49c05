"""Drawing, truth collection and self-check for bench/heldout14 (see make_heldout14_pdfs.py).

One small drawing API over two producers (reportlab and fpdf2), with TOP-origin coordinates in points, so a
layout is written once and the band (page, top, bottom) of every service row is known exactly. The self-check
reads the written PDF back with pdfplumber and looks for each truth value INSIDE its row's band.
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "samples" / "pdf"))

import eobgen  # noqa: E402
from eobgen import FIXED_WHEN  # noqa: E402

# Extra invented fees / schedule amounts for codes the sample factory does not price.
_EXTRA = {  # code: (charge per unit, public schedule per unit, short wording)
    "80305": ("48.00", "12.60", "Drug screen, cup/dipstick read"),
    "97750": ("70.00", "31.20", "Physical performance test, per 15 min"),
    "97545": ("190.00", "80.00", "Work hardening, first 2 hours"),
    "97546": ("88.00", "36.00", "Work hardening, each added hour"),
    "73030": ("118.00", "31.90", "Shoulder x-ray, 2 views"),
    "99203": ("210.00", "112.40", "New patient office visit"),
    "99212": ("115.00", "57.30", "Established patient visit, brief"),
    "S9129": ("185.00", "96.00", "Home OT visit, per diem"),
    "S9131": ("185.00", "96.00", "Home PT visit, per diem"),
    "S9128": ("175.00", "92.50", "Home speech therapy visit, per diem"),
    "G0151": ("52.00", "24.40", "Home health PT, each 15 min"),
    "G0152": ("52.00", "24.40", "Home health OT, each 15 min"),
    "G0153": ("56.00", "26.10", "Home health SLP, each 15 min"),
    "T1019": ("7.25", "5.46", "Personal care aide, per 15 min"),
    "90471": ("35.00", "15.80", "Vaccine administration"),
    "90686": ("32.00", "19.75", "Flu vaccine, preservative free"),
    "97533": ("92.00", "34.10", "Sensory integration, per 15 min"),
    "97162": ("235.00", "101.12", "PT evaluation, moderate"),
    "92508": ("70.00", "24.90", "Group speech treatment"),
    "92610": ("240.00", "110.20", "Swallowing function evaluation"),
    "97763": ("125.00", "47.70", "Orthotic training, follow-up"),
    "96110": ("40.00", "10.10", "Developmental screening"),
}
for _c, (_f, _s, _d) in _EXTRA.items():
    eobgen.FEE.setdefault(_c, _f)
    eobgen.SCHED.setdefault(_c, _s)
    eobgen.DESC.setdefault(_c, _d)
# Our own schedule amounts where the sample factory's are missing for a code used here.
eobgen.SCHED.setdefault("97165", "98.20")

FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation",
             "/usr/share/fonts/truetype/liberation2"]


def _ttf(name: str) -> str | None:
    for d in FONT_DIRS:
        p = Path(d) / name
        if p.exists():
            return str(p)
    return None


# family -> {style: ttf file}; a family whose files are missing falls back to a core font
TTF = {
    "DejaVuSans": {"R": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"},
    "DejaVuCond": {"R": "DejaVuSansCondensed.ttf", "B": "DejaVuSansCondensed-Bold.ttf",
                   "I": "DejaVuSansCondensed-Oblique.ttf"},
    "DejaVuSerif": {"R": "DejaVuSerif.ttf", "B": "DejaVuSerif-Bold.ttf", "I": "DejaVuSerif-Italic.ttf"},
    "LibSans": {"R": "LiberationSans-Regular.ttf", "B": "LiberationSans-Bold.ttf", "I": "LiberationSans-Italic.ttf"},
    "LibNarrow": {"R": "LiberationSansNarrow-Regular.ttf", "B": "LiberationSansNarrow-Bold.ttf",
                  "I": "LiberationSansNarrow-Italic.ttf"},
    "LibSerif": {"R": "LiberationSerif-Regular.ttf", "B": "LiberationSerif-Bold.ttf",
                 "I": "LiberationSerif-Italic.ttf"},
    "LibMono": {"R": "LiberationMono-Regular.ttf", "B": "LiberationMono-Bold.ttf", "I": "LiberationMono-Italic.ttf"},
}
CORE_RL = {"helv": {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique"},
           "times": {"R": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic"},
           "courier": {"R": "Courier", "B": "Courier-Bold", "I": "Courier-Oblique"}}
CORE_FP = {"helv": "helvetica", "times": "times", "courier": "courier"}
FALLBACK = {"DejaVuSans": "helv", "DejaVuCond": "helv", "DejaVuSerif": "times", "LibSans": "helv",
            "LibNarrow": "helv", "LibSerif": "times", "LibMono": "courier"}


class Canvas:
    """Top-origin drawing on reportlab or fpdf2. Coordinates in points; y of text is its baseline."""

    def __init__(self, producer: str, path: Path, size=(612.0, 792.0), family: str = "helv"):
        self.producer, self.path, self.W, self.H = producer, Path(path), float(size[0]), float(size[1])
        self.page = 0
        if family in TTF and not all(_ttf(f) for f in TTF[family].values()):
            family = FALLBACK[family]
        self.family = family
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            if family in TTF:
                self.fonts = {}
                for st, fn in TTF[family].items():
                    nm = f"{family}-{st}"
                    if nm not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(nm, _ttf(fn)))
                    self.fonts[st] = nm
            else:
                self.fonts = dict(CORE_RL[family])
            self.c = canvas.Canvas(str(self.path), pagesize=(self.W, self.H), invariant=1)
            self.c.setAuthor("heldout14")
        else:
            from fpdf import FPDF
            self.pdf = FPDF(unit="pt", format=(self.W, self.H))
            self.pdf.set_creation_date(FIXED_WHEN)
            self.pdf.set_auto_page_break(False)
            self.pdf.set_margins(0, 0, 0)
            if family in TTF:
                for st, fn in TTF[family].items():
                    self.pdf.add_font(family, "" if st == "R" else st, _ttf(fn))
                self.fonts = {st: (family, "" if st == "R" else st) for st in ("R", "B", "I")}
            else:
                self.fonts = {st: (CORE_FP[family], "" if st == "R" else st) for st in ("R", "B", "I")}
        self.new_page()

    # -- pages
    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.pdf.add_page()
        self.page += 1

    def close(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.pdf.output(str(self.path))
        return self.page

    # -- primitives
    def width(self, s: str, size: float, st: str = "R") -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self.fonts[st], size)
        fam, sty = self.fonts[st]
        self.pdf.set_font(fam, sty, size)
        return self.pdf.get_string_width(s)

    def text(self, x: float, y: float, s: str, size: float = 8, st: str = "R", align: str = "l",
             gray: float = 0.0) -> None:
        if not s:
            return
        w = self.width(s, size, st)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.setFont(self.fonts[st], size)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            fam, sty = self.fonts[st]
            self.pdf.set_font(fam, sty, size)
            g = int(gray * 255)
            self.pdf.set_text_color(g, g, g)
            self.pdf.text(x, y, s)
            self.pdf.set_text_color(0, 0, 0)

    def line(self, x1, y1, x2, y2, lw: float = 0.5, gray: float = 0.0, dash: bool = False) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.setStrokeGray(gray)
            self.c.setDash(2, 2) if dash else self.c.setDash()
            self.c.line(x1, self.H - y1, x2, self.H - y2)
            self.c.setDash()
            self.c.setStrokeGray(0)
        else:
            g = int(gray * 255)
            self.pdf.set_draw_color(g, g, g)
            self.pdf.set_line_width(lw)
            if dash:
                self.pdf.set_dash_pattern(2, 2)
            self.pdf.line(x1, y1, x2, y2)
            if dash:
                self.pdf.set_dash_pattern()
            self.pdf.set_draw_color(0, 0, 0)

    def rect(self, x, y, w, h, fill: float | None = None, stroke: bool = True, lw: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.pdf.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255)
                self.pdf.set_fill_color(g, g, g)
            style = ("F" if not stroke else "DF") if fill is not None else "D"
            self.pdf.rect(x, y, w, h, style=style)

    # -- helpers
    def row(self, y: float, cols, cells, size: float = 8, st: str = "R", lh: float | None = None,
            gray: float = 0.0) -> int:
        """Draw one table row at baseline y. cols: [(x, width, align)], cells: str or list[str] (wrapped).
        Returns the number of text lines the row takes."""
        lh = lh or size * 1.22
        n = 1
        for (x, w, a), cell in zip(cols, cells):
            parts = cell if isinstance(cell, list) else [cell]
            n = max(n, len(parts))
            for i, p in enumerate(parts):
                xx = x + 2 if a == "l" else (x + w - 2 if a == "r" else x + w / 2)
                self.text(xx, y + i * lh, p, size, st, a, gray)
        return n

    def wrap(self, s: str, width: float, size: float, st: str = "R") -> list[str]:
        out, cur = [], ""
        for w in s.split():
            t = (cur + " " + w).strip()
            if cur and self.width(t, size, st) > width - 4:
                out.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            out.append(cur)
        return out or [""]


def cols_from(x0: float, spec) -> list:
    """spec: [(width, align)] -> [(x, width, align)] laid left to right from x0."""
    out, x = [], x0
    for w, a in spec:
        out.append((x, w, a))
        x += w
    return out


# ------------------------------------------------------------------------------------------- truth

class Book:
    """The truth of one PDF plus, for the self-check, the band of every service row and the layout's formats."""

    def __init__(self, name: str, layout: str, producer: str, description: str, *, money, date, units=None,
                 code_tokens=None, adj_tokens=None, footer_of: bool = False, extra_check=None):
        self.name, self.layout, self.producer, self.description = name, layout, producer, description
        self.money, self.date, self.units = money, date, units or (lambda u: eobgen.units_str(Decimal(u)))
        self.code_tokens = code_tokens or (lambda ln: [ln["code"], *ln["modifiers"]])
        self.adj_tokens = adj_tokens or (lambda g, r, a: [f"{g}-{r}"] + ([money(Decimal(a))] if a else []))
        self.footer_of, self.extra_check = footer_of, extra_check
        self.lines, self.bands, self.claims, self.claim_bands = [], [], [], []
        self.legend, self.findings, self.pages = [], [], 0

    def add(self, bands, s, *, claim_id, payer_claim_id, patient, printed, units=True, modifiers=True,
            adjustments=None, remarks=None, service_end=None, overrides=None) -> dict:
        if isinstance(bands, tuple):
            bands = [bands]
        row = eobgen.truth_line(bands[0][0], s, claim_id=claim_id, payer_claim_id=payer_claim_id, patient=patient,
                                printed=tuple(printed), service_end=service_end, units=units, modifiers=modifiers,
                                adjustments=adjustments, remarks=remarks, overrides=overrides, description=False)
        self.lines.append(row)
        self.bands.append([list(b) for b in bands])
        return row

    def claim(self, claim_id, payer_claim_id, patient, totals: dict | None, band=None) -> None:
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": totals or eobgen.claim_totals()})
        self.claim_bands.append(list(band) if band else None)

    def write(self, pdf: Path, pages: int) -> None:
        self.pages = pages
        eobgen.write_truth(pdf, self.layout, self.producer, pages, self.description, self.lines, self.claims,
                           self.legend, self.findings)


# -------------------------------------------------------------------------------------------- check

def _has(text: str, tok: str) -> bool:
    return re.search(r"(?<![A-Za-z0-9.,$])" + re.escape(tok) + r"(?![A-Za-z0-9]|[.,]\d)", text) is not None


def _band_text(pages_words, bands) -> str:
    parts = []
    for pg, top, bot in bands:
        ws = [w for w in pages_words[pg - 1] if top - 0.5 <= (w["top"] + w["bottom"]) / 2 <= bot + 0.5]
        ws.sort(key=lambda w: (round(w["top"]), w["x0"]))
        parts.append(" ".join(w["text"] for w in ws))
    return " | ".join(parts)


D = Decimal


def check_book(book: Book, pdf: Path) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    truth = json.loads(Path(str(pdf) + ".truth.json").read_text(encoding="utf-8"))
    with pdfplumber.open(str(pdf)) as doc:
        n = len(doc.pages)
        words = [p.extract_words(x_tolerance=1.2, keep_blank_chars=False) for p in doc.pages]
        texts = [p.extract_text() or "" for p in doc.pages]
    name = pdf.name
    if n != truth["pages"]:
        errs.append(f"{name}: {n} pages, truth says {truth['pages']}")
    if book.footer_of:
        for i, t in enumerate(texts, 1):
            if f"Page {i} of {n}" not in t and f"PAGE {i} OF {n}" not in t and f"Page {i} / {n}" not in t:
                errs.append(f"{name}: page {i} lacks its 'Page {i} of {n}' footer")
    doc_text = "\n".join(texts)
    flat_doc = re.sub(r"\s+", " ", doc_text)
    if not truth["lines"]:
        errs.append(f"{name}: no lines")
    for i, (ln, bands) in enumerate(zip(truth["lines"], book.bands)):
        where = f"{name} line {i + 1} ({ln['code']} {ln['service_date']})"
        bt = _band_text(words, bands)
        toks = []
        if ln["code"]:
            toks += book.code_tokens(ln)
        if ln["units"] is not None:
            toks.append(book.units(ln["units"]))
        toks.append(book.date(eobgen.date.fromisoformat(ln["service_date"])))
        if ln["service_end"]:
            toks.append(book.date(eobgen.date.fromisoformat(ln["service_end"])))
        for k in eobgen.AMOUNT_KEYS:
            if ln[k] is not None:
                toks.append(book.money(D(ln[k])))
        for g, r, a in ln["adjustments"]:
            toks += book.adj_tokens(g, r, a)
        toks += ln["remarks"]
        for t in toks:
            if not _has(bt, t):
                errs.append(f"{where}: '{t}' not in its row band: {bt[:160]!r}")
        pg_text = re.sub(r"\s+", " ", texts[ln["page"] - 1])
        for key in ("claim_id", "payer_claim_id", "patient"):
            v = ln[key]
            if v is not None and v not in flat_doc:
                errs.append(f"{where}: {key} {v!r} not in the document text")
        if ln["page"] != bands[0][0]:
            errs.append(f"{where}: page mismatch")
        _ = pg_text
        # arithmetic the row prints
        if ln["adjustments"] and all(a is not None for _, _, a in ln["adjustments"]) and ln["billed"] and ln["paid"]:
            if D(ln["billed"]) - sum(D(a) for _, _, a in ln["adjustments"]) != D(ln["paid"]):
                errs.append(f"{where}: billed - adjustments != paid")
        parts = [ln[k] for k in ("deductible", "copay", "coinsurance")]
        if ln["allowed"] is not None and ln["paid"] is not None and any(p is not None for p in parts):
            if D(ln["allowed"]) - sum(D(p) for p in parts if p) != D(ln["paid"]):
                errs.append(f"{where}: allowed - patient share != paid")
        if ln["discount"] is not None and ln["allowed"] is not None and ln["billed"] is not None:
            if D(ln["billed"]) - D(ln["discount"]) - D(ln["not_covered"] or 0) != D(ln["allowed"]):
                errs.append(f"{where}: billed - discount - not covered != allowed")
        if book.extra_check:
            e = book.extra_check(ln)
            if e:
                errs.append(f"{where}: {e}")
    # claim totals
    for c, band in zip(truth["claims"], book.claim_bands):
        key = (c["claim_id"], c["payer_claim_id"], c["patient"])
        mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) == key]
        if not mine:
            errs.append(f"{name}: claim {key} has no lines")
        for k, v in (c["totals"] or {}).items():
            if v is None:
                continue
            s = sum((D(ln[k]) for ln in mine if ln[k] is not None), D("0.00"))
            planted = [f for f in truth["expected_findings"]
                       if f.startswith("claim-total-mismatch") and (str(c["payer_claim_id"]) in f or str(c["claim_id"]) in f)
                       and f"total {v} but" in f]
            if planted:
                if s == D(v):
                    errs.append(f"{name}: planted mismatch on {key} {k} does not differ")
            elif s != D(v):
                errs.append(f"{name}: claim {key} total {k} {v} != lines {s}")
            if band and not _has(_band_text(words, [band]), book.money(D(v))):
                errs.append(f"{name}: claim {key} total {k} {v} not printed in its totals row")
    for f in truth["expected_findings"]:
        m = re.search(r"printed .* total ([\d,.-]+) but the lines add up to ([\d,.-]+)", f)
        if not m or m.group(1) == m.group(2):
            errs.append(f"{name}: malformed planted finding {f!r}")
    if len(truth["lines"]) != len(book.bands):
        errs.append(f"{name}: bands/lines count differ")
    return errs


def mismatch(claim: str, label: str, printed: Decimal, lines: Decimal) -> str:
    return (f"claim-total-mismatch claim {claim}: printed {label} total {eobgen.q(printed)} but the lines add up "
            f"to {eobgen.q(lines)}")
