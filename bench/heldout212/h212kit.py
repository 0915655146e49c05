"""Drawing and self-check helpers for bench/heldout212 (one page API over reportlab and fpdf2)."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

from eobgen import FIXED_WHEN, dfmt

FONT_DIR = "/usr/share/fonts/truetype/"
TTF = {
    "LibSans": "liberation/LiberationSans-Regular.ttf", "LibSansB": "liberation/LiberationSans-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf", "LibSerifB": "liberation/LiberationSerif-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf", "LibMonoB": "liberation/LiberationMono-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrowB": "liberation/LiberationSansNarrow-Bold.ttf",
    "DejaSerif": "dejavu/DejaVuSerif.ttf", "DejaSerifB": "dejavu/DejaVuSerif-Bold.ttf",
    "DejaCond": "dejavu/DejaVuSansCondensed.ttf", "DejaCondB": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaMono": "dejavu/DejaVuSansMono.ttf",
}
CORE_RL = {"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Courier", "Courier-Bold",
           "Helvetica-Oblique", "Times-Italic"}
CORE_FP = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Times-Roman": ("times", ""),
           "Times-Bold": ("times", "B"), "Courier": ("courier", ""), "Courier-Bold": ("courier", "B"),
           "Helvetica-Oblique": ("helvetica", "I"), "Times-Italic": ("times", "I")}


class Doc:
    """Top-left coordinates in points; y of text is its baseline."""

    def __init__(self, producer: str, path: Path, landscape: bool = False):
        self.producer, self.path = producer, path
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages = 1
        self.fname, self.fsize = "Helvetica", 9
        if producer == "reportlab":
            from reportlab.pdfgen import canvas
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setAuthor("heldout212")
            self.c.setTitle(path.stem)
        else:
            from fpdf import FPDF
            self.p = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.p.set_creation_date(FIXED_WHEN)
            self.p.set_auto_page_break(False)
            self.p.set_title(path.stem)
            self.p.add_page()
        self.loaded: set = set()

    def font(self, name: str, size: float) -> None:
        self.fname, self.fsize = name, size
        if self.producer == "reportlab":
            if name not in CORE_RL and name not in self.loaded:
                from reportlab.pdfbase import pdfmetrics
                from reportlab.pdfbase.ttfonts import TTFont
                pdfmetrics.registerFont(TTFont(name, FONT_DIR + TTF[name]))
                self.loaded.add(name)
            self.c.setFont(name, size)
        else:
            if name in CORE_FP:
                fam, st = CORE_FP[name]
                self.p.set_font(fam, st, size)
            else:
                if name not in self.loaded:
                    self.p.add_font(name, "", FONT_DIR + TTF[name])
                    self.loaded.add(name)
                self.p.set_font(name, "", size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            return pdfmetrics.stringWidth(s, self.fname, self.fsize)
        return self.p.get_string_width(s)

    def text(self, x: float, y: float, s: str, align: str = "l") -> None:
        if not s:
            return
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.H - y, s)
        else:
            self.p.text(x, y, s)

    def hline(self, x1: float, x2: float, y: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y, x2, self.H - y)
        else:
            self.p.set_line_width(w)
            self.p.line(x1, y, x2, y)

    def vline(self, x: float, y1: float, y2: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x, self.H - y1, x, self.H - y2)
        else:
            self.p.set_line_width(w)
            self.p.line(x, y1, x, y2)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True) -> None:
        if self.producer == "reportlab":
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            style = ("F" if not stroke else "DF") if fill is not None else "D"
            if fill is not None:
                g = int(fill * 255)
                self.p.set_fill_color(g, g, g)
            self.p.rect(x, y, w, h, style=style)

    def new_page(self) -> None:
        self.pages += 1
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.setFont(self.fname, self.fsize)
        else:
            self.p.add_page()
            self.font(self.fname, self.fsize)

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.p.output(str(self.path))
        return self.pages


def wrap(doc: Doc, s: str, width: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if cur and doc.width(t) > width:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


# ------------------------------------------------------------------------------------------ self-check

def page_rows(pdf: Path) -> list[list[str]]:
    """Per page, the text rows (words clustered by baseline, left to right)."""
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf)) as p:
        for pg in p.pages:
            words = pg.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            words.sort(key=lambda w: (round(w["bottom"], 0), w["x0"]))
            rows: list[list] = []
            for w in words:
                if rows and abs(rows[-1][0] - w["bottom"]) <= 2.0:
                    rows[-1][1].append(w)
                else:
                    rows.append([w["bottom"], [w]])
            pages.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return pages


def money_forms(a: str) -> list[str]:
    d = abs(Decimal(a))
    return [f"{d:,.2f}", f"{d:.2f}"]


def has_amount(row: str, a: str) -> bool:
    r = row.replace("$", " ")
    for f in money_forms(a):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d])", r):
            return True
    return False


def has_units(row: str, u: str) -> bool:
    return re.search(r"(?<![\d.,/])" + re.escape(u) + r"(\.0+)?(?![\d,/]|\.\d)", row) is not None


def date_forms(iso: str) -> list[str]:
    from datetime import date
    d = date.fromisoformat(iso)
    forms = [dfmt(d, s) for s in ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")]
    forms.append(d.strftime("%m-%d-%Y"))
    forms.append(d.strftime("%m-%d-%y"))
    forms.append(d.strftime("%d %b %Y"))
    return forms


def check_file(pdf: Path, complete_adj: bool) -> list[str]:
    """Problems found in one written PDF against its truth file (empty list = fine)."""
    errs: list[str] = []
    truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
    pages = page_rows(pdf)
    if len(pages) != truth["pages"]:
        errs.append(f"{pdf.name}: {len(pages)} pages, truth says {truth['pages']}")
    doc_text = "\n".join("\n".join(p) for p in pages)
    flat = re.sub(r"\s+", " ", doc_text)
    for i, ln in enumerate(truth["lines"]):
        tag = f"{pdf.name} line {i} ({ln['code']} {ln['service_date']})"
        pg = pages[ln["page"] - 1]
        amounts = [ln[k] for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                   "coinsurance", "not_covered", "discount") if ln[k] is not None]
        firsts = [a[2] for a in ln["adjustments"][:1] if a[2] is not None]
        ok = False
        for row in pg:
            if ln["code"] and ln["code"] not in row:
                continue
            if not all(m in row for m in ln["modifiers"]):
                continue
            if ln["units"] is not None and not has_units(row, ln["units"]):
                continue
            if not all(has_amount(row, a) for a in amounts + firsts):
                continue
            ok = True
            break
        if not ok:
            errs.append(f"{tag}: no single text row carries code, modifiers, units and amounts")
        page_text = " ".join(pg)
        if not any(f in page_text for f in date_forms(ln["service_date"])):
            errs.append(f"{tag}: service date not on its page")
        if ln["service_end"] and not any(f in page_text for f in date_forms(ln["service_end"])):
            errs.append(f"{tag}: service end not on its page")
        for g, c, a in ln["adjustments"]:
            if not re.search(re.escape(g) + r"\s?[-:]?\s?" + re.escape(c) + r"(?!\d)", page_text):
                errs.append(f"{tag}: adjustment code {g}-{c} not on page")
            if a is not None and not has_amount(page_text, a):
                errs.append(f"{tag}: adjustment amount {a} not on page")
        for r in ln["remarks"]:
            if not re.search(r"(?<![A-Za-z0-9])" + re.escape(r) + r"(?![A-Za-z0-9])", page_text):
                errs.append(f"{tag}: remark {r} not on page")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] is not None and ln[k] not in flat:
                errs.append(f"{tag}: {k} {ln[k]!r} not in document")
        # the document's own arithmetic
        if complete_adj and ln["adjustments"] and ln["billed"] is not None and ln["paid"] is not None:
            s = Decimal(ln["billed"]) - sum(Decimal(a[2]) for a in ln["adjustments"])
            if s != Decimal(ln["paid"]):
                errs.append(f"{tag}: billed - adjustments = {s} but paid {ln['paid']}")
        if all(ln[k] is not None for k in ("billed", "discount", "allowed")):
            nc = Decimal(ln["not_covered"] or "0")
            if Decimal(ln["billed"]) - Decimal(ln["discount"]) - nc != Decimal(ln["allowed"]):
                errs.append(f"{tag}: billed - discount - not covered != allowed")
        if ln["allowed"] is not None and ln["paid"] is not None and ln["deductible"] is not None \
                and ln["coinsurance"] is not None:
            s = Decimal(ln["allowed"]) - sum(Decimal(ln[k] or "0") for k in ("deductible", "copay", "coinsurance"))
            s -= sum(Decimal(a[2]) for a in ln["adjustments"] if a[1] == "253" and a[2] is not None)
            if s != Decimal(ln["paid"]):
                errs.append(f"{tag}: allowed - member share = {s} but paid {ln['paid']}")
    planted = " ".join(truth["expected_findings"])
    for c in truth["claims"]:
        key = (c["claim_id"], c["payer_claim_id"], c["patient"])
        mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) == key]
        if not mine:
            errs.append(f"{pdf.name}: claim {key} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if not has_amount(flat, v):
                errs.append(f"{pdf.name}: claim {key} total {k} {v} not printed")
            vals = [ln[k] for ln in mine]
            if any(x is None for x in vals):
                continue
            s = sum(Decimal(x) for x in vals)
            ident = c["payer_claim_id"] or c["claim_id"]
            if s != Decimal(v):
                if f"claim-total-mismatch claim {ident}" not in planted:
                    errs.append(f"{pdf.name}: claim {key} {k} total {v} != lines {s}")
    return errs
