"""Drawing and self-check helpers for bench/heldout21/make_heldout21_pdfs.py.

One small page API (top-left origin, points) over two producers (reportlab and fpdf2), a row-band recorder
that keeps where every service is printed, and the --check that reads the text layer back with pdfplumber.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))

from eobgen import FIXED_WHEN, q  # noqa: E402

FONTDIR = Path("/usr/share/fonts/truetype")
TTF = {
    "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf"),
    "dejavucond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
                   "dejavu/DejaVuSansCondensed-Oblique.ttf"),
    "dejavuserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf"),
    "libsans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
                "liberation/LiberationSans-Italic.ttf"),
    "libnarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf",
                  "liberation/LiberationSansNarrow-Italic.ttf"),
    "libserif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
                 "liberation/LiberationSerif-Italic.ttf"),
}
CORE_RL = {"helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
           "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
           "courier": ("Courier", "Courier-Bold", "Courier-Oblique")}
FALLBACK = {"dejavu": "helvetica", "dejavucond": "helvetica", "dejavuserif": "times", "libsans": "helvetica",
            "libnarrow": "helvetica", "libserif": "times"}
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
STYLES = ("R", "B", "I")


def font_ok(fam: str) -> str:
    if fam in CORE_RL:
        return fam
    if all((FONTDIR / p).exists() for p in TTF[fam]):
        return fam
    return FALLBACK[fam]


class Page:
    """Minimal page API. y is the TOP of the text; baseline = y + 0.8 * size."""

    def __init__(self, producer: str, path: Path, size: tuple[float, float], family: str) -> None:
        self.producer, self.path, self.W, self.H = producer, path, size[0], size[1]
        self.family = font_ok(family)
        self.pages = 0
        self.core = self.family in CORE_RL
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            if self.core:
                self._names = dict(zip(STYLES, CORE_RL[self.family]))
            else:
                self._names = {}
                for st, p in zip(STYLES, TTF[self.family]):
                    nm = f"{self.family}-{st}"
                    if nm not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(nm, str(FONTDIR / p)))
                    self._names[st] = nm
            self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
            self.c.setTitle(path.stem)
            self.c.setAuthor("heldout21")
        else:
            from fpdf import FPDF
            self.f = FPDF(unit="pt", format=size)
            self.f.set_auto_page_break(False)
            self.f.set_creation_date(FIXED_WHEN)
            self.f.set_title(path.stem)
            if self.core:
                self._fam = self.family
            else:
                self._fam = self.family
                for st, p in zip(("", "B", "I"), TTF[self.family]):
                    self.f.add_font(self.family, st, str(FONTDIR / p))
        self._font = None

    # -- pages
    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.pages:
                self.c.showPage()
        else:
            self.f.add_page()
        self.pages += 1

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.f.output(str(self.path))
        return self.pages

    # -- fonts
    def _set(self, style: str, size: float) -> None:
        if self.producer == "reportlab":
            self.c.setFont(self._names[style], size)
        else:
            self.f.set_font(self._fam, {"R": "", "B": "B", "I": "I"}[style], size)

    def width(self, s: str, style: str = "R", size: float = 8) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self._names[style], size)
        self._set(style, size)
        return self.f.get_string_width(s)

    def wrap(self, s: str, width: float, style: str = "R", size: float = 8) -> list[str]:
        out, cur = [], ""
        for w in s.split():
            t = (cur + " " + w).strip()
            if cur and self.width(t, style, size) > width:
                out.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            out.append(cur)
        return out or [""]

    # -- drawing
    def text(self, x: float, y: float, s: str, style: str = "R", size: float = 8, align: str = "l",
             gray: float = 0.0) -> None:
        if not s:
            return
        w = self.width(s, style, size)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        base = y + 0.8 * size
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self._set(style, size)
            self.c.drawString(x, self.H - base, s)
            self.c.setFillGray(0)
        else:
            g = int(255 * gray)
            self.f.set_text_color(g, g, g)
            self._set(style, size)
            self.f.text(x, base, s)
            self.f.set_text_color(0, 0, 0)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5, gray: float = 0.0,
             dash: tuple | None = None) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.setStrokeGray(gray)
            self.c.setDash(*(dash or ([], 0)))
            self.c.line(x1, self.H - y1, x2, self.H - y2)
            self.c.setDash([], 0)
            self.c.setStrokeGray(0)
        else:
            g = int(255 * gray)
            self.f.set_line_width(w)
            self.f.set_draw_color(g, g, g)
            if dash:
                self.f.set_dash_pattern(dash=dash[0][0], gap=dash[0][1])
            self.f.line(x1, y1, x2, y2)
            if dash:
                self.f.set_dash_pattern()
            self.f.set_draw_color(0, 0, 0)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.f.set_line_width(lw)
            style = ("F" if fill is not None else "") + ("D" if stroke else "")
            if fill is not None:
                g = int(255 * fill)
                self.f.set_fill_color(g, g, g)
            self.f.rect(x, y, w, h, style=style or "D")
            self.f.set_fill_color(255, 255, 255)


@dataclass
class Col:
    key: str
    x: float
    w: float
    align: str = "l"  # l, r, c


def draw_cells(pg: Page, cols: list[Col], vals: dict, y: float, size: float, style: str = "R",
               lead: float | None = None, wrap_keys: tuple = (), gray: float = 0.0) -> float:
    """Draw one table row; wrap_keys cells wrap. Returns the row height (text lines * lead)."""
    lead = lead or size * 1.22
    n = 1
    for c in cols:
        v = vals.get(c.key, "")
        if v is None or v == "":
            continue
        if isinstance(v, list):
            parts = v
        elif c.key in wrap_keys:
            parts = pg.wrap(str(v), c.w - 3, style, size)
        else:
            parts = [str(v)]
        n = max(n, len(parts))
        for i, s in enumerate(parts):
            x = c.x + 1.5 if c.align == "l" else (c.x + c.w - 1.5 if c.align == "r" else c.x + c.w / 2)
            pg.text(x, y + i * lead, s, style, size, c.align, gray)
    return n * lead


def header_cells(pg: Page, cols: list[Col], labels: dict, y: float, size: float, style: str = "B",
                 lead: float | None = None) -> float:
    """Column headings, each label may contain '\n' for stacked lines. Returns the height."""
    lead = lead or size * 1.15
    n = max(len(str(labels.get(c.key, "")).split("\n")) for c in cols)
    for c in cols:
        parts = str(labels.get(c.key, "")).split("\n")
        off = n - len(parts)
        for i, s in enumerate(parts):
            x = c.x + 1.5 if c.align == "l" else (c.x + c.w - 1.5 if c.align == "r" else c.x + c.w / 2)
            pg.text(x, y + (off + i) * lead, s, style, size, c.align)
    return n * lead


# ------------------------------------------------------------------------------------------ truth + check

@dataclass
class DocRec:
    """What one document keeps for its self-check: truth lines with their printed bands and tokens."""

    name: str
    lines: list = field(default_factory=list)
    bands: list = field(default_factory=list)  # (page, y0, y1) per truth line
    tokens: list = field(default_factory=list)  # printed strings that must be inside the band
    unit_tokens: list = field(default_factory=list)  # printed units (whole word)
    claims: list = field(default_factory=list)
    adj_complete: bool = False  # every adjustment printed with its amount -> billed - adj = paid
    extra_checks: list = field(default_factory=list)  # (label, bool)
    planted: tuple | None = None  # (payer_claim_id or claim_id, total field) of the planted mismatch

    def add(self, truth: dict, band: tuple, tokens: list[str], unit_token: str | None = None) -> None:
        self.lines.append(truth)
        self.bands.append(band)
        self.tokens.append([t for t in tokens if t])
        self.unit_tokens.append(unit_token)


def _D(v):
    return None if v is None else Decimal(v)


def check_doc(pdf: Path, rec: DocRec) -> list[str]:
    import pdfplumber

    errs: list[str] = []
    truth = json.loads(Path(str(pdf) + ".truth.json").read_text(encoding="utf-8"))
    with pdfplumber.open(str(pdf)) as doc:
        if len(doc.pages) != truth["pages"]:
            errs.append(f"page count {len(doc.pages)} != {truth['pages']}")
        words = [p.extract_words(keep_blank_chars=False, use_text_flow=False) for p in doc.pages]
        alltext = "\n".join((p.extract_text() or "") for p in doc.pages)
    flat = " ".join(alltext.split())
    assert truth["lines"] == rec.lines, "truth file differs from the in-memory record"
    for i, (ln, (page, y0, y1), toks, ut) in enumerate(zip(rec.lines, rec.bands, rec.tokens, rec.unit_tokens)):
        if ln["page"] != page:
            errs.append(f"line {i}: truth page {ln['page']} != drawn page {page}")
        ws = [w for w in words[page - 1] if y0 - 1.5 <= (w["top"] + w["bottom"]) / 2 <= y1 + 1.5]
        ws.sort(key=lambda w: (round(w["top"]), w["x0"]))
        band = " ".join(w["text"] for w in ws)
        wordset = {w["text"] for w in ws}
        for t in toks:
            if t not in band:
                errs.append(f"line {i} p{page}: token {t!r} not in band text {band[:160]!r}")
        if ln["units"] is not None:
            if ut is None or ut not in wordset:
                errs.append(f"line {i}: units token {ut!r} not a word of the band {band[:120]!r}")
        # tokens must cover every non-null truth value (guard against a forgotten token)
        joined = " ".join(toks)
        if ln["code"] and ln["code"] not in joined:
            errs.append(f"line {i}: code not among tokens")
        for m in ln["modifiers"]:
            if m not in joined:
                errs.append(f"line {i}: modifier {m} not among tokens")
        for r in ln["remarks"]:
            if r not in joined:
                errs.append(f"line {i}: remark {r} not among tokens")
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            v = ln[k]
            if v is not None and not any(v.lstrip("-").replace(".", "") in t.replace(",", "").replace(".", "")
                                         for t in toks):
                errs.append(f"line {i}: amount {k}={v} not among tokens")
        for g, c, a in ln["adjustments"]:
            if c not in joined:
                errs.append(f"line {i}: adjustment code {g}-{c} not among tokens")
        # the document's own arithmetic
        b, al, pd = _D(ln["billed"]), _D(ln["allowed"]), _D(ln["paid"])
        parts = [_D(ln[k]) for k in ("deductible", "copay", "coinsurance")]
        if al is not None and pd is not None and any(p is not None for p in parts):
            if al - sum(p for p in parts if p is not None) != pd:
                errs.append(f"line {i}: allowed - patient share != paid")
        disc, nc = _D(ln["discount"]), _D(ln["not_covered"])
        if b is not None and al is not None and disc is not None:
            if b - disc - (nc or 0) != al:
                errs.append(f"line {i}: billed - discount - not covered != allowed")
        if rec.adj_complete and b is not None and pd is not None:
            if b - sum(Decimal(a) for _, _, a in ln["adjustments"]) != pd:
                errs.append(f"line {i}: billed - adjustments != paid")
    for c in truth["claims"]:
        for k in ("claim_id", "payer_claim_id", "patient"):
            v = c[k]
            if v and " ".join(v.split()) not in flat:
                errs.append(f"claim {c}: {k} {v!r} not in document text")
        mine = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"]
                and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c['payer_claim_id'] or c['claim_id']} has no lines")
        key = c["payer_claim_id"] or c["claim_id"]
        planted_k = rec.planted[1] if rec.planted and rec.planted[0] == key else None
        if planted_k and not any(key in f and f.startswith("claim-total-mismatch")
                                 for f in truth["expected_findings"]):
            errs.append(f"planted mismatch on {key} not declared")
        for k, v in (c.get("totals") or {}).items():
            if v is None:
                continue
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal("0"))
            if k == planted_k:
                if s == Decimal(v):
                    errs.append(f"planted mismatch on {k} is not a mismatch")
            elif s != Decimal(v):
                errs.append(f"claim {c['payer_claim_id'] or c['claim_id']}: {k} total {v} != lines {s}")
            if v not in flat.replace("$", "").replace(",", "") and money_forms(v).isdisjoint(flat.split()):
                errs.append(f"claim total {k} {v} not printed")
    for ln in truth["lines"]:
        for k in ("claim_id", "payer_claim_id", "patient"):
            v = ln[k]
            if v and " ".join(v.split()) not in flat:
                errs.append(f"line id {k} {v!r} not in document text")
    for label, ok in rec.extra_checks:
        if not ok:
            errs.append(f"document arithmetic: {label}")
    return errs


def money_forms(v: str) -> set:
    d = q(Decimal(v))
    a = f"{abs(d):,.2f}"
    return {a, "$" + a, "-" + a, "-$" + a, f"({a})", f"(${a})", a + "-"}
