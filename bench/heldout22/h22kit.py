"""Drawing, truth collection and the self-check for bench/heldout22 (see make_heldout22_pdfs.py).

One top-left drawing API (y grows downwards, text y is the baseline) over reportlab and fpdf2, a page flow
with repeated furniture, a truth collector that keeps each service's vertical band, and the --check reader
(pdfplumber) that looks for every truth value inside that band in the layout's own print format.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "samples" / "pdf"))
import eobgen  # noqa: E402

FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/truetype/dejavu")]
TTF = {
    "LSans": ("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic"),
    "LNarrow": ("LiberationSansNarrow-Regular", "LiberationSansNarrow-Bold", "LiberationSansNarrow-Italic"),
    "LSerif": ("LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic"),
    "DSans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
    "DSerif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
    "DMono": ("DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSansMono-Oblique"),
    "DCond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
           "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
           "Courier": ("Courier", "Courier-Bold", "Courier-Oblique")}
FIXED = datetime(2026, 2, 2, 9, 30, 0, tzinfo=timezone.utc)


def ttf_path(stem: str) -> Path | None:
    for d in FONT_DIRS:
        p = d / f"{stem}.ttf"
        if p.exists():
            return p
    return None


def font_ok(fam: str) -> str:
    """The family if its TrueType files exist, else a core font of the same kind."""
    if fam in CORE_RL:
        return fam
    if all(ttf_path(s) for s in TTF[fam]):
        return fam
    return {"LSerif": "Times", "DSerif": "Times", "DMono": "Courier"}.get(fam, "Helvetica")


class Pen:
    """Top-left drawing over reportlab ('reportlab') or fpdf2 ('fpdf2')."""

    def __init__(self, producer: str, path: Path, size: tuple[float, float]):
        self.producer, self.path = producer, path
        self.W, self.H = size
        self.cur = ("Helvetica", "", 9.0)
        self.gray_text = 0.0
        if producer == "reportlab":
            from reportlab.pdfgen import canvas
            self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
            self.c.setTitle(path.stem)
            self._reg = set()
        else:
            from fpdf import FPDF
            self.f = FPDF(unit="pt", format=(self.W, self.H))
            self.f.set_creation_date(FIXED)
            self.f.set_auto_page_break(False)
            self.f.set_margins(0, 0, 0)
            self.f.set_title(path.stem)
            self._reg = set()
            self.f.add_page()

    # fonts ----------------------------------------------------------------------------------------
    def font(self, fam: str, size: float, style: str = "") -> None:
        fam = font_ok(fam)
        self.cur = (fam, style, size)
        idx = {"": 0, "b": 1, "i": 2}[style]
        if self.producer == "reportlab":
            if fam in CORE_RL:
                name = CORE_RL[fam][idx]
            else:
                name = TTF[fam][idx]
                if name not in self._reg:
                    from reportlab.pdfbase import pdfmetrics
                    from reportlab.pdfbase.ttfonts import TTFont
                    pdfmetrics.registerFont(TTFont(name, str(ttf_path(name))))
                    self._reg.add(name)
            self.c.setFont(name, size)
        else:
            st = {"": "", "b": "B", "i": "I"}[style]
            if fam in CORE_RL:
                self.f.set_font(fam.lower(), st, size)
            else:
                key = (fam, st)
                if key not in self._reg:
                    self.f.add_font(fam, st, str(ttf_path(TTF[fam][idx])))
                    self._reg.add(key)
                self.f.set_font(fam, st, size)

    def sw(self, s: str) -> float:
        if self.producer == "reportlab":
            from reportlab.pdfbase.pdfmetrics import stringWidth
            return stringWidth(s, self.c._fontname, self.c._fontsize)
        return self.f.get_string_width(s)

    def gray(self, g: float) -> None:
        self.gray_text = g

    def text(self, x: float, y: float, s: str, a: str = "l") -> None:
        if not s:
            return
        w = self.sw(s)
        if a == "r":
            x -= w
        elif a == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFillGray(self.gray_text)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            g = int(255 * self.gray_text)
            self.f.set_text_color(g, g, g)
            self.f.text(x, y, s)
            self.f.set_text_color(0, 0, 0)

    def fill(self, x: float, y: float, w: float, h: float, g: float) -> None:
        if self.producer == "reportlab":
            self.c.setFillGray(g)
            self.c.rect(x, self.H - y - h, w, h, stroke=0, fill=1)
            self.c.setFillGray(0)
        else:
            v = int(255 * g)
            self.f.set_fill_color(v, v, v)
            self.f.rect(x, y, w, h, style="F")

    def box(self, x: float, y: float, w: float, h: float, lw: float = 0.6) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
        else:
            self.f.set_line_width(lw)
            self.f.rect(x, y, w, h, style="D")

    def line(self, x0: float, y0: float, x1: float, y1: float, lw: float = 0.5, dash: bool = False) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if dash:
                self.c.setDash(2, 2)
            self.c.line(x0, self.H - y0, x1, self.H - y1)
            self.c.setDash()
        else:
            self.f.set_line_width(lw)
            if dash:
                self.f.set_dash_pattern(dash=2, gap=2)
            self.f.line(x0, y0, x1, y1)
            self.f.set_dash_pattern()

    def new_page(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
            fam, st, sz = self.cur
            self.font(fam, sz, st)
        else:
            self.f.add_page()

    def save(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.f.output(str(self.path))


def wrap(pen: Pen, s: str, width: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if pen.sw(t) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out or [""]


class Flow:
    """A y cursor over pages: furniture(pen, page) -> first y; repeat() redraws headings after a break."""

    def __init__(self, pen: Pen, bottom: float, furniture):
        self.pen, self.bottom, self.furniture = pen, bottom, furniture
        self.page = 1
        self.repeat = None
        self.y = furniture(pen, 1)

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.brk()
            return True
        return False

    def brk(self) -> None:
        self.pen.new_page()
        self.page += 1
        self.y = self.furniture(self.pen, self.page)
        if self.repeat:
            self.repeat()


@dataclass
class Col:
    key: str
    head: str  # '\n' separates heading text lines
    w: float
    a: str = "l"
    x: float = 0.0

    def at(self) -> float:
        return {"l": self.x + 2, "r": self.x + self.w - 2, "c": self.x + self.w / 2}[self.a]


def place(cols: list[Col], x0: float) -> list[Col]:
    x = x0
    for c in cols:
        c.x = x
        x += c.w
    return cols


def head_rows(pen: Pen, y: float, cols: list[Col], lh: float) -> float:
    """Draw stacked headings bottom-aligned; returns the height used."""
    n = max(len(c.head.split("\n")) for c in cols)
    for c in cols:
        parts = c.head.split("\n")
        for i, p in enumerate(parts):
            pen.text(c.at(), y + (n - len(parts) + i + 1) * lh - 2, p, c.a)
    return n * lh


def cells(pen: Pen, y: float, cols: list[Col], vals: dict, lh: float) -> int:
    """Draw one row; a value may be a list of text lines. Returns the number of text lines used."""
    n = 1
    for c in cols:
        v = vals.get(c.key)
        if v is None:
            continue
        lines = v if isinstance(v, list) else [v]
        for i, t in enumerate(lines):
            pen.text(c.at(), y + (i + 1) * lh - 2, t, c.a)
        n = max(n, len(lines))
    return n


# --------------------------------------------------------------------------------------- truth


@dataclass
class Fmt:
    """How a layout prints values, for the check."""
    money: object  # Decimal -> str
    date: object  # date -> str
    units: object = lambda u: u  # truth units string -> printed
    adj: object = None  # (group, reason, amount|None) -> list of printed strings
    code_join: str | None = None  # e.g. '-' when printed "97110-GP-59" (split into tokens anyway)


@dataclass
class Truth:
    name: str
    producer: str
    description: str
    lines: list = field(default_factory=list)
    bands: list = field(default_factory=list)
    claims: list = field(default_factory=list)
    legend: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    totals_bands: list = field(default_factory=list)  # (claim index, page, y0, y1) where totals are printed
    pages: int = 0

    def add(self, page: int, band: list[tuple[float, float]], row: dict) -> None:
        self.lines.append(row)
        self.bands.append((page, band))

    def claim(self, claim_id, payer_claim_id, patient, totals: dict) -> None:
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": totals})

    def write(self, pdf: Path) -> None:
        eobgen.write_truth(pdf, self.name, self.producer, self.pages, self.description, self.lines, self.claims,
                           self.legend, self.findings)


# --------------------------------------------------------------------------------------- check

def _page_words(pdf: Path):
    with pdfplumber.open(str(pdf)) as doc:
        out = []
        for p in doc.pages:
            out.append(p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5))
        return out


def band_text(words, band) -> str:
    sel = [w for w in words if any(y0 - 0.5 <= (w["top"] + w["bottom"]) / 2 <= y1 + 0.5 for y0, y1 in band)]
    sel.sort(key=lambda w: (round(w["top"]), w["x0"]))
    return " ".join(w["text"] for w in sel)


def has(text: str, tok: str, kind: str = "amt") -> bool:
    if kind == "date":
        pat = r"(?<![\w/.])" + re.escape(tok) + r"(?![\w/])"
    elif kind == "units":
        pat = r"(?<![\w.,$/-])" + re.escape(tok) + r"(?![\w.,/])"
    else:
        pat = r"(?<![\w.$-])" + re.escape(tok) + r"(?![\w.])"
    return re.search(pat, text) is not None


def D(v) -> Decimal | None:
    return None if v is None else Decimal(v)


def check(pdf: Path, truth: Truth, fmt: Fmt) -> list[str]:
    errs: list[str] = []
    data = json.loads(Path(str(pdf) + ".truth.json").read_text(encoding="utf-8"))
    words = _page_words(pdf)
    name = pdf.name
    if len(words) != data["pages"]:
        errs.append(f"{name}: {len(words)} pages, truth says {data['pages']}")
    doc_text = "\n".join(" ".join(w["text"] for w in ws) for ws in words)
    for i, ws in enumerate(words, 1):
        ptxt = " ".join(w["text"] for w in ws)
        for m in re.finditer(r"Page (\d+) of (\d+)", ptxt, re.I):
            if int(m.group(1)) != i or int(m.group(2)) != len(words):
                errs.append(f"{name}: page {i} prints {m.group(0)}")
    if len(data["lines"]) != len(truth.bands):
        errs.append(f"{name}: band count")
    for k, (ln, (page, band)) in enumerate(zip(data["lines"], truth.bands)):
        where = f"{name} line {k + 1} ({ln['code']} {ln['service_date']})"
        if ln["page"] != page:
            errs.append(f"{where}: page {ln['page']} vs band page {page}")
            continue
        bt = band_text(words[page - 1], band)
        toks = set(re.findall(r"[A-Za-z0-9]+", bt))
        if ln["code"] and ln["code"] not in toks:
            errs.append(f"{where}: code not in band [{bt}]")
        for m in ln["modifiers"]:
            if m not in toks:
                errs.append(f"{where}: modifier {m} not in band")
        if ln["units"] is not None and not has(bt, fmt.units(ln["units"]), "units"):
            errs.append(f"{where}: units {ln['units']} not in band [{bt}]")
        for dk in ("service_date", "service_end"):
            if ln[dk] and not has(bt, fmt.date(date.fromisoformat(ln[dk])), "date"):
                errs.append(f"{where}: {dk} not in band [{bt}]")
        for key in eobgen.AMOUNT_KEYS:
            if ln[key] is not None and not has(bt, fmt.money(Decimal(ln[key]))):
                errs.append(f"{where}: {key} {ln[key]} ({fmt.money(Decimal(ln[key]))}) not in band [{bt}]")
        for g, r, a in ln["adjustments"]:
            for t in fmt.adj(g, r, D(a)):
                if t not in bt:
                    errs.append(f"{where}: adjustment text {t!r} not in band [{bt}]")
        for r in ln["remarks"]:
            if r not in toks:
                errs.append(f"{where}: remark {r} not in band")
        for idk in ("claim_id", "payer_claim_id", "patient"):
            if ln[idk] and ln[idk] not in doc_text:
                errs.append(f"{where}: {idk} {ln[idk]!r} not in document text")
        # the line's own arithmetic where its parts are printed
        b, al, pd = D(ln["billed"]), D(ln["allowed"]), D(ln["paid"])
        disc, nc = D(ln["discount"]), D(ln["not_covered"])
        ded, cop, coi, ow = D(ln["deductible"]), D(ln["copay"]), D(ln["coinsurance"]), D(ln["patient_owes"])
        if None not in (b, disc, nc, al) and b - disc - nc != al:
            errs.append(f"{where}: billed - discount - not covered != allowed")
        if None not in (al, ded, cop, coi, pd) and getattr(truth, "primary", True) and al - ded - cop - coi != pd:
            if not getattr(truth, "seq_hidden", False):
                errs.append(f"{where}: allowed - deductible - copay - coinsurance != paid")
        if ln["adjustments"] and all(a is not None for _, _, a in ln["adjustments"]) and truth_all_adj(truth):
            if b - sum(Decimal(a) for _, _, a in ln["adjustments"]) != pd:
                errs.append(f"{where}: billed - adjustments != paid")
    # claim totals
    planted = " ".join(data["expected_findings"])
    for c in data["claims"]:
        mine = [ln for ln in data["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                and ln["claim_id"] == c["claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"{name}: claim {c['payer_claim_id']} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if not has(doc_text, fmt.money(Decimal(v))):
                errs.append(f"{name}: claim {c['payer_claim_id']} total {k} {v} not printed")
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal("0.00"))
            if any(ln[k] is None for ln in mine):
                errs.append(f"{name}: claim {c['payer_claim_id']} total {k} over lines without {k}")
            ok = s == Decimal(v)
            key = str(c["payer_claim_id"] or c["claim_id"])
            if not ok and key not in planted:
                errs.append(f"{name}: claim {key} {k} total {v} != lines {s}")
            if ok and key in planted and k in getattr(truth, "planted_field", ()):
                errs.append(f"{name}: planted mismatch on {key} is not a mismatch")
    return errs


def truth_all_adj(truth: Truth) -> bool:
    return getattr(truth, "all_adj", False)
