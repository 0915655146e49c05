"""Helpers for bench/heldout25/make_heldout25_pdfs.py: one top-left drawing API over reportlab and fpdf2, a
truth collector that remembers where each service row was drawn, and the --check reader (pdfplumber).

Tests the factory only; it never imports or runs the reader.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
import eobgen as G  # noqa: E402

# invented fees for a few extra codes (what the clinic bills per unit / an invented fee schedule)
G.FEE.update({"97533": "92.00", "97162": "240.00", "97018": "30.00", "92610": "185.00", "97763": "110.00",
              "G0151": "120.00"})
G.SCHED.update({"97533": "31.40", "97162": "101.12", "97018": "5.27", "92610": "81.60", "97763": "48.90",
                "G0151": "44.10"})
for k, v in {"97533": "Sensory integration", "97162": "PT evaluation, moderate", "97018": "Paraffin bath",
             "92610": "Swallow function evaluation", "97763": "Orthotic check-out", "G0151": "Home health PT visit"
             }.items():
    G.DESC.setdefault(k, v)

FONT_DIRS = ["/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/liberation2",
             "/usr/share/fonts/truetype/dejavu"]
TTF = {
    "LibSans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"),
    "LibNarrow": ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf",
                  "LiberationSansNarrow-Italic.ttf"),
    "LibSerif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf"),
    "LibMono": ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf", "LiberationMono-Italic.ttf"),
    "DVSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "DVCond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf"),
    "DVSerifCond": ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf",
                    "DejaVuSerifCondensed-Italic.ttf"),
    "DVMono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf"),
}
CORE = {"Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
        "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
        "Times": ("Times-Roman", "Times-Bold", "Times-Italic")}
FIXED = datetime(2026, 2, 2, 9, 30, 0, tzinfo=timezone.utc)
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


def _find(fname: str) -> str | None:
    for d in FONT_DIRS:
        p = Path(d) / fname
        if p.exists():
            return str(p)
    return None


def resolve_family(fam: str, fallback: str) -> tuple[str, tuple[str, str, str] | None]:
    """(family, ttf paths) or (core family, None) when the TTF files are missing."""
    if fam in TTF:
        paths = tuple(_find(f) for f in TTF[fam])
        if all(paths):
            return fam, paths  # type: ignore[return-value]
        return fallback, None
    return fam, None


class Doc:
    """Top-left coordinates in points; y of text is its BASELINE."""

    def __init__(self, producer: str, size=LETTER, title: str = "EOB"):
        self.producer = producer
        self.W, self.H = size
        self.page = 0
        self.fams: dict[str, tuple] = {}
        self.cur = ("", "R", 8.0)
        if producer == "reportlab":
            from reportlab.pdfgen import canvas
            self._buf = None
            self.c = canvas.Canvas("/dev/null", pagesize=size, invariant=1, pageCompression=1)
            self.c.setTitle(title)
            self.c.setAuthor("heldout25 factory")
            self._started = False
        else:
            from fpdf import FPDF
            self.f = FPDF(unit="pt", format=size)
            self.f.set_creation_date(FIXED)
            self.f.set_auto_page_break(False)
            self.f.set_title(title)
            self.f.set_author("heldout25 factory")
            self.f.set_margins(0, 0, 0)

    def family(self, key: str, fam: str, fallback: str = "Helvetica") -> None:
        name, paths = resolve_family(fam, fallback)
        if paths is None:
            core = CORE[name]
            if self.producer == "reportlab":
                self.fams[key] = ("rl", core)
            else:
                base = {"Helvetica": "helvetica", "Courier": "courier", "Times": "times"}[name]
                self.fams[key] = ("fp", (base, ""), (base, "B"), (base, "I"))
            return
        if self.producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            names = []
            for suf, p in zip("RBI", paths):
                n = f"{name}-{suf}"
                try:
                    pdfmetrics.getFont(n)
                except KeyError:
                    pdfmetrics.registerFont(TTFont(n, p))
                names.append(n)
            self.fams[key] = ("rl", tuple(names))
        else:
            for st, p in zip(("", "B", "I"), paths):
                self.f.add_font(name, st, p)
            self.fams[key] = ("fp", (name, ""), (name, "B"), (name, "I"))

    def new_page(self) -> int:
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.f.add_page()
        self.page += 1
        return self.page

    def _font(self, key: str, style: str, size: float):
        ent = self.fams[key]
        i = "RBI".index(style)
        if ent[0] == "rl":
            self.c.setFont(ent[1][i], size)
        else:
            fam, st = ent[1 + i]
            self.f.set_font(fam, st, size)

    def width(self, s: str, key: str, style: str = "R", size: float = 8) -> float:
        self._font(key, style, size)
        if self.producer == "reportlab":
            ent = self.fams[key]
            from reportlab.pdfbase import pdfmetrics
            return pdfmetrics.stringWidth(s, ent[1]["RBI".index(style)], size)
        return self.f.get_string_width(s)

    def text(self, x: float, y: float, s: str, key: str, style: str = "R", size: float = 8, align: str = "l",
             gray: float = 0.0, white: bool = False) -> None:
        if s is None or s == "":
            return
        s = str(s)
        w = self.width(s, key, style, size)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        g = 1.0 if white else gray
        if self.producer == "reportlab":
            self.c.setFillGray(g)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            v = int(round(g * 255))
            self.f.set_text_color(v, v, v)
            self.f.text(x, y, s)
            self.f.set_text_color(0, 0, 0)

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
            style = ""
            if fill is not None:
                v = int(round(fill * 255))
                self.f.set_fill_color(v, v, v)
                style += "F"
            if stroke:
                style = "D" if not style else "DF"
            if style:
                self.f.rect(x, y, w, h, style=style)

    def line(self, x1: float, y1: float, x2: float, y2: float, lw: float = 0.5, dash: bool = False) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if dash:
                self.c.setDash(2, 2)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
            if dash:
                self.c.setDash()
        else:
            self.f.set_line_width(lw)
            if dash:
                self.f.set_dash_pattern(2, 2)
            self.f.line(x1, y1, x2, y2)
            if dash:
                self.f.set_dash_pattern()

    def save(self, path: Path) -> None:
        if self.producer == "reportlab":
            self.c._filename = str(path)
            self.c.save()
        else:
            self.f.output(str(path))


def wrap(doc: Doc, s: str, width: float, key: str, style: str = "R", size: float = 8) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if doc.width(t, key, style, size) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


@dataclass
class Col:
    head: str | list[str]
    w: float
    al: str = "l"


def col_x(cols: list[Col], x0: float) -> list[tuple[float, float]]:
    out, x = [], x0
    for c in cols:
        out.append((x, x + c.w))
        x += c.w
    return out


def draw_cells(doc: Doc, cols: list[Col], x0: float, y: float, vals: list, key: str, style="R", size=7.0,
               lead: float | None = None, pad: float = 2.5, gray: float = 0.0, white: bool = False) -> int:
    """Draw one row; a value may be a list of text lines (stacked). Returns the number of text lines used."""
    lead = lead or size * 1.22
    n = 1
    for (a, b), c, v in zip(col_x(cols, x0), cols, vals):
        if v is None:
            continue
        lines = v if isinstance(v, list) else [v]
        n = max(n, len(lines))
        for i, s in enumerate(lines):
            if s is None or s == "":
                continue
            xx = a + pad if c.al == "l" else (b - pad if c.al == "r" else (a + b) / 2)
            doc.text(xx, y + i * lead, str(s), key, style, size, c.al, gray=gray, white=white)
    return n


def draw_head(doc: Doc, cols: list[Col], x0: float, y: float, key: str, size=6.5, style="B", lead=None,
              white=False) -> int:
    vals = [c.head if isinstance(c.head, list) else [c.head] for c in cols]
    return draw_cells(doc, cols, x0, y, vals, key, style, size, lead, white=white)


# ------------------------------------------------------------------------------------------------ truth

@dataclass
class Rec:
    name: str
    layout: str
    producer: str
    description: str
    lines: list = field(default_factory=list)
    bands: list = field(default_factory=list)  # per line: list of (page, top, bottom)
    claims: list = field(default_factory=list)
    legend: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    pages: int = 0
    date_fmts: tuple = ("mdy4",)
    money_neg: str = "-"
    arith: set = field(default_factory=set)  # which arithmetic identities hold for this layout
    extra_text: list = field(default_factory=list)  # strings that must be somewhere in the document
    header_codes: set = field(default_factory=set)  # "PR-1" etc. printed in a column heading, not in the row

    def line(self, page: int, band: tuple[float, float], s, *, claim_id, pcid, patient, printed, units=True,
             modifiers=True, adjustments=None, remarks=None, service_end=None, extra_bands=(), overrides=None):
        t = G.truth_line(page, s, claim_id=claim_id, payer_claim_id=pcid, patient=patient, printed=printed,
                         units=units, modifiers=modifiers, adjustments=adjustments, remarks=remarks,
                         service_end=service_end, description=False, overrides=overrides)
        self.lines.append(t)
        self.bands.append([(page, band[0], band[1])] + list(extra_bands))
        return t

    def claim(self, claim_id, pcid, patient, **tot) -> None:
        self.claims.append({"claim_id": claim_id, "payer_claim_id": pcid, "patient": patient,
                            "totals": G.claim_totals(**tot)})

    def write(self, pdf: Path) -> None:
        G.write_truth(pdf, self.layout, self.producer, self.pages, self.description, self.lines, self.claims,
                      self.legend, self.findings)


# ------------------------------------------------------------------------------------------------ check

def money_forms(v: str) -> list[str]:
    d = Decimal(v)
    a = abs(d)
    bodies = [f"{a:,.2f}", f"${a:,.2f}", f"{a:.2f}"]
    if d < 0:
        out = []
        for b in bodies:
            out += [f"-{b}", f"({b})", f"{b}-", f"-${b.lstrip('$')}", f"$({b.lstrip('$')})", f"{b}CR"]
        return out
    return bodies


def _has(text: str, token: str) -> bool:
    return re.search(r"(?<![\w.$(,-])" + re.escape(token) + r"(?![\w]|\.\d|,\d)", text) is not None


def _date_forms(iso: str) -> list[str]:
    d = date.fromisoformat(iso)
    out = [G.dfmt(d, s) for s in ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")]
    out += [f"{d:%d %b %Y}", f"{d:%b %d, %Y}", f"{d.month}/{d.day}/{d:%y}", f"{d:%m%d}", f"{d:%m-%d-%y}",
            f"{d:%m-%d-%Y}", f"{d:%b}. {d.day}, {d.year}"]
    return out


def check(out: Path, rec: Rec) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    pdf_path = out / f"{rec.name}.pdf"
    data = __import__("json").loads((out / f"{rec.name}.pdf.truth.json").read_text())
    with pdfplumber.open(pdf_path) as pdf:
        if len(pdf.pages) != data["pages"]:
            errs.append(f"{rec.name}: pages {len(pdf.pages)} != truth {data['pages']}")
        words = [p.extract_words(x_tolerance=1.5, keep_blank_chars=False, use_text_flow=False)
                 for p in pdf.pages]
        texts = [p.extract_text() or "" for p in pdf.pages]
    alltext = re.sub(r"\s+", " ", " ".join(texts))
    for m in re.finditer(r"Page (\d+) of (\d+)", alltext, re.I):
        if int(m.group(2)) != data["pages"]:
            errs.append(f"{rec.name}: printed '{m.group(0)}' but {data['pages']} pages")

    def band_text(bands) -> str:
        parts = []
        for pg, top, bot in bands:
            ws = [w for w in words[pg - 1] if top <= (w["top"] + w["bottom"]) / 2 <= bot]
            ws.sort(key=lambda w: (round(w["top"]), w["x0"]))
            parts.append(" ".join(w["text"] for w in ws))
        return " ".join(parts)

    for i, (ln, bands) in enumerate(zip(data["lines"], rec.bands)):
        tag = f"{rec.name} line {i + 1} ({ln['code']} {ln['service_date']})"
        bt = band_text(bands)
        if ln["page"] != bands[0][0]:
            errs.append(f"{tag}: page mismatch")
        if ln["code"] and ln["code"] not in bt:
            errs.append(f"{tag}: code not in band: {bt!r}")
        for m in ln["modifiers"]:
            if not re.search(r"(?<![A-Z0-9])" + m + r"(?![A-Z0-9])", bt.replace(ln["code"] or "@@", " ")):
                errs.append(f"{tag}: modifier {m} not in band: {bt!r}")
        if ln["units"] is not None:
            u = ln["units"]
            forms = [u, u + ".0", u + ".00", u + ".000"]
            if not any(_has(bt, f) for f in forms):
                errs.append(f"{tag}: units {u} not in band: {bt!r}")
        if ln["service_date"] and not any(f in bt for f in _date_forms(ln["service_date"])):
            errs.append(f"{tag}: date not in band: {bt!r}")
        if ln["service_end"] and not any(f in bt for f in _date_forms(ln["service_end"])):
            errs.append(f"{tag}: end date not in band")
        for k in G.AMOUNT_KEYS:
            v = ln[k]
            if v is not None and not any(_has(bt, f) for f in money_forms(v)):
                errs.append(f"{tag}: {k} {v} not in band: {bt!r}")
        for g, c, a in ln["adjustments"]:
            if c not in bt and f"{g}-{c}" not in rec.header_codes:
                errs.append(f"{tag}: adjustment {g}-{c} not in band")
            if a is not None and not any(_has(bt, f) for f in money_forms(a)):
                errs.append(f"{tag}: adjustment amount {a} not in band: {bt!r}")
        for r in ln["remarks"]:
            if not _has(bt, r):
                errs.append(f"{tag}: remark {r} not in band")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if ln[key] and ln[key] not in alltext:
                errs.append(f"{tag}: {key} {ln[key]!r} not in document text")
        # arithmetic
        D = lambda k: Decimal(ln[k]) if ln[k] is not None else None  # noqa: E731
        if "adj" in rec.arith and ln["billed"] and ln["paid"] is not None and ln["adjustments"] and \
                all(a[2] is not None for a in ln["adjustments"]):
            s = sum(Decimal(a[2]) for a in ln["adjustments"])
            if D("billed") - s != D("paid"):
                errs.append(f"{tag}: billed - adjustments {D('billed') - s} != paid {ln['paid']}")
        if "share" in rec.arith and ln["allowed"] is not None and ln["paid"] is not None:
            parts = sum((D(k) or 0 for k in ("deductible", "copay", "coinsurance")), Decimal(0))
            if D("allowed") - parts != D("paid"):
                errs.append(f"{tag}: allowed - share != paid")
        if "disc" in rec.arith and ln["billed"] is not None and ln["allowed"] is not None:
            if D("billed") - (D("discount") or 0) - (D("not_covered") or 0) != D("allowed"):
                errs.append(f"{tag}: billed - discount - not covered != allowed")
        if "owes" in rec.arith and ln["patient_owes"] is not None:
            parts = sum((D(k) or 0 for k in ("deductible", "copay", "coinsurance")), Decimal(0))
            nc = D("not_covered") or 0
            if D("patient_owes") not in (parts, parts + nc):
                errs.append(f"{tag}: patient owes != its parts")
        if "bal" in rec.arith and ln["billed"] is not None and ln["paid"] is not None and ln["patient_owes"] is not None:
            if D("billed") - D("paid") - (D("discount") or 0) - D("patient_owes") < 0:
                errs.append(f"{tag}: charge - paid - adj < balance")
    # claims
    seen = set()
    for c in data["claims"]:
        key = (c["claim_id"], c["payer_claim_id"])
        if key in seen:
            errs.append(f"{rec.name}: duplicate claim {key}")
        seen.add(key)
        mine = [ln for ln in data["lines"] if (ln["claim_id"], ln["payer_claim_id"]) == key]
        if not mine:
            errs.append(f"{rec.name}: claim {key} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if not any(_has(alltext, f) for f in money_forms(v)):
                errs.append(f"{rec.name}: claim {key} total {k} {v} not printed")
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal("0"))
            planted = any(str(c["payer_claim_id"]) in f and k in f for f in data["expected_findings"])
            if (s != Decimal(v)) != planted:
                errs.append(f"{rec.name}: claim {key} total {k} {v} vs lines {s} (planted={planted})")
    for s in rec.extra_text:
        if s not in alltext:
            errs.append(f"{rec.name}: expected text {s!r} missing")
    for code, _ in data["legend"]:
        if code not in alltext:
            errs.append(f"{rec.name}: legend code {code} not printed")
    return errs
