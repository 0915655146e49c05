"""Drawing kit, truth collector and self-check for bench/heldout28 (see make_heldout28_pdfs.py).

Pages are recorded as drawing operations in TOP-LEFT coordinates (points) and rendered at the end by reportlab or
fpdf2, so "Page n of N" is exact. Text widths come from reportlab's font metrics for both producers (same TTF / AFM).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "samples" / "pdf"))

from eobgen import FIXED_WHEN, amt, units_str, write_truth  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

TTF = Path("/usr/share/fonts/truetype")
FAMILIES = {
    "libsans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
                "liberation/LiberationSans-Italic.ttf"),
    "libserif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
                 "liberation/LiberationSerif-Italic.ttf"),
    "libnarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf",
                  "liberation/LiberationSansNarrow-Italic.ttf"),
    "libmono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf",
                "liberation/LiberationMono-Italic.ttf"),
    "djsans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf"),
    "djcond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
               "dejavu/DejaVuSansCondensed-Oblique.ttf"),
    "djserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf"),
    "djserifc": ("dejavu/DejaVuSerifCondensed.ttf", "dejavu/DejaVuSerifCondensed-Bold.ttf",
                 "dejavu/DejaVuSerifCondensed-Italic.ttf"),
    "djmono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf", "dejavu/DejaVuSansMono-Oblique.ttf"),
}
CORE = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}
STYLES = ("R", "B", "I")


def font_available(fam: str) -> bool:
    return fam in CORE or all((TTF / p).exists() for p in FAMILIES[fam])


def pick(fam: str, fallback: str) -> str:
    return fam if font_available(fam) else fallback


def _rl_name(fam: str, st: str) -> str:
    if fam in CORE:
        return CORE[fam][STYLES.index(st)]
    name = f"h28{fam}{st}"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(TTF / FAMILIES[fam][STYLES.index(st)])))
    return name


def width(s: str, fam: str, st: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, _rl_name(fam, st), size)


def wrap(s: str, w: float, fam: str, st: str, size: float) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if cur and width(t, fam, st, size) > w:
            out.append(cur)
            cur = word
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]


# ------------------------------------------------------------------------------------------------ page model

@dataclass
class Doc:
    w: float
    h: float
    fam: str
    pages: list = field(default_factory=lambda: [[]])

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def text(self, x, y, s, size=8.0, st="R", align="l", color=(0, 0, 0), fam=None):
        """y is the BASELINE measured from the top of the page."""
        self.pages[-1].append(("t", x, y, str(s), size, st, align, color, fam or self.fam))

    def line(self, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0), dash=False):
        self.pages[-1].append(("l", x1, y1, x2, y2, lw, color, dash))

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def tw(self, s, size=8.0, st="R", fam=None):
        return width(s, fam or self.fam, st, size)


def _sub(s: str, n: int, total: int) -> str:
    return s.replace("{PAGE}", str(n)).replace("{PAGES}", str(total))


def render_reportlab(doc: Doc, path: Path) -> None:
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=(doc.w, doc.h), invariant=1, pageCompression=0)
    c.setTitle(path.stem)
    n = len(doc.pages)
    for i, ops in enumerate(doc.pages, 1):
        for op in ops:
            if op[0] == "r":
                _, x, y, w, h, fill, stroke, lw = op
                c.setLineWidth(lw)
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                c.rect(x, doc.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif op[0] == "l":
                _, x1, y1, x2, y2, lw, color, dash = op
                c.setLineWidth(lw)
                c.setStrokeColorRGB(*color)
                c.setDash(2, 2) if dash else c.setDash()
                c.line(x1, doc.h - y1, x2, doc.h - y2)
                c.setDash()
            else:
                _, x, y, s, size, st, align, color, fam = op
                s = _sub(s, i, n)
                c.setFont(_rl_name(fam, st), size)
                c.setFillColorRGB(*color)
                yy = doc.h - y
                if align == "r":
                    c.drawRightString(x, yy, s)
                elif align == "c":
                    c.drawCentredString(x, yy, s)
                else:
                    c.drawString(x, yy, s)
        c.showPage()
    c.save()


def render_fpdf(doc: Doc, path: Path) -> None:
    from fpdf import FPDF
    pdf = FPDF(unit="pt", format=(doc.w, doc.h))
    pdf.set_creation_date(FIXED_WHEN)
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    added = set()

    def setfont(fam, st, size):
        if fam in CORE:
            base = {"helv": "helvetica", "times": "times", "courier": "courier"}[fam]
            pdf.set_font(base, {"R": "", "B": "B", "I": "I"}[st], size)
        else:
            key = f"h28{fam}"
            if (key, st) not in added:
                pdf.add_font(key, {"R": "", "B": "B", "I": "I"}[st], str(TTF / FAMILIES[fam][STYLES.index(st)]))
                added.add((key, st))
            pdf.set_font(key, {"R": "", "B": "B", "I": "I"}[st], size)

    n = len(doc.pages)
    for i, ops in enumerate(doc.pages, 1):
        pdf.add_page()
        for op in ops:
            if op[0] == "r":
                _, x, y, w, h, fill, stroke, lw = op
                pdf.set_line_width(lw)
                style = ""
                if fill:
                    pdf.set_fill_color(*[int(v * 255) for v in fill])
                    style += "F"
                if stroke:
                    pdf.set_draw_color(*[int(v * 255) for v in stroke])
                    style = "DF" if fill else "D"
                pdf.rect(x, y, w, h, style=style)
            elif op[0] == "l":
                _, x1, y1, x2, y2, lw, color, dash = op
                pdf.set_line_width(lw)
                pdf.set_draw_color(*[int(v * 255) for v in color])
                if dash:
                    pdf.set_dash_pattern(2, 2)
                pdf.line(x1, y1, x2, y2)
                if dash:
                    pdf.set_dash_pattern()
            else:
                _, x, y, s, size, st, align, color, fam = op
                s = _sub(s, i, n)
                setfont(fam, st, size)
                pdf.set_text_color(*[int(v * 255) for v in color])
                w = width(s, fam, st, size)
                xx = x - w if align == "r" else (x - w / 2 if align == "c" else x)
                pdf.text(xx, y, s)
    pdf.output(str(path))


# ------------------------------------------------------------------------------------------------ table flow

@dataclass
class Col:
    head: str  # may contain "\n" for stacked headings
    w: float
    align: str = "l"


class Table:
    """Columns laid left to right from x0; draws header and rows, wraps cells, reports each row's band."""

    def __init__(self, doc: Doc, x0: float, cols: list[Col], size=7.0, lead=None, pad=2.0, head_size=None,
                 head_st="B", grid=False, head_fill=None, head_color=(0, 0, 0), rule=True):
        self.d, self.x0, self.cols, self.size = doc, x0, cols, size
        self.lead = lead or size * 1.25
        self.pad, self.grid, self.head_fill, self.head_color = pad, grid, head_fill, head_color
        self.head_size = head_size or size
        self.head_st, self.rule = head_st, rule
        self.xs = []
        x = x0
        for c in cols:
            self.xs.append(x)
            x += c.w
        self.x1 = x

    def header_height(self) -> float:
        n = max(len(c.head.split("\n")) for c in self.cols)
        return n * self.head_size * 1.2 + 2 * self.pad

    def header(self, y: float) -> float:
        d = self.d
        h = self.header_height()
        if self.head_fill:
            d.rect(self.x0, y, self.x1 - self.x0, h, fill=self.head_fill, stroke=None)
        n = max(len(c.head.split("\n")) for c in self.cols)
        for c, x in zip(self.cols, self.xs):
            parts = c.head.split("\n")
            for k, p in enumerate(parts):
                yy = y + self.pad + (n - len(parts) + k + 1) * self.head_size * 1.2 - self.head_size * 0.25
                self._cell_text(x, c, yy, p, self.head_size, self.head_st, self.head_color)
        if self.grid:
            self._grid(y, h)
        elif self.rule:
            d.line(self.x0, y + h, self.x1, y + h, lw=0.7)
        return y + h

    def _cell_text(self, x, c, yy, s, size, st, color=(0, 0, 0)):
        if c.align == "r":
            self.d.text(x + c.w - self.pad, yy, s, size, st, "r", color)
        elif c.align == "c":
            self.d.text(x + c.w / 2, yy, s, size, st, "c", color)
        else:
            self.d.text(x + self.pad, yy, s, size, st, "l", color)

    def _grid(self, y, h):
        self.d.rect(self.x0, y, self.x1 - self.x0, h, stroke=(0.3, 0.3, 0.3), lw=0.4)
        for x in self.xs[1:]:
            self.d.line(x, y, x, y + h, lw=0.4, color=(0.3, 0.3, 0.3))

    def lines_of(self, cells) -> list[list[str]]:
        out = []
        for c, v in zip(self.cols, cells):
            if isinstance(v, list):
                out.append([str(t) for t in v])
            elif v is None or v == "":
                out.append([])
            elif c.align == "l":
                out.append(wrap(str(v), c.w - 2 * self.pad, self.d.fam, "R", self.size))
            else:
                out.append([str(v)])
        return out

    def row_height(self, cells) -> float:
        n = max([len(x) for x in self.lines_of(cells)] + [1])
        return n * self.lead + 2 * self.pad

    def row(self, y, cells, st="R", fill=None, color=(0, 0, 0), under=None) -> float:
        """Draw one row at top y; returns the bottom y."""
        ls = self.lines_of(cells)
        h = self.row_height(cells)
        if fill:
            self.d.rect(self.x0, y, self.x1 - self.x0, h, fill=fill, stroke=None)
        for c, x, parts in zip(self.cols, self.xs, ls):
            for k, p in enumerate(parts):
                self._cell_text(x, c, y + self.pad + (k + 1) * self.lead - self.size * 0.28, p, self.size, st, color)
        if self.grid:
            self._grid(y, h)
        elif under:
            self.d.line(self.x0, y + h, self.x1, y + h, lw=0.3, color=under)
        return y + h


# ------------------------------------------------------------------------------------------------ truth

@dataclass
class Fmt:
    """How a layout prints values, used by the check to look for truth values inside a row's band."""
    money: object
    date: object
    units: object = None  # Decimal -> str
    code: object = None  # (code, mods) -> list of tokens that must appear
    adj: object = None  # (group, reason, amount-str) -> list of tokens
    remark: object = None


class Collector:
    def __init__(self, name: str, producer: str, description: str, fmt: Fmt, *, adj_complete=False,
                 member_parts=False, allowed_parts=False):
        self.name, self.producer, self.description, self.fmt = name, producer, description, fmt
        self.lines: list[dict] = []
        self.bands: list[tuple] = []
        self.claims: list[dict] = []
        self.legend: list = []
        self.findings: list[str] = []
        self.total_bands: list[tuple] = []
        self.adj_complete, self.member_parts, self.allowed_parts = adj_complete, member_parts, allowed_parts

    def line(self, page, band, s, *, claim_id, payer_claim_id, patient, printed, units=True, end=None,
             adjustments=None, remarks=None, overrides=None, modifiers=True):
        row = {
            "page": page, "claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
            "service_date": s.dos.isoformat(), "service_end": end.isoformat() if end else None,
            "code": s.code, "modifiers": list(s.mods) if modifiers else [],
            "units": units_str(s.units) if units else None,
        }
        attr = {"patient_owes": "owes"}
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
                  "discount"):
            row[k] = amt(getattr(s, attr.get(k, k))) if k in printed else None
        row["adjustments"] = [[g, r, amt(a) if a is not None else None] for g, r, a in (adjustments or [])]
        row["remarks"] = list(remarks or [])
        row["description"] = None
        if overrides:
            row.update(overrides)
        self.lines.append(row)
        self.bands.append((page, band[0], band[1]))
        return row

    def claim(self, claim_id, payer_claim_id, patient, totals=None, band=None):
        tot = {"billed": None, "allowed": None, "paid": None, "patient_owes": None}
        for k, v in (totals or {}).items():
            tot[k] = amt(v) if v is not None else None
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": tot})
        self.total_bands.append(band)

    def write(self, pdf: Path, pages: int) -> None:
        write_truth(pdf, self.name, self.producer, pages, self.description, self.lines, self.claims, self.legend,
                    self.findings)


# ------------------------------------------------------------------------------------------------ check

def _has(text: str, tok: str) -> bool:
    return re.search(r"(?<![0-9A-Za-z])" + re.escape(tok) + r"(?![0-9A-Za-z])", text) is not None


def check(pdf: Path, col: Collector) -> list[str]:
    import json

    import pdfplumber
    errs: list[str] = []
    truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
    f = col.fmt
    with pdfplumber.open(pdf) as p:
        if len(p.pages) != truth["pages"]:
            errs.append(f"page count {len(p.pages)} != {truth['pages']}")
        texts = [(pg.extract_text() or "") for pg in p.pages]
        for i, t in enumerate(texts, 1):
            m = re.findall(r"Page (\d+) of (\d+)", t)
            for a, b in m:
                if int(a) != i or int(b) != len(p.pages):
                    errs.append(f"p{i}: printed 'Page {a} of {b}'")
        whole = " ".join(re.sub(r"\s+", " ", t) for t in texts)

        def band_text(page, y0, y1):
            pg = p.pages[page - 1]
            words = pg.crop((0, max(0, y0 - 0.5), pg.width, min(pg.height, y1 + 0.5))).extract_words(
                keep_blank_chars=False, use_text_flow=False)
            return " ".join(w["text"] for w in words)

        for row, (page, y0, y1) in zip(truth["lines"], col.bands):
            bt = band_text(page, y0, y1)
            where = f"line p{page} {row['code']} {row['service_date']}"
            toks = []
            toks += f.code(row["code"], row["modifiers"])
            toks.append(f.date(date.fromisoformat(row["service_date"])))
            if row["service_end"]:
                toks.append(f.date(date.fromisoformat(row["service_end"])))
            if row["units"] is not None:
                toks.append(f.units(Decimal(row["units"])))
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if row[k] is not None:
                    toks.append(f.money(Decimal(row[k])))
            for g, r, a in row["adjustments"]:
                toks += f.adj(g, r, a)
            for r in row["remarks"]:
                toks.append(f.remark(r) if f.remark else r)
            for t in toks:
                if not _has(bt, t):
                    errs.append(f"{where}: {t!r} not in its band [{bt}]")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if row[k] is not None and row[k] not in whole:
                    errs.append(f"{where}: {k} {row[k]!r} not in document")
            # arithmetic
            D = lambda k: Decimal(row[k]) if row[k] is not None else Decimal("0")  # noqa: E731, B023
            if col.adj_complete and row["billed"] is not None and row["paid"] is not None:
                adj = sum((Decimal(a) for _, _, a in row["adjustments"]), Decimal("0"))
                if D("billed") - adj != D("paid"):
                    errs.append(f"{where}: billed - adjustments {D('billed') - adj} != paid {row['paid']}")
            if col.member_parts and row["allowed"] is not None and row["paid"] is not None:
                if D("allowed") - D("deductible") - D("copay") - D("coinsurance") != D("paid"):
                    errs.append(f"{where}: allowed - patient parts != paid")
            if col.allowed_parts and row["billed"] is not None and row["allowed"] is not None:
                if D("billed") - D("discount") - D("not_covered") != D("allowed"):
                    errs.append(f"{where}: billed - discount - not covered != allowed")
        keys = set()
        for c, band in zip(truth["claims"], col.total_bands):
            k = (c["claim_id"], c["payer_claim_id"])
            if k in keys:
                errs.append(f"claim {k} not unique")
            keys.add(k)
            mine = [r for r in truth["lines"] if (r["claim_id"], r["payer_claim_id"]) == k]
            if not mine:
                errs.append(f"claim {k} has no lines")
            for r in mine:
                if r["patient"] != c["patient"]:
                    errs.append(f"claim {k}: patient differs on a line")
            for fld, v in c["totals"].items():
                if v is None:
                    continue
                s = sum((Decimal(r[fld]) for r in mine if r[fld] is not None), Decimal("0"))
                planted = [x for x in truth["expected_findings"] if str(k[1]) in x or str(k[0]) in x]
                if band is not None and not _has(band_text(*band), f.money(Decimal(v))):
                    errs.append(f"claim {k}: total {fld} {v} not in its totals band")
                if s != Decimal(v):
                    if not planted or f"{Decimal(v):.2f}" not in planted[0] or f"{s:.2f}" not in planted[0]:
                        errs.append(f"claim {k}: {fld} total {v} != lines {s} (not declared)")
        for fnd in truth["expected_findings"]:
            if not any(fnd.find(str(c["payer_claim_id"])) >= 0 or fnd.find(str(c["claim_id"])) >= 0
                       for c in truth["claims"]):
                errs.append(f"finding names no claim: {fnd}")
        for code, _ in truth["legend"]:
            if not _has(whole, code):
                errs.append(f"legend code {code} not printed")
    return errs


def continued_claims(col: Collector) -> bool:
    pages: dict = {}
    for r in col.lines:
        pages.setdefault((r["claim_id"], r["payer_claim_id"]), set()).add(r["page"])
    return any(len(v) > 1 for v in pages.values())
