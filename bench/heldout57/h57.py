"""Drawing, truth and self-check helpers for bench/heldout57 (one small page abstraction over reportlab and
fpdf2, a paginating table writer that remembers where each service row landed, and the factory self-check)."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
import eobgen as G  # noqa: E402

FONTDIR = "/usr/share/fonts/truetype"
TTF = {
    "LiberationSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LiberationSansNarrow": ("liberation/LiberationSansNarrow-Regular.ttf",
                             "liberation/LiberationSansNarrow-Bold.ttf"),
    "LiberationSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LiberationMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSansCondensed": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DejaVuSansMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}
CORE_FP = {"Helvetica": "helvetica", "Times": "times", "Courier": "courier"}

# extra invented charges / schedule / our own wording for codes the shared tables lack
for _c, _fee, _sch, _d in (
        ("97533", "105.00", "38.90", "Sensory integration activities"),
        ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
        ("97750", "130.00", "34.20", "Physical performance testing"),
        ("99214", "230.00", "127.50", "Office visit, established, moderate"),
        ("A4556", "18.00", "12.40", "Electrode pads, per pair"),
        ("97018", "30.00", "4.10", "Paraffin bath"),
        ("97035", "45.00", "13.35", "Ultrasound therapy"),
        ("G0151", "140.00", "68.10", "Home health PT visit, 15 min"),
        ("97542", "90.00", "31.60", "Wheelchair management training"),
        ("95992", "150.00", "38.50", "Canalith repositioning, per day")):
    G.FEE.setdefault(_c, _fee)
    G.SCHED.setdefault(_c, _sch)
    G.DESC.setdefault(_c, _d)


PAGECOUNT: dict[str, int] = {}  # filled by a first rendering pass so pages can print "Page n of N"


class Doc:
    """Top-down point coordinates; y of text is its baseline."""

    def __init__(self, producer: str, path: Path, family: str, landscape: bool = False, title: str = ""):
        self.producer, self.path, self.family = producer, path, family
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages = 0
        self.of = PAGECOUNT.get(str(path), 0)
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            if family in CORE_RL:
                self.fn = {"R": CORE_RL[family][0], "B": CORE_RL[family][1]}
            else:
                self.fn = {}
                for k, f in zip("RB", TTF[family]):
                    name = f"{family}-{k}"
                    if name not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(name, f"{FONTDIR}/{f}"))
                    self.fn[k] = name
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(title)
            self.c.setAuthor("")
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_auto_page_break(False)
            self.c.set_creation_date(G.FIXED_WHEN)
            self.c.set_title(title)
            if family in CORE_FP:
                self.fam = CORE_FP[family]
            else:
                self.fam = family
                self.c.add_font(family, "", f"{FONTDIR}/{TTF[family][0]}")
                self.c.add_font(family, "B", f"{FONTDIR}/{TTF[family][1]}")
        self._font = None

    def new_page(self) -> int:
        if self.producer == "reportlab":
            if self.pages:
                self.c.showPage()
        else:
            self.c.add_page()
        self.pages += 1
        self._font = None
        return self.pages

    def _set(self, f: str, size: float) -> None:
        if self._font == (f, size):
            return
        self._font = (f, size)
        if self.producer == "reportlab":
            self.c.setFont(self.fn[f], size)
        else:
            self.c.set_font(self.fam, "B" if f == "B" else "", size)

    def width(self, s: str, f: str = "R", size: float = 8) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self.fn[f], size)
        self._set(f, size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, f: str = "R", size: float = 8, align: str = "l",
             grey: float = 0.0) -> None:
        self._set(f, size)
        w = self.width(s, f, size)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFillGray(grey)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            g = int(grey * 255)
            self.c.set_text_color(g, g, g)
            self.c.text(x, y, s)
            self.c.set_text_color(0, 0, 0)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5, grey: float = 0.0) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.setStrokeGray(grey)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
            self.c.setStrokeGray(0)
        else:
            g = int(grey * 255)
            self.c.set_line_width(w)
            self.c.set_draw_color(g, g, g)
            self.c.line(x1, y1, x2, y2)
            self.c.set_draw_color(0, 0, 0)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            style = ("D" if stroke else "") + ("F" if fill is not None else "")
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
            self.c.rect(x, y, w, h, style=style or "D")
            self.c.set_fill_color(255, 255, 255)

    def wrap(self, s: str, width: float, f: str = "R", size: float = 8) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if cur and self.width(t, f, size) > width:
                out.append(cur)
                cur = word
            else:
                cur = t
        if cur:
            out.append(cur)
        return out or [""]

    def para(self, x: float, y: float, s: str, width: float, f: str = "R", size: float = 8,
             lead: float | None = None) -> float:
        lead = lead or size * 1.25
        for ln in self.wrap(s, width, f, size):
            self.text(x, y, ln, f, size)
            y += lead
        return y

    def save(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))


@dataclass
class Col:
    head: str            # header text; "|" splits header lines
    w: float
    align: str = "l"     # l r c
    wrap: bool = False   # cell may wrap onto several text lines


@dataclass
class Table:
    """A column table that paginates. ``on_page(doc, cont)`` draws page furniture on a fresh page and returns the
    y where the table may start; ``cont_note`` is printed above a repeated header on continuation pages."""
    doc: Doc
    cols: list[Col]
    x: float
    y: float
    bottom: float
    on_page: object
    size: float = 7.0
    lead: float = 9.0
    head_size: float | None = None
    repeat_header: bool = True
    head_fill: float | None = 0.85
    ruled: bool = False
    grid: bool = False
    pad: float = 2.0
    bold_head: bool = True

    def __post_init__(self) -> None:
        self.head_size = self.head_size or self.size

    @property
    def width(self) -> float:
        return sum(c.w for c in self.cols)

    def header(self) -> None:
        d = self.doc
        nlines = max(len(c.head.split("|")) for c in self.cols)
        h = nlines * (self.head_size + 1.5) + 4
        if self.head_fill is not None:
            d.rect(self.x, self.y, self.width, h, fill=self.head_fill, stroke=self.grid)
        x = self.x
        for c in self.cols:
            for i, part in enumerate(c.head.split("|")):
                yy = self.y + 2 + (i + 1) * (self.head_size + 1.5) - 1
                if c.align == "r":
                    d.text(x + c.w - self.pad, yy, part, "B" if self.bold_head else "R", self.head_size, "r")
                elif c.align == "c":
                    d.text(x + c.w / 2, yy, part, "B" if self.bold_head else "R", self.head_size, "c")
                else:
                    d.text(x + self.pad, yy, part, "B" if self.bold_head else "R", self.head_size)
            if self.grid:
                d.line(x, self.y, x, self.y + h, 0.4)
            x += c.w
        if self.grid:
            d.line(x, self.y, x, self.y + h, 0.4)
        if self.head_fill is None:
            d.line(self.x, self.y + h, self.x + self.width, self.y + h, 0.8)
        self.y += h + 1

    def need(self, h: float, cont=None, header: bool = True) -> bool:
        """Break the page if h more points do not fit. Returns True when a break happened."""
        if self.y + h <= self.bottom:
            return False
        self.doc.new_page()
        self.y = self.on_page(self.doc, True)
        if cont:
            cont(self)
        if self.repeat_header and header:
            self.header()
        return True

    def row(self, cells: list, f: str = "R", fill: float | None = None, cont=None, keep: float = 0) -> int:
        """Draw one row (a cell is a str, or a list of str for stacked text lines); returns its page."""
        d = self.doc
        lines = []
        for c, v in zip(self.cols, cells):
            if isinstance(v, list):
                lines.append(v)
            elif c.wrap:
                lines.append(d.wrap(v, c.w - 2 * self.pad, f, self.size))
            else:
                lines.append([v])
        n = max(len(x) for x in lines)
        h = n * self.lead + 2
        self.need(h + keep, cont)
        if fill is not None:
            d.rect(self.x, self.y, self.width, h, fill=fill, stroke=False)
        x = self.x
        for c, ls in zip(self.cols, lines):
            for i, s in enumerate(ls):
                yy = self.y + (i + 1) * self.lead - 1.5
                if c.align == "r":
                    d.text(x + c.w - self.pad, yy, s, f, self.size, "r")
                elif c.align == "c":
                    d.text(x + c.w / 2, yy, s, f, self.size, "c")
                else:
                    d.text(x + self.pad, yy, s, f, self.size)
            if self.grid:
                d.line(x, self.y, x, self.y + h, 0.3)
            x += c.w
        if self.grid:
            d.line(x, self.y, x, self.y + h, 0.3)
            d.line(self.x, self.y + h, x, self.y + h, 0.3)
        elif self.ruled:
            d.line(self.x, self.y + h, x, self.y + h, 0.25, 0.5)
        self.y += h
        return d.pages

    def span(self, s: str, f: str = "B", fill: float | None = None, size: float | None = None,
             cont=None, keep: float = 0) -> int:
        size = size or self.size
        h = self.lead + 3
        self.need(h + keep, cont)
        if fill is not None:
            self.doc.rect(self.x, self.y, self.width, h, fill=fill, stroke=self.grid)
        self.doc.text(self.x + self.pad, self.y + self.lead, s, f, size)
        self.y += h
        return self.doc.pages


# ------------------------------------------------------------------------------------------ truth + check

@dataclass
class Rec:
    """One document's truth plus what the self-check needs to find each line on its page."""
    name: str
    layout: str
    producer: str
    description: str
    lines: list = field(default_factory=list)
    claims: list = field(default_factory=list)
    legend: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    probes: list = field(default_factory=list)  # per line: (anchor tokens, tokens, span)
    totals_text: list = field(default_factory=list)
    all_adjustments: bool = False
    plan_math: str = ""  # "commercial": allowed-ded-copay-coins = paid ; "owes": allowed - owes = paid
    mismatch_claims: dict = field(default_factory=dict)  # claim ref -> total key

    def add(self, page: int, s: G.Svc, anchor: list[str], tokens: list[str], span: int = 1, **kw) -> dict:
        t = G.truth_line(page, s, **kw)
        self.lines.append(t)
        self.probes.append((anchor, tokens, span))
        return t

    def claim(self, claim_id, payer_claim_id, patient, totals: dict, printed_totals: list[str] = ()) -> None:
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": totals})
        self.totals_text.extend(printed_totals)

    def write(self, pdf: Path, pages: int) -> None:
        G.write_truth(pdf, self.layout, self.producer, pages, self.description, self.lines, self.claims,
                      self.legend, self.findings)


def _lines_of(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
        for r in rows:
            if abs(r[0] - w["bottom"]) <= 1.6:
                r[1].append(w)
                break
        else:
            rows.append([w["bottom"], [w]])
    rows.sort(key=lambda r: r[0])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def has(text: str, tok: str) -> bool:
    return re.search(r"(?<![0-9A-Za-z.,])" + re.escape(tok) + r"(?![0-9A-Za-z])", text) is not None


def check(rec: Rec, pdf: Path, fmt_money, errors: list[str]) -> None:
    import pdfplumber
    D = Decimal
    tag = rec.name
    with pdfplumber.open(pdf) as p:
        pages = [_lines_of(pg) for pg in p.pages]
        n = len(p.pages)
    import json
    truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
    if truth["pages"] != n:
        errors.append(f"{tag}: pages {truth['pages']} != {n}")
    alltext = "\n".join("\n".join(x) for x in pages)
    for i, (t, (anchor, tokens, span)) in enumerate(zip(truth["lines"], rec.probes)):
        ls = pages[t["page"] - 1]
        want = [fmt_money(D(t[k])) for k in G.AMOUNT_KEYS if t[k] is not None]
        found = None
        for strict, first in ((True, True), (True, False), (False, True), (False, False)):
            for j in range(len(ls)):
                blob = " ".join(ls[j:j + span])
                if all(has(ls[j] if first else blob, a) for a in anchor) and all(has(blob, k) for k in tokens) \
                        and (not strict or all(has(blob, w) for w in want)):
                    found = blob
                    break
            if found:
                break
        if found is None:
            errors.append(f"{tag}: line {i} ({t['code']} {t['service_date']}) not found on page {t['page']}: "
                          f"{anchor} {tokens}")
            continue
        # every printed truth value is in the row's text
        for k in G.AMOUNT_KEYS:
            if t[k] is not None and not has(found, fmt_money(D(t[k]))):
                errors.append(f"{tag}: line {i} {k} {t[k]} not on its row: {found!r}")
        if t["code"] and t["code"] not in found:
            errors.append(f"{tag}: line {i} code missing")
        for m in t["modifiers"]:
            if m not in found:
                errors.append(f"{tag}: line {i} modifier {m} missing")
        for r in t["remarks"]:
            if not has(found, r):
                errors.append(f"{tag}: line {i} remark {r} missing")
        for g, c, a in t["adjustments"]:
            if c not in found or (a is not None and not has(found, fmt_money(D(a)))):
                errors.append(f"{tag}: line {i} adjustment {g}-{c} {a} not on row")
        if t["units"] is not None and not any(has(found, u) for u in (t["units"], t["units"] + ".00",
                                                                     t["units"] + ".0")):
            errors.append(f"{tag}: line {i} units {t['units']} not on row")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if t[key] and t[key] not in alltext:
                errors.append(f"{tag}: line {i} {key} {t[key]!r} not in document text")
        # document arithmetic
        b, a, pd = (D(t[k]) if t[k] is not None else None for k in ("billed", "allowed", "paid"))
        if rec.all_adjustments and b is not None and pd is not None:
            if b - sum((D(x[2]) for x in t["adjustments"]), D(0)) != pd:
                errors.append(f"{tag}: line {i} billed - adjustments != paid")
        if rec.plan_math == "commercial" and a is not None and pd is not None:
            parts = sum((D(t[k]) for k in ("deductible", "copay", "coinsurance") if t[k] is not None), D(0))
            if a - parts != pd:
                errors.append(f"{tag}: line {i} allowed - member share != paid")
            if b is not None and t["discount"] is not None and t["not_covered"] is not None \
                    and b - D(t["discount"]) - D(t["not_covered"]) != a:
                errors.append(f"{tag}: line {i} billed - discount - not covered != allowed")
        if rec.plan_math == "owes" and a and pd is not None and t["patient_owes"] is not None:
            if a - D(t["patient_owes"]) != pd:
                errors.append(f"{tag}: line {i} allowed - owes != paid")
    for tt in rec.totals_text:
        if tt not in alltext:
            errors.append(f"{tag}: printed total {tt!r} not in text")
    for ci, c in enumerate(truth["claims"]):
        mine = [t for t in truth["lines"] if (t["claim_id"], t["payer_claim_id"], t["patient"]) ==
                (c["claim_id"], c["payer_claim_id"], c["patient"])]
        if not mine:
            errors.append(f"{tag}: claim {ci} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            s = sum((D(t[k]) for t in mine if t[k] is not None), D(0))
            mism = rec.mismatch_claims.get(c["claim_id"] or c["payer_claim_id"]) == k
            if (s != D(v)) != mism:
                errors.append(f"{tag}: claim {ci} {k} total {v} vs lines {s} (planted={mism})")
