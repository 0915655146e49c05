"""Drawing kit, truth collector and self-check for bench/heldout31/make_heldout31_pdfs.py.

One top-left drawing API (points, y grows downwards, text y = baseline) recorded per page and rendered at the end
with reportlab or fpdf2, so "Page n of N" is exact. The check reads the written PDFs back with pdfplumber; it never
runs the project's reader.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))

import eobgen  # noqa: E402
from eobgen import Svc, ZERO, q, truth_line  # noqa: E402,F401

FIXED = datetime(2026, 2, 2, 9, 30, 0, tzinfo=UTC)

_TTF = {
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-{}.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-{}.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-{}.ttf",
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-{}.ttf",
}
_LIB_STYLE = {"R": "Regular", "B": "Bold", "I": "Italic"}
_DEJAVU = {
    "DejaVuSans": {"R": "DejaVuSans", "B": "DejaVuSans-Bold", "I": "DejaVuSans-Oblique"},
    "DejaVuSansCondensed": {"R": "DejaVuSansCondensed", "B": "DejaVuSansCondensed-Bold",
                            "I": "DejaVuSansCondensed-Oblique"},
    "DejaVuSerif": {"R": "DejaVuSerif", "B": "DejaVuSerif-Bold", "I": "DejaVuSerif-Italic"},
    "DejaVuSansMono": {"R": "DejaVuSansMono", "B": "DejaVuSansMono-Bold", "I": "DejaVuSansMono-Oblique"},
}
_CORE = {
    "Helvetica": {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique"},
    "Times": {"R": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic"},
    "Courier": {"R": "Courier", "B": "Courier-Bold", "I": "Courier-Oblique"},
}


def font_files(family: str) -> dict[str, str] | None:
    if family in _TTF:
        out = {k: _TTF[family].format(v) for k, v in _LIB_STYLE.items()}
    elif family in _DEJAVU:
        out = {k: f"/usr/share/fonts/truetype/dejavu/{v}.ttf" for k, v in _DEJAVU[family].items()}
    else:
        return None
    return out if all(Path(p).exists() for p in out.values()) else None


_REG: set[str] = set()


def rl_font(family: str, style: str) -> str:
    """reportlab font name for (family, style); registers TTFs once. Falls back to Helvetica."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if family in _CORE:
        return _CORE[family][style]
    files = font_files(family)
    if not files:
        return _CORE["Helvetica"][style]
    name = f"{family}-{style}"
    if name not in _REG:
        pdfmetrics.registerFont(TTFont(name, files[style]))
        _REG.add(name)
    return name


def swidth(s: str, family: str, style: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics
    return pdfmetrics.stringWidth(s, rl_font(family, style), size)


class Doc:
    """Recorded pages; ``render`` writes them with the chosen producer."""

    def __init__(self, producer: str, family: str, landscape: bool = False, size=(612.0, 792.0)):
        self.producer = producer
        self.family = family
        self.W, self.H = (size[1], size[0]) if landscape else size
        self.landscape = landscape
        self.pages: list[list[tuple]] = []

    @property
    def pno(self) -> int:
        return len(self.pages)

    def new_page(self) -> int:
        self.pages.append([])
        return self.pno

    def text(self, x, y, s, size=8.0, style="R", align="L", gray=0.0, family=None):
        fam = family or self.family
        s = str(s)
        w = swidth(s, fam, style, size)
        if align == "R":
            x -= w
        elif align == "C":
            x -= w / 2
        self.pages[-1].append(("text", x, y, s, size, style, gray, fam))
        return w

    def pageno(self, x, y, fmt, size=7.0, style="R", align="R"):
        self.pages[-1].append(("pageno", x, y, fmt, size, style, align, self.family))

    def line(self, x1, y1, x2, y2, lw=0.5, gray=0.0):
        self.pages[-1].append(("line", x1, y1, x2, y2, lw, gray))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.pages[-1].append(("rect", x, y, w, h, fill, stroke, lw))

    def width(self, s, size, style="R", family=None):
        return swidth(str(s), family or self.family, style, size)

    def wrap(self, s, size, maxw, style="R", family=None) -> list[str]:
        words, out, cur = str(s).split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if cur and self.width(t, size, style, family) > maxw:
                out.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            out.append(cur)
        return out or [""]

    # ------------------------------------------------------------------ rendering
    def render(self, path: Path) -> int:
        n = len(self.pages)
        if self.producer == "reportlab":
            self._render_rl(path, n)
        else:
            self._render_fpdf(path, n)
        return n

    def _expand(self, op, i, n):
        if op[0] != "pageno":
            return op
        _, x, y, fmt, size, style, align, fam = op
        s = fmt.format(n=i, N=n)
        w = swidth(s, fam, style, size)
        if align == "R":
            x -= w
        elif align == "C":
            x -= w / 2
        return ("text", x, y, s, size, style, 0.0, fam)

    def _render_rl(self, path, n):
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle(path.stem)
        for i, ops in enumerate(self.pages, 1):
            for op in ops:
                op = self._expand(op, i, n)
                if op[0] == "text":
                    _, x, y, s, size, style, gray, fam = op
                    c.setFillGray(gray)
                    c.setFont(rl_font(fam, style), size)
                    c.drawString(x, self.H - y, s)
                elif op[0] == "line":
                    _, x1, y1, x2, y2, lw, gray = op
                    c.setLineWidth(lw)
                    c.setStrokeGray(gray)
                    c.line(x1, self.H - y1, x2, self.H - y2)
                elif op[0] == "rect":
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    c.setStrokeGray(0)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            c.showPage()
        c.save()

    def _render_fpdf(self, path, n):
        from fpdf import FPDF
        pdf = FPDF(orientation="L" if self.landscape else "P", unit="pt",
                   format=(min(self.W, self.H), max(self.W, self.H)))
        pdf.set_creation_date(FIXED)
        pdf.set_auto_page_break(False)
        pdf.set_title(path.stem)
        added = set()

        def setfont(fam, style, size):
            files = font_files(fam)
            st = {"R": "", "B": "B", "I": "I"}[style]
            if fam in _CORE or not files:
                core = {"Helvetica": "helvetica", "Times": "times", "Courier": "courier"}.get(fam, "helvetica")
                pdf.set_font(core, st, size)
                return
            if (fam, st) not in added:
                pdf.add_font(fam, st, files[style])
                added.add((fam, st))
            pdf.set_font(fam, st, size)

        for i, ops in enumerate(self.pages, 1):
            pdf.add_page()
            for op in ops:
                op = self._expand(op, i, n)
                if op[0] == "text":
                    _, x, y, s, size, style, gray, fam = op
                    setfont(fam, style, size)
                    g = int(round(gray * 255))
                    pdf.set_text_color(g, g, g)
                    pdf.text(x, y, s)
                elif op[0] == "line":
                    _, x1, y1, x2, y2, lw, gray = op
                    g = int(round(gray * 255))
                    pdf.set_draw_color(g, g, g)
                    pdf.set_line_width(lw)
                    pdf.line(x1, y1, x2, y2)
                elif op[0] == "rect":
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_draw_color(0, 0, 0)
                    pdf.set_line_width(lw)
                    if fill is not None:
                        g = int(round(fill * 255))
                        pdf.set_fill_color(g, g, g)
                    style = ("F" if not stroke else "FD") if fill is not None else "D"
                    pdf.rect(x, y, w, h, style=style)
        pdf.output(str(path))


@dataclass
class Col:
    key: str
    head: str  # header text; "|" separates header text lines
    w: float
    align: str = "L"
    wrap: bool = False


class Table:
    """Column geometry: header drawing and row drawing that returns the row's vertical band."""

    def __init__(self, doc: Doc, x0: float, cols: list[Col], size=7.0, lead=None, pad=2.0):
        self.doc, self.x0, self.cols, self.size = doc, x0, cols, size
        self.lead = lead or size * 1.25
        self.pad = pad
        self.xs = []
        x = x0
        for c in cols:
            self.xs.append(x)
            x += c.w
        self.x1 = x

    def cx(self, key):
        for c, x in zip(self.cols, self.xs):
            if c.key == key:
                return c, x
        raise KeyError(key)

    def header(self, y, style="B", fill=None, rule=True, white=False, size=None, box=False) -> float:
        size = size or self.size
        nl = max(len(c.head.split("|")) for c in self.cols)
        h = nl * size * 1.2 + 4
        if fill is not None:
            self.doc.rect(self.x0, y, self.x1 - self.x0, h, fill=fill, stroke=box)
        elif box:
            self.doc.rect(self.x0, y, self.x1 - self.x0, h)
        for c, x in zip(self.cols, self.xs):
            parts = c.head.split("|")
            for i, p in enumerate(parts):
                yy = y + 2 + (nl - len(parts) + i + 1) * size * 1.2 - size * 0.2
                self._cell_text(c, x, yy, p, size, style, 1.0 if white else 0.0)
        if rule and fill is None:
            self.doc.line(self.x0, y + h, self.x1, y + h, lw=0.6)
        return y + h

    def _cell_text(self, c, x, y, s, size, style, gray=0.0):
        if c.align == "R":
            self.doc.text(x + c.w - self.pad, y, s, size, style, "R", gray)
        elif c.align == "C":
            self.doc.text(x + c.w / 2, y, s, size, style, "C", gray)
        else:
            self.doc.text(x + self.pad, y, s, size, style, "L", gray)

    def row_height(self, vals: dict, size=None) -> float:
        size = size or self.size
        n = 1
        for c in self.cols:
            v = vals.get(c.key)
            if v is None:
                continue
            if isinstance(v, list):
                n = max(n, len(v))
            elif c.wrap:
                n = max(n, len(self.doc.wrap(v, size, c.w - 2 * self.pad)))
        return n * (size * 1.25 if size != self.size else self.lead) + 3

    def row(self, y, vals: dict, style="R", size=None, styles=None, rule=None, grid=False) -> tuple[float, float]:
        """Draw one row from top y; list values stack on text lines; returns (top, bottom)."""
        size = size or self.size
        lead = size * 1.25 if size != self.size else self.lead
        h = self.row_height(vals, size)
        for c, x in zip(self.cols, self.xs):
            v = vals.get(c.key)
            if v is None or v == "":
                continue
            lines = v if isinstance(v, list) else (self.doc.wrap(v, size, c.w - 2 * self.pad) if c.wrap else [v])
            st = (styles or {}).get(c.key, style)
            for i, ln in enumerate(lines):
                self._cell_text(c, x, y + 1.5 + size + i * lead, ln, size, st)
        if grid:
            for x in self.xs + [self.x1]:
                self.doc.line(x, y, x, y + h, lw=0.3)
            self.doc.line(self.x0, y + h, self.x1, y + h, lw=0.3)
        elif rule is not None:
            self.doc.line(self.x0, y + h, self.x1, y + h, lw=0.3, gray=rule)
        return (y, y + h)


# ------------------------------------------------------------------------------------------ truth

@dataclass
class Fmt:
    """How a layout prints values: used by the check to look for the truth in the text layer."""
    money: object
    date: object
    code: object  # (code, mods) -> list of strings that must be in the band
    units: object = None  # units str -> str
    adj: object = None  # (group, reason, amount str|None) -> list of strings
    remark: object = None
    end: object = None


@dataclass
class Truth:
    name: str
    producer: str
    description: str
    fmt: Fmt
    lines: list = field(default_factory=list)
    bands: list = field(default_factory=list)  # (page, [(top, bottom), ...]) per line
    claims: list = field(default_factory=list)
    legend: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    checks: set = field(default_factory=set)  # arithmetic to verify: adj_full, chain, allowed_parts, owes_parts
    texts: list = field(default_factory=list)  # strings that must be somewhere in the document
    pages: int = 0

    def add(self, page, band, s: Svc, claim_id, payer_claim_id, patient, printed, **kw):
        bands = band if isinstance(band, list) else [band]
        kw.setdefault("description", False)
        self.lines.append(truth_line(page, s, claim_id=claim_id, payer_claim_id=payer_claim_id, patient=patient,
                                     printed=tuple(printed), **kw))
        self.bands.append((page, bands))

    def claim(self, claim_id, payer_claim_id, patient, billed=None, allowed=None, paid=None, owes=None):
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": eobgen.claim_totals(billed, allowed, paid, owes)})

    def write(self, pdf_path: Path):
        eobgen.write_truth(pdf_path, self.name, self.producer, self.pages, self.description, self.lines,
                           self.claims, self.legend, self.findings)


# ------------------------------------------------------------------------------------------ check

def _norm(s: str) -> str:
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def _has(hay: str, needle: str) -> bool:
    """needle as whole tokens in hay (hay normalised with surrounding spaces)."""
    needle = re.sub(r"\s+", " ", needle).strip()
    pat = r"(?<![\w.$,\-])" + re.escape(needle) + r"(?![\w])"
    return re.search(pat, hay) is not None


def check(pdf: Path, t: Truth) -> list[str]:
    import json

    import pdfplumber
    errs: list[str] = []
    data = json.loads(Path(str(pdf) + ".truth.json").read_text())
    with pdfplumber.open(pdf) as doc:
        words = [p.extract_words(keep_blank_chars=False, x_tolerance=1.5) for p in doc.pages]
        texts = [p.extract_text() or "" for p in doc.pages]
        npages = len(doc.pages)
    if npages != data["pages"]:
        errs.append(f"pages {npages} != truth {data['pages']}")
    alltext = _norm(" ".join(texts))
    for i, tx in enumerate(texts, 1):
        for m in re.finditer(r"Page (\d+) of (\d+)", tx, re.I):
            if (int(m.group(1)), int(m.group(2))) != (i, npages):
                errs.append(f"page {i} prints {m.group(0)}")
    f = t.fmt

    def band_text(page, bands):
        ws = [w for w in words[page - 1] if any(a - 0.8 <= (w["top"] + w["bottom"]) / 2 <= b + 0.8 for a, b in bands)]
        ws.sort(key=lambda w: (round(w["top"]), w["x0"]))
        return _norm(" ".join(w["text"] for w in ws))

    for ln, (page, bands) in zip(data["lines"], t.bands):
        where = f"p{page} {ln['code']} {ln['service_date']}"
        if ln["page"] != page:
            errs.append(f"{where}: page mismatch")
        bt = band_text(page, bands)
        need = []
        from datetime import date as _d
        need.append(f.date(_d.fromisoformat(ln["service_date"])))
        if ln["service_end"]:
            need.append((f.end or f.date)(_d.fromisoformat(ln["service_end"])))
        if ln["code"]:
            need += f.code(ln["code"], ln["modifiers"])
        if ln["units"] is not None:
            need.append(f.units(ln["units"]))
        for k in eobgen.AMOUNT_KEYS:
            if ln[k] is not None:
                need.append(f.money(Decimal(ln[k])))
        for g, r, a in ln["adjustments"]:
            need += f.adj(g, r, a)
        for r in ln["remarks"]:
            need.append(f.remark(r) if f.remark else r)
        for s in need:
            if not _has(bt, s):
                errs.append(f"{where}: '{s}' not in its band: {bt[:160]!r}")
        # arithmetic
        d = {k: (Decimal(ln[k]) if ln[k] is not None else None) for k in eobgen.AMOUNT_KEYS}
        if "adj_full" in t.checks and ln["adjustments"] and d["billed"] is not None and d["paid"] is not None:
            if d["billed"] - sum(Decimal(a) for _, _, a in ln["adjustments"]) != d["paid"]:
                errs.append(f"{where}: billed - adjustments != paid")
        if "chain" in t.checks and d["allowed"] is not None and d["paid"] is not None:
            parts = sum((d[k] or ZERO) for k in ("deductible", "copay", "coinsurance"))
            if d["allowed"] - parts != d["paid"]:
                errs.append(f"{where}: allowed - ded - copay - coins != paid")
        if "allowed_parts" in t.checks and d["allowed"] is not None and d["billed"] is not None:
            if d["billed"] - (d["discount"] or ZERO) - (d["not_covered"] or ZERO) != d["allowed"]:
                errs.append(f"{where}: billed - discount - not covered != allowed")
        if "owes_parts" in t.checks and d["patient_owes"] is not None:
            parts = sum((d[k] or ZERO) for k in ("deductible", "copay", "coinsurance"))
            if d["not_covered"] is not None and d["not_covered"] and d["patient_owes"] >= parts + d["not_covered"]:
                parts += d["not_covered"]
            if parts != d["patient_owes"]:
                errs.append(f"{where}: patient owes != its parts")
        if "stmt" in t.checks and d["patient_owes"] is not None and d["paid"] is not None:
            if d["billed"] - d["paid"] - (d["discount"] or ZERO) < d["patient_owes"]:
                errs.append(f"{where}: balance larger than charge - paid - adjustment")
    for s in ("claim_id", "payer_claim_id", "patient"):
        for v in {ln[s] for ln in data["lines"] if ln[s]}:
            if v not in " ".join(texts):
                errs.append(f"{s} {v!r} not in document")
    planted = " ".join(data["expected_findings"])
    keys = set()
    for c in data["claims"]:
        key = (c["claim_id"], c["payer_claim_id"])
        if key in keys:
            errs.append(f"claim {key} twice")
        keys.add(key)
        mine = [ln for ln in data["lines"] if (ln["claim_id"], ln["payer_claim_id"]) == key]
        if not mine:
            errs.append(f"claim {key} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            s = sum(Decimal(ln[k]) for ln in mine if ln[k] is not None)
            if not _has(alltext, f.money(Decimal(v))):
                errs.append(f"claim {key} total {k} {v} not printed")
            if s != Decimal(v):
                cid = c["payer_claim_id"] or c["claim_id"]
                if f"claim {cid}:" not in planted or f"total {v}" not in planted:
                    errs.append(f"claim {key} {k} total {v} != lines {s}")
            elif c["payer_claim_id"] and f"claim {c['payer_claim_id']}:" in planted and k in planted.lower():
                pass
    for fnd in data["expected_findings"]:
        m = re.search(r"total (\S+) but the lines add up to (\S+)", fnd)
        if not m or m.group(1) == m.group(2):
            errs.append(f"planted finding does not differ: {fnd}")
    for code, _ in data["legend"]:
        if not _has(alltext, code):
            errs.append(f"legend code {code} not printed")
    for s in t.texts:
        if s not in " ".join(texts):
            errs.append(f"text {s!r} not in document")
    return errs


def spans_pages(data) -> bool:
    seen: dict = {}
    for ln in data["lines"]:
        seen.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
    return any(len(v) > 1 for v in seen.values())
