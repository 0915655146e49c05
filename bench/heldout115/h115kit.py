"""Drawing kit for set 115: one small page-drawing surface over two PDF producers (reportlab, fpdf2),
a flowing table writer that records each printed service row (page + the strings printed on it), and
the self-check used by make_heldout115_pdfs.py --check."""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
from eobgen import FIXED_WHEN  # noqa: E402

TTF = {
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-B": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-B": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LiberationSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LiberationMono-B": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-B": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerifCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf",
    "DejaVuSerifCondensed-B": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
}
CORE_RL = {"Helvetica": "Helvetica", "Helvetica-B": "Helvetica-Bold", "Courier": "Courier",
           "Courier-B": "Courier-Bold", "Times": "Times-Roman", "Times-B": "Times-Bold"}
CORE_FP = {"Helvetica": ("helvetica", ""), "Helvetica-B": ("helvetica", "B"), "Courier": ("courier", ""),
           "Courier-B": ("courier", "B"), "Times": ("times", ""), "Times-B": ("times", "B")}


class Surface:
    """Top-down point coordinates; text(x, y, ...) puts the text's top at y."""

    def __init__(self, producer: str, path: Path, w: float, h: float):
        self.producer, self.path, self.W, self.H = producer, path, w, h
        self.page = 0
        if producer == "reportlab":
            from reportlab.pdfgen import canvas
            self.c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
            self._reg: set = set()
        else:
            from fpdf import FPDF
            self.p = FPDF(unit="pt", format=(w, h))
            self.p.set_creation_date(FIXED_WHEN)
            self.p.set_auto_page_break(False)
            self._reg = set()
        self.new_page()

    def new_page(self):
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.p.add_page()
        self.page += 1

    def _font(self, font: str, size: float):
        if self.producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            if font in CORE_RL:
                name = CORE_RL[font]
            else:
                if font not in self._reg:
                    pdfmetrics.registerFont(TTFont(font, TTF[font]))
                    self._reg.add(font)
                name = font
            self.c.setFont(name, size)
            return name
        if font in CORE_FP:
            fam, st = CORE_FP[font]
            self.p.set_font(fam, st, size)
        else:
            if font not in self._reg:
                self.p.add_font(font.replace("-", "_"), "", TTF[font])
                self._reg.add(font)
            self.p.set_font(font.replace("-", "_"), "", size)
        return font

    def width(self, s: str, font: str, size: float) -> float:
        name = self._font(font, size)
        if self.producer == "reportlab":
            from reportlab.pdfbase.pdfmetrics import stringWidth
            return stringWidth(s, name, size)
        return self.p.get_string_width(s)

    def text(self, x: float, y: float, s: str, font: str, size: float, align: str = "l"):
        if not s:
            return
        wd = self.width(s, font, size)
        if align == "r":
            x -= wd
        elif align == "c":
            x -= wd / 2
        base = y + size * 0.8
        if self.producer == "reportlab":
            self.c.drawString(x, self.H - base, s)
        else:
            self.p.text(x, base, s)

    def hline(self, x1, x2, y, wgt=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(wgt)
            self.c.line(x1, self.H - y, x2, self.H - y)
        else:
            self.p.set_line_width(wgt)
            self.p.line(x1, y, x2, y)

    def vline(self, x, y1, y2, wgt=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(wgt)
            self.c.line(x, self.H - y1, x, self.H - y2)
        else:
            self.p.set_line_width(wgt)
            self.p.line(x, y1, x, y2)

    def rect(self, x, y, w, h, wgt=0.6, fill=None):
        if self.producer == "reportlab":
            self.c.setLineWidth(wgt)
            if fill is not None:
                self.c.setFillGray(fill)
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1)
                self.c.setFillGray(0)
            else:
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
        else:
            self.p.set_line_width(wgt)
            if fill is not None:
                g = int(fill * 255)
                self.p.set_fill_color(g, g, g)
                self.p.rect(x, y, w, h, style="DF")
                self.p.set_fill_color(255, 255, 255)
            else:
                self.p.rect(x, y, w, h)

    def finish(self):
        if self.producer == "reportlab":
            self.c.save()
        else:
            self.p.output(str(self.path))


class Col:
    def __init__(self, title: str, w: float, align: str = "l", key=None, wrap: int = 0):
        self.title, self.w, self.align, self.key, self.wrap = title, w, align, key, wrap


def wrap_text(s: str, n: int) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        if cur and len(cur) + 1 + len(word) > n:
            out.append(cur)
            cur = word
        else:
            cur = (cur + " " + word).strip()
    if cur:
        out.append(cur)
    return out or [""]


class Flow:
    """A table that flows down pages. ``furniture(surface, page)`` draws page furniture and returns the
    y where the body starts; ``bottom`` is the last usable y."""

    def __init__(self, sf: Surface, furniture, bottom: float, x0: float, cols: list[Col], font: str, size: float,
                 lead: float, head_font: str | None = None, repeat_header: bool = True, ruled: bool = False,
                 boxed_header: bool = False, header_fill=None):
        self.sf, self.furniture, self.bottom, self.x0 = sf, furniture, bottom, x0
        self.cols, self.font, self.size, self.lead = cols, font, size, lead
        self.hfont = head_font or font
        self.repeat_header, self.ruled, self.boxed_header, self.header_fill = (
            repeat_header, ruled, boxed_header, header_fill)
        self.rows: list = []  # (page, truth-index or None, [strings on the row's first text line])
        self.y = furniture(sf, 1)
        self.on_break = None  # callable(flow) run after a page break, before the column header

    @property
    def width(self):
        return sum(c.w for c in self.cols)

    def need(self, h: float, header_again: bool = True):
        if self.y + h > self.bottom:
            self.sf.new_page()
            self.y = self.furniture(self.sf, self.sf.page)
            if self.on_break:
                self.on_break(self)
            if header_again and self.repeat_header:
                self.header()

    def line(self, s: str, font: str | None = None, size: float | None = None, x: float | None = None,
             gap: float = 0, align: str = "l"):
        size = size or self.size
        self.need(size + 2 + gap, header_again=False)
        self.y += gap
        self.sf.text(self.x0 if x is None else x, self.y, s, font or self.font, size, align)
        self.y += size + 3

    def header(self):
        titles = [c.title.split("\n") for c in self.cols]
        n = max(len(t) for t in titles)
        h = n * (self.size + 1.5) + 4
        if self.header_fill is not None or self.boxed_header:
            self.sf.rect(self.x0, self.y - 2, self.width, h, fill=self.header_fill)
        x = self.x0
        for c, t in zip(self.cols, titles):
            for i, part in enumerate(t):
                yy = self.y + (n - len(t) + i) * (self.size + 1.5)
                xx = x + 2 if c.align == "l" else (x + c.w - 2 if c.align == "r" else x + c.w / 2)
                self.sf.text(xx, yy, part, self.hfont, self.size, c.align)
            x += c.w
        self.y += h
        if not (self.header_fill is not None or self.boxed_header):
            self.sf.hline(self.x0, self.x0 + self.width, self.y - 2)
        self.y += 1

    def row(self, cells: list[str], tidx=None, extra: list[str] | None = None, font: str | None = None):
        """One printed row; a wrapping column spills onto following text lines; ``extra`` lines are
        printed under the row in the first column's position (e.g. stacked adjustments)."""
        spill: list[tuple[int, list[str]]] = []
        first = []
        for i, (c, v) in enumerate(zip(self.cols, cells)):
            if c.wrap and v:
                parts = wrap_text(v, c.wrap)
                first.append(parts[0])
                if len(parts) > 1:
                    spill.append((i, parts[1:]))
            else:
                first.append(v)
        nlines = 1 + max([len(p) for _, p in spill] + [len(extra or [])] + [0])
        self.need(nlines * self.lead + 1)
        x = self.x0
        for c, v in zip(self.cols, first):
            xx = x + 2 if c.align == "l" else (x + c.w - 2 if c.align == "r" else x + c.w / 2)
            self.sf.text(xx, self.y, v, font or self.font, self.size, c.align)
            x += c.w
        for i, parts in spill:
            xi = self.x0 + sum(c.w for c in self.cols[:i]) + 2
            for k, ptxt in enumerate(parts):
                self.sf.text(xi, self.y + (k + 1) * self.lead, ptxt, self.font, self.size)
        for k, e in enumerate(extra or []):
            self.sf.text(e[0], self.y + (k + 1) * self.lead, e[1], self.font, self.size)
        self.rows.append((self.sf.page, tidx, [v for v in first if v]))
        self.y += nlines * self.lead
        if self.ruled:
            self.sf.hline(self.x0, self.x0 + self.width, self.y - self.lead * 0.25, 0.3)


# ------------------------------------------------------------------------------------------------ check

def _pages_lines(pdf: Path) -> list[list[str]]:
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf)) as doc:
        for pg in doc.pages:
            out.append([re.sub(r"\s+", " ", ln["text"]) for ln in pg.extract_text_lines()])
    return out


def _money_forms(v: str) -> list[str]:
    d = Decimal(v)
    a = abs(d)
    bodies = [f"{a:,.2f}", f"{a:.2f}"]
    if d < 0:
        forms = []
        for b in bodies:
            forms += [f"-{b}", f"-${b}", f"(${b})", f"({b})", f"{b}-", f"${b}-"]
        return forms
    return bodies


def _has_amount(text: str, v: str) -> bool:
    for f in _money_forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f).replace(r"\$", r"\$?") + r"(?![\d])", text):
            return True
    return False


def check(out: Path, expect: dict) -> list[str]:
    """expect: pdf name -> list of row records (page, truth index, strings) kept by the factory."""
    errs = []
    for name, rows in expect.items():
        pdf = out / name
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        pages = _pages_lines(pdf)
        if len(pages) != t["pages"]:
            errs.append(f"{name}: pages {len(pages)} != truth {t['pages']}")
        alltext = "\n".join("\n".join(p) for p in pages)
        byidx = {}
        for page, idx, strings in rows:
            if idx is not None:
                byidx[idx] = (page, strings)
        for i, ln in enumerate(t["lines"]):
            if i not in byidx:
                errs.append(f"{name}: truth line {i} has no printed row")
                continue
            page, strings = byidx[i]
            if ln["page"] != page:
                errs.append(f"{name}: line {i} page {ln['page']} but printed on {page}")
            cands = [x for x in pages[page - 1] if all(s in x for s in strings)]
            if not cands:
                errs.append(f"{name}: line {i} row {strings} not on one text line of page {page}")
                continue
            row = cands[0]
            if ln["code"] and ln["code"] not in row:
                errs.append(f"{name}: line {i} code {ln['code']} not in row")
            for m in ln["modifiers"]:
                if m not in row:
                    errs.append(f"{name}: line {i} modifier {m} not in row")
            if ln["units"] is not None and not re.search(r"(?<![\d.])" + re.escape(ln["units"]) + r"(\.0+)?(?![\d])",
                                                          row):
                errs.append(f"{name}: line {i} units {ln['units']} not in row {row!r}")
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None and not _has_amount(row, ln[k]):
                    errs.append(f"{name}: line {i} {k} {ln[k]} not in row {row!r}")
            pagetext = "\n".join(pages[page - 1])
            for g, c, a in ln["adjustments"]:
                if not re.search(re.escape(g) + r"\s*[-/ ]?\s*" + re.escape(c) + r"(?!\d)", pagetext):
                    errs.append(f"{name}: line {i} adjustment {g}{c} not on page")
                if a is not None and not _has_amount(pagetext, a):
                    errs.append(f"{name}: line {i} adjustment amount {a} not on page")
            ri = pages[page - 1].index(row)
            near = " ".join(pages[page - 1][ri:ri + 4])  # a remark may be stacked under its row
            for r in ln["remarks"]:
                if not re.search(r"(?<![A-Z0-9])" + re.escape(r) + r"(?![0-9])", near):
                    errs.append(f"{name}: line {i} remark {r} not in row")
            for fld in ("claim_id", "payer_claim_id", "patient"):
                if ln[fld] and ln[fld] not in alltext:
                    errs.append(f"{name}: line {i} {fld} {ln[fld]!r} not in document")
            if ln["adjustments"] and all(a is not None for _, _, a in ln["adjustments"]) and ln["billed"] and ln["paid"]:
                s = Decimal(ln["billed"]) - sum(Decimal(a) for _, _, a in ln["adjustments"])
                if s != Decimal(ln["paid"]):
                    errs.append(f"{name}: line {i} billed - adjustments {s} != paid {ln['paid']}")
        for cl in t["claims"]:
            mine = [ln for ln in t["lines"] if ln["payer_claim_id"] == cl["payer_claim_id"]
                    and ln["claim_id"] == cl["claim_id"] and ln["patient"] == cl["patient"]]
            if not mine:
                errs.append(f"{name}: claim {cl} has no lines")
            for k, v in (cl.get("totals") or {}).items():
                if v is None:
                    continue
                if not _has_amount(alltext, v):
                    errs.append(f"{name}: claim total {k} {v} not printed")
                s = sum(Decimal(ln[k]) for ln in mine if ln[k] is not None)
                planted = [f for f in t["expected_findings"] if cl["payer_claim_id"] and cl["payer_claim_id"] in f
                           and "claim-total-mismatch" in f]
                if s != Decimal(v) and not planted:
                    errs.append(f"{name}: claim {cl['payer_claim_id'] or cl['claim_id']} total {k} {v} != lines {s}")
                if planted and s != Decimal(v) and str(s) not in planted[0]:
                    errs.append(f"{name}: planted finding text wrong")
        for f in t["expected_findings"]:
            m = re.search(r"claim (\S+):.* total ([\d.]+) but the lines add up to ([\d.]+)", f)
            if m:
                cl = [c for c in t["claims"] if c["payer_claim_id"] == m.group(1)]
                if not cl or m.group(2) not in cl[0]["totals"].values():
                    errs.append(f"{name}: planted mismatch not really planted: {f}")
                elif m.group(2) == m.group(3):
                    errs.append(f"{name}: planted mismatch equal: {f}")
        split = [c["payer_claim_id"] for c in t["claims"]
                 if len({ln["page"] for ln in t["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]}) > 1]
        print(f"  {name}: {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims, "
              f"claims across pages: {split}")
    return errs
