"""Drawing, truth collecting and self-checking helpers for bench/heldout17/make_heldout17_pdfs.py.

One top-left-origin drawing API (points) over reportlab and fpdf2, a small ruled-table helper, a truth collector that
keeps the vertical band of every printed service, and the --check that reads the PDFs back with pdfplumber.
"""

from __future__ import annotations

import re
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))

from eobgen import FIXED_WHEN, ZERO, dfmt, money, q, units_str, write_truth  # noqa: E402

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
DV = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    "libsans": {"R": LB + "LiberationSans-Regular.ttf", "B": LB + "LiberationSans-Bold.ttf",
                "I": LB + "LiberationSans-Italic.ttf"},
    "libnarrow": {"R": LB + "LiberationSansNarrow-Regular.ttf", "B": LB + "LiberationSansNarrow-Bold.ttf",
                  "I": LB + "LiberationSansNarrow-Italic.ttf"},
    "libserif": {"R": LB + "LiberationSerif-Regular.ttf", "B": LB + "LiberationSerif-Bold.ttf",
                 "I": LB + "LiberationSerif-Italic.ttf"},
    "dvsans": {"R": DV + "DejaVuSans.ttf", "B": DV + "DejaVuSans-Bold.ttf", "I": DV + "DejaVuSans-Oblique.ttf"},
    "dvcond": {"R": DV + "DejaVuSansCondensed.ttf", "B": DV + "DejaVuSansCondensed-Bold.ttf",
               "I": DV + "DejaVuSansCondensed-Oblique.ttf"},
    "dvserif": {"R": DV + "DejaVuSerif.ttf", "B": DV + "DejaVuSerif-Bold.ttf", "I": DV + "DejaVuSerif-Italic.ttf"},
    "dvmono": {"R": DV + "DejaVuSansMono.ttf", "B": DV + "DejaVuSansMono-Bold.ttf",
               "I": DV + "DejaVuSansMono-Oblique.ttf"},
}
CORE_RL = {"helvetica": {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique"},
           "times": {"R": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic"},
           "courier": {"R": "Courier", "B": "Courier-Bold", "I": "Courier-Oblique"}}


def have_ttf(family: str) -> bool:
    return family in FONTS and all(Path(p).exists() for p in FONTS[family].values())


class Canvas:
    """Top-left origin, points. family: a key of FONTS (TrueType) or of CORE_RL (PDF core font)."""

    def __init__(self, producer: str, path: Path, size=LETTER, family: str = "helvetica", fallback="helvetica"):
        self.producer, self.path, (self.W, self.H) = producer, Path(path), size
        if family in FONTS and not have_ttf(family):
            family = fallback
        self.family = family
        self.pages = 0
        self._font = ("R", 8.0)
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            if family in FONTS:
                self.names = {}
                for st, p in FONTS[family].items():
                    nm = f"{family}-{st}"
                    try:
                        pdfmetrics.getFont(nm)
                    except KeyError:
                        pdfmetrics.registerFont(TTFont(nm, p))
                    self.names[st] = nm
            else:
                self.names = CORE_RL[family]
            self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
            self.c.setTitle(self.path.stem)
            self.c.setAuthor("invented")
        else:
            from fpdf import FPDF
            self.c = FPDF(unit="pt", format=size)
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_auto_page_break(False)
            self.c.set_margins(0, 0, 0)
            if family in FONTS:
                for st, p in FONTS[family].items():
                    self.c.add_font("fam", "" if st == "R" else st, p)
                self.fname = "fam"
            else:
                self.fname = family
            self.c.set_title(self.path.stem)
            self.c.set_author("invented")

    # -- pages
    def page(self) -> None:
        if self.producer == "reportlab":
            if self.pages:
                self.c.showPage()
        else:
            self.c.add_page()
        self.pages += 1

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.pages

    # -- text
    def font(self, st: str = "R", size: float = 8.0) -> None:
        self._font = (st, size)
        if self.producer == "reportlab":
            self.c.setFont(self.names[st], size)
        else:
            self.c.set_font(self.fname, "" if st == "R" else st, size)

    def width(self, s: str, st: str | None = None, size: float | None = None) -> float:
        st = st or self._font[0]
        size = size or self._font[1]
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self.names[st], size)
        old = self._font
        self.font(st, size)
        w = self.c.get_string_width(s)
        self.font(*old)
        return w

    def text(self, x: float, y: float, s: str, st: str | None = None, size: float | None = None,
             align: str = "l", gray: float = 0.0) -> None:
        """y is the BASELINE measured from the top of the page."""
        if st or size:
            self.font(st or self._font[0], size or self._font[1])
        w = self.width(s)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            g = int(gray * 255)
            self.c.set_text_color(g, g, g)
            self.c.text(x, y, s)
            self.c.set_text_color(0, 0, 0)

    def wrap(self, s: str, w: float, st: str | None = None, size: float | None = None) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if cur and self.width(t, st, size) > w:
                out.append(cur)
                cur = word
            else:
                cur = t
        if cur:
            out.append(cur)
        return out or [""]

    # -- shapes
    def rect(self, x, y, w, h, fill: float | None = None, stroke: bool = True, lw: float = 0.5,
             rgb: tuple | None = None) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if rgb:
                self.c.setFillColorRGB(*rgb)
            elif fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if (fill is not None or rgb) else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            if rgb:
                self.c.set_fill_color(*[int(v * 255) for v in rgb])
            elif fill is not None:
                self.c.set_fill_color(int(fill * 255))
            style = ("DF" if stroke else "F") if (fill is not None or rgb) else "D"
            self.c.rect(x, y, w, h, style=style)

    def line(self, x1, y1, x2, y2, lw: float = 0.5, dash: bool = False, gray: float = 0.0) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.setStrokeGray(gray)
            if dash:
                self.c.setDash(2, 2)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
            self.c.setDash()
            self.c.setStrokeGray(0)
        else:
            self.c.set_line_width(lw)
            g = int(gray * 255)
            self.c.set_draw_color(g, g, g)
            if dash:
                self.c.set_dash_pattern(2, 2)
            self.c.line(x1, y1, x2, y2)
            self.c.set_dash_pattern()
            self.c.set_draw_color(0, 0, 0)


class Table:
    """Columns: list of (key, label with '\\n' for stacked lines, width, align)."""

    def __init__(self, cv: Canvas, x: float, cols: list, size: float = 7.0, lead: float | None = None,
                 pad: float = 2.0, head_fill: float | None = 0.88, head_font: str = "B", grid: bool = False,
                 rule: bool = True, head_rgb: tuple | None = None, head_gray: float = 0.0):
        self.cv, self.x, self.cols, self.size = cv, x, cols, size
        self.lead = lead or size * 1.2
        self.pad, self.head_fill, self.head_font, self.grid, self.rule = pad, head_fill, head_font, grid, rule
        self.head_rgb, self.head_gray = head_rgb, head_gray
        self.w = sum(c[2] for c in cols)

    def _cell_x(self, i: int, align: str) -> float:
        x0 = self.x + sum(c[2] for c in self.cols[:i])
        w = self.cols[i][2]
        return {"l": x0 + 2, "r": x0 + w - 2, "c": x0 + w / 2}[align]

    def header(self, y: float) -> float:
        n = max(len(c[1].split("\n")) for c in self.cols)
        h = n * self.lead + 2 * self.pad
        cv = self.cv
        if self.head_fill is not None or self.head_rgb:
            cv.rect(self.x, y, self.w, h, fill=self.head_fill, stroke=self.grid, rgb=self.head_rgb)
        for i, (_, label, _, al) in enumerate(self.cols):
            parts = label.split("\n")
            off = n - len(parts)  # bottom-align stacked labels
            for j, p in enumerate(parts):
                cv.text(self._cell_x(i, al), y + self.pad + (off + j) * self.lead + self.size * 0.85, p,
                        self.head_font, self.size, al, gray=self.head_gray)
        if self.grid:
            self._vlines(y, h)
        elif self.rule:
            cv.line(self.x, y + h, self.x + self.w, y + h, 0.8)
        return y + h

    def _vlines(self, y, h):
        x = self.x
        for c in self.cols:
            self.cv.line(x, y, x, y + h, 0.4)
            x += c[2]
        self.cv.line(x, y, x, y + h, 0.4)

    def height(self, vals: dict) -> float:
        n = max((len(v) if isinstance(v, list) else 1) for v in vals.values()) if vals else 1
        return n * self.lead + 2 * self.pad

    def row(self, y: float, vals: dict, st: str = "R", fill: float | None = None, rule: bool | None = None,
            size: float | None = None, sub_gray: float = 0.0) -> tuple[float, float]:
        size = size or self.size
        h = self.height(vals)
        cv = self.cv
        if fill is not None:
            cv.rect(self.x, y, self.w, h, fill=fill, stroke=False)
        for i, (key, _, _, al) in enumerate(self.cols):
            v = vals.get(key)
            if v is None:
                continue
            parts = v if isinstance(v, list) else [v]
            for j, p in enumerate(parts):
                cv.text(self._cell_x(i, al), y + self.pad + j * self.lead + size * 0.85, p, st, size, al,
                        gray=sub_gray if j else 0.0)
        if self.grid:
            self._vlines(y, h)
            cv.line(self.x, y + h, self.x + self.w, y + h, 0.4)
        elif rule if rule is not None else self.rule:
            cv.line(self.x, y + h, self.x + self.w, y + h, 0.3, gray=0.55)
        return y, y + h


# ------------------------------------------------------------------------------------------------- truth

class Book:
    """Collects the truth of one PDF and, for --check, where each line is printed and how values are written."""

    def __init__(self, name: str, producer: str, description: str, fmt: dict):
        self.name, self.producer, self.description, self.fmt = name, producer, description, fmt
        self.lines: list[dict] = []
        self.bands: list[tuple] = []
        self.claims: list[dict] = []
        self.legend: list = []
        self.findings: list[str] = []
        self.pages = 0
        self.checks: set[str] = set()

    def add(self, page: int, band: tuple[float, float], row: dict, xr: tuple[float, float] = (0.0, 1e9)) -> None:
        self.lines.append(row)
        self.bands.append((page, band[0], band[1], xr[0], xr[1]))

    def write(self, out: Path) -> None:
        write_truth(out / f"{self.name}.pdf", self.name, self.producer, self.pages, self.description, self.lines,
                    self.claims, self.legend, self.findings)


def line_row(page, s, *, claim_id, payer_claim_id, patient, printed, units=True, service_end=None, adjustments=None,
             remarks=None, modifiers=True, overrides=None) -> dict:
    row = {"page": page, "claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
           "service_date": s.dos.isoformat(), "service_end": service_end.isoformat() if service_end else None,
           "code": s.code, "modifiers": list(s.mods) if modifiers else [],
           "units": units_str(s.units) if units else None}
    attr = {"patient_owes": "owes"}
    for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
              "discount"):
        row[k] = str(q(getattr(s, attr.get(k, k)))) if k in printed else None
    row["adjustments"] = [[g, c, (str(q(a)) if a is not None else None)] for g, c, a in (adjustments or [])]
    row["remarks"] = list(remarks or [])
    row["description"] = None
    if overrides:
        row.update(overrides)
    return row


# ------------------------------------------------------------------------------------------------- check

def _rx(needle: str, kind: str) -> re.Pattern:
    e = re.escape(needle)
    if kind == "num":
        return re.compile(r"(?<![\d.,])" + e + r"(?![\d])")
    if kind == "mod":
        return re.compile(r"(?<![A-Za-z])" + e + r"(?![A-Za-z0-9])")
    return re.compile(r"(?<![A-Za-z0-9])" + e + r"(?![0-9])")


def _band_text(page, y0: float, y1: float, x0: float = 0.0, x1: float = 1e9) -> str:
    words = [w for w in page.extract_words(keep_blank_chars=False, x_tolerance=1.5)
             if y0 - 0.5 <= w["top"] <= y1 and x0 - 0.5 <= w["x0"] and w["x1"] <= x1 + 0.5]
    words.sort(key=lambda w: (round(w["top"]), w["x0"]))
    lines: list[list] = []
    for w in words:
        if lines and abs(lines[-1][0]["top"] - w["top"]) < 2.0:
            lines[-1].append(w)
        else:
            lines.append([w])
    return "\n".join(" ".join(x["text"] for x in sorted(ln, key=lambda w: w["x0"])) for ln in lines)


def check_book(book: Book, out: Path) -> list[str]:
    import json

    import pdfplumber
    errs: list[str] = []
    pdf_path = out / f"{book.name}.pdf"
    data = json.loads((out / f"{book.name}.pdf.truth.json").read_text(encoding="utf-8"))
    f = book.fmt
    mfmt = lambda v: money(Decimal(v), f.get("money", ","), f.get("neg", "-"))  # noqa: E731
    with pdfplumber.open(pdf_path) as pdf:
        if len(pdf.pages) != data["pages"]:
            errs.append(f"page count {len(pdf.pages)} != {data['pages']}")
        texts = [p.extract_text() or "" for p in pdf.pages]
        doc = re.sub(r"\s+", " ", " ".join(texts))
        for i, t in enumerate(texts, 1):
            for m in re.finditer(r"Page (\d+) of (\d+)", t, re.I):
                if int(m.group(1)) != i or int(m.group(2)) != len(pdf.pages):
                    errs.append(f"footer '{m.group(0)}' on page {i}")
        for row, (pg, y0, y1, x0, x1) in zip(data["lines"], book.bands):
            tag = f"{row['code']} {row['service_date']} {row['payer_claim_id']}"
            if row["page"] != pg:
                errs.append(f"{tag}: page {row['page']} != drawn {pg}")
            band = _band_text(pdf.pages[pg - 1], y0, y1, x0, x1)
            flat = band.replace("\n", " ")
            needles = [(row["code"], "code")] + [(m, "mod") for m in row["modifiers"]]
            if row["units"] is not None:
                needles.append((f["units"](Decimal(row["units"])), "num"))
            needles.append((dfmt(__import__("datetime").date.fromisoformat(row["service_date"]), f["date"]), "num"))
            if row["service_end"]:
                needles.append((dfmt(__import__("datetime").date.fromisoformat(row["service_end"]), f["date"]), "num"))
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if row[k] is not None:
                    needles.append((mfmt(row[k]), "num"))
            for g, c, a in row["adjustments"]:
                for n in f["adj"](g, c, None if a is None else Decimal(a)):
                    needles.append((n, "num" if re.match(r"^[-($\d]", n) else "code"))
            for r in row["remarks"]:
                needles.append((r, "code"))
            for n, kind in needles:
                if not _rx(n, kind).search(flat):
                    errs.append(f"{tag}: '{n}' not in its band on page {pg}: {flat[:160]!r}")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if row[k] is not None and re.sub(r"\s+", " ", row[k]) not in doc:
                    errs.append(f"{tag}: {k} {row[k]!r} not in the document")
            # arithmetic
            D = lambda k, r=row: Decimal(r[k]) if r[k] is not None else ZERO  # noqa: E731
            if "adj" in book.checks and row["adjustments"] and all(a[2] is not None for a in row["adjustments"]):
                s = sum((Decimal(a[2]) for a in row["adjustments"]), ZERO)
                if D("billed") - s != D("paid"):
                    errs.append(f"{tag}: billed - adjustments {D('billed') - s} != paid {D('paid')}")
            if "nc" in book.checks and row["allowed"] is not None:
                if D("billed") - D("discount") - D("not_covered") != D("allowed"):
                    errs.append(f"{tag}: billed - discount - not covered != allowed")
            if "share" in book.checks and row["allowed"] is not None and row["paid"] is not None:
                if D("allowed") - D("deductible") - D("copay") - D("coinsurance") != D("paid"):
                    errs.append(f"{tag}: allowed - patient share != paid")
            if "owes" in book.checks and row["patient_owes"] is not None:
                parts = D("deductible") + D("copay") + D("coinsurance")
                if D("patient_owes") != parts and D("patient_owes") != parts + D("not_covered"):
                    errs.append(f"{tag}: patient owes is not its parts")
        # claim totals
        for c in data["claims"]:
            mine = [r for r in data["lines"] if r["claim_id"] == c["claim_id"]
                    and r["payer_claim_id"] == c["payer_claim_id"] and r["patient"] == c["patient"]]
            if not mine:
                errs.append(f"claim {c['payer_claim_id']}: no lines")
            for k, v in (c.get("totals") or {}).items():
                if v is None:
                    continue
                vals = [r[k] for r in mine]
                if any(x is None for x in vals):
                    continue
                s = sum((Decimal(x) for x in vals), ZERO)
                planted = any(str(c["payer_claim_id"]) in e for e in data["expected_findings"])
                if s != Decimal(v) and not planted:
                    errs.append(f"claim {c['payer_claim_id']} {k}: total {v} != lines {s}")
                if planted and s == Decimal(v) and k == book.fmt.get("planted_field"):
                    errs.append(f"claim {c['payer_claim_id']}: planted mismatch does not differ")
                if mfmt(v) not in doc:
                    errs.append(f"claim {c['payer_claim_id']} {k}: printed total {mfmt(v)} not in the text")
    return [f"{book.name}: {e}" for e in errs]
