"""Helper for bench/heldout80: one small drawing API over reportlab and fpdf2, a table flow that pages
claims (optionally repeating the claim heading and column header), and the --check self-test."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Callable

FONTDIR = Path("/usr/share/fonts/truetype")
TTF = {
    "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "dejavucond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "dejavuserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "dejavuserifcond": ("dejavu/DejaVuSerifCondensed.ttf", "dejavu/DejaVuSerifCondensed-Bold.ttf"),
    "dejavumono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
    "libsans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "libnarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "libserif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "libmono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
}
RL_CORE = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
           "cour": ("Courier", "Courier-Bold")}
FP_CORE = {"helv": "helvetica", "times": "times", "cour": "courier"}


class Canvas:
    """Top-left origin, points. producer: 'reportlab' or 'fpdf2'."""

    def __init__(self, producer: str, path: Path, landscape: bool, font: str, when):
        self.producer, self.path, self.font = producer, path, font
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages = 0
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            for key in {font, "dejavu"}:
                if key in TTF and f"{key}-R" not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(f"{key}-R", str(FONTDIR / TTF[key][0])))
                    pdfmetrics.registerFont(TTFont(f"{key}-B", str(FONTDIR / TTF[key][1])))
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle("Document")
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(when)
            import fpdf as _f
            self.c.set_producer(f"fpdf2 {_f.__version__}")
            self.c.set_auto_page_break(False)
            self.c.set_margins(0, 0, 0)
            if font in TTF:
                self.c.add_font(font, "", str(FONTDIR / TTF[font][0]))
                self.c.add_font(font, "B", str(FONTDIR / TTF[font][1]))

    def _rlname(self, bold: bool) -> str:
        if self.font in RL_CORE:
            return RL_CORE[self.font][1 if bold else 0]
        return f"{self.font}-{'B' if bold else 'R'}"

    def _fpset(self, size: float, bold: bool) -> None:
        self.c.set_font(FP_CORE.get(self.font, self.font), "B" if bold else "", size)

    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.pages:
                self.c.showPage()
        else:
            self.c.add_page()
        self.pages += 1

    def width(self, s: str, size: float, bold: bool = False) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self._rlname(bold), size)
        self._fpset(size, bold)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, size: float = 8, bold: bool = False, align: str = "l") -> None:
        """y is the baseline from the top."""
        if not s:
            return
        w = self.width(s, size, bold)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFont(self._rlname(bold), size)
            self.c.drawString(x, self.H - y, s)
        else:
            self._fpset(size, bold)
            self.c.text(x, y, s)

    def line(self, x1, y1, x2, y2, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, fill: float | None = None, stroke: bool = True) -> None:
        if self.producer == "reportlab":
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.setLineWidth(0.5)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
            self.c.set_line_width(0.5)
            style = ("F" if not stroke else "DF") if fill is not None else "D"
            self.c.rect(x, y, w, h, style=style)
            self.c.set_fill_color(0, 0, 0)

    def wrap(self, s: str, w: float, size: float, bold: bool = False) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            t = f"{cur} {word}".strip()
            if cur and self.width(t, size, bold) > w:
                out.append(cur)
                cur = word
            else:
                cur = t
        if cur:
            out.append(cur)
        return out or [""]

    def save(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))


@dataclass
class Col:
    title: str            # "\n" separates header lines
    w: float
    align: str = "l"      # l / r / c
    get: Callable = lambda s: ""
    wrap: bool = False


@dataclass
class Table:
    cv: Canvas
    x0: float
    cols: list[Col]
    size: float
    lead: float
    top: float
    bottom: float
    furniture: Callable          # furniture(cv, pageno) -> y where body starts
    footer: Callable | None = None
    head_rule: str = "rule"      # rule / box / shade / none
    grid: bool = False
    y: float = 0.0
    page: int = 0
    header_drawn_on: int = -1

    def start(self) -> None:
        self.cv.new_page()
        self.page = self.cv.pages
        self.y = self.furniture(self.cv, self.page)

    def break_page(self) -> None:
        if self.footer:
            self.footer(self.cv, self.page, last=False)
        self.start()

    def room(self, h: float) -> bool:
        return self.y + h <= self.bottom

    def xs(self) -> list[float]:
        out, x = [], self.x0
        for c in self.cols:
            out.append(x)
            x += c.w
        return out

    def header(self) -> None:
        lines = max(len(c.title.split("\n")) for c in self.cols)
        h = lines * (self.size + 1.5) + 4
        tw = sum(c.w for c in self.cols)
        if self.head_rule == "shade":
            self.cv.rect(self.x0, self.y, tw, h, fill=0.85, stroke=False)
        elif self.head_rule == "box":
            self.cv.rect(self.x0, self.y, tw, h)
        for x, c in zip(self.xs(), self.cols):
            parts = c.title.split("\n")
            for i, p in enumerate(parts):
                yy = self.y + (lines - len(parts) + i + 1) * (self.size + 1.5)
                self._cell(x, yy, c, p, bold=True)
        self.y += h
        if self.head_rule in ("rule", "shade"):
            self.cv.line(self.x0, self.y - 1, self.x0 + tw, self.y - 1, 0.7)
        self.y += 2

    def _cell(self, x, yy, c: Col, s: str, bold=False, size=None):
        size = size or self.size
        if c.align == "r":
            self.cv.text(x + c.w - 2, yy, s, size, bold, "r")
        elif c.align == "c":
            self.cv.text(x + c.w / 2, yy, s, size, bold, "c")
        else:
            self.cv.text(x + 2, yy, s, size, bold)

    def row_lines(self, obj) -> list[list[str]]:
        cells = []
        for c in self.cols:
            v = c.get(obj)
            if isinstance(v, list):
                cells.append(v)
            elif c.wrap:
                cells.append(self.cv.wrap(v, c.w - 9, self.size))
            else:
                cells.append([v])
        return cells

    def row(self, obj, bold=False) -> int:
        """Draws one row (caller checks room first). Returns the page it landed on."""
        cells = self.row_lines(obj)
        n = max(len(x) for x in cells)
        for x, c, parts in zip(self.xs(), self.cols, cells):
            for i, p in enumerate(parts):
                self._cell(x, self.y + self.lead * (i + 1) - 2, c, p, bold=bold)
        self.y += n * self.lead + 1
        if self.grid:
            self.cv.line(self.x0, self.y, self.x0 + sum(c.w for c in self.cols), self.y, 0.3)
        return self.page

    def row_height(self, obj) -> float:
        return max(len(x) for x in self.row_lines(obj)) * self.lead + 1


# ----------------------------------------------------------------------------------------------- check

def _fmt_amounts(a: str) -> list[str]:
    d = abs(Decimal(a))
    return [f"{d:,.2f}", f"{d:.2f}"]


def _dates(iso: str) -> list[str]:
    y, m, d = (int(x) for x in iso.split("-"))
    import datetime as _dt
    t = _dt.date(y, m, d)
    return [t.strftime("%m/%d/%y"), t.strftime("%m/%d/%Y"), f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}",
            f"{t:%b} {d}, {y}", f"{t:%B} {d}, {y}", t.strftime("%m-%d-%Y"), t.strftime("%m-%d-%y"),
            t.strftime("%d-%b-%Y").upper(), t.strftime("%m%d%y"), t.strftime("%Y-%m-%d"), f"{t:%b} {d:02d}",
            f"{t:%b} {d}", t.strftime("%d %b %Y"), f"{d} {t:%b} {y}"]


def _lines_of(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
        for r in rows:
            if abs(r[0] - w["bottom"]) <= 2.0:
                r[1].append(w)
                break
        else:
            rows.append([w["bottom"], [w]])
    rows.sort(key=lambda r: r[0])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def _units_ok(u: str, line: str) -> bool:
    pat = r"(?<![\d.,$])" + re.escape(u) + r"(\.0+)?(?![\d.,])"
    return re.search(pat, line) is not None


def check_folder(out: Path, min_split_files: int = 3) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    split_files = 0
    truths = sorted(out.glob("*.pdf.truth.json"))
    if len(truths) < 10:
        errs.append(f"only {len(truths)} truth files")
    producers = set()
    for tp in truths:
        t = json.loads(tp.read_text())
        pdf = Path(str(tp)[: -len(".truth.json")])
        name = pdf.name
        with pdfplumber.open(pdf) as doc:
            prod = (doc.metadata.get("Producer") or "").lower()
            producers.add("reportlab" if "reportlab" in prod else "fpdf" if "fpdf" in prod else prod)
            if t["producer"].split()[0] not in prod.replace("fpdf2", "fpdf2 fpdf"):
                errs.append(f"{name}: producer metadata {prod!r} vs truth {t['producer']!r}")
            if len(doc.pages) != t["pages"]:
                errs.append(f"{name}: {len(doc.pages)} pages, truth says {t['pages']}")
            plines = [_lines_of(p) for p in doc.pages]
        alltext = re.sub(r"\s+", " ", "\n".join("\n".join(x) for x in plines))
        claim_pages: dict = {}
        for i, ln in enumerate(t["lines"]):
            tag = f"{name} line {i} {ln['code']} {ln['service_date']}"
            pg = plines[ln["page"] - 1]
            claim_pages.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
            need_amts = [ln[k] for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                         "coinsurance", "not_covered", "discount") if ln[k] is not None]
            cands = []
            for j, text in enumerate(pg):
                if ln["code"] and ln["code"] not in text:
                    continue
                if not all(any(f in text for f in _fmt_amounts(a)) for a in need_amts):
                    continue
                if ln["units"] is not None and not _units_ok(ln["units"], text):
                    continue
                if not all(m in text for m in ln["modifiers"]):
                    continue
                cands.append(j)
            if not cands:
                errs.append(f"{tag}: no text row carries code+mods+units+amounts")
                continue
            ok_date = any(any(ds in pg[k] for ds in _dates(ln["service_date"]))
                          for j in cands for k in range(max(0, j - 12), j + 1))
            if not ok_date:
                errs.append(f"{tag}: date not on the row nor the claim heading above it")
            if ln["service_end"] and not any(ds in "\n".join(pg) for ds in _dates(ln["service_end"])):
                errs.append(f"{tag}: service_end not on page")
            for g, r, a in ln["adjustments"]:
                found = False
                for j in cands:
                    blk = " ".join(pg[j:j + 4])
                    if re.search(rf"{g}\s*-?\s*{r}\b", blk) and (a is None or any(f in blk for f in _fmt_amounts(a))):
                        found = True
                if not found:
                    errs.append(f"{tag}: adjustment {g}-{r} {a} not on/under the row")
            for rm in ln["remarks"]:
                if not any(re.search(rf"(?<![A-Z0-9]){re.escape(rm)}(?![A-Z0-9])", " ".join(pg[j:j + 4]))
                           for j in cands):
                    errs.append(f"{tag}: remark {rm} not on/under the row")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in alltext:
                    errs.append(f"{tag}: {k} {ln[k]!r} not in document text")
            if ln["adjustments"] and ln["billed"] is not None and ln["paid"] is not None:
                s = sum(Decimal(a) for _, _, a in ln["adjustments"] if a is not None)
                if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                    errs.append(f"{tag}: billed - adjustments != paid")
        split_files += any(len(v) > 1 for v in claim_pages.values())
        for c in t["claims"]:
            key = (c["claim_id"], c["payer_claim_id"], c["patient"])
            mine = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) == key]
            if not mine:
                errs.append(f"{name}: claim {key} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if not any(f in alltext for f in _fmt_amounts(v)):
                    errs.append(f"{name}: claim {key} total {k} {v} not printed")
                s = sum(Decimal(ln[k]) for ln in mine if ln[k] is not None)
                planted = any((str(c["payer_claim_id"]) in f or str(c["claim_id"]) in f) and f" {k} " in f
                              for f in t["expected_findings"])
                if (s != Decimal(v)) != planted:
                    errs.append(f"{name}: claim {key} {k} total {v} vs lines {s} (planted={planted})")
    if split_files < min_split_files:
        errs.append(f"only {split_files} files carry a claim continued across pages")
    if len(producers) < 2:
        errs.append(f"producers {producers}")
    return errs
