"""Drawing backends (reportlab / fpdf2 behind one top-left-origin API), a paginating flow, and the factory
self-check for bench/heldout218. Tests the factory only; never touches the reader."""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype"
TTF = {
    "LibSans": "liberation/LiberationSans-Regular.ttf", "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf", "LibSerif-B": "liberation/LiberationSerif-Bold.ttf",
    "DVSans": "dejavu/DejaVuSans.ttf", "DVSans-B": "dejavu/DejaVuSans-Bold.ttf",
    "DVCond": "dejavu/DejaVuSansCondensed.ttf", "DVCond-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVSerif": "dejavu/DejaVuSerif.ttf", "DVSerif-B": "dejavu/DejaVuSerif-Bold.ttf",
    "DVMono": "dejavu/DejaVuSansMono.ttf", "DVMono-B": "dejavu/DejaVuSansMono-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf", "LibMono-B": "liberation/LiberationMono-Bold.ttf",
}
CORE_RL = {"Helv": "Helvetica", "Helv-B": "Helvetica-Bold", "Cour": "Courier", "Cour-B": "Courier-Bold",
           "Times": "Times-Roman", "Times-B": "Times-Bold"}
CORE_FP = {"Helv": ("Helvetica", ""), "Helv-B": ("Helvetica", "B"), "Cour": ("Courier", ""),
           "Cour-B": ("Courier", "B"), "Times": ("Times", ""), "Times-B": ("Times", "B")}
LETTER = (612.0, 792.0)


class RLCanvas:
    producer = "reportlab"

    def __init__(self, path: Path, landscape: bool = False, title: str = "Document") -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        self.pm = pdfmetrics
        for name, rel in TTF.items():
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("h218" + name, f"{FONTDIR}/{rel}"))
        self.W, self.H = (LETTER[1], LETTER[0]) if landscape else LETTER
        self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("synthetic")
        self.pages = 1

    def _f(self, font: str) -> str:
        return CORE_RL.get(font) or "h218" + font

    def width(self, s: str, font: str, size: float) -> float:
        return self.pm.stringWidth(s, self._f(font), size)

    def text(self, x: float, y: float, s: str, font: str = "Helv", size: float = 9, align: str = "l") -> None:
        self.c.setFont(self._f(font), size)
        if align == "r":
            self.c.drawRightString(x, self.H - y, s)
        elif align == "c":
            self.c.drawCentredString(x, self.H - y, s)
        else:
            self.c.drawString(x, self.H - y, s)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5) -> None:
        self.c.setLineWidth(w)
        self.c.line(x1, self.H - y1, x2, self.H - y2)

    def rect(self, x: float, y: float, w: float, h: float, lw: float = 0.5, fill: float | None = None) -> None:
        self.c.setLineWidth(lw)
        if fill is not None:
            self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1)
            self.c.setFillGray(0)
        else:
            self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)

    def newpage(self) -> None:
        self.c.showPage()
        self.pages += 1

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


class FPCanvas:
    producer = "fpdf2"

    def __init__(self, path: Path, landscape: bool = False, title: str = "Document") -> None:
        from datetime import UTC, datetime

        from fpdf import FPDF
        self.path = path
        self.pdf = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
        self.pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
        self.pdf.set_title(title)
        self.pdf.set_author("synthetic")
        self.pdf.set_auto_page_break(False)
        for name, rel in TTF.items():
            fam = "h218" + name.replace("-B", "")
            self.pdf.add_font(fam, "B" if name.endswith("-B") else "", f"{FONTDIR}/{rel}")
        self.pdf.add_page()
        self.W, self.H = self.pdf.w, self.pdf.h
        self.pages = 1

    def _set(self, font: str, size: float) -> None:
        if font in CORE_FP:
            fam, st = CORE_FP[font]
        else:
            fam, st = "h218" + font.replace("-B", ""), ("B" if font.endswith("-B") else "")
        self.pdf.set_font(fam, st, size)

    def width(self, s: str, font: str, size: float) -> float:
        self._set(font, size)
        return self.pdf.get_string_width(s)

    def text(self, x: float, y: float, s: str, font: str = "Helv", size: float = 9, align: str = "l") -> None:
        w = self.width(s, font, size)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        self.pdf.text(x, y, s)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5) -> None:
        self.pdf.set_line_width(w)
        self.pdf.line(x1, y1, x2, y2)

    def rect(self, x: float, y: float, w: float, h: float, lw: float = 0.5, fill: float | None = None) -> None:
        self.pdf.set_line_width(lw)
        if fill is not None:
            g = int(fill * 255)
            self.pdf.set_fill_color(g, g, g)
            self.pdf.rect(x, y, w, h, style="DF")
        else:
            self.pdf.rect(x, y, w, h)

    def newpage(self) -> None:
        self.pdf.add_page()
        self.pages += 1

    def save(self) -> None:
        self.pdf.output(str(self.path))


def wrap(cv, s: str, font: str, size: float, width: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if cur and cv.width(t, font, size) > width:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]


class Flow:
    """A y cursor that breaks pages: footer(cv, page) then header(cv, page) returning the new y, then on_break."""

    def __init__(self, cv, top: float, bottom: float, header, footer) -> None:
        self.cv, self.bottom, self.header, self.footer = cv, bottom, header, footer
        self.on_break = None
        self.y = header(cv, 1)
        self.page = 1

    def need(self, h: float) -> bool:
        if self.y + h <= self.bottom:
            return False
        self.footer(self.cv, self.page)
        self.cv.newpage()
        self.page += 1
        self.y = self.header(self.cv, self.page)
        if self.on_break:
            self.on_break()
        return True

    def finish(self) -> None:
        self.footer(self.cv, self.page)


# ------------------------------------------------------------------------------------------------ check

def _num(tok: str) -> Decimal | None:
    t = tok.strip().strip(":;")
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.endswith("-") and len(t) > 1:
        neg, t = True, t[:-1]
    if t.endswith("CR"):
        neg, t = True, t[:-2]
    if t.startswith("-"):
        neg, t = True, t[1:]
    t = t.lstrip("$").replace(",", "")
    if not re.fullmatch(r"\d+(\.\d+)?", t):
        return None
    try:
        v = Decimal(t)
    except InvalidOperation:
        return None
    return -v if neg else v


def page_lines(pdf: Path) -> list[list[str]]:
    """Per page, text lines (words grouped by baseline), each as the joined string."""
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf)) as doc:
        for p in doc.pages:
            words = p.extract_words(keep_blank_chars=False, x_tolerance=1.5, y_tolerance=2)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
                if rows and abs(rows[-1][0] - w["bottom"]) <= 2.0:
                    rows[-1][1].append(w)
                else:
                    rows.append([w["bottom"], [w]])
            pages.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return pages


def _nums(text: str) -> set[Decimal]:
    out = set()
    for tok in re.split(r"[\s|]+", text):
        for part in [tok, tok.strip("()"), tok.lstrip("(")] + tok.split("/") + re.split(r"(?<=[A-Z])(?=[\d(])", tok):
            v = _num(part)
            if v is not None:
                out.add(v)
    return out


def check_file(pdf: Path, date_fmts, band: int = 2, date_in_heading: bool = False) -> list[str]:
    errs: list[str] = []
    truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
    pages = page_lines(pdf)
    if len(pages) != truth["pages"]:
        errs.append(f"{pdf.name}: pages {len(pages)} != truth {truth['pages']}")
    alltext = "\n".join("\n".join(p) for p in pages)
    for i, ln in enumerate(truth["lines"]):
        lines = pages[ln["page"] - 1]
        from datetime import date as _d
        d = _d.fromisoformat(ln["service_date"])
        dstrs = [f(d) for f in date_fmts]
        code = ln["code"]
        cands = [k for k, t in enumerate(lines) if code and re.search(rf"(?<![0-9A-Z]){code}", t)]
        want = [Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                         "coinsurance", "not_covered", "discount") if ln[k] is not None]
        want += [Decimal(a[2]) for a in ln["adjustments"] if a[2] is not None]
        ok = False
        for k in cands:
            row = lines[k]
            bandtxt = " ".join(lines[k:k + 1 + max(band, len(ln["adjustments"]))])
            if not date_in_heading and not any(s in row for s in dstrs):
                continue
            if date_in_heading and not any(s in "\n".join(lines[:k + 1]) for s in dstrs):
                continue
            nums = _nums(row)
            bnums = _nums(bandtxt)
            if ln["units"] is not None and Decimal(ln["units"]) not in nums:
                continue
            if not all(w in bnums for w in want):
                continue
            if not all(m in bandtxt for m in ln["modifiers"]):
                continue
            if not all(r in bandtxt for r in ln["remarks"]):
                continue
            if not all(a[1] in bandtxt and a[0] in bandtxt for a in ln["adjustments"]):
                continue
            ok = True
            break
        if not ok:
            errs.append(f"{pdf.name}: line {i} {code} {ln['service_date']} not found on page {ln['page']}")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if ln[key] and ln[key] not in alltext:
                errs.append(f"{pdf.name}: {key} {ln[key]!r} not in text")
    return errs


def check_arith(pdf: Path, mode: str) -> list[str]:
    """mode 'adj': billed - printed adjustments = paid; 'eob': billed - discount - not covered = allowed and
    allowed - deductible - copay - coinsurance = paid; 'stmt': billed - ins paid - ins adj = patient due."""
    errs: list[str] = []
    truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
    exp = " ".join(truth["expected_findings"])
    z = lambda v: Decimal(v) if v is not None else Decimal(0)  # noqa: E731
    for i, ln in enumerate(truth["lines"]):
        if mode == "eob":
            if z(ln["billed"]) - z(ln["discount"]) - z(ln["not_covered"]) != z(ln["allowed"]):
                errs.append(f"{pdf.name}: line {i} billed-discount-not covered != allowed")
            if z(ln["allowed"]) - z(ln["deductible"]) - z(ln["copay"]) - z(ln["coinsurance"]) != z(ln["paid"]):
                errs.append(f"{pdf.name}: line {i} allowed-cost share != paid")
        if mode == "stmt" and z(ln["billed"]) - z(ln["paid"]) - z(ln["discount"]) != z(ln["patient_owes"]):
            errs.append(f"{pdf.name}: line {i} charges - ins paid - ins adj != patient due")
        if mode == "adj" and ln["billed"] is not None and ln["paid"] is not None:
            s = Decimal(ln["billed"]) - sum((Decimal(a[2]) for a in ln["adjustments"]), Decimal(0))
            if s != Decimal(ln["paid"]):
                errs.append(f"{pdf.name}: line {i} billed-adj {s} != paid {ln['paid']}")
    for c in truth["claims"]:
        mine = [ln for ln in truth["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                and ln["claim_id"] == c["claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"{pdf.name}: claim {c} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            vals = [ln[k] for ln in mine]
            if any(x is None for x in vals):
                continue
            s = sum((Decimal(x) for x in vals), Decimal(0))
            planted = f"claim {c['payer_claim_id'] or c['claim_id']}" in exp and k in exp
            if (s != Decimal(v)) != planted:
                errs.append(f"{pdf.name}: claim {c['payer_claim_id']} {k} lines {s} vs printed {v} planted={planted}")
    return errs
