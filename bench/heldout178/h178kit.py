"""Small drawing / truth / self-check kit for bench/heldout178 (see make_heldout178_pdfs.py).

One drawing API over two producers (reportlab canvas and fpdf2), coordinates in points from the TOP-left
corner, a page flow helper, a truth recorder that also remembers how each value was printed, and the
self-check that reads the written PDFs back with pdfplumber (the factory is tested, never the reader).
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))

from eobgen import FIXED_WHEN, ZERO, claim_totals, truth_line, write_truth  # noqa: E402

TTF = "/usr/share/fonts/truetype"
FONTS = {
    "libsans": (f"{TTF}/liberation/LiberationSans-Regular.ttf", f"{TTF}/liberation/LiberationSans-Bold.ttf"),
    "libnarrow": (f"{TTF}/liberation/LiberationSansNarrow-Regular.ttf",
                  f"{TTF}/liberation/LiberationSansNarrow-Bold.ttf"),
    "libserif": (f"{TTF}/liberation/LiberationSerif-Regular.ttf", f"{TTF}/liberation/LiberationSerif-Bold.ttf"),
    "djserif": (f"{TTF}/dejavu/DejaVuSerif.ttf", f"{TTF}/dejavu/DejaVuSerif-Bold.ttf"),
    "djcond": (f"{TTF}/dejavu/DejaVuSansCondensed.ttf", f"{TTF}/dejavu/DejaVuSansCondensed-Bold.ttf"),
    "djsans": (f"{TTF}/dejavu/DejaVuSans.ttf", f"{TTF}/dejavu/DejaVuSans-Bold.ttf"),
    "djmono": (f"{TTF}/dejavu/DejaVuSansMono.ttf", f"{TTF}/dejavu/DejaVuSansMono-Bold.ttf"),
    "libmono": (f"{TTF}/liberation/LiberationMono-Regular.ttf", f"{TTF}/liberation/LiberationMono-Bold.ttf"),
}
CORE_RL = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
           "courier": ("Courier", "Courier-Bold")}
CORE_FP = {"helv": "helvetica", "times": "times", "courier": "courier"}


class Doc:
    """producer: 'reportlab' or 'fpdf2'; family: a FONTS key or a core name; landscape letter or portrait."""

    def __init__(self, producer: str, family: str, landscape: bool = False):
        self.producer = producer
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages = 1
        self.family = family
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas

            self._pm = pdfmetrics
            if family in FONTS:
                names = (f"h178{family}R", f"h178{family}B")
                for n, p in zip(names, FONTS[family]):
                    if n not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(n, p))
                self.fn = {"R": names[0], "B": names[1]}
            else:
                self.fn = {"R": CORE_RL[family][0], "B": CORE_RL[family][1]}
            self._buf = None
            self.c = canvas.Canvas("unused.pdf", pagesize=(self.W, self.H), invariant=1)
        else:
            from fpdf import FPDF

            self.p = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.p.set_auto_page_break(False)
            self.p.set_creation_date(FIXED_WHEN)
            self.p.set_margins(0, 0, 0)
            if family in FONTS:
                self.p.add_font("h178", "", FONTS[family][0])
                self.p.add_font("h178", "B", FONTS[family][1])
                self.fn = {"R": ("h178", ""), "B": ("h178", "B")}
            else:
                self.fn = {"R": (CORE_FP[family], ""), "B": (CORE_FP[family], "B")}
            self.p.add_page()

    def width(self, s: str, f: str = "R", sz: float = 9) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self.fn[f], sz)
        self.p.set_font(self.fn[f][0], self.fn[f][1], sz)
        return self.p.get_string_width(s)

    def text(self, x: float, y: float, s: str, f: str = "R", sz: float = 9, al: str = "L") -> None:
        """y is the baseline measured from the top; al L / R (x is the right edge) / C (x is the centre)."""
        if al == "R":
            x -= self.width(s, f, sz)
        elif al == "C":
            x -= self.width(s, f, sz) / 2
        if self.producer == "reportlab":
            self.c.setFont(self.fn[f], sz)
            self.c.drawString(x, self.H - y, s)
        else:
            self.p.set_font(self.fn[f][0], self.fn[f][1], sz)
            self.p.text(x, y, s)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.p.set_line_width(w)
            self.p.line(x1, y1, x2, y2)

    def rect(self, x: float, y: float, w: float, h: float, lw: float = 0.5, fill: float | None = None) -> None:
        """fill: grey level 0..1 (drawn behind later text)."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.p.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255)
                self.p.set_fill_color(g, g, g)
            self.p.rect(x, y, w, h, style="FD" if fill is not None else "D")
            self.p.set_fill_color(255, 255, 255)

    def new_page(self) -> None:
        self.pages += 1
        if self.producer == "reportlab":
            self.c.showPage()
        else:
            self.p.add_page()

    def save(self, path: Path) -> None:
        if self.producer == "reportlab":
            self.c._filename = str(path)
            self.c.save()
        else:
            self.p.output(str(path))


class Flow:
    """A y cursor that breaks the page when a block will not fit, calling footer() then header()."""

    def __init__(self, doc: Doc, bottom: float, header, footer):
        self.doc, self.bottom, self.header, self.footer = doc, bottom, header, footer
        self.y = header()

    def need(self, h: float, on_break=None) -> bool:
        if self.y + h <= self.bottom:
            return False
        self.footer()
        self.doc.new_page()
        self.y = self.header()
        if on_break:
            on_break()
        return True


class Rec:
    """Truth for one document, plus how each truth value was printed (kept for --check only)."""

    def __init__(self):
        self.lines: list[dict] = []
        self.prints: list[list[tuple[str, str, str]]] = []  # per line: (field, printed text, scope)
        self.adj_complete: list[bool] = []
        self.claims: list[dict] = []
        self.doc_strings: list[str] = []  # ids and names that must be somewhere in the document

    def add(self, page: int, s, *, prints: list[tuple[str, str, str]], adj_complete: bool = False,
            **kw) -> None:
        self.lines.append(truth_line(page, s, **kw))
        self.prints.append(prints)
        self.adj_complete.append(adj_complete)

    def claim(self, claim_id, payer_claim_id, patient, **tot) -> None:
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": claim_totals(**tot)})
        self.doc_strings += [x for x in (claim_id, payer_claim_id, patient) if x]


def build(render, producer: str, family: str, landscape: bool = False):
    """Render twice: the first pass counts pages so the second can print 'Page n of N'."""
    d0 = Doc(producer, family, landscape)
    render(d0, Rec(), 0)
    d = Doc(producer, family, landscape)
    rec = Rec()
    render(d, rec, d0.pages)
    assert d.pages == d0.pages
    return d, rec


def save_all(out: Path, name: str, layout: str, d: Doc, rec: Rec, description: str, legend: list,
             findings: list | None = None) -> None:
    pdf = out / f"{name}.pdf"
    d.save(pdf)
    write_truth(pdf, layout, d.producer, d.pages, description, rec.lines, rec.claims, legend, findings)
    side = {"prints": rec.prints, "adj_complete": rec.adj_complete, "doc_strings": rec.doc_strings}
    SIDE[name] = side


SIDE: dict[str, dict] = {}


# ---------------------------------------------------------------------------------------------- check

def parse_money(s: str) -> Decimal:
    t = s.strip().replace("$", "").replace(",", "").replace(" ", "")
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.endswith("-") or t.endswith("CR"):
        neg, t = True, t.rstrip("-").removesuffix("CR")
    if t.startswith("-"):
        neg, t = True, t[1:]
    v = Decimal(t)
    return -v if neg else v


MONEY_FIELDS = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
                "discount")


def check(out: Path, names: list[str]) -> list[str]:
    import pdfplumber

    errs: list[str] = []
    for name in names:
        pdf = out / f"{name}.pdf"
        truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
        side = SIDE[name]
        with pdfplumber.open(pdf) as p:
            texts = [pg.extract_text() or "" for pg in p.pages]
            npages = len(p.pages)
        if npages != truth["pages"]:
            errs.append(f"{name}: pages {npages} != {truth['pages']}")
        alltext = "\n".join(texts)
        flat = re.sub(r"\s+", " ", alltext)
        for s in side["doc_strings"]:
            if s not in alltext and re.sub(r"\s+", " ", s) not in flat:
                errs.append(f"{name}: {s!r} not in document")
        if len(truth["lines"]) < 6:
            errs.append(f"{name}: only {len(truth['lines'])} lines")
        for i, (ln, prints) in enumerate(zip(truth["lines"], side["prints"])):
            pg = ln["page"]
            page_lines = texts[pg - 1].split("\n")
            fields_printed = {f for f, _, _ in prints}
            # every non-null truth value must have been printed
            for k in MONEY_FIELDS + ("units", "code", "service_date"):
                if ln[k] is not None and k not in fields_printed:
                    errs.append(f"{name} line {i}: {k}={ln[k]} has no printed form")
            for m in ln["modifiers"]:
                if not any(f == "mod" and t == m for f, t, _ in prints):
                    errs.append(f"{name} line {i}: modifier {m} not printed")
            for g, c, a in ln["adjustments"]:
                if not any(f == "adj" and c in t and (a is None or parse_money(t.split()[-1]) == Decimal(a))
                           for f, t, _ in prints):
                    errs.append(f"{name} line {i}: adjustment {g}-{c} {a} not printed")
            for r in ln["remarks"]:
                if not any(f == "remark" and t == r for f, t, _ in prints):
                    errs.append(f"{name} line {i}: remark {r} not printed")
            row_tokens = [t for _, t, sc in prints if sc == "row"]
            if not any(all(t in pl for t in row_tokens) for pl in page_lines):
                errs.append(f"{name} line {i} p{pg}: no text line holds all of {row_tokens}")
            for f, t, sc in prints:
                if sc == "page" and t not in texts[pg - 1]:
                    errs.append(f"{name} line {i}: {t!r} not on page {pg}")
                if sc == "near":  # this or the next text line after the row (stacked cells)
                    idx = [j for j, pl in enumerate(page_lines) if all(x in pl for x in row_tokens)]
                    tt = " ".join(t.split())
                    if not any(tt in " ".join(" ".join(page_lines[j:j + 4]).split()) for j in idx):
                        errs.append(f"{name} line {i}: {t!r} not next to its row")
                # value agreement
                if f in MONEY_FIELDS and parse_money(t) != Decimal(ln[f]):
                    errs.append(f"{name} line {i}: {f} printed {t} truth {ln[f]}")
                if f == "units" and Decimal(t) != Decimal(ln["units"]):
                    errs.append(f"{name} line {i}: units printed {t} truth {ln['units']}")
                if f == "code" and t.replace(" ", "")[:5] != ln["code"]:
                    errs.append(f"{name} line {i}: code printed {t} truth {ln['code']}")
            if side["adj_complete"][i]:
                b, pd = Decimal(ln["billed"]), Decimal(ln["paid"])
                adj = sum((Decimal(a) for _, _, a in ln["adjustments"]), ZERO)
                if b - adj != pd:
                    errs.append(f"{name} line {i}: billed {b} - adj {adj} != paid {pd}")
            if ln["allowed"] is not None and ln["paid"] is not None and ln["billed"] is not None:
                parts = [ln[k] for k in ("deductible", "copay", "coinsurance")]
                if all(x is not None for x in parts) and ln["adjustments"] and side["adj_complete"][i] is not None:
                    pass
        # claim totals
        planted = " ".join(truth["expected_findings"])
        for c in truth["claims"]:
            mine = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"]
                    and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
            if not mine:
                errs.append(f"{name}: claim {c['claim_id']}/{c['payer_claim_id']} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), ZERO)
                ident = c["payer_claim_id"] or c["claim_id"]
                if s != Decimal(v) and f"claim-total-mismatch claim {ident}" not in planted:
                    errs.append(f"{name}: claim {ident} {k} total {v} != lines {s}")
                if s == Decimal(v) and f"claim-total-mismatch claim {ident}" in planted and k in planted:
                    pass
        for f in truth["expected_findings"]:
            m = re.match(r"claim-total-mismatch claim (\S+): printed .* total ([\d.]+) but the lines add up to "
                         r"([\d.]+)", f)
            if m:
                ident, printed, real = m.groups()
                c = [c for c in truth["claims"] if ident in (c["payer_claim_id"], c["claim_id"])][0]
                mine = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"]
                        and ln["payer_claim_id"] == c["payer_claim_id"]]
                if printed not in alltext or printed == real:
                    errs.append(f"{name}: planted total {printed} not printed or not a mismatch")
                if not any(sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), ZERO) == Decimal(real)
                           for k in MONEY_FIELDS):
                    errs.append(f"{name}: planted finding real sum {real} matches no field")
    return errs


def ds(d: date) -> str:
    return d.isoformat()
