"""Helpers for set 162: a tiny drawing surface over reportlab or fpdf2 (coordinates in points from the top-left),
and the factory self-check. Not part of the reader; tests only what the factory writes."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype")
TTF = {
    "DejaVuSans": FONT_DIR / "dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": FONT_DIR / "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCond": FONT_DIR / "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCond-Bold": FONT_DIR / "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": FONT_DIR / "dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": FONT_DIR / "dejavu/DejaVuSerif-Bold.ttf",
    "LibSerif": FONT_DIR / "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": FONT_DIR / "liberation/LiberationSerif-Bold.ttf",
    "LibSans": FONT_DIR / "liberation/LiberationSans-Regular.ttf",
    "LibSans-Bold": FONT_DIR / "liberation/LiberationSans-Bold.ttf",
    "LibNarrow": FONT_DIR / "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": FONT_DIR / "liberation/LiberationSansNarrow-Bold.ttf",
    "LibMono": FONT_DIR / "liberation/LiberationMono-Regular.ttf",
    "LibMono-Bold": FONT_DIR / "liberation/LiberationMono-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Courier", "Courier-Bold"}
LETTER = (612.0, 792.0)


class Surface:
    """Draw text, rules and boxes with either producer. y is measured from the top of the page (points)."""

    def __init__(self, path: Path, producer: str, landscape: bool = False, title: str = "Statement"):
        self.path, self.producer = Path(path), producer
        self.w, self.h = (LETTER[1], LETTER[0]) if landscape else LETTER
        self.page = 0
        self._font = ("Helvetica", 9)
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            self._TTFont = TTFont
            self.c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
            self.c.setTitle(title)
            self.c.setAuthor("synthetic")
        else:
            from eobgen import FIXED_WHEN
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_title(title)
            self.c.set_auto_page_break(False)
            self._loaded: set[str] = set()

    # fonts -------------------------------------------------------------------------------------------
    def font(self, name: str, size: float) -> None:
        self._font = (name, size)
        if self.producer == "reportlab":
            if name not in CORE and name not in self._pm.getRegisteredFontNames():
                self._pm.registerFont(self._TTFont(name, str(TTF[name])))
            self.c.setFont(name, size)
        else:
            if name in CORE:
                fam = {"Helvetica": "helvetica", "Times-Roman": "times", "Courier": "courier"}
                base = name.split("-")[0] if name != "Times-Roman" else "Times-Roman"
                style = "B" if name.endswith("-Bold") else ""
                fam_name = fam.get(base, {"Times": "times"}.get(base, "helvetica"))
                self.c.set_font(fam_name, style, size)
            else:
                if name not in self._loaded:
                    self.c.add_font(name, "", str(TTF[name]))
                    self._loaded.add(name)
                self.c.set_font(name, "", size)

    def width(self, s: str) -> float:
        name, size = self._font
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, name, size)
        return self.c.get_string_width(s)

    # drawing -----------------------------------------------------------------------------------------
    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1
        self.font(*self._font)

    def text(self, x: float, y: float, s: str, align: str = "l") -> None:
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.h - y, s)
        else:
            self.c.text(x, y, s)

    def hline(self, x1: float, x2: float, y: float, wdt: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(wdt)
            self.c.line(x1, self.h - y, x2, self.h - y)
        else:
            self.c.set_line_width(wdt)
            self.c.line(x1, y, x2, y)

    def vline(self, x: float, y1: float, y2: float, wdt: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(wdt)
            self.c.line(x, self.h - y1, x, self.h - y2)
        else:
            self.c.set_line_width(wdt)
            self.c.line(x, y1, x, y2)

    def box(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(0.6)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(0.6)
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
            style = ("DF" if stroke else "F") if fill is not None else "D"
            self.c.rect(x, y, w, h, style=style)
            self.c.set_fill_color(0, 0, 0)

    def save(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))


def wrap(surf: Surface, s: str, width: float) -> list[str]:
    words, out, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if surf.width(t) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


# -------------------------------------------------------------------------------------------- self-check

_AMT = re.compile(r"^\(?-?\$?-?[0-9][0-9,]*\.[0-9]{2}-?\)?[;,]?$")


def num_tokens(text: str) -> list[Decimal]:
    out = []
    for tok in text.replace("$", " $").split():
        t = tok.strip(";,:/")
        t = t.replace("$", "")
        if not t:
            continue
        neg = False
        if t.startswith("(") and t.endswith(")"):
            neg, t = True, t[1:-1]
        if t.endswith("-") and len(t) > 1:
            neg, t = True, t[:-1]
        if t.startswith("-"):
            neg, t = True, t[1:]
        t = t.replace(",", "")
        if not re.fullmatch(r"[0-9]+(\.[0-9]+)?", t):
            continue
        try:
            d = Decimal(t)
        except InvalidOperation:
            continue
        out.append(-d if neg else d)
    return out


def date_forms(iso: str) -> list[str]:
    d = date.fromisoformat(iso)
    return [d.strftime("%m/%d/%y"), d.strftime("%m/%d/%Y"), d.strftime("%m%d%y"), d.strftime("%m%d%Y"),
            f"{d:%b} {d.day}, {d.year}", f"{d:%b} {d.day:02d}, {d.year}", f"{d:%B} {d.day}, {d.year}",
            f"{d.month}/{d.day}/{d.year}", d.isoformat(), d.strftime("%d-%b-%Y").upper(),
            d.strftime("%m-%d-%Y"), d.strftime("%d %b %Y"), d.strftime("%m-%d-%y")]


def check_folder(out: Path, expected_names: list[str], arith: dict[str, dict]) -> int:
    import pdfplumber

    problems: list[str] = []
    nlines = npages = 0
    for name in expected_names:
        pdf_path = out / f"{name}.pdf"
        truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
        rules = arith.get(name, {})
        with pdfplumber.open(pdf_path) as pdf:
            pages = [[ln["text"] for ln in p.extract_text_lines(layout=False, x_tolerance=1.5)] for p in pdf.pages]
            if len(pdf.pages) != truth["pages"]:
                problems.append(f"{name}: pages {len(pdf.pages)} != truth {truth['pages']}")
        npages += len(pages)
        doc_text = "\n".join("\n".join(p) for p in pages)
        used: set[tuple[int, int]] = set()
        for i, ln in enumerate(truth["lines"]):
            nlines += 1
            tag = f"{name} line {i + 1} ({ln['code']} {ln['service_date']})"
            plines = pages[ln["page"] - 1]
            amounts = [Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                                 "coinsurance", "not_covered", "discount") if ln.get(k) is not None]
            hit = None
            for j, t in enumerate(plines):
                if (ln["page"], j) in used or ln["code"] not in t:
                    continue
                toks = num_tokens(t)
                if all(a in toks for a in amounts) and all(m in t for m in ln["modifiers"]):
                    if ln["units"] is not None and Decimal(ln["units"]) not in toks:
                        continue
                    hit = j
                    break
            if hit is None:
                problems.append(f"{tag}: no text row on page {ln['page']} carries code, modifiers, units, amounts")
                continue
            used.add((ln["page"], hit))
            block = " ".join(plines[hit:hit + 4])
            for g, c, a in ln["adjustments"]:
                if c not in block or (a is not None and Decimal(a) not in num_tokens(block)):
                    problems.append(f"{tag}: adjustment {g}-{c} {a} not on its row")
            for r in ln["remarks"]:
                if r not in block:
                    problems.append(f"{tag}: remark {r} not on its row")
            page_text = "\n".join(plines)
            if not any(f in plines[hit] for f in date_forms(ln["service_date"])) and not any(
                    f in page_text for f in date_forms(ln["service_date"])):
                problems.append(f"{tag}: date not on page")
            if ln.get("service_end") and not any(f in page_text for f in date_forms(ln["service_end"])):
                problems.append(f"{tag}: end date not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in doc_text:
                    problems.append(f"{tag}: {k} {ln[k]!r} not in document")
            # arithmetic
            if rules.get("adj_complete") and ln["billed"] is not None and ln["paid"] is not None:
                s = sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal(0))
                if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                    problems.append(f"{tag}: billed - adjustments != paid")
            if rules.get("discount") and ln["discount"] is not None and ln["allowed"] is not None:
                if Decimal(ln["billed"]) - Decimal(ln["discount"]) - Decimal(ln["not_covered"] or 0) != Decimal(
                        ln["allowed"]):
                    problems.append(f"{tag}: billed - discount - not covered != allowed")
            if rules.get("share") and ln["allowed"] is not None:
                parts = sum((Decimal(ln[k] or 0) for k in ("deductible", "copay", "coinsurance")), Decimal(0))
                if Decimal(ln["allowed"]) - parts != Decimal(ln["paid"]):
                    problems.append(f"{tag}: allowed - cost share != paid")
            if rules.get("balance"):
                if Decimal(ln["billed"]) - Decimal(ln["paid"]) - Decimal(ln["discount"]) != Decimal(ln["patient_owes"]):
                    problems.append(f"{tag}: statement balance arithmetic (charge - ins paid - adjustment)")
        # claim totals
        planted = {}
        for fnd in truth["expected_findings"]:
            m = re.match(r"claim-total-mismatch claim (\S+): printed (.+?) total (\S+) but the lines add up to (\S+)",
                         fnd)
            if m:
                planted[m.group(1)] = (m.group(3), m.group(4))
        for c in truth["claims"]:
            key = c["payer_claim_id"] or c["claim_id"]
            rows = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"]
                    and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
            if not rows:
                problems.append(f"{name}: claim {key} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if v not in doc_text and money_forms(Decimal(v)) & set(doc_text.replace("(", " (").split()) == set():
                    problems.append(f"{name}: claim {key} total {k} {v} not printed")
                s = sum((Decimal(r[k]) for r in rows if r[k] is not None), Decimal(0))
                if Decimal(v) != s:
                    if key in planted and planted[key][0] == v and Decimal(planted[key][1]) == s:
                        continue
                    problems.append(f"{name}: claim {key} {k} total {v} != lines {s}")
        for key, (printed_v, sum_v) in planted.items():
            if printed_v == sum_v:
                problems.append(f"{name}: planted mismatch {key} is not a mismatch")
        for code, _ in truth["legend"]:
            if code not in doc_text:
                problems.append(f"{name}: legend code {code} not printed")
    for p in problems:
        print("CHECK FAIL:", p)
    print(f"check: {len(expected_names)} files, {npages} pages, {nlines} lines, {len(problems)} problems")
    return 1 if problems else 0


def money_forms(d: Decimal) -> set[str]:
    a = abs(d)
    bodies = {f"{a:,.2f}", f"{a:.2f}", f"${a:,.2f}", f"${a:.2f}"}
    if d < 0:
        return {f"-{b}" for b in bodies} | {f"({b})" for b in bodies} | {f"{b}-" for b in bodies}
    return bodies
